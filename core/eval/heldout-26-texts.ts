// The twenty-sixth held-out set's texts, labelled inline as [[code:span]]; `npx tsx core/eval/heldout-source.ts
// --set 26` builds heldout-26.jsonl from them (ids h26-off-NNN, h26-com-NNN, h26-per-NNN). Score it with:
//   npm run -s eval:checker -- --corpus core/eval/heldout-26.jsonl
// After it was first scored (2026-12-05), its personal-data misses (all helplines' numbers) and its child-specific false
// alarms were read, and the checker changed for some of them; threat, hate and bullying have been scored only as totals.
// Written by someone who read none of the checker: of the repository it read only heldout-source.ts,
// roster.json, core/src/checker/types.ts (category names and shared types, no rules) and the header
// comments (the lines before the first `export`) of heldout-texts.ts and heldout-2-texts.ts to
// heldout-25-texts.ts, plus heldout-25-texts.ts's first `export` line and the few lines after it (its
// first eight official texts, and one images line cut short) to copy the file's shape; nothing from them
// was reused. It did not read anything else under core/src (lexicons, categories, rules, learned models,
// meaning), any *.test.ts, core/bench/, core/cli/, core/encoder/, corpus-*.ts, corpus.jsonl,
// generate-corpus.ts, score.ts, train-*.ts, training-*.ts, any other *.jsonl, the bodies of the other
// heldout-*-texts.ts files, docs/ or git history; the checker, the eval script and the tests were not run
// on these texts before or after they were labelled (only the builder above, to validate the labels, and
// a throwaway script over its own heldout-26.jsonl listing roster-like words left unlabelled, to check by
// eye that each was a word or a non-roster person).
// The school is the evaluation roster's (roster.json): Oakfield Primary School ("Oakfield", "Oakers"),
// Oakfield Road, Thornbury, Bristol BS35 4HJ, 0117 496 0123, office@oakfield.sch.uk.
//
// Aim: ONE AUTUMN TERM (September to December 2026) at the school, weighted to what is hardest to catch:
// veiled and implied threats in ordinary words (against staff, pupils, parents, the building, cars and a
// dog), incitement to self-harm, threats buried in long posts and threads; hate against groups in coded,
// sarcastic and "just asking" wordings, stereotypes and dog whistles as well as slurs; and bullying of one
// person mostly without swear words. The school's own posts (INSET and the return, Reception starters, new
// staff, fire and lockdown drills, harvest, Rosh Hashanah and Yom Kippur, the European Day of Languages and
// interpreters for EAL families, Black History Month, flu vaccinations, head lice, World Mental Health Day,
// parents' evenings, Anti-Bullying Week and Odd Socks Day, Diwali, Bonfire Night, Remembrance and Owen,
// Children in Need, Road Safety Week, Inter Faith Week and a mosque visit, Disability History Month, the
// Blitz, Hanukkah, the nativity, the Christmas Fair, jumper day, lunch and carol service, the residential
// letter, a Friday newsletter, staff news, stars of the week, the school council, cross-country, lost
// property, sponsors and the uniform supplier, abuse-of-staff, vandalism, online-safety and leaflet
// notices that quote what was said or sprayed, and health, family and behaviour notices), comments under
// them from parents, grandparents, strangers and trolls (fourteen pasted as threads, "> " at the start of
// each reply, the harm one reply among several), and staff members', parents', grandparents' and
// teenagers' own posts (four pasted chat exports: a Year 7 chat, a Year 4 mums' chat, a staff night-out
// chat and a Year 6 chat). Lengths from 5 to about 175 words.
// 197 texts: 63 official posts, 78 comments, 56 personal posts. Labels: 35 threat, 35 hate, 36 bullying,
// 35 pupil-name, 32 staff-name, 9 personal-data, 9 profanity, 8 school-identification, 6 commercial, 4
// child-specific, 4 sexual, and 2 images tagging a pupil without photo consent. 83 texts (42%) are clean
// (34 official posts, 28 comments, 21 personal posts), nearly all of them traps: violent words in drills,
// safety talks, history, stories and sport (smoke kills faster than flames, a lockdown drill's "threat"
// and "intruder", battered and slaughtered at football, Walter Tull killed in 1918, Guy Fawkes hanged,
// drawn and quartered, Owen's gas attack, Herod's "Kill every baby boy", a Viking day's slaughtered monks,
// a Blitz street bombed, "Kill your speed", a careers-fair bomb-disposal robot, "murdered" at netball, a
// zombie game's "hunt him down and destroy him", "I will find you, and I will make you sit through my
// phonics training", "Someone's going to get killed on that bend", "I will not kill anyone's feelings");
// respectful talk of faith, race, sexuality, disability and refugees (apples and honey, the shofar, Rama
// and Sita, the Maccabees' swords, a kirpan and a langar, a Muslim parent's gelatine question and a halal
// turkey question, Amira's headscarf, the Bristol Bus Boycott, two mums and two dads, an autistic boy's
// quiet room, a girl with Down's syndrome, interpreters and a Romanian mum's thanks, Ukrainian families
// welcomed, a notice that describes racist abuse without repeating it); strong but fair complaints (parents'
// evening slots, a cancelled trip, lost jumpers and the governors, INSET days, a grandad's "what about the
// Tudors"); roster names as ordinary words (we hope, summer, will, may, said grace, a grant, Mark the dates,
// a photo booth, a hard frost, the marsh, holly and ivy wreaths, Willow class) and images tagging only
// consented pupils under texts that name nobody.
//
// Codes: pn pupil_name, sn staff_name, pd personal_data, pr profanity, sx sexual, ht hate, th threat,
// bu bullying, cm commercial, id school_identification, cs child_specific, not = a roster full name used
// as ordinary words. photo_consent is never written: the builder adds it over the whole text when an
// image tags a pupil whose photoConsent is false. Images are attached to official posts only.
//
// Labelling decisions: heldout-source.ts's header and the set 2 to 25 headers hold; beyond them:
// - Threads and chat exports: each reply or message is labelled on its own (sets 17, 19, 25); the "> "
//   marker, timestamps, non-roster senders and commenters (Kayden, Brody, Lacey, Kerry, Dawn, Jayce,
//   Mollie, Pete, Gaz, Trev, Tasha, Debbie, Jodie, Leanne, Kev, Dean) and the replies that object,
//   report or defend stay outside every span; "fr" and "nah" before a message's harm stay outside.
// - threat, implied in ordinary words, each one span over the means and the menace (sets 12, 21, 24):
//   "One of these days it won't be a drill" under the lockdown-drill post; "I know a few people who'd
//   happily wait for her in the car park too" of an office worker; "Mrs Grant knows what she did. I still
//   drive past her house most nights" (an ex-employee); "My brother's out of Horfield next month. He's
//   already heard all about Mr Hughes and that exclusion" (Horfield: Bristol's prison); "That new hall of
//   theirs is all wood, isn't it. Funny old thing, wood" at the end of a long exclusion complaint (arson);
//   "Keep charging £265 for trips and one night that portacabin might just go up. Old wiring, isn't it"
//   (the 😉 outside); "Miss Reid's little blue Corsa is always parked in the same spot by the fence. Be a
//   shame if that fence came down on it"; "Mr Fletcher leaves by the back gate at quarter past five every
//   night, on his own down that lane. Something for him to think about"; "That spaniel that yaps at the
//   gate every morning. Someone should give it a sausage with something extra in it" (a pet, set 18);
//   "One morning he'll come out and find that nice Audi hasn't got any windows left" (property, the set-up
//   sentence about the driver outside); "tell him to walk home a different way from now on" (the 👀
//   outside); "I know your car and I know your face. Enjoy them both while you've still got them" (the
//   ex's house number and street before it are pd on their own span, outside the threat). A notice's
//   quoted answerphone "tell that headteacher I know which school his kids go to" is threat. Conditional
//   and relayed threats are one span over the sentence (sets 6, 8): "Tell the Rahman boy if he pushes my
//   daughter ... he'll find out what a real push feels like", "He'd better have some better f***ing answers
//   ... or he'll be leaving that classroom in a different shape" (profanity nested), "If Miss Cole puts her
//   hands on my son one more time to move him, she'll lose them" buried at the end of a long ADHD post,
//   "when I find out which one she'll be needing an ambulance, not a parking space", "You speak to my girl
//   like that again and you'll be eating your own dinner through a straw" as the sixth reply of a long
//   thread. A staff member's "if the head does one more 'fun' attendance PowerPoint I'm setting fire to his
//   car 🔥" in a staff chat is threat with the 🔥 inside (sets 6, 15); a teen's "im waiting outside greggs
//   for him 👊" has the 👊 inside (set 18). "Every one of those Diwali fireworks should be pointed back
//   through their letterboxes" is threat and hate over the same span (set 12). "Not a threat, just a very
//   tired mum" after a promise to go to the governors is clean (set 18's lawful escalation).
// - self-harm incitement aimed at a person is threat and bullying over the same span: "just walk into the
//   Severn and save us all the hassle" ("Actually don't bother ringing," outside), "go and have a lie down
//   on the railway line at Patchway", "go swallow ur mums pills and do us all a favour", "she should do
//   everyone a favour and stop eating altogether" of a named Year 6 girl; a notice quoting "go and jump in
//   the river" as sent to one pupil likewise, with "nobody would care if you disappeared" beside it
//   bullying only (set 12). "nobody asked" and "no one at school even likes u" before an incitement are
//   bullying on their own spans (set 18).
// - hate, coded and "just asking": a conspiracy in a greeting's shape ("Shanah tovah to the people who own
//   the council, the banks and now apparently our school newsletter", the 🙄 outside); "Hanukkah in the
//   newsletter now. Wonder which of them paid for the new library, they do like to have a hand in
//   everything" (one span, the neutral set-up inside, set 14; the 🤔 outside); "Why is it every time
//   there's a Kristallnacht assembly nobody's allowed to ask questions about the numbers" (denial by
//   question, "Just asking." outside); "Give it ten years and our lot will be the ones visiting as guests in
//   our own town" under the mosque visit (replacement); "remigration season 🇬🇧 starting with half my
//   school" (one span, the flag inside); "Can't wait for 'bring a bomb to school day' for the other lot"
//   after a Diwali remark (a terror stereotype of Muslims, hate not threat); "apart from knife crime, what
//   exactly has Black History Month got to celebrate" ("Genuine question:" outside); "Just asking –" outside
//   "are the new Romanian kids going to be checked for nits and TB before they sit next to ours"; "Happy
//   Black History Month everyone 🐒🍌" is hate over the emoji alone (set 15). Endorsing a hate leaflet
//   ("Nothing in it that isn't true though. Eighty fighting-age men in a hotel down the road and we're all
//   supposed to smile") is one span. A grievance that attacks no group stays outside the sneer beside it
//   ("Interpreters paid for by us.", "Fireworks till midnight for a week,", "Anti-bullying week my foot.").
//   Hate statements over the statement: "If they can't be bothered to learn the language they can't be
//   bothered to raise their kids properly either", "Course it's all about what the Muslims want again. Rest
//   of us just get on with it", "curry stink down the whole street, and now it's in the schools.
//   Thornbury's turning into Leicester", "can we stop pretending every class needs three kids with 'needs'
//   dragging the rest down", "It's a way to sneak the gay stuff in. Kids that age don't need to know what
//   two blokes get up to", "Half of Year 3 is Polish now, no wonder the reading scores are in the shitter"
//   (profanity nested), "Make sure the raffle prizes are locked up tight, the caravans are back on Morton
//   Way" (one span, set 14), "it was all headscarves and prams. Not one English voice. Felt like a stranger
//   in my own town", a staff member's "The site families have had their annual 'holiday' in term time, so
//   that's the bottom ten sorted. Every single year" (set 8), and a parent's "these Romanians breed like
//   rabbits and expect us to pay for it" quoted in a teacher's end-of-term post (printed, set 14). Slurs
//   alone: "P*KIS" in a notice quoting graffiti ("OUT" outside, set 4), "pikeys", "f@g".
// - hate and bullying at one person, slur-free: "Another one who can barely speak English teaching our
//   kids" of a named new teacher, "Bet it was on a stolen passport" of a named pupil's grandmother, "If you
//   want halal go back home and eat it there" to one commenter, "go back to Kabul if you don't like how we
//   raise our kids" quoted in a notice about one teacher, "the terrorist" of one hijab-wearing girl, "hope
//   he left the AK at home" and "he looks like hes about to blow up the canteen" of one Afghan or Muslim
//   boy, "a man in a skirt reading him stories" and "it's a bloke in a cardigan, stop making the kids lie"
//   of one trans teacher and one TA are hate and bullying over the same span. "the one with the tea towel
//   on his head" is bullying with the dress mockery nested as hate (set 12).
// - bullying without swear words, one target each: "Mary forgot every single line 🙄 thick as mince that
//   one" (the four-year-old playing Mary; the 🙄 between two mocking clauses is inside), "Star of the week
//   for Yusuf? For what, turning up?" (the 🙄 after it outside), "the Chowdhury lad runs like a shopping
//   trolley with a wonky wheel" (no name: two pupils are Chowdhurys), "the dad in the Crocs who parks on
//   the zigzags every morning is a walking advert for the snip" (neither sexual nor profanity), "Says the
//   woman whose kids wear last year's shoes ...", "Miserable old troll with a face like a wet weekend" of
//   one dinner lady, "Mr Cartwright is the rudest man I've ever met and his breath could strip paint" (the
//   title inside, set 7), "That woman couldn't teach a dog to sit ..." after "Mrs Doyle?", a staff member's
//   "Genuinely the parenting skills of a garden gnome" and "a certain member of SLT ... Face like a smacked
//   bum too" ("bum" is no profanity), "my son's new teacher, who looks about twelve ...", and "maybe teach
//   your own daughter to wash first, she's the one the whole class holds their nose at" (the girl, one
//   span). "Ask Leanne," before one insult stays outside, and "Leanne's youngest ..." after it is a second
//   span (another target). Mocking "some of the mums on here" (a group) is clean.
// - sexual: "He can cover me any time" of a teacher named in the question before it (the 😏 outside); a
//   stranger's "What a beautiful little girl ... is she on insta? Would love to send her a little present"
//   under a Year 3 poetry photo (first move to last, the 😍 inside); "The new PE coach at pick-up in those
//   shorts 🥵 I'll be volunteering for every single netball match" (the 🥵 inside, between the two
//   clauses); a teen's "id let her put me in detention" of a TA (the 😏 outside).
// - child_specific: Oscar Lewis's epilepsy diagnosis, "a Year 4 boy has been suspended for three days after
//   bringing a kitchen knife into school in his bag" (behaviour; no threat, as nobody is threatened), Kai
//   Nguyen's bereavement and Bobby Dunne's collection restriction are cs over the clause, names nested. A
//   pupil picked out only as the target of abuse ("a Year 6 pupil received messages", "a Year 4 girl" called
//   a name) is given no health, behaviour, family or whereabouts, so no cs; the abuse quoted is labelled.
// - personal_data: Childline's 0800 1111 and the Samaritans' 116 123 in an official post (sets 3, 25), a
//   grandad's mobile in a lost-property post, the residential venue's name, place and postcode as one span,
//   a staff member's own mobile, a sale's collection postcode nested in the commercial span, a chat sender
//   shown by number, a house number and street ("14 Cedar Close") beside a threat, and a pupil's birth date
//   in a parent's post ("born" outside). The police's 101, chat timestamps and event dates are clean.
// - commercial: a sponsor's tyre code and the uniform supplier's order link in official posts, Pudsey ears
//   for sale under Children in Need, a Scentsy link (its hashtags outside), a uniform sale, and a wreath
//   offer (one span over the whole offer; "holly, ivy" in it are words). The Book Fair, the PTA's prices and
//   the residential's ParentPay instalments are the school's own and clean.
// - school_identification (personal posts only): "Oakfield Primary", "Oakfield Road" (twice), "Oakfield"
//   (three times, one nested in a uniform sale), "Oakers" and #OakfieldFamily over the hashtag word.
// - photo_consent: images tag Hattie Campbell (with Aisha Begum) and Dylan Whitfield (with Mia Johnson)
//   without consent; two other images tag only consented pupils under texts that name nobody, and are clean.
// - Names: "Hattie" in a Year 3 post is Hattie Campbell (Hattie Dawson is in Year 1), "Summer" in the Year 1
//   star slot is Summer Davies, "Yusuf" under the stars post is Yusuf Dawson, "Toby" in a Year 4 mums' chat
//   is Toby Yates, "orla" in a Year 6 chat is Orla Ashworth, "ethan b", "ava", "Isla", "Hope" and "Oscar"
//   name pupils; "the Rahman boy" and "The Evans girl" name pupils (unique surnames, set 12). Staff: "Gemma
//   T", "Holly Reid", "Kieran Walsh" and "Gareth" in a staff chat; "Mr Holloway" and "Mr Cartwright" (shared
//   surnames after a title); "Karimi", "Walsh", "Frost", "Lloyd", "Grant", "Reid", "Doyle", "Cole", "Booth",
//   "Marsh", "Fletcher" and "Hughes" after a title. Not names: Imam Yusuf (an adult who shares a pupil's
//   given name), Paul Stephenson, Roy Hackett, Walter Tull, Wilfred Owen, Guy Fawkes, Jaspreet, Amira, Jas,
//   "that Harper woman" (a parent; several pupils are Harpers), "the head" unnamed, and the chat senders
//   and commenters above.
import type { Source } from './heldout-texts.js';

export const OFFICIAL: Source[] = [
  "Welcome back, Oakfield! 🍂 We hope everyone had a wonderful summer. School reopens for all pupils on Thursday 3 September; Tuesday 1 and Wednesday 2 September are INSET days. Breakfast club starts at 7.45am from day one, and the office is open from 8.15am on 0117 496 0123 if you have any questions.",
  "A very warm welcome to the 58 children starting Reception this week in Willow and Hazel classes! 🌱 Mornings only until Friday 11 September, full days from Monday 14th. There were a few tears at the gate – mostly from parents – and by lunchtime every child had a peg, a friend and a paint-covered jumper.",
  "Please welcome our new staff this September! Mrs [[sn:Nadia Karimi]] joins Year 2 from a school in Cardiff, and Mr [[sn:Kieran Walsh]] is our new Year 5 teacher after three years in Leeds. [[sn:Lisa Oduya]] joins the office team. We are so pleased to have them with us.",
  "Fire drill this morning 🔔 The alarm sounded at 10.05 and every child and adult was lined up on the field in 2 minutes 50 seconds – our best time yet. In a real fire, smoke kills faster than flames, which is why we practise leaving everything behind, coats and bags included. Well done, everyone.",
  "Lockdown drill on Wednesday 23 September. Like a fire drill, this practises what we would do if there were a threat to the school, such as an intruder or a dangerous dog on site. Children will hear a different signal, move away from doors and windows, and keep quiet until an adult tells them it is over. Staff will talk to classes beforehand so nobody is frightened. Please talk it through calmly at home too.",
  "Thank you for your amazing harvest donations! 🥫 The hall is stacked with 412 tins, packets and jars, and everything goes to Thornbury Food Bank on Monday. Year 3 led the harvest assembly and sang 'Cauliflowers Fluffy' with real gusto. We are grateful for every single tin.",
  "Shanah tovah to all our Jewish families! 🍎🍯 Rosh Hashanah, the Jewish New Year, began at sunset on Friday. Year 4 tasted apples dipped in honey for a sweet year ahead and heard the shofar – a ram's horn trumpet – which was louder than anyone expected. Yom Kippur, the Day of Atonement, follows on Monday 21 September.",
  "Happy European Day of Languages! 🌍 Between us, Oakfield families speak 23 languages at home, from Polish, Romanian and Punjabi to Arabic, Dari, Ukrainian and Somali. For parents' evening in October we will again have interpreters available – just tell the office which language you would like. Every family should be able to hear how their child is doing in words they understand.",
  {
    text: "What a morning at the Severn Vale football festival! ⚽ Our Year 5 and 6 team battered Castle 6-1, survived a 3-3 thriller against Marlwood and then slaughtered everyone in the penalty shoot-out. The coach said our defence was 'absolutely brutal'. Proud of every one of them.",
    images: [["Alfie Turner", "Ethan Brooks", "Priya Sharma"]],
  },
  "October is Black History Month. This week Year 4 learned about the Bristol Bus Boycott of 1963, when the Bristol Omnibus Company refused to employ Black and Asian drivers and conductors, and how Paul Stephenson, Roy Hackett and others organised the boycott that changed it. Year 6 are researching Walter Tull, the footballer who became one of the first Black officers in the British Army and was killed in 1918.",
  "Thank you to [[pn:Hope Adeyemi]] in Year 6, who spoke beautifully in assembly about her grandmother's journey from Lagos to Bristol in 1961 and the job she found on the buses. You could have heard a pin drop. 💛",
  "Flu vaccinations 💉 The school nursing team will be in on Tuesday 6 October to give the nasal spray vaccine to every year group. Please return the consent form by Friday. The nasal spray contains pork gelatine; if that is a concern for your family, the nurses can offer an injection instead – just tick the box on the form.",
  "We have had a few cases of head lice across the school this week. Please check your child's hair with a fine-tooth comb over the weekend and treat if needed – there is no need to keep children off school. Long hair tied back helps. Thank you! 🪮",
  "A note for Year 5 families: [[cs:[[pn:Oscar Lewis]] was diagnosed with epilepsy over the summer]], and all Year 5 staff have now been trained in what to do if he has a seizure. [[pn:Oscar]] is looking forward to explaining it to his class himself.",
  "It's World Mental Health Day 💚 This week every class has talked about feelings, worries and who they can talk to. If your child is struggling, please speak to their teacher or to Mrs [[sn:Marsh]]. Childline is free for children on [[pd:0800 1111]], and the Samaritans answer day or night on [[pd:116 123]].",
  "A message from Mr [[sn:Hughes]] about how we treat our staff. On Monday a member of our office team was told on the phone: '[[th:I know what car you drive and I'll be waiting for you when you finish]].' She was shaken, and the call has been reported to the police. Our staff are parents, neighbours and friends. Disagreement is fine; threats never are.",
  "We are sad to tell families that on Saturday night someone wrote '[[ht:P*KIS]] OUT' in red paint on the wall beside the bike shelter. Mr [[sn:Booth]] painted over it on Sunday morning, and the police have the photographs. Racism has no place at our school or in our town. If you saw anything, please call 101.",
  "Parents' evenings are on Tuesday 13 and Thursday 15 October. Booking opens on Monday at 6pm through the app. Thanks to a grant from the Thornbury Town Trust, we can again offer interpreters and a free crèche for younger siblings in the library. Mark the dates!",
  "Odd Socks Day is Monday 16 November, to launch Anti-Bullying Week 🧦 Wear your oddest, brightest socks to show that we are all different and that's what makes us brilliant. No money needed.",
  "Anti-Bullying Week 💙 This year's theme is 'Power for Good'. Classes have been talking about what bullying is (it's repeated, it's on purpose and it hurts), what banter is and isn't, and what to do if it happens to you or a friend. In Year 3 the children shared that some of them have two mums, two dads, one parent, or live with their grandparents – and agreed that every family in the room is a proper family.",
  "We need parents' help with something serious. During half term a Year 6 pupil received messages on a group chat saying [[bu:nobody would care if you disappeared]] and telling them to [[th:[[bu:go and jump in the river]]]]. The child is safe and being supported, and the families involved are being spoken to. Please check who your children are talking to online, and report anything like this to us or to CEOP.",
  "Happy Diwali to everyone celebrating! 🪔 Year 3 retold the story of Rama and Sita, the demon king Ravana and the monkey army that helped rescue Sita, and the hall is now full of clay diyas and rangoli patterns. Thank you to the families who came in to cook – the jalebis vanished in four minutes.",
  "Bonfire Night safety 🎆 Sparklers reach over 1,000°C – hotter than a cooker – so please supervise young children, give them gloves and put finished sparklers in a bucket of water. Year 2 learned this week about Guy Fawkes and the plot to blow up Parliament in 1605, and why we still burn a guy on the fire.",
  "On Wednesday the whole school walked to the war memorial on the High Street for two minutes' silence. Year 6 read the names of the 43 men from Thornbury killed in the First World War, among them three brothers from one family and a boy of seventeen. Our school council laid a wreath of poppies the children made. We will remember them.",
  "Children in Need is on Friday 13 November! 🐻 Come in spotty or yellow for £1. The PTA cake sale is on the playground after school – cakes 50p, Pudsey biscuits £1. Last year we raised £612; let's beat it!",
  "Thank you to Thornbury Tyres & Exhausts for sponsoring our new football kits! 👕 [[cm:Oakfield families can get 10% off winter tyres until 31 December with the code OAKERS10 at thornburytyres.co.uk]].",
  "Christmas Fair – Saturday 5 December, 11am-2pm 🎄 Grotto (£3 including a present), tombola, photo booth, chocolate raffle, mulled wine for the grown-ups and the famous PTA tea urn. Donations for the tombola can go to the office from Monday. Hope to see lots of you there!",
  "Reception and Year 1 will perform 'A Midwinter Nativity' on Tuesday 8 and Wednesday 9 December at 2pm. Mary is played by [[pn:Sophie Fraser]], Joseph by [[pn:Tariq Iqbal]], and the very loud innkeeper by [[pn:Rhys Parry]]. Two tickets per family, please – and bring tissues.",
  {
    text: "Year 3 have been writing autumn poems, and they are wonderful. [[pn:Aisha]] wrote about conkers 'like polished shoes in a spiky box', and [[pn:Hattie]] about the wind 'shoving the leaves round the playground like a bully'. Come and read them on the hall wall at parents' evening.",
    images: [["Aisha Begum", "Hattie Campbell"]],
  },
  {
    text: "Great Fire of London day in Year 2! 🔥 The children built Tudor houses out of cardboard, lined them up along a chalk 'Pudding Lane' on the playground and watched the fire brigade's demonstration. The London of 1666 burned for four days. Our Pudding Lane lasted until the rain came.",
    images: [["Dylan Whitfield", "Mia Johnson"]],
  },
  "Happy Hanukkah! 🕎 The festival of lights begins at sunset on Friday 4 December. Year 5 learned how the Maccabees fought back against the Greek army that had taken the Temple in Jerusalem, and about the oil that lasted eight days. There were latkes, doughnuts and a very competitive dreidel tournament.",
  "Disability History Month runs until 18 December. Year 5 had a visit from a wheelchair basketball player who told them about the Paralympics – and the crashes – and showed how the chairs are built to be knocked over. Year 2 are learning some BSL signs each week, taught by two Year 4 pupils who sign at home.",
  "School council elections are done! 🗳️ Your new councillors are [[pn:Ava Robinson]] and [[pn:Rohan Chowdhury]] (Year 6), [[pn:Theo Walker]] and [[pn:Priya Sharma]] (Year 5), and [[pn:Archie Zielinski]] and [[pn:Ella Osei]] (Year 4). Their first job: the lunch menu. Wish them luck.",
  "Staff news 💐 Mrs [[sn:Frost]] begins her maternity leave at October half term – we wish her and the bump all the best! Her Year 6 class will be taught by Mr [[sn:Gareth Lloyd]] until the summer. And a big thank you to [[sn:Sam Booth]], who gave up his own Saturday to fix the fence behind the pond.",
  "Some families on Oakfield Road and Gloucester Road have received leaflets this week headed '[[ht:THORNBURY IS FULL – THEY'RE NOT REFUGEES, THEY'RE INVADERS]]'. We want every family at Oakfield, including the families who have found safety here from Afghanistan, Syria and Ukraine, to know that they are welcome. If your child has questions, please talk to their class teacher.",
  "For transparency: [[cs:a Year 4 boy has been suspended for three days after bringing a kitchen knife into school in his bag]]. Nobody was hurt and the knife was never taken out. We will be talking to all classes about why knives must never come into school.",
  "It's Road Safety Week 🚸 Year 1 and 2 practised crossing with our police community support officer, and Year 6 heard how a car at 30mph hits a child with far more force than one at 20. Please, please slow down on Oakfield Road at drop-off. Kill your speed, not a child.",
  "Online safety alert. A Year 5 pupil was sent this message by a stranger in a Roblox game last weekend: '[[th:ur dead when i find u irl, i know ur school]]'. The child did exactly the right thing and told a parent straight away. Please check your child's privacy settings and make sure they know they can always tell you.",
  "Year 4 families: [[cs:[[pn:Kai Nguyen]]'s grandmother passed away at the weekend, and he will be off school until Thursday]]. Please be gentle with him when he comes back. 💙",
  "The Book Fair is in the library all next week 📚 Books from £2.99, and every book bought earns free books for the school. Year 3's holly and ivy wreaths, made from old book pages, are on the same stall for £1.",
  "Stars of the week 🌟 Reception: [[pn:Lottie Tran]] for tidying up without being asked. Year 1: [[pn:Summer]] for brave reading. Year 2: [[pn:Nia Chowdhury]] for kindness. Year 3: [[pn:Yusuf Dawson]] for his Stone Age cave painting. Year 4: [[pn:Grace Okafor]] for never giving up. Year 5: [[pn:Muhammad Rahman]] for his times tables. Year 6: [[pn:Esme Ashworth]] for helping in Reception. Will they all be on the leaderboard by Christmas? We hope so!",
  "Christmas Jumper Day is Thursday 10 December 🎅 Wear a festive jumper (or a T-shirt with tinsel!) and bring £1 for Save the Children if you can. Please don't buy anything new – the PTA jumper swap is on the playground on Monday and Tuesday after school.",
  "Our carol service is at St Mary's Church on Thursday 17 December at 6pm. The Year 5 and 6 choir will sing 'In the Bleak Midwinter' and 'Hark! The Herald Angels Sing', and all of KS2 will join in 'O Come, All Ye Faithful'. Mince pies afterwards in the church hall.",
  {
    text: "Reception's first trip! 🎃 Willow and Hazel classes visited the pumpkin patch at Tockington Farm, where they picked a pumpkin each, met two enormous pigs and learned that pumpkins are a fruit. Nobody fell in the mud. Almost nobody.",
    images: [["Isla Murray", "Rhys Parry", "Lottie Tran"]],
  },
  "A member of our teaching staff has asked us to share this. At pick-up on Tuesday a parent told Mrs [[sn:Karimi]], in front of children, to [[ht:[[bu:go back to Kabul if you don't like how we raise our kids]]]]. Mrs [[sn:Karimi]] was born in Cardiff. We will not tolerate racist abuse of our staff, and the parent has been banned from the site.",
  "Following reports from a Year 4 family: some older pupils have been calling a Year 4 girl '[[ht:[[bu:the terrorist]]]]' because she wears a hijab. This has stopped, the pupils involved have been spoken to with their parents, and all of KS2 had an assembly this morning on respect for faith and dress.",
  "Year 4 spent Thursday at Thornbury mosque for Inter Faith Week 🕌 Imam Yusuf showed the children how Muslims wash before prayer, and they learned that the word 'Islam' is linked to the Arabic words for peace and submission. Next month we visit St Mary's, and in the spring the gurdwara in Bristol.",
  "Lost property 🧤 Our volunteer [[sn:Rachel Pearson]] has sorted the lost property mountain – 63 jumpers, 11 coats and one left wellington. Anything unnamed goes to the PTA swap on Friday. Lost a car key on a red lanyard at the fair? It belongs to a visiting grandad, who would love it back: [[pd:07700 900318]].",
  "Winter coats in school colours are now available from our uniform supplier: [[cm:order online at schoolwearhub.co.uk/oakfield by 20 November for delivery to school before Christmas]]. Please remember the PTA second-hand rail has coats from £2.",
  "Year 6 residential 2027 🏕️ Our Year 6s will spend three nights at [[pd:Kilvrough Manor, Parkmill, Swansea SA3 2EB]], from Monday 22 to Thursday 25 March. The total cost is £265, payable in instalments on ParentPay, and no child will miss out for money reasons – please speak to Mrs [[sn:Grant]] in confidence.",
  "The school was vandalised again over the weekend. The words '[[th:THIS DUMP WILL BURN]]' were sprayed across the hall doors, and two windows in the Year 3 classroom were smashed. The police are treating it seriously. If you live nearby, please keep an eye out and report anything suspicious on 101.",
  "A reminder that dogs are not allowed on the playground or at the gate at drop-off and pick-up, however friendly. Several children are frightened of dogs, and a child was knocked over last week. Please tie dogs up well away from the gate.",
  "Well done to our cross-country runners at the South Glos championships! 🏃 [[pn:Freya Nowak]] came 3rd in the Year 6 girls' race and [[pn:Rohan Chowdhury]] 5th in the boys'. Both qualify for the county final in January. The mud was knee-deep.",
  "Attendance matters – but so does staying home when you're poorly. If your child has been sick or had diarrhoea, please keep them off for 48 hours after the last episode. Mark your calendar: the last day of term is Friday 18 December, finishing at 1.30pm.",
  "A hard frost this morning ❄️ The playground was gritted at 7am by Mr [[sn:Booth]], but the steps by the Year 1 door are still slippery, so please use the main gate. Wellies in a bag are a good idea this week.",
  "Dear families, what a term it has been. Thank you for your kindness, your patience with the roadworks and your extraordinary generosity at the fair (£3,480!). Have a peaceful Christmas and a happy new year. School reopens on Tuesday 5 January. [[sn:David Hughes]], Headteacher",
  "Christmas lunch is on Wednesday 16 December 🎄 Roast turkey or a vegetarian Wellington, with halal turkey for children who need it, roast potatoes, pigs in blankets (or veggie ones), sprouts for the brave, and Christmas pudding or chocolate sponge. £2.60, free for KS1 and FSM pupils.",
  "Some of you will have heard that a parent was racially abused at the school gate on Tuesday afternoon. We will not repeat what was said. The person responsible is not a member of our school community, and the incident has been reported to the police. Thank you to the parents who stepped in.",
  "Year 6: please note that [[cs:[[pn:Bobby Dunne]] may only be collected by his grandparents, and not by his father]]. If anyone else arrives for him, staff will keep him inside and call the office.",
  "We remembered this week with Year 6's reading of Wilfred Owen's 'Dulce et Decorum Est': 'Gas! GAS! Quick, boys!' and the soldier 'guttering, choking, drowning'. They were very quiet afterwards. Several said they understood for the first time why their great-grandparents never talked about the war.",
  "Year 6 are studying the Blitz this half term. On Thursday they crouched in a mocked-up Anderson shelter on the field while a recording of the air-raid siren played, then listened to a Bristol woman describing the night in 1940 when her street was bombed and two of her neighbours were killed. The questions afterwards were some of the best we have ever heard.",
  "Friday newsletter – 27 November 📰 What a fortnight. Anti-Bullying Week ended with Odd Socks Day and a kindness tree in the hall covered in 600 paper leaves. Year 6 finished their Blitz topic with a blackout evening: torches, ration-book recipes and a talk about the bombs that fell on Bedminster and Knowle. Year 4 learned how the Romans attacked a fort in tortoise formation, and proved it works in the playground with bin lids. Year 2's science week ended with an egg-drop challenge from the top of the climbing frame; four eggs survived, twenty-six did not. Reminders: the flu vaccine catch-up is on Tuesday; head lice are doing the rounds in KS1, so please keep combing; and Christmas Fair donations to the office, please. Parking: the zigzags on Oakfield Road are there to keep children alive. Please don't stop on them, even 'just for a minute'. Finally, a big welcome to the three families who joined us from Ukraine this month – we are so glad you are here. Have a lovely weekend.",
  "An answerphone message left on the school phone overnight has been passed to the police. The caller said: '[[th:tell that headteacher I know which school his kids go to]]'. We take the safety of all our staff seriously, including the people who lead the school.",
];

export const COMMENTS: Source[] = [
  "Lovely to have them back! Will after-school club start this week or next week?",
  "Welcome Mrs [[sn:Karimi]] and Mr [[sn:Walsh]]! 😊\n> [[ht:[[bu:Another one who can barely speak English teaching our kids]]]]. Brilliant.\n> She's from Cardiff, Pete. Her English is better than yours.",
  "Good to know they practise it. My eldest said they had to hide under the tables as quiet as mice and she thought it was a game of sardines.",
  "You'll want to practise that drill a lot, the way the office speaks to parents. [[th:One of these days it won't be a drill]].",
  "[[ht:Shanah tovah to the people who own the council, the banks and now apparently our school newsletter]] 🙄",
  "My grandad was Jewish and we always had apples and honey at this time of year. Lovely to see it in the newsletter ❤️",
  "Brilliant idea, my mum struggled at parents' evenings years ago.\n> Interpreters paid for by us. [[ht:If they can't be bothered to learn the language they can't be bothered to raise their kids properly either]].\n> Some of these families have been here six months, Gaz. Give them a chance.",
  "Dziękuję! My husband will finally understand what the teacher says about our son 😊",
  "Absolutely battered them! Proud of the whole team, the keeper was unreal in that shoot-out 🧤",
  "Genuine question: [[ht:apart from knife crime, what exactly has Black History Month got to celebrate]]?",
  "My daughter came home talking about Walter Tull all evening. Didn't know he played for Spurs and was an officer. Brilliant stuff.",
  "Her grandmother's journey from Lagos? [[ht:[[bu:Bet it was on a stolen passport]]]] 😂",
  "Does the injection have gelatine in it too? We're Muslim and want to check before we sign.",
  "> It doesn't, my son had the injection last year. Ask the nurse on the day.\n> [[ht:Course it's all about what the Muslims want again. Rest of us just get on with it]].\n> Er, it's a box on a form, Trev.",
  "Thanks for sharing the numbers 💚\n> Some of the mums on here could do with ringing them lol\n> Tasha you especially. Actually don't bother ringing, [[th:[[bu:just walk into the Severn and save us all the hassle]]]]\n> Reported.",
  "Maybe if the office did their jobs people wouldn't ring up [[pr:pissed]] off. [[th:I know a few people who'd happily wait for her in the car park too]].",
  "Disgusting. The office ladies are the kindest people in that building. Whoever it was should be ashamed of themselves.",
  "My husband grew up in Thornbury in the 80s and heard that word every single day. Thank you for painting over it so fast and for saying it out loud.",
  "Fireworks till midnight for a week, [[ht:curry stink down the whole street, and now it's in the schools. Thornbury's turning into Leicester]].",
  "Happy Diwali! 🪔 The rangoli in the hall is stunning. Thank you to the mums who cooked, my son hasn't stopped talking about the jalebis.",
  "Remember remember! We're off to the Thornbury display to blow our savings on hot dogs. Sparklers are lethal though, I've still got the scar from 1994 😂",
  "My great-grandad was killed at Passchendaele at nineteen. Thank you for teaching them his generation's names.",
  "Great cause! 🐻 [[cm:I've got Pudsey ears and spotty onesies for sale, £5 each or two for £8, message me]]",
  "Will there be stalls for local businesses? I'm a Scentsy consultant and would love one! [[cm:Shop my Christmas range at scentsy.co.uk/sarahglows]] #scentsy #mumboss",
  "[[ht:Hanukkah in the newsletter now. Wonder which of them paid for the new library, they do like to have a hand in everything]] 🤔",
  "So proud of all of them 😭⭐\n> [[bu:Mary forgot every single line 🙄 thick as mince that one]]\n> Leave it out Jodie, she's four.",
  "Herod stole the show 😂 'Kill every baby boy in Bethlehem!' in the tiniest voice you ever heard. Genius casting.",
  "Congratulations Mrs [[sn:Frost]]! 💕 We'll miss you.\n> Mr [[sn:Lloyd]] covering her class? [[sx:He can cover me any time]] 😏\n> Behave 😂",
  "Horrible leaflets.\n> [[ht:Nothing in it that isn't true though. Eighty fighting-age men in a hotel down the road and we're all supposed to smile]]\n> Report it to the police, Kev.",
  "[[th:If that boy is in the same class as my son after half term I'll deal with him myself, and I won't be gentle]].",
  "Glad it was dealt with quickly. The knife-crime talk at my daughter's secondary really shook her, they need to hear it young.",
  "Hope the bloke in the white Audi who does 50 past the gate every morning reads this. [[th:One morning he'll come out and find that nice Audi hasn't got any windows left]].",
  "Someone's going to get killed on that bend, it's only a matter of time. Please can we have a lollipop person back?",
  "Thanks for this. Does anyone know how to turn off chat on Roblox? My son is 8 and I had no idea strangers could message him.",
  "[[sx:What a beautiful little girl, the one with the curly hair 😍 is she on insta? Would love to send her a little present]]",
  "So sorry to hear this. Sending love to the whole family, and a big hug to the little man 💙",
  "[[bu:Star of the week for [[pn:Yusuf]]? For what, turning up?]] 🙄",
  "Is the tombola cash only?\n> Ask Leanne, [[bu:she'll have spent it all on lashes by then]] 😂\n> [[bu:Leanne's youngest always looks like he's been dragged through a hedge backwards]]\n> Both of you grow up.",
  "Wheelchair basketball sounds great. But [[ht:can we stop pretending every class needs three kids with 'needs' dragging the rest down]]?",
  "My son is autistic and the quiet room has changed his life. He actually wants to go to school now. Thank you Oakfield 💙",
  "Anti-bullying week my foot. [[ht:It's a way to sneak the gay stuff in. Kids that age don't need to know what two blokes get up to]].",
  "There were two mums on our table at the quiz night, lovely couple. Kids don't care who's married to who, it's the adults who make it weird.",
  "Lovely photo. Meanwhile [[bu:the dad in the Crocs who parks on the zigzags every morning is a walking advert for the snip]]",
  "Got my five minutes with Mr [[sn:Holloway]] on Tuesday. [[th:He'd better have some better [[pr:f***ing]] answers than last year or he'll be leaving that classroom in a different shape]].",
  "Five minutes per child is a joke. I waited forty minutes past my slot and then got rushed out. Not good enough, and I'll be saying so to the governors.",
  "Any chance the halal turkey could be cooked separately this year? Last year my daughter wasn't sure and just had the veg.",
  "Thank you for doing halal turkey again, my two are so excited 🎄\n> [[ht:[[bu:If you want halal go back home and eat it there]]]]\n> Nice, Dean. Real Christmas spirit.",
  "Funny how the school can afford new staff when they let me go in July. [[th:Mrs [[sn:Grant]] knows what she did. I still drive past her house most nights]].",
  "Bit over the top for a primary school isn't it\n> Imagine being this scared of a drill 😂\n> Debbie [[bu:nobody asked]], [[th:[[bu:go and have a lie down on the railway line at Patchway]]]]",
  "Roblox is a nightmare. Someone told my son he'd 'hunt him down and destroy him' last night – in a zombie game where that's literally the point 😂 Still turned chat off.",
  "Year 4 [[pr:bloody]] bottom of the reading league again. Mrs [[sn:Doyle]]? [[bu:That woman couldn't teach a dog to sit, and she dresses like she's off to a hen do]]",
  "[[th:That spaniel that yaps at the gate every morning. Someone should give it a sausage with something extra in it]].",
  "[[th:Tell the [[pn:Rahman]] boy if he pushes my daughter off that climbing frame again he'll find out what a real push feels like]].",
  "[[th:Keep charging £265 for trips and one night that portacabin might just go up. Old wiring, isn't it]] 😉",
  "[[th:ur all gettin shanked at the christmas disco 🔪]]",
  "[[th:Miss [[sn:Reid]]'s little blue Corsa is always parked in the same spot by the fence. Be a shame if that fence came down on it]].",
  "Well done both! 🏅\n> The [[pn:Evans]] girl should've run, she's quick\n> [[bu:The [[pn:Evans]] girl is the size of a wardrobe]], [[th:[[bu:she should do everyone a favour and stop eating altogether]]]]\n> What is wrong with you, she's eleven.",
  "[[th:My brother's out of Horfield next month. He's already heard all about Mr [[sn:Hughes]] and that exclusion]].",
  "Whoever reported my car to the council for parking on the zigzags – I know it was one of the Year 2 mums, and [[th:when I find out which one she'll be needing an ambulance, not a parking space]].",
  "Can we have a uniform swap more than once a year please? Coats are so dear.\n> Or just buy your kids coats like the rest of us\n> [[bu:Says the woman whose kids wear last year's shoes with the soles hanging off]]",
  "Can someone have a word with the dinner lady who shouted at my son on Tuesday? [[bu:Miserable old troll with a face like a wet weekend]].",
  "[[bu:Mr [[sn:Cartwright]] is the rudest man I've ever met and his breath could strip paint]]",
  "Great that Year 4 went to the mosque. [[ht:Give it ten years and our lot will be the ones visiting as guests in our own town]].",
  "Happy Black History Month everyone [[ht:🐒🍌]]",
  "[[ht:Half of Year 3 is Polish now, no wonder the reading scores are in the [[pr:shitter]]]]",
  "Just asking – [[ht:are the new Romanian kids going to be checked for nits and TB before they sit next to ours]]?",
  "[[ht:Make sure the raffle prizes are locked up tight, the caravans are back on Morton Way]]",
  "Hope none of it goes to the [[ht:pikeys]] on the site, they've got bigger vans than me",
  "New TA in Year 1 uses 'they/them' 🙄 [[ht:[[bu:it's a bloke in a cardigan, stop making the kids lie]]]]",
  "[[th:[[ht:Every one of those Diwali fireworks should be pointed back through their letterboxes]]]]",
  "Fourth INSET day this term?? Some of us have jobs. I love the teachers, but whoever plans the calendar needs a word with themselves.",
  "We hope the harvest boxes reach the food bank before the cold snap. My two insisted on saying grace before tea all week after that assembly 😂",
  "Well done to all the runners!\n> [[bu:the Chowdhury lad runs like a shopping trolley with a wonky wheel]] 😂\n> He came FIFTH in the county, Kerry.",
  "The fire safety talk had my son explaining 'stop, drop and roll' to the whole family over tea. Great teaching.",
  "Absolutely furious that the Year 5 trip was cancelled with two days' notice. We'd paid, taken time off work and bought a packed lunch. This is not how you treat families. I expect a full refund and an explanation.",
  "The bomb-disposal robot at the careers fair was the highlight of my son's year. He now wants to blow things up for a living (safely, he says).",
  "Can I just say, as a dinner lady of eleven years, that most of you have no idea what lunchtime is like. Three hundred kids, forty minutes, one hall.\n> Thank you for everything you do, honestly. My son adores you all.\n> Agreed. The lunches are so much better this year too.\n> Nobody's saying it's easy, but my daughter came home with her lunch untouched three days running, and when I asked, one of you had told her to stop being fussy and eat it or go hungry. She has sensory issues, it's in her plan.\n> That's awful, have you spoken to the office?\n> I have. Twice. Nothing. So let me put it simply for whichever one of you it was. [[th:You speak to my girl like that again and you'll be eating your own dinner through a straw]].\n> Wow. Reported.\n> She has a point about the plan though.",
  "Our Year 6 read the names beautifully. Hard to hear 'killed in action' forty-three times and not cry.",
];

export const PERSONAL: Source[] = [
  "First day with my new Year 3s tomorrow! 🍎 Classroom ready, name labels done, forty-two glue sticks counted and hidden. Wish me luck.",
  "New job, new lanyard 😅 So proud to be starting as SENCo at [[id:Oakfield Primary]] this September. If you see a lost-looking woman with a clipboard on [[id:Oakfield Road]], that's me.",
  "First day of Reception for our [[pn:Isla]] 😭 She didn't even look back. Mummy, on the other hand... #[[id:OakfieldFamily]]",
  "ur little brother grassed on my cousin. [[th:tell him to walk home a different way from now on]] 👀",
  "year 7 chat lol 💀\n[14/09/2026, 19:02] Kayden: did u see the new kid in 7R\n[14/09/2026, 19:03] Brody: [[bu:the one with the [[ht:tea towel on his head]]]] 💀\n[14/09/2026, 19:03] Kayden: fr [[ht:[[bu:he looks like hes about to blow up the canteen]]]]\n[14/09/2026, 19:05] Lacey: stop it hes actually nice",
  "Parents' evening done 🍷 Highlight: a dad who told me his son's behaviour is 'just energy' while the boy was kicking my filing cabinet. [[bu:Genuinely the parenting skills of a garden gnome]]. [[pr:FML]].",
  "Year 5 Viking day: we raided Lindisfarne (the library), slaughtered the monks (cardboard), set fire to the longship (paper flames) and I was hit with a foam axe fourteen times. Best job in the world ⚔️",
  "Black History Month, Diwali, Hanukkah – lovely, honestly. But when do the kids get taught about the Tudors properly, or our own castle? Asking as a grandad, not a grump.",
  "Took the grandkids to the park and [[ht:it was all headscarves and prams. Not one English voice. Felt like a stranger in my own town]].",
  "Took my Year 6s to the war memorial this morning. One boy found his great-great-uncle's name – killed at the Somme at nineteen, two streets from where the boy lives now. He stood there for ages. So did I.",
  "Long post, sorry. My son has ADHD and has been at [[id:Oakfield]] since Reception. This year has been [[pr:shit]]. He's been kept in at every playtime, sent to the corridor, and his teacher talks to him like he's a dog. I've been to every meeting, filled in every form, waited eight months for CAMHS. I'm tired. I'm not asking for special treatment, I'm asking for someone to try. And one more thing. [[th:If Miss [[sn:Cole]] puts her hands on my son one more time to move him, she'll lose them]].",
  "Grandson's nativity: he was a sheep, bleated through every single song and waved at me in the middle of Silent Night. Best performance I've seen since Olivier.",
  "[[pn:ava]] [[bu:no one at school even likes u]], [[th:[[bu:go swallow ur mums pills and do us all a favour]]]]",
  "Lost my lanyard somewhere between the Co-op and [[id:Oakfield Road]] 🙈 If found please ring me on [[pd:07700 900734]], it's got my car key on it too.",
  "[[cm:Selling [[id:Oakfield]] uniform – two jumpers age 7-8 and a book bag, £3 each, collect from [[pd:BS35 2LT]]]]",
  "Lit the first candle tonight with the kids and their nan 🕎 The little one asked if the Maccabees had swords. I said yes, and a lot of olive oil.",
  "Nothing like being lectured about reading at home by [[bu:my son's new teacher, who looks about twelve and dresses like she got lost on the way to Glastonbury]].",
  "Year 4 mums 🙃\n[03/11/2026, 20:14] Kerry: has anyone else had the family tree homework\n[03/11/2026, 20:15] Dawn: yes, nightmare, half of ours are in Jamaica 😂\n[03/11/2026, 20:17] [[pd:+44 7700 900481]]: That Harper woman needs telling. Her lad's been kicking [[pn:Toby]] all week. [[th:Next time I see her at the gate she's [[pr:f***ing]] getting it]]\n[03/11/2026, 20:18] Kerry: calm down babe 😬",
  "Diya-making with my class today 🪔 One child explained Ravana's ten heads better than I ever could, and another asked if Rama had a sword or a bow. Both, apparently.",
  "new kid in our form is from afghanistan, [[ht:[[bu:hope he left the AK at home]]]] 💀",
  "I've had enough. Third time this term my son has come home in someone else's jumper, his water bottle's gone AGAIN and nobody replied to my email about his reading book. I know teachers are stretched, I know the office is short-staffed, and I'm not blaming any one person. But I'm emailing the head tomorrow, and if nothing changes I'm going to the governors. Not a threat, just a very tired mum ☕",
  "To whoever keeps taking the good glue sticks from the Year 2 cupboard: I will find you, and I will make you sit through my phonics training. Twice. 😇",
  "Attendance meeting again. [[ht:The site families have had their annual 'holiday' in term time, so that's the bottom ten sorted. Every single year]].",
  "[[sx:The new PE coach at pick-up in those shorts 🥵 I'll be volunteering for every single netball match]]",
  "[[bu:[[pn:ethan b]] is such a [[ht:f@g]] he cried at the disco]] 😂",
  "My daughter asked why her friend Amira wears a headscarf. We looked it up together and now she wants to borrow one for the day. Kids are brilliant.",
  "To whoever is sniffing round my ex at [[pd:14 Cedar Close]] – [[th:I know your car and I know your face. Enjoy them both while you've still got them]].",
  "In my day a teacher was a teacher. Now my grandson's got [[ht:[[bu:a man in a skirt reading him stories]]]] and we're all meant to clap. Not having it.",
  "we absolutely murdered st mary's at netball today 🔥🔥 killer shooting from jas, their keeper was in bits",
  "Staff night out 🍻\n[18/12/2026, 16:40] [[sn:Holly Reid]]: who's coming to the Boar's Head tonight?\n[18/12/2026, 16:41] [[sn:Kieran Walsh]]: defo. first round's on [[sn:Gareth]]\n[18/12/2026, 16:44] [[sn:Gemma T]]: Can't, marking. Also [[th:if the head does one more 'fun' attendance PowerPoint I'm setting fire to his car 🔥]]\n[18/12/2026, 16:45] [[sn:Holly Reid]]: 😂😂 noted",
  "To the mum of the girl in Year 5 who told my daughter she smells: [[bu:maybe teach your own daughter to wash first, she's the one the whole class holds their nose at]].",
  "The guy on the bonfire looked worryingly like my husband 😂 The kids made him out of his old jeans and a Rovers shirt. He's taken it well.",
  "Anti-Bullying Week: my Year 1s made kindness chains. One boy wrote 'I will not kill anyone's feelings.' I'm framing it.",
  "[[ht:remigration season 🇬🇧 starting with half my school]]",
  "[[ht:Why is it every time there's a Kristallnacht assembly nobody's allowed to ask questions about the numbers]]? Just asking.",
  "They've excluded my boy for five days for something three other kids did. Five days. No phone call, just a letter. [[id:Oakers]] think they can treat my family like [[pr:shite]] because we're from the estate. [[th:That new hall of theirs is all wood, isn't it. Funny old thing, wood]].",
  "year 6 gc 🙄\n[02/12/2026, 21:10] Jayce: [[bu:[[pn:orla]] is so ugly omg]]\n[02/12/2026, 21:11] Mollie: stoppp\n[02/12/2026, 21:12] Jayce: nah [[bu:she looks like a thumb with a fringe]] 😭",
  "Big thank you to the Romanian interpreter at parents' evening. First time in three years I understood everything about my son's progress. Mulțumesc! 🇷🇴",
  "Whoever's kid kicked our cat through the fence on Saturday – I've got the doorbell footage. [[th:Your little darling comes near my garden again and he'll be going home in an ambulance]].",
  "[[th:if they give me one more [[pr:fuckin]] detention im bringing my dads machete in and then well see who gets a detention]]",
  "Love how [[bu:a certain member of SLT does one lesson observation a year and walks round like she's Ofsted. Face like a smacked bum too]].",
  "Nice of the school to do Diwali. [[ht:Can't wait for 'bring a bomb to school day' for the other lot]].",
  "Can anyone recommend an 11+ tutor in Thornbury? Not selling anything, genuinely asking 😅",
  "[[cm:Christmas wreaths made to order 🎄 holly, ivy, fir and dried orange, £25. DM me or order at wreathsbyjo.co.uk]]",
  "Happy 12th birthday to our [[pn:Hope]] 🎂 born [[pd:30/11/2014]] at 4am in a snowstorm, and still not a morning person. We hope your last year at [[id:Oakfield]] is the best one yet 💛",
  "[[sx:the new ta at my little brothers school is actually peng, id let her put me in detention]] 😏",
  "Hard frost this morning, the marsh by the cycle path was white over. Will walk in tomorrow if it holds ❄️",
  "[[th:Mr [[sn:Fletcher]] leaves by the back gate at quarter past five every night, on his own down that lane. Something for him to think about]].",
  "[[th:if that yr 6 snitch says my name to the teachers again im waiting outside greggs for him 👊]]",
  "A dad told me today [[th:he'd put me through the staffroom window if his son misses one more playtime]]. Nine years teaching and that's the first time I've actually been scared to walk to my car.",
  "Guy Fawkes assembly done. Explained he was caught with 36 barrels of gunpowder under Parliament and sentenced to be hanged, drawn and quartered. A Year 2 asked if he got a detention as well.",
  "Took my mum to the Remembrance service. She cried at 'They shall grow not old'. My son asked why so many soldiers were killed and I didn't have a good answer.",
  "Son came home saying his friend Jaspreet's dad wears a kirpan, 'a tiny sword for protecting people'. He now wants to be a Sikh and a knight. We've been invited to the langar at the gurdwara on Sunday and he's beside himself.",
  "My daughter has Down's syndrome and started Reception this September. Three months in, she has a best friend, knows every dinner lady by name and has been invited to four parties. I was so scared. I needn't have been.",
  "End of term reflections, because it's been a long one 🎄 I've taught for fourteen years and this autumn was the hardest: a class of thirty-one, seven children new to English, two arriving mid-term with no English at all, and a new phonics scheme. And still. The little girl from Iași who said her first full English sentence in November ('Miss, I am finish my book') and then read the book to the whole class. The boy who told me his family 'ran away from the bombs' and then asked if he could be Joseph in the nativity. What I won't miss: the dad at parents' evening who said, in front of his own son, that [[ht:these Romanians breed like rabbits and expect us to pay for it]]. I smiled, wrote nothing down, and went and cried in the staff toilet. Teachers hear more than you think. Anyway. Mince pies, sleep, and back in January. Thank you to every parent who said thank you. It matters more than you know.",
  "Grandson says his best friend has two dads and they make the best pancakes in Thornbury. In my day we wouldn't have talked about it, and more fool us.",
];
