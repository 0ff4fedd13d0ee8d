"""The readings of tone, learned from tests/corpus/tuning/ by scripts/train_readings.py: do not edit."""

from checker.rules._reading import Reading

BLAME = Reading(
    19.14,
    """\
-0.74 <n>
-1.49 <n> <n>
-0.72 <n> a
0.88 <n> april
1.22 <n> cardiology
-1.49 <n> february
0.71 <n> for
-0.62 <n> june
-1.49 <n> may
-0.72 <n> november
-1.34 <n> october
1.22 <n> of
-0.98 <n> rd
-0.98 <n> september
-1.28 <n> th
1.22 a <n>
2.52 a bit
0.71 a chance
1.22 a clear
3.17 a company
2.83 a day's
-1.34 a decision
1.47 a fair
1.22 a family
2.83 a free
2.83 a friendly
2.18 a full
1.22 a fuller
2.83 a gap
-0.9 a great
0.88 a highlight
-0.98 a line
2.83 a live
0.63 a long
-1.61 a moment
-0.72 a more
0.88 a no
1.22 a note
2.83 a panel
0.71 a personal
3.42 a presentation
-0.72 a project
2.07 a proper
-1.82 a quick
1.22 a rather
0.71 a real
-0.51 a reply
0.63 a role
-0.72 a rough
-0.72 a senior
1.22 a shame
0.71 a shift
0.88 a short
-2.07 a similar
-1.61 a small
0.71 a surprise
1.02 a team
1.22 a telephone
1.22 a third
2.83 a three
1.22 a tough
1.73 a two
-0.98 a very
1.22 a week
1.22 a well
1.22 a word
1.22 a written
-0.72 a yes
1.22 aarhus
-1.18 about a
1.73 about any
2.32 about future
0.77 about how
1.22 about me
-0.51 about my
2.83 about other
1.22 about something
-0.98 about two
1.73 about what
1.22 academy
0.79 accept
-0.72 accept it
2.83 accept that
2.07 accept the
1.22 accordingly
-0.72 account director
0.71 account executive
-0.98 account of
1.22 accountant interview
1.22 accountant position
-0.98 accountant role
1.22 accounts and
-0.98 acquisition
1.22 across as
0.71 across the
-0.72 across three
0.71 act
1.22 acting
1.84 actually
1.22 actually opened
2.83 address
0.71 administrator
0.71 administrator role
1.22 admirer
1.22 admirer of
1.39 admit
1.81 admit i
1.73 admit the
1.81 advert
-0.98 advertised
1.73 advertisement
1.22 adviser
1.05 after
1.73 after a
1.22 after all
2.83 after four
2.83 after my
1.97 after the
2.83 after three
-1.61 afternoon about
1.22 afternoon and
1.22 again as
-0.72 again soon
1.73 again when
2.83 against
1.47 agency
1.22 agents
-1.18 ago
-0.72 ahead
0.63 al
1.22 al noor
0.71 ali
1.22 all about
1.22 all at
-0.72 all came
0.88 all i
1.02 all the
1.22 all three
1.22 all your
1.22 allow
1.22 allow it
1.22 allow me
0.88 almost
1.22 almost half
-0.72 alone
1.22 alongside your
1.33 already
1.22 already and
2.83 already in
-0.93 also
-0.98 also appreciated
0.71 also enjoyed
-0.98 although
1.22 always
-0.71 am
-0.72 am a
1.22 am certain
-0.98 am confident
-0.98 am disappointed
-0.51 am following
0.88 am grateful
-1.49 am happy
1.22 am in
-0.98 am keen
3.17 am not
0.63 am sure
-1.34 am the
-3.15 am very
-0.59 am writing
0.71 ambitious
-0.72 among
3.17 amount
3.17 amount of
-1.49 an answer
1.22 an explanation
2.07 an eye
1.73 an hour
2.83 an internal
0.71 an interview
-1.05 an offer
-0.98 an update
-0.9 analyst
-1.49 analyst position
1.22 analyst post
-0.59 analyst role
0.71 analysts
1.22 analytics team
-0.98 and <n>
1.22 and a
-0.72 and about
-0.98 and again
0.71 and asked
-0.72 and best
1.73 and cut
-1.18 and enjoyed
1.22 and experience
0.52 and for
1.22 and four
1.22 and god
-1.61 and happy
-1.18 and have
1.22 and hear
-0.98 and hearing
1.22 and honestly
-0.98 and hope
-1.82 and i've
1.22 and if
1.22 and it's
1.22 and learning
1.22 and left
-1.34 and look
-1.34 and mr
-0.72 and ms
-0.78 and my
2.83 and nobody
0.63 and please
1.22 and ranking
2.83 and request
-0.72 and seeing
0.71 and thank
2.07 and then
-0.72 and thought
2.83 and travelled
-1.18 and wanted
0.71 and what
1.73 and when
0.71 and will
2.83 announced
1.22 annual
1.22 another analyst
1.22 another coordinator
-0.98 another firm
1.22 another position
-0.72 another role
1.22 answer about
-0.72 answer any
-1.34 answer by
-0.72 answer on
0.97 answered
1.22 answered every
1.47 answers
1.22 answers on
-0.7 any
0.71 any comments
-1.34 any feedback
-2.15 any further
-2.07 any news
0.88 any other
-0.54 any update
0.71 anyone
2.83 anyone actually
-0.72 anyone else
-1.91 anything further
-0.72 anything more
2.07 anyway
0.71 app
-0.98 appeals
-0.98 appeals to
1.02 applicants
1.22 applicants and
1.22 applicants in
0.55 application
1.22 application and
0.85 application for
3.17 application was
0.63 applications
1.47 applied
0.88 apply
0.85 apply again
1.73 apply for
0.71 appointed
0.88 appointment
-0.72 appreciate it
1.22 appreciate knowing
-0.72 appreciate that
-1.15 appreciated
-1.49 appreciated how
-0.72 appreciated learning
-0.9 appreciated the
-0.72 appreciated you
-1.61 appreciated your
-0.72 apprenticeship
-1.18 approach
0.88 april
-0.72 architect
1.22 are doing
-0.51 are well
-0.72 area
1.22 arise
-1.53 around
1.73 arrived
2.83 arrives
0.63 as it
-0.72 as my
1.22 as requested
0.59 as the
1.22 as this
-1.61 as you
2.83 aside
2.83 aside i
1.22 ask only
-0.72 asked about
-0.51 asked for
2.83 asked me
0.71 asked to
0.63 asking
3.17 assessed
1.73 assessment
1.22 assessment centre
1.81 assessment day
3.42 assessors
-0.93 assistant
1.22 assistant manager
-0.72 assistant position
-1.34 assistant post
-1.34 associate
0.63 assume
0.71 assume the
0.88 at a
2.83 at before
-0.98 at brightwater
1.22 at cedar
1.22 at corvid
1.22 at delta
0.71 at greyfield
-0.72 at interview
1.22 at kaveri
1.22 at least
2.83 at nordvik
-0.98 at st
1.22 at this
0.59 attached
1.22 attached it
-0.98 attached the
1.22 attend
1.22 attend the
-0.98 attended
-0.72 attended the
-0.51 audit
-1.34 august
-0.72 authority
3.42 automated
2.83 automated message
-1.61 autumn
-1.34 available
-0.98 award
-1.18 awards
0.71 aware
-1.05 away
-0.72 away even
-0.72 away from
0.71 back for
1.22 back i
1.22 back of
0.71 background in
-0.98 backlog
1.22 bank and
-0.72 barely
2.83 basic
-0.98 be able
0.55 be considered
1.22 be contacted
-0.54 be delighted
-0.55 be grateful
2.18 be honest
0.71 be in
1.73 be kept
1.42 be open
-0.78 be part
1.22 be possible
1.22 be something
-1.82 be useful
-1.49 be very
1.22 be well
-0.72 be willing
1.22 be worth
1.22 bear
2.07 became
-0.72 because i
-0.72 because it
1.22 because the
-0.72 been a
-1.34 been about
1.22 been clearer
1.73 been filled
1.22 been made
-0.72 been offered
0.71 been the
-1.49 been thinking
0.6 before i
1.66 before the
-1.72 before then
1.73 before we
3.42 beforehand
2.83 beforehand and
1.73 beginning
0.62 being
-0.72 being open
1.02 being so
0.57 believe
1.22 believe in
1.73 believe that
-1.18 below
2.83 best of
1.73 best to
-0.72 best wishes
0.71 best with
1.22 better matched
0.71 between us
1.22 beyond
-1.18 big
1.22 bigger
1.22 billing
1.98 bit
1.22 bit of
1.22 bless
0.59 board
1.22 board and
-0.72 bookkeeper
2.83 both a
1.22 both know
1.22 bother
0.71 brand
0.63 brief
2.83 briefed
1.22 brightpath
-0.98 brightwater
-1.18 bring
-1.18 bring that
-0.72 bring the
1.22 bristol
0.88 budget
-1.18 build
1.22 builds
-1.18 built
-1.61 business
-0.72 business analyst
0.71 but i'd
-0.72 but i'll
0.88 but if
-0.98 but the
-0.71 by
-1.82 by <n>
-0.82 by friday
-0.98 by monday
0.71 by phone
-0.72 by thursday
1.22 calculations
1.22 calendar
0.59 call
-0.72 call me
-0.72 call on
1.22 call to
1.22 call yesterday
1.22 called
-1.34 calling
1.22 came as
-0.82 came away
1.22 came through
0.71 came up
0.91 campaign
1.22 can be
1.56 can do
-0.72 can make
-0.72 can prepare
-0.98 can provide
-1.18 can send
0.71 can share
-0.98 can speak
1.22 can take
1.22 can understand
1.47 can't
2.83 can't help
1.22 candidate
2.83 candidate experience
1.22 candidate in
0.78 candidates
1.22 candidates know
1.22 candidates to
-0.72 candidates you
-1.18 candour
-0.98 candour about
0.71 cardiology
-0.72 care
-0.98 care you
-1.49 career
-0.72 careers
-0.61 case
-1.18 case it's
1.22 cebu
1.22 cebu site
1.22 cedar
1.22 cellar
0.63 centre
2.83 centre and
-0.98 certain that
1.22 chair
1.22 chakan
-0.98 challenge
-0.72 challenges
0.71 change
1.56 changed
1.22 charity
1.22 chasing
1.22 chat with
-0.98 check
-2.54 check in
-1.57 checking
-1.44 checking in
-1.18 chef
-0.72 chef position
0.71 chief
1.22 chief executive
-1.18 choice
-0.72 choice and
-0.98 choice so
0.71 choosing
2.07 chosen
-0.72 churn
-0.98 claims
-0.98 class
-0.72 cleaner
0.63 clearer
0.67 clearly
-1.49 client
0.71 client's
-1.34 clients
1.22 clinical coordinator
-0.72 clinical research
1.22 clinical station
-0.72 clinics
1.22 closed
1.22 closely
1.22 closer
1.22 closer to
-1.18 cloud
0.71 coastal
0.71 code
-0.98 coffee
2.83 cohort
2.07 colleague
-0.72 colleagues
-0.98 college
-0.72 come across
-0.98 come in
-0.72 come through
1.22 come to
-0.98 come up
1.22 coming back
0.71 coming from
0.88 comments
0.71 comments on
-1.18 committee
2.83 communicated
2.83 communicated to
-0.72 communications
-0.9 community
0.71 community health
-0.72 company i
1.22 company's
-0.98 completed
-1.49 completely
-1.49 completely understand
-0.98 compliance
-0.72 conference
-0.72 confident
-0.72 confident i
-0.72 confident that
0.71 confirm by
1.22 confirmed how
2.83 confused
0.63 congratulations
1.22 congratulations on
-1.18 connection
-0.72 connection dropped
-0.72 conservation
-0.72 conservation officer
2.07 consider
1.22 consider me
-0.98 consideration
0.62 considered
2.83 considered again
0.63 considered for
-0.51 considered if
0.71 considering me
1.73 construction
0.88 consultant
1.22 consultant position
-1.18 consultation
0.63 contact
1.22 contacted
-1.34 content
-0.98 continue the
1.22 continue to
-1.18 contribute to
0.71 control
-0.98 convenience
-0.72 convenient
-0.88 conversation
-1.1 conversation about
1.22 conversation and
-1.49 conversation on
-1.18 conversation this
1.73 conversation with
-1.49 conversations
1.56 convinced
1.22 convinced that
-0.72 coordinating
-0.98 coordinator post
-1.18 copy
-0.98 copywriter
-0.72 copywriter role
1.73 corvid
1.22 corvid labs
2.83 cost
0.71 costs
-0.98 could be
1.22 could do
1.84 could have
1.22 could offer
1.22 could see
-1.91 could you
1.73 couldn't
1.73 couldn't help
1.73 count
1.22 counties
-0.72 county
-0.98 course but
-1.18 course i
1.22 course in
1.22 courtesy
1.22 courtesy of
0.71 covered
2.83 covers
1.22 creative director
-1.18 credit
-0.72 credit risk
1.02 crew
0.71 crew at
1.22 crew on
1.73 culture
-1.18 current
-0.72 current company
-0.72 current employer
-0.72 current job
-0.72 current role
0.71 customer service
0.77 cut
2.83 cut me
0.85 cv
1.22 cv and
-1.18 cycle
-1.34 data analyst
0.71 data engineer
0.71 date
1.22 date you
0.91 day
2.32 day and
0.71 day for
-0.72 day one
2.83 day the
1.22 day was
2.83 day's
1.22 days after
0.71 days since
-0.62 deal
0.6 dear
1.22 dear hiring
2.83 debrief
-0.72 december
-0.62 decide
-0.98 decide by
0.71 deciding
1.22 deciding factor
-0.72 decision about
1.22 decision and
2.83 decision but
-1.49 decision by
2.83 decision had
0.71 decision has
-0.72 decision on
-0.72 decision regarding
1.22 decision to
2.07 decision was
-0.98 decisions
1.22 degree
1.22 delay
1.22 deliberation
-0.54 delighted
-0.54 delighted to
-0.72 delivered
1.22 delta
2.83 delta haulage
-0.98 department
-0.72 depot in
1.73 depth
1.22 described and
1.22 described the
2.83 described to
-1.34 description of
1.22 description was
2.83 deserve
0.88 design team
-0.72 detailed
-1.49 developer
-0.72 developer role
-0.72 development
1.4 did
2.07 did enjoy
0.63 did not
2.83 did the
-0.72 didn't get
1.22 didn't work
1.47 difficult
3.42 difficult to
1.22 direct
-1.05 director
-0.72 director of
-0.72 director role
-0.98 disappointed but
-1.18 disappointed i
-1.18 disappointed of
-0.98 discharge
1.22 discrimination
1.22 discrimination act
-1.18 discuss
-0.9 discuss the
-0.98 discussed
-0.72 discussed on
-0.72 discussing
-0.72 discussing the
-1.34 discussion about
1.22 discussion especially
0.71 discussion of
1.73 dispatch
-0.72 dissertation
-0.72 distribution
-0.72 distributor
-0.72 district
1.31 do
1.73 do hope
0.71 do next
1.47 do not
2.32 do still
2.83 do understand
1.22 document
-0.51 documents
-0.72 documents are
1.84 does
1.56 doesn't
1.22 doesn't work
0.63 doing well
0.63 don't feel
-0.72 don't hear
-0.72 don't want
1.47 done
1.22 done at
2.83 door
-0.51 doubt
-0.72 doubt you
1.73 down the
1.22 down to
-0.72 drive
-1.18 drop
-0.72 due
0.77 during the
-0.72 each month
2.07 each stage
-0.98 eager
-0.98 eager to
-0.98 earliest
-0.72 earliest convenience
-0.51 early
-1.18 easier
-0.72 easy
-0.98 editor
1.22 education
1.22 education and
1.73 effort
0.88 eight
1.73 eight years
0.91 either
0.85 either way
1.22 electrical
-0.72 electrician
1.22 electricians
0.71 else from
0.71 else in
-0.98 else that
1.05 email
0.57 email and
0.63 emails
-0.72 emergency
-0.72 employees
0.68 end
2.83 end is
1.22 ended
0.71 ends
-0.98 energy
1.22 engagement
0.71 engineer post
-0.82 engineer role
3.17 english
1.22 enjoy
2.83 enjoy meeting
1.22 enjoyed every
-1.82 enjoyed learning
0.56 enjoyed meeting
-0.9 enjoyed our
1.73 enough
-1.91 enthusiastic
-1.91 enthusiastic about
1.22 entry
-0.72 environmental
0.88 especially the
1.22 estate
0.71 estates
0.71 european
0.71 even a
1.22 even if
-0.98 even keener
-2.21 even more
0.8 every
3.17 every question
1.22 every stage
1.22 everyone
1.22 everything
1.22 ewm
1.22 exactly that
0.88 exactly what
-0.72 exam
-0.59 excited
-0.55 excited about
0.71 executive officer
1.22 exercise was
1.22 expect a
-1.61 expect to
1.84 expected
0.8 experience
1.22 experience and
1.22 experience of
2.83 experience than
1.22 expires
1.22 expires on
0.88 explain
-0.72 explain the
-1.61 explaining
-0.72 explaining that
-0.98 explaining the
2.07 eye
1.73 eye on
-0.98 facilities
1.22 factor
0.91 fair
2.83 fair amount
1.22 fair to
-0.72 fairly
1.22 familiar
1.22 family
-1.34 far
-0.72 fascinating
1.22 fault
-0.72 features
-1.61 february
0.56 feedback
1.22 feedback from
-0.62 feedback on
1.01 feel
1.22 feel a
2.83 feel i
3.62 feel the
-0.98 feel very
0.63 feeling
1.22 feeling i
0.71 fell short
1.22 felt
1.22 fenwick
-0.72 few days
-1.18 few minutes
-0.72 fifteen years
-0.72 figures
0.6 file
1.22 fill
1.22 fill in
1.73 filled
1.14 final
1.22 final interview
1.22 final round
1.22 final stage
1.22 finalist
0.71 finally
-1.18 finance
1.22 finance assistant
-0.72 finance director
-0.72 finance team
-0.72 find anyone
2.07 find it
2.01 finding
2.83 finding it
-0.98 finds
-0.98 finds you
-0.98 fine
-0.98 finished
0.71 firm and
1.22 firms
-1.61 first choice
0.71 first ninety
2.83 first twenty
-0.98 first year
-1.49 fit
-0.98 fits
0.95 five
1.73 five weeks
0.71 five years
-0.72 fixed
1.22 flag
1.22 flag that
0.88 fleet
1.22 fleet operations
-0.72 flood
1.22 floor
0.71 flow
1.22 followed
-0.76 following
-0.8 following up
0.63 foods
1.22 foods has
1.22 for all
-2.07 for any
1.22 for anything
-0.72 for around
1.08 for being
-0.98 for calling
1.22 for eight
-1.18 for explaining
-0.72 for friday's
1.15 for future
1.22 for getting
-0.72 for having
1.22 for informing
-2.21 for interviewing
0.71 for inviting
-0.72 for it
1.01 for letting
-1.37 for meeting
-1.82 for my
-0.72 for next
1.22 for nothing
1.22 for organising
3.17 for other
-0.72 for our
1.22 for releasing
2.07 for running
-0.72 for seeing
-1.18 for showing
1.56 for similar
1.22 for st
-0.93 for taking
-0.98 for telling
1.73 for that
-2.0 for this
-0.72 for thursday's
0.71 for tuesday's
1.22 for what
-0.72 for which
-0.51 for you
0.53 for your
-0.72 forecasting
1.73 form
-0.72 former
0.63 forty
-0.66 forward
-0.93 forward to
-1.61 found
-0.98 found the
-0.72 found your
-0.72 foundation
2.83 four rounds
1.22 four stages
1.22 framework
-0.72 frank
0.63 frankly
1.22 frankly i
1.56 free
2.83 freeze
-1.25 friday
-0.72 friday <n>
-0.72 friday about
-0.72 friday and
-0.98 friday for
-0.72 friday i
-0.72 friday's
1.22 friendly
-0.98 from <n>
0.97 from a
1.22 from an
-0.72 from another
-1.05 from me
-0.72 from two
3.42 from what
1.73 from where
-0.82 from you
1.22 from your
1.73 front
1.22 front office
1.35 full
1.22 fuller
1.22 fuller picture
-0.72 fully understand
-3.04 further
-0.72 further details
-1.18 further documents
-0.72 further information
-0.72 further you
1.42 future
2.83 future candidates
1.1 future openings
1.67 future roles
3.42 future vacancies
2.32 gap
2.83 gap was
0.56 gave me
0.71 geelong
1.22 general
1.73 general manager
2.83 generic
2.32 gently
1.22 gently point
-0.72 genuinely excited
-0.72 genuinely useful
2.32 get a
1.22 get an
-0.72 get back
-0.72 get the
0.79 getting
0.71 getting back
1.22 gis
-2.28 give
-1.34 give me
-0.72 give you
1.32 given
2.83 given a
1.22 given my
1.22 given that
0.71 given to
-0.72 giving
1.22 god
1.22 god bless
0.71 going to
0.71 gone well
-0.72 good news
-0.72 good start
1.22 good way
0.92 got
1.22 got a
2.83 got this
1.22 government
0.79 graduate
1.22 graduate planner
1.22 graduate roles
1.73 graduate trainee
1.22 grant reporting
-1.61 grants
-0.72 grants coordinator
-0.72 grants officer
1.22 graphic
1.22 graphic designer
-0.98 grateful if
-1.18 great
-0.51 great deal
-0.98 great to
-0.72 grew
0.71 greyfield
1.13 group
0.71 group and
2.07 group exercise
-0.72 grow
1.22 grown
0.71 growth
1.22 growth marketing
-0.72 guessing
0.71 guest
1.07 had
2.83 had an
3.62 had been
2.83 had clearly
0.71 had gone
0.71 had hoped
2.07 had in
1.22 had the
1.73 had to
0.63 half
-1.18 hand
1.22 handled
1.22 hands
1.56 hands on
1.22 happen
-0.63 happy
-0.6 happy to
1.22 harbour
1.22 harbourline
1.47 hard
1.22 hard for
3.17 hard not
1.97 hard to
0.71 has come
1.22 has got
2.83 has just
-0.98 has made
1.22 has never
1.22 has now
-0.72 has offered
-0.72 has said
1.73 has to
0.63 hate
0.71 hate for
0.71 hate to
2.83 haulage
-1.02 have a
-0.72 have also
0.71 have asked
-0.59 have been
-0.72 have built
1.22 have chosen
1.22 have done
2.83 have expected
0.71 have handled
1.22 have i
-0.98 have it
1.22 have kept
1.22 have liked
2.83 have lost
-0.72 have made
1.22 have managed
1.73 have not
1.22 have now
1.22 have one
1.22 have prepared
1.73 have read
-0.98 have received
3.17 have saved
0.71 have spent
0.63 have the
-0.98 have them
0.63 have thought
2.01 have to
-0.72 having me
1.22 having now
0.63 he
1.22 health and
2.83 hear a
-0.72 hear good
-1.34 hear how
-1.34 hear it
1.56 hear of
1.22 hear the
-0.72 hear where
0.59 heard
-1.53 hearing from
1.22 hearing where
-0.98 held
1.73 help noticing
-0.98 help with
0.71 help your
-1.18 helped
-0.9 helpful
1.22 helpful to
-0.72 helps
2.52 her
-0.72 here is
-0.98 higher
-0.72 highest
1.22 hilsen
1.22 hindsight
1.22 hire
0.85 hiring
1.22 hiring team
1.81 his
2.83 his phone
1.22 hold the
-1.18 holding
-0.72 holding things
1.22 holiday
-0.72 holidays
0.85 home
1.35 honest
1.73 honest i'm
2.83 honest with
1.22 honestly i
-0.98 honesty
1.22 hope i
0.57 hope the
0.88 hope this
-1.02 hope to
-0.62 hope we
-1.57 hope you're
-0.72 hoped for
-1.61 hoped to
-0.51 hoping
1.22 hoping for
-0.98 hoping to
2.18 hour
0.85 how i
1.22 how my
1.22 how things
1.22 how this
-1.72 how your
0.85 hr
-0.98 hundred
1.56 i accept
-0.7 i am
0.71 i answered
1.22 i applied
-0.54 i appreciate
-1.14 i appreciated
2.07 i ask
-2.07 i came
1.56 i can't
-1.49 i completely
1.22 i continue
1.03 i could
1.73 i couldn't
1.86 i did
-0.72 i didn't
2.26 i do
0.71 i especially
1.73 i expected
1.73 i feel
2.32 i find
-1.49 i found
-1.18 i fully
-0.98 i gave
-0.72 i genuinely
1.22 i get
1.22 i got
0.83 i had
-0.98 i hold
-0.54 i interviewed
0.63 i just
-1.61 i learned
-0.98 i led
-1.61 i left
0.88 i liked
-1.72 i loved
0.88 i may
0.77 i mention
2.32 i met
1.22 i must
-1.82 i need
-1.34 i noticed
1.47 i only
-0.72 i particularly
3.17 i prepared
1.22 i put
-0.72 i ran
-0.72 i realise
1.22 i received
-0.72 i reckon
0.71 i respect
0.88 i saw
0.71 i see
1.22 i sent
-0.72 i simply
1.22 i sit
2.83 i spent
-0.98 i stand
1.39 i still
1.22 i suppose
1.05 i suspect
0.63 i think
1.73 i took
-1.18 i valued
2.83 i walked
-1.51 i wanted
0.81 i was
2.07 i wasn't
2.83 i went
0.57 i will
2.66 i wish
-0.51 i won't
1.22 i write
0.71 i wrote
0.71 i'd appreciate
1.22 i'd expect
1.22 i'd genuinely
0.88 i'd hate
2.83 i'd have
1.22 i'd imagine
-1.18 i'd just
-0.6 i'd love
-0.72 i'd most
1.98 i'd still
-0.98 i'd welcome
0.97 i'll admit
-0.72 i'll assume
-0.72 i'll give
1.22 i'll leave
-0.98 i'll need
0.71 i'll take
-0.51 i'm
-0.98 i'm confident
-0.62 i'm disappointed
2.83 i'm finding
-1.18 i'm following
1.22 i'm glad
2.83 i'm left
1.01 i'm not
-1.18 i'm really
1.22 i'm sorry
-0.88 i'm still
-0.82 i'm very
-1.05 i'm writing
-0.72 i've already
1.56 i've attached
-1.34 i've had
-0.98 i've received
1.22 i've since
1.22 i've started
-1.05 if a
0.85 if another
0.77 if anything
1.73 if something
-2.15 if that
0.6 if the
-0.82 if there
1.22 if things
-0.59 if you
-1.72 if you're
-0.72 imagine the
1.22 implementation
-1.18 in <n>
-0.72 in about
1.22 in all
1.22 in at
-2.33 in case
1.22 in detail
-0.98 in early
1.22 in helping
1.22 in high
1.22 in hindsight
1.22 in hotel
0.71 in it
1.22 in may
1.61 in mind
-1.61 in on
1.22 in practice
0.88 in their
-0.98 in this
1.22 in turkana
1.22 in under
1.22 in which
-0.98 inbox
1.22 included
1.22 including
1.22 including a
1.22 individual
1.05 informing
1.05 informing me
0.71 infrastructure
1.22 instead
-0.72 insurance
1.22 intend
1.22 intend to
-0.51 interest
-0.98 interest in
-0.73 interested
-1.91 interested and
0.63 interested but
-0.62 interested in
-1.18 interesting
2.07 internal
0.63 interview and
1.22 interview as
1.22 interview at
-1.07 interview for
-0.72 interview from
2.83 interview i
1.56 interview last
-0.98 interview me
-1.15 interview on
0.71 interview so
0.71 interview that
-1.18 interview this
2.07 interview was
-1.49 interview yesterday
-0.78 interviewed
-0.72 interviewed with
2.07 interviewer
2.83 interviewer joined
-0.6 interviewing
-2.21 interviewing me
0.92 interviews
1.73 interviews and
1.22 interviews for
2.83 into account
1.22 into it
-0.72 introducing
-0.72 inventory
1.22 invited
0.71 inviting
0.71 inviting me
-0.98 involved
1.12 is a
-0.72 is all
-1.61 is any
-0.72 is anything
2.83 is difficult
1.22 is doing
-1.49 is exactly
-0.72 is genuinely
2.83 is hard
1.22 is meant
-1.34 is my
-1.18 is no
1.86 is not
1.56 is now
1.73 is simply
-0.72 is something
-1.18 is that
-0.98 is there
0.71 is useful
-0.72 is well
-0.98 is where
-0.98 isn't possible
1.22 isn't the
2.07 it a
0.71 it again
0.71 it but
1.22 it didn't
2.83 it does
2.83 it gave
1.56 it had
2.01 it hard
-0.72 it if
-1.18 it in
0.75 it is
0.71 it isn't
2.07 it only
2.83 it quite
1.22 it says
1.73 it seemed
3.17 it seems
1.22 it should
1.22 it so
-0.58 it was
1.22 it wasn't
-0.72 it will
0.56 it would
0.63 it's a
-1.34 it's been
2.83 it's hard
2.32 it's worth
3.17 item
-0.98 its
1.22 itself
-0.72 january
0.71 jebel
0.71 jebel ali
2.83 jen
1.22 job description
-0.72 job in
-0.72 jobs
-2.6 join
-1.79 join the
-1.34 join you
-2.0 join your
3.17 joined
-0.59 joining
1.22 judge
1.22 judged
-0.54 june
0.71 june for
-1.29 junior
-0.72 junior accountant
-0.72 junior copywriter
1.22 just as
-1.34 just checking
-0.72 just let
1.22 just like
-0.72 just need
-0.72 just so
-0.72 just wanted
1.22 kaveri
-1.02 keen
-0.7 keen on
-1.61 keen to
-1.18 keener
2.07 keep an
1.22 keep coming
0.71 keep in
0.85 keep me
-0.72 keep this
2.83 keep up
-0.82 keeping
-1.34 keeping well
0.6 kept
1.73 kept in
1.22 kind email
1.73 kindly keep
-0.72 kindly let
1.73 kindly note
1.22 know about
0.71 know and
-0.72 know by
-0.72 know how
-0.98 know if
-0.72 know my
2.83 know not
0.69 know the
-0.51 know where
-0.72 know whether
0.71 know your
0.71 knowing
2.07 known
-0.82 lab
-1.18 laboratory
-0.98 laboratory technician
0.71 labs
0.71 lagos
-0.72 lane
1.73 language
1.22 large
1.22 last <n>
1.22 last three
0.71 last thursday
1.22 last tuesday
-0.51 last year
1.67 late
2.83 late and
1.22 later in
1.22 launch
1.22 lead a
0.88 lead position
0.88 leader
1.22 leader position
1.73 leadership
1.22 leadership team
-1.49 learn
-0.72 learn about
-0.72 learned
-1.18 learned a
-0.78 learning
-0.72 learning about
-0.72 learning how
-0.72 learnt
-0.72 learnt a
1.73 least
1.47 leave
-1.18 led the
1.22 led to
1.73 left a
-0.72 left even
1.22 less
1.22 less time
-0.91 let
1.22 let candidates
-0.82 let me
-1.61 let you
2.01 letter
1.73 letter of
1.01 letting
1.04 letting me
1.22 level i
-1.18 library assistant
0.71 life
1.22 like and
1.22 like exactly
0.71 like i
1.22 like me
-0.72 like mine
1.22 like someone
0.88 like the
1.22 like this
0.85 liked
0.71 liked what
0.63 line
-0.72 line and
2.83 line email
2.83 line up
0.71 lines
1.56 link
1.22 linkedin
-1.49 list
0.71 listed
2.83 listing
1.22 live
1.22 live up
0.71 load
0.71 localisation
-0.72 log
1.22 logistics and
-0.98 logistics coordinator
-0.98 longer
3.17 look at
-0.87 look forward
1.67 looked
1.73 looked at
2.83 looked to
1.36 looking
3.17 looking at
1.22 looking back
1.56 looking for
3.17 loss
3.42 lost
-0.98 lot from
0.71 lot to
-0.53 love
-1.72 loved
-1.61 loved hearing
0.88 lovely
1.22 loyalty
1.22 loyalty app
3.42 luck
2.83 luck with
-0.72 lucky
-0.72 lucky to
-0.98 m
1.22 made a
1.22 made by
2.07 made it
-0.72 made the
3.42 mail
2.83 mail and
2.83 mail regarding
-0.98 mainly
-0.72 maintenance
-0.64 make
-1.49 make a
0.71 make sure
-0.98 manage
0.71 managed
-0.82 management
-0.72 manager has
2.83 manager interview
-0.72 manager post
-0.72 manager vacancy
-1.18 managing
-0.72 many of
1.22 many times
-0.72 mapping
0.71 marine
0.88 marketing coordinator
-0.98 marketing executive
-0.72 marsh
1.22 match
1.22 match for
0.71 matched
1.73 may be
0.71 may have
-0.72 may not
1.22 may want
0.71 maybe
0.79 me about
1.22 me across
-1.18 me an
-1.61 me and
-0.72 me around
0.88 me as
-0.98 me by
-1.49 me even
1.73 me forward
1.22 me go
-0.72 me if
0.58 me know
2.83 me last
0.97 me of
2.83 me off
-1.7 me on
-0.98 me round
0.71 me so
-0.72 me such
1.02 me the
-1.18 me through
1.05 me to
-0.72 me well
1.56 me with
-0.54 me yesterday
-0.98 means
0.88 meant
1.22 meant to
-1.18 meantime
0.71 medical
1.22 meet again
-0.72 meet you
-0.82 meeting me
0.67 meeting the
-1.49 meeting with
0.71 meeting you
1.22 mention this
-1.54 mentioned
1.22 mentioned so
-1.82 mentioned that
-1.18 mentioned the
-0.98 mentioned you
-0.98 menu
1.33 message
1.22 message about
1.22 message and
0.65 met
-0.72 microbiome
0.71 mid
1.22 mid market
1.22 middle
1.22 middle of
-1.18 migration
1.82 mind
1.22 mind and
1.42 mind for
2.83 mind me
1.65 minutes
-0.72 minutes at
3.17 minutes late
2.83 minutes with
1.22 mix
-0.72 model
-0.98 modelling
1.22 module
-0.98 moment
-3.04 monday
-0.98 monday about
-0.98 monday and
-1.72 monday for
-0.72 monday to
-1.18 monitoring
-1.28 month
-0.51 month and
-1.18 month end
-0.98 month so
-2.07 months
-0.98 months and
-0.72 more certain
-0.72 more detail
-0.72 more eager
1.22 more experience
1.22 more of
-0.93 morning
-0.72 morning and
-0.98 morning for
-1.49 most like
2.18 most of
0.63 mostly
-0.55 move
1.22 move into
1.22 moved
1.22 moved on
-1.72 moving
0.57 mr
0.71 mr al
-0.51 ms
1.73 much about
1.22 much and
1.22 much i'd
0.6 much interested
-2.0 much like
1.22 much of
-0.72 much prefer
-0.72 much rather
1.22 much to
0.97 must
1.22 must say
-1.91 my answer
2.07 my answers
0.5 my application
1.22 my best
-1.34 my career
-0.72 my connection
1.22 my course
-2.71 my current
0.77 my cv
0.71 my details
-0.72 my dissertation
-0.98 my experience
0.71 my family
1.22 my final
-2.0 my first
-1.18 my interest
-0.7 my interview
-0.72 my list
-0.98 my manager
-1.18 my next
1.02 my own
-0.72 my partner
1.22 my performance
-0.72 my phone
2.83 my plan
0.63 my portfolio
-0.72 my present
-0.72 my presentation
0.85 my profile
1.22 my scores
0.71 my second
1.22 my sharpest
0.63 my side
-0.72 my two
-0.98 my work
-0.72 my year
-2.15 myself
-0.72 name and
1.22 nd may
1.22 nearly
-1.84 need
-0.98 need a
-1.49 need from
1.22 need it
-0.72 need someone
-2.44 need to
-0.98 need your
-1.61 needed
-0.72 network
2.11 never
1.22 never had
2.83 never quite
-0.82 new
-0.72 new community
1.73 new hire
-0.98 new starters
-0.52 news
0.71 news and
1.22 news i
-1.18 news on
0.71 news was
-0.7 next
1.22 next and
2.83 next campaign
0.71 next round
-0.98 next stage
-1.61 next step
-0.78 next steps
-1.49 next year
0.71 nine
0.88 ninety
0.71 ninety days
0.71 no is
-0.98 no need
1.22 no one
-1.18 no rush
2.32 nobody
1.22 nobody has
1.22 noor
2.07 nordvik
-1.34 northern
1.2 not
1.73 not a
3.17 not been
3.17 not convinced
1.22 not fully
-1.18 not have
1.22 not heard
2.83 not how
-0.98 not possible
2.83 not read
1.22 not selected
3.93 not sure
1.81 not the
0.95 not to
1.13 note
1.22 note and
1.73 note that
1.22 nothing
0.77 notice
-1.61 noticed
1.73 noticing
1.22 noticing that
-0.72 november
1.22 now seen
0.63 number
0.71 nurse position
1.22 nurses
2.83 obviously
1.22 occasion
-1.49 october
0.59 of <n>
-0.62 of a
1.22 of an
2.83 of any
-0.72 of being
-0.72 of course
-0.72 of finance
0.71 of future
0.91 of it
-0.72 of last
2.83 of luck
1.22 of me
1.22 of people
1.47 of that
-1.49 of them
-1.49 of this
1.22 of time
2.07 of us
1.22 of what
1.22 of why
1.73 of work
-0.98 of you
-0.51 of your
0.88 off the
-0.72 off to
2.83 off twice
-0.72 offer and
-0.72 offer from
1.22 offer is
2.83 offer one
1.22 offered a
-1.18 offered me
-1.34 offers
0.55 office
-0.98 office manager
1.22 office who
0.63 officer post
-2.07 officer role
-1.49 often
1.73 old
-0.72 older
-1.0 on <n>
1.47 on a
-0.72 on and
-0.72 on call
0.71 on every
2.83 on finding
-2.0 on friday
2.83 on his
-0.98 on hold
0.71 on joining
1.73 on linkedin
-2.82 on monday
2.83 on opportunities
2.83 on platform
0.71 on reflection
-0.72 on regional
2.83 on saturday
3.42 on site
1.22 on sunday
-0.51 on that
-2.44 on thursday
-0.98 on timing
-1.14 on tuesday
-2.33 on wednesday
-1.61 on where
0.56 on your
-0.98 once more
1.22 once you
-0.72 one i
-0.72 one i'd
1.22 one is
0.71 one on
2.83 one question
2.83 one small
-0.72 one system
1.22 one thing
2.83 one to
-0.98 one way
2.83 one wrong
2.32 online
1.22 online course
0.74 only
0.88 only because
-0.72 only one
1.22 only so
-0.98 onto
-0.72 onto one
1.09 open
1.22 open about
1.22 open i
2.69 open to
-0.98 open with
-1.11 opening
-1.18 opening comes
1.22 openings
1.22 openings at
0.71 openly
-0.72 openness
-0.98 operation
2.07 operations coordinator
1.22 operations manager
1.22 opportunities
1.73 opportunities with
-0.98 opportunity and
0.57 opportunity to
-0.67 or
-0.98 or a
-0.72 or elsewhere
-0.72 or no
-1.34 or the
1.22 or whether
1.22 organisation
1.73 organisation and
3.17 organisation's
1.22 organisations
1.56 organised
3.17 organised day
1.22 organising
1.22 organising the
2.83 ota
-0.72 other applicants
-0.51 other candidates
1.22 other graduate
2.83 other openings
0.88 otherwise
1.22 otherwise i
-1.06 our
-1.76 our conversation
-0.72 our first
1.73 out for
1.73 out that
-0.72 out to
1.14 outcome
-0.72 outcome but
1.47 outcome of
-0.72 outreach
1.81 outside
1.22 outside that
0.71 over a
0.71 over the
0.59 own
1.22 ownership
-0.72 packaging
0.63 page
1.22 paired
-0.72 pairing
1.02 panel
3.42 panel and
0.71 panel gave
1.73 panel has
0.71 panel on
1.22 panel that
2.83 panel will
0.71 paper
1.22 paperwork
-0.72 paralegal
-0.64 part of
-0.88 particularly
-0.51 particularly the
0.88 partners
-0.72 partnerships
0.71 pass my
0.63 passed
1.22 passed on
1.02 past
1.22 past few
-0.72 patel
-0.72 patience
-0.98 patient
-2.07 payroll
2.83 peak
2.83 peak season
1.22 people it
1.22 performance
2.07 perhaps
1.22 perhaps i
-0.72 period
0.87 person
-0.72 person made
2.83 person specification
1.22 person to
0.88 personal
1.22 personal note
1.56 personally
2.83 personally i
1.22 pharmacist
0.91 phone
1.22 phone call
1.22 pick
0.88 picked
-0.51 picture
-0.72 pilot
-0.98 pipeline
-0.72 plain
-1.61 plan to
-0.98 planned
-0.72 planner position
-1.34 planning
-0.72 planning my
-1.18 planning team
1.42 platform
-0.72 please do
1.22 please keep
-0.72 please let
1.22 please thank
-0.72 pleased
-0.72 pleased to
2.83 pledge
1.22 plenty
0.79 point
-0.72 point i
2.07 point out
1.22 points
1.22 policy adviser
1.22 policy officer
1.22 port
0.63 portal
-0.53 position
-2.54 position at
-0.72 position of
-0.72 position on
0.71 position with
3.17 positions
1.22 positive
-0.72 possibility
-0.72 possibility of
-1.11 possible
-1.61 post at
1.22 post comes
-0.72 post in
-0.72 post of
-1.18 post on
-0.98 postdoctoral
2.83 posting
2.83 posts
0.71 power
-1.61 prefer
-1.49 prefer to
1.22 preparation
1.67 prepared
3.17 prepared for
0.71 preparing
1.05 presentation
2.83 presentation for
1.22 presented
-0.72 pressure
-0.72 pressures
0.63 pretend
1.22 print
-0.72 priorities
0.71 priority
1.22 priority for
-1.34 problem
0.6 process and
2.83 process was
1.73 process with
-0.62 procurement
1.22 procurement officer
-0.82 product
-0.98 product designer
0.71 product team
0.91 profile
2.83 profile for
0.77 programme
1.73 programme and
-0.72 programme at
0.71 progress
-0.88 project
1.22 project with
1.73 promised
1.56 proper
2.83 proper one
1.22 properly
-2.07 provide
-0.72 provide any
-1.34 provide anything
-0.72 provide references
-1.18 public
1.73 published
0.88 pune
1.22 pune and
1.22 pune office
2.83 put in
1.22 put me
1.22 putting
1.22 putting me
-0.72 qualified
-0.72 quality engineer
-0.98 quarter
0.56 question
1.73 question and
-0.72 question on
-0.72 questions about
1.22 questions i
-0.82 quick
1.22 quicker
1.22 quiet
1.98 quite
1.22 quite a
2.83 quite what
-0.72 radio
1.22 rang
0.71 range
1.22 ranking
1.22 ranking for
1.22 rare
-0.72 rather have
1.22 rating
-0.98 rd
0.97 re
0.6 reached
1.73 reached the
2.07 read
-0.72 ready
1.22 realised
1.22 really did
0.71 really enjoyed
-1.18 really keen
-0.72 really like
1.22 really love
0.88 reason
1.22 reason i
1.73 reasons
1.22 reasons i
-1.49 received an
0.63 reception
-0.98 reckon
-0.72 reconciliation
1.22 reconnect
-1.72 record
2.83 recorded
2.83 recruiter
-0.72 recruiters
-0.72 recruiting
2.07 recruitment
1.22 recycling
1.73 reflects
-0.72 refreshing
1.22 regard
0.71 regarding my
1.22 regards
-1.05 regional
1.22 regret
2.83 rejection
-0.98 relationships
1.22 relaunch
-0.72 release
1.22 releases
1.22 releasing
1.22 releasing my
-0.72 reliable
1.73 remain interested
0.71 remain keen
-0.64 remain very
-1.72 remains
-1.34 remains my
-0.98 reminder
1.22 reply by
-0.72 reply this
1.73 reply to
0.71 replying
1.22 report from
0.63 reports
0.63 request
1.73 request you
1.22 requested
1.22 requirement
-0.6 research
-0.72 research assistant
0.71 research software
-1.18 researcher
1.22 resolved
1.39 respect
1.22 respect i
1.22 respect the
-0.72 respond
0.71 rest
0.71 rest of
-0.72 restoration
0.71 restructuring
1.22 result
1.73 result of
-0.98 results
0.71 returns
1.22 returns flow
2.83 right this
-0.72 ring
1.22 ringing
-1.34 risk
1.22 riverside venue
-0.65 role
-1.11 role and
-0.72 role appeals
-0.71 role at
-0.72 role but
1.22 role by
-0.98 role feel
1.22 role from
1.22 role going
-1.61 role i
3.42 role was
-0.72 role we
-0.72 role would
1.56 roles
3.17 roles at
1.73 roles in
1.22 roles with
-1.18 rollout
0.71 room
0.63 room and
-0.72 rota
-0.72 rotterdam
-0.72 rough
-0.98 roughly
-0.72 round and
-1.18 round the
1.22 round was
2.18 rounds
-1.34 route
-0.72 route planning
0.71 run the
1.22 running such
1.22 running the
-1.18 runs
-1.61 rush
-0.72 rush at
1.73 s i
1.14 said
0.71 said i
1.22 said my
1.56 said the
-0.72 salary
0.92 same
-0.72 samples
1.73 sap
1.22 sap ewm
1.22 sat
1.73 saturday
3.17 saved
2.83 saved us
0.85 saw
1.22 saw of
0.88 say i
-1.18 say i'm
1.22 saying
1.22 saying so
0.63 says
-0.72 scale
1.22 scanners
0.88 scheduling
1.22 scheduling and
0.63 scheme
2.83 scheme and
-1.34 school
-0.72 science
0.88 scores
0.71 scores and
1.22 scores for
1.22 scoring
2.83 screen
0.88 screening
1.22 screening call
-0.72 search
0.85 second interview
1.22 second round
2.83 second time
-0.72 second year
1.22 section of
0.74 see
2.07 see how
1.22 see that
2.83 see where
-0.98 see whether
-0.98 seeing
-0.72 seeing me
-1.05 seeing the
1.81 seemed
0.71 seemed to
3.42 seems
2.83 seems to
0.63 seen
0.71 seen the
0.88 selected
0.71 selected for
2.83 selection
-0.98 send
-0.72 send anything
-1.18 send it
0.71 sending
1.73 senior accountant
1.02 sent
2.83 sent before
-0.72 sepsis
-1.49 september
0.71 seriously
1.22 service and
0.71 service team
-0.72 services
0.97 session
1.22 session with
-0.72 set
-0.72 set up
0.71 settled
-0.72 seven
0.79 several
1.22 several candidates
1.22 shah
1.22 shame
-0.59 share
0.71 share one
-0.72 shared
1.22 sharpest
1.22 she
2.83 she's
2.83 shift on
-0.72 shift supervisor
1.22 shift team
1.22 shifted
0.55 short
0.88 short note
-0.98 shortlist
0.71 should a
1.22 should have
0.71 should say
-0.72 show me
-1.34 showing
-1.18 showing me
1.22 shows
0.79 side
1.22 silence
-0.98 similar role
1.56 similar roles
-0.98 since our
1.22 since then
-1.61 since we
0.63 single
0.71 sit
1.06 site
2.83 site supervisor
1.22 site visit
0.63 sites
1.22 sitting
-0.72 six months
1.22 six years
1.22 slightly
1.22 slot
-0.72 small update
0.85 so i'm
0.71 so it
0.57 so much
1.22 so my
1.22 so perhaps
-1.18 so please
0.71 so quickly
-0.72 so there
2.83 so this
0.88 so you
0.71 software engineer
-0.72 soil
-0.72 soil microbiome
1.22 some feedback
-0.72 some of
-1.18 some point
0.76 someone
1.22 someone in
-0.72 someone who
0.63 someone with
0.71 something about
0.71 something suitable
0.71 something to
1.22 sometimes
-2.21 soon
-1.18 sooner
0.71 sorry it
-0.72 sorry to
-0.72 sort
-0.72 sound
0.97 sounds
-1.34 sous
-1.18 sous chef
1.22 south
-0.98 spare
-0.72 speak again
-0.72 specialist
2.83 specification
-1.34 spend
1.6 spent
3.17 spent most
1.22 spirit
1.22 spirit of
-0.98 splits
-1.18 spoke on
2.83 spoken
-0.72 spot
-1.61 spring
2.83 square
1.22 st <n>
3.17 staff nurse
1.12 stage
1.22 stage and
1.22 stage i
1.22 stage of
0.88 stages
-0.67 stand
-1.34 standard
-0.98 stands
-0.72 start date
-0.98 starters
-0.72 state
0.71 station
-0.62 status
-0.98 stayed
-0.98 stayed with
-2.0 step
-0.78 steps
-0.72 steps whenever
2.32 still be
1.22 still consider
1.22 still i'd
0.88 still keen
3.62 still like
2.83 still open
-1.18 still really
2.83 still respect
-0.94 still very
-0.72 still waiting
1.22 stings
2.83 stopped
-1.49 store
-0.98 store manager
-0.72 stores
0.71 straightforward
0.71 strategist
0.71 strategist role
-0.72 strategy associate
-0.72 street
-0.72 strengthen
-1.34 strong
-0.72 stronger
-1.18 strongest
0.71 structural
1.22 structural engineer
1.22 struggling
2.83 struggling to
1.22 stuck
-1.34 student
-0.72 students
-1.61 studio
0.6 study
1.22 study and
1.22 study i
0.55 subject
-0.98 subject checking
2.83 subject follow
3.17 subject re
0.71 success role
0.71 success with
0.63 such a
-1.18 such as
1.22 suggest
-0.72 suit me
1.22 suitable comes
1.22 suitable role
-1.18 suite
-0.98 summary
-1.82 summer
1.22 sunday
-0.83 supervisor
1.22 supervisor job
-1.18 supervisor position
-0.51 supervisor role
-0.72 supplier
-0.82 support
1.22 support your
1.22 suppose
1.16 sure
1.22 sure that
0.97 sure the
-0.72 surgery
1.22 surprised
2.83 surprised that
-1.18 surveyor
-0.72 surveyor role
1.05 suspect
1.22 suspect it
-0.72 system and
1.22 system you
1.22 systems lead
1.22 take home
0.71 take it
0.71 take that
0.71 take this
-1.34 take time
1.56 taken
-0.72 takes
-0.91 taking
-0.72 taking a
-0.68 taking the
2.83 tandem
1.22 task
-0.72 tasting
-0.72 tax
1.22 tea
-1.49 teaching
1.22 team but
1.22 team especially
-0.72 team every
-0.72 team hoped
1.73 team i
0.63 team in
-1.18 team is
0.88 team leader
1.22 team made
1.22 team on
-0.98 team so
-0.72 team splits
-0.98 team that
-0.72 team through
-0.72 team would
0.71 team you
-1.34 team's
-0.72 teams
1.05 technical
1.22 technical round
2.83 technical test
-0.51 technician
1.22 telephone
0.88 tell me
1.22 tell you
-0.98 telling
-0.98 telling me
-0.72 tells
0.63 ten
1.73 ten minutes
1.22 tenancy
-0.72 tend
-0.72 tend to
-0.98 term
-1.18 territory
1.1 test
2.32 test and
-1.28 th
1.22 th june
-0.72 th of
1.22 than ever
3.17 than me
-0.72 than most
0.63 than the
0.66 thanks
-0.72 thanks and
1.27 thanks for
1.73 that <n>
2.32 that a
0.71 that after
-0.72 that as
1.22 that before
-0.72 that experience
1.22 that for
2.83 that had
-0.72 that i'd
-1.34 that i'm
-0.72 that i've
1.22 that if
0.88 that in
-0.72 that isn't
2.01 that it
-0.54 that my
1.22 that no
1.22 that on
0.71 that said
2.83 that shift
1.49 that the
-0.98 that this
0.88 that was
2.07 that way
0.71 that week
-0.72 that with
-1.18 that work
-1.91 that would
2.83 that your
1.22 that's
-1.44 the <n>
1.22 the aarhus
-0.98 the accounts
1.56 the advert
1.73 the advertisement
0.71 the analytics
1.22 the answer
1.22 the appointment
2.32 the assessment
3.17 the assessors
-0.98 the assistant
2.83 the automated
-1.18 the autumn
1.73 the back
-0.72 the band
1.22 the bank
-0.98 the big
0.71 the branch
1.22 the bristol
-0.72 the budget
-0.98 the business
1.59 the call
1.22 the campaign
1.22 the candidates
-0.72 the care
1.22 the cellar
1.22 the chair
-0.72 the choice
-0.98 the claims
0.71 the client's
0.59 the clinical
1.22 the coastal
-0.98 the committee
-0.72 the communications
-1.34 the community
0.71 the company
1.22 the company's
-0.72 the consultation
-0.72 the content
-0.98 the conversation
0.71 the council
0.71 the courtesy
-0.72 the credit
1.22 the crew
1.22 the current
0.77 the data
2.83 the date
1.03 the day
1.22 the deciding
1.04 the decision
1.22 the depot
1.22 the desk
1.22 the discrimination
1.22 the dispatch
1.22 the education
2.83 the effort
0.71 the end
1.22 the european
1.22 the executive
-0.98 the expansion
-0.98 the facilities
1.22 the feedback
0.71 the festival
-0.72 the field
1.03 the final
-0.9 the finance
1.22 the firm
1.46 the first
0.71 the fleet
2.83 the floor
1.22 the front
0.71 the full
1.22 the future
1.73 the gap
1.02 the graduate
-1.34 the grants
1.22 the graphic
-0.98 the ground
1.22 the group
1.22 the growth
-0.51 the head
-0.72 the highest
-0.72 the highlight
2.83 the hire
-0.72 the honest
1.22 the hotel
1.22 the internal
1.73 the interviewer
0.71 the interviews
-0.72 the inventory
0.71 the jebel
0.69 the job
-2.15 the junior
-0.98 the laboratory
0.88 the last
-0.72 the learning
-1.18 the library
1.22 the link
2.83 the listing
2.83 the live
0.59 the marketing
-1.18 the meantime
1.22 the middle
-0.72 the migration
-0.72 the moment
-1.72 the month
-1.82 the most
-0.89 the new
0.67 the news
0.71 the night
-1.18 the northern
0.88 the offer
1.22 the old
2.83 the online
-1.34 the only
1.22 the open
1.22 the opening
-0.62 the operations
1.12 the outcome
0.94 the panel
-0.72 the paralegal
1.22 the part
0.77 the past
-1.82 the payroll
-0.72 the people
2.69 the person
-1.34 the plan
-1.18 the planning
1.22 the portfolio
-0.75 the position
-0.72 the postdoctoral
2.83 the posting
0.71 the problems
-0.51 the product
0.71 the program
0.97 the programme
-1.18 the project
-0.72 the public
1.22 the pune
0.63 the quality
1.22 the reason
2.83 the recorded
1.22 the requirements
-0.62 the research
0.71 the rest
1.36 the result
1.22 the returns
1.22 the riverside
-0.55 the role
0.88 the room
-0.72 the rotterdam
0.99 the same
-0.98 the school
0.71 the screening
0.65 the second
2.83 the selection
0.71 the session
-1.18 the shift
1.22 the short
-0.72 the soil
-0.98 the sous
1.22 the spirit
-0.98 the spring
1.73 the staff
1.22 the start
-0.98 the store
-0.98 the strategy
-0.98 the strongest
-0.72 the student
-1.34 the studio
-1.34 the summer
-0.72 the surgery
0.71 the system
-0.65 the team
-1.18 the team's
1.42 the technical
-0.98 the test
2.83 the third
1.47 the three
-1.18 the timeline
-1.18 the top
1.22 the track
0.71 the trust
-0.72 the unit
2.11 the update
-0.72 the very
1.22 the video
-0.98 the ward
-0.62 the warehouse
-0.98 the weekend
-0.72 the wetland
0.91 the whole
-0.72 the wider
0.71 the winter
0.77 the work
-0.98 the workshop
1.22 the written
0.71 the yard
1.22 their
2.83 their loss
-0.72 them
-1.18 themselves
1.22 then i
-0.52 there
-1.24 there is
-0.59 there's
-1.18 there's no
0.69 they
-0.72 they have
3.17 they were
0.63 thing
1.22 things progress
-0.72 things stand
1.22 things that
1.22 things to
-0.98 things up
0.7 think
1.22 think of
1.22 think the
0.71 think we
-1.72 thinking
-1.49 thinking about
1.22 third
2.83 third time
0.88 thirty
-0.82 this afternoon
-0.72 this finds
1.22 this long
-1.18 this morning
1.22 this occasion
1.67 this one
1.22 this only
-0.98 this opportunity
1.22 this point
-1.91 this role
-0.72 this spring
0.71 this stage
0.71 this was
-2.07 this week
-1.18 this year
0.71 thoroughly
0.79 though
-0.72 thought about
-1.34 thought i
-0.98 thought i'd
0.71 thought it
0.71 thought of
1.22 thought the
1.22 thought you
0.71 thoughtful
0.54 three
3.17 three interviews
2.83 three rounds
1.22 three times
-0.72 through how
1.22 through in
1.22 through your
-0.72 throughout the
-1.65 thursday
-0.72 thursday about
-0.72 thursday and
-1.34 thursday for
-0.98 tickets
0.57 time and
1.22 time i've
-0.82 time on
0.71 time so
1.73 time the
-0.64 time to
1.22 time was
-2.39 timeline
-0.72 timeline for
-0.72 timeline i
0.85 times
-1.34 timing
2.83 to admit
0.57 to apply
-0.98 to ask
0.71 to attend
3.17 to believe
-0.51 to bring
-0.72 to build
-0.98 to call
-1.29 to check
2.83 to close
1.22 to complete
-0.98 to continue
-1.18 to discuss
0.97 to do
-0.72 to email
0.71 to expect
0.71 to explain
2.32 to feel
1.22 to flag
-1.82 to give
-2.0 to help
1.22 to how
-1.72 to interview
-2.54 to join
1.22 to judge
1.22 to kindly
-1.49 to learn
1.22 to leave
2.32 to look
0.67 to me
-1.18 to meet
-1.18 to mention
-0.98 to plan
1.22 to prepare
-1.72 to provide
1.22 to put
-1.34 to reach
1.22 to read
1.22 to reconnect
-0.72 to rush
0.84 to see
-1.18 to send
-0.98 to share
1.22 to someone
0.63 to speak
-1.34 to spend
2.83 to square
-1.18 to start
-0.62 to take
-0.72 to talk
1.22 to tell
-0.98 to that
-0.53 to the
1.77 to understand
-1.18 to wait
0.59 to you
-0.9 today
0.71 today about
1.22 together
-0.72 together on
1.11 told
2.83 told her
0.77 told me
1.22 told my
0.85 took
2.83 took a
0.71 tool
-2.15 top
-1.49 top of
0.6 touch and
1.22 tough
-0.98 trade
0.63 trainee
1.22 trainee programme
-1.34 training
1.22 translation
2.83 travelled
1.22 trial shift
-0.72 trouble
-1.18 try
-0.72 try again
1.22 trying
-0.94 tuesday
-1.49 tuesday about
-1.18 tuesday to
-0.72 tuesday's interview
1.22 turkana
1.22 twelve years
0.97 twenty
3.17 twenty minutes
1.97 twice
1.22 twice and
1.22 twice during
1.22 two days
1.22 two interviews
2.83 two line
1.56 two of
-1.34 two weeks
-0.72 two years
1.84 under
2.83 under review
0.77 understand how
-1.82 understand if
-0.62 understand the
2.32 understand what
-0.72 understand you
-0.72 unit
-1.61 until
-0.72 until <n>
-0.72 up again
-0.98 up at
1.22 up close
-0.98 up for
-0.72 up i
0.71 up i'd
1.22 up the
0.71 up to
2.32 up with
1.22 upcoming
2.07 update and
-0.72 update since
-0.72 update would
0.71 update you
-0.72 upfront
1.22 uploaded
1.22 us
1.22 us both
1.22 used a
-0.67 useful
-0.98 useful for
1.22 usually
1.22 ux designer
2.32 vacancies
-1.05 vacancy
-0.72 vacancy at
1.02 value
-0.72 value any
-1.61 valued
0.71 venue
1.22 venue and
-1.06 very
-1.72 very enthusiastic
-0.62 very glad
-1.18 very happy
-1.44 very interested
-1.39 very keen
-0.9 very much
-0.98 very pleased
-0.72 very real
1.22 very useful
1.22 very well
1.42 video
0.88 video interview
1.73 view
1.22 vine
0.88 visit to
-1.91 waiting
1.73 walked
2.83 walked in
-0.98 walking me
1.73 walkthrough
-1.47 wanted
-1.74 wanted to
-0.72 wanting
0.71 wants
-1.18 ward
-0.9 warehouse
-0.98 warehouse supervisor
1.22 warehouse systems
1.22 warehouses
0.77 was
0.5 was a
1.22 was about
3.17 was actually
-0.72 was also
2.83 was asked
0.71 was disappointed
3.17 was ever
1.73 was exactly
-0.72 was fascinating
2.83 was for
0.71 was genuinely
-0.98 was glad
-1.34 was good
-0.98 was great
2.83 was handled
-0.72 was helpful
1.22 was hoping
3.42 was in
1.22 was just
-0.72 was kind
1.22 was like
2.83 was looked
3.17 was made
2.83 was never
1.42 was not
1.22 was on
1.22 was really
-0.72 was so
1.22 was told
-1.34 was useful
1.42 wasn't
-0.72 water
0.87 way
1.22 way i
-0.98 way or
0.71 way the
2.01 way to
-0.69 we
0.71 we both
-1.61 we can
-0.98 we discussed
-1.49 we met
-0.72 we spoke
-0.72 weakness
-0.72 weaknesses
2.83 website
-1.53 wednesday
-1.82 wednesday about
-0.72 wednesday to
-0.72 week about
1.22 week of
-1.18 week so
0.71 weekend so
-1.18 weeks ago
1.22 weeks and
-0.72 welcome any
2.32 welcome hearing
-1.18 welcome the
1.22 well as
-0.72 well at
2.07 well organised
3.42 well with
1.86 went
2.83 went to
2.83 went wrong
1.54 were
2.83 were already
2.83 were not
1.22 were on
-0.72 wetland
1.12 what
-0.72 what a
2.83 what else
0.71 what it
2.07 what it's
1.22 what my
1.22 what the
2.83 what was
0.88 what you
1.42 when i
0.59 when the
-1.61 when we
-0.82 when you
-2.07 whenever
-0.98 whenever there's
-1.49 whenever you
-0.78 where i
-0.98 where my
0.6 where the
2.83 where they
-0.9 where things
-1.18 whether i'm
1.73 whether it
1.22 whether my
0.63 whether the
-0.72 whether there
-0.98 whether there's
2.83 which i've
1.81 which is
1.22 which would
-0.62 while
0.71 whiteboard session
0.57 who
1.47 whoever
0.57 whole
-0.72 whole process
1.73 whole team
1.22 whom
1.66 why
2.69 why i
1.22 why the
-0.98 wider
0.54 will
-1.34 will have
0.71 will keep
1.22 will need
1.22 will not
1.22 will still
1.22 will take
-0.72 willing
-0.72 willing to
0.71 wind
1.22 wiring
1.96 wish
1.73 wish the
2.83 wish you
-0.72 wishes
-0.72 wishing
-0.72 wishing you
1.22 with another
1.22 with interest
1.73 with it
-0.72 with me
-1.91 with my
1.22 with real
2.83 with respect
1.22 with some
0.74 with the
1.73 with two
-1.24 with you
0.71 withdraw
0.67 within
0.63 within the
0.59 without
1.22 without a
-0.72 won
-0.98 won't
-0.72 won't be
1.47 wonder
1.22 wonder if
1.22 wonder whether
0.88 wondering
1.56 word
1.73 work and
2.83 work for
0.71 work i
0.97 work in
1.22 work out
-1.61 work with
-0.98 work you
1.22 work your
-1.34 worked
-0.72 worked with
1.22 working alongside
-0.72 working on
-0.72 working through
-0.98 working with
-1.18 workshop
1.22 worry
1.08 worth
1.73 worth the
-0.62 would appreciate
-0.93 would be
-0.72 would expect
2.07 would gently
1.73 would have
1.32 would like
-1.29 would love
-1.18 would mean
-0.98 would most
-0.72 would much
-0.72 would need
1.22 would only
1.22 would say
0.77 would still
0.71 would value
-1.49 would very
-0.98 would you
1.22 wouldn't
0.71 write
-0.98 writer
-0.53 writing
-1.61 writing about
1.22 writing regarding
1.22 written
1.22 written information
2.96 wrong
0.71 wrote
1.47 yard
-0.95 year
-0.72 year i
1.22 years and
-0.98 years at
-0.72 years i
1.73 years in
2.07 years of
-0.98 years running
-0.98 yes
-0.98 yes or
-0.93 yesterday
-1.82 yesterday for
-0.98 you about
-0.84 you again
1.22 you all
-0.59 you and
-1.82 you asked
1.22 you at
-0.98 you be
-0.72 you before
-0.72 you by
-1.18 you could
-1.91 you described
1.73 you don't
-0.98 you expect
-0.98 you gave
1.22 you get
1.02 you had
-1.88 you have
-0.72 you hoped
0.77 you if
-0.72 you in
1.22 you just
-1.82 you know
-1.34 you let
1.22 you may
-2.75 you mentioned
-1.39 you need
-0.72 you on
1.22 you put
1.22 you run
0.97 you said
-0.98 you showed
-1.18 you soon
0.71 you taking
1.73 you told
-0.98 you took
-1.34 you very
0.77 you well
0.77 you were
-0.72 you won't
-0.72 you would
-0.98 you'd be
0.71 you'd like
-1.51 you're
-1.18 you're able
-0.98 you're keeping
-1.18 you're well
1.47 you've
2.83 you've got
-0.98 your account
2.83 your agency
1.22 your call
-0.98 your candour
1.22 your cebu
1.22 your chief
1.73 your colleague
-0.72 your company
-0.98 your description
-0.72 your earliest
1.61 your email
1.73 your end
1.22 your engineering
-0.98 your explanation
0.88 your help
-0.72 your honesty
-0.51 your kind
-0.72 your lab
1.22 your leadership
1.56 your letter
3.42 your mail
1.81 your message
0.71 your new
3.17 your note
2.83 your organisation
2.83 your organisation's
-0.72 your patience
-1.34 your planning
0.88 your process
0.71 your pune
-1.34 your question
2.83 your recruiter
-0.72 your shortlist
1.22 your side
-1.51 your team
-1.61 your timeline
2.83 your website
1.22 your work
0.71 yours
""",
)

BOASTING = Reading(
    11.07,
    """\
0.87 <n> <n>
-0.82 <n> a
0.5 <n> and
-1.27 <n> april
-1.58 <n> february
0.61 <n> for
-1.92 <n> june
-2.31 <n> march
-0.82 <n> november
-1.58 <n> october
1.12 <n> rd
-1.44 <n> september
-1.27 <n> to
-1.07 a <n>
-1.27 a busy
-0.82 a call
0.61 a chance
2.73 a cleaner
-0.82 a company
0.79 a couple
0.54 a different
-2.24 a few
-1.71 a full
1.12 a fuller
-1.27 a highlight
-1.07 a line
-1.44 a long
-0.88 a lot
0.61 a month
0.61 a more
1.12 a nice
-0.82 a personal
0.79 a pleasure
-1.07 a presentation
0.61 a project
-1.92 a quick
2.73 a record
1.12 a regional
-1.82 a reply
-1.44 a role
-0.82 a rough
3.07 a senior
-1.07 a shame
-0.82 a shift
-2.37 a short
-1.0 a similar
1.12 a simple
1.12 a single
0.67 a small
1.12 a spare
1.12 a standard
3.07 a step
-0.82 a surprise
1.12 a tough
1.97 a very
0.61 a week
-0.82 a yes
1.12 aarhus
-2.64 able
-2.64 able to
0.79 about a
-0.82 about any
-0.61 about future
1.63 about me
0.5 about my
-1.07 about two
2.73 about weaknesses
0.61 about what
1.12 about where
1.97 above
2.73 above the
1.12 absolutely
2.73 aca
1.12 academy
-0.82 accept it
-0.82 accept the
0.61 account
1.63 account director
0.61 account executive
-0.72 accountant
1.12 accountant interview
-0.82 accountant position
-1.07 accountant role
2.73 accounts that
1.12 acquisition
1.12 across as
-0.82 across the
1.63 across three
1.12 acting
0.67 actually
1.12 actually opened
1.12 add
1.12 adebayo
0.61 administrator role
0.54 admit i
-0.82 admit the
1.12 advert mentioned
1.12 advertised
1.12 advertisement
-0.9 after
-1.07 after a
-2.17 after the
0.67 afternoon about
-1.07 afternoon and
2.73 afterwards
1.32 again and
1.12 again if
-1.07 again on
0.61 again soon
-0.82 again when
2.73 agree
2.73 agree i
1.12 ahead
1.12 ahead of
2.73 airworthiness
1.12 al
1.12 al noor
0.61 ali
1.63 all came
1.46 all of
1.12 allow me
0.79 almost
1.12 almost half
1.63 alone
1.12 along
1.12 already and
-0.82 also enjoyed
1.12 although i
1.12 always
0.61 am a
1.12 am certain
1.12 am checking
1.46 am confident
-0.72 am following
1.97 am grateful
-0.82 am not
1.12 am now
1.71 am sure
3.69 am the
1.12 am very
0.61 ambitious
0.61 among
-0.82 amount
-0.82 amount of
-0.95 an
-1.71 an answer
0.61 an hour
-0.82 an interview
-2.31 an offer
-2.24 an update
1.12 analyst interview
-0.64 analyst role
0.61 analysts
-1.07 analytics
-0.63 and a
-0.82 and about
1.12 and again
-0.82 and asked
1.63 and best
1.12 and could
0.61 and cut
0.79 and enjoyed
1.12 and four
1.12 and god
0.67 and happy
-1.27 and have
1.12 and hear
-1.07 and hearing
-0.64 and i'm
0.76 and i've
-1.07 and if
-1.07 and it
1.12 and it's
0.54 and mr
1.63 and ms
0.74 and my
2.73 and no
1.12 and on
1.12 and one
1.12 and received
-1.07 and remain
1.12 and run
-0.82 and seeing
2.73 and thank
-1.07 and then
2.73 and there
-1.07 and they
-0.82 and thought
-1.58 and to
0.79 and wanted
0.61 and what
0.61 and when
0.61 and will
-0.91 and would
0.54 and your
1.12 angle
-0.92 another
1.12 another analyst
1.12 another candidate
-1.58 another company
-1.07 another firm
1.12 another position
-0.82 another role
-0.59 answer
0.61 answer any
-1.44 answer by
3.07 answer on
1.12 answered every
1.12 answers on
-0.82 any comments
-1.44 any feedback
1.39 any further
-1.0 any news
0.79 any of
-1.27 any other
-1.21 any update
1.63 anyone
3.07 anyone else
1.63 anything more
1.12 anything suitable
2.22 apart
-0.82 app
-1.07 appeals
-1.07 appeals to
1.58 applicants
1.12 applicants and
0.92 application for
-0.82 application was
-1.27 applications
-1.58 applied
-2.37 apply
-1.82 apply again
-0.82 apply for
-0.82 appointed
-1.27 appointment
-0.59 appreciate
-1.27 appreciate hearing
-0.82 appreciate it
0.61 appreciate that
-1.27 appreciate you
0.67 appreciated how
0.61 appreciated learning
0.61 appreciated you
1.58 appreciated your
-0.82 apprenticeship
2.73 approaches
1.12 approvals
-1.27 april
1.12 architect
1.12 architect role
1.12 architects
1.12 architecture
-1.71 are able
1.12 are hard
1.12 are keeping
1.12 are needed
1.12 are not
1.97 are required
2.73 are still
2.73 are things
-0.72 are well
-0.82 area
1.12 arise
0.63 around
0.67 around the
-0.82 arrived
2.73 art
-1.07 as i'd
-1.58 as it
-0.82 as my
1.12 as someone
2.01 as the
1.12 as we
0.54 as well
1.58 as you
-0.82 ask
1.12 ask for
1.12 ask if
1.12 ask only
-1.71 ask whether
-0.86 asked
-0.82 asked about
-0.61 asked for
1.12 asked how
-0.82 asked to
-1.92 assessment
-1.07 assessment centre
-1.44 assessment day
-1.07 assessors
-0.74 assistant
1.12 assistant manager
0.61 assistant position
-1.44 assistant post
-1.07 assistant role
1.71 associate
1.12 associate role
0.54 assume
0.61 assume the
1.12 assumptions
1.12 at <n>
2.73 at al
1.97 at brightwater
1.12 at cedar
0.61 at greyfield
1.12 at harrow
-0.82 at interview
1.12 at kestrel
1.12 at least
-1.44 at some
1.12 at st
2.73 at two
-2.1 attached
-1.07 attached the
1.12 attended
1.63 attended the
1.12 audit and
3.07 authority
-1.07 automated
0.54 available
1.12 available and
1.12 award
2.22 awards
0.61 aware
-0.56 away
-0.82 away even
-0.82 away from
1.12 awkward
-0.82 back for
1.12 back of
0.61 back to
1.12 backend engineer
0.54 background
-0.82 background in
1.12 band
0.96 bank
2.73 bar
0.61 barely
1.12 barista
1.12 barista trainer
-1.07 be able
2.73 be an
1.12 be and
1.12 be any
1.12 be at
1.12 be flexible
2.73 be getting
-1.82 be grateful
-0.65 be happy
2.73 be hard
0.67 be honest
-0.82 be in
-0.82 be kept
-0.61 be open
0.74 be part
1.12 be so
1.12 be something
2.22 be the
1.12 be thrilled
-0.72 be useful
-1.03 be very
1.12 be well
-0.82 be willing
-1.07 be worth
0.89 because
0.96 because i
3.07 because it
0.61 been a
-0.82 been filled
-0.82 been offered
1.12 been ten
0.61 been the
-1.58 been thinking
-1.21 before
-1.82 before i
-2.17 before the
-1.82 before then
-0.82 before we
-1.07 beforehand
-0.82 beginning
-0.82 being open
1.12 being straight
1.27 believe
2.73 believe i
1.12 believe in
1.46 below
2.73 below what
1.12 bench
0.76 best
0.61 best to
1.63 best wishes
0.61 best with
1.5 between
2.73 between my
1.71 between the
2.73 between us
1.12 beyond
2.22 big
1.12 bigger
1.12 bless
1.12 block
0.96 board
1.12 board's
2.73 boast
2.73 boast but
-0.82 bookkeeper
1.36 both
2.73 both know
1.71 branch
2.73 branch operations
-0.82 brand
2.73 brendan's
1.97 brightwater
2.73 brindle
1.78 bring
1.46 bring that
1.97 bring the
1.12 bringing
-1.07 brought
-1.27 build
0.54 building
1.12 builds
1.46 built
-0.61 business
-0.82 business analyst
-1.92 busy
-0.82 but i'd
0.61 but i'll
-1.27 but if
1.12 but the
-2.01 by <n>
-0.91 by friday
-1.27 by monday
1.12 by my
2.73 by name
-1.07 by now
-0.82 by phone
-0.82 by thursday
1.12 calculations
2.73 calibre
-0.91 call
0.61 call me
-0.82 call on
0.61 call yesterday
1.12 calling
1.12 calling rather
2.73 calls
-0.91 came away
0.61 came up
-0.91 campaign
2.73 campaigns
-1.07 can be
2.73 can bring
1.12 can continue
1.12 can imagine
0.61 can make
-0.82 can prepare
-0.82 can share
1.12 can speak
-1.44 can't
1.12 candid you
1.0 candidate
2.73 candidate for
1.12 candidate in
1.12 candidates on
3.07 candidates you
1.12 capital
-0.82 cardiology
-1.07 care you
0.87 career
1.12 career and
1.12 career at
-0.82 careers
2.73 case i
-1.27 case it's
1.12 cedar
0.54 certain
1.12 chain
1.12 chair
-1.07 challenge
1.63 challenges
-0.57 chance
-0.59 chance to
-1.27 changed
1.49 chat
1.12 chat about
2.73 chat this
1.12 chat with
0.73 checking
0.77 checking in
-0.82 chef position
0.61 chief
1.12 chief executive
0.61 choice and
-1.07 choice so
1.63 choosing
1.12 chosen
1.63 churn
-1.07 claims
1.97 class
2.73 class at
1.63 cleaner
-1.44 clearer
1.91 client
2.73 client list
-0.82 client's
1.71 clients
-1.0 clinical
-0.82 clinical research
0.61 clinics
1.12 close to
1.12 closed
2.22 cloud
0.61 coastal
0.61 code
1.12 coding
1.12 coffee
-1.07 colleague
0.61 colleagues
1.63 come across
2.73 come around
0.61 come through
-1.07 come up
1.12 comfortable
1.12 comfortable with
1.12 coming
1.63 coming from
2.73 commendation
-1.27 comments
-0.82 comments on
1.12 commissioning
1.12 committed
2.22 committee
-0.82 communications
0.61 community health
0.79 companies
1.12 companies and
0.61 company and
-1.07 company has
0.61 company i
1.12 company's
1.12 completed
-1.58 completely
-1.58 completely understand
0.61 conference
1.12 confidence
1.76 confident
1.97 confident i
3.07 confident that
-0.61 confirm
-0.82 confirm by
-1.44 congratulations
-1.07 congratulations to
-1.27 connection
-0.82 connection dropped
-0.82 conservation
-0.82 conservation officer
0.61 consider
1.12 consider me
-0.82 considering me
-0.82 construction
1.12 consultant position
-1.27 consultation
1.12 context
0.61 contract
0.61 control
1.12 controls
-1.07 convenience
-0.82 convenient
-0.53 conversation about
0.79 conversation this
-0.82 conversation with
1.12 conversation yesterday
-1.27 convinced
0.61 coordinating
-0.79 coordinator
-1.44 coordinator position
1.12 coordinator post
-0.63 coordinator role
1.12 coordinators
2.73 copies
2.73 copies of
0.79 copy
0.61 copywriter role
-0.82 corvid
1.63 costs
-1.07 could be
2.73 could bring
-0.61 could have
1.12 could keep
1.12 could offer
1.12 could see
-2.01 could you
0.61 couldn't
0.61 couldn't help
0.61 count
1.12 counties
2.73 country
1.63 county
0.87 couple
0.87 couple of
2.73 courier
0.79 course i
-0.82 covered
1.71 creative
2.73 creative awards
1.12 creative director
1.46 credit
1.63 credit risk
0.61 crew at
1.12 crew on
-1.07 cross again
2.73 cta
-0.82 culture
0.61 current company
0.61 current employer
-0.82 current job
-0.82 current role
-0.63 customer
-0.82 customer service
-1.27 cycle
0.54 data analyst
-0.91 date
-0.82 day for
3.07 day one
-1.03 days
0.61 days since
1.12 deal and
-0.61 dear
-0.82 december
-0.82 deciding
-0.82 decision about
0.54 decision and
-0.82 decision has
-0.82 decision on
0.61 decision regarding
1.12 decision to
-1.07 decision was
1.12 degree
1.12 deliberation
1.63 delivered
-1.07 delta
2.73 demand
0.74 department
1.12 department has
0.61 depot in
0.61 depth
2.73 described as
-1.07 described the
1.12 description
1.12 description of
2.73 description was
-1.27 design team
-0.72 designer role
-1.07 desk
-0.82 detailed
0.76 details
2.73 details are
1.12 details on
0.67 developer
-0.82 development
0.54 did not
0.61 didn't get
-0.82 difficult to
1.12 digital
1.12 diploma
1.12 direct
1.25 director
0.61 director of
2.73 director position
0.61 director role
1.12 disappointed but
-1.27 disappointed i
-1.07 discharge
0.61 discuss it
-1.0 discuss the
0.61 discussed on
-0.82 discussing
-0.82 discussing the
1.12 discussion about
-0.82 discussion of
-0.82 dispatch
1.63 dissertation
-0.82 distribution
1.63 distributor
0.61 district
1.12 do keep
-0.82 do next
1.38 do not
-1.07 do still
1.46 do the
1.12 do you
1.12 dock
1.12 document
1.12 documentation
0.92 documents
1.63 documents are
-1.71 does
-1.27 doesn't
-1.44 don't feel
-0.82 don't hear
-0.82 don't want
1.38 done
1.12 done at
2.22 doubt
1.63 doubt you
0.55 down
1.12 down from
1.12 down to
0.54 dr
0.61 drive
-1.27 drop
-1.44 dropped
0.61 due
-0.82 during
-0.82 each month
2.73 each other's
-1.07 each stage
1.12 eager
1.12 eager to
-1.27 earlier
-1.07 earliest
-0.82 earliest convenience
-1.82 early
1.63 easy
1.12 editing
1.12 editor
1.12 editor role
0.61 editorial
1.12 editorial team
-0.82 effort
1.63 eight
1.12 eighteen
1.12 eighteen months
-2.17 either
-2.01 either way
-0.82 electrician
1.71 eleven
2.73 eleven years
0.65 else
1.63 else from
0.61 else in
1.12 else that
2.73 else will
0.79 elsewhere
-1.12 email
1.12 emailing
-1.44 emails
0.61 emergency
-0.82 employees
-0.76 end
-0.82 ends
1.12 energy
0.66 engineer
0.76 engineer position
0.61 engineer post
0.61 engineering
1.12 engineering team
1.71 engineers
1.38 enjoy
1.12 enjoy the
-0.72 enjoyed learning
-0.82 enthusiastic
-0.82 enthusiastic about
-0.82 environmental
-1.44 especially
-1.27 especially the
1.12 estate
-0.82 estates
1.12 ethics
1.63 european
-0.56 even
-1.07 even if
-1.07 even keener
-0.56 even more
1.12 even so
-1.27 evening
0.98 ever
-0.82 every question
1.12 every week
-1.58 everything
-1.07 ewm
0.61 exactly the
-1.27 exactly what
-0.82 exam
0.64 executive
0.61 executive officer
-0.56 exercise
-1.07 exercise was
2.08 expansion
1.12 expansion of
-0.72 expected
0.58 experience
1.12 experience and
-1.07 experience in
-0.82 experience of
2.73 experience than
0.61 explain the
-1.71 explaining
-0.82 explaining that
-1.07 explaining the
0.67 explanation of
1.12 extra
1.12 failures
1.12 fair to
3.32 fairly
-1.44 family
0.87 far
1.63 fascinating
2.73 fascinating and
2.73 favour
1.63 features
-1.71 february
-1.12 feedback
-0.72 feedback on
1.12 feel a
-1.07 feel the
1.12 feel very
1.12 feeling
1.12 feeling i
3.07 feelings
2.73 feelings at
-1.07 fell
-0.82 fell short
1.12 festival
-0.82 few days
-1.27 few minutes
-0.61 field
1.12 fieldwork
1.97 fifteen
3.07 fifteen years
1.63 figures
1.12 fill
1.12 fill in
-0.82 filled
-1.67 final
-1.07 final interview
-0.72 final round
-0.82 finally
1.63 finance director
-0.82 finance team
1.12 financial
1.55 find
3.07 find anyone
1.12 find it
1.46 finds
1.12 finds you
1.12 fine
1.97 finished
2.73 finishing
-1.92 firm
-0.82 firm and
1.12 firms
-1.71 first choice
0.61 first ninety
1.12 first of
2.73 first quarter
1.12 first year
-1.07 fits
-0.82 five weeks
1.12 five years
1.63 fixed
0.79 fleet
1.12 flexible
0.61 flood
1.12 flood risk
0.87 floor
0.61 flow
-0.82 follow
-0.64 follow up
-0.52 following
-0.82 following my
1.12 following the
0.54 foods
-1.27 for an
-2.17 for any
-1.07 for anything
-0.82 for around
1.12 for but
1.12 for calling
-1.27 for explaining
1.63 for friday's
2.73 for giving
0.61 for having
1.0 for interviewing
1.63 for introducing
0.61 for inviting
0.61 for it
-0.64 for letting
1.12 for more
-0.72 for my
-1.07 for nothing
-0.82 for on
0.61 for our
-1.07 for running
0.61 for seeing
0.79 for showing
-1.27 for similar
-1.58 for speaking
-1.07 for telling
2.73 for themselves
1.12 for this
1.12 for three
0.61 for thursday's
1.12 for today
0.61 for tuesday's
1.12 for twelve
1.71 for walking
-0.82 for which
0.5 for you
0.61 forecasting
1.12 forgot
1.12 forgot to
0.61 form
1.63 former
1.12 forty
1.12 forum
-1.71 found
-1.07 found the
-0.82 found your
0.61 foundation
0.92 four years
1.12 fourth
1.63 frank
1.71 frankly
1.12 frankly i
0.54 freight
-0.82 friday <n>
-0.82 friday about
-0.82 friday and
0.61 friday i
1.63 friday's
0.87 from a
-2.01 from another
2.73 from day
0.74 from me
1.12 from my
2.73 from recruiters
2.73 from scratch
0.61 from two
-0.82 from what
0.61 from where
2.73 from zero
0.61 front
1.12 front office
1.12 full picture
1.12 fuller
1.12 fuller picture
-2.01 fully
-0.82 fully understand
1.12 fun
1.12 fund
0.68 further
1.63 further details
2.22 further documents
0.61 further information
1.12 further to
1.63 further you
-1.14 future openings
1.12 future opportunities
0.87 future roles
0.61 future vacancies
-0.61 gave
1.12 gave a
-0.93 gave me
-0.82 geelong
0.61 general manager
1.12 gently point
0.61 genuinely excited
-0.82 genuinely useful
-1.07 get a
-0.82 get back
1.12 get it
1.12 get started
0.61 get the
1.12 gets
0.98 getting
0.61 getting back
-0.63 give
1.12 give my
-0.82 give you
-0.76 given
1.63 given that
-1.27 given the
-0.82 given to
1.63 giving
2.73 giving me
1.12 go live
1.46 go through
1.12 goals
1.12 god
1.12 god bless
1.12 goes
-1.24 going
-0.82 going to
-1.07 going well
-1.07 gone
-0.82 gone well
1.12 good luck
0.61 good news
-0.82 good start
1.12 good to
1.12 good weekend
1.12 got the
1.12 government
1.12 graduate planner
0.61 graduate trainee
2.73 graduated
-1.71 grants
-0.82 grants coordinator
-0.82 grants officer
-0.94 grateful
-0.93 grateful for
1.12 great to
1.71 greetings
1.46 greetings of
1.63 grew
0.61 greyfield
1.46 ground
1.12 ground running
-0.93 group
-0.82 group and
-1.07 group exercise
1.12 growing
0.61 growth
1.12 growth marketing
1.12 gst
1.12 gst reconciliation
-0.82 guessing
0.61 guest
1.12 guidance
0.74 had a
2.73 had attended
-1.27 had been
-0.82 had gone
1.12 had heard
-0.82 had hoped
-1.07 had in
2.73 had three
0.61 had to
0.54 half
0.79 hand
0.79 handled
1.12 hands
0.54 hands on
1.12 happens
1.12 happens in
1.12 harbour
1.12 harbourline
0.59 hard
3.07 hard feelings
-0.82 hard not
2.73 harder
1.12 harrow
2.73 has actually
-0.82 has come
1.12 has led
2.73 has never
-0.82 has now
-0.82 has offered
-0.82 has said
2.73 has struggled
0.61 has to
2.73 has worked
-1.27 hate
-0.82 hate for
1.63 have also
-1.44 have an
-0.82 have asked
-1.07 have attached
1.63 have built
1.12 have chosen
1.12 have come
1.63 have done
1.12 have handled
1.12 have i
1.12 have liked
0.61 have made
2.73 have managed
-0.82 have not
-1.07 have received
-0.82 have saved
1.12 have since
-0.82 have spent
0.54 have the
1.71 have thought
2.73 have trained
1.12 have turned
1.12 have worked
1.12 haven't had
-1.27 haven't heard
0.91 having
0.61 having me
1.12 having met
1.12 he
2.73 he has
0.98 head
1.12 head of
1.12 headlines
-0.82 hear back
0.61 hear good
0.54 hear how
-1.44 hear it
1.12 hear the
3.07 hear where
-1.07 heard
-1.27 heard anything
0.63 hearing from
-0.54 hearing how
1.12 held on
-0.75 help
-1.27 help me
0.61 help noticing
-0.82 help your
-1.27 helped
-2.17 helpful
0.61 helps
0.61 here is
2.73 hesitation
0.79 high
3.32 higher
2.73 higher standard
3.07 highest
-0.61 highlight
1.12 hindsight
0.92 hire
-0.72 hiring
1.12 hit
1.12 hit the
0.81 hold
1.12 hold the
-0.82 holding things
-0.82 holidays
0.89 honest
1.12 honest feedback
0.61 honest i'm
0.89 honestly
2.73 honestly be
0.61 honestly i
1.97 honesty
1.12 honesty about
1.12 hope it
-1.07 hope our
1.12 hope that
0.52 hope to
-0.74 hope you're
-0.72 hope your
0.61 hoped for
-1.82 hoping
-1.07 hoping to
1.12 hospital
1.49 hotel
-1.07 hours
-0.72 housing
1.12 how candid
1.12 how clearly
1.12 how it
1.12 how openly
-1.07 how things
-1.82 how your
-0.72 hr
1.12 hundred
-1.07 i accept
0.52 i am
0.61 i answered
-1.44 i applied
0.79 i appreciated
1.58 i believe
-1.0 i came
-1.07 i can't
-1.58 i completely
0.61 i couldn't
-0.91 i did
0.61 i didn't
2.59 i doubt
0.61 i especially
1.12 i feel
1.12 i find
1.12 i forgot
-1.58 i found
-1.27 i fully
1.12 i gave
0.61 i genuinely
1.12 i get
2.73 i graduated
1.12 i hadn't
3.32 i hold
1.12 i hoped
-2.54 i interviewed
-1.44 i just
1.63 i keep
-1.71 i learned
0.67 i left
0.79 i liked
0.59 i look
0.5 i loved
0.79 i may
0.67 i mention
0.61 i met
0.54 i must
-0.82 i particularly
-0.82 i prepared
1.63 i ran
-0.82 i realise
3.07 i reckon
1.63 i respect
-1.27 i saw
0.61 i see
0.61 i simply
1.12 i sit
-1.07 i stand
-0.91 i still
1.12 i suppose
1.12 i suspect
1.4 i think
-1.14 i thought
-0.82 i took
1.46 i trust
-0.54 i understand
-1.07 i wasn't
-0.91 i wish
0.5 i won't
1.12 i wonder
1.12 i write
-0.82 i wrote
-0.82 i'd appreciate
-0.6 i'd be
2.73 i'd bring
1.12 i'd expect
-1.07 i'd hate
2.73 i'd honestly
1.12 i'd imagine
-1.27 i'd just
-1.21 i'd like
0.55 i'd love
1.63 i'd most
0.67 i'd really
-1.07 i'd welcome
1.63 i'll assume
-0.82 i'll give
2.73 i'll leave
-0.82 i'll take
1.97 i'm confident
-0.72 i'm disappointed
2.73 i'm excited
1.12 i'm genuinely
-0.82 i'm happy
1.12 i'm in
1.12 i'm just
-1.27 i'm keen
-0.7 i'm not
0.79 i'm really
-1.44 i'm sorry
-0.58 i'm still
1.12 i'm taking
0.81 i'm very
-1.21 i'm writing
0.61 i've already
-1.27 i've attached
1.71 i've had
1.12 i've kept
1.12 i've run
1.12 i've started
1.12 idea
1.12 idea of
-2.31 if a
1.91 if any
-2.1 if it
-1.07 if it's
0.61 if something
-1.07 if that
0.92 if there's
-0.61 if you're
0.79 imagine
0.61 imagine the
1.12 implementation
2.22 in <n>
-0.82 in about
1.12 in all
1.12 in and
1.12 in any
-0.7 in case
1.12 in detail
-1.07 in early
1.12 in for
1.12 in high
1.12 in hindsight
1.12 in hotel
-0.82 in it
1.12 in may
0.7 in my
0.51 in on
0.79 in person
1.97 in this
2.73 in three
1.12 in turkana
1.12 in under
-1.07 inbox
1.12 included
1.97 including
1.12 including a
1.12 independent
2.73 industry
1.63 infrastructure
2.73 infrastructure lead
2.73 institute
-0.82 insurance
0.61 intake
1.12 intend
1.12 intend to
-1.92 interest
-1.07 interest in
2.22 interested to
0.54 interesting
2.73 internships
2.73 internships and
0.53 interview for
-0.82 interview from
-1.07 interview me
1.46 interview of
0.55 interview on
-0.82 interview so
-1.27 interview this
-1.07 interview was
0.87 interview yesterday
-1.03 interviewed
-2.31 interviewed for
1.12 interviewed on
-0.82 interviewed with
-1.07 interviewer
0.79 interviewing
1.0 interviewing me
1.12 interviews and
1.12 into it
0.87 into the
1.12 introducing
1.63 introducing me
-0.82 inventory
1.12 invitation
1.12 invited
0.61 inviting
0.61 inviting me
-1.07 involved
-0.82 is all
0.61 is anything
1.12 is coming
-1.58 is exactly
1.12 is fair
-0.82 is genuinely
-1.07 is going
1.12 is good
1.12 is hard
-1.44 is my
-0.82 is not
-1.44 is now
1.12 is only
1.12 is regarding
2.73 is required
0.61 is simply
1.97 is something
-0.82 is still
3.52 is that
-1.0 is the
-1.27 is there
0.61 is useful
0.61 is well
1.12 is worth
-1.82 isn't
-1.07 isn't possible
2.73 issues
-0.82 it a
-0.82 it again
1.12 it all
1.12 it as
1.12 it because
-0.82 it but
1.12 it came
1.12 it for
0.61 it further
-1.27 it had
-0.82 it if
-0.82 it isn't
-1.58 it made
1.12 it meant
-1.07 it might
-1.07 it only
1.12 it says
0.61 it seemed
0.61 it seems
1.12 it should
1.12 it so
1.12 it up
0.54 it was
3.07 it will
-0.74 it would
-1.3 it's
-1.44 it's a
1.12 it's exactly
-1.27 it's useful
-0.82 item
1.12 itself
0.61 january
0.61 jebel
0.61 jebel ali
1.63 job description
0.61 job in
1.12 join and
0.81 join your
-0.82 joined
1.12 july
-0.63 june
0.61 june for
-0.88 junior
-0.82 junior accountant
-0.82 junior copywriter
1.12 junior data
1.12 just as
1.71 just checking
-0.82 just let
0.61 just need
-0.82 just so
-0.82 just wanted
-0.6 keen on
-1.27 keener
-0.82 keep in
2.73 keep it
0.61 keep this
0.54 keeping well
-0.82 kept in
1.12 kestrel
1.12 kind about
-0.82 kindly keep
3.07 kindly let
0.61 kindly note
0.54 kitchen
-0.53 know and
-0.82 know by
0.61 know how
1.71 know i
1.12 know if
-0.82 know my
1.12 know these
0.79 know what
-0.82 know whether
-1.58 know you
-0.82 know your
-0.82 knowing
0.79 laboratory
-0.82 labs
1.63 lagos
2.73 lagos and
3.07 lane
-0.82 language
1.12 large
2.73 larger
1.12 last month
1.12 last three
-0.82 last thursday
0.61 last two
-0.61 last year
-1.07 latest
1.12 launch
2.73 launched
0.77 lead
0.67 lead role
1.12 leader position
0.61 leadership
1.12 leadership team
0.61 learn about
-2.01 learned
-1.27 learned a
-0.82 learning how
-0.82 learnt
-0.82 learnt a
0.61 least
0.87 leave
1.12 lecturer
1.12 led
1.46 led the
-1.27 leeds
-0.82 left a
-0.82 left even
1.12 legal
0.61 letter of
-0.68 letting
-0.66 letting me
2.22 level
1.12 level i
-1.71 library
-1.27 library assistant
2.73 licences
-0.82 life
0.79 like a
1.12 like and
1.12 like exactly
0.61 like i
1.12 like me
3.07 like mine
0.76 liked
0.61 liked what
3.07 line and
1.63 lines
-1.27 link
-1.44 linkedin
1.38 list
1.12 list and
-0.82 listed
1.12 live in
1.12 live up
0.61 load
1.12 local
-0.82 localisation
-0.82 log
-0.82 look at
1.12 look like
-0.82 looked at
-0.82 looking at
1.71 looking for
2.73 looks
-0.82 lost
-0.93 lot
-1.07 lot from
-0.82 lot to
0.6 love to
0.5 loved
0.67 loved hearing
1.12 lovely to
0.61 luck with
0.61 lucky
0.61 lucky to
2.73 lumen
1.12 lunch
1.12 made a
-1.07 made it
-1.07 made me
-1.07 mail
1.12 main
-1.07 mainly
-0.82 maintenance
1.12 make myself
0.61 make sure
1.12 make this
-1.07 makes
1.12 malm
1.12 malm and
1.63 managed
1.12 management accountant
0.76 manager
0.61 manager has
1.12 manager job
1.76 manager position
-0.82 manager post
0.61 manager vacancy
0.79 managing
1.12 managing a
0.82 many
3.07 many of
1.12 many times
0.61 mapping
-1.39 march
-1.07 march and
0.61 marine
0.67 market
0.82 marketing
1.12 marketing coordinator
2.73 marketing manager
1.12 markets
-0.82 marlow
-0.82 marlow finch
1.63 marsh
2.73 marsh lane
2.73 master's
-1.44 match
2.73 matched
1.97 matters
2.73 matters more
0.61 may be
-0.82 may have
0.61 may not
1.63 maybe
2.73 mba
-0.82 me a
-2.1 me about
1.12 me across
-1.27 me an
0.5 me and
2.73 me apart
0.61 me around
1.46 me as
0.61 me at
0.79 me by
-1.58 me even
-0.82 me forward
0.79 me i
3.07 me if
1.12 me is
0.54 me of
1.12 me round
0.61 me so
-0.82 me such
0.79 me that
0.5 me the
1.46 me through
1.12 me to
1.63 me well
-1.27 me with
-1.44 mean
1.12 means
1.12 means a
1.12 means i
-1.27 meantime
1.12 media
0.61 medical
1.12 medicine
0.66 meet
-1.44 meet the
1.63 meet you
1.12 meeting everyone
1.12 meeting other
-0.82 meeting the
-0.82 meeting you
0.7 mention
2.73 mention all
1.12 mention this
1.12 mentioned a
1.12 mentioned i
2.73 mentioned is
-0.72 mentioned that
-2.43 message
-1.44 message about
-1.07 met on
1.12 met the
-0.82 microbiome
-0.82 mid
2.73 might come
-1.27 migration
2.73 migrations
1.12 mind and
2.59 mine
-1.33 minutes
-0.82 minutes at
-0.82 minutes late
1.12 missed
1.12 mix
0.61 model
1.12 modelling
1.97 monday about
1.74 monday for
-0.82 monday to
1.32 month and
0.69 months
1.97 months and
-0.82 more certain
-0.82 more detail
0.61 more eager
1.12 more experience
-1.27 more interested
1.74 more than
2.73 more to
1.12 morning about
-0.82 morning and
1.12 morning's
0.87 most
1.12 most interesting
1.12 move to
-1.07 moved
-1.82 moving
0.61 mr al
1.12 mrs
0.5 ms
-0.82 much about
0.76 much interested
1.12 much of
-0.82 much prefer
0.61 much rather
1.12 much the
1.12 must say
0.61 my background
1.12 my best
0.54 my career
-0.82 my connection
0.61 my details
1.63 my dissertation
1.46 my experience
-0.82 my family
1.12 my former
-1.27 my interest
0.87 my last
2.73 my level
0.61 my list
1.12 my notice
2.73 my only
0.76 my own
-1.07 my part
0.61 my partner
-0.82 my phone
0.54 my portfolio
1.63 my present
0.61 my presentation
0.76 my profile
2.73 my qualifications
2.73 my real
1.12 my sharpest
1.12 my side
2.73 my team
-1.27 my thanks
2.73 my track
0.61 my two
1.12 my week
1.97 my work
0.61 my year
0.58 myself
1.12 myself available
0.61 name and
2.73 named
1.12 names
2.73 national
1.12 nd may
1.12 nebosh
-1.07 need a
1.12 need anything
0.87 need from
1.63 need someone
1.12 needed from
-0.82 network
0.76 never
-0.82 new community
2.73 new distributor
1.12 new starters
1.12 newly
-0.85 news
0.61 news and
1.12 news i
-0.82 news was
1.12 next month
1.12 next opening
-0.82 next round
-1.07 next stage
-1.44 next time
1.12 nice
1.63 nine
0.61 ninety days
1.12 no doubt
3.07 no hard
-0.82 no is
-1.07 no need
1.12 no one
1.12 nobody has
1.12 noor
1.12 northern
2.73 northern creative
1.12 northgate
1.12 not a
-0.82 not been
-0.82 not convinced
1.46 not have
-1.07 not possible
1.12 not selected
-1.44 not sure
2.73 not want
-0.93 note
0.61 note that
1.12 notes on
-1.71 nothing
0.67 noticed
0.61 noticing
1.12 noticing that
-0.82 november
-0.56 now
-0.82 now so
0.79 number
0.61 nurse position
1.12 nurses
1.12 oak
1.12 obvious
1.12 occasion
1.12 october for
1.49 of a
1.12 of any
0.61 of being
0.61 of finance
-0.82 of future
2.73 of hands
-0.82 of last
0.8 of my
1.12 of people
1.12 of place
1.12 of recruiting
2.73 of senior
0.87 of that
1.38 of them
1.12 of these
1.38 of this
1.12 of those
1.12 of three
-1.07 of us
1.12 of weeks
1.63 of what
-1.07 of why
-0.82 of work
-1.07 of you
1.32 of your
-1.27 off the
-0.82 off to
2.73 off your
-0.52 offer
-0.82 offer and
1.12 offer by
-2.01 offer from
-0.82 offered
-1.27 offered me
1.12 offers
1.12 office and
1.97 office manager
0.87 often
-0.82 old
-0.82 older
-0.82 on and
-0.82 on call
1.12 on day
0.61 on every
0.79 on file
1.12 on getting
-1.07 on hold
-1.27 on it
0.61 on joining
-0.82 on linkedin
0.56 on monday
-1.27 on our
1.63 on reflection
1.63 on regional
2.73 on sepsis
-0.82 on site
1.12 on sunday
1.32 on that
-1.71 on where
-0.93 on your
0.54 onboarding
0.64 once
-1.07 once more
1.12 once you
1.12 oncology
-0.82 one i
0.61 one i'd
2.73 one is
1.32 one of
0.61 one on
0.61 one system
-1.07 one way
-1.07 online
0.71 only
0.79 only because
1.12 only mention
1.63 only one
0.61 onto one
-0.65 open
-1.49 openings
-1.07 openings in
1.63 openness
2.73 openness about
-0.7 opens
-0.61 opens up
1.97 operation
-1.27 operations analyst
-1.07 operations coordinator
0.54 operations manager
2.73 operations officer
1.12 operations supervisor
-0.82 opportunities with
1.63 or elsewhere
-0.82 or no
-1.44 or the
-0.82 organisation and
-0.82 organisation's
1.12 organisations
-1.27 organised
-0.82 organised day
1.12 oskar
3.07 other applicants
1.74 other candidates
2.73 other's
1.12 our conversations
-1.58 our discussion
-0.82 our first
-1.07 our paths
1.12 our regional
1.12 out for
0.61 out that
1.63 out to
-1.58 outcome
-0.82 outcome but
1.12 outdoor
0.61 outreach
-1.07 over a
1.12 over lunch
1.12 ownership
0.67 p
0.67 p s
1.63 pace
-0.82 packaging
-1.44 page
2.73 paid
2.73 pair
2.73 pair of
0.61 pairing
-1.07 panel and
1.12 panel for
-0.82 panel gave
-0.82 panel has
-0.82 panel on
1.12 panel's
2.73 paper
1.12 paperwork
-1.07 paralegal
0.57 part of
-1.54 particularly
-0.61 particularly the
1.63 partnerships
1.12 partnerships role
1.12 parts
1.12 parts of
-0.82 pass my
-1.58 passed
1.12 past few
0.61 patel
-1.44 paths
-1.07 paths cross
-0.82 patience
0.61 payroll administrator
1.12 payroll officer
1.12 percent
2.73 performing
0.79 perhaps
1.12 perhaps i
-0.82 period
0.54 person
0.61 person made
-2.01 phone
1.12 pick
1.12 picked up
1.63 pilot
0.79 pipeline
3.07 plain
-0.59 plan
1.12 planned
-1.07 planner
-0.82 planner position
-1.44 planner role
-1.44 planning
-0.82 planning my
0.64 plans
0.86 plans for
1.12 plate
-0.61 platform
1.63 please do
-1.44 please don't
0.61 please let
-1.27 please pass
0.87 pleasure
1.12 pleasure to
1.12 podcast
-0.82 point i
1.12 policy team
1.12 pop
-1.44 portal
0.61 portfolio
-0.98 position at
0.67 position in
-1.07 position is
0.61 position of
1.63 position on
1.12 position opens
0.61 position with
2.73 position yesterday
0.61 positions
1.12 positive
-0.82 possibility
-0.82 possibility of
-1.21 possible
1.12 possible yet
-1.58 post and
-1.07 post comes
0.61 post in
3.07 post of
1.12 post opens
-1.07 postdoctoral
1.12 power
-1.92 practice
1.12 preparation
-1.58 prepare
-0.82 prepared for
-0.82 preparing
1.46 present
-1.07 presented
1.12 press
-0.82 pressure
0.61 pressures
1.12 pricing team
1.12 primary
0.61 priorities
-0.82 priority
2.73 prize
1.58 probably
1.12 probably tells
1.12 problem
1.12 problems
-0.87 process
-1.82 process and
1.12 process engineer
0.61 process with
1.12 procurement lead
1.12 procurement officer
1.12 producer
1.12 producer role
-1.07 product designer
0.61 product team
1.12 professor
0.61 profile
0.67 program
-0.82 programme and
0.61 programme at
-0.82 progress
1.12 project i
2.73 promise
2.73 promise you
-0.82 promised
0.79 proper
0.69 provide
1.63 provide any
0.54 provide anything
0.61 provide references
0.61 published
1.12 pune office
1.12 push
2.73 qualifications
1.63 qualified
1.12 quality
0.61 quality engineer
1.12 quantity
1.12 quantity surveyor
1.46 quarter
0.54 question
2.22 question about
0.61 question and
-0.82 question on
1.12 question the
0.61 questions about
1.12 questions on
-2.01 quick
0.86 quickly
2.73 quickly and
1.12 quiet
0.61 radio
2.73 raise
1.38 ran
-0.82 range
1.12 rare
2.73 rate
-0.82 rather have
1.12 rating
1.12 rd
-1.71 reach
-1.44 reach a
-0.82 reached the
-1.0 read
0.5 reading
0.61 ready
1.12 ready to
0.93 real
2.73 real weakness
-1.07 realise
1.12 realised
1.12 really did
1.12 really interested
1.63 really like
1.12 really love
1.12 really valued
0.79 reason
-0.82 reasons
-1.58 received an
2.73 received the
0.54 reception
3.32 reckon
2.73 reckon i'd
0.61 reconciliation
4.07 record
2.73 record in
2.73 record like
3.07 recruiters
0.61 recruiting
-0.82 recruitment
1.12 recycling
-1.27 redesign
-1.07 reduced
1.12 reflection
-0.82 reflects
0.61 refreshing
1.12 regard
2.22 region
2.06 regional
2.73 regional sales
1.12 regret
0.61 relaunch
-0.82 release
1.12 reliability
1.12 reliability engineer
0.61 reliable
-1.44 remain interested
-0.82 remain keen
-1.82 remains
-1.44 remains my
2.73 remember
1.12 reminded
1.12 reminded me
2.73 renewal
-1.63 reply
-0.82 reply this
-0.82 replying
0.54 reporting
-1.44 reports
-1.07 reports to
1.12 reps
-1.44 request
-0.82 request you
2.42 required
2.73 required from
-1.07 requirements
0.61 research assistant
0.61 research software
-1.27 researcher
2.73 residency
1.12 resolved
-0.82 respond
0.54 response
0.61 rest
0.61 rest of
-0.82 restoration
1.63 restructuring
-1.0 result
1.12 result of
3.32 results
1.12 retention
1.63 returns
1.12 returns flow
1.12 revenue
-1.58 review
0.54 reviews
1.12 riding
1.12 right this
-0.82 ring
1.71 risk
2.73 risk analyst
-1.07 riverside
-0.82 role appeals
-1.07 role but
1.12 role comes
1.12 role feel
-1.82 role i
-1.27 role is
0.67 role on
-1.58 role opens
1.12 role this
-0.82 role we
-0.82 role would
1.12 roles at
0.61 roles in
0.79 rollout
0.76 room
1.12 room and
2.73 rooms
-0.82 rota
0.61 rotterdam
-0.82 rough
-1.07 roughly
0.61 round and
0.79 round the
1.12 round was
1.12 round with
-0.82 route planning
0.54 run
1.12 run a
-0.82 run the
1.01 running
2.73 running and
-1.27 runs
0.61 rush at
0.5 s
0.61 s i
1.12 safety
2.73 safety record
0.59 said
0.61 said i
1.12 said my
1.12 said she
1.12 said the
1.63 salary
1.12 sales
2.73 sales manager
1.12 sales role
0.51 same
2.73 same day
0.61 samples
-0.82 sap
-0.82 saturday
2.73 save
-0.82 saved
2.73 savings
1.46 say i
0.61 say that
1.12 say the
-1.07 saying
1.71 says
2.73 says something
3.07 scale
2.73 scale of
1.12 scheme
0.54 school
0.61 science
2.73 scorecard
0.79 scores
0.61 scores and
1.12 scores for
1.12 scoring
2.73 scratch
-1.27 screening
0.61 search
1.12 season and
-0.82 second interview
0.61 second year
1.12 see that
0.5 see the
1.12 see why
0.61 seeing me
0.54 seemed
1.63 seemed to
1.12 seems to
0.87 seen
-0.82 seen the
-1.44 send a
-0.82 send anything
-0.82 sending
1.06 senior
-0.82 senior accountant
-1.92 sense
-1.58 sense of
-0.61 sent
1.63 sepsis
-0.61 september
0.61 seriously
-2.24 service
-0.82 service team
-0.82 services
-1.07 session with
0.61 set
2.73 set out
0.61 set up
0.61 settled
0.61 seven
0.79 several of
1.12 shah
-1.07 shame
-0.97 share
-1.07 share any
-0.82 share one
-0.82 shared
1.12 sharpest
1.12 she
2.73 she had
0.61 shift supervisor
1.12 shipments
-0.78 short
-1.27 short note
3.32 shortlist
0.61 should a
1.97 should be
-1.27 should have
0.79 should mention
0.61 should say
-0.82 show me
0.5 showed
0.79 showed me
1.12 showing
0.79 showing me
0.61 side of
1.12 sign
1.12 signed
-1.27 silence
-1.54 similar
-1.07 similar role
-1.27 similar roles
1.12 simple
0.76 simply
1.97 since i
-0.91 since my
-1.07 since our
-1.07 since the
0.67 since we
1.71 single
1.63 sit
1.12 site reliability
-0.82 six months
0.61 six years
2.73 sleep
-1.07 slow
0.61 small update
-1.07 so a
1.12 so far
-1.07 so i've
-1.27 so if
-0.82 so it
1.12 so kind
1.12 so perhaps
-1.27 so please
0.61 so quickly
0.61 so there
1.12 so this
-1.27 so you
0.61 software
0.61 software engineer
-0.82 soil
-0.82 soil microbiome
1.63 some of
-1.27 some point
0.95 someone
2.73 someone to
2.22 someone who
1.71 someone with
1.63 something about
1.12 something i
0.61 something suitable
0.61 something to
1.12 sometimes
-1.27 sooner
-0.91 sorry
-0.82 sorry it
-0.82 sorry to
3.07 sort
2.73 sort of
1.63 sound
1.12 sounds like
0.54 sous
1.12 south
0.81 speak
0.61 speak again
2.73 speak for
-1.92 speaking
-1.82 speaking with
0.61 specialist
-2.31 spent
-0.82 spent most
-1.07 spent with
1.12 spirit
1.12 spirit of
-1.27 spoke on
1.63 spot
1.12 spreadsheets
1.12 sql
0.87 st
2.73 st brendan's
-0.72 staff
-0.82 staff nurse
-2.54 stage
-1.27 stages
1.12 stakeholders
2.73 stand when
2.59 standard
2.73 standard than
1.12 stands
-0.82 start date
1.12 start my
1.12 starters
1.63 state
0.61 station
0.61 status
0.87 status of
1.12 step
2.73 step down
1.12 step for
2.73 step in
-0.82 steps whenever
-1.07 still be
1.12 still consider
1.12 still i'd
-1.0 still interested
-1.27 still keen
0.79 still like
-1.07 still love
-1.27 still really
-0.82 still waiting
-1.27 still want
0.87 store
1.12 store manager
-0.82 stores
1.12 story
1.38 straight
1.63 straight with
1.63 straightforward
-0.82 strategist
-0.82 strategist role
2.08 strategy
1.63 strategy associate
0.61 street
-0.82 strengthen
0.54 strong
-0.82 stronger
2.22 strongest
2.73 strongest candidate
0.61 structural
1.12 structural engineer
1.12 structure
2.73 struggled
2.73 struggled with
0.61 struggling
1.12 student
1.63 students
-0.61 study
-0.82 subject re
1.58 subject thank
1.12 submission
-1.58 success manager
1.63 success role
0.61 success with
0.61 successful
-0.91 such
-1.44 such a
-1.27 such as
1.12 suggest
-0.82 suit me
1.12 suitable comes
0.79 suite
0.61 suits
-1.07 summary
-0.72 summer
1.12 sunday
-1.27 supervisor position
2.73 supplement
0.61 supplier
-1.27 supply planner
1.12 support team
1.12 support the
1.12 support your
1.12 suppose
0.54 sure you
1.12 sure you'll
-0.82 surgery
-1.07 surprise
1.63 surprised
0.61 surveyor role
1.12 suspect
1.12 suspect it
2.73 suspect the
1.63 system and
1.12 system so
1.12 systems and
2.73 take a
-0.82 take it
1.12 take on
0.61 take that
1.46 take the
1.12 take this
1.12 take up
0.79 taken
0.61 takes
-0.82 taking a
2.73 taking this
-1.14 talk
0.61 talked
0.61 talked about
-1.07 task
0.61 tasting
2.73 taught
1.63 tax
1.12 tea
1.63 team every
-0.82 team hoped
-0.82 team i
0.54 team in
1.12 team last
1.63 team on
-1.07 team so
0.61 team splits
1.12 team that
0.61 team through
1.12 team was
1.12 team works
0.61 team would
-0.82 team you
1.97 teams
1.12 technician post
1.12 tell them
-1.07 telling
-1.07 telling me
1.63 tells
2.73 tells you
0.61 ten days
-0.82 ten minutes
1.12 tenancy
1.63 tend
1.63 tend to
1.12 term goals
0.79 territory
-2.24 test
-1.27 test and
-1.27 th and
1.12 th june
0.61 th of
0.59 than
1.12 than emailing
1.58 than i
1.12 than me
1.63 than most
1.71 than the
1.12 than you
1.63 thanks and
1.12 thanks very
-1.27 that a
0.61 that after
3.07 that as
1.12 that by
0.61 that candidates
0.61 that experience
2.73 that floor
1.12 that for
1.12 that he
1.12 that helps
0.61 that i'd
1.12 that i'm
0.61 that i've
-1.27 that in
-0.82 that isn't
1.12 that means
-1.07 that might
1.6 that my
1.12 that no
1.12 that our
2.73 that problem
1.63 that said
-0.65 that the
-1.07 that this
1.12 that to
-1.44 that was
-0.82 that way
-0.82 that week
2.73 that went
1.63 that with
-1.27 that work
1.29 that you
-1.92 that's
-0.98 the <n>
1.12 the aarhus
1.12 the accounts
2.73 the advertised
1.12 the advertisement
-0.82 the analytics
-1.27 the assessment
-0.82 the assessors
0.61 the back
1.12 the backlog
0.61 the band
1.12 the barista
1.12 the best
3.32 the big
1.46 the board
1.12 the board's
0.61 the branch
0.61 the budget
1.12 the building
-0.82 the care
0.5 the case
1.12 the chair
1.12 the challenges
-0.82 the chance
2.22 the chat
1.63 the choice
-1.07 the claims
2.73 the client
-0.82 the client's
-0.82 the clinical
1.12 the college
1.97 the committee
-0.82 the communications
0.54 the community
1.12 the company's
-0.82 the consultation
-0.82 the content
-0.82 the council
1.12 the county
1.12 the course
0.61 the courtesy
1.63 the credit
-1.0 the customer
1.32 the department
1.12 the director
0.92 the discussion
1.12 the editorial
1.12 the ethics
1.12 the european
1.97 the expansion
0.61 the festival
-0.82 the field
-1.44 the final
1.12 the financial
-1.27 the firm
0.61 the fleet
2.73 the frank
1.12 the front
1.63 the full
1.12 the gap
0.5 the graduate
1.12 the grant
-1.44 the grants
1.97 the ground
1.12 the growth
1.32 the head
3.07 the highest
-0.82 the highlight
1.12 the honest
1.12 the hotel
-1.07 the housing
-1.27 the hr
1.12 the internal
0.61 the interview
-0.82 the interviewer
-0.82 the inventory
0.61 the jebel
-0.93 the job
-2.31 the junior
1.12 the laboratory
-1.27 the last
2.73 the lead
0.61 the learning
1.12 the lecturer
-1.07 the leeds
2.73 the level
-1.27 the library
1.12 the main
1.12 the management
1.12 the market
-1.27 the meantime
-0.82 the migration
2.73 the modelling
0.61 the moment
0.5 the month
1.63 the most
1.12 the names
0.61 the night
0.79 the northern
-1.27 the offer
1.12 the onboarding
1.12 the oncology
0.76 the one
3.69 the only
1.12 the open
1.12 the opening
0.82 the other
-1.39 the outcome
1.63 the pace
1.12 the panel's
-0.82 the paralegal
1.63 the people
-1.27 the person
1.12 the pipeline
0.5 the plans
-0.82 the postdoctoral
-1.44 the practice
0.61 the problems
-1.54 the process
0.61 the program
0.61 the public
0.54 the quality
1.12 the quantity
0.79 the question
1.12 the reception
2.22 the region
2.42 the regional
1.12 the relaunch
0.61 the rest
-0.91 the result
2.73 the results
1.12 the returns
0.79 the room
0.61 the rotterdam
2.73 the scale
1.12 the science
-0.82 the screening
0.7 the senior
0.61 the session
0.5 the site
-0.82 the soil
2.73 the sort
-1.07 the sous
1.12 the spirit
-0.82 the staff
2.73 the standard
-1.07 the start
0.67 the status
1.97 the strategy
3.32 the strongest
0.61 the student
-1.44 the summer
-1.07 the supply
1.12 the support
-0.82 the surgery
-0.82 the system
-1.82 the technical
-1.07 the test
0.79 the top
1.12 the trust
-1.82 the two
1.63 the unit
-0.72 the update
1.63 the very
-1.07 the video
0.79 the visit
-1.07 the volunteer
-1.07 the ward
1.12 the way
2.73 the weekly
-0.82 the wetland
-0.82 the wider
-0.82 the winter
-1.07 the workshop
-0.82 the written
1.63 the yard
1.12 the year
0.79 their first
2.22 themselves
-2.64 then
1.12 there are
1.12 there's anything
-1.27 there's no
-0.82 they have
-0.82 they were
1.12 thin
0.54 thing
1.12 thing i
-1.71 things are
2.73 things i
1.12 things take
-1.07 things up
1.12 think
0.5 think i
2.42 think it
1.12 think my
2.73 think that
1.12 think the
1.12 think there
3.07 think we
3.07 think you
-0.61 thinking
-1.44 third
-1.27 thirty
1.12 this at
1.63 this finds
-1.21 this is
1.38 this job
0.61 this long
1.12 this month
1.12 this morning's
2.73 this not
1.12 this occasion
1.12 this only
1.12 this opportunity
1.12 this point
2.73 this round
0.61 this spring
1.12 this to
-0.82 this was
1.46 this year
1.63 thoroughly
0.54 those
1.63 thought about
-1.07 thought i'd
0.61 thought it
-0.82 thought of
0.61 thoughtful
2.73 thousand
0.73 three
1.12 three priorities
-1.07 three weeks
1.12 thrilled
1.12 thrilled to
0.61 through how
0.61 through it
-0.82 throughout the
-0.82 thursday about
1.63 thursday and
0.54 thursday for
-1.07 tickets
-0.56 time and
1.12 time i've
-0.82 time so
0.61 time the
1.12 time was
1.12 time with
-1.33 timeline
0.61 timeline for
-0.82 timeline i
0.54 timing
0.54 to <n>
1.0 to a
0.79 to accept
1.12 to admit
-2.24 to apply
-1.21 to ask
0.61 to attend
2.73 to boast
0.5 to bring
-0.82 to build
1.12 to chat
0.54 to come
1.12 to contact
-1.27 to contribute
0.67 to decide
-0.82 to email
0.61 to expect
0.61 to explain
1.58 to find
-0.72 to give
1.12 to grow
1.12 to leave
-0.82 to let
1.12 to live
-1.27 to look
0.79 to meet
0.79 to mention
1.12 to my
-1.07 to plan
0.92 to provide
1.12 to put
-1.44 to reach
-1.27 to reply
-0.82 to rush
2.73 to save
2.73 to set
-1.07 to share
2.73 to step
1.12 to support
0.96 to take
-0.82 to talk
0.64 to the
1.12 to think
1.12 to walk
0.81 to you
0.76 to your
-0.82 today about
1.12 today and
1.63 together on
0.55 told
1.12 told me
0.86 too
-1.07 too much
-0.61 took
-0.82 tool
1.12 top
1.38 top of
2.73 topped
-1.71 touch and
2.73 touched
1.12 tough
1.63 track
2.73 track record
1.12 trade
1.12 train
1.97 trained
2.73 trained more
0.54 trainee
1.12 trainer
0.54 training
-1.07 trial
1.12 trials
1.12 tried
-0.82 trouble
0.74 trust
0.61 trust and
-0.82 try again
1.91 tuesday about
-1.27 tuesday to
0.61 tuesday's interview
1.12 turkana
1.12 turn
1.12 turned
1.12 turned down
0.87 twelve
1.12 twelve months
1.12 twelve years
0.87 twenty
-0.82 twenty minutes
-1.0 twice
1.12 two hundred
2.73 two internships
0.79 two of
1.63 two years
-1.01 understand
-1.92 understand if
-1.27 understand that
-1.92 understand the
-1.07 understand what
0.61 understand you
1.12 university
-0.82 until <n>
2.73 unusual
-0.82 up again
2.73 up an
1.12 up by
0.79 up for
0.61 up i
0.61 up i'd
1.12 up in
-0.51 up on
1.97 up to
-1.07 up with
1.12 upcoming
-1.48 update
-2.59 update on
0.61 update since
-0.82 update would
-0.82 update you
-1.07 updated
0.61 upfront
1.12 ups
1.32 used
1.12 used a
3.07 used to
-0.57 useful
-1.27 useful and
0.61 useful to
1.12 uses
1.12 usual
1.12 usually
-1.07 ux
-0.63 vacancy
-0.82 vacancy at
-1.82 value
-0.82 value any
1.12 valued hearing
1.12 valued the
0.61 venue
-0.61 very enthusiastic
0.61 very excited
2.73 very few
-1.92 very glad
1.63 very real
-0.61 video
-1.27 video interview
1.12 view
0.61 vine
-1.27 volunteer
1.12 volunteers
1.12 walk
-0.82 walked
1.71 walking
1.97 walking me
-0.82 walkthrough
0.54 want the
1.63 wanting
1.12 wants
1.12 wants to
-1.27 ward
2.73 warehouse operations
-1.07 warehouse supervisor
2.73 warehouses
1.63 was also
0.61 was disappointed
-0.82 was ever
0.61 was exactly
1.63 was fascinating
0.61 was genuinely
1.12 was good
1.12 was great
-0.82 was helpful
-1.07 was in
1.12 was just
-0.82 was kind
1.12 was like
-0.82 was made
0.92 was not
1.12 was on
1.63 was so
1.12 was the
-0.82 was told
1.71 was useful
-1.82 wasn't
1.63 water
-1.07 way or
0.61 way the
3.07 we both
3.07 weakness
2.73 weakness is
1.63 weaknesses
1.12 wednesday for
0.61 wednesday to
-0.53 week
-0.82 week about
-0.82 week of
-1.27 week so
0.61 weekend so
1.63 weekly
-0.74 weeks
-1.07 weeks and
-1.44 weeks since
-1.31 welcome
-0.82 welcome any
-1.27 welcome hearing
-0.7 welcome the
0.79 well and
0.61 well at
-1.07 well organised
1.12 well over
1.12 well run
-0.82 well with
-0.69 were
1.12 were about
1.12 were not
-0.82 wetland
3.07 what a
1.12 what else
-0.82 what it
1.12 what my
1.12 what they
-1.58 whatever
2.73 when it
-1.71 when we
-1.07 whenever there's
-1.58 whenever you
1.12 where i'd
-1.07 where my
2.73 where to
-0.97 whether
-1.27 whether i'm
-0.82 whether it
-0.82 whether there
-0.72 which i'm
1.12 which probably
-0.72 while
1.12 while waiting
-0.82 whiteboard session
1.22 who
1.12 who can
3.32 who has
1.12 who would
0.58 whole
0.61 whole process
0.61 whole team
1.12 whom
-1.07 why
-1.71 why i
1.12 why it
-1.07 wider
0.98 will
2.01 will be
2.73 will find
1.71 will have
-0.82 will keep
1.12 will not
1.12 will still
1.12 will take
-0.82 willing
-0.82 willing to
-0.82 wind
-0.82 wish the
1.12 wish your
1.63 wishes
0.61 wishing
0.61 wishing you
1.12 with all
2.73 with fifteen
-0.82 with it
2.46 with my
1.12 with real
1.12 with some
1.12 with thanks
0.61 with two
-0.93 with your
-0.82 withdraw
-0.56 within
-0.82 within a
2.73 within my
-1.44 within the
2.73 without me
3.07 won
0.86 won't
0.61 won't be
1.12 wonder whether
-1.27 wondering
-1.27 word
0.54 words
-0.82 work and
2.73 work at
-0.82 work i
-0.82 work on
-1.07 work out
0.67 work with
-1.07 work you
1.71 worked
1.63 worked with
1.12 worker
-0.88 working
0.61 working on
-0.82 working through
-1.27 workshop
1.12 worry
0.61 worth the
0.61 would also
-2.01 would appreciate
1.12 would approach
1.63 would expect
-1.07 would hear
-0.82 would help
0.61 would love
-1.27 would mean
-1.07 would most
-0.82 would much
-0.82 would need
1.12 would only
-1.07 would rather
1.12 would say
-0.82 would value
-0.98 would welcome
-1.07 would you
1.63 write
-0.51 writing
-1.82 writing about
-0.82 writing regarding
-0.82 wrote
1.12 yard
0.61 year i
1.12 year's
1.35 years
1.12 years and
3.32 years at
3.07 years i
1.12 years in
-1.07 years of
3.32 years running
-1.07 yes
-1.07 yes or
0.51 yesterday
1.12 yesterday for
-1.07 you about
1.12 you as
-1.07 you be
0.61 you before
1.12 you but
-0.82 you by
1.12 you could
-2.01 you described
-0.82 you don't
1.12 you ever
-1.07 you expect
-1.07 you gave
0.61 you hoped
-1.71 you if
1.63 you in
-1.58 you let
2.73 you make
-1.07 you may
1.12 you might
-0.82 you on
1.71 you said
0.79 you soon
0.61 you taking
-0.82 you told
-1.07 you took
1.12 you want
0.67 you well
1.12 you what
1.36 you will
3.07 you won't
1.63 you would
0.98 you'd
3.32 you'd be
0.61 you'd like
-0.97 you're
-1.27 you're able
-0.7 you're well
0.79 you've
2.73 young
-1.07 your call
-0.82 your colleague
1.12 your colleagues
1.63 your company
1.12 your description
-0.82 your earliest
-0.82 your end
-1.27 your help
1.63 your honesty
0.61 your lab
1.12 your leadership
-1.07 your mail
-1.44 your message
0.61 your new
-0.82 your note
1.12 your office
2.73 your openness
-0.82 your patience
-1.44 your planning
2.73 your plans
2.73 your plate
0.61 your pune
1.12 your question
3.07 your shortlist
1.12 your story
-0.74 your team
-1.71 your timeline
-0.72 your week
1.63 yours
1.12 youth
2.73 zero
""",
)
