// The thirteenth held-out set's texts, labelled inline as [[code:span]]; `npx tsx core/eval/heldout-source.ts
// --set 13` builds heldout-13.jsonl from them (ids h13-off-NNN, h13-com-NNN, h13-per-NNN). Written by
// someone who read none of the checker (core/src/checker/ beyond types.ts's category names), its lexicons
// or tests, core/bench/, core/cli/, corpus-*.ts, corpus.jsonl, generate-corpus.ts or any heldout*.jsonl,
// and of the earlier sets' texts only the header comments of heldout-texts.ts and heldout-2-texts.ts to
// heldout-11-texts.ts (plus heldout-source.ts and roster.json); the checker was not run on these texts
// before or after they were labelled. Score it with:
//   npm run -s eval:checker -- --corpus core/eval/heldout-13.jsonl
// The school is the evaluation roster's (roster.json): Oakfield Primary School ("Oakfield", "Oakers"),
// Oakfield Road, Thornbury, Bristol BS35 4HJ, 0117 496 0123, office@oakfield.sch.uk.
//
// Aim: weighted to measure PROFANITY, SEXUAL, BULLYING and NAMES together, in wordings written fresh for
// this set by many kinds of writer (angry parents, trolls, teenagers, grandparents, busy staff, writers
// whose first language is not English; Scottish, Northern, Welsh, Irish, London, Bristol and Black
// Country voices): forty-odd profanity labels (starred, l33t, spaced, a zero-width character written as
// \u200b, Cyrillic look-alikes written as \u0430 / \u0435 / \u0443 / \u0456, abbreviations, Welsh, Irish,
// Scottish and Polish swearing), thirty-odd sexual labels (innuendo about staff and parents, emoji-carried
// meaning, remarks about children's photos, grooming-like approaches, sexual spam), fifty-odd bullying
// labels (insults and contempt aimed at one pupil, parent or member of staff: rhetorical questions,
// sarcasm, comparisons, nicknames, exclusion, pile-on replies), and seventy-odd name labels of roster
// pupils and staff in tricky forms (given names that are also ordinary words, used both ways; possessives
// with and without the apostrophe, curly apostrophes; given name + initial with and without a dot; lower
// case; hashtags; accents dropped; digit, Cyrillic and zero-width look-alikes; shared surnames after a
// title); personal data (UK mobiles and landlines in several formats, +44, e-mails, postcodes, addresses,
// dates of birth) beside traps (the school's own phone, e-mail and postcode, event and wedding dates, a
// payment reference, a charity number); an ordinary sprinkling of threat, hate, commercial, school
// identification, child-specific and photo-consent labels; and about a third of the texts clean, most of
// them traps.
//
// Codes: pn pupil_name, sn staff_name, pd personal_data, pr profanity, sx sexual, ht hate, th threat,
// bu bullying, cm commercial, id school_identification, cs child_specific, not = a roster full name used
// as ordinary words. photo_consent is never written: the builder adds it over the whole text when an
// image tags a pupil whose photoConsent is false. Images are attached to official posts only.
//
// Labelling decisions: heldout-source.ts's header and the set 2 to 11 headers hold; beyond them:
// - Names in hashtags: a hashtag that is only a name (#FreyaNowak) is labelled over the word without the
//   # (set 2); a hashtag that holds a name among other words (#TeamTheo, #ThankYouHolly, #GoOnIsla) is
//   labelled over the name part only, the rest of the hashtag outside the span.
// - Names, possessives: a possessive written without the apostrophe ("0rlas mum", "Kais party") is
//   labelled over the name alone, the s outside, as 's is (a curly ’s likewise).
// - Names as words and words as names, both in one text: "Will will ...", "in May, May ...", "hope Hope
//   ...", "Summer fair ... Summer is running the tombola", "daisy chains with Daisy", "the holly and the
//   ivy ... Ivy": the name is labelled, the word is not. Also no names: "Willow class" (a class named
//   after a tree), "Hey Jude" (the song), a ruby wedding, a cat called Frost, a baby called Ruby (set 3),
//   Grace Darling, "Mark" as a verb, Sadiq Khan (a pupil is a Khan, but the mayor is no roster person),
//   Lloyds the chemist. A lower-case given name that plainly names the child ("so proud of will getting
//   into the county choir") is labelled.
// - Names, look-alikes: "Fr\u0435ya N" (Cyrillic e), "M4son D", "Ja\u200bck W" (zero-width), "Hugh\u0435s"
//   and "0rla" are labelled (heldout-source's unmasking reads them as the roster names).
// - profanity: "tf" ("what tf is ...") counts like wtf; "fkn", "fuk1ng", "a-hole", "b u l l s h i t"
//   (spaced), "b0ll0cks", "arsed" (can't be arsed) and "bugger" count; Polish "ja pierdolę"
//   counts over the phrase; Welsh "cachu hwch" is labelled over "cachu" (the swear word). "lmaooo" and
//   "hell" are not labelled; "Jaysus" and "flipping" are minced oaths and clean (set 11).
// - sexual: "the outline tho 👀🍆" about a dad in grey joggers, Irish "an absolute ride" with what the
//   writer would let him do, "peng ... would wife and more 😏", "ngl I'd" of a teacher, and a staff
//   post's "big package" joke once the emoji and "the size of it" make it innuendo are sexual (over the
//   whole joke, the staff name nested); a plain
//   "big package arrived – 40 new books" is clean. A stranger's "talent scout" comment asking for a
//   child's measurements and swimwear pictures is sexual only (not commercial), from the first move to
//   the last. A teacher's post reporting a parent's proposition ("asked if I do private one-to-ones and
//   winked") is sexual over the reported request. A stranger's comment about a girl in a photo "being a
//   stunner when she's older" followed by "dm me" is one sexual span, the name nested.
// - bullying: "stfu Karen nobody asked" aimed at one commenter is bullying with "stfu" nested (Karen as
//   slang names nobody). A nickname insult with a title inside ("Mrs Two-Chins Ingram on the gate") is
//   bullying over the nickname clause, the surname nested as staff_name. A staff member's sneer in her
//   own post at "one of my Year 4s" is bullying (one child, identified by role, as sets 6 and 7). A
//   writer whose first language is not English writing "this boy Oscar is very bad boy, he is stupid and
//   dirty, nobody must play with him" is bullying over the whole, name nested. Laughter and agreement
//   around an insult ("lmaooo", "fr", "this ^", "lol") stay outside the span. Affectionate praise in
//   insult shapes ("Theo is a nightmare at Monopoly", "Mrs Frost is an absolute machine") is clean.
// - Self-harm incitement in a teen's post at a named child ("nobody would miss u if u jumped") is threat
//   and bullying over the same span, the vocative name before it outside (set 9).
// - personal_data: a 12-digit ParentPay reference written in groups of four, a charity number, a wedding
//   date, a trip date and an Ofsted-style URN are clean; a parent's own child's birth date is pd over the
//   date (set 7), the child's name labelled beside it.
// - school_identification: "Oakers" inside a hashtag (#OakersPanto) is labelled over the hashtag word
//   without the # (set 4); the school's e-mail in a staff member's own post is labelled (set 5).
// - Clean despite rude-looking or sexual-looking strings: Penistone, Scunthorpe, Cockermouth,
//   Cockington, Concorde's cockpit, a rugby "hooker" (the position), "nude or black tights" in a uniform
//   question, faggots and gravy, spotted dick, a hoe, screws, a knob of butter, a bass player,
//   cocktail sausages and cocktails, blue and great tits, balls and "hard" in a science post, Essex,
//   assessed, "the bomb" and "bombed it", "killing it", "shoot" photos, "dead tired", "shot" as a
//   penalty, a Holocaust lesson, an Anne Frank exhibition, a Pride assembly that says "gay" at no one,
//   a PSHE lesson naming "the N-word" without printing it.
export type Source = string | { text: string; images: string[][] };

export const OFFICIAL: Source[] = [
  `Our Year 6 footballers made the long trip up to Penistone for the small schools cup on Saturday – four hours on the coach and more Haribo than is strictly sensible. They lost 2–1 in the last minute but were absolutely killing it in the second half. Proud of every one of them.`,
  `⭐ Stars of the week ⭐ Reception: [[pn:Isla]] for her brilliant counting. Year 1: [[pn:Arlo F.]] for never giving up on his reading. Year 2: [[pn:May]] – in May we hope to see even more of that gorgeous joined-up writing! Year 3: [[pn:Rose]] for her rainforest poem.`,
  {
    text: `Sports day heats for Years 3 and 4 📸 What a morning – and not a single grazed knee! Thank you to Mr [[sn:Lloyd]] for organising and to every parent who came to cheer.`,
    images: [['Jack Wilson', 'Noah Patel', 'Daisy Price']],
  },
  `Please keep the family of one of our Year 1 pupils in your thoughts this week. [[cs:[[pn:Summer]]'s dad is in Southmead after his accident on the M5 and she will be staying with her nan until Friday]]. Cards can be left at the office.`,
  `Online safety alert ⚠️ A Year 5 child was sent this message on a gaming app by an adult pretending to be 12: "[[sx:ur really pretty for ur age, how old r u? i can get u robux if u send a pic in ur pe kit. dont tell ur mum its our secret]]". Please check friend lists tonight and report anything like this to CEOP.`,
  `The Knife and Fork Club starts again on Tuesday for our Reception children – a calm lunchtime group practising cutting, sharing and table manners. Faggots, mash and peas are on the menu that day (veggie sausages available).`,
  `Year 6 have begun their unit on the Holocaust ahead of Holocaust Memorial Day. They learned how the Nazis persecuted Jewish people, Roma and Sinti, disabled people and gay men, and wrote letters of hope to a survivor's granddaughter, who visits next week.`,
  `We have had to remove several comments from this page. One described Mrs [[sn:Talbot]] as "[[bu:a useless [[pr:f***ing]] dinosaur who should have retired in the 90s]]". This is not acceptable. Our staff deserve respect, and so do our volunteers.`,
  `Huge thanks to Thornbury Tyres for sponsoring our new football kits! ⚽ [[cm:Show this post at the counter for 15% off your next MOT – code OAKFIELD15]].`,
  `Lost property is overflowing again! If your child has lost a coat, pop in or call the office on 0117 496 0123, or email office@oakfield.sch.uk. Unclaimed items go to the PTA pre-loved sale on 21/03.`,
  `Found on the field after the football tournament: a silver Casio watch and a set of car keys with a Bristol Rovers fob. The keys were handed in by a dog walker who asks the owner to text him directly on [[pd:07700 900417]].`,
  `Well done to our netball girls and to mrs [[sn:cole]] who coached them all the way to the district final 🏐 What a season!`,
  `Year 2 spent the morning in the wildlife garden watching blue tits on the feeders and counting great tits for the RSPB Big Garden Birdwatch. They also learned that a robin will fight its own reflection!`,
  {
    text: `Our new reading buddies scheme has begun – Year 6 reading with Reception every Wednesday. Look at those faces 📚`,
    images: [['Hope Adeyemi', 'Isla Murray']],
  },
  `A reminder that nuts must not be sent in lunchboxes. [[cs:One of our Year 1 boys has a severe nut allergy and carries an EpiPen]], so please check cereal bars and spreads carefully.`,
  `Some older pupils have been writing on the toilet walls. Words included "[[pr:sh1t]]" and "[[pr:w@nker]]". Please talk to your children about respecting the building.`,
  `Welcome back Mrs [[sn:Frost]], who returns from maternity leave as deputy head just in time for a frost-covered playground ❄️ And a big thank you to [[sn:Sam Booth]], our site manager, who was out gritting the paths at 6am!`,
  `Our Year 5 photography club will shoot the new prospectus photos on Thursday. Children without photo consent will not appear. Please check your child's consent form is up to date on the app.`,
  `Year 3 bombed down the hill on the cardboard sledges they designed in DT – only one collapsed before the bottom! Very muddy, very happy, dead tired scientists this afternoon.`,
  `In PSHE this week, Year 6 talked about why using "gay" to mean rubbish hurts people, and why jokes about disabled people are never just jokes. A really mature discussion – thank you Mr [[sn:Mahmood]].`,
  `We removed a comment left by a stranger under our swimming gala photos, which said "[[sx:the little blonde one has a cracking figure for 9 😍]]". The account has been reported to the police. Please do not share our photos outside this page.`,
  `Happy 10th birthday to [[pn:Freya Nowak]] in Year 6 (born [[pd:17/12/2014]])! 🎂 [[pn:Freya]] brought in cupcakes for the whole class.`,
  `Key dates: parents' evening 12/11, flu spray 19/11, Christmas jumper day 13/12, term ends 20/12, INSET Monday 6th January. Our charity number for Gift Aid is 1094567 and the trip reference on ParentPay is OAK-2024-1193.`,
  {
    text: `Year 4 told the story of Grace Darling and the Forfarshire rescue in assembly today. Special mention to our own [[pn:Grace O]], who played Grace Darling herself, and to [[pn:Seán]] for the thunder sound effects 🌊`,
    images: [['Grace Okafor', "Seán O'Brien"]],
  },
  `Parents – PLEASE stop parking on the zigzags. A delivery lorry had to reverse the whole length of the road this morning with children walking past. It's [[pr:bloody]] dangerous and it has to stop.`,
  `PTA Christmas Fair, Saturday 30th November 🎄 Tombola £1, Santa's grotto £3, mulled wine and cocktail sausages at the café. Every penny goes to the new library.`,
  `[[pn:Theo]] in Year 5 will be learning from home for a few weeks; [[cs:he is recovering from an operation on his hip]], and his class have made him an enormous card.`,
  `We are aware of a group chat in which a Year 6 pupil was sent messages including "[[bu:nobody wants you here, you smell like a bin]]" and "[[th:[[bu:just go [[pr:f*cking]] die already]]]]". If your child is in this chat, please speak to Mrs [[sn:Marsh]] today.`,
  `Year 1 are learning about opposites: hard and soft, wet and dry, fast and slow. They rolled balls down ramps to find out which surface was fastest – the carpet lost!`,
  `Thank you to [[sn:Holly]] and the kitchen team for Tuesday's Christmas lunch, and to the children who decked the hall with holly and ivy. 🎄 #ThankYou[[sn:Holly]]`,
  `Dydd Gŵyl Dewi Hapus! 🏴󠁧󠁢󠁷󠁬󠁳󠁿 Year 3 made cawl, learned "Iechyd da" and sang Calon Lân beautifully in assembly.`,
  `Graffiti was found on the back gate this weekend reading "[[bu:[[sn:HUGHES]] IS A [[pr:W4NKER]]]]". It has been painted over and the police have the CCTV.`,
  `A warm welcome to Miss [[sn:Oduya]], who joins Year 2 after half term, and to [[sn:Donna]], who will be volunteering in the library on Tuesdays.`,
  `Year 5 will be assessed on their swimming at the leisure centre on Friday. Please pack a towel, costume, goggles and a warm hat for the walk back.`,
  `Will all parents please note that the car park will be closed on Friday for resurfacing. May we ask that you walk to school if you possibly can.`,
  `Year 4 scientists discovered that cocktail sticks and mini marshmallows make surprisingly strong bridges – the winning one held fourteen textbooks!`,
  {
    text: `Year 1 welly walk through Castle Woods 🥾 [[pn:Leo]] found a frog and [[pn:Yusuf J]] found the deepest puddle (twice).`,
    images: [['Leo Kowalski', 'Yusuf Jenkins']],
  },
  `Year 6 trip reminder: coaches leave school at 8.30 and arrive at We The Curious, [[pd:1 Millennium Square, Bristol BS1 5SZ]], at about 9.15. Please be on the playground by 8.15.`,
  `Update for Year 3 parents: [[cs:[[pn:Mason]] will not be coming on tomorrow's trip as he has been excluded for biting another child]]. All other children should bring a packed lunch.`,
  `Police are aware of a message posted on a local group last night saying "[[th:someone should burn that school to the ground with [[sn:Hughes]] still in it]]". Extra patrols will be at the gate this week.`,
  `Year 6 SATs start on Monday 12th May. Children should come in fresh, fed and ready – no need to revise over the weekend! Breakfast club is free for Year 6 all week.`,
  `New uniform for September: [[cm:order online at www.schooltogs.co.uk/oakfield and use code OAK10 for 10% off until 31st August]]. Pre-loved uniform is free from the PTA rail.`,
  `Congratulations to Mr [[sn:Walsh]] and his wife on the safe arrival of baby Ruby, 7lb 2oz! 💙 He is back after Easter.`,
  {
    text: `[[pn:Hattie]]’s painting of Thornbury Castle has been chosen for the town's 2025 calendar! 🖼️`,
    images: [['Hattie Campbell']],
  },
  `Please be aware: a man has been seen at the park gate after school offering children sweets and asking [[sx:which of the girls would like to be in a "photo shoot" at his studio, no parents needed]]. Police have been informed. Please collect promptly.`,
  `Year 4 made Roman shields, practised the tortoise formation and then "attacked" Mrs [[sn:Grant]]'s office with foam swords. She surrendered in under a minute. 🛡️`,
  `Thank you to the parent who offered to donate garden tools. Please contact Mrs Keane directly on [[pd:sarah.keane77@hotmail.co.uk]] to arrange collection.`,
  `Some Year 5 children have been calling a classmate "[[bu:Tubby [[pn:Toby]]]]" at lunchtime. This has been dealt with, and the whole year group had an assembly on kindness today.`,
  `Year 5's pen pals at a primary school in Scunthorpe have written back ✉️ The children loved hearing about the steelworks and the famous Scunthorpe United.`,
  `PSHE in Year 6: we talked about the N-word and other racist slurs, why they hurt so much and what to do if you hear one. We did not use the words themselves.`,
  `Attendance cup this week goes to Mrs [[sn:Pearson]]'s class with 99.2%! 🏆 Lunchtime award: [[pn:Muhammad R]] for helping a Reception child who fell over 💛`,
  `Bravo to [[pn:Chloe Dubois]], who read a poem in French in assembly, and to [[pn:Sian Evans]] for translating it for us 🇫🇷`,
  {
    text: `Year 2 are loving their new outdoor kitchen! Chief chefs today: [[pn:Zoe M]], [[pn:Harry]] and [[pn:Nia C]] 🍳`,
    images: [['Zoë Martin', 'Harry Clarke', 'Nia Chowdhury']],
  },
  `Our Year 6 girls' football team beat Castle School 4–0! Hat-trick for [[pn:Ava]], and a penalty shot from [[pn:Imogen V]] that nearly broke the net ⚽`,
  `Congratulations to [[pn:Kai]] in Year 4, who came second in the county chess championship. Mr [[sn:Underwood]] says he's already planning next year.`,
  {
    text: `Reception's first Forest School session 🌳 Hot chocolate round the fire and lots of worms.`,
    images: [['Tariq Iqbal', 'Samuel Yates', 'Lottie Tran']],
  },
  `Please welcome Mr [[sn:Cartwright]] to our office team! If you need him, the office number is still 0117 496 0123.`,
  `Kindness award for Year 3 goes to [[pn:Lily]], who spent every wet play this week teaching a new girl how to play chess ♟️`,
  `Reminder: school closes at 1.30 on Friday 19th for the staff training day. After-school clubs will not run.`,
  `Ofsted will be with us on 14th and 15th October. Our URN is 109234 if you would like to read our last report online, and the parent survey closes on the 13th.`,
  `Year 2 will mark Remembrance Day with a two-minute silence at 11am. Poppies are 50p from the office, and the class will make a wreath for the war memorial.`,
  `A message sent to our page last night asked for [[sx:the names of the girls in the Year 6 netball photo and their Snapchats]]. We have blocked and reported the account. We will never share children's names with strangers.`,
];

export const COMMENTS: Source[] = [
  `[[bu:Mrs [[sn:Talbot]] has been at that school since the dark ages and it shows. does she even know what an iPad is?? my nan is more up to date]]`,
  `[[pr:FFS]] another inset day?? some of us have actual jobs`,
  `[[pn:Toby G]] star of the week?? 😂 [[bu:is that because he finally learnt to write his own name]]`,
  `[[sx:Mr [[sn:Walsh]] in them shorts at sports day 🥵🥵 I'll need a lie down]]`,
  `[[sx:the new TA can keep me behind after class anytime 😏👅]]`,
  `hi [[sx:the girl in the blue swimming hat is so talented, I coach privately and can do free lessons, can her mum dm me or better she can message me herself 😊]]`,
  `my lot came home saying they'd been "shooting" in PE 😳 turns out it was netball lol`,
  `same [[pr:sh\u0456te]] every morning, a BMW parked across my drive and the driver just shrugs at me`,
  `this ^ [[bu:proper waste of space that woman]]`,
  `[[pn:grace]] and [[pn:ruby]] 💕 best friends forever`,
  `So [[pn:Hope]]'s in the final?? hope she smashes it 🤞🏾`,
  `[[pr:cachu]] hwch, the coach broke down AGAIN? third time this year`,
  `[[bu:[[sn:Hughes]] is an absolute rocket]], this new uniform policy's [[pr:pish]]`,
  `[[pr:feckin]] eejits at the council have closed the footpath by the school, now the kids have to walk in the road`,
  `[[bu:that lass on reception has a face like a smacked [[pr:arse]] every time you ask her owt]]`,
  `[[bu:Mr [[sn:Cartwright]] tryna act like a roadman in that puffer jacket, proper wasteman behaviour]] 💀`,
  `proper ansum day out, cheers all, the babby come home buzzin`,
  `[[pr:bloody]] 'ell ar kid come um soaked through, wot am they doin lettin em out in that`,
  `[[sx:she's got a gorgeous little body for a 10 year old]]`,
  `lmaooo [[bu:[[pn:kai]] looks like a thumb]] 😭😭`,
  `fr [[bu:his head is actually massive tho]]`,
  `[[bu:oh well done [[pn:Archie]], only took you three years to learn to read 👏👏]]`,
  `school's full of [[ht:p\u0430kis]] now, no wonder the results have dropped`,
  `anyone found a grey North Face coat age 8? ring me on [[pd:07700 900 862]] or [[pd:kerry_w1985@gmail.com]] x`,
  `you can ring the office on 0117 496 0123, they're really helpful`,
  `[[sx:which one of the mums is single? asking for a friend 😉🍆]]`,
  `this is [[pr:b u l l s h i t]], my son did NOT push anyone`,
  `[[pr:fuk1ng]] joke that the gates don't open till 8.45 when breakfast club is full`,
  `Hey [[pn:Evie]], [[sx:you looked amazing in your dance show pics 😍 how old are u now? I've got some clothes you'd look great in, add me on snap, no need to tell ur mum 🤫]]`,
  `[[bu:who lets Miss [[sn:Cole]] dress herself in the morning? she looks like a charity shop exploded]]`,
  `[[bu:Dumbo [[pn:Dominic]] strikes again 🐘👂]]`,
  `[[bu:Mrs Two-Chins [[sn:Ingram]] on the gate again]] 🙄`,
  `[[bu:[[sn:Gareth]] in the office is a right [[pr:knobhead]]]]`,
  `Bless them, mine are dead tired after the trip, both asleep by 7 😴`,
  `the cocktail sausage rolls at the fair were 🔥 who made them??`,
  `[[sx:[[pn:Ethan]]'s dad at pick up in them grey joggers 😍 the outline tho 👀🍆]]`,
  `[[bu:[[pn:Fr\u0435ya N]] thinks she's all that, nobody even likes her]]`,
  `[[bu:[[pn:Ja\u200bck W]] is a spoilt little [[pr:sh1t]]]] and everyone knows it`,
  `what [[pr:tf]] is a "wellbeing day" 😂 in my day you just got on with it`,
  `[[sn:Hughes]] [[bu:you absolute [[pr:c\u0443nt]]]], my kid came home with a black eye and you did nothing`,
  `[[sx:would absolutely ruin Mrs [[sn:Frost]] 😈]]`,
  `I paid for the trip on ParentPay, ref 4471 0091 2283, but it still says outstanding??`,
  `Mrs [[sn:Pearson]] is a legend, our [[pn:Jude]] adores her ❤️`,
  `Year 4 singing Hey Jude at the concert had me in bits 😭`,
  `[[sx:not gonna lie I only go to parents evening to perv at Mr [[sn:Lloyd]]]] 🙈`,
  `Teacher Mrs [[sn:Karimi]] is very good, my daughter [[pn:Zara]] love her so much. Thank you for everything`,
  `[[bu:This boy [[pn:Oscar]] is very bad boy, he is stupid and dirty, nobody must play with him]]`,
  `[[pr:ja pierdolę]], again no hot lunch for my son? I paid already`,
  `[[pn:callum]] [[th:[[bu:do us all a favour and go play on the motorway]]]]`,
  `[[cm:Qualified teacher offering 11+ tutoring, £30/hr, first session free – call Jo on [[pd:07700 900 553]]]]`,
  `is it non uniform on Friday or is that next week?`,
  `Tag rugby club was brilliant, [[pn:Rhys]] now wants to be a hooker when he grows up 😂 (it's a position, I checked)`,
  `are nude tights allowed or only black? the uniform policy doesn't say`,
  `[[bu:how is [[pn:Esme A]] in the top group, she can't even spell her own name]]`,
  `what a load of [[pr:b0ll0cks]], my kid has never been late once`,
  `it's [[pr:pissing]] down and they still made them do PE outside`,
  `[[pr:crap]] communication from the office as always, found out about the trip from another mum`,
  `[[bu:[[pn:Theo]]'s dad is an [[pr:a-hole]]]], shouted at my daughter for nothing`,
  `[[bu:[[pr:stfu]] Karen nobody asked]]`,
  `[[sx:Mrs [[sn:Sandhu]] is peng still 😍 would wife and more 😏]]`,
  `[[sx:more pics of the girls gymnastics in the leotards please 😍]]`,
  `Great photos! [[sx:I'm a talent scout for children's modelling, the little one in pink could earn £££, send her measurements and some swimwear pics to my inbox]]`,
  `Well done Year 5, the Viking longboats look fab. [[pn:Will]] was so proud of his he wants to sleep in it!`,
  `Ruby wedding for my mum and dad today so Grandma's doing pick up 💍`,
  `[[pn:Ivy]] came home singing The Holly and the Ivy on repeat 🎄 send help`,
  `[[sx:send pics of the mums 👙👀]]`,
  `[[th:touch my daughter again and I'll [[pr:f***ing]] end you]]`,
  `Love the new playground! Is the climbing frame for KS1 as well?`,
  `Brilliant assembly, who knew Year 3 could be so loud 😂`,
  `[[sx:Hot local mums want to chat tonight 💋 [[cm:bit.ly/m1lfz0ne]]]]`,
  `[[sx:[[pn:phoebe]] in the dance pics 😍 gonna be a real stunner when she's older, dm me]]`,
  `Can confirm the volcano experiment was "the bomb" according to my daughter 🌋`,
  `We've just moved up from Essex, any tips for the school run? the A38 is mental at 8`,
  `the cocktail evening for the PTA was such a laugh, same again next year?`,
  `Could the class photos be taken before they go out to play? My son's shirt is always filthy by 10am 😂`,
  `Nuts are banned right? what about coconut?`,
  `Pick up at 3.15 or 3.20 tomorrow for the shortened day?`,
  `that spotted dick at the school lunch taster was better than my mum's, don't tell her`,
  `Hello, please which day is the photo for school? my son is new in Year 2, thank you very much`,
  `ngl the leavers hoodies are actually peng this year`,
  `Diolch for the lovely St David's Day concert, my nain cried all the way through 🏴󠁧󠁢󠁷󠁬󠁳󠁿`,
  `Aye the wee yins had a belter of a day at the beach, cheers for the photos`,
  `who knew faggots and gravy would be such a hit at school dinners 😂 she wants them every day now`,
  `do we know when the photographer is coming to shoot the Year 6 leavers photo?`,
  `hell of a performance from the choir, they absolutely smashed it`,
  `The Cockington trip sounds lovely, do they need a packed lunch?`,
  `my son wants to be a bass player after the music assembly. thanks. thanks a lot. 😂`,
  `[[pn:Theo]] is an absolute nightmare at Monopoly, he always wins 😂 lovely to have him round`,
  `Mrs [[sn:Frost]] is an absolute machine, ran the whole cross country with them`,
  `[[pn:Kai]]s party was the best, thank you for inviting us 🎉`,
  `Lloyds on the high street has the nit combs back in stock, it's that time of year again 🙃`,
  `anyone else's kid obsessed with Sadiq Khan after the London trip? mine wants to be mayor now 😂`,
  `[[bu:Mr [[sn:Hugh\u0435s]] couldn't run a bath never mind a school]]`,
  `Are the flu sprays this Tuesday or next? my youngest is terrified of the nasal one`,
  `Is the Year 3 trip to Bath the city or the Roman baths or both? she's asking if she needs her cossie 😂`,
];

export const PERSONAL: Source[] = [
  `Last day at [[id:Oakfield]] before the summer hols ☀️ 31 kids, 1 TA, 0 sanity left. Gin o'clock 🍸`,
  `[[sx:Hubby's away so it's me, a bottle of red and my battery-operated boyfriend tonight 😏]]`,
  `[[bu:one of my parents today turned up in a onesie and slippers and then lectured ME about standards. the absolute state of her]]`,
  `[[bu:[[sn:Kieran]] in Year 6 still thinks he's God's gift, bless him, someone tell him the 2000s called]]`,
  `My baby boy [[pn:Leo]] is 5 today!! Born [[pd:30/04/2019]] at 3.12am, 8lb 1oz 💙 #proudmum`,
  `Three [[pr:f\u200buckin]] hours on hold to the council about school transport. THREE.`,
  `cant be [[pr:arsed]] with school tmrw 🙄`,
  `Proud moment watching our girl on stage tonight ✨ #[[id:OakersPanto]]`,
  `Sponsored walk on Sunday for little [[pn:Theo]]'s operation, please share 💙 #Team[[pn:Theo]]`,
  `Giving away my son's old bike, collect from [[pd:7 Sibland Close, Thornbury BS35 2DP]] – free to a good home`,
  `[[cm:Selling [[id:Oakfield]] jumpers age 7-8, £3 each or 5 for £12]], message me`,
  `[[sx:Mr [[sn:Fletcher]]'s "big package" finally arrived in the office this morning and the whole staffroom hasn't stopped talking about the size of it 🍆😂]]`,
  `Big package arrived today – 40 new books for the class library 📚😍`,
  `[[bu:[[pn:Layla B]] thinks shes a tiktok star 💀 girl ur 11 and ur dances are cringe]]`,
  `[[bu:[[pn:orla]] and her fake eyelashes omg 🤮]]`,
  `[[bu:why does [[pn:Alfie T]] always smell like cheese and onion crisps 🤢]]`,
  `[[bu:[[pn:M4son D]] u r so [[pr:fkn]] annoying]]`,
  `Grandad took the twins to Cockermouth for the weekend, they loved the sheep and the rain not so much`,
  `Marking 60 assessments on a Sunday. Dead inside. Send biscuits.`,
  `Parents, if you need me over the holidays please email [[id:office@oakfield.sch.uk]] and not my Facebook 🙏`,
  `[[bu:Mrs [[sn:Doyle]] is the laziest teacher at [[id:Oakfield]], sits on her fat [[pr:arse]] all day]]`,
  `[[ht:these foreigners can't even be bothered to learn English]], my daughter's class is half Polish now`,
  `[[th:if that boy touches my son again I'm going down that school and I'll knock him out myself]]`,
  `[[sx:Gym instructor today was an absolute ride 🥵 would let him spot me anywhere]]`,
  `[[sx:neighbours have been shagging since 11]], some of us have work 😤`,
  `A dad at parents' evening asked if [[sx:I do "private one-to-ones" and winked]]. Reader, I did not.`,
  `Took the kids to Aerospace Bristol – [[pn:Arlo]] sat in Concorde's cockpit and hasn't stopped talking about it ✈️`,
  `Scunthorpe away on a Tuesday night in the rain. The things I do for this club ⚽`,
  `[[cm:Who wants to lose 10lbs before Christmas?? 🙋‍♀️ My shakes changed my life, message me for a 3-day trial pack]]`,
  `Bombed it down Castle Hill on the sledge with the kids, nearly lost a welly ❄️`,
  `so proud of [[pn:will]] getting into the county choir 🎶 #[[id:OakfieldFamily]]`,
  `I will never understand why they give homework in reception`,
  `Anyone want a free cot? email me [[pd:dan.morrissey@outlook.com]]`,
  `Lost: black cat called Frost, white paws, very friendly. Call [[pd:+44 7700 900 981]] 🐈‍⬛`,
  `Council resurfacing [[id:Oakfield Road]] all next week, the school run is going to be carnage`,
  `Thornbury Christmas lights switch-on was magical ✨`,
  `[[bu:One of my Year 4s has the attention span of a goldfish and the brain to match]] 🙃`,
  `[[bu:[[pn:Ethan B]] ur actually such a [[pr:d i c k]]]] 🙄`,
  `Wean's school trip cancelled again cos of "staffing". Absolute [[pr:shite]]`,
  `Jaysus that rain, the young lad came home drenched to the bone`,
  `Blue tits have moved into the nest box the kids made at school 🐦😍`,
  `Some creep added my 10yo on TikTok and messaged her "[[sx:ur so cute, do u have a bf? u can tell me anything, send me a pic of u in ur pjs x]]". Reported. CHECK YOUR KIDS' PHONES.`,
  `Daisy chains on the field with [[pn:Daisy]] – she insisted hers had to be the longest 🌼`,
  `Summer fair tomorrow! [[pn:Summer]] is running the tombola with her Year 1 class, god help us 😂`,
  `[[bu:Oh joy, another inspiring staff meeting where [[sn:Fiona]] reads the PowerPoint to us word for word. Truly a visionary]]`,
  `[[ht:gyppos]] have set up on the field by the leisure centre again`,
  `[[pr:Bugger]]. Left all the costumes on the coach.`,
  `[[pr:Damn]] you autocorrect, I typed "Year 6 leavers' disco" not "Year 6 lovers' disco" 🙈`,
  `The [[pr:effing]] printer has jammed again and I have 90 copies to do`,
  `some [[pr:twat]] in a Range Rover nearly hit a kid on the crossing this morning`,
  `[[bu:[[pn:Sienna]]'s mum is a two faced [[pr:b1tch]]]]`,
  `[[bu:[[pn:Niamh]] isn't coming to my party cos no one likes her]] lol`,
  `[[pn:Dylan W]] [[th:[[bu:nobody would miss u if u jumped]]]]`,
  `[[sx:Mr [[sn:Sheridan]] is actually fit tho 😳 ngl I'd]]`,
  `Shoot day for the new prospectus! Never seen Year 2 so well behaved 📸`,
  `Faggots, mash and peas for tea tonight, proper Black Country grub`,
  `Took my eldest to the Anne Frank exhibition. She asked why people hated Jewish people so much. Hard conversation.`,
  `Married 25 years today, 14/06/1999 🥂 still puts up with me`,
  `Our twins turned 7 today!! [[pd:04.05.2018]] feels like yesterday 🥹`,
  `A parent told me today I'm "[[bu:too fat to be teaching PE]]". Lovely. Wine time 🍷`,
  `Cocktails with the girls tonight 🍹 first night out since the baby`,
  `kids killed it at the gymnastics comp, 2 golds and a bronze!`,
  `Hope everyone has a lovely Easter break 🐣 May's going to be manic`,
  `Our Pride assembly today was so moving – Year 5 asked such thoughtful questions about why some people get called names for being gay.`,
  `Grandad's been sorting the shed: a hoe, three rakes, a tin of screws and a knob of butter?? in a jar?? Garden ready for spring anyway 🌱`,
  `[[bu:[[pn:0rla]]s mum thinks she's the queen of the PTA, nobody voted for u hun]]`,
  `First day of Reception for our baby girl 🎒 she didn't even look back. #GoOn[[pn:Isla]] 💕`,
  `Year 6 mock SATs to mark tonight. Will I finish before midnight? Will I heck.`,
  `[[sx:Date night 😏 kids at nan's, the good underwear is on and he doesn't stand a chance 🍑]]`,
  `[[sx:[[pn:Toby Y]] keeps asking [[pn:Layla]] for pics 🍆💦]] everyone knows`,
];
