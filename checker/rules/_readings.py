"""The readings of tone, learned from tests/corpus/ by scripts/train_readings.py: do not edit."""

from checker.rules._reading import Reading

BLAME = Reading(
    18.3,
    """\
-1.1 <n> and
-1.9 <n> august
-1.2 <n> day
-1.4 <n> days
-2.3 <n> february
-1.2 <n> hours
-1.4 <n> in
-1.5 <n> july
-1.4 <n> june
-1.2 <n> m
-1.2 <n> may
-1.1 <n> nd
-1.8 <n> november
-1.3 <n> october
-1.7 <n> over
-1.5 <n> per
-1.4 <n> percent
1.5 <n> post
-2.0 <n> september
-1.2 <n> st
-1.2 <n> th
-1.4 <n> to
1.6 a big
1.5 a bit
-1.2 a board
2.3 a box
-1.4 a brief
4.1 a candidate
2.1 a certain
1.5 a chartered
-1.5 a close
2.5 a company
1.5 a container
3.0 a contractor
1.5 a conversation
-1.7 a copy
3.0 a countdown
3.6 a day's
-1.8 a deadline
-1.7 a decade
-1.4 a difficult
3.0 a fifty
1.8 a form
3.7 a formality
1.5 a former
3.4 a forty
2.1 a four
3.0 a friendly
1.3 a full
1.4 a genuine
3.2 a hotel
1.2 a job
-1.2 a kind
1.5 a look
3.2 a man
-1.2 a message
3.0 a mid
3.9 a mistake
-1.8 a moment
-2.1 a more
-1.2 a much
3.7 a panel
3.2 a parking
3.4 a person
1.3 a phone
2.1 a pity
1.5 a place
3.2 a polite
-2.4 a position
3.9 a presentation
-1.4 a problem
-1.8 a project
2.0 a proper
-1.1 a quick
-1.2 a really
-1.2 a regional
1.9 a request
-1.2 a restful
-1.5 a rough
3.0 a saturday
1.8 a shame
-1.4 a shared
-3.2 a similar
2.1 a site
3.4 a strange
1.2 a strong
1.5 a surprise
3.7 a take
3.0 a templated
1.5 a test
-1.2 a thoughtful
1.3 a three
-1.4 a trial
2.6 a two
-1.2 a vague
-1.2 a verbal
-1.2 a voicemail
4.1 a waste
3.0 a weekend
2.1 a word
1.5 aberdeen
3.0 about an
1.9 about any
3.0 about culture
-1.2 about four
1.6 about future
1.2 about me
-1.2 about moving
1.3 about other
-1.8 about three
3.2 about twenty
3.2 about whether
1.2 above
1.4 above the
1.5 absolutely
1.5 absurd
1.6 accent
1.6 accept that
1.7 accept the
-1.4 accept theirs
-1.4 accepted another
1.5 accepted the
-1.2 access
-1.2 account director
-1.2 account i
-1.7 account manager
-1.4 account of
-1.5 accountant role
-1.2 accounts payable
-1.2 accounts that
-1.4 acquisition
1.3 across the
2.9 acting
1.9 acting in
3.0 acting manager
3.0 actual
1.5 actually
3.0 actually involved
1.5 actually opened
1.9 ad
-1.4 add one
1.3 address
1.5 admit i
2.3 admit the
2.5 advert
3.0 advert never
1.5 advert was
1.5 advertised
1.5 advertised again
2.6 advertisement
3.2 advertising
1.4 afraid
1.5 after a
1.5 after four
-1.4 after hearing
-1.7 after that
-1.2 after thinking
2.7 after three
1.5 after tuesday
2.5 after two
1.5 afternoon was
-1.2 again about
2.1 again as
-1.2 again soon
-1.7 again to
1.8 against
4.0 against me
3.0 against you
1.6 age
-1.2 agencies
1.1 agency
1.5 agency's
-1.4 agent
3.0 ago i'm
1.5 agree on
-1.4 agreed to
-1.2 agreeing
-2.6 ahead
-2.0 ahead of
-1.8 aid
-1.2 alarm
3.2 all along
-1.5 all and
1.5 all day
3.0 all due
-1.2 all four
-1.9 all is
-1.4 all possible
-1.4 all right
1.1 all the
1.4 all three
1.9 allowed
-1.7 alone
1.5 alongside your
1.4 already in
2.1 already knew
-1.2 also appreciated
-1.5 also be
1.5 also like
3.0 although i'd
-1.2 although i'm
1.2 always
2.6 always going
-1.4 am available
-1.8 am confident
-1.6 am disappointed
-1.3 am happy
-1.8 am keen
2.5 am not
-1.5 am now
-1.7 am sad
-1.2 am sorry
-1.2 am thankful
-2.4 am the
-3.2 am very
-1.7 among the
1.9 amount
3.0 amount of
1.6 an applicant
1.5 an asset
1.5 an assistant
3.0 an automated
2.1 an employer
2.3 an explanation
3.0 an honest
2.6 an hour
1.3 an interesting
2.0 an internal
3.2 an interviewer
3.2 an odd
-1.4 an updated
-1.7 analysis
-1.2 analyst interview
-1.4 analyst position
-1.8 and <n>
-1.5 and about
-1.4 and accept
1.5 and after
-1.2 and aisha
1.5 and apologies
1.5 and at
1.5 and came
-2.3 and consideration
2.1 and frankly
2.1 and good
1.5 and got
3.4 and had
-1.3 and happy
-2.1 and have
-1.3 and i've
-1.2 and is
-1.4 and kind
-1.7 and learned
-1.4 and let
-1.4 and look
-2.5 and mr
-1.2 and mrs
1.5 and never
2.9 and nobody
1.5 and now
-1.9 and one
2.1 and only
-1.5 and our
-1.4 and over
1.5 and partly
-1.4 and ready
-1.5 and really
-1.2 and say
-1.7 and seeing
3.0 and spent
-1.7 and that's
2.3 and then
-2.5 and they've
-1.2 and this
-1.2 and thought
2.1 and two
2.0 and was
2.5 and wish
-1.2 and withdraw
-1.2 animal
1.5 announced
1.5 another applicant
-1.4 another company
-1.5 another employer
1.5 another look
-1.5 another organisation
-1.2 another role
-1.4 another year
-2.0 answer any
-3.3 answer by
1.5 answer for
-1.2 answer is
1.5 answer questions
1.8 answering
1.4 answers
3.0 answers short
3.0 answers to
-1.2 any comments
3.0 any explanation
-1.6 any feedback
-1.8 any further
-1.2 any inconvenience
-1.2 any indication
-1.8 any pointers
3.2 any real
-1.2 any thoughts
-1.8 any time
1.5 anyone
3.0 anyone could
2.1 anyone on
3.0 anyone to
3.2 anyone who
-1.2 anything from
-3.0 anything further
1.6 anything i
-1.9 anything similar
-1.2 anything suitable
2.1 anyway
3.2 anyway i
1.5 apart from
-1.4 apologise
-1.2 appeals to
1.6 applicant
1.7 applicants
1.5 application and
1.6 application i
-1.2 application stronger
1.4 application to
3.2 application was
1.8 applied
1.5 applied to
-1.5 applying for
1.9 appreciate an
-1.2 appreciate any
2.3 appreciate being
1.4 appreciate knowing
-2.6 appreciated how
-1.2 appreciated learning
1.6 appreciated meeting
-1.8 appreciated that
-1.6 appreciated your
-1.2 apprentice
-1.2 apprentices
-1.4 apprenticeship
1.4 approval
1.9 aptitude
-1.2 arbitration
-1.4 archive
3.2 are busy
1.5 are from
-1.5 are going
-1.2 are in
-2.0 are keeping
-1.2 are meeting
-1.5 are needed
-1.4 are no
1.3 are not
1.9 are on
-1.5 are required
1.5 are used
1.4 argue
3.0 argue with
-1.8 around <n>
-1.4 arrange
1.6 arrived
3.6 arrived at
1.5 arrives
3.0 as agreed
3.0 as hybrid
-1.4 as i've
1.6 as if
-2.7 as my
1.5 as one
3.0 as open
1.5 as quickly
-1.2 as references
-1.2 as soon
1.9 as they
1.6 as though
2.5 aside
3.2 aside i
2.3 ask because
1.5 ask only
1.6 ask you
3.0 asked before
3.2 asked of
1.3 asked to
-1.4 asked what
-1.7 asking you
3.0 assess
3.0 assessed
1.2 assessment
1.7 assessment centre
1.5 assessment was
2.1 assessors
1.9 asset
-1.2 assignment
1.5 assistant store
-1.2 associate credit
-1.9 association
1.4 assume
3.2 assume nobody
2.1 assume the
1.5 assuming
2.3 assured
2.1 assured me
-1.2 at al
-1.5 at another
-1.4 at any
1.5 at coastline
-1.4 at every
3.0 at fifty
1.5 at harrowgate
2.2 at least
-1.2 at lunch
1.5 at me
-1.2 at once
-1.2 at present
1.5 at saigon
-1.5 at short
-1.2 at st
1.9 attached my
-2.4 attached the
3.0 attitude
-1.3 audit
-1.2 auditor
-1.2 auditor role
-1.6 august
3.0 auto
2.0 automated
-1.7 automation
-1.8 available
-2.0 available for
-1.2 available to
-1.4 average
-1.9 award
-2.0 awards
-1.2 away feeling
-1.5 away from
-1.2 away more
-1.2 awkward
-1.5 back and
3.0 back as
-1.2 back by
-1.2 back when
-2.3 backlog
1.9 backup
-1.4 bakery
1.6 bank and
-1.2 barista
-2.1 base
1.5 basic
2.4 basis
-1.2 batches
3.9 be asked
3.4 be curious
-1.4 be delighted
3.0 be expected
3.0 be filled
-1.2 be free
-1.8 be getting
1.5 be good
-1.2 be helpful
1.4 be honest
-1.7 be honoured
2.3 be interested
-1.7 be joining
3.2 be marked
-1.2 be more
-1.4 be most
-1.7 be moving
-1.2 be much
3.2 be nice
-1.5 be part
-1.4 be really
3.0 be recommending
-1.2 be thinking
2.3 be told
-1.8 be transparent
3.0 be turned
-1.6 be useful
-2.8 be very
-1.9 be willing
2.3 be worth
1.9 became
-1.4 because my
1.4 because the
1.5 because you
1.6 because your
-1.4 been about
1.5 been acting
2.8 been filled
3.0 been given
2.1 been good
1.9 been kind
3.2 been kinder
1.5 been made
3.0 been moved
-2.2 been offered
-1.2 been reading
3.0 been sent
1.5 been set
1.5 been talking
-1.5 been thinking
1.5 been three
2.6 been told
3.0 before a
3.2 before anyone
1.3 before i
1.5 before it
-1.2 before that
1.4 before the
-2.8 before then
1.5 before they
1.3 before we
-1.2 before you
2.7 beforehand
3.0 beforehand was
3.2 began
-1.4 begin
1.8 beginning
1.9 beginning to
-1.2 behind the
3.6 being asked
1.5 being kept
-2.0 being open
1.5 being part
1.4 being straight
3.0 being straightforward
-1.4 being the
3.1 being told
1.2 believe
1.5 believe it
1.4 believe my
3.0 believe she
1.3 believe that
2.9 believe the
1.5 believe this
1.5 believe your
1.5 below the
1.5 benefit
-1.2 bengaluru
2.6 best of
-2.0 better for
3.0 better from
3.2 biased
3.0 big four
-1.2 biggest
3.0 bit more
3.2 bit rich
3.0 bitter
-1.2 block
-1.4 blocks
-1.7 blow
-1.4 blow my
1.5 board every
-1.9 book
1.4 booked
1.5 booked for
-1.4 booking
-1.2 bookkeeper
-1.2 border
1.9 boss
3.2 both a
3.0 both have
1.4 both know
3.0 bothered
3.0 bothered to
1.7 box
3.0 box ticking
3.2 branch was
-1.2 branches
1.5 break to
-1.2 brennan
1.3 brief
1.4 brief was
-1.4 briefly
1.5 brightpath
-1.9 bring
-2.9 bring that
-2.1 bring the
-1.2 bring to
1.5 bringing the
-1.4 build
-1.4 built
-1.2 built for
3.0 burned
-1.7 business analyst
3.0 busy day
-1.2 busy week
1.4 but a
1.2 but it
3.0 but there
1.8 but you
2.0 but your
-2.8 by <n>
1.8 by a
1.4 by email
1.6 by how
-2.2 by monday
-1.8 by next
-1.4 by now
-1.2 by roughly
3.2 by someone
-1.2 by this
-2.2 by thursday
-1.1 by wednesday
1.8 by your
-1.2 caf
-1.2 cafe
-1.2 calder
1.8 call and
1.5 call i
2.3 call to
3.4 call was
3.2 call with
3.4 call would
1.3 call yesterday
1.5 called the
1.5 called twice
-1.2 calling rather
-1.7 calm
1.4 came back
-1.4 came from
-1.8 campaigns
-1.2 campus visit
3.0 can answer
1.2 can be
1.6 can do
1.5 can ever
-1.2 can get
3.0 can hardly
-1.5 can move
-1.2 can offer
2.6 can only
-1.8 can provide
-1.7 can say
-2.6 can send
-1.4 can speak
-1.5 can start
1.6 can stay
-1.8 can work
3.2 can't help
-1.4 can't keep
2.1 can't see
1.5 cancel
2.1 cancelled
-1.4 candid about
1.4 candidacy
2.0 candidate
3.0 candidate asked
3.0 candidate before
1.5 candidate can
4.2 candidate experience
3.0 candidate had
1.5 candidate in
1.9 candidate is
1.5 candidate with
1.5 candidate would
2.1 candidates
2.8 candidates are
3.0 candidates deserve
1.5 candidates for
3.0 candidates i
2.1 candidates know
1.9 candidates who
-1.9 candour
-1.5 candour about
-1.8 cardiac
1.5 care home
-1.7 care you
-1.2 carries
-1.2 case a
-1.2 case i
-1.2 case it's
-1.2 case they
1.8 catch
-1.7 cent
-1.4 center
1.3 centre and
-1.2 centre in
-1.4 certain that
-1.8 challenge
-1.5 challenges
-1.2 changing
1.5 chartered accountant
1.5 chase
-1.4 chat on
-1.7 chat this
1.5 chat today
-1.4 check in
-1.7 check whether
-1.2 checkout redesign
1.5 children
-1.5 children's
1.4 chin
-2.0 choice and
-1.2 choice but
-2.0 choice so
3.2 choose but
1.4 choosing
1.2 chose
1.5 chose the
1.3 chosen
-1.5 christmas
-2.1 churn
-1.5 claims
1.3 clarify
-1.2 cleaner
-1.2 clear about
1.9 clear from
-1.7 clear picture
-1.2 clever
1.5 clinic is
-1.2 clinical educator
-1.2 clinical pharmacist
-1.7 clinical research
-1.7 clinics
2.3 clock
1.9 closely the
-1.1 closer to
-1.8 cloud
1.5 co op
-1.2 coaching
1.5 coastline
1.5 code
1.6 coding
3.0 coding test
-1.2 cold chain
1.9 colleague
-2.0 come back
-1.1 come in
1.3 come to
-1.2 commissioning
1.5 committee will
3.0 communication
3.0 company doesn't
-1.9 company i
-1.2 company in
-1.2 company is
4.1 company that
1.5 competitors
-2.0 complete sense
-1.2 completed my
-1.8 completely
-2.3 completely understand
2.3 conclude
3.0 concluded
-1.7 concrete
1.5 conditions
3.2 conduct
-1.5 conference
-1.2 confidence
-2.1 confident i
1.5 confident the
1.5 confirm it
1.4 confirm the
3.2 confirm which
-1.4 confirmed that
1.3 confirming
1.5 confirms
-1.2 conflict
3.9 confused
1.5 confusion
1.9 congratulations on
-1.5 conservation
-1.1 consideration
1.5 considering my
1.9 construction
-1.4 consultancy
1.4 contacted
1.9 container
3.0 container terminal
-1.2 content strategist
-1.2 context
-1.2 contracts
-1.4 contribute
-2.3 contribute to
-1.2 controller position
-1.4 controller role
-1.3 conversation about
1.5 conversation i
-3.0 conversation on
-1.9 conversation this
1.5 conversation was
-1.5 conversation yesterday
3.2 convinced the
-1.2 coordinated
-1.2 coordinator interview
-1.2 coordinators
1.8 copied
-1.3 copy
-1.2 copy of
-1.8 copywriter
-1.5 copywriter role
-1.2 core
1.5 corner
-1.2 corporate
1.5 corvid
1.3 cost
1.5 cost me
3.0 could both
1.9 could confirm
1.5 could have
-1.4 could keep
1.6 could not
1.5 could run
-2.0 could start
1.6 couldn't
1.8 couldn't help
2.0 count
3.7 count against
1.9 count for
3.0 countdown
2.3 counted
3.0 counted for
-1.4 counterbalance
1.5 countries
-1.2 country
1.4 counts for
-1.3 county
-1.3 course but
-2.3 course i
-1.2 course on
3.2 courted
3.0 courteous
1.6 courtesy
1.5 courtesy of
1.5 covering
-1.3 credit
-1.8 credit risk
3.4 criterion
3.4 criterion in
2.0 culture
1.9 cup
1.5 curiosity
2.5 curious
3.4 curious to
-1.9 current
-2.1 current company
-1.4 current contract
-2.3 current employer
-1.5 current job
-1.7 current role
-1.2 current school
-1.2 current until
-1.2 customer satisfaction
-1.4 customers
-1.2 customs compliance
1.5 cut off
1.6 cutting
1.3 cv
3.4 cv before
-1.2 cv on
1.9 dairy
3.0 data engineering
1.5 data platform
1.9 daventry
1.2 day and
1.9 day off
-1.4 day to
2.1 day was
3.6 day's
3.4 day's leave
1.6 days and
1.5 days before
1.9 days of
1.4 days so
-1.5 days to
-1.7 deadline of
1.9 deal of
-1.8 dear ms
3.0 dear priya
1.9 debrief
-1.7 decade
-1.7 december
-1.1 decide
-1.9 decide by
1.5 decide whether
3.0 decided before
-1.2 decision about
1.5 decision as
3.0 decision but
-2.7 decision by
2.1 decision had
-1.4 decision might
3.4 decision though
2.3 decision to
2.1 decision was
-1.4 decision within
-1.2 decisions
1.5 deepa
1.5 degree
3.2 degree and
3.0 degree was
-1.5 delighted
-1.5 delighted to
-1.8 delivered
-1.4 demonstration
-1.4 depots
1.5 deputy stage
-2.0 described is
1.9 described to
3.0 describing
3.0 describing the
-1.9 description of
3.6 deserve
3.0 deserve to
-1.4 design engineer
1.9 designed
-1.4 details on
-1.2 developer role
-1.5 diary
1.7 did
1.5 did arrive
-1.4 did at
2.3 did enjoy
3.6 did feel
1.5 did my
3.7 did notice
3.6 did want
3.6 did wonder
1.1 didn't
1.5 didn't mention
-1.7 didn't want
3.0 different role
4.1 differently
3.2 differently but
1.6 difficult
4.2 difficult to
-1.7 digital
-1.5 dinner
1.5 directions
-1.7 director of
1.5 director on
-2.2 director role
-1.8 disappointed as
-1.4 disappointed but
-2.2 disappointed i
-1.4 disappointed of
-1.2 disappointing news
-1.2 discharge
-1.4 discussed
-1.2 discussed and
-2.0 discussed on
1.5 discussed which
-1.5 discussing the
-1.1 discussion about
-1.2 discussion on
-1.2 discussion with
1.5 dispensary
-1.4 distributor
1.9 do and
3.2 do appreciate
3.0 do hope
1.5 do if
1.5 do in
-1.2 do it
1.9 do much
-1.2 do my
1.2 do not
3.0 do pass
2.5 do still
-1.5 do that
2.1 do think
2.3 do with
3.4 do wonder
-1.5 documentation
-1.3 documents
-2.0 documents are
2.1 does
3.0 does feel
2.3 does not
3.0 doesn't really
-1.2 doing and
2.0 don't believe
-1.5 don't hear
1.5 doubt anyone
-1.4 doubt many
1.9 down by
1.9 down for
-1.4 down from
1.4 down on
1.5 down the
1.5 doyle's
1.5 draw
-1.2 dropped from
1.8 drove
-1.2 due on
1.9 due respect
-1.4 e
1.5 each other
1.4 each stage
-1.9 eager
-1.9 eager to
3.0 earlier conversation
-1.8 earliest
-1.7 early
3.0 earmarked
3.0 earmarked for
1.5 earned
-1.8 easier
-1.8 easier to
-1.4 educator
1.5 effect
1.2 eight years
3.0 eleven hours
1.5 eleven minutes
-1.9 else i
3.0 else opens
-1.2 elsewhere and
3.2 elsewhere from
1.3 email about
3.2 email after
-1.2 email every
2.3 email regarding
3.2 email says
1.9 email that
1.4 emails
-1.9 emergency
-1.2 employees
-1.7 employer has
3.2 employer that
1.4 empty
3.2 end is
-1.7 ends on
-1.2 engaging
-1.3 engineer role
1.9 engineering and
-1.2 enjoy helping
3.7 enjoy meeting
-1.2 enjoy working
-1.9 enjoyable
-1.7 enjoyed it
-1.1 enjoyed learning
-1.2 enjoyed our
1.1 enough
1.5 enough to
-1.2 enquire
1.9 entry level
-1.5 environmental
1.5 equally
-1.2 error
-1.4 especially
-1.5 especially after
-1.2 especially on
-1.1 especially the
-1.2 especially your
3.6 essential
3.2 essential criterion
-1.1 even a
1.6 even if
-1.2 even keener
-2.1 even more
-2.0 even though
-1.7 even with
3.4 evenings
-1.2 ever need
3.0 every company
-1.7 every day
3.0 every essential
-1.4 every evening
3.4 every question
-1.4 every week
3.0 everyone else
1.2 everything
2.1 everything i
3.4 evidently
1.5 exactly how
-1.2 exactly where
-2.5 exam
-1.4 exam last
-2.0 example
-1.2 examples i
-1.4 exams
-1.2 excel
-1.5 excited
-1.5 excited about
3.0 exercise felt
3.0 exists
1.5 expect a
-1.2 expect the
-2.6 expect to
-1.2 expected and
1.5 expected at
3.0 expected better
1.5 expecting to
3.0 experience counts
-1.2 experience for
2.5 experience of
1.5 experience on
-1.2 experience or
3.2 experience than
-1.2 experience would
-1.2 expired
1.1 explain
1.5 explain my
-1.2 explained the
3.0 explains
1.8 exposure
-1.2 extend
2.3 external
3.0 external applicants
-1.2 extra
-1.5 facilities
-1.2 facing
1.9 fair amount
-1.7 fair and
-1.2 fair bit
1.5 fairer
1.5 fairer to
1.5 fairly obvious
-2.0 fairness
-1.2 fairness that
-1.4 fairness to
3.4 faith
-1.1 falls
-1.4 family is
-1.2 far easier
1.5 far more
-1.2 farmer
-1.2 farmers
-1.2 farms
-1.5 fascinating
2.1 fault
-1.4 features
1.2 feedback about
1.4 feedback call
3.0 feedback it's
-1.1 feedback on
3.0 feedback within
3.0 feel i
2.1 feel like
-1.5 feel obliged
2.6 feel the
-2.0 feel very
1.5 fellow
1.5 fellow post
1.5 felt
1.5 felt a
3.0 felt as
2.1 felt like
3.0 felt more
-2.6 few minutes
-1.2 field agronomist
-1.2 field and
1.5 field was
-1.2 fieldwork
3.4 fifteen minutes
2.0 fifty
3.4 fifty three
1.2 figure
2.1 figure i
3.0 figure in
2.6 filled
2.1 filling
1.9 finally
-1.3 finance
-1.9 finance director
-1.4 finance team
1.1 find
-1.2 find another
2.3 find it
2.5 find out
1.5 find someone
1.9 finding
3.0 finding it
3.2 finding someone
-1.2 findings
-2.1 finds you
-1.5 finishing
-1.2 finishing my
-1.5 firm in
-1.5 first aid
-3.1 first choice
1.5 first class
2.1 first five
1.5 first line
-1.2 first month
-1.5 first of
1.4 first round
3.2 first ten
1.5 first time
-2.3 first year
-1.2 fit around
1.4 fit in
3.0 fit which
2.6 five minutes
1.5 five stages
2.4 five weeks
-1.7 fix
-1.2 flat
-1.2 fleet planning
-2.1 flexible
1.2 flow
-1.5 follow the
1.5 followed
3.2 followed by
1.6 followed up
-1.2 following our
-1.9 following the
-1.2 food bank
-1.7 for <n>
-2.0 for any
1.4 for assistant
1.4 for at
-1.4 for but
3.0 for confirming
1.9 for eleven
-1.2 for even
-1.2 for every
-1.2 for everyone
3.2 for finally
-1.2 for friday's
1.5 for getting
-1.2 for giving
-1.4 for hosting
1.2 for informing
-2.2 for interviewing
-1.4 for lunch
2.9 for more
1.7 for most
-1.8 for next
2.0 for nothing
-1.2 for on
2.1 for other
-1.5 for our
3.0 for reasons
-1.2 for receiving
1.9 for running
1.4 for similar
1.4 for six
1.9 for so
1.2 for that
-1.2 for their
-2.2 for today
2.3 for twenty
2.3 forgive
3.6 forgive me
1.5 forgive the
-1.2 forgot
-1.2 forgot to
-1.4 forklift licence
2.3 form letter
3.7 formality
1.9 formally
-1.5 format
1.7 forty
3.4 forty minute
3.1 forty minutes
1.5 forward and
3.0 found it
3.0 found out
3.0 four firm
3.0 four hour
1.5 four hundred
2.4 four rounds
3.6 four times
-2.3 four weeks
2.3 fourteen years
1.1 fourth
3.0 fourth round
1.5 fourth time
2.0 frankly
1.8 frankly i
1.5 frankly nobody
-1.4 frankness about
-1.2 free for
-2.1 friday <n>
-1.8 friday so
-2.3 friday the
1.4 friendly
-1.9 from <n>
1.2 from a
-1.8 from about
2.3 from an
-1.9 from another
-1.2 from last
-2.0 from me
2.1 from outside
1.5 from pune
1.6 from someone
-1.5 from two
2.3 from what
1.9 from where
1.6 from your
1.5 front desk
3.0 frozen
1.4 fuel
1.4 full attention
-1.2 fully accept
-1.4 fully respect
-1.2 function
1.4 funding
-1.2 further
-2.5 further documents
-1.7 further information
-1.8 further you
3.6 future candidates
-1.4 future i
-1.4 future opportunities
1.1 future roles
3.0 future rounds
1.4 future vacancies
-1.2 gallery
1.5 galway
-1.2 gap in
1.5 gather
-1.7 gave a
-1.2 gave of
-1.4 gave the
3.0 gave up
-1.2 generalist
-1.5 generous
1.7 gently
1.7 gently point
3.0 gently say
2.4 gently suggest
1.6 genuine
-1.9 genuinely excited
1.4 genuinely like
-1.2 genuinely useful
1.3 get a
-1.8 get back
1.2 get the
1.6 getting back
-1.4 give a
-1.2 give it
-1.2 give me
1.2 given
1.2 given how
3.0 given it
-1.4 given me
1.4 given that
1.2 given the
-1.4 giving me
1.9 glad someone
1.5 glass
3.6 glassdoor
3.2 glassdoor so
-1.2 go and
2.3 go over
-1.2 goes smoothly
1.5 goes to
-1.5 going smoothly
1.4 going through
1.6 going to
-1.3 going well
-1.2 gold
1.5 gone better
1.4 good afternoon
3.0 good faith
2.4 good luck
-1.4 good morning
-2.0 good news
-1.9 good start
-1.2 good weekend
3.0 got it
1.4 got to
-1.2 government
1.9 gracious
3.0 gracious about
-1.2 graduate students
-1.1 grants
-1.5 grants officer
1.5 great surprise
-2.2 great to
-1.2 greetings and
-1.4 grew
1.6 group exercise
-1.2 group's
1.5 guard
-1.2 guide
-1.2 gulf
2.3 had already
3.6 had anyone
1.5 had asked
-1.2 had attended
2.6 had been
1.9 had clearly
1.4 had hoped
3.0 had made
2.3 had not
3.0 had rather
-1.5 had really
1.5 had seen
1.5 had that
3.0 had their
1.3 hadn't
3.0 hadn't come
1.1 half
3.2 half an
1.5 half as
1.4 half of
1.5 half your
2.1 halfway
1.9 halfway through
-1.2 hand and
-1.9 handle
-1.2 handle a
-1.4 handles
-1.4 handling
-1.2 handovers
1.4 hands on
-1.2 happens
1.6 hard
1.6 hard for
4.3 hard not
2.0 hard to
-1.5 hardest
-1.2 hardest part
4.0 hardly
3.0 hardly seems
1.3 harlow
3.0 harlow freight
1.5 harrowgate
-1.2 has actually
-1.8 has asked
-1.2 has finished
-1.2 has managed
-1.5 has moved
2.1 has never
1.2 has now
-1.8 has offered
1.5 has reached
-1.4 has said
-2.0 has stayed
-1.8 hasn't
-1.2 hasn't changed
1.9 haul
-1.4 have already
-1.2 have also
-1.2 have an
3.0 have appreciated
-1.4 have built
-1.2 have come
3.0 have expected
1.2 have gone
-1.2 have got
-1.7 have had
1.4 have heard
3.4 have helped
3.0 have let
2.1 have liked
-1.4 have my
-1.2 have never
-1.4 have no
4.2 have preferred
1.9 have prepared
1.8 have read
-1.5 have received
3.9 have saved
1.5 have seen
-1.2 have them
1.6 have to
-1.2 have trained
-1.7 haven't
-1.2 haven't had
1.9 having now
1.5 having slept
1.4 he
1.4 he had
1.5 he was
1.6 he'd
-1.2 head chef
1.9 head office
-1.4 heading
-1.7 heads up
-1.1 health
1.5 heaps
1.5 heaps for
1.5 hear a
-1.2 hear back
-1.4 hear good
2.1 hear of
-1.2 hear than
1.1 hear the
-1.2 heard by
1.9 heard it
3.2 heard that
-1.3 hearing how
-1.7 hearing that
-1.2 hearing the
-1.5 heart
-1.3 held
-1.4 held on
-1.2 help i'm
-1.1 help me
1.8 help noticing
1.4 helpdesk
-1.5 helpful for
-1.2 helping the
-1.4 helps me
2.1 her
-1.4 here's
-1.2 heritage
1.5 hesitant
-1.2 hesitate
-1.2 hesitate to
-1.8 highest
1.1 hire
-1.2 hire settles
1.5 hiring
2.5 hiring manager
1.6 hiring process
1.5 hiring team
1.8 his
1.5 his own
3.9 his phone
-1.8 hold a
1.3 hold the
-1.8 holding
-1.7 holidays
2.0 home task
-1.2 home that
1.6 honest i'm
-1.2 honest picture
1.5 honest that
1.5 honest the
1.5 honestly a
-1.2 honestly but
1.3 honestly the
-1.9 honesty about
-1.8 honoured
-1.5 honoured to
-1.8 hope all
3.0 hope my
-1.7 hope things
-1.3 hope to
3.4 hope whoever
-1.7 hope you're
-1.4 hope your
1.5 hoped the
-1.8 hoped to
-1.2 hopeful
-1.3 hoping
-2.5 hoping to
3.0 hotel is
2.1 hour
3.0 hour in
1.5 hour with
-1.4 housing association
3.0 how a
-1.2 how candid
3.2 how candidates
-1.4 how clearly
2.3 how closely
1.3 how it
2.0 how long
1.5 how often
-1.2 how open
-1.7 how openly
1.5 how positive
1.9 how they
2.3 how this
-1.7 how we
1.3 hr
3.0 hr manager
2.3 hr team
1.9 human
1.5 humbly request
-1.8 hurry
1.4 husband
-1.2 hyderabad
1.9 i accept
1.9 i actually
-1.2 i already
1.3 i applied
-1.2 i apply
2.1 i ask
1.4 i asked
2.5 i assume
3.0 i burned
1.9 i called
-1.5 i came
-1.4 i completely
1.9 i confess
-1.2 i coordinated
1.8 i couldn't
-1.2 i described
1.8 i did
1.8 i do
3.0 i drove
-1.2 i enjoy
1.5 i feel
2.6 i find
-1.9 i finished
-1.2 i forgot
-2.0 i fully
2.3 i gather
-1.4 i haven't
-1.2 i honestly
-1.5 i hoped
2.1 i intend
1.5 i joined
3.2 i lack
-1.4 i learned
-2.3 i led
-2.8 i loved
-1.2 i meant
3.0 i meet
-1.1 i mentioned
1.4 i met
-1.2 i most
-1.4 i need
2.0 i never
1.5 i not
3.2 i note
1.3 i only
-1.4 i particularly
-2.0 i passed
2.6 i prepared
-1.2 i promise
2.1 i put
-1.7 i realised
-1.8 i rebuilt
-1.5 i reckon
1.5 i redesigned
-1.4 i reply
1.9 i sat
1.3 i see
1.4 i sent
-1.4 i simply
1.8 i spent
-2.2 i stand
1.4 i still
-1.2 i stumbled
1.9 i suggest
1.9 i suppose
1.2 i suspect
1.2 i take
-1.3 i thought
1.1 i took
1.5 i travelled
-1.7 i valued
1.4 i walked
-1.5 i want
-2.0 i wanted
2.0 i wasn't
1.3 i went
1.9 i wish
-1.4 i wondered
-1.2 i work
-1.2 i worked
1.5 i'd actually
-2.0 i'd bring
-1.9 i'd check
1.5 i'd come
-1.8 i'd enjoy
3.2 i'd finished
2.5 i'd gently
-1.2 i'd happily
2.6 i'd have
1.5 i'd hear
-1.2 i'd love
-1.9 i'd most
-1.9 i'd much
2.5 i'd only
-1.9 i'd really
1.5 i'd simply
-1.2 i'd started
1.4 i'd still
-1.5 i'd value
-2.5 i'd very
-1.5 i'll give
-1.7 i'll have
1.6 i'll just
-1.2 i'll make
-1.4 i'll need
-1.2 i'll say
1.2 i'll try
1.5 i'm a
1.4 i'm afraid
1.5 i'm assuming
-1.5 i'm aware
-1.2 i'm based
1.9 i'm beginning
-1.2 i'm comfortable
-1.8 i'm confident
-1.4 i'm delighted
-1.2 i'm excited
3.0 i'm finding
-1.4 i'm flexible
1.5 i'm honestly
-1.5 i'm hoping
-1.4 i'm in
3.0 i'm left
3.0 i'm less
-1.2 i'm looking
-1.5 i'm most
1.1 i'm not
1.5 i'm now
-1.2 i'm rather
-2.5 i'm really
-1.2 i'm simply
3.2 i'm struggling
1.3 i'm sure
-1.4 i'm taking
3.2 i'm too
1.4 i'm trying
-1.2 i'm used
-1.2 i'm very
-1.5 i'm working
-2.0 i've already
1.5 i've enjoyed
1.5 i've ever
3.0 i've given
-1.4 i've got
-1.5 i've had
1.5 i've noticed
-2.9 i've received
2.1 i've taken
-1.2 i've turned
-1.2 icu
-1.2 idea of
3.0 ideal
-1.5 if any
-1.4 if i've
-1.2 if it's
1.8 if so
2.6 if someone
2.0 if something
-1.7 if useful
1.5 if we
-1.1 if you
-2.7 if you're
-1.5 imagine the
-1.2 immediately
-1.8 impressed
-1.4 impressed by
2.4 impression
1.5 impression of
-2.3 improve
-1.4 improve for
-1.9 in <n>
-2.3 in about
1.4 in after
-1.5 in any
1.6 in at
-1.2 in bengaluru
1.5 in between
-1.5 in case
-1.9 in early
1.6 in fact
-2.0 in fairness
-2.3 in for
1.6 in front
-1.2 in his
-1.2 in itself
-1.3 in joining
-1.2 in june
1.9 in lagos
-1.2 in now
-1.4 in our
-1.2 in perth
1.8 in reception
-1.8 in september
-1.2 in six
-1.5 in twenty
-1.2 in with
-2.0 inbox
2.1 included
-1.2 inconvenience
-1.5 indication
-1.4 indication of
-1.8 inform
-1.4 inform you
1.5 informal
1.5 insight
-1.2 institute
-1.2 instructor
-1.2 insurance
1.8 intend
1.8 intend to
-1.6 interest
-2.2 interest in
-1.2 interested especially
-1.2 interested particularly
-1.4 interesting to
1.5 internal
3.2 internal applicant
1.9 internal candidate
1.6 internally
-1.7 internship
3.0 interview after
-1.2 interview fell
-1.4 interview from
2.3 interview itself
1.5 interview not
-1.1 interview on
-1.2 interview or
3.6 interview though
1.5 interview three
1.4 interview was
1.5 interview went
1.6 interview which
-1.4 interview yesterday
3.8 interviewer
3.0 interviewer joined
3.2 interviewer made
3.0 interviewer was
3.2 interviewer who
1.8 interviewers
-1.2 interviewers were
1.9 interviewing for
-2.2 interviewing me
1.1 interviews
2.0 interviews and
3.2 interviews i
-1.2 into a
3.2 into account
1.5 into it
-1.9 inventory
1.5 investment
1.5 invite
2.5 invited
1.6 invited to
1.5 is about
-1.2 is all
-1.1 is any
-1.9 is anything
1.5 is as
1.5 is being
-1.7 is below
3.0 is correct
2.1 is difficult
-1.2 is easier
-1.7 is exactly
-1.2 is fairly
3.0 is frankly
-1.6 is going
2.1 is hard
2.1 is how
-1.7 is in
3.0 is lovely
-1.5 is more
1.5 is mostly
-2.6 is my
1.9 is not
-1.2 is possible
-1.2 is regarding
1.5 is run
2.1 is starting
-1.4 is that
-1.1 is there
1.5 is this
-1.2 is to
-1.4 is treating
-1.4 is valid
1.9 is your
-1.2 isn't possible
1.3 isn't the
1.8 it a
-1.1 it came
1.5 it clear
2.3 it could
-1.4 it did
3.0 it differently
2.0 it does
1.5 it even
2.9 it felt
1.4 it for
1.2 it from
1.9 it got
1.4 it had
2.4 it hard
-1.2 it here
-1.2 it i'd
-1.2 it into
-1.4 it makes
1.2 it may
-1.2 it meant
1.8 it might
1.4 it more
-1.2 it my
-1.2 it off
1.9 it says
1.9 it seemed
3.3 it seems
1.5 it showed
1.3 it so
1.5 it sooner
3.0 it started
-1.2 it support
-1.4 it that
1.7 it the
-1.2 it this
-1.5 it through
-1.2 it today
1.6 it took
-1.2 it up
3.0 it wants
1.5 it which
-1.8 it will
-2.8 it's been
3.2 it's difficult
-1.4 it's fair
-1.4 it's good
2.6 it's hard
-1.2 it's helpful
1.4 it's worth
1.4 it's your
3.0 item
1.2 its own
3.0 its people
-1.9 january
3.6 job advert
2.1 job description
1.3 job i
-1.4 job in
1.6 job is
-1.4 job talk
1.9 job to
2.8 job was
1.5 job which
-1.5 jobs
-1.5 join
1.3 join a
-1.2 join and
-2.1 join the
-2.3 join you
-2.0 join your
1.6 joined
3.0 joined late
-1.9 joining you
-1.8 joining your
-1.2 joke
3.0 journey
2.5 judge
1.4 judged
3.0 judgement
3.4 judging
3.2 judging by
-1.3 july
-1.2 jump
-1.5 june
-1.4 june and
-1.2 junior accountant
-1.4 junior architect
-1.2 junior copywriter
3.0 just hope
-1.5 just let
-1.2 just rather
-1.4 just sending
-2.1 just so
3.0 just want
-1.9 just wanted
-1.5 keener
-1.5 keener to
3.0 keep applying
-1.7 keep following
-1.2 keep it
-1.4 keep that
1.5 keep up
-1.5 keep you
-2.7 keeping well
-1.2 kept me
1.5 kilometres
-1.4 kind consideration
-1.4 kind note
1.9 kind to
1.8 kinder
3.2 kinder to
-1.2 kindly agreed
3.0 kindly clarify
-2.3 kindly let
1.5 kindly note
-1.2 kindly revert
1.5 kindly update
1.6 knew
2.1 knew the
-1.4 know by
-1.8 know i'm
-1.4 know if
-1.4 know in
1.4 know it
-1.2 know my
-1.2 know one
-1.7 know so
3.0 know there
-1.5 know these
1.2 know what
2.1 know which
3.6 know why
-1.2 knowing where
1.8 known
-1.2 lab and
-1.2 laboratory technician
1.8 lack
3.2 lack is
3.2 lacked
-1.2 land
-1.2 landlord
2.3 laptop
-1.4 largest
-1.4 last email
3.2 last minute
-1.2 last monday
1.5 last role
-1.7 last year
3.2 lasted
1.2 late
3.6 late and
1.5 late to
1.5 lead job
-1.2 leader role
2.0 leading
-1.2 learn about
-1.4 learned a
-1.7 learning how
-1.7 lease
1.5 least
3.0 least a
3.2 least i
-1.2 least sure
1.3 leave
2.3 leave and
1.5 leave for
1.9 leave from
-1.2 leave them
2.5 leaves
3.0 leaves people
1.5 leaving
1.5 leaving a
-1.2 led a
-2.3 led the
3.0 led to
1.5 ledger
1.5 left feeling
1.6 left me
-1.2 lending
1.9 less sure
2.1 less than
-1.2 lessons
1.5 let candidates
3.2 let go
-1.2 let me
-2.2 let you
1.5 letter
3.2 letter arrived
-1.5 level <n>
-1.7 level of
-1.7 librarian
-1.2 librarian post
-2.0 library assistant
-1.5 licence
-1.2 licence is
1.5 like a
-1.4 like an
-1.2 like mine
1.5 like someone
1.6 liked the
2.5 liked to
-1.4 liked very
1.4 limited
3.0 line about
3.6 line email
1.5 line of
1.5 line up
3.0 lined
3.0 lined up
3.0 link i
1.5 linkage
-1.2 linkedin and
-1.5 lisbon
-1.2 list
-1.5 list and
1.5 listed
3.0 listed as
1.5 listed in
1.5 listening
3.0 listing
3.2 lists
3.0 little rich
-1.2 little sad
3.0 little surprised
3.0 lodging
-1.5 log
1.9 logged
1.5 logistics and
-1.2 long process
3.0 long way
1.5 look a
3.2 look at
1.5 looked
-1.2 looked after
2.4 looked at
2.3 looking at
1.6 looking for
-1.4 looking forward
1.9 loss
-2.0 lot about
1.9 lot on
1.5 lounge
-1.2 love to
-2.4 loved hearing
3.0 lovely and
-1.9 lovely to
1.3 lower
3.2 lower than
2.8 luck
3.2 luck filling
3.2 luck finding
2.5 luck with
-1.7 lucky
-1.5 lucky to
-1.2 lumen
-1.2 ma'am
3.0 made before
1.1 made it
3.7 made up
1.9 mail
3.2 mail and
1.9 mail regarding
-1.5 major
-1.2 make a
-1.5 make my
-2.0 makes complete
3.6 man
3.2 managed to
3.0 manager does
-1.5 manager has
1.4 manager interview
-1.4 manager job
-1.2 manchester
-1.4 many people
-1.4 marina
2.7 marked
3.6 marked down
1.3 match
3.6 mate
3.2 mattered
3.2 mattered more
1.3 may be
2.5 may i
1.5 may take
1.9 may want
1.8 maybe
1.5 me across
-2.3 me an
-1.2 me around
-1.4 me before
-1.4 me by
-1.5 me decide
1.4 me down
-2.5 me even
-1.2 me every
3.2 me everything
1.9 me feedback
1.5 me given
1.1 me i
1.5 me i'll
-1.2 me informed
-1.4 me keener
1.3 me more
1.5 me my
2.1 me off
2.1 me since
-1.9 me such
3.4 me twice
3.7 me was
-1.4 me well
2.1 me what
-1.4 me when
1.5 me without
3.9 me wonder
3.0 me working
1.5 me your
-1.4 means i
1.2 meant
1.7 meant to
-3.1 meantime
-1.4 meantime i
3.0 measuring
-1.4 mechanical
-1.2 medicine
1.5 meet again
3.0 meet every
1.5 meeting candidates
-1.2 meeting everyone
-1.5 meets
1.5 member
3.6 member who
1.5 members
1.3 mention that
-1.7 mentioned a
-1.8 mentioned i
1.6 mentioned in
-1.7 mentioned my
-3.0 mentioned that
-1.5 mentioned you
1.5 mentioning
-2.1 menu
3.0 merit
1.3 message about
1.6 messages
3.0 met every
-1.2 methods
3.0 mid level
3.2 mid sentence
-1.4 might come
3.0 might have
-1.2 might like
1.9 migration project
1.5 mill
1.2 mind for
3.0 minds
3.0 mine to
-1.8 mining
-1.4 ministry
2.1 minute
3.0 minute chat
3.0 minute wait
1.6 minutes
2.3 minutes and
-2.0 minutes at
-1.2 minutes i'd
1.5 minutes in
2.3 minutes late
1.4 minutes on
1.5 minutes to
3.0 minutes with
-1.5 miss
3.0 missed what
-1.2 missing
4.1 mistake
3.2 mistake and
-1.9 mobile
-1.2 moment to
-1.3 monday
-1.3 monday about
-1.6 monday for
-1.4 monday i
-1.2 monday to
-2.1 monitoring
-1.2 month notice
-1.2 month so
-1.4 month to
-2.0 monthly
1.5 more candid
-1.5 more certain
-1.8 more detail
-1.2 more eager
-1.2 more excited
-1.4 more for
1.9 more hands
3.0 more in
1.8 more like
-1.2 more on
-1.2 more sales
1.5 more seriously
1.5 more the
3.0 morning which
-1.9 most excited
-1.2 most grateful
-1.2 most interesting
-2.4 most like
1.3 most of
-1.2 most people
-1.2 most want
-1.2 move
-1.2 move from
-1.5 move to
-1.8 moved to
-1.2 moving to
2.6 much about
-1.2 much appreciated
1.3 much as
-1.4 much clearer
-1.5 much easier
-1.4 much for
-1.8 much hoping
3.0 much into
-3.3 much like
1.8 much of
-1.7 much prefer
-1.2 much rather
-1.7 much the
3.0 much with
1.1 must
1.5 must admit
2.2 must say
1.5 mutual
1.6 my accent
-1.8 my account
2.1 my age
1.6 my answers
1.5 my aptitude
1.4 my candidacy
-2.1 my career
-1.4 my contract
-2.2 my current
-1.2 my email
-1.2 my end
-1.2 my english
-1.2 my family's
2.1 my file
-2.5 my first
-1.7 my former
-1.2 my graduate
-1.5 my head
1.4 my husband
-1.9 my inbox
-2.2 my interest
-1.2 my landlord
-1.2 my lease
-1.5 my level
-1.5 my nerves
-2.0 my next
1.5 my nine
-1.2 my note
-1.1 my notice
-1.2 my numbers
-1.5 my only
-1.4 my partner
-1.9 my phone
-1.4 my preference
-1.8 my present
-1.7 my previous
1.5 my references
1.9 my scores
-1.7 my search
1.3 my second
-1.4 my situation
-1.2 my studies
3.0 my surname
3.0 my system
-1.4 my team
-1.7 my third
3.0 my view
-1.7 my visit
-1.2 my withdrawal
-1.4 myself
-1.4 myself on
1.6 name is
-1.4 named
-1.7 national
-1.1 nd
-1.1 need
-1.8 need a
-1.2 need any
-1.3 need anything
-1.4 need for
-1.6 need from
-1.6 need to
-1.5 need your
-1.5 needed from
3.2 needed to
1.5 needing
2.0 needs a
3.0 nephew
-1.5 nerves
-1.4 network
-1.2 network engineer
1.8 never
3.0 never did
3.2 never going
1.4 never once
3.0 never reached
3.2 never really
3.0 never run
-1.2 new community
-1.2 new graduate
-1.5 new starters
-1.4 news but
-1.2 news from
-1.2 news since
-1.2 news this
3.2 next candidates
1.5 next cycle
1.5 next day
-1.7 next few
-1.5 next interview
-1.5 next month
-1.2 next opening
3.0 next person
-1.5 next step
-1.3 next steps
1.1 next time
-1.2 next two
-1.5 next wednesday
-2.3 next week
-1.3 next year
1.5 nice
2.1 nice to
-1.2 night auditor
-1.2 night team
1.6 nights
1.5 nine years
-1.2 no by
-1.2 no need
1.5 no one
-1.5 no reflection
-1.5 no rush
1.5 no update
3.0 no word
-1.2 no worries
2.1 nobody
3.2 nobody could
-1.5 nobody else
3.4 nobody mentioned
3.4 nobody on
3.0 nobody seems
3.2 nobody will
-1.4 noon
1.4 nordvik
1.1 not
2.9 not a
3.0 not accept
3.0 not an
1.5 not answer
-2.1 not asking
2.3 not been
1.5 not come
3.0 not confident
3.4 not convinced
1.5 not enough
1.4 not fully
3.2 not how
3.0 not in
3.0 not invited
-1.5 not many
3.2 not quite
3.4 not read
3.0 not really
1.5 not receive
1.5 not something
3.0 not speak
2.8 not sure
3.4 not what
1.4 note about
1.9 note and
2.0 note that
-2.3 note to
-1.4 notes from
-1.7 notes on
1.3 nothing
3.2 nothing and
1.5 nothing else
-1.5 notice period
3.4 notice that
2.1 notice the
-1.2 noticed a
-1.2 noticed my
1.8 noticing
1.4 noticing that
3.2 noting
-2.0 november
-1.5 now received
-1.2 now so
1.5 now used
1.5 numerical
-1.2 nursing
-1.7 obliged
-1.2 obliged but
1.6 observation
3.2 obviously
-1.6 october
2.8 odd
3.0 odd thing
-1.4 of all
1.5 of anyone
1.9 of applicants
-1.8 of being
1.5 of curiosity
1.3 of department
-1.2 of experience
1.8 of future
-1.2 of joining
-2.2 of last
2.8 of luck
-1.5 of news
-1.4 of quota
3.0 of saying
-1.2 of senior
3.6 of silence
3.0 of someone
1.9 of their
1.4 of time
1.5 of unpaid
2.1 of us
-1.2 of weeks
-1.7 of where
3.2 off mid
-1.5 off to
3.0 off work
1.4 offer a
-2.0 offer from
1.6 offer is
1.2 offer letter
-1.2 offer on
3.0 offer one
-1.2 offer this
-2.2 offered me
1.5 offered to
-1.4 office and
-1.4 office as
-1.8 office on
1.3 officer interview
-1.6 on <n>
-1.2 on any
-1.2 on before
-1.2 on day
3.4 on glassdoor
2.3 on his
-1.5 on how
-1.2 on monday
1.9 on nights
2.3 on one
-1.2 on regional
3.0 on sap
3.2 on seek
1.5 on site
2.1 on someone
-1.1 on thursday
-2.0 on timing
3.2 on tuesday's
-1.6 on wednesday
1.3 on what
-1.5 on where
3.0 on which
-1.2 on working
3.0 onboarding flow
3.0 once so
2.3 once the
-1.2 one day
1.5 one for
-1.2 one from
-1.9 one i'd
-1.8 one i'm
-1.2 one line
-1.2 one month
1.5 one page
-1.2 one person
-1.2 one practical
1.9 one sentence
1.9 one so
1.4 one thing
3.0 one to
-1.8 one way
-1.2 one who
3.0 one your
1.7 online
1.9 online assessment
3.2 only after
1.5 only ask
3.9 only assume
1.9 only candidate
3.0 only hope
-2.1 only one
1.9 only person
1.6 only say
3.0 only wish
-1.2 onto one
1.5 op
2.4 open to
-1.9 open with
1.3 opened
-1.5 opening comes
-1.4 opening in
-1.7 openly you
-1.4 openness
-1.2 opens at
-1.2 opens in
-1.4 opens on
1.5 opportunities with
1.9 option
-1.5 options
-2.3 or a
-1.2 or another
-1.5 or anything
-1.5 or in
-1.2 or my
-1.2 or the
-1.2 or three
1.9 or was
1.3 or whether
3.0 organisation's
1.6 organised day
1.2 other applicants
3.2 other end
1.5 other openings
1.6 other roles
3.2 other than
3.0 other two
1.4 other way
-1.5 our conversation
-1.5 our conversations
-1.4 our meeting
-1.4 out at
3.4 out in
-1.4 out on
2.5 out that
1.2 out to
2.1 out what
1.1 outcome
1.5 outcome as
1.6 outcome for
-1.4 outcome i
3.0 outcome was
-1.4 outpatient
1.9 outside
3.4 outside applicants
3.2 outside candidates
1.5 outside the
1.2 overqualified
1.9 overqualified for
-1.4 own trumpet
-1.2 owners
1.6 ownership
3.0 owns
-1.8 pace
-1.4 pacing
-1.4 page and
1.5 page that
3.0 page two
-1.7 paid
1.1 panel
2.3 panel and
1.5 panel as
3.0 panel asked
3.0 panel concluded
3.0 panel could
1.9 panel did
1.5 panel gave
1.4 panel had
3.0 panel hadn't
3.4 panel made
3.9 panel member
1.9 panel members
3.6 panel seemed
1.9 panel that
3.2 panel was
1.9 panel would
1.5 papers are
3.2 paragraph
-1.5 paralegal
1.5 parental
1.5 parental leave
-1.8 park
3.2 parking
3.2 part in
-2.3 part time
-1.8 part was
3.0 parted
3.0 parted ways
3.0 particularly as
-1.2 particularly in
-1.4 particularly on
-1.4 particularly the
1.5 partly because
-1.5 partnerships
-1.9 passed my
-1.7 passed the
-1.2 patel
-1.7 paths again
-1.2 patience
-1.5 patience when
-2.7 patient
-1.2 patient with
-1.4 patients
-1.2 payable
-1.2 payroll administrator
-1.2 payroll manager
1.5 people for
3.2 people the
-1.2 people which
1.5 people who
-1.7 per cent
-1.7 percent
2.7 perhaps
1.4 perhaps i
3.0 perhaps next
4.1 perhaps the
-1.8 period
-1.5 period is
1.1 person
3.2 person specification
2.0 person you
3.9 personality
-1.2 perth
1.5 petrol
-1.2 pharmacist position
1.4 phone
3.2 phone but
1.9 phone call
3.2 phone for
1.5 phone screen
3.2 phone you
-1.2 picture myself
-1.2 picturing
-1.2 picturing myself
1.9 pilbara
-2.0 pilot
2.1 pity
3.0 pity the
-1.2 placed
-1.8 placement
1.4 places
-1.2 plan accordingly
-2.1 plan my
-1.7 planner position
-1.5 planning my
3.2 plans were
1.5 platform and
1.4 play
1.5 playhouse
-1.2 please accept
1.5 please advise
-1.2 please also
-1.5 please give
-1.9 please let
-1.2 please thank
-1.2 please withdraw
-1.2 plumber
-1.2 po for
-1.4 podcast
-2.1 point about
-1.5 point i
-1.5 point i'd
1.5 point in
2.5 point out
-1.8 pointers
-1.2 pointers on
1.4 policy adviser
2.1 polite
3.0 polite way
-1.7 politely
-1.2 pop
1.4 portal
3.0 portal has
3.0 portal seems
3.0 portfolio before
-1.5 portfolio review
-1.2 position as
-1.4 position at
1.8 position has
-2.0 position i
-1.8 position on
-1.7 position opens
-1.2 position remains
1.5 position was
-1.2 position we
1.5 position which
-1.1 position with
1.3 positions
-1.9 possibility
-1.8 possibility of
-2.1 post of
-1.2 post opens
3.9 post was
-1.5 postdoctoral
2.5 posting
1.5 posting and
3.0 posts
-1.1 practical
-1.4 pre
-1.4 preceptor
-2.8 prefer
-2.5 prefer to
-1.5 preference
2.2 preferred
3.6 preferred to
1.3 prepared
2.1 prepared for
1.5 presentation to
1.5 presenting
1.5 presenting to
-1.4 pressure
-1.2 pressures
-1.4 primary
1.5 principle
1.9 print
1.9 printed
1.8 priya
1.5 priya and
1.5 probably have
-1.9 problem at
-1.4 problem i
1.5 procedure
1.9 process in
1.5 process on
1.8 process was
1.3 procurement officer
-1.2 producer
-1.4 product analyst
-1.2 product manager
1.5 profile for
-1.2 profile in
-1.2 programme at
1.3 programme officer
-1.5 programme you
-1.5 project i
-1.2 project in
-1.2 project management
-1.2 project manager
-1.5 promise
2.8 promised
3.2 promised an
3.0 promised me
3.4 promises
-1.2 promptly
1.2 proper
-1.9 property
-1.4 prototype
3.0 proves
-1.9 provide
-1.4 provide any
-1.1 provide anything
-1.4 provide references
3.0 psychometric
3.0 psychometric test
2.5 published
1.4 pune office
-1.4 push
-1.2 put it
-1.7 puts
1.9 putting
3.6 puzzled
3.0 puzzled that
-1.2 qa engineer
1.3 qualifications
-1.2 qualified
1.3 question and
3.2 question in
-2.3 question on
1.5 question so
1.9 questions i
1.5 questions in
3.2 questions were
1.5 quick follow
-1.2 quick line
-1.9 quick note
-2.2 quick update
1.4 quicker
1.5 quickly as
-1.2 quickly when
3.4 quietly
1.9 quite the
-1.8 quota
1.6 quoted
-1.2 radio
-1.2 railway
3.0 raj
1.5 range
-1.7 rather be
2.1 rather hear
-1.2 rather join
-1.4 rather know
1.5 rather you
1.2 re
1.9 re advertised
1.9 re your
-1.5 reach me
1.1 reached
1.8 read
1.5 read a
1.6 read it
1.6 read my
1.7 read the
3.6 reads
3.2 real reason
-1.4 realised afterwards
-1.2 realised the
-1.4 really appreciate
-1.7 really appreciated
1.5 really do
-2.0 really excited
3.0 really had
-1.4 really helpful
-1.3 really keen
-2.5 really like
-1.8 really want
3.0 rearranged
1.3 reason
3.0 reason given
3.0 reason than
1.5 reasoning
2.2 reasons
-1.4 reassuring
-1.2 rebuilding the
-2.1 rebuilt
-1.5 rebuilt the
-2.5 received a
-1.6 received an
3.0 received was
-1.2 receiving me
-1.4 recently
1.3 reception
-1.2 reckon i'd
3.0 recommending
1.5 reconnect
1.5 reconsider
2.6 recorded
3.4 recorded video
-1.9 records
-1.2 records are
-1.4 records my
1.8 recruiter
3.0 recruiter promised
1.8 recruiters
1.5 reference from
-1.9 references or
-1.5 refinancing
-1.5 reflection on
1.6 reflects
-1.5 refresher
-1.4 refurbishment
1.4 regard
-1.4 regards to
-1.5 registration
1.5 regret that
3.9 rejection
1.5 relationship
-2.0 release
-1.5 relocate
-1.2 relocate to
-1.2 relocation
2.0 remain interested
-3.3 remains
-2.8 remains my
-1.7 remains the
3.2 remembered
1.5 remind
-1.4 reminded
-1.4 reminded me
-1.4 renewed
-1.2 reply due
-1.2 reply this
1.7 replying
3.0 replying to
-1.4 reporting
-1.7 reps
3.0 request for
-2.0 required
1.5 reread
1.6 rescheduled
-1.5 research coordinator
-1.8 researcher
-1.4 researcher role
-1.5 residency
1.5 residents i
1.4 respect
1.4 respect for
2.1 respect i
1.5 respect to
1.8 respect your
1.6 respected
-1.9 respond
1.1 rest
-1.2 restful
-1.4 restoration
-1.2 restructure
1.7 result of
-1.2 retail management
-1.5 revert
1.5 review of
-1.2 reviewing
1.5 reviews how
-1.4 revisit
3.0 reyes
4.0 rich
3.7 rich to
-1.2 ridge
-1.2 rig
2.3 right fit
3.0 right match
-1.4 right now
-1.4 right to
-1.5 road
3.2 roads
-1.8 role especially
-1.7 role feel
-1.2 role fits
-2.0 role i'm
-1.4 role i've
-1.4 role remains
-1.4 role than
3.0 role that
-1.2 role this
2.1 role was
-1.7 role we
-1.2 role would
2.3 roles at
-1.2 roles that
1.5 room i
-1.2 rooms
-1.1 rotation
-1.7 rough
-1.5 roughly
-1.5 roughly <n>
-1.5 roughly when
-1.4 round of
1.5 round so
1.6 round was
1.9 round went
2.0 rounds
2.6 rounds and
1.5 rounds for
-1.2 route planning
1.5 rules
1.5 run your
-1.2 runs its
-1.3 rush
-1.4 rush your
-1.4 rustenburg
1.5 s you
-1.2 sad
-1.5 sad about
1.4 said it
1.8 said so
1.5 saigon
1.5 salary
3.7 salary band
3.2 salary before
-1.2 sales focused
-1.2 sales role
3.0 salesforce
-1.2 same approach
-1.2 same for
3.0 same impression
3.0 same post
-2.0 samples
2.1 sap
1.6 sat
1.5 sat down
3.0 sat on
-1.4 satisfaction
3.0 satisfy
-1.4 save you
1.9 saved
1.9 saved me
2.5 saved us
1.1 say i
-1.2 say i'm
1.5 say i've
3.6 say more
2.2 say the
2.6 saying
3.0 saying so
1.5 saying that
1.9 says
3.6 says the
-1.8 scale
-1.5 schedules
1.5 school has
1.4 score
1.4 scores
1.3 scoring
2.5 screen
2.0 screening
2.3 screening call
3.2 script
-1.7 sea
-1.2 search committee
-1.2 season and
-1.5 seasonal
-1.5 seasons
1.9 seat
4.0 second interviewer
1.5 second officer
1.5 second round
3.0 second stage
3.2 second time
-1.5 second year
1.5 see it
1.5 see no
1.5 see this
2.3 see what
2.1 see where
-2.2 see whether
1.9 see which
3.2 seek
2.5 seemed
1.8 seemed to
3.0 seems
3.7 seems a
3.0 seems the
2.0 seems to
-1.2 selection criteria
-1.4 semester
-1.2 semester is
-1.5 send
-2.0 send anything
-2.5 send it
-1.2 send over
-1.4 sending the
-1.2 senior copywriter
3.0 senior planning
-1.2 sense for
1.2 sent
1.5 sent my
2.4 sentence
3.0 sentences
1.9 separate
-1.2 sepsis
-2.9 september
-1.4 series
3.0 serves
1.5 set aside
-1.7 set up
1.5 sets
1.3 settled
1.9 settled on
1.2 seven
2.1 seven weeks
1.9 shame
3.0 shame the
-1.2 share an
-1.9 share any
-1.4 share before
1.9 share my
-1.2 share the
-1.2 share what
-1.2 share where
1.9 sharjah
1.4 she
-1.4 she had
1.5 she was
1.6 she would
1.4 she's
1.9 shed
1.5 shifted
1.4 shop floor
-1.2 short course
-1.8 short notice
2.1 short of
-1.4 short so
-1.4 short update
3.6 shortlist was
3.0 should know
-1.2 should let
-1.2 should the
1.5 shouldn't
-1.4 show me
3.0 show what
-1.4 show you
2.0 shown
-1.5 shows how
-1.2 shows my
-1.2 side for
2.0 side of
1.5 sift
-1.4 sign
-1.5 sign off
-1.7 signed up
2.6 silence
-1.8 similar
-1.2 similar comes
-1.5 similar post
-2.0 similar role
1.4 similar roles
-1.4 similar with
-1.2 simpler
3.0 simply told
-1.2 simply wanted
-1.2 since i've
3.7 since it
3.0 since nobody
-2.3 since our
-1.2 since passed
-2.0 since we
3.0 since your
-1.2 singapore
1.2 sir
1.6 sir i
-1.7 site engineer
1.2 sitting
-2.3 situation
3.0 sketched
1.5 slept
1.5 slept on
1.5 slipped
1.4 slot
3.2 slot and
-1.2 slow
-1.8 small update
-1.8 smaller
3.0 so and
-1.4 so any
3.0 so either
-1.9 so far
-1.2 so if
1.2 so it
-1.2 so kindly
-1.4 so open
1.5 so perhaps
-2.4 so please
-1.7 so thank
-1.2 so you're
-1.7 soil
-1.2 solutions
1.6 someone
1.4 someone already
1.9 someone could
2.1 someone from
2.1 someone in
3.0 someone more
3.2 someone on
1.7 something else
1.9 something more
-1.9 something similar
-2.0 soon
-1.4 soon as
-1.4 sorry for
-2.1 sorry not
3.0 sorry we
-1.7 sort
-1.2 sort out
1.4 sorted
1.5 sorted before
-1.4 spare
3.0 spared
-1.2 specialist
-1.4 specialist position
2.1 specification
3.0 specification and
-1.7 speed
-1.1 spend
-1.4 spend the
1.3 spent
3.0 spent more
2.8 spent most
1.5 spent on
1.3 spent the
1.5 spent two
-1.4 splits
-2.0 spoke i
-2.0 spoke on
3.2 spoke to
3.9 spoken
3.0 spoken for
3.4 spoken to
-1.5 spot
-1.4 spring and
-1.2 spring campaign
-1.2 spring i
1.5 spring season
1.9 square
-1.1 st
1.5 staff are
1.9 stage manager
2.3 standing
1.5 start and
-1.2 start any
-1.7 start at
-1.4 start on
3.0 start that
-1.7 start with
3.0 started forty
-1.2 started picturing
-1.5 starters
2.3 starting to
-1.2 starts
1.5 status as
-1.8 stayed
-1.6 stayed with
-1.3 step
-1.4 step back
-1.5 steps
1.8 still be
3.0 still can't
1.9 still i
1.9 still i'd
-1.4 still in
4.5 still like
-2.0 still my
3.2 still not
1.5 still on
1.4 still open
3.0 still respect
1.8 still think
3.0 still welcome
-1.2 stock
1.4 stood
-1.2 storage
-1.5 story
-1.2 storyboard
-1.5 straight away
3.9 strange
-1.5 street
1.4 strength
3.0 strength of
-1.8 strengthen
-1.2 strengthen before
-1.4 strong field
3.4 strong internal
1.3 struck
1.9 struck me
2.0 struggling
3.6 struggling to
-1.4 student
-2.6 students
-1.2 studies which
-1.2 studio
-1.2 studio and
1.4 study brief
-1.2 stumbled
-1.9 subject checking
1.9 subject re
-1.2 subject thank
1.5 success and
3.0 success in
1.3 successful
1.5 successful applicant
3.9 successful candidate
-1.2 such
-2.5 such as
1.7 suggest
-1.2 suggest i
3.7 suggest that
3.4 suggest your
1.4 suggests
-1.1 suit
-1.8 suit me
-1.2 suit the
-2.0 suite
-2.6 suits
-1.5 suits the
-1.5 suits you
1.5 summary of
-1.5 summer
-1.2 summer and
-1.4 supervised
-1.4 supervisor at
1.5 supervisor post
-1.4 supplier
-1.2 support the
1.9 suppose
2.1 suppose it
3.2 suppose the
1.5 sure
-1.2 sure about
3.0 sure anyone
2.5 sure how
-1.4 sure i
3.1 sure it
1.5 sure she
2.1 sure that
1.9 sure the
1.9 sure they
3.9 sure what
1.5 sure whether
-1.2 sure you'll
-1.2 surgery
3.0 surname
1.1 surprise
1.5 surprise but
1.5 surprise given
3.0 surprise to
1.8 surprised
3.7 surprised that
1.5 surprised the
1.9 surprised to
1.6 surprising
-1.5 surveyor role
1.1 suspect
1.9 suspect it
1.5 suspect my
1.5 suspect that
1.5 suspect you'll
-1.4 sustainability
1.3 system design
1.1 table
-1.4 take a
1.8 take home
1.4 take part
-1.4 take time
-1.7 take up
2.0 taken
3.0 taken the
1.5 takes it
1.9 talent
-1.4 talk it
-1.5 talk through
-1.4 talk with
1.5 task
3.0 task for
-2.3 tasting
-1.2 tasting menu
-1.2 tasting on
-2.3 taught
-1.8 taught me
-1.7 tax
-1.2 teach the
-1.7 teacher
-1.4 team as
1.5 team can
1.5 team even
3.6 team gave
3.0 team had
-1.4 team hoped
1.5 team i'd
-1.2 team if
-1.2 team is
-1.5 team last
1.5 team made
-2.1 team of
-1.2 team remains
-1.5 team so
-1.2 team splits
-1.4 team through
1.5 team very
3.7 team well
1.6 team will
-1.9 team would
-1.5 team's
1.5 tech
-1.4 technical interview
3.4 technical test
-1.5 technician position
1.5 tell people
1.6 tells
1.8 tells me
3.0 templated
-1.5 ten days
1.9 ten minutes
1.3 test
1.4 test and
3.2 test nobody
1.9 test of
2.8 test was
-1.9 testing
1.4 tests
-1.2 th
-1.2 th july
-1.5 th march
-1.4 th of
-1.5 th so
-1.2 th to
3.0 than about
1.9 than an
1.5 than any
1.3 than anything
1.5 than by
-1.7 than emailing
3.0 than find
3.2 than from
-1.8 than i'd
-1.4 than later
1.5 than leaving
3.4 than me
-2.2 than most
1.5 than not
3.4 than on
-1.2 than once
-1.5 than when
1.8 than you
1.5 than yours
-2.1 thankful
-1.8 thankful for
-2.4 thanks and
1.5 thanks heaps
-1.2 thanks so
1.5 that <n>
1.9 that a
1.5 that at
3.0 that basis
1.9 that being
-1.4 that come
1.5 that could
-1.5 that date
1.5 that does
1.4 that every
1.9 that everyone
2.6 that had
-1.5 that i'd
1.2 that it
1.9 that it's
-1.4 that level
-2.1 that makes
3.0 that may
2.1 that most
3.0 that nobody
-1.2 that only
3.6 that other
-1.2 that our
3.2 that question
1.6 that said
-1.2 that same
1.5 that site
2.0 that someone
-1.4 that suits
2.1 that tells
1.4 that the
1.9 that there
-1.9 that this
2.1 that took
1.4 that were
3.0 that won't
-1.9 that work
-1.6 that would
-1.4 that you're
-1.2 that you've
4.0 that your
-1.4 that's fine
-2.3 the accounts
3.2 the acting
3.0 the actual
3.0 the ad
1.9 the advert
2.5 the advertisement
1.2 the afternoon
2.3 the agency
1.6 the answer
1.9 the assessors
-1.5 the associate
1.6 the attention
-1.2 the barista
-1.7 the better
1.5 the bottom
2.9 the brief
-1.8 the business
2.1 the calendar
1.1 the call
2.9 the candidate
-1.4 the cardiac
-1.2 the careers
1.5 the chair
-1.4 the challenges
-1.2 the children's
1.4 the chin
-1.2 the claims
-1.2 the clear
1.9 the clock
1.5 the company
-1.8 the compliance
1.5 the confusion
-1.2 the conservation
-1.1 the county
1.4 the courtesy
-1.5 the credit
3.2 the cv
1.5 the daventry
1.4 the development
-1.7 the director
-1.5 the drive
-1.4 the earliest
1.9 the email
-1.5 the emergency
1.9 the estate
-1.2 the evening
-1.4 the facilities
-1.2 the fact
-1.5 the family
1.3 the feedback
1.9 the figure
-1.4 the fire
1.9 the fit
1.4 the floor
-1.4 the forecasting
2.9 the fourth
-1.2 the frank
-1.2 the grant
-1.2 the gulf
-1.4 the hardest
-1.2 the harvest
-1.2 the heritage
-1.8 the highest
2.5 the hire
1.5 the hiring
-1.2 the holidays
-2.3 the honest
1.9 the hotel
3.2 the hour
-1.2 the industry
2.6 the interviewer
1.3 the interviews
-1.4 the inventory
-1.2 the it
1.3 the job
-1.2 the junior
-1.2 the laboratory
-1.4 the largest
-1.5 the latest
-1.9 the learning
3.0 the least
2.1 the letter
-1.2 the library
1.5 the likely
1.6 the line
3.0 the listing
-1.4 the local
-1.4 the long
-1.2 the lowest
-1.2 the management
2.1 the manager
-1.4 the marina
-3.1 the meantime
-1.2 the medical
1.5 the mill
1.5 the mine
-1.2 the mining
-1.2 the ministry
-1.2 the mobile
-1.8 the month
-1.4 the monthly
-1.1 the most
3.0 the name
-1.5 the network
1.9 the notes
1.5 the numerical
-1.2 the offshore
-1.4 the oncology
2.1 the online
-1.4 the others
1.1 the outcome
-1.2 the outpatient
-1.2 the outreach
-1.5 the pace
-1.4 the paralegal
1.5 the parts
-1.7 the pass
-1.3 the payroll
1.4 the person
1.1 the phone
1.9 the pilbara
-1.1 the planning
1.5 the playhouse
-1.5 the possibility
-1.4 the postdoctoral
2.6 the posting
-2.0 the practical
-1.4 the production
3.0 the published
-1.2 the quantity
1.8 the questions
1.4 the range
2.5 the real
2.1 the reason
3.0 the reasons
1.8 the record
3.2 the recorded
2.1 the recruiter
-1.4 the refinancing
-1.2 the region
3.4 the rejection
-1.2 the reporting
1.9 the requirements
-1.2 the rollout
-1.2 the rotation
-1.2 the route
2.3 the salary
-1.5 the sales
1.9 the score
1.7 the scoring
1.4 the screening
1.5 the security
1.3 the selection
-1.2 the semester
1.7 the shortlist
1.4 the silence
-1.2 the soil
1.2 the standard
1.5 the start
-1.2 the state
-1.4 the strategy
3.0 the strength
-1.2 the student
-1.5 the students
2.1 the successful
-2.6 the summer
-1.2 the sustainability
1.9 the table
1.5 the talk
-1.9 the tasting
-1.2 the tax
-1.4 the tea
-1.2 the team's
3.0 the third
2.1 the three
1.9 the timer
1.6 the track
-1.8 the travel
1.4 the twelve
2.1 the twenty
-1.4 the university
1.9 the update
-1.4 the ux
-1.2 the very
-1.7 the warm
-1.9 the weekend
-1.5 the wider
-1.1 the workshop
2.0 the wrong
3.0 their minds
1.5 their whole
-1.5 theirs
3.0 them about
-1.4 them on
-1.5 then i'd
-1.2 there a
-2.1 there anything
3.2 there for
1.5 there has
3.0 there we
-1.1 there's
-2.1 there's any
-1.4 there's no
-1.2 thesis
1.8 they can
1.5 they do
-2.5 they have
1.5 they said
2.4 they were
1.4 they're
-2.8 they've
-2.2 they've asked
-1.2 thing in
1.4 thing to
-1.4 things down
-1.2 things i
-1.4 things up
1.5 think a
-1.4 think i'd
-1.3 think that
1.3 think the
1.5 think you
-1.5 think you'd
2.3 think you've
-1.7 thinking about
1.1 third
3.2 third interview
3.6 third time
3.0 thirty minutes
-1.2 this autumn
3.0 this before
-1.2 this experience
-1.7 this finds
1.5 this i
-1.2 this job
3.0 this level
2.3 this process
-1.1 this role
-1.7 this spring
1.5 this whole
1.5 thorough
3.0 those of
1.2 though
1.3 though i
1.5 though i'll
2.0 though i'm
3.2 though that
-2.3 thought i
-2.6 thought i'd
-1.2 thought it
1.9 thought the
-1.2 thoughtful
1.5 three countries
3.0 three did
3.0 three hour
4.4 three interviews
-1.5 three months
3.2 three people
2.2 three rounds
2.5 three times
1.9 three year
-1.4 through a
-1.2 through for
-1.4 through how
2.1 through my
1.9 through two
-1.5 throughout the
-1.3 thursday
-1.5 thursday <n>
-1.4 thursday at
-1.2 thursday for
-1.2 ticketing
-1.2 ticketing system
3.0 ticking
3.0 ticking exercise
-1.2 tight
-1.2 time but
1.9 time for
-1.5 time i
-1.2 time is
2.1 time it
1.5 time of
1.4 time that
2.2 time the
-1.2 time today
2.6 time your
-1.5 timeline
-1.2 timeline before
-1.7 timeline for
-1.2 timeline i
1.9 timer
1.1 times
1.5 times and
1.5 times at
3.0 times now
-1.6 timing
-1.2 timing i'd
-1.2 timing is
1.3 title
-1.3 to <n>
-2.4 to add
1.6 to an
1.9 to anyone
3.0 to assess
4.3 to believe
-1.4 to blow
-1.8 to bring
3.0 to candidates
3.0 to catch
1.9 to conclude
-1.2 to contact
-1.4 to correct
-1.7 to decide
1.9 to describe
1.5 to each
1.8 to every
1.7 to expect
2.9 to feel
1.4 to finish
-1.4 to fit
-1.2 to five
-1.2 to give
-1.2 to help
3.0 to his
-1.7 to home
1.4 to how
-1.4 to hurry
-1.7 to improve
-1.7 to inform
-1.9 to join
1.9 to judge
1.5 to long
2.0 to look
1.1 to mention
-1.2 to miss
1.5 to notice
3.2 to people
-1.2 to picture
-1.2 to present
3.0 to progress
-1.5 to provide
3.2 to rate
-2.5 to reach
1.2 to read
1.5 to reconnect
1.5 to reconsider
3.0 to regret
-1.2 to relocate
1.5 to reply
-1.4 to respond
1.5 to return
-1.2 to revisit
1.2 to run
-1.5 to rush
3.0 to satisfy
-1.4 to save
1.5 to seeing
-1.3 to send
-1.2 to sit
1.8 to someone
-1.2 to speed
3.0 to square
-1.5 to start
-1.2 to step
-1.5 to teach
1.1 to tell
1.5 to think
-1.4 to trouble
-2.2 to try
1.5 to understand
-1.2 to update
-2.3 to wait
-1.2 today
3.0 together at
-1.2 together on
1.5 told
2.1 told i
3.0 told i'm
1.5 told me
2.0 told the
1.5 told to
2.3 told you
-2.2 tomorrow
1.5 too much
1.5 too senior
1.7 took a
3.0 took five
-1.5 took over
-1.4 tools
-1.2 topped
-1.5 touched
-1.2 touching
1.5 transcript
-1.2 transfer
-1.2 transition
-1.8 transparent
-1.2 transparent that
-1.2 transport planner
2.5 travelled
3.6 treated
-1.4 treating you
3.2 treats
-1.5 tried
-1.2 truly
-1.4 trumpet
-1.4 trumpet but
-1.4 trust this
2.3 try not
-1.4 try something
-1.2 try the
-1.7 try to
1.5 tuesday i
1.4 turbine
3.2 turned out
1.3 twenty
1.5 twenty five
1.5 twenty hours
3.4 twenty minute
2.9 twenty minutes
1.9 twice
2.3 twice and
1.9 twice during
3.0 twice in
3.0 twice which
3.0 twice without
1.2 two days
1.3 two emails
3.0 two evenings
-1.2 two examples
1.8 two hours
1.2 two interviews
3.7 two line
1.4 two months
1.3 two of
-1.2 two or
-1.7 two other
1.5 two people
-1.2 two seasons
-1.2 two things
3.2 typing
-1.7 uk
3.2 under review
-1.2 under the
-1.5 understand and
1.6 understand how
1.8 understand what
3.2 understand why
1.3 understood
2.8 unfair
3.2 unfair to
-1.2 units
-1.2 unless i
3.0 unlike
2.0 unpaid
1.5 unpaid leave
4.1 unprofessional
3.0 unsuccessful
1.9 unsure
-2.4 until <n>
-1.5 until the
-1.2 unusual
-1.7 up at
1.5 up but
-1.2 up by
2.1 up from
-1.2 up my
3.4 up rather
2.3 up twice
2.4 update and
1.5 update me
-1.7 update since
3.2 update though
-1.4 updated timeline
1.9 uploaded
1.1 us
1.9 us and
1.7 us both
1.5 us who
-1.2 use the
-2.6 useful for
-1.2 uses
-1.4 ux researcher
1.5 vacancies in
-1.7 valid
-1.5 valid until
-1.7 value any
-1.2 valued hearing
-1.2 valued the
1.9 values
-1.2 verbal
-1.2 verbal offer
-1.2 very concrete
-1.2 very eager
-1.2 very enjoyable
-1.5 very enthusiastic
-1.2 very few
-1.8 very glad
-1.5 very grateful
-2.7 very happy
2.1 very hard
-1.5 very helpful
-1.2 very much
-1.5 very pleased
-1.8 very real
1.5 very strong
-1.4 very thankful
-1.5 very welcome
1.2 view
2.1 view of
-1.2 visit and
-1.2 visiting
-1.8 visits
-1.4 voicemail
-1.2 volunteer coordinator
-1.5 volunteers
-1.2 wait for
3.0 wait in
-1.4 wait until
-1.2 waiting on
1.5 waiting room
-1.2 walk through
-1.2 walk you
1.7 walked
2.1 walked in
1.5 walked out
1.5 walkthrough
-1.1 want this
-1.2 wanted
-1.5 wanted to
-2.5 wanted you
-1.2 ward and
1.5 warehouse role
1.2 was about
2.0 was actually
3.2 was already
2.6 was always
2.1 was an
1.4 was as
4.0 was asked
2.3 was being
3.0 was difficult
1.5 was done
3.0 was ever
2.1 was exactly
-1.4 was fascinating
3.0 was filled
3.0 was first
3.4 was for
-2.5 was glad
-1.5 was grateful
-2.2 was great
3.2 was handled
3.2 was hard
-1.4 was helpful
-1.4 was impressed
1.2 was in
3.0 was interviewing
1.9 was just
-1.5 was kind
3.0 was led
-1.7 was lovely
3.9 was made
3.4 was marked
2.3 was meant
1.5 was more
4.1 was never
1.5 was not
1.2 was on
1.5 was only
3.0 was promised
2.1 was really
3.0 was settled
3.0 was spent
3.0 was spoken
4.3 was surprised
2.3 was that
2.1 was there
1.2 was told
3.2 was unprofessional
-1.3 was useful
1.9 was your
1.2 wasn't
-1.4 wasn't a
3.0 wasn't possible
2.1 waste
3.9 waste of
1.5 watch
3.4 way but
1.2 way i
-1.4 way i'd
2.1 way of
-1.8 way or
1.6 way to
-2.2 way you
1.7 ways
3.0 we are
2.1 we could
1.9 we didn't
-1.3 we discussed
-2.5 we met
-1.5 we moved
3.2 we never
-1.4 we spoke
1.5 we started
-1.2 we used
1.5 we went
1.3 we were
1.5 we'll be
-1.2 weakness
-1.4 weaknesses
3.9 website
-1.4 wednesday
-2.6 wednesday about
-2.0 wednesday and
-2.3 wednesday for
-1.5 wednesday to
-1.5 week about
-1.5 week for
-1.2 week is
-2.3 week so
3.0 weekend on
-1.5 weekends
-1.7 weekly
3.2 weeks after
-1.5 weeks notice
1.5 weeks on
-1.2 weeks so
-1.2 weight
1.2 welcome a
1.5 welcome hearing
1.5 welcome it
-2.0 well at
3.0 well before
2.1 well below
-1.5 well for
-1.5 well i'm
-1.2 well in
3.0 well of
2.6 well with
1.1 went
-2.0 went from
3.4 went on
2.3 went out
3.0 went through
1.9 went to
1.9 went with
1.6 were looking
1.5 were not
1.7 were the
3.0 weren't
3.2 what basis
3.2 what changed
3.0 what exactly
3.2 what he
1.5 what it
1.2 what it's
1.4 what my
3.0 what that
1.9 what the
2.5 what they
1.7 what to
2.1 what was
-1.4 what would
3.2 whatever the
3.0 whatever your
-1.2 when convenient
-1.4 when my
-2.2 whenever
-1.4 whenever suits
-1.2 where i'd
3.0 where they
-1.4 wherever
3.0 whether anyone
1.6 whether i'd
-1.8 whether i'm
-1.5 whether there
-2.9 whether there's
1.5 whether to
3.0 which does
-1.4 which has
3.0 which made
1.5 which of
2.3 which part
3.0 which suggests
3.0 which told
-1.5 while i'm
1.5 while the
-1.2 while waiting
1.1 who
3.2 who had
3.0 who i
3.0 who is
1.9 who never
3.2 who went
1.6 who would
1.5 who's
1.4 whoever
1.5 whoever has
3.0 whoever owns
3.0 whole day
1.9 whole thing
3.0 whole time
1.4 whom i
1.7 whose
1.4 why
1.9 why i
1.9 why i'm
1.9 why my
-1.7 wider
-1.2 wider team
1.9 will admit
3.0 will forgive
-1.2 will have
-1.5 will help
3.0 will look
1.6 will take
-1.5 window
1.9 wish
2.8 wish the
2.2 wish you
1.2 wishing you
1.4 with all
3.0 with harlow
1.9 with less
2.1 with no
-1.5 with one
2.4 with respect
-1.2 withdraw because
3.2 withdraw the
-1.2 withdraw with
-1.2 withdrawal
2.1 withdrawing my
-1.2 within two
2.1 without an
3.0 without hearing
-1.2 without me
-1.5 won
1.3 won't be
3.0 wonder
2.3 wonder how
3.0 wonder whether
-1.5 wondered
-1.4 wondered whether
2.1 wondering whether
1.9 word
3.0 word for
3.4 word of
-1.5 work i
-1.1 work on
1.5 work out
-1.2 work we
-1.6 work with
-1.2 work you
1.9 working a
-1.5 working at
-1.5 working days
-1.7 working on
-1.3 working with
1.5 works out
-1.4 workshop
-1.2 worries
1.5 worth
1.4 worth a
1.5 worth the
1.9 would ask
1.5 would benefit
-1.5 would bring
-1.2 would enjoy
-1.2 would expect
2.1 would gently
2.0 would genuinely
2.6 would have
-1.2 would help
-1.2 would let
-1.4 would love
-1.9 would make
-1.5 would most
-1.7 would need
2.3 would point
-1.4 would prefer
1.2 would rather
-1.4 would really
-1.4 would take
-1.4 would value
-2.5 would very
-2.5 would you
-1.2 wrap
-1.2 writer
1.4 writes
-2.3 writing about
-1.2 writing again
1.5 writing for
-1.2 writing sample
-1.5 writing with
-1.2 written offer
3.4 written test
1.8 wrong
3.4 wrong way
1.4 wrote to
-1.1 year
-1.2 year end
-2.2 year i
3.0 year old
-1.9 year so
1.3 years in
-1.2 yesterday for
1.5 yesterday rather
-1.4 yet and
3.2 yet to
3.0 you advertised
-1.4 you as
-1.4 you asked
-2.0 you be
-1.7 you before
-1.4 you but
-2.5 you by
1.4 you chose
1.4 you directly
-1.7 you ever
1.4 you every
1.5 you found
-2.5 you gave
1.5 you hire
-1.8 you hoped
-2.1 you i
1.5 you i'll
-1.2 you i've
-1.1 you in
-1.2 you informed
-1.4 you made
1.2 you may
-2.0 you mentioned
3.0 you much
1.5 you must
-1.1 you need
-1.2 you please
1.5 you put
3.6 you say
-1.4 you soon
3.0 you success
-1.2 you taking
-1.2 you through
1.3 you told
-1.2 you too
-1.7 you took
-1.5 you very
-1.4 you want
2.1 you wanted
-2.1 you would
-1.1 you'd be
-1.2 you'd suggest
1.3 you'll find
-1.4 you're
-1.6 you're able
-1.2 you're doing
-2.0 you're keeping
-1.5 you're well
1.5 you've got
2.1 you've made
-1.9 young
4.0 younger
-1.4 your account
3.7 your advert
1.9 your agency
1.5 your agency's
1.5 your application
1.5 your attention
1.5 your brand
2.1 your call
3.2 your candidate
-1.7 your candour
1.5 your choice
1.5 your clinic
2.5 your colleague
1.5 your competitors
-1.5 your consideration
1.5 your coordinator
-1.5 your description
-1.4 your diary
1.4 your email
1.2 your end
-1.5 your explanation
-1.2 your file
-1.4 your frankness
3.0 your future
2.1 your head
1.3 your help
-1.8 your honesty
2.9 your hr
3.0 your interview
3.6 your interviewers
2.5 your job
-1.5 your kindness
1.3 your letter
-2.0 your list
3.6 your mail
1.4 your message
-1.4 your news
4.3 your note
2.1 your offer
2.0 your own
2.4 your panel
-2.0 your patience
-2.4 your planning
-1.9 your point
3.2 your portal
-1.4 your position
-2.5 your question
-1.5 your records
1.9 your recruiter
4.0 your recruiters
2.0 your recruitment
1.3 your reply
-1.7 your role
-1.5 your shortlist
1.4 your side
-2.3 your timeline
-1.4 your timing
-1.4 your unit
3.6 your website
-1.1 your week
1.5 yours but
-1.2 yours is
-1.2 zero
""",
)

BOASTING = Reading(
    13.6,
    """\
-1.5 <n> april
-2.1 <n> august
3.2 <n> bed
-1.4 <n> certificate
-1.4 <n> days
-1.1 <n> february
-1.6 <n> july
-1.4 <n> june
-1.5 <n> march
-1.8 <n> november
-1.4 <n> october
-1.7 <n> over
-1.8 <n> per
-1.2 <n> pm
-2.2 <n> september
-1.6 <n> st
-3.3 <n> to
-1.2 a big
1.5 a bigger
1.5 a book
-1.2 a busy
-2.4 a call
1.6 a candidate
2.9 a certain
-1.6 a change
3.2 a classroom
2.9 a cleaner
1.5 a client
-1.2 a close
1.8 a competitor
1.5 a considerable
2.9 a considerably
-1.2 a conversation
1.5 a coordinator
-1.7 a copy
-1.2 a course
-1.6 a current
3.2 a cut
-1.2 a day's
4.3 a decade
-1.2 a decision
2.1 a department
-1.7 a difficult
1.8 a fairly
-1.2 a final
1.1 a firm
1.8 a first
1.5 a five
1.2 a formality
-1.6 a fortnight
1.5 a forty
2.9 a fourth
-2.4 a full
-1.6 a future
2.1 a genuinely
2.9 a handful
3.2 a higher
1.5 a huge
-1.2 a junior
1.5 a legend
1.8 a level
-2.1 a line
-1.2 a long
1.5 a major
2.9 a master's
-1.2 a message
1.5 a mid
1.3 a million
-1.2 a minute
2.9 a model
1.5 a more
1.6 a much
2.9 a multinational
3.2 a national
2.1 a nice
-1.2 a note
-2.2 a one
-1.2 a paper
-1.4 a part
1.5 a place
-2.6 a position
-1.3 a post
-1.8 a presentation
1.2 a problem
-1.2 a quarter
2.9 a ready
1.8 a really
2.6 a record
-1.2 a referee
1.6 a regional
-2.6 a reply
-1.2 a restful
2.9 a room
-1.6 a rough
3.4 a row
1.8 a sales
-1.2 a school
1.8 a senior
-2.0 a shared
-1.2 a shift
-1.9 a short
-1.1 a similar
1.5 a single
1.5 a slightly
1.5 a spreadsheet
1.5 a standard
4.0 a step
-1.2 a straight
-1.7 a surprise
-1.4 a take
2.9 a target
-1.4 a three
-1.4 a trial
-1.2 a verbal
-1.2 a voicemail
-2.0 a yes
-2.6 able
-2.6 able to
-2.6 about <n>
-1.2 about any
3.2 about as
2.9 about cloud
-1.2 about eight
-1.6 about four
-1.1 about future
1.4 about me
-1.4 about other
1.5 about stakeholder
-1.2 about supporting
2.1 about ten
1.5 about this
-1.6 about three
-1.4 about two
1.3 about weaknesses
2.3 above
3.6 above the
2.9 above what
-1.2 accept
-1.8 accept it
-1.2 accept my
-1.2 accept that
-2.1 accept the
-1.4 accept theirs
1.5 accepted an
-1.4 accepted another
-1.2 access
-1.7 accordingly
1.6 account director
-2.0 accountant position
-1.2 accounts and
-1.2 accounts assistant
-1.2 accounts for
-1.6 accounts payable
-1.2 accurate
1.3 acquisition
-1.2 act
2.9 actually done
2.9 actually run
-1.2 added
-1.4 additional
1.6 adeyemi
1.5 adjust
-1.2 administrative officer
-1.2 admire
1.8 admit i've
-1.6 admit the
-1.6 advert
1.2 advice
3.2 advice on
1.5 advise
-1.7 advisor
-1.2 advisor role
1.4 afraid
1.5 afraid i'll
-1.2 after careful
-1.4 after four
-1.4 after hearing
1.6 after i
-1.4 after meeting
1.5 after one
1.5 after running
2.9 after six
-1.4 after two
-1.2 afternoon for
-1.7 again about
-1.2 again at
2.9 again i'm
1.2 again if
-1.6 again in
-2.0 again next
-2.4 again on
1.5 again that
2.1 again to
-2.1 again when
1.5 against a
-1.4 against me
2.9 age of
1.8 agencies
1.5 agree
1.5 agree that
1.5 agree the
-1.8 agreed
-1.4 agreed to
-1.2 agronomist role
1.6 ahead
3.0 ahead of
-1.2 aid certificate
-1.4 aircraft
1.3 al noor
1.5 all came
-1.2 all i
1.5 all of
-1.4 all possible
2.3 all year
1.6 alone
3.2 alone so
2.1 along with
1.3 alongside
2.1 already done
1.2 already know
2.9 already made
1.6 already told
1.5 already turned
-1.2 also enjoyed
2.9 also liked
-1.2 although i'm
1.5 always
3.2 always been
2.9 always said
-1.4 am available
1.8 am certain
1.5 am checking
2.7 am confident
-1.1 am disappointed
1.5 am looking
-2.4 am not
3.2 am one
2.9 am ready
-1.4 am sad
-1.2 am sorry
1.1 am sure
-1.2 am thankful
4.5 am the
1.6 ambitious
1.2 among the
-1.2 among them
-1.2 amount
1.2 an afternoon
-1.9 an answer
2.9 an asset
-1.2 an email
1.5 an example
-1.2 an explanation
-1.8 an internal
-1.4 an updated
1.6 analyst program
2.9 analyst she
-1.2 analytics team
-1.4 and accept
3.2 and also
-1.7 and am
1.5 and apologies
1.5 and as
-1.4 and asked
1.8 and both
2.9 and by
-1.8 and can
-1.4 and drove
3.1 and he
-1.7 and in
-1.2 and is
-1.4 and kindness
1.5 and last
-1.4 and learning
-1.6 and left
1.8 and more
1.6 and no
-1.6 and nobody
1.2 and one
-2.1 and our
-1.4 and over
1.3 and ready
-1.2 and really
-1.2 and so
3.2 and sort
1.3 and still
3.2 and there
-1.2 and they've
-1.2 and this
-1.6 and thought
3.2 and under
-1.6 and was
-1.4 and whether
-1.7 and wish
1.8 and with
-1.2 and withdraw
-1.2 and you
1.5 and yours
1.5 angle
-1.2 animal
-1.2 another employer
-2.5 another offer
-1.2 another opening
-2.0 another organisation
-1.6 another role
-1.4 answer about
-1.6 answer anything
-1.2 answer by
1.5 answer to
2.3 answered every
2.9 answered your
1.5 answers on
-1.2 any comments
-2.9 any feedback
-1.2 any indication
-1.2 any pointers
2.0 anyone
3.5 anyone else
1.5 anyone on
2.1 anyone to
3.2 anyone who
3.4 anyone with
-1.2 anything about
-1.4 anything comes
-1.2 anything from
-1.2 anything that
1.5 anything to
-1.2 anyway i
-1.2 anywhere
2.1 apart
1.1 apologies for
1.5 apologise
-1.6 app and
2.1 apparently
-1.4 appeals
-1.2 appeals to
2.9 applicants for
-1.2 application and
-1.6 application was
-2.3 applications
-1.5 applied
-3.7 apply
-3.3 apply again
-1.6 apply for
1.6 applying for
-2.2 appointment
-1.4 appreciate a
-1.2 appreciate any
-1.2 appreciate being
-1.8 appreciate hearing
-1.6 appreciate it
-1.6 appreciate knowing
-1.2 appreciate the
-1.2 appreciated meeting
-1.4 approach
1.5 approached
2.5 approaches
2.9 approaches this
1.5 approved
-1.4 april
1.8 arbitration
1.5 architects
1.5 architecture
-1.2 are a
-1.7 are able
1.8 are exactly
2.3 are meeting
2.3 are required
2.9 are still
2.9 are things
-2.2 around <n>
3.4 around me
1.5 around two
-1.4 arrange
-1.2 arranging
-1.3 arrived
1.8 arriving
3.4 arrogant
-1.2 article
-1.2 article on
-1.2 artist
1.5 as an
2.9 as chief
1.5 as he
1.5 as head
1.2 as i'm
-1.2 as if
2.9 as people
-1.4 as promised
-1.2 as requested
2.1 as someone
-1.2 as that
1.1 as the
2.9 as you'd
1.8 as your
-1.7 ashby
-1.2 aside i
1.4 ask about
1.8 ask how
-1.2 ask that
1.2 asked what
-2.2 asked whether
-1.7 asking you
-1.2 assessment for
-1.4 assessors
2.3 asset
2.9 asset to
-1.2 assignment
-2.6 assistant post
-1.4 assistant role
-1.2 associate credit
1.6 at al
-1.6 at another
-1.4 at any
-1.2 at ashby
1.8 at brightwater
-1.2 at calder
-1.8 at home
-1.6 at interview
-1.2 at lunch
-1.2 at millbrook
-1.2 at our
2.9 at parcelly
1.8 at present
1.5 at quill
1.1 at st
2.1 at three
1.8 at two
-1.4 attached
-1.7 attached a
-1.4 attached it
-1.6 attached my
1.3 audits
-1.7 august
1.6 authority
-1.8 automated
-1.4 availability
-1.2 available from
-1.4 awaiting
1.4 award
2.5 award for
2.6 awards
1.8 away feeling
1.9 awkward
1.9 back and
1.5 back as
-1.2 back up
2.3 back with
1.3 backend engineer
-1.4 background in
-1.4 backlog of
-1.2 bank and
2.9 banks
2.7 bar
3.2 bar for
1.5 bargain
-2.1 based
-1.4 based on
1.3 basic
-1.7 basis
1.5 batch at
-1.2 batches
1.1 be a
-2.4 be able
3.2 be an
1.5 be available
2.5 be candid
-2.0 be contacted
1.6 be easy
2.9 be fine
-1.2 be free
4.4 be getting
-1.2 be good
-2.1 be grateful
-1.2 be helpful
-2.4 be in
2.9 be interviewed
-1.4 be kept
3.2 be lucky
-1.4 be made
2.9 be modest
-1.3 be open
-1.8 be possible
3.2 be running
1.5 be stepping
3.2 be surprised
1.9 be the
-1.4 be there
1.4 be thrilled
-1.4 be useful
-1.2 be watching
-1.7 be willing
-1.2 bear
1.5 became clear
1.9 because it
2.9 because my
-1.7 because you
1.5 become
2.1 bed
-1.2 been almost
1.5 been appointed
-1.2 been checking
3.4 been doing
-1.7 been filled
-1.4 been good
1.5 been hard
-1.2 been hoping
1.3 been in
-1.2 been kind
3.2 been named
-1.4 been on
3.2 been shortlisted
1.2 been the
1.5 been trying
-1.2 been working
-1.4 before any
-2.1 before my
-1.2 before that
-1.8 before then
-2.0 before we
2.3 before you
-1.4 beginning
2.2 behind
2.9 behind it
3.6 behind the
-2.2 being open
3.9 being the
1.1 believe
1.7 believe i
1.5 believe that
-1.2 believe the
2.9 believe your
2.3 berth
3.6 best candidate
1.8 best in
-1.2 best part
-1.8 better example
1.9 better than
-1.4 between three
3.4 between us
1.5 big
1.5 big four
2.6 bigger
2.9 bigger than
1.8 biggest
3.9 blow
3.9 blow my
1.1 board
1.5 boards
3.4 boast
3.2 boast but
-1.2 boats
3.2 bonus
1.7 book
-1.4 booked
-2.0 booking
-1.6 booking system
-1.2 bookkeeper
2.9 books
1.8 border
2.6 boss
3.2 boss at
-1.2 both a
2.9 both felt
3.4 both know
2.7 both of
1.6 both the
-1.4 bother
3.2 bottom
3.2 bottom of
3.4 brag
3.2 brag but
1.5 branch in
2.9 branch operations
-1.2 breakfast
2.9 brendan's
-1.2 brennan
-1.4 brewer
-1.4 brief note
1.5 brigade as
1.8 brightwater
2.9 brigid's
2.0 bring
2.6 bring a
1.5 bring in
1.8 bring it
1.5 bring that
1.9 bring the
1.8 bring to
2.9 brings
1.3 brisbane
-1.8 bristol
2.9 british
-1.2 brought
1.8 brunch
-2.0 budgeting
1.1 built
-1.7 business analyst
-1.4 business partner
3.4 but do
2.9 but given
-2.8 but it
1.5 but that's
1.5 but this
3.8 but your
1.5 butter
-1.2 by <n>
-2.0 by about
-1.4 by changing
-1.2 by close
-1.4 by friday
-2.1 by monday
-1.2 by moving
1.8 by my
3.8 by name
-1.6 by next
1.5 by people
-1.6 by phone
-1.6 by roughly
-1.4 by this
-2.2 by thursday
2.5 by two
1.5 cabinet
-1.6 calder
3.6 calibre
-1.4 call and
-2.4 call on
-1.2 call the
-1.2 call to
1.5 called
3.7 called me
1.6 calls
2.9 calls from
3.2 calls me
1.5 calls when
1.3 came back
-1.4 came from
1.5 came in
-1.7 came through
2.9 came to
1.5 campaign i
1.5 can also
-2.2 can be
3.4 can bring
1.5 can continue
1.1 can do
-1.2 can move
-1.4 can prepare
3.2 can promise
3.4 can say
-1.7 can share
1.3 can speak
-1.2 can stay
-1.2 can take
1.8 can talk
2.3 can tell
-1.6 can work
-1.2 can't help
-1.6 can't keep
-1.2 cancelled
1.3 candid
1.5 candid you
-1.7 candidate experience
3.6 candidate for
1.5 candidate is
3.2 candidate who
2.9 candidate you've
1.5 candidates as
3.2 candidates you
-1.7 candidature
2.1 capable
2.9 cape
-1.2 cardiology
1.5 cards from
-1.4 care you
-2.4 careers
-2.0 careers page
-1.4 carry
-1.4 case exercise
1.8 case i
-1.3 case it's
-1.2 case they
1.5 caseloads
1.5 cases
1.5 catches
1.5 category
1.5 caught up
2.9 cebu
1.5 cedar
1.8 cellar
-2.0 cent
-1.6 centre and
1.5 centres
1.1 certain
1.5 certain i
-2.1 certificate
-1.2 certificate and
-1.4 certificate in
-1.4 certificate which
-1.8 challenge
-1.4 change
-2.9 changed
1.5 changes or
-1.4 changing how
1.3 charge nurse
1.5 chase
-1.4 chasing
1.1 chat
3.4 chat this
1.8 chatting
1.5 check where
-1.2 checking my
-1.6 checklist
-1.2 checklist and
1.9 cheers
1.9 cheers for
-1.7 chef position
1.5 chennai
1.5 chief
1.8 chief executive
-1.4 children
-1.2 choice but
-2.1 choice so
1.6 choose
2.1 choosing
2.9 choosing to
-1.4 circumstances
1.8 city
1.5 civil service
-1.6 claims
-1.4 clarify
1.4 class
1.3 classes
1.4 classroom
2.9 classroom and
1.8 cleaner
-1.2 cleaning
-1.2 clear answer
1.5 clear that
1.3 clear the
-1.2 clearance
-1.7 cleared
2.9 clearly the
-1.2 clerk
1.4 client
2.9 client and
3.2 client list
2.2 clients
3.2 clients have
1.5 climb
2.9 clinical and
-1.2 clock
-1.2 close of
1.3 closed
1.5 closed the
1.8 cloud
1.2 cohort
-1.2 cold chain
3.2 collecting
2.9 collecting the
1.3 columba's
1.5 columba's i
2.9 combination
1.3 come across
2.9 come along
1.5 come around
1.7 come back
1.6 come out
3.2 come with
2.9 comes to
1.5 coming in
3.2 commendation
-2.0 comment
-2.1 comments
-1.7 comments on
-1.2 communicated
-1.2 communicated to
1.5 community outreach
-2.1 commute
-1.2 commute would
1.5 companies
-1.6 company has
1.9 company i
-1.2 company in
-1.2 company is
-1.2 company with
3.4 company's history
1.3 compare
1.5 competencies
1.3 competency
1.3 competitive
1.8 competitor
-1.6 complete sense
-1.3 completed
-1.2 completed a
-1.2 completed my
-2.2 completed the
-1.7 completely understand
1.5 complex
1.3 confident
3.2 confident i'll
3.7 confident that
-1.2 confirm by
-1.2 confirm which
-1.6 confirmation
-1.7 confirmed
-1.7 confirmed how
-1.4 confirmed that
-1.8 confirming
-1.2 conflict
-1.6 confused
-1.1 congratulations
-1.2 congratulations on
-2.4 congratulations to
1.5 connected
-1.2 conservator
1.5 considerable
2.1 considerably
2.9 considerably higher
-1.6 considered again
-1.2 considered in
-1.2 construction
3.2 consulting
-1.4 contact
-2.2 contacted
3.2 contacts
-1.2 content strategist
-1.2 continued
2.9 contract and
-1.4 contractor
1.5 contractors
-1.1 contribute
-1.4 contribute to
-1.4 controller role
1.5 controls
-1.7 convenience
-1.7 convenient
-1.4 conversation made
-1.4 conversations
-1.8 conversations with
3.4 convinced than
1.8 cooling
-1.6 coordinated
-1.2 coordination
-1.2 coordinator interview
-2.6 coordinator position
-1.2 copy of
-1.6 correction
1.5 costs
1.5 could bring
-1.2 could confirm
-1.2 could contribute
1.5 could finally
-1.6 could help
1.5 could offer
1.9 could see
3.2 could teach
-1.2 could work
-1.9 could you
1.6 couldn't
-1.2 counted
-1.4 counterbalance
2.3 country
1.2 county
1.6 county's
2.9 courier
-1.7 course in
-1.2 course on
-1.6 covers
1.6 creative
1.5 crest
1.5 crews
2.9 critical
2.9 critical care
-2.7 cross again
2.9 cross border
-1.7 cross paths
1.5 crossed
-1.6 culture
1.4 current company
-1.4 current contract
1.5 current firm
-1.6 current job
-1.2 current post
-2.0 current role
-2.0 customer service
-1.2 customs compliance
3.2 cut above
-1.2 cv and
1.3 cv i
-1.6 cv on
-1.2 dairy
-1.7 dashboards
-1.2 date you
-2.0 dates
-1.2 day itself
1.6 day of
-1.4 day on
2.6 day one
1.3 day so
1.3 day to
-1.4 day was
-1.2 day's
1.5 days at
1.8 days which
-1.2 de
-1.5 deadline
-1.6 deal about
1.8 deal and
3.4 deal in
-1.2 dear graduate
4.3 decade
3.2 decade but
2.9 decade of
-1.7 december
1.5 decent
-1.4 decided
-1.1 decided to
-1.2 decision about
-1.2 decision before
-1.8 decision has
-1.4 decision on
-1.2 decision this
1.5 decision though
-2.1 decision was
-1.2 decision within
-1.2 decisions take
-1.2 deckhand
1.2 delay
1.5 demand
1.5 department has
2.1 department of
-1.4 depots
1.9 depth
1.5 depth in
2.9 depth of
1.3 described in
3.7 described me
-1.2 described to
-1.2 deserve
1.5 design award
-1.4 design engineer
1.8 designed
-2.1 detailed
1.2 did at
2.9 did finish
-1.7 did notice
-1.8 did want
-2.3 didn't want
-1.2 difficult choice
-1.6 difficult to
1.9 dinner
2.9 dinner last
-1.6 direction
1.6 director
2.9 director has
2.9 director level
2.1 director of
1.5 director position
1.5 directors
-1.1 disappointed
-2.2 disappointed i
-1.2 disappointing news
-1.2 discharge
-1.2 discuss it
1.5 discussed which
-1.7 discussing
-1.6 discussing the
1.2 discussion about
-1.3 discussion of
-1.2 discussion on
-1.2 discussion with
1.5 division
-1.2 do appreciate
3.2 do call
1.3 do in
3.7 do let
-1.2 do my
-1.7 do next
-1.6 do still
2.9 do tell
2.9 do tend
1.4 do with
1.5 dock
1.5 dockside
-1.2 does and
1.5 doesn't come
2.9 doesn't often
-1.2 doing and
1.5 don't come
-2.1 don't feel
-1.6 don't hear
-1.4 don't hold
1.1 don't think
3.4 done it
1.8 done this
1.3 door
2.9 doors
2.8 doubt
3.6 doubt many
2.9 doubt you'll
-1.2 down a
1.8 down for
1.5 down in
1.3 drawings
-1.4 drivers
-2.1 drop
-2.4 dropped
-1.2 dropped from
-1.6 drove
-1.2 due on
1.8 due respect
-1.2 due to
1.6 durban
-1.2 during the
-1.4 duties
-1.4 each stage
-1.2 each time
-1.2 each way
-2.5 earlier
-2.0 earliest
1.3 early and
1.2 easiest
-1.2 east
1.2 easy
1.8 easy for
1.5 education and
1.3 educator
3.2 effectively
-2.2 effort
1.4 eight years
-3.4 either
-3.2 either way
1.2 electrical
1.2 eleven
3.9 eleven years
3.4 else can
2.7 else in
3.2 else on
2.9 else you're
-1.5 email
-1.6 email about
-1.2 email every
-1.4 email regarding
2.9 embarrassing
1.3 employee
2.9 employee of
-1.2 employees
-1.2 employer and
2.9 employment
-1.4 encouraging
-1.2 end and
-1.2 end close
-1.5 end of
1.5 end the
2.1 end up
1.5 ends up
1.6 energy
2.9 energy to
2.9 engineer in
2.3 engineer who
2.5 engineers
-1.6 enjoy helping
-1.4 enjoy meeting
-1.2 enjoyed learning
-1.1 enjoyed meeting
1.5 enjoyed most
-1.4 enjoyed my
-1.7 enjoyed working
2.3 enough to
1.5 enterprise
1.8 entire
-1.6 entry
-1.7 environmental
-1.2 error
-1.6 especially after
-1.7 especially in
-1.2 especially on
-1.2 especially the
2.9 estate and
1.2 esteemed organisation
1.5 european
-2.1 even a
-1.2 even more
1.2 even the
1.8 even though
1.5 even without
-1.6 evening
-1.6 events coordinator
1.1 ever
3.2 ever had
-1.2 ever have
2.9 ever made
3.2 ever since
1.4 ever that
3.2 every branch
-1.4 every evening
1.5 every new
3.2 every project
-1.2 every saturday
1.2 every week
1.5 everyone else
1.2 everyone in
-1.2 ewm
-1.8 exactly what
-1.2 exactly where
2.9 exaggeration
-1.7 exam last
-1.4 example is
1.3 exams
3.2 exceed
-1.6 excel
1.5 exercise a
-1.2 existing
-1.2 expectations
-1.2 expecting
-2.0 experience in
-1.2 experience of
2.9 experience than
-1.6 experience with
1.6 experienced
3.4 experienced person
-1.6 expires
-1.2 expires on
1.5 explain it
-1.7 explaining that
1.8 export
-1.2 extend
1.5 face
3.2 face when
2.1 faces
2.1 fact that
3.4 fail
3.2 failed
-1.2 failure
-1.2 fair amount
1.5 fair few
1.6 fair to
2.4 fairly
2.9 fairly obvious
3.4 fairly straightforward
2.9 fairly sure
-1.2 fairness that
-2.3 falls
-1.4 family is
1.1 far
2.9 far ahead
1.8 far better
1.5 far more
2.3 farm
1.5 farm manager
1.6 fast
1.4 faster
2.9 faster than
3.2 fastest
3.2 favour
1.5 favourite
1.3 features
-1.7 february
-1.4 february and
2.9 fee
1.5 feed
-1.4 feedback
-1.6 feedback about
-1.2 feedback from
-1.4 feedback on
-1.2 feel i
-1.7 feel like
-1.2 feel you
1.2 feeling
2.9 feeling i'd
2.9 feeling that
1.5 feelings
2.1 feet
-2.6 fell
-2.0 fell short
2.5 felt it
1.5 felt more
1.5 ferris
-2.1 few days
1.8 few ideas
-1.3 few minutes
3.4 few more
2.1 few of
2.6 few people
3.2 few tricks
1.5 few years
2.9 fielding
2.9 fielding calls
1.1 fifteen
3.7 fifteen years
-1.3 figure
-1.4 figure i
1.5 figures the
-1.2 file for
-2.3 filled
1.5 filter
-1.1 final interview
-1.7 final stage
2.9 finalise
1.5 finally get
-1.2 finance assistant
1.8 find
2.7 find a
3.7 find anyone
2.9 find someone
2.1 find the
2.9 find yourselves
1.8 finds the
3.7 finest
1.5 finish it
1.5 finish my
2.9 finished first
-1.7 finished the
2.9 finished top
-1.8 firm and
1.5 firm offer
3.4 firm that
3.3 firms
3.2 firms told
-1.8 first aid
2.9 first class
2.8 first day
2.9 first in
2.1 first name
1.2 first ninety
1.6 first of
1.8 first quarter
-1.4 first round
2.9 first shift
3.9 first week
1.5 fit and
2.9 fit right
-2.1 fits
-1.8 five minutes
2.9 five star
-1.4 five weeks
2.7 fix
1.8 fixed
1.8 fixing
2.9 flaw
2.9 flaw is
-1.2 fleet planning
-1.2 flood response
1.5 floor i
-1.8 focus
-1.2 focus on
2.9 follow me
-1.4 foods i
-1.2 football
-1.2 for about
3.2 for advice
-1.6 for any
-2.1 for anything
-1.2 for arranging
-1.2 for at
1.5 for both
-1.2 for even
1.8 for everything
-1.2 for finally
-1.1 for getting
-1.1 for informing
3.4 for itself
2.1 for long
2.1 for lunch
-1.7 for nothing
-1.2 for other
-1.4 for passing
-1.4 for phoning
1.5 for replying
-1.2 for running
-1.4 for similar
2.9 for six
-1.2 for some
2.5 for someone
-2.2 for speaking
-2.4 for telling
-1.6 for that
1.5 for themselves
1.5 for this
1.6 for today
1.5 for tuesday
1.5 for two
1.5 for yesterday's
1.2 for you
3.4 foreman
1.4 forgive
3.4 forgive the
1.8 forgot
1.8 forgot to
-1.4 forgotten
-2.2 forklift
-1.4 forklift licence
1.2 formality
1.3 former
2.9 former boss
-1.4 fortnightly
-1.6 forty minutes
-1.2 found my
-1.6 four rounds
-1.2 frame
2.5 frankly
2.5 frankly i
3.2 frankly the
1.5 frees
-2.1 friday <n>
-1.2 friday afternoon
-1.8 friday so
-1.1 friday the
-1.6 from <n>
-1.8 from about
-1.6 from an
-1.7 from another
2.1 from day
-1.4 from it
-1.4 from nine
3.2 from other
-1.7 from our
1.5 from people
1.8 from scratch
1.5 from speaking
-1.2 from them
1.6 from two
1.2 from what
2.9 from zero
-2.1 front of
-1.7 froze
-1.7 fully
1.8 fun
-1.4 funding
-1.4 funeral
-1.2 funeral arranger
1.5 further details
-1.2 future
-1.2 future candidates
-1.4 future i
-1.5 future openings
1.3 future positions
1.8 gallery
-1.1 gap
3.2 gas
1.4 gather
2.3 gather is
-1.2 gave of
1.5 gave the
1.5 gave up
-1.4 geelong
-1.2 generous of
1.2 gently point
1.8 genuinely fun
3.4 genuinely think
-1.2 genuinely useful
1.5 geologist
-1.4 get back
-1.2 get in
1.6 get the
1.8 gets
1.1 getting
2.7 getting a
-1.2 getting back
2.9 getting someone
2.9 gifted
2.9 gifted student
1.2 give the
1.6 given that
-1.4 given to
1.5 giving me
-1.2 glad the
1.5 glasgow
1.8 go back
-1.6 go over
3.2 go so
-1.2 goes smoothly
-2.0 goes well
1.2 going smoothly
-1.4 going through
3.2 gold
-2.2 gone to
-1.6 good afternoon
1.5 good at
1.8 good shape
-1.2 good summer
1.5 got back
3.2 got my
2.9 got our
1.8 gracious
1.5 gracious about
-1.2 graduate recruitment
2.3 graduates
2.9 grant writing
-1.1 grants
-1.6 grants officer
-1.2 grateful
-1.1 grateful for
-1.6 grateful if
1.5 greatly
1.8 grew
1.5 ground
1.3 ground running
-1.6 group and
1.5 group discussion
1.5 groups
1.8 gst
1.6 guests
3.2 gulf
1.6 habit
1.8 habit of
1.5 had actually
-1.6 had already
2.9 had and
-2.4 had been
-1.2 had clearly
-1.2 had gone
-1.8 had hoped
1.5 had no
-1.2 had really
2.9 had this
2.9 had three
3.2 had two
1.4 half
2.8 half the
1.5 halvorsen
1.2 hand
1.8 hand and
2.9 hand holding
3.4 handedly
2.9 handedly turned
2.9 handful
2.9 handful of
-1.6 handle the
-2.1 handover
1.8 happen to
2.1 happened
1.5 hard feelings
-1.2 hard for
-1.7 hard not
1.6 harder
1.5 harder than
2.9 harder to
1.4 hardest
1.5 harlow finch
-1.8 harvest
3.6 has actually
2.9 has already
1.9 has asked
-1.6 has changed
2.9 has described
1.5 has done
-1.4 has gone
1.3 has grown
-1.2 has its
1.6 has just
3.2 has managed
2.1 has my
2.1 has never
-2.1 has now
1.8 has run
3.2 has taken
3.7 has told
3.7 has worked
1.5 hasn't
-1.2 hasn't changed
3.2 hasn't stopped
1.4 hate to
-1.6 haulage
-1.4 have accepted
2.5 have already
-1.2 have an
-1.7 have another
-1.1 have asked
-2.1 have attached
2.5 have built
2.1 have called
1.3 have chosen
1.6 have come
-1.2 have decided
-1.2 have enjoyed
-1.2 have expected
1.8 have i
1.5 have managed
1.5 have my
3.8 have never
1.3 have no
-2.1 have not
3.4 have noticed
-1.7 have now
2.9 have observed
-1.7 have preferred
1.2 have run
-1.8 have saved
-1.2 have several
1.8 have that
1.8 have this
1.2 have thought
3.2 have trained
1.5 have tried
-1.6 have until
-1.2 have used
-1.4 haven't accepted
-2.1 haven't heard
1.3 having
3.2 having already
-1.4 having been
1.5 having come
2.9 having reflected
2.9 having trained
1.9 he
1.5 he did
1.5 he had
2.7 he has
1.5 he would
2.5 he'd
1.1 head of
3.7 headhunted
1.5 healthcare
-1.4 heaps
-1.4 heaps for
-1.4 hear back
-1.4 hear by
1.3 hear good
-1.2 hear i
-1.2 hear something
1.5 hear where
-2.0 heard anything
-1.4 heard by
1.5 heard of
-1.2 hearing it
-1.2 heart
1.5 hectic
2.9 helen
3.2 help desk
-1.2 help i'm
-3.0 help me
-1.2 help on
-1.7 help to
-1.2 help with
-2.0 help your
-1.1 helped
-1.8 helped me
1.5 helped the
-3.3 helpful
-1.6 helpful for
-1.6 helpful to
-1.2 helping the
-1.2 helping with
1.6 helps the
3.4 helps your
2.4 higher
3.2 higher grade
4.2 highest
3.4 highest in
-1.7 highlight of
-1.4 hillcrest
3.2 himself
1.2 hire
3.2 hire someone
3.2 hire you
1.5 hiring manager
2.9 his own
-1.2 his phone
1.2 hit
1.3 hit the
-2.2 hold a
-1.4 hold indefinitely
-1.2 hold up
1.6 holder
1.1 holding
2.9 holding i
-1.7 holidays
1.5 hollins
-1.1 home
-1.6 home and
-1.6 home task
1.3 honest answer
2.2 honest i
-2.0 honest that
2.9 honest the
-1.6 honest with
1.5 honestly after
2.9 honestly be
1.6 honestly i
-2.7 hope our
-1.6 hoped
-1.7 hoped to
-1.3 hoping
-2.1 hoping for
-1.3 hoping to
2.9 horn
2.9 horn but
-1.4 hospice
1.2 hospitality
2.9 hotels
2.1 hour of
-1.4 how a
1.8 how candid
1.3 how many
-1.2 how open
1.3 how quickly
-1.7 how things
1.5 how well
-1.8 however
-1.7 however i
1.5 huge
1.3 humbly
-1.3 i accept
-2.3 i applied
-1.2 i ask
1.2 i assume
-1.7 i attended
3.6 i bring
-1.7 i cannot
-1.4 i cleared
1.5 i come
-2.1 i completed
-2.0 i completely
-1.6 i coordinated
1.2 i couldn't
1.8 i described
3.2 i doubt
1.5 i end
1.8 i forgot
-1.2 i froze
-1.2 i fully
1.4 i gather
1.9 i genuinely
2.1 i get
3.6 i go
1.3 i got
1.5 i grew
2.9 i happen
-1.2 i heard
1.8 i honestly
1.4 i imagine
2.9 i join
-1.2 i learn
-1.2 i learned
-1.2 i learnt
1.5 i leave
2.1 i like
1.2 i may
1.5 i more
-1.2 i most
-1.2 i moved
-1.2 i never
1.5 i now
2.9 i outshone
-1.4 i particularly
-2.2 i passed
-1.2 i plan
-1.8 i prepared
1.5 i presented
1.4 i promise
-1.2 i read
-1.1 i received
2.2 i reckon
-1.2 i request
3.9 i say
1.6 i see
1.2 i shall
3.2 i start
1.5 i stood
-1.4 i stopped
1.5 i suppose
2.2 i suspect
3.7 i tend
1.6 i think
1.5 i wait
-2.1 i wasn't
-1.4 i wondered
-1.6 i work
3.2 i'd answered
-2.2 i'd appreciate
4.7 i'd bring
1.5 i'd come
1.5 i'd expect
-1.2 i'd find
1.5 i'd gently
1.6 i'd happily
-1.2 i'd hear
3.2 i'd honestly
-1.4 i'd hoped
2.3 i'd imagine
1.8 i'd most
-1.7 i'd need
-1.8 i'd value
-1.9 i'd welcome
3.4 i'll bring
-1.6 i'll give
1.3 i'll just
-1.2 i'll keep
2.9 i'll land
2.3 i'll leave
1.8 i'll say
1.5 i'll share
-1.4 i'll work
1.4 i'm afraid
-1.2 i'm also
2.9 i'm choosing
1.5 i'm delighted
-1.4 i'm disappointed
-1.2 i'm even
3.2 i'm fairly
1.3 i'm free
-1.5 i'm glad
-1.1 i'm grateful
1.5 i'm honest
-1.6 i'm hoping
2.3 i'm in
2.9 i'm more
2.9 i'm quite
1.6 i'm rather
1.3 i'm really
-1.1 i'm sorry
-1.2 i'm telling
3.3 i'm the
4.3 i'm told
1.5 i'm up
1.8 i'm used
2.0 i've already
-1.2 i've also
1.3 i've built
1.2 i've done
3.4 i've ever
-1.4 i've finished
1.4 i've had
1.4 i've kept
1.8 i've led
1.5 i've managed
3.2 i've never
2.9 i've no
-1.1 i've received
1.2 i've run
-1.4 i've taken
1.2 i've worked
2.1 ideal
2.1 ideal candidate
-1.6 ideally
-2.3 if a
2.5 if anyone
1.6 if i'm
-2.1 if it's
1.3 if my
-1.7 if so
-1.2 if someone
-2.4 if that's
-1.3 if there
1.2 if they
-1.4 if useful
-1.6 if you're
1.8 imagine
1.8 imagine the
3.2 immodest
2.9 immodest but
1.8 important
-1.4 impressed by
-1.6 impression
1.8 impressive
1.8 impressive and
-1.2 improve
1.5 improvement
1.2 in about
-1.4 in after
1.8 in an
1.2 in and
1.5 in another
1.6 in any
-1.4 in april
-1.2 in at
-1.6 in contact
1.8 in durban
-1.2 in each
1.8 in eighteen
2.1 in eleven
-1.6 in february
-1.6 in front
1.5 in gothenburg
2.9 in half
3.6 in his
1.4 in house
-1.6 in it
1.6 in its
-1.4 in january
-1.2 in june
-1.5 in march
1.5 in most
-1.2 in now
2.9 in shenzhen
-1.7 in that
1.2 in this
1.5 in time
2.8 in twenty
2.1 in under
-1.8 in well
-1.2 in which
1.8 in with
-1.8 in working
3.2 in years
3.2 inbox is
1.3 including a
1.4 including the
1.5 indeed
-2.0 indefinitely
-1.6 indication
-1.4 indication of
3.2 industry
-1.2 information
1.8 infrastructure
-1.2 injury
2.9 inspectors
1.2 instead
1.8 institute
2.1 institution
-1.2 insurance
-1.5 interest
-2.1 interest in
-2.4 interest of
-1.2 interested especially
-1.2 internal applicant
-2.1 internal candidate
-1.6 interview at
3.2 interview can
-1.2 interview fell
1.3 interview of
-1.2 interview or
-1.7 interview so
-1.3 interview this
1.5 interview today
-2.4 interview was
2.9 interviewed by
1.4 interviewed on
-1.6 interviewer
1.5 interviewers
-1.2 into account
1.5 introduce
-1.4 involved
-1.7 involves
-1.2 is all
-1.4 is an
-1.4 is back
1.5 is below
3.2 is brief
-1.6 is doing
3.2 is fairly
-1.2 is fine
1.5 is full
-1.4 is happy
2.9 is impressive
1.2 is in
-1.2 is likely
1.8 is more
2.9 is mostly
-1.2 is moving
-2.6 is my
1.8 is no
-1.1 is not
-1.6 is on
1.3 is only
1.5 is out
3.2 is pitched
2.1 is probably
3.2 is rather
1.4 is that
-1.8 is there
2.9 is unusual
-1.6 is up
-1.4 is valid
1.5 isn't a
1.8 isn't often
-1.2 isn't possible
1.5 isn't really
-1.4 isn't the
3.2 issues
-1.6 it a
1.5 it against
-1.6 it be
1.5 it became
-1.2 it before
2.9 it better
-1.4 it by
-1.4 it confirmed
-1.8 it does
1.5 it first
-1.2 it further
-1.4 it had
-1.4 it if
-2.3 it might
1.5 it plainly
1.8 it properly
1.3 it says
1.4 it seems
1.2 it shows
-2.1 it sounds
-1.2 it support
1.6 it the
1.5 it too
-1.2 it took
-1.8 it wasn't
1.6 it will
-1.7 it would
1.2 it's a
2.1 it's fair
-1.6 it's hard
1.6 it's rare
-1.2 it's something
-1.1 it's useful
1.1 it's worth
1.5 its best
-1.1 january
1.8 job for
-1.7 job is
2.9 job so
2.1 job talk
-1.4 join a
-1.4 joins
-1.2 joins you
1.8 joke
-1.4 judge
1.5 judgement
-1.4 june and
-1.2 junior accountant
-1.2 junior copywriter
1.5 junior sous
2.3 just been
-1.6 just let
-1.2 just like
-1.2 just rather
2.3 just say
2.9 kaya
1.5 keen so
1.5 keen that
1.5 keep asking
-1.7 keep following
2.9 keep looking
-1.6 keep the
2.3 keep up
-1.2 keep working
1.8 keeps
2.9 keeps telling
-1.4 kept in
-1.2 kept my
-1.2 kept the
3.2 keynote
-1.2 kind to
-1.2 kindly agreed
3.2 kindly for
-1.4 kindly keep
1.3 kindly note
-1.2 kindly revert
1.5 kindly update
-1.2 kindness
2.3 knew
-1.1 know about
2.9 know as
-1.4 know by
1.5 know from
1.5 know i
-1.8 know i'm
-2.0 know i've
-1.1 know that
3.2 know these
-1.4 know this
1.5 know when
-2.4 know whether
1.9 know you
-1.2 knowing where
1.4 known
-1.2 lab and
-1.4 lab technician
-1.4 labs
1.9 lads
1.4 lagos
1.5 lamp
2.9 land
3.2 land on
1.5 landlord i'll
1.3 lane
-1.2 lang
-1.6 language
-1.2 laptop
1.5 largely because
3.8 larger
2.9 larger than
2.5 largest
2.9 largest deal
-1.4 last <n>
1.8 last company
1.6 last five
-1.8 last friday
2.1 last night
-1.4 last role
-1.2 last six
1.2 last spoke
1.4 last spring
-1.3 last two
-1.6 late and
-1.4 later
-1.2 later in
-1.2 later this
2.1 launched
1.8 layout
1.3 lead the
1.1 leader
1.3 leaders
1.2 leadership
-1.4 leads
1.8 league
3.2 lean
2.9 lean on
1.8 learn a
-1.4 learn from
-1.7 learn the
1.8 learners
-1.7 learning how
-1.6 learnt
-1.6 learnt a
-1.2 least sure
-1.2 leave and
1.8 leave them
1.3 leave you
-1.2 leaves
1.1 led
1.8 led a
-1.8 left a
2.9 left feeling
1.5 legend
-1.4 length
1.5 lesson and
-1.2 lessons
2.3 let the
2.9 let's
2.9 let's be
-1.6 letter about
1.5 letter i
1.6 level
-2.1 level <n>
3.9 level of
1.5 liberty
1.5 liberty of
-2.1 library
-2.0 library assistant
-1.4 library service
-1.3 licence
-1.2 licensed
1.5 life and
1.3 like i
1.5 like it
2.2 like me
3.2 like mine
-1.4 like someone
1.6 like that
1.8 like yours
1.3 liked hearing
1.5 liked my
1.6 liked what
2.1 liked your
-1.4 limited
-1.2 limits
3.2 lindqvist
-1.4 line about
1.8 line and
-1.2 line on
1.4 list
1.5 listens
-1.2 little sad
1.5 live up
3.2 lobby
-1.4 localisation
-1.6 log
1.5 logistics as
-1.2 long process
-1.4 longer than
1.8 look like
1.1 looking forward
1.4 looks
3.4 loop
-1.6 lose
1.5 loss
-1.1 lost
-2.2 lot about
-2.0 lot to
1.3 loved how
1.1 lovely
1.7 lovely to
1.8 low
1.5 lowe
2.1 lowest
-1.2 loyalty
1.7 lucky
1.5 lyon
1.6 machine
2.9 mad
1.6 madam
1.8 made a
1.5 made an
-1.2 made by
-1.1 made it
2.9 made your
-2.1 mail
-1.2 mail and
-1.2 mail regarding
-1.2 mainly because
1.5 maintenance plumber
2.3 major
-1.2 make my
1.8 make your
-1.6 makes complete
1.1 managed
1.5 management team
1.5 manager in
1.4 manager job
1.5 manager there
2.2 managers
3.2 managers for
1.4 managing
1.8 manila
2.9 manual
2.9 manual your
1.4 many
1.5 many applicants
2.6 many of
2.2 many people
2.1 many times
-1.2 march
-1.1 march and
1.5 marcus
1.8 margin
2.9 market for
3.4 market values
1.5 marketing assistant
1.5 mass
1.8 master
1.8 master's
-1.2 match for
1.6 matched
-1.4 matter
-1.2 matters to
1.5 may add
-1.7 may and
-2.0 may i
2.9 may know
-1.2 may require
2.9 may say
-1.3 me a
-1.3 me about
3.2 me after
2.1 me again
2.0 me as
2.9 me better
1.2 me but
1.4 me by
-1.2 me decide
-1.6 me during
-1.4 me even
1.8 me from
1.6 me go
1.6 me i
1.5 me i'll
2.9 me i'm
1.8 me if
2.1 me is
-1.2 me it
3.4 me my
-1.4 me off
-1.2 me plan
1.2 me the
-1.2 me think
-1.8 me today
-1.4 me understand
3.9 me up
-1.2 me very
2.1 me when
-1.4 me where
3.2 me wherever
1.8 me which
2.9 me will
-2.4 me with
-1.6 me wonder
-1.2 mean
-1.7 mean a
-1.4 meantime i
-1.4 mechanical
1.3 medieval
2.6 meet a
2.9 meeting other
-1.2 meeting the
-1.2 meeting your
-1.8 meets
2.9 mehta
-1.2 member
-1.4 member of
-1.2 mental
-1.2 mention because
3.6 mention only
-1.4 mentioned at
-1.8 mentioned in
2.1 mentioned is
-1.4 mentioned my
-1.4 mentioned on
-1.6 mentioned was
-1.8 mentions
1.6 mentor
3.2 mess
-2.4 message
-1.7 message about
-1.3 message and
-1.4 messages
1.5 messy
-1.6 middle
1.5 midwest
1.5 miles
-1.2 millbrook
1.1 million
1.5 mills
1.5 mind as
-1.2 mind if
1.2 mine
-1.2 mine and
1.8 mine is
1.2 ministry
1.5 ministry has
-1.5 minutes
-2.1 minutes at
-1.4 minutes to
1.5 miss out
1.2 missed
3.2 missed a
1.6 missing
2.9 mission
1.8 mix of
-1.4 mixed
2.1 modest
-1.2 modules
-1.2 moisture
1.2 monday for
1.5 monterrey
3.2 month alone
-1.2 month end
-1.2 month notice
-1.2 month since
-1.2 month so
-1.6 more certain
2.3 more convinced
-1.2 more excited
1.3 more from
-1.2 more i
-1.4 more interested
2.1 more like
-1.3 more of
-1.2 more on
2.6 more or
2.9 more people
1.5 more to
-1.2 morning i
-1.6 mornings
1.5 most candidates
1.9 most experienced
2.9 most gifted
3.7 most people
2.9 most productive
-1.2 most want
-1.7 mostly by
-1.2 moved between
-1.4 moved from
-1.6 moved on
-1.1 moving
-1.4 moving from
-1.6 moving to
-1.8 much about
-1.2 much easier
-1.6 much hoping
-2.1 much i'd
3.4 much larger
-2.0 much prefer
2.9 multinational
-1.6 museum
-1.8 my answer
-1.4 my availability
3.2 my batch
2.9 my branch
2.9 my calibre
-1.6 my candidature
2.9 my clients
3.4 my colleagues
3.2 my company's
-1.8 my congratulations
-1.2 my connection
-1.4 my contract
2.9 my depth
3.2 my director
-1.2 my email
-1.2 my english
-2.9 my family
1.5 my favourite
1.8 my feet
-1.2 my final
1.4 my former
-1.2 my graduate
-1.2 my lease
2.1 my level
1.6 my linkedin
1.5 my list
3.2 my mentor
-1.2 my mind
2.9 my mix
-1.2 my note
2.3 my number
2.1 my old
1.8 my only
-1.2 my other
1.2 my own
-1.2 my parents
-2.1 my part
2.9 my peers
1.5 my position
1.1 my previous
2.1 my qualifications
-1.2 my r
3.2 my real
3.7 my record
1.8 my results
-1.2 my safety
-1.4 my situation
2.9 my skills
2.9 my students
1.2 my team
3.8 my track
1.8 my uncle
3.2 my uncle's
2.9 my very
-1.2 my visa
1.3 my wife
1.8 nairobi
1.4 name
1.8 name and
-1.2 name is
2.1 name on
4.3 named
3.6 named the
2.2 names
3.2 names on
4.3 national
1.8 natural
-2.1 naturally
1.4 near
1.3 near the
-1.2 need it
-1.1 need to
1.6 needed to
1.8 needs a
-1.4 needs someone
-1.4 neither
1.5 never
2.9 never been
3.6 never had
3.7 never once
1.5 new team
-1.2 news was
-1.2 next candidates
-1.4 next few
-1.2 next intake
-1.2 next interview
-1.6 next wednesday
-2.3 next week
1.9 nice
3.2 nice problem
1.5 night manager
-1.2 night shifts
-1.6 nights
1.8 nine years
1.2 ninety days
-1.2 no by
1.6 no doubt
1.5 no hard
1.5 no hurry
3.4 no other
-1.4 no pressure
-1.2 no rush
1.5 no wish
1.1 nobody
4.4 nobody else
1.5 nobody has
3.2 nobody in
2.5 none
1.5 none of
-1.4 noon
1.3 noor
3.2 north west
1.5 northgate
-1.7 not asking
-1.7 not be
-1.2 not been
-1.6 not every
2.9 not everyone
3.2 not find
-1.4 not heard
3.8 not many
1.5 not one
-1.4 note about
-1.2 note and
-1.2 notes from
1.5 notes on
-1.6 nothing
-1.2 notice and
-2.4 notice period
-1.7 noticed the
1.5 noticing that
-2.1 november
-2.1 now been
2.1 now have
1.5 now is
-1.4 now than
1.5 now used
1.4 nurses
1.5 oak
-1.4 observation
1.3 observed
2.3 obvious
-1.2 obviously
-1.2 october
-1.4 odd
-1.2 of about
1.2 of all
2.9 of anyone
-1.2 of both
-1.2 of business
2.9 of department
-1.4 of four
-1.4 of future
1.6 of hands
2.9 of having
-1.2 of help
-1.2 of interviews
3.2 of meeting
1.5 of nursing
2.9 of offers
1.6 of people
-1.2 of procurement
1.3 of quota
1.8 of role
3.2 of senior
1.8 of their
1.5 of them
1.8 of these
1.5 of training
1.8 of two
-1.2 of us
1.6 of what
1.3 of which
-1.8 off the
3.2 off your
-1.4 offer elsewhere
1.8 offer in
-1.2 offer is
3.2 offered the
2.9 offers
3.2 offers from
3.2 offers on
1.2 office manager
-1.4 officer interview
-1.1 officer role
-1.2 offs
-1.7 offshore
2.4 often
2.9 often a
2.9 often get
1.3 old
3.2 old boss
-1.4 on and
-1.2 on any
1.5 on as
-1.2 on before
1.6 on board
2.3 on day
-2.3 on hold
-1.6 on how
-2.1 on linkedin
-1.2 on nights
-1.3 on our
-1.2 on seek
1.6 on their
1.3 on ward
-2.6 on where
2.9 once been
3.4 once i'm
2.9 once missed
-1.2 once more
1.5 once that
-1.6 once the
2.9 once told
2.9 once you
1.3 one day
-1.4 one month
1.1 one of
1.5 one offer
1.4 one on
-1.2 one other
-1.2 one piece
-1.2 one practical
-2.0 one small
2.1 one that
2.9 one they
-1.8 one way
1.5 one we
2.1 one who
2.1 one you
3.4 only applicant
2.9 only got
1.4 only mention
2.3 only one
-1.1 open about
-1.2 open i
-1.4 opening in
-1.7 openings
-1.3 openings in
-1.2 opens in
-1.8 operations analyst
-1.2 operative
1.5 ops
1.4 options
1.5 or elsewhere
-1.2 or in
2.6 or less
-2.1 or no
-1.4 or whether
-1.8 organisation and
1.8 organisations
-1.4 organised day
2.5 other applicants
1.6 other candidates
3.6 other firms
-1.2 other interviews
2.9 other names
1.4 other people
-1.6 other roles
-1.2 other than
1.6 other way
1.5 other's
2.7 others
-1.4 otherwise i
-1.7 our call
-1.4 our meeting
1.5 our office
-2.8 our paths
1.5 out as
2.9 out my
1.5 outage
-1.8 outcome
-1.6 outcome and
-1.2 outcome but
-2.4 outcome for
1.5 outcome i
-1.8 outcome of
-1.2 outlined
3.4 outshone
3.4 outshone the
2.9 over most
-1.2 over shift
-1.2 over that
-2.1 over two
3.6 overqualified
2.9 own horn
1.5 own time
3.9 own trumpet
1.1 p s
-2.1 packaging
1.5 page two
1.2 paid
1.6 pair
1.6 pair of
-1.4 paired
-1.6 panel and
-1.7 panel gave
-2.1 panel had
-1.4 panel has
-1.2 panel meets
-1.2 panel member
1.8 panel to
-1.2 panel was
1.1 paper
1.3 papers
1.3 paperwork
2.9 parcelly
-1.7 parents
-1.8 part i
-1.2 part in
-1.2 particular
-1.4 particularly
-1.2 particularly in
-1.4 particularly on
1.8 partly
1.3 passed on
-2.1 passed the
1.5 past my
-1.2 past the
-1.4 pastry
-3.1 paths
-1.4 paths again
-2.7 paths cross
-2.6 patience
-1.8 patience with
-1.6 pay
-1.6 payable
-1.2 payment
1.5 payments platform
-1.2 payroll manager
2.9 payroll system
2.9 peers
1.5 pellow
-1.2 pending
1.5 people
3.2 people applying
3.8 people at
3.2 people can
1.5 people gave
3.2 people have
1.3 people i
1.3 people in
1.8 people on
3.2 people you
-2.0 per cent
2.5 perfect
3.2 perfect fit
1.3 perfectly
2.9 performing
1.5 perhaps i
-2.8 period
-1.2 period is
-1.2 permanent
2.9 person for
2.6 person in
3.2 person they've
2.2 person who
1.3 person you
1.8 perth
-1.6 phone call
-1.2 phone for
3.2 phone hasn't
-1.4 phoning
-1.2 picture myself
1.8 pilbara
2.1 pitched
1.5 pitched at
-1.2 placed
-1.6 places
2.9 plain
-1.2 plan accordingly
-1.2 plan around
1.6 plan for
-2.4 planner role
-1.3 planning
-1.6 planning my
-2.3 planning officer
-1.2 planning to
2.9 plant of
1.5 plc
-1.2 please accept
1.5 please note
-1.2 please tell
1.5 pleasure meeting
1.5 plenty to
-1.4 pm
-1.6 point i
-1.2 pointers
-2.2 points
-1.4 policy adviser
3.2 polish
3.2 polish to
1.9 pool
1.5 pop in
-2.3 portal
-1.2 position and
-1.2 position but
-1.7 position has
-1.2 position remains
-1.3 position with
2.9 position yesterday
1.5 position you
-1.1 possible
-1.8 possible to
1.8 post as
-1.2 post has
2.9 post i'm
1.2 post of
-1.2 post was
-1.6 postdoctoral
-2.2 posting
1.3 pre
-1.3 prefer
-1.8 preferred
-1.2 preferred to
-2.1 prepare
-1.7 prepared for
-1.2 presentation and
1.5 presentation was
2.9 president's
2.9 president's club
1.8 press
2.9 pretend to
1.5 previous company
2.1 price
1.5 pricing team
-1.2 print
3.4 prize
1.5 probably
3.2 probably overqualified
2.1 problem with
1.8 problems
3.2 problems you
-1.2 process and
-1.2 process especially
-1.7 process for
2.1 process to
-1.2 process you
-1.6 processes
-1.2 processing
1.3 producer
-1.4 product analyst
3.4 product is
2.9 productive
1.7 professor
-1.2 profile in
1.5 program at
1.5 programme manager
-1.7 programme officer
2.0 promise
3.4 promise you
-1.8 promised
1.4 property
2.1 prototype
-1.4 provide references
2.3 proving
3.4 proving it
-1.2 public sector
-1.2 pulled
-1.2 put a
3.6 put it
2.1 put together
2.9 puts me
-1.2 puzzle
1.6 qualifications
-1.4 quarterly
1.8 quarters
2.9 quay
3.2 questions better
1.6 questions i
-1.6 quick call
1.5 quick heads
-1.2 quick line
1.2 quick note
1.5 quick one
2.9 quickly i
-1.2 quieter
1.5 quill
1.9 quota
2.9 quotes
1.6 raise
2.9 raise the
1.5 ran a
1.5 rang to
2.2 rare
2.5 rarely
3.2 rated
1.3 rather be
3.2 rather good
-1.8 rather have
-1.4 rather not
1.5 rating
-1.2 rd and
-1.2 rd march
-1.2 rd you
-1.7 re
-1.2 re your
-1.5 reach
-1.8 reach a
-1.2 reach me
-1.8 reached the
-1.6 reached you
-1.4 read it
1.6 ready
2.9 ready made
1.6 ready to
-1.2 real thanks
1.3 realised afterwards
-1.4 really appreciate
-1.4 really appreciated
-1.4 really helpful
-1.4 reapply
-1.4 reasonable
-1.4 reasons
1.4 rebuilt
2.9 rebuilt a
1.6 rebuilt the
2.9 recap
-1.8 receive
-1.1 received
-1.3 received a
-1.7 received an
-1.2 received another
2.9 received the
1.5 recently
2.8 reckon
3.2 reckon i'd
3.4 reckon you'll
3.2 recognise
3.9 recognised
1.8 record
2.9 record at
2.9 record like
-1.6 recorded
-1.2 recording
-1.8 records
-1.2 recovery
2.5 recruiters
-1.6 recruitment team
-1.2 reduced
-1.4 reduced the
1.5 referees will
2.9 reflected
2.9 reflected on
1.1 reflection
1.8 reflection i
1.3 reflection my
1.5 reflects my
2.3 refused
3.2 refused to
2.9 regards to
-1.4 regeneration
1.9 region
2.9 regional bank
3.2 regional director
-1.4 registered
-1.2 registered nurse
-1.6 rejection
1.4 relaunch
-1.2 releases
-2.0 relevant
2.1 reliability
1.5 relief to
-1.2 relocate
-1.4 remain interested
-1.7 remain keen
1.2 remember
2.9 remind
-1.7 remote
-1.4 renewed
1.5 reno
1.5 rep
1.6 replace
3.4 replace me
-1.8 reply by
-1.2 reply due
1.5 reply i
-1.4 reply this
-1.4 reported
-2.6 request
-1.8 request you
-2.2 requested
1.8 required
2.9 required from
1.3 requirement
-1.2 rescheduled
1.6 residency
-1.2 respect for
-1.2 responsible
1.3 rest of
1.5 restaurants
-1.2 restful
1.5 restructuring
-1.1 result
1.7 results
2.9 results have
1.8 returns
-1.6 revert
-1.2 reviewing
1.8 reviews each
-1.4 revisit
1.5 rewriting
-1.4 rigging
2.9 right in
1.3 right now
-1.2 ringing me
3.8 rings
3.6 rings me
1.5 risotto
1.5 rohan
-2.0 role but
-1.2 role by
-1.4 role elsewhere
-1.2 role fits
1.3 role for
-2.4 role has
-1.9 role i
-1.6 role last
-1.4 role opens
-1.4 role so
-1.4 role than
1.5 role that
-1.2 role went
1.8 rooms
-1.6 rose
-1.4 rose from
1.8 rostering
1.5 rotational
1.5 rotational analyst
-1.7 rough
-1.6 roughly
-1.4 roughly a
-1.2 roughly when
-1.2 round for
-1.7 round interview
-1.6 round of
-1.4 round on
1.5 round to
1.8 round went
-1.2 route planning
3.4 row
1.7 run a
2.9 run and
1.5 run this
1.2 running
1.3 running a
-1.2 runs its
-1.6 rural
-1.4 rush your
1.6 s i
-1.2 sad about
1.5 sad to
3.4 safe
-1.4 said i'd
1.8 said my
1.5 said she'd
-1.4 said so
2.1 sake
3.2 sake of
1.4 sales manager
1.6 sales role
-1.2 same approach
2.9 same day
1.8 same for
1.3 same here
1.5 same standard
1.5 same thing
-1.6 sap
1.5 sat on
1.5 sat the
1.5 satisfied
1.7 save
1.3 save you
-2.4 saved
-2.0 saved us
1.5 savings
1.5 saw on
1.2 say
1.5 say about
1.2 say again
1.4 say i
2.9 say i'd
1.9 say it
2.9 say nobody
1.1 say that
1.1 say the
3.4 say they've
2.3 say this
1.8 say with
1.5 saying the
1.2 says
3.2 says i'm
3.7 says something
-1.2 scanners
-1.8 scenario
1.8 scene
-1.6 schedules
-1.4 scheme and
1.2 schools
-1.2 science
-1.4 score
1.8 scratch
-1.2 screen
-1.7 screening
-1.2 screening call
-1.4 sea
-1.6 seasonal
2.9 seasons and
1.8 seat
-1.2 second half
-2.2 second interview
1.5 second question
-1.2 second time
-1.6 seconds
3.2 see a
2.9 see for
1.8 see it
1.8 see that
3.4 see this
2.1 see what
3.2 seeing a
1.5 seeing as
-1.2 seek
1.6 seem
1.5 seem to
1.1 seen
2.9 seen all
-1.8 send a
1.1 senior
1.8 senior copywriter
2.9 senior management
-1.4 senior planning
3.4 senior role
2.9 seniority
-1.2 sense that
-1.2 sent a
-1.2 sent in
-1.7 sentence
-1.2 september and
1.5 sequencing
1.5 server
-1.2 service desk
-1.6 sessions
2.9 set a
1.5 set the
-1.1 set up
-1.2 settled on
-2.1 settles
-2.0 settles in
1.8 seven years
-1.2 several good
1.2 shape
1.5 shape but
-1.6 share a
-1.2 share an
-2.0 share any
-1.4 share before
-1.2 share i'd
-1.2 share it
1.8 share my
-1.6 share what
-1.2 share where
1.5 share with
1.1 she
3.7 she had
3.2 she has
2.3 she'd
-1.2 sheet
2.9 shenzhen
1.8 shipped
1.5 shop floor
-1.1 short
1.5 short i
-1.2 short notice
-1.7 short update
2.0 shortlist
1.5 shortlist was
3.2 shortlist will
2.6 shortlisted
3.2 shortlisted for
-2.4 should have
1.5 should probably
1.5 should tell
1.3 shouldn't
-1.2 show that
1.5 show the
1.5 showed you
1.5 shutdown
-1.2 side but
-1.4 side is
2.9 sideways
-2.0 silence
-1.2 similar comes
-1.6 similar post
-2.1 similar role
-1.4 similar roles
-1.7 similar with
2.9 simply can't
-1.6 simply wanted
1.5 since <n>
1.5 since been
1.3 since i
1.8 since i've
1.8 since so
-1.7 since then
-1.2 sincerely for
2.0 single
2.9 single failed
3.4 single handedly
1.3 sir
-1.2 sir for
1.8 sir i
1.5 site for
-1.6 site visit
-1.2 site walk
1.5 sites and
-1.7 sitting
-2.2 situation
2.9 six in
-2.0 six weeks
2.3 size
2.9 size doesn't
1.8 sketching
2.9 sketching out
1.8 slightly
3.2 slip
-1.4 small team
2.9 smashed
1.6 smile
3.2 snap
3.2 snap me
-1.2 so at
-1.6 so before
-1.2 so clearly
3.6 so do
-1.2 so here
-2.8 so if
1.8 so let
-1.2 so my
-1.4 so thank
1.4 so this
1.6 so well
-2.0 soil
1.5 sole
3.2 solved
-1.2 some feedback
-1.1 some point
3.2 some way
-1.2 someone could
-1.7 someone else
3.2 someone like
1.5 someone who
2.5 someone with
1.8 something about
-1.4 something else
-1.4 something i've
1.8 something like
1.5 something more
1.8 something of
1.5 something that
1.3 something to
1.5 sometimes
-1.2 somewhere
2.9 soon find
-1.4 sorry for
-1.7 sorry not
1.3 sorry this
-2.5 sorry to
2.4 sort
3.6 sort of
1.4 sort out
2.1 sound
3.2 sound arrogant
-1.4 sounded
-1.1 sounds
1.5 sourdough
1.5 space
2.9 speak for
-1.3 speaking with
3.2 speaks for
-1.2 specialist
-1.4 specialist position
-1.2 specialist role
-1.7 specific
-1.7 spent most
-2.0 spent the
-1.2 spent two
-2.1 spoke on
-1.2 spoken
3.4 spotted
-1.2 spring campaign
1.8 spring i
2.9 st brendan's
2.9 st brigid's
1.3 st columba's
1.5 staffing
-1.4 stage and
-1.2 stage manager
-1.2 stage with
-2.5 stages
-1.2 stages and
1.5 stakeholder management
1.9 standard
1.6 standards
3.2 star
-1.2 start any
1.5 start my
1.3 started reading
2.3 state
2.9 state that
1.5 status as
1.5 stay connected
2.1 stay on
-1.2 stay with
2.9 step ahead
1.8 step down
1.5 step for
1.2 stepping
2.9 still calls
1.5 still hasn't
1.5 still have
-1.2 still i
-1.7 still in
-1.5 still interested
-1.8 still my
-1.4 still open
3.8 still rings
-1.4 still think
-1.2 still waiting
-1.6 still want
-1.4 still welcome
1.6 stood
3.2 stood out
1.5 stopped me
1.2 story
1.5 story about
1.8 storyboard
-1.2 straight answer
2.9 straight years
1.5 strategic
1.4 strategy
1.5 strategy associate
-1.6 strengthen
-1.7 stronger
2.6 strongest
2.9 strongest of
2.2 struggle
2.6 struggle to
1.8 struggled
1.6 struggled with
-1.4 stuck
1.5 student
2.9 student in
1.5 students were
-1.2 studies
-1.2 studio and
-1.4 subject follow
-1.6 subject following
-2.0 subject re
1.5 submission
-1.8 success manager
3.2 suggest you
-2.0 suggested
-1.2 suits the
-1.2 summer
3.4 summit
1.5 superintendent
1.3 supervised
-1.8 supervisor position
-1.6 supply planner
1.5 support desk
1.8 support the
-1.7 supporting
1.5 suppose
1.5 suppose i
2.9 suppose that
2.5 sure i
2.9 sure i'll
-2.1 sure it
1.5 sure something
-1.4 sure what
1.6 sure you'll
1.3 surely
1.9 surprised
1.5 surprised given
3.2 surprised if
3.4 surprised the
-2.1 survey
2.1 suspect
2.9 suspect i'll
1.8 suspect it
2.9 suspect not
1.4 suspect the
1.3 suspect you
2.9 suspect you'll
3.6 suspect your
-1.4 sustainability
-1.2 switch
2.9 systems i
1.5 t
2.9 table to
1.5 table which
2.9 take as
3.2 take one
1.2 take this
2.9 taken a
-1.5 takes
2.9 talented
2.9 talk soon
-1.8 talk through
1.8 talk to
-1.7 talk with
1.3 talking about
-1.4 talking with
-1.2 talks
-1.2 tan
2.3 target
1.3 target in
1.5 targets
-1.1 task
-1.2 tasting menu
2.9 taught in
-1.6 taught me
1.2 tax
1.6 teach the
1.5 teach your
1.6 teacher
-1.2 teachers
-1.2 teaching assistant
2.3 team a
2.9 team behind
-1.2 team effort
-1.4 team hoped
-2.4 team i
1.6 team lead
-2.0 team of
-1.2 team supports
3.6 team the
1.2 team was
-1.7 team well
3.2 team will
1.2 team would
1.3 technical interview
-1.6 technician position
-2.1 technician role
1.5 teenagers
3.4 tell from
1.8 tell you
-1.2 telling you
1.2 tells
1.6 tells you
-2.0 template
1.5 ten times
2.3 ten years
3.3 tend
3.3 tend to
1.5 tender
2.9 tends
2.9 tends to
1.5 territory by
1.4 test was
-1.4 text
-2.1 th so
-1.2 th to
3.4 than anyone
1.2 than ever
3.2 than i've
-1.2 than just
-1.2 than keep
3.0 than most
-1.6 than my
3.2 than once
1.4 than one
2.9 than what
-1.6 than when
2.3 than yours
1.8 thank mr
-2.1 thankful
-1.8 thankful for
1.5 thanking
1.5 thanking you
1.3 thanks a
-1.4 thanks heaps
2.9 that around
1.4 that as
1.9 that comes
-1.7 that date
3.2 that depth
-1.2 that doesn't
2.9 that energy
1.8 that for
-1.2 that gap
-1.6 that had
1.5 that have
1.3 that i'd
-1.2 that into
-1.6 that it
-1.6 that it's
3.7 that level
-1.2 that matters
-1.2 that might
1.6 that most
2.9 that moved
1.4 that my
2.3 that no
2.9 that once
3.2 that problem
-1.2 that question
2.3 that same
1.8 that says
-1.7 that time
2.1 that to
2.9 that went
1.5 that when
1.8 that with
3.2 that won
-2.0 that work
-1.8 that's the
-1.4 the advert
2.9 the age
-1.6 the analytics
-1.4 the appointment
-1.2 the apprentice
-1.7 the area
-1.2 the assessors
-1.2 the assistant
1.8 the attention
1.5 the bakery
3.6 the bar
1.5 the bench
-1.2 the better
3.7 the big
2.3 the biggest
-1.2 the boats
2.9 the bonus
2.9 the bottom
2.9 the brisbane
-1.2 the bristol
-1.6 the budgeting
-1.2 the bus
-1.2 the calendar
1.5 the candidates
-1.2 the careers
1.8 the chat
3.2 the chief
2.1 the choice
2.9 the city
-1.2 the claims
-1.2 the clear
1.9 the client
-1.2 the co
-1.7 the coming
-1.4 the committee's
-2.0 the commute
1.8 the competency
-2.1 the conversations
1.8 the cooperative
1.5 the copy
1.1 the county
1.6 the county's
1.3 the course
-1.6 the customs
-2.0 the date
-1.2 the deckhand
1.8 the delay
-1.4 the desk
-1.2 the detailed
3.2 the difference
2.1 the director
-1.4 the earliest
3.2 the easiest
-2.1 the email
1.5 the enterprise
-1.2 the evening
-1.4 the exercise
1.6 the expansion
-1.6 the experience
2.1 the farm
2.9 the fastest
2.9 the fee
-2.0 the figure
3.7 the finest
-1.2 the fit
1.5 the five
-1.8 the flood
-1.7 the food
-1.2 the forklift
-1.2 the four
-1.6 the fourth
-1.9 the future
-1.8 the grants
2.0 the ground
2.9 the halden
-1.4 the handover
1.8 the hardest
-1.2 the harvest
-1.2 the helpful
4.2 the highest
-1.2 the highlight
-1.7 the hire
-1.2 the hour
3.2 the ideal
2.6 the industry
2.9 the inspectors
-2.4 the interest
-1.2 the interviewer
1.5 the interviewers
-1.7 the inventory
-1.2 the it
-1.3 the junior
1.5 the lack
1.8 the lads
1.5 the lamp
2.5 the largest
1.5 the late
1.2 the launch
2.1 the lead
-1.6 the leeds
-1.4 the letter
1.5 the liberty
-1.5 the library
-1.6 the line
-1.2 the link
1.2 the list
2.9 the lobby
-1.3 the logistics
3.2 the lowest
2.9 the machine
1.1 the market
-1.6 the middle
1.5 the midwest
-1.4 the migration
-1.4 the mine
1.4 the ministry
2.9 the mission
-1.4 the mix
1.6 the most
2.1 the name
3.7 the national
1.5 the newer
-1.2 the news
1.2 the north
-2.1 the number
1.5 the nurses
2.9 the only
2.9 the operation
-1.2 the organisation
1.3 the other
3.1 the others
-1.7 the outcome
1.5 the owners
-1.6 the packaging
2.3 the paperwork
-1.2 the patience
1.9 the people
3.2 the perfect
1.3 the person
-1.4 the pharmacy
1.8 the pilbara
1.5 the pipeline
-1.2 the point
2.9 the pool
-1.4 the postdoctoral
-1.8 the posting
-1.6 the practical
2.9 the pre
1.5 the previous
1.8 the problems
-1.5 the process
-1.6 the quick
-1.4 the range
-1.4 the real
-1.2 the recorded
2.8 the region
-1.2 the registered
1.5 the reno
1.2 the rest
-2.1 the result
1.5 the returns
-1.2 the rollout
1.1 the room
2.9 the rostering
-1.4 the running
1.2 the safety
3.2 the sake
2.9 the scale
-1.4 the screening
-1.1 the search
1.5 the seat
-1.6 the selection
-2.0 the service
-1.4 the silence
3.4 the slow
-1.2 the small
-1.2 the soil
1.5 the sole
3.6 the sort
-1.8 the sous
1.5 the south
-1.2 the split
1.4 the standard
-1.6 the start
2.3 the state
-1.7 the stock
2.1 the strategy
2.9 the strongest
-1.2 the successful
-2.6 the summer
-1.2 the sustainability
3.2 the systems
1.2 the tasting
1.8 the tax
-1.7 the teaching
1.5 the terminal
-2.2 the test
1.5 the ticketing
-1.2 the timer
2.0 the top
-1.4 the track
-1.2 the trade
-1.4 the train
-1.7 the trainee
1.8 the turnaround
-1.1 the update
1.3 the usual
1.5 the valley
1.8 the very
-1.8 the video
-2.1 the volunteer
1.5 the weakness
1.5 the western
1.3 the whole
-1.7 the written
1.6 the year
1.5 the years
2.9 the youngest
2.1 theatre
1.1 their
2.1 their own
-1.2 them for
2.9 them have
1.5 them in
-1.2 them next
1.6 them to
2.9 them will
1.6 themselves
-1.8 then
-1.6 then i
-1.6 then i'd
-1.2 there any
-1.7 there anything
-2.1 there was
-2.0 there's no
1.2 these things
1.3 they can
1.5 they can't
1.8 they had
-1.2 they made
1.5 they said
2.9 they show
2.5 they'd
2.9 they'd had
3.2 they'd seen
1.4 they're
1.3 they've
3.2 they've ever
2.9 they've had
2.9 they've run
-1.5 things are
1.3 things i
2.1 things take
-1.2 things to
1.3 think
2.1 think i'd
3.7 think i'm
1.5 think it
1.6 think it's
2.9 think says
1.9 think that
1.8 think they
2.2 think we
1.4 think you
3.6 think you'd
4.0 think you'll
1.5 think you've
3.8 think your
2.9 thinking to
1.5 this and
-1.2 this experience
2.9 this industry
3.4 this kind
1.2 this position
3.4 this post
2.9 this region
2.3 this size
1.2 this spring
-1.3 this time
1.3 this will
1.5 thoroughly
1.1 though i
1.5 though i'd
1.5 though in
-1.6 though that
-1.4 thought i've
1.5 thought that
1.8 thought you'd
-1.2 thoughtful questions
-1.2 thoughts
-1.2 thoughts on
2.1 thousand
-1.2 three different
-1.7 three interviews
2.3 three of
3.2 three offers
3.2 three other
-1.1 three rounds
-2.7 three weeks
1.4 thrilled
1.4 thrilled to
-1.2 through in
-1.7 through my
-1.1 throughout
-1.2 throughout the
-1.6 thursday <n>
-1.4 thursday at
1.5 ticket in
-2.1 tickets
-1.2 tight
-1.2 time during
-1.1 time i
1.5 time i've
1.5 time in
1.8 time round
-1.2 time running
-1.2 time your
-1.2 timeline i
-1.2 timer
2.9 times at
1.2 title
1.5 titles
-1.2 to <n>
1.8 to admit
-1.6 to an
-3.5 to apply
3.7 to being
3.9 to blow
3.4 to boast
3.4 to brag
1.1 to bring
-1.8 to build
-1.6 to change
1.3 to choose
-1.2 to clarify
1.8 to compare
-1.2 to complete
-2.4 to contribute
-1.7 to date
-1.2 to describe
1.5 to dr
1.5 to enquire
1.3 to every
2.0 to find
-1.2 to five
-1.2 to fortnightly
3.2 to has
3.6 to hire
-1.4 to home
-2.0 to improve
-1.8 to it
2.9 to land
1.8 to lead
1.5 to live
2.3 to match
1.5 to name
3.2 to only
-1.2 to other
-1.2 to picture
-2.3 to plan
1.5 to pop
-1.2 to prepare
3.4 to proving
-2.3 to reach
-2.3 to read
-1.2 to relocate
3.4 to replace
-2.1 to reply
-1.2 to revisit
-1.6 to run
-1.8 to rush
3.2 to snap
-2.1 to someone
1.5 to sort
3.0 to sound
1.5 to step
1.2 to think
2.9 to tom
1.5 to train
-1.8 to use
-1.4 to visit
-1.2 to wait
-2.1 to whoever
2.9 to win
1.4 to write
1.5 today for
1.6 together on
-1.2 told at
3.2 told i'm
3.2 told is
1.3 told me
1.8 told the
1.5 tomasz
-2.1 tomorrow
1.5 too confident
-1.7 too much
1.1 took the
-1.2 tool
2.1 top
2.7 top of
3.6 topped
3.4 topped the
-1.3 touch and
1.5 touch as
1.4 touched
-1.2 tough one
1.8 tour and
2.9 tour i
-1.6 towards
2.9 towers
1.2 track
4.0 track record
1.5 tracking
1.6 trained
2.9 trained half
1.5 trainee position
-1.2 training as
2.9 training manual
-1.2 translation
-1.1 transport
-1.2 transport planner
-1.7 travelled
-1.2 treatment
3.2 tricks
-1.2 trouble you
-1.4 true
1.8 truly
3.9 trumpet
3.9 trumpet but
1.2 trust the
-1.2 try again
-1.7 try something
2.5 try to
1.5 tuas
1.5 tuesday i'm
-2.0 tuesday to
1.3 turn
1.5 turnaround
1.5 turnaround plan
2.9 turned around
2.9 turned the
1.3 turns
1.5 twelve months
1.3 twenty
-2.1 twenty minutes
3.2 twenty two
2.8 twenty years
-1.2 twice and
-1.2 twice during
3.2 twice the
2.9 two approaches
-1.4 two emails
-1.4 two hours
-2.1 two interviews
-1.2 two line
3.2 two offers
1.4 two other
1.8 two quarters
-1.2 two things
1.5 type
-1.4 uk
1.8 uncle
2.9 uncle who
3.2 uncle's
-1.2 under <n>
3.6 under budget
-1.4 underground
-1.2 understand and
-2.1 understand if
-1.2 understand it
-2.0 understand that
-1.6 understand what
-1.2 understand why
1.5 understood the
3.2 unheard
3.2 unheard of
-1.2 union
1.6 units
2.9 universities
1.1 university
-1.4 unless
-1.2 unless i
1.5 unlike
-1.6 unpaid
-1.2 unsure
-1.3 until
-2.4 until <n>
-1.2 until the
3.6 unusual
1.8 up by
-1.2 up more
-1.4 up once
-1.6 up quickly
1.5 up rather
-1.2 up twice
1.5 up well
-1.4 update from
-1.4 update i
1.6 update i've
1.5 update me
-1.2 update when
-1.2 update would
-1.4 updated timeline
-1.2 uploaded
-1.2 us a
1.5 us the
-1.2 use and
-1.4 use it
-1.2 use the
1.1 used
2.5 used to
-1.4 useful for
1.9 usually
-1.4 vacancy at
-2.0 valid
-1.8 valid until
1.5 valuable
-1.2 value
-1.7 value any
1.8 valued the
1.4 values
-1.2 verbal
-1.2 verbal offer
-2.3 version
-1.2 very concrete
3.6 very few
3.2 very first
-1.1 very glad
-1.6 very helpful
1.5 very motivated
-1.6 very welcome
-1.4 veterinary
-1.5 video
-2.1 video interview
-2.4 visa
-1.2 visiting
-1.8 visits
-1.4 voicemail
-1.6 volume
-1.2 volume you
-1.6 volunteer
2.9 voted
1.5 vp
-1.2 wait i
-1.4 waiting for
-1.2 waiting times
1.8 walk the
-1.4 walked in
2.9 walked out
2.1 want me
1.2 wanting
1.5 ward manager
-1.2 warehouse has
1.8 warehouse operations
-2.0 warehouse supervisor
-1.2 warehouse team
-1.7 was actually
-1.2 was already
-1.7 was asked
1.5 was at
-1.2 was being
-1.2 was encouraged
2.9 was especially
-1.2 was generous
-1.4 was given
-1.2 was grateful
1.2 was great
-1.2 was hard
-1.4 was helpful
-1.8 was hoping
-1.4 was impressed
-2.2 was kind
2.9 was looking
1.9 was lovely
-1.2 was made
3.4 was named
-1.6 was never
-2.1 was one
-1.7 was pleased
2.9 was probably
-1.6 was really
3.4 was recently
-1.7 was sorry
1.2 was surprised
1.4 was the
-2.3 was told
-1.2 was your
3.2 wasted
-1.2 watching your
-1.8 way or
1.6 way round
1.3 ways to
4.0 we both
-1.2 we cross
-1.2 we didn't
1.2 we last
-1.4 we reduced
-1.2 we set
-1.6 we used
-1.4 we were
1.3 we'll
1.5 we'll be
2.6 weakness
3.2 weakness is
1.2 weaknesses
-1.8 website
1.5 week one
-1.2 week so
-1.4 week that
1.5 week though
-1.2 week to
2.1 week with
-1.4 weeks
-2.3 weeks and
-1.7 weeks of
-2.4 weeks since
-1.2 weeks so
-1.6 weeks to
2.9 weigh
-1.5 welcome
-2.0 welcome a
-2.1 welcome any
-1.1 welcome hearing
-1.1 welcome the
1.5 well before
1.3 well below
-2.1 well i
3.2 well i'd
3.2 well now
-1.6 well organised
1.2 well run
-2.1 well with
3.2 went about
-1.2 went out
-2.1 went to
1.5 were very
1.9 west
1.5 western
1.2 what a
1.5 what i'd
2.1 what i'm
1.8 what i've
2.1 what is
1.4 what it's
1.5 what my
1.3 what they
-1.2 what was
-1.2 what worked
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
2.1 where to
1.8 wherever
3.4 wherever i
-1.2 whether
-1.8 whether a
-1.3 whether i
-1.8 whether i'm
-1.4 whether it
-1.6 whether the
3.2 which came
1.5 which frees
-1.2 which i'd
1.8 which i'll
-1.2 which made
-1.4 which of
-1.6 while i'm
1.5 while it's
1.5 whiteboard exercise
1.6 who
1.5 who actually
1.7 who can
2.9 who clearly
2.1 who could
3.2 who has
2.8 who have
1.8 who knows
2.9 who ran
3.2 who was
1.5 who will
-1.4 whoever joins
2.3 whoever you
1.2 whole
2.9 whole floor
3.2 whole of
1.2 whose
-1.5 why i
1.5 wide
1.3 wife
2.1 will agree
1.5 will appreciate
3.2 will come
1.8 will find
1.5 will have
-1.2 will help
2.9 will make
-1.4 will need
3.4 will see
1.5 will soon
3.6 will tell
-1.6 will understand
-2.2 willing
-2.0 willing to
1.8 win
-1.2 wind
-1.6 window
-2.7 wish the
1.5 wish them
1.1 wish to
-1.1 wish you
1.8 with all
-2.4 with another
2.9 with due
1.8 with fifteen
1.5 with good
3.2 with in
-1.2 with interest
-1.8 with it
-1.4 with no
1.2 with respect
1.8 with some
-1.4 with this
1.8 with three
1.9 withdraw as
-2.1 withdraw from
-1.4 withdraw my
1.5 within an
1.3 without a
-1.2 without losing
3.6 without me
1.8 without the
4.0 won
2.9 won't have
-1.6 wondered
-1.4 wondered whether
1.5 words from
-1.4 work hard
-1.5 work i
-1.2 work in
-1.2 work on
-1.2 work that
-1.4 work together
-1.2 work was
-1.6 work we
2.9 worked alongside
-1.4 worked on
1.3 worked with
-1.6 working at
-1.7 working days
-1.2 working in
-1.4 working through
3.2 working together
-1.2 workshop on
1.5 workshops
1.5 worth i
1.8 worth the
-2.6 would appreciate
2.3 would bring
-1.2 would enjoy
-1.2 would genuinely
-1.7 would hear
-1.1 would help
-1.6 would it
-2.0 would mean
-1.6 would most
-1.7 would need
-1.7 would prefer
-1.7 would rather
1.3 would say
1.5 would show
2.9 would soon
-1.4 would value
-1.3 would welcome
-1.8 would you
1.5 wouldn't have
1.2 write to
-2.6 writing about
-1.6 writing again
-1.4 writing regarding
-1.6 writing sample
-1.2 writing with
1.5 written with
1.5 wrote that
1.5 wrote the
2.1 year at
1.5 year before
-1.4 year i'd
3.4 year in
-1.2 year my
2.9 year running
1.8 year which
1.1 years
1.5 years as
2.2 years at
4.4 years running
3.4 years which
-1.4 yes
-2.3 yes or
1.5 yesterday's
1.3 yields
-2.2 you about
1.3 you as
-1.6 you at
-1.8 you be
-2.4 you by
1.2 you chose
-1.8 you confirm
-1.4 you directly
-1.7 you expect
-2.1 you gave
2.9 you hire
2.9 you how
-2.5 you if
1.2 you in
-1.6 you informed
-1.2 you just
2.3 you kindly
-2.7 you let
1.5 you listed
1.6 you make
3.2 you meet
1.5 you met
1.1 you might
-1.7 you on
-1.2 you outlined
1.5 you picked
-1.2 you please
-1.4 you requested
2.3 you saw
3.2 you see
1.5 you send
-1.2 you sincerely
1.2 you soon
-1.2 you suggested
-1.7 you tell
1.3 you the
2.1 you though
-2.0 you told
-1.2 you up
1.5 you usually
1.5 you went
2.5 you what
1.3 you will
3.4 you with
1.6 you won't
1.8 you would
1.5 you'd
3.2 you'd be
1.8 you'll
2.9 you'll agree
1.5 you'll be
4.5 you'll find
2.3 you'll have
2.9 you'll meet
2.2 you'll see
-1.2 you'll think
-1.2 you'll understand
-1.7 you're able
1.5 you're building
-1.2 you're doing
3.2 you're seeing
2.9 you've seen
1.9 young
2.9 youngest
-1.2 your agency
-1.2 your approach
1.2 your board
1.5 your brigade
-1.8 your call
-1.8 your careers
1.5 your chennai
1.5 your clinic
1.2 your colleague
-1.2 your comment
-1.2 your convenience
1.4 your department
-1.2 your email
-1.4 your end
-1.2 your file
3.6 your fleet
-1.4 your group
1.5 your head
1.6 your honesty
2.9 your job
-1.3 your letter
2.8 your list
-1.6 your mail
-1.5 your message
1.7 your new
1.5 your night
-1.8 your note
-1.4 your offer
1.8 your partners
-1.8 your patience
-2.4 your planning
1.5 your post
3.2 your product
2.5 your questions
-1.1 your records
-1.2 your recruitment
-2.3 your role
4.0 your shortlist
-2.1 your side
2.9 your size
1.5 your story
-1.4 your timeline
-1.2 your users
1.6 your warehouse
-1.6 your website
1.6 yours
1.3 yourself
3.8 yourselves
3.2 zero
3.2 zone
""",
)

PRESSURE = Reading(
    12.0,
    """\
-1.2 <n> <n>
1.6 <n> days
1.4 <n> hours
-1.2 <n> july
-1.7 <n> november
-1.4 <n> of
-1.3 <n> over
-1.2 <n> per
-2.9 <n> to
-1.7 a better
1.4 a big
1.4 a bother
1.7 a call
2.0 a candidate
-1.2 a change
1.4 a client
1.6 a company
3.8 a competitor
1.9 a considerable
-1.3 a conversation
-1.6 a copy
2.2 a courtesy
1.6 a day
-1.2 a decade
-2.2 a different
1.4 a face
1.1 a firm
1.7 a fortnight
-1.2 a future
1.9 a generous
1.7 a gentle
2.2 a huge
-1.3 a job
2.2 a line
1.4 a m
3.6 a message
1.4 a minute
1.7 a month
-1.6 a more
2.5 a no
2.9 a note
1.1 a one
1.9 a paid
1.2 a phone
1.9 a priority
-1.4 a project
1.1 a quick
1.9 a reminder
2.3 a reply
2.6 a response
3.8 a ring
-2.3 a role
1.4 a school
-1.2 a sense
1.4 a shift
-1.3 a short
-1.7 a similar
1.8 a simple
-1.4 a small
-1.8 a strong
-1.2 a suitable
-1.3 a surprise
1.9 a treat
1.9 a trial
1.4 a view
4.2 a voicemail
-1.3 a well
2.3 a word
4.4 a yes
-1.9 about <n>
-2.3 about future
-2.6 about how
-1.4 about it
1.4 about timing
-1.3 about two
-1.8 about what
-1.2 about where
-1.4 about your
-1.4 above
-1.3 absolutely
-1.2 absolutely fine
4.1 accept theirs
-2.5 accepted
-2.0 accepted a
3.6 accepting
-1.2 access
2.5 accordingly
1.9 account director
-1.3 account manager
1.1 accountant position
-1.2 across
-1.3 across three
-1.2 acting
-2.5 add
-1.3 add that
1.4 administrative
2.2 administrative officer
1.4 administrator
-1.2 admit it
1.4 advance
1.9 advance for
2.2 advertise
-1.4 advertised
3.3 advise
3.3 afford
3.3 afford to
2.0 afraid
-1.2 after <n>
-1.2 after i
1.9 after it
-1.7 after my
1.2 after our
1.9 after six
1.9 after such
1.1 after which
1.4 afternoon and
2.2 afternoon to
2.5 again about
2.0 again at
3.3 again below
-1.3 again if
-1.7 again next
1.7 again on
1.4 again this
-1.2 again to
-1.7 again when
1.1 ago
-1.3 agreed to
1.9 ahead and
-1.6 ahead of
-1.4 aid
3.3 all possible
-1.6 along the
1.6 already and
1.4 already been
4.2 already told
-1.2 alright
-1.2 also be
3.8 also sent
-1.3 also wanted
1.4 although after
-1.2 although i'm
-1.8 always
-1.6 am available
-1.6 am confident
-1.2 am disappointed
1.6 am following
-1.5 am grateful
-2.5 am happy
1.9 am in
-1.2 am now
3.6 am waiting
-1.3 among the
1.8 an answer
2.7 an email
-1.1 an eye
-1.4 an hour
-1.4 an internal
1.9 an organisation
3.3 an unpaid
-1.3 an updated
-1.3 analysis
1.4 analyst interview
-1.2 analyst program
-1.7 analytics
4.1 and accept
1.9 and after
2.1 and again
3.3 and another
-1.4 and can
3.3 and cannot
-1.9 and consideration
-1.7 and could
2.2 and drove
1.9 and even
-1.3 and for
2.5 and frankly
-1.3 and he
1.6 and honestly
-1.4 and learned
2.3 and left
-2.2 and look
-1.3 and most
-2.3 and mr
-1.3 and one
1.9 and priya
1.9 and quite
1.4 and really
3.3 and revert
2.0 and since
1.6 and still
-1.1 and thank
-1.3 and that's
1.1 and then
-2.0 and they've
1.4 and this
1.9 and told
1.4 and travelled
-1.7 and we
-1.7 and wish
3.6 and withdraw
-1.2 another employer
2.1 another offer
-1.2 another position
2.9 another way
-1.4 answer any
2.9 answer before
3.3 answer from
1.4 answer in
1.4 answer is
1.9 answer than
2.2 answer within
1.9 answer would
-2.3 answered
-1.4 answering
-2.4 answers
1.3 any chance
1.4 any decision
-2.5 any feedback
-3.1 any further
-1.3 any more
-1.8 any other
-1.8 any time
-1.4 any update
-1.1 anyone
-1.7 anyone else
3.3 anything by
-1.1 anything else
1.4 anything has
-1.2 anything more
3.3 anything so
1.4 anything that
1.4 anything you
3.3 anyway so
1.6 apologies
1.2 apologies for
-1.2 app
1.4 applicant and
-1.1 applicants
1.4 applicants with
2.2 application and
-1.3 application as
-1.2 application for
2.2 application has
-1.2 application was
-3.2 apply
-2.9 apply again
-1.2 apply for
-1.2 appointments
3.4 appreciate a
2.9 appreciate an
-1.2 appreciate any
1.8 appreciate hearing
1.4 appreciate knowing
1.4 appreciate your
1.4 appreciated meeting
1.4 apprentice
-2.5 approach
1.9 are a
3.3 are busy
1.9 are getting
3.6 are moving
2.0 are now
-1.2 are ready
-1.4 are required
-1.8 area
-1.4 around <n>
1.9 arranged
1.4 arrive
-1.2 article
-1.7 as an
1.2 as i
-1.6 as i'd
1.3 as i'm
1.9 as it's
1.8 as long
3.3 as per
3.6 as possible
-1.2 as references
2.6 as soon
1.4 as this
3.6 as urgent
4.2 asap
4.0 ask that
-1.8 ask whether
1.4 ask you
-2.6 asked
-2.5 asked about
-3.1 asked for
-1.8 asked how
-1.6 asked to
-1.7 asked whether
2.2 asking me
-1.3 asking you
1.1 asks
-1.7 assessment day
1.4 associate credit
-1.6 association
2.2 assume
1.9 assume i'm
1.4 assume the
3.8 assume you've
1.4 at al
-1.6 at any
-1.2 at interview
1.6 at least
2.2 at lunch
3.6 at noon
1.9 at nordhavn
1.4 at present
-1.2 at short
-1.4 at that
1.4 at work
1.1 at your
-1.3 atr
-1.2 attached
-1.3 attached a
-2.0 attached the
-1.2 attend the
1.4 attended
1.1 attended the
-1.6 audit
-1.2 authority
-1.4 automated
-1.3 automation
1.5 available for
2.9 awaiting
3.8 awaiting your
-1.7 award
-1.4 away from
-1.7 away with
1.4 awkward
1.9 b <n>
3.3 baby
3.3 back again
-1.2 back and
2.5 back by
-1.3 back in
1.4 back on
1.4 back to
1.4 back with
-2.3 background
3.6 ball
-1.4 band <n>
2.5 bank has
-1.6 bar
-1.7 based
1.4 basic
-1.3 basis
1.1 be a
3.8 be appreciated
1.9 be available
2.5 be checking
3.3 be communicated
-1.2 be considered
1.1 be doing
1.4 be following
3.6 be frank
1.4 be free
-1.4 be getting
-1.8 be glad
1.4 be good
3.3 be great
-2.1 be happy
-1.4 be helpful
-1.3 be joining
-1.4 be keen
1.1 be kept
1.9 be kinder
3.3 be left
1.4 be more
2.5 be most
1.6 be moving
-2.2 be open
3.6 be passing
-1.7 be pleased
3.6 be signing
1.9 be so
-1.2 be straight
1.7 be there
-1.4 be useful
1.4 bear
-1.2 because it
3.3 becoming
3.3 becoming difficult
1.1 been a
-2.3 been about
3.6 been almost
-1.3 been asked
3.3 been asking
3.6 been checking
3.3 been forgotten
1.6 been made
3.3 been more
3.6 been nineteen
3.3 been out
3.3 been patient
1.4 been reading
2.7 been three
4.4 been waiting
-1.3 before we
-1.7 beforehand
-1.7 being open
-1.4 being so
-2.9 believe
-1.6 believe i
-1.3 best of
-1.3 best regards
-1.7 best to
1.4 better for
1.9 better from
-1.7 better than
3.3 between three
2.5 beyond
2.5 beyond that
-1.2 billing
-1.1 board
-1.3 board and
-1.4 book
-1.2 both the
1.1 bother
3.3 bothered
3.3 bothered to
1.9 bought
1.6 box
1.4 brewer
-1.2 bridge
-1.3 brief
-1.2 brigade
-2.4 bring
-1.4 bring that
-1.8 bring the
-1.2 bringing
-1.3 bristol
-2.6 budget
3.8 bumping
3.8 bumping this
1.1 business
1.1 business analyst
3.3 business tomorrow
3.3 busy but
1.9 busy schedule
1.7 but a
1.2 but my
-1.8 but the
1.9 but this
3.6 but three
4.0 but to
3.3 but unless
2.3 but you
1.2 by
4.2 by close
1.8 by friday
3.1 by monday
2.2 by my
-1.2 by name
-1.2 by next
3.6 by now
3.3 by return
4.1 by this
2.3 by thursday
4.0 by tomorrow
4.9 by wednesday
2.0 call the
-1.4 call yesterday
1.9 called
-2.3 calling
-1.8 calling me
-1.9 came across
1.7 came back
-1.6 came down
-1.2 came out
-1.6 came through
-1.2 campaign
-1.4 campaigns
-1.7 campus
2.2 can get
1.8 can give
-1.2 can keep
1.4 can make
1.9 can manage
1.2 can only
1.4 can plan
-1.7 can provide
1.7 can put
-1.3 can say
-1.2 can send
-1.4 can share
-1.2 can start
3.6 can stop
2.2 can you
1.5 can't
4.0 can't keep
1.8 cancelled
1.4 candidate has
1.9 candidates in
2.2 candidates know
-1.7 candour
-1.4 candour about
2.7 cannot
3.6 cannot keep
3.8 cannot wait
-1.2 capital
1.7 captain
-1.3 care you
1.9 careers portal
3.8 carrier
3.3 carrier pigeon
3.3 case and
3.8 case email
-2.4 case it's
3.8 case my
2.5 case the
1.4 case they
1.8 case you
1.1 catch
3.3 catch you
-1.3 cent
-1.2 centre and
-1.2 certainly
3.3 certainty
-2.4 certificate
-1.7 certification
-2.1 chain
-1.4 chair
-1.2 challenges
1.7 chance you
-1.7 change
-2.4 changed
-2.1 changes
-1.7 charge
2.0 chasing
1.7 check back
1.4 checked my
4.0 checking my
-1.2 checkout
-1.3 checks
-1.2 chef role
2.5 childcare
4.2 choice but
-1.3 choose
2.2 choosing
1.9 chosen candidate
-1.7 churn
3.3 circling
3.3 circling back
-1.6 city
-1.7 class
1.4 clear answer
-1.2 clearance
-1.9 clearer
-1.3 clearer picture
-2.0 clients
1.9 clinic next
-1.3 clinics
1.4 clock
4.2 close of
-1.7 closer
-1.7 closer to
3.6 closes
-1.3 cloud
-1.7 coastal
-1.2 code
-1.3 cohort
-1.6 cold
1.9 collect
1.4 collecting
1.9 collection
-1.2 college
1.7 come back
-1.6 comes up
-1.3 comfortable with
-1.3 coming back
-1.7 comments
-1.3 comments on
1.4 commit
1.4 commit to
1.9 commitment
-1.8 committee
-1.3 committee for
-1.2 committee's
2.5 communicated
1.9 communicated to
-1.2 community health
-1.2 commute
1.8 companies
1.4 company has
-1.6 company i
2.2 company that
-1.6 competition
4.1 competitor
-2.4 complete
-1.2 complete sense
-2.5 completed
-1.2 completed my
-1.4 completed the
-1.8 confident i
2.0 confirm by
-1.3 confirm i'm
1.4 confirm my
1.4 confirm that
1.7 confirming
-1.2 confused
1.9 confusing
1.4 congratulations on
1.3 consider
2.7 consider my
1.9 consider this
1.9 considerable
-1.3 considered again
-2.2 considered if
-1.2 consultant
-1.4 consultation
1.7 contact me
1.4 content strategist
-1.2 contract at
1.9 contract ends
3.3 contract renewal
-2.2 contribute
-1.9 contribute to
2.9 convenience
-1.6 convenient
2.5 conversation so
-1.2 conversation yesterday
-2.8 conversations
-1.3 conversations with
1.4 coordinator interview
-1.4 coordinator post
4.1 copied
3.3 copied mr
-2.2 copy
-1.2 copy of
-1.6 correct
-1.2 correction
1.9 corrib
1.2 cost
1.4 could answer
2.5 could give
-2.0 could have
1.9 could manage
-1.2 could not
3.6 could someone
2.2 could spare
-1.6 could start
1.9 could still
1.1 could you
-1.8 couldn't
2.3 counting
4.0 counting on
1.4 counts
1.7 counts for
-2.0 county
1.3 couple
1.3 couple of
-2.0 course i
2.5 court
1.6 courtesy
-1.4 covered
-1.4 covers
-1.2 creative
2.5 crewing
-1.8 cross
-2.4 cross again
1.1 current contract
1.9 current manager
-1.3 current role
-1.7 customer
1.4 customs compliance
1.9 cv again
1.4 cv and
1.9 daily for
4.0 dangling
-1.2 dashboard
-1.6 date of
-1.9 dates
3.3 daughter's
1.9 day as
1.4 day but
1.9 day i
2.2 day off
-1.4 day one
3.3 days ago
3.3 days delay
2.2 days from
1.4 days is
1.9 days of
3.1 days since
1.9 days until
1.6 deadline
4.0 deadline for
1.9 deal to
1.4 dear sir
-1.2 decade
-1.3 december
3.3 decide this
2.2 decision as
4.0 decision before
2.7 decision by
1.9 decision for
2.5 decision is
-1.3 decision might
4.0 decision this
-1.2 decision to
3.3 decision today
3.6 decision urgently
2.7 decision within
1.4 deliberation
-1.4 delivered
-1.4 delta
1.7 demand
-1.3 demonstration
-1.2 description
1.4 deserves
1.4 desk
-2.5 detail
-2.6 details
-1.9 did enjoy
-1.2 did notice
2.5 did say
-1.1 didn't
1.9 difference to
1.9 different from
-1.2 director of
-2.1 disappointed i
-1.4 disappointing
-1.4 discussed on
-1.3 discussing
-1.2 discussing the
-1.3 discussion
-2.6 discussion about
-2.0 distribution
-1.3 distribution centre
-1.4 do a
1.9 do hope
1.9 do i
3.3 do if
-1.2 do it
-1.8 do keep
3.6 do need
-1.2 do with
-1.2 do you
-1.4 document
-2.7 documents
-1.8 documents are
2.2 does not
1.1 doesn't
1.7 doesn't come
3.3 doha
1.4 doing and
-2.0 don't feel
3.3 don't forget
4.2 don't hear
3.3 don't intend
3.8 don't keep
3.3 don't know
3.6 don't leave
3.3 don't make
1.9 don't need
-1.2 doubt many
1.4 down a
1.4 down for
-2.0 down to
3.0 down two
-1.5 dr
1.9 driver job
1.5 drop
2.0 drop in
1.8 drove
3.3 drove four
1.9 dust
1.9 each morning
2.7 each way
3.5 earliest
3.6 earliest as
3.6 earliest convenience
1.4 easier to
-1.2 easily
3.3 effort i
3.6 eight hours
1.4 eight weeks
-1.7 eight years
-1.7 eighteen
-1.7 eighteen months
-1.2 electrical
-1.2 eleven years
-1.4 else from
-1.3 else in
-1.7 else that
3.6 else which
-1.3 else you
1.9 elsewhere so
2.0 email as
3.3 email but
2.5 email in
2.3 email is
1.7 email of
-1.2 email regarding
3.3 email would
2.3 emails
3.6 emails are
2.2 emails i
1.9 emails to
-1.6 employer has
1.7 ended
2.0 ends
1.6 ends on
1.9 ends up
-1.7 engineers
-1.3 enjoy meeting
-1.3 enjoyed every
-1.3 enjoyed learning
-3.0 enjoyed our
-2.2 enough
-1.2 enquire
-1.2 entirely
-1.2 especially
-1.4 especially enjoyed
-1.4 estate
2.7 even a
1.4 even if
1.4 evening
3.8 evening whether
1.4 events coordinator
-3.2 ever
-1.2 ever need
4.0 every couple
1.6 every day
2.2 every evening
1.9 every fortnight
-1.2 every stage
-2.2 every success
3.3 every ten
1.4 every time
1.6 every week
-1.6 everyone
-2.4 exam
-1.8 example
-1.3 examples
-1.7 exams
1.9 exception
-1.3 exercise and
-1.1 expansion
1.1 expect
2.6 expect a
1.4 expect the
3.6 expect your
1.4 expectations
1.4 expected at
1.9 expected better
1.8 expecting
-1.3 expects
-1.2 expects to
3.6 expedite
-2.2 experience
-1.2 experience and
-1.3 experience in
-1.3 experience to
1.4 experience would
1.4 expires on
-2.2 explain
-1.4 explain the
-1.3 explaining that
-2.0 explaining the
-1.3 extra
-1.1 eye
-1.7 fact
1.4 factory
1.9 factory and
-1.3 fair to
1.9 fair warning
-2.1 fairly
-1.4 fairness
3.6 falls through
-1.2 families
1.9 family holiday
2.2 family is
1.4 family so
3.3 family to
2.2 farm
2.3 fast
1.9 faster
1.6 faster than
1.7 father
2.5 feed
1.4 feedback in
-1.1 feedback on
1.4 feel i
-1.2 feel obliged
-1.9 feel the
-1.2 feel you
1.4 feeling the
1.4 feels
-2.0 fell
-1.6 fell short
-1.2 felt
1.9 festival programme
2.2 few days
1.9 few times
-1.9 fifteen
-1.3 fifteen years
-2.1 figure
-1.8 figures
1.4 fill
1.6 final decision
1.9 final stage
1.7 finally
-1.6 finance director
-1.7 financial
1.1 finch
-2.0 finish
-2.8 finished
-1.3 finished the
-1.3 firm and
2.0 firms
-1.2 first aid
1.4 first and
-1.2 first day
-1.2 first interview
-1.3 first ninety
1.4 first of
1.9 first one
-1.8 first year
1.4 fitting
1.4 five weeks
-1.2 five years
1.4 flat
3.6 fleet planning
1.4 flew
-1.6 flexible
3.3 flight
-1.4 flow
1.1 followed
1.7 followed up
-1.6 following the
1.1 following up
-1.3 for <n>
-1.2 for any
-1.5 for being
-2.2 for calling
3.3 for chasing
3.6 for even
-2.3 for explaining
1.4 for finally
-1.4 for four
-1.5 for future
-1.7 for getting
-1.2 for having
-1.2 for informing
-1.9 for inviting
1.4 for last
2.9 for long
-1.6 for most
1.9 for much
-1.1 for my
1.1 for nothing
3.3 for now
1.7 for one
-1.3 for ringing
-1.3 for similar
1.1 for some
-1.2 for someone
1.1 for something
-1.7 for speaking
-1.7 for such
-2.0 for telling
-1.6 for thursday's
1.9 for us
-2.1 for what
1.4 for yesterday
1.5 for you
-1.6 forecasting
2.7 forget
3.6 forget me
-1.2 forgot
-1.2 forgot to
3.8 forgotten
3.3 forgotten about
-1.2 form
-1.9 former
1.6 fortnight
3.3 fortnight and
3.6 forty eight
1.1 forty minutes
3.6 four hours
1.9 four times
-1.1 four years
-1.4 fourteen
1.6 fourth
3.3 fourth message
3.3 fourth time
-1.3 framework
1.4 frank
1.5 frankly
-1.2 freelance
3.6 fresh
3.3 friday afternoon
-1.4 friday for
3.3 friday i
3.3 friday i'll
2.1 friday so
2.5 friday to
1.9 friend
-1.3 friendly
1.9 friends
-2.9 from <n>
-1.4 from about
-1.2 from day
2.2 from last
1.9 from now
1.3 from your
1.1 front desk
-1.3 front office
3.3 frustrating
-1.2 full
-1.8 full picture
-1.3 fully
-1.3 fun
-2.2 further documents
-1.6 further information
-1.2 further questions
2.5 further to
-2.1 future
-2.5 future roles
-2.0 future vacancies
-1.4 gap
-1.2 garden
1.4 gave of
2.5 gave up
1.4 generous
2.0 gentle
3.6 gentle reminder
-2.1 gently
-1.3 gently suggest
-1.2 genuinely
1.8 get a
3.4 get back
3.3 get lost
3.3 get round
1.4 get that
-1.2 get to
3.6 ghosted
1.1 give
2.3 give me
2.2 give notice
2.0 given how
-1.2 given me
1.4 given that
-1.3 gives
1.4 giving
3.6 giving you
-1.6 glad
-1.6 glad to
3.3 go another
-1.2 go over
3.6 go with
-1.1 goes
-1.3 goes well
1.1 gone
2.2 gone another
3.3 gone elsewhere
2.0 gone with
1.4 good afternoon
1.1 good news
1.4 good weekend
1.9 got lost
2.2 got the
1.9 graduate structural
-1.4 graduate trainee
1.9 grants coordinator
1.6 grateful if
-1.7 ground
-1.2 group exercise
-1.2 grown
1.9 guessing
3.8 guessing from
1.9 guessing the
-1.3 guest
-1.3 guidance
1.4 had another
-2.0 had been
1.6 had hoped
-1.4 had in
3.3 had no
-1.1 had to
1.4 had your
-1.7 hadn't
1.9 hale
-1.7 half
-1.3 half the
1.9 handed in
-2.0 handled
1.9 handler
-1.3 handling
-2.4 hands
-2.0 hands on
1.4 hangar
4.3 hanging
-1.5 happy
-1.5 happy to
1.4 harbourline
-1.4 hard not
3.6 hard on
1.7 has already
2.5 has called
-1.6 has changed
1.4 has had
1.4 has moved
2.0 has not
1.4 has now
2.2 has reached
3.3 hasn't been
2.0 hate
1.9 hate for
2.2 hate to
-1.6 have accepted
1.2 have already
1.8 have also
2.0 have an
2.5 have another
-1.7 have asked
-1.7 have attached
3.6 have copied
-1.4 have decided
1.7 have expected
1.6 have gone
1.6 have heard
1.7 have i
2.0 have kept
1.4 have lost
-1.4 have made
-1.2 have news
3.1 have no
1.8 have not
3.1 have now
-1.2 have one
3.3 have other
-1.3 have passed
-1.3 have preferred
3.3 have put
-1.4 have run
-1.4 have said
-1.4 have saved
-2.5 have the
1.1 have thought
2.0 have to
1.9 have travelled
2.5 have turned
1.9 have two
1.9 have wanted
-1.4 have worked
1.6 have written
3.3 have your
2.5 haven't
2.5 haven't had
4.8 haven't heard
-1.1 having
-1.2 having me
3.6 hear anything
3.1 hear back
2.7 hear by
-1.2 hear more
1.9 hear next
-1.7 hear of
4.2 hear something
3.3 hear soon
3.8 hear within
2.1 heard
1.9 heard a
4.2 heard anything
3.8 heard back
4.1 heard by
1.6 heard from
3.3 hearing your
1.9 held off
1.7 hello
-2.0 help the
-1.3 help to
-1.9 helped
-1.2 helped me
-2.9 helpful
-1.2 helpful for
-1.3 helpful to
-1.4 helps
1.9 here i
-1.3 here is
3.3 high demand
-1.3 highest
1.9 hillcrest
-1.4 him
-1.4 his
-1.7 history
-1.3 hit
1.1 hold
-1.4 hold a
3.8 hold for
2.5 hold indefinitely
3.6 hold you
2.3 holding
1.9 holding an
3.8 holding things
1.8 holiday
1.9 holiday so
-1.3 holidays
1.9 hollis
1.4 honest with
1.9 honestly how
1.4 honestly i
1.9 honestly my
-1.2 honestly that
1.7 honestly the
-1.2 honoured
2.2 hope for
-2.4 hope our
1.4 hope that's
-1.1 hope to
1.7 hope you'll
1.9 hoped the
1.4 hoping
1.4 hospital has
1.9 hospitality at
1.9 hospitals
-1.2 hosting
1.4 hotel for
-1.3 hour
1.1 hours
3.6 hours each
-2.8 housing
-1.4 how i'd
2.0 how long
-1.2 how my
1.9 how quickly
1.4 how this
-1.2 how we
-1.9 how you
-2.6 how your
1.1 however i
-1.3 hub
2.2 huge
-1.6 hundred
-1.6 hurry
-2.3 i accept
-1.8 i answered
1.9 i are
1.9 i assume
2.0 i attended
-2.5 i believe
2.1 i can't
3.3 i cancelled
4.5 i cannot
-1.3 i completed
-1.3 i couldn't
-2.3 i did
-1.1 i didn't
-1.8 i especially
1.5 i expect
1.2 i expected
-1.4 i felt
-1.3 i finished
1.4 i flew
1.9 i fly
-1.2 i forgot
-1.2 i found
-1.2 i fully
2.0 i get
1.4 i go
1.6 i got
-1.3 i hadn't
2.3 i haven't
1.5 i hear
-1.7 i hold
-1.4 i imagine
-1.6 i learned
-1.2 i learnt
1.9 i leave
-1.9 i led
-2.6 i liked
2.5 i manage
-1.3 i may
3.3 i miss
1.4 i moved
2.0 i need
2.5 i notice
1.1 i now
-1.2 i only
-1.8 i passed
1.9 i pray
-1.4 i prepared
2.5 i put
-1.6 i ran
1.4 i read
-1.8 i realise
1.4 i rearranged
-1.4 i rebuilt
-1.2 i reckon
3.6 i request
-1.1 i said
-1.2 i say
-1.2 i see
2.5 i shall
-1.6 i simply
-1.2 i spent
1.4 i stand
-2.3 i suppose
-1.2 i think
3.3 i tried
1.7 i trust
4.2 i turned
-1.3 i valued
-1.2 i very
3.6 i were
1.1 i will
-2.3 i wish
1.4 i wouldn't
2.5 i'd appreciate
4.0 i'd ask
-1.7 i'd bring
-1.3 i'd check
-1.2 i'd gently
1.9 i'd had
1.9 i'd hate
3.3 i'd hear
1.8 i'd just
3.3 i'd need
-1.3 i'd only
1.9 i'd prefer
1.3 i'd rather
-1.4 i'd value
-2.5 i'd welcome
1.1 i'll
3.3 i'll accept
2.9 i'll assume
3.3 i'll call
1.1 i'll do
3.8 i'll expect
3.6 i'll follow
2.3 i'll give
2.2 i'll have
3.6 i'll hold
4.5 i'll need
3.6 i'll pop
3.6 i'll ring
1.4 i'll send
3.3 i'll stop
2.2 i'll take
1.7 i'll try
-1.2 i'll wait
-1.8 i'm a
2.0 i'm afraid
-2.0 i'm excited
-1.6 i'm genuinely
4.0 i'm giving
-1.8 i'm glad
2.3 i'm guessing
3.3 i'm holding
4.0 i'm hoping
1.9 i'm no
-1.3 i'm on
2.0 i'm rather
3.3 i'm renewing
-1.5 i'm sorry
1.4 i'm starting
1.6 i'm sure
1.4 i'm withdrawing
-1.4 i've accepted
2.0 i've already
2.2 i've also
1.9 i've checked
-1.4 i've decided
-1.3 i've finished
2.5 i've got
1.9 i've heard
1.7 i've now
2.0 i've put
2.2 i've turned
-1.7 idea of
2.0 ideally
-1.4 ideas
-2.0 if a
-2.5 if another
-2.5 if any
-1.1 if anything
1.1 if i
1.4 if i'd
1.4 if i'm
3.8 if i've
-1.4 if something
3.8 if this
-1.4 if you'd
2.7 if you've
-1.9 if your
1.4 ignore
3.3 immediately
3.6 immediately as
3.6 immediately if
1.7 impressive
-1.8 improve
-1.6 in <n>
1.4 in advance
-1.6 in again
-1.2 in contact
3.3 in doha
1.9 in durban
2.0 in every
-1.4 in fairness
1.4 in from
-2.4 in future
2.2 in high
3.3 in limbo
3.3 in me
-1.2 in more
-1.7 in one
-1.9 in particular
-1.2 in reception
-1.2 in september
3.8 in spam
3.3 in suspense
-1.7 in that
-1.2 in their
-1.2 in three
1.8 in to
-1.2 in twenty
1.2 in two
1.6 in under
-1.7 in well
1.2 in working
2.2 inbox
1.9 inbox and
3.3 inbox every
-2.0 including
-1.2 including the
3.3 indefinitely
-1.3 industry
1.9 inform me
-1.3 inform you
1.9 informed that
-1.2 inside
1.4 instant i
-1.2 instead of
-1.6 intake
1.7 intend
1.7 intend to
-1.9 interest of
3.6 interest so
4.1 interested but
-2.4 interesting
-2.3 internal
-1.7 internal candidate
-1.3 internship
1.9 interview did
2.5 interview from
1.1 interview i
1.4 interview i've
1.1 interviewed
1.3 interviewed for
1.2 interviewed with
-1.2 interviewer
-1.1 interviewing
2.0 interviews i
1.9 interviews last
3.3 interviews while
3.3 into this
1.9 invested
1.9 invested in
-1.2 invitation
-1.4 invited
-2.0 inviting
-2.0 inviting me
2.2 is all
-1.2 is any
-1.4 is anything
1.4 is back
3.3 is becoming
1.9 is friday
3.3 is getting
1.9 is honestly
1.6 is in
1.9 is my
1.3 is now
-1.4 is one
-1.8 is possible
3.3 is quite
2.2 is really
2.2 is regarding
-1.2 is right
-1.2 is simply
3.8 is taking
-2.2 is that
-1.6 is useful
-1.2 is valid
1.4 is very
-1.2 is what
-1.2 is where
-1.2 isn't possible
1.2 it as
2.5 it by
-1.7 it came
-1.3 it didn't
1.9 it down
1.9 it first
-1.2 it for
1.1 it has
2.2 it if
-2.3 it in
1.4 it into
-1.6 it may
-1.7 it over
1.4 it really
2.5 it that
-1.4 it the
1.4 it this
1.4 it through
1.9 it too
1.4 it took
3.3 it until
1.4 it up
-1.7 it wasn't
1.4 it will
-1.3 it with
-1.3 it's hard
1.1 it's not
3.3 it's now
3.3 it's only
-2.4 it's useful
-1.8 it's worth
-1.2 its
-1.6 job description
-1.3 job in
1.4 join and
-1.7 joined
-1.3 joining you
-1.1 july
-1.3 june so
2.2 junior accountant
-1.2 junior data
2.2 just been
3.3 just bumping
3.3 just circling
-1.2 just didn't
1.4 just let
1.7 just like
1.9 just need
2.2 just rather
1.3 just so
3.3 just tell
1.9 keen the
1.7 keep a
-1.3 keep following
-1.4 keep in
1.6 keep that
3.3 keep them
-1.2 keep you
-1.6 keeping me
-1.3 kept in
4.0 kept my
3.3 kept waiting
1.4 kids
3.3 kind consideration
-1.3 kind email
1.9 kind response
1.4 kinder to
-1.2 kindly agreed
1.9 kindly consider
3.3 kindly do
4.2 kindly revert
1.4 kindly treat
1.7 kisumu
1.9 know a
-1.3 know and
4.3 know by
3.8 know either
1.9 know i'll
-2.0 know if
-1.3 know in
-2.2 know my
2.7 know one
1.7 know this
2.0 know where
1.4 know you're
-1.6 known
-1.4 knows
1.4 lab and
1.9 landing
4.0 landlord
3.3 landlord wants
-1.2 language
1.9 lapse
-1.6 large
-1.6 last friday
-1.2 last spring
1.1 last tuesday
1.1 last two
-1.2 late and
1.9 late so
3.3 later than
3.7 latest
3.8 latest by
-1.2 lead
-1.8 lead position
-1.3 leadership
-1.2 learn
-2.1 learn about
-2.1 learned
-1.6 learned a
-1.3 learning
-1.4 learnt
-1.4 learnt a
1.8 lease
1.9 lease in
1.5 least
2.0 least a
1.4 least i
3.6 leave a
1.4 leave it
2.5 leave me
2.5 leaves
1.9 leaves me
1.4 leaving
-2.6 led
-1.9 led the
2.8 left a
2.2 left waiting
2.2 left you
-2.2 lesson
1.9 let a
1.7 let candidates
3.3 let's
-1.3 letter about
-1.7 level
1.2 library assistant
-2.2 licence
1.4 licensed
2.2 life
3.3 life on
-1.3 like a
1.1 like an
1.9 like my
1.9 like them
1.4 like your
-1.5 liked
-1.3 liked the
-1.2 liked what
3.3 limbo
1.9 limit
2.0 limits
-1.3 line and
3.3 line by
1.7 line on
1.7 line reply
1.9 lines of
-2.1 link
2.2 linkedin
4.2 linkedin and
-1.7 listed
-1.2 little more
2.2 little sooner
-1.1 live
1.4 lobby
1.9 lodge
1.7 long
2.2 long as
1.4 long i
3.3 long so
1.9 long the
2.2 long time
1.3 longer
-1.5 looking
-1.7 looking for
3.1 lose
4.0 lose me
2.2 losing
2.2 losing me
3.8 lost interest
-2.2 lot from
-1.2 lot to
3.3 loud
-1.2 luck
2.2 lunchtime
1.9 ma'am
1.9 mad
-1.6 made it
-1.7 main
-1.7 mainly
-1.2 major
1.9 makati
2.2 make me
-1.2 make my
1.8 make sure
-1.2 makes complete
1.9 makes it
-1.2 makes me
1.3 manage
3.6 manage to
-1.8 managed
-1.4 management
-1.2 manager position
-2.1 managers
-1.2 manchester
1.9 many more
-2.0 many of
-1.2 many people
2.2 marine
-1.2 master's
3.3 match it
3.6 mate
1.8 matter
3.6 matter as
2.2 matters to
-1.2 may be
1.2 may i
-2.1 maybe
1.5 me an
1.2 me back
1.9 me be
2.2 me by
-1.2 me during
2.7 me every
3.3 me first
-1.3 me if
-1.2 me informed
1.7 me it
-1.4 me more
-1.2 me of
1.2 me out
1.4 me over
3.3 me regret
1.3 me so
-1.9 me such
1.1 me this
1.4 me today
1.9 me twice
1.9 me two
-1.2 me very
4.1 me waiting
-1.3 me well
1.9 mean
2.1 mean a
-1.4 meant to
-2.6 meantime
-1.7 meet you
1.4 meets
-1.2 members
-1.2 mention it
1.4 mention only
1.1 mentioned a
1.1 mentioned at
-1.3 mentioned is
-1.5 mentioned that
-2.4 mentioned the
-1.2 mentioned you
-1.4 mentions
1.9 merchandiser
1.9 mercy
-1.3 message about
-2.1 message and
3.3 message on
2.7 messaged
3.8 messaged you
2.5 messages
-1.2 met the
-2.2 mid
-1.3 middle of
-1.2 might like
-1.9 million
1.7 mind and
-2.4 mind for
1.9 mine is
1.9 mine to
-1.2 mining
1.7 ministry
-1.7 minutes at
1.9 minutes so
3.3 misery
2.3 miss
1.9 miss out
3.3 miss you
-1.9 modelling
-1.7 module
3.3 monday as
4.3 monday so
1.4 monday to
1.4 money
-1.8 month end
1.9 month of
2.2 month to
-1.7 monthly
-1.6 months and
-1.1 more about
1.9 more days
-1.4 more detail
2.2 more for
-2.0 more of
-1.7 more time
1.9 more ways
1.9 morning but
1.9 morning to
-1.8 mornings
-1.7 most
3.6 most grateful
-1.2 most interesting
-1.7 most like
-2.1 most of
-2.4 mostly
3.6 move faster
-1.2 move forward
3.8 move quickly
-1.1 move to
1.4 moved on
2.2 moving fast
3.3 moving quickly
1.9 mr nowak
-1.1 mrs
-1.2 much easier
4.1 much longer
-1.1 much of
1.7 much to
1.9 much want
2.5 mum
-1.2 museum
1.8 must be
3.3 must know
-1.2 must withdraw
-1.4 my account
-1.3 my answer
-2.0 my answers
-1.7 my background
1.1 my case
-1.4 my congratulations
3.3 my daughter's
3.8 my deadline
-1.6 my details
2.2 my earlier
1.1 my email
4.3 my emails
-1.7 my experience
1.2 my family
2.5 my file
-1.3 my former
3.8 my fourth
1.9 my graduate
2.6 my inbox
4.0 my landlord
3.6 my lease
3.8 my life
3.3 my misery
1.9 my month
2.5 my mum
1.4 my note
2.2 my notes
3.8 my other
2.0 my panel
2.2 my parents
-1.6 my part
2.5 my partner
3.6 my patience
2.0 my phone
-2.2 my portfolio
-1.4 my present
1.2 my previous
-1.7 my questions
3.3 my savings
1.9 my sea
2.0 my search
1.4 my second
1.6 my situation
1.9 my start
3.3 my thank
2.7 my third
1.1 my time
1.4 my visa
1.7 my way
3.3 my whole
-1.3 my year
-1.5 myself
-1.2 national
-1.2 natural
-1.7 naturally
-1.2 near
1.4 nearly
1.9 necessary
1.2 need a
3.8 need an
-2.3 need from
3.8 need you
4.9 need your
-1.4 needed
3.3 needful
1.4 needs a
1.7 neither
1.9 neither of
-1.4 nervous
-1.7 new hire
-1.2 new starters
-1.4 news and
3.6 news at
2.2 news from
1.4 news is
-1.4 news on
1.9 news though
-1.2 news was
3.3 news would
-1.2 next conversation
2.5 next few
1.3 next month
-1.4 next round
-1.2 next season
-1.2 next step
2.5 next tuesday
1.9 next vacancy
-1.4 next wednesday
-1.1 next year
1.2 nice
2.5 nice to
1.9 nine and
2.9 nineteen
3.8 nineteen days
-1.3 ninety days
2.5 no and
3.3 no but
3.6 no by
4.0 no choice
1.4 no doubt
1.9 no is
-1.4 no need
1.7 no one
3.3 no or
-1.4 no problem
-1.4 no rush
3.6 no update
4.0 no would
-1.2 nobody else
1.7 nobody has
4.1 noon
1.9 nordhavn
1.4 nordvik
-1.7 northern
1.4 not been
-1.9 not disappointed
2.2 not hear
4.1 not heard
2.2 not how
3.8 not keep
3.3 not later
3.6 not left
-1.2 not many
3.3 not prepared
3.8 not yet
2.5 note from
1.1 note that
-1.8 note to
1.4 notes from
1.2 nothing
3.3 nothing so
1.9 notice at
-1.3 noticed the
1.5 now
1.7 now and
1.7 now been
3.3 now eleven
3.6 now on
3.8 now received
2.9 now so
1.9 nowak
2.2 nudge
-1.5 number
-1.4 number of
-2.2 numbers
-1.2 nurses
-1.2 nursing
-1.2 observation
-1.2 of applicants
-1.4 of being
4.2 of business
1.9 of care
3.6 of days
-1.3 of four
-1.6 of future
-1.2 of hands
1.1 of interest
1.4 of interviews
1.4 of june
-1.4 of luck
1.4 of me
-1.2 of next
1.9 of other
1.9 of procurement
1.9 of term
-1.2 of that
1.4 of things
1.8 of this
1.7 of three
-1.3 of time
3.8 of waiting
-2.2 of what
-1.6 of where
1.7 off and
3.6 offer as
3.8 offer by
-1.4 offer for
2.7 offer in
1.4 offer is
1.4 offer letter
3.3 offer now
1.8 office on
2.5 office to
3.3 office twice
1.7 officer interview
1.4 ol
-1.7 old
2.2 on all
2.2 on and
-1.4 on any
-1.7 on file
2.2 on for
1.4 on good
3.6 on hearing
-1.2 on his
2.2 on hold
1.4 on i'd
-1.3 on joining
2.2 on linkedin
3.3 on loud
1.4 on other
-2.2 on saturday
2.0 on this
1.1 on time
3.3 on us
-1.1 on wednesday
-1.3 on what
3.3 on whatsapp
-2.3 onboarding
-1.6 once again
-1.4 once i
1.4 once more
-1.2 once the
-1.2 one and
3.3 one doesn't
-1.4 one i'd
-1.2 one in
2.0 one line
1.4 one person
-1.3 one point
-2.5 one thing
4.6 one way
1.9 one word
-2.0 online
2.0 only a
1.4 only assume
-1.2 only in
-1.2 only mention
-1.7 only one
-1.7 open about
-1.7 open to
-1.6 open with
-1.2 opening comes
-1.1 openings
-1.8 openings in
-1.2 opens in
-1.1 opens up
-1.7 operation
-1.2 operations lead
-3.0 opportunity to
1.4 option
1.8 options
3.3 or i'll
1.7 or is
4.9 or no
2.1 or the
-1.4 organisation and
1.9 organisation that
-1.7 organised
-1.2 original
1.9 orwell
3.6 other by
4.1 other companies
4.0 other interviews
3.3 other options
3.3 other plans
3.8 other processes
-1.2 other roles
1.7 otherwise
2.2 otherwise i
3.3 otherwise i'll
-1.4 our conversations
-2.3 our discussion
1.2 our interview
1.7 our meeting
-2.5 our paths
1.6 out at
1.1 out for
1.9 out the
-1.2 outcome and
1.9 outcome before
-1.9 outcome for
-1.4 outreach
-2.1 outside
1.1 over a
1.4 over from
-1.3 over two
2.5 own cost
-1.6 pace
-1.4 packaging
-1.3 page and
-1.2 pair
-1.2 pair of
-1.6 panel for
-1.4 panel gave
-2.0 panel had
1.4 panel has
1.7 panel interview
-1.4 panel's decision
-2.2 paper
1.4 paperwork
1.9 paralegal role
2.2 parents
-1.4 part i
-1.4 part was
-1.1 particularly the
-1.2 partnerships
-1.1 passed
-1.7 passed my
-1.3 passed the
-1.2 passing on
3.6 passing your
2.3 past the
3.3 pasted
3.3 pasted it
-1.7 paths
-2.4 paths cross
-1.2 patience with
-1.7 payments
-1.2 peak
3.3 pending
1.9 pension
-1.2 people in
-1.7 people who
-1.3 per cent
3.6 per my
-1.3 percent
-1.3 perfectly
1.9 perhaps my
-1.2 period at
1.7 person you
1.9 perth for
-1.6 pharmacist
4.1 phone on
3.6 phone your
-1.2 picture of
1.9 picture you
-1.3 piece
3.3 pigeon
2.0 pile
1.4 placed
1.9 placed on
-1.4 placement
-1.2 plainly
2.7 plan accordingly
2.6 plan my
-1.2 planned
-1.2 planning my
1.4 planning officer
3.3 please advise
3.3 please confirm
2.0 please could
1.7 please give
1.7 please just
1.7 please note
3.6 please reply
3.6 please respond
3.6 please ring
1.4 please send
2.0 please tell
-1.7 please thank
2.0 please treat
-2.3 pleased
-2.2 pleased to
1.9 plenty of
-1.2 point i
-1.2 point i'd
-1.7 points
-1.3 policy officer
-1.3 politely
-1.2 pool
3.2 pop
3.3 pop into
3.6 pop up
-1.3 position opens
3.3 position this
-1.7 position with
-1.3 positions
1.4 positive
1.9 positive reply
-1.9 possibility
-1.7 possibility of
3.3 possible as
2.0 possible so
-1.7 post comes
1.2 post in
-1.3 post with
2.0 postdoctoral
3.3 postdoctoral position
-1.7 posting
-2.2 practical
1.9 pray
-1.2 preparation
3.3 prepared to
1.9 presentation and
-1.9 pretend i'm
1.9 pretend the
1.1 previous
3.3 previous messages
1.4 prioritise
1.4 priority
-1.4 problems
2.7 process has
-1.3 process with
2.2 processes
-1.7 professor
1.9 profile is
-1.4 program
-1.1 programme
-1.3 programme officer
-1.7 projects
2.0 promised
2.5 promises
1.9 proof
1.4 proper one
-1.1 properly
1.4 prove
-1.6 provide
-1.3 provide references
-1.6 public
-1.2 published
-1.9 pune
1.4 put a
1.6 put in
1.4 put me
2.2 put the
1.4 put you
-1.2 qa
-1.2 quantity
-1.2 quantity surveyor
-2.4 quarter
-2.2 question about
-3.5 questions
-2.3 questions about
-1.2 quick call
2.2 quick line
-1.3 quick note
2.5 quick reply
1.9 quicker
2.5 quickly and
2.5 quietly
-1.4 quota
-1.3 r sum
-2.4 ran
1.6 rang
1.9 rather a
1.8 rather have
1.7 rather know
4.2 rather not
3.8 rather work
2.2 rd march
-1.7 reach a
-1.2 reach me
1.1 reached
2.2 reached a
2.1 reached you
2.0 reaching
-1.2 read it
1.1 read the
1.9 reading between
-1.3 real pleasure
-1.7 realised
1.1 really appreciate
3.3 really do
-1.2 really liked
3.6 really need
-1.2 really useful
1.4 rearranged
-1.2 reasons
1.4 rebuilding the
-1.7 rebuilt
-1.2 rebuilt the
1.7 receive
1.9 received so
-1.2 recent
2.2 receptionist
-1.4 reckon
3.3 reconsider
-1.6 record
-1.2 recorded
-1.3 records
1.2 recruiter
-2.7 recruitment
-1.2 recruitment team
-1.9 redesign
-1.7 reduced
-1.2 reducing
-1.6 referee
-1.3 referees
-1.4 references
-1.4 references or
-1.2 refinancing
-1.3 reflection
3.0 refreshing
4.1 refreshing my
2.5 regarding my
-2.0 regards
-2.4 region
2.2 regional director
-1.8 regional sales
1.4 registered
-1.2 registration
1.4 regret
2.2 regret it
1.9 regularly
-1.2 relationships
-1.2 relaunch
-1.6 relevant
1.4 relief
-1.3 relocating
3.8 relying
3.8 relying on
1.4 remain interested
2.3 reminder
3.3 reminder that
-1.6 renewed
3.3 renewing
2.2 rent
1.4 reopens
1.5 reply
3.6 reply asap
1.4 reply by
-1.4 reply date
3.3 reply i
1.4 reply in
3.8 reply is
3.3 reply so
3.8 reply this
1.1 reply to
3.8 reply would
1.9 replying to
-2.1 reporting
-2.0 reports
-1.3 reps
1.9 reputation
1.6 request
1.8 request you
-1.4 requested
1.2 require
-2.0 required
-1.3 required from
1.4 research assistant
3.6 resending
1.9 reserve
-1.2 residency
1.9 resolved
1.9 respect and
-1.7 respect the
1.3 respond
3.6 respond immediately
1.4 responded
1.7 response
3.3 response to
1.9 rested
3.3 result by
-1.6 result of
-1.4 retail
2.2 return
1.4 revenue manager
4.6 revert
3.3 revert at
3.3 revert with
-1.2 reviewed
1.9 reyes
-1.3 rig
3.3 right desk
1.6 right now
2.5 ring
2.3 ring me
3.6 ring your
1.1 riverside
1.1 role after
1.4 role but
-1.8 role in
3.3 role isn't
1.4 role last
1.9 role reopens
1.6 role so
1.9 role very
-1.4 role was
-1.2 role we
-3.5 roles
-1.7 roles at
-1.4 roles in
-1.7 rollout
1.4 rough idea
-1.2 roughly <n>
-1.4 roughly when
1.4 round for
-1.2 round interview
1.6 round so
3.3 round to
1.4 round with
-1.7 rounds and
2.7 rounds of
-1.8 route
-1.8 run a
3.6 run out
-2.1 run the
3.3 runs out
-2.3 rush
-1.3 rush on
-1.3 rush your
-1.3 rushed
-1.8 sad
-1.8 said about
1.7 said i'd
1.9 said in
2.0 said you'd
1.9 sales engineer
-1.4 sales manager
1.4 sales role
1.6 same day
3.6 same question
-2.0 sample
-1.4 sat
1.4 save
-1.8 saved
-1.3 saved us
1.7 savings
1.9 saw on
-1.3 say it
-1.2 say that
1.9 say you'd
-1.3 saying
1.9 says a
-1.4 scenario
-2.7 scheme
-1.3 schools
-1.9 science
-1.8 score
-1.3 scoring
-1.4 screening
1.9 searches
1.4 season and
-1.2 seasons
3.3 second gentle
-2.3 section
-1.2 security
3.8 see if
1.9 see whether
1.9 seen it
-1.7 send anything
-1.2 send over
1.9 sending my
-1.7 sense
-2.3 sense of
2.0 sent a
1.4 sent the
-1.3 sentence
3.3 serious
-1.4 session with
1.9 set a
-1.3 set up
1.1 settle
-1.7 settles in
1.4 seven
1.9 seven weeks
2.4 shall
2.5 shall be
-1.4 share
-1.7 share any
-1.3 share on
-1.2 share where
1.9 shared i
1.9 shares
-1.2 sharing
1.4 she was
1.9 shenzhen
3.8 shift at
-1.6 shift on
-1.3 shop
-1.5 short
-1.3 short call
-1.2 short contract
-2.1 short note
-1.2 short notice
-1.3 should a
3.8 should i
3.3 should keep
1.7 should mention
1.9 shouldn't
1.9 show more
1.4 shows how
-1.2 side i
1.2 side of
1.6 sign
3.6 sign with
-1.4 signed
3.8 signing
3.3 signing with
5.2 silence
3.3 silence as
4.0 silence is
4.0 silence that
-1.5 similar
-1.2 similar post
-1.3 similar roles
1.4 simple
3.3 simple yes
1.9 simply because
-1.2 simply wanted
1.4 since i
1.4 since i've
3.6 since long
3.6 since march
1.5 since my
1.9 since nobody
1.9 since the
1.5 sir
2.0 sir i
3.3 site and
1.6 site engineer
-1.7 site visit
-1.8 sites
1.1 sitting
1.4 situation
-1.7 six months
1.5 six weeks
-2.0 six years
3.3 slip
1.9 slipped
1.7 slots
2.5 so any
1.7 so i'll
1.4 so i'm
2.5 so long
1.4 so many
1.7 so please
-1.3 so quickly
1.2 so that
1.2 so the
3.6 so unless
1.4 so we
1.1 so you
1.4 so you're
-1.1 software
1.4 solutions
-1.6 some of
1.9 someone actually
1.4 someone at
2.7 someone else
-1.4 someone who
1.9 something before
3.6 something by
1.1 something else
-1.6 something similar
1.1 something to
1.5 soon
2.9 soon as
2.4 sooner
1.4 sooner than
-1.4 sorry it
-1.3 sorry not
-1.7 sound
4.2 spam
1.1 spare
-1.2 speak again
1.4 speak to
-1.9 speak with
-2.0 speaking with
1.2 speed
-2.2 spent
-1.3 spent the
-2.1 spent with
-1.1 spoke
-1.3 spoke i've
-1.2 spoken
-1.2 spring
1.9 stage so
1.2 stand
3.3 stand by
-2.3 standard
-2.0 stands
-1.3 start dates
1.9 start forty
-1.6 start on
1.9 started the
-1.2 starters
-1.2 starts
-1.7 state
-1.2 station
1.4 status
3.8 stay available
-2.0 stay in
-1.2 stay with
1.7 stays
-1.4 step
3.3 still awaiting
3.6 still here
2.1 still interested
1.8 still my
3.6 still nothing
3.3 still pending
1.6 still really
-1.2 still think
1.4 still up
4.4 still waiting
2.7 still want
3.3 stop
-1.2 street
1.8 strength
2.7 strength of
-1.2 strengthen
-2.6 strong
-1.3 stronger
-1.3 struck
-2.2 student
-2.2 students
-1.3 study
1.4 subject follow
-1.7 subject re
1.9 subject senior
-1.9 success
-1.4 success with
-1.4 such
-2.3 such as
-1.7 suit me
-2.2 suitable
-1.4 suits
-1.4 suits the
-1.4 suits you
-1.4 sum
-1.6 summary
-1.4 supervisor position
-1.7 supply chain
1.7 supply planner
1.4 support role
-2.3 suppose
1.4 sure about
1.1 sure i
-1.2 sure what
1.4 sure which
1.9 sure you
2.2 sure you'll
3.1 surely
3.3 surely a
1.9 surely the
1.4 surgery
-1.8 surprise
-1.6 survey
1.9 survived
1.9 survived the
3.8 suspense
3.8 swamped
1.9 swindon
-1.8 system
-1.7 system and
-1.3 system design
-2.1 systems
3.3 table and
-1.6 take a
1.7 take it
1.1 take that
1.8 take this
1.6 take time
3.6 take to
-1.8 take up
-1.3 talk again
1.7 talk it
-1.4 talk through
-1.1 talked
2.5 talks
1.9 talks so
1.9 task i
1.4 tasting menu
-1.8 taught
-1.2 taught me
-1.7 teach
-1.2 teach the
-1.3 teacher
2.2 teaching assistant
-1.3 team and
-1.2 team especially
-1.2 team every
-1.3 team gave
-1.1 team in
-1.6 team is
-1.6 team of
-1.3 team on
1.9 team shares
1.4 team so
-1.6 team was
-1.6 team well
-1.4 team works
-1.3 team would
-1.2 technician post
-1.6 technician role
2.2 tell them
-1.1 telling me
1.2 tells
1.6 tells me
1.1 ten days
-1.2 ten years
-1.6 tend
-1.6 tend to
-1.7 terms
-3.2 test
-1.3 test and
-1.6 testing
3.3 texted
1.7 th and
2.2 th as
1.9 th instant
-1.2 th june
2.0 th of
1.4 th so
-1.3 than ever
-2.6 than i
3.6 than keep
1.7 than later
-1.8 than most
-1.2 thanks very
-1.2 that came
1.4 that candidates
1.4 that clearly
1.9 that counts
1.1 that date
-2.0 that experience
1.4 that expires
-1.2 that had
-1.6 that helps
1.4 that i'd
1.1 that i'll
1.4 that i'm
-2.8 that is
-1.6 that kind
3.3 that leaves
1.4 that other
1.9 that talks
1.9 that these
1.4 that will
-1.3 that with
2.3 that you've
-1.3 that your
1.9 that's easier
1.6 the agency
-1.3 the analytics
-1.3 the area
-1.2 the atr
3.6 the ball
-1.4 the band
-1.2 the bar
2.5 the better
-1.3 the brief
-1.3 the budget
1.4 the careers
-1.3 the certificate
-1.3 the choice
2.2 the clock
-1.2 the coastal
1.1 the coming
-1.5 the committee
-1.7 the conversations
-1.7 the county
-1.2 the credit
-1.4 the current
-1.2 the customer
1.2 the date
-1.1 the discussion
-1.7 the district
3.8 the earliest
2.2 the effort
-1.7 the email
-1.2 the estate
1.4 the evening
-1.2 the expansion
-1.2 the experience
1.9 the fifth
-1.6 the figure
-1.2 the figures
-1.6 the financial
1.9 the fire
1.9 the firm's
1.9 the food
1.4 the fourth
-2.7 the future
1.1 the general
-1.3 the graduate
-1.6 the ground
-1.3 the highest
-1.7 the hiring
-1.8 the hospital
-2.0 the housing
-1.2 the idea
-1.9 the interest
-1.2 the internal
-1.2 the interviews
3.0 the latest
-1.2 the launch
-1.2 the lead
1.9 the least
-1.7 the line
1.4 the lines
1.9 the lobby
-1.6 the main
1.9 the market
-2.6 the meantime
2.2 the ministry
2.0 the moment
-2.8 the most
3.3 the name
3.3 the needful
-1.6 the northern
-1.2 the numbers
1.1 the offer
-1.2 the old
1.1 the on
-1.4 the onboarding
-2.1 the one
-1.6 the online
-1.2 the original
-1.3 the pace
1.9 the paperwork
-1.7 the past
-1.7 the payments
-1.6 the people
-2.0 the phone
-1.6 the port
-1.4 the possibility
2.5 the postdoctoral
-1.3 the posting
-1.4 the practical
-1.2 the presentation
-1.7 the procurement
-2.2 the programme
-1.6 the questions
-1.2 the quick
-1.2 the reason
-2.0 the region
-1.7 the regional
1.7 the registered
-1.2 the reporting
1.4 the revenue
-1.4 the rota
1.1 the running
-1.7 the salary
1.1 the sales
1.4 the saturday
-1.2 the science
-2.0 the search
-1.2 the second
-1.2 the session
-1.2 the short
4.8 the silence
1.4 the small
3.3 the sooner
-1.1 the staff
-1.3 the standard
-1.2 the start
2.7 the strength
-1.2 the students
1.9 the surgery
-1.9 the system
1.2 the table
-1.6 the tasting
1.7 the teaching
-1.7 the team's
-1.8 the test
-1.6 the thoughtful
-1.2 the track
1.6 the trainee
-1.2 the travel
-1.7 the trial
-1.4 the trust
-1.2 the very
-1.3 the video
-1.8 the visit
-1.4 the volunteer
1.6 the waiting
1.5 the week
2.3 the weekend
-2.8 the whole
3.3 the yarn
-2.3 the year
-1.3 the youth
-1.6 their
-1.3 their first
3.0 theirs
1.9 them before
-1.2 them for
-1.3 themselves
1.4 then i
-1.4 then i'd
-1.7 there was
-2.4 there's anything
3.3 there's news
-1.7 there's no
1.2 these things
-1.2 thesis
-1.3 they are
-2.2 they have
-1.3 they're
-2.2 they've
-1.8 they've asked
-2.0 thing i
3.6 things along
1.2 things are
1.1 things stand
2.5 things take
1.9 things to
4.0 things up
2.0 think a
-1.2 think i
-1.7 think it
1.1 think of
-1.2 think this
-1.2 think you'd
-1.2 think your
-1.3 thinking
-1.4 thinking about
1.5 third
3.3 third email
3.6 third note
1.9 third time
1.4 thirty seconds
3.3 this for
3.3 this friday
2.2 this is
4.1 this long
3.3 this matter
1.2 this month
1.7 this one
-1.6 this only
2.2 this point
1.4 this process
3.3 this puts
2.0 this so
-1.3 this spring
1.7 this to
1.9 this turns
1.9 this week
1.9 this whole
1.2 though i'd
2.3 thought a
-1.2 thought about
3.8 thought an
-2.0 thought you
-2.1 thoughtful
1.4 three and
1.4 three days
-1.2 three months
1.2 three weeks
-2.3 three years
1.4 through in
1.9 through to
-2.2 throughout
-1.2 thursday <n>
2.9 thursday at
4.1 thursday so
-2.1 thursday's
-1.7 thursday's interview
-1.4 tickets
1.4 ticking
1.4 tier
1.9 tier <n>
1.4 tight
1.4 time during
1.9 time even
1.6 time i
-1.2 time is
-1.1 time on
3.6 time please
-1.3 time that
-1.3 time yesterday
-1.2 time your
3.3 timeline and
-1.6 timeline for
-1.2 timeline i
1.9 timeline you
1.7 times this
-3.1 to <n>
-2.0 to add
-1.2 to an
1.9 to anything
-3.1 to apply
1.9 to arrive
-1.9 to bring
-1.2 to build
1.9 to candidates
1.9 to catch
-1.2 to change
-1.2 to complete
1.9 to consider
-1.2 to continue
-1.8 to contribute
-1.2 to cover
-1.9 to explain
-1.4 to feel
1.9 to fill
-1.4 to hearing
1.4 to hold
-1.3 to home
-1.3 to improve
-1.8 to interview
1.7 to it
1.9 to just
1.2 to kindly
2.3 to leave
1.4 to leeds
2.9 to lose
2.2 to match
1.3 to me
-2.5 to mention
1.3 to my
1.4 to perth
3.1 to plan
-1.1 to provide
1.7 to receive
-1.3 to respond
-1.4 to rush
2.2 to save
-1.2 to send
-2.6 to share
1.7 to sign
1.4 to sit
-1.4 to support
-1.3 to take
-1.4 to teach
-1.8 to thank
-1.2 to them
1.4 to thirty
3.3 to treat
1.9 to trouble
-1.6 to try
-1.6 to two
-2.4 to understand
-1.8 to walk
-1.7 to what
-2.8 to withdraw
1.4 today
3.3 today as
3.8 today itself
1.9 today the
1.9 told at
1.8 told i
2.6 told my
1.4 told them
-1.4 tom
3.3 tomasz
5.6 tomorrow
3.3 tomorrow at
3.3 tomorrow i'll
3.3 tonight
1.7 too long
2.0 too much
3.6 too so
3.3 took an
1.4 took me
-1.4 took over
1.9 took that
-1.3 took the
1.7 took two
1.9 trains
1.9 trains and
1.4 transfer
-1.2 transparency
-1.6 transport
-1.4 travel
1.4 travelled
-1.3 travelling
2.3 treat
3.6 treat my
1.4 treat this
1.9 treats
1.9 treats applicants
-1.6 trial shift
1.8 tried
3.3 tried your
-1.2 trip
1.2 trouble
1.4 trouble you
1.7 trust the
1.7 trust this
1.4 trust you
3.3 trust you'll
-1.2 trustees
3.8 trusting
1.4 try again
-1.2 try to
-1.6 tuesday to
-1.3 turnaround
2.3 turned
2.8 turned down
1.4 turning
1.9 turning it
1.1 turns
-1.4 twelve years
-1.2 twenty years
1.2 twice
3.3 twice already
1.4 twice to
3.3 twice yesterday
2.7 two emails
1.6 two months
-1.1 two of
2.0 two offers
4.5 two other
1.4 two previous
-1.1 two years
3.3 unanswered
3.3 unanswered i
2.0 under a
3.3 under review
1.9 under three
-1.2 understand and
3.8 understand i
1.4 understand it
1.2 understand that
-1.4 understand the
-1.8 understand you
-1.4 understood
2.1 unless
2.3 unless i
2.5 unless you
1.9 unlike
2.1 unpaid
2.2 unpaid day
3.3 unpaid leave
3.3 until a
2.7 until i
1.9 until monday
-1.7 until the
1.4 up a
1.8 up again
1.4 up and
1.4 up at
1.2 up for
-1.2 up i'd
1.4 up my
2.2 up regarding
-1.4 up the
-1.7 up with
1.4 up your
3.8 update at
1.9 update in
3.8 update me
-1.2 update since
-1.3 updated timeline
3.2 urgent
3.6 urgent i
4.3 urgently
1.4 us and
-2.7 used
-1.7 used to
-2.4 useful
-1.3 useful and
-2.2 useful for
-1.3 useful to
-2.4 vacancies
-1.2 vacancies at
-1.4 valid
-1.3 valid until
-1.4 value
-1.6 value any
-1.8 valued
1.4 very concrete
1.4 very eager
-1.3 very glad
-1.2 very good
-2.3 very happy
3.6 very hard
-1.2 very helpful
-1.3 very interesting
-1.2 very pleased
3.6 very soon
-1.2 video
1.4 visa runs
-1.2 visit
-1.7 visit to
-1.2 visiting
3.1 voicemail
-1.2 volunteer
-1.2 volunteers
1.1 wait
1.9 wait in
3.3 wait long
3.3 wait past
-1.7 wait to
3.3 waited
3.1 waiting
3.6 waiting as
3.3 waiting for
3.6 waiting is
1.8 waiting on
4.1 waiting since
4.1 waiting to
-1.5 walk
4.1 want me
1.4 want the
-2.0 wanted you
1.9 wants to
-1.3 ward
-1.6 ward <n>
1.4 ward and
-1.6 was about
-1.2 was actually
1.1 was also
-1.2 was asked
1.9 was brought
-1.4 was genuinely
-1.5 was good
-1.4 was happy
-1.4 was hoping
-1.6 was in
-1.2 was kind
-1.4 was my
-1.3 was sorry
-2.4 was the
1.7 was told
-1.9 way i
4.6 way or
1.7 way so
1.4 way which
1.6 ways
1.9 ways to
2.5 we are
-1.2 we cross
2.2 we might
-1.2 we moved
-1.4 we talked
1.2 we'll
2.5 we'll be
-1.2 we're
-1.4 website
-2.2 wednesday about
3.6 wednesday at
-1.7 week about
2.0 week as
3.3 week because
-1.3 week for
1.1 week i
3.3 week it
3.8 week until
2.2 week without
3.6 week would
1.4 weekend
1.9 weekend to
-1.7 weekly
-1.4 weeks notice
1.2 weeks of
1.4 weeks so
1.4 weeks to
1.9 weigh
-1.5 welcome
-1.6 welcome a
-1.6 welcome any
1.4 welcome at
-1.8 welcome hearing
-1.6 welcome the
-1.7 well as
1.4 well i
2.0 well in
-1.2 well organised
-1.7 went from
-1.7 went to
-1.3 west
-1.2 what
-1.7 what i
-1.4 what i'd
3.3 what i'll
-1.7 what it's
-1.3 what the
-1.2 what we
-1.3 what you
1.9 what's
1.9 whatever your
4.1 whatsapp
3.3 whatsapp in
-1.2 when convenient
3.3 when deciding
-1.7 when i
-1.3 when it
-2.7 when you
-2.1 whenever
-1.2 whenever you
-1.8 where my
-1.2 where the
1.2 where things
1.4 whether anything
3.2 whether i'm
3.3 whether i've
1.9 whether something
-2.5 whether there
1.9 whether your
1.4 which i'll
1.9 which i've
1.7 which made
-1.6 which was
1.7 whichever
-1.4 while i'm
1.7 while since
-1.3 while the
2.7 while waiting
1.4 whiteboard session
-1.2 who can
-2.3 who has
-1.2 who have
1.4 who never
1.4 who would
-1.2 whole panel
3.3 will accept
1.9 will answer
2.5 will drop
3.3 will finally
3.6 will give
1.3 will have
1.6 will need
2.0 will understand
-1.4 winter
-2.6 wish
-2.5 wish the
-2.8 wish you
-1.6 wishing
-1.4 wishing you
1.7 with all
-1.4 with it
-1.4 with me
3.3 with never
1.1 with respect
1.6 with someone
2.1 with them
-1.7 withdraw from
1.6 withdrawing
1.3 within
1.4 within a
1.4 within five
1.7 within the
2.3 without a
1.4 without the
-1.4 won
1.6 won't be
1.8 wondering
1.9 wondering why
1.3 word
3.3 word is
-1.1 work and
-1.4 work in
1.4 work is
1.4 work to
-1.3 work together
1.4 work we
-1.2 worked
1.9 worked out
-1.7 worked with
1.6 working days
-1.3 worry about
2.2 worth it
-1.2 worth the
-1.2 would also
2.0 would appreciate
1.9 would at
-1.2 would bring
2.2 would hate
-1.5 would have
3.1 would hear
-1.3 would help
1.4 would hold
1.7 would make
2.7 would mean
-1.2 would most
2.2 would move
2.0 would rather
1.1 would really
1.9 would save
1.7 would simply
-1.8 would suit
1.1 would take
-1.3 would want
-2.0 would welcome
-1.4 would you
2.8 writing about
3.2 writing again
3.3 writing by
3.3 writing regarding
3.6 written to
3.3 yarn
-2.0 year i
-1.2 year so
-1.2 year's
-2.0 years
-1.4 years and
-1.8 years at
-1.2 years i
-1.7 years on
-1.7 years running
3.4 yes
4.9 yes or
3.6 yet received
-1.4 you about
3.3 you advertise
1.4 you after
-1.2 you all
-1.1 you and
-3.3 you asked
-1.4 you be
1.6 you before
3.1 you but
4.9 you by
1.3 you can
3.6 you come
1.6 you confirm
2.0 you could
2.0 you did
1.1 you do
-1.6 you ever
-1.7 you expect
1.1 you gave
2.5 you get
3.3 you haven't
-1.4 you hoped
-1.2 you informed
1.6 you is
1.4 you just
1.5 you let
-1.2 you made
-2.0 you might
3.8 you must
-1.7 you need
1.4 you next
2.2 you note
2.6 you on
2.3 you please
1.9 you promised
-1.3 you run
1.4 you saw
-1.3 you sent
-1.2 you should
1.6 you so
1.9 you take
1.1 you to
-1.7 you took
2.8 you understand
2.5 you want
-1.1 you were
1.2 you will
1.8 you won't
1.3 you would
-2.0 you'd like
1.8 you'll
2.2 you'll be
-1.2 you'll find
2.2 you'll have
3.3 you'll let
1.4 you'll think
3.6 you'll understand
3.8 you're not
1.4 you're planning
1.6 you've
3.8 you've decided
2.7 you've gone
1.4 you've had
1.9 you've just
3.3 you've lost
1.9 you've made
3.3 you've seen
2.6 your answer
3.6 your assistant
1.9 your busy
1.2 your call
-1.6 your candour
3.3 your chance
2.0 your colleague
2.5 your company's
3.6 your court
1.7 your decision
-1.2 your description
3.8 your desk
4.1 your earliest
-1.2 your explanation
1.4 your feedback
3.8 your final
-1.2 your honesty
1.4 your hospital
1.9 your hotel
2.0 your hr
2.2 your inbox
2.5 your interview
1.4 your kindness
-1.2 your mail
-2.3 your message
3.8 your mind
1.9 your mobile
-1.7 your new
-1.4 your note
2.2 your offer
2.1 your office
-1.2 your organisation
-1.2 your own
-1.7 your patience
-1.3 your planning
-1.4 your plans
-1.2 your question
-1.9 your records
-1.2 your recruitment
1.9 your regional
2.0 your reply
-1.6 your role
1.9 your second
-1.2 your shortlist
3.6 your silence
-1.7 your timing
-1.2 your website
-1.4 your work
-1.6 youth
""",
)
