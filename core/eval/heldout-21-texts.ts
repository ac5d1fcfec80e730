// The twenty-first held-out set's texts, labelled inline as [[code:span]]; `npx tsx core/eval/heldout-source.ts
// --set 21` builds heldout-21.jsonl from them (ids h21-off-NNN, h21-com-NNN, h21-per-NNN). Score it with:
//   npm run -s eval:checker -- --corpus core/eval/heldout-21.jsonl
// Written by someone who read none of the checker: of the repository it read only heldout-source.ts,
// roster.json, core/src/checker/types.ts (the category names) and the header comments (the lines before
// the first `export`) of heldout-texts.ts and heldout-2-texts.ts to heldout-20-texts.ts. It did not read
// anything else under core/src (lexicons, categories, rules, learned model), any *.test.ts, core/bench/,
// core/cli/, corpus-*.ts, corpus.jsonl, generate-corpus.ts, score.ts, train-model.ts, any *.jsonl other
// than its own, the bodies of the other heldout-*-texts.ts files, or their git history; the checker and
// the eval script were not run on these texts before or after they were labelled.
// The school is the evaluation roster's (roster.json): Oakfield Primary School ("Oakfield", "Oakers"),
// Oakfield Road, Thornbury, Bristol BS35 4HJ, 0117 496 0123, office@oakfield.sch.uk.
//
// Aim: SHORT-TO-MEDIUM texts (3-65 words, most 8-40) from one school community in 2026, weighted to
// THREAT and HATE (58 labels each) with 29 bullying and a natural sprinkling of names, profanity,
// personal data, school identification, child-specific and photo-consent labels. The voices: parents
// furious about a particular incident (a supply teacher, a dinner tray, a bruise, a bike clipped by a
// Range Rover), trolls under the school's Pride Month, Eid, Vaisakhi, Holi, Lunar New Year, Black History
// Month and Gypsy, Roma and Traveller History Month posts, a Year 6 group chat pasted into posts, a sacked
// kitchen worker and a former contractor, a neighbour furious about parking, racist relatives quoted by
// embarrassed parents, gamers in Roblox, Fortnite and FIFA, staff members on their own pages, and
// writers whose first language is Romanian or Polish. The menace is written fresh: veiled and implied by
// detail about someone's routine, car, gym, child's Saturday class or house ("a nice quiet forecourt at
// that time", "her little girl does gymnastics every Saturday at 9"), conditional, relayed through a
// husband "back off the rigs", reported by parents, staff and notices, against pets and property, graffiti
// and arson, and self-harm incitement in new forms (walk into the sea with your pockets full, lick a
// pylon, the reservoir's deep enough, hold ur breath in the bath); the hate is written fresh too (Kalergi
// plan, six gorillion, 14 words, "alphabet people", "GRT: Grab, Rob, Thieve", "new landlords", "bandage
// heads", "cow botherers", sand monkey, spear chucker, sooty, poofter, g00k, k*ke, spaccy, a Polish
// parent told to go back to Gdańsk, accent mockery, "just joking" framing). About two fifths of the texts
// are clean, nearly all traps: furious complaints and lawful escalation (ACAS, a tribunal, the LA, the
// MP, a solicitor, the Bristol Post), sarcasm about Ofsted, "someone's going to crack their head open" on
// a leaking roof, violent words in sport, games, history (Bosworth, Julius Caesar, the Aztecs, the Great
// Plague, the Bristol Blitz, Notting Hill 1958), cooking, gardening (slugs, bindweed, deadheading),
// science (owl pellets, a blackbird eating the bug hotel's guests), fiction (Gothic horror, Private
// Peaceful) and respectful talk about race, religion, disability, sexuality and migration.
//
// Codes: pn pupil_name, sn staff_name, pd personal_data, pr profanity, sx sexual, ht hate, th threat,
// bu bullying, cm commercial, id school_identification, cs child_specific, not = a roster full name used
// as ordinary words. photo_consent is never written: the builder adds it over the whole text when an
// image tags a pupil whose photoConsent is false. Images are attached to official posts only.
//
// Labelling decisions: heldout-source.ts's header and the set 2 to 20 headers hold; beyond them:
// - threat, implied by routine: a sentence that gives where and when someone (or their child) can be
//   found, followed by a remark whose only reading is menace, is one threat span over both ("I see Mr
//   Walsh at the Shell garage on the A38 every morning about ten past seven. Nice quiet forecourt at that
//   time."; a teacher's daughter at gymnastics "every Saturday at 9. Would be a shame if she got lost on
//   the way out"; a child's mum's red Kia and drop-off time with "I'll be there tomorrow"). The same
//   routine told innocently ("Gymnastics is at the leisure centre on Saturdays at 9 if anyone's
//   interested") is clean. "Just saying" after it stays outside (set 9).
// - threat, relayed through a partner: "My husband's back off the rigs on Friday and he's very keen to
//   meet whichever teacher ... He doesn't do meetings." is one span over both sentences (set 12's means
//   then menace); the same husband keen to meet Mr Fletcher at parents' evening about the class snake is
//   clean but for the name.
// - threat against a pet ("Your dog barks at my kids every morning at the gate. One morning it won't.")
//   is threat over both sentences (set 18). "posted back through their letterbox, and them with it" of
//   whoever lets a dog foul by the gate is threat (set 7's category of person); being "very, very cross"
//   and writing "a strongly worded sign" about the same thing is clean.
// - threat vs lawful anger: "She won't be smiling when I've finished with her, and I don't mean an
//   employment tribunal" is threat (the writer rules the lawful meaning out); "I'll see them at tribunal",
//   "My solicitor has the photos", "taking it to the LA, the MP and the Bristol Post", "I'm not
//   threatening anyone but I will be at the governors' meeting" are clean. "Whoever handed in my purse – I
//   will find out who you are and I will buy you a bottle of wine" is clean; "Whoever called social
//   services on us, I will find out, and when I do you'll need more than social services" is threat.
// - threat, emoji and asides: "see u at the gate tmrw 🔪" and "outside greggs after school 👊👊" carry the
//   emoji inside the span (set 15); 😭, 🙃, "fr", "lol", "Just saying" and a leading "Mark my words," stay
//   outside. A threat to a school building quoted in a notice ("that new hall will be a pile of ash") is
//   threat; the graffiti "HUGHES IS NEXT" beside a drawn noose is threat with the surname nested.
// - threat, gaming: "ur at BS35 2QT right? lads are bored tonight" (a full postcode, nested pd), "1v1 me
//   irl, bring a helmet" and "he's gonna find me irl and make me eat my headset" (reported) are threat;
//   "total annihilation" at FIFA, an ender dragon and "wiped out in thirty seconds" are clean.
// - threat and hate together: violence wished on a group for its sexuality, nationality or religion
//   ("Every rainbow flag in this town should be burned with the people waving it", "that hotel full of
//   them wants its fire doors chaining shut one night", a petrol can through a prayer-room window on a
//   Friday) is threat and hate over the same span (sets 10, 12).
// - hate, coded and "just joking": "Kalergi plan in action", "six gorillion", "the 14 words", "GRT month:
//   Grab, Rob, Thieve", "Eid Mubarak to our new landlords", "the alphabet people" and "Diversity is just a
//   nicer word for disappearing" are hate over the slogan or statement; an emoji reaction after it (🙃 📸
//   🤢) and "lol", "everyone knows it", "Sorry but" stay outside (set 14's framing rule). A hostile remark
//   set up by a neutral-sounding sentence before it ("Course the Jewish family raised the most at the bake
//   sale. They always know where the money is, that lot.") is one span over both (set 14).
// - hate, quoted relatives: a parent's post or comment quoting a racist, transphobic or homophobic
//   relative or sister in order to condemn it prints the hate and is labelled over the quoted words (set
//   14); the relative's slur at a delivery driver (a stranger) is hate only (set 10). A child's "trans
//   friend", "two nans", "some boys have boyfriends and that's fine" and a gay dad's thanks are clean.
// - hate, casual and self-aimed: "spaccy" of the wifi is hate on the word (set 5); "ur so autistic it hurts" at one gamer uses a neutral word as a put-down the way "so gay"
//   does, so "autistic" is hate nested in bullying over the put-down. "My son is autistic and has an
//   EHCP" and "an autism mum" are clean. Misgendering one teacher as "itself" is hate on the pronoun
//   nested in bullying over the clause (set 10).
// - hate and bullying at one person without a slur: "[Grace] looks like she should be holding a spear
//   not a netball" (a racial trope at one Black pupil), "another child told him 'your lot blow people up,
//   it's what your religion is for'" in a notice, "Learn English or go back to Gdańsk" to one parent (the
//   vocative "Agnieszka" outside), "May can't even see the board with them eyes" in a Year 6 chat, a
//   teacher reporting she was called a "curry-house waitress", and a sacked worker's "an Indian lady with
//   a degree from a corner shop needed my job" of the one person who replaced her are hate and bullying
//   over the same span, names nested.
// - bullying: "nobody asked" before a self-harm incitement is bullying on its own span (set 18); a
//   poverty sneer at one mum ("spent less on lashes and more on your son's shoes") and an insult at the
//   writer's ex ("a lying waste of oxygen") are bullying; a staff member's mockery of one parent in her
//   own post is bullying (set 6). Every bullying span has one target.
// - profanity: "knobhead" and "bitch" aimed at one person are profanity nested in bullying; "f***er" of
//   an unknown car-keyer is profanity nested in the threat, with no bullying (no one identified, set 6);
//   "piss-up" in an insult is profanity over the compound (set 7).
// - Names: the Sharma family names Priya Sharma (a unique surname, set 12) while the Chowdhury family
//   (two pupils) names no one; Paul Hollywood, Richard III, Brutus, Rama, Ravana, Marie Antoinette, Ted
//   Hughes (the poet, set 3), Eva the survivor, Charlie Peaceful, Andrei, Agnieszka, Stacey,
//   Sharon, Jake and Nasreen are on no roster. "the head", "the caretaker" and "the lollipop man"
//   unnamed are no names (bullying where insulted). Titles stay outside name spans.
// - personal_data: a class rep's mobile in an official post, a leaving-do RSVP Gmail in a staff post, a
//   doxxed street address inside a threat and a postcode in a gamer's threat are pd; a police reference
//   and the school's own details are clean.

export type Source = string | { text: string; images: string[][] };

export const OFFICIAL: Source[] = [
  `Year 6 have spent the week on the Battle of Bosworth. Richard III lost his horse, his crown and a good part of the back of his skull, and the class were delighted to learn he was dug up under a Leicester car park in 2012. Ask them about the halberd wound – or maybe not over tea.`,
  `Eid Mubarak to everyone celebrating today! 🌙 A huge thank you to one of our grandmas for the mountain of sweet vermicelli she sent in for Hazel class.`,
  `Message from Mr [[sn:Hughes]]: on Thursday evening a voicemail was left on the office line saying "[[th:enjoy your last week in that job, there'll be someone sat at the end of your drive when you least expect it]]". The recording has been handed to the police. Our staff come here to teach children and we will always act when they are threatened.`,
  `Happy Pride Month 🏳️‍🌈 This June our library display celebrates families of every shape: two mums, two dads, grandparents raising grandchildren, foster families and single parents. Every child deserves to find their own family on a bookshelf. Comments on this post are moderated.`,
  `Online safety alert: a Year 5 child was sent this in a Roblox chat by an account called xXreaperXx: "[[th:got ur school off ur avatar shirt, ill be at the gate fri with my cousin and a bat]]". Please check privacy settings with your child tonight. Block, screenshot, report – and then tell us.`,
  `Year 4 scientists pulled apart owl pellets this afternoon and found the crushed skulls of three voles and what we think was a shrew. Gruesome? Yes. Did anybody want to stop? Absolutely not.`,
  `Allotment club update: we declared war on the slugs this week. Beer traps, copper tape and some very determined squashing from the Year 3s. The lettuces did not survive the massacre but the runner beans are thriving.`,
  `Hazel class parents: [[cs:[[pn:Kai]] will be coming in for mornings only until half term while his epilepsy medication is reviewed]]. If your child mentions it, that is all it is.`,
  `We are sad to report that someone has written "[[ht:ROMA GO HOME]]" in marker pen on the back of a door in the Key Stage 2 toilets. It has been photographed and cleaned off. Every family at Oakfield belongs here, including our Roma families.`,
  `Our lunchtime supervisors have asked us to share this. Last week a parent told one of the team at the gate that [[th:she would "end up in the brook" if she reported his car on the zigzags again]]. The police have been informed. The zigzags are there to keep children safe.`,
  {
    text: `Netball league champions! 🏆 Nine goals from [[pn:Hope]], a wall of a defence from [[pn:Siân]] and [[pn:Evie]], and the loudest bench in South Glos.`,
    images: [['Hope Adeyemi', 'Siân Evans', 'Evie Morgan', 'Ava Robinson']],
  },
  `Year 6 have been learning about Windrush and the 1958 Notting Hill riots, when gangs of white youths attacked West Indian families in their homes. The children wrote letters as a nurse who had come over to work in the NHS that year. Several of them moved their teachers to tears.`,
  `Thank you to the Bristol Jamia Mosque for hosting Year 5 today. The children watched Zuhr prayer from the balcony, tried on prayer caps and asked brilliant questions about fasting – including what happens if you're diabetic.`,
  `Fire drill tomorrow at 10:15. During drills we "count the dead": any child not at their line point is marked as a casualty so staff can practise finding them. If your little one comes home saying they were "killed in the fire", that is why!`,
  `At Saturday's friendly one of our Year 6 players was called a "[[ht:[[bu:sooty]]]]" by a spectator on the touchline. The league has been told and the spectator has been banned from future fixtures. Our player finished the game and was named man of the match by the other side's coach.`,
  `Since March a former contractor has been emailing the office. The latest read: "[[th:you'll find out what a man with nothing left to lose does to the people who took it]]". A court order is in place. If you see a silver Transit parked opposite the gate at pick-up, please tell a member of staff rather than posting about it.`,
  `Slimbridge trip on Friday: the coach leaves at 8.30 from the front gate. If you are driving to meet us, the address is Slimbridge Wetland Centre, [[pd:Bridge Road, Slimbridge, Gloucester GL2 7BT]]. Packed lunches in disposable bags please – the otters get fed, the children don't.`,
  `We have removed several comments from our Pride post, including "[[ht:keep your rainbow filth away from our kids]]" and "[[ht:this is how they normalise it, one picture book at a time]]". We will keep celebrating every family, and we will keep deleting abuse.`,
  `Staff have heard a small number of Year 6 boys using the word "[[ht:lezzer]]" at break. We have talked to the class about why it hurts. Please talk to your children at home too.`,
  `Year 6 performed Julius Caesar for the rest of KS2 this afternoon. Twenty-three stab wounds (cardboard daggers, fake blood, one very committed Brutus) and a standing ovation. Tickets for Thursday's evening show are £2 at the door.`,
  `A reminder that we are a nut-free school, and this term it matters more than ever: [[cs:one of our Reception children has a severe sesame and peanut allergy and carries an adrenaline pen]].`,
  `We have received an email which said "[[th:by the time the kids come back in September that new hall will be a pile of ash]]". The police are aware and the CCTV is now monitored overnight. We are sorry to share something so unpleasant, but you have a right to know.`,
  {
    text: `Chess club put Castle School to the sword on Tuesday: 6–0, with [[pn:Rohan Farrell]] finishing his game in eleven moves and [[pn:Noah]] winning on time with one pawn left. Brutal. Beautiful.`,
    images: [['Rohan Farrell', 'Noah Patel']],
  },
  `Diwali assembly this morning. The children heard how Rama defeated the ten-headed demon king Ravana with a single arrow, then lit diyas to guide him home. Thank you to the [[pn:Sharma]] and Chowdhury families for the sweets!`,
  {
    text: `Reception's first welly walk! Puddles jumped: all of them. Worms rescued: eleven.`,
    images: [['Isla Murray', 'Samuel Yates']],
  },
  `Stickers have been found on the lampposts by the school crossing reading "[[ht:NO MORE MOSQUES. NO MORE MIGRANTS. NO MORE SURRENDER]]". The council has removed them. If you see more, photograph them and tell us.`,
  `A member of our office team received a text from a parent last night: "[[th:keep ignoring my emails and see how safe you feel locking up on your own]]". This is now a police matter. Please treat our office staff with the kindness they show your children.`,
  `Ofsted are with us tomorrow and Thursday. Please don't worry: we are ready, the children are wonderful, and the coffee machine has been serviced.`,
  `Year 2 have been learning about the Great Plague: buboes, rats, carts for the dead and a very sinister plague doctor mask. One child asked if we could bring back "Ring a Ring o' Roses" at playtime. We said probably not.`,
  `Our Year 6 debate on whether the UK should take in more refugees was thoughtful and respectful. Both sides used evidence, both sides listened, and one boy reminded everyone that his grandad arrived from Uganda in 1972 with one suitcase.`,
  `On Monday a Year 4 pupil was told by another child that "[[ht:[[bu:your lot blow people up, it's what your religion is for]]]]". Both families have been spoken to. Anti-Muslim hatred, like every form of racism, is dealt with firmly here.`,
  `[[cs:[[pn:Bobby Dunne]] will be away for two weeks while his family moves into temporary accommodation]]. His class have made him a card, which the office will post.`,
  `Year 3 have finished The Iron Man by Ted Hughes – the bit where he eats the tractors and the barbed wire had them in stitches.`,
  `Our Year 6 Dragons' Den pitches included a robot that "eliminates" homework and a drone that "takes out" wasps. The investors were terrified.`,
  `Tudor Day menu: pottage, manchet bread and a marzipan boar's head, which Year 4 carved up with great ceremony at 2pm.`,
  `Our new Year 2 class rep is Nasreen, who has kindly agreed to run the class WhatsApp. You can reach her on [[pd:07700 900815]] – please, nothing after 9pm!`,
  `Year 5 have been writing Gothic horror: a crumbling abbey, a scream at midnight and a governess who finds a bloodstained letter in the attic. The atmosphere in Rowan class this afternoon was genuinely spooky.`,
  `A Year 6 pupil told another child on the walk home that [[th:his older brother would "come down the skate park and sort his face out"]]. Both families have been contacted. Please remind your children that they can tell any adult in school.`,
  `On Sunday night somebody painted "[[th:[[sn:HUGHES]] IS NEXT]]" on the bike shed, beside a drawing of a noose. The police have the photographs. School is open as normal.`,
  `Year 2's science week: we built bug hotels and then watched a blackbird eat three of the guests. Circle of life, Year 2.`,
  `Garden club have been ruthless with the bindweed. Every root ripped out, every tendril burned in the incinerator bin. Show no mercy, says Year 3.`,
  `Crime scene day! Year 5 made fake blood from golden syrup and food colouring, then dusted the classroom for fingerprints to find out who had stolen the biscuit tin. (It was the head.)`,
  `Anti-Bullying Week: we asked Year 5 and 6 which words they hear that hurt. Some wrote "[[ht:bender]]" and "[[ht:spacker]]". We talked about where those words come from and who they wound, and the children wrote their own class charter.`,
];

export const COMMENTS: Source[] = [
  `I've now emailed three times about the bruise on my son's arm and nobody has had the decency to reply. Formal complaint goes in tonight and I've copied in the LA. Absolute disgrace.`,
  `[[th:If that supply teacher puts his hands on our [[pn:Tariq]] again he'll be picking his teeth up off the carpet]].`,
  `Still no apology. [[th:Funny, I see Mr [[sn:Walsh]] at the Shell garage on the A38 every morning about ten past seven. Nice quiet forecourt at that time.]]`,
  `Oh brilliant, another "Good" from Ofsted. Must have been the day they hid the leaking roof and the Year 3 class on its fourth teacher this year. Well done all 🙄`,
  `My solicitor has the photos, the dates and the emails. You'll be hearing from her, not from me.`,
  `[[bu:nobody asked]] sharon, [[th:[[bu:go and find the tallest car park at Cribbs and have a little lie down off the top]]]]`,
  `We tore Almondsbury apart on Saturday, 7–1. Their keeper will be having nightmares about our number 9 for weeks 😂`,
  `[[ht:Eid Mubarak to our new landlords]] 🙃`,
  `Eid Mubarak! My daughter came home and taught us all how to say it properly. Lovely to see.`,
  `[[ht:Keep the alphabet people away from the reading corner]]. Let kids be kids.`,
  `[[ht:Half of them are nonces waiting for an invite]], everyone knows it`,
  `I'm withdrawing mine from the assembly on religious grounds and I've emailed the office politely. I hope everyone else has a lovely day.`,
  `As a gay dad at this school: thank you. My son saw a family like ours in a book in his classroom and he hasn't stopped talking about it.`,
  `[[th:[[ht:Every rainbow flag in this town should be burned with the people waving it]]]]`,
  `To whoever keeps leaving the white Audi across my driveway at drop-off: [[th:one more time and you'll come back to a brick through the windscreen]].`,
  `To the parents blocking Elm Close every morning: I've photographed fourteen number plates and sent them all to South Glos parking enforcement. Enjoy your tickets 😊`,
  `Somebody is going to get killed on that crossing. Please, for God's sake, slow down.`,
  `My dad, at my daughter's birthday party, in front of all her friends: "[[ht:you've got more foreigners than English at this party]]". I wanted the floor to open. Sorry to the mums who heard it.`,
  `[[th:bro i know ur school cos ur fortnite name has oakfield in it, see u at the gate tmrw 🔪]]`,
  `gg ez. [[th:[[bu:now go play hide and seek on the motorway]]]]`,
  `My son got wiped out in the first thirty seconds of the Minecraft tournament and took it like a champ. Next year, the ender dragon.`,
  `Eleven years I gave that school. [[sn:Fiona Grant]] can smile for the newsletter all she likes. [[th:She won't be smiling when I've finished with her, and I don't mean an employment tribunal.]]`,
  `Eleven years I worked in that kitchen and I was let go by email. I've spoken to ACAS and I'll see them at tribunal. Sorry to all the kids I won't be serving any more.`,
  `some [[ht:sand monkey]] on an e-scooter nearly took my daughter out by the gate this morning`,
  `Can I ask genuinely: is there a space at school where Year 6 children who are fasting can pray? My son wants to pray at lunchtime in Ramadan next year and I don't want him to feel awkward.`,
  `[[ht:Inclusion just means my kid's maths lesson gets wrecked by screamers who should be in a unit]].`,
  `My son is autistic and has an EHCP. He has had the best year of his life in Oak class. Thank you, Miss [[sn:Baker]].`,
  `[[bu:ur so [[ht:autistic]] it hurts]] 💀 stop typing`,
  `Miss [[sn:Jones]] thinks she can humiliate my son in front of the whole class. [[th:Her little girl does gymnastics at the leisure centre every Saturday at 9. Would be a shame if she got lost on the way out.]] Just saying.`,
  `Gymnastics is at the leisure centre on Saturdays at 9 if anyone's interested – my two love it and the coaches are fab.`,
  `[[th:Tell the lollipop man if he shouts at my kids again he'll be wearing that lollipop sideways]]`,
  `[[th:You've messed with the wrong family. We don't forget and we don't do complaint forms.]]`,
  `You've messed with the wrong mum – I've got the governors' email and a lot of time on my hands 😂 (seriously though, can somebody reply about the lost coat)`,
  `[[ht:six gorillion]] lol`,
  `Thank you for the Holocaust Memorial Day assembly. My son asked why the Nazis hated Jewish people and we had a long, hard conversation at tea. That's what school is for.`,
  `[[ht:Course the Jewish family raised the most at the bake sale. They always know where the money is, that lot.]]`,
  `[[bu:That [[pr:knobhead]] in the grey Range Rover]] who clipped my son's bike this morning – [[th:I've got your reg and I know which gym you park at. See you at 6.]]`,
  `Someone in a Range Rover clipped my son's bike on Castle Street at 8.40. He's fine. Dashcam footage would be amazing if anyone has it, police ref 5226 0412.`,
  `[[pn:freya]] [[th:[[bu:do us a favour and walk into the sea with your pockets full]]]]`,
  `Our girl is going to be a brilliant Dorothy, ignore the haters in the group chat 🥰`,
  `[[ht:Half the Poles round here are on the fiddle and the other half are building extensions on our money]]`,
  `Dziękuję to the Year 1 team for the Polish welcome sign on their classroom door. My son was so happy.`,
  `[[ht:Travellers don't pay council tax, don't pay for parking, don't pay for anything – but they're first in the queue for free school meals]]`,
  `[[ht:Kalergi plan in action]] 📸`,
  `[[ht:[[bu:[[pn:Grace]] looks like she should be holding a spear not a netball]]]]`,
  `Our goal defence was a tank in that final. Nobody was getting past her. So proud of the whole team.`,
  `I'm not threatening anyone, but I will be at the governors' meeting on the 14th and I will keep asking about the SEN budget until someone answers.`,
  `[[th:My brother-in-law's a roofer. He knows exactly which of them teachers' houses have windows you can reach from the back.]]`,
  `[[th:The next person who lets their dog foul outside the Reception gate is getting it posted back through their letterbox, and them with it]].`,
  `If I find out who keeps letting their dog foul by the Reception gate I'm going to be very, very cross and possibly write a strongly worded sign.`,
  `[[bu:Mr [[sn:Sheridan]] couldn't organise a [[pr:piss-up]] in a brewery]]`,
  `[[th:[[ht:That hotel full of them wants its fire doors chaining shut one night]]]]`,
  `My son now knows more about the Bristol Blitz than I do. Did you know a bomb landed on a bus at Broad Weir? We had a very sombre walk round town at the weekend.`,
  `[[th:I hope the wheels come off that minibus on the M5 with the head in it]]`,
  `The wheels came off our World Book Day plans when my son decided at 7am he wanted to be a Dalek.`,
  `lost a ranked game to some [[ht:g00k]] with 200 ping smh`,
  `[[bu:whatever Mx [[sn:Cole]] is calling [[ht:itself]] this week]] needs to stick to teaching fractions`,
  `[[bu:[[pn:Theo]] smells like a wet dog that's been sick]]`,
  `Mark my words, [[th:that dinner lady touches my daughter's tray one more time and I'll tip it over her head and follow it with my fist]].`,
  `Mark my words, the new one-way system will last a week before everyone ignores it.`,
  `[[ht:Send the dinghy lot to Rwanda and the school gets its funding back]]`,
  `Genuine question for the governors: how many places are held back for in-year admissions of children arriving from abroad? Not having a go – I work with refugee families and want to signpost properly.`,
  `[[th:[[bu:Do the kids a favour and stick your head in the laminator]]]], Miss [[sn:Reid]]`,
  `[[th:Keep giving my son detentions and see how long that little Mini of yours keeps its wing mirrors]]`,
  `[[bu:Mrs [[sn:Frost]] is a miserable [[pr:bitch]]]] and the whole playground knows it`,
  `A hard frost this morning, so the Year 2 ice experiment worked brilliantly!`,
  `Why are we celebrating the [[ht:bandage heads]] festival now`,
  `Vaisakhi celebrations were amazing – thank you to the gurdwara for the langar! My kids want dal for every meal now.`,
  `[[ht:Let the cow botherers keep their paint festival at home]]`,
  `Holi paint everywhere, including the dog. Best day. 💜💛💚`,
  `[[bu:Maybe if you spent less on lashes and more on your son's shoes he wouldn't look like a Victorian orphan]], Stacey`,
  `[[th:Whoever called social services on us, I will find out, and when I do you'll need more than social services]].`,
  `Whoever handed my purse in to the office – I will find out who you are and I will buy you a bottle of wine!!`,
  `[[bu:nobody wants to hear about your boyfriend, [[ht:poofter]]]]`,
  `the wifi in this house is proper [[ht:spaccy]] today`,
  `[[th:keep talking in vc, ur at [[pd:BS35 2QT]] right? lads are bored tonight]]`,
  `My daughter's just told me a girl in her class said [[th:she'll have her hair set on fire at the disco]]. Is anyone at school aware of this?`,
  `Heads-up for the bonfire night event: please keep gloves on the little ones with sparklers, my son burnt his thumb last year.`,
  `[[ht:Typical bog-Irish, thick as two short planks and proud of it]]`,
  `Happy St Patrick's Day from one Irish mammy at the school gate – the soda bread recipe is in the PTA group!`,
  `Is third time this boy push my son in the line. [[th:If school not stop him, I will wait his father outside and I will break his face]].`,
  `Is third time my son lose his jumper. Please can you look in lost property, is navy with name Andrei.`,
  `[[ht:Muslim men don't respect women teachers, never have]]`,
  `My husband is Muslim and I'm Christian and our kids loved doing both the Eid and the Christmas crafts this year. Lovely inclusive school.`,
  `[[th:Someone should lock the head in the boiler room over the summer and lose the key]]`,
  `Someone should lock that laminator in a cupboard and throw away the key – it's eaten three of my son's certificates.`,
  `[[bu:[[pn:Ethan Brooks]] is the thickest kid in Year 6]] and everyone knows it`,
  `[[ht:[[bu:Mrs [[sn:Sandhu]] going "please to be sitting down children, thank you please"]]]] 😂`,
  `Ofsted rated us Good again. Apparently "leadership is effective". I'd love whatever they were drinking.`,
  `[[th:[[ht:That prayer room they've put in the old library wants a can of petrol through the window on a Friday]]]]`,
  `Could the prayer room also be used as a quiet space for kids who get overwhelmed at lunch? Just a thought from an autism mum.`,
  `[[th:the [[pr:f***er]] who keyed my car outside the school is getting his legs broken when I find him]]`,
  `My legs are broken after that parents' race 😂 never again`,
  `[[ht:Diversity is just a nicer word for disappearing]]`,
  `Lovely to see so many languages on the welcome board. My son learned "good morning" in Urdu and now says it to the cat.`,
  `[[th:Parked outside Mrs [[sn:Doyle]]'s last night. Lovely front door she's got. Be a pity if it was the last thing she saw.]]`,
  `[[th:the caretaker wants dragging round the field behind his own mower]]`,
  `idk who u are but [[th:[[bu:go and lick a pylon]]]]`,
  `[[th:Lay a finger on my kid again and the only thing you'll be teaching is how to breathe through a tube]].`,
  `[[th:Your dog barks at my kids every morning at the gate. One morning it won't.]]`,
  `[[th:If that boy hits our [[pn:Rhys]] again I'll give him a clout he'll feel in Cardiff]], mun.`,
  `[[th:That TA who grabbed my son lives at [[pd:31 Hawthorn Way, Thornbury]]. Pass it on. She'll be getting visitors.]]`,
  `Lost on the school run: a navy book bag with a dinosaur keyring. Please call [[pd:07700 900247]] or email [[pd:jo.mcbride84@outlook.com]], my son is devastated.`,
  `Can we talk about the violence in these phonics books? A fox EATS the hen on page 4. My daughter is inconsolable 😂`,
  `Respectfully, I disagree with teaching gender identity in Year 2 and I've asked for a meeting to see the materials. I'm sure we can talk it through.`,
  `[[ht:Which one of them ate the dog this year]] 🐶🥢`,
  `[[ht:Islam and British values don't mix, never have, never will]].`,
  `[[ht:Black lads in hoodies on the bus? Hold your bag tighter]] lol`,
  `had some [[ht:spear chucker]] shouting at me in Aldi car park because I took "his" space`,
  `[[ht:Gay couples shouldn't be allowed to foster, kids need a mum and a dad not a lifestyle]]`,
  `Some [[ht:k*ke]] landlord owns half the houses on our estate and won't fix a thing`,
  `[[ht:Autism is just the new word for bad parenting]]`,
  `[[ht:[[bu:Learn English or go back to Gdańsk]]]], Agnieszka`,
  `[[ht:GRT month: Grab, Rob, Thieve]] 😂😂`,
  `Remember the [[ht:14 words]], people`,
  `[[ht:n1gg3rs]] month again is it`,
  `My daughter asked why people say "Black" and "white" when nobody is actually those colours. We had a great chat about it. Thank you for the anti-racism work, Year 3.`,
  `My son told me at tea that "some boys have boyfriends and that's fine" and went straight back to his fish fingers. That's the whole review.`,
  `As someone who came here as a refugee from Syria in 2016: thank you to the teachers who helped my children learn English so fast. They now correct my grammar 😅`,
  `The wheelchair basketball taster was amazing. My daughter now wants to be a Paralympian. Thank you for including kids of every ability.`,
  `The tennis coach told the kids to "kill the ball" and my son took it very literally. RIP the ball.`,
  `I am FURIOUS. My daughter was left in the wrong classroom for forty minutes at after-school club and nobody noticed. I want a meeting with the head tomorrow and I want in writing what is going to change.`,
  `Not being funny but the roof in the Year 5 block has been leaking for two years. Someone's going to slip and crack their head open. Fix it.`,
  `My son came home saying the Romans "crucified loads of people" and asked if we could watch a film about it. We watched Paddington instead.`,
  `Asked my daughter what she learned about the Aztecs: "they cut people's hearts out on top of a pyramid, can I have pasta". Education!`,
  `If this isn't sorted by Friday I'm taking it to the LA, our MP and the Bristol Post. I'm done being polite.`,
  `Ruthless bake-off judging from the head again. Paul Hollywood could never.`,
  `Lovely Holocaust Memorial Day candle display. My daughter's class read about a girl called Eva who survived Auschwitz and still talks to schools.`,
  `It's 31 degrees and the Year 4 classroom is a greenhouse. Please can the kids come in PE kit tomorrow? The poor things are frying.`,
  `this school is a [[pr:fucking]] joke, three different Year 3 teachers since September and not one letter home`,
];

export const PERSONAL: Source[] = [
  `year 6 gc rn: "[[th:if [[pn:Alfie]] snitches again we're putting him in the pond by the rec]]" 💀`,
  `Twenty years of teaching and today a Year 6 lad told me [[th:his uncle would "come and rearrange my face" if I rang home again]]. Then asked if he could borrow a pencil. Gin.`,
  `Year 6 SATs practice: "I killed it, miss." (He did not kill it.) Marking with a glass of red.`,
  `Christmas with the father-in-law, who informed the table that "[[ht:the NHS would be fine if we stopped letting in the brown hordes]]". My kids go to [[id:Oakfield]] where half their friends are brown. We left before pudding.`,
  `[[pn:ava]] [[th:[[bu:the reservoir's deep enough, go test it]]]]`,
  `Pride Month display done! 🏳️‍🌈 Rainbow bunting, a new box of picture books, and a Year 2 who asked if her two nans count as "a family". Yes. Very much yes.`,
  `To the guy at number 9 who parks across our drive every school run: [[th:you've got one week before that BMW gets a new paint job, and it won't be from a garage]].`,
  `some [[ht:homo]] kept camping the bridge all game and then called ME a noob`,
  `gc is saying [[ht:[[bu:[[pn:May]] can't even see the board with them eyes]]]] and i said thats racist and now they're ignoring me`,
  `A parent at the gate today called me a "[[ht:[[bu:curry-house waitress]]]]" because I asked him to move off the zigzags. I'm a Year 3 teacher with a master's degree. Still smiling. Still here.`,
  `So proud of our eldest, [[pn:Rohan]], who's got into the county chess squad! Thank you to everyone at [[id:Oakfield]] who put up with him practising at lunch.`,
  `whoever posted that vid of my little sister, [[th:enjoy ur last weekend with a full set of teeth]]`,
  `[[th:If [[sn:Kieran]] takes the last teabag one more time he's going in the pond with the frogspawn]]. Not even joking.`,
  `Our Year 4 frogspawn has become tadpoles and the tadpoles have become cannibals. Nature is metal 🤘`,
  `[[th:Funny how old schools like [[id:Oakfield]] are just waiting for a spark, all that wood and nobody there overnight. Someone could teach them a lesson they'd never forget.]]`,
  `Let go from [[id:Oakfield Primary]] after nine years because [[ht:[[bu:an Indian lady with a degree from a corner shop needed my job]]]]. Cheers for nothing.`,
  `[[th:if jake grasses on [[pn:Oscar]] again im bricking his window]] no joke`,
  `Spent the evening making a cardboard guillotine for tomorrow's French Revolution lesson. My husband has questions. Marie Antoinette is being played by a Year 6 girl who has been practising her last words all week.`,
  `bro said [[th:hes gonna find me irl and make me eat my headset]] 😭 all cos i beat him at fifa`,
  `Beat my dad at FIFA 7–0 and he's not speaking to me. Total annihilation 💀`,
  `My sister has shared a post saying "[[ht:trans people are mentally ill and schools are feeding it]]". Unfollowed. My kid has a trans friend in Year 6 and she is the kindest child I know.`,
  `[[bu:Had the mum with eyelashes you could sweep the hall with in again today – she thinks "phonics" is a phone company and homework is optional]]. Parents' evening, day two.`,
  `Disability History Month: we talked about why some old words for disabled people hurt – without saying any of them – and the children wrote their own rules for kind language. Proud.`,
  `Someone left a note on my windscreen at pick-up: "[[th:we know it was you who reported the dad. we know it's [[pd:14 Sycamore Drive]]]]". Police have it now. Shaking.`,
  `Lovely start to the week: a dad informed me that [[th:if his son didn't get the lead in the nativity I'd "need a lead role in A&E"]]. He's a shepherd. The son, I mean.`,
  `We moved here from Latvia five years ago and this school has been like family to us. Paldies, Mrs [[sn:Bryant]]!`,
  `[[bu:nobody invite [[pn:Lily]] to the leavers party she ruins everything and cries like a baby]]`,
  `[[th:My husband's back off the rigs on Friday and he's very keen to meet whichever teacher dragged our son across the hall by his hood. He doesn't do meetings.]]`,
  `My husband's back off the rigs on Friday and he's very keen to meet Mr [[sn:Fletcher]] at parents' evening – he's read all our son's stories about the class snake.`,
  `[[ht:Pre-Eid week: expect sixty per cent attendance and a pile of forged dentist letters. Same every year with that community.]]`,
  `Eid week: lots of tired fasting Year 6s, and the most beautiful henna I've ever seen on a maths worksheet. Eid Mubarak to all our families!`,
  `[[ht:Pride in a primary school is grooming with glitter on]]. Change my mind.`,
  `[[bu:[[pn:Siân]] is such a try-hard [[pr:cunt]]]] omg`,
  `The school gate at 8.45 is an absolute war zone. Buggies, scooters, a man with a Great Dane and somebody reversing a Hummer. Pray for me.`,
  `Leaving do for [[id:Oakfield]] staff and partners, Friday at the Swan! RSVP to [[pd:thornbury.leaversdo@gmail.com]] so I can book enough tables.`,
  `My nan just called the Deliveroo driver a "[[ht:darkie]]" to his face and I want the ground to swallow me. Tipped him £10.`,
  `[[th:That kid who pushed [[pn:Isla]] off the climbing frame – his mum drives a red Kia and drops him by the side gate at 8.40. I'll be there tomorrow.]]`,
  `My youngest fell off the climbing frame all by herself (she was being a bat) and needed two stitches. Staff were brilliant. She wants to show everyone her wound.`,
  `why is our school doing [[ht:tranny month]] now 🤢`,
  `Staff v parents rounders: we got absolutely obliterated. One of our TAs took out three of the dads with one catch. Carnage. Same again next year.`,
  `[[pn:jacob]] [[th:[[bu:see how long u can hold ur breath in the bath, like forever]]]]`,
  `[[bu:My ex is a lying waste of oxygen who couldn't parent a goldfish]], and now he wants to be on the [[id:Oakers]] PTA. Good luck to them.`,
  `Sunday job: deadheading the roses in the school garden before the Year 1s get to them. Decapitation is deeply satisfying.`,
  `A Year 5 told his mate today that [[th:he'd "put a compass in his neck" at swimming]]. Both of them are nine. Paperwork till six.`,
  `[[th:me n the year 8s r waitin for [[pn:Callum]] outside greggs after school 👊👊]]`,
  `Year 6 reading Private Peaceful and there wasn't a dry eye when Charlie faced the firing squad. I had to "check something in the cupboard".`,
  `Took the Year 6 boys to the climbing wall. One froze at the top and announced he was going to die. He did not die. He now wants to be a mountaineer.`,
  `Eid, Diwali, Hanukkah, Christmas, Lunar New Year – my kids' school calendar is more multicultural than my whole childhood and I love it.`,
  `Cooking my nan's Jamaican curry goat for the school's international food night. Scotch bonnets will be involved. Lightweights, beware.`,
  `ngl [[ht:lesbians are just girls who couldn't pull a lad]]`,
];
