"""The readings of tone, learned from tests/corpus/ by scripts/train_readings.py: do not edit."""

from checker.rules._reading import Reading

BLAME = Reading(
    20.7,
    """\
-1.4 <n>
-1.8 <n> <n>
-1.5 <n> august
-2.1 <n> february
-1.2 <n> hours
-1.2 <n> in
-1.4 <n> july
-1.6 <n> june
-2.5 <n> may
-1.8 <n> november
-2.2 <n> october
-1.4 <n> per
-1.8 <n> september
-1.7 <n> th
-1.3 <n> to
1.4 a big
1.8 a bit
2.1 a box
4.0 a candidate
2.1 a certain
-1.4 a close
2.8 a company
1.5 a container
3.0 a contractor
1.6 a conversation
-1.4 a copy
3.4 a day's
-1.4 a decade
-1.4 a difficult
3.0 a fifty
1.3 a firm
2.3 a form
3.6 a formality
-1.4 a fortnight
3.2 a forty
3.0 a four
1.3 a job
-1.4 a line
3.2 a man
3.9 a mistake
-1.8 a moment
1.2 a month
-1.8 a more
-1.2 a much
3.2 a panel
3.2 a parking
3.2 a person
1.8 a pity
1.5 a place
-2.0 a position
3.4 a presentation
-1.4 a project
2.3 a proper
1.5 a request
1.5 a response
-1.2 a rough
3.0 a saturday
1.9 a shame
-1.2 a shared
-3.0 a similar
1.9 a site
-2.2 a small
-1.2 a start
3.2 a strange
1.4 a surprise
3.4 a take
3.0 a templated
1.5 a test
1.6 a third
2.1 a three
-1.2 a trial
2.5 a two
-1.2 a vague
-1.2 a verbal
4.1 a waste
2.1 a word
1.5 aberdeen
3.0 about an
1.5 about any
-1.2 about four
1.3 about future
-1.2 about joining
1.6 about me
-1.4 about three
-1.2 about two
3.0 about whether
1.5 absolutely
1.5 absurd
1.4 abuja
1.6 accent
1.4 accept that
1.5 accept the
-1.2 accepted another
1.5 accepted the
-1.2 account i
-1.2 account manager
-1.4 account of
-1.5 accountant role
-1.2 acquisition
2.5 acting
1.5 acting in
3.0 acting manager
3.0 actual
1.4 actually
1.5 actually opened
1.5 ad
-1.2 add that
1.5 address
1.2 admit
1.8 admit i
1.5 admit it
2.1 admit the
2.0 advert
3.0 advert never
1.5 advert was
1.4 advertised
2.3 advertisement
3.2 advertising
1.5 advice
1.4 afraid
1.7 after a
1.3 after four
-1.2 after hearing
2.1 after my
-1.5 after our
-1.4 after that
1.1 after the
3.0 after three
1.5 after tuesday
3.0 after two
-1.9 afternoon about
1.9 again as
-1.9 again if
-1.4 again to
1.4 again when
1.9 against
3.7 against me
3.0 against you
1.9 age
1.2 agency
1.5 agency's
-1.2 agreed to
-1.8 ahead
-1.5 aid
3.2 all along
-1.4 all and
1.5 all day
-1.2 all four
-1.4 all is
-1.2 all possible
-1.4 all right
1.1 all the
1.9 all three
1.2 almost
-1.5 alone
-1.2 along the
1.5 alongside your
1.5 already in
2.1 already knew
-2.3 also appreciated
1.5 also asked
-1.4 also be
3.0 although i'd
1.3 always
2.5 always going
-1.4 am a
-1.2 am available
-1.2 am confident
-2.2 am disappointed
-2.2 am happy
-1.5 am keen
1.8 am not
-1.4 am now
-1.4 am sad
-1.8 am the
-3.8 am very
1.9 amount
3.0 amount of
1.6 an applicant
1.5 an asset
1.5 an assistant
3.0 an automated
3.2 an employer
2.1 an explanation
3.0 an hour
1.3 an interesting
1.8 an internal
3.2 an interviewer
3.0 an odd
-1.4 an updated
-1.2 analysis
-1.2 analyst interview
-1.9 analyst position
-1.2 and <n>
1.1 and a
-1.2 and about
-1.5 and again
-1.2 and aisha
-1.2 and am
1.5 and apologies
1.5 and at
-2.1 and best
-1.4 and could
2.1 and frankly
1.5 and got
3.4 and had
-2.3 and happy
-1.8 and have
-1.7 and hearing
-1.2 and hope
-1.1 and i'm
-1.2 and kindness
-1.4 and learned
-1.7 and look
-2.2 and mr
-1.2 and mrs
-1.1 and my
2.8 and nobody
-1.5 and one
1.5 and only
-1.4 and our
1.5 and partly
-1.5 and really
1.5 and saved
-1.4 and seeing
-1.5 and that's
2.1 and then
-1.5 and they've
2.3 and two
-1.1 and wanted
1.2 and we
1.5 announced
1.9 annual
1.5 another applicant
-1.2 another candidate
-1.5 another employer
-1.4 another year
1.4 answer about
-1.8 answer any
1.5 answer before
-2.6 answer by
1.4 answers
3.0 answers short
-2.3 any feedback
-3.0 any further
-1.8 any pointers
3.2 any real
-1.4 any time
1.9 anyone
3.0 anyone could
-1.4 anyone else
2.6 anyone on
3.0 anyone to
3.2 anyone who
-2.8 anything further
3.0 anything i
-1.4 anything more
-1.5 anything similar
-1.2 anything suitable
-1.2 anything you
1.7 anyway
1.5 apart from
-1.2 appeals to
1.2 applicant
1.8 applicants
1.5 application and
1.6 application i
-1.2 application stronger
1.5 application to
3.0 application was
1.5 applied
-1.4 applying for
1.5 appreciate an
3.4 appreciate being
-1.2 appreciate your
-1.1 appreciated
-1.4 appreciated hearing
-2.1 appreciated how
-1.2 appreciated learning
1.5 appreciated meeting
-1.8 appreciated that
-2.5 appreciated your
-2.3 apprenticeship
1.9 aptitude
-1.2 arbitration
-1.5 architect
-1.5 are able
3.2 are busy
1.5 are from
-1.2 are in
-1.5 are keeping
-1.2 are needed
1.5 are used
-1.6 are well
-1.4 area
1.9 argue
3.0 argue with
-1.2 around
-1.2 around <n>
-1.2 arrange
1.4 arrived
3.4 arrived at
-1.2 as i've
1.9 as if
1.3 as much
-2.5 as my
1.5 as one
3.0 as open
1.5 as requested
1.9 as they
1.6 as though
-1.2 as you
3.4 aside
3.0 aside i
2.1 ask because
1.2 ask for
-1.2 ask if
1.6 ask you
1.4 asked me
3.2 asked of
1.7 asked to
-1.2 asked what
3.0 assessed
1.1 assessment
1.5 assessment centre
1.4 assessment day
2.1 assessors
1.5 asset
-1.4 assistant position
-2.3 associate
-1.2 associate position
1.6 assume
3.2 assume nobody
1.8 assume the
1.5 assuming
2.3 assured
2.1 assured me
-1.2 at al
-1.6 at all
-1.2 at another
-1.2 at brightwater
3.0 at fifty
1.5 at harrowgate
-1.2 at interview
2.6 at least
1.5 at me
1.5 at saigon
-1.2 at short
-1.9 at st
1.5 attached my
-2.1 attached the
1.2 attention
1.5 attention of
3.0 attitude
-1.2 auditor
-1.2 auditor role
-1.4 august
-1.4 authority
3.0 auto
2.5 automated
-1.2 automation
-1.4 availability
-2.7 available
-1.9 available for
-1.7 award
-1.7 awards
-1.5 away even
-1.2 away more
1.5 back i
-1.2 back when
-1.2 backend engineer
-1.7 backlog
1.5 backup
-1.2 bakery
1.4 bank and
1.5 bar for
-1.2 barista
-1.9 base
2.5 basis
3.7 be asked
1.5 be bringing
3.2 be curious
3.0 be expected
-1.2 be getting
-1.2 be helpful
1.3 be honest
-1.7 be honoured
3.2 be interested
-1.2 be joining
-1.7 be keen
3.0 be marked
-1.4 be most
-1.7 be moving
3.2 be nice
-1.7 be part
-1.4 be surprised
-1.2 be there
2.1 be told
-1.4 be transparent
-2.5 be useful
-2.4 be very
-1.8 be willing
2.4 be worth
1.5 bear
1.9 became
1.3 because the
1.9 because your
-2.3 been about
1.5 been acting
2.5 been filled
3.0 been given
1.5 been invited
1.9 been kind
3.0 been kinder
1.5 been made
3.0 been moved
-1.8 been offered
-1.2 been reading
1.5 been set
1.5 been talking
-1.3 been thinking
1.5 been three
3.7 been told
3.0 before a
3.0 before anyone
1.4 before i
1.7 before the
-2.4 before then
1.5 before they
1.4 before we
3.0 beforehand
3.0 beforehand was
3.2 began
2.1 beginning
3.0 beginning to
3.2 being asked
-1.4 being open
1.5 being straight
4.1 being told
1.6 believe
1.5 believe it
1.4 believe my
3.0 believe she
1.6 believe that
2.8 believe the
1.5 believe this
1.5 believe your
3.4 best of
-1.9 better for
3.0 better from
3.2 biased
1.1 bit
3.0 bit more
3.2 bit rich
3.0 bitter
-1.2 blocks
-1.2 blow
1.5 board every
1.5 booked
-1.4 booking
-1.2 bookkeeper
-1.2 border
1.5 boss
3.0 both a
3.0 both have
1.4 both know
3.0 bothered
3.0 bothered to
1.5 bottom
1.5 bottom of
1.5 box
3.2 branch was
1.5 break to
-1.2 brightwater
-2.1 bring
-2.2 bring that
-1.7 bring the
-1.8 budgeting
-2.0 build
-1.9 built
-1.2 business analyst
-1.2 busy week
1.5 but i've
3.0 but there
1.6 but you
3.6 but your
-2.3 by <n>
1.8 by a
1.6 by how
-1.7 by monday
-1.2 by next
3.0 by someone
-1.9 by thursday
1.4 by your
1.5 call and
1.9 call to
3.4 call was
3.4 call would
1.9 call yesterday
1.5 called the
1.5 called twice
-2.2 calling
-1.4 calling me
1.7 calls
-1.5 calm
1.5 came back
1.2 came through
1.8 can do
-1.4 can move
-1.2 can offer
2.4 can only
-1.2 can provide
-2.0 can send
-1.2 can speak
1.9 can stay
-1.5 can work
3.2 can't see
1.5 cancel
1.9 cancelled
1.4 candidacy
2.0 candidate
3.0 candidate asked
1.5 candidate can
3.9 candidate experience
1.5 candidate in
3.0 candidate is
1.5 candidate with
1.5 candidate would
2.1 candidates
3.7 candidates are
3.0 candidates deserve
1.5 candidates for
3.0 candidates i
1.9 candidates know
1.5 candidates who
-1.7 candour
-1.4 candour about
1.3 cannot
-1.2 cardiac
-1.7 care you
-1.2 case a
1.6 catch
-1.7 cent
-1.4 certain that
-1.7 challenge
-1.5 challenges
1.5 charge nurse
1.5 chartered
1.5 chase
-1.4 chat about
-1.4 chat this
1.5 chat today
-1.8 check in
1.5 chef role
1.5 children
-1.2 children's
-1.7 choice and
-1.2 choice so
1.2 choose
3.2 choose but
1.4 choosing
1.4 chose
-1.2 christmas
-1.2 churn
-1.4 claims
1.6 clarify
-1.2 clear about
1.9 clear from
-1.2 clear picture
-1.4 clearer picture
-1.2 clever
1.5 clinic is
-1.2 clinical research
-1.5 clinics
2.3 clock
-1.2 closer
-1.2 cloud
1.5 co op
1.6 code
1.9 coding
-2.0 coffee
1.5 cohort
-1.2 cold chain
1.9 colleague
-1.4 come back
-1.7 come in
-1.4 come through
1.8 come to
-1.5 comfortable
1.5 coming back
1.5 communicated
1.5 communicated to
-1.2 communications
3.0 company doesn't
-1.2 company i
4.1 company that
-1.7 competition
1.5 competitors
-1.7 complete sense
-2.7 completely
-2.0 completely understand
2.3 conclude
3.0 concluded
-1.2 concrete
1.5 conditions
3.2 conduct
-1.4 conference
-1.4 confident i
1.5 confirms
-1.2 conflict
3.4 confused
1.5 confusion
1.9 congratulations on
-1.2 connection
-1.5 conservation
-1.2 considered if
1.9 construction
1.9 container
3.0 container terminal
-1.3 contract
-1.9 contribute to
-1.4 controller role
-1.6 conversation about
1.5 conversation i
-2.4 conversation on
-1.7 conversation this
1.5 conversation was
-1.2 conversation yesterday
-2.3 conversations
3.0 convinced the
2.3 copied
-1.2 copywriter
-1.2 cork
-1.4 correction
1.5 corvid
2.1 cost
3.0 could both
1.4 could have
-1.2 could keep
1.9 could not
1.5 could run
-1.8 could start
2.1 couldn't
1.6 couldn't help
1.9 count
3.6 count against
1.5 count for
1.5 countries
1.4 counts
1.9 counts for
-2.2 county
-2.2 course but
-1.9 course i
3.2 courted
3.0 courteous
1.9 courtesy
1.8 courtesy of
1.4 covers
-2.0 credit
-1.4 credit risk
3.2 criterion
3.2 criterion in
-1.4 cross paths
2.1 culture
1.9 cup
1.5 curiosity
3.2 curious
3.2 curious to
-2.7 current
-1.4 current company
-1.8 current employer
-1.4 current job
-1.2 current role
-1.2 current until
-1.2 customs compliance
1.6 cutting
1.3 cv
3.4 cv before
-1.2 cv on
-1.5 cycle
-1.4 daily
1.9 dairy
1.5 database
1.4 day and
1.4 day but
1.9 day off
-1.2 day one
1.9 day was
3.4 day's
3.2 day's leave
2.1 days and
1.5 days of
1.5 days so
-1.2 days to
1.5 deal of
-1.4 dear ms
-1.4 decade
-1.4 december
-1.7 decide
-1.7 decide by
-1.2 decision about
1.5 decision as
-2.4 decision by
3.2 decision had
3.2 decision though
1.9 decision to
1.9 decision was
-1.4 decision within
-2.2 decisions
1.5 deepa
1.4 degree
3.2 degree and
3.0 degree was
-1.1 delighted
-1.1 delighted to
-1.5 delivered
1.5 deputy stage
1.9 describe
-1.7 described is
1.5 described to
-1.7 description of
3.6 deserve
3.0 deserve to
-1.2 design engineer
3.0 designed
-1.7 detailed
-1.2 details on
-1.7 developer
-1.5 diary
1.5 did
1.5 did arrive
-1.4 did at
1.6 did enjoy
3.4 did feel
1.5 did my
1.1 did not
3.2 did notice
1.5 did the
3.2 did wonder
1.2 didn't
3.9 differently
3.2 differently but
1.3 difficult
3.9 difficult to
-1.7 digital
-1.2 dinner
-1.2 direction
-1.4 director of
1.5 director on
-1.2 director role
-1.7 disappointed as
-1.4 disappointed but
-1.9 disappointed i
-2.3 disappointed of
-1.2 discharge
-1.5 discuss
-1.3 discuss the
-1.1 discussed
-1.4 discussed on
1.5 discussed which
-1.2 discussing
-1.2 discussing the
-1.2 discussion about
3.0 do and
2.9 do hope
1.5 do if
1.2 do not
2.3 do still
-1.4 do that
2.0 do think
2.3 do with
3.2 do wonder
-1.2 documentation
-1.3 documents
-1.4 documents are
2.6 does
2.8 does not
1.7 doesn't
3.0 doesn't really
-1.2 doing and
2.5 don't believe
-1.5 don't hear
1.4 don't hold
1.5 door
1.5 doubt anyone
1.5 down by
1.6 down for
1.4 down on
1.5 doyle's
-1.4 dr
-1.4 driver
-1.5 drop
2.0 drove
1.5 due respect
1.5 during service
1.9 each stage
-1.8 eager
-1.8 eager to
-1.5 earliest
-1.7 early
1.5 earned
-1.5 easier
-1.8 easier to
-1.2 easy to
-1.5 editor
1.6 eight years
-1.5 eighteen
-1.5 eighteen months
-1.4 electrical apprenticeship
1.1 eleven
3.0 eleven hours
-1.2 else i
-1.1 else you
3.2 elsewhere from
3.2 email after
1.9 email regarding
1.5 email that
-1.4 emailing
1.3 emails
-1.8 emergency
-1.4 employer has
3.2 employer that
1.4 empty
3.2 end is
-1.5 ends on
-1.7 engineer role
3.0 engineering and
1.6 english
3.0 enjoy meeting
-1.7 enjoyable
-1.5 enjoyed it
-2.3 enjoyed learning
-1.1 enjoyed our
1.2 enough
-1.2 enthusiastic
-1.2 enthusiastic about
1.9 entry
3.0 entry level
1.5 equally
-1.2 error
-1.1 especially
-1.4 especially after
3.4 essential
3.0 essential criterion
1.5 estate
1.8 even if
-2.0 even keener
-2.9 even more
-2.0 even though
-1.5 even with
3.0 evenings
-1.2 every day
3.0 every essential
3.4 every question
-1.2 every week
3.0 everyone else
1.7 everything
2.1 everything i
3.4 evidently
1.5 exactly how
-1.2 exactly where
-1.9 exam
-1.4 example
-1.2 examples i
-1.2 excited
-1.2 excited about
3.0 exercise felt
3.0 exists
1.3 expect a
-2.5 expect to
-1.2 expected and
3.0 expected better
1.5 expecting to
3.0 experience counts
2.5 experience of
-1.2 experience or
3.2 experience than
1.5 experience with
-1.2 expired
1.4 explain
-1.4 explain the
-1.2 explained the
-1.2 explaining that
3.0 explains
3.0 exposure
1.9 external
3.0 external applicants
-1.2 facilities
-1.2 facility
1.9 fair amount
-1.7 fair and
1.5 fairer
1.5 fairer to
1.5 fairly obvious
-1.4 fairness
3.0 faith
-1.4 falls
-1.2 far easier
1.5 far more
-1.2 farmer
-1.4 fascinating
1.9 fault
-1.2 features
-1.5 feedback on
3.0 feedback within
3.0 feel i
1.5 feel like
-1.5 feel obliged
2.8 feel the
-1.8 feel very
1.9 felt
3.0 felt as
2.0 felt like
3.0 felt more
1.5 felt the
-2.3 few minutes
-1.2 field and
1.5 field was
1.4 fifteen
3.0 fifteen minutes
2.4 fifty
3.4 fifty three
2.6 filled
3.0 filling
1.3 final round
1.8 finally
-1.1 finance
-1.4 financial
1.2 find
-1.2 find another
2.6 find it
2.1 find out
2.2 finding
3.2 finding someone
-1.9 finds you
1.3 finish
-1.2 finishing
-1.4 firm in
-1.2 first aid
-2.6 first choice
1.5 first class
2.1 first five
1.4 first interview
-1.4 first of
3.0 first ten
-1.9 first year
-1.2 fit around
1.9 fit in
1.2 five
2.3 five minutes
2.8 five weeks
-1.2 fix
-1.4 fixed
-1.2 fleet planning
-1.8 flexible
-1.4 flood
1.3 flow
1.2 fly
-1.4 follow the
2.8 followed
3.2 followed by
3.2 followed up
-1.4 following my
-1.5 following the
1.5 follows
-1.4 for <n>
-2.1 for any
-1.4 for but
-1.9 for calling
1.9 for eleven
-2.0 for explaining
-1.2 for four
1.4 for getting
-2.9 for interviewing
-1.4 for introducing
-1.2 for lunch
3.7 for more
1.4 for most
-1.5 for next
1.6 for nothing
-1.7 for on
3.0 for other
-1.2 for our
-1.2 for passing
1.9 for running
1.4 for similar
1.4 for six
1.5 for so
-1.7 for telling
1.2 for that
-1.8 for today
2.3 for twenty
1.5 for us
1.3 for what
-1.7 for which
2.3 forgive
3.6 forgive me
1.5 forgive the
-1.5 forklift
-1.2 forklift licence
3.4 form letter
3.6 formality
1.9 formally
-1.4 format
1.7 forty
3.0 forty minute
2.9 forty minutes
-1.2 forward to
3.0 found it
1.5 four hours
1.5 four hundred
2.1 four rounds
3.6 four times
-1.9 four weeks
2.1 fourteen
3.2 fourteen years
1.5 fourth time
-1.7 frank
2.3 frankly
1.8 frankly i
1.5 frankly the
-1.2 freelance
-2.0 friday <n>
-1.2 friday so
-1.5 friday the
-2.6 from <n>
1.1 from a
-1.2 from about
2.1 from an
-1.2 from another
-1.7 from me
3.0 from outside
-1.2 from two
2.1 from what
1.5 from where
-1.4 from you
1.5 from your
1.2 front
1.5 front desk
1.4 full attention
-1.5 full picture
-1.2 fully accept
-1.4 fully respect
-1.6 further
-2.0 further documents
-1.4 further information
-1.4 further questions
-1.7 further you
3.4 future candidates
-1.2 future i
-1.2 future opportunities
3.0 future rounds
1.2 future vacancies
1.5 galway
-1.2 gap in
1.3 gather
-1.4 gave a
-1.2 gave the
1.5 general manager
-1.2 generous
1.9 gently
2.3 gently point
3.0 gently say
2.5 gently suggest
1.4 genuine
-1.2 genuinely excited
1.4 genuinely like
1.6 get a
-1.5 get back
-1.2 get it
1.3 get the
1.4 getting back
-1.4 give my
-1.4 give you
1.4 given
1.2 given how
3.0 given it
1.6 given that
1.3 given the
-1.2 giving me
3.0 glad someone
-1.1 glad to
3.6 glassdoor
3.2 glassdoor so
-1.2 go and
3.0 go over
1.5 goes to
-1.4 goes well
1.8 going to
-1.1 going well
1.5 gone better
-1.2 good deal
3.6 good luck
-1.7 good news
-1.5 good start
1.5 good summer
3.0 got it
1.4 got to
1.9 gracious
3.0 gracious about
1.3 graduates
-1.9 grants
-1.2 grants officer
1.5 great surprise
-1.7 great to
-1.2 grew
2.4 group exercise
1.5 guard
-1.4 guessing
1.5 habit of
1.1 had
1.9 had an
3.6 had anyone
2.6 had been
1.9 had clearly
1.2 had hoped
1.4 had in
3.0 had made
2.6 had not
-1.4 had really
1.5 had that
1.5 had the
3.0 had their
1.5 had two
1.5 hadn't
1.4 half
3.2 half an
1.5 half as
1.4 half the
1.5 half your
3.2 halfway
3.0 halfway through
-1.4 handle
1.1 hands
1.9 hands on
-1.2 happens
1.6 hard
2.1 hard for
4.1 hard not
1.8 hard to
3.7 hardly
3.0 harlow freight
1.5 harrowgate
1.5 has already
-1.5 has asked
-1.2 has finished
-1.5 has moved
2.1 has never
1.8 has now
-1.4 has offered
1.5 has run
-1.2 has said
-1.8 has stayed
-1.5 hasn't
1.2 hate for
1.9 haul
-1.5 have accepted
-1.2 have also
-1.5 have decided
2.3 have gone
-1.2 have got
-1.5 have had
-1.9 have it
2.0 have liked
-1.7 have made
1.6 have passed
3.4 have preferred
1.9 have prepared
2.1 have read
3.4 have saved
-1.2 have them
1.7 have to
1.9 having now
1.5 having slept
1.6 he
1.5 he had
1.9 head office
-1.2 heading
-1.4 heads up
-1.2 health
1.5 heaps
1.5 heaps for
1.5 hear anything
-1.2 hear good
-2.2 hear how
1.6 hear of
-1.2 hear than
1.9 heard it
3.0 heard that
-1.5 hearing from
-1.1 hearing how
-1.2 hearing it
-1.2 hearing that
-1.4 heart
-1.2 held
-1.4 held on
1.6 help noticing
-1.8 help with
-1.8 helpful
-1.5 helpful for
-1.4 helps
-1.2 helps me
2.6 her
1.5 hide
-1.4 highest
1.5 hire for
1.6 hiring
2.4 hiring manager
2.1 hiring process
2.2 his
3.7 his phone
1.3 history
-1.4 hold a
1.6 hold the
-1.5 holding
-1.4 holidays
1.6 home task
1.5 honest the
1.4 honest with
-1.2 honestly but
1.4 honestly i
2.1 honestly the
-1.8 honesty about
-1.7 honoured
-1.5 honoured to
-1.2 hope all
1.2 hope that
1.5 hope that's
-1.6 hope to
3.4 hope whoever
-1.9 hope you're
-1.1 hope your
1.5 hoped the
-2.5 hoped to
-1.2 hopeful
-1.3 hoping
-2.3 hoping to
3.0 hotel is
2.2 hour
1.5 hour with
2.9 how a
3.2 how candidates
-1.2 how clearly
3.2 how closely
1.3 how it
2.0 how long
1.5 how many
-1.2 how openly
1.9 how they
2.3 how this
1.9 hr
3.0 hr manager
2.8 hr team
1.9 human
1.5 humbly request
-1.7 hurry
1.9 husband
-1.2 hyderabad
1.5 i accept
1.5 i actually
1.5 i admit
-1.2 i apply
2.0 i ask
2.3 i assume
1.9 i called
-2.1 i came
-2.3 i completely
1.6 i couldn't
1.7 i did
2.0 i do
3.1 i find
-2.0 i fully
2.1 i gather
1.5 i hear
-1.4 i hoped
-1.7 i imagine
2.1 i intend
3.2 i lack
-2.6 i learned
-1.7 i led
-2.3 i loved
-1.2 i meant
3.0 i meet
1.2 i met
-1.1 i need
1.6 i never
1.5 i not
3.0 i note
-2.4 i noticed
1.2 i only
-1.4 i passed
1.4 i plan
1.5 i planned
2.3 i prepared
1.9 i put
-1.5 i realised
-1.2 i rebuilt
-1.2 i reckon
-1.2 i reply
1.2 i respect
1.9 i sat
1.5 i see
1.5 i sent
-1.2 i simply
3.4 i spent
-1.8 i stand
1.2 i still
-1.2 i stumbled
1.5 i suggest
2.0 i suppose
1.5 i suspect
1.6 i take
-1.5 i thought
1.4 i told
1.5 i took
-1.4 i valued
3.0 i walked
-1.4 i want
-1.6 i wanted
2.0 i wasn't
2.0 i wish
-1.4 i wondered
1.2 i write
1.5 i'd actually
1.5 i'd ask
-1.2 i'd check
1.5 i'd come
-1.7 i'd enjoy
3.0 i'd finished
1.5 i'd fit
3.1 i'd gently
2.7 i'd have
1.5 i'd hear
-1.3 i'd love
-1.5 i'd most
-1.7 i'd much
-1.2 i'd really
-1.4 i'd value
-2.3 i'd very
1.5 i'll do
-1.2 i'll give
-1.4 i'll have
3.0 i'll just
1.4 i'll leave
1.5 i'll let
-1.2 i'll make
-1.2 i'll need
1.5 i'll try
1.5 i'm a
1.4 i'm afraid
1.5 i'm assuming
-1.5 i'm aware
-1.2 i'm based
3.0 i'm beginning
-1.5 i'm confident
-1.7 i'm excited
-2.4 i'm grateful
-1.2 i'm guessing
-1.2 i'm most
1.2 i'm not
1.5 i'm now
-2.2 i'm really
-1.2 i'm simply
3.0 i'm struggling
-1.2 i'm taking
-1.5 i'm the
1.6 i'm told
3.2 i'm too
-2.2 i'm very
-1.9 i've already
3.0 i've given
-1.2 i've got
-2.1 i've had
-2.3 i've received
-1.2 i've run
1.9 i've taken
-1.2 icu
3.0 ideal
1.5 ideas
-1.1 if any
-1.2 if i've
1.9 if so
2.1 if someone
1.4 if something
-1.1 if that
-1.7 if that's
1.1 if the
-1.8 if there
1.5 if things
-1.5 if useful
-2.3 if you're
-1.4 imagine the
1.5 important
-1.5 impressed
3.7 impression
-1.9 improve
-1.4 improve for
-1.5 in <n>
-1.4 in about
1.5 in after
-1.4 in any
1.9 in at
-1.7 in case
-1.5 in early
1.9 in fact
-1.4 in fairness
-1.4 in for
1.5 in from
1.4 in front
-1.2 in itself
-1.2 in joining
1.5 in reception
-1.7 in september
-1.2 in twenty
1.5 in two
-1.5 in working
-1.4 in writing
-1.7 inbox
2.1 included
-1.2 indefinitely
-1.2 indication
1.5 informal
1.4 inside
1.5 instead of
-1.2 instructor
1.8 intend
1.8 intend to
-1.2 interest
-2.0 interest in
1.2 interested to
1.3 internal
1.5 internal candidate
1.6 internally
-1.2 internship
-1.1 interview for
-1.2 interview from
1.5 interview in
1.5 interview itself
1.5 interview not
-1.5 interview on
-1.4 interview this
3.6 interview though
1.5 interview three
1.5 interview was
1.5 interview went
1.6 interview which
-1.4 interview yesterday
-1.5 interviewed on
3.7 interviewer
3.2 interviewer made
3.0 interviewer was
3.2 interviewer who
1.7 interviewers
-1.2 interviewers were
1.9 interviewing for
-2.9 interviewing me
1.2 interviews
2.0 interviews and
3.2 interviews i
3.0 into account
1.5 into my
-1.5 into the
-1.5 introducing
-1.4 introducing me
-1.4 inventory
2.8 invited
1.9 invited to
1.2 is a
1.5 is about
-1.2 is all
-2.3 is any
-1.8 is anything
1.5 is as
1.5 is attached
-1.4 is below
3.2 is difficult
-2.6 is exactly
-1.2 is fairly
3.0 is frankly
-1.1 is going
2.1 is hard
2.1 is how
-1.4 is in
3.0 is lovely
1.5 is meant
-1.4 is more
-2.2 is my
1.8 is not
-1.8 is possible
1.5 is rather
1.5 is run
2.1 is starting
-2.4 is that
1.5 is this
-1.2 is to
-1.2 is treating
-1.4 is valid
1.5 is your
1.3 isn't the
1.8 it a
1.5 it clear
2.1 it could
1.9 it does
2.8 it felt
1.4 it had
2.6 it hard
-1.2 it here
-1.2 it makes
-1.2 it meant
1.4 it might
1.4 it more
-1.2 it off
-1.5 it over
1.9 it seemed
4.1 it seems
1.8 it so
1.5 it sooner
3.0 it started
-1.2 it support
2.1 it the
-1.2 it through
-1.2 it today
1.6 it took
1.5 it usually
3.0 it wants
1.5 it which
-1.7 it will
-2.6 it's been
3.0 it's difficult
-1.4 it's exactly
-1.4 it's good
2.1 it's hard
-1.2 it's helpful
2.1 it's worth
1.4 it's your
3.0 item
3.0 its people
-1.2 january
3.4 job advert
1.9 job description
2.6 job i
-1.2 job in
1.4 job is
1.5 job to
3.7 job was
-1.2 jobs
-1.6 join
1.6 join a
-2.1 join the
-1.9 join you
-2.7 join your
-1.1 joining
-1.7 joining you
3.0 journey
3.2 judge
1.9 judged
3.2 judging
3.2 judging by
-1.6 june
-1.4 just let
-1.2 just rather
-1.4 just sending
-1.7 just so
3.0 just want
-1.7 just wanted
-1.1 keen
-1.5 keen and
-1.9 keen to
-2.5 keener
-1.5 keener on
-1.4 keener to
1.5 keep coming
-1.2 keep following
-1.2 keep it
1.5 keep up
-2.4 keeping well
1.5 kilometres
-1.2 kind consideration
1.9 kind to
1.6 kinder
3.0 kinder to
3.0 kindly clarify
-2.2 kindly let
1.5 kindly note
1.5 kindly update
-1.8 kindness
2.1 knew
2.1 knew the
1.1 know about
-1.4 know by
-1.7 know i'm
1.8 know it
1.4 know it's
-1.2 know one
-1.5 know so
-1.5 know these
1.4 know what
2.3 know which
3.6 know why
1.8 known
-1.2 laboratory technician
1.8 lack
3.2 lack is
3.0 lacked
-1.2 landlord
1.5 language
3.0 laptop
3.2 last minute
1.2 last two
-1.6 last week
-1.1 last year
3.2 lasted
3.0 late and
2.1 leading
-1.9 learned
-2.5 learned a
-1.2 learning about
-1.4 learning how
-1.2 learnt
-1.2 learnt a
-1.4 lease
1.6 least
3.2 least i
-1.2 least sure
1.5 leave
3.2 leave and
2.3 leaves
3.0 leaves people
1.2 leaving
1.5 leaving a
-1.9 led the
3.0 led to
-1.5 left even
1.5 left feeling
2.1 left me
1.4 less
2.1 less than
3.2 let go
-1.6 let you
1.5 letter
3.0 letter arrived
-1.2 level <n>
-1.2 level of
-1.7 librarian
-1.2 librarian post
-1.8 library assistant
-1.3 licence
-1.2 licence is
1.6 like a
1.5 like someone
1.5 like this
1.5 like you
1.5 liked hearing
2.3 liked to
1.5 limited
3.6 line email
1.5 line up
3.0 link i
1.5 linkage
-1.2 linkedin and
-1.2 lisbon
-1.1 list
-1.2 list and
1.5 listed
3.2 lists
1.5 little more
3.0 little rich
3.0 lodging
-1.5 log
3.0 logged
-1.8 logistics coordinator
1.5 long i
1.6 longer than
3.9 look at
-1.1 look forward
1.6 looked
1.8 looked at
3.0 looking at
1.5 looking back
1.6 looking for
-2.0 looking forward
-1.4 lose
3.0 loss
-1.5 lot about
-1.8 lot from
3.0 lot on
-1.3 love to
-2.0 loved hearing
-1.4 lovely to
4.3 luck
3.0 luck filling
3.2 luck finding
3.6 luck with
-1.5 lucky
-1.5 lucky to
-1.2 ma'am
1.3 made a
1.5 made by
1.1 made it
-1.5 made me
3.6 made up
1.8 mail
3.0 mail regarding
-2.0 make a
-1.5 make my
1.5 make the
-1.7 makes complete
1.2 makes me
3.6 man
1.2 managed
3.2 managed to
-1.1 management
3.0 manager does
-1.4 manager has
-1.2 manager role
-1.2 manager vacancy
-1.2 manchester
-1.2 mapping
2.6 marked
3.4 marked down
-1.2 marketing executive
1.3 match
3.6 mate
1.5 matter
3.2 mattered
3.2 mattered more
1.5 may be
-1.1 may have
2.8 may i
1.5 may take
1.9 may want
1.5 maybe
-1.3 me a
-2.1 me an
-1.4 me by
1.5 me do
1.4 me down
-1.2 me during
-2.3 me even
-1.2 me every
3.2 me everything
1.9 me feedback
1.3 me from
1.5 me how
1.3 me i
1.5 me i'll
1.5 me it
-1.4 me keener
1.5 me more
2.1 me off
-1.5 me over
-1.2 me plan
1.9 me since
-1.8 me such
1.5 me the
-2.0 me through
3.2 me twice
3.0 me was
-1.2 me well
1.9 me what
-1.2 me when
1.5 me without
3.7 me wonder
3.0 me working
1.5 me your
-1.2 means i
1.2 meant
-1.4 meant a
1.6 meant to
-2.7 meantime
3.0 meet every
-1.7 meet you
-1.1 meeting with
-1.4 meets
2.6 member
3.4 member who
1.4 members
1.9 mentioned in
-1.2 mentioned my
-2.6 mentioned that
-1.5 mentioned you
-1.7 menu
3.0 merit
1.3 message about
1.9 messages
3.0 met every
3.0 minds
3.0 mine to
-1.2 mining
2.2 minute
1.5 minute and
3.0 minute wait
1.5 minutes
3.2 minutes and
-1.7 minutes at
1.8 minutes late
1.4 minutes on
-1.2 miss
3.0 missed what
-1.2 missing
4.0 mistake
3.2 mistake and
-1.8 mobile
-1.5 modelling
-1.2 moment to
-1.8 monday
-1.8 monday about
-1.5 monday for
-2.0 monitoring
-1.5 month end
-1.2 month to
-1.2 monthly
1.5 more candid
-1.5 more certain
-1.4 more detail
-1.2 more eager
-1.2 more for
3.0 more hands
3.0 more in
1.8 more like
-1.2 more sales
1.5 more seriously
1.5 more the
-1.2 morning for
3.0 morning which
-1.2 morning's
-1.4 most excited
-1.2 most grateful
-1.2 most interesting
-2.0 most like
1.8 most of
-1.1 move
-1.2 move forward
-1.4 move the
-1.2 moved to
2.1 much about
1.6 much as
-1.4 much clearer
-1.2 much easier
-1.2 much for
-1.5 much hoping
3.0 much into
-3.0 much like
1.7 much of
-1.4 much prefer
-1.2 much the
-1.2 museum
1.2 must
2.3 must say
1.5 mutual
1.6 my accent
-1.5 my account
1.9 my age
-1.2 my answer
1.7 my answers
1.5 my aptitude
1.4 my candidacy
-1.9 my career
-1.4 my contract
-3.6 my current
-1.2 my email
-1.2 my family's
2.1 my file
-3.1 my first
-1.2 my former
1.9 my husband
-1.5 my inbox
-2.0 my interest
1.5 my job
-1.2 my landlord
-1.2 my lease
-1.2 my level
-1.5 my nerves
-1.9 my next
-2.5 my notice
-1.2 my only
-1.5 my part
-1.2 my partner
-1.8 my phone
-1.5 my present
-1.2 my previous
1.9 my scores
-1.2 my situation
-1.2 my studies
3.0 my surname
-1.2 my technical
-1.2 my third
-1.4 my two
3.0 my view
-1.4 my visit
-1.2 my withdrawal
-1.2 my year
1.5 my years
-1.3 myself
-1.4 myself on
1.5 name is
-1.1 need
-1.5 need a
-1.4 need from
-1.5 need to
-1.5 need your
-1.4 needed from
3.2 needed to
1.5 needing
2.0 needs a
-1.5 nerves
-2.3 network
2.0 never
3.0 never did
3.2 never going
3.0 never once
3.0 never really
3.0 never run
-1.2 new starters
-1.1 news
-1.2 news but
-1.2 news from
-1.2 news this
1.5 next day
-1.4 next few
-1.4 next interview
-1.4 next month
-1.2 next opening
-1.2 next spring
-1.5 next stage
-2.4 next step
-1.2 next steps
-2.1 next week
-1.5 next year
1.6 nice
3.2 nice to
-1.2 night auditor
3.2 nine years
1.3 no longer
-1.2 no need
1.5 no one
-1.7 no problem
-1.4 no reflection
-1.4 no rush
1.5 no update
3.0 no word
2.5 nobody
3.2 nobody could
3.2 nobody mentioned
3.4 nobody on
3.2 nobody will
1.4 nordvik
1.2 not
2.6 not a
3.0 not accept
3.0 not an
1.5 not answer
-1.7 not asking
2.3 not been
3.4 not convinced
1.5 not enough
1.5 not find
1.5 not fully
-2.3 not have
3.2 not how
3.0 not invited
3.0 not quite
3.4 not read
3.0 not really
1.5 not receive
1.5 not something
3.4 not sure
-1.7 not want
3.4 not what
1.5 note and
1.6 note that
-1.7 note to
-1.4 notes from
-1.5 notes on
1.1 nothing
3.2 nothing and
-2.3 notice period
3.2 notice that
-1.1 noticed
-1.2 noticed my
-1.7 noticed the
1.6 noticing
1.4 noticing that
3.2 noting
-2.0 november
1.4 now been
1.5 now used
1.3 number of
-1.5 nurse post
-1.2 nursing
-1.7 obliged
-1.2 obliged but
1.3 obvious
3.0 obviously
-2.5 october
2.5 odd
1.5 of applicants
-1.2 of being
1.5 of curiosity
1.6 of department
-1.2 of experience
1.4 of future
-1.7 of last
3.4 of luck
1.5 of mine
-1.4 of news
1.4 of people
3.6 of silence
1.5 of their
-1.3 of them
-1.2 of those
1.5 of time
1.9 of us
-1.2 of weeks
1.2 of your
-1.2 off to
-1.4 offer from
1.4 offer is
1.3 offer letter
-1.2 offer on
3.0 offer one
-1.8 offered me
1.5 offered to
-1.2 office and
-1.4 office as
-1.4 office manager
-1.7 office on
2.1 officer interview
-2.0 on <n>
-1.2 on any
3.4 on glassdoor
2.1 on his
-1.4 on how
-1.8 on monday
3.0 on sap
2.6 on site
3.0 on someone
-2.2 on thursday
-1.4 on timing
3.0 on tuesday's
-1.5 on wednesday
1.8 on what
-2.4 on where
3.0 on which
3.0 onboarding flow
-1.8 once again
1.5 once the
-1.8 one i
-1.4 one i'd
-1.5 one i'm
1.5 one page
3.0 one sentence
1.9 one so
1.2 one thing
-1.5 one way
1.3 online
3.2 only after
1.5 only ask
3.7 only assume
1.5 only candidate
3.0 only hope
-1.5 only in
-1.8 only one
1.5 only person
-1.5 onto
1.5 op
2.5 open to
-1.7 open with
1.3 opened
-1.5 opening comes
-1.4 opening in
-1.2 openly you
-1.2 opens at
-1.2 opens on
-1.8 operation
1.5 opportunities with
-2.0 opportunity and
1.5 option
-1.4 options
-2.1 or a
-1.2 or in
1.9 or was
1.6 or whether
3.0 organisation's
1.9 organised day
1.5 original
3.0 other end
3.0 other than
-1.4 our call
-1.5 our conversation
-1.2 our conversations
-1.2 our meeting
3.2 out in
-1.4 out on
3.0 out that
1.4 out the
1.2 out to
2.1 out what
-1.4 outcome and
-1.4 outcome i
3.0 outcome was
-1.5 outreach
2.1 outside
3.2 outside applicants
1.6 overqualified
1.5 overqualified for
1.1 own
1.4 ownership
-1.2 pace
-1.4 pacing
-1.4 packaging
-1.4 page and
3.0 page two
-1.4 paid
2.1 panel and
1.5 panel as
3.0 panel asked
3.0 panel concluded
3.0 panel could
1.5 panel did
1.2 panel had
3.2 panel made
3.4 panel member
3.2 panel seemed
1.9 panel that
1.5 panel would
1.5 papers are
3.2 paragraph
-1.4 paralegal
1.5 parental
1.5 parental leave
-1.2 park
3.2 parking
-2.2 part time
-1.7 part was
-1.2 particularly on
-1.1 particularly the
1.5 partly because
-1.5 partnerships
-1.2 passed my
-1.4 passed the
-1.4 paths again
-2.0 patience
-1.5 patience when
-2.3 patient
-1.2 payroll administrator
1.5 payroll lead
1.4 people
1.5 people for
3.2 people the
1.9 people who
1.5 people you
-1.7 per cent
-1.5 perfectly
2.9 perhaps
1.9 perhaps i
3.0 perhaps next
3.7 perhaps the
-2.5 period
-1.4 period is
1.3 person
3.2 person specification
2.4 person you
3.7 personality
1.5 petrol
1.4 pharmacist
1.5 pharmacy
1.1 phone
3.2 phone but
1.5 phone call
3.2 phone for
1.4 pick
-1.2 picked up
-1.6 picture
-1.2 picturing
-1.2 picturing myself
1.9 pilbara
-1.8 pilot
1.8 pity
3.0 pity the
-1.2 placed
-1.2 placement
1.5 places
-1.9 plan my
-1.5 planner position
-1.4 planning
-1.4 planning my
-1.4 planning team
3.2 plans were
-1.2 please accept
1.5 please advise
-2.0 please do
-1.4 please give
-1.2 please let
1.5 please tell
-1.2 please withdraw
-1.2 pleased
-1.2 pleased to
-1.2 po for
-1.7 point about
-1.4 point i
1.5 point in
3.1 point out
-1.8 pointers
-1.2 pointers on
1.5 polish
1.5 polite
-1.4 politely
-1.2 pop
3.0 portal has
3.0 portfolio before
-1.2 position at
3.0 position has
-1.5 position i
-1.2 position in
-1.4 position of
-2.3 position on
-1.7 position opens
1.5 position which
3.0 positions
-1.4 possibility
-1.4 possibility of
-1.1 possible
-1.4 possible to
-1.8 post at
-1.8 post in
-1.7 post of
-1.2 post opens
3.2 post was
-1.5 postdoctoral
2.1 posting
-2.6 prefer
-2.3 prefer to
1.8 preferred
-1.2 prepare
-1.4 prepare better
1.5 prepared
3.0 prepared for
1.5 print
-1.7 problem at
-1.2 problem i
1.5 process but
1.9 process in
1.5 process on
1.8 process was
1.5 process with
1.4 procurement officer
-1.2 producer
1.4 programme and
-1.2 programme at
-1.5 project i
2.8 promised
3.2 promised an
3.0 promised me
3.4 promises
1.3 proper
-1.2 proud
3.0 proves
-2.6 provide
-1.2 provide any
-1.9 provide anything
-1.2 provide references
3.0 psychometric
3.0 psychometric test
2.5 published
-1.2 puts
3.0 putting
3.2 puzzled
1.3 qualifications
-1.2 qualified
3.0 question in
-1.9 question on
1.5 question so
1.2 questions about
1.9 questions i
1.5 questions in
1.5 quick follow
-1.4 quick note
1.4 quicker
3.4 quietly
1.1 quite
1.5 quite a
1.5 quite the
-1.2 r
-1.2 railway
-1.4 raised
1.5 rate
-1.7 rather be
1.5 rather hear
-1.4 rather know
1.5 rather you
1.5 re advertised
-1.4 reach me
-1.2 reached you
2.0 read
1.5 read it
1.6 read my
1.8 read the
1.4 read your
3.4 reads
-1.4 ready to
-1.2 real sense
-1.4 realised afterwards
-1.2 realised the
-1.5 really appreciated
1.5 really do
-1.7 really excited
3.0 really had
-1.2 really helpful
-2.0 really keen
-1.8 really like
-1.4 really want
3.0 reason given
2.1 reasons
-1.4 reassuring
-1.4 rebuilding
-1.4 rebuilt
-2.1 received a
-1.2 received an
1.1 reception
1.5 reconsider
2.3 recorded
3.2 recorded video
-1.6 records
-1.2 records my
1.9 recruiter
3.0 recruiter promised
1.9 recruiters
-1.5 referee
1.5 reference from
-1.7 references or
-1.4 reflection on
1.5 reflects
-1.4 refresher
1.4 regard
-1.4 regards to
-1.8 region
-1.2 regional sales
1.5 regret that
3.6 rejection
-1.4 relationships
1.5 relaxed
-1.5 release
-1.5 relief
-1.4 relocate
1.9 remain interested
-1.1 remain very
-2.6 remains
-2.2 remains my
-1.4 remains the
3.2 remembered
-1.4 reminded
-1.4 reminded me
-1.2 renewal
-1.4 renewed
1.5 replying
-1.2 reporting
-1.4 reps
1.5 requested
-1.5 required
1.4 rescheduled
-1.4 researcher
1.6 respect
3.0 respect for
1.9 respect i
1.5 respect to
2.3 respect your
1.6 respected
-1.4 respond
1.2 rest
-1.2 restoration
-1.2 restructure
1.6 result of
-1.9 results
1.5 reviews how
4.0 rich
3.7 rich to
2.1 right fit
3.0 right match
-1.2 right to
-1.2 road
3.2 roads
-1.4 role after
-1.5 role especially
-1.4 role feel
-1.4 role i'm
-1.4 role i've
-1.2 role than
3.0 role that
-1.2 role this
2.5 role was
1.9 roles at
-1.9 rollout
1.5 room i
-1.4 rough
-2.3 roughly
-1.5 roughly when
-1.4 round of
1.5 round went
2.0 rounds
2.1 rounds and
1.5 rounds for
1.7 run a
1.5 run your
-1.9 runs
-2.2 rush
-1.2 rustenburg
1.5 s you
-1.9 sad
-1.2 sad about
1.4 said it
1.6 said so
1.5 saigon
1.4 salary
3.2 salary band
3.2 salary before
-1.4 sales
-1.2 sales focused
-1.4 samples
2.1 sap
1.2 sat
1.5 sat down
3.0 satisfy
1.8 saved
2.1 saved us
1.5 say i
-2.2 say i'm
3.4 say more
2.6 say the
2.4 saying
3.0 saying so
1.7 says
3.2 says the
-1.7 scale
1.5 scheme and
1.4 score
1.4 scores
1.2 scoring
3.2 screen
1.8 screening
1.9 screening call
3.2 script
-1.7 sea
-2.3 search
-1.2 season and
-1.5 seasonal
-1.4 seasons
1.5 seat
4.0 second interviewer
1.5 second officer
-1.4 second year
1.5 security
1.5 see how
1.5 see one
3.2 see what
2.1 see where
-1.9 see whether
1.9 see which
-1.7 see why
1.5 seem
1.5 seem to
2.4 seemed
1.3 seemed to
2.8 seems
3.2 seems a
1.6 seems to
-1.2 selection criteria
-1.3 send
-1.4 send anything
-2.2 send it
-1.5 send the
-1.1 sending
-1.4 sending the
1.5 sends
-1.2 sense for
3.7 sentence
-1.2 sepsis
-2.7 september
3.0 serves
-1.4 services
-1.4 set up
1.5 sets
-1.7 settle
1.5 settled on
1.9 seven weeks
2.0 shame
3.0 shame the
-1.7 share any
-1.4 shared
1.5 sharing
1.9 sharjah
1.5 she
1.5 she was
1.9 she would
1.4 she's
1.5 shed
1.5 shop floor
-1.5 short notice
1.9 short of
-1.4 short so
3.4 shortlist was
3.0 should know
-1.2 should the
1.5 shouldn't
-1.2 show me
3.0 show what
-1.4 show you
2.1 shown
2.0 side of
-2.0 sign
-1.4 sign off
-1.5 signed up
2.6 silence
-1.5 similar
-1.5 similar post
-1.7 similar role
1.4 similar roles
3.0 simply told
3.6 since it
3.0 since nobody
-2.1 since our
-1.2 since passed
-1.7 since we
1.3 since you
3.0 since your
1.5 sir
1.6 sir i
-1.4 site engineer
1.4 site visit
-1.9 situation
1.1 six
1.2 six years
3.0 sketched
1.5 skills
1.5 slept
1.5 slept on
1.5 slipped
1.4 slot
3.2 slot and
-1.5 small update
-1.5 smaller
3.0 so and
-1.2 so any
-1.5 so far
1.5 so perhaps
-2.3 so please
-1.5 so thank
-1.2 so we
-1.4 soil
1.5 some way
1.6 someone
1.4 someone already
3.0 someone from
3.0 someone more
1.6 someone with
1.6 something else
1.5 something more
-1.4 something similar
-1.5 soon
-1.4 sorry for
-1.9 sorry not
-1.5 sort
1.6 sorted
1.5 sorted before
-1.4 spare
1.5 speaks
-1.8 specialist
-1.2 specific
3.2 specification
3.0 specification and
-1.4 speed
-2.0 spend
-1.4 spend the
1.3 spent
3.0 spent more
2.3 spent most
-1.2 splits
-1.5 spoke i
-1.8 spoke on
3.6 spoken
3.4 spoken to
-1.2 spot
-1.8 spring
-1.4 sql
1.5 square
-1.2 st
1.5 staff are
1.5 stage manager
-1.2 stand with
2.3 standing
-1.4 stands
-1.2 start any
-1.5 start at
-1.5 start date
3.0 start that
3.0 started forty
-1.2 started picturing
-1.2 starters
1.3 starting
2.3 starting to
1.5 status as
-1.4 stayed
-1.3 stayed with
-1.9 step
-1.2 step back
-1.3 steps
1.8 still be
3.0 still can't
1.9 still i'd
-1.2 still in
3.4 still like
-1.7 still my
3.2 still not
1.4 still open
1.9 still think
1.4 stopped
-1.2 storage
-2.2 store
-1.4 store manager
-1.2 stores
-1.4 story
-1.5 straight away
1.2 straight with
3.6 strange
-1.5 strengthen
-1.4 stretched
-1.4 strong field
-2.0 stronger
1.9 struck me
1.8 struggling
3.4 struggling to
-2.3 student
-1.5 students
-1.2 studies which
-1.1 studio
1.4 study brief
1.5 study i
-1.2 stumbled
-1.5 subject checking
1.5 subject follow
1.5 subject following
2.3 subject re
3.0 success in
1.2 successful
1.5 successful applicant
3.7 successful candidate
-1.1 such
-2.3 such as
1.7 suggest
3.2 suggest that
3.4 suggest your
1.4 suggests
-1.4 suit
-1.7 suit me
-1.7 suite
-2.4 suits
-1.5 suits the
-1.2 suits you
1.5 summary of
-1.2 summer
-1.4 supervisor at
1.5 supervisor post
-1.4 supplier
-1.1 support
-1.2 support the
2.0 suppose
1.4 sure
-1.2 sure about
3.0 sure anyone
3.2 sure how
3.6 sure it
1.5 sure she
1.9 sure that
2.0 sure the
1.9 sure they
3.4 sure what
3.0 surname
1.3 surprise
1.5 surprise given
3.0 surprise to
1.5 surprised
-1.4 surprised if
3.6 surprised that
1.5 surprised the
3.2 surprising
1.4 suspect
1.9 suspect it
1.5 suspect my
1.5 suspect that
-1.5 system and
1.2 table
1.4 take home
1.4 take it
1.6 take me
-1.2 take time
-1.2 take up
1.4 taken
-1.2 talk it
-1.5 talk through
1.2 task
-1.9 tasting
-2.1 taught
-1.7 taught me
-1.2 tax
-1.2 team as
-1.4 team at
1.5 team can
1.5 team even
3.0 team gave
-1.2 team hoped
1.4 team i
1.5 team i'd
-2.3 team is
-1.7 team of
-1.2 team so
-1.2 team through
3.0 team well
2.1 team will
-1.2 team works
-1.5 team would
-2.2 team's
-1.2 team's work
1.5 tech
3.2 technical test
-1.2 technician position
1.1 tell
1.5 tell me
1.4 tells
1.7 tells me
3.0 templated
-1.4 ten days
1.5 ten minutes
-1.8 term
1.4 test
1.6 test and
3.2 test nobody
1.5 test of
2.3 test was
1.5 tests
-1.7 th
-1.2 th march
-1.4 th of
-1.4 th so
1.9 than an
2.0 than any
1.5 than by
-1.4 than emailing
3.0 than find
3.0 than from
-1.7 than i'd
-1.4 than just
-1.2 than later
3.4 than me
-1.8 than most
1.5 than not
3.4 than on
-1.4 than when
1.6 than you
-2.0 thankful
-1.7 thankful for
-2.0 thanks and
1.2 thanks for
1.5 thanks heaps
-1.4 thanks so
1.5 that <n>
2.6 that a
1.4 that after
-1.8 that as
1.5 that at
-1.2 that come
-1.2 that date
1.5 that does
1.5 that every
1.9 that everyone
2.1 that had
-1.2 that helps
-1.4 that i'd
-2.2 that i'm
-1.8 that makes
-1.2 that only
3.4 that other
-1.2 that our
1.5 that said
1.5 that site
2.0 that someone
1.9 that tells
1.2 that the
-1.8 that this
1.9 that took
1.9 that were
-1.7 that work
-1.5 that would
3.9 that your
-1.2 that's a
-1.2 that's fine
-1.4 the <n>
-1.9 the accounts
3.0 the acting
3.0 the actual
2.3 the advertisement
1.6 the afternoon
1.9 the agency
1.4 the answer
1.9 the assessors
-1.2 the associate
2.1 the attention
-1.5 the backend
1.5 the bar
-1.2 the barista
-1.2 the better
-1.2 the brand
1.9 the brief
-1.9 the budget
-1.2 the budgeting
-1.4 the business
1.9 the calendar
1.1 the call
3.7 the candidate
-1.4 the challenges
-1.2 the claims
1.9 the clock
-1.4 the coffee
-1.2 the communications
1.6 the company
-1.4 the compliance
1.5 the confusion
-1.2 the conservation
-1.2 the conversations
1.4 the council
-2.0 the county
1.5 the courtesy
-1.5 the credit
3.0 the cv
-1.2 the detailed
-1.2 the director
-1.4 the drive
-1.2 the earliest
-1.4 the emergency
-1.2 the evening
-1.2 the expansion
-1.2 the facilities
-1.2 the family
1.4 the figure
1.1 the final
-1.2 the fire
1.4 the floor
2.1 the fourth
-1.5 the grants
1.2 the group
-1.2 the harvest
-1.4 the highest
1.9 the hire
1.6 the hiring
-1.8 the honest
1.9 the hotel
3.0 the hour
-1.2 the hours
1.2 the internal
2.5 the interviewer
1.2 the interviews
-1.2 the inventory
-1.2 the it
1.6 the job
-1.6 the junior
-1.2 the laboratory
1.1 the last
-1.2 the latest
-1.4 the learning
3.0 the least
1.4 the line
-1.4 the local
-1.2 the management
1.9 the manager
-2.7 the meantime
1.5 the mine
-1.5 the moment
-2.5 the month
3.0 the name
-1.4 the network
1.5 the notes
1.4 the numbers
1.8 the offer
-1.2 the offshore
1.5 the original
-1.2 the pace
-1.4 the paralegal
-1.2 the pass
-2.1 the payroll
1.8 the person
1.9 the pilbara
1.5 the pipeline
-2.0 the planning
-1.2 the possibility
-1.4 the postdoctoral
3.2 the posting
-1.8 the practical
-1.4 the presentation
3.0 the published
1.9 the questions
2.1 the real
1.9 the reason
3.0 the reasons
3.0 the recorded
2.1 the recruiter
-1.7 the region
3.2 the rejection
1.9 the requirements
1.1 the rest
-1.2 the rollout
1.2 the room
2.1 the salary
-1.4 the science
1.5 the score
1.5 the scoring
-1.5 the search
1.4 the selection
1.5 the shortlist
1.4 the silence
-2.2 the spring
1.3 the standard
1.3 the start
-1.2 the state
-1.4 the store
-1.2 the strategy
-1.2 the student
2.0 the successful
-2.3 the summer
1.9 the table
-1.2 the take
-1.2 the tasting
-1.2 the tea
-1.8 the team's
4.0 the third
1.9 the three
-1.5 the travel
1.9 the twelve
3.0 the twenty
-1.8 the unit
1.6 the update
-1.4 the warm
-1.7 the weekend
1.2 the whole
1.2 the written
1.6 the wrong
-1.4 the youth
1.2 their
3.0 their minds
-1.2 them on
-1.8 there anything
1.5 there has
-1.1 there is
3.0 there we
1.5 there which
-1.6 there's any
-1.2 there's no
-1.2 these decisions
-1.8 these things
1.8 they can
1.9 they had
-2.1 they have
1.5 they said
2.8 they were
-1.9 they've
-1.5 thin
1.5 thing to
-1.4 things up
1.4 think my
1.6 think the
1.7 think you
-1.2 think you'd
2.1 think you'll
3.4 think you've
2.1 think your
-1.5 thinking about
1.4 third
3.0 third interview
3.6 third time
3.0 thirty minutes
-1.2 this autumn
-1.5 this finds
-1.2 this morning's
3.2 this process
-1.2 this role
-1.2 this spring
-1.8 this week
1.5 this whole
-1.6 this year
3.0 those of
1.2 though
1.2 though i
1.5 though i'll
2.0 though i'm
-1.4 thought about
-2.1 thought i
-2.0 thought i'd
-1.1 thought it
1.5 thought the
-1.5 thoughts
-1.5 thoughts on
1.1 three
1.5 three countries
3.0 three did
3.0 three hour
4.2 three interviews
-1.2 three months
3.2 three people
2.1 three rounds
2.1 three times
1.9 three year
-1.2 through and
-1.2 through for
2.1 through my
3.0 through two
-1.5 throughout the
-2.1 thursday
-1.5 thursday <n>
-1.5 thursday about
-1.2 thursday at
-1.8 thursday for
-1.2 tidy
1.9 time for
-1.2 time is
3.0 time it
3.0 time that
2.2 time the
3.2 time your
-1.1 timeline
-1.2 timeline i
1.2 times
1.5 times at
3.0 times now
-1.2 timing
-1.6 to <n>
-1.8 to add
3.0 to anyone
4.2 to believe
-1.6 to bring
1.5 to close
-1.2 to come
1.9 to conclude
-1.2 to contact
-1.2 to correct
-1.4 to decide
1.9 to describe
-1.5 to discuss
-1.2 to email
2.3 to every
1.9 to expect
1.2 to explain
2.8 to feel
3.0 to finish
-1.4 to fit
-1.1 to give
-1.1 to help
-1.5 to home
1.4 to how
-1.2 to hurry
-1.4 to improve
-2.2 to join
3.0 to judge
1.5 to long
1.7 to look
-1.2 to lose
-1.4 to mr
-1.1 to my
1.5 to our
3.2 to people
-2.3 to provide
1.5 to put
3.2 to rate
-2.3 to reach
1.2 to read
1.5 to reconsider
3.0 to regret
1.8 to reply
1.5 to return
1.2 to run
-1.2 to rush
3.0 to satisfy
-1.4 to save
1.5 to seeing
-1.1 to send
-1.2 to sit
1.6 to someone
-2.0 to spend
1.4 to tell
-1.4 to that
2.0 to think
-1.2 to trouble
-1.8 to try
1.4 to understand
1.4 to use
-2.2 to wait
-1.4 to walk
-1.1 today
1.6 told
3.0 told i
1.5 told me
2.5 told the
1.5 told to
2.1 told you
-1.2 tom
-1.7 tomorrow
1.3 too much
1.5 too senior
1.9 took a
3.0 took five
-1.2 tools
-1.4 touched
-1.2 touching
1.4 transparency
1.4 transparency i
-1.4 transparent
-1.2 transparent that
2.1 travelled
-1.4 travelling
3.6 treated
-1.2 treating you
3.2 treats
-1.4 tried
-1.4 trust this
2.3 try not
-1.4 try to
1.2 trying
1.9 trying to
-1.2 tuesday and
1.5 tuesday i
-1.7 tuesday to
1.9 turbine
1.2 turned
3.2 turned out
1.6 turning
1.2 twenty
1.5 twenty hours
3.4 twenty minute
1.9 twenty minutes
1.3 twenty years
2.3 twice
1.9 twice and
3.0 twice without
1.4 two days
3.0 two evenings
-1.2 two examples
1.6 two hours
3.6 two line
1.9 two months
1.5 two of
-1.2 two seasons
3.2 typing
-1.4 uk
3.2 under review
-1.5 understand and
1.5 understand how
-1.8 understand the
2.3 understand what
-1.5 understanding
3.9 unfair
3.2 unfair to
-1.2 unit and
2.3 unpaid
4.1 unprofessional
-1.6 until
-2.3 until <n>
-1.4 until the
-1.5 up at
1.5 up but
-1.2 up by
-2.0 up for
1.9 up from
-1.2 up my
3.2 up rather
3.2 up twice
1.3 up with
2.1 update and
1.5 update me
-1.4 update since
3.2 update though
-1.4 updated timeline
1.5 uploaded
1.9 us and
1.3 us both
1.5 us who
-2.3 useful for
-1.2 vacancy at
1.5 vacancy i
-1.5 valid
-1.4 valid until
-1.5 value any
3.0 values
-1.7 van
-1.2 verbal
-1.2 verbal offer
-1.1 very
-1.2 very eager
-1.2 very enjoyable
-2.7 very enthusiastic
-1.5 very glad
-2.3 very happy
3.2 very hard
-1.2 very helpful
-1.4 very interested
-1.2 very keen
-1.1 very much
-1.4 very pleased
-1.7 very real
1.5 very strong
-1.4 very thankful
-1.2 very welcome
1.5 very well
-1.7 visits
-1.2 voicemail
-1.2 volunteer coordinator
-1.4 volunteers
-1.2 wait for
3.0 wait in
-1.4 wait until
1.5 waiting room
2.3 walked
3.0 walked in
-1.7 walking me
1.5 walkthrough
-1.3 wanted to
-2.0 wanted you
1.5 wants
1.5 warehouse role
-1.4 warm welcome
-1.2 warning
1.5 was about
1.4 was actually
2.4 was always
2.1 was an
3.4 was asked
3.0 was being
3.0 was ever
2.1 was exactly
-1.2 was fascinating
3.0 was filled
3.4 was for
-2.0 was glad
-1.5 was grateful
-1.8 was great
3.2 was handled
3.0 was hard
1.8 was in
3.0 was interviewing
1.9 was just
-1.5 was kind
3.0 was led
3.7 was made
3.4 was marked
3.2 was meant
3.9 was never
1.4 was not
1.3 was on
-1.5 was one
1.5 was only
3.0 was promised
1.9 was really
3.0 was settled
-2.2 was sorry
3.0 was spent
4.0 was surprised
2.1 was that
3.2 was there
3.2 was unprofessional
1.1 wasn't
2.1 waste
3.9 waste of
-1.9 watching
3.0 way but
1.2 way i
-1.2 way i'd
2.5 way of
-1.5 way or
1.7 way to
-1.9 way you
1.8 ways
3.0 we are
-1.3 we can
3.2 we could
1.9 we didn't
-2.3 we met
-1.2 we moved
3.0 we never
-1.3 we spoke
-1.2 we used
1.5 we went
1.5 we'll be
-1.2 weakness
-1.2 weaknesses
3.4 website
-1.4 wednesday
-2.3 wednesday about
-1.5 wednesday and
-1.7 wednesday for
-1.5 week about
-1.7 week so
-1.2 weekends
1.3 weeks of
1.5 welcome hearing
-1.1 welcome the
-1.8 well at
3.0 well before
1.5 well below
-1.4 well for
-1.5 well i'm
3.0 well of
-1.2 well run
2.9 well with
1.1 went
-1.2 went from
3.4 went on
3.0 went out
1.7 went to
1.5 went with
1.2 were
1.6 were looking
1.5 were not
1.6 were the
3.0 weren't
3.2 what basis
3.0 what changed
3.0 what exactly
-1.2 what i'd
1.5 what is
1.3 what it
1.8 what it's
1.4 what my
2.1 what the
2.5 what they
1.6 what to
1.5 what was
-1.4 what would
3.2 whatever the
3.0 whatever your
-1.2 when my
-1.3 when we
-2.2 whenever
-1.4 whenever suits
1.5 where to
1.9 whether i'd
-1.8 whether i'm
-2.5 whether there's
3.0 which does
-1.2 which has
1.3 which makes
3.4 which part
3.0 which suggests
3.0 which told
-1.2 while i'm
1.5 while the
1.4 who
1.2 who already
1.9 who never
3.2 who went
1.6 who would
1.4 whoever
1.5 whoever has
1.5 whoever takes
3.0 whole day
1.5 whole thing
3.4 whose
1.4 why
2.3 why i
1.9 why my
-1.2 wider
1.5 will admit
3.0 will forgive
1.5 will give
1.4 will take
1.8 wish
2.6 wish the
2.5 wish you
3.0 with less
2.1 with no
-1.2 with one
2.6 with respect
-1.4 with you
-1.2 withdraw because
3.2 withdraw the
-1.2 withdraw with
-1.2 withdrawal
3.2 withdrawing my
2.1 without an
3.0 without hearing
-1.2 without me
-1.2 won
2.7 wonder
2.1 wonder how
2.9 wonder whether
-1.5 wondered
-1.4 wondered whether
3.0 wondering whether
2.0 word
3.4 word of
-1.1 work i
1.5 work i'd
-1.4 work on
1.8 work out
-2.5 work with
-1.1 worked
-1.8 worked with
-1.2 worker
1.5 working a
1.5 working alongside
-1.2 working at
-1.2 working on
-2.0 working with
1.5 works out
-1.2 workshop
1.7 worth
1.5 worth a
2.1 worth the
1.9 would ask
1.9 would gently
1.6 would genuinely
2.3 would have
-1.2 would help
-1.8 would love
-1.8 would make
-1.2 would most
-1.5 would need
2.3 would point
-1.2 would prefer
1.5 would probably
1.2 would rather
-1.4 would value
-2.3 would very
-2.4 would you
-1.2 writer
1.4 writes
-2.3 writing about
-1.4 writing with
-2.1 written offer
3.4 written test
1.6 wrong
3.4 wrong way
1.3 wrote
1.5 wrote to
-1.1 year
-1.4 year <n>
-1.1 year and
-1.2 year end
-1.5 year i
3.0 year old
-1.7 year so
-1.4 year's
-1.7 years at
1.5 years in
1.3 years of
1.2 years on
-1.6 yesterday for
-1.2 yet and
3.2 yet to
3.0 you advertised
-1.4 you again
-1.5 you asked
-1.9 you be
-1.4 you before
-1.2 you but
-1.9 you by
1.4 you chose
-1.5 you could
-2.1 you described
-1.4 you ever
1.9 you every
1.5 you found
-2.3 you gave
1.5 you hire
-1.5 you hoped
-1.5 you i
-2.1 you in
1.5 you kept
1.8 you may
-3.6 you mentioned
1.5 you must
-1.4 you need
-1.7 you on
-1.9 you once
3.6 you say
1.5 you should
-1.1 you soon
-1.2 you taking
-1.2 you the
-1.5 you took
-1.4 you very
3.2 you wanted
-1.8 you would
-1.7 you'd be
1.1 you'll
2.1 you'll find
1.3 you'll understand
-1.3 you're
-2.0 you're able
-1.9 you're keeping
-1.6 you're well
1.5 you've got
3.2 you've made
-1.4 young
3.9 younger
-1.2 your account
3.7 your advert
1.5 your agency's
1.5 your attention
2.0 your call
3.2 your candidate
-1.5 your candour
1.5 your clients
1.5 your clinic
2.5 your colleague
1.5 your competitors
-1.2 your consideration
-1.2 your description
-1.4 your diary
1.4 your email
-1.4 your explanation
-1.2 your file
1.5 your firm
2.1 your head
-1.8 your honesty
4.0 your hr
3.0 your interview
3.6 your interviewers
3.6 your job
-1.1 your kind
-1.2 your list
3.2 your mail
1.7 your message
-1.4 your news
4.0 your note
1.5 your offer
1.6 your organisation
1.9 your own
2.6 your panel
-1.7 your patience
-2.2 your planning
-1.4 your point
3.2 your portal
-2.1 your question
-1.2 your questions
-1.1 your records
1.6 your recruiter
3.9 your recruiters
1.4 your recruitment
1.4 your reply
-1.5 your role
-1.2 your shortlist
1.6 your side
-1.9 your timeline
3.0 your website
1.4 your work
1.2 yours
""",
)

BOASTING = Reading(
    18.8,
    """\
-2.4 <n> april
-1.7 <n> august
-1.4 <n> certificate
-2.2 <n> february
-1.4 <n> july
-2.8 <n> june
-2.9 <n> march
-1.9 <n> november
-2.3 <n> october
-1.7 <n> per
1.5 <n> post
-2.1 <n> september
-2.8 <n> to
1.5 a bigger
1.5 a book
-1.7 a call
2.1 a candidate
2.9 a certain
3.2 a classroom
1.5 a competitor
2.9 a considerably
1.5 a coordinator
-1.4 a copy
-1.2 a course
-1.6 a current
3.2 a cut
-1.4 a deadline
4.1 a decade
-1.2 a decision
1.8 a department
-1.6 a difficult
1.1 a firm
2.3 a first
1.5 a five
1.6 a formality
-1.4 a fortnight
2.9 a fourth
-2.2 a full
2.9 a genuinely
2.9 a handful
2.9 a higher
-1.4 a job
1.5 a legend
1.6 a level
-1.6 a line
2.9 a master's
2.9 a model
1.4 a more
1.6 a much
2.9 a multinational
2.4 a nice
-1.2 a note
-2.0 a one
-1.2 a paper
1.5 a place
-2.2 a position
-2.2 a post
-1.4 a presentation
2.1 a problem
1.5 a process
-1.2 a quarter
2.6 a record
1.5 a reference
1.8 a regional
-2.2 a reply
-1.2 a rough
2.9 a row
2.9 a sales
-1.2 a school
-1.4 a second
2.9 a senior
-1.9 a shared
-3.2 a short
-1.2 a similar
1.5 a single
1.5 a slightly
-1.2 a smaller
1.5 a spreadsheet
1.5 a standard
3.9 a step
-1.6 a strong
-1.6 a surprise
-1.2 a trial
-1.2 a verbal
-1.4 a yes
-3.3 able
-3.3 able to
-2.2 about <n>
3.2 about as
2.9 about cloud
-1.2 about eight
-1.6 about four
-1.1 about how
1.8 about me
1.5 about stakeholder
-1.2 about supporting
1.3 about that
-1.2 about two
2.5 above
3.5 above the
2.9 above what
-1.4 accept
-1.6 accept it
-1.2 accept my
-1.6 accept the
1.5 accepted an
-1.2 accepted another
-1.4 accordingly
2.1 account director
-1.2 account manager
-1.4 accountant position
-1.2 accounts and
-1.2 accounts assistant
-1.2 accounts for
-1.2 accounts payable
1.5 across three
-1.2 act
2.9 actually run
-1.4 additional
3.2 adeyemi
1.5 adjust
-1.2 admire
1.5 admit i've
-1.4 admit the
1.5 advertise
2.1 advice
3.2 advice on
1.5 advise
1.4 afraid
1.5 afraid i'll
-1.2 after careful
-1.2 after four
-1.2 after hearing
-1.4 after my
1.5 after one
1.5 after running
-1.7 after that
-1.6 after three
-1.6 again about
1.8 again if
-1.1 again in
-1.2 again next
-2.1 again on
2.4 again to
-1.4 again when
1.7 agree
1.5 agree the
-1.4 agreed
-1.2 agreed to
-1.2 agronomist role
1.7 ahead
3.1 ahead of
-1.2 aircraft
1.3 al noor
1.5 all came
1.4 all of
-1.2 all possible
2.3 all year
1.5 alone
3.2 alone so
2.9 along with
1.2 alongside
1.1 already
3.2 already done
2.9 already made
1.6 already told
-1.2 also enjoyed
1.6 always
3.2 always been
-1.2 am available
1.8 am certain
2.3 am confident
-1.1 am disappointed
-1.9 am not
1.2 am now
2.9 am one
2.9 am ready
-1.3 am still
1.2 am sure
4.0 am the
1.3 ambitious
-1.2 among them
-1.2 amount
-2.5 an answer
2.9 an asset
-1.2 an email
1.5 an example
-1.4 an updated
2.9 analyst program
-1.2 analytics team
-1.2 and about
3.2 and also
-1.6 and am
1.5 and apologies
1.5 and as
1.5 and both
-1.2 and drove
1.5 and four
2.9 and he
-1.8 and in
-1.2 and kindness
-1.7 and learned
-1.2 and learning
-1.2 and left
1.8 and more
-1.2 and most
2.1 and no
-1.4 and nobody
-1.2 and not
-2.0 and our
-1.2 and really
-1.4 and seeing
3.2 and sort
1.8 and still
3.2 and there
-1.2 and they've
-1.4 and thought
2.9 and under
2.9 and with
1.5 and yours
-1.2 another employer
-2.3 another offer
-1.2 another opening
-1.4 another organisation
1.5 another practice
-1.4 another role
-1.1 answer
-1.3 answer about
-1.2 answer anything
-2.5 answer by
2.3 answered every
2.9 answered your
-1.4 any chance
-2.5 any feedback
-1.9 any other
-1.2 any pointers
-1.2 any sense
-1.4 any time
2.5 anyone
4.3 anyone else
1.5 anyone in
2.1 anyone to
3.2 anyone who
3.4 anyone with
1.2 anything more
1.5 anything to
2.1 apart
1.1 apologies for
-1.6 app and
3.2 apparently
-1.4 appeals
-1.2 appeals to
1.2 applicant
1.2 applicants
-1.2 application and
-1.4 application was
-2.1 applications
-1.2 applied
-3.0 apply
-2.6 apply again
1.3 applying for
-2.1 appointment
-1.7 appreciate hearing
-1.4 appreciate it
-1.2 apprentice
-1.5 approach
1.5 approached
2.4 approaches
2.9 approaches this
-1.6 april
1.8 arbitration
1.5 architects
-1.7 are able
1.8 are exactly
2.9 are meeting
1.8 are on
2.9 are required
2.9 are still
-1.5 are well
1.5 aren't
-1.9 around <n>
3.4 around me
1.5 around two
-1.2 arrange
-1.4 arrangements
-2.2 arrived
1.8 arriving
3.4 arrogant
1.5 art
-1.2 article
-1.2 article on
-1.2 artist
1.3 as an
2.9 as chief
1.5 as he
1.6 as i'm
2.9 as people
-1.4 as promised
1.8 as someone
-1.2 as that
1.4 as the
2.9 as your
-1.4 ashby
1.3 ask about
1.5 ask how
-1.5 asked about
-1.6 asked for
1.4 asked me
-1.7 asked whether
-1.4 assessors
3.4 asset
2.9 asset to
-1.1 assistant
-2.2 assistant post
-1.9 assistant role
1.3 assume the
1.2 at a
1.6 at al
-1.2 at another
2.3 at brightwater
-1.4 at home
1.5 at how
-1.2 at interview
1.5 at present
1.5 at quill
-2.2 at some
2.9 at that
1.8 at three
1.8 at two
-2.4 attached
-1.4 attached a
-1.4 attached my
-1.1 attached the
1.3 audits
-1.5 august
1.8 authority
-1.7 automated
-1.2 autumn
-1.2 available from
1.1 award
2.3 award for
2.3 awards
2.9 away feeling
2.4 awkward
-1.2 b
3.4 back and
1.5 back on
2.1 back with
1.8 backend engineer
-1.4 background in
-1.2 backlog of
1.3 band
3.2 bar
-1.2 based
1.5 batch at
-2.2 be able
3.2 be an
1.5 be available
2.3 be candid
-1.7 be contacted
1.6 be easy
2.9 be fine
1.5 be frank
4.0 be getting
-2.7 be grateful
-1.2 be helpful
-2.0 be in
2.9 be interviewed
-1.4 be kept
3.2 be lucky
-1.2 be made
-1.2 be possible
-1.4 be proud
3.2 be running
4.1 be surprised
1.5 be the
1.2 be thrilled
1.5 be transparent
-1.7 be useful
-1.2 be watching
-1.6 be willing
1.5 became clear
3.5 because it
-1.4 because of
-1.4 because you
1.5 been appointed
1.4 been asked
3.4 been doing
-1.4 been filled
1.5 been hard
1.8 been in
1.3 been invited
-1.2 been kind
3.2 been named
-1.2 been on
1.6 been the
-1.2 been told
1.5 been trying
1.5 before and
-1.3 before i
1.5 before i'd
-1.6 before my
-2.6 before then
-1.7 before we
1.8 before you
-1.7 beforehand
2.4 behind
2.9 behind the
-1.7 being open
3.5 being the
1.2 believe i
2.9 believe your
1.1 below
1.8 below what
2.3 berth
3.4 best candidate
1.8 best in
-1.9 better example
1.7 better than
-1.4 between three
3.2 between us
1.6 big
2.4 bigger
2.4 biggest
3.5 blow
3.5 blow my
1.3 board
3.4 boast
3.2 boast but
-1.2 boats
3.2 bonus
1.8 book
-2.0 booking
-1.6 booking system
-1.2 bookkeeper
1.8 border
3.7 boss
3.2 boss at
2.9 both felt
3.4 both know
3.8 both of
1.5 both the
-1.2 bother
2.9 bottom
2.9 bottom of
2.9 brag
2.9 brag but
1.1 branch
1.4 brand
1.5 brandt
-1.2 break
-1.4 brewer
-1.4 brief note
-1.4 briefly
1.5 brigade
2.3 brightwater
2.2 bring
3.7 bring a
1.5 bring in
1.4 bring that
1.8 bring the
1.5 brisbane
-1.6 bristol
2.9 british
-1.7 brought
1.5 brunch
-1.6 budgeting
-1.1 build
1.1 built
-1.2 business analyst
1.5 business on
3.4 but do
2.9 but given
-2.5 but it
1.5 but my
1.5 but that's
1.1 but the
3.5 but your
-1.4 buyers
-1.3 by <n>
-1.7 by about
-1.2 by changing
-1.9 by friday
-1.6 by monday
1.8 by my
3.5 by name
1.5 by people
-1.2 by phone
-1.2 by roughly
-2.0 by thursday
2.1 by two
1.5 cabinet
-1.2 calder
3.5 calibre
-1.6 call centre
-1.7 call on
-1.2 call the
1.1 called
3.7 called me
1.5 calls
2.9 calls from
1.5 calls when
1.5 came back
-1.4 came through
2.9 came to
1.5 campaign i
1.5 campaigns
1.5 can also
-2.0 can be
3.4 can bring
1.5 can continue
1.1 can do
2.9 can keep
1.2 can only
2.9 can promise
3.0 can say
1.5 can stop
1.5 can talk
3.2 can tell
-1.2 can work
1.4 candid
1.5 candid you
1.4 candidate
-1.2 candidate experience
3.5 candidate for
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
-2.7 case it's
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
2.9 chat this
2.9 chatting
1.3 check whether
-1.4 checklist
1.9 cheers
1.9 cheers for
-1.4 chef position
1.6 chief
1.8 chief executive
-1.4 children
-1.2 children's
-1.2 choice so
2.3 choose
2.1 choosing
2.9 choosing to
-1.4 claims
-1.2 clarify
1.9 class
1.6 classroom
1.5 cleaner
-1.2 cleaning
1.5 clear as
-1.2 clear picture
-1.4 cleared
2.9 clearly the
2.7 client
2.9 client and
3.2 client list
2.1 clients
3.2 clients have
1.5 climb
-1.2 clock
1.2 closed
1.5 closed the
2.3 cloud
-1.2 cold chain
1.1 colleague
2.9 collecting
2.9 collecting the
1.3 columba's
1.5 columba's i
2.9 combination
1.5 come across
2.3 come back
2.1 come out
3.2 come with
2.9 comes to
1.5 coming in
3.2 commendation
-1.2 comment
-1.6 comments
-1.4 comments on
-1.2 communications
1.5 community outreach
-1.9 commute
-1.2 commute would
2.0 companies
-1.4 company has
1.6 company i
2.9 company's history
1.8 compare
1.5 competencies
1.8 competency
1.5 competitor
-1.2 complaints
-2.0 completed the
-1.2 completely understand
1.5 complex
-1.1 compliance
-1.4 concrete
1.2 confident
3.2 confident i'll
3.7 confident that
-1.2 confirm by
-1.2 conflict
-1.2 congratulations on
-2.2 congratulations to
1.5 connected
-1.2 connection
-1.2 conservator
3.2 considerably
2.9 considerably higher
-1.2 considered again
-1.1 considered for
-1.2 construction
-2.0 consultation
3.2 consulting
-2.0 contacted
3.2 contacts
-1.2 continued
-1.2 contractor
-1.4 contribute
-1.1 contribute to
-1.6 controller
-1.4 controller role
-1.6 convenience
-1.4 convenient
-1.4 conversation made
-1.4 conversation with
-1.2 conversations
3.4 convinced than
1.8 cooling
-1.2 coordinated
-2.2 coordinator position
1.2 copies
1.3 corporate
-1.7 correct
-1.4 cost
1.5 costs
-1.2 could do
1.5 could finally
-1.6 could help
-1.2 could not
1.5 could offer
2.3 could see
-1.6 could start
3.2 could teach
-1.2 could work
-1.4 could you
1.9 couldn't
-1.6 counting
2.1 country
1.3 county
1.6 county's
2.9 courier
-1.4 course in
-1.6 courtesy of
-1.4 covers
1.6 creative
1.5 crest
-2.3 cross again
2.9 cross border
1.5 crossed
-1.4 current job
-1.2 current post
-1.6 current role
-2.0 customer service
-1.2 customs compliance
3.2 cut above
-1.6 cv on
-1.2 dairy
1.5 dana
-1.4 dashboards
-1.4 dates
1.3 day but
2.9 day of
3.8 day one
1.5 day to
-1.2 day was
-1.2 days to
1.8 days which
-2.2 deadline
-1.4 deadline of
-1.4 deal about
1.8 deal and
2.9 deal in
-1.4 dear ms
4.1 decade
3.2 decade but
-1.4 december
1.5 decent
-1.2 deciding
-1.2 decision about
-1.9 decision has
-1.5 decision on
-1.4 decision was
-1.2 decision within
-1.2 decisions take
-1.2 deckhand
1.4 delay
1.5 demand
-1.4 demonstration
-1.2 demonstration lesson
-1.2 department and
1.8 department of
-1.2 department's
2.2 depth
1.5 depth in
2.9 depth of
-1.6 describe
1.5 described in
-1.4 described is
3.7 described me
-1.2 deserve
1.5 deserves
-1.2 design engineer
-1.6 design team
1.5 designed
-1.4 detailed
1.8 details for
1.2 did at
2.9 did finish
-1.2 did notice
-1.2 did want
-2.0 didn't want
-1.2 difficult choice
1.6 dinner
2.9 dinner last
2.0 director
2.9 director has
2.9 director level
1.8 director of
-2.0 disappointed i
-1.2 discharge
1.5 discussed which
-1.2 discussing
-1.2 discussing the
-1.1 discussion of
-1.9 distribution
1.5 distributor
3.2 do call
1.3 do keep
3.5 do let
-1.4 do next
-1.4 do still
2.9 do tell
1.5 do that
2.3 do with
1.5 do you
1.5 dock
1.5 dockside
1.5 documents are
1.5 does not
-1.2 doing and
1.5 doing you
1.5 don't come
-2.1 don't feel
-1.6 don't hear
1.2 done
3.4 done it
2.9 done this
2.8 doubt
2.9 doubt many
2.9 doubt you'll
2.9 down for
1.8 down from
1.5 down in
1.3 down two
1.5 drawings
-1.9 drop
-2.0 dropped
-1.2 drove
2.9 due respect
1.3 durban
-1.7 during
-1.7 during the
-1.2 duties
-1.2 e
-1.6 each of
-1.2 each stage
-2.1 earlier
-1.6 earliest
1.2 easiest
1.4 easy
2.9 easy for
1.5 education and
3.2 effectively
-2.2 effort
1.3 eight years
-2.9 either
-2.7 either way
1.6 electrical
1.3 eleven
3.5 eleven years
1.2 else
3.4 else can
1.4 else i
2.4 else in
1.1 else you
-1.6 email
2.9 embarrassing
1.3 employee
2.9 employee of
2.9 employment
-1.4 encouraging
-1.3 end of
2.1 end up
-1.2 ended
-1.6 ends on
1.5 ends up
1.4 energy
-1.2 engagement
2.9 engineer in
2.3 engineer who
1.9 engineers
-1.4 enjoy helping
-1.2 enjoyed every
-1.1 enjoyed learning
-1.4 enjoyed meeting
-1.2 enjoyed my
-1.4 enjoyed working
1.4 enough
3.2 enough to
1.8 enquire
1.5 entire
-1.2 environmental
-1.2 error
-1.4 especially after
-2.4 especially the
1.3 estate
2.9 estate and
1.8 esteemed organisation
1.5 european
-1.2 evaluation
-1.7 even a
-1.1 even keener
-1.3 even more
1.6 even the
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
1.3 everyone
1.5 everyone else
1.6 everyone in
-1.2 ewm
-1.7 exactly what
-1.2 exactly where
-1.4 exam last
-1.4 example is
3.2 exceed
-1.4 excel
-1.2 excellent
1.5 exercise a
-1.4 exercise and
-1.4 exercise was
-1.4 expected to
1.3 experience and
-1.6 experience in
-1.2 experience of
-1.4 experience with
1.4 experienced
3.4 experienced person
-1.4 expires
-1.2 explaining that
1.8 export
1.5 exposure
1.4 face
3.2 face when
2.9 faces
-1.2 facility
1.3 facing
1.2 fact
2.1 fact that
2.9 fail
-1.2 failure
-1.2 fair amount
1.5 fair few
1.4 fair to
2.9 fairly
2.9 fairly obvious
3.4 fairly straightforward
1.2 fairness
1.5 fairness to
-1.4 falls
1.3 far
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
1.8 features
-2.5 february
-1.2 february and
2.9 fee
1.5 feed
-1.1 feedback
-1.2 feedback about
-1.4 feel like
-1.2 feel you
1.4 feeling
2.9 feeling i'd
2.9 feeling that
2.6 feelings
-1.2 feels
3.2 feet
-2.3 fell
-1.9 fell short
1.2 felt
2.4 felt it
1.5 felt more
-2.0 few days
1.5 few ideas
2.9 few more
1.8 few of
2.1 few people
3.2 few tricks
2.9 fielding
2.9 fielding calls
3.2 fifteen years
-1.4 figure
1.5 figures the
-1.9 filled
-1.7 final stage
2.9 finalise
1.5 finally get
1.5 finance director
1.8 find
2.9 find a
3.7 find anyone
1.5 find out
1.8 find the
2.9 find yourselves
2.9 finds the
3.5 finest
1.5 finish it
1.1 finished
1.5 finished my
-1.4 finished the
1.8 finishing
1.5 fintech
-1.4 firm and
1.5 firm offer
3.2 firm that
3.3 firms
3.2 firms told
-1.6 first aid
2.9 first class
2.7 first day
-1.4 first interview
-1.2 first month
3.2 first name
1.3 first ninety
1.3 first of
3.8 first week
1.5 fit for
-1.7 fits
-1.2 five minutes
2.3 fix
1.5 fixed
2.9 fixing
2.9 flaw
2.9 flaw is
-1.2 fleet planning
-1.6 following my
-1.1 food
-1.2 football
3.2 for advice
-1.7 for another
-1.5 for any
-2.0 for anything
2.9 for everything
1.5 for friday's
1.5 for giving
1.6 for introducing
3.2 for itself
2.1 for long
1.8 for lunch
1.8 for more
1.2 for most
-1.4 for new
-1.2 for nothing
-1.2 for passing
1.5 for replying
-1.2 for running
-1.4 for similar
3.4 for someone
-2.0 for speaking
-1.4 for such
-1.7 for telling
-1.6 for that
1.6 for this
1.5 for tuesday
1.5 for two
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
2.9 former boss
-1.2 forty minutes
-1.2 four rounds
2.3 frankly
2.4 frankly i
2.9 frankly the
1.5 frees
-2.1 friday <n>
-1.2 friday so
-1.6 friday the
1.5 friday's
-1.1 from <n>
-1.2 from about
-1.4 from an
-3.3 from another
3.2 from day
-1.2 from it
-1.4 from our
1.6 from scratch
1.5 from speaking
-1.2 from them
1.4 from what
1.3 from where
2.9 from zero
-2.0 front of
-1.2 froze
-2.6 fully
1.8 fun
-1.4 funeral
-1.2 funeral arranger
1.5 further details
-1.1 future
-1.2 future i
-1.9 future openings
1.8 gather
2.3 gather is
-1.2 generous of
1.3 gently suggest
3.2 genuinely think
-1.2 get back
1.9 get the
1.8 gets
1.4 getting
2.4 getting a
2.9 getting someone
2.9 gifted
2.9 gifted student
1.3 give my
1.5 give the
1.8 given that
-1.2 given to
1.5 go back
-1.7 goes well
-1.2 going through
-1.1 gone
-1.9 gone to
-1.2 good morning
2.9 good shape
1.5 got back
2.9 got our
1.8 gracious
1.5 gracious about
1.8 grade
2.9 graduates
2.9 grant writing
-2.0 grants
-1.2 grants officer
-1.5 grateful
-1.2 grateful for
-1.1 grateful if
-1.5 grateful to
2.3 grew
1.9 ground
1.5 ground running
1.5 group discussion
-1.4 group exercise
1.8 gst
-1.4 guessing
1.3 guests
-1.4 guide
2.9 gulf
1.8 habit
1.5 habit of
1.1 had an
1.5 had attended
-1.9 had been
-1.2 had clearly
-1.2 had gone
-1.7 had hoped
1.5 had no
2.9 had this
1.2 had to
2.9 had two
1.5 half
3.1 half the
1.2 hand
2.9 hand holding
3.2 handedly
2.9 handful
2.9 handful of
-1.6 handle the
-1.6 handover
1.3 happen
1.5 happen to
3.2 happened
1.2 happily
2.6 hard feelings
-1.4 hard not
1.6 harder
1.5 harder than
2.9 harder to
1.8 hardest
1.5 hardly
1.5 harm
1.5 harm done
-1.6 harvest
3.4 has actually
4.0 has already
1.6 has asked
-1.6 has changed
2.9 has described
1.5 has done
-1.1 has gone
1.5 has had
-1.2 has its
1.6 has just
3.2 has my
2.1 has never
-1.9 has now
1.5 has run
-1.9 has stayed
3.2 has taken
3.4 has told
3.5 has worked
1.6 hasn't
3.2 hasn't stopped
1.2 hate to
-1.6 haulage
2.1 have already
-2.0 have an
-1.2 have another
-2.1 have asked
-1.9 have attached
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
-2.3 have received
-1.2 have said
-1.4 have saved
-1.2 have several
1.4 have thought
2.9 have trained
-1.4 have until
-1.4 haven't accepted
-1.4 haven't heard
1.2 having
3.2 having already
-1.2 having been
1.5 having come
2.9 having reflected
2.9 having trained
2.2 he
1.5 he did
2.6 he has
1.5 he would
3.5 he'd
3.7 headhunted
1.6 heads
1.5 heads up
-1.4 heaps
-1.4 heaps for
-1.2 hear by
-1.1 hear the
-1.7 heard anything
1.5 hectic
3.2 help desk
-2.6 help me
-1.2 help on
-1.4 help to
-1.9 help with
-1.7 help your
-1.6 helped me
-3.0 helpful
-1.6 helpful for
-1.1 helping
-1.2 helping with
3.2 helps your
1.1 her
2.2 higher
3.2 higher grade
3.9 highest
3.2 highest in
-1.2 hillcrest
1.3 him
3.2 himself
1.4 hire
2.9 hire someone
3.2 hire you
1.5 hiring manager
1.1 his
1.5 hit the
-2.0 hold a
-1.2 hold up
1.8 holder
1.1 holding
2.9 holding i
-1.4 holidays
1.5 hollins
-1.2 home and
1.3 honest answer
2.3 honest i
-1.6 honest that
2.9 honest the
-1.4 honest with
1.1 honestly
1.5 honestly after
2.9 honestly be
1.8 honestly i
-1.9 hope my
-2.2 hope our
-1.4 hope things
-1.3 hoped
-1.3 hoped to
-1.6 hoping for
-1.1 hoping to
-1.4 hospice
1.2 hospitality
2.1 hour of
-1.2 how a
1.5 how candid
1.3 how quickly
-1.6 how things
-1.1 how your
-2.0 i accept
-2.1 i applied
-1.4 i arrived
1.6 i assume
-1.6 i attended
3.5 i bring
-1.2 i cannot
1.5 i come
-1.7 i completed
-1.4 i completely
-1.2 i coordinated
1.6 i couldn't
1.5 i described
3.5 i doubt
1.5 i end
1.2 i expect
1.5 i finished
1.4 i forgot
-1.2 i fully
1.8 i gather
1.8 i genuinely
1.8 i get
3.2 i go
1.5 i grew
1.5 i helped
1.5 i honestly
1.9 i imagine
2.9 i join
-1.2 i learn
-1.5 i learned
1.5 i leave
1.8 i like
-1.1 i met
-1.2 i might
1.5 i more
1.7 i now
1.4 i only
2.9 i outshone
-1.7 i passed
-1.6 i prepared
-1.2 i received
1.9 i reckon
-1.2 i request
3.7 i say
1.3 i see
-1.7 i spent
2.9 i start
-1.4 i stopped
1.8 i suppose
2.4 i suspect
3.5 i tend
1.6 i think
1.5 i truly
1.5 i turned
-1.1 i want
-2.1 i wasn't
-1.4 i wondered
-1.2 i work
3.2 i'd answered
-1.7 i'd appreciate
4.3 i'd bring
1.5 i'd come
1.2 i'd expect
1.5 i'd finished
1.8 i'd gently
2.1 i'd happily
3.2 i'd honestly
2.3 i'd imagine
-1.6 i'd need
-1.7 i'd value
-2.5 i'd welcome
-1.4 i'd work
3.4 i'll bring
-1.2 i'll give
2.9 i'll land
2.1 i'll leave
1.5 i'll say
1.5 i'll share
-1.4 i'll work
1.4 i'm afraid
2.9 i'm choosing
-1.2 i'm even
1.2 i'm excited
2.9 i'm fairly
1.5 i'm flexible
1.3 i'm free
-2.2 i'm glad
-1.6 i'm going
-1.2 i'm guessing
1.5 i'm honest
2.5 i'm in
1.2 i'm just
2.1 i'm rather
1.3 i'm really
3.5 i'm the
4.0 i'm told
1.5 i'm up
1.4 i'm used
1.9 i've already
-1.8 i've attached
1.3 i've built
1.6 i've done
3.2 i've ever
1.7 i've had
1.4 i've kept
1.5 i've led
1.5 i've managed
2.9 i've no
-1.2 i've put
-1.5 i've received
1.5 i've signed
-1.2 i've taken
1.3 i've turned
1.3 i've worked
2.1 ideal
2.1 ideal candidate
-1.6 ideally
-3.2 if a
2.9 if anyone
-1.6 if anything
1.6 if i'm
-1.7 if it's
1.8 if my
-1.2 if so
-1.7 if that's
-1.2 if useful
-1.3 if you're
2.1 imagine
2.1 imagine the
2.9 immodest
2.9 immodest but
1.6 impressive
1.5 impressive and
-2.0 improve
1.5 improvement
1.5 in an
1.6 in and
1.3 in any
-1.1 in case
1.8 in durban
-1.2 in each
2.9 in eleven
1.2 in fairness
-1.2 in five
-1.4 in front
1.6 in good
2.9 in his
1.8 in house
-1.4 in it
1.5 in its
-1.9 in march
-1.4 in more
-1.2 in particular
2.9 in shenzhen
1.3 in this
2.9 in three
1.5 in time
2.6 in twenty
1.8 in under
-1.6 in well
-1.6 in working
3.2 inbox is
1.5 including
1.8 including a
1.8 including the
1.5 indeed
-1.2 indefinitely
-1.2 indication
3.1 industry
-1.4 information
1.5 infrastructure
-1.2 inspection
1.2 instead
-2.1 interest
-1.9 interest in
-2.0 interest of
-1.2 interview at
3.2 interview can
-1.9 interview me
1.5 interview of
-1.7 interview so
-1.4 interview this
-2.2 interview was
-1.2 interview with
2.9 interviewed by
1.6 interviewed on
-1.4 interviewed with
-1.4 interviewer
1.2 introducing
1.6 introducing me
-1.7 inventory
-1.2 involves
-1.2 is all
-1.2 is an
-1.3 is any
-1.2 is back
3.2 is brief
-1.6 is doing
-1.3 is exactly
3.2 is fairly
1.5 is full
-1.4 is happy
1.6 is hard
2.1 is in
-1.2 is likely
2.9 is more
-2.1 is my
1.8 is no
-1.2 is on
1.5 is only
3.2 is pitched
-1.6 is possible
3.2 is probably
2.9 is rather
1.3 is that
-2.6 is there
-1.4 is up
-1.4 is valid
1.8 isn't often
1.5 isn't really
-1.4 isn't the
3.2 issues
-1.6 it a
1.5 it against
1.1 it as
1.5 it became
-1.2 it does
1.5 it first
1.5 it from
-1.4 it had
-1.4 it if
-2.0 it might
1.8 it says
2.1 it seems
-2.0 it sounds
-1.2 it support
1.5 it the
-1.2 it took
1.8 it up
-1.4 it wasn't
1.8 it went
2.1 it will
-1.2 it with
-1.5 it would
1.3 it's a
1.5 it's fair
1.6 it's rare
-1.2 it's something
-2.5 it's useful
-1.7 job i
-1.6 job is
2.9 job so
-1.2 join a
-1.2 joined
-1.4 joins
-1.2 joins you
1.5 joke
-1.1 july
-1.2 june
2.3 just been
1.5 just checking
-1.4 just let
-1.2 just rather
2.9 kaya
-1.4 keener
-1.6 keener on
-1.4 keener to
1.5 keep asking
-1.2 keep following
2.9 keep looking
1.2 keep me
-1.4 keep that
2.3 keep up
1.8 keeps
2.9 keeps telling
-1.4 kept in
-1.2 kept my
-1.2 kept the
3.2 keynote
-1.4 kind email
-1.2 kind to
3.2 kindly for
1.3 kindly note
1.5 kindly update
3.4 knew
-1.4 know by
1.4 know i
-1.7 know i'm
-1.9 know i've
-1.3 know that
3.2 know these
-1.2 know this
-2.2 know whether
1.6 know you
1.7 known
1.5 knows the
-1.2 labs
2.1 lads
1.6 lagos
2.8 land
3.2 land on
1.5 landlord i'll
1.3 lane
1.5 largely because
3.8 larger
2.9 larger than
1.8 largest
-1.4 last <n>
2.1 last five
-1.2 last friday
-1.2 last role
1.6 last spoke
-1.4 last thursday
1.1 launch
2.1 launched
1.3 layout
1.9 leadership
-1.2 leads
1.8 league
2.9 lean
2.9 lean on
-1.1 learn
1.8 learn a
-1.2 learn about
-1.2 learn from
-1.6 learn the
-1.2 learned
-1.4 learned a
-1.4 learning how
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
-1.9 lesson
2.3 let the
2.9 let's
2.9 let's be
-1.2 letter about
1.7 level
-1.9 level <n>
3.5 level of
1.5 liberty
1.5 liberty of
-1.8 library
-1.7 library assistant
-1.2 library service
-2.2 licence
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
3.2 liked your
-1.2 limited
-1.2 limits
-1.2 line about
1.3 line and
-2.2 link
1.8 lisbon
1.2 list
1.6 list and
1.5 little surprised
1.5 live up
2.9 lobby
-1.6 log
1.5 logistics as
-1.7 looked at
1.2 looking forward
2.9 looks
3.2 loop
-1.9 lot about
-1.6 lot to
1.6 lovely to
1.5 low
1.6 lucky
3.2 machine
2.9 mad
1.6 madam
1.6 made a
-1.3 made me
2.9 made your
-1.7 mail
-2.2 maintenance
-1.2 make my
1.5 make your
1.5 making
1.2 managed
1.8 manager at
1.6 manager job
1.3 manager position
-1.1 manager post
1.5 manager there
2.5 managers
3.2 managers for
1.6 managing
2.9 manila
1.1 many
2.7 many of
1.7 many people
1.5 many times
-1.5 march
-2.2 march and
2.9 margin
1.2 market
2.9 market for
3.2 market values
1.5 marketing manager
1.5 marking
1.8 master
2.1 master's
3.2 matched
1.6 may have
-1.4 may i
2.9 may know
-1.2 may require
-1.1 me a
-1.3 me about
3.2 me after
2.1 me again
2.7 me as
-1.2 me back
1.2 me but
1.4 me by
-1.2 me during
-2.4 me even
1.5 me from
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
1.3 me to
-1.4 me understand
3.8 me up
3.2 me when
2.0 me which
-2.1 me with
-1.4 me wonder
-2.1 mean
-1.6 mean a
3.5 meet a
2.9 meeting other
-1.2 meeting the
-1.9 meeting you
-1.7 meets
-1.6 member
-1.2 member of
-1.2 mention because
3.5 mention only
1.8 mention the
1.3 mentioned a
-1.6 mentioned in
3.2 mentioned is
-1.2 mentioned was
-1.2 mentions
1.6 mentor
3.2 mess
-3.2 message
-1.7 message about
-1.7 message and
1.5 messy
1.5 might come
1.2 mine
1.6 mine is
1.8 mining
2.3 ministry
-1.6 minutes
-1.7 minutes at
1.6 missing
2.9 mission
2.9 mix of
-1.4 mixed
-1.2 mock
2.9 modest
-1.6 module
-1.2 moisture
1.5 moment and
1.5 monday the
3.2 month alone
-1.1 month so
-1.6 monthly
-1.6 more certain
2.3 more convinced
-1.4 more detail
-2.2 more interested
2.1 more like
2.1 more or
2.9 more people
-1.4 mornings
1.8 most experienced
2.9 most gifted
3.2 most people
-1.6 mostly by
-1.2 moved between
-1.4 moving to
-1.4 much about
-1.4 much and
-1.4 much as
-1.2 much hoping
-1.7 much i'd
3.4 much larger
1.5 much more
-1.7 much prefer
2.9 multinational
-1.2 museum
-1.8 my answer
3.2 my batch
2.9 my branch
2.9 my calibre
-1.4 my candidature
2.9 my clients
3.4 my colleagues
-1.6 my congratulations
-1.4 my contract
2.9 my depth
1.6 my details
2.9 my director
-1.2 my email
-2.6 my family
1.5 my favourite
2.9 my feet
-1.9 my final
-2.1 my interest
-1.2 my lease
2.3 my level
1.6 my linkedin
3.2 my mentor
-1.2 my mind
2.9 my mix
2.9 my number
2.3 my old
1.3 my own
-1.9 my part
2.9 my peers
1.5 my position
1.3 my previous
2.1 my qualifications
-1.2 my questions
3.2 my real
3.4 my record
1.5 my referees
-1.2 my safety
1.5 my salary
1.5 my site
-1.2 my situation
2.9 my skills
3.7 my track
1.8 my uncle
2.9 my uncle's
2.9 my very
-1.4 my visit
1.3 my wife
1.8 nairobi
1.6 name
1.8 name and
2.1 name on
4.0 named
3.4 named the
2.2 names
3.2 names on
3.9 national
-1.7 naturally
1.4 near
-1.2 need it
1.5 need someone
-1.2 need to
1.6 needed to
1.8 needs a
1.8 never
2.9 never been
2.9 never had
1.5 never met
3.4 never once
1.5 new team
-1.2 next spring
-1.6 next stage
-2.2 next week
2.4 nice
3.2 nice problem
-1.7 night shift
-1.2 night shifts
1.3 ninety days
1.3 no doubt
2.6 no hard
1.5 no harm
1.5 no hurry
3.2 no other
-1.4 no pressure
1.3 nobody
4.1 nobody else
1.5 nobody has
3.4 none
1.3 noor
-1.2 not been
-1.2 not every
2.9 not everyone
2.9 not find
-1.4 not heard
3.2 not many
1.4 note that
-1.2 notes from
-1.1 nothing
-1.9 notice period
1.5 noticing that
-2.1 november
-1.6 now been
2.1 now have
-1.2 now than
1.5 now used
1.2 nurses
1.8 observed
2.1 obvious
-1.4 october
-1.2 of both
-1.4 of four
-1.2 of future
1.8 of hands
2.9 of having
-1.2 of interviews
-1.4 of joining
3.2 of meeting
-1.4 of news
1.5 of nursing
2.9 of offers
2.1 of people
1.8 of role
2.9 of their
1.6 of them
1.8 of these
1.3 of what
-1.6 of why
-1.7 off the
-1.2 off to
3.2 off your
-1.4 offer elsewhere
1.8 offer in
3.2 offered the
2.6 offers
3.2 offers on
2.1 office manager
-1.6 offshore
2.2 often
2.9 often a
1.5 old
3.2 old boss
-1.3 on <n>
-1.4 on and
-1.2 on any
2.3 on board
2.1 on day
-1.7 on hold
-1.4 on how
-1.9 on linkedin
-1.1 on our
1.5 on regional
1.2 on their
-2.3 on where
2.9 once been
3.4 once i'm
-1.7 once more
2.9 once told
2.9 once you
1.5 one more
1.6 one on
-1.2 one piece
-1.9 one small
2.1 one that
-1.6 one way
2.9 one you
1.3 only
3.4 only applicant
2.9 only got
1.6 only mention
2.0 only one
1.5 only say
-1.9 open about
-1.4 opening in
-2.1 openings
-1.7 openings in
1.5 openness
-1.1 opens
1.4 operation
-1.6 operations analyst
-1.9 operations coordinator
2.9 operations lead
1.2 options
1.5 or another
1.5 or anything
1.5 or elsewhere
2.1 or less
-1.4 or no
-2.0 or the
-1.2 or whether
-1.2 organisation and
1.8 organisations
-2.0 organised
-1.2 organised day
3.0 other applicants
1.9 other candidates
3.4 other firms
2.9 other names
1.8 other people
3.2 other way
1.5 other's
2.8 others
-1.2 otherwise i
-1.4 our call
-1.2 our meeting
1.5 our office
-2.3 our paths
-1.7 our talk
1.5 out as
2.9 out my
1.2 out that
1.2 out the
-1.5 outcome
-1.4 outcome for
1.5 outcome i
-1.1 outcome of
-1.2 outlined
3.4 outshone
3.4 outshone the
-1.2 over shift
-1.4 over time
-2.1 over two
1.5 overnight
3.2 overqualified
1.1 own
1.5 own time
3.5 own trumpet
1.5 ownership
-1.7 packaging
1.5 page two
1.3 paid
1.8 pair
1.8 pair of
-1.4 paired
-1.4 panel and
-1.4 panel gave
-1.6 panel had
-1.2 panel has
-1.6 panel interview
-1.2 panel meets
1.8 panel to
1.3 papers
1.5 paperwork
-1.6 parents
-1.2 park
-1.7 part i
-1.7 particular
-1.7 particularly
-1.2 particularly on
1.8 partly
1.1 partners
1.3 passed on
-2.0 passed the
-1.2 passing on
1.5 past my
-1.2 past the
-2.5 paths
-2.2 paths cross
-2.4 patience
-1.4 patience with
-1.2 pay
-1.2 payable
-1.2 peak
2.9 peers
1.5 pellow
1.5 people
2.9 people applying
3.7 people at
3.2 people can
1.5 people gave
2.9 people have
1.5 people on
2.9 people you
-2.0 per cent
2.4 perfect
3.2 perfect fit
1.8 perfectly
-2.3 period
3.4 person in
3.2 person they've
3.5 person who
-1.9 pharmacy
-1.2 phone call
-1.2 phone for
3.2 phone hasn't
1.5 picking
-1.2 piece of
1.8 pilbara
2.1 pitched
1.5 pitched at
-1.2 placed
-1.6 placement
-1.2 places
2.9 plain
2.3 plan for
-2.0 planner role
-1.5 planning
-1.4 planning my
-2.1 planning officer
-1.2 planning to
2.9 plant of
1.3 play
1.5 plc
-1.2 please accept
1.3 please give
1.5 please note
1.5 pleasure meeting
1.5 plenty to
1.8 podcast
-1.4 point i
-1.2 pointers
-1.7 points
2.9 polish
2.9 polish to
1.3 pool
1.5 pop in
-2.1 portal
-1.1 position and
-1.2 position but
1.5 position to
2.9 position yesterday
-1.4 possibility
-1.4 possibility of
-1.7 possible
-1.1 post and
1.8 post as
-1.9 post comes
-1.2 post has
2.9 post i'm
1.2 post of
-1.6 postdoctoral
-1.4 posting
-1.2 preference
-1.9 prepare
-1.4 prepared for
1.5 preparing for
1.5 presentation was
1.8 press
1.1 previous
1.8 price
1.5 principal
3.2 prize
1.6 probably
2.9 probably overqualified
1.2 problem
2.1 problem with
1.8 problems
2.9 problems you
-2.5 process and
-1.2 process especially
-1.2 process for
2.1 process to
-1.2 process you
-1.4 processes
-1.2 processing
1.3 producer
-1.4 product designer
3.2 product is
1.8 professor
1.1 program
-1.7 programme and
1.5 programme manager
-1.2 programme officer
-1.4 project and
1.5 project i've
1.2 projects
1.6 promise
3.2 promise you
-1.9 promised
-1.2 provide references
1.5 provincial
2.1 proving
3.2 proving it
-1.2 public sector
-1.2 pulled
-1.2 put a
3.2 put it
-1.2 puzzle
1.6 qualifications
-1.2 quarterly
2.1 quarters
3.2 questions better
1.6 questions i
1.5 quick heads
1.2 quick note
1.5 quick one
1.8 quick update
2.9 quickly i
1.5 quill
3.2 raise
1.5 rang to
2.2 rare
3.5 rarely
1.5 rate
2.9 rated
1.3 rather be
3.2 rather good
-1.4 rather have
1.5 rating
-1.2 re
-1.2 reach
-1.6 reach a
-1.7 reached the
-1.2 reached you
1.5 read a
2.3 ready
2.4 ready to
-1.2 real thanks
1.1 realised
1.3 realised afterwards
-1.2 really appreciated
-1.2 really helpful
-1.2 reapply
-1.4 reasonable
-1.2 reasons
-1.4 rebuilding
1.2 rebuilt
1.5 rebuilt the
-1.6 receive
-1.6 received
-2.1 received a
-3.0 received an
1.4 recently
2.5 reckon
2.9 reckon i'd
3.2 reckon you'll
3.2 recognise
3.9 recognised
2.3 record
2.9 record like
-1.2 recorded
-1.5 records
3.4 recruiters
-1.7 redesign
-2.1 reduced
-1.2 reduced the
2.9 reflected
2.9 reflected on
1.3 reflection
1.8 reflection i
1.3 reflection my
1.2 reflects
3.2 refused
3.2 refused to
2.9 regards to
2.5 region
2.9 regional bank
3.2 regional director
-1.6 registration
-1.2 rejection
1.6 relaunch
-1.2 releases
-1.7 relevant
1.8 reliability
1.5 relief to
-1.1 remain interested
-1.4 remain keen
1.6 remember
-1.2 remote
-1.4 renewed
1.8 replace
3.2 replace me
-1.4 reply by
1.5 reply i
-1.2 reported
-2.3 request
-1.9 request you
-1.7 requested
2.3 required
1.5 requirement
-1.4 researcher
1.5 residency
1.1 rest
1.3 rest of
-1.4 restaurant
1.5 restaurants
-1.2 restoration
1.5 restructuring
-1.8 result
1.9 results
1.8 returns
2.9 reviews each
1.5 rewriting
1.5 ridge
-1.4 rigging
1.5 right now
3.7 rings
3.4 rings me
-1.9 role but
1.8 role for
-2.1 role has
-2.7 role i
-1.4 role last
-2.2 role opens
-1.4 role remains
-1.2 role than
1.5 role that
1.5 rooftop
1.5 rooms
-1.6 rose
-1.4 rose from
1.6 rostering
-1.4 rough
-2.5 roughly
-1.2 roughly <n>
-1.4 roughly a
-1.2 roughly when
-1.6 round of
-1.2 round on
1.5 round to
1.5 round was
2.9 round went
2.9 row
1.7 run a
2.9 run and
-1.2 run the
1.2 running
1.3 running a
1.5 running and
-1.4 rural
-1.6 rushed
1.4 s i
3.2 safe
1.8 said my
1.5 said she'd
-1.2 said so
1.2 said the
2.1 sake
3.2 sake of
1.7 salary
1.3 sales role
2.9 same day
1.5 same here
-1.1 sample
-1.6 sap
1.2 sat
1.5 sat the
1.6 save
-2.1 saved
-1.7 saved us
1.5 savings
1.3 say
1.5 say about
1.3 say again
1.3 say i
1.6 say it
2.9 say nobody
1.2 say that
1.4 say the
3.2 say they've
3.4 say this
1.5 say with
1.8 says
3.2 says i'm
3.5 says something
-1.2 scanners
-1.6 scenario
1.5 scene
-1.1 schedule
1.2 schools
2.1 scope
-1.7 score
1.6 scratch
-1.4 screening
-1.4 sea
-1.6 seasonal
2.9 seat
-1.2 second half
-1.6 second interview
2.9 see it
1.6 see that
3.2 see this
1.8 see what
3.2 seeing a
1.5 seeing as
1.5 seem
1.4 seems
1.5 seems to
1.5 seen
2.9 seen all
-1.7 send a
2.9 senior management
2.9 senior role
2.9 seniority
-1.6 sense
-1.1 sense of
-1.5 sent
-1.2 sent in
-1.2 september and
1.5 server
-1.4 services
-1.4 session with
-1.2 sessions
-1.9 settles
-1.7 settles in
1.8 seven years
-1.2 several good
1.6 shape
-1.2 share a
-1.7 share any
-1.4 share what
1.5 share with
-2.0 shared
1.3 she
3.4 she had
2.9 she has
2.1 she'd
-1.2 sheet
2.9 shenzhen
-1.2 short
-1.4 short update
2.5 shortlist
3.2 shortlist will
2.3 shortlisted
2.9 shortlisted for
-2.2 should have
1.5 should probably
1.3 should say
1.5 should tell
1.3 shouldn't
-1.9 show me
-1.2 show that
-1.4 side is
2.9 sideways
1.2 signed
-1.9 silence
-1.6 similar post
-1.7 similar role
-1.4 similar roles
-1.4 similar with
-1.4 simply wanted
1.5 since <n>
1.5 since been
1.5 since i
2.9 since so
-1.4 since then
1.5 since they
-1.2 sincerely for
1.5 singapore
2.0 single
3.2 single handedly
1.3 sir
-1.2 sir for
1.8 sir i
-1.6 sitting
-1.7 situation
-1.4 six weeks
2.3 size
1.5 sketching
1.3 skills
2.1 slightly
3.2 slip
-1.7 slot
-1.2 small team
2.9 smashed
1.3 smile
3.2 snap
3.2 snap me
-1.2 so before
-1.2 so clearly
3.5 so do
1.6 so far
-1.2 so here
-1.7 so if
2.9 so let
1.5 so no
-1.2 so open
-1.2 so thank
1.8 so this
2.1 so well
1.5 so your
-1.7 soil
-1.4 solutions
3.2 solved
-2.0 some point
2.9 some way
-1.7 someone else
3.2 someone like
2.0 someone who
2.3 someone with
1.5 something about
-1.4 something i've
1.8 something like
1.5 something more
1.8 something of
1.3 something to
1.5 sometimes
-1.2 soon as
2.9 soon find
-2.0 sooner
-1.4 sorry for
-1.4 sorry not
1.3 sorry this
-2.1 sorry to
2.7 sort
3.5 sort of
1.8 sort out
-1.4 sorted
2.2 sound
3.2 sound arrogant
1.5 sourdough
2.9 speak for
-2.2 speaking with
2.9 speaks for
-1.2 specific
-1.4 spent
-1.2 spent most
-1.7 spent the
-1.2 spent two
-1.7 spent with
-1.4 split
-1.6 spoke i
-2.0 spoke on
3.2 spotted
1.3 sql
1.3 st columba's
-1.2 stage of
-1.2 stage with
-2.2 stages
-1.2 stages and
1.5 stakeholder management
1.9 standard
1.6 standards
2.9 star
-1.2 start any
1.3 started reading
2.2 state
2.9 state that
1.5 status as
1.5 stay connected
2.1 stay on
-1.1 stayed
-1.2 stays
2.4 step down
1.5 step for
1.6 stepping
-1.2 still be
2.9 still calls
1.5 still hasn't
1.5 still have
-1.6 still in
-1.1 still interested
1.2 still like
-1.6 still love
-1.4 still my
-1.4 still open
-1.1 still really
3.7 still rings
-1.2 still waiting
-1.4 still want
-2.1 stock
2.9 stood
2.9 stood out
1.5 stopped me
1.3 store manager
1.5 story about
2.9 straight years
1.4 straightforward
1.5 strategic
1.9 strategy
1.5 strategy associate
-1.2 strengthen
-1.6 stronger
2.0 strongest
2.7 struggle
2.6 struggle to
1.6 struggled
1.6 struggled with
-1.4 stuck
1.4 student
2.9 student in
-1.4 subject re
1.5 submission
-1.7 success manager
1.2 suggest
2.9 suggest you
-1.9 suggested
-1.2 suits the
-1.6 summary
-1.2 summer
3.4 summit
1.5 superintendent
-1.7 supervisor position
-1.4 supply planner
1.8 support the
-1.6 supporting
1.8 suppose
1.5 suppose i
2.9 suppose that
2.9 sure i
2.9 sure i'll
-1.2 sure i'm
-1.2 sure it
1.5 sure something
-1.2 sure there's
1.8 sure you'll
2.8 surprised
1.5 surprised given
4.1 surprised if
3.4 surprised the
1.5 surprised to
-1.7 survey
2.2 suspect
2.9 suspect i'll
1.8 suspect it
1.8 suspect the
1.3 suspect you
3.5 suspect your
1.5 t
1.3 table
2.9 table to
1.5 table which
3.2 take one
1.2 take this
2.9 taken a
-1.1 takes
-1.9 talk through
1.5 talk to
-1.2 talk with
-1.2 talks
2.2 target
-1.9 task
-1.4 taught me
1.8 tax
1.5 teach the
2.1 teacher
2.1 team a
-1.2 team effort
-1.2 team hoped
-1.7 team i
1.6 team lead
-1.4 team of
3.2 team the
1.2 team was
2.9 team will
1.1 teams
-1.2 technician position
1.3 technician post
-1.9 technician role
1.1 tell
3.4 tell from
1.9 tell you
1.8 tells
2.1 tells you
-1.2 template
-1.4 ten minutes
1.5 ten times
2.8 tend
2.8 tend to
1.5 tender
1.4 territory
1.5 territory by
-1.4 test and
2.3 test was
-1.1 th and
-1.2 th i'm
-2.0 th so
3.4 than anyone
3.2 than i've
-1.2 than it
-1.2 than keep
2.3 than most
-1.2 than my
1.4 than one
2.9 than what
-1.4 than when
2.3 than yours
1.8 thank mr
-2.1 thankful
-1.7 thankful for
-1.4 thanks heaps
2.9 that around
1.4 that as
1.5 that can
1.9 that comes
-1.4 that date
3.2 that depth
1.8 that for
-1.2 that gap
1.5 that i'd
-1.6 that if
-1.2 that into
-1.2 that it
-1.2 that kind
2.9 that level
-1.2 that matters
-1.2 that might
1.7 that my
2.3 that no
2.9 that once
3.2 that problem
2.9 that same
-1.2 that time
2.9 that went
1.8 that with
3.2 that won
-1.7 that work
-1.6 that's the
-1.4 the analyst
-1.4 the analytics
-1.4 the appointment
-1.2 the assessors
-1.3 the assistant
1.5 the attention
1.5 the bakery
2.9 the bar
3.5 the big
3.2 the biggest
-1.2 the boats
2.9 the bonus
-1.2 the budgeting
-1.2 the bus
1.5 the candidates
-2.0 the care
-1.2 the certificate
1.7 the chat
2.9 the chief
2.3 the choice
-1.2 the claims
3.5 the client
-1.2 the co
-1.2 the coming
-1.2 the communications
-1.9 the commute
2.9 the competency
-1.4 the compliance
-1.6 the consultation
-1.2 the conversations
1.5 the cooperative
-1.7 the council
1.3 the county
1.6 the county's
1.8 the course
-1.6 the customs
-1.2 the date
-1.2 the deckhand
1.8 the delay
-1.2 the department's
-1.2 the desk
2.3 the director
-1.2 the earliest
3.2 the easiest
-1.2 the end
1.8 the estate
-1.2 the evening
-1.2 the executive
1.8 the expansion
-1.2 the experience
1.3 the fact
2.1 the farm
2.9 the fee
3.5 the finest
-1.4 the flood
-1.6 the food
-1.2 the forklift
1.5 the frank
-1.6 the future
1.2 the grant
-1.6 the grants
2.2 the ground
2.9 the halden
1.8 the hardest
-1.2 the harvest
-1.2 the helpful
3.9 the highest
-1.2 the highlight
-1.2 the hire
-1.4 the housing
3.2 the ideal
2.4 the industry
-2.0 the interest
-1.6 the inventory
-1.2 the it
-1.9 the job
-1.7 the junior
1.5 the lack
1.5 the lads
1.8 the largest
1.5 the late
-1.2 the leeds
1.5 the level
1.5 the liberty
-1.1 the library
-1.4 the line
-1.2 the link
1.2 the list
2.9 the lobby
2.9 the machine
-1.2 the maintenance
1.5 the market
1.5 the midlands
-1.2 the migration
-1.4 the mine
2.3 the ministry
2.9 the mission
-1.2 the mix
1.5 the mobile
1.5 the modelling
1.4 the most
2.1 the name
3.5 the national
-1.6 the number
1.5 the nurses
1.2 the one
5.0 the only
2.9 the operation
1.7 the other
4.0 the others
-1.3 the outcome
3.4 the paperwork
1.5 the partners
-1.2 the patience
1.6 the people
3.2 the perfect
1.1 the person
1.8 the pilbara
2.9 the pool
-1.2 the portfolio
-1.2 the possibility
-1.4 the postdoctoral
-1.2 the posting
-1.2 the practical
1.5 the previous
1.5 the problem
1.6 the problems
-1.6 the process
1.5 the production
1.5 the provincial
2.8 the region
1.3 the rest
-1.6 the result
1.5 the returns
-1.2 the rollout
-1.4 the running
3.2 the sake
1.3 the salary
-1.2 the sample
2.9 the scale
-1.6 the search
-1.4 the selection
-1.7 the service
1.3 the shortlist
-1.2 the silence
3.2 the slow
3.5 the sort
-1.7 the sous
1.5 the south
1.5 the sql
-1.2 the staff
1.3 the standard
-1.1 the start
2.3 the state
-1.6 the stock
1.8 the strategy
2.3 the strongest
-2.4 the summer
-2.0 the supply
1.3 the support
-1.2 the tea
-1.2 the teaching
1.5 the terminal
-1.7 the test
-1.4 the thoughtful
1.5 the ticketing
1.9 the top
-1.4 the train
-1.6 the trainee
2.9 the turnaround
-1.2 the two
1.5 the usual
1.5 the valley
1.5 the very
-1.4 the video
-2.1 the volunteer
1.5 the wait
-1.2 the walk
1.5 the weakness
1.1 the whole
-1.2 the winter
-1.1 the workshop
-1.2 the written
1.7 the year
2.9 the youngest
2.1 theatre
1.2 their
1.5 their own
-1.2 them next
1.3 them to
2.9 them will
1.9 themselves
-1.8 then
-1.6 then i
-2.0 there any
-1.2 there anything
-1.7 there was
-1.9 there's no
1.6 these things
1.3 they can
-1.2 they made
1.5 they said
2.9 they show
3.3 they'd
2.9 they'd had
3.2 they'd seen
2.2 they're
2.1 they've
3.2 they've ever
-2.2 things are
1.5 things i
2.1 things take
-1.2 things to
1.4 think
1.8 think i'd
3.5 think i'm
1.6 think it
-1.6 think of
2.9 think says
1.9 think that
1.8 think they
2.7 think we
1.8 think you
3.2 think you'd
3.7 think you'll
2.9 think your
1.5 this i
2.9 this industry
1.1 this job
3.2 this kind
1.1 this month
1.4 this position
2.9 this post
1.2 this role
2.3 this size
1.5 this will
1.2 this year
1.5 thoroughly
1.3 though
1.4 though i
1.6 though i'd
1.5 though in
-1.2 thought i've
1.5 thought that
-1.6 thought you
3.2 thousand
-1.2 three different
-1.2 three interviews
3.2 three of
2.9 three offers
3.2 three other
-1.7 three rounds
-2.2 three weeks
1.2 thrilled
1.2 thrilled to
-1.2 through in
-1.2 throughout the
-1.6 thursday <n>
-1.2 thursday at
1.5 ticket in
1.5 ticketing
-1.9 tickets
-2.1 time i
2.9 time round
-1.2 time running
-1.4 time so
-1.2 time this
-1.2 timeline
-1.2 timeline i
2.9 times at
1.4 title
1.5 titles
1.8 to admit
-2.9 to apply
1.5 to assume
3.4 to being
3.5 to blow
3.4 to boast
2.9 to brag
1.1 to bring
-1.4 to build
1.8 to choose
2.9 to compare
-1.1 to confirm
-2.1 to contribute
-1.2 to correct
-1.6 to date
1.5 to day
-1.2 to describe
2.2 to find
1.5 to finish
3.2 to has
3.4 to hire
-1.2 to home
-1.7 to improve
-1.4 to it
-1.6 to kindly
2.9 to land
1.8 to lead
-1.6 to learn
1.5 to live
2.1 to match
1.5 to miss
3.2 to only
-1.6 to pass
-1.7 to plan
1.5 to pop
3.2 to proving
-2.0 to reach
-1.7 to read
3.4 to replace
-1.7 to reply
-1.6 to run
-1.6 to rush
-1.2 to share
3.2 to snap
-1.9 to someone
2.9 to sound
-1.6 to teach
-1.4 to use
-1.1 to wait
1.2 to walk
-2.0 to whoever
2.9 to win
2.3 to write
-1.2 together and
2.1 together on
3.2 told i'm
1.5 told me
1.8 told the
1.5 tomasz
-1.4 tomorrow
-1.7 too much
1.5 took over
-1.2 tool
1.9 top
2.3 top of
3.4 topped
3.2 topped the
-2.2 touch and
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
-1.9 transport
-1.4 travelled
-1.2 trial
3.2 tricks
1.9 truly
3.5 trumpet
3.5 trumpet but
1.2 trust the
-1.2 try again
-1.4 try something
3.4 try to
1.6 trying to
1.1 tuesday about
-1.7 tuesday to
3.5 turnaround
1.5 turned
2.9 turned around
1.7 twenty
-1.2 twenty minutes
3.7 twenty years
3.2 twice the
2.9 two approaches
-1.4 two days
-1.2 two hours
-1.6 two interviews
-1.7 two months
2.1 two quarters
1.8 uncle
2.9 uncle who
2.9 uncle's
3.4 under budget
-1.4 underground
-1.2 understand and
-1.7 understand if
-1.6 understand that
-1.4 understand what
1.5 understood
-1.2 union
1.3 units
2.9 universities
-1.2 unless
-1.2 unpaid
-1.2 until
-2.4 until <n>
3.4 unusual
-2.2 up a
-1.7 up and
1.8 up by
1.2 up for
-1.4 up quickly
1.3 up with
3.2 update i've
1.5 update me
-2.0 update on
-1.2 update would
-1.6 update you
-1.4 updated timeline
-1.2 use and
-1.2 use it
1.1 used
2.3 used to
-1.1 useful for
1.1 usual
2.2 usually
-1.2 vacancy at
1.5 vacancy you
-1.9 valid
-1.7 valid until
-1.6 value
-1.6 value any
1.2 values
-1.2 verbal
-1.2 verbal offer
-1.6 version
3.4 very few
2.9 very first
-1.4 very glad
1.3 very good
-1.2 very helpful
-1.2 very welcome
-1.4 veterinary
-1.1 video
-1.7 video interview
-2.2 visa
-1.7 visits
-1.2 voicemail
-1.6 volume
-1.2 volume you
-1.5 volunteer
-1.2 wait i
-1.2 waiting for
-1.2 waiting times
2.9 walk the
1.2 walking me
3.2 want me
1.4 wanted you
-1.2 warehouse has
1.8 warehouse operations
-1.6 warehouse supervisor
-1.6 was about
-1.2 was actually
1.5 was at
-1.2 was encouraged
2.9 was especially
-1.2 was generous
-1.2 was given
-1.2 was glad
-1.2 was grateful
-1.4 was hoping
-2.2 was kind
2.9 was looking
1.8 was lovely
2.9 was named
-1.2 was never
-2.2 was one
-1.6 was pleased
2.9 was probably
-1.4 was really
3.2 was recently
-1.2 was sorry
2.1 was surprised
1.5 was the
-1.7 was told
-1.5 wasn't
3.2 wasted
1.5 way but
-1.6 way or
1.6 way round
-1.4 way your
4.0 we both
-1.2 we didn't
1.6 we last
-1.6 we moved
-1.2 we reduced
-1.6 we used
1.8 we'll
1.5 we'll be
2.6 weakness
3.2 weakness is
-1.4 website
1.5 week for
1.5 week though
-1.2 week to
2.1 week with
1.5 week's going
-1.9 weekends
-1.1 weeks
-1.9 weeks and
-1.4 weeks of
-2.3 weeks since
-1.2 weeks to
2.9 weigh
-1.6 welcome
-1.7 welcome any
-1.9 welcome hearing
-1.1 welcome the
1.2 well as
1.5 well before
2.9 well below
-2.1 well i
3.2 well i'd
3.2 well now
-1.4 well organised
1.6 well run
-1.7 well with
3.2 went about
-1.4 went to
1.3 went well
1.5 were very
2.1 west
1.2 what a
1.4 what i'd
2.1 what i'm
1.8 what i've
1.5 what is
1.2 what it's
1.5 what my
-1.1 what the
1.3 what they
1.3 what to
1.2 what you
2.9 what you'd
1.5 what's holding
1.5 whatever the
2.1 when they
-1.4 when two
2.8 whenever
2.1 whenever suits
1.8 wherever
2.9 wherever i
-1.3 whether
-1.6 whether a
-1.9 whether i'm
-1.2 whether it
-1.2 whether my
-1.1 whether the
-2.3 whether there
3.2 which came
1.5 which frees
-1.4 which makes
-1.2 while i'm
1.5 while it's
1.8 who
2.0 who can
2.1 who could
3.8 who has
2.6 who have
3.2 who was
1.5 who will
-1.4 whoever joins
1.8 whoever you
-2.5 why i
1.5 wide
-1.2 wider
1.3 wife
1.5 will agree
1.5 will appreciate
3.2 will come
1.8 will find
1.7 will have
2.9 will see
1.5 will soon
1.5 will take
3.5 will tell
-1.2 will understand
-2.1 willing
-1.9 willing to
1.8 win
-1.2 wind
-2.2 wish the
1.3 wish to
2.3 with all
1.6 with an
-2.0 with another
2.9 with due
1.5 with fifteen
2.9 with in
-1.2 with interest
-1.2 with it
1.1 with my
1.8 with some
1.3 with someone
1.5 with that
2.9 with three
1.9 withdraw as
-1.7 withdraw from
-1.1 withdraw my
1.5 within an
1.2 without a
3.5 without me
1.8 without the
3.8 won
-1.6 wondered
-1.4 wondered whether
1.5 words from
-1.4 work hard
-1.1 work i
-1.3 work in
-1.5 work on
-1.2 work we
-2.0 work you
2.9 worked alongside
1.4 worked with
-1.2 working at
-1.2 working on
-1.4 working through
3.2 working together
-1.3 workshop
-1.2 workshop on
1.2 worth
1.5 worth a
1.5 worth i
1.8 worth the
-2.6 would appreciate
1.5 would bring
1.5 would expect
-1.6 would hear
-1.9 would help
-1.9 would mean
-1.2 would most
-1.7 would much
-1.6 would need
-1.6 would prefer
-1.4 would rather
1.5 would say
1.5 would tell
-1.4 would value
-1.2 would welcome
-1.7 would you
1.5 wrap
1.8 write to
-2.6 writing about
-1.4 writing again
-1.4 writing regarding
-1.2 writing sample
1.5 written with
1.5 wrote the
1.2 year and
2.1 year at
1.5 year before
-1.4 year i'd
2.9 year in
2.9 year running
1.2 year so
1.8 year which
2.1 years at
-2.0 years on
3.8 years running
-2.0 yes
-1.7 yes or
-2.0 you about
-1.6 you at
-1.7 you be
-1.7 you by
-1.2 you confirm
-1.6 you expect
-1.7 you gave
2.9 you hire
2.9 you how
-2.2 you if
1.6 you in
2.3 you kindly
-2.3 you let
1.5 you listed
2.1 you make
1.2 you may
3.2 you meet
1.5 you met
-1.4 you on
-1.2 you outlined
1.5 you picked
-1.2 you requested
2.3 you saw
3.2 you see
-1.6 you sent
-1.2 you sincerely
-1.5 you so
1.7 you soon
-1.2 you suggested
-1.2 you tell
1.5 you telling
1.7 you the
3.2 you though
-1.6 you told
-1.9 you took
1.3 you want
2.3 you what
1.3 you will
3.4 you with
1.4 you won't
1.8 you'd
4.6 you'd be
1.9 you'll
2.9 you'll agree
4.2 you'll find
3.2 you'll have
2.9 you'll meet
1.8 you'll see
-1.2 you'll think
-2.2 you're able
1.5 you're aware
-1.2 you're planning
2.9 you're seeing
1.1 you've
2.9 you've seen
1.8 young
2.9 youngest
3.2 your board
-1.2 your call
-1.4 your careers
1.5 your clinic
1.2 your colleague
1.9 your company
-1.2 your convenience
-1.1 your email
-1.2 your end
-1.2 your file
1.5 your firm
3.5 your fleet
-1.2 your group
1.5 your head
1.6 your honesty
3.2 your list
-1.2 your mail
-2.2 your message
2.0 your new
1.5 your night
-1.4 your note
1.8 your partners
-1.4 your patience
-2.2 your planning
1.5 your post
3.2 your product
3.5 your questions
-2.2 your role
3.8 your shortlist
-1.4 your side
1.5 your story
-2.3 your timeline
-1.2 your unit
-1.2 your users
1.6 your warehouse
1.9 yours
1.5 yours is
2.9 yourself
3.8 yourselves
2.9 zero
2.9 zone
""",
)

PRESSURE = Reading(
    10.6,
    """\
-1.1 <n> <n>
1.6 <n> a
2.2 <n> days
1.1 <n> hours
-1.3 <n> july
-2.0 <n> november
-1.3 <n> per
1.4 <n> pm
-2.7 <n> to
-1.1 <n> which
-1.5 a better
1.4 a big
1.1 a bother
2.3 a call
2.2 a candidate
1.5 a company
3.5 a competitor
-1.3 a conversation
-1.6 a copy
3.0 a courtesy
1.1 a day
1.6 a deadline
-1.3 a decade
-2.1 a different
1.1 a face
1.6 a final
1.4 a firm
1.6 a fortnight
-1.3 a further
1.4 a gentle
3.0 a huge
-1.3 a job
-1.1 a large
3.3 a line
-1.1 a look
3.0 a message
-1.1 a million
1.6 a minute
2.1 a month
-1.5 a more
-1.1 a much
2.0 a no
2.5 a note
-1.1 a paper
1.7 a phone
1.6 a pity
-1.1 a portfolio
1.6 a priority
-1.3 a project
1.3 a quick
-1.1 a record
1.6 a reminder
2.0 a reply
2.2 a response
3.5 a ring
-2.2 a role
1.6 a row
1.1 a school
-1.3 a sense
-1.1 a shared
-1.8 a short
-1.8 a similar
1.4 a simple
-1.3 a standard
-1.5 a strong
-1.3 a suitable
-1.5 a surprise
-1.1 a third
-1.1 a time
3.8 a voicemail
-1.3 a well
2.0 a word
-1.5 a year
3.8 a yes
-1.6 about <n>
-1.1 about four
-2.0 about future
-2.5 about how
-1.5 about it
1.6 about timing
-1.5 about two
-1.5 about what
-1.1 about writing
-1.8 about your
-1.3 above
-1.6 absolutely
-1.5 absolutely fine
3.3 accept theirs
-2.6 accepted
-2.0 accepted a
3.3 accepting
-1.1 access
2.4 accordingly
-1.1 account i
-1.1 account manager
-1.3 account of
-1.1 accounts and
-1.1 acquisition
-1.8 across
-2.1 add
-1.1 add to
-1.1 address will
1.1 administrator
1.1 advance
1.6 advance for
3.0 advertise
-1.1 advertised
3.0 advise
1.7 afraid
-1.5 after <n>
1.1 after four
1.1 after hearing
-1.3 after my
1.6 after such
2.2 afternoon and
1.6 afternoon to
1.9 again about
3.3 again at
3.0 again below
-1.3 again if
-1.5 again next
1.1 again on
1.4 again this
-1.1 again to
-1.3 again when
2.0 ago
-1.5 agreed to
-1.5 aid
1.1 aircraft
-1.3 all right
-1.1 allow
-1.1 allows
-1.1 along the
1.6 already and
1.1 already been
3.9 already told
-1.5 alright
-1.3 also be
3.5 also sent
-1.3 also wanted
1.6 although after
-1.3 although i'm
-1.6 always
-1.8 am available
-1.1 am aware
-1.3 am confident
-2.1 am disappointed
1.5 am following
-1.1 am free
-1.6 am grateful
-2.6 am happy
1.6 am in
-1.3 am now
-1.5 am very
3.3 am waiting
-1.1 amount
2.0 an answer
2.4 an email
-2.4 an eye
-1.3 an hour
1.6 an organisation
3.0 an unpaid
-1.6 an updated
-1.1 analysis
1.1 analyst interview
-1.1 analysts
-1.9 analytics
3.0 and accept
2.0 and again
3.0 and cannot
-1.6 and could
-1.1 and cut
1.7 and drove
-1.2 and for
2.2 and frankly
-1.3 and he
1.1 and honestly
-1.3 and learned
2.4 and left
-2.1 and look
-1.1 and most
-2.4 and mr
-1.1 and mrs
-1.3 and no
1.1 and not
1.6 and now
-1.1 and one
1.6 and quite
1.1 and really
3.0 and revert
1.7 and since
1.7 and still
-1.6 and thank
-1.5 and that's
-1.1 and their
1.4 and then
-1.1 and there
-1.1 and they've
1.1 and this
1.6 and told
1.1 and travelled
-1.9 and wanted
-1.3 and we
-1.5 and wish
3.0 and withdraw
-1.5 another employer
1.8 another offer
-1.1 another opening
-1.3 another position
3.3 another way
-1.5 answer any
-1.1 answer anything
2.2 answer before
3.0 answer from
1.1 answer in
-2.0 answer on
1.1 answer so
1.6 answer than
1.9 answer within
-2.4 answered
-1.1 answering
-2.1 answers
1.1 any chance
-2.4 any feedback
-2.9 any further
-1.9 any other
-1.1 any pointers
-1.9 any time
-1.1 any update
-1.1 any weekday
-1.3 anyone else
-1.6 anything else
1.1 anything has
-1.1 anything more
-1.1 anything suitable
1.9 anything you
3.0 anyway so
-1.3 apart
1.7 apologies
1.3 apologies for
-1.1 app
1.1 applicant and
-1.3 applicants and
1.6 applicants with
1.9 application and
-1.3 application as
-1.6 application for
1.9 application has
-1.3 application was
-2.8 apply
-2.5 apply again
-1.1 appointments
2.8 appreciate a
3.6 appreciate an
-1.1 appreciate any
1.9 appreciate hearing
-1.1 appreciate how
1.1 appreciate it
1.7 appreciate your
-1.1 appreciated learning
1.6 appreciated meeting
-1.2 appreciated your
-1.1 apprenticeship and
-2.1 approach
-1.1 approval
-1.3 approvals
3.0 are busy
1.1 are keeping
1.7 are now
-1.3 are ready
-1.3 are required
-1.3 area
-1.1 around <n>
1.1 arrange
1.4 arrive
-1.1 arrived
1.1 arrives
-1.5 article
-1.8 as an
1.1 as i
-1.9 as i'd
1.1 as i've
2.4 as long
-1.3 as mentioned
3.0 as per
4.4 as possible
-1.3 as references
2.9 as soon
1.6 as this
3.3 as urgent
3.9 asap
1.6 ashby
-1.1 ask only
3.3 ask that
-1.8 ask whether
1.1 ask you
-2.4 asked
-2.4 asked about
-2.9 asked for
-1.5 asked how
-1.1 asked the
-1.5 asked to
-1.1 asked what
-1.3 asked whether
1.9 asking me
1.4 asks
-1.9 assessment day
-1.1 assessors
-1.3 assistant position
1.1 assistant post
1.1 associate position
2.7 assume
1.9 assume the
3.5 assume you've
1.1 at al
-1.6 at any
-1.1 at brightwater
-1.1 at interview
1.8 at least
3.0 at lunch
3.0 at noon
1.6 at nordhavn
1.6 at present
-1.1 at short
1.1 at work
-1.6 atr
-1.2 attached
-1.3 attached a
-2.1 attached the
-1.5 attend the
1.1 attended
-2.6 audit
-1.1 august
-1.3 authority
-1.6 automated
-1.1 automation
-1.1 available and
1.3 available for
3.5 awaiting
3.3 awaiting your
-1.9 award
-1.1 award for
-1.3 away from
-1.3 away with
1.4 awkward
1.1 b
1.6 b <n>
3.0 baby
1.2 back
3.0 back again
3.3 back by
1.5 back to
1.4 back with
-1.9 backend
-1.1 backend engineer
-2.4 background
-1.5 backlog
3.3 ball
-1.8 band
-1.3 band <n>
2.2 bank has
-1.1 bar
-1.1 barista
-1.1 based
1.6 basic
1.1 bay
1.1 be a
-1.1 be alright
3.5 be appreciated
-1.1 be at
1.6 be available
3.3 be checking
1.6 be clear
-1.1 be considered
1.1 be doing
-1.1 be easier
1.1 be following
3.0 be frank
-1.1 be getting
-2.1 be glad
-2.5 be happy
-1.8 be helpful
-1.3 be honoured
-1.1 be joining
-1.3 be keen
1.6 be kinder
3.0 be left
1.1 be made
1.3 be more
2.2 be most
1.3 be moving
1.1 be on
-2.2 be open
3.3 be passing
-1.6 be pleased
3.3 be signing
1.6 be so
-2.6 be useful
-1.1 be well
-1.3 be worth
-1.1 became
-1.1 because it
-1.1 become
-1.1 becomes
-2.4 been about
3.0 been almost
-1.1 been asked
3.0 been checking
3.0 been forgotten
1.3 been made
3.0 been more
3.3 been nineteen
-1.1 been on
1.1 been reading
-1.5 been thinking
2.4 been three
3.9 been waiting
-1.3 before we
-1.6 beforehand
-1.3 being open
-1.3 being so
1.6 being told
-2.8 believe
-1.3 believe i
-1.1 below what
-1.6 best to
-1.1 better example
1.6 better from
-1.3 better than
3.0 between three
2.0 beyond
2.2 beyond that
-1.3 billing
-1.1 blocks
-1.6 board
-1.6 board and
-1.3 booking
-1.1 bookkeeper
-1.1 both of
1.1 bother
3.0 bothered
3.0 bothered to
1.6 bought
1.7 box
-1.5 brand
1.1 brewer
-1.1 bridge
-1.1 brightwater
-3.1 bring
-2.1 bring that
-1.8 bring the
-1.3 bristol
-2.4 budget
-1.9 built
3.5 bumping
3.5 bumping this
1.2 business
1.1 business analyst
3.0 business tomorrow
3.0 busy but
1.6 busy schedule
-1.1 busy so
1.9 but a
1.3 but my
-1.6 but the
3.3 but three
3.5 but to
2.5 but you
1.2 by
-1.5 by a
3.6 by close
2.1 by friday
-1.1 by how
4.1 by monday
1.9 by my
-1.1 by name
4.1 by now
3.0 by return
3.5 by this
1.7 by thursday
3.5 by tomorrow
4.4 by wednesday
1.6 by your
1.1 call centre
1.7 call the
-1.3 call yesterday
2.4 called
-2.1 calling
-1.3 calling me
-1.5 came across
3.0 came back
-1.3 came down
-1.3 came out
-1.6 came through
-1.2 campaign
-1.5 can do
-1.1 can focus
1.6 can get
1.7 can give
1.4 can make
1.3 can only
-1.5 can provide
1.4 can put
-2.1 can send
-1.1 can share
-1.1 can speak
3.0 can stop
3.0 can you
1.5 can't
1.1 can't move
1.7 cancelled
1.6 candidate has
1.6 candidates in
2.4 candidates know
-1.9 candour
-1.6 candour about
2.2 cannot
3.3 cannot keep
3.3 cannot wait
1.4 captain
-1.6 care you
1.6 careers portal
3.5 carrier
3.0 carrier pigeon
3.0 case and
3.5 case email
-2.4 case it's
3.5 case my
-1.1 case presentation
-1.1 case that's
3.3 case the
1.5 case you
1.1 catch
3.0 catch you
-1.1 cebu
-1.6 cent
-1.1 certainly
3.0 certainty
-2.2 certificate
-1.3 certificates
-1.3 certification
-1.8 chain
-1.1 chair
-1.5 challenges
1.1 chance of
-1.2 chance to
1.1 chance you
-2.5 change
-2.4 changed
-2.0 changes
-1.1 charge
2.0 chasing
-1.3 chat on
1.4 check back
1.1 checked my
3.5 checking my
-1.3 checks
2.2 childcare
-1.5 choice and
3.8 choice but
-1.8 choice so
-1.1 choose
1.9 choosing
1.1 chose
1.1 christmas
-1.1 churn
3.0 circling
3.0 circling back
-1.1 city
-1.5 class
1.6 clear that
-1.3 clearance
-2.0 clearer
-1.3 clearer picture
-1.9 clients
-1.5 clinics
1.1 clock
3.6 close of
-1.6 closed
-1.9 closer
-1.9 closer to
3.3 closes
1.1 club
-1.8 coastal
-1.1 code
-1.9 cold
-1.1 cold chain
1.1 colleague
1.6 collect
1.6 collecting
-1.1 collections
-1.1 college
2.2 come back
-1.6 comes up
-1.3 coming back
1.1 comment
-1.5 comments
-1.3 comments on
1.6 commit
1.6 commit to
-1.4 committee
1.9 communicated
-1.3 community health
-1.1 commute
1.7 companies
-1.5 company and
1.3 company has
-1.1 company i
1.9 company that
1.2 company's
-1.3 competition
3.8 competitor
-2.3 complete
-2.2 completed
-1.1 completed my
-1.3 completed the
-1.1 completely
1.4 concrete
-1.5 confident i
1.7 confirm by
-1.6 confirm i'm
1.1 confirm my
1.4 confirm that
1.1 congratulations on
1.7 consider
2.4 consider my
-1.3 considered again
-2.2 considered if
-1.3 consultant
-1.5 consultation
1.4 contact me
-1.1 continue in
-1.1 continued
-1.5 contract at
1.6 contract ends
3.0 contract renewal
-2.1 contribute
-1.9 contribute to
2.4 convenience
-1.6 convenient
2.2 conversation so
-1.1 conversation yesterday
-2.4 conversations
-1.3 coordinator post
3.6 copied
3.0 copied mr
-2.3 copy
-1.3 copy of
-1.1 copywriter
1.1 cork
-1.3 correct
1.6 corrib
-1.1 corrigan
1.1 cost
1.1 could answer
1.1 could do
3.0 could give
-2.1 could have
-1.3 could keep
1.6 could manage
-1.1 could not
3.3 could someone
1.9 could spare
-1.6 could start
-1.6 couldn't
-1.1 couldn't help
2.2 counting
3.5 counting on
1.4 counts
1.9 counts for
-2.0 county
1.1 couple
1.1 couple of
-1.9 course i
2.2 court
1.6 courtesy
-1.5 covered
-1.6 covers
-1.5 creative
-2.0 credit
-1.3 credit risk
2.2 crewing
-1.7 cross
-2.4 cross again
1.1 current contract
-1.1 current post
-1.1 current role
-1.5 customer
1.1 customs compliance
1.6 cut off
1.6 cv again
1.6 cv and
1.6 daily for
3.6 dangling
-1.3 dashboard
-1.1 data
-1.9 data analyst
1.1 data engineer
-1.8 date of
-1.9 dates
3.0 daughter's
1.6 day as
1.6 day i
1.9 day off
-1.1 day was
1.3 days
3.0 days ago
3.0 days delay
3.0 days from
2.7 days since
-1.1 days which
-1.1 de
2.1 deadline
3.6 deadline for
-1.1 deal from
1.1 dear sir
-1.3 decade
-1.3 december
-1.1 decide in
3.0 decide this
1.7 deciding
-1.1 decision about
1.9 decision as
3.5 decision before
2.0 decision by
-1.1 decision date
1.6 decision for
2.2 decision is
-1.3 decision might
-1.1 decision regarding
-1.1 decision so
3.3 decision this
-1.1 decision to
3.0 decision today
3.3 decision urgently
-1.1 decision was
-1.1 decision with
2.4 decision within
-1.1 degree
1.1 deliberation
-1.5 delivered
-1.5 delta
1.4 demand
-1.1 depth
-1.2 description
1.6 deserves
1.1 design engineer
-1.1 desirable
1.6 desk
-1.1 despite
-2.3 detail
-2.6 details
-1.1 details on
-1.1 developer role
-1.1 development officer
-1.1 diary
-1.3 did at
-1.6 did enjoy
-1.1 did notice
2.2 did say
-1.1 didn't work
-1.1 dinner
-1.1 diploma
-1.1 direction
-1.3 director of
-2.2 disappointed i
-1.1 discharge
-1.1 discussed on
-1.1 discussing
-1.1 discussing the
-1.2 discussion
-2.6 discussion about
-1.6 dispatch
-1.1 disruption
-2.0 distribution
-1.1 distribution centre
1.8 do hope
3.0 do if
-1.1 do it
-1.5 do keep
-1.3 do you
-1.6 document
-1.1 document is
-2.5 documents
-1.6 documents are
3.0 does not
1.1 doesn't
1.6 doesn't come
3.0 doha
1.1 doing and
-2.3 don't feel
3.0 don't forget
3.9 don't hear
3.0 don't intend
3.5 don't keep
3.0 don't know
3.3 don't leave
3.0 don't make
1.1 down a
1.1 down from
-2.1 down to
2.5 down two
-1.3 dr
-1.1 driving
1.7 drop
2.2 drop in
1.7 drove
1.1 durban
3.3 each way
4.1 earliest
3.0 earliest as
3.0 earliest convenience
-1.1 easier for
1.1 easier to
-1.1 easily
-1.3 easy
3.0 effort i
3.3 eight hours
1.1 eight weeks
-1.5 eight years
-1.5 eighteen
-1.5 eighteen months
-1.3 electrical
-1.1 else from
-1.3 else in
-1.6 else that
3.3 else which
-2.4 else you
1.6 elsewhere so
1.4 email as
3.0 email but
2.2 email in
2.0 email is
1.4 email of
-1.1 email regarding
3.0 email would
1.3 emailing
3.1 emails
3.3 emails are
3.0 emails i
1.6 emails to
-1.6 employer has
1.9 ended
2.0 ends
1.7 ends on
1.6 ends up
-1.3 engineers
-1.1 enjoyed every
-1.1 enjoyed it
-2.2 enjoyed learning
-2.9 enjoyed our
-2.0 enough
-1.1 enquire
-1.1 entirely
-1.3 especially enjoyed
-1.3 estate
2.5 even a
1.2 even if
-1.1 even the
-1.1 even though
1.5 evening
3.5 evening whether
-3.1 ever
-1.1 ever need
-1.1 ever that
3.6 every couple
2.0 every day
3.5 every evening
1.6 every fortnight
-2.2 every success
3.0 every ten
1.6 every time
1.1 every week
-1.6 everyone
-1.1 everything in
-1.1 ewm
-2.2 exam
-1.6 example
-1.1 examples
-1.8 exams
-1.1 exams on
1.6 exception
-1.1 exercise was
-1.1 expansion
2.8 expect a
1.1 expect the
1.1 expect you
3.0 expect your
1.4 expected at
1.6 expected better
1.3 expected to
1.9 expecting
-1.5 expects
-1.5 expects to
3.3 expedite
-2.1 experience
-1.3 experience and
-1.1 experience in
-1.3 experience to
1.6 experience would
-1.9 explain
-1.3 explain the
-1.1 explaining that
-2.1 explaining the
-1.5 extra
-1.1 extra days
-2.4 eye
-2.3 eye on
-1.1 facilities
1.9 facility
-1.6 fact
1.1 factory
1.6 factory and
-1.1 fair amount
-1.3 fair and
-1.8 fairly
1.9 falls
3.3 falls through
-1.5 families
1.6 family holiday
1.1 family is
1.1 family so
3.0 family to
1.9 farm
-1.1 farmer
1.7 fast
1.5 faster
1.3 faster than
1.4 father
-1.1 fault
-1.1 features
2.2 feed
1.6 feedback in
-1.4 feedback on
-1.1 feel free
-1.5 feel obliged
-1.9 feel the
-1.5 feel you
-1.1 feelings
1.5 feels
-1.9 fell
-1.8 fell short
-1.1 felt
-1.3 festival
2.2 few days
-1.1 few extra
1.6 few times
-1.1 field and
-1.5 fifteen
-1.1 fifteen years
1.6 fifth
-1.3 figure
-1.8 figures
1.1 fill
2.2 final decision
-1.1 final exams
1.6 final stage
2.0 finally
-1.3 financial
1.1 finch
1.3 find a
1.1 finding it
-2.0 finish
-1.1 finish my
-2.6 finished
-1.3 finished the
1.1 fire
-1.1 firm and
1.7 firms
-1.1 first aid
1.6 first and
-1.4 first choice
-1.3 first day
-1.3 first interview
-1.3 first ninety
1.3 first of
-1.1 first week
-1.6 first year
-1.3 five years
1.1 fix
3.3 fleet planning
1.1 flew
-1.5 flexible
3.0 flight
-1.6 flow
-1.5 focus
-1.3 focus on
1.1 followed
1.6 followed up
1.1 following my
-1.5 following the
1.1 following up
-1.3 for <n>
-1.1 for any
1.6 for at
-1.3 for being
-1.9 for calling
3.0 for chasing
-2.4 for explaining
1.6 for finally
-1.1 for four
-1.2 for future
-1.1 for getting
-1.6 for her
-1.8 for inviting
-1.1 for keeping
1.6 for last
2.5 for long
-1.1 for lunch
-1.3 for most
1.6 for much
-1.3 for my
1.1 for nothing
1.1 for on
1.4 for one
-1.1 for passing
-1.6 for similar
-1.1 for someone
1.1 for something
-1.6 for speaking
-1.6 for such
-1.9 for telling
-1.8 for thursday's
1.2 for today
-1.8 for what
1.4 for you
-1.5 forecasting
2.4 forget
3.3 forget me
-1.1 forgive
-1.1 forgot
-1.1 forgot to
3.5 forgotten
3.0 forgotten about
-1.1 forklift licence
-1.1 form
-1.8 former
1.3 fortnight
3.0 fortnight and
3.3 forty eight
1.4 forty minutes
-1.1 forward to
-1.5 found
3.0 four hours
1.6 four times
-1.8 four weeks
-1.1 four years
2.1 fourth
3.0 fourth time
-1.5 framework
1.3 frank
1.5 frankly
-1.1 freelance
3.0 fresh
-1.8 friday about
3.0 friday afternoon
-1.3 friday for
3.0 friday i
3.0 friday i'll
2.4 friday so
1.9 friday the
3.3 friday to
1.6 friend
-1.5 friendly
1.6 friends
-2.8 from <n>
-1.1 from about
1.1 from two
-1.1 from what
1.1 from where
1.2 from your
3.0 frustrating
-1.1 full
-1.6 full picture
-1.3 fully
-1.1 fun
-1.2 further
-2.0 further documents
1.1 further from
-1.6 further information
1.9 further to
-1.1 further you
-1.9 future
-1.1 future i
-1.1 future recruitment
-2.2 future roles
-1.9 future vacancies
-1.3 gap
-1.1 garden
1.6 gave of
3.3 gave up
1.9 generous
1.7 gentle
3.3 gentle reminder
-2.0 gently
-1.5 genuinely
1.9 get a
2.9 get back
3.0 get lost
3.0 get round
1.6 get that
1.4 get the
-1.1 get to
3.3 ghosted
1.3 give
2.0 give me
1.1 give my
3.0 give notice
2.4 give you
2.3 given how
1.1 given that
-1.3 gives
-1.1 gives me
1.4 giving
3.3 giving you
-1.8 glad
-1.9 glad to
3.3 go with
-1.1 goes
-1.3 goes well
-1.1 going through
1.4 gone
3.0 gone another
3.3 gone with
-1.1 good deal
1.3 good news
-1.6 good to
-1.1 got a
1.9 got the
-1.1 grading
1.6 graduate structural
-1.5 graduate trainee
1.6 grants coordinator
2.0 grateful if
-1.1 grew
-1.8 ground
-1.1 growth
2.2 guessing
3.3 guessing from
-1.1 guest
-1.6 guidance
1.1 had another
-1.8 had been
-1.1 had clearly
-1.1 had gone
1.4 had hoped
-1.3 had in
3.0 had no
-1.1 had to
1.1 had your
-1.5 hadn't
1.6 hale
-2.5 half
1.1 handed
-1.3 handle
-2.0 handled
-1.1 handled the
1.6 handler
-1.3 handling
1.1 handover
-2.4 hands
-2.0 hands on
1.1 hangar
3.9 hanging
-1.1 happens
-2.0 happy
-2.0 happy to
1.1 harbourline
-1.1 hard feelings
-1.5 hard not
3.3 hard on
1.1 hardest
1.1 hardest part
-1.1 harlow
-1.5 harvest
1.1 has a
1.1 has already
3.3 has called
-1.9 has changed
1.1 has gone
1.1 has moved
1.7 has not
1.1 has said
-1.1 has several
1.1 has worked
1.1 hasn't
3.0 hasn't been
1.6 hate
1.5 hate for
1.9 hate to
-1.5 have accepted
1.3 have already
1.5 have also
1.7 have an
2.4 have another
-1.8 have asked
-1.8 have attached
3.3 have copied
-1.5 have decided
1.4 have expected
1.7 have gone
-1.1 have handled
1.4 have heard
1.9 have i
1.7 have kept
1.1 have lost
-1.1 have made
1.6 have my
-1.5 have news
3.8 have no
1.4 have not
2.7 have now
3.0 have other
-1.1 have passed
3.0 have put
-1.1 have run
-1.1 have said
-1.3 have saved
-2.3 have the
1.9 have to
1.6 have travelled
2.2 have turned
1.6 have two
1.6 have wanted
-1.5 have worked
1.3 have written
2.7 haven't
1.6 haven't had
4.1 haven't heard
-1.1 having
-1.1 he has
1.1 hear a
3.0 hear anything
3.8 hear back
2.2 hear by
-1.1 hear good
-1.1 hear more
-1.8 hear of
3.6 hear something
3.0 hear soon
3.3 hear within
2.2 heard
3.8 heard anything
3.5 heard back
3.5 heard by
3.0 hearing your
1.6 held off
1.4 hello
-1.1 help noticing
-2.1 help the
-1.3 help to
-2.1 help your
-1.6 helped
-1.1 helped me
-2.9 helpful
-1.5 helpful for
-1.3 helps
1.6 here i
-1.6 here is
3.0 high demand
-1.1 highest
-1.3 history
-1.1 hit
1.2 hold
-1.3 hold a
3.5 hold for
3.0 hold indefinitely
-1.1 hold the
3.3 hold you
2.2 holding
1.6 holding an
3.5 holding things
2.0 holiday
1.6 holiday so
-1.3 holidays
1.6 honest with
1.1 honestly i
1.6 honestly my
3.0 honestly the
-1.1 honesty about
-1.3 honoured
-1.1 honoured to
1.9 hope for
-2.3 hope our
-1.1 hope to
1.1 hope you'll
1.6 hoped the
1.3 hoping
1.1 hoping for
1.1 hospital has
1.6 hospitality at
1.6 hospitals
1.6 hotel for
-1.3 hour
3.0 hours each
-1.1 hours on
-2.5 housing
-1.1 how a
-1.3 how i'd
1.7 how long
-1.1 how my
1.6 how quickly
1.1 how this
-1.9 how you
-2.3 how your
1.6 however
1.6 however i
1.4 hr
-1.3 hub
3.0 huge
-1.6 hundred
-1.8 hurry
-1.1 hyderabad
-2.2 i accept
-2.0 i answered
1.6 i are
2.2 i attended
-2.4 i believe
2.2 i can't
3.9 i cannot
-1.1 i checked
-1.1 i could
-1.5 i couldn't
1.6 i decide
-2.0 i did
-1.1 i enjoyed
-1.8 i especially
1.5 i expect
1.1 i expected
-1.3 i felt
-1.1 i finish
1.1 i flew
1.6 i fly
-1.1 i forgot
-1.2 i found
-1.5 i fully
2.0 i get
1.4 i got
-1.1 i hadn't
2.3 i haven't
1.1 i hear
-1.9 i hold
-1.5 i imagine
1.1 i interviewed
-1.4 i learned
-1.3 i learnt
1.6 i leave
-1.6 i led
-2.0 i liked
2.2 i manage
-1.1 i may
3.0 i miss
1.6 i moved
2.1 i need
2.2 i notice
1.1 i now
-1.2 i only
-1.6 i passed
1.6 i pray
-1.5 i prepared
3.3 i put
-1.8 i ran
1.9 i read
-2.0 i realise
1.6 i rearranged
-1.1 i rebuilt
1.1 i received
-1.1 i reckon
3.3 i request
-2.1 i said
-1.1 i say
-1.3 i see
-1.1 i set
2.5 i shall
-1.8 i simply
-1.1 i spent
1.1 i stand
1.1 i start
-2.1 i suppose
1.1 i take
1.1 i took
3.0 i tried
1.6 i trust
3.8 i turned
-1.3 i valued
-1.5 i very
3.3 i were
1.3 i will
-2.2 i wish
-1.3 i wrote
3.0 i'd appreciate
3.3 i'd ask
1.6 i'd had
1.5 i'd hate
1.2 i'd have
1.4 i'd just
1.5 i'd rather
-1.6 i'd value
-2.1 i'd welcome
1.1 i'll
3.0 i'll accept
4.1 i'll assume
3.0 i'll call
1.4 i'll do
3.5 i'll expect
3.3 i'll follow
3.6 i'll give
2.2 i'll have
3.3 i'll hold
4.1 i'll need
3.3 i'll pop
3.3 i'll ring
1.1 i'll send
3.0 i'll stop
2.5 i'll take
1.1 i'll try
-1.1 i'll understand
-1.5 i'll wait
-1.3 i'm a
1.7 i'm afraid
-1.5 i'm excited
1.1 i'm finding
-1.5 i'm genuinely
3.6 i'm giving
-1.5 i'm glad
3.6 i'm guessing
-1.3 i'm happy
3.0 i'm hoping
-1.3 i'm just
-1.5 i'm on
1.4 i'm rather
3.0 i'm renewing
-1.4 i'm sorry
1.1 i'm starting
1.5 i'm sure
1.1 i'm withdrawing
-1.5 i've accepted
1.9 i've already
3.0 i've also
1.6 i've checked
-1.3 i've decided
-1.3 i've finished
3.3 i've got
1.2 i've had
-1.1 i've passed
1.9 i've put
-1.1 i've realised
-2.1 i've received
-1.1 i've spent
1.6 i've turned
-1.5 idea of
1.7 ideally
-1.3 ideas
-2.0 if a
-2.6 if another
-2.4 if any
1.6 if i'd
1.1 if i'm
3.3 if i've
-1.1 if needed
1.1 if not
-1.3 if something
-1.1 if they
3.5 if this
2.4 if you've
-2.1 if your
1.1 ignore
-1.1 imagine the
3.4 immediately
3.3 immediately as
3.3 immediately if
1.9 impressive
-1.6 improve
-1.5 in <n>
1.1 in about
1.1 in advance
-1.5 in again
-1.1 in both
-1.1 in detail
3.0 in doha
1.6 in durban
2.2 in every
1.6 in from
-2.5 in future
1.9 in high
-1.1 in hospital
1.6 in how
-1.3 in more
-1.6 in one
-1.5 in particular
-1.1 in reception
-1.3 in september
3.5 in spam
3.0 in suspense
-1.3 in that
-1.3 in their
-1.2 in this
1.9 in to
-1.1 in twenty
1.7 in under
-1.8 in well
1.1 in working
2.1 inbox
1.6 inbox and
3.0 inbox every
-1.6 including
3.6 indefinitely
-1.5 industry
1.3 inform
1.1 instant i
-1.3 instead of
-1.1 instructor
-1.5 intake
1.4 intend
1.4 intend to
-1.6 interest of
3.3 interest so
3.6 interested but
-2.3 interesting
-1.6 internal
-1.1 internship
1.9 interview from
1.1 interview i
1.1 interview i've
1.1 interview in
1.1 interview that
-1.6 interview this
1.1 interview with
-1.4 interview yesterday
1.2 interviewed
1.5 interviewed for
1.3 interviewed with
-1.3 interviewer
-1.1 interviews for
1.7 interviews i
-1.1 interviews in
1.6 invested
1.6 invested in
-1.3 invitation
-1.3 invited
-1.9 inviting
-1.9 inviting me
-1.1 is absolutely
1.9 is all
-1.6 is anything
1.1 is back
-1.1 is doing
3.0 is getting
1.9 is in
1.7 is my
-1.3 is nothing
1.4 is now
-1.3 is one
-1.5 is possible
3.0 is quite
1.6 is really
1.6 is regarding
-1.1 is required
-1.5 is right
-1.5 is simply
3.5 is taking
-2.4 is that
-1.5 is useful
-1.5 is valid
-1.3 is what
-1.3 is where
-1.1 isn't possible
-1.3 isn't the
1.1 it again
1.3 it as
3.0 it by
-1.5 it came
1.6 it confirmed
-1.5 it didn't
1.6 it down
1.6 it first
-1.3 it had
-1.1 it help
1.9 it if
-2.1 it in
1.6 it into
-1.1 it meant
-1.3 it over
1.1 it really
-1.1 it seemed
-1.1 it shows
-1.6 it sounds
-1.1 it suits
-1.3 it the
1.4 it this
1.9 it through
1.1 it took
3.0 it until
-1.6 it wasn't
3.0 it's only
-2.4 it's useful
-1.5 it's worth
-1.1 its
1.1 job and
-1.6 job description
1.6 job i
-1.5 job in
1.6 join and
-1.1 joined
-1.3 joining you
-1.1 july
-1.5 june so
3.0 junior accountant
-1.1 junior data
-1.1 just as
1.9 just been
3.0 just bumping
3.0 just circling
-1.1 just didn't
1.4 just let
1.4 just like
1.6 just need
1.9 just rather
1.2 just so
3.0 just tell
-1.1 just wanted
1.3 keen and
1.6 keen the
-1.1 keener on
1.4 keep a
-2.3 keep an
-1.1 keep following
-1.5 keep in
1.1 keep me
1.4 keep that
3.0 keep them
-1.8 keeping me
-1.6 kept in
3.6 kept my
-1.1 kept the
3.0 kept waiting
1.6 kids
-1.3 kind email
1.6 kind response
1.1 kinder
1.6 kinder to
-1.3 kindly agreed
3.0 kindly do
3.5 kindly revert
1.1 kindly treat
1.1 kindness
1.4 kisumu
1.6 know a
-1.1 know about
-1.5 know and
4.0 know by
3.5 know either
1.6 know i'll
1.1 know i've
-1.9 know if
-1.5 know it
-2.3 know my
2.4 know one
1.1 know so
-1.3 know that
1.9 know this
1.9 know where
1.6 know you're
-1.5 known
-1.1 knows
-1.1 laboratory technician
1.6 landing
3.6 landlord
3.0 landlord wants
1.6 lapse
-1.6 large
-1.3 last friday
1.1 last month
1.5 last two
1.6 late so
3.0 later than
3.1 latest
3.3 latest by
-1.3 launched
-1.1 law
-2.1 lead
-1.9 lead position
-1.1 lead role
-1.1 leadership
-1.1 learn
-1.9 learn about
-1.8 learned
-1.3 learned a
-2.0 learning
-1.3 learning about
-1.5 learnt
-1.5 learnt a
2.4 lease
1.6 lease in
1.6 least
2.0 least a
1.1 least i
3.3 leave a
1.1 leave it
2.2 leave me
3.3 leaves
1.5 leaving
-2.6 led
-1.9 led the
2.4 left a
1.9 left waiting
1.6 left you
-1.1 legacy
-1.5 lesson
1.6 let a
1.9 let candidates
-1.5 let you
3.0 let's
-1.3 letter about
-1.4 level
-2.3 licence
1.1 licensed
1.9 life
3.0 life on
-1.3 like a
1.4 like an
-1.1 like exactly
-1.1 like me
1.4 like this
1.6 like your
-1.1 liked
1.1 liked to
1.6 limit
1.7 limits
-1.3 line and
3.0 line by
3.0 line on
1.1 line reply
1.6 lines of
-2.0 link
2.1 linkedin
3.9 linkedin and
-1.8 listed
-1.1 listed as
-1.3 little more
-1.1 little over
1.9 little sooner
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
-2.1 looking for
3.8 lose
3.6 lose me
2.2 losing
1.6 losing me
-1.1 loss
1.5 lost
3.5 lost interest
-1.8 lot from
-1.1 lot to
3.0 loud
-1.1 lucky to
1.6 luke's
3.0 lunchtime
-1.1 ma
1.6 mad
-1.6 made it
1.1 made up
-1.6 mainly
1.6 makati
1.9 make me
-1.5 make my
2.1 make sure
-1.3 make the
1.4 make your
1.6 makes it
-1.3 makes me
1.1 making the
1.2 manage
3.3 manage to
-1.6 managed
-1.4 management
-2.1 managers
-1.5 manchester
1.6 many more
-1.9 many of
1.1 mapping
1.9 marine
1.1 market
1.1 marketing executive
-1.1 master's
3.0 match it
3.3 mate
2.2 matter
3.3 matter as
-1.1 may and
1.3 may i
-1.3 may take
-1.8 maybe
1.4 me an
1.5 me back
1.6 me be
1.9 me by
-1.1 me during
2.4 me every
3.0 me first
-1.1 me i
-1.6 me if
-1.1 me informed
1.6 me it
-1.6 me more
-1.2 me of
-1.2 me on
2.0 me over
-1.1 me posted
3.0 me regret
-2.1 me such
1.2 me this
2.2 me today
1.6 me two
-1.1 me understand
-1.3 me until
-1.1 me very
3.6 me waiting
-1.5 me well
1.7 mean
1.7 mean a
-1.3 meant to
-2.5 meantime
-1.6 meet you
-1.9 meeting with
1.4 meets
-1.1 mention it
1.1 mention only
-1.3 mention this
1.1 mentioned in
-1.5 mentioned is
-1.4 mentioned that
-2.1 mentioned the
-1.5 mentioned you
-1.1 mentions
-1.1 mentoring
1.6 mercy
-1.6 message about
-1.8 message and
3.5 messaged
3.5 messaged you
2.5 messages
-1.3 met the
-2.0 mid
-1.6 middle
-1.5 middle of
-1.1 might have
-1.3 might like
-1.8 million
-1.1 million for
1.4 mind and
-2.4 mind for
1.6 mine to
-1.6 minutes at
3.6 miss
3.0 miss you
-1.5 modelling
-1.8 module
1.2 moment
3.9 monday so
1.4 monday to
1.1 money
-1.5 month end
1.1 month i
2.4 month to
-1.1 month would
-1.1 monthly
-1.3 months and
-1.2 more about
-1.3 more detail
-1.3 more excited
2.4 more for
-1.8 more of
-1.8 more time
1.6 more ways
1.4 morning and
1.6 morning but
1.6 morning to
-2.1 mornings
-1.5 most
3.3 most grateful
-1.5 most interesting
-1.6 most like
-1.4 most of
-2.3 mostly
3.3 move faster
-1.1 move forward
3.5 move quickly
1.6 move the
1.1 moved on
1.6 moving fast
1.6 mr nowak
-2.3 mrs
-1.1 ms okafor
-1.3 much clearer
-1.1 much easier
-1.1 much enjoyed
3.8 much longer
-1.2 much of
1.9 much to
2.2 mum
-1.1 museum
2.4 must be
3.0 must know
-1.3 must withdraw
-1.5 my account
-1.1 my answer
-1.6 my answers
-1.5 my background
1.1 my case
-1.5 my congratulations
3.0 my daughter's
3.5 my deadline
-1.1 my decision
-1.5 my details
3.0 my earlier
3.9 my emails
-1.1 my end
-1.5 my experience
2.2 my file
-2.0 my first
-1.1 my former
3.3 my fourth
3.0 my inbox
3.6 my landlord
3.3 my lease
3.5 my life
2.2 my mum
1.2 my name
1.9 my notes
3.3 my other
2.2 my panel
3.0 my parents
-1.5 my part
1.9 my partner
3.3 my patience
1.9 my phone
-2.0 my portfolio
-1.5 my present
1.4 my previous
-1.5 my questions
3.0 my savings
1.6 my sea
3.0 my search
1.4 my second
1.7 my situation
3.0 my thank
1.6 my third
3.0 my whole
-1.1 my year
-1.7 myself
-1.1 names
-1.1 natural
-1.6 naturally
-1.1 near
3.3 need an
-2.4 need from
-1.1 need someone
3.0 need you
4.6 need your
-1.5 needed
3.0 needful
1.1 needs a
1.6 neither
1.6 neither of
-1.1 nervous
-1.8 new hire
-1.1 new starters
-1.5 news and
3.3 news at
1.9 news from
-1.1 news i
-1.1 news in
1.1 news is
-2.0 news on
-1.3 news was
3.0 news would
3.0 next few
1.1 next month
-1.5 next round
-1.5 next season
-1.3 next step
3.0 next tuesday
-1.1 next wednesday
-1.2 next year
2.2 nice
3.3 nice to
1.4 nights
2.5 nineteen
3.5 nineteen days
-1.3 ninety days
1.6 no and
3.0 no but
3.5 no choice
1.6 no doubt
-1.1 no hard
1.6 no is
-1.8 no need
1.4 no one
3.0 no or
1.1 no other
-1.6 no rush
3.0 no update
3.3 no would
1.4 nobody has
3.3 noon
1.6 nordhavn
1.6 nordvik
-2.0 northern
1.1 not a
1.1 not been
-1.9 not disappointed
1.6 not hear
3.8 not heard
1.9 not how
3.3 not keep
3.0 not later
3.0 not left
-1.1 not possible
3.0 not prepared
3.3 not yet
1.1 note that
-1.3 note to
1.1 notes from
1.2 nothing
3.0 nothing so
1.1 nothing to
-1.1 notice that
1.1 notice the
-1.1 noticing
1.3 now
1.3 now and
1.2 now been
3.0 now eleven
3.3 now on
3.0 now received
2.4 now so
1.6 nowak
1.9 nudge
-1.4 number
-1.6 number of
-1.6 numbers
-1.3 nurses
-1.5 nursing
-1.1 obliged to
-1.3 of applicants
-1.1 of being
3.6 of business
1.6 of care
3.3 of days
-1.6 of four
-1.6 of future
-1.1 of hands
-1.1 of how
1.1 of interviews
1.1 of june
1.5 of me
-1.5 of next
1.6 of procurement
1.6 of term
-2.1 of that
1.2 of them
1.1 of things
1.9 of this
-1.1 of those
-1.3 of thought
1.9 of three
-1.3 of time
-1.1 of transparency
3.0 of waiting
-2.0 of what
-1.3 of where
1.9 off and
3.3 offer as
3.3 offer by
-1.1 offer due
2.4 offer in
1.6 offer is
3.0 offer letter
1.1 offers
-1.3 office manager
1.7 office on
3.3 office to
3.0 office twice
-1.1 okafor
1.1 ol
-1.5 old
3.0 on all
1.9 on and
-1.8 on any
1.1 on day
-1.8 on file
1.9 on for
1.6 on good
3.0 on hearing
-1.3 on his
3.1 on hold
1.6 on i'd
-1.3 on joining
-1.1 on leave
2.2 on linkedin
3.0 on loud
1.6 on other
-1.1 on reflection
-1.8 on saturday
-1.1 on them
2.1 on this
1.9 on time
3.0 on us
-1.2 on wednesday
-1.1 on what
3.0 on whatsapp
-2.1 onboarding
-1.5 once again
-1.1 once i
1.8 once more
-1.1 one and
3.0 one doesn't
-1.1 one i'd
-1.1 one in
1.9 one line
-1.3 one month
1.4 one person
-1.1 one piece
-1.1 one that
-1.9 one thing
4.1 one way
-1.6 online
3.3 only a
1.3 only assume
-1.1 only in
-1.1 only mention
-1.8 only one
-1.1 only wanted
-1.5 open about
-1.6 open to
-1.1 open up
-1.6 open with
1.6 opening at
-1.5 opening comes
-1.3 opening in
-1.3 openings in
-1.3 opens in
-1.1 opens up
-1.8 operation
1.1 operations analyst
-1.6 operations manager
-1.1 operator
-3.0 opportunity to
1.6 option
1.9 options
3.0 or i'll
1.4 or is
4.2 or no
2.3 or the
-1.1 organisation and
1.6 organisation that
-1.8 organised
1.6 orwell
-1.1 other applicants
3.3 other by
3.6 other companies
-1.1 other company
3.3 other interviews
3.0 other options
3.3 other processes
1.6 other two
1.1 others
1.3 otherwise
1.6 otherwise i
-1.5 our conversations
-2.5 our discussion
1.1 our interview
1.1 our meeting
-2.4 our paths
-1.1 our team
-1.1 out and
2.2 out at
1.1 out for
1.1 out in
1.6 outcome before
-1.3 outcome for
-1.5 outreach
-1.9 outside
1.1 over from
-1.5 over two
2.2 own cost
-1.3 pace
-1.3 packaging
-1.6 page and
-1.1 pair
-1.1 pair of
-1.8 panel for
-1.3 panel gave
-2.0 panel had
2.0 panel interview
1.6 panel is
-1.1 panel took
-1.1 panel will
-1.3 panel's decision
-2.5 paper
1.1 paperwork
3.0 parents
1.1 park
-1.6 part i
-1.6 part was
-1.1 particularly on
-1.1 particularly the
-1.5 partnerships
-1.1 pass on
-1.5 passed my
-1.3 passed the
-1.1 passing on
3.3 passing your
2.0 past the
3.0 pasted
3.0 pasted it
-1.1 patchy
-1.5 paths
-2.3 paths cross
-1.1 patience when
1.1 pay
-1.1 peak
1.6 pension
-1.8 people who
-1.6 per cent
3.3 per my
-1.5 perfectly
-1.1 performance
1.6 perhaps my
1.1 perhaps the
-1.5 period at
-1.3 period is
-1.1 person specification
1.9 person you
-1.1 personally rather
1.1 perth
-1.1 phone for
3.8 phone on
3.3 phone your
1.6 physiotherapist
-1.1 picture
-2.1 picture of
1.6 picture you
-1.5 piece
-1.1 piece of
3.0 pigeon
3.3 pile
1.6 pity
1.1 placed
1.6 placed on
-1.1 placement
2.2 plan accordingly
2.1 plan my
-1.3 planned
-1.3 planning my
1.9 planning officer
-1.3 plate
3.0 please advise
3.0 please confirm
1.4 please could
1.1 please give
1.4 please just
1.4 please note
3.3 please reply
3.3 please respond
3.3 please ring
1.1 please send
3.0 please tell
-1.5 please thank
1.7 please treat
-2.3 pleased
-2.3 pleased to
1.6 plenty of
1.4 pm
-1.3 point i
-1.1 pointers
-1.3 points
-1.3 policy officer
1.6 polite
-1.3 politely
2.9 pop
3.0 pop into
3.3 pop up
-1.1 position closer
-1.6 position opens
3.0 position this
-1.3 position with
-1.9 possibility
-1.6 possibility of
3.0 possible as
1.7 possible so
-1.8 post comes
1.3 post in
-1.1 post opens
-1.6 post with
1.7 postdoctoral
3.0 postdoctoral position
-1.1 posted
-1.1 posting
-1.1 posts
-2.1 practical
1.6 pray
1.6 preferred
3.0 prepared to
-1.9 pretend i'm
1.2 previous
3.0 previous messages
-1.1 priorities
1.1 prioritise
1.1 priority
-1.4 problem
-1.3 problems
2.4 process has
-1.3 process stands
-1.3 process with
2.2 processes
-1.1 processing
-1.8 production
1.1 professional
-1.3 professor
1.6 profile is
-1.5 programme
-1.3 programme and
-1.1 programme at
-1.1 programme officer
-1.1 project i
-1.3 projects
1.4 promise
1.7 promised
2.2 promises
1.6 proof
1.1 proper one
1.1 property
1.6 prove
-2.6 provide
-1.1 provide any
-1.9 provide anything
-1.5 provide references
-1.5 public
-1.3 published
-1.8 pune
1.3 put
1.1 put a
1.7 put in
3.0 put the
1.6 put together
1.1 put you
1.1 puts
1.6 puts me
-1.3 qualifications
-1.1 qualified
-2.0 quarter
-1.1 quarterly
-2.1 question about
-1.9 question on
-3.3 questions
-2.1 questions about
-1.1 questions i
1.2 quick
1.6 quick line
3.3 quick reply
1.1 quick update
1.6 quicker
1.1 quickly
2.2 quickly and
2.2 quietly
-1.1 r sum
-1.1 railway
-1.1 ramadan
-2.4 ran
1.9 rang
2.5 rather have
1.4 rather know
3.8 rather not
3.5 rather work
-1.8 reach a
-1.3 reach me
1.1 reached
1.6 reached a
2.0 reached you
1.7 reaching
1.6 read that
1.4 read the
1.6 reading between
-2.2 ready
-2.1 ready to
-1.1 real pleasure
-1.9 realised
-1.1 realised the
3.0 really do
1.1 really like
3.0 really need
-1.1 really useful
1.6 rearranged
-1.3 reasons
1.6 rebuilding the
-1.3 rebuilt
1.8 receive
1.1 receiving
-1.1 recent
1.9 receptionist
-1.3 reckon
3.0 reconsider
-1.3 record
-1.1 recorded
-1.3 records
1.9 recruiter
-2.5 recruitment
-1.1 recycling
-1.6 redesign
-1.5 reduced
-1.5 reducing
-1.8 referee
-1.1 referees
-2.4 references
-1.5 references or
-1.5 reflection
2.7 refreshing
3.8 refreshing my
2.0 regarding my
-1.6 regards
-1.9 region
1.9 regional director
-1.1 regional sales
1.6 registered
1.1 regret
1.9 regret it
1.6 regularly
-1.3 relationships
-1.1 relaunch
-1.6 relevant
-1.1 relevant to
-1.5 relocating
-1.3 relocating to
3.5 relying
3.5 relying on
1.2 remain interested
-1.5 remains
-2.4 remains my
-1.3 reminded
-1.3 reminded me
2.0 reminder
3.0 reminder that
1.1 renewal
-1.9 renewed
3.0 renewing
1.6 rent
-1.3 reopen
1.3 reply
3.3 reply asap
1.9 reply by
-1.8 reply date
3.0 reply i
1.1 reply in
3.5 reply is
3.0 reply so
3.0 reply this
3.5 reply would
1.1 replying
-1.8 report
-2.2 reporting
-2.1 reports
-1.1 reports to
-1.3 reps
1.4 request
1.5 request you
-2.0 required
-1.5 required from
-1.3 requirements
1.1 research coordinator
1.6 reserve
1.6 resolved
-1.6 respect the
1.2 respond
3.3 respond immediately
1.1 responded
1.6 response
3.0 response to
1.6 rested
-1.1 restructure
-1.5 result of
-1.6 retail
1.9 return
-1.1 returns
1.6 revenue manager
4.0 revert
-1.3 rig
3.0 right desk
-1.3 right for
2.2 right now
-1.1 right to
2.3 ring
2.0 ring me
3.3 ring your
1.3 role but
-1.1 role elsewhere
-1.1 role for
-1.5 role in
1.6 role last
1.4 role so
-1.5 role was
-1.5 role with
-3.4 roles
-1.1 roles at
-1.5 roles in
-1.9 rollout
1.6 rough idea
-1.3 roughly
-1.8 roughly when
-1.1 round and
2.2 round so
3.0 round to
-1.5 rounds and
2.4 rounds of
-2.0 route
1.6 row
-1.5 run a
3.3 run out
-1.6 run the
-1.1 running a
3.0 runs out
-2.4 rush
-1.6 rush on
-1.3 rush your
-1.1 rushed
-1.6 sad
-1.6 said about
-1.3 said it
-1.1 said so
3.3 said you'd
1.6 sales role
1.3 same day
3.3 same question
-2.0 sample
-1.3 sat
2.4 save
1.6 save you
-1.8 saved
-1.3 saved us
1.4 savings
-1.1 saw the
-1.3 say it
1.1 say so
-1.1 say this
-1.3 saying
1.6 says a
-1.5 scenario
-2.5 scheme
-1.6 schools
-1.3 science
-1.1 scoring
-1.5 screening
1.1 season and
-1.3 seasons
3.0 second gentle
-1.1 second half
1.4 seconds
-2.1 section
3.5 see if
-1.1 see that
1.1 see what
1.8 see whether
1.2 seems
1.1 seems a
1.1 seems to
1.6 seen it
-1.3 send anything
-2.1 send it
-1.3 send over
1.6 senior planning
-2.6 sense
-2.3 sense of
1.2 sent
2.2 sent a
1.1 sent the
-1.1 sepsis
-1.3 session with
-1.1 set out
-1.3 set up
1.4 settle
-1.9 settles in
1.1 seven
1.6 seven weeks
2.3 shall
2.2 shall be
-1.4 share
-1.9 share any
-1.6 share on
-1.3 share where
1.1 she was
-1.3 she's
-1.1 sheet
1.6 shenzhen
3.3 shift at
-1.3 shift on
-2.0 short
-1.3 short call
-1.5 short contract
-2.1 short note
-1.1 short notice
-1.6 should a
3.5 should i
3.0 should keep
-1.1 should know
1.5 should mention
-1.1 should the
-1.3 should you
1.6 shouldn't
1.1 show me
1.6 show more
-1.3 side i
2.4 sign
3.0 sign with
-1.3 signed
3.5 signing
3.0 signing with
4.9 silence
3.0 silence as
3.6 silence is
3.5 silence that
-1.5 similar
-1.5 similar post
-1.6 similar roles
1.4 simple
3.0 simple yes
1.6 simply because
-1.3 simply wanted
1.4 since i
1.1 since i've
3.0 since long
3.3 since march
1.3 since my
1.6 since nobody
1.6 since the
-1.3 sincere
1.4 sir
1.7 sir i
3.0 site and
1.4 site engineer
-1.6 site visit
-1.5 sites
-1.3 sitting my
1.9 situation
-1.8 six months
1.7 six weeks
-1.6 six years
-1.1 slightly
1.6 slipped
1.4 slots
3.3 so any
-1.1 so clearly
1.5 so i'll
1.2 so i'm
2.2 so long
1.1 so many
1.5 so please
-1.3 so quickly
3.3 so unless
1.9 so we
1.1 so you
-1.1 software
1.6 solutions
-1.1 some of
1.6 someone actually
1.1 someone at
2.4 someone else
-1.1 someone to
-1.2 someone who
3.0 something by
1.9 something else
-1.3 something similar
1.4 soon
3.1 soon as
2.2 sooner
1.4 sooner than
-1.5 sorry it
-1.3 sorry not
-1.8 sound
-2.2 sounds
-1.8 sounds like
3.8 spam
-1.1 speak again
1.6 speak to
-2.1 speak with
-1.9 speaking with
1.1 specialist
-1.1 specification
1.3 speed
-1.9 spent
-1.6 spent with
-1.1 splits
-1.2 spoke
-1.3 spoke i've
-1.1 spoken
-1.1 sponsorship
1.6 st luke's
-1.1 stages and
-1.1 stakeholder
3.0 stand by
-1.5 stand with
-2.2 standard
-1.9 stands
-1.1 start at
-1.1 start dates
-1.5 start on
1.6 started the
-1.1 starters
-1.1 starts
-1.8 state
-1.3 station
1.3 status
3.5 stay available
-3.1 stay in
-1.1 stay the
1.9 stays
-1.4 step
-1.3 step for
3.0 still awaiting
3.3 still here
1.6 still interested
1.1 still like
1.4 still my
3.3 still nothing
1.4 still really
-1.8 still the
1.1 still up
4.1 still waiting
3.5 still want
3.9 stop
-1.1 straight away
1.7 strength
3.3 strength of
-1.1 strengthen
-2.5 strong
-1.5 stronger
-1.5 struck
-1.1 struck by
1.1 structural engineer
-2.2 student
-1.5 students
-1.2 study
-1.5 subject re
-1.8 success
-1.1 success role
-1.1 success with
-1.6 such
-2.5 such as
-1.1 suggested
-1.9 suit me
-2.4 suitable
-1.5 suits
-1.3 suits me
-1.8 suits the
-1.5 suits you
-1.1 sum
-1.5 summary
1.1 supervisor job
-1.6 supervisor position
-1.3 supplier
1.1 supply planner
1.1 support role
-1.1 support team
-1.1 support the
-2.1 suppose
1.1 sure about
1.1 sure how
1.6 sure i
1.9 sure you
2.2 sure you'll
3.9 surely
3.0 surely a
1.6 surgery
-1.9 surprise
-1.3 survey
1.6 survived
1.6 survived the
3.5 suspense
3.5 swamped
1.6 swindon
-1.7 system
-1.5 system and
-1.1 system design
-2.0 systems
1.1 table
3.0 table and
-1.5 take a
-1.3 take calls
1.1 take it
1.1 take me
1.6 take this
1.7 take time
3.3 take to
-1.9 take up
-1.1 taking a
-1.3 talk again
1.9 talk it
-1.8 talk through
-1.1 talked
2.2 talks
1.6 talks so
-1.1 targets
1.6 task i
1.6 tasting menu
-1.9 taught
-1.3 taught me
-1.3 teach
-1.3 team and
-1.3 team every
-1.3 team expects
-1.1 team hoped
-1.3 team of
-1.3 team on
-1.1 team through
-1.3 team was
-1.3 team well
-1.1 team works
-1.1 team would
-1.1 technical round
-1.5 technician
-1.5 technician role
1.9 tell them
1.3 tells
1.7 tells me
-1.1 template
1.1 ten days
1.1 ten minutes
-1.1 tend
-1.1 tend to
-2.9 test
-1.3 test and
3.0 texted
1.3 th and
1.6 th as
-1.1 th i
1.6 th instant
-1.3 th june
1.1 th march
1.7 th of
-1.3 than anyone
-1.3 than by
-1.5 than ever
-2.5 than i
-1.1 than it
3.3 than keep
1.1 than later
-1.3 than leave
-1.5 than most
1.1 than my
-1.1 than planned
-1.1 thanks a
-1.3 thanks very
-1.3 that a
1.1 that as
1.1 that candidates
1.1 that clearly
1.4 that date
-1.8 that experience
-1.1 that for
-1.8 that helps
1.4 that i'll
1.5 that i'm
-3.0 that is
1.1 that isn't
-1.3 that kind
3.0 that leaves
-1.1 that might
-1.1 that needs
-1.1 that on
1.6 that other
1.6 that talks
1.6 that these
1.1 that will
-2.6 that would
3.3 that you've
-1.5 that your
1.1 that's the
-1.1 that's useful
2.2 the agency
-1.5 the analytics
-1.3 the article
-1.5 the atr
-1.5 the audit
-1.5 the backend
3.3 the ball
-1.5 the band
-1.1 the barista
-1.1 the big
1.1 the branch
-1.1 the brand
1.6 the careers
-1.3 the challenges
-1.1 the choice
1.9 the clock
1.1 the coming
-1.2 the committee
-1.1 the commute
-1.1 the conversations
-1.8 the county
-1.5 the credit
-1.1 the current
-1.1 the customer
-1.1 the data
1.1 the depot
1.1 the desk
-1.1 the detailed
-1.1 the director
-1.6 the district
3.3 the earliest
1.9 the effort
-1.1 the electrical
-1.1 the estate
1.1 the evening
-1.1 the expansion
-1.1 the experience
-1.1 the facilities
1.1 the family
-1.1 the figures
-1.1 the financial
1.6 the firm's
-1.3 the floor
3.5 the fourth
-2.7 the future
-1.1 the garden
1.4 the general
1.1 the grants
-1.6 the ground
1.6 the handover
1.1 the hardest
-1.1 the harvest
-1.1 the highest
-1.5 the hiring
-1.6 the hospital
-1.6 the housing
1.1 the hr
-1.1 the idea
-1.6 the interest
-1.6 the interviews
-1.1 the laboratory
2.4 the latest
-1.1 the launch
-1.3 the learning
1.6 the least
-1.9 the line
1.1 the lines
1.6 the lobby
-1.1 the logistics
2.7 the market
-2.5 the meantime
-1.6 the middle
2.8 the moment
-2.5 the most
3.0 the name
3.0 the needful
-1.8 the northern
-1.1 the numbers
2.5 the offer
1.1 the on
-1.1 the onboarding
-3.0 the one
1.1 the ones
-1.1 the online
1.1 the others
-1.3 the pace
1.6 the paperwork
1.1 the pass
-1.6 the past
-1.5 the people
-1.8 the phone
-1.9 the port
-1.1 the portfolio
-1.5 the possibility
2.2 the postdoctoral
-1.5 the practical
-1.1 the problems
-1.8 the procurement
-2.2 the programme
-1.1 the public
-1.1 the questions
-1.8 the region
-1.3 the regional
1.6 the registered
-1.3 the reporting
-1.1 the retail
1.6 the revenue
-1.6 the rota
1.6 the sales
1.1 the saturday
-1.8 the search
-1.3 the season
-1.4 the second
-1.3 the session
-1.1 the short
4.4 the silence
-1.1 the singapore
-1.3 the standard
-1.1 the state
3.3 the strength
-1.1 the student
1.6 the surgery
-1.9 the system
1.7 the table
1.1 the take
-1.1 the tasting
-1.3 the team's
-1.6 the test
1.6 the third
-1.3 the thoughtful
-1.1 the track
1.7 the trainee
-1.1 the travel
-1.1 the trial
-1.3 the trust
-1.1 the two
-1.1 the verification
-1.3 the very
-1.1 the video
-1.6 the visit
-1.8 the volunteer
1.7 the waiting
-1.4 the warehouse
1.3 the week
2.2 the weekend
-1.1 the weekly
-2.6 the whole
-1.1 the winter
3.0 the yarn
-1.9 the year
-1.3 the youth
-1.6 their
-1.3 their first
3.3 theirs
1.1 them all
1.6 them before
-1.1 them for
-1.5 themselves
1.1 then i
-1.3 then i'd
-1.3 then if
-1.3 there an
-1.5 there anything
1.9 there are
-1.5 there was
-1.1 there will
1.1 there's any
-2.1 there's anything
3.0 there's news
-2.0 there's no
1.1 these things
-1.1 thesis
-1.1 they
-1.5 they are
-2.2 they have
-1.1 they were
-1.1 they would
-1.1 they're
-1.3 they've
-1.6 thing i
3.3 things along
1.1 things are
2.2 things take
1.6 things to
3.6 things up
2.5 think a
-1.3 think i
-1.9 think it
1.1 think of
-1.1 think we
-1.1 think you'd
-1.7 thinking
-1.4 thinking about
-1.1 thinking more
1.4 third
1.6 third time
3.0 this for
1.9 this is
3.8 this long
1.1 this month
1.4 this one
-1.9 this only
1.7 this point
3.0 this puts
-1.1 this size
1.7 this so
-1.1 this spring
2.0 this to
1.6 this turns
1.7 this week
1.6 this whole
1.9 thought a
-1.3 thought about
3.5 thought an
-1.1 thought i've
-2.0 thought you
-2.0 thoughtful
1.1 three days
-1.1 three months
1.1 three of
-2.1 three years
-1.1 through from
1.1 through in
-2.1 throughout
-1.1 throughout the
-1.5 thursday <n>
2.4 thursday at
3.6 thursday so
-2.2 thursday's
-2.0 thursday's interview
-1.5 tickets
1.6 ticking
1.1 tidy
1.1 tier
1.6 tier <n>
-1.1 time after
-1.1 time at
1.1 time but
1.6 time during
2.0 time i
-1.5 time is
3.3 time please
-1.3 time that
-1.5 time yesterday
-1.3 timeline for
-1.5 timeline i
1.6 timeline you
1.4 times this
-1.1 title
-2.9 to <n>
-1.8 to add
1.6 to anything
-2.7 to apply
1.6 to arrive
-2.7 to bring
-1.1 to check
-1.3 to complete
-1.3 to continue
-1.8 to contribute
-1.1 to cover
1.1 to every
-1.6 to explain
-1.6 to feel
1.6 to fill
-1.1 to grow
-1.6 to hearing
1.1 to hold
-1.5 to home
-1.3 to improve
-1.6 to interview
2.2 to it
1.6 to just
1.7 to kindly
2.0 to leave
1.6 to leeds
3.6 to lose
3.0 to match
1.3 to me
-2.3 to mention
-1.1 to ms
1.2 to my
1.1 to perth
4.1 to plan
-1.1 to politely
-2.3 to provide
1.9 to receive
-1.3 to respond
-1.5 to rush
1.9 to save
-1.9 to send
-2.6 to share
1.6 to sign
1.1 to sit
-1.1 to step
-1.8 to support
-1.6 to take
-1.1 to teach
-2.0 to thank
-1.1 to them
1.9 to think
1.1 to thirty
-1.1 to three
3.0 to treat
-1.3 to try
-1.6 to two
-2.5 to understand
-1.4 to wait
-1.6 to walk
-1.1 to what
-2.7 to withdraw
1.8 today
1.6 today and
3.0 today as
3.5 today itself
1.6 today the
2.2 told i
2.8 told my
1.1 told the
1.6 told them
3.0 tomasz
5.1 tomorrow
3.0 tomorrow at
3.0 tonight
1.9 too long
2.0 too much
3.3 too so
-1.6 took a
3.0 took an
1.6 took me
-1.3 took over
1.6 took that
-1.1 took the
1.9 took two
-1.1 tool
-1.1 touch again
-2.1 touch and
-1.3 tough
1.1 town
-1.6 trade
1.6 transfer
-1.1 translation
-1.1 transparency
-1.1 transparency i
-1.1 transport
-1.5 travel
1.5 travelled
-1.3 travelling
1.9 treat
3.3 treat my
1.1 treat this
-1.1 treatment
1.6 treats
1.6 treats applicants
-1.3 trial shift
1.9 tried
3.0 tried your
-1.1 trip
1.3 trouble
1.4 trouble you
-1.1 trust and
1.4 trust the
1.4 trust this
1.5 trust you
3.0 trust you'll
3.5 trusting
1.1 try again
-1.1 try to
-1.6 tuesday to
2.5 turned
3.3 turned down
1.1 turning
1.6 turning it
1.1 turns
-1.3 twelve years
1.6 twenty two
1.1 twice
1.6 twice to
1.4 two days
3.3 two emails
-1.1 two hours
-1.1 two hundred
1.1 two interviews
1.4 two months
3.3 two offers
4.1 two other
1.1 two previous
-1.1 two seasons
-1.1 two to
3.0 unanswered
3.0 unanswered i
2.2 under a
3.0 under review
1.6 under three
-1.1 underground
-1.5 understand and
3.3 understand i
-1.5 understand the
-1.1 understand what
1.6 understand why
-2.0 understand you
1.7 unless
1.9 unless i
2.2 unless you
2.0 unpaid
1.9 unpaid day
3.0 until a
2.4 until i
-1.9 until the
1.3 up a
1.4 up again
1.9 up and
1.3 up at
1.3 up for
-1.1 up from
-1.1 up i'd
1.1 up my
-1.1 up next
1.6 up regarding
-1.3 up the
-1.6 up with
1.1 up your
3.3 update at
3.5 update me
-1.1 update since
-1.6 updated timeline
-1.6 upfront
2.9 urgent
3.3 urgent i
3.9 urgently
1.1 us and
-1.9 use
-2.6 used
-1.6 used to
-2.9 useful
-1.5 useful and
-2.1 useful for
-1.4 useful to
-1.3 ux
-2.2 vacancies
1.1 vacancy at
-1.6 valid
-1.5 valid until
-1.5 value
-1.8 value any
-1.9 valued
-1.1 verification
-1.1 very busy
1.1 very eager
-2.4 very glad
-2.2 very happy
3.0 very hard
-1.1 very helpful
-1.3 very pleased
3.3 very soon
-1.1 video
1.6 visa runs
-1.8 visit to
2.7 voicemail
-2.5 volunteer
-1.1 volunteer coordinator
-1.3 volunteers
1.6 wait in
-2.0 wait to
-1.3 wait until
2.9 waiting
3.3 waiting as
2.9 waiting for
3.0 waiting is
1.5 waiting on
3.6 waiting since
3.6 waiting to
-1.1 walk
-1.3 walk me
3.6 want me
1.1 want the
-1.1 wanted
-1.1 wanted to
-1.8 wanted you
1.1 wants
1.6 wants to
1.1 warning
-1.5 was about
-1.1 was actually
1.6 was brought
-1.5 was genuinely
-1.4 was good
-1.3 was hoping
-1.1 was in
-1.5 was kind
-1.6 was my
-1.1 was sorry
-1.1 was struck
-3.4 was the
2.1 was told
-1.1 was written
-1.9 way i
1.6 way of
4.1 way or
1.6 way so
1.1 way which
2.2 ways
2.2 we are
-1.1 we didn't
1.9 we might
-1.1 we moved
-1.5 we talked
-1.1 we used
1.1 we'll
2.2 we'll be
-1.1 we're
-1.1 weakness
-1.1 weaknesses
-1.3 website
-2.2 wednesday about
3.0 wednesday at
-2.0 week about
1.7 week as
1.6 week i
3.0 week it
3.5 week until
-1.1 week which
-1.3 week with
1.9 week without
3.3 week would
-1.1 weekday
1.4 weekend
1.1 weekends
-1.5 weekly
1.4 weeks ago
1.3 weeks so
1.7 weeks to
1.6 weigh
-1.4 welcome
-1.3 welcome any
1.1 welcome at
-1.8 welcome hearing
-1.1 welcome it
-1.6 welcome the
-1.8 well as
1.1 well i
1.9 well in
-1.1 well organised
-1.1 went from
1.1 went smoothly
-1.3 went to
-1.3 went well
-1.1 were a
-1.2 what
-1.3 what a
-1.6 what i
3.0 what i'll
-1.3 what it's
-1.3 what the
-1.1 what they
-2.1 what you
1.6 what's
1.6 whatever your
3.8 whatsapp
3.0 whatsapp in
1.6 when a
-1.3 when convenient
3.0 when deciding
-1.7 when i
-2.6 when you
-2.4 whenever
-1.5 whenever you
-1.9 where my
-1.1 where the
1.1 whether anything
2.9 whether i'm
3.0 whether i've
1.6 whether something
-2.4 whether there
-1.9 whether you
1.6 whether your
1.1 which i'll
1.6 which i've
1.9 which made
-1.8 which was
1.4 whichever
-1.1 while i
-1.5 while i'm
1.4 while since
1.9 while waiting
-1.1 while you
-2.1 who has
-1.1 who have
1.1 who never
1.1 who would
-1.3 whole panel
1.6 why i'm
3.0 will accept
-1.1 will change
3.3 will drop
3.0 will finally
3.0 will give
1.3 will keep
2.2 will need
3.3 will understand
-1.1 wind
1.1 window
-1.6 winter
-2.4 wish
-2.4 wish the
-2.6 wish you
-1.3 wish your
-1.3 wishing
-1.3 wishing you
1.9 with all
1.3 with another
-1.1 with interest
-1.1 with it
-1.1 with limited
-1.8 with me
3.0 with never
1.6 with no
1.5 with respect
2.2 with someone
2.7 with them
-1.1 with what
-1.6 withdraw from
1.7 withdrawing
1.1 withdrawing my
1.5 within
1.7 within a
1.1 within five
1.9 within the
1.6 within two
2.4 without a
1.1 without the
-1.5 won
1.1 won't
2.1 won't be
2.2 wondering
1.6 wondering why
1.5 word
3.0 word is
1.1 work for
-1.2 work in
1.1 work is
-1.1 work together
-1.5 worked with
1.1 working at
1.9 working days
-1.8 working with
-1.5 worry about
1.6 worth it
-1.3 would a
-1.3 would also
1.7 would appreciate
1.6 would at
1.9 would hate
-1.1 would have
2.7 would hear
-1.8 would help
1.1 would hold
1.1 would make
2.3 would mean
-1.1 would most
3.0 would move
-1.1 would only
-1.1 would prefer
2.5 would rather
1.4 would really
1.4 would simply
-1.9 would suit
1.4 would take
-1.1 would want
-1.9 would welcome
-1.6 would you
2.5 writing about
2.8 writing again
3.0 writing by
-1.1 writing just
-1.1 writing only
3.0 writing regarding
-1.2 writing to
3.3 written to
3.0 yarn
-1.1 year
-1.3 year <n>
-1.8 year i
-1.3 year i'd
-1.1 year so
-1.3 year's
-1.6 years
-1.1 years and
-1.6 years at
-1.5 years i
-1.3 years on
-1.3 years running
3.3 yes
4.2 yes or
3.0 yet received
-1.3 you about
3.0 you advertise
1.1 you after
-1.1 you all
-3.1 you asked
-1.6 you be
1.4 you before
2.7 you but
4.0 you by
1.2 you can
1.1 you chose
3.3 you come
2.4 you confirm
2.0 you could
2.2 you did
1.1 you don't
-1.6 you ever
-2.0 you expect
2.2 you get
3.0 you haven't
-1.5 you hoped
1.5 you i
1.7 you is
1.6 you just
-1.1 you keeping
1.2 you let
-1.1 you made
-1.1 you mentioned
-2.2 you might
3.5 you must
-2.0 you need
1.1 you next
3.0 you note
2.5 you on
-1.1 you plan
3.5 you please
1.6 you promised
1.1 you saw
-1.1 you see
-1.3 you should
1.9 you so
-1.1 you suggested
-1.1 you taking
-1.8 you tell
-1.1 you than
1.6 you that
1.1 you this
1.1 you told
1.1 you too
-1.8 you took
3.9 you understand
2.5 you want
-1.2 you were
-1.3 you when
1.7 you won't
1.3 you would
-1.8 you'd like
2.1 you'll
2.2 you'll be
1.1 you'll think
3.0 you'll understand
3.5 you're not
2.0 you've
3.3 you've decided
3.5 you've gone
3.0 you've lost
3.0 you've seen
2.8 your answer
3.0 your assistant
1.6 your busy
2.0 your call
-1.8 your candour
3.0 your chance
1.7 your colleague
-1.1 your colleagues
3.3 your company's
3.3 your court
1.6 your decision
-1.1 your description
3.5 your desk
3.6 your earliest
-1.3 your explanation
1.1 your feedback
-1.1 your file
3.5 your final
-1.5 your honesty
1.6 your hotel
2.2 your hr
1.9 your inbox
2.2 your interview
1.6 your kindness
1.1 your list
-1.1 your mail
-2.1 your message
3.5 your mind
-2.0 your new
-1.3 your note
3.5 your offer
2.1 your office
-1.6 your patience
-2.6 your planning
-1.1 your plans
-1.1 your pune
-2.4 your question
-1.6 your records
1.6 your regional
1.9 your reply
-1.8 your role
1.6 your second
-1.1 your shortlist
3.3 your silence
-1.5 your timing
-1.3 your work
-1.6 youth
""",
)
