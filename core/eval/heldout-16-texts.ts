// The sixteenth held-out set's texts, labelled inline as [[code:span]]; `npx tsx core/eval/heldout-source.ts
// --set 16` builds heldout-16.jsonl from them (ids h16-off-NNN, h16-com-NNN, h16-per-NNN). Written by
// someone who read none of the checker (core/src/checker/ beyond types.ts's category names), its lexicons
// or tests, core/bench/, core/cli/, corpus-*.ts, corpus.jsonl, generate-corpus.ts, score.ts,
// train-model.ts or any heldout*.jsonl, and of the earlier sets' texts only the header comments (the
// lines before `export type Source`) of heldout-texts.ts and heldout-2-texts.ts to heldout-13-texts.ts
// (plus heldout-source.ts and roster.json); no other set's texts were opened, and the checker was not run
// on these texts before or after they were labelled. Score it with:
//   npm run -s eval:checker -- --corpus core/eval/heldout-16.jsonl
// The school is the evaluation roster's (roster.json): Oakfield Primary School ("Oakfield", "Oakers"),
// Oakfield Road, Thornbury, Bristol BS35 4HJ, 0117 496 0123, office@oakfield.sch.uk.
//
// Aim: weighted to measure SEXUAL, BULLYING and PROFANITY, with many NAME labels, in wordings written
// fresh for this set by many kinds of writer (angry parents, trolls, teenagers and gamers, grandparents,
// busy staff, writers whose first language is not English: Polish, Urdu, Romanian, Somali, Portuguese;
// Scottish, Geordie, Scouse, Yorkshire, Welsh, Irish, Cockney/MLE, Brummie and West Country voices):
// forty-odd sexual labels (leering at staff and parents, "DILF" and "clap them cheeks" teen slang,
// propositions, emoji-carried meaning with 🍑🍒👅🍈, predatory remarks on children's photos and
// grooming-like approaches quoted, reported and first-hand, all non-explicit; sexual spam, one with
// Cyrillic look-alikes written as \u0435 / \u0456, and an adult-site link), fifty-odd bullying labels
// (insults, regional insults, sarcasm, rhetorical questions, comparisons, nicknames built on a surname,
// exclusion, poverty, gaming trash talk, a chant, a bullying hashtag, staff members' sneers at colleagues,
// parents and pupils), forty-odd profanity labels (starred, l33t, spaced, repeated letters, a zero-width
// character written as \u200b, Cyrillic look-alikes written as \u0430 / \u0456, fused words, abbreviations;
// Portuguese, Polish, Punjabi, French, Welsh, Irish, Scottish and MLE swearing), and ninety-odd name
// labels, many in tricky forms (lower case, possessives without the apostrophe, given name + initial,
// names in hashtags, nicknames built on a surname, digit / Cyrillic / zero-width look-alikes, shared
// surnames after a title, given names that are ordinary words used both ways in one text: a car jack
// and Jack, house martins and Zoë Martin, mason jars and Mason, grace and Grace, Rose who rose, a
// bobby and Bobby, hope and Hope, a photo booth and Mr Booth, a hard frost and Mrs Frost, a baker's
// van and Miss Baker, a brook and Ethan Brooks, Willow class and Willow); an ordinary sprinkling of
// personal data, threat, hate, commercial, school identification, child-specific and photo-consent
// labels; and about a third of the texts clean, most of them traps.
//
// Codes: pn pupil_name, sn staff_name, pd personal_data, pr profanity, sx sexual, ht hate, th threat,
// bu bullying, cm commercial, id school_identification, cs child_specific, not = a roster full name used
// as ordinary words. photo_consent is never written: the builder adds it over the whole text when an
// image tags a pupil whose photoConsent is false. Images are attached to official posts only.
//
// Labelling decisions: heldout-source.ts's header and the set 2 to 13 headers hold; beyond them:
// - Names, nicknames built on a surname: a nickname that holds the whole surname with a suffix
//   ("Walshy", "Hughesy", "Lloydy") is labelled over the surname part, the suffix outside, as set 13
//   took a name inside a longer hashtag. A mocking nickname that does not contain the name ("Mr
//   Underachiever" after "Mr Underwood aka") lies inside the bullying span; only the surname is labelled.
// - Names, both ways: where a given name or surname and the same ordinary word stand in one text, only
//   the name is labelled ("Our Rose rose at 5am", "the photo booth ... Mr Booth", "a hard frost ... Mrs
//   Frost", "the bobby who visited"). Emily Dickinson (the poet), Camille Pissarro, a Shih Tzu called
//   Pickle, Willow class, a willow arch, mason jars, a car jack, house martins, "half-price", a
//   ruby-red geranium, Mrs Carter (Miss Reid's married name), a driver called Pete, Sharon, Leanne and
//   Jade name nobody. A look-alike name (\u0421hlo\u0435 with Cyrillic letters, Is\u200bla with a zero-width
//   character, j4yden with a digit) is labelled.
// - bullying: "#FinleyStinks" is bullying over the hashtag word without the #, the name nested. A chant
//   reply ("ratio + nobody asked + ur kid is ugly") is bullying over the whole chant. A vocative
//   non-roster name before an insult ("Leanne", "Sharon") stays outside, as a roster one does (set 9).
//   "is a proper r3tard he licks the windows on the bus" is one bullying span (contiguous mockery, set
//   11) with the slur nested as hate. A school notice quoting two insults each aimed at one member of
//   staff ("a f*cking useless cow", "that bellend in Year 4") is bullying over each quotation (set 3's
//   quoting rule), the swear word nested.
// - bullying, insults with no swear word: "radgie" (Geordie), "meff" (Scouse), "mardy cow" (Yorkshire),
//   "twpsyn" (Welsh), "saft get" (Brummie), "gert lummox" (West Country), "moist" (MLE: lame; neither
//   sexual nor profanity), "a bot" and "trash" (gaming), "gammon", "jealous old witch", "thot" and
//   "nonce vibes" are bullying only where aimed at one person, and carry no profanity. "thot" and
//   "nonce" aimed at one person are insults, not sexual remarks (like set 11's "slag"): bullying only.
// - profanity aimed at one person: Irish "gowl" and "hoor", Cork "langer", MLE "pussyhole" and Scottish
//   "fanny" (set 11) are profanity nested in the bullying span. "piss-up" inside an insult is profanity
//   over the compound (set 7). Profanity in other languages counts: Portuguese "caralho", Polish "do
//   dupy" (over the phrase), Punjabi "bhenchod", French "putain", Welsh "ffycin". A swear word fused into
//   a longer word ("sh1tefest", "Fuckity") is labelled over the whole word. "gtfo" and "af" count (set
//   11's abbreviations). A gamer tag quoted in a school notice is profanity over the tag (set 11).
// - sexual: an emoji-only remark after a name ("Miss Sandhu 😍🍒🍒👅") is sexual over the name and the
//   emoji (set 8); teen slang for sex with a teacher ("a baddie 🤤 id clap them cheeks") is sexual; "a
//   proper rack on her" and "lovely melons 🍈🍈" of staff are sexual only (no swear word); a remark about
//   a child's body in a photo with no request ("legs up to her neck already 😍") is sexual; a teen asking
//   for a named pupil's Snapchat because she is "fit" is sexual over the whole; "ur mum is s\u200bexy" in a
//   teen's reply is sexual only. A staff member's own leer at a parent ("staring at the new dad's
//   forearms ... 🥵") or a colleague ("never been more turned on"), and her own innuendo about a night in
//   ("he won't be needing his pyjamas 😈", "working late" with a colleague 😉), are sexual over the joke.
//   A predatory message quoted in a staff member's own post, or several quoted in a school notice, is
//   sexual over each quoted message. Sexual spam is sexual over the whole with the advertised link
//   commercial (set 3), Cyrillic look-alike letters included; a troll's adult-site video link posted as a
//   joke sells nothing and is sexual only. A graffiti sexual insult quoted in a notice ("HUGHES TAKES IT
//   UP THE ARSE") is sexual and bullying over the same span (set 11), the name and swear word nested.
// - commercial: a staff member selling her own car on her own page is commercial over the whole offer,
//   the mobile nested as pd; an Avon offer with its code is one span.
// - child_specific: "following repeated fights at lunchtime, Jayden A. has been moved into Mrs Bryant's
//   class" is child-specific over the reason and the move, the names nested.
// - Clean despite sexual-looking or rude-looking words: boobs in a Wear It Pink / breast-check reminder
//   and "check your balls" in Movember posts (health advice, neither sexual nor profanity); penis, vulva,
//   testicles and wet dreams in an RSE letter and a teacher's RSE planning; a parent's joke about
//   learning sex ed "behind the bike sheds"; Homo erectus; a Shih Tzu; a "beautifully moist" sponge and
//   "a perfect rise"; the erection of a marquee; a poop deck; the climax of a story; a Sex on the Beach
//   cocktail; cock-a-leekie; a ballcock; a cockerel; a shag (the seabird) and a great bustard; coal,
//   blue and long-tailed tits in nest boxes; a rugby hooker; slag heaps (Aberfan); turning the first sod;
//   pricking potatoes; "snatched it" in the last minute; stiff competition; Cockney rhyming slang;
//   meatballs and hot dogs; a blow-dry and a bum bag; Phuket, Fukuoka, Marseille, Cumbria, Great Snoring,
//   North Piddle, Cockshutt, Sandy Balls and Sexey's School; 🍆🍑🍒💦🥵🌭🌮 in innocent use (harvest,
//   peaches, cherry picking, a water fight, a heatwave, Taco Tuesday); "the bomb", "killed it", "smashed
//   it", "taking no prisoners", "trying to finish me off", "you're dead to me" said fondly; a Pride
//   assembly and Alan Turing's persecution in a history lesson.
// - threat: "If that Year 6 lad touches my daughter again I'll be waiting at the gate with his name on my
//   fist" is one conditional span (set 6); "keep talking about my daughter and see what happens to that
//   car of yours" is threat (property); "do everyone a favour and dont wake up tomorrow" at a named pupil
//   is threat and bullying (self-harm incitement), the vocative name before it outside.
export type Source = string | { text: string; images: string[][] };

export const OFFICIAL: Source[] = [
  `Year 4 have been bird-spotting on the field this week! We counted 14 blue tits, 3 coal tits and a family of long-tailed tits on the new feeders, plus one very bossy robin. No great tits yet – maybe next week 🐦`,
  `What a morning at the Thornbury rugby festival! Our Year 6s won three of their four games, and [[pn:Seán]] played hooker for the very first time without losing a single scrum. 🏉`,
  `📦 A very exciting package arrived at the office today: 60 new hardback atlases for Key Stage 2, paid for by the PTA's Christmas fair. Year 5 have already found Phuket, Fukuoka and Marseille and cannot stop giggling. Thank you, everyone!`,
  `Dear parents and carers, next half term Year 6 begin the statutory Relationships and Sex Education unit. Lessons cover puberty, periods, wet dreams, consent and how babies are made, using the correct names for body parts (penis, vulva, testicles). You are warmly invited to look at the materials in the library on Tuesday at 3.30pm.`,
  `Reception learned the NSPCC PANTS rule today: Privates are private, Always remember your body belongs to you, No means no, Talk about secrets that upset you, Speak up – someone can help. Ask them to sing you the Pantosaurus song! 🦖`,
  { text: `Sunflower measuring day in Year 4! 🌻 [[pn:Ivy]]'s is already taller than Mrs [[sn:Frost]].`, images: [['Ivy Green', 'Grace Okafor']] },
  `Harvest festival donations are piling up 🍆🍅🥕🍑 Thank you for all the aubergines, tomatoes, carrots and tins of peaches – everything goes to Thornbury Foodbank on Friday.`,
  `Year 3 class party on Friday: please note that [[cs:[[pn:Aisha]] is allergic to sesame and will be bringing her own cake]], so no sesame snaps or houmous please!`,
  `Online safety: children at several schools in our area have been sent messages like these in game chats this week: "[[sx:ur really mature for 10, add me on snap and ill send u 2000 vbucks, just dont tell ur mum ok]]" and "[[sx:send me a pic in ur pjs, its our little secret 🤫]]" and "[[sx:u have really pretty eyes, do u have a bf? u can tell me anything]]". Please talk to your child, and report anything similar to CEOP.`,
  `We have removed several comments from this page this week, including one calling a member of our office team "[[bu:a [[pr:f*cking]] useless cow]]" and another describing a teacher as "[[bu:that [[pr:bellend]] in Year 4]]". Our staff work incredibly hard and will not accept abuse, online or at the gate.`,
  `Thank you to Severn Vale Motors for sponsoring our new football kits! ⚽ [[cm:Quote OAKFIELD10 for 10% off your next MOT at severnvalemotors.co.uk]]`,
  `Year 6 residential update: the coach has just passed through Great Snoring on the way to Wells-next-the-Sea and the whole bus is in hysterics. We arrive at the centre at 2pm.`,
  `DT club: Year 5 have been using hand drills, screwdrivers and a tenon saw to build bird boxes. Hard hats and goggles on at all times! Thank you to Mr [[sn:Booth]] for cutting all the timber, and for the photo booth he is building for the summer fair 📸`,
  `A reminder that we are a nut-free school. Please check snacks for nuts, including chocolate spread, peanut butter and some cereal bars. Thank you for keeping everyone safe!`,
  `This week's wellbeing theme is body confidence 💛 Year 6 talked about how bodies change, why filtered photos online aren't real, and three things they like about themselves that have nothing to do with looks.`,
  `Staff are wearing pink today for Wear It Pink 🎀 Breast cancer is the UK's most common cancer, so grown-ups, this is your monthly reminder to check your boobs (and pecs!). CoppaFeel has a brilliant guide.`,
  `[[cs:[[pn:Jude McKenzie]] will be collected by his grandma all this week while his mum is in hospital]]; staff on the Reception gate have been told.`,
  `Thank you to our lunchtime team for keeping 200 children fed and dry through a very wet play 🌧️`,
  `Meet Pickle, our new reading dog! 🐶 She is a two-year-old Shih Tzu and will be listening to readers in the library on Friday mornings.`,
  `Year 2 have been learning about Sir Francis Drake and the Golden Hind. Ask them what a poop deck is! ⚓`,
  `Bake Off results 🧁 Our School Council judges said Year 3's lemon drizzle was "beautifully moist" and Year 5's Victoria sponge had "a perfect rise". Winners announced on Friday!`,
  `Please note the car park will be closed on Saturday morning for the erection of the marquee for Sunday's summer fair. Thank you for your patience!`,
  `Lost property: a navy Trunki suitcase was left on the swimming bus. If it is yours, please ring our driver Pete on [[pd:07700 900416]] and he will drop it back.`,
  `Year 1's seaside topic: today we tasted cockles, whelks and a stick of rock! Most children decided they preferred the rock 🍭`,
  `Our eco-team have put up eight nest boxes around the field. If you spot tits or sparrows moving in, please tell the eco-team – they are keeping a log!`,
  { text: `Netball tournament 🏐 balls flying everywhere and some very hard-fought games. Final score 6-4 to Oakfield, and a very happy minibus home!`, images: [['Evie Morgan', 'Ava Robinson', 'Siân Evans']] },
  `Parents of Year 5: [[cs:following repeated fights at lunchtime, [[pn:Jayden A.]] has been moved into Mrs [[sn:Bryant]]'s class]] from Monday.`,
  `Will you be at the summer fair? We do hope so! May half term starts on Friday 23rd, so please grab your raffle tickets from the office before then.`,
  `Science in Year 3: [[pn:jack w]] brought in his grandad's car jack and showed the class how a lever can lift a whole Mini! 🚗`,
  `House martins are nesting under the hall roof again! [[pn:Zoe M]] counted eleven of them from the Year 2 window on Tuesday.`,
  `Year 5 made overnight oats in mason jars for their healthy breakfast topic. [[pn:Mason D]] declared his "better than Weetabix", which from [[pn:Mason]] is high praise 🥣`,
  `Thank you to everyone who took the late change of date with such good grace. [[pn:Grace O]] and the choir will now sing at the care home on the 14th 🎶`,
  { text: `Reading buddies 📚 Year 6 and Reception sharing stories on the carpet this afternoon.`, images: [['Samuel Yates', 'Ava Robinson']] },
  `Congratulations to Miss [[sn:Reid]], who got married over half term! 💍 From September she will be Mrs Carter – the children have been practising.`,
  `Ball skills in Reception this week: catching, rolling and bouncing big balls and small balls. Ask your child to show you their "crocodile hands"! 🐊`,
  `Menu change: Tuesday is now Taco Tuesday 🌮 and Thursday's pudding is jam sponge and custard. Meatballs and spaghetti stay on Friday!`,
  `We are sorry to say that the bus shelter opposite the school gate was sprayed overnight with graffiti reading "[[sx:[[bu:[[sn:HUGHES]] TAKES IT UP THE [[pr:ARSE]]]]]]". The council is removing it today and the police have been told.`,
  `Year 3's Stone Age topic: today we made cave paintings with charcoal and learned that Homo erectus walked upright nearly two million years ago. Ask your child to show you their best "erectus" walk 😂`,
  `Good luck to Mr [[sn:Walsh]], who runs the London Marathon on Sunday for Young Minds! Sponsor page in the newsletter. #Go[[sn:Walsh]]`,
  `Our Year 6 choir were the bomb at Bristol Beacon tonight 💣🎶 Proud doesn't cover it.`,
  `Sports Day is ON! Please send children in with sun cream, a hat and a water bottle. Parents' sprint at 2.45 – the staff team have been training and are taking no prisoners 😂`,
  `Year 6 leavers' hoodies can be ordered until Friday: £18, with all profits going to the leavers' disco.`,
  `Just to let Year 1 families know that [[cs:[[pn:Arlo]] has had his tonsils out and won't be back until after half term]] – the class have made him a giant card!`,
  { text: `Forest School in the mud 🌳 [[pn:Kai]] and [[pn:Noah]] built a den big enough for six!`, images: [['Kai Nguyen', 'Noah Patel']] },
  `Some of you asked what "cock-a-leekie" is – it's a Scottish soup of leeks and chicken, and Year 4 made it for Burns Night! 🏴 Ask them to recite 'To a Mouse'.`,
  `E-safety: please check your child's gaming usernames. This week we have seen children using tags such as "[[pr:sh1tlord99]]" and "[[pr:FvckTeachers]]" on Roblox. Usernames are public and stay with them.`,
  `Our new library is open! Thank you to our amazing volunteers, who covered 400 books in sticky-back plastic 📚`,
  `Year 6's river study took us down to the brook behind the playing field to measure flow rates. [[pn:Ethan Brooks]] found a freshwater shrimp and named it Gary 🦐`,
  `Sadly our bonfire night is postponed because of the forecast. The fireworks will go bang another night! 🎆`,
  `The Year 6 production of Bugsy Malone opens on Thursday! Splurge guns, custard pies and some very sharp suits. Tickets £3 from the office.`,
  `We are aware of the incident at the park on Saturday. [[cs:The Year 6 boy involved has been spoken to and his parents are coming in on Monday]].`,
  `Happy birthday to [[pn:Summer Davies]], born [[pd:8 July 2019]] – six today! 🎂`,
  `Thank you to the families who organised this afternoon's Somali culture day – the sambusas went in minutes!`,
  `Year 4's writing focus this week is the climax: the moment in a story where everything comes to a head. Some cliffhangers in there that Roald Dahl would be proud of!`,
  `Year 6 spent the day at Sexey's School in Bruton for a science taster, and came back with a homemade rocket each 🚀`,
  `We have blocked an account that commented "[[sx:lovely legs on the girls in the relay pic, more please 😍]]" under our gala photos, and another that said "[[sx:the blonde one in lane 3 is a little cracker, got any more of her? 😘]]". Comments like this are reported to the police.`,
  `Well done to the two teachers who grew truly terrible moustaches for Movember and raised £412 for men's health. Gents: check your balls!`,
  `Star of the week: [[pn:Layla]]! For kindness every single day 🌟 #ProudOf[[pn:Layla]]`,
  `Our Pride assembly today was led by Year 6. They talked about families with two mums or two dads, and why "gay" should never be used as an insult. 🏳️‍🌈`,
  `History in Year 6: the class learned how Alan Turing helped crack Enigma and was later persecuted for being gay. They wrote letters to him that were read out in assembly.`,
  `A message from Mrs [[sn:Frost]]: with a hard frost forecast tonight, please walk carefully on the top path – it will be gritted by 8am.`,
  `Fancy a new kitchen? Thornbury Kitchens will give £50 to the PTA for every kitchen fitted this term – [[cm:book a free design visit at thornburykitchens.co.uk/oakfield]]`,
  `Swimming reminder: please send a one-piece costume or trunks (not baggy shorts), a towel and a swimming hat.`,
  { text: `Year 1's dragon dance for Lunar New Year 🐉 [[pn:Elliot K]] was the head!`, images: [['Elliot Kaur', 'Caleb Kaur', 'Anya Quinn']] },
  `Parents' evening sign-up is open! Year 3 families will see Miss [[sn:Baker]], Year 4 Mr [[sn:Fletcher]] and Year 5 Mrs [[sn:Bryant]]. The baker's van will also be in the playground from 3pm 🥖`,
  `Willow class spent their £20 plant budget at the garden centre: half-price lavender, a ruby-red geranium and a willow arch kit. [[pn:Willow R]] was in charge of the receipt!`,
  `Year 3 art: snowy street scenes in the style of Camille Pissarro ❄️ Beautiful work from the whole class.`,
  `Year 2's trip to Salisbury Plain: we saw a great bustard, Britain's heaviest flying bird, and a skylark singing right overhead 🐦`,
  `Reminder for tomorrow's Year 1 trip: [[cs:[[pn:Hattie]] will need her ear defenders and a quiet space because of her autism]] – Miss [[sn:Cole]] will carry them.`,
  `Year 5 are off to Cumbria next week for their residential! Please check the kit list: waterproofs, wellies and a torch.`,
  `Stiff competition at the county cross-country today – all 12 of our runners finished, and we came 4th out of 19 schools! 🏃`,
];

export const COMMENTS: Source[] = [
  `[[sx:Mr [[sn:Walsh]] in them rugby shorts 🍑🥵]] and [[sx:Mr [[sn:Fletcher]] running the dads race 🏃‍♂️ certified DILF, I'd be his warm down 😏]] asking for a friend`,
  `Who's the blonde mum by the bouncy castle in pic 3? [[sx:tell her my DMs are open and so is the spare room 😉]]`,
  `[[sx:The little gymnast on the end is so flexible 😍 how old is she? Would love to message her about private coaching, her mum doesn't need to know]]`,
  `[[sx:miss [[sn:karimi]] lowkey a baddie 🤤 id clap them cheeks fr]]`,
  `Drop off was an absolute [[pr:sh1tefest]] again, cars on the zigzags and nobody moving. Sort it out. And [[pr:FFS]] who keeps taking the lost property sign down`,
  `[[bu:Mrs [[sn:Ingram]] on the gate has a face like a smacked [[pr:arse]] every single morning]]`,
  `[[bu:that bairn [[pn:Callum W]] is a proper radgie, nee mates an aal]], divvent let him near wor lass`,
  `[[bu:Mr [[sn:Lloyd]]'s a proper meff la, couldn't organise a [[pr:piss-up]] in a brewery]]`,
  `[[bu:that Miss [[sn:Cole]] is a reet mardy cow, face on her like a wet weekend in Brid]]`,
  `[[bu:Mr [[sn:Mahmood]] is a right twpsyn]], he sent our [[pn:Rhys]] home in someone else's coat AGAIN`,
  `[[bu:miss [[sn:doyle]] is bare moist, cant even take a joke]] 💀`,
  `our kid says [[bu:that [[pn:Kai]] is a right saft get, always bawlin his eyes out]]`,
  `[[bu:that new TA is a gert lummox, couldn't find her own [[pr:arse]] with both hands]]`,
  `This boy [[pn:Archie G]] he is every day making my son cry, [[bu:he is bad and rude boy and he is stink]], please do something`,
  `[[bu:Teacher Mr [[sn:Holloway]] very lazy and useless man]], he is not teaching only sitting on phone, I will complain to office`,
  `[[bu:This girl [[pn:Zara]] is very evil child]], she tell all girls not to play with my daughter. Parents must teach her manners.`,
  `[[bu:The teacher Miss [[sn:Oduya]] she is shouting like crazy woman every day]], my son is scared to go in`,
  `[[pr:Caralho]], again school closed for snow?? Is 2 cm!! In Porto we go to school in everything`,
  `Ten parking przy szkole jest [[pr:do dupy]], codziennie to samo 😤`,
  `[[pr:Bhenchod]] traffic on the A38 again, gonna be late for pick up 🙄`,
  `[[bu:the caretaker's an absolute [[pr:gowl]]]], wouldn't open the gate two minutes early in the lashing rain`,
  `[[bu:that heidie's a [[pr:fanny]]]], simple as`,
  `This is [[pr:5h1t]] communication, found out about the trip from another mum not the school. And what a load of [[pr:b o l l o c k s]] this new homework policy is`,
  `[[pr:F***]] me, ANOTHER non-uniform day? That's three this term and my purse is crying. And [[pr:b*llocks]] to this weather, sports day will be a washout`,
  `£38 for a trip to a farm and now it's cancelled AGAIN?? [[pr:fuuuuuuuck]] sake, that's taking the [[pr:piss]]`,
  `The school run is pure [[pr:sh\u0456te]] wi these roadworks on Castle Street`,
  `Some [[pr:b\u0430st\u0430rds]] have nicked the buddy bench from outside the gate. Who does that`,
  `2pm finish on Friday with a day's notice? Some of us work. [[bu:The head is a total [[pr:tw\u200bat]] for this]]`,
  `[[pr:wtf]] is this lunch menu 😭 [[pr:gtfo]] with the lentil bake, dinners are mid [[pr:af]] ngl`,
  `[[bu:ratio + nobody asked + ur kid is ugly]]`,
  `[[sx:🔞 Lonely wives in Thornbury are waiting to chat 💋 No sign-up, totally discreet ➡ [[cm:hotlocalwives.xyz/bs35]]]]`,
  `lmao [[sx:same energy as this 👉 pornhub.com/view_video.php?viewkey=ph5f2a]]`,
  `[[sx:Beautiful girls 😍 which one is [[pn:Daisy]]? tell her to add me on insta, I've got a free Roblox gift card for her 🤫]]`,
  `[[sx:Does the school have any more pictures from swimming lessons? The ones of the little ones in their costumes. For my collection 🙂]]`,
  `Please warn your kids. Someone messaged my daughter on TikTok [[sx:saying she looked older than 11 and asking if she wanted to meet him at the park without telling anyone]]. Reported to police.`,
  `[[sx:tell the mum in the leopard print she's the reason I'm going to parents evening 🥵🍆]]`,
  `[[sx:Miss [[sn:Baker]]'s got a cracking pair of [[pr:tits]] on her]] 🔥`,
  `[[sx:[[sn:Hughes]]y can bend me over the headteacher's desk any day 😩💦]]`,
  `[[sx:Miss [[sn:Reid]] netflix and chill? 😏]] asking for the whole year 6 dads whatsapp`,
  `[[sx:the dad in the tight cycling shorts at the bike workshop 🥵 didn't leave much to the imagination did he]]`,
  `@Jade wanna come round mine after pickup 😘 [[sx:husband's at work till 6, I'll make it worth your while 😈]]`,
  `[[sx:Miss [[sn:Sandhu]] 😍🍒🍒👅]] also [[sx:swipe right on Mr [[sn:Lloyd]] any day, bet he's filthy under that cardigan 😏]]`,
  `[[bu:Oh look, [[pn:Ethan B]] finally learned to read, only took him eleven years]] 👏👏`,
  `[[bu:Mrs [[sn:Bryant]] looks like she got dressed by a blindfolded toddler]] lol and [[bu:has Mr [[sn:Sheridan]] ever actually smiled or is his face just stuck like that]]?`,
  `[[bu:Mr [[sn:Underwood]] aka Mr Underachiever]] strikes again, no homework set for three weeks`,
  `[[bu:no one sits with [[pn:Elsie]] at lunch for a reason]] 🤷‍♀️ ask any of the year 4s`,
  `[[bu:bit rich coming from someone whose kids wear their uniform out of the lost property box]]`,
  `[[bu:[[pn:toby g]] thinks hes hard but hes literally 4ft and cries at fifa]] 😭😭 and [[bu:[[pn:oscar l]] smells like wet dog and monster energy]]`,
  `[[bu:[[pn:niamh]]s mum dresses her like a charity shop mannequin]]`,
  `lmao the whole of year 2 knows #[[bu:[[pn:Finley]]Stinks]]`,
  `[[bu:[[pn:Ibrahim]] is such a bot, hardstuck bronze and cries to the teacher]] 💀 and [[bu:[[pn:j4yden]] is so trash at fortnite he gets bodied by actual bots]]`,
  `[[pn:Dylan]] [[th:[[bu:do everyone a favour and dont wake up tomorrow]]]]`,
  `[[th:If that Year 6 lad touches my daughter again I'll be waiting at the gate with his name on my fist]].`,
  `[[bu:[[pn:Tariq]] is a proper [[ht:r3tard]] he licks the windows on the bus]]`,
  `[[cm:Hun! 💕 Want to earn from your phone on the school run? I'm looking for 3 mums to join my team, message me for info 💅]]`,
  `That choir were the bomb 💣 absolutely killed it!! 🔥🔥`,
  `You're dead to me Miss, making them do times tables on the last day 😂❤️`,
  `My lad came home saying they learned the word "testicles" in science and now won't stop saying it at the dinner table 🙈`,
  `Sandy Balls this half term anyone? Need a caravan recommendation 🏕️`,
  `Bless him, my grandson was so proud to be hooker in the rugby match. Lovely photos, thank you all x`,
  `Cheers for sorting the leaky ballcock in the girls' loos so quickly, my daughter was very relieved (literally 😂)`,
  `🍆🍆 my allotment is overflowing with aubergines if anyone wants some for the harvest boxes!`,
  `Used to live near Cockshutt in Shropshire and the school there did the same, worked a treat`,
  `Is the sex ed letter for the whole of year 5 or just the girls?`,
  `Thank you for the body confidence lesson, my daughter came home saying "all bodies are good bodies" 💛`,
  `Anyone found a grey Nike hoodie with ROWE on the label? Please ring me on [[pd:07912 448 301]]`,
  `Leanne [[bu:nobody wants your opinion, you can't even get your own kids to school on time]]`,
  `[[bu:the lollipop man is an absolute [[pr:arsehole]]]], waved me across then shouted at me`,
  `[[pn:rohan]] [[bu:ur actually a [[pr:pussyhole]] for snitching to miss]]`,
  `[[bu:that one who runs the PTA is a right [[pr:hoor]], flirting with every da at the disco]]`,
  `[[bu:the new deputy is a fierce [[pr:langer]]]], like`,
  `[[bu:Mr [[sn:Cartwright]] gives off proper nonce vibes]], just saying`,
  `[[bu:[[pn:Sienna]] is such a thot]] 💀`,
  `[[pr:Putain]], the school photo is £22 for ONE picture? C'est du vol.`,
  `Why is the school celebrating Diwali? [[ht:These people should fit in or go home]].`,
  `[[sx:[[pn:ava r]] is fit whats her snap]]`,
  `[[sx:the one in the red leotard has got legs up to her neck already 😍]]`,
  `[[sx:Mr [[sn:Holloway]] can take down my particulars any day 😉]]`,
  `[[sx:Mrs [[sn:Grant]] built like a video vixen fr 🤤]]`,
  `[[sx:the TA in the nativity pic has a proper rack on her 😳]]`,
  `[[sx:S\u0435xy singl\u0435s n\u0435ar Thornbury 💋 cl\u0456ck to s\u0435\u0435 th\u0435ir pr\u0456vat\u0435 pics 👉 [[cm:bit.ly/3xHotSgl]]]]`,
  `[[sx:ur mum is s\u200bexy ngl]] 😂`,
  `[[sx:hi sweetie, saw ur dance on the school page, ur a natural ⭐ message me on tiktok, i can make u famous but ur parents cant know yet]]`,
  `[[sx:dinner lady's got lovely melons 🍈🍈 if you know what I mean]]`,
  `[[sx:Miss [[sn:Jones]] come sit on daddy's lap 😜]]`,
  `[[bu:Mrs [[sn:Grant]] has all the warmth of a parking ticket]]`,
  `[[bu:everyone knows [[pn:Lily W]]'s dad left because of her]]`,
  `[[bu:[[pn:archie z]] is such a [[ht:f\u0430g]]]] lol`,
  `Sharon [[bu:you jealous old witch]], [[th:keep talking about my daughter and see what happens to that car of yours]]`,
  `Our [[pn:Rose]] rose at 5am to get ready for the trip 😴 thank you for the photos!`,
  `[[pn:Bobby]] says the bobby who visited let him try on the helmet 👮 made his week`,
  `Nothing like a hot dog 🌭 and a cold cider at the summer fair. Bring it back next year!`,
  `Me and my mum went cherry picking at the farm 🍒🍒 if anyone wants a bag for the cake stall let me know`,
  `Please can we have the water fight again on the last day 💦💦 the kids loved it`,
  `My Nana lives in North Piddle lol, she'll be at the carol concert`,
  `Come on Oakers!! Smashed it at the cross country, stiff competition this year`,
  `My daughter's been practising her Cockney rhyming slang homework all week – "apples and pears", "dog and bone" – absolute scream 😂`,
  `Can't believe they're doing sex ed at 10, in my day we learnt it all behind the bike sheds 😂`,
  `Well done to all the little ones, my husband and I were tickled pink watching the nativity. The three wise men nearly knocked the stable down!`,
];

export const PERSONAL: Source[] = [
  `[[sx:Walking like John Wayne today and a Year 6 asked if I'd hurt myself. Reader, it was NOT the spin class 😏]]`,
  `Date night! [[sx:Hubby's been promised dessert and it's not the tiramisu 😈🍑]]`,
  `[[sx:Whoever hired the new PE teacher deserves a pay rise 🥵 never volunteered for playground duty so fast]]`,
  `[[bu:Dad at pick-up today: absolute gammon in a Stone Island jacket, shouting about "woke teachers"]]. Had to walk off.`,
  `[[bu:One of my Year 5s is so dense light bends around him]]. Third time explaining fractions 🙃`,
  `[[bu:certain colleague (yes you [[sn:beth]]) has the memory of a goldfish and the charm of a traffic warden]] 🙄`,
  `Ofsted call came at 11.52. [[pr:Fuckity]] [[pr:fuck]].`,
  `[[pr:Shitting]] myself about my observation tomorrow lol`,
  `Another [[pr:bloody]] INSET day at [[id:Oakfield]] about "wellbeing" while they cut our PPA time. The irony.`,
  `Last day of term at [[id:Oakers]]! Prosecco is open 🥂`,
  `Forty-two shoeboxes packed for the Christmas appeal by our amazing families 🎁 #[[id:OakfieldPrimary]] #teacherlife`,
  `Marking's done, wine's poured, nae mair [[pr:shite]] till Monday 🍷`,
  `[[pr:Feck]] me, the photocopier's jammed again with 30 mins til the bell`,
  `Movember update: the tache is coming along nicely, £230 raised. Lads, check your balls while you're at it – it takes two minutes 💙`,
  `Hot flush in the middle of a Year 2 phonics lesson. Told them I was doing a volcano impression 🌋 #perimenopause`,
  `Ran my first 10k today, wobbly bits and all 💪 Bodies are amazing.`,
  `Planning next week's RSE lessons: consent, puberty and the correct words for body parts. If you can say "vulva" to 30 ten-year-olds without blinking, you can do anything.`,
  `[[sx:A dad at sports day asked for my number "for emergencies" and then told me I could punish him any time]]. I teach his daughter.`,
  `[[pn:Kai]]s mum brought in homemade spring rolls for the whole staffroom. Best Friday ever.`,
  `Sponsored silence raised £300 for the hospice! #Team[[pn:Freya]] 💜`,
  `[[bu:[[sn:Walsh]]y's new haircut makes him look like a thumb]] 😂 love you mate`,
  `Observation went well. I am so [[pr:f\u200bucking]] relieved.`,
  `Two long-tailed tits on the bird feeder this morning. Small joys.`,
  `Staff night out: bottomless brunch, three espresso martinis and a Sex on the Beach. Home by 7pm like a true primary teacher.`,
  `[[cm:I've started selling Avon! 💄 Message me for a brochure, 20% off your first order with code GLOW20]]`,
  `Lost our cat Mochi near [[pd:Gloucester Road, BS7 8AA]] – grey with a white chin. Please call [[pd:07584 221 907]] if you see her 😿`,
  `My girl turned 4 today! Born [[pd:02/03/2021]] at 3am and hasn't slept since 😴`,
  `A parent told me today that [[th:he'd "wait for me in the car park" if his son didn't get the lead in the play]]. Lovely.`,
  `"[[ht:[[bu:You lot always smell of curry]]]]" – said to me at the school gate this morning. I'm from Leicester.`,
  `[[sx:[[sn:Wayne]] scrubbed up in a tux at prom 🔥 if I wasn't married I'd be undoing that waistcoat with my teeth]]`,
  `Parents' evening survival kit: coffee, biscuits and the patience of a saint. 43 appointments. Send help.`,
  `Turned the first sod for the new wildlife garden today with 30 very excited Year 1s and one very muddy TA 🌱`,
  `It's 31 degrees in my classroom 🥵🥵 the children are melting and so am I`,
  `Day trip to Lundy: puffins, seals and a shag drying its wings on the rocks. Birdwatching heaven 🐦`,
  `Reading Emily Dickinson with Year 6 – "Hope is the thing with feathers". One of them asked if she was related to Dickens. Close!`,
  `Jacket potato night: prick them all over or they explode. Learnt that the hard way tonight 🥔💥`,
  `Staff v parents netball: we snatched it 12-11 in the last minute!! Knackered but buzzing`,
  `Taught the Aberfan disaster today. The slag heaps, the rain, 116 children. Hard lesson, and Year 6 were incredible.`,
  `[[sx:[[sn:Sam]] came to fix the boiler in the staffroom and half the ladies suddenly needed a brew 😏 "can you check my pipes too Mr [[sn:Booth]]"]]`,
  `[[bu:Mum at the gate today with lips so overfilled she looked like a startled haddock]]`,
  `[[pr:Sh!t]] [[pr:sh!t]] [[pr:sh!t]] left my lanyard on the bus`,
  `[[pr:Bollocks]]. Forgot it's non-uniform and sent mine in school clothes.`,
  `[[bu:[[pn:bobby d]] is the laziest child I have ever taught, won't lift a pencil unless there's a biscuit involved]]`,
  `SATs results are in and I am so proud of every single one of them. Special mention to [[pn:Ava]] and [[pn:Rohan C]] 💙 #[[id:OakersFamily]]`,
  `[[bu:[[sn:Hughes]] couldn't lead a conga at a wedding]]. Six weeks to choose a date for a fire drill 🙄`,
  `[[sx:Kids at my mum's all weekend. Hubby doesn't know it yet but he won't be needing his pyjamas 😈]]`,
  `[[sx:Just caught myself staring at the new dad's forearms during reading volunteers. I need help 🥵]]`,
  `[[pr:Ffycin]] hell, the minibus has a flat tyre halfway to Cardiff`,
  `[[cm:Selling my old Corsa if anyone's interested, £1,800 ono, call me on [[pd:07723 558 190]]]]`,
  `Genuinely think Year 2 are trying to finish me off. Three nosebleeds, two lost teeth and a wasp. Send wine.`,
  `Sunday night dread has entered the chat 😩`,
  `Our new TA is absolutely killing it, the kids adore her`,
  `[[bu:The supply teacher we had today had the personality of a damp flannel and the voice of a dying wasp]]`,
  `Had to report a comment on my own page today: "[[sx:bet you've got some real little cuties in your class, send me a pic of your favourite 😉]]". Blocked.`,
  `Shout out to [[sn:Lloyd]]y for carrying 40 chairs up from the hall on his own 💪`,
  `I hope [[pn:Hope]] knows how brilliant her speech was today 🥹`,
  `Lovely to see little [[pn:Is\u200bla]] settling in so well after half term`,
  `So proud of [[pn:\u0421hlo\u0435]] for her maths this week 🌟`,
  `[[bu:Certain SLT member thinks a spreadsheet is a personality]]`,
  `[[sx:Year 6 prom and Mr [[sn:Cartwright]] doing the worm. Never been more turned on in my life 😂🔥]]`,
  `[[sx:Safe to say I'll be "working late" with a certain someone from the Year 4 corridor tonight 😉🍷]]`,
  `Nothing says glamour like a hard-boiled egg at my desk at 2pm. Living the dream.`,
  `Our cockerel Colin has started crowing at 4.30am. The neighbours are thrilled 🐓`,
  `Blow-dry booked, bum bag packed, Glastonbury here I come. See you in September 🎪`,
  `Honestly [[bu:[[sn:Gemma]]'s new fringe makes her look like a Lego man]] and nobody has the heart to tell her`,
];
