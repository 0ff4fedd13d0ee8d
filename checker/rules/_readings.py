"""The readings of tone, learned from tests/corpus/ by scripts/train_readings.py: do not edit."""

from checker.rules._reading import Reading

BLAME = Reading(
    17.1,
    """\
-1.4 <n>
-2.8 <n> <n>
-1.3 <n> august
-2.1 <n> february
-1.1 <n> hours
-1.1 <n> in
-1.3 <n> july
-1.6 <n> june
-2.4 <n> may
-1.7 <n> november
-2.2 <n> october
-1.3 <n> per
-1.8 <n> rd
-1.8 <n> september
-1.5 <n> th
-1.2 <n> to
1.4 a big
2.2 a bit
2.1 a box
3.9 a candidate
2.1 a certain
-1.1 a close
3.2 a company
1.6 a container
3.0 a contractor
1.3 a conversation
-1.1 a copy
1.4 a day
3.4 a day's
-1.3 a difficult
3.0 a fifty
1.3 a firm
3.4 a form
3.4 a formality
-1.1 a fortnight
3.2 a forty
1.3 a job
-1.3 a line
3.2 a man
3.9 a mistake
-1.8 a moment
-1.5 a more
3.2 a panel
3.2 a parking
3.2 a person
1.8 a pity
1.6 a place
-1.9 a position
3.2 a presentation
-1.3 a project
2.1 a proper
1.6 a request
3.0 a saturday
1.7 a shame
-2.9 a similar
1.9 a site
-2.1 a small
-1.1 a start
3.2 a strange
1.7 a surprise
3.0 a take
3.0 a templated
1.6 a third
2.1 a three
1.6 a time
-1.1 a trial
2.5 a two
-1.1 a vague
-1.1 a verbal
4.1 a waste
2.1 a word
1.6 aberdeen
3.0 about an
1.6 about any
1.6 about future
1.4 about me
-1.3 about three
-1.1 about two
3.0 about whether
1.6 absolutely
1.6 absurd
1.6 accent
1.5 accept the
-1.1 accepted another
1.6 accepted the
-1.1 account i
-1.1 account manager
-1.3 account of
-1.5 accountant role
-1.1 acquisition
2.5 acting
1.6 acting in
3.0 acting manager
3.0 actual
1.5 actually
-1.1 add that
1.6 address
1.2 admit
1.8 admit i
1.6 admit it
2.1 admit the
1.9 advert
3.0 advert never
2.3 advertisement
3.2 advertising
1.6 advice
1.4 afraid
1.4 after a
1.3 after four
-1.1 after hearing
1.6 after my
-1.5 after our
-1.3 after that
2.8 after three
1.6 after tuesday
-1.8 afternoon about
1.9 again as
-1.8 again if
-1.1 again to
1.9 against
3.6 against me
3.0 against you
1.6 age
1.4 agency
1.6 agency's
-1.1 agreed to
-1.5 ahead
-1.5 aid
3.0 all along
-1.3 all and
1.6 all day
-1.1 all is
-1.3 all right
1.1 all the
1.9 all three
-1.3 alone
1.6 alongside your
1.6 already in
2.1 already knew
-2.1 also appreciated
1.6 also asked
1.9 also wanted
3.0 although i'd
1.4 always
2.4 always going
-1.1 am confident
-2.1 am disappointed
-2.2 am happy
-1.5 am keen
1.8 am not
-1.1 am now
-1.3 am sad
-1.5 am the
-3.7 am very
1.6 an applicant
1.6 an asset
1.6 an assistant
3.2 an employer
2.1 an explanation
2.8 an hour
1.3 an interesting
1.6 an internal
3.2 an interviewer
3.0 an odd
-1.1 an updated
-1.1 analysis
-1.1 analyst interview
-1.8 analyst position
-1.1 and <n>
1.1 and a
-1.1 and about
-1.3 and again
1.6 and apologies
-2.0 and best
-1.3 and could
1.6 and drove
2.1 and frankly
1.6 and got
3.2 and had
-2.0 and happy
-1.7 and have
-1.7 and hearing
1.9 and honestly
-1.3 and hope
-1.1 and i'll
-1.1 and i've
-1.1 and learned
1.4 and left
-1.9 and look
-1.9 and mr
-1.1 and mrs
2.8 and nobody
-1.5 and one
-1.3 and our
-1.3 and really
1.6 and saved
-1.3 and seeing
1.4 and still
-1.5 and that's
2.1 and then
-1.2 and they
-1.3 and they've
2.1 and two
-1.1 and wanted
1.6 and was
1.2 and we
1.9 annual
1.6 another applicant
-1.5 another employer
-1.3 another year
1.6 answer about
-1.8 answer any
1.6 answer before
-2.6 answer by
1.3 answers
3.0 answers short
-1.1 any chance
-2.1 any feedback
-2.9 any further
-1.8 any pointers
3.2 any real
-1.1 any time
2.0 anyone
3.0 anyone could
2.5 anyone on
3.0 anyone to
3.2 anyone who
-2.7 anything further
3.0 anything i
-1.1 anything more
-1.1 anything on
-1.5 anything similar
-1.1 anything suitable
-1.1 anything you
1.6 anyway
1.6 apart from
-1.1 appeals
-1.1 appeals to
1.4 applicant
2.3 applicants
1.5 application and
1.6 application i
-1.1 application stronger
1.6 application to
3.0 application was
1.5 applied
-1.1 applying for
1.6 appreciate an
3.2 appreciate being
-1.5 appreciate the
-1.5 appreciate you
-1.1 appreciate your
-1.1 appreciated
-1.1 appreciated hearing
-2.1 appreciated how
-1.1 appreciated learning
1.6 appreciated meeting
-1.7 appreciated that
-2.2 appreciated your
-2.2 apprenticeship
1.9 aptitude
-1.1 architect
-1.5 are able
3.2 are busy
1.6 are from
-1.1 are in
-1.5 are keeping
-1.1 are needed
1.6 are used
-2.0 are well
-1.1 area
1.6 argue
-1.2 around
-1.1 arrange
1.4 arrived
3.2 arrived at
-1.1 as i've
1.9 as if
1.3 as much
-2.4 as my
1.6 as one
3.0 as open
1.9 as they
1.6 as though
-1.1 as you
3.2 aside
2.1 ask because
-1.1 ask if
-1.1 ask whether
1.4 ask you
1.4 asked me
3.2 asked of
2.1 asked to
-1.1 asked what
3.0 assessed
1.2 assessment
1.3 assessment centre
1.4 assessment day
2.1 assessors
1.6 asset
-1.1 assistant position
-2.2 associate
1.6 assume
3.2 assume nobody
1.8 assume the
1.6 assuming
2.3 assured
2.1 assured me
-1.1 at al
-1.5 at all
-1.1 at another
-1.1 at brightwater
3.0 at fifty
1.6 at harrowgate
-1.1 at interview
2.1 at least
1.6 at saigon
-1.1 at short
-1.8 at st
1.6 attached my
-2.0 attached the
-1.3 attended the
1.5 attention
1.6 attention of
3.0 attitude
-1.1 auditor
-1.1 auditor role
-1.3 august
-1.3 authority
3.0 auto
2.3 automated
-1.3 availability
-2.6 available
-1.7 available for
-1.7 award
-1.5 awards
-1.5 away even
1.6 back i
-1.1 back when
-1.1 backend engineer
-1.5 backlog
1.6 backup
-1.1 bakery
1.4 bank and
1.6 bar for
-1.1 barista
-1.9 base
2.5 basis
-1.5 be able
3.6 be asked
1.6 be bringing
3.2 be curious
3.0 be expected
1.2 be honest
-1.7 be honoured
3.2 be interested
-1.1 be joining
-1.7 be keen
1.4 be made
3.0 be marked
-1.3 be most
-1.5 be moving
3.2 be nice
-1.5 be part
2.1 be told
-1.3 be transparent
-2.3 be useful
-2.4 be very
-1.7 be willing
-1.1 be working
2.4 be worth
1.6 bear
1.9 became
1.3 because the
1.9 because your
1.6 become
-2.1 been about
1.6 been acting
2.1 been filled
3.0 been given
1.6 been invited
1.9 been kind
3.0 been kinder
1.6 been made
3.0 been moved
-1.8 been offered
1.6 been set
1.6 been talking
-2.2 been thinking
1.6 been three
3.4 been told
3.0 before anyone
1.4 before i
1.8 before the
-2.4 before then
1.6 before they
1.4 before we
2.9 beforehand
3.2 began
2.1 beginning
3.0 beginning to
3.2 being asked
-1.3 being open
1.3 being straight
4.0 being told
1.7 believe
1.6 believe it
1.6 believe my
3.0 believe she
1.6 believe that
2.8 believe the
1.6 believe this
1.6 believe your
3.2 best of
-2.0 best wishes
-1.9 better for
3.0 better from
3.2 biased
1.2 bit
3.0 bit more
3.2 bit rich
-1.1 blocks
-1.1 blow
1.6 board every
1.6 booked
-1.3 booking
-1.1 bookkeeper
-1.1 border
3.0 both have
1.4 both know
3.0 bothered
3.0 bothered to
1.6 bottom
1.6 bottom of
1.5 box
3.2 branch was
1.4 brand
1.6 break to
-1.1 brightwater
-1.9 bring
-1.9 bring that
-1.5 bring the
-1.7 budgeting
-1.9 build
-1.3 built
-1.1 business analyst
-1.1 busy week
-1.3 but i'll
3.0 but there
1.7 but you
3.6 but your
-2.3 by <n>
1.8 by a
3.2 by how
-1.5 by monday
3.0 by someone
-1.8 by thursday
1.4 by your
1.6 call and
1.9 call to
3.4 call was
3.2 call would
1.6 call yesterday
1.6 called twice
-2.1 calling
-1.3 calling me
1.7 calls
-1.3 calm
1.6 came back
1.8 can do
-1.1 can move
-1.1 can offer
2.1 can only
-1.1 can provide
-1.9 can send
-1.1 can speak
-1.5 can work
3.0 can't see
1.6 cancel
1.6 cancelled
1.4 candidacy
1.9 candidate
3.6 candidate experience
3.0 candidate is
1.6 candidate with
1.6 candidate would
2.2 candidates
3.8 candidates are
3.0 candidates deserve
1.6 candidates for
3.0 candidates i
1.9 candidates know
1.6 candidates who
1.6 candidates with
-1.5 candour
-1.3 candour about
1.5 cannot
-1.5 care you
-1.1 careful
-1.9 case it
1.6 catch
-1.5 cent
-1.3 certain that
1.4 certainly
-1.7 challenge
-1.3 challenges
-1.1 chance of
1.4 charge
1.6 charge nurse
1.6 chartered
1.6 chase
-1.1 chat about
-1.1 chat this
1.6 chat today
-1.1 check
-2.1 check in
-1.1 chef position
1.6 chef role
1.6 children
-1.1 children's
-1.5 choice and
-1.1 choice so
1.2 choose
3.2 choose but
1.4 choosing
1.4 chose
-1.1 christmas
-1.1 churn
-1.1 claims
-1.1 clear about
1.6 clear from
-1.1 clear picture
-1.1 clearer picture
1.6 clinic is
-1.3 clinics
2.1 clock
-1.1 closer
-1.1 cloud
1.6 co op
1.6 code
3.0 coding
-2.0 coffee
-1.1 cold chain
1.8 colleague
-1.9 colleagues
-1.3 come back
-1.5 come in
-1.3 come through
2.1 come to
-1.1 comfortable
1.6 coming back
1.6 communicated
1.6 communicated to
4.0 company that
-1.3 competition
1.6 competitors
-1.5 complete sense
-2.7 completely
-2.0 completely understand
2.1 conclude
3.0 concluded
-1.1 concrete
3.2 conduct
-1.1 conference
-1.1 confident
-1.1 conflict
3.2 confused
1.6 confusion
1.9 congratulations on
-1.1 connection
-1.5 conservation
-1.2 considered if
1.9 construction
1.9 container
3.0 container terminal
-1.7 content
-1.1 contract
-1.8 contribute to
-1.3 controller role
-1.6 conversation about
1.6 conversation i
-2.2 conversation on
-1.3 conversation this
1.6 conversation was
-1.1 conversation yesterday
-1.9 conversations
1.5 convinced
3.0 convinced the
2.3 copied
-1.8 copy
-1.1 copywriter
-1.1 cork
-1.3 correction
1.6 corvid
2.0 cost
3.0 could both
1.3 could have
1.9 could not
1.6 could run
-1.8 could start
2.5 couldn't
2.1 couldn't help
1.9 count
3.6 count against
1.6 count for
1.6 countries
1.9 counts
3.0 counts for
-2.2 county
-2.1 course but
-1.7 course i
3.2 courted
3.0 courteous
1.7 courtesy
1.4 courtesy of
1.9 covers
-1.9 credit
-1.3 credit risk
-1.3 cross paths
2.1 culture
1.9 cup
1.6 curiosity
3.2 curious
3.2 curious to
-2.6 current
-1.8 current employer
-1.3 current job
-1.1 current role
-1.1 current until
-1.1 customs compliance
1.6 cutting
1.3 cv
3.4 cv before
-1.1 cv on
-1.5 cycle
-1.1 daily
1.9 dairy
1.6 database
1.4 day and
1.9 day but
3.0 day off
1.9 day was
3.4 day's
3.2 day's leave
2.1 days and
1.6 days so
-1.1 days to
1.6 deal of
-1.3 dear ms
-1.3 december
-1.7 decide
-1.7 decide by
-1.1 decision about
1.6 decision as
-2.2 decision by
3.2 decision had
-1.3 decision is
3.2 decision though
1.6 decision to
1.9 decision was
-1.3 decision within
-2.1 decisions
1.6 deepa
1.5 degree
3.2 degree and
3.0 degree was
-1.1 delighted
-1.1 delighted to
-1.5 delivered
1.6 deputy stage
3.0 describe
-1.7 described is
1.6 described to
-1.7 description of
3.6 deserve
3.0 deserve to
-1.1 design engineer
3.0 designed
-1.7 detailed
-1.1 details on
-1.7 developer
-1.5 diary
1.5 did
1.6 did arrive
1.3 did enjoy
3.4 did feel
3.0 did notice
3.2 did wonder
1.1 didn't
3.9 differently
3.2 differently but
1.3 difficult
3.9 difficult to
-1.7 digital
-1.1 dinner
-1.1 direction
-1.1 director of
1.6 director on
-1.3 disappointed as
-1.1 disappointed but
-1.9 disappointed i
-2.2 disappointed of
-1.1 discharge
-1.4 discuss
-1.1 discuss the
-1.3 discussed on
1.6 discussed which
-1.1 discussing
-1.1 discussing the
-2.1 discussion about
3.0 do and
2.9 do hope
1.6 do if
1.6 do let
1.2 do not
2.1 do still
1.8 do think
2.3 do with
3.2 do wonder
-1.3 documents
-1.3 documents are
2.5 does
2.8 does not
1.6 doesn't
3.0 doesn't really
-1.1 doing and
2.5 don't believe
-1.5 don't hear
1.4 don't hold
-1.8 don't want
1.4 don't worry
1.6 door
1.2 doubt
1.6 doubt anyone
1.7 down for
1.4 down on
1.6 doyle's
-1.2 dr
-1.5 drive
-1.3 driver
-1.5 drop
2.5 drove
1.6 due respect
1.6 during service
1.9 each stage
-1.7 eager
-1.7 eager to
-1.3 earliest
-1.6 early
1.6 earned
-2.5 easier
-1.8 easier to
-1.1 easy to
-1.1 editor
2.1 eight years
-1.3 eighteen
-1.3 eighteen months
-1.3 electrical apprenticeship
3.0 eleven hours
-1.1 else i
1.4 else in
3.2 elsewhere from
3.2 email after
1.6 email regarding
1.6 email that
-1.1 emailing
1.3 emails
-1.8 emergency
-1.3 employer has
3.2 employer that
3.2 end is
-1.1 end of
1.4 ended
-1.3 ends on
-1.6 engineer role
3.0 engineering and
2.0 english
-1.7 enjoyable
-1.3 enjoyed it
-2.2 enjoyed learning
1.2 enough
-1.1 entirely
1.9 entry
3.0 entry level
-1.1 error
-1.3 especially
-1.3 especially after
3.0 essential
1.8 even if
-1.9 even keener
-2.9 even more
-2.0 even though
-1.5 even with
-1.1 every day
3.4 every question
-1.1 every week
3.0 everyone else
1.5 everything
2.1 everything i
3.4 evidently
1.6 exactly how
-1.9 exam
-1.1 example
-1.1 examples i
-1.2 excited
-1.1 excited about
1.6 expect a
-2.4 expect to
-1.1 expected and
3.0 expected better
1.6 expecting to
3.0 experience counts
2.5 experience of
-1.1 experience or
3.2 experience than
-1.1 expired
1.4 explain
-1.3 explain the
-1.1 explained the
-1.1 explaining that
3.0 explains
3.0 exposure
3.0 external
3.0 external applicants
-1.1 facilities
-1.1 facility
1.4 fact
-1.7 fair and
1.6 fairer
1.6 fairer to
-1.3 fairness
3.0 faith
-1.3 falls
-1.1 far easier
1.6 far more
-1.1 farmer
1.9 fault
-1.4 feedback on
3.0 feedback within
3.0 feel i
-1.5 feel obliged
2.8 feel the
-1.7 feel very
2.0 felt
3.0 felt as
2.0 felt like
-2.1 few minutes
1.6 field was
1.5 fifteen
2.4 fifty
3.4 fifty three
2.4 filled
1.2 final round
1.4 finally
-1.5 finance
-1.1 financial
1.4 find
3.0 find it
2.1 find out
2.6 finding
3.2 finding someone
-1.9 finds you
1.8 finish
-1.1 finishing
-1.1 firm in
-1.1 first aid
-2.6 first choice
1.6 first class
2.1 first five
-1.1 first of
3.0 first ten
-1.9 first year
-1.1 fit around
1.9 fit in
1.3 five
2.1 five minutes
2.8 five weeks
-1.1 fix
-1.3 fixed
-1.1 fleet planning
-1.8 flexible
-1.3 flood
1.2 fly
-1.3 follow the
2.7 followed
3.2 followed by
3.0 followed up
-1.3 following my
-1.5 following the
1.6 follows
-1.3 for <n>
-3.1 for any
1.6 for both
-1.3 for but
-1.8 for calling
1.6 for eleven
-2.0 for explaining
1.4 for getting
-2.8 for interviewing
3.8 for more
1.9 for most
-1.3 for next
1.6 for nothing
-1.5 for on
3.0 for other
-1.1 for our
-1.1 for passing
1.9 for running
1.4 for similar
1.9 for six
1.6 for so
-1.5 for telling
-1.7 for thursday's
-1.8 for today
2.3 for twenty
1.6 for us
1.4 for what
-1.3 for which
2.1 forgive
3.4 forgive me
1.6 forgive the
-1.5 forklift
-1.1 forklift licence
3.4 form letter
3.4 formality
3.0 formally
-1.3 format
-1.1 former
1.5 forty
2.7 forty minutes
-1.3 forward to
1.6 four hundred
2.1 four rounds
3.4 four times
-1.8 four weeks
2.1 fourteen
3.2 fourteen years
1.6 fourth time
-1.5 frank
2.5 frankly
2.3 frankly i
1.6 frankly the
-1.1 freelance
-1.9 friday <n>
-1.1 friday so
-1.5 friday the
-2.5 from <n>
1.2 from a
-1.1 from about
1.9 from an
-1.1 from another
-2.2 from me
-1.1 from our
3.2 from what
1.6 from where
-1.5 from you
1.6 from your
1.2 front
1.6 front desk
1.4 full attention
-1.5 full picture
-1.1 fully accept
-1.3 fully respect
-1.5 further
-2.0 further documents
-1.1 further information
-1.3 further questions
-1.7 further you
3.2 future candidates
-1.1 future i
-1.1 future opportunities
3.0 future rounds
1.2 future vacancies
1.6 galway
-1.1 gap in
1.6 gather
-1.3 gave a
-1.1 gave the
1.6 general manager
-1.1 generous
2.1 gently
2.1 gently point
3.0 gently say
3.4 gently suggest
1.4 genuine
1.6 get a
-1.5 get back
-1.1 get it
1.3 get the
-1.1 give
-2.0 give me
-1.3 give my
-1.3 give you
1.3 given
1.4 given how
3.0 given it
1.3 given that
-1.1 giving me
3.0 glad someone
3.6 glassdoor
3.2 glassdoor so
-1.1 go and
3.0 go over
1.6 goes to
1.9 going to
1.6 gone better
-1.1 good deal
3.4 good luck
-1.3 good news
-1.3 good start
1.6 good summer
3.0 got it
1.4 got to
1.9 gracious
3.0 gracious about
1.6 graduates
-1.9 grants
-1.1 grants officer
1.6 great surprise
-1.5 great to
2.4 group exercise
1.6 guard
-1.3 guessing
1.6 habit of
1.1 had
1.6 had an
3.6 had anyone
2.7 had been
1.6 had clearly
1.9 had in
3.0 had made
2.7 had not
-1.3 had really
1.6 had that
1.6 had the
3.0 had their
1.6 had two
1.6 hadn't
1.3 half
3.0 half an
1.6 half as
1.4 half the
3.2 halfway
3.0 halfway through
-1.1 handle
1.2 handled
1.2 hands
1.9 hands on
-1.1 happens
-1.1 happy
1.6 hard
1.9 hard for
3.9 hard not
2.0 hard to
3.8 hardly
1.6 harrowgate
-1.5 has asked
-1.1 has finished
-1.5 has moved
1.9 has never
1.9 has now
-1.1 has offered
1.6 has run
-1.1 has said
-1.8 has stayed
-1.5 hasn't
1.9 haul
-1.3 have a
-1.3 have accepted
-1.1 have also
-1.1 have decided
1.4 have done
2.3 have gone
-1.1 have got
-1.5 have had
-1.9 have it
2.0 have liked
-1.7 have made
2.1 have passed
3.4 have preferred
1.9 have prepared
2.1 have read
3.0 have saved
-1.1 have them
1.4 have to
1.9 having now
1.6 he
3.0 head office
-1.1 heading
-1.3 heads
-1.3 heads up
-1.1 health
1.6 heaps
1.6 heaps for
1.6 hear anything
-2.1 hear how
1.6 hear of
-1.1 hear than
1.9 heard it
3.0 heard that
-2.2 hearing from
-1.1 hearing it
-1.1 hearing that
-1.3 heart
-2.3 held
-1.3 held on
-1.5 help me
2.1 help noticing
-1.8 help with
-1.7 helpful
-1.3 helpful for
-2.4 helps
-1.1 helps me
2.6 her
1.6 hide
1.6 hire for
1.7 hiring
2.4 hiring manager
2.1 hiring process
2.3 his
3.8 his phone
1.3 history
-1.3 hold a
1.4 hold the
-1.3 holding
-1.1 holidays
1.5 home task
1.6 honest the
1.4 honest with
-1.1 honestly but
2.0 honestly i
3.2 honestly the
-1.8 honesty about
-1.7 honoured
-1.5 honoured to
1.2 hope that
-1.6 hope to
3.4 hope whoever
-1.8 hope you're
1.6 hoped the
-2.4 hoped to
-1.1 hopeful
-1.7 hoping
-2.2 hoping to
3.0 hotel is
2.2 hour
1.6 hour with
2.7 how a
3.2 how candidates
-1.1 how clearly
3.0 how closely
2.5 how long
1.6 how many
-1.1 how openly
1.9 how they
2.3 how this
2.1 hr
3.0 hr manager
2.8 hr team
1.6 human
1.6 humbly request
-1.5 hurry
1.9 husband
-1.1 hyderabad
1.3 i accept
1.6 i actually
1.6 i admit
-1.1 i apply
-1.4 i appreciate
1.8 i ask
2.3 i assume
1.9 i called
-2.0 i came
-2.2 i completely
2.1 i couldn't
1.7 i did
2.0 i do
1.4 i doubt
3.1 i find
-2.0 i fully
3.2 i gather
1.6 i hear
-1.3 i hold
-1.1 i hoped
2.1 i intend
3.2 i lack
-2.5 i learned
-1.7 i led
-2.2 i loved
-1.1 i need
1.4 i never
1.6 i not
3.0 i note
-2.4 i noticed
1.3 i only
-1.1 i passed
1.4 i plan
1.6 i planned
2.3 i prepared
1.9 i put
-1.5 i realised
1.4 i received
-1.1 i reckon
-1.1 i reply
1.9 i sat
1.8 i see
1.8 i sent
-1.1 i simply
3.0 i spent
-1.7 i stand
1.2 i still
-1.1 i stumbled
1.6 i suggest
2.1 i suppose
1.5 i suspect
1.6 i take
-1.1 i thank
-1.4 i thought
1.4 i told
1.7 i took
-1.3 i valued
-1.3 i want
-2.0 i wanted
2.0 i wasn't
1.9 i wish
-1.1 i wondered
1.2 i write
1.6 i'd ask
-1.1 i'd check
1.6 i'd come
-1.7 i'd enjoy
3.0 i'd finished
1.6 i'd fit
4.2 i'd gently
2.7 i'd have
-1.7 i'd just
-1.1 i'd love
-1.5 i'd most
-1.5 i'd much
-1.3 i'd value
-2.2 i'd very
1.6 i'll do
-1.1 i'll give
-1.3 i'll have
3.0 i'll just
1.4 i'll leave
-1.1 i'll need
1.3 i'll try
1.4 i'm afraid
1.6 i'm assuming
-1.3 i'm aware
-1.1 i'm based
3.0 i'm beginning
-1.3 i'm confident
-1.1 i'm excited
-2.3 i'm grateful
-1.1 i'm guessing
-1.1 i'm most
1.6 i'm now
-1.9 i'm really
-1.1 i'm simply
1.6 i'm starting
-1.1 i'm taking
-1.3 i'm the
1.6 i'm told
3.2 i'm too
-1.8 i'm very
-1.8 i've already
3.0 i've given
-1.1 i've got
-2.0 i've had
-2.2 i've received
1.9 i've taken
3.0 ideal
1.6 ideas
-1.1 if i've
2.1 if someone
1.4 if something
-1.5 if that's
1.1 if the
-1.7 if there
-1.3 if useful
-2.1 if you're
-1.1 imagine the
1.6 important
-1.3 impressed
3.6 impression
-1.7 improve
-1.5 in <n>
-1.3 in about
-1.3 in any
1.9 in at
-2.0 in case
-1.3 in early
1.9 in fact
-1.3 in fairness
-1.3 in for
1.6 in from
-1.1 in itself
-1.1 in joining
1.5 in reception
-1.7 in september
-1.5 in working
-1.1 in writing
-1.5 inbox
1.9 included
-1.1 indication
1.6 informal
-1.3 informed
1.6 instead of
-1.1 instructor
1.8 intend
1.8 intend to
-1.1 interest
-1.9 interest in
1.2 interested to
1.2 internal
1.2 internal candidate
1.6 internally
-1.1 interview for
1.6 interview in
1.6 interview itself
1.6 interview not
-1.5 interview on
-1.3 interview this
3.6 interview though
1.6 interview three
1.2 interview was
1.6 interview went
1.6 interview which
-1.3 interview yesterday
3.8 interviewer
3.2 interviewer made
3.0 interviewer was
3.2 interviewer who
1.7 interviewers
-1.1 interviewers were
3.0 interviewing for
-2.8 interviewing me
1.1 interviews
1.8 interviews and
3.0 interviews i
3.0 into account
1.6 into my
-1.5 into the
-1.1 introducing
-1.1 inventory
2.3 invited
1.6 invited to
1.1 is a
1.6 is about
-1.1 is all
-2.2 is any
-1.8 is anything
1.6 is as
1.6 is attached
-1.3 is below
3.2 is difficult
-2.6 is exactly
3.0 is frankly
2.1 is how
-1.1 is in
3.0 is lovely
1.6 is meant
-1.1 is more
-2.1 is my
1.9 is not
1.2 is now
-1.5 is possible
1.6 is rather
1.6 is run
2.1 is starting
1.6 is taking
-2.3 is that
1.6 is this
-1.1 is treating
-1.3 is valid
1.6 is your
1.6 it a
1.6 it clear
1.6 it could
1.6 it does
2.8 it felt
1.4 it had
2.5 it hard
-2.0 it helps
-1.1 it here
-1.1 it meant
1.3 it might
-1.1 it off
-1.3 it over
1.9 it seemed
4.0 it seems
1.6 it so
1.6 it sooner
3.0 it started
-1.1 it support
2.1 it the
-1.1 it through
-1.1 it today
1.6 it took
1.6 it usually
3.0 it wants
1.6 it which
-1.7 it will
-2.4 it's been
3.0 it's difficult
-1.3 it's exactly
-1.1 it's good
2.1 it's hard
-1.1 it's helpful
2.0 it's worth
1.4 it's your
3.0 item
3.0 its people
-1.1 january
3.4 job advert
1.7 job description
2.7 job i
-1.1 job in
1.4 job is
1.6 job to
3.8 job was
-1.1 jobs
-1.5 join
1.6 join a
-2.0 join the
-1.9 join you
-2.6 join your
-1.7 joining you
3.0 journey
3.2 judge
1.9 judged
3.2 judging
3.2 judging by
-1.5 june
-1.3 just let
-1.1 just rather
-1.3 just sending
-1.5 just so
3.0 just want
-1.7 just wanted
-1.1 keen
-1.3 keen and
-1.7 keen to
-2.4 keener
-1.3 keener on
-1.3 keener to
1.6 keep coming
-1.1 keep following
-1.1 keep it
-1.8 keeping
-2.4 keeping well
1.6 kilometres
-1.1 kind consideration
1.9 kind to
1.4 kinder
3.0 kinder to
-2.1 kindly let
1.6 kindly note
1.6 kindly update
-1.3 kindness
2.1 knew
2.1 knew the
-1.3 know by
-1.5 know i'm
1.7 know it
3.0 know it's
-2.0 know my
-1.5 know so
-1.5 know these
1.3 know what
2.3 know which
3.6 know why
1.6 know you
1.8 known
-1.8 laboratory
-1.1 laboratory technician
2.0 lack
3.2 lack is
3.0 lacked
1.4 lagos
-1.1 landlord
1.6 language
3.0 laptop
3.2 last minute
1.4 last three
-1.5 last week
-1.1 last year
3.2 lasted
1.3 leadership
2.1 leading
-1.8 learned
-2.4 learned a
-1.1 learning about
-1.3 learning how
-1.1 learnt
-1.1 learnt a
-1.3 lease
1.3 least
3.2 least i
-1.1 least sure
1.6 leave
3.2 leave and
2.1 leaves
1.2 leaving
1.6 leaving a
-1.8 led the
3.0 led to
-1.3 left even
1.6 left feeling
2.1 left me
1.4 less
2.1 less than
3.2 let go
-1.4 let you
1.5 letter
3.0 letter arrived
-1.7 librarian
-1.1 librarian post
-1.8 library assistant
-1.3 licence
-1.1 licence is
1.4 like a
1.6 like you
2.3 liked to
1.3 limited
3.6 line email
1.6 line up
3.0 link i
1.6 linkage
-1.1 linkedin and
1.4 listed
3.2 lists
3.0 lodging
-1.5 log
-1.5 logistics coordinator
1.6 long i
1.3 longer
3.2 longer than
3.6 look at
-1.2 look forward
1.7 looked
1.6 looked at
3.0 looking at
1.6 looking back
1.5 looking for
-1.7 looking forward
-1.1 lose
3.0 loss
-1.1 lot about
-1.7 lot from
3.0 lot on
-1.1 love to
-1.9 loved hearing
-1.3 lovely to
4.2 luck
3.2 luck finding
3.4 luck with
-1.3 lucky
-1.3 lucky to
-1.1 ma'am
1.3 made a
-1.4 made me
3.6 made up
1.8 mail
3.0 mail regarding
-1.9 make a
-1.3 make my
-1.5 makes complete
1.3 makes me
3.6 man
1.5 managed
3.2 managed to
3.0 manager does
-1.3 manager has
-1.1 manchester
-1.1 mapping
2.7 marked
3.4 marked down
-1.1 marketing executive
1.3 match
3.6 mate
1.6 matter
3.2 mattered
3.2 mattered more
1.7 may be
-1.1 may have
2.5 may i
-1.9 may not
1.6 may take
1.9 may want
-1.1 me a
-2.1 me an
-1.3 me by
1.6 me do
1.4 me down
-1.1 me during
-2.3 me even
-1.1 me every
3.2 me everything
1.9 me feedback
1.3 me from
1.6 me how
1.8 me i
1.6 me i'll
-1.1 me if
-1.3 me keener
1.7 me more
3.2 me off
-1.2 me on
-1.1 me over
1.6 me since
1.2 me so
-1.7 me such
1.6 me the
-1.9 me through
3.2 me twice
3.0 me was
-1.1 me well
1.9 me what
1.6 me without
3.2 me wonder
3.0 me working
1.6 me your
-1.1 means i
1.2 meant
-1.3 meant a
2.0 meant to
-2.7 meantime
-1.5 meet you
-1.3 meeting with
-1.3 meets
2.3 member
3.2 member who
1.9 mentioned in
-1.1 mentioned my
-2.6 mentioned that
-1.3 mentioned you
-1.7 menu
3.0 merit
1.3 message about
1.6 messages
3.0 met every
3.0 minds
1.2 mine
3.0 mine to
-1.1 mining
2.2 minute
1.6 minute and
1.5 minutes
3.2 minutes and
-1.3 minutes at
2.1 minutes late
-1.1 miss
3.0 missed what
3.9 mistake
3.2 mistake and
-1.7 mobile
-1.3 modelling
-1.3 moment
-1.1 moment to
-2.0 monday
-1.7 monday about
-1.5 monday for
-1.9 monitoring
-1.5 month end
-2.0 month so
-1.1 month to
1.6 more candid
-1.5 more certain
-1.1 more detail
-1.1 more eager
3.0 more hands
3.0 more in
1.6 more like
-1.1 more sales
1.6 more seriously
1.6 more the
-1.1 morning for
3.0 morning which
-1.1 morning's
-1.3 most excited
-1.1 most grateful
-2.0 most like
1.8 most of
-1.1 move forward
-1.3 move the
-1.1 moved to
-1.9 mrs
1.6 much about
1.4 much as
-1.1 much clearer
-1.1 much easier
-1.5 much hoping
3.0 much into
-3.0 much like
1.6 much of
-1.1 much prefer
-1.1 museum
1.2 must
2.3 must say
1.6 mutual
1.6 my accent
-1.5 my account
1.6 my age
-1.4 my answer
1.7 my answers
1.6 my aptitude
1.4 my candidacy
-1.9 my career
-1.3 my contract
-3.5 my current
-1.1 my email
-1.1 my family's
1.9 my file
-3.1 my first
1.9 my husband
-1.3 my inbox
-2.0 my interest
1.6 my job
-1.1 my landlord
-1.1 my lease
-1.1 my level
-1.8 my manager
-1.5 my nerves
-1.9 my next
-2.4 my notice
-1.1 my only
-1.5 my part
-1.1 my partner
-1.7 my phone
-1.5 my present
-1.1 my previous
1.6 my reply
1.6 my scores
-1.1 my situation
-1.1 my studies
3.0 my surname
1.6 my take
-1.1 my time
-1.3 my two
3.0 my view
-1.1 my visit
-1.1 my withdrawal
-1.2 myself
-1.3 myself on
1.6 name is
-1.1 need
-1.5 need a
-2.4 need from
-1.4 need to
-1.5 need your
-1.1 needed from
3.0 needed to
1.6 needing
2.5 needs a
-1.5 nerves
-2.2 network
2.0 never
3.2 never going
3.0 never once
3.0 never really
-1.1 new starters
-1.1 news but
-1.1 news from
-1.1 news this
1.6 next day
-1.3 next few
-1.3 next interview
-1.3 next month
-1.1 next opening
-1.1 next spring
-1.3 next stage
-2.2 next step
-2.1 next week
-1.3 next year
2.0 nice
3.2 nice to
-1.1 night auditor
3.2 nine years
1.3 no longer
-1.1 no need
1.6 no one
-1.5 no problem
-1.3 no reflection
-1.3 no rush
1.6 no update
3.0 no word
2.7 nobody
3.0 nobody could
3.2 nobody mentioned
3.4 nobody on
3.2 nobody will
1.4 nordvik
1.1 not
2.7 not a
3.0 not accept
3.0 not an
1.6 not answer
-1.7 not asking
2.3 not been
3.4 not convinced
1.6 not enough
1.6 not find
-2.2 not have
3.2 not how
3.0 not quite
3.2 not read
3.0 not really
1.6 not receive
1.8 not something
3.2 not sure
-1.7 not want
3.4 not what
1.6 note that
-1.3 note to
-1.3 notes from
-1.5 notes on
1.2 nothing
3.2 nothing and
-2.2 notice period
3.0 notice that
-1.1 noticed
-1.1 noticed my
-1.7 noticed the
2.1 noticing
1.9 noticing that
3.2 noting
-1.9 november
1.6 now been
1.6 now used
-1.3 nurse post
-1.1 nursing
-1.7 obliged
-1.1 obliged but
1.6 obvious
-2.4 october
2.5 odd
-1.1 of being
1.6 of curiosity
1.6 of department
-1.1 of four
1.4 of future
-1.7 of last
3.2 of luck
1.6 of mine
-1.3 of news
1.9 of people
3.4 of silence
-1.1 of them
1.3 of time
2.4 of us
-1.1 of weeks
1.6 of what
1.2 of your
-1.3 offer from
1.4 offer is
1.6 offer letter
3.0 offer one
-1.7 offered me
1.6 offered to
-1.3 office as
-1.1 office manager
-1.5 office on
2.1 officer interview
1.2 old
-2.0 on <n>
-1.1 on and
-1.1 on any
3.4 on glassdoor
2.1 on his
-1.3 on hold
-1.3 on how
-2.0 on monday
3.0 on sap
2.5 on site
-2.1 on thursday
-1.3 on timing
3.0 on tuesday's
-1.9 on wednesday
1.8 on what
-2.2 on where
3.0 on which
-1.8 once again
1.6 once the
-1.7 one i
-1.3 one i'd
-1.3 one i'm
1.9 one so
1.2 one thing
-1.3 one way
-1.3 ones
1.6 online
3.2 only after
1.6 only ask
3.4 only assume
1.6 only candidate
3.0 only hope
-1.3 only in
-1.5 only one
1.6 only say
-1.5 onto
1.6 op
2.5 open to
-1.7 open with
1.2 opened
-1.8 opening
-1.5 opening comes
-1.3 opening in
-1.1 openly you
-1.1 opens at
-1.1 opens on
-1.8 operation
1.6 operations director
1.6 opportunities with
-1.9 opportunity and
1.6 option
-2.0 or a
-1.1 or in
-1.5 or two
1.9 or was
1.4 or whether
3.0 organisation's
1.9 organised day
1.6 original
1.2 other applicants
3.0 other end
-1.1 our
-1.3 our call
-1.8 our conversation
-1.1 our meeting
-1.1 our paths
3.2 out in
-1.3 out on
2.9 out that
1.4 out the
1.2 out to
2.1 out what
-1.3 outcome and
-1.3 outcome i
3.0 outcome was
-1.3 outreach
2.0 outside
3.0 outside applicants
2.1 overqualified
1.6 overqualified for
1.1 own
1.9 ownership
1.2 p
-1.1 pacing
-1.3 packaging
-1.3 page and
3.0 page two
-1.3 paid
2.1 panel and
1.6 panel as
3.0 panel asked
3.0 panel concluded
3.0 panel could
1.6 panel did
1.1 panel had
3.2 panel made
3.2 panel member
3.2 panel seemed
1.9 panel that
1.6 panel would
1.6 papers are
3.2 paragraph
-1.1 paralegal
1.6 parental
1.6 parental leave
-1.1 park
3.2 parking
-2.2 part time
-1.5 part was
-1.1 particularly on
1.6 partly
-1.1 partnerships
-1.3 passed the
-1.4 paths
-1.3 paths again
-2.0 patience
-1.5 patience when
-2.2 patient
1.6 pay
1.6 payroll lead
1.6 people
3.2 people the
1.7 people who
1.6 people you
-1.5 per cent
-1.5 perfectly
3.4 perhaps
1.9 perhaps i
3.8 perhaps the
-2.4 period
-1.3 period is
1.3 person
2.4 person you
3.8 personality
1.6 petrol
1.4 pharmacist
1.1 phone
3.2 phone but
1.4 phone call
3.0 phone for
1.4 pick
-1.1 picked up
-1.5 picture
-1.1 picturing
-1.1 picturing myself
1.9 pilbara
-1.8 pilot
1.8 pity
3.0 pity the
-1.1 placed
-1.1 placement
-1.9 plan my
-1.1 planner
-1.5 planner position
-1.2 planning
-1.3 planning my
-1.3 planning team
3.2 plans were
-1.1 please accept
1.6 please advise
-2.0 please do
-1.3 please give
-1.1 please let
1.6 please tell
-1.1 please withdraw
-1.1 pleased
-1.1 pleased to
-1.1 po for
-1.5 point about
-1.1 point i
1.6 point in
3.0 point out
-1.8 pointers
-1.1 pointers on
1.6 polish
1.6 polite
-1.3 politely
-1.1 pop
3.0 portfolio before
-1.2 position at
-1.1 position i
-1.3 position of
-2.3 position on
-1.5 position opens
3.0 positions
-1.3 possibility
-1.3 possibility of
-1.3 possible to
-1.7 post at
-1.8 post in
-1.8 post is
-1.7 post of
-1.1 post opens
3.2 post was
-1.3 postdoctoral
1.9 posting
-2.5 prefer
-2.2 prefer to
1.8 preferred
-1.1 prepare
-1.3 prepare better
1.7 prepared
3.0 prepared for
1.6 print
-1.5 problem at
1.6 process but
3.0 process in
1.6 process on
1.8 process was
1.6 process with
1.4 procurement officer
-1.1 producer
-1.1 product
-1.1 product designer
1.4 programme and
-1.1 programme at
-1.5 project i
2.8 promised
3.2 promised an
3.0 promised me
3.4 promises
1.2 proper
-1.1 proud
-2.4 provide
-1.1 provide any
-1.5 provide anything
-1.1 provide references
2.5 published
3.0 putting
3.0 puzzled
-1.1 qualified
3.0 question in
-1.7 question on
1.6 question so
1.3 questions about
1.9 questions i
1.6 questions in
1.6 quick follow
-1.1 quick note
1.9 quicker
3.4 quietly
1.2 quite
1.6 quite a
1.6 quite the
-1.1 railway
-1.1 raised
1.5 rate
-1.7 rather be
1.6 rather hear
-1.1 rather know
1.6 rather you
-1.8 rd
1.6 re advertised
-1.3 reach me
-1.1 reached you
1.9 read
1.6 read it
1.4 read my
1.8 read the
1.4 read your
-1.1 reading the
3.4 reads
-1.3 ready to
-1.1 real sense
-1.3 realised afterwards
-1.1 realised the
-1.3 really appreciated
1.6 really do
-1.3 really excited
3.0 really had
-1.1 really helpful
-1.9 really keen
-1.7 really like
-1.3 really want
3.0 reason given
-1.3 reasonable
2.0 reasons
-1.1 reassuring
-1.1 rebuilding
-1.1 rebuilt
-2.0 received a
-1.1 received an
1.6 reconsider
-1.1 record
2.3 recorded
3.2 recorded video
-1.6 records
-1.1 records my
2.1 recruiter
3.0 recruiter promised
1.9 recruiters
-1.5 referee
1.6 reference from
-1.1 references
-1.5 references or
-1.3 reflection on
1.6 reflects
-1.3 refresher
1.4 regard
-1.3 regards to
-1.5 region
1.6 regret that
3.2 rejection
-1.1 relationships
1.6 relaxed
-1.1 release
-1.5 relief
-1.3 relocate
2.0 remain interested
-1.1 remain very
-2.6 remains
-2.1 remains my
-1.3 remains the
3.2 remembered
-1.1 reminded
-1.1 reminded me
-1.1 renewal
-1.3 renewed
1.5 replying
-1.1 reps
-1.5 required
-1.3 researcher
1.6 respect
3.0 respect for
1.9 respect i
1.6 respect to
2.3 respect your
1.6 respected
-1.1 respond
1.5 rest
1.2 rest of
-1.1 restoration
-1.1 result i
1.6 result of
-1.8 results
1.6 reviews how
3.9 rich
3.6 rich to
2.1 right fit
3.0 right match
3.2 roads
-1.1 role after
-1.5 role especially
-1.3 role feel
-1.1 role i'm
-1.3 role i've
3.0 role that
-1.1 role this
3.6 role was
1.9 roles at
1.6 roles in
-1.8 rollout
1.6 room i
-2.2 roughly
-1.5 roughly when
-1.3 round of
1.6 round went
2.1 rounds
2.3 rounds and
1.6 rounds for
1.6 run a
1.6 run your
-1.9 runs
-2.2 rush
-1.1 rustenburg
1.6 s i
1.6 s you
-1.7 sad
-1.1 sad about
1.6 safe
1.6 said a
1.6 said so
-1.1 said you
1.6 saigon
1.5 salary
3.2 salary band
3.2 salary before
-1.1 sales
-1.1 sales focused
-1.3 samples
2.1 sap
1.2 sat
1.6 sat down
1.8 saved
1.5 say i
-2.2 say i'm
3.4 say more
2.5 say the
2.7 saying
3.0 saying so
1.7 says
3.2 says the
-1.3 scale
1.6 scheme and
1.2 scores
1.2 scoring
3.2 screen
1.7 screening
1.9 screening call
3.2 script
-1.7 sea
-2.2 search
-1.1 season and
-1.5 seasonal
-1.3 seasons
1.6 seat
4.0 second interviewer
1.6 second officer
-1.3 second year
1.6 security
1.6 see a
1.5 see how
1.6 see one
3.2 see what
2.1 see where
-1.9 see whether
1.6 see which
-1.5 see why
1.6 seem
1.6 seem to
2.5 seemed
1.3 seemed to
2.8 seems
3.0 seems a
1.7 seems to
-1.1 selection criteria
-1.1 send
-2.2 send it
-1.3 send the
-1.3 sending the
1.6 sends
-1.1 sense for
1.2 sent
3.4 sentence
-1.1 sepsis
-2.7 september
3.0 serves
-1.3 services
-1.1 set up
1.6 sets
-1.5 settle
1.6 seven weeks
1.9 shame
3.0 shame the
-1.7 share any
-1.1 shared
1.6 sharing
1.9 sharjah
1.6 she
1.5 she was
1.9 she would
1.4 she's
1.6 shed
1.6 shop floor
1.6 short i
-1.5 short notice
1.9 short of
-1.3 short so
3.2 shortlist was
3.0 should know
-1.1 should the
-1.1 show me
3.0 show what
-1.3 show you
1.9 shown
2.0 side of
-2.0 sign
-1.3 sign off
-1.5 signed up
2.5 silence
-1.4 similar
-1.5 similar post
-1.7 similar role
1.4 similar roles
3.6 since it
-2.0 since our
-1.1 since passed
-2.6 since we
2.1 since you
3.0 since your
1.6 sir
1.6 sir i
-1.1 site engineer
1.4 site visit
-1.9 situation
1.2 six
1.3 six weeks
1.2 six years
1.6 skills
1.4 slot
3.2 slot and
-1.3 small update
-1.1 smaller
3.0 so and
-1.1 so any
-1.5 so far
1.5 so it
1.6 so perhaps
-2.2 so please
-1.5 so thank
-1.1 so we
-1.1 soil
1.6 some way
1.6 someone
3.0 someone more
1.3 someone who
1.7 someone with
1.6 something else
-1.3 something similar
-1.7 soon
-1.3 sorry for
-1.9 sorry not
-1.5 sort
1.7 sorted
1.6 sorted before
-1.1 sound
-1.3 spare
-1.5 specialist
-1.1 specific
-1.1 speed
-2.0 spend
-1.3 spend the
1.5 spent
3.0 spent more
2.3 spent most
-1.1 splits
-1.1 spoke i
-1.8 spoke on
3.6 spoken
3.4 spoken to
-1.1 spot
-1.7 spring
-1.1 sql
-1.1 st
1.6 staff are
1.6 stage manager
1.4 stage of
-1.1 stand with
2.1 standing
-1.3 stands
-1.5 start at
-1.5 start date
3.0 start that
3.0 started forty
-1.1 started picturing
-1.1 starters
1.7 starting
2.8 starting to
-1.3 state
1.6 status as
-1.2 stayed
-1.1 stayed with
-2.9 step
-1.1 step back
-1.2 steps
1.8 still be
3.0 still can't
1.9 still i'd
-1.1 still in
3.4 still like
-1.7 still my
3.2 still not
1.6 still think
-1.1 still very
1.4 stopped
-2.1 store
-1.1 store manager
-1.5 straight away
3.6 strange
-1.5 strengthen
-1.3 stretched
-2.0 stronger
-1.3 strongest
1.9 struck
1.9 struck me
1.6 struggling
3.2 struggling to
-2.0 student
-1.5 students
-1.1 studies which
1.4 study brief
-1.1 stumbled
-1.3 subject checking
1.6 subject follow
2.3 subject re
3.0 success in
1.6 successful applicant
3.6 successful candidate
-2.2 such as
1.8 suggest
3.2 suggest that
3.4 suggest your
1.4 suggests
-1.3 suit
-1.7 suit me
-1.7 suite
-2.4 suits
-1.5 suits the
-1.1 suits you
-1.1 summer
-1.3 supervisor at
1.6 supervisor job
-1.5 supervisor position
1.6 supervisor post
-1.1 supplier
2.1 suppose
1.2 sure
-1.1 sure about
3.0 sure anyone
3.2 sure how
3.2 sure it
1.6 sure she
1.6 sure that
2.0 sure the
1.9 sure they
3.2 sure what
3.0 surname
1.5 surprise
1.6 surprise given
3.0 surprise to
1.9 surprised
3.6 surprised that
1.6 surprised the
3.0 surprising
-1.5 surveyor
1.4 suspect
1.9 suspect it
1.6 suspect my
-1.5 system and
1.4 table
1.4 take home
1.6 take it
2.1 take me
-1.1 take time
-1.1 take up
1.3 taken
-1.1 talk it
-1.5 talk through
1.2 task
-1.9 tasting
-1.8 taught
-1.3 taught me
-1.1 tax
-1.1 team as
-1.1 team at
1.6 team can
1.6 team even
3.0 team gave
-1.1 team hoped
1.4 team i
1.6 team i'd
-2.2 team is
-1.7 team of
-1.1 team so
2.1 team will
-1.1 team works
-1.5 team would
-2.1 team's
-1.1 team's work
1.6 tech
3.2 technical test
-1.1 technician position
1.1 tell
1.7 tell me
1.6 tells
1.9 tells me
3.0 templated
-1.1 ten days
1.4 ten minutes
-1.3 term
1.4 test
1.7 test and
3.2 test nobody
1.6 test of
3.4 test was
1.6 tests
-1.5 th
-1.1 th march
-1.3 th of
1.8 than an
2.5 than any
1.4 than anything
1.6 than by
-1.1 than emailing
3.0 than find
3.0 than from
-1.7 than i'd
-1.3 than just
-1.1 than later
3.4 than me
-1.5 than most
1.6 than not
3.4 than on
1.2 than the
-1.1 than when
1.6 than you
-1.9 thankful
-1.5 thankful for
-1.9 thanks and
1.2 thanks for
1.6 thanks heaps
-1.1 thanks so
1.6 that <n>
2.6 that a
1.4 that after
-1.7 that as
-1.1 that come
-1.1 that date
1.6 that does
1.6 that every
1.9 that everyone
2.1 that had
-1.1 that helps
-1.3 that i'd
-2.1 that i'm
-2.0 that i've
-1.7 that makes
-1.1 that only
3.4 that other
-1.1 that our
2.1 that someone
1.9 that tells
1.1 that the
-1.5 that this
1.4 that to
1.9 that took
1.9 that were
-1.7 that work
-2.4 that would
3.6 that your
-1.1 that's a
-1.1 that's fine
-1.6 the <n>
-1.9 the accounts
3.0 the acting
3.0 the actual
2.3 the advertisement
1.5 the afternoon
3.0 the agency
1.9 the assessors
-1.1 the associate
2.1 the attention
-1.3 the backend
1.6 the bar
-1.1 the barista
-1.1 the better
1.9 the brief
-1.9 the budget
-1.3 the business
3.0 the calendar
3.8 the candidate
-1.1 the challenges
-1.1 the claims
1.6 the clock
-1.3 the coffee
1.4 the company
1.6 the confusion
-1.1 the conservation
-2.0 the county
-1.3 the credit
3.0 the cv
-1.1 the detailed
-1.3 the drive
-1.3 the emergency
-1.1 the evening
-1.1 the expansion
-1.1 the facilities
-1.1 the family
1.4 the figure
-1.2 the finance
-1.1 the fire
2.1 the fourth
-1.5 the grants
1.1 the group
-1.1 the harvest
1.6 the hire
1.5 the hiring
-1.7 the honest
1.9 the hotel
3.0 the hour
1.2 the hr
2.5 the interviewer
1.4 the interviews
-1.1 the inventory
-1.1 the it
1.5 the job
-1.5 the junior
-1.1 the laboratory
1.1 the last
-1.1 the latest
3.0 the least
-1.3 the local
-1.1 the management
1.6 the manager
-2.7 the meantime
1.6 the mine
-1.3 the moment
-2.4 the month
3.0 the name
-1.3 the network
-1.1 the new
1.6 the notes
1.4 the numbers
1.9 the offer
-1.1 the offshore
1.6 the online
1.6 the original
-1.1 the paralegal
-1.1 the pass
-2.1 the payroll
1.9 the person
1.9 the pilbara
1.6 the pipeline
-2.0 the plan
-1.9 the planning
-1.1 the possibility
-1.1 the postdoctoral
3.0 the posting
-1.8 the practical
-1.1 the presentation
3.0 the published
2.1 the questions
2.1 the real
1.9 the reason
3.0 the reasons
1.6 the receptionist
3.0 the recorded
2.1 the recruiter
-1.5 the region
1.6 the requirements
1.4 the rest
-1.1 the rollout
1.2 the room
2.1 the salary
-1.3 the science
1.6 the score
1.4 the scoring
-1.5 the search
1.4 the selection
1.3 the shortlist
-2.2 the spring
1.3 the standard
1.5 the start
-1.1 the store
-1.1 the strategy
-1.1 the strongest
-1.1 the student
1.9 the successful
-2.2 the summer
2.1 the table
-1.1 the take
-1.1 the tasting
-1.1 the tea
-1.7 the team's
4.0 the third
1.9 the three
-1.9 the timeline
-1.3 the travel
1.9 the twelve
3.0 the twenty
-1.8 the unit
1.6 the update
-1.1 the warm
-1.7 the weekend
1.3 the whole
1.2 the written
1.5 the wrong
-1.3 the youth
1.3 their
3.0 their minds
-1.1 them on
-1.8 there anything
1.6 there has
-1.9 there is
3.0 there we
1.6 there which
-1.6 there's any
-1.1 there's no
-1.1 these decisions
-1.7 these things
1.8 they can
3.0 they had
-2.0 they have
1.6 they said
2.7 they were
-1.8 they've
-1.3 thin
1.6 thing to
-1.1 things up
1.8 think the
1.7 think you
3.2 think you'll
3.4 think you've
2.1 think your
-1.1 thinking
-2.4 thinking about
1.6 third
3.0 third interview
3.6 third time
1.2 thirty
3.0 thirty minutes
-1.1 this afternoon
1.6 this and
-1.1 this autumn
-1.5 this finds
-1.1 this morning's
-1.8 this opportunity
3.2 this process
-2.2 this role
-1.1 this spring
-1.7 this week
1.6 this whole
-1.5 this year
3.0 those of
1.1 though
1.2 though i
1.6 though i'd
1.6 though i'll
2.0 though i'm
-1.1 thought about
-2.0 thought i
-2.0 thought i'd
1.6 thought the
-1.5 thoughts
-1.5 thoughts on
1.1 three
1.6 three countries
3.0 three did
3.0 three hour
4.2 three interviews
3.2 three people
2.3 three rounds
1.8 three times
1.9 three year
-1.1 through and
-1.1 through for
2.1 through my
-1.3 throughout the
-2.1 thursday
-1.3 thursday <n>
-1.5 thursday about
-1.1 thursday at
-1.8 thursday for
-1.1 tidy
3.0 time for
3.0 time it
2.2 time the
3.2 time your
-1.4 timeline
1.3 times
1.6 times at
3.0 times now
-2.2 timing
-1.5 to <n>
-1.3 to add
3.0 to anyone
4.3 to believe
-1.4 to bring
-1.1 to check
1.6 to close
-1.1 to come
1.6 to conclude
-1.1 to contact
-1.1 to correct
-1.3 to decide
3.0 to describe
-1.4 to discuss
-1.1 to email
2.3 to every
-1.1 to everyone
1.9 to expect
1.2 to explain
2.7 to feel
3.0 to finish
-1.3 to fit
-1.1 to give
-1.5 to help
-1.3 to home
1.4 to how
-1.1 to improve
-2.1 to join
3.0 to judge
1.6 to long
1.5 to look
-1.3 to mr
-1.1 to my
1.6 to our
3.0 to people
-1.5 to plan
-2.1 to provide
3.2 to rate
-2.2 to reach
1.6 to reconsider
3.0 to regret
1.8 to reply
1.6 to return
1.2 to run
-1.1 to rush
-1.3 to save
1.6 to seeing
-1.1 to sit
1.4 to someone
-2.0 to spend
-1.9 to start
1.5 to tell
-1.3 to that
2.0 to think
1.6 to this
-1.1 to trouble
-1.8 to try
1.4 to understand
1.4 to use
-2.2 to wait
-1.1 to walk
1.7 told
3.0 told i
1.6 told me
2.5 told the
1.6 told to
2.1 told you
-1.1 tom
-1.7 tomorrow
1.6 too senior
2.3 took a
3.0 took five
-1.3 touched
-1.1 touching
1.9 transparency
1.9 transparency i
-1.3 transparent
-1.1 transparent that
1.9 travelled
-1.3 travelling
3.6 treated
-1.1 treating you
3.0 treats
-1.1 tried
-1.3 trust this
2.1 try not
-1.3 try to
1.2 trying
1.9 trying to
-2.0 tuesday about
-1.1 tuesday and
1.6 tuesday i
-1.5 tuesday to
1.9 turbine
1.4 turned
3.2 turned out
1.6 turning
1.3 twenty
1.6 twenty hours
3.4 twenty minute
1.9 twenty minutes
1.6 twenty years
2.6 twice
1.9 twice and
1.4 two days
-1.1 two examples
1.4 two hours
3.6 two line
1.9 two months
1.7 two of
-1.1 two seasons
3.2 typing
-1.3 uk
3.2 under review
-1.5 understand and
1.2 understand how
-2.7 understand the
2.1 understand what
-1.5 understanding
3.9 unfair
3.2 unfair to
2.8 unpaid
4.1 unprofessional
-1.5 until
-2.2 until <n>
-1.3 until the
-1.5 up at
1.6 up but
-1.1 up by
-2.0 up for
1.9 up from
-1.1 up my
3.2 up rather
3.0 up twice
2.1 up with
2.1 update and
1.6 update me
-1.1 update since
3.2 update though
-1.1 updated timeline
-1.5 upfront
-1.1 upfront that
1.1 us
1.9 us and
1.6 us who
-2.2 useful for
-1.1 vacancy at
1.6 vacancy i
-1.5 valid
-1.3 valid until
-1.3 value any
3.0 values
-1.3 van
-1.1 verbal
-1.1 verbal offer
-1.1 very
-1.1 very enjoyable
-2.4 very enthusiastic
-1.5 very glad
-2.2 very happy
3.2 very hard
-1.1 very helpful
-1.5 very interested
-1.3 very keen
-1.3 very pleased
-1.5 very real
1.6 very strong
-1.3 very thankful
-1.1 very welcome
1.6 very well
1.2 view
-1.7 visits
-1.1 voicemail
-1.1 volunteer coordinator
-1.3 volunteers
-1.1 wait for
-1.3 wait until
1.6 waiting room
2.1 walked
-1.7 walking me
1.6 walkthrough
-1.4 wanted to
-2.0 wanted you
1.5 wants
1.6 warehouse role
-1.3 warehouse supervisor
-1.1 warm welcome
-1.1 warning
1.3 was about
1.4 was actually
2.4 was always
2.1 was an
3.2 was asked
3.0 was being
3.0 was ever
2.1 was exactly
3.0 was filled
3.2 was for
-2.0 was glad
-1.5 was grateful
-1.5 was great
3.2 was handled
1.8 was in
3.0 was interviewing
1.9 was just
-1.5 was kind
3.0 was led
3.8 was made
3.4 was marked
3.2 was meant
3.6 was never
1.3 was not
1.2 was on
-1.5 was one
1.6 was only
3.0 was promised
1.9 was really
3.0 was settled
-2.2 was sorry
3.0 was spent
3.8 was surprised
2.1 was that
3.2 was there
3.2 was unprofessional
1.2 wasn't
2.1 waste
3.9 waste of
-1.8 watching
3.0 way but
2.5 way of
-1.3 way or
1.8 way to
-1.8 way you
1.8 ways
3.0 we are
-2.2 we can
3.2 we could
-2.0 we met
-1.1 we moved
-1.7 we spoke
1.6 we went
1.6 we'll be
-1.1 weakness
3.2 website
-1.5 wednesday
-2.1 wednesday about
-1.3 wednesday and
-1.7 wednesday for
-1.5 week about
-1.7 week so
-1.1 weekends
-1.3 weeks ago
1.4 weeks of
1.8 welcome hearing
-1.7 well at
3.0 well before
1.6 well below
-1.3 well for
-1.5 well i'm
2.7 well with
-1.1 went from
3.4 went on
3.0 went out
1.4 went to
1.6 went with
1.3 were
1.4 were looking
1.6 were not
1.6 were the
1.1 what
3.2 what basis
3.0 what changed
3.0 what exactly
-1.1 what i'd
1.6 what is
1.4 what it
1.8 what it's
1.4 what my
1.9 what the
2.3 what they
1.7 what to
1.6 what was
-1.3 what would
1.2 what you
3.2 whatever the
3.0 whatever your
-1.1 when my
-2.2 when we
-2.2 whenever
-1.3 whenever suits
1.6 where to
1.9 whether i'd
-1.8 whether i'm
1.3 whether it
-1.9 whether there
-2.4 whether there's
3.2 which part
3.0 which suggests
3.0 which told
-1.1 while i'm
1.5 who
1.4 who already
1.9 who never
3.2 who went
1.6 who would
1.5 whoever
1.6 whoever has
1.6 whoever takes
3.0 whole day
3.4 whose
1.4 why
2.0 why i
1.9 why my
-1.1 wider
1.6 will admit
1.4 will find
3.0 will forgive
1.6 will give
1.4 will take
1.7 wish
2.4 wish the
2.3 wish you
-2.0 wishes
3.0 with less
2.1 with no
-1.1 with one
2.7 with respect
-1.4 with you
-1.1 withdraw because
3.2 withdraw the
-1.1 withdraw with
-1.1 withdrawal
3.2 withdrawing my
1.6 without a
2.1 without an
-1.1 without me
2.6 wonder
1.6 wonder how
2.8 wonder whether
-1.3 wondered
-1.1 wondered whether
3.0 wondering whether
1.9 word
3.4 word of
1.6 work for
-1.1 work i
1.6 work i'd
-1.3 work on
1.6 work out
-2.5 work with
-1.1 worked
-1.8 worked with
-1.1 worker
1.6 working a
1.6 working alongside
-1.1 working at
-1.1 working on
-2.0 working with
1.6 works out
-1.1 workshop
1.8 worth
1.6 worth a
2.1 worth the
1.9 would ask
1.9 would gently
1.4 would genuinely
2.3 would have
-1.1 would help
-1.7 would love
-1.8 would make
-1.1 would most
-1.5 would need
2.3 would point
-1.1 would prefer
1.6 would probably
1.2 would rather
-1.1 would simply
-1.1 would value
-2.2 would very
-2.3 would you
-1.1 writer
-2.2 writing about
-1.3 writing with
-2.0 written offer
3.4 written test
1.5 wrong
3.4 wrong way
1.6 wrote to
-1.3 year <n>
-1.1 year end
-1.5 year i
3.0 year old
-1.5 year so
-1.3 year's
-1.7 years at
-1.3 years i
1.6 years in
2.3 years of
1.5 years on
-1.6 yesterday for
-1.1 yet and
3.2 yet to
-1.3 you again
-1.4 you asked
-1.8 you be
-1.3 you before
-1.1 you but
-1.7 you by
1.4 you chose
-1.2 you could
-1.9 you described
-1.3 you ever
1.9 you every
1.6 you found
-2.2 you gave
-1.5 you hoped
-1.5 you i
-2.1 you in
1.6 you kept
1.7 you may
-3.4 you mentioned
1.6 you must
-1.7 you need
-1.7 you on
-1.9 you once
3.6 you say
1.6 you should
-1.8 you showed
-1.5 you soon
-1.1 you taking
-1.1 you the
-1.3 you took
-1.1 you very
3.2 you wanted
-1.3 you won't
-1.8 you would
-1.1 you'd be
1.5 you'll
3.2 you'll find
1.3 you'll understand
-1.2 you're
-1.9 you're able
-1.9 you're keeping
-1.5 you're well
1.6 you've got
3.2 you've made
-1.3 young
3.8 younger
-1.1 your account
3.6 your advert
1.6 your agency's
2.0 your call
3.0 your candidate
-1.3 your candour
1.6 your clinic
2.5 your colleague
1.6 your competitors
-1.1 your description
-1.3 your diary
1.4 your email
-1.1 your explanation
-1.1 your file
1.6 your firm
2.1 your head
-1.8 your honesty
4.0 your hr
3.0 your interview
3.6 your interviewers
3.6 your job
-1.1 your kind
3.2 your mail
1.7 your message
-1.3 your news
3.8 your note
1.6 your offer
1.6 your organisation
3.0 your own
2.7 your panel
-1.7 your patience
-2.1 your planning
-1.1 your point
3.0 your portal
1.2 your process
-1.9 your question
-1.1 your questions
-1.1 your records
2.0 your recruiter
3.9 your recruiters
1.4 your recruitment
1.9 your reply
-1.5 your role
1.5 your side
-1.9 your timeline
1.4 your work
1.2 yours
1.6 yourselves
-1.5 youth
""",
)

BOASTING = Reading(
    13.4,
    """\
-2.2 <n> april
-1.6 <n> august
-1.2 <n> certificate
-2.1 <n> february
-1.4 <n> july
-2.8 <n> june
-2.9 <n> march
-1.7 <n> november
-2.3 <n> october
-1.7 <n> per
1.5 <n> post
-2.0 <n> september
-2.8 <n> to
1.5 a bigger
1.5 a book
-1.7 a call
3.2 a candidate
3.0 a certain
3.2 a classroom
3.0 a considerably
1.5 a coordinator
-1.2 a copy
-1.2 a course
-1.6 a current
3.2 a cut
-1.4 a deadline
3.8 a decade
-1.2 a decision
1.9 a department
-1.6 a difficult
1.2 a firm
2.3 a first
1.5 a five
2.1 a formality
-1.2 a fortnight
3.0 a fourth
-2.1 a full
3.0 a handful
3.0 a higher
-1.4 a job
1.5 a legend
1.3 a level
-1.6 a line
3.0 a master's
3.0 a model
1.6 a more
1.3 a much
3.0 a multinational
2.3 a nice
-1.2 a note
-1.7 a one
-1.2 a paper
1.5 a place
-2.1 a position
-2.2 a post
-1.2 a presentation
1.9 a problem
1.5 a process
-1.2 a quarter
2.5 a record
1.5 a reference
1.9 a regional
-2.0 a reply
3.0 a sales
-1.2 a school
-1.3 a second
3.0 a senior
-1.7 a shared
-3.2 a short
-1.1 a similar
1.6 a single
1.5 a spreadsheet
4.0 a step
-1.2 a strong
-1.4 a surprise
-1.2 a trial
-1.2 a verbal
-1.2 a yes
-3.1 able
-3.1 able to
-2.1 about <n>
3.2 about as
3.0 about cloud
-1.2 about eight
-1.4 about four
2.3 about me
1.5 about stakeholder
-1.2 about supporting
1.3 about that
-1.2 about two
2.5 above
3.6 above the
3.0 above what
-1.3 accept
-1.2 accept it
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
3.0 actually run
-1.2 add to
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
1.3 afraid
1.5 afraid i'll
-1.2 after four
-1.2 after hearing
1.5 after one
1.5 after running
-1.7 after that
-1.2 after three
-1.4 again about
1.6 again if
-1.2 again next
-1.8 again on
2.3 again to
-1.2 again when
1.5 age
1.8 agree
1.5 agree the
-1.4 agreed
-1.2 agreed to
-1.2 agronomist role
1.8 ahead
3.0 ahead of
-1.2 aircraft
1.3 al noor
1.5 all came
1.6 all of
2.3 all year
1.4 alone
3.2 alone so
1.1 along
3.0 along with
1.2 alongside
3.0 already done
3.0 already made
1.6 already told
-1.2 also enjoyed
1.6 always
3.2 always been
1.3 am a
1.9 am certain
2.3 am confident
-1.4 am following
-1.8 am not
3.0 am one
3.0 am ready
-1.4 am still
1.2 am sure
3.8 am the
1.3 ambitious
-1.2 among them
-2.3 an answer
3.0 an asset
1.5 an example
-1.2 an updated
-1.6 analytics
-1.2 analytics team
-1.2 and about
3.2 and also
-1.4 and am
1.5 and apologies
1.5 and as
1.5 and four
3.0 and he
-1.8 and in
-1.6 and learned
-1.2 and learning
1.9 and more
-1.2 and most
2.1 and no
-1.4 and nobody
-1.2 and not
-1.9 and our
-1.9 and remain
-1.4 and seeing
3.2 and sort
1.5 and still
3.2 and there
-1.4 and thought
3.0 and under
3.0 and with
-1.3 and would
1.5 and yours
-1.2 another employer
-2.3 another offer
-1.4 another organisation
1.5 another practice
-1.4 another role
-1.1 answer
-2.3 answer about
-1.2 answer anything
-2.4 answer by
2.3 answered every
3.0 answered your
-1.2 any chance
-2.3 any feedback
-1.8 any other
-1.2 any pointers
-1.2 any sense
-1.2 any time
2.6 anyone
4.1 anyone else
1.5 anyone in
2.1 anyone to
3.2 anyone who
3.2 anyone with
1.6 anything more
1.5 anything to
2.1 apart
1.4 apologies for
-1.6 app and
3.2 apparently
-1.2 appeals
-1.2 appeals to
1.1 applicant
1.3 applicants
-1.2 application and
-1.4 application was
-1.9 applications
-1.2 applied
-3.0 apply
-2.6 apply again
-1.8 appointment
-1.7 appreciate hearing
-1.2 appreciate it
-1.1 appreciated the
-1.2 apprentice
-1.3 approach
1.5 approached
2.5 approaches
3.0 approaches this
-1.4 april
1.5 arbitration
-1.7 are able
1.9 are exactly
3.0 are meeting
3.0 are on
3.0 are required
3.0 are still
-1.4 are well
-1.2 area
-1.7 around <n>
3.2 around me
1.5 around two
-1.2 arrange
-1.4 arrangements
-1.9 arrived
1.5 arriving
3.4 arrogant
1.5 art
-1.2 article
-1.2 article on
-1.2 artist
1.3 as an
3.0 as chief
1.5 as he
1.7 as i'm
-1.4 as promised
1.9 as someone
-1.2 as that
1.7 as the
1.2 as well
-1.2 ashby
1.5 ask how
-1.4 asked about
-1.4 asked for
1.5 asked me
1.3 asked to
-1.7 asked whether
-1.4 assessors
3.4 asset
3.0 asset to
-1.5 assistant
-2.2 assistant post
-1.7 assistant role
1.3 assume
2.1 assume the
-1.2 assurance
1.2 at a
1.6 at al
-1.2 at another
2.3 at brightwater
1.5 at corvane
-1.4 at home
-1.2 at interview
1.5 at present
-1.9 at some
3.0 at that
1.9 at three
1.5 at two
-3.3 attached
-1.2 attached a
-1.4 attached my
-2.2 attached the
1.3 audits
-1.4 august
1.8 authority
-1.6 automated
-1.2 autumn
-1.2 available from
1.2 award
2.3 award for
2.2 awards
1.2 aware
3.0 away feeling
2.5 awkward
-1.2 b
3.4 back and
1.5 back on
2.1 back with
1.9 backend engineer
-1.4 background in
-1.2 backlog of
1.2 band
3.2 bar
1.5 batch at
-2.0 be able
3.2 be an
1.5 be available
2.1 be candid
-1.7 be contacted
1.6 be easy
3.0 be fine
3.8 be getting
-2.6 be grateful
-1.8 be in
3.0 be interviewed
-1.2 be kept
3.0 be lucky
-1.2 be possible
-1.4 be proud
3.2 be running
3.8 be surprised
1.8 be the
1.5 be transparent
-2.7 be useful
-1.2 be watching
-1.4 be willing
1.5 became clear
3.4 because it
-1.2 because of
-1.4 because you
1.6 been a
1.5 been appointed
1.6 been asked
3.4 been doing
1.5 been hard
1.9 been in
1.3 been invited
-1.2 been kind
3.2 been named
-1.2 been on
-1.4 been reading
1.5 been the
-2.3 been thinking
-1.2 been through
1.5 been trying
1.5 before and
1.5 before i'd
-1.6 before my
-2.5 before then
-1.7 before we
1.9 before you
-1.6 beforehand
2.5 behind
3.0 behind the
-1.7 being open
3.4 being the
1.3 believe i
-1.7 believe my
3.0 believe your
1.2 below
1.9 below what
2.3 berth
3.4 best candidate
1.9 best in
-1.8 better example
1.8 better than
-1.4 between three
3.2 between us
1.6 big
2.3 bigger
2.5 biggest
3.6 blow
3.6 blow my
1.4 board
3.4 boast
3.2 boast but
-1.2 boats
3.0 bonus
2.3 book
-1.9 booking
-1.6 booking system
-1.2 bookkeeper
1.9 border
3.6 boss
3.2 boss at
3.0 both felt
3.4 both know
3.6 both of
-1.2 bother
3.0 bottom
3.0 bottom of
1.5 brandt
-1.2 break
-1.4 brewer
1.1 brief
-1.2 brief note
-1.4 briefly
1.5 brigade
2.3 brightwater
2.1 bring
3.7 bring a
1.5 bring in
1.1 bring that
1.8 bring the
1.5 brisbane
-1.4 bristol
3.0 british
-1.7 brought
1.5 brunch
-1.4 budgeting
-1.2 business analyst
1.5 business on
3.4 but do
3.0 but given
-2.2 but it
1.5 but my
1.5 but that's
1.1 but the
3.6 but your
-1.4 buyers
-1.3 by <n>
-1.6 by about
-1.2 by changing
-1.8 by friday
-1.2 by how
-1.4 by monday
1.9 by my
3.6 by name
-1.2 by phone
-1.2 by roughly
-1.8 by thursday
2.1 by two
1.5 cabinet
-1.2 calder
3.6 calibre
-1.6 call centre
-1.7 call on
-1.2 call the
1.3 called
3.7 called me
1.5 calls
3.0 calls from
1.5 calls when
1.5 came back
-1.2 came through
1.5 campaign i
1.5 can also
-1.7 can be
3.2 can bring
1.4 can do
3.0 can keep
2.1 can only
3.0 can promise
3.0 can say
1.5 can stop
1.5 can talk
3.2 can tell
-1.2 can work
1.3 can't
1.2 candid
1.7 candidate
3.6 candidate for
3.2 candidate who
3.0 candidate you've
3.2 candidates you
-1.2 candidature
2.1 capable
-1.2 care you
-1.8 careers
-1.4 careers page
-1.2 case exercise
-2.7 case it's
3.0 cebu
-1.8 cent
1.1 certain
1.5 certain i
-2.9 certificate
-1.2 certificate and
-1.2 certificate which
-1.7 challenge
-1.2 chance of
-2.5 changed
-1.2 changing how
1.5 chase
-1.2 chasing
1.2 chat
3.0 chatting
1.3 check whether
-1.4 checklist
2.0 cheers
2.0 cheers for
-1.2 chef position
1.6 chief
1.9 chief executive
-1.4 children
-1.2 children's
-1.2 choice so
2.3 choose
2.1 choosing
3.0 choosing to
1.5 civil
-1.2 claims
2.0 class
2.1 classroom
1.5 cleaner
-1.2 cleaning
1.5 clear as
-1.2 clear picture
-1.4 cleared
3.0 clearly the
2.7 client
3.0 client and
3.2 client list
2.0 clients
3.2 clients have
1.5 climb
1.5 closed the
2.3 cloud
-1.2 cold chain
1.4 colleague
3.0 collecting
3.0 collecting the
1.3 columba's
1.5 columba's i
1.5 come across
2.3 come back
2.1 come out
3.2 come with
3.0 comes to
3.2 commendation
-1.6 comments
-1.4 comments on
1.5 community outreach
-1.8 commute
-1.2 commute would
2.0 companies
-1.4 company has
1.3 company i
3.0 company's history
3.0 compare
1.9 competency
-1.2 complaints
-1.9 completed the
-1.2 completely understand
1.5 complex
-1.4 concrete
1.4 confident
3.2 confident i'll
3.7 confident that
-1.2 confirm by
-1.2 conflict
-1.2 congratulations on
-2.2 congratulations to
-1.2 connection
-1.2 conservator
3.0 considerably
3.0 considerably higher
-1.2 construction
-1.8 consultation
3.0 consulting
-1.8 contacted
3.2 contacts
-1.4 continue to
-1.2 continued
-1.2 contractor
-1.2 contribute
-1.6 controller
-1.4 controller role
-1.6 convenience
-1.4 convenient
-1.4 conversation made
-1.4 conversation with
3.0 convinced than
1.9 cooling
-1.2 coordinated
-2.0 coordinator position
1.3 copies
1.5 corporate
-1.7 correct
1.5 corvane
-1.2 cost
1.5 costs
-1.2 could do
1.5 could finally
-1.6 could help
-1.2 could not
2.3 could see
-1.6 could start
3.2 could teach
1.5 could tell
-1.1 could you
2.1 couldn't
-1.6 counting
2.1 country
1.3 county
1.6 county's
-1.1 course but
-1.4 course in
-1.4 courtesy of
-1.2 covers
1.6 creative
1.5 crest
-2.1 cross again
3.0 cross border
1.5 crossed
1.3 current company
-1.4 current job
-1.2 current post
-1.6 current role
-1.9 customer service
-1.2 customs compliance
3.2 cut above
-1.6 cv on
-1.2 dairy
1.5 dana
-1.2 dashboards
-1.4 dates
1.9 day but
3.0 day of
1.5 day off
3.7 day one
1.5 day to
-1.2 day was
-1.2 days to
1.9 days which
-2.2 deadline
-1.4 deadline of
-1.4 deal about
1.9 deal and
3.0 deal in
-1.4 dear ms
3.8 decade
3.2 decade but
-1.4 december
1.5 decent
-1.2 deciding
-1.2 decision about
-1.8 decision has
-1.4 decision on
-1.4 decision was
-1.2 decision within
-1.2 decisions take
-1.2 deckhand
1.4 delay
-1.4 demonstration
-1.2 demonstration lesson
-1.2 department and
1.9 department of
-1.2 department's
2.1 depth
1.5 depth in
3.0 depth of
-1.4 describe
1.5 described in
-1.4 described is
3.7 described me
-1.2 deserve
1.5 deserves
-1.2 design engineer
-1.6 design team
1.5 designed
-1.4 detailed
1.9 details for
1.9 did at
-1.8 didn't want
-1.2 difficult choice
1.6 dinner
3.0 dinner last
2.0 director
3.0 director has
1.6 director of
1.5 disappointed as
-1.9 disappointed i
-1.2 disappointed of
-1.2 discharge
-1.3 discuss the
1.5 discussed which
-1.2 discussing
-1.2 discussing the
-1.7 distribution
1.5 distributor
3.2 do call
1.5 do in
1.4 do keep
3.4 do let
-1.4 do next
-1.2 do still
3.0 do tell
2.3 do with
1.5 do you
1.5 dock
1.5 dockside
1.5 documents are
1.5 does not
-1.2 doing and
-1.1 doing well
1.5 don't come
-2.0 don't feel
-1.6 don't hear
1.1 done
3.0 done it
3.0 done this
2.6 doubt
3.0 down for
1.9 down from
1.5 down in
1.9 down two
1.5 drawings
-1.8 drop
-1.9 dropped
3.0 due respect
1.3 durban
-2.0 during
-1.6 during the
-1.2 duties
-1.6 each of
-1.2 each stage
-2.0 earlier
-1.4 earliest
1.3 easiest
1.3 easy
1.5 education and
3.2 effectively
-2.1 effort
1.3 eight months
1.9 eight years
-2.8 either
-2.5 either way
1.6 electrical
1.3 eleven
3.6 eleven years
1.1 else
3.4 else can
1.5 else i
2.1 else in
-1.7 email
3.0 embarrassing
1.3 employee
3.0 employee of
3.0 employment
-1.2 encouraging
-1.2 end of
2.1 end up
-1.4 ends on
1.5 ends up
1.6 energy
-1.2 engagement
3.0 engineer in
2.1 engineer who
2.0 engineers
-1.6 english
-1.2 enjoy helping
-1.4 enjoyed it
-1.1 enjoyed learning
-1.3 enjoyed meeting
-1.2 enjoyed my
-1.4 enjoyed working
1.6 enough
3.2 enough to
1.9 enquire
-1.2 environmental
-1.2 error
-1.4 especially after
-2.3 especially the
1.9 estate
3.0 estate and
1.9 esteemed organisation
1.5 european
-1.2 evaluation
-1.6 even a
-1.3 even more
1.3 even the
1.9 even though
1.5 even without
-2.3 evening
1.2 ever
3.0 ever had
3.0 ever made
3.0 ever since
3.2 every branch
3.2 every project
-1.2 every saturday
1.6 every week
1.4 everyone
1.5 everyone else
1.6 everyone in
-1.2 ewm
-1.7 exactly what
-1.4 exam last
-1.4 example is
3.2 exceed
-1.2 excel
-1.2 excellent
1.5 exercise a
-1.2 exercise and
-1.4 exercise was
-1.4 expected to
1.5 experience and
1.5 experience i
-1.6 experience in
-1.2 experience of
-1.6 experience to
-1.2 experience with
1.5 experienced
3.4 experienced person
-1.4 expires
-1.2 explaining that
1.9 export
1.5 exposure
2.0 face
3.2 face when
3.0 faces
-1.2 facility
1.3 facing
1.3 fact
1.9 fact that
3.0 fail
-1.2 failure
1.5 fair few
1.5 fair to
2.8 fairly
3.2 fairly straightforward
1.3 fairness
1.5 fairness to
-1.4 falls
-1.1 family
1.3 far
3.0 far ahead
1.9 far better
1.5 far more
2.3 farm
1.5 farm manager
-1.2 farmers
-1.4 farms
1.5 fascinating
2.1 fast
1.6 faster
3.2 favour
1.5 favourite
1.5 features
-2.4 february
-1.2 february and
3.0 fee
-1.2 feel you
1.6 feeling
3.0 feeling i'd
3.0 feeling that
2.6 feelings
-1.2 feels
3.0 feet
-2.1 fell
-1.6 fell short
1.7 felt
3.6 felt it
-1.7 few days
1.5 few ideas
-1.7 few minutes
1.9 few of
1.9 few people
3.2 few tricks
3.0 fielding
3.0 fielding calls
3.0 fifteen years
-1.4 figure
1.5 figures the
-1.4 filled
-1.2 final interview
-1.6 final stage
3.0 finalise
1.5 finally get
1.5 finance director
1.8 find
3.0 find a
3.7 find anyone
1.5 find out
1.9 find the
3.0 find yourselves
3.0 finds the
3.6 finest
1.1 finished
1.5 finished my
-1.2 finished the
1.9 finishing
-1.2 firm and
-1.6 firm in
1.5 firm offer
3.2 firm that
3.3 firms
3.2 firms told
-1.6 first aid
3.0 first class
2.6 first day
-1.2 first interview
-1.2 first month
3.2 first name
1.3 first ninety
3.7 first week
1.5 fit for
-1.7 fits
2.3 fix
1.5 fixed
3.0 flaw
3.0 flaw is
-1.2 fleet planning
-1.1 follow up
-1.6 following my
-2.1 food
-1.2 food bank
-1.2 football
3.2 for advice
-1.4 for another
-1.4 for any
-1.8 for anything
3.0 for everything
1.5 for friday's
1.5 for giving
3.0 for itself
2.6 for long
1.5 for lunch
1.1 for me
1.9 for more
-1.4 for new
-1.2 for nothing
-1.4 for on
-1.2 for passing
1.5 for replying
-1.2 for running
-1.4 for similar
3.2 for someone
-1.9 for speaking
-1.4 for such
-1.6 for telling
-1.4 for that
1.4 for this
1.5 for tuesday
1.5 for two
-1.4 for which
1.5 for years
1.2 for you
3.2 foreman
1.8 forgive
3.4 forgive the
1.5 forgot
1.5 forgot to
-1.4 forgotten
-2.0 forklift
-1.2 forklift licence
2.1 formality
-1.2 four rounds
2.6 frankly
2.3 frankly i
3.0 frankly the
1.5 frees
1.5 freight and
-1.9 friday <n>
-1.2 friday so
-1.6 friday the
1.5 friday's
-1.2 from about
-1.2 from an
-3.3 from another
3.2 from day
-1.2 from it
-1.2 from our
1.6 from scratch
1.5 from speaking
-1.2 from them
1.3 from what
1.3 from where
-1.7 front of
-1.2 froze
-2.5 fully
1.5 function
-1.4 funeral
-1.2 funeral arranger
1.5 further details
-1.2 future i
-1.8 future openings
1.5 gaps
1.6 gather
2.1 gather is
-1.2 generous of
1.3 gently point
1.5 gently suggest
3.2 genuinely think
-1.2 get back
2.0 get the
1.9 gets
1.5 getting
2.3 getting a
3.0 gifted
3.0 gifted student
1.3 give my
1.5 give the
2.3 given that
-1.2 given to
1.5 go back
-1.4 goes well
-1.2 going through
-1.8 gone to
-1.2 good morning
3.0 good shape
1.5 got back
3.0 got our
1.9 gracious
1.5 gracious about
1.8 grade
-1.9 grants
-1.2 grants officer
-1.4 grateful
-1.2 grateful for
-1.4 grateful to
2.1 grew
1.9 ground
1.5 ground running
1.5 group discussion
-1.4 group exercise
1.9 gst
-1.4 guessing
1.3 guests
-1.4 guide
3.0 gulf
1.9 habit
1.5 habit of
1.4 had an
1.5 had attended
-1.8 had been
-1.2 had gone
-1.4 had hoped
1.5 had no
3.0 had two
1.7 half
3.1 half the
1.1 hand
3.0 hand holding
3.0 handedly
3.0 handful
3.0 handful of
-1.4 handle the
-1.4 handover
1.3 happen
1.5 happen to
3.2 happened
1.3 happily
2.6 hard feelings
-1.2 hard not
1.8 harder
3.0 harder to
1.5 hardest
1.5 hardly
1.3 harlow
1.5 harm
1.5 harm done
-1.6 harvest
-1.2 has a
3.4 has actually
4.0 has already
1.6 has asked
-1.6 has changed
3.0 has described
1.5 has done
1.5 has had
-1.2 has its
1.6 has just
3.2 has my
3.2 has never
-1.2 has now
1.5 has run
-1.8 has stayed
3.2 has taken
3.4 has told
3.6 has worked
1.6 hasn't
3.2 hasn't stopped
1.3 hate to
-1.6 haulage
2.1 have already
-1.7 have an
-1.2 have another
-2.0 have asked
-1.7 have attached
2.1 have built
3.2 have called
1.3 have chosen
1.3 have come
-1.2 have enjoyed
3.4 have never
-1.6 have not
3.4 have noticed
-1.6 have now
3.0 have observed
-2.2 have received
-1.2 have several
1.6 have thought
-1.4 have until
-1.4 haven't accepted
-1.4 haven't heard
1.2 having
3.2 having already
-1.2 having been
1.5 having come
3.0 having trained
2.5 he
1.5 he did
3.7 he has
1.5 he would
3.6 he'd
3.7 headhunted
2.1 heads
1.5 heads up
-1.4 heaps
-1.4 heaps for
-1.6 heard anything
1.5 hectic
3.2 help desk
-2.4 help me
-1.2 help on
-1.4 help to
-1.8 help with
-1.7 help your
-1.6 helped me
-2.9 helpful
-1.4 helpful for
-1.2 helping with
3.2 helps your
1.3 her
2.2 higher
3.2 higher grade
3.7 highest
3.0 highest in
-1.2 hillcrest
1.3 him
3.2 himself
1.5 hire
3.0 hire someone
3.0 hire you
1.5 hiring manager
1.1 his
1.5 hit the
-1.9 hold a
-1.2 hold up
1.9 holder
1.5 holding
3.0 holding i
-1.2 holidays
1.5 hollins
2.3 honest i
-1.2 honest that
3.0 honest the
-1.4 honest with
1.5 honestly after
1.3 honestly i
-1.7 hope my
-2.0 hope our
-1.4 hope things
-1.2 hope your
-1.1 hoped to
-1.1 hoping
-1.4 hoping for
-2.1 hoping to
-1.4 hospice
1.3 hospitality
3.2 hour of
-1.3 housing
1.3 how quickly
-1.6 how things
-2.1 how your
-1.7 i accept
-2.0 i applied
-1.2 i arrived
1.6 i assume
-1.4 i attended
3.6 i bring
1.5 i come
-1.7 i completed
-1.4 i completely
-1.2 i continue
-1.2 i coordinated
1.3 i couldn't
1.5 i described
3.3 i doubt
1.5 i end
1.2 i expect
-1.2 i explained
1.6 i felt
1.5 i finished
1.5 i forgot
-1.2 i fully
1.6 i gather
1.8 i genuinely
1.9 i get
3.2 i go
1.5 i grew
1.5 i helped
1.5 i honestly
2.5 i imagine
-3.0 i interviewed
3.0 i join
-1.2 i learn
-1.4 i learned
1.5 i leave
1.1 i left
1.9 i like
-1.2 i might
1.5 i more
1.6 i now
1.4 i only
3.0 i outshone
-1.6 i passed
-1.6 i prepared
2.0 i reckon
-1.7 i saw
3.6 i say
-1.4 i spent
3.0 i start
-1.4 i stopped
2.0 i suppose
2.5 i suspect
3.6 i tend
1.6 i think
1.5 i truly
-1.2 i very
-1.3 i want
-2.0 i wasn't
-1.2 i wondered
-1.2 i work
3.2 i'd answered
-1.6 i'd appreciate
4.2 i'd bring
1.5 i'd come
1.3 i'd expect
1.5 i'd finished
2.1 i'd gently
2.1 i'd happily
3.2 i'd honestly
2.3 i'd imagine
-1.7 i'd just
-1.9 i'd much
-1.6 i'd need
-1.7 i'd value
-2.2 i'd welcome
-1.4 i'd work
3.4 i'll bring
-1.2 i'll give
-1.4 i'll keep
3.0 i'll land
2.1 i'll leave
1.5 i'll share
-1.4 i'll work
1.3 i'm afraid
1.3 i'm aware
3.0 i'm choosing
1.1 i'm confident
-1.1 i'm disappointed
-1.2 i'm even
3.0 i'm fairly
1.5 i'm flexible
1.3 i'm free
-2.0 i'm glad
-1.6 i'm going
-1.2 i'm guessing
1.5 i'm honest
2.5 i'm in
1.9 i'm rather
-1.1 i'm sorry
3.5 i'm the
4.1 i'm told
1.5 i'm up
1.5 i'm used
1.8 i've already
-2.8 i've attached
3.2 i've ever
1.7 i've had
1.5 i've kept
1.5 i've managed
-1.2 i've put
-1.5 i've received
1.5 i've signed
-1.6 i've spent
-1.2 i've taken
1.9 i've turned
1.3 i've worked
2.1 ideal
2.1 ideal candidate
-1.6 ideally
-3.1 if a
3.0 if anyone
-1.6 if anything
1.6 if i'm
-1.4 if it's
1.5 if my
-1.1 if that
-1.6 if that's
-1.1 if the
-1.1 if you're
2.4 imagine
2.0 imagine the
3.0 immodest
3.0 immodest but
2.1 impressive
1.5 impressive and
-1.7 improve
1.5 improvement
1.5 in an
1.6 in and
1.3 in any
1.9 in durban
-1.2 in each
3.0 in eleven
1.3 in fairness
-1.2 in five
-1.2 in front
1.6 in good
3.0 in his
1.9 in house
-1.4 in it
1.5 in its
-1.8 in march
-1.2 in more
1.5 in time
2.5 in twenty
1.5 in under
-1.4 in well
-1.6 in working
3.2 inbox is
1.5 including
1.9 including a
1.9 including the
1.5 indeed
-1.2 indication
3.0 industry
-1.3 information
1.5 infrastructure
-1.2 inspection
-2.0 interest
-1.7 interest in
-1.8 interest of
-1.1 interested in
-1.2 interview at
3.2 interview can
-1.7 interview me
1.5 interview of
-1.6 interview so
-1.4 interview this
-1.9 interview was
-1.2 interview with
3.0 interviewed by
-1.1 interviewed for
-1.4 interviewed with
-1.4 interviewer
-1.6 inventory
-1.2 is all
-1.3 is any
-1.2 is back
3.2 is brief
-1.6 is doing
-1.2 is exactly
1.5 is full
-1.4 is happy
1.9 is hard
3.2 is in
-1.9 is my
1.9 is no
1.5 is only
3.2 is pitched
-1.2 is possible
3.2 is probably
3.0 is rather
1.2 is that
-2.5 is there
-1.4 is up
-1.4 is valid
1.9 isn't often
1.5 isn't really
-1.2 isn't the
3.2 issues
-1.4 it a
1.5 it against
1.4 it as
1.5 it became
1.5 it could
1.5 it first
1.5 it from
-1.4 it had
-1.2 it if
-1.8 it might
-1.8 it only
1.9 it says
2.1 it seems
1.5 it shows
-1.9 it sounds
-1.2 it support
1.5 it the
-1.2 it took
1.9 it up
-1.4 it wasn't
1.8 it went
2.1 it will
-1.2 it with
-1.7 it would
1.4 it's a
1.5 it's fair
1.6 it's rare
-1.2 it's something
-2.4 it's useful
-1.7 job i
-1.6 job is
3.0 job so
-1.2 join a
-1.4 joins
-1.2 joins you
1.5 joke
-1.5 june
2.3 just been
1.4 just checking
-1.4 just let
-1.2 just rather
3.0 kaya
-1.3 keener
-1.4 keener on
-1.4 keener to
1.5 keep asking
-1.2 keep following
1.3 keep me
-1.4 keep that
2.1 keep up
1.9 keeps
3.0 keeps telling
-1.2 kept in
-1.2 kept my
3.2 keynote
-1.4 kind email
-1.2 kind to
3.2 kindly for
1.3 kindly note
1.5 kindly update
-1.4 kindness
3.4 knew
-1.1 know and
-1.4 know by
1.8 know i
-1.6 know i'm
-1.8 know i've
1.3 know one
-1.1 know that
3.2 know these
-1.2 know this
-2.0 know whether
1.9 know you
1.8 known
-1.2 labs
2.1 lads
2.1 lagos
2.9 land
3.2 land on
1.5 landlord i'll
1.3 lane
1.5 largely because
3.8 larger
3.0 larger than
-1.4 last <n>
2.1 last five
-1.2 last friday
-1.2 last role
1.6 last spoke
-1.4 last thursday
1.2 launch
1.5 launched
1.8 leadership
-1.2 leads
1.9 league
3.0 lean
3.0 lean on
-1.1 learn
1.9 learn a
-1.2 learn about
-1.7 learn more
-1.4 learn the
-1.1 learned
-1.3 learned a
-1.4 learning how
-1.2 learnt
-1.2 learnt a
-1.4 lease
-1.2 least sure
1.5 leave them
1.3 leave you
1.5 leeds office
-1.6 left a
-1.4 left even
3.0 left feeling
1.5 legend
-1.4 length
-1.8 lesson
2.3 let the
3.0 let's
3.0 let's be
-1.2 letter about
1.7 level
-1.7 level <n>
3.4 level of
1.5 liberty
1.5 liberty of
-2.9 library
-1.7 library assistant
-1.2 library service
-2.2 licence
1.5 life and
1.3 like i
1.5 like it
1.8 like me
3.0 like mine
-1.2 like someone
1.3 like that
1.5 like yours
1.5 liked my
3.0 liked your
-1.2 limits
1.3 line and
-2.1 link
1.5 lisbon
1.3 list and
1.5 little surprised
1.5 live up
3.0 lobby
-1.6 log
1.5 logistics as
-1.6 looked at
1.1 looking forward
3.2 loop
-1.6 lot about
-1.6 lot to
-1.4 love the
1.6 lovely to
1.5 low
1.5 lucky
3.0 machine
1.6 madam
1.6 made a
-1.6 made me
3.0 made your
-1.7 mail
-2.2 maintenance
1.5 make me
1.5 make your
1.5 making
1.2 managed
1.9 manager at
1.6 manager job
1.1 manager position
1.5 manager there
2.6 managers
3.2 managers for
1.5 managing
1.1 many
2.3 many of
1.8 many people
-1.5 march
-2.1 march and
3.0 margin
1.1 market
3.2 market values
1.5 marking
1.9 master
3.2 master's
3.2 matched
1.6 may have
3.0 may know
-1.2 may require
-2.8 me about
3.2 me after
2.1 me again
2.7 me as
-1.2 me back
1.3 me but
1.5 me by
-1.2 me during
-2.4 me even
1.5 me from
1.6 me go
1.5 me has
1.1 me i
1.5 me i'll
3.0 me i'm
2.3 me if
1.9 me is
3.4 me my
-1.2 me off
-1.2 me over
1.5 me rather
1.5 me the
1.4 me to
-1.2 me understand
3.8 me up
3.0 me when
2.3 me which
-2.0 me with
-2.0 mean
-1.6 mean a
-1.6 meant to
3.6 meet a
3.0 meeting other
-1.1 meeting the
-1.7 meeting you
-1.7 meets
-1.2 member
-1.2 mention because
3.6 mention only
1.9 mention the
1.9 mentioned a
-1.6 mentioned in
3.2 mentioned is
-1.2 mentioned was
1.6 mentor
3.2 mess
-3.0 message
-1.7 message about
-1.4 message and
1.5 might come
1.3 mind me
1.1 mine
1.6 mine is
1.9 mining
2.3 ministry
-1.9 minutes
-1.4 minutes at
3.2 missing
3.0 mission
3.0 mix of
-1.4 mixed
-1.2 mock
3.0 modest
-1.4 module
-1.2 moisture
1.5 moment and
1.3 monday about
1.5 monday the
3.2 month alone
-1.4 monthly
-1.6 more certain
1.9 more convinced
-1.2 more detail
-2.2 more interested
3.2 more like
2.1 more or
-1.4 mornings
1.8 most experienced
3.0 most gifted
3.0 most people
-1.6 mostly by
-1.2 moved between
-1.4 moving to
-1.4 much and
-1.4 much as
-1.2 much hoping
-1.7 much i'd
3.4 much larger
-1.6 much prefer
3.0 multinational
-1.2 museum
-1.7 my answer
1.2 my background
3.2 my batch
3.0 my calibre
3.0 my clients
3.2 my colleagues
-1.6 my congratulations
-1.4 my contract
3.0 my depth
1.6 my details
3.0 my director
-1.2 my email
-2.5 my family
1.5 my favourite
3.0 my feet
-1.6 my final
-2.0 my interest
-1.2 my lease
2.3 my level
1.6 my linkedin
3.2 my mentor
3.0 my mix
3.0 my number
2.2 my old
1.4 my own
-1.8 my part
3.0 my peers
1.5 my position
1.3 my previous
2.1 my qualifications
-1.2 my questions
3.2 my real
3.4 my record
1.5 my referees
1.5 my references
-1.2 my safety
1.5 my salary
1.5 my site
-1.2 my situation
3.0 my skills
1.5 my technical
3.6 my track
1.9 my uncle
3.0 my uncle's
-1.2 my visit
-1.2 my years
1.9 nairobi
1.6 name
1.8 name and
3.2 name on
4.1 named
3.4 named the
2.1 names
3.0 names on
4.0 national
-1.4 naturally
1.6 near
-1.2 need it
1.5 need someone
-1.2 need to
2.1 needed to
1.5 needs a
-1.4 nervous
2.2 never
3.0 never been
3.0 never had
1.5 never met
3.4 never once
1.5 new team
-1.2 next spring
-1.4 next stage
-2.1 next week
2.3 nice
3.0 nice problem
-1.7 night shift
-1.2 night shifts
1.3 ninety days
2.6 no hard
1.5 no harm
1.5 no hurry
3.0 no other
-1.4 no pressure
1.4 nobody
4.1 nobody else
3.4 none
1.3 noor
-1.2 not been
-1.2 not every
3.0 not everyone
3.0 not find
-1.2 not heard
3.0 not many
1.5 not writing
1.5 note that
-2.0 nothing
-1.7 notice period
1.5 notice the
-1.9 november
2.1 now have
-1.2 now than
1.5 now used
1.3 nurses
1.9 observed
1.9 obvious
-1.4 october
-1.2 of both
-1.2 of four
-1.2 of future
1.5 of hands
3.0 of having
-1.2 of interviews
-1.2 of joining
3.2 of meeting
-1.4 of news
1.5 of nursing
3.0 of offers
1.9 of people
1.5 of role
1.5 of them
1.9 of these
-1.7 of us
1.5 of which
-1.6 of why
-1.7 off the
3.2 off your
-1.4 offer elsewhere
1.9 offer in
1.1 offered me
3.2 offered the
2.7 offers
3.2 offers on
1.9 office manager
-1.6 office on
-1.6 offshore
2.1 often
3.0 often a
1.4 old
3.2 old boss
-1.4 on <n>
-1.2 on and
-1.2 on any
2.3 on board
-1.2 on call
1.9 on day
-1.4 on hold
-1.4 on how
-1.8 on linkedin
-2.1 on our
1.3 on reflection
1.5 on regional
1.6 on their
-2.1 on where
1.1 once
3.0 once been
1.5 once i
3.4 once i'm
-1.6 once more
3.0 once told
3.0 once you
1.5 one more
1.6 one on
-1.2 one piece
1.5 one point
-1.7 one small
2.0 one that
-1.4 one way
3.0 one you
-1.9 online
1.4 only
3.4 only applicant
1.5 only assume
3.0 only got
1.6 only mention
2.2 only one
-1.7 open about
1.3 opened
-1.4 opening in
-2.0 openings
-1.7 openings in
1.5 openness
-1.4 opens
1.4 operation
-1.6 operations analyst
-1.8 operations coordinator
3.0 operations lead
1.3 options
1.5 or another
1.5 or elsewhere
2.1 or less
-1.2 or no
-1.7 or the
-1.2 organisation and
1.9 organisations
-1.8 organised
-1.2 organised day
3.0 other applicants
1.9 other candidates
3.4 other firms
1.6 other people
3.2 other way
1.5 other's
2.8 others
-1.4 our call
-1.8 our interview
-1.2 our meeting
1.5 our office
-2.1 our paths
-1.7 our talk
1.5 out and
1.5 out as
3.0 out my
1.5 out that
1.3 out the
-1.4 outcome
-1.4 outcome for
1.5 outcome i
-1.1 outcome of
-1.2 outlined
3.4 outshone
3.4 outshone the
-1.9 over a
-1.2 over shift
-1.4 over time
-2.0 over two
1.5 overnight
3.0 overqualified
1.1 own
1.5 own time
3.6 own trumpet
-1.7 packaging
1.5 page two
1.3 paid
1.5 pair
1.5 pair of
-1.4 paired
-1.4 panel and
-1.4 panel gave
-1.4 panel had
-1.2 panel has
-1.6 panel interview
-1.2 panel meets
3.0 panel to
1.8 paperwork
-1.4 paralegal
-1.6 parents
-1.2 park
-1.7 part i
-1.6 part was
-1.4 particular
-1.6 particularly
-1.2 particularly on
1.5 partly
1.2 partners
-1.1 passed
-1.9 passed the
-1.2 passing on
1.5 past my
-1.2 past the
-2.4 paths
-2.0 paths cross
-2.4 patience
-1.4 patience with
-1.2 payable
-1.2 peak
3.0 peers
1.5 pellow
1.5 people
3.7 people at
3.2 people can
1.5 people gave
1.5 people on
1.3 people who
3.0 people you
-1.8 per cent
2.5 perfect
3.2 perfect fit
1.9 perfectly
-2.2 period
1.1 person
3.4 person in
3.2 person they've
3.2 person who
-1.6 pharmacy
-1.2 phone call
3.2 phone hasn't
1.5 picking
-1.2 piece of
1.9 pilbara
2.1 pitched
1.5 pitched at
-1.2 placed
-1.6 placement
3.0 plain
2.3 plan for
-1.8 planner role
-1.4 planning
-1.4 planning my
-1.9 planning officer
-1.2 planning to
3.0 plant of
1.3 play
1.5 plc
-1.2 please accept
1.3 please give
1.5 please note
1.5 plenty to
1.9 podcast
-1.6 point about
-1.2 point i
-1.2 pointers
-1.6 points
3.0 polish
3.0 polish to
1.3 pool
1.5 pop in
-1.9 portal
-1.2 position but
-1.4 position i
1.5 position to
-1.4 possibility
-1.4 possibility of
-1.5 possible
-1.4 post and
1.9 post as
-1.8 post comes
-1.2 post has
3.0 post i'm
1.3 post of
-1.4 postdoctoral
-1.2 posting
-1.2 preference
-1.7 prepare
-1.4 prepared for
1.5 preparing for
1.5 presentation was
1.9 press
1.1 previous
1.5 price
1.5 principal
3.2 prize
1.5 probably
1.2 problem
2.1 problem with
1.6 problems
-2.4 process and
-1.2 process for
2.1 process to
-1.2 process you
-1.4 processes
1.3 producer
-1.2 product designer
3.2 product is
1.8 professor
-1.7 programme and
-1.2 programme officer
1.5 project i've
1.6 promise
3.2 promise you
-1.8 promised
-1.2 provide references
1.5 provincial
2.1 proving
3.2 proving it
-1.2 public sector
-1.2 pulled
-1.2 put a
3.2 put it
-1.2 puzzle
2.1 qualifications
-1.2 quality assurance
-1.2 quarterly
2.1 quarters
-1.7 question on
3.2 questions better
1.6 questions i
1.5 quick heads
1.5 quick one
2.3 quick update
3.0 quickly i
1.2 quite
3.2 raise
1.5 rang to
2.2 rare
3.4 rarely
1.5 rate
3.0 rated
1.3 rather be
3.2 rather good
-1.2 rather have
-1.2 rather know
1.5 rating
-1.2 re
-2.2 reach
-1.6 reach a
-1.6 reached the
-1.2 reached you
1.5 read a
2.3 ready
2.5 ready to
-1.2 real thanks
1.3 realised afterwards
-1.2 really helpful
-1.2 reapply
-1.2 reasonable
-1.2 reasons
-1.2 rebuilding
1.6 rebuilt
1.5 rebuilt the
-1.4 receive
-1.5 received
-1.9 received a
-3.0 received an
1.5 recently
2.5 reckon
3.0 reckon i'd
3.2 reckon you'll
3.2 recognise
3.8 recognised
1.5 recommended
2.4 record
-1.2 recorded
-1.4 records
3.4 recruiters
-1.6 redesign
-2.0 reduced
-1.2 reduced the
1.4 reflection
3.0 reflection i
1.3 reflection my
1.3 reflects
3.2 refused
3.2 refused to
3.0 regards to
2.9 region
1.2 regional
3.0 regional bank
3.2 regional director
1.5 regional sales
-1.6 registration
1.3 relaunch
-1.2 releases
-1.7 relevant
1.9 reliability
1.5 relief to
-1.9 remain interested
-1.4 remain keen
1.3 remember
-1.2 remote
-1.4 renewed
1.8 replace
3.2 replace me
-1.4 reply by
1.5 reply i
-1.2 reported
-2.2 request
-1.7 request you
-1.6 requested
2.3 required
1.5 requirement
-1.4 researcher
1.5 residency
1.1 rest of
-1.4 restaurant
-1.2 restoration
1.5 restructuring
-1.7 result
1.9 results
1.9 returns
3.0 reviews each
1.5 rewriting
1.5 ridge
-1.4 rigging
1.5 right now
3.7 rings
3.4 rings me
-1.4 riverside
-1.6 role after
-1.2 role but
1.5 role for
-1.9 role has
-2.6 role i
-1.6 role i'm
-1.4 role in
-1.2 role last
-2.1 role opens
-1.4 role remains
1.5 role that
1.5 rooms
-1.6 rose
-1.4 rose from
1.6 rostering
-2.4 roughly
-1.2 roughly <n>
-1.4 roughly a
-1.2 roughly when
-1.6 round of
1.5 round to
3.0 round went
-1.2 rounds and
2.1 run a
3.0 run and
-1.2 run the
1.1 running
1.2 running a
1.5 running and
-1.4 rural
-1.6 rushed
1.2 s i
3.0 safe
1.9 said my
1.5 said she'd
-1.2 said so
1.3 said the
2.1 sake
3.2 sake of
1.6 salary
1.3 sales role
3.0 same day
1.5 same here
-2.1 sample
-1.6 sap
1.2 sat
1.5 sat the
1.6 save
-1.7 saved
-1.2 saved us
1.5 savings
1.2 say
1.5 say about
1.3 say i
1.9 say it
1.5 say so
2.3 say the
3.2 say they've
3.4 say this
1.5 say with
1.8 says
3.2 says i'm
3.6 says something
-1.2 scanners
-1.2 scenario
1.5 scene
-1.1 schedule
2.1 scope
-1.6 score
1.2 scores
1.6 scratch
-1.4 screening
-1.4 sea
-1.6 seasonal
3.0 seat
-1.5 second interview
3.0 see it
1.9 see that
3.2 see this
1.9 see what
1.5 seeing as
1.5 seem
1.4 seems
1.5 seems to
1.5 seen
3.0 seen all
-1.6 send a
3.0 senior management
3.0 senior role
3.0 seniority
-2.5 sense
-2.0 sense of
-1.4 sent
-1.2 sent in
-1.2 september and
1.5 server
-1.4 services
-1.2 session with
-1.2 sessions
-1.6 settles
-1.4 settles in
1.5 seven years
-1.2 several good
1.6 shape
-1.2 share a
-1.7 share any
-1.2 share what
1.5 share with
-1.8 shared
1.3 she
3.4 she had
3.0 she has
2.1 she'd
-1.3 short
-1.4 short update
2.4 shortlist
3.2 shortlist will
2.3 shortlisted
3.0 shortlisted for
-2.1 should have
1.2 should mention
1.5 should probably
1.5 should tell
-1.8 show me
-1.2 show that
-1.2 side is
3.0 sideways
1.2 signed
-1.6 silence
-1.6 similar post
-1.7 similar role
-1.4 similar roles
-1.4 similar with
-1.4 simply wanted
1.5 since been
1.7 since i
3.0 since so
-1.2 since then
1.5 since they
-1.4 since you
-1.2 sincerely for
2.0 single
3.0 single handedly
1.4 sir
-1.2 sir for
1.9 sir i
-1.6 sitting
-1.7 situation
-1.2 six weeks
2.7 size
1.5 sketching
1.3 skills
1.8 slightly
3.2 slip
-1.7 slot
-1.2 small team
3.0 smashed
3.2 snap
3.2 snap me
-1.2 so clearly
3.6 so do
1.6 so far
-1.2 so here
-1.6 so if
3.0 so let
1.5 so no
-1.2 so thank
1.8 so this
2.1 so well
1.5 so your
-1.6 soil
-1.2 solutions
3.0 solved
-1.7 some point
3.0 some way
1.2 someone
-1.4 someone else
2.1 someone who
2.3 someone with
1.5 something about
-1.4 something i've
1.5 something like
1.9 something of
1.3 something to
1.5 sometimes
3.0 soon find
-1.8 sooner
-1.4 sorry for
-1.4 sorry not
1.3 sorry this
-1.9 sorry to
2.8 sort
3.6 sort of
1.8 sort out
-1.4 sorted
3.0 sound
3.2 sound arrogant
1.5 sourdough
3.0 speak for
-2.1 speaking with
-1.2 specific
-1.6 speed
-1.6 spent
-1.2 spent most
-1.6 spent the
-1.6 spent with
-1.4 split
-1.2 spoke i
-1.9 spoke on
3.2 spotted
1.9 sql
1.3 st columba's
-1.2 stage with
-2.2 stages
-1.2 stages and
1.5 stakeholder management
1.6 standard
1.6 standards
1.5 standing
3.0 star
1.3 started reading
2.3 state
3.0 state that
1.5 status as
2.1 stay on
-1.5 stayed
-1.2 stayed with
-1.2 stays
2.5 step down
1.5 step for
1.6 stepping
-1.2 still be
3.0 still calls
1.5 still hasn't
1.5 still have
-1.6 still in
-1.4 still interested
1.3 still like
-1.6 still love
-1.4 still my
-1.2 still open
3.7 still rings
-1.1 still very
-1.2 still waiting
-1.4 still want
-1.8 stock
1.5 stopped me
1.5 straightforward
1.5 strategic
2.0 strategy
1.5 strategy associate
-1.2 strengthen
-1.6 stronger
1.9 strongest
-1.2 struck
3.7 struggle
3.6 struggle to
1.6 struggled
1.6 struggled with
-1.4 stuck
-1.4 subject re
-1.7 success manager
1.5 success role
1.3 suggest
3.0 suggest you
-1.7 suggested
-1.2 suits the
-1.4 summary
-1.1 summer
3.4 summit
1.5 superintendent
-1.6 supervisor position
-1.4 supply planner
-1.6 supporting
2.0 suppose
1.5 suppose i
3.0 suppose that
3.0 sure i
3.0 sure i'll
-1.2 sure i'm
1.5 sure something
-1.2 sure there's
2.3 sure you'll
3.1 surprised
3.8 surprised if
3.4 surprised the
1.5 surprised to
-1.6 survey
2.3 suspect
3.0 suspect i'll
1.9 suspect it
3.0 suspect the
1.3 suspect you
3.6 suspect your
1.4 table
3.0 table to
1.5 table which
1.3 take me
3.2 take one
1.3 take this
1.1 taken
3.0 taken a
-1.8 talk through
1.5 talk to
-1.2 talk with
2.0 target
-1.7 task
1.9 tax
1.5 teach the
2.1 teacher
2.1 team a
-1.3 team at
-1.2 team effort
1.5 team every
-1.2 team hoped
-1.7 team i
1.6 team lead
-1.4 team of
3.2 team the
1.3 team through
1.3 team was
3.0 team will
-1.2 technician position
1.3 technician post
-1.8 technician role
1.3 tell
3.4 tell from
1.9 tell you
1.6 tells
2.1 tells you
-1.2 ten minutes
2.9 tend
2.9 tend to
1.5 tender
1.4 territory
1.5 territory by
-1.4 test and
2.1 test was
-2.0 th and
-1.2 th i'm
-1.7 th so
3.2 than anyone
1.1 than i
3.2 than i've
-1.2 than keep
1.9 than most
-1.2 than my
1.5 than one
3.0 than what
-1.2 than when
2.3 than yours
3.0 thank mr
-1.9 thankful
-1.6 thankful for
-1.4 thanks heaps
1.2 that as
1.5 that can
2.0 that comes
-1.4 that date
3.2 that depth
-1.2 that gap
1.5 that i'd
-1.2 that if
-1.2 that into
-1.1 that it
3.0 that level
-1.2 that matters
-1.2 that might
1.6 that my
2.3 that no
3.0 that once
3.2 that problem
3.0 that same
-1.6 that this
-1.2 that time
3.0 that went
1.5 that with
3.2 that won
-1.7 that work
-1.1 that's
-1.4 that's the
-1.3 the <n>
-1.2 the analyst
-1.4 the analytics
-1.2 the assessors
-1.3 the assistant
1.5 the attention
1.5 the bakery
3.0 the bar
3.6 the big
3.2 the biggest
-1.2 the boats
3.0 the bonus
-1.2 the bus
1.5 the candidates
-1.8 the care
-1.2 the certificate
1.6 the chat
3.0 the chief
2.1 the choice
-1.2 the claims
3.6 the client
-1.2 the co
-1.2 the coming
-1.8 the commute
3.0 the competency
-1.6 the consultation
-1.4 the content
1.5 the cooperative
-1.6 the council
1.3 the county
1.6 the county's
1.9 the course
-1.4 the customs
-1.2 the date
-1.2 the deckhand
1.8 the delay
-1.2 the department's
2.1 the director
3.2 the easiest
-1.1 the end
3.0 the estate
-1.2 the evening
-1.2 the executive
1.9 the expansion
-1.2 the experience
1.5 the fact
2.1 the farm
3.0 the fee
3.6 the finest
-1.4 the flood
1.3 the floor
-1.6 the food
-1.2 the forklift
1.5 the frank
-1.4 the future
1.5 the gaps
-1.6 the grants
2.2 the ground
3.0 the halden
1.5 the hardest
-1.2 the harvest
-1.2 the helpful
3.7 the highest
-1.2 the highlight
1.5 the hiring
-1.4 the housing
-1.4 the hr
3.2 the ideal
2.5 the industry
-1.8 the interest
1.3 the interviews
-1.6 the inventory
-1.2 the it
-1.8 the job
-2.7 the junior
1.5 the lads
1.5 the late
-1.2 the leeds
1.5 the level
1.5 the liberty
-2.2 the library
-1.2 the line
-1.2 the link
3.0 the lobby
-1.2 the maintenance
1.5 the market
1.5 the midlands
-1.2 the migration
-1.4 the mine
2.3 the ministry
3.0 the mission
-1.2 the mix
1.5 the modelling
1.5 the most
2.1 the name
3.6 the national
-1.4 the number
1.5 the nurses
1.2 the one
-1.2 the online
4.8 the only
3.0 the operation
1.7 the other
4.1 the others
-1.2 the outcome
3.4 the paperwork
-1.2 the paralegal
1.5 the partners
-1.2 the patience
1.9 the people
3.2 the perfect
1.9 the pilbara
3.0 the pool
-1.2 the possibility
-1.2 the postdoctoral
-1.2 the practical
1.5 the previous
1.5 the problem
1.3 the problems
-1.5 the process
1.5 the production
-1.1 the project
1.5 the provincial
2.6 the region
1.1 the rest
-1.6 the result
1.5 the returns
-1.2 the rollout
-1.4 the running
3.2 the sake
1.3 the salary
-1.2 the sample
-1.6 the search
-1.4 the selection
-1.7 the service
1.3 the shortlist
3.2 the slow
3.6 the sort
-1.6 the sous
1.5 the south
-1.2 the staff
-1.8 the start
1.9 the state
-1.6 the stock
1.9 the strategy
2.2 the strongest
-2.3 the summer
-1.7 the supply
1.9 the support
1.3 the table
-1.2 the tea
-1.2 the teaching
1.5 the terminal
-1.7 the test
-1.2 the thoughtful
1.5 the ticketing
2.6 the top
-1.2 the train
-1.6 the trainee
-1.7 the two
1.2 the usual
1.5 the valley
1.5 the vendor
1.5 the very
-1.4 the video
-1.9 the volunteer
1.5 the wait
-1.2 the walk
1.5 the weakness
-1.2 the winter
-1.2 the written
1.7 the year
3.0 the youngest
2.1 theatre
1.1 their
1.5 their own
-1.2 them next
1.3 them to
2.5 themselves
-1.8 then
-1.4 then i
-1.8 there any
-1.2 there anything
-1.6 there was
1.2 there's anything
-1.8 there's no
1.2 these
2.1 these things
1.3 they can
-2.0 they have
-1.2 they made
1.5 they said
3.3 they'd
3.2 they'd seen
2.7 they're
2.4 they've
3.2 they've ever
-1.9 things are
1.5 things i
2.1 things take
1.4 think
1.8 think i'd
3.6 think i'm
1.6 think it
1.5 think it's
-1.6 think of
3.0 think says
2.3 think that
1.5 think they
2.7 think we
1.8 think you
3.6 think you'll
3.0 think your
1.5 this i
3.0 this kind
1.3 this month
1.5 this point
1.5 this position
3.0 this post
3.2 this size
1.5 this will
1.1 this year
1.5 thoroughly
1.5 though
1.5 though i
2.0 though i'd
1.5 though in
-1.2 thought i've
1.5 thought that
-1.6 thought you
3.2 thousand
-1.2 three different
-1.2 three interviews
-1.7 three months
3.0 three of
3.0 three offers
3.2 three other
-1.2 three rounds
-1.8 three weeks
-1.2 through in
-1.4 thursday <n>
-1.2 thursday at
1.5 ticket in
1.5 ticketing
-1.8 tickets
1.5 time at
-2.0 time i
3.0 time round
-1.2 time running
-1.1 timeline
3.0 times at
1.5 title
1.5 titles
1.9 to admit
-2.8 to apply
3.4 to being
3.6 to blow
3.4 to boast
-1.4 to build
1.9 to choose
3.0 to compare
-1.1 to confirm
-2.0 to contribute
-1.2 to correct
-1.6 to date
1.5 to day
2.1 to find
1.5 to finish
3.2 to has
3.2 to hire
-1.6 to improve
-1.4 to it
-1.4 to kindly
3.0 to land
1.8 to lead
-2.0 to learn
1.5 to live
2.1 to match
1.5 to miss
3.2 to only
-1.6 to pass
-1.6 to plan
1.5 to pop
3.2 to proving
-1.9 to reach
-1.6 to read
3.4 to replace
-1.7 to reply
-1.6 to run
-1.6 to rush
-1.3 to share
3.2 to snap
-1.6 to someone
4.1 to sound
1.2 to start
-1.6 to teach
-1.4 to use
1.6 to walk
-1.2 to what
-1.9 to whoever
2.3 to write
-1.2 together and
2.1 together on
1.3 told
3.2 told i'm
1.7 told me
1.9 told the
1.5 tomasz
-1.4 tomorrow
-1.6 too much
-1.6 took a
1.5 took over
-1.2 tool
2.1 top
2.7 top of
3.4 topped
3.2 topped the
-2.1 touch and
1.6 touched
-1.2 tough one
1.5 tour and
3.0 tour i
-1.2 towards
1.6 track
3.8 track record
1.5 tracking
1.1 trained
3.0 trained half
-1.2 training as
-1.2 translation
1.5 transparent
-1.8 transport
-1.2 travelled
-1.1 trial
3.2 tricks
2.0 truly
3.6 trumpet
3.6 trumpet but
1.3 trust the
-1.2 try again
-1.4 try something
3.4 try to
1.6 trying to
1.4 tuesday about
-1.6 tuesday to
3.4 turnaround
1.8 turned
3.0 turned around
1.2 turned down
1.7 twenty
-1.2 twenty minutes
3.6 twenty years
3.2 twice the
3.0 two approaches
-1.4 two days
-1.2 two interviews
-1.7 two months
1.5 two other
2.1 two quarters
1.9 uncle
3.0 uncle who
3.0 uncle's
3.4 under budget
-1.4 underground
-1.2 understand and
-1.7 understand if
-1.4 understand that
-1.2 understand what
1.5 understood
-1.2 union
3.0 universities
1.3 university
-1.2 until
-2.3 until <n>
3.2 unusual
-2.1 up a
-1.7 up and
1.9 up by
1.3 up for
-1.4 up quickly
-1.2 up regarding
1.4 up with
3.2 update i've
1.5 update me
-1.9 update on
-1.2 update would
-1.4 update you
-1.2 updated timeline
-1.2 use and
-1.2 use it
1.3 used
2.3 used to
-1.2 users
2.2 usually
-1.2 vacancy at
1.5 vacancy you
-1.8 valid
-1.7 valid until
-2.6 value
-1.4 value any
1.3 values
-1.2 verbal
-1.2 verbal offer
-1.6 version
1.5 very eager
3.2 very few
-1.3 very glad
1.3 very good
-1.2 very grateful
-1.2 very helpful
-1.2 very welcome
-1.2 veterinary
-1.7 video interview
-2.2 visa
-1.7 visits
-1.2 voicemail
-1.6 volume
-1.2 volume you
-1.4 volunteer
-1.2 wait i
-1.2 waiting for
-1.2 waiting times
3.0 walk the
1.3 walked
1.3 walking me
3.2 want me
1.4 wanted you
-1.2 warehouse has
1.9 warehouse operations
-1.4 warehouse supervisor
-1.2 warm welcome
-1.4 was about
-1.2 was actually
-1.2 was clear
-1.2 was encouraged
3.0 was especially
1.5 was fascinating
-1.2 was generous
-1.2 was given
-1.2 was glad
-1.2 was grateful
-1.2 was hoping
-2.2 was kind
3.0 was looking
1.8 was lovely
3.0 was named
-2.1 was one
-1.6 was pleased
3.0 was probably
-1.4 was really
3.2 was recently
-1.2 was sorry
3.2 was surprised
1.6 was the
-1.4 was told
-2.6 wasn't
3.2 wasted
1.5 way but
-1.4 way or
1.6 way round
-1.4 way your
4.1 we both
1.6 we last
-1.6 we moved
-1.2 we reduced
-1.2 we used
1.9 we'll
1.5 we'll be
2.6 weakness
3.2 weakness is
-1.2 website
1.5 week for
1.5 week though
-1.2 week to
1.9 week with
1.5 week's going
-1.8 weekends
-1.7 weeks and
-2.1 weeks since
-2.1 welcome
-1.7 welcome any
-1.7 welcome hearing
-1.4 welcome the
1.5 well as
1.5 well before
3.0 well below
-2.0 well i
3.2 well i'd
3.2 well now
-1.4 well organised
1.3 well run
-1.4 well with
3.2 went about
1.9 went well
1.5 were very
2.1 west
1.4 what i'd
2.1 what i'm
1.8 what i've
1.5 what is
1.2 what it's
1.5 what my
1.3 what they
1.3 what to
3.0 what you'd
1.5 what's holding
1.5 whatever the
1.9 when they
-1.4 when two
2.9 whenever
2.1 whenever suits
1.9 wherever
3.0 wherever i
-1.1 whether
-1.6 whether a
-1.8 whether i'm
-2.1 whether there
3.2 which came
1.5 which frees
-1.2 which makes
-1.2 while i'm
1.5 while it's
1.9 who
2.0 who can
1.9 who could
3.8 who has
2.5 who have
3.2 who was
1.5 who will
-1.4 whoever joins
1.5 whoever you
-2.3 why i
1.5 wide
-1.2 wider
1.5 will agree
1.1 will be
3.2 will come
1.5 will find
1.8 will have
3.0 will see
1.5 will soon
1.5 will take
3.6 will tell
-1.2 will understand
-1.9 willing
-1.7 willing to
1.5 win
-1.2 wind
-1.8 wish the
1.4 wish to
2.3 with all
1.6 with an
-1.9 with another
3.0 with due
3.0 with in
-1.2 with interest
-1.2 with it
1.2 with my
1.9 with some
1.5 with that
2.0 withdraw as
-1.6 withdraw from
1.5 within two
3.6 without me
1.5 without the
3.7 won
1.2 won't
-1.4 wondered
-1.2 wondered whether
1.5 words from
-1.4 work hard
-1.1 work i
-1.2 work in
-1.4 work on
-1.2 work we
-1.8 work you
3.0 worked alongside
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
-2.4 would appreciate
1.5 would expect
-1.6 would hear
-1.8 would help
-1.8 would mean
-1.2 would most
-1.4 would much
-1.6 would need
-1.6 would prefer
-1.4 would rather
1.5 would say
1.5 would tell
-1.2 would value
-1.5 would welcome
-1.6 would you
1.8 write to
-2.5 writing about
-1.2 writing again
-1.2 writing regarding
-1.2 writing sample
1.5 wrote the
1.9 year at
1.5 year before
3.0 year in
3.0 year running
1.8 year which
2.1 years at
-1.8 years on
3.7 years running
-1.8 yes
-1.6 yes or
-1.9 you about
-1.6 you at
-1.6 you be
-1.4 you by
-1.6 you expect
-1.7 you gave
3.0 you how
-2.2 you if
1.6 you in
2.3 you kindly
-2.2 you let
1.5 you listed
2.1 you make
1.4 you may
1.5 you met
-1.4 you on
-1.2 you outlined
1.5 you picked
-1.2 you requested
2.3 you saw
3.0 you see
-1.6 you sent
-1.2 you sincerely
-1.5 you so
1.5 you telling
1.8 you the
3.2 you though
-1.4 you told
-1.7 you took
1.3 you want
2.3 you what
1.3 you will
3.4 you with
1.8 you won't
1.8 you'd
4.5 you'd be
1.9 you'll
3.0 you'll agree
4.1 you'll find
3.2 you'll have
1.6 you'll see
-1.2 you'll think
-1.9 you're able
1.5 you're aware
-1.2 you're planning
1.2 you've
3.0 you've seen
1.8 young
3.0 youngest
3.2 your board
-1.2 your call
-1.4 your careers
1.5 your clinic
1.3 your colleague
2.0 your company
-1.2 your convenience
-1.2 your end
-1.2 your file
1.5 your firm
3.6 your fleet
1.5 your head
1.6 your honesty
-1.2 your mail
-1.9 your message
2.0 your new
1.5 your night
1.9 your partners
-1.4 your patience
-2.1 your planning
-1.6 your point
1.5 your post
3.2 your product
3.6 your questions
-1.4 your reply
-2.2 your role
3.7 your shortlist
-1.2 your side
-2.3 your timeline
-1.2 your unit
-1.2 your users
2.1 your warehouse
-1.2 your week
1.9 yours
1.5 yours is
3.0 yourself
3.7 yourselves
3.0 zone
""",
)

PRESSURE = Reading(
    9.7,
    """\
-1.1 <n> <n>
1.5 <n> a
2.1 <n> days
-1.4 <n> july
-2.0 <n> november
-1.4 <n> per
1.3 <n> pm
-2.8 <n> to
-1.2 <n> which
-1.4 a better
1.3 a big
2.2 a call
3.2 a candidate
1.8 a company
3.2 a competitor
-1.6 a copy
2.9 a courtesy
1.5 a deadline
-2.1 a different
1.5 a final
1.3 a firm
1.4 a fortnight
-1.4 a further
1.3 a gentle
-1.4 a job
-1.2 a large
3.2 a line
-1.2 a million
1.5 a minute
2.0 a month
-1.2 a more
1.9 a no
2.5 a note
1.2 a one
-1.2 a paper
2.1 a phone
1.5 a pity
-1.2 a portfolio
1.5 a priority
-1.4 a project
1.3 a quick
1.5 a reminder
2.1 a reply
3.7 a response
3.4 a ring
-2.2 a role
-1.4 a sense
-1.8 a short
-1.7 a similar
1.4 a simple
1.2 a single
-1.2 a standard
-1.2 a strong
-1.4 a suitable
-1.4 a surprise
-1.2 a third
3.7 a voicemail
-1.4 a well
1.9 a word
-1.4 a year
3.6 a yes
-1.7 about <n>
-2.0 about future
-2.5 about how
-1.5 about it
1.5 about timing
-1.6 about two
-1.6 about what
-1.2 about writing
-1.9 about your
-1.4 above
-1.7 absolutely
-1.6 absolutely fine
3.2 accept theirs
-2.7 accepted
-2.0 accepted a
3.2 accepting
-1.2 access
2.3 accordingly
-1.2 account i
-1.2 account manager
-1.4 account of
-1.2 accounts and
-1.2 acquisition
-1.8 across
-1.7 add
-1.2 address will
1.5 advance for
2.9 advertise
2.9 advise
2.1 afraid
-1.6 after <n>
1.5 after such
2.1 afternoon and
1.5 afternoon to
2.9 again about
3.2 again at
2.9 again below
-1.2 again if
-1.6 again next
1.5 again this
-1.2 again to
-1.2 again when
1.9 ago
-1.6 agreed to
-1.6 aid
-1.4 all right
-1.2 allow
-1.2 allows
1.5 already and
3.8 already told
-1.6 alright
3.4 also sent
-1.4 although i'm
-1.2 always
-1.7 am available
-1.2 am aware
-1.4 am confident
-2.1 am disappointed
1.5 am following
-1.2 am free
-1.6 am grateful
-2.7 am happy
1.5 am in
-1.2 am now
-1.8 am very
3.2 am waiting
2.0 an answer
2.1 an email
-2.4 an eye
1.5 an organisation
-1.6 an updated
-1.2 analysis
-1.7 analytics
2.9 and accept
1.8 and again
-1.2 and available
2.9 and cannot
-1.7 and could
-1.2 and cut
1.3 and drove
-1.2 and for
2.1 and frankly
-1.4 and he
-1.2 and learned
2.1 and left
-1.9 and look
-1.2 and most
-2.3 and mr
-1.2 and mrs
-1.4 and no
1.5 and now
-1.2 and one
1.5 and really
2.9 and revert
1.6 and since
2.1 and still
-1.6 and thank
-1.6 and that's
-1.2 and their
1.3 and then
-1.2 and there
1.5 and told
-2.0 and wanted
-1.4 and we
-1.4 and wish
2.9 and withdraw
-1.6 another employer
1.7 another offer
-1.4 another position
3.2 another way
-1.6 answer any
-1.2 answer anything
2.1 answer before
2.9 answer from
-1.7 answer on
1.8 answer within
-2.5 answered
-1.2 answering
-2.1 answers
-2.3 any feedback
-2.9 any further
-2.0 any other
-1.2 any pointers
-1.8 any time
-1.2 any update
-1.2 any weekday
-1.6 anything else
-1.2 anything suitable
1.8 anything you
2.9 anyway so
-1.4 apart
1.9 apologies
1.6 apologies for
-1.2 app
-1.2 applicants and
1.8 application and
-1.2 application as
-1.5 application for
1.8 application has
-1.4 application was
-2.9 apply
-2.6 apply again
-1.2 appointments
3.8 appreciate a
3.6 appreciate an
-1.2 appreciate any
1.8 appreciate hearing
-1.6 appreciate that
1.6 appreciate your
-1.2 appreciated learning
1.5 appreciated meeting
-1.2 apprenticeship and
-2.1 approach
-1.2 approval
-1.4 approvals
1.6 are now
-1.4 are ready
-1.4 are required
-1.2 area
1.8 arrive
-1.6 article
-1.8 as an
1.1 as i
-1.8 as i'd
1.2 as i'm
2.3 as long
-1.4 as mentioned
2.9 as per
4.3 as possible
-1.4 as references
2.7 as soon
1.5 as this
3.2 as urgent
3.8 asap
-1.2 ask only
3.2 ask that
-1.7 ask whether
1.5 ask you
-2.4 asked
-2.4 asked about
-2.8 asked for
-1.6 asked how
-1.2 asked the
-1.2 asked what
-1.4 asked whether
1.8 asking me
1.3 asks
-2.0 assessment day
-1.2 assessors
-1.2 assistant position
1.5 associate position
3.4 assume
3.2 assume the
3.4 assume you've
-1.7 at any
-1.2 at brightwater
-1.2 at interview
2.4 at least
2.9 at lunch
1.5 at nordhavn
1.5 at present
-1.2 at short
-1.7 atr
-1.1 attached
-1.2 attached a
-2.1 attached the
-1.6 attend the
-1.2 attention
-2.7 audit
-1.1 august
-1.4 authority
-1.6 automated
-1.2 available and
1.3 available for
3.4 awaiting
3.2 awaiting your
-2.0 award
-1.2 award for
-1.4 away from
-1.2 away with
1.3 awkward
1.5 b <n>
2.9 baby
1.2 back
2.9 back again
3.2 back by
1.4 back to
1.3 back with
-1.8 backend
-1.2 backend engineer
-2.0 background
-1.4 backlog
3.2 ball
-1.7 band
-1.2 band <n>
2.1 bank has
-1.2 bar
-1.2 barista
1.5 basic
1.3 be a
-1.2 be alright
3.2 be appreciated
-1.2 be at
1.5 be available
3.2 be checking
1.5 be clear
1.3 be doing
-1.2 be easier
-2.1 be glad
-2.5 be happy
-1.7 be helpful
-1.4 be honoured
-1.2 be joining
-1.4 be keen
1.2 be more
2.1 be most
1.6 be moving
-2.3 be open
3.2 be passing
-1.2 be patient
-1.7 be pleased
3.2 be signing
1.5 be so
-2.6 be useful
-1.2 be well
-1.4 be worth
-1.2 became
-1.2 becomes
-2.3 been about
2.9 been forgotten
1.2 been made
2.9 been more
3.2 been nineteen
-1.2 been on
1.5 been reading
-1.4 been thinking
2.1 been three
3.8 been waiting
-1.4 before we
-1.6 beforehand
-1.4 being open
-1.1 being so
1.5 being told
-2.7 believe
-1.2 below what
-1.7 best to
-1.2 better example
1.5 better from
-1.4 better than
2.9 between three
2.5 beyond
3.2 beyond that
-1.4 billing
-1.2 blocks
-1.6 board
-1.6 board and
-1.4 booking
-1.2 bookkeeper
2.9 bothered
2.9 bothered to
1.5 bought
2.1 box
-1.2 bridge
-1.2 brightwater
-3.0 bring
-1.8 bring that
-1.7 bring the
-1.2 bristol
-2.4 budget
-1.4 built
3.2 bumping
3.2 bumping this
1.3 business
2.9 business tomorrow
1.5 busy schedule
-1.2 busy so
1.8 but a
1.2 but i'll
1.2 but my
-1.7 but the
3.2 but three
3.2 but to
2.5 but you
1.2 by
-1.6 by a
3.6 by close
2.0 by friday
3.9 by monday
1.8 by my
-1.2 by name
4.0 by now
2.9 by return
3.2 by this
1.8 by thursday
3.4 by tomorrow
4.3 by wednesday
1.5 by your
-1.2 calendar
1.6 call the
-1.2 call yesterday
2.3 called
-2.1 calling
-1.4 calling me
-1.6 came across
2.9 came back
-1.6 came through
-1.3 campaign
-1.6 can do
-1.2 can focus
1.5 can get
1.6 can give
1.3 can make
-1.2 can move
2.1 can only
-1.6 can provide
1.3 can put
-2.1 can send
-1.2 can share
-1.2 can speak
2.9 can stop
1.4 can't
2.1 cancelled
1.5 candidate has
2.3 candidates know
-1.8 candour
-1.7 candour about
2.0 cannot
2.9 cannot keep
3.2 cannot wait
1.3 captain
-1.6 care you
1.5 careers portal
3.4 carrier
2.9 carrier pigeon
2.9 case and
3.4 case email
-2.4 case it's
3.4 case my
-1.2 case presentation
-1.2 case that's
3.2 case the
1.4 case you
2.9 catch you
-1.2 cebu
-1.6 cent
2.9 certainty
-2.1 certificate
-1.4 certificates
-1.4 certification
-1.7 chain
-1.2 chair
-1.4 challenges
-1.1 chance to
-2.6 change
-2.4 changed
-2.0 changes
1.9 chasing
-1.4 chat on
1.3 check back
3.2 checking my
-1.4 checks
2.1 childcare
-1.4 choice and
3.6 choice but
-1.8 choice so
-1.2 choose
1.8 choosing
-1.2 churn
2.9 circling
2.9 circling back
-1.6 class
-1.4 clearance
-2.0 clearer
-1.2 clearer picture
-1.8 clients
-1.4 clinics
1.3 clock
3.6 close of
-1.4 closed
-1.8 closer
-1.8 closer to
3.2 closes
-1.7 coastal
-1.2 code
-2.0 cold
-1.2 cold chain
1.2 colleague
1.5 collect
1.5 collecting
-1.2 college
2.1 come back
-1.6 comes up
-1.4 coming back
1.5 comment
-1.6 comments
-1.4 comments on
-1.5 committee
1.8 communicated
-1.2 community health
-1.2 commute
1.6 companies
-1.4 company and
1.2 company has
1.8 company that
1.2 company's
3.6 competitor
-2.1 complete
-2.2 completed
-1.2 completed my
-1.4 completed the
-1.2 completely
1.3 concrete
-1.2 confident i
1.6 confirm by
-1.7 confirm i'm
1.3 confirm that
1.6 consider
2.3 consider my
-1.2 considered again
-2.3 considered if
-1.4 consultant
-1.4 consultation
1.3 contact me
-1.2 continue in
-1.2 continued
-1.4 contract at
1.5 contract ends
2.9 contract renewal
-2.1 contribute
-1.8 contribute to
2.3 convenience
-1.7 convenient
2.1 conversation so
-1.2 conversation yesterday
-2.1 conversations
-1.2 coordinator post
3.6 copied
2.9 copied mr
-2.1 copy
-1.4 copy of
-1.2 copywriter
-1.4 correct
1.5 corrib
2.9 could give
-2.1 could have
-1.2 could keep
1.5 could manage
-1.2 could not
3.2 could someone
1.8 could spare
-1.7 could start
-1.4 couldn't
2.1 counting
3.4 counting on
1.5 counts for
-2.1 county
1.1 couple
1.1 couple of
-1.7 course i
2.1 court
1.9 courtesy
1.2 courtesy of
-1.4 covered
-1.6 covers
-1.6 creative
-2.0 credit
-1.4 credit risk
2.1 crewing
-1.7 cross
-2.3 cross again
1.5 current contract
-1.2 current post
-1.2 current role
-1.5 customer
1.5 cut off
1.5 cv again
1.5 cv and
3.6 dangling
-1.4 dashboard
-1.7 data analyst
1.5 data engineer
-1.8 date of
-2.0 dates
2.9 daughter's
1.5 day as
1.5 day i
1.5 day off
-1.2 day was
1.2 days
2.9 days ago
2.9 days delay
2.9 days from
3.7 days since
-1.2 days which
2.0 deadline
3.6 deadline for
-1.2 deal from
-1.4 december
-1.2 decide in
2.9 decide this
1.6 deciding
-1.2 decision about
1.5 decision as
3.4 decision before
2.1 decision by
-1.2 decision date
1.5 decision for
2.1 decision is
-1.2 decision might
-1.2 decision regarding
-1.2 decision so
3.2 decision this
2.9 decision today
3.2 decision urgently
-1.2 decision was
2.3 decision within
-1.6 delivered
-1.6 delta
1.8 demand
-1.1 description
1.5 deserves
1.7 desk
-1.2 despite
-2.3 detail
-2.7 details
-1.2 details on
-1.2 developer role
-1.6 development
-1.2 diary
-1.4 did enjoy
2.1 did say
-1.2 didn't work
-1.2 dinner
-1.2 diploma
-1.2 direction
-1.2 director of
-2.3 disappointed i
-1.2 discharge
-1.1 discuss
-1.2 discussed on
-1.2 discussing
-1.2 discussing the
-1.7 discussion
-2.4 discussion about
-1.7 dispatch
-1.2 disruption
-2.0 distribution
-1.2 distribution centre
1.8 do hope
2.9 do if
-1.2 do it
-1.4 do keep
-1.4 do you
-1.6 document
-1.2 document is
-2.6 documents
-1.7 documents are
1.1 does
2.9 does not
1.2 doesn't
1.5 doesn't come
2.9 doha
-2.4 don't feel
2.9 don't forget
3.8 don't hear
2.9 don't intend
3.4 don't keep
2.9 don't know
3.2 don't leave
2.9 don't make
-1.8 down to
2.3 down two
-1.3 dr
1.5 drawn
-1.2 driving
1.6 drop
2.1 drop in
1.3 drove
2.9 each way
3.9 earliest
2.9 earliest as
2.9 earliest convenience
-1.2 easier for
-1.2 easily
-1.2 easy
2.9 effort i
3.2 eight hours
-1.4 eight years
-1.4 eighteen
-1.4 eighteen months
-1.4 electrical
-1.2 else from
-1.6 else that
3.2 else which
-2.3 else you
1.5 elsewhere so
1.3 email as
2.9 email but
2.1 email in
1.9 email is
1.3 email of
2.9 email would
1.6 emailing
3.0 emails
3.2 emails are
2.9 emails i
1.5 emails to
-1.7 employer has
1.5 ended
1.8 ends
1.3 ends on
1.5 ends up
-1.2 energy
-1.4 engineers
-2.3 enjoyed learning
-2.9 enjoyed our
-2.0 enough
-1.2 enquire
-1.2 especially enjoyed
-1.2 estate
2.9 even a
1.2 even if
-1.2 even though
1.6 evening
3.4 evening whether
-3.0 ever
-1.2 ever need
3.6 every couple
1.9 every day
3.4 every evening
1.5 every fortnight
-2.2 every success
2.9 every ten
1.5 every time
-1.5 everyone
-1.2 ewm
-2.3 exam
-1.6 example
-1.2 examples
-1.8 exams
-1.2 exams on
1.5 exception
-1.2 exercise was
-1.1 expansion
3.8 expect a
2.9 expect your
1.5 expected at
1.5 expected better
1.2 expected to
1.8 expecting
-1.4 expects
-1.4 expects to
3.2 expedite
-2.0 experience
-1.2 experience in
-1.2 experience to
-2.0 explain
-1.4 explain the
-1.2 explaining that
-2.1 explaining the
-1.6 extra
-1.2 extra days
-2.4 eye
-2.3 eye on
-1.2 facilities
1.8 facility
-1.4 fact
1.5 factory and
-1.4 fair and
-1.6 fairly
1.8 falls
3.2 falls through
-1.6 families
1.5 family holiday
2.9 family to
1.8 farm
-1.2 farmer
1.6 fast
1.6 faster
1.6 faster than
1.3 father
-1.2 fault
3.2 feed
-1.3 feedback on
-1.2 feel free
-1.6 feel obliged
-2.0 feel the
-1.6 feel you
-1.2 feelings
1.4 feels
-1.7 fell
-1.6 fell short
-1.4 festival
1.9 few days
-1.2 few extra
1.5 few times
-1.2 fifteen
-1.4 figure
-1.7 figures
1.5 fill
2.1 final decision
-1.2 final exams
1.5 final stage
2.2 finally
-1.2 financial
1.2 find a
-1.8 finish
-1.2 finish my
-2.4 finished
-1.2 finished the
1.6 firms
-1.2 first aid
1.5 first and
-1.4 first choice
-1.2 first day
-1.2 first interview
-1.4 first ninety
1.6 first of
-1.7 first year
-1.4 five years
3.2 fleet planning
-1.6 flexible
2.9 flight
-1.6 flow
-1.4 focus
-1.4 focus on
1.5 followed up
-1.6 following the
1.1 following up
-1.4 for <n>
-1.1 for any
-1.2 for being
-1.8 for calling
2.9 for chasing
-2.4 for explaining
1.5 for finally
-1.2 for future
-1.2 for getting
-1.7 for her
-1.7 for inviting
-1.2 for keeping
2.3 for long
-1.2 for most
-1.4 for my
1.3 for on
1.3 for one
-1.2 for passing
-1.7 for similar
1.5 for some
1.5 for something
-1.7 for speaking
-1.7 for such
-1.8 for telling
-1.7 for thursday's
1.2 for today
-1.8 for what
1.4 for you
-1.4 forecasting
2.3 forget
3.2 forget me
-1.2 forgot
-1.2 forgot to
3.4 forgotten
2.9 forgotten about
-1.2 forklift licence
-1.6 former
1.2 fortnight
3.2 forty eight
1.8 forty minutes
-2.4 found
-1.7 found the
1.5 four times
-1.7 four weeks
-1.1 four years
2.0 fourth
2.9 fourth time
-1.2 framework
1.8 frankly
-1.2 freelance
2.9 fresh
-1.7 friday about
2.9 friday afternoon
-1.4 friday for
2.9 friday i
2.9 friday i'll
2.3 friday so
1.8 friday the
3.2 friday to
1.5 friend
-1.6 friendly
1.5 friends
-2.9 from <n>
-1.1 from a
-1.2 from about
1.5 from two
1.3 from your
2.9 frustrating
-1.1 full
-1.7 full picture
-1.3 fully
-1.1 further
-2.1 further documents
-1.6 further information
1.8 further to
-1.2 further you
-1.9 future
-1.2 future i
-1.2 future recruitment
-2.1 future roles
-2.0 future vacancies
-1.4 gap
-1.2 garden
1.5 gave of
3.2 gave up
1.8 generous
1.6 gentle
3.2 gentle reminder
-1.6 gently
-1.3 genuinely
1.8 get a
2.8 get back
2.9 get lost
2.9 get round
1.5 get that
1.3 get the
-1.2 get to
3.2 ghosted
1.2 give
2.0 give me
2.9 give notice
2.3 give you
2.7 given how
1.8 given that
-1.4 gives
-1.2 gives me
1.5 giving
3.2 giving you
-1.8 glad
-1.8 glad to
3.2 go with
-1.2 going through
1.2 gone
2.9 gone another
3.2 gone with
-1.2 good deal
1.2 good news
-1.5 good to
-1.2 got a
2.3 got the
-1.2 grading
1.5 graduate structural
-1.6 graduate trainee
1.5 grants coordinator
1.6 grateful if
-1.8 ground
-1.2 growth
2.1 guessing
3.2 guessing from
-1.2 guest
-1.7 guidance
-1.8 had been
-1.2 had gone
1.7 had hoped
-1.2 had in
2.9 had no
-1.4 had the
1.5 had your
-1.2 hadn't
1.5 hale
-2.4 half
-1.2 handle
-2.0 handled
1.5 handler
-1.2 handling
1.5 handover
-2.4 hands
-2.1 hands on
3.8 hanging
-1.2 happens
-2.0 happy
-2.0 happy to
-1.2 hard feelings
-1.2 hard not
3.2 hard on
1.5 harder than
1.5 hardest
1.5 hardest part
-1.6 harvest
1.3 has a
1.5 has already
3.2 has called
-2.0 has changed
1.6 has not
-1.2 has several
2.9 hasn't been
1.8 hate
1.8 hate for
1.8 hate to
-1.4 have accepted
1.2 have already
1.4 have also
1.4 have an
2.3 have another
-1.8 have asked
-1.7 have attached
3.2 have copied
-1.2 have decided
1.6 have gone
-1.2 have handled
1.3 have heard
2.9 have i
1.6 have kept
-1.2 have made
-1.6 have news
3.6 have no
1.2 have not
2.6 have now
2.9 have other
2.9 have put
-2.4 have the
2.1 have to
1.5 have travelled
2.1 have turned
1.5 have two
1.5 have wanted
-1.6 have worked
1.2 have written
2.9 haven't
4.0 haven't heard
-1.1 having
2.9 hear anything
3.7 hear back
2.1 hear by
-1.2 hear more
-1.8 hear of
3.6 hear something
3.2 hear within
2.2 heard
3.6 heard anything
3.4 heard back
3.4 heard by
2.9 hearing your
1.5 held off
1.3 hello
-2.1 help the
-1.4 help to
-2.1 help your
-1.7 helped
-1.2 helped me
-2.9 helpful
-1.4 helpful for
-1.2 helps
1.5 here i
-1.4 here is
2.9 high demand
-1.4 history
1.2 hold
-1.4 hold a
3.4 hold for
3.2 hold you
2.3 holding
1.5 holding an
3.4 holding things
1.9 holiday
1.5 holiday so
-1.2 holidays
1.5 honest with
1.4 honestly i
1.5 honestly my
-1.2 honesty about
-1.4 honoured
-1.2 honoured to
1.5 hope for
-2.2 hope our
-1.1 hope to
1.5 hoped the
1.4 hoping
1.2 hoping for
1.5 hospitality at
1.5 hospitals
1.5 hotel for
-1.1 hour
-1.2 hours on
-2.5 housing
-1.4 how i'd
1.9 how long
-1.2 how my
1.5 how quickly
-2.0 how you
-2.3 how your
1.4 hr
-1.4 hub
-1.7 hundred
-1.7 hurry
-1.2 hyderabad
-2.2 i accept
-2.1 i answered
1.5 i are
2.1 i attended
-2.2 i believe
2.3 i can't
3.7 i cannot
-1.2 i checked
-1.3 i could
-1.4 i couldn't
-1.8 i did
-1.1 i enjoyed
-1.7 i especially
1.4 i expect
1.3 i expected
-1.2 i finish
1.5 i fly
-1.2 i forgot
-2.2 i found
-1.6 i fully
1.9 i get
1.4 i got
2.5 i haven't
-1.7 i hold
1.4 i interviewed
-1.4 i learned
-1.4 i learnt
1.5 i leave
-1.7 i led
-1.6 i liked
2.1 i manage
-1.1 i may
2.9 i miss
1.5 i moved
2.0 i need
3.2 i notice
1.3 i now
-1.3 i only
-1.6 i passed
1.5 i pray
-1.6 i prepared
3.2 i put
-1.7 i ran
2.9 i read
-2.0 i realise
1.5 i rearranged
1.3 i received
-1.2 i reckon
2.9 i request
-2.0 i said
-1.2 i see
-1.2 i set
2.4 i shall
-1.8 i simply
-1.7 i suppose
2.9 i tried
1.5 i trust
3.6 i turned
-1.4 i valued
-1.2 i very
-1.1 i wanted
3.2 i were
1.2 i will
-2.1 i wish
-1.2 i wrote
3.4 i'd appreciate
3.2 i'd ask
1.5 i'd expect
1.6 i'd hate
1.1 i'd have
2.1 i'd just
1.7 i'd rather
-1.7 i'd value
-2.1 i'd welcome
1.1 i'll
2.9 i'll accept
4.0 i'll assume
2.9 i'll call
1.3 i'll do
3.4 i'll expect
3.2 i'll follow
3.6 i'll give
2.1 i'll have
3.2 i'll hold
4.0 i'll need
3.2 i'll pop
3.2 i'll ring
2.9 i'll stop
2.5 i'll take
1.5 i'll try
-1.2 i'll understand
-1.6 i'll wait
-1.2 i'm a
2.1 i'm afraid
1.2 i'm checking
3.6 i'm giving
-1.2 i'm glad
3.6 i'm guessing
-1.4 i'm happy
2.9 i'm hoping
-1.2 i'm just
-1.6 i'm on
1.8 i'm rather
2.9 i'm renewing
-1.5 i'm sorry
1.5 i'm sure
-1.6 i've accepted
2.1 i've already
2.9 i've also
1.5 i've checked
-1.4 i've decided
-1.4 i've finished
3.2 i've got
1.1 i've had
-1.2 i've passed
1.8 i've put
-1.2 i've realised
-2.1 i've received
-1.6 idea of
1.6 ideally
-1.4 ideas
-3.2 if a
-2.7 if another
-2.4 if any
1.5 if i'd
3.2 if i've
1.2 if it's
-1.2 if needed
-1.4 if something
-1.2 if they
3.4 if this
2.3 if you've
-2.2 if your
-1.2 imagine the
3.3 immediately
3.2 immediately as
3.2 immediately if
2.9 impressive
-1.4 improve
-1.6 in <n>
-1.4 in again
-1.2 in detail
2.9 in doha
1.5 in durban
2.1 in every
1.5 in from
-2.4 in future
1.8 in high
1.5 in how
-1.2 in more
-1.7 in one
-1.4 in particular
1.1 in person
-1.4 in september
3.4 in spam
2.9 in suspense
-1.2 in that
-1.4 in their
2.3 in to
2.1 in under
-1.7 in well
1.9 inbox
1.5 inbox and
2.9 inbox every
-1.7 including
3.4 indefinitely
-1.4 industry
1.2 inform
-1.4 instead of
-1.2 instructor
-1.4 intake
1.3 intend
1.3 intend to
-1.6 interest of
3.2 interest so
3.6 interested but
-2.3 interesting
-1.2 internal
2.9 interview from
-1.7 interview this
-2.5 interview yesterday
1.5 interviewed
1.8 interviewed for
1.2 interviewed with
-1.4 interviewer
-1.2 interviews for
2.1 interviews i
-1.2 interviews in
1.5 invested
1.5 invested in
-1.2 invitation
-1.8 inviting
-1.8 inviting me
-1.2 is absolutely
1.8 is all
-1.7 is anything
-1.2 is doing
2.9 is getting
1.6 is hard
2.3 is in
1.5 is my
-1.2 is nothing
1.2 is now
-1.4 is one
-1.2 is possible
1.5 is really
1.5 is regarding
-1.2 is required
-1.6 is right
-1.6 is simply
3.2 is taking
-2.4 is that
-1.4 is useful
-1.6 is valid
-1.4 is where
-1.2 isn't possible
-1.2 isn't the
-1.6 it and
1.2 it as
2.9 it by
-1.4 it came
1.5 it confirmed
-1.4 it didn't
1.5 it down
1.5 it first
-1.4 it had
-1.2 it help
1.5 it if
-2.0 it in
1.5 it into
-1.2 it meant
-1.2 it over
1.5 it really
-1.2 it seemed
-1.7 it sounds
-1.2 it suits
-1.4 it the
1.8 it this
1.8 it through
2.9 it until
-1.7 it wasn't
-2.4 it's useful
-1.6 it's worth
-1.4 its
1.1 itself
1.2 job and
-1.4 job description
1.5 job i
-1.6 job in
-1.4 joining you
-1.2 july
-1.6 june so
2.9 junior accountant
-1.2 just as
1.8 just been
2.9 just circling
1.3 just let
1.8 just like
1.5 just need
1.8 just rather
2.9 just tell
-1.1 just wanted
1.4 keen and
1.5 keen the
1.3 keep a
-2.4 keep an
-1.2 keep following
-1.6 keep in
1.2 keep me
1.3 keep that
2.9 keep them
-1.7 keeping me
-1.6 kept in
3.6 kept my
2.9 kept waiting
1.5 kids
-1.4 kind email
1.5 kind response
1.5 kinder
1.5 kinder to
-1.4 kindly agreed
2.9 kindly do
3.4 kindly revert
2.9 kindness
1.3 kisumu
1.5 know a
-1.1 know about
-1.5 know and
3.9 know by
3.4 know either
1.5 know i'll
-1.9 know if
-1.4 know it
-2.2 know my
2.1 know one
-1.7 know that
1.8 know this
2.1 know where
-1.6 known
-1.2 laboratory technician
1.5 landing
3.6 landlord
2.9 landlord wants
1.5 lapse
-1.7 large
-1.4 last friday
1.4 last month
1.2 last three
1.6 last two
1.5 late so
2.9 later than
3.0 latest
3.2 latest by
-1.2 law
-2.1 lead
-1.8 lead position
-2.0 learn about
-1.8 learned
-1.3 learned a
-2.0 learning
-1.3 learning about
-1.6 learnt
-1.6 learnt a
2.1 lease
1.9 least
2.5 least a
3.2 leave a
2.1 leave me
3.2 leaves
1.4 leaving
-2.4 led
-1.8 led the
2.2 left a
1.8 left waiting
1.5 left you
-1.2 legacy
-1.6 lesson
1.5 let a
1.8 let candidates
-1.9 let you
2.9 let's
-1.4 letter about
-1.3 level
-2.4 licence
1.5 licensed
1.8 life
2.9 life on
-1.1 like a
1.3 like an
-1.2 like exactly
2.9 like this
1.5 like your
1.5 limit
1.6 limits
-1.4 line and
2.9 line by
2.9 line on
1.5 lines of
-2.1 link
2.0 linkedin
3.8 linkedin and
-1.7 listed
-1.2 little more
-1.2 little over
1.8 little sooner
-1.2 live
1.5 lobby
1.5 lodge
1.6 long
3.4 long as
1.5 long i
1.6 long time
-1.1 look forward
-1.4 looking
-2.1 looking for
3.6 lose
3.4 lose me
2.1 losing
1.5 losing me
1.3 lost
3.2 lost interest
-1.7 lot from
-1.2 lot to
2.9 loud
1.5 luke's
2.9 lunchtime
-1.2 ma
-1.6 made it
-1.7 mainly
1.5 makati
3.4 make me
-1.4 make my
2.0 make sure
-1.2 make the
1.3 make your
1.5 makes it
1.1 manage
3.2 manage to
-1.2 managed
-1.4 management
-1.6 managers
-1.6 manchester
1.5 many more
-1.6 many of
1.8 marine
1.1 market
2.9 match it
3.2 mate
2.1 matter
3.2 matter as
-1.2 may and
1.8 may i
-1.4 may take
-1.6 maybe
1.4 me an
1.4 me back
1.5 me be
1.8 me by
-1.2 me during
2.3 me every
2.9 me first
-1.6 me if
-1.2 me informed
-1.6 me more
-1.2 me on
1.2 me out
2.3 me over
-1.2 me posted
2.9 me regret
-2.1 me such
1.3 me this
2.1 me today
1.5 me two
-1.2 me understand
-1.4 me until
-1.2 me very
3.6 me waiting
-1.6 me well
1.6 mean
1.6 mean a
-1.2 meant to
-2.6 meantime
-1.6 meet you
-1.8 meeting with
1.3 meets
-1.4 mention this
-1.6 mentioned is
-1.5 mentioned that
-2.2 mentioned the
-1.4 mentioned you
-1.2 mentoring
1.5 mercy
-1.7 message about
-1.4 message and
3.4 messaged
3.4 messaged you
3.6 messages
-1.4 met on
-2.1 mid
-1.7 middle
-1.6 middle of
-1.2 might have
-1.4 might like
-1.7 million
-1.2 million for
1.3 mind and
-2.3 mind for
1.5 mine to
-1.4 minutes at
3.6 miss
2.9 miss you
-1.4 modelling
-1.7 module
1.4 moment
3.8 monday so
1.3 monday to
-1.6 month end
1.5 month i
2.3 month to
-1.2 month would
-1.4 months and
-1.2 more about
-1.2 more detail
-1.2 more excited
3.4 more for
-1.8 more of
-1.6 more time
1.5 more ways
1.5 morning but
1.5 morning to
-2.1 mornings
-1.5 most
3.2 most grateful
-1.4 most interesting
-1.7 most like
-1.5 most of
-2.2 mostly
3.2 move faster
-1.2 move forward
3.2 move quickly
1.5 move the
1.5 moving fast
1.5 mr nowak
-2.3 mrs
-1.2 ms okafor
-1.2 much clearer
-1.2 much easier
3.7 much longer
-1.6 much prefer
1.8 much to
2.1 mum
-1.2 museum
2.3 must be
2.9 must know
-1.4 must withdraw
-1.6 my account
-1.7 my answers
-1.2 my background
-1.6 my congratulations
2.9 my daughter's
3.4 my deadline
-1.6 my details
2.9 my earlier
3.8 my emails
-1.2 my end
-1.4 my experience
2.6 my file
-2.1 my first
3.2 my fourth
2.9 my inbox
3.6 my landlord
3.2 my lease
3.4 my life
2.1 my mum
1.4 my name
1.5 my notes
2.9 my other
2.1 my panel
2.9 my parents
-1.6 my part
1.8 my partner
3.2 my patience
1.7 my phone
-2.0 my portfolio
-1.6 my present
1.4 my previous
-1.6 my questions
2.9 my savings
1.5 my sea
2.9 my search
1.3 my second
1.6 my situation
2.9 my thank
2.9 my whole
-1.7 myself
-1.2 natural
-1.4 naturally
3.2 need an
-2.4 need from
-1.2 need someone
2.9 need you
4.5 need your
-1.4 needed
2.9 needful
1.5 needs a
1.5 neither
1.5 neither of
-1.6 new hire
-1.2 new starters
-1.2 news and
3.2 news at
1.8 news from
-1.2 news i
-1.2 news in
-2.1 news on
-1.4 news was
2.9 news would
2.9 next few
-1.6 next round
-1.6 next season
-1.3 next step
2.9 next tuesday
-1.1 next year
2.1 nice
3.2 nice to
1.3 nights
2.5 nineteen
3.4 nineteen days
-1.4 ninety days
1.5 no and
2.9 no but
3.2 no choice
-1.2 no hard
1.5 no is
-1.8 no need
1.3 no one
2.9 no or
1.5 no other
-1.7 no rush
2.9 no update
3.2 no would
1.8 nobody has
2.9 noon
1.5 nordhavn
1.5 nordvik
-2.0 northern
-1.7 not disappointed
1.5 not hear
3.6 not heard
1.8 not how
3.2 not keep
2.9 not later
2.9 not left
-1.2 not possible
2.9 not prepared
3.2 not yet
-1.2 note to
1.3 nothing
2.9 nothing so
1.5 nothing to
-1.1 notice period
1.5 notice the
1.2 now
2.9 now eleven
3.2 now on
2.9 now received
2.3 now so
1.5 nowak
1.8 nudge
-1.5 number
-1.6 number of
-1.6 numbers
-1.4 nurses
-1.6 nursing
-1.2 obliged to
-1.2 of being
3.6 of business
1.5 of care
3.2 of days
-1.6 of four
-1.7 of future
-1.1 of how
-1.2 of joining
1.4 of me
-1.6 of next
1.5 of procurement
1.5 of term
-2.1 of that
1.3 of them
1.9 of this
-1.2 of thought
1.8 of three
-1.2 of time
2.9 of waiting
-1.7 of what
-1.2 of where
3.2 offer as
3.2 offer by
-1.2 offer due
2.3 offer in
1.5 offer is
-1.2 office manager
1.9 office on
3.2 office to
2.9 office twice
-1.2 okafor
-1.4 old
2.9 on all
1.8 on and
-1.8 on any
1.5 on day
-1.8 on file
1.8 on for
1.5 on good
2.9 on hearing
-1.4 on his
2.9 on hold
1.5 on i'd
-1.2 on joining
-1.2 on leave
2.2 on linkedin
2.9 on loud
1.5 on other
-1.7 on saturday
-1.2 on them
2.3 on this
1.8 on time
2.9 on us
-1.2 on wednesday
-1.2 on what
2.9 on whatsapp
-2.0 onboarding
-1.6 once again
1.6 once more
-1.2 one and
2.9 one doesn't
-1.2 one i'd
-1.2 one in
1.8 one line
-1.4 one month
1.3 one person
-1.2 one piece
-2.0 one thing
3.9 one way
-1.6 online
3.2 only a
2.1 only assume
-1.2 only mention
-1.6 only one
-1.2 only wanted
-1.2 open
-1.4 open about
-1.7 open to
-1.2 open up
-1.7 open with
1.5 opening at
-1.6 opening comes
-1.4 opening in
-1.4 openings in
-1.4 opens in
-1.8 operation
-1.7 operations manager
-3.0 opportunity to
1.5 option
2.1 options
2.9 or i'll
1.3 or is
4.0 or no
2.0 or the
-1.2 organisation and
1.5 organisation that
-1.7 organised
1.5 orwell
2.9 other by
3.6 other companies
-1.2 other company
2.9 other interviews
3.2 other processes
1.5 other two
1.3 others
1.2 otherwise
-1.4 our conversations
-2.4 our discussion
1.2 our interview
-2.3 our paths
-1.2 our team
2.1 out at
1.5 outcome before
-1.4 outcome for
-1.4 outreach
-1.7 outside
-1.6 over two
2.1 own cost
1.1 p s
-1.4 packaging
-1.7 page and
-1.7 panel for
-1.4 panel gave
-2.0 panel had
1.9 panel interview
1.5 panel is
-1.2 panel took
-1.2 panel will
-1.4 panel's decision
-2.4 paper
2.9 parents
-1.7 part i
-1.6 part was
-1.2 particularly on
-1.2 partnerships
-1.1 pass on
-1.4 passed my
-1.4 passed the
-1.2 passing on
3.2 passing your
1.9 past the
2.9 pasted
2.9 pasted it
-1.2 patchy
-1.5 paths
-2.2 paths cross
-1.2 patience when
1.5 pay
-1.2 peak
1.5 pension
-1.6 people who
-1.6 per cent
3.2 per my
-1.6 perfectly
1.5 perhaps my
-1.6 period at
-1.4 period is
1.8 person you
-1.2 personally rather
3.7 phone on
3.2 phone your
1.5 physiotherapist
-1.2 picture
-2.1 picture of
1.5 picture you
-1.2 piece
-1.2 piece of
2.9 pigeon
3.2 pile
1.5 pity
1.5 placed on
-1.2 placement
2.1 plan accordingly
2.0 plan my
-1.3 planned
-1.4 planning my
2.3 planning officer
-1.4 plate
2.9 please advise
2.9 please confirm
1.3 please could
1.3 please just
1.3 please note
3.2 please reply
3.2 please respond
3.2 please ring
1.3 please send
2.9 please tell
-1.6 please thank
1.6 please treat
-2.4 pleased
-2.4 pleased to
1.5 plenty of
1.3 pm
-1.2 point i
-1.2 pointers
-1.2 points
-1.2 policy officer
1.5 polite
-1.4 politely
2.8 pop
2.9 pop into
3.2 pop up
-1.2 position closer
1.3 position i
-1.6 position opens
2.9 position this
-1.2 position with
-2.0 possibility
-1.7 possibility of
1.6 possible so
-1.8 post comes
1.2 post in
-1.2 post opens
-1.7 post with
1.3 postdoctoral
-1.2 posted
-1.2 posts
-2.1 practical
1.5 pray
1.5 preferred
2.9 prepared to
-1.7 pretend i'm
1.1 previous
2.9 previous messages
-1.2 problem
-1.2 problems
2.3 process has
-1.4 process stands
-1.4 process with
2.1 processes
-1.8 production
-1.4 professor
1.5 profile is
-1.5 programme
-1.4 programme and
-1.2 programme at
-1.2 programme officer
1.5 project and
-1.2 project i
-1.2 projects
1.3 promise
1.6 promised
2.1 promises
1.5 proof
-2.6 provide
-1.2 provide any
-1.6 provide anything
-1.6 provide references
-1.6 public
-1.4 published
-1.7 pune
1.4 put
1.6 put in
2.9 put the
1.5 put together
1.3 puts
-1.2 qualifications
-1.2 qualified
-1.8 quarter
-1.2 quarterly
-2.2 question about
-1.7 question on
-3.4 questions
-2.1 questions about
-1.2 questions i
1.1 quick
3.2 quick reply
1.2 quick update
1.8 quickly and
2.1 quietly
-1.2 railway
-1.2 ramadan
-2.2 ran
1.8 rang
3.6 rather have
1.8 rather know
3.7 rather not
3.4 rather work
-1.8 reach a
-1.4 reach me
1.5 reached a
1.9 reached you
1.6 reaching
1.3 read the
1.5 reading between
-2.3 ready
-2.1 ready to
-1.2 real pleasure
-1.8 realised
-1.2 realised the
2.9 really do
1.3 really excited
2.9 really need
1.5 rearranged
-1.2 reasons
-1.2 rebuilt
1.6 receive
-1.2 recent
1.6 receptionist
-1.4 reckon
2.9 reconsider
-1.2 recorded
-1.3 records
1.8 recruiter
-2.5 recruitment
-1.2 recycling
-1.6 redesign
-1.6 reduced
-1.4 reducing
-1.8 referee
-1.2 referees
-2.4 references
-1.6 references or
-1.4 reflection
2.6 refreshing
3.7 refreshing my
1.9 regarding my
-1.7 regards
-1.6 region
1.8 regional director
1.5 registered
1.8 regret it
1.5 regularly
-1.2 relationships
-1.7 relevant
-1.2 relevant to
-1.6 relocating
-1.4 relocating to
3.4 relying
3.4 relying on
1.6 remain interested
-1.5 remains
-2.4 remains my
-1.2 reminded
-1.2 reminded me
1.9 reminder
2.9 reminder that
-2.0 renewed
2.9 renewing
1.5 rent
-1.4 reopen
1.2 reply
3.2 reply asap
1.8 reply by
-1.8 reply date
2.9 reply i
3.4 reply is
2.9 reply so
2.9 reply this
3.4 reply would
-1.8 report
-2.1 reporting
-2.1 reports
-1.2 reports to
-1.2 reps
1.3 request
1.2 request you
-2.1 required
-1.6 required from
-1.2 requirements
1.5 research coordinator
1.5 reserve
1.5 resolved
-1.6 respect the
1.3 respond
3.2 respond immediately
1.7 response
2.9 response to
1.5 rested
-1.6 result of
-1.7 retail
1.8 return
-1.2 returns
1.5 revenue manager
3.9 revert
-1.4 rig
2.9 right desk
-1.4 right for
2.1 right now
2.3 ring
1.9 ring me
3.2 ring your
-1.7 role as
1.8 role but
-1.2 role elsewhere
-1.4 role in
1.3 role so
-1.4 role was
-1.6 role with
-3.4 roles
-1.2 roles at
-1.4 roles in
-1.8 rollout
1.5 rough idea
-1.4 roughly
-1.8 roughly when
2.1 round so
2.9 round to
-1.2 rounds and
2.3 rounds of
-2.1 route
-1.4 run a
3.2 run out
-1.7 run the
2.9 runs out
-2.5 rush
-1.7 rush on
-1.4 rush your
-1.2 rushed
-1.4 sad
-1.6 said about
-1.2 said it
-1.2 said so
3.2 said you'd
1.5 sales role
1.2 same day
3.2 same question
-2.0 sample
-1.4 sat
2.3 save
1.5 save you
-1.4 saved
1.3 savings
-1.2 say this
1.5 says a
-1.2 scenario
-2.4 scheme
-1.6 schools
-1.4 science
-1.4 screening
-1.4 seasons
2.9 second gentle
1.3 seconds
-2.1 section
3.4 see if
1.7 see whether
1.4 seems
1.5 seems a
1.5 seen it
-2.1 send it
-1.2 send over
1.5 senior planning
-2.6 sense
-2.2 sense of
1.3 sent
3.2 sent a
-1.2 sepsis
-1.2 session with
-1.2 set out
-1.2 set up
-1.7 settles in
1.2 seven
1.5 seven weeks
2.3 shall
2.1 shall be
-1.4 share
-2.0 share any
-1.7 share on
-1.4 share where
-1.4 she's
3.2 shift at
-1.4 shift on
-1.9 short
-1.4 short call
-1.6 short contract
-2.1 short note
-1.2 short notice
-1.6 should a
-2.0 should be
3.4 should i
2.9 should keep
-1.2 should know
1.8 should mention
-1.2 should the
-1.4 should you
1.5 show more
-1.4 side i
2.3 sign
2.9 sign with
-1.4 signed
3.4 signing
2.9 signing with
4.8 silence
2.9 silence as
3.6 silence is
3.4 silence that
-1.5 similar
-1.6 similar post
-1.7 similar roles
1.4 simple
2.9 simple yes
1.5 simply because
-1.4 simply wanted
1.5 since i
2.9 since long
3.2 since march
1.3 since my
1.3 since the
1.5 since you
-1.2 sincere
1.3 sir
1.6 sir i
2.9 site and
1.8 site engineer
-1.7 site visit
-1.6 sites
-1.4 sitting my
1.8 situation
-1.8 six months
1.5 six weeks
-1.7 six years
1.3 slots
3.2 so any
-1.2 so clearly
1.4 so i'll
1.1 so i'm
2.1 so long
1.5 so many
1.5 so please
-1.4 so quickly
3.2 so unless
1.8 so we
-1.2 some of
3.4 someone else
-1.2 someone to
2.9 something by
1.8 something else
-1.4 something similar
1.6 soon
2.9 soon as
2.4 sooner
1.8 sooner than
-1.6 sorry it
-1.4 sorry not
-1.6 sound
-2.3 sounds
-1.8 sounds like
3.7 spam
-1.2 speak again
1.5 speak to
-2.1 speak with
-2.0 speaking with
1.4 speed
-1.8 spent
-1.6 spent with
-1.2 splits
-1.1 spoke
-1.4 spoke i've
-1.2 spoken
-1.2 sponsorship
1.5 st luke's
-1.2 stages and
-1.2 stakeholder
-1.6 stand with
-2.1 standard
-2.0 stands
-1.2 start at
-1.2 start dates
-1.6 start on
-1.2 starters
-1.4 state
-1.4 station
1.3 status
3.2 stay available
-3.1 stay in
-1.2 stay the
1.8 stays
-1.3 step
-1.4 step for
2.9 still awaiting
3.2 still here
1.7 still interested
1.3 still my
3.2 still nothing
1.3 still really
-1.8 still the
4.0 still waiting
3.4 still want
3.8 stop
-1.2 straight away
1.6 strength
3.2 strength of
-1.2 strengthen
-2.3 strong
-1.6 stronger
-1.2 struck
-2.1 student
-1.6 students
-1.6 subject re
-1.8 success
-1.2 success with
-1.6 such
-2.6 such as
-2.0 suit me
-2.5 suitable
-1.6 suits
-1.4 suits me
-1.8 suits the
-1.6 suits you
-1.4 summary
-1.6 supervisor position
-1.2 supplier
-1.7 suppose
1.5 sure i
2.0 sure you
1.8 sure you'll
3.8 surely
2.9 surely a
1.5 surgery
-1.8 surprise
-1.2 survey
1.5 survived
1.5 survived the
3.4 suspense
3.4 swamped
1.5 swindon
-1.7 system
-1.6 system and
-2.1 systems
2.9 table and
-1.6 take a
-1.4 take calls
1.2 take it
1.5 take me
1.5 take this
1.6 take time
3.2 take to
-2.0 take up
-1.2 taking a
1.8 talk it
-1.8 talk through
-1.2 talked
2.1 talks
1.5 talks so
1.5 task i
1.5 tasting menu
-1.6 taught
-1.4 teach
-1.3 team and
-1.2 team every
-1.2 team expects
-1.2 team hoped
-1.4 team of
-1.4 team on
-1.4 team was
-1.2 team works
-1.2 team would
-1.5 technician
-1.6 technician role
1.8 tell them
1.6 tells
2.1 tells me
1.3 ten days
-1.2 tend
-1.2 tend to
-2.9 test
-1.4 test and
2.9 texted
1.3 th and
-1.2 th i
1.5 th instant
-1.2 th june
1.6 th of
-1.2 than anyone
-1.4 than by
-1.2 than ever
-2.5 than i
3.2 than keep
-1.4 than leave
-1.2 than most
-1.2 thanks a
-1.4 thanks very
-1.4 that a
1.2 that as
1.3 that date
-1.6 that experience
-1.8 that helps
1.3 that i'll
1.6 that i'm
-2.9 that is
2.9 that leaves
-1.2 that might
-1.2 that needs
-1.2 that on
1.5 that other
1.5 that talks
1.5 that these
-2.5 that would
2.9 that you've
-1.2 that your
-1.2 that's useful
3.2 the agency
-1.6 the analytics
1.5 the answer
-1.4 the article
-1.6 the atr
-1.6 the audit
-1.4 the backend
3.2 the ball
-1.4 the band
-1.2 the barista
-1.2 the big
1.5 the careers
-1.2 the challenges
2.9 the clock
-1.2 the committee
-1.2 the commute
1.5 the content
-1.8 the county
-1.4 the credit
-1.2 the current
-1.1 the customer
1.5 the desk
-1.2 the detailed
-2.6 the discussion
-1.6 the district
2.9 the earliest
1.8 the effort
-1.2 the electrical
-1.2 the expansion
-1.2 the experience
-1.2 the facilities
-1.2 the figures
-1.2 the financial
1.5 the firm's
-1.2 the floor
3.4 the fourth
-2.6 the future
-1.2 the garden
1.3 the general
-1.7 the ground
1.5 the hardest
-1.2 the harvest
-1.4 the hiring
-1.7 the hospital
-1.7 the housing
1.2 the hr
-1.2 the idea
-1.6 the interest
-1.6 the interviews
-1.2 the laboratory
2.3 the latest
1.5 the least
-1.8 the line
1.5 the lobby
-1.1 the logistics
2.6 the market
-2.6 the meantime
-1.7 the middle
3.8 the moment
-2.5 the most
2.9 the name
2.9 the needful
-1.7 the northern
2.3 the offer
1.3 the on
-2.9 the one
1.5 the paperwork
-1.7 the past
-1.4 the people
-1.8 the phone
-2.0 the port
-1.6 the possibility
1.8 the postdoctoral
-1.6 the practical
-1.6 the procurement
-2.2 the programme
-1.2 the public
-1.6 the region
-1.3 the regional
1.5 the registered
-1.2 the retail
1.5 the revenue
-1.7 the rota
-1.8 the search
-1.4 the season
-1.4 the second
-1.2 the session
4.3 the silence
-1.2 the standard
3.2 the strength
-1.2 the student
1.5 the surgery
-1.7 the system
1.3 the table
-1.2 the tasting
-1.2 the team's
-1.7 the test
1.5 the third
-1.2 the thoughtful
1.6 the trainee
-1.2 the trial
-1.4 the trust
-1.2 the verification
-1.4 the very
-1.2 the video
-1.7 the visit
-1.7 the volunteer
1.8 the waiting
-1.5 the warehouse
1.2 the week
2.1 the weekend
-1.2 the weekly
-2.6 the whole
-1.2 the winter
2.9 the yarn
-2.0 the year
-1.4 the youth
-1.5 their
-1.4 their first
3.2 theirs
1.5 them before
-1.2 them for
-1.4 themselves
-1.4 then i'd
-1.4 then if
-1.4 there an
-1.6 there anything
1.8 there are
-1.2 there was
-1.2 there will
-2.1 there's anything
2.9 there's news
-2.1 there's no
1.2 these things
-1.1 they
-1.6 they are
-2.2 they have
-1.2 they've
-1.6 thing i
3.2 things along
1.1 things are
2.1 things take
1.5 things to
3.6 things up
2.5 think a
-1.3 think i
-1.6 think it
-1.2 think we
-1.7 thinking
-1.3 thinking about
-1.2 thinking more
1.1 third
1.5 third time
2.9 this for
1.7 this is
3.7 this long
1.3 this month
1.4 this one
-2.0 this only
1.3 this point
2.9 this puts
1.6 this so
-1.2 this spring
1.9 this to
1.5 this turns
1.6 this week
1.5 this whole
1.8 thought a
-1.2 thought about
3.2 thought an
-1.2 thought i've
-2.1 thought you
-2.0 thoughtful
1.5 three of
-1.6 three years
-1.2 through from
-2.1 throughout
-1.4 thursday <n>
2.3 thursday at
3.6 thursday so
-2.2 thursday's
-2.0 thursday's interview
-1.6 tickets
1.5 tier <n>
-1.2 time after
1.9 time i
-1.2 time is
3.2 time please
-1.6 time yesterday
-1.4 timeline for
-1.4 timeline i
1.5 timeline you
1.8 times this
-1.2 title
-3.0 to <n>
-1.4 to add
1.5 to anything
-2.8 to apply
1.5 to arrive
-2.6 to bring
-1.2 to check
-1.4 to complete
-1.1 to continue
-1.8 to contribute
-1.2 to cover
-1.1 to discuss
-1.7 to explain
-1.6 to feel
-1.5 to hearing
1.3 to hold
-1.4 to home
-1.2 to improve
-1.5 to interview
2.1 to it
1.5 to just
1.3 to kindly
1.9 to leave
-1.1 to let
3.4 to lose
2.9 to match
1.3 to me
-2.3 to mention
-1.2 to ms
1.2 to my
4.0 to plan
-1.2 to politely
-2.1 to provide
1.8 to receive
-1.2 to respond
-1.6 to rush
1.8 to save
-1.9 to send
-2.6 to share
1.5 to sign
-1.2 to step
-1.7 to support
-1.7 to take
-1.2 to teach
1.1 to tell
-2.0 to thank
-1.2 to them
1.8 to think
-1.4 to this
-1.2 to three
2.9 to treat
-1.4 to try
-1.4 to two
-2.2 to understand
-1.5 to wait
-1.6 to walk
-2.6 to withdraw
1.7 today
1.5 today and
2.9 today as
3.4 today itself
1.5 today the
2.1 told i
2.7 told my
1.5 told them
2.9 tomasz
5.0 tomorrow
2.9 tomorrow at
2.9 tonight
1.8 too long
1.9 too much
3.2 too so
-1.6 took a
1.5 took me
-1.4 took over
1.5 took that
1.8 took two
-1.2 tool
-1.2 touch again
-2.1 touch and
-1.2 tough
-1.7 trade
1.5 transfer
-1.2 translation
-1.2 transport
-1.4 travel
1.4 travelled
-1.4 travelling
1.8 treat
3.2 treat my
-1.2 treatment
1.5 treats
1.5 treats applicants
-1.4 trial shift
1.6 tried
2.9 tried your
-1.2 trip
1.2 trouble
1.3 trouble you
-1.2 trust and
1.3 trust the
1.3 trust this
1.4 trust you
2.9 trust you'll
3.4 trusting
-1.2 try to
-1.6 tuesday to
2.3 turned
3.1 turned down
1.5 turning it
1.5 twenty two
1.2 twice
1.5 twice to
1.3 two days
3.2 two emails
-1.2 two hundred
1.4 two interviews
1.3 two months
3.2 two offers
3.9 two other
-1.2 two seasons
-1.2 two to
2.9 unanswered
2.9 unanswered i
2.1 under a
2.9 under review
1.5 under three
-1.2 underground
-1.6 understand and
3.2 understand i
-1.3 understand the
1.5 understand why
-2.0 understand you
1.6 unless
1.6 unless i
2.1 unless you
1.8 unpaid
1.5 unpaid day
2.9 until a
2.2 until i
-2.0 until the
1.2 up a
1.5 up again
1.8 up and
1.2 up at
1.2 up for
-1.2 up from
-1.2 up i'd
-1.4 up the
-1.4 up with
3.2 update at
3.4 update me
-1.8 update you
-1.6 updated timeline
-1.6 upfront
2.8 urgent
3.2 urgent i
3.8 urgently
-2.0 use
-2.5 used
-1.7 used to
-2.9 useful
-1.6 useful and
-2.1 useful for
-1.4 useful to
-1.4 ux
-2.3 vacancies
1.1 vacancy
-1.7 valid
-1.6 valid until
-1.5 value
-1.7 value any
-2.0 valued
-1.2 verification
-1.2 very busy
-2.4 very glad
-2.3 very happy
2.9 very hard
-1.2 very helpful
-1.4 very pleased
3.2 very soon
-1.1 video
1.5 visa runs
-1.8 visit to
2.6 voicemail
-2.5 volunteer
-1.2 volunteer coordinator
-1.4 volunteers
-2.1 wait to
-1.4 wait until
2.9 waiting
3.2 waiting as
2.8 waiting for
1.4 waiting on
3.6 waiting since
3.6 waiting to
-1.1 walk
-1.2 walk me
3.6 want me
-1.2 wanted
-1.2 wanted to
-1.8 wanted you
1.2 wants
1.5 wants to
-1.4 was about
-1.2 was actually
1.5 was brought
-1.4 was genuinely
-1.3 was good
-1.2 was hoping
-1.2 was in
-1.6 was kind
-1.6 was my
-1.2 was sorry
1.5 was surprised
-3.3 was the
2.2 was told
-1.3 was very
-1.8 way i
1.5 way of
3.9 way or
1.5 way so
2.1 ways
2.1 we are
1.8 we might
-1.2 we moved
-1.6 we talked
2.1 we'll be
-1.2 we're
-1.2 weakness
-1.2 website
-2.1 wednesday about
2.9 wednesday at
-2.1 week about
1.3 week as
1.5 week i
3.4 week until
-1.2 week with
2.9 week without
3.2 week would
-1.2 weekday
1.5 weekend
-1.4 weekly
1.3 weeks ago
-1.3 weeks since
1.2 weeks so
2.1 weeks to
-1.3 welcome
-1.4 welcome any
-1.7 welcome hearing
-1.2 welcome it
-1.6 welcome the
-1.7 well as
1.8 well in
-1.2 well organised
-1.2 went from
-1.2 went well
-1.2 were a
-1.2 what
-1.2 what a
-1.6 what i
2.9 what i'll
-1.4 what it's
-1.2 what the
-2.0 what you
1.5 whatever your
3.7 whatsapp
2.9 whatsapp in
1.5 when a
-1.4 when convenient
2.9 when deciding
-1.7 when i
-1.2 when we
-2.6 when you
-2.5 whenever
-1.6 whenever you
-1.7 where my
2.8 whether i'm
2.9 whether i've
1.5 whether something
-2.3 whether there
-2.0 whether you
1.5 which i've
1.8 which made
-1.7 which was
1.3 whichever
-1.2 while i
-1.6 while i'm
1.3 while since
1.8 while waiting
-1.2 while you
-2.1 who has
-1.4 whole panel
2.9 will accept
-1.2 will change
3.2 will drop
2.9 will finally
2.9 will give
1.2 will keep
1.8 will need
3.2 will understand
-1.2 wind
1.3 window
-1.7 winter
-2.4 wish
-2.3 wish the
-2.6 wish you
-1.4 wish your
-1.4 wishing
-1.4 wishing you
1.8 with all
1.2 with another
-1.2 with interest
-1.2 with it
-1.2 with limited
-1.8 with me
2.9 with never
1.5 with no
1.4 with respect
3.2 with someone
2.6 with them
-1.2 with what
-1.6 withdraw from
1.6 withdrawing
1.5 within
1.6 within a
1.8 within the
2.7 without a
1.5 without the
-1.4 won
1.2 won't
2.0 won't be
1.5 wonder how
2.1 wondering
1.5 wondering why
1.6 word
2.9 word is
1.3 work for
-1.2 work in
1.5 work is
-1.2 work together
-1.1 worked
-1.6 worked with
1.8 working days
-1.8 working with
-1.4 worry about
1.5 worth it
-1.4 would a
-1.2 would also
1.9 would appreciate
2.6 would hear
-1.8 would help
2.2 would mean
-1.2 would most
2.9 would move
-1.2 would much
-1.2 would only
-1.2 would prefer
2.5 would rather
1.8 would simply
-2.0 would suit
2.9 would take
-1.2 would want
-1.9 would welcome
-1.6 would you
2.4 writing about
3.8 writing again
2.9 writing by
-1.2 writing just
-1.2 writing only
2.9 writing regarding
-1.3 writing to
3.2 written to
2.9 yarn
-1.1 year
-1.4 year <n>
-1.8 year i
-1.2 year so
-1.4 year's
-1.5 years
-1.7 years at
-1.4 years i
-1.2 years on
-1.2 years running
3.2 yes
4.0 yes or
-1.1 yesterday for
2.9 yet received
-1.4 you about
2.9 you advertise
-1.2 you all
-3.2 you asked
-1.6 you be
1.3 you before
2.6 you but
3.7 you by
1.1 you can
3.2 you come
3.4 you confirm
1.9 you could
2.1 you did
-1.7 you ever
-2.1 you expect
2.1 you get
2.9 you haven't
-1.6 you hoped
1.4 you i
1.6 you is
1.5 you just
1.2 you let
-1.1 you mentioned
-2.3 you might
3.4 you must
-2.0 you need
2.9 you note
2.4 you on
-1.2 you plan
3.4 you please
1.5 you promised
-1.4 you should
1.8 you so
-1.2 you taking
-1.6 you tell
-1.7 you took
3.8 you understand
2.5 you want
-1.4 you when
1.9 you won't
1.3 you would
-1.7 you'd like
2.4 you'll
3.2 you'll be
2.9 you'll understand
3.4 you're not
2.0 you've
3.2 you've decided
3.4 you've gone
2.9 you've seen
2.7 your answer
2.9 your assistant
1.5 your busy
1.9 your call
-1.7 your candour
2.9 your chance
1.6 your colleague
3.2 your company's
3.2 your court
1.5 your decision
-1.2 your description
3.4 your desk
3.6 your earliest
-1.2 your explanation
-1.2 your file
3.4 your final
-1.6 your honesty
1.5 your hotel
2.1 your hr
1.6 your inbox
2.1 your interview
-1.2 your mail
-2.0 your message
3.4 your mind
-2.1 your new
3.4 your offer
2.0 your office
-1.7 your patience
-2.7 your planning
-1.2 your plans
-1.2 your pune
-2.3 your question
-1.7 your records
1.5 your regional
2.3 your reply
-1.8 your role
1.5 your second
3.2 your silence
-1.6 your timing
-1.4 your work
-1.6 youth
""",
)
