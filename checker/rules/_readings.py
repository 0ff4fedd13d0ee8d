"""The readings of tone, learned from tests/corpus/tuning/ by scripts/train_readings.py: do not edit."""

from checker.rules._reading import Reading

BLAME = Reading(
    22.11,
    """\
-0.93 <n>
-1.91 <n> <n>
0.51 <n> april
1.46 <n> cardiology
-1.37 <n> february
0.95 <n> for
-0.74 <n> june
-1.58 <n> may
-0.94 <n> november
-1.58 <n> october
0.95 <n> of
-0.74 <n> per
-1.37 <n> rd
-1.1 <n> september
-1.54 <n> th
1.46 a <n>
2.76 a bit
0.61 a call
0.95 a chance
0.95 a clear
3.41 a company
3.07 a day's
-1.29 a decision
1.09 a fair
1.46 a family
3.07 a free
3.07 a friendly
2.42 a full
1.46 a fuller
3.07 a gap
-0.81 a great
1.13 a highlight
0.95 a large
-0.74 a line
3.07 a live
0.67 a long
1.46 a million
-1.48 a moment
0.67 a no
1.46 a note
3.07 a panel
0.95 a personal
3.66 a presentation
2.31 a proper
-1.67 a quick
1.46 a rather
0.83 a real
0.87 a role
1.46 a shame
0.95 a shift
0.95 a short
-2.09 a similar
0.61 a single
-1.58 a small
0.61 a surprise
0.95 a team
1.46 a telephone
1.46 a third
1.97 a three
0.95 a tough
1.97 a two
-0.94 a very
0.95 a week
1.46 a well
1.46 a word
0.61 a written
-0.74 a yes
0.61 aarhus
-1.1 about a
1.97 about any
2.56 about future
0.84 about how
1.46 about me
-0.66 about my
1.46 about one
3.07 about other
1.46 about something
-0.74 about two
1.46 about what
1.46 academy
1.03 accept
3.07 accept that
2.31 accept the
0.95 accordingly
0.95 account executive
-0.74 account manager
-0.74 account of
1.46 accountant interview
0.95 accountant position
-0.74 accountant role
0.95 accounts and
-0.74 acquisition
1.46 across as
0.95 across the
0.95 act
1.46 acting
1.19 actually
1.46 actually opened
3.07 address
1.46 administrative
1.46 administrative officer
0.95 administrator
0.95 administrator role
0.95 admirer
0.95 admirer of
1.46 admit
1.71 admit i
1.97 admit the
2.05 advert
-0.74 advertised
1.97 advertisement
0.95 adviser
1.05 after
1.97 after a
1.46 after all
1.97 after four
1.97 after my
-0.74 after our
1.84 after the
1.97 after three
-1.37 afternoon about
1.46 afternoon and
-0.94 afterwards
1.46 again as
-0.55 again for
0.61 again on
1.97 again when
3.07 against
1.71 agency
0.95 agents
-0.94 ago
-0.74 ahead
0.95 al noor
0.61 ali
1.46 all about
1.46 all at
1.13 all i
0.95 all the
1.46 all three
1.46 all your
1.13 allow
0.95 allow it
1.46 allow me
1.13 almost
1.46 almost half
-0.74 alone
0.61 alongside
1.46 alongside your
1.11 already
1.46 already and
1.97 already in
-1.01 also
-1.25 also appreciated
0.95 also enjoyed
-1.1 although
-0.74 although i
1.46 always
-0.79 am
1.46 am certain
-0.74 am confident
-1.25 am disappointed
-0.58 am following
-1.67 am happy
0.95 am in
-0.94 am keen
1.8 am not
0.87 am sure
-1.1 am the
-3.0 am very
-0.7 am writing
0.95 ambitious
-0.94 among
3.41 amount
3.41 amount of
-1.58 an answer
1.46 an explanation
2.31 an eye
1.46 an hour
3.07 an internal
0.61 an interview
-0.94 an offer
-0.94 an update
-0.71 analyst
-1.25 analyst position
1.46 analyst post
0.95 analysts
0.95 analytics team
-0.74 and <n>
1.25 and a
-0.74 and about
-0.74 and again
1.46 and all
0.95 and asked
-1.25 and best
1.46 and cut
-0.94 and enjoyed
0.95 and experience
1.46 and four
0.61 and god
-1.48 and happy
-0.94 and have
1.46 and hear
-0.74 and hearing
1.46 and honestly
-0.94 and hope
-1.58 and i've
0.67 and if
1.46 and it's
0.95 and learning
0.95 and left
-1.2 and look
-1.37 and mr
-0.94 and ms
-0.78 and my
1.97 and nobody
-0.94 and our
0.67 and please
1.46 and ranking
0.61 and remain
3.07 and request
-0.74 and seeing
1.46 and still
0.95 and thank
2.31 and then
3.07 and travelled
-0.94 and wanted
0.61 and what
1.97 and when
0.95 and will
3.07 announced
1.46 annual
1.46 another analyst
1.46 another coordinator
-0.94 another firm
1.46 another position
1.46 answer about
-1.48 answer by
1.01 answered
1.46 answered every
1.46 answering
1.46 answers
1.46 answers on
-0.75 any
0.95 any comments
-1.67 any feedback
-2.09 any further
1.46 any future
-1.83 any news
1.13 any other
0.95 anyone
3.07 anyone actually
-1.91 anything further
-0.94 anything similar
2.31 anyway
0.61 app
-0.74 appeals
-0.74 appeals to
0.61 applicant
1.26 applicants
1.46 applicants and
1.46 applicants in
0.57 application
0.95 application and
0.71 application for
3.41 application was
0.87 applications
1.71 applied
0.95 apply
0.83 apply again
1.97 apply for
0.61 applying
0.95 appointed
1.13 appointment
1.46 appreciate knowing
-0.74 appreciate that
-1.15 appreciated
-1.48 appreciated how
-0.94 appreciated the
-1.58 appreciated your
-0.94 approach
-0.94 approvals
-0.94 architect
-0.57 are
1.46 are a
1.46 are already
0.67 are doing
0.61 are required
-1.15 are well
0.95 arise
-1.45 around
1.13 arrived
3.07 arrives
0.61 as i'd
0.61 as i'm
0.51 as it
-1.1 as my
1.46 as requested
0.71 as the
1.46 as this
0.51 as well
-1.67 as you
3.07 aside
3.07 aside i
1.46 ask only
1.46 ask you
-0.94 asked about
-0.66 asked for
3.07 asked me
0.95 asked to
3.41 assessed
1.77 assessment
1.13 assessment centre
2.05 assessment day
3.66 assessors
-0.86 assistant
0.95 assistant manager
-0.74 assistant position
-1.1 assistant post
-1.37 associate
0.51 assume
0.61 assume the
1.46 assured
1.13 at a
-0.74 at al
3.07 at before
-0.74 at brightwater
1.46 at cedar
1.46 at corvid
1.46 at delta
0.95 at greyfield
1.46 at kaveri
1.46 at least
3.07 at nordvik
-0.94 at st
1.46 at this
0.61 attached
1.46 attached it
-1.1 attached the
1.13 attend
1.13 attend the
-1.25 attended
-0.94 attended the
1.46 attention
-1.37 august
3.66 automated
3.07 automated message
-1.37 autumn
-1.76 available
-1.1 award
-0.94 awards
0.95 aware
-1.1 away
-0.74 away even
0.95 away with
0.95 back for
1.46 back i
1.46 back of
0.67 background
0.95 background in
-0.94 backlog
1.46 bank and
3.07 basic
-0.74 be able
0.55 be considered
0.95 be contacted
-0.74 be doing
-0.55 be grateful
2.08 be honest
0.61 be in
1.97 be kept
1.66 be open
-0.74 be part
1.46 be possible
1.46 be something
0.61 be thrilled
-1.67 be useful
-1.48 be very
1.46 be well
1.46 be worth
1.46 bear
2.31 became
-0.74 because i
1.46 because the
-0.74 been a
-1.1 been about
1.46 been clearer
1.97 been filled
1.46 been made
-0.74 been offered
0.95 been the
-1.48 been thinking
1.46 been through
0.84 before i
1.59 before the
-1.58 before then
1.97 before we
3.66 beforehand
3.07 beforehand and
1.97 beginning
0.63 being
-0.74 being open
0.95 being so
0.64 believe
1.46 believe in
1.46 believe that
-1.1 below
3.07 best of
0.95 best regards
1.46 best to
1.46 best way
-1.25 best wishes
0.95 best with
1.46 better matched
0.95 between us
1.46 beyond
-1.25 big
1.46 bigger
1.46 billing
1.97 bit
1.46 bit of
0.61 bless
0.95 board and
3.07 both a
1.46 both know
1.46 bother
0.95 brand
0.87 brief
3.07 briefed
1.46 brightpath
-0.74 brightwater
-1.1 bring
-1.1 bring that
-0.74 bring the
1.46 bristol
0.87 budget
-0.94 build
1.46 builds
-0.94 built
-1.67 business
-0.74 business analyst
0.61 but i'd
1.13 but if
-0.74 but it
-0.74 but the
-0.75 by
-1.83 by <n>
-0.94 by friday
-0.94 by monday
0.95 by phone
-1.1 by thursday
1.46 calculations
0.95 calendar
0.75 call
1.46 call to
1.46 call yesterday
1.46 called
-1.37 calling
1.46 came as
-0.94 came away
1.46 came through
0.61 came up
1.03 campaign
1.46 can be
1.8 can do
-0.74 can provide
0.7 can see
-1.25 can send
0.95 can share
-0.74 can speak
0.95 can take
1.46 can understand
1.71 can't
3.07 can't help
1.35 candidate
3.07 candidate experience
1.46 candidate in
0.87 candidates
1.46 candidates know
1.46 candidates to
1.46 candidates who
-1.1 candour
-0.94 candour about
0.95 cardiology
-0.66 care
-0.74 care you
-1.58 career
-0.65 case
-1.1 case it's
1.46 cebu
1.46 cebu site
1.46 cedar
1.46 cellar
-0.74 cent
3.07 centre and
-0.94 certain that
0.95 certification
0.95 chair
1.46 chakan
-0.74 challenge
1.21 changed
1.46 chapter
1.46 charity
1.46 chasing
1.46 chat with
-1.04 check
-2.55 check in
1.46 check on
-1.41 checking
-1.29 checking in
1.46 checklist
-1.1 chef
0.61 chief
1.46 chief executive
-1.1 choice
-0.94 choice and
-0.74 choice so
0.95 choosing
1.46 chosen
-0.74 churn
-0.74 claims
-0.74 class
0.87 clearer
0.72 clearly
1.46 clerk
-1.25 client
0.95 client's
-1.25 clients
1.46 clinical coordinator
1.46 clinical station
-0.94 clinics
1.46 closed
1.46 closely
0.95 closer
0.95 closer to
-0.94 cloud
0.95 coastal
0.95 code
-0.94 coffee
3.07 cohort
2.31 colleague
-0.94 colleagues
-0.74 college
-0.94 come in
1.46 come to
-0.94 come up
1.46 coming back
0.95 coming from
0.87 comments
0.61 comments on
-1.1 committee
1.97 communicated
1.97 communicated to
-1.0 community
0.61 community health
0.61 company's
0.51 complete
-1.1 completed
-1.58 completely
-1.48 completely understand
-1.1 compliance
0.61 confirm by
0.67 confirmed
1.46 confirmed how
3.07 confused
0.67 congratulations
1.46 congratulations on
-0.94 connection
1.8 consider
1.46 consider me
-1.37 consideration
0.62 considered
1.46 considered again
0.67 considered for
0.67 considering
0.95 considering me
1.97 construction
1.13 consultant
1.46 consultant position
-0.94 consultation
0.95 contacted
-1.1 content
-0.58 continue
-1.1 continue the
0.95 continue to
-1.1 contribute to
0.95 control
-0.94 convenience
-0.74 convenient
-0.78 conversation
-0.94 conversation about
1.46 conversation and
-1.37 conversation on
-0.94 conversation this
1.46 conversation with
-1.37 conversations
1.8 convinced
1.46 convinced that
-0.74 coordinator post
-0.94 copy
-0.74 copywriter
1.97 corvid
1.46 corvid labs
1.46 cost
0.95 costs
-0.74 could be
0.61 could do
1.83 could have
1.46 could offer
1.46 could see
1.46 could tell
-2.03 could you
1.97 couldn't
1.97 couldn't help
1.97 count
1.46 counties
-0.74 county
-1.1 course but
-1.1 course i
1.46 course in
1.13 courtesy
0.95 courtesy of
0.95 covered
3.07 covers
1.46 creative director
-1.48 credit
-0.94 credit risk
0.83 crew
0.61 crew at
1.46 crew on
1.97 culture
-1.27 current
-0.74 current employer
-0.74 current job
-0.74 current role
1.46 customer experience
0.95 customer service
-0.94 customs
0.84 cut
3.07 cut me
0.95 cv
1.46 cv and
-0.94 cycle
0.61 dashboard
-1.1 data analyst
0.95 data engineer
1.46 data platform
0.95 date you
0.88 day
2.05 day and
0.95 day for
3.07 day the
1.46 day was
3.07 day's
0.56 days
1.46 days after
1.46 days and
0.61 days since
1.46 dear hiring
3.07 debrief
-0.66 decide
-0.94 decide by
1.46 decide whether
0.61 deciding
1.46 deciding factor
-0.74 decision about
0.84 decision and
3.07 decision but
-1.25 decision by
3.07 decision had
0.95 decision has
-0.66 decision on
-0.74 decision regarding
1.46 decision to
2.31 decision was
1.46 decision with
-0.94 decisions
0.95 degree
1.46 delay
1.46 deliberation
-0.74 delivered
1.46 delta
3.07 delta haulage
-1.1 department
0.67 depot
1.97 depth
1.46 described and
-0.74 described is
0.87 described the
3.07 described to
-1.25 description of
1.46 description was
3.07 deserve
-0.74 design engineer
0.87 design team
0.7 designer role
-1.25 developer
1.18 did
2.31 did enjoy
3.07 did the
1.46 didn't work
0.95 difference
1.46 difference to
1.26 difficult
3.66 difficult to
0.95 direct
0.51 directly
-0.81 director
-0.6 disappointed
-1.25 disappointed but
-1.1 disappointed i
-1.25 disappointed of
-0.74 discharge
1.46 discrimination
1.46 discrimination act
-0.94 discuss
-0.66 discuss the
-0.94 discussed
-0.74 discussed on
-1.48 discussion about
1.46 discussion especially
1.46 dispatch
-0.74 distribution
-0.74 district
1.24 do
1.97 do hope
0.61 do keep
0.95 do next
1.09 do not
2.56 do still
3.07 do understand
0.61 document
-0.58 documents
1.83 does
1.46 doesn't
1.46 doesn't work
0.51 doing well
0.57 don't
0.51 don't feel
1.46 don't mind
0.61 don't think
1.46 done
1.46 done at
1.97 door
1.46 down the
1.13 down to
-1.1 drop
1.46 dubai
1.46 dubai on
-0.94 due
0.7 during the
2.31 each stage
-0.94 eager
-0.94 eager to
-1.1 earliest
-0.66 early
-1.1 easier
-0.74 easy
-0.74 editor
1.46 education
1.46 education and
1.46 effort
1.13 eight
1.97 eight years
0.82 either
0.95 either way
1.46 electrical
1.46 electricians
0.95 else from
0.95 else in
-0.94 else that
1.46 else would
0.96 email
0.72 email and
1.46 email regarding
0.87 emails
-0.74 emergency
1.46 employer's
0.6 end
3.07 end is
0.95 ended
-0.74 ends on
-0.74 energy
0.61 engagement
0.95 engineer post
-0.58 engineer role
3.41 english
1.01 enjoy
3.07 enjoy meeting
-0.74 enjoyable
0.95 enjoyed every
-1.58 enjoyed learning
0.61 enjoyed meeting
-0.74 enjoyed our
1.97 enough
-1.76 enthusiastic
-1.76 enthusiastic about
1.46 entry
1.46 estate
0.95 estates
0.95 european
0.95 even a
1.46 even if
-1.1 even keener
-2.25 even more
0.61 events manager
0.87 every
3.41 every question
1.46 every stage
1.15 everyone
1.46 everyone i
1.26 everything
1.46 ewm
1.46 exactly that
1.13 exactly what
-0.94 exam
0.61 examples
-0.56 excited
-0.52 excited about
1.13 exercise was
1.46 expand
1.46 expect a
-1.58 expect to
1.83 expected
1.46 expected to
0.71 experience
1.46 experience and
0.61 experience in
1.46 experience of
3.07 experience than
1.46 expires
1.46 expires on
0.87 explain
-0.74 explain the
-1.48 explaining
-0.94 explaining the
2.31 eye
1.97 eye on
-0.74 facilities
1.46 factor
0.82 fair
3.07 fair amount
1.46 fair to
1.46 familiar
-1.25 far
1.46 fault
-1.67 february
1.46 feedback from
-0.66 feedback on
1.02 feel
1.46 feel a
3.07 feel i
3.86 feel the
-1.1 feel very
0.67 feeling
1.46 feeling i
1.13 felt
1.46 fenwick
0.61 festival
-1.1 few minutes
0.61 fifteen
-0.74 figures
1.46 fill
1.46 fill in
1.97 filled
0.92 final
1.46 final decision
0.51 final interview
1.29 final round
1.46 final stage
1.46 finalist
0.95 finally
-0.94 finance
1.46 finance assistant
2.31 find it
2.25 finding
3.07 finding it
-1.1 finds
-1.1 finds you
-1.25 fine
-0.94 finished
0.95 firm and
1.46 firms
-1.58 first choice
0.95 first ninety
3.07 first twenty
-0.94 first year
-1.37 fit
-0.74 fits
0.89 five
1.46 five minutes
1.97 five weeks
0.95 five years
1.46 flag
1.46 flag that
0.67 fleet
1.46 fleet operations
-0.74 flood
1.26 floor
0.61 flow
1.46 followed
-0.87 following
-0.74 following the
-0.86 following up
0.67 foods
1.46 foods has
1.46 for all
-2.3 for any
1.13 for anything
1.08 for being
-1.1 for calling
1.46 for eight
-0.94 for explaining
1.26 for future
1.46 for getting
-0.74 for having
0.95 for how
1.03 for informing
-2.15 for interviewing
0.61 for inviting
1.07 for letting
0.61 for me
-1.25 for meeting
-1.97 for my
-0.74 for next
1.46 for nothing
0.95 for organising
3.41 for other
-0.74 for our
1.46 for releasing
2.31 for running
-1.25 for showing
1.8 for similar
1.46 for st
-0.78 for taking
-0.94 for telling
1.97 for that
-1.91 for this
-0.74 for thursday's
0.61 for tuesday's
1.21 for what
-0.94 for which
0.52 for your
-0.74 forecasting
1.97 form
0.87 forty
-0.55 forward
-0.81 forward to
-1.48 found
-0.74 found the
3.07 four rounds
1.46 four stages
1.46 framework
-0.74 frank
0.87 frankly
1.46 frankly i
1.46 free
3.07 freeze
-1.25 friday
-1.1 friday <n>
-0.74 friday and
-0.74 friday for
1.46 friendly
-1.58 from <n>
0.84 from a
1.46 from an
-0.74 from another
-1.0 from me
3.66 from what
1.97 from where
-0.72 from you
1.13 from your
1.46 front
1.46 front office
1.46 full
1.46 fuller
1.46 fuller picture
-0.74 fully understand
1.46 funded
-3.03 further
-1.25 further documents
-0.74 further you
1.38 future
3.07 future candidates
-0.74 future i
1.13 future openings
1.91 future roles
3.66 future vacancies
1.46 galway
2.56 gap
3.07 gap was
1.46 gardens
0.61 gave me
0.95 geelong
1.46 general
1.97 general manager
3.07 generic
2.56 gently
1.46 gently point
2.56 get a
1.46 get an
1.03 getting
0.95 getting back
1.46 gis
-2.25 give
-1.37 give me
-0.74 give you
1.37 given
3.07 given a
1.46 given my
1.46 given that
0.61 given the
0.95 given to
-0.74 giving
0.61 god
0.61 god bless
0.95 going to
0.95 gone well
-0.74 good news
-0.74 good start
0.95 good way
1.08 got
1.46 got a
3.07 got this
0.61 government
0.67 graduate
1.46 graduate planner
1.46 graduate roles
1.46 graduate trainee
0.61 grant
1.46 grant reporting
-1.37 grants
1.46 graphic
1.46 graphic designer
-1.1 grateful if
-1.05 great
-0.74 great to
0.95 greyfield
1.29 group
0.95 group and
1.8 group exercise
1.46 grown
0.61 growth
1.46 growth marketing
-0.74 guessing
0.61 guest
1.46 guest relations
1.03 had
3.07 had an
3.86 had been
1.97 had clearly
0.95 had gone
0.61 had hoped
2.31 had in
1.46 had my
1.46 had the
1.46 had to
0.61 hadn't
0.61 halden
0.67 half
-0.94 hand
0.95 handed
1.21 handled
1.46 hands
1.8 hands on
1.46 happen
-0.56 happy
-0.53 happy to
0.61 harbour
1.46 harbourline
1.71 hard
1.46 hard for
3.41 hard not
2.21 hard to
0.95 has a
1.46 has changed
0.61 has come
1.46 has got
3.07 has just
-1.1 has made
1.46 has never
1.46 has now
1.97 has to
0.87 hate
0.95 hate for
0.95 hate to
1.97 haulage
-0.9 have a
-0.74 have also
-0.63 have been
0.95 have chosen
1.46 have done
3.07 have expected
-0.74 have had
0.61 have handled
1.46 have i
-0.94 have it
1.46 have kept
1.46 have liked
3.07 have lost
1.46 have managed
1.13 have not
1.46 have now
1.46 have one
1.46 have prepared
0.61 have reached
1.97 have read
-1.25 have received
1.46 have run
3.41 have saved
0.61 have spent
0.67 have the
-0.74 have them
0.87 have thought
1.46 have to
-0.74 have worked
-0.74 having me
1.46 having now
0.87 he
1.46 health and
3.07 hear a
0.61 hear about
-1.25 hear how
1.46 hear if
-1.25 hear it
1.8 hear of
0.95 hear the
0.61 heard
1.46 heard back
-1.37 hearing from
1.46 hearing where
-1.25 held
-0.74 held on
1.97 help noticing
-0.94 help with
0.95 help your
-0.94 helped
-0.81 helpful
1.46 helpful to
-0.94 helps
2.76 her
-0.94 higher
1.46 hilsen
1.46 hindsight
1.46 hire
0.95 hiring
1.46 hiring team
2.05 his
3.07 his phone
1.46 hold the
-0.94 holding
1.46 holiday
-0.74 holidays
0.71 home
1.46 home and
1.46 home task
1.25 honest
1.97 honest i'm
1.97 honest with
1.46 honestly i
-0.94 honesty
0.95 hope i
0.61 hope our
0.53 hope the
0.87 hope this
-0.9 hope to
-1.45 hope you're
-0.74 hoped for
-1.48 hoped to
-0.66 hoping
0.61 hoping for
-0.94 hoping to
-0.66 hospital
1.46 hosting
1.83 hour
0.95 how i
1.46 how my
1.46 how things
1.46 how this
0.51 how you
-1.58 how your
1.09 hr
-0.74 hundred
-0.74 hurry
1.46 husband
1.8 i accept
-0.78 i am
0.61 i answered
1.46 i applied
-0.54 i appreciate
-1.13 i appreciated
1.46 i ask
1.46 i assume
-0.74 i attended
-2.2 i came
1.8 i can't
-1.48 i completely
1.46 i continue
1.11 i could
1.97 i couldn't
1.46 i did
2.5 i do
0.59 i don't
0.61 i especially
0.61 i expect
1.97 i expected
1.97 i feel
1.46 i fell
2.56 i find
-1.25 i found
-1.25 i fully
-0.94 i gave
1.46 i get
1.46 i got
0.74 i had
-0.94 i hold
0.61 i keep
-1.58 i learned
-0.94 i led
-1.58 i left
1.13 i liked
-1.48 i loved
0.67 i may
0.7 i mention
-0.66 i mentioned
2.05 i met
1.21 i must
-1.67 i need
-1.1 i noticed
1.46 i only
2.31 i prepared
1.46 i put
-0.74 i ran
-0.74 i realise
1.46 i received
0.61 i respect
0.61 i said
1.13 i saw
0.95 i see
1.46 i sent
-0.74 i simply
1.46 i sit
3.07 i spent
-0.74 i stand
1.63 i still
1.46 i suppose
1.29 i suspect
0.75 i think
1.46 i told
1.97 i took
-0.94 i valued
3.07 i walked
-1.44 i wanted
0.68 i was
1.8 i wasn't
1.97 i went
1.94 i wish
0.95 i wrote
0.61 i'd appreciate
1.46 i'd expect
1.46 i'd genuinely
1.13 i'd hate
3.07 i'd have
1.46 i'd imagine
-1.1 i'd just
-0.54 i'd love
2.22 i'd still
-0.74 i'd very
-0.74 i'd welcome
1.01 i'll admit
-0.74 i'll assume
-0.74 i'll give
0.7 i'll keep
1.46 i'll leave
-0.74 i'll need
0.95 i'll take
-0.74 i'm confident
3.07 i'm finding
-1.15 i'm following
1.46 i'm glad
3.07 i'm left
1.0 i'm not
-0.94 i'm really
1.21 i'm sorry
-0.74 i'm still
0.71 i'm sure
-0.58 i'm very
-0.94 i'm writing
1.46 i've attached
-1.1 i've had
-0.74 i've received
1.46 i've since
1.46 i've started
-1.05 if a
1.09 if another
1.97 if something
-2.03 if that
-0.94 if there
1.46 if things
-0.58 if you
-1.48 if you're
-0.74 if your
1.46 implementation
-0.94 in <n>
1.46 in all
1.46 in at
-2.43 in case
1.46 in detail
1.46 in dubai
-0.94 in early
0.67 in future
1.46 in good
1.46 in helping
1.46 in high
1.46 in hindsight
1.46 in hotel
0.95 in it
-0.59 in joining
0.95 in may
1.74 in mind
-1.41 in on
1.46 in practice
1.13 in their
-1.1 in this
1.46 in turkana
1.46 in under
1.46 in which
-0.74 in working
-0.94 inbox
1.46 included
1.46 including
1.46 including a
1.46 individual
0.82 informing
0.82 informing me
0.95 infrastructure
1.46 instead
0.61 intake
1.46 intend
1.46 intend to
-0.74 interest
1.46 interest and
-1.1 interest in
-0.74 interested
-1.97 interested and
0.87 interested but
-0.65 interested in
-1.1 interesting
2.31 internal
1.46 interview as
1.46 interview at
1.46 interview day
-1.15 interview for
3.07 interview i
1.21 interview last
-0.94 interview me
-1.17 interview on
0.61 interview so
0.61 interview that
-0.94 interview this
1.8 interview was
-1.48 interview yesterday
-0.78 interviewed
-0.74 interviewed with
2.31 interviewer
3.07 interviewer joined
-0.59 interviewing
-2.15 interviewing me
0.74 interviews
1.46 interviews and
0.95 interviews for
3.07 into account
1.46 into it
-0.74 introducing
-0.74 inventory
1.46 invited
0.61 inviting
0.61 inviting me
-0.74 involved
1.04 is a
-1.67 is any
-0.74 is anything
1.46 is back
3.07 is difficult
1.46 is doing
-1.48 is exactly
3.07 is hard
1.46 is meant
-1.1 is my
-1.1 is no
1.73 is not
1.46 is now
0.95 is one
1.97 is simply
-0.74 is something
-1.25 is that
-1.25 is there
-0.74 is well
-0.74 is where
-0.74 isn't possible
1.46 isn't the
2.31 it a
0.61 it again
0.95 it but
1.46 it didn't
3.07 it does
1.46 it ended
3.07 it gave
1.8 it had
2.25 it hard
-0.94 it in
0.71 it is
0.95 it isn't
0.51 it made
2.31 it only
3.07 it quite
1.46 it says
1.97 it seemed
3.41 it seems
1.46 it should
1.46 it so
1.46 it sounds
0.7 it to
-0.59 it was
1.46 it wasn't
0.63 it would
0.52 it's
0.67 it's a
-1.1 it's been
3.07 it's hard
1.46 it's rare
2.56 it's worth
3.41 item
-1.0 its
-0.74 its own
0.67 itself
-0.74 january
0.61 jebel
0.61 jebel ali
3.07 jen
0.51 job and
1.46 job description
-0.74 jobs
-2.47 join
-1.67 join the
-1.1 join you
-1.97 join your
3.41 joined
-0.67 joining
1.46 judge
1.46 judged
-1.1 july
-0.74 june
0.61 june for
-1.15 junior
1.46 just as
-1.25 just checking
-0.74 just let
1.46 just like
-0.94 just wanted
0.95 kaveri
-0.92 keen
-0.65 keen on
-1.41 keen to
-1.37 keener
2.31 keep an
1.46 keep coming
0.95 keep in
1.09 keep me
3.07 keep up
-0.74 keeping
-1.37 keeping well
0.57 kept
1.97 kept in
0.95 kind email
1.97 kindly keep
-0.74 kindly let
1.97 kindly note
1.29 know about
0.84 know and
-0.74 know by
-0.9 know if
3.07 know not
1.46 know personally
0.68 know the
0.51 know you
2.31 known
-0.66 lab
-1.1 laboratory
-0.74 laboratory technician
0.95 labs
0.95 lagos
1.97 language
0.87 large
1.46 large part
0.61 last <n>
0.95 last three
0.61 last thursday
1.46 last tuesday
-0.74 last two
1.66 late
3.07 late and
1.46 later in
0.95 launch
0.51 lead
1.46 lead a
1.13 lead position
0.87 leader
0.95 leader position
1.97 leadership
1.46 leadership team
-1.67 learn
-0.94 learn about
-0.74 learned
-1.25 learned a
-0.59 learning
-0.58 learning about
-0.74 learnt
-0.74 learnt a
1.46 least
1.71 leave
-1.1 led the
1.46 led to
1.46 left a
-0.74 left even
1.21 less
1.46 less time
1.46 lesson
-0.78 let
1.46 let candidates
-0.68 let me
-1.48 let you
1.66 letter
1.46 letter of
1.06 letting
1.08 letting me
0.51 level
1.46 level i
-1.1 library assistant
0.61 life
1.46 like and
1.46 like exactly
0.95 like i
0.95 like me
1.46 like someone
1.13 like the
1.46 like this
1.09 liked
0.95 liked what
0.61 line
3.07 line email
1.97 line up
0.95 lines
1.8 link
1.21 linkedin
-1.76 list
-0.74 list and
0.95 listed
3.07 listing
1.46 live
1.46 live up
0.95 load
-0.74 local
0.95 localisation
-0.74 log
1.46 logistics and
-0.74 logistics coordinator
0.61 long
-0.74 longer
3.41 look at
-0.76 look forward
1.91 looked
1.97 looked at
3.07 looked to
1.6 looking
3.41 looking at
1.46 looking back
1.8 looking for
3.41 loss
2.56 lost
-1.25 lot from
0.61 lot to
-1.48 loved
-1.37 loved hearing
0.87 lovely
1.46 loyalty
1.46 loyalty app
3.66 luck
3.07 luck with
-0.74 m
1.46 made a
1.46 made by
1.8 made it
-0.74 made the
2.05 mail
3.07 mail and
3.07 mail regarding
-0.74 mainly
-0.56 make
-1.37 make a
0.61 make sure
-0.74 manage
0.95 managed
-0.81 management
3.07 manager interview
-0.94 manager post
-0.94 managing
1.46 many times
0.61 marine
0.59 marketing
0.87 marketing coordinator
-0.74 marketing executive
1.46 match
1.46 match for
0.95 matched
0.61 matters
1.13 may be
0.95 may have
1.46 may want
0.95 maybe
0.72 me about
1.46 me across
-1.1 me an
-1.48 me and
-0.94 me around
1.13 me as
-0.74 me by
-0.74 me during
-1.37 me even
0.61 me for
1.97 me forward
1.46 me go
-0.74 me if
0.53 me in
0.65 me know
3.07 me last
1.01 me of
3.07 me off
-1.6 me on
-0.74 me round
0.95 me so
-0.74 me such
0.95 me the
-1.1 me through
0.82 me to
1.46 me with
-0.94 means
0.87 meant
0.95 meant to
-1.1 meantime
0.61 medical
1.46 meet again
-0.87 meeting me
0.69 meeting the
-1.29 meeting with
0.95 meeting you
0.51 mention it
0.61 mention this
-1.56 mentioned
0.95 mentioned so
-1.67 mentioned that
-1.25 mentioned the
-0.74 mentioned you
-0.94 menu
1.36 message
1.46 message about
0.95 message and
0.81 met
0.61 met on
0.61 mid
1.46 mid market
1.46 middle
1.46 middle of
-1.1 migration
0.95 million
1.46 million for
1.85 mind
1.46 mind and
1.66 mind for
1.97 mind me
1.65 minutes
-0.74 minutes at
3.41 minutes late
3.07 minutes with
1.46 mix
-0.94 model
-0.94 modelling
1.46 module
-0.87 moment
-2.98 monday
-0.74 monday about
-0.94 monday and
-1.76 monday for
-1.25 monitoring
-1.32 month
-1.1 month end
-1.25 month so
-2.09 months
-0.74 months and
-0.74 more certain
1.46 more experience
1.46 more of
0.61 more senior
-0.9 morning
-0.94 morning and
-0.74 morning for
-1.25 most like
2.08 most of
0.67 mostly
-0.52 move
1.46 move into
1.46 move on
0.51 moved
0.95 moved on
-1.83 moving
-0.66 ms
1.97 much about
0.95 much and
1.46 much i'd
-1.97 much like
1.21 much of
-0.74 much prefer
-0.74 much rather
1.46 much to
1.01 must
1.46 must say
-1.83 my answer
2.31 my answers
0.61 my background
0.95 my best
-1.37 my career
1.46 my course
-2.77 my current
0.84 my cv
0.95 my details
-0.74 my experience
0.61 my final
-2.03 my first
1.46 my husband
-1.1 my interest
-0.76 my interview
-1.1 my manager
0.95 my name
-0.94 my next
-1.1 my notice
1.26 my own
-0.74 my partner
1.46 my performance
3.07 my plan
0.87 my portfolio
-0.94 my present
-0.74 my presentation
0.95 my profile
1.46 my scores
0.61 my second
1.46 my sharpest
0.67 my side
-0.74 my work
-2.03 myself
-0.74 naturally
0.95 nd may
1.46 near
1.46 near the
1.46 nearly
-1.77 need
-0.74 need a
-1.37 need from
1.46 need it
-2.39 need to
-0.74 need your
-1.58 needed
2.35 never
1.46 never had
3.07 never quite
-0.8 new
1.97 new hire
-0.74 new starters
0.95 news and
0.61 news i
-0.94 news on
0.95 news was
-0.6 next
1.46 next and
3.07 next campaign
-0.74 next month
0.95 next round
-0.74 next stage
-1.48 next step
-0.54 next steps
-1.67 next year
0.61 nine
1.13 ninety
0.95 ninety days
0.95 no is
-0.74 no need
1.46 no one
-1.25 no rush
1.71 nobody
1.46 nobody has
0.95 noor
2.31 nordvik
-1.25 northern
0.94 not
1.97 not a
3.41 not been
3.41 not convinced
1.46 not every
1.46 not fully
-0.94 not have
0.95 not heard
3.07 not how
-0.74 not possible
3.07 not read
1.46 not selected
4.17 not sure
1.26 not the
0.98 not to
-1.1 not want
1.21 note
1.46 note after
1.46 note and
1.97 note that
1.26 nothing
-0.94 notice period
-1.37 noticed
1.97 noticing
1.46 noticing that
-1.25 november
0.61 now and
1.46 now seen
0.95 now that
0.61 numbers
0.61 nurse position
0.95 nurses
3.07 obviously
1.46 occasion
-1.76 october
-0.58 of a
0.95 of an
3.07 of any
-0.74 of being
-0.74 of course
-0.74 of four
0.95 of future
1.46 of interviews
0.82 of it
-0.94 of last
3.07 of luck
0.95 of me
0.51 of our
1.46 of people
1.71 of that
-1.37 of them
-1.48 of this
1.46 of time
1.8 of us
0.95 of what
1.13 of why
1.46 of work
-0.94 of you
-0.58 of your
1.13 off the
3.07 off twice
-0.74 offer and
-0.74 offer from
1.46 offer is
3.07 offer one
0.95 offered a
-0.94 offered me
-1.1 offers
-0.74 office manager
1.46 office who
0.61 officer position
-1.97 officer role
0.95 offshore
-1.37 often
1.97 old
-1.22 on <n>
0.83 on a
0.95 on every
3.07 on finding
-1.83 on friday
3.07 on his
-0.74 on hold
1.46 on i
0.95 on joining
1.46 on linkedin
-2.77 on monday
3.07 on opportunities
3.07 on platform
0.95 on reflection
1.97 on saturday
2.56 on site
0.95 on sunday
-2.43 on thursday
-0.74 on timing
-1.04 on tuesday
-2.3 on wednesday
-1.58 on where
0.56 on your
-0.94 once again
-0.94 once more
1.46 once you
-1.1 one i
1.46 one in
1.46 one is
0.95 one on
1.46 one piece
3.07 one question
1.97 one small
1.46 one so
1.46 one thing
3.07 one to
-0.74 one way
3.07 one wrong
2.56 online
1.46 online course
0.75 only
1.13 only because
0.61 only mention
0.67 only so
1.46 only to
-1.1 onto
1.17 open
1.46 open about
0.95 open i
2.93 open to
0.61 open up
-0.94 open with
0.61 opened
-1.0 opening
-0.94 opening comes
-0.74 opening in
1.3 openings
1.46 openings at
0.61 openly
-0.74 operation
1.8 operations coordinator
1.46 operations manager
1.46 opportunities
1.97 opportunities with
-0.94 opportunity and
-0.65 or
-1.25 or a
-1.1 or the
1.46 or whether
0.84 organisation
1.46 organisation and
3.41 organisation's
1.46 organisations
1.01 organised
2.31 organised day
0.95 organising
1.46 organising the
3.07 ota
0.54 other
1.46 other graduate
3.07 other openings
0.67 otherwise
0.95 otherwise i
-1.09 our
0.95 our chat
-1.61 our conversation
-0.74 our first
1.97 out for
0.51 out of
1.97 out that
1.04 outcome
0.83 outcome of
2.05 outside
1.46 outside that
0.52 over the
0.61 own
1.46 ownership
0.87 page
1.46 paired
0.84 panel
2.56 panel and
0.95 panel gave
1.46 panel had
1.97 panel has
0.95 panel on
1.46 panel that
1.46 panel took
3.07 panel will
0.61 paper
1.46 paperwork
-0.67 part of
-0.86 particularly
1.13 partners
-0.74 partnerships
-0.81 pass
0.67 passed
1.46 passed on
1.09 past
1.46 past few
0.61 paths cross
-1.25 patient
-1.97 payroll
3.07 peak
3.07 peak season
0.53 people
1.46 people it
-1.1 per
-0.74 per cent
1.46 performance
2.31 perhaps
1.46 perhaps i
-1.1 period
0.97 person
3.07 person specification
1.46 person to
0.87 personal
1.46 personal note
1.46 personally
3.07 personally i
1.46 pharmacist
1.03 phone
1.46 phone call
1.46 pick
1.13 picked
-0.66 picture
0.95 piece
1.46 piece of
-0.74 pilot
-0.74 pipeline
-0.74 placement
1.46 plainly
-0.74 plan my
-1.67 plan to
-0.94 planned
-0.94 planner position
-1.37 planning
-0.74 planning my
-0.94 planning team
-0.74 plans
0.61 plate
1.29 platform
0.61 platform team
1.46 play
-0.94 please do
1.46 please keep
-0.54 please let
0.95 please thank
-0.58 pleased
-0.58 pleased to
3.07 pledge
1.46 plenty
0.74 point
1.46 point of
2.31 point out
0.95 points
0.95 policy adviser
1.46 policy officer
1.46 port
0.87 portal
-0.51 position
-2.51 position at
0.61 position is
-0.94 position of
-1.1 position on
0.95 position with
3.41 positions
1.46 positive
-0.94 possibility
-0.94 possibility of
-0.94 possible
-1.37 post at
1.46 post comes
-1.25 post in
-1.1 post of
-1.1 post on
-0.74 postdoctoral
3.07 posting
3.07 posts
0.95 power
-0.74 practical
0.7 practice
-1.76 prefer
-1.48 prefer to
1.46 preparation
1.46 prepared
3.41 prepared for
0.95 preparing
1.03 presentation
3.07 presentation for
1.46 presented
0.67 pretend
1.46 print
0.95 priority
1.46 priority for
-1.58 problem
0.61 problems
0.57 process and
1.46 process engineering
3.07 process was
1.97 process with
-0.74 processes
0.95 procurement officer
-0.66 product
-0.74 product designer
0.95 product team
1.46 professional
1.03 profile
3.07 profile for
0.7 programme
1.46 programme and
1.46 programme officer
-0.94 project
1.46 project with
1.97 promised
1.46 prompt
1.8 proper
3.07 proper one
1.26 properly
-1.97 provide
-0.74 provide any
-1.1 provide anything
-0.74 provide references
-1.1 public
1.97 published
0.67 pune
1.46 pune and
0.95 pune office
0.57 put
3.07 put in
1.46 put me
1.46 putting
1.46 putting me
-0.74 qualified
0.51 quality
-1.1 quarter
0.56 question
1.97 question and
1.46 question what
-0.74 questions about
1.46 questions i
-0.66 quick
1.46 quicker
0.95 quiet
2.22 quite
1.46 quite a
3.07 quite what
1.46 rang
0.95 range
1.46 ranking
1.46 ranking for
0.95 rare
1.46 rare to
1.46 rating
-1.37 rd
0.7 re
0.7 reached
1.97 reached the
2.11 read
1.46 read it
-1.1 ready
1.46 realised
1.46 really did
0.71 really enjoyed
-1.1 really keen
-0.74 really like
1.46 really love
1.13 reason
1.46 reason i
1.97 reasons
1.46 reasons i
-0.74 receive
-0.74 received a
-1.37 received an
0.87 reception
-0.74 reckon
-0.94 reconciliation
1.46 reconnect
-1.58 record
3.07 recorded
3.07 recruiter
1.01 recruitment
1.46 recycling
-0.74 reference
1.46 referral
0.61 reflection
1.97 reflects
-0.74 refreshing
0.95 regard
0.61 regards
-0.94 regional
1.46 regret
3.07 rejection
0.95 relations
1.46 relationship
-0.74 relationships
1.46 relaunch
1.46 releases
1.46 releasing
1.46 releasing my
1.46 remain interested
0.95 remain keen
-0.69 remain very
-1.48 remains
-1.1 remains my
-0.74 reminder
0.95 reply by
1.97 reply to
0.95 replying
1.46 report from
0.51 reports
0.61 reports to
1.13 request you
1.46 requested
1.46 requirement
0.61 requirements
0.95 research software
-0.94 researcher
1.46 resolved
1.08 respect
1.46 respect i
0.87 respect the
0.95 restructuring
1.03 result
1.46 result of
-1.25 results
0.95 returns
1.46 returns flow
0.61 right person
3.07 right this
-0.94 ring
1.46 ringing
-1.37 risk
0.61 riverside
1.46 riverside venue
1.46 riyadh
-0.55 role
-1.02 role and
0.61 role as
-0.63 role at
1.46 role by
0.61 role comes
-0.94 role feel
1.46 role from
1.46 role going
-1.48 role i
0.51 role opens
3.66 role was
1.72 roles
3.41 roles at
1.97 roles in
1.46 roles with
-1.1 rollout
0.83 room
0.87 room and
-0.94 rota
-1.1 roughly
0.57 round
-0.94 round the
1.46 round was
1.63 rounds
1.46 rounds and
-1.1 route
1.46 routes
0.61 run a
0.95 run the
1.46 running such
1.46 running the
-1.1 runs
-1.58 rush
-0.74 rush at
1.97 s i
0.99 said
1.46 said it
1.46 said my
1.46 said so
1.46 said the
-0.74 salary
0.99 same
1.46 same way
1.97 sap
1.46 sap ewm
1.46 sat
1.46 saturday
2.31 saved
3.07 saved us
0.95 saw
1.46 saw of
0.52 say
1.13 say i
-1.1 say i'm
1.46 saying
1.46 saying so
0.87 says
1.46 scanners
1.13 scheduling
1.46 scheduling and
0.67 scheme
3.07 scheme and
-1.67 school
-0.94 science
0.87 scores
0.95 scores and
1.46 scores for
1.46 scoring
3.07 screen
1.13 screening
1.46 screening call
-1.1 search
0.83 second interview
0.87 second round
3.07 second time
-0.74 second year
1.46 seconds
0.95 section of
0.79 see
1.8 see how
1.46 see that
1.97 see where
-0.94 see whether
-0.78 seeing
-0.87 seeing the
2.05 seemed
0.95 seemed to
3.66 seems
3.07 seems to
0.67 seen
0.95 seen the
1.13 selected
0.95 selected for
1.97 selection
-0.97 send
-1.1 send it
1.46 senior accountant
0.67 sense of
1.09 sent
3.07 sent before
-0.74 sepsis
-1.76 september
1.46 service and
0.95 service team
1.21 session
1.46 session with
-0.58 set
0.95 settled
0.82 several
1.46 several candidates
1.46 shah
1.46 shame
-0.55 share
0.95 share one
0.61 share the
-0.74 shared
1.46 sharjah
1.46 sharpest
1.46 she
3.07 she's
3.07 shift on
1.46 shift team
1.46 shifted
0.51 short
0.67 short note
-0.74 shortlist
0.61 should a
1.13 should have
0.95 should say
-1.37 showing
-1.25 showing me
0.95 shows
1.13 silence
-0.56 similar
-0.94 similar role
1.8 similar roles
-0.94 since our
0.95 since then
-1.67 since we
0.87 single
0.61 sit
0.88 site
3.07 site supervisor
0.95 site visit
0.87 sites
1.46 sitting
-0.74 six months
1.46 six years
1.46 slightly
0.95 slot
0.61 slow
-0.74 small update
1.46 smoothly
0.61 so a
0.61 so i'd
0.95 so i'm
0.61 so i've
0.95 so it
0.59 so much
0.95 so my
1.46 so perhaps
-1.25 so please
0.95 so quickly
3.07 so this
0.51 so you
0.61 software engineer
1.46 some feedback
-1.1 some point
0.8 someone
1.46 someone in
-0.74 someone who
0.87 someone with
0.95 something about
0.95 something suitable
0.95 something to
1.46 sometimes
-2.15 soon
-1.1 sooner
0.95 sorry it
-0.74 sorry to
-0.74 sort
1.01 sounds
-1.1 sous
-0.94 sous chef
1.46 south
-0.74 spare
0.67 speak with
-1.1 specialist
3.07 specification
-1.25 spend
1.46 spent
2.31 spent most
1.46 spirit
1.46 spirit of
-0.74 splits
1.46 spoke i've
-1.25 spoke on
3.07 spoken
-0.74 spot
-1.67 spring
3.07 square
1.46 st <n>
1.8 staff nurse
1.27 stage
1.46 stage and
1.46 stage i
1.46 stage of
0.87 stages
-1.25 standard
-0.94 stands
-0.74 start date
-0.74 starters
-0.74 state
0.95 station
-0.58 status
-0.94 stayed
-0.94 stayed with
-1.97 step
-0.69 steps
2.56 still be
1.46 still consider
1.46 still i'd
0.87 still keen
3.86 still like
0.61 still love
-0.74 still my
1.97 still open
-1.1 still really
3.07 still respect
-0.92 still very
0.61 still want
1.46 stings
1.97 stopped
-1.25 store
-0.74 store manager
0.95 strategist
0.95 strategist role
-1.25 strong
-0.94 stronger
-0.94 strongest
0.95 structural
1.46 structural engineer
1.46 struggling
3.07 struggling to
0.95 stuck
-1.37 student
-0.94 students
-1.37 studio
0.57 study
1.46 study and
1.46 study i
-0.94 subject checking
3.07 subject follow
1.46 subject following
3.41 subject re
1.46 subject thanks
0.51 success manager
0.95 success role
0.95 success with
0.67 such a
-1.37 such as
1.46 suggest
1.46 suitable comes
1.46 suitable role
-0.94 suite
-0.94 suits
-0.74 summary
-1.91 summer
0.95 sunday
1.46 sunday and
-0.69 supervisor
1.46 supervisor job
-0.94 supervisor position
-0.74 supplier
1.46 supply chain
-0.81 support
1.46 support your
0.61 supports
1.46 suppose
1.23 sure
1.46 sure that
1.21 sure the
1.13 surprised
3.07 surprised that
1.46 survey
-1.1 surveyor
1.29 suspect
1.46 suspect it
-0.74 system and
1.46 system you
1.46 systems lead
1.13 take home
0.61 take it
0.95 take that
0.95 take this
-1.25 take time
1.8 taken
-0.94 takes
-0.74 taking
-0.74 talk through
3.07 tandem
1.13 task
-0.74 tasting
0.95 tea
-1.25 teaching
1.46 team but
1.46 team especially
-0.74 team hoped
1.46 team i
-1.1 team is
1.46 team lead
0.87 team leader
1.46 team made
-0.74 team of
1.13 team on
-0.74 team so
-0.74 team that
-0.74 team would
0.95 team you
-1.1 team's
-0.94 teams
1.15 technical
1.46 technical round
3.07 technical test
1.46 telephone
0.67 tell me
1.46 tell you
-0.94 telling
-0.94 telling me
0.67 ten
1.97 ten minutes
1.46 tenancy
-0.74 term
-0.94 territory
1.13 test
2.56 test and
-1.54 th
0.61 th june
-0.94 th of
1.46 than ever
3.41 than me
0.87 than the
-1.1 thankful
-0.74 thankful for
0.63 thanks
1.46 thanks a
-1.1 thanks and
1.38 thanks for
0.61 thanks very
1.97 that <n>
2.05 that a
0.95 that after
1.46 that before
-0.74 that experience
1.46 that for
3.07 that had
-1.1 that i'm
1.46 that if
0.87 that in
2.25 that it
1.46 that kind
0.61 that might
1.46 that no
1.46 that on
0.95 that said
3.07 that shift
1.51 that the
-0.74 that this
0.67 that was
1.8 that way
0.95 that week
1.46 that were
-1.1 that work
-1.76 that would
3.07 that your
1.15 that's
1.46 that's useful
-1.61 the <n>
1.46 the aarhus
-0.94 the accounts
1.8 the advert
1.97 the advertisement
0.61 the analytics
1.46 the answer
1.46 the appointment
2.05 the assessment
3.41 the assessors
-0.94 the assistant
3.07 the automated
-0.94 the autumn
1.97 the back
-0.74 the backend
1.46 the bank
-0.74 the big
0.95 the branch
1.46 the bristol
-0.94 the business
1.63 the call
1.46 the campaign
0.95 the candidates
1.46 the cellar
1.46 the chair
-0.74 the claims
0.95 the client's
1.46 the clinic
0.52 the clinical
1.46 the coastal
-0.74 the committee
-1.67 the community
0.61 the company
0.61 the company's
-0.9 the conversation
0.95 the council
0.61 the courtesy
-0.94 the credit
0.84 the crew
1.13 the current
0.84 the data
1.46 the date
1.11 the day
1.46 the deciding
1.09 the decision
1.46 the depot
0.51 the design
0.95 the desk
1.46 the discrimination
1.46 the dispatch
1.46 the door
1.46 the education
3.07 the effort
1.46 the employer's
0.56 the end
1.46 the european
0.61 the executive
-0.74 the expansion
0.95 the experience
-0.74 the facilities
1.13 the feedback
0.95 the festival
0.85 the final
-0.66 the finance
1.46 the firm
1.36 the first
0.61 the fleet
3.07 the floor
0.95 the front
0.61 the full
0.71 the future
1.97 the gap
1.09 the graduate
-1.1 the grants
1.46 the graphic
-0.74 the ground
1.32 the group
1.46 the growth
3.07 the hire
1.46 the hotel
0.61 the housing
1.46 the internal
1.97 the interviewer
0.95 the interviews
-0.74 the inventory
0.95 the jebel
0.8 the job
-2.03 the junior
-0.74 the laboratory
0.61 the leeds
-1.1 the library
1.46 the link
3.07 the listing
3.07 the live
0.83 the marketing
-1.1 the meantime
1.46 the message
1.46 the middle
-0.74 the migration
-0.74 the moment
-1.76 the month
-1.76 the most
0.67 the move
-0.86 the new
0.72 the news
-1.1 the northern
1.13 the offer
1.46 the old
3.07 the online
-1.1 the only
1.46 the open
1.46 the opening
-0.66 the operations
0.97 the outcome
0.8 the panel
0.95 the part
1.01 the past
-1.58 the payroll
2.93 the person
-1.25 the plan
-1.25 the planning
0.51 the policy
0.95 the portfolio
-0.7 the position
-0.74 the possibility
3.07 the posting
0.95 the problems
0.95 the program
0.84 the programme
-0.94 the project
-0.74 the public
1.46 the pune
0.87 the quality
1.46 the reason
3.07 the recorded
1.46 the referral
1.46 the requirements
1.34 the result
0.61 the retail
1.46 the returns
0.51 the right
1.46 the riverside
0.87 the room
1.46 the safety
1.04 the same
-0.94 the school
0.95 the screening
0.53 the second
1.97 the selection
1.46 the service
0.95 the session
-0.94 the shift
1.46 the short
-0.74 the sous
1.46 the spirit
-0.94 the spring
1.13 the staff
0.87 the start
-0.74 the store
-0.74 the strategy
-0.74 the strongest
-0.74 the student
-1.1 the studio
-1.58 the summer
0.95 the system
-0.58 the team
-0.94 the team's
1.66 the technical
-0.94 the test
3.07 the third
1.46 the thoughtful
1.71 the three
-1.1 the timeline
-0.94 the top
0.95 the track
0.61 the trust
1.46 the twelve
-0.74 the unit
2.35 the update
1.46 the video
1.46 the walk
-0.74 the ward
-0.66 the way
-0.94 the weekend
1.03 the whole
0.95 the winter
-0.94 the workshop
1.13 the written
1.46 the wrong
0.95 the yard
1.36 their
3.07 their loss
-0.7 them
-0.94 themselves
0.61 then i
-0.63 there
0.61 there are
-1.37 there is
-1.1 there's no
0.52 these
0.67 these things
0.58 they
-0.74 they are
-1.1 they have
3.41 they were
1.46 things progress
1.46 things that
1.46 things to
-0.74 things up
0.81 think
0.95 think of
1.46 think the
1.46 think this
0.95 think we
0.61 think you
-1.67 thinking
-1.48 thinking about
1.21 third
3.07 third time
0.87 thirty
-0.58 this afternoon
1.46 this long
-1.1 this morning
1.46 this occasion
1.91 this one
0.61 this only
-0.94 this opportunity
1.46 this point
-1.67 this role
0.95 this stage
0.61 this was
-2.2 this week
-1.25 this year
0.95 thoroughly
0.95 though
-1.25 thought i
-1.1 thought i'd
0.95 thought of
1.46 thought the
1.46 thought you
0.61 thoughtful
0.55 three
3.41 three interviews
1.97 three rounds
1.46 three times
1.46 three year
0.61 thrilled
0.61 thrilled to
1.46 through in
1.46 through your
-1.73 thursday
-0.74 thursday <n>
-0.74 thursday and
-1.25 thursday for
-0.94 tickets
-0.74 time i
1.46 time i've
-0.74 time on
0.95 time so
1.97 time the
1.46 time was
0.61 time yesterday
-2.39 timeline
0.95 times
-1.25 timing
0.61 title
3.07 to admit
0.64 to apply
-0.81 to ask
0.61 to attend
3.41 to believe
-0.74 to call
-1.25 to check
1.97 to close
1.46 to complete
-1.25 to continue
-0.94 to discuss
0.84 to do
1.46 to expand
0.61 to expect
0.61 to explain
2.56 to feel
1.46 to flag
-1.67 to give
-1.76 to help
1.46 to how
-1.76 to interview
-2.42 to join
1.46 to judge
0.95 to kindly
-1.58 to learn
1.46 to leave
2.56 to look
0.8 to me
-1.1 to meet
-0.94 to mention
1.46 to one
-0.94 to plan
1.46 to prepare
-1.67 to provide
1.46 to put
-1.48 to reach
1.46 to read
1.46 to reconnect
0.73 to see
-1.15 to send
-0.94 to share
0.95 to someone
0.87 to speak
-1.25 to spend
3.07 to square
-1.1 to start
-0.74 to talk
1.46 to tell
-0.74 to that
-0.53 to the
2.01 to understand
-0.94 to wait
0.61 to you
-0.66 today
0.95 today about
1.09 together
1.46 together and
1.08 told
3.07 told her
1.01 told me
1.46 told my
0.61 too much
0.71 took
1.97 took a
0.95 tool
-1.91 top
-1.25 top of
0.7 touch and
0.95 tough
1.46 tough one
-0.74 trade
0.61 trained
0.67 trainee
1.46 trainee programme
-1.25 training
1.46 translation
3.07 travelled
1.46 trial shift
-0.74 tried
-0.74 trouble
0.61 trust and
-0.94 try
1.46 trying
-0.86 tuesday
-1.25 tuesday about
-0.94 tuesday to
-0.74 tuesday's interview
1.46 turkana
0.61 turned
1.46 twelve years
1.01 twenty
3.41 twenty minutes
2.21 twice
1.46 twice and
1.46 twice during
1.46 two days
1.46 two hours
0.61 two interviews
3.07 two line
1.46 two of
-1.1 two weeks
-0.94 two years
2.08 under
3.07 under review
1.01 understand how
-1.67 understand if
2.56 understand what
-0.74 understand you
-0.94 unit
-1.76 until
-1.1 until <n>
-0.94 up at
0.95 up close
-0.74 up for
0.95 up i'd
1.46 up the
2.56 up with
1.46 upcoming
2.31 update and
0.61 update you
-0.74 upfront
1.46 uploaded
1.13 us
1.13 us both
1.46 used a
-0.58 useful
-1.1 useful for
1.46 usually
0.61 ux
1.46 ux designer
2.56 vacancies
-0.94 vacancy
1.26 value
-1.37 valued
0.95 venue
1.46 venue and
-1.03 very
-1.58 very enthusiastic
-0.58 very glad
-1.1 very happy
-1.41 very interested
-1.27 very keen
-0.96 very much
-0.94 very pleased
-0.94 very real
1.46 very useful
1.46 very well
1.46 video
0.87 video interview
1.46 view
1.46 vine
-0.94 visa
1.13 visit to
1.46 volunteer programme
-1.91 waiting
1.97 walked
3.07 walked in
-0.94 walking me
1.97 walkthrough
-1.48 wanted
-1.74 wanted to
-0.74 wanting
0.61 wants
-1.1 ward
-0.87 warehouse
-0.94 warehouse supervisor
1.46 warehouse systems
1.46 warehouses
0.61 warm
0.75 was
0.54 was a
1.46 was about
1.8 was actually
-0.74 was also
3.07 was asked
0.61 was disappointed
3.41 was ever
1.97 was exactly
3.07 was for
-1.1 was glad
-1.25 was good
-0.74 was great
3.07 was handled
0.61 was hoping
3.66 was in
1.46 was just
1.46 was like
3.07 was looked
3.41 was made
3.07 was never
1.15 was not
1.13 was on
1.46 was really
0.61 was told
-1.25 was useful
0.7 was very
1.46 wasn't
0.7 way
1.46 way and
1.21 way i
-0.74 way or
0.61 way the
1.66 way to
-0.74 way you
-0.68 we
0.95 we both
-1.37 we can
-0.87 we discussed
-1.25 we met
-0.81 we spoke
3.07 website
-1.52 wednesday
-1.67 wednesday about
-0.51 week
-0.74 week about
0.67 week and
1.46 week of
-1.25 week so
0.95 weekend so
-0.94 weeks ago
1.13 weeks and
1.46 weeks of
-0.74 welcome any
2.56 welcome hearing
-1.0 welcome the
1.46 well as
1.8 well organised
3.66 well with
1.73 went
3.07 went to
3.07 went wrong
1.41 were
3.07 were already
1.97 were not
1.46 were on
1.04 what
3.07 what else
0.61 what it
2.31 what it's
1.46 what my
1.46 what the
1.46 what they
1.97 what was
0.87 what you
1.15 when i
0.61 when the
-1.48 when we
-0.74 when you
-2.15 whenever
-0.94 whenever there's
-1.25 whenever you
-0.64 where i
-0.94 where my
0.7 where the
3.07 where they
-0.74 where things
-1.25 whether i'm
1.97 whether it
0.95 whether my
0.87 whether the
-0.94 whether there
-0.74 whether there's
0.7 which i'm
3.07 which i've
2.05 which is
1.46 which would
-0.81 while
0.95 whiteboard session
0.59 who
1.46 whoever
0.64 whole
1.97 whole team
1.46 whom
1.59 why
2.42 why i
1.46 why the
-0.74 wider
-1.25 will have
1.46 will need
1.46 will not
1.46 will still
0.95 will take
-0.74 willing
-0.74 willing to
0.95 wind
1.46 wiring
1.65 wish
1.97 wish the
2.56 wish you
-1.25 wishes
1.46 with another
0.61 with interest
1.97 with it
-0.55 with me
-1.91 with my
0.95 with real
1.97 with respect
1.46 with some
-0.94 with thanks
0.76 with the
1.46 with them
1.13 with two
-1.29 with you
0.61 withdraw
0.56 within
0.51 within the
1.46 without a
-0.87 won't
1.71 wonder
1.46 wonder if
1.46 wonder whether
1.13 wondering
1.8 word
1.46 work and
3.07 work for
0.84 work in
1.46 work out
1.46 work the
1.46 work together
-1.58 work with
-0.74 work you
1.46 work your
-1.58 worked
-0.74 worked with
1.46 working alongside
-0.94 working with
0.57 works
-1.1 workshop
1.46 worry
1.32 worth
1.97 worth the
-0.94 would be
2.31 would gently
1.46 would genuinely
1.97 would have
1.07 would like
-1.15 would love
-1.1 would mean
-0.74 would most
-0.74 would much
-0.94 would need
1.46 would only
1.46 would point
0.61 would rather
1.46 would say
1.01 would still
0.61 would suit
0.95 would value
-1.37 would very
-0.74 would you
1.46 wouldn't
-0.74 writer
-0.59 writing
-1.67 writing about
1.46 writing regarding
1.03 written
1.46 written information
-0.74 written offer
2.69 wrong
0.95 wrote
1.46 yard
-0.96 year
-0.74 year and
-0.74 year i
1.46 year i'd
1.21 years and
-0.74 years at
-0.94 years i
1.46 years in
2.31 years of
-0.74 years running
-0.94 yes
-0.94 yes or
-0.87 yesterday
-1.76 yesterday for
-0.74 you about
-0.86 you again
1.46 you all
-0.74 you and
-0.65 you are
-1.97 you asked
0.95 you at
-0.74 you be
-0.74 you but
-0.74 you by
-1.37 you could
-2.2 you described
1.46 you directly
1.46 you don't
-0.74 you ever
1.46 you every
-0.94 you expect
-1.1 you gave
1.46 you get
0.83 you had
-1.83 you have
1.01 you if
0.95 you just
-1.76 you know
-1.25 you let
1.46 you made
1.13 you may
-2.65 you mentioned
-1.25 you need
1.46 you put
1.46 you run
0.84 you said
-0.74 you showed
-0.94 you soon
0.95 you taking
1.97 you told
-0.74 you took
-1.48 you very
0.84 you were
0.64 you will
-0.74 you won't
1.46 you work
-0.74 you would
-0.74 you'd be
0.95 you'd like
-1.42 you're
-0.94 you're able
-0.94 you're keeping
-1.05 you're well
1.26 you've
1.97 you've got
-0.74 your account
3.07 your agency
1.46 your answer
1.46 your call
-0.94 your candour
1.46 your cebu
1.46 your chief
1.97 your colleague
-0.74 your description
-0.74 your earliest
1.68 your email
1.97 your end
1.46 your engineering
-0.74 your explanation
1.13 your help
-0.58 your kind
1.46 your leadership
1.46 your letter
3.66 your mail
2.05 your message
0.61 your new
3.41 your note
-1.1 your office
3.07 your organisation
3.07 your organisation's
-1.37 your planning
0.67 your process
0.61 your pune
-1.1 your question
3.07 your recruiter
1.46 your reply
1.46 your side
1.46 your site
-1.5 your team
-1.48 your timeline
3.07 your website
1.46 your work
0.61 yours
-0.74 youth
""",
)

BOASTING = Reading(
    13.91,
    """\
-0.57 <n> a
-1.46 <n> april
-0.82 <n> august
-1.46 <n> february
0.86 <n> for
-1.99 <n> june
-2.18 <n> march
-1.02 <n> november
-1.76 <n> october
-0.82 <n> per
-1.46 <n> september
-1.57 <n> to
-0.82 a <n>
-1.19 a busy
-0.57 a call
0.86 a chance
2.98 a cleaner
-0.57 a clear
-0.57 a company
1.04 a couple
-0.57 a difficult
-2.18 a few
-0.57 a fortnight
-1.46 a full
1.37 a fuller
-1.02 a highlight
-0.57 a large
-0.82 a line
-1.33 a long
-0.82 a lot
0.53 a month
0.86 a more
1.37 a nice
-0.57 a personal
1.04 a pleasure
-0.57 a post
-0.82 a presentation
0.86 a project
0.53 a proper
-1.76 a quick
2.98 a record
1.37 a regional
-1.67 a reply
-0.57 a ring
-1.19 a role
-0.57 a rough
3.32 a senior
-0.82 a shame
-0.57 a shared
-0.57 a shift
1.37 a shop
-2.24 a short
-1.02 a similar
1.37 a simple
1.37 a single
0.61 a small
1.37 a spare
1.37 a standard
3.32 a step
-0.57 a strong
-0.82 a surprise
-0.57 a three
0.86 a tough
0.53 a two
1.71 a very
0.53 a week
-0.57 a while
-0.82 a written
-0.82 a yes
0.53 aarhus
-2.48 able
-2.48 able to
-0.57 about <n>
0.79 about a
-0.57 about any
-0.51 about it
1.88 about me
-0.82 about two
2.98 about weaknesses
0.53 about what
1.37 about where
-0.57 about your
1.71 above
2.98 above the
1.37 absolutely
0.86 abu
0.86 abu dhabi
2.98 aca
1.37 academy
-0.57 accept it
-0.57 accept the
-0.57 accordingly
0.65 account
1.88 account director
0.86 account executive
-0.82 account manager
0.53 account of
-0.66 accountant
1.37 accountant interview
-0.82 accountant position
-0.82 accountant role
-0.57 accounts and
2.98 accounts that
1.37 acquisition
0.57 across
1.37 across as
-0.57 across the
1.88 across three
1.37 acting
1.37 actually opened
1.37 add
-0.57 additional
1.37 adebayo
0.53 administrator
0.86 administrator role
-0.57 admirer
-0.57 admirer of
0.59 admit i
-0.57 admit the
1.37 advert mentioned
1.37 advertised
1.37 advertisement
-0.57 adviser
-0.8 after
-0.82 after a
-0.57 after four
-0.57 after my
-0.82 after our
-2.06 after the
0.92 afternoon about
-0.82 afternoon and
1.04 afterwards
1.21 again and
1.37 again if
-0.57 again next
-0.82 again on
0.86 again soon
-0.57 again when
0.59 agency
2.98 agree
2.98 agree i
1.04 ahead
1.37 ahead of
2.98 airworthiness
1.37 al mansoori
0.86 al noor
0.53 ali
1.88 all came
-0.57 all is
1.37 all of
-0.57 allow it
1.37 allow me
0.79 almost
1.37 almost half
1.37 alone
1.04 along
0.53 alongside
1.37 already and
-0.57 already in
-0.57 also be
-0.57 also enjoyed
1.37 also lovely
0.53 although i
1.37 always
0.86 am a
1.37 am certain
1.37 am checking
1.71 am confident
0.86 am even
-0.57 am excited
-0.82 am following
0.75 am grateful
-0.57 am in
-1.02 am not
0.86 am now
-0.74 am still
1.96 am sure
-0.57 am thankful
3.94 am the
1.2 am very
0.86 ambitious
-0.57 amount
-0.57 amount of
-0.9 an
-1.76 an answer
0.53 an hour
-1.02 an interview
-2.18 an offer
-2.18 an update
-0.57 an updated
-0.57 analysis
0.86 analyst interview
0.59 analyst position
0.86 analysts
-1.02 analytics
-0.57 analytics team
0.53 and <n>
-0.51 and a
-0.82 and about
1.37 and again
-0.57 and all
-0.57 and am
-0.57 and asked
0.59 and best
-0.57 and consideration
1.37 and could
0.53 and cut
1.04 and enjoyed
1.37 and four
0.53 and god
0.75 and happy
-1.02 and have
1.37 and hear
-0.82 and hearing
-0.53 and i'm
1.01 and i've
-1.33 and if
-0.57 and in
-0.87 and it
1.37 and it's
-0.57 and learning
-0.57 and left
1.37 and meeting
1.04 and ms
0.65 and my
1.88 and no
-0.57 and nobody
0.79 and on
0.86 and one
-1.02 and our
-0.57 and really
1.37 and received
-0.82 and remain
1.37 and run
-0.82 and seeing
2.98 and thank
-0.82 and then
2.98 and there
-1.33 and they
-0.57 and thought
-1.46 and to
1.04 and wanted
0.53 and what
0.86 and when
0.86 and will
-0.57 and withdraw
-0.76 and would
0.59 and your
1.37 angle
-0.84 another
1.37 another analyst
0.86 another candidate
-1.57 another company
-1.02 another firm
-0.57 another organisation
1.37 another position
-0.57 another role
-0.55 answer
0.86 answer any
-1.57 answer by
3.32 answer on
1.37 answered every
1.37 answers on
-0.57 any chance
-0.57 any comments
-1.76 any feedback
1.26 any further
1.37 any future
-0.75 any news
0.79 any of
-1.02 any other
-0.57 any suitable
-1.08 any update
1.88 anyone
3.32 anyone else
1.88 anything more
-1.02 anything similar
1.37 anything suitable
0.53 anyway
2.47 apart
-0.82 app
-0.82 appeals
-0.82 appeals to
0.53 applicant
1.83 applicants
1.37 applicants and
-0.57 application and
0.74 application for
-0.57 application was
-1.02 applications
-1.33 applied
-2.24 apply
-1.76 apply again
-0.57 apply for
0.53 applying
-0.57 appointed
-1.02 appointment
1.37 appointments
-0.55 appreciate
-1.02 appreciate hearing
-0.57 appreciate it
-0.57 appreciate knowing
0.53 appreciate that
-1.02 appreciate you
0.61 appreciated how
0.86 appreciated learning
0.86 appreciated you
1.37 appreciated your
-0.57 apprenticeship
2.98 approaches
-1.76 april
0.79 architect
1.37 architect role
1.37 architects
1.37 architecture
-1.67 are able
1.37 are hard
0.86 are keeping
0.86 are needed
1.37 are not
-0.57 are ready
2.22 are required
2.98 are still
2.98 are things
-1.33 are well
-0.57 area
-0.57 areas
0.86 arise
1.37 arise in
0.65 around
0.61 around the
-1.02 arrived
2.98 art
-0.82 as i'd
0.53 as i'm
-1.57 as it
-1.19 as my
1.37 as someone
-0.57 as that
2.01 as the
0.86 as we
0.59 as well
1.21 as you
-0.76 ask
1.37 ask for
0.86 ask if
1.37 ask only
-1.46 ask whether
-0.91 asked
-1.02 asked about
-0.75 asked for
1.37 asked how
-0.57 asked to
0.86 asked what
-0.57 asking you
1.37 asks
-1.76 assessment
-1.02 assessment centre
-1.19 assessment day
-0.82 assessors
-0.65 assistant
0.86 assistant manager
0.53 assistant position
-1.19 assistant post
-1.02 assistant role
1.37 associate
1.37 associate role
0.53 assume the
1.37 assumptions
1.37 at <n>
1.37 at al
2.22 at brightwater
1.37 at cedar
1.37 at crestline
0.86 at greyfield
1.37 at harrow
-0.57 at interview
1.37 at kestrel
0.86 at least
-1.33 at some
1.04 at st
2.98 at two
-1.99 attached
-1.19 attached the
0.59 attended
1.04 attended the
1.37 audit and
3.32 authority
-0.82 automated
-0.57 automation
0.86 available and
-0.57 available for
-0.57 available from
0.86 average
0.79 award
1.37 award for
2.47 awards
0.86 aware
-0.63 away
-0.82 away even
-0.57 away from
-0.57 away with
1.37 awkward
-0.57 back for
1.37 back of
0.86 back to
1.37 backend engineer
0.79 background
-0.57 background in
1.37 band
0.94 bank
2.98 bar
0.86 barely
1.37 barista
1.37 barista trainer
-0.57 based
0.86 bay
-0.82 be able
2.98 be an
1.37 be and
1.37 be any
1.37 be at
-0.57 be contacted
-0.82 be doing
1.37 be done
1.37 be flexible
2.98 be getting
-1.79 be grateful
-0.51 be happy
2.98 be hard
0.75 be honest
-0.57 be honoured
-0.82 be in
-0.57 be kept
1.37 be most
0.71 be part
1.37 be so
1.37 be something
1.37 be that
1.96 be the
1.37 be thrilled
-0.57 be useful
-1.02 be very
1.37 be well
-0.57 be willing
-0.82 be worth
0.53 became
0.85 because
0.83 because i
3.32 because it
1.37 because our
0.53 because the
0.53 been a
-0.57 been filled
-0.82 been offered
1.37 been ten
0.86 been the
-1.57 been thinking
-1.19 before
-1.57 before i
-2.06 before the
-1.67 before then
-0.57 before we
-0.82 beforehand
-0.57 beginning
-0.82 being open
1.37 being straight
1.25 believe
2.98 believe i
1.37 believe in
1.37 believe that
1.37 below
2.98 below what
1.37 bench
1.37 bengaluru
1.37 bengaluru and
0.5 best
-0.57 best part
-0.57 best regards
0.53 best to
0.59 best wishes
0.53 best with
1.37 between
2.98 between my
1.37 between the
2.98 between us
1.37 beyond
1.63 big
1.37 bigger
0.53 bless
1.37 block
1.37 board for
0.86 board's
2.98 boast
2.98 boast but
-0.57 booking
-0.57 bookkeeper
1.18 both
2.98 both know
1.37 both rounds
1.96 branch
2.98 branch operations
-0.57 brand
2.98 brendan's
-0.57 briefly
2.22 brightwater
2.98 brindle
1.65 bring
1.37 bring that
1.71 bring the
1.37 bringing
-1.02 brought
-1.02 build
0.59 building
1.37 builds
1.71 built
-0.66 business
-0.82 business analyst
-1.84 busy
-0.82 but i'd
0.86 but i'll
-0.57 but i'm
-1.02 but if
-0.82 but it
1.37 but the
-1.99 by <n>
-0.57 by a
-1.02 by friday
-1.19 by monday
1.37 by my
2.98 by name
-0.82 by now
-0.57 by phone
-1.19 by thursday
1.37 calculations
-0.57 calendar
2.98 calibre
-0.72 call
0.86 call me
-0.57 call on
0.86 call yesterday
0.53 called
0.92 calling
0.86 calling me
1.37 calling rather
2.98 calls
-1.02 came away
1.37 came close
0.53 came up
-0.75 campaign
2.98 campaigns
-0.82 can be
2.98 can bring
1.37 can continue
1.37 can imagine
0.86 can make
-0.57 can prepare
0.53 can provide
0.61 can see
-0.57 can share
1.37 can speak
-0.57 can take
-1.19 can't
1.37 candid you
1.14 candidate
2.98 candidate for
1.37 candidate in
0.53 candidates
1.37 candidates on
3.32 candidates you
0.86 cannot
1.37 capital
-0.57 cardiology
-0.82 care you
0.61 career
1.37 career and
1.37 career at
-0.57 careers
1.37 carefully
2.98 case i
-0.57 case it
-1.19 case it's
1.37 cedar
-0.82 cent
0.59 certain
-0.57 certificate
0.86 certification
0.79 chain
0.86 chair
-0.82 challenge
1.88 challenges
-0.5 chance
-0.57 chance of
-0.82 change
-1.33 changed
1.37 charities
1.11 chat
1.37 chat about
2.98 chat this
1.37 chat with
0.86 checking
0.88 checking in
1.37 checks
-0.57 chef position
0.53 chief
1.37 chief executive
-0.57 children's
-0.82 choice so
1.88 choosing
0.79 chosen
1.37 chosen another
1.37 churn
-0.82 claims
2.22 class
2.98 class at
1.88 cleaner
-0.57 clear picture
-1.19 clearer
2.16 client
2.98 client list
-0.57 client's
1.63 clients
-0.57 clinic
-0.96 clinical
-0.57 clinical research
-0.57 clinics and
1.37 close to
1.37 closed
-0.57 closer
-0.57 closer to
2.47 cloud
1.37 coaching
0.86 coastal
0.86 code
1.37 coding
1.04 coffee
-0.57 cold
-0.57 cold chain
-0.82 colleague
0.53 college
1.88 come across
2.98 come around
0.86 come through
-1.02 come up
1.37 comfortable
1.37 comfortable with
1.01 coming
1.88 coming from
2.98 commendation
-1.19 comments
-0.82 comments on
0.86 commissioning
1.37 committed
1.96 committee
-0.57 communicated
-0.57 communicated to
-0.57 communications
-0.51 community
0.53 community health
1.04 companies
1.37 companies and
0.53 company and
-1.02 company has
0.86 company i
0.53 company's
0.79 completed
-1.67 completely
-1.57 completely understand
-0.57 concrete
0.86 conference
1.37 confidence
2.01 confident
2.22 confident i
3.32 confident that
-0.96 confirm
-0.82 confirm by
-1.02 confirm that
-1.46 congratulations
-1.19 congratulations to
-1.02 connection
-0.57 connection dropped
-0.57 conservation
-0.57 conservation officer
0.53 consider
1.37 consider me
-0.57 considered again
0.59 considering
-0.57 considering me
-0.57 construction
1.37 consultant position
-1.02 consultation
-0.57 contact details
1.37 contact me
-0.57 contacted
1.37 context
-0.57 continue to
1.37 continuity
0.86 control
-0.57 controller
1.37 controls
-1.02 convenience
-0.82 convenient
1.04 conversation this
-0.82 conversation with
0.86 conversation yesterday
-0.57 conversations with
-1.02 convinced
1.37 cooling
0.86 coordinating
-0.69 coordinator
-1.33 coordinator position
1.37 coordinator post
-0.51 coordinator role
1.37 coordinators
2.98 copies
2.98 copies of
1.04 copy
0.53 copywriter
0.86 copywriter role
-0.57 correction
-0.57 corrib
-0.57 corvid
-0.82 cost
1.88 costs
-1.02 could be
2.98 could bring
-0.82 could do
0.86 could keep
1.37 could offer
1.37 could see
-2.12 could you
0.86 couldn't
0.86 couldn't help
0.59 council
0.86 count
1.37 counties
-0.57 counting
2.98 country
1.37 county
0.92 couple
0.92 couple of
2.98 courier
0.79 course i
-0.57 courtesy of
-0.57 covered
1.96 creative
2.98 creative awards
1.37 creative director
0.75 credit
1.04 credit risk
1.37 crestline
0.53 crew at
1.37 crew on
-1.02 cross again
2.98 cta
-0.57 culture
1.37 current account
0.86 current company
0.53 current employer
-0.82 current job
-0.82 current role
1.37 current site
-0.57 customer
-0.57 customer service
-1.02 customs
-0.57 customs compliance
-1.02 cycle
0.53 dashboard
0.79 data analyst
0.53 data engineer
-1.08 date
-0.57 date you
-0.57 dates
-0.57 day for
3.32 day one
-0.91 days
0.53 days since
1.37 deal and
-1.02 dear
-0.57 dear ms
-0.57 december
1.37 decide whether
-0.82 deciding
-0.82 decision about
-0.57 decision around
0.59 decision by
-0.57 decision has
-0.75 decision on
0.53 decision regarding
1.37 decision to
-0.82 decision was
-0.57 decision within
0.86 degree
1.37 deliberation
1.37 delivered
-0.82 delta
2.98 demand
0.5 department
1.37 department has
0.86 depot in
0.86 depth
-0.65 described
2.98 described as
-0.82 described is
-1.19 described the
1.21 description
1.12 description of
2.98 description was
-0.82 design engineer
-1.19 design team
-1.46 desk
1.37 desks
-0.57 detailed
0.53 details
2.98 details are
1.37 details on
0.92 developer
0.53 developer role
-0.57 development
1.37 devoted
1.37 devoted to
0.86 dhabi
1.37 dhabi on
0.53 did enjoy
0.86 didn't get
-0.57 difference
-0.57 difficult to
0.86 digital
0.86 dinner
1.37 diploma
0.86 direct
1.5 director
0.86 director of
2.98 director position
0.86 director role
0.59 disappointed but
-1.19 disappointed i
-0.82 discharge
0.86 discuss it
-0.75 discuss the
1.37 discussed in
0.53 discussed on
-0.57 discussing
-0.57 discussing the
0.75 discussion about
-1.02 discussion of
-0.82 dispatch
1.88 dissertation
-0.82 distribution
1.88 distributor
0.53 district
1.37 district cooling
1.37 do keep
-0.57 do next
1.01 do not
-0.82 do still
1.37 do the
1.37 do you
1.37 dock
0.53 document
1.37 document is
0.86 documentation
0.74 documents
1.88 documents are
-1.57 does
-1.19 doesn't
-0.57 doing
-0.57 doing and
-1.46 don't feel
-0.57 don't hear
0.53 don't think
-0.57 don't want
1.37 done
1.37 done at
2.47 doubt
1.88 doubt you
1.37 down from
-0.57 down the
1.04 down to
0.59 dr
0.86 drive
-1.19 drop
-1.46 dropped
1.37 durban
-0.82 during
-0.57 each month
2.98 each other's
-0.82 each stage
1.04 eager
1.04 eager to
-1.02 earlier
-1.19 earliest
-0.57 earliest convenience
-1.92 early
1.37 easy
1.37 easy to
1.37 editing
1.37 editor
1.37 editor role
0.86 editorial
1.37 editorial team
-0.82 effort
1.88 eight
0.86 eighteen
0.86 eighteen months
-2.12 either
-1.84 either way
-0.57 electrician
1.63 eleven
2.98 eleven years
0.66 else
1.88 else from
0.86 else in
1.04 else that
2.98 else will
0.59 else you
1.04 elsewhere
-1.1 email
1.37 emailing
-1.19 emails
0.53 emergency
-0.57 employees
0.86 encouraged
-0.75 end
-0.57 ended
-1.19 ends
-0.82 ends on
1.37 energy
-0.82 engagement
0.7 engineer
0.86 engineer position
0.86 engineer post
0.63 engineering
1.37 engineering team
1.96 engineers
1.17 enjoy
1.37 enjoy the
0.53 enjoyable
-0.57 enjoyed every
1.37 enquire
-0.57 enrolment
-0.66 enthusiastic
-0.66 enthusiastic about
-0.57 environmental
-1.5 especially
-0.57 especially after
1.37 especially enjoyed
-1.57 especially the
1.37 estate
-0.57 estates
1.37 ethics
1.88 european
-0.57 even
-0.82 even if
-1.19 even keener
-0.63 even more
1.37 even so
-1.02 evening
0.53 events manager
0.8 ever
-0.57 ever have
-0.57 every question
0.86 every week
-1.46 everything
-0.82 ewm
0.63 exactly the
-1.02 exactly what
-1.02 exam
-0.57 exam last
0.53 examples
0.64 executive
-0.57 exercise
1.37 exercise on
-1.02 exercise was
1.54 expansion
1.37 expansion into
1.37 expansion of
0.53 expect a
-0.57 expected
-0.57 expected to
-0.57 expecting
0.52 experience
1.37 experience and
-0.82 experience in
-0.57 experience of
2.98 experience than
1.37 experience will
0.53 explain the
-1.57 explaining
-0.57 explaining that
-1.02 explaining the
0.74 explanation
0.92 explanation of
0.86 extra
1.37 extra half
0.53 facilities
1.37 failures
1.37 fair bit
1.37 fair to
3.57 fairly
-1.84 family
0.92 far
1.88 fascinating
2.98 fascinating and
1.37 fast
2.98 favour
1.88 features
-1.76 february
-1.16 feedback
-0.75 feedback on
1.37 feel a
-0.82 feel the
0.79 feel very
1.12 feeling
1.37 feeling i
3.32 feelings
2.98 feelings at
-1.19 fell
-1.02 fell short
1.37 festival
-0.57 few days
-1.19 few minutes
-0.66 field
1.37 fieldwork
2.22 fifteen
3.32 fifteen years
1.37 figures
1.37 fika
1.37 fill
1.37 fill in
-0.57 filled
-1.73 final
-1.57 final interview
-0.57 final round
-0.57 finally
0.55 finance
1.88 finance director
-0.57 finance team
1.37 financial
1.68 find
1.37 find a
3.32 find anyone
1.37 find it
1.12 finds
0.79 finds you
0.59 fine
1.71 finished
1.37 finished the
2.98 finishing
-1.84 firm
-0.57 firm and
1.37 firms
-1.67 first choice
0.86 first ninety
1.37 first of
2.98 first quarter
1.04 first year
-0.82 fits
-0.57 five weeks
1.37 five years
1.88 fixed
0.59 fleet
1.37 flexible
0.53 flood
1.37 flood risk
0.92 floor
1.37 floors
0.53 flow
-0.79 follow
-0.61 follow up
-0.64 following
-0.82 following my
-0.57 following our
0.53 following the
-0.52 following up
1.37 footbridge
-0.57 for <n>
-1.33 for an
-2.39 for any
-1.02 for anything
-0.57 for around
0.86 for but
0.79 for calling
-1.02 for explaining
1.37 for four
1.88 for friday's
0.53 for getting
2.98 for giving
0.53 for having
-0.57 for how
0.95 for interviewing
1.37 for introducing
0.53 for inviting
0.86 for it
-0.52 for letting
1.37 for more
-0.89 for my
-0.82 for nothing
-0.57 for on
-0.57 for organising
0.53 for our
1.37 for receiving
-0.82 for running
0.86 for seeing
1.37 for senior
0.59 for showing
-1.02 for similar
-1.33 for speaking
-0.57 for such
-1.02 for telling
2.98 for themselves
1.11 for this
1.37 for three
0.53 for thursday's
1.37 for today
0.53 for tuesday's
1.37 for twelve
1.63 for walking
-1.02 for which
0.75 for you
0.53 forecasting
1.37 forgot
1.37 forgot to
0.86 form
1.88 former
-0.57 fortnight
1.37 forty
1.37 forum
-1.57 found
-0.82 found the
-0.57 found your
0.86 foundation
0.86 four years
0.86 fourth
1.37 frank
1.96 frankly
1.37 frankly i
1.37 freelance
-1.19 friday <n>
-0.57 friday about
-0.82 friday and
0.53 friday for
0.86 friday i
1.88 friday's
0.53 friendly
0.75 from a
-1.99 from another
2.98 from day
0.72 from me
1.17 from my
-0.57 from our
2.98 from recruiters
2.98 from scratch
0.86 from two
-0.57 from what
0.86 from where
2.98 from zero
0.53 front
1.37 front office
0.86 full picture
1.37 fuller
1.37 fuller picture
-2.06 fully
-0.57 fully respect
-0.82 fully understand
1.37 fun
1.37 fund
1.37 fundraising
0.6 further
1.88 further details
1.37 further document
1.63 further documents
0.86 further information
1.37 further to
1.37 further you
-0.82 future i
-1.02 future openings
1.37 future opportunities
1.12 future roles
0.86 future vacancies
0.53 gap
1.37 gardens
-0.6 gave
1.37 gave a
-0.82 gave me
-0.57 geelong
0.53 general
0.86 general manager
1.37 generous
1.37 gently point
0.86 genuinely excited
-0.57 genuinely useful
-0.82 get a
-0.57 get back
1.37 get it
1.37 get started
0.86 get the
1.37 gets
1.23 getting
0.86 getting back
-0.63 give
0.86 give my
-0.82 give you
-0.63 given
1.88 given that
-1.02 given the
-0.57 given to
1.37 giving
2.98 giving me
1.37 go live
1.37 go through
1.37 goals
0.53 god
0.53 god bless
1.37 goes
-1.13 going
-0.57 going to
-1.02 going well
-1.19 gone
-0.57 gone well
1.37 good luck
0.53 good news
-0.82 good start
1.17 good to
-0.57 good way
1.37 good weekend
0.53 got a
1.37 got the
0.53 government
1.37 grade
1.37 graduate planner
0.53 graduate trainee
2.98 graduated
0.53 grant
-1.46 grants
-0.57 grants coordinator
-0.57 grants officer
-1.06 grateful
-1.09 grateful for
-0.66 grateful to
1.37 great to
1.17 greetings
0.86 greetings and
1.37 greetings of
1.88 grew
0.86 greyfield
1.71 ground
1.37 ground running
-0.73 group
-0.57 group and
-1.02 group exercise
-0.57 group's
0.53 grow
0.86 growing
0.53 growth
1.37 growth marketing
1.37 gst
1.37 gst reconciliation
-0.82 guessing
0.53 guest
1.37 guidance
0.64 had a
1.88 had attended
-1.02 had been
-0.57 had clearly
-0.57 had gone
1.37 had heard
-0.82 had hoped
-0.82 had in
0.53 had the
2.98 had three
0.53 had to
0.53 hadn't
0.53 halden
0.59 half
1.37 half hour
1.04 hand
0.86 handed
0.79 handled
1.37 hands
0.79 hands on
0.53 happen
1.37 happens
1.37 happens in
0.53 harbour
1.37 harbourline
0.77 hard
3.32 hard feelings
-0.57 hard not
1.88 harder
0.86 harlow
1.37 harrow
-0.57 has a
2.98 has actually
-0.82 has come
1.37 has led
2.98 has never
-0.82 has now
-0.57 has offered
-0.57 has said
-0.57 has stayed
2.98 has struggled
0.86 has to
2.98 has worked
-0.57 hasn't
-1.02 hate
-0.57 hate for
-0.57 haulage
1.37 have already
1.37 have also
-1.19 have an
-1.19 have asked
-1.02 have attached
1.88 have built
0.86 have chosen
1.37 have come
1.88 have done
-0.82 have had
0.86 have handled
1.37 have i
1.37 have liked
0.86 have made
2.98 have managed
-1.02 have not
1.37 have probably
0.53 have reached
-1.33 have received
1.37 have run
-0.57 have saved
1.37 have since
-0.82 have spent
0.59 have the
0.53 have them
1.96 have thought
1.37 have time
-0.57 have to
2.98 have trained
1.37 have turned
-0.57 have wanted
0.53 have worked
1.37 haven't had
-1.19 haven't heard
1.07 having
0.53 having me
1.37 having met
1.37 he
2.98 he has
0.89 head
1.11 head of
1.37 headlines
1.37 health officer
-0.57 hear back
0.86 hear good
0.59 hear how
-1.33 hear it
0.86 hear the
3.32 hear where
-0.96 heard
-1.19 heard anything
0.76 hearing from
0.53 held on
-0.68 help
-1.33 help me
0.86 help noticing
-0.57 help your
-1.02 helped
-2.06 helpful
-0.57 helpful for
0.86 here is
1.37 hesitate
1.37 hesitate to
2.98 hesitation
1.04 high
2.47 higher
1.37 higher executive
2.98 higher standard
3.32 highest
1.37 hindsight
1.17 hire
-0.57 hiring
1.37 hit
1.37 hit the
0.83 hold
1.37 hold the
1.37 holder
-0.57 holding things
-0.82 holidays
0.86 honest
1.37 honest feedback
0.86 honest i'm
-0.57 honest with
0.86 honestly
2.98 honestly be
0.86 honestly i
1.71 honesty
1.37 honesty about
-0.57 honoured
-0.57 hope i
1.37 hope it
-0.82 hope our
1.04 hope that
-0.57 hope things
0.6 hope to
-0.74 hope you
-0.82 hope you'll
-0.61 hope you're
-0.66 hope your
0.53 hoped for
-1.92 hoping
-0.82 hoping for
-1.02 hoping to
1.37 hospitality
1.11 hotel
-1.19 hours
-0.75 housing
1.37 how candid
1.37 how clearly
1.37 how it
0.53 how my
-0.57 how open
0.86 how openly
-0.82 how things
-1.67 how your
1.37 humbly
1.37 hundred
-0.82 hurry
-0.82 i accept
0.53 i answered
-1.19 i applied
0.7 i appreciated
-0.57 i are
-0.82 i attended
1.37 i believe
-1.14 i came
-0.82 i can't
-1.57 i completely
0.86 i couldn't
-0.96 i did
0.86 i didn't
2.84 i doubt
0.53 i especially
0.53 i expect
0.53 i expected
0.86 i feel
1.37 i find
1.37 i forgot
-1.33 i found
-1.33 i fully
1.04 i gave
0.86 i genuinely
1.37 i get
2.98 i graduated
1.37 i hadn't
2.47 i hold
1.37 i hoped
-2.43 i interviewed
-1.57 i just
1.88 i keep
-1.67 i learned
-0.57 i learnt
0.61 i left
1.04 i liked
0.71 i look
0.75 i loved
0.59 i may
0.61 i mention
-0.75 i mentioned
0.53 i met
0.59 i must
-0.57 i particularly
-0.57 i passed
-0.82 i prepared
1.37 i ran
-0.82 i realise
1.37 i rebuilt
3.32 i reckon
1.37 i respect
-0.82 i said
-1.02 i saw
0.86 i see
0.53 i sent
0.53 i simply
1.37 i sit
-0.82 i stand
-0.66 i still
1.37 i suppose
1.37 i suspect
1.48 i think
-1.14 i thought
1.37 i told
-0.57 i took
0.92 i trust
-0.72 i understand
-0.57 i very
-0.51 i want
-1.02 i wasn't
-0.57 i went
-0.73 i will
-0.96 i wish
1.37 i wonder
-0.57 i wrote
-0.82 i'd appreciate
2.98 i'd bring
1.37 i'd expect
-0.82 i'd hate
2.98 i'd honestly
1.37 i'd imagine
-1.19 i'd just
-1.02 i'd like
0.57 i'd love
1.88 i'd most
-0.57 i'd much
0.75 i'd really
1.37 i'd take
-0.82 i'd very
-0.82 i'd welcome
1.37 i'll assume
-0.82 i'll give
2.98 i'll leave
0.53 i'll need
-0.57 i'll take
2.22 i'm confident
-0.57 i'm disappointed
2.98 i'm excited
1.37 i'm genuinely
-0.57 i'm grateful
-0.57 i'm guessing
-0.57 i'm happy
1.37 i'm in
1.37 i'm just
-1.02 i'm keen
-0.63 i'm not
1.37 i'm rather
1.04 i'm really
-0.57 i'm renewing
-1.33 i'm sorry
1.37 i'm taking
1.06 i'm very
-1.08 i'm writing
0.86 i've already
-1.19 i've attached
1.96 i've had
1.37 i've kept
0.53 i've received
1.37 i've run
1.37 i've started
0.86 idea
0.86 idea of
-2.29 if a
1.83 if any
-0.75 if anything
-2.12 if it
-1.02 if it's
-0.57 if not
0.86 if something
-0.96 if that
-0.51 if there
1.17 if there's
-0.82 if your
1.04 imagine
0.86 imagine the
1.37 implementation
-0.57 improve
2.47 in <n>
-0.57 in about
0.86 in abu
1.37 in all
1.37 in and
1.37 in any
1.37 in bengaluru
-0.82 in case
1.37 in detail
-1.02 in early
0.86 in for
0.59 in future
1.37 in high
1.37 in hindsight
1.37 in hotel
-0.57 in it
-0.57 in march
0.86 in may
0.6 in my
0.71 in on
-0.57 in one
0.79 in person
-0.57 in september
1.37 in this
2.98 in three
1.37 in turkana
1.37 in twenty
1.37 in under
-0.82 in working
-1.02 inbox
1.37 included
2.22 including
1.37 including a
1.37 independent
2.98 industry
1.88 infrastructure
2.98 infrastructure lead
2.98 institute
-0.57 insurance
0.86 intake
1.37 intend
1.37 intend to
-2.06 interest
-1.19 interest in
-0.57 interest of
1.96 interested to
0.59 interesting
0.53 internal
2.98 internships
2.98 internships and
-0.57 interview from
1.37 interview held
-1.02 interview me
1.71 interview of
-0.82 interview so
-1.02 interview this
-1.02 interview was
-0.82 interview with
0.75 interview yesterday
-0.99 interviewed
-2.18 interviewed for
0.86 interviewed on
-0.82 interviewed with
-0.82 interviewer
0.71 interviewing
0.95 interviewing me
1.04 interviews and
-0.57 interviews for
1.37 into it
0.75 into the
1.04 introducing
1.37 introducing me
-0.82 inventory
1.37 invitation
1.37 invited
0.53 inviting
0.53 inviting me
-0.57 involve
-0.82 involved
-0.57 is all
-0.57 is already
-0.57 is any
0.53 is anything
1.37 is coming
-1.57 is exactly
1.37 is fair
-0.57 is genuinely
-1.02 is going
1.37 is good
1.37 is hard
-1.19 is my
-0.75 is not
-1.33 is now
-0.57 is one
1.37 is only
1.37 is regarding
2.98 is required
0.86 is simply
1.71 is something
-0.89 is still
1.37 is taking
2.16 is that
-1.14 is the
-1.46 is there
0.53 is well
0.86 is what
0.53 is where
1.37 is worth
-1.67 isn't
-0.82 isn't possible
2.98 issues
-0.57 it a
-0.82 it again
1.37 it all
1.37 it as
1.37 it because
-0.57 it but
1.37 it came
1.37 it for
0.86 it further
-1.02 it had
-0.57 it helps
-0.57 it if
-0.82 it isn't
-1.46 it made
1.37 it meant
-1.19 it might
-0.82 it only
1.37 it says
0.86 it seemed
0.86 it seems
1.37 it should
1.37 it so
1.37 it up
3.32 it will
-0.61 it would
-1.19 it's
-1.33 it's a
0.86 it's exactly
-1.19 it's useful
-0.57 item
-0.51 its
-0.82 its own
0.59 itself
0.53 january
0.53 jebel
0.53 jebel ali
1.88 job description
0.86 job in
-0.57 job is
1.37 join and
0.73 join your
-0.57 joined
0.86 july for
-0.82 june
1.37 june at
0.53 june for
-0.73 junior
-0.57 junior accountant
-0.57 junior copywriter
1.37 junior data
1.37 just as
1.63 just checking
-0.82 just let
0.86 just need
-0.57 just rather
-0.57 just so
-1.02 just wanted
-0.57 kaveri
-0.55 keen on
-1.46 keener
-0.57 keener on
-0.57 keener to
-0.57 keep following
-0.57 keep in
2.98 keep it
-0.57 keep my
0.86 keep this
-0.57 kept in
1.37 kestrel
1.37 kind about
-0.57 kind email
-0.57 kindly keep
2.22 kindly let
0.86 kindly note
0.79 kitchen
-0.82 know by
-0.57 know either
0.86 know how
1.63 know i
1.1 know if
-0.57 know my
0.86 know these
1.04 know what
0.61 know where
-0.57 know whether
-1.46 know you
-1.02 know your
-1.19 knowing
0.53 known
0.63 lab
0.79 laboratory
0.53 laboratory technician
-0.57 labs
1.88 lagos
2.98 lagos and
3.32 lane
-0.57 language
0.79 large
2.98 larger
-1.02 last <n>
-0.57 last friday
1.37 last month
0.86 last three
-0.82 last thursday
1.37 later than
-1.19 latest
0.86 launch
2.98 launched
0.76 lead
0.61 lead role
0.86 leader position
0.86 leadership
1.37 leadership team
-0.57 learn
-1.99 learned
-1.33 learned a
-0.57 learning how
-0.82 learnt
-0.82 learnt a
-0.57 lease
1.12 leave
-0.57 leaving
1.37 lecturer
1.11 led
1.37 led the
-1.02 leeds
-0.82 left a
-0.82 left even
1.37 legal
1.37 lending
0.53 let
0.56 let me
0.53 letter of
-0.56 letting
-0.54 letting me
2.14 level
1.37 level i
-1.57 library
-1.19 library assistant
-0.57 licence
2.98 licences
-0.82 life
0.79 like a
1.37 like and
1.37 like exactly
0.86 like i
0.86 like me
3.32 like mine
1.01 liked
0.86 liked what
3.32 line and
1.88 lines
-1.02 link
-1.33 linkedin
0.74 list
0.53 list and
-0.57 listed
1.37 live in
1.37 live up
0.86 load
0.53 local
-0.57 localisation
-0.82 log
0.53 logistics coordinator
-0.57 logistics planner
-0.57 look at
0.54 look forward
1.37 look like
-0.57 looked at
0.53 looking
-0.57 looking at
1.96 looking for
2.98 looks
-0.82 lost
-0.87 lot
-1.33 lot from
-0.82 lot to
0.54 love
0.7 love to
0.75 loved
0.92 loved hearing
0.86 lovely to
0.86 luck with
0.86 lucky
0.86 lucky to
2.98 lumen
0.86 lunch
0.53 m
1.37 made a
-1.02 made it
-1.08 made me
-1.19 mail
0.86 main
-0.82 mainly
-0.57 maintenance
1.37 make myself
0.53 make sure
1.37 make this
-1.02 makes
1.37 malm
1.37 malm and
1.88 managed
1.37 management accountant
0.76 manager
0.86 manager has
1.37 manager job
1.81 manager position
-1.02 manager post
0.86 manager vacancy
1.04 managing
1.37 managing a
1.37 mansoori
0.84 many
3.32 many of
1.37 many times
0.86 mapping
-1.46 march
-1.33 march and
0.86 marina
0.53 marine
0.92 market
0.99 marketing
1.04 marketing coordinator
0.53 marketing executive
2.98 marketing manager
1.37 markets
-0.57 marlow
-0.57 marlow finch
1.88 marsh
2.98 marsh lane
2.98 master's
-1.19 match
2.98 matched
1.37 maternal
1.37 maternal health
2.22 matters
2.98 matters more
-0.57 may have
1.37 may informing
0.86 may not
1.88 maybe
2.98 mba
-0.68 me a
-2.06 me about
1.37 me across
-1.19 me an
0.61 me and
2.98 me apart
1.71 me as
0.53 me at
1.04 me by
-0.82 me during
-1.46 me even
-0.57 me forward
0.79 me i
2.22 me if
1.37 me is
0.59 me of
0.5 me on
-0.57 me out
-0.57 me over
1.37 me round
0.86 me so
-0.82 me such
0.79 me that
1.37 me through
0.89 me to
1.37 me want
1.88 me well
-1.19 me with
-1.33 mean
-0.57 mean a
1.04 means
0.86 means a
1.37 means i
-0.57 meant to
-1.19 meantime
-0.57 mechanical
1.37 media
0.53 medical
0.86 medicine
0.71 meet
-1.46 meet the
1.88 meet you
1.37 meeting everyone
1.37 meeting other
-0.72 meeting the
0.53 meeting with
-0.57 meeting you
-0.57 meets
0.76 mention
2.98 mention all
0.53 mention this
1.37 mentioned a
1.37 mentioned i
2.98 mentioned is
-0.57 mentioned so
-0.66 mentioned that
0.53 mentioned you
-2.29 message
-1.19 message about
-0.57 message and
-0.82 met on
1.37 met the
-0.57 microbiome
-0.82 mid
2.98 might come
-0.57 might help
-1.19 migration
2.98 migrations
-0.57 million
1.37 mind and
0.61 mind for
-0.57 mind me
2.84 mine
-1.19 minutes
-0.82 minutes at
-0.57 minutes late
1.04 missed
1.37 mix
1.04 modelling
1.37 mombasa
2.22 monday about
1.37 monday for
-0.57 monday to
1.37 month and
-0.57 monthly
0.55 months
2.22 months and
-0.82 more certain
-0.57 more detail
0.86 more eager
1.37 more experience
-1.33 more interested
0.53 more senior
1.11 more than
2.98 more to
1.37 morning about
-1.02 morning and
0.53 morning for
-0.57 morning to
1.37 morning's
0.92 most
0.86 most interesting
0.59 most like
1.37 move to
-1.46 moved
-0.57 moved on
-1.92 moving
1.37 mrs
-0.57 much about
-0.57 much and
1.12 much of
-0.82 much prefer
0.53 much rather
1.37 much the
1.37 must say
0.53 my answers
0.86 my background
0.86 my best
-0.57 my congratulations
-0.57 my connection
0.86 my details
1.88 my dissertation
1.71 my experience
-1.19 my family
-1.02 my final
1.37 my former
-0.57 my inbox
-1.19 my interest
0.92 my last
-0.57 my lease
2.98 my level
0.86 my list
-0.57 my name
2.98 my only
1.01 my own
-1.02 my part
0.53 my partner
-0.57 my phone
0.79 my portfolio
1.04 my present
0.53 my presentation
0.86 my profile
2.98 my qualifications
2.98 my real
1.37 my sharpest
1.12 my side
2.98 my team
-1.33 my thanks
2.98 my track
0.86 my two
0.86 my week
2.22 my work
0.86 my year
0.64 myself
1.37 myself available
1.37 nairobi
0.86 name and
2.98 named
1.37 names
1.88 national
-0.82 naturally
0.86 nd may
1.37 nebosh
-0.82 need a
1.04 need anything
0.92 need from
1.88 need someone
0.53 need your
1.37 needed from
-0.57 network
1.01 never
-0.57 new community
2.98 new distributor
0.53 new hire
1.37 new starters
1.37 newly
-0.82 news
0.86 news and
0.53 news i
-0.57 news was
1.37 newsroom
0.53 next month
1.37 next opening
-0.57 next round
-0.82 next stage
0.57 next steps
-1.19 next time
1.37 nice
-0.57 night
-0.57 night shift
1.37 nine
0.86 ninety days
1.37 no doubt
3.32 no hard
-0.57 no is
-0.82 no need
1.37 no one
1.37 nobody has
0.86 noor
1.12 northern
2.98 northern creative
1.37 northern states
1.37 northgate
1.37 not a
-0.57 not asking
-0.57 not been
-0.57 not convinced
1.71 not have
-0.57 not heard
1.37 not hesitate
1.37 not need
-0.82 not possible
1.37 not selected
1.37 not successful
-1.19 not sure
0.79 not want
-0.78 note
0.86 note that
1.37 notes on
-1.57 nothing
-0.66 notice
-1.02 notice period
0.92 noticed
0.86 noticing
1.37 noticing that
-1.33 november
-0.52 now
0.53 now and
-0.57 now so
-0.57 now that
0.53 numbers
0.53 nurse position
0.86 nurses
-0.57 nursing
1.37 oak
1.37 obvious
1.37 occasion
-0.75 october
1.37 october for
1.37 of a
-0.57 of an
1.37 of any
1.37 of assistant
0.53 of being
-0.57 of candidates
-0.57 of care
0.86 of finance
-0.82 of four
-0.57 of future
2.98 of hands
-1.02 of last
-0.82 of me
0.8 of my
1.37 of myself
-0.57 of news
1.37 of people
1.37 of place
-0.57 of procurement
1.37 of recruiting
2.98 of senior
1.12 of that
1.37 of them
1.37 of these
1.37 of things
1.17 of this
1.37 of those
1.37 of three
0.53 of time
-1.02 of us
0.86 of weeks
1.37 of what
-1.02 of why
-0.82 of work
-1.02 of you
1.06 of your
-1.02 off the
-0.57 off to
2.98 off your
-0.82 offer and
1.37 offer by
-1.99 offer from
-0.66 offered
-0.57 offered a
-1.02 offered me
1.37 offers
1.37 office and
1.37 office in
2.22 office manager
-0.57 office on
0.53 officer position
-0.57 offshore
0.92 often
-0.57 old
-0.57 older
-0.67 on <n>
-0.57 on a
-0.57 on and
-0.57 on call
1.37 on day
0.86 on every
0.79 on file
0.63 on friday
1.37 on getting
-0.82 on hold
-1.19 on it
0.86 on joining
-0.82 on linkedin
0.53 on monday
-1.19 on our
1.88 on reflection
1.88 on regional
-0.57 on saturday
2.98 on sepsis
-0.82 on site
0.86 on sunday
1.21 on that
0.53 on timing
-1.67 on where
-0.87 on your
0.59 onboarding
-1.02 once more
1.37 once you
0.86 oncology
-1.19 one i
0.86 one i'd
2.98 one is
1.37 one of
0.86 one on
-0.57 one small
0.86 one system
0.53 one thing
-0.82 one way
1.37 one year
-0.82 online
0.73 only
1.04 only because
1.37 only mention
1.88 only one
0.86 onto one
-0.51 open
-0.57 open i
0.53 open up
0.53 opened
-0.82 opening in
-1.33 openings
-1.02 openings in
1.88 openness
2.98 openness about
-0.68 opens
2.22 operation
-1.19 operations analyst
-1.02 operations coordinator
0.79 operations manager
2.98 operations officer
1.37 operations supervisor
0.53 opportunities
-0.57 opportunities with
1.37 options
1.88 or elsewhere
-0.57 or no
-1.19 or the
-0.82 organisation and
-0.57 organisation's
1.37 organisations
-1.46 organised
-0.82 organised day
-0.57 organising
1.37 oskar
3.32 other applicants
1.99 other candidates
2.98 other's
-0.57 otherwise i
-0.57 our call
-0.57 our chat
1.37 our conversations
-1.57 our discussion
-0.82 our first
-0.57 our interview
-1.02 our paths
1.37 our regional
1.37 out at
1.37 out for
0.86 out that
1.88 out to
-1.53 outcome
-0.57 outcome but
-0.57 outcome of
1.37 outdoor
0.86 outreach
-1.19 over a
1.37 over lunch
1.37 ownership
0.75 p
0.75 p s
1.88 pace
-0.57 packaging
-1.19 page
2.98 paid
2.98 pair
2.98 pair of
0.86 pairing
-1.02 panel and
1.37 panel devoted
0.86 panel for
-0.57 panel gave
-0.57 panel has
-0.57 panel interview
-0.57 panel on
0.59 panel's
1.88 paper
1.37 paperwork
-0.82 paralegal
-0.57 part i
-0.57 part was
-1.5 particularly
-0.57 particularly on
1.37 partnerships
1.37 partnerships role
1.37 parts
1.37 parts of
-0.96 pass
-1.19 pass my
-0.82 pass on
-1.46 passed
-0.57 passed the
1.37 past few
0.86 patel
-1.33 paths
-0.82 paths cross
-0.57 patience
0.86 payroll administrator
1.37 payroll officer
0.86 pearl
0.65 people
-1.19 per
-0.82 per cent
0.86 percent
0.53 performance
2.98 performing
1.04 perhaps
1.37 perhaps i
-1.19 period
1.37 permit
1.37 permit me
0.65 person
0.86 person made
-1.84 phone
-0.57 physiotherapist
1.37 pick
0.53 picked
1.37 picked up
-0.57 piece
1.37 pilot
1.04 pipeline
1.37 pitch
-0.57 placed
-0.57 placed on
-0.82 placement
3.32 plain
-0.61 plan
-0.82 plan my
-0.57 plan to
1.04 planned
1.37 planned for
-1.02 planner
-1.02 planner position
-1.33 planner role
-1.46 planning
-0.82 planning my
-0.57 planning officer
0.64 plans for
1.37 plate
-0.57 platform
0.53 platform team
1.04 please do
-1.46 please don't
1.37 please give
0.79 please let
-1.46 please pass
-0.57 please thank
1.12 pleasure
1.37 pleasure to
1.37 podcast
-0.57 point i
0.53 point out
1.37 point to
-0.57 points
-0.57 policy adviser
1.37 policy team
0.86 politely
1.37 pool
1.37 pop
-1.19 portal
0.63 portfolio
-0.95 position at
0.75 position in
-0.82 position is
0.79 position on
1.37 position opens
1.37 position we
0.86 position with
2.98 position yesterday
0.86 positions
1.37 positive
-1.02 possibility
-1.02 possibility of
-1.02 possible
1.37 possible yet
-1.67 post and
-0.82 post comes
-0.57 post has
1.37 post of
0.86 post opens
-0.82 postdoctoral
1.37 power
-0.82 practical
-1.67 practice
1.37 preparation
-1.33 prepare
-0.57 prepared for
-0.57 preparing
1.12 present
-0.82 presented
1.37 press
-0.57 pressure
0.86 pressures
0.59 pricing
1.37 pricing team
1.37 primary
0.86 priorities
-0.57 priority
2.98 prize
1.37 probably
1.37 probably tells
0.61 problem
1.37 problems
-0.84 process
-1.76 process and
1.37 process engineer
0.86 process with
-0.82 processes
1.37 procurement lead
0.86 procurement officer
1.37 producer
1.37 producer role
0.53 product
-0.82 product designer
0.86 product team
1.37 professor
0.74 profile
-0.57 profile in
0.92 program
-0.82 programme and
0.86 programme at
-0.57 programme you
-1.02 progress
0.86 project i
1.37 projects
2.98 promise
2.98 promise you
-0.57 promised
1.04 proper
-0.57 property
1.37 protection
1.37 protocols
0.73 provide
1.37 provide any
0.79 provide anything
0.53 provide references
0.86 published
0.86 pune office
1.37 push
2.98 qualifications
1.37 qualified
1.37 quality
0.86 quality engineer
0.86 quantity
0.86 quantity surveyor
1.12 quarter
0.53 question
1.96 question about
0.86 question and
-0.57 question on
1.37 question the
0.53 questions about
1.37 questions on
-1.84 quick
0.99 quickly
2.98 quickly and
0.86 quiet
0.86 radio
2.98 raise
1.17 ran
1.37 ran for
-0.57 range
0.86 rare
1.88 rate
-0.57 rather have
-0.57 rather know
1.37 rating
-1.76 reach
-1.33 reach a
-0.57 reached the
-0.57 reached you
-0.82 read
0.61 reading
0.86 ready to
0.82 real
2.98 real weakness
-1.02 realise
1.37 realised
1.37 really did
0.53 really enjoyed
1.37 really interested
1.37 really like
1.37 really love
1.37 really valued
0.79 reason
-0.57 reasonable
-0.57 reasons
1.37 rebuilt
1.37 rebuilt the
-0.82 receive
-0.82 received a
-1.46 received an
2.98 received the
1.37 receiving
1.37 receiving me
0.79 reception
-0.57 receptionist
3.57 reckon
2.98 reckon i'd
3.22 record
2.98 record in
2.98 record like
3.32 recruiters
0.86 recruiting
-1.33 recruitment
1.37 recycling
-1.19 redesign
-1.19 reduced
-1.02 reference
-0.57 references or
1.37 references whenever
1.37 reflection
-0.57 reflects
0.53 refreshing
-0.57 refreshing my
0.86 regard
-0.82 regards
1.96 region
1.94 regional
2.98 regional sales
1.37 registrar
1.37 regret
-0.57 relations
0.53 relationships
0.86 relaunch
-0.57 release
1.37 reliability
1.37 reliability engineer
0.86 reliable
1.37 remain available
-1.33 remain interested
-0.57 remain keen
-1.57 remains
-1.19 remains my
1.88 remember
1.37 remember me
1.37 reminded
1.37 reminded me
0.53 reminder
1.88 renewal
-0.57 renewing
-1.61 reply
-0.57 reply by
-0.57 reply this
-0.57 replying
0.59 reporting
-1.46 reports
-0.82 reports to
1.37 reps
-1.67 request
-1.02 request you
0.86 require
2.16 required
2.98 required from
-0.82 requirements
0.55 research
0.86 research assistant
0.86 research software
-1.02 researcher
-0.57 reserve
1.88 residency
1.37 resolved
-0.57 respond
-0.57 restoration
1.88 restructuring
-1.08 result
0.86 result of
1.63 results
1.37 retention
1.37 return
1.37 return to
1.88 returns
1.37 returns flow
0.86 revenue
-1.92 review
0.79 reviews
1.37 riding
0.53 right person
1.37 right this
-1.02 ring
1.37 risk
2.98 risk analyst
-0.82 riverside
-0.57 role appeals
0.53 role as
-0.82 role but
1.04 role comes
-0.57 role especially
1.04 role feel
-1.67 role i
-1.33 role is
-1.46 role opens
-0.57 role so
1.37 role this
-0.57 role we
0.59 role which
-0.57 role would
1.37 roles at
0.86 roles in
0.79 rollout
0.86 room
1.37 room and
2.98 rooms
-1.02 rota
0.86 rotterdam
-0.57 rough
-1.19 roughly
0.86 round and
1.04 round the
1.37 round was
1.37 round with
-0.57 rounds
-0.57 route planning
0.53 run
1.37 run a
-0.57 run the
1.37 run this
0.99 running
1.88 running and
-1.19 runs
0.53 rush at
0.61 s
0.86 s i
-0.57 sad
0.92 safety
2.98 safety record
1.37 said about
1.37 said my
1.37 said she
1.04 said the
1.37 salary
1.37 sales
2.98 sales manager
1.37 sales role
0.6 same
2.98 same day
0.86 samples
-0.57 sap
-0.82 saturday
1.88 save
1.37 save us
-0.82 saved
1.88 savings
0.55 say
1.37 say about
1.71 say i
1.37 say it
0.63 say that
1.37 say the
-0.82 saying
1.96 says
2.98 says something
3.32 scale
2.98 scale of
-0.57 schedule
1.12 scheme
2.98 scorecard
0.79 scores
0.86 scores and
1.37 scores for
1.37 scoring
2.98 scratch
-1.02 screening
0.86 season and
-0.57 seasonal
-0.75 second interview
0.53 second year
-0.57 section of
1.37 see that
-0.57 see where
1.37 see why
0.86 seeing me
0.64 seeing the
0.79 seemed
1.88 seemed to
0.53 seems
1.37 seems to
0.92 seen
-0.57 seen the
0.53 selected
-0.57 selection
-1.19 send a
-0.57 send anything
-1.02 sending
1.09 senior
-1.02 senior accountant
-1.76 sense
-1.33 sense of
-0.57 sent you
1.37 sepsis
-0.82 september
-2.18 service
-0.57 service team
-0.57 services
-0.82 session with
0.74 set
2.98 set out
0.86 set up
0.86 settled
1.37 setup
0.86 seven
1.04 several of
1.37 shah
-0.57 shall
-0.82 shame
-0.91 share
-1.19 share any
-0.57 share one
0.53 share the
-0.82 shared
1.37 sharpest
1.37 she
2.98 she had
0.86 shift supervisor
-0.57 shifts
1.37 shipments
-0.57 shipping
1.37 shop
-0.76 short
-1.33 short note
3.57 shortlist
0.53 should a
1.37 should be
-1.19 should have
1.04 should mention
0.86 should say
1.37 should the
-0.57 show me
0.75 showed
1.04 showed me
0.92 showing
0.59 showing me
1.37 shows
0.53 side of
1.37 sign
0.86 signed
-1.19 silence
-1.57 similar
-0.57 similar post
-1.02 similar role
-1.02 similar roles
1.37 simple
0.63 simply
-0.57 simply wanted
1.37 since i
-0.82 since my
-1.02 since our
-1.19 since the
-0.57 since then
1.37 sincerely
1.96 single
1.37 sit
1.37 site reliability
-0.57 site visit
-0.82 six months
0.86 six years
2.98 sleep
-0.57 slot
-0.82 slow
0.53 small update
-0.82 so a
0.86 so far
0.53 so i'd
-0.82 so i've
-1.02 so if
-0.57 so it
1.37 so kind
-0.57 so my
1.37 so perhaps
-1.33 so please
0.86 so quickly
1.37 so straightforward
0.86 so there
1.37 so this
-1.46 so you
0.74 software
0.53 software engineer
-0.57 soil
-0.57 soil microbiome
1.88 some of
-1.19 some point
0.86 some time
0.98 someone
2.98 someone to
1.96 someone who
1.96 someone with
1.88 something about
0.86 something i
0.86 something suitable
0.86 something to
1.37 sometimes
-1.19 sooner
-0.89 sorry
-0.57 sorry it
-0.57 sorry not
-0.82 sorry to
2.22 sort
2.98 sort of
1.88 sound
1.04 sounds like
0.79 sous
1.37 south
0.53 spare
1.06 speak
0.86 speak again
2.98 speak for
0.59 speak with
-1.67 speaking
-1.57 speaking with
1.37 specialist hospital
-0.57 speed
-0.57 spend the
-2.24 spent
-0.82 spent most
-1.02 spent with
1.37 spirit
1.37 spirit of
0.53 splits
-0.57 spoke i
-1.33 spoke on
1.37 spot
1.37 spreadsheets
1.37 sql
0.75 st
2.98 st brendan's
-0.82 staff
-1.02 staff nurse
-2.34 stage
-1.19 stages
1.37 stakeholders
2.98 stand when
2.33 standard
2.98 standard than
1.04 stands
-0.53 start
-0.82 start date
1.37 start my
1.37 starters
0.86 starting
1.37 state
1.37 states
0.86 station
0.63 status
0.75 status of
1.04 step
1.88 step down
1.37 step for
2.98 step in
-0.57 steps whenever
-0.82 still be
1.37 still consider
1.37 still i'd
-0.82 still interested
-1.19 still keen
1.04 still like
-0.82 still love
-0.82 still my
-0.57 still open
-1.19 still really
-0.57 still waiting
-1.02 still want
-0.57 stopped
1.12 store
1.37 store manager
-0.57 stores
1.37 story
1.17 straight
1.88 straight with
1.04 straightforward
1.37 straightforward about
-0.57 strategist
-0.57 strategist role
2.33 strategy
1.88 strategy associate
0.86 street
-0.57 strengthen
1.37 stretched
0.59 strong
-1.02 stronger
2.47 strongest
2.98 strongest candidate
0.86 structural
1.37 structural engineer
1.37 structure
2.98 struggled
2.98 struggled with
0.86 struggling
-0.57 stuck
0.92 student
1.04 students
-0.57 study
-0.57 subject re
0.94 subject thank
1.37 submission
1.37 submit
-1.46 success manager
1.88 success role
0.86 success with
-1.08 such
-1.33 such a
-1.46 such as
1.37 suggest
-0.57 suit me
1.37 suitable comes
1.04 suite
-0.57 suits the
1.37 suits you
-0.82 summary
-0.82 summer
0.86 sunday
-1.02 supervisor position
2.98 supplement
0.53 supplier
-0.57 suppliers
1.37 supply chain
-1.02 supply planner
1.37 support team
1.37 support the
1.37 support your
0.53 supports
1.37 suppose
0.59 sure the
0.79 sure you
1.37 sure you'll
-0.57 surgery
-1.02 surprise
1.37 surprised
0.86 surveyor role
1.37 suspect
1.37 suspect it
2.98 suspect the
1.37 system and
1.37 system so
1.37 systems and
0.55 take
2.98 take a
-0.82 take it
1.37 take on
0.86 take that
1.37 take the
1.37 take this
1.37 take up
1.04 taken
-0.57 taking a
2.98 taking this
-1.14 talk
-0.82 talk through
0.53 talked
0.53 talked about
-1.02 task
0.53 tasting
-0.57 tasting menu
2.98 taught
1.88 tax
0.86 tea
0.59 teaching
1.88 team every
-0.82 team hoped
-0.82 team i
1.37 team last
-0.82 team of
1.37 team on
-0.82 team so
0.86 team splits
1.37 team that
0.86 team through
1.04 team was
1.37 team works
0.53 team would
-0.57 team you
1.37 teams
1.37 technician post
1.37 tell them
-1.02 telling
-1.02 telling me
1.88 tells
2.98 tells you
0.86 ten days
-0.57 ten minutes
1.37 tenancy
1.88 tend
1.88 tend to
1.37 term goals
1.04 territory
-2.12 test
-1.02 test and
-1.33 th and
1.37 th july
0.53 th june
0.86 th march
1.37 than emailing
1.37 than i
1.37 than me
1.88 than most
1.96 than the
0.86 than you
-1.19 thankful
-0.82 thankful for
1.37 thanking
1.37 thanking you
0.79 thanks and
1.37 thanks very
-1.19 that a
0.86 that after
3.32 that as
1.37 that by
0.53 that candidates
-0.82 that date
0.53 that experience
2.98 that floor
1.37 that for
1.37 that he
1.37 that helps
0.86 that i'd
1.37 that i'm
0.86 that i've
-1.19 that in
-0.57 that isn't
1.37 that means
-0.82 that might
1.59 that my
1.37 that no
1.37 that our
1.37 that person
2.98 that problem
1.88 that said
-0.55 that the
-0.82 that this
1.37 that to
-1.46 that was
-0.82 that way
-0.57 that week
2.98 that went
1.88 that with
-1.19 that work
0.99 that you
-1.84 that's
-1.16 the <n>
1.37 the aarhus
1.04 the accounts
2.98 the advertised
1.37 the advertisement
-0.82 the analytics
-1.19 the assessment
-0.57 the assessors
1.37 the associate
0.86 the back
-0.82 the backend
1.37 the backlog
0.86 the band
0.53 the bank
1.37 the barista
0.95 the best
3.57 the big
0.86 the board's
0.86 the branch
0.86 the budget
0.86 the building
1.37 the candidates
-0.57 the care
1.37 the chair
1.37 the challenges
-0.72 the chance
1.63 the chat
1.88 the choice
-0.82 the claims
2.98 the client
-0.57 the client's
-0.82 the clinical
-0.57 the coffee
1.37 the college
-0.57 the coming
2.22 the committee
-0.57 the communications
-0.57 the company
0.53 the company's
-0.57 the consultation
-0.57 the content
1.37 the continuity
-0.57 the council
0.86 the county
1.37 the course
0.53 the courtesy
1.04 the credit
-0.82 the customer
-0.57 the customs
-0.82 the date
1.21 the department
-0.57 the desk
1.37 the director
0.53 the discussion
1.37 the editorial
-0.53 the end
1.37 the ethics
1.37 the european
-0.82 the executive
2.22 the expansion
-0.57 the experience
1.37 the extra
0.53 the facilities
0.86 the festival
-0.57 the field
1.37 the figures
1.37 the fika
-1.46 the final
0.63 the finance
1.37 the financial
-1.02 the firm
0.53 the fleet
2.98 the frank
0.86 the front
1.37 the full
1.37 the fundraising
-0.66 the future
1.37 the gap
0.61 the graduate
1.37 the grant
-1.19 the grants
2.22 the ground
1.37 the growth
0.86 the harbour
1.37 the head
1.37 the higher
3.32 the highest
-0.57 the highlight
1.37 the honest
-0.57 the hospital
1.37 the hotel
-0.82 the housing
-1.02 the hr
-0.57 the interest
1.37 the internal
0.53 the interview
-0.57 the interviewer
0.53 the interviews
-0.82 the inventory
0.86 the jebel
-0.78 the job
-2.18 the junior
1.37 the laboratory
-1.67 the last
-0.57 the latest
2.98 the lead
0.86 the learning
1.37 the lecturer
-0.82 the leeds
2.98 the level
-1.19 the library
1.37 the local
0.86 the main
0.86 the management
0.86 the marina
1.37 the market
-1.19 the meantime
-0.82 the migration
1.88 the modelling
1.37 the mombasa
0.53 the moment
1.52 the most
0.59 the move
1.37 the names
1.37 the national
0.79 the northern
-1.02 the offer
0.86 the onboarding
0.86 the oncology
3.94 the only
1.37 the open
1.37 the opening
1.07 the other
-1.38 the outcome
1.88 the pace
0.59 the panel's
-0.57 the paralegal
-0.57 the part
1.88 the people
-1.02 the person
-0.57 the phone
1.37 the pipeline
-0.57 the portfolio
-0.82 the possibility
-0.57 the postdoctoral
-1.19 the practice
0.86 the problems
-1.53 the process
0.86 the program
0.53 the public
0.79 the quality
1.37 the quantity
1.37 the reception
1.37 the record
1.96 the region
1.83 the regional
1.37 the registrar
1.37 the relaunch
-0.89 the result
2.98 the results
0.53 the retail
1.37 the returns
0.79 the room
0.86 the rotterdam
2.98 the scale
0.86 the science
-0.57 the screening
-0.57 the selection
0.86 the senior
0.86 the session
-0.57 the silence
-0.57 the soil
2.98 the sort
-0.82 the sous
1.37 the spirit
-1.02 the staff
1.88 the standard
-1.19 the start
0.75 the status
0.53 the store
2.22 the strategy
3.57 the strongest
0.53 the student
-1.67 the summer
-1.02 the supply
1.37 the support
-0.57 the surgery
-0.57 the system
1.37 the take
-1.57 the technical
-1.02 the test
0.59 the three
1.04 the top
0.86 the trust
-1.84 the two
1.37 the unit
1.37 the usual
1.88 the very
-0.82 the video
0.79 the visit
-1.02 the volunteer
-0.82 the ward
0.63 the way
2.98 the weekly
-0.57 the wetland
-0.57 the wider
-0.57 the winter
-0.66 the work
-1.02 the workshop
-0.82 the written
1.88 the yard
1.04 the year
-0.57 the youth
1.04 their first
2.47 themselves
-2.6 then
-0.82 then i
-0.82 there any
1.37 there are
1.37 there will
1.37 there's anything
-0.57 there's news
-1.19 there's no
-0.82 they are
-1.19 they have
-0.57 they were
1.37 thin
1.37 thing i
1.37 thing that
-1.67 things are
2.98 things i
0.74 things stand
1.37 things take
-0.82 things up
1.18 think
0.75 think i
1.37 think i'd
2.67 think it
1.37 think my
-0.82 think of
1.88 think that
1.37 think the
1.37 think there
3.32 think we
3.32 think you
-0.57 thinking
-1.33 third
-1.19 thirty
1.37 this at
1.88 this finds
-1.14 this is
1.01 this job
0.86 this long
1.17 this month
1.37 this morning's
2.98 this not
1.37 this occasion
0.53 this only
1.04 this opportunity
1.37 this point
1.37 this position
2.98 this round
0.86 this spring
1.37 this to
-0.82 this was
-0.57 this week
1.12 this year
1.88 thoroughly
0.59 those
1.88 thought about
-1.19 thought i'd
-0.57 thought of
0.53 thoughtful
2.98 thousand
0.72 three
1.37 three priorities
-0.57 three rounds
-1.19 three weeks
1.37 thrilled
1.37 thrilled to
0.86 through how
0.86 through it
-0.57 throughout the
-0.82 thursday <n>
-0.57 thursday about
1.37 thursday and
0.59 thursday for
-1.02 tickets
-0.57 tidy
-0.73 time and
-0.57 time especially
-0.82 time i
1.37 time i've
0.53 time on
-0.57 time so
0.86 time the
1.37 time was
1.37 time with
0.53 time yesterday
-1.33 timeline
0.86 timeline for
-0.57 timeline i
1.37 times that
0.59 timing
0.53 title
1.14 to a
1.04 to accept
1.37 to admit
-2.12 to apply
-1.02 to ask
0.53 to attend
2.98 to boast
-0.57 to build
0.53 to call
1.37 to chat
-0.57 to close
0.59 to come
0.86 to contact
-1.19 to contribute
0.61 to decide
-0.57 to email
0.53 to expect
0.53 to explain
1.57 to find
-0.57 to fit
-0.57 to give
1.37 to grow
-0.57 to kindly
1.37 to leave
-0.66 to let
1.37 to live
-1.02 to look
0.79 to meet
1.04 to mention
0.74 to my
-0.57 to pass
-1.02 to plan
1.37 to politely
0.86 to provide
1.37 to put
-1.57 to reach
-1.19 to reply
-0.57 to rush
1.88 to save
2.98 to set
-1.02 to share
-0.57 to someone
2.98 to step
1.04 to support
1.21 to take
-0.82 to talk
1.37 to thank
0.53 to that
0.59 to the
1.37 to think
1.37 to walk
-0.82 to whoever
0.83 to you
-0.57 today about
1.37 today and
1.88 together on
0.57 told
1.37 told me
0.99 too
-0.82 too much
-0.66 took
-0.57 took a
-0.57 tool
1.37 top
1.63 top of
2.98 topped
-1.57 touch and
1.88 touched
0.86 tough
0.57 tour
-0.57 towards
1.37 track
2.98 track record
1.37 tracking
1.37 trade
1.37 train
2.22 trained
2.98 trained more
0.59 trainee
1.37 trainer
0.59 training
1.37 transition
1.37 treating
1.37 treating you
-1.02 trial
1.37 trials
0.53 tried
1.37 tried to
-0.82 trouble
0.57 trust
0.86 trust and
0.86 trust this
1.37 trustees
-0.57 try again
2.16 tuesday about
-1.02 tuesday to
0.53 tuesday's interview
1.37 turkana
1.37 turn
1.04 turned
0.86 turned down
0.75 twelve
1.37 twelve months
1.37 twelve years
0.92 twenty
-0.57 twenty minutes
-0.75 twice
1.37 two hundred
2.98 two internships
-0.82 two interviews
0.79 two of
1.04 two years
-1.06 understand
-1.76 understand if
-1.57 understand that
-1.76 understand the
-0.82 understand what
0.53 understand you
-0.57 unit and
1.37 university
-0.66 until
-1.19 until <n>
2.98 unusual
-0.57 up again
2.98 up an
1.37 up by
-0.57 up close
1.04 up for
0.86 up i
0.86 up i'd
1.12 up in
-0.55 up on
1.37 up to
-0.82 up with
1.37 upcoming
-1.39 update
0.53 update and
-2.43 update on
0.86 update since
-0.57 update would
-0.82 update you
-1.02 updated
-0.57 updated timeline
0.53 upfront
-0.57 upfront about
1.37 ups
1.57 used
1.37 used a
3.32 used to
-1.02 useful and
0.74 useful to
1.37 uses
0.53 usual
1.37 usually
-0.82 ux
0.53 vacancies
-0.51 vacancy
-0.57 vacancy at
-1.57 value
-0.57 value any
1.37 valued hearing
1.37 valued the
0.86 venue
1.37 very eager
0.63 very excited
2.98 very few
-1.84 very glad
-0.57 very helpful
1.04 very real
-1.19 video interview
0.86 view
0.86 vine
-1.02 visa
-0.57 visits
-0.57 volume
-1.46 volunteer
1.37 volunteers
-0.57 waiting for
1.04 walk
-0.57 walked
1.63 walking
1.71 walking me
-0.57 walkthrough
0.79 want the
-0.57 want to
-0.57 wanted you
1.37 wanting
1.04 wants
0.86 wants to
-1.19 ward
2.98 warehouse operations
-1.02 warehouse supervisor
2.98 warehouses
-0.82 warm
-0.82 was actually
1.37 was also
0.53 was disappointed
-0.57 was ever
0.86 was exactly
1.88 was fascinating
1.12 was good
1.37 was great
0.86 was happy
-0.57 was helpful
-0.82 was hoping
-0.82 was in
1.37 was just
-0.57 was kind
1.37 was like
-0.57 was made
0.74 was not
1.04 was on
-0.57 was one
1.88 was so
1.05 was the
-1.02 was told
1.63 was useful
-1.67 wasn't
1.37 water
-0.55 way
-0.82 way or
0.53 way the
-0.82 way you
3.32 we both
-0.57 we were
3.32 weakness
2.98 weakness is
1.88 weaknesses
0.53 wednesday and
1.37 wednesday for
0.86 wednesday to
-0.62 week
-0.82 week about
-0.57 week of
1.37 week since
-1.33 week so
0.53 weekend
0.86 weekend so
1.88 weekly
-0.76 weeks
-1.19 weeks and
-1.33 weeks since
1.37 weighing
-1.19 welcome
-0.82 welcome any
-1.02 welcome hearing
-0.51 welcome the
0.79 well and
0.86 well at
-1.02 well organised
1.37 well over
0.86 well run
-0.57 well with
1.37 went so
-0.63 were
1.37 were about
0.86 were not
-0.57 wetland
3.32 what a
1.37 what else
-0.57 what i
-0.82 what it
0.53 what it's
1.37 what my
0.86 what they
-1.57 whatever
2.98 when it
-1.57 when we
0.53 when you
1.37 whenever it
-1.02 whenever there's
-1.33 whenever you
1.37 where i'd
-1.02 where my
2.98 where to
-0.89 whether
-1.33 whether i'm
-0.57 whether it
-0.57 whether my
-0.57 whether something
-1.02 whether there
0.53 whether there's
1.37 which probably
-0.89 while
-0.57 while i'm
1.37 while waiting
-0.57 whiteboard session
1.2 who
1.37 who can
3.57 who has
1.37 who would
0.64 whole
0.86 whole process
0.86 whole team
1.37 whom
-1.02 why
-1.57 why i
0.86 why it
-0.82 wider
0.83 will
1.5 will be
2.98 will find
1.63 will have
-1.02 will keep
1.37 will not
1.37 will still
0.86 will take
-0.82 willing
-0.82 willing to
-0.57 wind
-0.57 wish the
0.86 wish to
0.86 wish your
0.59 wishes
0.86 wishing
0.86 wishing you
1.37 with all
-0.57 with another
1.37 with each
2.98 with fifteen
-0.82 with interest
-0.57 with it
1.92 with my
0.86 with real
1.37 with some
-0.87 with your
-0.82 withdraw
-0.63 within
-0.82 within a
2.98 within my
-1.46 within the
1.37 without any
2.98 without me
3.32 won
0.8 won't
0.86 won't be
0.59 wonder
1.37 wonder whether
-1.02 wondering
-1.02 word
0.59 words
-0.82 work and
2.98 work at
-1.19 work i
-0.66 work on
-0.82 work out
0.61 work with
-0.82 work you
1.01 worked
1.37 worked with
0.86 worker
-0.91 working
-0.57 working at
-0.57 working days
0.86 working on
-0.57 working through
-1.19 workshop
1.37 worry
0.63 worth
0.86 worth the
0.53 would also
-1.84 would appreciate
1.37 would approach
1.37 would bring
1.88 would expect
0.53 would gently
-0.82 would hear
-0.73 would help
0.71 would love
-1.19 would mean
-0.82 would most
-0.82 would much
-1.02 would need
1.37 would only
-0.82 would rather
1.37 would say
0.59 would still
-0.57 would value
-0.82 would welcome
-0.82 would you
1.37 wrap
1.37 wrap up
0.59 write
0.86 write to
0.53 writer
-0.55 writing
-1.84 writing about
-0.57 writing regarding
-0.57 written
-0.82 written offer
-0.57 wrote
1.12 yard
-0.82 year and
0.53 year i
1.37 year's
1.23 years
1.04 years and
3.57 years at
1.71 years i
0.86 years in
-0.82 years of
3.57 years running
-1.02 yes
-1.02 yes or
0.52 yesterday
1.06 yesterday for
-0.82 you about
-0.78 you are
1.37 you as
-0.57 you at
-0.82 you be
0.86 you before
0.53 you but
-0.82 you by
-0.57 you confirm
0.75 you could
-2.29 you described
1.37 you do
-0.82 you don't
0.53 you ever
-1.02 you expect
-1.19 you gave
0.86 you hoped
-1.46 you if
1.88 you in
-0.57 you just
-1.46 you let
2.98 you make
-1.02 you may
1.37 you might
0.59 you need
-0.57 you on
0.86 you once
1.17 you said
1.37 you saw
0.53 you showed
1.04 you soon
0.86 you taking
1.37 you the
-0.57 you told
-0.82 you took
0.86 you want
1.37 you what
1.49 you will
2.22 you won't
1.37 you would
1.11 you'd
3.57 you'd be
0.86 you'd like
-0.57 you'll think
-0.87 you're
-1.02 you're able
-0.57 you're doing
-0.57 you're well
0.59 you've
2.98 young
0.53 your account
1.37 your answer
-0.82 your call
-0.57 your colleague
1.37 your colleagues
1.88 your company
1.37 your consideration
1.37 your description
-0.82 your earliest
-0.57 your end
0.53 your explanation
-0.57 your file
-1.02 your help
1.88 your honesty
0.86 your lab
1.37 your leadership
-0.82 your mail
-1.19 your message
0.53 your new
-0.57 your note
2.98 your openness
-0.57 your patience
-1.46 your planning
2.98 your plans
2.98 your plate
0.53 your pune
1.37 your question
-0.57 your reply
-0.57 your role
3.32 your shortlist
1.37 your story
-0.74 your team
-1.57 your timeline
-0.66 your week
0.53 your work
1.04 yours
0.53 youth
2.98 zero
""",
)
