"""The readings of tone, learned from tests/corpus/ by scripts/train_readings.py: do not edit."""

from checker.rules._reading import Reading

BLAME = Reading(
    17.1,
    """\
-1.4 <n>
-2.7 <n> <n>
-1.2 <n> august
-1.9 <n> february
-1.0 <n> hours
-1.0 <n> in
-1.2 <n> july
-1.4 <n> june
-2.3 <n> may
-1.5 <n> november
-2.0 <n> october
-1.2 <n> per
-1.6 <n> rd
-1.6 <n> september
-1.7 <n> th
-1.1 <n> to
1.5 a big
2.2 a bit
1.7 a box
1.7 a certain
1.2 a chance
3.2 a company
0.9 a conversation
-1.0 a copy
1.5 a day
3.6 a day's
-1.8 a decision
0.9 a fair
3.2 a fifty
3.2 a form
3.2 a formality
-1.0 a fortnight
1.1 a full
1.7 a head
0.9 a job
-1.2 a line
-0.9 a lot
2.1 a master's
3.4 a mistake
-1.4 a moment
-1.4 a more
1.0 a no
3.4 a person
-1.2 a position
3.4 a presentation
-1.2 a project
2.3 a proper
-2.3 a quick
1.7 a request
3.2 a saturday
0.9 a senior
1.8 a shame
-2.6 a similar
-1.2 a simple
-1.9 a small
-1.0 a start
1.2 a strong
1.8 a surprise
3.2 a templated
1.8 a third
1.7 a three
1.7 a time
1.7 a two
3.8 a waste
1.2 a well
1.5 a word
-1.2 a year
-1.0 a yes
1.7 aberdeen
-1.4 about a
1.7 about any
1.7 about future
1.7 about other
0.9 about remote
0.9 about this
-1.2 about three
-1.0 about two
1.2 about what
3.2 about whether
1.2 above
1.2 above the
1.7 absolutely
1.7 absurd
2.0 accept the
0.9 accepted an
-1.0 account manager
-1.2 account of
1.2 accountant position
-1.4 accountant role
1.2 accounts and
-1.0 acquisition
0.9 across three
2.3 acting
3.2 acting manager
1.3 actually
1.7 address
1.0 admit
1.7 admit i
1.7 admit it
1.7 admit the
2.4 advert
2.5 advertisement
1.7 advice
1.5 afraid
1.2 after a
2.3 after four
-1.0 after hearing
1.7 after my
-1.4 after our
-1.2 after that
0.9 after the
2.7 after three
-1.6 afternoon about
2.1 again as
-1.0 again for
-1.0 again if
-1.0 again to
1.2 again when
1.9 against
3.4 against me
3.2 against you
1.2 agency
-1.0 agreed to
-1.4 ahead
-1.0 aid
3.2 all along
0.9 all came
-1.0 all is
1.1 all the
2.1 allow
1.2 almost
-1.2 alone
1.1 along
0.9 alongside
1.7 alongside your
1.7 already in
1.7 already knew
-1.2 already knows
1.7 already on
-1.6 also
-1.9 also appreciated
-1.4 although i
3.2 although i'd
1.6 always
1.5 always going
-0.9 am
-1.0 am confident
-1.9 am disappointed
-1.1 am following
-2.0 am happy
-1.4 am keen
1.7 am not
-1.0 am now
-1.2 am sad
-1.4 am the
-3.5 am very
1.7 an asset
1.7 an assistant
2.3 an explanation
2.7 an hour
1.5 an interesting
1.8 an internal
3.2 an odd
-1.0 an updated
-1.0 analysis
-0.9 analyst
-1.0 analyst interview
-1.6 analyst position
-1.0 and <n>
1.0 and a
-1.0 and about
-1.2 and again
-1.8 and best
-1.2 and could
1.2 and cut
1.7 and drove
1.7 and got
3.4 and had
-1.6 and happy
-1.5 and have
1.0 and he
-1.5 and hearing
-1.1 and hope
-2.3 and i've
-1.0 and learned
-1.7 and look
1.2 and most
-1.7 and mr
-1.0 and mrs
2.7 and nobody
-1.4 and one
-1.2 and our
-1.2 and seeing
1.4 and then
-1.1 and they
-1.2 and they've
2.0 and two
1.7 and was
1.2 and when
1.7 another applicant
-1.0 another employer
-1.5 another firm
-1.2 another offer
1.7 answer about
-1.6 answer any
1.7 answer before
-2.3 answer by
0.9 answered
1.1 answers
3.2 answers short
-1.0 any
-1.0 any chance
-1.9 any feedback
-2.6 any further
-2.6 any news
1.2 any other
-1.4 any pointers
3.4 any real
-1.0 any time
1.9 anyone
3.2 anyone could
1.7 anyone on
3.2 anyone to
3.4 anyone who
-2.5 anything further
3.2 anything i
-1.0 anything more
-1.4 anything similar
-1.0 anything suitable
-1.0 anything you
1.4 anyway
1.0 apart
1.7 apart from
-1.4 apologies
-1.2 apologies if
1.2 apology
-1.0 appeals
-1.0 appeals to
2.6 applicants
2.1 applicants and
1.7 application and
3.2 application was
1.2 applications
1.2 applied
1.7 apply for
-1.0 applying for
1.2 appointment
-1.1 appreciate the
-1.4 appreciate you
-1.0 appreciate your
-1.3 appreciated
-1.0 appreciated hearing
-1.7 appreciated how
-1.0 appreciated learning
-1.2 appreciated that
-2.1 appreciated your
-1.7 apprenticeship
1.2 approval
-1.0 architect
-1.4 are able
-1.4 are keeping
1.2 are not
-1.9 are well
-1.0 area
1.7 argue
-1.0 around
-1.0 arrange
1.0 arrived
2.1 as if
1.7 as much
-1.8 as my
1.7 as one
3.2 as open
0.9 as the
2.1 as they
1.2 as though
-1.0 as you
-1.0 ask for
-1.0 ask if
1.2 ask me
-0.9 ask whether
1.5 ask you
-0.9 asked about
1.6 asked me
-1.0 asked what
-1.2 asked whether
1.2 asking
3.2 assessed
1.4 assessment
1.5 assessment centre
1.2 assessment day
2.3 assessors
1.7 asset
-1.0 assistant position
-2.0 associate
1.1 assume
1.5 assume the
1.7 assuming
2.5 assured
2.3 assured me
-1.0 at <n>
-1.0 at al
-1.0 at all
-1.0 at another
-1.0 at brightwater
1.7 at harrowgate
-1.0 at interview
2.0 at least
1.7 at saigon
-1.6 at st
1.2 at two
1.7 attached my
-1.8 attached the
1.2 attend the
-1.6 attended
-1.2 attended the
2.4 attention
1.7 attention of
3.2 attitude
-1.2 august
-1.2 authority
2.5 automated
-2.2 available
-1.2 available for
-1.5 award
-1.4 awards
-1.4 away even
1.2 away with
0.9 back for
1.7 back i
-1.0 backend engineer
-1.4 backlog
1.7 backup
1.2 bar
1.7 bar for
-1.5 base
-1.2 based
2.3 basis
-1.4 be able
1.7 be bringing
1.5 be honest
-1.2 be honoured
-1.0 be joining
-1.2 be keen
1.2 be kept
3.2 be marked
-1.4 be moving
1.0 be open
-1.4 be part
1.7 be told
-2.2 be useful
-2.1 be very
-1.2 be willing
-1.0 be working
2.5 be worth
1.7 bear
2.1 became
0.9 because it
1.2 because the
1.7 become
-1.9 been about
2.3 been filled
1.2 been in
1.7 been invited
2.1 been kind
1.0 been made
3.2 been moved
-1.4 been offered
-1.9 been thinking
3.2 before anyone
1.3 before i
1.6 before the
-2.2 before then
1.5 before we
2.8 beforehand
1.7 beginning
-1.2 being open
0.9 being straight
3.6 being told
1.2 believe
1.7 believe it
1.8 believe that
2.3 believe the
1.2 beneath
1.0 best to
2.1 best way
-1.8 best wishes
-1.5 better for
3.2 better from
3.4 biased
0.9 big
1.4 bit
3.2 bit more
-1.0 blocks
-1.0 blow
1.7 board every
1.7 booked
-1.2 booking
-1.0 bookkeeper
-1.0 border
3.2 both have
1.2 both of
1.2 box
1.5 brand
0.9 brewer
1.2 brief was
-1.0 brightwater
-1.7 bring
-1.7 bring that
-1.4 bring the
1.2 bringing
0.9 bristol
-1.7 build
-1.2 built
-1.0 business analyst
1.2 but that
2.3 but you
-2.2 by <n>
1.7 by a
1.2 by email
-1.0 by monday
-1.0 by name
-1.6 by thursday
1.2 calendar
1.2 call is
2.1 call to
3.2 call was
1.7 call yesterday
-1.9 calling
-1.2 calling me
1.2 calls
-1.2 calm
1.7 came back
1.2 can be
1.7 can do
1.2 can imagine
-1.0 can move
-1.0 can offer
-1.0 can provide
0.9 can see
-1.7 can send
-1.0 can speak
-1.0 can work
1.7 cancel
1.7 cancelled
1.7 candidate
3.8 candidate experience
1.7 candidate would
1.7 candidate's
2.0 candidates
3.6 candidates are
3.2 candidates i
2.1 candidates know
1.7 candidates who
1.7 candidates with
-1.4 candour
-1.2 candour about
-1.2 cannot
-1.0 care you
-1.9 career
-1.0 careful
-1.5 case it
1.0 case study
1.2 case you
1.8 catch
-1.4 cent
-1.2 certain that
1.5 certainly
-1.2 certificate
-1.5 challenge
-1.2 challenges
-1.0 chance of
1.7 chartered
-1.0 chat about
-1.9 check in
0.9 checked
-1.5 checking
-1.3 checking in
1.2 cheers
1.2 cheers for
-1.0 chef position
1.7 children
-1.0 children's
-1.4 choice and
-1.0 choice so
2.2 chose
1.2 chosen
-1.0 churn
-1.0 claims
1.2 clarify
-1.4 class
-1.0 clear about
-1.0 clear picture
1.2 clear the
-1.0 clearer picture
1.1 clearly
-1.5 client
-1.8 clients
-1.2 clinics
2.3 clock
1.2 closely
-1.0 cloud
1.7 co op
1.8 code
-1.8 coffee
-1.0 cold chain
2.5 colleague
-1.7 colleagues
-1.0 college
0.9 come across
-1.4 come in
1.5 come to
-1.0 comfortable
1.7 coming back
1.7 communicated
1.7 communicated to
0.9 company
3.9 company that
1.7 competitors
-1.0 complete sense
-2.1 completely
-1.6 completely understand
1.7 conclude
-1.0 concrete
-1.0 conference
0.9 confess
0.9 confess i
-0.9 confident
1.7 confusion
1.2 congratulations
2.1 congratulations on
1.0 congratulations to
-1.0 connection
-1.4 conservation
1.7 consider
1.2 considered again
-1.1 considered if
2.1 construction
0.9 consultant
-1.5 content
-1.0 contract
-1.6 contribute to
-1.2 controller role
-1.0 convenience
-1.4 conversation about
-2.0 conversation on
-1.2 conversation this
1.7 conversation was
0.9 conversation with
-1.0 conversation yesterday
-1.7 conversations
1.7 convinced
3.2 convinced the
2.1 copied
-1.6 copy
-1.0 copywriter
-1.0 cork
1.7 corvid
1.8 cost
3.2 could both
1.5 could have
-1.6 could start
1.2 could tell
2.7 couldn't
2.3 couldn't help
1.8 count
3.4 count against
1.7 count for
1.7 countries
2.1 counts
3.2 counts for
-1.8 county
-1.7 course but
-1.5 course i
3.4 courted
3.2 courteous
0.9 courtesy
2.1 covers
-1.7 credit
-1.2 credit risk
1.0 criteria
2.3 culture
2.1 cup
1.7 curiosity
-2.3 current
-1.4 current employer
-1.2 current job
-1.0 current role
-1.0 customs compliance
1.2 cutting
1.1 cv
3.2 cv before
-1.4 cycle
-1.0 daily
0.9 dashboard
1.2 day and
2.1 day but
3.2 day off
2.1 day was
3.6 day's
3.4 day's leave
2.3 days and
1.7 days so
-1.0 days to
-1.6 deadline
1.7 deal of
-1.2 dear ms
-1.2 december
-1.4 decide
-1.5 decide by
-1.0 decision about
1.7 decision as
-1.9 decision by
-1.2 decision on
1.7 decision to
2.7 decision was
-1.2 decision within
-1.5 decisions
1.7 deepa
1.8 degree
-0.9 delighted
-0.9 delighted to
-1.0 delivered
0.9 depth
1.2 deputy
1.7 deputy stage
-1.2 described is
1.7 described to
-1.5 description of
3.4 deserve
3.2 deserve to
-1.0 design engineer
-1.0 desk
-1.2 detailed
-1.0 details on
-1.5 developer
-1.4 diary
1.2 did
1.5 did enjoy
3.2 did feel
3.2 did notice
1.3 didn't
3.8 differently
1.2 difficult
3.8 difficult to
-1.5 digital
-1.0 dinner
-1.0 direction
-1.0 director of
-1.0 disappointed but
-1.7 disappointed i
-1.8 disappointed of
-1.0 discharge
-1.2 discuss
-1.0 discuss the
-1.2 discussed on
1.7 discussed which
-1.0 discussing
-1.0 discussing the
-1.9 discussion about
0.9 dispatch
1.0 do
1.7 do a
2.8 do hope
1.7 do if
1.7 do let
2.3 do still
2.1 do with
3.4 do wonder
1.2 do you
-1.0 documents
2.3 does
2.3 does not
1.4 doesn't
-1.0 doing and
2.3 don't believe
-1.4 don't hear
1.5 don't hold
-1.6 don't want
3.2 don't worry
1.7 door
1.1 doubt
1.7 doubt anyone
0.9 down for
1.5 down on
0.9 down the
-0.9 dr
-1.0 drive
-1.2 driver
-1.0 driving
-1.4 drop
1.7 drove
-1.2 due
1.2 each of
1.2 each other's
2.1 each stage
-1.5 eager
-1.5 eager to
-1.2 earliest
-1.5 early
1.7 earned
-2.1 easier
-1.0 easier to
1.2 edge
-1.0 editor
0.9 effort
1.1 eight
2.3 eight years
-1.2 eighteen
-1.2 eighteen months
0.9 eleven
3.2 eleven hours
1.5 else in
1.0 email
1.7 email regarding
1.7 email that
-1.4 emergency
1.2 empty
-0.9 end of
-1.2 ends on
-1.0 energy
-1.4 engineer role
3.2 engineering and
1.8 english
-1.5 enjoyable
-1.9 enjoyed learning
2.3 enough
1.7 enough for
-2.4 enthusiastic
-2.4 enthusiastic about
-1.0 error
-1.2 especially
-1.2 especially after
1.0 even if
-1.5 even keener
-2.8 even more
-1.0 even though
-1.0 even with
-1.0 every day
3.2 every question
-1.0 every week
3.2 everyone else
1.2 everything
1.7 everything i
3.6 evidently
1.2 ewm
1.7 exactly how
1.0 exactly what
-1.7 exam
-1.0 example
-0.9 excited
-0.9 excited about
1.2 exercise and
0.9 exercise was
1.2 expect a
-2.3 expect to
1.0 expected
3.2 expected better
1.1 experience
3.2 experience counts
1.2 experience in
2.3 experience of
3.4 experience than
1.1 explain
-1.2 explain the
1.0 explained
-1.0 explaining that
3.2 external
3.2 external applicants
0.9 eye
-1.0 facilities
-1.0 facility
1.5 fact
-1.2 fair and
1.2 fair to
-1.2 fairly
1.7 far more
-1.0 farmer
0.9 fast
2.1 fault
-1.1 february
0.9 feedback about
1.2 feedback i
-1.2 feedback on
1.0 feel
3.2 feel i
-1.0 feel obliged
2.9 feel the
-1.5 feel very
0.9 feeling
1.1 felt
1.2 felt like
-1.7 few minutes
1.2 fifteen
0.9 fifteen years
3.6 fifty
3.2 fifty three
1.0 figure
2.0 filled
1.0 final
1.1 final round
1.5 finally
-1.3 finance
1.3 find
2.9 find it
1.7 find out
1.2 find the
2.3 finding
-1.7 finds
-1.7 finds you
2.0 finish
1.2 finished the
-1.0 finishing
-2.3 first choice
1.7 first five
1.2 first interview
-1.0 first of
-1.5 first year
-1.0 fit around
-1.2 fits
1.3 five
2.0 five minutes
2.7 five weeks
-1.0 fleet planning
-1.4 flexible
-1.2 flood
1.2 flow
2.5 followed
3.2 followed up
-1.0 following
-1.2 following my
-1.4 following the
-0.9 following up
1.7 follows
-1.2 for <n>
1.0 for another
-2.8 for any
1.7 for both
-1.6 for calling
1.7 for eleven
-1.6 for explaining
1.5 for getting
1.0 for informing
-2.6 for interviewing
-1.0 for meeting
3.6 for more
2.1 for most
-1.6 for my
-1.2 for next
1.2 for nothing
-1.4 for on
0.9 for one
3.2 for other
-1.0 for our
-1.0 for passing
2.1 for running
1.5 for similar
1.7 for so
-1.4 for telling
2.5 for that
-1.5 for thursday's
-1.0 for today
2.1 for twenty
1.2 for what
-1.2 for which
1.5 forgive
1.7 forgive the
1.2 forgotten
-1.0 forklift
3.2 form letter
3.2 formality
-1.2 format
-1.0 former
2.1 forty minutes
-0.9 forward
-1.1 forward to
3.6 four rounds
3.6 four times
-1.6 four weeks
1.7 fourteen
1.7 fourth time
-1.4 frank
1.8 frankly
2.1 frankly i
1.7 frankly the
1.2 frankness
1.2 free to
-1.0 freelance
-1.7 friday <n>
-1.0 friday so
-1.0 friday the
1.2 friendly
-2.3 from <n>
1.3 from a
-1.0 from about
-1.6 from another
-1.9 from me
-1.0 from our
1.2 from someone
3.4 from what
1.7 from where
-1.3 from you
1.4 from your
1.0 front
0.9 front of
-1.4 full picture
-1.2 fully respect
1.2 fun
0.9 funeral
-1.9 further
-1.6 further documents
-1.0 further information
-1.2 further questions
-1.5 further you
-1.0 future i
-1.0 future opportunities
3.2 future rounds
2.0 future vacancies
1.7 galway
1.2 game
-1.0 gap in
1.2 gap was
-1.2 gave a
-1.0 gave the
0.9 general
1.7 general manager
-1.0 generous
2.2 gently
1.7 gently point
3.2 gently say
3.2 gently suggest
1.2 genuinely like
1.8 get a
-1.4 get back
0.9 get in
-1.0 get it
0.9 getting
1.2 getting back
-3.0 give
-1.8 give me
-1.2 give my
-1.2 give you
1.4 given
1.2 given how
3.2 given it
0.9 given that
-1.2 giving
3.4 glassdoor
3.2 go over
-1.5 goes
1.2 going through
1.0 going to
0.9 gone to
1.2 gone with
-1.0 good deal
3.2 good luck
-1.2 good news
-1.2 good start
1.7 good summer
1.2 got
1.2 got a
1.2 got the
1.5 got to
2.1 gracious
3.2 gracious about
1.2 graduate trainee
-1.7 grants
-1.0 grants officer
1.7 great surprise
-1.4 great to
0.9 ground running
0.9 group
2.0 group exercise
-1.2 guessing
1.1 had
1.7 had an
3.4 had anyone
2.2 had been
1.7 had clearly
1.0 had hoped
2.1 had in
-1.2 had really
1.7 had that
1.4 had the
3.2 had their
1.2 had to
1.7 had two
1.7 hadn't
1.7 hadn't realised
1.0 half
3.2 half an
1.5 half the
-1.0 handle
1.4 handled
0.9 handled the
1.6 hands
2.1 hands on
-1.0 happens
-1.0 happy
-0.9 happy to
1.9 hard
4.0 hard not
2.1 hard to
-1.2 harder
1.7 harrowgate
1.2 has a
-1.4 has asked
-1.0 has offered
-1.0 has said
-1.4 has stayed
0.9 has told
-1.4 hasn't
1.2 hate for
1.2 haulage
-1.1 have a
-1.0 have also
1.2 have any
1.5 have done
-1.0 have got
-1.4 have had
-1.7 have it
1.8 have liked
-1.5 have made
2.3 have passed
2.1 have prepared
1.7 have read
-2.0 have received
3.2 have saved
1.0 have spent
1.6 have to
-1.4 have worked
2.1 having now
1.3 he
0.9 he would
-1.0 heading
1.7 hear anything
-1.7 hear how
-1.9 hear it
1.8 hear of
0.9 heard
2.1 heard it
-2.0 hearing from
-0.9 hearing how
-1.8 held
-1.2 held on
-1.1 help me
2.3 help noticing
-1.6 help with
-1.6 helpful
-1.2 helpful for
-2.0 helps
2.3 her
-1.2 here is
1.7 hide
1.2 him
1.6 hire
1.7 hire for
2.1 hiring
3.9 hiring manager
2.3 hiring process
1.6 his
3.2 his phone
0.9 history
0.9 hit
0.9 hit the
-1.2 hold a
1.5 hold the
-1.2 holding
-1.0 holidays
1.2 home task
1.2 honest i'm
1.5 honest with
1.8 honestly i
-1.6 honesty
-1.0 honesty about
-1.2 honoured
-1.0 honoured to
1.0 hope that
-1.5 hope to
3.2 hope whoever
-0.9 hope you
0.9 hope you'll
-1.6 hope you're
1.7 hoped the
-2.1 hoped to
-1.5 hoping
-1.9 hoping to
2.1 hour
1.7 hour with
2.5 how a
3.2 how closely
0.9 how i'd
0.9 how it
2.3 how long
1.8 how many
1.2 how my
-1.0 how openly
1.2 how seriously
2.1 how they
2.5 how this
1.2 hr
3.2 hr manager
0.9 hub
1.7 humbly request
-1.0 hurry
-1.0 hyderabad
2.2 i accept
1.7 i actually
-0.9 i am
-0.9 i appreciate
-1.0 i appreciated
1.2 i ask
1.2 i asked
2.1 i assume
-1.2 i attended
-1.7 i came
-1.5 i completely
2.3 i couldn't
1.5 i did
1.8 i do
1.4 i doubt
1.4 i expected
1.2 i feel
3.1 i find
-1.6 i fully
1.2 i hadn't
0.9 i handled
-1.2 i hold
1.2 i humbly
1.7 i intend
-0.9 i interviewed
1.2 i kept
-2.2 i learned
-1.5 i led
-2.1 i loved
-1.3 i mentioned
1.2 i met
-2.4 i need
-2.1 i noticed
0.9 i only
-1.0 i passed
1.5 i plan
2.5 i prepared
2.1 i put
-1.2 i realise
-1.0 i realised
1.5 i received
-1.0 i reckon
1.2 i respect
1.0 i saw
1.7 i see
2.0 i sent
-1.0 i shall
-1.0 i simply
3.2 i spent
-1.5 i stand
1.1 i still
2.0 i suppose
1.4 i suspect
1.2 i take
1.0 i think
-1.3 i thought
1.5 i told
1.6 i took
-1.2 i valued
1.2 i waited
-1.2 i want
-1.7 i wanted
1.8 i wasn't
0.9 i went
2.0 i wish
-1.0 i wondered
1.7 i'd ask
-1.0 i'd check
1.7 i'd come
-1.5 i'd enjoy
3.2 i'd finished
3.6 i'd gently
1.0 i'd hate
2.5 i'd have
-1.5 i'd just
-1.4 i'd love
-1.0 i'd most
-1.0 i'd much
1.1 i'd still
-2.1 i'd very
-1.0 i'll give
-1.2 i'll have
3.2 i'll just
1.5 i'll leave
-1.0 i'll need
1.2 i'll take
1.5 i'll try
1.5 i'm afraid
1.7 i'm assuming
-1.2 i'm aware
-1.2 i'm confident
-1.0 i'm excited
-1.7 i'm following
-1.6 i'm grateful
-1.0 i'm guessing
-1.0 i'm most
1.2 i'm not
1.7 i'm now
-1.7 i'm really
1.7 i'm starting
1.2 i'm sure
-1.0 i'm taking
-1.2 i'm the
1.2 i'm told
-1.6 i'm very
1.2 i've accepted
-1.6 i've already
3.2 i've given
-1.6 i've had
1.2 i've heard
-1.7 i've received
1.7 i've since
1.7 ideas
-1.0 if i've
-0.9 if it
1.2 if not
1.7 if someone
1.5 if something
-1.0 if that's
1.1 if the
-1.5 if there
0.9 if this
-1.9 if you're
1.2 imagine how
-1.0 imagine the
1.7 important
3.4 impression
-1.2 improve
-1.4 in <n>
-1.2 in about
-1.2 in any
-1.7 in case
-1.2 in early
2.1 in fact
-1.2 in for
1.2 in front
-1.0 in joining
1.1 in mind
-1.4 in on
1.2 in reception
-1.5 in september
0.9 in their
1.2 in three
-1.4 in working
-1.0 in writing
-1.4 inbox
1.0 including
-1.0 indication
-1.0 industry
1.7 informal
1.5 instead
1.7 instead of
-1.0 instructor
1.5 intend
1.5 intend to
-0.9 interest
-1.7 interest in
-0.9 interested in
1.0 interested to
1.6 internal
2.0 internal candidate
1.2 internally
0.9 interview at
-0.9 interview for
1.7 interview i
1.7 interview in
-1.4 interview on
1.0 interview that
-1.2 interview this
2.0 interview was
-1.1 interview yesterday
3.5 interviewer
3.2 interviewer was
2.2 interviewers
-2.6 interviewing me
1.0 interviews
1.5 interviews and
3.2 interviews i
3.2 into account
1.7 into my
-1.3 into the
-1.0 introducing
-1.0 inventory
2.1 invited
1.7 invited to
1.0 is a
1.7 is about
-1.0 is all
0.9 is an
-2.1 is any
-1.4 is anything
-2.3 is exactly
3.2 is frankly
2.3 is how
-1.0 is in
1.7 is meant
-1.9 is my
1.9 is not
1.4 is now
-1.0 is possible
1.7 is rather
0.9 is simply
-2.0 is that
-2.2 is there
-1.0 is treating
-1.2 is valid
1.7 is your
1.1 isn't
1.2 isn't the
1.8 it a
1.0 it as
1.7 it could
1.7 it does
2.3 it felt
1.2 it gave
1.5 it had
2.4 it hard
-0.9 it has
-1.4 it helps
1.5 it might
-1.0 it on
-1.2 it over
2.1 it seemed
3.9 it seems
1.2 it so
1.7 it sooner
2.0 it the
-1.0 it today
1.8 it took
1.7 it usually
1.2 it well
0.9 it went
-1.5 it will
0.9 it would
1.3 it's a
-2.2 it's been
3.2 it's difficult
-1.2 it's exactly
2.3 it's hard
-1.0 it's helpful
2.2 it's worth
3.2 item
-1.0 january
1.5 job description
-1.0 job in
1.5 job is
1.2 job title
1.7 job to
3.2 job was
-1.0 jobs
-1.5 join
1.2 join a
-1.7 join the
-1.7 join you
-2.5 join your
1.5 joined
-1.5 joining you
3.4 judge
-1.3 june
-0.9 just checking
-1.2 just let
-1.0 just rather
-1.2 just sending
-1.4 just so
-1.0 just to
-1.2 just wanted
-1.0 keen
-1.2 keen and
-1.5 keen to
-2.1 keener
-1.2 keener to
1.7 keep coming
-1.0 keep following
-1.0 keep it
-1.6 keeping
-2.2 keeping well
1.2 kept in
1.2 kept my
-1.0 kind consideration
2.1 kind to
1.7 kindly keep
-1.5 kindly let
1.7 kindly note
1.7 knew
1.7 knew the
1.7 know a
1.0 know about
-1.2 know by
-1.0 know i'm
1.8 know it
3.2 know it's
-1.4 know my
-1.0 know these
1.3 know what
-1.6 know whether
2.1 know which
3.4 know why
1.2 know you
1.2 known
-1.6 laboratory
-1.0 laboratory technician
1.2 labs
3.2 lacked
-1.0 landlord
1.7 language
3.2 laptop
0.9 large
-1.4 last week
-0.9 last year
1.0 late
0.9 leadership
1.7 leading
-1.5 learned
-2.1 learned a
-1.0 learning about
-1.0 learnt
-1.0 learnt a
-1.2 lease
1.2 least
3.4 least i
-1.0 least sure
1.5 leave
3.4 leave and
0.9 leave you
2.3 leaves
1.4 leaving
1.7 leaving a
-1.6 led the
-1.2 left even
1.7 left feeling
1.3 less
1.7 less than
-2.4 let you
1.6 letter
0.9 letter about
0.9 letter of
-1.5 librarian
-1.0 librarian post
-1.4 library assistant
1.2 life
0.9 liked
2.1 liked to
0.9 limited
3.4 line email
1.7 line up
1.0 lines
1.1 link
3.2 link i
1.7 linkage
-2.1 list
1.6 listed
3.4 lists
3.2 lodging
-1.4 log
-1.0 logistics coordinator
3.8 look at
-1.0 look forward
1.7 looked
1.2 looked at
0.9 looking
3.2 looking at
1.7 looking back
1.4 looking for
-1.5 looking forward
-1.0 lose
3.2 loss
1.5 lost
-1.0 lot about
-1.5 lot from
1.2 lot of
-0.9 love to
-2.2 loved
-1.7 loved hearing
-1.2 lovely to
3.9 luck
3.2 luck with
-1.4 m
1.2 made a
1.0 made it
-1.0 made me
-1.2 made the
3.4 made up
2.0 mail
3.2 mail regarding
-1.7 make a
1.0 make sure
-1.0 makes complete
1.5 makes me
1.7 making
-1.2 manage
1.2 managed
-1.0 manchester
-1.0 mapping
1.2 mark
2.4 marked
3.2 marked down
-1.0 marketing executive
1.5 master's
1.7 master's degree
1.8 match
1.2 matched
1.8 may be
1.7 may i
-1.5 may not
1.7 may take
2.1 may want
1.2 maybe
-0.9 me a
0.9 me about
-1.7 me an
-2.2 me and
-1.2 me by
1.7 me do
3.2 me down
-1.0 me during
-1.8 me even
-1.0 me every
1.7 me how
1.5 me i
1.7 me i'll
-1.0 me if
-1.2 me keener
1.6 me more
-1.3 me on
-1.0 me over
-1.5 me such
1.3 me the
-1.7 me through
3.2 me was
-1.0 me well
2.1 me what
1.7 me without
3.4 me wonder
1.6 meant
2.2 meant to
-2.3 meantime
-1.4 meet you
-1.2 meeting with
1.0 meeting you
2.1 member
0.9 mention this
2.1 mentioned in
-1.0 mentioned my
-2.4 mentioned that
-1.2 mentioned you
-1.5 menu
3.2 merit
0.9 message
1.5 message about
0.9 message and
1.7 messages
0.9 met the
1.2 mid
1.1 might be
1.2 mind
1.2 mind for
1.0 mine
1.2 minute
1.7 minute and
1.5 minutes
-1.2 minutes at
3.2 minutes late
1.2 missed
3.2 missed what
3.4 mistake
3.4 mistake and
-1.5 mobile
-1.2 modelling
-1.0 moment
-1.7 monday
-1.5 monday about
-1.3 monday for
-1.7 monitoring
-1.4 month end
-1.6 month so
-1.0 month to
1.2 months of
1.7 more candid
-1.0 more certain
-1.0 more detail
-1.0 more eager
3.2 more hands
3.2 more in
1.2 more like
1.2 more time
-1.0 morning for
3.2 morning which
-1.0 morning's
-1.2 most excited
-1.6 most like
1.7 most of
-1.0 move forward
-1.2 move the
1.2 moving on
-1.7 mrs
-1.1 ms
1.7 much about
3.2 much as
-1.0 much clearer
-1.0 much hoping
3.2 much into
-2.8 much like
1.5 much of
-1.0 much prefer
-1.0 museum
1.2 must say
1.7 mutual
-1.9 my answer
1.6 my answers
0.9 my candidature
-1.7 my career
-1.2 my contract
-3.3 my current
1.0 my cv
-1.0 my email
1.2 my experience
-2.8 my first
-1.2 my inbox
-1.8 my interest
1.7 my job
-1.0 my landlord
-1.0 my lease
-1.6 my manager
-1.0 my nerves
-1.5 my next
-2.2 my notice
1.1 my own
-1.4 my part
-1.0 my partner
-1.5 my phone
-1.4 my present
-1.0 my previous
1.7 my reply
1.7 my scores
-1.0 my situation
1.7 my take
-1.0 my time
-1.2 my two
1.0 my work
-1.0 myself
-1.2 myself on
1.7 name is
-1.4 need
-1.4 need a
1.2 need an
-2.2 need from
-2.7 need to
-1.4 need your
3.2 needed to
1.7 needing
2.3 needs a
-1.0 nerves
-1.2 nervous
-1.9 network
1.1 never
1.2 new date
1.5 new hire
-1.0 new starters
-1.2 news
-1.0 news from
-1.8 news on
-1.0 news this
-1.2 next few
-1.2 next month
-1.0 next opening
-1.0 next spring
-1.2 next stage
-2.1 next step
0.9 next time
-1.7 next week
-1.2 next year
1.8 nice
3.4 nice to
1.7 no one
-1.0 no problem
1.7 no update
3.2 no word
2.4 nobody
3.2 nobody could
3.2 nobody on
1.5 nordvik
1.0 not
2.4 not a
3.2 not an
2.1 not been
3.6 not convinced
1.7 not enough
-1.9 not have
3.4 not how
3.2 not quite
3.2 not sure
0.9 not the
0.9 not to
-1.5 not want
3.2 not what
1.2 note that
-1.2 note to
0.9 noted
-1.0 notes on
1.5 nothing
-1.9 notice period
3.2 notice that
-2.4 noticed
-1.0 noticed my
-1.2 noticed the
2.3 noticing
2.1 noticing that
-1.7 november
1.0 now and
1.2 number of
-1.2 nurse post
-1.0 nursing
-1.2 obliged
-2.3 october
2.7 odd
-1.0 of being
0.9 of care
1.7 of curiosity
-1.0 of four
1.5 of future
1.0 of how
2.1 of interviews
-1.5 of last
-1.2 of news
2.1 of people
3.2 of silence
1.0 of that
-1.0 of them
1.5 of time
2.2 of us
-1.0 of weeks
1.2 of what
1.2 of why
1.0 of your
-1.7 offer and
0.9 offer elsewhere
-1.7 offer from
1.5 offer is
3.4 offer letter
3.2 offer one
-1.5 offered me
-1.0 office manager
-1.4 office on
1.7 officer interview
1.0 old
-1.8 on <n>
-1.0 on and
-1.0 on any
3.2 on glassdoor
1.5 on his
-1.2 on hold
-1.2 on how
1.2 on joining
1.7 on me
-1.9 on monday
3.2 on sap
1.0 on saturday
2.3 on site
-1.9 on thursday
-1.2 on timing
-1.8 on wednesday
1.2 on what
-2.1 on where
-1.6 once again
-1.4 once more
1.7 once the
-1.5 one i
1.2 one in
2.1 one so
1.4 one thing
-1.2 one way
1.8 online
1.2 only a
1.2 only because
3.2 only hope
-1.4 only one
1.7 only say
-1.4 onto
1.7 op
0.9 open about
2.7 open to
-1.5 open with
1.7 opened
-1.6 opening
-1.4 opening comes
-1.2 opening in
-1.0 openly you
-1.0 opens on
-1.6 operation
1.2 operations coordinator
1.7 operations director
1.2 operations manager
1.7 opportunities with
-1.7 opportunity and
1.7 option
-1.8 or a
-1.0 or in
-1.0 or no
-1.4 or two
2.1 or was
1.1 organisation
1.2 organisation and
3.2 organisation's
2.1 organised day
1.7 original
2.0 other applicants
0.9 other candidates
0.9 other's
-1.2 our
-1.2 our call
1.2 our chat
-1.6 our conversation
-1.5 our interview
-1.0 our meeting
0.9 out and
1.2 out for
3.4 out in
1.0 out of
-1.2 out on
2.1 out that
1.0 out to
1.7 out what
0.9 outcome
-1.2 outcome but
0.9 outcome for
-1.2 outreach
2.0 outside
3.2 outside applicants
1.7 overqualified
1.0 own
1.2 p
1.2 p s
1.2 pacific
-1.2 packaging
-1.2 page and
-1.2 paid
1.0 panel
2.3 panel and
1.7 panel as
1.7 panel did
0.9 panel gave
1.6 panel had
1.2 panel has
1.2 panel took
1.2 panel will
1.2 papers
1.7 papers are
3.4 paragraph
-1.0 paralegal
1.7 parental
1.7 parental leave
-1.0 park
-1.8 part time
-1.4 part was
-1.2 particularly
-1.0 particularly on
1.7 partly
-1.0 partnerships
1.7 parts of
-1.2 passed the
-1.2 passing
-1.0 passing on
1.0 past
-1.0 paths
-1.6 patience
-1.0 patience when
-1.8 patient
1.7 payroll lead
1.2 peak
1.4 people
1.8 people who
-1.4 per cent
-1.0 perfectly
3.1 perhaps
2.1 perhaps i
3.2 perhaps the
-2.2 period
-1.2 period is
1.3 person
3.6 person you
3.6 personality
0.9 phone
1.2 phone call
3.2 phone for
1.5 pick
-1.0 picked up
-1.4 picture
-1.0 picturing
-1.0 picturing myself
-1.6 pilot
-1.0 placed
-1.0 placement
0.9 plain
-1.5 plan my
-0.9 planner
-1.4 planner position
-1.1 planning
-1.2 planning my
0.9 planning officer
-1.2 planning team
0.9 platform
-1.8 please do
-0.9 please don't
-1.2 please give
1.0 please keep
-1.0 please let
-1.0 pleased
-1.0 pleased to
-1.0 point about
-1.0 point i
2.3 point out
-1.4 pointers
-1.0 pointers on
-1.0 pop
-1.0 position at
-1.0 position i
-1.2 position of
-2.2 position on
-1.4 position opens
3.2 positions
-1.2 possibility
-1.2 possibility of
-1.3 possible
-1.5 post at
-1.6 post in
-1.4 post is
-1.5 post of
-1.0 post opens
-1.2 postdoctoral
2.1 posting
-1.8 practical
-2.2 prefer
-2.0 prefer to
1.2 preparation
1.9 prepared
3.2 prepared for
0.9 presented
1.7 print
-1.2 problem
-1.0 problem at
1.7 process but
1.2 process has
3.2 process in
1.7 process on
3.6 process was
1.7 process with
-1.0 producer
-0.9 product
-1.0 product designer
1.5 programme and
-1.0 programme at
1.2 programme officer
1.0 progress
-1.4 project i
2.4 promised
3.4 promised an
1.2 promote
1.5 proper
1.0 properly
-1.0 proud
-2.1 provide
-1.0 provide any
-1.4 provide anything
-1.2 public
2.3 published
1.0 pune
1.2 put a
1.2 put in
-1.0 qualified
2.1 question and
3.2 question in
-1.5 question on
2.1 questions i
-1.0 quick note
2.1 quicker
1.9 quite
1.7 quite a
1.7 quite the
-1.0 railway
-1.0 raised
1.2 range
1.7 rate
-1.0 rather know
0.9 rather not
-1.6 rd
0.9 re
1.7 re advertised
-1.2 reach me
-1.0 reached you
1.8 read
1.7 read it
1.5 read my
3.2 reads
-1.2 ready to
-1.0 real sense
-1.2 really appreciated
-1.2 really excited
-1.0 really helpful
-1.7 really keen
-1.2 really like
-1.2 really want
-1.2 reasonable
2.0 reasons
-1.0 rebuilding
-1.0 rebuilt
-1.0 receive
-1.6 received a
-2.3 received an
0.9 reception
1.7 reconsider
-0.9 record
2.1 recorded
-1.4 records
2.3 recruiter
1.5 recruiters
0.9 recruiting
-1.4 referee
-1.4 reference
-1.4 references or
1.7 reflects
-1.2 regards to
-1.4 region
-1.5 regional
3.4 rejection
-1.0 relationships
1.7 relaxed
-1.0 release
1.2 remain interested
0.9 remain keen
-2.3 remains
-1.9 remains my
3.4 remembered
-1.0 reminded
-1.0 reminded me
-1.0 renewal
-1.2 renewed
1.7 reply and
1.2 reply to
1.7 replying
-1.0 reps
1.1 request
0.9 request you
-1.4 required
0.9 requirements
0.9 research assistant
-1.2 researcher
1.2 residents
1.4 respect
2.1 respect i
2.1 respect your
-1.0 respond
1.2 rest
-1.0 restoration
-1.0 result i
1.8 result of
-1.6 results
1.2 return
1.7 reviews how
3.4 rich
3.4 rich to
1.7 right fit
3.2 right match
1.0 right person
-1.8 ring
-1.0 role after
-0.9 role and
0.9 role but
-1.4 role especially
-1.2 role feel
-2.1 role i
-1.0 role i'm
0.9 role so
-1.0 role this
3.4 role was
1.0 roles
2.1 roles at
1.7 roles in
-1.6 rollout
-1.9 roughly
-1.4 roughly when
-1.2 round of
1.7 round went
2.4 rounds
2.1 rounds and
1.7 rounds for
0.9 run the
1.7 run your
-1.7 runs
-1.6 rush
1.2 rushed
1.1 s
1.7 s i
1.7 s you
-1.5 sad
-1.0 sad about
1.7 safe
1.2 said about
1.2 said it
1.2 said so
1.2 said the
-1.0 said you
1.7 saigon
1.4 salary
1.0 same
0.9 sample
-1.2 samples
2.3 sap
0.9 sat
1.0 saturday
-1.2 save
1.5 saved
1.1 saw
1.5 say i
-1.6 say i'm
-1.0 say it
3.2 say more
1.2 say the
1.0 says
-1.2 scale
2.1 scenario
0.9 scheduling
1.7 scheme and
-1.2 school
1.2 schools
1.2 score
1.0 scores
1.5 scoring
1.5 screening
2.1 screening call
3.4 script
-1.8 search
-1.0 season and
-1.4 seasonal
-1.2 seasons
3.9 second interviewer
1.7 second officer
-1.2 second year
1.7 see how
1.7 see one
3.4 see what
1.7 see where
-1.5 see whether
2.3 seemed
1.5 seemed to
2.5 seems
0.9 seems to
1.0 seen
1.0 selection
-1.0 selection criteria
-1.6 send
-2.0 send it
-1.2 send the
-1.2 sending the
1.7 sends
1.0 senior accountant
1.1 sent
3.6 sentence
-1.0 sepsis
-2.5 september
3.2 serves
-1.2 services
1.2 session with
1.2 set out
-1.0 set up
1.7 sets
-1.0 settle
1.2 seven
1.7 seven weeks
0.9 several
-1.5 shall
1.8 shame
3.2 shame the
-1.5 share any
-1.0 shared
1.7 sharing
1.3 she
3.2 she's
0.9 sheet
0.9 shift on
-1.0 shipping
1.7 short i
-1.2 short so
-1.4 shortlist
3.2 should know
-1.0 should the
-1.0 show me
-1.2 show you
1.8 side of
-1.4 sign
-1.2 signed
-1.0 signed up
2.1 silence
-1.2 similar
-1.4 similar post
-1.5 similar role
1.5 similar roles
-1.2 simple
-1.8 since our
-2.5 since we
1.7 since you
3.2 sir
-1.0 site engineer
1.2 sitting
-1.5 situation
1.3 six
1.5 six weeks
1.0 six years
1.7 skills
1.3 slot
3.4 slot and
-1.2 small update
-1.0 smaller
-1.0 so any
0.9 so before
-1.0 so far
-1.0 so here
1.7 so it
1.7 so perhaps
-1.6 so please
0.9 so this
-1.0 so we
-1.0 soil
1.7 some way
1.1 someone
1.2 someone already
1.2 someone to
1.5 someone with
-1.5 something i
-1.2 something similar
-1.5 soon
1.2 sooner than
-1.2 sorry not
-1.4 sort
1.5 sorted
-1.0 sound
-1.8 sous
-1.7 sous chef
-1.2 spare
-1.4 specialist
-1.0 specific
-1.0 speed
-1.8 spend
-1.2 spend the
1.5 spent
3.2 spent more
2.1 spent most
-1.0 splits
-1.0 spoke i
-1.6 spoke on
3.4 spoken
3.2 spoken to
-1.0 spot
-1.6 spring
-1.0 sql
-0.9 st
1.7 stage manager
1.5 stage of
-1.0 stand
-1.0 stand with
-1.2 stands
-1.0 start at
-1.4 start date
1.2 start to
-1.0 started picturing
-1.0 starters
1.7 starting to
-1.2 state
-0.9 status
-0.9 stayed
-2.6 step
-1.0 steps
3.6 still be
2.1 still i'd
-1.0 still in
3.6 still like
-1.2 still my
1.2 still open
1.7 still think
-0.9 still very
-1.0 still waiting
1.5 stopped
-1.9 store
-1.0 store manager
-1.4 straight away
-1.0 strengthen
-1.6 stronger
-1.2 strongest
1.8 struggling
3.4 struggling to
-1.8 student
-1.4 students
1.0 study
1.5 study brief
-1.2 subject checking
1.7 subject follow
2.5 subject re
3.4 successful candidate
-2.1 such as
1.4 suggest
3.2 suggest your
1.5 suggests
-1.0 suit
-1.5 suit me
-1.5 suite
-1.7 suits
-1.4 suits the
-0.9 summer
1.7 supervisor job
-1.4 supervisor position
-1.0 supplier
2.0 suppose
1.4 sure
-1.0 sure about
3.2 sure anyone
3.4 sure how
3.4 sure it
1.7 sure that
1.7 sure the
2.1 sure they
1.6 surprise
1.7 surprise given
3.2 surprise to
1.2 surprised
3.2 surprising
-1.4 surveyor
1.3 suspect
1.7 suspect my
-1.4 system and
1.6 table
0.9 take
1.2 take home
1.2 take it
1.7 take me
0.9 take that
-1.0 take up
-1.8 takes
-1.0 talk it
-1.4 talk through
1.4 task
-1.7 tasting
-1.4 taught
-1.0 tax
-1.0 team hoped
1.5 team i
1.7 team i'd
-1.8 team is
-1.5 team of
1.2 team on
-1.0 team so
1.0 team was
-1.0 team works
-1.0 team would
-1.9 team's
-1.0 team's work
-1.0 technician position
1.2 technician role
1.9 tell me
1.2 tells
1.5 tells me
3.2 templated
-1.0 ten days
1.8 ten minutes
-1.0 tend
-1.0 tend to
1.5 test
2.3 test and
3.4 test nobody
3.2 test was
1.7 tests
-1.7 th
-1.0 th march
-1.2 th of
2.0 than an
2.3 than any
3.2 than anything
-1.2 than i'd
0.9 than it
-1.2 than just
-1.0 than later
3.6 than me
-1.0 than most
3.6 than on
-1.0 than when
1.2 than you
-1.7 thankful
-1.4 thankful for
-1.7 thanks and
1.3 thanks for
-1.0 thanks so
1.7 that <n>
2.0 that a
0.9 that another
-1.5 that as
-1.0 that date
2.1 that everyone
2.3 that had
-1.0 that helps
-1.2 that i'd
-1.7 that i'm
-1.4 that i've
1.2 that if
1.0 that it
-1.2 that makes
1.2 that on
3.2 that other
-1.0 that our
2.3 that someone
2.1 that tells
1.0 that the
-1.4 that this
1.5 that to
2.1 that took
1.0 that way
-1.5 that work
-2.2 that would
3.4 that your
-1.9 the <n>
-1.5 the accounts
3.2 the acting
1.8 the advert
2.5 the advertisement
1.5 the assessment
2.1 the assessors
-1.0 the associate
2.3 the attention
1.2 the back
-1.2 the backend
1.2 the bank
1.7 the bar
-1.2 the business
3.2 the calendar
1.4 the call
3.6 the candidate
-1.0 the challenges
-1.0 the claims
1.7 the clock
-1.2 the coffee
1.7 the confusion
-1.0 the conservation
1.2 the council
-1.6 the county
-1.2 the credit
1.2 the date
1.1 the decision
-1.0 the evening
-1.0 the expansion
-1.0 the facilities
-1.0 the family
1.1 the feedback
1.5 the figure
1.1 the final
-1.1 the finance
1.0 the firm
1.2 the floor
0.9 the four
2.3 the fourth
-1.4 the grants
1.1 the group
1.7 the hire
2.7 the hiring
-1.5 the honest
3.2 the hour
1.0 the hr
1.7 the internal
2.3 the interviewer
-1.0 the inventory
1.1 the job
-1.3 the junior
-1.0 the laboratory
0.9 the last
-1.0 the latest
3.2 the least
1.2 the line
1.2 the link
1.2 the live
-1.2 the local
-1.0 the management
-2.3 the meantime
-1.2 the moment
-2.1 the month
1.2 the morning
1.7 the notes
1.5 the numbers
1.6 the offer
0.9 the onboarding
1.7 the online
-1.8 the only
1.7 the original
1.0 the panel
-1.0 the paralegal
-1.0 the pass
-1.9 the payroll
-1.2 the people
2.6 the person
1.7 the pipeline
-1.8 the plan
-1.7 the planning
0.9 the point
-0.9 the position
-1.0 the possibility
-1.0 the postdoctoral
3.2 the posting
-1.0 the practical
1.7 the preparation
0.9 the programme
-0.9 the question
1.8 the questions
1.7 the real
3.2 the reasons
3.2 the recorded
3.2 the recruiter
-1.4 the region
1.7 the requirements
0.9 the residents
1.1 the rest
-1.0 the rollout
1.0 the room
2.3 the salary
1.0 the same
-1.4 the school
1.7 the score
1.8 the scoring
-1.4 the search
0.9 the season
1.4 the selection
-1.4 the sous
-2.0 the spring
1.5 the standard
1.2 the start
-1.0 the store
-1.0 the strategy
-1.0 the strongest
-1.0 the student
2.3 the successful
-2.1 the summer
2.9 the table
-1.0 the take
-1.0 the tasting
-1.5 the team's
3.6 the third
1.8 the three
-1.5 the timeline
-1.0 the top
0.9 the trust
3.2 the twenty
-1.4 the unit
1.5 the update
1.5 the video
1.2 the waiting
1.2 the walk
-1.5 the weekend
1.1 the whole
1.5 the written
-1.2 the youth
1.2 their
0.9 them to
-1.2 there any
-1.4 there anything
-1.7 there is
1.7 there which
0.9 there's a
-1.2 there's any
-1.0 these decisions
1.5 they can
-1.8 they have
1.7 they said
2.5 they were
-1.4 they've
1.2 thing
1.7 thing to
-0.9 things stand
-1.0 things up
1.1 think
1.2 think i'm
2.0 think the
1.6 think you
3.4 think you'll
3.2 think you've
-2.4 thinking
-2.3 thinking about
1.4 third
3.4 third time
-0.9 this afternoon
1.7 this and
0.9 this email
-1.4 this finds
-1.0 this morning's
1.0 this only
-1.6 this opportunity
3.4 this process
-2.0 this role
-1.0 this spring
-1.5 this week
1.7 this whole
-1.2 this year
0.9 though
1.1 though i
1.2 though i'm
-1.0 though the
-1.0 thought about
-1.6 thought i
-1.8 thought i'd
1.7 thought the
-1.0 thoughts
-1.0 thoughts on
1.7 three countries
4.2 three interviews
2.1 three rounds
1.5 three times
2.1 three year
1.7 through my
-1.2 throughout the
-1.8 thursday
-1.2 thursday <n>
-1.4 thursday about
-1.0 thursday at
-1.6 thursday for
-1.4 tickets
-1.0 tidy
3.2 time for
1.2 time i'd
3.2 time it
2.0 time the
-2.7 timeline
1.3 times
3.2 times now
-2.1 timing
1.2 title
-1.4 to <n>
3.2 to anyone
3.8 to believe
-1.2 to bring
-0.9 to check
1.7 to close
-0.9 to come
1.7 to conclude
-1.0 to contact
-1.0 to correct
-1.2 to decide
-1.2 to discuss
-1.0 to email
-1.0 to everyone
1.8 to expect
1.0 to explain
2.8 to feel
3.2 to finish
-1.2 to fit
-2.4 to give
-1.2 to help
1.2 to hire
-1.0 to improve
-1.1 to interview
-1.8 to join
3.2 to judge
1.1 to know
-1.1 to learn
1.2 to leave
1.4 to look
0.9 to me
-1.2 to mr
-0.9 to my
-1.0 to offer
-1.4 to plan
1.2 to promote
-1.7 to provide
3.4 to rate
-1.9 to reach
1.2 to read
1.7 to reconsider
1.5 to reply
1.7 to return
1.0 to run
-1.0 to rush
-1.2 to save
1.7 to seeing
-1.7 to send
-1.2 to share
-1.8 to spend
-1.7 to start
1.4 to tell
1.5 to thank
-1.2 to that
2.2 to think
-1.0 to trouble
-1.4 to try
0.9 to two
1.5 to understand
1.5 to use
-1.6 to wait
-1.0 to walk
-1.0 to whoever
-1.0 to write
-1.5 today
1.2 told
1.1 told me
2.3 told you
-1.0 tom
-1.2 tomorrow
1.2 too much
1.7 too senior
1.1 took
2.4 took a
3.2 took five
-2.2 top
-1.5 top of
-1.2 touched
1.0 track
-1.1 training
1.2 translation
2.1 transparency
2.1 transparency i
2.1 travelled
3.4 treated
-1.0 treating you
3.2 treats
-1.0 tried
-1.5 trouble
-1.2 trouble you
2.3 try not
-1.2 try to
1.4 trying
2.1 trying to
-1.8 tuesday about
-1.0 tuesday and
-1.4 tuesday to
1.5 turned
3.4 turned out
1.8 turning
1.2 twenty
1.7 twenty hours
3.2 twenty minute
2.1 twenty minutes
1.2 twenty years
1.9 twice
3.4 two line
2.1 two months
1.2 two of
-1.0 two seasons
-1.4 two weeks
-1.2 uk
-1.0 understand and
1.0 understand how
-1.6 understand the
2.3 understand what
2.1 understood
3.8 unfair
3.4 unfair to
1.7 unpaid
3.8 unprofessional
-1.2 until
-1.9 until <n>
0.9 up a
-1.4 up at
1.7 up but
-1.4 up for
2.1 up from
-1.0 up i
2.3 up with
2.0 update and
-1.0 update since
-1.0 updated timeline
-1.0 upfront
1.0 us
2.1 us and
0.9 us both
-2.0 useful for
1.0 vacancies
-1.0 vacancy at
1.2 vague
-1.4 valid
-1.2 valid until
-1.7 valued
-1.2 van
-1.0 very
-1.0 very enjoyable
-2.3 very enthusiastic
-1.1 very glad
-2.1 very happy
-1.0 very helpful
-1.3 very interested
-1.1 very keen
-1.2 very pleased
-1.4 very real
-1.2 very thankful
-1.0 very welcome
1.7 very well
1.5 video
1.0 video interview
1.0 view
-1.6 visa
-1.5 visits
-1.0 voicemail
-1.0 volunteer coordinator
-1.2 volunteers
1.2 waited
-1.0 waiting
-1.0 waiting for
1.7 waiting room
1.7 walked
-1.5 walking me
1.7 walkthrough
-1.3 wanted
-1.6 wanted to
-1.6 wanted you
1.2 wants
1.2 wants to
-1.2 warehouse supervisor
-1.0 warning
2.3 was about
1.5 was actually
-1.4 was also
1.5 was always
2.3 was an
3.2 was being
1.2 was called
-1.0 was clear
3.2 was ever
2.3 was exactly
3.4 was for
-1.6 was glad
-1.4 was grateful
-1.4 was great
3.4 was handled
1.2 was i
2.0 was in
-1.4 was kind
3.9 was made
3.4 was meant
1.4 was on
-1.4 was one
1.7 was only
3.2 was promised
2.1 was really
-1.4 was sorry
2.3 was that
3.4 was unprofessional
1.0 wasn't
2.7 waste
3.8 waste of
-1.6 watching
1.2 way and
-1.2 way or
1.0 way the
1.8 way to
-1.6 way you
-2.0 we can
3.4 we could
-1.8 we met
-1.0 we moved
-1.5 we spoke
1.2 we'll
1.7 we'll be
-1.0 weakness
1.2 wedding
-1.3 wednesday
-1.9 wednesday about
-1.2 wednesday and
-1.5 wednesday for
-0.9 week
-1.4 week about
-1.2 week i
-1.5 week so
1.2 week's
-1.0 weekends
-1.2 weeks ago
0.9 weeks to
2.0 welcome hearing
-1.5 well at
3.2 well before
1.7 well below
1.5 well organised
2.8 well with
-1.0 went from
3.6 went on
1.3 were
1.5 were looking
1.7 were not
1.8 were the
1.1 what
1.2 what a
3.2 what changed
3.2 what exactly
-1.0 what i'd
1.7 what is
2.0 what it's
1.5 what my
1.8 what the
2.1 what they
2.3 what to
1.7 what was
1.2 what we
1.4 what you
3.4 whatever the
-2.1 when we
-1.6 whenever
-1.7 where my
0.9 where the
1.7 where to
-1.6 whether i'm
1.7 whether it
-1.7 whether there
-2.1 whether there's
1.2 which i've
1.0 which is
1.2 which makes
3.2 which suggests
3.2 which told
-1.0 while i
-1.0 while i'm
1.0 who
-1.4 who has
1.2 who would
1.4 whoever
1.7 whole team
3.2 whose
1.9 why
2.2 why i
1.7 why the
-1.0 wider
1.2 will not
1.2 wind
1.7 wish
2.3 wish the
-1.2 wish to
2.5 wish you
-1.8 wishes
1.2 with an
3.2 with less
-0.9 with my
1.7 with no
-1.0 with one
2.5 with respect
-1.8 with thanks
0.9 with two
-1.2 with you
1.7 without a
2.3 without an
-1.0 without me
2.5 wonder
1.7 wonder how
2.3 wonder whether
-1.2 wondered
-1.0 wondered whether
3.2 wondering whether
1.8 word
3.2 word of
1.7 work for
-0.9 work i
1.7 work i'd
-1.0 work on
1.8 work out
-2.3 work with
-2.5 worked
-1.6 worked with
-1.0 worker
-0.9 working
1.7 working alongside
-1.0 working at
-1.8 working with
1.7 works out
1.5 worry
1.8 worth
2.3 worth the
2.1 would ask
-1.1 would be
2.1 would gently
1.5 would genuinely
2.4 would have
-1.6 would love
-1.4 would make
-1.0 would most
-1.4 would need
1.2 would only
-1.0 would prefer
1.2 would still
-1.0 would value
-2.1 would very
-1.0 would want
-1.6 would you
-1.0 writer
1.2 writes
-2.1 writing about
-1.6 written offer
3.2 written test
1.6 wrong
-0.9 year
-1.0 year end
-1.4 year i
3.2 year old
1.7 year on
-1.0 year so
-1.2 year's
0.9 years and
-1.5 years at
-1.2 years i
1.4 years in
2.2 years of
-1.6 yes
-1.4 yes or
-1.0 yesterday
-1.4 yesterday for
-1.1 you again
-1.0 you are
-1.2 you asked
-1.4 you be
-1.0 you but
-1.5 you by
2.2 you chose
-1.2 you confirm
-1.1 you could
-1.7 you described
0.9 you don't
-1.2 you ever
1.7 you found
-1.9 you gave
-1.4 you hoped
-1.0 you i
-1.7 you in
1.7 you kept
-0.9 you let
1.8 you may
-3.2 you mentioned
-1.4 you need
-1.5 you on
-1.7 you once
3.4 you say
1.7 you should
-1.6 you showed
-1.4 you soon
-1.0 you taking
1.2 you tell
-1.0 you the
1.2 you this
-1.2 you took
-1.0 you very
-1.2 you won't
-1.4 you would
-1.0 you'd be
1.4 you'll
3.4 you'll find
0.9 you'll understand
-1.0 you're
-1.7 you're able
-1.7 you're keeping
-1.2 you're well
1.7 you've got
-1.2 young
3.2 younger
-1.0 your account
3.4 your advert
1.8 your call
-1.2 your candour
2.3 your colleague
1.7 your competitors
-1.0 your description
-1.2 your diary
1.6 your email
1.8 your end
-1.0 your explanation
-1.0 your file
2.3 your head
-1.0 your honesty
3.8 your interviewers
1.0 your letter
3.4 your mail
1.8 your message
1.2 your new
-1.2 your news
3.2 your note
1.7 your offer
-1.4 your office
3.4 your organisation
1.8 your panel
-1.2 your patience
-1.9 your planning
-1.0 your point
0.9 your policy
1.1 your process
-1.7 your question
1.8 your recruiter
3.4 your recruiters
2.1 your reply
-1.0 your role
2.0 your side
-1.0 your team
-1.5 your timeline
1.5 your work
1.7 yourselves
-1.4 youth
""",
)

BOASTING = Reading(
    13.1,
    """\
-0.9 <n>
-2.1 <n> april
-1.4 <n> august
-2.0 <n> february
-1.2 <n> july
-2.6 <n> june
-2.7 <n> march
-0.9 <n> nd
-1.5 <n> november
-2.1 <n> october
-1.2 <n> per
-1.9 <n> september
-2.5 <n> to
-1.2 a better
1.7 a book
-1.0 a brief
-1.5 a call
3.1 a certain
1.7 a coordinator
-1.0 a copy
-1.0 a current
3.7 a decade
-0.9 a decision
-1.0 a difficult
2.5 a first
1.7 a formality
-1.0 a fortnight
3.1 a fourth
-2.0 a full
1.7 a legend
3.1 a level
-1.0 a line
-2.1 a long
-0.9 a lot
1.2 a lovely
1.2 a moment
1.2 a more
2.0 a nice
-1.0 a note
-1.2 a one
1.2 a panel
-1.0 a paper
-1.5 a position
-1.0 a post
-1.0 a presentation
1.7 a process
2.3 a record
1.7 a reference
2.0 a regional
-1.9 a reply
3.1 a sales
-1.0 a second
3.1 a senior
-2.8 a short
-1.6 a similar
1.4 a single
1.7 a spreadsheet
3.9 a step
-1.0 a strong
-1.2 a surprise
-1.4 a third
-1.0 a verbal
-1.8 a written
-1.0 a yes
-2.9 able
-2.9 able to
-2.0 about <n>
3.4 about as
3.1 about cloud
-1.2 about four
2.0 about me
1.7 about stakeholder
-1.0 about two
1.2 about weaknesses
1.9 above
3.4 above the
-1.4 accept the
-1.2 accepted a
-1.2 accordingly
1.7 account director
-1.0 account manager
-1.2 accountant position
-1.0 accounts and
-1.0 accounts for
-1.0 accounts payable
1.2 acquisition
1.7 across three
-1.0 add that
1.7 adjust
1.2 advertised
1.7 advice
-1.0 adviser
1.4 afraid
1.7 afraid i'll
-1.0 after four
-1.0 after hearing
1.7 after running
-1.5 after that
-1.0 after three
1.2 again before
1.2 again if
-1.0 again next
-1.7 again on
2.0 again to
-1.0 again when
1.2 agree
-1.2 agreed
-1.0 agreed to
1.6 ahead
2.8 ahead of
-1.0 aircraft
1.7 all came
1.7 all i'm
-1.0 all is
1.8 all of
2.5 all year
1.8 alone
1.3 along
3.1 along with
0.9 alongside
3.1 already done
1.2 already told
-1.0 also enjoyed
1.2 although i
2.3 am confident
-1.2 am following
-1.7 am not
3.1 am one
3.1 am ready
-1.3 am still
1.2 am sure
3.7 am the
1.5 ambitious
1.2 an afternoon
-2.1 an answer
-1.4 an eye
-1.3 an update
-1.0 an updated
-1.4 analytics
-1.0 analytics team
-1.0 and about
1.7 and four
3.1 and he
-1.6 and in
-1.4 and learned
-1.0 and learning
2.0 and more
-1.0 and most
1.7 and no
-1.2 and nobody
-1.0 and not
1.2 and one
-1.8 and our
-1.2 and remain
-1.2 and seeing
3.4 and sort
1.7 and still
-1.2 and thought
0.9 and wanted
3.1 and with
-1.1 and would
1.2 annual
-1.2 another
-1.2 another offer
-1.2 another organisation
-1.0 answer
-1.5 answer about
-1.0 answer anything
-2.2 answer by
1.2 answer on
2.0 answered every
-1.0 any chance
-2.0 any feedback
0.9 any further
-1.4 any other
-1.0 any pointers
-1.0 any time
-1.5 any update
2.3 anyone
3.9 anyone else
1.7 anyone to
3.4 anyone who
1.2 anything more
1.7 anything to
2.3 apart
1.2 apologies
-1.0 app and
-1.0 appeals
-1.0 appeals to
0.9 applicants
-1.0 application and
-1.2 application was
-1.8 applications
-0.9 applied
-2.8 apply
-2.3 apply again
1.2 applying for
-1.7 appointment
-1.5 appreciate hearing
-1.0 appreciate it
1.2 appreciated learning
2.6 approaches
3.1 approaches this
-1.3 april
1.7 arbitration
-1.5 are able
2.0 are exactly
3.1 are meeting
3.1 are on
3.1 are required
-1.2 are well
-1.0 area
-1.2 around <n>
3.4 around me
-1.0 arrange
-1.2 arrangements
-1.8 arrived
3.1 arrogant
1.7 art
-1.0 article
-1.0 article on
-1.0 artist
1.2 as an
-1.4 as i'd
1.6 as i'm
1.2 as i've
2.0 as someone
-1.0 as that
1.6 as the
1.3 as well
-1.0 ashby
1.7 ask for
-1.0 asked about
-1.3 asked for
1.2 asked me
-1.2 asked whether
-1.2 assessors
3.1 asset
-1.3 assistant
-1.7 assistant post
-1.5 assistant role
1.0 assume
1.5 assume the
-1.0 assurance
1.2 at a
1.2 at al
-1.0 at another
2.5 at brightwater
1.7 at corvane
1.2 at harlow
-1.2 at home
-1.0 at interview
-1.8 at some
1.0 at this
1.7 at two
-2.9 attached
-1.0 attached a
-1.9 attached the
3.1 audits
-1.3 august
1.5 authority
-1.4 automated
-1.0 autumn
1.4 award
2.0 award for
2.1 awards
1.5 aware
3.1 away feeling
2.6 awkward
-1.0 b
3.6 back and
-1.2 back for
1.7 back with
2.0 backend engineer
-1.2 background in
1.2 bakery
1.0 band
0.9 bank
1.7 batch at
-1.7 be able
1.7 be available
1.7 be candid
-1.5 be contacted
-1.2 be doing
1.2 be easy
3.1 be fine
-2.3 be grateful
-1.7 be in
-1.0 be kept
1.2 be moving
-1.0 be possible
3.4 be surprised
1.7 be the
1.2 be this
1.2 be thrilled
-2.5 be useful
-1.2 be willing
-1.0 be working
-1.2 be worth
0.9 because
0.9 because i
3.1 because it
-1.0 because of
1.2 because your
1.5 been a
1.2 been asked
3.6 been doing
1.7 been hard
2.0 been in
3.1 been invited
-2.1 been thinking
-0.9 before i
-1.0 before my
-2.3 before then
-1.2 before we
-1.4 beforehand
2.6 behind
3.1 behind the
-1.2 being open
1.7 believe i
-1.2 believe my
1.0 below
2.0 below what
3.6 best candidate
2.0 best in
-1.0 better example
0.9 better than
1.0 between the
1.5 big
2.0 bigger
2.3 biggest
3.4 blow
3.4 blow my
1.4 board
3.6 boast
3.4 boast but
3.1 bonus
2.0 book
-1.5 booking
-1.0 booking system
-1.0 bookkeeper
2.0 border
3.7 boss
3.4 boss at
1.1 both
3.1 both felt
3.6 both know
3.4 both of
-1.0 bother
1.2 branch
1.7 brandt
-1.2 brewer
1.0 brief
-1.2 briefly
1.7 brigade
2.5 brightwater
1.8 bring
3.1 bring a
1.0 bring that
2.5 bring the
1.7 brisbane
-1.2 bristol
3.1 british
-1.5 brought
1.0 built
-1.0 business analyst
-1.7 but it
1.7 but my
1.6 but the
3.4 but your
-1.2 buyers
-1.1 by <n>
-1.4 by a
-1.7 by friday
-1.2 by monday
2.0 by my
3.7 by name
-1.0 by now
-1.0 by phone
-1.0 by roughly
-1.7 by thursday
1.7 by two
1.7 cabinet
-1.0 calder
3.7 calibre
-1.5 call on
-1.0 call the
1.2 called
3.6 called me
1.3 calling
1.4 calling me
1.5 calls
-1.0 came through
1.7 campaign i
1.7 can also
-1.2 can be
1.2 can do
3.1 can promise
2.3 can say
1.2 can speak
1.7 can stop
1.7 can talk
1.0 candid
1.7 candidate
3.7 candidate for
3.1 candidate you've
3.4 candidates you
-1.0 candidature
1.5 capable
-1.0 care you
-1.4 careers
-1.2 case it
-2.4 case it's
1.2 case that
-1.4 cent
1.3 certain
-2.0 certificate
0.9 certification
1.2 chair
-1.5 challenge
-1.0 chance of
-2.0 change
-2.2 changed
-1.0 chasing
0.9 chat
3.1 chatting
0.9 checking in
-1.0 chef position
-1.0 children's
-1.0 choice so
2.5 choose
1.7 choosing
1.7 chose
1.2 chosen
1.2 churn
-1.0 claims
2.1 class
1.7 cleaner
-1.0 cleaning
1.7 clear as
-1.0 clear picture
3.1 clearly the
2.7 client
3.1 client and
3.4 client list
1.9 clients
-1.4 clinic
1.5 closed
1.7 closed the
2.5 cloud
0.9 coastal
-1.0 cold chain
1.2 colleague
1.0 colleagues
1.5 columba's
1.7 columba's i
0.9 come
1.7 come across
2.3 come back
1.7 come out
1.5 come through
1.7 coming from
-1.4 comments
-1.2 comments on
1.7 community outreach
-1.4 commute
-1.0 commute would
2.2 companies
-1.2 company has
1.5 company i
1.2 company's
3.1 company's history
-1.2 completed the
-1.0 completely understand
1.7 complex
-1.2 concrete
2.0 confidence
1.7 confidence that
1.8 confident
1.2 confident i
3.6 confident that
-1.5 confirm
-1.0 confirm by
-2.1 congratulations
-1.9 congratulations to
-1.0 connection
-1.0 conservator
-1.0 consideration
-0.9 considered
-1.0 construction
-1.7 consultation
3.1 consulting
-1.7 contacted
-1.2 continue to
-1.0 continued
-0.9 contribute
-1.4 controller
-1.2 controller role
-1.0 convenience
-1.2 convenient
-1.2 conversation made
-1.2 conversation with
3.1 convinced than
-1.9 coordinator position
2.3 copies
1.7 copies of
1.7 corporate
-1.2 correct
1.7 corvane
-1.0 cost
1.7 costs
-1.0 could do
1.7 could finally
-1.0 could help
-1.0 could not
-1.4 could start
1.2 could tell
-1.0 could you
1.5 couldn't
-1.0 counting
2.3 country
1.2 county
-1.2 course in
-1.5 cover
-1.0 covers
1.7 creative
-1.8 cross again
3.1 cross border
1.7 crossed
1.5 current company
1.2 current employer
-1.2 current job
-1.0 current post
-1.0 current role
-1.2 customer service
-1.0 customs compliance
-1.0 cv on
-1.7 cycle
1.7 dana
-1.2 dates
1.2 daughters
2.0 day but
3.6 day one
1.7 day to
-1.0 day was
2.0 days which
-1.4 deadline
2.0 deal and
1.2 deal from
3.1 deal in
-1.5 dear
-1.2 dear ms
3.7 decade
-1.2 december
1.7 decent
-1.0 deciding
-1.0 decision about
-1.0 decision has
-1.2 decision on
-1.2 decision was
-1.0 decision within
1.2 degree
-1.0 department and
-1.0 department's
1.5 depth
3.1 depth of
-1.4 deputy
1.7 described in
-1.2 described is
3.6 described me
0.9 description of
1.7 deserves
-1.0 design engineer
-1.4 design team
-1.3 desk
-1.2 detailed
1.2 details
2.0 details for
2.0 did at
-1.0 didn't want
1.2 didn't work
1.7 dinner
3.1 dinner last
1.9 director
1.2 director of
1.7 disappointed as
-1.8 disappointed i
-0.9 disappointed of
-1.0 discharge
-1.1 discuss the
1.7 discussed which
-1.0 discussing
-1.0 discussing the
1.0 discussion about
-1.5 distribution
1.7 distributor
1.7 do in
1.0 do keep
3.1 do let
0.9 do not
-1.0 do still
2.0 do with
1.7 do you
1.7 dock
1.7 dockside
1.7 documents are
1.7 does not
-1.0 doing and
-1.0 doing well
1.7 don't come
-1.7 don't feel
-1.4 don't hear
1.2 done
3.1 done it
3.1 done this
3.0 doubt
3.1 down for
2.0 down from
2.0 down two
1.2 driving
-1.4 drop
-1.8 dropped
-1.7 during
-1.3 during the
-0.9 each
-1.4 each of
-1.0 each stage
0.9 eager
0.9 eager to
-1.9 earlier
-1.2 earliest
-1.5 early
1.2 earn
1.2 easy
1.2 editor
1.2 education
1.7 education and
-1.8 effort
3.1 eight months
-2.6 either
-2.4 either way
1.2 electrical
1.2 eleven
3.4 eleven years
0.9 else
3.1 else can
1.2 else from
1.2 else i
2.3 else in
1.2 else that
-1.5 email
-1.7 emails
3.1 embarrassing
-1.0 end of
1.7 end up
-1.2 ends on
1.7 ends up
1.7 energy
-1.0 engagement
2.3 engineer who
1.7 engineers
-1.4 english
-1.0 enjoy helping
-1.0 enjoyed meeting
1.2 enjoyed seeing
-1.2 enjoyed working
-1.0 environmental
-1.0 error
-1.2 especially after
-2.0 especially the
1.2 esteemed
2.0 esteemed organisation
1.7 european
-1.0 evaluation
-1.4 even a
-1.2 even more
1.5 even the
2.0 even though
1.7 even without
-2.1 evening
1.4 ever
3.1 ever had
3.1 ever made
3.1 ever since
2.0 ever that
-1.0 every saturday
1.7 every week
1.2 everyone
1.7 everyone else
1.2 everyone in
-1.0 ewm
-1.5 exactly what
-1.8 exam
-1.2 exam last
-1.7 example
-1.0 excellent
-1.0 exercise
-1.2 exercise was
0.9 expansion
-1.2 expected to
1.7 experience and
1.7 experience i
-1.0 experience in
-1.0 experience of
-1.4 experience to
-1.0 experience with
2.0 experienced
3.1 experienced person
-1.0 explaining that
2.0 export
1.7 exposure
-1.4 eye
-1.4 eye on
1.7 face
3.4 face when
3.1 faces
-1.0 facility
1.5 facing
3.1 fail
-1.0 failure
2.8 fairly
1.0 familiar
-1.5 family
1.5 far
3.1 far ahead
1.7 far more
1.7 fascinating
2.3 fast
1.2 faster
-1.0 fault
1.7 favourite
1.7 features
-2.3 february
-1.0 february and
3.1 fee
-1.1 feedback
1.5 feeling
3.1 feeling that
2.5 feelings
-1.0 feels
3.1 feet
-1.5 fell
-1.4 fell short
1.7 felt
3.7 felt it
-1.5 few days
-1.5 few minutes
2.0 few people
1.2 fifteen
3.1 fifteen years
-1.2 figure
-1.2 filled
1.2 filling
-1.3 final
-0.9 final interview
-1.0 final stage
1.7 finally get
1.7 finance director
1.8 find
2.6 find a
3.9 find anyone
1.7 find out
1.2 find that
3.1 find yourselves
1.0 fine
3.4 finest
-1.0 finished the
2.0 finishing
-1.0 firm and
-1.0 firm in
3.1 firms
3.4 firms told
-1.0 first aid
-1.2 first choice
3.1 first class
2.8 first day
-1.0 first interview
1.5 first ninety
1.2 first of
1.2 first thing
3.6 first week
0.9 first year
1.0 fit
1.7 fit for
-1.5 fits
1.0 five years
2.5 fix
1.7 fixed
3.1 flaw
3.1 flaw is
-1.0 fleet planning
1.2 flexible
-1.0 follow
-1.3 follow up
-1.0 following
-1.4 following my
-0.9 following up
-1.8 food
-1.0 food bank
-1.0 football
-1.2 for another
-2.6 for any
-1.7 for anything
1.7 for friday's
1.7 for giving
1.2 for introducing
1.2 for last
2.5 for long
1.7 for lunch
-1.0 for nothing
-1.2 for on
-1.0 for passing
-1.0 for running
-1.2 for similar
3.4 for someone
-1.5 for speaking
-1.2 for such
-1.4 for telling
1.4 for this
1.7 for tuesday
1.9 for two
1.2 for walking
-1.2 for which
1.2 for you
1.5 forgive
3.1 forgive the
2.0 forgot
2.0 forgot to
-1.2 forgotten
-1.4 forklift
1.7 formality
1.2 former
-1.2 found
-1.8 found the
-1.0 four rounds
0.9 fourth
1.2 frank
2.4 frankly
2.5 frankly i
1.2 free to
1.7 frees
-1.8 friday <n>
-1.0 friday so
-1.4 friday the
1.7 friday's
-1.0 from about
-1.0 from an
-2.9 from another
3.4 from day
-1.0 from our
1.7 from scratch
1.7 from speaking
1.4 from what
-1.0 front
-1.5 front of
-1.0 froze
-2.3 fully
1.7 function
-1.2 funeral
-1.0 funeral arranger
1.7 further details
1.2 further documents
-1.0 future i
-1.5 future openings
1.7 gaps
1.2 gather
1.7 gather is
1.5 gently point
-1.0 get back
2.1 get the
2.0 gets
1.2 getting
2.0 getting a
3.1 gifted
3.1 gifted student
1.5 give my
0.9 give you
1.2 given a
2.5 given that
1.2 go and
1.7 go back
-1.2 goes well
-1.0 going through
-1.7 going well
-1.4 gone to
2.0 gracious
1.7 gracious about
-1.8 grants
-1.0 grants officer
-1.4 grateful
-1.4 grateful for
-1.1 grateful to
0.9 greetings of
2.3 grew
1.8 ground
1.7 ground running
1.7 group discussion
-1.2 group exercise
1.2 growth
-1.2 guessing
-1.2 guide
1.2 had an
1.7 had attended
-1.7 had been
-1.0 had gone
-1.2 had hoped
-1.0 had in
1.7 had no
0.9 had to
1.2 halden
1.6 half
2.9 half the
1.0 hand
1.2 handed
1.2 handed in
3.1 handedly
1.2 handling
1.5 happen
1.7 happen to
3.4 happened
1.2 happens
1.2 harcourt
2.5 hard feelings
-1.0 hard not
1.5 harder
1.7 hardest
1.5 harlow
1.7 harm
1.7 harm done
-1.0 harvest
-1.0 has a
3.1 has actually
3.6 has already
1.2 has asked
-1.0 has changed
3.1 has described
1.2 has got
1.7 has had
1.7 has just
3.4 has never
-1.0 has now
-1.0 has offered
-1.0 has said
-1.4 has stayed
3.4 has taken
3.1 has told
3.4 has worked
1.4 hate to
-1.0 haulage
1.7 have already
1.2 have also
-1.2 have an
-1.9 have asked
-1.5 have attached
1.7 have built
3.4 have called
1.5 have chosen
1.5 have come
1.2 have done
-1.0 have enjoyed
1.2 have heard
3.1 have never
-1.4 have not
3.1 have noticed
-1.4 have now
3.1 have observed
1.2 have read
-2.1 have received
1.8 have thought
-0.9 have to
-1.2 have until
-1.1 haven't
-1.2 haven't heard
1.1 having
1.7 having come
2.3 he
3.1 he has
1.7 he would
0.9 head of
3.1 headhunted
-1.5 hear it
-1.4 heard anything
1.7 hectic
-1.4 help
-2.3 help me
-1.2 help to
-0.9 help with
-1.2 help your
-1.8 helped
-1.0 helped me
-2.7 helpful
-1.2 helpful for
-1.0 helping with
1.2 her
1.7 higher
3.1 highest
-1.0 hillcrest
1.5 hire
3.1 hire someone
3.1 hire you
-0.9 hiring
1.7 hit the
-1.2 hold a
-1.0 hold up
1.7 hollins
-1.4 home
2.0 honest i
3.1 honest the
-1.2 honest with
1.5 honestly i
-1.7 hope our
-1.0 hope you'll
-1.0 hope your
-0.9 hoped
-1.0 hoped to
-2.5 hoping
-1.2 hoping for
-1.8 hoping to
-1.2 hospice
1.7 hospitality
-1.2 housing
1.7 how many
-1.1 how much
1.5 how quickly
-1.4 how things
1.2 how this
-1.0 how we
-2.0 how your
1.2 humbly
0.9 hundred
-1.0 hurry
-1.5 i accept
-1.9 i applied
-1.0 i arrived
1.2 i assume
-1.2 i attended
-1.2 i completed
-1.2 i completely
-1.0 i continue
1.5 i couldn't
1.7 i described
3.0 i doubt
1.7 i end
-1.0 i explained
1.2 i feel
1.7 i felt
1.7 i finished
2.0 i forgot
-1.0 i found
-1.0 i fully
1.2 i gather
1.5 i genuinely
1.7 i grew
-0.9 i haven't
1.4 i hold
1.7 i honestly
2.3 i imagine
-2.8 i interviewed
3.1 i join
-1.0 i learn
-1.0 i learned
1.7 i leave
0.9 i left
1.2 i liked
-1.0 i managed
0.9 i may
1.7 i more
1.0 i only
3.1 i outshone
-1.4 i passed
-1.4 i prepared
1.2 i promise
-1.2 i realise
1.7 i reckon
-1.5 i saw
1.2 i see
1.6 i suppose
2.3 i suspect
3.4 i tend
1.7 i think
-0.9 i thought
1.7 i truly
-1.0 i very
1.2 i walked
-0.9 i want
-1.4 i wasn't
-1.4 i'd appreciate
3.7 i'd bring
1.4 i'd expect
1.7 i'd gently
-1.5 i'd just
1.2 i'd most
-1.5 i'd much
-1.0 i'd need
-1.9 i'd welcome
3.6 i'll bring
-1.0 i'll give
-1.0 i'll keep
3.1 i'll land
2.3 i'll leave
1.7 i'll share
1.2 i'll withdraw
1.4 i'm afraid
3.1 i'm aware
1.6 i'm confident
1.2 i'm doing
-1.0 i'm even
2.0 i'm excited
3.1 i'm fairly
1.7 i'm flexible
1.5 i'm free
-1.4 i'm glad
-1.4 i'm going
-1.9 i'm grateful
-1.0 i'm guessing
2.3 i'm in
2.0 i'm just
-1.4 i'm looking
2.0 i'm on
2.0 i'm rather
1.0 i'm really
1.0 i'm sure
4.7 i'm the
3.7 i'm told
1.7 i'm up
1.2 i'm used
-1.2 i'm writing
1.6 i've already
-2.3 i've attached
1.2 i've done
1.6 i've had
2.0 i've kept
1.7 i've managed
-1.0 i've put
-1.0 i've received
-1.0 i've since
-1.4 i've spent
1.4 i've started
3.1 i've worked
2.3 ideal
2.3 ideal candidate
-1.4 ideally
-2.8 if a
1.2 if any
3.1 if anyone
-1.3 if anything
-0.9 if it
-1.2 if it's
1.7 if my
1.2 if something
-1.0 if that's
1.0 if there's
-1.5 if your
1.8 imagine
1.7 imagine the
3.1 immodest
3.1 immodest but
2.3 impressive
1.7 impressive and
-1.5 improve
1.2 in <n>
1.7 in an
1.2 in and
1.5 in any
-1.1 in case
-1.0 in each
-1.2 in early
3.1 in eleven
-1.0 in five
-1.0 in front
1.2 in good
2.0 in house
-1.2 in it
-1.4 in march
-1.0 in more
0.9 in this
1.7 in time
2.6 in twenty
1.7 in under
-1.2 in well
-1.4 in working
-1.0 in writing
1.7 including
2.0 including a
2.0 including the
1.7 indeed
-1.0 indication
3.0 industry
-1.2 inform
-1.0 information
1.7 infrastructure
-1.0 inspection
1.2 instructor
-1.8 interest
-1.5 interest in
-1.4 interest of
1.0 interested to
-1.0 interview at
3.4 interview can
-1.0 interview it
-1.5 interview me
1.4 interview of
-1.4 interview so
-1.2 interview this
-1.5 interview was
-1.0 interview with
-1.0 interviewed for
-1.2 interviewed with
-1.2 interviewer
1.2 introducing me
-1.0 inventory
2.0 invited
-1.0 is all
-1.1 is any
-1.0 is back
-1.0 is doing
-1.0 is exactly
-1.8 is my
-1.0 is possible
3.4 is probably
1.4 is that
-2.2 is there
1.2 is treating
-1.2 is valid
0.9 is very
2.0 isn't often
-1.0 isn't the
-1.2 it a
-1.0 it but
1.7 it could
1.5 it didn't
1.7 it first
-1.2 it had
-1.0 it helps
-1.0 it if
-1.8 it made
-1.7 it might
-1.7 it only
1.5 it seems
-1.2 it sounds
1.7 it the
1.2 it to
-1.0 it took
-1.2 it wasn't
1.5 it went
2.3 it will
-1.5 it would
1.0 it's a
1.2 it's rare
-1.0 it's something
-2.1 it's useful
-1.0 its own
-1.0 job is
-1.0 join a
1.7 joke
1.2 juggling
-0.9 july
-1.4 june
2.5 just been
1.7 just checking
-1.2 just let
-1.0 just rather
-1.4 keen and
-1.0 keener
-1.2 keener on
-1.4 keep an
-1.0 keep following
1.2 keep it
1.7 keep up
-1.0 kept in
-1.2 kind email
1.4 kindly let
1.5 kindly note
-1.2 know by
1.3 know i
-1.0 know i'm
-1.4 know i've
1.2 know it
1.5 know one
-0.9 know that
-1.0 know this
1.0 know what
-1.7 know whether
1.2 know which
2.0 know you
-1.4 know your
1.6 known
1.2 knows
-1.0 labs
1.2 lack
1.2 lack of
1.7 lagos
2.5 land
3.4 land on
1.7 landlord i'll
1.5 lane
3.4 larger
-1.2 last <n>
1.7 last five
-1.0 last friday
1.0 last month
1.2 last spring
-1.2 last thursday
-0.9 late
1.3 launch
1.7 launched
1.2 lead the
1.5 leadership
-1.0 leads
2.0 learn a
-0.9 learn about
-1.2 learn more
-1.3 learned
-0.9 learned a
-1.0 learnt
-1.0 learnt a
-1.2 lease
-1.0 least sure
1.1 leave
1.7 leave them
1.5 leave you
1.1 led
1.7 leeds office
-1.4 left a
-1.2 left even
1.7 legend
-1.0 lesson
1.2 let my
-1.5 let you
3.1 let's
3.1 let's be
-1.1 letter
-1.0 letter about
1.9 level
-1.2 level <n>
3.6 level of
-2.6 library
-1.5 library assistant
-1.9 licence
1.7 life and
1.5 like i
1.7 like it
1.9 like me
3.1 like mine
-1.0 like someone
1.2 likely
1.5 line and
-1.8 link
1.7 lisbon
0.9 list
1.5 list and
1.2 little more
1.7 live up
1.2 local plan
-1.4 log
1.7 logistics as
-1.0 long way
-1.0 looked
-1.4 looked at
1.3 looking forward
-1.4 lost
-0.9 lot
-1.4 lot about
-1.0 lot to
-1.2 love the
1.2 loved how
1.3 lovely
1.8 lovely to
1.5 lucky
1.2 lumen
3.1 machine
1.2 made a
-1.2 made me
-1.5 mail
-1.9 maintenance
1.7 make me
1.7 make your
1.5 managed
2.0 manager at
1.2 manager job
1.3 manager position
2.0 managers
1.2 managing
1.2 manchester
1.1 many
2.5 many of
2.0 many people
-1.3 march
-1.8 march and
1.0 market
1.2 marsh lane
3.4 matched
1.2 matters
1.8 may have
3.1 may know
-2.6 me about
1.7 me again
0.9 me around
1.9 me as
-1.0 me back
1.7 me but
1.6 me by
-1.0 me during
-2.1 me even
1.2 me go
1.0 me i
1.7 me i'll
3.1 me i'm
2.0 me if
2.0 me is
3.1 me my
-1.0 me over
0.9 me the
1.2 me to
-1.0 me understand
3.4 me up
2.0 me well
1.8 me which
-1.7 me with
-1.9 mean
-1.4 mean a
-1.0 meant to
3.4 meet a
3.1 meeting other
-0.9 meeting the
-1.2 meeting you
-1.2 meets
-1.0 mentioned in
3.4 mentioned is
-0.9 mentioned that
-1.0 mentioned was
1.2 mentor
1.2 merger
-1.0 meridian
3.4 mess
-2.8 message
-1.5 message about
-1.2 message and
-1.4 mid
1.2 midlands
1.7 might come
-1.2 might help
1.2 million pound
1.3 mine
-1.7 minutes
-1.2 minutes at
1.2 miss
3.4 missing
0.9 mix
3.1 mix of
-1.0 mock
-1.0 moisture
1.7 moment and
1.4 monday about
1.1 monday for
1.7 monday the
0.9 month and
-1.0 month to
0.9 months and
-1.0 more certain
2.0 more convinced
-1.0 more detail
-2.1 more interested
1.7 more or
1.2 more senior
-1.2 mornings
3.1 most experienced
3.1 most gifted
3.1 most people
-1.0 mostly by
-1.3 moved
-1.2 much and
-1.0 much hoping
-1.2 much i'd
-1.4 much prefer
-1.0 museum
1.2 must say
1.7 must withdraw
-1.4 my answer
0.9 my background
3.4 my batch
3.1 my calibre
1.2 my choice
3.4 my colleagues
-1.4 my congratulations
-1.2 my contract
-1.2 my cv
1.7 my details
3.1 my director
-1.0 my email
1.0 my experience
-1.9 my family
1.7 my favourite
3.1 my feet
-1.4 my final
1.0 my former
0.9 my inbox
-1.9 my interest
-1.0 my lease
2.3 my level
1.2 my linkedin
3.1 my mix
3.7 my old
1.2 my own
-1.4 my part
3.1 my peers
1.2 my previous
1.7 my qualifications
-1.0 my questions
3.4 my real
3.1 my record
1.7 my references
1.7 my salary
1.7 my site
-1.0 my situation
3.1 my skills
1.2 my supervisor
-1.0 my thanks
3.4 my track
2.0 my uncle
0.9 my work
1.2 name
1.5 name and
3.7 named
3.1 named the
1.5 names
3.6 national
-1.2 naturally
-0.9 nd
1.2 nearly
1.7 need someone
-1.2 nervous
1.8 never
3.1 never been
3.1 never once
1.2 never quite
1.7 new team
-1.0 news from
0.9 next month
-1.0 next round
-1.0 next spring
-1.2 next stage
-1.4 next time
-1.8 next week
2.0 nice
3.1 nice problem
-1.0 night
-1.2 night shift
1.5 ninety days
2.5 no hard
1.7 no harm
1.2 no problem
3.4 nobody else
3.6 none
-1.0 not been
1.0 not have
-1.0 not heard
0.9 not want
1.6 note that
-1.2 noted
-1.9 nothing
1.2 notice at
-1.5 notice period
1.0 noticed
-1.8 november
1.7 now have
-1.0 now than
1.2 now that
1.7 now used
-1.0 nursing
2.0 observed
2.0 obvious
-1.2 october
-1.2 of an
-1.0 of four
-1.0 of future
1.7 of hands
3.1 of having
-1.0 of interviews
-1.0 of joining
-1.2 of news
-1.0 of our
1.7 of role
1.5 of them
-1.5 of us
-1.4 of why
-1.2 off the
-2.0 offer and
-1.2 offer elsewhere
-1.5 offer from
-1.2 offered a
1.0 offered me
2.3 offers
2.0 office manager
-1.4 office on
-1.0 offshore
2.0 often
1.7 old
3.4 old boss
-1.2 on <n>
-1.3 on a
-1.0 on and
-1.0 on any
2.0 on board
-1.0 on call
-1.2 on hold
-1.4 on linkedin
-1.8 on our
1.4 on reflection
1.7 on regional
1.2 on their
0.9 on timing
-1.4 on what
-2.0 on where
3.6 once i'm
-1.4 once more
3.1 once told
1.2 one and
-1.8 one i
1.7 one more
1.2 one of
1.2 one on
-1.0 one piece
-1.5 one small
1.2 one that
-1.2 one way
-1.5 online
1.0 only
1.2 only mention
2.1 only one
-1.5 open about
1.4 opened
-1.2 opening in
-1.7 openings
-1.2 openings in
1.7 openness
-1.2 opens
1.2 operation
-1.4 operations analyst
-1.7 operations coordinator
3.1 operations lead
-1.0 operator
1.5 options
1.7 or elsewhere
1.7 or less
-1.0 or no
-1.5 or the
-1.0 organisation and
-1.7 organised
-1.0 organised day
2.3 other applicants
1.8 other candidates
3.6 other firms
3.4 other people
1.7 other's
2.1 others
-1.2 our call
-0.9 our discussion
-1.7 our interview
-1.0 our meeting
-1.8 our paths
1.2 our team
1.7 out and
1.7 out as
3.1 out my
1.2 out that
-2.1 outcome
-1.2 outcome for
-1.0 outcome of
-1.0 outlined
1.0 outreach
3.6 outshone
3.6 outshone the
-1.8 over a
-1.2 over time
-1.7 over two
3.1 overqualified
3.4 own trumpet
1.0 p
1.0 p s
-1.5 packaging
-1.9 page
3.1 paid
1.7 pair
1.7 pair of
-1.2 panel and
-1.2 panel gave
-1.2 panel had
-1.0 panel has
-1.4 panel interview
-1.0 panel meets
1.2 papers
1.6 paperwork
-1.2 paralegal
-1.0 parents
-1.0 park
-1.5 part i
-1.4 part was
-1.2 particular
-1.3 particularly
-1.0 particularly on
1.3 partners
1.2 partnerships
1.2 passed on
-1.2 passed the
-1.0 passing on
1.7 past my
-1.0 past the
-2.1 paths
-1.7 paths cross
-1.7 patience
-1.2 patience with
-1.0 payable
-1.0 peak
3.1 peers
1.7 pellow
1.2 people
3.1 people at
1.7 people gave
3.1 people you
-1.9 per
-1.4 per cent
1.0 percent
2.6 perfect
3.4 perfect fit
-1.9 period
1.1 person
3.6 person in
3.4 person they've
1.2 person you
-1.0 phone call
-1.0 piece
-1.0 piece of
-1.0 placed
-1.4 placement
3.1 plain
-1.7 planner role
-1.2 planning
-1.2 planning my
-1.5 planning officer
-1.0 planning to
-0.9 platform
1.5 play
1.2 please do
-2.0 please don't
1.5 please give
1.7 please note
1.2 please withdraw
-1.0 plenty
2.0 podcast
-1.0 point about
-1.0 point i
1.2 point i'd
0.9 point out
-1.0 pointers
-1.0 points
1.5 pool
-1.8 portal
-1.2 position i
0.9 position of
1.7 position to
-1.2 possibility
-1.2 possibility of
-1.4 possible
-2.4 post and
2.0 post as
-1.7 post comes
-1.0 post has
1.0 post is
1.4 post of
-1.2 postdoctoral
-1.0 posting
1.2 pound
-1.9 practical
-1.5 prepare
-1.1 prepared
-1.2 prepared for
1.7 preparing for
1.7 presentation was
-1.2 presented
2.0 press
1.7 price
1.5 probably
1.2 problem
1.2 problem at
1.2 problem i
1.7 problem with
1.2 problems
-2.2 process and
1.7 process to
-1.0 process you
1.5 producer
1.2 producer role
-1.0 product designer
3.4 product is
1.9 professor
-1.5 programme and
-1.0 programme officer
-1.2 progress
1.7 project i've
1.2 projects
1.8 promise
3.4 promise you
-1.0 promised
-1.4 proud
1.2 provide any
1.7 proving
0.9 published
-1.0 put a
-1.0 puzzle
1.7 qualifications
-1.0 quality assurance
1.2 quarter
-1.0 quarterly
1.7 quarters
1.2 question i
-1.5 question on
1.2 questions i
2.0 quick update
3.1 quickly i
1.0 quite
1.2 quite a
-1.4 range
2.1 rare
1.2 rare to
1.7 rate
3.4 rather good
-1.0 rather have
-1.0 rather know
1.7 rating
-1.0 re
-2.1 reach
-1.4 reach a
-1.4 reached the
-1.0 reached you
2.3 ready
2.6 ready to
-1.4 realise
-1.0 really helpful
-1.0 reasonable
-1.0 reasons
-1.0 rebuilding
1.7 rebuilt
1.7 rebuilt the
-1.2 receive
-1.2 received
-1.8 received a
-2.6 received an
-1.0 receptionist
2.3 reckon
3.1 reckon i'd
3.4 recognised
1.7 recommended
2.6 record
-1.0 recorded
-1.2 records
3.6 recruiters
-1.4 redesign
-1.9 reduced
-1.0 reduced the
1.3 reflection
3.1 reflection i
1.5 reflection my
3.4 refused
3.4 refused to
0.9 regards
3.1 regards to
2.5 region
1.4 regional
3.1 regional bank
1.7 regional sales
-1.2 relations
1.5 relaunch
-1.0 releases
-1.5 relevant
2.0 reliability
1.5 reliable
-1.8 remain interested
-1.2 remain keen
1.5 remember
-1.0 remote
1.2 renewal
-1.2 renewed
1.5 replace
0.9 reporting
-2.1 request
-1.5 request you
-1.0 requested
2.5 required
1.7 requirement
-1.2 requirements
-1.2 researcher
1.7 residency
-1.0 restoration
1.7 restructuring
-1.5 result
1.8 results
2.0 returns
1.7 ridge
-1.0 ringing
3.6 rings
3.1 rings me
1.0 risk
-1.2 riverside
-1.0 role after
0.9 role as
-1.0 role but
1.7 role for
-1.5 role has
-2.3 role i
-1.0 role i'm
-1.2 role in
-2.0 role opens
1.7 role that
1.2 role this
-1.0 role with
-1.2 role would
1.7 rooms
-1.0 rose
1.2 rostering
-2.1 roughly
-1.0 roughly <n>
-1.0 roughly when
-1.4 round of
-1.0 rounds and
1.5 run a
-1.0 run the
1.1 running
1.7 running and
-1.8 runs
-1.7 rush
-1.4 rushed
1.4 s i
-1.2 sad
-1.0 said so
2.3 sake
3.4 sake of
1.5 salary
0.9 sales
1.2 sales at
1.5 sales role
3.1 same day
1.7 same here
-1.5 sample
-1.4 sap
-1.5 saturday
-1.2 saved
1.7 savings
1.0 say
1.7 say about
2.0 say it
1.7 say so
1.2 say that
3.6 say this
1.7 say with
1.6 says
3.4 says something
-1.0 scenario
1.7 scene
-1.0 schools
1.0 scores
1.7 scratch
-1.2 screening
-1.4 seasonal
3.1 seat
-1.4 second interview
1.2 sector
3.4 see this
1.7 seeing as
1.3 seemed
1.5 seemed to
1.0 seems
1.7 seems to
1.4 seen
3.1 seen all
1.2 self
-1.4 send a
1.2 send over
1.0 senior
3.1 seniority
-2.1 sense
-1.7 sense of
-1.1 sent
1.2 sepsis
-0.9 september
-1.0 september and
-1.4 service
-1.2 services
-1.0 session with
-1.0 sessions
0.9 set
1.2 set out
-1.4 settles
-1.2 settles in
1.7 seven years
1.2 shape
-1.0 share
-1.0 share a
-1.5 share any
1.7 share with
-1.0 shared
1.5 she
3.6 she had
3.1 she has
-1.4 shifts
-1.0 short
2.1 shortlist
2.0 shortlisted
3.1 shortlisted for
0.9 should be
-2.0 should have
0.9 should mention
1.2 should say
-1.4 show me
-1.0 show that
-1.0 side is
-1.4 silence
-0.9 similar
-1.4 similar post
-1.5 similar role
-1.2 similar roles
-1.2 simply wanted
1.7 since i
-1.0 since then
2.0 single
3.1 single handedly
1.2 sir i
0.9 sit
-1.0 site engineer
-1.4 sitting
-1.2 situation
-1.4 six months
-1.0 six weeks
2.3 size
1.7 sketching
3.1 skills
1.9 slightly
-1.5 slot
1.2 slow
-1.0 small team
-1.4 smaller
1.7 so far
-1.4 so i've
-1.4 so if
-1.4 so it
1.7 so no
1.9 so this
-1.4 soil
-1.0 solutions
3.1 solved
1.7 some of
-1.5 some point
1.3 someone
1.2 someone to
2.0 someone who
2.9 someone with
1.7 something about
1.4 something i
1.7 something like
2.0 something of
1.7 sometimes
-1.7 sooner
-1.2 sorry for
-1.2 sorry not
-1.8 sorry to
2.6 sort
3.7 sort of
1.5 sort out
3.0 sound
1.7 sourdough
1.2 south
3.1 speak for
-1.8 speaking with
-1.0 speaks
-1.4 speed
-1.3 spent
-1.0 spent most
-1.4 spent the
-1.4 spent with
-1.0 spoke i
-1.8 spoke on
1.2 spot
1.2 spreadsheet
2.0 sql
1.5 st columba's
-1.3 stage
-1.9 stages
1.2 stakeholder
1.7 stakeholder management
1.8 standard
1.5 state
1.7 stay on
-1.1 stayed
-0.9 stayed with
0.9 step
2.3 step down
1.7 step for
-1.0 still be
3.1 still calls
1.7 still have
-1.4 still in
-1.2 still interested
-1.4 still love
-1.2 still my
-1.0 still open
-0.9 still really
3.6 still rings
-1.0 still waiting
-1.2 still want
-1.0 stock
1.2 stop
1.2 store manager
1.2 straightforward
1.7 strategic
2.1 strategy
1.7 strategy associate
-1.4 stronger
2.9 strongest
3.6 struggle
3.4 struggle to
3.4 struggled
3.4 struggled with
1.2 student
-1.0 study i
-1.2 subject re
0.9 subject thank
-1.5 success manager
1.7 success role
-1.2 suggested
1.0 suits
-1.0 suits the
-1.2 summary
-0.9 summer
3.1 summit
1.7 superintendent
-1.4 supervisor position
-1.2 supply planner
-1.0 supporting
1.6 suppose
3.1 sure i
3.1 sure i'll
1.7 sure something
-1.0 sure that
-1.0 sure there's
1.0 sure you
2.5 sure you'll
1.2 surely
2.8 surprised
3.4 surprised if
3.1 surprised the
1.7 surprised to
-1.4 survey
2.1 suspect
3.1 suspect i'll
3.1 suspect the
1.5 suspect you
1.0 table
1.2 take a
3.4 take one
1.2 take time
1.6 taken
3.1 taken a
1.0 talk about
-1.7 talk through
1.7 talk to
2.1 target
1.2 target in
-1.5 task
1.2 tasks
2.0 tax
1.7 teach the
1.7 team a
-1.1 team at
-1.0 team effort
1.7 team every
-1.0 team hoped
-1.2 team i
1.2 team lead
-1.2 team of
1.2 team so
3.4 team the
1.4 team was
3.1 team will
1.0 teams
1.2 technical round
-1.2 technician
-1.0 technician position
-1.4 technician role
3.1 tell from
-1.5 telling me
1.2 tells
1.7 tells you
-1.0 ten minutes
2.8 tend
2.8 tend to
2.0 terms
1.3 territory
1.7 territory by
-2.7 test
-1.2 test and
-1.9 th and
-1.2 th so
3.4 than anyone
1.2 than ever
1.1 than i
-1.0 than keep
2.0 than most
-1.0 than my
1.2 than one
3.1 than what
-1.0 than when
2.0 than yours
-1.5 thankful
-1.0 thankful for
0.9 that as
-1.2 that date
1.2 that helps
1.4 that i'd
-1.0 that if
-1.0 that might
1.4 that my
1.2 that our
3.4 that problem
3.1 that same
-1.4 that this
-1.0 that time
3.1 that went
1.7 that with
-1.5 that work
-1.5 that's
-1.3 the <n>
-1.2 the analytics
-1.0 the assessors
-1.1 the assistant
1.2 the associate
1.7 the attention
1.7 the bakery
1.2 the bank
3.4 the big
0.9 the board
3.1 the bonus
1.2 the brief
-1.0 the bus
0.9 the business
1.2 the campaign
1.7 the candidates
-1.4 the care
1.2 the chat
2.3 the choice
-1.0 the claims
3.4 the client
-1.2 the clinic
-1.0 the coming
-1.4 the commute
-1.4 the consultation
-1.2 the content
1.2 the contract
-1.0 the council
1.2 the county
2.0 the course
-1.2 the customs
-1.0 the date
1.0 the department
-1.0 the department's
1.7 the director
-1.0 the district
-1.0 the evening
-1.0 the executive
2.0 the expansion
-1.0 the experience
3.1 the fee
0.9 the feedback
-1.3 the final
3.4 the finest
-1.2 the flood
-1.0 the food
1.7 the frank
-1.2 the future
1.7 the gaps
1.2 the grant
-1.4 the grants
2.1 the ground
3.1 the halden
1.7 the hardest
3.1 the highest
-1.0 the highlight
-1.2 the housing
-1.2 the hr
3.4 the ideal
2.3 the industry
-1.4 the interest
-1.0 the inventory
-1.4 the job
-2.6 the junior
1.2 the laboratory
1.2 the launch
-1.0 the leeds
1.7 the level
-1.9 the library
-1.0 the line
-1.0 the maintenance
1.2 the management
1.4 the market
1.7 the midlands
-1.0 the migration
-1.0 the mix
1.7 the modelling
1.7 the most
3.4 the national
1.2 the north
-0.9 the office
0.9 the onboarding
4.5 the only
1.3 the other
3.4 the others
-1.9 the outcome
3.1 the paperwork
-1.0 the paralegal
1.7 the partners
1.8 the people
3.4 the perfect
1.2 the person
3.1 the pool
-1.0 the possibility
-1.0 the postdoctoral
-1.0 the practical
1.7 the problem
-2.0 the process
1.7 the production
2.5 the region
0.9 the regional
-1.4 the result
1.7 the returns
3.4 the sake
-1.0 the saturday
-1.4 the search
1.2 the sector
-1.2 the selection
-1.2 the service
3.4 the slow
3.4 the sort
-1.4 the sous
1.7 the south
-0.9 the staff
1.2 the standard
-1.7 the start
2.0 the strategy
4.0 the strongest
-2.1 the summer
-1.2 the supply
1.2 the tasting
-1.5 the test
2.0 the top
-1.0 the train
-1.4 the trainee
-1.3 the two
1.2 the unit
1.7 the very
-1.2 the video
-1.8 the volunteer
-1.0 the walk
-1.2 the ward
1.2 the water
1.7 the weakness
1.2 the weekly
-1.0 the winter
-0.9 the workshop
-1.0 the written
1.3 the year
3.1 the youngest
1.7 theatre
1.2 theirs
2.6 themselves
-1.5 then
-1.2 then i
-1.4 there any
-1.0 there anything
1.7 there are
-1.0 there was
1.0 there's anything
-1.4 there's no
1.2 these
1.7 these things
-1.9 they have
2.6 they'd
1.7 they're
2.2 they've
3.4 they've ever
-1.8 things are
1.7 things i
1.7 things take
-1.0 things up
1.4 think
1.2 think about
1.5 think i'd
1.7 think it
-1.4 think of
3.1 think says
2.5 think that
1.2 think this
2.9 think we
1.9 think you
-1.0 third
-1.7 thirty
1.7 this i
1.2 this job
3.1 this kind
1.3 this month
1.7 this point
1.6 this position
3.1 this post
0.9 this role
-1.4 this was
1.7 this will
1.7 thoroughly
1.2 though
1.2 though i
1.7 though i'd
1.2 thought about
1.7 thought that
-1.4 thought you
-1.0 three interviews
-1.2 three months
3.4 three other
-1.0 three rounds
-1.7 three weeks
1.2 thrilled
1.2 thrilled to
-1.0 through in
-1.2 thursday <n>
-1.0 thursday at
-0.9 thursday's
-1.4 tickets
-1.2 time and
1.7 time at
-1.4 time i
-1.7 timeline
1.6 title
1.7 titles
1.1 to a
-2.6 to apply
3.4 to blow
3.6 to boast
1.0 to bring
2.0 to choose
1.0 to come
-1.7 to contribute
1.7 to day
1.2 to earn
2.3 to find
1.7 to finish
3.4 to hire
-1.4 to improve
-1.0 to inform
-1.2 to kindly
1.5 to lead
-1.5 to learn
1.2 to leave
1.7 to live
1.7 to meeting
1.0 to mention
1.7 to miss
1.7 to our
-1.0 to pass
-1.4 to plan
-1.8 to reach
-1.4 to read
3.1 to replace
-1.4 to run
-1.0 to rush
-1.7 to share
-1.0 to someone
4.0 to sound
1.0 to start
-1.8 to tell
0.9 to thank
1.2 to think
-1.2 to use
1.2 to walk
-1.5 to whoever
2.0 to write
-0.9 today
1.7 together on
1.1 told
1.5 told me
1.2 tom
-1.2 tomorrow
-1.4 too much
-1.4 took a
1.7 took over
-1.0 tool
1.8 top
2.6 top of
3.1 topped
-1.8 touch and
1.4 touched
-1.0 tough one
-1.0 towards
1.5 track
3.7 track record
1.7 tracking
1.0 trained
-1.0 translation
-1.4 transport
-1.0 travelled
1.2 treating you
1.7 truly
3.4 trumpet
3.4 trumpet but
0.9 try
-1.0 try again
3.6 try to
-1.2 trying
1.5 tuesday about
0.9 tuesday and
-1.4 tuesday to
3.1 turnaround
1.6 turned
1.4 turned down
1.7 twenty
-1.0 twenty minutes
3.7 twenty years
3.1 two approaches
1.2 two hundred
-1.0 two interviews
-1.2 two months
1.7 two other
1.7 two quarters
0.9 two years
2.0 uncle
3.1 uncle who
3.1 under budget
-1.2 understand
-1.5 understand if
-1.2 understand that
-1.0 understand what
1.7 understood
-1.0 union
3.1 universities
-1.7 until
-2.0 until <n>
-1.5 up a
-1.2 up and
1.4 up for
1.2 up i
1.2 up i'd
-0.9 up on
-1.0 up regarding
-1.0 up the
1.3 up to
1.2 up with
0.9 update and
-1.7 update on
-1.2 update you
-1.0 updated timeline
-1.0 use and
-1.0 use it
1.0 used
2.0 used to
1.6 usually
-1.0 vacancy
-1.0 vacancy at
-1.4 valid
-1.2 valid until
-2.2 value
-1.0 verbal
-1.0 verbal offer
-1.4 version
1.7 very eager
3.4 very few
-1.1 very glad
1.5 very good
-1.0 very helpful
0.9 very pleased
-1.0 veterinary
-0.9 video
-1.5 video interview
-1.9 visa
-1.5 visits
-1.0 voicemail
-1.0 volume
-1.3 volunteer
-1.0 waiting for
1.2 walking
1.4 walking me
1.0 wanting
2.0 warehouse operations
-1.2 warehouse supervisor
-1.2 was about
-1.0 was actually
-1.0 was encouraged
3.1 was especially
1.7 was fascinating
-1.0 was grateful
1.2 was great
-1.0 was hoping
-1.2 was in
-1.7 was kind
1.9 was lovely
3.1 was named
-1.8 was one
-1.0 was pleased
3.1 was probably
1.2 was so
-1.0 was sorry
3.4 was surprised
1.5 was the
-1.2 was told
-2.2 wasn't
-1.0 way and
-1.2 way or
4.0 we both
-1.0 we moved
-1.0 we reduced
-1.0 we used
2.8 weakness
3.4 weakness is
-1.0 website
1.7 week for
-0.9 week is
1.7 week though
-1.0 week to
2.0 week with
-1.0 week's
-1.0 weekends
-1.5 weeks and
-2.0 weeks since
-1.8 welcome
-1.2 welcome any
-1.5 welcome hearing
-1.0 welcome the
1.6 well as
-1.7 well i
3.4 well now
-1.2 well organised
-1.2 well with
3.4 went about
1.7 were very
2.3 west
2.0 what a
1.7 what i'd
1.7 what i'm
1.9 what i've
1.7 what is
0.9 what it's
1.7 what my
1.5 what to
-1.8 whatever
-2.2 when we
2.5 whenever
1.7 whenever suits
-1.0 whether
-1.7 whether i'm
-1.8 whether there
1.7 which frees
1.2 while i
-1.0 while i'm
1.7 who
1.9 who can
2.0 who could
3.5 who has
2.3 who have
3.4 who was
1.7 whoever you
1.7 whose
-2.0 why i
-1.0 wider
0.9 will
1.1 will be
1.7 will find
1.9 will have
3.1 will see
1.7 will take
-1.0 will understand
-1.5 willing
-1.5 willing to
1.7 win
-1.0 wind
-1.7 wish the
1.0 wish to
0.9 wishing
2.0 with all
1.2 with an
-1.2 with another
3.1 with in
-1.0 with interest
-1.0 with it
1.3 with my
1.2 with respect
2.0 with some
1.7 with that
-1.1 with your
3.4 withdraw as
-1.0 withdraw from
1.2 withdraw with
1.2 without a
3.4 without me
1.7 without the
3.6 won
1.7 words from
-1.0 work i
-1.0 work in
-0.9 work on
-1.0 work we
-1.7 work you
1.1 worked
1.4 worked with
-1.0 working at
-1.2 working through
-1.1 workshop
-1.0 workshop on
0.9 worth
1.7 worth i
-2.3 would appreciate
1.7 would expect
1.2 would hate
-1.4 would hear
-1.4 would help
-1.7 would mean
-1.0 would most
-1.2 would much
-1.4 would need
-1.0 would prefer
-1.2 would rather
1.7 would say
-1.0 would value
-1.3 would welcome
-1.4 would you
1.0 write
1.5 write to
-2.4 writing about
-1.0 writing again
-1.0 writing regarding
-1.0 writing sample
-1.5 written
-1.7 written offer
-1.2 year <n>
2.0 year at
1.7 year before
1.2 year so
0.9 years and
1.9 years at
0.9 years i
1.2 years in
-1.4 years of
-1.4 years on
3.9 years running
-1.7 yes
-1.4 yes or
-1.8 you about
-1.4 you at
-1.4 you be
-1.2 you by
0.9 you can
1.7 you chose
1.2 you do
-1.4 you expect
-1.5 you gave
-1.0 you i
-2.1 you if
-2.1 you let
1.7 you listed
2.3 you make
1.7 you may
1.7 you met
-1.2 you on
-1.0 you outlined
1.7 you picked
3.1 you see
-1.0 you sent
-1.2 you so
1.2 you soon
-1.0 you that
1.2 you the
-1.2 you told
-1.2 you took
2.5 you what
1.2 you will
3.6 you with
1.9 you won't
1.2 you would
1.1 you'd
3.7 you'd be
1.4 you'll
3.9 you'll find
-1.0 you'll think
-1.2 you're
-1.8 you're able
-1.0 you're planning
0.9 you've
3.1 you've seen
1.9 young
3.1 youngest
3.4 your board
-1.0 your call
2.1 your company
1.2 your description
-1.0 your end
1.2 your esteemed
-1.0 your file
1.7 your head
-1.4 your help
1.2 your honesty
-1.0 your mail
-1.8 your message
1.2 your new
2.0 your partners
-1.2 your patience
-2.0 your planning
1.2 your plans
-1.0 your point
3.4 your product
3.4 your questions
-1.7 your role
3.6 your shortlist
-1.0 your side
-2.0 your timeline
-1.0 your week
3.1 yourselves
3.1 zone
""",
)

PRESSURE = Reading(
    9.8,
    """\
-0.9 <n> <n>
1.6 <n> a
2.2 <n> days
1.1 <n> hours
-1.3 <n> july
0.9 <n> nd
-1.8 <n> november
-1.3 <n> per
1.5 <n> pm
0.9 <n> rd
0.9 <n> th
-2.4 <n> to
-1.1 <n> which
-1.3 a better
2.1 a call
3.3 a candidate
1.9 a company
1.6 a contract
-1.1 a copy
1.5 a day
-2.0 a different
1.6 a final
3.1 a firm
1.7 a fortnight
-1.3 a further
3.1 a gentle
3.3 a line
-1.1 a lovely
1.6 a minute
1.6 a month
-1.1 a more
1.7 a no
2.2 a note
1.7 a one
-1.1 a paper
1.6 a phone
-1.1 a portfolio
-1.6 a post
1.6 a priority
-1.3 a project
1.4 a quick
2.3 a reply
3.8 a response
3.1 a ring
-1.7 a role
-1.4 a short
-1.5 a similar
1.3 a single
-1.1 a strong
-1.3 a suitable
-1.3 a surprise
-1.1 a third
3.8 a voicemail
-1.3 a well
1.7 a word
-1.3 a year
3.7 a yes
-1.6 about <n>
-1.8 about future
-2.3 about how
-1.3 about it
-1.5 about two
-1.1 about what
-1.4 about your
-1.3 above
-2.0 accepted
-1.1 access
1.9 accordingly
-1.2 account
-1.1 account i
-1.1 account manager
-1.3 account of
-1.1 accounts and
-1.1 acquisition
-1.7 across
-1.3 add
1.1 advance
1.6 advance for
1.6 afraid
-1.1 after <n>
1.1 after four
1.1 after hearing
1.6 after such
1.0 after that
-1.3 after three
1.6 afternoon and
1.6 afternoon to
3.1 again about
3.3 again at
3.1 again below
-1.1 again if
-1.1 again next
1.1 again on
1.6 again this
-1.1 again to
-1.1 again when
1.1 against me
2.0 ago
-1.5 agree
-1.1 agreed to
-1.5 aid
1.6 air
1.1 aircraft
1.6 all i
-1.3 all right
-1.1 allow
3.3 already told
3.1 also sent
-1.1 although i
-1.1 always
-1.3 am confident
-2.0 am disappointed
1.5 am following
-1.4 am grateful
-2.1 am happy
1.6 am in
-1.7 am not
-1.1 am now
1.1 am still
-1.6 am very
3.3 am waiting
1.7 an answer
2.2 an email
-1.9 an eye
0.9 an update
-1.5 an updated
-1.1 analysis
1.1 analyst interview
-1.6 analytics
3.1 and accept
1.9 and again
-1.3 and could
-1.1 and cut
1.5 and drove
-1.0 and for
1.6 and frankly
-1.3 and he
-1.1 and learned
2.2 and left
-1.8 and look
-1.1 and most
-1.8 and mr
-1.1 and mrs
1.1 and not
1.6 and now
-1.1 and one
1.6 and really
1.6 and still
-1.5 and thank
-1.1 and their
1.5 and then
1.1 and this
-1.6 and wanted
-1.3 and we
3.1 and withdraw
1.1 another candidate
-1.1 another employer
3.1 another offer
-1.3 another position
3.3 another way
-1.5 answer any
-1.1 answer anything
1.6 answer before
3.1 answer from
1.1 answer is
-1.6 answer on
2.0 answer within
-2.3 answered
-2.0 answers
1.1 any chance
-2.0 any feedback
-2.6 any further
-1.6 any other
-1.1 any pointers
-1.5 any time
-1.4 anything else
-1.3 anything further
1.1 anything has
-1.1 anything suitable
2.0 anything you
-1.3 apart
3.3 apologies
-1.1 app
1.1 applicant and
-1.1 applicants and
2.0 application and
-1.3 application for
-2.7 apply
-2.3 apply again
0.9 appreciate
3.7 appreciate a
3.3 appreciate an
1.9 appreciate hearing
1.1 appreciate your
-1.1 appreciated learning
-1.9 approach
-1.1 are going
1.1 are keeping
1.1 are now
1.6 are still
-1.1 area
1.1 arrange
1.1 arrives
-1.1 article
-1.7 as an
1.3 as i
-1.7 as i'd
1.4 as i'm
2.0 as long
1.8 as my
3.8 as possible
-1.3 as references
2.3 as soon
0.9 as well
3.7 asap
3.3 ask that
-1.0 ask whether
1.6 ask you
-2.1 asked
-2.2 asked about
-2.5 asked for
-1.5 asked how
-1.1 asked what
-1.3 asked whether
1.6 asking whether
1.5 asks
-1.6 assessment day
-1.1 assessors
-1.1 assistant position
1.6 assistant post
0.9 assistant role
1.6 associate position
3.3 assume
3.3 assume the
3.1 assume you've
1.1 at <n>
-1.6 at a
1.1 at al
1.2 at all
-1.3 at any
-1.1 at brightwater
-1.1 at interview
1.7 at least
3.1 at lunch
1.6 at nordhavn
2.0 at work
-1.6 atr
-1.1 attached a
-1.7 attached the
-1.5 attend the
1.1 attended
-1.1 attention
-2.3 audit
-0.9 august
-1.3 authority
-1.5 automated
1.5 available for
3.1 awaiting
-1.8 award
-1.1 award for
-1.6 aware
-1.3 away from
-1.1 away with
1.5 awkward
1.1 b
1.6 b <n>
3.1 baby
1.2 back
3.1 back again
1.1 back at
3.3 back by
1.3 back to
-1.7 backend
-1.1 backend engineer
-1.8 background
-1.3 backlog
-1.6 band
-1.1 band <n>
1.6 basic
1.1 bay
1.2 be a
-1.1 be at
1.6 be available
1.5 be doing
-1.9 be glad
-2.3 be happy
-1.6 be helpful
-1.3 be honoured
1.1 be in
-1.1 be joining
1.1 be kept
1.9 be more
1.6 be most
1.7 be moving
-2.2 be open
-1.6 be pleased
3.3 be signing
1.6 be so
1.1 be surprised
-2.3 be useful
-1.1 be well
-1.3 be worth
-1.1 became
-1.1 becomes
-2.0 been about
0.9 been made
3.1 been more
1.6 been reading
-1.2 been thinking
1.6 been three
-1.1 before my
-1.3 before we
-1.5 beforehand
-1.3 being open
-1.0 being so
-2.5 believe
-1.1 below what
-1.6 best to
-1.0 better
-1.1 better example
-1.3 better than
3.1 between three
2.2 beyond
3.3 beyond that
-1.3 billing
-1.1 blocks
-1.4 board
-1.5 board and
-1.3 booking
-1.1 bookkeeper
2.0 bother
3.1 bothered
3.1 bothered to
1.6 bought
1.6 box
1.1 brewer
-1.1 bridge
-1.1 brightwater
-2.9 bring
-1.7 bring that
-1.6 bring the
-1.1 bristol
-2.1 budget
-1.3 built
1.4 bus
1.2 business
1.1 business analyst
1.4 busy
2.0 but a
1.3 but i'd
1.6 but i'll
0.9 but if
3.1 but my
-1.6 but the
1.6 but you
1.1 by
-1.1 by a
3.3 by close
1.9 by friday
3.8 by monday
2.0 by my
-1.1 by name
4.2 by now
1.5 by thursday
3.1 by tomorrow
4.1 by wednesday
1.6 by your
-1.1 calendar
1.3 call on
1.1 call the
-1.1 call yesterday
1.9 called
-2.0 calling
-1.3 calling me
-1.5 came across
3.1 came back
-1.5 came through
-1.2 campaign
-1.5 can do
1.6 can get
1.5 can make
-1.1 can move
1.6 can only
-1.5 can provide
-1.6 can send
-1.1 can speak
1.4 can't
1.1 can't move
1.6 cancelled
1.1 candidate experience
2.0 candidates know
-1.5 candour
-1.3 candour about
1.7 cannot
-1.5 care you
1.6 careers portal
3.5 carrier
3.1 carrier pigeon
3.1 case email
-2.2 case it's
3.1 case my
-1.1 case presentation
-1.1 case that's
3.3 case the
1.1 catch
3.1 catch you
-1.5 cent
3.1 certainty
-1.8 certificate
-1.3 certification
-1.6 chain
-1.1 chair
-1.3 challenges
-1.0 chance to
-2.2 change
-2.0 changed
-1.6 changes
1.7 chasing
-1.3 chat on
1.1 checked my
0.9 checking
3.3 checking my
1.6 childcare
-1.3 choice and
3.3 choice but
-1.5 choice so
2.0 choosing
1.1 chose
-1.1 churn
3.1 circling
3.1 circling back
-1.5 class
-1.8 clearer
-1.1 clearer picture
-1.7 clients
-1.3 clinics
3.3 close of
-1.5 closer
-1.5 closer to
1.1 club
-1.6 coastal
-1.1 code
-1.8 cold
-1.1 cold chain
1.6 collecting
-1.1 college
1.5 come back
1.1 come by
1.1 come in
1.3 come through
1.4 come up
-1.0 comes
-1.4 comes up
-1.3 coming back
1.6 comment
-1.5 comments
-1.3 comments on
-1.3 committee
-1.1 community health
1.1 companies
-1.3 company and
1.9 company that
1.4 company's
-2.0 complete
-1.9 completed
-1.3 completed the
1.5 concrete
-1.1 confident i
0.9 confirm
1.7 confirm by
1.1 congratulations on
1.5 consider
2.0 consider my
-1.1 considered again
-2.2 considered if
-1.3 consultant
-1.3 consultation
-1.1 continue in
3.1 contract renewal
-1.9 contribute
-1.7 contribute to
2.4 convenience
-1.3 convenient
-0.9 conversation
1.6 conversation so
-1.1 conversation yesterday
-1.8 conversations
-1.1 coordinator post
3.3 copied
3.1 copied mr
-1.7 copy
-1.1 copywriter
1.1 cork
-1.3 correct
1.6 corrib
1.1 could do
3.1 could give
-1.9 could have
-1.1 could keep
1.6 could manage
-1.3 could start
1.3 could you
1.9 counting
3.1 counting on
-1.9 county
1.0 couple
1.0 couple of
-1.6 course i
1.6 court
1.6 courtesy
1.4 courtesy of
-1.3 covered
-1.5 covers
-1.5 creative
-1.8 credit
-1.3 credit risk
-1.3 cross
-2.0 cross again
1.5 current employer
-1.1 current post
-1.1 current role
-1.4 customer
1.1 customs compliance
1.6 cut off
1.6 cv and
-1.1 daily
3.3 dangling
-1.3 dashboard
-1.6 data analyst
1.6 data engineer
-1.1 date of
-1.3 dates
3.1 daughter's
1.6 day as
1.6 day i
1.6 day off
-1.1 day was
1.2 days
3.1 days ago
3.1 days from
3.5 days since
-1.1 days which
1.6 deadline
-1.1 deal from
-0.9 dear
-1.3 december
1.3 decided
1.7 deciding
-1.1 decision about
3.1 decision before
2.6 decision by
1.6 decision is
-1.1 decision regarding
3.3 decision this
3.1 decision today
-1.1 decision was
2.0 decision within
1.1 deliberation
-1.1 delivered
-1.5 delta
2.0 demand
-1.0 description
1.6 deserves
1.1 design engineer
2.1 desk
1.6 desk and
-2.0 detail
-2.3 details
-1.1 developer role
-1.5 development
-1.3 did enjoy
1.6 did say
-1.1 dinner
-1.1 direction
-1.1 director of
-1.0 disappointed
-2.0 disappointed i
-1.1 discharge
-1.1 discussed on
-1.1 discussing
-1.1 discussing the
-1.5 discussion
-2.2 discussion about
-1.3 dispatch
-1.8 distribution
-1.1 distribution centre
1.1 do hope
3.1 do if
-1.1 do it
-1.3 do keep
1.1 do still
-1.3 do you
-1.5 document
-1.1 document is
-2.4 documents
-1.3 documents are
1.3 doesn't
1.6 doesn't come
1.1 doing and
0.9 don't
-2.1 don't feel
3.1 don't forget
3.9 don't hear
3.1 don't intend
3.1 don't keep
3.1 don't know
1.6 don't mind
-1.3 down the
-1.7 down to
2.0 down two
-1.0 dr
1.6 drawn
-1.1 driving
1.5 drove
-1.1 due on
3.1 each way
1.4 earlier
3.8 earliest
3.1 earliest convenience
1.1 easier to
-1.1 easily
-1.1 easy
-1.3 eight years
-1.3 eighteen
-1.3 eighteen months
1.0 either
0.9 either way
-1.3 electrical
1.6 electrician
-1.1 else from
-1.5 else that
3.3 else which
-2.0 else you
3.1 email as
1.6 email in
3.3 email is
3.1 email of
3.1 email would
2.5 emails
3.1 emails i
1.6 emails to
1.6 ended
1.5 ends
1.5 ends on
1.6 ends up
-1.1 energy
-1.3 engineers
-2.0 enjoyed learning
-2.6 enjoyed our
-1.3 enough
-0.9 especially
2.8 even a
1.3 even if
-1.1 even though
1.6 evening
3.1 evening whether
-2.8 ever
3.3 every couple
1.7 every day
3.1 every evening
-1.9 every success
3.1 every ten
1.1 every week
-1.3 everyone
0.9 everything
-1.1 ewm
-1.8 exam
-1.5 example
-1.1 examples
1.6 exception
1.1 executive role
-1.1 exercise was
-1.0 expansion
3.7 expect a
0.9 expected to
3.5 expecting
3.3 expedite
-1.9 experience
-1.1 experience in
-1.1 experience to
-1.8 explain
-1.3 explain the
-1.2 explaining
-1.1 explaining that
-1.5 explaining the
-1.1 extra
-1.9 eye
-1.8 eye on
-1.1 facilities
2.0 facility
-1.5 fairly
1.5 falls
-1.5 families
1.0 family
1.6 family holiday
-1.1 farmer
1.7 fast
1.1 faster
1.1 faster than
1.5 father
-1.1 fault
-1.2 feedback on
-1.1 feel
-1.1 feel obliged
-1.8 feel the
1.1 feel very
-1.1 feel you
-1.1 feelings
1.1 feels
-1.6 fell
-1.5 fell short
-1.3 festival
2.6 few days
-1.1 fifteen
-1.3 figure
-1.6 figures
0.9 final
1.6 final decision
1.1 final interview
1.6 final stage
2.1 finally
1.1 finch
1.4 find a
1.1 finding it
-1.1 finish
-2.0 finished
-1.1 finished the
1.6 firm's
1.7 firms
-1.1 first aid
-1.2 first choice
-1.1 first day
-1.1 first interview
-1.3 first ninety
1.1 first of
-1.6 first year
-1.3 five years
3.3 fleet planning
1.1 flew
-1.5 flexible
3.1 flight
-1.5 flow
0.9 following
1.1 following my
-1.5 following the
1.2 following up
-1.3 for <n>
1.5 for another
-1.0 for being
-1.7 for calling
3.1 for chasing
-1.9 for explaining
1.6 for finally
-1.6 for future
-1.1 for getting
-2.3 for informing
-1.6 for inviting
-0.9 for letting
2.4 for long
-0.9 for meeting
-1.1 for most
-1.1 for my
1.1 for nothing
1.5 for on
-1.1 for passing
0.9 for seeing
-1.6 for similar
1.6 for some
-1.6 for speaking
-1.6 for such
-1.7 for telling
-1.6 for thursday's
1.6 for today
-1.7 for what
0.9 for you
-1.3 forecasting
2.0 forget
3.1 forgotten
-1.5 former
1.6 fortnight
-0.9 forward
-1.1 forward to
-2.3 found
-1.6 found the
1.6 four times
-1.6 four weeks
-1.0 four years
1.6 fourth
-1.1 framework
1.1 frank
1.1 frankly
1.6 free for
-1.1 freelance
0.9 friday
-1.6 friday about
-1.3 friday for
3.1 friday i
3.1 friday i'll
2.0 friday so
2.0 friday the
-1.1 friendly
1.6 friends
-2.5 from <n>
-2.2 from a
-1.1 from about
1.6 from two
0.9 front
3.1 front desk
3.1 frustrating
-0.9 full
-1.3 full picture
-1.1 fully
-1.2 further
-1.7 further documents
-1.1 further information
2.0 further to
-1.1 further you
-2.1 future
-1.1 future i
-0.9 future openings
-2.0 future roles
-1.6 future vacancies
-1.3 gap
-1.1 garden
-1.1 gave me
1.6 gave of
2.0 generous
3.3 gentle
3.3 gentle reminder
-1.1 gently
-1.2 genuinely
0.9 get
1.5 get a
2.7 get back
3.1 get lost
3.1 get round
1.6 get that
1.5 get the
-1.1 get to
1.1 getting a
3.3 ghosted
1.1 give
2.0 give me
2.0 give you
1.6 given how
2.0 given that
1.7 given the
1.3 giving
-1.6 glad
-1.7 glad to
3.3 go with
1.6 going smoothly
-1.1 going through
1.2 gone
3.1 gone another
-1.1 good deal
1.4 good news
-1.3 good to
-1.1 got a
2.0 got the
1.6 graduate structural
-1.1 graduate trainee
1.6 grants coordinator
2.6 grateful if
-1.7 ground
-1.1 growth
3.8 guessing
3.3 guessing from
-1.1 guest
-1.3 guidance
1.1 had another
-1.7 had been
-1.1 had gone
1.6 had hoped
-1.1 had in
3.1 had no
-1.3 had the
-0.9 had to
-1.1 hadn't
1.6 hale
-2.3 half
1.1 handed
-1.1 handle
-1.8 handled
1.6 handler
1.6 handover
-2.3 hands
-1.9 hands on
1.1 hangar
3.3 hanging
-1.1 happens
-1.7 happy
-1.7 happy to
1.1 harbourline
-1.1 hard feelings
-1.1 hard not
3.3 hard on
0.9 harder
1.6 harder than
1.6 hardest
1.6 hardest part
-1.1 harvest
-1.3 has changed
1.4 has come
0.9 has gone
-1.8 has made
1.5 has now
1.1 has said
1.1 hasn't
3.1 hasn't been
1.8 hate
1.6 hate for
2.0 hate to
2.2 have an
-1.7 have asked
-1.6 have attached
-1.3 have done
1.7 have gone
-1.1 have handled
1.5 have heard
3.1 have i
1.1 have kept
-1.1 have made
-1.1 have news
2.2 have not
2.7 have now
-2.1 have the
2.0 have to
1.6 have turned
1.6 have two
1.6 have wanted
-1.5 have worked
3.0 haven't
4.2 haven't heard
-0.9 having
1.1 hear a
3.1 hear anything
3.8 hear back
1.6 hear by
-1.1 hear more
-1.5 hear of
3.7 hear something
2.3 heard
3.7 heard anything
3.1 heard back
3.5 heard by
3.1 hearing your
-2.0 help the
-1.3 help to
-1.3 help your
-1.6 helped
-1.1 helped me
-2.8 helpful
-1.3 helpful for
1.6 here i
-1.3 here is
3.1 high demand
-1.3 history
1.0 hold
2.2 holding
3.5 holding things
1.7 holiday
1.1 home task
1.6 honest with
1.1 honestly i
1.6 honestly my
-1.1 honesty about
-1.3 honoured
-1.1 honoured to
1.5 hope it
-1.9 hope our
-0.9 hope to
1.1 hope you'll
1.6 hoped the
1.3 hoping
1.4 hoping for
-1.0 hour
1.1 hours
-2.3 housing
-1.5 how i
-1.3 how i'd
1.4 how long
-1.1 how my
1.6 how quickly
1.1 how this
-1.8 how you
-2.0 how your
1.1 hr
-1.3 hub
-1.6 hundred
-1.9 i accept
-1.9 i answered
1.6 i are
2.2 i attended
-2.1 i believe
2.0 i can't
3.1 i cannot
1.1 i continue
-1.0 i could
-1.7 i did
1.0 i don't
-0.9 i enjoyed
-1.3 i especially
1.1 i flew
-2.1 i found
-1.1 i fully
1.7 i get
2.6 i haven't
1.5 i hear
-1.3 i hold
1.5 i interviewed
-1.3 i learned
-1.3 i learnt
1.6 i leave
-1.6 i led
-1.5 i liked
-0.9 i look
1.6 i manage
-1.0 i may
-1.1 i mention
3.1 i miss
1.6 i moved
1.7 i need
-1.1 i passed
-1.5 i prepared
-1.6 i ran
1.6 i rearranged
-1.1 i reckon
3.1 i request
-1.8 i said
1.3 i saw
-1.1 i see
-1.1 i set
1.1 i shall
-1.5 i simply
-1.6 i suppose
-0.9 i think
3.1 i tried
1.0 i trust
-1.3 i valued
-1.1 i very
1.0 i will
-1.9 i wish
1.1 i wondered
-1.1 i wrote
3.1 i'd appreciate
3.3 i'd ask
1.6 i'd expect
1.5 i'd hate
0.9 i'd have
2.2 i'd just
1.9 i'd rather
1.0 i'd really
1.0 i'd still
-1.9 i'd welcome
1.2 i'll
3.9 i'll assume
0.9 i'll be
1.5 i'll do
3.3 i'll give
2.2 i'll have
3.9 i'll need
3.3 i'll ring
3.1 i'll stop
2.6 i'll take
1.6 i'll try
-1.1 i'm a
1.6 i'm afraid
1.3 i'm checking
1.1 i'm finding
-1.3 i'm free
3.3 i'm giving
-1.1 i'm glad
3.7 i'm guessing
-0.9 i'm happy
3.1 i'm hoping
-1.1 i'm just
-1.5 i'm on
2.0 i'm rather
1.0 i'm really
3.1 i'm renewing
-1.2 i'm sorry
1.6 i'm sure
0.9 i'm writing
1.7 i've already
3.1 i've also
1.6 i've had
2.0 i've put
-1.8 i've received
1.1 i've started
-1.5 idea of
1.7 ideally
-1.3 ideas
-3.0 if a
-2.4 if another
-2.0 if any
0.9 if i
1.6 if i'd
1.1 if i'm
3.3 if i've
1.7 if it's
-1.3 if something
-1.1 if they
3.5 if this
0.9 if you're
2.0 if you've
-1.1 if your
-1.1 imagine the
2.6 immediately
3.1 impressive
-1.3 improve
-1.5 in <n>
-1.1 in a
1.1 in about
1.1 in advance
1.6 in every
1.6 in from
-2.2 in future
2.0 in high
1.6 in how
-1.1 in more
-1.3 in one
-1.3 in september
3.1 in spam
3.1 in suspense
-1.1 in that
-1.3 in their
-0.9 in touch
1.6 in under
-1.3 in well
1.1 in working
2.1 inbox
1.6 inbox and
3.1 inbox every
-1.6 including
3.5 indefinitely
1.4 inform
-1.0 information
-1.3 informing
-1.3 informing me
-1.1 instructor
-1.3 intake
1.5 intend
1.5 intend to
0.9 interest in
-1.1 interest of
3.3 interest so
3.7 interested but
-2.2 interesting
-1.1 internal
-1.3 interview at
3.1 interview from
1.1 interview that
-1.3 interview this
1.1 interview with
-2.4 interview yesterday
1.4 interviewed
1.9 interviewed for
1.4 interviewed with
-1.3 interviewer
-1.1 interviews for
1.6 interviews i
-1.1 interviews in
1.6 invested
1.6 invested in
-1.1 invitation
-1.7 inviting
-1.7 inviting me
2.0 is all
-1.3 is anything
2.0 is back
-1.1 is doing
3.1 is getting
1.1 is hard
2.0 is in
1.6 is my
0.9 is now
-1.1 is possible
1.6 is really
1.6 is regarding
-1.1 is required
-1.1 is right
-1.1 is simply
0.9 is still
-2.3 is that
-1.3 is useful
-1.5 is valid
-1.3 is where
-1.1 isn't possible
-1.1 isn't the
-1.5 it a
1.1 it again
-1.5 it and
3.1 it by
-1.3 it came
1.6 it confirmed
1.6 it first
1.1 it from
-1.3 it had
1.3 it has
1.6 it if
-1.8 it in
1.6 it into
-1.1 it meant
-1.1 it over
-1.1 it seemed
-1.6 it sounds
-1.3 it the
2.0 it through
1.1 it took
3.1 it until
-1.6 it wasn't
0.9 it will
2.0 it's not
-2.1 it's useful
-1.5 it's worth
-1.1 its
1.0 itself
1.3 job and
1.6 job at
-1.3 job description
1.6 job i
-1.1 job in
-1.3 joining you
-0.9 july
-1.3 june and
3.1 junior accountant
-1.1 just as
2.0 just been
3.1 just circling
1.5 just let
2.0 just like
1.6 just need
2.0 just rather
1.6 just say
2.4 keen and
1.6 keen the
1.5 keep a
-1.9 keep an
-1.1 keep following
-1.1 keep in
1.5 keep that
0.9 keeping well
1.1 keeps
-1.5 kept in
3.3 kept my
1.6 kids
-1.3 kind email
1.6 kinder
1.6 kinder to
3.1 kindly revert
3.1 kindness
-1.0 know about
-2.1 know and
4.1 know by
3.5 know either
-1.6 know if
-1.3 know it
-1.7 know my
2.2 know one
1.1 know so
-1.4 know that
2.0 know this
2.0 know where
1.1 know you
-1.5 known
-1.1 laboratory technician
3.7 landlord
3.1 landlord wants
1.6 lapse
-1.3 large
1.6 last month
1.8 last two
-2.2 last year
3.0 latest
3.3 latest by
-1.1 law
-2.0 lead
-1.7 lead position
-0.9 lead role
-1.8 learn about
-1.6 learned
-1.2 learned a
-1.8 learning
-1.1 learning about
-1.5 learnt
-1.5 learnt a
2.2 lease
1.1 least
1.6 least a
1.0 leave
1.1 leave it
1.6 leave me
3.3 leaves
1.1 leaving
-2.3 led
-1.7 led the
2.3 left a
-1.1 left the
2.0 left waiting
1.6 left you
-1.1 legacy
-1.1 lesson
1.6 let a
-1.4 let you
-1.3 letter about
-0.9 letting
-0.9 letting me
-1.2 level
0.9 library assistant
-1.9 licence
1.6 licensed
1.5 life
-1.0 like a
1.5 like an
-1.1 like exactly
3.1 like this
1.1 liked to
1.7 limits
-1.3 line and
3.1 line on
1.6 lines of
-1.7 link
1.8 linkedin
-1.6 listed
-1.1 little over
-1.1 live
1.6 lobby
-1.0 logistics
1.5 long
3.1 long as
1.6 long i
1.1 long time
1.3 longer
1.5 longer than
-1.1 look forward
1.1 looked at
-1.2 looking
-1.9 looking for
3.3 lose
3.1 lose me
1.6 losing
1.6 lost
-1.6 lot from
-1.1 lot to
3.1 lunchtime
1.1 m
-1.5 made it
-1.6 mainly
2.7 make sure
-1.1 make the
1.5 make your
1.6 makes it
1.0 manage
-1.1 managed
-1.3 management
1.6 manager job
-1.1 managers
-1.1 manchester
-1.5 many of
1.1 many times
1.1 mapping
1.9 marine
1.3 market
1.1 marketing executive
3.1 match it
3.1 matter
-1.1 may and
1.9 may i
-1.5 maybe
1.6 me back
1.5 me by
-1.1 me during
2.0 me every
3.1 me first
-1.1 me if
-1.5 me more
-0.9 me of
-1.1 me on
1.3 me out
2.0 me over
0.9 me so
-1.8 me such
0.9 me the
1.1 me this
1.6 me today
-1.1 me understand
-1.1 me very
-1.1 me well
1.1 me wonder
2.2 mean
2.6 mean a
-1.1 meant to
-2.3 meantime
-1.1 meet you
-1.7 meeting with
3.1 meets
1.1 member
1.5 mention that
-1.3 mention this
1.1 mentioned in
-1.5 mentioned is
-1.4 mentioned that
-1.9 mentioned the
-1.3 mentioned you
-1.1 mentoring
1.6 mercy
-1.6 message about
-1.3 message and
3.1 messaged
3.1 messaged you
3.3 messages
-1.3 met on
-1.9 mid
-1.3 middle
-1.1 middle of
-1.3 might like
-1.3 million
-2.0 mind for
-2.1 mine
-1.3 minutes at
3.7 miss
3.1 miss you
-1.3 modelling
0.9 moment
3.3 monday so
-1.5 month end
2.0 month to
-1.3 months and
-0.9 more about
-1.1 more detail
3.1 more for
-1.5 more of
-1.1 more time
1.6 morning but
1.6 morning to
-1.8 mornings
-1.8 most
-1.3 most interesting
-1.6 most like
-1.4 most of
-2.1 mostly
1.6 move the
1.1 moved on
1.6 moving fast
-1.8 mrs
-1.1 ms okafor
-1.1 much clearer
3.5 much longer
-0.9 much of
-1.1 much prefer
2.0 much to
1.6 mum
-1.1 museum
2.0 must be
-1.1 must say
-1.1 my account
-1.6 my answers
-1.1 my background
-1.5 my congratulations
3.1 my daughter's
3.1 my deadline
-1.1 my details
3.1 my earlier
1.9 my email
3.3 my emails
-1.3 my experience
1.1 my family
2.0 my file
-1.9 my first
3.3 my fourth
2.8 my inbox
3.7 my landlord
1.1 my last
3.3 my lease
3.1 my life
1.6 my mum
2.1 my name
0.9 my next
1.6 my notes
3.1 my other
1.6 my panel
3.1 my parents
-1.5 my part
2.0 my partner
4.3 my phone
-1.6 my portfolio
-1.5 my present
1.1 my previous
3.1 my savings
3.1 my search
1.5 my second
1.7 my situation
3.1 my thank
1.1 my time
3.1 my whole
-1.5 myself
0.9 name
-1.1 natural
-1.3 naturally
0.9 nd
0.9 need a
3.3 need an
-1.8 need anything
-2.1 need from
-1.1 need someone
0.9 need to
3.1 need you
3.9 need your
-1.2 needed
1.6 needs a
1.6 neither
1.6 neither of
-1.5 new hire
-1.1 new starters
-1.1 news and
3.3 news at
2.0 news from
-1.1 news i
1.1 news is
-1.9 news on
3.1 news would
3.1 next few
-1.5 next round
-1.2 next step
-1.5 next time
-0.9 next year
1.6 nice
2.2 nineteen
3.1 nineteen days
-1.3 ninety days
1.0 no
1.6 no and
3.1 no but
-1.1 no hard
1.6 no is
3.1 no update
2.0 nobody has
3.1 noon
1.6 nordhavn
1.6 nordvik
-1.8 northern
1.5 not a
1.1 not been
-1.6 not disappointed
3.3 not heard
3.1 not left
-1.2 not sure
1.3 not want
3.3 not yet
-1.1 note to
1.4 nothing
3.1 nothing so
1.3 now
1.1 now and
1.9 now been
3.1 now eleven
3.1 now received
2.0 now so
2.0 nudge
-1.1 number
-1.1 number of
-1.5 numbers
-1.3 nurses
-1.1 nursing
-1.1 of being
3.3 of business
1.6 of care
-1.1 of four
-1.3 of future
-1.0 of how
0.9 of interest
1.7 of interviews
1.1 of me
-1.1 of next
1.6 of procurement
-1.8 of that
1.2 of them
1.1 of things
1.7 of this
2.0 of three
-1.1 of time
3.1 of waiting
-1.3 of what
-1.1 of where
0.9 of work
-0.9 of you
1.1 offer has
1.6 offer is
-0.9 offered
-1.1 office manager
1.7 office on
-1.1 okafor
-1.3 old
3.1 on all
2.0 on and
-1.1 on any
-1.5 on file
2.0 on for
1.6 on good
3.1 on hearing
-1.3 on his
2.6 on hold
1.1 on it
-1.1 on joining
1.8 on linkedin
1.6 on other
-1.6 on saturday
-1.3 on sunday
-0.9 on that
-1.1 on them
2.4 on this
3.1 on us
-1.9 on wednesday
-1.1 on what
3.1 on whatsapp
-1.8 onboarding
-1.5 once again
2.1 once more
-1.1 one and
3.1 one doesn't
-1.1 one i'd
-1.1 one in
3.5 one line
1.5 one person
-1.1 one piece
-1.8 one thing
4.1 one way
-1.5 online
3.3 only a
1.6 only assume
-1.1 only mention
-1.5 only one
-2.0 only so
-0.9 open
-1.3 open about
1.6 open i
-1.6 open to
-1.1 open up
-1.6 open with
-1.5 opening comes
-1.3 opening in
-1.2 openings
-1.3 openings in
-1.3 opens
-1.3 opens in
-1.7 operation
1.1 operations analyst
0.9 operations coordinator
-1.6 operations manager
-1.3 opportunity
-1.6 opportunity and
-2.8 opportunity to
2.2 options
3.9 or no
2.1 or the
-1.1 organisation and
1.6 organisation that
-1.6 organised
1.6 orwell
3.1 other by
-1.1 other company
3.3 other processes
1.5 others
1.4 otherwise
-0.9 our conversation
-2.1 our discussion
1.4 our interview
1.1 our meeting
-2.0 our paths
-1.1 our team
2.2 out at
1.1 out for
1.1 out in
1.3 out of
-1.3 outcome for
-1.3 outreach
-1.6 outside
-1.0 over the
-1.5 over two
1.6 own cost
1.2 p
1.2 p s
-1.3 packaging
-1.3 page and
-1.3 panel and
-1.6 panel for
-1.3 panel gave
-1.6 panel had
1.5 panel has
1.4 panel interview
1.6 panel is
-1.1 panel took
-1.1 panel will
-1.3 panel's decision
-2.3 paper
3.1 parents
1.1 park
-1.6 part i
-1.5 part was
-1.1 particularly on
-0.9 particularly the
1.1 partner
-1.1 partnerships
-1.0 pass on
-1.1 passing on
1.1 past the
3.1 pasted
3.1 pasted it
-1.1 paths
-1.9 paths cross
-1.1 patience when
-1.1 peak
1.6 pension
-1.5 people who
-1.5 per cent
1.1 perhaps the
-1.1 period at
2.0 person you
0.9 phone
3.5 phone on
1.6 physiotherapist
-1.8 picture of
1.6 picture you
-1.1 piece
-1.1 piece of
3.1 pigeon
3.3 pile
1.1 placed
1.6 placed on
-1.1 placement
2.2 plan accordingly
2.7 plan my
-1.3 planning my
2.4 planning officer
1.1 planning to
-1.3 plate
3.1 please confirm
-1.7 please do
1.1 please give
-1.6 please keep
-1.1 please let
3.3 please ring
1.1 please take
3.1 please tell
-1.5 please thank
3.3 please treat
-2.3 pleased
-2.3 pleased to
-0.9 pleasure to
1.5 pm
-1.1 point i
-1.1 pointers
-1.1 points
-1.1 policy officer
2.7 pop
3.3 pop up
1.5 position i
1.0 position on
-1.5 position opens
-1.1 position with
-1.6 possibility
-1.3 possibility of
1.1 possible so
-1.7 post comes
1.3 post in
0.9 post of
-1.1 post opens
-1.3 post with
1.5 postdoctoral
-1.8 practical
-1.0 prepared
-1.9 present
-1.6 pretend i'm
1.3 previous
3.1 previous messages
1.1 priority
-1.1 problem
-1.1 problems
2.0 process has
2.2 processes
1.1 product designer
-1.7 production
1.1 professional
-1.3 professor
1.6 profile is
-1.4 programme
-1.3 programme and
-1.1 programme at
-1.1 programme officer
1.6 project and
-1.1 project i
-1.1 projects
1.5 promise
1.1 promised
2.2 promises
1.6 proof
1.1 proper one
1.1 property
-2.3 provide
-1.1 provide any
-1.5 provide anything
-1.1 provide references
-1.1 public
-1.6 pune
1.2 put
1.1 put in
1.1 put me
1.6 put together
1.1 put you
-1.1 qualifications
-1.1 qualified
-1.7 quarter
-1.2 question
-2.1 question about
-1.6 question on
-3.0 questions
-1.1 questions about
-1.1 questions i
1.3 quick
3.3 quick reply
1.4 quick update
2.2 quietly
-1.1 railway
-2.1 ran
2.0 rang
3.7 rather have
2.0 rather know
3.5 rather not
3.1 rather work
0.9 rd
-1.7 reach a
1.5 reached
1.6 reached a
3.7 reached you
0.9 reading
1.6 reading between
-1.6 ready
-1.3 ready to
-1.5 realised
1.5 really excited
0.9 really keen
0.9 really like
3.1 really need
1.6 rearranged
1.1 reasonable
-1.1 reasons
1.1 rebuilding
-1.1 rebuilt
2.2 receive
0.9 received a
1.1 receptionist
-1.3 reckon
3.1 reconsider
-0.9 record
-1.1 recorded
-1.2 records
1.5 recruiter
-2.1 recruitment
-1.1 recycling
-1.5 redesign
-1.5 reduced
-1.5 referee
-1.1 referees
0.9 reference
-2.2 references
-1.5 references or
-1.3 reflection
2.4 refreshing
3.5 refreshing my
2.1 regarding my
-1.6 regards
-1.5 region
-1.2 regional
1.6 registered
1.1 regret
-1.1 relationships
-1.3 relevant
-1.1 relocating
3.5 relying
3.5 relying on
2.6 remain interested
-1.3 remains
-2.1 remains my
-1.1 reminded
-1.1 reminded me
1.7 reminder
3.1 reminder that
1.1 renewal
-1.6 renewed
3.1 renewing
-1.3 reopen
1.6 reply
1.5 reply by
-1.1 reply date
3.1 reply is
3.1 reply so
3.1 reply this
1.1 reply to
3.5 reply would
1.1 replying
-1.7 report
-1.9 reporting
-1.8 reports
-1.1 reports to
-1.1 reps
1.4 request
1.4 request you
-1.7 required
-1.1 required from
-1.1 requirements
1.6 research coordinator
1.6 reserve
1.6 resolved
-1.5 respect the
1.6 respond
1.5 response
3.1 response to
1.6 rested
-1.5 result of
-1.3 retail
-1.1 returns
1.6 revenue manager
3.5 revert
-1.3 right for
1.6 right now
2.5 ring
1.7 ring me
3.3 ring your
1.1 road
-1.3 role as
2.0 role but
1.1 role i'm
-1.3 role in
-1.3 role was
-1.5 role with
-3.2 roles
-1.1 roles at
-1.3 roles in
-1.7 rollout
1.6 rough idea
-1.2 roughly
-1.5 roughly when
2.2 round so
3.1 round to
-1.1 rounds and
2.0 rounds of
-1.9 route
-1.3 run a
3.3 run out
-1.3 run the
3.1 runs out
-1.9 rush
-1.3 rush your
-1.1 rushed
1.1 s
-1.3 sad
-1.1 said about
-1.1 said it
-1.1 said so
1.6 sales role
1.4 same day
-1.6 sample
-1.3 sat
2.4 save
1.6 save you
-1.3 saved
1.5 savings
-1.7 say i
1.6 say so
-1.1 say this
1.6 says a
-1.1 scenario
-1.3 scheduling
-2.0 scheme
-1.1 schools
-1.3 science
-1.3 screening
1.1 season and
-1.3 seasons
3.1 second gentle
-2.0 section
3.1 see if
1.1 see what
1.3 see whether
1.1 see why
0.9 seeing me
1.1 seems
1.6 seems a
1.6 seen it
-1.6 send
-1.5 send a
-2.0 send it
-1.3 send the
1.6 senior planning
-2.3 sense
-1.9 sense of
-1.1 sepsis
-0.9 service
-1.1 session with
-2.3 set
-1.1 set out
-1.1 set up
1.1 settle
-1.3 settles in
0.9 seven
1.4 shall
1.6 shall be
-1.1 share
-1.3 share any
-1.3 share on
0.9 share the
-1.1 shared
-2.2 she
-1.3 shift on
-1.6 short
-1.8 short note
-1.5 should a
-1.8 should be
3.1 should i
3.1 should keep
1.9 should mention
-1.1 should the
1.1 show me
1.6 show more
2.0 sign
3.5 signing
3.1 signing with
4.5 silence
3.1 silence that
-1.3 similar
-1.5 similar post
-1.6 similar roles
1.6 simply because
-1.3 simply wanted
3.1 since long
1.1 since my
1.3 since our
1.4 since the
1.4 sir
3.1 site and
2.0 site engineer
-1.5 sites
1.3 sitting
1.9 situation
-1.1 six months
2.7 six weeks
-1.6 six years
1.5 slots
1.1 small update
0.9 smoothly
1.6 so a
3.3 so any
1.3 so i'd
1.8 so i'll
1.1 so i'm
1.6 so many
2.4 so please
-1.3 so quickly
2.0 so we
-0.9 software
-1.1 some of
3.1 someone else
-1.1 someone to
3.1 something by
2.0 something else
-1.3 something similar
1.5 something to
1.4 soon
2.4 soon as
2.3 sooner
-1.1 sorry it
-1.3 sorry not
1.0 sorry to
-1.5 sound
-2.2 sounds
-1.7 sounds like
3.1 spam
-2.4 speak
-1.1 speak again
-1.7 speak with
-1.9 speaking
-1.8 speaking with
1.1 specialist
1.6 speed
-1.7 spent
-1.5 spent with
-1.1 splits
-1.0 spoke
-1.3 spoke i've
-1.1 spoken
-1.1 sponsorship
-1.1 stakeholder
1.0 stand
-1.1 stand with
-1.8 standard
-1.6 stands
-1.1 starters
-1.3 state
-1.3 station
1.2 status
-2.8 stay in
-1.2 step
-1.3 step for
3.3 still here
2.0 still in
2.0 still interested
1.6 still keen
1.1 still like
1.1 still love
1.5 still my
2.0 still open
1.4 still really
-1.7 still the
4.2 still waiting
3.5 still want
3.7 stop
1.1 story
-1.1 strengthen
-2.2 strong
-1.5 stronger
-1.1 struck
1.1 structural engineer
-1.9 student
-1.5 students
-1.5 subject re
-1.6 success
-1.1 success with
-1.4 such
-2.3 such as
1.5 suggest
-1.3 suit me
-2.4 suitable
-1.5 suits the
-1.3 summary
-1.3 sunday
-1.5 supervisor position
-1.1 supplier
1.1 supply planner
-1.6 suppose
0.9 sure
1.1 sure about
1.6 sure i
1.1 sure it
2.3 sure you
2.0 sure you'll
3.7 surely
1.6 surgery
-1.7 surprise
1.1 surprised
1.1 surprised if
-1.1 survey
1.6 survived
1.6 survived the
1.1 suspect the
3.5 suspense
3.1 swamped
1.6 swindon
-1.5 system
-1.5 system and
-1.9 systems
1.4 take it
1.6 take me
0.9 take that
1.9 take this
1.1 take time
3.3 take to
2.0 talk it
-1.5 talk through
-1.1 talked
1.6 talks
1.6 talks so
1.6 task i
1.6 tasting menu
-1.5 taught
-0.9 team
-1.2 team and
-1.1 team every
-1.1 team hoped
-1.3 team of
-1.3 team on
-1.3 team was
-1.1 team would
-1.3 technician
-1.5 technician role
0.9 ten
1.5 ten days
1.1 ten minutes
-1.1 tend
-1.1 tend to
-1.1 term
-2.7 test
-1.3 test and
3.1 texted
0.9 th
3.9 th and
-1.1 th june
1.1 th march
1.4 th of
-1.1 than ever
-2.4 than i
3.3 than keep
-1.1 than most
1.1 than my
-1.5 thankful for
-1.3 thanks for
-1.3 thanks very
-1.3 that a
1.3 that as
1.1 that candidates
1.1 that clearly
1.5 that date
-1.5 that experience
-1.5 that helps
3.1 that i'll
1.7 that i'm
0.9 that i've
1.1 that if
0.9 that in
-2.6 that is
1.1 that isn't
3.1 that leaves
-1.1 that might
-1.1 that on
1.6 that other
1.6 that talks
1.6 that these
1.1 that will
-2.3 that would
3.1 that you've
-1.1 that's useful
-1.5 the analytics
1.6 the answer
-1.5 the atr
-1.1 the audit
-1.3 the backend
-1.3 the band
-1.1 the big
1.1 the branch
-1.1 the building
-1.2 the call
1.6 the careers
-1.1 the challenges
-1.0 the chat
1.1 the coming
-1.1 the committee
1.6 the content
-1.7 the county
-1.3 the credit
-1.1 the current
-1.0 the customer
-0.9 the data
-0.9 the day
1.1 the depot
1.6 the desk
-1.1 the detailed
-2.4 the discussion
-1.1 the district
3.1 the earliest
-1.1 the electrical
1.1 the evening
-1.1 the expansion
-1.1 the experience
-1.1 the facilities
1.1 the family
-1.1 the figures
1.6 the firm's
-1.1 the floor
1.7 the front
-2.4 the future
-1.1 the garden
1.1 the grants
-1.6 the ground
1.6 the hardest
-1.6 the hospital
-1.3 the housing
1.4 the hr
-1.1 the idea
-1.1 the interest
-1.1 the interviews
-1.1 the laboratory
2.0 the latest
-1.1 the line
1.1 the lines
1.6 the lobby
2.7 the market
-2.3 the meantime
-1.3 the middle
3.3 the moment
-2.4 the most
1.6 the network
-1.3 the news
-1.6 the northern
1.9 the offer
1.1 the office
1.5 the on
-2.7 the one
1.1 the ones
-1.4 the opportunity
1.1 the others
1.6 the paperwork
-0.9 the part
1.1 the pass
-1.6 the past
-1.3 the people
-1.5 the phone
-1.1 the possibility
2.0 the postdoctoral
-1.1 the practical
-1.5 the procurement
-2.1 the programme
-1.5 the region
-1.2 the regional
1.6 the registered
-1.1 the retail
1.6 the revenue
-1.3 the rota
3.1 the running
1.1 the saturday
1.1 the school
-1.7 the search
-1.3 the season
-1.1 the second
-1.1 the session
3.8 the silence
1.1 the sous
-0.9 the staff
-1.1 the standard
1.1 the store
-1.1 the student
1.6 the surgery
-1.3 the system
1.1 the take
-1.1 the tasting
-1.1 the team's
-1.6 the test
-0.9 the time
1.7 the trainee
-1.1 the trial
-1.3 the trust
-0.9 the two
-2.3 the update
-1.1 the video
-1.6 the visit
-1.6 the volunteer
2.0 the waiting
-1.3 the ward
-1.2 the warehouse
1.1 the week
1.7 the weekend
-1.1 the weekly
-2.4 the whole
-1.1 the winter
-1.6 the year
-1.3 the youth
-1.4 their
-1.3 their first
-1.3 themselves
1.1 then i
-1.3 there an
-1.1 there anything
2.0 there are
-1.1 there was
-1.9 there's anything
-1.5 there's no
1.6 these things
-0.9 they
-1.5 they are
-1.9 they have
-1.1 they've
-1.5 thing i
1.1 things
3.3 things along
1.6 things are
1.4 things stand
1.6 things take
1.6 things to
3.7 things up
2.2 think a
-1.2 think i
-1.5 think it
1.1 think of
-1.1 think we
-1.5 thinking
-1.2 thinking about
1.5 this email
3.1 this for
1.6 this is
3.5 this long
1.1 this month
1.5 this one
-1.6 this only
1.7 this so
-1.1 this spring
1.7 this to
1.6 this turns
1.9 this week
1.6 this whole
2.0 though i'd
3.1 thought a
-1.1 thought about
3.3 thought an
-1.7 thought you
-1.6 thoughtful
1.1 three days
-1.1 three rounds
1.2 three weeks
-1.5 three years
1.1 through in
-1.6 throughout
-1.3 thursday <n>
2.4 thursday at
-2.1 thursday's
-1.8 thursday's interview
-1.5 tickets
1.1 tidy
-1.1 time after
1.1 time but
1.1 time i
-1.1 time is
-1.5 time yesterday
-1.1 time you
-1.0 timeline
-1.3 timeline for
-1.3 timeline i
2.0 times this
-1.1 title
-2.7 to <n>
-1.1 to accept
1.6 to anything
-2.6 to apply
-2.5 to bring
-0.9 to check
-1.3 to complete
-1.7 to contribute
1.1 to every
1.6 to expect
-1.6 to explain
-1.5 to feel
1.0 to go
-1.3 to hearing
1.5 to hold
-1.1 to improve
-1.3 to interview
1.9 to it
1.6 to just
1.5 to kindly
1.7 to leave
3.1 to lose
1.2 to me
-1.8 to mention
-1.1 to ms
1.3 to my
4.2 to plan
-1.8 to provide
1.1 to put
-1.1 to read
-1.5 to rush
2.0 to save
-1.8 to send
-2.3 to share
-1.7 to speak
-1.1 to step
-1.3 to support
-1.4 to take
1.3 to tell
-1.1 to them
2.0 to think
1.1 to thirty
3.1 to treat
-1.3 to try
-1.3 to two
-2.1 to understand
-1.5 to walk
-1.7 to withdraw
2.2 today
3.1 today as
3.1 today itself
1.6 told i
2.2 told my
1.1 told the
3.1 tomasz
4.5 tomorrow
3.1 tomorrow at
3.1 tonight
2.0 too long
1.7 too much
-1.5 took a
1.6 took me
-1.3 took over
1.6 took that
-1.1 tool
-0.9 touch
-1.9 touch and
-1.1 tough
-1.3 trade
-1.1 translation
-1.1 transport
2.8 treat
3.3 treat my
-1.1 treatment
1.6 treats
1.6 treats applicants
-1.3 trial shift
1.7 tried
3.1 tried your
1.9 trouble
3.1 trouble you
-1.1 trust and
1.1 trust you
3.5 trusting
1.1 try again
-1.1 try to
1.1 trying
-1.5 tuesday to
1.7 turned
2.6 turned down
2.0 turns
1.6 turns out
1.6 twenty two
0.9 twice
1.6 twice to
3.3 two emails
-1.1 two hundred
1.6 two interviews
3.1 two other
-1.1 two seasons
0.9 two weeks
-1.8 two years
3.1 unanswered
3.1 unanswered i
1.6 under a
1.6 under three
-1.1 underground
-1.1 understand and
0.9 understand how
1.5 understand that
-1.3 understand you
2.2 unless
1.7 unless i
3.1 unless you
1.5 unpaid
1.6 unpaid day
3.3 until i
1.6 up again
2.0 up and
1.3 up at
-1.1 up from
-1.1 up i'd
1.1 up my
0.9 up to
-1.3 up with
-1.1 update and
3.3 update at
3.5 update me
-1.1 update you
-1.5 updated timeline
-1.1 upfront
2.4 urgent
1.1 us and
1.1 us both
-1.8 use
-2.4 used
-1.6 used to
-2.7 useful
-1.5 useful and
-1.9 useful for
-1.3 useful to
-1.3 usually
-1.3 ux
-2.0 vacancies
1.0 vacancy
1.1 vacancy at
-1.6 valid
-1.5 valid until
-1.1 value
-1.3 value any
-1.8 valued
-2.3 very glad
-2.0 very happy
3.1 very hard
-1.1 very helpful
-1.3 very pleased
1.1 vessel
-1.0 video
1.3 visa
1.6 visa runs
-1.7 visit to
2.7 voicemail
-2.4 volunteer
-1.1 volunteer coordinator
-1.3 volunteers
2.9 waiting
2.4 waiting for
2.0 waiting on
3.3 waiting since
3.3 waiting to
-1.0 walk
-1.1 walk me
1.7 want the
-1.1 wanted you
1.4 wants
1.6 wants to
-2.2 ward
-1.6 warm
1.1 warning
-1.3 was about
-1.1 was actually
1.1 was also
1.6 was brought
-1.3 was genuinely
-1.1 was good
-1.1 was grateful
-1.1 was hoping
-1.1 was in
-1.5 was kind
-1.5 was my
-1.1 was sorry
1.6 was surprised
-3.2 was the
3.3 was told
-1.0 was very
-1.7 way i
4.1 way or
1.1 way which
1.6 ways
1.6 we are
2.0 we might
-1.1 we moved
-1.5 we talked
1.6 we'll be
-1.1 we're
-1.1 weakness
2.0 wedding
-2.0 wednesday about
-1.5 week about
1.6 week i
3.1 week until
-1.1 week with
3.1 week without
3.3 week would
1.4 weekend
1.1 weekends
-1.3 weekly
0.9 weeks
1.5 weeks ago
0.9 weeks and
2.0 weeks of
-1.0 weeks since
1.4 weeks so
1.6 weeks to
-1.7 welcome
-1.3 welcome any
-1.6 welcome hearing
-1.5 welcome the
-1.6 well as
2.0 well in
-1.1 well organised
-1.1 went from
1.1 went smoothly
-1.0 what
-1.1 what a
-1.4 what i
3.1 what i'll
-1.3 what it's
-0.9 what the
-1.6 what you
3.1 whatsapp
1.6 when a
3.1 when deciding
-1.5 when i
-1.1 when we
-2.4 when you
-1.5 whenever
-1.0 where i
-1.6 where my
-0.9 where the
1.6 where things
1.1 whether anything
3.0 whether i'm
3.1 whether i've
1.6 whether something
-1.8 whether there
1.6 which i've
2.0 which made
-1.3 which was
1.5 whichever
-1.5 while i'm
3.1 while since
-1.7 who has
1.1 who never
1.1 who would
1.3 will keep
-1.5 will not
3.3 will understand
-1.1 wind
1.5 window
-1.6 winter
-2.1 wish
-1.8 wish the
-2.3 wish you
-1.3 wish your
-1.3 wishing
-1.3 wishing you
2.0 with all
1.6 with another
-1.1 with interest
-1.1 with it
-1.1 with limited
-1.6 with me
3.1 with never
1.1 with respect
2.4 with them
-1.6 with two
-1.4 with your
3.3 withdrawing
1.7 within
2.6 within a
1.5 within the
1.1 without
2.6 without a
-1.3 won
1.1 won't
1.9 won't be
1.6 wonder how
2.0 wondering
1.6 word
-1.1 work in
1.6 work is
-0.9 work on
-1.1 work together
-2.4 worked
-1.5 worked with
1.1 working at
1.5 working days
-1.7 working with
-1.5 works
1.6 worth it
-1.1 would also
1.9 would appreciate
-2.4 would have
2.4 would hear
-1.5 would help
1.1 would hold
1.1 would make
2.3 would mean
-1.1 would most
3.1 would move
-1.1 would much
-1.1 would only
-1.1 would prefer
2.6 would rather
1.1 would really
-1.6 would suit
3.1 would take
-1.1 would want
-1.7 would welcome
-1.1 would you
1.4 wouldn't
2.5 writing about
3.7 writing again
3.1 writing regarding
-1.0 writing to
-1.0 year
-1.5 year i
-1.1 year so
-1.3 year's
-1.8 years
-0.9 years and
-1.6 years at
-1.3 years i
-1.1 years on
-1.1 years running
3.0 yes
3.9 yes or
-0.9 yesterday for
1.0 yet
3.1 yet received
1.1 you a
-1.3 you about
-1.1 you all
-1.2 you and
-2.9 you asked
-1.1 you be
1.5 you before
2.4 you but
3.8 you by
1.6 you can
1.1 you chose
3.1 you confirm
1.9 you could
1.6 you did
-1.1 you do
1.7 you don't
-1.3 you ever
-1.7 you expect
-1.1 you for
2.2 you get
3.1 you haven't
-1.5 you hoped
1.1 you is
1.6 you just
1.3 you let
-0.9 you mentioned
-1.8 you might
3.1 you must
-3.3 you need
3.1 you note
1.4 you on
3.1 you please
1.7 you so
-1.1 you tell
1.1 you this
1.0 you to
1.1 you told
1.1 you too
-1.6 you took
1.6 you want
1.7 you won't
-1.1 you would
-1.3 you'd like
1.9 you'll
1.1 you'll think
3.1 you'll understand
3.5 you're not
1.8 you've
3.3 you've decided
3.1 you've gone
3.1 you've seen
-1.1 your account
1.6 your answer
2.1 your call
-1.3 your candour
1.1 your colleague
1.3 your decision
-1.1 your description
3.1 your desk
3.3 your earliest
-1.1 your explanation
-1.1 your file
3.1 your final
-1.1 your honesty
1.6 your interview
-1.1 your mail
-1.8 your message
-1.7 your new
1.9 your office
-1.3 your patience
-2.3 your planning
-1.1 your plans
-1.1 your pune
-2.2 your question
-1.6 your records
2.0 your reply
-1.1 your role
1.6 your second
-1.3 your work
-1.5 youth
""",
)
