"""The readings of tone, learned from tests/corpus/ by scripts/train_readings.py: do not edit."""

from checker.rules._reading import Reading

BLAME = Reading(
    20.5,
    """\
-1.3 <n>
-1.8 <n> <n>
-1.5 <n> august
-2.1 <n> february
-1.1 <n> hours
-1.1 <n> in
-1.3 <n> july
-1.1 <n> june
-1.4 <n> may
-1.8 <n> november
-2.2 <n> october
-1.1 <n> over
-1.3 <n> per
1.6 <n> s
-1.8 <n> september
-1.7 <n> th
-1.4 <n> to
1.4 a big
1.8 a bit
2.1 a box
4.0 a candidate
2.1 a certain
1.6 a chartered
-1.3 a close
1.1 a colleague
2.5 a company
1.6 a container
3.0 a contractor
1.7 a conversation
-1.5 a copy
3.0 a countdown
3.6 a day's
-1.5 a deadline
-1.3 a decade
-1.3 a difficult
3.0 a fifty
1.3 a firm
1.1 a first
2.3 a form
3.6 a formality
-1.3 a fortnight
3.2 a forty
3.0 a four
1.1 a full
1.1 a genuine
1.3 a job
1.1 a m
3.2 a man
1.1 a master's
3.9 a mistake
-1.8 a moment
1.3 a month
-1.9 a more
-1.1 a much
3.4 a panel
3.2 a parking
3.4 a person
1.1 a phone
2.0 a pity
1.6 a place
-2.1 a position
3.6 a presentation
-1.3 a project
2.3 a proper
1.6 a request
1.6 a response
-1.3 a rough
3.0 a saturday
1.1 a school
1.9 a shame
-1.1 a shared
-3.1 a similar
1.9 a site
-2.4 a small
3.4 a strange
1.6 a surprise
3.4 a take
3.0 a templated
1.6 a test
1.1 a third
1.6 a three
1.1 a time
-1.3 a trial
2.5 a two
-1.1 a vague
-1.1 a verbal
-1.1 a voicemail
4.1 a waste
1.1 a way
2.1 a word
1.6 aberdeen
1.1 ability
3.0 about an
1.6 about any
-1.1 about four
1.3 about future
1.1 about how
-1.1 about joining
1.6 about me
-1.7 about three
-1.1 about two
1.4 about what
1.1 about where
3.2 about whether
1.1 above
1.1 above the
1.6 absolutely
1.6 absurd
1.4 abuja
1.1 abuja office
1.6 accent
1.1 accent came
1.4 accept that
1.6 accept the
-1.1 accepted another
1.6 accepted the
-1.1 account i
-1.3 account manager
-1.3 account of
-1.5 accountant role
1.1 accounts and
-1.3 acquisition
2.5 acting
1.6 acting in
3.0 acting manager
3.0 actual
1.5 actually
1.6 actually opened
1.9 ad
-1.3 add that
1.1 added
1.9 address
1.1 admit
1.6 admit i
1.9 admit it
2.1 admit the
1.1 advance
2.2 advert
3.0 advert never
1.6 advert was
1.6 advertised
2.7 advertisement
3.2 advertising
1.6 advice
1.4 afraid
1.7 after a
1.3 after four
-1.3 after hearing
1.1 after i
2.1 after my
-1.8 after our
-1.3 after that
1.1 after the
3.1 after three
1.6 after tuesday
3.4 after two
1.1 afternoon and
1.9 again as
-1.5 again to
1.4 again when
1.9 against
3.8 against me
3.0 against you
2.1 age
1.1 agency
1.6 agency's
1.2 ago
1.1 agree
-1.3 agreed to
-2.2 ahead
-1.5 ahead of
-1.5 aid
3.2 all along
-1.5 all and
1.6 all day
-1.1 all four
-1.8 all is
-1.3 all possible
-1.3 all right
1.2 all the
1.9 all three
1.1 allow
1.2 almost
-1.5 alone
-1.5 along the
1.6 alongside your
1.9 already in
2.1 already knew
-1.1 also appreciated
1.6 also asked
-1.5 also be
3.0 although i'd
1.2 always
2.5 always going
-1.5 am a
-1.1 am available
-1.3 am confident
-1.1 am disappointed
-2.3 am happy
-1.7 am keen
1.9 am not
-1.3 am now
-1.3 am sad
-2.0 am the
-4.0 am very
-1.1 among the
1.9 amount
3.0 amount of
1.6 an applicant
1.6 an asset
1.6 an assistant
3.0 an automated
3.2 an employer
2.1 an explanation
3.0 an hour
1.3 an interesting
2.0 an internal
3.2 an interviewer
3.0 an odd
-1.3 an updated
-1.1 analysis
-1.1 analyst interview
-2.2 analyst position
-1.3 and <n>
1.1 and a
-1.1 and about
-1.7 and again
-1.1 and aisha
1.6 and apologies
1.6 and at
-1.1 and best
-1.3 and consideration
-1.5 and could
2.1 and frankly
1.6 and got
3.4 and had
-1.3 and happy
-1.8 and have
-1.1 and i'm
-1.1 and kindness
-1.3 and learned
1.3 and left
-1.4 and look
1.1 and more
-2.2 and mr
-1.1 and mrs
2.9 and nobody
-1.5 and one
1.6 and only
-1.3 and our
-1.1 and over
1.6 and partly
-1.5 and really
1.1 and request
1.6 and saved
-1.5 and seeing
1.1 and still
-1.5 and that's
2.1 and then
-2.0 and they've
-1.1 and thought
1.9 and two
-1.1 and wanted
1.6 and was
-1.1 and withdraw
-1.1 animal
1.6 announced
1.9 annual
1.6 another applicant
-1.1 another candidate
-1.1 another company
-1.5 another employer
-1.1 another organisation
-1.1 another role
-1.3 another year
1.4 answer about
-1.8 answer any
1.1 answer before
-2.8 answer by
1.6 answer for
1.1 answer i
1.1 answered
1.5 answers
3.0 answers short
3.0 answers to
-1.1 any comments
-2.4 any feedback
-3.1 any further
1.1 any other
1.1 any part
-1.8 any pointers
3.2 any real
-1.1 any thoughts
-1.7 any time
1.8 anyone
3.0 anyone could
-1.5 anyone else
2.7 anyone on
3.0 anyone to
3.2 anyone who
-1.1 anything comes
-2.9 anything further
3.0 anything i
-1.3 anything more
-1.5 anything similar
-1.1 anything suitable
1.8 anyway
1.6 apart from
-1.1 apologies for
1.1 apology
-1.1 appeals to
1.4 applicant
1.9 applicants
1.5 application and
1.6 application i
-1.1 application stronger
1.4 application to
3.0 application was
1.1 applications
1.6 applied
1.1 applied for
-1.3 applying for
1.9 appreciate an
-1.1 appreciate any
2.3 appreciate being
-1.1 appreciate your
-1.5 appreciated hearing
-2.2 appreciated how
-1.1 appreciated learning
1.9 appreciated meeting
-1.8 appreciated that
-2.6 appreciated your
-1.3 apprenticeship
1.1 approval
1.9 aptitude
-1.1 arbitration
-1.7 architect
-1.1 archive
-1.5 are able
1.1 are already
3.2 are busy
1.6 are from
-1.1 are in
-1.7 are keeping
-1.3 are needed
1.1 are not
-1.1 are required
1.6 are used
-1.7 are well
1.9 argue
3.0 argue with
-1.1 around
-1.3 around <n>
-1.3 arrange
1.4 arrived
3.4 arrived at
3.0 as hybrid
-1.1 as i've
1.9 as if
1.1 as much
-2.6 as my
1.6 as one
3.0 as open
1.6 as quickly
-1.1 as references
1.6 as requested
1.9 as they
1.6 as though
-1.3 as you
2.3 aside
3.0 aside i
2.1 ask because
1.3 ask for
-1.1 ask if
1.1 ask me
1.6 ask you
1.5 asked me
3.2 asked of
1.5 asked to
-1.1 asked what
1.1 asking for
-1.3 asking you
3.0 assessed
1.2 assessment
1.5 assessment centre
1.2 assessment day
2.1 assessors
1.6 asset
-1.4 associate
-1.1 associate credit
-1.1 associate position
-1.1 association
1.4 assume
3.2 assume nobody
1.8 assume the
1.6 assuming
2.3 assured
2.1 assured me
-1.1 at al
-1.6 at all
-1.1 at another
-1.1 at any
-1.1 at brightwater
3.0 at fifty
1.6 at harrowgate
2.7 at least
-1.1 at lunch
1.6 at me
1.6 at saigon
-1.1 at short
-1.9 at st
1.6 attached my
-2.1 attached the
1.1 attached to
1.1 attend the
1.3 attention
1.6 attention of
3.0 attitude
-1.1 audit
-1.1 auditor
-1.1 auditor role
-1.5 august
-1.3 authority
3.0 auto
2.5 automated
-1.3 automation
-1.3 availability
-2.8 available
-1.9 available for
-1.8 award
-1.8 awards
-1.5 away even
-1.3 away from
-1.1 away more
-1.1 back and
3.0 back as
1.1 back for
1.6 back i
-1.1 back when
-1.8 backlog
1.6 backup
-1.1 bakery
1.4 bank and
1.1 bar
1.6 bar for
-1.1 barista
-2.0 base
2.7 basis
3.8 be asked
1.6 be bringing
3.2 be curious
-1.1 be delighted
3.0 be expected
-1.1 be free
-1.5 be getting
-1.1 be helpful
1.4 be honest
-1.7 be honoured
3.2 be interested
-1.5 be joining
-1.7 be keen
1.1 be made
3.0 be marked
-1.3 be most
-1.7 be moving
3.2 be nice
-1.7 be part
-1.5 be surprised
1.1 be that
2.1 be told
-1.3 be transparent
3.0 be turned
-1.4 be useful
-2.5 be very
-1.9 be willing
2.2 be worth
1.1 bear
1.9 became
-1.1 because my
1.4 because the
1.9 because your
1.1 become
-2.4 been about
1.6 been acting
2.5 been filled
3.0 been given
3.0 been good
1.1 been in
1.6 been invited
1.9 been kind
3.2 been kinder
1.6 been made
3.0 been moved
-2.0 been offered
-1.1 been reading
1.6 been set
1.6 been shortlisted
1.6 been talking
-1.3 been thinking
1.6 been three
2.7 been told
1.1 been waiting
3.0 before a
3.0 before anyone
1.4 before i
1.6 before the
-2.5 before then
1.6 before they
1.4 before we
2.6 beforehand
3.0 beforehand was
3.2 began
2.1 beginning
3.0 beginning to
-1.5 behind
3.4 being asked
-1.7 being open
1.5 being straight
3.0 being told
1.4 believe
1.6 believe it
1.4 believe my
3.0 believe she
1.6 believe that
2.8 believe the
1.6 believe this
1.6 believe your
1.1 beneath
1.1 berth
2.5 best of
-2.0 better for
3.0 better from
3.2 biased
1.2 bit
3.0 bit more
3.2 bit rich
3.0 bitter
-1.1 blocks
-1.3 blow
1.6 board every
-1.7 book
1.6 booked
-1.3 booking
-1.1 bookkeeper
-1.1 border
1.6 boss
3.0 both a
3.0 both have
1.4 both know
3.0 bothered
3.0 bothered to
1.6 bottom
1.6 bottom of
1.5 box
3.2 branch was
-1.1 branches
1.6 break to
1.3 brief
1.1 brief was
-1.1 briefly
-1.1 brightwater
-1.9 bring
-2.5 bring that
-1.9 bring the
-1.8 budgeting
-2.1 build
-1.5 business analyst
-1.1 busy week
1.4 but a
1.1 but i've
1.1 but it's
1.1 but that
3.0 but there
1.7 but you
3.6 but your
-2.4 by <n>
1.8 by a
1.1 by email
1.6 by how
-1.8 by monday
-1.3 by next
3.0 by someone
-2.0 by thursday
1.6 by your
1.6 call and
1.6 call at
1.1 call centre
1.1 call is
1.1 call the
2.1 call to
3.4 call was
3.4 call would
2.1 call yesterday
1.6 called the
1.6 called twice
-2.2 calling
-1.5 calling me
1.3 calls
-1.5 calm
1.4 came back
-1.1 came from
1.3 came through
1.2 came up
-1.3 campaigns
1.1 can be
1.7 can do
1.6 can ever
-1.1 can get
1.1 can imagine
-1.3 can move
-1.1 can offer
2.5 can only
-1.3 can provide
-2.3 can send
-1.1 can speak
-1.1 can start
1.9 can stay
-1.5 can work
3.0 can't help
3.2 can't see
1.6 cancel
1.9 cancelled
1.4 candidacy
1.9 candidate
3.0 candidate asked
1.6 candidate can
4.0 candidate experience
1.6 candidate in
1.9 candidate is
1.6 candidate with
1.6 candidate would
2.1 candidates
3.8 candidates are
3.0 candidates deserve
1.6 candidates for
3.0 candidates i
1.9 candidates know
1.6 candidates who
1.1 candidates with
-1.8 candour
-1.5 candour about
1.3 cannot
1.1 capital
-1.1 cardiac
-1.7 care you
-1.1 case a
-1.1 case it
-1.1 case they
1.1 case you
1.6 catch
-1.7 cent
1.6 centre and
-1.3 certain that
-1.7 challenge
-1.5 challenges
1.1 charge
1.6 charge nurse
1.1 chartered
1.6 chartered accountant
1.6 chase
-1.5 chat this
1.6 chat today
-1.7 check in
1.1 check on
-1.3 check whether
1.1 checking whether
1.6 chef role
1.6 children
-1.1 children's
-1.7 choice and
-1.3 choice so
1.2 choose
3.2 choose but
1.4 choosing
1.4 chose
1.1 chosen
-1.1 christmas
-1.7 churn
-1.3 claims
1.6 clarify
-1.1 clear about
1.9 clear from
-1.5 clear picture
1.1 clear the
-1.3 clearer picture
1.1 clerk
1.1 clerk post
-1.1 clever
1.6 clinic is
-1.1 clinical research
-1.5 clinics
2.3 clock
1.1 closely
1.9 closely the
-1.1 closer
-1.1 cloud
1.6 co op
1.6 code
1.9 coding
1.1 cohort
-1.1 cold chain
2.0 colleague
-1.3 come back
-1.3 come through
1.6 come to
1.1 coming back
-1.1 commissioning
-1.1 committee's
1.6 communicated
1.6 communicated to
-1.5 communications
3.0 company doesn't
-1.3 company i
4.1 company that
-1.9 competition
1.6 competitors
-1.7 complete sense
-2.8 completely
-2.1 completely understand
2.3 conclude
3.0 concluded
-1.3 concrete
1.6 conditions
3.2 conduct
-1.3 conference
-1.7 confident i
1.1 confirm the
1.4 confirming
1.6 confirms
-1.1 conflict
3.4 confused
1.6 confusion
1.9 congratulations on
-1.3 connection
-1.5 conservation
-1.3 considered if
1.9 construction
1.9 container
3.0 container terminal
-1.1 continue
-1.6 contract
1.1 contractor
-1.1 contribute
-2.0 contribute to
-1.3 controller role
-1.7 conversation about
1.6 conversation i
-2.7 conversation on
-1.8 conversation this
1.6 conversation was
-1.1 conversation yesterday
-2.5 conversations
-1.3 conversations with
1.1 convinced
3.2 convinced the
-1.1 coordinated
-1.1 coordinator interview
-1.1 coordinator position
1.8 copied
-1.1 copy
-1.3 copywriter
-1.1 copywriter role
-1.1 cork
-1.1 corporate
-1.3 correction
1.6 corvid
1.6 cost
1.6 cost me
3.0 could both
1.4 could have
-1.3 could keep
1.9 could not
1.6 could run
-1.9 could start
1.1 could tell
2.1 couldn't
1.6 couldn't help
1.1 council's
1.7 count
3.6 count against
1.6 count for
3.0 countdown
3.0 counted
3.0 counted for
1.6 countries
1.4 counts
1.9 counts for
-2.2 county
-1.1 course but
-2.0 course i
3.2 courted
3.0 courteous
1.9 courtesy
1.8 courtesy of
1.1 covered
1.6 covering
1.4 covers
-2.2 credit
-1.7 credit risk
3.2 criterion
3.2 criterion in
-1.5 cross paths
2.1 culture
1.9 cup
1.6 curiosity
3.2 curious
3.2 curious to
-2.3 current
-1.7 current company
-1.1 current contract
-2.0 current employer
-1.3 current job
-1.1 current role
-1.1 current school
-1.1 current until
-1.1 customs compliance
1.6 cutting
1.2 cv
3.4 cv before
-1.1 cv on
-1.5 daily
1.9 dairy
1.6 database
1.4 day and
1.1 day but
1.9 day off
-1.3 day one
2.1 day was
3.6 day's
3.4 day's leave
1.6 days and
1.6 days of
1.6 days so
-1.1 days to
1.1 de
1.1 deadline and
-1.3 deadline of
1.9 deal of
-1.5 dear ms
1.6 debrief
-1.3 decade
-1.5 december
-1.8 decide
-1.8 decide by
-1.1 decision about
1.6 decision as
-2.4 decision by
2.1 decision had
1.1 decision i
-1.1 decision might
3.2 decision though
2.1 decision to
2.1 decision was
-1.3 decision within
-2.2 decisions
1.6 deepa
1.4 degree
3.2 degree and
3.0 degree was
-1.2 delighted
-1.2 delighted to
-1.7 delivered
1.1 deputy
1.6 deputy stage
1.9 describe
-1.7 described is
1.6 described to
-1.8 description of
3.6 deserve
3.0 deserve to
-1.3 design engineer
3.0 designed
-1.3 details on
-1.8 developer
-1.1 developer role
-1.5 diary
1.6 did
1.6 did arrive
-1.3 did at
1.7 did enjoy
3.6 did feel
1.6 did my
1.2 did not
3.4 did notice
1.6 did the
3.0 did want
3.2 did wonder
1.3 didn't
1.6 didn't work
4.0 differently
3.2 differently but
1.4 difficult
3.9 difficult to
-1.7 digital
-1.3 dinner
-1.5 director of
1.6 director on
-1.7 director role
-1.8 disappointed as
-1.9 disappointed i
-2.4 disappointed of
-1.1 discharge
-1.1 discuss
-1.3 discussed
-1.7 discussed on
1.6 discussed which
-1.3 discussing
-1.3 discussing the
-1.4 discussion about
-1.1 discussion with
3.0 do and
3.2 do appreciate
2.9 do hope
1.6 do if
1.2 do not
2.3 do still
-1.5 do that
2.0 do think
2.7 do with
3.2 do wonder
-1.1 documentation
-1.5 documents
-1.7 documents are
2.6 does
2.8 does not
3.0 doesn't really
-1.1 doing and
2.0 don't believe
-1.5 don't hear
1.1 don't hold
1.1 don't worry
1.1 door
1.6 doubt anyone
1.9 down by
1.7 down for
1.4 down on
1.1 down the
1.6 doyle's
-1.5 driver
1.1 driving
-1.7 drop
1.7 drove
1.6 due respect
1.6 during service
1.1 each of
1.1 each other's
1.9 each stage
-1.8 eager
-1.8 eager to
-1.5 earliest
-1.9 early
1.6 earned
-1.6 easier
-1.8 easier to
1.1 east
-1.1 easy to
1.1 edge
1.1 effort
1.3 eight years
-1.5 eighteen
-1.5 eighteen months
-1.3 electrician
3.0 eleven hours
1.1 else and
-1.7 else i
-1.1 else you
-1.1 elsewhere and
3.2 elsewhere from
1.9 email about
3.2 email after
1.9 email regarding
1.6 email that
-1.3 emailing
1.4 emails
-1.8 emergency
-1.3 employer has
3.2 employer that
1.4 empty
3.2 end is
-1.1 end of
-1.5 ends on
-1.1 engaging
-1.4 engineer role
1.9 engineering and
1.6 english
3.0 enjoy meeting
-1.8 enjoyable
-1.5 enjoyed it
-2.3 enjoyed learning
1.4 enough
-1.1 enthusiastic
-1.1 enthusiastic about
1.4 entry
3.0 entry level
-1.3 environmental
1.6 equally
-1.1 error
-1.1 especially
-1.5 especially after
3.4 essential
3.0 essential criterion
1.9 estate
1.8 even if
-2.1 even keener
-2.9 even more
-2.0 even though
-1.5 even with
3.0 evenings
-1.3 every day
3.0 every essential
3.4 every question
-1.1 every week
3.0 everyone else
1.4 everything
2.1 everything i
3.4 evidently
1.1 ewm
1.6 exactly how
-1.1 exactly where
-2.2 exam
-1.5 example
-1.1 examples i
-1.4 excited
-1.3 excited about
1.1 exercise and
3.0 exercise felt
3.0 exists
1.3 expect a
-2.6 expect to
-1.1 expected and
3.0 expected better
1.1 expecting
1.6 expecting to
3.0 experience counts
-1.1 experience for
1.1 experience in
2.5 experience of
1.6 experience on
-1.1 experience or
3.2 experience than
1.6 experience with
-1.1 experience would
-1.1 expired
1.5 explain
-1.1 explained the
-1.1 explaining that
3.0 explains
3.0 exposure
1.9 external
3.0 external applicants
1.1 face
-1.1 facilities
-1.1 facility
1.9 fair amount
-1.7 fair and
1.1 fair test
1.6 fairer
1.6 fairer to
1.6 fairly obvious
-1.5 fairness
3.0 faith
-1.7 falls
-1.1 far easier
1.6 far more
1.1 farm
1.1 farm manager
-1.1 farmer
-1.5 fascinating
1.9 fault
-1.3 features
1.1 feedback call
1.1 feedback i
-1.1 feedback on
3.0 feedback within
3.0 feel i
1.6 feel like
-1.5 feel obliged
2.9 feel the
-1.9 feel very
1.1 feeling
1.6 fellow
1.6 fellow post
1.9 felt
3.0 felt as
2.0 felt like
3.0 felt more
1.6 felt the
-2.4 few minutes
-1.1 field and
1.6 field was
-1.1 fieldwork
1.4 fifteen
3.2 fifteen minutes
2.4 fifty
3.4 fifty three
1.1 figure
2.7 filled
3.0 filling
1.1 final round
2.1 finally
1.6 finance assistant
-1.3 finance director
-1.1 finance team
1.1 find
-1.3 find a
-1.1 find another
2.2 find it
2.5 find out
1.6 find someone
1.1 find the
2.2 finding
3.2 finding someone
-1.1 findings
-1.9 finds you
1.4 finish
-1.1 finishing
-1.3 firm in
-1.1 first aid
-2.7 first choice
1.6 first class
2.1 first five
1.1 first interview
-1.3 first of
1.6 first round
3.0 first ten
-2.0 first year
-1.1 fit around
1.9 fit in
1.2 five
2.6 five minutes
1.6 five stages
2.8 five weeks
-1.3 fix
-1.3 fixed
-1.1 fleet planning
-1.8 flexible
-1.3 flood
1.3 flow
1.3 fly
-1.3 follow the
1.9 followed
3.2 followed by
2.1 followed up
-1.5 following my
-1.7 following the
1.1 follows
-1.1 food bank
-1.5 for <n>
-2.3 for any
-1.3 for but
-2.0 for calling
3.0 for confirming
1.9 for eleven
-2.0 for explaining
3.0 for finally
-1.1 for four
1.3 for getting
-2.8 for interviewing
-1.7 for introducing
-1.3 for lunch
3.9 for more
1.1 for most
-1.8 for next
1.6 for nothing
-2.0 for on
3.2 for other
-1.1 for our
-1.1 for passing
1.9 for running
1.1 for sending
1.4 for similar
1.4 for six
1.6 for so
1.1 for something
-1.8 for telling
1.2 for that
-1.1 for three
-1.8 for today
2.3 for twenty
1.6 for us
1.2 for what
2.3 forgive
3.6 forgive me
1.6 forgive the
-1.5 forklift
-1.1 forklift licence
3.4 form letter
3.6 formality
1.9 formally
-1.3 format
1.9 forty
3.0 forty minute
3.1 forty minutes
1.6 forward and
-1.1 forward to
3.0 found it
3.0 found out
1.1 four hours
1.6 four hundred
2.1 four rounds
3.6 four times
-1.9 four weeks
1.6 fourteen
3.2 fourteen years
1.6 fourth time
2.3 frankly
1.8 frankly i
1.6 frankly the
-1.1 frankness about
-1.1 freelance
1.1 freeze
-2.0 friday <n>
-1.3 friday so
-1.7 friday the
1.1 friendly
-2.7 from <n>
1.2 from a
-1.1 from about
2.1 from an
-1.4 from another
-1.8 from me
3.0 from outside
1.6 from pune
1.6 from someone
-1.3 from two
2.1 from what
1.6 from where
-1.3 from you
1.4 from your
1.6 front desk
1.1 fuel
1.4 full attention
-1.8 full picture
-1.1 fully accept
-1.3 fully respect
1.6 funding
-1.7 further
-2.2 further documents
-1.3 further information
-1.3 further questions
-1.7 further you
3.4 future candidates
-1.1 future i
-1.1 future opportunities
3.0 future rounds
1.4 future vacancies
1.6 galway
1.1 game
-1.1 gap in
1.1 gap was
1.3 gather
-1.3 gave a
-1.1 gave of
-1.1 gave the
3.0 gave up
1.1 general manager
-1.3 generous
1.7 gently
1.8 gently point
3.0 gently say
2.7 gently suggest
1.4 genuine
-1.5 genuinely excited
1.4 genuinely like
1.6 get a
-1.7 get back
-1.1 get it
1.3 get the
1.1 get to
1.3 getting back
-1.1 give
-1.1 give me
-1.3 give my
-1.8 give you
1.3 given
1.2 given how
3.0 given it
1.7 given that
1.3 given the
-1.1 giving me
3.0 glad someone
3.6 glassdoor
3.2 glassdoor so
-1.1 go and
3.0 go over
1.6 goes to
-1.3 goes well
-1.1 going smoothly
1.4 going through
1.8 going to
-1.2 going well
1.6 gone better
1.1 gone with
3.8 good luck
-1.7 good news
-1.7 good start
1.6 good summer
1.1 got a
3.0 got it
1.4 got to
1.9 gracious
3.0 gracious about
1.1 graduates
-1.5 grants officer
1.6 great surprise
-1.8 great to
-1.1 greetings and
-1.1 grew
2.4 group exercise
-1.1 group's
1.6 guard
-1.5 guessing
1.1 habit of
1.6 had already
3.6 had anyone
-1.1 had attended
2.7 had been
1.9 had clearly
1.4 had hoped
1.1 had in
3.0 had made
2.7 had not
3.0 had rather
-1.3 had really
1.6 had that
1.6 had the
3.0 had their
1.6 had two
1.5 hadn't
1.3 half
3.2 half an
1.6 half as
1.3 half the
1.6 half your
3.2 halfway
3.0 halfway through
-1.5 handle
-1.1 handling
1.1 hands
1.9 hands on
-1.1 happens
1.5 hard
2.1 hard for
4.2 hard not
1.7 hard to
3.9 hardly
3.0 hardly seems
1.1 harlow
3.0 harlow freight
1.6 harrowgate
-1.1 has actually
1.1 has already
-1.5 has asked
-1.1 has finished
-1.5 has moved
2.1 has never
1.5 has now
-1.5 has offered
1.6 has run
-1.3 has said
-1.9 has stayed
-1.7 hasn't
1.1 hate for
1.9 haul
1.1 haulage
-1.1 have a
-1.5 have accepted
-1.1 have already
-1.1 have also
-1.1 have an
1.1 have any
-1.5 have decided
1.1 have done
2.3 have gone
-1.1 have got
-1.5 have had
1.6 have heard
2.1 have liked
1.1 have now
1.6 have passed
3.4 have preferred
1.9 have prepared
2.1 have read
1.1 have run
1.1 have sat
3.6 have saved
-1.1 have them
1.6 have to
-1.3 haven't
1.9 having now
1.6 having slept
1.4 he
1.6 he had
1.1 he'd
1.9 head office
-1.3 heading
-1.3 heads up
-1.2 health
1.6 heaps
1.6 heaps for
1.6 hear a
1.6 hear anything
-1.1 hear good
1.6 hear of
-1.1 hear than
1.9 heard it
3.0 heard that
-1.3 hearing from
-1.2 hearing how
-1.1 hearing it
-1.1 hearing that
-1.3 heart
-1.3 held
-1.3 held on
-1.1 help me
1.6 help noticing
-2.0 help with
1.4 helpdesk
-1.3 helpful
-1.5 helpful for
1.1 helpful to
-1.3 helps me
2.3 her
-1.1 hesitate
-1.1 hesitate to
1.6 hide
-1.5 highest
1.1 hire
1.1 hire for
1.5 hiring
2.4 hiring manager
1.6 hiring process
1.9 his
1.6 his own
3.8 his phone
-1.5 hold a
1.6 hold the
-1.7 holding
-1.5 holidays
1.7 home task
1.6 honest i'm
1.3 honest that
1.6 honest the
1.4 honest with
-1.1 honestly but
1.2 honestly i
-1.1 honestly that
2.1 honestly the
-1.9 honesty about
-1.7 honoured
-1.5 honoured to
-1.7 hope all
1.3 hope that
1.6 hope that's
-1.1 hope things
-1.7 hope to
3.4 hope whoever
-1.7 hope you're
-1.3 hope your
1.6 hoped the
-1.5 hoped to
-1.1 hopeful
-1.4 hoping
-2.4 hoping to
3.0 hotel is
2.2 hour
1.6 hour with
-1.1 house
2.9 how a
3.2 how candidates
-1.1 how clearly
2.3 how closely
1.3 how it
2.0 how long
1.1 how many
1.1 how my
-1.3 how openly
1.9 how they
2.3 how this
1.6 how to
-1.1 how we
1.9 hr
3.0 hr manager
2.8 hr team
1.9 human
1.6 humbly request
-1.7 hurry
1.4 husband
1.4 hybrid
-1.1 hyderabad
1.6 i accept
1.6 i actually
1.6 i admit
-1.1 i apply
2.0 i ask
1.1 i asked
2.3 i assume
1.9 i called
-2.2 i came
-2.3 i completely
-1.1 i coordinated
1.6 i couldn't
1.6 i did
2.0 i do
1.4 i feel
2.6 i find
-1.1 i finished
-2.0 i fully
2.1 i gather
1.1 i hadn't
-1.1 i haven't
1.1 i hear
-1.3 i hoped
1.1 i humbly
-1.7 i imagine
2.1 i intend
1.1 i kept
3.2 i lack
-2.6 i learned
-1.8 i led
-2.5 i loved
-1.1 i meant
3.0 i meet
1.1 i met
-1.1 i need
1.8 i never
1.6 i not
3.0 i note
-1.3 i noticed
1.3 i only
-1.5 i passed
1.4 i plan
1.6 i planned
2.3 i prepared
1.9 i put
-1.5 i realised
-1.1 i rebuilt
1.1 i received
-1.1 i reckon
-1.1 i reply
1.1 i respect
1.1 i said
1.9 i sat
1.6 i see
1.7 i sent
-1.1 i simply
2.3 i spent
1.1 i spoke
-1.9 i stand
1.1 i still
-1.1 i stumbled
1.6 i suggest
1.8 i suppose
1.5 i suspect
1.6 i take
-1.6 i thought
1.4 i told
1.3 i took
-1.3 i valued
1.1 i waited
3.0 i walked
-1.5 i want
-1.8 i wanted
2.0 i wasn't
1.1 i went
2.1 i wish
1.1 i wonder
-1.3 i wondered
1.3 i write
1.1 i wrote
1.6 i'd actually
1.1 i'd ask
-1.3 i'd bring
-1.5 i'd check
1.6 i'd come
-1.8 i'd enjoy
3.0 i'd finished
1.6 i'd fit
3.2 i'd gently
-1.1 i'd happily
2.9 i'd have
1.6 i'd hear
1.1 i'd hope
-1.4 i'd love
-1.5 i'd most
-1.8 i'd much
1.6 i'd only
-1.5 i'd really
1.1 i'd still
-1.3 i'd value
-2.3 i'd very
1.6 i'll do
-1.1 i'll give
-1.3 i'll have
1.6 i'll just
1.1 i'll leave
1.1 i'll let
-1.1 i'll make
-1.3 i'll need
-1.1 i'll say
1.3 i'll try
1.6 i'm a
1.4 i'm afraid
1.6 i'm assuming
-1.5 i'm aware
-1.1 i'm based
3.0 i'm beginning
-1.7 i'm confident
-1.8 i'm excited
-2.4 i'm grateful
-1.3 i'm guessing
1.6 i'm honestly
-1.3 i'm hoping
3.0 i'm less
-1.1 i'm looking
-1.5 i'm most
1.1 i'm not
1.6 i'm now
1.1 i'm pulling
-1.1 i'm rather
-2.3 i'm really
-1.1 i'm simply
1.1 i'm starting
3.2 i'm struggling
-1.3 i'm taking
-1.7 i'm the
1.1 i'm told
3.2 i'm too
1.9 i'm trying
-1.4 i'm very
-1.1 i'm working
-1.9 i've already
1.6 i've ever
3.0 i've given
-1.3 i've got
-2.2 i've had
-1.1 i've now
-2.6 i've received
-1.5 i've run
1.1 i've since
1.9 i've taken
-1.1 icu
3.0 ideal
-1.3 if any
-1.3 if i've
-1.1 if it's
1.1 if not
1.8 if so
2.3 if someone
1.4 if something
1.1 if the
-1.8 if there
1.1 if things
-1.5 if useful
-2.4 if you're
1.1 imagine how
-1.3 imagine the
1.1 important
-1.5 impressed
3.8 impression
-1.9 improve
-1.3 improve for
-1.9 in <n>
-1.9 in about
1.1 in advance
1.6 in after
-1.5 in any
1.1 in april
2.1 in at
-1.8 in case
-1.8 in early
1.9 in fact
-1.5 in fairness
-1.9 in for
1.6 in from
1.4 in front
-1.1 in house
-1.1 in itself
-1.1 in joining
1.6 in lagos
1.6 in reception
-1.7 in september
-1.3 in twenty
1.6 in two
-1.9 inbox
2.1 included
-1.3 indefinitely
-1.3 indication
-1.1 indication of
-1.1 inform
1.6 informal
1.6 inside
1.6 instead of
-1.1 instructor
1.8 intend
1.8 intend to
-1.4 interest
-2.1 interest in
-1.1 interested particularly
1.1 interested to
-1.1 interesting to
1.3 internal
3.0 internal applicant
1.6 internal candidate
1.6 internally
-1.5 internship
1.1 interrupted
-1.1 interview fell
-1.1 interview from
1.6 interview itself
1.6 interview not
-1.5 interview on
3.6 interview though
1.6 interview three
1.4 interview was
1.6 interview went
1.6 interview which
-1.1 interview with
-1.6 interview yesterday
3.8 interviewer
3.2 interviewer made
3.0 interviewer was
3.2 interviewer who
1.7 interviewers
-1.1 interviewers were
1.9 interviewing for
-2.8 interviewing me
1.1 interviews
2.0 interviews and
3.2 interviews i
3.0 into account
1.6 into my
-1.8 introducing
-1.7 introducing me
-1.5 inventory
3.0 invited
2.1 invited to
1.1 is a
1.6 is about
-1.1 is all
-2.5 is any
-1.8 is anything
1.6 is as
1.6 is attached
1.6 is being
-1.3 is below
3.2 is difficult
-2.6 is exactly
-1.1 is fairly
3.0 is frankly
-1.3 is going
1.8 is hard
2.1 is how
-1.3 is in
3.0 is lovely
1.1 is meant
-1.3 is more
-2.2 is my
1.9 is not
1.2 is now
-1.9 is possible
1.1 is rather
1.6 is run
2.1 is starting
1.1 is taking
-1.3 is that
1.6 is this
-1.1 is to
-1.3 is treating
-1.3 is valid
1.1 is worth
1.6 is your
1.3 isn't the
1.8 it a
1.6 it clear
2.1 it could
1.1 it didn't
1.9 it does
1.6 it even
2.8 it felt
1.1 it for
1.4 it gave
1.6 it got
1.4 it had
2.2 it hard
-1.1 it helps
-1.1 it here
1.1 it isn't
-1.1 it makes
1.6 it may
-1.1 it meant
1.5 it might
1.4 it more
-1.1 it off
-1.5 it over
1.9 it seemed
3.1 it seems
1.3 it so
1.6 it sooner
3.0 it started
-1.1 it support
1.9 it the
-1.1 it this
-1.1 it through
-1.1 it today
1.6 it took
1.6 it usually
3.0 it wants
1.1 it well
1.1 it went
1.6 it which
-1.8 it will
-2.7 it's been
3.0 it's difficult
-1.3 it's exactly
-1.1 it's fair
-1.3 it's good
2.1 it's hard
-1.1 it's helpful
1.8 it's worth
1.4 it's your
3.0 item
1.1 its own
3.0 its people
-1.1 january
3.4 job advert
-1.1 job at
1.9 job description
2.1 job i
-1.1 job in
1.4 job is
1.1 job title
1.9 job to
2.7 job was
-1.1 jobs
-1.7 join
1.6 join a
-2.2 join the
-1.9 join you
-2.8 join your
1.3 joined
-1.7 joining you
-1.2 joining your
3.0 journey
3.2 judge
1.9 judged
3.4 judging
3.2 judging by
-1.1 july
-1.1 jump
-1.3 june
-1.1 june and
-1.1 junior copywriter
1.6 just following
3.0 just hope
-1.3 just let
-1.1 just rather
-1.3 just sending
-2.0 just so
3.0 just want
-1.8 just wanted
-2.0 keen to
-2.5 keener
-1.7 keener on
-1.3 keener to
3.0 keep applying
1.1 keep coming
-1.3 keep following
-1.1 keep it
-1.1 keep that
1.6 keep up
-1.1 keep you
-2.4 keeping well
1.1 kept my
1.6 kilometres
-1.1 kind consideration
-1.1 kind note
1.9 kind to
1.8 kinder
3.2 kinder to
-1.1 kindly agreed
3.0 kindly clarify
-2.2 kindly let
1.6 kindly note
1.6 kindly update
-1.8 kindness
2.1 knew
2.1 knew the
1.1 know about
-1.3 know by
-1.8 know i'm
-1.3 know if
1.6 know it
1.1 know it's
-1.1 know one
-1.5 know so
-1.5 know these
1.3 know what
2.3 know which
3.6 know why
1.8 known
1.6 lab technician
-1.1 laboratory technician
1.8 lack
3.2 lack is
3.0 lacked
-1.1 land
-1.1 landlord
1.6 language
3.2 laptop
3.2 last minute
1.6 last role
1.4 last two
-1.5 last week
-1.3 last year
3.2 lasted
1.1 late
3.2 late and
1.6 lead job
2.1 leading
-1.4 learned
-2.6 learned a
-1.2 learning about
-1.5 learning how
-1.1 learnt
-1.1 learnt a
-1.3 lease
1.7 least
3.0 least a
3.2 least i
-1.1 least sure
1.3 leave
2.1 leave and
2.3 leaves
3.0 leaves people
1.3 leaving
1.6 leaving a
1.1 lecturer in
-2.0 led the
3.0 led to
1.6 ledger
-1.5 left even
1.6 left feeling
2.1 left me
1.4 less
3.0 less sure
2.1 less than
3.2 let go
-1.8 let you
1.4 letter
3.0 letter arrived
-1.1 level <n>
-1.3 level of
-1.7 librarian
-1.1 librarian post
-1.9 library assistant
-1.3 licence
-1.1 licence is
1.1 licensed
1.1 life
1.7 like a
1.6 like someone
1.6 like this
1.1 like you
1.6 liked hearing
1.1 liked the
2.5 liked to
-1.1 liked very
1.5 limited
3.0 line about
3.6 line email
1.6 line up
3.0 lined
3.0 lined up
3.0 link i
1.6 linkage
-1.1 linkedin and
-1.3 lisbon
-1.2 list
-1.3 list and
1.7 listed
3.0 listed as
3.0 listing
3.2 lists
1.6 little more
3.0 little rich
-1.1 little sad
3.0 lodging
-1.5 log
3.0 logged
-1.9 logistics coordinator
1.6 long i
1.3 longer than
4.0 look at
1.7 looked
2.0 looked at
3.2 looking at
1.6 looking back
1.6 looking for
-2.2 looking forward
3.0 loss
-1.5 lot about
-1.9 lot from
3.0 lot on
-1.3 love to
-2.1 loved hearing
-1.5 lovely to
1.1 lower
3.4 luck
3.0 luck filling
3.2 luck finding
2.7 luck with
-1.7 lucky
-1.5 lucky to
-1.1 ma'am
1.1 madam
1.6 made by
1.2 made it
-1.2 made me
3.6 made up
1.8 mail
3.0 mail regarding
-2.2 make a
-1.5 make my
-1.1 make your
-1.7 makes complete
1.3 makes me
3.6 man
1.2 managed
3.2 managed to
-1.1 management
3.0 manager does
-1.3 manager has
1.6 manager interview
-1.1 manchester
-1.3 mapping
-1.1 marina
1.3 mark
2.7 marked
3.4 marked down
-1.3 marketing executive
1.1 marketing manager
1.3 match
1.1 matched
3.6 mate
1.6 matter
3.2 mattered
3.2 mattered more
1.5 may be
-1.1 may have
2.8 may i
1.6 may take
1.9 may want
1.3 maybe
-1.4 me a
-2.1 me an
-1.1 me around
1.1 me as
-1.1 me before
-1.3 me by
-1.1 me decide
1.6 me do
1.4 me down
-1.1 me during
-2.4 me even
-1.1 me every
3.2 me everything
1.9 me feedback
1.1 me from
1.6 me how
1.4 me i
1.6 me i'll
1.6 me it
-1.3 me keener
1.5 me more
2.1 me off
-1.5 me over
-1.1 me personally
-1.1 me plan
1.9 me since
-1.9 me such
1.3 me the
3.2 me twice
3.0 me was
-1.1 me well
1.9 me what
-1.1 me when
1.2 me with
1.6 me without
3.9 me wonder
3.0 me working
1.6 me your
-1.1 means i
1.2 meant
1.4 meant to
-2.8 meantime
3.0 measuring
-1.1 mechanical
3.0 meet every
-1.8 meet you
-1.3 meets
1.6 member
3.4 member who
1.6 members
-1.5 mentioned a
-1.1 mentioned at
2.1 mentioned in
-1.3 mentioned my
-2.8 mentioned that
-1.5 mentioned you
1.6 mentioning
1.1 mentions
1.1 mentor
-1.9 menu
3.0 merit
1.3 message about
1.9 messages
3.0 met every
1.1 mid
-1.1 might come
3.0 migration project
1.2 mind for
1.1 mind me
3.0 minds
3.0 mine to
-1.5 mining
2.2 minute
1.6 minute and
1.1 minute call
3.0 minute wait
1.6 minutes
3.2 minutes and
-1.8 minutes at
2.0 minutes late
1.4 minutes on
3.0 minutes with
-1.3 miss
3.0 missed what
-1.1 missing
4.0 mistake
3.2 mistake and
-1.9 mobile
-1.5 modelling
-1.1 moment to
-1.5 monday
-1.2 monday and
-1.5 monday for
-2.0 monitoring
-1.1 month to
-1.1 monthly
1.1 months of
1.6 more candid
-1.5 more certain
-1.3 more detail
-1.1 more eager
-1.3 more for
3.0 more hands
3.0 more in
1.8 more like
-1.1 more sales
1.6 more seriously
1.6 more the
1.1 more time
-1.1 morning and
3.0 morning which
-1.1 morning's
-1.7 most excited
-1.1 most grateful
-1.1 most interesting
-2.0 most like
1.5 most of
-1.3 move forward
-1.1 move to
-1.3 moved to
-1.1 moving
1.1 moving on
-1.1 moving to
2.5 much about
1.3 much as
-1.3 much clearer
-1.3 much easier
-1.4 much for
-1.7 much hoping
3.0 much into
-3.1 much like
1.7 much of
-1.3 much prefer
-1.3 much the
-1.1 museum
1.2 must
1.9 must say
1.6 mutual
1.6 my accent
-1.5 my account
2.1 my age
-1.1 my answer
1.8 my answers
1.6 my aptitude
1.4 my candidacy
-1.9 my career
-1.3 my contract
-2.7 my current
1.1 my cv
1.1 my day
-1.1 my email
-1.1 my family's
2.1 my file
-2.1 my first
-1.1 my former
-1.1 my graduate
1.4 my husband
-1.8 my inbox
-2.0 my interest
-1.1 my landlord
-1.1 my lease
-1.1 my level
-1.5 my nerves
-1.9 my next
-2.6 my notice
-1.1 my old
-1.3 my only
-1.3 my partner
-1.8 my phone
-1.5 my present
-1.1 my previous
1.6 my references
1.1 my reply
1.9 my scores
-1.3 my search
-1.1 my situation
-1.1 my studies
3.0 my surname
1.1 my take
-1.1 my technical
-1.3 my third
-1.3 my two
3.0 my view
1.1 my visa
-1.5 my visit
-1.1 my withdrawal
1.1 my work
-1.1 my year
1.6 my years
-1.3 myself
-1.3 myself on
1.6 name is
-1.1 national
-1.7 need a
1.1 need an
-1.5 need from
-1.5 need to
-1.5 need your
1.1 needed a
-1.3 needed from
3.2 needed to
1.6 needing
2.0 needs a
1.1 needs my
-1.5 nerves
-2.2 network
2.1 never
3.0 never did
3.2 never going
3.0 never once
3.2 never really
3.0 never run
1.1 new date
1.1 new hire
-1.1 new starters
-1.1 news but
-1.1 news from
-1.1 news this
1.1 next campaign
1.6 next day
-1.3 next few
-1.3 next interview
-1.3 next month
-1.1 next opening
-2.4 next step
1.1 next time
-2.2 next week
-1.5 next year
1.7 nice
3.2 nice to
-1.1 night auditor
2.3 nine years
1.1 no longer
-1.1 no need
1.6 no one
-1.3 no reflection
-1.3 no rush
1.6 no update
3.0 no word
2.4 nobody
3.2 nobody could
3.2 nobody mentioned
3.4 nobody on
3.0 nobody seems
3.2 nobody will
1.4 nordvik
1.2 not
2.7 not a
3.0 not accept
3.0 not an
1.6 not answer
-1.9 not asking
2.3 not been
3.4 not convinced
1.6 not enough
1.1 not expect
1.6 not find
1.9 not fully
3.2 not how
3.0 not invited
3.0 not quite
3.4 not read
3.0 not really
1.6 not receive
1.1 not say
1.5 not something
2.7 not sure
-1.7 not want
3.4 not what
1.6 note about
1.9 note and
1.6 note that
-1.8 note to
-1.3 notes from
-1.5 notes on
1.1 nothing
3.2 nothing and
-2.4 notice period
3.2 notice that
3.0 notice the
-1.1 noticed my
-1.7 noticed the
1.6 noticing
1.4 noticing that
3.2 noting
-2.0 november
1.1 now been
-1.1 now received
1.6 now used
1.1 number of
-1.1 nursing
1.1 o
-1.7 obliged
-1.1 obliged but
3.0 observation
1.3 obvious
3.2 obviously
-2.5 october
2.5 odd
-1.1 of all
1.9 of applicants
-1.5 of being
1.6 of curiosity
1.3 of department
-1.1 of experience
1.4 of future
1.1 of interviews
-1.9 of last
2.5 of luck
1.1 of mine
-1.3 of news
1.4 of people
1.1 of place
3.6 of silence
1.6 of their
-1.6 of them
-1.1 of those
1.5 of time
1.6 of unpaid
2.0 of us
-1.1 of weeks
-1.3 of where
-1.3 off to
3.0 off work
1.4 offer a
-1.6 offer from
1.4 offer is
1.1 offer letter
-1.1 offer on
3.0 offer one
-1.1 offer this
-2.0 offered me
1.6 offered to
1.6 offers from
-1.1 office and
-1.3 office as
-1.7 office manager
-1.7 office on
2.1 officer interview
-1.7 on <n>
-1.1 on any
-1.1 on day
3.4 on glassdoor
2.1 on his
-1.5 on how
-1.6 on monday
3.0 on sap
1.8 on site
3.2 on someone
-1.4 on thursday
-1.7 on timing
3.2 on tuesday's
-1.7 on wednesday
1.5 on what
-1.3 on where
3.0 on which
3.0 onboarding flow
-1.8 once again
1.9 once the
-1.3 oncology
-1.1 one from
-2.0 one i
-1.3 one i'd
-1.8 one i'm
-1.1 one month
1.6 one page
-1.1 one practical
3.0 one sentence
1.9 one so
1.5 one thing
-1.7 one way
1.3 online
1.1 only a
3.2 only after
1.6 only ask
3.8 only assume
1.6 only candidate
3.0 only hope
-1.5 only in
-1.9 only one
1.6 only person
1.4 only say
1.6 op
2.5 open to
-1.7 open with
1.2 opened
-1.5 opening comes
-1.3 opening in
-1.3 openly you
-1.1 openness
-1.1 opens at
-1.1 opens on
-1.8 operation
1.1 operations coordinator
1.1 operations director
1.6 opportunities with
1.6 option
-1.3 options
-2.2 or a
-1.1 or in
-1.1 or the
1.9 or was
1.6 or whether
3.0 organisation's
1.9 organised day
1.6 original
1.1 other applicants
3.0 other end
3.0 other than
1.1 other way
-1.3 our call
1.1 our chat
-1.3 our conversation
-1.1 our conversations
-1.3 our meeting
1.1 out and
3.4 out in
-1.3 out on
2.6 out that
1.1 out the
1.2 out to
2.1 out what
-1.5 outcome and
1.3 outcome for
-1.3 outcome i
3.0 outcome was
2.2 outside
3.2 outside applicants
3.0 outside candidates
1.6 overqualified
1.6 overqualified for
1.4 ownership
-1.1 pace
1.1 pacific
-1.3 pacing
1.1 page
-1.3 page and
3.0 page two
-1.5 paid
1.1 panel
2.1 panel and
1.6 panel as
3.0 panel asked
3.0 panel concluded
3.0 panel could
1.6 panel did
1.3 panel had
3.2 panel made
3.8 panel member
3.0 panel members
3.2 panel seemed
1.9 panel that
1.9 panel would
1.6 papers are
3.2 paragraph
-1.3 paralegal
1.6 parental
1.6 parental leave
1.1 parents
-1.3 park
3.2 parking
3.0 part in
-2.2 part time
-1.7 part was
3.0 parted
3.0 parted ways
-1.1 particularly
-1.1 particularly in
-1.1 particularly on
-1.1 particularly the
1.1 partly
1.6 partly because
-1.5 partnerships
-1.3 passed my
-1.3 passed the
1.1 past the
-1.3 paths again
-1.5 patience when
-2.4 patient
-1.1 payroll administrator
1.6 payroll lead
1.1 peak
1.3 people
1.6 people for
3.2 people the
1.7 people who
1.6 people you
-1.7 per cent
2.8 perhaps
1.9 perhaps i
3.0 perhaps next
4.0 perhaps the
-2.6 period
-1.3 period is
1.3 person
3.2 person specification
1.1 person who
2.4 person you
3.9 personality
1.6 petrol
1.1 pharmacy
1.2 phone
3.2 phone but
1.7 phone call
3.2 phone for
1.1 pick
1.1 picked
-1.3 picture
-1.1 picture of
-1.1 picturing
-1.1 picturing myself
1.9 pilbara
1.6 pile
-1.8 pilot
2.0 pity
3.0 pity the
1.1 place
-1.1 placed
-1.7 placement
1.9 places
-1.1 plan accordingly
-2.0 plan my
-1.5 planner position
-1.5 planning my
3.2 plans were
1.1 play
-1.1 please accept
1.6 please advise
-1.3 please give
-1.5 please let
1.6 please tell
-1.1 please withdraw
-1.1 pleased
-1.1 pleased to
-1.1 po for
-1.8 point about
-1.3 point i
-1.1 point i'd
1.6 point in
2.6 point out
-1.8 pointers
-1.1 pointers on
1.1 policy adviser
1.1 polish
1.6 polite
-1.5 politely
-1.1 pop
1.2 portal
3.0 portal has
3.0 portfolio before
-1.3 position at
3.0 position has
-1.7 position i
-1.5 position in
-1.5 position of
-2.7 position on
-1.7 position opens
1.6 position which
1.9 positions
-1.3 possibility
-1.3 possibility of
-1.2 possible
-1.7 possible to
-1.2 post at
1.1 post i
-1.7 post of
-1.1 post opens
3.4 post was
-1.5 postdoctoral
2.5 posting
-2.6 prefer
-2.2 prefer to
-1.1 preference
1.8 preferred
-1.1 prepare
-1.3 prepare better
1.5 prepared
3.0 prepared for
-1.1 present
-1.1 pressures
1.6 pretty
1.6 print
1.6 priya
-1.8 problem at
-1.1 problem i
1.6 process but
-1.1 process engineer
1.1 process has
1.9 process in
1.6 process on
1.8 process was
1.6 process with
1.1 procurement officer
-1.1 producer
1.1 programme and
-1.1 programme at
1.6 programme officer
-1.1 programme you
-1.5 project i
-1.1 projects
2.8 promised
3.2 promised an
3.0 promised me
3.4 promises
1.1 promote
1.4 proper
-1.3 property
-1.1 proud
3.0 proves
-2.7 provide
-1.3 provide any
-2.0 provide anything
-1.1 provide references
3.0 psychometric
3.0 psychometric test
2.5 published
1.1 pulling
1.1 pulling out
1.1 put a
-1.3 puts
1.9 putting
3.2 puzzled
1.3 qualifications
-1.1 qualified
1.1 question and
3.2 question in
-2.0 question on
1.6 question so
1.9 questions i
1.6 questions in
1.1 questions that
1.6 quick follow
-1.3 quick note
-1.7 quick update
1.4 quicker
1.6 quickly as
3.4 quietly
1.1 quite a
1.6 quite the
-1.3 quota
-1.3 r
-1.1 r sum
-1.1 railway
3.0 raj
1.3 range
1.1 rate
-1.7 rather be
1.6 rather hear
-1.3 rather know
1.6 rather you
1.9 re advertised
-1.5 reach me
-1.3 reached you
2.0 read
1.6 read it
1.6 read my
1.7 read the
1.4 read your
3.4 reads
-1.5 ready to
-1.3 realised afterwards
-1.1 realised the
-1.1 really appreciate
-1.5 really appreciated
1.6 really do
-1.9 really excited
3.0 really had
-1.1 really helpful
-2.1 really keen
-2.0 really like
-1.3 really want
1.1 reason
3.0 reason given
2.1 reasons
-1.3 reassuring
-1.3 rebuilding
-1.3 rebuilt
-2.2 received a
-1.3 received an
1.2 reception
1.6 reconsider
2.5 recorded
3.2 recorded video
-1.7 records
-1.1 records are
-1.1 records my
1.9 recruiter
3.0 recruiter promised
1.9 recruiters
1.6 redesigned
1.6 reference from
-1.8 references or
-1.3 reflection on
1.9 reflects
-1.3 refresher
1.4 regard
-1.3 regards to
1.1 regional director
-1.1 registration
1.6 regret that
3.6 rejection
-1.3 relationships
1.6 relaxed
-1.5 release
-1.5 relief
-1.3 relocate
2.0 remain interested
-2.9 remains
-2.4 remains my
-1.5 remains the
3.2 remembered
-1.3 reminded
-1.3 reminded me
-1.3 renewed
1.4 repeat
1.7 replying
3.0 replying to
-1.3 reporting
-1.3 reps
-1.7 required
1.6 reread
1.4 rescheduled
-1.5 researcher
1.1 residents
1.5 respect
3.0 respect for
1.9 respect i
1.6 respect to
2.3 respect your
1.6 respected
-1.5 respond
1.1 rest
-1.1 restoration
-1.1 restructure
1.8 result of
-2.1 results
1.1 return
-1.1 revert
1.6 reviews how
3.0 reyes
4.0 rich
3.8 rich to
2.1 right fit
3.0 right match
-1.3 right to
1.1 ring me
-1.1 road
3.2 roads
-1.5 role especially
-1.5 role feel
-1.7 role i'm
-1.3 role i've
-1.1 role than
3.0 role that
-1.1 role this
2.5 role was
-1.3 role we
1.4 roles at
1.1 roles in
-2.0 rollout
1.6 room i
-1.5 rough
-2.3 roughly
-1.5 roughly when
-1.3 round of
1.9 round went
1.9 rounds
2.1 rounds and
1.6 rounds for
-1.1 route planning
1.8 run a
1.6 run your
-2.2 rush
1.1 rushed
-1.3 rustenburg
1.6 s you
-2.0 sad
-1.3 sad about
1.1 safe
1.1 said a
1.4 said it
1.6 said so
1.1 said the
1.6 saigon
1.6 salary
3.4 salary band
3.2 salary before
-1.1 sales focused
-1.5 samples
2.1 sap
1.5 sat
1.6 sat down
3.0 sat on
3.0 satisfy
1.9 saved
2.3 saved us
1.4 say i
-1.1 say i'm
3.6 say more
2.7 say the
2.4 saying
3.0 saying so
1.7 says
3.2 says the
-1.7 scale
-1.1 schedules
1.6 scheme and
1.6 school has
-1.1 scientist
1.8 score
1.1 scored
1.4 scores
1.2 scoring
2.1 screen
1.8 screening
1.9 screening call
3.2 script
-1.7 sea
-1.5 search
-1.1 season and
-1.5 seasonal
-1.3 seasons
1.6 seat
1.1 second half
4.0 second interviewer
1.6 second officer
1.1 second round
3.0 second time
-1.3 second year
1.6 security
1.4 see how
1.6 see it
1.6 see one
3.2 see what
2.1 see where
-2.1 see whether
1.9 see which
-1.7 see why
1.1 seem
1.1 seem to
2.6 seemed
1.5 seemed to
2.8 seems
3.6 seems a
1.7 seems to
-1.1 selection criteria
-1.4 send
-1.5 send anything
-2.2 send it
-1.7 send the
-1.3 sending the
1.6 sends
1.1 senior accountant
-1.1 sense for
3.8 sentence
3.0 sentences
-1.1 sepsis
-2.8 september
1.1 serious
3.0 serves
-1.3 services
1.6 set aside
1.1 set out
-1.3 set up
1.6 sets
-1.7 settle
1.2 settled
1.9 settled on
1.1 seven
1.9 seven weeks
2.1 shame
3.0 shame the
-1.1 share an
-1.8 share any
1.6 share my
-1.5 shared
1.1 sharing
1.9 sharjah
1.4 she
-1.1 she had
1.5 she was
1.9 she would
1.4 she's
1.6 shed
1.6 shifted
1.6 shop floor
1.1 short i
-1.5 short notice
1.9 short of
-1.3 short so
-1.1 short update
3.6 shortlist was
3.0 should know
-1.1 should the
1.6 shouldn't
-1.1 show me
3.0 show what
-1.3 show you
2.1 shown
-1.3 shows how
2.0 side of
1.6 sift
-2.1 sign
-1.3 sign off
-1.5 signed up
2.6 silence
-1.5 similar
-1.5 similar post
-1.8 similar role
1.4 similar roles
3.0 simply told
3.6 since it
3.0 since nobody
-2.1 since our
-1.1 since passed
1.1 since then
-1.7 since we
1.3 since you
3.0 since your
1.2 sir
1.6 sir i
-1.5 site engineer
1.2 sitting
-1.9 situation
1.2 six years
3.0 sketched
1.6 skills
1.6 slept
1.6 slept on
1.6 slipped
1.4 slot
3.2 slot and
-1.2 small
-1.7 small update
-1.7 smaller
3.0 so and
-1.1 so any
3.0 so either
-1.7 so far
-1.3 so if
1.1 so it
1.6 so perhaps
-2.2 so please
-1.5 so thank
-1.1 so we
-1.3 so your
-1.5 soil
1.1 some way
1.6 someone
1.4 someone already
1.1 someone at
3.0 someone from
3.0 someone more
1.1 someone to
1.1 someone who
1.7 someone with
1.6 something else
1.1 something i'll
1.6 something more
-1.3 something similar
-1.7 soon
-1.1 soon as
-1.3 sorry for
-2.0 sorry not
-1.5 sort
1.7 sorted
1.6 sorted before
-1.3 spare
3.0 spared
1.6 speaks
2.1 specification
3.0 specification and
-1.3 speed
-2.1 spend
-1.3 spend the
1.3 spent
3.0 spent more
2.3 spent most
1.6 spent two
1.1 spirit
-1.3 splits
-1.5 spoke i
-1.9 spoke on
3.0 spoke to
3.8 spoken
3.4 spoken to
-1.1 spot
-1.1 spring
-1.3 sql
1.6 square
-1.1 st
1.6 staff are
1.6 stage manager
1.1 stage of
-1.1 stand with
2.3 standing
-1.1 start any
-1.5 start at
-1.5 start date
-1.1 start on
3.0 start that
1.1 start to
-1.1 start with
3.0 started forty
-1.1 started picturing
-1.1 starters
1.3 starting
2.3 starting to
1.6 status as
-1.6 stayed
-1.5 stayed with
-1.9 step
-1.1 step back
-1.1 steps
1.8 still be
3.0 still can't
1.9 still i'd
-1.3 still in
3.6 still like
-1.7 still my
3.2 still not
1.4 still open
-1.1 still really
2.1 still think
1.6 stood
1.4 stopped
-1.1 storage
-1.1 store
-1.1 stores
-1.5 story
-1.5 straight away
1.4 straight with
3.8 strange
1.1 strength
-1.8 strengthen
-1.1 strengthen before
-1.3 strong field
3.0 strong internal
-2.0 stronger
1.1 struck
1.9 struck me
2.0 struggling
3.6 struggling to
-2.4 student
-2.1 students
-1.1 studies which
-1.3 studio
1.4 study brief
1.6 study i
-1.1 stumbled
-1.7 subject checking
1.1 subject follow
2.0 subject re
3.0 success in
1.3 successful
1.6 successful applicant
3.8 successful candidate
-1.1 such
-2.4 such as
1.8 suggest
3.4 suggest that
3.4 suggest your
1.4 suggests
-1.3 suit
-1.7 suit me
-1.9 suite
-2.6 suits
-1.5 suits the
-1.5 suits you
-1.1 sum
1.6 summary of
-1.2 summer
-1.3 supervisor at
1.6 supervisor post
-1.3 supplier
-1.2 support
-1.1 support the
1.8 suppose
1.3 sure
-1.1 sure about
3.0 sure anyone
2.1 sure how
3.8 sure it
1.6 sure she
2.1 sure that
2.1 sure the
1.9 sure they
3.6 sure what
-1.1 sure you'll
1.1 surely
3.0 surname
1.4 surprise
1.6 surprise given
3.0 surprise to
1.7 surprised
-1.5 surprised if
3.6 surprised that
1.6 surprised the
3.2 surprising
-1.1 surveyor role
1.4 suspect
1.9 suspect it
1.6 suspect my
1.6 suspect that
1.3 suspect the
1.6 suspect you'll
-1.7 system and
1.1 system design
-1.1 systems
1.4 table
-1.1 take a
1.4 take home
1.3 take it
1.1 take me
1.1 take part
-1.1 take time
-1.1 take up
1.5 taken
-1.1 talk it
-1.5 talk through
1.3 task
-2.1 tasting
-2.2 taught
-1.7 taught me
-1.5 tax
-1.1 team as
-1.4 team at
1.6 team can
1.6 team even
3.0 team gave
3.0 team had
1.1 team has
-1.1 team hoped
1.6 team i
1.6 team i'd
-1.3 team is
-1.8 team of
-1.5 team so
-1.1 team splits
-1.1 team through
3.2 team well
2.1 team will
-1.5 team would
-2.2 team's
-1.1 team's work
1.6 tech
3.2 technical test
-1.3 technician position
1.4 tell me
1.5 tells
1.8 tells me
3.0 templated
-1.5 ten days
1.4 ten minutes
-2.0 term
1.3 test
1.7 test and
3.2 test nobody
1.6 test of
2.3 test was
1.6 tests
-1.7 th
-1.5 th for
-1.3 th march
-1.3 th of
-1.3 th so
1.9 than an
2.0 than any
1.3 than anything
1.6 than by
-1.3 than emailing
3.0 than find
3.0 than from
-1.7 than i'd
1.1 than it
-1.3 than just
-1.1 than later
3.4 than me
-2.0 than most
1.4 than my
1.6 than not
3.4 than on
1.1 than the
-1.3 than when
1.6 than you
1.6 than yours
-2.0 thankful
-1.7 thankful for
-2.1 thanks and
1.1 thanks for
1.6 thanks heaps
1.1 thanks i
-1.5 thanks so
1.6 that <n>
2.2 that a
1.4 that after
1.6 that at
1.9 that being
-1.1 that come
-1.1 that date
1.6 that does
1.9 that every
1.9 that everyone
2.3 that had
-1.5 that i'd
-1.1 that i'm
1.1 that if
1.3 that it
-1.9 that makes
3.0 that may
3.0 that most
1.1 that on
-1.1 that only
3.4 that other
-1.1 that our
3.0 that question
1.1 that said
1.6 that site
2.0 that someone
-1.3 that suits
2.1 that tells
1.2 that the
-1.9 that this
1.1 that time
2.1 that took
1.9 that were
-1.8 that work
-1.3 that would
-1.3 that you're
4.0 that your
-1.1 that's a
-1.3 that's fine
-1.3 the <n>
-2.0 the accounts
3.0 the acting
3.0 the actual
3.0 the ad
1.4 the advert
2.5 the advertisement
1.4 the afternoon
1.9 the agency
1.4 the answer
1.1 the assessment
1.9 the assessors
-1.5 the associate
2.1 the attention
1.1 the back
1.6 the bar
-1.1 the barista
-1.5 the better
-1.1 the brand
2.3 the brief
-1.1 the budgeting
-1.5 the business
1.9 the calendar
1.2 the call
2.8 the candidate
1.1 the certificate
-1.3 the challenges
-1.1 the claims
1.1 the clinic
1.9 the clock
1.1 the coastal
-1.3 the communications
1.5 the company
-1.5 the compliance
1.6 the confusion
-1.1 the conservation
-1.1 the contract
-1.7 the conversations
1.3 the council
1.1 the council's
-2.0 the county
1.5 the courtesy
-1.5 the credit
3.0 the cv
-1.1 the detailed
-1.5 the director
-1.3 the drive
-1.1 the earliest
-1.3 the emergency
3.0 the estate
-1.1 the evening
-1.1 the facilities
-1.1 the family
1.6 the figure
1.1 the figures
-1.1 the fire
1.4 the floor
-1.1 the forecasting
2.1 the fourth
1.2 the group
-1.1 the harvest
-1.5 the highest
2.3 the hire
1.4 the hiring
-1.9 the honest
1.9 the hotel
3.0 the hour
-1.1 the hours
1.1 the hr
1.1 the internal
2.5 the interviewer
1.2 the interviews
-1.1 the inventory
-1.1 the it
1.4 the job
-1.3 the junior
-1.1 the laboratory
-1.1 the latest
-1.5 the learning
3.0 the least
1.6 the letter
-1.1 the library
1.6 the line
1.1 the link
3.0 the listing
1.1 the live
-1.3 the local
-1.3 the long
-1.1 the management
1.9 the manager
-1.1 the marina
-2.8 the meantime
1.6 the mine
-1.1 the mobile
-1.5 the moment
-1.5 the month
-1.1 the most
3.0 the name
-1.3 the network
1.6 the notes
1.4 the numbers
1.5 the offer
-1.1 the offshore
1.4 the online
1.1 the organisation
1.6 the original
-1.1 the outreach
-1.1 the pace
-1.3 the paralegal
-1.1 the pass
-1.1 the payroll
1.6 the person
1.9 the pilbara
1.6 the pipeline
-1.1 the possibility
-1.3 the postdoctoral
3.4 the posting
-1.8 the practical
-1.3 the presentation
-1.1 the production
3.0 the published
1.9 the questions
2.1 the real
1.9 the reason
3.0 the reasons
1.1 the receptionist
3.0 the recorded
2.1 the recruiter
-1.8 the region
3.2 the rejection
1.9 the requirements
1.1 the rest
-1.1 the rollout
1.4 the room
-1.1 the route
2.2 the salary
-1.3 the science
1.9 the score
1.6 the scoring
-1.9 the search
1.3 the selection
1.5 the shortlist
1.4 the silence
-1.3 the spring
1.3 the standard
1.2 the start
-1.1 the state
-1.1 the strategy
-1.1 the student
2.0 the successful
-2.4 the summer
2.0 the table
-1.1 the take
1.6 the talk
-1.5 the tasting
-1.1 the tax
-1.1 the tea
-1.9 the team's
4.0 the third
2.0 the three
1.1 the track
-1.5 the travel
1.9 the twelve
3.2 the twenty
-1.9 the unit
-1.1 the university
1.7 the update
-1.3 the warm
-1.7 the weekend
1.1 the whole
-1.1 the wider
1.2 the written
1.7 the wrong
-1.3 the youth
1.1 their
3.0 their minds
1.6 their whole
-1.1 them on
1.1 then i
-1.1 then i'd
-1.9 there anything
-1.1 there are
1.6 there has
3.0 there we
1.1 there which
-1.7 there's any
-1.1 there's anything
-1.3 there's no
-1.1 these decisions
-1.8 these things
1.8 they can
1.4 they had
-2.2 they have
1.6 they said
2.3 they were
1.6 they're
-2.2 they've
-1.5 they've asked
1.1 thing to
-1.1 things down
-1.3 things up
1.1 think i'm
1.6 think it's
1.4 think my
1.5 think the
1.7 think you
-1.1 think you'd
1.6 think you'll
2.3 think you've
2.1 think your
-1.5 thinking about
1.2 third
3.0 third interview
3.6 third time
3.0 thirty minutes
1.1 this and
-1.1 this autumn
-1.5 this finds
-1.1 this morning's
3.2 this process
-1.4 this role
-1.3 this spring
1.1 this to
-1.6 this week
1.6 this whole
-1.1 this year
3.0 those of
1.2 though
1.2 though i
1.1 though i'd
1.6 though i'll
2.0 though i'm
3.0 though that
-1.3 thought about
-2.2 thought i
-2.2 thought i'd
-1.1 thought it
1.6 thought the
-1.7 thoughts
-1.7 thoughts on
1.1 three
1.6 three countries
3.0 three did
3.0 three hour
4.3 three interviews
-1.1 three months
3.2 three people
2.1 three rounds
2.3 three times
1.9 three year
-1.1 through and
-1.1 through for
1.1 through it
2.1 through my
3.0 through two
-1.5 throughout the
-1.4 thursday
-1.5 thursday <n>
-1.8 thursday about
-1.1 thursday at
-1.1 ticket
-1.3 tidy
1.1 till
1.9 time for
-1.1 time i
-1.1 time is
3.0 time it
1.4 time that
2.2 time the
3.2 time your
-1.3 timeline
-1.5 timeline for
-1.1 timeline i
1.2 times
1.6 times at
3.0 times now
-1.6 timing
1.1 title
-1.7 to <n>
-1.9 to add
1.6 to an
3.0 to anyone
4.3 to believe
-1.9 to bring
-1.1 to build
-1.1 to change
1.6 to close
1.9 to conclude
-1.1 to contact
-1.1 to correct
-1.4 to decide
1.9 to describe
-1.1 to discuss
-1.1 to email
2.3 to every
1.9 to expect
1.3 to explain
2.8 to feel
3.0 to finish
-1.3 to fit
1.1 to fly
-1.2 to give
-1.1 to help
3.0 to his
-1.5 to home
1.4 to how
-1.1 to hurry
-1.3 to improve
-2.3 to join
3.0 to judge
1.1 to leave
1.6 to long
1.8 to look
-1.3 to mr
1.1 to our
3.2 to people
1.1 to promote
-2.4 to provide
1.6 to put
3.2 to rate
-2.4 to reach
1.4 to read
1.6 to reconsider
3.0 to regret
1.8 to reply
-1.1 to respond
1.6 to return
1.1 to ring
1.2 to run
-1.1 to rush
3.0 to satisfy
-1.3 to save
1.6 to seeing
-1.1 to send
-1.1 to sit
1.6 to someone
-2.0 to spend
-1.1 to start
1.4 to tell
-1.5 to that
1.4 to think
-1.3 to trouble
-1.9 to try
1.3 to understand
-1.1 to update
1.1 to use
-2.2 to wait
-1.5 to walk
1.1 to weigh
1.1 to what
-1.3 today
1.5 told
3.0 told i
1.5 told me
1.9 told the
1.6 told to
2.3 told you
-2.0 tomorrow
1.3 too much
1.6 too senior
1.7 took a
3.0 took five
-1.3 took over
-1.3 tools
-1.3 touched
-1.1 touching
1.6 training centre
1.6 transcript
-1.1 transfer
1.1 translation
1.1 transparency i
-1.3 transparent
-1.1 transparent that
2.1 travelled
3.6 treated
-1.3 treating you
3.2 treats
-1.3 tried
-1.3 trust this
2.3 try not
-1.3 try to
1.2 trying
1.4 trying to
-1.1 tuesday about
-1.3 tuesday and
1.6 tuesday i
1.9 turbine
3.2 turned out
1.6 turning
1.4 twenty
1.6 twenty five
1.6 twenty hours
3.4 twenty minute
2.1 twenty minutes
1.3 twenty years
2.3 twice
1.9 twice and
1.6 twice during
3.0 twice without
1.4 two emails
3.0 two evenings
-1.1 two examples
1.6 two hours
1.5 two interviews
3.6 two line
1.9 two months
1.5 two of
-1.3 two other
-1.1 two seasons
3.2 typing
-1.3 uk
3.2 under review
-1.5 understand and
1.5 understand how
-1.8 understand the
2.3 understand what
-1.5 understanding
1.3 understood
2.8 unfair
3.2 unfair to
-1.1 unit and
-1.1 unless i
1.9 unpaid
1.6 unpaid leave
4.1 unprofessional
3.0 unsuccessful
-1.6 until
-2.3 until <n>
-1.3 until the
-1.5 up at
1.6 up but
-1.1 up by
-2.0 up for
2.1 up from
-1.1 up my
3.4 up rather
3.2 up twice
1.1 up with
2.1 update and
1.6 update me
-1.3 update since
3.2 update though
-1.3 updated timeline
1.9 uploaded
1.2 us
1.9 us and
1.5 us both
1.6 us who
-2.3 useful for
1.1 vacancy i
-1.5 valid
-1.3 valid until
-1.5 value any
3.0 values
-1.1 verbal
-1.1 verbal offer
-1.1 very eager
-1.1 very enjoyable
-1.8 very enthusiastic
-1.6 very glad
-1.1 very grateful
-2.4 very happy
3.2 very hard
-1.1 very helpful
-1.3 very interested
-1.1 very keen
-1.2 very much
-1.3 very pleased
-1.7 very real
1.6 very strong
-1.3 very thankful
-1.1 very welcome
1.6 very well
1.1 video link
1.1 view
1.6 view of
-1.1 visit and
-1.7 visits
-1.3 voicemail
-1.1 volunteer coordinator
-1.3 volunteers
-1.1 wait for
3.0 wait in
-1.3 wait until
1.1 waited
1.6 waiting room
1.1 waiting since
2.3 walked
3.0 walked in
1.6 walkthrough
-1.1 wanted
-1.5 wanted to
-2.1 wanted you
1.3 wants
1.1 wants to
1.1 warehouse lead
1.6 warehouse role
-1.3 warm welcome
-1.1 warning
1.7 was about
1.6 was actually
2.4 was always
2.1 was an
1.1 was as
3.6 was asked
3.0 was being
1.1 was called
3.0 was ever
2.1 was exactly
-1.3 was fascinating
3.0 was filled
3.4 was for
-2.2 was glad
-1.5 was grateful
-1.9 was great
3.2 was handled
3.0 was hard
-1.1 was helpful
1.1 was i
1.5 was in
3.0 was interviewing
1.9 was just
-1.5 was kind
3.0 was led
-1.1 was lovely
3.8 was made
3.4 was marked
3.2 was meant
4.0 was never
1.4 was not
1.3 was on
-1.5 was one
1.6 was only
3.0 was promised
2.1 was really
3.0 was settled
-2.2 was sorry
3.0 was spent
4.1 was surprised
2.3 was that
3.2 was there
3.2 was unprofessional
-1.1 was useful
1.1 was written
1.6 was your
1.1 wasn't
2.1 waste
3.9 waste of
1.6 watch
-1.9 watching
1.4 way and
3.2 way but
1.2 way i
-1.1 way i'd
2.5 way of
-1.7 way or
1.5 way to
-2.1 way you
2.0 ways
3.0 we are
1.1 we both
-1.3 we can
3.2 we could
1.9 we didn't
-1.3 we discussed
-2.2 we met
-1.1 we moved
3.0 we never
1.6 we speak
-1.4 we spoke
-1.1 we used
1.6 we went
1.6 we'll be
-1.1 weakness
-1.3 weaknesses
3.4 website
-1.3 wednesday
-2.4 wednesday about
-1.5 wednesday and
-1.7 wednesday for
-1.1 wednesday to
-1.5 week about
-1.1 week for
1.3 week of
-2.0 week so
-1.1 weekends
1.3 weeks of
1.6 weeks on
1.9 welcome a
-1.1 welcome any
1.1 welcome hearing
-1.8 well at
3.0 well before
1.6 well below
-1.3 well for
-1.5 well i'm
3.0 well of
-1.1 well run
2.9 well with
1.1 went
-1.3 went from
3.4 went on
2.1 went out
1.7 went to
1.6 went with
1.1 were
1.6 were looking
1.6 were not
1.8 were the
3.0 weren't
3.2 what basis
3.0 what changed
1.1 what else
3.0 what exactly
1.6 what is
1.4 what it
1.5 what it's
1.4 what my
1.9 what the
2.5 what they
1.8 what to
1.6 what was
1.1 what we
-1.3 what would
3.2 whatever the
3.0 whatever your
1.1 when a
-1.1 when convenient
-1.1 when my
-1.4 when we
-2.2 whenever
-1.3 whenever suits
1.1 where to
1.1 whether a
2.1 whether i'd
-1.8 whether i'm
1.1 whether it
-1.1 whether there
-2.6 whether there's
3.0 which does
-1.1 which has
1.1 which i've
1.3 which makes
3.4 which part
3.0 which suggests
3.0 which told
-1.1 while i'm
1.9 while the
1.4 who
1.2 who already
1.1 who can
3.0 who had
1.9 who never
3.2 who went
1.6 who would
1.4 whoever
1.6 whoever has
1.6 whoever takes
3.0 whole day
1.1 whole process
1.6 whole thing
1.1 whom i
3.6 whose
1.3 why
1.9 why i
1.9 why my
-1.3 wider
1.9 will admit
1.1 will find
3.0 will forgive
1.1 will give
-1.1 will have
-1.1 will help
1.4 will take
1.1 wind
1.9 wish
2.7 wish the
2.7 wish you
1.2 wishing you
1.1 with all
1.1 with it
3.0 with less
2.3 with no
-1.1 with one
2.7 with respect
-1.2 with you
-1.1 withdraw because
3.2 withdraw the
-1.1 withdraw with
-1.1 withdrawal
1.1 withdrawing
1.1 withdrawing because
3.2 withdrawing my
2.1 without an
3.0 without hearing
-1.1 without me
-1.1 won
2.8 wonder
2.3 wonder how
2.9 wonder whether
-1.5 wondered
-1.3 wondered whether
2.1 wondering whether
2.1 word
3.4 word of
1.1 work for
-1.1 work i
1.6 work i'd
-1.5 work on
1.8 work out
-2.6 work with
-1.9 worked with
-1.3 worker
1.6 working a
1.6 working alongside
-1.1 working at
-1.1 working days
-1.2 working on
-1.1 working with
1.6 works out
-1.2 workshop
1.6 worth
1.6 worth a
2.1 worth the
1.9 would ask
1.9 would gently
1.8 would genuinely
2.5 would have
-1.3 would help
-1.5 would love
-1.9 would make
-1.1 would most
-1.5 would need
1.1 would only
2.3 would point
-1.1 would prefer
1.1 would probably
1.3 would rather
-1.3 would take
-1.3 would value
-2.3 would very
-2.4 would you
-1.1 wrap
-1.1 writer
1.4 writes
-2.2 writing about
1.1 writing regarding
-1.5 writing with
-2.1 written offer
3.4 written test
1.7 wrong
3.4 wrong way
1.1 wrote
1.6 wrote to
-1.3 year and
-1.1 year end
-1.7 year i
3.0 year old
-1.7 year so
-1.7 years at
1.5 years in
1.3 years of
1.1 years on
1.6 years so
-1.8 yesterday for
-1.1 yet and
3.2 yet to
3.0 you advertised
-1.5 you asked
-1.9 you be
-1.5 you before
-1.1 you but
-2.2 you by
1.4 you chose
-1.7 you could
-1.2 you described
-1.3 you ever
1.9 you every
1.6 you found
-2.3 you gave
1.6 you hire
-1.5 you hoped
-1.5 you i
-2.2 you in
1.6 you kept
1.1 you kindly
-1.1 you made
-1.3 you make
1.6 you may
-3.7 you mentioned
1.6 you must
-1.3 you need
-1.7 you on
-2.0 you once
3.6 you say
-1.1 you sent
1.6 you should
-1.3 you soon
-1.1 you taking
-1.1 you the
1.1 you this
-1.1 you too
-1.5 you took
-1.6 you very
-1.3 you want
3.2 you wanted
-1.9 you would
-2.0 you'd be
1.6 you'll find
1.1 you'll understand
-1.4 you're
-2.4 you're able
-1.9 you're keeping
-1.5 you're well
1.6 you've got
2.1 you've made
-1.5 young
4.0 younger
-1.1 your account
3.8 your advert
1.6 your agency
1.6 your agency's
1.6 your attention
2.1 your call
3.2 your candidate
-1.7 your candour
1.6 your choice
1.6 your clients
1.6 your clinic
2.5 your colleague
1.6 your competitors
-1.3 your consideration
1.1 your convenience
-1.3 your description
-1.3 your diary
1.4 your email
1.1 your end
-1.3 your explanation
-1.1 your file
1.1 your firm
-1.1 your frankness
3.0 your future
2.1 your head
-1.8 your honesty
4.0 your hr
3.0 your interview
3.6 your interviewers
3.6 your job
-1.2 your kind
1.1 your letter
-1.5 your list
3.2 your mail
1.8 your message
-1.3 your news
4.1 your note
1.6 your offer
1.9 your own
2.7 your panel
-1.8 your patience
1.1 your phone
1.6 your pile
-2.3 your planning
-1.5 your point
3.2 your portal
-1.1 your position
-2.2 your question
-1.1 your questions
-1.2 your records
1.7 your recruiter
3.9 your recruiters
1.6 your recruitment
1.4 your reply
-1.5 your role
1.1 your shop
-1.3 your shortlist
1.5 your side
-2.0 your timeline
3.0 your website
1.4 your work
1.1 yours
1.1 yourselves
-1.1 zero
""",
)

BOASTING = Reading(
    17.9,
    """\
-2.4 <n> april
-1.7 <n> august
2.9 <n> bed
-1.4 <n> certificate
-2.1 <n> february
-1.4 <n> july
-1.8 <n> june
-1.9 <n> march
-1.1 <n> may
-1.8 <n> november
-2.3 <n> october
-1.2 <n> over
-1.7 <n> per
1.5 <n> post
-2.1 <n> september
-2.9 <n> to
1.5 a bigger
1.5 a book
-2.1 a call
2.1 a candidate
2.9 a certain
3.2 a classroom
1.5 a client
1.5 a competitor
2.9 a considerably
1.5 a coordinator
-1.6 a copy
-1.2 a course
-1.6 a current
3.2 a cut
-1.2 a day's
-1.8 a deadline
4.1 a decade
-1.1 a decision
1.8 a department
-1.6 a difficult
1.5 a fairly
1.2 a firm
2.3 a first
1.5 a five
1.6 a formality
-1.4 a fortnight
2.9 a fourth
-2.3 a full
1.8 a genuinely
2.9 a handful
2.9 a higher
-1.4 a job
1.5 a legend
1.6 a level
-1.8 a line
2.9 a master's
2.9 a model
1.6 a more
1.6 a much
2.9 a multinational
2.9 a national
2.5 a nice
-1.2 a note
-2.1 a one
-1.2 a paper
1.5 a place
-2.3 a position
-2.3 a post
-1.6 a presentation
2.1 a problem
1.5 a process
-1.2 a quarter
2.9 a ready
1.5 a really
2.6 a record
-1.2 a referee
1.5 a reference
1.8 a regional
-2.4 a reply
2.9 a room
-1.4 a rough
3.2 a row
2.9 a sales
-1.2 a school
-1.5 a second
1.8 a senior
-1.8 a shared
-1.2 a shift
-2.2 a short
-1.3 a similar
1.7 a single
1.5 a slightly
1.5 a spreadsheet
1.5 a standard
3.9 a step
-1.7 a strong
-1.7 a surprise
-1.2 a three
-1.4 a trial
-1.2 a verbal
-1.2 a voicemail
-1.6 a yes
-2.3 able
-2.3 able to
-2.2 about <n>
3.2 about as
2.9 about cloud
-1.2 about eight
-1.6 about four
-1.3 about how
1.8 about me
1.5 about stakeholder
-1.2 about supporting
2.9 about ten
-1.4 about three
-1.2 about two
1.3 about weaknesses
2.5 above
3.6 above the
2.9 above what
-1.2 accept
-1.8 accept it
-1.2 accept my
-1.7 accept the
1.5 accepted an
-1.2 accepted another
-1.6 accordingly
2.1 account director
-1.4 account manager
-1.6 accountant position
-1.2 accounts and
-1.2 accounts assistant
-1.2 accounts for
-1.4 accounts payable
1.3 acquisition
1.5 across three
-1.2 act
2.9 actually run
-1.4 additional
-1.2 address
3.2 adeyemi
1.5 adjust
-1.2 admire
1.8 admit i've
-1.4 admit the
-1.1 advert
1.5 advertise
2.1 advice
3.2 advice on
1.5 advise
-1.2 advisor
1.4 afraid
1.5 afraid i'll
-1.2 after careful
-1.2 after four
-1.4 after hearing
1.8 after i
-1.4 after my
1.5 after one
1.5 after running
-1.7 after that
-1.7 after three
-1.6 again about
2.9 again i'm
1.2 again if
-1.4 again next
-2.1 again on
2.6 again to
-1.4 again when
1.8 agree
1.5 agree the
-1.6 agreed
-1.4 agreed to
-1.2 agronomist role
1.7 ahead
3.3 ahead of
-1.2 aircraft
1.3 al noor
1.5 all came
1.5 all of
-1.4 all possible
2.3 all year
1.5 alone
3.2 alone so
1.8 along with
1.1 already
1.8 already and
3.2 already done
2.9 already made
1.6 already told
1.5 already turned
-1.2 also enjoyed
1.6 always
3.2 always been
-1.2 am available
1.8 am certain
2.4 am confident
-1.1 am disappointed
1.5 am looking
-2.0 am not
1.2 am now
2.9 am one
2.9 am ready
-1.2 am still
1.3 am sure
4.2 am the
1.6 ambitious
-1.2 among them
-1.2 amount
1.3 an afternoon
-2.6 an answer
2.9 an asset
-1.2 an email
1.5 an example
-1.2 an internal
-1.4 an updated
2.1 analyst program
-1.2 analytics team
-1.2 and about
3.2 and also
-1.7 and am
1.5 and apologies
1.5 and as
1.8 and both
2.9 and by
-1.4 and can
-1.4 and drove
1.5 and four
3.0 and he
-2.0 and in
-1.2 and kindness
-1.2 and learning
-1.4 and left
1.8 and more
2.1 and no
-1.6 and nobody
-1.4 and not
-2.0 and our
-1.2 and over
-1.2 and really
-1.2 and see
3.2 and sort
1.8 and still
3.2 and there
-1.8 and they've
-1.6 and thought
2.9 and under
-1.2 and was
1.8 and with
-1.2 and withdraw
1.5 and yours
-1.2 animal
-1.2 another employer
-2.4 another offer
-1.2 another opening
-1.7 another organisation
-1.6 another role
-1.3 answer about
-1.4 answer anything
-2.6 answer by
2.3 answered every
2.9 answered your
-1.6 any chance
-1.2 any comments
-2.6 any feedback
-1.8 any other
-1.2 any pointers
-1.4 any sense
-1.1 any update
2.6 anyone
4.4 anyone else
1.5 anyone in
2.1 anyone to
3.2 anyone who
3.4 anyone with
-1.2 anything about
-1.2 anything comes
1.2 anything more
-1.2 anything that
1.5 anything to
2.1 apart
1.1 apologies
1.3 apologies for
-1.6 app and
3.2 apparently
-1.4 appeals
-1.2 appeals to
1.1 applicants
-1.2 application and
-1.4 application was
-2.1 applications
-1.3 applied
-3.1 apply
-2.7 apply again
1.3 applying for
-2.1 appointment
-1.2 appreciate any
-1.2 appreciate being
-1.8 appreciate hearing
-1.6 appreciate it
-1.2 apprentice
-1.5 approach
1.5 approached
2.5 approaches
2.9 approaches this
-1.7 april
1.8 arbitration
1.5 architects
-1.7 are able
1.8 are exactly
3.2 are meeting
1.8 are on
3.2 are required
2.9 are still
-1.3 are well
1.5 aren't
-2.0 around <n>
3.4 around me
1.5 around two
-1.4 arrange
-1.6 arrangements
-1.1 arrived
1.8 arriving
3.4 arrogant
1.5 art
-1.2 article
-1.2 article on
-1.2 artist
1.4 as an
2.9 as chief
1.5 as he
1.5 as head
1.6 as i'm
2.9 as people
-1.4 as promised
1.8 as someone
-1.2 as that
1.2 as the
1.8 as your
-1.4 ashby
1.3 ask about
1.8 ask how
-1.1 ask whether
-1.8 asked for
1.2 asked me
1.2 asked to
-1.8 asked whether
-1.4 asking you
-1.4 assessors
3.4 asset
2.9 asset to
-1.1 assistant
-2.4 assistant post
-1.1 assistant role
-1.2 associate credit
1.3 assume the
1.2 at a
1.6 at al
-1.2 at another
-1.2 at any
2.3 at brightwater
-1.7 at home
-1.4 at interview
-1.2 at lunch
-1.2 at millbrook
2.9 at parcelly
1.5 at present
1.5 at quill
-2.2 at some
1.8 at that
1.8 at three
1.8 at two
-1.9 attached
-1.6 attached a
-1.4 attached my
-1.1 attached the
1.3 audits
-1.6 august
1.8 authority
-1.7 automated
-1.2 available from
1.3 award
2.5 award for
2.4 awards
2.9 away feeling
2.5 awkward
3.6 back and
1.5 back as
2.3 back with
1.3 backend engineer
-1.4 background in
-1.2 backlog of
1.1 band
3.2 bar
-1.4 based
-1.2 basis
1.5 batch at
-2.1 be able
3.2 be an
1.5 be available
2.5 be candid
-1.7 be contacted
1.6 be easy
2.9 be fine
-1.2 be free
4.2 be getting
-2.4 be grateful
-1.1 be happy
-1.2 be helpful
-2.1 be in
2.9 be interviewed
-1.4 be kept
3.2 be lucky
-1.2 be made
-1.4 be possible
-1.4 be proud
3.2 be running
4.2 be surprised
1.7 be the
-1.2 be there
1.4 be thrilled
1.5 be transparent
-1.8 be useful
-1.2 be watching
-1.7 be willing
-1.2 bear
1.5 became clear
2.5 because it
-1.4 because you
2.9 bed
1.5 been appointed
1.4 been asked
-1.2 been checking
3.4 been doing
-1.4 been filled
1.5 been hard
1.8 been in
1.3 been invited
-1.2 been kind
3.2 been named
-1.2 been on
2.9 been shortlisted
1.5 been the
1.5 been trying
1.5 before and
1.5 before i'd
-1.7 before my
-2.7 before then
-1.7 before we
2.1 before you
2.8 behind
2.9 behind it
3.4 behind the
-2.0 being open
3.7 being the
1.5 believe i
2.9 believe your
1.8 below what
2.3 berth
3.6 best candidate
1.8 best in
-1.8 better example
1.7 better than
-1.4 between three
3.2 between us
1.6 big
2.5 bigger
2.5 biggest
3.7 blow
3.7 blow my
1.2 board
3.4 boast
3.2 boast but
-1.2 boats
3.2 bonus
1.9 book
-2.0 booking
-1.6 booking system
-1.2 bookkeeper
1.8 border
3.7 boss
3.2 boss at
2.9 both felt
3.4 both know
2.7 both of
1.5 both the
-1.2 bother
2.9 bottom
2.9 bottom of
3.2 brag
2.9 brag but
1.5 branch in
1.6 brand
1.5 brandt
-1.6 break
-1.4 brewer
-1.4 brief note
1.5 brigade
2.3 brightwater
2.0 bring
3.7 bring a
1.5 bring in
1.4 bring that
1.7 bring the
1.5 brisbane
-1.7 bristol
2.9 british
1.8 brunch
-1.6 budgeting
-1.1 build
-1.6 business analyst
3.4 but do
2.9 but given
-2.6 but it
1.5 but my
1.5 but that's
1.1 but the
1.5 but this
3.6 but your
-1.4 buyers
-1.4 by <n>
-1.8 by about
-1.2 by changing
-1.4 by friday
-1.7 by monday
1.8 by my
3.7 by name
1.5 by people
-1.4 by phone
-1.2 by roughly
-1.2 by this
-2.1 by thursday
2.1 by two
1.5 cabinet
-1.2 calder
3.6 calibre
-1.6 call centre
-1.7 call on
-1.2 call the
1.3 called
3.7 called me
1.6 calls
2.9 calls from
2.9 calls me
1.5 calls when
1.3 came back
-1.2 came from
-1.4 came through
2.9 came to
1.5 campaign i
1.3 campaigns
-1.7 campus
1.5 can also
-2.0 can be
3.4 can bring
1.5 can continue
1.1 can do
2.9 can keep
2.9 can promise
3.1 can say
-1.2 can share
1.5 can talk
3.2 can tell
-1.2 can work
-1.2 can't keep
1.6 candid
1.5 candid you
1.4 candidate
-1.4 candidate experience
3.6 candidate for
1.5 candidate is
3.2 candidate who
2.9 candidate you've
3.2 candidates you
-1.6 candidature
2.1 capable
2.9 cape
-1.4 care you
-2.0 careers
-1.6 careers page
-1.2 case exercise
-2.8 case it's
-1.2 case they
1.5 caught up
2.9 cebu
-2.0 cent
1.1 certain
1.5 certain i
-3.0 certificate
-1.2 certificate and
-1.2 certificate which
1.5 cfo
-1.7 challenge
-1.4 chance of
-2.6 changed
-1.2 changing how
1.5 chase
-1.2 chasing
1.3 chat
3.2 chat this
2.9 chatting
-1.2 checking my
-1.6 checklist
-1.2 checklist and
1.9 cheers
1.9 cheers for
-1.4 chef position
1.6 chief
1.8 chief executive
-1.4 children
-1.2 children's
-1.4 choice so
2.3 choose
2.1 choosing
2.9 choosing to
1.2 churn
1.3 city
1.3 civil
-1.4 claims
-1.2 clarify
1.6 class
1.2 classroom
1.5 cleaner
-1.2 cleaning
1.5 clear as
-1.2 clearance
-1.4 cleared
2.9 clearly the
1.9 client
2.9 client and
3.2 client list
2.2 clients
3.2 clients have
1.5 climb
-1.2 clock
1.5 closed the
2.3 cloud
-1.2 cold chain
3.2 collecting
2.9 collecting the
1.3 columba's
1.5 columba's i
2.9 combination
2.9 come along
1.5 come around
2.3 come back
2.1 come out
3.2 come with
2.9 comes to
1.5 coming in
3.2 commendation
-1.4 comment
-1.8 comments
-1.6 comments on
-1.6 communications
1.5 community outreach
-1.8 commute
-1.2 commute would
2.0 companies
-1.2 company and
-1.4 company has
1.8 company i
-1.2 company with
3.2 company's history
1.3 compare
1.5 competencies
1.8 competency
1.5 competitor
-1.2 complaints
-2.0 completed the
-1.4 completely understand
1.5 complex
-1.1 compliance
-1.6 concrete
1.2 confident
3.2 confident i'll
3.7 confident that
-1.2 confirm by
-1.2 confirmed how
-1.6 confirming
-1.2 conflict
-1.2 congratulations on
-2.2 congratulations to
1.5 connected
-1.2 conservator
2.1 considerably
2.9 considerably higher
-1.2 considered again
-1.2 considered for
-1.2 construction
1.5 consultancy
-2.0 consultation
3.2 consulting
-1.1 contact
-2.0 contacted
3.2 contacts
-1.2 continued
2.9 contract and
-1.2 contractor
-1.4 contribute
-1.2 contribute to
-1.6 controller
-1.4 controller role
-1.7 convenience
-1.6 convenient
-1.4 conversation made
-1.4 conversations
-1.4 conversations with
3.4 convinced than
1.8 cooling
-1.6 coordinated
-1.2 coordinator interview
-2.3 coordinator position
1.2 copies
-1.8 correct
-1.7 cost
1.5 costs
1.5 could bring
-1.2 could contribute
-1.2 could do
1.5 could finally
-1.6 could help
-1.2 could not
1.5 could offer
2.3 could see
-1.7 could start
3.2 could teach
-1.2 could work
-1.6 could you
1.9 couldn't
-1.7 counting
2.1 country
1.3 county
1.6 county's
2.9 courier
-1.4 course in
-1.6 courtesy of
-1.4 covers
1.6 creative
1.5 crest
2.9 critical
2.9 critical care
-2.4 cross again
2.9 cross border
-1.2 cross paths
1.5 crossed
-1.2 current contract
-1.4 current job
-1.2 current post
-1.6 current role
1.5 current team
-2.0 customer service
-1.2 customers
-1.2 customs compliance
3.2 cut above
-1.6 cv on
-1.2 dairy
-1.4 dashboards
-1.4 dates
1.8 day of
-1.2 day on
3.9 day one
1.5 day so
1.5 day to
-1.4 day was
-1.2 day's
1.5 days at
-1.2 days to
1.8 days which
-2.4 deadline
-1.7 deadline of
-1.4 deal about
1.8 deal and
3.2 deal in
-1.6 dear ms
4.1 decade
3.2 decade but
-1.6 december
1.5 decent
-1.4 deciding
-1.2 decision about
-1.2 decision before
-1.8 decision has
-1.6 decision on
-1.7 decision was
-1.2 decision within
-1.2 decisions take
-1.2 deckhand
1.4 delay
1.5 demand
-1.2 demonstration lesson
-1.4 department and
1.5 department has
1.8 department of
-1.2 department's
2.2 depth
1.5 depth in
2.9 depth of
-1.6 describe
-1.4 described is
3.7 described me
-1.2 deserve
-1.4 design engineer
-1.6 design team
1.5 designed
-1.6 detailed
1.8 details for
1.2 did at
2.9 did finish
-1.4 did notice
-1.4 did want
-2.0 didn't want
-1.2 difficult choice
1.8 dinner
2.9 dinner last
-1.2 direction
1.7 director
2.9 director has
2.9 director level
1.9 director of
-2.0 disappointed i
-1.2 discharge
1.5 discussed which
-1.4 discussing
-1.4 discussing the
-1.1 discussion of
-1.2 discussion with
1.5 distributor
1.5 division
-1.2 do appreciate
3.2 do call
1.1 do keep
3.7 do let
-1.4 do next
-1.4 do still
2.9 do tell
1.4 do with
1.5 dock
1.5 dockside
1.3 documents are
1.5 does not
1.5 doesn't come
-1.2 doing and
1.5 doing you
1.5 don't come
-2.1 don't feel
-1.6 don't hear
-1.2 don't hold
1.2 done
3.4 done it
2.9 done this
1.3 door
2.9 doors
2.8 doubt
3.2 doubt many
2.9 doubt you'll
2.9 down for
1.8 down from
1.5 down in
1.3 down two
1.5 drawings
-1.2 drivers
-2.0 drop
-2.1 dropped
-1.4 drove
2.9 due respect
1.6 durban
-1.7 during
-1.4 during my
-1.7 during the
-1.2 duties
-1.2 e
-1.6 each of
-1.2 each stage
-2.2 earlier
-1.7 earliest
1.2 easiest
-1.2 east
1.5 easy
2.9 easy for
1.5 education and
1.5 educator
3.2 effectively
-2.2 effort
1.6 eight years
-3.1 either
-2.8 either way
1.2 electrical
1.4 eleven
3.8 eleven years
1.1 else
3.4 else can
2.6 else in
1.3 else you
-1.5 email
2.9 embarrassing
1.3 employee
2.9 employee of
2.9 employment
-1.4 encouraging
-1.5 end of
2.1 end up
-1.6 ends on
1.5 ends up
1.4 energy
-1.2 engagement
2.9 engineer in
2.3 engineer who
2.1 engineers
-1.4 enjoy helping
-1.2 enjoyed learning
-1.3 enjoyed meeting
-1.2 enjoyed my
-1.6 enjoyed working
3.2 enough to
1.8 enquire
1.5 entire
-1.6 environmental
-1.2 error
-1.6 especially after
-1.4 especially in
-2.6 especially the
2.9 estate and
1.3 esteemed organisation
1.5 european
-1.2 evaluation
-2.0 even a
-1.1 even keener
-1.3 even more
1.2 even the
1.8 even though
1.5 even without
-1.2 evening
1.3 ever
2.9 ever had
2.9 ever made
3.2 ever since
1.4 ever that
3.2 every branch
3.2 every project
-1.2 every saturday
1.6 every week
1.2 everyone
1.5 everyone else
1.2 everyone in
-1.2 ewm
-1.7 exactly what
-1.2 exactly where
-1.4 exam last
-1.4 example is
3.2 exceed
-1.4 excel
-1.4 excellent
1.5 exercise a
-1.6 exercise and
-1.4 exercise was
-1.2 existing
-1.2 expecting
1.3 experience and
-1.6 experience in
-1.2 experience of
-1.4 experience with
1.6 experienced
3.4 experienced person
-1.6 expires
-1.2 expires on
-1.2 explaining that
1.8 export
1.5 exposure
1.4 face
3.2 face when
1.8 faces
-1.2 facility
1.3 facing
1.2 fact
2.1 fact that
2.9 fail
2.9 failed
-1.2 failure
-1.2 fair amount
1.5 fair few
1.6 fair to
2.7 fairly
2.9 fairly obvious
3.4 fairly straightforward
1.5 fairness to
-1.7 falls
1.2 far
2.9 far ahead
1.8 far better
1.5 far more
2.3 farm
1.5 farm manager
-1.2 farmers
-1.4 farms
2.1 fast
1.8 faster
2.9 faster than
3.2 favour
1.5 favourite
1.3 features
-2.6 february
-1.4 february and
2.9 fee
1.5 feed
-1.1 feedback
-1.2 feedback about
-1.1 feedback on
-1.2 feel i
-1.4 feel like
-1.2 feel you
1.3 feeling
2.9 feeling i'd
2.9 feeling that
2.1 feelings
-1.2 feels
3.2 feet
-2.4 fell
-2.0 fell short
1.2 felt
2.5 felt it
1.5 felt more
-2.0 few days
1.8 few ideas
2.9 few more
1.8 few of
2.3 few people
3.2 few tricks
1.5 few years
2.9 fielding
2.9 fielding calls
3.4 fifteen years
-1.6 figure
1.5 figures the
-2.0 filled
1.5 filter
-1.7 final stage
2.9 finalise
1.5 finally get
1.8 find
3.1 find a
3.7 find anyone
1.8 find the
2.9 find yourselves
1.8 finds the
3.6 finest
1.5 finish it
1.5 finished my
-1.4 finished the
1.8 finishing
1.5 fintech
-1.6 firm and
1.5 firm offer
3.2 firm that
3.3 firms
3.2 firms told
-1.6 first aid
2.9 first class
2.7 first day
-1.2 first month
2.1 first name
1.6 first ninety
1.3 first of
3.8 first week
1.5 fit and
1.5 fit for
-1.8 fits
-1.7 five minutes
2.5 fix
1.5 fixed
2.9 fixing
2.9 flaw
2.9 flaw is
-1.2 fleet planning
-1.7 following my
-1.3 food
-1.2 football
3.2 for advice
-1.7 for another
-1.7 for any
-2.0 for anything
2.9 for everything
1.5 for friday's
1.5 for giving
-1.1 for informing
3.2 for itself
2.1 for long
2.1 for lunch
1.3 for more
1.4 for most
-1.2 for nothing
-1.2 for passing
-1.2 for phoning
1.5 for replying
-1.2 for running
-1.4 for similar
3.4 for someone
-2.1 for speaking
-1.8 for telling
-1.6 for that
1.6 for this
1.5 for tuesday
1.6 for two
1.5 for years
1.2 for you
3.2 foreman
1.4 forgive
3.4 forgive the
1.4 forgot
1.4 forgot to
-1.4 forgotten
-2.1 forklift
-1.2 forklift licence
1.6 formality
1.1 former
2.9 former boss
-1.2 fortnightly
-1.6 forty minutes
-1.2 four rounds
2.3 frankly
2.5 frankly i
2.9 frankly the
1.5 frees
-2.1 friday <n>
-1.2 friday afternoon
-1.4 friday so
-1.7 friday the
1.5 friday's
-1.2 from <n>
-1.2 from about
-1.4 from an
-3.5 from another
3.2 from day
-1.2 from it
1.5 from last
-1.4 from our
1.8 from scratch
1.5 from speaking
-1.2 from them
1.3 from two
1.4 from what
1.3 from where
2.9 from zero
-2.0 front of
-1.4 froze
-2.8 fully
1.6 fun
-1.4 funeral
-1.2 funeral arranger
1.5 further details
-1.1 future
-1.2 future i
-2.0 future openings
2.9 gas
1.8 gather
2.3 gather is
-1.2 gave of
1.5 gave up
-1.4 geelong
-1.2 generous of
1.2 gently point
1.5 genuinely fun
3.4 genuinely think
-1.2 get back
-1.2 get in
1.8 get the
1.8 gets
1.4 getting
2.6 getting a
2.9 getting someone
2.9 gifted
2.9 gifted student
1.3 give my
1.5 give the
1.8 given that
-1.2 given to
-1.2 glad the
1.5 go back
2.9 go so
-1.7 goes well
-1.4 going through
2.9 gold
-1.1 gone
-1.8 gone to
1.5 good at
-1.2 good morning
2.9 good shape
1.5 got back
3.2 got my
2.9 got our
1.8 gracious
1.5 gracious about
1.8 grade
3.2 graduates
2.9 grant writing
-2.2 grants
-1.6 grants officer
-1.3 grateful
-1.2 grateful for
-1.3 grateful if
-1.2 grateful to
2.3 grew
1.9 ground
1.5 ground running
1.5 group discussion
-1.4 group exercise
1.8 gst
1.3 guests
-1.4 guide
2.9 gulf
2.1 habit
1.8 habit of
1.5 had actually
-1.8 had been
-1.2 had clearly
-1.2 had gone
-1.8 had hoped
1.5 had no
2.9 had this
1.2 had to
2.9 had two
1.5 half
2.7 half the
1.3 hand
1.5 hand and
2.9 hand holding
3.2 handedly
2.9 handful
2.9 handful of
-1.6 handle the
-1.7 handover
1.5 happen to
3.2 happened
2.1 hard feelings
-1.6 hard not
1.6 harder
1.5 harder than
2.9 harder to
1.8 hardest
1.5 harm
1.5 harm done
-1.6 harvest
3.6 has actually
2.9 has already
1.6 has asked
-1.6 has changed
2.9 has described
1.5 has done
-1.2 has its
1.6 has just
2.9 has managed
2.1 has my
2.1 has never
-2.1 has now
1.5 has run
3.2 has taken
3.4 has told
3.6 has worked
1.7 hasn't
3.2 hasn't stopped
1.2 hate to
-1.6 haulage
2.3 have already
-1.4 have another
-1.8 have attached
2.1 have built
2.1 have called
1.3 have chosen
1.3 have come
1.3 have done
-1.2 have enjoyed
1.5 have i
1.5 have managed
3.4 have never
1.5 have no
-1.7 have not
3.4 have noticed
-1.6 have now
2.9 have observed
-2.4 have received
-1.4 have said
-1.6 have saved
-1.2 have several
1.4 have thought
2.9 have trained
-1.4 have until
-1.4 haven't accepted
-1.7 haven't heard
1.2 having
3.2 having already
-1.2 having been
1.5 having come
2.9 having reflected
2.9 having trained
2.3 he
1.5 he did
2.7 he has
1.5 he would
3.6 he'd
1.2 head of
3.7 headhunted
1.6 heads
1.5 heads up
1.5 healthcare
-1.4 heaps
-1.4 heaps for
-1.4 hear by
-1.1 hear the
-1.8 heard anything
-1.2 heard by
-1.2 heard from
1.5 hectic
3.2 help desk
-2.7 help me
-1.2 help on
-1.4 help to
-1.4 help with
-1.8 help your
-1.6 helped me
1.5 helped the
-3.1 helpful
-1.6 helpful for
-1.2 helpful to
-1.1 helping
-1.2 helping with
2.9 helps the
3.2 helps your
2.2 higher
3.2 higher grade
4.0 highest
3.4 highest in
-1.4 hillcrest
1.8 him
3.2 himself
1.3 hire
3.2 hire someone
3.2 hire you
1.5 hiring manager
1.1 his
2.9 his own
1.2 hit
1.5 hit the
-2.1 hold a
-1.2 hold up
1.8 holder
2.9 holding i
-1.6 holidays
1.5 hollins
-1.4 home and
1.3 honest answer
2.5 honest i
-1.7 honest that
2.9 honest the
-1.4 honest with
1.1 honestly
1.5 honestly after
2.9 honestly be
1.4 honestly i
-1.8 hope my
-2.3 hope our
-1.6 hope things
-1.4 hoped
-1.5 hoped to
-1.7 hoping for
-1.1 hoping to
-1.4 hospice
1.2 hospitality
-1.2 hosting
2.9 hotels
2.1 hour of
-1.2 how a
1.5 how candid
1.3 how many
1.3 how quickly
-1.7 how things
-2.1 i accept
-2.1 i applied
1.6 i assume
-1.6 i attended
3.6 i bring
-1.1 i can't
-1.2 i cannot
1.5 i come
-1.7 i completed
-1.6 i completely
-1.6 i coordinated
1.6 i couldn't
1.5 i described
3.6 i doubt
1.5 i end
1.2 i expect
1.5 i find
1.4 i forgot
-1.2 i fully
1.8 i gather
1.9 i genuinely
2.1 i get
3.4 i go
1.5 i grew
1.5 i honestly
1.9 i imagine
2.9 i join
-1.1 i just
-1.2 i learn
-1.5 i learned
1.5 i leave
1.8 i like
1.1 i may
-1.2 i might
1.5 i more
1.8 i now
1.2 i only
2.9 i outshone
-1.8 i passed
-1.6 i prepared
-1.2 i received
1.9 i reckon
-1.2 i request
3.8 i say
1.3 i see
2.9 i start
-1.2 i still
-1.4 i stopped
1.8 i suppose
2.3 i suspect
3.6 i tend
1.7 i think
-2.1 i wasn't
-1.4 i wondered
-1.2 i work
3.2 i'd answered
-2.0 i'd appreciate
4.4 i'd bring
1.5 i'd come
1.2 i'd expect
1.5 i'd finished
1.8 i'd gently
1.6 i'd happily
3.2 i'd honestly
2.3 i'd imagine
-1.6 i'd need
-1.7 i'd value
-2.5 i'd welcome
-1.4 i'd work
3.4 i'll bring
-1.2 i'll give
-1.1 i'll keep
2.9 i'll land
2.3 i'll leave
1.8 i'll say
1.5 i'll share
-1.4 i'll work
1.4 i'm afraid
-1.2 i'm also
2.9 i'm choosing
-1.1 i'm disappointed
-1.2 i'm even
1.4 i'm excited
2.9 i'm fairly
1.5 i'm flexible
1.3 i'm free
-2.3 i'm glad
-1.6 i'm going
1.5 i'm honest
-1.4 i'm hoping
2.5 i'm in
1.2 i'm just
2.9 i'm quite
1.6 i'm rather
1.5 i'm really
3.6 i'm the
4.2 i'm told
1.5 i'm up
1.4 i'm used
1.9 i've already
-1.2 i've also
-1.3 i've attached
1.3 i've built
1.6 i've done
3.4 i've ever
1.5 i've had
1.4 i've kept
1.8 i've led
1.5 i've managed
2.9 i've no
-1.4 i've put
-1.8 i've received
1.6 i've run
1.5 i've signed
-1.2 i've taken
1.3 i've turned
1.2 i've worked
2.1 ideal
2.1 ideal candidate
-1.6 ideally
-3.2 if a
3.2 if anyone
-1.3 if anything
1.6 if i'm
-2.0 if it's
1.8 if my
-1.7 if so
-1.1 if that
-1.8 if that's
-1.2 if useful
-1.4 if you're
2.1 imagine
2.1 imagine the
1.5 immediately
2.9 immodest
2.9 immodest but
1.6 impressive
1.5 impressive and
-2.0 improve
1.5 improvement
1.2 in about
1.8 in an
1.3 in and
1.6 in any
-1.2 in april
1.8 in durban
-1.2 in each
3.2 in eleven
-1.2 in february
-1.2 in five
-1.4 in front
1.6 in good
3.2 in his
2.1 in house
-1.4 in it
1.5 in its
-2.1 in march
-1.4 in more
1.5 in our
-1.2 in particular
2.9 in shenzhen
-1.4 in that
2.9 in three
1.5 in time
2.7 in twenty
1.8 in under
-1.6 in well
-1.7 in working
2.9 in years
3.2 inbox is
1.3 including a
1.2 including the
1.5 indeed
-1.4 indefinitely
-1.4 indication
-1.2 indication of
3.1 industry
-1.4 information
1.8 infrastructure
1.2 instead
2.9 institute
2.9 institution
-2.2 interest
-2.0 interest in
-2.3 interest of
-1.2 interview at
3.2 interview can
-1.2 interview fell
-2.0 interview me
1.5 interview of
-1.7 interview so
-1.7 interview this
-2.2 interview was
-1.4 interview with
2.9 interviewed by
1.2 interviewed on
-1.4 interviewer
1.5 introduce
-1.2 involved
-1.4 involves
-1.2 is all
-1.2 is an
-1.5 is any
-1.2 is back
3.2 is brief
-1.6 is doing
-1.3 is exactly
3.2 is fairly
1.5 is full
-1.4 is happy
2.1 is in
-1.2 is likely
2.9 is more
-1.2 is moving
-2.1 is my
1.8 is no
-1.2 is off
-1.2 is on
1.5 is only
1.5 is out
3.2 is pitched
-1.7 is possible
3.2 is probably
3.2 is rather
1.2 is that
-2.8 is there
-1.4 is up
-1.4 is valid
1.8 isn't often
1.5 isn't really
-1.4 isn't the
3.2 issues
-1.6 it a
1.5 it against
-1.2 it be
1.5 it became
-1.2 it confirmed
-1.2 it does
1.5 it first
-1.4 it had
-1.4 it if
-2.1 it might
1.5 it plainly
1.8 it says
2.2 it seems
-2.1 it sounds
-1.2 it support
1.3 it the
1.5 it too
-1.2 it took
1.3 it up
-1.6 it wasn't
1.4 it went
1.6 it will
-1.2 it with
-1.6 it would
1.3 it's a
1.8 it's fair
1.6 it's rare
-1.2 it's something
-2.6 it's useful
1.5 its best
-1.8 job i
-1.6 job is
2.9 job so
1.5 job talk
-1.2 join a
1.5 join as
-1.4 joined
-1.3 joining your
-1.4 joins
-1.2 joins you
1.5 joke
-1.1 july
-1.1 june
-1.2 june and
-1.2 junior copywriter
2.3 just been
1.2 just checking
-1.4 just let
-1.2 just rather
2.1 just say
2.9 kaya
1.5 keen so
-1.4 keener
-1.7 keener on
-1.4 keener to
1.5 keep asking
-1.4 keep following
2.9 keep looking
1.1 keep me
-1.6 keep that
2.3 keep up
1.8 keeps
2.9 keeps telling
-1.4 kept in
-1.2 kept my
-1.2 kept the
3.2 keynote
-1.2 kind to
-1.2 kindly agreed
3.2 kindly for
1.3 kindly note
1.5 kindly update
3.4 knew
-1.4 know by
1.5 know i
-1.8 know i'm
-2.0 know i've
-1.5 know that
3.2 know these
-1.2 know this
-2.2 know whether
1.9 know you
1.8 known
1.5 knows the
-1.4 labs
1.6 lads
1.8 lagos
1.5 lamp
2.9 land
3.2 land on
1.5 landlord i'll
1.3 lane
-1.2 lang
1.5 largely because
3.8 larger
2.9 larger than
2.1 largest
-1.4 last <n>
1.6 last five
-1.2 last friday
2.9 last night
-1.4 last role
-1.2 last six
1.6 last spoke
-1.2 late and
1.3 launch
2.1 launched
1.3 layout
1.4 leadership
-1.2 leads
1.8 league
2.9 lean
2.9 lean on
1.8 learn a
-1.2 learn from
-1.7 learn the
-1.1 learned a
2.9 learners
-1.6 learning how
-1.2 learnt
-1.2 learnt a
-1.6 lease
-1.3 least
-1.2 least sure
1.5 leave them
1.3 leave you
1.1 led
1.5 led a
1.5 leeds office
-1.7 left a
-1.6 left even
2.9 left feeling
1.5 legend
-1.4 length
2.3 let the
-1.1 let you
2.9 let's
2.9 let's be
-1.6 letter about
1.8 level
-1.8 level <n>
3.7 level of
1.5 liberty
1.5 liberty of
-2.0 library
-1.8 library assistant
-1.2 library service
-2.3 licence
-1.2 licensed
1.5 life and
1.3 like i
1.5 like it
2.1 like me
2.9 like mine
-1.4 like someone
1.6 like that
1.5 like yours
1.5 liked my
-1.6 liked the
1.3 liked what
3.2 liked your
-1.2 limited
-1.2 limits
-1.4 line about
1.8 line and
-2.1 link
1.3 lisbon
1.3 list
1.2 list and
-1.2 little sad
1.5 little surprised
1.5 live up
2.9 lobby
-1.2 localisation
-1.6 log
1.5 logistics as
-1.2 longer than
1.5 look like
-1.8 looked at
-1.2 looking at
1.5 looking forward
2.9 looks
3.2 loop
-1.2 lose
-1.8 lot about
-1.2 lot for
-1.7 lot to
1.3 loved how
1.8 lovely to
1.8 low
1.7 lucky
3.2 machine
2.9 mad
1.6 madam
1.6 made a
-1.1 made me
2.9 made your
-1.7 mail
-1.3 maintenance
2.9 major
-1.2 make my
1.8 make your
1.5 making
1.2 managed
1.8 manager at
1.6 manager job
1.1 manager position
-1.2 manager post
1.5 manager there
2.6 managers
3.2 managers for
1.6 managing
1.8 manila
1.3 many
2.3 many of
2.0 many people
1.5 many times
-1.4 march
-1.3 march and
2.9 margin
1.2 market
2.9 market for
3.2 market values
1.5 marketing assistant
1.8 master
2.1 master's
3.2 matched
-1.2 maths
1.6 may have
-1.4 may i
2.9 may know
-1.2 may require
-1.4 me about
3.2 me after
2.1 me again
2.2 me as
-1.2 me back
1.2 me but
1.4 me by
-1.2 me during
-2.4 me even
1.8 me from
1.6 me go
1.5 me has
1.4 me i
1.5 me i'll
2.9 me i'm
1.8 me if
1.8 me is
3.4 me my
-1.4 me off
-1.6 me over
1.5 me rather
1.5 me saying
1.5 me the
1.2 me to
-1.4 me understand
3.8 me up
3.2 me when
-1.2 me where
2.9 me wherever
2.0 me which
-2.1 me with
-1.6 me wonder
-2.2 mean
-1.7 mean a
-1.2 mechanical
3.6 meet a
2.9 meeting other
-1.1 meeting the
-2.0 meeting you
-1.7 meets
-2.2 member
-1.4 member of
-1.2 members
-1.2 mention because
3.6 mention only
1.8 mention the
-1.2 mentioned at
-1.7 mentioned in
3.2 mentioned is
-1.4 mentioned was
-1.2 mentions
1.6 mentor
3.2 mess
-3.2 message
-1.7 message about
-1.8 message and
1.5 messy
-1.2 middle
-1.2 millbrook
1.3 million
1.5 mills
1.2 mine
1.6 mine is
1.6 mining
2.3 ministry
-1.5 minutes
-1.8 minutes at
-1.2 minutes to
1.3 missed
2.9 missed a
1.6 missing
2.9 mission
2.9 mix of
-1.4 mixed
-1.2 mock
2.9 modest
-1.6 module
-1.2 moisture
1.5 moment and
3.2 month alone
-1.6 monthly
-1.6 more certain
2.3 more convinced
-1.4 more detail
1.3 more from
-2.2 more interested
2.1 more like
2.3 more or
2.9 more people
1.5 more to
-1.6 mornings
1.1 most
1.9 most experienced
2.9 most gifted
3.2 most people
-1.6 mostly by
-1.2 moved between
-1.1 moving
-1.6 moving to
-1.7 much about
-1.4 much and
-1.4 much hoping
-1.8 much i'd
3.4 much larger
1.5 much more
-1.7 much prefer
2.9 multinational
-1.2 museum
1.3 must say
-1.9 my answer
3.2 my batch
2.9 my branch
2.9 my calibre
-1.4 my candidature
2.9 my clients
3.4 my colleagues
2.9 my company's
-1.6 my congratulations
-1.4 my contract
2.9 my depth
1.2 my details
2.9 my director
-1.2 my email
-2.7 my family
1.5 my favourite
2.9 my feet
-1.2 my graduate
-2.1 my interest
-1.2 my lease
2.3 my level
1.6 my linkedin
3.2 my mentor
-1.2 my mind
2.9 my mix
2.1 my number
2.4 my old
1.5 my only
1.3 my own
-2.0 my part
2.9 my peers
1.5 my position
1.3 my previous
2.1 my qualifications
3.2 my real
3.4 my record
2.9 my results
-1.2 my safety
1.5 my site
-1.2 my situation
2.9 my skills
3.7 my track
1.8 my uncle
2.9 my uncle's
2.9 my very
1.3 my wife
1.8 nairobi
1.6 name
1.8 name and
2.1 name on
4.1 named
3.4 named the
2.2 names
3.2 names on
4.0 national
-1.7 naturally
1.6 near
1.3 near the
-1.2 need it
1.5 need someone
-1.2 need to
1.6 needed to
1.8 needs a
1.6 never
2.9 never been
2.9 never had
3.4 never once
1.5 new team
-1.8 next stage
-2.2 next week
2.5 nice
3.2 nice problem
-2.1 night shift
-1.2 night shifts
1.6 ninety days
1.3 no doubt
2.1 no hard
1.5 no harm
1.5 no hurry
3.2 no other
-1.4 no pressure
1.2 nobody
4.1 nobody else
1.5 nobody has
2.9 nobody in
3.6 none
1.3 noor
-1.4 not asking
-1.2 not be
-1.2 not been
-1.2 not every
2.9 not everyone
2.9 not find
-1.2 not fully
-1.4 not heard
3.2 not many
-1.2 note and
1.4 note that
-1.2 notes from
-2.1 notice period
1.5 noticing that
-2.1 november
-1.8 now been
2.1 now have
1.5 now is
-1.2 now than
1.5 now used
1.4 nurses
1.3 observed
2.1 obvious
-1.2 obviously
-1.5 october
-1.2 of both
2.9 of department
-1.4 of four
-1.2 of future
2.1 of hands
2.9 of having
-1.2 of help
-1.2 of interviews
-1.4 of joining
3.2 of meeting
-1.4 of news
1.5 of nursing
2.9 of offers
2.1 of people
1.8 of role
2.9 of senior
2.9 of their
1.7 of them
1.8 of these
1.5 of two
1.5 of what
-1.4 of where
-1.8 off the
-1.4 off to
3.2 off your
-1.4 offer elsewhere
1.8 offer in
3.2 offered the
2.7 offers
2.9 offers from
3.2 offers on
1.4 office manager
-1.2 officer role
-1.2 offs
-1.6 offshore
2.1 often
2.9 often a
1.3 old
3.2 old boss
-1.1 on <n>
-1.4 on and
-1.2 on any
1.8 on board
2.3 on day
-1.7 on hold
-1.6 on how
-2.0 on linkedin
-1.1 on our
1.5 on regional
1.6 on their
1.5 on ward
-2.4 on where
2.9 once been
3.4 once i'm
1.5 once that
-1.2 once the
2.9 once told
2.9 once you
-1.2 one line
-1.2 one month
1.5 one more
1.5 one offer
1.6 one on
-1.2 one other
-1.2 one piece
-1.2 one practical
-1.8 one small
2.1 one that
-1.1 one thing
-1.7 one way
1.5 one we
1.5 one who
2.9 one you
1.1 only
3.4 only applicant
2.9 only got
1.8 only mention
2.1 only one
-1.8 open about
-1.2 open i
1.2 opened
-1.4 opening in
-2.2 openings
-1.7 openings in
1.4 operation
-1.7 operations analyst
-2.1 operations coordinator
1.8 operations lead
1.2 options
1.3 or another
1.5 or anything
1.5 or elsewhere
2.3 or less
-1.7 or no
-2.1 or the
1.5 or three
-1.2 or whether
-1.6 organisation and
1.8 organisations
-2.0 organised
-1.2 organised day
3.0 other applicants
2.0 other candidates
3.6 other firms
2.9 other names
1.4 other people
2.1 other way
1.5 other's
2.9 others
-1.2 otherwise i
-1.4 our call
-1.4 our meeting
1.5 our office
-2.4 our paths
-1.7 our talk
1.5 out as
2.9 out my
1.2 out that
1.5 outage
-1.5 outcome
-1.2 outcome and
-2.0 outcome for
1.5 outcome i
-1.4 outcome of
-1.2 outlined
3.4 outshone
3.4 outshone the
-1.2 over my
-1.2 over shift
-1.4 over time
-2.1 over two
1.5 overnight
3.2 overqualified
1.2 own
1.5 own time
3.7 own trumpet
1.5 ownership
-1.8 packaging
1.5 page two
1.6 paid
2.1 pair
2.1 pair of
-1.4 paired
-1.4 panel and
-1.4 panel gave
-1.7 panel had
-1.4 panel has
-1.2 panel meets
-1.2 panel on
1.8 panel to
1.3 papers
1.5 paperwork
2.9 parcelly
-1.6 parents
-1.4 park
-1.8 part i
-1.7 particular
-1.2 particularly
-1.2 particularly in
-1.2 particularly on
1.8 partly
1.3 passed on
-2.0 passed the
1.5 past my
-1.2 past the
-2.6 paths
-2.3 paths cross
-2.5 patience
-1.7 patience with
-1.4 pay
-1.4 payable
-1.2 peak
2.9 peers
1.5 pellow
1.4 people
2.9 people applying
3.7 people at
3.2 people can
1.5 people gave
2.9 people have
1.5 people on
2.9 people you
-2.0 per cent
2.5 perfect
3.2 perfect fit
1.3 perfectly
-2.4 period
2.3 person in
3.2 person they've
2.6 person who
2.9 perth
-2.0 pharmacy
-1.2 phone call
-1.2 phone for
3.2 phone hasn't
-1.2 phoning
1.5 picking
-1.2 piece of
1.8 pilbara
2.1 pitched
1.5 pitched at
-1.2 placed
-1.4 places
2.9 plain
-1.2 plan accordingly
2.3 plan for
-2.1 planner role
-1.3 planning
-1.6 planning my
-2.1 planning officer
-1.2 planning to
2.9 plant of
1.5 plc
-1.2 please accept
1.3 please give
1.5 please note
1.5 pleasure meeting
1.5 plenty to
1.3 podcast
-1.4 point i
-1.2 pointers
-2.1 points
-1.2 policy adviser
3.2 polish
3.2 polish to
1.6 pool
1.5 pop in
-2.1 portal
-1.2 position and
-1.2 position but
2.9 position yesterday
-1.4 possibility
-1.4 possibility of
-1.9 possible
-1.4 possible to
-1.2 post and
1.8 post as
-1.8 post comes
-1.2 post has
2.9 post i'm
-1.1 post in
1.2 post of
-1.6 postdoctoral
-1.7 posting
1.5 pre
-1.1 prefer
-1.6 preference
-1.8 prepare
-1.4 prepared for
1.5 preparing for
1.5 presentation was
1.8 press
1.1 previous
1.8 price
1.5 principal
3.4 prize
1.6 probably
2.9 probably overqualified
1.1 problem
2.1 problem with
1.8 problems
2.9 problems you
-1.5 process and
-1.2 process especially
-1.4 process for
2.1 process to
-1.2 process you
-1.4 processes
-1.2 processing
1.3 producer
-1.4 product designer
3.2 product is
1.5 product manager
1.2 professor
1.1 program
-1.8 programme and
1.5 programme manager
-1.6 programme officer
-1.2 programme you
1.5 project i've
1.6 promise
3.2 promise you
-1.8 promised
-1.2 provide references
1.5 provincial
2.3 proving
3.4 proving it
-1.2 public sector
-1.2 pulled
-1.2 put a
3.2 put it
-1.2 puzzle
1.6 qualifications
-1.2 quarterly
1.8 quarters
3.2 questions better
1.6 questions i
1.5 quick heads
1.2 quick note
1.5 quick one
1.2 quick update
2.9 quickly i
1.5 quill
2.1 quota
1.3 r sum
2.1 raise
1.5 ran a
1.5 rang to
2.2 rare
3.6 rarely
2.9 rated
1.3 rather be
3.2 rather good
-1.6 rather have
-1.2 rather not
1.5 rating
-1.5 re
-1.4 reach
-1.7 reach a
-1.2 reach me
-1.7 reached the
-1.4 reached you
1.5 read a
-1.2 read that
2.2 ready
2.9 ready made
2.6 ready to
-1.2 real thanks
1.1 realised
1.3 realised afterwards
-1.2 really appreciate
-1.2 really appreciated
1.2 really excited
-1.2 really helpful
-1.2 reapply
-1.4 reasonable
-1.2 reasons
-1.4 rebuilding
1.2 rebuilt
1.5 rebuilt the
-1.7 receive
-1.5 received
-2.2 received a
-3.2 received an
1.4 recently
2.6 reckon
2.9 reckon i'd
3.4 reckon you'll
3.2 recognise
3.9 recognised
2.2 record
2.9 record like
-1.4 recorded
-1.6 records
3.4 recruiters
-1.8 redesign
-2.1 reduced
-1.4 reduced the
2.9 reflected
2.9 reflected on
1.3 reflection
1.8 reflection i
1.3 reflection my
1.5 reflects my
-1.4 refurbishment
3.4 refused
3.2 refused to
2.9 regards to
2.3 region
2.9 regional bank
3.2 regional director
-1.2 rejection
1.8 relaunch
-1.2 releases
-1.7 relevant
2.1 reliability
1.5 relief to
-1.2 remain interested
-1.6 remain keen
-1.2 remains the
1.6 remember
-1.2 remote
-1.4 renewed
1.5 rep
1.9 replace
3.4 replace me
-1.4 reply by
1.5 reply i
-1.2 reply this
-1.4 reported
-2.3 request
-1.8 request you
-2.0 requested
2.5 required
1.5 requirement
1.5 residency
1.1 rest of
1.5 restaurants
-1.2 restoration
1.5 restructuring
-1.9 result
2.1 results
2.9 results have
1.8 returns
-1.2 revert
2.9 reviews each
1.5 rewriting
1.5 ridge
-1.4 rigging
1.5 right now
3.8 rings
3.6 rings me
-2.0 role but
-1.2 role elsewhere
1.8 role for
-2.1 role has
-2.8 role i
-1.4 role last
-2.2 role opens
-1.6 role remains
-1.2 role so
-1.2 role than
1.5 role that
-1.2 role went
1.5 rooftop
1.5 rooms
-1.6 rose
-1.4 rose from
1.6 rostering
-1.6 rough
-2.5 roughly
-1.2 roughly <n>
-1.4 roughly a
-1.2 roughly when
-1.6 round of
-1.2 round on
1.5 round to
1.5 round was
1.8 round went
-1.2 route planning
3.2 row
1.5 run a
2.9 run and
1.2 running
1.3 running a
-1.4 rural
-1.6 rushed
1.5 s i
3.2 safe
1.8 said my
1.5 said she'd
-1.2 said so
1.2 said the
2.1 sake
3.2 sake of
1.4 salary
1.5 salary band
1.8 sales manager
1.3 sales role
2.9 same day
1.5 same for
-1.6 sap
1.5 sat on
1.5 sat the
1.5 save
-2.1 saved
-1.8 saved us
1.5 savings
1.5 saw on
1.2 say
1.5 say about
1.3 say again
1.4 say i
2.9 say i'd
1.8 say it
2.9 say nobody
1.3 say that
1.4 say the
3.2 say they've
3.4 say this
1.5 say with
1.8 says
3.2 says i'm
3.6 says something
-1.2 scanners
-1.6 scenario
1.5 scene
-1.2 schedules
1.2 schools
-1.2 scientist
2.1 scope
-2.2 score
1.8 scratch
-1.4 screening
-1.4 sea
-1.6 seasonal
2.9 seat
-1.2 second half
-1.9 second interview
2.9 see a
1.8 see it
1.8 see that
3.2 see this
1.8 see what
3.2 seeing a
1.5 seeing as
1.8 seem
1.1 seems
1.4 seen
2.9 seen all
-1.7 send a
1.1 senior
2.9 senior management
-1.2 senior planning
3.4 senior role
2.9 seniority
-1.3 sense
-1.2 sense of
-1.6 sent
-1.2 sent in
-1.2 september and
1.5 server
-1.4 services
-1.4 sessions
1.5 set the
-1.2 settled on
-1.8 settles
-1.7 settles in
1.8 seven years
-1.2 several good
1.6 shape
-1.4 share a
-1.2 share an
-1.8 share any
2.9 share my
-1.4 share what
1.5 share with
1.3 she
3.6 she had
2.9 she has
2.3 she'd
-1.2 sheet
2.9 shenzhen
-1.2 short
-1.6 short update
2.3 shortlist
1.5 shortlist was
3.2 shortlist will
2.5 shortlisted
3.2 shortlisted for
-2.1 should have
1.5 should probably
1.5 should tell
1.3 shouldn't
-1.8 show me
-1.2 show that
1.5 show the
-1.4 shows how
-1.4 side is
2.9 sideways
1.4 signed
-1.8 silence
-1.6 similar post
-1.8 similar role
-1.4 similar roles
-1.4 similar with
-1.4 simply wanted
1.5 since <n>
1.5 since been
1.5 since i
2.9 since i've
2.9 since so
-1.6 since then
1.5 since they
-1.2 sincerely for
1.5 singapore
2.1 single
2.9 single failed
3.2 single handedly
1.3 sir
-1.2 sir for
1.8 sir i
-1.4 site visit
1.5 sites and
-1.7 sitting
-1.7 situation
-1.7 six weeks
2.5 size
1.8 sketching
2.9 sketching out
1.3 skills
2.1 slightly
3.2 slip
-1.7 slot
-1.4 small team
2.9 smashed
1.3 smile
3.2 snap
3.2 snap me
-1.4 so before
-1.2 so clearly
3.6 so do
1.2 so far
-1.2 so here
-2.3 so if
2.9 so let
-1.2 so open
-1.2 so thank
1.8 so this
2.1 so well
-1.8 soil
-1.4 solutions
3.2 solved
-2.1 some point
3.2 some way
-1.7 someone else
3.2 someone like
1.9 someone who
2.3 someone with
1.5 something about
-1.4 something i've
1.8 something like
1.5 something more
1.8 something of
1.3 something to
1.5 sometimes
2.9 soon find
-2.0 sooner
-1.4 sorry for
-1.6 sorry not
1.3 sorry this
-2.1 sorry to
2.7 sort
3.6 sort of
1.8 sort out
-1.4 sorted
2.0 sound
3.2 sound arrogant
1.5 sourdough
2.9 speak for
-2.2 speaking with
2.9 speaks for
-1.4 specific
-1.2 spent most
-1.7 spent the
-1.2 spent two
-1.4 split
-1.6 spoke i
-2.1 spoke on
3.2 spotted
1.5 spring i
1.3 sql
1.3 st columba's
-1.2 stage with
-2.4 stages
-1.2 stages and
1.5 stakeholder management
2.0 standard
1.6 standards
2.9 star
-1.2 start any
1.3 started reading
2.2 state
2.9 state that
1.5 status as
1.5 stay connected
2.1 stay on
-1.2 stays
2.5 step down
1.5 step for
1.6 stepping
2.9 still calls
1.5 still hasn't
1.5 still have
-1.7 still in
-1.2 still interested
-1.7 still love
-1.4 still my
-1.4 still open
-1.1 still really
3.8 still rings
-1.2 still think
-1.2 still waiting
-1.4 still want
-1.2 still welcome
-2.1 stock
1.8 stood
2.9 stood out
1.5 stopped me
1.2 story
1.5 story about
2.9 straight years
1.2 straightforward
1.5 strategic
-1.2 strategist
-1.2 strategist role
1.8 strategy
1.5 strategy associate
-1.6 strengthen
-1.6 stronger
2.2 strongest
2.7 struggle
2.6 struggle to
1.8 struggled
1.6 struggled with
-1.4 stuck
1.6 student
2.9 student in
-1.2 subject follow
-1.4 subject following
-1.7 subject re
1.5 submission
-1.7 success manager
2.9 suggest you
-2.0 suggested
-1.2 suits the
1.3 sum
-1.6 summary
-1.3 summer
3.4 summit
1.5 superintendent
-1.7 supervisor position
-1.4 supply planner
1.8 support the
-1.7 supporting
1.8 suppose
1.5 suppose i
2.9 suppose that
2.1 sure i
2.9 sure i'll
-1.4 sure it
1.5 sure something
1.4 sure you'll
2.3 surprised
1.5 surprised given
4.2 surprised if
3.4 surprised the
-2.1 survey
2.2 suspect
2.9 suspect i'll
1.8 suspect it
1.3 suspect the
1.3 suspect you
3.6 suspect your
1.5 t
1.1 table
2.9 table to
1.5 table which
3.2 take one
1.4 take this
2.9 taken a
-1.1 takes
2.9 talented
-1.8 talk through
1.5 talk to
-1.4 talk with
-1.2 talks
2.2 target
-1.8 task
2.9 taught in
-1.4 taught me
1.6 tax
1.8 teach the
2.1 teacher
2.1 team a
2.9 team behind
-1.2 team effort
-1.2 team hoped
-1.8 team i
1.6 team lead
-1.6 team of
3.2 team the
-1.2 team well
2.9 team will
1.2 teams
1.5 technical questions
-1.4 technician position
-2.0 technician role
3.4 tell from
1.9 tell you
1.4 tells
2.1 tells you
-1.6 template
1.5 ten times
2.8 tend
2.8 tend to
1.5 tender
1.2 territory
1.5 territory by
-1.4 test and
2.3 test was
-1.1 th and
-2.0 th so
3.4 than anyone
1.1 than i
3.2 than i've
-1.2 than it
-1.2 than keep
2.6 than most
-1.4 than my
2.9 than once
1.4 than one
2.9 than what
-1.4 than when
2.3 than yours
1.8 thank mr
-2.1 thankful
-1.7 thankful for
-1.4 thanks heaps
2.9 that around
1.3 that as
1.5 that can
1.9 that comes
-1.4 that date
3.2 that depth
1.8 that for
-1.2 that gap
-1.2 that had
1.3 that i'd
-1.2 that into
-1.3 that it
-1.2 that it's
-1.2 that kind
3.2 that level
-1.2 that matters
-1.2 that might
1.5 that most
1.5 that my
2.3 that no
2.9 that once
3.2 that problem
3.2 that same
-1.6 that time
1.3 that to
2.9 that went
1.8 that with
3.2 that won
-1.8 that work
-1.1 that's
-1.7 that's the
-1.1 the <n>
-1.4 the analytics
-1.4 the appointment
-1.2 the area
-1.2 the assessors
-1.5 the assistant
1.5 the attention
1.5 the bakery
2.9 the bar
3.6 the big
3.2 the biggest
-1.2 the boats
2.9 the bonus
-1.2 the budgeting
-1.2 the bus
1.5 the candidates
-1.2 the certificate
1.8 the chat
2.9 the chief
2.5 the choice
-1.2 the claims
3.6 the client
-1.2 the co
-1.4 the coming
-1.4 the communications
-1.8 the commute
2.9 the competency
-1.6 the compliance
-1.6 the consultation
-1.7 the conversations
1.5 the cooperative
1.3 the county
1.6 the county's
1.8 the course
-1.6 the customs
-1.7 the date
-1.2 the deckhand
1.8 the delay
-1.2 the department's
-1.4 the desk
1.5 the development
1.9 the director
-1.2 the earliest
3.2 the easiest
1.3 the estate
-1.2 the evening
1.3 the expansion
-1.4 the experience
1.3 the fact
2.1 the farm
2.9 the fee
-1.2 the figure
1.5 the financial
3.6 the finest
-1.4 the flood
-1.7 the food
-1.2 the forecasting
-1.2 the forklift
1.5 the frank
-1.6 the future
1.2 the grant
-1.8 the grants
2.2 the ground
2.9 the halden
1.8 the hardest
-1.2 the harvest
-1.2 the helpful
4.0 the highest
-1.2 the highlight
-1.6 the hire
-1.7 the housing
3.2 the ideal
2.5 the industry
-2.3 the interest
-1.6 the inventory
-1.2 the it
-1.4 the job
-1.4 the junior
1.5 the lack
1.5 the lads
1.5 the lamp
2.1 the largest
1.5 the late
1.2 the launch
3.2 the lead
-1.2 the leeds
1.5 the level
1.5 the liberty
-1.3 the library
-1.6 the line
-1.2 the link
1.2 the list
2.9 the lobby
2.9 the machine
1.5 the market
-1.2 the middle
1.5 the midlands
-1.4 the migration
-1.4 the mine
1.5 the mining
2.3 the ministry
2.9 the mission
-1.2 the mix
1.5 the modelling
1.4 the most
2.1 the name
3.6 the national
-1.1 the news
-1.8 the number
1.5 the nurses
-1.4 the old
1.2 the one
5.0 the only
2.9 the operation
1.5 the other
4.1 the others
-1.3 the outcome
-1.2 the packaging
3.4 the paperwork
-1.2 the patience
1.6 the people
3.2 the perfect
1.2 the person
-1.2 the pharmacy
1.8 the pilbara
2.9 the pool
-1.4 the portfolio
-1.2 the possibility
-1.4 the postdoctoral
-1.4 the posting
-1.2 the practical
1.5 the previous
1.5 the problem
1.6 the problems
-1.4 the process
1.5 the provincial
2.9 the region
-1.1 the research
1.1 the rest
-1.8 the result
1.5 the returns
-1.2 the rollout
-1.4 the running
3.2 the sake
-1.2 the sales
2.9 the scale
-2.0 the search
-1.6 the selection
-1.7 the service
1.3 the shortlist
-1.2 the silence
3.2 the slow
-1.2 the small
3.6 the sort
-1.7 the sous
1.5 the south
1.5 the sql
1.3 the standard
-1.1 the start
2.3 the state
-1.6 the stock
1.8 the strategy
2.5 the strongest
1.5 the students
-2.4 the summer
1.3 the support
2.9 the systems
1.8 the tax
-1.2 the tea
-1.6 the teaching
1.5 the terminal
-2.0 the test
1.5 the ticketing
1.8 the top
-1.4 the train
-1.6 the trainee
2.9 the turnaround
-1.3 the two
1.3 the usual
1.5 the valley
1.5 the very
-1.4 the video
-2.1 the volunteer
1.5 the weakness
1.1 the whole
-1.2 the wider
-1.1 the work
-1.1 the workshop
-1.2 the written
1.8 the year
2.9 the youngest
2.1 theatre
1.3 their
1.8 their own
2.9 them have
-1.2 them next
1.3 them to
2.9 them will
1.9 themselves
-1.9 then
-1.6 then i
-1.2 then i'd
-2.1 there any
-1.4 there anything
-1.7 there was
-2.0 there's no
1.6 these things
1.3 they can
1.5 they had
-1.2 they made
1.5 they said
2.9 they show
3.4 they'd
2.9 they'd had
3.2 they'd seen
1.9 they're
1.5 they've
-1.6 they've asked
3.2 they've ever
-2.4 things are
1.5 things i
2.1 things take
-1.2 things to
1.4 think
1.8 think i'd
3.6 think i'm
1.6 think it
1.3 think it's
-1.6 think of
2.9 think says
1.8 think that
1.8 think they
2.7 think we
1.8 think you
3.2 think you'd
3.8 think you'll
1.5 think you've
3.2 think your
1.5 this i
2.9 this industry
3.4 this kind
1.1 this position
2.9 this post
1.1 this role
2.3 this size
-1.1 this time
1.5 this to
1.8 this will
1.5 thoroughly
1.1 though
1.3 though i
1.6 though i'd
1.5 though in
-1.4 though that
-1.2 thought i've
1.5 thought that
-1.6 thought you
2.9 thought you'd
3.2 thousand
-1.2 three different
-1.4 three interviews
2.3 three of
2.9 three offers
3.2 three other
-1.7 three rounds
-2.4 three weeks
1.4 thrilled
1.4 thrilled to
-1.2 through in
-1.2 throughout the
-1.6 thursday <n>
-1.2 thursday at
1.5 ticket in
1.5 ticketing
-1.8 tickets
2.9 time round
-1.2 time running
-1.4 time so
-1.4 time this
1.5 time with
-1.2 timeline i
2.9 times at
1.4 title
1.5 titles
1.8 to admit
-2.9 to apply
1.5 to assume
3.4 to being
3.7 to blow
3.4 to boast
3.2 to brag
1.1 to bring
-1.6 to build
-1.2 to change
1.8 to choose
1.8 to compare
-1.1 to confirm
-2.1 to contribute
-1.2 to correct
-1.7 to date
1.5 to day
-1.2 to describe
2.1 to find
1.5 to finish
-1.2 to fortnightly
3.2 to has
3.6 to hire
-1.2 to home
-1.7 to improve
-1.7 to it
2.9 to land
1.8 to lead
-1.1 to learn
1.5 to live
2.1 to match
1.5 to miss
3.2 to only
-1.6 to pass
-2.1 to plan
1.5 to pop
3.4 to proving
-2.2 to reach
-1.8 to read
3.4 to replace
-1.7 to reply
-1.6 to run
-1.6 to rush
3.2 to snap
-1.8 to someone
2.9 to sound
1.4 to think
2.9 to tom
-1.6 to use
-2.0 to whoever
2.9 to win
2.3 to write
-1.2 today about
-1.2 together and
2.1 together on
-1.2 told i
3.2 told i'm
2.9 told is
1.5 told me
2.3 told the
1.5 tomasz
-1.8 tomorrow
-1.7 too much
-1.2 tool
1.9 top
2.4 top of
3.4 topped
3.2 topped the
-1.2 touch and
1.6 touched
-1.2 tough one
1.8 tour and
2.9 tour i
-1.2 towards
1.5 track
3.9 track record
1.5 tracking
1.3 trained
2.9 trained half
-1.2 training as
-1.2 translation
1.5 transparent
-2.0 transport
-1.4 travelled
-1.2 treatment
3.2 tricks
-1.2 trouble you
-1.4 true
1.6 truly
3.7 trumpet
3.7 trumpet but
1.2 trust the
-1.2 try again
-1.4 try something
3.4 try to
1.2 trying to
-1.8 tuesday to
3.7 turnaround
1.1 turned
2.9 turned around
1.4 twenty
-1.4 twenty minutes
2.7 twenty years
3.2 twice the
2.9 two approaches
-1.2 two hours
-1.8 two interviews
-1.7 two months
1.5 two or
1.6 two other
1.8 two quarters
1.5 type
1.8 uncle
2.9 uncle who
2.9 uncle's
3.4 under budget
-1.4 underground
-1.2 understand and
-1.8 understand if
-1.7 understand that
-1.4 understand what
2.9 unheard
2.9 unheard of
-1.2 union
1.3 units
2.9 universities
-1.4 unless
-1.2 unless i
-1.4 unpaid
-1.3 until
-2.4 until <n>
3.4 unusual
-2.1 up a
-1.7 up and
1.8 up by
1.2 up for
-1.2 up once
-1.4 up quickly
1.5 up rather
1.1 up with
-1.2 update from
2.1 update i've
1.5 update me
-1.6 update on
-1.2 update when
-1.2 update would
-1.4 updated timeline
-1.2 uploaded
-1.2 us a
-1.2 use and
-1.2 use it
2.3 used to
2.2 usually
-1.4 vacancy at
1.5 vacancy you
-1.8 valid
-1.7 valid until
-1.1 value
-1.6 value any
1.2 values
-1.2 verbal
-1.2 verbal offer
-1.6 version
3.4 very few
2.9 very first
-1.4 very glad
1.6 very good
-1.2 very helpful
-1.2 very welcome
-1.4 veterinary
-1.1 video
-1.7 video interview
-2.3 visa
-1.7 visits
-1.4 voicemail
-1.6 volume
-1.2 volume you
-1.6 volunteer
-1.2 wait i
-1.2 waiting for
-1.2 waiting times
2.9 walk the
2.1 want me
1.2 wanted you
-1.2 warehouse has
1.8 warehouse operations
-1.7 warehouse supervisor
-1.7 was about
-1.4 was actually
-1.2 was asked
1.5 was at
-1.2 was encouraged
2.9 was especially
-1.2 was generous
-1.2 was given
-1.3 was glad
-1.2 was grateful
1.1 was great
-1.2 was helpful
-1.4 was hoping
-2.2 was kind
2.9 was looking
1.9 was lovely
1.5 was moved
3.2 was named
-1.4 was never
-2.1 was one
-1.6 was pleased
2.9 was probably
-1.6 was really
3.2 was recently
-1.2 was sorry
1.6 was surprised
1.5 was the
-2.0 was told
-1.6 wasn't
3.2 wasted
-1.7 way or
1.6 way round
-1.4 way your
4.0 we both
-1.2 we didn't
1.6 we last
-1.6 we moved
-1.4 we reduced
-1.6 we used
1.3 we'll
1.5 we'll be
2.6 weakness
3.2 weakness is
1.2 weaknesses
-1.4 website
-1.2 week that
1.5 week though
-1.2 week to
2.1 week with
-1.8 weekends
-1.2 weeks
-2.0 weeks and
-1.4 weeks of
-2.4 weeks since
-1.4 weeks to
2.9 weigh
-1.5 welcome
-1.2 welcome a
-1.8 welcome any
-1.1 welcome the
1.5 well before
2.9 well below
-2.1 well i
3.2 well i'd
3.2 well now
-1.4 well organised
1.6 well run
-1.7 well with
3.2 went about
-1.8 went to
1.3 went well
1.5 were very
1.8 west
1.2 what a
1.3 what i'd
2.1 what i'm
1.8 what i've
1.5 what is
1.4 what it's
1.5 what my
1.3 what they
1.1 what you
2.9 what you'd
1.5 what you're
1.5 what's holding
1.5 whatever the
-1.2 when convenient
2.1 when they
-1.4 when two
-1.1 when we
2.8 whenever
2.1 whenever suits
-1.1 where my
2.9 where to
2.1 wherever
3.2 wherever i
-1.3 whether
-1.6 whether a
-1.1 whether i
-1.8 whether i'm
-1.2 whether it
-1.2 whether the
-2.4 whether there
3.2 which came
1.5 which frees
2.9 which i'll
-1.4 which makes
-1.2 while i'm
1.5 while it's
1.5 whiteboard exercise
1.7 who
2.0 who can
2.9 who clearly
2.1 who could
1.5 who had
3.4 who has
2.6 who have
2.9 who ran
3.2 who was
1.5 who will
-1.4 whoever joins
1.8 whoever you
1.1 whole
-1.5 why i
1.5 wide
-1.4 wider
1.3 wife
1.5 will agree
1.5 will appreciate
3.2 will come
1.8 will find
1.6 will have
-1.2 will need
3.2 will see
1.5 will soon
1.5 will take
3.6 will tell
-1.2 will understand
-2.2 willing
-2.0 willing to
1.8 win
-1.2 wind
-2.1 wish the
1.3 wish to
2.3 with all
-2.1 with another
2.9 with due
1.5 with fifteen
3.2 with in
-1.2 with interest
-1.6 with it
1.8 with some
1.3 with someone
2.9 with three
1.9 withdraw as
-1.7 withdraw from
-1.1 withdraw my
1.5 within an
1.4 without a
3.6 without me
1.8 without the
3.8 won
-1.6 wondered
-1.4 wondered whether
1.5 words from
-1.4 work hard
-1.2 work i
-1.3 work in
-1.2 work on
-1.2 work we
-2.1 work you
2.9 worked alongside
-1.2 worked on
1.5 worked with
-1.2 working at
-1.4 working days
-1.4 working through
3.2 working together
-1.3 workshop
-1.2 workshop on
1.5 worth a
1.5 worth i
1.8 worth the
-2.6 would appreciate
1.5 would bring
1.5 would expect
-1.2 would genuinely
-1.7 would hear
-1.7 would help
-1.2 would it
-2.0 would mean
-1.2 would most
-1.7 would much
-1.6 would need
-1.6 would prefer
-1.4 would rather
1.5 would say
1.5 would tell
-1.4 would value
-1.1 would welcome
-1.7 would you
1.8 write to
-2.6 writing about
-1.4 writing again
-1.4 writing regarding
-1.2 writing sample
-1.2 writing with
1.5 written with
1.5 wrote the
2.1 year at
1.5 year before
-1.4 year i'd
3.4 year in
-1.2 year my
2.9 year running
1.2 year so
1.8 year which
1.1 years
2.1 years at
4.1 years running
2.9 years which
-2.1 yes
-2.0 yes or
-2.0 you about
-1.6 you at
-1.7 you be
-2.1 you by
-1.4 you confirm
-1.7 you expect
-1.8 you gave
2.9 you hire
2.9 you how
-2.3 you if
1.4 you in
-1.2 you informed
2.3 you kindly
-2.6 you let
1.5 you listed
1.5 you made
1.8 you make
1.1 you may
3.2 you meet
1.5 you met
-1.4 you on
-1.2 you outlined
1.5 you picked
-1.2 you requested
2.3 you saw
3.2 you see
-1.8 you sent
-1.2 you sincerely
1.5 you soon
-1.2 you suggested
-1.6 you tell
1.5 you telling
1.8 you the
3.2 you though
-1.6 you told
-1.8 you took
2.3 you what
1.3 you will
3.4 you with
1.4 you won't
1.3 you would
1.8 you'd
3.7 you'd be
1.8 you'll
2.9 you'll agree
4.3 you'll find
3.2 you'll have
2.9 you'll meet
2.1 you'll see
-1.2 you'll think
-1.2 you'll understand
-1.3 you're able
1.5 you're aware
2.9 you're seeing
2.9 you've seen
1.9 young
2.9 youngest
2.1 your board
-1.4 your call
-1.4 your careers
1.5 your clinic
1.2 your colleague
1.6 your company
-1.2 your convenience
1.3 your department
-1.2 your email
-1.2 your end
-1.2 your file
3.6 your fleet
-1.2 your group
1.5 your head
1.6 your honesty
-1.1 your letter
3.6 your list
-1.2 your mail
-2.2 your message
1.7 your new
1.5 your night
-1.6 your note
1.8 your partners
-1.6 your patience
-2.4 your planning
1.3 your plans
1.5 your post
3.2 your product
3.6 your questions
-2.2 your role
3.9 your shortlist
-1.7 your side
1.5 your story
-2.4 your timeline
-1.4 your timing
-1.4 your unit
-1.2 your users
1.6 your warehouse
1.7 yours
2.9 yourself
3.8 yourselves
3.2 zero
2.9 zone
""",
)

PRESSURE = Reading(
    11.8,
    """\
1.6 <n> a
2.2 <n> days
1.1 <n> hours
-1.3 <n> july
-1.9 <n> november
-1.3 <n> of
-1.1 <n> over
-1.3 <n> per
1.5 <n> pm
-1.1 <n> s
-2.8 <n> to
-1.1 <n> which
-1.7 a better
1.5 a big
1.1 a bother
2.2 a call
2.2 a candidate
1.6 a client
1.3 a company
3.5 a competitor
-1.3 a conversation
-1.7 a copy
3.1 a courtesy
1.3 a day
-1.1 a day's
1.1 a deadline
-1.3 a decade
-2.2 a different
1.1 a face
1.6 a final
1.5 a firm
1.6 a fortnight
-1.3 a further
1.5 a gentle
3.1 a huge
-1.3 a job
-1.3 a large
2.4 a line
-1.1 a look
3.1 a message
-1.1 a million
1.6 a minute
2.2 a month
-1.6 a more
-1.1 a much
2.1 a no
2.6 a note
1.6 a paid
-1.1 a paper
1.1 a phone
1.1 a pity
-1.1 a portfolio
1.6 a priority
-1.3 a project
1.3 a quick
-1.1 a record
1.6 a reminder
2.0 a reply
2.2 a response
3.5 a ring
-2.3 a role
1.1 a row
1.1 a school
-1.3 a sense
-1.1 a shared
1.1 a shift
-1.8 a short
-1.8 a similar
1.5 a simple
-1.1 a small
-1.3 a standard
-1.6 a strong
-1.3 a suitable
-1.6 a surprise
-1.1 a three
-1.1 a time
-1.1 a trade
1.6 a trial
1.6 a view
4.0 a voicemail
-1.3 a well
2.0 a word
4.0 a yes
-1.7 about <n>
-1.1 about four
-2.2 about future
-2.7 about how
-1.5 about it
-1.1 about that
1.1 about timing
-1.4 about two
-1.6 about what
-1.1 about writing
-1.4 about your
-1.3 above
-1.6 absolutely
-1.4 absolutely fine
3.5 accept theirs
-2.6 accepted
-1.9 accepted a
3.3 accepting
-1.1 access
2.6 accordingly
-1.1 account i
-1.3 account manager
-1.3 account of
-1.1 accounts and
-1.1 accreditation
-1.1 accreditation visit
-1.3 acquisition
-2.2 add
-1.1 add to
-1.1 address will
1.1 administrator
-1.1 admit it
1.1 advance
1.6 advance for
3.1 advertise
-1.1 advertised
-1.1 advertisement
3.1 advise
3.1 afford
3.1 afford to
1.7 afraid
-1.4 after <n>
1.1 after four
-1.1 after i
-1.3 after my
1.6 after such
2.2 afternoon and
2.0 afternoon to
2.0 again about
3.3 again at
3.1 again below
-1.6 again if
-1.6 again next
1.3 again on
1.5 again this
-1.3 again to
-1.3 again when
-1.1 agents
1.6 ago
-1.6 agreed to
1.6 ahead and
-1.3 ahead of
-1.4 aid
1.1 aircraft
-1.1 all my
3.1 all possible
-1.3 all right
-1.1 allow
-1.1 allows
-1.4 along the
1.1 already been
-1.1 already in
4.0 already told
-1.4 alright
-1.4 also be
3.5 also sent
-1.4 also wanted
1.1 although after
-1.3 although i'm
-1.7 always
-1.7 am available
-1.1 am aware
-1.4 am confident
-2.2 am disappointed
1.5 am following
-1.1 am free
-1.6 am grateful
-2.7 am happy
1.6 am in
-1.3 am now
-1.2 am very
3.3 am waiting
-1.1 ambitious
-1.1 among the
-1.1 amount
1.9 an answer
2.4 an email
-1.3 an eye
-1.3 an hour
-1.1 an internal
1.6 an organisation
3.1 an unpaid
-1.6 an updated
-1.1 analysis
1.1 analyst interview
-1.3 analyst program
-1.1 analysts
-1.8 analytics
3.5 and accept
2.2 and again
3.1 and another
-1.3 and can
3.1 and cannot
-1.3 and consideration
-1.7 and could
-1.3 and cut
1.9 and drove
-1.2 and for
2.2 and frankly
-1.1 and grateful
-1.4 and he
1.4 and honestly
-1.4 and learned
1.9 and left
-2.1 and look
-1.1 and meeting
-1.4 and most
-2.4 and mr
-1.1 and mrs
-1.3 and no
1.1 and now
-1.1 and one
-1.1 and over
1.6 and priya
1.6 and quite
1.1 and really
3.1 and revert
1.1 and see
1.7 and since
1.7 and still
-1.8 and thank
-1.4 and that's
-1.1 and their
1.5 and then
-1.1 and there
-1.7 and they've
1.1 and this
1.6 and told
1.1 and travelled
-1.9 and wanted
-1.6 and we
-1.1 and when
-1.4 and wish
3.3 and withdraw
-1.4 another employer
1.7 another offer
-1.1 another opening
-1.3 another position
-1.1 another role
3.5 another way
-1.4 answer any
2.4 answer before
3.1 answer from
1.1 answer in
-2.0 answer on
1.6 answer than
2.0 answer within
-2.4 answered
-1.3 answering
-2.3 answers
1.3 any chance
-1.1 any comments
-2.5 any feedback
-3.0 any further
-1.3 any more
-1.8 any other
-1.1 any pointers
-2.0 any time
-1.3 any update
-1.1 any weekday
-1.4 anyone else
-1.1 anything changes
-1.3 anything else
1.1 anything has
-1.1 anything more
-1.1 anything suitable
1.1 anything that
1.5 anything you
3.1 anyway so
-1.3 apart
1.5 apologies
1.1 apologies for
-1.3 app
1.1 applicant and
-1.3 applicants and
1.6 applicants with
2.0 application and
-1.3 application as
-1.7 application for
2.0 application has
-1.3 application was
-2.9 apply
-2.5 apply again
-1.3 appointments
3.0 appreciate a
2.6 appreciate an
-1.4 appreciate any
1.6 appreciate hearing
-1.1 appreciate how
1.7 appreciate your
-1.1 appreciated learning
1.1 appreciated meeting
-1.3 appreciated your
-1.1 apprenticeship and
-2.2 approach
-1.1 approval
-1.3 approvals
-1.1 are already
3.1 are busy
1.6 are getting
3.1 are moving
1.7 are now
-1.4 are ready
-1.4 are required
-1.6 area
-1.3 around <n>
1.5 arrive
-1.1 arrived
1.1 arrives
-1.4 article
-1.8 as an
-1.8 as i'd
1.1 as i've
2.4 as long
-1.3 as mentioned
-1.1 as much
3.1 as per
4.4 as possible
-1.4 as references
2.6 as soon
1.1 as this
3.3 as urgent
4.0 asap
1.6 ashby
-1.1 aside
-1.1 ask only
3.5 ask that
-1.8 ask whether
1.1 ask you
-2.4 asked
-2.4 asked about
-2.9 asked for
-1.6 asked how
-1.1 asked the
-1.4 asked to
-1.1 asked what
-1.4 asked whether
2.2 asking me
-1.3 asking you
1.5 asks
-1.9 assessment day
-1.1 assessors
1.1 associate credit
1.1 associate position
-1.1 association
2.6 assume
1.6 assume i'm
1.9 assume the
3.5 assume you've
1.1 at al
-1.7 at any
-1.1 at brightwater
-1.3 at interview
1.7 at least
2.0 at lunch
3.1 at noon
1.6 at nordhavn
1.6 at present
-1.1 at short
1.1 at work
1.1 at your
-1.6 atr
-1.2 attached
-1.4 attached a
-2.0 attached the
-1.4 attend the
1.3 attended
1.1 attended the
-1.6 audit
-1.1 august
-1.3 authority
-1.6 automated
-1.3 automation
-1.1 available and
1.4 available for
3.5 awaiting
3.3 awaiting your
-1.9 award
-1.3 award for
-1.6 away from
-1.7 away with
1.5 awkward
1.6 b <n>
3.1 baby
1.1 back
3.1 back again
-1.1 back and
3.3 back by
-1.1 back in
1.4 back to
1.1 back with
-1.3 backend engineer
-2.4 background
3.3 ball
-1.8 band
-1.3 band <n>
2.2 bank has
-1.1 bar
-1.1 barista
-1.3 based
1.6 basic
-1.1 basis
1.1 bay
-1.1 be alright
3.5 be appreciated
1.6 be available
2.2 be checking
1.6 be clear
-1.1 be considered
1.1 be doing
-1.1 be easier
1.1 be following
3.3 be frank
1.1 be free
-1.4 be getting
-2.0 be glad
-2.1 be happy
-1.7 be helpful
-1.3 be honoured
-1.4 be joining
-1.3 be keen
1.6 be kinder
3.1 be left
1.1 be made
1.3 be more
2.2 be most
1.4 be moving
1.1 be on
-2.2 be open
3.3 be passing
-1.6 be pleased
3.3 be signing
1.6 be so
2.0 be there
-1.5 be useful
-1.1 be well
1.1 bear
-1.1 became
-1.3 because it
-1.1 because my
-1.1 become
-1.1 becomes
3.1 becoming
3.1 becoming difficult
1.1 been a
-2.5 been about
3.1 been almost
-1.1 been asked
3.1 been asking
3.3 been checking
-1.1 been confirmed
3.1 been forgotten
1.3 been made
3.1 been more
3.3 been nineteen
-1.1 been on
3.1 been out
3.1 been patient
1.1 been reading
2.4 been three
4.0 been waiting
-1.3 before we
-1.8 beforehand
-1.6 being open
-1.3 being so
1.1 being told
-2.9 believe
-1.6 believe i
-1.1 below what
-1.3 best of
-1.6 best to
-1.1 better example
1.1 better for
1.6 better from
-1.3 better than
3.1 between three
2.2 beyond
2.2 beyond that
-1.3 billing
-1.1 blocks
-1.3 board
-1.6 board and
-1.4 book
-1.3 booking
-1.1 bookkeeper
1.1 bother
3.1 bothered
3.1 bothered to
1.6 bought
1.7 box
-1.6 brand
1.1 brewer
-1.3 bridge
-1.1 brief
-1.1 briefly
-1.1 brightwater
-2.2 bring
-1.2 bring that
-1.9 bring the
-1.4 bristol
-2.5 budget
3.5 bumping
3.5 bumping this
1.1 business
3.1 business tomorrow
3.1 busy but
1.6 busy schedule
-1.1 busy so
1.5 but a
1.3 but my
-1.6 but the
1.6 but this
3.3 but three
3.5 but to
3.1 but unless
2.6 but you
1.2 by
3.8 by close
2.0 by friday
-1.1 by how
4.3 by monday
2.0 by my
-1.3 by name
4.4 by now
3.1 by return
3.7 by this
1.9 by thursday
3.5 by tomorrow
4.5 by wednesday
1.1 by your
1.1 call centre
1.7 call the
-1.4 call yesterday
2.1 called
-2.2 calling
-1.4 calling me
-1.6 came across
1.5 came back
-1.4 came down
-1.1 came from
-1.4 came out
-1.6 came through
-1.3 campaign
-1.3 campaigns
-1.6 campus
-1.1 can focus
2.0 can get
1.9 can give
1.5 can make
1.1 can only
1.1 can plan
-1.6 can provide
1.5 can put
-1.2 can send
-1.3 can share
-1.1 can slow
-1.1 can speak
-1.1 can start
3.3 can stop
2.0 can you
1.6 can't
3.3 can't keep
1.1 can't move
1.7 cancelled
1.6 candidate has
1.6 candidates in
2.4 candidates know
-1.9 candour
-1.7 candour about
2.2 cannot
3.3 cannot keep
3.3 cannot wait
1.5 captain
-1.6 care you
1.6 careers portal
3.5 carrier
3.1 carrier pigeon
3.1 case and
3.5 case email
-2.4 case it's
3.5 case my
-1.1 case presentation
3.3 case the
1.1 case they
1.6 case you
1.1 catch
3.1 catch you
-1.1 cebu
-1.6 cent
-1.3 certainly
3.1 certainty
-2.2 certificate
-1.3 certificates
-1.4 certification
-2.0 chain
-1.1 chair
-1.4 challenges
1.1 chance of
1.5 chance you
-1.6 change
-2.4 changed
-2.2 changes
-1.1 charge
2.1 chasing
-1.3 chat on
-1.1 chat this
1.5 check back
-1.1 check on
1.1 checked my
3.7 checking my
-1.1 checklist
-1.3 checks
2.2 childcare
-1.6 choice and
3.8 choice but
-1.8 choice so
-1.1 choose
2.0 choosing
1.1 chose
1.1 christmas
-1.6 churn
3.1 circling
3.1 circling back
-1.3 city
-1.6 class
1.6 clear that
-1.4 clearance
-1.9 clearer
-1.3 clearer picture
-1.9 clients
-1.4 clinics
1.1 clock
3.8 close of
-1.3 closely
-1.8 closer
-1.8 closer to
3.3 closes
-1.8 coastal
-1.1 code
-1.1 cohort
-1.8 cold
-1.1 cold chain
1.6 collect
1.1 collecting
-1.1 collections
-1.3 college
2.2 come back
-1.6 comes up
-1.1 comfortable with
-1.4 coming back
-1.1 coming from
-1.7 comments
-1.4 comments on
-1.1 commissioning
1.6 commit
1.6 commit to
-1.7 committee
-1.1 committee for
-1.1 committee's
2.0 communicated
-1.4 community health
-1.1 commute
1.9 companies
1.4 company has
-1.3 company i
1.9 company that
-1.6 competition
3.8 competitor
-2.3 complete
-2.2 completed
-1.1 completed my
-1.3 completed the
-1.1 completely
-1.1 compliance officer
1.1 concrete
1.1 confess
-1.7 confident i
1.7 confirm by
-1.6 confirm i'm
1.1 confirm my
1.5 confirm that
1.6 confirm which
2.0 confirming
1.1 congratulations on
1.4 consider
2.4 consider my
1.6 consider this
-1.3 considered again
-2.3 considered if
-1.4 consultant
-1.4 consultation
1.5 contact me
1.6 content strategist
-1.1 continue in
-1.1 continued
-1.4 contract at
1.6 contract ends
3.1 contract renewal
-2.2 contribute
-1.9 contribute to
2.6 convenience
-1.7 convenient
2.2 conversation so
-1.1 conversation yesterday
-2.5 conversations
-1.3 conversations with
-1.1 coordinated
1.1 coordinator interview
-1.4 coordinator post
3.8 copied
3.1 copied mr
-2.3 copy
-1.3 copy of
1.1 cork
-1.4 correct
1.6 corrib
-1.1 corrigan
1.1 cost
1.1 could answer
1.1 could do
3.3 could give
-2.0 could have
1.6 could manage
-1.1 could not
3.3 could someone
2.0 could spare
-1.7 could start
-1.1 could strengthen
-1.6 couldn't
-1.1 couldn't help
2.4 counting
3.7 counting on
1.5 counts
2.0 counts for
-1.9 county
1.1 couple
1.1 couple of
-1.9 course i
2.2 court
1.7 courtesy
-1.4 covered
-1.6 covers
-1.4 creative
2.2 crewing
-1.7 cross
-2.4 cross again
1.1 current contract
1.6 current manager
-1.1 current post
-1.1 current role
-1.1 current school
-1.7 customer
1.1 customs compliance
1.1 cut off
1.6 cv again
1.6 cv and
-1.1 cv i
1.6 daily for
3.7 dangling
-1.3 dashboard
-1.7 date of
-1.8 dates
3.1 daughter's
1.6 day as
1.1 day but
1.6 day i
2.0 day off
-1.1 day one
-1.3 day was
-1.1 day's
1.1 days
3.1 days ago
3.1 days delay
3.1 days from
2.9 days since
-1.1 days which
-1.1 de
1.8 deadline
3.7 deadline for
-1.1 deal from
1.6 deal to
1.1 dear sir
-1.3 decade
-1.4 december
-1.1 decide in
3.1 decide this
1.4 deciding
-1.1 decision about
2.0 decision as
3.7 decision before
2.2 decision by
-1.1 decision date
1.6 decision for
2.2 decision is
-1.4 decision might
-1.1 decision regarding
-1.1 decision so
3.5 decision this
-1.3 decision to
3.1 decision today
3.3 decision urgently
-1.4 decision was
-1.1 decision with
2.4 decision within
-1.1 degree
1.1 deliberation
-1.6 delivered
-1.4 delta
1.5 demand
-1.1 demonstration
-1.1 depth
-1.1 der
-1.1 described and
-1.1 described in
-1.2 description
1.1 deserves
-1.1 desirable
1.4 desk
-1.1 despite
-2.3 detail
-2.6 details
-1.3 details on
-1.3 developer role
-1.1 development officer
-1.1 diary
-1.3 did at
-1.6 did enjoy
-1.3 did notice
2.2 did say
-1.1 didn't work
1.6 difference
1.6 difference to
-1.3 dinner
-1.1 diploma
-1.4 direction
-1.3 director of
-1.1 disappointed as
-2.2 disappointed i
-1.1 discharge
-1.4 discussed on
-1.3 discussing
-1.3 discussing the
-1.3 discussion
-2.7 discussion about
-1.1 disruption
-2.0 distribution
-1.1 distribution centre
-1.3 do a
-1.1 do appreciate
1.9 do hope
1.6 do i
3.1 do if
-1.3 do it
-1.6 do keep
-1.1 do let
-1.1 do with
-1.4 do you
-1.6 document
-1.1 document is
-2.6 documents
-1.8 documents are
3.1 does not
1.5 doesn't come
3.1 doha
1.1 doing and
-2.2 don't feel
3.1 don't forget
4.0 don't hear
-1.1 don't hold
3.1 don't intend
3.5 don't keep
3.1 don't know
3.3 don't leave
3.1 don't make
-1.1 doubt many
1.4 down a
1.1 down from
-2.2 down to
2.6 down two
-1.5 dr
-1.1 driving
1.6 drop
1.7 drop in
1.9 drove
3.1 drove four
1.6 each morning
3.5 each way
4.3 earliest
3.1 earliest as
3.3 earliest convenience
1.1 easier to
-1.1 easily
-1.1 east
-1.4 easy
3.1 effort i
3.3 eight hours
1.1 eight weeks
-1.6 eight years
-1.4 eighteen
-1.4 eighteen months
-1.4 electrical
-1.1 electrical apprenticeship
-1.3 eleven years
-1.3 else from
-1.4 else in
-1.6 else that
3.3 else which
-2.4 else you
1.6 elsewhere so
1.7 email as
3.1 email but
2.2 email in
2.1 email is
1.5 email of
-1.1 email regarding
3.1 email would
1.4 emailing
2.6 emails
3.3 emails are
3.1 emails i
1.6 emails to
-1.6 employer has
1.5 ended
2.1 ends
1.7 ends on
1.6 ends up
-1.1 engineer trainee
-1.4 engineers
-1.3 enjoyed every
-1.1 enjoyed it
-1.1 enjoyed learning
-3.0 enjoyed our
-2.1 enough
-1.1 enquire
-1.3 entirely
-1.1 especially
-1.6 especially enjoyed
-1.4 estate
1.6 esteemed
1.6 esteemed organisation
2.7 even a
1.3 even if
-1.3 even the
-1.1 even though
1.6 evening
3.5 evening whether
-3.1 ever
-1.1 ever need
-1.1 ever that
3.7 every couple
1.8 every day
3.5 every evening
1.6 every fortnight
-1.1 every stage
-2.2 every success
3.1 every ten
1.6 every time
1.1 every week
-1.7 everyone
-1.1 everything in
-1.1 ewm
-2.4 exam
-1.7 example
-1.4 examples
-1.8 exams
-1.1 exams on
1.6 exception
-1.1 exercise and
-1.1 exercise was
-1.1 existing
-1.2 expansion
2.9 expect a
1.1 expect the
1.1 expect you
3.1 expect your
1.6 expectations
1.5 expected at
1.6 expected better
1.3 expected to
1.6 expecting
-1.4 expects
-1.4 expects to
3.3 expedite
-2.2 experience
-1.3 experience and
-1.1 experience for
-1.1 experience in
-1.4 experience to
1.1 experience would
1.1 expires on
-2.0 explain
-1.6 explain the
-1.1 explaining that
-2.0 explaining the
-1.4 extra
-1.1 extra days
-1.3 eye
-1.2 eye on
-1.1 facilities
2.0 facility
-1.6 fact
1.1 factory
1.6 factory and
-1.1 fair amount
-1.3 fair and
-1.1 fair to
-2.0 fairly
-1.1 fairness
1.3 falls
3.3 falls through
-1.4 families
1.6 family holiday
1.5 family is
1.1 family so
3.1 family to
-1.1 family wedding
2.0 farm
-1.1 farmer
1.9 fast
1.6 faster
1.4 faster than
1.5 father
-1.1 fault
-1.3 features
2.2 feed
1.6 feedback in
-1.5 feedback on
-1.1 feel free
1.1 feel i
-1.4 feel obliged
-1.9 feel the
-1.4 feel you
1.6 feels
-1.9 fell
-1.8 fell short
2.2 few days
-1.1 few extra
1.6 few times
-1.1 field and
-1.1 fieldwork
-1.7 fifteen
-1.3 fifteen years
1.6 fifth
-1.4 figure
-1.7 figures
1.1 fill
1.4 final decision
-1.1 final exams
1.6 final stage
1.6 finally
-1.3 finance director
-1.6 financial
1.1 finch
1.1 finding it
-1.1 findings
-1.9 finish
-1.1 finish my
-2.6 finished
-1.3 finished the
1.1 fire
-1.3 firm and
1.7 firms
-1.1 first aid
1.1 first and
-1.4 first choice
-1.3 first day
-1.4 first interview
-1.4 first ninety
1.4 first of
-1.1 first six
-1.1 first week
-1.7 first year
1.6 fitting
-1.4 five years
1.6 flat
3.3 fleet planning
1.1 flew
-1.4 flexible
3.1 flight
-1.6 flow
-1.6 focus
-1.3 focus on
1.1 followed up
-1.6 following the
-1.4 for <n>
-1.2 for any
1.6 for at
-1.4 for being
-1.9 for calling
3.1 for chasing
3.1 for even
-2.3 for explaining
1.1 for finally
-1.1 for five
-1.1 for four
-1.2 for future
-1.4 for getting
-1.1 for informing
-1.8 for inviting
-1.1 for keeping
1.6 for last
2.6 for long
-1.3 for lunch
-1.4 for most
1.6 for much
-1.1 for my
1.1 for nothing
3.1 for now
1.5 for one
-1.1 for other
-1.1 for passing
-1.1 for phoning
-1.6 for similar
-1.1 for someone
1.1 for something
-1.7 for speaking
-1.7 for such
-1.9 for telling
-1.7 for thursday's
1.3 for today
-1.8 for what
1.1 for yesterday
1.3 for you
-1.6 forecasting
2.4 forget
3.3 forget me
-1.1 forgive
-1.1 forgot
-1.1 forgot to
3.5 forgotten
3.1 forgotten about
-1.1 forklift licence
-1.1 form
-1.8 former
1.5 fortnight
3.1 fortnight and
3.3 forty eight
-1.5 found
3.3 four hours
1.6 four times
-1.7 four weeks
-1.1 four years
2.1 fourth
3.1 fourth time
-1.6 framework
1.3 frank
1.6 frankly
-1.1 freelance
3.1 fresh
1.1 friday
3.1 friday afternoon
-1.4 friday for
3.1 friday i
3.1 friday i'll
2.6 friday so
2.2 friday the
2.2 friday to
1.6 friend
-1.4 friendly
1.6 friends
-2.8 from <n>
-1.1 from about
1.6 from now
1.1 from two
-1.1 from what
1.1 from where
1.1 from your
3.1 frustrating
-1.2 full
-1.8 full picture
-1.4 fully
-1.4 fun
-1.1 further
-2.1 further documents
-1.1 further i
-1.6 further information
2.2 further to
-1.1 further you
-2.0 future
-1.1 future i
-1.1 future recruitment
-2.4 future roles
-1.9 future vacancies
-1.3 gap
-1.1 garden
1.1 gave of
2.2 gave up
-1.1 gave you
-1.1 geelong
1.5 generous
1.7 gentle
3.3 gentle reminder
-2.1 gently
-1.1 gently suggest
-1.5 genuinely
1.9 get a
3.1 get back
3.1 get lost
3.1 get round
1.6 get that
-1.1 get to
3.3 ghosted
1.4 give
2.2 give me
1.1 give my
2.0 give notice
2.1 give you
2.4 given how
1.1 given that
-1.3 gives
-1.1 gives me
1.3 giving
3.3 giving you
-1.6 glad
-1.7 glad to
3.3 go with
-1.1 goes
-1.3 goes well
-1.3 going through
1.4 gone
3.1 gone another
3.3 gone with
-1.3 good deal
1.3 good news
-1.8 good to
1.6 good weekend
-1.1 got a
1.9 got the
-1.1 grading
-1.1 graduate engineer
1.6 graduate structural
-1.6 graduate trainee
1.6 grants coordinator
1.7 grateful if
-1.1 grew
-1.7 ground
-1.1 group's
-1.3 grown
-1.1 growth
1.9 guessing
3.3 guessing from
-1.3 guest
-1.6 guidance
1.1 had another
-1.1 had any
-1.7 had been
-1.1 had clearly
-1.1 had gone
1.4 had hoped
-1.4 had in
3.1 had no
1.1 had your
-1.4 hadn't
1.6 hale
-2.7 half
-1.3 half the
1.1 handed
-2.0 handled
-1.1 handled the
1.6 handler
-1.4 handling
-2.4 hands
-1.9 hands on
1.1 hangar
4.0 hanging
-1.1 happens
-1.6 happy
-1.6 happy to
1.1 harbourline
-1.6 hard not
3.3 hard on
1.1 hardest
1.1 hardest part
-1.1 harlow
-1.4 harvest
-1.1 has actually
1.5 has already
2.2 has called
-1.8 has changed
1.1 has gone
-1.1 has grown
1.1 has had
1.1 has moved
1.7 has not
3.1 has reached
-1.1 has several
1.1 has worked
3.1 hasn't been
1.7 hate
1.6 hate for
2.0 hate to
-1.4 have accepted
1.1 have already
1.6 have also
1.8 have an
1.9 have another
-1.7 have asked
-1.7 have attached
3.3 have copied
-1.4 have decided
1.5 have expected
1.7 have gone
-1.1 have handled
1.7 have heard
2.0 have i
1.7 have kept
1.1 have lost
-1.3 have made
1.6 have my
-1.4 have news
3.8 have no
1.4 have not
2.7 have now
-1.4 have one
3.1 have other
-1.1 have passed
3.1 have put
-1.1 have run
-1.3 have said
-1.4 have saved
-2.4 have the
1.9 have to
1.6 have travelled
2.2 have turned
1.6 have two
1.6 have wanted
-1.6 have worked
1.4 have written
2.7 haven't
2.0 haven't had
4.4 haven't heard
-1.1 having me
-1.3 he has
3.1 hear anything
3.8 hear back
2.4 hear by
-1.1 hear good
-1.3 hear more
-1.7 hear of
3.8 hear something
3.1 hear soon
3.3 hear within
2.3 heard
3.8 heard anything
3.5 heard back
3.7 heard by
2.0 heard from
3.1 hearing your
1.6 held off
1.5 hello
-1.1 help noticing
-2.2 help the
-1.3 help to
-1.7 helped
-1.1 helped me
-2.9 helpful
-1.4 helpful for
-1.1 helpful to
-1.4 helps
1.6 here i
-1.6 here is
3.1 high demand
-1.3 highest
1.6 hillcrest
-1.3 him
-1.1 his
-1.7 history
-1.3 hit
1.2 hold
-1.4 hold a
3.5 hold for
3.1 hold indefinitely
-1.1 hold the
3.3 hold you
2.3 holding
1.6 holding an
3.5 holding things
2.1 holiday
1.6 holiday so
-1.4 holidays
1.1 honest picture
1.6 honest with
1.6 honestly how
1.3 honestly i
1.6 honestly my
-1.1 honestly that
3.1 honestly the
-1.3 honesty about
-1.3 honoured
-1.1 honoured to
2.0 hope for
-2.3 hope our
-1.2 hope to
1.5 hope you'll
1.6 hoped the
1.5 hoping
1.3 hoping for
1.1 hospital has
1.6 hospitality at
1.6 hospitals
-1.1 hosting
1.6 hotel for
-1.2 hour
1.1 hours
3.3 hours each
-1.3 hours on
-2.6 housing
-1.1 how a
-1.4 how i'd
1.8 how long
-1.1 how my
1.6 how quickly
1.1 how this
-1.1 how we
-1.9 how you
-2.2 how your
1.6 however
1.6 however i
1.2 hr
-1.4 hub
3.1 huge
-1.6 hundred
-1.7 hurry
-1.1 hybrid
-1.1 hyderabad
-2.3 i accept
-1.9 i answered
1.6 i are
2.2 i attended
-2.5 i believe
2.2 i can't
4.0 i cannot
-1.1 i checked
-1.1 i coordinated
-1.1 i could
-1.4 i couldn't
1.6 i decide
-2.1 i did
-1.9 i especially
1.5 i expect
-1.3 i felt
-1.1 i finish
1.1 i flew
1.6 i fly
-1.1 i forgot
-1.2 i found
-1.4 i fully
-1.1 i genuinely
1.8 i get
1.6 i go
1.5 i got
-1.1 i hadn't
2.4 i haven't
1.3 i hear
-1.8 i hold
-1.4 i imagine
1.1 i interviewed
-1.4 i learned
-1.3 i learnt
1.6 i leave
-1.7 i led
-2.2 i liked
-1.1 i made
2.2 i manage
-1.1 i may
3.1 i miss
1.6 i moved
2.1 i need
2.2 i notice
1.1 i now
-1.3 i only
-1.7 i passed
1.6 i pray
-1.4 i prepared
3.3 i put
-1.7 i ran
2.0 i read
-1.9 i realise
1.1 i rearranged
-1.1 i rebuilt
1.1 i received
-1.1 i reckon
3.3 i request
-1.3 i say
-1.3 i see
-1.1 i set
2.6 i shall
-1.7 i simply
-1.3 i spent
1.1 i start
-2.1 i suppose
1.1 i take
3.1 i tried
1.6 i trust
4.0 i turned
-1.3 i valued
-1.4 i very
3.3 i were
1.3 i will
-2.2 i wish
-1.3 i wrote
2.4 i'd appreciate
3.5 i'd ask
-1.3 i'd bring
-1.1 i'd check
1.6 i'd had
1.6 i'd hate
-1.1 i'd hope
1.6 i'd just
1.4 i'd rather
-1.6 i'd value
-2.2 i'd welcome
3.1 i'll accept
3.2 i'll assume
3.1 i'll call
1.5 i'll do
3.5 i'll expect
3.3 i'll follow
3.7 i'll give
2.2 i'll have
3.3 i'll hold
4.3 i'll need
3.3 i'll pop
3.3 i'll ring
-1.1 i'll say
1.1 i'll send
3.1 i'll stop
2.7 i'll take
1.5 i'll try
-1.1 i'll understand
-1.4 i'll wait
-1.7 i'm a
1.7 i'm afraid
-1.6 i'm excited
1.1 i'm finding
-1.7 i'm genuinely
3.7 i'm giving
-1.6 i'm glad
2.6 i'm guessing
3.1 i'm holding
3.5 i'm hoping
-1.3 i'm just
-1.1 i'm looking
-1.1 i'm most
-1.6 i'm on
1.7 i'm rather
3.1 i'm renewing
-1.5 i'm sorry
1.1 i'm starting
1.6 i'm sure
-1.1 i'm told
1.1 i'm withdrawing
-1.4 i've accepted
2.0 i've already
2.0 i've also
1.6 i've checked
-1.3 i've decided
-1.3 i've finished
2.2 i've got
1.1 i've had
-1.1 i've passed
2.2 i've put
-1.1 i've realised
-1.1 i've spent
1.6 i've turned
-1.3 i've worked
-1.6 idea of
1.7 ideally
-1.6 ideas
-2.0 if a
-2.6 if another
-2.5 if any
-1.1 if anything
1.6 if i'd
1.1 if i'm
3.5 if i've
-1.1 if needed
1.1 if not
-1.3 if something
-1.1 if they
-1.1 if things
3.5 if this
-1.3 if you'd
2.4 if you've
-2.1 if your
1.1 ignore
-1.1 imagine the
3.0 immediately
3.3 immediately as
3.3 immediately if
2.0 impressive
-1.6 improve
-1.8 in <n>
1.1 in advance
-1.6 in again
-1.1 in any
-1.1 in both
-1.1 in detail
3.1 in doha
1.6 in durban
2.2 in every
-1.1 in fairness
1.6 in from
-2.4 in future
2.0 in high
-1.1 in hospital
1.6 in how
3.1 in limbo
-1.3 in more
-1.1 in once
-1.7 in one
-1.4 in particular
-1.1 in reception
-1.3 in september
3.5 in spam
3.1 in suspense
-1.6 in that
-1.4 in their
-1.4 in this
1.9 in to
-1.3 in twenty
1.7 in under
-1.7 in well
1.1 in working
2.0 inbox
1.6 inbox and
3.1 inbox every
-2.1 including
-1.3 including the
3.8 indefinitely
-1.1 indication of
-1.4 industry
1.1 inform
-1.1 inform you
-1.1 inside
1.1 instant i
-1.3 instead of
-1.1 instructor
-1.6 intake
1.5 intend
1.5 intend to
-2.0 interest of
3.3 interest so
3.7 interested but
-1.1 interested particularly
-2.4 interesting
-1.1 interesting to
-1.9 internal
-1.4 internship
1.6 interview did
-1.1 interview fell
2.0 interview from
1.1 interview i
1.1 interview i've
-1.8 interview this
-1.5 interview yesterday
1.2 interviewed
1.5 interviewed for
1.1 interviewed with
-1.3 interviewer
-1.1 interviews for
1.7 interviews i
-1.1 interviews in
3.1 into this
1.6 invested
1.6 invested in
-1.3 invitation
-1.6 invited
-1.9 inviting
-1.9 inviting me
-1.1 is absolutely
2.0 is all
-1.6 is anything
1.1 is back
3.1 is becoming
-1.1 is doing
3.1 is getting
1.9 is in
-1.1 is meant
1.9 is my
-1.3 is nothing
1.3 is now
-1.3 is one
-1.6 is possible
3.1 is quite
1.6 is really
1.6 is regarding
-1.1 is required
-1.4 is right
-1.4 is simply
3.5 is taking
-2.4 is that
-1.4 is useful
-1.4 is valid
-1.4 is what
-1.3 is where
-1.3 isn't possible
-1.3 isn't the
1.1 it again
1.6 it as
3.1 it by
-1.6 it came
1.1 it confirmed
-1.4 it didn't
1.6 it down
1.6 it first
-1.3 it for
-1.3 it had
-1.1 it help
2.0 it if
-2.4 it in
1.6 it into
-1.1 it meant
-1.3 it over
1.1 it really
-1.1 it seemed
-1.1 it shows
-1.1 it suits
-1.6 it the
1.1 it this
2.0 it through
1.6 it too
1.1 it took
3.1 it until
1.6 it up
-1.7 it wasn't
-1.1 it went
1.1 it will
3.1 it's only
-2.4 it's useful
-1.6 it's worth
-1.2 its
1.1 job and
-1.6 job description
2.0 job i
-1.4 job in
1.6 join and
-1.3 joined
-1.3 joining you
-1.1 july
-1.4 june so
3.1 junior accountant
-1.4 junior data
-1.1 just as
2.0 just been
3.1 just bumping
3.1 just circling
-1.1 just didn't
1.5 just let
1.5 just like
1.6 just need
2.0 just rather
1.1 just so
3.1 just tell
-1.1 just wanted
1.6 keen the
1.5 keep a
-1.2 keep an
-1.1 keep coming
-1.3 keep following
-1.4 keep in
1.1 keep me
1.7 keep that
3.1 keep them
-1.1 keep you
-1.7 keeping me
-1.6 kept in
3.7 kept my
-1.1 kept the
3.1 kept waiting
1.6 kids
-1.4 kind email
-1.1 kind note
1.6 kind response
1.1 kinder to
-1.4 kindly agreed
3.1 kindly do
3.7 kindly revert
1.1 kindly treat
1.1 kindness
1.5 kisumu
1.6 know a
-1.2 know about
-1.2 know and
4.1 know by
3.5 know either
1.6 know i'll
-2.0 know if
-1.1 know in
-2.2 know my
2.4 know one
1.1 know so
2.0 know this
1.9 know where
1.6 know you're
-1.4 known
-1.3 knows
1.6 lab and
-1.1 laboratory technician
1.6 landing
3.7 landlord
3.1 landlord wants
1.6 lapse
-1.7 large
-1.3 last friday
1.1 last month
1.6 last two
-1.1 late and
1.6 late so
3.1 later than
3.2 latest
3.3 latest by
-1.3 launched
-1.1 law
-1.1 lead
-1.8 lead position
-1.4 leadership
-1.2 learn
-2.1 learn about
-1.8 learned
-1.4 learned a
-1.5 learning
-1.1 learning how
-1.4 learnt
-1.4 learnt a
2.4 lease
1.6 lease in
1.6 least
1.8 least a
1.1 least i
3.3 leave a
1.1 leave it
2.2 leave me
3.3 leaves
1.6 leaving
-1.1 lecturer in
-2.6 led
-1.9 led the
2.5 left a
2.0 left waiting
2.0 left you
-1.1 legacy
-1.9 lesson
1.6 let a
2.0 let candidates
3.1 let's
-1.6 letter about
-1.5 level
1.1 library assistant
-2.3 licence
1.1 licensed
1.9 life
3.1 life on
-1.3 like a
1.5 like an
-1.1 like me
1.6 like them
1.5 like this
1.6 like your
-1.4 liked
-1.1 liked the
-1.1 liked very
-1.3 liked what
3.1 limbo
1.6 limit
1.7 limits
-1.6 line and
3.1 line by
3.1 line on
1.5 line reply
1.6 lines of
-1.9 link
2.0 linkedin
4.0 linkedin and
-1.8 listed
-1.3 listed as
-1.3 little more
-1.1 little over
-1.1 little sad
2.0 little sooner
-1.1 live
1.6 lobby
1.6 lodge
1.6 long
3.5 long as
1.6 long i
1.6 long the
1.7 long time
-1.1 look forward
-1.5 looking
-2.0 looking for
2.7 lose
3.7 lose me
2.4 losing
2.0 losing me
-1.1 loss
1.4 lost
3.5 lost interest
-1.9 lot from
-1.1 lot to
3.1 loud
-1.1 low
-1.1 lucky to
1.6 luke's
3.1 lunchtime
-1.1 ma
1.6 mad
-1.6 made it
1.1 made up
-1.6 main
-1.6 mainly
1.6 makati
1.9 make me
-1.4 make my
2.1 make sure
1.1 make your
1.6 makes it
-1.3 makes me
1.1 making the
1.1 manage
3.3 manage to
-1.8 managed
-1.4 management
-1.2 manager position
-2.1 managers
-1.4 manchester
1.6 many more
-2.0 many of
-1.1 many people
-1.1 marina
1.9 marine
1.1 market
-1.1 master's
3.1 match it
3.3 mate
2.2 matter
3.3 matter as
-1.1 may and
-1.1 may be
1.3 may i
-1.3 may take
-1.8 maybe
1.5 me an
1.6 me back
1.6 me be
2.0 me by
-1.1 me during
2.4 me every
3.1 me first
-1.1 me i
-1.6 me if
-1.1 me informed
1.6 me it
-1.6 me more
-1.2 me of
1.1 me out
2.1 me over
-1.1 me posted
3.1 me regret
1.1 me so
-2.2 me such
1.2 me this
1.7 me today
1.6 me two
-1.1 me understand
-1.3 me until
-1.1 me very
3.7 me waiting
-1.4 me well
1.1 me where
2.0 mean
1.9 mean a
-1.1 meant a
-1.4 meant to
-2.5 meantime
-1.1 mechanical
-1.7 meet you
-1.5 meeting with
1.5 meets
-1.1 members
-1.2 mention it
1.1 mention only
-1.3 mention this
1.1 mentioned a
1.1 mentioned at
-1.4 mentioned is
-1.5 mentioned that
-2.2 mentioned the
-1.4 mentioned you
-1.1 mentions
-1.1 mentoring
1.6 merchandiser
1.6 mercy
-1.6 message about
-1.8 message and
3.5 messaged
3.5 messaged you
2.6 messages
-1.3 met the
-1.9 mid
-1.7 middle
-1.6 middle of
-1.1 might come
-1.1 might have
-1.3 might like
-1.9 million
-1.1 million for
1.5 mind and
-2.4 mind for
1.6 mine to
-1.1 mining
-1.7 minutes at
3.1 misery
2.6 miss
3.1 miss you
-1.4 modelling
-1.7 module
1.2 moment
4.1 monday so
1.5 monday to
1.1 money
-1.8 month end
1.1 month i
1.6 month of
2.4 month to
-1.1 month would
-1.1 monthly
-1.3 months and
-1.2 more about
-1.3 more detail
-1.3 more excited
1.9 more for
-1.7 more of
-1.7 more time
1.6 more ways
1.3 morning and
1.6 morning but
1.6 morning to
-2.1 mornings
-1.5 most
3.3 most grateful
-1.4 most interesting
-1.6 most like
-1.7 most of
-2.4 mostly
3.3 move faster
-1.3 move forward
3.5 move quickly
1.1 moved on
1.6 moved to
2.0 moving fast
1.6 mr nowak
-2.3 mrs
-1.1 ms okafor
-1.3 much clearer
-1.3 much easier
-1.1 much enjoyed
3.8 much longer
-1.1 much of
2.0 much to
1.6 much want
2.2 mum
-1.1 museum
2.4 must be
3.1 must know
-1.3 must withdraw
-1.4 my account
-1.1 my answer
-1.7 my answers
-1.7 my background
1.1 my case
-1.4 my congratulations
3.1 my daughter's
3.5 my deadline
-1.1 my decision
-1.6 my details
3.1 my earlier
4.1 my emails
-1.6 my experience
2.2 my file
-2.1 my first
-1.1 my former
3.3 my fourth
1.6 my graduate
2.7 my inbox
3.7 my landlord
3.3 my lease
3.5 my life
3.1 my misery
2.2 my mum
1.3 my name
2.0 my notes
3.3 my other
2.2 my panel
3.1 my parents
-1.6 my part
2.2 my partner
3.3 my patience
1.9 my phone
-1.9 my portfolio
-1.4 my present
1.5 my previous
-1.9 my questions
3.1 my savings
1.6 my sea
2.0 my search
1.7 my second
1.7 my situation
3.1 my thank
2.0 my third
1.6 my way
3.1 my whole
-1.1 my year
-1.7 myself
-1.1 names
-1.1 natural
-1.6 naturally
-1.3 near
1.1 need a
3.3 need an
-2.4 need from
-1.1 need someone
3.3 need you
4.6 need your
-1.5 needed
3.1 needful
1.1 needs a
1.6 neither
1.6 neither of
-1.1 nervous
-1.8 new hire
-1.1 new starters
-1.1 new year
-1.6 news and
3.3 news at
2.0 news from
-1.1 news i
-1.1 news in
1.1 news is
-1.2 news on
-1.3 news was
3.1 news would
3.1 next few
1.1 next month
-1.4 next round
-1.4 next season
-1.3 next step
3.1 next tuesday
-1.1 next wednesday
-1.1 next year
2.2 nice
3.3 nice to
1.5 nights
2.6 nineteen
3.5 nineteen days
-1.4 ninety days
2.0 no and
3.1 no but
3.1 no by
3.5 no choice
1.6 no doubt
1.6 no is
-1.7 no need
1.5 no one
3.1 no or
1.1 no other
-1.3 no problem
-1.6 no rush
3.1 no update
3.5 no would
1.5 nobody has
3.5 noon
1.6 nordhavn
1.6 nordvik
-1.9 northern
1.1 not been
-1.9 not disappointed
-1.1 not fully
1.6 not hear
3.8 not heard
2.0 not how
3.3 not keep
3.1 not later
3.1 not left
-1.1 not possible
3.1 not prepared
3.3 not yet
-1.1 note and
3.1 note from
1.1 note that
-1.4 note to
1.1 notes from
1.3 nothing
3.1 nothing so
1.1 nothing to
-1.1 notice that
-1.1 noticing
1.3 now
1.8 now and
1.2 now been
3.1 now eleven
3.3 now on
3.1 now received
2.4 now so
1.6 nowak
2.0 nudge
-1.6 number
-1.7 number of
-1.7 numbers
-1.4 nurses
-1.4 nursing
-1.1 obliged to
-1.4 of applicants
-1.4 of being
3.8 of business
1.6 of care
3.3 of days
-1.6 of four
-1.6 of future
-1.3 of hands
-1.1 of how
1.1 of interviews
1.1 of june
-1.3 of luck
1.3 of me
-1.4 of next
1.6 of procurement
1.6 of term
-2.2 of that
1.1 of things
1.7 of this
-1.1 of those
-1.3 of thought
2.0 of three
-1.3 of time
-1.3 of transparency
3.1 of waiting
-2.1 of what
-1.6 of where
1.1 of work
2.0 off and
3.3 offer as
3.3 offer by
-1.1 offer due
2.4 offer in
1.6 offer is
2.0 offer letter
1.1 offers
1.8 office on
3.3 office to
3.1 office twice
-1.1 okafor
1.1 ol
-1.8 old
3.1 on all
2.0 on and
-1.7 on any
-1.8 on file
2.0 on for
1.6 on good
3.3 on hearing
-1.3 on his
3.2 on hold
1.1 on i'd
-1.3 on joining
-1.1 on leave
2.1 on linkedin
3.1 on loud
1.6 on other
-1.1 on reflection
-2.1 on saturday
-1.1 on them
1.9 on this
1.5 on time
3.1 on us
-1.4 on what
3.1 on whatsapp
-2.1 onboarding
-1.4 once again
-1.1 once i
1.4 once more
-1.1 once the
-1.1 one and
3.1 one doesn't
-1.1 one i'd
-1.3 one in
2.1 one line
-1.4 one month
1.5 one person
-1.1 one piece
-1.1 one that
-2.2 one thing
4.3 one way
-1.8 online
3.3 only a
1.4 only assume
-1.1 only in
-1.3 only mention
-1.8 only one
-1.1 only say
-1.1 only wanted
-1.4 open about
-1.6 open to
-1.1 open up
-1.6 open with
1.6 opening at
-1.4 opening comes
-1.3 opening in
-1.3 openings in
-1.3 opens in
-1.1 opens up
-1.7 operation
-1.1 operations lead
-1.7 operations manager
-1.1 operator
-2.9 opportunity to
1.6 option
1.9 options
3.1 or i'll
1.5 or is
4.4 or no
2.2 or the
-1.4 organisation and
1.6 organisation that
-1.7 organised
-1.1 organising
1.6 orwell
-1.1 other applicants
3.3 other by
3.8 other companies
-1.1 other company
3.3 other interviews
3.1 other options
3.5 other processes
1.1 other two
1.3 otherwise
1.6 otherwise i
-1.4 our conversations
-2.6 our discussion
1.1 our interview
1.5 our meeting
-2.4 our paths
-1.1 our team
-1.1 out and
2.2 out at
1.6 out the
-1.1 outcome and
1.6 outcome before
-1.8 outcome for
-1.7 outreach
-1.9 outside
1.1 over from
-1.4 over two
2.2 own cost
-1.3 pace
-1.3 packaging
-1.6 page and
-1.3 pair
-1.3 pair of
-1.1 pairing
-1.7 panel for
-1.3 panel gave
-2.0 panel had
1.1 panel has
1.8 panel interview
1.6 panel is
-1.3 panel took
-1.4 panel's decision
-2.4 paper
1.1 paperwork
3.1 parents
-1.7 part i
-1.6 part was
-1.1 particularly in
-1.1 particularly on
-1.1 particularly the
-1.4 partnerships
-1.1 passed
-1.6 passed my
-1.3 passed the
-1.3 passing on
3.3 passing your
2.1 past the
3.1 pasted
3.1 pasted it
-1.1 patchy
-1.5 paths
-2.3 paths cross
-1.1 patience when
-1.3 patience with
-1.4 payments
-1.1 peak
3.1 pending
1.6 pension
-1.1 people in
-1.8 people who
-1.6 per cent
3.3 per my
-1.6 perfectly
-1.1 performance
1.6 perhaps my
-1.4 period at
-1.3 period is
-1.1 person specification
2.0 person you
-1.1 personally rather
1.6 perth for
-1.3 pharmacist
-1.1 phone for
3.8 phone on
3.3 phone your
-1.1 phoning
1.6 physiotherapist
-1.1 picture of
1.6 picture you
-1.4 piece
-1.1 piece of
3.1 pigeon
2.2 pile
1.1 pity
1.1 placed
1.6 placed on
-1.6 placement
-1.3 plainly
2.4 plan accordingly
2.2 plan my
-1.3 planned
-1.4 planning my
1.6 planning officer
-1.3 plate
3.1 please advise
3.1 please confirm
1.5 please could
1.1 please give
1.5 please just
1.5 please note
3.3 please reply
3.3 please respond
3.3 please ring
1.1 please send
3.1 please tell
-1.7 please thank
1.7 please treat
-2.2 pleased
-2.2 pleased to
1.6 plenty of
1.5 pm
-1.3 point i
-1.1 point i'd
-1.1 pointers
-1.7 points
-1.4 policy officer
1.6 polite
-1.4 politely
-1.1 pool
3.0 pop
3.1 pop into
3.3 pop up
-1.1 position closer
-1.6 position opens
3.1 position this
-1.3 position with
-1.1 positions
1.1 positive
-1.8 possibility
-1.6 possibility of
3.1 possible as
1.7 possible so
-1.7 post comes
-1.1 post opens
-1.6 post with
1.7 postdoctoral
3.1 postdoctoral position
-1.1 posted
-1.4 posting
-1.1 posts
-2.2 practical
1.6 pray
1.6 preferred
-1.1 preparation
3.1 prepared to
-1.1 pressures
-1.9 pretend i'm
1.3 previous
3.1 previous messages
-1.3 priorities
1.1 prioritise
1.1 priority
1.6 priya
-1.1 problem at
-1.3 problems
2.4 process has
-1.1 process is
-1.3 process stands
-1.3 process with
2.4 processes
-1.1 processing
-1.1 procurement lead
-1.1 procurement officer
-1.8 production
1.1 professional
-1.6 professor
1.6 profile is
-1.3 programme
-1.1 programme at
-1.4 programme officer
-1.1 project i
-1.4 projects
1.5 promise
1.7 promised
2.2 promises
1.6 proof
1.1 proper one
1.6 prove
-2.7 provide
-1.3 provide any
-1.9 provide anything
-1.4 provide references
-1.6 public
-1.3 published
-1.9 pune
1.3 put
1.1 put a
1.7 put in
1.1 put me
3.1 put the
1.1 put together
1.1 put you
1.1 puts me
-1.3 qualifications
-1.1 qualified
-1.1 quantity
-1.1 quantity surveyor
-2.2 quarter
-1.1 quarterly
-2.2 question about
-3.4 questions
-2.2 questions about
-1.1 questions i
1.1 quick
1.6 quick line
2.2 quick reply
1.6 quicker
1.1 quickly
2.2 quickly and
2.2 quietly
-1.3 quota
-1.1 r sum
-1.1 railway
-1.1 ramadan
-2.4 ran
-1.1 ran a
1.5 rang
2.1 rather have
1.1 rather join
1.5 rather know
4.0 rather not
3.5 rather work
-1.8 reach a
-1.4 reach me
1.2 reached
2.0 reached a
2.2 reached you
1.7 reaching
1.1 read that
1.6 reading between
-2.4 ready
-2.1 ready to
-1.1 real pleasure
-1.8 realised
-1.1 realised the
3.1 really do
1.1 really like
-1.3 really liked
3.3 really need
-1.3 really useful
1.1 rearranged
-1.3 reasons
1.6 rebuilding the
-1.3 rebuilt
1.6 receive
1.1 receiving
-1.1 recent
1.9 receptionist
-1.4 reckon
3.1 reconsider
-1.3 record
-1.3 recorded
-1.3 records
1.9 recruiter
-2.6 recruitment
-1.1 recycling
-1.7 redesign
-1.6 reduced
-1.4 reducing
-1.8 referee
-1.3 referees
-1.4 references
-1.6 references or
-1.4 reflection
2.7 refreshing
3.8 refreshing my
2.1 regarding my
-1.6 regards
-2.0 region
2.0 regional director
-1.4 regional sales
1.1 registered
-1.1 registration
1.1 regret
2.0 regret it
1.6 regularly
-1.3 relationships
-1.3 relaunch
-1.6 relevant
-1.1 relevant to
-1.6 relocating
-1.3 relocating to
3.5 relying
3.5 relying on
1.3 remain interested
-1.7 remains
-2.5 remains my
-1.1 remains the
-1.3 reminded
-1.3 reminded me
2.1 reminder
3.1 reminder that
-1.8 renewed
3.1 renewing
2.0 rent
-1.3 reopen
1.3 reply
3.3 reply asap
1.9 reply by
-1.7 reply date
3.1 reply i
1.1 reply in
3.5 reply is
3.1 reply so
3.3 reply this
3.5 reply would
1.6 replying to
-1.8 report
-2.2 reporting
-2.0 reports
-1.1 reports to
-1.3 reps
1.5 request
1.6 request you
-1.3 requested
-2.0 required
-1.4 required from
-1.3 requirements
1.1 research assistant
1.1 research coordinator
3.1 resending
1.6 reserve
1.6 resolved
-1.8 respect the
1.1 respond
3.3 respond immediately
1.1 responded
1.7 response
3.1 response to
1.6 rested
-1.1 restructure
3.1 result by
-1.6 result of
-1.6 retail
1.9 return
-1.1 returns
1.6 revenue manager
4.2 revert
3.1 revert with
1.6 reyes
-1.3 rig
3.1 right desk
-1.3 right for
2.2 right now
2.4 ring
2.1 ring me
3.3 ring your
1.1 role but
-1.1 role for
-1.8 role in
1.6 role last
-1.1 role remains
1.7 role so
-1.4 role was
-1.3 role we
-1.1 role went
-3.4 roles
-1.3 roles at
-1.4 roles in
-1.9 rollout
1.6 rough idea
-1.7 roughly when
-1.3 round and
1.6 round for
2.2 round so
3.1 round to
1.6 round with
-1.4 rounds and
2.4 rounds of
-2.1 route
-1.1 route planning
1.1 row
-1.6 run a
3.3 run out
-1.8 run the
-1.1 running a
3.1 runs out
-2.4 rush
-1.6 rush on
-1.3 rush your
-1.1 rushed
-1.1 s i
-1.7 sad
-1.9 said about
1.6 said i'd
-1.3 said it
-1.1 said so
3.3 said you'd
-1.1 sales manager
1.6 sales role
1.4 same day
3.3 same question
-2.0 sample
-1.1 samples
-1.6 sat
1.6 save
1.6 save you
-1.8 saved
-1.4 saved us
1.5 savings
1.6 saw on
-1.1 saw the
-1.4 say it
-1.2 say that
-1.1 say this
-1.3 saying
1.6 says a
-1.4 scenario
-2.6 scheme
-1.6 schools
-1.3 science
-1.6 score
-1.1 scoring
-1.4 screening
1.6 searches
1.1 season and
-1.3 seasons
3.1 second gentle
-1.1 second half
1.5 seconds
-2.2 section
3.5 see if
-1.3 see that
1.1 see what
1.8 see whether
1.6 seen it
-1.4 send anything
-2.0 send it
-1.3 send over
1.6 sending my
1.1 senior planning
-1.7 sense
-2.4 sense of
1.1 sent
2.2 sent a
1.1 sent the
-1.1 sepsis
-1.1 september so
-1.4 session with
-1.1 set out
-1.3 set up
1.5 settle
-1.1 settled on
-1.8 settles in
1.1 seven
1.6 seven weeks
2.4 shall
2.2 shall be
-1.3 share
-1.1 share an
-1.9 share any
-1.6 share on
-1.3 share where
-1.1 sharing
-1.1 she had
1.1 she was
-1.3 she's
-1.1 sheet
1.6 shenzhen
3.5 shift at
-1.6 shift on
-2.0 short
-1.3 short call
-1.4 short contract
-2.2 short note
-1.1 short notice
-1.1 short update
-1.6 should a
3.5 should i
3.1 should keep
-1.1 should know
1.8 should mention
-1.1 should the
-1.3 should you
1.6 shouldn't
1.1 show me
1.6 show more
1.5 shows how
-1.4 side i
1.9 sign
3.1 sign with
-1.4 signed
3.5 signing
3.1 signing with
4.9 silence
3.1 silence as
3.7 silence is
3.5 silence that
-1.5 similar
-1.4 similar post
-1.6 similar roles
1.3 simple
3.1 simple yes
1.6 simply because
-1.3 simply wanted
1.4 since i
3.1 since long
3.3 since march
1.3 since my
1.6 since nobody
1.7 since the
-1.3 sincere
1.2 sir
1.7 sir i
3.1 site and
1.7 site engineer
-1.8 site visit
-1.7 sites
-1.3 sitting my
1.9 situation
-1.9 six months
1.5 six weeks
-1.8 six years
-1.1 slightly
3.1 slip
1.6 slipped
1.5 slots
-1.1 slow things
3.3 so any
-1.1 so clearly
1.6 so i'll
1.3 so i'm
2.2 so long
1.1 so many
1.5 so please
-1.4 so quickly
1.1 so that
1.1 so the
3.3 so unless
2.0 so we
1.6 so you're
-1.1 software
1.6 solutions
-1.1 some of
1.6 someone actually
1.1 someone at
2.4 someone else
-1.1 someone to
-1.4 someone who
3.3 something by
2.0 something else
-1.3 something similar
1.4 soon
2.8 soon as
2.3 sooner
1.5 sooner than
-1.6 sorry it
-1.4 sorry not
-1.9 sound
-1.1 sounds
4.0 spam
-1.1 speak
-1.3 speak again
1.6 speak to
-2.2 speak with
-1.9 speaking with
-1.3 specification
1.3 speed
-2.0 spent
-1.7 spent with
-1.1 spirit
-1.3 splits
-1.2 spoke
-1.3 spoke i've
-1.3 spoken
-1.1 sponsorship
-1.2 spring
1.6 st luke's
-1.1 stages
-1.1 stages and
-1.1 stakeholder
3.1 stand by
-1.4 stand with
-2.2 standard
-1.9 stands
-1.1 start at
-1.1 start dates
1.6 start forty
-1.7 start on
1.6 started the
-1.1 starters
-1.1 starts
-1.7 state
-1.3 station
1.4 status
3.5 stay available
-3.1 stay in
-1.1 stay the
-1.1 stay with
2.0 stays
-1.3 step
-1.3 step for
3.1 still awaiting
-1.1 still being
3.3 still here
1.6 still interested
1.5 still my
3.3 still nothing
3.1 still pending
1.7 still really
-1.1 still think
1.1 still up
4.2 still waiting
3.5 still want
4.1 stop
-1.1 straight away
1.1 strategist
1.1 strategist role
1.7 strength
3.3 strength of
-1.4 strengthen
-2.5 strong
-1.4 stronger
-1.4 struck
-1.1 struck by
-1.1 struggling to
-2.3 student
-2.0 students
-1.2 study
-1.1 study on
-1.7 subject re
1.6 subject senior
-1.9 success
-1.1 success role
-1.3 success with
-1.6 such
-2.5 such as
-1.8 suit me
-2.4 suitable
-1.6 suits
-1.3 suits me
-1.7 suits the
-1.7 suits you
-1.1 sum
-1.4 summary
-1.6 supervisor position
-1.3 supplier
-1.4 supply chain
1.1 supply planner
1.1 support role
-1.1 support team
-1.1 support the
-2.1 suppose
1.1 sure about
1.5 sure i
-1.1 sure what
2.0 sure you
2.4 sure you'll
4.0 surely
3.1 surely a
1.6 surgery
-1.9 surprise
-1.7 survey
1.6 survived
1.6 survived the
3.5 suspense
3.5 swamped
1.6 swindon
-1.7 system
-1.6 system and
-1.1 system design
-2.0 systems
3.1 table and
-1.7 take a
-1.3 take calls
1.3 take it
1.4 take this
1.7 take time
3.3 take to
-1.8 take up
-1.3 taking a
-1.3 talk again
2.0 talk it
-1.7 talk through
-1.2 talked
2.2 talks
1.6 talks so
-1.1 targets
1.6 task i
1.6 tasting menu
-1.9 taught
-1.3 taught me
-1.4 teach
-1.1 teach the
1.6 teaching assistant
-1.1 team and
-1.3 team especially
-1.3 team every
-1.3 team expects
-1.1 team hoped
-1.1 team is
-1.4 team of
-1.4 team on
1.1 team so
-1.1 team splits
-1.1 team through
-1.4 team was
-1.4 team well
-1.6 team works
-1.1 team would
-1.1 technical round
-1.1 technician post
-1.6 technician role
2.0 tell them
1.1 tells
1.4 tells me
-1.1 tend
-1.1 tend to
-3.0 test
-1.3 test and
3.1 texted
1.4 th and
1.6 th as
-1.1 th i
1.6 th instant
-1.4 th june
1.8 th of
-1.3 than anyone
-1.3 than by
-1.4 than ever
-2.5 than i
-1.1 than it
3.3 than keep
1.1 than later
-1.3 than leave
-1.7 than most
-1.1 than planned
-1.1 thanks a
-1.3 thanks very
-1.1 that before
-1.1 that came
1.1 that candidates
1.1 that clearly
1.5 that date
-1.9 that experience
1.1 that expires
-1.1 that for
-1.1 that had
-1.8 that helps
1.1 that i'd
1.5 that i'll
1.4 that i'm
-2.9 that is
-1.3 that kind
3.1 that leaves
-1.1 that might
-1.1 that needs
-1.1 that on
1.6 that other
1.6 that talks
1.6 that these
1.1 that when
1.1 that will
3.3 that you've
-1.6 that your
1.6 that's easier
-1.1 that's useful
-1.1 the accreditation
2.2 the agency
-1.4 the analytics
-1.1 the area
-1.3 the article
-1.4 the atr
3.3 the ball
-1.4 the band
-1.1 the barista
3.3 the better
-1.1 the big
-1.1 the board
-1.1 the brand
-1.1 the budget
1.6 the careers
-1.3 the challenges
-1.3 the choice
2.0 the clock
-1.1 the coastal
-1.4 the committee
-1.1 the commute
-1.1 the company's
-1.6 the conversations
-1.7 the county
-1.4 the credit
-1.4 the current
-1.2 the customer
-1.1 the detailed
-1.6 the district
3.3 the earliest
2.0 the effort
-1.3 the electrical
-1.3 the estate
1.1 the evening
-1.3 the expansion
-1.3 the experience
-1.1 the facilities
1.1 the family
-1.1 the figure
-1.1 the figures
-1.3 the financial
1.6 the firm's
-1.3 the floor
1.6 the food
-1.1 the forecasting
3.5 the fourth
-2.6 the future
-1.1 the garden
1.1 the general
-1.6 the ground
1.6 the handover
1.1 the hardest
-1.1 the harvest
-1.3 the highest
-1.6 the hiring
-1.8 the hospital
-1.8 the housing
-1.1 the idea
-2.0 the interest
-1.1 the internal
-1.8 the interviews
-1.1 the laboratory
2.4 the latest
-1.3 the launch
-1.3 the lead
-1.4 the learning
1.6 the least
-1.1 the likely
-1.9 the line
1.1 the lines
1.6 the lobby
-1.3 the long
-1.3 the main
-1.1 the marina
2.7 the market
-2.5 the meantime
-1.7 the middle
-1.1 the mobile
2.9 the moment
-2.7 the most
3.1 the name
3.1 the needful
-1.7 the northern
-1.1 the numbers
2.0 the offer
-1.3 the old
1.1 the on
-1.3 the onboarding
-1.8 the one
1.1 the ones
-1.3 the online
-1.1 the organisation
-1.1 the outreach
-1.3 the pace
1.6 the paperwork
1.1 the pass
-1.7 the past
-1.4 the payments
-1.4 the people
-1.8 the phone
1.1 the place
-1.8 the port
-1.4 the possibility
2.2 the postdoctoral
-1.1 the posting
-1.4 the practical
-1.1 the problems
-1.9 the procurement
-2.2 the programme
-1.3 the public
-1.1 the questions
-1.8 the region
-1.5 the regional
1.1 the registered
-1.3 the reporting
-1.1 the retail
1.6 the revenue
-1.6 the rota
-1.1 the route
-1.1 the salary
2.0 the sales
1.1 the saturday
-2.0 the search
-1.3 the second
-1.3 the session
-1.1 the short
4.4 the silence
-1.1 the singapore
1.1 the small
3.1 the sooner
-1.1 the staff
-1.3 the standard
-1.1 the state
3.3 the strength
-1.1 the student
1.6 the surgery
-1.9 the system
1.4 the table
1.1 the take
-1.4 the tasting
1.1 the teaching
-1.4 the team's
-1.8 the test
1.6 the third
-1.6 the thoughtful
-1.1 the track
1.7 the trainee
-1.1 the travel
-1.4 the trial
-1.4 the trust
-1.1 the two
-1.1 the university
-1.1 the verification
-1.3 the very
-1.1 the video
-1.7 the visit
-1.7 the volunteer
1.7 the waiting
1.4 the week
2.2 the weekend
-1.1 the weekly
-2.8 the whole
1.1 the wider
-1.3 the winter
3.1 the yarn
-2.0 the year
-1.3 the youth
-1.6 their
-1.3 their first
-1.1 their own
3.5 theirs
1.1 them all
1.6 them before
-1.3 them for
-1.4 themselves
1.1 then i
-1.4 then i'd
-1.3 then if
-1.3 there an
1.5 there are
-1.4 there was
-1.1 there will
-2.3 there's anything
3.1 there's news
-2.0 there's no
1.1 these things
-1.1 thesis
-1.4 they are
-2.2 they have
-1.1 they would
-1.3 they're
-1.8 they've
-1.4 they've asked
-1.1 thin
-1.7 thing i
3.3 things along
1.1 things are
-1.1 things down
2.2 things take
1.6 things to
3.7 things up
2.6 think a
-1.3 think i
-1.8 think it
1.1 think of
-1.1 think we
-1.1 think you'd
-1.2 thinking
-1.4 thinking about
-1.1 thinking more
1.5 third
3.1 third note
1.6 third time
3.1 this for
1.9 this is
3.8 this long
1.5 this one
-1.8 this only
1.9 this point
3.1 this puts
-1.1 this size
1.7 this so
-1.3 this spring
1.9 this to
1.6 this turns
1.8 this week
1.6 this whole
-1.1 this will
1.9 thought a
-1.3 thought about
3.5 thought an
-1.1 thought i've
-1.9 thought you
-2.2 thoughtful
-1.1 thoughtful conversation
-1.1 three months
-2.2 three years
-1.1 through from
1.1 through in
-2.1 throughout
-1.1 throughout the
-1.4 thursday <n>
2.4 thursday at
3.7 thursday so
-2.2 thursday's
-1.9 thursday's interview
-1.4 tickets
1.6 ticking
1.1 tier
1.6 tier <n>
-1.1 time after
-1.1 time at
1.1 time but
1.6 time during
1.8 time i
-1.4 time is
3.3 time please
-1.6 time that
-1.1 time with
-1.4 time yesterday
-1.7 timeline for
-1.4 timeline i
1.6 timeline you
1.5 times this
-1.1 title
-3.0 to <n>
-1.8 to add
1.6 to anything
-2.7 to apply
1.6 to arrive
-1.8 to bring
-1.1 to build
-1.1 to change
-1.3 to complete
-1.2 to continue
-1.7 to contribute
-1.1 to cover
1.1 to every
-1.8 to explain
-1.6 to feel
1.6 to fill
-1.1 to find
1.1 to go
-1.1 to grow
-1.6 to hearing
-1.1 to hire
1.1 to hold
-1.4 to home
-1.3 to improve
-1.7 to interview
1.6 to it
1.6 to just
1.4 to kindly
2.0 to leave
1.6 to leeds
2.6 to lose
3.1 to match
1.4 to me
-2.4 to mention
-1.1 to ms
1.1 to my
1.1 to perth
3.3 to plan
-1.1 to politely
-2.4 to provide
1.5 to receive
-1.4 to respond
-1.4 to rush
2.0 to save
-1.4 to send
-2.6 to share
1.6 to sign
1.1 to sit
-1.1 to step
-1.7 to support
-1.7 to take
-1.3 to teach
-1.9 to thank
-1.1 to them
1.1 to think
1.1 to thirty
-1.1 to three
3.1 to treat
1.6 to trouble
-1.4 to try
-1.7 to two
-2.5 to understand
-1.3 to wait
-1.7 to walk
-1.4 to what
-2.6 to withdraw
1.7 today
3.1 today as
3.5 today itself
1.6 today the
1.6 told at
2.4 told i
2.9 told my
1.6 told them
-1.1 tom
3.1 tomasz
5.2 tomorrow
3.1 tomorrow at
3.1 tomorrow i'll
3.1 tonight
2.0 too long
2.1 too much
3.3 too so
3.1 took an
1.1 took me
-1.6 took over
1.6 took that
-1.1 took the
2.0 took two
-1.1 tool
-1.1 touch again
-2.2 touch and
-1.3 tough
1.1 town
-1.9 trade
-1.1 trade test
-1.1 trainee position
-1.1 trainee role
1.1 transfer
-1.1 translation
-1.4 transparency
-1.3 transparency i
-1.3 transport
-1.4 travel
1.6 travelled
-1.4 travelling
2.0 treat
3.3 treat my
1.1 treat this
-1.3 treatment
1.6 treats
1.6 treats applicants
-1.6 trial shift
1.9 tried
3.1 tried your
-1.1 trip
1.1 trouble you
-1.1 trust and
1.5 trust the
1.5 trust this
1.6 trust you
3.1 trust you'll
-1.1 trustees
3.5 trusting
1.1 try again
-1.1 try to
-1.7 tuesday to
2.5 turned
3.1 turned down
1.1 turning
1.6 turning it
1.1 turns
-1.4 twelve years
1.6 twenty two
-1.3 twenty years
1.1 twice
1.6 twice to
3.3 two emails
-1.1 two hours
-1.1 two hundred
1.5 two months
3.3 two offers
4.2 two other
1.1 two previous
-1.1 two seasons
-1.1 two to
3.1 unanswered
3.1 unanswered i
2.2 under a
3.1 under review
1.6 under three
-1.1 underground
-1.4 understand and
3.3 understand i
-1.5 understand the
-1.1 understand what
1.6 understand why
-1.9 understand you
1.9 unless
2.1 unless i
2.2 unless you
2.2 unpaid
2.0 unpaid day
3.1 unpaid leave
3.1 until a
2.5 until i
-1.8 until the
1.4 up a
1.5 up again
2.0 up and
1.3 up at
1.4 up for
-1.3 up from
-1.3 up i'd
1.1 up my
-1.1 up next
1.6 up regarding
-1.3 up the
-1.9 up with
1.1 up your
3.5 update at
1.6 update in
3.5 update me
-1.1 update since
-1.6 updated timeline
-1.3 updates
-1.1 uploaded
3.0 urgent
3.3 urgent i
4.0 urgently
1.1 us and
-2.0 use
-2.7 used
-1.6 used to
-2.4 useful
-1.4 useful and
-2.1 useful for
-1.4 useful to
-2.4 vacancies
-1.3 vacancies at
-1.6 valid
-1.4 valid until
-1.5 value
-1.7 value any
-1.8 valued
-1.1 van der
-1.1 verification
-1.1 very busy
1.6 very concrete
1.1 very eager
-1.3 very glad
-1.1 very good
-2.3 very happy
3.1 very hard
-1.1 very helpful
-1.3 very pleased
3.3 very soon
-1.1 video
1.1 visa runs
-1.2 visit
-1.1 visit and
-1.8 visit to
-1.1 visiting
2.9 voicemail
-1.4 volunteer
-1.1 volunteer coordinator
-1.3 volunteers
1.6 wait in
-1.9 wait to
-1.3 wait until
3.1 waited
3.0 waiting
3.3 waiting as
3.0 waiting for
3.1 waiting is
1.8 waiting on
3.7 waiting since
3.8 waiting to
-1.2 walk
-1.3 walk me
3.8 want me
1.3 want the
-1.8 wanted you
1.6 wants to
-1.1 ward
1.1 warning
-1.6 was about
-1.1 was actually
-1.1 was asked
1.6 was brought
-1.4 was genuinely
-1.6 was good
-1.4 was happy
-1.1 was helpful
-1.3 was hoping
-1.3 was in
-1.4 was kind
-1.6 was my
-1.1 was never
-1.1 was sorry
-1.1 was struck
-3.4 was the
2.0 was told
-1.1 was written
-1.8 way i
1.6 way of
4.3 way or
1.6 way so
1.1 way which
1.7 ways
2.2 we are
-1.1 we didn't
2.0 we might
-1.1 we moved
-1.6 we talked
-1.1 we used
2.2 we'll be
-1.1 we're
-1.1 weakness
-1.3 weaknesses
-1.3 website
-2.4 wednesday about
3.1 wednesday at
1.1 wednesday to
-1.9 week about
1.7 week as
-1.1 week for
1.5 week i
3.1 week it
3.5 week until
-1.1 week which
-1.3 week with
2.0 week without
3.3 week would
1.6 week's going
-1.1 weekday
1.4 weekend
1.6 weekend to
1.1 weekends
-1.4 weekly
1.5 weeks ago
-1.1 weeks notice
1.4 weeks so
1.4 weeks to
1.6 weigh
-1.5 welcome
-1.1 welcome a
-1.4 welcome any
1.1 welcome at
-1.9 welcome hearing
-1.1 welcome it
-1.6 welcome the
-1.8 well as
1.1 well i
2.2 well in
-1.1 well organised
-1.3 went from
1.1 went smoothly
-1.7 went to
-1.3 went well
-1.3 were a
-1.1 what
-1.3 what a
-1.7 what i
-1.1 what i'd
3.1 what i'll
-1.4 what it's
-1.3 what the
-1.1 what they
-1.3 what you
1.6 what's
1.6 whatever your
3.8 whatsapp
3.1 whatsapp in
1.1 when a
-1.4 when convenient
3.1 when deciding
-1.8 when i
-1.1 when it
-2.6 when you
-2.4 whenever
-1.4 whenever you
-2.0 where my
-1.1 where the
1.1 where things
1.1 whether anything
3.0 whether i'm
3.1 whether i've
1.6 whether something
-2.4 whether there
1.6 whether your
1.6 which i've
2.0 which made
-1.7 which was
1.5 whichever
-1.1 while i
-1.4 while i'm
1.5 while since
2.2 while waiting
-1.1 while you
1.1 whiteboard session
-2.4 who has
-1.1 who have
1.1 who never
1.1 who would
-1.4 whole panel
1.6 why i'm
3.1 will accept
-1.1 will change
3.3 will drop
3.1 will finally
3.3 will give
1.1 will keep
1.7 will need
3.3 will understand
-1.1 wind
-1.7 winter
-2.4 wish
-2.4 wish the
-2.7 wish you
-1.3 wish your
-1.7 wishing
-1.7 wishing you
-1.1 with a
2.0 with all
1.1 with another
-1.1 with interest
-1.4 with it
-1.1 with limited
-1.5 with me
3.1 with never
1.1 with no
1.6 with respect
2.2 with someone
2.4 with them
-1.1 with what
-1.6 withdraw from
1.7 withdrawing
1.1 withdrawing my
1.5 within
1.8 within a
1.1 within five
1.8 within the
1.1 within two
2.5 without a
1.1 without the
-1.4 won
1.9 won't be
1.9 wondering
1.6 wondering why
1.5 word
3.1 word is
1.4 work for
-1.2 work in
1.1 work is
1.6 work to
-1.1 work together
-1.2 worked
-1.1 worked on
1.6 worked out
-1.6 worked with
1.1 working at
1.8 working days
-1.4 worry about
2.0 worth it
-1.3 would a
-1.3 would also
1.7 would appreciate
1.6 would at
2.0 would hate
-1.4 would have
2.9 would hear
-1.2 would help
1.1 would hold
1.5 would make
2.5 would mean
-1.1 would most
3.1 would move
-1.1 would only
-1.1 would prefer
2.6 would rather
1.5 would really
1.6 would save
1.5 would simply
-1.8 would suit
-1.1 would want
-2.0 would welcome
-1.6 would you
2.6 writing about
2.9 writing again
3.1 writing by
-1.1 writing just
-1.1 writing only
3.1 writing regarding
-1.2 writing to
3.3 written to
3.1 yarn
-1.8 year i
-1.3 year i'd
-1.1 year so
-1.4 year's
-1.8 years
-1.3 years and
-1.6 years at
-1.4 years i
-1.4 years on
-1.7 years running
3.5 yes
4.4 yes or
-1.2 yesterday for
3.1 yet received
-1.3 you about
3.1 you advertise
1.1 you after
-1.3 you all
-3.1 you asked
-1.6 you be
1.7 you before
2.7 you but
4.4 you by
1.4 you can
1.1 you chose
3.3 you come
1.9 you confirm
2.0 you could
2.2 you did
1.1 you don't
-1.6 you ever
-2.0 you expect
2.2 you get
3.1 you haven't
-1.4 you hoped
1.6 you i
-1.1 you informed
1.7 you is
1.6 you just
-1.1 you keeping
1.3 you let
-1.3 you made
-2.2 you might
3.5 you must
-2.1 you need
-1.1 you needed
1.1 you next
2.0 you note
2.6 you on
-1.1 you plan
2.4 you please
1.6 you promised
-1.1 you run
1.1 you saw
-1.1 you see
-1.1 you sent
-1.3 you should
1.6 you so
-1.1 you suggested
-1.1 you taking
-1.1 you than
1.1 you this
1.1 you told
-1.7 you took
4.0 you understand
2.2 you want
-1.2 you were
-1.3 you when
1.1 you will
1.8 you won't
1.3 you would
-1.9 you'd like
2.0 you'll
2.2 you'll be
3.1 you'll let
1.1 you'll think
3.3 you'll understand
3.5 you're not
1.6 you're planning
1.8 you've
3.3 you've decided
3.5 you've gone
1.6 you've had
3.1 you've lost
1.6 you've made
3.1 you've seen
2.4 your answer
3.1 your assistant
1.6 your busy
1.8 your call
-1.8 your candour
3.1 your chance
1.7 your colleague
-1.1 your colleagues
3.3 your company's
3.3 your court
1.7 your decision
-1.3 your description
3.5 your desk
3.8 your earliest
1.6 your esteemed
-1.3 your explanation
1.1 your feedback
-1.1 your file
3.5 your final
-1.4 your honesty
1.6 your hotel
2.2 your hr
1.9 your inbox
2.2 your interview
1.6 your kindness
-1.1 your mail
-2.2 your message
3.5 your mind
1.6 your mobile
-2.0 your new
-1.4 your note
3.5 your offer
2.1 your office
-1.3 your organisation
-1.7 your patience
-1.5 your planning
-1.3 your plans
-1.1 your pune
-1.3 your question
-1.8 your records
-1.1 your recruitment
1.6 your regional
1.9 your reply
-1.7 your role
-1.1 your schedule
1.6 your second
-1.3 your shortlist
3.3 your silence
1.1 your size
-1.7 your timing
-1.3 your work
-1.6 youth
""",
)
