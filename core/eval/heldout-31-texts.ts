// The thirty-first held-out set's texts, labelled inline as [[code:span]]; `npx tsx core/eval/heldout-source.ts
// --set 31` builds heldout-31.jsonl from them (ids h31-off-NNN, h31-com-NNN, h31-per-NNN). Score it with:
//   npm run -s eval:checker -- --corpus core/eval/heldout-31.jsonl
// First scored on 2026-12-06 as totals only, at 31aae27 and at 7a00e49 (the same figures). Rules alone: threat 10
// of 29 found (1 false alarm), hate 11 of 37 (1), bullying 5 of 31 (1); with the reading of meaning: threat 16
// (1), hate 15 (6), bullying 7 (2). Names, personal data, profanity and sexual: every label found.
// Written blind, by someone who read none of the checker. Of the repository it read only: heldout-source.ts
// (header comment and build code: the [[code:span]] labels and the SETS table); roster.json; the first 80
// lines of core/src/checker/types.ts (category names, text kinds and shared types, no rules); the header
// comment of heldout-28-texts.ts (the lines before the first `export`) and its first `export const OFFICIAL`
// line with the few texts after it, to copy the file's shape only; and the one `export type Source` line of
// heldout-texts.ts, found by grep. It did not read anything else under core/src (lexicons, categories,
// rules, learned models), any test, core/bench/, core/cli/, docs/, the other eval scripts, corpus or
// training texts, any *.jsonl other than its own output (read only to count clean texts per kind), the
// bodies of the other heldout-*-texts.ts files, or git history. The checker and the eval script were not
// run on these texts; only the builder above, to validate the labels, and `npx tsc --noEmit -p core`.
// The school is the evaluation roster's (roster.json): Oakfield Primary School ("Oakfield", "Oakers"),
// Oakfield Road, Thornbury, Bristol BS35 4HJ, 0117 496 0123, office@oakfield.sch.uk. Its classes here are
// named after birds and trees: Robins (Reception), Willow (Year 1), Holly (Year 2), Kingfisher (Year 3),
// Rowan (Year 4), Ash (Year 5) and Oak (Year 6).
//
// Aim: ONE SPRING TERM (January to March 2028) at the school, mixed lengths (6-135 words), weighted to what
// is hardest to catch: threats (veiled and implied, in ordinary words, against staff, pupils, a parent,
// cars and the building; self-harm incitement; threats quoted in school notices and buried in a long post,
// threads and chat exports), hate (coded, sarcastic, set-up-then-sneer, stereotypes and dog whistles beside
// a few plain or disguised slurs: race, religion, with attacks on a mosque, a synagogue and a gurdwara,
// nationality, Roma and Travellers, sexuality, gender identity, disability, sex) and bullying of one person
// (a pupil, a teacher, an office worker, a parent, a teenager; mostly without swear words). The school's
// own posts: the return after Christmas, a snow closure and reopening, SATs booster sessions and an
// information evening, Chinese New Year and its lunch, Holocaust Memorial Day, a Year 4 Blitz day, a Year
// 5 foam "explosion", mummified tomatoes, a PTA quiz with a "killer" round, a flu-spray catch-up, head
// lice, Children's Mental Health Week, Safer Internet Day, an anti-bullying assembly, LGBT+ History Month,
// Ramadan and Eid, parents' evening, World Book Day, Red Nose Day, a cup semi-final "knocked out" on
// penalties, sportshall athletics "smashed it", the Year 5 residential at an outdoor centre in Wales,
// stars of the week, Mothering Sunday, the Easter bonnet parade, Neurodiversity Celebration Week, a
// parking notice, lost property, an end-of-term letter, child-specific health, behaviour, family and
// whereabouts notices, images tagging pupils, and notices quoting abuse the school received (an email
// about the LGBT+ display, a letter at the Islamic centre, the office window, graffiti on the Year 6
// cabin, a Facebook group about a teacher in a headscarf, a selling page about a Traveller family, a
// gaming-app message to a Year 6 pupil, a parent shouting at pick-up). Comments: parents', grandparents',
// strangers' and trolls' (ten pasted as threads, "> " at the start of each reply, the harm one reply among
// several). Personal posts: staff members', parents', grandparents' and teenagers' own posts, one long
// post with its threat buried in the middle, and three pasted chat exports (a teenagers' chat, a staff
// night-out chat and a Year 5 mums' chat).
// 199 texts: 56 official posts (25 clean), 87 comments (35 clean) and 56 personal posts (19 clean); 79
// texts (40%) are clean. Labels: 40 staff-name, 37 hate, 31 bullying, 29 threat, 28 pupil-name, 10
// school-identification, 7 personal-data, 5 child-specific, 5 profanity, 5 commercial, 3 sexual, and 2
// photo-consent (images tagging Kai Nguyen and Hattie Campbell without consent; two other images tag only
// consented pupils, under texts that name nobody and are clean). Most clean texts are traps: violent words
// in sport, history, science and everyday talk ("smashed it", "knocked out of the cup", "a killer picture
// round ... destroy anyone under forty", "a killer at times tables", bombs that "destroyed Wine Street",
// the Great Fire that "destroyed over thirteen thousand houses", a foam "explosion", a swan that "can break
// your arm", "died three times in the first minute" in a game, "nobody's been flattened on that bend", a
// car that "missed a Reception child by inches ... after someone is hurt", Mr Hughes "threatening" to dress
// as a monkey); the Holocaust lesson naming Jews, Roma, disabled people and gay men; e-safety and
// anti-bullying posts naming threats, racist names and self-harm in general terms; the school's own phone
// and road; PTA and trip prices; roster names as words (WILL, Will and May as verbs, May the month, Hope,
// Grace, Mark, frost, a grant, a marsh harrier, Ivy on a fence, two Matildas, Samuel Pepys); classes named
// Holly and Willow; pets named Alfie, Oscar and Rose; Daisy Ward and Lily Ward at the children's hospital
// (the roster full name Lily Ward marked [[not:]]); sincere questions (pork gelatine, an injection for a
// vegetarian, a phone appointment) and a grandchild of Travellers, a mum of two mums, a gay teacher.
//
// Codes: pn pupil_name, sn staff_name, pd personal_data, pr profanity, sx sexual, ht hate, th threat,
// bu bullying, cm commercial, id school_identification, cs child_specific, not = a roster full name used
// as ordinary words. photo_consent is never written: the builder adds it over the whole text when an
// image tags a pupil whose photoConsent is false. Images are attached to official posts only.
//
// Labelling decisions: heldout-source.ts's header and set 28's header hold; beyond them:
// - Threats quoted in notices are threat over the quoted words, a name inside nested ("... crossing that
//   road tonight, Gareth"); "we'll make sure they can be seen from the motorway" left at the Islamic
//   centre, "Plenty of us know what time they all go in for the late prayers at that mosque", the synagogue's
//   "Glass is cheap. Hope they kept the receipt" and the gurdwara's "it won't be the cars that get it" are
//   threat and hate over the same span. Implied threats are one span over the menace, the grievance before
//   it outside: the head's Audi "snowed on the inside", "I know which car is yours", "NEXT TIME WE BRING
//   PETROL", "a reason to close that doesn't melt", "Very easy to reach from the lane", a teacher who
//   "lives out by the garden centre ... I'll be passing", "if she gets as far as her pension", a car's
//   paintwork and a set of keys, a referee's car, the last car out in the dark, a Year 1 biter "it won't
//   just be words", a dad at the gate, and a teacher's joking brick (set 27's staff jokes).
// - Self-harm incitement and death wishes at one person ("walked into the river", "which way the
//   footbridge over the m5 is", "the Severn's deep enough for one more", "Don't bother with anything.
//   Nobody would even notice", of a PTA chair "Shame they didn't keep her. Permanently") are threat and
//   bullying over the same span.
// - Hate: lead-ins that attack no group stay outside ("Year of the Monkey.", "Lovely, teach them about the
//   war.", "Library at lunch for the fasting children.", "Teach them to think for themselves."); "Well,
//   they'd know" after the Year of the Monkey is hate. A hostile remark about a group aimed at one
//   identifiable person is hate and bullying over the same span: the teacher in a headscarf (quoted and in
//   a comment), the Year 2 boy with two dads, a classmate called "a they", a teacher "flown all the way
//   from Lagos". Slurs: "tr@nny" and "Pikeys" are hate inside or as their span; "sp@z" and "b3nder" aimed
//   at one child or teenager are hate on the word with bullying over the insult around it.
// - Bullying: a title starts a span that begins with it, the surname nested; insults of one unnamed child
//   (the Very Hungry Caterpillar, the Kowalski boy's jumper), parent (a double buggy, a car-alarm voice,
//   Chantelle in the mums' chat, thrice), office worker, dinner lady and bonnet-winner's mum are bullying;
//   "bitch" inside one is profanity nested. "They don't go in much for baths where his lot come from" is
//   hate on its own span beside the bullying of the boy.
// - Names: "May" in the Chinese New Year comment is May Chen; "Alfie" is Alfie Turner; "Jude" is Jude
//   Lawson; "Theo" on the residential is Theo Walker; "Mia" is Mia Johnson; "rohan c", "ella d" and "S1an E"
//   (disguised) are given name and initial; "the Kowalski boy" and "that little Wilson boy" are unique
//   surnames. Staff chat senders "Gemma T", "Kieran" and "Paul C" are labelled at every message, and
//   "Nicola" in the insult; Mrs Bryant, Mr Holloway and Mr Mahmood (shared surnames after a title) are
//   labelled. Not names: Tyler, Jas, Mo, Jade, Ryan, Connor, Kayden, Lauren, Shaz, Becca, Chantelle,
//   Julian (a book's character), Alan Turing, Samuel Pepys, the pets.
// - personal_data: the immunisation team's phone, two parents' mobiles (each nested in a sale), a lost
//   cat's home address with postcode and its owner's mobile, a child's birth date and a parent's email; the
//   school's own phone and the police's 101 are clean.
// - child_specific: Jayden's asthma attack and collection, Archie's exclusion, Esme's dad's stroke, Toby's
//   hospital appointments and Isla's egg allergy and EpiPen, each over the clause, names nested.
// - commercial: two bonnet sellers, a shoe discount code, a skincare recruiter and a dating spam comment
//   (its come-on nested as sexual); PTA, trip and cake-sale prices and a parent's own sponsored head-shave
//   are clean. A parent asking to buy a second-hand jumper is not commercial.
// - school_identification (personal posts only): "Oakfield" (five times: one in a chat's title, one before
//   a threat, one asking for a jumper), "Oakfield Primary" (in the long post), "Oakfield Road" (nested in a
//   sale), "oakers" (nested in bullying) and the hashtags "#OakfieldFamily" and "#Oakers"; Thornbury, the
//   Severn and "big school" are not.
import type { Source } from './heldout-texts.js';

export const OFFICIAL: Source[] = [
  `Happy New Year from everyone at Oakfield! 🎉 School reopens for the spring term on Tuesday 4 January (Monday 3rd is a staff training day). It's a busy term: Chinese New Year, Safer Internet Day, World Book Day, parents' evening, the Year 5 residential and the Easter bonnet parade. Please check that coats, wellies and PE kits are named, and pop a spare pair of socks in every bag for the wet days ahead.`,
  `A warm welcome back to Mrs [[sn:Nadia Karimi]], who returns from maternity leave to teach Holly class (Year 2) alongside Mr [[sn:Holloway]]. Holly class's spring topic is "Fire! Fire!", the Great Fire of London, so expect some very dramatic retellings at teatime.`,
  `SCHOOL CLOSED TODAY, Wednesday 19 January ❄️ After a hard frost overnight and fresh snow at 5am, the lane and the top playground are sheet ice. Mrs [[sn:Frost]] and Mr [[sn:Booth]] have been out gritting since six, but we cannot make the site safe in time. Breakfast club and after-school club are cancelled. We will post by 7am tomorrow about Thursday.`,
  `Snow day challenge! ⛄ Measure how deep the snow is in three places in your garden and work out the difference. Build the tallest snowman you can (send us a photo of the snowman, not the children, please!). Read for twenty minutes somewhere warm. And Year 6: your booster pack is on the website if you get bored of sledging.`,
  `Snow update: school WILL be open tomorrow, Thursday 20 January. The main gate opens at 8.40; please use the Oakfield Road entrance, as the path along the field is still icy.`,
  `Year 6 SATs booster sessions start on Tuesday 11 January and run every Tuesday and Thursday, 3.20–4.20pm, until the Easter holidays. Mr [[sn:Walsh]] will take arithmetic and Mrs [[sn:Sandhu]] reading. They are free and there is a snack. Children get the most out of them when they come every week, so please let the office know if your child cannot attend.`,
  `Year 6 parents: a short SATs information session on Tuesday 25 January at 5pm in the library. We'll go through the timetable for May, access arrangements, and how you can help at home (hint: mostly sleep and breakfast).`,
  `新年快乐! Happy Chinese New Year! 🐒 It's the Year of the Monkey, and Holly class spent the morning making paper lanterns and dancing a very long dragon down the corridor. A special thank you to [[pn:May Chen]], who taught the whole class to count to ten in Mandarin and was a far stricter teacher than any of us.`,
  `Chinese New Year lunch on Wednesday 26 January 🥢 The kitchen team will serve sweet-and-sour chicken, vegetable spring rolls and egg-fried rice, with a vegetarian option as always.`,
  `Thursday 27 January is Holocaust Memorial Day. Year 6 have spent the week learning how the Nazis murdered six million Jewish people, alongside Roma and Sinti families, disabled people, gay men and political opponents, and how it began long before the camps: with jokes, posters, and neighbours who said nothing. Each child has written down one thing they will do when they hear someone being picked on for who they are.`,
  `Year 6 Holocaust Memorial Day reflections: "I used to think it happened all at once. It didn't. It happened a little bit at a time while people watched." Their writing is on the corridor wall for anyone visiting at parents' evening.`,
  `Year 4 became evacuees for the day! 🧳 As part of their topic on the Bristol Blitz, Rowan class heard the air-raid siren, hid in our home-made Anderson shelter and learnt how bombs destroyed Wine Street and Castle Street in a single night in November 1940. They then wrote letters home from the countryside. Several complained about the lack of Wi-Fi.`,
  `Science Week in Ash class 🧪 Year 5 tested which washing-up liquid gives the biggest foam explosion ("elephant's toothpaste"). The winner shot nearly two metres up the fume cupboard, and Mr [[sn:Fletcher]]'s eyebrows survived, just. Goggles on, always!`,
  `Stars of the week ⭐ Robins: [[pn:Tariq Iqbal]], for writing his whole name by himself. Willow: [[pn:Anya Quinn]], for kindness at wet play. Holly: [[pn:Zoë Martin]], for her fire-engine poem. Kingfisher: [[pn:Bobby Bradley]], for sticking with his times tables. Rowan: [[pn:Grace Okafor]], for a brilliant evacuee letter. Ash: [[pn:Will Thompson]], for leading his team on the orienteering course. Oak: [[pn:Freya Nowak]], for her Holocaust Memorial Day reading.`,
  `Year 3 have been mummifying tomatoes 🍅 for their Ancient Egypt topic. Week one: salt. Week two: more salt. Week three: the smell. We will report back.`,
  `PTA QUIZ NIGHT 🧠 Friday 28 January, 7pm in the school hall. Teams of up to six, £5 a head, bar and crisps. Be warned: this year's quizmaster has promised a killer picture round and a music round that will destroy anyone under forty. All money raised goes to the Year 5 residential fund.`,
  `The school immunisation team will be in on Thursday 13 January to give the nasal flu spray to any child who missed it in the autumn. If you have not yet given consent, please do so online by Monday 10 January. Some families prefer an injection because the spray contains pork gelatine; the team can talk this through with you on [[pd:01454 861 730]].`,
  `Head lice have been spotted in Year 3 again 🐜 Please check your child's hair this weekend with a fine-toothed comb and conditioner, and treat the whole family if you find any. There is no need to keep children off school, and there is no shame in it: lice love clean hair just as much as dirty hair.`,
  `It's Children's Mental Health Week (7–13 February). Every class is making a "worry jar" and talking about the people they can tell when things feel too much. If your child ever says they want to hurt themselves, or that someone has told them to, please tell Mrs [[sn:Marsh]], our Designated Safeguarding Lead, the same day. You will not be wasting her time.`,
  `Safer Internet Day, Tuesday 8 February 💻 Years 5 and 6 talked about what to do if someone online threatens them, calls them names because of their skin colour, religion or who they love, or tells them to hurt themselves: don't reply, screenshot it, block, and tell an adult you trust. We also talked about the "jokes" in group chats that aren't jokes. Our online-safety guide for parents is on the website.`,
  `In assembly this week Mrs [[sn:Grant]] asked the children what bullying is. Their answers: "When someone is mean to you on purpose and keeps doing it." "When they leave you out every single playtime." "When they laugh at your lunch or your clothes or your family." Spot on. If your child is telling you something like this, please talk to their class teacher.`,
  `February is LGBT+ History Month 🌈 In Key Stage 2 we are learning about people like Alan Turing, whose codebreaking helped to shorten the Second World War, and in Key Stage 1 we are reading stories about different kinds of families. At Oakfield every family is welcome, whatever it looks like.`,
  `Over half term the school received an anonymous email about our LGBT+ History Month display. It said that [[ht:teaching five-year-olds about two dads is grooming them for perverts]] and that [[th:the head should think about who might be waiting outside his house when he gets home]]. It has been passed to the police. The display is staying up.`,
  `Ramadan Mubarak 🌙 Ramadan is expected to begin on or around Friday 28 January. Some of our older children may choose to fast for part of the day; they are welcome to spend lunchtime reading in the library instead of the hall, and we will keep PE gentle. Please let the class teacher know if your child is fasting.`,
  { text: `Eid Mubarak to all our families celebrating Eid al-Fitr! 🌙 Thank you for the trays of sweets in the staffroom; they did not last until lunch.`, images: [['Aisha Begum', 'Muhammad Rahman']] },
  `We are sad to share that a letter was left at the Thornbury Islamic Centre this week, where many of our families pray. It read: "[[th:[[ht:You lot have had your month. Next time the lights are on late in there, we'll make sure they can be seen from the motorway]]]]." Our Muslim families are part of this school and this town. If your child is worried, please talk to us.`,
  `Parents' evening is on Tuesday 7 and Wednesday 8 March, 3.30–7pm. Appointments are ten minutes and can be booked on the school app from Monday 27 February. If you would rather speak by phone, or need an interpreter, ring the office on 0117 496 0123 and we'll arrange it.`,
  `World Book Day is Thursday 2 March 📚 Children can come dressed as a favourite character, or in pyjamas with a favourite bedtime book. Please don't buy a costume: a cardboard box, a dressing gown and some imagination make a brilliant Stick Man. Mr [[sn:Hughes]] has been threatening to come as the Twits' monkey. He is not joking.`,
  { text: `World Book Day parade! Can you spot two Matildas, a Gruffalo and a very convincing Mr Twit? 📖`, images: [['Kai Nguyen', 'Rose Hill']] },
  `Red Nose Day, Friday 17 March 🔴 Wear something red for a £1 donation. There's a joke competition in every class, a cake sale at 3.15 (cakes 50p), and Mr [[sn:Lloyd]] has agreed to have his legs waxed in the hall if we pass £500. Holly class's money will buy toys for the children on Daisy Ward and [[not:Lily Ward]] at the children's hospital.`,
  `Our Year 5/6 football team were knocked out of the South Glos Cup semi-final on Thursday, losing on penalties after a 2–2 draw. [[pn:Alfie Turner]] smashed in a free kick from near halfway and [[pn:Hope Adeyemi]] made a string of saves that had the other bench shaking their heads. Devastated, but so proud of how they played.`,
  `Years 3 and 4 absolutely smashed it at the sportshall athletics at Castle School, finishing second out of twelve schools! 🥈 Special mention to [[pn:Jude Lawson]] (speed bounce) and [[pn:Elsie Barnes]], who beat her own record in the standing long jump twice.`,
  `Year 5 residential: Monday 20 to Wednesday 22 March at Nant-y-Coed Outdoor Centre, near Abergavenny. The final payment of £145 is due by Wednesday 1 March. Help with the cost is available; please speak to Mrs [[sn:Bryant]] in the office in confidence. The kit list is on the app. Yes, they really do need two pairs of old trainers.`,
  { text: `Nant-y-Coed, day one: gorge walking! 🌊 Everybody soaked, nobody lost, and a great deal of screaming at the waterfall. Tea tonight is pasta, then a night walk.`, images: [['Theo Walker', 'Priya Sharma', 'Oscar Lewis']] },
  `Nant-y-Coed, day two. Caving this morning and the climbing wall this afternoon 🧗 A quick note for parents: [[cs:[[pn:Jayden Atkinson]] had an asthma attack in the night and his dad is collecting him this morning]]. He is fine, and very cross to be missing the disco.`,
  `The Year 5 coach has left Nant-y-Coed and should be back at school at about 4.30pm. They have had an amazing three days. Please be patient at the gate: the bags are wet and the children are very, very tired.`,
  `Year 4 parents: following an incident at lunchtime today, [[cs:[[pn:Archie Zielinski]] has been excluded for two days for kicking another pupil]]. The other child is fine. We will be speaking to the class tomorrow.`,
  `Please keep [[cs:[[pn:Esme Ashworth]] in Year 6 and her family in your thoughts; her dad was taken into the BRI after a stroke on Sunday]]. The Year 6 team are making a card on Friday if you would like to add a message.`,
  `A reminder for the Year 4 team and lunchtime staff: [[cs:[[pn:Toby Yates]] leaves at 1.45 every Wednesday this term for his hospital appointments, collected from the office by his grandad]].`,
  `Reception parents: [[cs:[[pn:Isla Murray]] has a severe egg allergy and needed her EpiPen at lunch today]], so please do not send in cakes or biscuits containing egg for the class party on Friday.`,
  `Mothering Sunday is 26 March 💐 The PTA's gift room will be open on Thursday 23 March, with gifts at £1 and £2 for children to choose and wrap themselves. We know this day can be hard. Any child is welcome to make something for a nan, an aunt, a dad, a carer or anyone else they love, and no child will be asked about it.`,
  `EASTER BONNET PARADE 🐣 Friday 31 March at 2pm on the playground. Parents are welcome. Bonnets will be judged by Mrs [[sn:Grant]] (who asks us to say she cannot be bribed with chocolate), and the prizes come from the PTA's community grant. School finishes at 3.15 for the Easter holidays.`,
  { text: `Easter bonnet winners! 🏆 [[pn:Hattie Campbell]] (Year 3) won with a bonnet that had a working windmill on it. Runner-up: an entire farmyard made of egg boxes.`, images: [['Hattie Campbell']] },
  `PARKING. On Monday a car reversing off the zigzags missed a Reception child by inches. Please park at the leisure centre and walk the last five minutes. We would rather send this letter a hundred times than once after someone is hurt.`,
  `We have to write about something that happened at the office window on Monday. A parent, unhappy about a dinner-money reminder, told a member of staff: "[[th:I know which car is yours and I know it sits out there till six]]." Our staff should never have to hear that. Incidents like this are reported to the police, and the parent concerned has been asked not to come onto the site.`,
  `Over the weekend someone got into the grounds and sprayed the Year 6 cabin. Alongside a swastika, the words were "[[th:NEXT TIME WE BRING PETROL]]". The police have taken photographs and the caretaker has painted over it. If you live near the school and saw anything on Saturday night, please ring 101.`,
  `Some of you will have seen comments on a local Facebook group about one of our teachers. We won't repeat most of them, but one said "[[ht:[[bu:another headscarf at the front of a classroom, lovely, that's Thornbury finished]]]]" and another that "[[th:someone should wait for her by the bus stop and ask her where she's really from]]". Mrs [[sn:Karimi]] has our full support, and so do the children and families who have been hurt by this.`,
  `Several families have shown us posts on a local selling page about the Traveller family who have moved onto the site by Morton Way, saying things like "[[ht:new arrivals, so lock the sheds and count the kids' bikes]]" and "[[ht:the school will be full of nits and thieving by Easter]]". Children from every background are welcome at Oakfield, and they will be welcomed here.`,
  `We have been made aware of messages sent to a Year 6 pupil on a gaming app over half term. One read: "[[th:[[bu:don't bother coming back after half term. Don't bother with anything. Nobody would even notice]]]]." The police and the app have been told. Please check who your children are talking to online, and talk to them about what to do if a message like this arrives.`,
  `At pick-up on Thursday a parent shouted at Mr [[sn:Lloyd]] across the playground: "[[th:You'll want to look both ways crossing that road tonight, [[sn:Gareth]]]]." This was in front of children. It is a threat, and we have treated it as one.`,
  `Willow class (Year 1) went to Slimbridge Wetland Centre on Tuesday 🦆 They spotted a marsh harrier, fed the nenes, and learnt that a swan can break your arm if you annoy it, so they didn't. Thank you to the parent helpers who braved the wind.`,
  `Holly class's assembly about the Great Fire of London was wonderful. We learnt that the fire started in a bakery on Pudding Lane, burned for four days and destroyed over thirteen thousand houses, and that Samuel Pepys buried his parmesan in the garden to save it. Thank you for coming, grown-ups!`,
  `It's Neurodiversity Celebration Week (13–19 March). Our Year 6 ambassadors led an assembly about autism, ADHD and dyslexia, and explained why some children wear ear defenders in the hall or need a movement break. The best line came from a Year 3: "Everybody's brain is different, some are just louder about it."`,
  `Congratulations to Miss [[sn:Reid]], who got engaged over Christmas! 💍 Kingfisher class have already offered to be bridesmaids. All of them. Including the boys.`,
  `As the spring term ends, a short thank you. It has been a term of snow days, fasting and feasting, a flooded gorge in Wales and a great many paper lanterns. Our Year 6 children have worked harder than ever in their booster sessions, our youngest children have learnt to read words they couldn't even say in September, and our Year 5s came home from their residential taller, muddier and much more confident. We have also had to write to you more than once this term about hateful and threatening messages aimed at our families and our staff. Thank you for every kind word that came back. It mattered more than you know. The summer term starts on Tuesday 18 April. Have a restful Easter, and eat at least one egg for us.`,
  `Lost property is overflowing again! 🧥 There are 31 unnamed jumpers, 9 water bottles and one single wellington in the box by the office. Mark everything with your child's name, please. Anything left by Friday 10 March goes to the PTA's second-hand uniform rail.`,
];

export const COMMENTS: Source[] = [
  `Happy New Year to all the staff! Here's to a term with fewer nits than the last one 🤞`,
  `Snow day!!! Mine were in the garden before I'd found the kettle ❄️`,
  `Closed for a bit of snow. In my day we walked in through drifts up to our waists and were grateful for it.`,
  `Funny how the head's drive is clear enough to get the Audi out. [[th:Be a pity if it snowed on the inside of that car one night]].`,
  `Closed AGAIN for two inches of snow [[pr:ffs]]. How does the rest of Europe manage?`,
  `Will the booster run on the Thursday before half term?
> Yes, it runs every week until Easter 😊
> Brilliant, thank you`,
  `Booster with [[sn:Walsh]]? [[bu:The man wrote "definately" on his own whiteboard last week. Good luck, Year 6]].`,
  `[[pn:May]] came home and counted to ten in Mandarin at the tea table, then again, then again 😂`,
  `Year of the Monkey. [[ht:Well, they'd know]].`,
  `Nice to see. [[ht:Just make sure the little ones wash their hands after touching anything from over there, we all remember how the last thing they sent us went]].`,
  `Thank you for teaching this properly. My grandad was one of the soldiers who went into Bergen-Belsen and he never spoke about it until he was ninety.`,
  `[[ht:Six million. Always exactly six million, and nobody is ever allowed to check the maths]]. Teach them to think for themselves.`,
  `My nan was a girl in Bedminster during the Blitz. She'd have loved that shelter!`,
  `Lovely, teach them about the war. [[ht:Then explain why we won it and handed the country to the Poles and the Romanians anyway]].`,
  `Did it actually explode?? He's been trying to recreate it in the bath ever since 😬`,
  `We're in. Team name: Universally Challenged 🙋`,
  `Is there a gelatine-free option? We don't eat pork.
> You can ask for the injection instead, the team will sort it 👍
> Thank you, I'll ring them`,
  `Do they do the injection if we're vegetarian?
> Yes, just tick the box on the form
> [[ht:Course they do. One rule for us and a different menu for every religion going]]
> It's literally for vegetarians, read it again`,
  `Third letter since September 🙄 Some households clearly don't own a comb.`,
  `We all know whose kid it is. [[bu:The [[pn:Kowalski]] boy, same jumper every day since September and scratching like a dog in assembly]]. [[ht:They don't go in much for baths where his lot come from]].`,
  `This is so important. Thank you Mrs [[sn:Marsh]] ❤️ My son came home and listed his "trusted adults" and I was one of them.`,
  `Mental health week. [[bu:Maybe start with Miss [[sn:Cole]], she looks one bad Monday away from crying in the book corner herself]].`,
  `Could you share the parental controls guide again please? The link in the newsletter doesn't work.`,
  `Good advice, the Year 6 group chats are grim this year
> What's been going on?
> [[pn:rohan c]] [[th:[[bu:nobody would stop you if you walked into the river mate, honestly]]]]
> Reported. Whoever you are, that's a child.`,
  `My son has two mums and he came home so proud that his family was in a book. Thank you Oakfield ❤️`,
  `LGBT month at a primary school. [[ht:What's next, asking Reception which pronouns they'd like with their fish fingers]]?`,
  `[[ht:Keep the rainbow stuff away from my kids. Some of us can still tell a man from a woman, even if the school can't]].`,
  `Which books are they reading in Year 3?
> Julian Is a Mermaid, and And Tango Makes Three
> [[ht:What that Julian needs is a dad who'll take him to the rugby and knock the mermaid out of him]]
> Wow. Reported.`,
  `[[ht:A bloke in a dress reading stories to five-year-olds? Keep that tr@nny away from my kids]].`,
  `Lovely to read this. Alan Turing should be on every classroom wall.`,
  `Ramadan Kareem to everyone fasting 🌙 Iftar at ours is chaos, so respect to the teachers keeping thirty children calm till lunch!`,
  `Library at lunch for the fasting children. [[ht:Separate rooms already. They'll want their own playground by Easter and their own town by summer]].`,
  `[[th:[[ht:Plenty of us know what time they all go in for the late prayers at that mosque. Plenty of us]]]].`,
  `Eid Mubarak from all of us! 🌙 Mine have had henna up to their elbows since Friday`,
  `Can I book a phone appointment? I work nights and can't get there for 7.`,
  `Got my ten minutes with Mrs [[sn:Jones]] on Tuesday. [[th:She'd better have a proper answer this time about who's been hitting my boy, or she won't enjoy the rest of those ten minutes]].`,
  `Grace and patience to every teacher doing parents' evening this week, you're all stars ⭐`,
  `[[bu:Mr [[sn:Holloway]] at parents' evening: ten minutes of mumbling at his shoes, then asking if we had any questions. Yes. Do you actually know which one's mine]]?`,
  `Making a Gruffalo out of a brown hoodie and some felt at 10pm, as is tradition 🙃`,
  `Another costume. Some of us have to work for a living, you know.`,
  `Love the pyjama option. Some of us can't sew a button on, never mind a Gruffalo.`,
  `[[bu:Didn't know the Very Hungry Caterpillar was coming in as himself this year]] 🐛`,
  `£500 for Mr [[sn:Lloyd]]'s legs?? I'll pay £20 to do the first strip myself 😂`,
  `Will there be a joke book? May I suggest the staff read them out in assembly, it's the only way Year 6 will laugh.`,
  `My niece was on [[not:Lily Ward]] for three weeks last spring. The nurses there are angels. Thank you Holly class ❤️`,
  `Gutted for them 😢 They played their hearts out, and [[pn:Alfie]]'s free kick was worth the trip on its own.`,
  `Ref was a disgrace. [[th:He wants to hope he never parks in [[pr:f*cking]] Thornbury again, because we all know which car's his]].`,
  `[[ht:Woman referee in a boys' semi-final. There's your reason they lost]].`,
  `They smashed it!!! [[pn:Jude]] has slept in the medal 😭`,
  `[[ht:No surprise who the fast ones are. It's in the blood for some]]. The rest need more training.`,
  `Hope the Year 6s know how proud we all are. They've been grafting since September.`,
  `Does the £145 include the coach?`,
  `Has anyone heard if they got there ok?
> Yes they posted on the app at lunchtime, all fine, [[pn:Theo]]'s in the front of the minibus photo
> Mine's never been away before, I'm a wreck
> They'll be fine, Mr [[sn:Fletcher]] is brilliant with them`,
  `[[bu:Miss [[sn:Doyle]] in charge of a gorge walk? The woman gets lost between the staffroom and the photocopier]].`,
  `Well done Year 5! 👏 Gorge walking in March, rather them than me.`,
  `Our cat Oscar has now been mummified in loo roll twice. He is not amused 😾`,
  `Thank you for thinking of the children who've lost their mums. My two lost theirs in October and this means more than you know.`,
  `Make a card for "a dad, an aunt or a carer". [[ht:[[bu:We all know which Year 2 boy with two dads this is really for. Poor kid doesn't stand a chance]]]].`,
  `Can't wait! His nana has been gluing chicks to a sun hat since Tuesday 🐣`,
  `Do the bonnets need to come in the morning or can we bring them at 2?`,
  `[[bu:Her mum made that, not her. Every single year. Fix]].`,
  `Love these! 🐣 If anyone's short of time, [[cm:I'm making Easter bonnets to order, £12 each with chicks and ribbon, message me or ring [[pd:07723 418 906]]]].`,
  `Disgusting. Hope the office ladies are ok ❤️`,
  `Good that you've named this.
> Tbf the office woman is rude to everyone
> [[bu:Rude and dim. [[sn:Susan]] couldn't find a form if it was stapled to her forehead]]
> Grow up, she's the reason half of us got our school places.`,
  `Anyone on Oakfield Road with a doorbell camera should check Saturday night's footage.`,
  `[[th:Lovely new windows on that hall. Very big. Very easy to reach from the lane]].`,
  `[[ht:It's not racist if it's true. Ask anyone on Morton Way how many padlocks they've bought since that lot turned up]].`,
  `Thank you for this. My grandparents travelled, and the things people say about us in this town would curl your hair.`,
  `Sending so much love to Mrs [[sn:Karimi]]. My daughter thinks she hung the moon.`,
  `[[ht:[[bu:If she doesn't want comments she can take it off. She's in England]]]].`,
  `It's a miracle nobody's been flattened on that bend yet. The school-run 4x4s take it like it's a rally stage.`,
  `To whoever parks the silver Qashqai across my drive every morning: [[th:I've got a set of keys and not much patience left, and your paintwork's going to find out which runs out first]].`,
  `[[th:[[sn:Hughes]] wants to remember it's dark by half four and he's always the last car out]].`,
  `Shame the PTA chair couldn't be bothered to come to her own cake sale.
> She had a hospital appointment actually
> [[th:[[bu:Shame they didn't keep her. Permanently]]]]
> That's vile.`,
  `To the dad in the black Golf who shouted at my son at the gate on Monday: [[th:I'll be at pick-up every day this week. Come and try it with someone your own size]].`,
  `My daughter came home with a bite mark. Year 1. A BITE MARK.
> Same child as before?
> Same one. [[th:If it happens again I'll be having words with that little boy myself, and it won't just be words]]
> Please just go to Miss [[sn:Cole]]`,
  `Holly class's fire assembly was gorgeous. My daughter's line was "and then the bread went WHOOSH" and she delivered it like Shakespeare.`,
  `[[ht:Every other kid's got a "diagnosis" now. In my day it was called bad parenting and nobody needed ear defenders]].`,
  `Neurodiversity week, great. Meanwhile [[bu:the little [[ht:sp@z]] in Year 4 who screams through every assembly]] and we're all supposed to smile.`,
  `Thornbury used to be a nice little town. [[ht:Have a look at the Year 1 photo and count how many of them are actually English]].`,
  `[[ht:The Romanian lot outside Tesco have their kids sat on the pavement with a paper cup all day. Why would they bother with school when begging pays better]]?`,
  `[[cm:School shoes 20% off this week at Step Smart with code SPRING20, link in my bio 👟]]`,
  `[[cm:[[sx:Lonely this half term? 💋 Real women in South Glos want to chat tonight, no strings]], tap the link in my profile]]`,
  `[[sx:Mr [[sn:Walsh]] can give me a booster session any time he likes]] 😏`,
  `[[bu:The dinner lady on the gate is a proper [[pr:bitch]] to the little ones]]`,
  `[[bu:Whoever the woman with the double buggy is who parks it across the whole gate every morning, the buggy's not the only wide load]].`,
  `Does anyone know if the flu spray is the same one as in the autumn?
> Yes same one, they just do a catch-up
> Thanks!`,
];

export const PERSONAL: Source[] = [
  `First day back and I've already lost my lanyard, two board pens and any memory of how to teach phonics. Happy new year from a very tired Year 1 teacher 🙃`,
  `Snow day ❄️ Sledging on the hill behind the leisure centre, three hot chocolates, one lost glove, zero regrets.`,
  `They've shut [[id:Oakfield]] three days this winter for a bit of ice. [[th:Keep it up and somebody'll give them a reason to close that doesn't melt]].`,
  `School shut for snow AGAIN. Four inches. Absolute [[pr:sh*tshow]].`,
  `Proud mum moment 🥹 My girl got the Year 6 reading award in [[id:Oakfield]] assembly today. She's read 61 books since September.`,
  `Grandson's first night away on his school trip to Wales. His nana has packed enough Kendal mint cake to feed the Brecon Beacons and I've checked the weather forecast eleven times.`,
  `[[bu:Jade really posted that "glow up" like it's not just more foundation on the same face]] 💀`,
  `[19:02] Tyler: did u see what [[pn:ella d]] posted
[19:03] Jas: the crying selfie?? 😭
[19:03] Tyler: [[th:[[bu:someone show her which way the footbridge over the m5 is]]]]
[19:04] Jas: 💀💀
[19:06] Mo: nah that's too far bro`,
  `Long post, sorry. Since September my son has come home with bruises three times. The first time I was told it was "rough play". The second time I was told the other boy "has a lot going on at home". This week it was his glasses, snapped in half, and [[id:Oakfield Primary]] rang me to say they had "spoken to both boys" as if mine had done anything but stand there. I have emailed the head, I have emailed the governors, I have sat in that little meeting room with a box of tissues pushed towards me. Nothing changes. So fine. [[th:Next time I'll sort that boy's dad out myself at the gate, and he won't be getting up quick after]]. Anyway. Any recommendations for an opticians in Thornbury that can do kids' frames quickly?`,
  `Chat: [[id:Oakfield]] staff 🍷
[[sn:Gemma T]]: who's driving Friday?
[[sn:Kieran]]: not me, two nights of parents' evening have broken me
[[sn:Gemma T]]: [[bu:did you see what [[sn:Nicola]] wore on Tuesday, like a lampshade that's given up]]
[[sn:Paul C]]: 😂 stop
[[sn:Kieran]]: table booked for 8, Cosy Club`,
  `Forty years I've lived on this street. You used to know your neighbours. [[ht:Now it's Polish shops, headscarves, and not a word of English between the lot of them]].`,
  `My daughter's class has a "they" now. [[ht:[[bu:Seven years old and already confused about what's in its pants, and the school claps along]]]].`,
  `got absolutely destroyed in ranked tonight, died three times in the first minute and my squad will never let me forget it 💀`,
  `we SMASHED it at the netball tournament today 🏆 unbeaten all day and coach cried`,
  `Taught the Blitz today. One of mine asked whether the bombs "respawned". Teaching in 2028, everybody.`,
  `Our dog Alfie has eaten most of an Easter bonnet. Ribbon, chicks, the lot. Vet says he'll be fine. The bonnet will not.`,
  `Ivy's taken over the back fence again. Weekend plan: shears, gloves, and a large glass of something.`,
  `[[cm:Easter bonnets made to order 🐣 £8 plain, £12 with chicks and flowers. Text [[pd:07811 204 553]], collection from [[id:Oakfield Road]] or I can drop to the school gate]].`,
  `[[cm:Mummies 💕 who wants to earn from their phone while the kids are at school? £400 last month from my skincare business and I've got three spaces left on my team, message me "GLOW" to find out more]]`,
  `LOST CAT 😿 Grey tabby, answers to Rose, last seen near [[pd:14 Castle Mead, Thornbury BS35 1LT]]. Please ring [[pd:07990 331 218]] if you see her.`,
  `Happy birthday to our [[pn:Mia]] 🎂 Ten whole years since [[pd:6 February 2018]] and she still thinks she's in charge (she is).`,
  `[[th:If one more parent emails me at 11pm about a lost PE sock I'm going round there with the sock and a brick to wrap it round]].`,
  `[[bu:Mr [[sn:Holloway]] still teaching at [[id:oakers]]? man used to spit every time he said "subordinate clause"]] 😭`,
  `[[ht:Pikeys]] back on the field behind the leisure centre. Lock your sheds, people.`,
  `See the synagogue on Park Row have had their front windows redone. [[th:[[ht:Glass is cheap. Hope they kept the receipt]]]].`,
  `Sunday parking round the gurdwara is a joke, every drive on the street blocked. [[th:[[ht:One of these weeks someone's going to lose patience, and it won't be the cars that get it]]]].`,
  `Proud to teach in a school with a rainbow in the corridor this month 🌈 Twenty years ago I couldn't have put my wife's photo on my desk.`,
  `Mother's Day breakfast in bed: burnt toast, tea with the bag still in, and a card that says "you are my best mum out of all of them". 10/10.`,
  `To the woman who reported my post on the Thornbury mums page: [[th:[[bu:the Severn's deep enough for one more, off you pop]]]].`,
  `My granddaughter kept in at lunch for TALKING. [[th:That teacher should enjoy her pension while she can, if she gets as far as her pension]].`,
  `Parents' evening done. Thirty-one appointments, one dad who told me his son is "a killer at times tables", and a cup of tea that went cold at 3.45. Bed.`,
  `[[bu:That Reception mum with the voice like a car alarm: we can all hear your phone calls from the other end of the playground, and nobody cares about your Nando's order]].`,
  `[Year 5 mums 💜]
Lauren: anyone know what time the coach is back wed?
Shaz: 4.30 apparently
Lauren: [[bu:bet Chantelle rocks up at 5 in her slippers again]]
Shaz: 😂 [[bu:and her kid'll be the only one who comes home without a single clean sock]]
Becca: bit much girls, she's on her own with four
Lauren: [[bu:she's on her own cos nobody can stand her]]`,
  `knocked out of the cup by a bunch of year 7s. never recovering from this 😭`,
  `Shaved my head for Red Nose Day 🔴 The kids say I look like a thumb. £640 raised so far, thank you everyone!`,
  `Parents' evening with the new PE teacher 🥵 [[sx:He can keep me behind after class any day, if you know what I mean]]. Mr [[sn:Mahmood]] if you're reading this, I'm joking. Mostly.`,
  `Best bonnet parade yet 🐣 Nana's windmill bonnet took three days and most of a glue gun. [[id:#OakfieldFamily]] [[id:#Oakers]]`,
  `[[bu:Ryan thinks he can play cos he's got the boots. mate you run like you're carrying the shopping]]`,
  `[[ht:imagine a whole month about being gay at a primary school, they're literally 6]]`,
  `[[th:If that little [[pn:Wilson]] boy lays one more finger on my daughter he'll find out grown-ups can play rough too]].`,
  `Took my granddaughter to see the Blitz exhibition at M Shed. She asked if I remembered it. I'm 68.`,
  `[[id:Oakfield]]'s whole senior team is women now. [[ht:And people wonder why the boys can't sit still or do as they're told]].`,
  `Chinese New Year dinner at ours tonight 🧧 Dumplings folded by a seven-year-old look like tiny pasties but taste amazing.`,
  `[[ht:They'll be handing out ADHD diagnoses with the reading books soon. Whatever happened to a bit of discipline]]?`,
  `Went to parents' evening. [[ht:[[bu:Son's teacher can barely string a sentence together in English, flown all the way from Lagos to teach mine fronted adverbials]]]].`,
  `Year 5 residential: she's home, she's filthy, she's asleep on the sofa in her wellies and she says it was "the best three days of her entire life". Worth every penny.`,
  `Red Nose Day bake sale haul: two rocky roads, a lemon drizzle and a cake shaped like Mr [[sn:Lloyd]]'s legs 🔴`,
  `Fasting and doing the school run. Whoever decided Ramadan and the spring term should overlap never had three kids under nine 😅 Ramadan Mubarak all.`,
  `Knocked out in the first round of the pub quiz. Our team name was better than our answers.`,
  `[[bu:[[pn:S1an E]] thinks she's famous cos she was on the county netball page, nobody at big school is gonna know who you are babe]]`,
  `Mrs [[sn:Sandhu]] gave my son a detention over a pencil case. [[th:She lives out by the garden centre, doesn't she. I'll be passing]].`,
  `Easter bonnet parade with my grandson. He wanted to go as a chick. He went as a chick. He was the best chick.`,
  `Anyone selling a second-hand [[id:Oakfield]] jumper, age 7–8? Message me or email [[pd:kerry.l.harding@gmail.com]]`,
  `Car boot at the rugby club this morning. [[ht:Could tell which stalls were the Romanians' by how tight everyone was holding their purses]].`,
  `[[bu:Connor cried at a Pixar film AGAIN, such a [[ht:b3nder]]]] 😂`,
  `[[th:tell Kayden if he chats about my sister one more time he's getting his [[pr:f*cking]] phone back in pieces and his face to match]]`,
];
