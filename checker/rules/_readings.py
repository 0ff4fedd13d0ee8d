"""The readings of tone, learned from tests/corpus/tuning/ by scripts/train_readings.py: do not edit."""

from checker.rules._reading import Reading

BLAME = Reading(
    24.39,
    """\
-1.06 <n>
-2.31 <n> <n>
-0.9 <n> august
1.5 <n> cardiology
-1.64 <n> february
0.65 <n> for
-0.7 <n> hours
-0.9 <n> july
-1.11 <n> june
-2.0 <n> may
-1.21 <n> november
-1.72 <n> october
0.65 <n> of
-0.9 <n> per
-1.33 <n> rd
-1.44 <n> september
-1.46 <n> th
-0.77 <n> to
0.99 a big
2.25 a bit
1.25 a chance
0.99 a change
0.99 a clear
2.6 a company
-0.7 a copy
3.11 a countdown
1.5 a date
0.99 a day
3.45 a day's
-1.54 a decision
1.19 a fair
0.99 a family
-0.7 a fortnight
3.11 a free
3.11 a friendly
2.01 a full
1.5 a fuller
3.11 a gap
-0.65 a great
0.71 a highlight
1.5 a hurry
1.5 a junior
0.99 a large
-1.06 a line
3.11 a live
0.5 a long
0.65 a lovely
1.5 a master's
1.5 a million
-0.54 a moment
-0.7 a month
-0.7 a more
0.71 a no
0.65 a note
0.65 a one
3.11 a panel
-0.7 a paper
3.11 a person
0.99 a personal
0.61 a pleasure
-0.9 a position
0.65 a post
3.7 a presentation
-0.9 a project
2.6 a proper
-1.93 a quick
0.99 a rather
1.5 a recent
0.99 a record
0.91 a role
0.65 a second
1.5 a shame
0.99 a shift
0.78 a short
-2.26 a similar
-0.9 a simple
1.5 a site
1.5 a slightly
-1.72 a small
-0.7 a start
0.65 a strong
1.16 a surprise
0.75 a team
1.5 a telephone
1.5 a third
2.01 a three
0.99 a tough
2.01 a two
0.99 a volunteer
1.5 a well
0.99 a word
-0.9 a year
-0.7 a yes
0.65 aarhus
2.01 aberdeen
-1.06 about a
2.01 about any
1.5 about anything
0.99 about as
2.6 about future
0.75 about how
0.99 about me
1.5 about one
2.01 about other
1.5 about something
-0.7 about three
-0.7 about two
1.5 about what
0.91 above
1.5 academy
1.31 accept
3.11 accept that
2.6 accept the
-1.21 accepted
0.99 account executive
-0.7 account manager
-0.9 account of
1.5 accountant interview
1.5 accountant position
-1.06 accountant role
1.5 accounts and
-0.7 acquisition
1.5 across as
0.99 across the
0.99 act
2.01 acting
1.07 actually
1.5 actually opened
-1.06 add
2.01 address
1.5 administrative
1.5 administrative officer
0.65 administrator
0.65 administrator role
1.5 admire
0.99 admirer
0.99 admirer of
1.5 admit
1.95 admit i
2.01 admit it
2.01 admit the
1.7 advert
1.5 advert was
-0.7 advertised
2.35 advertisement
0.65 adviser
0.99 afraid
0.63 after
1.5 after a
1.5 after all
2.01 after four
-0.7 after hearing
2.01 after my
-1.06 after our
-0.9 after that
1.11 after the
2.6 after three
-1.33 afternoon about
1.5 afternoon and
1.5 afternoons
0.5 again and
1.5 again as
1.5 again before
-0.7 again for
-0.7 again if
0.65 again next
0.99 again thank
-0.7 again to
1.5 again when
2.6 against
3.11 against me
1.5 agency
0.99 agents
1.5 agree that
-0.9 agreed
-0.7 agreed to
1.5 agronomist role
-1.06 ahead
-0.7 aid
0.65 aircraft
1.5 aircraft engineer
0.99 al noor
0.65 ali
1.5 all about
1.5 all at
0.91 all i
-0.7 all is
0.54 all of
0.99 all on
1.2 all the
1.5 all three
1.5 all to
1.5 all weekend
1.5 all your
1.25 allow
0.65 allow it
1.5 allow me
1.05 almost
1.5 almost as
1.5 almost half
-0.9 alone
1.16 alongside
2.01 alongside your
0.87 already
1.5 already and
1.5 already been
2.01 already in
1.5 already working
-1.28 also
-1.64 also appreciated
0.99 also enjoyed
1.5 also wanted
-0.7 although i
1.5 always
-0.79 am
1.5 am certain
-0.7 am confident
-1.64 am disappointed
-0.77 am following
0.53 am grateful
-1.8 am happy
0.99 am in
-1.06 am keen
1.95 am not
-0.7 am now
-0.57 am still
0.74 am sure
-1.06 am the
-3.24 am very
-0.84 am writing
0.99 ambitious
-1.06 among
3.45 amount
3.45 amount of
1.5 an afternoon
-1.72 an answer
3.11 an automated
2.01 an explanation
1.05 an eye
1.5 an hour
3.11 an internal
-1.37 an offer
-1.21 an update
-0.9 an updated
-0.7 analysis
-0.57 analyst
-0.7 analyst interview
-1.33 analyst position
1.5 analyst post
0.99 analysts
0.91 analytics
1.5 analytics team
-0.7 and <n>
1.08 and a
-0.7 and about
-0.9 and again
0.65 and all
0.99 and asked
-1.54 and best
1.5 and cut
0.99 and dr
2.01 and drove
0.99 and experience
0.99 and four
3.11 and had
-1.72 and happy
-0.9 and have
0.99 and hear
-1.21 and hearing
1.5 and honestly
-0.7 and hope
-1.87 and i've
0.99 and it's
-0.7 and learned
0.99 and learning
0.99 and left
-1.41 and look
0.99 and meeting
1.5 and most
-1.44 and mr
-0.7 and mrs
-0.62 and my
1.5 and never
2.6 and nobody
0.65 and not
0.54 and on
-0.7 and one
-0.9 and our
1.5 and people
1.5 and professor
1.5 and ranking
3.11 and request
-0.9 and seeing
1.5 and so
1.5 and still
1.5 and thank
1.5 and thanks
1.84 and then
-0.77 and they
1.5 and took
3.11 and travelled
0.99 and two
-0.9 and we
0.65 and what
1.5 and when
-0.7 and withdraw
0.65 and you
3.11 announced
3.11 announcement
1.5 annual
1.5 another analyst
0.65 another candidate
1.5 another coordinator
-1.21 another firm
0.99 another position
2.01 answer about
-1.06 answer any
0.65 answer anything
-1.87 answer by
1.5 answer so
3.11 answer the
0.86 answered
1.5 answered every
1.5 answering
1.33 answers
1.5 answers on
-0.97 any
-0.7 any chance
0.65 any comments
-1.72 any feedback
-2.26 any further
1.5 any future
-2.35 any news
0.91 any other
-0.7 any pointers
-0.7 any time
-0.6 any update
1.29 anyone
3.11 anyone actually
3.11 anything about
-2.11 anything further
1.5 anything in
-0.7 anything more
-1.06 anything similar
-0.7 anything suitable
1.5 anything that
-0.7 anything you
1.5 anything you'd
2.29 anyway
3.11 anyway thanks
0.65 app
-0.7 appeals
-0.7 appeals to
1.5 appeared
2.05 applicants
2.6 applicants and
1.5 applicants in
0.65 application and
1.5 application at
3.7 application was
1.05 applications
1.19 applied
1.5 applied to
0.65 apply
2.01 apply for
0.99 appointed
1.5 appointment
0.65 appreciate it
1.5 appreciate knowing
0.71 appreciate that
1.05 appreciate you
-0.7 appreciate your
-0.71 appreciated
-0.7 appreciated hearing
-1.44 appreciated how
-0.7 appreciated learning
0.65 appreciated that
-1.64 appreciated your
-1.06 approvals
1.5 aptitude
1.5 aptitude test
-0.9 architect
-0.73 are
0.99 are a
-0.7 are able
1.5 are already
0.54 are doing
1.5 are done
-1.06 are keeping
-0.7 are ready
0.65 are required
-1.58 are well
-0.7 area
0.99 arise
-0.73 around
-0.7 arrange
1.5 arranger position
0.88 arrived
3.11 arrives
0.99 art
0.65 artist
1.5 artist position
1.5 as deputy
3.11 as hands
1.5 as he
0.65 as i'd
1.5 as if
0.5 as it
2.01 as much
-1.54 as my
1.5 as requested
0.56 as the
1.5 as they
1.5 as this
1.5 as though
0.91 as we
-0.7 as you
3.11 aside
3.11 aside i
-0.7 ask for
1.5 ask only
0.99 ask you
-0.62 asked about
-0.96 asked for
0.91 asked me
0.99 asked to
-0.7 asked what
-0.9 asked whether
0.5 asking
-0.9 asks
3.45 assessed
1.29 assessment
1.16 assessment centre
1.5 assessment day
2.6 assessors
-0.7 assistant position
0.71 assistant role
-1.72 associate
0.65 assume the
0.65 assurance
1.5 assurance engineer
1.5 assured
-0.7 at <n>
0.54 at a
-0.7 at al
-0.7 at another
3.11 at before
-0.7 at brightwater
1.5 at cedar
1.5 at corvid
1.5 at delta
0.99 at greyfield
1.5 at in
-0.7 at interview
1.5 at kaveri
1.84 at least
3.11 at nordvik
1.5 at reception
2.01 at saigon
-1.33 at st
1.05 at this
1.5 at three
1.5 at two
0.65 attached a
1.5 attached it
2.01 attached my
-1.33 attached the
1.05 attend
1.5 attend the
-1.33 attended
-0.9 attended the
1.5 attention
0.99 audit and
1.5 audits
-0.9 august
0.99 august and
-0.9 authority
2.8 automated
3.11 automated message
1.5 autumn season
-2.06 available
-0.9 available for
-1.21 award
-1.06 awards
-0.86 away
-1.06 away even
0.65 away with
0.65 b
0.99 b <n>
0.91 back for
1.5 back from
2.01 back i
1.5 back in
1.5 back of
0.56 back to
1.5 back up
-0.7 backend engineer
0.54 background
0.99 background in
-1.06 backlog
0.65 band <n>
0.99 bank and
-0.9 base
2.01 basic
2.01 basis
-1.06 be able
-0.5 be delighted
-0.9 be doing
1.84 be honest
-0.9 be honoured
-0.7 be joining
1.5 be kept
1.5 be learning
1.5 be leaving
-0.7 be moving
1.33 be open
-1.03 be part
0.65 be possible
1.5 be something
-1.93 be useful
-1.8 be very
1.5 be well
-0.7 be working
1.84 be worth
2.01 bear
1.5 bear that
2.35 became
-0.7 because of
1.5 because the
1.5 because your
-0.7 becomes
-1.21 been a
-1.54 been about
1.5 been clearer
1.5 been considered
2.01 been filled
3.11 been good
-0.7 been in
1.5 been kind
1.25 been made
-1.06 been offered
0.99 been the
-1.64 been thinking
1.5 been through
0.97 before i
0.65 before my
1.41 before the
-2.0 before then
1.84 before we
2.8 beforehand
3.11 beforehand and
3.11 began
2.01 beginning
0.71 being
-0.9 being open
1.06 being so
2.01 being straight
0.7 believe
0.99 believe in
1.5 believe that
-1.33 below
-0.7 below what
3.11 best of
0.99 best regards
1.75 best to
1.5 best way
-1.54 best wishes
0.65 best with
1.5 better matched
0.99 between us
1.5 beyond
1.5 big part
1.5 bigger
0.99 billing
1.59 bit
0.88 bit of
1.5 blade
1.5 blade inspection
-0.7 blocks
-0.9 booking
-0.7 bookkeeper
-0.7 border
3.11 both a
0.99 both know
0.65 bother
0.65 box
0.99 brand
1.5 breakdown
0.91 brewer
-0.7 brewer role
0.65 bridge
1.5 bridges
3.11 briefed
1.5 brightpath
-0.7 brightwater
-1.41 bring
-1.44 bring that
-1.06 bring the
2.01 bristol
-1.44 build
1.5 builds
-0.9 built
-1.72 business
-0.7 business analyst
1.5 but from
0.71 but i'd
0.71 but if
0.54 but it
1.5 but it's
-1.21 but the
1.5 but when
0.99 buyer
-0.94 by
-1.93 by <n>
0.65 by a
-1.33 by friday
-0.9 by monday
-0.7 by name
0.65 by phone
-0.7 by the
-1.33 by thursday
1.5 cabin
1.5 cabin crew
1.5 calculations
0.65 calendar
0.68 call
0.99 call rota
0.65 call the
1.5 call to
3.11 call would
2.01 call yesterday
0.71 called
1.5 called the
-1.64 calling
-0.9 calling me
-0.9 calm
0.99 came as
-0.6 came away
0.99 came down
1.5 came out
1.5 came through
0.91 came up
1.06 campaign
1.5 can be
1.5 can do
1.5 can go
3.11 can only
-0.7 can provide
0.74 can see
-1.21 can send
0.99 can share
-0.7 can speak
0.99 can take
1.5 can understand
0.56 can't
3.11 can't help
1.67 candidate
3.11 candidate experience
1.5 candidate in
1.1 candidates
1.5 candidates know
1.5 candidates to
2.01 candidates who
-1.06 candour
-0.9 candour about
-1.06 cannot
0.99 cardiology
3.11 care home
-0.7 care you
-1.64 career
-1.06 careers
-0.7 careful
0.99 carefully
-0.9 case it
0.61 case study
1.5 catch
1.5 cebu
1.5 cebu site
1.5 cedar
0.99 cellar
-1.06 cent
3.11 centre and
-0.9 certain that
0.99 certainly
-1.06 certificate
0.99 certification
0.65 chair
1.5 chakan
-0.9 challenge
-0.7 chance of
0.5 change
0.5 changed
1.5 chapter
0.99 charge
1.5 charity
0.65 chasing
-0.7 chat about
3.11 chat so
1.5 chat with
-1.61 check in
1.5 check on
-0.7 checked
-1.06 checking
-0.93 checking in
0.99 checklist
-0.54 chef
-0.7 chef position
1.5 chief executive
-0.7 children's
-0.86 choice
-1.06 choice and
-0.7 choice so
0.99 choose
0.99 choosing
3.11 chose
1.5 chosen
-0.7 churn
1.5 circle
1.5 city
-0.7 claims
-1.06 class
1.5 classes
-0.7 clear picture
-0.7 clearer picture
0.85 clearly
1.5 clerk
-1.33 client
0.99 client's
-1.33 clients
1.5 clinical coordinator
1.5 clinical station
-0.9 clinics
2.01 clock
1.5 clock and
1.5 close this
1.05 close to
0.99 closed
1.5 closely
-0.9 cloud
0.71 co
2.01 co op
1.5 coast
1.5 code
-1.33 coffee
3.11 cohort
-0.7 cold chain
2.35 colleague
-1.44 colleagues
0.99 collections
-0.7 college
3.11 collins
1.5 come as
-0.7 come back
1.5 come from
-1.06 come in
0.99 come to
-1.21 come up
-0.7 comfortable
2.01 coming back
0.99 coming from
0.71 comments
1.5 commercial
0.53 committee
0.99 committee for
3.11 committee will
2.01 communicated
2.01 communicated to
0.65 community health
1.5 commute
0.71 company and
0.65 company's
3.11 comparing
1.5 complaints
0.99 completed the
-2.31 completely
-1.93 completely understand
1.5 compliance officer
-0.7 concrete
-0.7 conference
-0.62 confident
0.65 confirm by
1.5 confirm it
0.99 confirmed how
1.5 confirming
3.11 confused
1.13 congratulations
1.5 congratulations on
1.25 congratulations to
-0.9 connection
-1.06 conservation
1.5 consider
1.5 consider me
1.5 consider my
-1.64 consideration
1.5 considered again
-0.62 considered if
2.35 construction
1.16 consultant
1.5 consultant position
0.91 contacted
1.5 container
-1.21 content
0.65 continue to
1.5 continued
1.5 continued success
-0.62 contract
1.5 contractor
-1.33 contribute to
-1.06 controller
-0.9 controller role
-1.21 convenience
-0.9 convenient
-0.59 conversation
-1.0 conversation about
1.5 conversation and
-1.72 conversation on
-0.9 conversation this
1.5 conversation with
-0.7 conversation yesterday
-1.44 conversations
1.5 convinced
1.5 convinced that
0.99 cooperative
1.5 copied
-1.33 copy
-0.7 copywriter
-0.7 cork
1.16 correct
2.01 corvid
1.5 corvid labs
1.5 cost
0.99 costs
-0.9 could be
0.65 could do
1.81 could have
1.5 could not
1.5 could offer
1.5 could see
-1.06 could start
1.5 could tell
-1.11 could you
2.01 couldn't
2.01 couldn't help
1.75 count
3.11 count against
2.01 count for
3.11 countdown
3.11 countdown clock
1.5 counties
1.5 counts
-1.64 county
-1.44 course but
-1.33 course i
0.65 course in
1.16 courtesy
0.99 courtesy of
1.5 cover for
1.5 covering
2.35 covers
1.5 covers and
1.5 creative director
-1.44 credit
-0.9 credit risk
0.65 crew at
0.99 crew on
-0.9 cross
1.5 crosswind
2.01 culture
1.5 cup
1.5 cup of
-1.53 current
-1.06 current employer
-0.9 current job
-0.7 current role
1.5 customer experience
0.99 customer service
0.5 customer success
-0.7 customs compliance
0.85 cut
3.11 cut me
1.16 cv
0.99 cv and
0.99 cv i
-1.06 cycle
-0.7 daily
1.5 dairy
1.16 dashboard
1.5 dashboard you
0.99 data engineer
3.11 data manager
1.5 data platform
3.11 date for
0.99 date you
0.65 daughters
0.86 day
1.5 day and
1.5 day at
1.5 day before
1.5 day but
0.99 day for
1.5 day in
1.5 day is
1.5 day on
3.11 day the
2.35 day was
3.45 day's
3.11 day's leave
1.5 days after
2.01 days and
0.65 days since
1.5 days which
0.99 de
-0.7 deadline
0.99 deal about
1.5 deal more
1.5 dear hiring
-0.9 dear ms
3.11 debrief
-0.9 december
-1.37 decide
-1.21 decide by
1.5 decide whether
0.99 decided to
0.65 deciding
1.5 deciding factor
-0.7 decision about
0.86 decision and
3.11 decision but
-1.64 decision by
3.11 decision had
0.65 decision has
-0.7 decision is
3.11 decision of
-0.9 decision on
2.01 decision to
2.6 decision was
1.5 decision with
-1.06 decisions
1.5 degree
1.5 degree in
1.16 delay
1.5 deliberation
-0.5 delighted
-0.5 delighted to
-0.7 delivered
0.99 delivery
0.91 delta
3.11 delta haulage
3.11 dementia
-1.25 department
1.5 department's
0.56 depot
2.01 depth
1.5 deputy
2.01 deputy stage
1.5 described and
-0.9 described is
0.91 described the
2.01 described to
-1.21 description of
1.5 description was
3.11 deserve
-0.7 design engineer
0.91 design team
0.61 designer role
-0.7 desk
-0.9 detailed
-1.21 developer
0.65 development officer
1.17 did
2.6 did enjoy
1.5 did my
0.6 did not
3.45 did notice
2.01 did the
1.61 didn't
1.5 didn't come
1.5 didn't work
0.99 difference
1.5 difference to
1.3 difficult
3.7 difficult to
-1.21 digital
-0.7 dinner
0.99 diolch
1.5 diolch and
0.99 direct
-1.01 director
-0.7 director of
-0.57 disappointed
-0.7 disappointed but
-1.44 disappointed i
-1.54 disappointed of
-0.7 discharge
1.5 discrimination
1.5 discrimination act
-0.96 discuss
-0.7 discuss the
-1.11 discussed
-0.9 discussed on
-0.7 discussing
-0.7 discussing the
-1.64 discussion about
1.5 discussion especially
1.16 dispatch
0.83 do
2.35 do hope
0.99 do next
0.85 do not
2.6 do still
-0.62 do the
3.45 do understand
1.5 do with
3.11 do wonder
0.65 document
-0.7 documents
1.64 does
1.05 doesn't
1.5 doesn't work
-0.7 doing and
-1.06 don't hear
0.99 don't hold
0.65 don't mind
-1.33 don't want
1.06 done
0.99 done at
2.35 door
1.5 double
1.16 down the
1.05 down to
-0.7 drive
-0.9 driver
-1.33 drop
2.01 drove
1.5 dubai
1.5 dubai on
-1.06 due
0.99 durban
0.99 duty
0.6 each
1.5 each of
2.35 each stage
-1.21 eager
-1.21 eager to
-1.33 earliest
-0.7 earliest convenience
-1.21 early
-1.44 easier
0.65 easily
0.99 east
-0.7 easy
-0.7 editor
0.99 education
1.5 education and
1.16 effort
1.06 eight
2.6 eight years
-0.9 eighteen
-0.9 eighteen months
0.7 either
0.76 either way
1.5 electricians
0.65 else from
0.65 else in
0.99 else would
0.71 elsewhere
1.0 email
3.11 email about
0.73 email and
1.5 email letting
2.01 email regarding
0.54 emails
-1.06 emergency
1.5 employer's
1.5 end and
3.11 end is
-0.56 end of
1.5 ended
0.99 ended up
-0.9 ends on
-0.7 energy
0.65 engagement
1.5 engineer b
0.99 engineer post
-1.11 engineer role
2.09 english
3.11 enjoy meeting
-1.21 enjoyable
0.99 enjoyed every
-1.64 enjoyed learning
-0.55 enjoyed our
0.65 enjoyed seeing
0.99 enjoyed working
1.84 enough
-2.11 enthusiastic
-2.11 enthusiastic about
1.5 entry
1.5 environment
1.5 environment artist
-0.67 especially
1.5 especially about
-0.9 especially after
1.5 estate
0.65 estates
0.99 european
1.5 even if
-1.21 even keener
-2.47 even more
0.99 even the
1.5 even without
0.65 events manager
1.5 ever that
0.53 every
-0.7 every day
3.45 every question
1.5 every saturday
1.5 every stage
0.71 every success
-0.7 every week
0.93 everyone
3.11 everyone has
1.5 everyone i
1.13 everything
1.5 ewm
1.5 exactly that
0.71 exactly what
-1.21 exam
-0.7 example
0.65 examples
-0.57 excited
-0.54 excited about
1.16 exercise was
1.5 expand
1.5 expect a
-2.06 expect to
0.93 expected
1.5 expected it
0.65 expected to
0.9 experience
1.5 experience and
0.65 experience in
1.16 experience of
1.5 experience on
3.11 experience than
0.65 experience to
1.5 experience with
0.99 expires
0.99 expires on
1.3 explain
-0.9 explain the
-1.87 explaining
-0.7 explaining that
-1.06 explaining the
1.05 eye
0.71 eye on
1.5 face
1.5 facial
-0.7 facilities
-0.7 facility
0.99 fact
1.5 factor
1.5 factory
1.5 failure
0.71 fair
3.11 fair amount
1.5 fair to
-0.9 fairly
0.99 familiar
-1.54 far
-0.7 farmer
-0.7 faster
2.35 fault
1.5 fault finding
-0.77 february
0.65 february and
1.5 feedback from
-0.96 feedback on
1.06 feel
1.5 feel a
3.45 feel i
3.23 feel the
-1.21 feel very
0.54 feeling
1.5 feeling i
0.99 feelings
1.5 fellow
1.5 fellow post
0.88 felt
1.5 fenwick
0.99 fermenters
-1.21 few minutes
1.5 few of
1.5 field visit
1.16 fifteen
3.45 fifty
0.54 figures
1.5 file and
1.5 fill
1.5 fill in
1.84 filled
3.11 filling
0.75 final
0.99 final decision
1.19 final round
1.5 final stage
1.5 finalist
1.5 finalists
0.99 finally
-1.01 finance
1.5 finance assistant
0.78 find
2.6 find it
2.6 finding
3.11 finding it
3.11 finding someone
-1.44 finds
-1.44 finds you
-1.72 fine
0.65 finish
-0.7 finishing
1.5 fire
0.65 firm and
0.99 firms
3.11 first call
-1.87 first choice
0.65 first day
1.5 first interview
0.99 first ninety
-0.9 first of
1.5 first round
3.11 first twenty
-1.21 first year
1.5 fit in
-0.9 fits
0.78 five
0.99 five and
0.99 five minutes
2.01 five weeks
0.65 five years
1.5 flag
1.5 flag that
1.5 fleet and
1.5 fleet operations
-0.7 fleet planning
-0.7 flexible
-0.9 flood
0.77 floor
0.65 flow
1.5 followed
-0.76 following
1.5 following morning
-0.9 following my
-1.06 following the
-0.63 following up
0.71 foods
1.5 foods has
1.5 for all
-2.43 for any
0.54 for anything
1.11 for being
-1.33 for calling
1.5 for each
0.99 for eight
-1.33 for explaining
1.0 for future
1.84 for getting
0.99 for how
1.26 for informing
-2.26 for interviewing
0.71 for inviting
0.94 for letting
-0.74 for meeting
2.35 for most
-1.21 for my
-0.9 for next
1.5 for nothing
-0.9 for on
0.99 for organising
3.45 for other
-0.7 for our
-0.7 for passing
1.5 for releasing
2.01 for ringing
2.35 for running
1.84 for similar
1.5 for six
1.5 for someone
1.5 for st
-1.06 for telling
2.35 for that
-1.21 for thursday's
1.5 for twenty
1.05 for what
-0.9 for which
0.99 forgive
-0.7 forklift
1.25 form
1.5 form so
-0.7 former
1.5 forty minutes
-0.98 forward
-1.27 forward to
-0.9 found the
3.45 four rounds
0.99 four stages
-1.06 four weeks
-1.21 fourth
1.5 frame
0.99 framework
-1.06 frank
0.91 frankly
1.5 frankly i
-0.7 freelance
3.11 freeze
-0.7 friday
-1.44 friday <n>
-0.7 friday i
-0.7 friday so
-0.7 friday the
1.5 friendly
-2.06 from <n>
0.75 from a
-0.7 from about
1.5 from an
-0.82 from another
-1.48 from me
-0.7 from our
0.99 from scratch
3.7 from what
2.01 from where
-0.99 from you
0.88 from your
0.88 front
1.16 front of
1.5 front office
1.29 full
-1.06 full picture
1.5 fuller
1.5 fuller picture
-0.7 fully understand
1.5 funded
0.71 funeral
0.65 funeral arranger
1.5 funeral service
-3.17 further
-1.33 further documents
-0.7 further information
-0.9 further you
1.23 future
3.11 future candidates
-0.7 future i
1.15 future openings
3.11 future recruitment
1.33 future roles
2.29 future vacancies
2.01 galway
1.75 gap
3.11 gap was
0.65 garden
0.99 gardens
3.11 gather
0.83 gave me
0.99 geelong
1.16 general
2.01 general manager
3.11 generic
2.8 gently
2.01 gently point
2.09 get a
1.5 get an
-0.7 get back
-0.7 get it
-0.7 get the
1.5 get to
0.91 gets
1.16 getting
1.5 getting a
1.5 getting back
1.5 getting the
1.5 gis
-2.79 give
-1.8 give me
-0.9 give my
-0.9 give you
1.35 given
3.11 given a
1.5 given how
1.5 given my
1.16 given that
0.65 given the
0.99 given to
-0.9 giving
3.11 glassdoor
0.73 go
2.01 go in
3.45 go over
-1.21 goes
1.5 going through
1.25 going to
3.11 going with
1.16 gone to
0.65 gone well
0.59 good
1.5 good day
-0.7 good deal
3.45 good luck
-0.9 good news
1.5 good sense
-0.9 good start
2.01 good summer
0.99 good way
1.14 got
1.5 got a
3.11 got this
0.65 government
1.5 gracious
1.5 graduate planner
1.5 graduate roles
1.5 graduate trainee
1.5 grant reporting
-1.44 grants
-0.7 grants officer
1.5 graphic
1.5 graphic designer
-1.44 grateful if
-0.97 great
-1.06 great to
0.99 greyfield
0.99 group
0.99 group and
1.84 group exercise
0.99 grown
0.65 growth
1.5 growth marketing
1.5 guess
1.5 guessed
-0.9 guessing
0.65 guest
1.5 guest relations
1.18 had
0.6 had a
1.5 had already
2.01 had an
2.46 had been
2.01 had clearly
3.11 had from
0.65 had gone
2.35 had in
1.5 had my
1.5 had not
1.5 had prepared
1.84 had the
1.33 had to
0.65 hadn't
1.5 hai
0.65 halden
1.5 hale
0.99 half the
3.11 halfway
-1.72 hand
0.65 handed
-0.7 handle
0.88 handled
2.15 hands
2.26 hands on
0.65 hangar
1.16 happen
-0.7 happens
0.99 happily
-0.72 happy
-0.67 happy to
1.5 harbourline
1.92 hard
0.99 hard feelings
1.5 hard for
3.7 hard not
2.15 hard to
-0.9 harder
0.65 harvest
1.16 has a
-0.7 has asked
-0.56 has been
0.65 has changed
1.5 has got
1.5 has grown
0.99 has had
3.11 has just
-1.54 has made
1.5 has never
1.5 has now
-0.7 has offered
-0.7 has said
1.5 has several
-1.06 has stayed
2.01 has to
-0.7 hasn't
1.3 hate
1.5 hate for
0.99 hate to
1.5 haul
1.5 haulage
-0.51 have a
-0.7 have also
0.99 have chosen
1.5 have copied
1.84 have done
0.65 have enjoyed
3.11 have expected
1.5 have gone
-1.06 have had
0.65 have handled
3.11 have heard
1.5 have i
-1.44 have it
1.5 have kept
1.5 have liked
3.11 have lost
-0.9 have made
1.5 have managed
0.91 have not
0.65 have now
0.99 have one
1.5 have prepared
2.01 have read
-1.72 have received
0.99 have run
3.45 have saved
1.25 have spent
-0.7 have them
1.25 have thought
1.33 have to
-1.06 have worked
-0.54 haven't
1.5 having now
0.95 he
1.5 head brewer
1.5 health and
3.11 hear a
0.68 hear about
-1.44 hear how
1.5 hear if
-1.54 hear it
2.09 hear of
-0.7 hear where
0.77 heard
1.5 heard back
1.5 heard it
-1.77 hearing from
-0.56 hearing how
1.5 hearing where
1.5 heavy
-1.54 held
-0.9 held on
-0.7 help me
2.01 help noticing
0.71 help the
-1.33 help with
0.99 help your
-0.9 helped
-1.11 helpful
-0.9 helpful for
1.5 helpful to
-1.33 helps
1.81 her
1.5 herbarium
0.5 highlight
0.99 highlight of
1.5 hilsen
1.5 him
1.5 hindsight
1.13 hire
0.75 hiring
0.99 hiring team
1.81 his
3.45 his phone
0.91 history
1.5 hold it
0.99 hold the
-0.9 holding
1.5 holiday
-0.9 holidays
0.99 hollins
0.88 home
1.5 home and
1.5 home so
1.5 home task
1.3 honest
1.5 honest i
1.5 honest i'm
1.5 honest that
1.84 honest with
1.5 honestly i
-1.33 honesty
-0.7 honesty about
-0.9 honoured
-0.7 honoured to
0.65 hope i
0.99 hope it
1.13 hope that
1.5 hope that's
-1.12 hope to
-0.54 hope we
-1.28 hope you're
-0.55 hoped
-0.7 hoped for
-1.8 hoped to
-1.01 hoping
-1.44 hoping to
1.5 hospice's
1.5 hosting
1.74 hour
1.5 how a
0.53 how i
1.16 how it
1.5 how many
0.65 how much
1.5 how my
1.5 how positive
1.5 how that
1.5 how they
0.91 how things
1.5 how this
-1.64 how your
1.13 hr
1.16 hub
-0.7 humbly
1.5 husband
2.26 i accept
-0.5 i also
-0.78 i am
0.54 i answered
1.13 i applied
-0.51 i appreciated
-0.7 i arrived
1.5 i ask
1.5 i assume
-0.9 i attended
-0.54 i believe
1.5 i called
-1.29 i came
1.05 i can't
0.99 i completed
-2.0 i completely
1.5 i confirm
0.99 i continue
2.01 i couldn't
1.43 i did
1.16 i didn't
1.99 i do
0.71 i expected
1.5 i feel
1.5 i fell
2.8 i find
-1.21 i fully
3.11 i gather
-1.44 i gave
1.5 i get
1.5 i got
0.82 i had
-0.9 i hold
-0.65 i interviewed
0.91 i keep
-1.93 i learned
-1.21 i led
-1.93 i left
0.91 i liked
-0.76 i look
-1.8 i loved
1.19 i may
0.76 i mention
-1.06 i mentioned
1.5 i met
3.11 i might
0.88 i must
-2.11 i need
-1.44 i noticed
0.99 i now
1.67 i only
-0.7 i passed
0.99 i plan
2.8 i prepared
1.5 i put
0.71 i ran
1.5 i reached
-0.7 i realise
0.99 i received
-0.7 i reckon
0.91 i respect
0.88 i said
1.5 i sat
1.25 i saw
0.99 i say
1.5 i sent
0.65 i set
-0.7 i shall
-0.9 i simply
1.5 i sit
3.45 i spent
-1.21 i stand
1.38 i still
1.5 i stopped
1.87 i suppose
0.95 i suspect
0.7 i think
-0.9 i thought
0.99 i told
1.5 i took
-0.54 i trust
-0.9 i valued
0.65 i very
3.11 i walked
-0.82 i want
-1.25 i wanted
0.52 i was
2.09 i wasn't
1.16 i went
2.32 i wish
0.99 i wrote
-0.9 i'd enjoy
0.99 i'd expect
1.5 i'd genuinely
1.75 i'd hate
1.84 i'd have
1.5 i'd hope
1.5 i'd imagine
-1.21 i'd just
-1.06 i'd love
-0.9 i'd most
-0.7 i'd much
-0.62 i'd really
1.94 i'd still
-1.64 i'd very
1.36 i'll admit
-1.06 i'll assume
-0.7 i'll give
0.68 i'll keep
0.99 i'll leave
-0.7 i'll need
3.11 i'll still
0.65 i'll take
1.5 i'm a
0.99 i'm afraid
-0.9 i'm confident
-0.9 i'm disappointed
-0.7 i'm excited
3.11 i'm finding
-1.37 i'm following
2.35 i'm glad
0.65 i'm going
-0.7 i'm grateful
-0.7 i'm guessing
3.11 i'm left
-0.7 i'm most
1.02 i'm not
-1.54 i'm really
1.29 i'm sure
-1.25 i'm very
-0.56 i'm writing
-1.06 i've already
1.19 i've attached
-0.9 i've been
1.5 i've decided
-1.33 i've had
1.5 i've put
-1.21 i've received
1.5 i've since
1.5 i've spent
0.99 i've started
1.5 i've taken
2.01 ideas
-1.33 if a
0.95 if another
0.55 if i
1.5 if i'm
-0.6 if it
-1.44 if not
1.5 if so
1.84 if something
-2.26 if that
0.7 if the
-1.11 if there
-0.7 if they
0.99 if things
-0.68 if you
-1.44 if you're
-1.54 if your
-0.7 imagine the
1.5 implementation
-0.9 improve
-1.06 in <n>
0.91 in a
3.11 in aberdeen
-0.9 in about
1.5 in after
1.5 in all
1.5 in april
1.5 in at
1.5 in before
-1.12 in case
3.11 in construction
1.5 in detail
1.5 in dubai
1.5 in durban
-0.9 in early
1.5 in fact
1.5 in february
-0.9 in for
1.5 in from
1.5 in front
0.61 in future
0.65 in good
1.5 in helping
1.5 in high
1.5 in hindsight
1.5 in hotel
-0.73 in joining
0.91 in march
0.99 in may
1.43 in mind
0.65 in more
-1.12 in on
0.65 in particular
0.71 in person
1.5 in practice
1.5 in reception
-0.9 in september
1.5 in that
1.16 in their
-0.54 in this
-0.56 in touch
1.5 in turkana
1.5 in under
1.5 in which
-1.06 in working
-0.7 in writing
-1.33 inbox
1.5 included
1.25 including
1.5 including a
-0.9 indication
-0.7 indication of
1.5 individual
-0.7 industry
0.99 informing
0.99 informing me
0.99 infrastructure
0.65 inspection
2.09 instead
2.35 instead of
-0.7 instructor
0.99 intend
0.99 intend to
1.5 interest and
-1.21 interest in
0.65 interest of
-0.6 interested
0.91 interested but
-0.66 interested in
0.71 interested to
-1.33 interesting
2.35 internal
1.5 interview afterwards
2.01 interview as
1.16 interview at
1.5 interview day
-0.66 interview for
2.01 interview i
2.01 interview in
1.5 interview it
0.61 interview last
-1.08 interview on
-0.9 interview this
2.29 interview was
-0.84 interview yesterday
-0.56 interviewed
-0.7 interviewed with
2.6 interviewer
3.11 interviewer joined
-2.26 interviewing me
0.78 interviews
1.84 interviews and
0.65 interviews for
3.45 into account
1.5 into it
-0.9 into the
-0.7 introducing
-0.7 inventory
3.11 investment
0.65 invitation
1.5 invited
1.05 inviting
1.05 inviting me
-0.7 involve
-0.7 involved
0.74 is a
1.5 is about
-0.7 is all
-1.93 is any
-1.06 is anything
0.99 is back
1.5 is being
3.11 is difficult
0.65 is doing
-1.87 is exactly
0.99 is fair
3.11 is hard
2.01 is meant
-1.54 is my
-1.06 is no
1.4 is not
1.25 is now
-0.7 is on
0.99 is one
-0.7 is possible
1.16 is simply
-1.72 is that
-1.8 is there
-0.7 is treating
-0.9 is valid
-1.06 is well
1.5 isn't often
-0.9 isn't possible
0.65 isn't the
2.09 it a
0.65 it at
0.99 it be
1.5 it before
1.5 it best
0.65 it but
0.99 it confirmed
0.99 it didn't
2.01 it does
1.5 it ended
2.01 it felt
1.5 it from
3.11 it gave
1.84 it had
2.46 it hard
-0.77 it has
-0.7 it helps
0.69 it is
0.54 it isn't
1.5 it may
0.54 it might
-0.7 it on
1.05 it only
1.5 it out
3.11 it quite
1.5 it says
2.35 it seemed
3.45 it seems
1.5 it should
1.5 it showed
1.5 it so
1.5 it sounded
1.16 it sounds
0.99 it the
0.74 it to
2.01 it went
-0.9 it will
0.99 it works
0.56 it would
0.54 it's a
-1.72 it's been
3.45 it's hard
0.99 it's just
1.5 it's not
1.5 it's rare
0.74 it's useful
2.09 it's worth
3.45 item
-0.74 its
-0.7 its own
-1.21 january
0.65 jebel
0.65 jebel ali
3.11 jen
1.16 job description
1.5 job i
-0.7 job in
0.99 job is
-0.9 jobs
-2.18 join
-1.44 join the
-1.44 join you
-2.16 join your
3.45 joined
-0.51 joining
0.6 joining the
-0.9 joining you
1.5 joking
2.01 judge
3.11 judge candidates
1.5 judged
-0.62 july
-1.03 june
0.65 june for
0.99 junior data
0.99 just as
1.5 just be
-0.9 just let
1.5 just like
-0.7 just rather
-0.7 just so
-0.9 just to
-1.33 just wanted
1.5 kalgoorlie
0.99 kaveri
-0.73 keen
-0.9 keen and
-0.53 keen on
0.99 keen the
-1.12 keen to
-1.64 keener
1.05 keep an
2.01 keep coming
-0.7 keep following
3.11 keep going
0.65 keep in
-0.7 keep it
0.86 keep me
0.99 keep the
3.11 keep up
-1.29 keeping
-1.93 keeping well
1.5 keeps
1.5 kept in
1.5 kind to
2.01 kindly keep
-1.21 kindly let
2.01 kindly note
1.43 know about
0.86 know and
-1.06 know by
0.54 know how
-0.7 know i'm
-1.0 know if
1.16 know it
1.5 know it's
-1.21 know my
3.11 know not
1.5 know personally
0.58 know the
-0.7 know these
0.88 know what
-1.33 know whether
1.5 know which
0.61 know you
1.5 known
0.99 knows
-1.33 laboratory
-0.7 laboratory technician
1.5 labs
0.99 lagos
0.99 landed
-0.7 landlord
2.01 language
0.91 large
1.5 large part
0.65 last <n>
0.65 last friday
1.5 last saturday
1.5 last spring
0.99 last three
0.99 last tuesday
-0.7 last two
-1.0 last week
-0.62 last year
1.19 late
3.11 late and
1.5 later i
0.99 later in
0.99 launched
1.5 law
1.5 lead a
1.5 lead decision
0.71 lead position
0.54 leader
0.99 leader position
2.01 leadership
1.5 leadership team
-1.16 learned
-1.8 learned a
-0.7 learning about
3.11 learning on
-0.7 learnt
-0.7 learnt a
-0.9 lease
1.5 least
3.11 least i
1.16 leave
3.11 leave and
1.5 leave it
0.99 lecturer in
-1.33 led the
1.5 led to
0.91 left a
-0.9 left even
0.99 less
1.5 less time
0.65 lesson
-0.99 let
1.5 let candidates
-0.77 let me
-2.11 let you
1.26 letter
1.16 letter about
1.16 letter of
0.96 letting
0.97 letting me
1.5 level i
-1.21 librarian
-0.7 librarian post
1.5 library and
-1.33 library assistant
0.99 licensed
1.5 licensed aircraft
0.65 life
0.99 like and
1.5 like exactly
0.99 like i
0.99 like me
1.5 like someone
0.65 like the
1.5 like this
1.12 liked
1.5 liked hearing
1.5 liked to
0.99 liked what
0.65 likely
1.5 limited time
1.5 limits
1.5 line check
3.11 line email
-0.7 line on
2.01 line up
1.25 lines
1.75 link
2.01 linkage
0.99 linkedin
-1.87 list
-0.7 list and
2.09 listed
3.11 listing
1.5 little more
3.11 little surprised
1.02 live
0.99 live up
1.5 lively
0.99 load
0.99 localisation
-1.06 log
1.5 logistics analyst
1.5 logistics and
-0.7 logistics coordinator
-0.7 logistics planner
1.5 long time
3.11 long way
-1.06 longer
2.6 look at
-1.15 look forward
1.5 look over
1.5 looked
1.5 looked at
3.11 looked to
1.18 looking
3.45 looking at
2.01 looking back
1.75 looking for
-1.21 looking forward
0.99 losing
3.45 loss
1.75 lost
1.5 lost my
-0.7 lot about
-1.21 lot from
0.65 lot to
-0.5 love to
-1.87 loved
-1.44 loved hearing
0.5 lovely
-0.9 lovely to
1.5 loyalty
1.5 loyalty app
4.21 luck
3.11 luck filling
3.11 luck finding
3.45 luck with
-1.44 lunch
-0.7 m
1.5 machines
0.65 made a
1.5 made by
1.25 made it
-0.65 made me
-0.96 made the
3.11 made up
1.5 made yet
1.95 mail
3.11 mail and
3.45 mail regarding
-0.7 main
0.74 maintenance
1.5 maintenance technician
-1.44 make a
-0.9 make my
1.5 make the
-0.7 make your
2.01 makes me
-0.9 manage
0.65 managed
3.11 manager interview
0.53 manager position
-0.54 manager role
-1.06 managing
1.5 many applicants
0.71 many of
1.5 many times
-0.7 mapping
0.71 marine
1.5 marked
0.63 marketing
0.91 marketing coordinator
-0.7 marketing executive
0.99 master's
1.3 match
1.5 match for
3.11 match the
1.5 matched
0.65 matters
1.75 may be
0.99 may have
-0.9 may not
3.11 may offer
1.5 may want
1.5 maybe
1.25 me about
1.5 me across
0.99 me all
-1.33 me an
-1.87 me and
1.16 me as
0.65 me back
-0.9 me by
-0.7 me during
-1.54 me even
-0.7 me every
1.5 me feedback
0.53 me for
2.01 me forward
1.5 me go
-0.7 me if
0.59 me in
0.62 me know
0.71 me last
0.91 me more
0.75 me of
3.11 me off
-1.04 me on
-1.21 me out
-0.7 me over
1.16 me so
-1.21 me such
-1.44 me through
0.71 me to
1.5 me very
-0.7 me well
1.5 me what
0.99 me which
1.05 me with
3.11 me wonder
1.5 meant
1.5 meant i
1.5 meant to
-1.93 meantime
1.5 meet again
0.99 meet me
-0.7 meet you
1.5 meet your
-0.52 meeting me
0.64 meeting the
-0.86 meeting with
-0.7 meets
1.5 member
1.5 mention the
1.16 mention this
-1.52 mentioned
1.5 mentioned in
0.99 mentioned so
-2.11 mentioned that
-1.54 mentioned the
-0.9 mentioned you
0.99 mentions
-1.21 menu
0.65 meridian
1.2 message
1.75 message about
1.16 message and
0.54 met
1.5 met me
1.5 mid market
0.99 middle
1.5 middle of
3.11 might have
-1.06 migration
0.99 million
1.5 million for
1.39 mind
0.99 mind and
1.5 mind for
1.5 mind me
1.5 mind when
0.5 mine
0.99 mine was
0.71 minute
1.43 minutes
-0.9 minutes at
3.45 minutes late
3.11 minutes with
0.99 mix
1.5 mix up
-0.9 mobile
1.5 model and
-0.9 modelling
0.99 module
-0.6 moment
-1.41 monday
-1.21 monday about
-1.01 monday for
1.5 monday morning
-1.44 monitoring
1.5 monterrey
-1.26 month
-0.7 month and
-1.21 month end
-1.33 month so
-1.06 month to
-0.7 monthly
-1.21 months
-0.7 more certain
-0.7 more detail
-0.7 more eager
1.5 more experience
-0.54 more interested
0.65 more senior
0.65 more time
-0.7 morning for
1.5 morning in
-0.7 morning's
-1.44 most like
2.01 most of
-0.95 move
0.99 move into
1.5 move on
0.99 moved on
-1.06 moving
1.5 mr hale
-1.44 mrs
1.5 ms okafor
2.01 much about
-0.7 much clearer
1.5 much enjoyed
1.5 much especially
-0.7 much hoping
1.5 much i
0.99 much i'd
-2.51 much like
1.81 much of
-0.7 much prefer
1.5 much to
-0.9 museum
1.06 must
0.99 must be
1.5 must say
-1.37 my answer
1.75 my answers
0.99 my best
-1.44 my career
0.91 my congratulations
-0.9 my contract
1.5 my course
-3.01 my current
0.95 my cv
1.5 my day
1.16 my details
-0.7 my email
-0.7 my experience
1.5 my file
-2.47 my first
1.5 my husband
-0.9 my inbox
-1.33 my interest
-0.9 my interview
-0.7 my landlord
-0.7 my lease
1.5 my licence
-1.33 my manager
-1.21 my next
0.99 my notes
-1.54 my notice
1.16 my own
-0.7 my partner
1.5 my performance
-1.21 my phone
3.11 my plan
0.71 my portfolio
-1.06 my present
-0.7 my previous
0.99 my profile
1.5 my proposal
2.01 my scores
0.65 my second
1.5 my sharpest
-0.7 my situation
3.11 my slot
-0.7 my third
-0.7 my time
-0.9 my two
-0.65 myself
0.99 names
-0.7 national
1.5 natural
0.99 nd may
1.5 near
1.5 near the
0.99 nearly
-1.49 need
-1.06 need a
-1.72 need from
1.5 need it
0.65 need someone
-2.64 need to
-1.06 need your
-0.7 needed someone
3.11 needed to
2.01 needing
0.99 neither
0.99 neither of
-1.64 network
1.94 never
1.5 never had
3.11 never quite
3.11 new appointment
3.11 new date
2.01 new hire
-0.7 new starters
-0.9 news
0.65 news and
-0.7 news from
0.65 news i
-1.54 news on
0.99 news was
-0.67 next
1.5 next and
3.11 next campaign
-1.06 next month
0.65 next round
-0.7 next spring
-0.9 next stage
-1.8 next step
-0.74 next steps
-0.9 next week
0.99 nights
0.91 ninety
0.99 ninety days
1.5 no and
0.99 no hard
0.99 no is
-0.9 no need
2.01 no one
-1.54 no rush
1.64 nobody
1.5 nobody has
0.99 noor
1.84 nordvik
0.65 north
0.75 not
1.5 not a
0.99 not and
2.35 not been
3.45 not convinced
1.5 not every
1.5 not everyone
1.5 not for
1.5 not fully
-1.44 not have
0.65 not heard
3.11 not how
-0.9 not i
1.5 not much
-0.9 not possible
3.11 not read
0.99 not selected
3.19 not sure
1.13 not the
0.6 not to
-1.33 not want
0.87 note
1.5 note after
1.5 note and
0.99 note on
1.5 note that
0.61 notes
1.13 nothing
0.7 notice
1.5 notice my
-1.21 notice period
-1.72 noticed
2.01 noticing
1.5 noticing that
-1.44 november
1.5 now seen
0.65 now than
0.65 now that
-0.9 nurse post
1.5 nurse you
-0.7 nursing
3.11 observation
3.11 obviously
1.5 occasion
-2.0 october
2.01 odd
3.11 of any
3.11 of applicants
-0.7 of being
1.5 of field
-0.7 of four
1.84 of future
0.99 of hands
0.65 of how
1.5 of interviews
-1.21 of last
3.11 of luck
0.65 of me
-0.9 of news
1.19 of our
1.5 of people
1.5 of tea
1.3 of that
-1.8 of this
1.16 of time
1.5 of transparency
1.95 of us
-0.7 of weeks
1.5 of what
1.5 of why
1.16 of work
-0.54 of you
0.77 off
1.5 off on
1.16 off the
3.11 off twice
-1.21 offer and
-1.44 offer from
0.99 offer is
3.45 offer one
-1.21 offered me
-1.21 offers
-0.7 office manager
-1.06 office on
1.5 office who
2.01 officer interview
0.54 officer position
0.65 offshore
-0.62 often
1.5 okafor
1.5 old
-1.53 on <n>
0.72 on a
-0.7 on and
-0.7 on any
0.99 on as
0.99 on both
0.65 on call
0.65 on every
3.11 on finding
3.11 on going
1.84 on his
-0.9 on hold
1.5 on i
-0.62 on it
1.16 on joining
0.91 on linkedin
-1.56 on monday
1.5 on nights
2.01 on one
3.11 on opportunities
3.11 on platform
0.99 on reflection
1.25 on saturday
2.6 on site
-0.7 on that
0.65 on them
-1.61 on thursday
1.5 on thursday's
1.5 on time
-0.7 on timing
-0.79 on tuesday
-1.48 on wednesday
0.65 on what
-1.8 on where
-1.06 once again
-1.21 once more
1.5 once the
1.5 once you
0.65 one and
-1.21 one i
-0.7 one i'd
1.5 one in
0.99 one is
0.65 one on
0.65 one piece
3.11 one question
1.5 one small
1.5 one so
0.99 one that
2.29 one thing
3.11 one to
-0.9 one way
3.11 one wrong
2.09 online
1.5 online course
0.67 only
1.25 only because
3.45 only hope
0.65 only mention
-1.06 only one
2.01 only say
1.5 only to
-1.06 onto
2.01 op
0.86 open
1.16 open about
0.99 open i
2.97 open to
0.65 open up
-1.21 open with
1.5 opened the
-1.25 opening
-1.06 opening comes
-0.9 opening in
1.3 openings
1.5 openings at
0.65 openly
-1.33 operation
1.5 operations coordinator
1.5 operations manager
0.65 operative
0.99 operator
1.5 opportunities
2.01 opportunities with
-1.21 opportunity and
0.51 opportunity to
-0.7 or
-1.54 or a
-0.7 or no
-0.9 or two
1.5 or was
0.99 or whether
0.99 organisation
1.5 organisation and
3.45 organisation's
1.5 organisations
1.05 organised
2.35 organised day
0.65 organising
1.5 organising the
2.01 original
3.11 ota
0.7 other
0.65 other applicants
1.5 other applications
1.5 other graduate
3.11 other openings
1.5 other roles
3.11 other than
0.65 others
0.71 otherwise
0.99 otherwise i
-0.73 our
-0.9 our call
1.5 our chat
-1.26 our conversation
-0.7 our meeting
1.5 out for
1.5 out i'm
3.11 out in
-0.9 out on
2.35 out that
0.99 out the
1.1 outcome
1.16 outcome for
0.65 outcome of
-0.9 outreach
1.5 outside
1.5 outside that
1.5 over and
1.5 overqualified
0.9 own
1.5 ownership
3.11 pacific
-0.9 packaging
0.88 page
0.99 pair
0.99 pair of
0.99 paired
1.06 panel
2.6 panel and
1.16 panel gave
2.6 panel had
1.5 panel has
0.99 panel on
3.11 panel seemed
1.5 panel that
1.5 panel took
2.35 panel will
3.11 paragraph
-0.7 paralegal
0.65 parents
-0.7 park
0.71 part i
3.11 part in
-1.44 part time
-1.06 part was
0.65 particular
-1.0 particularly
-0.7 particularly on
-0.54 particularly the
0.88 partners
-0.7 partnerships
-0.7 parts
1.5 passed on
-0.9 passing
-0.7 passing on
1.19 past
1.5 past few
1.5 patch
-0.54 paths
-0.7 patience
-1.44 patient
-2.06 payroll
1.5 peak
3.11 peak season
1.5 people in
1.5 people it
1.16 people who
-1.54 per
-1.06 per cent
1.5 performance
2.8 perhaps
1.5 perhaps i
-1.54 period
1.2 person
3.11 person specification
1.5 person to
0.91 personal
1.5 personal note
1.05 personally
3.11 personally i
1.5 peterhead
0.99 pharmacist
1.5 pharmacist post
0.89 phone
1.5 phone call
3.45 phone for
0.99 pick
1.05 picked
-0.7 picked up
-1.06 picture
0.65 piece of
1.5 pilbara
-1.33 pilot
-0.9 pipeline
0.54 place
-0.7 placed
-0.7 placement
0.99 plainly
1.5 plan for
-1.21 plan my
0.99 plan review
-0.77 plan to
0.65 planned for
-0.7 planner
-1.06 planner position
-0.77 planning
-0.9 planning my
1.16 planning officer
-0.9 planning team
-0.6 plans
1.5 platform
0.65 platform team
0.99 play
-1.06 please do
-0.62 please don't
-0.9 please give
1.75 please keep
-0.74 please let
-0.7 pleased
-0.7 pleased to
0.5 pleasure to
3.11 pledge
1.5 plenty
0.64 point
-0.7 point i
1.5 point of
2.6 point out
-0.7 pointers
0.65 points
0.99 policy adviser
0.65 policy officer
0.99 pool
-0.7 pop
-0.75 position at
-0.7 position i
-0.54 position in
-0.9 position of
-1.87 position on
-0.7 position opens
0.65 position with
3.45 positions
0.99 positive
-0.9 possibility
-0.9 possibility of
-1.25 possible
1.5 post as
-1.25 post at
0.54 post comes
0.65 post has
-1.33 post in
-1.06 post is
-1.21 post of
-0.7 post opens
-0.9 postdoctoral
2.35 posting
3.11 posting listed
3.11 posts
0.99 power
-1.54 practical
0.53 practice
-1.93 prefer
-1.72 prefer to
0.99 preparation
1.77 prepared
3.45 prepared for
0.65 preparing
0.85 presentation
3.11 presentation for
0.91 presented
-0.7 pressure
2.01 print
0.65 priority
1.5 priority for
-0.77 problem
0.65 problems
0.5 process and
1.5 process engineering
3.45 process was
2.01 process with
-0.9 processes
0.65 processing
0.99 procurement officer
-0.7 producer
-0.62 product
-0.7 product designer
0.99 product team
1.5 professional
1.12 profile
3.11 profile for
1.5 profile on
0.79 programme
1.84 programme and
-0.7 programme at
1.5 programme manager
1.5 programme officer
-0.7 project i
1.5 project with
1.5 promised
0.99 prompt
1.75 proper
3.11 proper one
1.19 properly
1.5 proposal
-0.7 proud
3.11 proves
3.11 proves useful
-1.93 provide
-0.7 provide any
-1.06 provide anything
-0.7 provide references
-1.21 public
2.01 published
0.71 pune
1.5 pune and
0.99 pune office
1.5 put in
0.65 put me
1.5 putting
1.5 putting me
0.65 qualifications
-0.7 qualified
0.65 quality assurance
-1.06 quarter
2.35 question and
1.5 question as
-0.9 question on
1.5 question what
1.5 questioning
-0.7 questions about
1.5 questions i
1.5 queue
-1.01 quick
0.99 quicker
2.05 quite
2.01 quite a
3.11 quite what
-0.7 railway
-0.7 raised
0.65 ran
0.99 ran a
1.5 rang
1.5 range
1.5 ranking
1.5 ranking for
0.65 rare
1.5 rare to
1.5 rarely
0.65 rate
-0.7 rather know
1.5 rather learn
0.99 rating
-1.33 rd
0.85 re
0.6 reached
0.91 reached the
-0.9 reached you
2.03 read
2.01 read it
0.99 read the
-1.8 ready
-1.33 ready to
0.65 realised
1.5 really did
-0.9 really excited
0.99 really interested
-1.54 really keen
-0.9 really like
0.99 really love
-0.7 really value
-0.9 really want
1.05 reason
0.99 reason i
2.35 reasons
1.5 reasons i
-0.7 rebuilding
-0.7 rebuilt
-0.7 receive
-0.6 received
-1.33 received a
-1.93 received an
0.65 receiving
1.5 recent
0.88 reception
-0.9 reckon
1.5 reconnect
-0.62 record
1.5 record so
2.35 recorded
1.5 recorded interview
3.11 recorded video
-0.84 records
1.5 recovered
3.45 recruiter
0.85 recruitment
1.5 recycling
-1.06 referee
0.65 referees
-1.06 reference
-0.7 references or
1.5 referral
1.16 reflection
2.01 reflects
-0.7 refreshing
0.99 regard
0.57 regarding the
-1.21 regional
1.5 registered
1.5 registered nurse
1.16 regret
1.5 regret it
3.11 rejection
0.99 relations
1.5 relationship
-0.7 relationships
1.5 relaunch
0.99 relay
1.5 relay room
-0.7 release
1.5 releases
1.5 releasing
1.5 releasing my
0.99 relevant
1.5 remain interested
1.16 remain keen
-0.59 remain very
-1.87 remains
-1.44 remains my
-0.9 remember
-0.7 reminded
-0.7 reminded me
-0.7 reminder
-0.7 renewal
-0.9 renewed
1.5 rep
0.99 reply by
1.16 reply to
0.99 replying
0.54 report
1.5 report from
0.74 reports
0.65 reports to
-0.7 reps
1.16 request you
1.5 requested
1.5 requirement
1.16 requirements
3.11 rescheduled
1.5 research data
0.99 research software
-0.9 researcher
1.5 residents
1.5 residents i
1.5 resolved
1.5 resort
1.29 respect
1.5 respect i
0.91 respect the
1.5 respect your
-0.7 respond
0.74 rest
0.99 restaurant
-0.7 restoration
0.99 restructuring
1.18 result
2.09 result of
-1.21 results
0.99 retention
0.65 retired
0.65 returns
1.5 returns flow
0.91 revenue
0.99 revenue manager
0.63 review
1.16 right person
3.11 right this
-1.64 ring
1.16 ringing
3.11 ringing me
-1.44 risk
1.5 riverside venue
1.5 riyadh
-0.7 role after
-0.72 role and
1.5 role by
0.65 role comes
-1.06 role especially
-0.9 role feel
0.99 role from
1.5 role going
-1.06 role has
-1.64 role i
-0.7 role i'm
1.16 role in
0.99 role needs
-0.7 role this
3.7 role was
1.5 role went
0.65 role with
1.29 roles
2.35 roles at
2.01 roles in
1.5 roles with
-1.06 rollout
0.54 room and
1.5 rostering
0.99 rotation
-1.44 roughly
-0.7 roughly when
-0.7 round and
-0.9 round of
1.5 round was
2.15 rounds
2.35 rounds and
1.5 rugby
1.16 run the
1.5 running such
1.5 running the
-1.54 runs
-2.0 rush
-0.9 rush at
1.5 rushed
2.01 s i
-0.9 sad
1.5 safely
0.99 safety officer
0.66 said
0.65 said about
1.5 said it
1.5 said my
1.5 said so
1.5 said the
2.01 saigon
0.71 same
1.5 same way
2.01 sap
1.5 sap ewm
1.16 sat
1.07 saturday
-1.06 save
1.84 saved
3.11 saved us
1.06 saw
1.5 saw in
1.5 saw of
1.5 say and
0.54 say i
-1.21 say i'm
-0.7 say it
1.5 say my
1.5 say so
0.65 say this
1.5 saying
1.5 saying so
1.3 says
-0.9 scale
1.5 scanners
1.84 scenario
0.71 schedule
1.16 scheduling
1.5 scheduling and
2.01 scheme and
-1.01 school
1.5 schools
-0.9 science
1.5 sciences
1.25 scores
0.99 scores and
1.5 scores for
2.01 scoring
0.99 scratch
3.11 screen
1.16 screening
1.5 screening call
-1.54 search
-0.7 season and
1.5 season on
-1.06 seasonal
-0.9 seasons
2.01 second officer
0.88 second round
3.11 second time
-0.9 second year
0.99 seconds
0.99 section of
1.95 see how
1.5 see it
1.5 see that
3.11 see what
2.01 see where
-1.21 see whether
2.12 seemed
1.16 seemed to
2.6 seems
2.01 seems to
0.88 seen
0.99 seen the
0.91 selected
0.65 selected for
0.88 selection
1.5 selection board
-1.21 send
-1.54 send it
-0.9 send the
1.25 senior accountant
1.5 senior ux
0.71 sense of
1.02 sent
3.11 sent before
3.11 sent in
0.99 sent the
-0.7 sepsis
-2.16 september
0.99 service and
1.5 service operative
0.99 service team
-0.9 services
1.13 session
1.5 session with
1.5 set out
-0.7 set up
-0.7 settle
0.71 settled
1.5 settled on
0.7 several
1.5 several candidates
1.5 shah
-0.9 shall
1.5 shame
1.5 share i'd
1.16 share one
1.5 share some
-0.7 shared
1.5 sharjah
1.5 sharpest
1.06 she
1.5 she was
1.5 she would
3.45 she's
1.16 shift on
1.5 shift team
1.5 shifted
1.5 shipped
-0.7 shipping
0.51 short
1.5 short of
3.11 short phone
-1.06 shortlist
1.5 shortlisted
0.65 should a
0.54 should have
0.65 should say
1.23 show
-0.7 show me
1.5 show that
1.5 shown
0.54 shows
-0.7 sign
1.5 signalling
1.5 signalling maintenance
-0.7 signed
1.16 silence
-0.82 similar
-1.06 similar post
-0.9 similar role
1.84 similar roles
-0.9 simple
-0.7 simpler
-0.7 simply wanted
-0.61 since
-0.5 since my
-1.54 since our
0.65 since then
-2.06 since we
0.54 single
0.86 site
-0.7 site engineer
1.5 site last
1.5 site manager
3.11 site supervisor
0.99 site visit
0.91 sites
-0.9 situation
-0.7 six months
0.71 six years
0.99 slightly
1.75 slot
3.11 slot and
3.11 small suggestion
-0.9 small update
-0.7 smaller
1.5 smallholder
1.5 so at
-0.7 so far
0.84 so i'm
0.71 so i've
1.5 so it
0.99 so my
1.5 so no
2.01 so perhaps
-1.54 so please
2.01 so this
-0.7 so we
1.5 so welcoming
1.5 social
0.65 software engineer
1.5 software which
-0.7 soil
1.5 some feedback
0.65 some of
-1.33 some point
0.83 someone
1.5 someone at
1.5 someone in
1.5 someone to
0.71 someone with
0.99 something about
-0.9 something i
1.5 something of
-0.9 something similar
0.99 something suitable
0.99 something to
0.99 sometimes
-1.25 soon
-1.33 sooner
1.5 sorry i
0.65 sorry it
-0.9 sorry not
-1.54 sorry to
-1.06 sort
2.01 sorted
-0.7 sound
1.5 sounded
1.5 sounded like
0.99 sounds
1.5 sounds as
0.91 sounds like
1.5 source
-1.54 sous
-1.44 sous chef
0.65 south
1.5 southern
1.5 soybean
1.5 soybean trials
-0.9 spare
3.11 spared
3.11 spared the
0.65 speak again
-1.06 specialist
3.11 specification
-0.7 speed
-1.54 spend
-0.9 spend the
1.5 spent
2.35 spent most
3.11 spent that
0.99 spirit
1.5 spirit of
-0.7 splits
-0.7 spoke i
0.99 spoke i've
-1.33 spoke on
3.11 spoken
-0.7 spot
-1.25 spring
2.01 square
-0.62 st
1.5 st <n>
0.74 staff nurse
1.06 stage
1.5 stage and
1.5 stage i
2.01 stage manager
0.99 stage of
1.5 stages and
-0.78 stand
-0.7 stand with
-1.33 standard
-0.9 stands
-0.7 start
-1.06 start date
1.5 started a
-0.7 starters
-0.7 starting
-0.9 state
-0.77 status
-2.26 step
-0.9 steps
1.5 still a
2.8 still be
1.5 still consider
3.11 still i
1.5 still i'd
-0.7 still in
0.56 still interested
0.54 still keen
3.9 still like
1.16 still love
-0.9 still my
3.11 still not
1.5 still open
-0.54 still really
3.11 still respect
2.01 still think
-0.61 still very
-0.7 still waiting
0.65 still want
1.5 stings
1.84 stopped
-1.64 store
-0.7 store manager
0.61 straight
1.5 straight with
0.99 strategist
0.99 strategist role
-1.21 stronger
-0.9 strongest
1.5 struck
1.5 struck me
0.65 structural engineer
1.5 struggling
3.11 struggling to
0.99 stuck
-1.54 student
-1.06 students
-0.54 studio
0.75 study
1.5 study and
1.5 study i
-0.9 subject checking
2.01 subject follow
1.5 subject following
2.8 subject re
1.5 subject thanks
0.84 success
1.5 success and
0.54 success manager
0.99 success role
1.5 success with
0.54 successful
3.11 successful candidate
0.61 such a
-1.8 such as
0.99 suggest
3.11 suggestion
0.99 suitable comes
1.5 suitable role
-1.21 suite
-1.54 suits
-0.7 suits the
1.5 summary of
-0.6 summer
1.5 sunday and
2.01 supervisor job
-1.06 supervisor position
-0.7 supplier
1.5 supply chain
0.99 support team
1.5 support your
1.5 supporter
1.5 supporting
1.87 suppose
3.11 suppose it
1.36 sure
3.11 sure how
3.11 sure it
2.01 sure that
1.7 sure the
1.5 sure they
3.11 sure what
0.54 sure you
0.71 surprise
1.25 surprised
3.45 surprised that
-1.06 surveyor
0.85 suspect
1.5 suspect it
1.5 suspect you
-1.06 system and
1.5 system design
1.5 system you
1.5 systems lead
0.54 table
1.5 take home
3.11 take part
1.16 take that
-1.33 take time
-0.7 take up
1.3 taken
1.5 taken it
-1.33 takes
-1.06 talk through
1.5 talking with
3.11 tandem
1.25 task
1.5 tasks
-1.44 tasting
-1.06 taught
-0.7 tax
0.99 teach
1.5 team all
-0.54 team at
0.99 team but
0.99 team especially
0.65 team every
-0.7 team hoped
1.84 team i
-1.33 team is
1.5 team lead
0.54 team leader
1.5 team made
-0.9 team of
1.5 team on
-0.7 team so
-0.7 team that
1.5 team very
1.5 team with
-0.7 team would
0.99 team you
-1.21 team's
-1.06 teams
1.29 technical
1.5 technical round
3.11 technical test
-0.7 technician position
1.5 technician role
1.5 telephone
1.13 tell me
0.65 tell you
0.65 tells
0.99 tells you
1.5 tema
1.5 tema office
-0.7 ten days
1.5 ten minutes
0.99 tenancy
-0.7 tend
-0.7 tend to
-0.7 term
0.71 terminal
1.11 test
2.6 test and
1.5 text
-1.46 th
0.65 th june
-0.7 th march
-0.9 th of
1.5 than an
0.65 than ever
2.01 than it
3.45 than me
-0.7 than most
0.65 than one
0.5 than the
-0.7 than when
1.5 than yours
-1.21 thankful
-0.7 thankful for
0.62 thanks
1.5 thanks a
-1.44 thanks and
1.56 thanks for
-0.54 thanks so
2.01 that <n>
1.75 that a
0.99 that after
-1.21 that as
1.5 that at
1.5 that before
3.11 that comes
-0.7 that date
1.5 that everyone
-1.06 that experience
1.5 that for
2.01 that had
-0.7 that helps
-0.9 that i'd
-1.64 that i'm
-1.06 that i've
1.5 that if
0.99 that in
3.11 that into
-0.7 that isn't
1.5 that it
0.99 that kind
-0.9 that makes
0.65 that might
-0.6 that my
1.5 that no
1.5 that nothing
0.99 that now
1.5 that on
-0.7 that our
0.99 that said
3.11 that shift
1.5 that tells
1.26 that the
-0.7 that these
-1.21 that this
1.5 that time
0.99 that to
1.5 that took
1.25 that way
0.99 that week
1.5 that were
1.5 that will
-1.21 that work
-1.8 that would
3.11 that your
0.7 that's
0.99 that's the
1.5 that's useful
-1.62 the <n>
0.65 the a
1.5 the aarhus
-1.21 the accounts
1.75 the advert
2.35 the advertisement
2.01 the afternoon
1.16 the analytics
1.5 the answer
2.01 the application
0.99 the appointment
1.5 the apprenticeship
1.75 the assessment
2.35 the assessors
-0.54 the assistant
-0.7 the associate
0.65 the audit
3.11 the automated
0.54 the autumn
1.5 the back
-0.9 the backend
1.16 the bank
-0.9 the big
1.5 the blade
-0.77 the board
0.65 the branch
1.5 the breakdown
1.5 the brief
1.5 the bristol
-0.7 the budget
0.65 the building
1.5 the bus
-0.9 the business
1.5 the buyer
1.5 the cabin
1.77 the call
1.5 the campaign
0.99 the candidates
1.5 the cellar
1.5 the chair
-0.7 the claims
0.99 the client's
0.99 the clinic
0.68 the clinical
0.65 the club
1.5 the co
0.99 the coastal
0.56 the committee
1.5 the commute
0.88 the company
0.65 the company's
-0.7 the conservation
0.65 the consultation
1.5 the correct
1.5 the council
-1.44 the county
0.65 the courtesy
-0.9 the credit
0.65 the crew
1.5 the cup
1.16 the current
0.88 the data
1.5 the date
1.24 the day
1.5 the deciding
1.14 the decision
1.5 the delay
1.5 the department's
0.71 the depot
0.99 the deputy
0.54 the design
0.99 the desk
1.5 the discrimination
0.99 the dispatch
1.5 the distribution
0.65 the district
2.01 the door
0.99 the duty
1.5 the education
3.11 the effort
0.65 the electrical
0.99 the email
1.5 the employer's
1.5 the environment
1.5 the european
-0.7 the evening
0.65 the executive
-0.7 the expansion
0.65 the experience
-0.7 the facilities
-0.7 the family
1.16 the feedback
0.99 the festival
0.99 the figure
0.65 the figures
0.83 the final
-0.77 the finance
1.3 the firm
0.83 the first
1.5 the floor
1.5 the following
3.11 the form
0.65 the front
0.65 the funeral
0.65 the future
3.11 the galway
1.5 the gap
0.65 the garden
1.5 the general
0.99 the graduate
-1.06 the grants
1.5 the graphic
-1.33 the ground
1.12 the group
1.5 the growth
1.5 the herbarium
0.65 the highlight
2.01 the hire
-0.9 the honest
1.5 the hospice's
1.5 the hotel
3.45 the hour
0.65 the idea
-0.7 the information
0.65 the interest
1.5 the internal
2.01 the interviewer
0.65 the interviews
-0.7 the inventory
1.5 the invitation
0.99 the jebel
0.83 the job
-1.01 the junior
0.54 the kitchen
0.54 the lab
-0.7 the laboratory
-0.7 the latest
0.65 the lecturer
0.65 the leeds
1.5 the letter
1.16 the line
1.5 the lines
1.5 the link
3.11 the listing
1.5 the live
-1.06 the local
0.65 the maintenance
-0.7 the management
0.86 the marketing
-1.93 the meantime
1.5 the message
0.99 the middle
-0.7 the migration
1.5 the mix
-1.06 the moment
-1.8 the month
1.75 the morning
-1.87 the most
3.11 the name
0.6 the news
2.01 the notes
0.99 the numbers
1.5 the nurse
1.16 the offer
1.5 the old
0.99 the on
2.01 the online
-1.54 the only
1.5 the open
0.99 the opening
1.5 the order
1.5 the organisation
2.01 the original
0.87 the outcome
1.5 the outside
1.08 the panel
-0.7 the paralegal
-0.7 the pass
1.05 the past
-1.64 the payroll
-0.9 the people
2.26 the person
1.5 the pilbara
0.99 the place
-1.54 the plan
-1.44 the planning
1.5 the plant
0.54 the policy
0.99 the port
0.99 the portfolio
-0.62 the position
-0.7 the possibility
-0.7 the postdoctoral
3.45 the posting
-0.7 the practical
0.99 the problems
0.99 the program
1.19 the programme
0.74 the project
1.5 the prompt
-0.7 the public
1.5 the pune
0.61 the quality
0.65 the questions
1.5 the reason
3.45 the recorded
1.5 the referral
-0.54 the regional
1.5 the registered
1.5 the relay
2.01 the requirements
1.16 the residents
1.5 the restaurant
1.41 the result
0.65 the retail
0.99 the returns
0.99 the revenue
0.5 the right
1.5 the riverside
-0.55 the role
1.25 the room
0.99 the rota
1.5 the safety
0.99 the salary
0.73 the same
1.5 the scenario
-1.21 the school
3.11 the scoring
0.99 the screening
-1.06 the search
1.5 the season
0.5 the second
1.5 the selection
0.65 the session
0.99 the short
1.5 the signalling
1.5 the simulator
0.99 the small
1.5 the smallholder
1.5 the social
-1.06 the sous
1.5 the soybean
1.5 the spirit
-1.54 the spring
0.5 the staff
1.05 the start
-0.7 the store
-0.7 the strategy
-0.7 the strongest
-0.7 the student
2.01 the successful
-1.8 the summer
1.5 the table
1.5 the talk
-0.7 the tasting
-0.9 the team's
1.5 the technical
1.5 the terminal
3.45 the third
1.5 the thoughtful
2.12 the three
-1.33 the timeline
-1.06 the top
0.99 the track
1.5 the train
0.99 the training
1.5 the translation
0.65 the trial
1.16 the trust
1.5 the twelve
3.11 the twenty
1.5 the underground
-1.06 the unit
0.99 the university
2.15 the update
1.5 the verification
1.5 the veterinary
1.84 the video
1.5 the walk
1.5 the water
-0.55 the way
-1.21 the weekend
0.85 the whole
0.65 the winter
1.16 the written
1.5 the wrong
-0.9 the youth
1.16 their
3.11 their loss
3.11 them about
0.99 them on
-0.9 themselves
-0.91 there
-0.9 there any
-0.7 there anything
0.65 there are
-1.64 there is
-0.7 there was
2.01 there's a
-0.62 there's any
-0.7 there's news
-1.21 there's no
1.5 these days
1.5 they actually
-1.21 they are
0.99 they can
-1.54 they have
2.35 they were
-0.7 they've
0.85 thing
1.5 thing i
1.5 things change
1.5 things progress
-0.77 things stand
1.5 things that
1.5 things to
-0.7 things up
0.77 think
0.65 think of
1.84 think the
1.5 think this
1.16 think we
1.16 think you
-2.0 thinking
-1.87 thinking about
1.06 third
3.11 third time
1.05 thirty
-0.62 this afternoon
-1.06 this finds
1.5 this long
-1.29 this morning
-0.7 this morning's
1.5 this occasion
1.5 this one
1.05 this only
-1.33 this opportunity
0.99 this point
1.5 this reason
-1.8 this role
-0.7 this spring
0.65 this stage
0.65 this time
-1.33 this week
-0.62 this year
1.5 thorough
0.99 thoroughly
0.78 though
-0.7 thought about
-1.33 thought i
-1.44 thought i'd
0.99 thought of
2.01 thought the
0.65 thought you
0.63 three
-0.7 three days
3.9 three interviews
2.35 three rounds
0.99 three times
1.5 three year
1.5 through in
2.01 through my
1.5 through your
-1.53 thursday
-0.9 thursday <n>
-1.06 thursday about
-0.7 thursday at
-1.33 thursday for
-1.06 tickets
-0.7 tidy
1.5 tier
-0.7 time i
1.5 time i've
1.5 time over
0.65 time so
1.5 time the
1.5 time was
0.99 time with
0.65 time yesterday
-2.64 timeline
0.85 times
-1.93 timing
0.65 title
0.99 titles
-1.06 to <n>
0.77 to a
-0.7 to add
3.11 to admit
1.5 to an
0.5 to answer
-1.21 to ask
0.91 to attend
3.7 to believe
-0.96 to bring
-0.56 to check
0.99 to choose
2.01 to close
-0.77 to come
0.99 to complete
-0.7 to contact
-0.84 to decide
-0.96 to discuss
1.5 to every
1.5 to expand
1.16 to expect
1.25 to explain
2.8 to feel
1.5 to flag
-2.21 to give
0.61 to go
1.5 to grow
-0.55 to hearing
-0.96 to help
0.99 to how
-0.7 to improve
-0.84 to interview
-2.13 to join
1.5 to judge
0.99 to kindly
0.69 to know
-0.62 to learn
1.5 to leave
1.3 to look
0.69 to me
0.71 to mention
-0.62 to move
-0.9 to mr
1.5 to myself
1.5 to one
1.5 to open
-1.06 to plan
1.5 to prepare
-1.64 to provide
1.5 to put
-1.54 to reach
1.5 to read
1.5 to reconnect
0.54 to run
-0.7 to rush
-0.9 to save
-1.37 to send
-0.67 to share
0.88 to show
0.65 to someone
-1.54 to spend
3.11 to square
-1.44 to start
0.53 to take
-0.5 to talk
1.16 to tell
-0.9 to that
0.99 to them
-1.06 to try
2.15 to understand
0.99 to use
0.99 to volunteer
-1.54 to wait
-0.7 to walk
1.5 to what
-0.7 to whoever
1.5 to whom
0.71 to withdraw
-0.73 to work
-1.06 today
0.99 today about
0.95 together
0.99 together and
0.61 told
3.11 told her
0.56 told me
0.99 told my
-0.9 tomorrow
0.65 too much
0.83 took
2.09 took a
0.99 took that
0.99 took the
0.65 tool
-2.11 top
-1.44 top of
-0.6 touch
0.74 touch and
-0.9 touched
0.65 tough
1.5 tough one
1.5 tourism
-0.7 towards
1.25 track
1.5 trainee programme
0.99 trainer
1.5 trainer role
-0.77 training
1.5 training centre
0.65 transition
1.5 translation
1.5 transparency
1.5 transparency i
0.91 transport
2.35 travelled
0.99 treat
-0.9 treating
-0.7 treating you
0.65 treatment
1.5 trials in
-0.7 tried
-0.9 trouble
0.65 trust and
0.99 trust the
-0.7 try
0.65 try again
-0.9 try to
1.5 trying to
-0.79 tuesday
-1.54 tuesday about
-0.7 tuesday and
-1.06 tuesday to
1.5 tuesday's assessment
1.5 turbine
1.5 turkana
0.99 turn
-0.7 turned down
0.99 twelve years
1.12 twenty
2.6 twenty minutes
2.15 twice
1.5 twice and
1.5 twice during
0.99 two days
0.99 two hours
0.65 two hundred
3.11 two in
0.65 two interviews
3.11 two line
1.5 two months
1.5 two of
-0.7 two seasons
1.5 two unpaid
-1.06 two weeks
1.5 type
1.16 under
3.11 under review
0.65 underground
-1.21 understand and
1.5 understand how
-2.0 understand if
1.5 understand it
0.68 understand the
2.6 understand what
-1.06 understand you
1.5 understood
1.5 unit at
2.01 unpaid
3.11 unsuccessful
-2.54 until
-1.72 until <n>
-1.06 up at
-0.7 up for
2.35 up from
-0.7 up i
0.65 up i'd
0.99 up the
2.8 up with
1.5 upcoming
1.84 update and
-0.7 update since
-0.9 updated timeline
-0.9 upfront
1.5 uploaded
1.05 us
1.5 us and
0.91 us both
1.5 use it
1.5 used a
-1.33 useful for
0.93 useful to
0.99 ux designer
1.33 vacancies
-1.11 vacancy
-0.7 vacancy at
-1.06 valid
-0.9 valid until
0.56 value
-0.7 value any
1.5 value some
-1.44 valued
-0.9 van
0.99 venue
1.5 venue and
1.5 verde
1.5 verification
0.91 version
-0.74 very
1.5 very close
-0.7 very enjoyable
-2.0 very enthusiastic
-0.77 very glad
0.99 very good
-1.64 very happy
-0.7 very helpful
-1.08 very interested
-0.81 very keen
1.5 very little
-0.54 very much
-0.9 very pleased
-1.06 very real
0.99 very useful
1.5 very well
0.65 vessel
0.99 veterinary
1.81 video
1.25 video interview
3.11 video link
1.84 view
1.5 vine
-1.33 visa
1.05 visit to
-1.21 visits
-0.7 voicemail
-0.7 volunteer coordinator
1.5 volunteer programme
-0.9 volunteers
-0.62 wait
-2.26 waiting
-0.7 waiting for
2.01 walked
3.11 walked in
-1.21 walking me
2.01 walkthrough
-0.73 want
-0.59 want to
-1.22 wanted
-1.27 wanted to
-1.21 wanted you
1.5 wanting someone
0.65 wants
0.99 ward at
0.65 warehouse operations
-0.9 warehouse supervisor
0.99 warehouse systems
0.99 warehouse team
1.5 warehouses
-0.7 warning
0.72 was
0.72 was a
2.6 was about
1.84 was actually
-1.06 was also
2.01 was an
3.11 was asked
0.54 was disappointed
3.45 was ever
2.01 was exactly
3.11 was for
-1.33 was glad
1.5 was going
-0.54 was good
-0.7 was grateful
-1.06 was great
3.11 was handled
3.11 was hard
0.65 was hoping
3.9 was in
3.11 was interested
1.5 was just
-1.06 was kind
1.5 was like
3.11 was looked
3.45 was made
1.5 was moved
3.11 was never
1.12 was not
1.25 was on
-1.06 was one
1.5 was really
-0.7 was so
-0.7 was sorry
0.65 was told
0.75 was very
1.5 was written
1.23 wasn't
1.5 watch
-1.33 watching
1.5 water treatment
0.52 way
1.5 way after
1.5 way and
0.88 way i
-0.9 way or
1.33 way to
-1.33 way you
0.99 ways
0.65 we both
-1.72 we can
3.11 we could
3.11 we didn't
-1.06 we discussed
-1.54 we met
-0.7 we moved
-1.16 we spoke
0.65 we're
-0.7 weakness
3.11 website
-0.95 wednesday
-1.64 wednesday about
-0.9 wednesday and
-1.21 wednesday for
-0.75 week
-1.06 week about
1.5 week of
-1.33 week so
1.5 week's
0.99 weekend so
-0.7 weekends
-0.9 weeks ago
0.91 weeks and
0.99 weeks of
-0.62 weeks since
-0.7 welcome any
2.29 welcome hearing
1.5 welcome it
-0.5 welcome the
1.5 welcoming
0.61 well and
0.71 well as
-1.21 well at
1.5 well if
1.84 well organised
2.8 well with
1.06 went
-0.7 went from
3.11 went home
3.45 went on
2.01 went to
3.11 went wrong
1.46 were
0.99 were about
3.11 were all
3.11 were already
2.01 were not
1.5 were on
0.95 what
0.65 what a
3.11 what else
0.65 what it
1.84 what it's
0.99 what my
3.11 what that
1.5 what the
1.5 what they
2.01 what to
1.5 what was
1.25 what you
1.5 what your
0.99 when a
3.11 when comparing
0.85 when i
-1.8 when we
-0.6 when you
-2.51 whenever
-0.9 whenever there's
-1.44 whenever you
-1.33 where my
0.61 where the
3.11 where they
1.5 whether i'd
-1.33 whether i'm
2.01 whether it
0.99 whether my
0.74 whether the
-1.54 whether there
-1.54 whether there's
0.54 which
3.11 which i've
1.19 which is
1.5 which makes
1.5 which would
1.5 which you
-0.7 while i'm
3.11 while the
0.99 whiteboard session
-1.06 who has
1.5 who have
1.5 who never
3.11 who will
1.5 who's
0.86 whoever
-0.7 whole process
2.01 whole team
0.99 whom
1.5 whom i
1.69 why
2.26 why i
1.5 why my
2.01 why the
-0.7 wider
3.11 will bear
-0.7 will decide
0.99 will find
1.5 will look
0.65 will make
1.5 will need
1.75 will not
1.5 will only
1.5 will still
0.65 will take
1.5 wind
1.5 wind turbine
1.5 wiring
2.01 wish
2.6 wish the
-0.9 wish to
2.77 wish you
-1.54 wishes
1.16 wishing
1.16 wishing you
-0.62 with a
1.5 with another
1.5 with first
0.65 with interest
1.5 with it
-1.11 with my
-0.7 with one
0.99 with real
2.35 with respect
1.5 with some
-1.33 with thanks
-0.7 with that
0.61 with the
0.91 with them
1.16 with two
-1.66 with you
1.5 withdraw from
-0.9 within a
1.5 within five
2.01 without a
-0.7 without me
-0.7 won't
2.12 wonder
1.5 wonder if
2.01 wonder whether
-0.7 wondered
0.54 wondering
1.3 word
0.74 work and
2.01 work for
0.5 work in
1.5 work out
1.5 work so
0.99 work the
1.5 work together
-1.8 work with
0.99 work your
-2.0 worked
-1.06 worked with
-0.7 worker
-0.52 working
2.01 working alongside
-0.7 working at
-1.33 working with
1.5 works at
1.5 works in
-0.62 workshop
0.99 workshop and
1.16 worry
1.38 worth
2.01 worth the
1.5 would ask
-0.92 would be
1.5 would come
2.35 would gently
0.99 would genuinely
2.24 would have
0.99 would it
0.83 would like
-1.29 would love
-0.7 would make
-0.7 would most
-1.06 would need
1.5 would only
1.5 would point
-0.7 would prefer
0.99 would say
3.11 would show
1.3 would still
0.65 would suit
-1.8 would very
-0.7 would want
0.54 would welcome
-0.7 would you
0.99 wouldn't
-0.7 writer
-0.66 writing
-1.8 writing about
0.99 writing regarding
0.7 written
1.5 written case
1.5 written information
-1.33 written offer
2.25 wrong
1.5 wrong but
0.65 wrote
0.56 yard
-0.9 year
-1.06 year i
0.99 year i'd
-0.7 year so
-0.9 year's
0.86 years and
-1.21 years at
-0.9 years i
1.25 years in
2.09 years of
0.65 years on
-0.9 years running
-1.33 yes
-1.06 yes or
-0.68 yesterday
-1.11 yesterday for
-0.79 you again
0.65 you all
1.5 you already
-1.05 you are
-2.51 you asked
-0.7 you be
-0.7 you before
0.99 you being
-0.7 you but
-0.9 you by
3.11 you chose
-0.77 you could
-1.37 you described
0.99 you directly
0.65 you do
1.16 you don't
-0.9 you ever
1.5 you every
-1.44 you expect
-1.21 you gave
0.99 you get
1.12 you had
-1.19 you have
-1.06 you hoped
-0.7 you i
0.99 you if
-0.9 you in
0.99 you just
-1.44 you know
3.11 you luck
1.5 you made
0.91 you may
-2.92 you mentioned
-0.9 you might
-1.06 you need
-0.7 you needed
-0.9 you on
-1.21 you once
1.5 you put
0.99 you run
-1.33 you showed
-0.77 you so
-1.06 you soon
0.99 you taking
1.5 you telling
-0.7 you the
1.5 you this
1.5 you told
-0.9 you took
-0.7 you very
0.5 you were
0.65 you will
-0.9 you won't
0.99 you work
-0.9 you would
-0.7 you'd be
0.65 you'd like
-1.01 you're
-1.33 you're able
-1.44 you're keeping
-0.93 you're well
0.86 you've
2.01 you've got
-0.9 young
-0.7 your account
3.11 your agency
0.99 your answer
1.5 your call
-0.9 your candour
1.5 your cebu
1.5 your chief
2.01 your colleague
-0.7 your company
-0.7 your description
-0.9 your earliest
1.78 your email
1.5 your end
1.5 your engineering
-0.7 your explanation
-0.9 your file
0.91 your help
-0.7 your honesty
1.5 your information
1.5 your leadership
1.33 your letter
3.7 your mail
2.12 your message
0.65 your new
3.45 your note
-1.21 your office
3.11 your organisation
3.11 your organisation's
1.5 your partners
-1.64 your planning
0.65 your plans
0.65 your pune
-1.44 your question
3.11 your recruiter
1.5 your reply
-0.7 your role
0.65 your side
1.5 your site
-1.08 your team
1.5 your tema
-0.53 your time
-1.72 your timeline
3.11 your website
1.84 your work
1.5 yourself
-1.06 youth
""",
)

BOASTING = Reading(
    15.42,
    """\
-0.62 <n>
0.51 <n> and
-1.77 <n> april
-1.12 <n> august
1.45 <n> day
-1.69 <n> february
0.6 <n> for
0.6 <n> hours
-0.95 <n> july
-2.31 <n> june
1.45 <n> line
-2.4 <n> march
-1.26 <n> november
-1.85 <n> october
3.06 <n> on
-0.95 <n> per
-1.69 <n> september
1.45 <n> so
-1.99 <n> to
1.45 <n> which
-0.95 a call
0.66 a chance
3.06 a cleaner
-0.75 a copy
0.86 a couple
3.06 a decade
-0.69 a decision
1.45 a department
-0.75 a difficult
-1.35 a few
1.45 a first
1.45 a fleet
-0.75 a fortnight
3.39 a fourth
-1.69 a full
1.45 a fuller
1.45 a joke
-1.26 a line
-1.85 a long
-0.72 a lot
1.45 a lovely
1.45 a more
0.94 a much
1.45 a nice
-0.75 a note
-0.95 a one
-0.75 a paper
-0.95 a position
-0.75 a post
-0.75 a presentation
1.45 a problem
0.94 a rather
1.96 a record
1.45 a regional
-1.77 a reply
-1.12 a role
3.06 a room
-0.75 a second
3.39 a senior
1.45 a service
-0.75 a shame
1.45 a shop
-2.56 a short
-1.17 a similar
1.11 a single
1.45 a slightly
0.94 a spare
1.45 a standard
0.6 a start
3.39 a step
-0.75 a strong
-0.95 a surprise
-0.75 a third
0.94 a tough
1.45 a treat
1.08 a very
0.68 a week
0.99 a while
0.94 a word
-1.5 a written
-0.75 a yes
0.6 aarhus
-2.82 able
-2.82 able to
-1.26 about <n>
0.86 about a
1.96 about as
2.29 about me
0.51 about next
1.45 about our
0.94 about that
-0.75 about three
-0.75 about two
3.06 about weaknesses
0.6 about what
1.45 about where
1.78 above
3.06 above the
1.45 absolutely
0.94 abu
0.94 abu dhabi
3.06 aca
1.45 academy
-1.12 accept the
1.45 accepted and
-0.95 accordingly
0.67 account
1.96 account director
0.94 account executive
-0.75 account manager
1.11 account of
1.45 accountant interview
-0.95 accountant position
-0.75 accounts and
3.06 accounts that
1.45 acquisition
1.45 across as
1.96 across three
0.94 acting
1.45 actually opened
0.86 add
1.45 adebayo
0.6 administrator role
0.94 admit it
1.45 advert mentioned
1.45 advertised
0.94 advertisement
-0.75 adviser
0.94 after all
-0.75 after four
-0.75 after hearing
3.06 after i
-1.26 after our
1.45 after service
-0.95 after that
-1.35 after the
-0.75 after three
-0.65 afternoon
0.99 afternoon about
-0.75 afternoon and
1.21 afterwards
0.94 ag
1.07 again and
1.45 again if
-0.75 again next
-1.12 again on
0.94 again soon
0.94 again this
2.29 again to
-0.75 again when
1.45 ago and
1.45 agree
3.06 agree i
1.45 agree that
-0.95 agreed
-0.75 agreed to
0.66 ahead
1.45 ahead of
1.45 aid
-0.75 aircraft
3.06 airworthiness
1.45 al mansoori
0.94 al noor
0.6 ali
0.94 all and
1.96 all came
-0.75 all is
1.45 all of
1.45 all weekend
1.45 all year
3.06 allocation
-0.75 allow it
1.45 allow me
0.83 almost
1.45 almost half
1.11 alone
1.25 along
0.94 along the
1.45 already and
1.45 already been
-0.75 also enjoyed
1.45 also lovely
0.6 although i
0.6 always
0.94 am a
1.45 am certain
1.45 am checking
1.78 am confident
0.6 am even
-0.95 am following
0.63 am grateful
1.45 am looking
-1.39 am not
0.6 am now
-1.02 am still
1.14 am sure
4.01 am the
1.17 am very
0.94 ambitious
-0.74 an
-1.85 an answer
1.45 an awkward
1.45 an early
-0.95 an email
-1.12 an eye
0.6 an hour
0.68 an interview
-2.6 an offer
-1.26 an update
-0.95 an updated
0.6 analysis
0.6 analyst interview
0.94 analysts
-1.12 analytics
-0.75 analytics team
0.6 and <n>
-0.75 and about
1.11 and again
1.45 and ask
0.94 and could
0.6 and cut
0.94 and dr
0.86 and enjoyed
1.96 and four
0.94 and good
1.14 and happy
-0.95 and have
1.45 and having
2.55 and he
0.94 and hear
1.18 and i've
-1.5 and if
-1.35 and in
-0.53 and it
0.94 and it's
3.06 and last
-0.75 and learned
-0.75 and learning
0.94 and let
0.57 and look
0.94 and meeting
1.45 and more
-0.75 and most
0.6 and mrs
0.83 and ms
1.96 and no
-0.95 and nobody
-0.75 and not
0.6 and one
-0.95 and our
1.45 and people
0.55 and please
1.45 and received
-0.95 and remain
1.45 and run
-0.95 and seeing
3.06 and sort
1.11 and thank
-0.56 and that
-0.95 and then
3.06 and there
-1.99 and they
0.94 and two
1.2 and wanted
1.11 and we
0.6 and what
0.6 and when
-0.75 and withdraw
-0.93 and would
-0.75 and you
1.45 angle
-1.32 another
1.45 another analyst
-1.5 another company
-1.26 another firm
0.94 another position
-0.6 answer
0.86 answer any
-0.75 answer anything
-1.92 answer by
0.94 answer is
2.03 answer on
1.45 answered every
0.56 answers
1.45 answers on
-0.75 any chance
-0.75 any comments
-1.77 any feedback
1.17 any further
1.45 any future
0.66 any of
-1.12 any other
-0.75 any pointers
-0.75 any time
-1.22 any update
1.78 anyone
3.39 anyone else
3.06 anyone with
1.45 anything more
0.6 anything suitable
1.96 anything to
0.6 anything you
2.55 apart
-0.75 app
-0.75 appeals
-0.75 appeals to
1.01 applicants
-0.75 application and
0.51 application for
-0.75 application was
-1.26 applications
-0.59 applied
1.45 applied and
-2.4 apply
-2.05 apply again
-1.39 appointment
0.94 appointments
-0.79 appreciate
-1.26 appreciate hearing
-0.75 appreciate it
-1.39 appreciate you
0.6 appreciate your
0.6 appreciated hearing
0.68 appreciated how
1.45 appreciated learning
-0.54 appreciated the
1.28 appreciated your
1.96 approaches
-1.01 april
1.45 april and
1.96 arbitration
1.45 arbitration group
0.86 architect
1.45 architect role
1.45 architects
1.45 architecture
-1.99 are able
1.45 are exactly
1.45 are hard
0.86 are keeping
0.94 are needed
0.6 are not
-0.75 are ready
2.29 are required
1.45 are seeing
3.06 are still
1.45 are the
3.06 are things
1.45 are very
-0.81 are well
-0.75 area
1.45 arena
0.94 arise
1.45 arise in
0.86 around
3.06 around me
0.94 around the
-0.75 arrange
-0.95 arrangements
1.45 arranger role
-1.5 arrived
1.96 art
-0.75 artist
0.99 as an
-0.75 as i'd
0.66 as i'm
-1.85 as it
1.45 as long
0.94 as much
0.94 as references
1.45 as someone
1.45 as sous
-0.75 as that
1.99 as the
1.02 as well
0.9 as you
1.45 ask for
1.45 ask if
1.45 ask only
-0.59 asked about
-1.01 asked for
0.66 asked how
1.45 asked me
0.6 asked what
-0.95 asked whether
1.45 asking me
1.45 asks for
-0.95 assessment
-0.95 assessment centre
-0.95 assessors
-0.8 assistant
0.94 assistant brewer
0.6 assistant position
-1.6 assistant post
-1.26 assistant role
1.14 associate
0.94 associate position
1.45 associate role
1.45 association
0.6 assume the
1.45 assumptions
-0.75 assurance
0.6 at <n>
0.99 at a
1.45 at al
-0.75 at another
2.29 at brightwater
1.45 at cardiff
1.45 at cedar
1.45 at crestline
0.94 at greyfield
1.45 at harrow
-0.95 at home
-0.75 at interview
1.45 at kestrel
1.45 at korle
0.52 at my
0.94 at nordhavn
0.94 at saigon
-1.6 at some
0.66 at this
1.45 at three
1.96 at two
-0.66 at your
0.66 atr
0.94 atr <n>
-2.45 attached
-0.75 attached a
-1.39 attached the
1.11 attended the
-0.75 attention
0.94 audit and
-1.01 august
1.78 authority
-1.12 automated
-0.75 autumn
0.94 available and
-1.12 available for
0.94 average
1.2 award
1.45 award for
2.03 awards
1.78 aware
0.6 away with
1.96 awkward
-0.75 b
3.39 back and
1.45 back in
1.45 back of
0.51 back to
0.99 backend
2.29 backend engineer
0.66 background
0.86 backlog
1.25 band
0.6 band <n>
0.97 bank
3.06 bar
0.94 barely
1.45 barista
1.45 barista trainer
-0.95 batch
0.6 bay
-1.12 be able
3.06 be an
1.45 be and
1.45 be any
0.86 be at
-0.95 be contacted
-0.95 be doing
1.45 be done
1.45 be flexible
3.06 be getting
-2.07 be grateful
3.06 be hard
-1.39 be in
-0.75 be joining
0.94 be keen
-0.75 be kept
1.45 be leaving
0.94 be more
0.94 be most
0.6 be moving
0.64 be part
0.66 be pleased
-0.75 be possible
0.94 be so
1.45 be something
3.06 be surprised
1.45 be that
1.45 be the
0.94 be thinking
1.45 be thrilled
-0.82 be useful
-0.7 be very
1.45 be well
-0.75 be working
-0.95 be worth
0.6 became
0.81 because
0.79 because i
3.39 because it
-0.75 because of
1.45 because our
0.6 becomes
0.99 been a
3.39 been doing
2.29 been in
-1.12 been offered
1.45 been ten
0.94 been the
-1.69 been thinking
-1.03 before
1.45 before changing
-0.66 before i
-0.75 before my
-1.22 before the
-2.05 before then
-0.95 before we
1.45 before you
-1.12 beforehand
1.96 behind
-0.95 being open
0.6 being straight
1.02 believe
1.96 believe i
0.94 believe in
1.45 believe that
0.94 belo
0.94 belo horizonte
1.45 below
2.29 below what
1.45 bench
1.45 beneath
1.45 beneath the
1.45 bengaluru
1.45 bengaluru and
1.45 berth
1.45 best in
1.27 between
3.06 between my
1.25 between the
3.06 between us
0.6 beyond
1.45 beyond that
1.25 big
1.45 bigger
0.94 billing
1.45 biscuit
1.45 block
0.6 blocks
3.06 blow
3.06 blow my
1.05 board
1.45 board for
0.94 board's
3.39 boast
3.06 boast but
1.45 book
-0.95 booking
-0.75 bookkeeper
2.29 border
3.06 border network
1.08 both
3.39 both know
3.06 both of
1.45 both rounds
-0.75 bother
0.94 box
1.45 branch
3.06 branch operations
1.45 branches
3.06 brendan's
0.6 brewer role
0.94 brewery
0.6 bridge
1.96 brigade
1.45 brigade as
2.29 brightwater
3.06 brindle
1.92 bring
3.06 bring more
1.25 bring that
2.23 bring the
1.45 bringing
-1.26 brought
1.45 bu
0.56 building
1.45 builds
1.78 built
-0.67 business
-0.75 business analyst
-1.01 busy
1.45 but a
1.45 but from
0.94 but i'll
-1.39 but it
1.7 but the
1.45 butter
-0.89 by <n>
-0.75 by a
-1.39 by friday
-1.12 by monday
1.45 by my
3.64 by name
-0.75 by now
-0.75 by phone
-1.39 by thursday
1.45 calculations
0.6 calendar
3.06 calibre
-0.73 call
1.11 call me
-1.26 call on
-0.75 call the
1.45 call when
0.6 call yesterday
1.28 calling
3.06 calling it
1.11 calling me
1.45 calling rather
1.11 calls
1.11 calm
0.94 came as
1.45 came close
0.94 came down
-0.75 came through
-0.67 campaign
3.06 campaigns
-0.95 can be
3.06 can bring
1.45 can continue
0.86 can do
1.45 can go
1.45 can hit
1.45 can imagine
1.45 can offer
1.11 can plan
0.6 can provide
0.68 can see
1.45 can speak
0.66 candid
1.45 candid you
0.98 candidate
3.06 candidate for
1.45 candidate in
0.54 candidates
1.45 candidates on
3.39 candidates you
0.66 cannot
1.45 capital
0.94 card
0.94 cardiff
-0.75 care you
0.56 career
1.45 career and
1.45 career at
-1.12 careers
0.6 careful
0.94 carefully
1.45 case another
3.06 case i
-0.95 case it
-1.69 case it's
0.6 catch
1.45 cedar
1.45 cellar
-1.12 cent
0.66 certain
0.94 certainly
1.45 certainly keep
-1.12 certificate
0.94 certification
0.66 chain
1.45 chair
3.06 chairman
-0.95 challenge
1.96 challenges
-0.75 chance of
-1.69 change
-1.77 changed
0.86 changes
1.45 changes i
1.45 changing
1.45 changing anything
1.45 charities
1.45 charity's
-0.75 chasing
1.02 chat
0.6 chat about
0.94 chat on
3.06 chat this
1.45 chat with
1.45 cheaper
-0.75 checked
0.86 checking
0.92 checking in
0.94 checks
-0.75 chef position
1.11 chief
1.45 chief executive
-0.75 children's
0.86 choice and
-0.75 choice so
1.45 choose
1.96 choosing
0.86 chosen
1.45 chosen another
1.45 churn
1.45 city
-0.75 claims
2.03 class
3.06 class at
1.45 classes
1.96 cleaner
-0.75 clear picture
0.6 clearer picture
1.9 client
3.06 client list
1.9 clients
-0.95 clinic
0.94 close and
0.94 closed
-0.95 closer
-0.95 closer to
2.55 cloud
1.45 coach
1.45 coaching
1.45 coast
1.78 coastal
0.94 code
1.45 coding
0.99 coffee
-0.75 cold chain
-0.75 colleague
0.83 colleagues
0.6 college
0.94 columba's
1.96 come across
3.06 come around
1.45 come back
1.45 come on
1.96 come out
0.94 come through
1.45 comfortable
1.96 comfortable with
0.8 coming
1.45 coming back
1.96 coming from
1.45 coming in
3.06 commendation
-1.26 comments
-0.95 comments on
0.94 commissioning
1.45 committed
0.55 committee
1.45 committee and
0.6 community health
1.45 community nurse
1.45 community safety
1.45 companies
1.45 companies and
-1.12 company has
0.94 company i
1.45 company offered
0.6 company's
1.45 comparison
1.45 competency
-0.66 completely
-1.99 completely understand
-0.95 concrete
0.6 conference
1.45 confess
1.45 confess i
1.45 confidence
1.99 confident
2.29 confident i
3.39 confident that
-1.17 confirm
-0.75 confirm by
-0.95 confirm that
-1.69 congratulations
-1.39 congratulations to
-0.95 connection
-0.75 conservator
1.45 consider me
-0.59 consideration
0.68 considering
-0.75 construction
1.45 consultant position
-1.12 consultation
-0.59 contact
0.94 contact me
-1.12 contacted
0.66 content
0.94 context
-0.95 continue to
0.94 continuity
-0.59 contract
0.94 contracts
-1.12 controller
-0.95 controller role
1.45 controls
-1.26 convenience
-0.95 convenient
1.11 conversation this
-1.12 conversation with
0.6 conversation yesterday
1.45 cooling
0.94 coordinating
-0.52 coordinator
-1.6 coordinator position
1.11 coordinator post
1.45 coordinators
1.96 copies
1.96 copies of
0.99 copy
0.6 copywriter
0.94 copywriter role
1.45 core
0.6 cork
-0.95 correct
-0.75 cost
1.96 costs
-1.12 could be
3.06 could bring
-0.75 could do
-0.59 could have
1.45 could in
0.6 could keep
1.45 could offer
1.45 could see
-1.12 could start
0.6 could tell
-2.31 could you
0.94 couldn't
0.94 couldn't help
0.56 council
1.45 counties
-0.75 counting
1.96 country
0.94 county
0.83 couple
0.83 couple of
3.06 courier
0.99 course i
-0.75 course in
-1.26 cover
1.45 covering
-0.75 covers
2.03 creative
3.06 creative awards
1.45 creative director
0.83 credit
1.11 credit risk
1.45 crestline
0.6 crew at
0.94 crew for
0.94 crew on
-1.5 cross again
3.39 cross border
1.45 cross dock
3.06 cta
3.06 cup
3.06 cup of
1.45 current account
0.94 current company
0.86 current employer
1.45 current firm
-0.95 current job
1.45 current practice
-0.75 current role
1.45 current site
-0.61 customer
-0.75 customs compliance
0.94 cv i
-1.12 cycle
0.6 daily
0.66 data analyst
0.6 data engineer
-0.99 date
1.45 date i
-0.95 dates
1.45 daughters
1.45 day but
3.39 day one
3.06 day so
-0.75 day was
1.45 day whenever
3.06 days at
0.6 days since
1.45 days which
-0.75 deadline
1.45 deal and
1.45 deal from
1.45 deal more
1.45 dealers
-1.17 dear
-0.95 dear ms
3.06 decade
-0.95 december
1.45 decide whether
-1.12 decided
-0.75 deciding
-0.75 decision about
-0.75 decision has
1.45 decision is
1.45 decision might
-0.95 decision on
0.94 decision to
-0.95 decision was
-0.75 decision within
0.6 degree
1.45 degree in
0.86 delay
1.45 deliberation
1.45 delivered
1.45 delta ag
3.06 demand
3.06 demanding
-0.75 department and
1.45 department has
1.45 department of
0.94 depot in
0.94 depth
-1.12 deputy
1.45 der
-0.67 described
3.06 described as
-0.95 described is
-1.12 described the
1.14 description
1.2 description of
3.06 description was
-0.75 design engineer
-1.12 design team
-0.75 desk
1.45 desks
-0.95 detailed
0.88 details
3.06 details are
1.45 details for
1.45 details on
0.99 developer
0.6 developer role
0.6 development officer
1.45 devoted
1.45 devoted to
0.94 dhabi
1.45 dhabi on
1.45 did at
1.45 didn't come
0.94 didn't get
1.45 dinner
1.45 diploma
0.94 direct
1.75 director
1.45 director of
3.06 director position
0.94 director role
-0.64 disappointed
-1.5 disappointed i
-0.75 discharge
0.94 discuss it
-0.82 discuss the
1.45 discussed in
-0.75 discussing
-0.75 discussing the
1.28 discussion about
1.96 dissertation
-1.26 distribution
1.96 distributor
1.45 district cooling
1.45 do it
1.11 do keep
1.07 do not
-0.75 do still
1.45 do with
1.96 do you
1.96 dock
1.96 dockside
3.06 doctorate
0.6 document
1.45 document is
0.94 documentation
0.6 documents
1.96 documents are
-1.77 does
-0.75 doing and
-1.6 don't feel
-1.12 don't hear
0.6 don't mind
-1.39 don't want
1.01 done
0.94 done at
3.06 doors
2.67 doubt
3.06 doubt many
1.96 doubt you
1.45 down from
0.6 down the
1.45 down two
0.94 dr
1.45 drafting
1.45 drainage
0.94 drawn
0.6 drive
-1.39 drop
-1.5 dropped
0.94 durban
-1.26 during
-0.82 during the
0.94 duty
-0.75 each of
3.06 each other's
-0.75 each stage
1.2 eager
1.2 eager to
-1.39 earlier
-1.39 earliest
-0.75 earliest convenience
-1.26 early
1.45 early march
1.45 earned
0.6 easily
1.45 easy
1.45 easy to
1.45 editing
1.45 editor
1.45 editor role
0.94 editorial
1.45 editorial team
3.06 educator
-0.95 effort
1.45 eight years
1.11 eighteen
1.11 eighteen months
-2.31 either
-2.11 either way
1.45 electrical
0.94 electrical apprenticeship
1.08 eleven
3.06 eleven years
0.64 else
1.45 else from
1.45 else i
1.45 else in
0.86 else that
3.06 else will
0.83 else you
0.99 elsewhere
-1.29 email
1.45 emailing
-1.39 emails
1.45 empty
0.94 encouraged
-0.58 end
-0.69 end of
-0.75 ended
-1.39 ends
-0.95 ends on
1.45 energy
-0.75 engagement
0.56 engineer
0.63 engineer position
0.94 engineer post
0.51 engineering
1.45 engineering team
2.03 engineers
-1.12 english
0.63 enjoy
1.45 enjoy the
0.66 enjoyable
1.45 enjoyable process
-0.67 enjoyed meeting
1.45 enjoyed seeing
1.45 enquire
-0.75 environmental
3.06 eriboll
-0.73 especially
-0.95 especially after
1.45 especially enjoyed
-1.69 especially the
1.45 estate
0.6 estates
1.45 esteemed
1.45 esteemed organisation
1.45 ethics
1.96 european
-0.55 even
-1.12 even a
-0.88 even more
1.45 even so
0.94 even the
1.45 even though
-1.85 evening
1.45 event
0.6 events manager
0.72 ever
1.45 ever need
1.45 ever that
-0.75 every day
0.66 every success
1.45 every week
0.88 everyone
-0.75 ewm
0.71 exactly the
-1.26 exactly what
-1.26 exam
-0.75 example
0.6 examples
3.06 exceptional
0.54 excited
0.57 excited about
0.64 executive
-0.61 exercise
1.45 exercise on
-0.95 exercise was
1.45 expansion
1.45 expansion into
1.45 expansion of
0.6 expect a
1.45 expect it
1.45 expect the
1.45 expect you
1.45 expected it
-0.95 expected to
1.45 experience and
-0.75 experience in
-0.75 experience of
3.06 experience than
-0.75 experience to
1.45 experience will
1.45 experienced
1.45 explained the
0.94 explaining how
-0.75 explaining that
0.51 explanation
0.83 explanation of
1.45 export
0.94 extra
1.45 extra half
-1.12 eye
-1.12 eye on
0.6 facilities
-0.75 facility
0.94 fact
1.45 fact that
1.45 faculty
0.94 failures
0.94 fair bit
0.6 fair to
4.01 fairly
3.06 fairly straightforward
0.94 familiar
0.86 families
-1.01 family
0.94 far
1.45 far better
0.94 farm
0.6 farmer
1.96 fascinating
3.06 fascinating and
1.96 fast
1.45 faster
3.06 faster than
-0.75 fault
3.06 favour
1.96 features
-1.99 february
-0.75 february and
-1.39 feedback
-1.01 feedback on
1.45 feel a
0.66 feel very
1.45 feeling
1.45 feeling i
2.29 feelings
3.06 feelings at
-1.26 fell
-1.12 fell short
1.11 festival
-1.26 few days
-1.26 few minutes
1.45 few of
1.45 few people
3.06 few years
1.45 fieldwork
1.78 fifteen
3.39 fifteen years
-0.95 figure
1.2 figures
1.45 figures on
1.45 fika
1.45 file and
1.45 fill
1.45 fill in
-0.95 filled
-1.0 final
-0.59 final interview
-0.75 finally
0.72 finance
1.96 finance director
3.06 finance manager
1.45 financial
1.52 find
1.96 find a
3.39 find anyone
1.45 find it
1.45 find the
0.68 finds
-0.75 finish
0.68 finished
0.94 finished the
2.29 finishing
1.45 finishing my
-0.75 firm and
1.45 firm has
0.94 firm's
1.96 firms
-0.75 first choice
2.29 first day
-0.75 first interview
0.94 first ninety
1.11 first of
1.45 first proper
3.06 first quarter
1.2 first year
-0.95 fits
1.11 five years
1.45 fix
1.96 fixed
0.94 fleet coordinator
1.45 fleet of
-0.75 fleet planning
0.6 flexible
0.94 flood risk
0.63 floor
1.45 floors
1.45 flotation
0.6 flow
1.45 fly floor
-1.12 follow
-1.0 follow up
-0.72 following
-1.12 following my
-0.56 following up
-0.95 food
1.45 footbridge
1.45 footplate
-0.95 for another
-2.49 for any
-1.39 for anything
0.94 for but
0.99 for calling
1.45 for delta
1.45 for eight
1.45 for five
0.94 for four
0.94 for freelance
1.96 for friday's
1.96 for giving
0.98 for interviewing
1.45 for introducing
0.94 for it
-0.67 for letting
1.45 for long
1.96 for lunch
0.54 for me
1.45 for more
0.6 for most
-1.31 for my
-0.75 for nothing
-1.12 for on
0.94 for one
0.6 for our
-0.75 for passing
0.94 for receiving
-0.75 for running
1.45 for senior
0.6 for showing
-0.95 for similar
3.06 for someone
-1.26 for speaking
-1.12 for such
-1.12 for telling
0.94 for their
3.06 for themselves
0.72 for this
0.6 for three
1.45 for today
1.11 for tuesday's
1.45 for twelve
0.94 for two
1.65 for walking
-0.95 for which
0.94 for yesterday
0.88 for you
1.45 forget
0.94 forgive
1.45 forgot
1.45 forgot to
-0.75 forklift
2.29 former
1.08 forty
1.45 forum
0.53 forward
0.67 forward to
-0.67 found
1.45 found our
-0.95 found the
0.94 foundation
-0.75 four rounds
0.7 four years
1.2 fourth
3.06 fourth year
0.6 framework
1.45 frank
1.45 frank discussion
2.03 frankly
1.45 frankly i
0.94 free for
0.6 freelance
1.45 freight is
-1.5 friday <n>
0.6 friday i
-0.75 friday so
-0.75 friday the
1.96 friday's
0.6 friendly
-0.75 from about
-2.6 from another
3.06 from day
0.63 from me
-0.75 from our
1.45 from people
3.06 from recruiters
1.45 from scratch
0.94 from two
0.94 from where
3.06 from zero
-0.95 front of
1.45 front office
1.45 fuel
0.86 full picture
1.45 fuller
1.45 fuller picture
-2.11 fully
-0.75 fully understand
1.45 fun
1.45 fund
1.11 fundraising
0.94 fundraising officer
-1.26 funeral
-0.75 funeral arranger
0.51 further
1.96 further details
1.45 further document
1.45 further documents
0.6 further information
0.94 further questions
1.45 further to
1.11 further you
-0.75 future i
-1.17 future openings
1.45 future opportunities
1.08 future roles
1.45 gabler
1.45 game
1.45 game and
0.94 garden
0.94 gardens
1.96 gave a
1.45 gave the
0.6 general manager
1.45 generous
0.94 gently point
0.94 genuinely excited
3.06 geologist
-0.95 get a
-0.75 get back
0.6 get it
1.45 get started
1.45 get the
1.45 get to
1.45 gets
0.79 getting
1.45 getting a
0.6 getting back
-0.67 give me
1.78 give my
2.29 given that
-1.12 given the
1.45 gives
1.11 giving
3.06 giving me
1.45 go live
1.2 go through
1.45 goals
0.99 goes
-0.99 going
0.94 going smoothly
-0.75 going through
-1.26 going to
-1.31 going well
3.06 gold
-1.12 gone to
0.6 gone well
0.6 good deal
0.8 good to
1.45 good weekend
0.6 got a
1.45 got that
1.45 got the
0.94 gothenburg
0.6 government
1.45 gracious
0.94 grade
1.45 grading
1.45 graduate planner
0.94 graduate structural
0.6 graduate trainee
3.06 graduated
-1.5 grants
-0.75 grants officer
-1.07 grateful
-1.07 grateful for
-0.71 grateful to
0.86 great to
0.94 greatly
1.08 greetings
0.94 greetings and
1.2 greetings of
1.96 grew
0.94 greyfield
2.07 ground
1.96 ground running
3.06 ground up
1.45 groundsman
-0.95 group exercise
1.45 growers
0.94 growing
0.94 grown
0.6 growth
1.45 growth marketing
1.45 gst
1.45 gst reconciliation
-0.95 guessing
0.6 guest
1.11 guidance
1.45 gwent
1.45 gwent league
1.45 habit
1.96 had attended
-1.39 had been
-0.75 had gone
1.45 had heard
-0.95 had hoped
-0.75 had in
1.45 had it
1.45 had prepared
3.06 had taught
3.06 had three
0.6 hadn't
0.94 haiphong
1.45 haiphong office
0.94 halcyon
0.6 halden
1.32 half
3.06 half as
0.94 half hour
1.96 half the
1.01 hand
1.45 hand drawn
1.45 hand over
0.6 handed
0.6 handle
0.94 handle a
0.94 handled the
0.6 hands
0.6 hangar
1.11 happen
3.06 happen at
0.6 happens
1.45 happens in
1.45 happy with
1.45 harbourline
0.57 hard
2.29 hard feelings
-0.75 hard not
1.78 harder
0.94 harlow
1.45 harrow
-0.75 harvest
-0.95 has a
3.39 has actually
1.45 has asked
-0.75 has changed
-0.95 has come
1.45 has grown
1.45 has led
0.68 has made
3.06 has never
0.94 has not
-0.75 has now
-0.75 has offered
-0.75 has said
-1.12 has stayed
3.06 has struggled
0.94 has to
3.39 has told
3.06 has worked
-0.75 hasn't
-1.5 hate
-1.12 hate for
1.45 haul
-0.75 haulage
1.96 have already
1.45 have also
-1.12 have an
-1.6 have asked
-1.26 have attached
1.96 have built
0.94 have chosen
0.94 have come
1.45 have done
-0.75 have enjoyed
1.45 have gone
0.86 have had
0.94 have handled
1.45 have i
1.45 have just
0.6 have liked
1.11 have made
3.06 have managed
-1.12 have not
-0.75 have now
1.45 have probably
-1.77 have received
0.94 have run
0.94 have since
-1.26 have spent
1.45 have taken
0.56 have the
0.6 have them
1.7 have thought
1.45 have time
-0.59 have to
3.06 have trained
0.94 have turned
0.86 have worked
-0.67 haven't
1.45 haven't had
-1.26 haven't heard
1.05 having
0.83 having me
1.45 having met
1.71 he
3.39 he has
1.45 he mentioned
1.96 he would
3.06 he'd
1.45 head groundsman
1.07 head of
1.45 headlines
1.45 health officer
0.94 hear good
-1.6 hear it
1.45 hear more
0.94 hear that
3.64 hear where
-1.12 heard
-1.39 heard anything
0.62 hearing from
1.45 hearing the
1.45 hedda
1.45 hedda gabler
-0.99 help
-1.92 help me
0.94 help noticing
-0.95 help to
-0.95 helped
-2.31 helpful
-0.95 helpful for
0.94 her
0.94 here is
0.94 heritage
0.94 heritage railway
0.94 hesitate
0.94 hesitate to
3.06 hesitation
0.86 high
2.03 higher
1.45 higher executive
3.06 higher standard
3.39 highest
0.94 him
1.45 hindsight
1.28 hire
-0.67 hiring
1.96 hit
1.96 hit the
0.94 hold the
1.45 holder
-0.95 holidays
1.96 hollins
3.06 hollins daughters
-0.91 home
0.58 honest
1.45 honest conversation
1.45 honest feedback
1.45 honest i
0.6 honest i'm
-0.95 honest with
0.78 honestly
3.06 honestly be
0.94 honestly i
0.99 honesty
0.6 honesty about
0.6 honoured to
0.6 hope i
0.94 hope it
-1.39 hope our
1.45 hope that's
0.98 hope to
-0.75 hope you'll
-0.75 hope your
-0.61 hoped
0.6 hoped for
-0.67 hoped to
3.06 hopeful
-2.22 hoping
-0.95 hoping for
-1.5 hoping to
0.94 horizonte
0.55 hospital
1.45 hospital on
1.96 hospitality
0.97 hotel
1.45 hours on
0.68 house
-0.75 housing
1.45 how candid
1.45 how clearly
0.94 how i'd
1.45 how many
-0.67 how much
0.6 how my
0.94 how openly
0.94 how quickly
1.45 how seriously
1.45 how that
-1.12 how things
-1.69 how your
1.45 humbly
1.2 hundred
-1.12 hurry
1.45 hyderabad
-1.26 i accept
-1.6 i applied
0.57 i appreciated
-0.75 i arrived
-0.95 i attended
1.14 i believe
-2.05 i completely
-0.75 i continue
0.94 i couldn't
3.06 i doubt
1.96 i enjoy
0.99 i expect
1.45 i feel
1.45 i find
1.45 i finished
1.45 i forgot
-1.26 i fully
0.83 i gave
0.94 i genuinely
1.45 i get
3.06 i graduated
1.45 i hadn't
0.94 i handle
0.94 i handled
2.55 i hold
1.96 i honestly
1.45 i hoped
1.96 i imagine
-2.6 i interviewed
-1.92 i just
1.11 i keep
-1.99 i learned
0.8 i left
1.45 i like
1.45 i liked
0.7 i look
0.6 i loved
0.68 i must
0.68 i only
-0.75 i passed
-1.12 i prepared
1.45 i promise
0.86 i ran
-0.75 i realise
1.45 i realised
0.65 i really
0.94 i rebuilt
3.64 i reckon
1.45 i reply
1.11 i respect
-1.5 i said
-1.26 i saw
3.06 i say
1.11 i see
-0.75 i set
0.6 i shall
1.45 i sit
-1.26 i stand
1.45 i submitted
1.08 i suppose
1.83 i suspect
3.06 i tend
1.52 i think
-1.53 i thought
0.94 i told
3.06 i try
-0.99 i understand
-0.75 i very
-1.12 i wasn't
-0.98 i will
-0.91 i wish
1.45 i wonder
0.94 i work
0.94 i worked
0.6 i wrote
-1.12 i'd appreciate
3.06 i'd bring
1.96 i'd expect
-1.26 i'd hate
-0.95 i'd have
3.06 i'd honestly
1.45 i'd hope
1.45 i'd imagine
-1.26 i'd just
0.82 i'd love
1.78 i'd most
-0.95 i'd much
-1.26 i'd rather
0.94 i'd take
0.56 i'd very
-1.5 i'd welcome
0.86 i'll assume
-0.75 i'll give
-0.82 i'll keep
1.96 i'll leave
0.6 i'll need
1.45 i'll probably
1.45 i'll say
1.45 i'll send
-0.95 i'll take
0.94 i'll try
1.45 i'm a
3.39 i'm aware
0.56 i'm checking
2.55 i'm confident
2.29 i'm excited
0.94 i'm free
1.96 i'm genuinely
-0.75 i'm glad
-0.75 i'm going
-0.75 i'm grateful
-0.75 i'm guessing
-1.17 i'm happy
0.94 i'm in
1.45 i'm just
-1.12 i'm keen
0.6 i'm most
-0.54 i'm not
1.45 i'm on
1.45 i'm rather
0.94 i'm ready
1.45 i'm really
1.45 i'm simply
-1.92 i'm sorry
1.45 i'm taking
3.39 i'm the
3.06 i'm told
1.45 i'm used
0.78 i'm very
-0.72 i'm writing
1.45 i've already
-1.77 i've attached
1.65 i've had
1.45 i've kept
1.45 i've run
1.96 i've started
1.45 i've turned
0.83 idea
0.66 idea of
-0.75 ideally
-2.52 if a
1.45 if any
-1.01 if anything
-0.66 if it
-1.39 if it's
-1.5 if not
1.45 if something
-0.61 if that
-0.56 if the
1.3 if there's
0.6 if they
-0.75 if you
-1.6 if your
1.7 imagine
1.45 imagine the
1.45 implementation
-0.95 improve
2.03 in <n>
0.94 in abu
1.45 in all
1.45 in and
0.94 in any
1.45 in belo
1.45 in bengaluru
1.45 in both
-1.21 in case
1.45 in detail
1.45 in durban
-0.95 in early
3.06 in eighteen
1.45 in fact
-0.75 in front
1.45 in good
1.45 in gothenburg
1.45 in high
1.45 in hindsight
1.45 in hotel
2.29 in house
-0.95 in it
-1.12 in march
0.94 in may
-0.75 in more
0.77 in on
-0.95 in one
-0.75 in particular
0.66 in person
1.45 in reception
1.45 in this
3.06 in three
0.58 in touch
1.45 in turkana
1.96 in twenty
1.45 in under
-0.95 in well
-1.12 in working
-0.75 in writing
1.45 included
1.78 including
1.45 including a
1.45 including the
1.45 independent
-0.95 indication
-0.75 indication of
2.29 industry
-0.95 information
-1.12 information i
1.96 infrastructure
3.06 infrastructure lead
1.45 inside
-0.75 inspection
1.45 inspiring
-0.95 instead
3.06 institute
1.45 instructor
1.45 instructor position
0.6 intake
0.94 intend
0.94 intend to
-1.17 interest
-1.26 interest in
-0.75 interest of
1.7 interested to
0.83 interesting
1.45 interesting to
0.6 internal
3.06 internships
3.06 internships and
-0.75 interview at
3.06 interview can
1.45 interview held
-1.26 interview me
1.2 interview of
-1.12 interview so
-0.95 interview this
-1.26 interview was
-0.75 interview with
0.97 interview yesterday
-1.15 interviewed
-2.36 interviewed for
0.94 interviewed on
-0.95 interviewed with
-0.95 interviewer
0.72 interviewing
0.98 interviewing me
0.86 interviews and
0.6 interviews for
1.45 into it
3.06 introduce
3.06 introduce me
1.11 introducing
1.45 introducing me
-0.75 inventory
0.6 invitation
1.45 invited
-0.75 involve
-0.75 involved
-0.75 is all
-0.82 is any
0.86 is anything
-0.75 is back
1.45 is coming
-0.75 is doing
-0.75 is exactly
0.94 is fair
-0.84 is going
1.45 is good
1.45 is hard
1.96 is in
-1.6 is my
-1.39 is now
-0.75 is on
1.45 is only
-0.75 is possible
0.94 is regarding
3.06 is required
0.83 is something
1.45 is taking
1.76 is that
-0.78 is the
-1.92 is there
1.45 is treating
-0.95 is valid
0.94 is very
0.94 is what
1.45 is worth
0.94 island
1.45 isn't often
-0.95 isn't possible
-0.75 isn't the
3.06 issues
-0.95 it a
1.45 it after
1.45 it all
0.86 it as
-0.75 it at
0.94 it because
1.45 it becomes
3.06 it better
-0.75 it but
0.86 it came
0.94 it didn't
0.94 it felt
1.45 it for
0.94 it further
1.45 it going
-0.95 it had
-0.75 it helps
3.06 it here
-0.95 it if
-1.5 it made
1.45 it may
1.45 it meant
-1.39 it might
1.45 it more
0.6 it on
-1.39 it only
0.94 it over
1.45 it plainly
1.45 it reminded
1.45 it says
0.6 it seemed
0.94 it seems
1.45 it should
0.6 it so
-0.95 it sounds
1.96 it the
1.45 it up
-0.95 it wasn't
0.94 it went
2.55 it will
0.94 it works
-0.95 it would
-0.64 it's
0.94 it's exactly
-1.6 it's useful
-0.75 its own
0.6 jebel
0.6 jebel ali
1.45 job description
0.6 job in
-0.75 job is
0.66 jobs
1.96 join and
0.83 join you
0.64 join your
1.45 joining ridge
1.96 joke
-0.67 july
0.94 july for
-1.09 june
1.45 june at
0.6 june for
-0.54 junior
0.94 junior data
0.94 just as
1.45 just been
1.65 just checking
-0.95 just let
0.94 just need
-0.75 just rather
-0.75 just so
-1.39 just wanted
-1.12 keen and
0.94 keener than
-1.12 keep an
1.45 keep coming
-0.75 keep following
0.6 keep in
1.45 keep it
0.7 keep me
0.94 keep things
0.94 keep this
1.45 keeps
-0.75 kept in
1.96 kestrel
1.45 kind about
-0.95 kind email
1.7 kindly let
0.94 kindly note
0.56 kitchen
3.06 kitchen in
-1.12 know by
1.25 know i
0.6 know i'm
0.95 know if
0.86 know it
-1.26 know my
0.94 know one
-0.61 know that
-0.53 know the
0.6 know these
0.83 know what
0.7 know where
-1.39 know whether
-1.12 know your
-1.69 knowing
1.45 known
1.45 korle
1.45 korle bu
0.6 lab
0.6 laboratory technician
-0.75 labs
1.96 lagos
3.06 lagos and
2.29 land
3.06 land on
0.94 landed
-0.75 landlord
3.39 lane
3.06 laredo
0.86 large
3.06 larger
-0.95 last <n>
-0.75 last friday
1.11 last month
3.06 last summer
0.94 last three
-0.95 last thursday
-0.67 last year
1.45 last year's
-0.59 late
1.45 later than
-1.26 latest
1.78 launch
1.96 launched
1.45 law
0.89 lead
1.45 lead decision
1.01 lead role
0.66 leader
0.94 leader position
0.94 leadership
1.45 leadership team
1.45 league
1.45 learn a
-2.36 learned
-1.85 learned a
-0.75 learnt
-0.75 learnt a
-0.95 lease
0.88 leave
1.45 leave it
1.96 leave them
0.94 leave you
0.86 leaving
0.86 lecturer
0.94 lecturer in
0.97 led
0.99 led the
-0.95 leeds
-1.12 left a
-0.95 left even
1.45 left the
1.45 left waiting
0.94 legal
1.45 lending
-0.75 lesson
3.06 let my
1.45 let the
-0.82 letter
-0.75 letter about
-0.71 letting
-0.7 letting me
2.38 level
3.06 level and
1.45 level i
0.6 librarian post
1.45 libraries
-2.27 library
-1.5 library assistant
-1.39 licence
3.06 licences
-0.95 life
0.66 like a
0.94 like an
0.94 like and
1.45 like exactly
0.94 like i
0.94 like me
3.39 like mine
0.94 like that
0.6 like the
0.8 liked
1.45 liked hearing
0.94 liked what
0.6 likely
-0.95 limited
1.45 line and
-0.75 line on
0.66 lines
-1.26 link
-1.69 linkedin
0.51 list
0.6 list and
-1.12 listed
1.45 listens
0.94 little longer
1.45 little over
1.07 live
1.45 live in
3.06 live ops
1.96 live up
0.94 load
1.45 local plan
-1.12 log
0.6 logistics coordinator
-0.75 logistics planner
-0.75 look at
0.56 look forward
1.45 look like
-0.59 looked
0.94 looked after
-0.75 looked at
0.72 looking
1.45 looking for
1.7 looking forward
3.06 looks
0.94 losing
-1.12 lost
-0.75 lot
-0.75 lot about
-1.26 lot from
-0.75 lot to
0.51 love
-0.95 love the
0.69 love to
0.51 loved
0.68 loved hearing
1.45 loved seeing
0.94 lovely
1.11 lovely to
1.45 luca
0.94 lucky
0.94 lucky to
3.06 lumen
0.68 lunch
0.6 m
1.45 made a
-0.71 made me
-1.39 mail
0.6 main
-1.6 maintenance
-0.95 make my
1.45 make myself
1.45 make the
1.45 make this
1.45 make your
0.94 makes me
1.45 malm
1.45 malm and
2.29 managed
0.55 management
1.45 management accountant
0.78 manager
1.45 manager at
0.94 manager has
1.45 manager in
1.45 manager job
1.55 manager position
0.54 manager role
0.94 manager vacancy
1.45 managers
1.45 managing
1.45 managing a
1.45 mansoori
1.03 many
1.45 many applicants
2.75 many of
0.94 many people
1.45 many times
0.6 mapping
-0.95 march
-1.5 march and
0.94 marina
0.6 marked
0.56 market
1.06 marketing
1.11 marketing coordinator
0.6 marketing executive
3.06 marketing manager
1.45 markets
1.96 marsh
3.06 marsh lane
1.45 master
3.06 master's
3.06 matched
1.45 maternal
1.45 maternal health
2.29 matters
3.06 matters more
1.45 mawr
1.45 mawr framework
1.45 may informing
0.86 maybe
3.06 mba
-0.79 me a
-2.31 me about
1.45 me across
0.94 me all
-1.39 me an
0.8 me and
3.06 me apart
1.2 me around
1.78 me as
-0.75 me back
0.94 me before
1.45 me by
-0.75 me during
-1.6 me even
0.6 me every
1.45 me greatly
0.66 me i
2.29 me if
1.45 me is
0.66 me on
-0.75 me over
0.94 me personally
1.08 me round
0.66 me that
0.88 me the
0.83 me through
1.12 me to
1.45 me want
2.29 me well
1.45 me what
1.45 me when
1.96 me which
-1.39 me with
1.45 me within
-1.69 mean
-1.12 mean a
0.86 means
0.94 means a
1.45 means i
-0.75 meant to
1.45 meantime i've
1.45 media
0.94 medicine
0.94 meet me
1.45 meet you
1.45 meeting everyone
0.94 meeting on
1.96 meeting other
-1.0 meeting the
0.57 meeting with
-0.95 meeting you
-0.75 meets
0.73 mention
3.06 mention all
1.45 mention the
0.6 mention this
1.45 mentioned a
0.6 mentioned i
3.06 mentioned is
1.45 mentoring
-0.75 meridian
-2.56 message
-1.26 message about
-0.95 message and
-0.95 met on
0.94 met the
1.45 mexican
-1.12 mid
-0.67 might be
1.96 might come
-1.12 migration
3.06 migrations
1.45 miles
0.94 mind and
0.56 mind for
0.6 mind me
1.61 mine
1.45 mine was
1.45 mining
1.45 ministry
-1.43 minutes
-0.95 minutes at
0.94 mix
1.11 modelling
1.45 mombasa
1.7 monday about
1.35 monday for
3.06 money
1.18 month and
-1.12 month to
-0.75 monthly
0.6 months
1.78 months and
-0.75 more certain
1.45 more convinced
-0.75 more detail
0.6 more eager
1.45 more experience
1.45 more hands
-1.77 more interested
3.06 more like
0.6 more senior
0.78 more than
-0.75 more time
3.06 more to
0.94 morning about
0.6 morning for
0.6 morning's
0.94 morning's interview
-0.95 mornings
1.45 morwenna
0.72 most
0.94 most excited
0.94 most interesting
0.83 most like
1.45 move quickly
0.94 move the
1.25 move to
-0.75 moved
-1.12 moving
1.45 moving on
-0.95 much and
0.6 much clearer
-0.75 much hoping
3.06 much how
-0.75 much prefer
1.45 much the
-0.95 museum
1.45 must say
-0.88 my answer
0.66 my answers
0.6 my background
0.94 my best
3.06 my colleagues
-1.12 my congratulations
-0.95 my contract
-0.75 my cv
1.45 my day
1.45 my details
1.96 my dissertation
-0.95 my email
1.78 my experience
-1.39 my family
-1.12 my final
1.96 my former
-1.39 my interest
-0.75 my landlord
0.81 my last
-0.75 my lease
3.39 my level
0.94 my list
-1.26 my name
3.06 my only
0.55 my own
-1.26 my part
0.6 my partner
-1.26 my phone
0.66 my portfolio
0.86 my present
0.6 my previous
0.94 my profile
1.96 my qualifications
3.06 my real
3.06 my regards
1.45 my sharpest
3.06 my shift
-0.75 my situation
3.06 my supervisor
1.45 my teaching
3.06 my team
-0.67 my thanks
0.6 my third
3.06 my track
1.45 my uncle
3.06 my ward
0.94 my week
1.78 my work
0.94 my year
1.45 myself and
1.45 myself available
1.45 nairobi
3.06 nakuru
0.63 name
0.94 name and
3.06 named
0.94 names
2.29 national
1.45 natural
-0.95 naturally
3.06 nature
3.06 nature paper
0.94 nd may
-0.75 nearly
1.45 nebosh
1.14 need from
1.45 need me
1.96 need someone
-0.65 need to
-0.82 needed
1.45 needed from
-0.75 needed someone
0.94 needing
0.56 network
3.06 network planner
1.3 never
3.06 new distributor
1.45 new grading
1.45 new haiphong
0.6 new hire
1.45 new starters
1.45 newly
0.6 news and
-0.75 news from
0.6 news i
1.08 news on
1.45 newsroom
1.45 next opening
-0.75 next round
-0.75 next spring
-0.95 next stage
0.7 next step
0.54 next steps
-1.12 next time
-0.95 next week
1.45 nice
-0.71 night
-0.95 night shift
0.66 nine
0.94 ninety days
1.45 no doubt
2.29 no hard
-0.95 no need
0.94 no one
0.7 nobody
3.06 nobody else
1.45 nobody has
0.94 noor
0.94 nordhavn
-0.75 north
0.83 northern
3.06 northern creative
1.45 northern states
1.45 northgate
0.94 not a
-0.75 not been
1.25 not have
-0.75 not heard
1.45 not hesitate
-0.95 not i
1.45 not need
-0.95 not possible
3.06 not say
0.94 not selected
1.45 not successful
-0.75 not sure
0.99 not want
-0.78 note
0.6 note that
0.94 note to
1.45 notes on
-1.6 nothing
-0.56 notice
-1.26 notice period
1.01 noticed
3.06 noticed a
0.94 noticing
1.45 noticing that
-1.5 november
-0.75 now so
-0.75 now than
0.6 now that
0.86 numbers
1.11 nurses
1.45 nurses in
-0.75 nursing
1.45 oak
1.45 observed
1.45 obvious
1.45 occasion
-0.95 october
0.94 october for
0.94 of a
-0.95 of an
1.45 of any
1.45 of april
1.45 of assistant
0.6 of being
1.45 of field
0.94 of finance
-0.75 of four
-0.75 of future
1.96 of hands
0.94 of interest
-0.75 of interviews
-1.12 of me
1.45 of myself
-0.95 of news
3.06 of nurse
-0.59 of our
1.45 of people
1.45 of place
1.45 of project
1.45 of recruiting
3.06 of senior
3.06 of tea
0.83 of that
0.8 of them
1.45 of these
1.45 of things
1.01 of this
0.94 of those
1.45 of three
1.45 of training
1.45 of transparency
1.45 of two
-1.26 of us
0.6 of weeks
1.11 of what
-1.12 of why
1.45 off on
-0.95 off the
1.96 off your
-0.72 offer
-1.26 offer and
1.45 offer by
-2.66 offer from
1.45 offer in
1.45 offer me
-0.95 offered a
1.7 offers
0.94 office and
1.45 office in
2.29 office manager
-1.12 office on
1.45 officer at
-0.75 offshore
1.3 often
-0.95 on <n>
-0.79 on a
-0.75 on and
-0.75 on any
1.96 on as
1.45 on board
0.94 on both
-0.75 on call
1.45 on day
0.6 on every
0.86 on file
1.45 on getting
0.94 on good
-0.95 on hold
-1.12 on linkedin
0.57 on monday
-1.5 on our
1.96 on reflection
1.96 on regional
3.06 on sepsis
0.9 on that
0.6 on timing
0.58 on wednesday
-0.75 on what
-1.85 on where
-1.05 on your
0.99 onboarding
0.52 once
-1.26 once more
-0.75 once the
3.39 once told
1.45 once you
0.94 oncology
1.45 one and
-1.26 one i
1.45 one i'd
0.94 one i'm
-0.75 one in
1.96 one is
0.79 one of
1.45 one on
0.94 one person
-0.75 one piece
-1.26 one small
0.94 one system
1.45 one there
-0.95 one way
1.45 one year
0.94 ones
-0.95 online
0.83 only
1.45 only ask
0.86 only because
1.45 only mention
2.03 only one
1.45 only say
0.94 onto one
-0.95 open about
1.11 open up
0.66 opened
-0.95 opening in
1.45 opening night
-1.43 openings
-0.95 openings in
1.96 openness
3.06 openness about
-0.91 opens
1.45 operation
-1.12 operations analyst
-1.39 operations coordinator
3.39 operations lead
0.99 operations manager
3.06 operations officer
1.45 operations supervisor
-0.75 operative
0.6 opportunities
0.66 opportunity and
3.06 ops
3.06 ops producer
0.94 options
1.45 or anything
1.96 or elsewhere
-0.75 or no
-1.39 or the
1.45 or three
-0.59 organisation
-0.75 organisation and
1.45 organisations
-1.39 organised
-0.75 organised day
0.6 organising
1.45 osei
1.45 oskar
0.64 other
2.29 other applicants
2.07 other candidates
1.96 other's
1.45 others
-0.95 our call
-0.75 our chat
0.94 our conversations
-0.59 our discussion
-1.5 our interview
-0.75 our meeting
-1.5 our paths
1.45 our regional
1.45 our whole
1.96 out and
0.94 out at
0.94 out for
-0.67 out of
0.6 out that
0.66 out to
-1.8 outcome
-0.95 outcome for
-0.67 outcome of
1.45 outdoor
1.11 outreach
1.45 outreach work
-1.5 over a
1.45 over and
1.45 over lunch
-1.12 over two
3.06 own trumpet
1.45 ownership
0.6 p
0.6 p s
1.45 pace
1.45 pace of
-0.95 packaging
-1.6 page
3.39 paid
1.96 pair
1.96 pair of
0.94 pairing
-0.95 panel and
1.45 panel devoted
0.66 panel for
-0.95 panel gave
-0.95 panel had
-0.75 panel has
-1.12 panel interview
0.6 panel will
1.18 panel's
1.11 panel's decision
1.08 paper
1.45 paperwork
-0.95 paralegal
-0.75 parents
-0.75 park
1.45 part and
-1.26 part i
0.83 part time
-1.12 part was
-1.12 particular
-1.05 particularly
-0.75 particularly on
1.25 partners
1.45 partnerships
1.45 partnerships role
1.45 parts of
-1.6 passed
-0.75 passing on
1.45 past few
0.94 patel
-1.77 paths
-1.39 paths cross
-0.75 patience
3.06 pavilion
0.55 payroll
0.6 payroll administrator
1.45 payroll officer
-0.75 peak
0.94 pearl
1.45 pecan
1.45 pecan pie
3.06 pencil
0.98 people
1.45 people in
-1.6 per
-1.12 per cent
0.94 percent
1.45 perfectly
0.6 performance
3.06 performing
0.86 perhaps
1.45 perhaps i
-1.6 period
1.45 permit
1.45 permit me
0.64 person
1.45 person has
0.94 person made
0.94 personally about
-1.35 phone
-0.75 phone call
0.94 pick
0.6 picked up
1.45 pie
-0.95 piece
-0.75 piece of
1.45 pilbara
0.86 pipeline
0.94 pitch
-0.75 placed
-0.75 placement
3.39 plain
0.94 plainly
1.45 plan for
0.6 plan review
-1.5 planner role
-0.84 planning
-0.95 planning my
-1.26 planning officer
1.45 planning policy
1.45 plants
1.11 plate
-0.59 platform
0.6 platform team
0.94 play
0.86 please do
-1.85 please don't
1.78 please give
0.54 please let
0.86 please thank
0.7 pleasure to
1.45 podcast
-0.75 point i
1.45 point in
1.45 point to
-0.75 pointers
-0.75 points
0.6 policy officer
1.45 policy team
0.94 politely
0.94 pool
0.6 pop
-1.5 portal
-0.95 position i
0.66 position is
0.6 position on
0.6 position opens
1.45 position we
0.6 position with
3.06 position yesterday
0.94 positions
0.94 positive
-0.95 possibility
-0.95 possibility of
-1.31 possible
1.45 possible yet
-2.16 post and
1.45 post as
-1.39 post comes
-0.75 post has
0.66 post is
1.7 post of
0.6 post opens
1.45 post will
-0.95 postdoctoral
-0.75 posting
1.45 power
-1.6 practical
-0.56 practice
0.94 preparation
-1.26 prepare
-0.75 preparing
0.68 present
-1.12 presented
3.06 president
1.45 press
0.6 pressure
0.94 pressures
1.96 price
0.66 pricing
1.45 pricing team
0.94 primary
0.94 priorities
-0.75 priority
3.06 prize
1.14 probably
1.45 probably tells
0.51 problem
1.45 problems
-0.91 process
-1.77 process and
0.94 process engineer
3.06 process i'd
0.94 process with
-0.95 processes
-0.75 processing
1.45 procurement lead
0.94 procurement officer
1.78 producer
1.45 producer role
0.6 product
-0.75 product designer
0.94 product team
1.78 professor
0.6 profile
0.83 program
-0.95 programme and
0.6 programme at
1.45 programme in
3.06 programme manager
-0.75 programme officer
-0.95 progress
0.6 project i
1.45 projects
1.96 promise
3.06 promise you
-0.75 promised
1.45 prompt
0.66 proper
0.6 property
1.45 protection
1.45 protocols
1.45 prototype
-0.75 proud
0.8 provide
1.45 provide any
0.86 provide anything
0.6 provide references
0.94 published
0.94 pune office
1.45 push
0.6 put in
3.06 put it
0.6 put me
1.96 qualifications
1.45 qualified
0.7 quality
-0.75 quality assurance
0.94 quality engineer
0.94 quantity
0.94 quantity surveyor
1.2 quarter
1.08 question about
0.6 question and
-0.95 question on
1.45 question the
0.6 questions about
1.45 questions on
1.45 questions or
1.45 quick note
1.45 quick update
1.96 quickly and
0.99 quiet
0.6 quite a
0.94 radio
0.6 railway
3.06 raise
0.6 raised
1.01 ran
1.45 ran a
1.45 ran for
-1.12 range
1.45 rare
1.96 rate
0.94 rather be
-0.75 rather have
-0.75 rather know
1.45 rather more
1.96 rating
-0.75 re
-1.85 reach
-1.26 reach a
-1.12 reached the
-1.12 reached you
-1.22 read
0.94 read the
1.45 reading the
0.7 ready
1.45 ready to
0.54 real
1.45 real pleasure
3.06 real weakness
-0.95 realise
1.45 realised
1.45 really did
0.72 really enjoyed
0.94 really interested
0.68 really keen
1.11 really like
0.94 really love
-0.75 really value
1.45 really valued
1.45 reason i
-0.75 reasonable
-0.75 reasons
-0.75 rebuilding
1.45 rebuilt
1.96 rebuilt the
-0.95 receive
-0.72 received
-1.5 received a
-2.05 received an
3.06 received the
1.11 receiving
0.94 receiving me
1.45 recently
-0.75 receptionist
3.84 reckon
3.39 reckon i'd
0.94 reconciliations
2.19 record
3.06 record in
3.06 record like
1.45 record so
-0.75 recorded
-0.89 records
1.45 recovered
3.39 recruiters
0.94 recruiting
-0.67 recruitment
1.45 recycling
-1.12 redesign
-1.12 reduced
1.45 referee development
0.6 referees
-1.26 reference
0.6 references or
1.45 references whenever
1.11 reflection
0.6 refreshing
0.94 regard
1.2 regards
3.39 regards to
2.23 region
1.7 regional
3.06 regional director
1.96 regional sales
1.45 registrar
0.6 relationships
0.94 relaunch
0.94 relay
-0.75 release
1.45 reliability
1.45 reliability engineer
0.94 reliable
1.45 remain available
-1.26 remain interested
-0.95 remain keen
1.45 remaining
-0.75 remains
1.78 remember
1.45 remember me
0.6 reminded
0.6 reminded me
1.45 renewal
-0.95 renewed
1.45 rep
1.45 repeat
-1.21 reply
1.45 report on
-1.6 reports
-0.75 reports to
1.45 reps
-1.69 request
-0.95 request you
0.94 require
2.23 required
3.06 required from
-0.95 requirements
0.94 research assistant
0.94 research software
-0.95 researcher
1.96 residency
0.6 residents
0.94 resolved
-0.75 respond
-0.75 restoration
1.96 restructuring
-1.26 result
1.7 results
0.94 retention
0.6 retired
0.94 return
1.45 return to
2.29 returns
1.45 returns flow
0.66 revenue
0.6 revenue manager
-1.22 review
1.45 review and
0.66 reviews
1.45 rhythm
1.96 ridge
1.45 ridge and
1.45 riding
1.45 right next
1.45 right this
1.45 ring and
1.45 ring me
-0.95 ringing
1.25 risk
3.06 risk analyst
1.45 risotto
-0.95 riverside
0.6 road
-0.75 role after
-0.75 role but
1.11 role comes
1.11 role feel
1.96 role for
-1.26 role has
-1.77 role i
-0.75 role i'm
-0.95 role in
-1.5 role is
-1.69 role opens
1.45 role particularly
1.45 role this
-0.75 role with
0.94 roles at
0.94 roles in
0.86 rollout
1.45 rooftop
0.6 room
0.99 room and
1.96 rooms
0.94 rotation
0.6 rotterdam
-1.5 roughly
-0.75 roughly when
0.6 round and
-1.12 round of
0.81 round the
1.45 round was
1.45 round with
-0.89 rounds
-0.75 rounds and
1.78 run a
-0.75 run the
1.45 run this
1.23 running
1.96 running and
-1.6 runs
-0.89 rush
-0.75 rushed
1.45 rustenburg
0.94 s i
-0.95 sad
0.94 safety officer
3.06 safety record
0.6 said about
0.66 said i
0.94 said it
1.45 said my
1.45 said she
-0.75 said so
1.11 said the
0.94 saigon
0.86 salary
1.08 sales
3.06 sales manager
0.94 sales role
0.65 same
3.39 same day
1.45 same for
0.94 samples
-0.75 sap
3.06 satisfied
-1.07 saturday
0.86 save
0.94 save us
0.94 save you
-0.95 saved
1.96 savings
1.45 saw in
0.81 say
1.96 say about
1.45 say and
0.99 say i
2.29 say it
1.45 say my
0.72 say that
1.45 say the
3.39 say this
-0.75 saying
1.25 says
3.06 says something
1.78 scale
3.06 scale of
-0.95 scenario
1.45 schedule and
1.08 scheme
1.45 school and
-0.75 schools
3.06 scorecard
0.66 scores
0.94 scores and
1.45 scores for
1.45 scoring
1.45 scratch
-0.95 screening
0.6 season and
1.45 season the
-1.12 seasonal
-0.61 second
-1.07 second interview
0.94 second officer
1.45 see a
1.45 see that
1.45 see what
1.45 see why
1.45 seeing several
0.83 seemed
1.78 seemed to
1.11 seems
1.96 seems to
1.08 seen
-1.12 send a
0.68 send it
1.19 senior
1.45 senior ux
-1.85 sense
-1.26 sense of
-0.89 sent
0.94 sent the
1.45 sepsis
-0.61 september
-1.02 service
0.94 service and
-0.95 services
-0.75 session with
0.51 set
1.45 set out
0.6 set up
0.6 settle
1.45 settle in
-1.12 settles
-0.95 settles in
1.45 setup
0.86 several of
1.45 several people
1.45 shah
-0.75 shame
3.06 shape
3.06 shapla
3.06 shapla aid
-1.2 share
-1.12 share any
-0.75 share one
-0.75 shared
1.45 sharpest
1.59 she
3.39 she had
1.45 she would
1.45 she's
0.86 shift supervisor
-1.12 shifts
0.94 shipments
1.45 shipped
0.6 shipping
1.45 shop
-1.12 short
-1.5 short note
1.45 short of
0.94 shorter
2.03 shortlist
1.45 shortlisted
0.61 should
0.6 should a
3.06 should anything
1.2 should be
1.45 should build
-1.5 should have
1.2 should mention
1.45 should say
1.45 should the
-0.59 show
-0.75 show me
0.55 showed
0.83 showed me
0.8 showing
0.6 showing me
3.06 shrine
0.6 side of
0.6 sign
0.6 signed
-1.12 silence
0.94 sim
1.45 sim instructor
-0.9 similar
1.45 similar could
-1.12 similar post
-0.95 similar role
-0.95 similar roles
0.6 simpler
0.94 simpler for
3.06 simply too
-0.75 simply wanted
1.45 since <n>
0.99 since i
-0.61 since my
-0.75 since then
0.63 since we
0.94 sincerely
1.45 singapore
1.45 single
1.2 sit
1.45 sit on
-0.75 site engineer
3.06 site manager
1.45 site reliability
-0.95 situation
-0.75 six months
-0.75 six weeks
0.86 six years
1.96 size
3.06 sleep
0.94 slightly
3.06 slipping
-1.26 slot
-0.75 smaller
-0.95 so a
1.45 so far
1.45 so honestly
-1.26 so i've
-1.39 so if
-1.12 so it
1.45 so kind
0.94 so kindly
0.94 so perhaps
-1.6 so please
1.45 so straightforward
0.94 so there
0.94 so this
0.6 so we
1.45 so welcoming
-0.75 so you
1.45 society
0.6 software
0.6 software engineer
-0.75 soil
1.45 sokhna
-0.75 some feedback
1.45 some of
-1.39 some point
0.94 some time
0.77 someone
1.45 someone at
1.45 someone to
1.81 someone who
1.7 someone with
1.96 something about
1.11 something i
1.45 something of
0.94 something suitable
0.94 something to
1.96 sometimes
0.6 soon
-1.39 sooner
-1.43 sorry
-0.75 sorry it
-0.95 sorry not
-1.6 sorry to
2.03 sort
3.06 sort of
0.94 sort out
2.29 sound
0.86 sounds like
1.45 sour
0.68 sous
0.6 south
1.11 speak
0.6 speak again
3.39 speak for
0.83 speak with
-1.6 speaking
-1.5 speaking with
1.45 specialist hospital
-0.75 speed
-0.95 spend the
-2.52 spent
-0.75 spent most
-1.12 spent with
0.94 spirit
1.45 spirit of
0.6 splits
-0.75 spoke i
-1.5 spoke on
1.45 spoke our
1.45 spot
1.45 spreadsheets
0.94 spring and
1.45 spring tour
1.45 sql
0.94 square
3.06 st brendan's
0.94 st columba's
-0.84 staff
-1.02 stage
-1.6 stages
1.45 stakeholders
1.45 stand before
3.06 stand when
-0.75 stand with
2.07 standard
3.06 standard than
1.11 stands
1.45 start by
-1.12 start date
1.45 start in
1.45 start my
1.45 start on
1.45 start to
1.45 start with
1.45 starters
0.6 starting
1.78 state
1.45 states
0.83 status of
0.96 step
1.96 step down
1.96 step for
3.06 step in
-0.95 still be
1.45 still consider
1.45 still i'd
-0.75 still in
-0.89 still interested
1.11 still like
-1.12 still love
3.06 still much
-0.95 still my
-0.75 still open
-0.59 still really
3.06 still ring
0.83 still the
-0.54 still very
-0.75 still waiting
-0.95 still want
-1.12 stopped
0.94 store
1.45 store in
1.45 store manager
0.6 story
0.81 straight
1.45 straight away
1.11 straight with
1.45 straightforward
1.45 straightforward about
2.4 strategy
1.96 strategy associate
0.94 street
1.45 stress
0.94 stretched
0.56 strong
-1.26 stronger
2.55 strongest
3.06 strongest candidate
0.6 structural engineer
1.45 structure
3.06 struggled
3.06 struggled with
0.94 struggling
1.08 student
3.06 student she
0.86 students
-0.67 study
-0.95 subject re
1.24 subject thank
1.45 submission
1.45 submit
1.45 submitted
1.45 submitted my
0.94 success and
-1.39 success manager
1.96 success role
0.94 success with
-0.58 such
-1.69 such a
0.94 suggest
0.66 suit
0.94 suitable comes
0.66 suite
0.56 suits
-0.75 suits the
1.96 suits you
-0.95 summary
-0.66 summer
1.45 sunday to
1.96 superintendent
0.94 supervisor at
-1.12 supervisor position
3.06 supplement
0.6 supplier
1.45 supply chain
-0.95 supply planner
0.94 support team
1.45 support the
1.45 support your
1.08 suppose
1.45 sure about
1.45 sure my
-0.75 sure that
1.45 sure they
1.45 sure you'll
1.45 surprised
3.06 surprised if
-0.95 survey
0.94 surveyor role
0.94 survived
0.94 survived the
1.68 suspect
1.45 suspect it
3.39 suspect the
0.94 suspect you
0.86 system and
1.45 system design
0.94 system so
1.45 systems analyst
1.45 systems and
1.45 t
1.45 t mawr
3.06 take a
0.94 take on
1.2 take the
0.86 take this
0.6 take up
1.08 taken
1.45 taking me
3.06 taking this
-0.95 talk
-1.12 talk through
0.66 talked about
-1.26 task
1.45 taught
3.06 taught in
2.29 tax
0.86 tea
-0.67 team at
1.96 team every
-0.75 team hoped
-0.95 team i
0.56 team in
1.45 team last
0.66 team leader
-0.95 team of
1.11 team on
1.45 team over
-0.75 team so
0.94 team splits
1.45 team that
0.94 team through
1.11 team was
1.45 team will
1.45 team works
0.6 team would
1.7 teams
-0.95 technician
-0.75 technician position
0.94 technician post
-1.12 technician role
1.45 tell them
-0.75 tell you
-1.39 telling me
1.45 tells
1.96 tells you
-0.75 ten minutes
0.94 tenancy
2.29 tend
2.29 tend to
1.45 term goals
1.45 terms
1.25 territory
1.45 territory manager
-2.45 test
-0.95 test and
-1.6 th and
0.94 th for
1.45 th july
0.6 th june
0.6 th march
3.06 than anyone
1.45 than emailing
0.6 than ever
1.34 than i
-0.75 than keep
0.94 than leave
1.45 than me
2.29 than most
0.6 than one
0.81 than the
-0.75 than when
0.94 than you
1.45 than yours
-1.26 thankful
-0.75 thankful for
1.45 thanking
1.45 thanking you
0.52 thanks again
1.11 thanks very
-1.26 that a
0.94 that after
1.2 that as
1.45 that because
1.45 that by
0.6 that candidates
-0.95 that date
3.06 that floor
1.45 that for
1.45 that gives
3.06 that have
1.45 that he
1.45 that helps
0.94 that i'm
0.86 that i've
-0.75 that if
-0.75 that isn't
-0.59 that it
1.45 that means
-0.75 that might
1.2 that my
1.45 that no
0.6 that on
1.45 that our
1.45 that person
3.06 that problem
1.96 that said
1.45 that tells
-0.75 that these
-1.26 that this
0.94 that to
1.45 that took
-1.07 that was
3.39 that went
1.96 that with
-1.26 that work
0.78 that you
-1.12 that's
0.94 that's a
-1.35 the <n>
0.6 the a
1.45 the aarhus
0.66 the accounts
3.06 the advertised
0.94 the advertisement
-0.95 the analytics
-1.26 the assessment
-0.75 the assessors
1.45 the associate
0.6 the audit
0.6 the back
1.45 the backlog
0.86 the band
1.11 the bank
1.45 the barista
1.45 the berth
0.67 the best
2.55 the big
0.51 the board
0.94 the board's
0.6 the branch
1.45 the brewery
1.45 the brigade
0.6 the budget
0.6 the building
1.45 the candidates
-1.12 the care
1.45 the chair
1.45 the challenges
-0.69 the chance
1.45 the charity's
1.65 the chat
1.96 the choice
-0.75 the claims
3.06 the client
-0.75 the club
0.94 the coastal
1.45 the college
-0.75 the coming
0.6 the committee
0.6 the company's
-0.75 the consultation
1.45 the continuity
1.45 the core
-0.75 the council
0.83 the county
1.45 the course
0.6 the courtesy
1.11 the credit
3.06 the cross
3.06 the cup
-0.82 the customer
-0.95 the customs
-0.75 the date
-0.6 the decision
0.94 the delay
1.01 the department
1.45 the detail
1.96 the director
0.8 the discussion
0.94 the dispatch
-0.75 the district
0.94 the duty
1.45 the editorial
0.94 the electrical
0.94 the emergency
-0.53 the end
1.45 the ethics
1.45 the european
-0.75 the evening
-0.75 the executive
2.29 the expansion
-0.75 the experience
1.45 the export
1.45 the extra
0.6 the facilities
1.45 the faculty
0.6 the family
0.94 the festival
0.6 the figures
1.45 the fika
-1.02 the final
0.8 the finance
1.45 the financial
0.94 the firm's
0.94 the floor
1.45 the footplate
1.96 the frank
0.6 the front
0.99 the full
1.45 the fundraising
-0.75 the funeral
-0.67 the future
0.94 the gap
0.94 the garden
0.56 the graduate
1.45 the grant
-1.12 the grants
2.4 the ground
1.45 the growth
1.45 the gwent
1.45 the hangar
0.66 the harbour
0.71 the head
0.94 the heritage
1.45 the higher
3.39 the highest
-0.75 the highlight
1.7 the honest
1.45 the hotel
-0.95 the housing
-0.95 the hr
0.6 the idea
1.45 the in
-0.75 the information
-0.75 the interest
1.45 the internal
1.11 the interviews
-0.75 the inventory
1.45 the island
0.94 the jebel
-1.05 the job
-2.27 the junior
1.45 the laboratory
-1.99 the last
-0.75 the latest
3.06 the lead
0.94 the learning
-0.75 the leeds
1.96 the level
-1.5 the library
-0.95 the line
1.45 the lines
0.6 the live
0.66 the local
0.94 the main
-0.75 the maintenance
1.45 the management
0.94 the marina
1.45 the marine
0.56 the marketing
-0.75 the migration
1.45 the ministry
1.45 the mobile
1.96 the modelling
1.45 the mombasa
1.45 the morwenna
1.57 the most
1.45 the names
1.96 the national
0.66 the northern
0.94 the notes
0.94 the numbers
-0.95 the offer
-0.75 the old
0.94 the onboarding
0.94 the oncology
0.51 the one
1.45 the ones
4.49 the only
1.45 the open
0.94 the opening
1.15 the other
3.06 the others
-1.6 the outcome
1.45 the outreach
1.45 the outside
1.45 the pace
1.18 the panel's
-0.75 the paralegal
1.96 the partners
0.6 the pass
1.11 the people
1.45 the pilbara
1.45 the pipeline
0.68 the plan
0.94 the plant
0.94 the port
-0.75 the possibility
-0.75 the postdoctoral
-0.75 the practical
1.45 the presentation
0.94 the problems
-1.72 the process
1.96 the production
0.94 the program
0.6 the public
1.45 the quantity
-0.75 the questions
1.45 the reception
1.45 the record
1.45 the recruitment
1.45 the referee
2.23 the region
1.45 the regional
1.45 the registrar
1.45 the relaunch
1.45 the remaining
0.6 the residents
-1.12 the result
3.06 the results
0.6 the retail
1.96 the returns
0.6 the revenue
0.66 the room
0.94 the rota
0.94 the rotterdam
0.94 the route
0.94 the salary
0.59 the same
-0.75 the saturday
3.06 the scale
0.66 the school
0.94 the science
-1.12 the search
0.86 the season
-0.59 the second
-1.12 the selection
1.1 the senior
-0.95 the service
0.6 the session
0.94 the shortlist
0.94 the sim
0.6 the site
3.06 the sort
-1.12 the sous
1.45 the spirit
-0.59 the staff
1.45 the standard
-1.39 the start
1.45 the state
0.56 the status
0.6 the store
2.29 the strategy
3.64 the strongest
0.6 the student
1.45 the students
-1.85 the summer
-0.95 the supply
1.45 the support
1.45 the t
-0.75 the table
1.45 the take
1.45 the tasting
3.06 the tax
-1.92 the technical
-1.26 the test
1.45 the top
0.52 the tour
-1.12 the trainee
0.6 the trial
0.6 the trust
1.45 the turkish
-0.75 the two
1.45 the unit
0.94 the university
-0.75 the update
1.96 the very
-0.95 the video
0.66 the visit
-1.26 the volunteer
1.45 the volunteers
1.45 the waiting
-0.75 the walk
-0.95 the ward
3.06 the weekly
0.6 the whole
-0.75 the winter
-1.17 the work
-0.75 the written
0.66 the yard
1.2 the year
1.96 theatre
1.11 their first
1.45 them and
1.45 them in
0.94 them to
1.45 them with
2.55 themselves
-2.97 then
-1.12 then i
-1.12 there any
-0.75 there anything
1.45 there are
-0.75 there was
1.45 there will
0.6 there's a
0.7 there's any
1.7 there's anything
-0.75 there's news
-1.26 there's no
1.45 these days
0.94 they can
-1.6 they have
-0.75 they were
0.94 they would
0.6 they've
0.94 thin
0.6 thing i
1.45 thing that
-1.69 things are
1.96 things i
0.94 things simpler
0.97 things stand
0.94 things take
-0.75 things up
1.11 think
1.01 think i
0.94 think i'd
2.23 think it
1.45 think my
-1.12 think of
1.78 think that
1.11 think the
1.45 think there
2.55 think we
1.78 think you
-0.67 third
-1.5 thirty
1.45 this at
0.86 this finds
3.06 this industry
-1.43 this is
1.08 this job
0.94 this long
0.94 this month
0.6 this morning's
3.06 this not
1.45 this occasion
0.86 this only
0.99 this opportunity
1.96 this point
1.45 this position
1.45 this reason
0.7 this role
3.06 this round
3.06 this size
1.45 this so
0.6 this spring
1.96 this to
-1.12 this was
1.3 this year
1.45 thorough
1.96 thoroughly
1.45 thought about
-1.5 thought i'd
-0.75 thought you
3.06 thousand
0.64 three
0.6 three days
-0.75 three interviews
3.06 three other
1.45 three priorities
-0.75 three rounds
0.94 three times
-1.6 three weeks
0.66 three years
1.45 thrilled
1.45 thrilled to
0.94 through how
0.94 through it
1.45 through on
-0.95 thursday <n>
0.86 thursday about
0.83 thursday and
-0.75 thursday at
1.45 thursday to
-0.59 thursday's
-1.12 tickets
0.6 tidy
0.94 tied
1.45 till
-0.84 time and
1.96 time at
-0.95 time i
1.45 time i've
0.55 time on
-0.75 time so
1.45 time was
1.45 time with
0.6 time yesterday
-1.57 timeline
0.94 timeline for
1.45 times that
1.45 timescale
0.6 title
1.96 titles
0.91 to a
1.11 to accept
0.6 to add
1.45 to admit
-2.31 to apply
3.06 to blow
3.39 to boast
1.24 to bring
1.45 to chat
1.45 to choose
1.07 to come
0.6 to contact
-1.39 to contribute
1.45 to everyone
1.45 to find
-0.81 to follow
0.94 to grow
3.06 to hire
-0.75 to improve
1.45 to joining
0.94 to lead
-0.59 to learn
1.45 to leave
-0.61 to let
1.96 to live
-1.5 to look
0.58 to meet
0.66 to mention
1.45 to ms
0.55 to my
1.45 to myself
1.45 to offer
-0.75 to pass
-1.12 to plan
1.45 to play
1.45 to politely
1.45 to present
0.94 to provide
1.45 to put
-1.6 to reach
-0.75 to read
-1.26 to reply
-1.26 to run
-0.75 to rush
1.11 to save
3.06 to set
-1.36 to share
1.45 to sit
-0.75 to someone
1.45 to something
3.06 to sound
0.83 to speak
0.83 to start
3.06 to step
1.11 to support
0.64 to take
-0.56 to talk
-0.95 to tell
0.94 to thank
1.11 to that
0.94 to them
0.94 to think
1.45 to train
1.45 to walk
-0.95 to whoever
1.45 to whom
-1.26 to withdraw
1.45 to write
0.85 to you
-0.61 today
1.45 today and
0.6 together
1.96 together on
1.45 together with
0.73 told
1.21 told me
1.45 told the
-0.95 tomorrow
0.62 too
1.45 too confident
-0.75 too much
-1.12 took a
1.96 took over
1.96 took the
-0.75 tool
1.66 top
2.07 top of
3.39 topped
3.06 topped the
0.54 touch
-1.5 touch and
1.11 touched
1.45 touched that
0.6 tough
0.54 tour
1.45 tourism
-0.75 towards
1.45 tower
0.86 track
3.06 track record
1.96 tracking
1.11 trade
1.7 trained
3.06 trained more
0.94 trainer
1.45 trainer role
1.45 training centre
0.6 transition
-0.75 translation
1.45 transparency
1.45 transparency i
-1.12 transport
1.45 travel
-0.75 travelled
0.94 treat
1.11 treating
1.45 treating you
1.45 trial and
0.6 tried
1.45 tried to
-0.95 trouble
0.94 trucks
3.06 trumpet
3.06 trumpet but
0.94 trust and
0.94 trust this
0.6 trust you
1.45 trustees
1.18 try
-0.75 try again
3.84 try to
-0.95 trying
1.81 tuesday about
0.9 tuesday and
-1.12 tuesday to
0.83 tuesday's
1.45 tuesday's assessment
0.86 tuesday's interview
1.45 turkana
0.94 turkish
0.94 turn
0.66 turned
0.94 turning
0.56 twelve
1.45 twelve months
0.94 twelve years
1.18 twenty
-0.95 twenty minutes
3.06 twenty years
-0.82 twice
1.45 two hundred
3.06 two internships
-0.75 two interviews
1.45 two or
1.96 two other
0.6 two seasons
1.45 type
1.45 uncle
1.45 unclear
0.63 under
-1.3 understand
-1.26 understand and
-2.05 understand if
-1.85 understand that
-2.05 understand the
-0.75 understand what
0.86 university
-1.46 until
-1.77 until <n>
3.06 unusual
3.06 up an
-1.12 up and
1.45 up by
1.11 up for
0.6 up from
1.45 up i
1.45 up i'd
0.68 up in
1.45 up my
-0.76 up on
0.94 up the
1.25 up to
-0.95 up with
1.45 upcoming
-1.16 update
-1.46 update on
0.6 update since
-1.12 update you
-1.26 updated
-0.95 updated timeline
1.45 upfront that
1.45 upgrade
1.45 ups
1.34 used
1.45 used a
2.4 used to
-0.56 useful
1.45 uses
1.45 usually
0.94 ux designer
-0.71 vacancy
-0.75 vacancy at
-1.12 valid
-0.95 valid until
-1.99 value
-0.75 value any
0.94 valued hearing
1.45 valued the
1.45 van der
0.94 venue
-1.12 version
1.96 very eager
0.6 very enjoyable
0.71 very excited
3.06 very few
-0.82 very glad
0.94 very good
-0.75 very helpful
0.86 very real
0.94 very useful
1.45 very well
0.6 vessel
-0.75 veterinary
-0.59 video
-1.26 video interview
0.6 view
0.94 vine
-1.39 visa
0.94 visit and
-1.26 visits
-0.75 voicemail
-0.89 volunteer
0.6 volunteer coordinator
1.45 volunteers who
-0.67 wait
-0.75 waiting for
0.94 waiting on
0.94 walk
1.45 walk me
1.45 walk you
1.65 walking
1.7 walking me
0.86 want the
0.68 want this
-0.67 want to
0.66 wanted you
0.66 wanting
1.11 wants
0.94 wants to
0.94 ward at
1.45 warehouse and
2.29 warehouse operations
-0.95 warehouse supervisor
0.94 warehouse systems
3.06 warehouses
0.66 warm
1.45 warm hospitality
0.6 warning
-0.95 was about
-0.75 was actually
0.86 was also
0.94 was exactly
1.96 was fascinating
0.81 was good
-0.75 was grateful
0.86 was great
0.94 was happy
-0.75 was hoping
1.45 was i
-0.95 was in
1.45 was inspiring
1.45 was interesting
1.45 was just
-1.12 was kind
1.45 was like
0.94 was lovely
1.45 was moved
0.86 was my
0.51 was not
0.66 was on
-1.26 was one
1.45 was so
-0.75 was sorry
0.92 was the
-0.95 was told
1.45 was too
1.25 was useful
-1.92 wasn't
-0.6 way
1.45 way after
-0.75 way and
-0.95 way or
3.64 we both
1.45 we kept
-0.75 we moved
1.45 we sat
1.45 we'll
-0.75 we're
2.29 weakness
3.06 weakness is
1.96 weaknesses
0.66 wednesday for
3.06 wednesday regarding
0.94 wednesday to
0.56 week and
1.96 week for
1.45 week has
1.45 week since
1.45 week with
-0.75 week's
0.94 weekend so
-0.75 weekends
1.96 weekly
-0.82 weeks
-1.26 weeks and
-1.85 weeks since
1.45 weeks would
1.45 weighing
-1.36 welcome
-0.75 welcome any
-1.26 welcome hearing
-0.56 welcome the
1.45 welcoming
0.68 well and
1.45 well as
3.06 well now
-0.95 well organised
1.45 well over
0.94 well run
-0.95 well with
3.06 went about
0.6 went from
1.45 went in
1.45 went so
1.45 went well
0.94 were about
0.94 were not
1.45 were the
1.45 wet
2.29 what a
1.45 what else
-0.65 what i
3.39 what i've
-0.75 what it
1.96 what my
0.94 what they
0.94 what to
1.45 what we
-1.6 whatever
0.94 when a
3.06 when it
1.45 when they
-1.92 when we
1.45 whenever i
1.45 whenever it
1.45 whenever suits
-0.95 whenever there's
-1.6 whenever you
0.94 where i'd
1.45 where that
0.64 where things
3.06 where to
1.45 wherever
-0.74 whether
-1.39 whether i'm
-1.6 whether there
1.08 whether there's
1.45 which probably
-0.95 which was
0.94 which you
3.06 while and
-0.75 while i'm
1.45 while waiting
1.03 who
1.45 who actually
1.45 who can
1.45 who could
3.06 who has
1.96 who have
1.45 who keep
1.45 who never
1.45 who would
1.45 who's
0.98 whole
0.6 whole process
0.94 whole team
1.96 whom
1.45 whom i
-0.66 why
-1.69 why i
0.94 why it
-0.75 wider
0.58 will
0.89 will be
-0.75 will decide
1.96 will find
1.65 will have
0.6 will make
0.86 will not
1.45 will still
1.45 will take
-0.75 will understand
-0.95 willing
-0.95 willing to
-0.75 wind
0.94 wing
1.45 wired
-1.39 wish the
1.11 wish to
-0.67 wish you
0.94 wish your
1.45 with all
1.45 with each
3.06 with fifteen
1.45 with forty
-0.75 with interest
-0.75 with it
1.27 with my
1.45 with one
0.94 with real
1.45 with some
1.45 with that
-0.72 with your
-1.85 withdraw
-1.39 withdraw my
-0.69 within
-1.26 within a
3.06 within my
1.45 without any
3.64 without me
3.39 won
0.54 won't
0.94 wonder whether
-0.75 wondered
3.06 work at
1.45 work for
-0.59 work in
-0.56 work on
-0.75 work out
0.7 work with
-1.39 work you
0.97 worked
1.45 worked with
0.6 worker
-1.07 working
-0.75 working at
1.45 works at
1.45 works in
-0.75 workshop
0.94 workshop and
1.11 worry
0.51 worth
0.94 worth the
0.6 would also
-2.05 would appreciate
1.45 would approach
1.45 would bring
1.96 would expect
0.6 would gently
-1.12 would hear
-1.12 would help
0.54 would love
-0.75 would make
-1.39 would mean
-0.75 would most
-0.95 would much
-1.12 would need
0.94 would only
-0.75 would prefer
-0.95 would rather
1.96 would say
1.45 would start
-0.95 would value
0.6 would want
-0.84 would welcome
-0.75 would you
1.45 wrap
1.45 wrap up
0.83 write
0.94 write to
0.6 writer
-0.57 writing
-2.11 writing about
-0.75 writing again
-0.75 writing regarding
-1.01 written
-1.39 written offer
1.45 written with
1.45 wrong but
0.6 yard
0.54 year
1.45 year at
1.96 year before
1.45 year end
0.86 year i
1.45 year so
1.11 year's
1.45 year's hedda
1.45 year's intake
0.88 years
1.25 years and
2.23 years at
1.78 years i
-1.12 years of
-0.75 years on
3.84 years running
1.45 years with
-1.39 yes
-1.12 yes or
0.52 yesterday
0.98 yesterday for
1.45 yet but
-0.95 you about
0.6 you all
1.45 you already
0.94 you as
-1.12 you at
-0.75 you be
0.6 you before
0.6 you but
-0.95 you by
-1.5 you described
1.45 you do
-1.5 you expect
1.45 you explained
-1.26 you gave
-0.75 you i
-1.69 you if
1.11 you in
1.45 you kindly
-1.77 you let
1.96 you make
1.45 you met
-0.75 you needed
-0.95 you on
0.94 you run
0.51 you said
1.45 you saw
-0.82 you so
1.45 you soon
0.94 you taking
0.6 you the
1.45 you through
-0.95 you told
-0.95 you took
0.94 you want
1.45 you what
1.21 you will
1.78 you won't
1.11 you would
0.79 you'd
3.64 you'd be
0.6 you'd like
-0.75 you'll think
-0.89 you're
-1.39 you're able
1.78 young
0.6 your account
0.94 your answer
3.06 your board
-0.75 your call
0.94 your colleagues
1.45 your company
0.6 your consideration
1.45 your description
-0.95 your earliest
-0.75 your end
1.45 your esteemed
0.6 your explanation
-0.95 your file
-1.12 your help
1.45 your honesty
0.94 your lab
1.45 your leadership
-0.75 your mail
-1.5 your message
1.45 your new
0.94 your news
3.06 your openness
1.45 your partners
-1.69 your planning
1.45 your plans
3.06 your plate
-0.59 your process
0.6 your pune
0.83 your question
1.45 your risotto
-0.75 your role
3.39 your shortlist
-0.75 your side
1.45 your story
-0.73 your team
-1.77 your timeline
-0.75 your week
0.6 your work
0.66 yours
1.45 yourself
0.86 youth
3.06 zero
""",
)
