// The fortieth held-out set's texts, labelled inline as [[code:span]]; `npx tsx core/eval/heldout-source.ts
// --set 40` builds heldout-40.jsonl from them (ids h40-off-NNN, h40-com-NNN, h40-per-NNN). Score it with:
//   npm run -s eval:checker -- --corpus core/eval/heldout-40.jsonl
// First scored on 2026-12-06, totals only, blind, at the twentieth session's start (cc3b1f7) and at its end (cafbd25)
// (labels found / labels, false alarms; rules alone, then with the reading of meaning): threat 11/32, 3 and 22/32, 9
// at both; hate 20/41, 2 and 22/41, 8 → 21/41, 2 and 24/41, 7; bullying 10/37, 6 and 16/37, 7 at both; sexual 3/3, 4
// at both; names, personal data, profanity, school identification and commercial the same at both (staff names 41/42,
// commercial 4/5, child-specific 2/4, no false alarm). Nothing has been read from it since.
// Written blind, by someone who read none of the checker. Of the repository it read only: heldout-source.ts
// (its header comment, the labelling rulebook, and its code: the [[code:span]] syntax, the CODES table, the
// roster check and the SETS table with the '40' line); roster.json (the school, its pupils with their
// photoConsent, and its staff); the first 80 lines of core/src/checker/types.ts (category names and text
// kinds, no rules); for the file's shape only, the header comment of heldout-32-texts.ts (the lines before
// its first `export`) and its `export const OFFICIAL`, `export const COMMENTS` and `export const PERSONAL`
// lines each with the three lines after them; and the one `export type Source` line of heldout-texts.ts,
// found by grep. It did not read anything else under core/src (lexicons, categories, rules, learned models),
// any test, core/bench/, core/cli/, docs/, the eval scripts, corpus or training texts, any other
// heldout-*-texts.ts file, any *.jsonl other than its own output, or git history. The checker, the eval
// scripts and the tests were not run on these texts; only the builder above, to validate the labels, and
// `npx tsc --noEmit -p core`.
// The school is the evaluation roster's (roster.json): Oakfield Primary School ("Oakfield", "Oakers"),
// Oakfield Road, Thornbury, Bristol BS35 4HJ, 0117 496 0123, office@oakfield.sch.uk; head David Hughes, DSL
// Helen Marsh, SLT Joanne Frost and Fiona Grant, site contractor Sam Booth.
//
// Setting: the AUTUMN TERM 2035 (September to December), with Thornbury played as a small town on the Severn
// estuary shore (Oldbury, "the Pill" where the boats tie up, Severn Beach, Aust, the sea wall, the salt
// marsh). The term: the Severn Vale Learning Trust taking the school over (its chief executive "Ms Pell", a
// heated parents' meeting); a lifeboat crew's visit after they pulled two kayakers out of the estuary; a
// storm surge flooding the lower playground; the school minibus hit by a van at the Aztec roundabout coming
// back from a swimming gala (Mr Lloyd driving, no one badly hurt, one child checked at hospital); Black
// History Month (the Bristol Bus Boycott, Walter Tull, the Bristol slave ships, the Colston statue); a Hindu
// family's (the Mistrys') Diwali stall at the fair; Miss Reid's engagement to her partner Megan; a Year 3
// parent, Bex Carver, elected to the town council (and her vote for a Traveller site); the row over the
// trust's new uniform supplier (Uniform Direct replacing Seaview Schoolwear, owner "Glen"; an inclusive
// uniform policy); the football team's county cup run to the semi-final (coach Mr Walsh); Remembrance on the
// quay, harvest with the fishing families' catch, flu spray, Bonfire Night, Anti-Bullying Week, Children in
// Need, the Christmas fair, the end of term. Voices: fishermen's families, holiday-let owners, the rugby
// club, retirees, a youth worker, a teaching assistant (Beth Cole) studying for her degree, former pupils,
// trolls and anonymous accounts; staff members' own posts (head, DSL, TA, class teachers, coach, driver).
//
// Lengths and styles: 3-150 words; one-line jabs, emoji-only hate, long friendly comments with the harm
// buried mid-paragraph, threats across two sentences, "> " replies in a pile-on, text speak, typos, West
// Country and Welsh touches ("mun", "mind", "think on", "them shorts"), sarcasm, disguised slurs (n1gnogs,
// p@ki, p1keys, sp@stic, lezza, gypo, trannies), coded and dog-whistle hate ("(((shareholders)))", "Rosenthal.
// Say no more.", "14 words", 🤏👃, 🐒🍌🐒, 🐷🐷🐷, "🏳️‍🌈 = 🤮", "grooming gangs month", "no jungle month", "dinghy
// lads", "the crime stats", "rainbow brigade", "private Mumbai", "which community he's from"), hostile
// statements about groups with no slur, threats in ordinary words (tides, mud, boats,
// bangers through letterboxes, brake lines, matches and empty cottages, car parks after dark, a dog off its
// lead, "see you soon"), incitement to self-harm in sea words (walk into the sea, a paddle past the buoys,
// the slipway at high tide, stand on the mud till the bore comes, a rope).
//
// 190 texts: 26 official posts, 108 comments and 56 personal posts. 60 texts (32%) carry no label at all;
// 84 (44%) carry no harm label (threat, hate, bullying, profanity, sexual, personal data or commercial), the
// rest of those 84 carrying only names, school identification, child-specific clauses or photo consent; 106
// (56%) carry harm: 4 of the official posts (quoted threats and hate in notices), 69 comments, 33 personal
// posts. Labels: 42 staff-name, 41 hate (3 official, 26 comment, 12 personal), 37 bullying (24 comment, 13
// personal), 32 threat (2 official, 21 comment, 9 personal), 12 pupil-name, 6 school-identification, 5
// commercial, 5 personal-data, 4 child-specific, 3 photo-consent (images tagging Kai Nguyen, Ivy Green and
// Hattie Campbell without consent; the lifeboat and harvest images tag only consented pupils and are
// clean), 3 sexual, 3 profanity. Most clean texts sit next to harm: "this academy business is killing me",
// "I could murder a coffee", "I could cheerfully strangle whoever invented Harvard referencing", "I am going
// to walk into the sea. Fondly.", "kill my darlings", kayakers "minutes from drowning", a dead man in the mud
// at Aust, a conger "took both of us to land him", gutting mackerel, "battered them", "destroy Portishead",
// "absolute animals", U9s "savage", U11s "slaughtered 48-0", Rama's arrow and the demon king, men "killed"
// and "shot down" at Remembrance, the 1607 flood that "drowned" villages, sparklers and burns, beach huts
// burnt in arson (a news report), a van driver charged, the Colston statue and the slave ships, a Romany
// grandad "called every name going", a parent and staff condemning threats and hate, an e-safety note and
// a lesson naming the harms in general terms, sincere questions (Windrush, halal chicken and an allergy),
// firm complaints about the consultation, uniform prices and a reading book.
//
// Codes: pn pupil_name, sn staff_name, pd personal_data, pr profanity, sx sexual, ht hate, th threat,
// bu bullying, cm commercial, id school_identification, cs child_specific, not = a roster full name used
// as ordinary words. photo_consent is never written: the builder adds it over the whole text when an
// image tags a pupil whose photoConsent is false. Images are attached to official posts only.
//
// Labelling decisions: heldout-source.ts's header holds; beyond it:
// - Quoted abuse is labelled as what it is, over the quoted words only (quote marks outside): the threat
//   phoned to the office, the graffiti, the defaced Diwali poster, the deleted comments about Ms Pell and the
//   trust, the notes and messages staff quote in their own posts (a note under Mr Lloyd's wiper, a letter to
//   the head, an anonymous email, the hijab remark, the messages to Miss Reid, the cloakroom wall). The words
//   around them that report, condemn or explain are clean, and so are staff and parents describing abuse in
//   general terms ("threats", "racist abuse", "tells them to hurt themselves").
// - Threat: one span over the menace; a grievance or lead-in before it stays outside unless the menace
//   needs it to be read ("Be a shame if ... caught light one night. Been a dry autumn 🔥🔥" is one span).
//   A roster name inside the menace is nested. Incitement to self-harm aimed at a person (an adult or a child)
//   is threat and bullying over the same span. Hyperbole at no one, and at oneself ("I am going to walk into
//   the sea. Fondly.", "I could cheerfully strangle whoever invented Harvard referencing", "I could murder a
//   coffee", "this rain is killing me") is clean. A threat to a neighbour's dog and to a driver are threats.
// - Hate: over the statement that attacks the group, lead-ins and grievances outside ("Walter Tull, lovely."
//   outside, "Now do a month on the grooming gangs ..." inside). A slur or stereotype aimed at one person
//   ("a proper window licker" of the referee, "a total sp@stic" of the page admin, "a lezza teaching 8 year
//   olds" of Miss Reid, the hijab remark to Mrs Karimi) is hate and bullying over the same span.
// - Bullying: insults, mockery and humiliation of one person, named or not (the trust supporter "Jodie", the
//   uniform supplier "Glen", the keeper, the penalty-taker, a Portishead dad in a North Face, a mum in a
//   dressing gown, a girl in the play, the councillor, staff); a staff member's own post mocking a pupil, a
//   parent or a
//   colleague is bullying too. Firm complaints ("my daughter's reading book hasn't been changed", "the
//   consultation ran over the summer holidays") are clean.
// - Names: as the rulebook says; "Callum F" is Callum Fraser (the Year 5/6 team), "Siân" Siân Evans,
//   "Rohan" Rohan Chowdhury, "Noah" Noah Patel, "Toby" in Year 6 Toby Gill, "Jude Lawson", "Ethan Brooks",
//   "Hope Adeyemi" and "Alfie Turner" as written; staff by unique surname after a title (Hughes, Lloyd,
//   Reid, Walsh, Marsh, Frost, Fletcher, Karimi, Grant, Booth) or by given name where it names them (David,
//   Gareth, Joanne, Helen, Holly, Gemma, Claire, Beth); "Lisa Oduya", "Sam Booth", "Beth Cole" and "Holly
//   Reid" in full. Not names: Ms Pell, Megan, Bex Carver, Jodie, Shelley, Glen, Gary, Rosenthal, the
//   Mistrys, Walter Tull, Shaun, the author "Tom Fletcher" of The Christmasaurus (marked [[not:]]); words
//   that are roster names (frost, grant, marsh in "salt marsh", will, may, hope, summer).
// - personal_data: a uniform-swap address with its postcode (one span) and a mobile, a finder's mobile, a
//   reunion address and mobile; the school's own email and phone are clean.
// - commercial: a shop's discount code, "preloved" uniform bundles, a holiday-let's half-term offer, an aloe
//   MLM recruiting school-run mums, a staff member selling logo jumpers (school name nested); PTA and stall
//   prices are clean.
// - sexual: the "lonely mums" spam, "Mr Walsh in them shorts 🥵", "🍆💦" in a hen-do post.
// - child_specific (official posts only): Alfie's hospital check, Noah's allergy, Jayden's family and
//   collection, Ethan's travel after an incident, each over the clause with the name nested.
// - school_identification (personal posts only): "Oakfield", "Oakfield Road", "Oakers", "#OakfieldLife";
//   Thornbury, Oldbury, the Pill, Castle Street are not.
import type { Source } from './heldout-texts.js';

export const OFFICIAL: Source[] = [
  `Welcome back to the autumn term! 🍂 School reopens for pupils on Tuesday 4 September. From 1 September we are part of the Severn Vale Learning Trust, but day to day nothing changes: same staff, same gates, same lunch menu and the same Mr [[sn:Hughes]] at the gate in his high-vis. Breakfast club runs from 7.45 as before. Any questions to office@oakfield.sch.uk or 0117 496 0123.`,
  `Parents' meeting with the Severn Vale Learning Trust: Thursday 13 September, 6pm in the hall. Ms Pell, the trust's chief executive, and our chair of governors will answer questions on staffing, uniform and the budget. We know feelings are running high, and that's fine. We ask only that questions are put politely. Staff and visitors must be able to leave the building without being shouted at in the car park, as happened after the July meeting.`,
  `KS2 playground CLOSED 🌊 Saturday night's storm surge came over the sea wall at Oldbury and the drains on the lower playground couldn't cope. Our site manager [[sn:Sam Booth]] has been pumping since 6am; the field looks like a salt marsh, complete with two very confused gulls. KS2 will share the infant playground until the drains are cleared, probably Thursday. Wellies in a bag please!`,
  { text: `Huge thanks to the volunteer lifeboat crew, who visited Year 6 on Friday, a fortnight after they pulled two kayakers out of the estuary off Severn Beach. The children tried on the drysuits, heard a (practice!) pager go off and learned what to do if someone is in trouble in the water: call 999, ask for the Coastguard, and never go in after them. Some of our families have crewed that boat for three generations. 🧡`, images: [['Hope Adeyemi', 'Toby Gill', 'Orla Ashworth']] },
  `Update on this afternoon's minibus accident. On the way back from the swimming gala a van pulled out at the Aztec roundabout and hit the side of our minibus. Mr [[sn:Lloyd]] was driving and did everything right. All eleven children were checked by paramedics at the scene. [[cs:[[pn:Alfie Turner]] was taken to Southmead as a precaution with a sore neck and is now home with his mum]]. Everyone else was collected from school by 5pm. Thank you to the passers-by who stopped to help.`,
  `We are sorry to have to post this. Following the minibus accident, the school office took a call on Tuesday morning from a man who would not give his name. He said, and we quote: "[[th:tell [[sn:Lloyd]] next time he puts kids in danger he'll be the one going through a windscreen]]". This has been reported to Avon and Somerset Police. Mr [[sn:Lloyd]] was not at fault, and threats to our staff will always be reported. If you have concerns, please email the office or ask for Mr [[sn:Hughes]] at the gate.`,
  `October is Black History Month 🖤 This year every class is learning about someone from our own region. Year 3 are studying the Bristol Bus Boycott of 1963, Year 4 the footballer and soldier Walter Tull, Year 5 how ships fitted out in Bristol carried enslaved Africans across the Atlantic, and Year 6 will visit M Shed to see the Colston statue that was pulled down and rolled into the harbour in 2020. Some of this history is brutal, and we will teach it honestly and in a way that suits each age. Our BHM lead is [[sn:Lisa Oduya]], who would love to hear from families with stories to share.`,
  `Some of you will have seen the graffiti sprayed on the bus shelter opposite the main gate over the weekend. Next to our Black History Month banner, someone wrote "[[ht:NO JUNGLE MONTH IN ENGLISH SCHOOLS]]" with a drawing we will not describe. The council painted over it on Monday and it has been reported to the police as a hate incident. Teachers are talking to the children about it in an age-appropriate way. Racism has no place at our gate, on our walls or in our town.`,
  `Happy Diwali to all our families celebrating this week! 🪔 The Mistry family will run a Diwali stall at Friday's after-school fair, with rangoli colouring, clay diyas to paint and Mrs Mistry's famous coconut barfi (50p a piece, all money to the PTA). Year 2 have been learning the story of Rama and Sita, and were very impressed that Rama defeated the ten-headed demon king Ravana with a single arrow.`,
  `Sadly, one of the posters for the Diwali stall was torn down outside the library and pushed under the office door with "[[ht:no heathen idols in a Christian town, the hall will stink of curry for a week]]" written across it in marker. The Mistry family know, and the stall will go ahead with our full support. If you know anything about this, please speak to Mrs [[sn:Marsh]], our safeguarding lead.`,
  `Congratulations to Miss [[sn:Reid]] in Kingfishers, who got engaged to her partner Megan on the pier at Clevedon over half term! 💍 The children have already asked whether they are all invited to the wedding. (The answer is no.)`,
  { text: `Into the quarter-finals! ⚽ Our Years 4-6 team beat Castle Juniors 5-2 on Saturday in the county cup: a hat-trick from [[pn:Callum Fraser]], a worldie from [[pn:Siân]] and a penalty save from [[pn:Rohan]] that we'll be talking about until Christmas. We were 2-0 down at half time, so Mr [[sn:Walsh]]'s team talk must have been something. Next: away at Portishead on Saturday 6 October.`, images: [['Callum Fraser', 'Siân Evans', 'Rohan Chowdhury', 'Kai Nguyen']] },
  `Uniform update: we have heard you. The trust's new supplier, Uniform Direct, stays as the place to buy logo jumpers, but plain navy jumpers and cardigans from any shop are fine for the whole of this school year, and no child will be sent home or kept in for wearing them. Skirts, trousers and shorts are open to all pupils. The PTA's second-hand rail is in the foyer every Friday, 50p an item. We are sorry that the switch from Seaview Schoolwear happened at such short notice.`,
  `Congratulations to Bex Carver, one of our Year 3 parents and a PTA stalwart, on being elected to the town council in last week's by-election. Bex has promised she will still run the tombola. We are a school, not a party, and we'd say the same to any parent who won an election! 🗳️`,
  `A reminder for Year 4 lunchboxes: [[cs:[[pn:Noah]] in Kingfishers now carries an adrenaline pen after a serious reaction to sesame in the summer]], so please keep sesame snaps, hummus and seeded bagels at home for now. Thank you for your help.`,
  `Kestrels parents: the Year 5 trip to the lifeboat station has moved to Wednesday 14 November. [[cs:[[pn:Jayden Atkinson]]'s dad is away on the trawler until Christmas and his mum is in hospital, so his nan will collect him on trip day]]; please look out for her at the gate.`,
  `Online safety, a note for parents. A number of Year 6 children have been sent a "challenge" video on a gaming app that dares them to hold their breath until they pass out. Please talk to your child: nobody should ever do anything online that could hurt them, and they should tell an adult straight away if a message threatens them, tells them to hurt themselves, or calls them names because of their race, religion, disability or who they are. Our online safety evening is on Tuesday 16 October at 6pm.`,
  `Anti-Bullying Week 🤝 This year's theme is "Choose Respect". Every class talked about the difference between falling out and bullying (hurtful, on purpose, and again and again), and about what "banter" feels like when you're the one on the end of it. Year 5 wrote kindness pledges, now pinned up in the hall. Odd socks on Monday!`,
  `On Friday our Year 6 pupils laid a wreath at the war memorial on the quay. They read out the names of the 23 men from the parish who were killed in the two world wars, among them the four crew of the fishing boat Endeavour, sunk by a mine off Lundy in 1917, and two brothers shot down over Belgium in 1944. The children stood silent for two minutes in the wind and rain. We are very proud of them.`,
  { text: `Harvest festival with a difference 🐟🥕 Instead of tins, our fishing families brought in the morning's catch, and Mr [[sn:Fletcher]] showed Year 3 how to gut a mackerel (several children were braver than he was). Everything else went to the food bank on Castle Street. Thank you to the Pill fishermen and to Hayward's farm for the potatoes.`, images: [['Jack Wilson', 'Oliver Bennett', 'Aisha Begum']] },
  `A message about comments on this page. We want parents to ask hard questions about the trust, and many of you have, firmly and fairly. But this week we deleted a comment saying "[[th:someone should loosen the wheel nuts on that Pell woman's car before she drives over the bridge]]" and another calling the trust "[[ht:run by the usual (((shareholders))) who've never set foot in a fishing town]]". The first has gone to the police; the second is antisemitic and has been reported too. Comments that threaten or abuse anyone will be removed and the account blocked.`,
  `Bonfire Night safety 🎆 Every year the minor injuries unit sees children burned by sparklers, which reach over 1,000°C, far hotter than a cooker ring. Gloves on, one at a time, and used sparklers into a bucket of water. Please keep pets in, and remember that many of our Diwali families will be lighting fireworks this fortnight too. The lifeboat station display on the Pill is on Saturday 3 November, gates at 6.`,
  { text: `Children in Need: £612 raised! 🐻 Thank you for the spotty cakes, the sponsored silence (Year 4 lasted eleven minutes) and the chance to throw wet sponges at Mr [[sn:Hughes]] and Mrs [[sn:Grant]], who were both utterly drenched.`, images: [['Ivy Green', 'Daisy Price']] },
  `Christmas fair: Saturday 1 December, 11 till 2 🎄 Grotto £3 (with a gift), tombola £1 a ticket, mulled wine for the grown-ups. Raffle prizes include a weekend at Tideway Cottage on the harbour, kindly donated by one of our holiday-let families, a fish supper for four from the Pill Chippy and a signed copy of [[not:Tom Fletcher]]'s The Christmasaurus. Year 3 sing at 12.`,
  `Year 6 parents: after Friday's incident on the coach home from Portishead, [[cs:[[pn:Ethan Brooks]] will not travel with the team to the semi-final and will meet his dad at the ground instead]]. The rest of the squad travels as normal.`,
  { text: `That's a wrap on a term we won't forget: a new trust, a flooded playground, a minibus scare, a cup run that ended in the county semi-final, a lifeboat visit and a Diwali stall that sold out in 40 minutes. Thank you for sticking with us. School closes at 1.30 on Wednesday 19 December and reopens on Monday 7 January. Merry Christmas! 🎄`, images: [['Hattie Campbell', 'Mia Johnson']] },
];

export const COMMENTS: Source[] = [
  // the trust
  `With respect to the trust, the consultation ran for fifteen school days over the summer holidays, when half of us were working double shifts in the cafés and the lets. That isn't consultation. Please could the governors publish the minutes of the vote?`,
  `If that Pell woman turns up at the gate on Monday in her lanyard [[th:she'll be leaving in the back of an ambulance, not in her Tesla. Plenty of dads round here with nothing to lose since the fishing went]]`,
  `This academy business is killing me. Three letters home and still no straight answer on whether breakfast club keeps its 7.45 start 🙃`,
  `Course Jodie's all for the trust, [[bu:she'd polish the shoes of anyone in a lanyard. Sit down love, nobody elected the bake sale queen 👑]]`,
  `Looked up the trust chair. [[ht:Rosenthal. Say no more. They've been buying up the schools, the banks and the papers for a hundred years]] and now they've got the Oakers too`,
  `> Gary that's antisemitic, plain and simple. Disagree with the trust all you like, I do, but leave people's religion out of it. Reported.`,
  `[[th:Be a shame if that shiny new trust sign on the railings caught light one night. Been a dry autumn 🔥🔥]]`,
  `Whoever wrote about setting fire to the sign: screenshotted and sent to 101. My kids walk past those railings every morning. Be angry, be loud, write to the MP, but not that.`,
  `Youth worker in town here. I'd give the trust one term. The last round of council cuts shut our drop-in; if this lot fund the after-school club I'll eat my words and my hat.`,
  `[[sn:Hughes]] has sold us down the river for a bigger salary. [[bu:Spineless little yes-man, always was. Enjoy your trust bonus [[sn:David]], you'll need it when nobody in this town will give you the time of day]]`,
  `[[th:Tell the trust woman we know her kids go to St Katherine's. She posts them at the gate every first day. Shame if a few of us started doing pick-up there]]`,
  `Just want to say what a brilliant term it's been for my two, the lifeboat visit was the talk of our tea table for a week and Miss [[sn:Reid]] has been amazing with my eldest's reading. The only sour note is the trust. I went to the meeting, asked my question politely, and that Pell woman smirked at me like I was something on her shoe. I've let it go for now. But if she smirks at my wife like that at the Christmas fair [[th:I'll wipe it off her face for her, and I won't need a second go]]. Anyway happy Christmas all and well done to the football team 🎄⚽`,
  `I'd keep the kids home on Thursday if I were you. Just saying. [[th:Something's coming for that trust meeting that they won't be able to spin]]`,
  // the minibus
  `So glad everyone's ok. Thank god for seatbelts, and for the lady from the garden centre who sat with the little ones in the rain ❤️`,
  `That [[sn:Lloyd]] [[bu:shouldn't be trusted with a shopping trolley let alone a minibus full of kids. Bet he was on his phone. Useless great lump]].`,
  `My lad was on that bus. If it turns out the driver was messing about, [[th:[[sn:Lloyd]] had better pray the police find him before I do]].`,
  `If I'd nearly wiped out a minibus of kids [[th:[[bu:I'd drive myself off the end of the slipway at high tide. Just a thought [[sn:Gareth]]]]]] 🤷‍♂️`,
  `I was two cars behind. The van came flying out of the retail park without looking. Mr [[sn:Lloyd]] braked hard and kept it straight, he did brilliantly.`,
  `Police update: a 34-year-old man from Avonmouth has been charged with driving without due care and attention. Hopefully that ends the witch hunt on here.`,
  `That roundabout is a death trap, the barrier's been smashed three times this year. Write to the council, not at Mr [[sn:Lloyd]].`,
  `[[th:Mun, if I see that van driver in the Swan I'll knock him into next week, mind]]. Our Cerys still won't get in a car.`,
  // Black History Month
  `Black History Month in a school where 95% of the kids are white. [[ht:Next they'll have ours kneeling in assembly. Shame there's no month for the people who actually built this country]]`,
  `[[ht:🐒🍌🐒 happy BHM]]`,
  `Walter Tull, lovely. [[ht:Now do a month on the grooming gangs, or is that the wrong sort of history]] 🙄`,
  `Please do teach them about the slave ships. My great-great-grandad's family were enslaved in Jamaica, and the money made off them paid for half of Clifton. Kids can handle the truth.`,
  `[[ht:all this for the n1gnogs in year 4]], my lad comes home talking about Africa like it's somewhere to be proud of`,
  `And [[pn:Hope Adeyemi]]'s mum can [[bu:get off her high horse about "representation"]] too, [[ht:them lot get everything handed to them already]]`,
  `Some of the comments on this post are vile. My son is mixed race and he's in Year 2. He's five. When he reads these one day, what do I tell him? Thank you to the school for standing firm.`,
  `[[ht:14 words]]. that's all I'll say 🇬🇧`,
  `Genuine question: will there be anything about the Windrush generation? My dad came over in 1961 and worked the docks at Avonmouth for thirty years.`,
  `[[ht:The crime stats say it all. Teach the kids THAT for Black History Month]]`,
  // Diwali
  `Mrs Mistry's barfi was unreal, I went back three times and my diet died a happy death 😍🪔`,
  `Could smell it from the car park. [[ht:Some of us don't want our kids painting lamps for elephant gods in a Christian country]]`,
  `Good to see [[ht:the corner shop lot have branched out into school fairs 😂 next it'll be p@ki mix at 50p a bag]]`,
  `Diwali and Bonfire Night in the same fortnight, the dog is going to lose his tiny mind 🎆🐕 Happy Diwali to everyone celebrating!`,
  `[[th:Enjoy your lamps while you can. Be a pity if a banger went through the wrong letterbox this year 🎆]]`,
  `The comment about bangers has been reported to the police. The Mistrys have lived on our road for nine years and their lad carried my shopping every week after my hip op. Shame on whoever wrote that.`,
  `[[th:Watch the news Monday. That hall won't be hosting any more Diwali nonsense]]`,
  `Lovely fair as always, well done PTA!! The tombola was brilliant and my youngest won a bottle of bubble bath and a tin of spam which he's treating like the crown jewels 😂 Only thing I'd say is maybe next year keep the Indian stall away from the cake table, [[ht:nobody wants their Victoria sponge smelling of whatever they were frying, and half of us don't know what's in it anyway, could be anything with them]]. But the grotto was magic and Santa was very convincing (is it Mr [[sn:Fletcher]]?? 👀). Roll on next year x`,
  // the engagement
  `Congratulations Miss [[sn:Reid]]!! 💍 Megan is one lucky lady. Kingfishers are going to be unbearable with excitement 😂`,
  `Not in front of the kids please. Grown-ups can do what they like at home, but [[ht:there's always got to be a parade with that lot hasn't there. Ram it down everyone's throats from age four]]`,
  `[[ht:[[bu:a lezza teaching 8 year olds]]]], and the school's throwing her a party. what's next, drag story time in assembly`,
  `[[sn:HOLLY REID]] you dark horse!! kept that one quiet at book club. Drinks are on you Friday, no excuses 🥂🥂`,
  `[[ht:🏳️‍🌈 = 🤮]]`,
  `The hateful replies on this post tell you exactly why a teacher being openly happy in front of her class matters. Congratulations to you both.`,
  // the uniform row
  `£18.50 for a logo jumper from Uniform Direct against £5 for plain navy at the supermarket, and I've got three at Oakfield. Thank you for allowing plain this year, but please don't make the logo compulsory next September without asking families first.`,
  `Glen at Seaview has been fleecing parents for twenty years and now he's crying on Points West. [[bu:Greedy sweaty little man with a comb-over like a dead crab]]. Good riddance`,
  `[[cm:Plain navy school jumpers from £4.99 at Marlow Mill Clothing 👕 Use code OAKS10 for 10% off this week, link in our bio 👇]]`,
  `[[cm:DM me for preloved uniform bundles, jumpers + polos + PE kit, £20 a bag, PayPal friends and family only 📦]]`,
  `Free uniform swap at mine on Saturday 10-12, [[pd:14 Quay Street, Thornbury BS35 2AX]]. Text [[pd:07700 900418]] if you can't make it and I'll put a bag aside for you`,
  `So now boys can turn up in skirts "if they feel like it". [[ht:Trannies in Year 3, what a time to be alive. My kids won't be sharing a toilet with it]]`,
  `Whoever at the trust signed off an £18 jumper [[th:wants to stay off Quay Street after dark. Fishermen don't forget and they don't do emails]]`,
  `Uniform Direct took six weeks and sent age 13 for my seven year old. He looks like he's wearing a sleeping bag with arms. Gutted, but we laughed till we cried 😂`,
  // the flood
  `The lower playground looked like the Pill at a spring tide 😂 mine came home soaked to the knees and absolutely buzzing`,
  `Thinking of the families at the caravan park, the surge went straight through six vans on the bottom row. There's a collection at the rugby club tomorrow from 10.`,
  `[[bu:[[sn:Booth]] couldn't unblock a drain if his life depended on it. Sits in that shed with his flask and his crossword while the kids paddle. Dead weight on a contractor's wage]]`,
  `Funny how the council found millions to put [[ht:the dinghy lads up in the Bay Hotel but can't find a tenner for a drain at a primary school. Should have let the tide have them]]`,
  // the lifeboat
  `My husband's been crew for eleven years. The pager goes off in the middle of Sunday dinner and he's out the door with his gravy still on the plate. Thank you for having them in 🧡`,
  `Those two kayakers were minutes from drowning. The ebb on that stretch will drag a grown man under like he's nothing. Brilliant that the kids heard it from the people who go out in it.`,
  `Shame the lifeboats spend more time [[ht:fishing illegals out of the Channel than looking after their own. Should be a one way trip, turn them round and pull the bung out]]`,
  `My grandad was coxswain in the 70s. He pulled a dead man out of the mud at Aust once and never spoke about it again. Brave, brave people.`,
  `Off topic but whoever's been lifting our pots off the Pill: we know whose boat it is. [[th:Next time it won't be ropes that get cut.]]`,
  `Mackerel are still in off the pier if anyone wants to take the kids. We had forty in an hour on Saturday, gutted them on the slipway and the gulls went mental 🐟`,
  // the cup run
  `COME ON OAKFIELD!! 5-2 from two down, absolutely battered them in the second half ⚽🔥 [[pn:Callum F]] on fire`,
  `Not being funny but [[bu:the keeper needs to lay off the chips. Couldn't get down to a ball if you paid him in sausage rolls]]`,
  `[[bu:[[pn:Jude Lawson]] cries every time somebody breathes on him. Soft as a bag of flour that kid, should be playing netball]] 😂`,
  `That ref from Portishead [[th:wants to think hard about which car park he uses next time. Long walk back to his car in the dark]]`,
  `My boy says he's going to destroy Portishead in the quarter-final, he's been smashing penalties against the garage door at 7am, the neighbours love us 🙃`,
  `Course it was close, [[ht:their whole team's off the site at Tockington. Half of them are fifteen if they're a day and not one of them's got a birth certificate]]`,
  `ref's [[ht:[[bu:a proper window licker]]]], did you SEE that offside`,
  `Proud of every one of them, win or lose. And thank you Mr [[sn:Walsh]] for giving up every Saturday since September ⚽`,
  `[[sx:Mr [[sn:Walsh]] in them shorts on the touchline though 🥵 half the mums aren't there for the football]]`,
  `The lad who missed the penalty [[th:[[bu:should walk into the sea and keep going]]]], honestly embarrassing`,
  `That [[pn:Ethan Brooks]] is the reason we're out. [[th:[[bu:If he had any sense he'd tie his boots to an anchor and jump off the Pill]]]]`,
  // the councillor
  `[[bu:Bex Carver couldn't run a bath. Ask her ex how the chippy went 😂 three kids by three blokes and now she's lecturing the town on budgets]]`,
  `[[th:She'll want to keep the curtains shut and the lights on now she's voted that site through. Small town, long memories, short fuses.]]`,
  `[[ht:give it a month and the p1keys will have the lead off St Mary's roof and the school laptops in the back of a transit]]`,
  `My dad's family were Romany, he grew up in a vardo on the Downs. Kids at school called him every name going. Good to see people standing up for the Traveller families in the replies.`,
  `Cllr Carver, congratulations. Please could you look at the 20mph on Bath Road? The holiday-let traffic in August was frightening at school-run time.`,
  `[[th:Nice dog Bex. I'd be careful where he runs off the lead now, all sorts gets left lying about on that field these days]]`,
  // everything else
  `Shelley from the PTA crying about the uniform again 🙄 [[th:[[bu:do us all a favour and go for a long paddle past the buoys at high tide hun 🌊]]]]`,
  `Mr [[sn:Hughes]] STILL there?! Legend. Gave me my first detention and my first "proud of you" in the same week 😂 Class of 2027`,
  `Mrs [[sn:Frost]] was the worst teacher I ever had. Screamed at seven year olds and called it standards. [[bu:Hope her retirement's as miserable as she made every one of us]]`,
  `[[sx:Bored and lonely mums near Thornbury 💋 no strings, no judgement, discreet chat tonight]], pics in my profile ➡️`,
  `Absolute [[pr:shitshow]] at pick-up again. Cars on the zigzags, cars on the verge, a Range Rover on the actual pavement. Someone's going to get hurt.`,
  `[[pr:fucking]] hell, the queue for the flu spray went round the building twice 😂 my youngest screamed the place down and it goes up his NOSE`,
  `Found a blue Frozen lunchbox at the bus stop by the chippy, the name inside's smudged. Message me on [[pd:07700 900283]] and I'll drop it round`,
  `Mrs [[sn:Marsh]] rang social services on my family over a bruise from a trampoline. [[th:She has no idea what's coming to her, none.]]`,
  `> Ha, [[sn:Marsh]]. [[bu:Nosy old bat with nothing better to do. Everyone at that gate knows what she's like]]`,
  `I'd like to raise, calmly, that my daughter's reading book hasn't been changed since 19 September. I've emailed twice. I know staff are stretched, but could someone tell me who to speak to?`,
  `[[ht:Mrs [[sn:Karimi]]'s lot have taken over the prayer room at the leisure centre too. Give them an inch. Every town in England will be a mosque with a beach by 2050]]`,
  `halal in the school dinners now? [[ht:🐷🐷🐷 bacon sarnies for all on Monday, see how they like it]]`,
  `Genuine question, not having a go: is the chicken in school dinners halal? My daughter has an alpha-gal allergy, so I need to know exactly what's in the meat.`,
  `Not to be dramatic but this rain is killing me. Three coats, two buggies, one flooded porch and it's only October 😩`,
  `I could murder a coffee after that drop-off. Who's coming to the Anchor? ☕`,
  `[[bu:the mum in the pink dressing gown at drop off every single day, love, it's 8.45 not 3am, have some self respect. kids must be mortified]]`,
  `[[ht:Special school for that lot, not ours]]. My daughter shouldn't have her lessons wrecked by [[bu:a kid who moos and bangs his head on the table all day]]`,
  `whoever runs this page is [[ht:[[bu:a total sp@stic]]]], deleting comments like it's north korea`,
  `Photo day is Thursday! Don't attempt a fringe trim the night before 😂 (we learned the hard way, she looks like a startled Lego figure in last year's shot)`,
  `the boy in year 6 with the handbag, every school's got one. [[ht:[[bu:mincing about the playground. doesn't take a genius to see where that's heading 🏳️‍🌈🙄]]]]`,
  `[[ht:🤏👃 running the trust, running the banks, running the BBC]]. but sure, it's about "standards"`,
  `[[bu:[[sn:Beth Cole]] posting her essay marks on here again 🙄 imagine doing a degree at 38 to still wipe noses for minimum wage. Bless her]]`,
  `> [[bu:she thinks she's the head already, saw her telling the dinner ladies how to do their jobs 😂😂]]`,
  `Well done to the girl in the Year 2 play who forgot every line, [[bu:really brave of her parents to let her out in public with that fringe]] 👏👏`,
  `[[th:Mr [[sn:Fletcher]] keeps my daughter in one more lunchtime and I'll be waiting by his bike, and it won't be to talk about her times tables]]`,
  `[[th:Whoever runs that "Thornbury Truth" page, we've got your IP mate. Enjoy your last quiet weekend]]`,
  `Not a fan of the trust, but the amount of threats on this page is embarrassing for the town. People can disagree without sounding like a gangster film. Give the staff a break.`,
  `Our U11s at the rugby club got slaughtered 48-0 on Sunday and still came off grinning. Proper Severnside spirit that 🏉`,
];

export const PERSONAL: Source[] = [
  `Third year of my degree starts tomorrow 📚 Full time as a TA at [[id:Oakfield]], two kids, one dissertation on attachment in the early years. If you see me crying in the big Tesco, no you didn't.`,
  `4,000 words on Bowlby done at 1.12am. My brain is soup. I could cheerfully strangle whoever invented Harvard referencing 🙃`,
  `Someone commented on the school page that a TA "[[bu:doing a degree at 38 to still wipe noses for minimum wage]]" should "[[bu:know her place]]". I'm sharing it because I'm proud, not hurt. I wiped noses AND got a 68 on my last assignment.`,
  `SHE SAID YES 💍🌊 Clevedon pier, sunset, a very nervous me and a very nosy seagull. I've loved her since the night she laughed at my terrible pub quiz answers.`,
  `I'm not going to pretend the last 48 hours have been easy. One message said "[[ht:[[bu:your sort shouldn't be let near other people's children]]]]". Another told me to "[[th:[[bu:hang up the lanyard and then find a rope for yourself]]]]". Both reported. To the parents who sent cards, and the Year 4 who drew us a rainbow cake: thank you. I'm staying.`,
  `Not my finest week. A fella pulls out of the retail park without looking and suddenly I'm the most hated man in Thornbury. The kids were brilliant, calm as you like. Then Monday there's a note under my wiper in the staff car park: "[[th:brake lines are dead easy to get at, ask around]]". Police have it. I'm fine. Back on the minibus Friday.`,
  `Semi-final here we come ⚽ The under 11s battered Portishead 4-0, the back four were absolute animals and the keeper made three saves that'd make a grown man weep. So proud of these kids.`,
  `Shout out to the Portishead dad in the North Face who spent ninety minutes screaming at a ten year old. [[bu:Mate, your kid's clearly the only one in your family with any talent and it isn't from your side 😂 Sort your hairline out while you're at it]]`,
  `Thirty years in schools and I've never asked for sympathy online, and I'm not now. But this came through my letterbox on Sunday: "[[th:lot of us have boats. lot of that estuary is mud. nobody goes looking in the mud. think on]]". If you have a grievance with the trust, my door at school is open. My home is not the place.`,
  `Lifeboat crew in this week, and a Year 6 asked the coxswain if he'd ever seen a dead body. Long pause. Then: "Yes, son, and that's why you never go in after your dog." Best safety lesson I've heard in thirty years.`,
  `A parent told me at pick-up that my hijab "[[ht:[[bu:frightens the little English ones]]]]". Twelve years at [[id:Oakfield]]. I taught her son to read. I'm not going anywhere, and neither is my scarf.`,
  `Black History Month: a Year 3 asked me why the bus company wouldn't let Black men drive the buses. I said "Because some people were unfair, and other people were brave enough to stop it." He thought and said "Like a team." Yes. Like a team.`,
  `Under our Black History Month post on the school page this week, someone left just this: "[[ht:ooh ooh 🍌 make sure they learn to climb first]]". It's been reported. I won't pretend it didn't sting, but I've had worse since I was nine, and the children in my class are going to grow up knowing better.`,
  `Walked the whole length of the front on Sunday and [[ht:didn't hear a word of English. Used to be fishermen's cottages, now it's people who'll never learn the language and don't want to]]. Only saying what everyone's thinking.`,
  `Inset day on "gender identity" today. Sorry but [[ht:a bloke in a wig is a bloke in a wig, and I won't be calling a seven year old "they" because mummy read a blog]]. Sack me.`,
  `Parents' evening survival diary: [[bu:the dad who thinks he knows more about phonics than me because he watched one YouTube video. Mate, you spelled your own son's name wrong on the form]] 🙄`,
  `One of my Year 4s asked me today if Wales is in Africa. [[bu:Apple doesn't fall far, I've met his mum]] 🙃 [[id:#OakfieldLife]]`,
  `Neighbour's collie has had three of our hens this month. [[th:Next time it's over my fence it won't be going home]]. Farm rules.`,
  `To whoever keyed my car in the staff car park on [[id:Oakfield Road]]: I've got the dashcam. [[th:When I find you, you'll be eating that key one tooth at a time]].`,
  `Out off Oldbury on my brother's boat at first light. Hooked a conger the length of a Year 6 and it took both of us to land him. Arms are dead. 🎣`,
  `U9s at the rugby club were savage today 💪 tackled everything that moved, including the ref by accident. Proud coach.`,
  `[[cm:Our little cottage on the harbour has October half term free! 🌊 £95 a night, sleeps 4, dog friendly. Book direct and save the booking site fees, link in bio 👇]]`,
  `[[cm:Any mums on the school run want to earn around the kids? 💅 I've joined an amazing aloe wellness business and I'm looking for 3 ladies to join my team. Comment GLOW and I'll message you 🌿]]`,
  `If one more person says "must be nice having all those holidays" I am going to walk into the sea. Fondly. With a coffee.`,
  `I could murder a bacon roll after that inset. Six hours on the new trust's data system. Six.`,
  `Explained to Year 6 today what to do if someone online tells them to hurt themselves: don't reply, screenshot, tell an adult, block. One boy asked "What if it's a grown-up?" Especially then.`,
  `Awful news from the beach huts at Severn Beach, three burnt out overnight and the police are treating it as arson. One of them was my nan's for forty years.`,
  `Diwali fireworks till 1am three nights running. [[ht:They come over here and treat the place like their own private Mumbai]]`,
  `The trust has put a "finance director" over every school in the group. [[ht:No prizes for guessing which community he's from 🤑 Some things never change]]`,
  `Certain member of SLT [[bu:reversing into the bay like she's docking the QE2. Pension can't come quick enough for any of us, [[sn:Joanne]]]] 😂`,
  `Mrs [[sn:Frost]] retires at Christmas after 31 years. She taught me in 2008 and terrified me into spelling "necessary" for life. Legend.`,
  `Seven hours pumping out the lower playground. Found a welly, two footballs, a crab and something that may once have been a packed lunch. Salt marsh 1, site team 0. [[id:Oakers]] back in on Thursday.`,
  `Girls' night out for [[sn:Holly]]'s engagement was carnage 🥂 [[sn:Gemma]] fell in the harbour (ankle deep, she's fine), [[sn:Claire]] lost a shoe to a gull and I will be denying everything on Monday.`,
  `Head office forwarded this anonymous email so all staff are aware: "[[th:a lot of empty cottages on that front in November and a lot of matches in this town, tell your trust that]]". Doors locked, lanyards on, nobody alone on site after 6.`,
  `Told [[pn:Toby]] in Year 6 to stop "performing" in PE and he burst into tears. [[bu:Drama queen of the century, that one]] 🙄`,
  `Bloke in the white Transit who cut me up on the Aztec roundabout this morning, reg ending KXP: [[th:I've got your reg and a cousin at the DVLA. See you soon.]]`,
  `Year 5 history today: the great flood of 1607, the sea up to 25 feet, whole villages drowned, and the churches still have the high-water marks. Then we went and looked at our own flooded playground. Context!`,
  `Flu spray clinic done: 180 children, two nosebleeds, one faint (a parent). The nurse said she's had more fight out of cats.`,
  `Dress shopping with Mum 👗 Megan says if I go for a meringue she's calling the wedding off. (She isn't. Probably.)`,
  `Council's voted the site through. [[ht:Anyone with a garage on the Tockington road, get the padlocks bought now. You know what's coming and it isn't the tooth fairy]]`,
  `The Bay Hotel is full again, 140 of them. [[ht:Feed the cockroaches and they bring their cousins]]. When my grandad's boat sank nobody put him up in a hotel.`,
  `Nothing like a safeguarding lead [[bu:who treats every grazed knee like a murder inquiry. [[sn:Helen]], love, get a hobby]] 🙄`,
  `Staff training on online abuse today. The trainer read out real messages teachers have been sent. I won't repeat them. I'll just say: if you're a parent and you've ever typed something about a teacher you wouldn't say to their face, please don't.`,
  `Class of 2029 reunion! Bring the kids. Saturday 24 November at ours, [[pd:7 Harbour View, Oldbury BS35 1QL]]. RSVP to me on [[pd:07700 900771]] x`,
  `[[cm:Selling my old [[id:Oakfield]] logo jumpers, age 9-10, x3, £3 each or all three for £8]]. Collection only.`,
  `Rugby club dinner tonight. Last year Shaun ate fourteen sausages and then tackled a wheelie bin. Pray for us.`,
  `Yes, I'm happy for her, but do we really need a class assembly about "two mummies getting married"? They're seven. [[ht:Let them be kids before the rainbow brigade gets to them]]`,
  `The trust wants us to "include" a child who bites in a class of 31. Inclusion my [[pr:arse]], [[ht:some of them belong in a unit, not a classroom]]`,
  `A dad squared up to me in the playground today over a detention. [[th:Next time he tries it he'll be picking his teeth up off the tarmac]], and I'll happily lose my job for it.`,
  `Our lifeboat's new boat arrived today 🧡 Twenty years of fundraising, three coffee mornings a month. My mum has baked roughly nine thousand Victoria sponges for this.`,
  `Dissertation topic approved! "Belonging in coastal primary schools". My tutor says I'll have to kill my darlings in chapter 2. No idea what that means but I'm terrified.`,
  `To the anonymous account that's been messaging my daughter: she's fourteen. You're a grown man. Delete your account and [[th:[[bu:go and stand on the mud at Aust till the bore comes in]]]].`,
  `Megan's sister's hen-do planning chat is NOT safe for work [[sx:🍆💦]] the stripper is booked and [[sn:Holly]] has no idea yet`,
  `This was written on the Reception cloakroom wall: "[[ht:gypo kids peg here]]". We had two Roma families join in September. I scrubbed it off myself before they arrived. Raging.`,
  `Our new councillor at the fair in that dress, [[bu:bless her, mutton dressed as mutton]] 😂`,
  `Mrs [[sn:Marsh]] stayed until 9pm on Friday making sure one of our families was safe for the weekend. Nobody will ever thank her publicly, so I will. Safeguarding is the hardest job in a school.`,
];
