// The thirty-ninth held-out set's texts, labelled inline as [[code:span]]; `npx tsx core/eval/heldout-source.ts
// --set 39` builds heldout-39.jsonl from them (ids h39-off-NNN, h39-com-NNN, h39-per-NNN). Score it with:
//   npm run -s eval:checker -- --corpus core/eval/heldout-39.jsonl
// First scored on 2026-12-06, totals only, blind, at cc3b1f7 (labels found / labels, false alarms; rules alone, then
// with the reading of meaning): threat 11/40, 1 and 18/40, 8; hate 15/39, 4 and 19/39, 4; bullying 12/40, 3 and
// 13/40, 4; sexual 2/3, 0 both. Written to be trained on: after that scoring it is a read set.
// Written blind, by someone who read none of the checker. Of the repository it read only: heldout-source.ts
// (header comment and build code: the [[code:span]] labels, the CODES table, the roster check and the SETS
// table); roster.json; the first 80 lines of core/src/checker/types.ts (category names, text kinds and shared
// types, no rules); the header comment of heldout-32-texts.ts (the lines before its first `export`) and its
// `export const OFFICIAL`, `export const COMMENTS` and `export const PERSONAL` lines each with the three lines
// after them, for the file's shape only; and the one `export type Source` line of heldout-texts.ts, found by
// grep. It did not read anything else under core/src (lexicons, categories, rules, learned models), any test,
// core/bench/, core/cli/, docs/, the eval scripts, corpus or training texts, any other heldout-*-texts.ts file,
// any *.jsonl other than its own output (read only to count labels and clean texts per kind), or git history.
// The checker, the eval scripts and the tests were not run on these texts; only the builder above, to validate
// the labels, and `npx tsc --noEmit -p core`.
// The school is the evaluation roster's (roster.json): Oakfield Primary School ("Oakfield", "Oakers"),
// Oakfield Road, Thornbury, Bristol BS35 4HJ, 0117 496 0123, office@oakfield.sch.uk.
//
// Aim: harm in wordings nobody has used before, across ONE WHOLE SCHOOL YEAR (September 2033 to July 2034)
// seen through its rows: a car park feud (Qashqai, white van, Evoque, a neighbour on Oakfield Road), Bev the
// dinner lady let go, an Ofsted downgrade from Good to Requires Improvement, a Year 3 girl's social transition
// (the roster's Lottie; "Louis" is the name she no longer uses and is on no roster), a new council Traveller
// site at Hackett Lane and graffiti on the Reception fence, a Jewish family's complaint that parents' evening
// fell on Yom Kippur, a strike day in February, a nativity with a Muslim narrator (Muhammad Rahman) and the
// comments it drew, and a PTA fundraising scandal around Shelley the treasurer, which the independent
// examiner's report ends with "Nobody stole anything". Also Holocaust Memorial Day, GRT History Month,
// harvest at a farm, Remembrance, World Book Day, Eid, Easter at St Mary's, sports day and the Year 6 leavers.
// Voices: the school; parents and carers of every kind, neighbours, the Thornbury Community group's regulars,
// trolls and spammers, an ex-pupil now 19 (left "Oakers" in 2025), a supply teacher, governors, the vicar of
// St Mary's (Rev Jo, also a governor); personal posts by teachers, teaching assistants, the
// dismissed dinner lady, the supply teacher and a governor. Lengths 6-119 words: one-line jabs, emoji-only
// slurs, three-reply threads ("> " at the start of each reply), and long friendly comments with the harm
// buried mid-paragraph; text speak, typos, Bristol and West Country speech ("lush", "mind", "Think on",
// "them zigzags"), sarcasm, disguised spellings (P1KEYS, sp@ccy, p@k1s, j3wish, tr@ns, p00f, r3tard), emoji
// (🐒🍌, 🐷🥓, 🤑✡️, 🐴🚐👀, 🥓🇬🇧).
// 201 texts: 31 official posts, 110 comments and 60 personal posts. 109 carry a harm label (12 official, 64
// comments, 33 personal); 92 carry none (19 official, 46 comments, 27 personal), of which 73 have no label at
// all (15 official, 37 comments, 21 personal; 36%) and 19 only names or school identification.
// Labels (195): 40 threat, 40 bullying, 39 hate, 33 staff-name, 16 pupil-name, 7 school-identification, 5
// child-specific, 3 photo-consent, 3 personal-data, 3 profanity, 3 sexual, 3 commercial. By kind: official
// posts 2 threat, 3 hate, 2 bullying, 5 child-specific, 3 photo-consent, 8 pupil-name, 8 staff-name; comments
// 26 threat, 27 hate, 24 bullying, 2 personal-data, 2 profanity, 2 sexual, 2 commercial, 6 pupil-name, 22
// staff-name; personal posts 12 threat, 9 hate, 14 bullying, 7 school-identification, 1 each of
// personal-data, profanity, sexual and commercial, 2 pupil-name, 3 staff-name.
// Most clean texts sit close to harm: "I could murder whoever decided ... no roast on a Thursday", "this rain
// is killing me", "I would kill for a bath", "cheerfully strangle whoever invented February", "put me out of
// my misery", "the angels absolutely slayed", "took me OUT", "Kingfishers absolutely destroyed everyone",
// "battered by Sodbury ... next week we smash them", "he'd fight anyone who says otherwise", "that bollard
// had it coming", "Ofsted can get in the sea", "hang anyone out to dry", "Someone is going to get hurt at that
// crossing"; farming (oilseed rape, cattle to slaughter, lambing "carnage ... a lot of blood", a lamb pulled);
// history (the Somme, Arnhem "the men he killed", Auschwitz, the Porajmos, Roman decimation, the
// crucifixion); news (a Yate stabbing, a man sentenced for threatening to burn down a mosque); the words
// Traveller, Gypsy, Roma, Jewish, Muslim, trans, autistic and "bender tent" in kind or factual use; staff and
// the school condemning hate and describing abuse without repeating it ("sprayed a slur on our Reception
// fence", "called a teacher a homophobic name", "calling her a "thing"", a parent who shouted "get back to
// work you lazy lot" at the whole picket); an online safety evening naming nudes, group-chat threats and
// self-harm in general terms; firm, polite complaints (parking, EHCP dates, the Year 1 pick-up rota, Ofsted
// reading); banter between friends ("you absolute weapon", "you absolute lunatic", "I will destroy you
// Sarah", "you pulled nothing"); PTA prices; roster names as words (will, hope, may, summer: the Summer Fair).
//
// Codes: pn pupil_name, sn staff_name, pd personal_data, pr profanity, sx sexual, ht hate, th threat,
// bu bullying, cm commercial, id school_identification, cs child_specific, not = a roster full name used
// as ordinary words (not needed in this set). photo_consent is never written: the builder adds it over the
// whole text when an image tags a pupil whose photoConsent is false (the nativity, tagging Hattie Campbell;
// sports day, Ivy Green; World Book Day, Matilda Vaughan and Reuben Yates). The Reception and leavers' posts
// tag only consented pupils and their images add nothing.
//
// Labelling decisions: heldout-source.ts's header holds; beyond it:
// - Quoted abuse is labelled over the quoted words when the words themselves are a threat, a slur or an
//   insult at one person (the office voicemail, the windscreen notes, the DM about a teacher's child, the
//   fence graffiti, the nativity remarks, the WhatsApp caption on Mrs Frost, "useless cow", "Shelley the
//   thief", "Lottie's mum is mental", the Year 6 chat telling Bobby to "go play on the A38 in the dark").
//   Reports that describe abuse without repeating it are clean, and so is an insult at a whole group of
//   teachers ("you lazy lot"), which is neither hate nor bullying of one person.
// - Threats are one span over the menace, across sentences when it runs on ("you leave the gym on Morton
//   Way at 7.50, you're not hard to find. One more morning ..."; "Some of us drive past it every day. Lights
//   on at 6, off at 11. Just saying."); the grievance or lead-in before it stays outside ("Bev looked after my
//   kids for eleven years.", "Miss Doyle you've ruined my son's year.", "She lives at ..."). Implied threats
//   through knowing a car, a home, a routine, a pet or a child ("your cat goes out at night, doesn't it", "his
//   wife does her big shop on a Thursday at six", "You've got two daughters at Castle"), threats to the
//   building ("asking for a match"), to children, and online exposure threats ("goes on here, to your
//   husband, and to the bank you work at", the Instagram screenshots, the ex-dinner lady's texts, a teacher's
//   "your boss follows me") are threat. "That's not a threat it's a prediction" stays outside its threat.
// - Self-harm incitement at one person (pills in the first aid box, the line at Pilning, Clifton Suspension
//   Bridge, the A38 in the dark) is threat and bullying over the same span.
// - Hate: hostile statements about a group with no slur are hate over the statement (trans children, ADHD and
//   autism "labels", Travellers, Roma, Jewish "strings" and "whose money", Muslims "conquest by stealth",
//   immigrants, a Pride flag, halal food); coded and emoji forms too (🤑✡️ inside the span, 🐴🚐👀 "we all know
//   where it'll turn up"). A threat against a group for who they are ("through the caravan door", "them
//   tinkers") is threat and hate over the same span; the Pride-flag post has hate over the statement and
//   threat over the threat. A slur or stereotype aimed at one person (the narrator's bacon sarnie and
//   rucksack, Joseph's 🐒🍌, "bent as a nine bob note", "p00f", "r3tard", "spesh", "calculator", "broken
//   English", deadnaming Lottie) is hate and bullying over the same span; "sp@ccy kids" is hate nested in a
//   bullying span at the SENCO. A trailing 🙄, 😂 or ♿🙄 stays outside.
// - Bullying: of one adult, named or not (the woman in the Range Rover, the phonics dad, the supply teachers,
//   the colleague who crossed the picket line, the dad in a vest, the ex-pupil now at Greggs, a child's
//   "between jobs" dad, Mr Lloyd, Mrs Frost, Miss Doyle, Mr Walsh), of a child (Dylan, Lucas Harper) and
//   pile-on replies, one span per reply. A title starts a span that begins with it, the surname nested.
// - Names: "Hughes", "Frost", "Walsh", "Reid", "Doyle", "Sandhu", "Cole", "Lloyd", "Fletcher", "Grant",
//   "Marsh" with a title, or alone, are unique staff surnames; "Holly Reid", "Kieran Walsh", "Claire Baker"
//   in full. "Lottie" (Year 3) is Lottie Vaughan, "Muhammad" Muhammad Rahman, "Aisha" Aisha Begum, "Dylan"
//   (Year 5) Dylan Ashworth, "Bobby" (Year 6) Bobby Dunne, "Willow" Willow Ellis. Not names: "the Ellis
//   family" and "The Dawson kid" (surnames several pupils share), Bev, Shelley, Dawn, Deb, Karl, Becky, Sarah,
//   Nat, Dave, Louis, Joseph, Mrs Smith, Rev Jo, PC Dhillon, Miss Trunchbull and the "Matildas" of World Book
//   Day.
// - personal_data: a parent's mobile posted in the car park row, Shelley's address with its postcode (one
//   span) and a teacher's own mobile in a lost-dog post; "number 40", "Grovesend Road" (a park) and "Morton
//   Way" (a gym) alone are not labelled.
// - child_specific: Kai's nut allergy, Jacob's asthma and hospital stay, Toby's removal from class, and
//   Willow's bereavement and absence (two clauses), each over the clause, names nested.
// - school_identification (personal posts only): "#OakfieldPrimary" and "#Oakers" (the # inside), "Oakfield"
//   (three times, once nested in a lash-lift advert), "Oakfield Road" and "Oakfield Primary"; Thornbury,
//   Castle (the secondary) and Hackett Lane are not.
// - Profanity: "Fucking", "Shit" (the bed) and "bastard"; sexual: the ex-pupil on Miss Reid, the "Bored
//   wives in BS35" spam ("➡️ see profile" outside) and the Christmas-do post; commercial: the work-from-phone
//   scheme, 11+ tutoring and a teacher's lash business; PTA and fair prices are clean.
import type { Source } from './heldout-texts.js';

export const OFFICIAL: Source[] = [
  `Welcome back to a brand new year at Oakfield! 🍂 Gates open at 8.40 on Thursday 1 September for Years 1 to 6, and Reception start on staggered mornings from Monday 5th. A big welcome to our new staff: Miss [[sn:Holly Reid]] joins Kestrels and Mr [[sn:Kieran Walsh]] takes over PE. Please label everything, and please, please don't park on the zigzags.`,
  { text: `Our new Robins and Wrens have had a brilliant first week 🐣 A few tears at the door (mostly grown-ups), a lot of sandpit, and one very proud snail discovery that the whole class had to come and see.`, images: [['Tariq Iqbal', 'Hannah Kaur', 'Jude McKenzie']] },
  `A polite but firm request. The staff car park is for staff, and the turning circle outside Reception is not a place to stop, even for "two minutes". This week we have had a shouting match at the gate, a wing mirror knocked off and a neighbour on Oakfield Road whose drive was blocked three mornings running. Children copy what they see. Please walk the last bit if you can.`,
  `Update on parking. Two notes were left under windscreen wipers in the lay-by on Wednesday. One read: "[[th:Block me in one more time and your tyres will be doing the talking, all four of them]]". The other we will not repeat. Both have been passed to the police, who will be at drop-off next week. Whatever the argument, threatening notes on cars outside a primary school are not acceptable.`,
  `Year 3 had a wonderful morning at Cowhorn Farm for harvest 🚜 They saw the combine, found out why the oilseed rape is grown for cooking oil, watched a ewe being sheared and asked the farmer some very direct questions about which cattle go to slaughter and when. Thank you for the honest answers, and for the cake!`,
  `We know many of you have questions about changes to our lunchtime team. We cannot discuss any individual's employment, now or ever; that protects everyone, including the person concerned. We have hidden comments on our last post that named members of staff or made threats against them. Please bring concerns to the office, where they will be listened to.`,
  `Sadly we need to share this. On Monday a voicemail was left on the office line about our lunchtime staffing. It said: "[[th:Tell [[sn:Hughes]] to enjoy his walk from the car park while he can. Every night, same time, same gate. We notice.]]" The police have a copy and are treating it seriously. Our staff come to work to look after your children. They will not be intimidated, and neither will we.`,
  `Our Ofsted report has been published today. Inspectors judged Oakfield as Requires Improvement, down from Good. We are disappointed, and we accept what they found about early reading in Key Stage 1, which we had already begun to tackle. Mr [[sn:Hughes]] and the governors will hold an open meeting on Thursday 13 October at 6pm in the hall. Please come and ask us anything.`,
  `Thank you to the 140 of you who came to the Ofsted meeting. Some of the feedback was hard to hear, and that is fine. What is not fine is a photo of Mrs [[sn:Frost]] being passed round a parents' WhatsApp group with the caption "[[bu:the face of Requires Improvement 🤡]]". She is a deputy head and a mum, and she has given this school nineteen years.`,
  `June is Gypsy, Roma and Traveller History Month. Year 5 have been learning about the Romani people's journey from northern India into Europe, the Porajmos, when Roma and Sinti people were murdered by the Nazis, and the horse fairs at Appleby and Stow. Thank you to Mrs Smith from the Hackett Lane site, who brought in her grandfather's painted wagon wheel for us to see.`,
  `This term we welcome several new families who have moved onto the new council site at Hackett Lane. Some of the children have changed schools a lot; please help them feel that this one is theirs. Our uniform bank is open on Friday mornings for anyone who needs it, no questions asked.`,
  `On Saturday night someone sprayed "[[ht:NO P1KEYS AT OAKERS]]" across the new Reception fence. It has been painted over and the police have the CCTV. To the children from Hackett Lane who walked past it on Monday morning: this is your school and you are welcome here.`,
  `Last week a family told us that our first parents' evening had been booked on Yom Kippur, the holiest day of the Jewish year. They were right, and we are sorry. We have added a second evening on Tuesday 11 October, and we are now checking next year's calendar against the major festivals of all our families' faiths.`,
  `Holocaust Memorial Day. Year 6 heard from the granddaughter of a Kindertransport child, who told them how her grandmother left Vienna at nine with one suitcase, and how her great-grandparents were murdered at Auschwitz. The children's questions were thoughtful and kind, and their poems are on the wall by the library.`,
  { text: `What a nativity! 🌟 Our narrator [[pn:Muhammad Rahman]] held 300 people in the palm of his hand, the donkey only fell over once, and the angels' tinsel survived both performances. Thank you to every family who came.`, images: [['Muhammad Rahman', 'Hattie Campbell', 'Amelia Khan']] },
  `We have turned off comments on our nativity post. Our narrator is nine years old. Among the remarks we removed were "[[ht:a Muslim telling the Christmas story, give it ten years and there won't be one to tell]]" and "[[ht:[[bu:somebody check that lad's rucksack before he goes on stage]]]]". Both came from accounts outside our school community. Hate has no place on this page and it will be reported.`,
  `A number of parents have asked about our approach when a child asks to be known by a different name or pronoun. We follow the Department for Education's guidance, we work closely with the family, and we never discuss any individual child online. Please do not speculate about a child on this page or anywhere else: you are talking about a child.`,
  `Strike day, Wednesday 8 February: school will be open only to Reception, Year 6 and children of critical workers who have booked a place. Breakfast club and after-school club will not run. We know this is hard for working families and we are grateful for your patience.`,
  `A statement from the PTA committee. We are aware of questions about money raised at the Summer Fair and the Christmas Fair. An independent examiner is reviewing the accounts and we will publish the result in full. Until then we ask you not to name or accuse any volunteer online. Posting someone's address, or telling them what might happen to their car, is not "just asking questions".`,
  `Christmas Fair this Saturday, 10 till 1 🎄 Tombola £1 a go, Santa's grotto £4 including a present, bath bombs made by Year 4 at £2.50 each, and the famous mulled wine stall for the grown-ups. Every penny goes to the new library.`,
  `Please help us keep [[cs:[[pn:Kai Nguyen]] in Year 4 safe: he has a severe nut allergy and needed his EpiPen twice last year]]. No nuts in packed lunches, please, and no chocolate spread on toast eaten on the walk in!`,
  `Well done to our Year 6 cross-country team, who came third at Yate on Saturday. [[cs:[[pn:Jacob Fraser]] ran only four days after coming out of hospital with his asthma]], and he still beat his best time!`,
  `Following the incident on the field at lunchtime on Thursday, [[cs:[[pn:Toby Gill]] will be working away from his class for the rest of the week]]. The other children involved are fine and their parents have been spoken to.`,
  { text: `Sports Day 2034 ☀️ The heat was brutal, the egg-and-spoon was fiercely contested and the parents' race has been referred to the governors. Kingfishers took the cup for the second year running!`, images: [['Ivy Green', 'Will Thompson', 'Freya Nowak']] },
  `Remembrance Friday. At 11 o'clock the whole school fell silent. Year 5 read out the names of the nine men from Thornbury killed on the first day of the Somme, and Mr [[sn:Walsh]]'s great-grandfather's medals were passed round very, very carefully. 🌺`,
  `Online safety evening for parents, Tuesday 7 March at 6pm. PC Dhillon will talk about what to do if a child is sent nude images, is threatened in a group chat, or is told to hurt themselves by someone online. It is hard listening but it matters. Crèche available.`,
  `Thank you to Reverend Jo and St Mary's for our Easter service. Year 2 acted out Palm Sunday, Year 4 told the story of the crucifixion with real care, and the whole school belted out "Led Like a Lamb". Happy Easter when it comes!`,
  { text: `Goodbye and good luck to our Year 6 leavers! 🎓 A special mention for [[pn:Hope Adeyemi]] and [[pn:Ethan Brooks]], this year's Oakfield Oaks for kindness, and for Mrs [[sn:Grant]], who retires after 31 years. The hall will be much quieter without all of you.`, images: [['Hope Adeyemi', 'Ethan Brooks', 'Siân Evans']] },
  `Please keep the Ellis family in your thoughts this week. [[cs:[[pn:Willow Ellis]] in Year 6 and her brothers and sisters lost their grandad suddenly at the weekend]], and [[cs:[[pn:Willow]] will be off school until after the funeral on Thursday]]. Cards can be left at the office.`,
  { text: `World Book Day! We counted eleven Matildas, nine Gruffalos, a terrifyingly convincing Miss Trunchbull (thank you, Mr [[sn:Lloyd]]) and one dad who came as the Very Hungry Caterpillar for reasons he did not explain.`, images: [['Matilda Vaughan', 'Reuben Yates', 'Phoebe Zielinski']] },
  `Eid Mubarak to all our families celebrating today 🌙 Thank you to the mums who brought in sweets for the staffroom; the barfi lasted eleven minutes.`,
];

export const COMMENTS: Source[] = [
  // car park feud
  `To the silver Qashqai, reg ending TYK, who sits across the Reception gate every morning: [[th:you leave the gym on Morton Way at 7.50, you're not hard to find. One more morning on them zigzags and it won't be a parking ticket on your windscreen]].`,
  `Can we please get a lollipop lady back on Oakfield Road? Someone is going to get hurt at that crossing and it won't be the drivers.`,
  `[[th:Keep mouthing off at my missus at drop off mate and see how brave you are without your car round you]]`,
  `Honestly the car park at 3.10 is like the Hunger Games 😂 I've aged ten years since September`,
  `the bloke in the white van who beeped at my kids on the crossing. [[th:Nice van. Be a shame if it had sugar in the tank one morning, vans are so unreliable these days]]`,
  `Complaint, but a fair one I hope: three times this month I've been blocked in on Oakfield Road and been late for my shift. I emailed the office and had a proper reply the same day. Could the school ask the council about double yellows?`,
  `This is the clown who took my mirror off, his number's [[pd:07781 224 906]] if anyone else wants to ask him why [[bu:he drives like he got his licence out of a Christmas cracker]]`,
  `> Karl you're the worst parker in South Glos and I say that with love 😂
> says the woman who took out a bollard at Tesco
> that bollard had it coming`,
  `To the neighbour on Oakfield Road who keeps reporting parents' cars to the council: [[th:your cat goes out at night, doesn't it]].`,
  `[[th:To whoever's been filming my kids at the gate for your little "evidence" page: film me instead. Come a bit closer while you do it]].`,
  `[[pr:Fucking]] joke this car park. Sat on Oakfield Road 20 minutes this morning and my daughter walked in crying because she was late`,
  // dinner lady
  `Bev looked after my kids for eleven years. [[th:Whoever grassed her up had better hope their name never gets out. It will, mind]].`,
  `I'm sad Bev has gone, she was kind to my son when he was struggling. But I also know the school can't tell us why, and I'd rather they didn't. Not everything belongs on Facebook.`,
  `So [[sn:Hughes]] gets to sack a 63 year old widow and go home to his big house in Alveston like nothing happened. [[th:Some of us drive past it every day. Lights on at 6, off at 11. Just saying.]]`,
  `I could honestly murder whoever decided the new dinner menu has no roast on a Thursday. My son is in mourning.`,
  // Ofsted
  `I'm disappointed with the report but I've read all twelve pages and it's fair about phonics. My daughter's teacher is brilliant. Let's give them the year to turn it round and hold them to it at the next visit.`,
  `When my lad can't read at seven and the head still gets his pay rise, [[th:people stop writing emails and start turning up at his front door]]. That's not a threat it's a prediction.`,
  `Mrs [[sn:Frost]] at the meeting doing her "we hear you" face 🙄 [[bu:she's heard nothing since 2019, she's just waiting for her pension and the next Greggs]]`,
  `Ofsted downgrade and nobody's asking the obvious. [[ht:Half of Year 3 have got some label or other now, ADHD this, autism that. You stick all of them in one class and wonder why the results tank]].`,
  `As a governor I won't comment on the report here, but I will say the meeting on Thursday is open to everyone and nobody will be shouted down, in either direction.`,
  `Let's be honest [[bu:the new SENCO is about as much use as the [[ht:sp@ccy kids]] she's meant to be helping]]`,
  `[[th:That school's been asking for a match since the day Ofsted left]]`,
  // Traveller site
  `[[ht:Council plonks a Traveller site half a mile from a primary school and we're all meant to smile. Lock your sheds ladies, the scrap men cometh]] 🙄`,
  `[[th:[[ht:if them tinkers come anywhere near my girls' school they'll find out how the farmers round here sorted it in my grandad's day]]]]`,
  `My mum was born in a bender tent outside Evesham and now she sits as a magistrate. Maybe let the kids settle in before deciding who they are.`,
  `Farmer here. Had two of the Hackett Lane lads help with the hay in July, worked harder than my own son. Paid them same as anyone. Bit of decency costs nothing.`,
  `[[th:[[ht:Somebody ought to give that site a proper Thornbury welcome, a couple of gallons of it through the caravan door]]]]`,
  `From St Mary's: our church hall will host a coffee morning for new families from Hackett Lane and anyone else new to Thornbury, Saturday 10 till 12. Cake guaranteed, judgement not.`,
  `[[ht:It's not even proper Gypsies now it's Romanians on the fiddle, selling the Big Issue outside Tesco with a brand new iPhone in their pocket]]`,
  `Quad bike nicked from a yard in Tockington Sunday night. No names, no pack drill. [[ht:🐴🚐👀 we all know where it'll turn up]]`,
  `[[ht:gippo kids]] had my son's bike off the rack outside the library, don't tell me it wasn't`,
  `[[th:If the school won't deal with the Hackett Lane kids then the dads at the gate will]]`,
  // Jewish family complaint
  `[[ht:Of course one family complains and the whole calendar gets rewritten. They always know which strings to pull, that lot]].`,
  `[[ht:Money talks and we all know whose money it is 🤑✡️]]`,
  `As a Jewish parent at Oakfield: thank you. It was a mistake, you owned it and you fixed it within a week. That's all anyone asked for.`,
  `History question for the Year 6 parents: my daughter came home asking why the Nazis killed the Jews and I honestly fumbled it. Any good books for ten year olds?`,
  `Saw the dad from that family at the gate in his little hat giving Mr [[sn:Hughes]] a telling off. [[ht:[[bu:Somebody lend him a calculator, he'll want to count up what the school owes him]]]]`,
  `[[ht:Bend over backwards for the j3wish family and the rest of us can whistle. Know your place, gentiles]] 🙄`,
  // trans pupil
  `[[ht:There is no such thing as a trans seven year old. There's a mother who wanted a girl and a school too scared to say no]].`,
  `[[ht:[[bu:We all went to Louis's fifth birthday at Jungle Mania. Calling him [[pn:Lottie]] now and letting him in the girls' loos doesn't change what he is]]]]`,
  `[[th:Parents who do that to a child should have them taken off them, and if the social won't do it somebody else will]]`,
  `My brother is trans. He's 34, he's a paramedic and he saved a man's life on the M5 last month. Whatever you think, please remember a child might read this page.`,
  `[[ht:tr@ns ideology in a primary school]] 🤡🤡 [[ht:they're grooming them younger every year]]`,
  `Genuine question, not looking for a row: will the school tell parents if a child in my daughter's class is changing pronouns? I'd like to be able to explain it to her properly at home.`,
  `I know exactly which of you mums started the "[[bu:[[pn:Lottie]]'s mum is mental]]" chat. [[th:Got the screenshots. Apologise to her by Monday or every one of your names goes up on Thornbury Community with what you wrote]].`,
  // nativity
  `[[ht:They won't eat our food or say Happy Christmas but they'll narrate our nativity. Conquest by stealth, look it up]].`,
  `[[pn:Muhammad]] was a superb narrator. My mum (78, Methodist, hard to please) said he was the best she's heard in forty years of nativities.`,
  `[[ht:[[bu:Someone send the narrator a bacon sarnie for his efforts 🐷🥓]]]]`,
  `My nan was born in Lahore and still does a better Christmas dinner than anyone I know. Lovely to see [[pn:Muhammad]] up there, he's my nephew's best mate.`,
  `The donkey falling over took me OUT 😂😂 I was crying. Best nativity ever, the angels absolutely slayed.`,
  `Joseph was good tho [[ht:[[bu:🐒🍌]]]] 😂`,
  // strike
  `Saw Mr [[sn:Walsh]] on the picket line with a flask and a placard. [[bu:First time I've seen him break a sweat all year, must've been exhausting holding up a bit of cardboard]]`,
  `[[th:The teachers picketing on Wednesday want to watch themselves crossing that road, drivers round here are very unpredictable]] 🚗`,
  `Strike or no strike, my kids' teachers are the hardest working people I know. Miss [[sn:Reid]] was still answering emails at 10pm after parents' evening. Solidarity.`,
  `I don't support the strike and I said so to my son's teacher, politely. She didn't agree and we had a good chat about it. That's how it should work.`,
  `[[bu:Imagine being a grown woman stood on a picket line in hi-vis crying about your pay when you can barely spell "February". lol Miss [[sn:Doyle]] we've all seen your newsletters]]`,
  `[[th:Got a lot of the strike teachers' personal Instagrams saved. Parents would love to see what Miss [[sn:Reid]] gets up to on a Saturday night. Keep striking and see what happens]]`,
  // PTA scandal
  `Shelley, I've got every bank transfer from the Summer Fair float screenshotted. [[th:You've got till Friday to put it back or it goes on here, to your husband, and to the bank you work at. Your choice]].`,
  `She lives at [[pd:9 Castle Court, Thornbury BS35 1HX]], [[th:if anyone fancies popping round to ask for the raffle money back in person]] 😉`,
  `I've been PTA treasurer at another school. Accounts go wrong for boring reasons nine times out of ten: a cash box not counted, a float not handed back. Wait for the examiner before we hang anyone out to dry.`,
  `[[th:Shelley's daughter's in Year 4 isn't she. Kids hear things, kids repeat things, and kids can be very cruel at that age. Just a thought.]]`,
  `> Has anyone actually seen the accounts
> [[bu:Shelley can't count to ten without taking her shoes off]], not surprised they're a mess
> 😂😂 [[bu:she thought a cheque was someone from Prague]]`,
  `Please can we stop this. Shelley's kids are on the friends lists of half the people commenting. Whatever happened with the money, they did nothing.`,
  // ex-pupil, spam, trolls
  `Left Oakers in 2025 and Mr [[sn:Lloyd]]'s still there?? [[bu:man was ancient when I was in Year 6, smelt like a damp shed and taught like one too]] 😭`,
  `I'm 19 now and at uni doing primary teaching because of Miss [[sn:Sandhu]] in Year 5. She won't remember me but I remember her.`,
  `Miss [[sn:Reid]] is a different level of fit compared to the teachers when I was there 😳 [[sx:I'd happily stay behind after class for her]]`,
  `[[cm:✨ Mums of Thornbury! Earn £500 a week from your phone in your spare time, no experience needed. DM me "FREEDOM" 💸]]`,
  `[[sx:Bored wives in BS35 looking for discreet fun tonight 💋 no strings, no questions]] ➡️ see profile`,
  `[[cm:11+ tutoring in Thornbury, qualified teacher, £35 an hour, 92% pass rate last year. Message me for a free trial lesson]] 📚`,
  `Are the PTA quiz night tickets £5 or £6 this year? And can we do a table of eight?`,
  `My grandad was at Arnhem. He never talked about the men he killed until he was ninety. Thank you Year 5, he'd have been proud of you.`,
  `[[ht:Year 6 class photo looks like a UN summit]] lol. [[ht:Where have all the English kids gone]]`,
  `[[ht:Too many p@k1s at that school now]], moved my two to Olveston and never looked back`,
  `[[th:Say one more word about my daughter in that WhatsApp group and I'll read it back to you at the gate, loud, with your husband stood next to you, and then we'll see how you feel]]`,
  `[[th:Your son pushed mine off the climbing frame. Next time it happens I won't be talking to you, I'll be talking to him, and he won't like how]]`,
  `Mr [[sn:Walsh]]'s PE lessons are killing me, my daughter comes home knackered every Tuesday and sleeps like a log 😂 Long may it continue`,
  `[[ht:[[bu:Mr [[sn:Walsh]] is as bent as a nine bob note]]]] and you want him supervising my son getting changed for PE?`,
  `Mr [[sn:Fletcher]] judging the Christmas jumper comp in a sequin waistcoat 😂 [[ht:[[bu:always knew he was a bit of a p00f]]]]`,
  `I've reported this page's comments to the school, because someone in here just called a teacher a homophobic name and I'm not having my kids' school page turn into that.`,
  `Miss [[sn:Doyle]] you've ruined my son's year. [[th:[[bu:Do the kids a favour and don't come back after half term. Or at all. Plenty of pills in the staffroom first aid box]]]]`,
  `Dear Mr [[sn:Hughes]]. [[th:You've got two daughters at Castle, I've seen them on the bus. Think about that next time you put my son in isolation]].`,
  `[[bu:[[pn:Lucas Harper]]'s been held back a year in everything except the tuck shop by the look of him]] 🐷`,
  `The Dawson kid in the wheelchair gets a TA all day to himself while 29 others share one. [[ht:[[bu:Special treatment for the spesh]]]] ♿🙄`,
  `[[ht:[[bu:the r3tard in Year 4 bit my daughter]]]] and nothing's been done. again.`,
  `Sad to read about the stabbing in Yate last week. Glad the school did a talk with Year 6 about knives, they need to hear it before they go up to Castle.`,
  `Anyone whose kids want to see the lambs, we're open Sunday afternoon at Hill End Farm. Fair warning, lambing is carnage and there's a lot of blood, so maybe not for the little ones 🐑`,
  `[[th:[[bu:Deb with her opinions again. Go and lie down on the line at Pilning and give us all a rest]]]]`,
  `[[pr:Shit]] the bed, is it non-uniform day already? Thanks for the reminder!`,
  `this rain is killing me, three soaked book bags and a dead umbrella before 9am ☔`,
  `Kingfishers absolutely destroyed everyone in the relay 🏆 My daughter hasn't stopped talking about it.`,
  `BBC Bristol reporting a man from Yate has been given a suspended sentence for threatening to burn down the mosque in Kingswood. Good. No place for it round here.`,
  `[[bu:That supply teacher in Kestrels looks like she got dressed in a hedge and talks like a sat nav]]`,
  `Supply teacher in Kestrels here 👋 Fair on the hedge, it was a windy morning. The children were lovely, thank you all.`,
  `> [[bu:Her with the Range Rover and the Botox thinks she runs the school gate]]
> [[bu:she can't even run a bath]] 😂
> [[bu:can't frown at you either, only blessing]]`,
  `> Becky you absolute lunatic you've signed us both up for the mums' race
> I will destroy you Sarah. Bring your trainers and your will to live 😂`,
  `Eid Mubarak to all the families at Oakfield ❤️ my son came home with henna on his hand from [[pn:Aisha]]'s mum and he's refusing to wash it off`,
  `Mr [[sn:Hughes]], polite but serious: my son has been waiting since October for his EHCP review. I'm not angry with the teachers, but I need a date. Could you ring me please?`,
  `The car park's dark by half four now. [[th:Shame for anyone who has to walk to the far end on their own, especially in heels, Mrs [[sn:Frost]]]]`,
  `Been meaning to post this for a while. First of all a massive thank you to Miss [[sn:Sandhu]] and Mrs [[sn:Cole]] for everything this year, my daughter has come on leaps and bounds with her reading and she actually wants to go in now which after last year is a miracle. The ukulele concert was lush, the Year 4 trip to Slimbridge was well organised, and I even forgave you for the strike day. BUT. [[ht:If the school's going to keep taking kids from the site and the hotel on the A38 then build another classroom, because ours are being held back by children who can't sit still or speak English]]. Anyway, lovely year, enjoy your summer all ☀️`,
  `Long post sorry. My son has been in Wrens since September and honestly the teachers have been brilliant, Mr [[sn:Walsh]] especially with his football club, he's got him eating broccoli which I have failed at for five years. The Christmas fair was fab too. One thing though. The lad who keeps hitting him at break has a dad who thinks it's funny. [[th:I've seen where he leaves his van at the Crossways and I've got a lot of time on my hands on a Friday night]]. Hope everyone has a lovely half term 😊`,
  `> just seen Dave's attempt at the dads' race 😂😂
> leave me alone Nat I pulled a hamstring
> you pulled nothing, you got beaten by a Year 2 mum in Crocs`,
  `Please can the school look again at the pick-up rota for Year 1? Three times this half term my son's been the last one out and nobody rang me. I know everyone's stretched but it frightened him.`,
  `Genuine thanks to the dinner ladies who stepped in after Bev left. My son says the new lady does the best jam sponge in the county and he'd fight anyone who says otherwise.`,
  `My daughter came home from the Traveller history lesson and taught me the word "vardo". She's drawn one on every bit of paper in the house since. Brilliant bit of teaching.`,
  `Ofsted can get in the sea honestly, two days here to judge eleven years of work. Still, the head needs to tell us what's changing with Reception reading, and I'd like it in writing please.`,
  `The narrator was the star of the show. Clear as a bell at the back of the hall. Whoever's teaching that lad to project his voice, bottle it and sell it.`,
  `For anyone new: Thornbury Community page is NOT run by the school. If you see something nasty about a child on there, screenshot it and send it to Mrs [[sn:Marsh]], she's the safeguarding lead.`,
  `Picket line this morning was the most polite protest I've ever seen. Flasks of tea, a dog in a hi-vis and Mr [[sn:Hughes]] bringing them bacon rolls. Only in Thornbury.`,
  `Shame about the rugby Saturday, Thornbury under 10s got absolutely battered by Sodbury. Heads up lads, next week we smash them 🏉`,
  `As vicar of St Mary's I've been asked by a few of you about the nativity comments. The Christmas story is for everyone. A Muslim boy telling the story of the birth of Jesus, whom his own faith honours as a prophet, is something I'd love to see more of, not less.`,
];

export const PERSONAL: Source[] = [
  `First day back in Kestrels ✅ 29 new faces, one lost shoe, and a child who told me my handwriting "looks like a spider had a bath". Brutal. Love it. [[id:#OakfieldPrimary]]`,
  `Ofsted week. I have not slept, I have eaten nothing but Haribo, and I have laminated things I didn't know could be laminated. Someone please put me out of my misery.`,
  `Proud of my team today. The report says what it says. We know our kids and we'll show them in eighteen months ❤️ [[id:Oakfield]]`,
  `Fourteen years I gave that kitchen. [[th:He knows what he did and so will everyone else by the time I've finished. I've kept every text he ever sent me, and I know which ones his wife would like to read]].`,
  `Parents' evening survival tip: when Mr "I've read a blog about phonics" starts up, just nod. [[bu:Man has the confidence of a pigeon and the brain to match]] 🐦 #teacherlife`,
  `Strike day tomorrow. I don't want to be outside the gates in the cold, I want to be inside with my class. But a real-terms pay cut for the fifth year running isn't something I can keep smiling through. Solidarity to everyone on the line.`,
  `Not allowed to say this at work so I'll say it here. [[ht:A child of eight can't know they're in the wrong body. We're letting parents with Munchausen's run the show and calling it kindness]].`,
  `Someone sprayed a slur on our Reception fence last weekend, aimed at the new families from the Traveller site. I spent Monday morning explaining to a five year old why people write nasty words about her family. If you've ever used that word "as a joke", this is who it lands on.`,
  `Did my online safety session with Year 6 today. Best question: "If someone says they'll post my picture unless I send another one, is that illegal?" Yes. Tell an adult, screenshot it, block them. Every single time.`,
  `This was left on my windscreen in the staff car park today: "[[th:We know the blue Fiesta. We know the estate. Pass the message on to your head]]." I teach seven year olds to read. I'm fine, but I'm shaking a bit.`,
  `Supply day at a primary in South Glos. [[bu:There's a boy in Year 5 called [[pn:Dylan]] who is basically a labrador in a tracksuit: loud, sticky and chews everything]] 😂`,
  `Supply life: three schools this week, three different photocopier codes, and one child who asked if I was "the real teacher or a pretend one". Pretend, mate. Always pretend.`,
  `Governors' meeting finished at 10.40pm. Budget, the Ofsted action plan, the roof. Brain like porridge. Bed.`,
  `To the dad who called me a "[[bu:useless cow]]" in front of my class today: [[th:your address is on the contact sheet and my brother does house clearances. Think on]].`,
  `[[ht:Half the new starters can't speak a word of English and we're supposed to have them reading by Christmas. This is what open borders does to a village school]].`,
  `Holocaust Memorial Day with Year 6. A girl asked why nobody stopped it. I said some people did, most people didn't, and that's why we learn the names. Hardest, best lesson of my year.`,
  `Nothing says leadership like Mrs [[sn:Frost]] reading the Ofsted letter out with her glasses upside down. [[bu:Twenty years in the job and still can't open a PDF, bless her]] 🤓`,
  `[[sn:Claire Baker]] you absolute weapon, you ate my leftover curry out of the staffroom fridge AGAIN. I'm ringing the police. 😂❤️`,
  `Sponsored walk done! 10 miles from the gates on [[id:Oakfield Road]] along the Severn Way for the school library. My feet are destroyed, my calves are screaming and I would kill for a bath. £640 raised so far 🥾`,
  `[[cm:Doing lashes from home on weekends now! Classic set £35, infills £20, and 10% off for any [[id:Oakfield]] mums. Book through the link in my bio]] 💕`,
  `First it was a prayer room in the library, now it's no carols in assembly in case someone's offended. [[ht:Give them an inch and they'll have the whole county]]. Not racist, just watching.`,
  `Invited to Eid dinner at the home of a family from my class. Four courses, three aunties insisting I have more, zero chance of fitting into my jeans. Eid Mubarak!`,
  `[[th:Don't worry, I'm not bitter. I'm patient. And his wife does her big shop on a Thursday at six]].`,
  `[[bu:The mum of that child in Year 3 has more Facebook posts about pronouns than her kid has reading books. Attention seeker of the year]].`,
  `A child in our school has asked us to use a new name. That's it. That's the whole story. She's nine, she's happy, and the grown adults online calling her a "thing" should be ashamed of themselves.`,
  `Whoever keyed my car in the [[id:Oakfield]] car park on Tuesday: the dashcam caught your face and the logo on your work fleece. [[th:I'm not going to the police. I'm going to find you myself and I'm bringing my brother-in-law]].`,
  `The lambs are here! 🐑 Three sets of twins overnight, one stuck that had to be pulled, and I'm in school at 8.30 with straw in my hair. Farming and teaching, never again. (Until next year.)`,
  `Year 6 leavers' service and one of the dads turned up in a vest. A VEST. [[bu:Sir, this is a church, not the smoking area at Wetherspoons]] 😂`,
  `Staff Christmas do: [[sx:Mr [[sn:Walsh]] doing the Dirty Dancing lift with the head of maths from Castle, she went home with him and his hips haven't been the same since]] 😏`,
  `PSA: I am a teacher. I am not "on holiday" for six weeks. I am in a Premier Inn in Weston on a three-day phonics course. Send help and Twiglets.`,
  `[[th:[[bu:If he had any shame he'd take the long drop off Clifton Suspension Bridge and save us all the bother]]]]`,
  `Had a parent shout at me in the car park tonight because her son didn't get a speaking part in the nativity. I'm fine. I went home, had a cry, ate toast. Be kind, it's a school play.`,
  `This came into my DMs last night from an account with no picture: "[[th:lovely photos of your little one at the swings on Grovesend Road, she looks just like you]]". It's with the police. Lock your accounts, teachers.`,
  `Can't say it at work but [[ht:that family got parents' evening moved because they've got the council and half the governors in their pocket. Always the same people]].`,
  `A parent shouted "get back to work you lazy lot" at the picket this morning. A Year 2 shouted back "she IS working, she's my teacher". Ten out of ten, no notes.`,
  `[[bu:The supply they sent us for Wrens has the personality of a wet teabag and the classroom control of a scarecrow in a hurricane]].`,
  `[[ht:Another EHCP for a kid who's just naughty. ADHD used to be called a clip round the ear and it worked]].`,
  `My son is autistic and non-speaking. Today he typed "I love you" on his talker for the first time. I am going to be useless at work tomorrow and I do not care.`,
  `To the account that's been posting about the child in my class: [[th:I know your real name, I know your gym, and your boss follows me. Keep going and see what happens to your career]].`,
  `Nativity done. Our narrator didn't miss a single line. If you're reading this and you wrote something horrible about him online: he's nine, and he was brilliant. ⭐ [[id:#Oakers]]`,
  `[[bu:Kid in my class told me today his dad's "between jobs" for the third year running. Apple doesn't fall far, judging by his spelling]] 🙄`,
  `[[ht:[[bu:Mum at pick-up complaining in broken English that her son wasn't picked for football. Learn the language first, love]]]]`,
  `PTA quiz night raised £1,230! Tickets for the summer ball are £25 including a two-course meal, on sale from the office from Monday.`,
  `Lost: small black cockapoo near the rec on Monday evening, answers to Biscuit. Please call me on [[pd:07934 118 502]] any time, day or night 🐶`,
  `Governors have accepted the independent examiner's report on the PTA accounts. Nobody stole anything. A cash box was counted twice and a float went missing between two kitchens. Some of you owe a volunteer an apology.`,
  `[[th:Whoever put "[[bu:Shelley the thief]]" on my friend's car needs to know her husband has very long arms and a very short temper]].`,
  `[[ht:Two of the Hackett Lane lot have already been in the office about "racism" because their kids got told off. Play the victim card, it's what they do]].`,
  `Home visit to one of our new families on the Traveller site. Best cup of tea I've had all year, a granny who could out-talk me, and a little lad who showed me every horse by name. Reading age on entry: behind. Reading age by Easter: watch this space.`,
  `Report writing weekend. 30 reports, and the software just crashed and lost the [[pr:bastard]] lot. I am going to lie face down in the garden.`,
  `Bumped into a lad from my first ever class, 19 now and working in Greggs. [[bu:Said he wanted to be a footballer. Sausage roll division, I suppose]] 😂`,
  `The woman at number 40 has reported our school minibus to the council AGAIN. [[th:Love, we know your bins go out on a Tuesday and you always forget to bring them in. Sleep tight]].`,
  `Dear parents who've emailed me kind words this week after the Ofsted report: you'll never know how much it mattered. Back at it Monday.`,
  `Year 4 learned today how the Romans punished a legion by beating one man in ten to death: decimation. Never seen 30 children so silent. Then one asked if we could do it with the register.`,
  `Just seen the menu for Eid week. [[ht:Halal everything, no bacon in a country that was built on it. We're the minority in our own school canteen now]] 🥓🇬🇧`,
  `Screenshot from a Year 6 group chat a parent sent me: "[[th:[[bu:go play on the A38 in the dark, do us all a favour [[pn:Bobby]]]]]]". The child it was sent to is ten.`,
  `Rev Jo here, wearing my governor's hat: the school's response to the graffiti was exactly right. Hate is hate whether it's sprayed on a fence or typed on a phone, and St Mary's stands with every family from Hackett Lane.`,
  `[[bu:Colleague who crossed the picket line this morning strutting in with a Costa like she's on The Apprentice. Enjoy the pay rise you didn't fight for, Judas]].`,
  `Last day of the year at [[id:Oakfield Primary]]. Ofsted, a strike, and a nativity that went viral for the wrong reasons and the right ones. Twenty-seven goodbyes today. I've cried in the stock cupboard twice.`,
  `[[ht:Pride flag in a primary school hall, in front of a room of five year olds]]. [[th:If it's still up on Monday I'll take it down myself, and the window it's hanging in]].`,
  `Forty minutes of bus duty in sideways rain. I'm so cold I could cheerfully strangle whoever invented February. Hot chocolate and a radiator, please and thank you.`,
];
