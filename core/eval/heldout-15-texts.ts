// The fifteenth held-out set's texts, labelled inline as [[code:span]]; `npx tsx core/eval/heldout-source.ts
// --set 15` builds heldout-15.jsonl from them (ids h15-off-NNN, h15-com-NNN, h15-per-NNN). Written by
// someone who read none of the checker (core/src/checker/ beyond types.ts's category names), its lexicons
// or tests, core/bench/, core/cli/, corpus-*.ts, corpus.jsonl, generate-corpus.ts, score.ts,
// train-model.ts or any heldout*.jsonl, and of the earlier sets' texts only the header comments of
// heldout-texts.ts and heldout-2-texts.ts to heldout-13-texts.ts (plus heldout-source.ts and
// roster.json); the checker was not run on these texts before they were labelled, nor after. Score it
// with:
//   npm run -s eval:checker -- --corpus core/eval/heldout-15.jsonl
// The school is the evaluation roster's (roster.json): Oakfield Primary School ("Oakfield", "Oakers"),
// Oakfield Road, Thornbury, Bristol BS35 4HJ, 0117 496 0123, office@oakfield.sch.uk.
//
// Aim: weighted to measure THREAT, HATE and BULLYING in SHORT comments, replies and pile-ons (one line to
// three sentences), typed the way people really type: misspelt ("il be stood", "oi'll smack 'im"), no
// punctuation, text speak, teen and gaming slang, MLE and drill slang (catch a fade, wig pushed back,
// slide on his yard, run up on ur yard, back his ting), dialect (Scottish, Geordie, Scouse, Yorkshire,
// Welsh, Irish, Cockney, Brummie, Bristol), writers whose first language is not English (Polish, Urdu,
// Romanian, Somali, Portuguese speakers), emoji standing in for words (🔪 🔫 🔥 🔑 🪢 🐒 🐷 🤮) and
// obfuscation (stars, l33t, spaced letters, Cyrillic look-alikes written as \u0430 \u0435 \u043e \u0443
// \u0456, zero-width characters written as \u200b): fifty-odd threat labels, fifty-odd hate labels and
// seventy-odd bullying labels, many aimed at roster pupils and staff so that names nest inside them; the
// school's own notices and staff members' own posts quote or report threats, slurs and insults too. Beside
// them an ordinary sprinkling of names, personal data, profanity, sexual, commercial, school
// identification, child-specific and photo-consent labels; and about a third of the texts clean, most of
// them traps in the same voices (banter, game trash talk, praise in rude shapes, violent idioms, emoji used
// innocently, history, RE and Pride posts, rude-looking place names).
//
// Codes: pn pupil_name, sn staff_name, pd personal_data, pr profanity, sx sexual, ht hate, th threat,
// bu bullying, cm commercial, id school_identification, cs child_specific, not = a roster full name used
// as ordinary words. photo_consent is never written: the builder adds it over the whole text when an
// image tags a pupil whose photoConsent is false. Images are attached to official posts only.
//
// Labelling decisions: heldout-source.ts's header and the set 2 to 13 headers hold; beyond them:
// - threat, emoji: an emoji that carries the threat's meaning (🔫🔫 after "we slide on sir's yard
//   tonight", 🔑 after "shame if it met my key", 🪢 after "rope's £3 in b&m", ☕🔪 closing a staff
//   member's "I will find you and I will end you", 🔥 "coming out every window") is inside the span;
//   emoji that only react (🤣 💯 👋 🙄 😂 🙃 😏) stay outside, as set 12 had them. "🔪🔪 monday" aimed
//   at a named pupil is threat over the emoji and the day, the vocative name after it outside.
// - threat, asides and vocatives that stay outside: "no cap", "fr fr", "la", "swear down", "nee bother
//   like", "so I will" (Irish emphasis), "Mark my words" (no staff name), "tidy", "innit", "is
//   finish" (Portuguese speaker's "that's it"), a leading "Wallahi" (like "I swear to God"), "just
//   saying", "lol", "miss". A vocative that is itself an insult ("speccy" after "ur gonna get ur head
//   caved in") is bullying on its own span beside the threat.
// - threat, slang and implied menace, each threat over its clause: "catch a fade", "get his wig pushed
//   back", "slide on sir's yard", "run up on ur yard", "back his ting on you", "gettin striped",
//   "chin him", "put manners on him", "a proper pasting", "a gert wallop", "set aboot him wi a chair
//   leg", "clout him that hard his nan'll feel it", "he'll be eating through a straw by christmas",
//   "d o n t  w a l k  h o m e  a l o n e" said to a teacher, "pay that TA a visit", "next time it wont
//   be a note" on a windscreen, "make big problem for miss Doyle, she will see" and "teach to this
//   teacher a lesson she will remember all her life" (non-native writers), "you'll be sorry". A car
//   described and then menaced ("nice little red fiat in the staff car park. shame if it met my key") is
//   one span over both (set 12's means-then-menace). A staff member's own hyperbolic threat at whoever
//   takes her mug is threat (set 7), and so is a teacher's "If Toby kicks me in the shin one more time
//   I'm kicking him back" (a conditional threat at a named child, the name nested).
// - threat and bullying, pile-ons: a threat and an insult in one comment are separate spans, each over
//   its own clause ("that principal is a gombeen and a half" bullying, "I'll put manners on him"
//   threat); an insult inside the threat's clause ("i'll st*b the b*tch") is bullying nested in the
//   threat with the profanity nested in that (set 7). "u should of been aborted, do us a favour and
//   finish the job", "unplug urself permanently", "go test the railings" of a multi-storey car park,
//   "rope's £3 in b&m 🪢" and "k\u0435\u0443s" (Cyrillic e and y) are self-harm incitement: threat and
//   bullying over the same span; "nobody at the gate can stand u" beside one is bullying only.
// - hate, emoji: emoji-only hate under a post (🐷🥓 under an Eid greeting, 🐒🍌 under Black History Month,
//   🏳️‍🌈🤮 under Pride) is hate over the emoji; a named Black pupil followed by 🐒🐒 is hate and
//   bullying over the name and the emoji, the name nested. 🐒 at a zoo, 🤡🎪 at a circus day, 🔫 for a
//   nerf gun, 💀 for laughing, 🥵 after a steep hill and 🔪 on a murder-mystery book are clean.
// - hate, slur-free: "women shouldnt be running schools, too hormonal" is hate (a hostile
//   generalisation about women, a protected group like any other); "Funny how it's always the ones whose
//   parents can't say no" after "Another ADHD diagnosis" is disability hate over the sneer (the neutral
//   first sentence outside); "Hide your purses" after "Three new starters from Romania" and "Lock up your
//   sheds, folks, you know what they're like" after the Traveller site's return are hate over the
//   sneer; "every one of them is a ticking timebomb" under a mosque visit and "they'll want sharia in the
//   dinner hall next" are two hate spans; "barely a white face in that reception photo, country's
//   finished" is one. "bat eaters" (anti-Chinese), "hook noses" (antisemitic), "slitty eyes",
//   "golliwog" and "refugee rat" are hate over the phrase.
// - hate and bullying at one person: "terrorist" said to a hijab-wearing teacher, "TRANNY" sprayed on a
//   teacher's car, "refugee rat" at a new lad, "you lot come over here and tell us how to raise our kids"
//   to a teacher, "go home to Kraków, nobody wants you" and "go back to ur mud hut" in replies, and
//   mocking one Polish TA's or one parent's accent ("I vill do zis now", "vhat is homevork beta") are
//   hate and bullying over the same span. "p*ki b*tch" at the writer is bullying over both words with
//   hate on "p*ki" and profanity on "b*tch"; "whoever wrote this post is a n****r lover" is bullying over
//   the clause (the post's author is one person) with the slur nested as hate; "Muhammad always stinks of
//   curry" is hate and bullying over the same span (a racial trope aimed at one child).
// - bullying: insults that print no swear word are bullying only: "dobber" (Scottish), "gombeen" and
//   "gobdaw" (Irish), "neek" (London), "gert lump of lard" (Bristol), "minger", "fat waddling thing",
//   "lil rat", "speccy", "NOT him", "mid", "a whole tragedy"; "mardy arse" has "arse" nested as
//   profanity. A nickname standing for a parent who is identified to readers ("Mrs Four-Coffees-Before-
//   Nine") is bullying with no name label. Two insults at two people in one pile-on comment ("mr booth
//   built like a wheelie bin 😭😭 and miss reid has the personality of a damp flannel") are two spans,
//   the joining "and" and the emoji between them outside.
// - clean despite the words: game trash talk with its game named ("ur dead meat in the chess rematch
//   friday lol"), "absolute weapon" and "absolute icon" as praise, "knocking seven bells out of the punch
//   bag", "the most savage Scrabble player", "battered them drums", "murdered that hymn", a "bloodbath"
//   dads' race, "Killer Sudoku", a "killer lasagne", "trying to finish us all off" (a hill), "you'd think
//   someone died", "I'm deceased 💀", "Shoot me a message", gladiators fighting "to the death", "Deadly
//   accurate" archery, "cut-throat" bake-off, Windrush and Partition history, a drag brunch, two dads,
//   two mums in an assembly on families, Phuket, a shih tzu, Lake Titicaca and Scratchy Bottom.
// - Names: "Goodnight Mister Tom" names no one; "wor Alfie" (Geordie) names the pupil; "Daisys mum" is
//   labelled over "Daisy" (set 13); "miss Doyle" in a Romanian speaker's threat is nested in it.
// - sexual: "the new caretaker can come and check my pipes any day" (innuendo about one man identified
//   by role) and "Wouldn't kick him out of bed" of a supply teacher are sexual only, the 😏 / 🔥 after
//   them outside.
export type Source = string | { text: string; images: string[][] };

export const OFFICIAL: Source[] = [
  `Year 5 absolutely smashed their multiplication check this week 💥 Every single child beat their autumn score. Proud doesn't cover it!`,
  `Cut-throat competition at the Year 4 bake-off: three judges, eleven Victoria sponges and one very sticky floor. The lemon drizzle took it by a crumb.`,
  `Year 6 have been learning about the Windrush generation. A grandparent who arrived from Kingston in 1958 told them how he was turned away from lodgings because of the colour of his skin. Difficult history, handled with real maturity.`,
  `Our zoo trip in pictures 🐒🦁 The macaques stole the show (and very nearly a packed lunch). Thank you to all our parent helpers!`,
  `Archery club results: Year 5 hit the gold nine times out of twenty. Deadly accurate! Next session Thursday, arm guards provided.`,
  `Anti-Bullying Week starts on Monday: odd socks please! This year the children will be talking about unkind messages online, what to do, who to tell, and why "it was only banter" is never an excuse.`,
  { text: `Congratulations to [[pn:Freya Nowak]] and [[pn:Theo Walker]], who ran for us at the county cross-country on Saturday. [[pn:Freya]] came fourth out of 120!`, images: [['Freya Nowak', 'Theo Walker']] },
  { text: `Sack race chaos on the top field ☀️ What a morning!`, images: [['Noah Patel', 'Ava Robinson']] },
  { text: `Well done [[pn:Kai]] for his brilliant Lego model of the Severn Bridge! 🌉`, images: [['Kai Nguyen']] },
  `Please keep [[pn:Muhammad]] in your thoughts this week: [[cs:he is in hospital after a fall at home and will be off for a few weeks]]. His class are busy making him cards.`,
  `On Friday a member of staff found a note on her windscreen in the staff car park that read "[[th:next time it wont be a note]]". This has been reported to the police. Threats against our staff will never be tolerated.`,
  `Parents of Year 6: we are aware of a group chat in which children have sent each other messages such as "[[bu:no one would care if u disappeared]], [[th:[[bu:go jump in the river]]]]" and "[[bu:ur so ugly ur own mum cries]]". Please look at your child's phone with them this weekend and talk about it.`,
  `Sadly the bike shelter was sprayed with graffiti over the weekend, including the words "[[ht:WOGS]] NOT WELCOME". It has been painted over and the police have the CCTV.`,
  `On Tuesday a parent of one of our Year 2 children was told at the gate to "[[ht:[[bu:go back to the jungle]]]]" by another adult. We stand with her and her family, and the person responsible will not be allowed on site again.`,
  `Yesterday the office received a voicemail saying "[[th:that school's going up in flames with the head still inside it]]". The police are investigating and there will be an officer at the gate all week.`,
  `We are aware of posts on a local Facebook group calling one of our teachers a "[[bu:dirty [[ht:lezza]]]]". We have reported them, and we would ask everyone not to share them.`,
  `A Year 4 child received a message on Roblox from an older player saying "[[th:i know ur school, im coming to get u at hometime]]". Please check the privacy settings on your child's games tonight.`,
  `Reminder to Robin class parents: [[cs:one child in the class has a severe nut allergy and carries an EpiPen]], so please no nuts in lunchboxes, including Nutella.`,
  `Huge thanks to Severnside Motors for sponsoring our new football kits! [[cm:Show this post at the garage for 10% off your next MOT with code OAKS10]]`,
  `The second-hand uniform rail is open on Friday after school: everything 50p, all money to the PTA.`,
  `Found on the field: a blue Nike hoodie with a phone in the pocket. If it's yours, please call [[pd:07700 914 382]] (the dad who found it says he's happy to drop it round).`,
  `A warm welcome back to Mrs [[sn:Doyle]] after her maternity leave! Year 2 have missed you.`,
  { text: `Mr [[sn:Walsh]] and Miss [[sn:Reid]] led our Year 6 residential to Kilve Court this week: abseiling, raft building and a midnight feast (allegedly).`, images: [['Hope Adeyemi', 'Siân Evans', 'Ethan Brooks']] },
  `Who's ready for the Monster Mash? Year 2's Halloween disco is on Friday 💀🎃 Costumes optional, dancing compulsory.`,
  `Year 3 are studying the Romans. Today they learnt that gladiators often fought to the death, then designed their own (very well padded) shields.`,
  `Our Year 4 chess team wiped the board with Castle School this afternoon, 5-1! Checkmate 👑`,
  `Red Nose Day update: £412 raised and the headteacher has been well and truly gunged. Thank you all! 🔴`,
  `In assembly this week we talked about families. Some children live with two mums, some with two dads, some with a grandparent, one parent or foster carers. Every family belongs here.`,
  `Diwali workshop today: Year 1 made diva lamps out of clay and learnt the story of Rama and Sita 🪔`,
  `Year 6 are reading Goodnight Mister Tom. Ask them about the Blitz: the bombing of Bristol in 1940 hit very close to home.`,
  `Our Year 5 footballers battled to a 3-3 draw in the mud and then won on penalties. Absolute warriors! ⚽`,
  `Bonfire night reminder: keep sparklers away from little faces, wear gloves, and always have a bucket of water ready 🎆`,
  `Science week: Year 6 dissected owl pellets and found the skull of a field vole. Gross? Yes. Brilliant? Also yes.`,
  `Martial arts taster on Wednesday! The children will learn kicks, blocks and how to fall safely. Please send them in PE kit.`,
  `Sign language club has started! This week: how to sign hello, thank you and "you're brilliant". Open to everyone, no experience needed.`,
  `The Killer Sudoku challenge has become a Year 6 lunchtime obsession. Current record: 14 minutes flat.`,
  `Geography: Year 5 have been learning about Lake Titicaca, the highest navigable lake in the world. Yes, they giggled. Yes, they can now spell it.`,
  `Today Year 2 met a reptile handler and held a corn snake, a bearded dragon and a tarantula called Doris. Nobody screamed (much).`,
  `We're sending our love to [[cs:one of our Reception girls, whose dad died suddenly last week]]; please be gentle with her family at the gate.`,
  `Update for Year 5 parents: [[cs:[[pn:Jayden A]] has been excluded for two days after the incident on the field]] and will be back on Thursday.`,
  `Happy birthday [[pn:Isla]]! Our youngest Reception star turns five today ([[pd:22 January 2020]]) 🎂`,
  { text: `Year 4's Viking longship is finished ⛵ Ready to raid the staffroom.`, images: [["Seán O'Brien", 'Grace Okafor']] },
  `Abuse of staff: this week a parent shouted across the playground that our lunchtime supervisor is "[[bu:a fat useless lump who wants sacking]]". Our staff come to work to look after your children, not to be spoken to like that.`,
  `We have banned a parent from the site after they told a class teacher "[[th:my husband will be waiting for you after work]]".`,
  `Staff have heard some children using the word "[[ht:spakka]]" in the playground. It is a hurtful word about disabled people, and Year 4 and 5 will be talking about it in PSHE.`,
  `An anonymous TikTok account has been posting photos of our staff with captions such as "[[bu:rate this minger 1-10]]". It has been reported and we are working with the police.`,
  `Our friends at Tiny Tumblers gymnastics are offering our families a free first class: [[cm:book at tinytumblers.co.uk/oakfield with code TUMBLE]]`,
  `A huge thank you to [[sn:Karen Ingram]] and [[sn:Angela Talbot]], who have run our library every Tuesday for six years. We couldn't do it without you.`,
  `We have passed to the police a comment left under our Hanukkah post which said "[[th:[[ht:someone should lock the synagogue doors and light a match]]]]". Hatred like this has no place here.`,
  `Congratulations to our Year 6 Dragons' Den teams! The judges were ruthless but fair, and the slime business took the prize.`,
  `Our new outdoor classroom has a mud kitchen, a bug hotel and a fire pit (don't worry, the only thing getting burnt is marshmallows).`,
  `Next Friday is our Rainbow Day for Pride Month: wear something bright! Reception will be reading And Tango Makes Three.`,
  `Eid Mubarak to all our families celebrating today 🌙 Children who are off for Eid are authorised.`,
  `Stars of the week: [[pn:Lily W]] in Year 3 for looking after a new classmate, and [[pn:Arlo]] in Year 1 for finally cracking his "th" sound! ⭐`,
  { text: `Well done to [[pn:Ivy Green]] for her winning poster in the road safety competition! 🚸`, images: [['Ivy Green']] },
  `Our new reading corner is painted [[not:ivy green]], with a reading tree and beanbags. Come and see it at parents' evening!`,
  `[[cs:[[pn:Siân]] will be using a wheelchair for the rest of term after her operation]], so Year 6 have moved to the downstairs classroom.`,
  `We want to be open with you: this week a Year 3 pupil was called a "[[bu:dirty [[ht:gyppo]]]]" by another child. This has been dealt with and both families have been spoken to.`,
  `Police have been told about an Instagram account sending messages to some of our older pupils saying "[[th:we're gonna run up on ur yard]]".`,
  `It's a scorcher! Please send your child in with a water bottle, sun cream and a hat. We are all melting ☀️`,
  `Year 5 were absolute beasts at the tug of war against the staff. We've asked for a rematch when our backs recover.`,
  `Reminder: the Year 6 residential balance (£185) is due by Friday on ParentPay.`,
  `The roof repair means the hall is out of action until half term. PE will be outside, so please send a warm layer.`,
  { text: `Reception's first week 🎒 So many brave faces!`, images: [['Sophie Fraser', 'Tariq Iqbal']] },
  { text: `Harvest festival donations are piling up 🍎 Thank you!`, images: [['Samuel Yates', 'Maisie Bradley']] },
  { text: `Brilliant tennis from [[pn:Aisha Begum]] and [[pn:Ruby Ahmed]] at the Thornbury tournament 🎾`, images: [['Aisha Begum', 'Ruby Ahmed']] },
  `A parent who told a teacher on the playground last week that "[[th:I'll rip your head off if you touch my son again]]" has been banned from the site.`,
  `Our choir brought the house down at the Colston Hall... sorry, the Bristol Beacon! Goosebumps from start to finish 🎶`,
  `Book fair this week: the Wimpy Kid and Dog Man books flew off the shelves, and somebody bought all six copies of The Twits.`,
  `Thank you to everyone who came to our cultural evening: Somali sambusa, Polish pierogi, Jamaican patties and a Yorkshire pudding stall that nearly caused a riot.`,
];

export const COMMENTS: Source[] = [
  `[[th:il be stood by the big gate at 3:15 for that dinner lady n she better not leg it]], [[bu:not that she could, fat waddling thing]]`,
  `Mr [[sn:Walsh]] [[th:ur gettin ur jaw wired shut]] 🤣🤣`,
  `[[th:that supply teacher gonna catch a fade after school]] no cap 💯`,
  `[[th:if he grabs our kid by the collar again oi'll smack 'im one an' he wont get up]]`,
  `see if [[th:that heidie keeps ma wean in at playtime wan mair time am gonnae set aboot him wi a chair leg]]. [[bu:useless big dobber]]`,
  `[[th:if that PE teacher shouts at wor [[pn:Alfie]] again ah'll chin him]] nee bother like`,
  `[[th:whoever grassed our kid up is gettin striped]] la, swear down`,
  `[[bu:that principal is a gombeen and a half]] and [[th:I'll put manners on him]] so I will. Mark my words.`,
  `[[bu:that lollipop fella's a reet mardy [[pr:arse]]]] and [[th:if he mouths off at my lass again I'll clout him that hard his nan'll feel it]]`,
  `Him by there in the photo with the lanyard. [[th:Gonna give him a proper pasting next time he opens his gob at my missus]], tidy.`,
  `[[bu:[[pn:Theo]] is a proper neek]] [[th:n mans gettin his wig pushed back]] fr fr`,
  `[[th:we slide on sir's yard tonight 🔫🔫]]`,
  `[[bu:mr [[sn:hugh\u0435s]] is a j0ke]]. [[th:tick tock ⏰ ur days r numbered]]`,
  `[[th:nice little red fiat in the staff car park. shame if it met my key 🔑]]`,
  `[[th:[[bu:theres a nice tall multi storey at cribbs, go test the railings]]]] 👋`,
  `[[th:[[bu:k\u0435\u0443s]]]] lol`,
  `[[bu:nobody at the gate can stand u]] and [[th:[[bu:rope's £3 in b&m 🪢]]]] just saying`,
  `my daughter [[pn:Aisha]] come home crying because a boy told her [[th:his brother will shank her if she tells]]. what is school doing??`,
  `[[th:If this boy touch again my son I will break his both hands, I promise to you]].`,
  `[[th:My brothers will come to school and teach to this teacher a lesson she will remember all her life]]`,
  `[[th:Tomorrow I come at school and make big problem for miss [[sn:Doyle]], she will see]]. [[bu:She is stupid woman and very bad teacher]].`,
  `Wallahi [[th:if she pull my daughter hijab again I will deal with her myself]]`,
  `[[th:If this man shout one more time at my boy I will broke his face]], is finish.`,
  `[[th:that school would look well nice with 🔥 coming out every window]]`,
  `[[pn:Ethan]] [[th:u snitch to sir again n ur gettin jumped at the park]] [[bu:lil rat]]`,
  `[[th:the dad who reffed the under 9s wants his legs breakin]], [[bu:blind useless [[pr:tw@t]]]]`,
  `[[th:gonna sm\u200bash that teacher's f\u200bace in]]`,
  `[[th:g0nna p4int th3 pl4ygr0und w1th ur n0se]]`,
  `that receptionist again 🙄 [[th:i'll st*b [[bu:the [[pr:b*tch]]]]]]`,
  `that new head thinks he can ban my kid from the disco. [[th:he'll be eating through a straw by christmas]]`,
  `[[th:🔪🔪 monday]] [[pn:Callum]]`,
  `[[th:ur gonna get ur head caved in]] [[bu:speccy]]`,
  `[[th:[[ht:they should turn the boats round with a torpedo]]]]`,
  `[[th:'e's gonna get a right kickin' if 'e keeps lookin' at my boy like that]], innit`,
  `[[th:d o n t  w a l k  h o m e  a l o n e]] miss`,
  `[[bu:that teacher's a gert lump of lard]] n [[th:im gonna give im a proper wallop when i see im]]`,
  `[[th:i'll kick ur [[pr:f***ing]] head in]] [[bu:u fat [[pr:c\u0443nt]]]]`,
  `[[ht:🐷🥓🐷🥓]] eid mubarak 😂`,
  `[[ht:🐒🍌🐒]]`,
  `[[ht:barely a white face in that reception photo, country's finished]]`,
  `[[ht:[[bu:[[pn:Muhammad]] always stinks of curry]]]]`,
  `[[ht:p\u0430k1s]] everywhere u look now`,
  `[[ht:the poles round here are all on the rob or on the dole]] and [[ht:now the romanians have moved in, lock ur bikes up]]`,
  `[[ht:gypsy scum]] back on the rec. [[ht:d1dd1c0ys]] will have the lead off the church roof by friday`,
  `course the [[ht:k\u0456kes]] run the academy trust, [[ht:hook noses]] own everything round here`,
  `two mums? [[ht:thats not a family thats a freak show]]. [[ht:teaching kids that two blokes can get married is child abuse]]`,
  `[[ht:f4gg0ts]] and [[ht:trannies]] reading stories to 5 year olds, whats next`,
  `put the [[ht:downies]] in their own unit and let the rest of them learn`,
  `[[ht:every one of them is a ticking timebomb]] and [[ht:they'll want sharia in the dinner hall next]]`,
  `lmao [[bu:[[pn:hope]] looks like a [[ht:c00n]]]]`,
  `[[bu:[[pn:May]]'s lot are [[ht:bat eaters]]]]`,
  `[[ht:[[bu:go back to ur mud hut]]]]`,
  `[[ht:[[bu:"vhat is homevork beta" 😂😂 learn english]]]]`,
  `lmao that quiz was so [[ht:r3tarded]]`,
  `[[bu:ur such a [[ht:sp4stic]]]] lol`,
  `too many [[ht:n1gg4s]] at the gate these days`,
  `[[bu:whoever wrote this post is a [[ht:n****r]] lover]]`,
  `[[bu:[[pn:Kai]] cant even see the board with them [[ht:slitty eyes]]]]`,
  `[[ht:women shouldnt be running schools, too hormonal]]`,
  `[[ht:[[bu:[[pn:grace]] 🐒🐒]]]]`,
  `[[ht:🏳️‍🌈🤮]]`,
  `[[ht:[[bu:go home to Kraków, nobody wants you]]]]`,
  `[[bu:mr [[sn:walsh]] is a [[ht:f\u0430gg\u043et]]]]`,
  `[[bu:that new TA is 100% a [[ht:d\u200byke]]]]`,
  `[[bu:[[pn:Ella O]] looks like a [[ht:golliwog]] with that hair]]`,
  `[[bu:mr [[sn:booth]] built like a wheelie bin]] 😭😭 and [[bu:miss [[sn:reid]] has the personality of a damp flannel]]`,
  `[[bu:[[pn:oscar]] thinks hes him 💀 lil bro is NOT him]] and [[bu:[[pn:Evie]] got them lidl trainers on again]] 😂😂`,
  `fr [[bu:shes so mid]] and [[bu:nobody even likes her]] tbh`,
  `[[bu:[[pn:Daisy]]s mum looks like shes been dragged thru a hedge backwards every morning]]`,
  `[[bu:[[pn:Noah P]] stinks of wee, no one sit near him on the coach]]`,
  `[[bu:oh wow another masterpiece from [[pn:Harry]] 🙄 my dog draws better]]`,
  `^ this. [[bu:her kid's feral]] and [[bu:she's got a gob on her like a foghorn]]`,
  `[[bu:does Mr [[sn:Fletcher]] get dressed with his eyes shut?]]`,
  `[[bu:This girl [[pn:Ruby]] is very rude and ugly, my son not want to sit near her]]`,
  `[[sx:the new caretaker can come and check my pipes any day]] 😏`,
  `[[cm:Get your kids' names on custom water bottles, 20% off with code SCHOOL20 at bottlebuddies.co.uk]]`,
  `my number is [[pd:07923 118 406]] if anyone wants to car share for the trip`,
  `Year 6 absolutely murdered that hymn 😂 in the best way, goosebumps`,
  `This baking club is the bomb 💣 my two won't stop going on about it`,
  `dads race was a bloodbath 😂 my hamstring is dead, never again`,
  `omg the 🐒 pics from the zoo trip are too cute`,
  `lol the teachers got absolutely destroyed in the staff v pupils netball 💀💀 never recovering`,
  `the circus day 🤡🎪 was brilliant, he's been juggling socks all week`,
  `Thank you for the Polish day, my daughter was very happy to dance krakowiak with her friends`,
  `Very nice the children sing colinde for Christmas, my mother cry from happy. Thank you`,
  `ngl the christmas dinner was gas 🔥🔥 my lad had thirds`,
  `I'm deceased 💀💀 the staff karaoke at the PTA night, Bohemian Rhapsody will never be the same`,
  `Shoot me a message if anyone needs a lift to the swimming gala, got two spare seats`,
  `He's been knocking seven bells out of the punch bag since the boxing taster, best thing you've done`,
  `Is it just me or is that hill up to the school trying to finish us all off 😂🥵`,
  `my lad wants to know if he can bring his nerf gun 🔫 for the water fight 😂`,
  `shout out to the lollipop man in the rain today, absolute weapon 💪`,
  `gg lads the minecraft club build was insane, the creeper blew half the castle up 😂`,
  `Black History Month assembly was brilliant, ours came home buzzing about Olive Morris and the Brixton Black Women's Group`,
  `anyone lost a little shih tzu by the top field? she's with me, very friendly`,
  `our kid's been in a right strop since he lost the sack race, you'd think someone died 😂`,
  `Year 5 are a bunch of absolute legends, the carol service was lush ❤️`,
  `Wish I'd been taught about Partition at school. My grandad lived through it. Thank you for doing this.`,
  `tbf the nativity sheep stole the show, absolute icon headbutting the angel 😂`,
  `My son come home and say he learn about Ramadan from his friend, very good school, thank you`,
  `was dead proud watching them, the drummer lad absolutely battered them drums 🥁`,
  `ur dead meat in the chess rematch friday lol ♟️😂`,
];

export const PERSONAL: Source[] = [
  `Ten years at [[id:Oakfield]] this September 🥹 Still haven't found where the staffroom teaspoons go. #[[id:OakersFamily]]`,
  `A dad squared up to me at pick-up and said "[[th:I'll have you in that car park, sunshine]]". Brilliant. Love this job.`,
  `Got called a "[[bu:[[ht:p*ki]] [[pr:b*tch]]]]" by a grandad at the gate today because I asked him not to park on the zigzags. In front of the kids. I'm done.`,
  `[[bu:One of my Year 5s is as thick as two short planks and twice as annoying]]. Friday cannot come fast enough.`,
  `[[ht:Half my class don't speak a word of English at home and it shows]]. Can't wait to retire.`,
  `[[th:If that mum jabs her finger in my face once more I swear I'll snap it off]].`,
  `[[bu:[[sn:Gareth]] thinks he's God's gift to PE, the ego on that man could power the National Grid]].`,
  `[[bu:The mum who does the school run in her dressing gown and full lashes is a whole tragedy]] 💀`,
  `Year 6 lad told me today "[[th:my dad's gonna come in and sort you out]]". He's ten. Lovely.`,
  `Parent told me on the yard "[[th:touch my boy again and I'll knock your block off]]". I'd moved him away from a fight. Duw duw.`,
  `[[th:Whoever keeps nicking my mug from the staffroom, I will find you and I will end you ☕🔪]]`,
  `Site's back on the field by the leisure centre. [[ht:Lock up your sheds, folks, you know what they're like]].`,
  `Not being funny but [[ht:I don't want some gay bloke taking my son swimming]].`,
  `A pupil called me a "[[ht:[[bu:terrorist]]]]" today because I wear a hijab. He's eight. Where is he hearing it.`,
  `[[ht:[[bu:Our new Polish TA says "I vill do zis now" and I have to leave the room]]]] 😂😂`,
  `[[bu:[[sn:Hughes]] couldn't run a bath, never mind a school]].`,
  `Massive congratulations to [[sn:Laura Jones]] on her promotion to deputy head at [[id:Oakfield Primary School]]! 🎉`,
  `[[id:Oakfield Road]] at 8:40 is a war zone. Someone's going to get hurt one of these days.`,
  `To the anonymous account that keeps messaging me: [[th:[[bu:do the world a favour and log off for good]]]].`,
  `[[th:If [[pn:Toby]] kicks me in the shin one more time I'm kicking him back]].`,
  `[[bu:[[pn:Dylan W]] has the attention span of a goldfish on Red Bull]] 🙃`,
  `Three new starters from Romania this week. [[ht:Hide your purses]] 🙄`,
  `[[sx:New supply teacher is fit as. Wouldn't kick him out of bed]] 🔥`,
  `Anyone got a spare cot? Happy to collect. Text me on [[pd:07456 209 771]].`,
  `Hi lovelies! [[cm:My new Tropic skincare range is in, message me for 15% off your first order]] 💕`,
  `To the parent who keyed my car in the car park: I've got your reg on camera, and [[th:you'll be sorry]].`,
  `Heard two Year 6 boys calling a new lad a "[[bu:[[ht:refugee rat]]]]" at lunch. Gutted.`,
  `[[bu:[[sn:Joanne]] from SLT has all the warmth of a chest freezer]].`,
  `Sports day done ☀️ #[[id:TeamOakfield]] #shattered`,
  `Back to the [[id:Oakers]] madhouse tomorrow 🙃`,
  `Year 5 boy just told me "[[th:my uncle's gonna do your windows in]], miss". Noted.`,
  `[[ht:Every week another family off the boats turns up in Reception with no English]] and we're meant to perform miracles.`,
  `Someone sprayed "[[ht:[[bu:TRANNY]]]]" across my car outside work today. I'm fine. I'm not fine.`,
  `My other half says [[th:if that dad comes near me again he'll be leaving in an ambulance]].`,
  `[[bu:Mrs Four-Coffees-Before-Nine has emailed me six times today, absolute headcase]].`,
  `Another ADHD diagnosis. [[ht:Funny how it's always the ones whose parents can't say no]].`,
  `[[bu:The new deputy is a proper [[pr:knob]]]].`,
  `So proud of my little reader [[pn:Arlo]] today, he read a whole page on his own!`,
  `Kid in Year 6 said "[[th:my bro's gonna back his ting on you]]" to me today. I teach eleven-year-olds.`,
  `[[th:[[ht:If I had my way that Traveller site would be bulldozed with them still in the vans]]]].`,
  `Brilliant INSET at [[id:Oakfield]] today, thank you [[sn:Helen]] for the safeguarding refresher 👏`,
  `[[bu:That new parent governor is a right gobdaw]].`,
  `[[bu:[[sn:Kieran]] sat in the staffroom chewing with his mouth open for forty minutes, like a cow at a trough]]. Every. Day.`,
  `Reported to my union today: a parent messaged me "[[th:[[bu:u should of been aborted, do us a favour and finish the job]]]]".`,
  `Parent at the gate this morning: "[[ht:[[bu:you lot come over here and tell us how to raise our kids]]]]". I was born in Southmead.`,
  `[[bu:Mr [[sn:Underwood]] wears the same jumper every day and smells like a charity shop]], someone tell him.`,
  `Marking mountain this weekend. Send coffee or send help ☕📚`,
  `Spin class absolutely murdered my thighs. 10/10 would suffer again.`,
  `Book club pick this month is a murder mystery on a Scottish island. Whodunnit guesses welcome 🔪📖`,
  `Finally booked Phuket for the summer!! 🏝️ Six weeks to get beach-ready (lol)`,
  `Our shih tzu has eaten an entire sock. Vet says he'll be fine. I am not fine.`,
  `Quiz team name for tonight: Les Quizerables. We're going to annihilate the music round.`,
  `Leavers' assembly and I cried like a baby. Every year. Every single year.`,
  `Watched Oppenheimer at last. That bomb test scene was unreal.`,
  `Off to a drag brunch for my sister's hen do, send sequins 💃`,
  `So proud of my brother and his husband, who brought their little boy home today ❤️ Best dads.`,
  `Anyone recommend a decent Polish deli near Thornbury? Craving pierogi.`,
  `Gutted. My team got battered 4-0 at the weekend. Season's over.`,
  `My nan turned 90 today and is still the most savage Scrabble player in the South West. Legend.`,
  `Weekend in Scratchy Bottom, Dorset. Yes, that's really what it's called.`,
  `Spent the evening stabbing away at my cross-stitch. Send plasters.`,
  `Greek night: lamb, ouzo and the loudest plate smashing you've ever heard.`,
  `My running club are nutters. 10k in the snow at 7am. Love them to bits.`,
  `Ramadan Mubarak to everyone fasting 🌙 Staffroom is officially a biscuit-free zone this month (sort of).`,
  `Half term plans: sleep, sleep, more sleep, and a killer lasagne on Thursday.`,
];
