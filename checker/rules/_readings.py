"""The readings of tone, learned from tests/corpus/ by scripts/train_readings.py: do not edit."""

from checker.rules._reading import Reading

BLAME = Reading(
    19.3,
    """\
-1.2 <n>
-1.8 <n> august
-1.2 <n> day
-1.4 <n> days
-2.3 <n> february
-1.2 <n> hours
-1.4 <n> in
-1.5 <n> july
-1.3 <n> june
-1.1 <n> may
-1.8 <n> november
-2.3 <n> october
-1.4 <n> over
-1.5 <n> per
-1.4 <n> percent
-1.2 <n> pm
-1.9 <n> september
-1.4 <n> th
-1.7 <n> to
1.6 a big
1.7 a bit
2.1 a box
-1.2 a brief
4.0 a candidate
2.1 a certain
1.6 a chartered
-1.5 a close
2.5 a company
1.6 a container
3.0 a contractor
1.7 a conversation
-1.5 a copy
3.0 a countdown
3.6 a day's
-1.7 a deadline
-1.7 a decade
-1.4 a difficult
1.1 a fair
3.0 a fifty
1.6 a final
2.3 a form
3.6 a formality
1.6 a former
3.4 a forty
1.9 a four
1.1 a full
1.4 a genuine
1.3 a job
3.2 a man
3.0 a mid
3.9 a mistake
-1.8 a moment
-2.0 a more
-1.2 a much
3.6 a panel
3.2 a parking
3.4 a person
1.3 a phone
2.1 a pity
1.6 a place
3.0 a polite
-2.3 a position
3.9 a presentation
-1.2 a problem
-1.8 a project
2.0 a proper
-1.2 a quick
-1.2 a really
-1.2 a regional
1.6 a request
-1.2 a restful
-1.4 a rough
3.0 a saturday
1.8 a shame
-1.2 a shared
-3.1 a similar
1.9 a site
-1.4 a small
3.4 a strange
1.6 a surprise
3.6 a take
3.0 a templated
1.6 a test
1.3 a three
-1.4 a trial
2.5 a two
-1.2 a vague
-1.2 a verbal
-1.2 a voicemail
4.1 a waste
3.0 a weekend
2.1 a word
1.6 aberdeen
3.0 about an
1.6 about any
3.0 about culture
-1.2 about four
1.4 about future
1.6 about his
1.6 about me
-1.7 about three
3.0 about twenty
3.2 about whether
1.4 above
1.4 above the
1.6 absolutely
1.6 absurd
1.6 accent
1.4 accept that
1.8 accept the
-1.2 accept theirs
-1.4 accepted another
1.6 accepted the
-1.2 account director
-1.2 account i
-1.5 account manager
-1.4 account of
-1.5 accountant role
-1.2 accounts payable
-1.4 acquisition
2.7 acting
1.9 acting in
3.0 acting manager
3.0 actual
1.4 actually
3.0 actually involved
1.6 actually opened
1.9 ad
-1.2 add one
-1.7 add that
1.1 admit
1.5 admit i
1.4 admit it
2.3 admit the
2.3 advert
3.0 advert never
1.6 advert was
1.7 advertised
2.7 advertisement
3.2 advertising
1.4 afraid
1.7 after a
1.5 after four
-1.4 after hearing
-1.4 after that
3.2 after three
1.6 after tuesday
3.4 after two
2.1 again as
-1.2 again soon
-1.5 again to
1.9 against
3.9 against me
3.0 against you
1.6 age
1.6 agency's
-1.2 agent
1.2 ago
3.0 ago i'm
-1.4 agreed to
-2.4 ahead
-1.8 ahead of
-1.7 aid
3.2 all along
-1.5 all and
1.6 all day
3.0 all due
-1.2 all four
-1.8 all is
-1.4 all possible
-1.4 all right
1.1 all the
1.4 all three
1.2 almost
-1.5 alone
1.6 alongside your
1.9 already in
2.1 already knew
-1.2 also appreciated
1.6 also asked
-1.5 also be
3.0 although i'd
-1.2 although i'm
1.1 always
2.5 always going
-1.7 am a
-1.2 am available
-1.7 am confident
-1.2 am disappointed
-2.3 am happy
-1.8 am keen
2.1 am not
-1.5 am now
-1.5 am sad
-2.3 am the
-4.1 am very
-1.5 among the
1.9 amount
3.0 amount of
1.6 an applicant
1.6 an asset
1.6 an assistant
3.0 an automated
3.2 an employer
2.3 an explanation
3.1 an hour
1.3 an interesting
1.8 an internal
3.2 an interviewer
3.2 an odd
-1.4 an updated
-1.7 analysis
-1.2 analyst interview
-1.2 analyst position
-1.5 and <n>
1.1 and a
-1.5 and about
-1.2 and accept
-1.7 and again
-1.2 and aisha
1.6 and apologies
1.6 and at
-2.0 and consideration
2.1 and frankly
2.1 and good
1.6 and got
3.4 and had
-1.6 and happy
-1.8 and have
-1.1 and i'm
-1.1 and i've
-1.2 and is
-1.2 and kindness
-1.7 and learned
1.3 and left
-1.2 and let
-1.5 and look
-2.4 and mr
-1.2 and mrs
2.9 and nobody
-1.7 and one
1.9 and only
-1.5 and our
-1.4 and over
1.6 and partly
-1.5 and really
1.6 and saved
-1.5 and seeing
-1.7 and that's
2.2 and then
-2.3 and they've
-1.2 and this
-1.2 and thought
2.0 and two
-1.2 and wanted
1.6 and was
2.5 and wish
-1.2 and withdraw
-1.2 animal
1.6 announced
1.6 another applicant
-1.2 another candidate
-1.3 another company
-1.5 another employer
1.6 another look
-1.5 another organisation
-1.2 another role
-1.4 another year
1.4 answer about
-1.9 answer any
-3.1 answer by
1.6 answer for
-1.2 answer is
1.6 answer questions
1.2 answered
1.4 answers
3.0 answers short
3.0 answers to
-1.2 any comments
3.0 any explanation
-2.6 any feedback
-2.1 any further
-1.2 any indication
-1.8 any pointers
3.2 any real
-1.2 any thoughts
-1.7 any time
1.6 anyone
3.0 anyone could
2.1 anyone on
3.0 anyone to
3.2 anyone who
-1.2 anything comes
-1.2 anything from
-3.0 anything further
1.6 anything i
-1.9 anything similar
-1.2 anything suitable
2.0 anyway
3.0 anyway i
1.6 apart from
-1.2 appeals to
1.5 applicant
1.7 applicants
1.5 application and
1.6 application i
-1.2 application stronger
1.4 application to
3.2 application was
1.8 applied
1.6 applied to
-1.5 applying for
1.9 appreciate an
-1.2 appreciate any
2.3 appreciate being
-2.4 appreciated how
-1.2 appreciated learning
2.1 appreciated meeting
-1.8 appreciated that
-1.5 appreciated your
-1.2 apprentices
-1.4 apprenticeship
1.4 approval
1.9 aptitude
-1.2 arbitration
-1.9 architect
-1.4 archive
-1.5 are able
3.2 are busy
1.6 are from
-1.4 are going
-1.2 are in
-1.7 are keeping
-1.5 are needed
-1.4 are no
1.3 are not
-1.4 are required
1.6 are used
-1.2 are well
1.4 argue
3.0 argue with
-1.3 around
-1.7 around <n>
-1.4 arrange
-1.2 arranging
1.4 arrived
3.4 arrived at
3.0 as hybrid
-1.2 as i've
1.6 as if
-2.7 as my
1.6 as one
3.0 as open
1.6 as quickly
-1.2 as references
1.9 as they
1.6 as though
-1.4 as you
-1.2 ashby
2.5 aside
3.2 aside i
-1.2 ask about
2.3 ask because
1.6 ask only
1.6 ask you
1.3 asked me
3.2 asked of
1.4 asked to
-1.2 asked what
-1.5 asking you
3.0 assessed
1.3 assessment
1.6 assessment centre
1.2 assessment day
1.6 assessment was
2.1 assessors
1.9 asset
-1.2 associate credit
-1.4 associate position
-1.4 association
1.3 assume
3.2 assume nobody
1.9 assume the
1.6 assuming
2.3 assured
2.1 assured me
-1.2 at al
-1.4 at another
-1.2 at any
1.6 at coastline
3.0 at fifty
1.6 at harrowgate
2.3 at least
-1.2 at lunch
1.6 at me
-1.2 at once
-1.2 at present
1.6 at saigon
-1.4 at short
-2.1 at st
1.9 attached my
-2.3 attached the
1.2 attention
3.0 attitude
-1.3 audit
-1.2 auditor
-1.2 auditor role
-1.6 august
-1.4 authority
3.0 auto
2.0 automated
-1.4 automation
-1.5 availability
-1.7 available
-1.9 available for
-1.4 average
-1.9 award
-1.8 awards
-1.7 away even
-1.4 away from
-1.2 away more
-1.2 awkward
-1.5 back and
3.0 back as
-1.2 back by
-1.2 back when
-2.0 backlog
1.9 backup
-1.2 bakery
1.6 bank and
-1.2 barista
-2.0 base
2.8 basis
-1.2 batches
-1.5 bay
3.8 be asked
1.6 be bringing
3.4 be curious
-1.2 be delighted
3.0 be expected
3.0 be filled
-1.2 be free
-1.5 be getting
-1.2 be helpful
1.4 be honest
-1.7 be honoured
3.4 be interested
-1.5 be joining
3.0 be marked
-1.2 be more
-1.4 be most
-1.7 be moving
-1.2 be much
3.2 be nice
-1.4 be part
-1.2 be really
3.0 be recommending
-1.2 be thinking
2.3 be told
-1.7 be transparent
3.0 be turned
-1.5 be useful
-2.6 be very
-1.9 be willing
2.5 be worth
1.9 became
-1.2 because my
1.5 because the
1.6 because your
-1.4 been about
1.6 been acting
2.5 been filled
3.0 been given
2.1 been good
1.6 been invited
1.9 been kind
3.2 been kinder
1.6 been made
3.0 been moved
-2.1 been offered
-1.2 been reading
1.6 been set
1.6 been shortlisted
1.6 been talking
-1.4 been thinking
1.6 been three
2.7 been told
3.0 before a
3.0 before anyone
1.3 before i
1.6 before it
1.5 before the
-2.7 before then
1.6 before they
1.4 before we
2.7 beforehand
3.0 beforehand was
3.2 began
-1.2 begin
2.1 beginning
3.0 beginning to
-1.8 behind
-1.2 behind the
3.4 being asked
-1.7 being open
1.2 being straight
3.0 being straightforward
-1.2 being the
3.1 being told
1.3 believe
1.6 believe it
1.4 believe my
3.0 believe she
1.6 believe that
2.9 believe the
1.6 believe this
1.6 believe your
-1.2 bengaluru
2.7 best of
-2.0 better for
3.0 better from
3.2 biased
3.0 big four
1.1 bit
3.0 bit more
3.2 bit rich
3.0 bitter
-1.2 block
-1.2 blocks
-1.5 blow
-1.2 blow my
1.6 board every
-1.9 book
1.6 booked for
-1.4 booking
-1.2 bookkeeper
-1.2 border
1.6 boss
3.2 both a
3.0 both have
1.4 both know
3.0 bothered
3.0 bothered to
1.5 box
3.2 branch was
-1.2 branches
1.6 break to
-1.2 brennan
1.3 brief
-1.2 briefly
-1.7 bring
-2.7 bring that
-2.0 bring the
-1.2 build
-1.2 built
-1.2 built for
3.0 burned
-1.7 business analyst
-1.2 busy week
1.4 but a
3.0 but there
1.7 but you
2.5 but your
-2.8 by <n>
1.8 by a
1.6 by how
-2.0 by monday
-1.5 by next
-1.4 by now
3.2 by someone
-2.1 by thursday
1.8 by your
2.1 call to
3.4 call was
3.4 call would
1.6 call yesterday
1.6 called the
1.6 called twice
-1.2 calling
-1.2 calling rather
1.2 calls
-1.5 calm
-1.2 came across
1.4 came back
-1.2 came from
1.2 came up
-1.8 campaigns
-1.2 campus visit
1.2 can be
1.6 can do
1.6 can ever
-1.2 can get
3.0 can hardly
-1.5 can move
-1.2 can offer
2.6 can only
-1.7 can provide
-1.4 can say
-2.5 can send
-1.2 can speak
-1.4 can start
2.1 can stay
-1.5 can work
3.0 can't help
-1.2 can't keep
3.2 can't see
1.6 cancel
1.9 cancelled
-1.2 candid about
1.4 candidacy
2.0 candidate
3.0 candidate asked
1.6 candidate can
4.2 candidate experience
1.6 candidate in
1.9 candidate is
1.6 candidate with
1.6 candidate would
2.0 candidates
3.8 candidates are
3.0 candidates deserve
1.6 candidates for
3.0 candidates i
2.1 candidates know
1.9 candidates who
-1.8 candour
-1.5 candour about
-1.4 cardiac
-1.7 care you
-1.2 case a
-1.2 case i
-1.2 case it
-1.2 case they
1.6 catch
-1.7 cent
1.3 centre and
-1.2 centre in
-1.4 certain that
-1.8 challenge
-1.5 challenges
1.6 chartered accountant
1.6 chase
-1.2 chat on
-1.7 chat this
1.6 chat today
-1.9 check in
-1.5 check whether
1.6 chef role
1.6 children
-1.2 children's
-1.8 choice and
-1.8 choice so
3.2 choose but
1.4 choosing
1.2 chose
1.6 chose the
-1.4 christmas
-1.8 churn
-1.5 claims
1.6 clarify
-1.2 cleaner
-1.2 clear about
1.9 clear from
-1.7 clear picture
-1.4 clearer picture
-1.2 clever
1.6 clinic is
-1.5 clinical research
-1.7 clinics
2.3 clock
1.9 closely the
-1.2 closer
-1.5 cloud
1.6 co op
-1.2 coaching
1.6 coastline
1.3 code
1.9 coding
-1.2 cold chain
2.1 colleague
-1.8 come back
-1.4 come through
1.4 come to
-1.2 commissioning
1.6 committee will
3.0 company doesn't
-1.8 company i
-1.2 company in
4.1 company that
1.6 competitors
-1.9 complete sense
-1.2 completed my
-2.8 completely
-2.2 completely understand
2.3 conclude
3.0 concluded
-1.5 concrete
1.6 conditions
3.2 conduct
-1.4 conference
-2.0 confident i
-1.4 confirmed that
1.3 confirming
1.6 confirms
-1.2 conflict
3.6 confused
1.6 confusion
1.9 congratulations on
-1.4 connection
-1.5 conservation
1.9 construction
-1.2 consultancy
1.9 container
3.0 container terminal
-1.2 content strategist
-1.2 context
-1.2 continue
-1.2 contract
-1.4 contribute
-2.2 contribute to
-1.4 controller role
-1.8 conversation about
1.6 conversation i
-2.8 conversation on
-1.9 conversation this
1.6 conversation was
-1.4 conversation yesterday
-1.7 conversations
3.2 convinced the
-1.2 coordinated
-1.2 coordinator interview
-1.3 coordinator position
1.8 copied
-1.1 copy
-1.7 copywriter
-1.4 copywriter role
-1.2 cork
-1.2 corporate
1.6 corvid
1.6 cost
1.6 cost me
3.0 could both
1.4 could have
-1.4 could keep
2.1 could not
1.6 could run
-2.0 could start
1.6 couldn't
1.6 couldn't help
2.0 count
3.8 count against
1.9 count for
3.0 countdown
3.0 counted
3.0 counted for
1.6 countries
1.4 counts
1.9 counts for
-2.3 county
-1.2 course but
-2.1 course i
3.2 courted
3.0 courteous
1.6 courtesy
1.5 courtesy of
1.2 covered
1.6 covering
1.4 covers
-1.2 credit
-1.8 credit risk
3.4 criterion
3.4 criterion in
-1.7 cross paths
2.0 culture
1.9 cup
1.6 curiosity
3.6 curious
3.4 curious to
-2.2 current
-1.9 current company
-1.4 current contract
-2.1 current employer
-1.4 current job
-1.5 current role
-1.2 current school
-1.2 current until
-1.2 customer satisfaction
-1.2 customs compliance
1.6 cut off
1.6 cutting
1.3 cv
3.4 cv before
-1.2 cv on
-1.7 daily
1.9 dairy
1.2 day and
1.9 day off
-1.8 day one
-1.2 day to
2.1 day was
3.6 day's
3.4 day's leave
1.6 days and
1.9 days of
1.6 days so
-1.4 days to
-1.5 deadline of
1.9 deal of
-1.8 dear ms
1.9 debrief
-1.7 decade
-1.7 december
-2.0 decide
-1.9 decide by
3.0 decided before
-1.2 decision about
1.6 decision as
-2.6 decision by
2.1 decision had
-1.2 decision might
3.4 decision though
2.3 decision to
2.0 decision was
-1.4 decision within
-2.2 decisions
1.6 deepa
1.4 degree
3.2 degree and
3.0 degree was
-1.4 delighted
-1.4 delighted to
-1.8 delivered
-1.4 depots
1.6 deputy stage
1.9 describe
-1.9 described is
1.6 described to
1.1 description
-1.8 description of
3.6 deserve
3.0 deserve to
-1.4 design engineer
1.9 designed
-1.4 details on
-1.2 developer role
-1.5 diary
1.7 did
1.6 did arrive
-1.4 did at
1.9 did enjoy
3.6 did feel
1.6 did my
1.2 did not
3.6 did notice
1.6 did the
3.4 did want
3.2 did wonder
1.1 didn't
1.6 didn't mention
-1.5 didn't want
4.0 differently
3.2 differently but
1.5 difficult
4.1 difficult to
-1.7 digital
-1.5 dinner
1.6 directions
-1.7 director of
1.6 director on
-2.0 director role
-1.8 disappointed as
-1.1 disappointed but
-2.0 disappointed i
-1.3 disappointed of
-1.2 discharge
-1.1 discuss
-1.2 discussed
-1.8 discussed on
1.6 discussed which
-1.5 discussing
-1.5 discussing the
-1.5 discussion about
-1.2 discussion on
-1.2 discussion with
-1.2 distributor
3.0 do and
3.2 do appreciate
2.9 do hope
1.6 do if
1.6 do in
-1.2 do it
1.9 do much
-1.2 do my
1.1 do not
3.0 do pass
2.3 do still
-1.5 do that
2.0 do think
2.3 do with
3.4 do wonder
-1.2 documentation
-1.7 documents
-1.9 documents are
2.7 does
3.0 does feel
2.8 does not
3.0 doesn't really
-1.2 doing and
2.0 don't believe
-1.5 don't hear
1.6 doubt anyone
-1.2 doubt many
1.9 down by
1.8 down for
-1.2 down from
1.4 down on
1.3 down the
1.6 doyle's
-1.1 dr
-1.5 driver
-1.2 dropped from
1.7 drove
-1.2 due on
1.9 due respect
1.6 during service
-1.2 e
1.4 each stage
-1.9 eager
-1.9 eager to
-1.8 earliest
-1.6 early
1.6 earned
-1.7 easier
-1.8 easier to
-1.2 easy to
1.2 eight years
-1.5 electrician
3.0 eleven hours
-1.7 else i
-1.2 elsewhere and
3.2 elsewhere from
1.6 email about
3.2 email after
2.1 email regarding
1.6 email that
-1.7 emailing
1.6 emails
-1.8 emergency
-1.2 employees
-1.7 employer has
3.2 employer that
1.4 empty
3.2 end is
-1.5 ends on
-1.2 engaging
-1.2 engineer role
1.9 engineering and
1.4 english
-1.2 enjoy helping
3.4 enjoy meeting
-1.9 enjoyable
-1.7 enjoyed it
1.1 enough
-1.2 enquire
1.6 entry
3.0 entry level
-1.4 environmental
1.6 equally
-1.2 error
-1.3 especially
-1.5 especially after
-1.2 especially your
3.6 essential
3.2 essential criterion
1.9 estate
1.8 even if
-1.1 even keener
-3.1 even more
-2.0 even though
-1.5 even with
3.4 evenings
3.0 every company
-1.5 every day
3.0 every essential
-1.2 every evening
3.4 every question
-1.2 every week
3.0 everyone else
1.1 everything
2.1 everything i
3.4 evidently
1.6 exactly how
-1.2 exactly where
-2.3 exam
-1.2 exam last
-1.8 example
-1.2 examples i
-1.4 exams
-1.2 excel
-1.4 excited
-1.4 excited about
3.0 exercise felt
3.0 exists
1.5 expect a
-2.6 expect to
-1.2 expected and
1.6 expected at
3.0 expected better
1.6 expecting to
3.0 experience counts
-1.2 experience for
2.5 experience of
1.6 experience on
-1.2 experience or
3.2 experience than
-1.2 experience would
-1.2 expired
1.3 explain
-1.2 explained the
-1.2 explaining that
3.0 explains
1.9 exposure
2.1 external
3.0 external applicants
-1.2 facilities
-1.5 facility
1.9 fair amount
-1.7 fair and
1.6 fairer
1.6 fairer to
1.6 fairly obvious
-1.8 fairness
-1.4 fairness to
3.2 faith
-2.0 falls
-1.2 family is
-1.2 far easier
1.6 far more
-1.2 farmer
-1.5 fascinating
1.9 fault
-1.4 features
3.0 feedback it's
3.0 feedback within
-1.2 feedback you
3.0 feel i
1.9 feel like
-1.5 feel obliged
2.6 feel the
-2.0 feel very
1.6 fellow
1.6 fellow post
1.9 felt
3.0 felt as
2.1 felt like
3.0 felt more
1.6 felt the
-2.5 few minutes
-1.2 field and
1.6 field was
-1.2 fieldwork
3.2 fifteen minutes
2.4 fifty
3.4 fifty three
1.4 figure
2.1 figure i
2.5 filled
2.1 filling
1.8 finally
-1.1 finance
1.6 finance assistant
-1.7 finance director
-1.2 finance team
1.6 financial analyst
-1.5 find a
-1.2 find another
2.1 find it
1.6 find me
2.5 find out
1.6 find someone
2.1 finding
3.0 finding it
3.2 finding someone
-1.2 findings
-2.0 finds you
-1.4 finishing
-1.5 firm in
-1.4 first aid
-3.0 first choice
1.6 first class
2.1 first five
1.6 first line
-1.4 first of
1.4 first round
3.0 first ten
-2.3 first year
-1.2 fit around
1.4 fit in
3.0 fit which
2.7 five minutes
1.6 five stages
2.3 five weeks
-1.4 fix
-1.5 fixed
-1.2 fleet planning
-1.8 flexible
-1.4 flood
1.2 flow
1.2 fly
-1.5 follow the
1.7 followed
3.2 followed by
2.1 followed up
-1.2 following our
-1.7 following the
-1.2 food bank
-1.7 for <n>
-1.9 for any
-1.2 for arranging
1.6 for at
-1.4 for but
3.0 for confirming
1.9 for eleven
-1.2 for every
-1.2 for everyone
-1.1 for explaining
3.0 for finally
-1.2 for friday's
1.2 for getting
-1.4 for hosting
1.3 for informing
-3.2 for interviewing
-1.2 for it
-1.4 for lunch
2.9 for more
1.3 for most
-1.8 for next
2.0 for nothing
-1.1 for on
2.1 for other
-1.2 for our
-1.2 for passing
3.0 for reasons
1.9 for running
1.4 for similar
1.4 for six
1.9 for so
1.2 for that
-2.2 for today
2.3 for twenty
1.2 for what
2.3 forgive
3.6 forgive me
1.6 forgive the
-1.5 forklift
-1.2 forklift licence
3.4 form letter
3.6 formality
1.9 formally
-1.4 format
1.9 forty
3.4 forty minute
3.1 forty minutes
1.6 forward and
3.0 found it
3.0 found out
3.0 four firm
1.6 four hundred
2.4 four rounds
3.6 four times
-2.0 four weeks
2.1 fourteen years
1.6 fourth time
2.2 frankly
1.8 frankly i
-1.2 frankness about
-1.2 freelance
-2.0 friday <n>
-1.7 friday so
-2.1 friday the
-2.9 from <n>
1.1 from a
-1.7 from about
2.1 from an
-1.7 from another
-1.4 from day
-1.9 from me
3.0 from outside
1.6 from pune
1.6 from someone
-1.4 from two
2.3 from what
1.6 from where
-1.1 from you
1.4 from your
1.6 front desk
3.0 frozen
1.4 full attention
-1.2 fully accept
-1.4 fully respect
-1.6 further
-2.4 further documents
-1.5 further information
-1.5 further questions
-1.7 further you
3.6 future candidates
-1.2 future i
-1.4 future opportunities
3.0 future rounds
1.4 future vacancies
1.6 galway
-1.2 gap in
1.3 gather
-1.5 gave a
-1.2 gave of
-1.4 gave the
3.0 gave up
-1.5 generous
1.6 gently
1.5 gently point
3.0 gently say
2.4 gently suggest
1.6 genuine
-1.7 genuinely excited
1.4 genuinely like
-1.2 genuinely useful
1.6 get a
-1.7 get back
-1.2 get it
1.3 get the
1.2 getting back
-1.2 give a
-1.2 give me
1.4 given
1.2 given how
3.0 given it
-1.2 given me
1.7 given that
1.5 given the
-1.2 giving me
1.9 glad someone
1.6 glass
3.6 glassdoor
3.2 glassdoor so
-1.2 go and
3.0 go over
-1.2 goes smoothly
1.6 goes to
-1.4 going smoothly
1.4 going through
1.8 going to
-1.5 going well
-1.2 gold
1.6 gone better
2.9 good luck
-1.2 good morning
-1.7 good news
-1.8 good start
1.6 good summer
3.0 got it
1.4 got to
1.9 gracious
3.0 gracious about
-1.2 graduate students
1.2 graduates
-1.1 grants
-1.5 grants officer
1.6 great surprise
-2.2 great to
-1.2 greetings and
-1.2 grew
1.8 group exercise
-1.2 group's
1.6 guard
-1.8 guessing
-1.2 gulf
1.9 had already
3.6 had anyone
-1.2 had attended
2.5 had been
1.9 had clearly
1.4 had hoped
3.0 had made
2.8 had not
3.0 had rather
-1.5 had really
1.6 had seen
1.6 had that
1.4 had the
3.0 had their
1.1 hadn't
3.2 half an
1.6 half as
1.6 half your
3.2 halfway
3.0 halfway through
-1.7 handle
-1.2 handles
-1.4 handling
1.6 hands on
-1.2 happens
1.6 hard
2.1 hard for
4.3 hard not
1.9 hard to
-1.4 hardest
4.0 hardly
3.0 hardly seems
3.0 harlow freight
1.6 harrowgate
-1.2 has actually
-1.5 has asked
-1.2 has finished
-1.5 has moved
2.1 has never
1.5 has now
-1.7 has offered
1.6 has run
-1.4 has said
-1.9 has stayed
-1.8 hasn't
-1.2 hasn't changed
1.9 haul
-1.7 have accepted
-1.2 have already
-1.2 have also
-1.2 have an
-1.5 have decided
1.3 have done
1.8 have gone
-1.2 have got
-1.5 have had
3.0 have helped
2.1 have liked
-1.2 have my
-1.2 have no
1.6 have passed
3.6 have preferred
1.9 have prepared
1.6 have read
-1.2 have received
3.8 have saved
-1.2 have them
1.6 have to
-1.6 haven't
1.9 having now
1.6 having slept
1.3 he
1.6 he had
1.9 head office
-1.4 heading
-1.5 heads up
1.6 heaps
1.6 heaps for
1.6 hear a
-1.2 hear back
-1.2 hear good
1.6 hear of
-1.2 hear than
1.9 heard it
3.0 heard that
-1.4 hearing how
-1.7 hearing that
-1.4 heart
-1.3 held
-1.4 held on
-1.2 help i'm
-1.2 help me
1.6 help noticing
1.4 helpdesk
-1.4 helpful
-1.5 helpful for
-1.2 helping the
-1.1 helps
-1.4 helps me
2.4 her
-1.4 here's
-1.2 hesitate
-1.2 hesitate to
1.6 hide
-1.5 highest
1.1 hire
-1.2 hire settles
1.6 hiring
2.4 hiring manager
1.6 hiring process
1.6 hiring team
1.8 his
1.6 his own
3.9 his phone
-1.5 hold a
1.3 hold the
-1.8 holding
-1.7 holidays
1.9 home task
1.6 honest i'm
1.4 honest that
1.6 honest the
-1.2 honestly but
1.6 honestly the
-1.9 honesty about
-1.8 honoured
-1.5 honoured to
-1.7 hope all
3.0 hope my
-1.7 hope things
-1.6 hope to
3.4 hope whoever
-1.6 hope you're
-1.6 hope your
1.6 hoped the
-1.6 hoped to
-1.2 hopeful
-1.2 hoping
-2.4 hoping to
3.0 hotel is
2.1 hour
1.6 hour with
-1.1 house
3.0 how a
3.2 how candidates
-1.4 how clearly
2.3 how closely
1.3 how it
2.0 how long
-1.4 how openly
1.9 how they
2.3 how this
1.6 how to
-1.5 how we
1.6 hr
3.0 hr manager
2.3 hr team
1.9 human
1.6 humbly request
-1.8 hurry
1.4 husband
1.4 hybrid
-1.2 hyderabad
1.8 i accept
1.6 i actually
1.2 i applied
-1.2 i apply
2.3 i ask
2.3 i assume
3.0 i burned
1.9 i called
-1.8 i came
-2.4 i completely
3.0 i confess
-1.2 i coordinated
1.6 i couldn't
1.7 i did
1.9 i do
-1.2 i enjoy
1.8 i feel
2.6 i find
-1.7 i finished
-2.0 i fully
2.1 i gather
-1.2 i haven't
-1.4 i hoped
2.1 i intend
3.2 i lack
-1.7 i learned
-2.2 i led
-2.6 i loved
-1.2 i meant
3.0 i meet
1.2 i met
-1.2 i most
-1.3 i need
1.8 i never
1.6 i not
3.0 i note
1.4 i only
-1.2 i particularly
-1.7 i passed
1.4 i plan
1.6 i planned
2.5 i prepared
1.9 i put
-1.7 i realised
-1.5 i rebuilt
-1.2 i reckon
1.6 i redesigned
-1.4 i reply
1.2 i respect
1.9 i sat
1.4 i see
1.4 i sent
-1.4 i simply
1.8 i spent
1.4 i spoke
-1.9 i stand
1.3 i still
-1.2 i stumbled
1.6 i suggest
1.8 i suppose
1.2 i suspect
1.6 i take
-1.7 i thought
1.3 i took
-1.4 i valued
1.4 i walked
-1.7 i want
-1.9 i wanted
2.0 i wasn't
2.0 i wish
-1.4 i wondered
1.4 i write
1.6 i'd actually
-1.7 i'd bring
-1.8 i'd check
1.6 i'd come
-1.8 i'd enjoy
3.0 i'd finished
2.4 i'd gently
-1.2 i'd happily
2.5 i'd have
1.6 i'd hear
-1.2 i'd love
-1.8 i'd most
-1.9 i'd much
2.1 i'd only
-1.7 i'd really
-1.2 i'd started
1.2 i'd still
-1.4 i'd value
-2.5 i'd very
-1.2 i'll give
-1.4 i'll have
1.6 i'll just
-1.2 i'll make
-1.4 i'll need
-1.2 i'll say
1.2 i'll try
1.8 i'm a
1.4 i'm afraid
1.6 i'm assuming
-1.5 i'm aware
-1.2 i'm based
3.0 i'm beginning
-1.8 i'm confident
-1.2 i'm delighted
-1.2 i'm excited
3.0 i'm finding
-1.4 i'm grateful
-1.7 i'm guessing
1.6 i'm honestly
-1.5 i'm hoping
-1.2 i'm in
3.0 i'm less
-1.2 i'm looking
-1.5 i'm most
1.1 i'm not
1.6 i'm now
-1.2 i'm rather
-2.3 i'm really
-1.2 i'm simply
3.2 i'm struggling
-1.4 i'm taking
3.2 i'm too
1.4 i'm trying
-1.5 i'm very
-1.5 i'm working
-2.0 i've already
1.6 i've ever
3.0 i've given
-1.4 i've got
-1.4 i've had
1.6 i've noticed
-1.2 i've now
-2.8 i've received
-1.5 i've run
1.9 i've taken
-1.2 i've turned
-1.2 icu
3.0 ideal
-1.4 if any
-1.4 if i've
-1.2 if it's
1.8 if so
2.5 if someone
1.8 if something
-1.1 if there
-1.7 if useful
1.6 if we
-1.1 if you
-2.6 if you're
-1.5 imagine the
-1.2 immediately
-1.7 impressed
-1.2 impressed by
2.7 impression
-2.0 improve
-1.4 improve for
-1.9 in <n>
-2.0 in about
1.9 in after
-1.5 in any
2.1 in at
-1.2 in bengaluru
1.6 in between
-1.9 in case
-1.9 in early
1.9 in fact
-1.8 in fairness
-2.1 in for
1.6 in from
1.6 in front
-1.2 in house
-1.2 in itself
-1.3 in joining
1.6 in lagos
-1.2 in perth
1.7 in reception
-1.7 in september
-1.2 in six
-1.4 in twenty
-1.2 in with
-2.0 inbox
2.1 included
-1.5 indication
-1.4 indication of
-1.4 inform
1.6 informal
1.6 instead of
-1.2 institute
-1.2 instructor
-1.2 insurance
1.8 intend
1.8 intend to
-1.4 interest
-2.1 interest in
-1.2 interested especially
-1.2 interested particularly
-1.4 interesting to
1.4 internal
3.2 internal applicant
1.7 internal candidate
1.6 internally
-1.7 internship
-1.2 interview fell
-1.2 interview from
1.6 interview itself
1.6 interview not
-1.2 interview on
-1.2 interview or
3.6 interview though
1.6 interview three
1.2 interview was
1.6 interview went
1.6 interview which
-1.7 interview yesterday
3.8 interviewer
3.0 interviewer joined
3.2 interviewer made
3.0 interviewer was
3.2 interviewer who
1.8 interviewers
-1.2 interviewers were
1.9 interviewing for
-3.2 interviewing me
1.2 interviews
2.3 interviews and
3.2 interviews i
-1.2 into a
3.2 into account
-1.9 inventory
1.6 invite
3.0 invited
2.1 invited to
1.6 is about
-1.2 is all
-1.7 is any
-1.8 is anything
1.6 is as
1.6 is attached
1.6 is being
-1.7 is below
2.1 is difficult
-1.2 is easier
-2.7 is exactly
-1.2 is fairly
3.0 is frankly
-1.5 is going
2.0 is hard
2.1 is how
-1.5 is in
3.0 is lovely
-1.4 is more
1.6 is mostly
-2.4 is my
1.8 is not
-1.2 is regarding
1.6 is run
2.1 is starting
-1.4 is that
1.6 is this
-1.2 is to
-1.4 is treating
-1.4 is valid
1.6 is your
1.3 isn't the
1.8 it a
-1.1 it came
1.6 it clear
2.1 it could
2.3 it does
1.6 it even
2.9 it felt
1.6 it got
1.4 it had
2.3 it hard
-1.2 it helps
-1.2 it here
-1.2 it i'd
-1.2 it into
-1.4 it makes
1.8 it may
-1.2 it meant
1.7 it might
1.4 it more
-1.2 it my
-1.2 it off
1.9 it seemed
3.2 it seems
1.6 it showed
1.4 it so
1.6 it sooner
3.0 it started
-1.2 it support
-1.2 it that
1.9 it the
-1.2 it this
-1.4 it through
-1.2 it today
1.6 it took
-1.2 it up
1.6 it usually
3.0 it wants
1.3 it went
1.6 it which
-1.8 it will
-2.8 it's been
3.2 it's difficult
-1.4 it's exactly
-1.2 it's fair
-1.4 it's good
2.4 it's hard
-1.2 it's helpful
1.6 it's the
1.8 it's worth
1.4 it's your
3.0 item
1.2 its own
3.0 its people
-1.7 january
3.4 job advert
-1.2 job at
2.1 job description
1.8 job i
-1.2 job in
1.4 job is
-1.4 job talk
1.9 job to
2.8 job was
-1.5 jobs
-1.5 join
1.6 join a
-1.2 join and
-2.0 join the
-2.1 join you
-2.9 join your
1.6 joined
3.0 joined late
-1.7 joining you
-1.4 joining your
-1.2 joke
3.0 journey
2.5 judge
1.9 judged
3.0 judgement
3.4 judging
3.2 judging by
-1.2 july
-1.2 jump
-1.4 june
-1.2 june and
-1.2 junior accountant
-1.2 junior architect
-1.2 junior copywriter
1.6 just following
3.0 just hope
-1.4 just let
-1.2 just rather
-1.4 just sending
-2.0 just so
3.0 just want
-1.9 just wanted
-1.3 keen to
-1.5 keener
-1.4 keener to
3.0 keep applying
-1.5 keep following
-1.2 keep it
-1.2 keep that
1.6 keep up
-1.4 keep you
-1.1 keeping
-2.5 keeping well
1.6 kilometres
-1.2 kind consideration
-1.2 kind note
1.9 kind to
1.8 kinder
3.2 kinder to
-1.2 kindly agreed
3.0 kindly clarify
-2.3 kindly let
1.6 kindly note
1.6 kindly update
-2.0 kindness
2.1 knew
2.1 knew the
-1.4 know by
-1.8 know i'm
-1.3 know if
1.6 know it
-1.1 know my
-1.2 know one
-1.7 know so
-1.5 know these
1.3 know what
2.7 know which
3.6 know why
1.9 known
-1.2 lab and
-1.2 laboratory technician
1.8 lack
3.2 lack is
3.2 lacked
-1.2 land
-1.2 landlord
3.2 laptop
-1.2 largest
-1.2 last email
3.2 last minute
1.6 last role
-1.1 last week
-1.5 last year
3.2 lasted
1.2 late
3.6 late and
1.6 lead job
2.3 leading
-1.1 learn about
-1.8 learned a
-1.5 learning how
-1.2 learnt
-1.2 learnt a
-1.5 lease
1.5 least
3.0 least a
3.2 least i
-1.2 least sure
1.4 leave
2.1 leave and
2.5 leaves
3.0 leaves people
1.4 leaving
1.6 leaving a
-1.2 led a
-2.2 led the
3.0 led to
1.6 ledger
1.6 left feeling
2.1 left me
-1.2 lending
1.3 less
3.0 less sure
2.1 less than
1.6 let candidates
3.2 let go
-1.1 let me
-2.0 let you
1.5 letter
3.0 letter arrived
-1.4 level <n>
-1.4 level of
-1.7 librarian
-1.2 librarian post
-1.9 library assistant
-1.4 licence
-1.2 licence is
1.7 like a
-1.2 like an
-1.2 like mine
1.6 like someone
1.4 liked the
2.5 liked to
-1.2 liked very
1.2 limited
3.0 line about
3.6 line email
-1.2 line on
1.6 line up
3.0 lined
3.0 lined up
3.0 link i
1.6 linkage
-1.2 linkedin and
-1.4 lisbon
-1.4 list
-1.4 list and
1.7 listed
3.0 listed as
1.6 listening
3.0 listing
3.2 lists
3.0 little rich
-1.2 little sad
3.0 lodging
-1.5 log
3.0 logged
1.6 logistics and
-1.9 logistics coordinator
1.6 long i
-1.2 long process
3.0 long way
1.3 longer than
1.6 look a
4.1 look at
1.8 looked
2.4 looked at
3.4 looking at
1.6 looking for
-1.3 looking forward
3.0 loss
-1.9 lot about
-1.1 lot from
1.9 lot on
-1.2 love to
-2.3 loved hearing
-1.5 lovely to
3.0 lower than
3.1 luck
3.2 luck filling
3.2 luck finding
2.4 luck with
-1.7 lucky
-1.5 lucky to
-1.2 lumen
-1.2 ma'am
3.0 made before
1.6 made by
1.1 made it
-1.3 made me
3.8 made up
2.1 mail
3.2 mail and
3.0 mail regarding
-1.5 major
-2.3 make a
-1.5 make my
-1.2 make your
-1.9 makes complete
-1.2 makes the
3.6 man
3.2 managed to
-1.2 management
3.0 manager does
-1.5 manager has
-1.2 manager job
-1.2 manchester
-1.2 many people
-1.2 marina
1.3 mark
2.7 marked
3.4 marked down
-1.5 marketing executive
1.4 marketing manager
1.2 match
3.6 mate
3.2 mattered
3.2 mattered more
1.8 may be
2.9 may i
1.6 may take
1.9 may want
1.6 maybe
-1.2 me a
-2.3 me an
-1.2 me around
-1.4 me before
-1.4 me by
-1.4 me decide
1.6 me do
1.4 me down
-2.4 me even
-1.2 me every
3.2 me everything
1.9 me feedback
1.6 me how
1.2 me i
1.6 me i'll
-1.4 me keener
1.5 me more
2.1 me off
-1.5 me over
1.9 me since
-1.9 me such
1.2 me the
-1.1 me through
3.2 me twice
3.6 me was
-1.2 me well
1.9 me what
-1.2 me when
1.2 me with
1.6 me without
3.9 me wonder
3.0 me working
1.6 me your
-1.4 means i
1.1 meant
1.4 meant to
-2.9 meantime
3.0 measuring
-1.4 mechanical
-1.2 medicine
1.6 meet again
3.0 meet every
-1.9 meet you
1.6 meeting candidates
-1.5 meets
1.6 member
3.4 member who
1.3 members
1.1 mention that
-1.7 mentioned a
-1.2 mentioned at
-1.4 mentioned i
2.1 mentioned in
-1.5 mentioned my
-2.9 mentioned that
-1.5 mentioned you
1.6 mentioning
-2.0 menu
3.0 merit
1.3 message about
1.2 message and
1.9 messages
3.0 met every
3.0 mid level
3.0 mid sentence
-1.2 might come
1.9 migration project
1.1 mind for
3.0 minds
3.0 mine to
-1.7 mining
2.2 minute
1.6 minute and
3.0 minute wait
1.6 minutes
3.4 minutes and
-1.8 minutes at
2.1 minutes late
1.4 minutes on
1.6 minutes to
3.0 minutes with
-1.5 miss
3.0 missed what
-1.2 missing
4.1 mistake
3.2 mistake and
-1.9 mobile
-1.2 moment to
-1.3 monday
-1.6 monday for
-1.2 monday i
-2.1 monitoring
-1.2 month notice
-1.1 month so
-1.4 month to
-1.8 monthly
1.6 more candid
-1.5 more certain
-1.7 more detail
-1.2 more eager
-1.2 more excited
-1.4 more for
3.0 more hands
3.0 more in
1.8 more like
-1.2 more on
-1.2 more sales
1.6 more seriously
1.6 more the
3.0 morning which
-1.7 most excited
-1.2 most grateful
-1.2 most interesting
-2.3 most like
1.6 most of
-1.2 most people
-1.2 most want
-1.2 move to
-1.8 moved to
-1.2 moving from
-1.2 moving to
2.5 much about
-1.2 much appreciated
1.3 much as
-1.4 much clearer
-1.4 much easier
-1.2 much for
-1.7 much hoping
3.0 much into
-3.2 much like
1.8 much of
-1.4 much prefer
-1.1 much rather
-1.4 much the
3.0 much with
-1.2 museum
1.1 must
2.0 must say
1.6 mutual
1.6 my accent
-1.5 my account
2.1 my age
1.7 my answers
1.6 my aptitude
-1.2 my availability
1.4 my candidacy
-2.0 my career
-1.4 my contract
-2.9 my current
1.1 my cv
-1.2 my email
-1.2 my family's
2.1 my file
-2.3 my first
-1.4 my former
-1.2 my graduate
-1.2 my head
1.4 my husband
-1.9 my inbox
-2.1 my interest
-1.2 my landlord
-1.2 my lease
-1.4 my level
-1.5 my nerves
-2.0 my next
1.6 my nine
-2.7 my notice
-1.2 my old
-1.4 my only
-1.4 my partner
-1.8 my phone
-1.2 my preference
-1.8 my present
-1.5 my previous
1.6 my references
1.9 my scores
-1.4 my search
-1.4 my situation
-1.2 my studies
3.0 my surname
3.0 my system
-1.4 my team
-1.2 my technical
-1.5 my third
3.0 my view
-1.7 my visit
-1.2 my withdrawal
-1.5 my year
1.6 my years
-1.4 myself
-1.4 myself on
1.4 name is
-1.4 national
-1.2 need
-1.7 need a
-1.3 need anything
-1.4 need for
-1.5 need from
-1.7 need to
-1.5 need your
-1.5 needed from
3.2 needed to
1.6 needing
2.0 needs a
-1.5 nerves
-2.5 network
-1.2 network engineer
1.9 never
3.0 never did
3.2 never going
1.4 never once
3.0 never reached
3.2 never really
3.0 never run
-1.2 new starters
-1.2 news but
-1.2 news from
-1.1 news on
-1.2 news this
1.6 next day
-1.5 next few
-1.5 next interview
-1.4 next month
-1.2 next opening
-2.5 next step
-1.2 next steps
1.2 next time
-2.2 next week
-1.2 next year
1.6 nice
2.1 nice to
-1.2 night auditor
-1.2 night team
1.8 nine years
-1.2 no by
-1.2 no need
1.6 no one
-1.5 no reflection
-1.5 no rush
1.6 no update
3.0 no word
2.3 nobody
3.2 nobody could
3.4 nobody mentioned
3.4 nobody on
3.0 nobody seems
3.2 nobody will
-1.2 noon
1.4 nordvik
1.1 not
2.7 not a
3.0 not accept
3.0 not an
1.6 not answer
-2.0 not asking
2.3 not been
3.4 not convinced
-1.1 not disappointed
1.6 not enough
1.6 not every
1.9 not fully
3.2 not how
3.0 not in
3.0 not invited
-1.2 not many
3.2 not quite
3.4 not read
3.0 not really
1.6 not receive
1.5 not something
3.0 not speak
2.8 not sure
-1.7 not want
3.4 not what
1.6 note about
1.9 note and
1.6 note that
-2.0 note to
-1.4 notes from
-1.7 notes on
1.4 nothing
3.2 nothing and
-2.6 notice period
3.2 notice that
3.2 notice the
-1.2 noticed a
-1.2 noticed my
1.6 noticing
1.4 noticing that
3.2 noting
-2.0 november
-1.4 now received
-1.2 now so
1.6 now used
1.6 numerical
-1.2 nursing
-1.7 obliged
-1.2 obliged but
3.0 observation
3.2 obviously
-2.7 october
2.8 odd
3.0 odd thing
-1.2 of all
1.6 of anyone
1.9 of applicants
-1.5 of being
1.6 of curiosity
1.3 of department
-1.2 of experience
1.4 of future
-2.1 of last
2.8 of luck
-1.4 of news
-1.2 of quota
-1.2 of senior
3.6 of silence
1.9 of their
-1.6 of them
1.2 of time
1.6 of unpaid
2.0 of us
-1.2 of weeks
-1.7 of where
3.0 off mid
-1.5 off to
3.0 off work
1.4 offer a
-1.8 offer from
1.6 offer is
1.2 offer letter
-1.2 offer on
3.0 offer one
-1.2 offer this
-2.1 offered me
1.6 offered to
1.6 offers from
-1.4 office and
-1.4 office as
-1.8 office manager
-1.7 office on
1.6 officer interview
-1.7 on <n>
-1.2 on any
-1.2 on day
3.4 on glassdoor
2.1 on his
-1.5 on how
-1.3 on monday
1.6 on one
-1.2 on regional
3.0 on sap
3.0 on seek
1.6 on site
2.1 on someone
-1.6 on thursday
-1.8 on timing
3.2 on tuesday's
-1.5 on wednesday
1.5 on what
-1.4 on where
3.0 on which
3.0 onboarding flow
3.0 once so
1.9 once the
1.6 one for
-1.2 one from
-1.7 one i'd
-1.8 one i'm
-1.2 one month
1.6 one page
-1.2 one practical
3.0 one sentence
1.9 one so
1.4 one thing
-1.8 one way
1.6 online
1.6 online assessment
3.2 only after
1.6 only ask
3.9 only assume
1.9 only candidate
3.0 only hope
-1.5 only in
-2.0 only one
1.9 only person
1.4 only say
3.0 only wish
-1.2 onto one
1.6 op
2.3 open to
-1.8 open with
1.3 opened
-1.5 opening comes
-1.4 opening in
-1.4 openly you
-1.2 openness
-1.2 opens at
-1.2 opens on
-1.9 operation
1.6 opportunities with
1.9 option
-1.4 options
-2.3 or a
-1.2 or anything
-1.4 or in
-1.2 or my
-1.2 or the
-1.2 or three
1.9 or was
1.6 or whether
3.0 organisation's
1.6 organised day
1.6 original
1.2 other applicants
3.2 other end
1.6 other openings
1.4 other roles
3.0 other than
-1.4 our conversation
-1.4 our conversations
-1.4 our meeting
-1.2 out at
3.4 out in
-1.4 out on
2.3 out that
1.2 out to
2.1 out what
1.1 outcome
1.6 outcome for
-1.4 outcome i
3.0 outcome was
2.1 outside
3.2 outside applicants
3.2 outside candidates
1.8 overqualified
1.9 overqualified for
-1.4 own trumpet
1.6 ownership
3.0 owns
-1.5 pace
-1.4 pacing
-1.4 page and
1.6 page that
3.0 page two
-1.5 paid
1.1 panel
2.1 panel and
1.6 panel as
3.0 panel asked
3.0 panel concluded
3.0 panel could
1.9 panel did
1.3 panel had
3.4 panel made
3.8 panel member
1.9 panel members
3.4 panel seemed
1.9 panel that
1.9 panel would
1.6 papers are
3.2 paragraph
-1.4 paralegal
1.6 parental
1.6 parental leave
-1.7 park
3.2 parking
3.0 part in
-2.3 part time
-1.7 part was
3.0 parted
3.0 parted ways
3.0 particularly as
-1.2 particularly in
-1.4 particularly on
-1.4 particularly the
1.6 partly because
-1.5 partnerships
-1.5 passed my
-1.4 passed the
-1.5 paths again
-1.5 patience when
-2.5 patient
-1.2 patients
-1.2 payable
-1.2 payroll administrator
-1.2 payroll manager
1.1 people
1.6 people for
3.2 people the
-1.2 people which
1.5 people who
1.6 people you
-1.7 per cent
-1.5 percent
2.8 perhaps
1.9 perhaps i
3.0 perhaps next
4.1 perhaps the
-2.8 period
-1.5 period is
1.2 person
3.2 person specification
2.0 person you
3.9 personality
-1.2 perth
1.6 petrol
1.4 pharmacy
1.6 pharmacy technician
1.2 phone
3.2 phone but
1.7 phone call
3.2 phone for
1.6 phone screen
-1.2 picture myself
-1.3 picture of
-1.2 picturing
-1.2 picturing myself
1.9 pilbara
1.6 pile
-1.8 pilot
2.1 pity
3.0 pity the
-1.2 placed
-1.7 placement
1.9 places
-1.2 plan accordingly
-2.0 plan my
-1.5 planner position
-1.5 planning my
3.2 plans were
1.4 play
-1.2 please accept
1.6 please advise
-1.2 please also
-1.5 please give
-1.8 please let
-1.1 please thank
-1.2 please withdraw
-1.3 pleased
-1.2 pleased to
-1.4 pm
-1.2 po for
-1.2 podcast
-2.0 point about
-1.4 point i
-1.2 point i'd
1.6 point in
2.3 point out
-1.8 pointers
-1.2 pointers on
1.9 polite
-1.7 politely
-1.2 pop
1.4 portal
3.0 portal has
3.0 portal seems
3.0 portfolio before
-1.2 portfolio review
-1.3 position at
2.1 position has
-1.8 position i
-1.7 position of
-2.8 position on
-1.7 position opens
-1.2 position remains
1.6 position which
1.4 positions
-1.5 possibility
-1.4 possibility of
-1.3 post at
-1.8 post of
-1.2 post opens
3.4 post was
-1.5 postdoctoral
2.8 posting
-1.4 pre
-1.2 preceptor
-2.7 prefer
-2.3 prefer to
-1.4 preference
1.7 preferred
1.3 prepared
2.1 prepared for
-1.3 present
1.6 presentation to
-1.2 pressure
-1.2 pressures
-1.1 pretend i'm
1.6 pretty
1.6 principle
1.6 print
1.9 priya
-1.9 problem at
-1.4 problem i
1.9 process in
1.6 process on
1.8 process was
-1.2 producer
-1.2 product analyst
-1.2 profile in
-1.2 programme at
1.6 programme officer
-1.2 programme you
-1.5 project i
-1.2 project in
-1.2 project management
-1.2 project manager
-1.5 projects
-1.2 promise
2.8 promised
3.2 promised an
3.0 promised me
3.4 promises
-1.2 promptly
1.2 proper
-1.7 property
-1.2 prototype
-1.4 proud
3.0 proves
-2.9 provide
-1.4 provide any
-2.1 provide anything
-1.4 provide references
3.0 psychometric
3.0 psychometric test
2.5 published
1.4 pune office
-1.5 puts
1.9 putting
3.6 puzzled
3.0 puzzled that
-1.2 qa
-1.2 qa engineer
1.3 qualifications
-1.2 qualified
3.2 question in
-2.1 question on
1.6 question so
1.9 questions i
1.6 questions in
3.2 questions were
1.6 quick follow
-1.5 quick note
-2.0 quick update
1.4 quicker
1.6 quickly as
3.4 quietly
1.9 quite the
-1.7 quota
3.2 quoted
-1.2 railway
3.0 raj
1.7 range
-1.7 rather be
1.9 rather hear
-1.4 rather know
1.6 rather you
1.2 re
1.9 re advertised
-1.5 reach me
-1.4 reached you
1.9 read
1.6 read it
1.6 read my
1.7 read the
3.6 reads
-1.7 ready to
3.0 real reason
-1.4 realised afterwards
-1.2 realised the
-1.4 really appreciate
-1.7 really appreciated
1.6 really do
-2.0 really excited
3.0 really had
-1.4 really helpful
-1.2 really keen
-2.3 really like
-1.7 really want
1.1 reason
3.0 reason given
3.0 reason than
2.2 reasons
-1.4 reassuring
-1.7 rebuilding
-1.2 rebuilding the
-1.9 rebuilt
-1.5 rebuilt the
-2.4 received a
-1.7 received an
3.0 received was
1.3 reception
3.0 recommending
1.6 reconsider
2.5 recorded
3.2 recorded video
-1.8 records
-1.2 records are
-1.4 records my
1.8 recruiter
3.0 recruiter promised
2.0 recruiters
1.6 reference from
-1.9 references or
-1.2 refinancing
-1.5 reflection on
1.9 reflects
-1.4 refresher
1.4 regard
-1.4 regards to
-1.2 registration
1.6 regret that
3.6 rejection
1.6 relationship
-1.8 release
-1.5 relief
-1.4 relocate
1.8 remain interested
-3.2 remains
-2.7 remains my
-1.7 remains the
3.2 remembered
1.6 remind
-1.4 reminded
-1.4 reminded me
-1.4 renewed
1.4 repeat
1.7 replying
3.0 replying to
-1.4 reporting
-1.7 reps
-1.9 required
1.6 reread
1.4 rescheduled
-1.4 research coordinator
-1.7 researcher
-1.2 researcher role
-1.2 residency
1.5 respect
1.9 respect for
2.1 respect i
1.6 respect to
2.3 respect your
1.6 respected
-1.8 respond
1.3 rest
-1.2 restful
-1.2 restoration
-1.2 restructure
2.0 result of
-1.2 results
-1.4 revert
1.6 reviews how
-1.4 revisit
3.0 reyes
4.0 rich
3.8 rich to
2.3 right fit
3.0 right match
-1.4 right to
-1.4 road
3.2 roads
-1.7 role especially
-1.7 role feel
-1.2 role fits
-1.9 role i'm
-1.4 role i've
-1.2 role remains
-1.4 role than
3.0 role that
-1.2 role this
2.1 role was
-1.5 role we
1.8 roles at
-1.2 roles that
-2.0 rollout
1.6 room i
-1.2 rooms
-1.1 rotation
-1.5 rough
-2.5 roughly
-1.4 roughly <n>
-1.5 roughly when
-1.5 round interview
-1.4 round of
1.9 round went
2.0 rounds
2.5 rounds and
1.6 rounds for
-1.2 route planning
1.6 rules
1.6 run a
1.6 run your
-1.1 runs
-1.2 runs its
-2.3 rush
-1.2 rush your
-1.4 rustenburg
1.6 s you
-1.5 sad about
1.4 said it
1.6 said so
1.6 saigon
1.6 salary
3.6 salary band
3.2 salary before
-1.2 sales focused
-1.2 sales role
3.0 salesforce
-1.2 same approach
-1.2 same for
-1.9 samples
2.1 sap
1.5 sat
1.6 sat down
3.0 sat on
-1.4 satisfaction
3.0 satisfy
-1.2 save you
2.0 saved
2.5 saved us
1.4 say i
-1.2 say i'm
3.6 say more
2.4 say the
2.4 saying
3.0 saying so
1.5 says
3.2 says the
-1.8 scale
-1.4 schedules
1.6 school has
-1.4 scientist
1.6 scope
1.4 score
1.4 scores
2.3 screen
1.8 screening
1.9 screening call
3.2 script
-1.7 sea
-1.2 search committee
-1.2 season and
-1.5 seasonal
-1.4 seasons
1.9 seat
4.0 second interviewer
1.6 second officer
1.4 second round
3.2 second time
-1.5 second year
1.6 see how
1.6 see it
1.6 see no
1.6 see one
3.2 see what
2.1 see where
-2.2 see whether
1.9 see which
3.0 seek
2.7 seemed
1.8 seemed to
3.0 seems
3.8 seems a
3.0 seems the
1.9 seems to
-1.2 selection criteria
-1.4 semester
-1.2 semester is
-1.6 send
-1.9 send anything
-2.3 send it
-1.8 send the
-1.4 sending the
1.6 sends
-1.2 sense for
1.6 sent my
2.8 sentence
3.0 sentences
-1.2 sepsis
-2.8 september
3.0 serves
-1.8 services
1.6 set aside
-1.4 set up
1.6 sets
-1.7 settle
1.2 settled
1.9 settled on
1.2 seven
2.1 seven weeks
1.9 shame
3.0 shame the
-1.2 share an
-1.9 share any
-1.2 share before
1.9 share my
-1.2 share where
1.4 sharing
1.9 sharjah
1.4 she
-1.4 she had
1.5 she was
1.9 she would
1.4 she's
1.6 shed
1.6 shifted
-1.7 short notice
1.9 short of
-1.4 short so
-1.2 short update
3.6 shortlist was
3.0 should know
-1.2 should the
1.6 shouldn't
-1.2 show me
3.0 show what
-1.4 show you
2.5 shown
-1.4 shows how
-1.2 shows my
-1.2 side for
2.0 side of
1.6 sift
-2.3 sign
-1.4 sign off
-1.5 signed up
2.6 silence
-1.7 similar
-1.2 similar comes
-1.5 similar post
-1.9 similar role
1.4 similar roles
-1.4 similar with
-1.2 simpler
3.0 simply told
-1.2 simply wanted
3.8 since it
3.0 since nobody
-2.1 since our
-1.2 since passed
-1.9 since we
1.3 since you
3.0 since your
1.2 sir
1.6 sir i
-1.5 site engineer
1.2 sitting
-2.2 situation
3.0 sketched
1.6 slept
1.6 slept on
1.6 slipped
1.4 slot
3.2 slot and
-1.7 small update
-1.7 smaller
-1.4 smoothly
3.0 so and
-1.4 so any
3.0 so either
-1.8 so far
-1.4 so if
1.3 so it
-1.2 so open
1.6 so perhaps
-2.3 so please
-1.7 so thank
-1.4 so your
-1.7 soil
-1.2 solutions
1.6 someone
1.4 someone already
1.6 someone could
3.0 someone from
1.6 someone in
3.0 someone more
1.2 someone with
1.8 something else
1.9 something more
-1.9 something similar
-1.8 soon
-1.2 soon as
-1.4 sorry for
-2.0 sorry not
-1.5 sort
1.7 sorted
1.6 sorted before
-1.4 spare
3.0 spared
-1.1 specialist
-1.2 specialist position
2.1 specification
3.0 specification and
-1.5 speed
-1.4 spend the
1.3 spent
3.0 spent more
2.5 spent most
1.6 spent on
1.6 spent two
-1.4 splits
-1.9 spoke i
-2.0 spoke on
3.2 spoke to
3.9 spoken
3.0 spoken for
3.4 spoken to
-1.5 spot
-1.4 spring and
-1.2 spring campaign
-1.2 spring i
1.9 square
-1.4 st
1.6 staff are
1.6 stage manager
-1.2 stand with
2.3 standing
1.6 start and
-1.2 start any
-1.7 start at
-1.2 start on
3.0 start that
-1.2 start with
3.0 started forty
-1.2 started picturing
-1.2 starters
2.3 starting to
1.6 status as
-1.7 stayed
-1.6 stayed with
-2.1 step
-1.4 step back
-1.2 step down
-1.4 steps
1.7 still be
3.0 still can't
3.0 still i
1.9 still i'd
-1.4 still in
4.1 still like
-1.9 still my
3.2 still not
1.4 still open
2.1 still think
1.6 stood
-1.2 storage
-1.2 store
-1.2 stores
-1.5 story
-1.5 straight away
3.8 strange
-1.2 street
1.4 strength
3.0 strength of
-1.8 strengthen
-1.2 strengthen before
-1.4 strong field
3.2 strong internal
-2.0 stronger
-1.1 strongest
1.3 struck
1.9 struck me
2.0 struggling
3.6 struggling to
-2.5 student
-2.3 students
-1.2 studies which
-1.5 studio
1.4 study brief
-1.2 stumbled
-1.9 subject checking
2.1 subject re
-1.2 subject thank
1.6 success and
3.0 success in
1.3 successful
1.6 successful applicant
3.9 successful candidate
-1.2 such
-2.4 such as
1.8 suggest
3.6 suggest that
3.4 suggest your
1.4 suggests
-1.5 suit
-1.7 suit me
-2.0 suite
-2.6 suits
-1.5 suits the
-1.5 suits you
1.6 summary of
-1.3 summer
-1.2 supervised
-1.4 supervisor at
1.6 supervisor post
-1.4 supplier
-1.2 support the
1.8 suppose
3.0 suppose it
1.4 sure
-1.2 sure about
3.0 sure anyone
2.3 sure how
-1.2 sure i
2.8 sure it
1.6 sure she
2.1 sure that
2.1 sure the
1.9 sure they
3.8 sure what
-1.2 sure you'll
-1.2 surgery
3.0 surname
1.2 surprise
1.6 surprise but
1.6 surprise given
3.0 surprise to
1.8 surprised
3.8 surprised that
1.6 surprised the
1.6 surprised to
2.1 surprising
-1.2 surveyor role
1.2 suspect
1.9 suspect it
1.6 suspect my
1.6 suspect that
1.6 suspect you'll
-1.4 sustainability
-1.9 system and
1.4 table
-1.2 take a
1.6 take home
1.1 take it
-1.2 take on
-1.2 take time
-1.4 take up
1.8 taken
3.0 taken the
-1.2 talk it
-1.5 talk through
-1.2 talk with
1.3 task
-2.2 tasting
-1.2 tasting menu
-2.3 taught
-1.7 taught me
-1.7 tax
-1.2 team as
-1.6 team at
1.6 team can
1.6 team even
3.4 team gave
3.0 team had
-1.4 team hoped
1.6 team i'd
-1.3 team is
-1.2 team last
-1.9 team of
-1.5 team so
-1.2 team splits
-1.4 team through
3.4 team well
2.1 team will
-1.7 team would
-1.4 team's
1.6 tech
3.4 technical test
-1.5 technician position
1.2 tell me
1.5 tells
1.8 tells me
3.0 templated
-1.5 ten days
1.6 ten minutes
-2.1 term
1.5 test
1.4 test and
3.2 test nobody
1.6 test of
2.8 test was
-1.4 testing
1.9 tests
-1.4 th
-1.5 th march
-1.4 th of
-1.4 th so
1.9 than an
2.0 than any
1.3 than anything
1.6 than by
-1.7 than emailing
3.0 than find
3.0 than from
-1.8 than i'd
-1.4 than just
-1.2 than later
3.4 than me
-2.2 than most
1.4 than my
1.6 than not
3.4 than on
1.1 than the
-1.5 than when
1.6 than you
1.6 than yours
-2.0 thankful
-1.7 thankful for
-2.3 thanks and
1.1 thanks for
1.6 thanks heaps
-1.1 thanks so
1.6 that <n>
2.1 that a
1.4 that after
1.6 that at
1.9 that being
-1.4 that come
-1.2 that date
1.6 that does
1.9 that every
1.9 that everyone
2.5 that had
-1.5 that i'd
1.3 that it
1.9 that it's
-2.0 that makes
3.0 that may
2.1 that most
3.0 that nobody
-1.2 that only
3.4 that other
-1.2 that our
3.0 that question
1.4 that said
1.6 that site
2.0 that someone
-1.4 that suits
2.1 that tells
1.3 that the
1.6 that there
-1.9 that this
2.1 that took
1.9 that were
-1.8 that work
-1.4 that would
-1.1 that you
-1.4 that you're
4.0 that your
-1.4 that's a
-1.4 that's fine
-1.1 the <n>
-2.1 the accounts
3.0 the acting
3.0 the actual
3.0 the ad
1.7 the advert
2.5 the advertisement
1.5 the afternoon
1.9 the agency
1.4 the answer
1.9 the assessors
-1.5 the associate
1.6 the attention
-1.2 the barista
-1.7 the better
1.6 the bottom
-1.4 the brand
2.7 the brief
-1.2 the budgeting
-1.7 the business
1.9 the calendar
1.1 the call
2.9 the candidate
-1.2 the careers
-1.4 the challenges
-1.2 the claims
1.9 the clock
1.5 the company
-1.7 the compliance
1.6 the confusion
-1.2 the conservation
-2.0 the conversations
-2.1 the county
1.4 the courtesy
-1.5 the credit
3.2 the cv
-1.7 the director
-1.5 the drive
-1.4 the earliest
1.4 the email
-1.4 the emergency
3.0 the estate
-1.2 the evening
-1.2 the facilities
-1.2 the family
2.1 the figure
-1.2 the fire
1.4 the floor
-1.4 the forecasting
2.3 the fourth
-1.2 the frank
-1.2 the grant
-1.2 the gulf
-1.2 the hardest
-1.2 the harvest
-1.5 the highest
2.5 the hire
1.6 the hiring
-1.2 the holidays
-2.1 the honest
1.9 the hotel
3.0 the hour
-1.2 the hours
-1.2 the industry
2.7 the interviewer
1.2 the interviews
-1.4 the inventory
-1.2 the it
1.4 the job
-1.4 the junior
-1.2 the laboratory
-1.2 the largest
-1.4 the latest
-1.8 the learning
3.0 the least
1.6 the letter
-1.2 the level
-1.1 the library
1.6 the likely
1.6 the line
3.0 the listing
-1.4 the local
-1.4 the long
-1.2 the management
2.1 the manager
-1.2 the marina
-2.9 the meantime
-1.2 the medical
1.6 the mine
-1.2 the mobile
-1.5 the moment
-1.6 the month
3.0 the name
-1.5 the network
-1.1 the night
1.9 the notes
1.6 the numerical
1.2 the offer
-1.2 the offshore
-1.2 the oncology
1.8 the online
1.6 the original
-1.2 the outreach
-1.4 the pace
-1.4 the paralegal
1.6 the parts
-1.5 the pass
-1.2 the payroll
1.7 the person
1.9 the pilbara
1.6 the pipeline
-1.1 the planning
-1.2 the possibility
-1.4 the postdoctoral
3.6 the posting
-1.9 the practical
-1.5 the presentation
-1.4 the production
3.0 the published
2.0 the questions
1.4 the quick
1.9 the range
2.3 the real
2.3 the reason
3.0 the reasons
3.0 the recorded
2.1 the recruiter
-1.2 the refinancing
-2.1 the region
3.2 the rejection
-1.2 the reporting
1.9 the requirements
1.2 the rest
-1.2 the rollout
-1.2 the rotation
-1.2 the route
2.4 the salary
-1.5 the sales
-1.5 the science
1.9 the score
1.6 the scoring
1.3 the selection
-1.2 the semester
1.5 the shortlist
1.4 the silence
-1.2 the soil
1.5 the standard
1.3 the start
-1.2 the state
-1.2 the strategy
3.0 the strength
-1.2 the student
-1.2 the students
-1.2 the studio
2.1 the successful
-2.4 the summer
-1.2 the sustainability
2.1 the table
1.6 the talk
-1.7 the tasting
-1.2 the tax
-1.4 the tea
-1.2 the term
4.0 the third
2.1 the three
1.6 the timer
1.4 the track
-1.7 the travel
1.4 the twelve
3.2 the twenty
-1.9 the unit
-1.4 the university
1.8 the update
-1.2 the ux
-1.2 the very
-1.5 the warm
-1.8 the weekend
-1.5 the wider
1.8 the wrong
-1.5 the youth
3.0 their minds
1.6 their whole
-1.2 theirs
-1.2 them on
-1.2 then i'd
-2.0 there anything
-1.5 there are
3.0 there for
1.6 there has
3.0 there we
-1.1 there's
-1.9 there's any
-1.4 there's no
-1.2 these decisions
1.8 they can
1.6 they do
1.4 they had
-2.3 they have
1.6 they said
2.3 they were
1.9 they're
-2.6 they've
-2.0 they've asked
-1.2 thing in
1.4 thing to
-1.2 things down
-1.4 things up
-1.4 think i'd
1.6 think it's
1.2 think the
1.7 think you
-1.5 think you'd
1.3 think you'll
2.3 think you've
2.1 think your
-1.6 thinking about
3.0 third interview
3.6 third time
3.0 thirty minutes
-1.2 this autumn
-1.7 this finds
3.0 this level
2.3 this process
-1.5 this role
-1.5 this spring
1.3 this to
-1.4 this week
1.6 this whole
-1.2 this year
1.6 thorough
3.0 those of
1.2 though
1.2 though i
1.6 though i'll
2.0 though i'm
3.0 though that
-1.4 thought about
-2.3 thought i
-2.4 thought i'd
-1.2 thought it
1.6 thought the
-1.1 thoughtful
1.6 three countries
3.0 three did
3.0 three hour
4.3 three interviews
-1.4 three months
3.2 three people
2.4 three rounds
2.3 three times
1.9 three year
-1.2 through a
-1.2 through and
-1.2 through for
-1.2 through how
2.0 through my
1.9 through two
-1.5 throughout the
-1.6 thursday
-1.5 thursday <n>
-2.0 thursday about
-1.4 thursday at
-1.2 ticket
-1.4 tidy
1.9 time for
-1.2 time i
-1.2 time is
2.1 time it
1.6 time of
1.4 time that
2.1 time the
-1.2 time today
2.7 time your
-1.4 timeline
-1.2 timeline before
-1.7 timeline for
-1.2 timeline i
1.6 timer
1.1 times
1.6 times and
1.6 times at
3.0 times now
1.6 timetable
-1.9 timing
1.3 title
-2.0 to <n>
-2.3 to add
1.4 to an
3.0 to anyone
4.3 to believe
-1.2 to blow
-1.6 to bring
3.0 to candidates
1.9 to conclude
-1.2 to contact
-1.2 to continue
-1.2 to correct
-1.5 to decide
1.9 to describe
-1.1 to discuss
2.3 to every
1.9 to expect
1.2 to explain
2.9 to feel
1.9 to finish
-1.4 to fit
-1.2 to five
-1.4 to give
3.0 to his
-1.5 to home
1.4 to how
-1.4 to hurry
-1.4 to improve
-1.2 to inform
-1.9 to join
1.9 to judge
1.6 to long
1.9 to look
-1.2 to miss
3.2 to people
-1.2 to picture
-2.6 to provide
3.2 to rate
-2.5 to reach
1.4 to read
1.6 to reconsider
3.0 to regret
1.8 to reply
-1.4 to respond
1.6 to return
-1.2 to revisit
1.2 to run
-1.4 to rush
3.0 to satisfy
-1.4 to save
1.6 to seeing
-1.3 to send
-1.4 to sign
-1.2 to sit
1.6 to someone
3.0 to square
-1.3 to start
-1.2 to step
-1.2 to teach
1.4 to tell
-1.7 to that
1.4 to think
-1.4 to trouble
-2.2 to try
1.4 to understand
-1.2 to update
-2.3 to wait
-1.1 to work
-1.6 today
-1.4 today and
3.0 together at
1.6 told
3.2 told i
3.0 told i'm
1.6 told me
1.9 told the
1.6 told to
2.3 told you
-2.1 tomorrow
1.5 too much
1.6 too senior
1.7 took a
3.0 took five
-1.5 took over
-1.4 tools
-1.5 touched
-1.2 touching
1.6 transcript
-1.2 transfer
-1.2 transition
-1.7 transparent
-1.2 transparent that
2.3 travelled
3.6 treated
-1.4 treating you
3.2 treats
-1.4 tried
-1.2 truly
-1.4 trumpet
-1.4 trumpet but
-1.4 trust this
2.3 try not
-1.4 try something
-1.2 try the
-1.4 try to
-1.5 tuesday and
1.6 tuesday i
1.9 turbine
3.2 turned out
1.6 turning
1.4 twenty
1.6 twenty five
1.6 twenty hours
3.4 twenty minute
2.7 twenty minutes
1.2 twenty years
2.3 twice
1.9 twice and
1.6 twice during
3.0 twice in
3.0 twice without
1.6 two emails
3.0 two evenings
-1.2 two examples
1.6 two hours
1.7 two interviews
3.6 two line
1.4 two months
1.4 two of
1.6 two offers
-1.2 two or
-1.5 two other
1.6 two people
-1.2 two seasons
3.2 typing
-1.4 uk
3.2 under review
-1.2 under the
-1.5 understand and
1.6 understand how
-1.8 understand the
2.3 understand what
1.2 understood
2.8 unfair
3.2 unfair to
-1.2 unit
-1.2 unit and
-1.2 units
-1.2 unless i
1.9 unpaid
1.6 unpaid leave
4.1 unprofessional
3.0 unsuccessful
-1.7 until
-2.3 until <n>
-1.4 until the
-1.7 up at
1.6 up but
-1.2 up by
2.1 up from
-1.2 up my
3.4 up rather
3.4 up twice
2.3 update and
1.6 update me
-1.5 update since
3.2 update though
-1.4 updated timeline
1.9 uploaded
1.1 us
1.9 us and
1.7 us both
1.6 us who
-2.5 useful for
-1.2 ux researcher
-1.5 valid
-1.4 valid until
-1.5 value any
3.0 values
-1.2 verbal
-1.2 verbal offer
-1.2 very concrete
-1.2 very eager
-1.2 very enjoyable
-1.4 very enthusiastic
-1.2 very few
-1.7 very glad
-1.4 very grateful
-2.5 very happy
3.2 very hard
-1.4 very helpful
-1.2 very interested
-1.4 very interesting
-1.2 very much
-1.4 very pleased
-1.8 very real
1.6 very strong
-1.4 very thankful
-1.4 very welcome
1.6 view of
-1.2 visit and
-1.8 visits
-1.4 voicemail
-1.2 volunteer coordinator
-1.4 volunteers
-1.2 wait for
3.0 wait in
-1.4 wait until
1.6 waiting room
-1.2 walk through
-1.2 walk you
1.7 walked
2.1 walked in
1.6 walked out
1.6 walkthrough
-1.3 wanted
-1.7 wanted to
-2.3 wanted you
1.2 wants
1.6 warehouse role
-1.5 warm welcome
-1.4 warning
1.7 was about
1.6 was actually
3.0 was already
2.5 was always
2.1 was an
3.8 was asked
2.1 was being
1.6 was done
3.0 was ever
2.1 was exactly
-1.4 was fascinating
3.0 was filled
3.4 was for
-2.3 was glad
-1.5 was grateful
-2.2 was great
3.2 was handled
3.0 was hard
-1.2 was helpful
-1.2 was impressed
3.0 was interviewing
1.9 was just
-1.5 was kind
3.0 was led
-1.2 was lovely
3.9 was made
3.4 was marked
2.1 was meant
4.0 was never
1.5 was not
1.3 was on
-1.5 was one
1.6 was only
3.0 was promised
2.1 was really
3.0 was settled
3.0 was spent
3.0 was spoken
4.3 was surprised
2.3 was that
3.2 was there
3.2 was unprofessional
-1.2 was useful
1.6 was your
1.1 wasn't
-1.4 wasn't a
3.0 wasn't possible
2.1 waste
3.9 waste of
1.6 watch
-2.0 watching
3.2 way but
1.2 way i
-1.2 way i'd
2.5 way of
-1.8 way or
1.5 way to
-2.1 way you
2.0 ways
3.0 we are
3.2 we could
1.9 we didn't
-1.1 we discussed
-2.3 we met
-1.4 we moved
3.2 we never
1.6 we speak
-1.6 we spoke
-1.2 we used
1.6 we went
1.6 we'll be
-1.2 weakness
-1.4 weaknesses
3.8 website
-1.3 wednesday
-2.5 wednesday about
-1.7 wednesday and
-2.0 wednesday for
-1.4 wednesday to
-1.5 week about
-1.4 week for
-1.1 week is
1.3 week of
-2.3 week so
-1.4 week's going
3.0 weekend on
-1.5 weekends
-1.7 weekly
3.0 weeks after
1.6 weeks on
-1.2 weight
1.4 welcome a
1.4 welcome hearing
1.6 welcome it
-2.0 well at
3.0 well before
2.1 well below
-1.5 well for
-1.5 well i'm
-1.2 well in
3.0 well of
3.1 well with
-1.9 went from
3.4 went on
2.1 went out
1.8 went to
1.6 went with
1.6 were looking
1.6 were not
1.7 were the
3.0 weren't
-1.4 west
3.2 what basis
3.2 what changed
3.0 what exactly
1.4 what it
1.6 what it's
1.4 what my
3.0 what that
2.1 what the
2.5 what they
1.8 what to
1.6 what was
-1.4 what would
3.2 whatever the
3.0 whatever your
-1.2 when convenient
-1.2 when my
-1.1 when we
-2.2 whenever
-1.4 whenever suits
-1.2 wherever
3.0 whether anyone
2.1 whether i'd
-1.8 whether i'm
-1.3 whether there
-2.8 whether there's
3.0 which does
-1.2 which has
3.0 which made
1.3 which of
2.3 which part
3.0 which suggests
3.0 which told
-1.4 while i'm
-1.2 while waiting
1.2 who
3.2 who had
1.9 who never
3.2 who went
1.6 who would
1.4 whoever
1.6 whoever has
3.0 whoever owns
1.6 whoever takes
3.0 whole day
1.6 whole thing
1.4 whom i
2.5 whose
1.3 why
1.9 why i
1.9 why my
-1.7 wider
-1.2 wider team
1.9 will admit
3.0 will forgive
-1.2 will have
-1.4 will help
3.0 will look
1.6 will take
-1.2 window
2.0 wish
3.1 wish the
2.5 wish you
1.2 wishing you
1.4 with all
1.9 with less
2.0 with no
-1.4 with one
2.3 with respect
-1.2 with you
-1.2 withdraw because
3.2 withdraw the
-1.2 withdraw with
-1.2 withdrawal
2.1 withdrawing my
2.1 without an
3.0 without hearing
-1.2 without me
-1.4 won
-1.2 won't pretend
2.9 wonder
2.3 wonder how
3.0 wonder whether
-1.5 wondered
-1.4 wondered whether
2.1 wondering whether
1.8 word
3.4 word of
-1.4 work i
-1.3 work on
1.5 work out
-2.7 work with
-1.1 work you
-2.0 worked with
-1.5 worker
1.6 working a
1.6 working alongside
-1.4 working at
-1.5 working days
-1.6 working on
-1.1 working with
1.6 works out
-1.2 workshop
1.7 worth
1.9 worth a
1.8 worth the
1.9 would ask
2.1 would gently
1.8 would genuinely
2.6 would have
-1.3 would help
-1.2 would let
-1.2 would love
-1.9 would make
-1.4 would most
-1.7 would need
2.3 would point
-1.4 would prefer
1.4 would rather
-1.4 would take
-1.4 would value
-2.4 would very
-2.5 would you
-1.2 wrap
-1.2 writer
1.4 writes
-2.3 writing about
1.6 writing for
-1.2 writing sample
-1.5 writing with
-1.2 written offer
3.4 written test
1.8 wrong
3.4 wrong way
1.6 wrote to
-1.1 year
-1.4 year and
-1.2 year end
-1.9 year i
3.0 year old
-1.7 year so
1.5 years in
-1.9 yesterday for
-1.4 yet and
3.2 yet to
3.0 you advertised
-1.4 you as
-1.3 you asked
-2.0 you be
-1.5 you before
-1.2 you but
-2.3 you by
1.4 you chose
-1.7 you could
-1.2 you described
-1.4 you ever
1.4 you every
1.6 you found
-2.4 you gave
1.6 you hire
-1.5 you hoped
-1.9 you i
1.6 you i'll
-1.2 you i've
-1.1 you in
-1.4 you made
-1.4 you make
-2.2 you mentioned
1.6 you must
-1.5 you need
-1.7 you on
1.6 you put
3.6 you say
-1.3 you soon
3.0 you success
-1.2 you taking
-1.2 you the
-1.2 you through
-1.2 you too
-1.5 you took
-1.3 you very
-1.4 you want
2.1 you wanted
-1.9 you would
1.6 you'll find
-1.3 you're
-1.6 you're able
-1.9 you're keeping
-1.4 you're well
1.6 you've got
2.1 you've made
-1.7 young
4.0 younger
-1.4 your account
3.8 your advert
1.9 your agency
1.6 your agency's
1.6 your attention
1.9 your call
3.2 your candidate
-1.7 your candour
1.6 your choice
1.6 your clinic
2.5 your colleague
1.6 your competitors
-1.4 your consideration
-1.2 your department
-1.4 your description
-1.4 your diary
1.4 your email
1.2 your end
-1.4 your explanation
-1.2 your file
-1.2 your frankness
3.0 your future
2.1 your head
-1.8 your honesty
2.9 your hr
3.0 your interview
3.6 your interviewers
3.6 your job
-1.4 your kindness
1.2 your letter
-1.8 your list
3.6 your mail
1.8 your message
-1.4 your news
4.2 your note
1.6 your offer
1.6 your own
2.7 your panel
-1.8 your patience
1.6 your pile
-2.4 your planning
-1.8 your point
3.2 your portal
-1.4 your position
-2.4 your question
-1.2 your questions
-1.4 your records
1.8 your recruiter
4.0 your recruiters
1.8 your recruitment
1.3 your reply
-1.5 your role
-1.4 your shortlist
1.4 your side
-2.2 your timeline
-1.4 your timing
-1.2 your unit
3.4 your website
-1.4 your week's
-1.2 yours is
-1.2 zero
""",
)

BOASTING = Reading(
    16.9,
    """\
-1.2 <n> a
-1.4 <n> april
-2.0 <n> august
2.9 <n> bed
-1.4 <n> certificate
-1.4 <n> days
-1.1 <n> february
-1.6 <n> july
-1.3 <n> june
-1.4 <n> march
-1.8 <n> november
-1.3 <n> october
-1.4 <n> over
-1.8 <n> per
-2.2 <n> september
-1.4 <n> st
-3.2 <n> to
-1.2 a big
1.5 a bigger
1.5 a book
-2.1 a call
2.1 a candidate
2.9 a certain
-1.2 a change
3.2 a classroom
2.9 a cleaner
1.5 a client
-1.2 a close
1.8 a competitor
2.9 a considerably
1.5 a coordinator
-1.6 a copy
-1.2 a course
-1.6 a current
3.2 a cut
-1.2 a day's
4.3 a decade
-1.1 a decision
2.1 a department
-1.6 a difficult
1.8 a fairly
1.3 a firm
2.3 a first
1.5 a five
1.6 a formality
-1.6 a fortnight
1.5 a forty
2.9 a fourth
-2.3 a full
2.1 a genuinely
2.9 a handful
2.9 a higher
1.5 a huge
-1.4 a job
1.5 a legend
1.8 a level
-2.0 a line
1.5 a major
2.9 a master's
1.5 a mid
1.3 a million
2.9 a model
1.7 a more
1.6 a much
2.9 a multinational
3.2 a national
2.5 a nice
-1.2 a note
-2.2 a one
-1.2 a paper
1.5 a place
-2.5 a position
-2.3 a post
-1.8 a presentation
1.6 a problem
1.5 a process
-1.2 a quarter
2.9 a ready
1.8 a really
2.6 a record
-1.2 a referee
1.5 a reference
1.6 a regional
-2.4 a reply
-1.2 a restful
2.9 a room
-1.4 a rough
3.2 a row
1.8 a sales
-1.2 a school
-1.7 a second
1.8 a senior
-1.8 a shared
-1.2 a shift
-2.3 a short
-1.3 a similar
1.6 a single
1.5 a slightly
1.5 a spreadsheet
1.5 a standard
4.0 a step
-1.2 a straight
-1.7 a surprise
-1.2 a take
2.9 a target
-1.4 a three
-1.4 a trial
-1.2 a verbal
-1.2 a voicemail
-1.7 a yes
-2.5 able
-2.5 able to
-2.5 about <n>
3.2 about as
2.9 about cloud
-1.2 about eight
-1.6 about four
1.8 about me
-1.2 about other
1.5 about stakeholder
-1.2 about supporting
1.8 about ten
-1.4 about three
-1.4 about two
1.3 about weaknesses
2.2 above
3.5 above the
2.9 above what
-1.1 accept
-1.8 accept it
-1.2 accept my
-2.0 accept the
-1.2 accept theirs
1.5 accepted an
-1.4 accepted another
-1.7 accordingly
1.6 account director
-1.8 accountant position
-1.2 accounts and
-1.2 accounts assistant
-1.2 accounts for
-1.6 accounts payable
1.5 accounts that
-1.2 accurate
1.3 acquisition
-1.2 act
2.9 actually done
2.9 actually run
-1.4 additional
2.1 adeyemi
1.5 adjust
-1.2 admire
1.8 admit i've
-1.6 admit the
-1.4 advert
1.5 advertise
1.6 advice
3.2 advice on
1.5 advise
-1.6 advisor
1.4 afraid
1.5 afraid i'll
-1.2 after careful
-1.4 after four
-1.4 after hearing
1.8 after i
-1.2 after meeting
1.5 after one
1.5 after running
-1.7 after that
-2.0 after three
-1.6 again about
2.9 again i'm
1.2 again if
-1.2 again in
-1.8 again next
-2.4 again on
2.6 again to
-1.6 again when
-1.2 against me
2.9 age of
-1.2 ago
1.7 agree
1.5 agree that
1.5 agree the
-1.6 agreed
-1.4 agreed to
-1.2 agronomist role
1.6 ahead
2.9 ahead of
-1.2 aircraft
1.3 al noor
1.5 all came
-1.2 all i
1.5 all of
-1.4 all possible
2.3 all year
1.5 alone
3.2 alone so
2.1 along with
1.2 alongside
1.3 already and
3.2 already done
2.9 already made
1.6 already told
1.5 already turned
-1.2 also enjoyed
-1.2 although i'm
1.6 always
3.2 always been
2.9 always said
-1.2 am available
1.8 am certain
2.6 am confident
-1.2 am disappointed
1.5 am looking
-2.2 am not
2.9 am one
2.9 am ready
-1.2 am sad
4.4 am the
1.6 ambitious
-1.2 among them
-1.2 amount
1.2 an afternoon
-2.9 an answer
2.9 an asset
-1.2 an email
1.5 an example
-1.2 an explanation
-1.6 an internal
-1.4 an updated
2.1 analyst program
-1.2 analytics team
-1.2 and accept
3.2 and also
-1.7 and am
1.5 and apologies
1.5 and as
-1.2 and asked
-1.2 and available
1.8 and both
2.9 and by
-1.6 and can
-1.4 and drove
1.5 and four
3.0 and he
-1.6 and in
-1.2 and is
-1.2 and kindness
1.5 and last
-1.4 and learning
-1.4 and left
1.8 and more
1.6 and no
-1.6 and nobody
1.2 and one
-2.1 and our
-1.4 and over
1.5 and ready
-1.2 and really
-1.2 and see
3.2 and sort
1.8 and still
3.2 and there
-1.1 and they've
-1.2 and this
-1.6 and thought
3.2 and under
-1.2 and was
-1.4 and whether
-1.7 and wish
1.8 and with
-1.2 and withdraw
-1.1 and would
-1.2 and you
1.5 and yours
1.5 angle
-1.2 animal
-1.2 another employer
-2.5 another offer
-1.2 another opening
-2.0 another organisation
-1.6 another role
-1.1 answer
-1.3 answer about
-1.4 answer anything
-1.4 answer by
1.5 answer to
2.3 answered every
2.9 answered your
1.5 answers on
-1.2 any comments
-2.7 any feedback
-1.2 any indication
-2.0 any other
-1.2 any pointers
2.0 anyone
3.4 anyone else
1.5 anyone on
2.1 anyone to
3.2 anyone who
3.4 anyone with
-1.2 anything about
-1.2 anything comes
-1.2 anything from
-1.2 anything that
1.5 anything to
2.1 apart
1.1 apologies for
-1.6 app and
3.2 apparently
-1.4 appeals
-1.2 appeals to
1.1 applicants
2.9 applicants for
-1.2 application and
-1.6 application was
-2.2 applications
-1.4 applied
-3.3 apply
-2.9 apply again
1.6 applying for
-2.2 appointment
-1.2 appreciate a
-1.2 appreciate any
-1.2 appreciate being
-1.8 appreciate hearing
-1.6 appreciate it
-1.2 appreciate the
-1.8 approach
1.5 approached
2.5 approaches
2.9 approaches this
-1.2 april
1.8 arbitration
1.5 architect role
1.5 architects
-1.2 are a
-1.7 are able
1.8 are exactly
-1.4 are going
2.1 are meeting
1.8 are on
3.4 are required
2.9 are still
-2.2 around <n>
3.4 around me
1.5 around two
-1.4 arrange
-1.2 arranging
-1.2 arrived
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
1.4 as i'm
-1.2 as if
1.5 as long
2.9 as people
-1.4 as promised
-1.2 as requested
1.8 as someone
-1.2 as that
1.1 as the
2.9 as you'd
1.8 as your
-1.6 ashby
-1.2 aside i
1.6 ask about
1.8 ask how
-1.1 asked for
-1.8 asked whether
-1.6 asking you
-1.4 assessors
2.3 asset
2.9 asset to
-2.4 assistant post
-1.2 assistant role
-1.2 associate credit
1.1 assume the
1.1 at a
1.6 at al
-1.4 at another
-1.2 at any
1.8 at brightwater
-1.7 at home
-1.4 at interview
1.5 at it
-1.2 at lunch
-1.2 at millbrook
-1.2 at our
2.9 at parcelly
1.8 at present
1.5 at quill
-2.2 at some
1.1 at st
2.1 at three
1.8 at two
-1.3 attached
-1.6 attached a
-1.6 attached my
1.3 audits
-1.7 august
1.8 authority
-1.8 automated
-1.2 availability
-1.2 available from
-1.4 awaiting
1.4 award
2.5 award for
2.4 awards
2.9 away feeling
1.9 awkward
1.9 back and
1.5 back as
1.3 back on
2.3 back with
1.3 backend engineer
-1.4 background in
-1.2 backlog of
-1.2 bank and
3.5 bar
-1.7 based
-1.4 basis
1.5 batch at
-1.2 batches
1.1 be a
-2.3 be able
3.2 be an
1.5 be available
2.5 be candid
-1.7 be contacted
1.6 be easy
2.9 be fine
-1.2 be free
4.2 be getting
-2.2 be grateful
-1.2 be happy
-1.2 be helpful
-2.2 be in
2.9 be interviewed
-1.4 be kept
3.2 be lucky
-1.2 be made
-1.2 be open
-1.7 be possible
-1.4 be proud
3.2 be running
1.5 be stepping
1.5 be straight
3.2 be surprised
1.8 be the
-1.4 be there
1.4 be thrilled
-1.3 be useful
-1.2 be watching
-1.7 be willing
-1.2 bear
1.5 became clear
1.9 because it
-1.6 because you
1.8 bed
1.5 been appointed
-1.2 been checking
3.4 been doing
-1.4 been filled
-1.4 been good
1.5 been hard
-1.2 been hoping
1.8 been in
1.3 been invited
-1.2 been kind
3.2 been named
-1.2 been on
2.9 been shortlisted
1.4 been the
1.5 been trying
-1.2 been working
1.5 before i'd
-2.0 before my
-1.7 before then
-1.7 before we
2.1 before you
3.0 behind
2.9 behind it
3.5 behind the
-2.0 being open
3.8 being the
1.6 believe i
-1.2 believe the
2.9 believe your
1.3 below what
2.3 berth
3.5 best candidate
1.8 best in
-1.2 best regards
-1.8 better example
1.8 better than
-1.4 between three
3.4 between us
1.4 big
1.5 big four
2.6 bigger
2.9 bigger than
1.9 biggest
3.8 blow
3.8 blow my
1.2 board
3.4 boast
3.2 boast but
-1.2 boats
3.2 bonus
1.7 book
-1.2 booked
-2.0 booking
-1.6 booking system
-1.2 bookkeeper
1.8 border
3.7 boss
3.2 boss at
-1.2 both a
2.9 both felt
3.4 both know
2.7 both of
2.1 both the
-1.4 bother
3.2 bottom
3.2 bottom of
3.2 brag
2.9 brag but
1.5 branch in
2.9 branch operations
1.4 brand
2.9 brendan's
-1.2 brennan
-1.4 brewer
-1.4 brief note
1.5 brigade
1.8 brightwater
1.9 bring
2.6 bring a
1.5 bring in
1.5 bring it
1.2 bring that
1.8 bring the
2.9 brings
1.5 brisbane
-1.7 bristol
2.9 british
1.8 brunch
-1.7 budgeting
-1.7 business analyst
-1.2 business partner
3.4 but do
2.9 but given
-2.7 but it
-1.2 but it's
1.5 but my
1.5 but that's
1.2 but the
1.5 but this
3.7 but your
1.5 butter
-1.4 buyers
-1.2 by <n>
-2.0 by about
-1.4 by changing
-1.2 by friday
-2.0 by monday
-1.2 by moving
1.8 by my
3.7 by name
-1.2 by next
1.5 by people
-1.4 by phone
-1.4 by roughly
-1.2 by this
-2.2 by thursday
2.1 by two
1.5 cabinet
-1.4 calder
3.5 calibre
-2.2 call on
-1.2 call the
1.3 called
3.7 called me
1.7 calls
2.9 calls from
3.2 calls me
1.5 calls when
1.3 came back
-1.2 came from
-1.6 came through
2.9 came to
1.5 campaign i
1.5 can also
-2.2 can be
3.4 can bring
1.5 can continue
1.3 can do
1.8 can keep
-1.2 can move
-1.2 can prepare
3.2 can promise
3.3 can say
-1.7 can share
1.8 can talk
3.2 can tell
-1.2 can work
-1.4 can't keep
1.4 candid
1.5 candid you
-1.7 candidate experience
3.5 candidate for
1.5 candidate is
3.2 candidate who
2.9 candidate you've
1.5 candidates as
3.2 candidates you
-1.7 candidature
2.1 capable
2.9 cape
-1.4 care you
-2.3 careers
-1.8 careers page
-1.2 carry
-1.2 case exercise
1.8 case i
-1.7 case it's
-1.2 case they
1.5 catches
1.5 category
1.5 caught up
2.9 cebu
1.5 cedar
-2.0 cent
-1.6 centre and
1.5 centres
1.1 certain
1.5 certain i
-3.1 certificate
-1.2 certificate and
-1.4 certificate which
-1.8 challenge
-1.3 change
-2.8 changed
-1.4 changing how
1.5 charge nurse
1.5 chase
-1.4 chasing
1.2 chat
3.4 chat this
1.8 chatting
-1.2 checking my
-1.6 checklist
-1.2 checklist and
1.9 cheers
1.9 cheers for
-1.6 chef position
1.5 chennai
1.6 chief
1.8 chief executive
-1.4 children
-1.2 children's
-1.8 choice so
1.6 choose
2.1 choosing
2.9 choosing to
1.6 city
1.3 civil
-1.6 claims
-1.2 clarify
1.7 class
1.4 classroom
2.9 classroom and
1.8 cleaner
-1.2 cleaning
1.5 clear as
1.3 clear the
-1.2 clearance
-1.7 cleared
2.9 clearly the
1.6 client
2.9 client and
3.2 client list
2.3 clients
3.2 clients have
1.5 climb
2.9 clinical and
-1.2 clock
1.4 closed
1.5 closed the
1.9 cloud
-1.2 cold chain
3.2 collecting
2.9 collecting the
1.3 columba's
1.5 columba's i
2.9 combination
2.9 come along
1.5 come around
1.8 come back
2.1 come out
3.2 come with
2.9 comes to
1.5 coming in
3.2 commendation
-1.7 comment
-2.0 comments
-1.7 comments on
1.2 commercial
-1.2 communicated
-1.2 communicated to
1.5 community outreach
-2.0 commute
-1.2 commute would
1.7 companies
-1.6 company has
1.7 company i
-1.2 company in
-1.2 company with
3.2 company's history
1.3 compare
1.5 competencies
1.8 competency
1.8 competitor
-1.4 complaints
-1.4 complete sense
-1.2 completed
-1.2 completed my
-2.1 completed the
-1.6 completely understand
1.5 complex
-1.7 concrete
1.2 confidence
1.2 confident
3.2 confident i'll
3.7 confident that
-1.2 confirm by
-1.4 confirmation
-1.3 confirmed
-1.4 confirmed how
-1.4 confirmed that
-1.8 confirming
-1.2 conflict
-1.2 confused
-1.1 congratulations
-1.2 congratulations on
-2.4 congratulations to
1.5 connected
-1.2 conservator
2.1 considerably
2.9 considerably higher
-1.2 considered again
-1.2 considered for
-1.1 considering me
-1.2 construction
-2.1 consultation
3.2 consulting
-1.3 contact
-2.1 contacted
3.2 contacts
-1.2 content strategist
-1.2 continued
2.9 contract and
-1.2 contractor
-1.1 contribute
-1.4 contribute to
-1.4 controller role
1.5 controls
-1.7 convenience
-1.7 convenient
-1.4 conversation made
-1.2 conversations
-1.7 conversations with
3.4 convinced than
1.8 cooling
-1.6 coordinated
-1.2 coordinator interview
-2.5 coordinator position
1.2 copies
-1.8 correct
-1.6 correction
-1.7 cost
1.5 costs
1.5 could bring
-1.2 could contribute
1.5 could finally
-1.6 could help
-1.4 could not
1.5 could offer
2.3 could see
3.2 could teach
-1.2 could work
-1.7 could you
2.1 couldn't
2.1 country
1.4 county
1.6 county's
2.9 courier
-1.4 course in
-1.4 covers
1.6 creative
1.5 crest
1.5 crews
2.9 critical
2.9 critical care
-2.7 cross again
2.9 cross border
-1.4 cross paths
1.5 crossed
-1.6 culture
1.2 current company
-1.4 current contract
1.5 current firm
-1.4 current job
-1.2 current post
-1.8 current role
-2.0 customer service
-1.2 customers
-1.2 customs compliance
3.2 cut above
-1.2 cv and
-1.6 cv on
-1.2 dairy
-1.7 dashboards
-1.2 date you
-1.6 dates
1.3 day of
-1.2 day on
3.0 day one
1.5 day so
1.8 day to
-1.4 day was
-1.2 day's
1.5 days at
-1.4 days to
1.8 days which
-1.2 de
-1.4 deadline
-1.6 deal about
1.8 deal and
3.2 deal in
-1.2 dear graduate
4.3 decade
3.2 decade but
2.9 decade of
-1.7 december
1.5 decent
-1.1 decided
-1.2 decision about
-1.2 decision before
-1.8 decision has
-1.8 decision on
-1.2 decision this
1.5 decision though
-2.0 decision was
-1.2 decision within
-1.2 decisions take
-1.2 deckhand
1.2 delay
1.5 demand
-1.2 demonstration lesson
1.5 department has
2.1 department of
-1.4 depots
1.9 depth
1.5 depth in
2.9 depth of
-1.6 describe
-1.7 described is
3.7 described me
-1.2 deserve
1.5 design award
-1.4 design engineer
-1.6 design team
1.8 designed
-1.7 detailed
1.3 details for
-1.2 developer position
1.2 did at
2.9 did finish
-1.6 did notice
-1.7 did want
-2.2 didn't want
-1.1 difficult
-1.2 difficult choice
-1.4 difficult to
1.9 dinner
2.9 dinner last
-1.2 direction
1.6 director
2.9 director has
2.9 director level
2.1 director of
-2.1 disappointed i
-1.4 disappointing
-1.2 discharge
1.5 discussed which
-1.6 discussing
-1.6 discussing the
1.1 discussion about
-1.1 discussion of
-1.2 discussion on
-1.2 discussion with
1.5 division
-1.2 do appreciate
3.2 do call
1.3 do in
3.7 do let
-1.2 do my
-1.6 do next
-1.4 do still
2.9 do tell
2.9 do tend
1.4 do with
1.5 dock
1.5 dockside
1.2 documents are
1.5 does not
1.5 doesn't come
2.9 doesn't often
-1.2 doing and
1.5 don't come
-2.1 don't feel
-1.6 don't hear
-1.2 don't hold
1.1 don't think
1.1 done
3.4 done it
2.9 done this
1.3 door
2.9 doors
2.7 doubt
3.4 doubt many
2.9 doubt you'll
-1.2 down a
2.9 down for
1.5 down in
1.5 drawings
-1.2 drivers
-2.2 drop
-2.5 dropped
-1.2 dropped from
-1.4 drove
-1.2 due on
1.8 due respect
-1.2 due to
1.6 durban
-1.1 during
-1.2 duties
-1.6 each of
-1.4 each stage
-2.2 earlier
-2.0 earliest
1.3 early and
1.2 easiest
-1.2 east
1.3 easy
1.8 easy for
1.5 education and
1.5 educator
3.2 effectively
-2.2 effort
1.4 eight years
-3.2 either
-2.9 either way
1.2 electrical
1.4 eleven
3.9 eleven years
1.1 else
3.4 else can
2.6 else in
3.2 else on
2.9 else you're
-1.5 email
-1.4 email about
-1.2 email regarding
2.9 embarrassing
1.3 employee
2.9 employee of
-1.2 employees
-1.2 employer and
2.9 employment
-1.4 encouraging
-1.2 end close
-1.3 end of
1.5 end the
2.1 end up
-1.6 ends on
1.5 ends up
1.4 energy
2.9 engineer in
2.3 engineer who
1.5 engineering manager
2.3 engineers
-1.6 enjoy helping
-1.2 enjoy meeting
-1.5 enjoyed learning
-1.2 enjoyed meeting
1.5 enjoyed most
-1.4 enjoyed my
-1.7 enjoyed working
1.1 enough
3.4 enough to
1.5 enterprise
1.8 entire
-1.2 entry
-1.6 environmental
-1.2 error
-1.6 especially after
-1.7 especially in
-2.7 especially the
2.9 estate and
1.2 esteemed organisation
1.5 european
-2.0 even a
-1.5 even more
1.2 even the
1.8 even though
1.5 even without
-1.3 evening
-1.2 events coordinator
1.2 ever
3.2 ever had
-1.2 ever have
2.9 ever made
3.2 ever since
1.4 ever that
3.2 every branch
-1.2 every evening
1.5 every new
3.2 every project
-1.2 every saturday
1.6 every week
1.1 everyone
1.5 everyone else
1.2 everyone in
1.5 everything so
-1.2 ewm
-1.7 exactly what
-1.2 exactly where
2.9 exaggeration
-1.6 exam last
-1.4 example is
1.3 exams
3.2 exceed
-1.6 excel
1.5 exercise a
-1.2 existing
-1.2 expecting
-1.8 experience in
-1.2 experience of
2.9 experience than
-1.6 experience with
1.6 experienced
3.4 experienced person
-1.6 expires
-1.2 expires on
-1.2 explaining that
1.8 export
1.4 face
3.2 face when
1.8 faces
1.3 facing
1.2 fact
2.1 fact that
3.2 fail
3.2 failed
-1.2 failure
-1.2 fair amount
1.5 fair few
1.4 fair to
2.3 fairly
2.9 fairly obvious
3.4 fairly straightforward
2.9 fairly sure
-2.1 falls
-1.1 family
-1.2 family is
1.1 far
2.9 far ahead
1.8 far better
1.5 far more
2.3 farm
1.5 farm manager
-1.2 farmers
-1.4 farms
1.6 fast
1.4 faster
2.9 faster than
2.9 fastest
3.2 favour
1.5 favourite
1.3 features
-1.7 february
-1.4 february and
2.9 fee
1.5 feed
-1.3 feedback
-1.4 feedback about
-1.2 feedback from
-1.2 feedback on
-1.2 feel i
-1.6 feel like
-1.2 feel you
1.4 feeling
2.9 feeling i'd
2.9 feeling that
1.7 feelings
3.2 feet
-2.6 fell
-2.0 fell short
1.1 felt
2.5 felt it
1.5 felt more
-2.0 few days
1.8 few ideas
-1.1 few minutes
3.4 few more
1.8 few of
2.6 few people
3.2 few tricks
1.5 few years
2.9 fielding
2.9 fielding calls
1.1 fifteen
3.5 fifteen years
-2.1 figure
-1.4 figure i
1.5 figures the
-2.2 filled
1.5 filter
-1.7 final stage
2.9 finalise
1.5 finally get
1.8 find
3.2 find a
3.7 find anyone
1.8 find the
2.9 find yourselves
1.8 finds the
3.5 finest
1.5 finish it
-1.4 finished the
2.9 finished top
1.3 finishing
-1.7 firm and
1.5 firm offer
3.2 firm that
3.3 firms
3.2 firms told
-1.7 first aid
2.9 first class
2.7 first day
-1.2 first month
2.1 first name
1.6 first ninety
1.3 first of
2.9 first quarter
-1.4 first round
2.9 first shift
3.8 first week
1.5 fit and
2.9 fit right
-2.0 fits
-1.8 five minutes
2.9 five star
-1.2 five weeks
2.5 fix
1.8 fixed
2.9 fixing
2.9 flaw
2.9 flaw is
-1.2 fleet planning
1.5 floor i
-1.6 focus
2.9 follow me
-1.3 food
-1.4 foods i
-1.2 football
-1.2 for about
3.2 for advice
-1.5 for any
-2.1 for anything
-1.2 for arranging
1.5 for assistant
2.9 for everything
1.5 for giving
3.4 for itself
2.1 for long
2.1 for lunch
1.2 for most
-1.7 for nothing
-1.2 for other
-1.2 for passing
-1.4 for phoning
1.5 for replying
-1.2 for running
-1.4 for similar
3.5 for someone
-2.1 for speaking
-2.1 for telling
-1.6 for that
1.6 for this
1.6 for today
1.5 for tuesday
1.7 for two
1.5 for years
1.3 for you
3.4 foreman
1.4 forgive
3.4 forgive the
1.6 forgot
1.6 forgot to
-1.4 forgotten
-2.1 forklift
-1.2 forklift licence
1.6 formality
1.1 former
2.9 former boss
-1.4 fortnightly
-1.6 forty minutes
-1.6 four rounds
2.4 frankly
2.5 frankly i
3.2 frankly the
1.5 frees
-2.1 friday <n>
-1.2 friday afternoon
-1.7 friday so
-1.4 from <n>
-1.7 from about
-1.4 from an
-1.8 from another
2.5 from day
-1.2 from it
1.5 from last
-1.4 from nine
-1.7 from our
1.8 from scratch
1.5 from speaking
-1.2 from them
1.3 from two
1.2 from what
1.3 from where
2.9 from zero
-2.1 front of
1.3 front office
-1.4 froze
-2.8 fully
1.8 fun
-1.2 funding
-1.4 funeral
-1.2 funeral arranger
1.5 further details
-1.2 future
-1.2 future candidates
-1.2 future i
-1.8 future openings
1.5 future positions
-1.1 gap
2.9 gas
1.8 gather
2.3 gather is
-1.2 gave of
1.5 gave the
1.5 gave up
-1.4 geelong
-1.2 generous of
1.4 gently point
1.8 genuinely fun
3.4 genuinely think
-1.2 genuinely useful
1.5 geologist
-1.2 get back
-1.2 get in
1.6 get the
1.8 gets
1.1 getting
2.6 getting a
2.9 getting someone
2.9 gifted
2.9 gifted student
2.1 give the
1.8 given that
-1.4 given to
-1.2 glad the
1.5 go back
3.2 go so
-1.2 goes smoothly
-1.8 goes well
-1.4 going through
3.2 gold
-2.0 gone to
-1.4 good afternoon
1.5 good at
1.8 good shape
1.5 got back
3.2 got my
2.9 got our
1.5 governors
1.8 gracious
1.5 gracious about
1.4 grade
-1.2 graduate recruitment
2.1 graduates
2.9 grant writing
-1.1 grants
-1.6 grants officer
-1.2 grateful
-1.1 grateful for
-1.4 grateful if
2.3 grew
1.4 ground
1.5 group discussion
1.8 gst
1.6 guests
-1.4 guide
3.2 gulf
1.6 habit
1.8 habit of
1.5 had actually
-1.2 had already
-2.2 had been
-1.2 had clearly
-1.2 had gone
-1.8 had hoped
1.5 had no
-1.2 had not
-1.2 had really
2.9 had this
3.2 had two
1.6 half
2.7 half the
1.1 hand
1.5 hand and
2.9 hand holding
3.4 handedly
2.9 handedly turned
2.9 handful
2.9 handful of
-1.6 handle the
-1.2 handles
-2.0 handover
1.8 happen to
3.2 happened
1.7 hard feelings
-1.7 hard not
1.6 harder
1.5 harder than
2.9 harder to
1.8 hardest
1.5 hardest part
1.5 harm
1.5 harm done
-1.6 harvest
3.5 has actually
2.9 has already
1.6 has asked
-1.6 has changed
2.9 has described
1.5 has done
-1.2 has gone
1.3 has grown
-1.2 has its
1.6 has just
2.9 has managed
2.1 has my
2.1 has never
-2.1 has now
1.5 has run
3.2 has taken
3.4 has told
3.7 has worked
1.5 hasn't
-1.2 hasn't changed
3.2 hasn't stopped
1.4 hate to
-1.6 haulage
2.3 have already
-1.2 have an
-1.6 have another
-1.1 have asked
-1.8 have attached
2.1 have built
2.1 have called
1.3 have chosen
1.3 have come
-1.2 have enjoyed
1.5 have gone
1.8 have i
1.5 have managed
3.7 have never
1.8 have no
-1.7 have not
3.4 have noticed
-1.7 have now
2.9 have observed
1.3 have read
-1.6 have received
-1.7 have saved
-1.2 have several
2.9 have that
1.8 have this
1.2 have thought
2.9 have trained
-1.4 have until
-1.4 haven't accepted
-1.8 haven't heard
1.2 having
3.2 having already
-1.4 having been
1.5 having come
2.9 having reflected
2.9 having trained
2.3 he
1.5 he did
2.7 he has
1.5 he would
3.5 he'd
1.1 head of
3.7 headhunted
1.2 heads
1.5 healthcare
-1.4 heaps
-1.4 heaps for
-1.4 hear back
-1.4 hear by
-2.0 heard anything
-1.2 heard by
1.5 hectic
3.2 help desk
-1.2 help i'm
-2.8 help me
-1.2 help on
-1.7 help to
-1.4 help with
-2.0 help your
-1.7 helped me
1.5 helped the
-3.2 helpful
-1.6 helpful for
-1.4 helpful to
-1.2 helping the
-1.2 helping with
1.8 helps the
3.2 helps your
2.3 higher
3.2 higher grade
4.0 highest
3.4 highest in
-1.2 highlight of
-1.4 hillcrest
1.8 him
3.2 himself
1.1 hire
3.2 hire someone
3.2 hire you
1.5 hiring manager
1.1 his
2.9 his own
-1.2 his phone
-2.1 hold a
-1.4 hold indefinitely
-1.2 hold up
1.6 holder
1.1 holding
2.9 holding i
-1.7 holidays
1.5 hollins
-1.4 home and
-1.4 home task
1.3 honest answer
2.5 honest i
-2.0 honest that
2.9 honest the
-1.6 honest with
1.1 honestly
1.5 honestly after
2.9 honestly be
1.6 honestly i
-2.0 hope my
-2.6 hope our
-1.5 hoped
-1.6 hoped to
-1.2 hoping
-2.0 hoping for
-1.1 hoping to
-1.4 hospice
1.2 hospitality
2.9 hotels
2.1 hour of
-1.4 how a
1.5 how candid
1.4 how many
1.3 how quickly
1.5 how that
-1.7 how things
-1.6 however
-1.6 however i
1.5 huge
1.3 humbly
-1.2 i accept
-2.2 i applied
-1.1 i ask
1.6 i assume
-1.7 i attended
3.5 i bring
-1.6 i cannot
-1.4 i cleared
1.5 i come
-1.8 i completed
-1.7 i completely
-1.6 i coordinated
1.6 i couldn't
1.5 i described
3.1 i doubt
1.5 i end
1.5 i find
1.2 i finished
1.6 i forgot
-1.2 i fully
1.8 i gather
1.9 i genuinely
2.1 i get
3.5 i go
1.3 i got
1.5 i grew
2.9 i happen
-1.2 i heard
1.5 i honestly
1.4 i imagine
2.9 i join
-1.2 i learn
-1.3 i learned
1.5 i leave
2.1 i like
1.1 i may
-1.2 i might
1.5 i more
-1.2 i most
-1.2 i moved
1.5 i now
2.9 i outshone
-1.2 i particularly
-2.0 i passed
-1.7 i prepared
1.5 i presented
-1.8 i received
1.9 i reckon
-1.2 i request
3.8 i say
1.6 i see
1.2 i shall
3.2 i start
-1.3 i still
-1.4 i stopped
1.8 i suppose
2.4 i suspect
3.7 i tend
1.6 i think
-2.1 i wasn't
-1.4 i wondered
-1.2 i work
3.2 i'd answered
-2.1 i'd appreciate
4.5 i'd bring
1.5 i'd come
1.4 i'd expect
-1.2 i'd find
1.5 i'd finished
1.7 i'd gently
1.6 i'd happily
3.2 i'd honestly
-1.2 i'd hoped
2.3 i'd imagine
1.6 i'd most
-1.1 i'd much
-1.6 i'd need
-1.7 i'd value
-1.6 i'd welcome
3.4 i'll bring
-1.2 i'll give
-1.2 i'll keep
2.9 i'll land
2.3 i'll leave
1.8 i'll say
1.5 i'll share
-1.4 i'll work
1.4 i'm afraid
-1.2 i'm also
2.9 i'm choosing
-1.3 i'm disappointed
-1.2 i'm even
3.2 i'm fairly
1.5 i'm flexible
1.3 i'm free
-1.4 i'm glad
-1.6 i'm going
1.5 i'm honest
-1.6 i'm hoping
2.6 i'm in
2.9 i'm more
2.9 i'm quite
1.6 i'm rather
1.5 i'm really
-1.2 i'm telling
3.3 i'm the
4.2 i'm told
1.5 i'm up
1.6 i'm used
2.0 i've already
-1.2 i've also
1.3 i've built
1.6 i've done
3.4 i've ever
-1.2 i've finished
1.4 i've had
1.4 i've kept
1.8 i've led
1.5 i've managed
2.9 i've never
2.9 i've no
1.6 i've run
1.5 i've signed
-1.2 i've taken
1.2 i've worked
2.1 ideal
2.1 ideal candidate
-1.6 ideally
-2.2 if a
2.5 if anyone
1.6 if i'm
-2.1 if it's
1.8 if my
-1.7 if so
-2.2 if that's
-1.1 if there
-1.4 if useful
-1.6 if you're
1.8 imagine
1.7 imagine the
3.2 immodest
2.9 immodest but
2.9 important
-1.2 impressed by
1.8 impressive
1.8 impressive and
-2.1 improve
1.5 improvement
1.3 in about
-1.2 in after
1.8 in an
1.3 in and
1.6 in any
-1.2 in april
-1.2 in contact
1.8 in durban
-1.2 in each
1.5 in eighteen
3.2 in eleven
-1.6 in february
-1.2 in five
-1.6 in front
1.5 in gothenburg
2.9 in half
3.4 in his
2.1 in house
-1.4 in it
1.3 in its
-1.2 in january
-1.2 in leeds
-1.2 in march
-1.4 in more
1.5 in our
2.9 in shenzhen
-1.7 in that
1.8 in three
1.5 in time
2.7 in twenty
2.1 in under
-1.7 in well
1.8 in with
-1.7 in working
2.9 in years
3.2 inbox is
1.1 including
1.3 including a
1.4 including the
1.5 indeed
-1.8 indefinitely
-1.6 indication
-1.4 indication of
3.2 industry
-1.2 information
1.8 infrastructure
-1.2 injury
1.4 instead
1.8 institute
2.1 institution
-1.2 insurance
-1.7 interest
-2.0 interest in
-2.3 interest of
-1.2 interested especially
-1.2 internal applicant
-1.7 internal candidate
-1.4 interview at
3.2 interview can
-1.2 interview fell
-1.2 interview i
1.6 interview of
-1.2 interview or
-1.7 interview so
-2.3 interview was
2.9 interviewed by
1.4 interviewed on
-1.6 interviewer
1.5 interviewers
-1.2 into account
1.5 introduce
-1.2 involved
-1.6 involves
-1.2 is all
-1.4 is an
-1.2 is back
1.5 is below
3.2 is brief
-1.6 is doing
-1.4 is exactly
3.2 is fairly
1.5 is full
-1.4 is happy
2.9 is impressive
1.6 is in
-1.2 is likely
2.9 is more
2.9 is mostly
-1.2 is moving
-2.3 is my
1.8 is no
-1.4 is on
1.5 is only
1.5 is out
3.2 is pitched
-2.1 is possible
3.2 is probably
3.2 is rather
1.3 is that
-1.8 is there
-1.4 is up
-1.4 is valid
1.8 isn't often
1.5 isn't really
-1.4 isn't the
3.2 issues
-1.6 it a
1.5 it against
-1.4 it be
1.5 it became
-1.2 it before
2.9 it better
-1.2 it confirmed
-1.6 it does
1.5 it first
-1.4 it had
-1.4 it if
-2.2 it might
1.5 it plainly
2.9 it properly
1.8 it says
1.6 it seems
-2.2 it sounds
-1.2 it support
1.3 it the
1.5 it too
-1.2 it took
-1.8 it wasn't
1.2 it went
1.6 it will
-1.2 it with
-1.8 it would
1.1 it's a
1.8 it's fair
-1.4 it's hard
1.6 it's rare
-1.2 it's something
-1.6 it's useful
1.5 its best
2.9 job for
-1.6 job is
2.9 job so
2.1 job talk
-1.2 join a
-1.7 joined
-1.4 joins
-1.2 joins you
1.8 joke
-1.4 judge
1.5 judgement
-1.2 july
-1.2 june and
-1.2 junior accountant
-1.2 junior copywriter
2.3 just been
1.1 just checking
-1.4 just let
-1.2 just like
-1.2 just rather
2.1 just say
2.9 kaya
1.5 keen so
1.5 keen that
-1.4 keener to
1.5 keep asking
-1.6 keep following
2.9 keep looking
-1.6 keep that
-1.4 keep the
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
1.5 kindly update
3.4 knew
-1.4 know by
1.5 know from
1.5 know i
-1.8 know i'm
-2.0 know i've
-1.1 know that
3.2 know these
-1.2 know this
1.5 know when
-2.3 know whether
1.9 know you
1.5 known
-1.2 lab and
-1.2 lab technician
-1.4 labs
1.6 lads
1.8 lagos
1.5 lamp
2.9 land
3.2 land on
1.5 landlord i'll
1.3 lane
-1.2 lang
-1.2 language
1.5 largely because
3.8 larger
2.9 larger than
2.3 largest
-1.4 last <n>
1.8 last company
1.6 last five
-1.6 last friday
2.9 last night
-1.4 last role
-1.2 last six
1.2 last spoke
1.2 last spring
-1.2 last two
-1.6 late and
-1.1 later
-1.2 later in
-1.2 later this
1.1 launch
2.1 launched
1.6 layout
1.3 lead the
1.2 leadership
-1.2 leading
-1.4 leads
1.8 league
3.2 lean
2.9 lean on
1.8 learn a
-1.2 learn from
-1.7 learn the
-1.1 learned a
2.9 learners
-1.6 learning how
-1.2 learnt
-1.2 learnt a
-1.4 least
-1.2 least sure
1.5 leave them
1.3 leave you
-1.2 leaves
1.1 led
1.8 led a
-1.7 left a
-2.1 left even
2.9 left feeling
1.5 legend
-1.4 length
2.3 let the
2.9 let's
2.9 let's be
-1.6 letter about
1.6 level
-2.0 level <n>
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
2.2 like me
3.2 like mine
-1.4 like someone
1.6 like that
1.8 like yours
1.3 liked hearing
1.5 liked my
-1.7 liked the
1.6 liked what
2.1 liked your
-1.4 limited
-1.2 limits
2.9 lindqvist
-1.4 line about
1.8 line and
-1.2 line on
1.3 lisbon
1.5 list
1.2 list and
-1.2 little sad
1.5 live up
3.2 lobby
-1.4 localisation
-1.6 log
1.5 logistics as
-1.2 long process
-1.2 longer than
1.5 look like
-2.2 looked at
-1.4 looking at
1.1 looking forward
1.4 looks
3.2 loop
-1.4 lose
-2.2 lot about
-1.4 lot for
-1.8 lot to
1.3 loved how
1.1 lovely
1.7 lovely to
1.8 low
1.5 lowest
1.7 lucky
3.2 machine
2.9 mad
1.6 madam
1.6 made a
-1.1 made it
2.9 made your
-2.0 mail
-1.2 mail and
-1.2 main
-1.3 maintenance
2.3 major
-1.2 make my
1.8 make your
-1.4 makes complete
1.1 managed
1.8 manager at
1.5 manager in
1.8 manager job
1.5 manager there
2.7 managers
3.2 managers for
1.6 managing
1.8 manila
1.4 many
2.5 many of
2.1 many people
2.1 many times
1.5 marcus
2.9 margin
1.1 market
2.9 market for
3.2 market values
1.5 marketing assistant
1.8 master
2.3 master's
2.1 matched
-1.2 maths
-1.4 may and
1.5 may have
-1.7 may i
2.9 may know
-1.2 may require
-1.1 me a
-1.3 me about
3.2 me after
2.1 me again
2.2 me as
2.9 me better
1.2 me but
1.4 me by
-1.4 me during
-2.5 me even
1.8 me from
1.6 me go
1.5 me i
1.5 me i'll
2.9 me i'm
1.8 me if
2.1 me is
3.4 me my
-1.4 me off
1.5 me saying
1.3 me the
-1.4 me today
-1.4 me understand
3.9 me up
3.2 me when
-1.2 me where
3.2 me wherever
1.8 me which
2.9 me will
-2.3 me with
-1.6 me wonder
-2.3 mean
-1.7 mean a
-1.1 meantime
-1.4 mechanical
2.6 meet a
1.2 meet you
2.9 meeting other
-1.2 meeting the
-1.2 meeting your
-1.8 meets
-2.2 member
-1.4 member of
-1.2 mention because
3.5 mention only
-1.2 mentioned at
-1.7 mentioned in
2.1 mentioned is
-1.2 mentioned my
-1.6 mentioned was
-1.4 mentions
1.6 mentor
3.2 mess
-3.3 message
-1.7 message about
-2.2 message and
1.5 messy
-1.2 middle
1.5 midwest
-1.2 millbrook
1.1 million
1.5 mills
1.2 mine
1.6 mine is
1.2 mining
1.8 ministry
1.5 ministry has
-1.6 minutes
-1.8 minutes at
-1.4 minutes to
1.5 miss out
1.4 missed
3.2 missed a
1.6 missing
2.9 mission
2.9 mix of
-1.4 mixed
1.8 modest
-1.2 modules
-1.2 moisture
1.5 moment and
1.1 monday for
3.2 month alone
-1.1 month end
-1.2 month notice
-1.2 month since
-1.1 month so
-1.6 more certain
2.3 more convinced
-1.2 more excited
1.3 more from
-2.5 more interested
2.1 more like
-1.1 more of
-1.2 more on
2.5 more or
2.9 more people
1.5 more to
-1.2 morning i
-1.6 mornings
1.9 most experienced
2.9 most gifted
3.7 most people
-1.2 most want
-1.7 mostly by
-1.2 moved between
-1.2 moved on
-1.2 moving from
-1.6 moving to
-1.7 much about
-1.4 much hoping
-1.8 much i'd
3.4 much larger
-1.7 much prefer
2.9 multinational
-1.2 museum
-1.7 my answer
-1.2 my availability
3.2 my batch
2.9 my branch
2.9 my calibre
-1.6 my candidature
2.9 my clients
3.4 my colleagues
2.9 my company's
-1.8 my congratulations
-1.4 my contract
2.9 my depth
3.2 my director
-1.2 my email
-2.7 my family
1.5 my favourite
2.9 my feet
-1.2 my final
1.2 my former
-1.2 my graduate
-1.2 my lease
2.4 my level
1.6 my linkedin
1.5 my list
3.2 my mentor
-1.2 my mind
2.9 my mix
2.1 my number
2.4 my old
1.5 my only
1.3 my own
-2.1 my part
2.9 my peers
1.5 my position
-1.2 my preference
1.3 my previous
2.1 my qualifications
3.2 my real
3.5 my record
2.9 my results
-1.2 my safety
1.5 my site
-1.4 my situation
2.9 my skills
1.2 my team
3.8 my track
1.8 my uncle
3.2 my uncle's
2.9 my very
1.3 my wife
1.8 nairobi
1.4 name
1.8 name and
2.1 name on
4.1 named
3.4 named the
2.2 names
3.2 names on
4.1 national
1.8 natural
-1.8 naturally
1.6 near
1.3 near the
-1.2 need it
1.5 need someone
1.6 needed to
1.8 needs a
1.6 never
2.9 never been
3.2 never had
3.7 never once
1.5 new team
-1.2 next few
-1.2 next interview
-2.2 next week
2.1 nice
3.2 nice problem
-1.1 night shift
-1.2 night shifts
1.5 nine years
1.6 ninety days
-1.2 no by
1.6 no doubt
1.7 no hard
1.5 no harm
1.5 no hurry
3.2 no other
-1.4 no pressure
-1.2 no rush
1.5 no wish
4.1 nobody else
1.5 nobody has
3.2 nobody in
3.5 none
-1.2 noon
1.3 noor
2.9 north west
1.5 northgate
-1.6 not asking
-1.6 not be
-1.2 not been
-1.4 not every
2.9 not everyone
3.2 not find
-1.2 not fully
-1.4 not heard
3.5 not many
1.5 not one
-1.2 note and
1.5 note of
1.4 note that
-1.2 notes from
1.5 notes on
-1.5 nothing
-2.3 notice period
-1.4 noticed the
1.5 noticing that
-2.1 november
-1.8 now been
2.1 now have
1.5 now is
-1.2 now than
1.5 now used
1.4 nurses
1.3 observed
2.3 obvious
-1.2 obviously
-1.1 october
-1.4 odd
-1.2 of about
2.9 of anyone
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
1.6 of people
1.8 of role
3.2 of senior
1.8 of their
1.7 of them
1.8 of these
1.8 of two
-1.1 of us
1.5 of what
-1.8 off the
3.2 off your
-1.4 offer elsewhere
1.8 offer in
-1.2 offer is
3.2 offered the
2.8 offers
2.9 offers from
3.2 offers on
1.6 office manager
-1.2 officer interview
-1.2 officer role
-1.2 offs
-1.6 offshore
2.3 often
2.9 often a
2.9 often get
1.4 old
3.2 old boss
-1.4 on and
-1.2 on any
1.8 on board
1.5 on but
2.3 on day
-2.2 on hold
-1.6 on how
-2.1 on linkedin
-1.2 on our
1.6 on their
1.5 on ward
-2.5 on where
2.9 once been
3.4 once i'm
2.9 once missed
1.5 once that
-1.2 once the
2.9 once told
2.9 once you
-1.2 one line
-1.4 one month
1.5 one offer
1.4 one on
-1.2 one other
-1.2 one piece
-1.2 one practical
-1.8 one small
2.1 one that
-1.8 one way
1.5 one we
1.8 one who
3.2 one you
-1.2 online
3.4 only applicant
2.9 only got
1.4 only mention
2.2 only one
-1.2 open i
-1.4 opening in
-1.9 openings
-2.2 openings in
1.2 operation
-1.7 operations analyst
1.8 operations lead
1.5 ops
1.2 options
1.3 or another
1.5 or elsewhere
2.5 or less
-2.0 or no
-1.1 or the
-1.2 or whether
-1.8 organisation and
1.8 organisations
-1.4 organised day
2.5 other applicants
2.1 other candidates
3.5 other firms
-1.2 other interviews
2.9 other names
1.4 other people
-1.4 other roles
2.1 other way
1.5 other's
2.9 others
-1.4 otherwise i
-1.7 our call
-1.4 our meeting
1.5 our office
-2.7 our paths
-1.8 our talk
1.5 out as
2.9 out my
1.1 out that
1.5 outage
-1.7 outcome
-1.4 outcome and
-1.2 outcome but
-2.2 outcome for
1.5 outcome i
-1.6 outcome of
-1.2 outlined
3.4 outshone
3.4 outshone the
-1.1 over a
-1.2 over my
-1.2 over shift
-1.2 over that
-1.4 over time
-2.2 over two
3.2 overqualified
1.1 own
1.5 own time
3.9 own trumpet
-2.0 packaging
1.5 page two
1.6 paid
2.1 pair
2.1 pair of
-1.4 paired
-1.4 panel and
-1.6 panel gave
-2.0 panel had
-1.4 panel has
-1.2 panel meets
1.8 panel to
1.1 paper
1.3 papers
1.5 paperwork
2.9 parcelly
-1.6 parents
-1.8 part i
-1.1 particular
-1.4 particularly
-1.2 particularly in
-1.4 particularly on
1.8 partly
-1.2 passed my
1.3 passed on
-2.0 passed the
1.5 past my
-1.2 past the
-2.9 paths
-1.2 paths again
-2.6 paths cross
-2.5 patience
-1.7 patience with
-1.4 pay
-1.6 payable
-1.2 payment
-1.2 payroll manager
2.9 payroll system
-1.2 peak
2.9 peers
1.5 pellow
-1.2 pending
1.5 people
3.2 people applying
3.8 people at
3.2 people can
1.5 people gave
2.9 people have
1.2 people in
1.5 people on
2.9 people you
-2.0 per cent
2.5 perfect
3.2 perfect fit
1.3 perfectly
-2.7 period
-1.2 period is
2.9 person for
2.5 person in
3.2 person they've
2.6 person who
1.3 person you
1.8 perth
-2.1 pharmacy
-1.2 phone call
-1.2 phone for
3.2 phone hasn't
-1.4 phoning
1.5 picking
-1.2 picture myself
-1.2 piece of
1.8 pilbara
2.1 pitched
1.5 pitched at
-1.2 placed
-1.4 places
2.9 plain
-1.2 plan accordingly
1.9 plan for
-2.3 planner role
-1.2 planning
-1.6 planning my
-2.2 planning officer
-1.2 planning to
2.9 plant of
1.5 plc
-1.2 please accept
1.5 please note
1.5 pleasure meeting
1.5 plenty to
-1.4 point i
-1.2 pointers
-2.1 points
-1.2 policy adviser
3.2 polish
3.2 polish to
1.8 pool
1.5 pop in
-2.3 portal
-1.3 position and
-1.2 position but
-1.4 position has
-1.2 position remains
-1.1 position with
2.9 position yesterday
1.5 position you
-1.6 possibility
-1.4 possibility of
-1.3 possible
-1.7 possible to
-1.3 post and
1.8 post as
-1.8 post comes
-1.2 post has
2.9 post i'm
1.4 post of
-1.6 postdoctoral
-2.0 posting
1.3 pre
-1.2 prefer
-1.7 preference
-2.1 prepare
-1.7 prepared for
1.5 preparing for
1.5 presentation was
1.8 press
1.1 previous
1.8 price
1.5 pricing team
3.4 prize
1.5 probably
2.9 probably overqualified
2.1 problem with
1.8 problems
2.9 problems you
-1.6 process and
-1.2 process especially
-1.4 process for
2.1 process to
-1.2 process you
-1.6 processes
-1.2 processing
1.3 producer
-1.2 product analyst
3.2 product is
1.5 product manager
1.7 professor
-1.2 profile in
-2.0 programme and
1.5 programme manager
-1.6 programme officer
-1.2 programme you
1.7 promise
3.4 promise you
-1.8 promised
1.8 prototype
-1.4 provide references
2.3 proving
3.4 proving it
-1.1 public
-1.2 public sector
-1.2 pulled
-1.2 put a
3.4 put it
1.8 put together
-1.2 puzzle
1.6 qualifications
-1.2 quarterly
1.8 quarters
3.2 questions better
1.6 questions i
-1.6 quick call
1.5 quick heads
1.4 quick note
1.5 quick one
2.9 quickly i
1.5 quill
1.8 quota
2.9 quotes
1.6 raise
1.5 ran a
1.5 rang to
2.2 rare
3.5 rarely
3.2 rated
1.3 rather be
3.2 rather good
-1.7 rather have
-1.2 rather not
1.5 rating
-1.2 rd you
-1.6 re
-1.4 reach
-1.7 reach a
-1.2 reach me
-1.8 reached the
-1.4 reached you
1.8 ready
2.9 ready made
2.1 ready to
-1.2 real thanks
1.3 realised afterwards
-1.4 really appreciate
-1.4 really appreciated
-1.4 really helpful
-1.2 reapply
-1.4 reasonable
-1.4 reasons
1.2 rebuilt
1.6 rebuilt the
2.9 recap
-1.8 receive
-1.2 received
-1.2 received a
-1.8 received an
-1.2 received another
1.6 recently
2.6 reckon
2.9 reckon i'd
3.4 reckon you'll
3.2 recognise
3.9 recognised
2.1 record
2.9 record at
2.9 record like
-1.4 recorded
-1.7 records
-1.2 recovery
2.3 recruiters
-1.4 recruitment team
-2.2 reduced
-1.4 reduced the
2.9 reflected
2.9 reflected on
1.1 reflection
1.8 reflection i
1.3 reflection my
1.5 reflects my
-1.4 refurbishment
2.3 refused
3.2 refused to
2.9 regards to
2.2 region
2.9 regional bank
3.2 regional director
1.4 regional sales
-1.2 rejection
1.4 relaunch
-1.2 releases
-1.7 relevant
2.1 reliability
1.5 relief to
-1.3 remain interested
-1.7 remain keen
1.6 remember
2.9 remind
-1.4 remote
-1.4 renewed
1.5 rep
1.9 replace
3.4 replace me
-1.4 reply by
1.5 reply i
-1.2 reply this
-1.4 reported
-2.5 request
-1.8 request you
-2.2 requested
2.1 required
2.9 required from
1.3 requirement
1.1 rest of
1.5 restaurants
-1.2 restful
-1.2 restoration
1.5 restructuring
-1.3 result
1.8 results
2.9 results have
1.8 returns
-1.4 revert
1.8 reviews each
-1.4 revisit
1.5 rewriting
1.5 ridge
-1.4 rigging
2.9 right in
1.5 right now
3.8 rings
3.5 rings me
-2.0 role but
-1.2 role elsewhere
-1.2 role fits
1.8 role for
-2.2 role has
-1.8 role i
-1.6 role last
-1.3 role opens
-1.2 role so
-1.4 role than
1.5 role that
-1.2 role went
1.5 rooftop
1.8 rooms
-1.6 rose
-1.4 rose from
1.8 rostering
-1.6 rough
-1.5 roughly
-1.4 roughly a
-1.2 roughly when
-1.2 round for
-1.6 round interview
-1.6 round of
-1.2 round on
1.5 round to
1.8 round went
-1.2 route planning
3.2 row
1.6 run a
2.9 run and
1.5 run this
1.2 running
1.3 running a
-1.2 runs its
-1.6 rural
-1.2 rush your
-1.8 rushed
1.6 s i
-1.2 sad about
3.4 safe
1.8 said my
1.5 said she'd
-1.2 said so
1.2 said the
2.1 sake
3.2 sake of
1.1 salary
1.8 sales manager
1.6 sales role
-1.2 same approach
2.9 same day
1.8 same for
1.5 same standard
1.5 same thing
-1.6 sap
1.5 sat on
1.5 sat the
1.6 save
-2.2 saved
-2.0 saved us
1.5 savings
1.5 saw on
1.2 say
1.5 say about
1.4 say i
2.9 say i'd
1.8 say it
2.9 say nobody
1.2 say that
1.4 say the
3.2 say they've
2.3 say this
1.5 say with
1.8 says
3.2 says i'm
3.7 says something
-1.2 scanners
-1.6 scenario
1.5 scene
-1.4 schedules
-1.2 scheme and
1.2 schools
-1.4 scientist
1.2 scope
-1.2 score
1.3 scoring
1.8 scratch
-1.4 screening
-1.4 sea
-1.6 seasonal
1.8 seat
-1.2 second half
-2.1 second interview
-1.2 second time
-1.4 seconds
2.9 see a
2.9 see for
1.8 see it
1.8 see that
3.2 see this
1.8 see what
3.2 seeing a
1.5 seeing as
1.6 seem
1.5 seem to
1.2 seen
2.9 seen all
-1.8 send a
1.1 senior
1.5 senior copywriter
2.9 senior management
-1.2 senior planning
3.4 senior role
2.9 seniority
-1.2 sense that
-1.3 sent
-1.2 sent in
-1.4 sentence
-1.2 september and
1.5 server
-1.6 sessions
1.5 set the
-1.2 settled on
-2.0 settles
-1.8 settles in
1.8 seven years
-1.2 several good
1.2 shape
1.5 shape but
-1.4 share a
-1.2 share an
-2.0 share any
-1.2 share before
-1.2 share i'd
-1.2 share it
1.8 share my
-1.4 share what
-1.2 share where
1.5 share with
1.4 she
3.7 she had
2.9 she has
2.3 she'd
-1.2 sheet
2.9 shenzhen
1.5 shipped
-1.3 short
-1.6 short update
2.1 shortlist
1.5 shortlist was
3.2 shortlist will
2.5 shortlisted
3.2 shortlisted for
-2.4 should have
1.5 should probably
1.5 should tell
1.3 shouldn't
-1.8 show me
-1.2 show that
1.5 show the
1.5 showed you
-1.4 shown
-1.4 shows how
-1.4 side is
2.9 sideways
1.2 signed
-1.8 silence
-1.2 similar comes
-1.6 similar post
-2.0 similar role
-1.4 similar roles
-1.7 similar with
2.9 simply can't
-1.6 simply wanted
1.5 since <n>
1.5 since been
1.4 since i
2.9 since i've
2.9 since so
-1.7 since then
-1.2 sincerely for
1.5 singapore
2.0 single
2.9 single failed
3.4 single handedly
1.3 sir
-1.2 sir for
1.8 sir i
1.5 site for
1.5 site manager
-1.4 site visit
1.5 sites and
-1.7 sitting
-2.1 situation
-1.8 six weeks
2.6 size
2.9 size doesn't
1.8 sketching
2.9 sketching out
2.1 slightly
3.2 slip
-2.1 slot
-1.4 small team
2.9 smashed
1.3 smile
3.2 snap
3.2 snap me
-1.6 so before
-1.2 so clearly
3.5 so do
-1.2 so here
-2.4 so if
2.9 so let
1.5 so smoothly
-1.4 so thank
1.8 so this
2.1 so well
-2.0 soil
1.5 sole
3.2 solved
-2.1 some point
3.2 some way
-1.7 someone else
3.2 someone like
1.6 someone who
2.4 someone with
1.8 something about
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
-2.4 sorry to
2.7 sort
3.5 sort of
1.8 sort out
-1.4 sorted
2.1 sound
3.2 sound arrogant
-1.4 sounded
1.5 sourdough
2.9 speak for
-1.1 speaking with
3.2 speaks for
-1.1 specialist
-1.2 specialist position
-1.2 specialist role
-1.7 specific
-1.4 spent most
-1.8 spent the
-1.2 spent two
-1.1 spent with
-2.2 spoke on
-1.2 spoken
3.4 spotted
-1.2 spring campaign
1.8 spring i
2.9 st brendan's
1.3 st columba's
-1.2 stage with
-2.4 stages
-1.2 stages and
1.5 stakeholder management
1.6 standard
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
-1.2 stays
2.9 step ahead
1.9 step down
1.5 step for
1.2 stepping
2.9 still calls
1.5 still hasn't
1.5 still have
-1.7 still in
-1.4 still interested
-1.7 still love
-1.7 still my
-1.4 still open
3.8 still rings
-1.2 still think
-1.2 still waiting
-1.4 still want
-1.2 still welcome
1.8 stood
2.9 stood out
1.5 stopped me
1.2 story
1.5 story about
1.5 storyboard
-1.2 straight answer
2.9 straight years
1.5 strategic
-1.4 strategist
-1.4 strategist role
1.5 strategy
1.5 strategy associate
-1.6 strengthen
-1.6 stronger
2.5 strongest
2.9 strongest of
2.2 struggle
2.6 struggle to
1.8 struggled
1.6 struggled with
-1.4 stuck
1.6 student
2.9 student in
-1.2 subject follow
-1.6 subject following
-1.7 subject re
1.5 submission
-1.8 success manager
3.2 suggest you
-2.0 suggested
-1.2 suits the
3.4 summit
1.5 superintendent
-1.8 supervisor position
-1.6 supply planner
1.8 support the
-1.7 supporting
1.8 suppose
1.5 suppose i
2.9 suppose that
2.3 sure i
2.9 sure i'll
-1.7 sure it
1.5 sure something
-1.2 sure what
1.4 sure you'll
1.3 surely
1.9 surprised
1.5 surprised given
3.2 surprised if
3.4 surprised the
-2.2 survey
2.3 suspect
2.9 suspect i'll
1.8 suspect it
1.8 suspect the
1.3 suspect you
2.9 suspect you'll
3.5 suspect your
-1.4 sustainability
1.5 t
2.9 table to
1.5 table which
3.2 take one
1.4 take this
2.9 taken a
-1.3 takes
2.9 talented
-1.8 talk through
1.5 talk to
-1.6 talk with
-1.4 talking with
-1.2 talks
2.3 target
1.3 target in
1.5 targets
-1.2 tasting menu
2.9 taught in
-1.4 taught me
1.2 tax
1.3 teach the
2.1 teacher
2.3 team a
2.9 team behind
-1.2 team effort
-1.4 team hoped
-2.2 team i
1.6 team lead
-1.7 team of
3.2 team the
1.2 team was
-1.4 team well
2.9 team will
1.5 technical interview
-1.6 technician position
-2.1 technician role
3.4 tell from
1.9 tell you
-1.2 telling you
1.4 tells
2.1 tells you
-1.8 template
1.5 ten times
1.8 ten years
3.1 tend
3.1 tend to
1.5 tender
2.9 tends
2.9 tends to
1.1 territory
1.5 territory by
-1.6 test and
1.4 test was
-1.4 testing
-1.4 th and
-2.0 th so
3.4 than anyone
1.2 than ever
1.1 than i
3.2 than i've
-1.2 than keep
2.8 than most
-1.4 than my
2.9 than once
1.4 than one
2.9 than what
-1.6 than when
2.3 than yours
1.8 thank mr
-2.1 thankful
-1.7 thankful for
1.5 thanking
1.5 thanking you
-1.4 thanks heaps
2.9 that around
1.3 that as
1.9 that comes
-1.4 that date
3.2 that depth
1.8 that for
-1.2 that gap
-1.4 that had
1.3 that i'd
-1.2 that into
-1.5 that it
-1.6 that it's
3.2 that level
-1.2 that matters
-1.2 that might
1.6 that most
1.5 that my
2.3 that no
2.9 that once
3.2 that problem
3.4 that same
1.5 that says
-1.7 that time
1.3 that to
2.9 that went
1.5 that when
1.3 that with
3.2 that won
-1.8 that work
-1.8 that's the
-1.2 the advert
2.9 the age
-1.6 the analytics
-1.4 the appointment
-1.4 the area
-1.2 the assessors
-1.1 the assistant
1.8 the attention
1.5 the bakery
3.4 the bar
1.1 the best
-1.2 the better
3.5 the big
2.1 the biggest
-1.2 the boats
2.9 the bonus
2.9 the bottom
-1.2 the budgeting
-1.2 the bus
1.5 the candidates
-1.2 the careers
-1.4 the certificate
1.9 the chat
2.9 the chief
2.6 the choice
-1.2 the claims
2.5 the client
-1.2 the co
-1.4 the coming
-1.2 the committee's
-2.0 the commute
2.9 the competency
-1.6 the consultation
-2.1 the conversations
1.5 the cooperative
1.4 the county
1.6 the county's
1.8 the course
-1.6 the customs
-1.8 the date
-1.2 the deckhand
1.8 the delay
-1.4 the desk
1.5 the development
2.9 the difference
2.1 the director
-1.2 the distribution
-1.4 the earliest
3.2 the easiest
-1.4 the email
1.5 the engineering
1.5 the enterprise
1.3 the estate
-1.2 the evening
-1.2 the exercise
1.6 the expansion
-1.6 the experience
1.3 the fact
2.1 the farm
2.9 the fastest
2.9 the fee
-1.7 the figure
3.5 the finest
1.5 the five
-1.4 the flood
-1.7 the food
-1.2 the forklift
-1.2 the four
-1.8 the future
-1.8 the grants
1.9 the ground
2.9 the halden
-1.4 the handover
2.3 the hardest
-1.2 the harvest
-1.2 the helpful
4.0 the highest
-1.2 the highlight
-1.7 the hire
-1.8 the housing
3.2 the ideal
2.6 the industry
-2.3 the interest
-1.2 the interviewer
1.5 the interviewers
-1.7 the inventory
-1.2 the it
-1.1 the junior
-1.3 the lab
1.5 the lack
1.5 the lads
1.5 the lamp
2.3 the largest
1.5 the late
1.2 the launch
2.1 the lead
-1.4 the leeds
1.5 the liberty
-1.4 the library
-1.6 the line
-1.2 the link
1.2 the list
2.9 the lobby
-1.2 the logistics
2.9 the machine
1.3 the market
-1.1 the meantime
-1.2 the middle
1.5 the midlands
1.5 the midwest
-1.4 the migration
-1.4 the mine
1.5 the mining
2.3 the ministry
2.9 the mission
-1.2 the mix
-1.4 the monthly
1.5 the most
2.1 the name
3.5 the national
1.5 the newer
-1.1 the news
-2.0 the number
1.5 the nurses
2.9 the only
2.9 the operation
-1.2 the organisation
1.5 the other
4.1 the others
-1.5 the outcome
-1.2 the packaging
3.4 the paperwork
-1.2 the patience
1.7 the people
3.2 the perfect
1.1 the person
-1.4 the pharmacy
1.8 the pilbara
1.5 the podcast
-1.2 the policy
2.9 the pool
-1.2 the possibility
-1.4 the postdoctoral
-1.6 the posting
-1.4 the practical
2.9 the pre
1.5 the previous
1.6 the problems
-1.4 the process
-1.4 the quick
-1.2 the range
-1.2 the real
3.2 the region
-1.2 the research
-2.0 the result
1.5 the returns
-1.2 the rollout
2.9 the rostering
-1.4 the running
3.2 the sake
2.9 the scale
-1.1 the search
1.5 the seat
-1.6 the selection
-1.7 the service
1.3 the shortlist
-1.2 the silence
3.2 the slow
-1.2 the small
-1.2 the soil
1.5 the sole
3.5 the sort
-1.8 the sous
1.5 the south
-1.2 the split
-1.4 the start
2.3 the state
-1.6 the stock
1.8 the strategy
2.9 the strongest
-1.2 the successful
-2.5 the summer
1.3 the support
-1.2 the sustainability
2.9 the systems
1.8 the tax
-1.6 the teaching
1.5 the terminal
-2.2 the test
1.5 the ticketing
2.1 the top
-1.2 the track
-1.2 the trade
-1.4 the train
-1.6 the trainee
2.9 the turnaround
1.3 the usual
1.5 the valley
1.8 the very
-1.6 the video
-2.1 the volunteer
1.5 the weakness
1.2 the whole
-1.1 the workshop
-1.7 the written
1.9 the year
2.9 the youngest
2.1 theatre
1.2 their
1.8 their own
-1.2 them for
2.9 them have
-1.2 them next
1.3 them to
2.9 them will
1.9 themselves
-1.6 then
-1.6 then i
-1.2 then i'd
-1.1 there any
-1.6 there anything
-1.8 there was
-2.0 there's no
1.2 these things
1.3 they can
1.5 they can't
1.5 they had
-1.2 they have
-1.2 they made
1.5 they said
2.9 they show
2.9 they'd
2.9 they'd had
3.2 they'd seen
1.6 they're
1.3 they've
3.2 they've ever
-1.4 things are
1.5 things i
2.1 things take
-1.2 things to
1.3 think
2.1 think i'd
3.7 think i'm
1.4 think it
1.3 think it's
-1.6 think of
2.9 think says
1.8 think that
1.8 think they
2.2 think we
1.8 think you
3.5 think you'd
3.9 think you'll
1.5 think you've
3.2 think your
2.9 thinking to
1.5 this i
2.9 this industry
3.4 this kind
1.4 this position
3.4 this post
1.1 this role
2.3 this size
-1.1 this time
1.3 this will
1.5 thoroughly
1.1 though
1.2 though i
1.5 though i'd
1.5 though in
-1.4 though that
-1.4 thought i've
1.5 thought that
-1.7 thought you
2.9 thought you'd
-1.2 thoughtful questions
-1.2 thoughts
-1.2 thoughts on
2.1 thousand
-1.2 three different
-1.6 three interviews
2.3 three of
2.9 three offers
3.2 three other
-2.5 three weeks
1.4 thrilled
1.4 thrilled to
-1.2 through in
-1.6 through my
-1.2 throughout the
-1.6 thursday <n>
-1.4 thursday at
1.5 ticket in
1.5 ticketing
-2.1 tickets
-1.2 time during
1.5 time i've
2.9 time round
-1.2 time running
1.5 time with
-1.2 time your
-1.2 timeline i
2.9 times at
1.3 timetable
1.2 title
1.5 titles
-1.1 to <n>
1.8 to admit
-1.4 to an
-3.2 to apply
1.5 to assume
3.5 to being
3.8 to blow
3.4 to boast
3.2 to brag
-1.8 to build
-1.6 to change
1.3 to choose
1.8 to compare
-2.3 to contribute
-1.2 to correct
-1.7 to date
1.5 to day
-1.2 to describe
1.5 to enquire
2.1 to find
-1.2 to five
-1.2 to fortnightly
3.2 to has
3.5 to hire
-1.2 to home
-1.7 to improve
-1.7 to it
2.9 to land
1.8 to lead
1.5 to live
2.3 to match
1.5 to name
3.2 to only
-1.2 to other
-1.6 to pass
-1.2 to picture
-2.2 to plan
1.5 to pop
-1.2 to prepare
3.4 to proving
-2.2 to reach
-2.1 to read
3.4 to replace
-1.7 to reply
-1.2 to revisit
-1.6 to run
-1.7 to rush
3.2 to snap
-1.8 to someone
3.0 to sound
1.5 to step
1.4 to think
2.9 to tom
-1.1 to try
-1.6 to use
-1.1 to wait
-2.1 to whoever
2.9 to win
2.3 to write
-1.2 together and
2.1 together on
-1.4 told i
3.2 told i'm
2.9 told is
1.4 told me
2.3 told the
1.2 tom
1.5 tomasz
-2.0 tomorrow
-1.7 too much
-1.2 tool
2.1 top
2.7 top of
3.4 topped
3.2 topped the
-1.2 touch and
1.5 touch as
1.4 touched
-1.2 tough one
1.8 tour and
2.9 tour i
-1.4 towards
1.5 track
4.0 track record
1.5 tracking
1.3 trained
2.9 trained half
1.5 trainee position
-1.2 training as
-1.2 translation
-1.6 travelled
-1.2 treatment
3.2 tricks
-1.2 trouble you
-1.4 true
1.7 truly
3.9 trumpet
3.9 trumpet but
1.2 trust the
-1.2 try again
-1.7 try something
3.4 try to
1.5 tuas
-2.0 tuesday to
2.6 turnaround
2.9 turned around
2.9 turned the
1.5 twelve months
1.2 twenty
-1.8 twenty minutes
2.9 twenty two
2.7 twenty years
3.2 twice the
2.9 two approaches
-1.1 two days
-1.2 two emails
-1.2 two hours
-2.0 two interviews
2.9 two offers
1.2 two other
1.8 two quarters
1.5 type
1.8 uncle
2.9 uncle who
3.2 uncle's
3.5 under budget
-1.4 underground
-1.2 understand and
-2.0 understand if
-1.7 understand that
-1.4 understand what
1.5 understood the
3.2 unheard
3.2 unheard of
-1.2 union
1.6 units
2.9 universities
1.1 university
-1.4 unless
-1.2 unless i
-1.4 unpaid
-1.1 until
-2.4 until <n>
3.4 unusual
-1.1 up a
1.8 up by
-1.2 up once
-1.4 up quickly
1.5 up rather
-1.2 update from
1.6 update i've
1.5 update me
-1.2 update when
-1.2 update would
-1.4 updated timeline
-1.2 uploaded
-1.2 us a
-1.2 use and
-1.2 use it
2.3 used to
-1.2 useful for
2.3 usually
-1.4 vacancy at
1.5 vacancy you
-1.8 valid
-1.7 valid until
1.5 valuable
-1.2 value
-1.6 value any
1.5 valued the
1.2 values
-1.2 verbal
-1.2 verbal offer
-1.8 version
-1.2 very concrete
3.5 very few
3.2 very first
-1.5 very glad
1.6 very good
-1.4 very helpful
1.5 very motivated
-1.4 very welcome
-1.4 veterinary
-1.3 video
-1.8 video interview
-2.4 visa
-1.8 visits
-1.4 voicemail
-1.6 volume
-1.2 volume you
-1.6 volunteer
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
-1.7 warehouse supervisor
-1.7 was about
-1.4 was actually
-1.4 was asked
1.5 was at
-1.2 was encouraged
2.9 was especially
-1.2 was generous
-1.4 was given
-1.2 was grateful
1.2 was great
-1.2 was helpful
-1.6 was hoping
-1.2 was impressed
-2.2 was kind
2.9 was looking
1.9 was lovely
-1.2 was made
1.5 was moved
3.2 was named
-1.4 was never
-2.2 was one
-1.7 was pleased
2.9 was probably
-1.6 was really
3.2 was recently
-1.6 was sorry
1.2 was surprised
1.4 was the
-2.1 was told
3.2 wasted
-1.8 way or
1.6 way round
-1.4 way your
4.0 we both
-1.2 we didn't
1.2 we last
-1.4 we reduced
-1.6 we used
1.3 we'll
1.5 we'll be
2.6 weakness
3.2 weakness is
1.2 weaknesses
-1.7 website
-1.1 week so
-1.2 week that
1.5 week though
-1.2 week to
2.1 week with
-1.2 weeks
-2.2 weeks and
-1.6 weeks of
-2.5 weeks since
-1.4 weeks to
2.9 weigh
-1.4 welcome
-1.4 welcome a
-2.0 welcome any
-1.1 welcome hearing
1.5 well before
1.3 well below
-2.1 well i
3.2 well i'd
3.2 well now
-1.6 well organised
1.2 well run
-2.0 well with
3.2 went about
-2.0 went to
1.3 went well
1.5 were very
2.1 west
1.2 what a
1.4 what i'd
2.1 what i'm
1.8 what i've
1.8 what is
1.1 what it's
1.5 what my
1.3 what they
-1.2 what worked
1.1 what you
2.9 what you'd
1.5 what you're
1.5 what's holding
1.5 whatever the
-1.2 when convenient
2.1 when they
-1.4 when two
2.8 whenever
2.1 whenever suits
2.9 where to
2.3 wherever
3.4 wherever i
-1.1 whether
-1.6 whether a
-1.2 whether i
-1.8 whether i'm
-1.2 whether it
-1.5 whether the
3.2 which came
1.5 which frees
1.8 which i'll
-1.2 which made
-1.4 which of
-1.4 while i'm
1.5 while it's
1.5 whiteboard exercise
1.7 who
2.1 who can
2.9 who clearly
2.1 who could
3.5 who has
2.8 who have
1.5 who knows
2.9 who ran
3.2 who was
1.5 who will
-1.4 whoever joins
2.1 whoever you
1.1 whole
2.9 whole of
-1.5 why i
1.5 wide
1.3 wife
2.1 will agree
1.5 will appreciate
3.2 will come
1.8 will find
1.5 will have
-1.2 will need
3.2 will see
1.5 will soon
3.5 will tell
-1.2 will understand
-2.2 willing
-2.0 willing to
1.8 win
-1.2 wind
-1.2 window
-2.6 wish the
1.1 wish to
1.8 with all
-2.2 with another
2.9 with due
1.5 with fifteen
3.2 with in
-1.2 with interest
-1.7 with it
-1.2 with no
1.2 with respect
1.8 with some
2.9 with three
1.9 withdraw as
-2.0 withdraw from
-1.2 withdraw my
1.1 within a
1.5 within an
1.4 without a
-1.2 without losing
3.5 without me
1.8 without the
3.9 won
2.9 won't have
-1.6 wondered
-1.4 wondered whether
1.5 words from
-1.4 work hard
-1.4 work i
-1.4 work on
-1.2 work we
-1.1 work you
2.9 worked alongside
-1.2 worked on
1.4 worked with
-1.4 working at
-1.7 working days
-1.1 working on
-1.4 working through
3.2 working together
-1.4 workshop
-1.2 workshop on
1.5 worth i
1.6 worth the
-2.6 would appreciate
1.5 would bring
1.5 would expect
-1.2 would genuinely
-1.7 would hear
-1.2 would help
-1.4 would it
-2.0 would mean
-1.4 would most
-1.7 would much
-1.7 would need
-1.7 would prefer
-1.6 would rather
1.5 would say
1.5 would tell
-1.4 would value
-1.2 would welcome
-1.8 would you
1.5 wouldn't have
1.4 write to
-2.6 writing about
-1.4 writing again
-1.4 writing regarding
-1.6 writing sample
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
1.9 years at
4.1 years running
2.9 years which
-2.3 yes
-2.2 yes or
-2.1 you about
1.3 you as
-1.6 you at
-1.8 you be
-2.2 you by
-1.6 you confirm
-1.7 you expect
-2.0 you gave
2.9 you hire
2.9 you how
-2.5 you if
1.2 you in
-1.4 you informed
2.3 you kindly
-2.6 you let
1.5 you listed
1.8 you make
3.2 you meet
1.5 you met
-1.4 you on
-1.2 you outlined
1.5 you picked
-1.2 you requested
2.3 you saw
3.2 you see
-1.2 you sincerely
1.5 you soon
-1.2 you suggested
-1.7 you tell
1.5 you telling
1.7 you the
3.2 you though
-1.7 you told
-1.8 you took
2.3 you what
1.3 you will
3.4 you with
1.6 you won't
1.3 you would
1.7 you'd
3.1 you'd be
1.8 you'll
2.9 you'll agree
4.4 you'll find
2.3 you'll have
2.9 you'll meet
2.2 you'll see
-1.2 you'll think
-1.2 you'll understand
-1.7 you're able
1.5 you're aware
3.2 you're seeing
2.9 you've seen
2.1 young
2.9 youngest
-1.2 your agency
1.2 your board
-1.7 your call
-1.7 your careers
1.5 your chennai
1.5 your clinic
1.2 your colleague
1.2 your company
-1.2 your convenience
1.6 your department
-1.2 your email
-1.4 your end
-1.2 your file
3.5 your fleet
-1.4 your group
1.5 your head
1.6 your honesty
-1.2 your letter
3.8 your list
-1.6 your mail
-2.5 your message
1.7 your new
1.5 your night
-1.7 your note
1.5 your own
1.8 your partners
-1.6 your patience
-2.5 your planning
1.5 your post
3.2 your product
3.5 your questions
-2.2 your role
3.9 your shortlist
-1.8 your side
2.9 your size
1.5 your story
-1.4 your timeline
-1.2 your users
1.6 your warehouse
-1.4 your website
1.6 yours
1.8 yourself
3.8 yourselves
3.2 zero
2.9 zone
""",
)

PRESSURE = Reading(
    11.8,
    """\
-1.2 <n> <n>
1.3 <n> a
1.5 <n> days
1.3 <n> hours
-1.3 <n> july
-1.8 <n> november
-1.4 <n> of
-1.1 <n> over
-1.3 <n> per
-1.1 <n> percent
1.3 <n> pm
-1.1 <n> s
-2.9 <n> to
-1.6 a better
1.3 a big
1.3 a bother
2.4 a call
2.4 a candidate
1.3 a client
1.5 a company
3.7 a competitor
-1.1 a conversation
-1.6 a copy
2.1 a courtesy
1.4 a day
-1.3 a decade
-2.2 a different
1.3 a face
1.3 a final
1.3 a firm
1.6 a fortnight
-1.1 a further
1.8 a generous
1.6 a gentle
2.1 a huge
-1.1 a job
-1.1 a large
2.6 a line
3.2 a message
-1.1 a million
1.8 a minute
1.7 a month
-1.6 a more
2.3 a no
2.7 a note
1.8 a paid
1.1 a phone
1.8 a priority
-1.6 a project
1.1 a quick
1.8 a reminder
2.1 a reply
2.5 a response
3.7 a ring
-2.2 a role
1.3 a row
1.3 a school
-1.3 a sense
1.3 a shift
-1.3 a short
-1.7 a similar
1.6 a simple
-1.1 a small
-1.1 a standard
-1.8 a strong
-1.3 a suitable
-1.4 a surprise
-1.1 a three
1.8 a trial
1.8 a view
4.1 a voicemail
-1.4 a well
2.2 a word
4.2 a yes
-1.9 about <n>
-2.3 about future
-2.7 about how
-1.4 about it
1.3 about timing
-1.4 about two
-1.7 about what
-1.4 about your
-1.4 above
-1.4 absolutely
-1.3 absolutely fine
3.8 accept theirs
-2.5 accepted
-1.9 accepted a
3.5 accepting
2.4 accordingly
1.8 account director
-1.3 account manager
-1.1 account of
-1.1 acquisition
-1.1 across
-1.3 across three
-2.4 add
-1.1 add that
1.3 administrator
-1.1 admit it
1.3 advance
1.8 advance for
3.2 advertise
-1.1 advertised
3.2 advise
3.2 afford
3.2 afford to
1.9 afraid
-1.3 after <n>
-1.6 after my
1.1 after our
1.8 after such
1.9 afternoon and
2.1 afternoon to
2.1 again about
2.4 again at
3.2 again below
-1.4 again if
-1.8 again next
1.6 again on
1.6 again this
-1.1 again to
-1.3 again when
1.4 ago
-1.4 agreed to
1.8 ahead and
-1.4 ahead of
-1.4 aid
1.3 aircraft
3.2 all possible
-1.1 all right
-1.4 along the
1.3 already and
1.3 already been
4.1 already told
-1.3 alright
-1.3 also be
3.7 also sent
-1.3 also wanted
1.3 although after
-1.3 although i'm
-1.9 always
-1.6 am available
-1.6 am confident
-2.1 am disappointed
1.6 am following
-1.6 am grateful
-2.5 am happy
1.8 am in
-1.3 am now
3.5 am waiting
-1.3 among the
-1.1 an afternoon
1.8 an answer
2.6 an email
-1.2 an eye
-1.3 an hour
-1.3 an internal
1.8 an organisation
3.2 an unpaid
-1.4 an updated
-1.4 analysis
1.3 analyst interview
-1.1 analyst program
-1.8 analytics
3.8 and accept
2.4 and again
3.2 and another
-1.3 and can
3.2 and cannot
-1.8 and consideration
-1.7 and could
-1.1 and cut
2.1 and drove
1.8 and even
-1.2 and for
2.4 and frankly
-1.3 and he
1.5 and honestly
-1.6 and learned
2.1 and left
-2.1 and look
-1.3 and most
-2.4 and mr
1.3 and now
-1.1 and one
-1.1 and over
1.8 and priya
1.8 and quite
1.3 and really
3.2 and revert
1.3 and see
1.9 and since
1.9 and still
-1.8 and thank
-1.4 and that's
1.3 and then
-2.0 and they've
1.3 and this
1.8 and told
1.3 and travelled
-1.9 and wanted
-1.6 and we
-1.9 and wish
3.5 and withdraw
-1.3 another employer
2.0 another offer
-1.3 another position
2.6 another way
-1.4 answer any
2.7 answer before
3.2 answer from
1.3 answer in
1.3 answer is
1.8 answer than
2.1 answer within
-2.3 answered
-1.3 answering
-2.3 answers
1.3 any chance
1.3 any decision
-2.4 any feedback
-3.1 any further
-1.4 any more
-1.8 any other
-1.1 any sense
-1.9 any time
-1.5 any update
-1.1 anyone
-1.8 anyone else
3.2 anything by
-1.1 anything changes
-1.1 anything else
1.3 anything has
-1.1 anything more
3.2 anything so
1.3 anything that
1.6 anything you
3.2 anyway so
-1.1 apart
1.4 apologies
1.1 apologies for
-1.3 app
1.3 applicant and
-1.1 applicants
-1.1 applicants and
1.8 applicants with
2.1 application and
-1.1 application as
-1.2 application for
2.1 application has
-1.3 application was
-3.0 apply
-2.5 apply again
-1.1 appointed
-1.1 appointments
3.2 appreciate a
2.7 appreciate an
-1.3 appreciate any
1.7 appreciate hearing
1.5 appreciate your
-1.2 appreciated your
1.8 apprentice
-2.4 approach
-1.1 approval
-1.1 approvals
1.8 are a
3.2 are busy
1.8 are getting
3.2 are moving
1.9 are now
-1.3 are ready
-1.4 are required
-1.7 area
-1.4 around <n>
1.6 arrive
1.3 arrives
-1.3 article
-1.7 as an
1.1 as i
-1.7 as i'd
1.3 as i've
2.1 as long
-1.1 as mentioned
-1.1 as much
3.2 as per
3.5 as possible
-1.3 as references
2.8 as soon
1.3 as this
3.5 as urgent
4.1 asap
1.3 ashby
-1.1 aside
-1.1 ask only
3.7 ask that
-1.8 ask whether
1.3 ask you
-2.5 asked
-2.4 asked about
-3.1 asked for
-1.6 asked how
-1.6 asked to
-1.3 asked whether
2.6 asking me
-1.3 asking you
1.3 asks
-1.8 assessment day
1.3 associate credit
-1.1 association
2.6 assume
1.8 assume i'm
1.7 assume the
3.7 assume you've
1.3 at al
-1.6 at any
-1.1 at brightwater
-1.1 at interview
1.8 at least
2.1 at lunch
3.5 at noon
1.8 at nordhavn
1.3 at present
-1.1 at short
-1.4 at that
1.3 at work
1.1 at your
-1.4 atr
-1.2 attached
-1.3 attached a
-2.1 attached the
-1.3 attend the
1.3 attended
-1.7 audit
-1.1 authority
-1.6 automated
-1.1 automation
1.5 available for
-1.1 average
2.7 awaiting
3.7 awaiting your
-1.9 award
-1.1 award for
-1.4 away from
-1.8 away with
1.3 awkward
1.8 b <n>
3.2 baby
1.1 back
3.2 back again
-1.3 back and
2.4 back by
1.8 back on
1.4 back to
1.3 back with
-1.1 backend engineer
-2.4 background
3.5 ball
-1.9 band
-1.3 band <n>
2.4 bank has
-1.3 bar
-1.4 based
1.8 basic
-1.1 basis
1.1 be a
3.7 be appreciated
1.8 be available
2.4 be checking
3.2 be communicated
-1.1 be considered
1.3 be doing
1.3 be following
3.5 be frank
1.3 be free
-1.3 be getting
-1.9 be glad
-2.0 be happy
-1.6 be helpful
-1.1 be honoured
-1.3 be joining
-1.4 be keen
1.8 be kinder
3.2 be left
1.3 be made
1.3 be more
2.4 be most
1.5 be moving
-2.2 be open
3.5 be passing
-1.6 be pleased
3.5 be signing
1.8 be so
1.6 be there
-1.5 be useful
1.3 bear
-1.3 because it
-1.1 becomes
3.2 becoming
3.2 becoming difficult
1.1 been a
-2.4 been about
3.2 been almost
-1.3 been asked
3.2 been asking
3.5 been checking
3.2 been forgotten
-1.1 been good
1.5 been made
3.2 been more
3.5 been nineteen
3.2 been out
3.2 been patient
1.3 been reading
2.6 been three
4.2 been waiting
-1.1 before we
-1.8 beforehand
-1.4 being open
-1.3 being so
-2.9 believe
-1.6 believe i
-1.3 best of
-1.9 best to
1.3 better for
1.8 better from
-1.3 better than
3.2 between three
2.4 beyond
2.4 beyond that
-1.1 billing
-1.3 board
-1.4 board and
-1.6 book
-1.1 booking
-1.1 both the
3.2 bothered
3.2 bothered to
1.8 bought
1.9 box
-1.6 brand
1.3 brewer
-1.1 bridge
-1.2 brief
-1.1 brightwater
-2.3 bring
-1.3 bring that
-1.9 bring the
-1.3 bristol
-2.7 budget
3.7 bumping
3.7 bumping this
1.1 bus
1.1 business
3.2 business tomorrow
3.2 busy but
1.8 busy schedule
1.6 but a
1.5 but my
-1.6 but the
1.8 but this
3.5 but three
3.7 but to
3.2 but unless
2.7 but you
1.2 by
4.0 by close
1.8 by friday
3.4 by monday
2.1 by my
-1.1 by name
3.5 by now
3.2 by return
3.8 by this
2.1 by thursday
3.8 by tomorrow
4.7 by wednesday
1.9 call the
-1.4 call yesterday
2.3 called
-2.2 calling
-1.4 calling me
-1.8 came across
1.6 came back
-1.6 came down
-1.3 came out
-1.6 came through
-1.2 campaign
-1.6 campaigns
-1.8 campus
2.1 can get
1.7 can give
1.3 can make
1.1 can only
1.3 can plan
-1.7 can provide
1.6 can put
-1.1 can say
-1.2 can send
-1.6 can share
-1.1 can start
3.5 can stop
2.1 can you
1.4 can't
3.7 can't keep
1.9 cancelled
1.3 candidate has
1.8 candidates in
2.1 candidates know
-1.8 candour
-1.6 candour about
2.5 cannot
3.5 cannot keep
3.7 cannot wait
-1.3 capital
1.6 captain
-1.4 care you
1.8 careers portal
3.7 carrier
3.2 carrier pigeon
3.2 case and
3.7 case email
-2.4 case it's
3.7 case my
3.5 case the
1.3 case they
1.7 case you
1.3 catch
3.2 catch you
-1.4 cent
-1.3 centre and
-1.1 certainly
3.2 certainty
-2.2 certificate
-1.1 certificates
-1.6 certification
-2.1 chain
-1.3 chair
-1.3 challenges
1.1 chance of
1.6 chance you
-1.7 change
-2.4 changed
-2.1 changes
-1.3 charge
1.9 chasing
-1.3 chat on
-1.1 chat this
1.6 check back
1.1 checked
1.3 checked my
3.8 checking my
-1.1 checks
2.4 childcare
-1.6 choice and
4.0 choice but
-1.4 choose
2.1 choosing
-1.6 churn
3.2 circling
3.2 circling back
-1.3 city
-1.6 class
1.8 clear answer
1.3 clear that
-1.3 clearance
-1.9 clearer
-1.1 clearer picture
-2.0 clients
-1.4 clinics
1.3 clock
4.0 close of
-1.1 closely
-1.7 closer
-1.7 closer to
3.5 closes
-1.1 cloud
-1.8 coastal
-1.1 code
-1.3 cohort
-1.7 cold
1.8 collect
1.3 collecting
-1.1 college
1.9 come back
1.1 come through
-1.6 comes up
-1.4 coming back
-1.7 comments
-1.4 comments on
1.8 commit
1.8 commit to
1.8 commitment
-1.8 committee
-1.3 committee for
-1.1 committee's
2.4 communicated
1.8 communicated to
-1.3 community health
-1.1 commute
1.8 companies
1.3 company has
-1.6 company i
2.1 company that
-1.7 competition
4.0 competitor
-2.3 complete
-1.1 complete sense
-2.4 completed
-1.3 completed my
-1.3 completed the
-1.9 confident i
1.9 confirm by
-1.4 confirm i'm
1.3 confirm my
1.6 confirm that
1.3 confirm which
1.6 confirming
1.8 confusing
1.3 congratulations on
1.3 consider
2.6 consider my
1.8 consider this
-1.1 considered again
-2.3 considered if
-1.3 consultant
-1.4 consultation
1.6 contact me
1.3 content strategist
-1.1 continue in
-1.3 contract at
1.8 contract ends
3.2 contract renewal
-2.3 contribute
-2.0 contribute to
2.7 convenience
-1.7 convenient
-1.1 conversation and
2.4 conversation so
-1.1 conversation yesterday
-2.7 conversations
-1.3 conversations with
1.3 coordinator interview
-1.3 coordinator post
4.0 copied
3.2 copied mr
-2.2 copy
-1.1 copy of
1.3 cork
-1.3 correct
-1.3 correction
1.8 corrib
1.3 cost
1.3 could answer
2.4 could give
-1.9 could have
1.8 could manage
-1.1 could not
3.5 could someone
2.1 could spare
-1.7 could start
-1.7 couldn't
2.2 counting
3.8 counting on
1.6 counts
2.1 counts for
-1.9 county
1.2 couple
1.2 couple of
-1.9 course i
2.4 court
1.5 courtesy
-1.4 covered
-1.4 covers
-1.3 creative
2.4 crewing
-1.8 cross
-2.5 cross again
1.8 current manager
-1.3 current role
-1.7 customer
1.3 customs compliance
1.8 cv again
1.3 cv and
1.8 daily for
3.8 dangling
-1.1 dashboard
-1.1 dashboards
-1.6 date of
-1.9 dates
3.2 daughter's
1.8 day as
1.3 day but
1.8 day i
2.1 day off
-1.4 day one
-1.1 day was
1.1 days
3.2 days ago
3.2 days delay
2.1 days from
1.3 days is
1.8 days of
3.0 days since
1.8 days until
-1.1 de
1.6 deadline
3.8 deadline for
1.8 deal to
1.3 dear sir
-1.3 decade
-1.4 december
3.2 decide this
1.1 deciding
2.1 decision as
3.8 decision before
2.4 decision by
1.8 decision for
2.4 decision is
-1.3 decision might
-1.1 decision so
3.8 decision this
-1.3 decision to
3.2 decision today
3.5 decision urgently
-1.1 decision with
2.6 decision within
1.3 deliberation
-1.6 delivered
-1.6 delta
1.6 demand
-1.1 demonstration
-1.1 depots
-1.1 depth
-1.2 description
1.3 deserves
1.5 desk
-1.1 despite
-2.4 detail
-2.7 details
-1.1 details on
-1.1 developer role
-1.1 did at
-1.7 did enjoy
-1.3 did notice
2.4 did say
-1.1 didn't work
1.3 difference
1.8 difference to
-1.1 difficult to
-1.1 dinner
-1.3 direction
-1.3 director of
-2.1 disappointed i
-1.1 disappointing
-1.4 discussed on
-1.3 discussing
-1.3 discussing the
-1.3 discussion
-2.6 discussion about
-2.0 distribution
-1.1 distribution centre
-1.3 do a
2.0 do hope
1.8 do i
3.2 do if
-1.3 do it
-1.6 do keep
-1.3 do with
-1.3 do you
-1.6 document
-2.7 documents
-1.9 documents are
3.2 does not
1.6 doesn't come
3.2 doha
1.3 doing and
-2.1 don't feel
3.2 don't forget
4.1 don't hear
3.2 don't intend
3.7 don't keep
3.2 don't know
3.5 don't leave
3.2 don't make
1.8 don't need
-1.1 doubt many
1.3 down a
1.8 down for
-2.0 down to
2.9 down two
-1.4 dr
1.4 drop
1.9 drop in
2.1 drove
3.2 drove four
1.8 each morning
3.7 each way
1.1 earlier
3.4 earliest
3.5 earliest as
3.5 earliest convenience
1.3 easier to
-1.1 easily
3.2 effort i
3.5 eight hours
1.3 eight weeks
-1.9 eight years
-1.7 eighteen
-1.7 eighteen months
-1.3 electrical
-1.3 eleven years
-1.6 else from
-1.3 else in
-1.7 else that
3.5 else which
-1.2 else you
1.8 elsewhere so
1.9 email as
3.2 email but
2.4 email in
2.2 email is
1.6 email of
-1.1 email regarding
3.2 email would
1.1 emailing
2.4 emails
3.5 emails are
2.1 emails i
1.8 emails to
-1.7 employer has
1.6 ended
2.0 ends
1.9 ends on
1.8 ends up
-1.6 engineers
-1.1 enjoy meeting
-1.4 enjoyed every
-1.1 enjoyed it
-1.2 enjoyed learning
-3.0 enjoyed our
-2.2 enough
-1.3 enquire
-1.3 entirely
-1.2 especially
-1.6 especially enjoyed
-1.3 estate
2.9 even a
1.4 even if
-1.1 even the
1.6 evening
3.7 evening whether
-1.1 evenings
-3.1 ever
3.8 every couple
1.6 every day
2.6 every evening
1.8 every fortnight
-2.2 every success
3.2 every ten
1.3 every time
1.3 every week
-1.7 everyone
-2.3 exam
-1.8 example
-1.3 examples
-1.9 exams
1.8 exception
-1.4 exercise and
-1.1 exercise was
-1.2 expansion
2.5 expect a
3.5 expect your
1.8 expectations
1.3 expected at
1.8 expected better
1.1 expected to
1.7 expecting
-1.3 expects
-1.3 expects to
3.5 expedite
-2.3 experience
-1.3 experience and
-1.3 experience in
-1.4 experience to
1.3 experience would
1.3 expires on
-2.1 explain
-1.6 explain the
-2.1 explaining the
-1.3 extra
-1.2 eye
-1.1 eye on
1.3 facility
-1.4 fact
1.3 factory
1.8 factory and
-1.1 fair and
-1.1 fair to
1.8 fair warning
-2.2 fairly
-1.3 fairness
3.5 falls through
-1.3 families
1.8 family holiday
1.9 family is
1.3 family so
3.2 family to
2.1 farm
2.2 fast
1.8 faster
1.5 faster than
1.6 father
-1.1 features
2.4 feed
1.8 feedback in
-1.6 feedback on
1.3 feel i
-1.3 feel obliged
-2.0 feel the
-1.3 feel you
1.8 feeling the
1.3 feels
-2.1 fell
-1.7 fell short
-1.1 felt
1.8 festival programme
2.4 few days
-1.1 few people
1.8 few times
-1.9 fifteen
-1.3 fifteen years
1.8 fifth
-1.8 figure
-1.1 figure i
-1.7 figures
1.3 fill
-1.1 filling
1.5 final decision
1.8 final stage
1.5 finally
-1.4 finance director
-1.6 financial
1.3 finch
-2.0 finish
-2.7 finished
-1.1 finished the
1.3 fire
-1.3 firm and
1.9 firms
-1.1 first aid
1.3 first and
-1.1 first day
-1.3 first interview
-1.3 first ninety
1.5 first of
-1.1 first round
-1.9 first year
1.8 fitting
1.3 five weeks
-1.3 five years
1.8 flat
3.5 fleet planning
1.3 flew
-1.3 flexible
3.2 flight
-1.6 flow
1.3 followed up
-1.4 following the
-1.4 for <n>
-1.3 for any
1.3 for at
-1.4 for being
-2.0 for calling
3.2 for chasing
3.2 for even
-2.3 for explaining
1.3 for finally
-1.1 for five
-1.3 for four
-1.3 for future
-1.7 for getting
-1.1 for having
-1.1 for hosting
-1.2 for informing
-1.8 for inviting
1.3 for last
2.7 for long
-1.1 for lunch
-1.1 for more
-1.4 for most
1.8 for much
-1.1 for my
3.2 for now
1.6 for one
-1.1 for other
-1.1 for phoning
-1.4 for similar
-1.1 for someone
1.3 for something
-1.6 for speaking
-1.7 for such
-2.0 for telling
-1.7 for thursday's
-2.0 for what
1.3 for yesterday
1.4 for you
-1.7 forecasting
2.6 forget
3.5 forget me
-1.1 forgot
-1.1 forgot to
3.7 forgotten
3.2 forgotten about
-1.1 form
-1.9 former
1.5 fortnight
3.2 fortnight and
3.5 forty eight
-1.4 found
3.5 four hours
1.8 four times
-1.1 four years
-1.3 fourteen
2.0 fourth
3.2 fourth time
-1.4 framework
1.3 frank
1.5 frankly
3.2 fresh
3.2 friday afternoon
-1.4 friday for
3.2 friday i
3.2 friday i'll
1.9 friday so
1.1 friday the
2.4 friday to
1.8 friend
-1.3 friendly
1.8 friends
-2.9 from <n>
-1.4 from about
-1.1 from day
1.8 from now
1.3 from two
-1.1 from what
1.3 from where
1.1 from your
-1.1 front office
3.2 frustrating
-1.1 full
-1.8 full picture
-1.3 fully
-1.4 fun
-2.2 further documents
-1.1 further i
-1.6 further information
2.4 further to
-2.0 future
-2.3 future roles
-2.0 future vacancies
-1.4 gap
-1.1 garden
1.3 gave of
2.4 gave up
1.3 generous
1.9 gentle
3.5 gentle reminder
-2.2 gently
-1.4 gently suggest
-1.5 genuinely
2.1 get a
3.2 get back
3.2 get lost
3.2 get round
1.3 get that
3.5 ghosted
1.2 give
2.2 give me
2.1 give notice
1.3 give you
2.5 given how
1.3 given that
-1.3 gives
1.4 giving
3.5 giving you
-1.6 glad
-1.6 glad to
3.5 go with
-1.1 goes
-1.3 goes well
-1.1 going through
1.2 gone
2.1 gone another
2.4 gone with
1.8 good afternoon
-1.1 good deal
1.5 good news
-1.9 good to
1.8 good weekend
2.1 got the
1.8 graduate structural
-1.4 graduate trainee
1.8 grants coordinator
1.7 grateful if
-1.8 ground
-1.1 group exercise
-1.3 grown
1.9 guessing
3.5 guessing from
-1.4 guest
-1.4 guidance
1.3 had another
-1.9 had been
1.5 had hoped
-1.6 had in
3.2 had no
-1.1 had to
1.3 had your
-1.7 hadn't
1.8 hale
-2.7 half
-1.3 half the
1.3 handed
-2.0 handled
1.8 handler
-1.4 handling
-2.4 hands
-2.0 hands on
1.3 hangar
4.1 hanging
-1.5 happy
-1.5 happy to
1.3 harbourline
-1.6 hard not
3.5 hard on
-1.3 harvest
1.6 has already
2.4 has called
-1.7 has changed
1.1 has come
-1.1 has grown
1.3 has had
1.3 has moved
1.9 has not
1.2 has now
3.2 has reached
3.2 hasn't been
1.9 hate
1.7 hate for
2.1 hate to
-1.4 have accepted
1.3 have already
1.7 have also
1.9 have an
2.2 have another
-1.7 have asked
-1.6 have attached
3.5 have copied
-1.3 have decided
1.6 have expected
1.5 have gone
1.5 have heard
1.6 have i
1.9 have kept
1.3 have lost
-1.3 have made
1.3 have my
-1.3 have news
2.9 have no
1.6 have not
3.0 have now
-1.3 have one
3.2 have other
3.2 have put
-1.1 have run
-1.3 have said
-1.4 have saved
-2.3 have the
1.8 have to
1.8 have travelled
2.4 have turned
1.8 have two
1.8 have wanted
-1.6 have worked
1.5 have written
3.2 have your
2.4 haven't
2.1 haven't had
4.6 haven't heard
-1.1 having
-1.1 having me
-1.1 he has
3.5 hear anything
3.0 hear back
2.6 hear by
-1.1 hear more
-1.6 hear of
4.0 hear something
3.2 hear soon
3.5 hear within
2.1 heard
1.8 heard a
4.1 heard anything
3.7 heard back
3.8 heard by
1.3 heard from
-1.1 hearing that
3.2 hearing your
1.8 held off
1.6 hello
-2.0 help the
-1.4 help to
-1.7 helped
-1.1 helped me
-2.9 helpful
-1.3 helpful for
-1.1 helpful to
-1.3 helps
1.8 here i
-1.4 here is
3.2 high demand
-1.1 highest
1.8 hillcrest
-1.1 him
-1.2 his
-1.7 history
-1.3 hit
1.1 hold
-1.3 hold a
3.7 hold for
2.4 hold indefinitely
-1.1 hold the
3.5 hold you
2.2 holding
1.8 holding an
3.7 holding things
1.6 holiday
1.8 holiday so
-1.4 holidays
1.3 honest with
1.8 honestly how
1.3 honestly i
1.8 honestly my
-1.1 honestly that
2.1 honestly the
-1.1 honesty about
-1.3 honoured
2.1 hope for
-2.4 hope our
1.6 hope you'll
1.8 hoped the
1.5 hoping
1.1 hoping for
1.3 hospital has
1.8 hospitality at
1.8 hospitals
-1.3 hosting
1.8 hotel for
-1.2 hour
1.1 hours
3.5 hours each
-1.1 hours on
-2.6 housing
-1.1 how a
-1.6 how i'd
1.9 how long
-1.1 how my
1.8 how quickly
1.3 how this
-1.3 how we
-2.0 how you
-2.6 how your
1.3 however
1.3 however i
-1.3 hub
2.1 huge
-1.4 hundred
-1.7 hurry
-2.4 i accept
-1.8 i answered
1.8 i are
1.9 i attended
-2.5 i believe
2.0 i can't
4.3 i cannot
-1.3 i couldn't
1.3 i decide
-2.1 i did
-2.0 i especially
1.5 i expect
1.2 i expected
-1.3 i felt
-1.1 i finished
1.3 i flew
1.8 i fly
-1.1 i forgot
-1.1 i found
-1.3 i fully
1.9 i get
1.3 i go
1.4 i got
-1.4 i hadn't
2.2 i haven't
1.4 i hear
-1.7 i hold
-1.6 i imagine
-1.5 i learned
-1.1 i learnt
1.8 i leave
-2.0 i led
-2.5 i liked
-1.1 i made
2.4 i manage
-1.2 i may
3.2 i miss
1.3 i moved
2.1 i need
2.4 i notice
-1.3 i only
-1.7 i passed
1.8 i pray
-1.4 i prepared
3.5 i put
-1.6 i ran
2.1 i read
-1.8 i realise
1.3 i rearranged
-1.3 i rebuilt
3.5 i request
-1.1 i said
-1.1 i say
-1.3 i see
2.4 i shall
-1.7 i simply
-1.3 i spent
1.1 i stand
-2.2 i suppose
1.3 i take
-1.1 i think
3.2 i tried
1.7 i trust
4.1 i turned
-1.1 i valued
-1.3 i very
-1.1 i walked
3.5 i were
1.4 i will
-2.2 i wish
1.3 i wouldn't
2.6 i'd appreciate
3.7 i'd ask
-1.4 i'd bring
-1.3 i'd check
-1.1 i'd gently
1.8 i'd had
1.7 i'd hate
1.7 i'd just
-1.1 i'd most
-1.1 i'd only
1.4 i'd rather
-1.4 i'd value
-2.3 i'd welcome
3.2 i'll accept
3.3 i'll assume
3.2 i'll call
1.3 i'll do
3.7 i'll expect
3.5 i'll follow
3.8 i'll give
2.4 i'll have
3.5 i'll hold
4.4 i'll need
3.5 i'll pop
3.5 i'll ring
1.3 i'll send
3.2 i'll stop
2.5 i'll take
1.6 i'll try
-1.3 i'll wait
-1.9 i'm a
1.9 i'm afraid
-2.0 i'm excited
-1.7 i'm genuinely
3.8 i'm giving
-1.9 i'm glad
2.4 i'm guessing
3.2 i'm holding
3.8 i'm hoping
-1.3 i'm just
-1.4 i'm on
1.9 i'm rather
3.2 i'm renewing
-1.5 i'm sorry
1.3 i'm starting
1.7 i'm sure
1.3 i'm withdrawing
-1.4 i've accepted
1.9 i've already
2.1 i've also
1.8 i've checked
-1.4 i've decided
-1.3 i've finished
2.4 i've got
1.8 i've heard
1.9 i've put
2.1 i've turned
-1.1 i've worked
-1.4 idea of
1.9 ideally
-1.4 ideas
-2.0 if a
-2.5 if another
-2.5 if any
-1.1 if anyone
-1.1 if anything
1.1 if i
1.3 if i'd
1.3 if i'm
3.7 if i've
1.3 if not
-1.4 if something
3.7 if this
-1.3 if you'd
2.6 if you've
-2.0 if your
1.3 ignore
-1.1 imagine the
3.2 immediately
3.5 immediately as
3.5 immediately if
-1.1 implementation
1.6 impressive
-1.6 improve
-1.7 in <n>
1.3 in advance
-1.7 in again
-1.1 in both
3.2 in doha
1.8 in durban
1.9 in every
-1.3 in fairness
-1.1 in february
1.8 in from
-2.4 in future
2.1 in high
3.2 in limbo
3.2 in me
-1.1 in more
-1.1 in once
-1.6 in one
-1.9 in particular
-1.1 in reception
-1.1 in september
3.7 in spam
3.2 in suspense
-1.7 in that
-1.3 in their
-1.5 in this
2.1 in to
-1.1 in twenty
1.3 in two
1.5 in under
-1.7 in well
1.3 in working
2.0 inbox
1.8 inbox and
3.2 inbox every
-2.0 including
-1.3 including the
3.1 indefinitely
-1.1 indication of
-1.4 industry
1.1 inform
-1.1 inform you
-1.3 inside
1.3 instant i
-1.1 instead of
-1.4 intake
1.6 intend
1.6 intend to
-1.9 interest of
3.5 interest so
4.0 interested but
-2.4 interesting
-1.1 interesting to
-2.2 internal
-1.4 internal candidate
-1.4 internship
1.8 interview did
2.1 interview from
1.2 interview i
1.3 interview i've
1.1 interviewed
1.3 interviewed for
1.3 interviewed with
-1.3 interviewer
-1.1 interviewing
1.9 interviews i
3.2 interviews while
3.2 into this
1.8 invested
1.8 invested in
-1.1 invitation
-1.4 invited
-2.0 inviting
-1.9 inviting me
2.1 is all
-1.1 is any
-1.4 is anything
1.3 is back
3.2 is becoming
1.8 is friday
3.2 is getting
1.7 is in
1.9 is my
-1.1 is nothing
1.1 is now
-1.4 is one
-1.8 is possible
3.2 is quite
2.1 is really
2.1 is regarding
-1.3 is right
-1.3 is simply
3.7 is taking
-2.3 is that
-1.3 is useful
-1.3 is valid
-1.3 is what
-1.3 is where
-1.1 isn't possible
-1.1 isn't the
-1.1 issue
1.1 it again
1.5 it as
3.2 it by
-1.8 it came
1.3 it confirmed
-1.4 it didn't
1.8 it down
1.8 it first
-1.1 it for
-1.1 it had
2.1 it if
-2.4 it in
1.3 it into
-1.4 it may
-1.6 it over
1.3 it really
2.1 it that
-1.4 it the
1.3 it this
1.6 it through
1.8 it too
1.3 it took
3.2 it until
1.3 it up
-1.8 it wasn't
-1.1 it went
1.3 it will
-1.1 it's hard
3.2 it's only
-2.4 it's useful
-1.8 it's worth
-1.3 its
-1.7 job description
1.6 job i
-1.3 job in
1.3 join and
-1.4 joined
-1.1 joining you
-1.1 judge
-1.1 july
-1.3 june so
2.1 junior accountant
-1.3 junior data
2.1 just been
3.2 just bumping
3.2 just circling
1.6 just let
1.6 just like
1.8 just need
2.1 just rather
1.3 just so
3.2 just tell
1.8 keen the
1.6 keep a
-1.1 keep an
-1.1 keep coming
-1.3 keep following
-1.3 keep in
1.2 keep me
1.9 keep that
3.2 keep them
-1.1 keep you
-1.6 keeping me
-1.4 kept in
3.8 kept my
3.2 kept waiting
1.8 kids
-1.3 kind email
1.8 kind response
1.3 kinder to
-1.3 kindly agreed
1.8 kindly consider
3.2 kindly do
-1.1 kindly keep
4.0 kindly revert
1.3 kindly treat
1.3 kindness
1.6 kisumu
1.8 know a
-1.3 know about
-1.3 know and
4.2 know by
3.7 know either
1.8 know i'll
-2.1 know if
-1.1 know in
-2.2 know my
2.6 know one
2.1 know this
2.0 know where
1.3 know you're
-1.4 known
-1.4 knows
1.3 lab and
1.8 landing
3.8 landlord
3.2 landlord wants
1.8 lapse
-1.7 large
-1.4 last friday
-1.1 last spring
1.2 last two
-1.3 late and
1.8 late so
3.2 later than
3.5 latest
3.7 latest by
-1.1 launched
-1.2 lead
-1.9 lead position
-1.4 leadership
-1.2 learn
-2.2 learn about
-2.0 learned
-1.6 learned a
-1.3 learning
-1.3 learnt
-1.3 learnt a
2.1 lease
1.8 lease in
1.6 least
1.9 least a
1.3 least i
3.5 leave a
1.3 leave it
2.4 leave me
2.4 leaves
1.8 leaves me
1.5 leaving
-2.7 led
-2.0 led the
2.6 left a
2.1 left waiting
2.1 left you
-1.8 lesson
1.8 let a
1.6 let candidates
3.2 let's
-1.4 letter about
-1.5 level
1.3 library assistant
-2.2 licence
1.3 licensed
2.1 life
3.2 life on
-1.2 like a
1.3 like an
-1.1 like me
1.8 like my
1.8 like them
1.3 like this
1.3 like your
-1.5 liked
-1.1 liked hearing
-1.1 liked the
-1.3 liked what
3.2 limbo
1.8 limit
1.9 limits
-1.4 line and
3.2 line by
2.1 line on
1.6 line reply
1.8 lines of
-2.1 link
2.0 linkedin
4.1 linkedin and
-1.7 listed
-1.1 listed as
-1.3 little more
2.1 little sooner
1.3 lobby
1.8 lodge
1.6 long
2.6 long as
1.8 long i
3.2 long so
1.8 long the
1.9 long time
1.2 longer
-1.5 looking
-1.9 looking for
-1.1 looking forward
-1.1 looks
3.0 lose
3.8 lose me
2.1 losing
2.1 losing me
1.4 lost
3.7 lost interest
-2.1 lot from
-1.1 lot to
3.2 loud
-1.2 luck
1.8 luke's
3.2 lunchtime
1.8 ma'am
1.8 mad
-1.7 made it
-1.8 main
-1.6 mainly
-1.3 major
1.8 makati
2.1 make me
-1.3 make my
1.8 make sure
1.3 make your
-1.1 makes complete
1.8 makes it
-1.3 makes me
1.3 making the
1.3 manage
3.5 manage to
-1.8 managed
-1.3 management
-1.1 manager position
-2.0 managers
-1.3 manchester
1.8 many more
-2.0 many of
-1.1 many people
2.1 marine
-1.1 master's
3.2 match it
3.5 mate
1.8 matter
3.5 matter as
-1.3 may and
-1.1 may be
1.4 may i
-1.1 may take
-1.9 maybe
1.4 me an
1.5 me back
1.8 me be
2.1 me by
-1.1 me during
2.6 me every
3.2 me first
-1.4 me if
-1.1 me informed
1.3 me it
-1.4 me more
-1.2 me of
1.3 me out
1.9 me over
3.2 me regret
1.3 me so
-2.0 me such
1.3 me this
1.5 me today
1.8 me two
-1.1 me until
-1.1 me very
4.0 me waiting
-1.3 me well
1.3 me where
1.9 mean
2.0 mean a
-1.3 meant to
-2.5 meantime
-1.7 meet you
-1.3 meeting with
1.3 meets
-1.1 members
-1.2 mention it
1.3 mention only
-1.1 mention this
1.3 mentioned at
-1.4 mentioned is
1.3 mentioned my
-1.5 mentioned that
-2.4 mentioned the
-1.3 mentioned you
-1.1 mentions
1.8 merchandiser
1.8 mercy
-1.4 message about
-2.0 message and
3.7 messaged
3.7 messaged you
2.7 messages
-1.1 met the
-2.2 mid
-1.6 middle
-1.4 middle of
-1.1 might like
-2.0 million
1.6 mind and
-2.3 mind for
1.8 mine to
-1.1 mining
-1.6 minutes at
1.8 minutes so
3.2 misery
2.2 miss
1.8 miss out
3.2 miss you
-1.9 modelling
-1.8 module
1.3 moment
3.2 monday as
4.2 monday so
1.6 monday to
1.3 money
-1.9 month end
1.8 month of
2.1 month to
-1.6 monthly
-1.4 months and
-1.1 more about
1.8 more days
-1.4 more detail
2.1 more for
-1.8 more of
-1.7 more time
1.8 more ways
1.1 morning and
1.8 morning but
1.8 morning to
-2.0 mornings
-1.6 most
3.5 most grateful
-1.3 most interesting
-1.8 most like
-1.9 most of
-1.1 most people
-2.5 mostly
3.5 move faster
-1.3 move forward
3.7 move quickly
1.6 moved on
2.1 moving fast
1.8 mr nowak
-2.2 mrs
-1.1 much clearer
-1.1 much easier
4.0 much longer
-1.1 much of
1.6 much to
1.8 much want
2.4 mum
2.1 must be
3.2 must know
-1.1 must withdraw
-1.3 my account
-1.2 my answer
-1.8 my answers
-1.8 my background
-1.1 my best
-1.6 my congratulations
3.2 my daughter's
3.7 my deadline
-1.6 my details
3.2 my earlier
4.2 my emails
-1.8 my experience
1.3 my family
2.4 my file
-1.3 my first
-1.1 my former
3.5 my fourth
1.8 my graduate
2.5 my inbox
3.8 my landlord
3.5 my lease
3.7 my life
3.2 my misery
2.4 my mum
2.1 my notes
3.7 my other
1.9 my panel
3.2 my parents
-1.6 my part
2.4 my partner
3.5 my patience
2.1 my phone
-2.0 my portfolio
-1.6 my present
1.3 my previous
-1.8 my questions
3.2 my savings
1.8 my sea
2.1 my search
1.3 my second
1.5 my situation
-1.1 my team
3.2 my thank
2.4 my third
2.1 my way
3.2 my whole
-1.3 my year
-1.6 myself
-1.3 natural
-1.6 naturally
-1.1 near
1.3 nearly
1.8 necessary
1.3 need a
3.5 need an
-2.3 need from
3.7 need you
4.8 need your
-1.5 needed
3.2 needful
1.3 needs a
1.8 neither
1.8 neither of
-1.1 nervous
-1.9 new hire
-1.6 news and
3.5 news at
2.1 news from
-1.1 news in
1.3 news is
-1.2 news on
1.8 news though
-1.1 news was
3.2 news would
-1.1 next conversation
2.1 next few
1.3 next month
-1.4 next round
-1.3 next season
-1.2 next step
2.1 next tuesday
-1.1 next wednesday
-1.2 next year
1.5 nice
2.4 nice to
1.6 nights
2.7 nineteen
3.7 nineteen days
-1.3 ninety days
2.1 no and
3.2 no but
3.5 no by
3.7 no choice
1.3 no doubt
1.8 no is
-1.6 no need
1.6 no one
3.2 no or
1.3 no other
-1.4 no problem
-1.6 no rush
3.5 no update
3.8 no would
1.6 nobody has
3.8 noon
1.8 nordhavn
1.3 nordvik
-1.8 northern
1.1 not a
1.3 not been
-2.0 not disappointed
2.1 not hear
4.0 not heard
2.1 not how
3.7 not keep
3.2 not later
3.2 not left
3.2 not prepared
1.1 not want
3.5 not yet
3.2 note from
1.3 note that
-1.6 note to
1.3 notes from
1.2 nothing
3.2 nothing so
-1.1 noticed the
1.4 now
1.8 now and
1.4 now been
3.2 now eleven
3.5 now on
3.5 now received
2.7 now so
1.8 nowak
2.1 nudge
-1.5 number
-1.6 number of
-2.0 numbers
-1.3 nurses
-1.3 nursing
-1.1 odd
-1.3 of applicants
-1.3 of being
4.0 of business
1.8 of care
3.5 of days
-1.4 of four
-1.4 of future
-1.1 of hands
1.3 of interviews
1.3 of june
-1.4 of luck
1.5 of me
-1.3 of next
1.8 of procurement
1.8 of term
-2.2 of that
1.1 of them
1.3 of things
1.8 of this
-1.1 of thought
2.1 of three
-1.3 of time
-1.1 of transparency
3.5 of waiting
-2.2 of what
-1.7 of where
1.6 off and
3.5 offer as
3.7 offer by
-1.1 offer for
2.6 offer in
1.3 offer is
2.1 offer letter
3.2 offer now
1.1 offers
1.9 office on
2.4 office to
3.2 office twice
1.3 officer interview
1.3 ol
-1.8 old
2.1 on all
2.1 on and
-1.6 on any
-1.7 on file
2.1 on for
1.3 on good
3.5 on hearing
-1.1 on his
2.3 on hold
1.3 on i'd
-1.3 on joining
2.1 on linkedin
3.2 on loud
1.8 on other
-2.0 on saturday
1.9 on this
1.3 on time
3.2 on us
-1.3 on what
3.2 on whatsapp
-2.3 onboarding
-1.7 once again
-1.1 once i
1.4 once more
-1.3 one and
3.2 one doesn't
-1.3 one i'd
-1.3 one in
2.2 one line
1.6 one person
-2.4 one thing
4.5 one way
1.8 one word
-1.9 online
3.5 only a
1.3 only assume
-1.3 only mention
-1.8 only one
-1.7 open about
-1.8 open to
-1.6 open with
1.3 opening at
-1.3 opening comes
-1.1 opening in
-1.7 openings in
-1.1 opens in
-1.1 opens up
-1.7 operation
-1.7 operations manager
-3.0 opportunity to
1.3 option
2.1 options
3.2 or i'll
1.6 or is
4.7 or no
2.2 or the
-1.6 organisation and
1.8 organisation that
-1.9 organised
-1.1 organised day
1.8 orwell
-1.1 other applicants
3.5 other by
4.0 other companies
3.8 other interviews
3.2 other options
3.2 other plans
3.7 other processes
-1.1 other roles
1.3 other two
1.4 otherwise
2.1 otherwise i
-1.4 our conversations
-2.4 our discussion
1.5 our interview
1.6 our meeting
-2.5 our paths
1.9 out at
1.8 out the
-1.1 outcome and
1.8 outcome before
-1.8 outcome for
-1.6 outreach
-2.0 outside
1.3 over from
-1.4 over two
2.4 own cost
-1.1 own trumpet
-1.4 pace
-1.3 packaging
-1.4 page and
-1.1 pair
-1.1 pair of
-1.6 panel for
-1.3 panel gave
-2.1 panel had
1.3 panel has
1.7 panel interview
1.3 panel is
-1.1 panel took
-1.4 panel's decision
-2.3 paper
1.3 paperwork
3.2 parents
-1.6 part i
-1.4 part was
-1.1 particularly on
-1.1 particularly the
-1.3 partnerships
-1.6 passed my
-1.1 passed the
-1.1 passing on
3.5 passing your
2.2 past the
3.2 pasted
3.2 pasted it
-1.6 paths
-2.4 paths cross
-1.1 patience with
-1.6 payments
3.2 pending
1.8 pension
-1.1 people in
-1.8 people who
-1.4 per cent
3.5 per my
-1.3 percent
-1.4 perfectly
1.8 perhaps my
-1.3 period at
1.6 person you
1.8 perth for
-1.1 pharmacist
4.0 phone on
3.5 phone your
-1.1 phoning
1.8 physiotherapist
-1.2 picture of
1.8 picture you
-1.3 piece
3.2 pigeon
2.4 pile
1.3 placed
1.8 placed on
-1.4 placement
-1.1 plainly
2.6 plan accordingly
2.4 plan my
-1.3 planned
-1.3 planning my
1.5 planning officer
-1.1 plate
3.2 please advise
3.2 please confirm
1.6 please could
1.6 please give
1.6 please just
1.6 please note
3.5 please reply
3.5 please respond
3.5 please ring
1.3 please send
3.5 please tell
-1.7 please thank
1.9 please treat
-2.2 pleased
-2.2 pleased to
1.8 plenty of
-1.1 point i
-1.6 points
-1.3 policy officer
1.3 polite
-1.4 politely
-1.1 pool
3.1 pop
3.2 pop into
3.5 pop up
-1.4 position opens
3.2 position this
-1.6 position with
-1.3 positions
1.5 positive
1.8 positive reply
-1.8 possibility
-1.4 possibility of
3.2 possible as
1.9 possible so
-1.6 post comes
-1.4 post with
1.9 postdoctoral
3.2 postdoctoral position
-1.6 posting
-2.2 practical
1.8 pray
-1.1 pre
1.6 preferred
-1.1 preparation
-1.1 prepared for
3.2 prepared to
-2.0 pretend i'm
1.2 previous
3.2 previous messages
-1.1 priorities
1.3 prioritise
1.3 priority
1.8 priya
-1.1 problem at
-1.1 problems
2.6 process has
-1.1 process stands
-1.3 process with
2.1 processes
1.3 professional
-1.9 professor
1.8 profile is
-1.2 program
-1.3 programme officer
-1.6 projects
1.3 promise
1.9 promised
2.4 promises
1.8 proof
1.3 proper one
1.3 prove
-1.6 provide
-1.1 provide any
-1.4 provide references
-1.6 public
-1.1 published
-2.0 pune
-1.1 pune office
1.1 put
1.3 put a
1.9 put in
1.3 put me
2.1 put the
1.3 put you
1.3 puts me
-1.1 qualifications
-2.2 quarter
-2.1 question about
-3.5 questions
-2.3 questions about
-1.3 quick call
1.8 quick line
2.4 quick reply
1.8 quicker
1.1 quickly
2.4 quickly and
1.1 quiet
2.4 quietly
-1.4 quota
-1.3 r sum
-2.4 ran
1.6 rang
1.8 rather a
1.9 rather have
1.6 rather know
4.1 rather not
3.7 rather work
-1.7 reach a
-1.3 reach me
1.3 reached
2.1 reached a
2.4 reached you
1.9 reaching
1.8 reading between
-1.2 ready
-1.8 realised
3.2 really do
-1.1 really liked
3.5 really need
-1.1 really useful
1.3 rearranged
-1.3 reasons
1.3 rebuilding the
-1.7 rebuilt
-1.3 rebuilt the
1.6 receive
1.8 received so
-1.1 recent
2.1 receptionist
-1.3 reckon
3.2 reconsider
-1.5 record
-1.1 recorded
-1.3 records
1.5 recruiter
-2.7 recruitment
-1.1 recruitment team
-1.8 redesign
-1.6 reduced
-1.3 reducing
-1.7 referee
-1.3 referees
-1.4 references
-1.6 references or
-1.4 reflection
2.9 refreshing
4.0 refreshing my
2.4 regarding my
-1.8 regards
-2.2 region
2.1 regional director
-1.8 regional sales
1.3 registered
1.3 regret
2.1 regret it
1.8 regularly
-1.3 relationships
-1.3 relaunch
-1.4 relevant
-1.4 relocating
-1.1 relocating to
3.7 relying
3.7 relying on
1.5 remain interested
-1.1 remains the
-1.1 reminded
-1.1 reminded me
2.2 reminder
3.2 reminder that
-1.7 renewed
3.2 renewing
2.1 rent
-1.1 reopen
1.8 reopens
1.5 reply
3.5 reply asap
2.1 reply by
-1.6 reply date
3.2 reply i
1.3 reply in
3.7 reply is
3.2 reply so
3.5 reply this
3.7 reply would
1.8 replying to
-1.8 report
-2.2 reporting
-2.0 reports
-1.4 reps
1.8 reputation
1.6 request
1.7 request you
-1.4 requested
1.1 require
-2.0 required
-1.4 required from
-1.1 requirements
1.3 research assistant
1.3 researcher role
3.2 resending
1.8 reserve
1.8 resolved
1.8 respect and
-1.9 respect the
3.5 respond immediately
1.3 responded
1.9 response
3.2 response to
1.8 rested
3.2 result by
-1.6 result of
-1.4 retail
2.1 return
1.8 revenue manager
4.4 revert
3.2 revert at
3.2 revert with
-1.1 revisit
1.8 reyes
-1.1 rig
3.2 right desk
-1.1 right for
2.4 right now
2.5 ring
2.2 ring me
3.5 ring your
1.3 role but
-1.7 role in
3.2 role isn't
1.3 role last
1.9 role so
1.8 role very
-1.6 role was
-1.3 role we
-3.4 roles
-1.4 roles at
-1.3 roles in
-1.8 rollout
1.8 rough idea
-1.1 roughly <n>
-1.6 roughly when
-1.1 round and
1.3 round for
-1.3 round interview
1.9 round so
3.2 round to
1.8 round with
-1.7 rounds and
2.6 rounds of
-2.0 route
1.3 row
-1.6 run a
3.5 run out
-2.0 run the
3.2 runs out
-2.3 rush
-1.4 rush on
-1.3 rush your
-1.3 rushed
-1.1 s i
-1.8 sad
-2.0 said about
1.8 said i'd
1.8 said in
-1.1 said it
1.9 said you'd
1.8 sales engineer
-1.4 sales manager
1.3 sales role
1.5 same day
3.5 same question
-2.1 sample
-1.4 sat
-1.1 satisfaction
1.5 save
1.3 save you
-1.8 saved
-1.4 saved us
1.6 savings
1.8 saw on
-1.3 say it
-1.1 say that
-1.1 say this
-1.1 saying
1.8 says a
-1.3 scenario
-2.7 scheme
-1.4 schools
-1.6 science
1.8 scientist position
-1.7 score
-1.1 scoring
-1.3 screening
1.8 searches
1.3 season and
-1.1 seasons
3.2 second gentle
-2.3 section
3.7 see if
-1.1 see that
1.3 see what
1.7 see whether
1.8 seen it
-1.7 send anything
-2.0 send it
-1.1 send over
1.8 sending my
1.3 senior planning
-1.7 sense
-2.4 sense of
2.4 sent a
1.3 sent the
-1.1 sentence
-1.1 september so
-1.3 session with
-1.1 set up
1.6 settle
-1.8 settles in
1.3 seven
1.8 seven weeks
2.3 shall
2.4 shall be
-1.4 share
-1.9 share any
-1.4 share on
-1.3 share where
1.8 shared i
1.8 shares
-1.1 sharing
-1.1 she had
1.3 she was
-1.1 she's
1.8 shenzhen
3.7 shift at
-1.4 shift on
-1.5 short
-1.1 short call
-1.3 short contract
-2.1 short note
-1.1 short notice
-1.4 should a
3.7 should i
3.2 should keep
1.8 should mention
-1.1 should you
1.8 shouldn't
1.3 show me
1.8 show more
1.6 shows how
-1.3 side i
1.1 side of
1.9 sign
3.5 sign with
-1.4 signed
3.7 signing
3.2 signing with
5.1 silence
3.2 silence as
3.8 silence is
3.7 silence that
-1.5 similar
-1.3 similar post
-1.4 similar roles
-1.1 similar with
1.3 simple
3.2 simple yes
1.8 simply because
-1.3 simply wanted
1.4 since i
3.5 since long
3.5 since march
1.4 since my
1.8 since nobody
1.7 since the
-1.1 sincere
1.4 sir
1.9 sir i
3.2 site and
1.9 site engineer
-1.7 site visit
-1.8 sites
-1.1 sitting my
1.6 situation
-1.8 six months
1.5 six weeks
-2.0 six years
3.2 slip
1.8 slipped
1.6 slots
2.4 so any
1.7 so i'll
1.4 so i'm
2.4 so long
1.3 so many
1.7 so please
-1.3 so quickly
1.2 so that
1.1 so the
3.5 so unless
1.3 so we
1.1 so you
1.8 so you're
-1.1 software
1.3 solutions
-1.3 some of
1.8 someone actually
1.3 someone at
2.6 someone else
-1.4 someone who
1.8 something before
3.5 something by
1.6 something else
-1.7 something similar
1.5 soon
2.9 soon as
2.5 sooner
1.6 sooner than
-1.6 sorry it
-1.3 sorry not
-1.9 sound
4.1 spam
-1.1 speak again
1.8 speak to
-2.0 speak with
-1.9 speaking with
1.3 specialist position
-1.1 specific
-1.1 specification
1.3 speed
-2.1 spent
-1.1 spent the
-1.9 spent with
-1.1 splits
-1.3 spoke
-1.3 spoke i've
-1.3 spoken
-1.2 spring
-1.1 spring and
-1.1 sql
1.8 st luke's
1.8 stage so
1.1 stand
3.2 stand by
-1.3 stand with
-2.2 standard
-2.1 stands
-1.1 start at
-1.3 start dates
1.8 start forty
-1.6 start on
1.8 started the
-1.7 state
-1.1 station
1.2 status
3.7 stay available
-3.1 stay in
-1.1 stay with
2.1 stays
-1.4 step
-1.1 step for
3.2 still awaiting
3.5 still here
1.9 still interested
1.1 still love
1.5 still my
3.5 still nothing
3.2 still pending
1.5 still really
1.3 still up
4.3 still waiting
3.7 still want
3.2 stop
1.5 strength
2.4 strength of
-1.3 strengthen
-2.6 strong
-1.3 stronger
-1.4 struck
-2.2 student
-2.1 students
-1.3 study
-1.7 subject re
1.8 subject senior
-2.0 success
-1.1 success role
-1.4 success with
-1.5 such
-2.4 such as
-1.7 suit me
-2.3 suitable
-1.5 suits
-1.1 suits me
-1.6 suits the
-1.6 suits you
-1.3 sum
-1.6 summary
-1.6 supervisor position
-1.1 supplier
-1.7 supply chain
1.6 supply planner
1.3 support role
-2.2 suppose
1.3 sure about
1.3 sure i
-1.1 sure what
1.9 sure you
2.6 sure you'll
3.0 surely
3.2 surely a
1.8 surely the
1.3 surgery
-2.0 surprise
-1.7 survey
1.8 survived
1.8 survived the
3.7 suspense
-1.1 sustainability
3.7 swamped
1.8 swindon
-1.7 system
-1.7 system and
-1.3 system design
-2.0 systems
3.2 table and
-1.6 take a
-1.1 take calls
1.3 take it
1.6 take this
1.9 take time
3.5 take to
-1.8 take up
-1.1 taking a
-1.3 talk again
2.1 talk it
-1.6 talk through
-1.2 talked
-1.1 talking with
2.4 talks
1.8 talks so
-1.1 targets
1.8 task i
1.3 tasting menu
-1.9 taught
-1.1 taught me
-1.4 teach
-1.1 teach the
1.8 teaching assistant
-1.2 team and
-1.3 team especially
-1.1 team every
-1.1 team expects
-1.3 team gave
-1.1 team hoped
-1.5 team is
-1.4 team of
-1.4 team on
1.8 team shares
1.3 team so
-1.1 team through
-1.4 team was
-1.4 team well
-1.4 team works
-1.1 team would
-1.6 technician role
2.1 tell them
1.3 tells
1.5 tells me
-1.4 tend
-1.4 tend to
-1.3 terms
-3.1 test
-1.3 test and
-1.1 testing
3.2 texted
1.6 th and
1.8 th as
1.8 th instant
-1.3 th june
1.9 th of
-1.1 than anyone
-1.1 than by
-1.1 than emailing
-1.4 than ever
-2.4 than i
-1.1 than it
3.5 than keep
1.3 than later
-1.1 than leave
-1.8 than most
-1.1 thanks very
-1.1 that came
1.3 that candidates
1.3 that clearly
1.6 that date
-1.9 that experience
1.3 that expires
-1.1 that had
-1.7 that helps
1.3 that i'd
1.5 that i'm
-2.8 that is
-1.7 that kind
3.2 that leaves
1.8 that other
1.8 that talks
1.8 that these
1.3 that will
-1.1 that with
2.4 that you've
-1.4 that your
1.8 that's easier
2.4 the agency
-1.4 the analytics
-1.1 the area
-1.1 the article
-1.3 the atr
3.5 the ball
-1.4 the band
-1.1 the bar
2.4 the better
-1.1 the brand
-1.1 the brief
-1.3 the budget
1.3 the careers
-1.1 the challenges
-1.3 the choice
2.1 the clock
-1.1 the coastal
-1.5 the committee
-1.1 the commute
-1.8 the conversations
-1.7 the county
-1.3 the credit
-1.4 the current
-1.2 the customer
1.3 the date
-1.1 the discussion
-1.4 the district
3.7 the earliest
2.1 the effort
-1.1 the electrical
-1.1 the estate
1.3 the evening
-1.3 the expansion
-1.3 the experience
1.3 the family
-1.4 the figure
-1.3 the financial
1.8 the firm's
-1.1 the floor
1.8 the food
-1.1 the forecasting
2.6 the fourth
-2.7 the future
-1.2 the graduate
-1.6 the ground
-1.1 the highest
-1.7 the hiring
-1.9 the hospital
-1.8 the housing
-1.9 the interest
-1.3 the internal
2.7 the latest
-1.3 the launch
-1.3 the lead
1.8 the least
-1.1 the likely
-1.8 the line
1.3 the lines
1.8 the lobby
-1.1 the long
-1.6 the main
2.9 the market
-2.5 the meantime
-1.6 the middle
3.0 the moment
-2.8 the most
3.2 the name
3.2 the needful
-1.6 the northern
-1.1 the numbers
1.4 the offer
-1.3 the old
1.3 the on
-1.4 the onboarding
-2.0 the one
-1.4 the online
-1.1 the organisation
-1.3 the pace
1.8 the paperwork
-1.7 the past
-1.6 the payments
-1.4 the people
-1.7 the phone
1.3 the plant
-1.7 the port
-1.3 the possibility
2.4 the postdoctoral
-1.1 the posting
-1.4 the practical
-1.8 the procurement
-1.1 the program
-2.2 the programme
-1.1 the public
-1.1 the questions
-1.1 the quick
-2.0 the region
-1.6 the regional
1.3 the registered
-1.3 the reporting
1.8 the revenue
-1.4 the rota
-1.4 the salary
1.3 the saturday
-2.1 the search
-1.1 the second
-1.1 the session
-1.3 the short
4.6 the silence
1.3 the small
3.2 the sooner
-1.1 the staff
-1.1 the standard
-1.1 the start
2.4 the strength
1.8 the surgery
-2.0 the system
1.3 the table
-1.4 the tasting
1.3 the teaching
-1.7 the team's
-1.9 the test
1.8 the third
-1.7 the thoughtful
-1.1 the track
1.9 the trainee
-1.1 the travel
-1.4 the trial
-1.4 the trust
-1.2 the two
-1.1 the university
-1.1 the update
1.3 the ux
-1.3 the very
-1.1 the video
-1.9 the visit
-1.6 the volunteer
1.9 the waiting
1.3 the week
2.5 the weekend
-2.7 the whole
-1.1 the winter
3.2 the yarn
-2.0 the year
-1.3 the youth
-1.6 their
-1.1 their first
3.8 theirs
1.3 them all
1.8 them before
-1.3 them for
-1.3 themselves
1.3 then i
-1.3 then i'd
-1.1 then if
-1.1 there an
-1.4 there was
-1.1 there will
-2.3 there's anything
3.2 there's news
-1.9 there's no
1.1 these things
-1.1 thesis
-1.3 they are
-2.2 they have
-1.1 they would
-1.3 they're
-2.1 they've
-1.8 they've asked
-2.0 thing i
3.5 things along
1.1 things stand
2.4 things take
1.8 things to
3.8 things up
2.7 think a
-1.2 think i
-1.1 think i'd
-1.8 think it
-1.1 think my
1.3 think of
-1.1 think we
-1.3 think you'd
-1.3 thinking
-1.4 thinking about
1.6 third
3.2 third email
3.2 third note
1.8 third time
1.8 thirty seconds
3.2 this for
2.1 this is
4.0 this long
1.1 this month
1.5 this one
-1.7 this only
2.1 this point
1.3 this process
3.2 this puts
1.9 this so
-1.3 this spring
1.8 this to
1.8 this turns
1.9 this week
1.8 this whole
-1.1 this will
1.1 though i'd
2.2 thought a
-1.1 thought about
3.7 thought an
-1.1 thought i've
-1.9 thought you
-2.2 thoughtful
1.8 three and
1.3 three days
-1.1 three months
1.1 three weeks
-2.2 three years
1.3 through in
1.8 through to
-2.1 throughout
-1.3 thursday <n>
2.7 thursday at
3.8 thursday so
-2.2 thursday's
-1.9 thursday's interview
-1.6 tickets
1.8 ticking
1.3 tier
1.8 tier <n>
1.3 time but
1.3 time during
1.9 time i
-1.3 time is
-1.1 time on
3.5 time please
-1.4 time that
-1.4 time yesterday
-1.3 time your
-1.7 timeline for
-1.3 timeline i
1.8 timeline you
1.6 times this
-1.1 title
-3.1 to <n>
-2.0 to add
-1.1 to an
1.8 to anything
-2.8 to apply
1.8 to arrive
-1.9 to bring
-1.3 to build
1.8 to candidates
-1.3 to change
-1.1 to complete
1.8 to consider
-1.2 to continue
-1.9 to contribute
-1.1 to cover
1.3 to every
-1.8 to explain
-1.6 to feel
1.8 to fill
1.2 to go
-1.4 to hearing
1.3 to hold
-1.3 to home
-1.1 to improve
-1.8 to interview
1.8 to it
1.8 to just
1.1 to kindly
2.2 to leave
1.8 to leeds
2.7 to lose
2.1 to match
1.3 to me
-2.4 to mention
1.2 to my
1.3 to perth
3.5 to plan
-1.2 to provide
1.6 to receive
-1.4 to respond
-1.4 to rush
2.1 to save
-1.1 to send
-2.6 to share
1.6 to sign
1.3 to sit
-1.1 to step
-1.6 to support
-1.7 to take
-1.3 to teach
1.2 to tell
-1.9 to thank
-1.3 to them
1.3 to thirty
-1.1 to three
3.2 to treat
1.8 to trouble
-1.7 to try
-1.7 to two
-2.4 to understand
-2.0 to walk
-1.4 to what
-2.7 to withdraw
1.5 today
3.2 today as
3.7 today itself
1.8 today the
1.8 told at
2.1 told i
3.0 told my
1.8 told them
-1.1 tom
3.2 tomasz
5.4 tomorrow
3.2 tomorrow at
3.2 tomorrow i'll
3.2 tonight
2.1 too long
1.9 too much
3.5 too so
3.2 took an
1.3 took me
-1.6 took over
1.8 took that
1.6 took two
-2.0 touch and
-1.1 tough
1.3 town
-1.9 trade
-1.1 trainee position
1.8 trains
1.8 trains and
1.3 transfer
-1.3 transparency
-1.1 transparency i
-1.4 transport
-1.4 travel
1.5 travelled
-1.3 travelling
2.1 treat
3.5 treat my
1.3 treat this
-1.1 treatment
1.8 treats
1.8 treats applicants
-1.4 trial shift
2.1 tried
3.2 tried your
-1.3 trip
1.1 trouble
1.3 trouble you
-1.1 trumpet
-1.1 trumpet but
1.6 trust the
1.6 trust this
1.6 trust you
3.2 trust you'll
-1.3 trustees
3.7 trusting
1.3 try again
-1.1 try something
-1.7 tuesday to
2.2 turned
2.7 turned down
1.3 turning
1.8 turning it
1.3 turns
-1.3 twelve years
1.3 twenty two
-1.1 twenty years
1.2 twice
1.8 twice to
2.4 two emails
1.5 two months
2.4 two offers
4.4 two other
1.3 two previous
3.2 unanswered
3.2 unanswered i
1.9 under a
3.2 under review
1.8 under three
-1.3 understand and
3.5 understand i
1.8 understand it
1.1 understand that
-1.4 understand the
1.8 understand why
-1.9 understand you
-1.1 understood
2.0 unless
2.2 unless i
2.4 unless you
2.4 unpaid
2.1 unpaid day
3.2 unpaid leave
3.2 until a
2.6 until i
-1.7 until the
1.3 up a
2.1 up again
1.3 up and
1.3 up at
1.3 up for
-1.1 up from
-1.3 up i'd
1.3 up my
2.1 up regarding
-1.6 up the
-1.9 up with
1.3 up your
3.7 update at
1.8 update in
3.7 update me
-1.1 update since
-1.4 updated timeline
-1.1 updates
3.1 urgent
3.5 urgent i
4.1 urgently
1.3 us and
-1.9 use
-2.6 used
-1.6 used to
-2.4 useful
-1.4 useful and
-2.1 useful for
-1.3 useful to
-2.4 vacancies
-1.1 vacancies at
1.1 vacancy
-1.4 valid
-1.3 valid until
-1.4 value
-1.6 value any
-1.8 valued
1.3 very concrete
1.3 very eager
-1.2 very glad
-2.3 very happy
3.2 very hard
-1.1 very helpful
-1.1 very interesting
-1.1 very pleased
3.5 very soon
-1.1 video
1.3 visa runs
-1.2 visit
-1.7 visit to
3.0 voicemail
-1.2 volunteer
-1.1 volunteers
1.8 wait in
3.2 wait long
-1.8 wait to
-1.1 wait until
3.2 waited
3.2 waiting
3.5 waiting as
3.2 waiting for
3.2 waiting is
1.9 waiting on
4.0 waiting since
4.0 waiting to
-1.4 walk
-1.1 walk me
-1.1 walked in
4.0 want me
1.3 want the
-1.1 wanted
-2.0 wanted you
1.1 wants
1.8 wants to
-1.2 ward
-1.3 ward <n>
-1.4 was about
-1.1 was asked
1.8 was brought
-1.4 was genuinely
-1.6 was good
-1.4 was happy
-1.3 was hoping
-1.4 was in
-1.3 was kind
-1.4 was my
-1.3 was sorry
-1.1 was struck
-2.4 was the
1.9 was told
-1.1 wasn't
-2.0 way i
1.8 way of
4.5 way or
1.3 way so
1.3 way which
1.9 ways
2.4 we are
2.1 we might
-1.1 we moved
-1.1 we spoke
-1.6 we talked
1.1 we'll
2.4 we'll be
-1.1 we're
-1.1 weaknesses
-1.4 website
-2.3 wednesday about
3.2 wednesday at
-1.8 week about
1.9 week as
3.2 week because
-1.1 week for
3.2 week it
3.7 week until
-1.1 week with
2.1 week without
3.5 week would
1.4 weekend
1.8 weekend to
-1.8 weekly
1.3 weeks ago
-1.1 weeks notice
1.5 weeks so
1.5 weeks to
1.8 weigh
-1.5 welcome
-1.1 welcome a
-1.4 welcome any
1.3 welcome at
-1.9 welcome hearing
-1.1 welcome it
-1.7 welcome the
-1.7 well as
1.3 well i
1.9 well in
-1.3 well organised
-1.7 went from
-1.7 went to
-1.1 went well
-1.1 were a
-1.1 west
-1.1 what
-1.1 what a
-1.6 what i
-1.1 what i'd
3.2 what i'll
-1.7 what it's
-1.3 what the
-1.3 what you
1.8 what's
1.8 whatever your
4.0 whatsapp
3.2 whatsapp in
-1.3 when convenient
3.2 when deciding
-1.7 when i
-2.6 when you
-2.2 whenever
-1.3 whenever you
-2.0 where my
-1.1 where the
1.2 where things
1.3 whether anything
3.1 whether i'm
3.2 whether i've
1.8 whether something
-1.1 whether that
-2.4 whether there
1.8 whether your
1.3 which i'll
1.8 which i've
1.6 which made
-1.6 which was
1.6 whichever
-1.4 while i'm
1.6 while since
-1.1 while the
2.6 while waiting
1.3 whiteboard session
-2.3 who has
-1.3 who have
1.3 who never
1.3 who would
-1.3 whole panel
1.8 why i'm
3.2 will accept
2.4 will drop
3.2 will finally
3.5 will give
1.2 will have
1.9 will need
3.5 will understand
-1.6 winter
-2.6 wish
-2.6 wish the
-2.8 wish you
-1.1 wish your
-1.7 wishing
-1.6 wishing you
-1.1 with a
1.6 with all
1.1 with another
-1.4 with it
-1.1 with limited
-1.4 with me
3.2 with never
1.1 with respect
1.9 with someone
2.3 with them
-1.7 withdraw from
1.5 withdrawing
1.3 within
1.4 within a
1.3 within five
1.7 within the
1.3 within two
2.6 without a
1.3 without the
-1.4 won
1.8 won't be
1.8 wondering
1.8 wondering why
1.3 word
3.2 word is
1.1 work for
-1.3 work in
1.3 work is
1.8 work to
-1.2 worked
1.8 worked out
-1.6 worked with
1.4 working days
-1.3 worry about
2.1 worth it
-1.1 worth the
-1.1 would a
-1.1 would also
1.9 would appreciate
1.8 would at
2.1 would hate
-1.4 would have
3.0 would hear
-1.3 would help
1.3 would hold
1.6 would make
2.6 would mean
-1.1 would most
3.2 would move
-1.1 would prefer
2.2 would rather
1.6 would really
1.8 would save
1.6 would simply
-1.8 would suit
-1.1 would want
-2.0 would welcome
-1.6 would you
2.7 writing about
3.0 writing again
3.2 writing by
3.2 writing regarding
3.5 written to
3.2 yarn
-1.1 year
-1.9 year i
-1.1 year i'd
-1.3 year's
-1.9 years
-1.3 years and
-1.7 years at
-1.3 years i
-1.1 years of
-1.6 years on
-1.6 years running
3.8 yes
4.7 yes or
-1.2 yesterday for
3.2 yet received
1.1 you a
-1.3 you about
3.2 you advertise
1.3 you after
-1.1 you all
-3.1 you asked
-1.6 you be
1.9 you before
2.9 you but
4.6 you by
1.3 you can
3.5 you come
1.7 you confirm
2.1 you could
2.4 you did
1.3 you don't
-1.4 you ever
-1.9 you expect
1.1 you gave
2.4 you get
3.2 you haven't
-1.3 you hoped
-1.1 you if
-1.1 you informed
1.9 you is
1.8 you just
1.3 you let
-1.3 you made
-2.1 you might
3.7 you must
-1.7 you need
1.3 you next
2.1 you note
2.7 you on
2.7 you please
1.8 you promised
-1.4 you run
1.3 you saw
-1.4 you sent
-1.3 you should
1.6 you so
1.3 you this
1.1 you to
1.1 you told
-1.6 you took
4.1 you understand
2.4 you want
-1.1 you were
-1.1 you when
1.2 you will
1.7 you won't
1.4 you would
-1.9 you'd like
1.9 you'll
2.6 you'll be
2.1 you'll have
3.2 you'll let
1.3 you'll think
3.5 you'll understand
3.7 you're not
1.3 you're planning
1.7 you've
3.5 you've decided
2.6 you've gone
1.8 you've had
1.8 you've just
3.2 you've lost
1.8 you've made
3.2 you've seen
2.5 your answer
3.2 your assistant
-1.1 your board
1.8 your busy
1.4 your call
-1.7 your candour
3.2 your chance
1.9 your colleague
2.4 your company's
3.5 your court
1.7 your decision
-1.1 your description
3.7 your desk
4.0 your earliest
-1.1 your explanation
1.3 your feedback
3.7 your final
-1.3 your honesty
1.3 your hospital
1.8 your hotel
1.9 your hr
2.1 your inbox
2.4 your interview
1.6 your kindness
-1.3 your mail
-2.2 your message
3.7 your mind
1.8 your mobile
-1.9 your new
-1.4 your note
3.7 your offer
2.0 your office
-1.3 your organisation
-1.6 your patience
-1.4 your planning
-1.6 your plans
-1.1 your pune
-1.2 your question
-1.9 your records
-1.1 your recruitment
1.8 your regional
1.9 your reply
-1.6 your role
1.8 your second
-1.1 your shortlist
3.5 your silence
-1.8 your timing
-1.1 your website
-1.3 your work
-1.6 youth
""",
)
