"""The readings of tone, learned from tests/corpus/ by scripts/train_readings.py: do not edit."""

from checker.rules._reading import Reading

BLAME = Reading(
    17.6,
    """\
-2.0 <n> august
-1.1 <n> day
-1.5 <n> days
-2.3 <n> february
-1.3 <n> hours
-1.3 <n> in
-1.5 <n> july
-1.1 <n> june
-1.1 <n> m
-1.1 <n> million
-1.2 <n> nd
-1.9 <n> november
-1.5 <n> october
-1.7 <n> over
-1.5 <n> per
-1.3 <n> percent
1.1 <n> post
1.1 <n> s
-2.3 <n> september
-1.5 <n> st
-1.1 <n> students
-1.2 <n> th
-1.5 <n> to
1.1 a better
1.3 a big
1.5 a bit
-1.1 a board
2.4 a box
-1.7 a brief
4.2 a candidate
2.2 a certain
1.6 a chartered
-1.5 a close
1.4 a closer
2.2 a company
1.6 a container
3.0 a contractor
1.7 a conversation
-1.8 a copy
3.0 a countdown
3.6 a day's
-2.0 a deadline
-1.8 a decade
-1.1 a department
-1.3 a difficult
3.0 a fifty
1.1 a final
1.8 a form
3.8 a formality
1.6 a former
3.5 a forty
2.4 a four
3.0 a friendly
1.2 a full
1.6 a genuine
3.2 a hotel
1.3 a job
-1.1 a kind
-1.3 a level
1.9 a look
3.2 a man
1.3 a master's
-1.5 a message
3.0 a mid
3.9 a mistake
-1.9 a moment
-2.1 a more
4.0 a panel
3.2 a parking
3.6 a person
1.5 a phone
2.3 a pity
1.6 a place
3.2 a polite
-2.6 a position
3.9 a presentation
-1.5 a problem
-1.8 a project
2.0 a proper
-1.3 a quick
-1.3 a really
1.6 a recent
-1.1 a regional
1.9 a request
1.1 a response
-1.3 a restful
-1.1 a ring
-1.9 a rough
-1.1 a row
1.6 a sales
3.0 a saturday
1.1 a school
1.8 a shame
-1.3 a shared
-3.3 a similar
1.8 a site
3.6 a strange
1.1 a strong
1.7 a surprise
1.6 a system
4.0 a take
3.0 a templated
1.4 a test
-1.1 a thoughtful
1.3 a three
1.1 a time
-1.1 a treat
-1.3 a trial
2.8 a two
1.6 a university
-1.1 a vague
-1.1 a verbal
1.6 a view
-1.3 a voicemail
4.1 a waste
1.1 a way
3.0 a weekend
1.9 a word
1.6 aberdeen
1.1 ability
3.0 about an
1.9 about any
3.0 about culture
-1.1 about four
1.7 about future
1.1 about his
1.3 about me
-1.3 about moving
1.5 about other
-1.8 about three
2.2 about twenty
3.2 about whether
1.4 above the
1.6 absolutely
1.6 absurd
1.1 abuja
1.6 accent
1.1 accent came
1.6 accept that
1.6 accept the
-1.5 accept theirs
-1.5 accepted another
1.6 accepted the
-1.3 access
-1.5 account director
-1.1 account i
-1.9 account manager
-1.7 account of
-1.5 accountant role
1.1 accounts and
-1.1 accounts payable
-1.1 accounts that
-1.3 acquisition
1.3 across the
1.1 act
3.0 acting
1.9 acting in
3.0 acting manager
-1.1 action
3.2 actual
1.5 actually
3.0 actually involved
1.6 actually opened
-1.1 actuarial
1.9 ad
-1.3 add one
1.1 address
1.4 addressed
3.0 addressed to
1.1 adeyemi
1.6 admire
1.1 admit
1.3 admit i
1.5 admit it
2.5 admit the
1.1 advance
2.7 advert
3.0 advert asked
3.0 advert never
1.6 advert was
1.7 advertised
1.6 advertised again
3.0 advertised this
2.8 advertisement
3.2 advertising
1.6 advice on
1.6 afraid
1.5 after a
1.6 after an
1.4 after four
-1.3 after hearing
1.3 after i
1.6 after last
-1.7 after that
1.1 after the
-1.3 after thinking
2.9 after three
1.6 after tuesday
2.8 after two
1.6 afternoon was
-1.1 again about
2.4 again as
1.1 again at
-1.1 again soon
-1.1 again that
-1.8 again to
-1.1 again tomorrow
2.0 against
4.0 against me
3.0 against you
1.6 age
-1.1 agencies
1.6 agency's
-1.3 agent
-1.3 ago and
3.0 ago i'm
1.6 agree on
-1.3 agreed to
-1.1 agreeing
-2.7 ahead
-2.1 ahead of
-1.8 aid
-1.1 alarm
3.5 all along
-1.5 all and
1.6 all day
3.5 all due
-1.1 all four
-2.1 all is
-1.3 all possible
-1.3 all right
1.1 all the
1.4 all three
-1.1 all's
-1.1 all's well
1.9 allowed
-1.8 alone
1.6 alongside your
1.6 already been
1.4 already in
2.2 already knew
-1.1 already started
-1.3 also appreciated
1.1 also asked
-1.5 also be
1.1 also like
3.0 although i'd
-1.3 although i'm
1.2 always
2.6 always going
-1.1 am asking
-1.3 am available
-2.2 am confident
-1.6 am disappointed
-1.8 am keen
2.1 am not
-1.5 am now
-1.7 am sad
-1.1 am sorry
-1.1 am thankful
-2.5 am the
-2.7 am very
-1.8 among the
1.9 amount
3.0 amount of
1.6 an applicant
1.6 an asset
1.6 an assistant
3.0 an automated
2.4 an employer
2.4 an explanation
3.0 an honest
2.4 an hour
1.3 an interesting
2.2 an internal
3.2 an interviewer
3.2 an odd
-1.5 an updated
-1.7 analysis
-1.1 analyst interview
1.1 analyst opening
-1.9 and <n>
1.2 and a
-1.8 and about
-1.7 and accept
1.6 and after
-1.1 and aisha
1.1 and an
1.6 and apologies
-1.1 and ask
1.1 and at
1.1 and came
-2.6 and consideration
1.6 and data
1.6 and frankly
2.4 and good
1.6 and got
3.5 and had
-1.4 and happy
-2.2 and have
-1.1 and help
-1.3 and i've
-1.1 and is
-1.5 and kind
-1.7 and learned
1.1 and left
-1.5 and let
-1.5 and look
1.1 and more
-1.3 and mr
-1.1 and mrs
1.6 and never
3.0 and nobody
1.2 and not
1.6 and now
-2.0 and one
2.2 and only
-1.7 and our
-1.3 and over
1.6 and partly
3.0 and perhaps
-1.3 and ready
-1.5 and really
1.1 and request
1.1 and saved
-1.1 and say
-1.7 and seeing
3.0 and spent
-1.9 and that's
2.3 and then
-2.4 and they've
-1.5 and this
-1.1 and thought
1.9 and two
2.2 and was
1.8 and wish
-1.3 and withdraw
-1.1 animal
1.6 announced
-1.1 another agency
1.9 another applicant
1.6 another bank
-1.6 another company
-1.5 another employer
1.6 another look
-1.7 another organisation
-1.1 another practice
-1.3 another role
-1.1 another studio
-1.3 another year
-2.0 answer any
-3.5 answer by
1.6 answer for
1.1 answer i
-1.3 answer is
1.6 answer questions
-1.3 answer within
1.8 answering
1.3 answers
3.0 answers short
2.2 answers to
-1.1 any comments
-1.3 any documents
3.0 any explanation
-1.7 any feedback
-1.8 any further
1.1 any future
-1.1 any inconvenience
-1.1 any indication
-1.1 any information
1.1 any part
-1.8 any pointers
3.2 any real
-1.1 any thoughts
-1.8 any time
1.5 anyone
3.0 anyone could
1.6 anyone in
2.2 anyone on
3.0 anyone to
3.2 anyone who
-1.1 anything by
-1.1 anything from
-3.2 anything further
1.3 anything i
-1.9 anything similar
-1.1 anything suitable
2.0 anyway
3.2 anyway i
1.1 anywhere
1.6 apart from
-1.3 apologise
1.1 apology
-1.1 appeals to
1.6 appeared
1.7 applicant
3.0 applicant was
1.7 applicants
1.3 application and
1.6 application i
-1.5 application stronger
1.4 application to
3.5 application was
1.9 applied
1.6 applied for
1.6 applied to
-1.5 applying for
1.1 appointments
1.9 appreciate an
-1.3 appreciate any
2.4 appreciate being
1.1 appreciate knowing
-2.8 appreciated how
-1.3 appreciated learning
1.6 appreciated meeting
-1.8 appreciated that
-1.7 appreciated your
-1.3 apprentice
-1.3 apprentices
-1.6 apprenticeship
1.4 approval
1.9 aptitude
-1.1 arbitration
-1.1 architect role
-1.1 architects
1.1 are already
3.2 are busy
-1.1 are doing
1.6 are from
-1.8 are going
-1.3 are in
-2.1 are keeping
-1.1 are meeting
-1.5 are needed
-1.3 are no
1.5 are not
1.9 are on
-1.7 are required
1.6 are used
1.1 aren't
1.4 argue
3.0 argue with
-1.1 around
-1.8 around <n>
-1.3 arrange
1.4 arranging the
1.6 arrived
3.6 arrived at
1.9 arrives
-1.1 arts
3.0 as agreed
3.0 as hybrid
-1.3 as i've
1.6 as if
-1.1 as long
3.0 as mr
-1.7 as my
1.6 as one
3.0 as open
1.1 as quickly
-1.1 as references
1.1 as requested
-1.7 as soon
-1.1 as sous
1.9 as they
1.5 as though
-1.2 as you
2.0 aside
3.2 aside i
2.4 ask because
1.1 ask for
1.1 ask me
1.6 ask only
1.3 ask you
3.0 asked before
3.2 asked of
-1.1 asked them
1.3 asked to
-1.5 asked what
1.1 asking for
-1.8 asking you
3.0 assess
3.2 assessed
1.2 assessment
1.6 assessment centre
1.1 assessment day
1.1 assessment for
1.6 assessment was
2.4 assessors
1.9 asset
-1.1 assignment
1.6 assistant store
-1.1 associate credit
1.1 associate role
-1.9 association
1.2 assume
3.2 assume nobody
1.9 assume the
1.6 assuming
2.4 assured
2.2 assured me
-1.1 at al
-1.7 at another
-1.3 at any
1.6 at coastline
-1.1 at crestline
-1.5 at every
3.0 at fifty
1.6 at harrowgate
2.1 at least
-1.1 at lunch
1.6 at me
-1.1 at meridian
-1.1 at once
-1.1 at present
1.6 at saigon
-1.5 at short
-1.3 at st
2.2 attached my
-2.5 attached the
1.1 attached to
1.1 attend
1.1 attend the
1.1 attention
1.1 attention of
3.0 attitude
-1.1 audit
-1.1 auditor
-1.1 auditor role
-1.7 august
3.0 auto
1.7 automated
-1.9 automation
-1.4 available
-2.0 available for
-1.3 available to
-1.3 average
-1.9 award
-2.0 awards
-1.5 away from
-1.3 away more
-1.1 awkward
-1.7 back and
3.0 back as
1.1 back i
-1.1 back on
1.1 back up
-1.1 back when
-2.6 backlog
-1.1 backlog and
1.9 backup
-1.3 bakery
1.1 bank and
-1.1 barista
-2.3 base
1.6 basic
2.4 basis
-1.1 batches
-1.1 be appreciated
4.0 be asked
-1.1 be at
1.1 be bringing
3.5 be curious
-1.1 be delighted
3.0 be expected
3.0 be filled
-1.1 be free
-1.8 be getting
1.6 be good
-1.1 be helpful
1.3 be honest
-1.7 be honoured
2.4 be interested
-1.1 be interviewed
-1.8 be joining
1.1 be kept
3.2 be marked
-1.1 be more
-1.3 be most
-1.7 be moving
-1.3 be much
3.2 be nice
-1.3 be on
-1.7 be part
-1.1 be possible
-1.7 be really
3.0 be recommending
3.0 be taken
1.1 be that
-1.1 be thinking
-1.1 be this
2.4 be told
-1.8 be transparent
3.0 be turned
-1.1 be upfront
-1.7 be useful
-2.4 be very
-1.9 be willing
2.4 be worth
1.1 bear
1.9 became
-1.3 because my
1.6 because the
1.6 because you
1.6 because your
-1.5 been about
1.6 been acting
2.4 been filled
3.0 been given
2.2 been good
1.1 been invited
1.4 been kind
3.2 been kinder
1.4 been made
3.0 been moved
-2.3 been offered
-1.1 been reading
3.0 been sent
1.6 been set
1.1 been shortlisted
1.6 been talking
-1.6 been thinking
1.6 been three
1.5 been told
3.0 before a
3.2 before anyone
-1.1 before changing
1.3 before i
1.6 before it
1.2 before my
-1.3 before that
1.4 before the
-3.0 before then
1.1 before they
1.5 before we
-1.3 before you
2.9 beforehand
3.0 beforehand was
3.2 began
-1.3 begin
1.8 beginning
1.9 beginning to
-1.3 behind the
3.6 being asked
1.6 being kept
-2.1 being open
1.6 being part
1.4 being straight
3.0 being straightforward
-1.3 being the
3.2 being told
1.1 believe
1.6 believe it
1.1 believe my
3.0 believe she
1.3 believe that
2.4 believe the
1.1 believe this
1.6 believe your
1.9 below the
-1.1 bench
1.1 beneath
1.6 benefit
-1.1 bengaluru
1.1 berth
2.8 best of
-2.0 better for
3.0 better from
-1.1 better prepared
3.2 biased
3.0 big four
-1.1 biggest
-1.1 bilingual
1.1 billing
3.2 bit more
3.2 bit rich
3.0 bitter
-1.5 block
-1.3 blocks
-1.8 blow
-1.5 blow my
1.6 board every
-2.0 book
1.1 booked
1.6 booked for
-1.5 booking
-1.1 bookkeeper
3.0 booklet
-1.1 border
1.9 boss
3.2 both a
3.0 both have
1.4 both know
3.0 bothered
3.0 bothered to
1.1 bottom
1.1 bottom of
1.8 box
3.0 box ticking
3.2 branch was
-1.5 branches
1.6 break to
-1.1 breakfast
-1.3 brennan
-1.1 brewery
1.3 brief
1.6 brief was
-1.7 briefly
1.6 brightpath
-1.1 brilliant
-2.1 bring
-3.1 bring that
-2.2 bring the
-1.5 bring to
1.6 bringing the
-1.5 build
-1.1 building
-1.1 built for
3.0 burned
-1.7 business analyst
1.9 busy day
-1.1 busy week
1.4 but a
1.1 but i've
1.3 but it
-1.5 but please
1.1 but that
1.9 but there
1.8 but you
2.0 but your
1.1 buyer
1.9 buyer role
-1.3 by <n>
1.8 by a
-1.1 by about
-1.1 by close
1.3 by how
-2.2 by monday
-1.1 by my
-2.1 by next
1.1 by phone
-1.1 by roughly
3.5 by someone
-1.7 by then
-1.5 by this
-2.3 by thursday
-1.3 by wednesday
1.7 by your
-1.1 caf
-1.1 cafe
-1.5 calder
2.0 call and
1.6 call i
-1.1 call that
1.1 call the
1.8 call to
3.5 call was
3.2 call with
2.5 call would
1.1 call yesterday
1.1 called the
1.6 called twice
-1.1 calling rather
-1.9 calm
1.4 came back
1.1 came up
-1.9 campaigns
-1.3 campus visit
3.0 can answer
1.1 can be
-1.1 can bring
1.5 can do
1.6 can ever
-1.1 can get
3.0 can hardly
-1.1 can help
1.1 can imagine
-1.5 can move
-1.1 can offer
2.6 can only
-1.1 can plan
-1.9 can provide
-1.8 can say
-2.8 can send
-1.3 can speak
-1.5 can start
1.3 can stay
-1.8 can work
3.5 can't help
-1.5 can't keep
2.2 can't see
1.1 cancel
2.2 cancelled
1.4 candidacy
2.0 candidate
3.0 candidate asked
3.0 candidate before
1.6 candidate can
4.3 candidate experience
1.9 candidate had
1.6 candidate in
1.9 candidate is
1.1 candidate with
1.6 candidate would
2.0 candidates
3.0 candidates are
3.2 candidates deserve
1.1 candidates for
3.0 candidates i
1.6 candidates know
2.4 candidates who
1.1 candidates would
-2.0 candour
-1.7 candour about
-1.8 cardiac
1.1 cardiology
1.1 care home
-1.7 care you
3.0 career break
-1.3 carries
-1.1 case a
-1.1 case i
-1.3 case it's
1.1 case presentation
-1.1 case that's
-1.1 case the
-1.1 case they
1.8 catch
-1.7 cent
-1.3 center
1.3 centre and
-1.1 centre in
-1.1 centres
-1.7 certain that
-1.9 challenge
-1.7 challenges
-1.3 changing
-1.1 changing anything
1.6 chartered accountant
1.1 chase
-1.7 chat on
-1.7 chat this
1.6 chat today
-1.1 check email
-1.5 check in
-1.8 check whether
-1.1 checking my
1.1 checking whether
-1.1 checkout redesign
1.4 children
-1.5 children's
1.4 chin
-2.2 choice and
-1.1 choice but
-2.2 choice so
3.2 choose but
1.4 choosing
1.2 chose
1.6 chose the
1.3 chosen
-1.5 christmas
-2.1 churn
-1.7 claims
1.1 clarify
1.6 clarity
-1.1 cleaner
-1.3 clear about
1.9 clear from
-1.8 clear picture
1.1 clerk
1.1 clerk post
-1.1 clever
1.6 clinic is
-1.1 clinical educator
-1.7 clinical research
1.6 clinical trials
2.4 clock
-1.1 close of
1.4 closely the
-1.1 closer to
-1.8 cloud
1.6 co op
-1.3 coaching
1.6 coastline
1.5 code
1.3 coding
3.0 coding test
-1.1 coffee and
-1.1 cold chain
1.5 colleague
-1.1 come in
1.1 come to
-1.1 comfortable
-1.1 commissioning
-1.1 committee has
1.6 committee will
1.1 communicated
1.1 communicated to
3.2 communication
3.0 company doesn't
-2.0 company i
-1.1 company in
-1.1 company is
3.0 company that
3.0 competencies
1.1 competitors
-2.0 complete sense
-1.1 completed my
-1.8 completely
-1.1 completely fine
-2.2 completely understand
1.8 conclude
1.9 concluded
1.9 conditions
3.2 conduct
-1.9 conference
-1.3 confidence
-2.3 confident i
-1.3 confident that
1.1 confident the
1.6 confirm it
1.4 confirm the
3.2 confirm which
-1.5 confirmed that
1.7 confirming
1.6 confirming that
3.0 confirming the
1.6 confirms
-1.1 conflict
4.0 confused
1.6 confusion
1.9 congratulations on
-1.5 conservation
-1.3 consideration
1.6 considering my
1.9 construction
1.6 consultancies
-1.3 consultancy
-1.1 consultation
-1.1 consumer
-1.1 contact me
1.6 contacted
1.9 container
3.0 container terminal
-1.1 content strategist
-1.1 context
-1.1 continue the
-1.1 continue to
-1.3 contracts
-1.1 contribute
-1.3 contribute to
-1.1 controller position
-1.5 controller role
-1.3 conversation about
1.6 conversation i
-3.1 conversation on
-2.0 conversation this
1.6 conversation was
3.2 convinced the
-1.1 coordinated
-1.1 coordinator interview
1.3 copied
-1.3 copy
-1.3 copy of
-2.0 copywriter
-1.7 copywriter role
-1.3 core
1.6 corner
-1.3 corporate
1.6 corvid
1.4 cost
1.6 cost me
1.9 could both
1.9 could confirm
1.5 could have
-1.5 could keep
1.8 could not
1.1 could offer
1.6 could run
-2.1 could start
1.7 couldn't
1.8 couldn't help
2.1 count
3.9 count against
1.9 count for
3.0 countdown
2.4 counted
3.0 counted for
-1.5 counterbalance
1.1 countries
-1.5 country
1.1 counts for
-2.4 course i
-1.3 course on
3.2 courted
3.2 courteous
1.6 courtesy
1.5 courtesy of
1.1 covered
1.6 covering
1.3 covers
-1.3 crestline
1.1 crew on
1.3 criteria
3.6 criterion
3.5 criterion in
2.0 culture
1.9 cup
1.6 curiosity
2.5 curious
3.5 curious to
-2.0 current
-2.1 current company
-1.3 current contract
-2.4 current employer
-1.5 current job
-1.8 current role
-1.1 current school
-1.1 current until
-1.1 customer satisfaction
-1.8 customers
-1.1 customs compliance
1.6 cut off
3.0 cut to
1.6 cutting
1.3 cv
1.1 cv and
3.6 cv before
-1.1 cv on
1.9 dairy
3.0 data engineering
1.6 data platform
-1.1 data scientist
1.1 database
-1.1 date has
1.4 daventry
1.4 day and
1.1 day but
2.2 day off
-1.3 day to
2.2 day was
3.6 day's
3.5 day's leave
1.6 days and
1.9 days before
2.2 days of
1.4 days so
-1.8 days to
-1.1 deadline
1.1 deadline and
-1.8 deadline of
1.9 deal of
-1.8 dear ms
3.0 dear priya
1.9 debrief
-1.8 decade
-1.8 december
-1.1 decide
-2.0 decide by
1.6 decide whether
3.2 decided before
-1.1 decision about
1.6 decision as
-1.3 decision before
3.0 decision but
-1.8 decision by
2.4 decision had
1.1 decision i
-1.3 decision might
3.5 decision though
1.8 decision to
2.0 decision was
-1.5 decision within
1.6 deepa
1.6 degree
3.2 degree and
1.1 degree in
3.0 degree was
-1.3 delighted
-1.3 delighted to
-2.0 delivered
-1.1 demand
-1.1 dental
-1.3 depots
1.6 deputy stage
1.1 describe
-2.1 described is
1.9 described to
3.0 describing
3.0 describing the
1.1 description
-2.0 description of
3.8 deserve
3.2 deserve to
-1.7 design engineer
1.6 design round
1.9 designed
1.4 details for
-1.5 details on
-1.7 diary
1.7 did
1.6 did arrive
-1.5 did at
2.4 did enjoy
3.6 did feel
3.2 did get
1.6 did my
3.8 did notice
3.6 did want
3.8 did wonder
1.6 didn't mention
-1.9 didn't want
1.1 didn't work
3.0 different role
4.2 differently
3.2 differently but
1.6 difficult
4.2 difficult to
-1.8 digital
-1.8 dinner
1.6 directions
-1.8 director of
1.6 director on
-2.4 director role
-1.9 disappointed as
-1.4 disappointed but
-2.2 disappointed i
-1.1 disappointing news
-1.3 discharge
-1.1 discussed
-1.3 discussed and
-1.1 discussed i
-2.2 discussed on
1.6 discussed which
-1.7 discussing the
-1.3 discussion about
-1.5 discussion on
-1.7 discussion with
1.1 dispensary
1.6 dispensing
-1.3 dissertation
-1.3 distributor
1.9 do and
3.8 do appreciate
3.0 do hope
1.6 do if
1.6 do in
-1.3 do it
1.9 do much
-1.1 do my
3.0 do pass
2.5 do still
-1.5 do that
2.3 do think
2.4 do with
3.5 do wonder
-1.8 documentation
-1.4 documents
-2.2 documents are
2.0 does
3.0 does feel
3.0 does make
1.9 does not
3.0 doesn't really
-1.1 doing and
-1.2 doing well
2.0 don't believe
-1.7 don't hear
-1.1 don't want
1.1 double
1.6 doubt anyone
-1.5 doubt many
1.9 down by
2.1 down for
-1.5 down from
1.4 down on
1.4 down the
1.6 doyle's
1.6 draw
1.1 driving
-1.1 dropped from
1.8 drove
-1.1 due by
-1.1 due on
2.4 due respect
1.6 due to
1.1 during service
-1.3 e
1.9 each other
1.1 each other's
1.1 each question
1.4 each stage
1.1 each time
-2.1 eager
-2.1 eager to
3.0 earlier conversation
-1.9 earliest
-1.8 early
-1.1 early and
3.2 earmarked
3.0 earmarked for
1.6 earned
-1.9 easier
-1.9 easier to
-1.1 easiest
1.1 edge
-1.3 educator
1.1 effect
1.1 effort
1.1 eight years
1.6 either of
-1.1 electrician
3.0 eleven hours
1.6 eleven minutes
1.1 else and
-1.9 else i
3.0 else opens
-1.1 elsewhere and
3.2 elsewhere from
1.8 email about
3.2 email after
-1.1 email every
-1.1 email finds
-1.1 email i
-1.1 email is
2.5 email regarding
3.2 email says
1.9 email that
1.1 emails
-2.1 emergency
-1.1 employees
-1.7 employer has
3.2 employer that
1.1 empty
3.2 end is
1.6 end up
-1.8 ends on
-1.1 engaging
1.9 engineering and
1.1 engineering manager
1.1 engineering roles
1.2 english
1.6 english translator
-1.1 enjoy helping
3.9 enjoy meeting
1.1 enjoy the
-1.1 enjoy working
-2.1 enjoyable
-1.8 enjoyed it
-1.2 enjoyed learning
-1.1 enjoyed our
1.6 enough to
-1.1 enquire
-1.1 enterprise
1.1 entry
1.9 entry level
-1.9 environmental
1.6 equally
3.0 equivalent
-1.6 especially
-1.5 especially after
-1.3 especially on
-1.3 especially the
-1.1 especially your
3.8 essential
3.2 essential criterion
-1.2 even a
1.6 even if
-1.2 even keener
-1.7 even more
-2.0 even though
-1.7 even with
1.8 evenings
-1.1 ever need
1.6 every candidate
3.0 every company
-1.8 every day
3.2 every essential
-1.5 every evening
3.5 every question
-1.5 every week
1.9 everyone else
1.1 everyone i
1.1 everything
2.2 everything i
1.6 everything in
3.5 evidently
1.1 ewm
1.9 exactly how
-1.3 exactly where
-2.6 exam
-1.5 exam last
-2.1 example
-1.1 examples i
-1.3 exams
-1.1 excel
-1.5 excited
-1.4 excited about
3.0 exercise felt
1.1 exercises
3.0 exists
1.5 expect a
-1.1 expect the
-2.6 expect to
-1.1 expected and
1.6 expected at
3.0 expected better
1.1 expecting
1.6 expecting to
3.0 experience counts
2.5 experience of
1.6 experience on
-1.1 experience or
3.2 experience than
-1.1 experience would
-1.1 expired
1.1 explain
1.1 explain how
1.6 explain my
-1.1 explained the
3.0 explains
-1.1 explanation of
1.8 exposure
-1.1 extend
2.5 external
3.0 external applicants
-1.1 extra
1.6 facebook
-1.1 facing
-1.1 fact that
-1.1 failures
1.9 fair amount
-1.7 fair and
-1.3 fair bit
1.1 fair test
1.6 fairer
1.6 fairer to
1.6 fairly obvious
-2.2 fairness
-1.5 fairness that
-1.3 fairness to
3.5 faith
-1.1 falls
-1.3 family is
-1.1 far easier
1.6 far more
1.1 farm
1.1 farm manager
-1.1 farmer
-1.1 farmers
-1.1 farms
-1.7 fascinating
2.2 fault
-1.7 features
1.4 feedback call
1.4 feedback from
1.1 feedback i
3.0 feedback it's
-1.2 feedback on
3.0 feedback within
1.1 feel a
3.0 feel i
2.2 feel like
-1.7 feel obliged
2.7 feel the
-2.2 feel very
1.1 feeling
1.1 feeling the
-1.1 feelings at
1.6 fellow
1.6 fellow post
1.5 felt
1.9 felt a
3.0 felt as
1.9 felt like
1.9 felt more
1.1 felt the
-2.8 few minutes
-1.1 few months
1.1 few of
-1.1 few weeks
-1.1 field agronomist
-1.1 field and
1.6 field was
-1.1 fieldwork
2.5 fifteen minutes
2.1 fifty
3.5 fifty three
1.2 figure
2.2 figure i
3.0 figure in
2.2 filled
2.5 filling
3.2 filling the
1.1 final decision
2.1 finally
-1.2 finance
1.1 finance assistant
-2.0 finance director
-1.1 finance function
1.1 financial analyst
1.1 find
-1.5 find another
2.1 find it
1.1 find me
2.7 find out
1.6 find someone
1.1 find the
1.7 finding
3.0 finding it
3.2 finding someone
1.6 finding the
-1.3 findings
-2.2 finds you
-1.7 finishing
-1.1 finishing my
-1.5 firm in
-1.1 firm's
-1.5 first aid
1.6 first and
-3.3 first choice
1.6 first class
2.2 first five
-1.3 first in
1.1 first interview
1.6 first line
-1.3 first month
-1.5 first of
1.4 first round
-1.1 first season
3.2 first ten
1.6 first time
-1.1 first week
-2.4 first year
-1.1 fit around
1.4 fit in
3.0 fit which
1.6 five days
2.7 five minutes
1.6 five stages
2.4 five weeks
-1.9 fix
-1.3 flat
-1.1 fleet planning
-2.2 flexible
1.3 flow
-1.5 follow the
1.5 followed
3.2 followed by
1.6 followed up
-1.3 following our
-1.9 following the
1.1 follows
-1.1 food bank
-1.7 for <n>
-1.7 for any
-1.1 for as
1.4 for assistant
1.4 for at
1.1 for both
-1.3 for but
3.2 for confirming
1.9 for eleven
-1.1 for every
-1.1 for everyone
3.2 for finally
1.1 for five
-1.1 for friday's
1.6 for getting
-1.1 for giving
1.2 for informing
-2.2 for interviewing
-1.3 for last
-1.3 for lunch
-1.1 for making
2.4 for more
1.7 for most
-1.8 for next
2.0 for nothing
2.2 for other
-1.7 for our
3.0 for reasons
-1.1 for receiving
1.9 for running
1.4 for sending
1.4 for similar
1.4 for six
1.9 for so
1.1 for something
1.2 for that
-1.1 for their
-2.2 for today
2.4 for twenty
-1.1 for understanding
2.3 forgive
3.6 forgive me
1.6 forgive the
-1.5 forgot
-1.5 forgot to
-1.3 forklift licence
2.4 form letter
3.8 formality
1.9 formally
-1.5 format
3.2 formed
1.7 forty
3.5 forty minute
3.2 forty minutes
1.9 forward and
3.0 found it
3.0 found out
3.0 four firm
3.2 four hour
1.1 four hours
1.6 four hundred
2.5 four rounds
3.6 four times
-2.3 four weeks
1.2 fourteen
2.4 fourteen years
1.2 fourth
3.0 fourth round
1.6 fourth time
-1.1 frank discussion
1.9 frankly
1.5 frankly i
1.6 frankly nobody
1.1 frankly the
-1.5 frankness about
1.1 freeze
-2.2 friday <n>
-1.8 friday so
-2.3 friday the
1.4 friendly
-2.0 from <n>
1.4 from a
-1.8 from about
2.4 from an
-1.8 from another
-1.1 from it
-1.3 from last
-2.1 from me
2.4 from outside
1.6 from pune
1.6 from someone
1.1 from this
-1.7 from two
2.4 from what
1.9 from where
1.5 from your
1.1 front desk
1.1 front of
3.0 froze twice
3.0 frozen
1.4 fuel
1.4 full attention
-1.1 full picture
3.0 full time
3.0 full weekend
-1.1 fully accept
-1.3 fully respect
-1.3 function
1.4 funding
-1.2 further
-1.1 further details
-2.6 further documents
-1.8 further information
-1.9 further you
3.8 future candidates
-1.3 future i
3.0 future it
-1.3 future opportunities
1.1 future positions
3.0 future rounds
1.4 future vacancies
-1.1 gallery
1.6 galway
1.1 game
-1.1 gap in
1.1 gap was
1.6 gather
3.0 gather i
-1.7 gave a
-1.1 gave of
-1.3 gave the
3.0 gave up
-1.1 generalist
-1.9 generous
-1.1 generous with
1.6 gently
1.4 gently point
3.0 gently say
2.4 gently suggest
1.8 genuine
-2.1 genuinely excited
1.4 genuinely like
-1.1 geologist
1.3 get a
-1.8 get back
1.2 get the
1.7 getting back
-1.3 give a
-1.1 give it
-1.4 give me
1.3 given
3.0 given a
1.1 given how
3.0 given it
1.3 given that
1.2 given the
-1.3 giving me
1.9 glad someone
1.6 glass
3.6 glassdoor
3.2 glassdoor so
-1.5 go and
-1.1 go another
2.4 go over
1.1 go to
-1.1 goes smoothly
1.6 goes to
1.6 going in
-1.5 going smoothly
1.4 going through
1.7 going to
-1.1 gold
1.6 gone better
1.4 good afternoon
3.0 good faith
2.2 good luck
-1.5 good morning
-2.0 good news
1.6 good part
-1.9 good start
1.1 good summer
-1.5 good week
-1.1 good weekend
1.1 got a
1.9 got it
1.4 got to
-1.1 government
1.1 governors
1.9 gracious
3.0 gracious about
-1.5 graduate students
-1.1 graduated
1.1 graduates
-1.1 grants
-1.5 grants officer
1.1 great surprise
-2.2 great to
-1.1 greetings and
-1.7 grew
1.6 group exercise
-1.1 group's
-1.3 groups
-1.1 growing
1.6 guard
-1.1 guests
-1.1 guide
-1.1 gulf
1.1 habit of
2.4 had already
3.6 had anyone
1.6 had asked
-1.1 had attended
2.5 had been
1.9 had clearly
1.6 had hoped
3.0 had i
1.1 had in
3.2 had made
1.6 had me
1.6 had more
1.7 had not
1.6 had prepared
3.0 had rather
-1.5 had really
1.1 had seen
1.1 had that
1.1 had the
3.0 had their
1.1 had two
1.3 hadn't
3.0 hadn't come
-1.3 halcyon
1.6 hale
3.2 half an
1.6 half as
1.4 half of
1.6 half your
2.2 halfway
1.9 halfway through
-1.1 hand and
-1.9 handle
-1.1 handle a
-1.5 handling
-1.1 handovers
1.4 hands on
-1.1 happens
1.6 hard
1.8 hard for
4.3 hard not
1.8 hard to
-1.5 hardest
-1.1 hardest part
4.0 hardly
3.0 hardly seems
3.0 harlow freight
1.6 harrowgate
-1.3 has actually
1.4 has already
-1.9 has asked
-1.1 has finished
-1.1 has managed
-1.5 has moved
2.2 has never
1.1 has now
-1.9 has offered
-1.1 has passed
1.1 has reached
1.1 has run
-1.3 has said
3.0 has shown
-1.1 has stayed
-1.1 has worked
-2.0 hasn't
-1.1 hasn't changed
1.2 hate for
1.9 haul
1.1 haulage
-1.5 have already
-1.1 have also
-1.3 have an
3.0 have appreciated
-1.3 have built
-1.3 have come
3.0 have expected
1.3 have gone
-1.1 have got
-1.7 have had
1.4 have heard
3.5 have helped
3.2 have let
2.2 have liked
-1.3 have my
-1.1 have never
-1.5 have no
4.3 have preferred
1.9 have prepared
1.8 have read
-1.6 have received
1.1 have sat
3.9 have saved
1.9 have seen
-1.5 have since
-1.1 have stayed
-1.1 have them
1.5 have to
-1.1 have trained
-1.1 have turned
-1.5 have your
-1.4 haven't
-1.1 haven't had
-1.1 having a
1.9 having now
1.6 having slept
1.4 he
1.4 he had
1.6 he was
1.6 he'd
-1.1 head chef
1.4 head office
-1.3 heading
-1.7 heads up
1.6 heaps
1.6 heaps for
1.6 hear a
-1.3 hear good
1.1 hear more
2.3 hear of
-1.1 hear than
1.2 hear the
-1.3 heard by
1.9 heard it
3.6 heard that
-1.3 hearing how
-1.7 hearing that
-1.1 hearing the
-1.3 held on
-1.1 helen
-1.1 help i'm
-1.1 help me
2.0 help noticing
3.0 help wondering
1.4 helpdesk
-1.7 helpful for
-1.1 helping the
-1.3 helps me
2.0 her
-1.3 here's
-1.1 heritage
1.6 hesitant
-1.1 hesitate
-1.1 hesitate to
-2.0 highest
-1.1 highest in
1.1 hire
3.0 hire and
1.1 hire for
-1.1 hire settles
1.5 hiring
2.5 hiring manager
1.6 hiring process
1.6 hiring team
1.8 his
1.6 his own
4.0 his phone
-1.9 hold a
1.3 hold the
-1.7 holidays
-1.1 hollis
2.1 home task
1.6 honest i'm
1.7 honest that
1.1 honest the
1.1 honest with
1.6 honestly a
-1.1 honestly but
1.1 honestly i
1.3 honestly the
-1.9 honesty about
-1.8 honoured
-1.5 honoured to
-2.0 hope all
-1.1 hope all's
3.0 hope my
-1.9 hope things
3.5 hope whoever
-1.8 hope you're
-1.2 hope your
1.6 hoped the
-1.9 hoped to
-1.1 hopeful
-2.6 hoping to
1.9 hotel is
2.1 hour
3.0 hour in
1.6 hour with
-1.1 hours on
-1.3 housing association
1.6 housing officer
3.0 how a
-1.1 how busy
-1.1 how candid
3.2 how candidates
-1.3 how clearly
1.8 how closely
1.1 how it
2.0 how long
1.6 how often
-1.9 how openly
1.6 how positive
1.4 how that
1.9 how they
2.4 how this
-1.7 how we
1.3 however
1.2 hr
3.0 hr manager
2.3 hr team
1.9 human
1.6 humbly request
-1.8 hurry
1.4 husband
1.3 hybrid
-1.1 hyderabad
1.9 i accept
1.9 i actually
1.1 i admit
-1.3 i already
1.3 i applied
-1.1 i apply
2.1 i ask
1.4 i asked
2.5 i assume
-1.1 i brought
3.0 i burned
1.9 i called
-1.1 i came
-1.3 i completely
1.9 i confess
-1.1 i coordinated
1.8 i couldn't
-1.1 i described
1.8 i did
1.7 i do
3.0 i drove
-1.1 i enjoy
1.5 i feel
1.6 i fell
2.4 i find
-1.9 i finished
-1.5 i forgot
-2.0 i fully
2.2 i gather
-1.3 i go
-1.1 i graduated
-1.2 i haven't
-1.1 i honestly
-1.5 i hoped
1.1 i humbly
2.4 i intend
1.6 i joined
3.0 i known
3.2 i lack
3.0 i lacked
-1.1 i learned
-2.3 i led
-1.1 i like
1.6 i lost
-3.0 i loved
1.1 i mean
-1.1 i meant
3.0 i meet
-1.2 i mentioned
1.4 i met
1.1 i might
-1.1 i most
-1.5 i need
2.0 i never
1.6 i not
3.6 i note
1.3 i only
-2.2 i passed
1.1 i planned
2.7 i prepared
-1.1 i promise
2.2 i put
1.1 i read
-1.7 i realised
-1.8 i rebuilt
-1.8 i reckon
1.6 i redesigned
-1.3 i reply
1.1 i respect
-1.1 i respond
2.2 i sat
1.4 i see
1.1 i sent
-1.5 i simply
2.0 i spent
1.1 i spoke
-2.4 i stand
1.7 i still
-1.1 i stumbled
1.6 i submitted
1.9 i suggest
1.8 i suppose
1.2 i suspect
1.3 i take
-1.5 i thought
1.1 i told
1.1 i took
1.6 i travelled
-1.8 i valued
1.1 i waited
1.6 i walked
-1.4 i want
-1.8 i wanted
1.4 i wasn't
1.3 i went
1.8 i wish
1.4 i wonder
-1.3 i wondered
-1.3 i work
-1.1 i worked
1.1 i write
1.6 i'd actually
-1.1 i'd also
-2.3 i'd bring
-1.9 i'd check
1.6 i'd come
-1.8 i'd enjoy
3.2 i'd finished
1.1 i'd fit
2.5 i'd gently
-1.1 i'd happily
2.5 i'd have
1.9 i'd hear
1.4 i'd hope
-1.3 i'd love
-1.1 i'd most
-1.9 i'd much
-1.1 i'd need
2.5 i'd only
-2.0 i'd really
1.6 i'd simply
-1.1 i'd started
1.3 i'd still
-1.5 i'd value
-2.6 i'd very
-1.7 i'll give
-1.7 i'll have
1.6 i'll just
1.6 i'll know
1.1 i'll leave
1.1 i'll let
-1.1 i'll make
-1.5 i'll need
1.1 i'll try
1.4 i'm a
1.6 i'm afraid
1.6 i'm assuming
-1.5 i'm aware
-1.1 i'm based
1.9 i'm beginning
-1.1 i'm comfortable
-2.1 i'm confident
-1.5 i'm delighted
-1.3 i'm excited
3.0 i'm finding
-1.5 i'm flexible
1.6 i'm honestly
-1.5 i'm hoping
-1.3 i'm in
3.0 i'm left
3.0 i'm less
-1.1 i'm looking
1.1 i'm not
1.6 i'm now
-1.3 i'm on
1.1 i'm pulling
-1.1 i'm rather
-2.6 i'm really
-1.1 i'm simply
1.1 i'm starting
3.2 i'm struggling
-1.3 i'm taking
3.2 i'm too
1.4 i'm trying
-1.1 i'm used
-1.1 i'm usually
-1.1 i'm very
-1.5 i'm working
-2.2 i've already
1.6 i've enjoyed
1.6 i've ever
-1.1 i've finished
3.0 i've given
-1.3 i've got
-1.7 i've had
1.6 i've noticed
-1.9 i've received
1.2 i've since
3.0 i've spoken
2.2 i've taken
-1.3 i've turned
-1.3 icu
-1.4 idea of
3.0 ideal
-1.6 if any
-1.3 if i've
-1.3 if it's
-1.1 if needed
1.5 if so
2.2 if someone
2.0 if something
-1.8 if useful
1.6 if we
-1.1 if you
-2.7 if you're
1.1 imagine how
-1.8 imagine the
-1.1 immediately
-1.9 impressed
-1.5 impressed by
2.0 impression
1.1 impression of
3.0 impression that
-2.4 improve
-1.5 improve for
-1.9 in <n>
-2.5 in about
1.1 in advance
1.4 in after
1.6 in all
1.6 in at
-1.1 in bengaluru
1.6 in between
-1.6 in case
-2.1 in early
1.3 in fact
-2.2 in fairness
1.6 in finding
-2.4 in for
-1.1 in four
1.1 in from
1.6 in front
-1.1 in his
-1.1 in itself
-1.2 in joining
-1.1 in june
2.2 in lagos
1.1 in may
-1.1 in now
-1.5 in our
-1.1 in perth
1.8 in reception
1.1 in to
-1.5 in twenty
1.1 in which
-1.1 in with
-2.3 inbox
2.2 included
-1.1 inconvenience
-1.5 indication
-1.3 indication of
-1.8 inform
-1.3 inform you
1.6 informal
1.1 informing me
1.1 inside
1.6 insight
-1.1 institute
-1.1 instructional
-1.1 instructor
-1.1 insurance
2.0 intend
2.0 intend to
-1.8 interest
-2.4 interest in
-1.1 interest of
-1.1 interested especially
-1.5 interested particularly
-1.5 interesting to
1.6 internal
3.2 internal applicant
2.0 internal candidate
1.3 internally
-1.8 internship
1.4 interrupted
3.0 interview after
-1.1 interview fell
3.0 interview felt
-1.3 interview from
3.0 interview has
1.1 interview in
2.7 interview itself
1.6 interview not
-1.1 interview on
-1.3 interview or
3.0 interview rather
3.0 interview the
3.6 interview though
1.6 interview three
1.6 interview to
-1.3 interview today
1.4 interview was
1.6 interview went
1.6 interview which
-1.6 interview yesterday
3.8 interviewer
3.0 interviewer joined
3.2 interviewer made
3.0 interviewer was
3.2 interviewer who
1.8 interviewers
-1.1 interviewers were
1.9 interviewing for
-2.2 interviewing me
1.1 interviews
2.2 interviews and
3.5 interviews i
-1.1 into a
3.5 into account
1.1 into it
1.1 into my
-2.0 inventory
1.6 investment
1.6 invite
2.2 invited
1.6 invited to
-1.1 is <n>
1.6 is about
-1.3 is all
-1.1 is already
-1.1 is any
-2.0 is anything
1.6 is as
1.1 is attached
1.1 is back
1.6 is being
-1.7 is below
3.0 is correct
2.2 is difficult
-1.1 is easier
-1.8 is exactly
-1.1 is fairly
1.6 is final
3.0 is frankly
-1.2 is going
1.1 is good
2.3 is hard
-1.1 is helpful
2.2 is how
3.0 is lovely
1.1 is meant
-1.5 is more
1.6 is mostly
-2.7 is my
2.0 is not
1.1 is on
1.1 is one
-1.1 is possible
1.1 is rather
-1.3 is regarding
1.6 is run
2.2 is starting
1.1 is taking
-1.5 is that
-1.2 is there
1.1 is this
-1.3 is to
-1.3 is treating
-1.3 is valid
1.1 is worth
1.9 is your
-1.1 isn't a
-1.1 isn't possible
1.3 isn't the
2.0 it a
-1.1 it came
1.1 it clear
2.4 it could
-1.3 it did
3.0 it differently
-1.1 it directly
2.2 it does
1.1 it even
2.9 it felt
1.1 it for
1.2 it from
1.9 it got
2.2 it hard
-1.3 it here
-1.1 it i'd
-1.1 it into
-1.3 it makes
1.3 it may
1.9 it might
1.4 it more
-1.1 it my
-1.1 it off
-1.1 it properly
1.9 it says
1.9 it seemed
3.3 it seems
1.6 it showed
1.5 it so
1.6 it sooner
3.0 it started
1.6 it stings
-1.1 it support
-1.5 it that
1.5 it the
-1.1 it this
-1.5 it through
-1.1 it today
1.6 it took
-1.1 it up
1.1 it usually
3.0 it wants
1.1 it well
1.1 it went
1.6 it which
-1.9 it will
1.1 it work
-2.8 it's been
3.2 it's difficult
-1.7 it's fair
-1.3 it's good
2.2 it's hard
-1.3 it's helpful
1.4 it's worth
1.4 it's your
3.0 item
1.4 its own
3.0 its people
-2.0 january
3.6 job advert
2.2 job description
1.5 job i
-1.3 job in
1.6 job is
-1.1 job on
-1.3 job talk
1.1 job title
1.9 job to
2.8 job was
1.6 job which
-1.5 jobs
-1.4 join
1.3 join a
-1.3 join and
-1.6 join the
-2.2 join you
-2.2 join your
1.4 joined
3.0 joined late
-1.9 joining you
-1.8 joining your
-1.1 joke
3.0 journey
2.7 judge
1.4 judged
3.0 judgement
3.5 judging
3.2 judging by
-1.4 july
-1.3 jump
-1.3 june
-1.3 june and
-1.1 junior accountant
1.6 junior analyst
-1.1 junior copywriter
1.4 just following
1.6 just for
3.0 just hope
-1.8 just let
1.1 just like
-1.1 just rather
-1.3 just sending
-2.2 just so
-1.1 just touching
3.0 just want
-2.2 just wanted
-1.6 keener
-1.5 keener to
3.0 keep applying
-1.7 keep following
-1.1 keep it
-1.5 keep that
-1.3 keep them
1.6 keep up
-1.7 keep you
-2.8 keeping well
-1.1 kept me
1.1 kept my
1.6 kilometres
-1.1 kind about
-1.5 kind consideration
-1.5 kind note
1.1 kind to
1.8 kinder
3.2 kinder to
-1.1 kindly agreed
3.0 kindly clarify
-2.4 kindly let
1.6 kindly note
-1.1 kindly revert
1.6 kindly update
1.3 knew
2.2 knew the
-1.8 know by
-1.1 know from
-1.8 know i'm
-1.6 know if
-1.8 know in
1.4 know it
-1.3 know my
-1.1 know one
-1.1 know roughly
3.0 know there
-1.5 know these
1.1 know this
1.3 know what
2.2 know which
3.6 know why
-1.1 know your
-1.1 knowing where
1.7 known
1.6 known how
1.6 kumasi
-1.1 lab and
-1.3 laboratory technician
1.6 lack
3.2 lack is
3.5 lacked
1.1 lads
1.1 lagos
-1.3 land
1.6 landed
-1.3 landlord
-1.3 lane
2.4 laptop
-1.5 largest
-1.3 last email
3.2 last minute
-1.3 last monday
1.6 last role
-1.9 last year
3.2 lasted
1.3 late
3.8 late and
3.0 late start
1.6 late to
1.6 law
1.6 lead job
-1.5 leader role
1.2 leading
-1.2 learn about
1.6 learn it
-1.1 learned a
-1.9 learning how
-1.7 lease
1.4 least
3.0 least a
2.2 least i
1.6 least one
-1.1 least sure
1.3 leave
2.4 leave and
1.6 leave for
1.9 leave from
-1.1 leave them
2.5 leaves
3.0 leaves people
1.4 leaving
1.6 leaving a
1.1 lecturer in
-1.1 led a
-2.3 led the
3.0 led to
1.6 ledger
1.6 left feeling
1.6 left me
1.6 left the
1.6 leicester
-1.1 lending
1.2 less
1.9 less sure
2.2 less than
-1.3 lessons
1.1 let candidates
3.2 let go
-1.3 let me
-2.0 let you
1.4 letter
3.2 letter arrived
1.1 letter of
-1.5 level <n>
1.1 level and
-1.7 level of
-1.7 librarian
-1.1 librarian post
-2.0 library assistant
-1.1 licence
-1.1 licence is
1.1 licensed
1.3 like a
-1.1 like mine
1.6 like someone
1.1 like you
1.3 liked the
2.5 liked to
-1.3 liked very
1.2 limited
3.0 line about
3.6 line email
1.9 line in
1.6 line of
1.6 line up
1.9 lined
1.9 lined up
3.0 link i
1.6 linkage
-1.1 linkedin and
-1.3 list
-1.5 list and
1.5 listed
3.0 listed as
1.6 listed in
1.6 listening
3.0 listing
3.2 lists
1.1 literacy
1.1 little more
3.0 little rich
-1.1 little sad
3.2 little surprised
1.1 little to
1.6 loading
-1.1 local
3.0 lodging
-1.5 log
1.9 logged
1.1 logistics and
-1.1 long as
1.1 long i
-1.1 long process
3.0 long way
1.1 longer than
1.6 look a
2.4 look at
1.6 looked
-1.1 looked after
2.5 looked at
2.4 looking at
1.1 looking back
1.3 looking for
-1.4 looking forward
1.9 loss
1.1 lost
1.4 lost in
-1.1 lot about
1.9 lot on
1.1 lounge
-1.1 love the
-1.2 love to
-2.7 loved hearing
3.0 lovely and
-1.9 lovely to
1.3 lower
3.2 lower than
2.7 luck
3.5 luck filling
3.2 luck finding
2.7 luck with
-1.7 lucky
-1.5 lucky to
-1.1 lumen
-1.1 ma'am
1.1 machine
1.1 madam
3.0 made before
1.1 made it
3.9 made up
1.9 mail
3.2 mail and
1.9 mail regarding
1.6 maintenance planner
-1.5 major
-1.3 make a
-1.9 make my
-2.0 makes complete
1.1 makes me
3.6 man
3.2 managed to
3.0 manager does
-1.5 manager has
1.4 manager interview
-1.3 manager job
-1.3 manchester
-1.5 many people
-1.5 marina
1.1 mark
2.5 marked
3.8 marked down
1.6 marking
1.9 marks
-1.1 marsh
1.3 match
3.0 match is
3.6 mate
3.5 mattered
3.2 mattered more
1.2 may be
3.0 may find
2.5 may i
1.6 may take
1.9 may want
1.9 maybe
1.6 me across
-2.4 me an
-1.2 me around
-1.3 me before
-1.3 me by
-1.5 me decide
1.4 me down
-2.6 me even
-1.3 me every
3.2 me everything
1.9 me feedback
1.1 me from
1.6 me given
1.1 me how
1.1 me i
1.6 me i'll
-1.1 me informed
-1.1 me is
1.1 me it
-1.3 me keener
1.3 me more
1.1 me my
2.2 me off
1.6 me since
-2.0 me such
3.5 me twice
1.1 me understand
3.8 me was
-1.5 me well
2.2 me what
-1.3 me when
1.6 me without
4.0 me wonder
3.0 me working
-1.1 me you
-1.3 means i
1.4 meant
1.8 meant to
-3.2 meantime
-1.5 meantime i
3.0 measuring
-1.5 mechanical
-1.1 mechanical design
-1.1 medicine
1.6 meet again
3.0 meet every
1.6 meeting candidates
-1.7 meets
1.5 member
3.6 member who
1.5 members
1.1 mention that
-1.8 mentioned a
-2.0 mentioned i
1.6 mentioned in
-1.8 mentioned my
-3.0 mentioned that
-1.7 mentioned you
1.9 mentioning
-1.1 mentions that
1.1 mentor
-2.2 menu
-1.1 merger
3.0 merit
1.7 message about
-1.1 message on
1.1 messages
3.2 met every
3.0 mid level
3.2 mid sentence
1.1 might be
-1.3 might come
3.0 might have
-1.3 might like
2.2 migration project
1.6 mill
1.1 mind
3.0 mind all
1.2 mind for
3.0 minds
3.0 mine to
-1.8 mining
-1.3 ministry
2.2 minute
1.1 minute and
1.1 minute call
3.0 minute chat
3.0 minute wait
1.5 minutes
2.4 minutes and
-2.0 minutes at
-1.3 minutes i
-1.1 minutes i'd
1.6 minutes in
2.4 minutes late
1.6 minutes on
1.6 minutes to
3.0 minutes with
-1.5 miss
3.0 missed what
-1.1 missing
4.1 mistake
3.2 mistake and
-1.1 mix of
-2.2 mobile
-1.1 moment to
-1.3 monday
-1.7 monday for
-1.3 monday i
-1.3 monday so
-1.1 monday to
-2.1 monitoring
-1.1 month end
-1.1 month notice
-1.3 month so
-1.3 month to
-2.0 monthly
1.9 more candid
-1.8 more certain
-2.0 more detail
-1.3 more eager
-1.3 more excited
-1.5 more for
1.9 more hands
3.0 more in
1.5 more like
-1.1 more on
1.1 more or
-1.1 more sales
1.6 more seriously
1.6 more the
-1.3 morning to
3.0 morning which
-1.9 most excited
-1.1 most grateful
-1.1 most interesting
-1.5 most like
1.4 most of
-1.3 most people
-1.1 most want
-1.1 motor
-1.3 move
-1.3 move from
-1.6 move to
-1.8 moved to
1.1 moving on
2.7 much about
-1.3 much appreciated
1.1 much as
-1.5 much clearer
-1.7 much easier
-1.6 much for
-2.0 much hoping
3.0 much into
-2.2 much like
1.9 much of
-1.8 much prefer
-1.2 much rather
-1.8 much the
3.0 much with
1.1 must
1.6 must admit
2.3 must say
1.6 mutual
1.6 my accent
-2.0 my account
2.2 my age
1.5 my answers
1.6 my aptitude
1.4 my candidacy
3.0 my candidate
1.1 my candidature
-1.1 my career
-1.3 my contract
-2.3 my current
1.1 my cv
1.1 my day
1.1 my degree
-1.3 my dissertation
-1.3 my email
-1.1 my end
-1.1 my english
-1.1 my family's
1.3 my file
-2.6 my first
-1.7 my former
1.1 my full
-1.1 my graduate
-1.5 my head
1.4 my husband
-2.0 my inbox
-2.4 my interest
-1.1 my internship
-1.3 my landlord
-1.1 my lease
-1.5 my level
1.1 my licence
-1.5 my nerves
1.6 my nine
-1.3 my note
-1.2 my notice
-1.3 my numbers
-1.5 my only
-1.5 my partner
-2.2 my phone
1.6 my plan
-1.3 my preference
-1.8 my present
-1.8 my previous
-1.1 my record
1.4 my references
1.9 my scores
-1.8 my search
-1.3 my situation
-1.1 my studies
3.0 my surname
3.0 my system
1.1 my take
-1.5 my team
-1.7 my third
-1.1 my track
3.0 my view
-1.1 my wife
1.1 my years
-1.4 myself
-1.1 myself in
-1.3 myself on
1.6 name is
-1.7 named
-1.7 national
-1.1 naturally i
-1.2 nd
-1.2 need
-1.8 need a
-1.5 need any
-1.3 need anything
-1.3 need for
-1.7 need from
-1.7 need to
-1.5 need your
1.1 needed a
-1.5 needed from
3.2 needed to
1.6 needing
2.0 needs a
-1.1 needs an
1.1 needs my
-1.1 needs to
3.0 nephew
-1.5 nerves
-1.4 network
-1.1 network engineer
1.8 never
3.0 never did
3.2 never going
1.4 never once
3.0 never reached
3.2 never really
3.0 never run
-1.1 new community
1.1 new date
-1.1 new graduate
1.2 new hire
-1.5 new starters
-1.3 news but
-1.1 news from
-1.1 news since
-1.1 news this
1.1 next campaign
3.2 next candidates
1.6 next cycle
1.6 next day
-1.8 next few
-1.1 next friday
-1.5 next interview
-1.7 next month
-1.1 next opening
3.0 next person
-1.6 next step
1.1 next to
-1.3 next tuesday
-1.3 next two
-1.7 next wednesday
-2.4 next week
-1.3 next year
1.5 nice
2.2 nice to
-1.1 night auditor
-1.1 night team
1.3 nine years
-1.3 no by
-1.1 no need
1.1 no one
-1.5 no reflection
3.0 no reply
-1.5 no rush
1.6 no update
3.0 no word
-1.1 no worries
2.1 nobody
3.2 nobody could
-1.5 nobody else
3.5 nobody mentioned
3.5 nobody on
3.2 nobody seems
3.2 nobody will
-1.3 noon
1.4 nordvik
-1.1 northgate
1.1 not
3.1 not a
3.0 not accept
3.0 not an
1.6 not answer
-2.2 not asking
1.8 not been
1.6 not come
3.0 not confident
3.5 not convinced
1.6 not enough
1.4 not every
1.6 not everyone
1.1 not expect
1.1 not find
1.4 not fully
3.2 not how
3.2 not in
3.0 not invited
-1.7 not many
1.1 not one
2.2 not quite
3.6 not read
3.0 not really
1.6 not receive
1.1 not say
1.7 not something
3.0 not speak
2.9 not sure
3.5 not what
1.4 note about
1.4 note and
2.0 note that
3.0 note the
-2.5 note to
-1.3 notes from
-1.7 notes on
1.2 nothing
3.2 nothing and
1.6 nothing else
-1.1 nothing is
-1.6 notice period
3.5 notice that
2.2 notice the
-1.1 noticed a
-1.1 noticed my
2.0 noticing
1.6 noticing that
3.2 noting
-2.1 november
-1.8 now received
-1.3 now so
1.6 now used
1.1 number of
1.6 numerical
-1.1 nursing
1.1 o
-1.8 obliged
-1.1 obliged but
1.6 observation
1.1 obvious
3.2 obviously
-1.7 october
2.8 odd
3.0 odd thing
-1.3 of all
1.3 of any
1.6 of anyone
1.6 of anything
1.4 of applicants
-1.9 of being
1.6 of curiosity
1.5 of department
-1.1 of experience
2.0 of future
1.1 of interviews
-1.1 of joining
-2.2 of last
2.9 of luck
1.1 of me
1.1 of mine
-1.7 of news
-1.1 of operations
1.1 of people
1.1 of place
-1.3 of quota
3.0 of saying
-1.1 of senior
3.6 of silence
3.0 of someone
1.9 of their
1.4 of time
-1.1 of training
1.6 of unpaid
1.9 of us
-1.1 of weeks
-1.3 of when
1.1 off a
3.2 off mid
-1.5 off to
3.0 off work
1.4 offer a
-1.1 offer by
-1.9 offer from
1.6 offer is
1.2 offer letter
3.0 offer one
-1.1 offer this
-2.2 offered me
1.1 offered to
1.1 offers from
-1.3 office and
-1.3 office as
1.3 officer interview
-1.5 on <n>
-1.1 on any
-1.1 on before
-1.1 on day
-1.1 on file
-1.1 on for
3.5 on glassdoor
2.3 on his
-1.7 on how
-1.2 on monday
1.1 on nights
2.4 on one
-1.1 on regional
3.0 on sap
3.2 on seek
1.1 on site
2.2 on someone
-2.0 on timing
3.2 on tuesday's
-1.3 on wednesday
1.2 on what
-1.5 on where
1.9 on which
-1.1 on working
3.0 onboarding flow
3.0 once so
2.4 once the
-1.3 one correction
1.6 one for
-1.1 one from
-1.9 one i'd
-1.8 one i'm
1.5 one in
-1.1 one month
1.6 one page
-1.1 one person
-1.1 one practical
3.0 one question
1.9 one sentence
1.9 one so
1.3 one thing
3.2 one to
-1.8 one way
-1.7 one who
3.0 one your
1.8 online
2.2 online assessment
1.1 only a
3.2 only after
1.6 only ask
3.9 only assume
2.2 only candidate
3.0 only hope
-2.2 only one
1.9 only person
1.6 only say
1.6 only that
1.1 only to
1.6 only want
3.2 only wish
-1.1 onto one
1.6 op
2.6 open to
-1.9 open with
1.1 opened
-1.3 opening at
-1.7 opening comes
-1.3 opening in
1.2 openings in
-1.8 openly you
-1.3 openness
-1.1 opens at
-1.1 opens in
-1.5 opens on
1.1 operations director
-1.1 operations role
-1.1 operations supervisor
1.6 opportunities with
1.9 option
-1.7 options
-1.2 or a
-1.1 or another
-1.5 or anything
-1.5 or in
1.1 or less
-1.1 or my
-1.3 or the
-1.3 or three
1.9 or was
1.1 or whether
3.0 organisation's
1.6 organised day
1.2 other applicants
3.2 other end
1.6 other nurses
-1.3 other offer
1.6 other openings
1.8 other roles
3.2 other than
3.0 other two
1.4 other way
-1.6 our conversation
-1.8 our conversations
-1.5 our meeting
1.1 out and
-1.3 out at
1.1 out for
3.5 out in
-1.3 out on
2.3 out that
1.1 out to
2.2 out what
1.1 outcome
1.6 outcome as
1.5 outcome for
-1.3 outcome i
3.0 outcome was
-1.3 outpatient
2.1 outside
3.6 outside applicants
3.2 outside candidates
3.0 outside people
1.9 outside the
-1.1 over a
-1.1 over three
1.4 overqualified
1.9 overqualified for
3.0 overqualified is
-1.5 own trumpet
-1.1 owners
1.6 ownership
3.0 owns
-1.9 pace
1.1 pacific
-1.3 pacing
-1.5 page and
1.6 page that
3.0 page two
-1.7 paid
1.2 panel
1.8 panel and
1.6 panel as
3.2 panel asked
3.0 panel concluded
3.0 panel could
1.9 panel did
1.5 panel gave
1.5 panel had
3.0 panel hadn't
-1.1 panel hoped
1.1 panel is
3.5 panel made
3.9 panel member
1.9 panel members
3.0 panel of
3.6 panel seemed
1.9 panel that
3.2 panel was
1.3 panel will
1.4 panel would
1.6 papers are
3.2 paragraph
-1.5 paralegal
1.6 parental
1.6 parental leave
-1.8 park
3.2 parking
2.2 part in
-2.3 part time
-1.9 part was
3.0 parted
3.0 parted ways
3.0 particularly as
-1.5 particularly in
-1.5 particularly on
-1.5 particularly the
1.1 partly
1.6 partly because
-1.7 partnerships
-2.1 passed my
-1.7 passed the
1.1 past the
-1.1 patel
-1.3 patience
-1.5 patience when
-2.8 patient
-1.1 patient with
-1.1 payable
-1.3 payroll administrator
1.1 payroll lead
-1.1 payroll manager
-1.1 pearl
1.6 people for
3.0 people from
3.2 people the
-1.1 people which
1.5 people who
-1.1 people with
1.1 people you
-1.7 per cent
-1.7 percent
-1.1 performing
2.7 perhaps
1.6 perhaps i
3.0 perhaps next
4.2 perhaps the
-1.9 period
-1.5 period is
1.6 permanent
1.1 person
3.2 person specification
2.1 person you
3.9 personality
-1.1 perth
1.6 petrol
1.1 pharmacy technician
1.2 phone
3.2 phone but
1.8 phone call
3.5 phone for
-1.1 phone on
1.6 phone screen
1.6 phone the
3.2 phone you
-1.1 phoning me
-1.3 picture myself
-1.1 picturing
-1.1 picturing myself
1.9 pilbara
1.1 pile
-2.1 pilot
2.3 pity
3.2 pity the
-1.1 placed
-1.9 placement
1.4 places
-1.3 plan accordingly
1.1 plan around
-2.2 plan my
-1.8 planner position
-1.7 planning my
-1.3 plans to
3.2 plans were
1.6 platform and
1.1 play
1.6 playhouse
1.6 please advise
-1.8 please give
-2.0 please let
-1.3 please thank
-1.1 please withdraw
-1.1 po for
-1.5 podcast
-2.2 point about
-1.5 point i
-1.5 point i'd
1.6 point in
2.2 point out
-1.8 pointers
-1.1 pointers on
1.1 polish
2.2 polite
3.0 polite way
-1.7 politely
-1.5 pop
-1.1 port
1.5 portal
3.0 portal has
3.0 portal seems
3.0 portfolio again
3.0 portfolio before
-1.7 portfolio review
-1.1 position as
-1.6 position at
1.8 position has
-2.3 position i
-1.2 position in
-1.9 position on
-1.8 position opens
-1.1 position particularly
-1.1 position remains
1.6 position was
-1.3 position we
3.0 position went
1.6 position which
-1.1 position with
1.3 positions
-1.9 possibility
-1.8 possibility of
-2.1 post of
-1.1 post opens
3.9 post was
-1.1 post with
-1.8 postdoctoral
-1.3 postdoctoral position
2.3 posting
1.1 posting and
3.5 posts
-1.7 pre
-1.3 preceptor
-3.0 prefer
-2.6 prefer to
-1.7 preference
2.4 preferred
3.8 preferred to
1.3 prepared
2.4 prepared for
1.6 presentation and
1.6 presentation to
1.6 presenting
1.6 presenting to
-1.5 pressure
-1.3 pressures
1.1 pretty
-1.3 primary
1.1 principal
1.9 principle
1.9 print
1.9 printed
1.5 priya
1.6 priya and
1.6 probably have
-1.9 problem at
-1.5 problem i
1.6 procedure
1.1 process but
1.1 process has
1.9 process in
-1.1 process is
1.6 process on
1.5 process was
1.1 procurement officer
-1.1 producer
-1.3 product analyst
-1.1 product manager
1.6 profile for
-1.1 profile in
-1.1 programme at
1.1 programme officer
-1.7 programme you
-1.8 project i
-1.1 project in
-1.1 project management
-1.1 project manager
-1.7 promise
2.8 promised
3.2 promised an
3.0 promised me
3.5 promises
1.1 promote
-1.3 promptly
1.2 proper
-1.9 property
-1.3 prototype
3.0 proves
-2.0 provide
-1.3 provide any
-1.3 provide anything
-1.3 provide references
3.0 psychometric
3.0 psychometric test
2.5 published
1.1 pulling
1.1 pulling out
1.4 pune office
-1.5 push
1.4 put a
-1.3 put it
1.1 put on
-1.7 puts
1.1 putting
3.6 puzzled
3.0 puzzled that
1.6 python
-1.3 qa engineer
-1.1 qualification
1.3 qualifications
-1.1 qualified
1.3 question and
3.5 question in
-2.2 question on
1.6 question so
1.6 questions and
1.4 questions i
1.6 questions in
1.1 questions that
3.9 questions were
1.6 quick follow
-1.3 quick line
-1.9 quick note
-2.5 quick update
-1.1 quick yes
1.1 quicker
1.1 quickly as
-1.1 quickly when
3.5 quietly
1.1 quite
1.1 quite a
1.9 quite the
-1.8 quota
1.6 quoted
-1.1 radio
-1.1 railway
3.0 raj
1.6 range
3.0 rate my
-1.8 rather be
2.2 rather hear
-1.5 rather join
1.6 rather you
-1.1 rd you
1.3 re
2.2 re advertised
2.2 re your
-1.9 reach me
1.1 reached the
1.9 read
1.6 read a
1.6 read it
1.6 read my
1.7 read the
3.0 read with
1.1 read your
3.0 reading of
3.6 reads
3.2 real reason
-1.3 realised afterwards
-1.1 realised the
-1.7 really appreciate
-1.8 really appreciated
1.6 really do
-2.0 really excited
3.0 really had
-1.3 really helpful
-1.5 really keen
-2.8 really like
-1.1 really value
-1.9 really want
-1.1 reapply
3.0 rearranged
1.3 reason
3.2 reason given
3.2 reason than
1.1 reasoning
2.0 reasons
-1.5 reassuring
-1.1 reassuring to
-1.3 rebuild
-1.1 rebuilding the
-2.1 rebuilt
-1.5 rebuilt the
-1.1 recap
1.2 receive
-1.6 received a
-1.5 received an
-1.1 received the
3.0 received was
-1.1 receiving me
-1.3 recently
1.2 reception
-1.3 reckon i'd
3.0 recommending
1.6 reconnect
1.6 reconsider
1.6 recorded
3.5 recorded video
1.1 recording
-2.0 records
-1.1 records are
-1.3 records my
1.7 recruiter
3.0 recruiter promised
1.8 recruiters
1.1 redesigned
1.6 reference from
-1.9 references or
-1.8 refinancing
3.2 reflect
-1.5 reflection on
1.3 reflects
-1.8 refresher
-1.1 refreshing my
-1.5 refurbishment
1.4 regard
-1.5 regards to
-1.5 registration
1.6 regret that
4.0 rejection
1.6 relaxed about
-1.1 reliability
-1.7 relocate
-1.1 relocate to
-1.1 relocation
2.0 remain interested
-3.4 remains
-3.0 remains my
-1.9 remains the
3.2 remembered
1.6 remind
-1.3 reminded
-1.3 reminded me
-1.3 renewed
-1.1 renewing
1.1 repeat
3.0 reply address
-1.3 reply due
1.6 reply either
-1.1 reply this
1.7 replying
3.0 replying to
-1.1 reporting
-1.7 reps
3.0 request for
-2.2 required
-1.1 required from
1.6 requirement
1.1 requirements
1.6 reread
1.8 rescheduled
-1.5 research coordinator
-1.5 residency
1.6 residents i
1.6 respect
1.4 respect for
2.2 respect i
1.6 respect to
1.8 respect your
1.6 respected
-2.4 respond
-1.1 respond by
-1.1 respond i
-1.3 restful
-1.1 restful break
-1.3 restoration
-1.1 restructure
1.2 result of
-1.5 retail management
1.1 return
-1.7 revert
1.6 review of
1.3 reviewed
-1.1 reviewing
1.6 reviews how
-1.3 revisit
1.6 rewrote
3.0 reyes
4.0 rich
3.8 rich to
-1.1 ridge
-1.1 rig
1.8 right fit
3.0 right match
-1.7 right now
-1.5 right to
-1.1 right up
1.1 ring me
-1.5 road
3.2 roads
-1.9 role especially
-1.8 role feel
-1.1 role fits
-2.0 role i'm
-1.3 role i've
-1.1 role particularly
-1.3 role remains
-1.3 role than
3.0 role that
-1.1 role this
2.3 role was
-1.9 role we
-1.3 role would
2.3 roles at
-1.1 roles that
1.6 room i
-1.3 rotation
-1.1 rotational
-2.1 rough
-1.1 rough idea
-1.1 rough timeline
-1.5 roughly
-1.5 roughly <n>
-1.5 roughly when
-1.3 round of
1.1 round on
1.6 round so
1.6 round was
1.9 round went
1.9 rounds
2.7 rounds and
1.6 rounds for
1.6 rounds which
-1.1 route planning
-1.1 row
1.6 rules
1.1 run a
1.6 run your
-1.1 runs its
-1.1 runs the
-1.4 rush
-1.3 rush your
1.6 rushing
1.6 s you
-1.1 sad
-1.5 sad about
1.6 said at
1.4 said i'd
1.4 said it
1.1 said my
1.8 said so
1.6 saigon
1.5 salary
3.8 salary band
3.2 salary before
-1.1 sales engineer
-1.1 sales focused
-1.1 sales role
3.0 salesforce
-1.1 same approach
-1.3 same for
3.0 same impression
3.0 same post
-2.0 samples
2.2 sap
1.8 sat
1.9 sat down
3.0 sat on
-1.5 satisfaction
3.0 satisfy
-1.3 save you
1.9 saved
1.9 saved me
2.5 saved us
-1.1 say again
1.1 say i
-1.3 say i'm
1.6 say i've
3.6 say more
2.0 say the
2.2 saying
3.0 saying so
1.9 saying that
1.5 says
3.6 says the
-1.8 scale
1.1 scene
-1.5 schedules
1.1 school has
1.1 scope
1.3 score
1.1 scored
1.2 scores
1.4 scoring
2.5 screen
2.2 screening
2.5 screening call
3.5 script
-1.7 sea
-1.3 search committee
-1.1 search so
-1.1 season and
-1.5 seasonal
-1.5 seasons
1.1 seat
1.1 second half
4.0 second interviewer
1.6 second officer
1.5 second round
3.2 second stage
3.2 second time
-1.5 second year
1.1 seconds
1.6 see it
1.6 see no
1.1 see one
1.6 see this
2.5 see what
2.2 see where
-2.2 see whether
2.2 see which
3.2 seek
1.1 seem
2.6 seemed
1.9 seemed to
2.9 seems
3.8 seems a
3.0 seems the
1.9 seems to
-1.1 selection criteria
-1.3 semester
-1.1 semester is
-1.3 send
-2.1 send anything
-2.6 send it
1.1 send me
-1.1 send over
-1.1 send them
-1.1 sending an
1.1 sends
1.2 senior accountant
1.9 senior buyer
-1.3 senior copywriter
1.9 senior planning
-1.1 sense for
1.1 sense that
-1.1 sense to
1.6 sent my
-1.1 sent you
2.4 sentence
3.0 sentences
1.9 separate
-1.1 sepsis
-2.0 september
-1.7 series
3.0 serves
1.6 set aside
1.1 set out
-1.8 set up
1.6 sets
1.6 settled
3.0 settled before
1.9 settled on
-1.3 setup
1.2 seven
2.2 seven weeks
1.1 several of
-1.1 shadow
2.0 shame
3.0 shame the
-1.1 share an
-2.0 share any
-1.1 share anything
-1.3 share before
1.1 share i'd
1.9 share my
-1.1 share the
-1.1 share what
-1.3 share where
1.9 sharjah
1.2 she
-1.5 she had
1.5 she was
1.6 she would
1.4 she's
1.4 shed
-1.1 shift if
1.1 shift manager
1.6 shifted
1.1 shop floor
-1.1 short course
-1.9 short notice
2.2 short of
1.6 short phone
-1.3 short so
-1.3 short update
3.6 shortlist was
3.0 should know
-1.1 should let
-1.1 should the
1.6 shouldn't
-1.3 show me
3.0 show what
-1.5 show you
1.8 shown
3.0 shown under
-1.5 shows how
-1.1 shows my
-1.1 side for
2.0 side of
1.6 sift
-1.4 sign
-1.5 sign off
-1.7 signed up
2.7 silence
-1.7 similar
-1.1 similar comes
-1.5 similar post
-2.2 similar role
1.4 similar roles
-1.3 similar with
-1.1 simpler
3.0 simply told
-1.3 simply wanted
3.0 since heard
1.2 since i
-1.1 since i've
3.8 since it
3.0 since nobody
-2.6 since our
-1.1 since passed
-2.1 since we
3.0 since your
-1.1 singapore
1.2 sir
1.6 sir i
-1.8 site engineer
1.1 site supervisor
1.1 site visit
1.6 site walk
1.1 sitting
-2.3 situation
3.0 sketched
1.6 slept
1.6 slept on
1.6 slipped
1.4 slot
3.2 slot and
-1.3 slow
-1.1 slow to
-2.0 small update
-1.8 smaller
3.0 so and
-1.3 so any
1.1 so at
-1.1 so candid
3.0 so either
-2.0 so far
-1.2 so if
-1.1 so kind
-1.1 so kindly
-1.5 so open
1.9 so perhaps
-2.5 so please
-1.7 so thank
-1.1 so you're
1.4 social
-1.9 soil
-1.1 solutions
1.1 some way
1.6 someone
1.6 someone already
1.1 someone at
1.4 someone could
1.1 someone else
2.4 someone from
2.2 someone in
3.0 someone more
3.2 someone on
1.1 someone to
1.1 someone with
1.7 something else
1.1 something i'll
1.9 something more
-1.9 something similar
1.1 something suitable
1.1 something to
1.1 somewhere
-1.7 soon
-1.8 soon as
-1.1 sorry again
-1.5 sorry for
-2.1 sorry not
3.0 sorry we
-1.7 sort
-1.1 sort out
1.2 sorted
1.6 sorted before
-1.3 spare
3.0 spared
-1.1 speaks for
2.2 specification
3.0 specification and
-1.9 speed
-1.1 spend
-1.5 spend the
1.2 spent
3.0 spent more
2.8 spent most
1.6 spent on
1.3 spent the
1.6 spent two
1.1 spirit
-1.3 splits
-1.1 spoke and
-2.0 spoke i
-2.2 spoke on
3.2 spoke to
2.9 spoken
3.0 spoken for
3.6 spoken to
-1.7 spot
-1.5 spring and
-1.1 spring campaign
-1.1 spring i
1.6 spring season
2.2 square
1.6 staff are
-1.1 staffing
1.9 stage manager
-1.1 stand before
2.4 standing
1.6 start and
-1.1 start any
-1.8 start at
-1.3 start in
-1.1 start my
-1.3 start on
3.0 start that
1.6 start the
1.1 start to
-1.7 start with
3.0 started forty
-1.1 started picturing
-1.5 starters
1.2 starting
2.3 starting to
-1.3 starts
1.6 status as
-1.3 stayed
-1.2 stayed with
-1.3 staying
-1.3 stays
-1.4 step
-1.3 step back
-1.1 steps
2.0 still be
3.2 still can't
1.6 still consider
2.2 still i
1.4 still i'd
-1.3 still in
4.7 still like
-2.1 still my
3.2 still not
1.6 still on
1.1 still open
-1.1 still prefer
3.2 still respect
1.5 still think
3.0 still welcome
1.1 stings
-1.3 stock
1.4 stood
1.1 stopped
-1.1 storage
-1.5 story
-1.3 storyboard
-1.7 straight away
1.1 straight with
4.0 strange
-1.1 streaming
-1.8 street
1.4 strength
3.0 strength of
-1.8 strengthen
-1.1 strengthen before
3.0 strong candidate
-1.3 strong field
3.6 strong internal
-1.1 stronger
1.1 struck
1.9 struck me
1.1 structure
1.1 struggle
1.6 struggling
3.8 struggling to
-1.3 student
-1.7 students
-1.1 studies which
-1.1 studio
1.4 study brief
1.1 study i
1.1 study was
-1.1 stumbled
-2.0 subject checking
1.9 subject re
1.6 subject senior
-1.5 subject thank
1.3 submitted
1.6 success and
3.0 success in
1.2 successful
1.6 successful applicant
2.8 successful candidate
-1.3 such
-2.6 such as
1.7 suggest
-1.1 suggest i
3.8 suggest that
3.5 suggest your
1.6 suggestion
1.4 suggests
-1.1 suit
-1.9 suit me
-1.1 suit the
1.1 suitable comes
-2.3 suite
-2.7 suits
-1.7 suits the
-1.5 suits you
1.6 summary of
-1.2 summer
-1.1 summer and
-1.3 supervised
-1.3 supervisor at
1.1 supervisor job
1.6 supervisor post
-1.5 supplier
-1.5 support the
1.8 suppose
2.2 suppose it
3.2 suppose the
1.3 sure
-1.1 sure about
3.0 sure anyone
2.5 sure how
-1.3 sure i
2.6 sure it
1.6 sure she
2.2 sure that
2.0 sure the
1.4 sure they
3.9 sure what
1.6 sure whether
-1.5 sure you'll
-1.1 surgery
1.6 surgical wards
3.0 surname
1.2 surprise
1.6 surprise but
1.6 surprise given
3.2 surprise to
1.9 surprised
3.0 surprised me
3.9 surprised that
1.6 surprised the
2.2 surprised to
1.6 surprising
1.1 survey
-1.5 surveyor role
1.1 suspect
1.9 suspect it
1.6 suspect my
1.1 suspect that
1.2 suspect the
1.6 suspect you'll
-1.3 sustainability
-1.5 switchboard
1.1 system design
-1.1 systems and
1.1 table
-1.8 take a
1.9 take home
1.4 take part
-1.5 take time
-1.8 take up
1.9 taken
3.0 taken into
3.0 taken the
1.6 takes it
2.2 talent
-1.3 talk it
-1.5 talk through
-1.3 talk with
-1.1 talked about
1.4 task
3.0 task for
-2.3 tasting
-1.1 tasting menu
-1.1 tasting on
-2.4 taught
-1.9 taught me
-1.8 tax
-1.1 teach the
-1.5 team as
1.6 team can
1.6 team even
2.5 team gave
2.2 team had
-1.3 team hoped
1.1 team i'd
-1.1 team if
1.6 team made
-2.2 team of
1.6 team over
-1.3 team remains
-1.8 team so
-1.1 team splits
-1.3 team through
3.0 team to
1.1 team very
3.8 team well
1.3 team will
-1.9 team would
-1.7 team's
-1.1 team's plans
1.1 tech
3.5 technical test
-1.8 technician position
1.6 tell people
-1.1 tell you
1.5 tells
1.8 tells me
3.0 templated
-1.9 ten days
2.0 ten minutes
1.2 terms
1.2 test
1.4 test and
-1.1 test automation
3.2 test nobody
1.9 test of
2.8 test was
-2.0 testing
-1.2 th
-1.1 th july
-1.7 th march
-1.3 th of
-1.7 th so
-1.1 th to
3.0 than about
2.1 than an
1.4 than any
1.1 than by
-1.7 than emailing
3.0 than find
3.2 than from
-1.8 than i'd
-1.3 than later
1.6 than leaving
3.5 than me
-2.2 than most
1.1 than my
1.6 than not
3.5 than on
-1.3 than once
-1.1 than sending
1.2 than the
3.0 than those
-1.7 than when
1.8 than you
1.6 than yours
-2.1 thankful
-1.8 thankful for
-2.5 thanks and
1.6 thanks heaps
1.1 thanks i
-1.3 thanks so
1.6 that <n>
1.8 that a
1.5 that after
3.0 that afternoon
1.6 that at
3.0 that basis
1.9 that being
-1.1 that candidates
-1.3 that come
1.9 that could
-1.7 that date
1.6 that does
1.4 that every
1.9 that everyone
2.2 that had
-1.1 that i'll
1.1 that if
1.2 that it
1.9 that it's
-1.3 that level
-2.1 that makes
3.0 that may
2.4 that most
3.0 that nobody
1.1 that not
-1.1 that only
3.6 that other
-1.1 that our
3.5 that question
1.3 that said
-1.3 that same
1.6 that site
2.0 that someone
-1.5 that suits
1.6 that tells
1.4 that the
1.9 that there
-2.1 that this
2.2 that took
3.0 that two
1.4 that were
1.6 that will
3.0 that won't
-2.1 that work
-1.3 that would
-1.3 that you're
-1.1 that you've
4.0 that your
-1.5 that's fine
-2.3 the accounts
3.5 the acting
3.2 the actual
3.0 the ad
2.2 the advert
2.7 the advertisement
1.2 the afternoon
1.8 the agency
1.3 the answer
1.6 the application
1.2 the assessment
2.2 the assessors
-1.7 the associate
1.6 the attention
-1.1 the backlog
1.1 the bank
-1.1 the barista
-1.7 the better
1.6 the bottom
2.9 the brief
-1.8 the business
2.2 the calendar
1.1 the call
2.6 the candidate
1.1 the candidates
-1.3 the cardiac
-1.1 the careers
1.1 the chair
-1.5 the challenges
-1.1 the children's
1.4 the chin
-1.3 the claims
1.9 the clock
1.6 the collections
-1.3 the commercial
1.3 the company
-1.9 the compliance
3.0 the conditions
1.6 the confusion
-1.1 the conservation
1.1 the council
1.4 the courtesy
3.0 the criteria
3.2 the cv
1.1 the daventry
1.1 the decision
1.4 the development
-1.1 the difference
-1.7 the director
-1.5 the drive
-1.5 the earliest
2.1 the email
-1.8 the emergency
1.1 the engineering
-1.3 the environmental
1.4 the estate
-1.1 the estates
-1.1 the evening
-1.3 the fact
-1.7 the family
1.3 the feedback
1.9 the figure
1.1 the file
-1.3 the fire
1.9 the fit
1.4 the floor
1.6 the following
-1.1 the food
-1.3 the forecasting
2.9 the fourth
-1.5 the frank
-1.1 the grant
-1.1 the gulf
-1.3 the hardest
-1.1 the harvest
-1.1 the heritage
-2.0 the highest
2.5 the hire
1.6 the hiring
-1.1 the holidays
-1.1 the home
-1.4 the honest
1.4 the hotel
3.5 the hour
3.0 the impression
-1.3 the industry
-1.1 the interest
1.1 the internal
2.7 the interviewer
1.3 the interviews
-1.5 the inventory
-1.1 the it
1.3 the job
-1.3 the largest
-1.7 the latest
-1.9 the learning
3.0 the least
1.7 the letter
-1.3 the library
1.6 the likely
1.6 the line
1.1 the link
3.0 the listing
-1.3 the local
-1.5 the long
1.1 the loop
-1.1 the lowest
-1.3 the management
2.2 the manager
-1.5 the marina
-3.2 the meantime
-1.1 the mechanical
-1.5 the medical
-1.1 the merger
1.6 the message
1.6 the midlands
1.6 the mill
1.6 the mine
-1.1 the mining
-1.1 the ministry
-1.1 the mobile
-2.0 the month
-1.3 the monthly
1.1 the morning
-1.2 the most
3.0 the name
-1.5 the network
1.9 the notes
1.1 the numbers
1.6 the numerical
-1.1 the offshore
-1.3 the oncology
2.3 the online
1.4 the open
-1.3 the others
1.1 the outcome
-1.1 the outpatient
-1.1 the outreach
1.9 the outside
-1.7 the pace
1.1 the pairing
-1.3 the paralegal
1.6 the parts
-2.1 the pass
-1.4 the payroll
1.2 the person
1.9 the pilbara
1.1 the pipeline
-1.1 the planning
1.6 the playhouse
-1.5 the possibility
-1.7 the postdoctoral
2.9 the posting
1.6 the problem
-1.5 the production
1.1 the program
3.0 the published
-1.1 the quantity
-1.1 the quarter
1.9 the questions
1.4 the range
2.5 the real
1.6 the reason
3.0 the reasons
1.1 the receptionist
1.8 the record
3.2 the recorded
1.8 the recruiter
1.6 the recruiting
-1.7 the refinancing
-1.4 the region
3.6 the rejection
-1.1 the reporting
2.2 the requirements
-1.1 the rollout
1.1 the rota
-1.1 the rotation
-1.1 the rotterdam
-1.1 the route
2.2 the salary
-1.7 the sales
1.9 the score
1.8 the scoring
1.4 the screening
1.6 the security
1.3 the selection
-1.1 the semester
3.0 the sense
1.7 the shortlist
1.6 the silence
-1.1 the soil
1.1 the standard
1.4 the start
-1.1 the state
-1.5 the strategy
3.0 the strength
-1.1 the student
-1.7 the students
1.9 the successful
-1.6 the summer
1.6 the surgical
-1.1 the sustainability
-1.3 the switchboard
1.9 the table
1.1 the take
1.6 the talk
-1.9 the tasting
-1.3 the tax
-1.5 the tea
-1.2 the team's
2.2 the third
2.2 the three
-1.1 the timeline
1.9 the timer
1.3 the track
-1.2 the trial
1.4 the twelve
2.2 the twenty
-1.5 the university
2.0 the update
-1.3 the ux
-1.1 the very
-1.8 the warm
-2.1 the weekend
-1.7 the wider
-1.1 the workshop
2.2 the wrong
-1.1 theatre
3.0 their minds
-1.1 their questions
1.6 their whole
-1.7 theirs
3.0 them about
-1.3 them on
-1.7 then i'd
-1.3 then i'll
-1.1 there a
-2.2 there anything
3.2 there for
1.6 there has
1.6 there to
3.0 there we
1.1 there which
-1.5 there's any
-1.1 there's anything
-1.5 there's no
-1.1 thesis
1.3 they can
1.6 they do
1.1 they had
-2.8 they have
1.6 they said
2.4 they were
1.1 they're
-2.8 they've
-2.2 they've asked
1.1 thing
-1.1 thing in
1.4 thing to
-1.3 things down
-1.1 things i
1.6 things that
-1.5 things up
1.6 think a
-1.3 think i'd
1.1 think the
1.5 think you
-1.5 think you'd
2.4 think you've
-1.1 thinking
-1.9 thinking about
3.2 third interview
2.5 third time
3.0 thirty minutes
1.1 this and
-1.1 this autumn
3.0 this before
3.0 this can
-1.1 this experience
-1.7 this finds
-1.3 this friday
1.6 this i
-1.2 this job
1.9 this level
1.8 this process
-1.1 this role
-1.7 this spring
1.1 this to
1.6 this whole
1.6 thorough
3.0 those of
1.2 though
1.3 though i
1.9 though i'll
2.0 though i'm
3.2 though that
-2.5 thought i
-2.6 thought i'd
-1.3 thought it
1.4 thought the
-1.3 thoughtful
-1.1 thousand
1.1 three countries
3.0 three did
3.0 three hour
4.4 three interviews
-1.7 three months
3.2 three people
2.3 three rounds
1.1 three sites
2.2 three times
1.9 three year
-1.1 three years
-1.3 through a
-1.1 through for
-1.5 through how
2.2 through my
1.9 through two
1.6 through your
-1.7 throughout the
3.0 thrown
-1.3 thursday
-1.7 thursday <n>
-1.1 thursday afternoon
-1.3 thursday at
-1.3 thursday for
1.6 tick
-1.1 ticketing
-1.1 ticketing system
3.0 ticking
3.0 ticking exercise
-1.3 tight
1.1 till
-1.3 time but
1.6 time for
-1.1 time from
-1.7 time i
1.1 time i've
-1.1 time is
2.2 time it
1.6 time of
1.4 time that
2.2 time the
-1.1 time today
2.7 time your
-1.6 timeline
-1.1 timeline before
-1.9 timeline for
-1.3 timeline i
1.9 timer
1.1 times
1.4 times and
1.6 times at
3.0 times now
-1.6 timing
-1.1 timing i'd
-1.1 timing is
-1.1 tips
1.3 title
-1.3 to <n>
-2.4 to add
1.6 to an
1.9 to anyone
3.0 to assess
1.1 to attend
4.3 to believe
-1.5 to blow
-1.9 to bring
1.6 to cancel
3.2 to candidates
3.0 to catch
1.4 to conclude
-1.5 to contact
-1.3 to correct
-1.7 to decide
1.9 to describe
1.1 to each
1.1 to end
1.8 to every
1.5 to expect
3.0 to feel
1.4 to finish
-1.3 to fit
-1.1 to five
1.1 to fly
-1.1 to give
-1.1 to help
3.0 to his
-1.8 to home
1.4 to how
-1.3 to hurry
-1.8 to improve
-1.7 to inform
-1.6 to join
1.9 to judge
-1.1 to kindly
-1.1 to lead
1.6 to long
1.7 to look
-1.1 to miss
1.6 to notice
1.1 to other
1.1 to our
3.2 to people
-1.3 to picture
-1.1 to present
3.0 to progress
1.1 to promote
-1.6 to provide
3.5 to rate
-2.6 to reach
1.2 to read
1.4 to receive
1.6 to reconnect
1.6 to reconsider
3.0 to regret
-1.3 to relocate
1.4 to reply
-1.7 to respond
1.6 to return
-1.1 to revisit
1.1 to ring
1.2 to run
-1.7 to rush
3.0 to satisfy
-1.3 to save
1.6 to seeing
-1.1 to send
-1.1 to sit
2.0 to someone
-1.3 to speed
3.0 to square
-1.7 to start
-1.1 to step
-1.5 to teach
1.3 to think
-1.1 to train
-1.3 to trouble
-2.2 to try
1.6 to understand
-1.1 to update
-2.3 to wait
-1.1 to your
-1.1 today
3.0 together at
-1.1 together on
1.5 told
1.4 told at
2.4 told i
1.4 told i'm
1.5 told me
2.1 told the
-1.1 told them
1.6 told to
1.8 told you
-2.4 tomorrow
-1.1 too early
-1.3 too for
1.5 too much
1.6 too senior
1.8 took a
3.0 took five
-1.7 took over
-1.3 tools
-1.1 topped
1.9 touch for
-1.5 touched
-1.5 touching
-1.3 touching base
-1.1 tough and
-1.1 track record
1.1 trainer
1.1 training centre
1.6 transcript
-1.1 transfer
-1.1 transition
1.3 translation
1.9 translator
-1.8 transparent
-1.1 transparent that
-1.3 transport planner
2.5 travelled
-1.1 treasury
3.6 treated
-1.3 treating you
3.2 treats
-1.7 tried
-1.1 truly
-1.5 trumpet
-1.5 trumpet but
-1.1 trusts
2.4 try not
-1.3 try something
-1.7 try to
1.2 trying
1.3 trying to
1.1 tuesday i
1.4 turbine
3.2 turned out
1.1 turning
-1.1 twelve months
1.3 twenty
1.6 twenty five
1.6 twenty hours
3.5 twenty minute
2.5 twenty minutes
1.1 twenty years
1.9 twice
2.5 twice and
2.2 twice during
3.0 twice in
3.0 twice which
3.0 twice without
1.3 two emails
3.0 two evenings
-1.1 two examples
1.5 two hours
1.2 two interviews
3.8 two line
1.4 two months
1.4 two of
1.1 two offers
-1.3 two or
-2.0 two other
1.6 two people
-1.1 two seasons
-1.1 two things
3.2 typing
-1.7 uk
3.5 under review
-1.1 under the
-1.5 understand and
1.5 understand how
1.8 understand what
3.5 understand why
2.8 unfair
3.2 unfair to
-1.1 union
-1.3 units
-1.1 unless i
3.0 unlike
2.2 unpaid
1.6 unpaid leave
4.1 unprofessional
3.0 unsuccessful
1.9 unsure
-1.1 until
-2.4 until <n>
-1.9 until the
-1.1 unusual
-1.7 up at
1.6 up but
-1.1 up by
-1.1 up for
2.2 up from
3.0 up his
-1.3 up my
3.5 up rather
2.4 up twice
2.5 update and
-1.1 update from
1.1 update me
-1.7 update since
3.2 update though
-1.1 update you're
-1.5 updated timeline
-1.1 updates
1.6 updating
1.9 uploaded
-1.1 urban
1.1 us
1.9 us and
1.7 us both
1.6 us who
-1.3 use the
-2.7 useful for
-1.1 users
-1.1 uses
-1.3 ux researcher
1.6 vacancies in
1.1 vacancy i
-1.7 valid
-1.5 valid until
-1.3 valley
-1.7 value any
-1.5 valued hearing
1.4 values
-1.3 verbal
-1.3 verbal offer
-1.1 version in
1.6 very close
-1.1 very concrete
-1.3 very eager
-1.1 very enjoyable
-1.2 very enthusiastic
-1.1 very few
-1.4 very glad
-1.7 very grateful
-2.8 very happy
2.2 very hard
-1.7 very helpful
-1.1 very keen
-1.1 very much
-1.5 very pleased
-1.9 very real
1.6 very strong
-1.3 very thankful
-1.5 very welcome
1.1 very well
1.1 video link
1.2 view
2.2 view of
-1.3 visit and
-1.1 visiting
-1.8 visits
-1.7 voicemail
-1.1 voicemail on
-1.1 volunteer coordinator
-1.5 volunteers
-1.1 vp
-1.1 wait for
3.0 wait in
-1.3 wait until
1.4 waited
-1.3 waiting on
1.6 waiting room
1.1 walk round
-1.3 walk you
1.8 walked
2.4 walked in
1.6 walked out
1.6 walkthrough
-1.1 want my
-1.1 want this
-1.2 wanted
-1.4 wanted to
-2.6 wanted you
-1.1 ward and
1.1 warehouse lead
1.6 warehouse role
1.1 warehouse systems
1.2 was about
2.0 was actually
3.2 was already
2.6 was always
2.2 was an
1.4 was as
4.0 was asked
1.8 was being
-1.1 was busy
1.1 was called
3.0 was cut
3.0 was difficult
1.6 was done
3.0 was ever
1.6 was exactly
-1.5 was fascinating
3.0 was filled
3.0 was first
3.5 was for
1.1 was given
-1.4 was glad
-1.7 was grateful
-2.2 was great
3.2 was handled
3.2 was hard
-1.3 was helpful
1.6 was i
-1.5 was impressed
1.3 was in
3.0 was interviewing
1.4 was just
-1.7 was kind
3.0 was led
-1.7 was lovely
3.9 was made
3.5 was marked
2.5 was meant
1.9 was more
1.1 was moved
4.1 was never
1.6 was not
1.6 was offered
1.4 was on
1.6 was only
3.0 was promised
3.0 was re
1.5 was really
3.2 was settled
-1.1 was something
3.0 was spent
3.0 was spoken
4.3 was surprised
2.4 was that
2.4 was there
1.7 was told
3.2 was unprofessional
-1.3 was useful
1.1 was written
1.9 was your
-1.3 wasn't a
3.0 wasn't possible
-1.1 wasn't to
2.2 waste
3.9 waste of
2.2 watch
-1.1 watching
3.5 way but
1.1 way i
-1.3 way i'd
2.2 way of
-1.8 way or
3.0 way thank
1.7 way to
-2.2 way you
1.7 ways
3.0 we are
1.1 we both
2.2 we could
1.9 we didn't
-1.3 we discussed
-1.1 we learned
1.6 we meet
-2.6 we met
-1.5 we moved
3.2 we never
1.1 we speak
-1.5 we spoke
1.9 we started
-1.1 we used
1.6 we went
1.3 we were
1.4 we'd
1.6 we'll be
-1.1 weakness
-1.3 weaknesses
3.9 website
-1.3 wednesday
-1.5 wednesday about
-2.2 wednesday and
-2.4 wednesday for
-1.5 wednesday to
-1.7 week about
-1.5 week for
1.1 week of
-2.4 week so
3.0 weekend on
-1.7 weekends
-1.9 weekly
3.2 weeks after
-1.8 weeks notice
1.6 weeks on
-1.3 weeks so
-1.3 weight
1.3 welcome a
1.1 welcome any
1.3 welcome hearing
1.6 welcome it
1.6 welder
-2.2 well at
1.9 well before
2.2 well below
-1.7 well for
-1.5 well i'm
3.0 well of
2.2 well with
1.1 went
-2.0 went from
3.6 went on
2.4 went out
3.0 went through
1.9 went to
-1.1 went well
1.9 went with
3.0 were interrupted
1.6 were looking
1.9 were not
1.6 were on
1.2 were the
3.0 weren't
3.2 what basis
3.2 what changed
1.1 what else
3.0 what exactly
3.2 what he
-1.1 what i'd
1.6 what it
1.2 what it's
1.4 what my
3.0 what that
1.8 what the
2.0 what they
1.7 what to
1.8 what was
-1.5 what would
3.2 whatever the
3.0 whatever your
-1.1 when convenient
-2.2 whenever
-1.3 whenever suits
3.0 where they
-1.7 wherever
-1.3 wherever i
1.1 whether a
3.0 whether anyone
1.3 whether i'd
-1.8 whether i'm
1.1 whether the
-1.1 whether there
-2.9 whether there's
1.6 whether to
-1.1 whether you
3.0 which does
-1.3 which has
1.1 which i've
3.0 which made
1.1 which makes
1.7 which of
1.4 which one
2.4 which part
3.0 which suggests
3.0 which told
1.4 which was
-1.5 while i'm
-1.1 while since
1.3 while the
-1.1 while waiting
1.1 who
1.1 who already
3.2 who had
1.9 who i
3.0 who is
2.2 who never
3.2 who went
1.6 who would
1.6 who's
1.5 whoever
1.6 whoever has
3.0 whoever owns
1.1 whoever takes
1.9 whole day
3.0 whole saturday
1.9 whole thing
1.9 whole time
1.1 whom i
1.7 whose
1.4 why
1.8 why i
1.9 why i'm
2.2 why my
-1.8 wider
-1.3 wider team
-1.1 wife
1.4 will admit
1.1 will find
3.0 will forgive
1.1 will give
-1.3 will have
-1.7 will help
3.2 will look
-1.1 will make
1.6 will say
-1.1 will see
1.3 will take
-1.1 willing
1.1 wind
-1.5 window
1.8 wish
2.6 wish the
1.9 wish you
1.1 wishing you
1.8 with all
3.0 with harlow
1.9 with less
-1.1 with limited
2.2 with no
-1.7 with one
-1.1 with our
2.4 with respect
-1.1 withdraw because
3.2 withdraw the
-1.1 withdraw with
1.1 withdrawing because
2.2 withdrawing my
-1.1 within ten
1.6 within three
-1.5 within two
2.2 without an
1.1 without any
3.0 without hearing
-1.1 without me
-1.5 won
1.1 won't be
3.1 wonder
2.7 wonder how
3.1 wonder whether
-1.5 wondered
-1.3 wondered whether
-1.1 wonderful
2.2 wondering whether
1.6 word
3.0 word for
3.5 word of
-1.5 work i
1.1 work i'd
1.7 work out
1.1 work was
-1.2 work with
-1.4 work you
-1.1 worked out
-1.1 worked with
1.9 working a
1.1 working alongside
-1.7 working at
-1.7 working days
1.1 working in
-1.7 working on
-1.1 working through
-1.3 working with
2.2 works out
-1.3 works with
-1.5 workshop
-1.1 worries
1.6 worth
1.6 worth a
1.5 worth the
1.6 would apply
1.9 would ask
1.6 would benefit
-1.5 would bring
1.1 would do
-1.1 would enjoy
-1.3 would expect
2.2 would gently
1.7 would genuinely
1.6 would go
2.6 would have
-1.1 would help
-1.1 would let
-1.3 would love
-2.2 would make
-1.5 would most
-1.9 would need
1.1 would only
2.4 would point
-1.5 would prefer
1.4 would rather
-2.2 would really
1.1 would show
1.2 would still
-1.5 would take
-1.3 would value
-2.6 would very
-2.6 would you
-1.1 wrap
1.6 write again
-1.5 writer
1.4 writes
-2.4 writing about
-1.1 writing again
1.6 writing for
-1.1 writing once
-1.1 writing sample
-1.5 writing with
-1.4 written offer
3.6 written test
-1.1 written with
1.7 wrong
3.5 wrong way
1.4 wrote to
-1.1 year
-2.2 year i
3.0 year old
-1.9 year so
1.1 years ago
1.3 years in
-1.3 years which
-1.4 yesterday for
-1.5 yesterday i
1.1 yesterday rather
-1.5 yet and
3.2 yet to
3.0 you advertised
-1.3 you also
-1.5 you as
-1.5 you asked
-2.2 you be
-1.7 you before
-1.1 you both
-1.3 you but
-2.7 you by
1.4 you chose
1.1 you confirm
-1.1 you described
1.3 you directly
-1.7 you ever
1.1 you every
-1.1 you first
1.6 you found
-2.5 you gave
1.6 you hire
-2.0 you hoped
-2.1 you i
1.6 you i'll
-1.3 you i've
-1.1 you in
-1.1 you informed
-1.1 you is
1.1 you kindly
-1.5 you made
1.3 you may
-2.1 you mentioned
3.0 you much
1.6 you must
-1.2 you need
-1.1 you once
-1.1 you or
-1.5 you please
1.6 you put
3.6 you say
1.1 you should
-1.1 you showed
3.0 you success
-1.1 you taking
-1.5 you through
1.3 you told
-1.5 you too
-1.7 you took
1.1 you understand
-1.7 you very
-1.3 you want
2.2 you wanted
-2.1 you would
-1.1 you'd be
-1.1 you'd suggest
1.1 you'll find
-1.1 you'll see
1.1 you'll understand
-1.5 you're
-1.7 you're able
-1.3 you're doing
-2.1 you're keeping
-1.6 you're well
1.1 you've got
2.2 you've made
-1.9 young
4.0 younger
-1.7 your account
3.9 your advert
1.9 your agency
1.6 your agency's
1.9 your application
1.6 your attention
1.6 your brand
2.0 your call
3.2 your candidate
-1.8 your candour
1.6 your choice
1.1 your clients
1.6 your clinic
2.5 your colleague
1.6 your competitors
-1.8 your consideration
1.1 your convenience
1.9 your coordinator
-1.7 your description
-1.3 your diary
1.5 your email
1.1 your end
-1.5 your explanation
-1.1 your file
-1.5 your frankness
3.0 your future
2.2 your head
1.2 your help
-1.8 your honesty
2.9 your hr
3.0 your interview
3.6 your interviewers
2.5 your job
-1.7 your kindness
1.4 your letter
-2.1 your list
3.6 your mail
1.5 your message
-1.3 your news
4.3 your note
2.2 your offer
1.7 your own
2.4 your panel
-2.0 your patience
1.1 your phone
1.1 your pile
-2.5 your planning
1.6 your platform
-1.9 your point
3.2 your portal
-1.3 your position
-2.6 your question
-1.6 your records
1.9 your recruiter
4.0 your recruiters
2.0 your recruitment
1.1 your reply
-1.7 your role
1.1 your shop
-1.5 your shortlist
1.4 your side
-1.1 your size
-1.1 your studio
-2.4 your timeline
-1.3 your timing
-1.5 your unit
3.6 your website
1.6 yours but
-1.1 yours is
1.1 yourselves
-1.1 zero
""",
)

BOASTING = Reading(
    12.6,
    """\
-1.1 <n> <n>
-1.6 <n> april
-2.1 <n> august
3.2 <n> bed
-1.4 <n> certificate
-1.7 <n> days
-1.2 <n> february
-1.6 <n> july
-1.6 <n> june
-1.3 <n> march
-1.2 <n> million
-1.9 <n> november
-1.6 <n> october
-1.7 <n> over
-1.8 <n> per
-1.4 <n> pm
-2.5 <n> september
-2.2 <n> to
-1.4 a big
1.5 a bigger
1.5 a book
-2.4 a call
1.3 a candidate
3.0 a certain
-1.6 a change
3.2 a classroom
3.0 a cleaner
1.5 a client
-1.2 a close
1.9 a competitor
1.5 a considerable
3.0 a considerably
-1.4 a conversation
1.5 a coordinator
-1.8 a copy
-1.2 a course
-1.6 a current
3.2 a cut
-1.2 a day's
4.4 a decade
-1.2 a decision
2.3 a department
-1.7 a difficult
1.5 a director
1.9 a fairly
-1.8 a final
1.2 a firm
1.8 a first
1.5 a five
1.3 a formality
-1.7 a fortnight
1.5 a forty
-1.2 a four
3.0 a fourth
-2.5 a full
-1.8 a future
2.1 a genuinely
1.5 a graduate
3.0 a handful
3.2 a higher
1.5 a huge
-1.2 a junior
1.5 a legend
2.1 a level
-2.0 a line
-1.3 a long
-1.2 a look
1.5 a major
1.9 a master's
-1.6 a message
1.5 a mid
1.3 a million
-1.2 a minute
3.0 a model
1.5 a more
1.6 a much
3.0 a multinational
3.2 a national
2.1 a nice
-1.4 a note
-2.2 a one
-1.2 a paper
-1.4 a part
-1.2 a person
-1.2 a phone
1.5 a place
-2.7 a position
-1.4 a post
-1.8 a presentation
1.5 a problem
-1.2 a quarter
3.0 a ready
2.1 a really
2.6 a record
-1.2 a referee
1.6 a regional
1.5 a relief
-1.7 a reply
-1.4 a restful
-1.4 a ring
3.0 a room
-1.9 a rough
3.6 a row
1.3 a sales
-1.2 a school
1.3 a senior
-1.9 a shared
-1.2 a shift
-1.6 a short
-1.2 a similar
1.6 a single
1.5 a slightly
1.5 a spreadsheet
4.1 a step
-1.2 a straight
-1.3 a strong
-1.8 a surprise
-1.7 a take
3.0 a target
-1.4 a three
-1.4 a trial
-1.2 a verbal
-1.4 a voicemail
1.5 a wonderful
-1.9 a yes
-2.7 able
-2.7 able to
-2.6 about <n>
-1.2 about any
3.2 about as
3.0 about cloud
-1.2 about eight
-1.6 about four
-1.1 about future
1.4 about me
-1.6 about other
1.5 about stakeholder
-1.2 about supporting
2.1 about ten
1.3 about this
-1.6 about three
-1.4 about two
1.3 about weaknesses
2.4 above
3.6 above the
3.4 above what
-1.1 accept
-1.8 accept it
-1.2 accept my
-1.2 accept that
-2.2 accept the
-1.6 accept theirs
-1.6 accepted another
-1.2 accepted it
-1.4 access
-1.8 accordingly
1.5 account director
1.5 accountant interview
-2.1 accountant position
-1.2 accounts and
-1.2 accounts assistant
-1.2 accounts for
-1.6 accounts payable
1.3 acquisition
-1.4 act
3.2 actually done
3.0 actually run
-1.2 added
-1.4 additional
1.6 adeyemi
-1.2 administrative officer
-1.4 admire
1.9 admit i've
-1.7 admit the
-1.8 advert
2.1 advice on
1.5 advise
-1.7 advisor
-1.2 advisor role
1.2 afraid
1.5 afraid i'll
-1.1 after a
-1.2 after careful
-1.7 after four
-1.4 after hearing
1.3 after i
-1.4 after meeting
1.5 after one
1.5 after running
1.5 after seeing
3.0 after six
-1.2 after twelve
-1.7 after two
-1.4 afternoon for
-1.7 again about
-1.2 again as
-1.2 again at
1.3 again how
3.0 again i
3.0 again i'm
1.2 again if
-1.7 again in
-2.0 again next
-2.6 again on
1.9 again that
2.2 again to
-2.3 again when
1.5 against a
-1.4 against me
3.0 age of
1.9 agencies
1.4 agree
1.9 agree that
1.5 agree the
-1.9 agreed
-1.4 agreed to
-1.2 agronomist role
1.5 ahead
3.1 ahead of
-1.2 aid certificate
-1.4 aircraft
1.3 al noor
1.5 aldergrove
1.5 all came
-1.2 all i
1.5 all my
1.6 all of
-1.4 all possible
2.3 all year
1.5 allow me
1.7 alone
3.4 alone so
2.1 along with
1.1 alongside
2.3 already done
1.3 already know
3.0 already made
1.3 already told
1.5 already turned
-1.2 also enjoyed
3.0 also liked
1.5 also thank
1.5 always
3.2 always been
3.0 always said
-1.2 am asking
-1.4 am available
1.9 am certain
1.5 am checking
2.6 am confident
-1.1 am disappointed
-1.2 am in
1.5 am looking
-2.6 am not
3.2 am one
3.0 am ready
-1.4 am sad
-1.2 am sorry
1.3 am sure
-1.2 am thankful
4.7 am the
1.6 ambitious
-1.2 among them
-1.4 amount
-1.2 amount of
1.3 an afternoon
-1.5 an answer
3.0 an asset
-1.2 an earlier
-1.6 an email
1.5 an example
-1.2 an explanation
-1.9 an internal
-1.6 an updated
-1.2 analyst opening
1.6 analyst program
3.2 analyst she
3.0 analytical
-1.7 and accept
3.2 and also
-1.7 and am
1.5 and apologies
1.5 and as
1.9 and ask
-1.6 and asked
1.9 and both
3.0 and by
-1.2 and came
-1.8 and can
-1.2 and didn't
-1.4 and drove
1.3 and four
-1.2 and had
3.1 and he
3.2 and help
-1.8 and in
-1.2 and is
-1.4 and kindness
1.5 and last
-1.6 and learning
-1.6 and left
-1.2 and may
1.9 and more
1.6 and no
-1.7 and nobody
-1.1 and not
-1.4 and over
1.3 and ready
-1.2 and really
1.5 and received
1.5 and run
-1.2 and so
3.2 and sort
3.2 and there
-1.2 and they've
-1.6 and this
-1.6 and thought
3.2 and under
-1.7 and was
-1.4 and whether
-1.4 and will
2.1 and with
-1.4 and withdraw
1.5 and yours
1.5 angle
-1.2 animal
-1.2 another agency
-1.2 another employer
-2.5 another offer
-1.4 another opening
-2.0 another organisation
-1.7 another role
-1.2 another studio
-1.4 answer about
-1.4 answer by
1.5 answer to
-1.4 answer within
2.3 answered every
3.0 answered your
1.5 answers on
-1.2 any comments
-3.0 any feedback
-1.2 any indication
-1.2 any information
-1.2 any pointers
2.1 anyone
3.5 anyone else
1.3 anyone in
1.5 anyone on
2.1 anyone to
3.2 anyone who
3.4 anyone with
-1.4 anything about
-1.2 anything by
-1.7 anything comes
-1.2 anything from
-1.2 anything that
1.5 anything to
-1.1 anyway
-1.2 anyway i
-1.4 anywhere
2.1 apart
1.2 apologies for
1.5 apologise
-1.6 app and
2.1 apparently
-1.4 appeals
-1.2 appeals to
3.0 applicants for
1.5 applicants it
-1.4 application and
-1.2 application stronger
-1.7 application was
-2.3 applications
-1.1 applied
-1.2 applied for
-3.8 apply
-3.4 apply again
-1.7 apply for
1.6 applying for
-2.2 appointment
-1.6 appreciate a
-1.4 appreciate any
-1.2 appreciate being
-2.2 appreciate hearing
-1.8 appreciate it
-1.7 appreciate knowing
-1.2 appreciated meeting
-1.4 approach
1.5 approached
2.5 approaches
3.0 approaches this
1.5 approved
-1.5 april
1.9 arbitration
1.9 architects
1.9 architecture
-1.4 archive
-1.2 are a
-2.0 are able
1.9 are exactly
2.3 are meeting
2.5 are required
3.0 are still
3.0 are things
-1.2 areas
-2.2 around <n>
3.4 around me
1.9 around two
-1.4 arrange
-1.6 arranging
-1.2 arranging the
1.5 arrivals
-1.5 arrived
1.9 arriving
3.4 arrogant
-1.2 article
-1.2 article on
-1.2 artist
1.6 as an
3.0 as chief
1.5 as he
1.5 as head
1.3 as i'm
-1.2 as if
1.3 as long
3.0 as people
-1.4 as promised
-1.2 as requested
2.1 as someone
-1.2 as that
1.1 as the
3.0 as you'd
1.9 as your
-1.7 ashby
-1.2 aside i
1.3 ask how
-1.2 ask that
-1.2 asked for
-1.2 asked them
-2.3 asked whether
1.5 asking if
-1.8 asking you
-1.2 assessment for
-1.6 assessors
2.3 asset
3.0 asset to
-1.2 assignment
-2.6 assistant post
-1.4 assistant role
-1.2 associate credit
1.1 at a
1.6 at al
-1.7 at another
-1.4 at any
-1.2 at ashby
1.8 at brightwater
-1.2 at calder
-1.9 at home
-1.6 at interview
-1.2 at lunch
-1.2 at meridian
-1.2 at millbrook
-1.2 at our
3.0 at parcelly
1.9 at present
1.5 at quill
1.1 at st
2.1 at three
2.1 at two
-1.3 attached
-1.4 attached it
-1.7 attached my
1.3 audits
-1.7 august
1.2 authority
-1.9 automated
-1.8 availability
-1.4 available from
-1.4 awaiting
1.4 award
2.5 award for
2.6 awards
1.3 away feeling
2.0 awkward
2.1 back and
1.5 back as
-1.2 back by
1.5 back last
-1.2 back up
2.3 back with
-1.4 backend developer
-1.4 background in
-1.4 backlog of
3.0 banks
2.7 bar
3.2 bar for
1.5 bargain
-2.1 based
-1.4 based on
1.3 basic
-1.7 basis
1.5 batch at
-1.2 batches
1.2 be a
-2.5 be able
3.2 be an
1.5 be and
-1.2 be appreciated
1.5 be available
2.5 be candid
-1.9 be contacted
1.8 be easy
3.0 be fine
-1.2 be free
4.4 be getting
-1.7 be good
-2.0 be grateful
-1.2 be helpful
-2.5 be in
3.2 be interviewed
-1.6 be kept
3.2 be lucky
-1.6 be made
3.0 be modest
-1.4 be on
-1.3 be open
-2.1 be possible
-1.4 be really
3.2 be running
1.5 be stepping
3.2 be surprised
1.7 be the
-1.4 be there
1.4 be thrilled
-1.2 be watching
-1.7 be willing
-1.2 bear
1.5 became clear
2.1 because it
3.0 because my
-1.7 because you
1.5 become
2.1 bed
-1.2 bedside
-1.2 been almost
1.5 been appointed
-1.2 been checking
3.4 been doing
-1.9 been filled
1.5 been getting
-1.4 been good
1.5 been hard
-1.2 been hoping
1.3 been in
-1.1 been made
3.2 been named
-1.4 been on
3.2 been shortlisted
1.5 been trying
-1.4 been working
-1.6 before any
-2.1 before my
-1.4 before that
-1.5 before then
-2.0 before we
1.8 before you
-1.1 beforehand
-1.4 beginning
1.7 behind
1.9 behind it
2.5 behind the
-2.3 being open
4.0 being the
1.3 believe
1.9 believe i
1.5 believe that
3.0 believe your
-1.2 below the
2.3 berth
3.6 best candidate
2.1 best in
-1.2 best part
-1.8 better example
-1.2 better next
2.0 better than
3.0 between my
-1.6 between three
3.6 between us
1.3 big
1.5 big four
2.7 bigger
3.0 bigger than
1.8 biggest
4.1 blow
4.1 blow my
3.0 board will
1.5 board's
1.5 boards
3.4 boast
3.2 boast but
-1.2 boats
3.2 bonus
1.6 book
-1.6 booked
-2.0 booking
-1.6 booking system
-1.2 bookkeeper
3.0 books
1.9 border
2.6 boss
3.2 boss at
-1.2 both a
3.0 both felt
1.5 both for
3.4 both know
1.9 both of
1.6 both the
1.5 both times
-1.4 bother
3.2 bottom
3.2 bottom of
3.4 brag
3.2 brag but
1.5 branch in
3.0 branch operations
-1.4 breakfast
1.5 breaks
3.0 brendan's
-1.4 brewer
-1.4 brief note
1.5 brief the
1.5 brigade as
1.2 brightwater
3.0 brigid's
1.9 bring
2.6 bring a
1.5 bring in
1.3 bring it
1.6 bring that
1.6 bring the
2.3 bring to
3.0 brings
1.3 brisbane
-1.8 bristol
3.0 british
1.9 brunch
-1.9 budgeting
-1.2 building my
1.1 built
-1.7 business analyst
3.4 but do
3.0 but given
-2.9 but it
-1.6 but please
1.5 but that's
1.5 but this
3.8 but your
1.5 butter
-1.2 buyer role
-1.4 by <n>
-2.0 by about
-1.4 by changing
-1.4 by close
-1.4 by email
-1.2 by friday
1.5 by me
-2.3 by monday
-1.2 by moving
2.3 by my
4.0 by name
-1.9 by next
1.5 by people
-1.6 by phone
-1.6 by roughly
-1.7 by then
-1.7 by this
-2.4 by thursday
2.5 by two
-1.2 by wednesday
-1.4 by your
1.5 cabinet
-1.8 calder
3.6 calibre
-1.6 call and
-1.3 call on
-1.2 call the
-1.4 call to
-1.4 call would
1.6 called
3.7 called me
1.5 calls
3.0 calls from
3.2 calls me
1.5 calls when
1.3 came back
-1.6 came from
-1.8 came through
1.9 came to
1.5 campaign i
1.2 campaigns
1.5 can also
3.6 can bring
1.5 can continue
1.2 can do
1.5 can give
-1.2 can help
-1.2 can move
-1.6 can prepare
3.2 can promise
3.5 can say
-2.1 can share
1.3 can speak
-1.4 can stay
-1.6 can take
1.9 can talk
2.3 can tell
-1.6 can work
1.5 can't be
-1.4 can't help
-1.7 can't keep
-1.2 cancelled
1.3 candid
1.5 candid you
1.5 candidate but
-1.8 candidate experience
3.6 candidate for
1.5 candidate from
1.5 candidate is
3.2 candidate who
3.0 candidate you've
-1.4 candidates are
1.5 candidates as
-1.2 candidates know
-1.4 candidates who
3.0 candidates with
-1.4 candidates would
3.2 candidates you
-1.7 candidature
2.1 capable
3.0 cape
-1.2 cardiology
1.5 cards from
-1.4 care you
1.5 career at
-2.4 careers
-1.9 careers page
-1.4 carry
-1.4 case exercise
1.9 case i
-1.2 case presentation
-1.2 case that's
-1.2 case the
-1.2 case they
1.5 caseloads
1.5 cases
1.5 catches
1.5 category
1.5 caught up
1.9 cebu
1.5 cedar
1.9 cellar
-1.9 cent
-1.6 centre and
1.9 centres
1.5 certain i
-2.1 certificate
-1.2 certificate and
-1.4 certificate in
-1.2 certificate is
-1.4 certificate which
1.5 chain analyst
-1.9 challenge
1.5 chance and
-1.5 change
-3.0 changed
1.5 changes or
-1.4 changing how
1.3 charge nurse
1.5 chartered
-1.4 chasing
1.1 chat
3.4 chat this
1.9 chatting
-1.2 check email
-1.4 checking my
-1.7 checklist
-1.2 checklist and
2.1 cheers
2.0 cheers for
-1.7 chef position
1.5 chennai
1.8 chief
2.1 chief executive
-1.7 children
-1.2 choice but
-2.2 choice so
1.6 choose
2.1 choosing
3.0 choosing to
-1.4 circumstances
1.8 city
1.5 civil service
-1.6 clarify
1.1 class
1.3 classes
1.5 classroom
3.0 classroom and
1.9 cleaner
-1.2 cleaning
-1.2 clear answer
2.0 clear the
-1.2 clearance
-1.7 cleared
3.0 clearly the
-1.2 clerical
-1.2 clerical officer
-1.2 clerk
1.2 client
1.9 client and
3.2 client list
-1.2 client's
2.2 clients
3.2 clients have
1.5 climb
3.0 clinical and
-1.2 clock
-1.4 close of
1.3 closed
1.5 closed the
1.8 cloud
1.3 coaching
1.6 cohort
-1.2 cold chain
3.2 collecting
3.0 collecting the
1.3 columba's
1.5 columba's i
3.0 combination
1.6 come across
3.0 come along
1.5 come around
1.4 come back
1.6 come out
3.2 come with
3.0 comes to
1.3 coming back
1.5 coming in
3.2 commendation
-1.9 comment
-2.1 comments
-1.8 comments on
-1.4 committee's decision
-1.2 communicated
-1.2 communicated to
-1.2 communication
1.5 community outreach
-2.0 commute
-1.2 commute would
1.7 companies
-1.7 company has
2.0 company i
-1.2 company in
-1.2 company is
-1.2 company with
3.4 company's history
1.3 competency
1.3 competitive
1.9 competitor
-1.6 complete sense
-1.4 completed
-1.2 completed a
-1.2 completed my
-2.3 completed the
-1.7 completely understand
1.5 complex
1.2 confidence
1.4 confident
3.2 confident i'll
4.0 confident that
-1.2 confirm by
-1.2 confirm which
-1.6 confirmation
-1.8 confirmed
-1.8 confirmed how
-1.6 confirmed that
-2.0 confirming
-1.2 conflict
-1.7 confused
-1.1 congratulations
-1.2 congratulations on
-2.4 congratulations to
1.5 connected
-1.2 conservator
1.5 considerable
2.1 considerably
3.0 considerably higher
-1.6 considered again
-1.2 considered in
-1.2 construction
-1.3 consultation
2.1 consulting
1.5 consulting for
1.9 consumer
-1.6 contact
-2.3 contacted
3.2 contacts
-1.2 content strategist
-1.4 continue in
-1.2 continued
3.0 contract and
-1.4 contractor
1.5 contractors
-1.6 contribute to
-1.6 controller role
1.5 controls
-1.7 convenience
-1.7 convenient
-1.4 conversation made
-1.8 conversations with
3.4 convinced than
1.5 cook
1.9 cooling
-1.6 coordinated
-1.2 coordination
-1.2 coordinator interview
-2.7 coordinator position
-1.4 copied
-1.4 copy of
1.3 corporate
-1.8 correction
1.5 costs
1.5 could bring
-1.2 could confirm
-1.4 could contribute
1.5 could finally
-1.2 could give
-1.6 could help
1.5 could make
3.0 could probably
1.5 could raise
1.6 could see
1.3 could take
3.2 could teach
1.2 could tell
-1.2 could work
-2.0 could you
1.5 couldn't
-1.2 council's
-1.2 count against
-1.2 counted
-1.6 counterbalance
2.6 country
1.1 county
1.6 county's
3.0 courier
-1.7 course in
-1.4 course on
-1.7 covers
-1.2 cpc
1.8 creative
1.5 crest
1.3 crestline
1.5 crews
3.0 critical
3.0 critical care
-1.7 cross again
3.0 cross border
-2.0 cross paths
-1.6 culture
1.4 current company
-1.4 current contract
1.5 current firm
-1.6 current job
-1.4 current post
-1.9 customer service
-1.2 customs compliance
3.2 cut above
-1.2 cv and
1.3 cv i
1.5 cv is
-1.6 cv on
-1.2 dairy
-1.2 data scientist
-1.2 date to
-1.2 date you
-1.9 dates
-1.4 day for
-1.2 day itself
1.6 day of
-1.4 day on
2.7 day one
1.3 day to
-1.4 day was
-1.2 day's
-1.2 days before
-1.2 days of
1.9 days which
-1.4 de
-1.1 deadline
1.9 deal and
3.4 deal in
-1.4 dear graduate
4.4 decade
3.2 decade but
3.0 decade of
-1.8 december
-1.2 decided
-1.2 decision about
-1.2 decision by
-1.2 decision had
-2.0 decision has
-1.6 decision on
-1.2 decision this
1.5 decision though
-2.3 decision was
-1.4 decision within
-1.2 decisions take
-1.2 deckhand
1.2 delay
1.4 delivered
3.0 demanding
-1.4 dental
1.5 department has
2.1 department of
-1.4 depots
1.6 depth
1.5 depth in
3.0 depth of
1.5 described are
1.3 described in
3.7 described me
-1.2 described to
-1.4 deserve
1.5 design award
1.9 designed
1.3 desk and
1.5 did at
3.0 did finish
-1.2 did get
-1.7 did notice
-1.8 did want
1.5 didn't come
3.0 didn't say
-2.4 didn't want
-1.2 difference to
-1.2 difficult choice
-1.6 difficult to
1.4 dinner
1.9 dinner last
1.6 director
3.0 director has
3.0 director level
1.8 director of
1.5 director position
1.5 directors
-1.1 disappointed
-1.1 disappointed i
-1.1 disappointed of
-1.2 disappointing news
-1.4 discharge
-1.2 discuss it
1.5 discussed which
-1.8 discussing
-1.7 discussing the
-1.4 discussion of
-1.6 discussion on
1.5 division
-1.7 do appreciate
3.2 do call
1.3 do in
3.7 do let
-1.2 do my
-1.7 do next
-1.6 do still
3.0 do tell
3.0 do tend
1.2 do with
1.5 dockside
-1.2 does and
1.3 does not
1.5 doesn't come
3.0 doesn't often
-1.2 doing and
1.5 don't come
-2.3 don't feel
-1.7 don't hear
-1.4 don't hold
3.0 don't stay
1.2 don't think
3.6 done it
1.9 done this
1.6 door
3.0 doors
2.8 doubt
3.7 doubt many
3.0 doubt you'll
-1.2 down a
1.3 down for
1.5 down in
1.3 drawings
-1.4 drivers
-2.1 drop
-2.4 dropped
-1.2 dropped from
-1.6 drove
1.3 dubai
-1.2 due on
1.3 due respect
-1.4 due to
1.6 durban
-1.4 duties
-1.4 each stage
-1.2 each time
-1.2 each way
-2.7 earlier
-2.0 earliest
1.5 easiest
-1.4 east
1.3 easy
1.9 easy for
1.5 edited
1.5 education and
1.3 educator
3.2 effectively
-2.2 effort
1.5 eight years
-3.5 either
-3.3 either way
1.2 eleven
4.0 eleven years
3.4 else can
2.2 else in
3.2 else on
3.0 else you're
-1.5 email
-1.9 email about
-1.2 email every
-1.2 email i
-1.6 email regarding
-1.1 emails
3.0 embarrassing
1.3 employee
3.0 employee of
-1.2 employees
-1.2 employer and
1.3 employment
-1.6 encouraging
-1.3 end of
1.5 end the
1.3 end up
1.5 ends up
1.6 energy
3.0 energy to
3.0 engineer in
1.6 engineer trainee
2.3 engineer who
2.5 engineers
-1.2 english translator
-1.6 enjoy helping
-1.6 enjoy meeting
3.0 enjoyable conversation
-1.2 enjoyed learning
1.5 enjoyed most
-1.4 enjoyed my
-1.7 enjoyed working
2.3 enough to
1.9 enterprise
1.9 entire
-1.6 entry
-1.4 error
-1.6 especially after
-1.7 especially in
-1.4 especially on
3.0 estate and
1.3 esteemed organisation
1.5 european
-2.3 even a
1.3 even the
1.9 even though
1.5 even without
-1.7 evening
-1.4 evenings
-1.7 events coordinator
1.1 ever
3.2 ever had
-1.2 ever have
3.0 ever made
2.1 ever since
1.5 ever that
3.2 every branch
-1.2 every conversation
-1.6 every evening
1.5 every new
3.2 every project
-1.2 every saturday
1.3 everyone in
-1.2 ewm
1.5 exact
3.0 exaggeration
-1.8 exam last
-1.4 example is
1.3 exams
3.2 exceed
-1.6 excel
3.0 exceptional
1.5 exercise a
-1.2 existing
-1.2 expectations
-1.2 expecting
-1.2 experience of
3.0 experience than
-1.2 experience which
-1.7 experience with
1.6 experienced
3.4 experienced person
-1.6 expires
-1.2 expires on
-1.7 explaining that
1.9 export
-1.2 extend
1.6 face
3.2 face when
2.1 faces
1.3 fact
2.3 fact that
3.4 fail
3.2 failed
-1.2 failure
-1.4 fair amount
1.3 fair bit
1.5 fair few
1.5 fair to
2.4 fairly
3.0 fairly obvious
3.4 fairly straightforward
3.0 fairly sure
-2.4 falls
-1.4 family is
1.1 far
3.0 far ahead
1.9 far better
1.5 far more
2.3 farm
1.5 farm manager
1.6 fast
1.2 faster
3.0 faster than
3.4 fastest
3.2 favour
-1.7 february
-1.4 february and
3.0 fee
-1.4 feedback
-1.4 feedback from
-1.4 feedback on
-1.2 feel i
-1.7 feel like
-1.2 feel you
1.1 feeling
3.0 feeling i'd
3.0 feeling that
1.4 feelings
3.0 feelings at
2.1 feet
-2.7 fell
-2.1 fell short
2.5 felt it
1.9 felt more
1.5 felt rather
1.5 ferris
-2.1 few days
1.9 few ideas
-1.4 few minutes
3.4 few more
1.6 few of
1.8 few people
3.2 few tricks
2.1 few years
3.0 fielding
3.0 fielding calls
-1.4 fifteen minutes
3.8 fifteen years
-1.4 figure
-1.4 figure i
1.5 figures the
-1.4 file for
-2.5 filled
-1.4 filling the
1.5 filter
1.5 final rounds
-1.7 final stage
3.0 finalise
1.5 finally get
-1.2 finance assistant
1.6 find
2.4 find a
3.2 find another
3.7 find anyone
1.5 find my
3.0 find someone
1.6 find the
3.0 find yourselves
1.9 finds the
3.7 finest
1.5 finish it
1.5 finish my
3.0 finished first
-1.7 finished the
3.0 finished top
1.3 finishing
-2.0 firm and
1.5 firm is
1.5 firm offer
3.4 firm that
3.3 firms
3.2 firms told
-1.8 first aid
3.0 first class
2.9 first day
3.4 first in
2.1 first name
1.6 first of
1.9 first quarter
-1.4 first round
-1.2 first season
3.0 first shift
-1.4 first two
4.1 first week
1.5 fit and
3.0 fit right
-2.3 fits
-1.8 five minutes
3.0 five star
-1.4 five weeks
1.2 five years
2.3 fix
1.8 fixed
1.9 fixing
3.0 flaw
3.0 flaw is
-1.2 fleet planning
-1.2 flood response
1.5 floor i
-1.2 flying
-2.0 focus
-1.4 focus on
1.5 follow but
3.0 follow me
-1.4 foods i
-1.2 football
1.5 footing
-1.2 for about
3.2 for advice
-1.7 for any
-2.0 for anything
-1.6 for arranging
-1.2 for at
-1.2 for confirming
-1.4 for even
1.3 for everything
-1.2 for finally
-1.2 for getting
-1.2 for informing
3.7 for itself
2.1 for long
2.1 for lunch
1.3 for more
-1.7 for nothing
-1.2 for other
-1.1 for our
-1.4 for passing
-1.8 for phoning
1.5 for replying
-1.2 for running
-1.4 for similar
3.0 for six
-1.2 for some
2.5 for someone
-2.2 for speaking
-2.4 for telling
-1.6 for that
1.5 for themselves
1.5 for this
1.8 for today
1.5 for tuesday
1.6 for two
1.5 for yesterday's
1.1 for you
3.4 foreman
1.5 forgive
3.4 forgive the
1.6 forgot
1.6 forgot to
-1.4 forgotten
-2.3 forklift
-1.4 forklift licence
-1.2 formal
1.3 formality
1.3 former
3.0 former boss
-1.4 fortnightly
-1.7 forty minutes
-1.2 found my
1.5 four of
-1.7 four rounds
-1.1 four weeks
-1.2 frame
2.6 frankly
2.6 frankly i
3.2 frankly the
1.5 frees
-2.2 friday <n>
-1.2 friday afternoon
-1.8 friday so
-1.2 friend
-1.3 from <n>
-1.8 from about
-1.6 from an
-1.6 from another
2.2 from day
-1.4 from nine
3.2 from other
-1.2 from outside
1.5 from people
-1.2 from retail
2.0 from scratch
1.5 from speaking
-1.2 from them
1.3 from two
1.2 from what
3.0 from zero
-2.0 front of
1.5 fuller
1.5 fuller picture
-1.7 fully
1.5 fun
-1.4 funding
-1.4 funeral
-1.2 funeral arranger
-1.2 future
-1.4 future candidates
-1.4 future i
-1.3 future openings
1.3 future positions
-1.1 future vacancies
1.9 gallery
-1.1 gap
3.2 gas
1.2 gather
2.3 gather is
-1.2 gave of
1.5 gave the
1.5 gave up
-1.4 geelong
-1.2 generous of
1.4 gently point
1.9 genuinely fun
3.4 genuinely think
-1.6 genuinely useful
-1.4 get back
-1.2 get in
1.2 get the
1.9 gets
1.1 getting
2.7 getting a
-1.3 getting back
3.0 getting someone
3.0 gifted
3.0 gifted student
-1.2 gis
1.5 give the
1.2 given that
-1.4 given to
1.5 giving me
-1.2 glad the
1.5 glasgow
1.6 go and
-1.2 go another
1.9 go back
-1.2 go in
1.5 go into
1.5 go live
-1.6 go over
2.1 go so
-1.2 goes smoothly
-1.9 goes well
-1.4 going through
3.2 gold
-2.2 gone to
-1.6 good afternoon
1.5 good at
1.9 good shape
-1.2 good summer
1.5 got back
3.2 got my
3.0 got our
1.9 gracious
1.5 gracious about
1.3 graduate engineer
-1.4 graduate recruitment
3.2 graduated
2.3 graduates
3.0 grant writing
-1.2 grants
-1.6 grants officer
-1.2 grateful
-1.2 grateful for
-1.7 grateful if
-1.2 great experience
1.5 greatly
1.6 grew
1.7 ground
1.8 ground running
3.0 ground up
1.5 group discussion
1.5 group for
1.3 grown
1.3 growth
1.9 gst
-1.2 guessing the
1.3 guest relations
2.0 guests
3.2 gulf
1.6 habit
1.9 habit of
1.5 had actually
-1.6 had already
3.2 had and
-2.5 had been
-1.2 had clearly
-1.2 had gone
-1.9 had hoped
1.5 had me
1.5 had no
-1.2 had really
1.5 had seen
3.0 had this
3.0 had three
3.2 had two
3.0 had worked
1.3 half
2.8 half the
-1.6 hall
1.3 halvorsen
1.9 hand and
3.0 hand holding
3.4 handedly
3.0 handedly turned
3.0 handful
3.0 handful of
-1.6 handle the
-2.3 handover
1.9 happen to
2.1 happened
1.5 harbourline
1.4 hard feelings
-1.4 hard for
-1.8 hard not
1.2 harder
3.0 harder to
1.5 hardest
-1.8 harvest
3.7 has actually
2.4 has already
1.6 has asked
-1.6 has changed
3.0 has described
1.5 has done
-1.4 has gone
1.6 has grown
-1.2 has its
1.6 has just
3.2 has managed
2.1 has my
2.1 has never
-2.3 has now
-1.2 has reached
1.9 has run
3.2 has taken
2.1 has told
3.8 has worked
1.5 hasn't
-1.2 hasn't changed
3.2 hasn't stopped
1.5 hate to
-1.6 haulage
-1.6 have accepted
2.6 have already
-1.3 have an
1.5 have and
-1.7 have another
-1.4 have asked
-2.4 have attached
2.5 have built
2.1 have called
-1.2 have changed
1.3 have chosen
1.3 have come
-1.2 have copied
-1.2 have decided
-1.2 have enjoyed
-1.2 have everything
-1.2 have expected
1.9 have i
1.5 have managed
3.0 have more
1.5 have my
3.8 have never
-2.4 have not
3.4 have noticed
3.0 have observed
-1.8 have preferred
-1.2 have received
-1.8 have saved
-1.2 have several
-1.2 have some
1.3 have that
1.9 have this
1.2 have thought
3.2 have trained
1.5 have tried
-1.6 have until
-1.2 have used
-1.6 have your
-1.4 haven't accepted
-2.4 haven't heard
1.2 having
3.2 having already
-1.4 having been
1.5 having come
3.0 having reflected
3.0 having trained
1.8 he
1.5 he did
1.5 he had
2.2 he has
1.5 he would
2.5 he'd
1.5 head office
3.7 headhunted
1.5 headship
1.5 healthcare
-1.4 heaps
-1.4 heaps for
-1.2 hear after
-1.6 hear back
-1.6 hear by
1.3 hear good
-1.2 hear i
-1.2 hear something
1.5 hear where
-2.1 heard anything
-1.6 heard by
1.5 heard of
-1.2 heard that
-1.6 hearing it
-1.4 heart
1.5 hectic
3.2 helen
3.2 help desk
-1.2 help i'm
-3.1 help me
-1.2 help on
-1.9 help to
-1.9 help your
-1.8 helped me
1.5 helped the
-1.7 helpful
-1.6 helpful to
-1.2 helping the
-1.2 helping with
1.6 helps the
3.4 helps your
2.1 higher
3.2 higher grade
4.4 highest
3.6 highest in
-1.7 highlight of
-1.4 hillcrest
3.2 himself
1.2 hire
3.2 hire someone
3.4 hire you
3.0 hires
1.5 hiring manager
3.0 his own
-1.4 his phone
1.5 hit
1.8 hit the
-2.3 hold a
-1.4 hold indefinitely
-1.2 hold up
1.6 holder
1.5 holding a
3.0 holding i
-1.7 holidays
1.5 hollins
-1.2 hollis
-1.6 home and
-1.6 home task
1.5 home until
1.3 honest answer
2.0 honest i
-2.0 honest that
1.9 honest the
-1.6 honest with
1.9 honestly after
3.0 honestly be
1.6 honestly i
-1.7 hope our
-1.7 hoped
-1.8 hoped to
-1.1 hoping
-2.4 hoping for
3.0 horn
3.0 horn but
-1.4 hospice
1.5 hospital trust
1.3 hospitality
-1.2 hosting me
3.0 hotels
1.6 hour of
1.5 housing scheme
-1.4 how a
1.9 how candid
1.3 how many
-1.4 how open
1.3 how quickly
-1.8 how things
1.5 how well
-2.2 however
-1.9 however i
1.5 huge
1.3 humbly
-1.3 i accept
1.3 i already
-1.2 i answered
-1.3 i applied
-1.3 i ask
1.3 i assume
-1.9 i attended
1.3 i believe
3.6 i bring
-1.8 i cannot
-1.4 i cleared
1.5 i come
-2.3 i completed
-1.9 i completely
-1.6 i coordinated
1.3 i couldn't
1.9 i described
3.3 i doubt
1.5 i end
1.6 i forgot
-1.2 i froze
-1.2 i fully
1.2 i gather
1.8 i genuinely
1.6 i get
2.7 i go
3.2 i graduated
1.5 i grew
3.0 i happen
-1.2 i hear
-1.2 i heard
1.9 i honestly
1.4 i imagine
3.0 i join
-1.2 i learn
-1.2 i learned
1.5 i leave
1.6 i like
1.1 i may
1.5 i more
-1.2 i most
-1.2 i moved
-1.1 i need
-1.2 i never
-1.2 i note
1.3 i now
3.0 i outshone
-1.6 i particularly
-2.4 i passed
-1.6 i plan
-1.8 i prepared
1.5 i presented
1.5 i promise
-1.2 i read
-1.3 i received
2.4 i reckon
-1.4 i request
-1.2 i respond
4.0 i say
1.6 i see
1.3 i shall
3.0 i showed
3.2 i start
-1.2 i still
1.5 i stood
-1.4 i stopped
1.6 i suppose
2.1 i suspect
3.7 i tend
1.6 i think
-1.6 i understood
1.5 i wait
-2.2 i wasn't
-1.4 i wondered
3.2 i'd answered
-2.4 i'd appreciate
4.9 i'd bring
1.5 i'd come
1.5 i'd expect
-1.2 i'd find
1.5 i'd gently
1.6 i'd happily
-1.4 i'd hear
1.6 i'd honestly
-1.6 i'd hoped
2.3 i'd imagine
-1.8 i'd need
3.0 i'd say
-1.8 i'd value
-1.1 i'd welcome
3.4 i'll bring
1.5 i'll come
-1.8 i'll give
1.3 i'll just
-1.4 i'll keep
3.0 i'll land
2.3 i'll leave
1.3 i'll say
1.5 i'll share
-1.4 i'll work
1.2 i'm afraid
-1.2 i'm also
3.0 i'm choosing
1.1 i'm confident
-1.2 i'm disappointed
-1.2 i'm even
3.2 i'm fairly
1.3 i'm free
1.2 i'm genuinely
-1.6 i'm glad
-1.2 i'm grateful
1.5 i'm honest
-1.6 i'm hoping
2.3 i'm in
1.9 i'm more
1.5 i'm only
3.0 i'm quite
1.6 i'm rather
1.2 i'm really
-1.2 i'm sorry
-1.2 i'm telling
3.4 i'm the
4.3 i'm told
1.5 i'm up
1.8 i'm used
3.2 i'm usually
1.6 i've already
-1.2 i've also
1.3 i've built
1.3 i've done
3.4 i've ever
-1.6 i've finished
1.3 i've had
1.5 i've kept
1.9 i've led
1.5 i've managed
3.2 i've never
3.0 i've no
1.5 i've run
-1.4 i've taken
1.3 i've turned
1.2 i've worked
1.5 icu
2.1 ideal
2.1 ideal candidate
-1.6 ideally
-1.8 if a
2.5 if anyone
1.3 if i'm
-2.3 if it's
1.3 if my
-1.2 if needed
-1.2 if not
-1.8 if so
-1.4 if someone
-2.5 if that's
1.3 if they
-1.2 if things
-1.6 if useful
-1.6 if you're
1.8 imagine
1.6 imagine the
3.2 immodest
3.0 immodest but
2.1 important
-1.6 impressed by
-2.0 impression
1.8 impressive
1.9 impressive and
-1.3 improve
-1.2 improve for
1.5 improvement
-1.4 in after
1.6 in an
1.2 in and
1.5 in another
1.3 in any
-1.7 in april
-1.2 in at
-1.6 in contact
1.9 in durban
-1.2 in each
1.9 in eighteen
2.1 in eleven
1.3 in fact
-1.6 in february
-1.6 in front
-1.1 in future
1.5 in gothenburg
3.0 in half
1.5 in hand
3.6 in his
1.5 in house
-1.7 in it
1.6 in its
-1.4 in january
-1.2 in june
1.5 in lyon
1.5 in most
-1.2 in now
1.5 in over
1.5 in riyadh
3.0 in shenzhen
-1.9 in that
1.3 in this
1.5 in time
2.9 in twenty
2.3 in under
-1.9 in well
-1.2 in which
1.9 in with
3.4 in years
1.5 in yesterday
2.1 inbox is
1.3 including a
1.4 including the
1.5 indeed
-2.0 indefinitely
-1.6 indication
-1.4 indication of
2.7 industry
-1.2 information i
-1.2 information you
-1.1 informing
-1.1 informing me
1.3 infrastructure
-1.2 injury
3.0 inspectors
-1.6 instead of
1.9 institute
2.1 institution
-1.2 instructional
-1.2 insurance
-1.1 interest
-1.1 interest in
-2.5 interest of
-1.2 interested especially
-1.2 internal applicant
-2.1 internal candidate
3.0 internships
-1.7 interview at
3.2 interview can
-1.2 interview fell
1.5 interview felt
-1.4 interview itself
1.3 interview of
-1.4 interview or
-1.7 interview so
1.3 interview today
-2.4 interview was
3.0 interviewed by
1.5 interviewed on
-1.6 interviewer
1.5 interviewers
1.5 interviews i've
-1.4 into account
1.5 introduce
1.5 introduced
-1.4 involved
-1.7 involves
-1.2 is <n>
-1.2 is all
-1.7 is an
-1.4 is back
1.5 is below
3.2 is brief
-1.6 is doing
-1.1 is exactly
3.2 is fairly
-1.2 is fine
1.5 is full
-1.4 is happy
-1.2 is helpful
3.0 is impressive
-1.4 is likely
1.9 is more
3.0 is mostly
-1.4 is moving
-2.6 is my
1.6 is no
-1.2 is not
-1.6 is on
1.3 is only
1.5 is out
3.2 is pitched
2.1 is probably
3.2 is rather
1.5 is that
-2.0 is there
3.0 is unusual
-1.6 is up
-1.4 is valid
1.9 isn't a
2.1 isn't often
-1.2 isn't possible
1.5 isn't really
3.4 issues
-1.7 it a
1.5 it against
-1.8 it be
1.5 it became
-1.2 it before
3.0 it better
-1.4 it by
1.5 it can't
-1.6 it confirmed
-1.9 it does
1.5 it fair
1.5 it first
-1.2 it further
1.5 it here
1.5 it i'm
-1.8 it if
-2.4 it might
1.5 it plainly
1.3 it says
1.4 it seems
1.5 it shows
-1.1 it sounds
-1.2 it support
1.3 it the
1.5 it too
-1.2 it took
-2.0 it wasn't
1.8 it will
-1.5 it would
1.3 it's clear
2.3 it's fair
-1.7 it's hard
-1.2 it's now
1.6 it's rare
-1.2 it's something
-1.1 it's useful
1.1 it's worth
1.5 its best
-1.2 january
2.1 job for
-1.7 job is
3.0 job so
2.1 job talk
-1.4 join a
1.5 joiners
-1.4 joins
-1.2 joins you
-1.2 joint
1.9 joke
1.3 joking
-1.6 judge
1.5 judgement
-1.4 june and
-1.2 junior accountant
-1.4 junior copywriter
1.5 junior sous
2.3 just been
1.5 just gently
1.5 just had
-1.8 just let
-1.2 just like
-1.2 just rather
2.3 just say
-1.2 just touching
3.0 kaya
1.5 keen so
1.5 keen that
1.5 keep asking
1.3 keep coming
-1.7 keep following
1.9 keep looking
2.3 keep up
-1.2 keep working
1.3 keeps
3.0 keeps telling
-1.4 kept in
-1.2 kept my
-1.2 kept the
3.2 keynote
-1.2 kindly agreed
3.2 kindly for
-1.4 kindly keep
1.3 kindly note
-1.2 kindly revert
1.5 kindly update
-1.3 kindness
1.8 knew
3.0 know as
-1.8 know by
1.5 know i
3.0 know i'd
-1.8 know i'm
-2.1 know i've
-1.2 know so
-1.3 know that
3.2 know these
-1.4 know this
1.5 know when
-2.4 know whether
1.6 know you
1.5 know you're
-1.2 knowing where
1.1 known
-1.2 lab and
-1.6 lab technician
-1.4 labs
2.0 lads
1.4 lagos
1.5 lagos and
1.5 lamp
3.0 land
3.2 land on
1.5 landlord i'll
-1.2 lang
-1.7 language
-1.2 laptop
1.5 largely because
3.8 larger
3.0 larger than
2.6 largest
3.0 largest deal
-1.4 last <n>
1.9 last company
1.6 last five
-1.8 last friday
2.1 last night
-1.4 last role
-1.2 last six
1.3 last spoke
1.2 last spring
1.5 last year's
-1.7 late and
-1.4 later
-1.2 later in
-1.2 later this
3.0 launch and
2.1 launched
1.5 layout
1.3 lead the
1.3 leaders
1.3 leadership
-1.6 leads
1.9 league
3.4 lean
3.0 lean on
1.9 learn a
-1.4 learn it
-1.7 learn the
-1.1 learned
1.9 learners
-1.9 learning how
-1.1 least
-1.2 least sure
-1.2 leave and
1.9 leave them
1.3 leave you
-1.2 leaves
3.0 lectureship
1.1 led
1.9 led a
3.0 left feeling
1.9 left with
1.5 legend
-1.4 leicester
-1.4 length
1.5 lesson and
-1.4 lessons
-1.2 let candidates
1.8 let the
1.9 let's
3.0 let's be
-1.1 letter
-2.0 letter about
1.5 letter i
1.7 level
-2.0 level <n>
4.0 level of
1.5 liberty
1.5 liberty of
-2.1 library
-1.9 library assistant
-1.4 library service
-1.4 licence
3.0 licences
-1.2 licensed
1.5 life and
1.3 like i
1.5 like it
2.2 like me
3.2 like mine
-1.4 like someone
1.3 like that
2.1 like yours
1.5 liked my
1.6 liked what
2.1 liked your
-1.6 limited
-1.2 limits
3.2 lindqvist
-1.4 line about
1.8 line and
-1.2 line on
1.3 list
3.0 list next
1.5 listens
-1.2 little sad
-1.2 little to
1.5 live up
3.4 lobby
-1.7 localisation
-1.6 log
1.5 logistics as
-1.2 long process
-1.2 long time
-1.4 longer than
1.9 look like
-1.1 looked at
1.2 looking forward
1.2 looks
2.3 loop
-1.6 lose
1.5 loss
-1.2 lost
-2.0 lot to
-1.2 lounge
1.3 loved how
1.1 lovely
1.8 lovely to
1.9 low
1.5 lowe
2.1 lowest
-1.4 loyalty
-1.2 luck filling
1.8 lucky
1.6 machine
3.0 mad
1.6 madam
1.3 made a
1.5 made an
-1.6 made by
-1.2 made it
3.0 made your
-2.1 mail
-1.2 mail and
-1.2 mail regarding
-1.2 mainly because
1.5 maintenance plumber
2.3 major
1.5 make all
-1.7 make my
1.5 make this
1.5 make your
-1.6 makes complete
1.2 managed
1.5 management accountant
1.5 management team
1.9 manager in
1.5 manager job
1.5 manager there
2.2 managers
3.2 managers for
1.5 managing
1.9 manila
3.0 manual
3.0 manual your
1.5 many
1.5 many applicants
2.6 many of
2.3 many people
2.3 many times
1.5 marcus
1.9 margin
3.0 market for
3.4 market values
-1.2 marks
1.5 mass
1.9 master
1.5 master's
-1.2 match for
1.6 matched
-1.4 matter
3.0 matters more
-1.4 matters to
1.5 may add
1.5 may find
-1.9 may i
3.0 may know
-1.2 may require
3.0 may say
-1.3 me a
-1.1 me about
3.2 me after
2.1 me again
1.9 me as
3.0 me better
1.3 me but
1.5 me by
-1.2 me decide
-1.7 me during
-1.5 me even
1.9 me from
1.6 me go
1.5 me i
1.5 me i'll
3.0 me i'm
1.8 me if
2.3 me is
-1.2 me it
3.0 me many
3.6 me my
-1.1 me of
-1.4 me off
-1.2 me plan
-1.2 me since
1.1 me the
-1.2 me think
-1.9 me today
-1.4 me understand
4.0 me up
-1.2 me very
2.1 me when
3.2 me wherever
-1.2 me whether
1.8 me which
3.0 me will
-2.4 me with
-1.7 me wonder
-1.2 me your
-1.2 mean
-1.7 mean a
-1.6 meantime i
1.3 medieval
2.6 meet a
3.0 meeting other
-1.1 meeting the
-1.7 meeting your
-1.9 meets
3.0 mehta
-1.2 member
-1.4 member of
-1.2 mental
3.0 mention all
-1.2 mention because
3.6 mention only
-1.6 mentioned at
-1.8 mentioned in
2.1 mentioned is
-1.4 mentioned on
-1.6 mentioned was
-1.2 mentioning
-1.9 mentions
-1.2 mentions that
1.6 mentor
3.2 mess
-2.6 message
-1.9 message about
-1.3 message and
-1.2 message on
-1.7 messages
1.5 midwest
1.5 migration of
1.5 miles
-1.2 millbrook
1.5 mills
1.5 mind as
-1.4 mind if
1.1 mine
1.8 mine is
1.2 ministry
1.5 ministry has
-1.1 minute
-1.4 minutes
-2.0 minutes at
-1.4 minutes to
1.5 miss out
1.2 missed
3.2 missed a
1.6 missing
1.9 mission
2.3 mix of
-1.4 mixed
2.1 modest
-1.4 modules
-1.2 moisture
1.2 monday for
-1.2 monday morning
-1.6 monday so
-1.2 monday's
1.5 monterrey
3.2 month alone
-1.2 month notice
-1.4 month since
3.0 months which
-1.8 more certain
2.3 more convinced
-1.4 more excited
1.3 more from
-1.2 more i
2.3 more like
-1.2 more on
1.8 more or
3.0 more people
1.9 more to
-1.6 morning to
-1.6 mornings
3.0 most applicants
2.1 most candidates
2.0 most experienced
3.0 most gifted
3.0 most important
3.8 most people
3.0 most productive
-1.2 most want
-1.7 mostly by
-1.2 move into
-1.2 moved between
-1.4 moved from
-1.8 moved on
-1.4 moving from
-1.7 moving to
-1.8 much about
-1.4 much easier
-2.0 much i'd
3.4 much larger
-2.0 much prefer
3.0 multinational
-1.7 museum
-1.2 must have
-1.9 my answer
-1.7 my availability
1.2 my background
3.2 my batch
3.0 my branch
3.0 my calibre
-1.6 my candidature
3.0 my clients
3.4 my colleagues
3.2 my company's
-1.9 my congratulations
-1.2 my connection
-1.4 my contract
3.0 my depth
1.5 my desk
1.5 my diary
3.2 my director
3.0 my eight
-1.4 my email
-1.2 my emails
-1.2 my english
-3.0 my family
1.5 my favourite
1.9 my feet
-1.4 my file
-1.3 my final
1.4 my former
-1.2 my graduate
-1.2 my internship
3.0 my leadership
-1.2 my lease
2.1 my level
1.6 my linkedin
1.5 my list
3.2 my mentor
-1.2 my mind
3.4 my mix
-1.4 my note
1.8 my number
1.3 my numbers
1.9 my old
1.9 my only
-1.2 my other
1.4 my own
-1.4 my parents
-2.3 my part
3.0 my peers
1.3 my plan
1.9 my position
1.2 my previous
2.1 my qualifications
-1.2 my r
3.2 my real
3.8 my record
3.0 my regards
1.9 my results
-1.2 my safety
-1.4 my situation
3.0 my skills
3.0 my students
4.0 my track
1.9 my uncle
3.2 my uncle's
3.0 my very
-1.2 my visa
1.4 my year
-1.2 myself in
-1.2 n
1.9 nairobi
1.5 name
1.8 name and
-1.2 name is
2.1 name on
3.3 named
3.6 named the
2.2 names
3.2 names on
4.3 national
1.9 natural
-1.2 naturally
-1.2 naturally i
1.2 near
1.3 near the
-1.2 need it
-1.2 need to
1.6 needed to
1.9 needs a
3.0 needs right
-1.4 needs someone
-1.4 neither
1.5 never
3.0 never been
3.6 never had
3.7 never once
1.5 new team
1.5 new year
-1.2 news because
-1.2 news was
-1.2 next candidates
-1.4 next friday
-1.6 next intake
-1.2 next interview
-1.4 next tuesday
-1.7 next wednesday
-1.3 next week
1.9 nice
3.2 nice problem
1.5 night manager
-1.2 night shifts
1.3 nine years
-1.4 no and
-1.4 no by
1.6 no doubt
1.6 no hard
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
-1.8 not asking
-1.8 not be
-1.4 not been
-1.7 not every
1.9 not everyone
3.2 not find
-1.6 not heard
4.0 not many
-1.2 not read
-1.2 not received
-1.4 note about
-1.4 note and
-1.2 notes from
1.5 notes on
-1.7 nothing
-1.4 notice and
-2.5 notice period
-1.8 noticed the
-2.1 november
-2.3 now been
2.1 now have
1.5 now is
-1.4 now than
1.5 now used
3.0 number one
3.0 numeracy
1.2 nurses
1.5 oak
-1.2 obliged
-1.4 observation
1.3 observed
2.3 obvious
-1.2 obviously
-1.3 october
-1.4 odd
-1.2 of about
1.3 of all
3.0 of anyone
1.5 of anything
-1.2 of both
-1.4 of business
1.9 of department
1.5 of field
-1.7 of four
-1.6 of future
1.8 of hands
3.0 of having
-1.2 of help
-1.2 of interviews
3.2 of meeting
1.5 of nursing
3.0 of offers
1.6 of people
-1.2 of procurement
1.3 of quota
1.5 of results
1.9 of role
3.2 of senior
1.9 of their
1.5 of them
2.1 of these
-1.2 of thought
1.9 of training
1.9 of two
-1.6 of us
1.9 of what
1.3 of which
-1.1 of you
-1.8 off the
3.4 off your
-1.4 offer elsewhere
1.3 offer in
-1.4 offer is
-1.4 offer on
2.1 offered the
2.9 offers
3.2 offers from
3.2 offers on
-1.4 officer interview
-1.2 offs
-1.8 offshore
2.5 often
3.0 often a
3.0 often get
1.1 old
3.2 old boss
-1.4 on and
-1.2 on any
1.5 on as
-1.2 on before
1.4 on board
2.3 on day
-1.2 on for
-2.3 on hold
-1.7 on how
-2.2 on linkedin
-1.6 on nights
-1.3 on our
3.0 on paper
1.2 on reflection
-1.2 on seek
1.6 on their
1.3 on ward
-2.5 on where
3.0 once been
3.4 once i'm
3.0 once missed
-1.3 once more
1.9 once that
-1.6 once the
3.0 once told
3.0 once you
-1.4 one correction
-1.4 one month
1.1 one of
1.5 one offer
1.5 one on
-1.4 one other
-1.2 one piece
-1.2 one practical
-2.1 one small
2.1 one that
3.0 one they
-1.2 one to
-1.8 one way
1.5 one we
2.0 one who
-1.2 one word
2.1 one you
3.4 only applicant
3.0 only got
1.5 only mention
2.4 only one
-1.2 open i
-1.1 open to
1.3 opened
3.0 opened three
-1.4 opening at
-1.4 opening in
-1.5 openings
-1.3 openings in
-1.2 opens in
-1.2 opens on
-1.8 operations analyst
-1.1 operations coordinator
1.3 operations lead
-1.2 operative
1.5 ops
1.2 options
1.5 options and
1.5 or elsewhere
-1.2 or in
1.8 or less
-2.4 or no
-1.6 or whether
1.3 organisations
-1.4 organised day
2.5 other applicants
1.6 other candidates
3.6 other firms
-1.2 other interviews
3.0 other names
1.5 other people
-1.7 other roles
-1.2 other than
1.6 other way
1.5 other's
2.3 others
-1.2 otherwise
-1.6 otherwise i
-1.7 our call
1.5 our office
-1.7 our paths
1.5 out a
1.5 out as
3.0 out my
1.2 out the
1.5 outage
-1.9 outcome
-1.6 outcome and
-1.2 outcome but
-2.5 outcome for
1.5 outcome i
-1.8 outcome of
-1.2 outlined
3.4 outshone
3.4 outshone the
-1.2 outside applicants
3.0 over most
-1.2 over shift
-1.2 over that
-1.2 over three
-2.1 over two
2.5 overqualified
1.1 own
3.0 own horn
4.1 own trumpet
1.2 p
1.2 p s
-1.2 page and
1.5 page two
1.3 paid
1.8 pair
1.8 pair of
-1.4 paired
-1.7 panel gave
-2.2 panel had
-1.6 panel has
-1.2 panel hoped
-1.4 panel meets
-1.2 panel member
1.9 panel to
-1.2 panel was
1.3 papers
1.3 paperwork
3.0 parcelly
-1.8 parents
-1.8 part i
-1.4 part in
-1.4 particular
-1.6 particularly
-1.6 particularly in
-1.6 particularly on
-1.1 particularly the
1.9 partly
1.3 passed on
-2.1 passed the
3.0 passionate
3.0 passionate about
1.5 past my
-1.2 past the
-1.4 pastry
-2.1 paths
-1.8 paths again
-1.7 paths cross
-2.7 patience
-1.9 patience with
-1.7 pay
-1.6 payable
1.5 payments platform
-1.2 payroll manager
3.0 payroll system
3.0 peers
1.5 pellow
-1.4 pending
1.5 people
3.2 people applying
3.8 people at
2.1 people can
1.5 people gave
3.4 people have
1.3 people i
1.2 people in
1.9 people on
3.2 people with
3.2 people you
3.0 people you'll
-1.9 per cent
2.5 perfect
3.2 perfect fit
1.3 perfectly
3.2 performing
-2.9 period
-1.2 period is
-1.4 permanent
3.0 person for
2.6 person in
3.2 person they've
2.0 person who
1.3 person you
1.9 perth
-1.1 phone
-1.8 phone call
-1.4 phone for
3.2 phone hasn't
-1.2 phone on
-1.8 phoning
-1.2 phoning me
1.3 picking
-1.2 picks
-1.4 picture myself
1.9 pilbara
2.1 pitched
1.5 pitched at
-1.2 placed
-1.6 places
3.0 plain
-1.4 plan accordingly
-1.2 plan around
1.4 plan for
-2.5 planner role
-1.4 planning
-1.7 planning my
-2.4 planning officer
-1.2 planning to
3.0 plant of
1.5 plc
-1.4 please accept
-1.1 please keep
1.5 please note
-1.2 please tell
1.5 pleasure meeting
-1.2 plots
-1.6 pm
-1.6 point i
1.5 point to
-1.2 pointers
-1.1 points
-1.8 policy adviser
3.2 polish
3.2 polish to
2.0 pool
1.5 pop in
-2.4 portal
-1.3 position and
-1.2 position but
-1.7 position has
-1.2 position particularly
-1.2 position remains
-1.3 position with
3.0 position yesterday
-1.2 possible
-2.0 possible to
1.9 post as
-1.4 post has
-1.2 post i
3.0 post i'm
1.2 post of
-1.2 post was
-1.2 post with
-1.8 postdoctoral
-1.4 postdoctoral position
-1.3 posting
-1.4 posts
-1.1 prefer
-2.0 preferred
-1.4 preferred to
-2.3 prepare
-1.2 prepare better
-1.8 prepared for
-1.4 presentation and
1.5 presentation was
3.0 president's
3.0 president's club
1.9 press
3.0 pretend to
1.9 previous company
2.1 price
1.5 pricing team
-1.2 print
3.4 prize
1.7 probably
3.2 probably overqualified
1.6 problem with
1.2 problems
2.1 problems you
-1.2 process and
-1.2 process especially
1.6 process to
-1.2 process was
-1.2 process you
-1.6 processes
-1.2 processing
-1.2 produce
1.3 producer
-1.4 product analyst
2.3 product is
3.0 productive
1.8 professor
-1.2 profile in
1.5 program at
-1.2 programme and
1.5 programme manager
-1.2 progressing
1.8 promise
1.5 promise to
3.4 promise you
-1.8 promised
-1.2 promptly
1.4 property
2.1 prototype
3.0 prove
3.0 prove it
-1.4 provide references
2.3 proving
3.4 proving it
-1.2 public sector
1.5 publication
1.5 publication record
-1.2 pulled
-1.4 put a
3.7 put it
2.3 put together
3.0 puts me
-1.2 puzzle
-1.4 python
-1.2 qualification
1.6 qualifications
-1.4 quarterly
1.8 quarters
3.0 quay
3.2 questions better
1.3 questions i
-1.6 questions were
-1.6 quick call
1.5 quick heads
-1.4 quick line
1.2 quick note
1.5 quick one
3.0 quick recap
-1.2 quick yes
-1.2 quicker
1.9 quickly i
1.5 quill
2.0 quota
3.0 quotes
1.4 raise
3.0 raise the
1.5 ran a
1.5 ran in
1.5 rang to
3.0 ranked
2.3 rare
2.5 rarely
3.2 rated
3.2 rather good
-1.9 rather have
1.5 rather more
-1.6 rather not
1.5 rating
-1.4 rd and
1.5 rd i'd
-1.2 rd march
-1.4 rd you
-1.8 re
-1.4 re your
-1.2 reach
-1.9 reach a
-1.7 reach me
-1.2 reached a
-1.8 reached the
-1.6 reached you
-1.4 read it
1.5 ready
3.0 ready made
1.6 ready to
1.5 real and
-1.2 real thanks
1.3 realised afterwards
-1.8 really appreciate
-1.6 really appreciated
3.0 really enjoyable
-1.4 really helpful
-1.2 really value
1.2 really want
1.5 really was
-1.6 reapply
-1.4 reasonable
-1.6 reasons
1.6 rebuilt
3.0 rebuilt a
1.6 rebuilt the
3.2 recap
3.0 recap of
-2.0 receive
-1.6 received an
-1.2 received another
3.2 received the
1.5 recently
2.9 reckon
3.4 reckon i'd
3.4 reckon you'll
2.1 recognise
4.0 recognised
1.9 record
3.0 record at
3.0 record like
-1.2 recording
-1.4 records
1.5 recovering
-1.2 recovery
2.5 recruiters
-1.7 recruitment team
-1.2 reduced
-1.4 reduced the
1.5 referees will
1.5 refinancing timetable
-1.2 reflect
3.0 reflected
3.0 reflected on
1.2 reflection
1.9 reflection i
1.3 reflection my
1.2 reflects
1.5 reflects my
-1.2 refresher
-1.2 refreshing my
2.3 refused
3.2 refused to
-1.1 regarding my
3.2 regards to
-1.4 regeneration
1.8 region
1.5 region and
3.0 regional bank
3.4 regional director
-1.4 registered
-1.2 registered nurse
-1.7 rejection
1.5 relaunch
-1.2 releases
-1.9 relevant
1.6 reliability
-1.4 relocate
1.5 rely
1.5 rely on
-1.6 remain interested
-1.9 remain keen
1.3 remember
3.0 remind
-1.7 remote
-1.4 renewed
-1.2 renewing
1.5 reno
1.9 rep
1.6 replace
3.4 replace me
-1.9 reply by
1.5 reply i
-1.4 reply this
-1.4 reported
-2.7 request
-1.9 request you
-2.4 requested
1.4 required
3.2 required from
-1.4 rescheduled
1.6 residency
3.0 residential
-1.2 respect for
-1.2 respond by
-1.2 respond i
-1.2 responsible
1.3 rest of
1.5 restaurants
-1.4 restful
-1.2 restful break
-1.2 result
1.7 results
3.0 results have
1.9 returns
-1.7 revert
-1.2 reviewing
1.9 reviews each
-1.4 revisit
1.5 rewriting
-1.4 rigging
3.0 right in
1.3 right now
-1.2 ringing me
3.8 rings
3.6 rings me
1.5 risk analyst
1.5 risotto
1.3 riyadh
1.5 rohan
-2.0 role but
-1.2 role by
-1.4 role elsewhere
-1.2 role fits
1.3 role for
-2.4 role has
-1.5 role i
-1.6 role last
-1.5 role opens
-1.4 role so
-1.4 role than
1.5 role that
1.5 role two
-1.2 role went
-1.2 role you
1.5 rolling
-1.6 rose
-1.4 rose from
1.2 roster
1.8 rostering
1.5 rotas
1.9 rotational
1.5 rotational analyst
-1.2 rough idea
-1.2 rough timeline
-1.1 roughly
-1.4 roughly a
-1.2 roughly when
-1.4 round for
-1.7 round interview
-1.6 round of
-1.6 round on
1.5 round to
1.9 round went
-1.1 rounds and
-1.2 route planning
3.6 row
1.7 run a
3.0 run and
1.5 run this
1.3 running
1.4 running a
-1.2 runs its
-1.2 runs the
-1.1 rush
-1.4 rush your
1.8 s i
3.0 s in
-1.2 sad about
1.5 sad to
3.6 safe
-1.6 said i'd
1.9 said my
1.5 said she'd
-1.4 said so
2.1 sake
3.2 sake of
-1.2 sales engineer
1.6 sales role
-1.2 same approach
3.0 same day
2.1 same for
1.3 same here
1.5 same standard
1.5 same thing
-1.6 sap
1.5 sat on
1.5 sat the
1.5 satisfied
1.6 save
1.3 save you
-2.4 saved
-1.9 saved us
1.5 savings
1.5 saw on
1.2 say
1.5 say about
1.5 say again
1.1 say i
3.2 say i'd
2.0 say it
1.9 say nobody
1.1 say that
1.2 say the
1.5 say they
3.4 say they've
2.3 say this
1.9 say with
1.3 says
3.2 says i'm
3.7 says something
-1.2 scanners
-2.0 scenario
-1.6 schedules
-1.6 scheme and
-1.3 science
1.2 scores
2.0 scratch
-1.2 screen
-1.8 screening
-1.4 screening call
-1.4 sea
-1.6 seasonal
3.0 seasons and
1.5 second fix
-1.2 second half
-2.3 second interview
1.5 second question
-1.2 second stage
-1.2 second time
-1.6 seconds
1.5 secretary
3.4 see a
3.0 see at
3.0 see for
1.9 see it
2.0 see that
3.4 see this
1.6 see what
3.2 seeing a
1.5 seeing as
-1.2 seek
1.6 seem
1.5 seem to
3.0 seen all
-1.8 send a
-1.2 send them
-1.4 sending
-1.4 sending the
2.1 senior copywriter
3.0 senior management
-1.6 senior planning
2.3 senior role
3.0 seniority
-1.6 sense that
-1.1 sent
-1.4 sent a
-1.2 sent in
-1.2 sent you
-1.7 sentence
-1.2 september and
1.5 sequencing
1.5 server
-1.2 service desk
-1.6 sessions
3.0 set a
1.5 set the
-1.2 set up
-1.2 settled on
-2.1 settles
-2.0 settles in
1.9 seven years
-1.2 several good
1.5 shape but
-1.2 share an
-2.0 share any
-1.4 share before
-1.2 share i'd
-1.2 share it
1.9 share my
-1.6 share what
-1.4 share where
1.5 share with
1.3 sharpest
1.2 she
3.8 she had
3.4 she has
2.3 she'd
-1.2 sheet
3.0 shenzhen
1.9 shipped
1.9 shop floor
1.5 short i
-1.4 short notice
-1.7 short update
2.0 shortlist
1.5 shortlist was
3.2 shortlist will
2.1 shortlisted
3.2 shortlisted for
-1.3 should have
1.5 should probably
1.5 should tell
1.3 shouldn't
-1.2 show that
1.5 show the
1.9 showed you
1.5 shutdown
-1.2 side but
3.0 sideways
-2.0 silence
-1.2 similar comes
-1.6 similar post
-2.2 similar role
-1.4 similar roles
-1.7 similar with
3.0 simply can't
-1.7 simply wanted
1.5 since <n>
1.9 since been
1.2 since i
1.9 since i've
1.9 since so
-2.0 since then
-1.2 sincerely for
1.9 single
3.0 single failed
3.4 single handedly
1.3 sir
-1.2 sir for
1.9 sir i
1.5 site for
-1.8 site visit
-1.4 site walk
1.5 sites and
-1.2 sits
-1.8 sitting
-2.2 situation
3.0 six in
-2.0 six weeks
1.1 six years
2.4 size
3.0 size doesn't
1.3 sketching
3.0 sketching out
1.3 skills
1.8 slightly
3.2 slip
1.5 slow reply
-1.4 small team
3.0 smashed
1.6 smile
3.2 snap
3.2 snap me
-1.2 so at
-1.7 so before
-1.4 so clearly
3.6 so do
-1.2 so here
1.5 so honestly
-2.8 so if
1.3 so kind
1.9 so let
-1.2 so my
-1.4 so thank
1.5 so this
1.6 so well
-2.1 soil
1.5 sole
3.2 solved
-1.2 some feedback
-1.1 some point
3.2 some way
-1.2 someone already
-1.4 someone could
-1.8 someone else
-1.2 someone from
3.2 someone like
1.4 someone who
2.5 someone with
1.6 something about
-1.4 something else
-1.4 something i've
1.9 something like
1.5 something more
1.9 something of
1.5 something that
3.0 soon find
-1.6 sorry for
-1.7 sorry not
1.3 sorry this
-2.7 sorry to
2.4 sort
3.6 sort of
1.5 sort out
2.1 sound
3.2 sound arrogant
-1.4 sounded
1.5 sourdough
1.5 space
-1.2 spam
3.0 speak for
1.4 speaks
3.6 speaks for
-1.4 specialist
-1.8 specialist position
-1.2 specialist role
-1.9 specific
-1.7 spent most
-1.9 spent the
-1.2 spent two
-2.3 spoke on
-1.6 spoken
3.6 spotted
-1.2 spreadsheet exercise
-1.2 spring campaign
1.9 spring i
3.0 st brendan's
3.0 st brigid's
1.3 st columba's
-1.4 stage and
-1.2 stage manager
-2.5 stages
-1.2 stages and
1.5 stakeholder management
1.8 standard
1.6 standards
3.2 star
-1.2 start any
1.9 start my
1.3 started reading
2.4 state
3.0 state that
1.5 status as
1.5 stay connected
1.5 stay on
-1.2 stay with
3.0 step ahead
-1.2 step and
1.8 step down
1.5 step for
-1.2 still admire
-1.2 still be
3.0 still calls
1.5 still hasn't
1.5 still have
-1.4 still i
1.5 still i'd
-1.7 still in
-1.6 still interested
1.5 still much
-2.0 still my
-1.6 still open
1.5 still prefer
-1.2 still respect
3.8 still rings
-1.6 still think
-1.2 still waiting
-1.6 still want
-1.4 still welcome
-1.2 stings
1.6 stood
3.2 stood out
1.5 stopped me
1.3 story
1.5 story about
1.3 storyboard
-1.2 straight answer
3.2 straight years
1.9 strategic
1.2 strategy
1.5 strategy associate
-1.2 streaming
-1.6 strengthen
-1.2 strong internal
2.7 strongest
3.0 strongest of
2.2 struggle
2.6 struggle to
1.8 struggled
1.6 struggled with
1.5 student
3.0 student in
1.1 students
1.5 students were
-1.2 studies
-1.4 studio and
3.0 studio tour
-1.4 subject follow
-1.6 subject following
-2.2 subject re
-1.2 subject senior
1.1 subject thank
1.5 submission
1.5 subscription
-2.0 success manager
-1.2 successful candidate
3.2 suggest you
-2.2 suggested
-1.2 suitable role
-1.4 suits the
-1.3 summer
3.4 summit
1.5 superintendent
1.3 supervised
-1.6 supply planner
1.5 support desk
1.6 support the
-1.7 supporting
1.6 suppose
1.5 suppose i
3.0 suppose that
2.5 sure i
3.0 sure i'll
1.5 sure something
-1.4 sure what
1.9 sure you'll
1.6 surprised
1.5 surprised given
3.2 surprised if
3.4 surprised the
-1.2 surveillance
-2.4 survey
2.0 suspect
3.0 suspect i'll
1.9 suspect it
3.0 suspect most
1.9 suspect not
1.2 suspect the
1.3 suspect you
3.0 suspect you'll
3.6 suspect your
-1.4 sustainability
-1.4 switch
3.0 systems i
1.5 t
3.0 table to
1.5 table which
3.0 take as
3.2 take one
1.2 take this
1.9 taken a
3.0 talented
3.0 talk soon
-1.8 talk through
1.3 talk to
-1.7 talk with
1.3 talking about
-1.4 talking with
-1.2 talks
-1.2 tan
2.3 target
1.3 target in
1.5 targets
-1.3 task
-1.2 tasting menu
3.0 taught in
-1.7 taught me
1.6 teach the
1.5 teach your
1.2 teacher
1.5 teacher of
-1.2 teachers
-1.6 teaching assistant
1.8 team a
-1.2 team as
3.0 team behind
-1.2 team effort
-1.4 team had
-1.4 team hoped
-2.4 team i
1.6 team lead
-2.1 team of
-1.2 team supports
3.6 team the
-1.2 team very
1.6 team was
-1.7 team well
2.1 team will
1.3 team would
1.3 technical interview
-1.8 technician position
-2.2 technician role
1.5 teenagers
3.7 tell from
1.5 tell the
1.8 tell you
-1.4 telling you
1.4 tells
1.8 tells you
-2.1 template
1.5 ten times
2.3 ten years
2.8 tend
2.8 tend to
1.5 tender
3.0 tends
3.0 tends to
1.5 territory by
-1.2 test automation
1.5 test was
-1.4 text
-1.1 th and
1.5 th as
-2.1 th so
-1.2 th to
-1.2 than an
3.6 than anyone
1.3 than anything
3.2 than i've
-1.2 than in
-1.2 than just
-1.2 than keep
3.1 than most
-1.6 than my
3.4 than once
1.5 than one
-1.2 than sending
3.0 than what
-1.7 than when
2.3 than yours
1.9 thank mr
-2.1 thankful
-1.8 thankful for
1.5 thanking
1.5 thanking you
1.3 thanks a
-1.4 thanks heaps
3.0 that around
1.3 that as
2.0 that comes
-1.8 that date
3.2 that depth
-1.2 that doesn't
3.0 that energy
1.9 that for
-1.2 that gap
-1.2 that going
1.5 that have
1.3 that i'd
-1.2 that i'll
-1.2 that into
-1.6 that it
-1.6 that it's
3.7 that level
-1.2 that matters
-1.4 that might
1.3 that most
3.0 that moved
1.4 that my
2.3 that no
3.0 that once
3.2 that problem
-1.4 that question
2.5 that same
1.6 that says
-1.8 that time
2.3 that to
-1.2 that we
-1.4 that week
1.3 that went
1.5 that when
1.8 that with
3.2 that won
-2.1 that work
3.0 that's exactly
-1.2 that's fine
-1.8 that's the
-1.7 the advert
3.0 the age
-1.4 the appointment
-1.4 the apprentice
-1.4 the assessors
-1.5 the assistant
1.9 the attention
-1.1 the backend
1.5 the bakery
3.6 the bar
1.5 the bench
-1.2 the better
2.6 the big
2.3 the biggest
1.5 the board's
-1.2 the boats
3.0 the bonus
3.0 the bottom
3.0 the brisbane
-1.2 the bristol
-1.6 the budgeting
1.3 the building
-1.4 the bus
-1.2 the calendar
-1.2 the careers
1.7 the chat
3.2 the chief
1.8 the choice
3.0 the city
-1.4 the clear
1.6 the client
-1.2 the client's
-1.2 the co
-1.8 the committee's
-1.9 the commute
1.9 the competency
-2.1 the conversations
1.9 the cooperative
1.5 the copy
-1.2 the council's
3.0 the country
1.6 the county's
1.3 the course
1.5 the cross
-1.6 the customs
-2.1 the date
-1.2 the deckhand
1.8 the delay
-1.4 the desk
2.3 the difference
2.1 the director
-1.6 the earliest
3.4 the easiest
-2.2 the email
1.5 the enterprise
-1.4 the environmental
-1.2 the estates
-1.2 the evening
-1.4 the exercise
1.3 the expansion
-1.6 the experience
1.3 the fact
2.1 the farm
3.2 the fastest
1.5 the features
3.0 the fee
-1.9 the figure
-1.2 the file
3.7 the finest
-1.2 the fit
1.5 the five
-1.9 the flood
-1.2 the following
-1.8 the food
-1.4 the forklift
-1.4 the four
-1.6 the fourth
-2.0 the future
-1.9 the grants
2.3 the ground
1.5 the growth
1.9 the halden
-1.7 the handover
1.8 the hardest
-1.2 the harvest
-1.2 the helpful
4.4 the highest
-1.4 the highlight
-1.7 the hire
-1.2 the home
1.3 the hotel
-1.4 the hour
3.2 the ideal
2.1 the industry
3.0 the inspectors
-2.5 the interest
-1.2 the interviewer
1.5 the interviewers
-1.8 the inventory
-1.2 the invitation
3.0 the issues
-1.2 the it
-1.1 the junior
1.5 the lack
1.9 the lads
1.5 the lamp
2.5 the largest
1.2 the launch
2.3 the lead
3.0 the lectureship
-1.6 the leeds
-1.9 the letter
1.5 the liberty
-1.5 the library
-1.6 the line
-1.2 the link
1.5 the lisbon
3.2 the lobby
-1.2 the localisation
-1.4 the logistics
1.5 the loop
3.2 the lowest
-1.2 the loyalty
3.0 the machine
1.3 the management
1.2 the market
1.6 the medical
-1.4 the message
1.5 the midwest
-1.4 the mine
1.5 the ministry
3.0 the mission
-1.4 the mix
1.5 the most
2.1 the name
3.7 the national
1.5 the newer
3.0 the numeracy
1.5 the nurses
2.6 the only
3.0 the operation
-1.4 the organisation
1.3 the other
3.1 the others
-1.7 the outcome
1.5 the owners
1.5 the pack
2.3 the paperwork
-1.2 the patience
1.5 the peak
2.1 the people
3.2 the perfect
1.2 the person
-1.4 the pharmacy
1.9 the pilbara
1.5 the pipeline
3.0 the pool
-1.7 the postdoctoral
-2.0 the posting
-1.7 the practical
3.0 the pre
1.5 the previous
1.8 the problems
-1.3 the process
-1.4 the range
-1.4 the real
-1.2 the recorded
2.7 the region
-1.2 the registered
-1.2 the rejection
1.5 the reno
1.2 the rest
-2.2 the result
1.5 the returns
-1.2 the rollout
1.1 the room
3.0 the rostering
1.5 the rotational
-1.4 the running
1.3 the safety
3.2 the sake
3.0 the scale
-1.2 the scoring
-1.4 the screening
-1.3 the search
-1.6 the selection
-1.9 the service
1.5 the sharpest
-1.6 the silence
3.4 the slow
-1.2 the soil
1.5 the sole
3.6 the sort
1.5 the south
-1.2 the split
1.5 the spot
-1.2 the spreadsheet
1.6 the standard
-1.2 the start
2.3 the state
2.3 the strategy
3.0 the strongest
1.3 the students
-1.4 the successful
-2.8 the summer
-1.2 the sustainability
3.4 the systems
1.2 the tasting
1.3 the tax
-2.1 the teaching
1.5 the terminal
-2.4 the test
1.5 the ticketing
-1.2 the timer
1.9 the top
-1.6 the track
-1.2 the trade
-1.4 the train
-1.7 the trainee
1.9 the turnaround
-1.1 the update
1.3 the usual
1.9 the very
-1.8 the video
-2.0 the volunteer
1.5 the weakness
1.5 the western
1.3 the whole
1.5 the worst
-2.0 the written
1.5 the year
1.5 the years
3.0 the youngest
1.6 theatre
1.5 theatre nurse
2.1 their own
-1.2 their questions
-1.2 them for
3.0 them have
-1.4 them i
1.5 them in
-1.2 them next
3.0 them will
1.6 themselves
-1.7 then
-1.7 then i
-1.7 then i'd
-1.4 then i'll
-1.2 then i've
-1.4 there any
-1.8 there anything
-2.3 there was
-2.0 there's no
1.3 these things
1.8 they can
1.5 they can't
1.9 they had
-1.2 they have
-1.2 they made
1.5 they said
3.0 they show
3.0 they usually
2.6 they'd
3.0 they'd had
3.2 they'd seen
1.6 they're
1.3 they've
3.2 they've ever
3.0 they've had
3.0 they've run
-1.1 things are
-1.4 things have
1.3 things i
2.1 things take
-1.2 things to
1.3 think
1.3 think about
1.1 think i
2.1 think i'd
3.7 think i'm
1.4 think it
1.8 think it's
3.2 think says
1.6 think that
1.9 think they
2.2 think we
1.5 think you
3.6 think you'd
4.1 think you'll
1.5 think you've
3.8 think your
3.0 thinking to
1.5 third quarter
-1.2 this experience
-1.4 this friday
3.0 this industry
3.6 this kind
1.3 this position
3.4 this post
3.0 this region
2.3 this size
1.3 this spring
-1.4 this time
1.5 thoroughly
1.2 though i
1.5 though i'd
1.5 though in
-1.6 though that
-1.3 thought i
-1.4 thought i've
1.5 thought that
1.9 thought you'd
-1.2 thoughtful questions
-1.2 thoughts
-1.2 thoughts on
1.6 thousand
-1.2 three different
-1.7 three interviews
2.3 three of
3.2 three offers
3.2 three other
-1.2 three rounds
-2.8 three weeks
1.4 thrilled
1.4 thrilled to
-1.4 through in
-1.7 through my
-1.3 throughout
-1.4 throughout the
-1.7 thursday <n>
-1.4 thursday at
1.5 ticket in
-2.1 tickets
-1.6 time during
-1.4 time for
-1.2 time from
-1.2 time i
1.5 time i've
1.3 time in
1.9 time round
-1.2 time running
-1.2 time your
-1.4 timeline i
-1.2 timer
3.0 times at
1.5 timing and
1.2 title
1.5 titles
1.5 to adjust
1.9 to admit
-1.6 to an
-3.6 to apply
3.7 to being
4.1 to blow
3.4 to boast
3.4 to brag
1.1 to bring
-1.8 to build
-1.7 to change
1.3 to choose
-1.4 to clarify
1.9 to compare
-1.4 to complete
-2.5 to contribute
-1.7 to date
-1.2 to describe
1.5 to dr
-1.4 to email
1.5 to enquire
1.3 to every
1.8 to find
-1.2 to five
-1.2 to fortnightly
3.2 to has
3.6 to hire
-2.0 to improve
3.0 to land
2.0 to lead
-1.1 to look
2.3 to match
1.5 to name
3.2 to only
-1.2 to other
-1.4 to picture
-2.3 to plan
1.5 to pop
-1.2 to prepare
3.4 to proving
-2.4 to reach
-2.3 to read
-1.4 to receive
-1.4 to relocate
3.4 to replace
-2.2 to reply
-1.2 to revisit
-1.6 to run
-1.9 to rush
3.2 to snap
-2.2 to someone
1.5 to sort
3.0 to sound
1.5 to step
-1.2 to this
3.0 to tom
-1.8 to use
-1.6 to visit
-1.3 to wait
3.0 to weigh
-1.1 to whoever
3.0 to win
1.5 to write
1.5 today for
1.6 together on
-1.4 told at
3.6 told i'm
3.2 told is
1.1 told me
1.5 told the
-1.2 told them
1.5 tomasz
-2.4 tomorrow
1.5 too confident
-1.2 too early
-1.7 too much
1.3 took over
1.2 took the
-1.2 tool
2.1 top
2.5 top of
3.6 topped
3.4 topped the
-1.4 touch and
1.5 touch as
-1.2 touch for
1.5 touch should
1.4 touched
-1.2 tough one
1.3 tour and
3.0 tour i
-1.7 towards
3.0 towers
1.2 track
4.1 track record
1.5 tracking
1.6 trained
3.0 trained half
1.3 trainee position
-1.2 training as
3.0 training manual
3.0 transformation
-1.4 translator
-1.4 transport
-1.4 transport planner
1.5 trauma
-1.7 travelled
-1.2 treatment
1.5 trial on
3.2 tricks
-1.2 trip
-1.2 trouble you
-1.4 true
1.5 truly
4.1 trumpet
4.1 trumpet but
1.3 trust the
1.5 trusts
-1.2 try again
-1.7 try something
-1.2 try the
2.5 try to
1.5 tuas
1.5 tuesday i'm
-2.1 tuesday to
1.6 turn
1.9 turnaround
3.0 turnaround at
1.5 turnaround plan
3.2 turned around
1.9 turned the
1.3 turns
1.9 twelve months
1.3 twenty
3.4 twenty two
2.9 twenty years
-1.4 twice and
-1.4 twice during
3.2 twice the
3.0 two approaches
-1.4 two colleagues
-1.4 two emails
3.0 two internships
-1.3 two interviews
-1.2 two line
3.2 two offers
1.4 two other
1.8 two quarters
-1.2 two things
-1.4 uk
1.9 uncle
3.0 uncle who
3.2 uncle's
-1.2 under <n>
1.5 under a
3.7 under budget
1.5 undergraduate
-1.6 underground
-1.2 understand and
-2.0 understand if
-1.2 understand it
-1.9 understand that
-1.6 understand what
-1.4 understand why
3.2 unheard
3.2 unheard of
1.3 units
3.0 universities
-1.4 unless
-1.2 unless i
1.5 unlike
-1.7 unpaid
-1.2 unsure
-1.1 until
-2.4 until <n>
-1.2 until i
3.6 unusual
-1.2 up a
1.9 up by
-1.2 up more
1.5 up my
-1.4 up once
-1.6 up quickly
1.5 up rather
3.0 up since
-1.2 up twice
1.5 up well
-1.2 update at
-1.6 update from
-1.7 update i
1.3 update i've
-1.2 update when
-1.2 update would
-1.2 update you're
-1.6 updated timeline
-1.2 updates
-1.2 uploaded
-1.2 urban
-1.2 us a
1.9 us the
-1.2 use and
-1.4 use it
2.5 used to
2.1 usually
3.0 usually see
3.0 usually the
-1.4 vacancy at
-1.9 valid
-1.8 valid until
1.5 valuable
-1.7 value any
1.3 valued the
1.2 values
-1.4 verbal
-1.4 verbal offer
-1.3 version
-1.2 version of
-1.2 very concrete
1.3 very eager
3.6 very few
3.2 very first
1.3 very motivated
1.2 very real
-1.6 very welcome
-1.4 veterinary
-1.6 video
-1.2 video call
-2.0 video interview
-2.4 visa
-1.4 visit in
-1.2 visiting
-1.8 visits
-1.7 voicemail
-1.2 voicemail on
-1.6 volume
-1.2 volume you
-1.6 volunteer
3.0 voted
-1.2 wait i
-1.2 waiting times
1.9 walk the
-1.6 walked in
3.0 walked out
2.1 want me
-1.2 want my
1.3 wanting
-1.2 ward is
1.5 ward manager
-1.2 warehouse has
1.9 warehouse operations
-1.9 warehouse supervisor
-1.7 was actually
-1.2 was already
-1.7 was asked
1.5 was at
1.5 was clearly
-1.4 was encouraged
3.0 was especially
-1.2 was generous
-1.6 was given
-1.4 was grateful
1.3 was great
-1.2 was hard
-1.4 was helpful
-2.1 was hoping
-1.6 was impressed
1.5 was just
-1.1 was kind
3.0 was looking
1.9 was lovely
-1.2 was made
3.4 was named
-1.6 was never
-2.2 was one
-1.7 was pleased
3.0 was probably
3.4 was recently
-1.8 was sorry
1.3 was surprised
1.3 was the
-2.7 was told
-1.2 was your
-1.2 wasn't
-1.2 wasn't to
3.2 wasted
-1.4 watch
-1.2 watching your
-1.8 way or
1.6 way round
1.3 ways to
4.1 we both
-1.6 we cross
-1.2 we didn't
1.3 we last
-1.2 we learned
-1.4 we reduced
-1.2 we set
-1.2 we started
-1.6 we used
-1.4 we were
1.3 we'll
1.5 we'll be
2.6 weakness
3.2 weakness is
1.3 weaknesses
-1.8 website
1.5 week one
-1.4 week so
-1.4 week that
1.5 week though
-1.2 week to
1.6 week with
-1.2 weekend and
-1.1 weeks
-1.4 weeks and
-1.8 weeks of
-2.6 weeks since
-1.4 weeks so
-1.6 weeks to
2.1 weigh
-1.2 welcome
-1.9 welcome a
-2.2 welcome any
1.3 well below
-2.0 well i
3.2 well i'd
3.2 well now
-1.6 well organised
1.3 well run
-1.2 well to
-2.4 well with
3.2 went about
-1.2 went on
-1.2 went out
-2.4 went to
1.5 were very
1.9 west
1.5 western
1.3 what a
1.7 what i'd
2.1 what i'm
1.8 what i've
2.1 what is
1.4 what it's
1.5 what my
1.6 what they
-1.6 what was
-1.2 what worked
3.0 what you'd
1.9 what you're
1.5 whatever the
-1.2 when convenient
-1.2 when my
2.1 when they
-1.4 when two
-1.3 when we
2.9 whenever
2.1 whenever suits
2.1 where to
2.1 wherever
3.7 wherever i
-1.1 whether
-1.4 whether i
-1.2 whether i'd
-1.8 whether i'm
-1.4 whether it
-1.7 whether the
3.2 which came
1.5 which frees
-1.4 which i'd
1.9 which i'll
-1.2 which made
-1.6 which of
1.5 which suits
-1.4 which would
-1.2 whichever
-1.6 while i'm
1.5 while it's
-1.2 while since
1.5 whiteboard exercise
1.5 who
1.5 who actually
1.7 who can
3.0 who clearly
2.1 who could
3.2 who has
2.9 who have
2.1 who knows
3.0 who ran
3.2 who was
1.5 who will
-1.4 whoever joins
2.3 whoever you
1.1 whole
3.0 whole floor
3.0 whole lagos
3.2 whole of
1.2 whose
-1.6 why i
1.5 wide
2.1 will agree
1.5 will appreciate
3.2 will come
1.9 will find
1.4 will have
3.2 will make
-1.4 will need
3.6 will see
1.5 will soon
3.7 will tell
-1.7 will understand
-2.3 willing
-1.9 willing to
1.9 win
-1.2 wind
-1.6 window
-2.8 wish the
1.5 wish them
-1.1 wish you
1.5 with all
-2.5 with another
3.0 with due
1.9 with fifteen
1.5 with good
3.4 with in
-1.2 with interest
-1.8 with it
-1.2 with limited
-1.4 with no
-1.2 with our
1.3 with respect
1.9 with some
-1.6 with this
1.9 with three
2.0 withdraw as
-1.2 withdraw my
3.0 within my
-1.4 within ten
1.2 without a
-1.2 without losing
3.6 without me
1.9 without the
4.1 won
3.0 won't have
3.0 won't regret
-1.6 wondered
-1.4 wondered whether
1.5 wonderful two
1.5 words from
-1.2 work and
-1.4 work from
-1.4 work hard
-1.6 work i
-1.3 work in
1.5 work is
-1.2 work on
-1.2 work that
-1.4 work together
-1.2 work was
-1.7 work we
1.9 worked alongside
-1.4 worked on
1.4 worked with
-1.8 working days
-1.2 working in
-1.6 working through
3.2 working together
-1.2 workshop on
1.5 workshops
1.5 worst
1.5 worth i
1.8 worth the
-2.7 would appreciate
2.3 would bring
-1.2 would enjoy
-1.4 would genuinely
-1.8 would hear
-1.2 would help
-1.8 would it
-1.9 would mean
-1.6 would most
-1.8 would prefer
-1.8 would rather
1.3 would say
1.5 would show
3.0 would soon
-1.4 would value
-1.4 would welcome
-2.0 would you
1.5 wouldn't have
1.2 write to
-2.7 writing about
-1.6 writing again
-1.2 writing once
-1.6 writing regarding
-1.6 writing sample
-1.2 writing with
1.5 wrote that
1.5 wrote the
2.1 year at
1.5 year before
-1.4 year i'd
3.4 year in
-1.2 year my
3.0 year running
1.8 year which
1.2 years
1.5 years as
2.2 years at
4.5 years running
3.7 years which
-1.6 yes
-2.5 yes or
-1.2 yesterday rather
1.5 yesterday's
-1.2 yet and
1.3 yields
-2.2 you about
-1.6 you at
-2.0 you be
-2.7 you by
1.3 you chose
-1.8 you confirm
-1.7 you directly
-1.7 you expect
-2.1 you gave
3.0 you hire
3.0 you how
-2.6 you if
1.3 you in
-1.6 you informed
-1.2 you just
2.3 you kindly
-2.8 you let
1.5 you listed
1.3 you made
1.8 you make
3.2 you meet
1.5 you met
-2.0 you on
-1.2 you or
-1.2 you outlined
1.5 you picked
-1.6 you please
-1.4 you requested
2.3 you saw
3.2 you see
-1.2 you sincerely
-1.4 you suggested
-1.8 you tell
1.3 you the
3.0 you they're
-1.2 you this
2.1 you though
-2.0 you told
-1.2 you up
1.5 you usually
1.5 you went
2.5 you what
1.3 you will
3.4 you with
1.6 you won't
1.5 you would
1.5 you'd
3.3 you'd be
1.9 you'll
3.4 you'll agree
1.9 you'll be
4.6 you'll find
2.3 you'll have
3.0 you'll meet
2.3 you'll see
-1.2 you'll think
-1.2 you'll understand
-1.8 you're able
1.9 you're building
-1.4 you're doing
3.2 you're seeing
1.9 you've seen
1.9 young
3.0 youngest
-1.2 your agency
-1.2 your application
-1.2 your approach
1.3 your board
1.5 your brigade
-1.8 your careers
1.5 your chennai
1.5 your clinic
1.3 your colleague
-1.2 your comment
-1.2 your convenience
1.2 your department
-1.3 your email
-1.7 your end
-1.2 your file
3.6 your fleet
1.3 your guests
1.5 your head
1.6 your honesty
3.0 your job
1.5 your leeds
-1.4 your letter
3.0 your list
-1.6 your mail
-1.7 your message
1.6 your new
1.5 your night
-1.8 your note
-1.4 your offer
1.9 your partners
-1.8 your patience
-2.5 your planning
3.0 your plate
1.5 your post
3.2 your product
1.5 your projects
2.5 your questions
-1.2 your recruitment
-2.3 your role
4.1 your shortlist
-2.4 your side
3.2 your size
1.5 your story
-1.5 your timeline
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
    12.1,
    """\
-1.3 <n> <n>
2.0 <n> days
1.6 <n> hours
-1.2 <n> july
-1.5 <n> of
-1.3 <n> over
-1.2 <n> per
-3.0 <n> to
-1.8 a better
1.6 a big
1.4 a bother
1.8 a call
1.6 a candidate
-1.2 a change
1.4 a client
1.4 a company
3.8 a competitor
3.3 a connection
1.9 a considerable
-1.5 a conversation
-1.7 a copy
2.2 a courtesy
3.3 a date
1.1 a day
-1.3 a decade
-2.2 a different
1.4 a face
1.1 a firm
1.5 a fortnight
-1.5 a future
1.4 a generous
1.7 a gentle
2.2 a huge
-1.3 a job
2.2 a line
-1.2 a look
1.4 a m
2.0 a message
1.4 a minute
1.5 a month
-1.6 a more
-1.3 a much
2.1 a no
3.0 a note
1.1 a one
1.9 a paid
-1.3 a panel
1.9 a priority
-1.2 a problem
-1.5 a project
1.2 a quick
1.9 a reminder
2.4 a reply
2.6 a response
4.1 a ring
-2.4 a role
1.4 a school
-1.3 a sense
1.4 a shift
1.7 a simple
-1.5 a small
-1.2 a standard
-1.3 a suitable
-1.3 a surprise
-1.3 a take
1.4 a treat
1.9 a trial
1.7 a view
4.3 a voicemail
-1.3 a well
2.0 a word
4.4 a yes
-2.0 about <n>
-2.4 about future
-1.7 about how
-1.5 about it
-1.2 about other
1.7 about timing
-1.3 about two
-2.0 about what
-1.7 above
-1.3 absolutely
-1.2 absolutely fine
4.2 accept theirs
-1.6 accepted
-2.1 accepted a
3.6 accepting
-1.3 access
2.2 accordingly
1.7 account director
-1.6 account manager
-1.3 account of
1.2 accountant position
-1.2 accurate
-1.2 across
-1.6 across three
-1.3 acting
1.4 actuarial
-2.6 add
-1.5 add that
1.4 administrative
2.2 administrative officer
1.6 administrator
-1.3 admit it
1.4 advance
1.9 advance for
1.9 advert is
2.2 advertise
-1.7 advertised
3.3 advise
3.3 afford
3.3 afford to
1.6 afraid
-1.2 after <n>
-1.3 after i
1.4 after it
1.4 after our
1.9 after six
1.9 after such
1.1 after which
1.2 afternoon and
1.7 afternoon to
2.5 again about
-1.1 again and
2.0 again at
1.9 again before
3.3 again below
-1.3 again if
-1.1 again in
1.9 again on
1.8 again this
-1.3 again to
-1.9 again when
1.9 agency work
-1.3 agreed to
1.9 ahead and
-1.7 ahead of
-1.5 aid
1.9 aidan's
3.3 all candidates
3.3 all even
3.3 all possible
-1.7 along the
1.6 already and
4.3 already told
-1.2 also be
3.8 also sent
-1.3 also wanted
1.4 although after
-1.3 although i'm
-1.8 always
1.4 am asking
-1.6 am available
-1.9 am confident
-1.3 am disappointed
1.6 am following
-1.6 am grateful
-2.6 am happy
1.4 am in
-1.2 am now
3.6 am waiting
-1.5 among the
1.8 an answer
1.8 an email
-1.7 an hour
-1.6 an internal
1.9 an organisation
3.3 an unpaid
-1.5 an updated
-1.3 analysis
1.4 analyst interview
-1.2 analyst program
-2.0 analytics
4.3 and accept
2.3 and again
3.3 and another
-1.2 and ask
-1.5 and can
3.3 and cannot
-2.2 and consideration
-1.7 and could
2.2 and drove
1.9 and even
1.9 and expect
-1.3 and for
2.0 and frankly
3.3 and haven't
-1.3 and he
1.6 and honestly
-1.5 and learned
2.3 and left
-2.3 and look
-1.2 and meeting
-1.5 and most
-2.4 and mr
-1.5 and one
1.4 and priya
1.9 and quite
1.4 and really
3.6 and revert
2.0 and since
1.4 and still
-1.6 and that's
1.1 and then
-2.0 and they've
1.4 and this
1.9 and told
1.4 and travelled
-1.2 and two
-1.7 and we
-1.9 and wish
3.8 and withdraw
-1.2 annual
1.4 another agency
-1.2 another employer
2.2 another offer
-1.6 another position
3.0 another way
-1.5 answer any
2.8 answer before
3.3 answer from
1.7 answer in
1.6 answer is
1.9 answer than
3.3 answer this
2.2 answer within
1.9 answer would
-2.6 answered
-1.5 answering
-2.6 answers
1.1 any chance
1.4 any decision
-2.6 any feedback
-3.2 any further
-1.5 any more
-1.9 any other
-1.8 any time
-1.2 any update
-1.1 anyone
-1.8 anyone else
3.6 anything by
-1.3 anything else
1.4 anything has
-1.2 anything more
3.3 anything so
1.4 anything that
1.6 anything you
3.3 anyway so
1.5 apologies
1.2 apologies for
-1.2 app
1.4 applicant and
-1.2 applicants
1.4 applicants with
2.5 application and
-1.3 application as
-1.3 application for
2.2 application has
-1.3 application was
-3.4 apply
-3.0 apply again
-1.3 apply for
-1.2 appointments
3.5 appreciate a
2.8 appreciate an
-1.3 appreciate any
2.0 appreciate hearing
1.1 appreciate it
1.4 appreciate your
1.4 appreciated meeting
1.7 apprentice
-2.5 approach
1.9 are a
3.3 are busy
1.9 are getting
1.4 are in
3.6 are moving
2.0 are now
-1.3 are ready
-1.6 are required
-1.5 around <n>
1.9 arranged
-1.3 arranging
1.4 arrive
-1.2 arrived
-1.2 article
-1.7 as an
-1.6 as i'd
2.2 as it's
1.6 as long
-1.3 as much
3.3 as per
3.6 as possible
-1.2 as references
2.3 as soon
1.4 as this
3.6 as urgent
4.2 asap
-1.2 aside
3.9 ask that
-1.9 ask whether
1.7 ask you
-2.2 asked
-2.7 asked about
-2.1 asked for
-1.9 asked how
1.4 asked them
-1.6 asked to
-1.2 asked what
-1.8 asked whether
1.4 asking for
2.0 asking me
1.1 asks
1.9 assistant job
1.4 associate credit
-1.6 association
2.3 assume
1.9 assume i'm
1.5 assume the
3.8 assume you've
1.4 at al
-1.6 at any
1.9 at hotel
-1.2 at interview
1.6 at least
2.2 at lunch
3.6 at noon
1.9 at nordhavn
1.4 at present
-1.2 at short
-1.5 at that
1.6 at work
1.1 at your
-1.3 atr
-1.3 attached
-1.7 attached a
-2.2 attached the
-1.2 attend the
1.4 attended
1.2 attended the
-1.6 automated
-1.2 availability
1.5 available for
2.8 awaiting
3.8 awaiting your
-1.8 award
-1.5 away from
-1.8 away with
1.4 awkward
1.9 b <n>
3.3 baby
3.3 back again
-1.3 back and
2.5 back by
-1.3 back in
1.4 back to
1.4 back with
-1.3 backend engineer
-2.4 background
3.6 ball
-1.2 bank and
2.5 bank has
-1.6 bar
-1.8 based
1.4 basic
-1.3 basis
3.9 be appreciated
1.9 be available
2.7 be checking
3.3 be communicated
-1.2 be considered
1.1 be doing
1.4 be following
2.5 be frank
1.4 be free
-1.5 be getting
-1.9 be glad
1.7 be good
3.3 be great
-1.8 be happy
-1.5 be helpful
1.9 be informed
-1.5 be keen
1.9 be kinder
3.3 be left
1.4 be made
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
-1.5 be useful
1.4 bear
-1.3 because it
3.3 becoming
3.3 becoming difficult
1.1 been a
-2.4 been about
3.6 been almost
-1.3 been asked
3.3 been asking
3.6 been checking
3.3 been forgotten
1.7 been made
3.3 been more
3.3 been nearly
3.6 been nineteen
3.3 been out
3.3 been patient
1.4 been reading
2.7 been three
3.3 been very
4.4 been waiting
-1.2 before any
-1.5 before we
-1.9 beforehand
-1.8 being open
-1.7 being so
-3.0 believe
-1.8 believe i
-1.5 best of
1.4 better for
1.9 better from
-1.8 better than
2.2 between three
2.5 beyond
2.5 beyond that
-1.2 billing
-1.2 block
-1.2 blow
-1.2 blow my
-1.3 board and
-1.6 book
-1.2 both the
1.1 bother
3.3 bothered
3.3 bothered to
1.9 bought
1.4 box
1.4 brewer
1.4 brewery
-2.0 bring
-1.6 bring that
-2.0 bring the
-1.2 bring to
-1.2 bringing
-1.3 bristol
-2.7 budget
3.3 building on
-1.2 built
3.8 bumping
3.8 bumping this
1.1 business analyst
-1.2 business partner
3.6 business tomorrow
3.3 busy but
1.9 busy schedule
1.7 but a
1.2 but my
-1.2 but please
-2.0 but the
1.9 but this
3.6 but three
3.9 but to
3.3 but unless
2.3 but you
1.3 by
4.4 by close
1.8 by friday
3.2 by monday
1.4 by my
-1.3 by name
3.7 by now
3.3 by return
2.0 by then
4.3 by this
2.2 by thursday
3.9 by tomorrow
5.1 by wednesday
-1.2 call and
2.0 call the
-1.6 call yesterday
1.8 called
-2.3 calling
-1.8 calling me
-1.9 came across
1.7 came back
-1.6 came down
-1.2 came from
-1.2 came out
-1.4 campaign
-1.6 campaigns
-1.8 campus
2.2 can get
1.6 can give
1.9 can i
-1.5 can keep
1.4 can make
1.9 can manage
1.2 can only
1.5 can plan
-1.2 can prepare
-1.8 can provide
1.7 can put
-1.5 can say
-1.4 can send
-1.8 can share
-1.2 can start
2.5 can stop
2.2 can you
1.5 can't
4.1 can't keep
1.9 can't quite
1.8 cancelled
-1.3 candid about
1.4 candidate has
1.9 candidates in
1.8 candidates know
-1.8 candour
-1.6 candour about
2.7 cannot
3.8 cannot keep
3.8 cannot wait
-1.3 capital
1.7 captain
1.4 care home
-1.3 care you
1.9 careers portal
3.8 carrier
3.3 carrier pigeon
3.3 case and
3.8 case email
-1.4 case it's
3.8 case my
2.7 case the
1.4 case they
3.3 case this
2.0 case you
1.1 catch
3.3 catch you
-1.3 cent
-1.2 centre and
-1.2 certainly
3.3 certainty
-2.4 certificate
-1.7 certification
-2.2 chain
-1.3 challenges
1.4 chance you
-1.8 change
-2.6 changed
-2.1 changes
1.4 chapter
-1.9 charge
-1.3 charge nurse
1.4 chase
2.0 chasing
1.7 check back
1.4 checked my
4.1 checking my
-1.5 checks
-1.2 chef role
2.5 childcare
1.9 children
4.2 choice but
-1.3 choose
2.2 choosing
1.9 chosen candidate
-1.8 churn
3.3 circling
3.3 circling back
-1.6 city
-1.8 class
1.4 clear answer
-1.2 clearance
-2.2 clearer
-1.5 clearer picture
-1.1 clients
1.9 clinic next
-1.6 clinics
1.4 clock
4.4 close of
-1.5 closely
-2.0 closer
-1.8 closer to
3.6 closes
-1.3 cloud
-1.8 coastal
-1.2 code
-1.2 coding
-1.6 cohort
-1.6 cold
1.9 collect
1.4 collecting
1.9 collection
1.4 come back
1.1 come by
-1.8 comes up
-1.3 comfortable with
-1.5 coming back
-1.8 comments
-1.5 comments on
1.7 commit
1.4 commit to
1.4 commitment
-2.0 committee
-1.5 committee for
-1.6 committee's
2.5 communicated
1.9 communicated to
1.9 communications specialist
-1.2 community health
-1.2 commute
1.6 companies
1.9 companies i
1.6 company has
-1.7 company i
1.8 company that
-2.0 competition
4.1 competitor
-2.5 complete
-1.2 complete sense
-2.5 completed
-1.2 completed my
-1.5 completed the
-1.2 confident
-2.1 confident i
1.1 confirm
2.0 confirm by
-1.3 confirm i'm
1.4 confirm my
1.6 confirm that
1.1 confirming
-1.3 confused
1.9 confusing
1.4 congratulations on
3.3 connection request
1.1 consider
2.7 consider my
1.9 consider this
1.9 considerable
-1.1 considered
-1.3 considered again
-2.2 considered if
2.0 contact me
1.4 content strategist
-1.3 continue in
1.1 continue to
-1.2 contract at
1.9 contract ends
3.3 contract renewal
-1.2 contracts
-2.4 contribute
-2.1 contribute to
2.8 convenience
-1.6 convenient
-1.3 conversation and
2.5 conversation so
-1.3 conversation yesterday
-2.9 conversations
-1.3 conversations with
1.4 coordinator interview
-1.6 coordinator post
4.3 copied
3.3 copied in
3.3 copied mr
-2.3 copy
-1.3 copy of
1.9 corran
-1.6 correct
-1.5 correction
1.9 corrib
1.2 cost
1.4 could answer
2.7 could give
-2.1 could have
3.3 could let
1.9 could manage
-1.3 could not
3.6 could someone
2.2 could spare
-1.7 could start
1.9 could still
1.2 could you
-1.8 couldn't
-1.2 counterbalance
2.3 counting
3.9 counting on
-1.2 country
1.1 counts
1.4 counts for
-2.1 county
1.3 couple
1.3 couple of
-1.1 course
-2.1 course i
2.5 court
1.6 courtesy
-1.5 covered
-1.6 covers
-1.3 creative
2.5 crewing
-2.0 cross
-2.6 cross again
1.1 current contract
2.2 current manager
-1.5 current role
-1.2 customer
1.4 customs compliance
-1.1 cut
1.9 cv again
1.4 cv and
1.9 daily for
3.9 dangling
-1.2 dashboard
-1.3 dashboards
-1.6 date of
-1.9 dates
3.3 daughter's
1.9 day as
1.4 day but
1.4 day i
1.7 day off
-1.6 day one
3.3 days ago
3.3 days delay
2.2 days from
-1.2 days in
1.4 days is
1.4 days of
3.3 days since
2.2 days until
-1.2 de
1.5 deadline
3.9 deadline for
-1.2 deadline of
-1.2 deal about
1.4 deal to
1.4 dear sir
-1.3 decade
-1.5 december
3.3 decide this
2.2 decision as
4.1 decision before
2.5 decision by
1.9 decision for
2.0 decision is
-1.3 decision might
1.9 decision soon
3.9 decision this
-1.3 decision to
3.3 decision today
3.6 decision urgently
-1.2 decision with
2.8 decision within
1.4 decision would
-1.2 degree
1.4 deliberation
-1.7 delivered
-1.5 delta
1.4 demand
-1.5 demonstration
-1.2 department's
-1.2 depth
-1.3 description
1.4 deserves
1.1 design engineer
1.3 desk
-1.6 detail
-2.7 details
-1.2 details on
-1.2 did at
-2.0 did enjoy
-1.2 did notice
2.5 did say
2.2 difference to
1.4 different from
-1.3 director of
-2.2 disappointed i
-1.6 disappointing
-1.8 discussed on
-1.5 discussing
-1.3 discussing the
-1.1 discussion about
-1.2 discussion on
-2.1 distribution
-1.5 distribution centre
-1.6 do a
-1.3 do appreciate
1.9 do hope
1.9 do i
3.3 do if
-1.3 do it
-2.0 do keep
3.8 do need
-1.2 do with
-1.3 do you
-1.5 document
-2.8 documents
-2.0 documents are
1.7 does not
1.7 doesn't come
3.3 doha
1.4 doing and
-2.2 don't feel
3.3 don't forget
4.3 don't hear
3.3 don't intend
3.8 don't keep
3.3 don't know
3.6 don't leave
3.3 don't make
1.9 don't need
-1.3 doubt many
1.4 down a
-2.1 down to
3.0 down two
-1.6 dr
3.3 drag
3.3 drag on
1.9 driver job
1.5 drop
2.0 drop in
1.8 drove
3.3 drove four
1.9 dust
1.9 each morning
2.7 each way
3.6 earliest
3.6 earliest as
3.6 earliest convenience
1.7 easier to
-1.2 easily
3.3 effort i
3.6 eight hours
-1.8 eight years
-1.8 eighteen
-1.8 eighteen months
-1.3 electrical
-1.2 eleven years
-1.5 else from
-1.5 else in
-1.8 else that
3.6 else which
-1.4 else you
1.9 elsewhere so
-1.1 email and
2.2 email as
3.3 email but
1.4 email i
2.0 email in
2.1 email is
1.7 email of
-1.3 email regarding
2.2 email would
3.3 emailed
2.1 emails
3.6 emails are
2.2 emails i
3.3 emails of
1.9 emails to
-1.6 employer has
1.1 employment
1.9 end up
2.0 ended
2.0 ends
1.8 ends on
1.9 ends up
-1.2 engineer trainee
-1.7 engineers
1.4 english translator
-1.5 enjoy meeting
-1.3 enjoyed every
-1.4 enjoyed learning
-3.1 enjoyed our
1.9 enough for
-1.2 enquire
3.3 enthusiasm
-1.2 entirely
-1.7 especially enjoyed
-1.6 estate
2.9 even a
1.4 even if
1.6 evening
3.8 evening whether
-2.1 ever
-1.2 ever need
4.1 every couple
1.7 every day
2.3 every evening
1.9 every fortnight
-1.2 every stage
-2.4 every success
3.3 every ten
1.7 every time
1.7 every week
-1.2 everyone
-2.5 exam
-1.2 exam last
-1.9 example
-1.5 examples
-1.8 exams
1.9 exception
-1.3 exercise and
1.2 expect
2.6 expect a
1.4 expect the
3.8 expect your
1.4 expectations
1.4 expected at
1.9 expected better
1.8 expecting
-1.3 expects
-1.2 expects to
3.8 expedite
3.3 expedite the
-2.1 experience
-1.6 experience in
-1.5 experience to
1.4 experience would
1.4 expires on
-2.3 explain
-1.5 explain the
-1.3 explaining that
-1.1 explaining the
-1.3 extra
-1.8 fact
1.4 factory
1.9 factory and
1.9 fair warning
-2.1 fairly
-1.6 fairness
3.6 falls through
-1.2 familiar
-1.2 families
1.9 family holiday
2.2 family is
3.3 family to
2.2 farm
2.3 fast
2.0 faster
1.6 faster than
1.7 father
-1.3 features
2.0 feed
-1.3 feedback about
1.4 feedback in
-1.2 feedback on
1.4 feel i
-1.3 feel obliged
-2.0 feel the
-1.2 feel you
1.5 feels
1.1 feels like
-2.1 fell
-1.8 fell short
-1.5 felt
1.1 fenwick
1.9 festival programme
2.3 few days
1.9 few times
-1.5 fifteen years
-2.2 figure
-1.9 figures
1.4 fill
-1.3 filling
1.6 final decision
1.9 final stage
1.5 finally
-1.7 finance director
-1.8 financial
-2.2 finish
-2.9 finished
-1.3 finished the
-1.2 finishing
-1.6 firm and
2.0 firms
-1.2 first aid
-1.2 first day
-1.2 first interview
-1.7 first ninety
1.4 first of
1.9 first one
-1.2 first week
-2.0 first year
1.4 fitting
1.4 five weeks
-1.3 five years
3.6 fleet planning
1.4 flew
-1.8 flexible
3.3 flight
-1.5 flow
1.2 fly
3.3 fly back
1.9 folder
1.1 followed
1.7 followed up
-1.6 following the
1.1 following up
-1.3 for <n>
-1.3 for any
-1.3 for arranging
-1.6 for being
-2.2 for calling
3.3 for chasing
2.5 for even
-1.4 for explaining
1.4 for finally
-1.5 for four
-1.6 for future
-1.8 for getting
-1.3 for hosting
-1.3 for informing
-2.0 for inviting
1.4 for last
2.8 for long
-1.2 for more
-1.6 for most
1.4 for much
1.1 for nothing
3.3 for now
1.7 for one
-1.2 for organising
-1.5 for phoning
-1.5 for ringing
-1.3 for similar
1.1 for some
-1.2 for someone
-1.7 for speaking
-1.7 for such
-2.1 for telling
-1.8 for thursday's
1.9 for us
-2.2 for what
1.1 for yesterday
1.4 for you
-1.7 forecasting
2.7 forget
3.6 forget me
-1.5 forgot
-1.5 forgot to
3.8 forgotten
3.3 forgotten about
-1.2 form
-1.9 former
1.4 fortnight
3.3 fortnight and
3.6 forty eight
3.6 four hours
1.9 four times
-1.2 four years
-1.5 fourteen
1.6 fourth
3.3 fourth message
3.3 fourth time
-1.5 framework
1.4 frankly
-1.5 freelance
3.6 fresh
3.3 friday afternoon
3.3 friday at
-1.5 friday for
3.3 friday i
3.3 friday i'll
1.4 friday is
2.1 friday so
2.0 friday to
2.2 friend
-1.3 friendly
1.9 friends
-3.0 from <n>
-1.5 from about
-1.3 from day
2.5 from last
1.9 from now
1.1 from your
-1.6 front office
-1.3 froze
3.3 frustrating
-1.1 full
-2.0 full picture
-1.3 fully
-1.5 fun
-2.2 further documents
-1.7 further information
-1.2 further questions
2.7 further to
-1.2 further you
-2.2 future
-2.6 future roles
-2.2 future vacancies
-1.5 gap
-1.3 garden
-1.2 gather
1.4 gave of
2.5 gave up
2.0 gentle
3.6 gentle reminder
-2.2 gently
-1.3 gently suggest
-1.2 genuinely useful
1.8 get a
3.4 get back
3.6 get lost
3.3 get round
1.4 get that
-1.2 get to
3.6 ghosted
2.3 give me
2.2 give notice
1.1 give you
2.1 given how
1.1 given that
-1.5 gives
1.4 giving
3.6 giving you
-1.7 glad
-1.7 glad to
3.6 go another
-1.2 go over
3.6 go with
-1.1 goes
-1.3 goes well
1.4 going ahead
1.1 gone
2.2 gone another
3.3 gone elsewhere
2.0 gone with
1.4 good afternoon
-1.2 good deal
1.1 good news
1.4 good weekend
1.9 got lost
2.2 got the
1.9 graduate structural
-1.2 graduate students
-1.5 graduate trainee
1.9 grants coordinator
1.6 grateful if
-1.3 grew
-2.1 ground
-1.3 ground running
-1.2 group exercise
-1.3 grown
2.1 guessing
3.8 guessing from
2.2 guessing the
-1.5 guest
-1.3 guidance
1.4 had another
-2.1 had been
1.5 had hoped
-1.5 had in
1.7 had my
3.3 had no
-1.1 had to
1.4 had your
-1.7 hadn't
1.4 hale
-1.8 half
-1.3 half the
1.9 handed in
-2.1 handled
1.9 handler
-1.5 handling
-2.5 hands
-2.0 hands on
1.4 hangar
4.3 hanging
-1.4 happy
-1.4 happy to
1.9 harcourt
-1.6 hard not
3.6 hard on
1.2 harder
1.6 harder than
1.4 has already
2.5 has called
-1.6 has changed
-1.2 has grown
1.4 has moved
2.0 has not
1.5 has now
2.5 has reached
-1.3 has started
-1.3 has told
3.3 hasn't been
1.7 hate
1.7 hate for
2.2 hate to
-1.7 have accepted
1.8 have also
2.1 have an
2.5 have another
-2.1 have asked
-2.0 have attached
3.9 have copied
-1.5 have decided
1.7 have expected
1.6 have gone
1.6 have heard
1.7 have i
1.8 have kept
1.4 have lost
-1.5 have made
-1.2 have news
2.6 have no
2.2 have not
2.7 have now
-1.2 have one
3.3 have other
-1.3 have passed
-1.5 have preferred
3.3 have put
-1.6 have run
-1.5 have said
-1.5 have saved
-1.5 have the
1.1 have thought
1.8 have to
1.9 have travelled
2.0 have turned
1.9 have two
1.9 have wanted
-1.5 have worked
1.4 have written
2.7 have your
2.4 haven't
2.5 haven't had
3.9 haven't heard
3.8 hear anything
3.1 hear back
2.8 hear by
-1.2 hear more
1.9 hear next
-1.8 hear of
4.2 hear something
3.3 hear soon
3.8 hear within
2.1 heard
1.9 heard a
3.2 heard anything
3.9 heard back
4.2 heard by
1.8 heard from
3.3 hearing your
1.9 held off
1.7 hello
-1.2 help noticing
-2.1 help the
-1.9 helped
-1.2 helped me
-1.9 helpful
-1.3 helpful for
-1.3 helpful to
-1.6 helps
1.9 here i
-1.3 here is
3.3 high demand
-1.6 highest
1.9 hillcrest
-1.6 him
-1.5 his
-2.0 history
-1.6 hit
-1.3 hit the
1.1 hold
-1.6 hold a
3.8 hold for
2.5 hold indefinitely
3.6 hold you
2.2 holding
1.9 holding an
3.9 holding things
1.7 holiday
1.9 holiday so
-1.3 holidays
2.2 hollis
1.4 honest with
1.9 honestly how
1.4 honestly i
1.9 honestly my
-1.2 honestly that
1.7 honestly the
-1.2 honoured
2.2 hope for
-2.5 hope our
2.0 hope that's
-1.2 hope to
1.1 hope you'll
1.9 hoped the
1.2 hoping
1.4 hospital has
1.9 hospitality at
1.9 hospitals
-1.5 hosting
1.4 hotel for
3.6 hours each
-1.2 hours on
-2.9 housing
-1.5 how i'd
2.0 how long
-1.2 how my
1.9 how quickly
1.4 how this
-1.2 how we
-2.2 how you
-2.8 how your
-1.3 hub
2.2 huge
-1.6 hundred
-1.6 hurry
-1.2 hybrid
-2.3 i accept
-2.0 i answered
1.9 i are
1.9 i assume
1.8 i attended
-2.7 i believe
2.0 i can't
3.3 i cancelled
4.6 i cannot
-1.5 i completed
-1.1 i could
-1.3 i couldn't
-2.5 i did
-1.2 i didn't
-2.0 i especially
1.5 i expect
1.3 i expected
-1.5 i felt
-1.3 i finished
1.4 i flew
2.2 i fly
-1.5 i forgot
-1.2 i fully
-1.2 i gather
-1.2 i genuinely
2.1 i get
1.1 i go
1.7 i got
-1.3 i hadn't
2.2 i haven't
1.6 i hear
-1.7 i hold
-1.7 i learned
-1.3 i learnt
1.9 i leave
-2.0 i led
-1.5 i liked
2.5 i manage
-1.4 i may
3.3 i miss
1.4 i moved
2.0 i need
2.5 i notice
-1.3 i only
-1.2 i particularly
-2.0 i passed
-1.2 i plan
1.9 i pray
-1.5 i prepared
2.5 i put
-1.7 i ran
1.4 i read
1.4 i rearranged
-1.5 i rebuilt
-1.5 i reckon
3.8 i request
1.4 i respond
-1.3 i said
-1.2 i say
-1.2 i see
2.5 i shall
-1.7 i simply
-1.3 i spent
1.5 i stand
-2.4 i suppose
-1.2 i think
3.6 i tried
1.7 i trust
4.2 i turned
-1.2 i understood
-1.5 i valued
-1.2 i very
-1.2 i walked
3.6 i were
1.2 i will
-2.4 i wish
1.9 i wonder
1.4 i wouldn't
2.4 i'd appreciate
4.1 i'd ask
-2.0 i'd bring
-1.3 i'd check
-1.2 i'd gently
1.9 i'd had
1.6 i'd hate
3.3 i'd hear
1.5 i'd just
-1.5 i'd most
3.6 i'd need
-1.3 i'd only
1.9 i'd prefer
1.2 i'd rather
-1.5 i'd value
-2.6 i'd welcome
1.1 i'll
3.6 i'll accept
3.1 i'll assume
3.3 i'll call
1.1 i'll do
3.9 i'll expect
3.6 i'll follow
2.6 i'll give
2.2 i'll have
3.6 i'll hold
4.6 i'll need
3.6 i'll pop
3.6 i'll ring
1.4 i'll send
3.3 i'll stop
2.3 i'll take
2.0 i'll try
-1.2 i'll wait
-1.9 i'm a
1.6 i'm afraid
-2.1 i'm excited
-1.2 i'm flexible
-1.7 i'm genuinely
3.9 i'm giving
-2.0 i'm glad
2.5 i'm guessing
3.3 i'm holding
3.9 i'm hoping
3.3 i'm leaving
1.9 i'm no
2.0 i'm rather
3.3 i'm renewing
-1.6 i'm sorry
1.4 i'm starting
1.5 i'm sure
1.4 i'm withdrawing
-1.6 i've accepted
2.0 i've already
2.2 i've also
1.9 i've checked
-1.6 i've decided
-1.5 i've finished
2.5 i've got
1.9 i've heard
1.9 i've held
1.9 i've not
1.4 i've now
1.6 i've put
1.7 i've turned
-1.3 i've worked
2.0 ideally
-2.0 if a
-2.6 if another
-2.6 if any
-1.4 if anything
1.3 if i
1.4 if i'd
1.7 if i'm
3.8 if i've
-1.2 if needed
1.1 if so
-1.5 if something
3.8 if this
-1.5 if you'd
2.7 if you've
-1.9 if your
1.4 ignore
1.9 imaging
3.3 immediately
3.6 immediately as
3.6 immediately if
1.7 impressive
-1.9 improve
-1.6 in <n>
1.4 in advance
-1.3 in both
-1.2 in contact
3.3 in doha
1.9 in durban
2.0 in every
-1.6 in fairness
1.4 in from
-2.6 in future
3.3 in hand
2.2 in high
3.3 in limbo
3.3 in me
-1.5 in more
-1.2 in our
-2.0 in particular
-1.2 in reception
-1.3 in september
3.8 in spam
3.3 in suspense
-1.8 in that
-1.3 in their
-1.2 in this
-1.2 in three
1.8 in to
-1.2 in twenty
1.4 in under
-1.8 in well
2.2 inbox
1.4 inbox and
3.6 inbox every
-2.1 including
-1.5 including the
3.4 indefinitely
1.9 inform me
-1.3 inform you
1.9 informed that
-1.5 inside
1.4 instant i
-1.8 intake
1.4 intend
1.4 intend to
-2.1 interest of
3.6 interest so
3.0 interested but
-1.2 interested particularly
-1.4 interesting
-1.2 interesting to
-2.4 internal
-1.8 internal candidate
-1.5 internship
1.9 interview did
2.5 interview from
1.4 interview i've
-1.2 interview itself
1.9 interview to
1.9 interview you
1.1 interviewed for
-1.2 interviewer
1.6 interviews i
1.9 interviews last
3.3 interviews while
3.3 into this
1.9 invested
1.9 invested in
-1.5 invitation
-1.6 invited
-2.1 inviting
-2.1 inviting me
2.5 is all
-1.5 is any
-1.6 is anything
1.4 is back
3.3 is becoming
3.3 is busy
1.9 is friday
3.3 is getting
1.9 is honestly
1.4 is in
1.9 is made
1.8 is my
2.2 is next
-1.5 is one
-1.8 is possible
3.3 is quite
1.7 is really
2.5 is regarding
-1.3 is right
-1.2 is simply
3.8 is taking
-2.3 is that
1.9 is to
-1.7 is useful
-1.2 is valid
1.4 is very
-1.2 is what
-1.2 isn't possible
-1.3 isn't the
1.2 it as
2.5 it by
-1.7 it came
-1.3 it didn't
1.9 it down
1.9 it first
-1.3 it for
-1.3 it had
1.1 it has
-1.1 it helps
1.6 it if
1.4 it into
-1.6 it may
-1.1 it only
-1.8 it over
1.4 it really
-1.2 it shows
2.7 it that
-1.6 it the
1.4 it this
1.4 it through
1.9 it too
1.4 it took
3.3 it until
1.4 it up
-1.8 it wasn't
1.2 it will
-1.3 it with
1.1 it's been
3.3 it's easier
1.1 it's not
3.6 it's now
3.3 it's only
-1.3 it's the
-2.5 it's useful
-1.8 it's worth
-1.1 its
1.1 job and
-1.7 job description
-1.3 job in
1.4 join and
-1.3 joining you
-1.2 judge
-1.2 july
3.3 jump
-1.3 june so
2.2 junior accountant
-1.2 junior data
2.2 just been
3.3 just bumping
3.3 just circling
-1.2 just didn't
1.8 just let
1.7 just like
1.9 just need
2.2 just rather
1.3 just so
3.3 just tell
1.4 just touching
-1.1 just wanted
1.9 keen the
1.7 keep a
-1.2 keep coming
-1.3 keep following
-1.7 keep in
1.8 keep that
2.8 keep them
-1.3 keep you
-1.6 keeping me
-1.3 kept in
3.9 kept my
2.2 kept waiting
2.2 kind consideration
-1.3 kind email
-1.2 kind note
1.9 kind response
1.4 kinder to
-1.2 kindly agreed
1.9 kindly consider
3.3 kindly do
3.3 kindly expedite
4.2 kindly revert
1.4 kindly treat
1.7 kisumu
1.9 know a
-1.2 know about
-1.2 know and
1.4 know before
3.4 know by
3.8 know either
1.9 know i'll
1.1 know i've
-1.8 know if
-1.6 know in
-2.2 know my
2.7 know one
1.7 know this
1.9 know where
1.7 know you're
-1.8 known
-1.7 knows
1.4 lab and
1.9 landing
4.1 landlord
3.3 landlord wants
-1.3 language
1.9 lapse
-1.6 large
-1.2 largest
-1.6 last friday
1.9 last monday
-1.2 last spring
1.4 last tuesday
-1.3 late and
1.4 late so
3.3 later than
3.7 latest
3.8 latest by
-1.3 lead
-2.0 lead position
-1.1 leader
-1.2 leader role
-1.5 leadership
-1.4 learn
-2.2 learn about
-2.2 learned
-1.7 learned a
-1.1 learning
-1.3 learning how
-1.6 learnt
-1.6 learnt a
1.8 lease
1.9 lease in
1.4 least
2.0 least a
1.7 least i
3.6 leave a
1.4 leave it
2.5 leave me
2.5 leaves
1.9 leaves me
1.5 leaving
-2.7 led
-2.0 led the
2.6 left a
2.2 left waiting
2.2 left you
1.4 legal
-1.1 lesson
1.9 let a
1.4 let candidates
1.9 let the
2.2 let's
-1.8 letter about
1.9 letters
-1.8 level
1.2 library assistant
-2.3 licence
1.4 licensed
2.3 life
3.3 life on
2.2 like my
1.9 like them
1.4 like your
-1.2 liked
-1.2 liked hearing
-1.2 liked what
3.3 limbo
1.9 limit
2.0 limits
1.9 linden
-1.3 line and
3.3 line by
1.7 line on
1.7 line reply
1.4 line to
1.9 lines of
-2.1 link
2.2 linkedin
4.2 linkedin and
-1.7 listed
-1.2 little more
2.2 little sooner
-1.2 live
-1.2 load
1.9 lodge
1.6 long
1.8 long as
1.4 long i
3.3 long so
1.9 long the
2.3 long time
1.3 longer
-1.1 look forward
-1.2 looking
-1.9 looking for
-1.1 looking forward
-1.2 looks
3.1 lose
3.9 lose me
2.2 losing
2.2 losing me
1.1 lost
3.3 lost again
3.8 lost interest
-2.2 lot from
3.3 loud
-1.4 luck
2.2 lunchtime
1.9 ma'am
1.9 mad
1.4 made by
-1.7 made it
1.9 mailbox
-1.8 main
-1.7 mainly
1.4 maintenance electrician
-1.2 major
1.9 makati
1.6 make me
1.7 make sure
1.9 make things
-1.2 makes complete
1.9 makes it
-1.2 makes me
1.2 manage
3.6 manage to
-1.9 managed
-1.6 management
1.9 manager that
-2.1 managers
-1.3 manchester
1.9 many more
-2.0 many of
-1.3 many people
-1.2 marina
2.2 marine
-1.3 master's
3.3 match it
3.6 mate
1.8 matter
3.6 matter as
1.7 matters to
-1.2 may be
1.2 may i
-2.2 maybe
-1.1 me about
1.4 me all
1.5 me an
1.2 me back
1.9 me be
2.2 me by
-1.3 me during
2.8 me every
3.3 me first
-1.3 me if
-1.2 me informed
1.7 me it
-1.7 me more
-1.2 me my
-1.3 me of
1.1 me out
1.1 me over
3.3 me regret
1.3 me so
-2.0 me such
1.1 me this
-1.1 me to
1.2 me today
1.9 me twice
1.4 me two
-1.2 me very
4.1 me waiting
1.9 me you
3.6 me your
1.9 mean
2.1 mean a
-1.6 meant to
-2.7 meantime
-1.2 meantime i
-1.8 meet you
1.9 meeting and
-1.3 meeting everyone
1.4 meeting on
-1.1 meeting you
-1.3 meeting your
1.6 meets
-1.2 members
-1.3 mention it
1.4 mention only
-1.3 mentioned is
-1.3 mentioned the
-1.3 mentioned you
-1.6 mentions
1.9 merchandiser
1.9 mercy
-1.6 message about
-2.2 message and
2.2 message on
2.7 messaged
3.8 messaged you
2.7 messages
-1.2 met the
-2.3 mid
-1.2 mid market
-1.5 middle of
-1.3 might like
-2.0 million
1.7 mind and
-2.4 mind for
1.9 mine is
1.9 mine to
-1.2 mining
1.7 ministry
-1.7 minutes at
1.9 minutes of
1.9 minutes so
3.3 misery
2.3 miss
1.9 miss out
3.3 miss you
-1.1 model
-2.0 modelling
-1.7 module
3.3 monday as
3.3 monday morning
2.8 monday so
1.4 monday to
1.4 money
-2.0 month end
1.9 month of
2.2 month to
-1.7 monthly
-1.6 months and
-1.2 more about
1.9 more days
-1.7 more detail
1.8 more for
-2.1 more of
-1.2 more or
-1.8 more time
1.9 more ways
1.9 morning but
2.7 morning to
-1.8 mornings
-1.4 most
3.6 most grateful
-1.2 most interesting
-2.0 most like
-1.7 most of
-1.2 most people
-2.5 mostly
3.6 move faster
-1.2 move forward
1.9 move on
3.8 move quickly
-1.3 move to
1.6 moved on
2.2 moving fast
1.9 moving forward
2.2 moving quickly
1.9 mr nowak
-1.1 mrs
-1.2 much clearer
4.1 much longer
-1.2 much of
1.7 much to
1.9 much want
2.5 mum
-1.3 museum
1.8 must be
3.3 must know
-1.3 must withdraw
-1.7 my account
-2.2 my answers
-1.8 my background
-1.6 my congratulations
3.3 my daughter's
3.8 my deadline
-1.8 my details
2.2 my earlier
1.3 my email
4.4 my emails
-2.0 my experience
1.2 my family
1.9 my file
-1.3 my former
3.8 my fourth
1.9 my graduate
2.7 my inbox
4.1 my landlord
3.6 my lease
3.9 my life
3.3 my misery
1.4 my month
2.5 my mum
1.1 my next
2.2 my notes
3.8 my other
2.0 my panel
2.5 my parents
-1.8 my part
2.0 my partner
3.6 my patience
2.3 my phone
-2.4 my portfolio
-1.5 my present
1.1 my previous
-1.8 my questions
3.3 my savings
1.9 my sea
2.2 my search
1.6 my situation
1.9 my start
3.3 my thank
2.7 my third
1.4 my visa
1.7 my way
2.2 my whole
1.4 my wife
1.9 my withdrawal
-1.7 my year
-1.6 myself
-1.2 named
-1.2 national
-1.2 natural
-1.3 near
1.4 nearly
3.3 nearly four
1.9 necessary
1.2 need a
2.7 need an
-1.2 need any
-2.4 need from
3.8 need you
4.9 need your
3.3 needful
1.4 needs a
1.7 neither
1.9 neither of
-1.5 nervous
-1.8 new hire
-1.2 new starters
-1.5 news and
3.6 news at
2.2 news from
-1.2 news i
1.7 news is
-1.6 news on
3.3 news so
1.9 news though
-1.2 news was
3.3 news would
-1.3 next conversation
2.0 next few
1.4 next month
-1.6 next round
-1.2 next season
-1.4 next step
2.2 next tuesday
1.9 next vacancy
-1.6 next wednesday
-1.1 next year
1.2 nice
2.5 nice to
1.9 nine and
2.8 nineteen
3.8 nineteen days
-1.7 ninety days
2.8 no and
3.3 no but
3.8 no by
3.9 no choice
1.4 no doubt
1.9 no is
-1.5 no need
3.3 no offer
1.4 no one
3.3 no or
-1.5 no rush
3.6 no update
4.1 no would
-1.2 nobody else
1.7 nobody has
4.1 noon
1.9 nordhavn
1.4 nordvik
-1.8 northern
1.7 not been
-2.1 not disappointed
1.9 not get
2.5 not hear
4.2 not heard
2.2 not how
3.8 not keep
3.3 not later
3.6 not left
1.9 not like
-1.3 not many
3.3 not prepared
3.3 not received
1.4 not selected
1.9 not simply
3.8 not yet
2.5 note from
1.1 note that
-1.2 noted
1.4 notes from
1.2 nothing
3.3 nothing so
1.4 notice at
-1.5 noticed the
-1.2 noticing
1.4 now
1.7 now and
1.9 now been
3.3 now eleven
2.5 now on
2.8 now received
3.0 now so
1.9 now the
1.9 nowak
2.2 nudge
-1.1 number
-1.5 number of
-2.3 numbers
-1.6 nurses
-1.2 nursing
-1.2 observation
1.9 ocean
-1.3 of applicants
-1.6 of being
4.3 of business
1.9 of care
3.8 of days
-1.6 of four
-1.7 of future
-1.3 of hands
1.4 of interviews
-1.6 of luck
1.4 of me
-1.2 of next
1.9 of other
3.3 of play
1.9 of procurement
1.4 of term
-1.2 of that
1.4 of things
1.7 of this
-1.2 of thought
1.4 of three
-1.2 of transparency
3.8 of waiting
-2.3 of what
-1.7 of where
1.7 off and
3.6 offer as
3.9 offer by
-1.8 offer for
2.8 offer in
1.7 offer is
1.4 offer letter
3.3 offer now
1.7 offer on
1.5 office on
2.5 office to
3.6 office twice
1.7 officer interview
1.4 ol
2.2 on all
2.2 on and
-1.5 on any
-1.8 on file
2.7 on for
1.4 on good
3.6 on hearing
-1.2 on his
2.2 on hold
1.4 on i'd
-1.3 on joining
2.3 on linkedin
3.3 on loud
1.4 on me
-1.2 on nights
1.4 on other
2.0 on this
1.1 on time
3.3 on us
-1.7 on what
3.3 on whatsapp
1.9 on you
-2.4 onboarding
-1.7 once again
-1.5 once i
1.3 once more
-1.2 once the
-1.3 one and
3.3 one doesn't
-1.5 one i'd
-1.5 one in
1.7 one line
1.4 one person
-1.3 one point
-2.6 one thing
4.6 one way
2.2 one word
-2.1 online
2.0 only a
1.4 only assume
-1.2 only in
-1.2 only mention
-1.8 only one
-1.8 open about
-1.9 open to
-1.6 open with
-1.3 opening comes
-1.2 openings
-1.2 openings at
-1.9 openings in
-1.1 opens
-1.2 opens in
-1.1 opens up
-1.8 operation
-1.3 operations lead
-3.1 opportunity to
1.4 option
1.6 options
3.3 or i'll
1.7 or is
-1.2 or less
3.9 or no
2.0 or the
3.3 or tomorrow
-1.6 organisation and
1.9 organisation that
-1.8 organised
-1.3 organising
-1.2 original
1.9 orwell
3.6 other by
4.1 other companies
1.9 other firm
3.9 other interviews
3.3 other options
3.3 other plans
3.8 other processes
-1.3 other roles
1.6 otherwise
1.7 otherwise i
3.6 otherwise i'll
-1.6 our conversations
-2.4 our discussion
1.4 our interview
1.4 our meeting
-2.6 our paths
1.6 out at
1.4 out the
-1.2 outcome and
1.9 outcome before
3.3 outcome by
-2.1 outcome for
-1.5 outreach
-2.3 outside
1.4 over from
-1.3 over two
-1.2 overqualified
2.5 own cost
-1.2 own trumpet
-1.7 pace
-1.6 packaging
-1.5 page and
-1.3 pair
-1.3 pair of
-1.7 panel for
-1.5 panel gave
-2.1 panel had
1.2 panel has
1.6 panel interview
3.3 panel meets
-1.5 panel's decision
-2.4 paper
1.4 paperwork
1.9 paralegal role
2.5 parents
-1.5 part i
-1.6 part was
-1.2 particularly in
-1.2 particularly on
-1.2 particularly the
-1.3 partnerships
-1.3 passed
-1.9 passed my
-1.3 passed the
1.1 passing
-1.2 passing on
3.6 passing your
2.3 past the
3.6 pasted
3.3 pasted it
-1.8 paths
-2.6 paths cross
-1.3 patience with
-1.2 patients
1.4 payroll administrator
2.2 pending
1.4 pension
-1.7 people who
-1.3 per cent
3.6 per my
-1.3 percent
-1.3 perfectly
1.9 perhaps my
-1.2 period at
-1.3 person who
1.7 person you
1.9 perth for
4.2 phone on
3.6 phone your
-1.5 phoning
1.9 physiotherapist post
-1.2 picture
-1.4 picture of
1.9 picture you
-1.3 piece
3.3 pigeon
2.0 pile
1.4 placed
1.9 placed on
-1.6 placement
-1.2 plainly
2.2 plan accordingly
2.7 plan my
-1.3 planning my
1.5 planning officer
-1.2 plate
3.3 please advise
-1.2 please also
3.3 please confirm
1.6 please could
1.6 please give
2.0 please just
1.7 please note
3.6 please reply
3.6 please respond
3.6 please ring
1.4 please send
2.0 please tell
-1.8 please thank
2.0 please treat
3.3 please update
-2.3 pleased
-2.2 pleased to
1.4 plenty of
-1.2 point i
-1.2 point i'd
-1.8 points
-1.3 policy officer
-1.3 politely
-1.2 pool
2.8 pop
3.6 pop into
2.5 pop up
-1.5 position opens
3.3 position this
-1.8 position with
1.4 position you
-1.3 positions
1.4 positive
1.9 positive reply
-1.9 possibility
-1.7 possibility of
3.3 possible as
2.0 possible so
-1.7 post comes
1.1 post in
1.4 postdoctoral
1.7 postdoctoral position
-1.2 posted
-2.0 posting
-1.3 posts
-2.3 practical
1.9 pray
-1.3 pre
-1.2 preparation
-1.2 prepared for
3.3 prepared to
1.4 presentation and
-2.1 pretend i'm
1.9 pretend the
3.3 previous messages
1.4 prioritise
1.4 priority
-1.8 problems
-1.2 process for
2.7 process has
-1.3 process stands
-1.3 process with
2.2 processes
-1.8 professor
1.9 profile is
-1.5 program
-1.1 programme
-1.5 programme officer
1.9 project architect
-1.2 project i
-2.0 projects
1.2 promise
3.3 promise to
2.0 promised
2.5 promises
1.9 proof
1.4 proper one
-1.7 provide
-1.3 provide references
-2.0 public
-1.2 published
1.1 put a
1.6 put in
1.6 put me
2.2 put the
1.4 put you
-1.2 quantity
-1.2 quantity surveyor
-2.5 quarter
-2.4 question about
-3.7 questions
-2.4 questions about
-1.2 questions were
1.9 quick answer
-1.2 quick call
2.5 quick line
-1.3 quick note
2.0 quick reply
3.6 quick yes
2.2 quicker
1.6 quickly and
2.5 quietly
1.9 quite see
-1.5 quota
-1.3 r sum
1.9 radar
-2.5 ran
1.6 rang
1.9 rather a
3.3 rather be
1.5 rather have
1.4 rather know
4.3 rather not
3.8 rather work
2.2 rd march
-1.8 reach a
-1.6 reach me
3.3 reach you
1.1 reached
2.0 reached a
2.1 reached you
2.0 reaching
-1.2 read it
1.1 read the
1.9 reading between
-1.3 real pleasure
-1.7 realised
1.4 really appreciate
3.3 really do
3.6 really help
-1.3 really liked
3.6 really need
-1.2 really useful
1.4 rearranged
-1.3 reasons
1.4 rebuilding the
-1.8 rebuilt
-1.2 rebuilt the
1.5 receive
1.9 received so
-1.3 recent
2.2 receptionist
-1.7 reckon
3.3 reconsider
-1.7 record
-1.6 recorded
-1.5 records
1.4 recruiter
-1.6 recruitment
-1.9 redesign
-1.7 reduced
-1.2 reducing
-1.6 referee
-1.3 referees
-1.5 references
-1.5 references or
-1.5 reflection
3.1 refreshing
4.2 refreshing my
2.3 regarding my
-1.1 regional
1.7 regional director
-1.9 regional sales
1.4 registered
-1.2 registration
1.4 regret it
1.9 regularly
-1.2 relationships
-1.2 relaunch
-1.6 relevant
-1.3 relocating
3.8 relying
3.8 relying on
1.1 remain interested
-1.1 remains
-1.1 remains my
-1.3 remains the
2.3 reminder
3.3 reminder that
-1.6 renewed
3.6 renewing
2.2 rent
1.4 reopens
1.9 replied
1.5 reply
3.6 reply asap
1.5 reply by
-1.5 reply date
3.3 reply i
1.4 reply in
3.8 reply is
3.3 reply so
3.8 reply this
1.1 reply to
3.8 reply would
1.9 replying to
-2.3 reporting
-2.1 reports
-1.3 reps
1.9 reputation
1.8 request
2.0 request you
-1.5 requested
1.2 require
-2.2 required
-1.5 required from
-1.2 requirements
1.4 research assistant
3.6 resending
1.9 reserve
-1.2 residency
1.9 resolved
1.9 respect and
-1.8 respect the
1.3 respond
1.9 respond as
1.4 respond i
3.6 respond immediately
1.4 responded
1.7 response
3.3 response to
1.4 rested
3.3 result by
1.9 result is
-1.8 retail
-1.2 retention
2.2 return
1.4 revenue manager
4.7 revert
3.3 revert at
3.3 revert with
-1.3 reviewed
1.9 reyes
-1.3 rig
3.3 right desk
1.6 right now
2.6 ring
2.3 ring me
3.3 ring on
3.6 ring your
-1.2 ringing me
1.1 riverside
1.6 role but
3.3 role isn't
1.4 role last
-1.1 role opens
1.9 role reopens
1.6 role so
1.9 role very
-1.6 role was
-1.5 role we
-3.6 roles
-1.7 roles at
-1.6 roles in
-1.8 rollout
-1.2 rooms
1.4 rough idea
-1.2 roughly <n>
-1.5 roughly when
1.7 round for
-1.2 round interview
1.6 round so
3.3 round to
1.4 round with
-1.8 rounds and
2.7 rounds of
-1.8 route
-1.8 run a
3.6 run out
-2.2 run the
3.3 runs out
-2.4 rush
-1.3 rush on
-1.3 rush your
-1.5 rushed
-1.2 s i
-1.8 sad
-1.9 said about
1.7 said i'd
1.9 said in
2.0 said you'd
-1.1 salary
2.2 sales engineer
1.4 sales role
-1.2 sam
1.6 same day
3.6 same question
-2.0 sample
-1.7 sat
-1.2 satisfaction
1.5 save
-1.8 saved
-1.3 saved us
1.7 savings
1.9 saw on
3.3 saw you
-1.3 say it
-1.4 say that
1.9 say you'd
-1.7 scenario
-1.1 scheme
-2.1 science
-1.9 score
-1.5 scoring
-1.6 screening
1.9 searches
1.4 season and
-1.2 seasons
1.4 seat
3.3 second gentle
-2.4 section
-1.2 security
3.8 see if
-1.2 see that
1.9 see whether
1.9 seen it
-1.8 send anything
-1.1 send it
-1.2 send over
1.9 sending my
1.4 senior planning
-1.8 sense
-2.4 sense of
-1.2 sense that
1.9 sensitive
2.2 sent a
1.4 sent the
3.3 sent this
1.4 sent you
-1.3 sentence
3.3 serious
-1.6 session with
1.9 set a
1.1 settle
-1.8 settles in
1.4 seven
1.9 seven weeks
2.4 shall
2.5 shall be
-1.2 share
-1.2 share a
-1.8 share any
-1.3 share on
-1.3 share where
1.9 shared i
1.9 shares
-1.5 sharing
-1.2 she had
1.4 she was
1.9 shenzhen
3.8 shift at
-1.5 shop
-1.2 short
-1.3 short call
-1.2 short contract
-2.2 short note
-1.3 short notice
-1.3 should a
3.8 should i
3.6 should keep
1.8 should mention
1.9 shouldn't
1.9 show more
1.4 shows how
-1.2 side i
1.2 side of
1.4 sign
3.6 sign with
3.8 signing
3.3 signing with
5.2 silence
3.3 silence as
3.9 silence is
3.9 silence that
-1.1 similar
-1.2 similar post
-1.3 similar roles
1.4 simple
3.3 simple yes
1.4 simply because
-1.3 simply wanted
1.2 since i
1.4 since i've
3.6 since long
2.5 since march
1.5 since my
1.9 since nobody
1.7 since the
1.1 since you
1.5 sir
2.0 sir i
3.3 site and
1.4 site engineer
-1.8 sites
1.4 situation
-1.8 six months
1.4 six weeks
-2.1 six years
3.3 slip
1.9 slipped
1.7 slots
2.5 so any
1.8 so i'll
1.5 so i'm
2.7 so long
1.4 so many
-1.2 so open
1.7 so please
-1.3 so quickly
1.3 so that
3.6 so unless
1.4 so we
1.2 so you
1.4 so you're
-1.2 software
-1.2 software engineer
1.4 solutions
3.3 some news
-1.8 some of
1.9 someone actually
1.4 someone at
2.2 someone else
-1.6 someone who
-1.2 something about
1.9 something before
3.6 something by
1.1 something else
-1.6 something similar
1.5 soon
2.5 soon as
2.4 sooner
1.4 sooner than
-1.6 sorry it
-1.3 sorry not
-1.8 sound
-1.2 sounds
4.4 spam
1.1 spare
-1.1 speak
-1.2 speak again
1.4 speak to
-2.1 speak with
-2.1 speaking with
1.1 specialist position
-1.3 specific
1.2 speed
3.3 speed things
-2.3 spent
-1.3 spent the
-2.2 spent with
-1.3 spoke i've
-1.2 spring
-1.2 spring and
-1.2 sql
1.9 st aidan's
1.9 stage so
-1.2 stakeholder
1.3 stand
3.3 stand by
-2.4 standard
-2.2 stands
-1.2 start at
-1.3 start dates
1.9 start forty
-1.6 start on
1.9 start the
1.9 started the
-1.2 starters
-1.3 starts
-1.7 state
-1.2 station
1.4 status
3.3 status at
3.8 stay available
-1.3 stay in
1.4 stay on
-1.2 stay with
-1.3 staying
2.2 stays
-1.5 step
3.3 still awaiting
3.6 still here
2.0 still interested
2.1 still my
3.6 still nothing
3.3 still pending
1.9 still prefer
1.7 still really
-1.3 still think
1.4 still up
4.4 still waiting
2.7 still want
2.9 stop
-1.2 straight
-1.5 street
1.8 strength
2.7 strength of
-1.2 strengthen
-1.7 strong
-1.7 stronger
-1.5 struck
-2.2 student
-2.5 students
-1.3 study
1.4 subject follow
-2.0 subject re
1.9 subject senior
-1.2 subject thanks
-1.2 submitted
-1.5 success
-1.7 success with
-1.5 such
-2.5 such as
-2.3 suitable
-1.5 suits
-1.6 suits the
-1.5 suits you
-1.5 sum
-1.7 summary
-1.8 supervisor position
-1.2 supplier
-1.8 supply chain
1.7 supply planner
1.4 support role
-1.2 support the
-2.4 suppose
1.4 sure about
1.1 sure i
-1.2 sure what
1.4 sure which
1.9 sure you
1.6 sure you'll
3.2 surely
3.6 surely a
1.9 surely the
1.4 surgery
-1.8 surprise
-1.8 survey
1.9 survived
1.9 survived the
3.8 suspense
3.8 swamped
1.4 swindon
1.9 swindon site
3.3 swing
2.2 switchboard
-1.3 system
-1.8 system and
3.3 table and
1.8 take it
1.4 take that
1.8 take this
1.4 take time
3.6 take to
-1.9 take up
3.3 taking so
-1.3 talk again
1.7 talk it
-1.5 talk through
-1.2 talked
-1.1 talking
2.5 talks
1.9 talks so
1.9 task i
1.4 tasting menu
-1.9 taught
-1.3 taught me
-1.7 teach
-1.2 teach the
1.4 teaching assistant
-1.3 team and
-1.5 team every
-1.5 team gave
-1.2 team in
-1.2 team is
-1.5 team on
1.9 team shares
1.4 team so
-1.8 team was
-1.6 team well
-1.6 team works
-1.3 team would
-1.2 team's
-1.3 technical interview
-1.2 technician post
-1.7 technician role
2.2 tell them
-1.1 telling me
1.6 tells me
-1.2 ten years
-1.7 tend
-1.7 tend to
-1.3 term has
-1.8 terms
-1.8 test
-1.7 testing
3.3 texted
1.6 th and
1.7 th as
1.9 th instant
-1.2 th june
1.1 th march
2.0 th of
1.2 th so
-1.2 than any
-1.2 than anyone
3.6 than keep
1.7 than later
-1.9 than most
1.9 than this
1.9 that another
1.1 that as
-1.2 that came
1.4 that counts
-2.0 that experience
1.4 that expires
-1.3 that had
-1.6 that helps
1.1 that i'd
1.3 that i'm
-1.7 that is
-1.8 that kind
3.3 that leaves
1.4 that other
3.3 that promise
-1.2 that says
1.9 that talks
1.9 that these
-1.3 that with
2.3 that you've
-1.3 that your
1.9 that's easier
-1.7 the analytics
1.1 the answer
1.9 the apprentice
-1.2 the atr
-1.2 the back
3.6 the ball
-1.2 the bar
2.5 the better
-1.2 the big
-1.3 the brief
-1.3 the budget
-1.2 the candidate
1.4 the careers
-1.5 the certificate
-1.2 the challenges
-1.5 the choice
2.2 the clock
-1.2 the coastal
-1.7 the committee
-1.5 the committee's
-1.8 the conversations
1.9 the core
-1.8 the county
-1.6 the current
1.1 the date
-1.2 the department's
-1.3 the detailed
-1.2 the distribution
-1.8 the district
3.9 the earliest
2.2 the effort
-1.2 the electrical
-1.8 the email
-1.3 the estate
1.4 the evening
-1.2 the experience
1.9 the fifth
-1.6 the figure
-1.3 the figures
-1.6 the financial
1.9 the fire
1.9 the firm's
1.4 the food
1.4 the fourth
-1.1 the full
-2.8 the future
1.1 the general
-1.5 the graduate
-1.8 the ground
1.4 the handover
-1.6 the highest
-1.8 the hiring
-2.1 the housing
1.9 the imaging
-2.1 the interest
-1.2 the internal
-1.3 the interviews
1.9 the kids
-1.2 the laboratory
3.1 the latest
-1.2 the launch
-1.3 the lead
1.9 the least
-1.6 the letter
-1.2 the level
-1.7 the line
1.4 the lines
1.4 the lobby
1.4 the localisation
-1.2 the long
-1.6 the main
-1.2 the marina
1.5 the market
-2.7 the meantime
-1.2 the message
2.2 the ministry
1.6 the moment
-1.3 the most
-1.1 the move
3.3 the name
3.3 the needful
-1.6 the northern
-1.3 the numbers
1.1 the offer
1.2 the office
-1.2 the old
-1.7 the onboarding
-1.3 the one
-1.7 the online
-1.2 the organisation
-1.2 the original
-1.5 the pace
1.9 the paperwork
-1.8 the past
-1.8 the payments
-1.8 the people
-2.2 the phone
-1.7 the port
-1.5 the possibility
1.6 the postdoctoral
-1.6 the posting
-1.6 the practical
-1.2 the presentation
-1.8 the procurement
-2.4 the programme
-1.2 the public
-1.7 the questions
-1.6 the quick
-1.5 the reason
-1.1 the region
-1.8 the regional
1.7 the registered
-1.2 the reporting
-1.2 the retail
1.4 the revenue
-1.5 the rota
1.1 the running
-1.8 the salary
1.4 the sales
1.4 the saturday
-1.3 the science
-2.2 the search
-1.2 the second
-1.3 the session
-1.3 the short
4.7 the silence
3.3 the sooner
-1.2 the staff
-1.5 the standard
-1.4 the start
1.1 the status
2.7 the strength
-1.3 the students
1.9 the surgery
1.9 the switchboard
1.2 the table
-1.6 the tasting
-1.8 the team's
1.1 the third
-1.6 the thoughtful
-1.3 the track
1.6 the trainee
-1.5 the travel
-1.5 the trust
-1.2 the university
-1.1 the update
-1.2 the very
-1.3 the video
-1.8 the visit
-1.5 the volunteer
1.8 the waiting
1.5 the week
2.5 the weekend
-1.9 the whole
-1.2 the winter
3.3 the yarn
-2.4 the year
-1.3 the youth
-1.5 their first
3.1 theirs
1.9 them before
-1.2 them for
3.8 them waiting
-1.3 themselves
1.7 then i
3.8 then i'll
-1.8 there was
-2.5 there's anything
2.5 there's news
1.9 therefore
1.2 these things
-1.2 thesis
-1.3 they are
-1.5 they're
-2.3 they've
-1.8 they've asked
-2.1 thing i
3.6 things along
1.1 things stand
2.5 things take
1.9 things to
4.2 things up
2.0 think a
-1.3 think i
-1.9 think it
1.1 think of
-1.2 think this
-1.2 think you'd
-1.2 think your
1.4 third
3.3 third email
3.6 third note
2.2 third time
1.4 thirty seconds
1.1 this as
3.3 this for
2.5 this friday
2.1 this is
4.1 this long
3.3 this matter
1.1 this month
1.6 this one
-1.6 this only
2.3 this point
3.3 this puts
1.6 this so
-1.3 this spring
1.7 this to
1.9 this turns
2.0 this week
1.9 this whole
1.2 though i'd
2.3 thought a
-1.2 thought about
3.8 thought an
-2.0 thought you
-2.2 thoughtful
1.4 three and
1.9 three companies
1.6 three days
-1.3 three months
1.1 three weeks
-2.4 three years
-1.2 through how
2.2 through to
-2.3 throughout
-1.3 thursday <n>
1.4 thursday afternoon
2.8 thursday at
4.1 thursday so
-1.1 thursday's
-1.8 thursday's interview
-1.6 tickets
1.4 ticking
1.4 tier
1.9 tier <n>
1.9 time even
1.2 time for
1.7 time i
-1.2 time is
3.6 time please
1.9 time sensitive
-1.3 time that
-1.3 time yesterday
-1.2 time your
3.3 timeline and
-1.8 timeline for
-1.3 timeline i
1.4 timeline you
1.7 times this
-3.2 to <n>
-2.1 to add
-1.2 to an
1.9 to anything
-3.2 to apply
1.9 to arrive
-1.2 to blow
-1.6 to bring
-1.2 to build
1.4 to candidates
1.9 to catch
-1.3 to change
-1.3 to complete
1.4 to consider
-1.5 to continue
-2.0 to contribute
-1.2 to cover
-1.9 to explain
-1.6 to feel
1.9 to fill
-1.1 to find
-1.5 to hearing
1.4 to hold
-1.5 to home
-1.5 to improve
-1.5 to interview
1.5 to it
1.9 to just
-1.2 to learn
2.4 to leave
1.4 to leeds
2.8 to lose
2.2 to match
1.2 to me
-2.6 to mention
1.3 to my
1.4 to perth
3.1 to plan
-1.2 to provide
1.4 to receive
-1.6 to rush
2.2 to save
-1.1 to say
-1.2 to send
-2.2 to share
1.7 to sign
1.4 to sit
3.3 to spam
-1.7 to support
-1.4 to take
-1.5 to teach
-1.9 to thank
1.4 to thirty
-1.2 to three
1.4 to train
3.3 to treat
1.9 to trouble
-1.6 to try
-1.7 to two
-1.4 to understand
-1.2 to visit
-1.9 to walk
-1.7 to what
-2.9 to withdraw
-1.1 to you
1.4 today
3.3 today as
3.8 today itself
1.9 today the
-1.1 together
1.4 told at
1.6 told i
2.5 told my
1.4 told them
-1.6 tom
3.3 tomasz
5.7 tomorrow
3.3 tomorrow at
3.6 tomorrow i'll
3.3 tomorrow morning
3.3 tonight
1.7 too long
2.0 too much
3.6 too so
3.3 took an
-1.6 took over
1.9 took that
-1.3 took the
1.7 took two
1.4 touching
1.7 touching base
-1.3 trainee position
1.9 trains
1.9 trains and
1.4 transfer
-1.3 translation
-1.3 transparency
-1.2 transparency i
-1.7 travel
1.4 travelled
-1.3 travelling
2.1 treat
3.6 treat my
1.4 treat this
1.9 treats
1.9 treats applicants
2.0 tried
3.3 tried your
-1.5 trip
1.2 trouble
1.4 trouble you
-1.2 trumpet
-1.2 trumpet but
1.7 trust the
1.4 trust this
1.5 trust you
3.3 trust you'll
-1.3 trustees
3.8 trusting
1.4 try again
-1.2 try to
1.9 tuesday morning
-1.7 turnaround
2.0 turned
2.8 turned down
1.4 turning
1.9 turning it
1.1 turns
-1.6 twelve years
-1.2 twenty years
1.1 twice
3.3 twice already
1.4 twice to
3.3 twice yesterday
1.9 two and
2.7 two emails
-1.2 two hours
1.6 two months
-1.2 two of
2.0 two offers
3.0 two other
1.4 two previous
-1.2 two years
3.3 unanswered
3.3 unanswered i
1.6 under a
3.3 under review
1.9 under three
-1.2 understand and
3.8 understand i
1.4 understand it
1.2 understand that
-1.4 understand the
-1.8 understand you
1.1 understanding
-1.9 understood
2.1 unless
2.3 unless i
2.5 unless you
1.9 unlike
1.9 unpaid
2.2 unpaid day
3.3 unpaid leave
3.3 until a
3.3 until friday
2.8 until i
1.9 until monday
-1.9 until the
3.3 until there's
1.4 up a
1.4 up again
1.4 up and
1.4 up at
-1.2 up i'd
2.2 up regarding
-1.8 up with
1.4 up your
3.9 update at
1.4 update in
3.9 update me
-1.2 update since
-1.2 update you're
-1.5 updated timeline
-1.2 updates
3.2 urgent
3.6 urgent i
4.3 urgently
1.4 us and
-1.2 use
-2.8 used
-1.7 used to
-2.5 useful
-1.5 useful and
-2.2 useful for
-1.3 useful to
-2.6 vacancies
-1.2 vacancies at
1.9 vacancy i
-1.5 valid
-1.3 valid until
-1.5 value
-1.6 value any
1.4 very concrete
-1.5 very glad
-1.3 very good
-1.4 very happy
3.6 very hard
-1.3 very helpful
-1.6 very interesting
-1.2 very pleased
3.6 very soon
-1.2 video
1.4 visa runs
-1.1 visit
-1.8 visit to
-1.2 visiting
3.3 voicemail
2.2 voicemail on
-1.2 volunteer
-1.2 volunteers
1.1 wait
1.9 wait in
3.3 wait long
3.3 wait past
-1.7 wait to
2.2 waited
1.9 waited a
3.1 waiting
3.6 waiting as
2.5 waiting for
3.3 waiting has
3.3 waiting indefinitely
3.6 waiting is
1.9 waiting on
4.1 waiting since
3.6 waiting so
4.1 waiting to
-1.6 walk
-1.2 walked in
4.1 want me
1.2 want the
-2.1 wanted you
1.4 wants to
1.4 ward and
-1.3 wards
-1.6 was about
-1.2 was actually
-1.2 was asked
1.9 was brought
-1.7 was genuinely
-1.6 was good
-1.5 was happy
-1.8 was hoping
-1.7 was in
-1.3 was kind
-1.5 was my
-1.5 was sorry
-1.2 was struck
-2.5 was the
1.2 was told
-1.1 was very
3.3 wasn't sure
-2.0 way i
1.4 way it
4.6 way or
1.7 way so
1.4 way which
3.3 way without
1.6 ways
1.9 ways to
2.5 we are
-1.5 we cross
2.2 we might
-1.2 we moved
-1.7 we talked
1.2 we'll
2.5 we'll be
-1.2 we're
-1.5 website
-2.3 wednesday about
3.6 wednesday at
-1.8 week about
2.0 week as
3.3 week because
-1.3 week for
3.3 week i'll
3.3 week it
3.8 week until
-1.2 week with
2.2 week without
3.6 week would
1.4 weekend
1.9 weekend to
-1.8 weekly
-1.7 weeks notice
1.4 weeks of
1.6 weeks so
1.4 weeks to
1.9 weight
-1.6 welcome
-1.6 welcome a
-1.6 welcome any
-1.8 welcome hearing
-1.8 welcome the
1.4 well i
1.6 well in
-1.2 well organised
-1.7 went from
-1.2 were a
-1.3 west
-1.3 what
-1.8 what i
-1.8 what i'd
3.3 what i'll
-1.8 what it's
-1.4 what the
-1.3 what we
-1.3 what you
2.5 what's
1.9 whatever your
4.1 whatsapp
3.3 whatsapp in
-1.2 when convenient
3.3 when deciding
-1.3 when i
-1.3 when it
-1.7 when you
-2.1 whenever
-1.2 whenever you
-1.8 where my
1.2 where things
-1.3 whether a
1.4 whether anything
3.2 whether i'm
3.3 whether i've
1.9 whether something
-2.7 whether there
1.9 whether your
3.3 which feels
1.4 which i'll
1.9 which i've
1.7 which made
-1.8 which was
2.0 whichever
-1.5 while i'm
1.4 while since
-1.5 while the
2.7 while waiting
1.4 whiteboard session
-1.2 who can
-2.4 who has
-1.2 who have
1.4 who would
-1.2 whole panel
1.4 wife
3.3 will accept
2.2 will answer
3.3 will assume
1.1 will check
2.5 will drop
3.3 will finally
3.6 will give
1.4 will have
1.6 will need
2.2 will understand
1.9 will weigh
-1.7 winter
-2.7 wish
-2.6 wish the
-3.0 wish you
-1.8 wishing
-1.6 wishing you
1.1 with all
-1.5 with it
-1.2 with limited
-1.1 with me
3.3 with never
1.1 with respect
1.6 with someone
2.1 with them
-1.8 withdraw from
1.9 withdrawal
1.6 withdrawing
1.2 within
3.3 within <n>
1.3 within a
1.4 within five
1.8 within the
1.1 within two
2.3 without a
1.4 without the
-1.5 won
1.4 won't be
1.7 wondering
1.9 wondering why
1.2 word
3.3 word is
-1.3 work together
1.4 work we
-1.1 work you
-1.4 worked
1.4 worked out
-1.8 worked with
1.7 working days
1.9 working the
2.2 worth it
-1.2 worth the
-1.2 would also
1.9 would appreciate
1.9 would at
-1.2 would bring
2.2 would do
2.2 would hate
-1.2 would have
3.1 would hear
-1.3 would help
1.4 would hold
1.9 would honestly
1.6 would make
2.7 would mean
-1.2 would most
2.2 would move
1.7 would rather
1.5 would really
1.9 would save
1.4 would simply
1.4 would take
-1.3 would want
-2.1 would welcome
-1.7 would you
2.7 writing about
3.2 writing again
3.3 writing by
2.2 writing regarding
3.6 written to
3.3 yarn
-1.1 year
-2.1 year i
-1.2 year so
-1.3 year's
-1.9 years
-1.5 years and
-1.8 years at
-1.3 years i
-1.1 years in
-1.1 years of
-1.8 years on
-1.9 years running
3.6 yes
5.0 yes or
3.6 yet received
-1.5 you about
3.3 you advertise
1.4 you after
-1.6 you all
-1.1 you and
-3.5 you asked
-1.7 you be
1.6 you before
3.1 you but
5.1 you by
1.2 you can
2.5 you come
1.6 you confirm
2.1 you could
2.0 you did
1.1 you do
1.2 you don't
-1.6 you ever
-1.8 you expect
2.5 you get
3.3 you haven't
-1.7 you hoped
-1.2 you informed
1.4 you is
1.4 you just
1.6 you let
-1.3 you made
3.8 you must
-1.8 you need
1.4 you next
2.2 you note
2.8 you on
2.6 you please
1.9 you promised
-1.6 you run
1.4 you saw
1.9 you send
-1.3 you sent
-1.2 you should
1.6 you so
1.9 you take
1.4 you this
1.2 you told
-1.7 you took
2.8 you understand
2.5 you want
-1.3 you when
1.2 you will
1.4 you won't
1.4 you would
-2.0 you'd like
1.5 you'll
1.8 you'll be
-1.3 you'll find
2.2 you'll have
3.3 you'll let
1.4 you'll think
3.6 you'll understand
3.8 you're not
1.7 you're planning
1.5 you've
3.8 you've decided
2.7 you've gone
1.4 you've had
1.9 you've just
3.3 you've lost
1.9 you've made
3.6 you've seen
2.7 your answer
3.6 your assistant
1.9 your busy
-1.7 your candour
3.3 your chance
2.0 your colleague
2.5 your company's
3.6 your court
1.7 your decision
-1.3 your description
3.8 your desk
4.1 your earliest
-1.2 your explanation
1.9 your feed
1.4 your feedback
3.8 your final
-1.2 your honesty
1.4 your hospital
1.9 your hotel
2.0 your hr
2.3 your inbox
2.5 your interview
1.1 your kindness
-1.2 your mail
-1.3 your message
3.8 your mind
2.5 your mobile
-1.8 your new
-1.5 your note
2.2 your offer
2.1 your office
-1.3 your organisation
-1.3 your own
-1.7 your patience
-1.4 your planning
-1.5 your plans
-1.3 your question
1.9 your radar
-2.1 your records
-1.2 your recruitment
1.9 your regional
2.1 your reply
-1.6 your role
2.2 your second
-1.2 your shortlist
3.6 your silence
1.4 your studio
-1.7 your timing
-1.2 your unit
-1.2 your website
-1.5 your work
-1.6 youth
""",
)
