// The twenty-ninth held-out set's texts, labelled inline as [[code:span]]; `npx tsx core/eval/heldout-source.ts
// --set 29` builds heldout-29.jsonl from them (ids h29-off-NNN, h29-com-NNN, h29-per-NNN). Score it with:
//   npm run -s eval:checker -- --corpus core/eval/heldout-29.jsonl
// First scored on 2026-12-06, at commit f2dd64d, as totals only (the commit that adds this file gives them); its
// false alarms were then read, to find why long texts draw them.
// Written blind, by someone who read none of the checker. Of the repository it read only: heldout-source.ts
// (header and build code); roster.json; the first 80 lines of core/src/checker/types.ts (category names, text
// kinds and shared types, no rules); the header comment (the lines before the first `export`) of
// heldout-28-texts.ts, and that file's first `export` line and the three lines after it (its first three
// official texts; only the shape was copied); and the one `export type Source` line of heldout-texts.ts, found
// by grep. It did not read anything else under core/src (lexicons, categories, rules, learned models), any
// test, core/bench/, core/cli/, docs/, the eval scripts, corpus or training texts, any *.jsonl other than its
// own output (read only to count labels, clean texts and lengths), the bodies of the other heldout-*-texts.ts
// files, or git history. The checker and the eval script were not run on these texts; only the builder above,
// to validate the labels, and `npx tsc -p core --noEmit`.
// The school is the evaluation roster's (roster.json): Oakfield Primary School ("Oakfield", "Oakers"),
// Oakfield Road, Thornbury, Bristol BS35 4HJ, 0117 496 0123, office@oakfield.sch.uk.
//
// Aim: LONG TEXTS, which earlier sets lacked: real school writing at length. Official posts are 1,574-2,263
// characters (weekly newsletters, the head's half-term letter, an end-of-term letter, the Year 6 residential,
// Year 4 at the Roman Baths, Year 2 at a zoo farm, Reception stay-and-play, the nativity and a Christmas
// Carol, World Book Day, sports and sports-day round-ups, an e-safety note, an RSE letter, SEND and attendance
// updates, cost-of-living help, an anti-bullying week report, a Bristol Blitz history topic, a fire-service
// visit, a parking letter, the PTA Christmas fair price list, stars of the week and birthdays, lost property,
// a behaviour update and two staff farewells), with bullet lists, line breaks and long run-on sentences.
// Comments are 595-1,452 characters: complaints, praise, pasted threads ("> " at the start of each reply),
// two pasted group chats and a rant with no full stops. Personal posts are staff members' own, 830-1,357
// characters: life updates, work rants, a night out, a retirement, fundraising, things for sale, an MLM pitch.
// 80 texts: 30 official posts (13 clean), 30 comments (12 clean) and 20 personal posts (10 clean); 35 texts
// (44%) are clean. Labels: 79 staff-name, 69 pupil-name, 16 bullying, 10 hate, 10 school-identification,
// 9 profanity, 5 personal-data, 5 commercial, 5 threat, 4 sexual, 3 child-specific and 3 photo-consent
// (images tagging Noah Patel, Yusuf Jenkins, and Imogen Zielinski with Reuben Yates, without consent; three
// other images tag only consented pupils, one of them under a text that names nobody and is clean).
// Most clean texts are traps: violent words in sport, history, safety and plays ("absolutely destroyed
// Crossways 6-0", "murdered them for the whole second half", "killed it", "back is killing me", "dead but
// happy", Herod who "didn't actually want to kill all the babies", Voldemort "threatening to kill Harry
// Potter", Roman curse tablets, "Smoke kills", the Blitz and the Holocaust, the slave trade, "The Hate U
// Give", "Murder on the Orient Express", "the first frost ... killed off the dahlias"); an e-safety note and
// an RSE letter full of sexual and self-harm words; a parent's disclosure of her daughter's self-harm; a
// teacher's own depression; the school's own address, road, postcode, phone and email in official posts and
// Oakfield Road in comments; PTA prices; a JustGiving link; roster names as words (Will, May, Hope, summer,
// Mark your diaries, grant, frost, holly and ivy, rose, marsh, ward, baker, price, green, daisies, Willow
// class, Team Willow and a puppy called Willow; "Lily Ward" at Southmead and "ivy green" paint marked [[not:]]);
// names of no roster person (Harry Potter, Ted Hughes, Noah's Ark Zoo Farm).
//
// Codes: pn pupil_name, sn staff_name, pd personal_data, pr profanity, sx sexual, ht hate, th threat,
// bu bullying, cm commercial, id school_identification, cs child_specific, not = a roster full name used
// as ordinary words. photo_consent is never written: the builder adds it over the whole text when an
// image tags a pupil whose photoConsent is false. Images are attached to official posts only.
//
// Labelling decisions: heldout-source.ts's header and the set 28 header hold; beyond them:
// - Names: given name alone where it names a child (Layla, Siân, Hope's raft, Evie, Matilda, Willow, Lily
//   "in Year 3", Grace, Caleb, Leo, Priya, Yusuf in Year 1, Arlo, Reuben, Imogen, Dominic, Theo, Freya) or a
//   member of staff (Susan, Tom, Beth, Helen, Gemma, Neil, David, Kieran, Nadia, Gareth, Holly in a staff
//   post); given name and initial (Rohan C, Lucas H, Anya S, Elliot Q, Phoebe Z, Ruby A, Yusuf B, Emma D);
//   the unique surname "the Nowak girl"; every title + surname, shared surnames too (Holloway, Pearson,
//   Talbot, Ingram, Oduya, Cartwright, Sheridan, Underwood, Bryant). A contractor's own surname in his
//   business name ("Booth's Window Cleaning") is staff_name, possessive outside, nested in the sale. Parents,
//   children and others with names not on the roster (Stacey, Kelly, Kerry, Jo, Shaz, Dee, Lou, Mel, Tash,
//   Poppy, Dan, Becky, Sarah, Pete, Tony, Dennis the tortoise) are not names, and no roster given name was
//   used for anyone not on the roster.
// - personal_data: a retiring teacher's home address with its postcode (one span), a child's birth date (the
//   date only, "born on" outside), a parent's mobile, and two staff mobiles nested in their sales. No third
//   party's public number appears (helplines are named without numbers), so that question is not tested.
// - child_specific: Lottie Whitfield's asthma admission and ward, Tariq Ellis's suspension and reduced
//   timetable, Jayden Fraser's parents' separation and his staying with his nan in Alveston; each one span
//   over the whole clause, the name nested. A member of staff's autism, in the SEND letter, is not labelled.
// - commercial: a sponsor's discount offer in a newsletter is one span over the offer (the thank-you for the
//   kits outside); in personal posts, one span over the sale (price list to contact line), lead-in and
//   sign-off outside. A JustGiving link for a charity run and a free trampoline are not selling, so clean.
// - school_identification: "Oakfield" (four times, twice nested in sales), "Oakers", "Oakfield Primary",
//   "Oakfield Road", "BS35 4HJ", and the hashtags "#oakfieldprimary" and "#OakfieldPrimary", spanned with the
//   "#"; "our little primary school here in Thornbury" is not labelled.
// - Threats: the menace only, grievance outside ("If that boy touches my son ... I'll find the dad"; "Be a real
//   shame if it had all four tyres slashed ... Accidents happen, don't they"; a brick through the windscreen
//   with "fucking" nested; "someone should burn it down" of a mosque, hate and threat over the same span);
//   "go kys fr nobody would even notice" at another commenter is threat and bullying.
// - Hate: hostile statements about a group (immigrants, "it's grooming" of LGBT teaching, disabled children
//   "should all be in a special school", Islam "a cult", "They're all the same" after a slur). A slur aimed
//   at one person is hate and bullying: over the word when it is a bare noun ("p*ki"), over the clause when
//   the clause is the insult ("Mr Lloyd's a raging poof", title inside, surname nested; "Why is a retard like
//   that even in a normal school", of one child).
// - Bullying: insults of one person, named or not (Stacey, a Year 5 boy and his mum, Miss Cole, Freya Nowak,
//   a commenter's "nobody asked u to be ugly either", a teacher's "one dad is such a pompous prick"); a name
//   or vocative before the insult stays outside. "Harsh but fair ... it's mayhem" about a class is clean.
// - Sexual: innuendo about a named adult teacher (Miss Reid, Mr Walsh), not bullying; a span that begins
//   with a title keeps it, surname nested. "shitfaced" and "Fucking" in the same chat are profanity alone.
import type { Source } from './heldout-texts.js';

export const OFFICIAL: Source[] = [
  `Oakfield Weekly – Friday 10 September 2027

What a lovely first week back! The children have come in smiling, the new Reception class have settled far faster than their parents did (we saw a few tissues at the gate on Monday, and that's fine), and the builders have finally finished the new canopy over the Key Stage 1 playground, which means wet play should be a little less wet this winter.

A few reminders for the term ahead:
- Gates open at 8:40am and close at 8:55am. Children arriving after the gates close must be signed in at the office.
- Please label EVERYTHING. We currently have eleven unnamed navy jumpers in lost property and no way of knowing whose they are.
- PE kits should stay in school all week and go home on Fridays for a wash.
- Water bottles only please, no juice or fizzy drinks in class.
- If your child has any new medical needs, or their medication has changed over the summer, please let the office know as soon as possible so we can update our records.

Mark your diaries:
- Tuesday 14 September – Year 6 secondary school open evening information sent home
- Thursday 23 September – Harvest assembly, 9:15am (parents welcome)
- Friday 1 October – Flu vaccinations for Reception to Year 6
- Wednesday 13 October – Parents' evening (bookings open next week)
- Friday 22 October – Break up for half term

We are delighted to say that we have been awarded a grant from the Thornbury Town Council community fund, which will pay for new planters and a bug hotel in the wildlife area, and we hope to have the first bulbs in the ground before the first frost. If you have any spare gardening gloves or small trowels lying around, the office will gladly take them off your hands.

Finally, thank you for your patience with the new one-way system at drop-off. It will take a few weeks to bed in, but it will make the mornings safer for everyone. Any questions, you can always ring us on 0117 496 0123 or email office@oakfield.sch.uk.

Have a restful weekend!`,
  `A message from the Headteacher

Dear parents and carers,

As we reach the end of our first half term, I wanted to write to you properly rather than squeezing everything into the weekly newsletter. It has been a busy, happy and occasionally chaotic seven weeks, and I am hugely grateful to the staff, the governors and all of you for the way you have supported the school.

Staffing news. We have welcomed several new faces this term. Miss [[sn:Reid]] has joined us in Year 2 and has already won over her class with her reading corner (and, I am told, her dinosaur impressions). Mr [[sn:Walsh]] has moved up from Year 3 to teach Year 5 alongside Mrs [[sn:Sandhu]], and Mrs [[sn:Karimi]] is now leading our nurture group, the Nest, three afternoons a week. [[sn:Gareth Lloyd]] continues as our PE lead and will be running the new Year 3 and 4 multi-skills club on Tuesdays. I would also like to thank [[sn:Rachel Pearson]], who has volunteered in Reception every Wednesday morning for six years and shows no sign of stopping.

Building work. The new canopy is up, the Key Stage 2 toilets were refurbished over the summer and the roof over the hall is, at long last, watertight. We still have work to do on the car park, and I will write separately about that before Christmas.

Curriculum. This year our whole-school focus is oracy: helping every child to speak clearly and confidently, to listen well and to disagree politely. You may hear your child talking about "talk partners" or "sentence stems". Please ask them about it; they are very good at explaining.

Looking ahead. After half term we have Remembrance, Anti-Bullying Week, Children in Need and, before we know it, the nativity and the Christmas fair. Dates are on the website and in the newsletter.

As always, my door is open. If something is worrying you, please come and talk to us early rather than late; most problems are much smaller when they are caught early.

With best wishes for a restful half term,

[[sn:David Hughes]]
Headteacher`,
  {
    text: `Year 6 residential round-up: three days at Blaencwm! 🏕️

What a trip. Forty-six children, six staff, one coach, two very muddy days in the Brecon Beacons and not a single lost shoe (a first in living memory). Here is our round-up, with huge thanks to Mr [[sn:Walsh]], Miss [[sn:Doyle]], Mr [[sn:Cartwright]], Mr [[sn:Lloyd]], Mrs [[sn:Oduya]] and Mr [[sn:Underwood]], who gave up three nights' sleep and came back smiling (mostly).

Day one: after a long coach journey and a lot of crisps, the children went straight into gorge walking. The water was, in the words of [[pn:Ethan Brooks]], "colder than the inside of a freezer", but everybody made it to the top of the waterfall. Special mention to [[pn:Layla]], who was terrified at the bottom and absolutely killing it by the top, and to [[pn:Rohan C]], who helped three friends across the deepest pool.

Day two: climbing and abseiling in the morning, raft building in the afternoon. [[pn:Siân]] and [[pn:Hope]]'s raft sank within about forty seconds, to loud cheers, while the team captained by [[pn:Toby Gill]] stayed afloat long enough to "attack" the instructors' canoe. Nobody was harmed, although Mr [[sn:Underwood]]'s pride took a battering. The evening campfire, with songs, marshmallows and a ghost story that [[pn:Jacob Fraser]] insisted was true, was the highlight for many.

Day three: a night walk had been planned, but the weather had other ideas, so instead we had a quiz (won by the "Sheep Shapes": [[pn:Evie]], [[pn:Matilda]], [[pn:Lucas H]] and [[pn:Anya S]]) and a last big breakfast before the coach home.

A few thank-yous:
- to [[pn:Freya Nowak]] and [[pn:Alfie Turner]], who kept their dormitories tidy enough to win the golden broom
- to [[pn:Willow]], who read bedtime stories to her whole room on the first night when some were missing home
- to every parent who packed a named torch, spare socks and a bin bag for wet clothes; it made a real difference

Photos are going up on the class page this week. Please remember that photos from the trip should not be shared on your own social media if they show other people's children. And if your child is still asleep on the sofa, that's completely normal: they have earned it!`,
    images: [['Freya Nowak', 'Alfie Turner'], ['Evie Morgan', 'Siân Evans', 'Hope Adeyemi']],
  },
  {
    text: `Year 4 at the Roman Baths 🏛️

On Thursday, Year 4 took the train to Bath to see the Roman Baths as part of their "Romans in Britain" topic. The children were brilliant ambassadors for the school on the platform, on the train and in the museum, and several members of the public stopped the staff to say how polite they were.

The highlights, in the children's own words:
- "The water is green and you're not allowed to touch it because it could make you really ill" – [[pn:Grace]]
- "They had curse tablets where they wrote down who stole their stuff and asked the goddess to kill them. Harsh." – [[pn:Noah Patel]]
- "The Great Bath is bigger than our hall and it's two thousand years old" – [[pn:Daisy Price]]
- "I liked the head of the goddess because it's gold and the rest of her is missing" – [[pn:Elliot Q]]

In the education room, the children handled real Roman objects, including a hairpin, a coin and a piece of roof tile with a dog's paw print on it, and then wrote their own curse tablets back in class. We have read quite a few of them now. Most curses are aimed at "whoever ate my Pom-Bears" and "my brother", and we are happy to report that no goddesses have yet been troubled.

Thank you to Mrs [[sn:Talbot]] and Mrs [[sn:Ingram]], our parent volunteers, who came along and helped with the groups, and to Mr [[sn:Fletcher]], who organised the whole day and only got slightly lost once on the way back to the station.

Next week the class will be turning their learning into a museum of their own in the hall, and parents are invited to visit on Friday from 2:45pm. Please come and be amazed by the mosaics.`,
    images: [['Noah Patel', 'Daisy Price'], ['Grace Okafor', 'Elliot Quinn']],
  },
  `Online safety: a note for parents and carers

This half term, every class from Year 3 to Year 6 has had an online safety lesson, and we promised to share the main points with you at home. Many of you have asked us about particular apps and games; we cannot keep a list of every app, because they change faster than we can write about them, but the advice below applies to almost all of them.

1. Age ratings matter. WhatsApp, TikTok, Instagram and Snapchat are all 13+. We know that many primary-age children have accounts anyway, and we are not here to judge, but please be aware that these apps are designed for teenagers and adults, and children can see content there that they are not ready for, including violence, sexual images and videos promoting self-harm or eating disorders.

2. Group chats. Most of the unkindness that comes into school on a Monday morning started in a group chat on Saturday night. Children say things in group chats that they would never say face to face. Please check who your child is chatting with, and talk about what to do if someone is being left out or picked on.

3. Strangers and gaming. Online games such as Roblox and Fortnite let children talk to people they do not know. Most are harmless; some are not. Grooming usually starts with flattery, gifts (skins, V-Bucks, Robux) and a request to move to a private chat. Please make sure your child knows that they will never be in trouble for telling you about something that made them feel uncomfortable.

4. Nudes and sextortion. This is difficult to talk about with young children, but older primary pupils are increasingly being targeted. If anyone asks your child for a photo of themselves without clothes, or threatens to share a photo, they should stop, block, tell an adult and not pay anything. Please do not delete the messages; they may be needed as evidence.

5. Screens at bedtime. The single most useful thing most families can do is to keep phones and tablets out of bedrooms overnight.

If you are worried about anything your child has seen or been sent, please speak to our Designated Safeguarding Lead or any member of staff, or contact the office on 0117 496 0123. You can also report concerns directly to CEOP through the "Report" button on their website.`,
  `SEND update – spring term

Dear families,

I'm writing with an update on special educational needs and disabilities (SEND) at Oakfield. Around one in five of our children is on the SEND register at some point in their time here, so this letter is relevant to many of you, and I hope it's useful for everyone.

What's new this term:
- Our SENCo, Mrs [[sn:Frost]], now holds a drop-in on the first Wednesday of every month, 2:30–3:30pm in the family room. No appointment needed; bring a coffee, bring a question, or just come and chat.
- Mrs [[sn:Karimi]] and Mrs [[sn:Oduya]] have completed their ELSA (Emotional Literacy Support Assistant) training and are now running small-group sessions on friendship, anxiety and managing big feelings.
- The sensory room has been re-fitted, thanks to the PTA's summer fair money. It now has a bubble tube, weighted blankets and a dark den, and it is already being used every day.
- We have started using visual timetables in every classroom, not just in Key Stage 1. Lots of children who are not on the SEND register have told us they like knowing what comes next too.

EHCPs. We know how long and stressful the Education, Health and Care Plan process can be, and that waits for assessment in South Gloucestershire are currently very long. If you are thinking about requesting an assessment, or if your child's plan is due for its annual review, please speak to Mrs [[sn:Frost]] first, and she will help you with the paperwork and the evidence.

Neurodiversity week. In March we will be marking Neurodiversity Celebration Week. [[sn:Neil Underwood]], who teaches in Year 4 and is autistic himself, has kindly agreed to lead an assembly about what autism means to him. We are very grateful to him for sharing his experience.

Support outside school. The South Gloucestershire SENDIAS service offers free, impartial advice to parents, and the local parent carer forum runs coffee mornings in Thornbury once a month. Details are on the SEND page of our website.

Please don't struggle on your own. If something isn't working for your child, tell us; we would always rather know.

[[sn:Joanne Frost]]
SENCo and Assistant Headteacher`,
  `Attendance matters: autumn term update

Every day counts, and this term the children have really shown it. Whole-school attendance for the autumn term was 95.9%, up from 94.2% at the same point last year, and the national average for primary schools is around 94.5%. Thank you.

Class winners of the attendance trophy this term:
- Willow class (Year 1): 97.8% – the trophy has now been in Willow for three weeks running!
- Maple class (Year 4): 97.1%
- Rowan class (Year 6): 96.9%

Why does it matter so much? A child whose attendance is 90% sounds like they are in school almost all the time, but 90% over a school year is half a day missed every single week; over the seven years of primary school, it adds up to more than half a year of learning. Children who are persistently absent (missing 10% or more) also tell us that they find it harder to keep up with their friendships, which can make coming to school harder still.

Some reminders:
- If your child is ill, please ring the office before 9:15am on every day of absence, on 0117 496 0123. You can also leave a message on the absence line outside office hours.
- Coughs and colds: if your child has a mild cold with no temperature, they can usually come to school. The NHS guidance "Is my child too ill for school?" is a good guide.
- Sickness and diarrhoea: please keep your child at home until 48 hours after the last episode.
- Holidays in term time cannot be authorised except in exceptional circumstances. From this year, the local authority may issue penalty notices of £80 per parent per child for five or more days of unauthorised absence.

We know that behind many absences there is a real struggle: anxiety about coming to school, a family illness, a housing problem or a caring responsibility. If that is your family, please come and talk to us. We will not judge you; we will try to help, and we have much more support available than people often realise, from our family support worker to the school nurse.

Let's make the spring term even better!`,
  `Help with the cost of living this winter

We know that many families are finding things tight at the moment, and that it's not always easy to ask for help. So here, in one place, is everything we can offer, with no forms to fill in unless you want to.

Uniform. Our pre-loved uniform rail is outside the school office every Friday from 2:45pm. Everything is washed, name labels removed, and completely free. Take what you need; no questions asked. Donations of outgrown uniform, school shoes and winter coats are always welcome.

Food. Breakfast club is free for any child who needs it. Just let the office know, or tell any member of staff. The Thornbury food bank is open on Tuesday and Friday mornings at the Methodist church; we can give you a referral voucher in confidence, and a member of staff can come with you the first time if you'd like.

Free school meals. If your income has changed, you may now be eligible for free school meals, even if you weren't last year. It takes about five minutes to check online, and as well as a free lunch for your child, it gives the school extra funding to support them. All children in Reception, Year 1 and Year 2 already get a free lunch, but please still check if you might be eligible, as it brings in that extra funding.

Trips and clubs. No child will miss a trip or club because of money. If a payment is a problem, speak to the office and we will sort it out quietly.

Warm spaces. Thornbury Library and several churches in the town are running free warm spaces this winter, with hot drinks, Wi-Fi and activities for children.

Energy and debt advice. Citizens Advice runs a free drop-in at the Armstrong Hall on Thursdays; they can help with energy bills, benefits checks and debt.

Please don't struggle alone. Pop in, ring the office on 0117 496 0123, email office@oakfield.sch.uk, or catch a member of staff on the gate. Everything you tell us stays confidential.`,
  `Farewell, Mrs [[sn:Bryant]]! 💐

After twenty-three years at Oakfield, [[sn:Susan Bryant]] is retiring at the end of this term, and we could not let her go without a proper send-off.

[[sn:Susan]] joined us in 2004 as a teaching assistant "just for a year", while her own children were small. She went on to train as a teacher, taught in every year group from Reception to Year 6, led our reading for more than a decade and, for the last five years, has been the much-loved teacher of Oak class in Year 3. She has taught, at the last count, more than six hundred Oakfield children, and some of those children are now Oakfield parents, which she says makes her feel "about a hundred and ten".

Ask anyone in the school what they will remember about Mrs [[sn:Bryant]], and you will get a different answer:
- her story voice (her Gruffalo is legendary)
- the class tortoise, Dennis, who is retiring with her
- the sunflower competition, which she has run every summer since 2009
- her ability to spot a missing reading record from the other end of the corridor
- the way she remembers every child's name, and every child's brothers' and sisters' names, years after they have left

Her colleagues have asked us to say that the staffroom will be a much quieter (and much less well supplied with flapjack) place without her.

We will be saying goodbye properly at our leavers' assembly on Friday 21 July at 9:15am, and all parents, past and present, are welcome to come. There will be tea and cake in the hall afterwards.

Many of you have asked how to send a card or a message. You can leave cards at the office until the end of term, or if you would rather post something after she has gone, she has kindly said cards can go to her home at [[pd:14 Gloucester Road, Thornbury, BS35 3JQ]].

Thank you, Mrs [[sn:Bryant]], for everything. Enjoy your retirement, and your garden, and Dennis.`,
  `Harvest and more – newsletter, 1 October

Thank you, thank you, thank you for your harvest donations! The hall stage disappeared under tins of beans, pasta, tea bags, nappies and (a first for us) a very large pumpkin. Everything has now been collected by the Thornbury food bank, who told us it was one of the biggest single donations they have ever had from a school. Our harvest assembly was led by Year 3, who sang "Cauliflowers Fluffy" with enormous energy, and the Year 5 poems about autumn were so good that we have put them on display in the entrance.

Other news this week:
- Flu vaccinations: the nasal spray team will be in school on Friday. If you have not returned your consent form, please do so online by Wednesday.
- Parents' evening bookings open on Monday at 6pm through the parent app.
- Clubs: there are still places in chess club (Monday), choir (Wednesday) and gardening club (Thursday). Sign up at the office.
- Lost property: the pile is growing again. Anything unnamed and unclaimed by half term will go to the uniform rail.

Road safety. As the evenings draw in, please make sure that children walking or cycling home have something bright or reflective on. Year 5 and 6 pupils who cycle to school must wear a helmet, and bikes must be locked in the shelter.

Thank you to our sponsors. Our new football kits for the Year 5 and 6 teams were paid for by Severn Vale Motors, who have been very generous. [[cm:As a thank you, Severn Vale Motors are offering every Oakfield family 15% off their next MOT and service: just quote OAKFIELD15 when you book at www.severnvalemotors.co.uk, or pop into their showroom on the Bristol Road. Offer ends 31 October, so don't miss out!]]

Dates for your diary:
- Friday 8 October – Wear yellow for Young Minds (£1 donation, optional)
- Wednesday 13 October – Parents' evening
- Thursday 21 October – Year 4 Roman day (costumes optional!)
- Friday 22 October – Break up for half term at 3:15pm

Have a lovely weekend, everyone.`,
  `Sports round-up 🏆⚽🏐

It's been a huge fortnight for Oakfield sport, so settle in.

Football. The Year 5/6 boys' team played three matches in the South Glos league. They lost narrowly to Gillingstool 2–1 in a match they really should have won, then beat Manorbrook 3–0 and absolutely destroyed Crossways 6–0 on Wednesday night, with a hat-trick from [[pn:Jacob Fraser]] and two goals from [[pn:Rohan Chowdhury]], who hit the top corner from outside the box with a shot the PE department are still talking about. Player of the match went to our keeper, [[pn:Caleb]], who made a brilliant double save at 0–0 and then spent the rest of the game shouting encouragement.

The girls' team had an even better week. They beat Christchurch 4–1 and then knocked out the favourites, St Mary's, on penalties in the county cup quarter-final. [[pn:Matilda Dunne]] scored the winning penalty, [[pn:Esme Ashworth]] was a wall in defence and [[pn:Ava Robinson]] ran so much that she fell asleep in the minibus before it left the car park. The semi-final is away at Yate on 9 March; all supporters are welcome.

Netball. Our Year 5 High 5 team came second in the Thornbury tournament on Saturday. [[pn:Priya Sharma]] was named player of the tournament for her shooting, and [[pn:Sophie Campbell]] and [[pn:Chloé Dubois]] were outstanding in centre court. Their only loss was to the eventual winners, who beat them by a single goal in the last thirty seconds.

Cross-country. Eighteen Oakfield runners braved the mud and the hail at the Thornbury Park cross-country. Huge congratulations to [[pn:Theo Walker]], who won the Year 5 boys' race by a distance, and to [[pn:Lily]] in Year 3, who finished fourth in her first ever race and was, in her own words, "dead but happy".

A big thank you to Mr [[sn:Lloyd]] for all the early mornings and late evenings, and to the parents who drive, wash kits and stand in the rain.

Finally, a reminder that sports fixtures are played in a spirit of fair play. Please cheer for both teams, and let the referee referee!`,
  `Newsletter – Friday 12 November

Remembrance. On Thursday at 11am the whole school fell silent for two minutes, and it was genuinely moving to see over three hundred children, including our youngest, standing completely still. Thank you to the Year 6 children who read the names from the Thornbury war memorial, and to the Royal British Legion for the poppies.

Anti-Bullying Week. Next week is Anti-Bullying Week, and the theme this year is "Choose Respect". On Monday, children can come to school in odd socks to celebrate what makes us all different. There is no charge, and nobody needs to buy new socks; mismatched old ones are perfect.

Children in Need. On Friday 19 November, children may come in spotty clothes or pyjamas for a £1 donation. The School Council will also be selling cakes at break time (20p–50p).

A request for your thoughts. [[cs:As many of you know, [[pn:Lottie Whitfield]] in Year 5 was rushed to Southmead on Tuesday after a serious asthma attack in PE and is still on the children's ward, where she is likely to stay until at least the weekend]]. Her class have made her an enormous card, and if any of you would like to add a message, it is in the office until Thursday.

Parking. We have again had complaints from neighbours about cars parked across driveways and on the zigzags during pick-up. Please park considerately and remember that the zigzags are there to keep children safe.

Reading. Well done to the forty-two children who have already reached their 50 reads this term. Keep going! Reading for just ten minutes a day makes a huge difference.

Clubs. Chess club is cancelled this Monday because of staff training. All other clubs run as normal.

Dates:
- Monday 15 November – Odd Socks Day
- Wednesday 17 November – Year 2 trip to the Wildfowl and Wetlands Trust at Slimbridge, to see the geese on the marsh
- Friday 19 November – Children in Need
- Tuesday 23 November – Flu catch-up clinic

Have a good weekend.`,
  `Behaviour and relationships update

Dear parents and carers,

Over the last few weeks a number of you have contacted us about behaviour at lunchtimes, particularly on the Key Stage 2 field, and I wanted to update everyone on what we are doing.

First, the good news. The vast majority of our children behave beautifully, at lunchtime and in lessons, and visitors to the school regularly comment on how kind and polite they are. Our new lunchtime play leaders, a team of twelve Year 6 children trained by Mr [[sn:Lloyd]], have been running games on the field every day, and the number of incidents reported to the office has halved since September.

However, we have had some incidents that were not acceptable, including rough play that went too far, some unkind language and, on Tuesday, a fight on the field in which a child was hurt. I want to reassure you that every incident has been dealt with in line with our behaviour policy, and the parents of every child involved have been contacted. [[cs:Following Tuesday's fight, [[pn:Tariq Ellis]] in Year 5 has been suspended for two days and will return on a reduced timetable with a behaviour support plan]]; we know that news travels fast in a small school, and we would rather you heard it accurately from us.

What we are changing:
- An extra member of staff on the field every lunchtime.
- A "calm zone" in the library for children who want a quieter lunch.
- Football on the field will be on a rota, by year group, so that the younger children get a fair share of the space.
- Restorative conversations: when something goes wrong, the children involved sit down with an adult to talk about what happened, who was affected and how to put it right.

What you can do at home:
- Talk to your child about what they would do if a game got too rough, or if they saw someone being left out.
- Remind them that "it was only a joke" is not an excuse if the other person was not laughing.
- Please tell us if your child is unhappy at lunchtime. We can only fix what we know about.

Thank you for your continued support.

Mrs [[sn:Grant]]
Deputy Headteacher`,
  {
    text: `Christmas at Oakfield: a round-up 🎄

What a week! If your house has been full of carols, tea towels and children saying "Bah, humbug!" at the breakfast table, you are not alone.

The Key Stage 1 nativity, "Hey Ewe!", was performed three times to packed audiences. We had sheep who forgot their lines and sheep who remembered everybody else's, an innkeeper who gave his entire speech to his mum in the front row, and a Mary who wrapped the baby Jesus so tightly that he had to be rescued. Particular congratulations to [[pn:Zara Hussain]] as Mary, [[pn:Finley Scott]] as a very grumpy innkeeper, [[pn:Amelia Khan]] as the Angel Gabriel and [[pn:Leo]] as the littlest sheep, whose solo brought the house down. King Herod was played with real menace by [[pn:Harry Clarke]], who told us afterwards that he "didn't actually want to kill all the babies, it's just acting".

Year 5 and 6 gave us "A Christmas Carol", which is a much darker story than people remember. [[pn:Muhammad Rahman]]'s Scrooge was mean, funny and, by the end, genuinely touching, and the moment when the Ghost of Christmas Yet to Come ([[pn:Oscar Lewis]], in a black sheet and on stilts) pointed at Scrooge's own gravestone made several grown-ups in the audience jump. [[pn:Priya]]'s Marley rattled her chains beautifully, and the whole cast's "God bless us, every one" was the perfect ending. Thank you to Mrs [[sn:Sandhu]] for directing, Mr [[sn:Holloway]] for the lighting, and Mrs [[sn:Pearson]] for the costumes, which took her most of November.

Carols on the field. Despite the drizzle, over two hundred of you came to sing carols around the tree on Thursday evening, and the PTA raised £412 from mulled wine, hot chocolate and mince pies.

Christmas jumper day raised £286 for Save the Children. Thank you!

School closes at 1:30pm on Friday 17 December and reopens on Wednesday 5 January. From all the staff at Oakfield, have a very happy and peaceful Christmas, and we'll see you in the new year.`,
    images: [['Zara Hussain', 'Finley Scott', 'Amelia Khan'], ['Muhammad Rahman', 'Oscar Lewis']],
  },
  `Year 6 history: the Bristol Blitz

Year 6 have spent the last half term studying the Second World War, with a focus on what happened here in and around Bristol, and they have produced some of the most thoughtful history work we have seen.

They began by looking at why the war started and at the rise of the Nazis in Germany, including how Hitler's government blamed Jewish people for Germany's problems, and how that hatred grew from propaganda and name-calling into laws, violence and, eventually, the murder of six million Jews in the Holocaust. The children asked excellent questions, and we were careful to give them time to talk about how it made them feel.

They then turned to the Bristol Blitz. On the night of 24 November 1940, German bombers attacked the city for six hours; around two hundred people were killed and much of the old shopping area around Wine Street and Castle Street was destroyed. The children studied photographs of the ruins, read first-hand accounts from people who had sheltered in the tunnels under the city, and learnt about the Filton aircraft factory, which was bombed in September 1940 with the loss of more than ninety lives.

Some of the highlights of the topic:
- a visit from a local historian, who brought a real air-raid warden's helmet and a gas mask for the children to handle
- evacuee letters written in role, many of them so moving that we have put them on display in the library
- a class debate on whether it was right to evacuate children from the cities (the "stay at home" side narrowly won)
- a trip to the St Peter's Church ruins in Castle Park, left as a memorial to those who died in the Blitz

On Thursday the class will lead our Remembrance assembly, and they will read the names from the Thornbury war memorial. All parents are welcome to join us at 10:45am.

A huge well done to Year 6 for the maturity they have shown with a difficult subject.`,
  `Relationships, Sex and Health Education (RSE): information for parents

Dear parents and carers,

In the summer term, as part of our PSHE curriculum, children in every year group will have lessons on relationships and health, and children in Years 5 and 6 will also have lessons on puberty. We would like to tell you what will be taught, so that nothing comes as a surprise and so that you can carry on the conversation at home.

What is taught, and when:
- Reception to Year 2: families and friendships, naming the parts of the body (including the correct names for private parts), keeping safe, and the "PANTS" rule: privates are private, always remember your body belongs to you, no means no, talk about secrets that upset you, speak up.
- Years 3 and 4: healthy friendships, managing feelings, personal hygiene, and how bodies change as we grow.
- Year 5: puberty for boys and girls, including periods, body hair, spots and changing emotions. The school nurse will lead one of these sessions.
- Year 6: puberty revisited, how babies are made and born (this is the sex education part of the curriculum), consent in age-appropriate terms, and staying safe online, including what to do if someone sends a sexual image or asks for one.

Right to withdraw. Relationships education and health education (including puberty) are compulsory in primary schools. The sex education lessons in Year 6 are not compulsory, and parents have the right to withdraw their child from these, but not from the science curriculum, which covers human reproduction. If you are thinking of withdrawing your child, please speak to us first; many parents find that once they have seen the resources, their worries go.

Seeing the resources. We will hold an information session on Tuesday 28 April at 3:30pm in the library, where you can look at every video, book and worksheet we use. If you can't make it, ask the office and we will arrange another time.

Questions at home. Children often save their biggest questions for the car or the bath. It's fine to say "that's a great question, let me think about it"; it's also fine to ask us what was said in class.

Thank you for your support with this important part of school life.`,
  `End of spring term letter

Dear families,

As we break up for Easter, I'd like to thank you all for a term that has been full of learning, fun and, thanks to the weather, more wet play than any of us would have liked.

Some highlights:
- Our Year 4 Roman museum, which over a hundred of you visited, and which is now being used as a model by two other schools in the trust.
- Safer Internet Day, when Year 6 taught Year 2 how to set a strong password (apparently "password123" is not one).
- World Book Day, which featured no fewer than fourteen Willy Wonkas and one very impressive Gruffalo.
- The Year 3 and 4 choir's performance at the Bristol Beacon as part of the schools' music festival.
- Red Nose Day, which raised £531.

Staffing. A few changes after Easter. Miss [[sn:Reid]] will be starting her maternity leave, and we wish her all the very best; her class will be taught by Mrs [[sn:Talbot]], whom many of you will know from her supply work with us last year. Mr [[sn:Sheridan]] will be joining the Year 6 team for the summer term to support SATs preparation. And after eleven years with us, our wonderful site manager, [[sn:Mark Holloway]], is moving to a new role at the trust, though we are told he will still be popping in to fix the boiler.

Attendance. Our attendance this term was 95.4%. Thank you to everyone who has worked hard to get their children in, especially through the winter bugs.

The summer term. We start back on Tuesday 15 April. Key dates include:
- Year 6 SATs week: Monday 12 to Thursday 15 May
- Year 4 multiplication check: June
- Year 1 phonics screening check: week beginning 9 June
- Sports day: Friday 20 June (reserve date Friday 27 June)
- PTA summer fair: Saturday 5 July
- Year 6 leavers' assembly: Friday 18 July

As always, the full list is on the website.

Wishing you a very happy and restful Easter.

Mr [[sn:Hughes]]`,
  `Stars of the week and birthdays 🌟🎂

Every Friday in our celebration assembly we give out our Star of the Week certificates, chosen by each class teacher for something special. This week's stars are:

- Reception: [[pn:Isla Murray]], for counting all the way to 100 (twice)
- Year 1: [[pn:Arlo Fisher]], for always holding the door open for others
- Year 2: [[pn:Esme Osei]], for her brilliant writing about the Great Fire of London
- Year 3: [[pn:Jack Wilson]], for being a fantastic friend to a new classmate
- Year 4: [[pn:Layla Tran]], for her perseverance with column subtraction
- Year 5: [[pn:Samuel Tran]], for his outstanding science investigation on friction
- Year 6: [[pn:Phoebe Dawson]], for her kind and mature leadership on the lunchtime play team

Headteacher's award: this week's award goes to the whole of Year 2 for their assembly about the Great Fire of London, which was so loud, funny and accurate that the Year 6s asked if they could see it again. If you haven't heard about the baker in Pudding Lane, ask your child!

Birthdays. We sang happy birthday this week to:
- [[pn:Toby Yates]] (Year 4)
- [[pn:Ella Osei]] (Year 4)
- [[pn:Maisie Zielinski]] (Year 3), who was born on [[pd:24 September 2016]] and celebrated with cupcakes for the whole class
- [[pn:Rohan Farrell]] (Year 4)

If it's your child's birthday soon and you'd like to send something in, please remember we are a nut-free school and we cannot accept homemade food, only shop-bought items with the ingredients on the packet. Many families now choose to donate a book to the class library instead, with a sticker inside saying who it's from, which the children love.

Celebration assembly. Parents of Stars of the Week are invited to the assembly, which starts at 2:45pm on Fridays. You'll receive a text on Thursday if your child is one of them, but please keep it a surprise!

Have a wonderful weekend, everyone, and enjoy the sunshine while it lasts.`,
  `Lost property, a found scooter and a few notices

Lost property. The lost property box is overflowing again, so we have laid everything out on the tables in the hall. It will be there until Thursday at 3:30pm, and after that anything unnamed goes to the pre-loved uniform rail or to charity. At the last count we had:
- 23 jumpers and cardigans (only four of them named)
- 9 coats, including a very nice red raincoat from Reception
- 14 water bottles
- 6 lunchboxes, one of which we would advise opening outdoors
- a single football boot, size 2
- a library book from 2019

A found scooter. A blue Micro scooter with a dinosaur sticker on the handlebar was left by the bike shelter on Monday. The mum of [[pn:Ruby A]] in Year 3 found it and has kindly taken it home for safekeeping; she says please give her a ring on [[pd:07700 900431]] if it's yours and she'll drop it round.

School photos. The photographer will be in on Tuesday 5 October for individual and sibling photos. Sibling photos will be taken from 8:15am in the hall; please come in through the main entrance. Proofs will be sent home a couple of weeks afterwards.

Book fair. The Scholastic book fair is in the library from Monday to Thursday after school. Every book sold earns free books for our library.

Headlice. We've had a few reported cases in Key Stage 1. Please check your child's hair this weekend and treat if needed; there's no need to keep children off school.

Car park. Please do not use the staff car park for drop-off or pick-up, even for "just a minute". It is not safe with children walking through, and it is not fair on staff who are trying to get in and out.

Thank you!`,
  `Anti-Bullying Week: what we did and how you can help

Thank you to everyone who joined in with Anti-Bullying Week. Odd Socks Day was a riot of colour (one member of staff came in wearing a sock and a glove, which we are choosing to count), and the children's work on this year's theme, "Choose Respect", has filled the corridor outside the hall.

What we talked about. In every class, children learnt the difference between bullying and falling out. Bullying, we explained, is when someone is hurt on purpose, again and again, by someone who has more power than them; it can be physical (hitting, kicking, pushing), verbal (name-calling, threats, nasty comments about someone's family, race, religion, disability or appearance), social (leaving someone out, spreading rumours) or online. Falling out happens to everyone, it's a normal part of friendships, and it's usually sorted out with a bit of help.

The older children also looked at how words that people use as "jokes", such as calling something "gay" or calling someone a name because of their skin colour, can be deeply hurtful, and why we always challenge them in school. Year 6 made a brilliant video about being an "upstander" rather than a bystander, which we will share at parents' evening.

What to do if you think your child is being bullied:
- Listen calmly, and write down what they tell you: who, what, when and where.
- Tell their class teacher as soon as you can. We can't act on what we don't know.
- Please don't approach the other child or their parents yourself, in the playground or online. It almost always makes things worse.
- Keep screenshots of anything that happened online.

What to do if you think your child might be doing the bullying: it is hard to hear, but it happens in every school, and children who bully often need help too. Talk to us; we will work on it together, without labelling anyone.

Our anti-bullying policy is on the website. Thank you for helping us make Oakfield a place where everyone feels safe.`,
  {
    text: `World Book Day 📚

What a day! Thank you for the costumes, which ranged from "made the night before out of a cereal box" to "clearly took three weekends and a sewing machine", and all of which were wonderful.

Among our favourites from Year 1:
- [[pn:Yusuf]] as the Very Hungry Caterpillar, complete with a belly full of felt food
- [[pn:Summer Davies]] and [[pn:Amelia Khan]] as Tiddler and the big fish
- [[pn:Arlo]] as Supertato, defending the whole class from the Evil Pea
- [[pn:Phoebe Z]] as the Queen from The Queen's Knickers, which she explained to everyone in great detail

Year 5 were set the challenge of coming as a villain, and they rose to it: we counted four Voldemorts, three Miss Trunchbulls, a Cruella de Vil with a bag of toy puppies and one Count Olaf. [[pn:Callum Fraser]]'s Voldemort spent the morning threatening to kill Harry Potter in a whisper that was genuinely quite unsettling, and Mr [[sn:Walsh]] came as the Twits' glass eye, which nobody understood until he explained it.

In the afternoon, every class took part in a book swap and went home with a new book, and the older children read to the younger children as "reading buddies". We loved seeing Year 6 doing the voices for the Gruffalo.

The book token. Every child will have a £1 book token to take home. It can be swapped for one of the special £1 World Book Day books or used towards any book in most bookshops and supermarkets until the end of March.

Thank you also to the Thornbury Bookshop, who sent us a box of books for our library.

Please remember that book day photos of other people's children should not be shared on social media.`,
    images: [['Yusuf Jenkins', 'Summer Davies', 'Amelia Khan'], ['Callum Fraser']],
  },
  `A visit from Thornbury Fire Station 🚒

On Tuesday, Year 2 and Year 5 had a visit from the crew at Thornbury Fire Station, and a fire engine on the playground is, it turns out, the single most exciting thing that can happen in a primary school.

The crew spoke to each class about fire safety at home. Some of the key messages, which the children have promised to pass on to you:
- Smoke kills. Most people who die in house fires are killed by the smoke, not the flames, often while they are asleep. That's why working smoke alarms are so important. Test yours once a week by pressing the button; the children know how.
- Get out, stay out, call 999. Never go back inside for a pet, a toy or a phone.
- If your clothes catch fire: stop, drop and roll.
- Keep matches and lighters out of reach, and never leave cooking unattended.
- Have an escape plan, and make sure everyone knows where the keys are for doors and windows.
- Phone chargers and e-bike batteries can overheat and cause fires. Don't charge them overnight or on a bed.

Year 5 also learnt about the dangers of deliberately starting fires on grassland and in bins, which is a real problem in the summer around Thornbury, and about how hoax calls can stop a crew reaching a real emergency, where someone might die.

Then came the best bit. The children got to sit in the fire engine, try on the helmets and spray the hose across the field, which, thanks to the wind, also sprayed several members of staff. One Year 2 child asked if the firefighters ever got scared. "All the time," said the crew manager. "That's why we practise."

The fire service can fit free smoke alarms and do a free home fire safety visit for families, particularly where there are young children or someone with a disability in the home. You can book one on the Avon Fire and Rescue website.

Thank you to the crew for giving up their morning!`,
  `Sports day: the results are in! 🥇

After two postponements and a lot of anxious weather-watching, sports day finally went ahead on Friday in glorious sunshine, and what a day it was.

The morning belonged to Key Stage 1 and Reception, with the egg-and-spoon, the sack race, the obstacle course and the famous beanbag-on-the-head relay, which remains undefeated as the hardest event in the calendar. There were tears (only a few), triumphs (lots) and one Reception runner who stopped halfway down the track to wave at his grandma, which we are counting as a personal best in being adorable.

The afternoon was Key Stage 2's turn, with sprints, hurdles, long jump, the vortex howler, the 400m and, to finish, the staff race, which was won for the third year running by a member of the office team who will not be named here but who would like everyone to know she has "still got it".

Final house points:
1. Willow – 612
2. Oak – 598
3. Rowan – 571
4. Hazel – 560

Congratulations to Team Willow, who absolutely smashed it in the relays and took the cup for the second year running! Oak were only fourteen points behind and are already plotting their revenge for next year.

Thank you to:
- the Year 6 sports leaders, who ran every Key Stage 1 event and kept score with total professionalism
- the PTA, who sold 340 ice lollies and raised £296 for new playground equipment
- every parent who came to cheer, shared their sun cream and did not enter the parents' race without warming up (we saw you)

A reminder: photos and videos taken on sports day are for your own family only. Please don't put pictures of other people's children on social media.

And finally: we hope every child goes home knowing that they took part, tried their best and made us proud. That is, after all, what really counts.`,
  `A letter about parking on Oakfield Road

Dear parents and carers,

I'm sorry to write to you about parking again, but I'm afraid it has become a serious problem, and I would be failing in my duty if I didn't.

Over the last fortnight:
- a Year 1 child was almost hit by a car reversing off the zigzags outside the main gate;
- a neighbour was unable to get out of her own driveway to take her husband to a hospital appointment, because two cars were parked across it;
- an ambulance attending a house further down Oakfield Road was held up for several minutes by cars double-parked at pick-up;
- staff on the gate have been sworn at on three separate occasions when asking drivers to move.

I want to be very clear. Someone is going to be seriously hurt, or worse, if this carries on. The zigzag lines outside the school are there because that is where children cross the road, and a child stepping out between parked cars is almost invisible to a driver.

What we are asking:
- Please do not stop, even for a moment, on the zigzags, on the pavement or across driveways.
- If you can walk, scoot or cycle, please do. If you can't, please use the "park and stride" spaces at the leisure centre car park, a five-minute walk away; the centre has kindly agreed to let us use them at drop-off and pick-up.
- Please be patient and polite with our staff and our neighbours. Shouting at the person on the gate won't make the traffic move any faster.

The council's parking enforcement officers will be visiting the school at random times from next week, and they will issue penalty tickets. The police have also told us that they will be attending.

If you have any ideas about how we can make the road safer, please email office@oakfield.sch.uk, or write to us at Oakfield Primary School, Oakfield Road, Thornbury, Bristol BS35 4HJ. We really do want to hear from you.

Thank you for your help in keeping every child safe.

The Leadership Team`,
  `Goodbye and good luck! 👋

At the end of this term we will be saying goodbye to two much-loved members of staff, and we couldn't let them go without a few words.

Mr [[sn:Fletcher]] has been at Oakfield for seven years, teaching in Year 4 and, for the last three years, leading our maths. Many of you will know him as the man behind the Times Tables Rock Stars leaderboard, the Friday "maths-off" and the famous Year 4 Roman day, when he dressed as a centurion and marched the whole year group around the field in formation. He is moving to Cardiff to become deputy head at a primary school there, which is a huge and well-deserved step. [[sn:Tom]], we'll miss your terrible jokes, your enthusiasm and your eye for a good pun in assembly. Cardiff's gain is very much our loss.

[[sn:Beth Cole]] joined us five years ago as a newly qualified teacher in Reception and has since taught in Year 1 and Year 2. Miss [[sn:Cole]] is leaving us to go travelling for a year, starting in Vietnam and ending, she hopes, somewhere with a beach and no marking. She has been a wonderful early years teacher, and her classes always had the best role-play area in the building: this year it was a vet's surgery, last year a space station, and the year before that a bakery that produced, we are told, several thousand plasticine cakes.

The children in both classes have made cards and memory books, and we'll be presenting them at the leavers' assembly on Friday 18 July.

Joining us in September:
- Mrs [[sn:Baker]], who will teach in Year 4 and take over as maths lead
- Mr [[sn:Underwood]], who returns to Oakfield after two years at another school in the trust, to teach Reception
- Miss [[sn:Jones]], a newly qualified teacher, who will join Year 1

We'll introduce them properly in the autumn term newsletter.

Thank you, [[sn:Tom]] and [[sn:Beth]], and good luck with everything that comes next.`,
  `Oakfield PTA Christmas Fair – Saturday 2 December, 12 noon to 3pm 🎅

The Christmas fair is nearly here, and the PTA have been working flat out to make this the biggest one yet. Every penny raised goes straight back to the children: last year's fair paid for the new reading books in Key Stage 1, and this year we are raising money for a trim trail on the field.

What's on, and what it costs:
- Santa's grotto: £4 per child, including a gift (book your slot at the door; it does get busy, so come early)
- Tombola: 50p a ticket, every ticket a winner
- Raffle: £1 a ticket or £5 for a strip of six. First prize is a hamper worth over £100, kindly put together by our class reps
- Bottle stall: £1 a go
- Hook-a-duck and lucky dip: 50p
- Face painting and glitter tattoos: £2
- Christmas wreath-making table (with real holly and ivy from the school hedge): £5, all materials included
- Cake stall: 30p to £1.50
- Hot chocolate with cream and marshmallows: £1.50; mulled wine: £3; tea and coffee: £1
- Bacon and sausage rolls: £3

The Year 4 choir will be singing carols in the hall at 1pm, and the Year 6 enterprise stall will be selling hand-made decorations and reindeer food, with all profits going to their leavers' party.

How you can help:
- Donations for the tombola and the bottle stall can be left in the boxes outside the office until Thursday 30 November.
- Cakes can be dropped off on the morning of the fair, from 10am.
- We still need helpers for the grotto queue and the cake stall. Even half an hour makes a difference. Sign up on the sheet outside the office.

Please bring cash if you can, although we will have card machines on the main stalls this year.

Let's hope for a frost-free morning! See you there.`,
  {
    text: `Year 2 down on the farm 🐑🐄

Year 2 spent Wednesday at Noah's Ark Zoo Farm as part of their "Animals including humans" science topic, and we think the children learnt more in one day than in a whole week of lessons (although we have been asked not to repeat some of the things they learnt about the pigs).

The day in brief:
- A talk from one of the keepers about what animals need to survive: food, water, shelter and air. [[pn:Reuben]] asked whether rhinos need Wi-Fi, and the keeper said, after some thought, "probably not".
- Bottle-feeding the lambs, which was the highlight for most of the class. [[pn:Imogen]]'s lamb drank its whole bottle in about eight seconds and then tried to eat her coat.
- The maze, where Mrs [[sn:Doyle]]'s group got lost for twenty minutes and were only rescued because [[pn:Ella Yates]] "remembered the way by the smells".
- Lunch in the barn, and a very windy picnic.
- The animal handling session: snakes, a tarantula called Doris and a giant African land snail. Everybody held the snail. Not everybody held the tarantula.

Back in class, the children have written fact files about their favourite animals, and on Friday they will be sorting animals into groups by what they eat: herbivores, carnivores and omnivores. [[pn:Dominic]] has already announced that he is "a carnivore but only for chicken nuggets".

Thank you to the parent helpers who came with us and kept track of five excited children each, to the staff at the farm, and to Mrs [[sn:Doyle]], Mrs [[sn:Oduya]] and Miss [[sn:Reid]] for organising everything.

Please make sure that your child's wellies have been cleaned before they come back into school!`,
    images: [['Imogen Zielinski', 'Reuben Yates', 'Ella Yates'], ['Dominic Dawson']],
  },
  {
    text: `Stay and Play in Reception 🧸

Thank you to all the grown-ups who came to our Stay and Play sessions this week. The children were so proud to show you their classroom, and it was lovely to see mums, dads, grandparents, aunties and one very patient older brother crawling into the reading den.

During the sessions, you had a go at some of the activities we do every day in Reception:
- Phonics: the children showed you how we learn a new sound, with an action, a song and a "sound button" under each letter. Several of you admitted afterwards that you'd never heard of a "digraph" before, and now you can't stop seeing them.
- Maths: counting with the Numicon, building towers to compare "more" and "fewer", and a very competitive game of shark numbers.
- Funky fingers: threading, playdough and tweezers, which strengthen the small muscles children need for writing.
- Outdoor learning: the mud kitchen (sorry about the trousers), the construction area and the bikes.

Some of the things we heard:
- "I didn't know they did so much in a day."
- "She explained the whole of phonics to me and I still don't understand it."
- "I'm going to need a nap."

A few reminders for Reception families:
- Please keep reading with your child every day, even for five minutes, and write in the reading record.
- Wellies and a named spare set of clothes should stay on your child's peg.
- Tapestry: we post photos and observations of your child most weeks. Please add your own "wow moments" from home; we love seeing them.

Our next Stay and Play will be in the summer term, when the focus will be on writing. We hope to see you there!`,
    images: [['Isla Murray', 'Hannah Kaur'], ['Fatima Quinn', 'Tariq Iqbal', 'Archie Bradley']],
  },
  `Year 3 newsletter – spring term, week 4

Hello from Year 3! Here's what we've been up to this week, and what's coming next.

English. We have started our new class book, "The Iron Man" by Ted Hughes, and the children are completely hooked. They have been writing descriptions of the Iron Man's arrival on the cliff top, using powerful verbs ("he crashed, he clanked, he smashed into the rocks below"), and some of the writing is truly spine-tingling.

Maths. We are working on multiplication and division, focusing on the 3, 4 and 8 times tables. Please practise at home on Times Tables Rock Stars: ten minutes a day is far better than an hour on a Sunday.

Science. Our topic this half term is "Rocks and soils". On Tuesday the children dug soil samples from the wildlife area, and we are now watching them settle in jars of water. We were also visited by a real geologist, who let the children hold a piece of rock from the moon (well, a replica, but nobody minded).

History. We are learning about the Stone Age, from hunter-gatherers chasing mammoths to the first farmers at Skara Brae. The children have been surprised to find out how clever Stone Age people were.

A note for the Year 3 families. [[cs:Please could you be extra kind to [[pn:Jayden Fraser]] over the next few weeks: his mum and dad have recently separated, and he is living with his nan in Alveston for now, so she will be collecting him at the end of each day]]. He is doing really well, but a bit of gentleness will go a long way.

PE. PE days are now Monday and Thursday. Please make sure your child has a full, named kit, including trainers, in school on those days. Earrings must be removed or taped over.

Dates:
- Thursday 8 February – Safer Internet Day assembly
- Friday 16 February – break up for half term
- Monday 26 February – back to school

Thank you, as ever, for your support.

The Year 3 team`,
  `Newsletter – Friday 9 February

Happy Chinese New Year! This weekend marks the start of the Year of the Dragon, and the children have been celebrating in style: Reception made lanterns, Year 2 learnt the story of the great race (the rat won by riding on the ox's back, which Year 2 thought was cheating) and Year 5 had a go at Chinese calligraphy, which is a lot harder than it looks.

Safer Internet Day. On Tuesday every class took part in Safer Internet Day. The younger children talked about asking a grown-up before clicking on anything, and the older children looked at how games and apps try to keep you playing, and at what to do if someone online says something that worries them. Please ask your child about it; they have a lot to say.

Ramadan. Ramadan is expected to begin at the start of March this year. For many of our Muslim families, this is a special time of fasting, prayer and giving. Children of primary age are not expected to fast, but some older children may choose to fast for part of the day; if your child will be fasting, please let their class teacher know, so that we can make sure they are comfortable and have a quiet space at lunchtime. We will be marking Eid al-Fitr with an assembly after the Easter holidays.

Lent. Shrove Tuesday is on 13 February, and the kitchen team will be serving pancakes at lunchtime. Several classes are also taking part in "40 acts of kindness" during Lent.

Year 4 multiplication check. Year 4 parents will receive a letter next week about the multiplication tables check in June. There's no need to worry: it's a short, online check, and the best preparation is little and often.

Winter illness. We've had a lot of coughs, colds and sickness bugs this month. Please remember the 48-hour rule after sickness or diarrhoea, and keep washing those hands.

Dates:
- Tuesday 13 February – Pancake day lunch
- Wednesday 14 February – Parents' evening (second night)
- Friday 16 February – Break up for half term
- Monday 26 February – Back to school
- Thursday 7 March – World Book Day

Wishing all our families a happy half term!`,
];

export const COMMENTS: Source[] = [
  `Not being funny but whoever thought the new one-way system was a good idea has clearly never tried to do drop off at 8.45 with a toddler in a buggy and a Year 3 who's forgotten his PE kit. We now have to walk all the way round by the leisure centre to get in through the back gate, which adds ten minutes each way, and the gate is never open when the letter said it would be. This morning there were about forty of us standing in the rain at 8.42 waiting for someone to come and unlock it.

I get that it's about safety, I really do, and I'd rather walk an extra ten minutes than have a kid get run over. But nobody asked parents, nobody explained why, and the letter came out on a Friday afternoon for the Monday. A bit of communication would go a long way. Some of us work and can't just turn up late because the gate's locked.

Also, can we please have a covered area by the back gate? There's a whole canopy by the front that nobody can use now.

Rant over. The teachers are lovely, this isn't aimed at them.`,
  `Genuine question for other Year 5 parents, is anyone else finding the homework situation a bit ridiculous this term? We've got spellings on one app, times tables on another, reading logged on a third, a "project" that's basically a parents' craft competition every half term and now a weekly comprehension that comes home on paper but has to be handed in online. My son spent forty minutes last night trying to find the right login and then had a meltdown, and honestly so did I.

I'm not against homework, I think a bit of practice at home is good, and I know the teachers have a lot on. But it feels like it's been designed for families where there's a parent at home at 4pm with a laptop and a printer, and that's not most of us. Could we have one app, one login, and one day a week it's due? That's all I'm asking.

Also the project. I love that they're creative but when half the class bring in a full scale model of the Colosseum that was obviously built by a dad with a glue gun, it's not exactly fair on the kids who did it themselves with a cereal box.

Anyway. Will raise it at parents' evening but wondered if it was just me.`,
  `I just want to say a massive thank you to Mrs [[sn:Marsh]] and Mr [[sn:Walsh]]. My son has had the hardest year, after his grandad died in October he stopped sleeping, stopped eating properly and just wasn't himself, and there were mornings I literally had to carry him through the gate. Every single one of those mornings Mr [[sn:Walsh]] was there, he never once made me feel like a bad mum, and he'd have a job ready for him to do, feeding the fish or taking the register down, so he had a reason to walk in. Mrs [[sn:Marsh]] rang me every week for months just to check in, sorted out the bereavement counselling with Winston's Wish, and sat with me in her office when I cried my eyes out in February.

He's just got his end of year report and he's "working at the expected standard" in everything and he's got a certificate for kindness and he wants to be a teacher now. I can't put into words what that means.

People are very quick to slag schools off on here (and yes I've done it myself about the parking) so I think it's only fair to say when they get it right. They got it right. Thank you from the bottom of my heart ❤️`,
  `so my daughter comes home AGAIN starving because the portions at lunch are a joke and when i asked the office they said she can have more bread if shes still hungry like thats a meal and apparently the jacket potatoes ran out by the time year 6 got in which happens every single week according to her and then i emailed mr [[sn:hughes]] last tuesday and still havent had a reply not even an automatic one and i pay £2.70 a day for this which adds up to over £500 a year for a kid to eat half a portion of pasta and a [[pr:fucking]] yoghurt and before anyone says it no she is not a fussy eater she eats everything and no i cant do a packed lunch every day because i leave the house at 6 for work and also why is the only vegetarian option cheese pasta every day for three weeks running my friends son is veggie and hes had it literally every day and nobody seems to care and if i took that attitude in my job id be sacked on the spot so sort it out please because im not the only parent saying this theres loads of us in the class chat going on about it and we just get ignored`,
  `Can the parents who keep sending their kids in with nits PLEASE treat them, this is the fourth time since September and I'm sick of spending £20 on lotion and a whole Sunday combing

> Nits aren't about being dirty, they actually prefer clean hair. Every school has them. Maybe check your own kid before pointing fingers?

> Nobody said dirty Kelly calm down. It's about people not bothering to treat them

> I saw the post this morning before it got deleted so I know exactly who this is aimed at and it's out of order. Her little boy has been treated three times, she's done everything right

> Well clearly not if he's still crawling with them. And Stacey [[bu:you're a thick cow who can't read the instructions on a nit comb let alone a school letter]], so I wouldn't be giving anyone lectures

> Wow. That's a bit much over headlice

> Ladies can we stop please. School said it's on a few heads in Year 1 and to check this weekend, that's all. No need for this`,
  `Right I've had enough. Third time this term my son has come home with bruises from the same kid and every time it's the same story, "we've spoken to both children", "we're monitoring the situation", "restorative conversation". Restorative my backside. The other kid gets a sticker for saying sorry and my son gets punched again on the Tuesday.

I've emailed, I've phoned, I've been in twice. Mr [[sn:Hughes]] looked me in the eye in September and told me it would be sorted and it hasn't been. So here's the deal. [[th:If that boy touches my son one more time I'm coming up that school and I'll put [[sn:Hughes]] through his own office window, and then I'll find the dad]]. I'm not joking and I don't care who reads this.

Every other parent I've spoken to says the same, the school doesn't do anything unless you make a scene. Well consider this a scene.`,
  `Nothing against anyone but has anyone else noticed how the school has changed in the last few years? When my eldest started there were maybe two or three kids in the class who didn't speak English at home, now my youngest's class has eight different languages and the teacher spends half the lesson helping the ones who can't understand what's going on while the rest of them sit there bored. And then we get a newsletter about Eid and Diwali and Chinese New Year and hardly a word about Christmas.

[[ht:These people come over here, get a house and a school place handed to them and our kids are the ones who pay for it]]. I've lived in Thornbury all my life and I don't recognise it anymore. [[ht:Send them back to where they came from and let them ruin their own schools]].

And before anyone starts, I'm not racist, I've got friends who are foreign. I'm just saying what everyone's thinking but nobody's allowed to say.`,
  `Pasting this from the Year 5 mums chat because I think the school needs to see how some parents talk about children

[14/03, 19:02] Kerry: Has anyone got the letter about the trip to Cadbury World? Poppy's lost hers again 🙄
[14/03, 19:04] Jo: It's on the app under letters hun, £18 by Friday
[14/03, 19:05] Kerry: Ta x
[14/03, 19:11] Shaz: Did anyone else's kid come home talking about the fight on the field
[14/03, 19:12] Jo: Yes! Apparently it was over a Pokemon card 😂
[14/03, 19:15] Shaz: Mine said it was that [[pn:Theo]] again. Honestly [[bu:that child is a feral little [[pr:shit]], he's been a nightmare since reception and everyone knows it]]
[14/03, 19:16] Kerry: Shaz 😬
[14/03, 19:18] Shaz: What? [[bu:His mum's no better, no wonder he's like that, look at the state of her]]
[14/03, 19:19] Jo: Can we not do this on here please, there's 28 of us in this chat
[14/03, 19:22] Dee: Agree with Jo. He's 9. Whatever happened the school will deal with it
[14/03, 19:25] Shaz: Well they haven't so far have they
[14/03, 19:40] Kerry: Back to the trip, does it say if they need a packed lunch?
[14/03, 19:41] Jo: Yes packed lunch and a drink, no fizzy, back by 3.30

I've left the group. A child shouldn't be spoken about like that by grown adults, whatever he's done.`,
  `lmaooo the state of this comments section. all these mums fighting over nits and parking like its the crown court 😭😭 i went here like 6 years ago and honestly it was the best school i ever went to, year 6 residential was elite, mr [[sn:lloyd]] used to let us play dodgeball every friday if we were good and i still think about it. proper miss it ngl

> @jb_22x nobody asked u tho 💀

> @tyler_xo_ [[bu:nobody asked u to be ugly either]] but here we are

> @jb_22x [[bu:ur literally a fat loser who peaked in primary school]] 😂😂 [[th:[[bu:go kys fr nobody would even notice]]]]

> @tyler_xo_ reported. grow up

> @tyler_xo_ bro its a primary school facebook page what is wrong with u`,
  `Just got back from the Reception and Year 1 nativity and I am an emotional wreck 😭 Honestly those kids absolutely killed it. The little shepherd who kept waving at his nan the whole way through, the angel whose halo fell off and who just carried on singing holding it in her hand like a microphone, the innkeeper who forgot his line and just shouted "NO ROOM" at the top of his voice and then looked really pleased with himself. I was dying. The whole row behind us was crying with laughter.

My little one was a star (literally, the one on a stick) and she has been practising "Twinkle Twinkle" at home for three weeks so I know every word of it whether I want to or not. She stood at the front for the whole thing and didn't pick her nose once, which for her is a personal best.

Massive well done to the teachers, I don't know how you get thirty four- and five-year-olds to stand in the same place for forty minutes. I can't get mine to put her shoes on. And whoever did the costumes deserves a medal.

Only criticism, can we get a few more chairs please, I stood at the back for the whole thing with a toddler on my hip and my back is killing me 😂`,
  `Can't believe people are moaning about the Year 2 teacher being "too young", have you seen her 🔥🔥 [[sx:Miss [[sn:Reid]] can give me a detention any day of the week, I'd happily stay behind after class and let her punish me properly]] 😏😏 my boy's in her class and suddenly I'm volunteering for every school trip going, funny that. Parents' evening was the highlight of my year. [[sx:Bet she's a right dirty one under that cardigan]].

> Mate she's pregnant and you're married

> Doesn't stop me looking does it 😂

> This is absolutely vile. She's a teacher, not a piece of meat, and kids read this page. Reported`,
  `What a game at the Thornbury Town juniors this morning!! U10s absolutely battered Almondsbury 7-1 and honestly it could have been ten. Our midfield murdered them for the whole second half and the lad up front has got a left foot like a rocket, he smashed one in off the bar from miles out and the keeper didn't even move. Their coach looked like he wanted to kill someone by the end 😂

Proud of every one of them, especially after last week when we got slaughtered 6-0 by Winterbourne in the pouring rain and half the team were in tears on the way home.

> Great result! The Under 9s lost 3-2 to Patchway but played brilliantly, the ref was a joke though

> Ha ref's always a joke when you lose 😂 Well done lads

> Who's doing oranges next week? I did the last three

> Me, I'll bring the flapjack too. And can someone remind the dads that shouting at the ref from the touchline is not a coaching strategy`,
  `I've held off posting this for a long time but I think other SEND parents need to know they're not on their own.

My son is autistic and has ADHD. He was diagnosed in Year 2 after a two-year wait. We applied for an EHCP in Year 3. It took the local authority 41 weeks to issue a plan that is legally supposed to take 20, and the plan we got was so vague it was practically useless. "He will have access to adult support as appropriate." What does that mean? Who? When? How many hours?

In the meantime, he's had more days on a reduced timetable than I can count, I've been called to collect him early more times than I can count, and I've had to cut my hours at work to part time because there was no way I could keep a full time job and be on call every day. We're now in Year 5 and we're appealing to tribunal, which is another eight months.

I want to be fair. The teaching assistant who works with him is brilliant, and the SENCo has fought his corner with the council. But the school has told me they don't have the money to give him the support he needs, and the council has told me the school has the money, and meanwhile my son is sitting in a corridor with a TA because it's the only place he can cope. That isn't inclusion. That's a waiting room.

If you're going through the same thing, please look up IPSEA and SOS!SEN. They saved my sanity. And if anyone from the council is reading this: do your job. These are children, not case numbers.`,
  `Just seen on my daughter's reading record that Year 4 are doing a "families" week and reading a book about a boy with two dads. Nobody asked me if I wanted my 8 year old learning about that. [[ht:It's being rammed down kids' throats everywhere now, it's grooming and everyone's too scared to say it]].

And we all know why it's happening. [[ht:[[bu:Mr [[sn:Lloyd]]'s a raging poof]]]] and he's been pushing his agenda since the day he walked in. Heard him telling the class about his "partner". Keep it to yourself mate, nobody wants to know.

> Wow. This is disgusting. Mr [[sn:Lloyd]] is a brilliant teacher and my son adores him. Two dads is a family, same as a mum and a dad or a nan raising her grandkids. It's in the law and it's in the curriculum, and it has been for years.

> "I'm not homophobic but" energy. Reported.

> I don't agree with all of it either but you can't call a teacher that on a public page, you could get done for that`,
  `Just want to say a huge thank you to the Year 6 team for the residential this week. I was a nervous wreck waving that coach off on Monday, it's the first time my daughter has been away from home without us, and she's never slept a night anywhere but her own bed and her nan's. The updates on the app every evening were brilliant, and seeing the photo of her halfway up a climbing wall with the biggest grin on her face had me in bits at the kitchen table.

She came back filthy, exhausted and full of stories. Apparently the gorge walk was "freezing but the best thing I've ever done", the food was "actually nice", and one of the boys in her dorm snored so loudly they had to move him into the corridor. She was asleep by seven o'clock on Wednesday night and didn't wake up until eleven the next morning.

I know it's a lot of work for the staff, giving up your own families for three nights and being on duty twenty four hours a day, and I know you don't get paid any extra for it. So thank you. You've given her the confidence to try something new, and she's already asking if she can go to Scout camp in the summer.

Also whoever taught them the campfire songs, I'd like a word, I've heard "Baby Shark (the camping version)" forty times since she got home 😂`,
  `My daughter's been put on a table with a boy who's got "additional needs" and she comes home every day upset because he screams, throws things and yesterday bit her arm. I've asked three times for her to be moved and the answer is always "we're working on a plan". Work faster.

[[ht:[[bu:Why is a retard like that even in a normal school]]]]? [[ht:They should all be in a special school where they belong, not holding back the kids who actually want to learn]]. I pay my taxes and my daughter deserves a proper education, not to be a punchbag for someone else's kid.

> You cannot say that word about a child. You just can't.

> Mate I get you're upset about your daughter getting bitten, that's completely fair and the school need to sort it, but that's a little boy you're talking about.

> Exactly this. Complain about the biting all you like, but leave the name calling out`,
  `So the council's put the fines up again for taking kids out in term time. £80 per parent per child. Meanwhile a week in Tenerife costs £900 in May half term and £2,400 the week before. You do the maths. Actually don't, the maths says pay the fine and still save a grand.

> This. We've not had a family holiday in four years because my husband's job only lets him off in term time. Apparently that's not "exceptional circumstances".

> Devil's advocate, but the teachers have to catch the kids up when they come back, and it's not fair on them either. Five days is a lot to miss.

> Honestly who's catching up on a week of Year 2? They'll live. The school's own attendance award is more damaging, my son cried because his class didn't win the pizza party because he had chickenpox.

> The chickenpox thing is ridiculous I agree. Rewarding kids for not being ill is bonkers.

> Write to your MP, it's government policy, not the school's. The office staff just have to send the letters and they get it in the neck from everyone.

> Fair point. Not having a go at the office. Having a go at the travel companies and whoever thought fining parents would fix anything.`,
  `omg this post brought back memories 😂 i was in year 6 here in like 2019 and honestly the school was [[pr:shit]] back then, the toilets stank, the roof leaked in the hall every time it rained and there was a hole in the fence by the field that everyone used to climb through to get to the shop. glad to see they've sorted it all out now fr

but mr [[sn:fletcher]] was an actual legend, he did the roman day every year and he let us throw water balloons at him on the last day of term. and mrs [[sn:bryant]] made me love reading, i was like the worst reader in year 3 and she gave me diary of a wimpy kid and i read the whole series in a month. shoutout to them both, i'm doing english at college now and i'm not even joking it's because of her

also does anyone know if dennis the tortoise is still alive?? he was like 80 when i was there 💀`,
  `Still no reply to my complaint about the Year 5 trip refunds. I paid £45 in January for a trip that was cancelled in March because of "not enough staff", and the school's answer is that the money has been "credited" towards the summer trip. My son doesn't want to go on the summer trip. I want my £45 back, it's not complicated, and I know at least six other families who feel the same.

I've emailed the office three times, I've emailed the head twice, and I've been told someone will "look into it". Well I've looked into it. That minibus you bought with the PTA money sits in the car park every night with no CCTV on it. [[th:Be a real shame if it had all four tyres slashed one night and the windows put in. Accidents happen, don't they]]. Just saying. Give people their money back.

> This is a threat. Screenshot it and send it to the police.

> Seriously mate, the minibus is for the kids. Have a word with yourself.`,
  `I don't really know where else to post this but I'm desperate. My daughter is 11 and in Year 6, and last night she told me she's been cutting her arms for months and that sometimes she wants to die. I had no idea. She wears long sleeves all the time but I thought it was just a phase. I sat on her bedroom floor with her until 2am and I've not slept since.

We've got a GP appointment on Thursday but the waiting list for CAMHS is apparently over a year. I rang the school this morning and the lady in the office was so kind, and the safeguarding lead is ringing me back at lunchtime. But I feel like I've failed her completely and I don't know what I'm supposed to do in the meantime.

Has anyone been through this with a child so young? What helped? I'm terrified of saying the wrong thing and making it worse.

> I'm so sorry. You haven't failed her, she told you, that means she trusts you. Papyrus have a helpline for parents, HOPELINE247, and they were brilliant with us. Also Kooth for her, it's free and online.

> Sending love. Take her to A&E if you're ever worried she's in immediate danger, don't wait for CAMHS. And ask the school about their counsellor.

> Been there with my son at 12. He's 16 now and doing really well. It does get better. DM me any time x`,
  `The parents who park on the zigzags outside the main gate every single morning should be ashamed of themselves. Same cars every day. I took photos this morning and I'm sending them to the council.

> Before you go sending photos, some of us have disabled kids and there's nowhere else to drop off. The disabled bay has been taken by the same van for a week.

> Oh here we go. There's always an excuse.

> It's not an excuse, my son is in a wheelchair. Come and lift him out of the car in the rain and then tell me about excuses.

> Not talking about you love, I'm talking about the silver Audi. The [[ht:[[bu:p*ki]]]] who's there every morning on her phone like she owns the road. [[ht:They're all the same, they think the rules don't apply to them]].

> Did you really just write that. Screenshotting. The school should ban you from the site.

> She's lived in Thornbury longer than you have, and she's a nurse at Southmead. Disgusting.`,
  `Is it just me or is Miss [[sn:Cole]] completely out of her depth? My daughter's class has been chaos since September. The kids are running rings round her, half of them are on their tablets during "golden time", and my daughter has come home three times saying she couldn't hear the teacher because everyone was shouting.

[[bu:She looks about twelve, she dresses like she's going out clubbing and she clearly hasn't got a clue what she's doing]]. [[bu:Honestly she should go back to working in Greggs, at least she'd be good at something there]]. I don't know who interviewed her but they want their head testing.

> Bit harsh, she's in her second year of teaching, everyone starts somewhere

> Harsh but fair, my son's in that class and he says it's mayhem most afternoons

> That's a real person you're talking about. If you've got a problem with the class, take it to the head, not Facebook.

> Agree with the last comment, and the comment about the clothes is really unnecessary`,
  `I just want to say thank you to whoever runs the uniform rail on Fridays. With the energy bills and the rent going up again, the last few months have honestly been killing us, and when my son went through the knees of his last pair of school trousers I actually cried in the kitchen because I couldn't see where the money for new ones was coming from. Then I saw the rail, went in a bit embarrassed, and the lady there just said "take whatever you need, love" and helped me find trousers, two polo shirts and a jumper that actually fits. No forms, no questions, no looks.

The school also sorted out a food bank voucher for us without making me feel like a failure, and my son has been going to breakfast club for free since October, which means he actually eats before lessons and his teacher says he's much more settled in the mornings.

I know there are loads of families in the same boat who are too proud to ask, like I was. Please go. Nobody judges you, and you'd be surprised how many people are using it.

And if you've got outgrown uniform sitting in a drawer, please donate it. It makes a massive difference.`,
  `Pasting this from the Year 4 mums' night out chat because apparently it's fine to say this stuff about a teacher as long as it's "just banter"

Lou: Who's coming Saturday then? Table booked for 8 at the Swan
Mel: Me!! Babysitter sorted 🍸
Tash: Me but I'm not staying out past 12, I've got the kids' football at 9
Lou: Did anyone see Mr [[sn:Walsh]] at the leisure centre this morning
Mel: In the gym?? 👀
Lou: Yes. In shorts. [[sx:I'd let him give me a private lesson over the desk any day]] 😩
Tash: LOU 😂😂
Mel: [[sx:Bet he's hung like a horse]] 😂
Tash: [[pr:Fucking]] hell Mel, his wife's on the PTA
Mel: So? Looking's free
Lou: Right who's driving Saturday
Tash: Not me I'm getting [[pr:shitfaced]]
Mel: Same 🍷🍷

I know it's meant as a laugh but he's a teacher at our kids' school and this chat has thirty-odd parents in it. If a group of dads wrote this about a female teacher there would be uproar.`,
  `My son is in Year 4 and for the last two months he's been getting picked on by a group of boys at lunch. It started with name calling, then they started taking his snack, and last week one of them punched him in the stomach behind the mobile classroom. He came home with a bruise the size of my fist and only told me because I saw it when he was getting changed.

I reported it to his teacher the next morning. She was lovely, she took it seriously, and the deputy head rang me that afternoon. They spoke to the boys, one of them was kept in at lunch for a week, and my son now has a "safe space" he can go to in the library. But he still doesn't want to go in most mornings, and I'm worried it's just gone underground.

I'm not posting this to have a go at the school. I think they've handled it as well as they can with what they have. I'm posting because if your child is being bullied, you need to report it straight away and keep a diary of everything: dates, names, what happened, what the school said. I wish I'd done it from the start.

Also, please talk to your boys about this. Some of the parents of the kids involved were shocked when the school told them. Nobody thinks it's their child until it is.`,
  `Year 3 are going on a trip to the mosque in Bristol next week as part of RE and apparently we can't opt out. Why not? They never did a trip to a church when my eldest was there. [[ht:Islam is not a religion of peace whatever they tell you, it's a cult, and these people want sharia law in this country]], look at what's happened in Birmingham and Luton.

My kids are not going. I'll keep them off and they can fine me. And [[ht:[[th:if they start building one of them mosques in Thornbury like they've been talking about, someone should burn it down before it opens]]]].

> This is absolutely disgusting and I've reported it to the police. The mosque visit has been going for years and the kids love it. They went to the cathedral last term.

> RE is about learning about ALL religions. My daughter came back from the gurdwara visit last year buzzing.

> Nobody's making your kids convert mate, they're looking at a building and learning what a minaret is.`,
  `Just wanted to say what a brilliant Christmas fair that was yesterday! The hall was absolutely rammed, my kids spent all their pocket money on the tombola and came home with three bottles of bubble bath, a tin of Quality Street and a jar of pickled onions (we are not a pickled onion family), and the queue for Santa went all the way down the corridor. Father Christmas was excellent by the way, whoever he is, the beard was very convincing and he knew my daughter's name which blew her tiny mind.

Huge thanks to the PTA for all the work that went into it. I know it's always the same handful of people who do everything and they must be exhausted. I'll put my name down to help at the summer fair in May, I promise, I say that every year but I will this time.

Hope you raised loads. Looking forward to seeing the total in the newsletter.

> It was brilliant! £2,140 raised at the last count, thank you everyone. And we will hold you to that promise about May 😉

> Just grateful they did the wreath-making again. Got mine on the front door and the holly's already dropping everywhere but I don't care`,
  `> Congratulations to the Year 6 netball team on reaching the county finals! 🏐

Well done girls, except the one in the middle, [[pn:Freya Nowak]]. [[bu:Who picked her, she can't catch to save her life and she runs like a penguin]] 😂😂 my daughter's been left on the bench all season so that one can have a go, and [[bu:she's useless, everyone in the team says so]].

> Seriously? She's 11.

> [[bu:Everyone knows the [[pn:Nowak]] girl only got picked because her mum's on the PTA]], not because she's any good. [[bu:Fat as well]], no wonder she can't run

> Get off the page. You're adults talking about a child.

> My daughter's in that team and [[pn:Freya]] is one of the kindest girls in it. Grow up, both of you.`,
  `My son came home from the Year 5 trip to M Shed absolutely full of it. They've been learning about Bristol's part in the transatlantic slave trade, and the museum has the Colston statue lying down, covered in the paint and graffiti from when it was pulled down and thrown in the harbour in 2020. He had loads of questions: why were people allowed to own other people, why did it take so long to stop, why did the city put up a statue of a slave trader in the first place, and why did some people get so angry when it came down.

I'll be honest, I was a bit nervous when I saw the letter, because it's a heavy subject for ten-year-olds. Millions of people were kidnapped, chained up on ships, beaten, sold and killed, and some of the money that built Bristol came from it. But the way they'd taught it was spot on. He understood it was wrong and cruel, he understood it wasn't that long ago, and he came home talking about racism today as well, not just history.

At dinner he told his grandad that "hating people because of their skin colour is the stupidest thing humans have ever invented", which I think is about right.

Well done to the Year 5 teachers. Not an easy topic and they did it brilliantly.`,
  `To the parents who park across my drive on Oakfield Road every single morning and afternoon. I've put up a sign. I've put notes on your windscreens. I've spoken to the school, I've spoken to the council, I've spoken to you, and one of you told me to "get a life" while your kid sat in the back seat watching.

On Tuesday I couldn't get my wife to her chemo appointment at Southmead because a white Qashqai was parked across my drive for twenty-five minutes while the owner stood in the playground chatting. Twenty-five minutes. We missed the slot.

So here's a final warning. [[th:The next [[pr:fucking]] car I find blocking my drive is getting a brick through the windscreen, and if the owner wants to come and discuss it, I'll be waiting]]. I'm sixty-three and I've got nothing left to lose.

> I know it's frustrating but you can't threaten people like that

> Honestly can't blame him. People are so selfish at that school.

> Ring the police non-emergency number, they'll come out for blocked driveways`,
];

export const PERSONAL: Source[] = [
  `Well, it's been a year! 🏡💍

Twelve months ago I was living in a flat share in Bishopston with a mouldy bathroom and a housemate who played the drums at midnight. Today we got the keys to our very own house, and last night, on the bedroom floor surrounded by boxes, Dan asked me to marry him, with a ring he's apparently been hiding in his sock drawer since March. I said yes before he'd finished the question.

The house is a 1930s semi that needs, according to the surveyor, "some modernisation", which means the kitchen is orange, the bathroom is avocado green and there's a carpet in the downstairs loo. We love it. Dad is coming over on Saturday with his toolbox and a slightly worrying level of enthusiasm.

Work's been full on, as ever, with a new class and a new curriculum, but the kids have been an absolute joy this term and they made me a "good luck in your new house" card that made me cry in the stock cupboard.

Thank you to everyone who helped us move: Mum, Dad, Dan's brothers, and especially Becky, who drove the van, carried the sofa up two flights of stairs and only swore once.

Housewarming in October. Bring wine, or paint.`,
  `Sorry but I need to vent. We got the call from Ofsted at 11:30 on Tuesday, and since then I have slept about nine hours in total, eaten nothing but biscuits from the staffroom and rewritten the same maths planning four times, because apparently "deep dives" mean someone can pick any lesson from the last six weeks and ask you to justify every single decision you made in it.

I love my job. I love the kids. I do not love a system where a whole school's reputation, and everyone's jobs, depend on two days and a stranger with a clipboard who spent eleven minutes in my classroom. Eleven minutes. I've spent longer choosing a sandwich.

And the kids were brilliant, genuinely, they were polite and they worked hard, and one of my little ones told the inspector that his favourite thing about school was "Miss's stickers", which I'm choosing to take as a compliment. But the whole staff at [[id:Oakfield]] are running on fumes and caffeine and it's not how anyone should have to work.

We get the outcome next week. Whatever it says, I'm proud of us. Now I'm going to have a bath, a glass of wine and a [[pr:shit]] night's sleep because my brain won't switch off.`,
  `🏃‍♀️ 13.1 miles. One very reluctant runner. Please sponsor me!

In October I'm running the Bristol Half Marathon for St Peter's Hospice, who looked after my dad in the last weeks of his life two years ago. They gave him dignity, they gave us time with him, and they made the worst weeks of our lives bearable. I've wanted to do something to say thank you ever since.

If you know me, you'll know I am not a natural runner. Six months ago I got out of breath running for the bus. I've been training with the Couch to 5K app since March, and this week I ran eight miles without stopping for the first time (I did stop for a cry at the end, but that doesn't count).

My target is £500, which would pay for a night of nursing care for one family. Anything you can give, whether it's £2 or £20, will help, and it will also keep me going when I'm at mile 11 wondering why I signed up.

You can sponsor me here: justgiving.com/page/runforrob

Thank you so much. I'll be the one at the back in the purple T-shirt, looking like she's about to die. Please come and shout!`,
  `Clearout time! 🧹 We're finally converting the box room into an office, so the following all need new homes. Everything is clean, from a smoke-free, pet-free house, and collection is from Alveston:

[[cm:- Cosatto cot bed with mattress, used for one child, £60
- Frozen bike with stabilisers, 14 inch wheels, £25
- Two boxes of girls' clothes age 3–4 and 4–5, mostly Next and M&S, £15 a box
- Ikea Kallax shelving unit, white, 4x4, already taken apart, £30
- Baby monitor with camera, £20

Message me or text [[pd:07723 418906]] if you're interested. Happy to drop off to anyone at [[id:Oakfield]], just let me know and I'll bring it in to school on a Friday]].

It's genuinely emotional getting rid of the cot. She was so tiny when she first went in it, and now she's telling me she's too big to hold hands at the school gate. Where does the time go? Anyway, first to message gets first dibs. No time-wasters please!`,
  `Some of you may have noticed that I've been looking a LOT less tired lately 😉 and a few of you have asked me what my secret is, so here it is!

Six months ago I was exhausted. Full-time job, two kids, no sleep, running on coffee and crisps, and honestly feeling like I'd lost myself a bit. A friend introduced me to the Vitalis Glow range, and I'm not exaggerating when I say it has changed my life. The collagen shots have done wonders for my skin, the sleep drops mean I'm out like a light by ten, and I've got my energy back for the first time since having my youngest.

[[cm:I loved it so much that I've now joined the team as a Glow Ambassador! 💖 If you'd like to try it for yourself, use my code GLOWWITHJO for 20% off your first order at vitalisglow.co.uk/jo, or drop me a message for a free sample pack. I'm also looking for a few like-minded mums to join my team and build their own business from their phone, working around the school run. If you'd told me a year ago I'd be earning extra money in my evenings I'd have laughed!]]

Not a hard sell, I promise, I just genuinely want to share something that's worked for me. Message me for more info 💕 #ambassador #mumboss #selfcare #workfromhome`,
  `Not the update I wanted to be writing tonight. Mum had a fall at home on Sunday and broke her hip, and she's been on [[not:Lily Ward]] at Southmead since Monday night waiting for surgery. They're hoping to operate tomorrow morning, but it's been cancelled twice already because of emergencies, so we're not counting our chickens.

She's in good spirits, all things considered. She's already made friends with the lady in the next bed, told the consultant he looked "about fourteen", and complained about the tea, so she's definitely still herself. But she's 84 and it's a big operation, and I'm more worried than I'm letting on.

Thank you to everyone who's messaged, and to my lovely colleagues, who have covered my class, sent biscuits and told me in no uncertain terms to stay at the hospital and not worry about work. I'm very lucky.

If anyone knows the best way to get a decent cup of tea at Southmead at 3am, I'm all ears. Will update when we know more. ❤️`,
  `Kitchen reveal! 🎨 Six weekends, four tins of paint, one argument about whether the skirting boards needed doing (they did), and it's finally finished.

We went for [[not:ivy green]] on the cupboards, which is much darker than it looked on the tester pot, and for about a day and a half I was convinced we'd made a terrible mistake and that it looked like the inside of a cave. Then the new brass handles went on, the open shelves went up and the afternoon sun came in through the back door, and now I'm in love with it. The walls are a warm white, the worktops are the same old oak ones, just sanded and oiled within an inch of their lives, and the floor is the one thing we didn't touch because the budget ran out.

Total cost, if anyone's wondering, was about £400, not counting the takeaway we had every night because the kitchen was out of action.

Next project: the garden, which currently contains a trampoline with a hole in it, a very tired shed and a lot of brambles. If anyone wants a free trampoline, it's yours if you can take it away. Half term sorted!`,
  `I am going to say this once, politely, to the parent who emailed me at 11:47pm on a Sunday asking why her son "only" got a silver sticker for his homework. I was asleep. I have a life. I do not read emails at midnight, and I will not be replying to one on a Sunday night ever again.

I adore my class, I really do. [[pn:Reuben]] read his first chapter book on his own this week and did a little dance round the carpet, and I nearly cried. But the parents this year are something else. One mum told me in the playground that I "clearly don't understand gifted children", another wants a weekly written report on her daughter's friendships, and [[bu:one dad is such a pompous [[pr:prick]] that I have to count to ten every time he opens his mouth at the gate]].

Eleven more weeks. I can do eleven more weeks.

#teacherlife [[id:#oakfieldprimary]] #nearlythere`,
  `Today was my last day at [[id:Oakfield Primary]] after twenty-three years, and I don't quite know what to do with myself.

I walked in as a teaching assistant in 2004 "just for a year", and I'm walking out with about six hundred former pupils, a tortoise, more mugs than any one person could ever need and a heart that's completely full. Some of my first Year 3s are now bringing their own children to the gate, which is both wonderful and deeply alarming.

Thank you to every child who's ever been in my class, for the laughter, the hugs, the questions ("Miss, are you older than the Romans?") and the occasional sick bucket. Thank you to the parents who trusted me with your children. And thank you to the best colleagues anyone could ask for, especially [[sn:Helen]], who has held me together more times than she knows, [[sn:Gemma]] and [[sn:Neil]], who made Year 3 the happiest corridor in the building, and [[sn:David]], who let me get away with the tortoise.

The leavers' assembly this morning finished me off. The children sang "You've Got a Friend in Me", and half the staff and all of the parents were in tears. Then Year 6 gave me a book of letters from former pupils, which I have not been able to read without crying yet.

Now: the garden, the grandchildren, a very long holiday in Cornwall, and a lie-in on a Monday. Dennis and I are going to be very happy.

Love to you all. 💐`,
  `Proud mum moment, of sorts. 😂

Our under-8s played their first ever match this morning, away at Olveston, and we got absolutely destroyed, 8–0, in the rain, against a team that I'm fairly sure contained at least two eleven-year-olds. Our lot spent the first ten minutes running in a pack after the ball like a swarm of bees, the second ten minutes picking daisies, and the last twenty minutes having the time of their lives, because at no point did any of them seem to notice they were losing.

My boy played in goal for the second half, and he let in five, but he also made one save, a proper diving one, into a puddle, and he celebrated it like he'd won the World Cup. He has talked about nothing else all day. He has re-enacted it on the sofa about forty times. The sofa is now muddy.

Coach Tony, who volunteers every Saturday and deserves a knighthood, gave every single child a "player of the match" sticker, because "they all tried their hardest", and honestly, that's the whole point, isn't it?

Legs are killing me from standing on the touchline for an hour, and I can't feel my toes, but I'll be back next week. Up the Tigers! 🐯⚽`,
  `What a night! 🍸💃 The [[id:Oakers]] staff Christmas do finally happened, after being postponed twice for Ofsted and once for norovirus, and I think it's safe to say it was worth the wait.

Highlights:
- [[sn:Kieran]] doing the worm on the dance floor at the Swan and pulling something in his back
- [[sn:Emma D]] and [[sn:Nadia]] winning the quiz by one point and being very, very gracious about it (they were not)
- the Secret Santa, in which somebody gave Mr [[sn:Hughes]] a mug that says "World's Okayest Headteacher", which he then drank his wine out of for the rest of the night
- the taxi driver who got us all home and listened to [[sn:Gareth]] singing Mariah Carey for twenty minutes without complaining
- finding out that the quiet new TA has an amazing singing voice and absolutely killed it on the karaoke

This morning's highlight: waking up on the sofa with one shoe on and a text from [[sn:Holly]] saying "what the [[pr:fuck]] happened to my coat".

Best bunch of people I've ever worked with. Same again next year, minus the worm. 🎄`,
  `Book club round-up for October 📚

Eight of us crammed into Sarah's living room on Thursday night to talk about this month's book, "The Hate U Give" by Angie Thomas, and I think it's the best discussion we've had since we started the club three years ago.

If you haven't read it: a sixteen-year-old girl sees her childhood friend shot dead by a police officer during a traffic stop, and the book follows what happens to her, her family and her neighbourhood afterwards. It's angry, funny, heartbreaking and very, very readable, and it made a few of us think hard about things we'd rather not think about.

We argued (nicely) about the ending, about whether it's a young adult book or just a book, and about whether it should be on the secondary school curriculum (six yes, one no, one "depends how it's taught"). Sarah had made a lemon drizzle, which helped.

Next month we are going lighter, by popular demand, with "Murder on the Orient Express", because apparently nothing says cosy November like a stabbing on a snowbound train. After that, Pete wants us to do something by Terry Pratchett, and I've been told I'm not allowed to pick anything with a dead dog in it ever again.

New members always welcome. We meet on the last Thursday of the month, we read about half the book each time, and there's always cake.`,
  `🎄 Christmas wreaths are back for another year! 🎄

After last year's wreaths sold out in a weekend (sorry again to the people I had to turn away), I've been foraging, drying oranges and stocking up on ribbon since October, and I'm ready to go.

[[cm:This year's range:
- The Classic: real holly, ivy and spruce on a moss base, with dried orange slices, cinnamon sticks and a red velvet bow – £35
- The Scandi: eucalyptus, pine cones and white berries, with a natural linen bow – £38
- The Mini: a smaller version of the Classic, perfect for a flat door or a table centrepiece – £22
- Door garlands made to measure, from £45

All wreaths are handmade by me in my kitchen, and they last right through to January if you hang them outside. Order through my Etsy shop, etsy.com/shop/theholloworchard, or message me directly. Collection from Thornbury or local delivery for £3. Use code EARLYBIRD10 for 10% off any order placed before 1 December!]]

Last year I made 74 wreaths, and I have the scratches from the holly to prove it. My husband says if he finds one more pine needle in the bed he's moving out. Thank you all for the support, it means the world. 💚`,
  `Honestly, some people. I've worked on [[id:Oakfield Road]] for nine years and I have never seen parking like this week's. This morning a man in a Range Rover parked across the zigzags, on the pavement AND half across a dropped kerb, got out, looked straight at me in my hi-vis, and said "I'll only be two minutes". He was eleven minutes. I timed it.

I'm on gate duty three mornings a week and most of the parents are lovely, they walk, they scoot, they say good morning. But there's a small group who seem to think the rules are for other people, and one of these days a child is going to step out between two parked cars and someone is going to get hurt. I'm not being dramatic. I've seen three near misses this term.

If you're a delivery driver with a sat nav that sends you to [[id:BS35 4HJ]] at 8:45am, please, I'm begging you, come back at half nine.

Rant over. Off to drink my coffee, which has gone cold, and teach thirty children about fronted adverbials. Wish me luck.`,
  `Meet the newest member of the family! 🐶

After three years of the kids begging, two years of me saying "maybe when you're older" and six months of my husband sending me photos of puppies at 11pm, we finally caved. This is Willow. She is a ten-week-old cockapoo, she weighs about as much as a bag of sugar, and she has already eaten one slipper, half a phonics flashcard and the corner of the sofa.

First night was rough. She cried from midnight until about three, so I slept on the kitchen floor next to her crate, which my back would like you to know was not a good idea at my age. Second night, she slept through until six, and I woke up feeling like I'd won the lottery.

The kids are completely besotted. My youngest has made her a "timetable" with "walk", "nap", "play" and "more nap", and is very cross that Willow doesn't follow it. My eldest has started a YouTube channel about her, which currently has four subscribers, three of whom are grandparents.

Any tips on puppy training gratefully received. Especially the biting. Those little teeth are like needles, and she thinks my ankles are a chew toy.`,
  `PTA summer fair done and dusted! ☀️

Up at six to collect the bouncy castle, home at seven with a sunburnt neck, three bin bags of leftover tombola prizes and a car that smells permanently of candyfloss. I am broken, but we raised £3,160 for our little primary school here in Thornbury, which is the most we've ever made, and it's going towards new play equipment and the Year 6 leavers' trip.

Thank you to the army of volunteers who ran the stalls, the dads who put up the gazebos in a gale, the grandparents who baked enough cakes to feed the whole of South Glos, and the teachers who sat in the stocks and let the kids throw wet sponges at them for 50p a go (the queue for the head was forty minutes long, make of that what you will).

Special shout-out to the Year 5 enterprise stall, who sold out of slime and friendship bracelets by two o'clock and made a profit of £84, which they are putting towards their own leavers' party next year. Business tycoons in the making.

Right. Bath, then bed, then I never want to see another raffle ticket as long as I live. Until the Christmas fair, anyway. 😂`,
  `Bit of a change from the usual, folks. As most of you know, I've been doing the maintenance at a couple of local schools for years, but from next month I'm also starting up my own window cleaning and gutter clearing round, evenings and weekends.

[[cm:[[sn:Booth]]'s Window Cleaning – Thornbury, Alveston, Olveston and surrounding villages
- Windows, frames and sills: from £12 for a terrace, £18 for a semi, £25 for a detached
- Gutter clearing: from £45
- Conservatory roofs: from £40
- Pure water pole system, so no ladders at your windows and no smears

Fully insured, reliable, and I always turn up when I say I will. If you already know me from [[id:Oakfield]] you'll know I don't leave a job half done. First clean half price for anyone who books before the end of the month. Ring or text me on [[pd:07932 661207]], or drop me a message on here.]]

Thanks in advance for any shares, it all helps a small business get going. 👍`,
  `I don't usually post things like this, but it's Mental Health Awareness Week, and I've decided I'm done pretending.

Two years ago I was signed off work with depression and anxiety for four months. I'd been running on empty for a long time, working until midnight, not sleeping, not eating properly, telling everyone I was "fine, just tired". Then one morning I sat in my car in the car park and couldn't make myself get out. I sat there for an hour. There were days that winter when I honestly didn't want to be here anymore, and that's a hard sentence to write.

What helped: my GP, who listened and didn't rush me; medication, which I was scared of and which worked; a counsellor through the Education Support helpline; my husband, who did everything while I couldn't; and my headteacher, who told me to take as long as I needed and meant it.

I'm doing well now. I still have bad days, but I know what they look like, and I know what to do about them. I've learnt to say no, to leave at five at least twice a week, and to stop answering emails in bed.

If you're where I was, please talk to someone. The Samaritans are there day and night, and so is Shout if you'd rather text than talk. It does get better. ❤️`,
  `Can I just brag for a minute? 🥹

Our Year 6 SATs results came out today, and I am so proud of these kids I could burst. Eighty-four per cent reached the expected standard in reading, writing and maths combined, which is the best result in the school's history and miles above the national average. But honestly, the numbers aren't the bit that got me.

The bit that got me was [[pn:Anya S]], who in September told me she was "rubbish at maths" and cried every time we did fractions, and who today got a higher score than me on the practice paper I did for a laugh. It was [[pn:Yusuf B]], who has worked so hard on his reading all year. It was the whole class cheering for each other in the hall when I read out the results, and not a single one of them asking anyone else what they got.

These children had their first two years of school wrecked by lockdowns and bubbles and remote learning, and they've come through it kinder and braver than any class I've ever taught.

Proud to be part of the [[id:Oakfield]] family. Secondary school has no idea how lucky it is. 💙

#proudteacher #year6 [[id:#OakfieldPrimary]]`,
  `Garden diary, late October 🍂

Well, the first frost came early this year, and it killed off the dahlias overnight. I went out on Tuesday morning and they'd all gone black and floppy, which was a bit heartbreaking after how well they'd done all summer. Lesson learnt: lift them before the middle of October next year, forecast or no forecast.

The good news is that everything else is still going. The rose by the back door has decided to have a third flush of flowers, the winter pansies are in, and the allotment has given us so many squashes that I've started leaving them on neighbours' doorsteps like some sort of vegetable vigilante.

Big jobs this weekend:
- dig up the dahlias (RIP), dry off the tubers and store them in the shed
- plant the tulip bulbs, about two hundred of them, because I got carried away at the garden centre again
- cut back the brambles that are slowly strangling the shed
- clear the pond, which is looking more like a marsh every week

We've also got a grant from the allotment society to put in a shared rainwater tank at the end of our row, which is very exciting if you are me and very boring if you are anyone else.

Anyone got any good recipes for butternut squash? Asking for a friend. The friend is me. I have twenty-three squashes.`,
];
