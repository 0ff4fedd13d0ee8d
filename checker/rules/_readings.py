"""The readings of tone, learned from tests/corpus/tuning/ by scripts/train_readings.py: do not edit."""

from checker.rules._reading import Reading

BLAME = Reading(
    16.58,
    """\
-0.98 <n>
-1.32 <n> <n>
-0.56 <n> a
1.39 <n> april
-1.01 <n> february
-1.18 <n> may
0.88 <n> nd
-0.56 <n> november
-1.01 <n> october
-0.56 <n> rd
-0.81 <n> september
-1.4 <n> th
0.54 <n> to
3.33 a bit
-0.81 a busy
0.54 a call
1.39 a chance
1.39 a clear
3.0 a company
0.88 a couple
3.0 a day's
-1.12 a decision
1.64 a fair
1.39 a family
0.64 a few
3.0 a free
3.0 a friendly
2.34 a full
0.54 a highlight
-0.81 a line
-1.44 a moment
-0.56 a more
1.05 a no
1.39 a note
3.0 a panel
0.54 a pleasure
3.59 a presentation
1.9 a proper
-1.56 a quick
0.8 a role
-0.56 a rough
-0.56 a senior
0.88 a shame
1.15 a short
-1.75 a similar
0.54 a single
-1.18 a small
0.88 a surprise
0.6 a team
1.39 a telephone
1.39 a third
3.0 a three
3.0 a two
-0.56 a very
1.39 a week
1.39 a well
1.39 a written
-0.56 a yes
-1.07 able
-1.07 able to
-0.81 about a
1.9 about any
2.18 about future
0.8 about how
-0.65 about next
1.39 about something
-0.57 about the
-0.81 about two
1.9 about what
0.63 accept
-0.56 accept it
1.9 accept the
-0.56 account director
0.88 account executive
-0.56 account of
1.39 accountant interview
1.39 accountant position
-0.81 accountant role
1.39 accounts and
-0.81 acquisition
-0.95 across
1.39 across as
1.72 actually
3.0 address
0.88 administrator
0.88 administrator role
1.39 admirer
1.39 admirer of
1.39 admit
1.72 admit i
1.39 admit the
2.24 advert
-0.81 advertised
1.39 adviser
0.91 after
1.9 after a
1.39 after all
3.0 after four
1.59 after the
3.0 after three
-1.44 afternoon about
0.88 afternoon and
0.54 again and
-0.97 again for
0.54 again in
-0.56 again on
1.39 agency
-1.01 ago
-0.56 ahead
1.39 all about
-0.56 all came
0.88 all i
1.14 all the
1.39 all three
1.39 all your
3.0 allow
1.05 almost
1.39 almost half
0.54 along
0.88 alongside
1.39 alongside your
1.39 already
1.39 already and
-1.12 also
-0.56 also appreciated
-0.56 although
-1.15 am
-0.56 am a
1.39 am certain
-0.56 am confident
-0.81 am disappointed
-1.18 am following
-1.18 am happy
1.39 am in
-0.56 am keen
0.54 am sure
-1.18 am the
-2.93 am very
-1.01 am writing
0.88 ambitious
3.0 amount
3.0 amount of
-1.32 an answer
1.39 an explanation
1.39 an eye
1.39 an hour
-0.81 an offer
-0.81 an update
-1.26 analyst
-1.01 analyst position
1.39 analyst post
-1.27 analyst role
0.88 analysts
0.54 analytics
1.39 analytics team
-0.81 and <n>
1.39 and a
-0.56 and about
-0.81 and again
1.9 and cut
-0.81 and enjoyed
-1.44 and happy
-0.81 and have
1.39 and hear
-0.81 and hearing
1.39 and honestly
-1.91 and hope
-1.44 and i've
1.39 and if
1.39 and learning
1.39 and left
-1.12 and look
-0.81 and mr
-0.56 and ms
3.0 and nobody
-0.56 and on
1.05 and please
0.54 and remain
0.54 and that
2.24 and then
0.54 and they
-0.56 and thought
-0.56 and wanted
0.88 and what
3.0 and when
0.54 and your
3.0 announced
1.39 annual
-0.5 another
1.39 another analyst
1.39 another coordinator
-0.81 another firm
1.39 another position
1.39 answer about
-0.56 answer any
-1.18 answer by
1.39 answered
1.64 answers
1.39 answers on
-0.67 any
-1.01 any feedback
-1.66 any further
-1.83 any news
-0.56 any of
1.39 any other
0.77 anyone
-1.66 anything further
1.9 anyway
0.88 apart
0.88 app
-0.81 appeals
-0.81 appeals to
1.39 applicants
0.56 application
1.39 application and
1.39 application for
3.0 application was
0.54 applications
1.9 applied
0.77 apply
1.05 apply again
0.88 applying
1.05 appointment
1.39 appreciate knowing
0.54 appreciate the
-0.56 appreciate you
-1.11 appreciated
-1.01 appreciated how
-0.56 appreciated learning
-0.56 appreciated the
-1.18 appreciated your
-1.01 approach
1.39 april
-0.56 architect
-0.58 are
-1.18 are able
-1.01 are well
-2.33 around
-1.01 around the
1.9 arrived
3.0 arrives
0.54 as an
1.39 as i'd
0.54 as i'm
1.05 as it
-0.56 as my
1.39 as requested
1.14 as the
1.39 as this
-1.32 as you
3.0 aside
3.0 aside i
1.39 asked to
1.05 asking
1.72 assessment
1.39 assessment centre
1.9 assessment day
-1.23 assistant
-0.56 assistant position
-1.18 assistant post
0.54 assistant role
-1.18 associate
0.88 assume the
1.05 at a
3.0 at before
-0.81 at brightwater
1.39 at corvid
0.88 at greyfield
1.39 at least
-0.56 at st
1.05 at this
0.77 attached
1.39 attached it
-0.56 attached the
1.9 attend
1.9 attend the
-0.81 attended
-0.56 attended the
-1.32 audit
-1.01 august
3.33 automated
3.0 automated message
-1.32 autumn
-0.81 available
-0.56 award
-1.01 awards
0.88 aware
-0.81 away
-0.56 away even
-0.56 away from
0.54 backend
0.54 background
-0.81 backlog
-1.01 bank
-1.18 be a
-0.81 be able
-0.64 be glad
1.98 be honest
1.9 be kept
1.39 be open
1.39 be possible
0.54 be thrilled
-1.44 be useful
-1.27 be very
-0.56 be willing
1.39 be worth
1.39 bear
1.9 became
0.88 because the
-0.56 been a
-1.18 been about
1.9 been filled
1.39 been made
-0.56 been offered
0.88 been the
-1.01 been thinking
0.52 before
0.6 before i
1.56 before the
-1.44 before then
1.39 before we
3.0 beforehand
1.9 beginning
0.59 being
-0.56 being open
1.14 being so
-1.01 below
3.0 best of
1.9 best to
1.39 best with
0.63 better
-0.81 big
1.39 bigger
1.39 billing
2.18 bit
1.39 bit of
0.54 board
-0.56 bookkeeper
1.08 both
3.0 both a
1.39 both know
1.39 bother
0.88 brand
0.8 brief
3.0 briefed
1.39 brightpath
-0.81 brightwater
-1.83 bring
-0.81 bring that
1.39 bristol
-0.56 brought
1.05 budget
-0.81 build
0.54 building
1.39 builds
-1.01 built
-1.44 business
-0.56 business analyst
1.39 but i'd
-0.56 but i'll
0.54 but if
-0.56 but the
-0.59 by
-1.56 by <n>
-0.65 by friday
-0.81 by monday
0.88 by phone
-0.56 by thursday
1.39 calendar
0.67 call
-0.56 call me
-0.56 call on
0.54 call this
1.39 call to
1.39 call yesterday
0.88 called
-0.81 calling
0.54 came across
1.39 came as
-0.56 came away
1.39 came through
0.88 came up
0.88 can be
1.9 can do
-0.56 can make
-0.81 can provide
0.94 can see
-1.01 can send
0.88 can share
-0.56 can speak
1.39 can take
1.39 can understand
1.64 can't
3.0 can't help
0.88 candid
1.53 candidate
3.0 candidate experience
1.39 candidate in
1.0 candidates
1.39 candidates know
1.39 candidates to
-0.81 candour
-0.56 candour about
-1.18 care
-0.81 care you
-1.32 career
-0.81 case it's
0.6 case study
0.54 centre
-0.81 certain that
0.54 chain
-0.81 challenge
1.39 changed
1.39 charity
1.39 chasing
-2.28 check
-2.28 check in
-1.36 checking
-1.23 checking in
-0.81 chef
-0.56 chef position
0.88 chief
1.39 chief executive
-1.91 choice
-0.56 choice and
-0.56 choice so
0.88 choosing
1.9 chosen
-0.56 churn
-0.81 claims
-0.56 cleaner
0.77 clear
0.54 clearer
0.94 clearly
-1.32 client
0.88 client's
-1.18 clients
0.5 clinical
1.39 clinical coordinator
-0.56 clinical research
-0.56 clinics
1.39 closely
1.39 closer
1.39 closer to
-1.01 cloud
0.88 coastal
0.88 code
-0.56 coffee
1.9 colleague
-0.56 college
-0.56 come across
-0.81 come in
1.39 come to
-0.81 come up
0.54 comes
0.54 comes up
0.8 coming
1.39 coming back
1.39 comments
1.39 comments on
-0.56 committee
-0.56 communications
-0.65 community
1.39 community health
-0.81 companies
-0.56 company has
1.39 company's
-0.81 completed
-1.32 completely
-1.32 completely understand
-0.56 compliance
-0.56 conference
-0.56 confident i
0.88 confirm by
0.8 confirmed
1.39 confirmed how
1.05 congratulations
1.39 congratulations on
0.88 congratulations to
-0.81 connection
-0.56 conservation
-0.56 conservation officer
3.0 consider
-0.56 consideration
0.57 considered for
-1.18 considered if
0.8 considering
0.88 considering me
1.9 construction
1.39 consultant
1.39 consultant position
-0.81 consultation
1.05 contact
-1.18 content
-1.32 continue
-0.81 continue the
-1.01 contribute
-0.81 contribute to
-0.81 convenience
-0.74 conversation
-0.85 conversation about
-1.01 conversation on
-1.01 conversation this
1.9 conversation with
-1.01 conversations
0.88 convinced
-0.56 coordinating
-0.56 coordinator post
-0.81 copy
-0.81 copywriter
-0.56 copywriter role
1.9 corvid
1.39 corvid labs
1.39 costs
1.39 could do
1.64 could have
1.39 could offer
1.39 could see
-1.66 could you
1.39 couldn't
1.39 couldn't help
-0.56 course but
-1.01 course i
1.39 course in
1.9 courtesy
1.39 courtesy of
1.39 covered
3.0 covers
1.39 creative director
-1.01 credit
-0.56 credit risk
0.8 crew
0.88 crew at
1.39 crew on
0.54 cross again
1.9 culture
-2.42 current
-0.56 current employer
-0.56 current job
-0.56 current role
0.88 customer service
0.5 customer success
0.8 cut
3.0 cut me
0.8 cv
-0.81 cycle
0.54 dashboard
-1.18 data analyst
0.88 data engineer
0.88 date
1.39 date you
0.88 day
1.9 day and
-0.56 day one
3.0 day the
1.39 day was
3.0 day's
0.66 days
1.39 days after
0.88 days since
0.8 dear
1.39 dear hiring
3.0 debrief
-0.56 december
-0.81 decide by
-0.56 decision about
1.39 decision and
-1.32 decision by
1.39 decision has
1.9 decision was
-0.81 decisions
1.39 degree
1.39 delay
1.39 deliberation
0.8 depot
0.57 described
1.39 described and
1.39 described the
3.0 described to
0.77 description
-0.81 description of
1.39 description was
3.0 deserve
1.05 design team
0.63 designer role
-0.56 desk
-1.32 developer
-0.56 developer role
-0.56 development
1.66 did
2.24 did enjoy
-0.56 didn't get
0.77 different
0.88 difficult
0.6 directly
-0.88 director
-0.56 director of
-0.56 director role
-0.81 disappointed but
-0.81 disappointed i
-0.81 disappointed of
-0.56 discharge
-1.01 discuss
-0.73 discuss the
-0.73 discussed
-0.56 discussing
-0.56 discussing the
0.65 discussion
-0.81 discussion about
1.39 discussion especially
1.39 discussion of
-0.56 dissertation
-0.56 distributor
1.17 do
1.39 do hope
0.54 do keep
0.88 do next
1.39 do not
1.9 do still
0.54 do the
-1.32 documents
-0.56 documents are
1.98 does
1.39 doesn't
1.39 doesn't work
0.88 doing well
0.57 don't
-0.56 don't hear
0.88 don't think
-0.56 don't want
1.39 done
-0.56 doubt you
1.39 down the
0.54 dr
-0.56 drive
-1.01 drop
-0.81 dropped
0.54 during the
1.9 each stage
-0.81 earliest
-0.56 earliest convenience
-0.81 easier
-0.81 editor
1.9 effort
0.88 eight
1.39 eight years
0.88 either
0.77 either way
-0.56 electrician
0.88 else from
0.88 else in
-0.81 else that
-0.56 elsewhere
1.16 email
0.64 email and
0.8 emails
0.88 ends
-0.56 energy
1.39 engagement
-0.67 engineer
0.88 engineer post
-0.65 engineer role
0.77 engineering
1.39 enjoy
3.0 enjoy meeting
1.39 enjoyed every
-1.44 enjoyed learning
0.65 enjoyed meeting
-0.65 enjoyed our
-1.75 enthusiastic
-1.75 enthusiastic about
1.39 entry
-0.56 environmental
1.39 especially the
1.39 estate
0.88 estates
-0.64 even
0.88 even a
0.88 even if
-0.81 even keener
-1.83 even more
0.88 events manager
1.03 every
3.33 every question
0.88 every success
1.14 everyone
1.14 everything
0.59 exactly
1.39 exactly that
1.05 exactly what
-0.56 examples
0.88 exercise was
1.39 expect a
-1.44 expect to
2.49 expected
1.09 experience
3.0 experience than
1.39 expires
1.39 expires on
1.05 explain
-0.56 explain the
-1.18 explaining
-0.56 explaining that
1.39 eye
1.39 eye on
-0.56 facilities
1.39 fair
3.0 fair amount
1.05 family
-1.18 far
1.39 fault
-0.56 features
-1.18 february
0.82 feedback
0.93 feel
3.33 feel the
-0.81 feel very
0.54 feeling
-0.56 fell
1.39 felt
1.39 fenwick
0.54 festival
-0.56 few days
-0.81 few minutes
-1.32 field
1.39 fill
1.39 fill in
1.9 filled
1.0 final
1.9 final interview
1.19 final round
1.39 final stage
1.39 finalist
0.88 finally
-0.95 finance
1.39 finance assistant
-0.56 finance director
-0.56 finance team
1.98 finding
-0.56 fine
-0.56 finished
0.88 firm and
1.39 firms
-1.32 first choice
0.88 first ninety
3.0 first twenty
-1.32 fit
-0.81 fits
1.22 five
1.9 five weeks
1.39 five years
1.39 flag
1.39 flag that
0.54 floor
0.88 flow
1.39 followed
-0.67 following
-0.81 following up
0.54 foods
1.39 foods has
1.39 for all
-1.75 for any
1.39 for anything
1.22 for being
-0.56 for calling
-0.81 for explaining
-0.56 for friday's
1.23 for future
1.39 for getting
-0.56 for having
1.05 for informing
-1.83 for interviewing
-0.56 for it
1.15 for letting
0.88 for me
-1.66 for meeting
-1.56 for my
1.39 for nothing
3.0 for other
-0.56 for our
-0.56 for seeing
-0.81 for showing
1.9 for similar
-0.72 for taking
-0.81 for telling
-1.66 for this
-1.01 for walking
1.72 for what
0.67 for your
-0.56 forecasting
1.9 form
-0.56 former
0.54 forty
-0.62 forward
-1.08 forward to
-1.44 found
-0.81 found the
-0.56 found your
-0.56 foundation
0.57 four
3.0 four rounds
1.39 four stages
0.8 frankly
1.39 frankly i
1.39 free
-0.93 friday
-0.56 friday <n>
-0.56 friday about
-0.56 friday and
-0.56 friday i
-0.56 friday's
1.9 friendly
-0.56 from <n>
1.39 from a
1.39 from an
-0.65 from me
0.6 from my
-0.56 from two
3.33 from what
1.39 from where
-0.96 from you
1.39 from your
1.53 full
0.6 fully
-2.72 further
-0.81 further documents
-0.56 further you
1.51 future
3.0 future candidates
0.95 future openings
1.98 future roles
3.33 future vacancies
2.24 gap
3.0 gap was
0.88 geelong
3.0 generic
2.49 gently
1.39 gently point
-0.56 genuinely excited
-0.56 genuinely useful
2.24 get a
1.39 get an
-0.56 get back
-0.56 get the
1.39 getting
0.88 getting back
1.39 gis
-2.05 give
-1.01 give me
-0.56 give you
1.22 given
3.0 given a
1.39 given that
0.54 given the
-0.56 giving
-0.62 glad
-0.72 glad to
-0.56 go
1.39 going to
-0.65 going well
0.54 gone
0.88 gone well
-0.56 good start
1.01 got
1.9 got a
3.0 got this
1.39 graduate roles
0.88 grant
1.39 grant reporting
-1.44 grants
-0.56 grants coordinator
-0.56 grants officer
1.39 graphic
1.39 graphic designer
-0.88 grateful for
-0.56 grateful if
-0.81 great
-0.81 great to
-0.56 greetings
-0.56 greetings of
-0.56 grew
0.88 greyfield
0.54 ground
1.12 group
3.0 group exercise
-0.56 grow
1.39 grown
0.88 growth
1.39 growth marketing
-0.56 guessing
1.03 had
3.33 had been
0.88 had gone
1.9 had in
1.9 had the
0.54 hadn't
0.54 halden
-1.01 hand
1.39 handled
1.05 hands
1.39 hands on
0.88 happen
-0.54 happy
1.39 harbourline
1.66 hard
3.0 hard not
2.01 hard to
0.88 has come
1.39 has got
3.0 has just
-0.56 has made
-0.56 has offered
-0.56 has said
0.88 hate for
-0.72 have a
-0.56 have also
0.88 have asked
-0.81 have been
-0.56 have built
1.39 have chosen
1.39 have done
1.39 have i
-0.81 have it
1.39 have kept
1.39 have liked
1.39 have managed
1.9 have not
1.39 have now
1.39 have one
1.39 have prepared
0.54 have reached
1.39 have read
-0.56 have received
3.33 have saved
0.88 have spent
0.8 have the
-0.56 have them
1.9 have thought
1.98 have to
0.54 haven't heard
-0.56 having me
1.39 having now
1.05 he
1.39 health and
3.0 hear a
0.73 hear about
-1.01 hear how
-1.18 hear it
1.39 hear of
1.39 hear the
-0.56 hear where
0.63 heard
0.54 heard anything
-1.12 hearing from
-0.56 hearing how
1.39 hearing where
1.39 help noticing
0.88 help the
-0.56 help with
1.39 help your
-0.81 helped
-1.75 helpful
-0.56 helping
-0.56 helps
2.49 her
-0.56 here is
-0.56 high
-0.56 higher
1.39 hindsight
1.39 hire
1.02 hiring
1.39 hiring team
1.98 his
3.0 his phone
-1.01 holding
-0.56 holding things
1.39 holiday
0.77 home
1.56 honest
1.39 honest i'm
0.88 honestly i
-0.81 honesty
-0.6 hope
0.54 hope our
-1.83 hope the
0.88 hope this
-2.28 hope to
-1.27 hope you're
-0.73 hoped
-0.56 hoped for
-1.44 hoped to
1.39 hoping for
-0.81 hoping to
1.98 hour
0.54 hours
0.88 how my
1.39 how this
0.8 how you
-1.44 how your
-0.56 hundred
1.39 i accept
-1.13 i am
0.88 i answered
1.39 i applied
-0.65 i appreciate
-1.23 i appreciated
3.33 i ask
0.54 i believe
-1.83 i came
1.72 i can't
-1.32 i completely
1.26 i could
1.39 i couldn't
2.34 i did
-0.56 i didn't
1.93 i do
1.39 i especially
0.88 i expect
3.0 i expected
1.39 i feel
3.0 i find
-1.32 i found
0.88 i had
-0.81 i hold
-0.55 i hope
-0.81 i just
0.54 i keep
-1.32 i learned
-1.01 i left
0.88 i liked
-0.56 i look
-1.44 i loved
0.88 i may
0.94 i mention
3.59 i met
0.88 i must
-1.44 i need
-0.56 i noticed
2.49 i only
-0.56 i particularly
3.33 i prepared
1.39 i put
-0.56 i ran
1.39 i received
1.05 i saw
1.39 i see
1.39 i sent
-0.56 i simply
-0.81 i stand
1.05 i still
0.88 i suppose
1.39 i suspect
0.84 i think
1.39 i took
-0.73 i understand
-0.81 i valued
-0.73 i want
-1.78 i wanted
1.01 i was
3.33 i wasn't
3.0 i went
0.5 i will
2.72 i wish
0.88 i'd appreciate
1.39 i'd expect
0.54 i'd hate
3.0 i'd have
-1.01 i'd just
-0.56 i'd most
2.34 i'd still
-0.81 i'd welcome
0.8 i'll admit
-0.56 i'll assume
0.57 i'll be
-0.56 i'll give
1.39 i'll leave
-0.81 i'll need
0.88 i'll take
-0.53 i'm
-0.81 i'm confident
-0.88 i'm following
1.39 i'm glad
0.54 i'm keen
3.0 i'm left
0.75 i'm not
-1.01 i'm really
1.39 i'm sorry
-0.87 i'm still
0.88 i'm sure
-1.66 i'm very
-0.81 i'm writing
2.24 i've attached
-1.01 i've had
-0.56 i've received
1.39 i've since
1.39 i've started
-0.65 if a
0.6 if another
1.14 if anything
0.54 if it's
1.9 if something
-1.83 if that
0.8 if the
-0.85 if you
-1.44 if you're
-0.56 imagine
-0.81 in <n>
-0.56 in about
1.39 in all
1.39 in at
-1.91 in case
1.39 in detail
-0.81 in early
1.05 in future
1.39 in hindsight
0.88 in it
1.39 in may
1.62 in mind
-1.36 in on
0.54 in person
0.54 in their
-0.56 in this
1.39 in under
1.39 in which
-0.81 inbox
1.39 included
3.0 including
0.54 information
1.05 informing
1.05 informing me
0.88 infrastructure
1.39 instead
-0.56 insurance
-1.44 interest
-0.81 interest in
-0.78 interested
-1.66 interested and
0.8 interested but
-0.74 interested in
0.54 interested to
-1.01 interesting
3.0 internal
-0.71 interview for
-0.56 interview from
3.0 interview i
-0.81 interview me
-1.11 interview on
0.88 interview so
1.39 interview that
-1.01 interview this
2.24 interview was
-1.18 interview yesterday
-0.56 interviewed with
3.0 interviewer
3.0 interviewer joined
-1.83 interviewing
-1.83 interviewing me
0.84 interviews
3.0 interviews and
0.54 into the
-0.56 introducing
-0.81 involved
0.74 is a
-0.56 is all
-1.01 is any
-0.56 is anything
-1.32 is exactly
-0.56 is genuinely
-0.65 is going
3.0 is hard
-1.18 is my
-1.01 is no
1.64 is not
2.24 is now
1.39 is simply
-0.56 is that
-0.81 is there
1.39 is useful
-0.56 is well
-0.81 is where
-0.56 isn't possible
1.39 isn't the
2.24 it a
1.39 it again
0.54 it and
3.0 it does
1.39 it had
1.9 it hard
-0.56 it if
-0.56 it in
0.8 it is
0.88 it isn't
0.8 it made
0.54 it might
2.24 it only
1.39 it says
3.0 it seems
1.39 it should
1.39 it wasn't
0.5 it's
-1.18 it's been
0.54 it's useful
2.24 it's worth
-0.73 its
1.9 itself
3.0 jen
-1.18 job and
1.39 job description
-0.56 jobs
-2.33 join
-1.59 join the
-1.01 join you
-1.56 join your
3.33 joined
0.54 joining the
0.54 joining your
1.39 judge
1.39 judged
-0.81 june
-2.22 junior
-0.56 junior accountant
-0.56 junior copywriter
1.39 just as
-1.01 just checking
-0.56 just let
-0.56 just wanted
-1.23 keen
-1.26 keen on
-1.18 keen to
-1.01 keener
1.39 keep an
1.39 keep coming
0.77 keep me
-0.56 keep this
-1.01 keeping well
0.77 kept
1.9 kept in
1.9 kindly note
-0.56 kitchen
1.12 know about
0.97 know and
-0.56 know by
-0.56 know how
0.88 know i
-0.56 know if
3.0 know not
0.82 know the
-0.56 know this
0.88 know what
-0.56 know whether
0.88 know your
0.88 knowing
2.24 known
-0.56 lab
-1.01 laboratory
-0.81 laboratory technician
0.88 labs
1.9 language
1.39 large
1.39 last three
-1.18 last year
1.84 late
3.0 late and
1.39 later in
0.54 latest
1.39 launch
0.88 leader
1.9 leadership
1.39 leadership team
-1.01 learn
-0.56 learned a
-1.01 learning
-0.56 learning how
1.9 least
1.05 leave
1.39 led to
0.65 left
1.9 left a
1.05 less
-0.83 let
1.39 let candidates
-0.78 let me
-1.32 let you
2.49 letter
3.0 letter of
1.15 letting
1.18 letting me
1.39 level
1.39 level i
-1.01 library assistant
0.88 life
0.54 like a
1.39 like and
1.39 like exactly
1.39 like i
1.39 like me
1.39 like someone
1.39 like the
1.39 like this
0.94 liked
0.88 liked what
0.96 line
3.0 line email
3.0 line up
1.39 lines
1.72 link
1.39 linkedin
-1.01 list
1.39 listed
3.0 listing
1.22 live
1.39 live up
-0.56 log
-0.56 logistics coordinator
0.5 long
-0.81 longer
3.33 look at
-1.05 look forward
1.98 looked
1.9 looked at
1.84 looking
2.24 looking for
3.0 loss
3.0 lost
1.39 lot to
-0.62 love
-1.44 loved
-1.32 loved hearing
0.54 lovely
1.39 loyalty
1.39 loyalty app
3.59 luck
3.0 luck with
-0.56 m
1.39 made a
1.39 made by
1.39 made it
-1.66 made the
3.0 mail
-0.81 mainly
-0.56 maintenance
-0.76 make
-1.32 make a
0.88 make sure
0.88 managed
-0.56 manager has
-0.61 manager role
-0.56 managing
-0.56 many of
-0.56 mapping
0.88 march and
-0.81 march for
0.88 marine
0.54 marketing coordinator
-0.56 marketing executive
-0.56 marsh
1.05 match
1.39 match for
-0.56 matters
1.39 may be
0.54 may for
1.39 may want
-0.95 me a
0.75 me about
-1.01 me an
-1.44 me and
1.05 me as
-0.56 me by
-1.32 me even
1.9 me forward
0.69 me know
3.0 me last
3.0 me off
-1.44 me on
-0.56 me round
1.39 me so
-0.56 me such
0.54 me that
1.14 me the
-1.01 me through
1.39 me to
-0.56 me well
1.39 me with
-0.65 me yesterday
-0.56 means
1.39 meant
-1.01 meantime
-0.61 meet
1.39 meet again
-0.56 meet you
0.73 meeting the
-2.42 meeting with
0.88 meeting you
0.8 mention it
-0.81 mention that
1.39 mention this
-1.24 mentioned
1.39 mentioned so
-1.44 mentioned that
-0.56 mentioned the
-0.81 mentioned you
-0.56 menu
1.7 message
1.39 message about
1.01 met
0.54 met on
-0.56 microbiome
0.88 mid
1.39 mid market
1.39 middle
1.39 middle of
0.6 might be
-1.01 migration
1.82 mind
1.39 mind and
1.39 mind for
-1.01 mine
-0.81 minute
1.56 minutes
3.33 minutes late
-0.56 missed
-0.56 model
-0.81 modelling
1.39 module
-0.81 moment
-2.82 monday
-0.56 monday about
-0.81 monday and
-1.44 monday for
-0.56 monday to
-0.81 monitoring
-1.05 month
-1.01 month end
-0.81 month so
-1.75 months
0.54 more about
-0.56 more certain
-0.56 more detail
0.88 more interested
1.39 more of
0.54 more senior
0.6 more than
-0.76 morning
-0.56 morning and
-0.81 morning for
-1.32 most like
1.98 most of
0.54 mostly
-0.67 move
1.39 move into
1.39 moved
1.39 moved on
-1.56 moving
0.95 mr
1.39 much about
1.39 much and
1.39 much i'd
0.6 much interested
-1.66 much like
0.54 much of
-0.56 much prefer
0.54 must
1.39 must say
-1.56 my answer
2.24 my answers
0.88 my background
1.39 my best
-1.18 my career
1.39 my course
-2.37 my current
0.54 my cv
1.39 my details
-0.56 my dissertation
-0.56 my experience
0.88 my family
1.39 my final
-1.66 my first
-1.01 my interest
-1.11 my interview
-0.56 my manager
-1.01 my next
-0.56 my partner
-0.56 my phone
3.0 my plan
0.8 my portfolio
-0.56 my presentation
0.6 my profile
0.88 my second
1.39 my sharpest
0.54 my side
0.54 my thanks
-0.81 my work
-0.56 my year
-1.66 myself
0.8 name
-0.56 name and
0.88 nd
1.39 nearly
-1.49 need
-0.56 need a
0.88 need anything
-1.18 need from
1.39 need it
-2.05 need to
-0.81 need your
-1.01 needed
-1.01 needs
-0.56 network
2.85 never
-0.65 new
-0.56 new community
1.9 new hire
-0.81 new starters
1.39 news and
1.39 news i
-0.81 news on
-1.78 next
1.39 next and
-0.81 next stage
-1.32 next step
-1.07 next steps
-0.56 next year
0.88 ninety
0.88 ninety days
-0.78 no
0.88 no is
-0.56 no need
1.39 no one
-0.81 no rush
2.24 nobody
1.39 nobody has
-1.01 northern
1.12 not
1.39 not a
3.0 not been
0.54 not disappointed
1.39 not fully
-0.56 not have
1.39 not heard
-0.56 not possible
3.33 not sure
1.72 not the
1.08 not to
1.49 note
1.39 note and
1.9 note that
-0.81 notes
1.39 nothing
0.94 notice
-0.81 noticed
1.39 noticing
1.39 noticing that
-0.56 november
0.54 now and
1.39 now seen
0.54 number
0.88 number of
0.54 numbers
-1.01 nurse
3.0 obviously
-1.01 october
1.14 of <n>
1.39 of an
-0.56 of being
-0.56 of finance
0.88 of future
1.39 of it
-0.56 of last
3.0 of luck
1.39 of me
0.6 of our
1.39 of people
1.72 of that
-1.32 of them
-1.18 of this
1.39 of time
1.9 of why
1.9 of work
-0.81 of you
1.05 off the
-0.56 off to
3.0 off twice
-0.56 offer and
1.39 offer is
3.0 offer one
1.39 offered a
-1.01 offered me
-1.18 offers
-0.56 office manager
1.39 office who
0.54 officer post
-1.66 officer role
-1.01 often
1.9 old
-0.56 older
-0.65 on <n>
1.72 on a
-0.56 on call
0.88 on every
-0.56 on file
3.0 on finding
-1.66 on friday
3.0 on his
-0.81 on hold
0.54 on it
1.9 on linkedin
-2.58 on monday
-0.56 on our
3.0 on platform
0.88 on reflection
-0.56 on regional
3.33 on site
-1.32 on that
0.88 on this
-2.22 on thursday
-0.81 on timing
-1.36 on tuesday
-1.98 on wednesday
-1.44 on where
0.54 once
-0.81 once more
-0.56 one i
-0.56 one i'd
3.0 one question
3.0 one small
-0.56 one system
1.9 one thing
-0.81 one way
3.0 one wrong
1.9 online
1.39 online course
1.23 only
1.39 only because
1.9 only so
-0.81 onto
-0.56 onto one
1.07 open
1.39 open about
1.39 open i
2.49 open to
0.88 open up
-0.81 open with
0.88 opened
-0.88 opening
-0.81 opening comes
0.82 openings
0.54 openings in
0.88 openly
2.24 operations coordinator
1.39 operations manager
0.88 opportunities
1.39 opportunities with
-0.56 opportunity and
0.88 opportunity to
-1.24 or
-0.81 or a
-0.56 or no
-1.18 or the
1.39 or whether
1.72 organisation
1.9 organisation and
1.39 organisations
1.39 organised
1.39 other graduate
1.39 otherwise
1.39 otherwise i
-0.94 our
-1.48 our conversation
-0.56 our first
0.54 our paths
0.6 out of
1.9 out that
-0.56 out to
0.91 outcome
0.88 outcome of
1.9 outside
1.39 over a
0.88 over the
1.39 ownership
0.6 p
0.6 p s
-0.56 packaging
1.39 paired
-0.56 pairing
1.25 panel
3.0 panel and
0.88 panel gave
1.9 panel has
1.39 panel on
1.39 panel that
1.39 panel's
-0.56 paralegal
-0.56 particularly
1.39 partners
-0.56 partnerships
0.88 pass my
1.39 passed on
1.14 past
1.39 past few
0.54 paths cross
-0.81 patient
-1.83 payroll
3.0 peak
3.0 peak season
1.39 people it
1.9 perhaps
1.39 perhaps i
-0.56 period
1.01 person
3.0 person specification
1.39 person to
0.54 personal
1.39 personal note
1.39 personally
3.0 personally i
1.39 pharmacist
1.08 phone
1.39 phone call
0.88 picked
-1.44 picture
-1.01 picture of
-0.81 pipeline
-0.56 place
-0.56 plain
-1.44 plan to
-0.81 planned
-0.65 planner
-1.12 planning
-0.56 planning my
-0.81 planning team
-0.73 plans
-0.56 plans for
0.88 plant
0.54 plate
1.39 platform
0.54 platform team
1.72 please keep
0.54 please pass
1.39 please thank
-0.56 pleased
-0.56 pleased to
0.54 pleasure to
0.91 point
1.9 point out
1.39 points
0.6 policy
1.39 policy adviser
1.39 policy officer
1.05 portal
0.5 portfolio
-0.81 position
-1.52 position and
-2.11 position at
0.54 position is
-0.56 position on
1.39 positive
-0.56 possibility
-0.56 possibility of
-0.65 possible
-1.32 post at
1.39 post comes
-1.01 post on
-0.81 postdoctoral
3.0 posting
3.0 posts
-1.44 prefer
-1.32 prefer to
1.84 prepared
3.33 prepared for
0.88 preparing
1.39 presentation
3.0 presentation for
1.39 presented
-0.56 pressure
-0.56 pressures
0.8 pretend
0.54 pretend i'm
1.39 print
-0.56 priorities
1.39 priority
1.39 priority for
-1.18 problem
0.51 process
0.77 process and
3.0 process was
-1.18 procurement
-0.65 product
-0.81 product designer
0.88 product team
0.54 production
3.0 profile for
-0.81 program
1.15 programme
1.9 programme and
-1.07 project
1.9 promised
1.39 proper
0.8 properly
-1.75 provide
-1.01 provide anything
-0.56 provide references
-0.56 public
1.39 published
0.54 pune
1.39 pune office
0.77 put
3.0 put in
1.39 put me
1.39 putting
1.39 putting me
-0.56 qualified
0.54 quality
-0.56 quality engineer
-0.81 quarter
1.01 question
-0.56 question about
1.9 question and
-0.56 questions about
1.39 questions i
-1.66 quick
1.39 quicker
1.39 quite
1.39 quite a
-0.56 radio
1.39 rang
0.88 range
1.39 rare
-0.56 rather have
-0.56 rd
0.8 re
1.39 reached the
2.15 read
-0.56 ready
0.88 realise
1.39 realised
1.39 really did
0.77 really enjoyed
-1.01 really keen
1.39 really love
-1.18 received an
0.54 reception
-0.56 reckon
-0.56 reconciliation
-1.56 record
-0.81 records
3.0 recruiter
1.9 recruitment
0.88 reduced
0.54 reflection
1.9 reflects
-0.56 refreshing
0.63 regarding
1.39 regarding my
-0.56 region
-0.73 regional
1.39 regret
3.0 rejection
-0.81 relationships
1.39 relaunch
-0.56 release
1.39 releases
1.39 remain interested
-0.71 remain very
-1.44 remains
-1.01 remains my
-0.56 reminder
-0.56 reply this
1.9 reply to
0.54 report
1.39 report from
0.8 reports
0.54 reports to
0.54 request
1.39 request you
1.39 requested
-0.56 research assistant
0.88 research software
-1.01 researcher
1.39 resolved
2.49 respect
-0.56 respond
0.54 response
-0.56 restoration
0.88 restructuring
1.39 result
1.39 returns
1.39 returns flow
0.8 review
0.64 right
0.54 right person
3.0 right this
-0.56 ring
1.39 ringing
-1.18 risk
0.54 riverside
1.39 riverside venue
-0.79 role
-1.3 role and
-0.56 role appeals
0.54 role as
-1.49 role at
-0.56 role but
1.39 role by
0.88 role comes
-0.81 role feel
1.39 role from
-1.32 role i
3.33 role was
-0.56 role we
1.64 roles
3.0 roles at
1.9 roles in
1.39 roles with
-0.56 rollout
0.77 room
1.05 room and
-0.56 rota
-0.56 rotterdam
-0.56 rough
-0.56 round and
-0.81 round the
2.34 rounds
-0.81 route
-0.56 route planning
0.88 run the
-0.56 runs
-1.32 rush
3.0 s i
1.28 said
1.39 said the
-0.56 salary
0.82 same
-0.56 samples
3.33 saved
3.0 saved us
0.77 saw
1.39 saw of
0.67 say
0.88 say i
-1.01 say i'm
0.77 say that
0.88 saying
1.39 saying so
1.05 says
1.9 scheduling
1.39 scheduling and
1.39 scheme
3.0 scheme and
-0.56 school
-0.56 science
3.0 screen
0.54 screening
1.39 screening call
-0.56 search
0.5 season
0.77 second interview
0.88 second round
3.0 second time
0.54 section
1.39 section of
0.91 see
2.24 see how
3.0 see where
-0.56 see whether
-1.18 seeing
-0.56 seeing me
-1.83 seeing the
2.24 seemed
1.39 seemed to
3.33 seems
3.0 seems to
0.8 seen
0.88 seen the
1.39 selected
-0.72 send
0.54 send a
-0.56 send anything
-1.01 send it
1.9 senior accountant
1.19 sent
3.0 sent before
-1.18 september
0.88 seriously
0.88 service team
-0.56 services
1.14 session
1.39 session with
-1.32 set
-0.56 set up
0.5 several
1.39 shah
0.88 shame
-0.6 share
-0.56 share any
0.88 share one
0.88 share the
-0.56 shared
1.39 sharpest
1.64 she
1.39 shift team
1.39 shifted
0.54 short
1.05 short note
-0.81 shortlist
0.54 should be
0.88 should have
-0.81 should mention
0.88 should say
0.88 showed me
-0.81 showing
-0.81 showing me
0.63 side
1.39 silence
-0.81 similar role
1.9 similar roles
-0.81 since our
0.88 since the
1.39 since then
-1.32 since we
1.05 single
1.15 site
1.39 site visit
-0.81 sites
1.39 sitting
-0.56 six months
1.39 six years
1.39 slightly
1.39 slot
0.88 slow
0.54 so a
0.88 so i'd
0.77 so i'm
0.54 so i've
0.54 so if
0.88 so it
1.39 so perhaps
-1.01 so please
1.02 so that
-0.56 so the
-0.56 so there
0.54 so you
0.88 software engineer
-0.56 soil
-0.56 soil microbiome
0.65 some
1.39 some feedback
-0.81 some point
0.91 someone
1.39 someone in
-0.56 someone who
1.39 someone with
0.88 something about
0.88 something suitable
1.39 something to
-1.83 soon
-1.01 sooner
1.39 sorry it
-0.56 sorry to
-0.56 sort
1.14 sounds
0.54 sounds like
-0.81 sous
-0.81 sous chef
-0.81 spare
0.6 speak with
3.0 specification
-1.18 spend
1.7 spent
3.0 spent most
0.88 spent with
1.39 spirit
1.39 spirit of
-0.56 splits
-1.01 spoke on
-0.56 spot
-1.44 spring
-0.56 st
-1.32 staff
0.74 stage
1.39 stage and
1.39 stage of
1.05 stages
-0.56 standard
-0.81 stands
-0.56 start date
0.6 started
-0.81 starters
-1.44 status
-0.81 status of
-0.81 stayed
-0.81 stayed with
-1.56 step
-1.07 steps
-0.56 steps whenever
2.24 still be
1.39 still i'd
1.05 still keen
3.79 still like
-0.56 still love
-1.01 still really
-0.56 still the
-1.04 still very
-0.56 still waiting
0.54 still want
-1.32 store
-0.81 store manager
1.39 straightforward
0.88 strategist
0.88 strategist role
-0.56 strategy associate
-0.56 strengthen
-1.01 strong
-0.56 stronger
-0.81 strongest
0.88 struggling
-1.01 student
-1.44 studio
0.77 study
1.39 study and
1.39 study i
-0.81 subject checking
3.0 subject re
0.54 success
0.6 success manager
0.88 success role
1.39 success with
1.05 such a
-1.01 such as
1.39 suggest
-0.81 suit
-0.56 suit me
1.39 suitable comes
-1.01 suite
-0.56 summary
-1.66 summer
-1.01 supervisor
-0.81 supervisor position
0.6 supply
0.54 supply planner
-1.75 support
0.54 supports
0.88 suppose
1.04 sure
1.39 sure that
1.39 sure the
-0.56 surgery
0.54 surprise
-1.01 surveyor
-0.56 surveyor role
1.39 suspect
0.54 system
1.39 system you
-0.81 systems
1.39 take home
1.39 take this
-0.81 take time
1.72 taken
-0.56 takes
-0.93 taking
-0.76 taking the
-0.56 talk about
0.54 talking
3.0 tandem
0.88 task
-0.56 tax
1.39 tea
-1.18 teaching
1.39 team but
1.39 team especially
-0.56 team hoped
1.9 team i
0.8 team in
-1.01 team is
0.88 team leader
1.39 team made
1.39 team on
-0.81 team so
-0.81 team that
-0.56 team through
0.88 team you
-1.18 team's
-0.56 teams
1.39 technical
1.39 technical round
3.0 technical test
-1.44 technician
1.39 telephone
0.6 tell
0.88 tell me
1.39 tell you
-0.81 telling
-0.81 telling me
-0.56 tells
1.39 ten minutes
1.39 tenancy
-0.56 tend
-0.56 tend to
-0.81 term
-1.01 territory
0.77 test
-1.4 th
-0.56 th of
0.88 than a
1.39 than i
3.0 than me
0.78 thanks
1.33 thanks for
0.54 thanks to
0.88 thanks very
2.24 that a
1.39 that after
1.39 that before
1.39 that for
3.0 that had
-1.18 that i'm
1.39 that if
-0.56 that in
-1.56 that is
2.24 that it
0.54 that might
1.09 that the
-0.81 that this
1.05 that was
1.39 that way
0.88 that week
-0.81 that work
-1.66 that would
3.0 that your
1.14 that's
-1.27 the <n>
-0.81 the accounts
1.9 the advert
0.88 the analytics
1.39 the answer
1.39 the appointment
3.0 the assessment
-0.81 the assistant
-1.01 the autumn
-0.56 the band
-0.56 the big
1.39 the board
1.39 the bristol
-0.56 the budget
-0.81 the business
1.39 the call
1.39 the campaign
-0.56 the care
-0.81 the chat
-0.81 the claims
0.88 the client's
0.63 the clinical
1.39 the coastal
-0.56 the communications
-1.01 the community
1.39 the company's
-0.56 the content
-0.61 the conversation
0.88 the council
1.39 the courtesy
-0.56 the credit
1.39 the crew
1.14 the data
3.0 the date
1.66 the day
1.24 the decision
0.54 the department
1.39 the depot
0.6 the design
0.8 the discussion
3.0 the effort
0.73 the end
-0.81 the expansion
-0.56 the facilities
0.88 the festival
-0.56 the field
0.74 the final
-0.65 the finance
1.39 the firm
1.9 the first
1.05 the future
1.9 the gap
0.8 the graduate
-1.18 the grants
1.39 the graphic
-0.56 the ground
1.39 the group
1.39 the growth
-0.56 the highlight
3.0 the hire
0.54 the housing
-0.56 the hr
3.0 the interviewer
1.39 the interviews
0.59 the job
-1.98 the junior
0.77 the kind
-0.56 the kitchen
-0.81 the laboratory
1.05 the last
-0.56 the learning
0.54 the leeds
-1.01 the library
1.39 the link
3.0 the listing
3.0 the live
0.63 the marketing
-1.01 the meantime
1.39 the middle
-0.56 the migration
-0.56 the moment
-1.56 the month
-1.44 the most
0.8 the move
-0.75 the new
0.75 the news
-2.42 the next
1.39 the night
-0.81 the northern
0.54 the offer
1.39 the old
-0.56 the only
1.39 the opening
0.75 the opportunity
0.95 the outcome
1.28 the panel
1.39 the panel's
-0.56 the paralegal
1.39 the part
1.14 the past
-1.56 the payroll
-0.56 the people
3.59 the person
-1.18 the plan
-0.81 the planning
0.8 the policy
1.39 the portfolio
-1.06 the position
-0.56 the postdoctoral
3.0 the posting
-1.01 the practice
-0.81 the procurement
0.88 the programme
-1.01 the project
0.54 the quality
-0.56 the question
-0.56 the region
1.64 the result
0.54 the retail
1.39 the returns
0.6 the right
1.39 the riverside
-0.65 the role
1.05 the room
-0.56 the rotterdam
0.91 the same
0.88 the screening
0.64 the second
0.88 the session
-0.56 the shift
-0.56 the soil
-0.81 the sous
1.39 the spirit
-0.81 the spring
0.88 the start
-1.01 the status
-0.81 the store
-0.81 the strategy
-0.56 the strongest
-0.56 the student
-1.18 the studio
-1.18 the summer
0.88 the supply
-0.56 the surgery
0.88 the system
-1.01 the team's
1.59 the technical
-0.81 the test
1.72 the three
-1.01 the timeline
-1.01 the top
0.88 the trust
2.01 the update
1.39 the video
0.54 the visit
0.54 the volunteer
-0.56 the ward
-1.32 the warehouse
0.6 the week
-0.81 the weekend
-0.56 the wetland
0.77 the whole
-0.56 the wider
0.54 the work
-0.81 the workshop
1.39 the yard
0.88 the year
1.15 their
-0.76 them
-0.81 themselves
0.59 then
-1.01 there
-0.88 there is
-0.61 there's
-0.81 there's no
1.09 they
-0.56 they have
3.33 they were
1.39 thing
-1.32 things are
-0.56 things stand
1.39 things that
1.39 things to
-0.81 things up
0.88 think
0.8 think i
0.54 think it
1.39 think of
0.88 think the
0.88 think we
-1.32 thinking
-1.01 thinking about
1.05 third
3.0 third time
1.39 thirty
-0.65 this afternoon
0.65 this is
-1.18 this job
1.39 this long
-1.01 this morning
1.64 this one
1.39 this only
-0.56 this opportunity
1.39 this point
-1.66 this role
-0.56 this spring
0.88 this was
-1.91 this week
-1.01 this year
0.88 thoroughly
-0.56 those
1.01 though
0.6 though i
-0.81 thought i
-0.81 thought i'd
1.39 thought it
0.88 thought of
1.39 thought the
1.39 thought you
1.39 thoughtful
0.79 three
3.0 three interviews
3.0 three rounds
1.39 three times
0.54 three weeks
0.54 three years
0.54 thrilled
0.54 thrilled to
-0.56 through how
0.54 throughout
-0.56 throughout the
-2.54 thursday
-0.56 thursday about
-0.56 thursday and
-1.18 thursday for
0.54 thursday's
0.88 thursday's interview
-0.81 tickets
0.77 time and
1.39 time i've
3.0 time the
0.54 time yesterday
-2.17 timeline
-0.56 timeline for
-0.56 timeline i
0.77 times
-1.18 timing
0.88 title
-0.56 to accept
3.0 to admit
-0.81 to answer
-0.65 to ask
1.39 to attend
-1.32 to bring
-0.56 to build
-0.81 to call
-2.11 to check
3.0 to close
-0.81 to confirm
-0.81 to continue
-0.56 to contribute
-1.01 to discuss
1.14 to do
-0.56 to email
0.88 to expect
0.88 to explain
3.33 to feel
-0.81 to find
1.39 to flag
-1.56 to give
-1.66 to help
1.39 to how
-1.32 to interview
-2.28 to join
1.39 to judge
0.54 to know
-1.01 to learn
2.49 to look
0.79 to me
-0.95 to meet
-0.81 to mention
-1.18 to move
0.8 to my
-0.81 to plan
1.39 to prepare
-1.32 to provide
-1.18 to reach
0.88 to reply
-0.56 to rush
0.5 to see
-0.88 to send
-1.23 to share
0.54 to show
1.39 to someone
0.8 to speak
-1.18 to spend
-1.01 to start
-0.56 to support
-0.81 to that
-0.62 to the
2.61 to understand
-0.81 to wait
-0.88 to work
1.02 to you
1.05 to your
-0.73 today
0.88 today about
1.05 together
0.75 told
1.39 told my
-0.56 too
0.88 tool
-1.83 top
-1.01 top of
0.6 touch and
-0.56 track
-0.56 trained
-0.81 training
1.39 translation
-0.56 trial
-0.56 trouble
0.54 trust and
-0.81 try
1.39 trying
-1.52 tuesday
-1.18 tuesday about
-1.18 tuesday and
-0.81 tuesday for
-1.01 tuesday to
-0.56 tuesday's
-0.56 tuesday's interview
-0.56 turned
0.6 twelve
1.39 twelve years
0.8 twenty
3.0 twenty minutes
2.18 twice
1.39 twice and
1.39 two days
1.39 two interviews
3.0 two line
1.39 two of
-1.18 two weeks
-0.56 two years
2.69 under
3.0 under review
0.6 understand how
-1.32 understand if
-0.81 understand that
3.33 understand what
-1.44 unit
-1.44 until
-0.56 until <n>
-0.81 up at
-0.81 up for
-0.56 up i
0.88 up i'd
0.88 up in
-0.78 up on
0.88 up to
1.39 up with
2.24 update and
-0.56 update on
-0.56 update would
1.39 update you
0.54 updated
-0.56 upfront
0.6 us
1.39 us both
1.39 used a
-0.53 useful
-0.81 useful and
-0.56 useful for
1.39 usually
0.54 ux
1.39 ux designer
2.24 vacancies
-0.73 vacancy
-0.56 vacancy at
0.94 value
-0.56 value any
-1.18 valued
0.88 venue
1.39 venue and
-1.09 very
-1.56 very enthusiastic
0.5 very excited
-1.01 very happy
-1.76 very interested
-1.93 very keen
-0.78 very much
-0.81 very pleased
-0.56 very real
1.39 very well
1.05 video
3.0 view
0.6 visit
1.39 visit to
-1.01 wait
-1.66 waiting
1.39 walked
-1.01 walking
-0.81 walking me
1.9 walkthrough
0.88 want the
-1.18 want this
-1.53 wanted
-1.98 wanted to
-0.56 wanting
1.39 wants
-0.56 ward
-1.44 warehouse
-0.81 warehouse supervisor
1.39 warehouses
0.86 was
3.0 was actually
3.0 was asked
1.39 was disappointed
3.0 was ever
3.0 was exactly
3.0 was for
0.88 was genuinely
-0.56 was glad
-1.01 was good
-0.81 was great
3.0 was handled
1.39 was hoping
3.0 was in
-0.56 was kind
1.39 was like
3.0 was looked
3.0 was made
3.0 was never
2.49 was not
3.0 was on
-0.95 was the
1.39 was told
-1.01 was useful
2.18 wasn't
0.54 way i
-0.81 way or
0.88 way the
1.72 way to
-0.85 we
0.88 we both
-1.32 we can
-0.73 we discussed
-1.18 we met
3.0 website
-1.23 wednesday
-1.44 wednesday about
-0.56 wednesday to
-0.56 week about
0.8 week and
-0.56 week is
1.39 week of
-1.01 week so
0.88 weekend so
-1.01 weeks ago
1.39 weeks and
-0.56 welcome any
1.9 welcome hearing
-0.88 welcome the
-0.56 well and
-0.56 well at
3.59 well with
1.9 went
3.0 went wrong
1.3 were
-0.56 wetland
1.3 what
3.0 what else
2.24 what it's
3.33 what the
1.98 when i
-1.44 when we
-1.83 whenever
-0.81 whenever there's
-1.32 whenever you
-2.17 where i
-0.56 where my
0.77 where the
3.0 where they
-0.73 where things
0.54 whether i
-1.01 whether i'm
1.9 whether it
1.39 whether my
1.39 whether the
-0.56 whether there's
0.54 which i
0.77 which i'm
1.72 which is
1.39 which would
-1.44 while
0.88 whiteboard session
0.54 who
1.39 whoever
0.5 whole
-0.56 whole process
1.39 whom
2.01 why
3.59 why i
-0.81 wider
-1.18 will have
1.39 will need
-0.56 willing
-0.56 willing to
0.88 wind
0.88 winter
2.14 wish
1.39 wish the
3.0 wish you
-0.61 with a
3.0 with it
-0.9 with me
-1.66 with my
1.39 with real
0.83 with the
1.9 with two
-2.05 with you
0.88 withdraw
0.95 within
1.05 within the
0.88 without
1.39 without a
-0.56 won
-0.81 won't
-0.56 won't be
1.39 wonder
1.05 wondering
1.9 word
1.39 work and
0.88 work i
0.54 work in
-1.18 work on
1.9 work out
-1.32 work with
-0.81 work you
1.39 work your
-0.81 worked
1.39 working alongside
-0.56 working on
-0.81 working with
-1.01 workshop
1.22 worth
1.9 worth the
-1.2 would be
-0.56 would expect
2.24 would gently
1.98 would have
1.28 would like
-1.01 would love
-1.01 would mean
-0.81 would most
-0.56 would much
0.54 would rather
0.6 would still
-0.56 would suit
-1.01 would very
-0.81 would you
1.39 write
-0.81 writer
-0.56 writing
-1.44 writing about
1.39 writing regarding
-0.61 writing to
0.54 written
2.85 wrong
1.39 yard
-0.6 year
0.54 years and
-0.56 years i
1.9 years in
1.39 years of
-0.81 years running
-0.81 yes
-0.81 yes or
-0.81 yesterday
-1.44 yesterday for
-0.81 you about
-1.23 you again
1.39 you all
-0.56 you are
-1.44 you asked
1.39 you at
-0.81 you be
-0.56 you before
-0.56 you by
-0.81 you could
-1.66 you described
1.9 you don't
-0.81 you expect
-0.81 you gave
0.8 you had
-1.62 you have
-0.56 you hoped
0.6 you if
1.39 you just
-1.44 you know
-1.18 you let
0.88 you may
-2.46 you mentioned
-1.12 you need
-0.56 you on
1.39 you put
1.39 you run
1.39 you said
-0.56 you showed
-0.81 you soon
0.54 you to
-0.81 you took
-0.81 you very
1.39 you well
0.6 you were
0.75 you will
-0.56 you won't
-0.56 you would
-0.56 you'd be
0.88 you'd like
-1.24 you're
-1.01 you're able
-0.81 you're keeping
-0.81 you're well
1.05 you've
-0.56 your account
1.39 your call
-0.56 your candour
1.39 your chief
1.9 your colleague
-0.56 your description
-0.56 your earliest
1.81 your email
1.39 your end
1.39 your engineering
-0.56 your explanation
1.39 your help
-0.56 your honesty
-1.32 your kind
-0.56 your lab
1.39 your leadership
2.24 your letter
3.0 your mail
2.24 your message
0.88 your new
3.33 your note
3.0 your organisation
-1.18 your planning
1.05 your process
0.88 your pune
-1.01 your question
3.0 your recruiter
-0.56 your shortlist
1.39 your side
-1.24 your team
-0.74 your time
-1.32 your timeline
3.0 your website
0.88 yours
""",
)

BOASTING = Reading(
    16.35,
    """\
1.02 <n> <n>
-0.67 <n> a
0.69 <n> and
-0.92 <n> april
-1.12 <n> february
1.28 <n> for
-1.77 <n> june
-2.02 <n> march
-0.67 <n> nd
-0.67 <n> november
-1.29 <n> october
0.77 <n> rd
-1.29 <n> september
-0.92 <n> to
-0.92 a busy
-0.67 a call
2.89 a cleaner
-0.67 a couple
-1.94 a few
-1.56 a full
-1.77 a great
-0.92 a highlight
-0.92 a line
-1.12 a long
-0.99 a lot
0.77 a month
0.77 a more
1.28 a nice
-0.92 a presentation
0.77 a proper
-1.67 a quick
2.89 a record
1.28 a regional
-1.67 a reply
-1.29 a role
-0.67 a rough
-1.29 a second
3.22 a senior
-0.67 a shame
-2.16 a short
-0.67 a similar
1.28 a simple
1.28 a single
0.69 a small
1.28 a spare
-0.67 a surprise
-0.67 a two
1.79 a very
0.77 a week
-0.67 a yes
-2.33 able
-2.33 able to
-0.67 about any
0.69 about how
-1.86 about it
1.28 about me
-0.92 about two
2.89 about weaknesses
0.77 about what
1.28 about where
-1.12 about your
2.89 above
2.89 above the
1.28 absolutely
2.89 aca
-0.57 accept
-0.67 accept it
-0.67 accept the
1.79 account director
0.77 account executive
-0.67 account of
-0.57 accountant
1.28 accountant interview
-0.67 accountant position
-0.92 accountant role
0.64 accounts
2.89 accounts that
1.28 acquisition
0.54 across
1.28 across as
1.28 across three
0.94 actually
1.28 add
0.77 administrator role
0.94 admit i
1.28 advertised
-1.01 after
-0.92 after a
-1.67 after the
0.82 afternoon about
-0.67 afternoon and
1.61 again and
1.28 again if
-0.67 again on
0.69 agency
1.28 ahead
1.28 ahead of
2.89 airworthiness
1.79 all came
-0.67 all i
1.61 all of
0.94 almost
1.28 almost half
1.28 alone
1.28 along
-0.67 alongside
0.77 already
1.28 already and
-0.67 also appreciated
-0.67 although
0.53 am
0.77 am a
1.28 am certain
1.28 am checking
1.28 am confident
-1.43 am following
-0.67 am keen
1.28 am now
-0.63 am still
2.12 am sure
3.84 am the
1.17 am very
0.77 ambitious
-0.69 an
-1.56 an answer
1.28 an hour
-2.09 an offer
-2.09 an update
1.28 analyst interview
0.94 analyst position
0.77 analysts
-0.92 analytics
-0.67 and about
1.28 and again
1.28 and best
1.28 and could
0.77 and cut
0.82 and happy
-0.92 and have
1.28 and hear
-0.92 and hearing
-1.12 and i'm
0.82 and i've
-0.92 and if
-0.67 and it
0.55 and look
-0.92 and mr
1.79 and ms
0.94 and my
2.89 and no
1.79 and on
1.28 and one
-0.92 and remain
1.28 and run
-1.12 and that
-0.92 and then
2.89 and there
-0.92 and they
-0.67 and thought
-1.29 and to
0.77 and wanted
0.77 and what
1.28 and will
-0.57 and would
-0.92 and your
1.28 angle
-0.82 another
1.28 another analyst
1.28 another candidate
-1.29 another company
-0.92 another firm
1.28 another position
-0.75 answer
0.77 answer any
-1.29 answer by
1.28 answers on
-1.12 any feedback
1.28 any further
-1.94 any news
0.77 any of
-0.92 any other
-2.02 any update
1.9 anyone
2.89 anyone else
1.28 anything suitable
0.77 anyway
1.79 apart
-0.67 app
-0.92 appeals
-0.92 appeals to
1.28 applicants
-0.92 applications
-0.67 applied
-1.67 apply
-1.12 apply again
0.77 applying
-1.12 appointment
-0.71 appreciate
-1.12 appreciate hearing
-0.67 appreciate you
0.69 appreciated how
0.77 appreciated learning
-0.67 appreciated the
1.28 appreciated you
1.28 appreciated your
-0.92 april
1.28 architect
1.28 architect role
1.28 architects
-1.29 are able
1.28 are hard
1.28 are needed
2.89 are required
0.89 around
0.94 around the
-0.67 arrived
-1.29 as it
-0.67 as my
1.28 as someone
1.53 as the
0.69 as well
1.53 as you
-1.43 ask
1.28 ask for
-1.43 ask whether
-1.39 asked
-1.56 asked for
1.28 asked how
-1.12 assessment
-0.67 assessment day
-0.88 assistant
0.77 assistant position
-1.29 assistant post
-0.92 assistant role
1.86 associate
1.28 associate role
0.94 assume
0.77 assume the
1.28 assumptions
1.28 at <n>
2.12 at brightwater
0.77 at greyfield
1.28 at harrow
1.28 at kestrel
1.28 at least
-1.12 at some
0.77 at st
2.89 at two
-1.67 attached
-0.67 attached the
0.77 attend
0.77 attend the
1.28 attended
1.79 attended the
1.28 audit and
2.89 authority
-0.67 automated
1.79 award
2.37 awards
0.77 aware
-0.67 away even
-0.67 away from
1.28 awkward
0.91 back to
1.28 backend engineer
0.77 background
1.28 band
1.61 bank
1.28 barely
1.28 barista
1.28 barista trainer
0.69 be a
-0.92 be able
2.89 be an
1.28 be and
1.28 be any
1.28 be flexible
2.89 be getting
-2.66 be grateful
1.28 be honest
-0.67 be kept
1.28 be so
2.89 be the
1.28 be thrilled
-1.39 be very
-0.67 be willing
-0.92 be worth
0.77 became
1.1 because
1.28 because i
2.89 because it
0.77 because the
0.77 been a
-0.67 been filled
-0.67 been offered
1.28 been ten
0.77 been the
-1.12 been thinking
-1.04 before
-1.43 before i
-1.86 before the
-1.56 before then
-0.67 beginning
-0.67 being open
1.28 being straight
0.82 believe
1.61 below
2.89 below what
1.28 bench
0.68 best
0.77 best to
1.28 best wishes
-1.77 better
1.71 between
2.89 between my
2.37 between the
2.12 big
1.28 bigger
1.28 board
2.89 boast
2.89 boast but
-0.67 bookkeeper
1.28 both
2.89 both know
1.28 branch
-0.67 brand
2.12 brightwater
2.89 brindle
2.02 bring
1.28 bring that
1.79 bring the
1.28 bringing
-0.67 brought
-0.92 build
1.28 builds
1.61 built
-0.67 business analyst
-1.67 busy
0.77 but i'll
-0.92 but if
0.77 but the
-1.77 by <n>
-0.76 by friday
-1.12 by monday
1.28 by my
-0.92 by now
-0.67 by phone
-0.67 by thursday
-0.92 call
0.77 call me
-0.67 call on
0.77 call yesterday
0.77 called
1.28 calling
1.28 calling rather
2.89 calls
-0.67 came away
0.77 came up
2.89 campaigns
-0.67 can be
1.28 can continue
-0.67 can do
1.28 can imagine
0.77 can make
0.82 can see
-0.67 can share
0.77 can speak
-1.29 can't
0.77 candid
1.28 candid you
0.97 candidate
2.89 candidate for
1.28 candidate in
1.28 candidates on
2.89 candidates you
-0.92 candour
-0.67 candour about
1.28 capital
-1.29 care
-0.92 care you
1.02 career
1.28 career and
1.28 career at
2.89 case i
-0.92 case it's
0.69 certain
1.28 chain
-0.92 challenge
-0.92 chance
-1.12 chance to
-0.92 changed
1.53 chat
1.28 chat about
2.89 chat this
-0.67 check
-0.67 check in
0.79 checking
0.81 checking in
-0.92 chef
-0.67 chef position
0.77 chief
1.28 chief executive
0.77 choice and
-0.67 choice so
1.79 choosing
1.79 chosen
1.79 churn
-0.92 claims
1.79 cleaner
-0.92 clearer
2.06 client
2.89 client list
-0.67 client's
1.86 clients
-1.12 clinic
-0.57 clinical
-0.67 clinical research
0.77 clinics
1.28 close to
2.37 cloud
0.77 coastal
0.77 code
1.79 coffee
-0.67 colleague
-0.67 college
0.55 come
1.79 come across
2.89 come around
1.28 come through
-0.92 come up
1.28 comfortable
1.28 comfortable with
1.28 commissioning
1.28 committed
1.79 committee
-0.67 communications
-0.76 community
1.28 companies
1.28 companies and
-1.06 company
-0.67 company has
1.28 company i
1.28 company's
1.28 completed
-1.43 completely
-1.43 completely understand
0.77 compliance
0.77 conference
1.28 confidence
1.64 confident
2.12 confident i
2.89 confident that
-0.67 confirm by
-1.29 confirmed
-1.12 congratulations
-0.67 congratulations to
-0.92 connection
-0.67 conservation
-0.67 conservation officer
-0.67 consideration
-0.67 considering me
-0.67 construction
1.28 consultant position
-0.92 consultation
-1.12 contact
1.28 context
1.28 control
-0.92 convenience
-0.54 conversation
-0.96 conversation about
-1.12 conversation on
0.94 conversation this
-0.67 conversation with
1.28 conversation yesterday
-0.67 convinced
0.77 coordinating
-0.82 coordinator
-1.29 coordinator position
0.77 coordinator post
1.28 coordinators
1.28 copy
0.77 copywriter role
-0.67 corvid
1.28 costs
2.89 could bring
1.28 could offer
1.28 could see
-1.77 could you
1.28 couldn't
1.28 couldn't help
2.89 country
2.89 courier
-0.67 course but
0.94 course i
-0.92 courtesy
1.86 creative
2.89 creative awards
1.28 creative director
1.61 credit
1.79 credit risk
0.69 crew
0.77 crew at
1.28 crew on
-0.92 cross again
2.89 cta
-0.67 culture
1.28 current company
0.77 current employer
-0.67 current job
-0.67 current role
-0.67 customer service
0.69 cv
-0.92 cycle
0.69 data analyst
-0.76 date
0.77 day and
3.22 day one
-0.88 days
0.77 days since
-1.43 deal
-1.29 dear
-0.67 december
0.51 decide
-0.67 decision about
0.69 decision and
-0.57 decision on
-0.67 decision was
1.28 degree
1.28 deliberation
1.28 delivered
2.89 demand
0.51 department
-1.29 depot
2.89 described as
-0.92 described the
0.82 description
2.89 description was
-1.12 design team
-0.57 designer role
-0.67 desk
-0.67 developer role
-0.67 development
1.28 did not
0.77 didn't get
0.77 difficult
1.28 digital
1.28 diploma
1.4 director
0.77 director of
2.89 director position
0.77 director role
1.28 disappointed but
-0.92 disappointed i
-0.92 disappointed of
-0.67 discharge
0.77 discuss it
-0.84 discuss the
-0.67 discussing
-0.67 discussing the
1.28 discussion about
1.79 dissertation
1.79 distributor
1.28 do keep
-0.67 do next
2.12 do not
-0.67 do still
1.28 do the
1.28 do you
1.02 documents
1.79 documents are
-1.12 does
-0.92 doesn't
-0.67 doing well
-1.12 don't feel
-0.67 don't hear
0.77 don't think
-0.67 don't want
1.61 done
2.37 doubt
1.79 doubt you
1.28 down from
-0.92 dr
0.77 drive
-1.12 drop
-0.92 dropped
-1.43 during
-0.92 during the
2.89 each other's
-0.67 each stage
-1.12 earlier
-0.92 earliest
-0.67 earliest convenience
-1.56 early
-0.92 easier
1.28 easy
1.28 editing
1.28 editor
1.28 editor role
0.77 editorial
1.28 editorial team
-0.67 effort
1.28 eight
1.28 eighteen
1.28 eighteen months
-1.94 either
-1.77 either way
-0.67 electrician
1.61 eleven
2.89 eleven years
0.82 else
1.79 else from
0.77 else in
1.28 else that
2.89 else will
0.77 elsewhere
-1.15 email
1.28 emailing
-1.29 emails
-0.67 ends
0.77 energy
0.83 engineer
1.08 engineer position
0.77 engineer post
0.51 engineering
1.28 engineering team
1.86 engineers
1.53 enjoy
1.28 enjoy the
-0.61 enjoyed meeting
-0.67 enthusiastic
-0.67 enthusiastic about
-0.67 environmental
-2.16 especially
-0.92 especially the
1.28 estate
-0.67 estates
-0.71 even
-0.67 even if
-0.92 even keener
-1.94 even more
1.28 even so
-1.12 evening
-0.67 events manager
1.28 ever
-0.67 every question
-0.67 every success
1.28 every week
-1.29 everything
-1.12 exactly what
0.77 examples
-0.67 exercise was
1.86 expansion
-1.29 expected
0.69 experience
2.89 experience than
0.77 explain the
-1.29 explaining
-0.67 explaining that
0.51 explanation
0.69 explanation of
1.28 extra
-0.67 facilities
1.28 failures
3.22 fairly
-1.12 family
0.69 far
1.28 fascinating
2.89 favour
1.79 features
-1.29 february
-1.12 feedback
-0.67 feel the
1.28 feel very
1.28 feeling
2.89 feelings
2.89 feelings at
-0.67 fell
1.28 festival
-0.67 few days
-0.92 few minutes
2.89 fifteen
2.89 fifteen years
1.28 figures
1.28 fill
1.28 fill in
-0.67 filled
-1.29 final
-0.67 final interview
-0.67 finally
1.79 finance director
-0.67 finance team
1.28 financial
1.59 find
2.89 find anyone
0.77 finds
0.77 fine
1.79 finished
2.89 finishing
-1.67 firm
-0.67 firm and
1.28 firms
-1.43 first choice
0.77 first ninety
1.28 first of
2.89 first quarter
2.89 first year
-0.92 fits
-0.67 five weeks
0.77 five years
1.28 fixed
1.28 flexible
1.28 flood
1.28 flood risk
1.28 floor
0.77 flow
-0.73 follow
-0.55 follow up
-0.6 following
-0.67 following my
-0.58 for a
-1.12 for an
-1.86 for any
-0.92 for anything
1.28 for but
0.77 for calling
-0.92 for explaining
1.79 for friday's
2.89 for giving
0.77 for having
-1.12 for informing
0.64 for interviewing
1.79 for introducing
0.77 for it
-0.63 for letting
-0.67 for me
-1.67 for my
0.77 for next
-0.92 for nothing
-0.67 for on
0.77 for our
0.77 for seeing
-0.67 for similar
-1.43 for speaking
-0.92 for telling
2.89 for themselves
1.64 for this
1.28 for today
1.28 for tuesday's
1.28 for twelve
2.37 for walking
0.82 for you
-0.51 for your
0.77 forecasting
0.77 form
1.79 former
1.28 forty
1.28 forum
-1.56 found
-0.92 found the
-0.67 found your
0.77 foundation
1.28 four years
1.28 frank
1.86 frankly
1.28 frankly i
-0.67 friday <n>
-0.67 friday about
-0.67 friday and
1.28 friday for
0.77 friday i
1.79 friday's
-0.67 friendly
0.77 from <n>
-1.77 from another
2.89 from day
0.64 from me
1.02 from my
-0.67 from the
0.77 from two
-0.67 from what
1.28 from where
2.89 from zero
1.28 full picture
-1.43 fully
1.28 fun
1.28 fund
0.56 further
1.28 further details
2.12 further documents
1.28 further information
1.79 further you
-0.84 future openings
1.28 future opportunities
1.28 future roles
1.28 future vacancies
0.77 gap
-1.39 gave
-1.12 gave me
-0.67 geelong
1.28 gently point
0.77 genuinely excited
-0.67 genuinely useful
-0.67 get a
-0.67 get back
0.77 get the
1.28 gets
0.91 getting
0.77 getting back
-0.99 give
-1.12 give me
1.28 give my
-0.67 give you
-0.76 given
1.28 given that
-1.12 given the
1.79 giving
2.89 giving me
1.28 go live
1.28 goals
1.28 goes
-0.92 going
-0.76 going well
-0.92 gone
-0.67 gone well
1.28 good luck
-0.67 good start
1.53 good to
1.28 good weekend
0.77 got a
0.53 graduate
2.89 graduated
-0.67 grant
-1.56 grants
-0.67 grants coordinator
-0.67 grants officer
-1.74 grateful
-2.16 grateful for
-0.67 grateful if
-1.29 great deal
1.28 great to
1.79 greetings
1.79 greetings of
1.79 grew
0.77 greyfield
1.28 ground
1.28 ground running
-2.09 group
1.28 growing
0.77 growth
1.28 growth marketing
1.28 gst
1.28 gst reconciliation
-0.67 guessing
0.64 had a
2.89 had attended
-0.67 had been
-0.67 had gone
-0.67 had in
-0.67 had the
2.89 had three
0.94 half
0.94 hand
0.94 hands
0.77 happen
1.28 happens
1.28 happens in
1.28 harbourline
0.73 hard
2.89 hard feelings
1.28 harrow
-0.67 has come
-0.67 has made
-0.67 has offered
-0.67 has said
2.89 has struggled
2.89 has worked
-1.12 hate
-0.67 hate for
1.79 have also
-1.29 have an
-0.67 have asked
1.79 have built
1.28 have chosen
1.28 have done
1.28 have i
1.28 have liked
2.89 have managed
-0.67 have not
-0.67 have received
-0.67 have saved
-0.67 have spent
0.69 have the
0.77 have them
0.77 have thought
2.89 have trained
1.28 have turned
1.28 haven't had
-1.12 haven't heard
0.9 having
0.77 having me
1.28 having met
0.94 he
2.89 he has
1.13 head
1.28 head of
1.28 headlines
-0.67 hear back
0.94 hear how
-1.29 hear it
1.28 hear the
3.22 hear where
-1.94 heard
-1.12 heard anything
0.77 hearing from
-0.67 hearing how
-1.1 help
-1.12 help me
1.28 help noticing
-0.67 help the
-0.67 help with
-0.92 helped
-1.86 helpful
0.77 helps
0.77 here is
1.79 high
3.22 higher
2.89 higher standard
1.28 hindsight
1.08 hire
-0.57 hiring
1.28 hit
1.28 hit the
1.11 hold
-0.67 holding things
0.77 honest
1.28 honest i'm
1.13 honestly
0.77 honestly i
2.12 honesty
1.28 honesty about
1.28 hope it
-0.92 hope our
2.89 hope that
-0.67 hope this
-1.39 hope you're
0.77 hoped for
-1.67 hoping
-0.92 hoping to
0.94 hospital
0.69 hour
-0.92 hours
1.28 how candid
1.28 how it
0.77 how my
1.28 how openly
-1.29 how you
-1.56 how your
0.77 hundred
-0.92 i accept
0.55 i am
0.77 i answered
0.92 i appreciated
-0.92 i ask
-0.76 i came
-0.92 i can't
-1.43 i completely
1.28 i couldn't
-1.56 i did
0.77 i didn't
2.74 i doubt
-0.67 i expect
-0.67 i expected
1.28 i feel
-1.43 i found
1.28 i genuinely
2.89 i graduated
1.28 i hadn't
3.47 i hold
1.28 i hoped
-2.28 i interviewed
-0.92 i just
1.79 i keep
-1.43 i learned
0.77 i liked
0.53 i look
0.77 i may
0.82 i mention
0.77 i must
-0.67 i noticed
-0.67 i particularly
-0.67 i prepared
1.79 i ran
2.89 i reckon
-1.12 i saw
0.77 i simply
-0.92 i stand
-1.29 i still
1.79 i suppose
1.11 i suspect
1.57 i think
-2.02 i thought
1.28 i trust
-0.92 i valued
-0.67 i wasn't
-0.67 i wish
0.66 i won't
-0.67 i'd appreciate
-0.8 i'd be
2.89 i'd bring
1.28 i'd expect
-0.92 i'd hate
-1.12 i'd just
-1.94 i'd like
0.63 i'd love
1.79 i'd most
0.69 i'd really
-0.92 i'd welcome
1.79 i'll assume
-0.67 i'll give
2.89 i'll leave
-0.67 i'll take
2.12 i'm confident
-1.67 i'm disappointed
2.89 i'm excited
1.28 i'm genuinely
-0.57 i'm happy
1.28 i'm in
1.28 i'm just
-0.92 i'm keen
0.94 i'm really
-0.92 i'm sorry
-0.61 i'm still
-1.86 i'm sure
0.91 i'm very
-2.16 i'm writing
1.28 i've already
-0.92 i've attached
1.61 i've had
1.28 i've kept
-0.67 i've received
1.28 i've started
1.28 idea
1.28 idea of
-1.94 if a
1.61 if any
-1.77 if it
-0.92 if it's
0.77 if something
-1.94 if that
-0.57 if there
0.82 if there's
-1.56 if you're
0.77 imagine
2.12 in <n>
-0.67 in about
1.28 in all
1.53 in and
1.28 in any
-0.84 in case
1.28 in detail
-0.92 in early
1.28 in for
1.28 in hindsight
-0.67 in it
1.28 in may
0.85 in my
3.22 in this
2.89 in three
1.28 in under
-0.92 inbox
1.28 included
1.28 independent
2.89 industry
-1.12 informing
-1.12 informing me
1.79 infrastructure
2.89 infrastructure lead
-0.67 insurance
1.28 intake
-1.67 interest
-0.92 interest in
2.12 interested to
0.69 interesting
2.89 internships
2.89 internships and
0.56 interview for
-0.67 interview from
-0.92 interview me
1.28 interview of
0.69 interview on
-0.67 interview so
-0.67 interview that
-1.12 interview this
-0.92 interview was
0.69 interview yesterday
-1.29 interviewed
-2.09 interviewed for
1.28 interviewed on
-0.67 interviewed with
0.64 interviewing
0.64 interviewing me
0.53 interviews
1.28 introducing
1.79 introducing me
1.28 invitation
-0.92 involved
-0.67 is all
-1.12 is any
0.77 is anything
-1.43 is exactly
-0.67 is genuinely
-0.76 is going
1.28 is good
1.28 is hard
-1.29 is my
-1.12 is now
1.28 is only
1.28 is simply
1.79 is something
-0.57 is still
3.22 is that
-0.76 is the
-1.12 is there
1.28 is useful
0.77 is well
-1.56 isn't
-0.67 isn't possible
-0.67 it a
1.28 it all
1.28 it because
1.28 it for
0.77 it further
-0.92 it had
-0.67 it hard
-0.67 it if
-0.67 it in
0.81 it is
-0.67 it isn't
-1.29 it made
-0.92 it might
-0.92 it only
1.28 it says
1.28 it seems
1.28 it should
0.6 it was
2.89 it will
-1.24 it would
-1.35 it's
-1.12 it's a
-0.92 it's useful
-0.84 its
0.77 itself
1.79 job description
1.28 job in
1.28 join and
-1.12 join you
0.66 join your
-0.67 joined
-0.92 joining your
-0.92 june
-0.67 junior
-0.67 junior accountant
-0.67 junior copywriter
1.28 junior data
1.28 just as
1.61 just checking
-0.67 just let
-0.67 just wanted
-1.12 keener
-1.29 keep my
0.77 keep this
-0.67 kept in
1.28 kestrel
-0.83 kind
-0.76 kind of
2.89 kindly let
0.77 kindly note
-0.67 kitchen
-0.67 know by
0.77 know how
3.22 know i
1.18 know if
-0.67 know that
0.77 know this
0.77 know what
0.51 know where
-0.67 know whether
-1.29 know you
-0.67 know your
-0.67 knowing
0.77 lab
0.94 laboratory
-0.67 labs
2.89 lane
-0.67 language
1.28 large
2.89 larger
1.28 last three
0.77 last two
-0.57 last week
-1.29 last year
-0.92 latest
1.28 launch
1.16 lead
1.02 lead role
-0.67 leader
0.77 leadership
1.28 leadership team
1.28 learn about
-1.67 learned
-0.67 learned a
-0.67 learning how
0.77 least
1.61 leave
0.82 led
1.28 led the
-1.12 leeds
-0.67 left a
0.57 let
0.56 let me
-1.12 letter
-0.67 letting
-0.65 letting me
1.61 level
1.28 level i
-1.56 library
-1.12 library assistant
-0.67 life
1.28 like and
1.28 like exactly
1.28 like me
2.89 like mine
-0.92 like the
0.82 liked
0.77 liked what
-0.55 line
1.28 lines
-1.12 link
-1.29 linkedin
1.61 list
1.28 live in
1.28 live up
1.28 load
1.28 local
-0.67 log
-0.67 logistics coordinator
-0.67 look at
0.51 look forward
-0.67 looked at
1.28 looking for
2.89 looks
-1.06 lot
0.56 love
0.73 love to
1.28 lovely to
0.77 luck with
1.28 lucky
1.28 lucky to
2.89 lumen
1.28 lunch
0.77 m
1.28 made a
-1.94 made me
0.51 made the
-0.92 mainly
-0.67 maintenance
1.28 make myself
0.77 make sure
-0.67 manage
1.79 managed
1.28 management accountant
0.73 manager
0.77 manager has
1.28 manager job
2.04 manager position
-0.67 managing
0.94 many
3.22 many of
0.77 mapping
-2.22 march
-0.67 march and
-0.92 march for
0.77 marine
0.85 marketing
1.28 marketing coordinator
-0.67 marketing executive
2.89 marketing manager
1.28 markets
-0.67 marlow
-0.67 marlow finch
1.79 marsh
2.89 marsh lane
2.89 master's
-1.12 match
3.22 matters
2.89 matters more
1.28 may be
1.28 may not
2.89 maybe
2.89 mba
-1.06 me a
-1.94 me about
-1.12 me an
0.66 me and
1.61 me as
-1.43 me even
-0.67 me forward
0.94 me i
2.89 me if
1.28 me is
0.77 me round
-0.67 me such
1.02 me the
1.61 me through
1.02 me to
1.79 me well
-0.92 me with
-1.29 mean
0.77 means
1.28 means i
-1.12 meantime
1.28 media
1.28 medical
0.89 meet
-1.29 meet the
1.79 meet you
-0.57 meeting me
-0.88 meeting the
0.55 meeting with
-0.67 meeting you
0.85 mention
2.89 mention all
1.28 mention this
1.28 mentioned a
1.28 mentioned i
-0.67 mentioned the
-0.67 menu
-1.94 message
-0.92 met on
1.28 met the
-0.67 microbiome
-0.67 mid
-1.43 might be
2.89 might come
-1.12 migration
2.89 migrations
1.28 mind and
3.67 mine
-1.86 minutes
-0.67 minutes late
1.79 missed
0.77 model
1.28 modelling
1.79 monday about
1.73 monday for
-0.67 monday to
1.48 month and
1.28 months and
-0.67 more certain
-0.67 more detail
-0.67 more interested
1.53 more than
2.89 more to
1.28 morning about
-0.67 morning and
1.28 morning's
0.78 most
1.28 most interesting
0.94 move to
-0.92 moved
-1.67 moving
-2.02 mr
1.28 mrs
0.66 ms
0.82 much interested
-0.57 much like
2.12 much of
-0.67 much prefer
1.28 much the
1.28 must say
1.28 my best
0.69 my career
1.79 my dissertation
2.12 my experience
-0.67 my family
1.28 my former
-1.12 my interest
0.69 my last
-0.67 my manager
1.28 my notice
1.86 my own
0.77 my partner
-0.67 my phone
0.69 my portfolio
1.28 my present
0.77 my presentation
1.02 my profile
1.28 my sharpest
1.28 my side
-0.92 my thanks
2.89 my track
1.28 my two
1.28 my week
2.12 my work
0.77 my year
0.51 myself
1.28 myself available
0.77 name and
1.28 names
2.89 national
-0.67 nd
1.28 nebosh
-0.67 need a
1.79 need anything
0.69 need from
1.28 need someone
-0.99 need to
1.28 needed from
-0.67 network
-0.67 new community
2.89 new distributor
1.28 new starters
1.28 newly
-1.77 news
1.28 news i
-0.92 news on
1.28 next month
1.28 next opening
-0.92 next stage
1.28 nice
-1.12 night
2.89 nine
0.77 ninety
0.77 ninety days
1.28 no doubt
2.89 no hard
-0.67 no is
-0.67 no need
1.28 no one
-0.92 no rush
1.28 nobody has
1.61 northern
2.89 northern creative
1.28 not a
1.79 not have
-0.67 not possible
-0.67 not sure
-1.24 note
0.77 note that
1.28 notes on
-1.56 nothing
1.28 noticing
1.28 noticing that
-0.67 november
-0.67 now so
1.28 number
0.77 number of
1.28 oak
-1.29 october
1.73 of a
0.77 of being
-0.57 of course
0.77 of finance
-0.67 of future
-1.56 of it
-0.67 of last
0.56 of my
1.28 of people
0.94 of that
1.53 of them
1.28 of these
1.28 of this
1.28 of those
1.28 of weeks
2.89 of what
-0.67 of why
-0.67 of work
-0.92 of you
1.28 of your
-1.12 off the
-0.67 off to
2.89 off your
-0.67 offer and
1.28 offer by
-1.77 offer from
-0.67 offered
-1.12 offered me
1.28 offers
1.28 office and
1.79 office manager
-1.18 officer
-0.92 officer post
-0.57 officer role
-0.67 old
-0.67 older
-0.87 on <n>
-1.12 on a
-0.67 on call
1.28 on day
0.77 on every
0.77 on file
0.51 on friday
-0.92 on hold
-0.92 on it
1.28 on joining
-0.67 on linkedin
-0.67 on our
1.79 on reflection
1.79 on regional
-0.67 on site
1.53 on that
-0.67 on this
0.63 on wednesday
-1.56 on where
-0.67 on your
0.69 onboarding
0.73 once
-0.92 once more
1.28 oncology
-0.67 one i
0.77 one i'd
1.86 one of
0.77 one system
0.77 one thing
-0.92 one way
-0.67 online
0.55 only
1.28 only one
0.77 only so
0.77 onto one
0.77 open up
-0.67 opened
-1.12 openings
-0.92 openings in
2.89 openness
2.89 openness about
-0.76 opens
-1.29 opens up
-1.12 operations analyst
-0.92 operations coordinator
1.28 operations manager
1.28 operations supervisor
0.77 opportunities
0.77 opportunity and
1.28 or elsewhere
-0.67 or no
-1.29 or the
-1.12 organisation
-0.67 organisation and
1.28 organisations
1.53 other candidates
2.89 other's
-0.92 otherwise
-0.67 our conversation
1.28 our conversations
-1.29 our discussion
-0.67 our first
-0.92 our paths
1.28 our regional
0.55 out
-1.43 out of
0.77 out that
1.79 out to
-2.28 outcome
-0.67 outcome of
1.28 outdoor
-0.67 outside
-0.67 over a
1.28 over lunch
1.08 own
1.28 ownership
1.79 pace
-0.67 packaging
-1.12 page
2.89 paid
0.77 pairing
-0.67 panel gave
-0.67 panel has
-0.92 paralegal
-2.39 particularly
-1.56 particularly the
-0.92 partners
1.79 partnerships
1.28 partnerships role
1.28 parts
1.28 parts of
-1.12 pass
-0.67 pass my
-1.29 passed
1.28 past few
-1.29 paths
-0.92 paths cross
0.53 payroll
0.77 payroll administrator
1.28 payroll officer
1.28 percent
0.77 perhaps
1.28 perhaps i
-0.67 period
0.53 person
-1.86 phone
0.77 picked
1.28 pilot
0.94 pipeline
-0.67 place
3.22 plain
1.28 planned
-0.76 planner
-1.29 planner role
-1.24 planning
-0.67 planning my
0.73 plans
0.97 plans for
-0.67 plant
1.28 plate
1.28 please do
-1.29 please don't
-1.12 please keep
0.8 please let
-0.92 please pass
1.28 podcast
0.77 point out
1.28 policy team
1.28 pop
-1.12 portal
0.77 portfolio
-0.55 position at
-0.92 position is
1.79 position on
1.28 position opens
2.89 position yesterday
1.28 positive
-0.67 possibility
-0.67 possibility of
-1.94 possible
-0.71 post
-1.29 post and
-1.43 post at
-0.92 postdoctoral
1.28 power
-1.56 practice
-1.12 prepare
-0.67 prepared for
-0.67 preparing
1.28 present
-0.92 presented
1.28 press
-0.67 pressure
0.77 pressures
1.28 pricing team
0.77 priorities
1.73 probably
1.28 probably tells
1.28 problem
2.89 problems
-1.24 process
-1.67 process and
1.28 procurement lead
1.28 producer
1.28 producer role
-0.92 product designer
0.77 product team
1.28 professor
0.82 profile
1.28 program
-0.67 programme and
1.28 programme at
1.28 project i
2.89 promise
2.89 promise you
-0.67 promised
1.28 proper
0.69 properly
0.77 provide
2.89 provide any
0.77 provide references
0.77 public
1.28 published
1.28 pune office
1.79 qualified
0.77 quality engineer
1.28 quantity
1.28 quantity surveyor
1.61 quarter
0.73 question
3.22 question about
0.77 question and
-0.84 questions
0.77 questions about
-1.77 quick
0.91 quickly
2.89 quickly and
0.69 quite
0.77 radio
1.28 ran
-0.67 range
1.28 rare
2.89 rate
-0.67 rather have
0.77 rd
-1.56 reach
-1.29 reach a
-1.67 read
0.82 reading
0.77 ready
1.28 ready to
1.04 real
-0.67 realise
1.28 realised
1.28 really did
0.51 really enjoyed
1.28 really like
1.28 really love
1.79 reason
-0.84 received
-1.29 received an
3.22 reckon
2.89 reckon i'd
0.77 reconciliation
4.22 record
2.89 record in
2.89 record like
-0.92 records
2.89 recruiters
-0.67 recruitment
-1.12 redesign
-0.67 reduced
1.28 reflection
-0.67 reflects
0.77 refreshing
-1.94 regarding
-0.67 regarding my
-1.67 regarding the
3.22 region
2.02 regional
2.89 regional sales
1.28 regret
0.77 relaunch
-0.67 release
1.28 reliability
1.28 reliability engineer
-0.62 remain
-1.12 remain interested
-1.56 remains
-1.12 remains my
2.89 remember
0.77 reminder
2.89 renewal
-1.39 reply
-0.67 reply this
0.69 reporting
-1.29 reports
-0.92 reports to
1.28 reps
-0.92 request
2.89 required
0.77 research assistant
0.77 research software
-1.12 researcher
1.28 resolved
-1.12 respect
-0.67 respond
-0.92 response
1.28 rest
1.28 rest of
-0.67 restoration
1.79 restructuring
-1.56 result
2.89 results
1.28 retention
1.28 returns
1.28 returns flow
1.28 revenue
-1.29 review
0.94 reviews
1.28 riding
1.28 right this
-0.67 ring
1.86 risk
2.89 risk analyst
-0.92 riverside
-0.67 role appeals
-0.58 role at
-0.92 role but
0.77 role comes
1.28 role feel
-1.56 role i
-1.12 role is
0.82 role on
-1.12 role opens
1.28 role this
-0.67 role was
-0.67 role we
1.28 roles at
0.77 roles in
0.77 rollout
0.66 room
0.94 room and
-0.67 rota
0.77 rotterdam
-0.67 rough
0.77 round and
1.28 round with
-0.92 route
-0.67 route planning
1.28 run a
-0.67 run the
1.28 running
-0.67 runs
-1.43 rush
1.28 safety
2.89 safety record
1.28 said i
1.28 said the
1.79 salary
1.28 sales
2.89 sales manager
1.28 sales role
0.71 same
2.89 same day
0.77 samples
2.89 save
-0.67 saved
1.79 say i
-0.67 saying
1.61 says
2.89 says something
2.89 scale
-0.67 scheduling
-0.67 school
0.77 science
2.89 scorecard
-0.92 screening
0.77 search
-0.58 second
-0.57 second interview
0.77 second round
0.82 see the
-0.67 see whether
0.77 seeing me
0.64 seeing the
1.28 seemed to
0.77 seems
1.28 seems to
1.02 seen
-0.67 seen the
-0.92 send a
-0.67 send anything
1.08 senior
-0.67 senior accountant
-1.56 sense
-1.29 sense of
-1.56 september
0.77 seriously
-1.94 service
-0.67 service team
-0.67 services
-0.92 session with
1.02 set
2.89 set out
0.77 set up
1.28 settled
1.28 seven
0.94 several of
1.28 shah
-0.67 shame
-1.08 share
-0.67 share any
-0.67 share one
-0.67 share the
-0.67 shared
1.28 sharpest
1.02 she
2.89 she had
-0.84 shift
1.28 shipments
-1.12 short note
3.47 shortlist
2.12 should be
-0.92 should have
1.28 should mention
0.77 should say
-1.12 show
-0.67 showed me
0.77 side of
1.28 sign
1.28 signed
-1.12 silence
-1.18 similar
-0.92 similar role
-0.67 similar roles
1.28 simple
0.82 simply
-0.67 since my
-0.92 since our
-0.67 since the
1.61 single
2.89 sit
1.28 site reliability
-1.43 six
-0.67 six months
2.89 sleep
-0.67 slow
-0.92 so a
1.28 so far
-0.67 so i'd
-0.92 so i've
-0.92 so if
-0.67 so it
1.28 so perhaps
-1.12 so please
-0.67 so the
0.77 so there
-0.92 so you
0.91 software
0.77 software engineer
-0.67 soil
-0.67 soil microbiome
0.54 some
-0.92 some point
0.85 someone
2.12 someone who
2.12 someone with
1.79 something about
1.28 something i
0.77 something suitable
-1.12 sooner
-0.57 sorry
-0.67 sorry to
3.22 sort
2.89 sort of
1.28 sounds like
-0.92 sous
-0.92 sous chef
0.77 speak
2.89 speak for
-1.77 speaking
-1.67 speaking with
-1.94 spent
-0.67 spent with
1.28 spirit
1.28 spirit of
0.77 splits
-1.12 spoke on
1.79 spot
1.28 sql
0.77 st
-2.22 stage
-1.12 stages
2.89 stand when
3.47 standard
2.89 standard than
1.28 stands
-0.67 start date
1.28 start my
1.02 started
1.28 starters
0.66 status
0.94 status of
0.91 step
2.89 step in
-0.67 steps whenever
-0.92 still be
1.28 still i'd
-0.84 still interested
-1.12 still keen
0.94 still like
-0.67 still love
-1.12 still really
0.77 still the
-0.67 still waiting
-1.12 still want
1.02 store
1.28 store manager
1.28 story
1.28 straight
1.79 straight with
1.28 straightforward
-0.67 strategist
-0.67 strategist role
2.23 strategy
1.79 strategy associate
-0.67 strengthen
-0.67 stronger
2.12 strongest
1.28 structural
2.89 struggled
2.89 struggled with
0.77 struggling
0.94 student
1.28 students
1.86 subject thank
1.28 submission
-1.43 success manager
1.79 success role
-1.77 such
-1.12 such a
-1.12 such as
1.28 suggest
-0.92 suit
-0.67 suit me
1.28 suitable comes
0.94 suite
1.28 suits
-0.67 summary
-0.57 summer
-0.92 supervisor position
2.89 supplement
1.28 supplier
-0.92 supply planner
0.77 support
1.28 support team
1.28 support the
1.79 suppose
-0.92 sure the
0.69 sure you
-0.67 surgery
-0.92 surprise
2.89 surprised
0.77 surveyor role
1.11 suspect
2.89 suspect the
1.28 systems and
0.71 take
2.89 take a
1.28 take on
1.61 take the
0.77 take this
-0.92 take time
1.28 take up
0.94 taken
0.77 takes
2.89 taking this
-0.84 talk
0.77 talk about
0.77 talked
0.77 talked about
-0.67 task
2.89 taught
1.79 tax
1.28 tea
0.69 teaching
-0.67 team hoped
-0.67 team i
0.69 team in
-0.67 team leader
1.28 team on
-0.92 team so
1.28 team splits
1.28 team that
0.77 team through
1.28 team was
-0.67 team you
1.79 teams
-0.57 technical
1.28 technician post
0.77 tell me
-0.92 telling
-0.92 telling me
1.79 tells
2.89 tells you
0.77 ten days
1.28 tenancy
1.79 tend
1.79 tend to
1.28 term goals
0.94 territory
-1.67 test
-1.12 th and
0.77 th of
0.66 than
0.77 than a
1.28 than emailing
1.28 than me
1.28 than most
2.37 than the
1.28 than you
0.77 thanks again
1.28 thanks and
-0.92 thanks to
1.79 thanks very
-0.92 that a
1.28 that by
1.28 that for
1.28 that helps
1.28 that i'm
-0.67 that in
0.66 that is
-0.92 that it
-0.92 that might
1.11 that my
1.28 that our
2.89 that problem
2.89 that said
-0.92 that this
-1.29 that was
-0.67 that week
2.89 that went
1.28 that with
-0.92 that work
1.64 that you
-1.56 that's
-0.83 the <n>
1.28 the accounts
2.89 the advertised
-0.67 the analytics
1.28 the backlog
0.77 the band
1.28 the barista
0.97 the best
3.22 the big
1.28 the board
0.77 the budget
-0.67 the care
1.28 the case
-1.12 the chance
2.12 the chat
-0.92 the claims
2.89 the client
-0.67 the client's
1.28 the committee
-0.67 the communications
1.28 the company's
-0.67 the content
-0.67 the council
1.28 the course
1.79 the credit
-0.84 the customer
0.94 the department
1.28 the director
0.69 the discussion
1.28 the editorial
2.12 the expansion
-0.67 the facilities
1.28 the feedback
0.77 the festival
-0.67 the field
-0.99 the final
1.28 the financial
-1.12 the firm
2.89 the full
-1.12 the future
1.28 the gap
0.69 the graduate
-1.29 the grants
1.79 the ground
-1.29 the group
1.28 the growth
1.48 the head
-0.67 the highlight
-0.92 the housing
-0.67 the hr
0.72 the interview
-0.73 the job
-2.16 the junior
-1.67 the kind
-0.67 the kitchen
1.28 the laboratory
-1.12 the last
0.77 the learning
-0.92 the leeds
2.89 the level
-1.12 the library
1.28 the market
-1.12 the meantime
-0.67 the migration
2.89 the modelling
0.77 the moment
0.66 the month
1.48 the most
1.28 the names
-0.76 the news
1.28 the northern
-0.92 the offer
1.28 the onboarding
1.28 the oncology
3.22 the only
1.28 the opening
0.63 the other
-2.09 the outcome
1.79 the pace
-0.67 the paralegal
0.51 the payroll
1.79 the people
1.28 the pipeline
0.82 the plans
-0.57 the post
-0.67 the postdoctoral
-1.12 the practice
-2.33 the process
1.79 the programme
1.28 the public
1.28 the quantity
0.77 the question
3.22 the region
2.37 the regional
1.28 the relaunch
1.28 the rest
-1.43 the result
1.28 the returns
0.94 the room
0.77 the rotterdam
0.54 the same
1.28 the science
-0.67 the screening
0.71 the senior
0.77 the session
-0.67 the shift
0.66 the site
-0.67 the soil
2.89 the sort
-0.92 the sous
1.28 the spirit
-0.92 the spring
-0.67 the start
0.69 the status
2.12 the strategy
3.22 the strongest
0.77 the student
-1.29 the summer
-0.67 the supply
1.28 the support
-0.67 the surgery
-0.67 the system
-1.67 the technical
-0.92 the test
0.94 the top
1.28 the trust
-1.56 the two
1.28 the unit
-0.92 the video
-0.92 the volunteer
-0.67 the ward
1.28 the way
2.89 the weekly
-0.67 the wetland
-0.67 the wider
-0.92 the work
-0.92 the workshop
1.28 the yard
0.77 the year
0.94 their first
2.12 themselves
-2.44 then
1.28 there are
0.94 there's anything
-0.92 there's no
-1.12 these things
-0.67 they have
-0.67 they were
1.28 thin
-1.43 things are
0.64 things stand
-0.92 things up
1.28 think
1.28 think i
2.12 think it
1.79 think the
1.28 think there
3.22 think we
2.89 think you
-1.12 third
-0.92 thirty
0.52 this
1.28 this at
-2.16 this is
1.86 this job
0.77 this long
1.28 this month
1.28 this morning's
2.89 this not
1.28 this only
1.79 this opportunity
1.28 this point
0.51 this role
2.89 this round
0.77 this spring
1.28 this to
-0.67 this was
1.61 this year
1.79 thoroughly
0.77 those
-1.43 thought
-0.92 thought i
-0.92 thought i'd
-0.67 thought of
2.89 thousand
0.6 three
1.28 three priorities
-0.92 three weeks
1.28 thrilled
1.28 thrilled to
0.77 through how
1.28 through it
0.54 through the
-0.92 throughout
-0.67 throughout the
-0.67 thursday about
1.79 thursday and
0.69 thursday for
-0.92 thursday's
-0.67 thursday's interview
-0.92 tickets
1.28 time i've
1.28 time with
-1.12 timeline
0.77 timeline for
-0.67 timeline i
0.69 timing
0.77 title
0.94 to <n>
0.51 to a
0.77 to accept
1.28 to admit
-1.56 to apply
-2.02 to ask
1.28 to attend
2.89 to boast
1.02 to bring
-0.67 to build
-1.06 to check
0.69 to come
-0.67 to contribute
0.82 to decide
-0.67 to email
0.77 to expect
0.77 to explain
-0.67 to feel
1.61 to find
-1.67 to give
-1.12 to go
1.28 to grow
-0.57 to help
1.28 to live
-1.12 to look
1.04 to meet
0.69 to move
0.94 to my
-0.92 to plan
1.02 to provide
-1.29 to reach
-0.67 to reply
-0.67 to rush
2.89 to save
2.89 to set
-1.34 to share
-0.92 to show
2.89 to step
1.79 to support
1.08 to take
-0.57 to talk
0.82 to the
1.28 to think
0.91 to you
-0.67 today about
1.28 today and
1.28 together on
0.73 told
1.28 told me
1.11 too
-0.67 tool
0.97 top
0.94 top of
-1.43 touch and
0.63 tour
1.79 track
2.89 track record
1.28 trade
3.22 trained
2.89 trained more
1.28 trainee
1.28 trainer
-0.67 trial
1.28 trials
1.28 tried
-0.67 trouble
0.77 trust and
1.86 tuesday about
0.69 tuesday and
-1.12 tuesday to
0.77 tuesday's
0.77 tuesday's interview
1.79 turned
1.28 turned down
1.02 twelve
1.28 twelve months
1.28 twelve years
1.28 twenty
-1.43 twice
1.28 two hundred
2.89 two internships
1.28 two of
1.79 two years
-0.73 understand
-1.43 understand if
-0.92 understand that
-1.43 understand the
-0.67 understand what
-0.67 until <n>
2.89 unusual
2.89 up an
1.28 up by
0.94 up for
0.77 up i
0.77 up i'd
0.77 up in
2.12 up to
-2.09 update
-2.39 update on
-0.67 update would
-0.92 updated
0.77 upfront
1.28 ups
1.28 used
1.28 used a
2.89 used to
-0.92 useful and
0.77 useful for
0.91 useful to
1.28 uses
1.28 usually
-0.92 ux
0.77 vacancies
-2.09 vacancy
-0.67 vacancy at
-1.56 value
-0.67 value any
1.28 valued hearing
0.77 venue
0.77 very excited
-1.77 very glad
1.79 very real
1.28 vine
-0.92 visit to
-1.12 volunteer
1.28 volunteers
-0.57 waiting
1.28 walk
2.37 walking
2.12 walking me
-0.67 walkthrough
-0.57 want
-0.92 want the
0.69 want this
-0.55 want to
1.79 wanting
0.77 wants
1.28 wants to
-0.67 ward
-0.92 warehouse supervisor
2.89 warehouses
-0.83 was a
1.28 was also
1.28 was disappointed
1.28 was fascinating
0.77 was genuinely
0.77 was glad
1.61 was good
1.28 was great
-0.67 was kind
1.28 was like
1.04 was the
-0.67 was told
2.37 was useful
-1.43 wasn't
1.28 water
-0.92 way or
0.77 way the
3.22 we both
-0.57 we spoke
2.89 weaknesses
1.28 wednesday for
0.77 wednesday to
-0.67 week about
-0.67 week of
-1.12 week so
0.53 weekend
0.77 weekend so
1.79 weekly
-0.58 weeks
-0.92 weeks and
-1.29 weeks since
-0.96 welcome
-0.67 welcome any
-0.67 welcome hearing
0.77 well and
0.77 well at
1.28 well over
-0.67 well with
1.28 were about
-0.67 wetland
2.89 what a
1.28 what else
-0.67 what the
1.28 what they
1.28 what you
-1.29 whatever
-0.56 when
0.69 when i
-1.56 when we
-0.92 whenever there's
-1.43 whenever you
1.28 where i'd
-0.67 where my
2.89 where to
-1.77 whether
-0.92 whether i
-1.12 whether i'm
-0.67 whether it
-0.92 whether the
-0.67 whether there's
-1.67 which i'm
1.28 which probably
-1.56 while
-0.67 whiteboard session
1.15 who
1.28 who can
2.89 who has
1.28 who would
0.77 whole
0.77 whole process
1.28 whom
-0.57 why
-1.12 why i
1.28 why it
-0.92 wider
1.08 will
2.04 will be
1.86 will have
-0.67 willing
-0.67 willing to
-0.67 wind
0.77 winter
1.28 wish your
1.28 wishes
1.28 with all
2.5 with my
1.28 with real
0.77 with two
-1.29 with your
-0.67 withdraw
-0.67 within a
2.89 within my
-1.12 within the
2.89 without me
3.22 won
1.01 won't
0.77 won't be
-1.12 wondering
-0.67 word
0.69 words
2.89 work at
-0.67 work i
-0.92 work in
-1.29 work on
-0.67 work out
-0.92 work you
2.12 worked
2.89 worked with
-0.61 working
0.77 working on
-1.12 workshop
0.77 worth
0.77 worth the
0.77 would also
-1.77 would appreciate
1.28 would approach
1.79 would expect
0.69 would have
-0.92 would hear
-1.12 would help
0.71 would love
-1.12 would mean
-0.92 would most
-0.67 would much
-0.92 would rather
-0.67 would suit
-0.55 would welcome
-0.92 would you
1.28 write
-1.01 writing
-1.67 writing about
-0.67 writing regarding
1.28 yard
1.28 year's
1.49 years
1.28 years and
2.89 years at
3.22 years i
1.28 years in
3.47 years running
-0.92 yes
-0.92 yes or
0.52 yesterday
0.82 yesterday for
-0.92 you about
-1.29 you are
-0.92 you be
0.77 you before
1.28 you but
-0.67 you by
-1.77 you described
-0.67 you don't
1.28 you ever
-0.92 you expect
-0.92 you gave
0.77 you hoped
-1.43 you if
1.28 you in
-1.43 you let
2.89 you make
-0.92 you may
0.55 you need
-0.67 you on
1.28 you said
-0.67 you showed
-0.92 you took
1.28 you will
3.22 you won't
1.79 you would
0.97 you'd
3.22 you'd be
0.77 you'd like
-1.12 you'll
-1.89 you're
-1.12 you're able
-2.09 you're well
0.94 you've
2.89 young
-0.67 your account
-0.92 your call
-0.67 your candour
-0.67 your colleague
0.77 your description
-0.67 your earliest
-0.67 your explanation
-0.92 your help
1.79 your honesty
0.77 your lab
1.28 your leadership
-0.92 your letter
-0.92 your message
0.77 your new
-0.67 your note
2.89 your openness
-1.29 your planning
2.89 your plate
0.77 your pune
1.61 your question
3.22 your shortlist
1.28 your story
-0.98 your team
-1.43 your timeline
1.79 yours
1.28 youth
2.89 zero
""",
)
