// The eighteenth held-out set's texts, labelled inline as [[code:span]]; `npx tsx core/eval/heldout-source.ts
// --set 18` builds heldout-18.jsonl from them (ids h18-off-NNN, h18-com-NNN, h18-per-NNN). Score it with:
//   npm run -s eval:checker -- --corpus core/eval/heldout-18.jsonl
// Written by someone who read none of the checker: of the repository it read only heldout-source.ts,
// roster.json, core/src/checker/types.ts (the category names) and the header comments (the lines before
// `export type Source`) of heldout-texts.ts and heldout-2-texts.ts to heldout-17-texts.ts. It did not read
// anything else under core/src/ (lexicons, categories, rules, learned model), any *.test.ts, core/bench/,
// core/cli/, corpus-*.ts, corpus.jsonl, generate-corpus.ts, score.ts, train-model.ts, any heldout*.jsonl
// other than its own, the bodies of the other heldout-*-texts.ts files, or their git history; the checker
// and the eval script were not run on these texts before or after they were labelled.
// The school is the evaluation roster's (roster.json): Oakfield Primary School ("Oakfield", "Oakers"),
// Oakfield Road, Thornbury, Bristol BS35 4HJ, 0117 496 0123, office@oakfield.sch.uk.
//
// Aim: SHORT-TO-MEDIUM texts (10-80 words) weighted to THREAT and HATE: about seventy labels each, about
// forty bullying, and profanity, names and personal data as they come. Threats explicit, veiled, implied,
// conditional, relayed through relatives and reported ("he said he'd ..."); against staff, pupils,
// parents, a pet, cars and the building (arson, a hoax device, 🔥🏫🔥); self-harm incitement at children
// and commenters (🪢🪑, "uninstall ur life", k\u0456ll urs\u0435lf, a walk off Aust cliff, the fast lane
// of the A38); gaming slang (pullin up irl, no respawn irl, i know ur gamertag AND ur school);
// dialect (Scottish burst his mooth, Geordie lamped, Scouse head kicked in, Yorkshire tan their
// backsides, Welsh bust his nose, Irish a puck in the mouth, Brummie smack yer 'ead in, Bristol a gert
// smack in the chops, MLE face is gettin cut, Jamaican patois buss him head); second-language English
// (Polish, Romanian, Somali, Portuguese, Urdu speakers); misspelt, l33t, spaced, a Cyrillic look-alike
// (written \u043e \u0435 \u0430 \u0456) and a zero-width character (written \u200b); emoji. Hate: slurs of
// every kind (racist, antisemitic, anti-Muslim, anti-Sikh, anti-Hindu/Indian, anti-Catholic, anti-Irish,
// anti-Traveller and anti-Roma, anti-Polish, anti-refugee, homophobic, transphobic, disability), misspelt,
// starred, spaced and l33t; slur-free hostile generalisations; dog whistles (keycap 1️⃣4️⃣8️⃣8️⃣, "the goyim
// know", echo brackets, "day of the rope", the skittles analogy, sarcastic "cultural enrichment", "DEI
// hire"); "just asking questions" hostility; Holocaust denial. About two fifths of the texts are clean,
// nearly all of them traps: history and RE lessons that quote what was said or believed then (Nazi
// propaganda, a slave-sale advertisement, the Nuremberg Laws, "No Irish, No Blacks, No Dogs" signs),
// jihad explained, a synagogue visit, Anti-Bullying Week and online-safety notices that describe without
// quoting, parents' neutral reports of what their child suffered, angry and rude complaints that threaten
// nothing but lawful escalation, sport, cooking, gardening (pansies, gypsophila), drama (Oliver!,
// Macbeth, Romeo and Juliet), fencing, Wink Murder, Paddy's Day, a pike, sauerkraut, fairy cakes, a
// jungle disco, Egyptian mummies, the Black Country Museum, Kill Your Speed.
//
// Codes: pn pupil_name, sn staff_name, pd personal_data, pr profanity, sx sexual, ht hate, th threat,
// bu bullying, cm commercial, id school_identification, cs child_specific, not = a roster full name used
// as ordinary words. photo_consent is never written: the builder adds it over the whole text when an
// image tags a pupil whose photoConsent is false. Images are attached to official posts only.
//
// Labelling decisions: heldout-source.ts's header and the set 2 to 17 headers hold; beyond them:
// - A parent's report to the school of what a child was called or told is labelled by what it PRINTS,
//   never by what it describes. A printed slur aimed at the child is hate and bullying over the slur
//   (set 8: "a boy called him a \"spastic\"", "called my daughter a \"ch1nk\""); a printed insult is
//   bullying ("they call her \"Pizza Face\"", set 17); a threat reported by its content ("told him he
//   will cut him with knife after school", "said she's getting her big sister to smash her face in") is
//   threat over the reported clause (sets 5, 8, 12). A report that only describes ("called a racist name",
//   "the N-word", "comments about her hijab", "made monkey noises when he walked in", "was threatened by an
//   older boy", "racially abused ... I won't repeat what was said") prints nothing hostile and is clean,
//   like set 10's "the P-word" and set 12's "threatening behaviour". The same holds in staff members' own
//   posts and in school notices.
// - History and RE: a lesson that quotes what was said or believed THEN, in slur-free words and in a
//   plainly educational frame (who said it, when, why it was wrong), is clean, as sets 2, 10 and 14 took
//   Holocaust, Partition and Kindertransport lessons: a 1938 poster calling Jewish people "a plague on the
//   nation", a 1768 advertisement offering "a healthy boy" for sale, the Nuremberg Laws, boarding-house
//   signs reading "No Irish, No Blacks, No Dogs". This differs from set 14's quoted contemporary hate (a
//   living person's "every mosque is a terror cell"), which republishes that person's hostility. A SLUR
//   printed in a history post stays hate (set 10's printed rule): the oral-history post quoting "w*g" is
//   labelled over the word.
// - Anger that is not a threat: lawful escalation is clean however furious ("going to the governors and
//   then straight to Ofsted", "hearing from my solicitor", "I'm not leaving until someone explains",
//   "taking both my kids out and telling every parent I know why", "formal complaint goes in Monday", "the
//   head should consider his position", "Sort it out."). It becomes threat once it holds or implies harm:
//   "Sort it out before I do" after a threat, "you lot will regret this" (set 9's "you'll be sorry"),
//   "Final warning" after a property threat (its own span, set 17). Criticism of the school as a body, with
//   or without swearing ("an absolute shitshow", profanity only), is no bullying.
// - "Just asking questions": a leading "Genuine question:", "Not being funny but", "Just asking questions
//   here —", "Can someone tell me" and a trailing "Asking for a friend" stay outside the hate span, which is
//   the hostile question alone (set 14's framing rule). A genuine question that attacks no one ("is Eid a
//   school holiday this year?", "why was the Roma family support worker post cut?") is clean.
// - threat: "🔥🏫🔥 tonight" is threat over emoji and time; 👊👊 after a teen's "waitin for them year 6s at
//   the park" and 💣 after a hoax are inside (they carry the meaning, set 15); 😂, 🙃, 🙏 and 💀 after a
//   threat stay outside, as do "on my mum", "fr", "la", "mun", "so he will", "bab", "mind", "nee
//   messin", "mate", "Think on", "Mark my words", "Is finish" and a leading "I swear,"/"swear". A
//   commenter's "I will personally strangle whoever thought a one-way system round the bins was a good idea"
//   is threat (set 7's hyperbole at a category of person). "Your kids walk home on their own, don't they"
//   in a row with a parent, "Funny how quick accidents happen on that bridge", "Ten minutes alone with that
//   lunchtime supervisor is all I'd need" and "there's no respawn irl lil bro, keep talking" are implied
//   threats. A threat to kill a parent's dog is threat (harm to what is theirs, like set 6's tyres).
//   "Mrs Bryant told my son she'd \"wring his neck\" if he spoke once more" is threat (a reported threat by
//   a member of staff to a child), the staff name outside it. An insult used as a vocative beside a threat
//   ("u sad little prick") is bullying on its own span (set 15).
// - threat and hate together: a trans teacher called "that tr@nny teacher" then "its" in "i'll break its
//   jaw" is threat over the conditional sentence with bullying over "that tr@nny teacher", the slur nested
//   as hate, and hate on "its" (set 10's misgendering "it"). "day of the rope can't come soon enough for
//   the traitors teaching this filth" is threat over the sentence (teachers are no protected group, set
//   14) with hate on the coded slogan "day of the rope" nested (set 10's coded signs).
// - hate, slurs new here: "jewing" (cheating), "coconut" at an Asian teacher, "pajeets", "muzzrats",
//   "taigs" (anti-Catholic), "thick Paddy", "pineapple on his head" (a Sikh boy's patka), "downsy", "mong",
//   "c00ns", "n1gg@", "p@ki", "boat scum", "Roma rats", "lesbo", "h0m0", "f@gg0t", "f a g s" (spaced),
//   "retads" and "retarted" (misspelt), "r3tard", "gyppo", "p1keys" are hate over the word or phrase. "Paddy's Day", a pike,
//   pansies, gypsophila, fairy cakes, sauerkraut, a pouffe, a jungle disco, the Black Country Museum,
//   Gay Pride bunting and a Pakistani cookery night are clean.
// - hate, slur-free and coded: the keycap number 1️⃣4️⃣8️⃣8️⃣ is hate over the keycaps; "the goyim know 👃"
//   is one span with the nose emoji (it carries the trope); "(((They))) want our kids confused about what a
//   boy is", "Diversity is just a code word for anti-white", the skittles analogy about "the new arrivals
//   at the hotel", "More cultural enrichment at the bus station last night", "six million my arse, do the
//   maths on the railway timetables ..." (arse nested as profanity) and "Funny how it's only ever their
//   genocide the kids get taught about" are hate over the statement. "Mrs
//   Oduya is a DEI hire, no way she'd get the job otherwise" is hate and bullying over the same span (a
//   racial slur-free insult at one person, set 12). "[Hope] 🦍🦍" under a netball photo is hate and
//   bullying over the name and the emoji (set 15's 🐒🐒). "Muhammad in year 5 brings a rucksack in every
//   day, should someone check it" is hate and bullying (a terror insinuation at one child, set 7), the 🤔
//   after it outside. A grandparent's "In my day it was the Lord's Prayer every morning, not Eid
//   assemblies" attacks no one and is clean; "They'll have our grandchildren praying to Mecca next" is hate.
// - bullying: an insult at two identified people is avoided here; every bullying span has one target.
//   "nobody asked" before a self-harm incitement is bullying on its own span; "imagine losing to a year 4"
//   likewise beside "gg ez now uninstall ur life" (threat and bullying). "miserable old git" of the lollipop
//   man is bullying only ("git" is no swear word here, like "cow").
// - Names: "Oliver!" (the musical), Bill Sikes, Nancy, Tybalt, Mercutio, the 1960s bus workers,
//   PC Ellis (set 10), Rosa Parks, Mary Seacole, Edward II, Guy Fawkes, Leanne-style non-roster commenters
//   (Tasha, Jodie, Lacey) are no roster people. "Hope" under a netball photo names Hope Adeyemi; "Esme A", "Orla",
//   "Archie Z", "Noah", "Jayden F", "Jayden A", "Alfie T", "Mason R", "Callum", "Jude", "Kai", "Ethan",
//   "Lily", "Siân", "Muhammad", "Tariq", "Rohan" name pupils; "Mrs Bryant", "Mr Mahmood", "Mrs Oduya" are staff (shared
//   surnames after a title, set 3); "Kieran" in a staff post is a colleague.
// - personal_data: a doxxed house number and street inside a threat is pd nested in it (set 5); a
//   parent's own mobile in a request for a call back is pd.

export type Source = string | { text: string; images: string[][] };

export const OFFICIAL: Source[] = [
  `Year 6 historians have been studying propaganda in Nazi Germany. They compared a 1938 poster describing Jewish people as "a plague on the nation" with British wartime posters, and talked about how calling a whole group a disease made cruelty feel normal to ordinary people. Their writing on "words as weapons" is on the corridor wall.`,
  `Year 5 visited M Shed on Thursday to see the Colston statue, graffiti and all. Back in class they read a 1768 Bristol newspaper advertisement offering "a healthy boy, about twelve years old" for sale alongside casks of rum, and discussed what it means to treat a human being as cargo. Some very grown-up questions were asked.`,
  `Anti-Bullying Week starts on Monday and this year's theme is "Choose Respect". Classes will talk about the difference between banter and bullying, what to do if someone threatens you or sends you something nasty online, and why we never use a person's skin colour, religion, disability or family as an insult. Odd Socks Day is Monday!`,
  `Year 5 RE: this week's big question was "What does jihad really mean?" The children learned that the word means struggle or striving, and that for most Muslims the greater jihad is the daily inner struggle to be patient, honest and kind. They compared it with Lent and with Sikh seva. A superb discussion.`,
  `Dear parents, on Tuesday afternoon a caller left a voicemail on the office line saying [[th:he would "come down there and put the head through the staffroom window"]]. The message has been passed to Avon and Somerset Police. Staff safety is not negotiable, and anyone who threatens a member of our team will be banned from the site.`,
  `Over the weekend our bike shelter was vandalised with a swastika and the words "[[th:GAS THE [[ht:Y*DS]]]]". It was painted over before school on Monday. Our Jewish families, pupils and staff are part of this community, and we have reported it to the police as a hate crime.`,
  `Black History Month: Year 6 listened to oral-history recordings from Bristol bus workers of the 1960s, who described passengers calling them "[[ht:w*g]]" and refusing to sit near them. The children then learned about the Bus Boycott and the people who changed the law. Their questions were thoughtful and angry in the right way.`,
  `Year 4 had a wonderful morning at Park Row Synagogue. The children watched a Torah scroll being unrolled, asked why some boys wear a kippah, and learned that on Shabbat some families don't even flick a light switch. Huge thanks to the volunteers who answered every question, including "does God like crisps?"`,
  `Netball results: our Year 6 team destroyed Crossways 14–3 on Wednesday. [[pn:Hope Adeyemi]] shot from everywhere, [[pn:Esme A]] defended like her life depended on it and [[pn:Orla]] was a killer in the centre third. Next up: the district semi-final. Bring the noise!`,
  `Cooking club update: Year 2 beat six eggs to within an inch of their lives, crushed the garlic, chopped chives using the "claw" grip and then bashed a bag of biscuits with rolling pins for a cheesecake base. Somehow everyone still has ten fingers. Recipe cards come home on Friday.`,
  `Gardening club have planted pansies, gypsophila and sweet williams in the front beds. We've also been drowning slugs in beer traps (sorry, slugs), hacking back the brambles and rescuing the runner beans before the bindweed strangled them. Donations of old compost are very welcome.`,
  `Tickets for Year 6's "Oliver!" go on sale on Monday (£3 adults, £1.50 children). Fair warning: Bill Sikes is genuinely terrifying, and the scene where he attacks Nancy had two members of staff in tears at the dress rehearsal. Suitable for Year 2 upwards.`,
  `Following an incident at afternoon pick-up last week, a parent has been banned from the school site after [[th:threatening to "knock out" a member of our office team]]. We are sorry that children witnessed this. If you have a concern, please speak to us, calmly.`,
  `We have been made aware of a group chat used by some Year 6 pupils in which one child was sent messages including "[[th:[[bu:nobody would care if u died tbh so just do it]]]]". Both families have been spoken to. Please check your child's phone and talk with them about kindness online.`,
  `In PSHE this week Year 5 talked about words that get used carelessly in the playground, including using the word for someone who is gay to mean "rubbish" or "boring". The children worked out for themselves why that hurts, and wrote a class charter. Proud of them.`,
  `Holocaust Memorial Day: Year 6 read extracts from the 1935 Nuremberg Laws, which stripped Jewish Germans of citizenship and banned them from marrying non-Jews. They traced how the rules tightened year by year, from park benches to schools, and wrote about what "standing by" means. Candles will be lit in Monday's assembly.`,
  `For Windrush Day, three grandparents visited Year 5 and described arriving in Bristol in the 1950s to find signs in boarding-house windows reading "No Irish, No Blacks, No Dogs". The children could not believe such signs were legal until 1968. Thank you for sharing your stories with such warmth and humour.`,
  `A reminder that abuse of staff will not be tolerated. In the past fortnight one of our lunchtime supervisors was called "[[bu:a useless fat cow]]" in front of children, and a teacher was told "[[th:I'll be waiting for you in the car park after school]]". Both incidents have been logged and the parents concerned have received letters.`,
  {
    text: `Huge congratulations to our chess team, who slaughtered the opposition 5–1 to reach the county final! Special mention to [[pn:Noah]] and [[pn:Archie Z]], who both checkmated in under ten moves. The killer instinct is real.`,
    images: [['Noah Patel', 'Archie Zielinski', 'Ava Robinson']],
  },
  `Staff briefing note: following a court order, [[cs:[[pn:Mason R]]'s father is not permitted to collect him or to come onto the school site]]. Please direct any enquiries to the office.`,
  `School closed at 1.30pm today after an email claiming "[[th:there is a device in the building and it will go off at 2pm]]". The police searched every room and found nothing. The children were brilliant during the evacuation. We will update you tomorrow morning.`,
  `Online safety alert: several Year 5 children have been told in Fortnite and Roblox chats to "[[th:drink bleach and respawn]]" and to "[[th:go jump off something tall]]". We have spoken to the classes. Please switch off chat with strangers in your child's game settings; a how-to guide is on the website.`,
  `Road safety week: Year 3 made posters with the slogan "Kill your speed, not a child" for the stretch outside the school. A police officer helped them use a speed gun and one car was doing 38 in a 20. Please slow down. We mean it.`,
  `Year 4 scientists dissected owl pellets this week and found the tiny skulls of voles and shrews, crushed and swallowed whole. Gruesome, fascinating and surprisingly popular. One child has asked for owl pellets for Christmas.`,
  `Fencing club returns after half term! Children will learn to lunge, parry and riposte, and to aim for the target zone with a foam sword. No experience needed, just a love of stabbing the air dramatically.`,
  `For Remembrance, Year 6 read "Dulce et Decorum Est" and talked about what a gas attack did to men in the trenches. Their own poems about the soldiers who were killed are on display in the hall, beside the poppies made by Reception.`,
  `Our office received a phone call this morning in which the caller described our Eid display as "[[ht:propaganda for little terrorists]]". Staff have logged it. Our Muslim families are welcome here, as every family is, and the display stays.`,
  `New in the library for Pride Month: "And Tango Makes Three", the true story of two male penguins who raise a chick together, and "Julian Is a Mermaid". Both can be borrowed from Monday. Thank you to the PTA for funding them.`,
  `Transition days for Year 6 are on 2nd and 3rd July. Children will spend both days at their new secondary school, so please send them in Oakfield uniform with a packed lunch. Coaches to Castle leave from the front gate at 8.40.`,
  `Year 3's Egyptian day was a triumph. The children mummified a tomato, wrote their names in hieroglyphs and acted out a pharaoh smiting his enemies (foam clubs only). Nobody was actually sacrificed, despite several volunteers.`,
  `We are writing to Year 2 families because on Wednesday one pupil was called "[[ht:[[bu:ch1nky eyes]]]]" by older children at lunchtime. The children involved have been spoken to and their parents informed. Racism of any kind is treated as a serious incident here.`,
  `Parents' online safety evening, Tuesday 6pm. PC Ellis will talk about the threats children meet in game chats, how trolls try to goad them into self-harm "challenges", and what to do if your child receives hateful messages. Free, with tea and biscuits.`,
];

export const COMMENTS: Source[] = [
  // threats
  `[[th:If that lad in 5B lays one finger on my son again I'll drag him round the playground by his ear]]. [[th:Sort it out before I do]].`,
  `My daughter came home in tears because a girl in her class told her [[th:she's getting her big sister to smash her face in at the park on Saturday]]. What is the school actually doing about this?`,
  `I am not happy. This boy push my son every day and teacher say "boys are boys". [[th:If school not stop him I will come myself and I will broke his legs, then he stop]].`,
  `[[th:im gona batter that dinner lady wen i see her]] [[bu:shes a [[pr:fuckin]] joke]]`,
  `[[th:1m g0nn4 f1nd th4t t34ch3r 4nd m4k3 h1m p4y 4 wh4t h3 d1d]]`,
  `[[th:w a t c h  y o u r  b a c k]] Miss [[sn:Reid]], after what u did to my brother`,
  `heard u been chattin about my sister. [[th:see u at the gates 3:15 🔪🔪🩸]] 😂😂`,
  `bro thinks hes safe cos its just online 💀 [[th:i got ur addy, ur 4 mins from my house, pullin up irl]]`,
  `[[th:[[bu:do us all a favour and go for a long walk off Aust cliff]]]] Tasha`,
  `[[th:Ignore one more of my emails and see if that shiny new classroom block is still standing on Monday]].`,
  `[[th:That woman with the Range Rover who keeps blocking my drive is going to come back to four flat tyres]]. [[th:Final warning]].`,
  `[[th:Tell yon janitor if he grabs ma wean by the collar again ah'll burst his mooth fur him]].`,
  `[[th:next time he touches wor bairn he's gettin lamped]], nee messin`,
  `[[th:that PE teacher's gettin his head kicked in if he shouts at our kid like that again]] la`,
  `[[th:If I catch them Year 6 lads on our street again I'll tan their backsides that hard they'll not sit down till Easter]].`,
  `[[th:I'll bust his nose for him]], I will, mun. Nobody talks to my boy like that, not even a deputy head.`,
  `[[th:yer man in the office will get a puck in the mouth if he talks to me like that again]], so he will`,
  `[[th:Ow abaht I come up there an' smack yer 'ead in]], bab? See how yow like being ignored then.`,
  `[[th:I'll be down that school first thing and someone's getting a gert smack in the chops]], mind.`,
  `[[th:if man touches my lil bro again his face is gettin cut]] on my mum`,
  `[[th:Mi a go buss him head if him trouble mi pickney one more time]]. Mi nuh care bout no school rules.`,
  `My son says a boy told the whole class [[th:he's bringing his dad's hunting knife in on Monday "for Mr [[sn:Fletcher]]"]]. Please take this seriously, the kids are scared.`,
  `[[th:Nice little blue Fiesta Miss [[sn:Cole]] parks round the back. Would hate for anything to happen to it, or to her on the walk to it.]]`,
  `[[th:ur dead monday, dont even bother comin in]] [[pn:Kai]] 💀`,
  `u posted ur drawing in the class chat AGAIN. [[bu:nobody asked]] [[pn:Ethan]]. [[th:[[bu:🪢🪑 go on then]]]]`,
  `[[bu:imagine losing to a year 4]] 😭 [[th:[[bu:gg ez now uninstall ur life]]]]`,
  `[[th:Keep running your mouth on the class WhatsApp and see what happens when I catch you in Tesco]] Jodie`,
  `[[th:might leave a little present in the book bag trolley tomorrow, see how fast u lot can evacuate 💣]]`,
  `I swear, [[th:next time this dinner lady pull my son hair I wait her after school and I do same to her, worse]].`,
  `My son is told by older boy in Year 6 [[th:he will cut him with knife after school]]. Three times I call the office. Nobody is helping us. Why?`,
  `[[th:If nobody from the school call me today, tomorrow I come with my brothers and we resolve this our way]]. Is finish.`,
  `[[th:[[pd:14 Beaufort Crescent]] isn't it? Might pop round for a chat with that husband of yours. Bring a few mates.]]`,
  `[[th:[[bu:the A38's that way, go and have a lie down in the fast lane]]]] mate`,
  `[[th:ur g\u043enna g\u0435t st\u0430bb\u0435d wen ur mum's not there 2 hold ur hand]] [[pn:Jude]]`,
  `I know it was u who told miss. swear [[th:im gonna br\u200beak ur legs if u grass]]`,
  `Mrs [[sn:Bryant]] told my son [[th:she'd "wring his neck" if he spoke once more]]. He's seven. I want a meeting with the head.`,
  `[[th:i know ur gamertag AND ur school 😈 see u at break]]`,
  `[[th:I will personally strangle whoever thought a one-way system round the bins was a good idea]].`,
  `Excluding a six year old for a week over a biscuit. Mark my words, [[th:you lot will regret this]].`,
  `everyone knows what he said about Lacey, [[th:[[pn:Jayden F]] is gettin jumped after school]] fr`,
  `[[th:[[ht:that mosque on the ring road wants a visit from the lads and a few cans of petrol]]]]`,
  `sells vapes to year 6 kids an nobody does nothin, [[th:someone should torch the [[ht:p@ki]] shop by the lights]]`,
  `[[th:if [[bu:that [[ht:tr@nny]] teacher]] goes near my daughter i'll break [[ht:its]] jaw]]`,
  `[[th:[[ht:day of the rope]] can't come soon enough for the traitors teaching this filth]]`,
  `[[th:ill brake ur nose next time i see u]] [[bu:u sad little [[pr:prick]]]]`,
  `You keep posting about me on the class page. [[th:Your kids walk home on their own, don't they]]`,
  `[[th:Funny how quick accidents happen on that bridge by the school]]. Think on.`,
  `[[th:Ten minutes alone with that lunchtime supervisor is all I'd need]].`,
  `[[th:My husband will come tomorrow and he is not so patient like me. He will deal with that boy father.]]`,
  `saw the post about the shiny new library. [[th:🔥🏫🔥 tonight]]`,
  `lmao ur still crying about the match?? [[th:[[bu:k\u0456ll urs\u0435lf]]]] [[bu:nobody wants u here]]`,
  `u talk big on xbox live. [[th:there's no respawn irl lil bro, keep talking]]`,
  `[[th:im gona kil ur dog if ur lad comes near my sister again]]`,
  // hate
  `some [[ht:n1gg@]] in a puffer jacket was hanging round the back gate again at 3, can someone have a word`,
  `[[ht:Funny how it's only ever their genocide the kids get taught about]]. Never the Ukrainians, never the Irish.`,
  `another week, another Holocaust assembly. [[ht:the goyim know 👃]]`,
  `[[ht:p1keys]] are back on the field by the leisure centre. [[ht:Lock up anything that isn't nailed down]].`,
  `[[ht:Every time the travellers pitch up the break-ins go through the roof]], everyone round here knows it`,
  `[[bu:[[pn:Callum]] is such a [[ht:f@gg0t]] he cried at a film]] 😂😂`,
  `[[ht:Two men raising a child isn't a family, it's an experiment on the kid]].`,
  `[[ht:There's no such thing as a trans kid, just mums who want attention on Facebook]].`,
  `the new SEN unit is basically a room full of [[ht:retads]] so why is it getting new carpet and not year 3`,
  `[[ht:Why should my kid's learning suffer so the school can babysit SEN kids who'll never hold down a job anyway?]]`,
  `[[ht:Half the Poles in this town are on benefits and the other half drive vans with no insurance]].`,
  `Genuine question: [[ht:why are we tiptoeing round a religion that treats women like property?]] Asking for a friend 🙃`,
  `The uniform shop is absolutely [[ht:jewing]] us on the price of a jumper. £18!! For polyester!`,
  `[[ht:(((They))) want our kids confused about what a boy is]].`,
  `[[bu:the lad with the [[ht:pineapple on his head]]]] in year 3 keeps staring at my daughter`,
  `rang the ParentPay helpline for half an hour, got passed round three [[ht:pajeets]] who couldnt understand a word`,
  `[[ht:Hope they're not serving dog at the Lunar New Year lunch]] 😂😂`,
  `[[bu:that dad was steaming at the summer fair again, typical [[ht:thick Paddy]]]]`,
  `[[ht:Would be nice if Black lads put as much effort into not stabbing each other as they do into this month]].`,
  `[[ht:Diversity is just a code word for anti-white]]. Simple as.`,
  `[[ht:If one sweet in ten in a bowl was poisoned, would you let your kids eat from it? Same goes for the new arrivals at the hotel.]]`,
  `Refugee Week at a primary school. Unreal. [[ht:1️⃣4️⃣8️⃣8️⃣]] 🇬🇧`,
  `[[bu:that [[ht:lesbo]]]] who runs breakfast club should keep her private life private`,
  `all the boys in that dance club are [[ht:f a g s]] lol`,
  `[[bu:ur such a [[ht:h0m0]] bro, who even brings a recorder to football practice]] 😂`,
  `[[ht:[[bu:The new TA is a man in a frock]]]] and we're all meant to clap`,
  `[[bu:my brother is such a [[ht:mong]] he put his school shoes on the wrong feet]] 🤦`,
  `[[bu:that [[ht:downsy]] kid in reception shouldnt be allowed on the trip]]`,
  `[[bu:Mr [[sn:Mahmood]]'s a proper [[ht:coconut]], acts whiter than me]]`,
  `the [[ht:c00ns]] from Lockleaze are coming up for the football again`,
  `two boys called my daughter a "[[ht:[[bu:ch1nk]]]]" at the park on Sunday. they go to your school.`,
  `I don't care what the head says about inclusion, keep those [[ht:Roma rats]] away from my kids`,
  `[[ht:[[bu:go back to Romania if u dont like how we do things here]]]] love`,
  `Mrs [[sn:Sandhu]] on the phone: [[ht:[[bu:"haanji, you are needing to be doing the redo of the form"]]]] 😂😂`,
  `[[ht:[[bu:[[pn:Muhammad]] in year 5 brings a rucksack in every day, should someone check it]]]] 🤔`,
  `Not being funny but [[ht:do the kids off the site even pay for their dinners, or is that just us mugs?]]`,
  `Just asking questions here — [[ht:is it true Roma families get paid for every kid they send in, and is that why there's so many of them?]]`,
  `[[ht:It's not about skin colour, it's about a culture that doesn't belong in Thornbury]].`,
  `[[ht:More cultural enrichment at the bus station last night]], two in hospital.`,
  `[[ht:[[bu:Mrs [[sn:Oduya]] is a DEI hire, no way she'd get the job otherwise]]]].`,
  `the [[ht:taigs]] from St Mary's are playing us in the cup on saturday, come and support the lads`,
  `[[ht:six million my [[pr:arse]], do the maths on the railway timetables before you teach kids this]]`,
  `the [[ht:muzzrats]] want their own prayer room now 🙄`,
  `the hotel's full of [[ht:boat scum]] and now they want them in our classrooms`,
  `they've moved drop off to the church car park and it takes 20 mins to get out. this new parking system is [[ht:retarted]]`,
  `[[ht:Gay teachers telling five year olds about their boyfriends is grooming, plain and simple]].`,
  `second from left in the netball photo 👉 [[ht:[[bu:[[pn:Hope]] 🦍🦍]]]]`,
  `[[ht:They come here, don't bother learning the language and expect us to translate every letter home]].`,
  `Can someone tell me [[ht:why gay couples need to be in a book for five year olds? What are they trying to normalise exactly?]]`,
  `My son came home saying a boy called him a "[[ht:[[bu:spastic]]]]". What the hell, in 2024??`,
  // bullying, profanity
  `[[bu:[[pn:Alfie T]] smells like a wet dog and everyone knows it]]`,
  `the girls in her class call her "[[bu:Pizza Face]]" and leave her out at lunch. She's 8. What are you doing about it?`,
  `[[bu:the lollipop man is a miserable old git]], he shouted at my 5 year old for walking too slowly`,
  `[[bu:[[pn:Siân]]'s dad is a [[pr:knobhead]]]] and he parks on the zigzags every day`,
  `What an absolute [[pr:shitshow]] that sports day was. No seats, no water, and the PA didn't work.`,
  `[[pr:wtf]] is this homework, Year 2 can't read the instructions let alone do them`,
  `My daughter was threatened on the bus home by a Year 6 boy. Please can Mrs [[sn:Marsh]] call me on [[pd:07700 900382]] today.`,
  // clean
  `Third email, still no reply. If I haven't heard back by Friday I'm going to the governors and then straight to Ofsted. This is not acceptable.`,
  `You will be hearing from my solicitor about the exclusion. I have kept every single email.`,
  `I'm taking both my kids out at Christmas and telling every parent I know exactly why. Worst-run school in South Glos.`,
  `I'll be in reception at 8:30 tomorrow and I'm not leaving until someone explains why my son has been kept in at lunch for a week.`,
  `Disgraceful decision to cancel the residential. The head should be ashamed and honestly should consider his position.`,
  `Fourth INSET day this term. Some of us have jobs. Absolute joke of a system.`,
  `Honestly the communication from this school is pathetic. Letters the night before, no replies, and the website hasn't been updated since 2021. Sort it out.`,
  `I am furious. My daughter's shoes went missing in PE and nobody cares. I want a proper answer, not another "we'll look into it".`,
  `My son was called a racist name at lunch today by two boys in his class. I've written down what they said. Please can the DSL ring me before pick-up.`,
  `My daughter says a girl keeps making comments about her hijab and pulling at it. She won't tell me the exact words. Can I make an appointment with her teacher?`,
  `My son was threatened by an older boy on the walk home yesterday. He's too scared to say who. Are there staff on the back gate at 3.15?`,
  `Kids in his class made monkey noises when he walked in after PE. He's 9. I'd like to know what is being done, please.`,
  `He was called the N-word on the school bus and the driver did nothing. Can school please raise this with the bus company?`,
  `my lad absolutely murdered his spellings this week 😂 20/20, first time ever`,
  `We're going to batter Castle in the cup final on Saturday!! Come on Oakfield U11s 💪`,
  `These brownies from the bake sale are to die for. Who made them?? I need the recipe or I'll actually cry 😂`,
  `Chess club tip from my 7yo: you don't take pieces, you "murder" them. He shouts DIE KING DIE every time he wins. Checkmate has never been so violent 😂`,
  `Anyone know how to kill Japanese knotweed? It's strangling the fence at the back and the council won't touch it.`,
  `Eid Mubarak to all our Muslim families! The samosas at the celebration were banging 🙌`,
  `As a dad with a husband, seeing "And Tango Makes Three" in the library made me well up. Thank you.`,
  `Loved the Paddy's Day parade in town, the kids' Irish dancing was brilliant.`,
  `Caught a 12lb pike with grandad at the weekend, my son wants to bring the photo in for show and tell!`,
  `Does anyone have a recipe for sauerkraut? Year 4 are doing a German food tasting and I promised a jar.`,
  `The gypsophila in the flower arch at the summer fair was gorgeous, who did the flowers?`,
  `Fairy cakes for the bake sale, do they need to be nut free?`,
  `Not to be dramatic but the hill on the sponsored walk nearly killed me. Respect to the Year 1s who ran up it.`,
  `Jungle-themed disco was brilliant. My daughter went as a monkey and hasn't stopped swinging off the banisters since.`,
  `Year 3's Egyptian day: my son came home wrapped in toilet roll announcing he'd been mummified and sacrificed to Ra. Best day ever, apparently.`,
  `Is there a Black History Month reading list for Year 2? My son has asked for more books about Mary Seacole.`,
  `My son is autistic and it took three years to get a diagnosis. The new SEN base is a godsend. Thank you.`,
  `My husband is Jewish and the kids loved seeing the menorah on the Hanukkah display. Thank you for including everyone.`,
  `We are Romanian and my daughter was so happy to see her flag at the international evening. Mulțumesc!`,
  `The nativity was a bloodbath: Joseph fell off the stage, the donkey lost its ears and a shepherd punched an angel. 10/10 would watch again.`,
  `ur getting destroyed in the Mario Kart rematch friday, prepare to cry 😂`,
  `My daughter came home saying they played Wink Murder in wet play and she was the murderer three times. Proud? Worried?`,
  `Slay, Year 6!! That leavers' assembly destroyed me, not a dry eye in the house 😭`,
  `The fire drill took four minutes today?! Surely it should be quicker than that with the doors right there.`,
  `Gay Pride bunting in the hall is lovely, my daughter wants the same for her bedroom 🌈`,
  `Is the Diwali party on Thursday or Friday? We're bringing rangoli chalks.`,
  `RE homework question: what does "jihad" mean? My son says it's about trying to be a better person, is that right?`,
  `My daughter came home from the Holocaust Memorial Day assembly and asked why nobody stopped the Nazis. I didn't have an answer.`,
  `"Kill your speed" posters are brilliant, but it's the parents who need to read them, not the kids.`,
  `Does the Year 4 trip to the Black Country Museum need packed lunches?`,
  `Great to see the Windrush display. My mum came over in 1961 and got spat at in the street. Glad the kids learn it now.`,
  `Can someone explain why the Roma family support worker post was cut? Genuine question, it made a huge difference to our family.`,
  `Genuine question: is Eid a school holiday this year or just an assembly? Need to book work off.`,
  `My daughter's class have been learning about Rosa Parks and she refused to move from her seat at dinner in protest. Thanks for that 😂`,
  `Year 6's debate on whether the Colston statue should have been pulled down got very heated at our dinner table. Good job, teachers.`,
  `Does anyone know if the Pakistani cookery night at the community centre is open to everyone?`,
  `Shout out to the dinner lady who sorted my son's nosebleed. He said it looked "like a massacre" but she was so calm.`,
  `Drama club doing Macbeth?? My 9yo has been stabbing the curtains with a wooden spoon all week shouting "out, damned spot"`,
  `Happy Lunar New Year to all the families celebrating! The dragon costumes were amazing.`,
  `Sorry to be that parent but the car park is still a death trap. Someone will get hurt.`,
  `We went to the refugee welcome picnic on Sunday, such lovely families. My son now has a best friend from Sudan.`,
  `Genuine question, at what age do they start the families unit? I'd like to read the books with my son first.`,
  `Got a lovely pouffe and two lamps from the PTA jumble sale, bargain.`,
  `Rounders tonight was brutal: we got slaughtered 14–2 by the Year 6 parents. Rematch next week and we're out for blood.`,
  `Whoever keeps letting their dog foul by the gate: you are disgusting and I hope the council fines you. Bag it and bin it.`,
  `Why does the Year 4 reading book describe a tribe as "savages"? Bit dated. Is there a newer edition we could swap it for?`,
];

export const PERSONAL: Source[] = [
  `Had a dad tell me today [[th:he'd "rip my head off" if his son didn't get a speaking part]]. In the NATIVITY. Love this job 🙂`,
  `he been chattin bout my mum all week so [[th:gonna jump [[pn:Jayden A]] after school 2moz]] whos coming`,
  `Told that woman at the gate [[th:if she touches my daughter again I'll put her on her [[pr:arse]]]]. Don't mess with a mum.`,
  `A parent called me "[[bu:a glorified babysitter with a lanyard]]" at the gate this morning. Eleven years I've been teaching. Wine tonight.`,
  `[[bu:The new NQT dresses like she's going clubbing and teaches like she's still hungover]]. Give it till Easter.`,
  `me n the lads at the park n some [[ht:gyppo]] kids tried to nick our bikes 😤`,
  `[[ht:[[id:Oakfield]]'s gone downhill since half of Reception turned out to be from the asylum hotel]].`,
  `Grandson's class are doing World War Two. He asked if Grandad "killed any Nazis". I told him Grandad mostly fixed lorries in Egypt, which was a disappointment.`,
  `Teaching Romeo and Juliet to Year 6 this week. Nothing says Monday like explaining why Tybalt stabs Mercutio under Romeo's arm. Props: three rubber daggers and one vial of "poison" (Ribena).`,
  `Science week: we blew up 200 balloons, exploded a Diet Coke with Mentos and set off the smoke alarm in the hall. Kids loved it. The caretaker did not.`,
  `Proud mum moment: my boy knocked out two Year 6s in the chess tournament and didn't even gloat (much).`,
  `Someone at school told my son his dad is a "[[bu:dirty [[ht:Paki]]]]". He's eight. He asked me what it means. I'm heartbroken.`,
  `My son was racially abused in the playground today. I won't repeat what was said. The school were brilliant and dealt with it the same afternoon.`,
  `One of my Year 5s told me today that his older brother "[[th:knows where Mr [[sn:Hughes]] parks and is going to do his car in]]". He said it like he was reading the weather. Logged and passed on.`,
  `Cooking club chaos: twelve eight-year-olds with butter knives "attacking" carrots. Nobody was injured. A carrot was, badly.`,
  `Parents' evening done. [[ht:The Polish ones never turn up and then complain their kids are behind]]. Every year.`,
  `[[pn:Lily]] [[bu:ur so ugly even ur mum thinks it]] [[th:[[bu:u should just end it]]]]`,
  `[[th:[[ht:If the travellers come back to the field behind the school, someone should go down there with a few lads and a can of petrol]]]].`,
  `Anti-Bullying Week done. Thirty Year 3s wrote "kindness promises" and one boy promised to "stop saying mean things about people's mums". Growth.`,
  `Bonfire night with the kids. They were more scared of the Catherine wheel than the actual bangers. Guy Fawkes got burned, obviously.`,
  `RE today: why did the Romans throw Christians to the lions? One child: "because the lions were hungry". Can't argue.`,
  `[[ht:Not one English name on my son's class list, this is how a country disappears]].`,
  `[[ht:[[bu:My daughter's new teacher is a bloke who wants to be called Miss]]]]. Absolutely not. Looking at other schools.`,
  `[[th:If [[sn:Kieran]] microwaves fish in the staffroom one more time I will hold him down and feed him the Tupperware]] 🙃`,
  `Forest School: built a den, lit a fire, whittled sticks with real knives (supervised!) and only one child cried, because a robin "looked at her funny".`,
  `20 questions on fractions on a friday, this maths homework is actually so [[ht:gay]]`,
  `i'm such a [[ht:r3tard]] i forgot my PE kit AGAIN, third time this week`,
  `My daughter has Down's syndrome and today she read a whole book to her class. I am a puddle.`,
  `[[id:Oakfield Primary]] have excluded my son for a week for something he didn't do. Angry doesn't cover it. Writing to the LA, the MP and anyone who'll listen.`,
  `@[[pn:Rohan]] [[th:[[bu:k-y-s]]]] [[bu:literally nobody likes u, ur the reason the group chat died]]`,
  `Sports day war wounds: two grazed knees, one squashed egg, and I got hit in the face by a welly in the welly-wanging. Worth it.`,
  `In my day it was the Lord's Prayer every morning, not Eid assemblies. Times change, I suppose.`,
  `[[ht:Eid assemblies now? They'll have our grandchildren praying to Mecca next]]. No thank you.`,
  `A dad told me at parents' evening that "[[ht:[[bu:you people shouldn't be teaching English]]]]". I teach Year 3 and I was born in Gloucester.`,
  `[[th:me n the boys r waitin for them year 6s at the park 👊👊]] they know wat they did`,
  `Mr [[sn:Walsh]] at [[id:Oakfield]] grabbed my son's arm today. [[th:He'd better pray I don't see him at the gate tomorrow]].`,
  `Just marked thirty persuasive letters titled "Why the Head should ban homework". One ended "or else". Chilling. Gave it a merit.`,
  `My English not good but I say this: [[th:if one more time this girls hit my daughter, I go to her house and speak with her mother, and not only speak]].`,
  `Took the kids to Berkeley Castle, where Edward II was murdered. My 7yo wants the gory details for his homework. He's getting the PG version.`,
  `Still waiting on an apology from the school for losing my son on the trip. Two hours. I'm not letting this go: formal complaint goes in Monday.`,
  `[[ht:[[bu:[[pn:Tariq]]'s lunchbox stinks out the whole class, go back to Pakistan]]]]`,
  `Deadheaded the pansies and murdered the greenfly with soapy water. Half term gardening is very zen.`,
  `Year 2 asked if the Nazis were "the baddies in Minecraft". Spent twenty minutes on that. Holocaust Memorial Day is hard with six-year-olds, but they were so kind to each other.`,
  `[[th:praying someone sets the school on fire before SATs 🔥]] 🙏`,
  `Best bunch of colleagues in the world. Survived another Ofsted, now survived the Christmas fair. #[[id:OakersFamily]]`,
  `Year 5 wrote villain monologues today. "I shall burn your village and feast upon your cattle" was my favourite. Green pen, two stars.`,
  `My nan's rhubarb crumble could kill a man at fifty paces. Bake sale Friday, stand well back.`,
  `Proud Irish Traveller mum here. My lad read at the GRT History Month assembly and the whole hall clapped. Thank you to his teacher.`,
];
