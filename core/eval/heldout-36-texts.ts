// The thirty-sixth held-out set's texts, labelled inline as [[code:span]]; `npx tsx core/eval/heldout-source.ts
// --set 36` builds heldout-36.jsonl from them (ids h36-off-NNN, h36-com-NNN, h36-per-NNN). Score it with:
//   npm run -s eval:checker -- --corpus core/eval/heldout-36.jsonl
// First scored on 2026-12-06, totals only, at the nineteenth session's start (d85be26) and at 7641ef8 (labels found /
// labels, false alarms; rules alone, then with the reading of meaning): hate 12/26, 3 → 16/26, 2 and 15/26, 4 → 18/26, 3;
// threat 6/25, 4 → 6/25, 3 and 16/25, 7 → 16/25, 7; bullying 4/25, 3 → 7/25, 3 and 7/25, 5 → 11/25, 3; sexual 3/3, 2 →
// 3/3, 0; names, personal data and profanity all found with no false alarm at both. Those figures were blind. After
// them, every finding on its texts (not its labels) was shown by mistake in a comparison of findings before and after a
// change (8be9101); no rule has been written from it.
// Written blind, by someone who read none of the checker. Of the repository it read only: heldout-source.ts
// (header comment, the labelling rulebook, and its code: the [[code:span]] syntax, the CODES table, the roster
// check and the SETS table, which already had the '36' line); roster.json; the first 80 lines of
// core/src/checker/types.ts (category names, text kinds and shared types, no rules); the header comment of
// heldout-32-texts.ts (the lines before the first `export`) and its `export const OFFICIAL`, `export const
// COMMENTS` and `export const PERSONAL` lines each with the three lines after it, for the file's shape only;
// and the one `export type Source` line of heldout-texts.ts, found by grep. It did not read anything else
// under core/src (lexicons, categories, rules, learned models), any test, core/bench/, core/cli/, docs/, any
// other eval script, corpus or training texts, any other heldout-*-texts.ts file, any *.jsonl other than its
// own output (read only to count labels and clean texts per kind), or git history. The checker, the eval
// scripts and the tests were not run on these texts; only the builder above, to validate the labels, and
// `npx tsc --noEmit -p core`.
// The school is the evaluation roster's (roster.json): Oakfield Primary School ("Oakfield", "Oakers"),
// Oakfield Road, Thornbury, Bristol BS35 4HJ, 0117 496 0123, office@oakfield.sch.uk.
//
// Aim: harm in wordings nobody has used before, over ONE AUTUMN TERM (September to December 2029: term from
// Wednesday 5 September, half term 22-26 October, Diwali and Bonfire Night both on Monday 5 November, snow
// on 6 December, break-up before Christmas). Lengths 3 to 141 words; typos, text speak, sarcasm, emoji and
// dialect (Black Country "ow bist", "bostin", "yow", "babby", "we'm", "wo'"; Cornish "dreckly", "proper
// job", "ansum", "maid", "tell 'ee", "'er"; Northern Irish "bout ye", "wee buns", "so she has", "catch
// yerself on", "taigs"; Cockney "'ad a butcher's", "wiv", "muvver", "leave it aht", "innit"). Every harmful
// text is worded for this set; most slurs are disguised or coded ("p1keys", "sp4z", "Mozzie", "the wee
// taigs", "window-licker", "Hotel kids", "the same small tribe ... 👃", "know your Rothschilds", "more jungle
// than Jungle Book 🐒", "bat on toast 🦇"), one is spelt the usual way ("poofs"). About 45% of the texts carry
// harm; the rest are clean or name only, and many clean texts sit close to harm.
// - OFFICIAL (30, the school's page): welcome back, new staff, harvest, parking near-miss, Macmillan coffee
//   morning, a Year 5 sesame allergy, Black History Month (Notting Hill 1958, Walter Tull), World Mental
//   Health Day, the SS Great Britain trip, nits, a threatening note left in the post box (quoted), a 7-0
//   football "massacre", Victorian scientists and the Robins' nativity songs (images tagging unconsented
//   pupils), the Halloween disco, Diwali and sparklers, Remembrance, Anti-Bullying Week, a child collected
//   only by grandparents during a court matter, Children in Need, secondary applications, the fair total,
//   the Ghost Walk winners (an image of consented pupils only), a snow closure, a racist Year 6 group-chat
//   message (quoted), Christmas jumper day, the carol service, a cook's retirement, a child's heart operation,
//   lost property with a parent's mobile.
// - COMMENTS (110): parents, carers, grandparents, neighbours, teenagers who were pupils, trolls and spam;
//   eight are pasted threads ("> " at the start of each reply). Threats veiled, conditional and implied by
//   what the writer knows (a teacher's cut-through "about half five. On her own", the head's Tesla "round by
//   the kitchens", a TA's drive down Crossways Lane, the kept spare key, a bike shed at ten past three), to
//   the building (a jerry can, a phoned-in hoax 📞💣, roof tiles "with a bit of help"), to a child ("he'll
//   find out what a proper shove feels like", "Tell that Freya she wants to be careful"), and self-harm
//   incitement said to a teenager, a parent and the DSL. Hate against Travellers, Muslims, Catholics, Jews,
//   gay people, trans people, disabled children, Poles, migrants, Black and Chinese people, mostly slur-free.
//   Bullying of pupils (looks, behaviour, a disability slur), parents (a catsuit pile-on, a smoker with a
//   pram, a doxxed "grass") and staff (a PE teacher's career, a voice, weight, youth, a costume joke).
// - PERSONAL (60, staff members' own accounts: teachers, TAs, a PGCE mentor): the
//   school named in words, nickname, road, postcode and hashtag; venting with profanity; a candle side
//   business; a colleague's spare room with the poster's mobile; threats received (a note under a wiper, a
//   10pm email, "DIE" keyed into a car) and one made (a teacher to a dad at the gate); staff mocking a parent,
//   a pupil, a named pupil and the head; staff hostility to migrants, Travellers, trans pupils, Muslims,
//   disabled pupils and Jewish families.
// Clean near-misses: a parent's long account of her daughter being left out, advice threads, a split lip
// the school dealt with, condemnation of the Traveller post, the "Normal kids." reply, the report of the
// monkey emoji, "swim back" condemned, Kindertransport, Remembrance and the Blitz at Filton, the mosque visit
// described, RSE reassurance, swimming with full-length suits, the Polish verse and letters, Diwali, sport
// and hyperbole ("absolutely murdered them", "demolished", "a massacre", "annihilated", "Brutal out there",
// "It'll end in bloodshed", "I will genuinely lie down in the road", "Kill me now", "We were robbed.
// Literally"), "Gruesome, grisly" ghost stories, the 8.14 from Patchway and Crossways Lane as honest
// questions, ten past three as a pick-up time, parking and sparkler safety, a PTA tree sale with prices, the
// school's own phone and email, an anti-racism CPD, a bus name-calling report with no slur quoted, a dad who
// said thank you, roster names as words ("Will there be", "Hope everyone", "Jack Frost's been busy").
//
// Codes: pn pupil_name, sn staff_name, pd personal_data, pr profanity, sx sexual, ht hate, th threat,
// bu bullying, cm commercial, id school_identification, cs child_specific, not = a roster full name used
// as ordinary words (none needed here). photo_consent is never written: the builder adds it over the whole
// text when an image tags a pupil whose photoConsent is false. Images are attached to official posts only.
//
// Labelling decisions: heldout-source.ts's header holds; beyond it (following set 32's header where it spoke):
// - Threats: one span over the menace. A lead-in or grievance in its own sentence stays outside ("Miss Cole
//   gave my boy a detention for absolutely nothing.", "You took my kids off me." in the quoted note, "You know
//   who you are and you know what you said about my sister.", "Hope the roof holds up with all that snow.",
//   "Whoever phoned social services on us,", "Tell that Freya" with the name labelled alone). A conditional
//   threat is one span from the condition to the end ("say that about my son ... one more time and I'll put
//   you through them railings, I mean it", "If the school bans the Christmas jumpers ... it won't be for the
//   carols", "that teacher grabs my boy's arm one more time and 'er won't have an arm"), and so is the
//   carol-concert hoax. Words that tie the threat to its sender stay inside ("Think on about my lad's
//   exclusion.", "Tell the head that's from the dad he wouldn't listen to.", "Keep pushing me, Oakfield.").
//   Quoted threats in notices and staff posts are threat over the quoted words ("DIE" keyed into a car too).
//   A threat at one person is threat only, not bullying; self-harm incitement at one person ("go neck the
//   whole bottle of ur mums tablets jodie", the tracks at Patchway to Bev, "whatever's under your sink" to
//   Mrs Marsh) is threat and bullying over the same span, the insult after it ("no one would turn up to ur
//   funeral") bullying alone. Trailing 😂 stays outside; 👊 and 📞💣 are inside.
// - Hate: over the hostile statement, lead-ins that attack no group outside ("Not sending mine on the
//   mosque trip.", "St Mary's is full again so we're getting their overflow.", "Chinese New Year
//   assembly.", "Another two starters in my class today.", "Year 2 girl in a headscarf this week. Seven.",
//   "Three new kids from the site on the common this week."); in the mosque-trip rant the two predictions
//   are hate, and "My grandad didn't fight in the war for this" and the "I'm not racist" coda stay outside.
//   Emoji that carry the trope are inside (👃, 🐒, 🦇, 💅, the 🙄 that sits mid-span). Slur or stereotype aimed
//   at one person is hate and bullying over the same span (Rebecca's raffle "interest", Mr Lloyd's sequins,
//   the dinner lady "a bloke in a wig", the trainer "a bloke in lipstick", the group-chat "swim back" in the
//   notice) — except "Jayden F is such a sp4z, fell over the ball at football AGAIN": bullying over the whole
//   insult, hate over the slur "such a sp4z" alone. "Not having my lad learn about poofs in year 3" is hate;
//   "he can find out when he's older" outside. Replies that condemn ("Grow up Tony", "Leave it aht Tel")
//   are clean.
// - Bullying: of unnamed adults too (Tanya in the catsuit, the pram mum, the "grass" whose address is
//   posted, the "gifted" mum by a teacher, Bev). In a pile-on each insulting reply is its own span; a reply
//   of laughing emoji only, and "Tanya from the chippy?? 😂😂", are left unlabelled. A teacher calling a
//   pupil "Little madam, with a head like a potato" is bullying. Criticism without insult (reading books not
//   changed) is clean. "mrs frost didnt need a costume lol she came as herself 💀🧙" has its emoji
//   inside.
// - Profanity: "Fuck", "piss" (in "Taking the piss"), "Fucking", "Shitting" and "fucks"; none nested, as no
//   threat or insult in this set carries a swear word.
// - Sexual: Mr Walsh's PE shorts (name nested), the "Bored mums near Thornbury" spam (sexual, not commercial;
//   "➡️ tap profile" outside) and a teacher's "PE teacher's hands ... 😏🍆" (no name, so no name label).
// - Names: "Orla A" is Orla Ashworth; "Lottie" in Year 5 Lottie Whitfield; "Jacob" in Year 4 Jacob Rowe;
//   "Jayden F" Jayden Fraser; "Ruby" Ruby Ahmed; "Freya" Freya Nowak; "Arlo" Arlo Fisher; "Seán" Seán
//   O'Brien; "Siân" and "Oscar" Siân Evans and Oscar Lewis; "Zara" Zara Hussain; "mrs frost" and "mr
//   fletcher" in lower case are staff names; "David" alone, in a post about the head, is David Hughes;
//   "Mrs Susan Bryant" is labelled over the full name (her surname is shared) and "Sue" is a nickname the
//   roster does not have. Not names: Jack Frost, "Will there be", "Hope everyone", "the head", "the PE
//   teacher", "Miss Reading Corner", first names of people not on the roster (Danielle, Tony, Tel, Tanya,
//   Rebecca, Bev, jodie, jade, tia), Walter Tull, Gary Lineker, Lakshmi, Guy Fawkes.
//   Staff surnames shared by several staff (Holloway, Pearson, Bryant ...) are not used alone.
// - personal_data: a parent's mobile in the lost-property notice, a dashcam mobile, the "grass"'s address
//   with its postcode (one span, nested in the bullying), a child's birth date, a parent's email, a tree
//   seller's WhatsApp number, a teacher's own mobile and a parent's street address without postcode; "BS35"
//   alone, Elm Lane, Crossways Lane, Morton Common and the school's own phone and email are clean.
// - commercial: the Glow&Go consultant (lead-in "Christmas is coming ladies 🎄" and trailing 💅 outside), the
//   Christmas trees (the number beside it is personal data, not inside), the hoodie and lash extensions, and
//   a teacher's candle shop; PTA prices, disco tickets and the coffee morning are clean.
// - school_identification: "#Oakers" (the # inside), "Oakers", "Oakfield" (twice), "Oakfield Road",
//   "Oakfield Primary" and the postcode "BS35 4HJ"; Thornbury, the Plain, Filton, Kilve Court and Castle Hill
//   are not.
// - child_specific: Muhammad Rahman's allergy and adrenaline pen, Noah Patel's collection during a family
//   court matter, and Zara's heart operation and absence, each over the clause, names nested; praise of
//   Ava Robinson, Orla A, Siân and Oscar is names only.
// - photo_consent (2): images tagging Hattie Campbell (with Sophie Dawson) and Dylan Lawson (with Archie
//   Bradley); the Ghost Walk image tags only consented pupils and is clean.
//
// Counts: 200 texts: 30 official posts (17 clean, 5 names only, 8 harmful), 110 comments (49 clean, 4 names
// only, 57 harmful) and 60 personal posts (31 clean, 2 names only, 27 harmful); 97 texts (48.5%) are clean and
// 92 (46%) carry a label other than a name. Labels: 26 hate, 25 threat, 25 bullying, 22 staff-name, 17
// pupil-name, 8 personal-data, 7 school-identification, 5 profanity, 4 commercial, 3 child-specific, 3
// sexual and 2 photo-consent. Threat by kind: 1 official, 20 comments, 4 personal; hate 1, 18, 7; bullying
// 1, 19, 5. Hate by target: 6 racist or anti-migrant, 1 anti-Chinese, 3 anti-Muslim, 1 sectarian, 3
// antisemitic, 3 homophobic, 3 transphobic, 3 disability, 3 anti-Traveller.
import type { Source } from './heldout-texts.js';

export const OFFICIAL: Source[] = [
  `Welcome back, everyone! 🍁 Gates open at 8.35 on Wednesday 5 September for Years 1 to 6. Reception children start their staggered mornings the following week and your class teacher has emailed your slot. Please use the Elm Lane gate for drop-off; the main gate is for buggies and breakfast club. Any questions, ring the office on 0117 496 0123.`,
  `We're delighted to welcome three new faces this term. Mrs [[sn:Nadia Karimi]] joins us in Year 4, Mr [[sn:Kieran Walsh]] is our new PE lead, and Miss [[sn:Beth Cole]] will be teaching in Wrens. Please say hello at the gate, and go gently: it's a lot of names to learn in one week!`,
  `Harvest Festival is on Friday 28 September at 2pm in the hall. This year we are collecting for Thornbury Foodbank: tins, UHT milk, pasta, rice, toiletries and (they asked specially) tinned custard. No fresh food please, and check the dates before anything comes in. Last year you filled 41 crates – let's see if we can beat it 🥫`,
  `A plea about parking. On Tuesday afternoon a Year 2 child was very nearly hit by a car reversing off the zigzags outside the Elm Lane gate. Nobody was hurt, but it was far too close for any of us. The zigzags are there so that drivers can see small people. South Gloucestershire's parking officers will be visiting this month and will issue tickets. If you can, please park at the leisure centre and walk the last five minutes.`,
  `Macmillan Coffee Morning this Friday from 8.45 in the hall ☕ Cakes 50p, hot drinks £1, and Mrs [[sn:Baker]]'s legendary lemon drizzle for as long as it lasts. Every penny goes to Macmillan Cancer Support.`,
  `Kestrels (Year 5) party on Friday: please send in NO food containing nuts, sesame or kiwi this week. [[cs:[[pn:Muhammad Rahman]] has a severe sesame allergy and carries an adrenaline pen]], and we'd like everyone to be able to share everything. Thank you for your help.`,
  `October is Black History Month. Year 6 are learning about the Windrush generation and the 1958 Notting Hill riots, when gangs of young white men attacked West Indian families in their homes and on the street. It is hard history and we will teach it carefully and honestly. Year 3 are studying Walter Tull, the footballer and the first Black officer to lead British troops into battle, who was killed in France in 1918. Look out for their fact files in the corridor.`,
  `Wear something yellow on Wednesday 10 October for World Mental Health Day 💛 No money needed. The children will be talking about the big feelings everyone has and who they can go to when a feeling gets too big.`,
  `Year 5 had a brilliant day aboard the SS Great Britain yesterday. Highlights included the ship's surgeon's saw, a model rat in the galley, and learning that third-class passengers in 1852 shared one toilet between 50. Nobody wants to go to sea any more.`,
  `Nits. There, we said it 🐛 We've had several cases in Year 2 this week. Please check your child's hair with a nit comb on Sunday night and treat if you find anything. No need to keep children off school.`,
  `Some of you will have seen police at the front gate on Thursday morning. An unsigned note was left in our parent post box which read: "You took my kids off me. [[th:I know which window is hers and I know she's last out of the building on a Thursday]]." The police are investigating and we are taking it very seriously. From now on staff lock up in pairs. If you saw anyone at the post box on Wednesday evening, please contact Thornbury police on 101.`,
  `What a match! ⚽ Our Year 6 girls absolutely demolished Castle Hill 7-0 on Wednesday. [[pn:Ava Robinson]] scored a hat-trick and [[pn:Orla A]] made save after save in goal – a massacre, in the nicest possible way. Thank you to the parents who came out in the rain to cheer.`,
  { text: `Kestrels became Victorian scientists this week 🔬 Goggles on, hypotheses ready, and only one volcano that erupted early.`, images: [['Hattie Campbell', 'Sophie Dawson']] },
  `Halloween Disco – Thursday 18 October! 🎃 KS1 5.00-6.00pm, KS2 6.15-7.30pm. Tickets £3 from the office, including a drink and a bag of crisps. Costumes welcome, but no masks that cover the whole face and no toy weapons please. The scariest costume will be judged by our Year 6 prefects, who have promised to be ruthless.`,
  `Diwali and Bonfire Night fall on the same day this year, Monday 5 November 🪔🎆 Whatever you are celebrating, remember that a sparkler burns at over 1,000°C, hot enough to melt gold. Gloves on, one at a time, and drop finished ones straight into a bucket of water. Happy Diwali to all our families who are celebrating – and Year 2 would like you to know their rangoli patterns are in the hall window.`,
  `At 11am on Friday the whole school fell silent for two minutes. Year 5 have been reading letters home from soldiers at Ypres, and learning that thousands of men were shot, gassed or drowned in mud in a single week. Their wreath of 300 hand-cut paper poppies will be laid at the war memorial on the Plain on Sunday by [[pn:Siân]] and [[pn:Oscar]].`,
  `Anti-Bullying Week starts on Monday 12 November, with Odd Socks Day on the Monday. This year's theme is "Say something". We'll be helping the children tell the difference between falling out and bullying: bullying is hurtful, it is repeated, and it is done on purpose. It includes names about someone's skin, religion, family or body, and it includes group chats. If your child tells you something, please tell us. We would always rather know.`,
  `Year 4 families: you may have heard about an incident at the Year 4 gate on Monday afternoon. [[cs:[[pn:Noah Patel]] is safe and well, and will only be collected by his grandparents while a family court matter is resolved]]. Please do not approach the family or discuss this on social media. Thank you.`,
  `Pyjama Day for Children in Need is Friday 16 November! Come to school in PJs and bring £1 if you can. Pudsey will be visiting our assembly (Pudsey bears a striking resemblance to our site manager, but we couldn't possibly comment).`,
  `Year 6 parents: secondary school applications close on 31 October. Apply online through the South Gloucestershire portal, not through us. If you'd like help filling it in, the office can sit with you any morning this week.`,
  { text: `Our Robins have been practising their nativity songs and they are LOUD 🐑⭐ Tickets for the KS1 Nativity go on sale on Monday, two per family, £2 each.`, images: [['Dylan Lawson', 'Archie Bradley']] },
  `The Christmas Fair raised £3,412.56!! 🎄 Thank you to the PTA, to every parent who baked, wrapped, ran a stall or spent their change, and to the grandad who bought the entire tombola. The money will go towards new playground equipment for KS1.`,
  { text: `Year 6 Ghost Walk homework winners 👻 Gruesome, grisly and very well researched. Thornbury has never been so haunted.`, images: [['Willow Ellis', 'Ethan Brooks']] },
  `SCHOOL CLOSED TODAY (Thursday 6 December). The roads around school are sheet ice and two members of staff have already slid into verges on the way in (both are fine). Home learning is on Seesaw, but please don't do more than an hour of it. Go and build a snowman.`,
  `We need to share something difficult. A screenshot from a Year 6 group chat was brought to us this week, in which one child had been sent the message "[[ht:[[bu:nobody asked ur family to come here, swim back where u came from]]]]". This is racist abuse and we have dealt with it under our behaviour policy. Please check your children's phones and talk to them about what they send.`,
  `Christmas Jumper Day is Thursday 13 December 🎅 Any festive jumper (or a T-shirt with some tinsel stuck on it – please don't buy anything new). Donations of £1 to Save the Children.`,
  `Our carol service is at St Mary's Church on Tuesday 18 December at 6pm. Year 3 are doing a reading, Year 5 are singing a verse in Polish, and everyone is singing "Hark the Herald" as loudly as they possibly can. Doors open at 5.30.`,
  `As we break up for Christmas, we say a fond goodbye to Mrs [[sn:Susan Bryant]], who retires after 26 years in our kitchen. She has served (at a rough count) 800,000 dinners and never once run out of custard. Thank you, Sue. Merry Christmas to all our families – school reopens on Monday 7 January.`,
  `Wrens have made a giant card for [[pn:Zara]] 💛 [[cs:She goes into Bristol Children's Hospital for her heart operation on Monday and will be off until after Christmas]]. Her mum says she's feeling brave and she'd love to hear from her friends.`,
  `Lost property is now taller than most of Year 1. Please have a look through before Friday, when unnamed items go to the PTA uniform sale. Also found on the field: a Year 2 book bag with a set of car keys in it. The owner has asked that whoever has it calls her on [[pd:07700 900 318]].`,
];

export const COMMENTS: Source[] = [
  `Ow bist? First day back an she's already lost a shoe. Bostin start 😂`,
  `Is breakfast club still £3.50 or has it gone up again`,
  `Miss [[sn:Cole]] gave my boy a detention for absolutely nothing. [[th:Funny, she walks that cut-through by the allotments every night about half five. On her own. Just an observation.]]`,
  `My daughter came home in tears again today because two girls in her class told her nobody wants to sit with her at lunch. That's the third time this half term. The first time I thought it was just girls being girls and fallings out, the second time I mentioned it at pick-up, and this time I've emailed her teacher and had a really nice reply, but it keeps happening and honestly I don't know what else to do. She's seven and she's started saying she has a tummy ache every morning, and on Sunday night she cried because it was Monday. I don't want to be that mum who storms in, and I don't want those girls to get into huge trouble either, they're seven too. I just want it to stop. Any advice from parents who've been through this?`,
  `Keep a diary of every incident with dates and times, then ask for a meeting with the head, not just the class teacher. That's what worked for us.
> Same here. It took a written complaint but it did stop.
> Sending love, it's horrible when they're little and you can't fix it for them ❤️`,
  `[[ht:Lock your sheds lads, the caravans are back on Morton Common 🙄 and guess whose kids'll be sat next to ours on Monday]]`,
  `Whoever wrote that about the Traveller families on the Thornbury community page should be ashamed of themselves. Those kids have every right to a school place, same as mine.`,
  `Not sending mine on the mosque trip. Got the letter in his book bag yesterday, "an opportunity to learn about our local faith communities", all very nice and smiley. Learn about them? [[ht:I know enough, thanks, I've seen the news. Next it'll be the nativity angels in burkas and the bacon gone off the dinner menu. Give it ten years and our lot will be the ones asking permission to have a Christmas tree in the hall.]] My grandad didn't fight in the war for this. Signed the form, ticked NO, wrote why on the back in capitals. [[pr:Fuck]] that. And before anyone starts, I'm not racist, I've got mates of all sorts, I just know where this ends up.`,
  `Took my two on the mosque visit last year. The volunteers gave them tea and samosas and answered every daft question they had about shoes and washing feet. Lovely morning. Sign the form.`,
  `[[th:Shame if that shiny new extension they spent our money on had a little accident with a jerry can one night. Just saying. Not like there's cameras round the back.]]`,
  `Year 6 girls absolutely murdered them 😂⚽ mine's still buzzing, she says the other keeper was in tears by half time`,
  `[[bu:That [[pn:Lottie]] in Year 5 is the nastiest little piece of work I've ever come across. Mouth like a drain and a face to match.]]`,
  `Please don't name children on here, whatever they've done. Message the school.`,
  `So the Reception story time this week is "a family with two dads" reading. Fine, whatever, [[ht:but some of us don't want our four year olds being taught that's normal. It isn't and it never will be.]]
> Grow up Tony. It's 2029. My kids have two mums and they're doing great thanks.
> Catch yerself on, the wee ones won't even notice. It's a book about a dog.`,
  `Oi Danielle, [[th:say that about my son in the playground one more time and I'll put you through them railings, I mean it]]`,
  `Proper job! Maid loved harvest, been singing "cauliflowers fluffy" all teatime. Gramps down Redruth says ansum 👍`,
  `[[ht:Funny how it's always OUR kids bringing in tins for people who've been here five minutes and got a four bed house handed them on a plate]]`,
  `Thornbury foodbank is mostly used by nurses, carers and pensioners. I volunteer there on Tuesdays. Maybe come and see before you post.`,
  `[[bu:Mr [[sn:Walsh]] shouting at seven year olds on the field like he's auditioning for the army. Mate, you teach PE at a primary, the big career clearly never happened]] 😂`,
  `[[th:If my daughter comes home with one more bruise off that lad and school does nothing again, I'll be sorting it at the gate myself and his dad can come and all, I've got two hands]].`,
  `If they cancel the nativity because of snow I will genuinely lie down in the road 😭 she's been practising being a donkey since October`,
  `> omg this is such a throwback, i was in year 6 when they planted that tree
> lmao jodie ur in the back of that pic 💀
> jodie: haha stop i look about 5
> [[th:[[bu:go neck the whole bottle of ur mums tablets jodie]]]], [[bu:no one would turn up to ur funeral]]`,
  `omg i miss this place, mrs [[sn:frost]]'s assemblies were the best, tell her tia from 2022 says hi x`,
  `[[ht:Put the SEND lot on a separate night so the rest of us can actually hear the songs. Last year one of them screamed through the whole of Away in a Manger. It's not fair on the normal kids.]]`,
  `"Normal kids." Wow. My son is autistic and was a shepherd last year, and he stood on that stage the whole time, which for him was massive. I hope you're proud of yourself.`,
  `Whoever's mum that was at the Halloween disco in the leopard catsuit, [[bu:love you're 45 not 19]]
> 😂😂😂
> [[bu:she was grinding on the Year 6 dads an all, give it a rest Tanya]]
> Tanya from the chippy?? 😂😂`,
  `Lovely disco, thank you PTA. Mine came home hyper, sticky and happy. Ideal.`,
  `Not gonna lie [[sx:I'd happily stay behind after class for Mr [[sn:Walsh]] 🥵 them PE shorts should be illegal]]`,
  `Christmas is coming ladies 🎄 [[cm:I'm now an independent Glow&Go consultant! Advent calendars £35 (worth £90!!), gift sets from £12. Message me or order at glowandgo.shop/kerrysbeauty and use code OAKMUM for 10% off]] 💅`,
  `Whoever clipped my wing mirror outside the Elm Lane gate this morning, black Corsa, I've got you on dashcam. Ring me on [[pd:07700 900 564]] and we'll sort it before I go to the insurance.`,
  `This is the woman who reported me to the school for parking on the zigzags. [[bu:She's at [[pd:22 Lambourne Way, BS35 2RL]], feel free to pop round and tell her what we think of grasses]].`,
  `Does anyone know if after school football runs in the last week of term?`,
  `[[ht:Counted four English names on the Reception peg list. FOUR. And they wonder why people are angry.]]
> Those "non-English" names are kids born at Southmead, mate. Same as yours.
> Leave it aht Tel, they're four year olds innit`,
  `Interesting who's funding this new "wellbeing curriculum". [[ht:Follow the money. It's always the same small tribe behind the banks and behind whatever our kids get taught now 👃]]`,
  `Course Rebecca's doing the raffle, [[ht:[[bu:she'll have counted every penny twice and found a way to charge interest before it gets anywhere near the PTA]]]] 🤑`,
  `Year 6 have been doing the Kindertransport this half term. My son came home and asked why anyone would put their children on a train to another country on their own, and we ended up talking till nine. Hard, brilliant teaching. Thank you.`,
  `Heard [[ht:[[bu:the new dinner lady is a bloke in a wig. Not having some fella in a frock in the girls' toilets with my 7 year old]]]], sorry not sorry.
> She's been on dinners three weeks and my son says she's the only one who cuts his fishfingers up. Leave the woman alone.`,
  `[[th:Nice white Tesla you've got parked round by the kitchens, Mr [[sn:Hughes]]. Lot of paint on one of them. Lot of tyre too. Think on about my lad's exclusion.]]`,
  `Bout ye! Our wee one says the Christmas play is wee buns and she's only got the one line, so she has. Granda's flying over from Portadown for it 😂`,
  `St Mary's is full again so we're getting their overflow. [[ht:Hope they like being taught by Protestants, the wee taigs]] 🙄`,
  `[[bu:Anyone else's kid come home doing Mrs [[sn:Reid]]'s voice? "Sit DOWN Kestrels" like a goose getting strangled. Woman should be on a cough sweet advert]] 😂`,
  `Mrs [[sn:Reid]] is a gem. My son has a stammer and she has never once rushed him. Thank you 💙`,
  `Honestly Bev, if you hate this school that much [[th:[[bu:go and stand on the tracks at Patchway when the 8.14 comes through]]]]`,
  `Does anyone know if the 8.14 from Patchway is running on the strike days? Trying to plan drop-off`,
  `Three non-uniform days in one month, at a quid a kid, and I've got four. Taking the [[pr:piss]] now.`,
  `Blimey, 'ad a butcher's at the photos – my grandson's the one wiv his jumper on inside out. Takes after his muvver 😂 Proud nan x`,
  `Happy Diwali to everyone celebrating 🪔 Mine came home with a clay diya that she's already dropped, but it's the thought that counts`,
  `lol is that [[pn:Harry Clarke]] in the nativity pic 😭 [[bu:them ears, whole family could pick up Radio 1 with no aerial]]`,
  `Remembrance assembly had me in bits. Year 5 read out the names off the Thornbury memorial and three of them were brothers from the same street, all killed within a year of each other. Well done everyone.`,
  `TA on the Year 3 gate, the one with the green Fiesta who had a go at me for vaping. [[th:Drive home down Crossways Lane don't you. Long dark lane that.]]`,
  `Crossways Lane is lethal in the dark, no pavement and the hedges are overgrown. Has anyone asked the council about a street light? Mine walk it to the bus.`,
  `my brother says [[bu:[[pn:Jayden F]] is [[ht:such a sp4z]], fell over the ball at football AGAIN]] 😂😂`,
  `Please can we have the nativity on more than one night, the hall only fits two per family and I've got three grandparents fighting over the second ticket. It'll end in bloodshed 😂`,
  `[[ht:Who let the p1keys onto the field at the bonfire, half the glowsticks walked off the PTA stall]]`,
  `Thank you PTA, the fireworks were brilliant and so well organised with the barriers. My youngest hid in my coat for the bangs but loved the sparklers.`,
  `That boy who keeps shoving my [[pn:Ruby]] – [[th:if I see him near her at the gate again he'll find out what a proper shove feels like]]
> Please don't. Talk to Mrs [[sn:Doyle]], she sorted ours within a week.`,
  `[[ht:Half the Year 2 letters come home in Polish now. Maybe they could learn English or go back to wherever the lorry picked them up.]]`,
  `Love that the harvest letter came in Polish and Urdu as well. My mother-in-law read it herself for the first time and she was chuffed to bits.`,
  `[[ht:Reception intake is more jungle than Jungle Book this year 🐒]]`,
  `Reported the comment above with the monkey. Disgusting. My nephew is in Reception and he is four years old.`,
  `[[bu:Miss [[sn:Baker]] eating her way through the cake sale again, no wonder she needs two chairs in assembly]] 🍰`,
  `The cake sale was amazing, the lemon drizzle sold out in four minutes flat. I nearly had to fight a grandad for the last slice 😂`,
  `[[th:they better not cancel the carol concert again or someone's gonna phone in something that clears the whole building for the day 📞💣]]`,
  `[[sx:Bored mums near Thornbury 💋 real women looking for discreet fun while the kids are at school, see my pics]] ➡️ tap profile`,
  `If anyone's struggling with the £1 for non-uniform days, the office will quietly cover it, no questions. You just have to ask. Took me a while to ask last year but they were so kind.`,
  `mr [[sn:fletcher]] u gave me a detention in year 6 for nothing. [[th:im 16 now and a lot bigger than u. see u at the co-op 👊]]`,
  `mr [[sn:fletcher]] was the best teacher i ever had, he let us do the volcano 3 times cos the first two were rubbish. tell him jade says hi`,
  `Course Mr [[sn:Lloyd]]'s running the dance club. [[ht:[[bu:Man's got more sequins in his wardrobe than the panto dame, and we all know why 💅]]]]`,
  `[[ht:Not having my lad learn about poofs in year 3]], he can find out when he's older`,
  `Got the RSE letter. Read the whole policy and honestly it's families, friendships, and the proper words for body parts. Nothing to panic about, people.`,
  `[[bu:Miss [[sn:Cole]] looks about twelve and teaches like it. Go back to uni love, you're out of your depth and the whole class knows it.]]`,
  `Our Year 2 reading books haven't been changed in three weeks. Not having a go, I know staff are stretched, but is there any way they can be swapped more often? He's bored stiff of the same four.`,
  `Whoever phoned social services on us, [[th:I will find out. Office staff talk. And when I know, your kids won't be walking home on their own any more, I'll make sure of that.]]`,
  `Happy 7th birthday to my gorgeous boy 🎂 born [[pd:14.10.2022]] at 3am after 30 hours, and still keeps me up at night 😂`,
  `Has anyone got a spare Year 4 trip form? Can you email me on [[pd:lou.harding84@hotmail.co.uk]], printer's died 🙃
> Office will email you one, office@oakfield.sch.uk 👍`,
  `[[cm:Anyone need a Christmas tree? Fresh Nordmanns £40 delivered anywhere in BS35, 6ft+, straight off my brother's farm 🎄 DM me or WhatsApp]] [[pd:07700 900 771]]`,
  `PTA Christmas trees are back! £38 for a 6ft, collection from the school car park on 1 December, all profit goes to the Year 6 residential. Order form on the PTA page 🎄`,
  `[[cm:selling year 6 leavers hoodie never worn £15, also doing lash extensions now 🥰 check my insta @lashesbykaydee_ first 5 bookings get 20% off]]`,
  `Dreckly, they said. Three weeks on and the PE kit's still not come back from lost property. Lovely school but that cupboard's a black hole.`,
  `Tell 'ee what my 'ansum, [[th:that teacher grabs my boy's arm one more time and 'er won't have an arm to grab with]]`,
  `Ar, I sin 'er at the gate, the one with the pink hair an the pram. [[bu:Yow can smell the fags on the babby from the car park. Disgrace of a mother.]]`,
  `Ow am ya all, just to say the school photos am bostin this year, our kid actually smiled for once 😂 tara a bit`,
  `[[ht:The Mozzie lot wo' let their wenches do swimmin, but we'm all supposed to bend over for 'em]]`,
  `Swimming for Year 4 starts on Tuesdays after half term. The pool said girls can wear full-length suits if they prefer. Costume, towel, goggles, and a hat for long hair.`,
  `Year 4 tag rugby at Castle Hill 🏉 lost every game, came back covered in mud, grinning, and claiming a moral victory. Brutal out there.`,
  `You know who you are and you know what you said about my sister. [[th:Ten past three, Thursday, by the bike shed. Bring your husband.]]`,
  `Is it ten past three pick-up on Thursday for the Year 3 swimmers or normal time?`,
  `Chinese New Year assembly. [[ht:Can't wait for mine to come home asking for bat on toast 🦇]] no thanks`,
  `[[bu:mrs [[sn:frost]] didnt need a costume lol she came as herself 💀🧙]]`,
  `Jack Frost's been busy, the field was white this morning and mine refused to wear gloves. Character building 🥶`,
  `You ruined our family with your "safeguarding concerns", Mrs [[sn:Marsh]]. [[th:[[bu:Have a big glass of whatever's under your sink and see if anyone at that school misses you]]]].`,
  `Mrs [[sn:Marsh]] helped us so much when my husband left. She sorted breakfast club and a food parcel and never once made me feel judged. Unsung hero.`,
  `Will there be a carol service at St Mary's this year? Nan wants to know so she can book the night off bingo`,
  `Hope everyone has a restful Christmas, especially the staff, you've more than earned it 🎄`,
  `The nativity was perfect chaos 😂 one shepherd cried, one sheep lost its ears, and the innkeeper announced there was loads of room. 10/10.`,
  `[[th:If the school bans the Christmas jumpers "for inclusion" next year there'll be a few of us at the gate you won't forget in a hurry, and it won't be for the carols]].`,
  `That lollipop man waved my car on late and I nearly hit a kid. [[th:Next time he steps out with that stick I'm not braking.]]`,
  `Tell that [[pn:Freya]] [[th:she wants to be careful walking home through the park on her own. People see things.]]`,
  `[[th:There's a reason I kept the spare key from when I cleaned there. Keep pushing me, Oakfield.]]`,
  `Lush, ta 😍`,
  `Kill me now 😂 four more weeks of 6am wake ups till Christmas`,
  `Is Odd Socks Day this Monday or next? Mine has chosen one sock with a shark on and one with a Christmas pudding and I need to know how long to hide them`,
  `My son was punched in the toilets on Tuesday and came home with a split lip. I want to say the school dealt with it properly – the other boy's parents were called in the same day and we've had a meeting. I'm only posting because I know people worry nothing gets done. It did.`,
  `The kid who got told to "swim back" in that group chat is in my son's class and is the kindest boy you could meet. Whoever's parents raised that other child should be having a long hard look.`,
  `Who's got the Year 5 Christmas party list? Need to know if it's crisps or cake we're on`,
  `Anyone know if the Year 1 Christmas lunch is the same day as the jumper day? Trying to work out if he needs two outfits`,
  `Bless the Year 2s at the carol service, the Polish verse was beautiful. My husband's Polish and he had a little tear.`,
  `Cheers for the snow day shout, we've built a snowman that looks worryingly like the lollipop man 😂`,
  `Hope the roof holds up with all that snow. [[th:Be a shame if a few tiles came off it with a bit of help. Tell the head that's from the dad he wouldn't listen to.]]`,
  `Does the school still take Tesco vouchers? Nan's got a drawer full.`,
];

export const PERSONAL: Source[] = [
  `INSET day survived. Four hours of safeguarding training, a fire drill, and a biscuit shortage. Back to it on Wednesday [[id:#Oakers]]`,
  `Classroom's done 🌈 reading corner, new fairy lights, labelled EVERYTHING. Give it a week.`,
  `Does anyone know a good cobbler in Thornbury? Heel's gone on my work shoes and I refuse to buy new ones in September.`,
  `Had a mum tell me today her daughter is "gifted, just bored". [[bu:Madam, she ate a glue stick in front of me at 9.05. The apple hasn't fallen far, and the apple also eats glue.]]`,
  `Being a TA means you know the exact location of every plaster in the building and have no idea where you put your own car keys.`,
  `So proud of little [[pn:Arlo]] today, read his first full sentence all by himself 🥹 this is why we do it`,
  `Ofsted phone call on Tuesday. Spent the whole weekend rewriting a curriculum map nobody will ever read. [[pr:Fucking]] love this job, honestly.`,
  `Parents' evening tip: if a parent starts with "I'll be honest with you", they are about to be honest with you for forty minutes. Bring water.`,
  `Another two starters in my class today. [[ht:No English, no records, no nothing. Hotel kids. Meanwhile my own nephew can't get a school place in his own town. Wake up people.]]`,
  `Found this under my wiper in the staff car park this afternoon: "[[th:YOUR NEXT MISS. WE SEE YOU EVERY MORNING AT COSTA]]". Police informed. Feeling a bit shaky to be honest.`,
  `Harvest on [[id:Oakfield Road]] this morning – 41 crates for the foodbank and a Year 2 rendition of Cauliflowers Fluffy that I will be hearing in my sleep.`,
  `Child in my class today asked if I was "having a baby or just fat". I said neither. She said "well you look like both". [[bu:Little madam, with a head like a potato and manners to match.]]`,
  `Three hours of anti-racism CPD today and the best bit was a Year 6 boy who told me "Miss, you don't have to be not racist, you have to be anti-racist." Out of the mouths of babes.`,
  `Teacher by day, candle queen by night 🕯️ [[cm:My Christmas range is LIVE – Cinnamon Classroom and Snow Day scents, £12 each or 3 for £30, link in bio 👉 etsy.com/shop/wickandwonderuk]]`,
  `Staff do tonight and [[sx:this is the year I finally find out if the PE teacher's hands are as big as they look 😏🍆]]`,
  `Half term. I have slept eleven hours and eaten a family-size trifle for breakfast. Nobody speak to me.`,
  `Anyone in Thornbury got a spare room for a colleague who's had to leave her flat in a hurry? Message me on [[pd:07700 900 229]], will explain privately.`,
  `Diwali assembly today. Year 5 asked brilliant questions about Lakshmi, including whether she'd still visit a flat with no front door. We decided yes.`,
  `Taught the Blitz today. A girl in my class found out her great-great-grandad was killed at Filton when the aeroplane works got bombed in 1940. She wrote the best diary entry I've had in years.`,
  `Certain colleague (you know who you are, Miss Reading Corner) spent the whole INSET correcting the trainer, then asked for the slides. Respect, honestly. I've never been that brave.`,
  `My Year 3s have decided the class hamster is called Gary Lineker. I have not had the heart to argue.`,
  `[[th:If that dad squares up to me at the gate one more time I swear I'll forget I'm a professional and he can pick his veneers up off Elm Lane]].`,
  `Remembrance at the Plain this morning. So proud of [[pn:Siân]] and [[pn:Oscar]] laying the wreath for [[id:Oakfield]] 🌺`,
  `Bonfire Night and Diwali on the same night = my dog's personal hell. He's under the duvet in ear defenders.`,
  `Three new kids from the site on the common this week. [[ht:Hide the iPads 😂 they'll be gone by Christmas anyway, their lot always are.]]`,
  `A Year 4 child told me today that someone on the bus called her names because she lives on the site. She's nine. We dealt with it, but please talk to your own kids about how they speak about Traveller families.`,
  `Christmas jumper day. Wore the one with the light-up reindeer. It died at 9.10. Metaphor.`,
  `Lost: black Fossil watch somewhere between the staff car park at [[id:BS35 4HJ]] and the Co-op. Sentimental value, reward offered.`,
  `[[bu:[[pn:Jacob]] in Year 4 is the reason I drink. Kid has the attention span of a gnat and a nose that's never met a tissue.]] Roll on Friday.`,
  `PGCE mentor hat on this term. My student taught her first full lesson today and she was brilliant. Proud mentor moment.`,
  `SNOW DAY ❄️ The head rang at 6.12. Back to bed I go.`,
  `Training today on trans pupils. [[ht:Mate, they're confused kids with mental parents]], and [[ht:[[bu:the trainer was a bloke in lipstick lecturing me about pronouns]]]]. Not in my classroom.`,
  `Marking 30 persuasive letters about why school should start at 11am. Some genuinely convincing arguments.`,
  `[[id:Oakers]] staff netball team lost 14-2 to the hospital physios. We were robbed. Literally, one of them took my bib.`,
  `Home to Cornwall for half term. Mum's made a pasty the size of my head. Marking can wait dreckly, proper job.`,
  `Parent emailed me at 10pm: "hope you enjoy your christmas, [[th:might be your last one at that school, or anywhere]]". Forwarded to the head, but I'm not sleeping much.`,
  `Year 6 residential at Kilve Court. 3 nights, 29 kids, 0 hours sleep. One boy cried because he'd never seen the sea before. Best job in the world.`,
  `Our glorious leader has sent a 9pm email about "wellbeing". [[bu:[[sn:David]], babe, you have the emotional intelligence of a car park barrier and the hairline to match.]]`,
  `Genuinely grateful for a head who sent us home at 3.30 on Friday and said "no laptops". Small thing, big difference.`,
  `To the mum who keeps messaging my personal Facebook: I am not your child's tutor, and no, I won't be "popping round to [[pd:31 Eastland Road]]" on a Sunday.`,
  `The Year 1s learned about Guy Fawkes today. One asked if he went to prison forever. Another asked if we could do a bonfire of the maths books. Tempting.`,
  `Year 2 girl in a headscarf this week. Seven. [[ht:Seven years old and already being covered up like property. That religion wants stamping out of this country.]]`,
  `Odd Socks Day. One flamingo, one Christmas pudding. Year 2 said I was "very brave".`,
  `SEN review day. [[ht:Some of these diagnoses, honestly. In my day they were just naughty or thick. Now every little window-licker gets a laptop and their own TA.]]`,
  `Parents' evening done. 27 appointments. Only one parent cried, and it was happy crying. Only one teacher cried, and it was me, in the car.`,
  `[[pn:Seán]]'s poem about his grandad made the whole staffroom well up. Nine years old. Keep writing, kiddo.`,
  `Someone has keyed "[[th:DIE]]" into the side of my car in the staff car park. Three letters. Cheers.`,
  `Reminder to myself and every other teacher: lock your laptop when you leave the room. Year 6 changed my screensaver to a potato again.`,
  `Christmas card from the husband: "To my favourite teacher, you're still not allowed to bring the class guinea pig home." Romance isn't dead.`,
  `Proud to have been at [[id:Oakfield Primary]] ten years this week. Ten years of nits, nativities and the best colleagues anyone could ask for 🥹`,
  `To the lady who paid for my coffee in Costa this morning after I dropped my purse everywhere: you have no idea how much I needed that. Thank you.`,
  `Shout out to the dad who stood at my classroom door for 25 minutes complaining about a house point, then said thank you and shook my hand. I've been doubting myself all week and that helped more than he knows.`,
  `Staff v Year 6 dodgeball. We got annihilated. Our head of PE is in mourning.`,
  `[[ht:Interesting which families on the PTA always get the budget spent their way. Not saying anything. Just know your Rothschilds]] 🙃`,
  `Marking in the bath. Dropped a Year 4 maths book in. Sorry, whoever's book was green.`,
  `Printer jammed six times before 8am. [[pr:Shitting]] thing. Bought my own. Teaching, folks.`,
  `Christmas cards from 29 kids. One says "To Miss, you are the best teacher even though you are old." I am 26.`,
  `Last day of term at [[id:Oakfield]]. 3 nativities, 2 carol services, 1 fair, zero [[pr:fucks]] left to give. Merry Christmas x`,
  `Wrapped presents for our class's Secret Santa until 1am. Why do I do this to myself. Because I love them, that's why.`,
  `Term done. Now to sleep till 2030.`,
];
