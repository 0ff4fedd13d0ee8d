"""The readings of tone, learned from tests/corpus/tuning/ by scripts/train_readings.py: do not edit."""

from checker.rules._reading import Reading

BLAME = Reading(
    24.33,
    """\
-1.03 <n>
-2.04 <n> <n>
-0.75 <n> august
1.45 <n> cardiology
-1.49 <n> february
0.94 <n> for
-0.88 <n> june
-1.84 <n> may
-1.11 <n> november
-1.68 <n> october
0.94 <n> of
-0.75 <n> per
-1.38 <n> rd
-1.26 <n> september
-1.67 <n> th
0.66 a <n>
2.24 a bit
0.6 a call
0.86 a chance
0.94 a clear
3.65 a company
3.4 a day's
-1.38 a decision
1.08 a fair
1.45 a family
3.06 a free
3.06 a friendly
2.07 a full
1.45 a fuller
3.06 a gap
-0.6 a great
0.86 a highlight
0.94 a large
-0.75 a line
0.52 a little
3.06 a live
0.66 a long
1.45 a lovely
1.45 a master's
1.45 a million
-1.59 a moment
0.66 a no
1.45 a note
3.06 a panel
0.94 a personal
1.0 a pleasure
3.65 a presentation
2.3 a proper
-1.77 a quick
0.94 a rather
0.82 a real
0.94 a record
0.86 a role
1.45 a shame
0.94 a shift
0.99 a short
-2.16 a similar
-1.59 a small
0.6 a strong
0.6 a surprise
0.94 a team
1.45 a telephone
1.45 a third
1.96 a three
0.94 a tough
1.96 a two
0.6 a week
1.45 a well
0.94 a word
0.86 a written
-0.75 a yes
0.6 aarhus
-0.75 about <n>
-1.11 about a
1.96 about any
2.55 about future
0.69 about how
0.94 about me
1.45 about one
3.06 about other
1.45 about something
-0.75 about three
-0.75 about two
1.45 about what
-0.67 about your
0.86 above
1.45 academy
1.22 accept
3.06 accept that
2.75 accept the
0.6 accordingly
0.94 account executive
-0.75 account manager
-0.75 account of
1.45 accountant interview
0.94 accountant position
-0.75 accountant role
0.94 accounts and
-0.75 acquisition
1.45 across as
0.94 across the
0.94 act
1.96 acting
1.22 actually
1.45 actually opened
3.06 address
1.45 administrative
1.45 administrative officer
0.6 administrator
0.6 administrator role
0.94 admirer
0.94 admirer of
1.45 admit
1.7 admit i
1.96 admit the
2.04 advert
-0.75 advertised
2.3 advertisement
0.94 adviser
0.94 afraid
0.91 after
1.96 after a
1.45 after all
1.96 after four
1.96 after my
-0.95 after our
1.45 after the
2.55 after three
-1.38 afternoon about
1.45 afternoon and
-1.26 afterwards
1.45 again as
-0.75 again if
0.6 again on
-0.75 again to
1.96 again when
3.4 against
3.06 against me
1.45 agency
0.94 agents
-0.95 ago
0.6 agronomist
1.45 agronomist role
-0.75 ahead
0.6 aircraft
1.45 aircraft engineer
0.94 al noor
0.6 ali
1.45 all about
1.45 all at
0.86 all i
-0.75 all is
1.45 all the
1.45 all three
1.45 all your
1.2 allow
0.6 allow it
1.45 allow me
1.12 almost
1.45 almost half
-0.75 alone
0.6 alongside
1.45 alongside your
1.06 already
1.45 already and
1.45 already been
1.96 already in
-1.14 also
-1.38 also appreciated
0.94 also enjoyed
-1.26 although
-0.75 although i
1.45 always
-0.78 am
1.45 am certain
-0.75 am confident
-1.26 am disappointed
-0.75 am following
0.7 am grateful
-1.68 am happy
0.94 am in
-1.11 am keen
1.79 am not
-0.75 am now
0.86 am sure
-1.11 am the
-3.06 am very
-0.75 am writing
0.94 ambitious
-1.11 among
3.4 amount
3.4 amount of
-1.59 an answer
3.06 an automated
1.45 an explanation
1.79 an eye
1.45 an hour
3.06 an internal
-1.21 an offer
-1.06 an update
-0.75 an updated
-0.57 analyst
-0.75 analyst interview
-1.38 analyst position
1.45 analyst post
0.94 analysts
0.86 analytics
1.45 analytics team
-0.75 and <n>
1.28 and a
-0.75 and about
-0.75 and again
1.45 and all
0.94 and asked
-1.38 and best
1.45 and cut
3.06 and drove
-0.95 and enjoyed
0.94 and experience
0.53 and for
0.94 and four
0.6 and god
-1.49 and happy
-0.95 and have
1.45 and he
1.45 and hear
-1.11 and hearing
1.45 and honestly
-0.95 and hope
-1.59 and i've
0.66 and if
1.45 and it's
0.94 and learning
0.94 and left
-1.26 and look
-1.38 and mr
-0.53 and my
1.96 and nobody
-0.95 and our
1.45 and people
0.56 and please
1.45 and professor
1.45 and ranking
3.06 and request
-0.75 and seeing
1.45 and still
1.45 and thank
2.3 and then
3.06 and travelled
-0.95 and wanted
0.6 and what
1.96 and when
0.94 and will
-0.75 and withdraw
3.06 announced
1.45 annual
1.45 another analyst
1.45 another coordinator
-1.11 another firm
0.94 another position
1.45 answer about
-0.75 answer any
-1.59 answer by
1.0 answered
1.45 answered every
1.45 answering
1.45 answers
1.45 answers on
-0.89 any
0.6 any comments
-1.68 any feedback
-2.26 any further
1.45 any future
-2.04 any news
1.12 any other
-0.55 any update
0.91 anyone
3.06 anyone actually
-1.98 anything further
-0.95 anything similar
2.04 anyway
0.6 app
-0.75 appeals
-0.75 appeals to
0.6 applicant
1.45 applicants
1.45 applicants and
1.45 applicants in
0.94 application and
0.6 application for
3.4 application was
1.2 applications
1.7 applied
0.73 apply
0.51 apply again
1.96 apply for
0.6 applying
0.94 appointed
1.45 appointment
0.6 appreciate it
1.45 appreciate knowing
-0.75 appreciate that
-0.64 appreciated
-1.49 appreciated how
0.6 appreciated you
-1.59 appreciated your
-0.95 approach
-0.95 approvals
-0.95 architect
-0.64 are
0.94 are a
1.45 are already
0.66 are doing
-0.95 are keeping
0.6 are required
-1.49 are well
-0.75 area
0.94 arise
-0.98 around
0.86 arrived
3.06 arrives
0.94 art
0.6 artist
1.45 artist position
-0.65 as i
0.6 as i'd
3.06 as much
-1.38 as my
1.45 as requested
0.7 as the
1.45 as this
-1.77 as you
3.06 aside
3.06 aside i
1.45 ask only
1.45 ask you
-0.95 asked about
-0.75 asked for
1.96 asked me
0.94 asked to
3.4 assessed
1.6 assessment
1.12 assessment centre
2.04 assessment day
3.65 assessors
-1.02 assistant
-0.75 assistant position
-1.26 assistant post
-1.77 associate
0.6 assume the
1.45 assurance
1.45 assurance engineer
1.45 assured
0.86 at a
-0.75 at al
3.06 at before
-0.75 at brightwater
1.45 at cedar
1.45 at corvid
1.45 at delta
0.94 at greyfield
1.45 at home
1.45 at kaveri
2.3 at least
3.06 at nordvik
-0.95 at st
1.45 at this
1.45 atr
0.6 attached
1.45 attached it
-1.11 attached the
0.86 attend
1.12 attend the
-1.26 attended
-0.95 attended the
1.45 attention
-0.75 audit
-1.49 august
3.85 automated
3.06 automated message
-1.98 available
-0.75 available for
-1.11 award
-0.95 awards
-1.16 away
-0.75 away even
0.94 away with
0.94 b
0.94 b <n>
0.94 back for
1.96 back i
1.45 back of
1.45 back up
-0.75 backend engineer
0.66 background
0.94 background in
-1.11 backlog
1.45 bank and
3.06 basic
-0.95 be able
0.5 be considered
0.94 be contacted
-0.75 be doing
-0.69 be grateful
1.76 be honest
-0.75 be honoured
1.45 be kept
1.45 be open
-0.91 be part
0.94 be possible
1.45 be something
0.6 be thrilled
-1.77 be useful
-1.56 be very
1.45 be well
1.45 be worth
1.96 bear
1.45 bear that
2.3 became
1.79 because the
-0.75 been a
-1.38 been about
1.45 been clearer
1.96 been filled
1.45 been kind
1.45 been made
-0.75 been offered
0.94 been the
-1.49 been thinking
1.45 been through
1.14 before i
1.56 before the
-1.84 before then
1.96 before we
3.85 beforehand
3.06 beforehand and
3.06 began
1.96 beginning
0.83 being
-0.75 being open
1.14 being so
1.45 being straight
0.63 believe
1.45 believe in
1.45 believe that
-1.26 below
3.06 best of
0.94 best regards
2.04 best to
1.45 best way
-1.38 best wishes
0.94 best with
1.45 better matched
0.94 between us
0.94 beyond
-1.26 big
1.45 bigger
0.94 billing
1.76 bit
0.94 bit of
1.45 blade
1.45 blade inspection
0.6 bless
0.94 board and
3.06 both a
0.94 both know
0.94 bother
1.45 box
0.94 brand
0.94 bridge
3.06 briefed
1.45 brightpath
-0.75 brightwater
-1.3 bring
-1.26 bring that
-0.95 bring the
1.45 bristol
0.66 budget
-1.38 build
1.45 builds
-0.95 built
-1.68 business
-0.75 business analyst
0.6 but i'd
-0.75 but i'm
1.12 but if
-0.75 but it
1.45 but it's
-0.95 but the
-0.88 by
-1.84 by <n>
-1.06 by friday
-0.95 by monday
0.94 by phone
-0.53 by the
-1.38 by thursday
1.45 cabin
1.45 cabin crew
1.45 calculations
0.6 calendar
0.74 call
-0.75 call me
1.45 call the
1.45 call to
3.06 call would
1.45 call yesterday
1.12 called
-1.49 calling
-0.75 calling me
1.45 came as
-0.95 came away
1.45 came down
1.45 came through
0.6 came up
1.02 campaign
1.45 can be
1.79 can do
-0.75 can provide
0.69 can see
-1.26 can send
0.94 can share
-0.75 can speak
0.94 can take
1.45 can understand
1.45 can't
3.06 can't help
1.45 candidate
3.06 candidate experience
1.45 candidate in
1.01 candidates
1.45 candidates know
1.45 candidates to
1.45 candidates who
-1.11 candour
-0.95 candour about
-0.75 cannot
0.94 cardiology
3.06 care home
-0.75 care you
-1.68 career
-0.95 careers
-0.95 case it
-1.26 case it's
0.69 case study
1.45 cebu
1.45 cebu site
1.45 cedar
1.45 cellar
-0.75 cent
3.06 centre and
-0.95 certain that
0.94 certification
0.6 chair
1.45 chakan
-0.75 challenge
0.83 changed
1.45 chapter
1.45 charity
1.45 chasing
1.45 chat with
-0.81 check
-1.53 check in
1.45 check on
-1.62 checking
-1.49 checking in
1.45 checklist
-1.11 chef
1.45 chief executive
-0.75 children's
-0.7 choice
-1.11 choice and
-0.75 choice so
0.94 choosing
3.06 chose
1.45 chosen
-0.75 churn
1.45 circle
1.45 city
-0.75 claims
-0.75 class
-0.75 clear picture
0.66 clearer
0.88 clearly
1.45 clerk
-1.38 client
0.94 client's
-1.26 clients
1.45 clinical coordinator
1.45 clinical station
-0.95 clinics
0.6 close to
1.45 closed
1.45 closely
0.94 closer
0.94 closer to
-0.95 cloud
0.94 coastal
0.94 code
-0.95 coffee
3.06 cohort
-0.75 cold
-0.75 cold chain
2.3 colleague
-1.11 colleagues
-0.75 college
-0.95 come in
1.45 come to
-1.11 come up
1.45 coming back
0.94 coming from
0.66 comments
3.06 committee will
1.96 communicated
1.96 communicated to
-1.06 community
0.6 community health
0.6 company's
-1.26 completed
-1.92 completely
-1.59 completely understand
-1.11 compliance
-0.75 concrete
-0.75 conference
-0.58 confident
0.6 confirm by
1.45 confirmed how
1.45 confirming
3.06 confused
1.0 congratulations
1.45 congratulations on
0.86 congratulations to
-0.95 connection
1.79 consider
1.45 consider me
-1.59 consideration
0.63 considered
1.45 considered again
0.62 considered for
0.6 considering me
2.3 construction
1.12 consultant
1.45 consultant position
-0.95 consultation
1.45 contacted
1.45 container
-1.11 content
0.6 continue to
-1.26 contribute to
0.6 control
-0.95 convenience
-0.75 convenient
-0.63 conversation
-0.98 conversation about
1.45 conversation and
-1.59 conversation on
-0.95 conversation this
1.12 conversation with
-1.49 conversations
1.45 convinced
1.45 convinced that
1.45 cooperative
-0.75 coordinator post
1.45 copied
-0.95 copy
-0.75 copywriter
1.45 correct
1.96 corvid
1.45 corvid labs
1.45 cost
0.94 costs
-0.75 could be
0.6 could do
1.76 could have
1.45 could offer
1.45 could see
1.45 could tell
-2.1 could you
1.96 couldn't
1.96 couldn't help
2.55 count
3.06 count against
3.06 count for
1.45 counties
-0.75 county
-1.11 course but
-1.11 course i
0.94 course in
1.12 courtesy
0.94 courtesy of
0.94 covered
1.45 covering
3.06 covers
1.45 creative director
-1.49 credit
-0.95 credit risk
0.51 crew
0.6 crew at
1.45 crew on
-0.58 cross
1.96 culture
-1.47 current
-1.11 current employer
-0.95 current job
-0.75 current role
1.45 customer experience
0.94 customer service
-0.95 customs
0.94 cut
3.06 cut me
1.18 cv
1.45 cv and
0.94 cv i
-0.95 cycle
1.45 dairy
0.6 dashboard
0.94 data engineer
3.06 data manager
1.45 data platform
0.94 date you
0.86 day
2.04 day and
0.94 day for
3.06 day the
1.45 day was
3.4 day's
3.06 day's leave
0.57 days
1.45 days after
1.45 days and
0.6 days since
1.45 deal about
1.45 dear hiring
-0.75 dear ms
3.06 debrief
-0.95 decide
-1.11 decide by
1.45 decide whether
0.6 deciding
1.45 deciding factor
-0.75 decision about
0.83 decision and
3.06 decision but
-1.49 decision by
3.06 decision had
0.94 decision has
3.06 decision of
-0.75 decision on
1.45 decision to
2.55 decision was
1.45 decision with
-0.95 decisions
1.45 degree
1.45 degree in
1.45 delay
1.45 deliberation
-0.75 delivered
1.45 delta
3.06 delta haulage
3.06 dementia
-1.16 department
0.66 depot
1.96 depth
0.94 deputy
1.45 described and
-0.95 described is
0.86 described the
1.96 described to
-1.26 description of
1.45 description was
3.06 deserve
-0.75 design engineer
0.86 design team
0.56 designer role
-0.67 desk
-0.75 detailed
-1.26 developer
-0.75 development
1.12 did
2.3 did enjoy
3.06 did notice
3.06 did the
1.45 didn't work
0.94 difference
1.45 difference to
1.25 difficult
3.65 difficult to
-1.26 digital
0.94 direct
-0.88 director
-1.26 disappointed i
-1.26 disappointed of
-0.75 discharge
1.45 discrimination
1.45 discrimination act
-1.0 discuss
-0.75 discuss the
-1.0 discussed
-0.75 discussed on
-1.68 discussion about
1.45 discussion especially
1.45 dispatch
-0.95 distribution
-0.75 district
1.09 do
1.96 do hope
0.6 do keep
0.94 do next
1.08 do not
2.55 do still
3.06 do understand
3.06 do wonder
0.6 document
-0.67 documents
1.45 does
1.2 doesn't
1.45 doesn't work
-0.75 don't hear
1.45 don't mind
0.6 don't think
-1.11 don't want
1.25 done
1.45 done at
2.3 door
1.12 down the
1.45 down to
-0.75 drive
-1.11 drop
3.06 drove
1.45 dubai
1.45 dubai on
-1.11 due
0.94 durban
0.8 each
0.94 each of
2.3 each stage
-1.11 eager
-1.11 eager to
-1.26 earliest
-1.11 early
-1.26 easier
-0.75 easy
-0.75 editor
1.45 education
1.45 education and
1.45 effort
1.45 eight
2.3 eight years
0.71 either
0.82 either way
1.45 electrical
1.45 electricians
0.94 else from
0.94 else in
-0.95 else that
1.45 else would
0.99 email
0.86 email and
1.96 email regarding
0.66 emails
-0.75 emergency
1.45 employer's
1.45 end and
3.06 end is
0.94 ended
-0.75 ends on
-0.75 energy
0.6 engagement
1.45 engineer b
0.94 engineer post
-1.0 engineer role
3.4 english
0.69 enjoy
3.06 enjoy meeting
-0.75 enjoyable
0.94 enjoyed every
-1.68 enjoyed learning
0.5 enjoyed meeting
0.94 enjoyed seeing
1.96 enough
-2.04 enthusiastic
-2.04 enthusiastic about
1.45 entry
1.45 environment
1.45 environment artist
-0.61 especially
1.45 estate
0.94 estates
0.94 european
1.79 even if
-1.11 even keener
-2.44 even more
1.45 even without
0.6 events manager
1.45 ever that
0.78 every
3.4 every question
1.45 every stage
0.86 every success
0.91 everyone
1.45 everyone i
1.25 everything
1.45 ewm
1.45 exactly that
0.86 exactly what
-0.95 exam
0.6 examples
-0.65 excited
-0.61 excited about
1.12 exercise was
1.45 expand
1.45 expect a
-1.77 expect to
1.45 expected
1.45 expected to
0.81 experience
1.45 experience and
0.6 experience in
1.45 experience of
3.06 experience than
1.45 experience with
0.94 expires
0.94 expires on
0.86 explain
-0.75 explain the
-1.59 explaining
-0.75 explaining that
-0.95 explaining the
1.79 eye
1.45 eye on
1.45 facial
-0.75 facilities
1.45 factor
0.71 fair
3.06 fair amount
1.45 fair to
-0.75 fairly
1.45 familiar
-1.26 far
-0.75 faster
1.45 fault
-1.77 february
1.45 feedback from
-0.75 feedback on
1.01 feel
1.45 feel a
3.06 feel i
4.16 feel the
-1.26 feel very
0.66 feeling
1.45 feeling i
0.94 feelings
0.86 felt
1.45 fenwick
0.6 festival
-0.75 few days
-1.26 few minutes
1.45 field visit
1.12 fifteen
0.51 file
1.45 file and
1.45 fill
1.45 fill in
1.96 filled
3.06 filling
0.9 final
0.94 final decision
1.28 final round
1.45 final stage
1.45 finalist
1.45 finalists
0.94 finally
-1.06 finance
1.45 finance assistant
2.55 find it
2.24 finding
3.06 finding it
-1.38 finds
-1.38 finds you
-1.59 fine
0.6 firm and
1.45 firms
-1.77 first choice
0.94 first ninety
1.45 first round
3.06 first twenty
-0.95 first year
-1.38 fit
-0.75 fits
1.07 five
1.45 five and
1.45 five minutes
1.96 five weeks
0.94 five years
1.45 flag
1.45 flag that
1.45 fleet operations
-0.75 fleet planning
-0.75 flood
1.25 floor
0.6 flow
1.45 followed
-1.08 following
1.45 following morning
-0.75 following my
-0.75 following the
-1.07 following up
0.66 foods
1.45 foods has
1.45 for all
-2.44 for any
1.12 for anything
1.22 for being
-1.26 for calling
1.45 for eight
-1.11 for explaining
1.17 for future
1.45 for getting
-0.75 for having
0.94 for how
1.18 for informing
-2.16 for interviewing
1.12 for inviting
1.05 for letting
-1.38 for meeting
-2.04 for my
-0.95 for next
1.45 for nothing
-0.75 for on
0.94 for organising
3.4 for other
-0.75 for our
-0.75 for passing
1.45 for releasing
2.3 for running
-0.75 for seeing
1.79 for similar
1.45 for six
1.45 for someone
1.45 for st
0.6 for such
-0.57 for taking
-0.95 for telling
2.3 for that
-2.04 for this
-0.75 for thursday's
0.6 for tuesday's
1.2 for what
-0.95 for which
1.96 form
-0.75 former
-0.75 fortnight
0.86 forty
-0.69 forward
-0.97 forward to
-1.59 found
-0.75 found the
3.4 four rounds
1.45 four stages
-0.75 four weeks
-0.75 fourth
1.45 framework
-0.95 frank
0.86 frankly
1.45 frankly i
1.2 free
3.06 freeze
-1.02 friday
-1.11 friday <n>
-0.75 friday for
1.45 friendly
-1.77 from <n>
0.94 from a
1.45 from an
-1.06 from another
-1.21 from me
-0.75 from our
3.65 from what
1.96 from where
-0.89 from you
0.66 from your
1.45 front
1.45 front office
1.45 full
1.45 fuller
1.45 fuller picture
-0.75 fully understand
1.45 funded
-3.12 further
-1.38 further documents
-0.75 further information
-0.95 further you
1.33 future
3.06 future candidates
-0.75 future i
0.99 future openings
1.65 future roles
3.85 future vacancies
1.96 galway
2.55 gap
3.06 gap was
0.94 garden
0.94 gardens
0.84 gave me
0.94 geelong
1.45 general
1.96 general manager
3.06 generic
2.55 gently
1.45 gently point
2.55 get a
1.45 get an
-0.75 get the
0.81 getting
0.94 getting back
1.45 getting the
1.45 gis
-2.35 give
-1.59 give me
-0.75 give you
1.2 given
3.06 given a
1.45 given how
1.45 given my
1.12 given that
0.6 given the
0.94 given to
-0.75 giving
3.06 glassdoor
0.6 god
0.6 god bless
1.45 going through
1.12 going to
0.6 gone to
0.6 gone well
0.54 good
1.45 good day
3.06 good luck
-0.95 good news
1.45 good sense
-0.75 good start
0.94 good way
1.07 got
1.45 got a
3.06 got this
0.6 government
0.66 graduate
1.45 graduate planner
1.45 graduate roles
1.45 graduate trainee
1.45 grant reporting
-1.49 grants
-0.75 grants officer
1.45 graphic
1.45 graphic designer
-0.58 grateful for
-1.38 grateful if
-0.87 great
-0.95 great to
0.94 greyfield
1.13 group
0.94 group and
1.79 group exercise
-0.75 grow
0.94 grown
0.6 growth
1.45 growth marketing
-0.95 guessing
0.6 guest
1.45 guest relations
0.94 guidance
1.13 had
1.96 had an
3.85 had been
1.96 had clearly
3.06 had from
0.94 had gone
0.6 had hoped
2.3 had in
1.45 had my
1.45 had not
1.45 had prepared
1.79 had the
1.45 had to
0.6 hadn't
0.6 halden
1.45 hale
-1.26 hand
0.6 handed
1.2 handled
1.65 hands
2.04 hands on
0.6 hangar
1.45 happen
0.94 happily
-0.66 happy
-0.62 happy to
0.6 harbour
1.45 harbourline
1.81 hard
0.94 hard feelings
1.45 hard for
3.4 hard not
2.1 hard to
-0.75 harder
0.94 has a
0.94 has changed
1.45 has got
1.45 has grown
1.45 has had
3.06 has just
-1.11 has made
1.45 has never
1.45 has now
-0.75 has stayed
1.96 has to
-0.75 hasn't
1.2 hate
1.45 hate for
0.94 hate to
1.45 haul
1.96 haulage
-1.02 have a
-0.75 have also
0.94 have chosen
1.45 have copied
1.45 have done
3.06 have expected
-0.75 have had
0.6 have handled
1.45 have i
-1.26 have it
1.45 have kept
1.96 have liked
3.06 have lost
1.45 have managed
1.12 have not
0.94 have now
0.94 have one
1.45 have prepared
1.96 have read
-1.59 have received
1.45 have run
3.4 have saved
1.45 have spent
0.66 have the
-0.75 have them
0.86 have thought
1.28 have to
-0.75 have worked
-0.95 having me
1.45 having now
0.83 he
1.45 health and
3.06 hear a
0.6 hear about
-1.26 hear how
1.45 hear if
-1.49 hear it
2.04 hear of
0.6 hear the
-0.75 hear where
0.81 heard
1.45 heard back
-1.56 hearing from
1.45 hearing where
1.45 heavy
-1.26 held
-0.75 held on
1.96 help noticing
-0.95 help with
0.94 help your
-0.95 helped
-1.0 helpful
1.45 helpful to
-1.26 helps
2.41 her
-0.95 higher
1.45 hilsen
1.45 him
1.45 hindsight
1.25 hire
0.82 hiring
0.94 hiring team
2.07 his
3.4 his phone
0.6 history
1.45 hold it
1.45 hold the
-0.95 holding
1.45 holiday
-0.75 holidays
0.94 home
1.96 home and
1.45 home task
1.18 honest
1.45 honest i
1.96 honest i'm
1.45 honest that
1.96 honest with
1.45 honestly i
-1.11 honesty
-0.75 honoured
0.6 hope i
0.66 hope that
0.55 hope the
-0.98 hope to
-1.08 hope you're
-0.75 hoped for
-1.68 hoped to
-0.75 hoping
0.6 hoping for
-1.11 hoping to
1.45 hosting
1.76 hour
-0.95 house
1.45 how a
0.82 how i
0.94 how it
1.45 how my
1.45 how positive
1.45 how they
1.45 how things
1.45 how this
-1.68 how your
1.08 hr
-0.75 hundred
-0.75 hurry
1.45 husband
2.24 i accept
-0.77 i am
0.6 i answered
1.45 i applied
-0.65 i appreciate
1.45 i ask
1.45 i assume
-0.75 i attended
-2.21 i came
1.45 i can't
-1.68 i completely
0.94 i continue
0.96 i could
1.96 i couldn't
1.37 i did
2.38 i do
0.6 i especially
1.45 i expected
1.96 i feel
1.45 i fell
2.75 i find
-1.38 i found
-1.26 i fully
-1.26 i gave
1.45 i get
1.45 i got
0.82 i had
-0.95 i hold
-0.65 i interviewed
0.6 i keep
-0.54 i know
-1.68 i learned
-1.26 i led
-1.84 i left
0.86 i liked
-1.68 i loved
1.25 i may
0.56 i mention
-0.75 i mentioned
1.9 i met
1.2 i must
-1.98 i need
-1.38 i noticed
1.82 i only
0.94 i plan
2.3 i prepared
1.45 i put
-0.75 i ran
-0.75 i realise
1.45 i received
-0.75 i reckon
0.86 i respect
0.86 i said
1.12 i saw
1.45 i say
0.6 i see
1.45 i sent
-0.95 i simply
1.45 i sit
3.06 i spent
-0.95 i stand
1.62 i still
1.7 i suppose
1.14 i suspect
0.81 i think
-0.65 i thought
1.45 i told
2.3 i took
-0.95 i valued
0.6 i very
3.06 i walked
-1.29 i wanted
0.62 i was
1.79 i wasn't
1.96 i went
2.25 i wish
0.94 i wrote
0.94 i'd expect
1.45 i'd genuinely
1.45 i'd hate
3.06 i'd have
1.45 i'd hope
1.45 i'd imagine
-1.26 i'd just
-0.75 i'd love
2.21 i'd still
-0.95 i'd very
-0.95 i'd welcome
1.08 i'll admit
-0.75 i'll assume
-0.75 i'll give
0.56 i'll keep
1.45 i'll leave
-0.75 i'll need
0.6 i'll take
0.94 i'm afraid
-0.95 i'm confident
-0.58 i'm disappointed
3.06 i'm finding
-1.34 i'm following
1.96 i'm glad
-0.75 i'm guessing
3.06 i'm left
1.03 i'm not
-0.95 i'm really
1.0 i'm sorry
-0.86 i'm still
0.6 i'm sure
-0.88 i'm very
-0.7 i'm writing
-0.75 i've already
1.45 i've attached
-1.26 i've had
-0.95 i've received
1.45 i've since
0.94 i've started
-1.11 idea
-0.95 idea of
-1.11 if a
0.94 if another
-0.95 if not
1.45 if so
1.96 if something
-2.16 if that
0.51 if the
-1.06 if there
1.45 if things
-0.54 if you
-1.49 if you're
-0.95 if your
1.45 implementation
-0.75 improve
-0.95 in <n>
-0.95 in about
1.45 in all
1.45 in at
-2.59 in case
3.06 in construction
1.45 in detail
1.45 in dubai
1.45 in durban
-0.95 in early
0.69 in future
0.94 in good
1.45 in helping
1.45 in high
1.45 in hindsight
1.45 in hotel
0.94 in it
-0.83 in joining
0.6 in march
0.94 in may
1.61 in mind
-0.65 in my
-1.08 in on
1.45 in particular
1.45 in practice
1.12 in their
-1.11 in this
1.45 in turkana
1.45 in under
1.45 in which
-0.95 in working
-1.11 inbox
1.45 included
1.2 including
1.45 including a
1.45 individual
0.97 informing
0.97 informing me
0.94 infrastructure
0.6 inspection
1.45 instead
0.6 intake
1.45 intend
1.45 intend to
1.45 interest and
-1.11 interest in
0.6 interest of
-0.79 interested
-1.0 interested and
0.86 interested but
-0.75 interested in
-1.11 interesting
2.3 internal
1.45 interview as
1.96 interview at
1.45 interview day
-1.45 interview for
3.06 interview i
0.83 interview last
-1.11 interview me
-1.04 interview on
0.6 interview so
0.6 interview that
-0.95 interview this
1.79 interview was
-0.58 interview yesterday
-0.91 interviewed
-0.75 interviewed with
2.55 interviewer
3.06 interviewer joined
-0.6 interviewing
-2.16 interviewing me
0.83 interviews
1.79 interviews and
0.94 interviews for
3.06 into account
1.45 into it
-0.67 into the
-0.75 introducing
-0.75 inventory
1.45 invited
1.12 inviting
1.12 inviting me
-0.75 involve
-0.75 involved
0.9 is a
-0.75 is all
-1.68 is any
-1.11 is anything
0.94 is back
3.06 is difficult
0.94 is doing
-1.77 is exactly
3.06 is hard
1.45 is meant
-1.26 is my
-1.11 is no
1.58 is not
1.45 is now
0.94 is one
1.96 is simply
-0.75 is something
-1.38 is that
-1.59 is there
-1.11 is well
-0.95 isn't possible
1.45 isn't the
2.3 it a
0.6 it again
1.45 it be
1.45 it best
0.94 it but
1.45 it confirmed
1.45 it didn't
1.96 it does
1.45 it ended
1.45 it felt
3.06 it gave
1.79 it had
2.41 it hard
-0.58 it has
-0.75 it helps
0.7 it is
0.6 it isn't
1.79 it only
3.06 it quite
1.45 it says
1.96 it seemed
3.4 it seems
1.45 it should
1.45 it showed
1.45 it so
0.94 it sounds
0.69 it to
0.94 it wasn't
1.96 it went
-0.75 it will
0.59 it would
0.66 it's a
-1.26 it's been
3.06 it's hard
1.45 it's rare
2.55 it's worth
3.4 item
-1.11 its
-0.75 its own
0.66 itself
-0.75 january
0.6 jebel
0.6 jebel ali
3.06 jen
1.45 job description
-0.75 jobs
-2.06 join
-1.28 join the
-1.38 join you
-2.04 join your
3.4 joined
-0.86 joining
1.96 judge
3.06 judge candidates
1.45 judged
-1.26 july
-0.87 june
0.6 june for
0.94 junior data
1.45 just as
-1.38 just checking
-0.75 just let
1.45 just like
-0.75 just rather
-0.95 just wanted
0.94 kaveri
-0.86 keen
-0.64 keen on
-1.05 keen to
-1.38 keener
1.79 keep an
1.45 keep coming
0.94 keep in
1.08 keep me
3.06 keep up
-1.0 keeping
-1.77 keeping well
1.96 kept in
0.94 kind email
1.45 kind to
1.96 kindly keep
-0.95 kindly let
1.96 kindly note
1.3 know about
0.87 know and
-0.95 know by
-0.95 know if
0.94 know it
-0.95 know my
3.06 know not
1.45 know personally
0.5 know the
0.86 know what
-0.95 know whether
2.3 known
-0.67 lab
-1.26 laboratory
-0.75 laboratory technician
1.45 labs
0.94 lagos
0.94 landed
1.96 language
0.86 large
1.45 large part
0.6 last <n>
0.6 last month
0.94 last three
0.6 last thursday
0.94 last tuesday
-0.75 last two
1.45 late
3.06 late and
1.45 later in
1.45 law
1.45 lead a
1.12 lead position
0.86 leader
0.94 leader position
1.96 leadership
1.45 leadership team
-0.82 learn
-0.88 learned
-1.49 learned a
-0.67 learning about
3.06 learning on
-0.75 learnt
-0.75 learnt a
-0.75 lease
2.04 least
3.06 least i
1.31 leave
3.06 leave and
1.45 leave it
0.94 lecturer in
-1.38 led the
1.45 led to
1.12 left a
-0.95 left even
1.0 less
1.45 less time
1.45 lesson
-0.91 let
1.45 let candidates
-0.84 let me
-1.59 let you
1.65 letter
1.45 letter of
1.04 letting
1.06 letting me
1.45 level i
-1.11 librarian
-0.75 librarian post
-1.26 library assistant
0.6 licence
0.94 licensed
1.45 licensed aircraft
0.6 life
1.45 like and
1.45 like exactly
0.94 like i
0.94 like me
1.45 like someone
0.86 like the
1.45 like this
1.14 liked
1.45 liked hearing
0.94 liked what
-0.75 line and
3.06 line email
1.96 line up
1.12 lines
1.45 link
3.06 linkage
1.0 linkedin
-1.77 list
-0.75 list and
1.45 listed
3.06 listing
0.6 little
3.06 little surprised
1.18 live
1.45 live up
0.94 load
0.94 localisation
-0.75 log
1.45 logistics and
-0.75 logistics coordinator
-0.75 logistics planner
0.51 long
-0.75 longer
3.65 look at
-0.9 look forward
1.65 looked
1.96 looked at
3.06 looked to
1.58 looking
3.4 looking at
1.96 looking back
1.79 looking for
3.4 loss
2.04 lost
-1.26 lot from
0.6 lot to
0.94 love the
-1.68 loved
-1.49 loved hearing
1.0 lovely
1.45 loyalty
1.45 loyalty app
3.85 luck
3.06 luck filling
3.06 luck with
-0.75 lunch
-0.75 m
1.45 made a
1.45 made by
1.79 made it
-0.88 made the
3.06 made up
1.7 mail
3.06 mail and
3.06 mail regarding
-1.38 make a
0.6 make sure
0.66 makes
3.06 makes me
-0.95 manage
0.94 managed
3.06 manager interview
0.63 manager position
-0.95 managing
0.6 many of
1.45 many times
0.66 marine
0.58 marketing
0.86 marketing coordinator
-0.75 marketing executive
0.94 master's
1.2 match
1.45 match for
1.45 matched
0.6 matters
1.12 may be
0.94 may have
-0.75 may not
3.06 may offer
1.45 may want
1.45 maybe
0.63 me about
1.45 me across
-1.11 me an
-1.68 me and
1.12 me as
0.6 me at
-0.75 me by
-0.75 me during
-1.49 me even
0.51 me for
1.96 me forward
1.45 me go
-0.75 me if
0.55 me in
0.63 me know
1.96 me last
1.25 me of
3.06 me off
-1.73 me on
-0.75 me over
-0.95 me round
1.45 me so
-1.11 me such
0.94 me the
-1.26 me through
0.88 me to
1.45 me what
1.45 me which
1.2 me with
3.06 me wonder
-0.65 me yesterday
-0.95 means
0.86 meant
0.94 meant to
-1.49 meantime
0.6 medical
1.45 meet again
1.45 meet me
-0.75 meet you
1.45 meet your
-1.11 meeting me
0.62 meeting the
-1.34 meeting with
0.6 meeting you
-0.75 meets
1.45 member
0.6 mention this
-1.65 mentioned
0.94 mentioned so
-1.84 mentioned that
-1.38 mentioned the
-0.75 mentioned you
-0.95 menu
1.2 message
1.7 message about
0.94 message and
0.73 met
0.6 mid
1.45 mid market
1.45 middle
1.45 middle of
-1.11 migration
0.94 million
1.45 million for
1.73 mind
0.94 mind and
1.65 mind for
1.96 mind me
1.45 mind when
0.69 mine
1.45 mine was
0.86 minute
1.54 minutes
-0.95 minutes at
3.4 minutes late
3.06 minutes with
1.45 mix
-0.95 mobile
-1.11 model
-0.95 modelling
1.45 module
-1.0 moment
-3.12 monday
-1.11 monday about
-1.11 monday and
-1.92 monday for
-1.38 monitoring
-1.13 month
-1.26 month end
-1.26 month so
-0.75 monthly
-1.06 months
-0.75 more certain
-0.75 more eager
1.45 more experience
1.45 more of
0.6 more senior
0.94 more time
-1.05 morning
-0.95 morning and
-0.75 morning for
-1.26 most like
2.09 most of
-0.71 move
1.45 move into
1.45 move on
0.94 moved on
-1.84 moving
1.45 mr hale
1.96 much about
0.6 much and
1.45 much enjoyed
1.45 much i'd
-2.1 much like
1.82 much of
-0.75 much prefer
-0.75 much rather
1.45 much to
1.25 must
1.45 must be
1.45 must say
-2.04 my answer
2.3 my answers
0.6 my background
0.94 my best
-1.49 my career
0.6 my congratulations
1.45 my course
-2.99 my current
0.94 my cv
0.94 my details
-0.75 my experience
1.45 my file
0.6 my final
-2.26 my first
1.45 my husband
-0.75 my inbox
-1.26 my interest
-0.96 my interview
-0.75 my lease
-1.26 my manager
0.6 my name
-1.11 my next
-1.49 my notice
1.08 my own
-0.75 my partner
1.45 my performance
-0.75 my phone
3.06 my plan
0.66 my portfolio
-0.95 my present
0.94 my profile
1.45 my proposal
1.45 my scores
0.6 my second
1.45 my sharpest
-0.95 my two
-0.75 my work
-2.1 myself
0.94 nd may
1.45 near
1.45 near the
1.45 nearly
-1.61 need
-0.95 need a
-1.59 need from
1.45 need it
0.6 need someone
-2.56 need to
-1.11 need your
-0.58 needed
-0.75 network
2.34 never
1.45 never had
3.06 never quite
-0.52 new
1.96 new hire
-0.75 new starters
-0.68 news
0.94 news and
-0.75 news from
0.6 news i
-1.11 news on
0.94 news was
-0.68 next
1.45 next and
3.06 next campaign
-0.75 next month
0.94 next round
-0.75 next stage
-1.68 next step
-0.7 next steps
-0.75 next week
-0.75 next year
-0.95 night shift
1.12 ninety
0.94 ninety days
1.45 no and
0.94 no hard
0.94 no is
-0.75 no need
1.96 no one
-1.38 no rush
1.65 nobody
1.45 nobody has
0.94 noor
2.3 nordvik
1.45 north
-1.26 northern
0.81 not
1.96 not a
3.4 not been
3.4 not convinced
1.45 not every
1.45 not fully
-1.38 not have
0.94 not heard
3.06 not how
-0.75 not possible
3.06 not read
1.45 not selected
4.29 not sure
1.25 not the
0.8 not to
-1.11 not want
1.06 note
1.45 note after
1.45 note and
1.96 note that
1.08 nothing
0.63 notice
-1.11 notice period
-1.68 noticed
1.96 noticing
1.45 noticing that
-1.38 november
0.6 now and
1.45 now seen
0.94 now that
0.94 nurses
3.06 obviously
1.45 occasion
-1.84 october
-0.75 of a
0.94 of an
3.06 of any
-0.75 of being
-0.75 of four
1.45 of future
1.45 of interviews
0.65 of it
-0.95 of last
3.06 of luck
0.6 of me
-0.75 of news
0.69 of our
1.45 of people
1.7 of that
-1.77 of this
1.12 of time
1.45 of transparency
2.04 of us
1.45 of what
1.12 of why
1.12 of work
-1.11 of you
1.12 off the
3.06 off twice
-0.75 offer and
-1.11 offer from
1.45 offer is
3.4 offer one
0.94 offered a
-0.95 offered me
-1.11 offers
-0.75 office manager
-0.75 office on
1.45 office who
0.6 officer position
-0.95 officer role
0.94 offshore
-1.68 often
2.3 old
-1.38 on <n>
1.02 on a
-0.75 on and
0.94 on every
3.06 on finding
-0.82 on friday
2.3 on his
-0.95 on hold
1.45 on i
0.94 on joining
1.12 on linkedin
-2.92 on monday
3.06 on opportunities
3.06 on platform
0.94 on reflection
1.96 on saturday
2.55 on site
0.6 on sunday
0.94 on them
-2.59 on thursday
1.45 on time
-0.75 on timing
-0.86 on tuesday
-2.48 on wednesday
-1.84 on where
-0.95 once again
-1.11 once more
1.45 once the
1.45 once you
-1.11 one i
1.96 one in
1.45 one is
0.94 one on
0.94 one piece
3.06 one question
2.3 one small
1.45 one so
1.45 one that
1.79 one thing
3.06 one to
-0.75 one way
3.06 one wrong
2.55 online
1.45 online course
0.86 only
1.45 only because
3.4 only hope
0.6 only mention
1.45 only say
0.66 only so
1.45 only to
-1.11 onto
0.93 open
1.45 open about
0.94 open i
2.92 open to
0.6 open up
-1.11 open with
1.45 opened the
-1.0 opening
-0.95 opening comes
-0.75 opening in
1.17 openings
1.45 openings at
0.6 openly
-0.95 operation
1.2 operations coordinator
1.2 operations manager
1.45 opportunities
1.96 opportunities with
-0.95 opportunity and
-0.78 or
-1.26 or a
-1.11 or the
-0.75 or two
1.45 or whether
1.45 order
0.69 organisation
1.45 organisation and
3.4 organisation's
1.45 organisations
1.0 organised
2.3 organised day
0.94 organising
1.45 organising the
3.06 ota
0.74 other
0.6 other applicants
1.45 other applications
1.45 other graduate
3.06 other openings
0.66 otherwise
0.94 otherwise i
-1.01 our
-0.75 our call
0.94 our chat
-1.2 our conversation
-0.95 our first
1.96 out for
1.96 out that
1.03 outcome
0.94 outcome for
0.6 outcome of
-0.95 outreach
1.7 outside
1.45 outside that
0.94 over two
0.71 own
1.45 ownership
0.56 p
0.56 p s
3.06 pacific
0.66 page
1.45 paired
0.89 panel
2.55 panel and
0.94 panel gave
1.96 panel had
1.96 panel has
0.94 panel on
3.06 panel seemed
1.45 panel that
0.94 panel took
2.3 panel will
1.45 paperwork
-0.75 paralegal
-0.56 part of
-0.75 part was
1.45 particular
-0.98 particularly
-0.58 particularly the
-0.75 partnerships
0.6 pass on
1.45 passed on
-0.75 passing
-0.75 passing on
1.08 past
1.45 past few
-1.26 patient
-2.1 payroll
3.06 peak
3.06 peak season
1.45 people in
1.45 people it
1.45 people who
-1.11 per
-0.75 per cent
1.45 performance
2.55 perhaps
1.45 perhaps i
-1.38 period
0.79 person
3.06 person specification
1.45 person to
0.86 personal
1.45 personal note
1.2 personally
3.06 personally i
1.45 pharmacist
1.12 phone
1.96 phone call
3.06 phone for
1.45 pick
1.2 picked
-0.82 picture
0.6 piece
0.94 piece of
1.45 pilbara
-0.95 pilot
-0.95 pipeline
0.66 place
-0.75 placement
0.94 plainly
1.45 plan for
-1.11 plan my
-0.75 plan to
-1.11 planned
-0.95 planner position
-1.11 planning
-0.95 planning my
-0.95 planning team
-0.79 plans
0.6 plate
1.45 platform
0.6 platform team
0.94 play
-0.95 please do
-0.67 please don't
1.45 please keep
-0.65 please let
0.6 please thank
-0.67 pleased
-0.67 pleased to
0.56 pleasure
0.69 pleasure to
3.06 pledge
1.45 plenty
0.6 point
-0.75 point i
1.45 point of
2.3 point out
0.94 points
0.94 policy adviser
1.45 policy officer
0.94 pool
0.66 portal
-1.17 position at
-0.75 position i
-0.58 position in
-0.95 position of
-1.49 position on
0.94 position with
3.4 positions
0.94 positive
-0.95 possibility
-0.95 possibility of
-1.06 possible
-0.95 post at
1.12 post comes
0.6 post has
-1.26 post in
-1.11 post of
-1.11 post on
-0.95 postdoctoral
3.4 posting
3.06 posting listed
3.06 posts
0.94 power
-0.75 practical
0.82 practice
-1.84 prefer
-1.59 prefer to
0.94 preparation
1.62 prepared
3.4 prepared for
0.94 preparing
0.97 presentation
3.06 presentation for
1.12 presented
0.66 pretend
0.94 previous
1.45 print
0.6 priority
1.45 priority for
-1.59 problem
0.6 problems
1.45 process engineering
3.4 process was
1.96 process with
-0.95 processes
0.94 procurement officer
-0.75 producer
-0.67 product
-0.75 product designer
0.94 product team
1.45 professional
0.6 professor
1.02 profile
3.06 profile for
0.89 programme
1.79 programme and
1.96 programme officer
1.45 project with
1.96 promised
1.45 prompt
1.79 proper
3.06 proper one
1.08 properly
1.45 proposal
3.06 proves
3.06 proves useful
-1.98 provide
-0.75 provide any
-1.11 provide anything
-0.75 provide references
-1.11 public
1.96 published
0.66 pune
1.45 pune and
0.94 pune office
1.96 put in
1.45 put me
1.45 putting
1.45 putting me
-0.75 qualified
1.45 quality assurance
-1.11 quarter
1.96 question and
1.45 question as
1.45 question what
0.52 questions
-0.75 questions about
1.45 questions i
-0.75 quick
1.45 quicker
1.96 quite
1.45 quite a
3.06 quite what
1.45 rang
0.94 range
1.45 ranking
1.45 ranking for
0.6 rare
1.45 rare to
0.6 rate
-0.75 rather know
0.94 rating
-1.38 rd
0.82 re
0.6 reached
1.45 reached the
-0.75 reached you
2.02 read
1.96 read it
-1.26 ready
-0.75 ready to
0.94 realised
1.45 really did
0.63 really enjoyed
-1.26 really keen
-0.75 really like
1.45 really love
1.12 reason
1.45 reason i
1.96 reasons
1.45 reasons i
-0.75 receive
-0.95 received a
-1.77 received an
0.86 reception
-0.95 reckon
-0.95 reconciliation
1.45 reconnect
1.45 record so
3.06 recorded
3.06 recruiter
0.83 recruitment
1.45 recycling
1.45 referees
-0.75 reference
1.45 referral
0.6 reflection
1.96 reflects
-0.75 refreshing
0.94 regard
-1.06 regional
1.45 registered
1.45 registered nurse
0.6 regret
1.45 regret it
3.06 rejection
0.94 relations
1.45 relationship
-0.75 relationships
1.45 relaunch
-0.75 release
1.45 releases
1.45 releasing
1.45 releasing my
1.45 remain interested
1.12 remain keen
-0.71 remain very
-1.68 remains
-1.38 remains my
-0.75 remember
-0.75 reminder
-0.75 renewal
0.94 reply by
1.96 reply to
0.94 replying
0.86 report
1.45 report from
0.6 reports to
1.12 request you
1.45 requested
1.45 requirement
1.12 requirements
1.45 research data
0.94 research software
-0.95 researcher
1.45 residents
1.45 residents i
1.45 resolved
1.45 resort
1.12 respect
1.45 respect i
0.86 respect the
1.45 respect your
0.94 restructuring
1.07 result
1.45 result of
-1.26 results
0.6 returns
1.45 returns flow
1.12 revenue
1.45 revenue manager
0.6 right person
3.06 right this
-1.26 ring
1.45 ringing
-1.38 risk
0.6 riverside
1.45 riverside venue
1.45 riyadh
-0.54 role
-1.13 role and
0.6 role as
-0.52 role at
1.45 role by
0.6 role comes
-0.75 role especially
-0.95 role feel
0.94 role from
1.45 role going
-0.75 role has
-1.59 role i
0.6 role in
1.45 role needs
3.65 role was
0.94 role with
1.64 roles
3.4 roles at
1.96 roles in
1.45 roles with
-1.11 rollout
0.51 room
0.66 room and
-1.11 rota
-1.11 roughly
-1.26 round the
1.45 round was
2.1 rounds
2.3 rounds and
-1.11 route
0.94 routes
0.6 run a
0.94 run the
1.45 running such
1.45 running the
-1.26 runs
-1.84 rush
-0.75 rush at
3.06 rushed
1.96 s i
1.01 said
0.94 said about
1.45 said it
1.45 said my
1.45 said so
1.45 said the
-0.75 salary
0.99 same
1.45 same way
1.96 sap
1.45 sap ewm
1.45 sat
1.12 saturday
-0.95 save
2.3 saved
3.06 saved us
0.94 saw
1.45 saw of
0.61 say
1.12 say i
-1.11 say i'm
0.51 say that
1.45 say this
1.45 saying
1.45 saying so
1.2 says
-0.75 scale
1.45 scanners
3.06 scenario
1.12 scheduling
1.45 scheduling and
0.66 scheme
3.06 scheme and
-1.77 school
-0.95 science
0.86 scores
0.94 scores and
1.45 scores for
1.96 scoring
3.06 screen
1.12 screening
1.45 screening call
-1.38 search
0.7 second interview
0.86 second round
3.06 second time
-0.75 second year
1.45 seconds
0.94 section of
0.62 see
2.04 see how
1.45 see it
1.45 see that
1.96 see where
-1.26 see whether
-0.65 seeing
-0.75 seeing me
2.24 seemed
1.45 seemed to
3.65 seems
3.06 seems to
0.66 seen
0.94 seen the
1.12 selected
0.94 selected for
0.86 selection
1.45 selection board
-1.11 send
-1.38 send it
1.45 senior accountant
1.45 senior ux
0.66 sense of
1.02 sent
3.06 sent before
3.06 sent in
-0.75 sepsis
-1.92 september
1.45 service and
0.94 service team
1.0 session
1.45 session with
0.94 set out
0.94 settled
0.6 seven
0.71 several
1.45 several candidates
1.45 shah
1.45 shame
-0.69 share
1.45 share i'd
0.94 share one
0.6 share the
-0.75 shared
1.45 sharjah
1.45 sharpest
1.45 she
3.06 she's
3.06 shift on
-0.75 shift supervisor
1.45 shift team
1.45 shifted
-0.75 shifts
1.45 shipped
3.06 short phone
-0.75 shortlist
1.45 shortlisted
0.6 should a
1.12 should have
0.94 should say
0.94 show
0.6 shows
1.12 silence
-0.65 similar
-0.75 similar post
-0.95 similar role
1.79 similar roles
-0.75 simpler
-0.75 simply wanted
-0.59 since
-0.95 since our
0.6 since then
-1.92 since we
0.66 single
0.6 sit
0.82 site
-0.75 site engineer
1.45 site last
1.45 site manager
3.06 site supervisor
0.94 site visit
0.86 sites
0.94 sitting
-0.75 six months
1.12 six years
1.45 slightly
1.45 slot
0.6 slow
3.06 small suggestion
-0.75 small update
0.94 smoothly
0.6 so a
1.45 so at
0.91 so i'm
0.6 so i've
0.6 so it
0.66 so much
0.94 so my
1.45 so perhaps
-1.49 so please
0.94 so quickly
3.06 so this
1.45 so welcoming
0.6 software engineer
1.45 software which
1.45 some feedback
-1.38 some point
0.64 someone
1.45 someone at
1.45 someone in
0.86 someone with
0.94 something about
0.94 something suitable
0.94 something to
1.45 sometimes
-1.26 soon
-1.11 sooner
0.94 sorry it
-0.75 sorry not
-1.11 sorry to
-0.75 sort
0.83 sounds
-1.11 sous
-0.95 sous chef
0.94 south
1.45 soybean
1.45 soybean trials
-0.75 spare
-1.11 specialist
3.06 specification
-1.38 spend
-0.75 spend the
1.64 spent
2.3 spent most
3.06 spent that
1.45 spirit
1.45 spirit of
-0.75 splits
1.45 spoke i've
-1.26 spoke on
3.06 spoken
-0.75 spot
-1.77 spring
3.06 square
1.45 st <n>
1.45 staff nurse
1.26 stage
1.45 stage and
1.45 stage i
1.45 stage of
0.66 stages
-0.6 stand
-1.26 standard
-0.95 stands
-0.61 start
-0.75 start date
1.45 started a
-0.75 starters
-0.75 state
0.6 station
-0.75 status
-1.26 stayed
-1.11 stayed with
-2.1 step
-0.83 steps
1.45 still a
2.55 still be
1.45 still consider
1.45 still i'd
0.86 still keen
3.85 still like
0.6 still love
-0.75 still my
1.45 still open
-1.38 still really
3.06 still respect
-0.92 still very
-0.75 still waiting
0.6 still want
1.45 stings
1.96 stopped
-1.26 store
-0.75 store manager
0.94 straight with
0.94 strategist
0.94 strategist role
-1.11 stronger
-0.95 strongest
0.94 structural
1.45 structural engineer
1.45 struggling
3.06 struggling to
0.94 stuck
-1.49 student
-0.95 students
-0.58 studio
0.82 study
1.45 study and
1.45 study i
-0.95 subject checking
1.96 subject follow
1.45 subject following
2.55 subject re
1.45 subject thanks
0.65 success
0.94 success role
1.45 success with
0.66 successful
3.06 successful candidate
1.0 such a
-1.59 such as
1.45 suggest
3.06 suggestion
1.45 suitable comes
1.45 suitable role
-0.95 suite
-0.95 suits
-0.75 summary
-1.92 summer
0.6 sunday
1.45 sunday and
-0.83 supervisor
1.45 supervisor job
-0.95 supervisor position
-0.75 supplier
1.45 supply chain
0.94 support team
1.45 support your
1.45 supporting
1.7 suppose
1.23 sure
1.45 sure that
1.2 sure the
1.45 sure they
1.45 surprised
3.4 surprised that
1.45 survey
-1.11 surveyor
1.14 suspect
1.45 suspect it
-0.95 system and
1.45 system design
1.45 system you
1.45 systems lead
1.45 take home
0.94 take that
0.94 take this
-1.26 take time
1.79 taken
-0.95 takes
-0.61 taking
-0.75 talk through
3.06 tandem
0.86 task
1.45 tasks
-0.75 tasting
-0.75 tax
0.94 tea
1.45 teach
1.45 team all
1.45 team but
1.45 team especially
0.6 team every
-0.75 team hoped
1.45 team i
-1.38 team is
1.45 team lead
0.86 team leader
1.45 team made
-0.75 team of
1.12 team on
-0.75 team so
-0.75 team that
1.45 team with
-0.75 team would
0.94 team you
-1.11 team's
-1.11 teams
1.34 technical
1.45 technical round
3.06 technical test
1.45 technician role
1.45 telephone
1.0 tell me
0.94 tell you
-1.26 telling
-1.11 telling me
1.96 ten minutes
1.45 tenancy
-0.75 tend
-0.75 tend to
-0.75 term
1.12 terminal
-0.95 territory
1.15 test
2.55 test and
-1.67 th
0.6 th june
-0.95 th of
0.94 than ever
3.4 than me
-0.75 than most
0.86 than the
-1.11 thankful
-0.75 thankful for
0.6 thanks
1.45 thanks a
-1.26 thanks and
1.41 thanks for
0.6 thanks very
1.96 that <n>
2.04 that a
0.94 that after
-0.75 that as
1.45 that before
-0.75 that date
-0.95 that experience
1.45 that for
3.06 that had
-0.75 that i'd
-1.38 that i'm
1.45 that if
1.08 that in
-0.55 that is
-0.75 that isn't
1.65 that it
1.45 that kind
0.6 that might
-0.55 that my
1.45 that no
1.45 that nothing
1.45 that on
0.94 that said
3.06 that shift
1.27 that the
-0.95 that this
1.45 that time
0.94 that to
0.66 that was
1.45 that way
0.94 that week
1.45 that were
1.45 that will
-1.11 that work
-1.77 that would
3.06 that your
1.18 that's
1.45 that's useful
-1.84 the <n>
0.94 the a
1.45 the aarhus
-0.95 the accounts
1.79 the advert
2.3 the advertisement
1.12 the analytics
1.45 the answer
1.45 the appointment
2.04 the assessment
3.4 the assessors
-1.26 the assistant
-0.75 the associate
3.06 the automated
1.96 the back
-0.95 the backend
1.12 the bank
-0.75 the big
1.45 the blade
-0.58 the board
0.6 the branch
1.45 the bristol
-0.75 the budget
-0.95 the business
1.45 the cabin
1.76 the call
1.45 the campaign
0.94 the candidates
1.45 the cellar
1.45 the chair
-0.75 the claims
0.94 the client's
1.45 the clinic
0.51 the clinical
1.45 the coastal
-1.68 the community
0.6 the company's
-0.65 the conversation
0.94 the council
0.6 the courtesy
-0.95 the credit
0.83 the crew
1.12 the current
0.83 the data
1.45 the date
1.06 the day
1.45 the deciding
1.17 the decision
1.45 the depot
1.45 the deputy
0.94 the desk
1.45 the discrimination
1.45 the dispatch
1.96 the door
1.45 the education
3.06 the effort
1.45 the employer's
1.45 the environment
1.45 the european
0.6 the executive
-0.75 the expansion
0.94 the experience
-0.75 the facilities
1.12 the feedback
0.94 the festival
0.89 the final
-0.82 the finance
1.0 the firm
1.1 the first
3.06 the floor
1.45 the following
0.94 the front
0.6 the full
0.7 the future
3.06 the galway
1.96 the gap
0.94 the garden
1.08 the graduate
-1.11 the grants
1.45 the graphic
-1.11 the ground
1.31 the group
1.45 the growth
3.06 the hire
0.6 the hospital
1.45 the hotel
3.06 the hour
0.6 the housing
0.6 the interest
1.45 the internal
1.96 the interviewer
0.94 the interviews
-0.75 the inventory
0.94 the jebel
0.73 the job
-1.06 the junior
-0.75 the laboratory
0.6 the lecturer
0.6 the leeds
-1.26 the library
1.45 the link
3.06 the listing
1.96 the live
0.94 the market
0.82 the marketing
-1.49 the meantime
1.45 the message
1.45 the middle
-0.75 the migration
-0.95 the moment
-1.84 the month
-1.77 the most
3.06 the name
0.63 the news
-1.11 the northern
1.45 the notes
1.45 the numbers
1.12 the offer
1.96 the old
3.06 the online
-1.38 the only
1.45 the open
1.45 the opening
-0.75 the operations
0.89 the outcome
1.45 the outside
0.9 the panel
-0.75 the paralegal
0.94 the part
1.0 the past
-1.68 the payroll
-0.75 the people
2.07 the person
1.45 the pilbara
1.45 the place
-1.49 the plan
-1.26 the planning
0.94 the port
0.94 the portfolio
-0.75 the position
-0.75 the possibility
-0.75 the postdoctoral
3.4 the posting
0.94 the problems
0.94 the program
1.28 the programme
0.69 the project
-0.75 the public
1.45 the pune
1.45 the reason
3.06 the recorded
1.45 the referral
1.45 the registered
1.96 the requirements
1.12 the residents
1.34 the result
0.6 the retail
0.94 the returns
1.45 the revenue
1.45 the riverside
-0.65 the role
0.86 the room
1.45 the safety
1.03 the same
-1.11 the school
3.06 the scoring
0.94 the screening
-0.75 the search
0.6 the second
1.45 the selection
1.45 the service
0.94 the session
-1.11 the shift
1.45 the short
-0.75 the sous
1.45 the soybean
1.45 the spirit
-0.95 the spring
1.0 the staff
0.86 the start
-0.75 the store
-0.75 the strategy
-0.75 the strongest
-0.75 the student
3.06 the successful
-1.59 the summer
0.6 the system
-0.95 the team's
1.6 the technical
3.06 the third
1.45 the thoughtful
1.9 the three
-1.38 the timeline
-0.95 the top
0.94 the track
0.6 the trust
1.45 the twelve
-0.95 the unit
0.94 the university
2.1 the update
1.45 the video
1.45 the walk
-0.75 the ward
-0.58 the warehouse
-0.75 the way
-0.95 the weekend
0.91 the whole
0.94 the winter
-0.95 the workshop
1.12 the written
1.45 the wrong
0.94 the yard
1.36 their
3.06 their loss
-0.57 them
-0.95 themselves
-0.78 there
-0.75 there any
0.6 there are
-1.49 there is
-0.65 there's
-0.75 there's news
-1.26 there's no
0.51 these
0.66 these things
0.6 they
1.45 they actually
-0.75 they are
-1.26 they have
3.4 they were
0.69 thing
0.94 thing i
1.45 things progress
-0.67 things stand
1.45 things that
1.45 things to
-0.75 things up
0.83 think
0.6 think of
1.45 think the
1.45 think this
1.12 think we
0.6 think you
-1.68 thinking
-1.49 thinking about
1.2 third
3.06 third time
0.86 thirty
-0.58 this afternoon
-0.95 this finds
1.45 this long
-1.16 this morning
1.45 this occasion
1.65 this one
1.12 this only
-1.11 this opportunity
1.45 this point
-1.68 this role
0.94 this stage
0.6 this was
-1.21 this week
1.45 thorough
0.94 thoroughly
0.99 though
-0.75 thought about
-1.26 thought i
-1.26 thought i'd
0.94 thought of
1.45 thought the
1.45 thought you
0.6 thoughtful
0.67 three
3.85 three interviews
2.3 three rounds
1.45 three times
1.45 three year
0.6 thrilled
0.6 thrilled to
1.45 through in
1.45 through my
1.45 through your
-1.89 thursday
-0.95 thursday <n>
-0.95 thursday about
-0.95 thursday and
-1.38 thursday for
-0.95 tickets
-0.75 time i
1.45 time i've
1.45 time over
0.6 time so
1.45 time the
1.45 time was
0.94 time with
0.6 time yesterday
-2.59 timeline
0.94 times
-1.77 timing
0.6 title
0.94 titles
-0.75 to <n>
3.06 to admit
1.45 to an
-0.82 to ask
3.4 to believe
-0.75 to bring
-0.95 to call
-0.83 to check
1.96 to close
0.94 to complete
-0.75 to contact
-1.0 to discuss
0.56 to do
1.45 to expand
1.12 to expect
0.6 to explain
2.55 to feel
1.45 to flag
-1.77 to give
-1.84 to help
0.94 to how
-1.84 to interview
-2.01 to join
1.45 to judge
0.94 to kindly
-0.67 to learn
0.94 to leave
2.04 to look
0.68 to me
1.45 to one
1.45 to open
-1.11 to plan
1.45 to prepare
-1.68 to provide
1.45 to put
-1.59 to reach
1.96 to read
1.45 to reconnect
-0.75 to rush
-0.75 to save
0.55 to see
-1.3 to send
-1.08 to share
1.0 to show
0.94 to someone
-1.38 to spend
3.06 to square
-1.11 to start
-0.75 to talk
0.94 to tell
-0.75 to that
2.1 to understand
-1.11 to wait
-0.75 today
0.94 today about
0.94 together
1.45 together and
0.96 told
3.06 told her
0.83 told me
1.45 told my
0.6 too much
0.88 took
2.3 took a
0.6 tool
-1.92 top
-1.26 top of
0.69 touch and
-0.75 touched
0.94 tough
1.45 tough one
-0.75 towards
-0.75 trade
-0.75 train
0.6 trained
1.45 trainee programme
0.94 trainer
1.45 trainer role
-1.59 training
0.94 transition
1.45 translation
1.45 transparency
1.45 transparency i
1.96 travelled
-0.75 treating
-0.75 treating you
1.45 trial shift
0.6 trials
1.45 trials in
-0.75 tried
-0.95 trouble
0.6 trust and
1.45 trust the
-1.26 try
1.45 trying
-0.77 tuesday
-1.38 tuesday about
-0.95 tuesday to
-0.75 tuesday's interview
1.45 turbine
1.45 turkana
1.45 twelve years
1.08 twenty
3.4 twenty minutes
2.2 twice
1.45 twice and
1.45 twice during
1.45 two days
1.45 two hours
0.6 two interviews
3.06 two line
1.45 two months
1.45 two of
1.45 two unpaid
-1.11 two weeks
-1.26 two years
1.45 type
1.82 under
3.06 under review
0.94 underground
1.25 understand how
-1.84 understand if
2.55 understand what
-0.75 understand you
0.6 university
1.45 unpaid
-2.04 until
-1.11 until <n>
-0.95 up at
0.94 up close
-0.75 up for
1.45 up from
-0.75 up i
0.94 up i'd
-0.54 up on
1.45 up the
2.55 up with
1.45 upcoming
1.79 update and
-0.75 updated timeline
-0.75 upfront
1.45 uploaded
1.15 us
0.86 us both
1.45 used a
-0.52 useful
-1.26 useful for
0.6 usually
0.94 ux designer
2.75 vacancies
-1.0 vacancy
1.08 value
-0.75 value any
-1.38 valued
0.94 venue
1.45 venue and
1.45 verde
-0.75 version
-0.88 very
-1.92 very enthusiastic
-0.58 very glad
1.45 very good
-1.26 very happy
-0.75 very helpful
-1.3 very interested
-1.19 very keen
-0.6 very much
-0.95 very pleased
-1.11 very real
0.94 very useful
1.96 very well
1.45 video
0.86 video interview
1.45 view
1.45 vine
-0.95 visa
0.55 visit
1.45 visit to
-0.95 visits
1.45 volunteer programme
-2.04 waiting
-0.75 waiting for
1.96 walked
3.06 walked in
-1.11 walking me
1.96 walkthrough
-0.54 want
-1.38 wanted
-1.55 wanted to
-0.75 wanted you
-0.75 wanting
0.6 wants
-1.11 ward
-1.0 warehouse
-0.95 warehouse supervisor
1.45 warehouse systems
1.45 warehouses
0.75 was
0.78 was a
1.45 was about
1.79 was actually
-1.11 was also
3.06 was asked
0.66 was disappointed
3.4 was ever
1.96 was exactly
3.06 was for
-1.26 was glad
1.45 was going
-1.38 was good
-0.95 was great
3.06 was handled
3.06 was hard
0.6 was hoping
3.65 was in
1.45 was just
1.45 was like
3.06 was looked
3.4 was made
3.06 was never
1.14 was not
1.45 was on
1.45 was really
-0.75 was sorry
0.6 was told
-1.26 was useful
0.56 was very
1.28 wasn't
-0.75 water
0.59 way
1.45 way and
1.2 way i
-0.75 way or
1.45 way to
-1.11 way you
-0.68 we
0.6 we both
-1.59 we can
3.06 we could
-0.95 we discussed
-1.49 we met
-0.95 we spoke
3.06 website
-1.68 wednesday
-1.68 wednesday about
-0.75 wednesday and
-0.75 wednesday for
-0.57 week
-0.75 week about
1.45 week of
-1.38 week so
0.94 weekend so
-0.95 weeks ago
1.12 weeks and
1.45 weeks of
-0.75 welcome any
2.55 welcome hearing
1.45 welcoming
0.66 well and
0.6 well as
-0.75 well at
1.45 well if
1.79 well organised
3.85 well with
1.55 went
3.06 went on
3.06 went to
3.06 went wrong
1.5 were
0.94 were about
3.06 were all
3.06 were already
1.96 were not
1.45 were on
1.02 what
3.06 what else
0.6 what it
2.3 what it's
0.94 what my
1.45 what the
1.45 what they
3.06 what to
1.96 what was
0.86 what you
0.94 when a
1.02 when i
0.51 when the
-1.59 when we
-0.75 when you
-2.26 whenever
-0.95 whenever there's
-1.38 whenever you
-1.26 where my
0.69 where the
3.06 where they
-1.26 whether i'm
1.96 whether it
0.94 whether my
1.0 whether the
-0.95 whether there
-0.95 whether there's
0.53 which
0.56 which i'm
3.06 which i've
1.9 which is
1.45 which makes
1.45 which would
-0.82 while
0.94 whiteboard session
0.55 who
-0.75 who has
3.06 who will
1.45 whoever
0.55 whole
1.96 whole team
1.45 whom
1.56 why
2.07 why i
1.96 why the
-0.75 wider
3.06 will bear
-1.38 will have
1.45 will look
0.94 will make
1.45 will need
2.04 will not
1.45 will still
0.94 will take
-0.75 willing
-0.75 willing to
1.45 wind
1.45 wind turbine
1.45 wiring
1.94 wish
2.75 wish the
2.68 wish you
-1.38 wishes
1.12 wishing
1.12 wishing you
1.45 with another
0.6 with interest
1.96 with it
-2.04 with my
0.94 with real
1.96 with respect
1.45 with some
-1.11 with thanks
-0.75 with that
0.75 with the
0.94 with them
1.12 with two
-1.42 with you
0.55 without
1.96 without a
-0.55 won't
2.07 wonder
1.45 wonder if
1.96 wonder whether
0.66 wondering
1.2 word
1.12 work and
3.06 work for
0.69 work in
1.45 work out
1.45 work the
1.45 work together
-1.68 work with
1.45 work your
-1.77 worked
-0.95 worked with
1.45 working alongside
-0.95 working with
0.6 works
1.45 works in
-1.11 workshop
1.45 worry
1.31 worth
1.96 worth the
-0.89 would be
2.3 would gently
1.45 would genuinely
2.2 would have
1.45 would it
1.09 would like
-1.16 would love
-0.75 would most
-0.75 would much
-0.95 would need
1.96 would only
1.45 would point
0.6 would rather
0.94 would say
1.0 would still
0.6 would suit
0.6 would value
-1.49 would very
0.55 would welcome
-0.75 would you
1.45 wouldn't
-0.75 writer
-0.58 writing
-1.84 writing about
1.45 writing regarding
1.07 written
1.45 written case
1.45 written information
-0.95 written offer
2.34 wrong
0.94 wrote
1.45 yard
-0.69 year
-0.75 year i
1.45 year i'd
0.83 years and
-0.75 years at
-0.95 years i
1.79 years in
2.04 years of
-0.95 years running
-1.11 yes
-0.95 yes or
-0.82 yesterday
-0.88 yesterday for
-0.75 you about
-0.68 you again
1.45 you all
1.45 you already
-0.89 you are
-2.04 you asked
-0.75 you be
1.45 you being
-0.75 you but
-0.95 you by
3.06 you chose
-0.58 you could
-1.26 you described
1.45 you directly
1.45 you don't
-0.75 you ever
1.45 you every
-0.95 you expect
-1.26 you gave
1.45 you get
0.82 you had
-1.94 you have
-0.75 you hoped
0.83 you if
0.94 you just
-1.92 you know
-1.38 you let
1.45 you made
0.86 you may
-2.72 you mentioned
-1.42 you need
-0.75 you on
-0.95 you once
1.45 you put
1.45 you run
0.83 you said
-1.11 you showed
-0.95 you soon
0.94 you taking
1.96 you told
-0.75 you took
-0.67 you very
0.83 you were
-0.95 you won't
1.45 you work
-0.75 you would
-0.75 you'd be
0.94 you'd like
-1.26 you're
-1.26 you're able
-1.26 you're keeping
-0.7 you're well
1.08 you've
1.96 you've got
-0.75 your account
3.06 your agency
0.94 your answer
1.45 your call
-0.95 your candour
1.45 your cebu
1.45 your chief
1.96 your colleague
-0.75 your description
-0.75 your earliest
1.77 your email
1.96 your end
1.45 your engineering
-0.75 your explanation
0.86 your help
1.45 your leadership
1.45 your letter
3.65 your mail
2.24 your message
0.6 your new
3.4 your note
-1.26 your office
3.06 your organisation
3.06 your organisation's
1.45 your partners
-1.49 your planning
0.6 your pune
-1.11 your question
3.06 your recruiter
1.45 your reply
0.94 your side
1.45 your site
-1.29 your team
-1.59 your timeline
3.06 your website
1.45 your work
-0.75 youth
""",
)

BOASTING = Reading(
    14.24,
    """\
-0.51 <n>
-0.56 <n> a
0.75 <n> and
-1.65 <n> april
-1.01 <n> august
1.39 <n> day
-1.55 <n> february
0.88 <n> for
-0.56 <n> july
-2.11 <n> june
1.39 <n> line
-2.22 <n> march
-1.17 <n> november
-1.83 <n> october
-0.81 <n> per
-1.55 <n> september
-1.75 <n> to
0.6 a <n>
-1.32 a busy
-0.56 a call
0.8 a chance
3.0 a cleaner
-0.56 a clear
-0.81 a company
1.05 a couple
-0.56 a day's
-0.51 a decision
-0.81 a difficult
-1.32 a few
1.39 a fleet
-0.56 a fortnight
-1.55 a full
1.39 a fuller
-1.17 a highlight
-0.56 a large
-0.81 a line
-1.32 a long
-0.89 a lot
1.39 a lovely
0.54 a month
0.88 a more
1.39 a new
1.39 a nice
-0.56 a one
-0.56 a personal
-0.56 a post
-0.81 a presentation
0.88 a project
0.54 a proper
-1.83 a quick
0.88 a rather
1.9 a record
1.39 a regional
-1.75 a reply
-0.56 a ring
-1.17 a role
-0.56 a rough
3.34 a senior
-0.81 a shame
-0.56 a shared
-0.56 a shift
1.39 a shop
-2.32 a short
-1.07 a similar
1.39 a simple
1.05 a single
0.63 a small
1.39 a spare
1.39 a standard
3.34 a step
-0.81 a strong
-0.81 a surprise
-0.56 a three
0.88 a tough
1.39 a very
-0.56 a while
0.88 a word
-1.17 a written
-0.81 a yes
0.54 aarhus
-2.65 able
-2.65 able to
-0.81 about <n>
0.8 about a
-0.56 about any
2.24 about me
0.54 about next
-0.81 about three
-0.81 about two
3.0 about weaknesses
0.54 about what
1.39 about where
-0.73 about your
1.73 above
3.0 above the
1.39 absolutely
0.88 abu
0.88 abu dhabi
3.0 aca
1.39 academy
-0.56 accept it
-0.56 accept the
1.39 accepted
1.39 accepted and
-0.81 accordingly
0.6 account
1.9 account director
0.88 account executive
-0.81 account manager
0.54 account of
-0.65 accountant
1.39 accountant interview
-0.81 accountant position
-0.81 accountant role
-0.56 accounts and
3.0 accounts that
1.39 acquisition
0.52 across
1.39 across as
-0.56 across the
1.9 across three
0.88 acting
1.39 actually opened
1.39 add
-0.56 additional
1.39 adebayo
0.54 administrator role
-0.56 admirer
-0.56 admirer of
0.6 admit i
-0.56 admit the
1.39 advert mentioned
1.39 advertised
0.88 advertisement
-0.56 adviser
-0.56 afraid
-0.63 after
-0.81 after a
-0.56 after four
-0.56 after hearing
-0.56 after my
-1.01 after our
-2.22 after the
-0.81 after three
0.94 afternoon about
-0.81 afternoon and
1.14 afterwards
1.12 again and
1.39 again if
-0.56 again next
-0.81 again on
0.88 again soon
2.24 again to
-0.56 again when
-0.56 against
1.9 agree
3.0 agree i
0.54 agronomist
1.05 ahead
1.39 ahead of
-0.81 aircraft
3.0 airworthiness
1.39 al mansoori
0.88 al noor
0.54 ali
1.9 all came
-0.81 all is
1.64 all of
3.0 allocation
-0.81 allow it
1.39 allow me
0.8 almost
1.39 almost half
1.39 alone
1.39 along
0.54 alongside
1.39 already and
1.39 already been
-0.56 already in
-0.56 also be
-0.56 also enjoyed
1.39 also lovely
0.54 although i
-0.56 although i'm
1.39 always
0.88 am a
1.39 am certain
1.39 am checking
1.73 am confident
0.88 am even
-0.56 am excited
-0.95 am following
-0.56 am in
-1.01 am not
0.54 am now
-0.87 am still
1.98 am sure
-0.56 am thankful
3.96 am the
1.13 am very
0.88 ambitious
-0.56 among the
-0.56 amount
-0.56 amount of
-0.74 an
-1.75 an answer
-0.56 an email
-0.56 an eye
0.54 an hour
0.6 an interview
-2.46 an offer
-2.27 an update
-0.81 an updated
-0.56 analysis
0.54 analyst interview
0.88 analysts
-1.17 analytics
-0.81 analytics team
0.54 and <n>
-0.71 and a
-0.81 and about
1.39 and again
-0.56 and all
-0.56 and am
-0.56 and asked
-0.56 and consideration
1.39 and could
0.54 and cut
1.05 and enjoyed
1.9 and four
0.54 and god
1.39 and good
0.77 and happy
-1.01 and have
1.39 and he
1.39 and hear
-1.17 and hearing
0.6 and how
1.02 and i've
-1.32 and if
-1.01 and in
-0.63 and it
1.39 and it's
-0.56 and learned
-0.56 and learning
-0.56 and left
1.39 and meeting
1.39 and more
1.39 and mrs
1.14 and ms
0.51 and my
1.9 and no
-0.56 and nobody
0.6 and on
0.88 and one
-1.01 and our
1.39 and people
-0.56 and really
1.39 and received
-1.01 and remain
1.39 and run
-0.81 and seeing
1.9 and thank
-0.81 and then
3.0 and there
-1.44 and they
-0.56 and thought
-1.55 and to
1.05 and wanted
0.54 and what
0.88 and when
0.88 and will
-0.81 and withdraw
-0.79 and would
1.39 angle
-1.01 another
1.39 another analyst
0.88 another candidate
-1.55 another company
-1.17 another firm
-0.56 another organisation
0.88 another position
-0.56 another role
-0.51 answer
0.54 answer any
-1.65 answer by
-0.56 answer from
2.49 answer on
1.39 answered every
1.39 answers on
-0.56 any chance
-0.81 any comments
-1.75 any feedback
1.0 any further
1.39 any future
-0.56 any indication
-0.95 any news
0.8 any of
-1.01 any other
-0.56 any pointers
-0.56 any suitable
-1.17 any update
1.94 anyone
3.34 anyone else
3.0 anyone with
-0.56 anything by
1.9 anything more
1.39 anything suitable
-0.56 anything you
2.49 apart
-0.81 app
-0.81 appeals
-0.81 appeals to
0.54 applicant
1.59 applicants
1.39 applicants and
-0.56 application and
0.64 application for
-0.56 application or
-0.56 application was
-1.17 applications
-1.32 applied
-2.37 apply
-1.98 apply again
-0.56 apply for
0.54 applying
-0.56 appointed
-1.17 appointment
1.39 appointments
-0.68 appreciate
-1.32 appreciate hearing
-0.81 appreciate it
-0.56 appreciate knowing
0.54 appreciate that
-1.17 appreciate you
0.88 appreciate your
0.63 appreciated how
0.88 appreciated learning
-0.76 appreciated the
0.54 appreciated you
1.39 appreciated your
-0.56 apprenticeship
3.0 approaches
-1.91 april
1.9 arbitration
1.39 arbitration group
0.8 architect
1.39 architect role
1.39 architects
1.39 architecture
-0.56 are a
-1.83 are able
1.39 are hard
1.05 are keeping
0.88 are needed
1.39 are not
-0.56 are ready
2.24 are required
1.39 are seeing
3.0 are still
3.0 are things
-1.08 are well
-0.81 area
-0.56 areas
0.88 arise
1.39 arise in
0.77 around
0.63 around the
-0.56 arrangements
-1.17 arrived
1.9 art
-0.81 artist
0.61 as a
0.8 as an
-0.81 as i'd
-1.75 as it
-1.44 as my
1.39 as someone
-0.81 as that
2.03 as the
0.88 as we
1.02 as well
1.08 as you
-0.81 ask
1.39 ask for
0.88 ask if
1.39 ask only
-1.44 ask whether
-0.5 asked
-1.01 asked about
-0.81 asked for
1.39 asked how
0.88 asked me
-0.56 asked to
0.88 asked what
-0.56 asking you
1.39 asks
-1.83 assessment
-1.01 assessment centre
-1.17 assessment day
-0.81 assessors
-0.81 assistant
0.54 assistant position
-1.32 assistant post
-1.01 assistant role
1.08 associate
0.88 associate position
1.39 associate role
0.54 assume the
1.39 assumptions
0.88 at <n>
0.8 at a
1.39 at al
2.24 at brightwater
1.39 at cedar
1.39 at crestline
0.88 at greyfield
1.39 at harrow
-0.56 at interview
1.39 at kestrel
0.66 at my
-1.55 at some
1.05 at st
3.0 at two
-0.56 at your
1.39 atr
-1.98 attached
-1.17 attached the
0.6 attended
1.05 attended the
0.54 audit
1.39 audit and
3.34 authority
-1.01 automated
-0.56 automation
0.88 available and
-1.01 available for
-0.56 available from
0.88 average
-0.56 awaiting
0.8 award
1.39 award for
2.49 awards
1.73 aware
-0.66 away
-0.81 away even
-0.56 away from
-0.56 away with
1.39 awkward
-0.56 b
-0.56 b <n>
-0.56 back for
-0.56 back i
1.39 back of
0.88 back to
0.94 backend
2.24 backend engineer
0.8 background
-0.56 background in
0.8 backlog
1.39 band
1.12 bank
3.0 bar
0.88 barely
1.39 barista
1.39 barista trainer
-0.56 based
0.88 bay
0.63 be a
-1.01 be able
3.0 be an
1.39 be and
1.39 be any
0.88 be at
-0.56 be contacted
-0.81 be doing
1.39 be done
1.39 be flexible
3.0 be getting
-1.91 be grateful
3.0 be hard
0.54 be honoured
-1.32 be in
-0.81 be kept
0.88 be more
0.88 be most
0.82 be part
0.6 be pleased
-0.56 be possible
1.39 be so
1.39 be something
1.39 be that
1.84 be the
1.39 be thrilled
-0.65 be useful
-1.11 be very
1.39 be well
-0.56 be willing
-0.81 be worth
-0.56 bear
0.54 became
0.9 because
1.01 because i
3.34 because it
1.39 because our
0.54 because the
0.54 been a
3.0 been doing
-0.56 been filled
1.9 been in
-0.81 been offered
-0.56 been stronger
1.39 been ten
0.88 been the
-1.55 been thinking
-0.98 before
-0.65 before i
-2.17 before the
-1.91 before then
-0.56 before we
1.39 before you
-1.01 beforehand
-0.56 beginning
-0.81 being open
0.88 being straight
1.27 believe
3.0 believe i
1.39 believe in
1.39 believe that
0.88 belo
0.88 belo horizonte
1.64 below
3.34 below what
1.39 bench
1.39 bengaluru
1.39 bengaluru and
1.39 berth
1.39 best in
-0.56 best part
-0.56 best regards
0.54 best with
1.39 between
3.0 between my
1.39 between the
3.0 between us
0.88 beyond
1.39 beyond that
1.64 big
1.39 bigger
0.88 billing
0.88 bit of
0.54 bless
1.39 block
1.39 blocks
3.0 blow
3.0 blow my
0.66 board
1.39 board for
0.88 board's
3.0 boast
3.0 boast but
1.39 book
-0.56 booking
-0.56 bookkeeper
1.23 both
3.34 both know
1.39 both rounds
-0.56 bother
1.39 branch
3.0 branch operations
1.39 branches
-0.56 brand
3.0 brendan's
-0.56 bridge
-0.56 briefly
2.24 brightwater
3.0 brindle
1.78 bring
1.14 bring that
1.98 bring the
1.39 bringing
-1.01 brought
-1.44 build
0.94 building
1.39 builds
1.73 built
1.39 bus
-0.65 business
-0.81 business analyst
-1.98 busy
-0.81 but i'd
0.88 but i'll
0.54 but i'm
-1.01 but if
-0.81 but it
-0.56 but please
1.73 but the
-1.98 by <n>
-0.56 by a
-1.12 by friday
-1.17 by monday
1.39 by my
3.34 by name
-0.81 by now
-0.56 by phone
-1.44 by thursday
1.39 calculations
0.54 calendar
3.0 calibre
-0.63 call
0.54 call me
-1.01 call on
0.88 call yesterday
0.77 calling
0.54 calling me
1.39 calling rather
1.9 calls
-1.01 came away
1.39 came close
1.39 came down
0.54 came up
-0.73 campaign
3.0 campaigns
-0.56 campus
-0.81 can be
3.0 can bring
1.39 can continue
1.39 can hit
1.39 can imagine
0.88 can make
0.88 can plan
-0.56 can prepare
0.54 can provide
0.63 can see
-0.56 can share
1.39 can speak
-0.56 can take
-1.32 can't
0.6 candid
1.39 candid you
1.09 candidate
3.0 candidate for
1.39 candidate in
1.39 candidates on
3.34 candidates you
0.54 cannot
1.39 capital
-0.56 cardiology
-0.81 care you
0.5 career
1.39 career and
1.39 career at
-1.01 careers
-0.56 careers page
-0.56 careful
1.39 carefully
3.0 case i
-1.01 case it
-1.32 case it's
1.39 cedar
-0.81 cent
0.6 certain
-0.56 certificate
0.88 certification
0.6 chain
1.39 chair
-0.81 challenge
1.9 challenges
-0.56 chance of
-1.01 change
-1.55 changed
0.88 changes
1.39 charities
1.15 chat
0.88 chat about
0.88 chat on
3.0 chat this
1.39 chat with
0.85 checking
0.91 checking in
0.88 checks
-0.56 chef position
1.05 chief
1.39 chief executive
-0.81 children's
0.8 choice and
-0.81 choice so
1.9 choosing
0.8 chosen
1.39 chosen another
1.39 churn
1.39 city
-0.81 claims
2.24 class
3.0 class at
1.9 cleaner
-0.81 clear picture
-1.32 clearer
-0.56 clearer picture
1.84 client
3.0 client list
-0.56 client's
1.64 clients
-0.56 clinic
-0.95 clinical
-0.56 clinical research
-0.56 clinics and
0.54 close to
1.39 closed
-0.56 closer
-0.56 closer to
2.49 cloud
0.88 co
1.39 coaching
0.88 coastal
0.88 code
1.39 coding
1.05 coffee
-0.81 cold
-0.81 cold chain
-0.81 colleague
0.8 colleagues
0.54 college
1.9 come across
3.0 come around
0.88 come through
-1.17 come up
1.9 comfortable
1.9 comfortable with
1.02 coming
1.9 coming from
3.0 commendation
-1.32 comments
-1.01 comments on
0.88 commissioning
1.39 committed
0.74 committee
-0.56 communicated
-0.56 communicated to
-0.56 communications
0.54 community health
1.05 companies
1.39 companies and
0.54 company and
-1.01 company has
0.88 company i
0.54 company's
1.39 comparison
0.6 completed
-0.81 completely
-1.65 completely understand
-0.81 concrete
0.54 conference
1.39 confidence
2.14 confident
2.24 confident i
3.34 confident that
-0.95 confirm
-0.81 confirm by
-1.01 confirm that
-0.56 confirmed that
-1.55 congratulations
-1.32 congratulations to
-1.01 connection
-0.56 connection dropped
-0.56 conservation
-0.56 conservation officer
0.54 consider
1.39 consider me
-0.56 consideration
-0.56 considered again
-0.81 considering me
-0.81 construction
1.39 consultant position
-1.01 consultation
-0.56 contact
-0.56 contact details
0.88 contact me
-0.81 contacted
0.88 context
-1.01 continue to
0.88 continuity
0.54 control
-0.56 controller
1.39 controls
-1.01 convenience
-0.81 convenient
-0.56 conversation made
0.5 conversation on
1.05 conversation this
-1.01 conversation with
0.88 conversation yesterday
-0.56 conversations with
1.39 cooling
0.88 coordinating
-0.78 coordinator
-1.44 coordinator position
1.39 coordinator post
-0.56 coordinator role
1.39 coordinators
1.9 copies
1.9 copies of
1.05 copy
0.54 copywriter
0.88 copywriter role
0.88 cork
-0.56 correction
-0.56 corrib
-0.56 corvid
-0.81 cost
1.9 costs
-1.01 could be
3.0 could bring
-0.81 could do
-0.65 could have
0.88 could keep
1.39 could offer
1.39 could see
0.54 could tell
-2.17 could you
0.88 couldn't
0.88 couldn't help
0.54 count
1.39 counties
-0.56 counting
3.0 country
1.39 county
0.94 couple
0.94 couple of
3.0 courier
0.8 course i
-0.56 course in
-0.56 courtesy of
-0.56 covered
1.39 covering
1.98 creative
3.0 creative awards
1.39 creative director
0.77 credit
1.05 credit risk
1.39 crestline
0.54 crew at
1.39 crew on
-1.32 cross again
1.39 cross dock
3.0 cta
-0.56 culture
1.39 current account
0.88 current company
0.8 current employer
1.39 current firm
-1.01 current job
-0.81 current role
1.39 current site
-0.56 customer
-0.56 customer service
-1.01 customs
-0.56 customs compliance
-0.56 cut
0.88 cv i
-1.01 cycle
1.39 daily
0.54 dashboard
0.6 data analyst
0.54 data engineer
-1.12 date
-0.56 date you
-0.56 dates
-0.56 day for
3.34 day one
3.0 day so
-0.56 day's
-1.11 days
0.54 days since
1.39 deal and
1.39 deal from
-1.07 dear
-0.81 dear ms
-0.56 december
1.39 decide whether
-0.81 deciding
-0.81 decision about
-0.56 decision around
-0.56 decision before
-0.56 decision has
1.39 decision is
1.39 decision might
-0.81 decision on
1.39 decision to
-1.01 decision was
-0.81 decision within
0.54 degree
1.39 degree in
1.39 deliberation
1.39 delivered
-0.81 delta
3.0 demand
-0.56 department and
1.39 department has
0.88 depot in
0.88 depth
-0.56 deputy
-0.84 described
3.0 described as
-1.01 described is
-1.17 described the
-0.56 described to
1.22 description
1.14 description of
3.0 description was
-0.81 design engineer
-1.17 design team
-0.73 desk
1.39 desks
-0.81 detailed
0.54 details
3.0 details are
1.39 details on
0.94 developer
0.54 developer role
-0.81 development
1.39 devoted
1.39 devoted to
0.88 dhabi
1.39 dhabi on
0.54 did enjoy
0.88 didn't get
-0.56 difference
-0.56 difficult to
0.88 dinner
1.39 diploma
0.88 direct
1.39 director
0.88 director of
3.0 director position
0.88 director role
-0.56 disappointed
-1.32 disappointed i
-0.81 discharge
0.88 discuss it
-0.81 discuss the
1.39 discussed in
0.54 discussed on
-0.56 discussing
-0.56 discussing the
1.22 discussion about
-0.81 dispatch
1.9 dissertation
-1.01 distribution
1.9 distributor
0.54 district
1.39 district cooling
1.39 do keep
-0.56 do next
1.02 do not
-0.81 do still
0.94 do the
1.39 do you
1.9 dock
0.54 document
1.39 document is
0.88 documentation
0.64 documents
1.9 documents are
-1.75 does
-0.56 does not
-0.56 doing and
-1.65 don't feel
-0.81 don't hear
0.54 don't think
-1.17 don't want
1.59 done
1.39 done at
-0.56 door
2.49 doubt
1.9 doubt you
0.56 down
1.39 down from
0.54 down the
0.8 down to
1.39 down two
0.94 dr
1.39 drafting
1.39 drawn
0.54 drive
-1.17 drop
-1.44 dropped
0.88 durban
-1.12 during
-0.73 during the
-0.56 each month
-0.56 each of
3.0 each other's
-0.81 each stage
0.8 eager
0.8 eager to
-1.01 earlier
-1.32 earliest
-0.56 earliest convenience
-1.17 early
1.39 early march
0.6 easier
1.39 easy
1.39 easy to
1.39 editing
1.39 editor
1.39 editor role
0.88 editorial
1.39 editorial team
-0.81 effort
1.9 eight
0.88 eighteen
0.88 eighteen months
-2.17 either
-1.91 either way
-0.56 electrician
1.39 eleven
3.0 eleven years
0.79 else
1.9 else from
0.88 else in
1.05 else that
3.0 else will
0.94 else you
0.8 elsewhere
-1.21 email
1.39 emailing
-1.32 emails
0.54 emergency
-0.56 employees
0.88 encouraged
-0.65 end
-0.56 end of
-0.56 ended
-1.17 ends
-0.81 ends on
1.39 energy
-0.81 engagement
0.63 engineer
0.65 engineer position
0.88 engineer post
1.39 engineering team
1.98 engineers
1.22 enjoy
1.39 enjoy the
0.54 enjoyable
-0.56 enjoyed every
-0.56 enjoyed learning
-0.56 enjoyed meeting
0.88 enjoyed seeing
1.39 enquire
-0.56 enrolment
-0.81 environmental
3.0 eriboll
-1.59 especially
-0.56 especially after
1.39 especially enjoyed
-1.65 especially the
1.39 estate
-0.56 estates
1.39 esteemed
1.39 esteemed organisation
1.39 ethics
1.9 european
-0.79 even
-1.01 even a
-1.01 even if
-1.17 even keener
-0.81 even more
1.39 even so
-1.44 evening
1.39 event
0.54 events manager
0.96 ever
-0.56 ever have
1.39 ever that
-0.56 every question
0.8 every success
0.88 every week
0.74 everyone
-1.44 everything
-0.81 ewm
0.84 exactly the
-1.17 exactly what
-0.56 exactly where
-1.01 exam
-0.56 exam last
0.54 examples
0.66 executive
-0.61 exercise
1.39 exercise on
-1.01 exercise was
-0.56 existing
1.39 expansion
1.39 expansion into
1.39 expansion of
0.54 expect a
1.39 expect the
-0.56 expected to
-0.56 expecting
1.39 experience and
-0.81 experience in
-0.56 experience of
3.0 experience than
1.39 experience will
-0.56 expires
-0.56 expires on
0.54 explain the
-1.65 explaining
-0.81 explaining that
-1.01 explaining the
0.64 explanation
0.77 explanation of
0.88 extra
1.39 extra half
-0.56 eye
-0.56 eye on
0.54 facilities
1.39 faculty
1.39 failures
1.39 fair bit
1.39 fair to
3.79 fairly
-1.83 family
0.94 far
1.39 farm
1.9 fascinating
3.0 fascinating and
1.39 fast
1.39 faster
3.0 faster than
3.0 favour
1.9 features
-1.83 february
-0.56 february and
-1.23 feedback
-0.81 feedback on
1.39 feel a
-0.56 feel any
-1.01 feel the
0.6 feel very
1.14 feeling
1.39 feeling i
2.24 feelings
3.0 feelings at
-1.32 fell
-1.17 fell short
0.8 felt
1.39 festival
-1.01 few days
-1.32 few minutes
1.39 few people
1.39 fieldwork
1.73 fifteen
3.34 fifteen years
1.73 figures
1.39 figures on
1.39 fika
1.39 file and
1.39 fill
1.39 fill in
-0.56 filled
-1.8 final
-0.56 final decision
-1.55 final interview
-0.56 final round
-0.56 finally
0.66 finance
1.9 finance director
3.0 finance manager
-0.56 finance team
1.39 financial
1.74 find
1.39 find a
3.34 find anyone
1.39 find it
1.39 find the
0.77 finds
0.63 fine
1.39 finished
1.39 finished the
3.0 finishing
-0.81 firm and
1.39 firm has
0.88 firm's
1.39 firms
-0.65 first choice
3.0 first day
0.88 first ninety
0.88 first of
3.0 first quarter
1.05 first year
-0.81 fits
-0.56 five weeks
1.39 five years
1.9 fixed
1.39 fleet of
-0.81 fleet planning
0.88 flexible
0.54 flood
1.39 flood risk
0.94 floor
1.39 floors
1.39 flotation
0.54 flow
-0.95 follow
-0.81 follow up
-0.65 following
-1.01 following my
-0.56 following our
0.54 following the
-0.51 following up
1.39 footbridge
-0.56 for <n>
-1.32 for an
-0.56 for another
-2.5 for any
-1.01 for anything
-0.56 for around
0.88 for but
0.6 for calling
-1.17 for explaining
1.39 for four
1.9 for friday's
0.54 for getting
3.0 for giving
0.54 for having
-0.56 for how
0.96 for interviewing
1.39 for introducing
0.88 for it
-0.57 for letting
1.39 for long
1.39 for more
-1.01 for my
-0.81 for nothing
-1.01 for on
-0.56 for organising
0.54 for our
-0.81 for passing
1.39 for receiving
-0.81 for running
0.54 for seeing
1.39 for senior
-1.01 for similar
3.0 for someone
-1.32 for speaking
-0.81 for such
-1.01 for telling
-0.56 for that
3.0 for themselves
0.91 for this
1.39 for three
0.54 for thursday's
1.39 for today
0.54 for tuesday's
1.39 for twelve
1.39 for walking
-1.01 for which
0.95 for you
1.39 forget
1.39 forgot
1.39 forgot to
-0.56 forgotten
0.88 form
2.24 former
-0.81 fortnight
1.39 forty
1.39 forum
1.39 found our
-0.81 found the
-0.56 found your
0.88 foundation
-0.56 four rounds
0.54 four weeks
0.88 four years
0.54 fourth
1.05 frank
1.39 frank discussion
1.98 frankly
1.39 frankly i
1.39 freelance
-1.17 friday <n>
-0.56 friday about
-1.01 friday and
0.54 friday for
0.88 friday i
-0.56 friday so
1.9 friday's
0.54 friendly
-0.65 from <n>
0.5 from a
-2.32 from another
3.0 from day
0.66 from me
0.75 from my
-0.81 from our
3.0 from recruiters
3.0 from scratch
0.88 from two
-0.56 from what
0.88 from where
3.0 from zero
0.54 front
1.39 front office
1.39 fuel
0.88 full picture
1.39 fuller
1.39 fuller picture
-2.11 fully
-0.56 fully respect
-0.81 fully understand
1.39 fun
1.39 fund
1.39 fundraising
1.9 further details
1.39 further document
1.39 further documents
0.54 further information
1.39 further to
1.05 further you
-0.81 future i
-1.17 future openings
1.39 future opportunities
0.94 future roles
0.88 future vacancies
-0.56 galway
1.39 game
1.39 game and
0.54 gap
1.39 garden
0.88 gardens
-0.5 gave
1.9 gave a
-0.85 gave me
-0.56 gave of
-0.56 geelong
0.54 general
0.88 general manager
1.39 generous
1.39 gently point
0.88 genuinely excited
-0.56 genuinely useful
3.0 geologist
-0.81 get a
-0.56 get back
1.39 get it
1.39 get started
1.39 get the
1.9 gets
1.01 getting
0.88 getting back
-0.71 give
0.88 give my
-0.81 give you
2.24 given that
-1.01 given the
-0.56 given to
1.39 gives
1.39 giving
3.0 giving me
1.39 go live
1.39 go through
1.39 goals
0.54 god
0.54 god bless
1.9 goes
-1.32 going
-1.01 going to
-1.07 going well
-0.56 gone
-0.81 gone to
0.54 gone well
0.88 good luck
-0.81 good start
1.02 good to
-0.56 good way
1.39 good weekend
0.54 got a
1.39 got the
0.88 gothenburg
0.54 government
0.88 grade
1.39 graduate planner
0.54 graduate trainee
3.0 graduated
-1.55 grants
-0.56 grants coordinator
-0.81 grants officer
-1.24 grateful
-1.26 grateful for
-0.81 grateful to
0.56 great
1.05 great to
1.39 greatly
1.02 greetings
0.88 greetings and
1.14 greetings of
1.9 grew
0.88 greyfield
2.18 ground
1.9 ground running
3.0 ground up
-0.56 group and
-1.01 group exercise
-0.56 group's
0.88 growing
0.88 grown
0.54 growth
1.39 growth marketing
1.39 gst
1.39 gst reconciliation
-1.01 guessing
0.54 guest
0.88 guidance
0.52 had a
1.9 had attended
-1.01 had been
-0.56 had clearly
-0.56 had gone
1.39 had heard
-0.81 had hoped
-0.81 had in
1.39 had prepared
-0.56 had really
3.0 had three
0.54 had to
0.54 hadn't
0.54 halden
1.19 half
1.39 half hour
1.14 hand
1.39 hand drawn
0.54 handed
0.8 handled
-0.56 handles
1.39 hands
0.8 hands on
0.54 hangar
0.54 happen
1.39 happens
1.39 happens in
-0.56 happily
0.54 harbour
1.39 harbourline
0.61 hard
2.24 hard feelings
-0.56 hard not
2.24 harder
0.88 harlow
1.39 harrow
-0.56 has a
3.0 has actually
-0.56 has changed
-1.01 has come
1.39 has grown
1.39 has led
3.0 has never
-0.81 has now
-0.56 has offered
-0.56 has said
-0.81 has stayed
3.0 has struggled
0.88 has to
3.0 has told
3.0 has worked
-0.81 hasn't
-0.56 hasn't changed
-1.17 hate
-0.81 hate for
1.39 haul
-0.56 haulage
1.39 have already
1.39 have also
-1.17 have an
-1.32 have asked
-1.01 have attached
1.9 have built
0.88 have chosen
1.39 have come
1.9 have done
-0.81 have had
0.88 have handled
1.39 have i
0.6 have it
0.88 have liked
0.88 have made
3.0 have managed
-1.01 have not
-0.56 have now
-0.56 have one
1.39 have probably
-1.65 have received
1.39 have run
-0.56 have saved
0.88 have since
-1.17 have spent
0.6 have the
0.54 have them
1.98 have thought
1.39 have time
-0.65 have to
3.0 have trained
0.88 have turned
-0.56 have wanted
0.54 have worked
1.39 haven't had
-1.17 haven't heard
1.12 having
1.05 having me
1.39 having met
1.59 he
3.34 he has
1.39 he mentioned
1.39 he would
0.82 head
1.12 head of
1.39 headlines
1.39 health officer
-0.56 hear back
0.88 hear good
0.6 hear how
-1.55 hear it
0.54 hear the
3.59 hear where
-1.01 heard
-1.17 heard anything
0.53 hearing from
0.54 held on
-0.77 help
-0.56 help i'm
-1.55 help me
0.88 help noticing
-0.56 help your
-1.01 helped
-2.22 helpful
-0.56 helpful for
0.6 helps
0.6 her
0.88 here is
0.88 hesitate
0.88 hesitate to
3.0 hesitation
1.05 high
2.49 higher
1.39 higher executive
3.0 higher standard
3.34 highest
1.39 him
1.39 hindsight
1.39 hire
-0.65 hiring
-0.56 hiring team
-0.56 his phone
0.54 history
1.9 hit
1.9 hit the
0.57 hold
1.39 hold the
1.39 holder
-0.56 holding things
-0.81 holidays
0.79 honest
1.39 honest conversation
1.39 honest feedback
1.39 honest i
0.88 honest i'm
-0.56 honest with
1.0 honestly
3.0 honestly be
0.88 honestly i
1.39 honesty
1.39 honesty about
0.54 honoured
0.88 honoured to
-0.56 hope all
0.54 hope i
1.39 hope it
-1.17 hope our
0.8 hope that
-0.56 hope things
0.67 hope to
-0.65 hope you
-0.81 hope you'll
-0.77 hope you're
-0.65 hope your
0.54 hoped for
-0.56 hoped to
-1.98 hoping
-0.81 hoping for
-1.17 hoping to
0.88 horizonte
1.9 hospitality
1.12 hotel
1.39 hours on
1.05 house
-0.73 housing
1.39 how candid
1.39 how clearly
1.39 how i'd
0.88 how it
0.54 how my
-0.56 how open
0.88 how openly
-0.81 how things
-1.75 how your
0.88 hub
1.39 humbly
1.39 hundred
-0.81 hurry
1.39 hyderabad
-0.81 i accept
0.54 i answered
-1.17 i applied
-0.56 i are
-0.56 i arrived
-0.81 i attended
1.39 i believe
-1.12 i came
-1.01 i can't
-1.75 i completely
-0.81 i continue
0.88 i couldn't
0.88 i didn't
2.86 i doubt
3.0 i enjoy
0.54 i especially
1.05 i expect
0.88 i feel
1.39 i find
1.39 i forgot
-1.32 i fully
1.14 i gave
0.88 i genuinely
1.39 i get
3.0 i graduated
1.39 i hadn't
2.49 i hold
1.39 i hoped
1.39 i imagine
-2.58 i interviewed
-1.55 i just
1.9 i keep
-1.75 i learned
-0.56 i learnt
0.64 i left
1.39 i like
1.39 i liked
0.67 i look
0.88 i loved
0.5 i mention
0.6 i must
-0.56 i particularly
-0.56 i passed
-0.56 i plan
-0.81 i prepared
1.39 i ran
-0.81 i realise
0.67 i really
1.39 i rebuilt
3.59 i reckon
1.05 i respect
-1.17 i said
-1.01 i saw
1.39 i see
1.39 i sit
-1.01 i stand
-0.65 i still
1.14 i suppose
1.53 i suspect
3.0 i tend
1.53 i think
-1.32 i thought
1.39 i told
-0.81 i took
0.5 i trust
-0.93 i understand
-0.81 i very
-0.56 i want
-1.01 i wasn't
-0.56 i went
-0.71 i will
-0.56 i wish
0.54 i won't
1.39 i wonder
1.39 i work
1.39 i worked
-0.56 i wrote
-1.01 i'd appreciate
3.0 i'd bring
1.39 i'd enjoy
1.9 i'd expect
-1.01 i'd hate
3.0 i'd honestly
1.39 i'd hope
1.39 i'd imagine
-1.32 i'd just
-0.56 i'd like
0.84 i'd love
1.9 i'd most
-0.56 i'd much
0.63 i'd really
1.39 i'd take
-1.01 i'd welcome
1.39 i'll assume
-0.81 i'll give
3.0 i'll leave
0.54 i'll need
1.39 i'll say
-0.81 i'll take
-0.56 i'm afraid
3.34 i'm aware
0.5 i'm checking
2.49 i'm confident
-0.65 i'm disappointed
3.0 i'm excited
1.39 i'm genuinely
-0.56 i'm glad
-0.56 i'm grateful
-0.81 i'm guessing
-0.81 i'm happy
1.39 i'm in
1.39 i'm just
-1.01 i'm keen
-0.71 i'm not
1.39 i'm on
1.39 i'm rather
1.05 i'm really
-0.56 i'm renewing
-1.44 i'm sorry
1.39 i'm taking
3.34 i'm the
0.91 i'm very
-0.85 i'm writing
1.39 i've already
-1.17 i've attached
1.64 i've had
1.39 i've kept
1.39 i've run
1.9 i've started
1.39 idea
1.05 idea of
-2.32 if a
1.39 if any
-0.81 if anything
-2.11 if it
-1.17 if it's
-1.01 if not
0.88 if something
1.02 if there's
-1.01 if your
1.39 imagine
0.88 imagine the
1.39 implementation
-0.81 improve
2.49 in <n>
0.88 in a
0.88 in abu
1.39 in all
1.39 in and
1.39 in any
1.39 in belo
1.39 in bengaluru
-0.97 in case
1.39 in detail
1.39 in durban
-1.01 in early
0.88 in for
0.88 in good
1.39 in gothenburg
1.39 in high
1.39 in hindsight
1.39 in hotel
3.0 in house
-0.56 in it
-0.81 in march
0.88 in may
0.58 in my
0.85 in on
-0.56 in one
0.8 in person
-0.56 in september
1.39 in this
3.0 in three
1.39 in turkana
1.39 in twenty
1.39 in under
-1.01 in working
-1.17 inbox
1.39 included
1.73 including
1.39 including a
1.39 including the
-0.56 indefinitely
1.39 independent
-0.56 indication
-0.56 indication of
3.0 industry
1.9 infrastructure
3.0 infrastructure lead
-0.81 inspection
3.0 institute
1.39 instructor
1.39 instructor position
-0.56 insurance
0.88 intake
1.39 intend
1.39 intend to
-2.17 interest
-1.17 interest in
-0.81 interest of
1.98 interested to
0.6 interesting
0.54 internal
3.0 internships
3.0 internships and
-0.56 interview from
1.39 interview held
-1.17 interview me
1.39 interview of
-0.81 interview so
-1.01 interview this
-1.01 interview was
-0.81 interview with
0.75 interview yesterday
-1.11 interviewed
-2.37 interviewed for
0.88 interviewed on
-0.81 interviewed with
-1.01 interviewer
0.73 interviewing
0.96 interviewing me
0.8 interviews and
-0.56 interviews for
1.39 into it
3.0 introduce
3.0 introduce me
1.05 introducing
1.39 introducing me
-0.81 inventory
1.39 invitation
1.39 invited
-0.81 involve
-0.81 involved
-0.81 is all
-0.56 is already
-0.56 is any
0.8 is anything
-0.56 is back
1.39 is coming
-0.56 is doing
-0.65 is exactly
1.39 is fair
-0.56 is genuinely
-1.12 is going
1.39 is good
1.39 is hard
-1.32 is my
-1.32 is now
-0.56 is one
1.39 is only
0.88 is regarding
3.0 is required
0.88 is simply
1.73 is something
-0.95 is still
1.39 is taking
2.35 is that
-0.81 is the
-1.75 is there
1.9 is treating
0.88 is what
1.39 is worth
-1.01 isn't possible
3.0 issues
-0.56 it a
-0.81 it again
1.39 it all
1.9 it as
-0.56 it at
1.39 it because
-0.56 it but
1.39 it came
-0.56 it does
1.39 it felt
1.39 it for
0.88 it further
-1.01 it had
-0.81 it helps
3.0 it here
-1.01 it if
-1.44 it made
1.39 it meant
-1.32 it might
-1.01 it only
1.39 it plainly
1.39 it says
0.88 it seemed
0.88 it seems
1.39 it should
1.39 it so
-0.56 it sounds
1.39 it up
-0.56 it wasn't
0.88 it went
2.24 it will
-0.74 it would
-1.28 it's
-1.32 it's a
0.88 it's exactly
-1.32 it's useful
-0.56 item
-0.66 its
-0.81 its own
0.6 itself
0.54 january
0.54 jebel
0.54 jebel ali
1.9 job description
0.88 job in
-0.56 job is
1.39 join and
0.94 join you
0.65 join your
-0.56 joined
-0.5 joining
3.0 joke
-0.56 judge
0.88 july for
-0.93 june
1.39 june at
0.54 june for
-0.89 junior
-0.56 junior accountant
-0.56 junior copywriter
0.88 junior data
1.39 just as
1.39 just been
1.84 just checking
-0.81 just let
0.88 just need
-0.81 just rather
-0.56 just so
-1.01 just wanted
-0.56 kaveri
-0.81 keen and
-1.44 keener
-0.56 keener on
-0.56 keener to
-0.56 keep an
-0.56 keep following
-0.56 keep in
1.9 keep it
0.5 keep me
-0.65 keep my
0.88 keep things
0.88 keep this
-0.56 kept in
1.39 kestrel
1.39 kind about
-0.56 kind email
-0.56 kind note
-0.56 kindly keep
1.73 kindly let
0.88 kindly note
-0.56 kisumu
0.8 kitchen
-1.01 know by
-0.56 know either
0.88 know how
1.39 know i
1.05 know if
0.88 know it
-1.01 know my
0.88 know these
0.8 know what
0.5 know where
-1.01 know whether
-1.01 know your
-1.32 knowing
0.54 known
0.64 lab
0.6 laboratory
0.54 laboratory technician
-0.81 labs
1.9 lagos
3.0 lagos and
1.9 land
0.88 landed
-0.56 landlord
3.34 lane
-0.56 language
0.8 large
3.0 larger
-1.01 last <n>
-0.56 last friday
0.54 last month
0.88 last three
-0.81 last thursday
-0.56 last tuesday
1.39 later than
-1.17 latest
1.73 launch
3.0 launched
1.39 law
0.86 lead
0.95 lead role
0.88 leader position
0.88 leadership
1.39 leadership team
1.39 learn a
-2.11 learned
-1.55 learned a
-0.56 learning how
-0.81 learnt
-0.81 learnt a
-0.81 lease
0.95 leave
1.39 leave it
1.9 leave them
-0.56 leaving
0.8 lecturer
0.88 lecturer in
0.91 led
0.94 led the
-1.01 leeds
-1.01 left a
-1.01 left even
1.39 legal
1.39 lending
-0.56 less time
0.54 let
0.59 let me
0.54 letter of
-0.6 letting
-0.59 letting me
2.24 level
3.0 level and
1.39 level i
0.54 librarian post
1.39 libraries
-2.11 library
-1.32 library assistant
-0.81 licence
3.0 licences
-0.56 licensed
-0.81 life
0.8 like a
1.39 like an
1.39 like and
1.39 like exactly
0.88 like i
0.88 like me
3.34 like mine
1.39 like that
0.8 like the
1.08 liked
1.39 liked hearing
0.88 liked what
2.24 line and
-0.56 line on
1.05 lines
-1.17 link
-1.44 linkedin
0.75 list
0.54 list and
-0.81 listed
0.95 live
1.39 live in
3.0 live ops
1.39 live up
0.88 load
-0.56 localisation
-0.81 log
0.54 logistics coordinator
-0.81 logistics planner
-0.56 look at
1.39 look like
1.39 looked after
-0.56 looked at
-0.56 looking at
-0.56 looking back
1.98 looking for
3.0 looks
-1.01 lost
-0.93 lot
-0.56 lot about
-1.32 lot from
-0.81 lot to
0.66 love
-0.56 love the
0.83 love to
0.88 loved
0.77 loved hearing
1.39 loved seeing
0.6 lovely
0.88 lovely to
0.88 luck with
0.88 lucky
0.88 lucky to
3.0 lumen
1.05 lunch
0.54 m
1.39 made a
-1.01 made it
-1.12 made me
-1.32 mail
0.88 main
-1.32 maintenance
-0.56 make my
1.39 make myself
0.54 make sure
1.39 make this
3.0 make your
-1.32 makes
1.39 malm
1.39 malm and
1.9 managed
1.39 management accountant
0.74 manager
1.39 manager at
0.88 manager has
0.88 manager job
1.39 manager position
0.54 manager role
0.88 manager vacancy
1.05 managing
1.39 managing a
1.39 mansoori
0.86 many
3.34 many of
1.39 many times
0.88 mapping
-1.04 march
-1.32 march and
0.88 marina
0.77 market
1.0 marketing
1.05 marketing coordinator
0.54 marketing executive
3.0 marketing manager
1.39 markets
-0.56 marlow
-0.56 marlow finch
1.9 marsh
3.0 marsh lane
3.0 master's
-1.44 match
3.0 matched
1.39 maternal
1.39 maternal health
2.24 matters
3.0 matters more
-0.56 may have
-0.56 may i
1.39 may informing
0.54 may not
1.39 maybe
3.0 mba
-0.66 me a
-2.11 me about
1.39 me across
-1.17 me an
0.75 me and
3.0 me apart
0.8 me around
1.73 me as
0.54 me at
1.05 me by
-0.81 me during
-1.55 me even
-0.56 me forward
0.8 me i
2.24 me if
1.39 me is
-0.56 me last
0.66 me on
-0.56 me out
-0.81 me over
1.05 me round
0.54 me so
0.8 me that
0.5 me the
1.14 me through
0.96 me to
1.39 me want
1.9 me well
1.39 me what
1.39 me which
-1.32 me with
-1.55 mean
-1.01 mean a
1.05 means
0.88 means a
1.39 means i
-0.56 meant to
1.39 meantime i've
-0.56 mechanical
1.39 media
0.54 medical
0.88 medicine
0.53 meet
1.39 meet me
1.39 meet you
1.39 meeting everyone
1.39 meeting other
-0.95 meeting the
-0.81 meeting you
-0.81 meets
0.72 mention
3.0 mention all
0.54 mention this
1.39 mentioned a
0.88 mentioned i
3.0 mentioned is
-0.56 mentioned so
0.54 mentioned you
-2.46 message
-1.32 message about
-0.56 message and
-1.01 met on
0.88 met the
-0.56 microbiome
-0.81 mid
-0.65 might be
1.9 might come
-0.56 might help
-1.17 migration
3.0 migrations
-0.56 million
0.88 mind and
0.63 mind for
-0.56 mind me
2.01 mine
-1.22 minutes
-1.01 minutes at
-0.56 minutes late
1.05 missed
1.39 mix
1.05 modelling
1.39 mombasa
1.98 monday about
1.39 monday for
-0.56 monday to
3.0 money
1.22 month and
-0.56 month to
-0.81 monthly
0.66 months
1.73 months and
-0.81 more certain
-0.56 more detail
0.54 more eager
1.39 more experience
-1.65 more interested
3.0 more like
0.54 more senior
0.96 more than
-0.56 more time
3.0 more to
1.39 morning about
-1.01 morning and
0.54 morning for
-0.56 morning to
0.88 morning's
1.39 morning's interview
0.83 most
0.88 most interesting
0.6 most like
1.39 move quickly
0.88 move the
1.14 move to
-1.44 moved
-0.56 moved on
-1.91 moving
0.88 mrs
-0.56 much about
-0.81 much and
0.63 much of
-0.81 much prefer
0.54 much rather
1.39 much the
1.39 must say
0.54 my answers
0.88 my background
0.88 my best
-0.81 my congratulations
-0.56 my connection
-0.56 my cv
0.88 my details
1.9 my dissertation
-0.56 my email
1.73 my experience
-1.17 my family
-1.01 my final
0.52 my first
1.9 my former
-0.81 my inbox
-1.32 my interest
-0.56 my landlord
1.19 my last
-0.81 my lease
3.34 my level
0.88 my list
0.6 my manager
-0.81 my name
3.0 my only
1.22 my own
-0.56 my parents
-1.01 my part
0.54 my partner
-0.81 my phone
0.6 my portfolio
1.05 my present
0.88 my profile
1.9 my qualifications
3.0 my real
1.39 my sharpest
0.77 my side
1.39 my teaching
3.0 my team
-1.55 my thanks
-0.81 my time
3.0 my track
0.88 my week
2.24 my work
0.88 my year
0.57 myself
1.39 myself available
1.39 nairobi
3.0 nakuru
0.88 name and
3.0 named
1.39 names
1.9 national
-1.01 naturally
0.88 nd may
1.39 nebosh
-1.01 need a
0.8 need anything
1.02 need from
1.9 need someone
-0.56 need to
-0.65 needed
1.39 needed from
-0.81 network
1.02 never
-0.56 new community
3.0 new distributor
0.54 new hire
1.39 new starters
1.39 newly
-0.99 news
0.88 news and
-0.81 news from
0.54 news i
-0.56 news was
1.39 newsroom
0.54 next month
1.39 next opening
-0.56 next round
-0.81 next stage
0.5 next step
0.6 next steps
-1.17 next time
-0.81 next week
1.39 nice
-0.81 night
-1.01 night shift
1.05 nine
0.88 ninety days
1.39 no doubt
2.24 no hard
-0.56 no is
-0.81 no need
0.88 no one
1.39 nobody has
0.88 noor
1.14 northern
3.0 northern creative
1.39 northern states
1.39 northgate
1.39 not a
-0.56 not asking
-0.56 not been
-0.56 not convinced
1.39 not have
-0.56 not heard
1.39 not hesitate
1.39 not need
-0.81 not possible
1.39 not selected
1.39 not successful
-1.32 not sure
-0.56 not that
0.8 not want
-0.85 note
0.88 note that
0.6 notes
1.39 notes on
-1.65 nothing
-1.17 notice period
1.22 noticed
3.0 noticed a
0.88 noticing
1.39 noticing that
-1.44 november
-0.61 now
0.54 now and
-0.56 now so
-0.56 now that
1.05 numbers
0.88 nurses
-0.56 nursing
1.39 oak
1.39 obvious
1.39 occasion
-0.81 october
1.39 october for
1.39 of a
-0.56 of an
1.39 of any
1.39 of assistant
0.54 of being
-0.56 of candidates
-0.56 of care
0.88 of finance
-0.81 of four
-0.56 of future
3.0 of hands
-1.01 of last
-1.01 of me
0.59 of my
1.39 of myself
-0.81 of news
1.39 of people
1.39 of place
-0.56 of procurement
1.39 of recruiting
3.0 of senior
1.14 of that
1.02 of them
1.39 of these
1.39 of things
0.75 of this
1.39 of those
1.39 of three
1.39 of training
1.39 of transparency
-1.01 of us
0.88 of weeks
1.05 of what
-1.01 of why
0.57 of your
-1.01 off the
-0.56 off to
3.0 off your
-0.61 offer
-0.81 offer and
1.39 offer by
-2.37 offer from
-0.56 offer one
-0.65 offered
-0.56 offered a
-1.01 offered me
1.39 offers
1.39 office and
1.39 office in
2.24 office manager
-0.81 office on
0.54 officer position
-0.56 offshore
1.56 often
-0.81 old
-0.56 older
-0.81 on <n>
-0.65 on a
-0.81 on and
1.39 on board
1.39 on both
-0.56 on call
1.39 on day
0.88 on every
0.8 on file
0.74 on friday
1.39 on getting
0.54 on his
-1.01 on hold
0.88 on joining
-1.01 on linkedin
0.6 on monday
-1.17 on our
1.9 on reflection
1.9 on regional
-0.56 on saturday
3.0 on sepsis
0.54 on sunday
1.22 on that
0.54 on timing
0.52 on tuesday
0.61 on wednesday
-1.91 on where
-0.93 on your
0.94 onboarding
0.67 once
-1.17 once more
3.0 once told
1.39 once you
0.88 oncology
-1.17 one i
0.88 one i'd
-0.56 one in
3.0 one is
1.22 one of
0.88 one on
-0.56 one piece
-0.81 one small
0.88 one system
-0.81 one way
1.39 one year
-0.81 online
0.8 only
1.05 only because
1.39 only mention
1.9 only one
0.88 onto one
-0.56 open i
1.05 open up
0.8 opened
-0.81 opening in
-1.44 openings
-1.01 openings in
1.9 openness
3.0 openness about
-0.71 opens
-0.56 opens in
1.73 operation
0.52 operations
-1.17 operations analyst
-1.32 operations coordinator
3.34 operations lead
1.14 operations manager
3.0 operations officer
1.39 operations supervisor
0.54 opportunities
-0.56 opportunities with
3.0 ops
3.0 ops producer
0.88 options
1.9 or elsewhere
-0.56 or interview
-0.56 or no
-1.17 or the
0.54 or two
0.88 order
-0.56 organisation
-0.81 organisation and
-0.56 organisation's
1.39 organisations
-1.44 organised
-0.81 organised day
-0.56 organising
1.39 oskar
2.24 other applicants
2.01 other candidates
3.0 other's
-0.56 otherwise i
-0.81 our call
-0.56 our chat
0.88 our conversations
-0.56 our discussion
-0.56 our interview
-1.32 our paths
1.39 our regional
1.39 out and
0.88 out at
1.39 out for
0.88 out that
1.9 out to
-1.65 outcome
-0.56 outcome but
-0.56 outcome for
-0.73 outcome of
1.39 outdoor
1.05 outreach
1.39 outreach work
0.6 outside
-1.32 over a
1.39 over lunch
-0.56 over my
-0.56 over two
0.65 own
3.0 own trumpet
1.39 ownership
0.5 p
0.5 p s
1.9 pace
-0.56 packaging
-1.32 page
3.0 paid
3.0 pair
3.0 pair of
0.88 pairing
-1.01 panel and
1.39 panel devoted
0.88 panel for
-0.56 panel gave
-0.56 panel had
-0.56 panel has
-0.56 panel interview
-0.56 panel on
0.54 panel will
0.77 panel's
1.73 paper
1.39 paperwork
-1.01 paralegal
-0.56 parents
-0.56 part i
0.56 part of
-0.81 part was
-0.81 particular
-1.04 particularly
-0.56 particularly on
1.39 partners
1.39 partnerships
1.39 partnerships role
1.39 parts
1.39 parts of
-1.01 pass on
-1.55 passed
-0.56 passed the
-0.81 passing
-0.81 passing on
1.39 past few
0.88 patel
-1.55 paths
-1.17 paths cross
-0.56 patience
0.54 payroll administrator
1.39 payroll officer
0.88 pearl
0.88 people
1.39 people in
0.88 people who
-1.17 per
-0.81 per cent
0.88 percent
0.54 performance
3.0 performing
1.05 perhaps
1.39 perhaps i
-1.44 period
-0.56 period is
1.39 permit
1.39 permit me
0.84 person
0.88 person made
-2.11 phone
-0.56 phone call
-0.56 physiotherapist
1.39 pick
0.88 picked up
-0.56 picture you
-0.81 piece
-0.56 piece of
1.39 pilbara
1.05 pilot
0.8 pipeline
1.39 pitch
-0.56 placed
-0.56 placed on
-0.81 placement
3.34 plain
0.88 plainly
1.39 plan for
0.8 planned
0.88 planned for
-0.56 planner
-1.01 planner position
-1.44 planner role
-1.14 planning
-1.01 planning my
-0.56 planning officer
0.59 plans for
0.6 plant
1.39 plants
1.39 plate
-0.65 platform
0.54 platform team
0.88 play
1.05 please do
-1.91 please don't
1.39 please give
0.66 please let
-0.65 please pass
0.54 please thank
0.88 pleasure
1.02 pleasure to
1.39 podcast
-0.81 point i
-0.56 point i'd
0.54 point out
1.39 point to
-0.56 pointers
-0.56 points
-0.56 policy adviser
1.39 policy team
0.88 politely
0.88 pool
0.88 pop
-1.32 portal
0.54 portfolio
-0.58 position and
-0.9 position at
-0.81 position i
0.8 position is
0.77 position on
0.88 position opens
-0.56 position particularly
1.39 position we
0.88 position with
3.0 position yesterday
0.88 positions
0.88 positive
-1.01 possibility
-1.01 possibility of
-1.12 possible
1.39 possible yet
-1.83 post and
-1.01 post comes
-0.81 post has
1.39 post of
0.88 post opens
-1.01 postdoctoral
-0.56 posting
1.39 power
-0.81 practical
-1.83 practice
0.88 preparation
-1.32 prepare
-0.56 prepared for
-0.56 preparing
1.14 present
-1.01 presented
1.39 press
-0.56 pressure
0.88 pressures
-0.56 previous
0.6 pricing
1.39 pricing team
1.39 primary
0.88 priorities
-0.81 priority
3.0 prize
1.39 probably
1.39 probably tells
0.63 problem
1.39 problems
-0.92 process
-1.83 process and
0.88 process engineer
-0.56 process was
0.88 process with
-1.01 processes
1.39 procurement lead
0.88 procurement officer
2.24 producer
1.9 producer role
0.54 product
-0.81 product designer
0.88 product team
1.39 professor
0.75 profile
-0.56 profile in
0.94 program
-1.01 programme and
0.88 programme at
1.39 programme in
-0.56 programme officer
-0.56 programme you
-1.01 progress
-0.56 project and
0.88 project i
1.39 projects
3.0 promise
3.0 promise you
-0.56 promised
1.05 proper
0.63 properly
-0.56 property
1.39 protection
1.39 protocols
1.39 prototype
0.74 provide
1.39 provide any
0.8 provide anything
0.54 provide references
0.88 published
0.88 pune office
1.39 push
0.54 put
0.88 put in
1.9 qualifications
1.39 qualified
1.02 quality
0.88 quality engineer
0.88 quantity
0.88 quantity surveyor
1.14 quarter
1.98 question about
0.88 question and
-0.56 question on
1.39 question the
0.54 questions about
1.39 questions on
-1.91 quick
0.91 quickly
1.9 quickly and
1.05 quiet
-0.56 r
0.88 radio
3.0 raise
1.19 ran
1.39 ran for
-0.56 range
1.39 rare
1.9 rate
-0.56 rather have
-0.81 rather know
1.9 rating
-0.56 rd you
-0.56 re
-1.83 reach
-1.32 reach a
-0.56 reach me
-0.81 reached the
-0.81 reached you
-0.95 read
0.6 ready
1.39 ready to
0.72 real
3.0 real weakness
-1.01 realise
0.88 realised
1.39 really did
0.74 really enjoyed
1.39 really interested
0.6 really keen
1.39 really like
1.39 really love
1.39 really valued
0.8 reason
-0.56 reasonable
-0.56 reasons
-0.56 rebuilding
1.9 rebuilt
1.9 rebuilt the
-0.81 receive
-0.51 received
-1.01 received a
-1.91 received an
3.0 received the
1.39 receiving
1.39 receiving me
0.8 reception
-0.56 receptionist
3.79 reckon
3.34 reckon i'd
1.39 reconciliations
2.73 record
3.0 record in
3.0 record like
1.39 record so
3.34 recruiters
0.88 recruiting
-1.44 recruitment
1.39 recycling
-1.17 redesign
-1.17 reduced
-1.01 reference
-0.56 references or
1.39 references whenever
1.39 reflection
-0.56 reflects
0.54 refreshing
-0.56 refreshing my
0.88 regard
1.98 region
1.9 regional
1.9 regional sales
1.39 registrar
0.54 regret
-0.56 relations
0.54 relationships
0.88 relaunch
-0.81 release
1.39 reliability
1.39 reliability engineer
0.88 reliable
-0.56 relying
-0.56 relying on
1.39 remain available
-1.32 remain interested
-1.01 remain keen
1.39 remaining
-0.56 remains
1.39 remember
1.39 remember me
1.39 reminded
1.39 reminded me
1.39 renewal
-0.56 renewing
1.39 repeat
-1.69 reply
-0.56 reply by
-0.56 reply due
-0.56 reply this
-0.56 replying
-1.44 reports
-0.81 reports to
1.39 reps
-1.65 request
-1.01 request you
0.88 require
2.18 required
3.0 required from
-1.01 requirements
0.88 research assistant
-0.56 research coordinator
0.88 research software
-1.01 researcher
-0.56 reserve
1.9 residency
0.54 residents
1.39 resolved
-0.56 respond
-0.56 restoration
1.9 restructuring
-1.12 result
0.88 result of
1.64 results
1.39 retention
1.39 return
1.39 return to
2.24 returns
1.39 returns flow
-0.56 revert
-2.04 review
0.6 reviews
1.39 riding
-0.56 rig
-0.56 rigging
1.39 right next
0.54 right person
1.39 right this
1.39 ring me
1.39 risk
3.0 risk analyst
-0.81 riverside
-0.56 role appeals
0.54 role as
-0.81 role but
1.05 role comes
-0.81 role especially
1.05 role feel
1.9 role for
-0.56 role from
-0.81 role has
-1.75 role i
-0.81 role in
-1.32 role is
0.5 role on
-1.44 role opens
1.39 role particularly
-0.56 role so
-0.56 role than
1.39 role this
-0.56 role we
0.6 role which
-0.56 role with
-0.56 role would
1.39 roles at
0.88 roles in
0.8 rollout
0.84 room
1.14 room and
3.0 rooms
1.39 rotation
0.54 rotterdam
-0.56 rough
-1.17 roughly
0.88 round and
-0.56 round of
0.6 round the
1.39 round was
1.39 round with
-0.88 rounds
-0.81 rounds and
-0.56 route planning
-0.56 routes
1.39 run a
-0.56 run the
1.39 run this
1.22 running
1.9 running and
-1.32 runs
-0.73 rush
0.54 rush at
-0.56 rush on
-0.56 rush your
1.39 rustenburg
0.88 s i
-0.56 sad
0.5 safety
3.0 safety record
0.88 said about
1.39 said my
1.39 said she
1.05 said the
1.39 salary
1.19 sales
3.0 sales manager
0.88 sales role
0.72 same
3.0 same day
0.88 samples
-0.81 sap
-1.01 saturday
1.05 save
0.88 save us
1.39 save you
-0.81 saved
1.9 savings
0.61 say
1.9 say about
1.73 say i
1.9 say it
0.54 say that
1.39 say the
-0.81 saying
1.64 says
3.0 says something
2.24 scale
3.0 scale of
1.39 schedule and
1.14 scheme
3.0 scorecard
0.8 scores
0.88 scores and
1.39 scores for
1.39 scoring
3.0 scratch
-1.01 screening
0.57 season
0.88 season and
-0.56 seasonal
-0.81 second interview
0.54 second year
-0.56 section of
1.39 see that
-0.56 see where
1.39 see why
-0.56 seeing how
0.54 seeing me
1.39 seeing several
0.66 seeing the
0.6 seemed
1.39 seemed to
0.54 seems
1.39 seems to
0.94 seen
-0.56 seen the
0.54 selected
-1.17 selection
-1.17 send a
-0.56 send anything
-0.56 send the
-1.01 sending
1.29 senior
-1.01 senior accountant
1.39 senior ux
-1.83 sense
-1.32 sense of
-0.73 sent
-0.56 sent you
1.39 sepsis
-0.95 september
-2.22 service
-0.56 service team
-0.56 services
-0.81 session with
0.64 set
1.9 set out
0.88 set up
0.88 settle
1.39 settle in
0.88 settled
1.39 setup
0.54 seven
1.05 several of
1.39 several people
1.39 shah
-0.56 shall
-0.81 shame
-1.03 share
-0.56 share an
-1.17 share any
-0.56 share one
0.54 share the
-0.81 shared
1.39 sharpest
1.39 she
3.0 she had
-0.51 shift
0.54 shift supervisor
-0.81 shifts
1.39 shipments
1.39 shipped
-0.56 shipping
1.39 shop
-0.87 short
-1.44 short note
3.59 shortlist
1.39 shortlisted
0.54 should a
3.0 should anything
1.39 should be
-1.17 should have
-0.56 should i
0.8 should mention
0.88 should say
1.39 should the
-0.56 show me
0.6 showed me
0.77 showing
0.88 shows
0.54 side of
0.88 sign
0.88 signed
-1.17 silence
-1.11 similar
-0.81 similar post
-1.01 similar role
-1.01 similar roles
1.39 simple
0.54 simpler
0.88 simpler for
-0.81 simply wanted
1.14 since i
-0.95 since my
-1.01 since our
-0.81 since then
0.54 since we
0.88 sincerely
1.39 singapore
1.64 single
1.39 sit
-0.81 site engineer
3.0 site manager
1.39 site reliability
-0.56 site visit
0.88 sitting
-0.56 situation
-0.81 six months
1.39 six years
3.0 sleep
3.0 slipping
-0.81 slot
-0.81 slow
0.54 small update
-0.56 smaller
-0.81 smoothly
-0.81 so a
0.88 so far
-0.81 so i've
-1.01 so if
-0.81 so it
1.39 so kind
-0.56 so my
1.39 so perhaps
-1.55 so please
0.88 so quickly
1.39 so straightforward
0.88 so there
1.39 so this
0.88 so we
1.39 so welcoming
-1.44 so you
0.64 software
0.54 software engineer
-0.56 soil
-0.56 soil microbiome
1.39 sokhna
1.9 some of
-1.44 some point
0.88 some time
1.0 someone
1.39 someone at
-0.56 someone else
3.0 someone to
1.84 someone who
1.98 someone with
1.9 something about
0.88 something i
0.88 something suitable
0.88 something to
1.39 sometimes
-0.56 soon as
-1.17 sooner
-1.12 sorry
-0.56 sorry it
-0.81 sorry not
-1.17 sorry to
2.24 sort
3.0 sort of
1.9 sound
1.05 sounds like
0.8 sous
0.88 south
0.54 spare
1.12 speak
0.88 speak again
3.0 speak for
0.77 speak with
-1.65 speaking
-1.55 speaking with
1.39 specialist hospital
-0.56 speed
-0.81 spend the
-2.32 spent
-0.81 spent most
-1.01 spent with
1.39 spirit
1.39 spirit of
0.54 splits
-0.56 spoke i
-1.44 spoke on
1.39 spoke our
1.39 spot
1.39 spreadsheets
1.39 sql
0.77 st
3.0 st brendan's
-1.07 staff
-0.56 staff and
-1.17 staff nurse
-2.32 stage
-1.32 stages
1.39 stakeholders
3.0 stand when
2.35 standard
3.0 standard than
1.05 stands
1.39 start by
-0.81 start date
1.39 start my
1.39 starters
0.88 starting
1.39 state
1.39 states
0.54 station
0.77 status of
1.09 step
1.9 step down
1.9 step for
3.0 step in
-0.56 step is
-0.56 steps whenever
-0.81 still be
1.39 still consider
1.39 still i'd
-0.88 still interested
-1.17 still keen
1.05 still like
-0.81 still love
-0.81 still my
-0.81 still open
-0.81 still waiting
-1.01 still want
-0.56 stopped
1.14 store
1.39 store manager
-0.56 stores
0.88 story
0.88 straight
1.39 straight away
1.39 straight with
1.05 straightforward
1.39 straightforward about
-0.56 strategist
-0.56 strategist role
2.35 strategy
1.9 strategy associate
0.88 street
-0.56 strengthen
1.39 stress
1.39 stretched
-1.17 stronger
2.49 strongest
3.0 strongest candidate
0.88 structural
1.39 structural engineer
1.39 structure
3.0 struggled
3.0 struggled with
0.88 struggling
-0.56 stuck
0.77 student
1.05 students
-0.65 study
-0.56 subject follow
-0.81 subject re
0.91 subject thank
1.39 submission
1.39 submit
1.39 success and
-1.44 success manager
1.9 success role
0.88 success with
-0.66 such
-1.44 such a
1.39 suggest
0.6 suit
-0.56 suit me
1.39 suitable comes
1.05 suite
-0.56 suits the
1.39 suits you
-0.81 summary
-0.81 summer
0.54 sunday
1.39 sunday to
1.9 superintendent
-1.01 supervisor position
3.0 supplement
0.54 supplier
-0.56 suppliers
1.39 supply chain
-1.01 supply planner
0.88 support team
1.39 support the
1.39 support your
1.14 suppose
0.6 sure the
1.39 sure they
0.8 sure you
1.39 sure you'll
-0.56 surgery
1.05 surprised
0.88 surveyor role
1.39 survived
1.39 survived the
1.53 suspect
1.39 suspect it
3.34 suspect the
1.05 system and
1.39 system design
1.39 system so
1.39 systems and
-0.56 table
3.0 take a
-1.01 take it
1.39 take on
0.88 take that
1.39 take the
1.39 take this
1.39 take up
1.05 taken
-0.56 taking a
3.0 taking this
-1.17 talk
-0.81 talk through
0.54 talked
0.54 talked about
-1.17 task
0.54 tasting
-0.56 tasting menu
3.0 taught
2.24 tax
0.88 tea
1.9 team every
-0.81 team hoped
-0.81 team i
0.5 team in
1.39 team last
-0.81 team of
1.39 team on
-0.81 team so
0.88 team splits
1.39 team that
0.88 team through
1.05 team was
1.39 team will
1.39 team works
0.54 team would
-0.56 team you
1.64 teams
-0.56 technician position
1.39 technician post
1.39 tell them
-0.56 tell you
-1.32 telling
-1.17 telling me
1.9 tells
3.0 tells you
0.88 ten days
-0.56 ten minutes
1.39 tenancy
2.24 tend
2.24 tend to
1.39 term goals
0.88 terminal
1.05 territory
-2.22 test
-1.01 test and
-1.55 th and
1.39 th for
1.39 th july
0.54 th june
0.88 th march
-0.56 th so
0.57 than
3.0 than anyone
-0.56 than before
1.39 than emailing
0.88 than ever
1.22 than i
-0.56 than keep
1.39 than leave
1.39 than me
2.24 than most
1.98 than the
-0.56 than when
0.88 than you
-1.17 thankful
-0.81 thankful for
1.39 thanking
1.39 thanking you
0.72 thanks again
0.6 thanks and
1.39 thanks very
-1.17 that a
0.88 that after
2.24 that as
1.39 that because
1.39 that by
0.54 that candidates
-1.01 that date
3.0 that floor
1.39 that for
1.39 that gives
3.0 that have
1.39 that he
1.9 that helps
0.54 that i'd
1.39 that i'm
0.88 that i've
-1.55 that in
-0.81 that isn't
-0.56 that makes
1.39 that means
-0.81 that might
1.39 that my
1.39 that no
1.9 that our
1.39 that person
3.0 that problem
1.9 that said
-1.01 that this
0.88 that to
-1.55 that was
-1.01 that way
-0.56 that week
3.0 that went
1.9 that with
-1.17 that work
0.66 that you
-1.98 that's
-1.03 the <n>
0.88 the a
1.39 the aarhus
1.05 the accounts
3.0 the advertised
0.88 the advertisement
-1.01 the analytics
-1.17 the assessment
-0.56 the assessors
1.39 the associate
0.88 the audit
0.88 the back
1.39 the backlog
0.88 the band
1.05 the bank
1.39 the barista
1.39 the berth
0.86 the best
3.59 the big
0.88 the board's
0.54 the branch
0.54 the budget
0.88 the building
1.39 the candidates
-1.01 the care
1.39 the chair
1.39 the challenges
-0.63 the chance
1.84 the chat
1.9 the choice
-0.81 the claims
-0.56 the clear
3.0 the client
-0.56 the client's
-0.81 the clinical
-0.56 the coffee
1.39 the college
-0.56 the coming
0.88 the committee
-0.56 the communications
0.54 the company
0.54 the company's
-0.56 the consultation
-0.56 the content
1.39 the continuity
-0.56 the council
0.88 the county
1.39 the course
0.54 the courtesy
1.05 the credit
-0.81 the customer
-0.56 the customs
-0.81 the date
0.95 the department
-0.56 the desk
1.39 the detail
1.39 the director
0.74 the discussion
-0.56 the door
-0.56 the drive
-0.56 the earliest
1.39 the editorial
-0.67 the end
1.39 the ethics
1.39 the european
-0.56 the evening
-0.81 the executive
2.24 the expansion
-0.56 the experience
1.39 the extra
0.54 the facilities
1.39 the faculty
0.88 the festival
1.39 the figures
1.39 the fika
-1.52 the final
0.74 the finance
1.39 the financial
0.88 the firm's
1.9 the frank
0.88 the front
1.39 the full
1.39 the fundraising
-0.65 the future
1.39 the gap
1.39 the garden
0.63 the graduate
1.39 the grant
-1.17 the grants
2.69 the ground
1.39 the growth
1.39 the hangar
0.88 the harbour
1.39 the head
1.39 the higher
3.34 the highest
-0.56 the highlight
1.73 the honest
-0.81 the hospital
1.39 the hotel
-0.81 the housing
-1.01 the hr
0.88 the idea
-0.81 the interest
1.39 the internal
-0.56 the interviewer
0.54 the interviews
-0.81 the inventory
0.88 the jebel
-0.81 the job
-2.32 the junior
1.39 the laboratory
-1.75 the last
-0.56 the latest
3.0 the lead
0.88 the learning
-0.81 the leeds
1.9 the level
-1.32 the library
0.88 the live
0.88 the local
0.88 the main
-0.56 the maintenance
0.88 the management
0.88 the marina
1.39 the marine
0.88 the market
0.5 the marketing
-0.81 the migration
1.39 the mobile
1.9 the modelling
1.39 the mombasa
1.53 the most
1.39 the names
1.39 the national
0.8 the northern
1.39 the notes
-0.56 the number
1.39 the numbers
-1.01 the offer
-0.56 the old
0.88 the onboarding
0.88 the oncology
4.22 the only
1.39 the open
1.39 the opening
1.0 the other
-1.52 the outcome
1.39 the outreach
1.39 the outside
1.9 the pace
0.77 the panel's
-0.81 the paralegal
-0.56 the part
1.9 the partners
1.39 the people
0.6 the person
-0.56 the phone
1.39 the pilbara
1.39 the pipeline
1.39 the plant
0.88 the port
-0.56 the portfolio
-0.81 the possibility
-0.81 the postdoctoral
-0.56 the posting
-1.17 the practice
1.39 the presentation
0.88 the problems
-1.59 the process
0.88 the program
-0.56 the project
0.54 the public
1.39 the quantity
1.39 the reception
1.39 the record
1.98 the region
1.76 the regional
1.39 the registrar
1.39 the relaunch
1.39 the remaining
-0.56 the requirements
0.54 the residents
-0.95 the result
3.0 the results
0.54 the retail
1.9 the returns
0.8 the room
0.88 the rotterdam
0.63 the same
3.0 the scale
0.8 the school
0.88 the science
-0.56 the screening
-0.81 the search
-0.81 the selection
1.23 the senior
0.88 the session
-0.56 the silence
0.54 the site
-0.56 the soil
3.0 the sort
-0.81 the sous
1.39 the spirit
-1.44 the staff
1.9 the standard
-1.17 the start
0.63 the status
0.54 the store
2.24 the strategy
3.59 the strongest
0.54 the student
-1.65 the summer
-1.01 the supply
1.39 the support
-0.56 the surgery
0.54 the system
1.39 the take
3.0 the tax
-1.91 the technical
-1.17 the test
1.05 the top
0.88 the trust
-1.83 the two
1.05 the unit
0.88 the university
-0.81 the update
1.39 the usual
1.9 the very
-0.81 the video
0.8 the visit
-1.01 the volunteer
-0.81 the ward
0.54 the way
3.0 the weekly
-0.56 the wetland
0.64 the whole
-0.56 the wider
-0.56 the winter
-0.81 the work
-1.01 the workshop
-0.81 the written
1.9 the yard
1.05 the year
-0.56 the youth
1.05 their first
1.39 them in
0.88 them to
2.49 themselves
-2.81 then
-1.01 then i
-0.56 then it
-0.56 there an
-1.01 there any
1.39 there are
1.39 there will
1.39 there's anything
-0.81 there's news
-1.32 there's no
-0.81 they are
-1.32 they have
-0.56 they were
0.88 thin
0.88 thing i
1.39 thing that
-1.65 things are
1.9 things i
0.88 things simpler
0.84 things stand
1.39 things take
-0.81 things up
1.21 think
0.77 think i
1.39 think i'd
2.69 think it
1.39 think my
-1.01 think of
1.9 think that
1.39 think the
1.39 think there
2.49 think we
3.34 think you
-0.56 thinking
-1.32 third
-1.17 thirty
1.39 this at
-0.56 this email
1.05 this finds
-1.32 this is
1.02 this job
0.88 this long
0.88 this month
0.88 this morning's
3.0 this not
1.39 this occasion
0.54 this only
0.8 this opportunity
1.39 this point
1.39 this position
0.5 this role
3.0 this round
0.88 this spring
1.39 this to
-0.81 this was
0.77 this year
1.39 thorough
1.9 thoroughly
0.6 those
1.39 thought about
-1.32 thought i'd
-0.56 thought of
0.54 thoughtful
3.0 thousand
0.68 three
-0.81 three interviews
1.39 three priorities
-0.81 three rounds
-1.44 three weeks
0.8 three years
1.39 thrilled
1.39 thrilled to
0.88 through how
0.88 through it
-0.56 throughout the
-1.01 thursday <n>
1.05 thursday about
1.05 thursday and
-1.01 tickets
-0.56 tidy
-0.89 time and
-0.56 time especially
-0.81 time i
1.39 time i've
-0.81 time so
0.54 time the
1.39 time was
1.39 time with
0.54 time yesterday
-1.52 timeline
0.88 timeline for
-0.56 timeline i
-0.56 timeline i'd
1.39 times that
0.54 title
1.9 titles
1.09 to a
1.05 to accept
1.39 to admit
-2.27 to apply
-1.01 to ask
3.0 to blow
3.0 to boast
0.84 to bring
-0.56 to build
1.39 to chat
-0.56 to close
0.94 to come
-0.56 to complete
0.54 to contact
-1.32 to contribute
0.5 to decide
-0.56 to do
-0.56 to email
1.39 to everyone
0.54 to explain
1.39 to find
-0.56 to fit
-0.6 to follow
-0.65 to give
1.39 to grow
3.0 to hire
-0.56 to how
-0.56 to improve
-0.56 to kindly
-0.65 to learn
1.9 to leave
-0.73 to let
1.39 to live
-1.17 to look
0.61 to meet
0.8 to mention
0.63 to move
1.39 to ms
0.64 to my
-0.56 to pass
-1.17 to plan
1.39 to play
1.39 to politely
0.88 to provide
1.39 to put
-1.65 to reach
-0.56 to read
-1.17 to reply
-0.81 to rush
1.39 to save
3.0 to set
-1.14 to share
-0.56 to someone
3.0 to step
1.05 to support
1.08 to take
-0.81 to talk
-0.56 to tell
1.39 to thank
0.54 to that
1.39 to think
1.39 to train
-0.56 to try
1.9 to walk
-0.81 to whoever
0.88 to you
-0.56 today about
1.39 today and
0.5 together
1.9 together on
0.73 told
1.59 told me
1.39 told the
0.74 too
-0.81 too much
-0.95 took
-0.81 took a
-0.81 tool
1.39 top
1.64 top of
3.0 topped
-1.55 touch and
1.39 touched
0.88 tough
-0.81 towards
1.39 track
3.0 track record
1.9 tracking
1.39 trade
0.54 train
2.24 trained
3.0 trained more
0.88 trainer
1.39 trainer role
0.63 training
0.88 transition
1.39 transparency
1.39 transparency i
-0.56 travelled
1.39 treating
1.39 treating you
1.39 trial and
0.54 trials
0.54 tried
1.39 tried to
-1.01 trouble
-0.56 trouble you
3.0 trumpet
3.0 trumpet but
0.88 trust and
0.88 trust this
1.39 trust you
1.39 trustees
0.6 try
-0.56 try again
3.0 try to
2.35 tuesday about
0.77 tuesday and
-1.01 tuesday to
0.54 tuesday's interview
1.39 turkana
1.39 turn
0.8 turned
0.54 turned down
0.77 twelve
1.39 twelve months
1.39 twelve years
1.02 twenty
-0.56 twenty minutes
-0.73 twice
1.39 two hundred
3.0 two internships
-0.81 two interviews
-0.56 two line
0.8 two of
1.39 two other
0.6 two years
1.39 type
1.02 under
-1.2 understand
-0.56 understand and
-1.91 understand if
-1.75 understand that
-1.98 understand the
-0.81 understand what
0.54 understand you
-0.56 unit and
-0.95 until
-1.17 until <n>
3.0 unusual
-0.56 up again
3.0 up an
-0.56 up and
1.39 up by
-0.56 up close
1.05 up for
1.39 up from
1.39 up i
0.88 up i'd
0.94 up in
-0.64 up on
1.39 up to
-0.81 up with
1.39 upcoming
-1.52 update
-0.56 update at
-2.54 update on
0.88 update since
-0.56 update would
-1.01 update you
-1.17 updated
-0.81 updated timeline
0.54 upfront
-0.56 upfront about
1.39 upgrade
1.39 ups
1.76 used
1.39 used a
3.59 used to
0.64 useful to
1.39 uses
0.54 usual
2.24 usually
0.88 ux designer
0.54 vacancies
-0.56 vacancy
-0.56 vacancy at
-1.65 value
-0.81 value any
1.39 valued hearing
1.39 valued the
1.39 van
0.88 venue
-0.81 version
1.39 very eager
0.84 very excited
3.0 very few
-1.83 very glad
-0.81 very helpful
0.8 very real
0.88 very useful
1.39 very well
0.88 vessel
-1.17 video interview
0.88 view
0.88 vine
-1.01 visa
0.88 visit and
-1.01 visits
-0.56 voicemail
-0.56 volume
-1.44 volunteer
0.88 volunteers
-0.81 waiting for
1.64 walk
1.39 walk you
-0.56 walked
1.39 walking
1.39 walking me
-0.56 walkthrough
0.8 want the
-0.81 wanted you
1.39 wanting
1.05 wants
0.88 wants to
-1.17 ward
3.34 warehouse operations
-1.01 warehouse supervisor
3.0 warehouses
1.39 warm hospitality
-0.81 was actually
0.8 was also
-0.56 was ever
0.88 was exactly
1.9 was fascinating
0.94 was good
1.05 was great
0.88 was happy
-0.56 was helpful
-0.81 was hoping
1.39 was i
-0.81 was in
1.39 was just
-0.56 was kind
1.39 was like
-0.56 was made
0.75 was not
0.8 was on
-0.56 was one
1.9 was so
-0.81 was sorry
1.16 was the
-1.01 was told
1.64 was useful
-1.75 wasn't
-0.56 watching
1.05 water
-0.66 way
-0.81 way or
-1.17 way you
3.59 we both
0.63 we can
-0.56 we were
3.34 weakness
3.0 weakness is
1.9 weaknesses
0.54 wednesday for
3.0 wednesday regarding
0.88 wednesday to
-0.81 week about
1.39 week has
-0.56 week of
1.39 week since
0.88 weekend so
1.9 weekly
-0.59 weeks
-1.17 weeks and
-1.55 weeks since
-0.56 weeks so
1.39 weeks would
1.39 weighing
-1.23 welcome
-0.81 welcome any
-1.01 welcome hearing
-0.56 welcome the
1.39 welcoming
0.8 well and
1.9 well as
0.54 well at
-1.01 well organised
1.39 well over
0.88 well run
-0.81 well with
1.39 went so
-0.5 were
0.88 were about
0.88 were not
1.39 were the
-0.56 wetland
3.34 what a
1.39 what else
3.0 what i've
-0.81 what it
0.54 what it's
1.9 what my
0.88 what they
-1.55 whatever
0.88 when a
3.0 when it
-1.75 when we
0.54 when you
1.39 whenever it
-1.01 whenever there's
-1.55 whenever you
0.88 where i'd
-1.32 where my
3.0 where to
1.39 wherever
-1.03 whether
-1.32 whether i'm
-0.56 whether it
-0.56 whether my
-0.56 whether something
-1.01 whether there
1.39 which probably
1.39 which you
-0.88 while
-0.56 while i'm
1.39 while waiting
-0.56 whiteboard session
1.24 who
1.39 who actually
1.39 who can
2.69 who has
3.0 who have
1.39 who would
0.82 whole
0.88 whole process
0.88 whole team
1.39 whom
-1.12 why
-1.65 why i
0.88 why it
-0.56 why the
-0.81 wider
0.71 will
1.0 will be
3.0 will find
1.84 will have
-1.32 will keep
0.88 will make
1.05 will not
1.39 will still
0.88 will take
-0.56 will understand
-0.81 willing
-0.81 willing to
-0.81 wind
0.88 wing
-1.01 wish the
0.88 wish to
0.88 wish your
1.39 with all
-0.56 with another
1.39 with each
3.0 with fifteen
-0.81 with interest
-0.56 with it
1.87 with my
0.88 with real
1.39 with some
1.39 with that
-0.56 with them
-0.6 with your
-1.01 withdraw
-0.56 withdraw my
-0.81 within
-1.01 within a
3.0 within my
-1.44 within the
0.57 without
1.39 without any
3.34 without me
3.34 won
0.73 won't
0.88 wonder whether
-1.32 wondering
-1.01 work and
3.0 work at
-0.81 work out
0.88 work with
-1.32 work you
1.08 worked
1.05 worked with
0.88 worker
-1.04 working
-0.56 working at
-0.56 working days
-0.56 working through
1.39 works in
-1.17 workshop
1.39 worry
0.64 worth
0.88 worth the
0.54 would also
-2.04 would appreciate
1.39 would approach
1.39 would bring
1.9 would expect
0.54 would gently
-1.01 would hear
-0.85 would help
0.73 would love
-1.44 would mean
-0.81 would most
-0.81 would much
-1.01 would need
1.39 would only
-0.56 would prefer
-0.81 would rather
1.9 would say
1.39 would start
0.6 would still
-0.81 would value
-0.85 would welcome
-0.81 would you
1.39 wrap
1.39 wrap up
0.6 write
0.88 write to
0.54 writer
-2.11 writing about
-0.56 writing regarding
-0.73 written
-1.01 written offer
-0.56 wrote
1.14 yard
-1.01 year and
3.0 year before
0.54 year i
1.39 year's
1.14 years
1.14 years and
3.59 years at
1.73 years i
0.54 years in
-1.17 years of
3.79 years running
-1.17 yes
-1.01 yes or
0.91 yesterday for
-0.81 you about
1.39 you already
-0.54 you are
1.39 you as
-1.01 you at
-0.81 you be
0.88 you before
0.54 you but
-1.01 you by
-0.56 you confirm
-2.5 you described
1.39 you do
-0.81 you don't
0.54 you ever
-1.01 you expect
-1.32 you gave
0.54 you hoped
-0.56 you i
-1.55 you if
1.9 you in
-0.56 you just
-1.55 you let
3.0 you make
0.88 you might
0.56 you need
-0.81 you on
1.19 you said
1.39 you saw
1.05 you soon
0.88 you taking
1.39 you the
1.39 you through
-0.56 you told
-0.81 you took
-0.73 you very
0.88 you want
1.39 you what
-0.56 you whenever
1.2 you will
1.73 you won't
1.39 you would
1.12 you'd
3.59 you'd be
0.88 you'd like
-0.56 you'll think
-1.05 you're
-1.32 you're able
-0.56 you're doing
-0.76 you're well
3.34 young
0.54 your account
0.88 your answer
-0.81 your call
-0.56 your careers
-0.56 your colleague
1.39 your colleagues
1.9 your company
0.54 your consideration
1.39 your description
-0.56 your desk
-0.81 your earliest
-0.56 your end
1.39 your esteemed
0.54 your explanation
-0.56 your file
-1.17 your help
1.9 your honesty
0.88 your lab
1.39 your leadership
-0.81 your mail
-1.32 your message
1.05 your new
-0.56 your note
3.0 your openness
1.39 your partners
-0.56 your patience
-1.55 your planning
1.9 your plans
3.0 your plate
0.54 your pune
1.39 your question
-0.56 your reply
-0.56 your role
3.34 your shortlist
-0.56 your side
1.39 your story
-0.68 your team
-1.65 your timeline
-0.65 your week
0.54 your work
0.8 yours
0.54 youth
3.0 zero
""",
)
