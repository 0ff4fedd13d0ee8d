"""The readings of tone, learned from tests/corpus/ by scripts/train_readings.py: do not edit."""

from checker.rules._reading import Reading

BLAME = Reading(
    18.4,
    """\
-1.36 <n>
-2.68 <n> <n>
-0.74 <n> a
-1.19 <n> august
-0.74 <n> days
-1.93 <n> february
-0.99 <n> hours
-0.99 <n> in
-1.19 <n> july
-1.41 <n> june
-0.74 <n> m
-2.29 <n> may
-0.53 <n> nd
-1.5 <n> november
-2.01 <n> october
-1.19 <n> per
-0.74 <n> pm
-1.62 <n> rd
-1.62 <n> september
-1.74 <n> th
-1.06 <n> to
-0.74 a better
1.55 a big
2.23 a bit
1.72 a box
1.72 a certain
1.21 a chance
0.7 a change
0.7 a clear
-0.74 a clearer
3.25 a company
0.87 a conversation
-0.99 a copy
1.55 a day
3.61 a day's
-1.8 a decision
-0.74 a different
-0.74 a difficult
0.9 a fair
0.7 a family
3.15 a fifty
3.15 a form
3.15 a formality
-0.99 a fortnight
-0.74 a fourth
1.08 a full
0.62 a gap
1.72 a head
0.87 a job
-1.19 a line
-0.89 a lot
2.06 a master's
-0.74 a minute
3.41 a mistake
-1.36 a moment
0.7 a monday
0.62 a month
-1.36 a more
-0.74 a much
1.01 a no
0.62 a paper
3.41 a person
0.7 a personal
0.7 a phone
0.77 a pleasure
-1.19 a position
3.41 a presentation
-1.19 a project
2.31 a proper
-2.35 a quick
0.7 a rather
0.7 a record
-0.53 a reply
1.72 a request
-0.74 a ring
-0.74 a rough
3.15 a saturday
0.87 a senior
1.8 a shame
-0.74 a shared
0.7 a shift
0.54 a short
-2.64 a similar
-1.19 a simple
-1.93 a small
-0.74 a spare
-0.99 a start
1.21 a strong
-0.74 a stronger
1.83 a surprise
0.64 a team
3.15 a templated
-0.74 a ten
1.8 a third
-0.74 a thoughtful
1.72 a three
1.72 a time
0.7 a tough
1.72 a two
-0.74 a voicemail
0.7 a volunteer
3.77 a waste
1.21 a well
1.55 a word
-1.19 a year
-0.99 a yes
1.72 aberdeen
-1.36 about a
1.72 about any
-0.74 about four
1.72 about future
-0.74 about it
-0.74 about joining
0.7 about me
1.72 about other
0.87 about remote
-0.74 about stakeholder
-0.74 about that
0.87 about this
-1.19 about three
-0.99 about two
1.21 about what
3.15 about whether
-0.62 about your
1.21 above
1.21 above the
1.72 absolutely
1.72 absurd
-0.74 abu
-0.74 abu dhabi
0.73 accept
1.96 accept the
0.87 accepted an
-0.74 account director
0.7 account executive
-0.99 account manager
-1.19 account of
0.56 accountant
1.21 accountant position
-1.36 accountant role
1.21 accounts and
-0.99 acquisition
0.7 across the
0.87 across three
0.7 act
2.31 acting
3.15 acting manager
1.33 actually
-0.74 additional
1.72 address
0.7 addressed
0.7 admirer
0.7 admirer of
1.02 admit
1.66 admit i
1.72 admit it
1.72 admit the
0.62 advance
0.7 advanced
2.4 advert
0.62 advertised
2.51 advertisement
1.72 advice
-0.74 advisor
1.55 afraid
0.66 after
1.21 after a
2.31 after four
-0.99 after hearing
1.72 after my
-1.36 after our
-1.19 after that
0.86 after the
2.67 after three
-1.62 afternoon about
0.7 afternoon and
-0.68 afterwards
-0.74 afterwards that
-0.74 ag
-0.51 again
2.06 again as
-1.02 again for
-0.99 again if
-0.74 again soon
0.7 again thank
-0.74 again this
-0.99 again to
1.21 again when
1.86 against
3.41 against me
3.15 against you
1.21 agency
0.7 agents
0.76 ago
0.76 agree
-0.99 agreed to
-1.36 ahead
-0.99 aid
-0.74 air
0.7 aisha
0.7 al noor
3.15 all along
-0.74 all and
0.87 all came
-0.74 all four
0.7 all i
-0.99 all is
-0.74 all possible
-0.74 all right
1.13 all the
2.06 allow
1.21 almost
-1.19 alone
1.08 along
-0.74 along the
0.87 alongside
1.72 alongside your
0.76 already
1.72 already in
1.72 already knew
-1.19 already knows
1.72 already on
-0.74 already started
-1.58 also
-1.93 also appreciated
-0.74 also be
0.7 also enjoyed
-1.36 although i
3.15 although i'd
-0.74 although i'm
1.58 always
1.55 always going
-0.89 am
-0.74 am a
-0.74 am available
-0.99 am confident
-1.93 am disappointed
-0.74 am even
-0.74 am excited
-1.06 am following
-2.01 am happy
0.7 am in
-1.36 am keen
1.66 am not
-0.99 am now
-1.19 am sad
-0.83 am still
-0.74 am thankful
-1.36 am the
-3.52 am very
-0.68 am writing
0.7 ambitious
-0.74 among the
0.74 an
1.72 an asset
1.72 an assistant
2.31 an explanation
2.67 an hour
1.46 an interesting
1.8 an internal
3.15 an odd
-0.5 an offer
-0.99 an updated
-0.99 analysis
-0.86 analyst
-0.99 analyst interview
-1.62 analyst position
0.7 analysts
0.62 analytics team
-0.99 and <n>
1.01 and a
-0.99 and about
-1.19 and again
-0.74 and am
0.7 and asked
-1.84 and best
-0.74 and consideration
-1.19 and could
1.21 and cut
0.7 and dr
1.72 and drove
0.7 and four
1.72 and got
3.41 and had
-1.62 and happy
-1.5 and have
0.96 and he
0.7 and hear
-1.5 and hearing
-1.07 and hope
-0.56 and i'll
-0.62 and i'm
-2.29 and i've
0.84 and if
0.7 and it's
-0.74 and kind
-0.99 and learned
0.7 and learning
0.7 and left
-0.74 and let
-1.7 and look
0.7 and meeting
1.21 and most
-1.74 and mr
-0.99 and mrs
-0.64 and ms
-0.83 and my
-0.74 and no
2.67 and nobody
-1.36 and one
-1.19 and our
-0.74 and really
-1.19 and seeing
1.41 and then
-1.06 and they
-1.19 and they've
-0.74 and thought
-0.83 and to
2.0 and two
-0.53 and wanted
1.72 and was
1.21 and when
-0.74 and withdraw
-0.74 and you
-0.53 and your
-0.74 animal
1.72 another applicant
-0.74 another candidate
-0.74 another company
-0.99 another employer
-1.5 another firm
-1.19 another offer
-0.74 another opening
-0.74 another role
-0.74 another slot
1.72 answer about
-1.62 answer any
1.72 answer before
-0.74 answer but
-2.29 answer by
-0.74 answer from
-0.53 answer on
0.94 answered
1.11 answers
3.15 answers short
-0.96 any
-0.99 any chance
-0.74 any comments
-1.93 any feedback
-2.64 any further
-2.6 any news
1.21 any other
-1.36 any pointers
3.41 any real
-0.74 any suitable
-0.74 any thoughts
-0.99 any time
-0.74 any update
1.88 anyone
3.15 anyone could
-0.74 anyone else
1.72 anyone on
3.15 anyone to
3.41 anyone who
-0.74 anything from
-2.5 anything further
3.15 anything i
-0.99 anything more
-1.36 anything similar
-0.99 anything suitable
-0.74 anything to
-0.99 anything you
1.41 anyway
0.96 apart
1.72 apart from
-1.36 apologies
-1.19 apologies if
-0.74 apologise
1.21 apology
-0.99 appeals
-0.99 appeals to
0.59 applicant
2.57 applicants
2.06 applicants and
1.66 application and
3.15 application was
1.21 applications
1.21 applied
1.72 apply for
-0.99 applying for
0.7 appointed
1.21 appointment
-0.53 appreciate hearing
-1.06 appreciate the
-1.36 appreciate you
-0.99 appreciate your
-1.26 appreciated
-0.99 appreciated hearing
-1.74 appreciated how
-0.99 appreciated learning
-1.19 appreciated that
-0.53 appreciated the
-2.09 appreciated your
-1.74 apprenticeship
-0.74 approaches
1.21 approval
-0.74 approvals
-0.74 april for
-0.74 arbitration
-0.99 architect
-0.74 archive
0.7 are a
-1.36 are able
-1.36 are keeping
1.21 are not
-0.74 are required
-1.87 are well
-0.99 area
-0.74 areas
1.72 argue
0.7 arise
-0.99 around
-0.74 around <n>
-0.74 around your
-0.99 arrange
1.04 arrived
0.7 art
0.53 as a
2.06 as if
1.72 as much
-1.84 as my
1.72 as one
3.15 as open
-0.74 as references
-0.74 as that
0.91 as the
2.06 as they
1.21 as though
0.62 as we
-0.99 as you
-0.99 ask for
-0.99 ask if
1.21 ask me
-0.91 ask whether
1.55 ask you
-0.91 asked about
-0.51 asked for
0.59 asked how
1.58 asked me
-0.74 asked them
0.7 asked to
-0.99 asked what
-1.19 asked whether
1.21 asking
-0.74 asking you
3.15 assessed
1.38 assessment
1.46 assessment centre
1.21 assessment day
2.31 assessors
1.72 asset
-0.99 assistant position
0.59 assistant post
-2.01 associate
-0.74 associate position
1.07 assume
1.55 assume the
1.72 assuming
2.51 assured
2.31 assured me
-0.99 at <n>
-0.99 at al
-1.03 at all
-0.99 at another
-0.74 at any
-0.99 at brightwater
0.7 at greyfield
1.72 at harrowgate
-0.99 at interview
2.0 at least
-0.74 at lunch
-0.74 at meridian
-0.74 at nordhavn
1.72 at saigon
0.7 at some
-1.62 at st
0.62 at ten
1.21 at two
-0.74 atr <n>
1.72 attached my
-1.84 attached the
0.76 attend
1.21 attend the
-1.62 attended
-1.19 attended the
2.43 attention
1.72 attention of
3.15 attitude
-0.55 audit
0.7 audit and
-1.19 august
0.7 august and
-1.19 authority
2.51 automated
-0.74 automation
-2.16 available
-1.19 available for
-0.74 average
-0.74 awaiting
-1.5 award
-1.36 awards
-0.83 away
-1.36 away even
-0.74 away feeling
-0.74 away from
-0.74 away i'm
1.21 away with
-0.74 awkward
0.7 b <n>
-0.74 back and
0.87 back for
1.72 back i
-0.99 backend engineer
0.7 background in
-1.36 backlog
1.72 backup
0.7 band
0.7 bank and
1.21 bar
1.72 bar for
-0.74 barely
-1.5 base
-1.19 based
2.31 basis
-0.74 batches
-0.74 bath
-0.74 bay
-1.36 be able
1.72 be bringing
-0.79 be delighted
-0.63 be glad
-0.74 be helpful
1.48 be honest
-1.19 be honoured
0.59 be in
-0.74 be interviewed
-0.99 be joining
-1.19 be keen
1.21 be kept
3.15 be marked
-0.74 be more
-0.74 be most
-1.36 be moving
-0.74 be much
1.04 be open
-1.39 be part
-0.74 be proud
-0.74 be really
-0.74 be so
-0.74 be thinking
1.72 be told
-0.74 be transparent
-2.16 be useful
-2.11 be very
-1.19 be willing
-0.99 be working
2.54 be worth
1.72 bear
2.06 became
-0.68 because i
0.87 because it
0.62 because of
1.21 because the
1.72 become
0.62 becomes
-1.93 been about
-0.74 been doing
2.31 been filled
1.21 been in
1.72 been invited
2.06 been kind
0.96 been made
3.15 been moved
-1.36 been offered
-0.74 been reading
0.7 been the
-1.93 been thinking
0.74 before
3.15 before anyone
-0.74 before applying
1.27 before i
-0.74 before that
1.57 before the
-2.23 before then
1.55 before we
2.82 beforehand
1.72 beginning
-0.74 behind
0.81 being
-0.74 being clear
-1.19 being open
0.56 being so
0.87 being straight
3.61 being told
1.21 believe
-0.74 believe i
0.7 believe in
1.72 believe it
1.8 believe that
2.31 believe the
-0.74 bello
-0.74 belo
-0.74 belo horizonte
-0.74 below in
1.21 beneath
-0.74 best part
0.7 best regards
1.01 best to
2.06 best way
-1.84 best wishes
-1.5 better for
3.15 better from
0.7 between the
0.7 between us
0.7 beyond
3.41 biased
0.9 big
0.7 billing
1.36 bit
3.15 bit more
-0.99 blocks
-0.99 blow
1.72 board every
-0.74 boast
1.72 booked
-1.19 booking
-0.99 bookkeeper
-0.99 border
0.61 both
3.15 both have
0.7 both know
1.21 both of
1.21 box
-0.53 branch
1.55 brand
-0.74 breakfast
0.87 brewer
-0.74 brewer role
-0.74 brewery
0.7 brief
1.21 brief was
-0.74 briefly
-0.74 brigade
-0.99 brightwater
-1.7 bring
-1.74 bring that
-1.36 bring the
1.21 bringing
0.87 bristol
0.59 brought
-0.74 budgeting
-1.74 build
-1.19 built
-0.99 business analyst
-0.74 but i'll
-0.74 but please
1.21 but that
0.7 but the
2.31 but you
0.7 buyer
-0.57 by
-2.16 by <n>
1.66 by a
1.21 by email
-0.78 by friday
-0.99 by monday
-0.99 by name
-0.68 by the
-1.62 by thursday
1.21 calendar
0.84 call
1.21 call is
0.7 call rota
2.06 call to
3.15 call was
1.72 call yesterday
-1.93 calling
-1.19 calling me
1.21 calls
-1.19 calm
0.7 came as
1.72 came back
0.7 came down
-0.74 came from
0.62 came through
0.62 came up
0.77 campaign
-0.74 campus
1.21 can be
1.66 can do
-0.74 can get
-0.74 can help
1.21 can imagine
-0.99 can move
-0.99 can offer
0.7 can only
-0.74 can prepare
-0.99 can provide
0.9 can see
-1.74 can send
0.7 can share
-0.99 can speak
0.7 can take
-0.99 can work
1.72 cancel
1.72 cancelled
0.59 candid
1.73 candidate
3.77 candidate experience
1.72 candidate would
1.72 candidate's
1.99 candidates
3.61 candidates are
3.15 candidates i
2.06 candidates know
1.72 candidates who
1.72 candidates with
0.62 candidature
-1.36 candour
-1.19 candour about
-1.19 cannot
-0.74 capacity
-0.74 captain
-0.74 card
-0.74 cardiff
0.7 cardiology
-0.99 care you
-1.93 career
-0.74 careers portal
-0.99 careful
0.7 carefully
-0.74 carrier
-0.74 case a
-1.5 case it
-0.62 case it's
1.02 case study
-0.74 case they
1.21 case you
1.8 catch
-0.74 caught
0.7 cellar
-1.36 cent
0.59 certain
-1.19 certain that
1.55 certainly
-1.19 certificate
0.59 certification
-0.74 certification or
-1.5 challenge
-1.19 challenges
-0.74 challenges of
-0.99 chance of
0.57 changed
0.7 charge
1.72 chartered
-0.99 chat about
-0.74 chat on
-0.74 chatting
-0.81 check
-1.87 check in
-0.74 check whether
0.87 checked
-1.47 checking
-1.29 checking in
0.7 checklist
-0.74 checks
1.21 cheers
1.21 cheers for
-0.83 chef
-0.99 chef position
1.72 children
-0.99 children's
-0.56 choice
-1.36 choice and
-0.99 choice so
0.59 choose
0.7 choosing
2.16 chose
1.21 chosen
-0.99 churn
-0.99 claims
1.21 clarify
-1.36 class
-0.74 cleaner
-0.99 clear about
-0.99 clear picture
1.21 clear the
-0.99 clearer picture
1.06 clearly
-1.5 client
0.7 client's
-1.84 clients
-0.74 clients and
-0.74 clinical research
-1.19 clinics
-0.74 clinics and
2.31 clock
0.7 closed
1.21 closely
-0.53 closer
-0.53 closer to
-0.99 cloud
1.72 co op
1.8 code
-1.84 coffee
-0.74 coffee and
-0.99 cold chain
2.51 colleague
-1.74 colleagues
0.7 collections
-0.99 college
-0.74 columba's
0.87 come across
-0.74 come back
-1.36 come in
-0.74 come out
-0.74 come through
1.55 come to
-0.99 comfortable
-0.74 comfortable with
1.72 coming back
0.7 coming from
-0.74 commissioning
0.55 committee
0.7 committee for
1.72 communicated
1.72 communicated to
-0.74 communications
-0.6 community
0.7 commute and
0.88 company
-0.74 company i
3.92 company that
-0.74 competition
1.72 competitors
-0.99 complete sense
0.7 completed the
-2.09 completely
-1.62 completely understand
-0.64 compliance
1.72 conclude
-0.99 concrete
-0.99 conference
0.87 confess
0.87 confess i
-0.91 confident
-0.74 confident i
-0.74 confident that
0.7 confirm that
0.7 confirmed how
-0.74 confirmed that
1.72 confusion
1.21 congratulations
2.06 congratulations on
1.04 congratulations to
-0.99 connection
-0.74 connection dropped
-1.36 conservation
-0.74 conservation officer
-0.74 conservator
1.66 consider
1.21 considered again
-1.06 considered if
2.06 construction
0.87 consultant
0.57 contact
-0.74 contact me
0.62 contacted
-1.5 content
-0.74 context
-0.74 continuity
-0.99 contract
-0.64 contribute
-1.62 contribute to
-1.19 controller role
-0.99 convenience
-0.74 convenient could
-0.6 conversation
-1.36 conversation about
-0.74 conversation made
-2.01 conversation on
-1.19 conversation this
1.72 conversation was
0.87 conversation with
-0.99 conversation yesterday
-1.74 conversations
-0.74 conversations with
1.66 convinced
3.15 convinced the
0.7 cooperative
-0.74 coordinating
-0.53 coordinator position
2.06 copied
-0.74 copies
-0.74 copies of
-1.62 copy
-0.74 copy of
-0.99 copywriter
-0.74 copywriter role
-0.99 cork
-0.74 correction
-0.74 corrib
1.72 corvid
1.8 cost
0.7 costs
3.15 could both
0.76 could do
1.48 could have
-0.74 could keep
-1.62 could start
1.21 could tell
-0.74 could you
2.67 couldn't
2.31 couldn't help
1.83 count
3.41 count against
1.72 count for
1.72 countries
-0.74 country
2.06 counts
3.15 counts for
-1.84 county
-0.74 couple
-0.74 couple of
-1.74 course but
-1.5 course i
0.7 course in
3.41 courted
3.15 courteous
0.87 courtesy
0.7 courtesy of
2.06 covers
-1.74 credit
-1.19 credit risk
-0.74 crew for
0.7 crew on
0.96 criteria
-0.74 cross again
-0.74 cross border
-0.74 cross paths
-0.74 crossed
2.31 culture
2.06 cup
1.72 curiosity
-2.33 current
-0.74 current company
-1.36 current employer
-1.19 current job
-0.99 current role
0.7 customer service
-0.99 customs compliance
0.56 cut
1.21 cutting
1.14 cv
0.7 cv and
3.15 cv before
0.7 cv i
-1.36 cycle
-0.99 daily
0.87 dashboard
0.7 data engineer
0.7 date you
0.7 dates
0.55 day
1.21 day and
2.06 day but
0.7 day for
3.15 day off
-0.74 day one
2.06 day was
3.61 day's
3.41 day's leave
-0.74 days a
2.31 days and
1.72 days so
-0.99 days to
0.7 de
-1.62 deadline
0.7 deal about
1.72 deal of
-0.53 dear mr
-1.19 dear ms
-1.19 december
-1.41 decide
-1.5 decide by
0.59 decided to
-0.99 decision about
0.57 decision and
1.72 decision as
-0.74 decision before
-1.93 decision by
-0.74 decision is
-1.19 decision on
1.72 decision to
2.67 decision was
-1.19 decision within
-1.5 decisions
-0.74 decisions are
1.72 deepa
1.8 degree
-0.9 delighted
-0.9 delighted to
-0.99 delivered
0.7 delivery
0.62 delta
-0.7 department
-0.74 department and
-0.74 depot in
0.87 depth
1.21 deputy
1.72 deputy stage
-1.19 described is
0.62 described the
1.72 described to
0.56 description
-1.5 description of
3.41 deserve
3.15 deserve to
-0.61 design
-0.99 design engineer
0.62 design team
-0.99 desk
-1.19 detailed
-0.99 details on
-1.5 developer
-0.74 developer role
-0.74 dhabi
-1.36 diary
1.24 did
1.46 did enjoy
3.15 did feel
3.15 did notice
-0.74 did well
1.29 didn't
3.77 differently
1.21 difficult
3.77 difficult to
-1.5 digital
-0.99 dinner
0.7 diolch
-0.99 direction
-0.99 director of
-0.74 director role
-0.64 disappointed
-0.74 disappointed as
-0.99 disappointed but
-1.74 disappointed i
-1.84 disappointed of
-0.99 discharge
-1.25 discuss
-0.99 discuss the
-0.74 discussed
-1.19 discussed on
1.72 discussed which
-0.99 discussing
-0.99 discussing the
-1.93 discussion about
0.7 disheartened
0.87 dispatch
-0.74 dissertation
-0.74 distributor
0.96 do
1.72 do a
-0.74 do ask
-0.74 do better
2.82 do hope
1.72 do if
1.72 do let
0.7 do next
0.66 do not
2.31 do still
0.7 do think
2.06 do with
3.41 do wonder
1.21 do you
-0.74 dock
-0.74 dockside
-0.74 documentation
-0.99 documents
-0.74 documents are
2.31 does
2.31 does not
1.41 doesn't
-0.99 doing and
-0.74 doing with
2.31 don't believe
-1.36 don't hear
1.55 don't hold
0.59 don't think
-1.62 don't want
3.15 don't worry
0.77 done
0.7 done at
1.72 door
1.08 doubt
1.72 doubt anyone
0.59 down
0.87 down for
1.55 down on
0.87 down the
0.76 down to
-0.91 dr
-0.74 drawn
-0.99 drive
-1.19 driver
-0.99 driving
-0.74 driving licence
-1.36 drop
-0.53 dropped
1.72 drove
-0.74 dry
-1.19 due
0.7 durban
-0.51 during
0.7 duty
0.54 each
-0.74 each month
1.21 each of
1.21 each other's
2.06 each stage
-1.5 eager
-1.5 eager to
-1.19 earliest
-1.45 early
1.72 earned
-2.09 easier
-0.99 easier to
-0.74 easiest
0.7 east
1.21 edge
-0.99 editor
0.7 education
0.87 effort
1.08 eight
2.31 eight years
-1.19 eighteen
-1.19 eighteen months
0.55 either
-0.74 electrical apprenticeship
-0.74 electrician
0.94 eleven
3.15 eleven hours
1.55 else in
0.7 else would
-0.53 else you
0.7 elsewhere
0.97 email
1.72 email regarding
1.72 email that
0.84 emails
-1.36 emergency
-0.74 employees
-0.74 employer has
1.21 empty
-0.74 encouraged
-0.85 end of
0.7 ended
-1.19 ends on
-0.99 energy
-0.74 engineer
-0.62 engineer position
0.7 engineer post
-1.41 engineer role
0.66 engineering
3.15 engineering and
1.8 english
0.7 enjoy the
-0.74 enjoy working
-1.5 enjoyable
-1.93 enjoyed learning
-0.85 enjoyed our
0.7 enjoyed working
2.31 enough
1.72 enough for
-0.74 enrolment
-2.4 enthusiastic
-2.4 enthusiastic about
-0.74 environmental
-0.99 error
-1.16 especially
-1.19 especially after
-0.74 especially in
-0.74 especially on
0.7 european
-0.58 even
0.96 even if
-1.5 even keener
-2.76 even more
0.7 even the
-0.99 even though
-0.99 even with
-0.74 evening whether
-0.74 ever have
0.7 every conversation
-0.99 every day
-0.74 every evening
3.15 every question
-0.99 every week
0.75 everyone
3.15 everyone else
1.21 everything
1.72 everything i
3.61 evidently
1.21 ewm
1.72 exactly how
1.01 exactly what
-0.74 exactly where
-1.74 exam
-0.74 exam last
-0.99 example
-0.91 excited
-0.88 excited about
0.59 exercise
1.21 exercise and
0.87 exercise was
-0.74 existing
1.21 expect a
-0.74 expect news
-2.29 expect to
1.03 expected
3.15 expected better
-0.74 expecting
1.07 experience
0.7 experience and
3.15 experience counts
1.21 experience in
2.31 experience of
3.41 experience than
0.7 expires
0.7 expires on
1.07 explain
0.7 explain how
-1.19 explain the
1.04 explained
-0.55 explaining
-0.74 explaining how
-0.99 explaining that
-0.53 explanation of
3.15 external
3.15 external applicants
-0.74 extra
0.9 eye
-0.99 facilities
-0.99 facility
1.55 fact
-0.74 failures
-1.19 fair and
-0.74 fair bit
0.7 fair hearing
1.21 fair to
-1.19 fairly
-0.74 fairness
-0.74 falls
0.7 familiar
-0.51 family
-0.74 family and
1.72 far more
-0.99 farmer
-0.74 farms
-0.74 fascinating
0.87 fast
0.62 faster
-0.74 father
2.06 fault
-0.74 features
-1.06 february
0.87 feedback about
1.21 feedback i
-1.25 feedback on
-0.74 feedback you
1.03 feel
3.15 feel i
-0.99 feel obliged
2.94 feel the
-1.5 feel very
0.94 feeling
-0.74 feeling i'd
0.7 feelings
1.08 felt
1.21 felt like
0.7 fermenters
-1.74 few minutes
1.21 fifteen
0.87 fifteen years
3.61 fifty
3.15 fifty three
0.96 figure
2.0 filled
0.98 final
0.7 final decision
1.08 final round
1.55 finally
-1.3 finance
-0.74 finance director
-0.74 finance team
0.7 finch
1.3 find
-0.74 find a
-0.74 find another
-0.74 find anyone
2.94 find it
1.72 find out
1.21 find the
2.31 finding
-1.74 finds
-1.74 finds you
1.97 finish
0.7 finished my
1.21 finished the
-0.99 finishing
-0.74 firm's
0.7 firms
-2.29 first choice
1.72 first five
1.21 first interview
0.7 first ninety
-0.99 first of
-0.74 first season
-1.5 first year
-0.99 fit around
-1.19 fits
1.26 five
0.7 five and
2.0 five minutes
2.67 five weeks
-0.74 fixed
-0.74 fleet coordinator
-0.99 fleet planning
0.7 flexibility
-1.36 flexible
-1.19 flood
-0.74 flood risk
1.21 flow
0.7 focused
-0.74 follow the
2.51 followed
3.15 followed up
-1.04 following
-1.19 following my
-0.74 following our
-1.36 following the
-0.93 following up
1.72 follows
-1.19 for <n>
0.66 for an
0.96 for another
-2.76 for any
-0.74 for around
0.55 for being
1.72 for both
-0.74 for but
-1.62 for calling
0.7 for eight
1.72 for eleven
-1.62 for explaining
-0.74 for four
-0.74 for freelance
-0.74 for friday's
0.69 for future
1.55 for getting
-0.74 for giving
0.97 for informing
-2.55 for interviewing
-0.74 for introducing
-0.74 for it
0.64 for letting
-0.74 for lunch
-1.03 for meeting
3.61 for more
2.06 for most
-1.58 for my
-1.19 for next
1.21 for nothing
-1.36 for on
0.87 for one
0.7 for organising
3.15 for other
-0.99 for our
-0.99 for passing
2.06 for running
0.7 for sending
1.55 for similar
1.72 for so
-1.36 for telling
2.51 for that
-0.74 for their
-0.74 for three
-1.5 for thursday's
-0.99 for today
2.06 for twenty
-0.74 for two
1.21 for what
-1.19 for which
-0.74 for years
-0.74 for yesterday
-0.55 for you
1.55 forgive
1.72 forgive the
1.21 forgotten
-0.99 forklift
0.56 form
3.15 form letter
3.15 formality
-1.19 format
-0.99 former
0.77 forty
2.06 forty minutes
-0.95 forward
-1.13 forward to
-0.74 forwarder
0.61 found
0.7 found the
-0.74 found your
-0.74 foundation
0.71 four
3.61 four rounds
0.7 four stages
3.61 four times
-1.62 four weeks
1.72 fourteen
0.7 fourth
1.72 fourth time
0.7 framework
-1.36 frank
1.84 frankly
2.06 frankly i
1.72 frankly the
1.21 frankness
-0.74 free for
1.21 free to
-0.99 freelance
-0.77 friday
-1.74 friday <n>
-0.53 friday and
-0.74 friday i
-0.99 friday so
-0.99 friday the
-0.74 friday's
1.21 friendly
-2.35 from <n>
1.31 from a
-0.99 from about
-1.62 from another
-1.9 from me
-0.99 from our
0.7 from scratch
1.21 from someone
-0.74 from two
3.41 from what
1.72 from where
-1.26 from you
1.35 from your
1.04 front
0.87 front of
0.71 full
-1.36 full picture
-1.19 fully respect
1.21 fun
-0.74 fundraising officer
0.87 funeral
-1.93 further
-0.74 further details
-1.62 further documents
-0.99 further information
-1.19 further questions
-1.5 further you
0.82 future
-0.99 future i
0.72 future openings
-0.99 future opportunities
0.77 future roles
3.15 future rounds
2.0 future vacancies
1.72 galway
1.21 game
-0.99 gap in
1.21 gap was
0.7 gardens
-1.19 gave a
-0.74 gave of
-0.99 gave the
0.7 geelong
0.87 general
1.72 general manager
-0.99 generous
2.21 gently
1.72 gently point
3.15 gently say
3.15 gently suggest
0.7 genuine
-0.74 genuinely excited
1.21 genuinely like
-0.74 genuinely useful
1.8 get a
-1.36 get back
0.87 get in
-0.99 get it
0.62 get the
0.87 getting
1.21 getting back
-3.03 give
-1.84 give me
-1.19 give my
-1.19 give you
1.39 given
1.21 given how
3.15 given it
0.87 given that
-1.19 giving
-0.62 glad
-0.71 glad to
3.41 glassdoor
0.73 go
3.15 go over
-0.64 go through
-1.5 goes
-0.74 goes well
1.21 going through
1.04 going to
-0.61 going well
0.87 gone to
1.21 gone with
-0.99 good deal
0.7 good hands
3.15 good luck
-1.19 good news
-1.19 good start
1.72 good summer
1.16 got
1.21 got a
-0.74 got our
1.21 got the
1.55 got to
-0.74 gothenburg
-0.74 government
2.06 gracious
3.15 gracious about
-0.74 grade
-0.74 graduate structural
1.21 graduate trainee
-0.74 graduate visa
-1.74 grants
-0.74 grants coordinator
-0.99 grants officer
-0.65 grateful for
0.7 grateful that
1.72 great surprise
-1.36 great to
-0.64 greetings
-0.74 greetings and
-0.74 grew
0.7 greyfield
0.87 ground running
0.87 group
0.7 group and
2.0 group exercise
-0.74 group's
-0.74 growing
0.7 grown
-1.19 guessing
-0.74 guide
0.7 gutted
0.7 gutted to
1.15 had
1.72 had an
3.41 had anyone
-0.74 had attended
2.16 had been
1.72 had clearly
0.96 had hoped
2.06 had in
-1.19 had really
1.72 had that
1.41 had the
3.15 had their
1.21 had to
1.72 had two
1.66 hadn't
1.72 hadn't realised
-0.74 haiphong
-0.74 halcyon
1.02 half
3.15 half an
-0.74 half hour
1.55 half the
-0.99 handle
-0.74 handle a
1.35 handled
0.87 handled the
-0.74 handler
-0.74 handles
-0.74 handover
1.64 hands
2.1 hands on
-0.99 happens
-0.98 happy
-0.93 happy to
1.88 hard
0.7 hard feelings
4.04 hard not
2.08 hard to
-1.19 harder
-0.74 harlow
1.72 harrowgate
1.21 has a
-0.74 has actually
-1.36 has asked
-0.99 has offered
-0.99 has said
-1.36 has stayed
0.87 has told
-1.36 hasn't
-0.74 hasn't been
-0.74 hasn't changed
0.7 hate
1.21 hate for
1.21 haulage
-1.11 have a
-0.74 have accepted
-0.74 have already
-0.99 have also
1.21 have any
-0.74 have built
0.7 have chosen
-0.74 have come
1.55 have done
-0.99 have got
-1.36 have had
-1.74 have it
1.8 have liked
-1.5 have made
0.62 have not
2.31 have passed
2.06 have prepared
1.72 have read
-2.01 have received
0.7 have run
-0.74 have said
3.15 have saved
-0.74 have signed
0.96 have spent
0.59 have thought
1.59 have to
-0.74 have turned
-0.74 have wanted
-1.36 have worked
-0.64 haven't
2.06 having now
1.31 he
-0.74 he has
0.87 he would
0.58 head
0.78 head of
-0.99 heading
-0.74 heads
-0.74 heads up
-0.68 health
1.72 hear anything
-0.74 hear by
-0.74 hear good
-1.74 hear how
-1.93 hear it
1.8 hear of
-0.74 hear that
0.91 heard
2.06 heard it
-0.53 hearing
-1.98 hearing from
-0.85 hearing how
-0.74 hearing your
-0.74 heart
-0.74 hectic
-1.84 held
-1.19 held on
-0.74 help i'm
-1.06 help me
2.31 help noticing
-1.62 help with
0.7 help your
-1.58 helpful
-1.19 helpful for
-2.01 helps
2.31 her
-1.19 here is
-0.74 heritage
-0.74 heritage railway
-0.74 hesitate
-0.74 hesitate to
1.72 hide
-0.74 highest
1.21 him
1.59 hire
1.72 hire for
-0.74 hire settles
2.11 hiring
3.92 hiring manager
2.31 hiring process
1.64 his
3.15 his phone
0.87 history
0.87 hit
0.87 hit the
-1.19 hold a
1.55 hold the
-1.19 holding
-0.74 holding things
-0.99 holidays
0.7 hollins
0.54 home
0.62 home and
1.21 home task
0.84 honest
0.7 honest feedback
1.21 honest i'm
1.55 honest with
1.8 honestly i
-0.74 honestly that
-1.62 honesty
-0.99 honesty about
-1.19 honoured
-0.99 honoured to
-0.74 hope all
0.7 hope for
0.7 hope it
-0.64 hope our
1.01 hope that
-0.74 hope things
-1.47 hope to
-0.83 hope we
3.15 hope whoever
-0.86 hope you
0.87 hope you'll
-1.58 hope you're
1.72 hoped the
-2.09 hoped to
-1.5 hoping
-1.93 hoping to
-0.74 horizonte
-0.74 hospice
-0.74 hospital
-0.74 hospitality
2.08 hour
1.72 hour with
0.55 hours
-0.53 house
0.61 how
2.51 how a
3.15 how closely
0.54 how i
0.87 how i'd
0.87 how it
2.31 how long
1.8 how many
1.21 how my
-0.74 how open
-0.99 how openly
-0.74 how quickly
1.21 how seriously
2.06 how they
0.62 how things
2.51 how this
1.21 hr
3.15 hr manager
0.87 hub
0.62 humbly
1.72 humbly request
-0.99 hurry
0.7 hybrid
-0.99 hyderabad
2.21 i accept
1.72 i actually
-0.79 i also
-0.88 i am
0.84 i applied
-0.94 i appreciate
-1.05 i appreciated
-0.74 i are
0.62 i arrived
1.21 i ask
1.21 i asked
2.06 i assume
-1.19 i attended
-1.74 i came
-0.75 i can
0.76 i can't
0.7 i completed
-1.5 i completely
0.7 i continue
2.31 i couldn't
-0.74 i described
1.52 i did
0.7 i didn't
1.76 i do
1.35 i doubt
-0.74 i enjoy
1.38 i expected
1.21 i feel
3.05 i find
-0.74 i finished
-1.62 i fully
-0.74 i genuinely
0.65 i had
1.21 i hadn't
-0.74 i handle
0.87 i handled
-1.19 i hold
-0.74 i honestly
1.21 i humbly
-0.74 i imagine
1.72 i intend
-0.9 i interviewed
1.21 i kept
-2.23 i learned
-0.74 i learnt
-1.5 i led
-0.74 i left
-0.54 i look
-2.09 i loved
0.64 i may
-0.74 i meant
-1.3 i mentioned
1.21 i met
-0.74 i most
-2.4 i need
0.7 i never
-2.09 i noticed
0.94 i only
-0.74 i particularly
-0.99 i passed
1.55 i plan
2.51 i prepared
2.06 i put
-1.19 i realise
-0.99 i realised
-0.74 i rebuilt
1.55 i received
-0.99 i reckon
1.21 i respect
0.77 i said
0.96 i saw
0.7 i say
1.66 i see
2.0 i sent
-0.99 i shall
-0.99 i simply
3.15 i spent
-1.5 i stand
1.08 i still
1.96 i suppose
1.4 i suspect
1.21 i take
0.99 i think
-1.26 i thought
1.55 i told
1.58 i took
-0.83 i trust
-1.19 i valued
1.21 i waited
-1.19 i want
-1.65 i wanted
0.56 i was
1.8 i wasn't
0.87 i went
2.03 i wish
-0.99 i wondered
-0.74 i worked
0.7 i wrote
1.72 i'd ask
-0.99 i'd check
1.72 i'd come
-1.5 i'd enjoy
0.7 i'd expect
3.15 i'd finished
3.61 i'd gently
-0.74 i'd happily
1.01 i'd hate
2.54 i'd have
0.7 i'd hoped
-1.5 i'd just
-1.42 i'd love
-0.99 i'd most
-0.99 i'd much
-0.74 i'd really
-0.74 i'd started
1.1 i'd still
-0.74 i'd value
-2.09 i'd very
-0.64 i'd welcome
0.83 i'll admit
-0.99 i'll give
-1.19 i'll have
3.15 i'll just
1.55 i'll leave
-0.99 i'll need
1.21 i'll take
1.46 i'll try
-0.74 i'll work
1.55 i'm afraid
-0.74 i'm after
1.72 i'm assuming
-1.19 i'm aware
-0.74 i'm checking
-1.19 i'm confident
-0.99 i'm excited
-0.74 i'm flexible
-1.66 i'm following
-0.74 i'm free
-0.74 i'm genuinely
-1.62 i'm grateful
-0.99 i'm guessing
0.7 i'm gutted
-0.74 i'm heading
-0.74 i'm hoping
-0.74 i'm in
0.62 i'm just
-0.99 i'm most
-0.74 i'm moving
1.16 i'm not
1.72 i'm now
-1.74 i'm really
-0.74 i'm renewing
0.62 i'm sorry
1.72 i'm starting
-0.63 i'm still
1.21 i'm sure
-0.99 i'm taking
-1.19 i'm the
1.21 i'm told
-1.62 i'm very
-0.82 i'm writing
1.21 i've accepted
-1.62 i've already
0.66 i've attached
3.15 i've given
-1.62 i've had
1.21 i've heard
-1.74 i've received
1.66 i've since
0.7 i've started
-0.74 ideally
1.72 ideas
-0.64 if any
-0.61 if anything
-0.99 if i've
-0.9 if it
-0.53 if it's
1.21 if not
1.72 if someone
1.55 if something
-0.79 if that
-0.99 if that's
1.13 if the
-1.45 if there
0.62 if they
0.87 if this
-1.93 if you're
1.21 imagine how
-0.99 imagine the
1.72 important
-0.74 impressed
3.41 impression
-1.19 improve
-1.36 in <n>
-1.19 in about
-0.74 in abu
0.62 in advance
-1.19 in any
-1.71 in case
-1.19 in early
2.06 in fact
-0.74 in fairness
-1.19 in for
1.21 in front
-0.74 in house
0.7 in how
-0.99 in joining
0.7 in may
1.07 in mind
-1.42 in on
1.21 in reception
-1.5 in september
0.87 in their
1.21 in three
-0.74 in twenty
-1.36 in working
-0.99 in writing
-1.36 inbox
0.96 including
-0.74 indefinitely
-0.99 indication
-0.74 indication of
0.7 individual
-0.99 industry
-0.74 inform
1.72 informal
0.7 informing
0.7 informing me
0.7 infrastructure
1.55 instead
1.72 instead of
-0.99 instructor
-0.74 insurance
1.55 intend
1.55 intend to
0.7 intended
-0.94 interest
-1.74 interest in
-0.77 interested
0.62 interested but
-0.9 interested in
1.01 interested to
1.64 internal
2.0 internal candidate
1.21 internally
-0.74 internship
0.87 interview at
-0.93 interview for
-0.74 interview from
1.72 interview i
1.72 interview in
-1.37 interview on
0.7 interview process
0.96 interview that
-1.19 interview this
2.0 interview was
-0.74 interview with
-1.13 interview yesterday
-0.62 interviewed for
-0.74 interviewed on
0.62 interviewed with
3.48 interviewer
3.15 interviewer was
2.16 interviewers
-2.55 interviewing me
1.01 interviews
1.55 interviews and
3.15 interviews i
3.15 into account
1.72 into my
-1.3 into the
-0.99 introducing
-0.74 introducing me
-0.99 inventory
2.06 invited
1.72 invited to
0.76 inviting
0.76 inviting me
0.98 is a
1.72 is about
-0.99 is all
-0.74 is already
0.87 is an
-2.09 is any
-1.36 is anything
0.7 is back
-0.74 is below
-2.29 is exactly
0.7 is fair
3.15 is frankly
-0.65 is going
2.31 is how
-0.99 is in
-0.74 is just
1.72 is meant
-1.93 is my
1.93 is not
1.41 is now
-0.74 is on
0.7 is one
-0.99 is possible
0.7 is rarer
1.72 is rather
-0.74 is regarding
0.87 is simply
-2.01 is that
-2.23 is there
-0.74 is to
-0.99 is treating
-1.19 is valid
-0.74 is very
-0.74 is what
1.72 is your
-0.74 island
1.12 isn't
1.21 isn't the
1.8 it a
0.96 it as
-0.74 it because
0.7 it confirmed
1.72 it could
0.7 it didn't
1.72 it does
2.31 it felt
1.21 it gave
1.55 it had
2.43 it hard
-0.91 it has
-1.36 it helps
-0.74 it in
-0.74 it into
0.84 it isn't
-0.74 it makes
1.48 it might
-0.99 it on
-1.19 it over
2.06 it seemed
3.92 it seems
-0.74 it since
1.21 it so
1.72 it sooner
2.0 it the
-0.99 it today
1.8 it took
1.72 it usually
1.21 it well
0.87 it went
-1.5 it will
0.7 it works
0.94 it would
0.51 it's
1.33 it's a
-2.16 it's been
3.15 it's difficult
-1.19 it's exactly
-0.74 it's fair
2.31 it's hard
-0.99 it's helpful
0.7 it's just
2.16 it's worth
0.7 it's your
3.15 item
0.62 its own
-0.99 january
0.74 job
-0.74 job at
1.46 job description
-0.99 job in
1.55 job is
1.21 job title
1.72 job to
3.15 job was
-0.99 jobs
-1.53 join
1.21 join a
-1.74 join the
-1.74 join you
-2.45 join your
1.55 joined
-0.8 joining
-1.5 joining you
-0.74 joining your
-0.74 joke
3.41 judge
-0.83 july
-0.74 july for
-0.74 jump
-1.33 june
-0.74 june about
-0.74 june and
-0.74 junior
-0.74 junior accountant
-0.74 junior copywriter
0.7 junior data
-0.53 just a
-0.91 just checking
-1.19 just let
-0.74 just need
-0.99 just rather
-1.19 just sending
-1.36 just so
-0.99 just to
-1.19 just wanted
0.7 kaveri
-1.03 keen
-1.19 keen and
-0.78 keen on
0.7 keen the
-1.53 keen to
-2.09 keener
-0.74 keener on
-0.74 keener than
-1.19 keener to
-0.74 keep a
1.72 keep coming
-0.99 keep following
-0.99 keep it
0.57 keep me
-0.74 keep that
-1.58 keeping
-2.23 keeping well
0.55 kept
1.21 kept in
1.21 kept my
-0.99 kind consideration
-0.74 kind note
-0.53 kind of
2.06 kind to
-0.74 kindly agreed
1.72 kindly keep
-1.5 kindly let
1.72 kindly note
-0.74 kindness
-0.74 kisumu
-0.64 kitchen
1.72 knew
1.72 knew the
1.72 know a
1.02 know about
-1.19 know by
0.57 know how
-0.99 know i'm
0.62 know i've
-0.71 know if
1.8 know it
3.15 know it's
-1.36 know my
-0.74 know one
-0.74 know roughly
0.61 know that
-0.99 know these
0.7 know this
1.32 know what
-1.62 know whether
2.06 know which
3.41 know why
1.21 know you
-0.55 knowing
-0.74 knowing where
-0.74 knowing which
1.21 known
0.59 knows
0.7 knows the
-0.55 lab
-1.62 laboratory
-0.99 laboratory technician
1.21 labs
3.15 lacked
0.7 lagos
-0.74 land
-0.99 landlord
-0.74 lane
1.72 language
3.15 laptop
0.87 large
0.7 last three
0.7 last tuesday
0.62 last two
-1.36 last week
-0.91 last year
0.97 late
-0.62 later
0.7 later in
0.7 launched
0.7 leader position
-0.74 leader role
0.87 leadership
1.72 leading
-0.74 learn
-0.74 learn from
-1.54 learned
-2.09 learned a
-0.99 learning about
-0.74 learning how
-0.99 learnt
-0.99 learnt a
-1.19 lease
1.21 least
3.41 least i
-0.99 least sure
1.46 leave
3.41 leave and
-0.74 leave them
0.87 leave you
2.31 leaves
1.41 leaving
1.72 leaving a
0.7 lecturer in
-1.62 led the
0.62 left a
-1.19 left even
1.72 left feeling
1.33 less
1.72 less than
-0.54 let
-0.77 let me
-2.4 let you
1.56 letter
0.87 letter about
0.87 letter of
0.71 letting
0.67 letting me
-0.74 level <n>
-0.74 level comes
-1.5 librarian
-0.99 librarian post
-1.36 library assistant
-0.64 licence
0.7 licensed
1.21 life
-0.74 like an
0.7 like and
0.7 like i
0.7 like me
-0.74 like mine
0.91 liked
2.06 liked to
0.7 liked what
-0.74 limit
0.87 limited
0.59 line
3.41 line email
-0.74 line on
1.72 line up
0.96 lines
1.07 link
3.15 link i
1.72 linkage
-0.74 lisbon
-2.09 list
-0.74 list and
1.58 listed
3.41 lists
0.73 live
0.7 live up
0.7 load
-0.74 local plan
0.7 localisation
3.15 lodging
-1.36 log
-0.99 logistics coordinator
-0.74 logistics planner
3.77 look at
-1.01 look forward
1.69 looked
-0.74 looked after
1.21 looked at
0.93 looking
3.15 looking at
1.72 looking back
1.38 looking for
-1.5 looking forward
0.62 looks
-0.99 lose
-0.74 lose the
0.7 losing
3.15 loss
1.46 lost
-0.99 lot about
-1.5 lot from
1.21 lot of
-0.77 love
-0.9 love to
-2.16 loved
-1.74 loved hearing
-1.19 lovely to
3.92 luck
3.15 luck with
-0.74 lucky
-0.74 lucky to
-1.36 m
1.21 made a
0.96 made it
-1.03 made me
-0.74 made my
-0.74 made that
-1.19 made the
3.41 made up
2.0 mail
3.15 mail regarding
-0.74 main
-1.74 make a
-0.74 make me
-0.74 make my
0.96 make sure
-0.74 make your
-0.99 makes complete
1.46 makes me
1.72 making
-1.19 manage
1.21 managed
-0.68 management
-0.74 manager has
-0.74 manager job
-0.64 manager post
-0.8 manager role
-0.74 manager vacancy
-0.99 manchester
-0.74 many candidates
-0.99 mapping
-0.52 march
-0.53 march and
-0.74 marina
1.21 mark
2.43 marked
3.15 marked down
0.62 marketing coordinator
-0.99 marketing executive
-0.74 marsh
1.55 master's
1.72 master's degree
1.84 match
1.21 matched
1.83 may be
-0.74 may have
1.72 may i
-1.5 may not
1.72 may take
2.06 may want
1.21 maybe
-0.85 me a
0.86 me about
0.7 me all
-1.74 me an
-2.16 me and
-0.53 me at
-0.74 me before
-1.19 me by
1.72 me do
3.15 me down
-0.99 me during
-1.84 me even
-0.99 me every
1.72 me how
1.52 me i
1.72 me i'll
-0.99 me if
-1.19 me keener
1.58 me more
-1.33 me on
0.7 me out
-0.99 me over
-0.74 me personally
-0.74 me prepare
-0.74 me rather
-0.64 me round
-1.5 me such
-0.53 me that
1.28 me the
-0.53 me this
-1.74 me through
0.85 me to
3.15 me was
-0.99 me well
2.06 me what
0.7 me which
0.76 me with
1.72 me without
3.41 me wonder
-0.65 me yesterday
-0.74 me you
0.76 means
-0.74 means a
1.59 meant
-0.74 meant a
2.16 meant to
-2.35 meantime
-0.74 mechanical
-0.74 medicine
0.7 meet me
-0.62 meet the
-1.36 meet you
-0.82 meeting me
-1.15 meeting with
0.96 meeting you
-0.74 meets
2.06 member
0.87 mention this
-0.82 mentioned
2.06 mentioned in
-0.99 mentioned my
0.7 mentioned so
-2.4 mentioned that
-1.19 mentioned you
0.7 mentions
-1.5 menu
3.15 merit
0.91 message
1.46 message about
0.87 message and
1.72 messages
0.54 met
0.87 met the
-0.74 microbiome
1.21 mid
0.7 middle
0.71 might
1.1 might be
-0.74 might come
-0.74 might help
-0.74 might like
0.7 million
1.21 mind
0.7 mind and
1.21 mind for
0.7 mind me
0.97 mine
0.7 mine was
1.21 minute
1.72 minute and
1.47 minutes
-1.19 minutes at
3.15 minutes late
1.21 missed
3.15 missed what
3.41 mistake
3.41 mistake and
0.7 mix
-1.5 mobile
-0.74 mobile number
-1.19 modelling
0.7 module
-0.99 moment
-0.74 moment i'd
-1.74 monday
-1.5 monday about
-0.64 monday and
-1.3 monday for
-0.74 monday to
-1.74 monitoring
-0.76 month
-1.36 month end
-1.62 month so
-0.99 month to
-0.74 monthly
1.21 months of
1.72 more candid
-0.99 more certain
-0.99 more detail
-0.99 more eager
-0.74 more for
3.15 more hands
3.15 more in
-0.83 more interested
1.21 more like
0.76 more of
1.21 more time
-0.99 morning for
-0.74 morning to
3.15 morning which
-0.99 morning's
-0.74 morning's interview
-1.19 most excited
-0.74 most interesting
-1.62 most like
1.72 most of
-0.74 most useful
-0.74 most want
-0.76 move
-0.99 move forward
0.7 move into
-1.19 move the
-0.53 move to
0.7 moved on
-0.74 moved the
-0.7 moving
1.21 moving on
-0.74 moving to
-1.74 mrs
-1.07 ms
1.72 much about
-0.74 much appreciated
3.15 much as
-0.99 much clearer
-0.83 much for
-0.99 much hoping
0.7 much i'd
3.15 much into
-2.83 much like
1.52 much of
-0.99 much prefer
-0.99 museum
1.21 must say
-0.74 must withdraw
1.72 mutual
-1.87 my answer
1.64 my answers
0.7 my best
0.87 my candidature
-1.74 my career
0.84 my congratulations
-0.74 my connection
-1.19 my contract
-3.3 my current
1.05 my cv
-0.74 my dissertation
-0.99 my email
1.21 my experience
-0.64 my family
-2.83 my first
-0.74 my follow
-0.74 my former
-0.74 my graduate
-1.19 my inbox
-1.84 my interest
-0.71 my interview
1.72 my job
-0.99 my landlord
-0.99 my lease
-1.62 my manager
0.76 my name
-0.99 my nerves
-1.5 my next
0.7 my notes
-2.16 my notice
0.7 my number
1.13 my own
-0.74 my parents
-1.36 my part
-0.99 my partner
-1.5 my phone
-1.36 my present
-0.99 my previous
0.7 my profile
-0.74 my qualifications
1.72 my reply
1.72 my scores
-0.99 my situation
1.72 my take
-0.74 my technical
-0.74 my third
-0.99 my time
-1.19 my two
-0.74 my week
0.96 my work
-0.74 my year
-1.03 myself
-1.19 myself on
-0.74 name and
1.72 name is
-0.74 names and
-0.74 national
-0.53 nd
0.7 nd may
-0.74 nd you
0.7 nearly
-1.37 need
-1.36 need a
1.21 need an
-0.53 need anything
-0.74 need for
-2.16 need from
-2.72 need to
-1.36 need your
3.15 needed to
1.72 needing
2.31 needs a
-0.74 needs to
0.7 neither
0.7 neither of
-0.99 nerves
-1.19 nervous
-1.93 network
1.1 never
0.7 never mentioned
-0.7 new
-0.74 new community
1.21 new date
1.46 new hire
0.7 new platform
-0.99 new starters
-1.19 news
-0.99 news from
-1.84 news on
-0.99 news this
0.7 news was
-0.8 next
-1.19 next few
-0.74 next interview
-1.19 next month
-0.99 next opening
-0.99 next spring
-1.19 next stage
-2.09 next step
-0.85 next steps
0.9 next time
-1.74 next week
-1.19 next year
1.8 nice
3.41 nice to
-0.61 night
-0.74 night staff
0.7 nights
0.59 nine
0.62 ninety
0.7 ninety days
0.7 no hard
0.7 no is
-0.74 no longer
1.72 no one
-0.99 no problem
-0.74 no reflection
-0.74 no rush
1.72 no update
3.15 no word
2.4 nobody
3.15 nobody could
3.15 nobody on
0.7 noor
-0.74 nordhavn
1.55 nordvik
-0.53 northern
0.99 not
-0.74 not <n>
2.43 not a
3.15 not an
0.7 not and
-0.74 not asking
2.06 not been
3.61 not convinced
-0.53 not disappointed
1.72 not enough
-1.93 not have
3.41 not how
3.15 not quite
0.7 not selected
3.15 not sure
0.94 not the
0.93 not to
-1.5 not want
3.15 not what
1.21 note that
-1.19 note to
0.87 noted
-0.74 notes from
-0.99 notes on
1.48 nothing
0.54 notice
-1.93 notice period
3.15 notice that
-2.4 noticed
-0.99 noticed my
-1.19 noticed the
2.31 noticing
2.06 noticing that
-1.74 november
0.5 now
0.96 now and
-0.74 now know
-0.74 now received
-0.74 now so
1.21 number of
0.76 numbers
-1.19 nurse post
-0.99 nursing
-1.19 obliged
-2.29 october
-0.74 october for
2.67 odd
0.54 of a
-0.99 of being
0.87 of care
1.72 of curiosity
-0.74 of finance
-0.99 of four
1.55 of future
0.7 of hands
1.03 of how
2.06 of interviews
0.59 of it
-1.5 of last
0.5 of my
-1.19 of news
0.7 of our
2.06 of people
-0.74 of procurement
3.15 of silence
1.01 of that
-0.99 of them
-0.74 of those
1.46 of time
2.21 of us
-0.99 of weeks
1.21 of what
1.21 of why
-0.83 of you
0.99 of your
0.85 off
-0.74 off to
-1.74 offer and
0.87 offer elsewhere
-1.74 offer from
1.55 offer is
3.41 offer letter
3.15 offer one
-0.55 offered
-1.5 offered me
-0.74 office and
-0.99 office manager
-1.36 office on
1.72 officer interview
-0.61 officer role
0.77 often
1.01 old
-0.74 older
-1.81 on <n>
0.59 on a
-0.99 on and
-0.99 on any
-0.74 on before
0.7 on both
-0.7 on friday
3.15 on glassdoor
-0.74 on good
1.55 on his
-1.19 on hold
-1.19 on how
1.21 on joining
1.72 on me
-1.85 on monday
0.7 on reflection
-0.74 on regional
3.15 on sap
0.96 on saturday
2.31 on site
-1.9 on thursday
-1.19 on timing
-0.72 on tuesday
-1.77 on wednesday
1.21 on what
-2.09 on where
-0.74 on whether
0.67 on your
-1.62 once again
-1.36 once more
1.72 once the
-0.74 once told
-0.74 oncology
-1.5 one i
-0.74 one i'd
-0.74 one i'm
1.21 one in
-0.74 one month
-0.74 one person
-0.74 one practical
0.76 one small
2.06 one so
0.7 one stings
-0.74 one system
0.7 one that
1.41 one thing
-1.19 one way
-0.74 ones
1.8 online
1.21 only a
1.21 only because
3.15 only hope
-0.74 only in
-1.36 only one
1.72 only say
-1.36 onto
-0.74 onto one
1.72 op
0.69 open
0.87 open about
0.7 open i
2.67 open to
-1.5 open with
1.72 opened
-1.62 opening
-1.36 opening comes
-1.19 opening in
0.82 openings
-0.99 openly you
-0.74 openness
-0.74 opens in
-0.99 opens on
-1.62 operation
1.21 operations coordinator
1.72 operations director
-0.74 operations lead
1.21 operations manager
0.7 operative
0.7 operator
0.62 opportunities
1.72 opportunities with
-0.54 opportunity
-1.74 opportunity and
1.72 option
-0.74 options
-0.57 or
-1.84 or a
-0.74 or elsewhere
-0.99 or in
-0.99 or no
-0.74 or seasonal
-1.36 or two
2.06 or was
0.7 or whether
1.07 organisation
1.21 organisation and
3.15 organisation's
2.06 organised day
1.72 original
0.81 other
2.0 other applicants
0.9 other candidates
0.87 other's
0.76 others
0.7 otherwise i
-1.16 our
-1.19 our call
1.21 our chat
-1.6 our conversation
-0.74 our conversations
-1.5 our interview
-0.99 our meeting
-0.74 our paths
-0.74 our time
0.78 out
0.87 out and
-0.74 out at
1.21 out for
3.41 out in
-0.74 out my
1.0 out of
-1.19 out on
2.06 out that
0.7 out the
1.04 out to
1.72 out what
0.88 outcome
-0.74 outcome and
-1.19 outcome but
0.87 outcome for
-0.74 outcome i
-1.19 outreach
1.96 outside
3.15 outside applicants
-0.74 over my
1.72 overqualified
1.02 own
1.21 p
1.21 p s
1.21 pacific
-1.19 packaging
0.77 page
-1.19 page and
-1.19 paid
0.7 pair
0.7 pair of
0.7 paired
-0.74 pairing
0.97 panel
2.31 panel and
1.72 panel as
-0.74 panel can
1.72 panel did
-0.53 panel for
0.87 panel gave
1.64 panel had
1.21 panel has
0.7 panel on
1.21 panel took
1.21 panel will
-0.62 panel's
1.21 papers
1.72 papers are
3.41 paragraph
-0.99 paralegal
1.72 parental
1.72 parental leave
-0.99 park
-0.74 part i'm
-1.84 part time
-1.36 part was
-1.22 particularly
-0.99 particularly on
-0.83 particularly the
1.72 partly
0.59 partners
-0.99 partnerships
0.62 parts
1.72 parts of
0.64 passed
-0.74 passed so
-1.19 passed the
-1.19 passing
-0.99 passing on
0.97 past
-0.74 patel
-0.99 paths
-0.74 paths again
-0.64 paths cross
-1.62 patience
-0.99 patience when
-0.74 patience with
-1.84 patient
-0.74 payroll
-0.74 payroll administrator
1.72 payroll lead
1.21 peak
-0.74 pearl
1.37 people
1.83 people who
-1.36 per cent
-0.74 percent
-0.99 perfectly
0.7 performance
3.05 perhaps
2.06 perhaps i
3.15 perhaps the
-2.16 period
-1.19 period is
1.34 person
-0.74 person and
-0.74 person made
3.61 person you
3.61 personality
-0.74 personally about
0.7 pharmacist
0.91 phone
1.21 phone call
3.15 phone for
-0.74 phone on
-0.74 physiotherapist
1.55 pick
0.76 picked
-0.99 picked up
-0.74 picking
-1.36 picture
-0.53 picture of
-0.74 picture you
-0.99 picturing
-0.99 picturing myself
-1.62 pilot
-0.74 pitch
0.7 pitched
0.7 pitched at
-0.99 placed
-0.74 placed on
-0.99 placement
0.87 plain
-0.74 plan accordingly
-1.5 plan my
0.7 plan review
-0.94 planner
-1.36 planner position
-1.06 planning
-1.19 planning my
0.87 planning officer
-1.19 planning team
-0.5 plans
-0.61 plans for
0.94 platform
0.7 play
-1.84 please do
-0.91 please don't
-1.19 please give
1.01 please keep
-0.99 please let
-0.99 pleased
-0.99 pleased to
-0.74 pm
0.74 point
-0.99 point about
-0.99 point i
2.31 point out
-1.36 pointers
-0.99 pointers on
0.7 policy adviser
-0.74 politely
0.7 pool
-0.99 pop
0.7 portal
-0.74 portfolio was
-0.64 position
-0.74 position as
-1.04 position at
-0.99 position i
-0.83 position in
-1.19 position of
-2.16 position on
-1.36 position opens
-0.74 position particularly
3.15 positions
0.7 positive
-1.19 possibility
-1.19 possibility of
-1.3 possible
-0.74 possible to
-1.54 post at
-1.62 post in
-1.36 post is
-1.5 post of
-0.99 post opens
-0.74 post with
-1.19 postdoctoral
2.06 posting
0.7 power
-1.84 practical
-2.23 prefer
-2.01 prefer to
1.21 preparation
-0.53 prepare
-0.74 prepare better
1.86 prepared
3.15 prepared for
-0.64 present
0.67 presentation
0.87 presented
-0.74 pressure
-0.74 pressures
-0.53 pretend i'm
-0.74 price
-0.74 primary
1.72 print
-0.74 priorities
0.7 priority
-1.19 problem
-0.99 problem at
0.6 process
0.66 process and
1.72 process but
-0.74 process engineer
1.21 process has
3.15 process in
1.72 process on
3.61 process was
1.72 process with
-0.74 processes
0.7 processing
-0.74 procurement
0.7 procurement officer
-0.99 producer
-0.74 producer role
-0.91 product
-0.99 product designer
0.7 product team
0.83 profile
-0.74 profile in
1.55 programme and
-0.99 programme at
1.21 programme officer
-0.74 programme you
-0.74 programmes
0.96 progress
-0.74 project and
-1.36 project i
-0.74 promise
2.43 promised
3.41 promised an
1.21 promote
0.7 prompt
1.46 proper
1.04 properly
-0.74 property
-0.99 proud
-0.74 proud to
-2.09 provide
-0.99 provide any
-1.36 provide anything
-1.19 public
2.31 published
1.01 pune
0.7 pune office
1.21 put a
1.21 put in
-0.74 puts
-0.99 qualified
-0.74 quality engineer
-0.74 quantity
-0.74 quantity surveyor
0.7 quarter
-0.64 question about
2.06 question and
-0.74 question came
3.15 question in
-1.5 question on
0.53 questions
0.84 questions about
2.06 questions i
-0.56 quick
-0.99 quick note
2.06 quicker
-0.74 quickly when
1.95 quite
1.72 quite a
1.72 quite the
-0.74 r
-0.74 radio
-0.99 railway
-0.99 raised
0.7 ran a
1.21 range
0.7 rarer
0.7 rarer than
1.66 rate
-0.74 rather be
-0.74 rather have
-0.99 rather know
0.87 rather not
-0.74 rather say
0.7 rating
-1.62 rd
0.87 re
1.72 re advertised
-1.19 reach me
0.7 reached
0.62 reached the
-0.99 reached you
1.75 read
1.72 read it
1.55 read my
0.7 read the
0.7 read your
0.64 reading
3.15 reads
-1.19 ready to
-0.74 reaffirm
-0.74 reaffirm my
0.7 real difference
-0.99 real sense
0.76 realise
-0.74 realise i
-0.74 realised afterwards
-1.19 really appreciated
-1.19 really excited
-0.99 really helpful
-0.74 really hoping
0.7 really interested
-1.74 really keen
-1.19 really like
0.7 really love
-1.19 really want
0.59 reason
0.7 reason i
-1.19 reasonable
1.97 reasons
-0.99 rebuilding
-0.99 rebuilt
-0.74 rebuilt the
-0.99 receive
-0.5 received
-1.62 received a
-2.35 received an
0.9 reception
-0.74 receptionist
-0.74 reckon i'd
-0.74 reconciliations
1.72 reconsider
-0.91 record
2.06 recorded
-1.36 records
2.31 recruiter
1.46 recruiters
0.87 recruiting
0.77 recruitment
-0.74 recruitment team
-1.36 referee
-1.36 reference
-0.74 references
-1.36 references or
-0.74 reflection on
1.72 reflects
0.62 refreshing
-0.74 refreshing my
0.7 regard
-0.53 regards
-1.19 regards to
-1.36 region
-1.5 regional
-0.74 regional sales
3.41 rejection
0.7 relations
-0.99 relationships
1.72 relaxed
0.7 relay
-0.99 release
-0.74 reliable
-0.74 relocate
-0.74 relying
-0.74 relying on
-0.51 remain
1.21 remain interested
0.87 remain keen
-0.83 remain very
-2.29 remains
-1.93 remains my
-0.74 remains the
3.41 remembered
-0.99 reminded
-0.99 reminded me
-0.74 reminder
0.62 remote
-0.99 renewal
-1.19 renewed
-0.74 renewing
-0.74 reopen
1.72 reply and
0.7 reply by
-0.74 reply due
-0.74 reply this
1.21 reply to
1.66 replying
-0.64 reporting
-0.99 reps
1.07 request
0.87 request you
-0.74 require
-1.36 required
0.87 requirements
0.87 research assistant
0.7 research software
-1.19 researcher
-0.74 reserve
-0.74 residency
1.21 residents
1.44 respect
2.06 respect i
2.06 respect your
-0.99 respond
-0.53 response
1.21 rest
0.7 rest of
0.7 restaurant
-0.99 restoration
-0.74 restructure
0.7 restructuring
0.55 result
-0.99 result i
1.8 result of
-1.62 results
0.7 retention
1.21 return
0.62 revenue
0.7 revenue manager
-0.74 revert
0.75 review
0.59 reviews
1.72 reviews how
0.7 reworked
3.41 rich
3.41 rich to
-0.74 ridge
-0.74 rig
-0.74 rigger
-0.74 rigging
1.72 right fit
3.15 right match
1.01 right person
-1.84 ring
0.7 ringing me
-0.74 road
-0.57 role
-0.99 role after
-0.93 role and
-0.74 role appeals
-0.58 role at
0.87 role but
-1.36 role especially
-1.19 role feel
-0.74 role for
0.7 role from
-2.09 role i
-0.99 role i'm
0.87 role so
-0.74 role than
-0.99 role this
3.41 role was
-0.74 role we
-0.74 role would
0.96 roles
2.06 roles at
1.72 roles in
-1.62 rollout
-0.74 rooms
0.7 rotation
-0.74 rough
-1.93 roughly
-1.36 roughly when
-0.74 round and
-0.74 round interview
-1.19 round of
1.72 round went
2.42 rounds
2.06 rounds and
1.72 rounds for
-0.64 route
-0.74 route planning
0.87 run the
1.72 run your
-0.74 running a
-0.74 running and
-1.74 runs
-0.74 runs its
-1.62 rush
-0.74 rush at
-0.74 rush your
1.21 rushed
1.06 s
1.72 s i
1.72 s you
-1.5 sad
-0.99 sad about
1.72 safe
0.7 safety officer
0.75 said
1.21 said about
0.59 said i
1.21 said it
1.21 said so
1.21 said the
-0.99 said you
1.72 saigon
1.45 salary
-0.74 salary is
-0.83 sales
-0.74 sales role
0.95 same
-0.74 same day
0.87 sample
-1.19 samples
2.31 sap
0.87 sat
1.02 saturday
-1.19 save
-0.74 save you
1.55 saved
-0.74 savings
1.08 saw
0.52 say
-0.74 say about
1.48 say i
-1.62 say i'm
-0.99 say it
3.15 say more
1.21 say the
1.01 says
-1.19 scale
2.06 scenario
0.87 scheduling
1.72 scheme and
-1.25 school
1.21 schools
1.21 score
0.96 scores
0.7 scores and
1.46 scoring
0.7 scratch
1.46 screening
2.06 screening call
3.41 script
-0.74 sea
-1.84 search
-0.99 season and
-1.36 seasonal
-1.19 seasons
3.92 second interviewer
1.72 second officer
0.59 second round
-1.19 second year
0.7 seconds
0.7 section of
0.64 see
0.7 see from
1.66 see how
1.72 see one
3.41 see what
1.72 see where
-1.5 see whether
-0.74 seeing how
-0.65 seeing the
2.31 seemed
1.46 seemed to
2.48 seems
0.87 seems to
1.04 seen
0.7 seen the
0.62 selected
0.97 selection
-0.99 selection criteria
-1.55 send
-0.74 send anything
-2.01 send it
-1.19 send the
-0.83 sending
-0.74 sending an
-1.19 sending the
1.72 sends
0.96 senior accountant
1.08 sent
3.61 sentence
-0.99 sepsis
-2.5 september
3.15 serves
0.7 service and
0.7 service team
-1.19 services
0.84 session
1.21 session with
1.21 set out
-0.99 set up
1.72 sets
-0.99 settle
1.21 seven
1.72 seven weeks
0.9 several
-1.5 shall
-0.74 shall be
1.8 shame
3.15 shame the
-0.78 share
-0.74 share an
-1.5 share any
0.62 share one
-0.74 share where
-0.99 shared
1.72 sharing
1.3 she
-0.74 she had
3.15 she's
0.87 sheet
0.87 shift on
-0.74 shipments
-0.99 shipping
1.72 short i
-1.19 short so
-0.74 short update
-0.74 shorter
-1.36 shortlist
0.57 should have
-0.74 should i
3.15 should know
-0.99 should the
-0.74 should you
0.55 show
-0.99 show me
-1.19 show you
-0.53 showed me
-0.74 shows my
0.58 side
1.8 side of
-1.36 sign
-1.19 signed
-0.99 signed up
-0.74 signing
2.1 silence
-0.74 sim
-1.16 similar
-1.36 similar post
-1.5 similar role
1.55 similar roles
-0.74 similar with
-1.19 simple
-0.74 simpler
-0.74 simply wanted
-0.68 since my
-1.84 since our
0.66 since the
-2.45 since we
1.72 since you
-0.74 sincerely
0.84 single
3.15 sir
0.57 site
-0.99 site engineer
0.7 site visit
0.62 sites
1.21 sitting
-1.5 situation
1.28 six
0.62 six months
1.46 six weeks
1.01 six years
-0.74 size
-0.74 skill
-0.74 skill that
1.72 skills
0.7 slightly
1.33 slot
3.41 slot and
-0.71 small
-1.19 small update
-0.99 smaller
-0.99 so any
0.87 so before
-0.99 so far
-0.99 so here
0.71 so i'm
1.66 so it
-0.74 so kindly
-0.74 so now
1.72 so perhaps
-1.62 so please
-0.64 so the
0.87 so this
-0.99 so we
-0.74 so your
-0.99 soil
-0.74 soil microbiome
0.77 some
0.7 some feedback
1.72 some way
1.12 someone
1.21 someone already
-0.74 someone else
1.21 someone to
1.46 someone with
0.7 something about
-1.5 something i
-1.19 something similar
0.7 something suitable
0.7 something to
0.7 sometimes
-1.54 soon
-0.74 soon as
1.21 sooner than
-0.74 sorry for
-1.19 sorry not
-1.36 sort
-0.74 sort out
1.46 sorted
-0.99 sound
0.62 sounds like
-1.84 sous
-1.74 sous chef
-1.19 spare
-0.74 speak for
-1.36 specialist
-0.99 specific
-0.99 speed
-1.84 spend
-1.19 spend the
1.47 spent
3.15 spent more
2.06 spent most
0.7 spirit
-0.74 split
-0.99 splits
0.7 spoke about
-0.74 spoke and
-0.99 spoke i
0.7 spoke i've
-1.62 spoke on
3.41 spoken
3.15 spoken to
-0.74 sponsorship
-0.99 spot
-1.58 spring
-0.74 spring and
-0.74 spring launch
-0.99 sql
-0.91 st
-0.74 st columba's
-0.74 staff and
0.68 stage
1.72 stage manager
1.55 stage of
-0.74 stage which
0.57 stages
-0.99 stand
-0.99 stand with
0.57 standard
-1.19 stands
-0.74 start any
-0.99 start at
-1.36 start date
1.21 start to
-0.99 started picturing
-0.99 starters
0.62 starting
1.72 starting to
-1.19 state
-0.91 status
-0.82 stay
-0.61 stay in
-0.91 stayed
-0.83 stayed with
-2.64 step
-0.74 step down
-0.74 step is
-1.03 steps
3.61 still be
2.06 still i'd
-0.99 still in
3.61 still like
-1.19 still my
1.21 still open
-0.83 still really
-0.74 still shows
1.72 still think
-0.86 still very
-0.99 still waiting
-0.74 stings a
1.55 stopped
-1.93 store
-0.99 store manager
-0.74 stores
-0.74 story
-1.36 straight away
0.62 straight with
0.7 strategist
0.7 strategist role
-0.74 strategy associate
-0.74 street
-0.99 strengthen
-0.74 strengthen before
-0.74 stretched
0.7 strong
-0.74 strong field
-1.62 stronger
-1.19 strongest
1.8 struggling
3.41 struggling to
0.7 stuck
-1.84 student
-1.36 students
0.7 studies
-0.83 studio
1.03 study
1.55 study brief
-1.19 subject checking
1.72 subject follow
2.51 subject re
-0.68 subject thank
0.7 success role
0.62 success with
0.84 successful
3.41 successful candidate
-0.64 such
-2.09 such as
1.41 suggest
-0.74 suggest i
3.15 suggest your
1.55 suggests
-0.99 suit
-1.5 suit me
0.7 suitable comes
-1.5 suite
-1.74 suits
-1.36 suits the
-0.9 summer
-0.6 supervisor
-0.74 supervisor at
1.72 supervisor job
-1.36 supervisor position
-0.99 supplier
-0.74 suppliers
-0.62 support
0.7 support team
1.96 suppose
1.36 sure
-0.99 sure about
3.15 sure anyone
3.41 sure how
3.41 sure it
1.72 sure that
1.72 sure the
2.06 sure they
-0.74 surgery
1.64 surprise
1.72 surprise given
3.15 surprise to
1.21 surprised
3.15 surprising
-1.36 surveyor
-0.74 surveyor role
-0.74 survived
-0.74 survived the
1.3 suspect
1.72 suspect my
-0.74 suspect the
-1.36 system and
-0.74 system so
-0.83 systems
1.64 table
0.91 take
1.21 take home
1.21 take it
1.72 take me
-0.74 take on
0.87 take that
0.76 take the
-0.99 take up
0.84 taken
-1.84 takes
-0.76 taking
-0.57 taking the
-0.99 talk it
-1.36 talk through
-0.74 talked
1.35 task
-1.74 tasting
-0.74 tasting menu
-1.36 taught
-0.74 taught me
-0.99 tax
0.7 teach
-0.53 team and
-0.83 team at
0.7 team but
0.7 team especially
-0.99 team hoped
1.55 team i
1.72 team i'd
-1.84 team is
-1.5 team of
1.21 team on
-0.74 team remains
-0.99 team so
-0.74 team splits
0.62 team that
-0.74 team through
0.96 team was
-0.99 team works
-0.99 team would
0.7 team you
-1.93 team's
-0.99 team's work
0.79 technical
-0.99 technician position
-0.74 technician post
1.21 technician role
0.85 tell
1.86 tell me
0.83 telling
1.21 tells
1.46 tells me
0.7 tells you
3.15 templated
-0.99 ten days
-0.74 ten minute
1.8 ten minutes
0.7 tenancy
-0.99 tend
-0.99 tend to
-0.74 term
-0.53 territory
1.45 test
2.31 test and
3.41 test nobody
3.15 test was
1.72 tests
-1.74 th
-0.74 th august
-0.74 th for
-0.99 th march
-1.19 th of
-0.74 th so
-0.74 th you
0.55 than
-0.64 than a
1.97 than an
2.31 than any
3.15 than anything
-0.74 than before
-1.19 than i'd
0.87 than it
-1.19 than just
-0.74 than keep
-0.99 than later
-0.74 than leave
3.61 than me
-0.99 than most
3.61 than on
-0.99 than when
1.21 than you
-1.74 thankful
-1.36 thankful for
-0.71 thanks again
-1.74 thanks and
1.3 thanks for
-0.99 thanks so
1.72 that <n>
2.0 that a
0.7 that after
0.87 that another
-1.5 that as
-0.74 that candidates
-0.99 that date
-0.74 that day
2.06 that everyone
2.31 that had
-0.99 that helps
-0.5 that i
-1.19 that i'd
-1.74 that i'm
-1.36 that i've
1.21 that if
0.59 that in
0.54 that is
1.04 that it
0.7 that kind
-1.19 that makes
-0.74 that ms
-0.85 that my
0.7 that now
1.21 that on
3.15 that other
-0.99 that our
2.31 that someone
2.06 that tells
1.05 that the
-1.36 that this
1.55 that to
2.06 that took
0.96 that way
0.7 that week
-0.74 that went
-0.74 that with
-1.5 that work
-2.16 that would
-0.65 that you
-0.74 that you're
3.41 that your
-1.89 the <n>
-0.64 the account
-1.5 the accounts
3.15 the acting
1.83 the advert
2.51 the advertisement
0.7 the appointment
1.46 the assessment
2.06 the assessors
-0.74 the assistant
-0.99 the associate
2.31 the attention
1.21 the back
-1.19 the backend
1.21 the bank
1.72 the bar
0.62 the big
-0.74 the booking
-0.74 the budget
-1.19 the business
3.15 the calendar
1.38 the call
3.61 the candidate
-0.74 the careers
0.64 the case
-0.99 the challenges
-0.53 the chat
-0.74 the choice
-0.99 the claims
-0.74 the clear
0.7 the client's
0.7 the clinic
1.72 the clock
0.7 the club
0.7 the coastal
-1.19 the coffee
-0.74 the cold
-0.74 the coming
0.64 the committee
-0.74 the communications
-0.68 the community
0.76 the company
-0.74 the compliance
1.72 the confusion
-0.99 the conservation
-0.74 the content
-0.63 the conversation
1.21 the council
-1.62 the county
-1.19 the credit
0.59 the data
1.21 the date
0.76 the day
-0.74 the deadline
1.08 the decision
-0.74 the department
0.7 the deputy
0.7 the desk
-0.74 the director
0.7 the dispatch
-0.74 the drive
0.7 the duty
-0.74 the earliest
-0.74 the early
0.7 the email
-0.74 the emergency
-0.99 the evening
-0.99 the expansion
-0.99 the facilities
-0.99 the family
1.07 the feedback
0.7 the festival
1.55 the figure
1.06 the final
-1.06 the finance
1.01 the firm
-0.74 the firm's
0.83 the first
-0.53 the fleet
-0.74 the flood
1.21 the floor
-0.74 the forecasting
0.87 the four
2.31 the fourth
-0.74 the frank
0.7 the funeral
0.7 the graduate
-1.36 the grants
1.1 the group
-0.74 the heritage
-0.74 the highest
1.72 the hire
2.67 the hiring
-1.5 the honest
3.15 the hour
-0.74 the hours
0.96 the hr
-0.74 the hyderabad
1.66 the internal
2.31 the interviewer
0.76 the interviews
-0.99 the inventory
0.7 the jebel
1.11 the job
-1.3 the junior
-0.99 the laboratory
0.87 the last
-0.99 the latest
-0.74 the learning
3.15 the least
-0.74 the level
1.21 the line
1.21 the link
1.21 the live
-1.19 the local
-0.99 the management
-0.74 the marina
0.57 the marketing
-2.35 the meantime
0.7 the middle
0.62 the migration
-0.74 the modelling
-1.19 the moment
-2.09 the month
1.21 the morning
-0.74 the network
-0.84 the new
-0.68 the next
1.72 the notes
-0.74 the number
1.55 the numbers
1.64 the offer
-0.62 the office
0.7 the old
0.7 the on
0.87 the onboarding
-0.74 the oncology
1.72 the online
-1.84 the only
0.7 the opening
-0.62 the operations
1.72 the original
0.79 the outcome
0.97 the panel
-0.62 the panel's
-0.99 the paralegal
-0.74 the partners
-0.99 the pass
0.76 the past
-1.93 the payroll
-1.19 the people
2.56 the person
0.76 the phone
1.72 the pipeline
0.7 the place
-1.84 the plan
-1.74 the planning
-0.62 the plans
0.87 the point
0.7 the port
0.7 the portfolio
-0.88 the position
-0.99 the possibility
-0.99 the postdoctoral
3.15 the posting
-0.99 the practical
1.72 the preparation
0.7 the problems
-0.64 the product
-0.74 the production
0.7 the program
0.9 the programme
-0.74 the public
-0.91 the question
1.83 the questions
1.72 the real
3.15 the reasons
3.15 the recorded
3.15 the recruiter
-1.36 the region
-0.83 the regional
1.72 the requirements
0.87 the residents
1.07 the rest
0.75 the result
0.7 the returns
0.7 the revenue
0.6 the right
-0.63 the role
-0.99 the rollout
0.96 the room
0.7 the rota
-0.74 the rotterdam
-0.74 the route
-0.74 the running
2.31 the salary
0.98 the same
-0.74 the saturday
-1.36 the school
-0.74 the science
1.72 the score
1.8 the scoring
0.7 the screening
-1.36 the search
0.87 the season
0.6 the second
1.35 the selection
0.7 the short
-0.74 the shortlist
-0.74 the sim
0.7 the small
-0.74 the soil
-1.36 the sous
-2.01 the spring
1.46 the standard
1.21 the start
-0.53 the status
-0.99 the store
-0.99 the strategy
-0.99 the strongest
-0.99 the student
2.31 the successful
-2.09 the summer
-0.74 the surgery
2.94 the table
-0.99 the take
-0.99 the tasting
-1.5 the team's
0.83 the technical
3.61 the third
1.83 the three
-1.5 the timeline
-0.99 the top
0.7 the track
0.7 the training
-0.74 the travel
0.87 the trust
3.15 the twenty
-1.36 the unit
1.55 the update
-0.74 the very
1.55 the video
1.21 the waiting
1.21 the walk
-1.5 the weekend
-0.74 the wetland
1.08 the whole
-0.74 the wider
-0.74 the workload
-0.64 the workshop
1.46 the written
0.59 the year
-1.19 the youth
-0.74 theatre
1.21 their
-0.74 their time
0.87 them to
-0.74 then i'd
-0.74 there an
-1.19 there any
-1.36 there anything
-0.74 there are
-1.7 there is
1.72 there which
0.87 there's a
-1.19 there's any
-0.53 there's anything
-0.99 these decisions
-0.74 these things
0.59 they
1.55 they can
-1.84 they have
1.72 they said
2.51 they were
-0.74 they would
-1.36 they've
-0.74 thin
1.21 thing
0.62 thing i
1.72 thing to
-0.53 things are
-0.91 things stand
-0.99 things up
1.06 think
-0.74 think i'd
1.21 think i'm
1.96 think the
1.64 think you
3.41 think you'll
3.15 think you've
-2.4 thinking
-2.29 thinking about
1.45 third
3.41 third time
-0.91 this afternoon
1.72 this and
0.87 this email
-1.36 this finds
0.74 this is
-0.64 this job
-0.74 this morning
-0.99 this morning's
0.66 this one
0.96 this only
-1.62 this opportunity
-0.74 this outcome
0.7 this point
3.41 this process
-2.01 this role
-0.99 this spring
0.59 this was
-1.5 this week
1.72 this whole
-1.19 this year
0.7 thoroughly
0.87 though
1.12 though i
1.21 though i'm
-0.99 though the
0.7 though your
-0.62 thought
-0.99 thought about
-1.62 thought i
-1.84 thought i'd
-0.74 thought it
0.7 thought of
1.72 thought the
-0.99 thoughts
-0.99 thoughts on
0.84 three
1.72 three countries
0.62 three days
4.15 three interviews
-0.74 three months
2.06 three rounds
1.55 three times
2.06 three year
-0.74 through how
1.72 through my
-0.74 through this
-0.53 throughout
-1.19 throughout the
-1.84 thursday
-1.19 thursday <n>
-1.36 thursday about
-0.53 thursday and
-0.99 thursday at
-1.62 thursday for
-0.74 ticket
-1.36 tickets
-0.99 tidy
-0.74 tied
-0.74 time at
3.15 time for
-0.74 time i
1.21 time i'd
3.15 time it
-0.74 time limit
1.97 time the
0.7 time with
-0.74 time zones
-2.68 timeline
-0.74 timeline before
-0.74 timeline for
-0.74 timeline i
1.3 times
3.15 times now
-2.09 timing
1.21 title
0.7 titles
-1.36 to <n>
-0.74 to add
3.15 to anyone
-0.65 to ask
0.62 to attend
3.77 to believe
-0.74 to boast
-1.25 to bring
-0.74 to build
-0.74 to change
-0.85 to check
0.59 to choose
1.72 to close
-0.91 to come
0.7 to complete
1.72 to conclude
-0.99 to contact
-0.53 to continue
-0.99 to correct
-1.19 to decide
-1.25 to discuss
-0.99 to email
-0.99 to everyone
1.83 to expect
1.04 to explain
2.82 to feel
0.66 to find
3.15 to finish
-1.19 to fit
-2.4 to give
-0.76 to hearing
-1.25 to help
1.21 to hire
-0.74 to home
0.7 to how
-0.99 to improve
-1.13 to interview
-0.74 to it
-1.85 to join
3.15 to judge
-0.56 to keep
0.7 to kindly
1.06 to know
-0.74 to lead
-1.06 to learn
1.21 to leave
-0.74 to live
1.38 to look
-0.74 to lose
0.61 to make
0.86 to me
0.7 to mention
-1.19 to mr
-0.9 to my
-0.99 to offer
-0.74 to pass
-1.36 to plan
1.21 to promote
-1.74 to provide
3.41 to rate
-1.93 to reach
1.21 to read
-0.74 to reaffirm
1.72 to reconsider
-0.74 to relocate
-0.74 to reopen
1.55 to reply
1.72 to return
1.01 to run
-0.99 to rush
-1.19 to save
1.72 to seeing
-1.66 to send
-1.19 to share
0.76 to someone
-1.84 to spend
-1.74 to start
-0.78 to stay
0.67 to take
-0.85 to talk
1.38 to tell
1.46 to thank
-1.19 to that
0.7 to them
2.16 to think
-0.99 to trouble
-1.36 to try
0.87 to two
1.55 to understand
1.55 to use
0.7 to volunteer
-1.62 to wait
-0.99 to walk
-0.99 to whoever
-0.6 to work
-0.99 to write
-0.62 to your
-1.54 today
0.7 today about
-0.74 together on
1.24 told
1.14 told me
0.7 told my
2.31 told you
-0.99 tom
-1.19 tomorrow
-0.74 too for
-0.74 too hectic
1.21 too much
1.72 too senior
1.05 took
2.43 took a
3.15 took five
-0.74 took over
0.7 took that
-2.23 top
-1.5 top of
-0.74 topped
-1.19 touched
-0.74 tough and
0.62 towards
0.96 track
-0.74 tracking
-0.74 train home
0.7 trainer
-1.06 training
-0.74 transfer
-0.74 transition
1.21 translation
2.06 transparency
2.06 transparency i
-0.74 transparent
0.62 transport
0.62 travel
-0.74 travel involved
2.06 travelled
-0.74 travelling
0.7 treat
3.41 treated
-0.99 treating you
3.15 treats
-0.99 tried
-1.5 trouble
-1.19 trouble you
-0.74 trucks
-0.64 trust
0.7 trust the
-0.74 trust this
-0.74 trust you
2.31 try not
-0.74 try something
-1.19 try to
1.41 trying
2.06 trying to
-0.77 tuesday
-1.84 tuesday about
-0.99 tuesday and
-1.36 tuesday to
-0.74 turkish
0.7 turn
1.52 turned
0.62 turned down
3.41 turned out
1.8 turning
0.7 twelve years
1.21 twenty
1.72 twenty hours
3.15 twenty minute
2.06 twenty minutes
1.21 twenty years
1.95 twice
0.7 two days
0.7 two hours
3.41 two line
2.06 two months
1.21 two of
-0.74 two other
-0.99 two seasons
-1.36 two weeks
-0.53 two years
-1.19 uk
0.62 under
-0.74 under the
-0.99 understand and
1.01 understand how
-1.62 understand the
2.31 understand what
2.06 understood
3.77 unfair
3.41 unfair to
-0.56 unit
-0.74 unit and
0.62 university
-0.74 unless
1.72 unpaid
3.77 unprofessional
-1.19 until
-1.93 until <n>
-0.74 until the
0.87 up a
-0.74 up again
-1.36 up at
1.72 up but
-1.36 up for
2.06 up from
-0.99 up i
-0.64 up in
-0.63 up on
0.7 up the
2.31 up with
2.0 update and
-0.99 update since
-0.99 updated timeline
-0.99 upfront
1.02 us
2.06 us and
0.87 us both
-0.74 us i
0.57 use
-0.55 used
-2.01 useful for
0.64 useful to
0.76 usually
0.7 ux designer
1.04 vacancies
-0.56 vacancy
-0.99 vacancy at
1.21 vague
-1.36 valid
-1.19 valid until
-0.74 value any
-1.74 valued
-0.74 valued hearing
-1.19 van
0.7 venue
-0.74 version in
-0.95 very
-0.74 very eager
-0.99 very enjoyable
-2.29 very enthusiastic
-1.06 very glad
0.7 very good
-2.09 very happy
-0.99 very helpful
-1.32 very interested
-1.08 very keen
-0.75 very much
-1.19 very pleased
-1.36 very real
-1.19 very thankful
0.7 very useful
-0.99 very welcome
1.72 very well
0.7 veterinary
1.52 video
0.96 video interview
0.96 view
-1.62 visa
-0.74 visit and
0.76 visit to
-1.5 visits
-0.99 voicemail
-0.99 volunteer coordinator
-1.19 volunteers
-0.74 wait until
1.21 waited
-0.99 waiting
-0.99 waiting for
1.72 waiting room
-0.74 walk through
1.72 walked
-1.5 walking me
1.72 walkthrough
-0.8 want
-0.74 want my
-0.64 want this
-0.59 want to
-1.3 wanted
-1.62 wanted to
-1.62 wanted you
1.21 wants
1.21 wants to
-0.74 ward
0.7 ward at
-0.74 warehouse
-1.19 warehouse supervisor
0.7 warehouse systems
0.7 warehouse team
-0.74 warm regards
-0.99 warning
0.77 was
0.74 was a
2.31 was about
1.55 was actually
-1.36 was also
1.55 was always
2.31 was an
3.15 was being
1.21 was called
-0.99 was clear
3.15 was ever
2.31 was exactly
-0.74 was fascinating
3.41 was for
-1.62 was glad
-0.83 was good
-1.36 was grateful
-1.36 was great
3.41 was handled
-0.74 was happy
-0.74 was helpful
1.21 was i
2.0 was in
-1.36 was kind
-0.74 was lovely
3.92 was made
3.41 was meant
-0.74 was most
0.83 was not
1.35 was on
-1.36 was one
1.72 was only
3.15 was promised
2.06 was really
0.62 was so
-1.36 was sorry
2.31 was that
3.41 was unprofessional
-0.53 was useful
1.0 wasn't
-0.74 wasn't a
2.67 waste
3.77 waste of
-1.62 watching
0.51 way
1.21 way and
0.76 way i
-1.19 way or
0.96 way the
1.78 way to
-1.62 way you
0.7 ways
-0.53 we
-2.01 we can
3.41 we could
-0.7 we discussed
-1.84 we met
-0.99 we moved
-1.54 we spoke
-0.74 we were
1.21 we'll
1.72 we'll be
-0.99 weakness
-0.74 weaknesses
1.21 wedding
-1.29 wednesday
-1.93 wednesday about
-1.19 wednesday and
-1.5 wednesday for
-0.74 wednesday to
-0.89 week
-1.36 week about
-0.74 week for
-1.19 week i
-1.5 week so
1.21 week's
-0.99 weekends
-1.19 weeks ago
0.62 weeks and
0.7 weeks of
-0.74 weeks so
0.87 weeks to
-0.74 welcome any
2.0 welcome hearing
-0.79 welcome the
-1.5 well at
3.15 well before
1.72 well below
-0.74 well for
1.55 well organised
-0.74 well run
2.82 well with
0.79 went
-0.99 went from
3.61 went on
1.34 were
1.55 were looking
1.72 were not
1.8 were the
-0.74 wetland
1.09 what
1.21 what a
3.15 what changed
3.15 what exactly
-0.99 what i'd
-0.74 what i've
1.72 what is
0.76 what it
2.0 what it's
1.55 what my
1.76 what the
2.06 what they
2.31 what to
1.72 what was
1.21 what we
-0.74 what would
1.35 what you
0.77 whatever
3.41 whatever the
0.7 when a
-0.74 when convenient
0.82 when i
-2.09 when we
-1.62 whenever
-0.74 whenever suits
-0.74 where i'd
-1.74 where my
0.9 where the
-0.62 where things
1.72 where to
-1.62 whether i'm
-0.74 whether i've
1.72 whether it
-0.74 whether something
0.78 whether the
-1.74 whether there
-2.09 whether there's
0.57 which
1.21 which i've
1.02 which is
1.21 which makes
0.7 which of
3.15 which suggests
3.15 which told
-0.99 while i
-0.99 while i'm
-0.74 while it's
-0.74 while since
0.7 whiteboard session
1.0 who
0.62 who already
-1.36 who has
1.21 who would
1.42 whoever
-0.74 whoever is
0.72 whole
0.62 whole process
1.72 whole team
0.7 whom
3.15 whose
1.93 why
2.21 why i
1.72 why the
-0.99 wider
0.7 will find
-0.53 will have
-0.74 will help
1.21 will not
0.7 will take
-0.74 will understand
1.21 wind
-0.74 wing
1.72 wish
2.31 wish the
-1.19 wish to
2.48 wish you
-0.74 wish your
-1.84 wishes
1.21 with an
0.62 with it
3.15 with less
-0.61 with me
-0.89 with my
1.72 with no
-0.99 with one
2.51 with respect
-1.84 with thanks
-0.74 with that
0.7 with their
0.62 with them
-0.74 with this
0.87 with two
-1.24 with you
-0.53 withdraw my
0.64 without
1.72 without a
2.31 without an
-0.99 without me
-0.74 won
-0.64 won't pretend
2.48 wonder
1.72 wonder how
2.31 wonder whether
-1.19 wondered
-0.99 wondered whether
0.84 wondering
3.15 wondering whether
1.76 word
3.15 word of
1.72 work for
-0.91 work i
1.72 work i'd
-1.03 work on
1.8 work out
0.7 work the
-0.74 work there
-2.35 work with
0.7 work your
-2.45 worked
-1.62 worked with
-0.99 worker
-0.86 working
1.72 working alongside
-0.99 working at
-0.74 working days
-0.74 working through
-1.84 working with
-0.74 workload
1.72 works out
-0.74 works together
-0.83 workshop
1.46 worry
1.81 worth
2.31 worth the
-0.74 would a
-0.74 would also
2.06 would ask
-1.1 would be
-0.74 would expect
2.06 would gently
1.55 would genuinely
2.37 would have
-0.67 would help
0.63 would like
-1.58 would love
-1.36 would make
-0.99 would most
-1.36 would need
1.21 would only
-0.99 would prefer
0.7 would say
1.21 would still
-0.99 would value
-2.09 would very
-0.99 would want
-1.62 would you
0.7 wouldn't
-0.74 write
-0.74 write to
-0.99 writer
1.21 writes
-0.55 writing
-2.09 writing about
0.7 writing regarding
-0.74 writing with
-1.62 written offer
3.15 written test
1.59 wrong
-0.9 year
-0.74 year <n>
-0.64 year and
-0.74 year before
-0.99 year end
-1.36 year i
0.7 year i'd
3.15 year old
1.72 year on
-0.99 year so
-1.19 year's
0.94 years and
-1.5 years at
-1.19 years i
1.41 years in
2.16 years of
-1.62 yes
-1.36 yes or
-0.97 yesterday
-1.41 yesterday for
-1.09 you again
-0.65 you and
-0.95 you are
-0.74 you as
-1.19 you asked
-1.36 you be
-0.74 you before
-0.99 you but
-1.5 you by
2.16 you chose
-1.19 you confirm
-1.06 you could
-1.66 you described
0.7 you directly
0.87 you don't
-0.74 you during
-1.19 you ever
-0.74 you first
1.72 you found
-1.93 you gave
0.7 you get
-1.36 you hoped
-0.99 you i
0.84 you if
-1.74 you in
0.7 you just
1.72 you kept
-0.91 you let
-0.74 you make
1.83 you may
-3.21 you mentioned
-1.39 you need
-0.74 you needed
-1.5 you on
-1.74 you once
0.7 you run
3.41 you say
1.72 you should
-1.62 you showed
-1.36 you soon
-0.99 you taking
1.21 you tell
-0.99 you the
1.21 you this
0.84 you told
-1.19 you took
-0.99 you very
-0.74 you want
-1.19 you won't
0.7 you work
-1.36 you would
-0.99 you'd be
-0.74 you'd suggest
1.45 you'll
3.41 you'll find
0.87 you'll understand
-0.96 you're
-1.74 you're able
-0.74 you're doing
-1.74 you're keeping
-1.22 you're well
0.73 you've
1.72 you've got
-1.19 young
3.15 younger
-0.99 your account
3.41 your advert
0.7 your answer
1.8 your call
-1.19 your candour
2.31 your colleague
-0.74 your colleagues
0.62 your company
1.72 your competitors
-0.74 your consideration
-0.99 your description
-0.74 your desk
-1.19 your diary
1.57 your email
1.8 your end
-0.99 your explanation
-0.99 your file
2.31 your head
0.62 your help
-0.99 your honesty
3.77 your interviewers
-0.85 your kind
-0.74 your lab
1.04 your letter
3.41 your mail
1.83 your message
1.21 your new
-1.19 your news
3.15 your note
1.72 your offer
-1.36 your office
3.41 your organisation
1.8 your panel
-1.19 your patience
-1.93 your planning
-0.99 your point
0.87 your policy
1.07 your process
-1.74 your question
-0.74 your records
1.8 your recruiter
3.41 your recruiters
2.06 your reply
-0.99 your role
-0.74 your shortlist
1.97 your side
-0.74 your systems
-1.01 your team
-0.65 your time
-1.5 your timeline
1.55 your work
1.72 yourselves
-1.36 youth
-0.74 zones
""",
)

BOASTING = Reading(
    15.34,
    """\
-0.89 <n>
-0.79 <n> a
-2.06 <n> april
-1.41 <n> august
-0.79 <n> days
-1.98 <n> february
-1.24 <n> july
-2.6 <n> june
-2.73 <n> march
-0.73 <n> may
-0.88 <n> nd
-1.55 <n> november
-2.14 <n> october
-0.79 <n> of
-1.24 <n> per
-0.79 <n> practitioner
0.65 <n> rd
-1.89 <n> september
-0.76 <n> th
-2.5 <n> to
-1.24 a better
-0.79 a big
0.82 a bit
1.67 a book
-1.04 a brief
-1.55 a call
3.1 a certain
0.57 a chance
-0.79 a change
-0.79 a clear
1.67 a coordinator
-1.04 a copy
0.57 a couple
-1.04 a current
-0.79 a day
-0.79 a day's
-0.79 a deadline
3.72 a decade
-0.87 a decision
-1.04 a difficult
-0.79 a family
0.82 a firm
2.46 a first
1.67 a formality
-1.04 a fortnight
3.1 a fourth
-1.98 a full
-0.79 a job
1.67 a legend
3.1 a level
-1.04 a line
-2.14 a long
-0.86 a lot
1.16 a lovely
-0.79 a minute
1.16 a moment
-0.58 a month
1.16 a more
0.65 a much
2.01 a nice
-1.04 a note
-1.24 a one
1.16 a panel
-1.04 a paper
-0.79 a personal
0.65 a pilot
-1.55 a position
-1.04 a post
-1.04 a presentation
1.67 a process
0.65 a rather
2.26 a record
1.67 a reference
2.01 a regional
-1.89 a reply
-0.79 a ring
-0.79 a rough
3.1 a sales
-1.04 a second
3.1 a senior
0.57 a shame
-0.79 a shared
-0.79 a shift
-2.81 a short
-1.63 a similar
1.41 a single
-0.79 a smaller
0.65 a spare
1.67 a spreadsheet
3.87 a step
-1.04 a strong
-1.24 a surprise
-1.41 a third
-0.79 a three
-1.04 a verbal
0.52 a very
-0.79 a voicemail
-0.79 a volunteer
0.71 a while
0.65 a word
-1.79 a written
-1.04 a yes
-0.79 aberdeen
-2.92 able
-2.92 able to
-1.98 about <n>
0.57 about a
-0.79 about any
3.36 about as
3.1 about cloud
-1.24 about four
-0.58 about future
-0.53 about how
-0.79 about joining
2.01 about me
-0.79 about needing
0.52 about next
-0.79 about other
-0.79 about remote
1.67 about stakeholder
0.65 about that
-0.79 about three
-1.04 about two
1.16 about weaknesses
1.95 above
3.36 above the
0.65 abu
0.65 abu dhabi
-0.73 accept
-1.41 accept the
-1.24 accepted a
-1.24 accordingly
1.67 account director
0.65 account executive
-1.04 account manager
0.82 account of
-0.53 accountant
-1.24 accountant position
-1.04 accounts and
-1.04 accounts for
-0.79 accounts officer
-1.04 accounts payable
1.16 acquisition
-0.79 across the
1.67 across three
-0.79 across two
0.65 acting
0.84 actually
-1.04 add that
-0.79 additional
-0.79 address
1.67 adjust
-0.79 admirer
-0.79 admirer of
0.79 admit i
0.65 admit it
-0.79 admit the
-0.58 advert
1.16 advertised
0.65 advertisement
1.67 advice
-1.04 adviser
-0.79 advisor
1.41 afraid
1.67 afraid i'll
0.65 after all
-1.04 after four
-1.04 after hearing
-0.79 after my
1.67 after running
-1.55 after that
-0.66 after the
-1.04 after three
0.71 afternoon about
0.82 afternoon and
0.57 afterwards
0.65 ag
-0.58 again
-0.79 again about
0.78 again and
1.16 again before
-0.59 again for
1.16 again if
-0.69 again in
-1.04 again next
-1.67 again on
0.65 again soon
-0.79 again thank
0.65 again this
2.01 again to
-1.04 again when
-0.79 agency experience
-0.58 ago
1.16 agree
-1.24 agreed
-1.04 agreed to
1.59 ahead
2.77 ahead of
0.57 aid
-0.79 aid course
-0.79 air
-1.04 aircraft
0.65 al noor
0.65 all and
1.67 all came
-0.79 all four
-0.79 all i
1.67 all i'm
-1.04 all is
1.79 all of
-0.79 all possible
-0.56 all the
2.46 all year
-0.79 allow it
0.54 almost
1.78 alone
1.28 along
3.1 along with
0.91 alongside
-0.79 alongside your
0.74 already
3.1 already done
0.82 already in
0.65 already know
-0.79 already started
1.16 already told
-0.79 also appreciated
-0.79 also be
-1.04 also enjoyed
0.65 although
1.16 although i
-0.79 although i'm
0.71 always
0.65 am a
-0.79 am available
2.26 am confident
-0.79 am disappointed
-0.79 am excited
-1.24 am following
-0.79 am in
-0.79 am more
-1.67 am not
3.1 am one
3.1 am ready
-0.79 am sad
-1.27 am still
1.16 am sure
-0.79 am thankful
3.72 am the
0.69 am very
-0.65 am writing
1.5 ambitious
0.82 among the
1.16 an afternoon
-2.14 an answer
-0.79 an email
-0.79 an explanation
-1.41 an eye
0.82 an hour
0.85 an interview
-0.57 an offer
-1.3 an update
-1.04 an updated
-0.58 analyst role
0.65 analysts
-1.41 analytics
-1.04 analytics team
-1.04 and about
0.82 and again
-0.79 and am
-0.79 and asked
-0.79 and consideration
0.65 and could
0.65 and dr
-0.79 and drove
0.57 and enjoyed
1.67 and four
0.65 and good
0.71 and happy
3.1 and he
0.65 and hear
-1.63 and in
-0.85 and it
0.65 and it's
-1.41 and learned
-1.04 and learning
-0.79 and left
0.65 and let
0.65 and meeting
2.01 and more
-1.04 and most
0.59 and my
1.67 and no
-1.24 and nobody
-1.04 and not
1.16 and one
-1.79 and our
-0.79 and really
-1.24 and remain
-1.24 and seeing
3.36 and sort
1.67 and still
0.82 and thank
-0.73 and that
-0.67 and they
-0.79 and they've
-1.24 and thought
0.65 and two
0.91 and wanted
3.1 and with
-0.79 and withdraw
-1.15 and would
-0.79 and you
-0.79 animal
1.16 annual
-1.16 another
-0.53 another company
-1.24 another offer
-0.79 another opening
-1.24 another organisation
0.65 another position
-0.79 another role
-1.04 answer
-1.55 answer about
0.57 answer any
-1.04 answer anything
-2.21 answer by
-0.79 answer from
-0.79 answer fully
1.16 answer on
2.01 answered every
-1.04 any chance
-0.79 any comments
-1.98 any feedback
0.88 any further
-0.79 any more
-1.41 any other
-1.04 any pointers
-0.79 any suitable
-1.04 any time
-1.46 any update
2.34 anyone
3.87 anyone else
1.67 anyone to
3.36 anyone who
-0.79 anything from
1.16 anything more
1.67 anything to
2.26 apart
1.16 apologies
-1.04 app and
-1.04 appeals
-1.04 appeals to
0.54 applicant
0.89 applicants
-1.04 application and
-1.24 application was
-1.79 applications
-0.88 applied
-2.77 apply
-2.34 apply again
-0.79 apply for
0.71 applying
1.16 applying for
-0.79 appointed
-1.67 appointment
-1.55 appreciate hearing
-1.04 appreciate it
-0.79 appreciate knowing
0.57 appreciate you
1.16 appreciated learning
-0.83 appreciated the
0.72 appreciated your
-0.69 approach
0.65 approach the
2.63 approaches
3.1 approaches this
0.65 approvals
-1.3 april
-0.79 april for
1.67 arbitration
-0.79 are a
-1.55 are able
-0.79 are doing
2.01 are exactly
0.57 are keeping
3.1 are meeting
0.65 are not
3.1 are on
3.1 are required
-1.16 are well
-1.04 area
-0.79 areas
0.65 arise
0.82 around
-1.24 around <n>
3.36 around me
0.79 around the
-1.04 arrange
-1.24 arrangements
-1.79 arrived
3.1 arrogant
1.67 art
-1.04 article
-1.04 article on
-1.04 artist
-0.79 arts
0.62 as
1.16 as an
0.74 as i
-1.41 as i'd
1.64 as i'm
1.16 as i've
0.65 as references
2.01 as someone
-1.04 as that
1.59 as the
1.33 as well
0.81 as you
-1.04 ashby
1.75 ask for
0.57 ask if
-0.79 ask you
-0.52 asked
-1.04 asked about
-1.3 asked for
1.16 asked me
-0.79 asked them
0.82 asked to
-1.24 asked whether
0.61 asking
-0.79 asking you
-1.24 assessors
3.1 asset
-1.29 assistant
-1.67 assistant post
-1.55 assistant role
0.61 associate
0.65 associate position
1.02 assume
1.5 assume the
-1.04 assurance
1.16 at a
1.16 at al
-1.04 at another
-0.79 at any
2.46 at brightwater
-0.79 at calder
1.67 at corvane
0.65 at greyfield
1.16 at harlow
-0.79 at hillcrest
-1.24 at home
-1.04 at interview
-0.79 at lunch
-0.79 at meridian
-0.79 at millbrook
0.53 at my
0.65 at nordhavn
-0.79 at our
0.65 at saigon
-1.79 at some
0.79 at st
0.96 at this
1.67 at two
0.65 atr <n>
-2.88 attached
-1.04 attached a
-0.79 attached my
-1.89 attached the
-0.79 attached two
0.82 attended the
0.57 attention
0.65 audit and
3.1 audits
-1.3 august
-0.79 august and
1.5 authority
-1.41 automated
-0.79 automation
-1.04 autumn
-0.79 autumn season
-0.79 awaiting
1.36 award
2.01 award for
2.11 awards
1.5 aware
3.1 away feeling
0.82 away from
2.63 awkward
-1.04 b
-0.79 b <n>
0.54 back
3.56 back and
-1.24 back for
0.57 back from
-0.79 back i
0.59 back to
1.67 back with
0.71 backend
2.01 backend engineer
0.52 background
-1.24 background in
1.16 bakery
0.96 band
0.86 bank
-0.79 bank and
0.65 barely
-0.79 based
-0.79 basis
0.65 batch
1.67 batch at
-0.79 batches
-1.67 be able
-0.79 be among
0.57 be at
1.67 be available
1.67 be candid
-0.84 be considered
-1.55 be contacted
-1.24 be doing
1.16 be easy
3.1 be fine
-0.53 be glad
-2.25 be grateful
-0.65 be happy
-0.79 be helpful
0.74 be honest
-1.67 be in
0.57 be joining
0.65 be keen
-1.04 be kept
0.65 be more
0.65 be most
1.16 be moving
-0.79 be open
-1.04 be possible
-0.79 be proud
0.65 be so
3.36 be surprised
1.67 be the
0.65 be thinking
1.16 be this
1.16 be thrilled
0.82 be too
0.65 be upfront
-2.45 be useful
-0.59 be very
-1.24 be willing
-1.04 be working
-1.24 be worth
-0.79 bear
0.89 because
0.88 because i
3.1 because it
-1.04 because of
-0.79 because you
1.16 because your
1.47 been a
-0.58 been about
1.16 been asked
3.56 been doing
-0.79 been filled
1.67 been hard
2.01 been in
3.1 been invited
-0.79 been reading
-2.14 been thinking
-0.79 been working
-0.73 before
-0.9 before i
-1.04 before my
-0.79 before that
-0.66 before the
-2.28 before then
-1.24 before we
-1.41 beforehand
-0.79 beginning
2.63 behind
3.1 behind the
-1.24 being open
0.67 believe
1.67 believe i
0.65 believe in
-1.24 believe my
0.65 belo
0.65 belo horizonte
0.96 below
-0.79 below in
2.01 below what
3.56 best candidate
2.01 best in
-0.79 best part
-0.79 best regards
-1.04 better example
-0.79 better for
0.91 better than
0.84 between
0.96 between the
-0.79 between three
0.65 beyond
1.53 big
2.01 bigger
2.26 biggest
0.65 billing
3.36 blow
3.36 blow my
1.38 board
3.56 boast
3.36 boast but
3.1 bonus
2.01 book
-1.55 booking
-1.04 booking system
-1.04 bookkeeper
2.01 border
3.72 boss
3.36 boss at
1.11 both
3.1 both felt
3.56 both know
3.36 both of
-1.04 bother
0.65 box
1.16 branch
-0.79 brand
1.67 brandt
-0.79 breakfast
-0.79 brennan
-1.24 brewer
-0.79 brewer role
0.65 brewery
1.03 brief
-1.24 briefly
1.67 brigade
2.46 brightwater
1.84 bring
3.1 bring a
1.02 bring that
2.49 bring the
1.67 brisbane
-1.24 bristol
3.1 british
-0.79 broadband
-1.55 brought
0.79 budget
-0.79 budgeting
-0.58 build
0.99 built
0.65 built the
-1.04 business analyst
0.65 but i'll
0.85 but i'm
0.65 but i've
-1.67 but it
1.67 but my
-0.79 but please
1.59 but the
3.36 but your
-0.79 buyer
-1.24 buyers
-1.11 by <n>
-1.41 by a
-1.67 by friday
-1.24 by monday
-0.79 by moving
2.01 by my
3.72 by name
-1.04 by now
-1.04 by phone
-1.04 by roughly
-1.67 by thursday
1.67 by two
1.67 cabinet
-1.04 calder
3.72 calibre
-0.8 call
0.82 call me
-1.55 call on
-0.79 call rota
-1.04 call the
1.16 called
3.56 called me
1.3 calling
1.41 calling me
1.53 calls
0.82 calm
0.65 came as
0.65 came down
-0.79 came from
-1.04 came through
1.67 campaign i
-0.79 campus
0.61 can
1.67 can also
-1.24 can be
1.16 can do
-0.79 can get
-0.79 can help
0.82 can plan
-0.79 can prepare
3.1 can promise
2.26 can say
-0.58 can send
-0.79 can share
1.16 can speak
1.67 can stop
1.67 can talk
0.51 can't
0.96 candid
1.74 candidate
3.72 candidate for
3.1 candidate you've
0.56 candidates
3.36 candidates you
-1.04 candidature
0.57 cannot
1.5 capable
-0.79 captain
0.65 card
-0.79 cardiology
-1.04 care you
-1.41 careers
-0.79 careers page
-0.79 careers portal
0.65 carefully
-0.79 carrier
-0.54 case
-1.24 case it
-2.4 case it's
1.16 case that
-0.79 case they
0.82 caught
-1.41 cent
1.33 certain
0.65 certainly
-1.98 certificate
-0.79 certificate is
0.91 certification
1.16 chair
-1.55 challenge
0.82 challenges
-1.04 chance of
-1.98 change
-2.21 changed
0.57 changes
-0.79 charge
-1.04 chasing
0.88 chat
3.1 chatting
0.65 check whether
-0.79 checked
0.85 checking
0.93 checking in
-0.79 checklist
-1.04 chef position
0.82 chief
-1.04 children's
-1.04 choice so
2.46 choose
1.67 choosing
1.67 chose
1.16 chosen
1.16 churn
-1.04 claims
2.11 class
1.67 cleaner
-1.04 cleaning
1.67 clear as
-1.04 clear picture
-0.79 cleared
-0.79 clearer
0.55 clearly
3.1 clearly the
2.68 client
3.1 client and
3.36 client list
-0.79 client's
1.92 clients
-1.41 clinic
-0.79 clinic last
-0.79 clinical research
-0.79 clinics and
-0.79 clock
-0.65 close
0.65 close and
-0.69 close to
1.5 closed
1.67 closed the
2.46 cloud
-0.79 co op
0.91 coastal
0.65 code
0.71 coffee
-0.58 cold
-1.04 cold chain
-0.79 collaborative
-0.79 collaborative way
1.16 colleague
0.99 colleagues
-0.79 collections
1.5 columba's
1.67 columba's i
0.92 come
1.67 come across
2.26 come back
0.71 come in
1.67 come out
1.5 come through
-0.79 come to
-0.55 comes up
0.57 comfortable
0.82 comfortable with
0.61 coming
1.67 coming from
-0.79 comment
-1.41 comments
-1.24 comments on
0.82 commercial
0.65 commissioning
-0.79 commitments
-0.79 committee for
-0.79 communicated
-0.79 communicated to
-0.79 communications
1.67 community outreach
-1.41 commute
-1.04 commute would
2.16 companies
0.59 company
-0.69 company and
-1.24 company has
1.5 company i
-0.79 company with
1.16 company's
3.1 company's history
-0.79 competition
-1.24 completed the
0.65 completely
-1.04 completely understand
1.67 complex
-0.58 compliance
-1.24 concrete
2.01 confidence
1.67 confidence that
1.77 confident
1.16 confident i
3.56 confident that
-1.46 confirm
-1.04 confirm by
-0.79 confirm that
-0.69 confirmed
-0.79 confirmed how
-0.79 confirmed that
-0.79 confirming
-2.14 congratulations
-1.89 congratulations to
-1.04 connection
-0.79 connection dropped
-0.79 conservation officer
-1.04 conservator
-1.04 consideration
-0.9 considered
-0.79 considered again
-0.72 considered for
-0.79 considered in
-1.04 construction
-1.67 consultation
3.1 consulting
-0.69 contact
0.65 contact me
-1.67 contacted
0.65 context
-1.24 continue to
-1.04 continued
0.65 continuity
0.65 contracts
-0.88 contribute
-0.69 contribute to
-1.41 controller
-1.24 controller role
-1.04 convenience
-1.24 convenient
-0.79 convenient could
-0.52 conversation about
-1.24 conversation made
0.82 conversation this
-1.24 conversation with
-0.58 conversations
-0.79 conversations with
0.54 convinced
3.1 convinced than
-0.79 convinced that
-0.79 cooperative
0.65 coordinating
-0.58 coordinator
-1.89 coordinator position
0.82 coordinator post
2.26 copies
1.67 copies of
-0.79 copy of
0.65 copywriter role
1.67 corporate
-1.24 correct
-0.79 correction
-0.79 corrib
1.67 corvane
-0.79 corvid
-1.04 cost
1.67 costs
-1.04 could do
1.67 could finally
-1.04 could help
-0.79 could i
-1.04 could not
-1.41 could start
1.16 could tell
-0.99 could you
1.5 couldn't
0.65 couldn't help
-1.04 counting
2.26 country
1.16 county
0.54 couple
0.54 couple of
-0.79 course but
-1.24 course in
-0.79 courtesy of
-1.55 cover
-1.04 covers
1.75 creative
0.82 credit risk
-0.56 crew
0.65 crew for
0.65 crew on
-1.79 cross again
3.1 cross border
-0.79 cross paths
1.67 crossed
-0.79 culture
0.65 curiosity
1.5 current company
1.16 current employer
-1.24 current job
-1.04 current post
-1.04 current role
-0.54 customer
-1.24 customer service
-1.04 customs compliance
-0.67 cut
-0.79 cv
-0.79 cv and
0.65 cv i
-1.04 cv on
-1.67 cycle
1.67 dana
-0.79 darwin
-0.79 data engineer
-0.79 data you
-0.65 date
-0.79 date you
-1.24 dates
1.16 daughters
0.53 day
2.01 day but
-0.79 day for
3.56 day one
1.67 day to
-1.04 day was
-0.79 day's
-0.79 days ago
0.82 days and
2.01 days which
-0.79 de
-1.41 deadline
-0.79 deadline of
0.71 deal
-0.79 deal about
2.01 deal and
1.16 deal from
3.1 deal in
-1.46 dear
-0.58 dear mr
-1.24 dear ms
3.72 decade
-1.24 december
1.67 decent
-1.04 deciding
-1.04 decision about
-0.79 decision before
-1.04 decision has
0.82 decision is
-1.24 decision on
0.65 decision to
-1.24 decision was
-1.04 decision within
1.16 degree
0.57 delay
0.57 delivered
-0.79 delivery
-1.04 department and
-1.04 department's
0.65 depot in
1.5 depth
3.1 depth of
-1.41 deputy
-0.79 deputy stage
-0.79 describe
1.67 described in
-1.24 described is
3.56 described me
-0.79 described to
0.61 description
0.91 description of
1.67 deserves
-1.04 design engineer
-1.41 design team
-1.3 desk
-1.24 detailed
1.16 details
2.01 details for
0.71 developer
0.65 dhabi
2.01 did at
-0.79 did notice
0.65 didn't get
-1.04 didn't want
1.16 didn't work
-0.79 difficult to
1.75 dinner
3.1 dinner last
-0.79 diolch
1.88 director
1.16 director of
0.65 director role
-0.67 disappointed
1.67 disappointed as
-1.79 disappointed i
-0.88 disappointed of
-1.04 discharge
-0.79 discuss
-1.11 discuss the
1.67 discussed which
-1.04 discussing
-1.04 discussing the
0.99 discussion about
-0.79 discussion of
0.82 dissertation
-1.55 distribution
1.67 distributor
0.7 do
-0.79 do and
0.82 do hope
1.67 do in
0.96 do keep
3.1 do let
-0.79 do next
0.89 do not
-1.04 do still
2.01 do with
1.67 do you
1.67 dock
1.67 dockside
1.67 documents are
1.67 does not
-1.04 doing and
-0.96 doing well
-0.79 doing with
1.67 don't come
-1.67 don't feel
-1.41 don't hear
-0.79 don't hold
1.24 done
0.65 done at
3.1 done it
3.1 done this
3.0 doubt
0.65 down
3.1 down for
2.01 down from
0.79 down to
2.01 down two
0.65 dr
0.65 drawn
-0.79 drivers
1.16 driving
-1.41 drop
-1.79 dropped
-0.79 drove
-0.79 dry
0.65 durban
-1.71 during
-1.3 during the
0.65 duty
-0.79 e
-0.94 each
-0.79 each month
-1.41 each of
-1.04 each stage
0.91 eager
0.91 eager to
-1.89 earlier
-0.79 earlier in
-1.24 earliest
-1.5 early
1.16 earn
0.82 easiest
-0.79 east
1.16 easy
1.16 editor
0.65 editorial
1.16 education
1.67 education and
-1.79 effort
-0.79 effort with
0.65 eight
3.1 eight months
-2.6 either
-2.4 either way
1.16 electrical
0.65 electrical apprenticeship
-0.79 electrician
1.16 eleven
3.36 eleven years
0.92 else
3.1 else can
1.16 else from
1.16 else i
2.26 else in
1.16 else that
-0.79 else would
0.54 else you
-1.51 email
-0.61 email and
-1.67 emails
3.1 embarrassing
0.65 employee
-0.79 employees
-0.54 end
-0.97 end of
1.67 end up
-0.79 ended
-1.24 ends on
1.67 ends up
1.75 energy
-1.04 engagement
0.65 engineer post
-0.51 engineer role
2.26 engineer who
1.75 engineers
-1.41 english
-1.04 enjoy helping
-0.6 enjoyed
-0.79 enjoyed every
-0.79 enjoyed learning
-1.01 enjoyed meeting
-0.51 enjoyed our
1.16 enjoyed seeing
-1.24 enjoyed working
0.82 enough
-0.79 enrolment
-1.04 environmental
-1.04 error
-0.67 especially
-1.24 especially after
-0.79 especially in
-0.79 especially on
-1.98 especially the
1.16 esteemed
2.01 esteemed organisation
1.67 european
-1.04 evaluation
-1.41 even a
-0.58 even keener
-1.16 even more
1.5 even the
2.01 even though
1.67 even without
-2.14 evening
-0.79 evening whether
0.61 events
1.39 ever
3.1 ever had
-0.79 ever have
3.1 ever made
3.1 ever since
2.01 ever that
0.67 every
0.57 every day
-0.79 every evening
-0.79 every question
-1.04 every saturday
1.75 every week
1.24 everyone
1.67 everyone else
1.16 everyone in
-0.58 everything
-1.04 ewm
0.81 exactly the
-1.55 exactly what
-0.79 exactly where
-1.79 exam
-1.24 exam last
-1.67 example
-0.79 example is
-1.04 excellent
-0.79 excited to
-0.99 exercise
-1.24 exercise was
-0.79 existing
0.89 expansion
-1.24 expected to
-0.79 expecting
0.55 experience
1.67 experience and
1.67 experience i
-1.04 experience in
0.82 experience is
-1.04 experience of
-1.41 experience to
-1.04 experience with
2.01 experienced
3.1 experienced person
-0.79 expires
-0.79 expires on
-0.58 explained
0.65 explaining how
-1.04 explaining that
0.54 explanation of
2.01 export
1.67 exposure
-0.79 express
-0.79 express my
0.65 extra
-1.41 eye
-1.41 eye on
1.75 face
3.36 face when
3.1 faces
-1.04 facility
1.5 facing
0.65 fact
3.1 fail
-1.04 failure
0.65 failures
-0.51 fair
-0.79 fair and
0.65 fair bit
2.77 fairly
0.65 fairly quickly
-0.79 fairness
-0.79 falls
0.99 familiar
0.57 families
-1.5 family
-0.79 family and
1.5 far
3.1 far ahead
1.67 far more
0.65 farm
-0.79 farms
1.67 fascinating
2.26 fast
1.16 faster
-0.79 father
-1.04 fault
1.67 favourite
1.67 features
-2.28 february
-1.04 february and
3.1 fee
-1.06 feedback
-0.79 feedback about
-0.79 feel i
-0.79 feel like
0.54 feel the
1.53 feeling
3.1 feeling that
2.46 feelings
-1.04 feels
3.1 feet
-1.55 fell
-1.41 fell short
1.67 felt
3.72 felt it
-0.79 fermenters
0.74 few
-1.55 few days
-1.55 few minutes
2.01 few people
0.71 few weeks
1.16 fifteen
3.1 fifteen years
-1.24 figure
0.54 figures
-1.24 filled
1.16 filling
-1.31 final
-0.79 final decision
-0.88 final interview
-1.04 final stage
0.57 finally
1.67 finally get
0.56 finance
1.67 finance director
0.82 finance team
0.57 finch
1.84 find
2.63 find a
3.87 find anyone
1.67 find out
1.16 find that
3.1 find yourselves
0.99 fine
3.36 finest
0.57 finish
-1.04 finished the
2.01 finishing
-1.04 firm and
-1.04 firm in
0.65 firm's
3.1 firms
3.36 firms told
-1.04 first aid
-1.18 first choice
3.1 first class
2.77 first day
-1.04 first interview
1.5 first ninety
1.16 first of
-0.79 first season
1.16 first thing
-0.79 first time
3.56 first week
0.91 first year
1.05 fit
1.67 fit for
-1.55 fits
-0.79 five and
-0.79 five minutes
-0.79 five weeks
0.96 five years
2.46 fix
1.67 fixed
3.1 flaw
3.1 flaw is
0.65 fleet coordinator
-1.04 fleet planning
1.16 flexible
-0.79 flood response
0.65 flood risk
-1.0 follow
-1.34 follow up
-1.02 following
-1.41 following my
-0.79 following our
-0.89 following up
-1.79 food
-1.04 food bank
-0.79 foods i
-1.04 football
-0.79 for <n>
-0.79 for about
-1.24 for another
-2.65 for any
-1.67 for anything
-0.79 for around
-0.56 for being
0.65 for but
0.71 for calling
0.65 for freelance
1.67 for friday's
-0.51 for future
1.67 for giving
-0.79 for how
-0.67 for informing
0.7 for interviewing
1.16 for introducing
0.65 for it
1.16 for last
-0.72 for letting
2.46 for long
1.67 for lunch
0.74 for me
-0.79 for new
-1.04 for nothing
-1.24 for on
0.65 for one
-0.79 for organising
-1.04 for passing
-1.04 for running
-1.24 for similar
3.36 for someone
-1.55 for speaking
-1.24 for such
-1.41 for telling
-0.79 for that
0.65 for their
1.44 for this
1.67 for tuesday
0.82 for tuesday's
1.95 for two
1.16 for walking
-1.24 for which
0.65 for yesterday
1.16 for you
-0.64 for your
0.71 forecasting
1.5 forgive
3.1 forgive the
2.01 forgot
2.01 forgot to
-1.24 forgotten
-1.41 forklift
1.67 formality
1.16 former
-0.79 fortnightly
0.78 forty
0.53 forward to
-0.79 forwarder
-1.24 found
-1.79 found the
-0.79 found your
0.65 foundation
-0.67 four
-1.04 four rounds
-0.79 four stages
0.91 fourth
-0.79 frame
1.16 frank
2.38 frankly
2.46 frankly i
0.61 free
0.65 free for
1.16 free to
1.67 frees
-1.79 friday <n>
-0.58 friday and
0.65 friday i
-1.04 friday so
-1.41 friday the
1.67 friday's
-0.79 from <n>
-1.04 from about
-1.04 from an
-2.92 from another
3.36 from day
-0.79 from nine
-1.04 from our
1.75 from scratch
1.67 from speaking
0.65 from two
1.41 from what
0.65 from where
0.82 from your
-0.96 front
-0.79 front desk
-1.55 front of
-1.04 froze
0.57 full picture
-2.34 fully
-0.79 fully respect
1.67 function
0.65 fundraising officer
-1.24 funeral
-1.04 funeral arranger
1.67 further details
1.16 further documents
0.65 further questions
0.82 further you
-0.79 future
-1.04 future i
-1.55 future openings
0.79 future roles
-0.79 galway
1.67 gaps
0.65 garden
0.65 gardens
1.16 gather
1.67 gather is
0.82 gave a
-0.82 gave me
-0.79 gave of
-0.79 geelong
0.71 gently
1.5 gently point
-0.79 genuinely useful
-1.04 get back
-0.79 get in
2.11 get the
2.01 gets
1.16 getting
2.01 getting a
3.1 gifted
3.1 gifted student
1.5 give my
0.91 give you
1.16 given a
-0.79 given how
2.46 given that
-0.79 given your
0.82 giving
-0.69 glad
-0.63 glad to
0.57 go
1.16 go and
1.67 go back
-0.79 go over
0.54 go through
-1.24 goes well
-0.7 going
0.65 going smoothly
-1.04 going through
-1.67 going well
-0.73 gone
-1.41 gone to
-0.79 good afternoon
-0.79 good summer
0.51 good to
-0.79 good way
0.65 gothenburg
0.65 government
2.01 gracious
1.67 gracious about
0.65 grade
0.65 graduate structural
-0.79 graduate visa
-1.79 grants
-0.79 grants coordinator
-1.04 grants officer
-1.38 grateful
-1.38 grateful for
-1.08 grateful to
0.57 great to
0.79 greetings
0.65 greetings and
0.91 greetings of
2.26 grew
0.65 greyfield
1.78 ground
1.67 ground running
0.65 grounding
0.65 grounding in
-0.79 group and
1.67 group discussion
-1.24 group exercise
-0.79 group's
0.71 grow
0.65 growing
0.65 grown
1.16 growth
-1.24 guessing
0.82 guidance
-1.24 guide
1.16 had an
1.67 had attended
-1.67 had been
-0.79 had clearly
-1.04 had gone
-1.24 had hoped
-1.04 had in
1.67 had no
-0.79 had not
-0.79 had really
0.89 had to
0.65 haiphong
0.65 halcyon
1.16 halden
0.82 hale
1.62 half
0.65 half hour
2.89 half the
1.03 hand
1.16 handed
1.16 handed in
3.1 handedly
0.65 handing
0.65 handle a
-0.79 handle the
-0.79 handler
-0.79 handles
1.16 handling
-0.79 handover
1.5 happen
1.67 happen to
3.36 happened
1.16 happens
-0.79 happily
1.16 harcourt
0.66 hard
2.46 hard feelings
-1.04 hard not
0.61 hard to
1.5 harder
1.67 hardest
1.5 harlow
1.67 harm
1.67 harm done
-1.04 harvest
0.66 has
-1.04 has a
3.1 has actually
3.56 has already
1.16 has asked
-1.04 has changed
3.1 has described
1.16 has got
1.67 has had
1.75 has just
3.36 has never
-1.04 has now
-1.04 has offered
-1.04 has said
-1.41 has stayed
3.36 has taken
3.1 has told
3.36 has worked
0.57 hasn't
-0.79 hasn't changed
0.78 hate
1.41 hate to
-1.04 haulage
1.67 have already
1.16 have also
-1.24 have an
-1.89 have asked
-1.55 have attached
1.67 have built
3.36 have called
1.5 have chosen
1.5 have come
1.16 have done
-1.04 have enjoyed
0.57 have had
0.65 have handled
1.16 have heard
0.82 have made
3.1 have never
-1.41 have not
3.1 have noticed
-1.41 have now
3.1 have observed
1.16 have read
-2.06 have received
0.65 have run
-0.79 have said
-0.79 have saved
0.51 have the
1.78 have thought
-0.88 have to
0.65 have turned
-1.24 have until
-0.79 have used
-0.79 have wanted
0.57 have worked
-1.11 haven't
-0.79 haven't accepted
-1.24 haven't heard
1.06 having
1.67 having come
0.54 having me
2.26 he
3.1 he has
1.67 he would
0.92 head of
3.1 headhunted
-0.79 health first
-0.79 heaps
-0.79 heaps for
-0.79 hear back
-0.79 hear by
0.65 hear good
-1.55 hear it
0.65 hear that
-0.56 heard
-0.79 heard about
-1.41 heard anything
-0.79 heard by
-0.79 hearing your
-0.79 heart
1.67 hectic
-1.42 help
-0.79 help from
-0.79 help i'm
-2.28 help me
0.65 help noticing
-1.24 help to
-0.88 help with
-1.24 help your
-1.79 helped
-1.04 helped me
-2.69 helpful
-1.24 helpful for
-0.69 helping
-1.04 helping with
0.52 helps
-0.79 hence
1.16 her
0.65 here is
0.65 heritage railway
0.65 hesitate
0.65 hesitate to
0.57 high
1.75 higher
3.1 highest
-0.79 highlight of
-1.04 hillcrest
0.65 him
1.46 hire
3.1 hire someone
3.1 hire you
-0.88 hiring
-0.79 his phone
0.54 history
0.82 hit
1.67 hit the
-1.24 hold a
0.65 hold the
-1.04 hold up
-0.79 holding things
1.67 hollins
-1.37 home
-0.79 home and
-0.79 home so
0.62 honest
0.65 honest answer
2.01 honest i
3.1 honest the
-1.24 honest with
0.68 honestly
1.5 honestly i
-0.79 honestly that
0.71 honesty
-0.79 hope all
0.65 hope it
-1.67 hope our
-0.79 hope things
0.52 hope to
-0.69 hope you
-1.04 hope you'll
-0.76 hope you're
-1.04 hope your
-0.9 hoped
-0.96 hoped to
-2.5 hoping
-1.24 hoping for
-1.79 hoping to
0.65 horizonte
-1.24 hospice
1.67 hospitality
0.68 hotel
-0.51 hour
-1.18 housing
0.65 how i'd
1.75 how many
-1.11 how much
-0.79 how open
0.65 how openly
1.5 how quickly
-1.41 how things
1.16 how this
-1.04 how we
-0.58 how you
-1.98 how your
-0.69 hr
1.16 humbly
0.91 hundred
-1.04 hurry
-1.55 i accept
0.65 i already
-0.51 i also
-1.89 i applied
0.5 i appreciate
-0.79 i are
-1.04 i arrived
1.16 i assume
-1.24 i attended
0.82 i built
-0.79 i cannot
-0.79 i cleared
-1.24 i completed
-1.24 i completely
-1.04 i continue
1.5 i couldn't
1.67 i described
0.74 i do
3.0 i doubt
1.67 i end
0.82 i enjoy
-0.83 i enjoyed
-1.04 i explained
1.16 i feel
1.75 i felt
1.67 i finished
2.01 i forgot
-1.04 i found
-0.79 i froze
-1.04 i fully
1.16 i gather
1.5 i genuinely
1.67 i grew
0.65 i handle
-0.88 i haven't
-0.79 i heard
1.41 i hold
1.67 i honestly
-0.55 i hope
2.26 i imagine
-2.85 i interviewed
3.1 i join
-0.67 i just
0.82 i keep
-1.04 i learn
-0.99 i learned
-0.79 i learnt
1.67 i leave
0.88 i left
1.16 i liked
0.68 i loved
-1.04 i managed
0.89 i may
1.67 i more
-0.79 i most
-0.79 i moved
0.85 i must
-0.73 i need
0.82 i now
0.99 i only
3.1 i outshone
-0.79 i particularly
-1.41 i passed
-0.79 i plan
-1.41 i prepared
1.16 i promise
-1.24 i realise
0.65 i rebuilt
-0.79 i received
1.75 i reckon
-0.79 i request
0.82 i respect
-0.79 i rushed
-1.55 i saw
1.16 i see
-0.79 i spent
-0.67 i still
-0.79 i stopped
1.59 i suppose
2.26 i suspect
3.36 i tend
1.72 i think
-0.9 i thought
0.65 i told
1.67 i truly
0.51 i trust
-0.7 i understand
-1.04 i very
1.16 i walked
-0.94 i want
0.64 i was
-1.41 i wasn't
-0.71 i will
-0.69 i wish
-1.41 i'd appreciate
3.72 i'd bring
1.41 i'd expect
1.67 i'd gently
-1.55 i'd just
1.16 i'd most
-1.55 i'd much
-1.04 i'd need
-0.79 i'd value
-1.89 i'd welcome
-0.79 i'd work
0.61 i'll
0.82 i'll assume
0.7 i'll be
3.56 i'll bring
-1.04 i'll give
-1.04 i'll keep
3.1 i'll land
2.26 i'll leave
1.67 i'll share
0.65 i'll try
1.16 i'll withdraw
1.41 i'm afraid
3.1 i'm aware
0.72 i'm checking
1.59 i'm confident
-0.84 i'm disappointed
1.16 i'm doing
-1.04 i'm even
2.01 i'm excited
3.1 i'm fairly
1.67 i'm flexible
1.5 i'm free
0.82 i'm genuinely
-1.41 i'm glad
-1.41 i'm going
-1.89 i'm grateful
-1.04 i'm guessing
-0.75 i'm happy
-0.79 i'm hoping
2.26 i'm in
2.01 i'm just
-1.41 i'm looking
-0.79 i'm moving
2.01 i'm on
2.01 i'm rather
0.96 i'm really
-0.79 i'm renewing
-0.73 i'm sorry
-0.71 i'm still
0.95 i'm sure
4.71 i'm the
3.72 i'm told
1.67 i'm up
1.16 i'm used
-1.16 i'm writing
1.61 i've already
-2.34 i've attached
1.16 i've done
-0.79 i've finished
1.62 i've had
2.01 i've kept
0.65 i've let
1.67 i've managed
-0.79 i've now
-1.04 i've put
-0.96 i've received
-1.04 i've since
-1.41 i've spent
1.41 i've started
3.1 i've worked
2.26 ideal
2.26 ideal candidate
-1.41 ideally
-0.79 ideas
-2.85 if a
1.16 if any
3.1 if anyone
-1.3 if anything
-0.95 if it
-1.24 if it's
1.67 if my
1.16 if something
-0.73 if that
-1.04 if that's
-0.79 if the
-0.61 if there
1.02 if there's
0.82 if this
-0.79 if useful
-0.79 if you're
-1.55 if your
1.78 imagine
1.75 imagine the
3.1 immodest
3.1 immodest but
2.26 impressive
1.67 impressive and
-1.55 improve
1.16 in <n>
0.65 in abu
1.67 in an
1.16 in and
1.5 in any
-1.11 in case
-1.04 in each
-1.24 in early
3.1 in eleven
-0.79 in fairness
-1.04 in five
-1.04 in front
1.16 in good
2.01 in house
-1.24 in it
-0.79 in january
-0.62 in joining
-1.41 in march
0.65 in may
-1.04 in more
0.65 in my
0.63 in on
-0.79 in particular
0.89 in this
1.67 in time
2.63 in twenty
1.67 in under
-1.24 in well
-1.41 in working
-1.04 in writing
0.81 in your
0.71 inbox
1.67 including
2.01 including a
2.01 including the
1.67 indeed
-0.79 indefinitely
-1.04 indication
-0.79 indication of
3.0 industry
-1.24 inform
-0.79 inform you
-0.96 information
1.67 infrastructure
-1.04 inspection
0.57 instead
1.16 instructor
-0.79 insurance
0.65 intend
0.65 intend to
-1.79 interest
-1.55 interest in
-1.41 interest of
-0.81 interested in
0.96 interested to
0.72 interesting
-0.79 internship
-1.04 interview at
3.36 interview can
-0.79 interview from
-0.79 interview i
-1.04 interview it
-1.55 interview me
1.36 interview of
-1.41 interview so
0.71 interview that
-1.24 interview this
-1.55 interview was
-1.04 interview with
0.68 interview yesterday
-0.99 interviewed for
0.65 interviewed on
-1.24 interviewed with
-1.24 interviewer
0.65 interviewing
0.7 interviewing me
0.57 interviews and
-0.59 into
-0.79 into account
0.82 introducing
1.16 introducing me
-1.04 inventory
2.01 invited
-0.79 involved
-1.04 is all
-0.79 is already
-0.79 is an
-1.11 is any
0.57 is anything
-1.04 is back
0.82 is closer
-1.04 is doing
-1.04 is exactly
0.65 is fair
-0.61 is going
-0.79 is happy
-0.79 is just
-0.79 is meant
-1.79 is my
-0.53 is not
-0.79 is on
-0.79 is one
-1.04 is possible
3.36 is probably
0.65 is regarding
0.54 is something
-0.79 is still
1.4 is that
-2.21 is there
1.16 is treating
-0.79 is up
-1.24 is valid
0.91 is very
0.65 is what
0.65 island
2.01 isn't often
-1.04 isn't the
-1.24 it a
0.57 it as
0.57 it at
-0.79 it be
0.65 it because
-1.04 it but
-0.79 it by
0.57 it came
-0.79 it confirmed
1.67 it could
1.5 it didn't
-0.79 it does
0.65 it felt
1.67 it first
-1.24 it had
-1.04 it helps
-1.04 it if
-0.58 it in
-0.79 it into
0.72 it isn't
-1.79 it made
-1.67 it might
-1.67 it only
0.65 it over
1.5 it seems
-0.79 it since
-1.24 it sounds
1.67 it the
1.16 it to
-1.04 it took
-1.24 it wasn't
1.5 it went
2.26 it will
0.65 it works
-1.49 it would
0.99 it's a
0.68 it's been
-0.79 it's hard
-0.79 it's just
1.16 it's rare
-1.04 it's something
-2.06 it's useful
0.71 it's worth
-0.79 item
-1.04 its own
0.82 jo
-0.67 job
-0.79 job at
0.57 job description
-0.79 job i
-1.04 job is
-1.04 join a
0.54 join you
-0.79 joined
-0.51 joining
-0.84 joining the
-0.79 joining your
-0.79 joins
1.67 joke
1.16 juggling
-0.88 july
0.65 july for
-1.37 june
-0.79 june about
-0.79 june and
-0.79 junior accountant
-0.79 junior copywriter
0.65 junior data
-0.58 just a
2.46 just been
1.67 just checking
-1.24 just let
0.65 just need
-1.04 just rather
-0.79 just sending
0.57 just so
-0.79 kaveri
-1.41 keen and
-0.61 keen on
-0.79 keen the
-0.96 keener
-1.24 keener on
0.65 keener than
-0.79 keener to
-0.79 keep a
-1.41 keep an
-1.04 keep following
1.16 keep it
-0.79 keep that
-0.79 keep the
1.67 keep up
-1.04 kept in
0.82 kestrel
-1.24 kind email
-0.79 kind note
-0.79 kindly agreed
-0.79 kindly keep
1.41 kindly let
1.5 kindly note
-0.79 kindness
-0.79 kisumu
-0.54 know about
-0.76 know and
-1.24 know by
-0.79 know either
1.33 know i
-1.04 know i'm
-1.41 know i've
0.66 know if
1.16 know it
0.79 know my
1.5 know one
-0.95 know that
-0.55 know the
-1.04 know this
0.99 know what
-1.67 know whether
1.16 know which
2.01 know you
-1.41 know your
-0.79 knowing where
1.61 known
1.16 knows
-1.04 labs
1.16 lack
1.16 lack of
1.67 lagos
2.46 land
3.36 land on
0.57 landlord
1.67 landlord i'll
1.5 lane
-0.79 lang
-0.79 language
0.82 large
3.36 larger
-1.24 last <n>
1.67 last five
-1.04 last friday
0.96 last month
-0.79 last six
1.16 last spring
-1.24 last thursday
-0.79 last tuesday
-0.88 late
-0.79 later in
1.3 launch
1.67 launched
0.76 lead
0.72 lead role
1.16 lead the
0.65 leader position
-0.79 leader role
1.5 leadership
-0.79 leading
-1.04 leads
-0.69 learn
2.01 learn a
-0.88 learn about
-1.24 learn more
-0.79 learn the
-1.34 learned
-0.9 learned a
-0.58 learning
-0.79 learning how
-1.04 learnt
-1.04 learnt a
-1.24 lease
-0.79 least
-1.04 least sure
1.07 leave
1.67 leave them
1.5 leave you
0.82 leaving
0.57 lecturer
0.65 lecturer in
1.07 led
1.67 leeds office
-1.41 left a
-1.24 left even
0.65 legal
1.67 legend
0.61 less
-0.79 less time
-1.04 lesson
1.16 let my
-1.5 let you
3.1 let's
3.1 let's be
-1.11 letter
-1.04 letter about
-0.74 letting
-0.74 letting me
1.88 level
-1.24 level <n>
3.56 level of
-2.55 library
-1.55 library assistant
-1.89 licence
-0.79 licensed
1.67 life and
0.65 like an
0.65 like and
1.5 like i
1.67 like it
1.95 like me
3.1 like mine
-1.04 like someone
0.65 like that
0.59 like the
0.51 liked
0.65 liked what
1.16 likely
-0.79 limited
-0.59 line
1.5 line and
-0.79 line on
-1.79 link
-0.79 linkage
1.67 lisbon
0.95 list
1.5 list and
1.16 little more
0.78 live
1.67 live up
1.16 local plan
-0.79 localisation
-1.41 log
1.67 logistics as
-0.79 logistics planner
-1.04 long way
0.57 longer
-0.79 look for
-1.04 looked
0.65 looked after
-1.41 looked at
0.62 looking
-0.79 looking at
-0.79 looking back
0.79 looking for
1.33 looking forward
-1.41 lost
-0.89 lot
-1.41 lot about
-0.58 lot of
-0.79 lot out
-1.04 lot to
-1.24 love the
0.59 loved
1.16 loved how
1.28 lovely
1.78 lovely to
-0.58 luck
1.5 lucky
0.65 lucky to
1.16 lumen
3.1 machine
1.16 made a
-1.16 made me
-0.79 made my
-1.55 mail
-0.79 mail regarding
-1.89 maintenance
-0.58 make a
1.67 make me
-0.79 make my
1.67 make your
-0.58 makes
0.65 makes me
1.47 managed
0.81 management
0.55 manager
2.01 manager at
0.65 manager has
1.16 manager job
1.26 manager position
-0.69 manager post
0.65 manager vacancy
2.01 managers
1.16 managing
1.16 manchester
1.1 many
2.46 many of
2.01 many people
-1.26 march
-1.79 march and
-0.58 march for
0.65 marina
1.03 market
0.77 marketing
0.82 marketing coordinator
0.82 marsh
1.16 marsh lane
-0.58 match
3.36 matched
-0.79 maths
1.16 matters
1.78 may have
-0.79 may i
3.1 may know
0.57 maybe
-0.54 me a
-2.55 me about
1.67 me again
0.65 me all
0.82 me and
0.91 me around
1.95 me as
-1.04 me back
0.65 me before
1.67 me but
1.61 me by
-1.04 me during
-2.06 me even
-0.79 me first
1.16 me go
0.96 me i
1.67 me i'll
3.1 me i'm
2.01 me if
2.01 me is
-0.79 me keener
3.1 me my
-1.04 me over
0.65 me personally
0.52 me round
0.86 me the
0.52 me this
0.54 me through
1.16 me to
-1.04 me understand
3.36 me up
2.01 me well
1.78 me which
-1.67 me with
-0.54 me yesterday
-1.89 mean
-1.41 mean a
0.79 means
0.65 means a
-0.69 meant
0.65 meant a
-1.04 meant to
-0.67 meantime
-0.79 mechanical
0.65 medicine
3.36 meet a
0.65 meet me
-0.53 meet the
0.57 meet you
3.1 meeting other
-0.89 meeting the
-1.24 meeting you
-1.24 meets
-0.79 mental
-0.79 mental health
0.76 mention
-1.04 mentioned in
3.36 mentioned is
-0.79 mentioned on
-0.79 mentioned so
-0.9 mentioned that
-1.04 mentioned was
-0.79 mentions
1.16 mentor
1.16 merger
-1.04 meridian
3.36 mess
-2.81 message
-1.55 message about
-1.24 message and
0.65 met the
-0.79 microbiome
-1.41 mid
-0.79 middle
1.16 midlands
1.67 might come
-1.24 might help
-0.79 might like
-0.79 millbrook
1.16 million pound
0.65 mind and
0.65 mind me
1.33 mine
-1.71 minutes
-1.24 minutes at
-0.79 minutes late
-0.79 minutes to
1.16 miss
0.79 missed
3.36 missing
0.91 mix
3.1 mix of
-0.79 mixed
-0.79 mixed up
-1.04 mock
0.65 model
0.82 modelling
-0.79 module
-0.79 modules
-1.04 moisture
0.73 moment
1.67 moment and
1.41 monday about
1.06 monday for
1.67 monday the
-0.79 monday to
0.95 month and
-0.69 month so
-1.04 month to
-0.79 monthly
0.91 months and
-1.04 more certain
2.01 more convinced
-1.04 more detail
-0.79 more for
-0.79 more i
-2.06 more interested
1.67 more or
1.16 more senior
0.57 more time
0.65 morning about
-0.79 morning to
0.65 morning's interview
-1.24 mornings
0.82 most
0.65 most excited
3.1 most experienced
3.1 most gifted
0.65 most interesting
3.1 most people
-0.79 most useful
-0.79 most want
-1.04 mostly by
-0.79 motivated
-0.79 move into
0.65 move the
0.65 move to
-1.3 moved
-0.79 moved on
-0.79 moved the
-0.66 moving
-0.79 moving the
-0.79 moving to
-0.58 mrs
-0.79 much a
-0.79 much about
-1.24 much and
-0.79 much as
-1.04 much hoping
-1.24 much i'd
-1.41 much prefer
-1.04 museum
0.51 must
1.16 must say
1.67 must withdraw
-1.37 my answer
0.91 my background
3.36 my batch
0.65 my best
3.1 my calibre
-0.79 my candidature
1.16 my choice
3.36 my colleagues
-1.41 my congratulations
-0.79 my connection
-1.24 my contract
-1.18 my cv
1.75 my details
3.1 my director
0.82 my dissertation
-1.04 my email
1.03 my experience
-1.89 my family
1.67 my favourite
3.1 my feet
-1.41 my final
0.68 my first
0.96 my former
-0.79 my graduate
0.91 my inbox
-1.89 my interest
-0.6 my interview
-0.79 my job
0.57 my landlord
-1.04 my lease
2.26 my level
0.82 my life
1.16 my linkedin
3.1 my mix
-0.79 my notes
0.52 my notice
3.72 my old
1.16 my own
-0.79 my parents
-1.41 my part
3.1 my peers
0.57 my present
1.16 my previous
0.65 my profile
1.67 my qualifications
-1.04 my questions
3.36 my real
3.1 my record
1.67 my references
1.67 my salary
-0.79 my scores
1.67 my site
-1.04 my situation
3.1 my skills
1.16 my supervisor
0.57 my team
-0.96 my thanks
0.65 my third
3.36 my track
2.01 my uncle
0.65 my week
0.91 my work
0.65 my year
-0.79 myself on
1.25 name
1.5 name and
3.72 named
3.1 named the
1.5 names
3.56 national
-1.24 naturally
-0.88 nd
0.65 nd may
-0.79 nd you
1.16 nearly
0.54 need a
0.85 need from
1.67 need someone
-0.79 need to
-0.79 needed
0.65 needing someone
-0.79 neither
-0.79 neither of
-1.24 nervous
1.82 never
3.1 never been
3.1 never once
1.16 never quite
-0.79 new community
0.57 new starters
1.67 new team
0.82 newer
-0.66 news
-1.04 news from
0.79 news on
-0.79 news was
-0.79 next few
-0.79 next interview
0.91 next month
-1.04 next round
-1.04 next spring
-1.24 next stage
-1.41 next time
-1.79 next week
-0.79 nhs
2.01 nice
3.1 nice problem
-0.99 night
-1.24 night shift
-0.79 night staff
-0.79 nights
-0.79 nineteen
0.71 ninety
1.5 ninety days
0.76 no
2.46 no hard
1.67 no harm
-0.79 no is
0.65 no one
-0.79 no pressure
1.16 no problem
-0.79 no rush
0.78 nobody
3.36 nobody else
3.56 none
0.65 noor
0.65 nordhavn
-0.79 nordvik
0.57 north
-0.79 not <n>
0.65 not a
-0.79 not and
-0.79 not answer
-0.79 not asking
-1.04 not been
-0.79 not convinced
0.96 not have
-1.04 not heard
0.65 not selected
-0.69 not the
0.79 not to
0.91 not want
1.61 note that
-1.24 noted
-0.79 noted that
-0.79 notes from
-1.89 nothing
1.16 notice at
-1.55 notice period
1.03 noticed
-0.79 noticed the
0.65 noticing
-1.79 november
-0.79 now been
1.67 now have
-0.79 now received
0.57 now so
-1.04 now than
1.16 now that
1.67 now used
0.57 numbers
0.82 nurses
-1.04 nursing
-0.79 obliged
2.01 observed
2.01 obvious
-1.24 october
0.65 october for
-0.79 odd
0.74 of a
-0.79 of about
-1.24 of an
-0.79 of care
0.65 of finance
-1.04 of four
-1.04 of future
1.67 of hands
3.1 of having
-0.79 of help
-1.04 of interviews
-1.04 of joining
0.78 of my
-1.24 of news
-0.96 of our
-0.79 of procurement
1.67 of role
-0.79 of running
1.51 of them
0.51 of this
0.65 of those
-1.55 of us
-1.41 of why
0.68 of your
-1.24 off the
-0.79 off to
-1.98 offer and
-1.24 offer elsewhere
-1.47 offer from
-0.79 offer is
-0.79 offer one
0.62 offered
-1.24 offered a
0.99 offered me
2.26 offers
0.65 office and
2.01 office manager
-1.41 office on
0.82 office so
-0.79 officer interview
-0.66 officer role
0.65 officers
-0.79 offs
-1.04 offshore
2.05 often
1.67 old
3.36 old boss
-0.79 older
-1.25 on <n>
-1.27 on a
-1.04 on and
-1.04 on any
-0.79 on before
2.01 on board
0.65 on both
-1.04 on call
0.65 on good
-1.24 on hold
-0.79 on how
-1.41 on linkedin
-0.79 on more
-1.79 on our
1.41 on reflection
1.67 on regional
0.85 on that
1.16 on their
-0.79 on them
-0.79 on time
0.91 on timing
-1.41 on what
-1.98 on where
-0.54 on your
0.85 onboarding
0.85 once
3.56 once i'm
-1.41 once more
-0.79 once the
3.1 once told
0.65 oncology
1.16 one and
-1.79 one i
0.65 one i'd
0.65 one i'm
0.57 one in
0.82 one is
-0.79 one line
-0.79 one month
1.67 one more
1.16 one of
1.16 one on
-0.79 one other
0.65 one person
-1.04 one piece
-0.79 one practical
-1.55 one small
0.65 one system
1.16 one that
-1.24 one way
0.65 one with
0.65 one yet
0.65 ones
-1.55 online
1.02 only
1.16 only mention
2.11 only one
0.61 only so
0.65 onto one
-0.79 op
-0.7 open
-1.55 open about
-0.79 open i
0.82 open up
1.41 opened
-1.24 opening in
-1.75 openings
-1.24 openings in
1.67 openness
-1.2 opens
-0.79 opens in
-0.58 opens up
1.16 operation
-1.41 operations analyst
-1.67 operations coordinator
3.1 operations lead
0.71 operations manager
-0.79 operative
-1.04 operator
-0.79 opportunities with
1.5 options
-0.57 or
-0.69 or a
1.67 or elsewhere
1.67 or less
-1.04 or no
-0.79 or seasonal
-1.55 or the
-0.79 or whether
-1.04 organisation and
-0.79 organisation's
-1.67 organised
-1.04 organised day
0.82 original
0.74 other
2.26 other applicants
1.79 other candidates
3.56 other firms
3.36 other people
1.67 other's
2.11 others
-0.79 otherwise i
-1.24 our call
0.57 our chat
-0.79 our conversation
0.65 our conversations
-0.88 our discussion
-1.67 our interview
-1.04 our meeting
-1.79 our paths
0.65 our site
-0.79 our talk
1.16 our team
0.73 out
1.67 out and
1.67 out as
0.65 out at
0.65 out for
3.1 out my
1.16 out that
0.82 out the
-2.09 outcome
-0.79 outcome and
-0.79 outcome but
-1.24 outcome for
-0.96 outcome of
-1.04 outlined
0.96 outreach
3.56 outshone
3.56 outshone the
-0.52 over
-1.79 over a
-0.79 over my
-1.24 over time
-1.67 over two
3.1 overqualified
0.84 own
3.36 own trumpet
0.98 p
0.98 p s
0.65 pace
-1.55 packaging
-1.89 page
-0.79 page and
3.1 paid
1.67 pair
1.67 pair of
-0.79 paired
0.65 pairing
-1.24 panel and
-1.24 panel gave
-1.24 panel had
-1.04 panel has
-1.41 panel interview
-1.04 panel meets
-0.79 panel on
-0.79 panel took
0.68 panel's
0.82 panel's decision
0.65 panel's time
0.79 paper
1.16 papers
1.61 paperwork
-1.24 paralegal
-1.04 parents
-1.04 park
-1.55 part i
0.71 part time
-1.41 part was
-1.24 particular
-1.34 particularly
-1.04 particularly on
1.33 partners
1.16 partnerships
-0.58 pass on
-0.6 passed
1.16 passed on
-1.24 passed the
-1.04 passing on
1.67 past my
-1.04 past the
0.65 patel
-2.06 paths
-0.79 paths again
-1.67 paths cross
-1.67 patience
-1.24 patience with
-1.04 payable
-1.04 peak
0.65 pearl
3.1 peers
1.67 pellow
1.23 people
3.1 people at
1.67 people gave
0.65 people i
0.71 people who
3.1 people you
-1.89 per
-1.41 per cent
0.99 percent
2.63 perfect
3.36 perfect fit
0.65 performance
0.57 perhaps
-1.89 period
-0.79 period is
1.12 person
3.56 person in
0.65 person made
3.36 person they've
1.16 person you
0.79 personally
0.65 personally about
-0.75 phone
-1.04 phone call
-0.79 phone for
-0.79 phone on
-0.79 physiotherapist
0.65 pick
0.54 picked
0.67 picture
-0.79 picture you
-1.04 piece
-1.04 piece of
0.65 pitch
-0.58 place
-1.04 placed
-0.79 placed on
-1.41 placement
3.1 plain
0.65 plainly
-0.79 plan accordingly
-1.67 planner role
-1.22 planning
-1.24 planning my
-1.55 planning officer
-1.04 planning to
0.65 plant
0.82 plate
-0.88 platform
1.5 play
1.16 please do
-1.98 please don't
1.5 please give
1.67 please note
-0.73 please pass
0.57 please thank
1.16 please withdraw
-1.04 plenty
2.01 podcast
-1.04 point about
-1.04 point i
1.16 point i'd
0.91 point out
-1.04 pointers
-1.04 points
-0.79 policy adviser
-0.79 polished
0.65 politely
1.5 pool
-1.79 portal
-0.79 position and
-0.72 position at
-1.24 position i
0.57 position is
0.91 position of
-0.79 position particularly
1.67 position to
0.65 positions
0.65 positive
-1.24 possibility
-1.24 possibility of
-1.35 possible
-0.79 possible to
-2.4 post and
2.01 post as
-0.7 post at
-1.67 post comes
-1.04 post has
-0.58 post in
0.96 post is
1.41 post of
-0.79 post which
-0.79 post with
-1.24 postdoctoral
-1.04 posting
1.16 pound
-1.89 practical
-0.79 practitioner
-0.67 prefer
-1.55 prepare
-1.11 prepared
-1.24 prepared for
0.57 preparing
1.67 preparing for
1.67 presentation was
-1.24 presented
2.01 press
0.65 pressures
-0.58 pretend
0.72 previous
1.67 price
0.65 primary
-0.79 prince
-0.79 prince <n>
-0.79 print
0.65 priorities
-0.79 priority
0.65 private
1.5 probably
1.24 problem
1.16 problem at
1.16 problem i
1.67 problem with
1.16 problems
-0.64 process
-2.21 process and
0.65 process engineer
1.67 process to
-0.79 process was
-1.04 process you
-0.79 processes
-0.79 processing
0.65 procurement officer
1.5 producer
1.16 producer role
0.77 product
-1.04 product designer
3.36 product is
0.65 product team
1.95 professor
-0.79 profile in
0.71 program
-1.55 programme and
-1.04 programme officer
-0.79 programme you
-0.79 programmes
-1.24 progress
-0.79 project and
1.67 project i've
-0.79 project was
1.16 projects
1.78 promise
3.36 promise you
-1.04 promised
-0.79 prospect
-0.79 prospect of
-1.41 proud
-0.79 proud of
-0.79 proud to
1.16 provide any
0.57 provide anything
1.67 proving
0.91 published
0.54 pune
0.65 pune office
-1.04 put a
-0.79 puts
-1.04 puzzle
1.67 qualifications
0.57 qualified
-1.04 quality assurance
0.65 quality engineer
0.65 quantity
0.65 quantity surveyor
1.16 quarter
-1.04 quarterly
1.67 quarters
0.79 question about
1.16 question i
-1.55 question on
1.16 questions i
2.01 quick update
3.1 quickly i
0.71 quiet
0.97 quite
1.16 quite a
-0.79 r
0.65 radio
0.65 ran at
-1.41 range
2.11 rare
1.16 rare to
1.67 rate
0.65 rather be
3.36 rather good
-1.04 rather have
-1.04 rather know
-0.79 rather not
1.67 rating
0.65 rd
-0.79 rd you
-1.04 re
-2.06 reach
-1.41 reach a
-0.79 reach me
-1.41 reached the
-1.04 reached you
-0.7 read
2.26 ready
2.63 ready to
-0.79 reaffirm
-0.79 reaffirm my
-1.41 realise
0.57 realised
0.65 realised afterwards
-0.79 really appreciated
-1.04 really helpful
-0.79 really hoping
0.65 really interested
0.82 really like
0.65 really love
0.79 reason
-1.04 reasonable
-1.04 reasons
0.65 rebrand
-1.04 rebuilding
1.75 rebuilt
1.67 rebuilt the
-1.24 receive
-1.19 received
-1.79 received a
-2.65 received an
-1.04 receptionist
2.26 reckon
3.1 reckon i'd
3.36 recognised
1.67 recommended
0.65 reconciliations
2.63 record
-1.04 recorded
-1.18 records
-0.79 recruiter
3.56 recruiters
0.65 recruiting
-0.79 recruitment
-0.79 recruitment team
-1.41 redesign
-1.89 reduced
-1.04 reduced the
1.33 reflection
3.1 reflection i
1.5 reflection my
0.82 reflects
-0.79 refreshing my
-0.79 refurbishment
3.36 refused
3.36 refused to
0.65 regard
-0.58 regarding my
0.91 regards
3.1 regards to
-0.79 regeneration
2.46 region
1.37 regional
3.1 regional bank
1.67 regional sales
-1.24 relations
1.5 relaunch
0.65 relay
-1.04 releases
-1.55 relevant
2.01 reliability
1.5 reliable
-0.79 relocate
-0.79 relying
-0.79 relying on
-1.79 remain interested
-1.24 remain keen
-0.79 remains the
1.5 remember
-1.04 remote
1.16 renewal
-1.24 renewed
-0.79 renewing
-0.79 reopen
1.5 replace
-0.72 reply
-0.79 reply by
-0.79 reply due
-0.79 reply this
0.89 reporting
0.57 reports to
0.57 reps
-2.06 request
-1.55 request you
-1.04 requested
0.65 require
2.46 required
1.67 requirement
-1.24 requirements
0.65 research assistant
-0.79 research coordinator
0.65 research software
-1.24 researcher
-0.79 reserve
1.67 residency
0.65 resolved
0.65 rest of
-0.79 restaurant
-1.04 restoration
0.65 restructure
1.67 restructuring
-1.55 result
1.79 results
0.54 retail
0.65 return
2.01 returns
-0.79 revert
-0.56 review
1.67 ridge
-0.79 rig
-0.79 rigger
-0.79 rigging
-1.04 ringing
3.56 rings
3.1 rings me
0.96 risk
-1.24 riverside
-1.04 role after
-0.79 role appeals
0.91 role as
-1.04 role but
0.82 role feel
-0.79 role feels
1.67 role for
0.82 role from
-1.55 role has
-2.34 role i
-1.04 role i'm
-0.79 role i've
-1.24 role in
0.65 role might
-1.98 role opens
-0.79 role remains
-0.79 role so
-0.79 role than
1.67 role that
1.16 role this
-0.79 role we
-1.04 role with
-1.24 role would
0.65 roles at
0.65 roles in
0.57 rollout
0.71 room and
1.67 rooms
-1.04 rose
-0.79 rose from
1.16 rostering
0.65 rotation
-0.79 rough
-2.14 roughly
-1.04 roughly <n>
-0.79 roughly a
-1.04 roughly when
0.65 round and
-0.79 round interview
-1.41 round of
-1.04 rounds and
-0.79 route planning
1.5 run a
-1.04 run the
1.11 running
0.82 running a
1.67 running and
0.57 running the
-1.79 runs
-0.79 runs its
-0.79 rural
-1.67 rush
-0.79 rush at
-0.79 rush your
-1.41 rushed
0.71 s
1.36 s i
-1.24 sad
0.65 safety officer
0.65 said i
0.65 said it
-1.04 said so
0.82 said the
0.65 saigon
2.26 sake
3.36 sake of
1.53 salary
0.95 sales
1.16 sales at
1.5 sales role
-0.79 sam
0.67 same
-0.79 same collaborative
3.1 same day
1.67 same here
-1.55 sample
0.65 samples
-1.41 sap
-1.46 saturday
0.82 save
0.65 save you
-1.24 saved
1.67 savings
1.01 say
1.67 say about
0.71 say i
2.01 say it
1.67 say so
1.24 say that
3.56 say this
1.67 say with
1.59 says
3.36 says something
0.54 scale
-1.04 scenario
1.67 scene
-0.79 scheme and
-0.79 scheme i
-1.04 schools
0.96 scores
0.65 scores and
1.75 scratch
-1.24 screening
-0.79 sea
-0.69 search
-1.41 seasonal
3.1 seat
-0.52 second
-1.35 second interview
0.65 second officer
-0.79 seconds
-0.79 section of
1.16 sector
3.36 see this
-0.79 see where
0.65 see your
1.67 seeing as
-0.79 seeing how
1.3 seemed
1.5 seemed to
0.96 seems
1.67 seems to
1.43 seen
3.1 seen all
-0.79 seen the
-0.79 selected for
1.16 self
-1.41 send a
-0.79 send anything
1.16 send over
-0.79 sending the
0.98 senior
-0.79 senior planning
3.1 seniority
-2.14 sense
-1.67 sense of
-1.11 sent
1.16 sepsis
-0.95 september
-1.04 september and
-1.37 service
0.65 service and
-0.79 service team
-1.24 services
-1.04 session with
-1.04 sessions
0.91 set
1.16 set out
-0.79 setting
0.65 settings
0.54 settled
-1.41 settles
-1.24 settles in
0.71 seven
1.67 seven years
0.57 several of
-0.79 shall be
0.57 shame
1.16 shape
-1.04 share
-1.04 share a
-0.79 share an
-1.55 share any
-0.79 share one
-0.79 share where
1.67 share with
-1.04 shared
1.46 she
3.56 she had
3.1 she has
-0.79 sheet
0.57 shift supervisor
-1.41 shifts
0.65 shipments
-1.02 short
-0.79 short update
0.65 shorter
2.11 shortlist
2.01 shortlisted
3.1 shortlisted for
0.91 should be
-1.98 should have
-0.79 should i
0.91 should mention
1.16 should say
-1.41 show me
-1.04 show that
0.51 showing
-0.58 side
-1.04 side is
0.65 signed
-0.79 signing
-1.41 silence
0.65 sim
-0.89 similar
-1.41 similar post
-1.55 similar role
-1.24 similar roles
-0.79 similar with
0.65 simpler
-1.24 simply wanted
1.71 since i
-0.79 since my
-0.69 since our
-1.04 since then
0.61 since we
2.01 single
3.1 single handedly
0.65 sir
1.16 sir i
0.91 sit
-1.04 site engineer
-0.79 site visit
-1.41 sitting
-1.24 situation
-1.41 six months
-1.04 six weeks
0.57 six years
2.26 size
1.67 sketching
3.1 skills
1.95 slightly
-1.55 slot
1.16 slow
-1.04 small team
-1.41 smaller
-0.79 so before
1.75 so far
0.58 so i'm
-1.41 so i've
-1.41 so if
-1.41 so it
0.65 so kindly
-0.65 so much
-0.79 so my
1.67 so no
-0.79 so open
0.65 so perhaps
-0.69 so that
-0.73 so the
1.95 so this
-1.41 soil
-0.79 soil microbiome
-1.04 solutions
-0.79 solutions architect
3.1 solved
-0.79 some feedback
1.75 some of
-1.55 some point
1.26 someone
-0.79 someone else
1.16 someone to
1.96 someone who
2.89 someone with
0.58 something
1.67 something about
1.41 something i
-0.79 something i've
1.67 something like
2.01 something of
0.65 something suitable
0.65 something to
1.67 sometimes
-0.79 somewhere
0.55 soon
-0.79 soon as
-1.67 sooner
-1.24 sorry for
0.57 sorry it
-1.24 sorry not
-1.79 sorry to
2.59 sort
3.72 sort of
1.5 sort out
-0.79 sorted
3.0 sound
1.67 sourdough
1.16 south
0.65 speak
3.1 speak for
-0.79 speaking to
-1.79 speaking with
-1.04 speaks
-1.41 speed
-1.34 spent
-1.04 spent most
-1.41 spent the
-1.41 spent with
0.65 spirit
-0.79 split
-0.79 spoke about
0.82 spoke and
-1.04 spoke i
0.82 spoke i've
-1.79 spoke on
0.65 spoke the
-0.79 sponsorship
1.16 spot
1.16 spreadsheet
-0.79 spreadsheets and
0.65 spring and
2.01 sql
0.51 st
1.5 st columba's
-0.75 staff
-0.79 staff and
-0.69 staff nurse
-1.34 stage
-0.79 stage manager
-0.79 stage of
-1.89 stages
1.16 stakeholder
1.67 stakeholder management
0.57 stand with
1.78 standard
0.82 stands
-0.79 start any
0.57 starters
0.71 starting
1.5 state
0.54 status of
1.67 stay on
-1.11 stayed
-0.79 stayed in
-0.88 stayed with
0.9 step
-0.79 step and
2.26 step down
1.67 step for
-0.79 step is
-1.04 still be
3.1 still calls
1.67 still have
-1.41 still in
-1.18 still interested
0.82 still like
-1.41 still love
-1.24 still my
-1.04 still open
-0.88 still really
3.56 still rings
-0.84 still very
-1.04 still waiting
-1.24 still want
-1.04 stock
1.16 stop
0.65 store
1.16 store manager
-0.79 stores
0.52 straight
0.82 straight with
1.16 straightforward
1.67 strategic
-0.79 strategist
-0.79 strategist role
2.11 strategy
1.67 strategy associate
0.65 stretched
-1.41 stronger
2.89 strongest
3.56 struggle
3.36 struggle to
3.36 struggled
3.36 struggled with
0.65 struggling
-0.79 stuck
1.16 student
0.57 students
-1.04 study i
-0.79 subject follow
-1.24 subject re
0.95 subject thank
0.65 success and
-1.55 success manager
1.67 success role
0.65 success with
0.65 suggest
-1.24 suggested
0.65 suit
0.82 suit me
0.65 suitable comes
0.99 suits
-1.04 suits the
-1.24 summary
-0.95 summer
3.1 summit
1.67 superintendent
-1.41 supervisor position
-0.79 suppliers
-1.24 supply planner
0.65 support team
-1.04 supporting
1.59 suppose
0.64 sure
3.1 sure i
3.1 sure i'll
1.67 sure something
-1.04 sure that
0.65 sure the
-1.04 sure there's
1.02 sure you
2.46 sure you'll
1.16 surely
-0.79 surgery
2.85 surprised
3.36 surprised if
3.1 surprised the
1.67 surprised to
-1.41 survey
0.65 surveyor role
0.65 survived
0.65 survived the
2.11 suspect
3.1 suspect i'll
3.1 suspect the
1.5 suspect you
0.57 system and
0.65 system so
-0.79 systems but
0.96 table
1.16 take a
3.36 take one
0.57 take the
0.82 take this
1.16 take time
1.59 taken
3.1 taken a
-0.79 takes
1.02 talk about
-1.67 talk through
1.67 talk to
-0.79 talking
2.11 target
1.16 target in
-1.55 task
1.16 tasks
-0.79 tasting menu
0.71 taught
-0.79 taught me
2.01 tax
0.57 tea
0.82 teach
1.67 teach the
1.67 team a
-1.11 team at
-0.79 team but
-1.04 team effort
-0.79 team especially
1.67 team every
0.71 team has
-1.04 team hoped
-1.24 team i
0.72 team in
0.85 team is
1.16 team lead
-1.24 team of
0.82 team on
1.16 team so
0.65 team splits
3.36 team the
0.65 team through
1.41 team was
3.1 team will
-0.79 team you
-0.58 team's
0.96 teams
-0.79 tech
1.16 technical round
-1.24 technician
-1.04 technician position
0.65 technician post
-1.41 technician role
3.1 tell from
-0.79 tell me
0.79 tell you
-1.55 telling me
1.16 tells
1.67 tells you
-0.53 ten
-1.04 ten minutes
2.77 tend
2.77 tend to
2.01 terms
1.33 territory
1.67 territory by
-2.69 test
-1.24 test and
-0.76 th
-1.89 th and
-0.79 th august
0.65 th for
-1.24 th so
-0.79 th you
3.36 than anyone
-0.79 than before
1.16 than ever
1.07 than i
-0.79 than it
-0.79 than just
-1.04 than keep
0.65 than leave
2.01 than most
-1.04 than my
1.16 than one
0.65 than two
3.1 than what
-1.04 than when
0.65 than you
2.01 than yours
-1.55 thankful
-1.04 thankful for
-0.79 thanks heaps
-0.53 thanks to
0.82 thanks very
0.65 that after
0.91 that as
-1.24 that date
0.65 that from
-0.79 that had
1.16 that helps
0.51 that i
1.36 that i'd
0.52 that i've
-1.04 that if
-0.69 that in
-0.79 that it
-0.79 that kind
-1.04 that might
1.39 that my
-0.79 that now
1.16 that our
-0.79 that over
0.65 that part
3.36 that problem
3.1 that same
-0.79 that takes
-1.41 that this
-1.04 that time
0.65 that to
-0.61 that was
-0.79 that week
3.1 that went
1.67 that with
-1.55 that work
-0.79 that wouldn't
0.56 that you
-1.55 that's
0.65 that's a
-0.79 that's the
-1.3 the <n>
0.65 the advertisement
-1.24 the analytics
-0.79 the appointment
-1.04 the assessors
-1.11 the assistant
1.16 the associate
1.67 the attention
-0.69 the autumn
1.67 the bakery
0.57 the band
1.16 the bank
0.81 the best
3.36 the big
0.95 the board
3.1 the bonus
-0.79 the booking
1.16 the brief
0.65 the budget
-0.79 the budgeting
-1.04 the bus
0.91 the business
-0.53 the call
1.16 the campaign
1.67 the candidates
-1.41 the care
-0.79 the careers
-0.53 the case
-0.62 the chance
1.16 the chat
2.26 the choice
-1.04 the claims
-0.79 the clear
3.36 the client
-0.79 the client's
-1.24 the clinic
-0.6 the clinical
-0.79 the club
-0.79 the coffee
-0.79 the cold
-1.04 the coming
-0.79 the communications
-1.41 the commute
-0.79 the compliance
-1.41 the consultation
-1.24 the content
1.16 the contract
-1.04 the council
1.16 the county
2.01 the course
0.82 the credit
-1.24 the customs
-1.04 the date
-0.79 the dates
0.68 the day
0.65 the delay
1.03 the department
-1.04 the department's
-0.79 the deputy
-0.79 the desk
1.67 the director
0.65 the dispatch
-1.04 the district
-0.79 the drive
0.65 the duty
-0.79 the earliest
-0.79 the early
0.65 the electrical
-0.79 the email
0.65 the emergency
-0.82 the end
-1.04 the evening
-1.04 the executive
2.01 the expansion
-1.04 the experience
3.1 the fee
0.91 the feedback
-0.79 the figure
-1.34 the final
0.65 the finance
3.36 the finest
0.65 the firm's
-1.24 the flood
0.65 the floor
-1.04 the food
-0.79 the forecasting
-0.79 the four
-0.79 the framework
1.67 the frank
0.71 the full
-0.79 the funeral
-1.24 the future
0.65 the gap
1.67 the gaps
0.65 the garden
-0.79 the general
1.16 the grant
-1.41 the grants
2.11 the ground
0.65 the group
3.1 the halden
1.67 the hardest
0.65 the heritage
3.1 the highest
-1.04 the highlight
-0.79 the hire
0.65 the honest
-0.79 the hour
-1.24 the housing
-1.24 the hr
3.36 the ideal
2.26 the industry
-1.41 the interest
-0.79 the interviewer
0.82 the interviews
-1.04 the inventory
0.65 the jebel
-1.44 the job
-2.55 the junior
1.16 the laboratory
0.57 the latest
1.16 the launch
0.65 the learning
-1.04 the leeds
1.67 the level
-1.89 the library
-1.04 the line
0.57 the local
-0.58 the logistics
-0.79 the long
-1.04 the maintenance
1.16 the management
0.65 the marina
1.36 the market
-0.67 the meantime
-0.79 the middle
1.67 the midlands
-1.04 the migration
-1.04 the mix
1.67 the modelling
0.54 the moment
0.65 the more
1.75 the most
3.36 the national
-0.79 the network
-0.73 the news
-0.71 the next
-0.58 the night
1.16 the north
0.65 the notes
-0.79 the number
0.65 the numbers
-0.9 the office
-0.79 the old
-0.79 the on
0.91 the onboarding
0.65 the oncology
4.53 the only
0.65 the opening
-0.67 the operations
-0.79 the original
1.28 the other
3.36 the others
-1.89 the outcome
0.65 the pace
-0.79 the packaging
0.68 the panel's
3.1 the paperwork
-1.04 the paralegal
1.67 the partners
1.78 the people
3.36 the perfect
1.16 the person
-0.79 the place
0.65 the plant
-0.79 the point
-0.69 the policy
3.1 the pool
0.65 the port
-0.79 the portfolio
-1.04 the possibility
-1.04 the postdoctoral
-0.79 the posting
-1.04 the practical
-0.69 the practice
0.54 the pricing
1.67 the problem
0.65 the problems
-1.98 the process
0.71 the procurement
1.67 the production
0.65 the program
-0.79 the project
-0.79 the prospect
0.65 the public
-0.79 the questions
-0.79 the reading
-0.79 the real
0.65 the rebrand
-0.79 the recorded
2.46 the region
0.89 the regional
0.82 the reporting
-0.79 the requirements
-0.73 the research
0.65 the rest
-1.41 the result
1.67 the returns
0.65 the rota
0.65 the rotterdam
0.65 the route
-0.79 the running
3.36 the sake
0.65 the salary
0.53 the same
-0.79 the sap
-1.04 the saturday
0.57 the school
0.65 the science
-0.79 the screening
-1.41 the search
0.82 the season
-0.59 the second
1.16 the sector
-1.24 the selection
0.81 the senior
-1.24 the service
0.65 the shortlist
-0.79 the silence
0.65 the sim
3.36 the slow
-0.79 the small
-0.79 the soil
3.36 the sort
-1.41 the sous
1.67 the south
-0.88 the staff
1.16 the standard
-1.67 the start
2.01 the strategy
3.99 the strongest
-2.14 the summer
-1.24 the supply
-0.79 the surgery
0.82 the table
1.16 the tasting
-0.53 the technical
-1.55 the test
-0.79 the third
2.01 the top
-1.04 the train
-1.41 the trainee
-0.79 the training
-1.3 the two
1.16 the unit
1.67 the very
-1.24 the video
-0.79 the vineyard
-1.79 the volunteer
-1.04 the walk
-1.24 the ward
-0.79 the waste
1.16 the water
1.67 the weakness
-0.53 the week
1.16 the weekly
-0.79 the wetland
-0.79 the wider
-1.04 the winter
-0.7 the work
-0.88 the workshop
-1.04 the written
1.3 the year
3.1 the youngest
1.67 theatre
0.66 their
0.82 their first
1.16 theirs
0.53 them
0.65 them to
2.63 themselves
-1.55 then
-1.24 then i
-0.79 then i'd
-0.79 there an
-1.41 there any
-1.04 there anything
1.67 there are
-1.04 there was
0.96 there's anything
-1.41 there's no
1.16 these
1.67 these things
0.65 they can
-1.89 they have
0.57 they were
0.65 they would
2.63 they'd
1.67 they're
2.16 they've
3.36 they've ever
0.65 thin
-1.79 things are
1.67 things i
0.68 things stand
1.67 things take
-0.79 things to
-1.04 things up
1.37 think
1.16 think about
0.74 think i
1.5 think i'd
1.75 think it
-1.41 think of
3.1 think says
2.49 think that
0.82 think the
1.16 think this
2.89 think we
1.95 think you
-0.73 thinking about
-1.04 third
-1.67 thirty
0.58 this
-0.79 this email
0.57 this finds
1.67 this i
1.16 this job
3.1 this kind
0.65 this long
1.28 this month
0.52 this one
0.82 this only
0.71 this opportunity
1.67 this point
1.61 this position
3.1 this post
0.95 this role
-0.79 this stage
-1.41 this was
1.67 this will
0.78 this year
1.67 thoroughly
1.16 though
1.16 though i
1.75 though i'd
-0.79 though that
1.16 thought about
-0.79 thought of
1.67 thought that
0.82 thought the
-1.41 thought you
-1.04 three interviews
-1.24 three months
3.36 three other
-1.04 three rounds
0.65 three times
-1.67 three weeks
1.16 thrilled
1.16 thrilled to
-1.04 through in
-0.79 through my
-0.79 throughout the
-1.24 thursday <n>
0.57 thursday about
0.54 thursday and
-1.04 thursday at
-0.88 thursday's
-0.58 thursday's interview
-0.79 ticket
-1.41 tickets
0.65 tied
-1.16 time and
1.67 time at
-1.41 time i
-0.79 time into
-0.79 time so
-0.79 time this
-0.54 time you
-0.79 time zones
-1.75 timeline
-0.79 timeline before
0.65 timeline for
-0.79 timeline i
1.61 title
1.67 titles
-0.66 to <n>
1.09 to a
0.57 to accept
-0.79 to another
-2.6 to apply
3.36 to blow
3.56 to boast
1.01 to bring
-0.79 to build
-0.79 to change
2.01 to choose
-0.79 to close
1.03 to come
-0.79 to complete
-0.79 to confirm
-1.67 to contribute
1.67 to day
-0.79 to describe
-0.79 to discuss
1.16 to earn
-0.79 to express
0.65 to fill
2.26 to find
1.67 to finish
-0.79 to fit
-0.71 to follow
-0.79 to fortnightly
0.5 to give
0.65 to grow
-0.61 to help
3.36 to hire
-0.79 to home
-0.79 to how
-1.41 to improve
-1.04 to inform
-0.79 to it
-1.24 to kindly
1.5 to lead
-1.5 to learn
1.16 to leave
1.67 to live
-0.53 to look
1.67 to meeting
0.96 to mention
1.67 to miss
0.67 to my
-0.79 to other
1.67 to our
-1.04 to pass
-1.41 to plan
0.54 to provide
-1.79 to reach
-1.41 to read
-0.79 to reaffirm
-0.79 to relocate
-0.79 to reopen
3.1 to replace
-0.79 to reply
0.57 to respond
-1.41 to run
-1.04 to rush
0.82 to save
-0.58 to send
-1.65 to share
-1.04 to someone
3.99 to sound
-0.79 to speed
0.99 to start
0.82 to support
-1.79 to tell
0.91 to thank
0.82 to that
0.65 to them
1.16 to think
-0.79 to two
-1.24 to use
-0.79 to volunteer
1.16 to walk
-1.55 to whoever
2.01 to write
0.82 to you
-0.9 today
-0.79 today about
1.67 together on
1.12 told
-0.79 told i
1.51 told me
0.82 told my
1.16 tom
-1.24 tomorrow
0.57 too
-1.41 too much
-0.61 took
-1.41 took a
1.67 took over
-0.79 took that
0.82 took the
-0.79 took three
-1.04 tool
1.81 top
2.63 top of
3.1 topped
-1.79 touch and
1.41 touched
-1.04 tough one
-1.04 towards
1.53 track
3.72 track record
1.67 tracking
0.82 trade
0.54 train
-0.79 train home
0.96 trained
0.65 trainer
0.65 transition
-1.04 translation
-1.41 transport
-1.04 travelled
0.65 treat
0.82 treating
1.16 treating you
-0.79 treatment
-0.6 trial
-0.79 trouble you
0.65 trucks
-0.79 true
1.75 truly
3.36 trumpet
3.36 trumpet but
-0.79 trust the
0.65 trust this
0.89 try
-1.04 try again
-0.79 try something
3.56 try to
-1.24 trying
1.53 tuesday about
0.92 tuesday and
-0.79 tuesday for
-1.41 tuesday to
0.54 tuesday's
0.57 tuesday's interview
0.65 turkish
0.65 turn
3.1 turnaround
1.59 turned
1.36 turned down
0.65 twelve years
1.67 twenty
-1.04 twenty minutes
3.72 twenty years
0.67 twice
3.1 two approaches
-0.79 two days
-0.79 two hours
1.16 two hundred
-1.04 two interviews
0.65 two jobs
-0.79 two line
-1.24 two months
1.67 two other
1.67 two quarters
0.95 two years
-0.79 uk
2.01 uncle
3.1 uncle who
0.5 under
3.1 under budget
-0.79 underground
-1.19 understand
-0.79 understand better
-1.55 understand if
-1.24 understand that
-1.04 understand what
-0.79 understand you
1.67 understood
-1.04 union
-0.79 union reps
-0.79 unit and
3.1 universities
0.82 university
-0.79 unless
-0.79 unpaid
-1.71 until
-1.98 until <n>
-0.79 until the
-1.55 up a
-0.79 up again
-1.24 up and
1.41 up for
1.16 up i
1.16 up i'd
-0.87 up on
-1.04 up regarding
-0.96 up the
1.28 up to
1.16 up with
-0.8 update
0.91 update and
-1.71 update on
-1.24 update you
-1.04 updated timeline
-1.04 use and
-1.04 use it
0.97 used
2.01 used to
-0.7 useful
-0.79 useful as
1.61 usually
0.65 ux designer
-0.58 vacancies
-0.99 vacancy
-1.04 vacancy at
-1.41 valid
-1.24 valid until
-2.21 value
-0.79 value any
-0.79 value the
0.65 valued hearing
0.82 values
0.65 venue
-1.04 verbal
-1.04 verbal offer
-1.41 version
1.67 very eager
3.36 very few
-1.11 very glad
1.5 very good
-1.04 very helpful
0.91 very pleased
0.57 very real
-0.79 very thankful
0.65 very useful
0.65 very well
-1.04 veterinary
-0.88 video
-1.55 video interview
0.65 vine
-0.79 vineyard
-1.89 visa
-0.51 visit
0.65 visit and
-1.55 visits
-1.04 voicemail
-1.04 volume
-1.3 volunteer
-0.79 volunteer rota
-1.04 waiting for
0.65 walk
-0.79 walk through
0.82 walked
1.16 walking
1.41 walking me
-0.79 walkthrough
-0.79 want my
0.57 want the
-0.71 want to
0.57 wanted you
0.96 wanting
0.82 wants
0.65 wants to
0.65 ward at
2.01 warehouse operations
-1.24 warehouse supervisor
0.65 warehouse systems
-0.79 warehouse team
-1.24 was about
-1.04 was actually
0.57 was also
-0.79 was an
-1.04 was encouraged
3.1 was especially
-0.79 was ever
0.65 was exactly
1.67 was fascinating
0.52 was good
-1.04 was grateful
1.16 was great
0.65 was happy
-0.79 was helpful
-1.04 was hoping
-1.24 was in
-1.67 was kind
-0.79 was least
1.95 was lovely
-0.79 was made
0.57 was my
3.1 was named
-1.79 was one
-1.04 was pleased
3.1 was probably
-0.79 was really
1.16 was so
-1.04 was sorry
3.36 was surprised
1.47 was the
-0.79 was to
-1.24 was told
0.65 was useful
-0.53 was very
-2.21 wasn't
-0.79 waste
0.79 water
-0.75 way
-1.04 way and
-1.24 way or
-0.69 way to
-0.79 way with
-0.79 ways
3.99 we both
-0.69 we met
-1.04 we moved
-1.04 we reduced
-1.04 we used
-0.79 we were
0.57 we're
2.77 weakness
3.36 weakness is
0.82 weaknesses
-1.04 website
1.67 week for
-0.79 week i
-0.9 week is
-0.79 week of
1.67 week though
-1.04 week to
2.01 week with
-1.04 week's
-1.04 weekends
-0.7 weeks
-1.55 weeks and
-0.79 weeks of
-1.98 weeks since
-0.79 weeks so
-0.79 weeks to
-1.76 welcome
-1.24 welcome any
-1.55 welcome hearing
-1.04 welcome the
1.61 well as
-0.79 well for
-1.67 well i
3.36 well now
-1.24 well organised
0.65 well run
-1.24 well with
3.36 went about
-0.79 went on
0.65 were not
1.67 were very
2.26 west
-0.79 wetland
0.57 what
2.01 what a
-0.55 what i
1.75 what i'd
1.67 what i'm
1.95 what i've
1.67 what is
0.57 what it
0.91 what it's
1.67 what my
-0.69 what the
0.65 what they
1.5 what to
0.57 what your
-1.79 whatever
0.65 when a
-0.79 when convenient
-0.79 when two
-2.21 when we
2.46 whenever
1.67 whenever suits
0.65 where i'd
-0.58 where the
-1.02 whether
-1.67 whether i'm
-0.79 whether i've
-0.79 whether it
-0.79 whether my
-0.79 whether something
-0.69 whether the
-1.79 whether there
0.65 whether there's
1.67 which frees
-0.79 which i'd
0.73 which i'm
0.73 which is
0.65 which you
-0.79 whichever
1.16 while i
-1.04 while i'm
-0.79 while since
-0.79 whiteboard session
1.72 who
1.92 who can
2.01 who could
3.49 who has
2.26 who have
3.36 who was
0.5 whoever
-0.79 whoever is
-0.79 whoever joins
1.67 whoever you
0.65 whole
0.65 whole team
0.82 whom
1.67 whose
-1.98 why i
0.65 why it
-0.79 why the
-1.04 wider
0.89 will
1.1 will be
1.67 will find
1.91 will have
-0.58 will keep
3.1 will see
1.67 will take
-1.04 will understand
-1.55 willing
-1.55 willing to
1.67 win
-1.04 wind
0.65 wing
-1.67 wish the
0.96 wish to
0.65 wish your
0.91 wishing
2.01 with all
1.16 with an
-1.24 with another
0.65 with both
3.1 with in
-1.04 with interest
-1.04 with it
1.27 with my
0.57 with one
1.16 with respect
0.82 with several
2.01 with some
1.67 with that
-1.1 with your
3.36 withdraw as
-1.04 withdraw from
1.16 withdraw with
-0.69 within the
0.71 without
1.16 without a
-0.79 without losing
3.36 without me
1.67 without the
3.56 won
0.68 won't
-0.58 won't pretend
0.65 wonder whether
-0.79 wondered
-0.58 wondering
0.79 word
1.67 words from
-0.69 work
-0.69 work and
-0.79 work hard
-0.96 work i
-1.04 work in
-0.95 work on
0.57 work out
-0.79 work the
-0.79 work there
-1.04 work we
-1.67 work you
-0.79 work your
1.08 worked
1.4 worked with
-0.81 working
0.82 working alongside
-1.04 working at
-0.79 working days
-0.69 working on
-1.24 working through
-1.11 workshop
-1.04 workshop on
0.86 worth
1.67 worth i
0.65 worth the
-2.28 would appreciate
-0.54 would be
1.67 would expect
-0.79 would genuinely
1.16 would hate
-1.41 would hear
-1.44 would help
-0.79 would it
0.57 would make
-1.67 would mean
-1.04 would most
-1.24 would much
-1.41 would need
0.65 would only
-1.04 would prefer
-1.24 would rather
1.67 would say
-1.04 would value
-1.27 would welcome
-1.41 would you
1.03 write
1.5 write to
-0.81 writing
-2.4 writing about
-1.04 writing again
-1.04 writing regarding
-1.04 writing sample
-0.79 writing with
-1.5 written
-1.67 written offer
0.54 wrote
-0.79 wrote for
-1.24 year <n>
2.01 year at
1.67 year before
0.79 year i
-0.79 year i'd
1.16 year so
0.65 year which
0.82 year's
0.82 years
0.86 years and
1.95 years at
0.91 years i
-0.79 years i've
1.16 years in
-1.41 years of
-1.41 years on
3.87 years running
-1.67 yes
-1.41 yes or
-0.53 yesterday about
0.7 yesterday for
-1.79 you about
-0.57 you again
-0.63 you are
0.65 you as
-1.41 you at
-1.41 you be
0.65 you before
-1.24 you by
0.92 you can
1.67 you chose
-0.79 you confirm
-0.68 you described
-0.79 you directly
1.16 you do
-1.41 you expect
0.82 you first
-1.55 you gave
0.82 you get
-1.04 you i
-2.06 you if
0.82 you in
-0.79 you just
-2.06 you let
1.67 you listed
2.26 you make
1.67 you may
-0.6 you mentioned
1.67 you met
0.54 you might
-0.79 you needed
-1.24 you on
0.54 you once
-1.04 you outlined
1.67 you picked
0.65 you run
3.1 you see
-1.04 you sent
-1.24 you so
1.16 you soon
-1.04 you that
1.16 you the
-1.24 you told
-1.24 you took
-0.53 you very
0.65 you want
0.54 you were
2.46 you what
1.16 you will
3.56 you with
1.95 you won't
-0.79 you work
1.16 you would
1.08 you'd
3.72 you'd be
1.43 you'll
3.87 you'll find
-1.04 you'll think
-0.79 you'll understand
-1.21 you're
-1.79 you're able
-0.79 you're doing
-0.58 you're keeping
-0.79 you're not
-1.04 you're planning
-0.61 you're well
0.95 you've
3.1 you've seen
1.95 young
3.1 youngest
0.65 your answer
3.36 your board
-1.04 your call
-0.79 your careers
0.82 your colleague
0.65 your colleagues
2.11 your company
-0.65 your decision
1.16 your description
-0.79 your desk
-0.76 your email
-1.04 your end
1.16 your esteemed
-1.04 your file
1.67 your head
-1.41 your help
1.16 your honesty
-0.61 your kind
0.65 your lab
-0.69 your letter
-1.04 your mail
-1.79 your message
1.16 your new
0.65 your news
-0.79 your note
-0.79 your offer
2.01 your partners
-1.24 your patience
-1.98 your planning
1.16 your plans
-1.04 your point
3.36 your product
3.36 your questions
-0.79 your reply
-1.67 your role
3.56 your shortlist
-1.04 your side
-0.79 your systems
-1.98 your timeline
-0.79 your timing
-1.04 your week
0.79 yours
3.1 yourselves
-0.79 youth football
3.1 zone
-0.79 zones
""",
)

PRESSURE = Reading(
    11.32,
    """\
-0.94 <n> <n>
1.63 <n> a
2.21 <n> days
1.11 <n> hours
-1.28 <n> july
0.95 <n> nd
-1.83 <n> november
-0.83 <n> of
-1.28 <n> per
1.45 <n> pm
0.95 <n> rd
0.86 <n> th
-2.44 <n> to
-1.08 <n> which
-1.28 a better
0.6 a big
-0.57 a bit
2.07 a call
3.31 a candidate
-0.83 a change
0.6 a clear
1.9 a company
1.63 a contract
-1.08 a copy
1.45 a day
-0.83 a day's
-2.02 a different
0.78 a family
1.63 a final
3.06 a firm
0.6 a form
1.7 a fortnight
-1.28 a further
3.06 a gentle
-0.83 a job
3.31 a line
0.6 a long
-0.83 a look
-1.08 a lovely
1.63 a minute
1.55 a month
-1.08 a more
-0.83 a much
0.78 a new
1.73 a no
2.21 a note
1.73 a one
-1.08 a paper
0.6 a personal
1.63 a phone
-0.73 a pleasure
-1.08 a portfolio
-0.83 a possibility
-1.59 a post
0.53 a presentation
1.63 a priority
-1.28 a project
0.53 a proper
1.44 a quick
-0.83 a rather
-0.83 a record
2.26 a reply
3.82 a response
3.06 a ring
-1.72 a role
0.78 a rough
-0.83 a senior
-0.83 a sense
0.53 a shame
-0.83 a shared
0.6 a shift
-1.42 a short
-1.5 a similar
0.53 a simple
1.32 a single
-0.73 a small
-0.83 a spare
-1.08 a strong
-1.28 a suitable
-1.28 a surprise
-0.57 a team
-1.08 a third
-0.83 a thoughtful
-0.83 a three
-0.83 a tough
0.78 a two
0.6 a very
0.6 a visit
3.82 a voicemail
-0.83 a volunteer
0.6 a week
-1.28 a well
1.73 a word
-1.28 a year
3.68 a yes
-0.63 about
-1.59 about <n>
-0.83 about any
-0.83 about four
-1.83 about future
-2.25 about how
-1.28 about it
0.6 about joining
-0.83 about other
-0.83 about stakeholder
-0.83 about that
-1.45 about two
-1.08 about what
-1.4 about your
-1.28 above
-0.83 absolutely
-0.83 abu
-0.83 abu dhabi
-0.62 accept the
-2.02 accepted
-0.83 accepted a
-1.08 access
1.9 accordingly
-1.17 account
0.6 account executive
-1.08 account i
-1.08 account manager
-1.28 account of
0.68 accountant
0.53 accountant role
-0.77 accounts
-1.08 accounts and
-1.08 acquisition
-1.72 across
-0.83 across the
-0.83 across three
-0.83 acting
-0.77 actually
-1.28 add
-0.83 additional
0.78 administrator
-0.83 admirer
-0.83 admirer of
-0.83 admit it
-0.83 admit the
1.11 advance
1.63 advance for
-0.62 advert
-0.83 advertised
0.6 advisor
1.63 afraid
-1.08 after <n>
1.11 after four
1.11 after hearing
-0.83 after my
0.53 after our
1.63 after such
0.99 after that
-1.28 after three
-0.83 after your
0.65 afternoon
1.63 afternoon and
1.63 afternoon to
-0.64 afterwards
-0.83 ag
3.06 again about
3.31 again at
3.06 again below
-1.08 again if
-1.08 again next
1.11 again on
-0.83 again soon
-0.83 again thank
1.63 again this
-1.08 again to
-1.08 again when
0.53 against
1.11 against me
-0.83 agents
2.0 ago
-1.45 agree
-1.08 agreed to
0.66 ahead
-1.45 aid
-0.83 aid certificate
1.63 air
1.11 aircraft
0.6 al noor
0.6 all and
0.6 all came
0.6 all four
1.63 all i
-1.28 all right
-0.6 all the
-1.08 allow
0.6 along
-0.83 along the
-0.83 already in
-0.83 already started
3.31 already told
0.6 also appreciated
-0.83 also be
3.06 also sent
-1.08 although i
-0.83 although i'm
-1.08 always
0.6 am a
-0.83 am available
-1.28 am confident
-2.02 am disappointed
-0.83 am excited
1.45 am following
-1.4 am grateful
-2.1 am happy
1.63 am in
-1.72 am not
-1.08 am now
-0.83 am sad
1.09 am still
-0.83 am thankful
-1.65 am very
3.31 am waiting
-0.83 ambitious
-0.83 among the
1.72 an answer
2.21 an email
0.6 an explanation
-1.93 an eye
-0.83 an hour
0.94 an update
-1.45 an updated
-1.08 analysis
1.11 analyst interview
0.66 analyst position
-0.83 analysts
-1.59 analytics
-0.83 analytics team
0.53 and a
3.06 and accept
1.9 and again
0.78 and all
0.6 and am
-0.83 and ask
-0.83 and asked
-0.62 and best
-0.83 and can
-0.83 and consideration
-1.28 and could
-1.08 and cut
-0.83 and dr
1.45 and drove
-1.03 and for
1.63 and frankly
0.78 and god
0.6 and good
-1.28 and he
-0.83 and hear
0.66 and how
0.75 and i've
-0.83 and it's
-1.08 and learned
0.6 and learning
2.21 and left
0.6 and let
-1.79 and look
-0.83 and meeting
-1.08 and most
-1.83 and mr
-1.08 and mrs
-0.73 and ms
-0.83 and no
1.11 and not
1.63 and now
0.66 and on
-1.08 and one
0.78 and our
1.63 and really
-0.83 and roughly
1.63 and still
-1.45 and thank
-0.63 and the
-1.08 and their
1.45 and then
-0.57 and they
-0.83 and they've
1.11 and this
-0.83 and thought
-0.83 and two
-1.59 and wanted
-1.28 and we
-0.83 and when
0.75 and will
-0.83 and wish
3.06 and withdraw
-0.64 and would
0.6 and you
0.6 animal
1.11 another candidate
-1.08 another employer
3.06 another offer
-0.83 another opening
0.6 another organisation
-1.28 another position
-0.83 another role
3.31 another way
0.51 answer
0.6 answer about
-1.45 answer any
-1.08 answer anything
1.63 answer before
-0.77 answer by
3.06 answer from
1.11 answer is
-1.59 answer on
1.96 answer within
-2.25 answered
-0.83 answered your
-2.02 answers
-0.59 any
1.11 any chance
-0.83 any comments
-2.02 any feedback
-2.65 any further
0.66 any news
-1.59 any other
-1.08 any pointers
-0.83 any suitable
-1.45 any time
-0.83 any update
-0.83 anyone else
-1.42 anything else
-0.83 anything from
-1.28 anything further
1.11 anything has
-0.83 anything more
-1.08 anything suitable
1.96 anything you
-1.28 apart
3.31 apologies
-1.08 app
1.11 applicant and
-1.08 applicants and
1.96 application and
-1.28 application for
-0.83 application was
-2.69 apply
-2.32 apply again
-0.83 apply for
-0.83 appointed
0.87 appreciate
3.68 appreciate a
3.31 appreciate an
1.9 appreciate hearing
-0.83 appreciate how
0.6 appreciate it
1.11 appreciate your
-1.08 appreciated learning
-0.73 appreciated your
-0.62 apprenticeship
-1.93 approach
-0.83 approach to
-0.83 approvals
-0.83 april for
0.6 arbitration
0.66 are doing
-0.83 are easiest
-1.08 are going
1.11 are keeping
1.11 are now
-0.83 are required
1.63 are still
-1.08 area
-0.83 areas
-0.83 arise
-0.83 around <n>
1.11 arrange
0.78 arrangements
-0.73 arrived
1.11 arrives
-0.83 art
-1.08 article
0.57 as a
-1.72 as an
-0.83 as desirable
1.26 as i
-1.72 as i'd
1.37 as i'm
0.8 as it
1.96 as long
-0.83 as much
1.75 as my
3.82 as possible
-1.28 as references
2.34 as soon
-0.57 as the
0.86 as well
0.64 as you
3.68 asap
3.31 ask that
-0.83 ask what
-1.01 ask whether
1.63 ask you
-2.14 asked
-2.18 asked about
-2.5 asked for
-1.45 asked how
0.6 asked them
-0.83 asked to
-1.08 asked what
-1.28 asked whether
1.63 asking whether
-0.83 asking you
1.45 asks
0.53 assessment centre
-1.59 assessment day
-1.08 assessors
0.74 assistant
0.78 assistant manager
-1.08 assistant position
1.57 assistant post
0.86 assistant role
1.63 associate position
3.31 assume
3.31 assume the
3.06 assume you've
1.11 at <n>
-1.59 at a
1.11 at al
1.19 at all
0.53 at another
-1.28 at any
-1.08 at brightwater
0.6 at greyfield
-1.08 at interview
1.73 at least
3.06 at lunch
-0.83 at meridian
0.6 at millbrook
1.63 at nordhavn
-0.83 at saigon
-0.62 at some
0.85 at this
0.53 at two
1.96 at work
0.84 at your
-1.59 atr
-0.83 atr <n>
-0.83 attached
-1.08 attached a
-0.83 attached in
0.6 attached my
-1.72 attached the
-1.45 attend the
1.11 attended
0.78 attended the
-1.08 attention
-2.32 audit
-0.89 august
-0.83 august and
-0.83 august with
-1.28 authority
-1.45 automated
-0.83 automation
0.6 autumn season
1.48 available for
-0.83 average
3.06 awaiting
-1.83 award
-1.08 award for
-1.59 aware
-0.83 aware of
-1.28 away from
-1.08 away with
1.45 awkward
1.11 b
1.63 b <n>
3.06 baby
1.23 back
3.06 back again
-0.83 back and
1.11 back at
3.31 back by
-0.83 back i
-0.83 back in
1.25 back to
0.6 back with
-1.72 backend
-1.08 backend engineer
-1.83 background
-0.83 background in
-1.28 backlog
-1.59 band
-1.08 band <n>
-0.64 bank
-0.83 bank and
0.6 barely
-0.83 based
1.63 basic
-0.83 basis
-0.83 batches
1.11 bay
1.21 be a
0.64 be able
-1.08 be at
1.63 be available
-0.85 be considered
1.45 be doing
-1.94 be glad
-2.32 be happy
-1.59 be helpful
-1.28 be honoured
1.11 be in
-1.08 be joining
-0.83 be keen
1.11 be kept
1.9 be more
1.63 be most
1.7 be moving
-2.18 be open
-1.59 be pleased
0.6 be proud
3.31 be signing
1.63 be so
1.11 be surprised
-0.83 be thinking
-2.25 be useful
-0.78 be very
-1.08 be well
-1.28 be worth
0.6 bear
-1.08 became
-0.83 because it
-0.83 become
-1.08 becomes
-2.02 been about
-0.83 been accepted
-0.83 been doing
-0.83 been looking
0.86 been made
3.06 been more
1.63 been reading
0.78 been the
-1.15 been thinking
1.63 been three
-1.08 before my
0.6 before that
0.66 before the
0.51 before then
-1.28 before we
-1.45 beforehand
-0.83 begin
0.6 behind
-1.28 being open
-1.01 being so
-2.55 believe
-0.83 believe i
-0.83 believe in
-0.83 believe that
0.6 belo
0.6 belo horizonte
0.6 below in
-1.08 below what
-0.52 best
-0.83 best for
0.6 best part
-0.83 best regards
-1.59 best to
-0.98 better
-1.08 better example
0.6 better for
-1.28 better than
0.75 between the
3.06 between three
-0.83 between us
2.21 beyond
3.31 beyond that
-1.28 billing
-0.65 bit
-0.62 bit of
0.78 bless
-1.08 blocks
-1.35 board
-1.45 board and
-0.83 boast
0.78 booked
-1.28 booking
-1.08 bookkeeper
-0.83 border
-0.62 both
1.96 bother
3.06 bothered
3.06 bothered to
1.63 bought
1.63 box
0.75 branch
-0.83 brand
-0.83 breakfast
1.11 brewer
0.6 brewery
-1.08 bridge
-0.83 briefly
-0.83 brigade
-1.08 brightwater
-2.89 bring
-1.72 bring that
-1.59 bring the
-0.83 brisbane
-1.08 bristol
-0.83 broadband
-2.1 budget
0.6 build
-1.28 built
1.37 bus
1.24 business
1.11 business analyst
1.43 busy
1.96 but a
1.28 but i'd
1.63 but i'll
0.75 but i'm
0.86 but if
3.06 but my
-0.83 but please
-1.59 but the
1.63 but you
1.14 by
-1.08 by a
3.31 by close
1.89 by friday
3.82 by monday
1.96 by my
-1.08 by name
4.16 by now
0.55 by the
1.48 by thursday
3.06 by tomorrow
4.06 by wednesday
1.63 by your
-1.08 calendar
0.78 call from
0.6 call i'm
0.53 call me
1.32 call on
0.6 call rota
1.11 call the
-1.08 call yesterday
1.9 called
-2.02 calling
-1.28 calling me
-0.71 came
-1.45 came across
3.06 came back
-0.83 came down
-0.83 came from
-1.45 came through
-1.15 campaign
-0.83 campaign i
-0.83 campus
-1.45 can do
1.63 can get
-0.83 can help
-0.83 can keep
1.45 can make
-1.08 can move
1.63 can only
0.6 can plan
-0.83 can prepare
-1.45 can provide
0.6 can put
-1.59 can send
-1.08 can speak
-0.83 can still
1.42 can't
1.11 can't move
1.63 cancelled
0.6 candidate
1.11 candidate experience
1.96 candidates know
0.6 candidates who
-1.45 candour
-1.28 candour about
1.7 cannot
0.6 captain
0.6 card
-0.83 cardiff
-0.83 cardiology
-1.45 care you
-0.83 career
0.75 careers
1.63 careers portal
-0.83 carefully
3.51 carrier
3.06 carrier pigeon
3.06 case email
-2.18 case it's
3.06 case my
-1.08 case presentation
-1.08 case that's
3.31 case the
0.6 case they
0.6 case you'd
1.11 catch
3.06 catch you
0.6 caught
-0.83 cellar
-1.45 cent
-0.83 certainly
3.06 certainty
-1.83 certificate
-1.28 certification
-1.59 chain
-1.08 chair
-1.28 challenges
0.53 chance of
-0.97 chance to
-2.18 change
-2.02 changed
-1.59 changes
-0.83 charge
1.7 chasing
-0.6 chat
-1.28 chat on
0.6 check back
-0.66 check in
0.78 checked
1.11 checked my
0.91 checking
0.62 checking in
3.31 checking my
-0.83 checklist
-0.83 checks
1.63 childcare
-0.7 choice
-1.28 choice and
3.31 choice but
-1.45 choice so
1.96 choosing
1.11 chose
-1.08 churn
3.06 circling
3.06 circling back
0.53 claims
-0.83 claims team
-1.45 class
-0.83 cleaner
-0.64 clear
-0.83 clearance
-1.83 clearer
-1.08 clearer picture
-0.83 client's
-1.72 clients
0.6 clinical research
-1.28 clinics
-0.83 clinics and
0.6 clock
0.6 close and
3.31 close of
-0.83 closed
-1.45 closer
-1.45 closer to
-0.83 cloud
1.11 club
0.6 co op
-1.59 coastal
-1.08 code
-0.83 coffee and
-1.83 cold
-1.08 cold chain
-0.83 collaborative
0.78 colleague
1.63 collecting
-0.83 collections
-1.08 college
-0.83 columba's
-0.83 come across
1.45 come back
1.11 come by
1.11 come in
0.6 come into
-0.83 come out
1.32 come through
0.6 come to
1.37 come up
-0.98 comes
-1.42 comes up
0.53 comfortable
-0.83 comfortable with
-1.28 coming back
-0.83 coming from
1.63 comment
-1.45 comments
-1.28 comments on
0.6 commercial
-0.83 commissioning
-1.34 committee
-0.83 communications
-1.08 community health
1.11 companies
-1.28 company and
0.78 company has
-0.83 company i
1.9 company that
1.37 company's
-0.83 compare
-0.83 competition
-2.02 complete
-1.93 completed
-1.28 completed the
0.6 completely fine
1.45 concrete
-0.57 confident
-1.08 confident i
-0.83 confident that
0.88 confirm
1.7 confirm by
-0.83 confirm i'm
0.6 confirm that
0.6 confirmed that
1.11 congratulations on
0.53 connection
-0.83 connection dropped
-0.62 conservation
-0.83 conservation officer
1.48 consider
1.96 consider my
-0.67 considered
-1.08 considered again
-2.18 considered if
-1.28 consultant
-1.28 consultation
0.6 contact me
-1.08 continue in
0.78 continue to
0.6 continuity
3.06 contract renewal
-0.83 contracts
-1.93 contribute
-1.72 contribute to
2.41 convenience
-1.28 convenient
-0.83 convenient could
-0.85 conversation
-0.73 conversation about
-0.83 conversation confirmed
-0.83 conversation made
1.63 conversation so
-1.08 conversation yesterday
-1.83 conversations
-0.83 conversations with
0.6 convinced that
0.6 cooperative
-0.83 coordinating
-1.08 coordinator post
3.31 copied
3.06 copied mr
-0.83 copies
-0.83 copies of
-1.72 copy
-0.83 copy of
-1.08 copywriter
-0.83 copywriter role
1.11 cork
-1.28 correct
-0.83 correction
1.63 corrib
0.6 corvid
0.53 cost
-0.83 costs
0.53 could be
-0.83 could begin
1.11 could do
3.06 could give
-1.93 could have
-1.08 could keep
1.63 could manage
-1.28 could start
-0.83 could strengthen
0.6 could tell
1.28 could you
-0.83 couldn't
-0.83 couldn't help
0.6 count for
1.9 counting
3.06 counting on
-0.83 country
-1.93 county
0.97 couple
0.97 couple of
-1.59 course i
0.6 course in
1.63 court
1.63 courtesy
1.37 courtesy of
-1.28 covered
-1.45 covers
-1.45 creative
-1.83 credit
-1.28 credit risk
-0.83 crew for
-0.83 crew on
-1.34 cross
-2.02 cross again
0.6 cross paths
0.78 culture
-0.73 current
-0.83 current company
1.45 current employer
-1.08 current post
-0.83 current project
-1.08 current role
-1.4 customer
-0.83 customer service
-0.62 customer success
0.66 customs
1.11 customs compliance
-0.71 cut
1.63 cut off
-0.64 cv
1.63 cv and
-0.83 cv i
0.53 cycle
-1.08 daily
3.31 dangling
-0.83 darwin
-1.28 dashboard
-0.83 data
-1.59 data analyst
1.63 data engineer
-1.08 date of
-1.28 dates
3.06 daughter's
1.63 day as
0.6 day for
1.63 day i
1.63 day off
-1.08 day was
-0.83 day's
1.21 days
3.06 days ago
0.6 days and
3.06 days from
3.51 days since
-1.08 days which
-0.83 dbs
-0.83 de
1.57 deadline
-0.83 deal about
-1.08 deal from
-0.94 dear
-0.62 dear mr
-1.28 december
-0.62 decide by
1.32 decided
1.7 deciding
-1.08 decision about
3.06 decision before
2.64 decision by
1.63 decision is
-1.08 decision regarding
3.31 decision this
3.06 decision today
-1.08 decision was
1.96 decision within
0.53 decisions
-0.83 defence
-0.83 degree
1.11 deliberation
-1.08 delivered
0.78 delivery
-1.45 delta
1.96 demand
-0.79 department
-0.83 depth
0.6 deputy stage
-0.57 described
-0.83 described in
0.78 described is
-0.83 described to
-1.01 description
1.63 deserves
1.11 design engineer
-0.83 desirable
2.14 desk
1.63 desk and
-2.02 detail
-2.32 details
-1.08 developer role
-1.45 development
-0.83 development officer
-0.83 dhabi
-0.62 did
-1.28 did enjoy
-0.71 did not
-0.83 did notice
1.63 did say
-0.83 difficult to
-1.08 dinner
-0.83 diolch
-1.08 direction
-1.08 director of
-1.0 disappointed
-0.57 disappointed but
-2.02 disappointed i
-1.08 discharge
-0.83 discuss
-0.57 discuss the
-1.08 discussed on
-1.08 discussing
-1.08 discussing the
-1.54 discussion
-2.18 discussion about
-0.62 discussion of
-1.28 dispatch
-0.83 dissertation
-1.83 distribution
-1.08 distribution centre
-0.83 distributor
-0.83 do a
-0.83 do feel
1.11 do hope
3.06 do if
-1.08 do it
-1.28 do keep
-0.83 do let
-0.83 do next
1.11 do still
-1.28 do you
-0.83 dock
-1.45 document
-1.08 document is
0.6 documentation
-2.38 documents
-1.28 documents are
1.28 doesn't
1.63 doesn't come
1.11 doing and
0.6 doing with
0.95 don't
-2.1 don't feel
3.06 don't forget
3.95 don't hear
-0.83 don't hold
3.06 don't intend
3.06 don't keep
3.06 don't know
1.63 don't mind
0.78 don't worry
-0.83 done at
0.6 door
-1.28 down the
-1.72 down to
1.96 down two
-1.01 dr
1.63 drawn
0.78 driver
-1.08 driving
-0.83 driving licence
0.53 drop
-0.62 dropped
1.45 drove
0.6 dry
-1.08 due on
-0.64 during the
-0.83 duty
0.6 each
0.6 each month
3.06 each way
1.43 earlier
3.82 earliest
3.06 earliest convenience
0.6 early june
1.11 easier to
-0.83 easiest for
-1.08 easily
-0.83 east
-1.08 easy
-0.83 editorial
-1.28 eight years
-1.28 eighteen
-1.28 eighteen months
0.95 either
0.92 either way
-1.28 electrical
-0.83 electrical apprenticeship
1.63 electrician
-1.08 else from
-0.83 else in
-1.45 else that
3.31 else which
-0.83 else would
-2.02 else you
-0.77 email and
3.06 email as
1.63 email in
3.31 email is
3.06 email of
-0.83 email regarding
3.06 email would
2.55 emails
3.06 emails i
1.63 emails to
0.78 emergency
-0.83 employees
-0.83 employer has
0.78 employment
-0.83 encouraged
0.51 end of
1.63 ended
1.48 ends
1.45 ends on
1.63 ends up
-1.08 energy
-1.28 engineers
-0.72 enjoyed
-0.83 enjoyed every
-2.02 enjoyed learning
-2.65 enjoyed our
-0.7 enjoyed the
-1.28 enough
0.6 enrolment
-0.86 especially
-0.83 especially hearing
0.6 especially in
-0.83 especially on
-0.83 european
0.6 even
2.85 even a
1.28 even if
-0.83 even the
-1.08 even though
1.55 evening
3.06 evening whether
-2.78 ever
-0.83 ever have
0.71 every
3.31 every couple
1.7 every day
3.06 every evening
-0.83 every question
-1.93 every success
3.06 every ten
1.11 every week
-1.34 everyone
0.91 everything
-1.08 ewm
0.6 exactly where
-1.83 exam
-0.83 exam last
-1.45 example
-1.08 examples
1.63 exception
0.53 executive
1.11 executive role
-0.55 exercise
-1.08 exercise was
-0.83 existing
-1.01 expansion
3.68 expect a
-0.77 expect to
0.86 expected to
3.51 expecting
-0.83 expects
-0.83 expects to
3.31 expedite
-1.85 experience
-0.83 experience and
-1.08 experience in
-1.08 experience to
0.6 expires on
-1.83 explain
-1.28 explain the
-1.22 explaining
-1.08 explaining that
-1.45 explaining the
-0.62 explanation of
-1.08 extra
-1.93 eye
-1.83 eye on
-0.83 face to
-1.08 facilities
1.96 facility
-0.83 fact
-0.83 failures
-0.83 fair and
-0.83 fair bit
-0.83 fair to
-1.45 fairly
-0.83 fairness
1.45 falls
-0.83 familiar
-1.45 families
0.95 family
-0.83 family and
1.63 family holiday
-0.73 far
-1.08 farmer
-0.83 farms
1.7 fast
1.11 faster
1.11 faster than
1.45 father
-1.08 fault
-0.83 features
0.6 february and
-0.58 feedback
-1.22 feedback on
-0.83 feedback you
-1.13 feel
-0.83 feel i
-1.08 feel obliged
-1.83 feel the
1.11 feel very
-1.08 feel you
-1.08 feelings
1.11 feels
0.78 feels like
-1.59 fell
-1.45 fell short
-0.62 felt
-1.28 festival
2.58 few days
-1.08 fifteen
-0.83 fifteen years
-0.83 fifty
-1.28 figure
-1.59 figures
0.6 filled
0.88 final
1.63 final decision
1.11 final interview
1.63 final stage
2.07 finally
-0.83 finance
-0.83 finance director
-0.83 finance team
1.11 finch
1.37 find a
0.6 find anyone
1.11 finding it
-1.08 finish
-2.02 finished
-1.08 finished the
-0.83 finishing
-0.83 firm and
-0.83 firm with
1.63 firm's
1.7 firms
-0.52 first
-1.08 first aid
-1.15 first choice
-1.08 first day
-1.08 first interview
-1.28 first ninety
1.11 first of
-0.83 first season
-1.59 first year
0.6 fits well
-0.83 five
0.78 five minutes
0.6 five weeks
-1.28 five years
0.78 fixed
3.31 fleet planning
1.11 flew
-1.45 flexible
-0.83 flexible on
3.06 flight
0.6 flood risk
-0.83 floor
-1.45 flow
-0.83 focus
-0.83 focus on
0.89 following
1.11 following my
0.6 following our
-1.45 following the
1.15 following up
-0.73 foods
-1.28 for <n>
1.45 for another
-0.7 for any
0.66 for anything
-0.83 for around
-1.04 for being
-0.83 for but
-1.72 for calling
3.06 for chasing
-0.83 for eight
-1.93 for explaining
1.63 for finally
-0.83 for four
-0.83 for freelance
-1.59 for future
-1.08 for getting
0.6 for giving
-0.83 for her
-0.83 for how
-2.32 for informing
-0.55 for interviewing
-1.59 for inviting
0.6 for it
-0.89 for letting
2.41 for long
-0.83 for lunch
-0.92 for meeting
-1.08 for most
-1.13 for my
1.11 for nothing
1.45 for on
0.6 for one
-0.83 for other
-1.08 for passing
0.6 for receiving
-0.83 for running
0.86 for seeing
0.54 for showing
-1.59 for similar
1.63 for some
-0.83 for someone
-1.59 for speaking
-1.59 for such
-0.83 for taking
-1.72 for telling
0.78 for that
-0.51 for the
-0.83 for their
-1.59 for thursday's
1.63 for today
0.78 for tuesday's
-0.83 for two
-1.72 for what
0.78 for yesterday
0.94 for you
-1.28 forecasting
1.96 forget
-0.83 forgive
3.06 forgotten
-0.83 form
-0.83 form i
0.6 form letter
-1.45 former
1.57 fortnight
-0.9 forward
-0.83 forward for
-1.05 forward to
0.6 forwarder
-2.32 found
-1.59 found the
-0.83 found your
-0.83 foundation
-0.83 four stages
1.63 four times
-1.59 four weeks
-1.01 four years
1.57 fourth
0.6 frame
-1.08 framework
1.11 frank
1.11 frankly
1.63 free for
-1.08 freelance
0.68 freight
0.93 friday
-1.59 friday about
-1.28 friday for
3.06 friday i
3.06 friday i'll
1.96 friday so
1.96 friday the
-1.08 friendly
1.63 friends
-2.55 from <n>
-2.18 from a
-1.08 from about
-0.53 from me
0.6 from monday
1.63 from two
-0.83 from what
0.66 from your
0.95 front
3.06 front desk
0.78 front of
3.06 frustrating
-0.87 full
-1.28 full picture
-1.08 fully
-0.83 fully respect
0.6 fundraising officer
-1.2 further
-0.83 further about
-0.83 further details
-1.72 further documents
-1.08 further information
-0.83 further questions
1.96 further to
-1.08 further you
-2.15 future
-0.83 future applications
-1.08 future i
-0.94 future openings
-2.02 future roles
-1.59 future vacancies
-0.83 galway
-1.28 gap
-1.08 garden
0.6 gardens
-0.61 gave
-0.83 gave a
-1.11 gave me
1.63 gave of
-0.83 geelong
1.96 generous
3.31 gentle
3.31 gentle reminder
-1.08 gently
-1.17 genuinely
0.6 genuinely excited
-0.83 genuinely useful
0.94 get
1.45 get a
2.72 get back
3.06 get lost
3.06 get round
1.63 get that
1.45 get the
-1.08 get to
0.53 gets
0.58 getting
1.11 getting a
0.78 getting back
3.31 ghosted
1.11 give
1.96 give me
1.96 give you
1.63 given how
1.96 given that
1.7 given the
-0.83 gives
1.32 giving
-1.61 glad
-1.68 glad to
0.77 go
-0.83 go over
3.31 go with
0.78 god
0.78 god bless
-0.83 goes well
0.6 going ahead
1.63 going smoothly
-1.08 going through
1.2 gone
3.06 gone another
0.53 gone to
-0.83 gone well
-1.08 good deal
1.37 good news
-0.83 good summer
-1.28 good to
-0.83 good way
-1.08 got a
0.6 got back
1.96 got the
-0.83 gothenburg
-0.83 government
1.63 graduate structural
-1.08 graduate trainee
0.78 grant
1.63 grants coordinator
2.58 grateful if
0.6 greetings and
-0.83 grew
0.6 greyfield
-1.72 ground
-0.83 ground running
0.6 group and
-0.83 group exercise
-0.83 group's
0.53 grow
-0.83 growing
-0.83 grown
-1.08 growth
3.82 guessing
3.31 guessing from
-1.08 guest
-1.28 guidance
-0.83 guide
0.6 had an
1.11 had another
-0.83 had any
-0.83 had attended
-1.72 had been
-0.83 had clearly
-1.08 had gone
1.63 had hoped
-1.08 had in
3.06 had no
0.6 had not
-0.83 had really
-1.28 had the
-0.92 had to
-1.08 hadn't
-0.83 haiphong
1.63 hale
-2.25 half
-0.83 half the
1.11 handed
-1.08 handle
-0.83 handle a
-1.83 handled
-0.83 handled the
1.63 handler
0.6 handles
1.63 handover
-2.25 hands
-1.93 hands on
1.11 hangar
3.31 hanging
-0.83 happen
-1.08 happens
-0.83 happily
-1.73 happy
-1.68 happy to
-0.62 harbour
1.11 harbourline
-1.08 hard feelings
-1.08 hard not
3.31 hard on
0.86 harder
1.63 harder than
1.63 hardest
1.63 hardest part
-0.83 harlow
-1.08 harvest
0.6 has a
-0.83 has actually
0.6 has asked
0.57 has been
-1.28 has changed
1.37 has come
0.91 has gone
-1.83 has made
1.48 has now
1.11 has said
0.66 has stayed
-0.83 has the
-0.83 has told
1.11 hasn't
3.06 hasn't been
-0.83 hasn't changed
1.75 hate
1.57 hate for
1.96 hate to
0.78 have already
2.21 have an
-1.72 have asked
-1.59 have attached
-0.83 have built
0.6 have chosen
0.6 have come
-1.28 have done
-0.83 have enjoyed
-0.83 have given
1.7 have gone
-1.08 have handled
1.45 have heard
3.06 have i
-0.83 have in
1.11 have kept
-1.08 have made
-1.08 have news
2.21 have not
2.72 have now
-0.83 have passed
-0.83 have read
-0.83 have run
-0.83 have said
-0.83 have saved
0.6 have since
-2.1 have the
2.01 have to
1.63 have turned
1.63 have two
1.63 have wanted
-1.45 have worked
3.0 haven't
4.16 haven't heard
-0.91 having
-0.62 having me
-0.83 he has
0.6 he would
-0.71 health
-0.83 heaps
-0.83 heaps for
1.11 hear a
-0.56 hear about
3.06 hear anything
3.82 hear back
1.63 hear by
-0.83 hear good
-0.62 hear how
-1.08 hear more
-1.45 hear of
3.68 hear something
2.26 heard
3.68 heard anything
3.06 heard back
3.51 heard by
-0.52 hearing from
-0.66 hearing how
3.06 hearing your
0.6 heart
0.78 held on
-0.81 help
-0.83 help i
-0.83 help i'm
-0.83 help noticing
-2.02 help the
-1.28 help to
-1.28 help your
-1.59 helped
-1.08 helped me
-2.82 helpful
-1.28 helpful for
-0.73 helps
-0.71 her
1.63 here i
-1.28 here is
-0.83 heritage
-0.83 heritage railway
0.6 hesitate
0.6 hesitate to
0.66 high
3.06 high demand
-0.83 highest
0.6 highlight of
-0.83 him
-0.83 his
-0.83 his phone
-1.28 history
-0.83 hit
-0.83 hit the
0.99 hold
-0.83 hold a
-0.83 hold the
2.21 holding
3.51 holding things
1.7 holiday
-0.83 hollins
-0.83 home so
1.11 home task
0.6 honest i'm
1.63 honest with
1.11 honestly i
1.63 honestly my
-0.83 honestly that
-1.08 honesty about
-1.28 honoured
-1.08 honoured to
0.6 hope all
1.45 hope it
-1.93 hope our
0.6 hope things
0.57 hope this
-0.89 hope to
0.82 hope you
1.11 hope you'll
1.63 hoped the
-0.57 hoped to
1.35 hoping
1.37 hoping for
0.6 horizonte
-0.83 hospice
-0.83 hospitality
-1.01 hour
1.11 hours
-2.25 housing
-1.5 how i
-1.28 how i'd
1.37 how long
-0.83 how many
-1.08 how my
-0.83 how open
1.63 how quickly
-0.59 how the
0.53 how things
1.11 how this
-1.83 how you
-2.02 how your
1.11 hr
-1.28 hub
-1.59 hundred
-0.83 hurry
-0.83 hybrid
-1.93 i accept
-1.93 i answered
-0.73 i applied
-0.6 i appreciate
-0.73 i appreciated
1.63 i are
2.21 i attended
-2.1 i believe
-0.7 i can
2.0 i can't
3.06 i cannot
-0.83 i completed
1.11 i continue
-1.03 i could
-0.83 i couldn't
-0.83 i described
-1.72 i did
0.95 i don't
0.6 i enjoy
-0.87 i enjoyed
-1.28 i especially
0.75 i expected
1.11 i flew
-2.1 i found
-1.08 i fully
-0.83 i genuinely
1.7 i get
0.53 i got
-0.83 i handle
-0.83 i handled
2.64 i haven't
1.45 i hear
-1.28 i hold
-0.83 i honestly
-0.83 i imagine
1.53 i interviewed
-1.28 i learned
-1.28 i learnt
1.63 i leave
-1.59 i led
-1.45 i liked
-0.89 i look
0.57 i loved
1.63 i manage
-1.01 i may
-1.08 i mention
-0.73 i met
3.06 i miss
-0.83 i most
1.63 i moved
1.73 i need
0.75 i noticed
0.6 i now
-0.83 i only
-0.83 i particularly
-1.08 i passed
-0.83 i plan
-1.45 i prepared
-1.59 i ran
-0.83 i realise
1.63 i rearranged
-0.83 i rebuilt
0.6 i received
-1.08 i reckon
3.06 i request
-1.83 i said
1.32 i saw
-0.83 i say
-1.08 i see
-1.08 i set
1.11 i shall
0.68 i should
-1.45 i simply
0.6 i stopped
-1.59 i suppose
-0.83 i talked
-0.87 i think
0.78 i told
0.75 i took
3.06 i tried
0.99 i trust
-0.75 i understand
-1.28 i valued
-1.08 i very
-0.73 i wanted
1.0 i will
-1.86 i wish
0.81 i won't
1.11 i wondered
-0.83 i worked
-1.08 i wrote
3.06 i'd appreciate
3.31 i'd ask
-0.83 i'd be
1.63 i'd expect
1.48 i'd hate
0.95 i'd have
0.78 i'd hoped
2.21 i'd just
-0.83 i'd most
1.88 i'd rather
0.97 i'd really
0.97 i'd still
-0.83 i'd value
-1.93 i'd welcome
1.17 i'll
3.95 i'll assume
0.94 i'll be
1.45 i'll do
3.31 i'll give
2.21 i'll have
0.6 i'll leave
0.6 i'll make
3.95 i'll need
3.31 i'll ring
3.06 i'll stop
2.58 i'll take
1.63 i'll try
0.51 i'm
-1.08 i'm a
1.63 i'm afraid
0.6 i'm after
-0.83 i'm aware
-0.83 i'm away
1.28 i'm checking
-0.83 i'm disappointed
-0.83 i'm excited
1.11 i'm finding
-0.83 i'm flexible
0.84 i'm following
-1.28 i'm free
-0.83 i'm genuinely
3.31 i'm giving
-1.08 i'm glad
3.68 i'm guessing
-0.89 i'm happy
3.06 i'm hoping
-0.83 i'm in
-1.08 i'm just
0.66 i'm keen
-0.83 i'm most
-1.45 i'm on
1.96 i'm rather
0.97 i'm really
3.06 i'm renewing
-1.22 i'm sorry
0.66 i'm still
1.55 i'm sure
0.6 i'm the
0.9 i'm writing
0.68 i've
1.73 i've already
3.06 i've also
0.6 i've asked
0.55 i've been
-0.83 i've finished
1.63 i've had
0.6 i've now
1.96 i've put
-1.83 i've received
1.11 i've started
-0.83 i've worked
-1.45 idea of
1.7 ideally
-1.28 ideas
-2.96 if a
-2.38 if another
-2.02 if any
-0.77 if anything
0.86 if i
1.63 if i'd
1.11 if i'm
3.31 if i've
-0.54 if it
1.73 if it's
-1.28 if something
-0.6 if that
-1.08 if they
3.51 if this
0.91 if you're
1.96 if you've
-1.08 if your
-1.08 imagine the
2.58 immediately
3.06 impressive
-1.28 improve
-1.45 in <n>
-1.13 in a
1.11 in about
-0.83 in abu
1.11 in advance
-0.83 in again
-0.83 in any
0.57 in case
1.63 in every
-0.83 in fairness
0.78 in for
1.63 in from
-2.18 in future
0.6 in good
1.96 in high
1.63 in how
-0.83 in january
0.78 in may
-1.08 in more
-0.83 in once
-1.28 in one
-0.83 in particular
-1.28 in september
3.06 in spam
3.06 in suspense
-1.08 in that
-1.28 in their
-0.83 in this
-0.86 in touch
-0.83 in twenty
1.63 in under
-1.28 in well
1.11 in working
0.53 in writing
2.14 inbox
1.63 inbox and
3.06 inbox every
-1.59 including
3.51 indefinitely
-0.83 indication of
-0.83 industry
1.37 inform
-0.83 inform you
-1.01 information
-1.34 informing
-1.34 informing me
-0.83 insight
-0.83 instead of
-1.08 instructor
0.6 insurance
-1.28 intake
1.45 intend
1.45 intend to
0.86 interest in
-1.08 interest of
3.31 interest so
0.84 interested and
3.68 interested but
-2.18 interesting
-1.08 internal
-0.83 interns
-0.83 internship
-1.28 interview at
3.06 interview from
1.11 interview that
-1.28 interview this
1.11 interview with
-2.38 interview yesterday
1.41 interviewed
1.92 interviewed for
0.6 interviewed on
1.37 interviewed with
-1.28 interviewer
-0.75 interviewing
-0.55 interviewing me
-1.08 interviews for
1.63 interviews i
-1.08 interviews in
-0.83 into account
1.63 invested
1.63 invested in
-1.08 invitation
-1.72 inviting
-1.72 inviting me
0.6 involved
1.96 is all
0.6 is already
0.78 is an
-0.57 is any
-1.28 is anything
1.96 is back
-1.08 is doing
0.64 is exactly
-0.83 is four
3.06 is getting
1.11 is hard
1.96 is in
-0.83 is just
-0.83 is meant
1.63 is my
0.53 is no
0.91 is now
0.78 is on
-0.83 is one
-1.08 is possible
1.63 is really
1.63 is regarding
-1.08 is required
-1.08 is right
-1.08 is simply
-0.62 is something
0.88 is still
-2.25 is that
-1.28 is useful
-1.45 is valid
0.78 is very
0.66 is well
-0.83 is what
-1.28 is where
-0.83 island
0.75 isn't
-1.08 isn't possible
-1.08 isn't the
-1.45 it a
1.11 it again
-1.45 it and
0.78 it as
0.53 it be
-0.83 it because
3.06 it by
-1.28 it came
1.63 it confirmed
-0.83 it didn't
0.6 it does
-0.83 it felt
1.63 it first
1.11 it from
-1.28 it had
1.33 it has
1.63 it if
-1.83 it in
1.63 it into
-1.08 it meant
-1.08 it over
-1.08 it seemed
0.78 it seems
-0.83 it since
0.6 it so
-1.59 it sounds
-1.28 it the
1.96 it through
1.11 it took
3.06 it until
-0.73 it was
-1.59 it wasn't
-0.83 it went
0.86 it will
0.6 it's exactly
-0.83 it's hard
0.78 it's just
1.96 it's not
-2.1 it's useful
-1.45 it's worth
-0.83 item
-1.08 its
0.97 itself
0.53 january
0.61 job
1.28 job and
1.63 job at
-1.28 job description
1.63 job i
-1.08 job in
0.53 jobs
-0.83 joined
-1.28 joining you
-0.83 joke
-0.92 july
0.6 july for
-0.83 june about
-1.28 june and
0.55 junior
3.06 junior accountant
-0.83 junior copywriter
-0.83 junior data
0.65 just
-1.08 just as
1.96 just been
3.06 just circling
-0.83 just didn't
1.45 just let
1.96 just like
1.63 just need
1.96 just rather
1.63 just say
-0.83 just sending
0.66 just so
0.6 just to
0.6 kaveri
2.41 keen and
1.63 keen the
0.52 keen to
-0.57 keener
-0.83 keener on
-0.83 keener than
0.6 keener to
1.45 keep a
-1.93 keep an
-0.83 keep coming
-1.08 keep following
-1.08 keep in
0.73 keep my
1.45 keep that
0.6 keep the
0.5 keeping
0.88 keeping well
1.11 keeps
-1.45 kept in
3.31 kept my
1.63 kids
-1.28 kind email
-0.83 kind note
-0.83 kind time
0.6 kind words
1.63 kinder
1.63 kinder to
0.55 kindly
-0.83 kindly agreed
-0.83 kindly keep
-0.62 kindly let
-0.83 kindly note
3.06 kindly revert
3.06 kindness
0.6 kisumu
-0.98 know about
-2.13 know and
4.06 know by
3.51 know either
-1.57 know if
-0.83 know in
-1.28 know it
-0.83 know it's
-1.72 know my
2.21 know one
-0.83 know roughly
1.11 know so
-1.4 know that
1.96 know this
2.0 know where
1.11 know you
0.75 knowing
-0.83 knowing where
-1.45 known
-0.83 knows
-1.08 laboratory technician
0.78 lagos
3.68 landlord
3.06 landlord wants
-0.83 lane
-0.83 language
1.63 lapse
-1.28 large
0.78 last <n>
-0.83 last friday
1.57 last month
0.78 last three
0.78 last thursday
0.6 last tuesday
1.75 last two
-2.18 last year
0.6 late
-0.83 later i
-0.83 later in
2.96 latest
3.31 latest by
-0.83 launched
-1.08 law
-1.96 lead
-1.72 lead position
-0.92 lead role
0.6 leader position
-0.83 leader role
-0.83 leadership
-0.77 learn
-1.83 learn about
-1.64 learned
-1.15 learned a
-1.79 learning
-1.08 learning about
-0.83 learning how
-1.45 learnt
-1.45 learnt a
2.21 lease
1.11 least
1.63 least a
0.99 leave
1.11 leave it
1.63 leave me
0.6 leave you
3.31 leaves
1.11 leaving
-0.83 lecturer in
-2.32 led
-1.72 led the
0.83 left
2.34 left a
-1.08 left the
1.96 left waiting
1.63 left you
-1.08 legacy
0.6 legal
0.6 less time
-1.08 lesson
1.63 let a
-1.4 let you
-1.28 letter about
0.78 letter of
-0.91 letting
-0.91 letting me
-1.15 level
0.6 level <n>
0.86 library assistant
-1.93 licence
-0.83 licence came
1.63 licensed
1.45 life
-1.01 like a
1.45 like an
-1.08 like exactly
0.6 like i
-0.83 like mine
0.6 like that
3.06 like this
-0.83 liked
1.11 liked to
-0.83 liked what
-0.83 limited email
1.7 limits
0.53 line
-1.28 line and
3.06 line on
-0.83 line up
1.63 lines of
-1.72 link
-0.83 linkage
1.77 linkedin
0.64 list
0.6 list and
-1.59 listed
-0.83 listed as
-1.08 little over
-1.08 live
-0.83 live up
-0.83 load
1.63 lobby
-0.62 local
-0.83 localisation
-0.99 logistics
0.6 logistics coordinator
-0.83 logistics planner
-0.83 london
1.48 long
3.06 long as
1.63 long i
1.11 long time
1.33 longer
1.45 longer than
-0.65 look
-1.12 look forward
-0.83 looked after
1.11 looked at
-1.25 looking
-0.83 looking back
-1.93 looking for
3.31 lose
3.06 lose me
1.63 losing
-0.83 loss
1.55 lost
0.66 lot about
-1.59 lot from
-1.08 lot to
0.75 loved hearing
0.78 lovely to
-0.83 lucky
-0.83 lucky to
3.06 lunchtime
1.11 m
-0.52 made
-1.45 made it
-0.83 made my
-0.83 main
-1.59 mainly
-0.73 maintenance
0.73 make
-0.83 make my
2.72 make sure
-1.08 make the
1.45 make your
0.68 makes
1.63 makes it
-0.83 makes me
0.97 manage
0.78 manage a
-1.08 managed
-1.28 management
0.6 manager has
1.63 manager job
-0.71 manager position
0.75 manager post
0.6 manager vacancy
-1.08 managers
-1.08 manchester
-0.6 many
-1.45 many of
1.11 many times
1.11 mapping
0.6 march and
-0.83 marina
1.9 marine
1.26 market
-0.55 marketing
1.11 marketing executive
-0.83 marsh
-0.83 master's
3.06 match it
3.06 matter
0.78 matters
-1.08 may and
1.9 may i
-1.45 maybe
-0.55 me about
1.57 me back
0.6 me before
-0.83 me but
1.48 me by
-1.08 me during
1.96 me every
3.06 me first
-0.83 me i'm
-1.08 me if
-1.45 me more
-0.92 me of
-1.13 me on
1.32 me out
1.96 me over
0.57 me round
0.86 me so
-1.83 me such
0.92 me the
1.11 me this
1.63 me today
-1.08 me understand
-0.83 me until
-1.08 me very
-1.08 me well
-0.83 me who
1.11 me wonder
2.21 mean
2.58 mean a
0.53 means
0.6 means a
-0.83 meant a
-1.08 meant to
-2.32 meantime
-0.83 mechanical
0.6 medicine
-0.6 meet
0.6 meet me
-1.08 meet you
-0.53 meeting
-1.72 meeting with
3.06 meets
1.11 member
-0.83 mention is
-0.83 mention it
1.48 mention that
-1.28 mention this
-0.83 mentioned
0.6 mentioned i
1.11 mentioned in
-1.45 mentioned is
0.6 mentioned so
-1.4 mentioned that
-1.93 mentioned the
-1.28 mentioned you
-0.83 mentions
-1.08 mentoring
-0.83 mentoring scheme
1.63 mercy
-0.83 meridian
0.5 message
-1.59 message about
-1.28 message and
3.06 messaged
3.06 messaged you
3.31 messages
-0.7 met
-1.28 met on
-0.83 met the
0.6 microbiome
-1.93 mid
-1.28 middle
-1.08 middle of
0.74 might be
-0.83 might come
-0.83 might help
-1.28 might like
0.6 millbrook
-1.28 million
0.6 mind and
-2.02 mind for
-2.1 mine
-0.83 mine was
0.53 minute
-1.28 minutes at
-0.83 minutes late
3.68 miss
3.06 miss you
-0.62 model
-1.28 modelling
-0.83 module
-0.83 modules
0.95 moment
-0.83 monday for
3.31 monday so
0.6 monday to
0.54 month
-1.45 month end
1.96 month to
-0.83 monthly
-0.7 months
-1.28 months and
-0.92 more about
-1.08 more detail
-0.83 more enthusiastic
3.06 more for
-0.83 more i
-1.45 more of
-0.83 more senior
-1.08 more time
0.69 morning
0.6 morning about
0.66 morning and
1.63 morning but
1.63 morning to
0.6 morning's interview
-1.83 mornings
-0.83 mornings are
-1.78 most
-1.28 most interesting
-1.59 most like
-1.4 most of
-0.83 most useful
-0.83 most want
-2.1 mostly
-0.83 move into
-0.83 move our
1.63 move the
-0.62 move to
1.11 moved on
-0.83 moved the
0.55 moving
1.63 moving fast
0.78 moving to
-1.83 mrs
-1.08 ms okafor
0.78 much about
0.78 much and
-0.83 much better
-1.08 much clearer
0.53 much hoping
0.73 much interested
3.51 much longer
-0.92 much of
-1.08 much prefer
1.96 much to
1.63 mum
-1.08 museum
0.54 must
1.96 must be
-1.08 must say
-1.08 my account
-0.83 my answer
-1.59 my answers
-1.08 my background
-0.62 my career
-1.45 my congratulations
-0.83 my connection
-0.57 my current
3.06 my daughter's
3.06 my deadline
-1.08 my details
-0.83 my dissertation
3.06 my earlier
1.88 my email
3.31 my emails
-1.28 my experience
1.11 my family
1.96 my file
-1.86 my first
-0.83 my former
3.31 my fourth
2.85 my inbox
3.68 my landlord
1.11 my last
3.31 my lease
3.06 my life
0.75 my manager
1.63 my mum
2.07 my name
0.91 my next
1.63 my notes
3.06 my other
1.63 my panel
3.06 my parents
-1.45 my part
1.96 my partner
4.25 my phone
-1.59 my portfolio
-1.45 my present
1.11 my previous
-0.83 my qualifications
-0.83 my right
3.06 my savings
3.06 my search
1.45 my second
1.7 my situation
3.06 my thank
-0.83 my thesis
1.11 my time
0.53 my two
0.6 my week
3.06 my whole
-0.83 my year
-1.55 myself
-0.83 myself on
0.6 nairobi
0.88 name
-0.83 name and
-0.83 names
-0.83 national
-1.08 natural
-1.28 naturally
0.95 nd
-0.83 nd you
0.65 need
0.86 need a
3.31 need an
-1.83 need anything
-2.1 need from
-0.83 need my
-1.08 need someone
0.86 need to
3.06 need you
3.95 need your
-1.15 needed
1.63 needs a
-0.83 needs an
1.63 neither
1.63 neither of
-0.83 nervous
0.6 network
0.53 never
-0.74 new
0.6 new community
-1.45 new hire
-0.83 new onboarding
-1.08 new starters
-1.08 news and
3.31 news at
1.96 news from
-1.08 news i
1.11 news is
-1.93 news on
-0.83 news was
3.06 news would
3.06 next few
-0.83 next interview
0.66 next month
-1.45 next round
-1.15 next step
-0.7 next steps
-1.45 next time
-0.89 next year
1.63 nice
0.53 night shift
-0.83 night staff
0.6 nights
2.21 nineteen
3.06 nineteen days
-1.28 ninety days
1.03 no
1.63 no and
3.06 no but
-1.08 no hard
1.63 no is
0.78 no longer
0.6 no one
0.6 no pressure
-0.83 no reply
-0.83 no rush
3.06 no update
1.96 nobody has
3.06 noon
0.6 noor
1.63 nordhavn
1.63 nordvik
-1.83 northern
1.48 not a
0.6 not and
-0.83 not asking
1.11 not been
-1.59 not disappointed
3.31 not heard
3.06 not left
0.6 not selected
-1.15 not sure
1.32 not want
3.31 not yet
-1.08 note to
-0.83 noted
0.6 notes from
1.43 nothing
3.06 nothing so
-0.62 notice period
-0.83 noticed the
-0.83 noticing
1.28 now
1.11 now and
1.9 now been
3.06 now eleven
3.06 now received
1.96 now so
0.6 now than
0.53 now that
1.96 nudge
-1.08 number
-1.08 number of
-1.45 numbers
-1.28 nurses
-1.08 nursing
-0.83 october for
-0.83 odd
-0.83 of about
-1.08 of being
3.31 of business
1.63 of care
-0.83 of finance
-1.08 of four
-1.28 of future
-0.83 of hands
-1.01 of how
0.86 of interest
1.7 of interviews
-0.83 of march
1.11 of me
0.78 of news
-1.08 of next
1.63 of procurement
-1.83 of that
-0.8 of the
1.24 of them
1.11 of things
1.69 of this
-0.83 of those
1.96 of three
-1.08 of time
3.06 of waiting
0.78 of weeks
-1.28 of what
-0.83 of when
-1.08 of where
0.86 of work
-0.92 of you
0.59 off
0.6 off to
0.55 offer
0.6 offer elsewhere
1.11 offer has
1.63 offer is
-0.83 offer one
-0.94 offered
-0.73 offered me
0.57 office
0.6 office and
-0.83 office days
-1.08 office manager
1.7 office on
0.6 officer interview
-1.08 okafor
-0.83 okafor for
-1.28 old
-0.83 older
3.06 on all
1.96 on and
-1.08 on any
-0.83 on before
-0.83 on both
0.53 on every
-1.45 on file
1.96 on for
-0.66 on friday
1.63 on good
3.06 on hearing
-1.28 on his
2.58 on hold
1.11 on it
-1.08 on joining
1.75 on linkedin
-0.52 on monday
-0.66 on my
1.63 on other
-0.62 on our
-0.83 on reflection
-0.83 on regional
-1.59 on saturday
-1.28 on sunday
-0.92 on that
-1.08 on them
2.45 on this
-0.83 on track
3.06 on us
-1.9 on wednesday
-1.08 on what
3.06 on whatsapp
-1.83 onboarding
-1.45 once again
-0.83 once i
2.07 once more
-0.83 once the
-0.83 once told
0.6 oncology
-1.08 one and
3.06 one doesn't
-1.08 one i'd
-1.08 one in
-0.83 one is
3.51 one line
-0.83 one month
1.45 one person
-1.08 one piece
-0.83 one system
-0.83 one that
-1.83 one thing
4.06 one way
0.78 ones
-1.45 online
3.31 only a
1.63 only assume
-0.83 only hope
-1.08 only mention
-1.45 only one
-2.02 only so
-0.83 onto one
0.6 op
-0.88 open
-1.28 open about
1.63 open i
-1.59 open to
-1.08 open up
-1.59 open with
0.78 opened
-0.7 opening
-1.45 opening comes
-1.28 opening in
-1.21 openings
-1.28 openings in
-1.32 opens
-1.28 opens in
-0.62 opens up
-1.72 operation
1.11 operations analyst
0.86 operations coordinator
-0.83 operations lead
-1.59 operations manager
-0.83 operative
-0.83 operator
0.53 opportunities
-0.83 opportunities with
-1.28 opportunity
-1.59 opportunity and
-2.82 opportunity to
2.21 options
0.5 or
0.75 or a
-0.83 or elsewhere
0.6 or is
-0.83 or join
3.95 or no
0.6 or seasonal
2.11 or the
0.6 or thursday
-1.08 organisation and
1.63 organisation that
-0.83 organisation's
-1.59 organised
-0.83 organised day
-0.83 organising
-0.83 original
1.63 orwell
0.63 other
-0.83 other applicants
3.06 other by
-1.08 other company
0.53 other offer
3.31 other processes
-0.83 other's
1.45 others
1.37 otherwise
-0.64 our
-0.88 our conversation
-0.83 our conversations
-2.1 our discussion
0.53 our first
1.37 our interview
1.11 our meeting
-2.02 our paths
-1.08 our team
0.59 out
-0.83 out and
2.21 out at
1.11 out for
1.11 out in
1.26 out of
0.6 out that
-0.83 outcome and
-0.83 outcome but
-1.28 outcome for
-1.28 outreach
-1.59 outside
-0.64 over
-0.83 over my
-0.99 over the
-1.45 over two
1.63 own cost
1.21 p
1.21 p s
-0.83 pace
-1.28 packaging
-0.83 packed
-1.28 page and
-0.83 paid
-0.83 pair
-0.83 pair of
-0.83 paired
-0.83 pairing
-0.57 panel
-1.28 panel and
-0.83 panel especially
-1.59 panel for
-1.28 panel gave
-1.59 panel had
1.45 panel has
-0.83 panel i'd
1.37 panel interview
1.63 panel is
0.6 panel on
-1.08 panel took
-1.08 panel will
-1.28 panel's decision
-2.32 paper
0.78 paralegal
3.06 parents
1.11 park
-1.59 part i
-1.45 part was
0.78 particular
-0.66 particularly
-1.08 particularly on
-0.92 particularly the
1.11 partner
-1.08 partnerships
0.78 parts
-1.01 pass on
-0.83 passed my
-0.83 passed so
-0.83 passed the
-1.08 passing on
1.11 past the
3.06 pasted
3.06 pasted it
-0.83 patel
-1.08 paths
0.6 paths again
-1.93 paths cross
-1.08 patience when
-1.08 peak
-0.83 pearl
1.63 pension
-1.45 people who
-1.45 per cent
-0.83 percent
-0.83 performance
1.11 perhaps the
-1.08 period at
-0.83 period is
0.6 person made
1.96 person you
0.53 personal
0.6 personally about
-0.83 pharmacist
0.94 phone
0.53 phone call
-0.83 phone for
3.51 phone on
1.63 physiotherapist
-0.83 pick
-0.83 picture
-1.83 picture of
1.63 picture you
-1.08 piece
-1.08 piece of
3.06 pigeon
3.31 pile
-0.73 pilot
0.6 pitch
0.6 place
1.11 placed
1.63 placed on
-1.08 placement
-0.83 plain
-0.83 plainly
0.67 plan
2.21 plan accordingly
2.72 plan my
-0.83 planned
-0.6 planner
-0.83 planning i'm
-1.28 planning my
2.41 planning officer
1.11 planning to
-0.73 plant
-1.28 plate
-0.83 platform
-0.83 platform team
0.78 play
0.56 please
3.06 please confirm
0.6 please could
-1.72 please do
1.11 please give
-1.59 please keep
-1.08 please let
3.31 please ring
0.6 please send
1.11 please take
3.06 please tell
-1.45 please thank
3.31 please treat
-2.25 pleased
-2.25 pleased to
-0.57 pleasure
-0.92 pleasure to
1.45 pm
-1.08 point i
-1.08 pointers
-1.08 points
0.6 policy adviser
-1.08 policy officer
-0.83 politely
-0.83 pool
2.72 pop
3.31 pop up
-0.77 portfolio
-0.69 position and
1.45 position i
0.78 position is
0.97 position on
-1.45 position opens
-0.83 position particularly
-1.08 position with
-0.83 positions
0.6 positive
-1.59 possibility
-1.28 possibility of
0.55 possible
1.11 possible so
0.54 post and
-1.72 post comes
1.32 post in
0.86 post of
-1.08 post opens
-1.28 post with
1.45 postdoctoral
-0.83 posting
-0.83 power
-1.83 practical
-1.01 prepared
-0.83 prepared for
-1.93 present
0.78 presented
-0.83 pressures
-1.59 pretend i'm
1.28 previous
3.06 previous messages
0.6 primary
0.6 print
-0.83 priorities
1.11 priority
0.66 probably
-1.08 problem
-1.08 problems
-0.83 process a
-0.83 process but
0.6 process engineer
1.96 process has
-0.83 process stands
-0.83 process with
2.21 processes
-0.83 processing
-0.83 procurement officer
1.11 product designer
-0.83 product team
-1.72 production
1.11 professional
-1.28 professor
-0.83 profile in
1.63 profile is
-1.36 programme
-1.28 programme and
-1.08 programme at
-1.08 programme officer
0.6 programme you
0.6 programmes
-0.67 project
1.63 project and
-1.08 project i
-1.08 projects
1.45 promise
1.11 promised
2.21 promises
-0.83 prompt
1.63 proof
0.75 proper
1.11 proper one
-0.62 properly
1.11 property
0.6 proud to
-2.32 provide
-1.08 provide any
-1.45 provide anything
-1.08 provide references
-1.08 public
-0.83 published
-1.59 pune
-0.83 pune office
1.24 put
1.11 put in
1.11 put me
1.63 put together
1.11 put you
0.6 puts
-1.08 qualifications
-1.08 qualified
0.6 quality engineer
-1.72 quarter
-1.2 question
-2.1 question about
-1.59 question on
-2.96 questions
-1.08 questions about
-1.08 questions i
1.25 quick
-0.83 quick note
3.31 quick reply
1.37 quick update
0.51 quickly
-0.83 quickly i
0.66 quiet
2.21 quietly
0.54 quite
0.6 quite a
0.6 r
0.6 radio
-1.08 railway
-2.1 ran
-0.83 ran a
1.96 rang
0.53 range
-0.83 rare
0.53 rate
0.63 rather
3.68 rather have
0.6 rather join
1.96 rather know
3.51 rather not
3.06 rather work
-0.83 rating
0.95 rd
0.6 rd you
-1.72 reach a
-0.83 reach me
1.5 reached
1.63 reached a
3.68 reached you
-0.83 read it
0.6 read the
0.88 reading
1.63 reading between
-1.59 ready
-1.28 ready to
-0.53 real
0.78 realise
-1.45 realised
0.55 really
1.45 really excited
0.6 really hoping
-0.83 really interested
0.91 really keen
0.86 really like
0.6 really love
3.06 really need
-0.83 really useful
0.78 really want
1.63 rearranged
1.11 reasonable
-1.08 reasons
1.11 rebuilding
-1.08 rebuilt
-0.83 rebuilt the
2.21 receive
0.91 received a
0.6 receiving me
1.11 receptionist
-1.28 reckon
-0.83 reckon i'd
-0.83 reconciliations
3.06 reconsider
-0.92 record
-1.08 recorded
-1.22 records
1.45 recruiter
-0.83 recruiting
-2.1 recruitment
-0.83 recruitment team
-1.08 recycling
-1.45 redesign
-1.45 reduced
-0.83 reducing
-1.45 referee
-1.08 referees
0.86 reference
-2.18 references
-1.45 references or
-1.28 reflection
2.41 refreshing
3.51 refreshing my
-0.83 regard
0.72 regarding
2.07 regarding my
-1.59 regards
-0.83 regards to
-1.45 region
-1.17 regional
-0.83 regional sales
1.63 registered
1.11 regret
-0.83 relations
-1.08 relationships
-0.83 relaunch
-0.83 relay
-1.28 relevant
0.6 reliable
-1.08 relocating
-0.83 relocating to
3.51 relying
3.51 relying on
2.58 remain interested
0.78 remain keen
-1.28 remains
-2.1 remains my
-0.83 remains the
0.78 remember
-1.08 reminded
-1.08 reminded me
1.7 reminder
3.06 reminder that
1.11 renewal
-1.59 renewed
3.06 renewing
-1.28 reopen
1.63 reply
1.45 reply by
-1.08 reply date
-0.83 reply due
3.06 reply is
-0.83 reply quickly
3.06 reply so
3.06 reply this
1.11 reply to
3.51 reply would
1.11 replying
-1.72 report
-1.93 reporting
-1.83 reports
-1.08 reports to
-1.08 reps
1.38 request
1.37 request you
-0.83 require
-1.72 required
-1.08 required from
-1.08 requirements
0.6 research assistant
1.63 research coordinator
1.63 reserve
-0.83 residency
1.63 resolved
-1.45 respect the
1.57 respond
1.49 response
3.06 response to
-0.62 rest of
0.6 restaurant
1.63 rested
-0.83 restructure
0.64 result
-1.45 result of
-1.28 retail
-0.83 retention
0.6 return
-1.08 returns
0.78 revenue
1.63 revenue manager
3.51 revert
-0.83 ridge
-0.83 rig
-0.83 rigger
0.6 rigging
-1.28 right for
1.63 right now
0.78 right person
-0.83 right to
2.46 ring
1.7 ring me
3.31 ring your
-0.62 risk
0.78 riverside
1.11 road
0.6 role after
-0.66 role and
-1.28 role as
1.96 role but
-0.83 role for
0.6 role from
0.8 role i
1.11 role i'm
-1.28 role in
-0.83 role much
-0.83 role opens
0.6 role so
0.6 role still
0.6 role than
-1.28 role was
-0.83 role we
-1.45 role with
-0.83 role would
-3.23 roles
-1.08 roles at
-1.28 roles in
-1.72 rollout
-0.83 rooms
0.78 rough
1.63 rough idea
-1.15 roughly
-1.45 roughly when
-0.83 round and
-0.83 round i'd
-0.83 round if
-0.83 round interview
2.21 round so
3.06 round to
-1.08 rounds and
1.96 rounds of
-1.93 route
-0.83 route planning
0.53 routes
-1.28 run a
3.31 run out
-1.28 run the
-0.83 running a
-0.83 runs its
3.06 runs out
-0.83 rural
-1.93 rush
-0.83 rush on
-1.28 rush your
-1.08 rushed
1.11 s
-1.28 sad
-0.57 safety
-0.83 safety officer
-0.83 said a
-1.08 said about
-1.08 said it
-1.08 said so
-0.83 saigon
0.75 sales
1.63 sales role
1.37 same day
-1.59 sample
-0.83 samples
-1.28 sat
2.41 save
1.63 save you
-1.28 saved
1.45 savings
0.74 saw
-0.83 say about
-1.72 say i
-0.83 say it
1.63 say so
-0.64 say that
-1.08 say this
1.63 says a
-1.08 scenario
-1.28 scheduling
-2.02 scheme
-1.08 schools
-1.28 science
0.53 scores
-0.83 scores and
-0.83 scoring
-1.28 screening
-0.83 sea
1.11 season and
-0.83 season so
-1.28 seasons
3.06 second gentle
-0.83 second interviews
-0.83 second officer
0.6 seconds
-2.02 section
-0.83 section of
-0.83 security
3.06 see if
1.11 see what
0.6 see where
1.32 see whether
1.11 see why
0.6 seeing how
0.86 seeing me
1.11 seems
1.63 seems a
1.63 seen it
-0.83 seen the
-0.83 selected for
0.66 selection
-1.65 send
-1.45 send a
-0.83 send anything
-2.02 send it
-1.28 send the
-0.83 sending the
1.63 senior planning
-2.32 sense
-1.93 sense of
0.74 sent
-1.08 sepsis
-0.65 september
-0.83 september so
-0.87 service
0.6 service and
-0.83 service team
-0.73 session
-1.08 session with
-2.32 set
-1.08 set out
-1.08 set up
-0.83 setting
1.11 settle
-1.28 settles in
0.86 seven
1.37 shall
1.63 shall be
0.53 shame
-1.14 share
-0.83 share an
-1.28 share any
-1.28 share on
-0.83 share one
0.86 share the
-0.83 share where
-1.08 shared
-2.18 she
-0.83 she had
-0.83 she's
-0.83 sheet
-1.28 shift on
0.53 shift supervisor
-0.83 shipments
-1.61 short
-0.83 short call
-1.83 short note
-0.83 short update
-0.83 shorter
-1.45 should a
-1.83 should be
-0.62 should have
3.06 should i
3.06 should keep
1.9 should mention
0.6 should say
-1.08 should the
-0.83 should you
1.11 show me
1.63 show more
-0.77 showed
-0.62 showed me
0.73 showing
0.54 showing me
0.66 shows
-0.83 side i
1.96 sign
-0.83 signed
3.51 signing
3.06 signing with
4.48 silence
3.06 silence that
-0.83 sim
-1.28 similar
-1.45 similar post
-1.59 similar roles
-0.83 similar with
0.53 simple
0.6 simpler
1.63 simply because
-1.28 simply wanted
0.7 since
3.06 since long
1.11 since my
1.32 since our
1.35 since the
0.6 since then
-0.6 since we
0.6 sincerely
0.8 single
1.37 sir
3.06 site and
1.96 site engineer
-0.83 site visit
-1.45 sites
1.32 sitting
-0.83 sitting my
1.9 situation
0.53 six
-1.08 six months
2.72 six weeks
-1.59 six years
-0.83 size
-0.83 slightly
1.45 slots
0.53 slow
1.11 small update
0.91 smoothly
0.68 so
1.57 so a
-0.83 so and
3.31 so any
0.6 so before
0.6 so far
0.53 so here
1.26 so i'd
1.76 so i'll
1.11 so i'm
0.6 so kindly
1.63 so many
0.75 so much
-0.83 so perhaps
2.41 so please
-1.28 so quickly
0.8 so that
0.64 so the
-0.83 so this
1.96 so we
0.84 so you
-0.92 software
-0.83 software engineer
0.6 soil microbiome
-0.83 some feedback
-1.08 some of
3.06 someone else
-1.08 someone to
-0.83 someone who
0.55 something
-0.83 something about
3.06 something by
1.96 something else
-1.28 something similar
-0.83 something suitable
1.45 something to
1.41 soon
2.45 soon as
2.34 sooner
0.6 sorry for
-1.08 sorry it
-1.28 sorry not
0.97 sorry to
-0.83 sorted
-1.45 sound
-2.18 sounds
-1.72 sounds like
-0.83 south
3.06 spam
-2.38 speak
-1.08 speak again
-0.83 speak for
-1.72 speak with
-1.93 speaking
-1.83 speaking with
1.11 specialist
1.57 speed
-1.68 spent
-1.45 spent with
-0.83 split
-1.08 splits
-1.02 spoke
-0.83 spoke and
-1.28 spoke i've
-1.08 spoken
-0.83 spoken to
-1.08 sponsorship
-0.79 spring
-0.83 spring and
-0.83 st columba's
-0.83 staff and
-0.73 staff nurse
0.6 stage manager
0.6 stage of
-0.73 stages
-1.08 stakeholder
1.04 stand
-1.08 stand with
-1.83 standard
-1.59 stands
-0.52 start
0.6 start a
-0.55 started
-1.08 starters
0.6 starting
-0.83 starts
-1.28 state
-1.28 station
1.24 status
-2.78 stay in
-1.21 step
0.6 step and
-1.28 step for
0.6 step is
-0.58 steps
-0.83 steps are
0.63 still
0.53 still be
3.31 still here
1.96 still in
2.05 still interested
1.57 still keen
1.11 still like
1.11 still love
1.45 still my
1.96 still open
1.43 still really
-0.83 still take
-1.72 still the
4.16 still waiting
3.51 still want
3.68 stop
0.6 stores
1.11 story
0.6 strategist
0.6 strategist role
0.6 strategy associate
-0.83 street
-1.08 strengthen
0.6 stretched
-2.18 strong
-1.45 stronger
-1.08 struck
0.78 structural
1.11 structural engineer
0.6 stuck
-1.93 student
-1.45 students
-0.77 study
-0.83 study on
-1.45 subject re
-0.77 subject thank
-1.64 success
-0.83 success and
-0.83 success role
-1.08 success with
-1.42 such
-2.32 such as
1.45 suggest
-1.28 suit me
-2.38 suitable
-0.83 suitable comes
-0.83 suits
-1.45 suits the
-1.28 summary
-0.6 summer
-1.28 sunday
0.6 superintendent
0.6 supervisor at
0.6 supervisor job
-1.45 supervisor position
-1.08 supplier
-0.83 suppliers
1.11 supply planner
-0.83 support team
-1.59 suppose
0.92 sure
1.11 sure about
1.63 sure i
1.11 sure it
-0.62 sure the
2.3 sure you
1.96 sure you'll
3.68 surely
1.63 surgery
-1.72 surprise
1.11 surprised
1.11 surprised if
-1.08 survey
0.78 surveyor
1.63 survived
1.63 survived the
1.11 suspect the
0.6 suspect you
3.51 suspense
3.06 swamped
1.63 swindon
-1.48 system
-1.45 system and
-0.83 system so
-1.93 systems
0.69 take
-0.83 take calls
1.37 take it
1.63 take me
-0.83 take on
0.86 take that
1.9 take this
1.11 take time
3.31 take to
-0.83 take up
0.75 taken
-0.52 taking
-0.64 taking the
-0.62 talk about
1.96 talk it
-1.45 talk through
-1.08 talked
-0.83 talked about
-0.62 talking
1.63 talks
1.63 talks so
-0.83 targets
1.63 task i
1.63 tasting menu
-1.45 taught
-0.83 taught me
-0.83 tax
-0.83 teach
-0.89 team
-1.18 team and
-0.83 team especially
-1.08 team every
-0.83 team have
-1.08 team hoped
-0.83 team i'd
-0.83 team in
-1.28 team of
-1.28 team on
-0.83 team splits
-0.83 team still
0.53 team that
-0.83 team through
-1.28 team was
-1.08 team would
-0.83 team you
-1.34 technician
-0.83 technician post
-1.45 technician role
0.84 tell
0.85 tell me
-0.62 telling me
0.88 ten
1.45 ten days
1.11 ten minutes
-0.83 tenancy
-1.08 tend
-1.08 tend to
-1.08 term
-0.62 territory
-2.74 test
-1.28 test and
3.06 texted
0.86 th
3.95 th and
-0.83 th august
0.6 th for
0.6 th i've
-1.08 th june
1.11 th march
1.37 th of
0.6 th so
-0.83 th you
0.6 than before
-0.83 than by
-1.08 than ever
-2.38 than i
-0.83 than it
-0.83 than just
3.31 than keep
-0.83 than leave
-1.08 than most
1.11 than my
0.6 than you
-0.72 thank
-0.72 thank you
-0.62 thankful
-1.45 thankful for
-1.32 thanks for
-0.83 thanks heaps
0.57 thanks so
-1.28 thanks very
-1.28 that a
1.32 that as
1.11 that candidates
1.11 that clearly
1.45 that date
-0.83 that day
-1.45 that experience
-0.83 that had
-1.45 that helps
0.78 that i'd
3.06 that i'll
1.69 that i'm
0.86 that i've
1.11 that if
0.95 that in
-2.6 that is
1.11 that isn't
0.75 that it
-0.83 that kind
3.06 that leaves
-1.08 that might
-1.08 that on
1.63 that other
-0.83 that our
1.63 that talks
-0.55 that the
1.63 that these
-0.55 that was
-0.83 that week
1.11 that will
-2.25 that would
0.66 that you
3.06 that you've
0.6 that's the
-1.08 that's useful
0.84 the <n>
-1.45 the analytics
1.63 the answer
0.6 the appointment
-0.83 the article
-0.83 the assessors
0.57 the assistant
-1.45 the atr
-1.08 the audit
-0.83 the back
-1.28 the backend
-1.28 the band
0.53 the bank
-1.08 the big
-0.64 the board
-0.83 the booking
1.11 the branch
-0.83 the budget
-1.08 the building
-1.15 the call
1.63 the careers
-0.57 the case
-1.08 the challenges
-0.65 the chance
-1.01 the chat
-0.83 the choice
0.53 the claims
0.6 the clear
-0.83 the client's
-0.83 the clinic
-0.83 the coastal
-0.83 the cold
1.11 the coming
-1.08 the committee
-0.83 the communications
-0.83 the company's
0.6 the compliance
-0.83 the consultation
1.63 the content
-0.56 the conversation
-0.83 the council
-1.72 the county
0.53 the courtesy
-1.28 the credit
-1.08 the current
-1.01 the customer
-0.92 the data
0.53 the date
-0.91 the day
1.11 the depot
0.6 the deputy
1.63 the desk
-1.08 the detailed
-0.83 the director
-2.44 the discussion
-0.83 the dispatch
-1.08 the district
0.6 the drive
-0.83 the duty
3.06 the earliest
0.6 the early
-1.08 the electrical
-0.83 the email
1.11 the evening
-1.08 the expansion
-1.08 the experience
-1.08 the facilities
1.11 the family
-0.83 the festival
-0.83 the figure
-1.08 the figures
0.62 the final
-0.57 the finance
1.63 the firm's
0.6 the flood
-1.08 the floor
-0.83 the forecasting
-0.83 the four
0.6 the frank
1.7 the front
-0.83 the funeral
-2.38 the future
-0.83 the gap
-1.08 the garden
0.6 the general
1.11 the grants
-1.59 the ground
1.63 the hardest
-0.83 the heritage
-0.83 the highest
0.6 the hire
-1.59 the hospital
-0.83 the hour
-1.28 the housing
1.37 the hr
-1.08 the idea
-1.08 the interest
-0.72 the interview
-0.83 the interviewer
-1.08 the interviews
-0.83 the jebel
0.72 the job
0.73 the junior
-1.08 the laboratory
0.6 the last
1.96 the latest
-0.83 the learning
-0.83 the legacy
-0.83 the level
0.66 the library
-1.08 the line
1.11 the lines
1.63 the lobby
-0.83 the logistics
-0.83 the marina
2.72 the market
-2.32 the meantime
-0.83 the mentoring
-1.28 the middle
-0.83 the modelling
3.31 the moment
-0.55 the month
-0.83 the more
-2.38 the most
-0.73 the move
1.63 the network
-0.61 the new
-1.34 the news
-1.59 the northern
-0.83 the notes
0.6 the number
-0.83 the numbers
1.9 the offer
1.11 the office
-0.83 the old
1.45 the on
0.6 the oncology
-2.69 the one
1.11 the ones
-0.83 the online
-0.83 the opening
-1.39 the opportunity
-0.83 the original
1.11 the others
-0.83 the pace
-0.59 the panel
-0.83 the paper
1.63 the paperwork
-0.92 the part
0.6 the partners
1.11 the pass
-1.59 the past
-1.28 the people
-1.45 the phone
0.6 the place
-0.83 the planned
-0.83 the plant
0.6 the point
-0.83 the port
-0.83 the portfolio
-1.08 the possibility
1.96 the postdoctoral
-1.08 the practical
-0.83 the problems
-0.55 the process
-1.45 the procurement
-0.83 the program
-2.1 the programme
-0.83 the prototype
-0.83 the questions
-0.83 the recorded
-0.83 the recycling
-1.45 the region
-1.15 the regional
1.63 the registered
-0.83 the reporting
-0.62 the rest
-1.08 the retail
-0.83 the returns
1.63 the revenue
-0.5 the role
-1.28 the rota
-0.83 the rotterdam
-0.83 the route
3.06 the running
-0.83 the rural
-0.83 the salary
-0.58 the same
1.11 the saturday
1.11 the school
-0.83 the science
-0.83 the screening
-1.72 the search
-1.28 the season
-1.14 the second
-1.08 the session
0.66 the shift
-0.83 the short
3.82 the silence
-0.83 the sim
0.6 the small
0.6 the soil
1.11 the sous
-0.92 the staff
-1.08 the standard
0.75 the status
1.11 the store
-1.08 the student
-0.83 the successful
1.63 the surgery
-1.28 the system
0.6 the table
1.11 the take
-1.08 the tasting
-0.74 the team
-1.08 the team's
-1.59 the test
-0.91 the time
-0.62 the timeline
0.53 the top
-0.83 the track
1.7 the trainee
0.6 the training
-0.83 the travel
-1.08 the trial
-1.28 the trust
-0.92 the two
0.53 the unit
-2.25 the update
-0.83 the very
-1.08 the video
-1.59 the visit
-1.59 the volunteer
1.96 the waiting
-1.28 the ward
-1.22 the warehouse
0.6 the water
0.58 the way
1.11 the week
1.73 the weekend
-1.08 the weekly
-0.83 the wetland
-2.38 the whole
0.6 the wider
-1.08 the winter
-0.55 the work
-0.73 the workshop
-1.59 the year
-1.28 the youth
-1.39 their
-1.28 their first
-0.83 their own
0.52 them
0.6 them to
-1.28 themselves
0.66 then
1.11 then i
-0.83 then i'd
-0.83 then if
-1.28 there an
0.75 there any
-1.08 there anything
1.96 there are
-0.66 there is
-1.08 there was
0.68 there's any
-1.93 there's anything
-1.45 there's no
1.63 these things
-0.83 thesis
-0.87 they
-1.45 they are
0.6 they can
-1.93 they have
-0.83 they were
-0.83 they would
-0.83 they're
-1.08 they've
-1.45 thing i
1.14 things
3.31 things along
1.55 things are
0.6 things i
1.43 things stand
1.63 things take
1.63 things to
3.68 things up
2.21 think a
-1.15 think i
-0.83 think i'd
-1.45 think it
1.11 think of
0.53 think that
-1.08 think we
-1.45 thinking
-1.22 thinking about
0.75 thirty
0.84 this
0.78 this afternoon
1.45 this email
0.53 this finds
3.06 this for
1.64 this is
3.51 this long
1.11 this month
0.55 this morning
1.54 this one
-1.59 this only
0.6 this point
1.7 this so
-1.08 this spring
0.66 this stage
1.7 this to
1.63 this turns
1.92 this week
1.63 this whole
-0.83 thoroughly
1.96 though i'd
-0.83 though it
3.06 thought a
-1.08 thought about
3.31 thought an
0.66 thought i'd
0.53 thought it
-0.83 thought of
0.6 thought the
-1.72 thought you
-1.59 thoughtful
1.11 three days
-0.83 three months
-1.08 three rounds
0.6 three times
1.24 three weeks
-1.45 three years
-0.83 through how
1.11 through in
-0.83 through it
-0.83 through last
0.6 through my
-1.59 throughout
-0.83 throughout the
-1.28 thursday <n>
-0.62 thursday and
2.41 thursday at
-2.1 thursday's
-1.83 thursday's interview
0.6 ticket
-1.45 tickets
1.11 tidy
0.6 tied
-1.08 time after
-0.83 time at
1.11 time but
0.78 time for
1.11 time i
-1.08 time is
-0.77 time on
0.6 time so
-0.83 time with
-1.45 time yesterday
-1.05 time you
-1.02 timeline
-0.83 timeline before
-1.28 timeline for
-1.28 timeline i
0.53 times
1.96 times this
-1.08 title
-0.83 titles
-2.69 to <n>
-0.55 to a
-1.08 to accept
-0.83 to add
0.6 to another
1.63 to anything
-2.65 to apply
-0.83 to believe
-0.83 to boast
-2.5 to bring
-0.83 to build
-0.83 to change
-0.95 to check
0.6 to close
0.78 to come
-1.28 to complete
0.53 to contact
-0.83 to continue
-1.72 to contribute
-0.83 to discuss
-0.75 to do
1.11 to every
1.63 to expect
-1.59 to explain
-0.83 to face
-1.45 to feel
-0.62 to find
0.78 to fit
0.99 to go
-0.83 to grow
-0.83 to hand
-1.26 to hearing
1.45 to hold
-0.83 to home
-0.83 to how
-1.08 to improve
-1.34 to interview
1.9 to it
1.63 to just
0.58 to keep
1.45 to kindly
0.75 to know
-0.83 to lead
1.73 to leave
-0.6 to let
-0.83 to live
0.66 to look
3.06 to lose
0.84 to make
-0.83 to manchester
1.25 to me
-1.83 to mention
0.78 to mr
-1.08 to ms
1.28 to my
4.16 to plan
-1.83 to provide
1.11 to put
-1.08 to read
-0.83 to reopen
0.68 to reply
-1.45 to rush
1.96 to save
-0.54 to say
0.51 to see
-1.79 to send
-2.3 to share
-1.72 to speak
0.6 to speed
-1.08 to step
-1.28 to support
-1.4 to take
1.28 to tell
-0.83 to thank
-0.68 to the
-1.08 to them
1.96 to think
1.11 to thirty
-0.83 to this
3.06 to treat
-1.28 to try
-1.28 to two
-2.1 to understand
-0.83 to volunteer
-1.45 to walk
-1.72 to withdraw
-0.72 to work
-0.65 to you
2.18 today
0.6 today about
3.06 today as
3.06 today itself
-0.71 together
-0.83 together on
0.57 told
1.63 told i
2.21 told my
1.11 told the
3.06 tomasz
4.55 tomorrow
3.06 tomorrow at
3.06 tonight
0.6 too
0.6 too for
1.96 too long
1.7 too much
-1.45 took a
1.63 took me
-1.28 took over
1.63 took that
-0.83 took the
-1.08 tool
-0.83 topped
-0.88 touch
-1.93 touch and
-1.08 tough
-0.55 tour
-0.83 towards the
-0.62 track
0.6 tracking
-1.28 trade
0.78 train
-0.83 trainer
-0.57 training
-0.83 transition
-1.08 translation
-1.08 transport
-0.83 travel
-0.83 travelling
2.85 treat
3.31 treat my
-1.08 treatment
1.63 treats
1.63 treats applicants
-1.28 trial shift
0.78 trials
1.7 tried
3.06 tried your
1.9 trouble
3.06 trouble you
0.6 trucks
0.6 true
-1.08 trust and
0.6 trust the
0.6 trust this
1.11 trust you
3.51 trusting
1.11 try again
-0.83 try something
-1.08 try to
1.11 trying
-1.45 tuesday to
0.53 tuesday's interview
-0.83 turkish
1.73 turned
2.58 turned down
1.96 turns
1.63 turns out
-0.83 twelve
-0.83 twelve years
1.63 twenty two
0.9 twice
1.63 twice to
0.6 two days
3.31 two emails
-0.83 two hours
-1.08 two hundred
1.57 two interviews
0.6 two line
0.6 two months
-0.73 two of
-0.83 two office
3.06 two other
-1.08 two seasons
0.95 two weeks
-1.83 two years
-0.83 uk
3.06 unanswered
3.06 unanswered i
0.73 under
1.63 under a
1.63 under three
-1.08 underground
-1.08 understand and
0.86 understand how
1.45 understand that
-0.73 understand the
-0.83 understand what
-1.28 understand you
0.6 unit and
2.21 unless
1.7 unless i
3.06 unless you
1.45 unpaid
1.63 unpaid day
0.53 until
-0.73 until <n>
3.31 until i
-0.83 until the
-0.83 up a
1.63 up again
1.96 up and
1.32 up at
0.78 up for
-1.08 up from
-1.08 up i'd
1.11 up my
0.59 up on
-0.83 up the
0.95 up to
-1.28 up with
0.55 update
-1.08 update and
3.31 update at
-0.83 update before
3.51 update me
-0.83 update since
-1.08 update you
-1.45 updated timeline
-1.08 upfront
2.41 urgent
1.11 us and
1.11 us both
-1.83 use
-2.38 used
-1.59 used to
-2.68 useful
-1.45 useful and
-1.93 useful for
-1.28 useful to
-1.28 usually
-1.28 ux
-0.83 ux designer
-2.02 vacancies
1.03 vacancy
1.11 vacancy at
-1.59 valid
-1.45 valid until
-1.08 value
-1.28 value any
-1.83 valued
-0.83 valued hearing
0.6 venue
0.6 very eager
0.6 very enjoyable
-0.64 very excited
-2.32 very glad
-0.83 very good
-2.02 very happy
3.06 very hard
-1.08 very helpful
-1.28 very pleased
0.78 very real
-0.83 very useful
1.11 vessel
-1.01 video
0.6 vine
1.32 visa
1.63 visa runs
-0.65 visit
-0.83 visit and
-1.72 visit to
2.72 voicemail
-2.38 volunteer
-1.08 volunteer coordinator
-1.28 volunteers
-0.83 wait until
2.92 waiting
2.41 waiting for
1.96 waiting on
3.31 waiting since
3.31 waiting to
-1.01 walk
-1.08 walk me
0.6 walk through
0.6 walked
-0.83 walkthrough
0.5 want
0.6 want my
1.7 want the
0.75 want this
-0.79 wanted
-0.71 wanted to
-1.08 wanted you
1.37 wants
1.63 wants to
-2.18 ward
-0.83 ward at
-0.83 warehouse
0.78 warehouse supervisor
-0.83 warehouse systems
-0.83 warehouse team
-1.59 warm
1.11 warning
-0.78 was
-0.85 was a
-1.28 was about
-1.08 was actually
1.11 was also
-0.83 was an
1.63 was brought
0.66 was disappointed
-0.83 was ever
-0.83 was exactly
-1.28 was genuinely
-1.08 was good
-1.08 was grateful
-0.83 was happy
-0.83 was helpful
-1.08 was hoping
-1.08 was in
-1.45 was kind
0.6 was lovely
-0.83 was made
-1.45 was my
-0.57 was not
-0.62 was one
0.53 was so
-1.08 was sorry
1.63 was surprised
-3.2 was the
3.31 was told
-0.62 was useful
-1.01 was very
-0.77 wasn't
-0.83 wasn't the
0.66 watching
-0.62 water
0.8 way
-1.72 way i
4.06 way or
0.78 way the
1.11 way which
1.63 ways
1.63 we are
-0.83 we both
-0.62 we met
1.96 we might
-1.08 we moved
-0.83 we spoke
-1.45 we talked
0.6 we were
0.53 we'll
1.63 we'll be
-1.08 we're
-1.08 weakness
-0.83 weaknesses
1.96 wedding
-2.02 wednesday about
0.53 wednesday and
0.6 wednesday to
0.64 week
-1.45 week about
-0.83 week for
1.63 week i
0.78 week of
3.06 week until
-1.08 week with
3.06 week without
3.31 week would
0.6 week's
1.39 weekend
1.11 weekends
-1.28 weekly
0.87 weeks
1.45 weeks ago
0.91 weeks and
1.96 weeks of
-1.01 weeks since
1.37 weeks so
1.63 weeks to
-1.72 welcome
-1.28 welcome any
-1.59 welcome hearing
-1.45 welcome the
-1.59 well as
0.6 well for
1.96 well in
-1.08 well organised
-0.83 well run
-1.08 went from
-0.83 went on
1.11 went smoothly
-0.83 were not
-0.83 wetland
-0.97 what
-1.08 what a
-1.42 what i
3.06 what i'll
-0.83 what i've
-1.28 what it's
-0.83 what my
-0.92 what the
-0.83 what they
-1.59 what you
3.06 whatsapp
-0.78 when
1.63 when a
-0.83 when convenient
3.06 when deciding
-1.5 when i
-1.08 when we
-2.38 when you
-1.45 whenever
-0.83 whenever suits
-0.98 where i
0.6 where i'd
-1.59 where my
-0.92 where the
1.59 where things
0.59 whether
1.11 whether anything
0.75 whether i
2.96 whether i'm
3.06 whether i've
0.6 whether my
1.63 whether something
0.75 whether the
-1.83 whether there
-0.83 whether you
0.6 whether you're
0.6 which fits
-0.66 which i
1.63 which i've
0.64 which is
1.96 which made
-1.28 which was
0.78 which you
1.45 whichever
-1.45 while i'm
3.06 while since
0.6 whiteboard session
-0.69 who
-1.72 who has
-0.83 who have
1.11 who never
1.11 who would
0.6 whoever is
-0.83 whole panel
-0.83 whole team
0.6 whom
0.6 why it
-0.83 why the
-0.62 will be
0.6 will find
0.6 will have
1.32 will keep
-1.45 will not
-0.83 will take
3.31 will understand
-1.08 wind
1.45 window
-1.59 winter
-2.08 wish
-1.83 wish the
-2.32 wish you
-1.28 wish your
-1.28 wishing
-1.28 wishing you
-0.55 with
-0.71 with a
1.96 with all
1.63 with another
-1.08 with interest
-1.08 with it
-1.08 with limited
-1.58 with me
3.06 with never
0.53 with one
-0.83 with real
1.11 with respect
0.6 with that
-0.79 with the
2.41 with them
-1.59 with two
-1.35 with your
3.31 withdrawing
1.66 within
2.58 within a
1.48 within the
1.06 without
2.64 without a
-0.83 without me
-1.28 won
-0.83 won the
1.11 won't
1.88 won't be
1.63 wonder how
0.78 wondered
2.0 wondering
1.55 word
-0.73 work and
0.6 work for
-1.08 work in
1.63 work is
-0.89 work on
-0.83 work the
0.6 work there
-1.08 work together
-0.83 work your
-2.44 worked
-0.83 worked through
-1.45 worked with
0.6 worker
1.11 working at
1.45 working days
-0.83 working through
-1.72 working with
-1.5 works
-0.83 worry about
-0.64 worth
1.63 worth it
-0.83 worth the
-0.83 would a
-1.08 would also
1.85 would appreciate
-0.52 would be
-0.83 would come
-0.83 would expect
0.6 would genuinely
-2.38 would have
2.41 would hear
-1.54 would help
1.11 would hold
0.59 would like
1.11 would make
2.34 would mean
-1.08 would most
3.06 would move
-1.08 would much
-1.08 would only
-1.08 would prefer
2.58 would rather
1.11 would really
-0.83 would say
0.66 would still
-1.59 would suit
3.06 would take
-1.08 would want
-1.72 would welcome
-1.08 would you
1.37 wouldn't
-0.62 write
-0.83 write to
0.52 writing
2.54 writing about
3.68 writing again
3.06 writing regarding
-1.03 writing to
-0.83 writing with
-0.57 yard
-1.03 year
-0.83 year <n>
-0.83 year before
-1.45 year i
-0.83 year i'd
-1.08 year so
-1.28 year's
-1.78 years
-0.92 years and
-1.59 years at
-1.28 years i
-1.08 years on
-1.08 years running
2.96 yes
3.95 yes or
-0.57 yesterday about
-0.94 yesterday for
1.01 yet
3.06 yet received
1.11 you a
-1.28 you about
-1.08 you all
-1.21 you and
0.78 you as
-2.89 you asked
0.53 you at
-1.08 you be
1.45 you before
2.41 you but
3.82 you by
1.63 you can
1.11 you chose
3.06 you confirm
1.85 you could
1.63 you did
-1.08 you do
1.7 you don't
-1.28 you ever
-1.72 you expect
0.78 you first
-1.06 you for
2.21 you get
3.06 you haven't
-1.45 you hoped
-0.73 you if
-0.62 you in
1.11 you is
1.63 you just
-0.53 you know
1.29 you let
-0.83 you made
0.6 you make
-0.87 you mentioned
-1.83 you might
3.06 you must
-3.25 you need
-0.83 you needed
3.06 you note
1.37 you on
3.06 you please
-0.83 you run
-0.83 you should
1.66 you so
0.6 you talked
-1.08 you tell
0.6 you the
1.11 you this
0.97 you to
1.11 you told
1.11 you too
-1.59 you took
1.63 you want
-0.62 you were
0.55 you will
1.73 you won't
-0.83 you work
-1.08 you would
-1.28 you'd like
1.94 you'll
1.11 you'll think
3.06 you'll understand
-0.62 you're able
0.6 you're doing
0.6 you're in
3.51 you're not
1.84 you've
3.31 you've decided
3.06 you've gone
-0.83 you've got
3.06 you've seen
-1.08 your account
1.63 your answer
2.07 your call
-1.28 your candour
1.11 your colleague
-0.83 your colleagues
1.28 your decision
-1.08 your description
3.06 your desk
3.31 your earliest
-0.8 your email
-1.08 your explanation
-1.08 your file
3.06 your final
-1.08 your honesty
1.63 your interview
0.6 your lab
-1.08 your mail
-1.83 your message
-1.72 your new
0.6 your news
-0.83 your note
1.88 your office
-1.28 your patience
-2.32 your planning
-1.08 your plans
-1.08 your pune
-2.18 your question
-1.59 your records
1.96 your reply
-1.08 your role
1.63 your second
-0.83 your shortlist
0.6 your side
-0.85 your team
-0.83 your team's
-1.28 your work
0.66 yours
-1.45 youth
""",
)
