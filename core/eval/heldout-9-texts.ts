// The ninth held-out set's texts, labelled inline as [[code:span]]; `npx tsx core/eval/heldout-source.ts
// --set 9` builds heldout-9.jsonl from them (ids h9-off-NNN, h9-com-NNN, h9-per-NNN). Written by someone
// who read none of the checker (core/src/checker/ beyond types.ts's category names), its lexicons or
// tests, core/bench/, core/cli/, corpus-*.ts, corpus.jsonl, generate-corpus.ts or any heldout*.jsonl, and
// of the earlier sets' texts only the header comments of heldout-texts.ts to heldout-8-texts.ts; the
// checker was not run on these texts before they were labelled. Score it with:
//   npm run -s eval:checker -- --corpus core/eval/heldout-9.jsonl
// The school is the evaluation roster's (roster.json): Oakfield Primary School ("Oakfield", "Oakers"),
// Oakfield Road, Thornbury, Bristol BS35 4HJ, 0117 496 0123, office@oakfield.sch.uk.
//
// Aim: weighted to measure THREAT recall and precision, in wordings written fresh for this set by many
// kinds of writer (angry parents, trolls, teenagers, grandparents, busy staff, writers whose first
// language is not English): well over sixty threat labels, in every way people threaten: first person,
// second person, reported and quoted in the school's own notices and in staff members' own posts,
// wished ("hope ...", "someone should ...", "X wants ..."), conditional, vague menace ("you'll see",
// "this isn't over", "sleep with one eye open"), implied ("I know where you park", "should check her
// brake pipes"), threats to property (cars, tyres, windows, the building), arson, weapons named and
// implied, turning up at a home or the gate, threats through a relative ("my brother will sort him",
// "our Kev's out next week"), threats between pupils reported by parents, and self-harm incitement in
// many forms (kys, k y s, k.y.s, starred and l33t, "go drink bleach", "go play on the M5", "the world
// would be better without you", "unalive"); Scottish, Northern, Geordie, Welsh, Irish, Bristol, Black
// Country and London street slang (sair face, chib, hoy him ower, twat him, have him butt, burst him,
// a box in the gob, gert, bost his yed, merked, splashed, dipped, bang him out, on sight, catch u
// lackin, getting jumped); text speak, digits, spaced and repeated letters, a Cyrillic look-alike
// written as \u0456 or \u0430 and a zero-width character written as \u200b. Beside them an ordinary
// sprinkling of names, personal data, profanity, hate, bullying, sexual, commercial, school
// identification, child-specific and photo-consent labels; and about a third of the texts clean, most
// of them traps: threat-like innocent words (a fire drill and a lockdown drill notice, "smash the SATs",
// a murder mystery night, "I'll kill for a coffee", "the heat is killing me", "shoot" a photo, archery,
// bombing down a hill, dead tired, "I'm dead 💀" as laughter, Macbeth's dagger, foam gladiator swords, a
// police knife-crime talk, a penalty shoot-out, a bomb in a Blitz lesson) and rude-looking strings
// (Scunthorpe, Penistone, cocktail sausages, assess, blue tits, faggots and peas, the Knife and Fork
// Club), a Holocaust lesson and a PSHE lesson on hurtful words.
//
// Codes: pn pupil_name, sn staff_name, pd personal_data, pr profanity, sx sexual, ht hate, th threat,
// bu bullying, cm commercial, id school_identification, cs child_specific, not = a roster full name used
// as ordinary words. photo_consent is never written: the builder adds it over the whole text when an
// image tags a pupil whose photoConsent is false. Images are attached to official posts only.
//
// Labelling decisions: heldout-source.ts's header and the set 2 to 8 headers hold; beyond them:
// - threat, implied: a sentence whose only plain reading is menace is threat over the sentence though
//   it names no violence: "I know where you park every morning", "I know what time Miss Baker finishes
//   on a Thursday", "Mrs Grant should check her brake pipes before the school run", "nice house on
//   41 Sibland Road, shame if the windows went through" (the address pd nested), "some people need to
//   remember I know where their kids go to school", "we'll have something for them" to a boy told to
//   bring his mates, "petrol through the letterbox sorts people like him out". A trailing "just
//   saying" or "I swear down", or a leading "I swear to God", stays outside the span.
// - threat, vague menace: "you'll see what happens", "you've been warned" / "consider yourself warned",
//   "this isn't over", "you'll be sorry", "she will regret, I promise her", "karma's coming for you and
//   so am I", "sleep with one eye open", "u w8 til i c u" are threat, one span per menacing clause.
// - threat through a relative or friends: "my brother will sort him out", "her dad's gonna have a word
//   with him and it won't be words", "our Kev's out next week, he'll sort that headteacher out", "ar
//   kid'll bost his yed", "my brothers are already looking for you", "me and my mates will be at the
//   gates at 3" are threat over the clause, the relative included.
// - threat at a gate or a home: "I'll be waiting at the gate tomorrow for that woman", "we know you
//   live at ... and we'll be paying a visit" are threat.
// - threat, the speaker's mark: a name said to the person threatened, whether it comes first ("Caleb ur
//   getting jumped") or after ("sleep with one eye open Gareth"), stays outside the threat span (the
//   set 5 rule for a vocative after, extended to one before). A name that is the threat's subject or
//   object ("Mr Holloway is gonna get his ... head kicked in") is nested inside.
// - threat against a group: "all them p4kis want burning out" is threat over the clause with the slur
//   nested as hate; no bullying (a group). "some people should just do the world a favour and top
//   themselves" (self-harm incitement at no one in particular) is threat only.
// - self-harm incitement quoted in a school notice as a phrase children throw about ("kill urself" on
//   the playground) with no one it was aimed at is threat only; quoted as said to one child ("tells the
//   boy in it to go unalive urself") it is threat and bullying, as in set 5.
// - threat, writers whose first language is not English: "If school not do something, I will come
//   myself and make this boy understand" is a conditional threat against a child, one span.
// - clean despite threat-like words: "I'm dead 💀" (laughing), "someone should have a word with their
//   parents" (no violence), "if one more person emails me ... I'll scream", a murder mystery night and
//   its 🔪 emoji, "massacred some onions", "cut-throat competition for the last slice", "kill it!"
//   shouted at a fish that is put back, "the hill nearly killed us", "Ofsted ... didn't kill us", "knocked
//   out three other schools" (chess), a charity boxing night, a lockdown drill notice that says
//   "threat" and "intruder", a police talk about knife crime, Macbeth's "Is this a dagger", foam
//   swords, archery, "shoot" portraits, a Blitz lesson's bombs, the Gunpowder Plot.
// - hate: a PSHE post that says Year 5 discussed why using "gay" to mean rubbish is unkind is clean:
//   "gay" is no slur, and the post uses the word at no one (unlike "that's so gay" quoted as a
//   put-down, which set 6 labels); a post that talks about insults for disabled people without
//   printing one is clean. A Holocaust lesson naming the Nazis' victims is clean (set 2).
// - bullying inside a threat: "that little shit Theo" (a named child) and "that twat in the white
//   transit" (one person identified by description) are bullying nested in the threat, with the
//   profanity nested in that; "that wee prick that scratched ma motor" (known to no reader) is
//   profanity only, as set 6's "some wanker keyed my car".
// - Names: "Bobby" in "some kid called Bobby" and "our Ella" name pupils (given names several pupils
//   share, labelled as set 3 does); "fr3ya" is Freya Nowak; "Mrs Talbot" and "Mrs Ingram" (surnames
//   several staff share) and "Miss cole" (lower case) are staff names. Matildas and Willy Wonkas on
//   World Book Day are characters, not pupils.
// - personal_data: a street address with a house number but no postcode ("22 Eastbury Close") is
//   personal data; a private mobile given in an official lost-property notice is labelled.

export type Source = string | { text: string; images: string[][] };

export const OFFICIAL: Source[] = [
  `Fire drill this morning went brilliantly: the whole school was lined up on the field in 2 minutes 40 seconds, including the Reception children who had never heard the alarm before. It will go off again, unannounced, later this half term, so please talk to your children at home about walking (not running!) to their line.`,
  `LOCKDOWN DRILL — Thursday at 10am. As part of our safety procedures we will practise what to do if there were ever a threat near the school site, such as an intruder or a loose dog. Children will be asked to move away from windows, sit quietly and wait for the all-clear. Please don't be alarmed if your child mentions it at home; there is no real danger and it will be over in a few minutes.`,
  `Year 6 have been learning about the Holocaust this term. Today they read extracts from Anne Frank's diary and talked about how the Nazis murdered six million Jewish people, as well as Roma and Sinti people, disabled people and gay men. Their letters on what "never again" means to them were some of the most thoughtful writing we have seen this year.`,
  `In PSHE this week Year 5 talked about words that hurt. We discussed why using "gay" to mean rubbish is unkind to LGBT+ people and their families, and the children came up with a whole wall of better words for when something annoys them (our favourite: "that's so Tuesday").`,
  `The Knife and Fork Club starts again on Monday lunchtime for Reception children who are still getting the hang of cutting up their own dinner. Mrs [[sn:Talbot]] and the lunchtime team will be there to help with the tricky bits like sausages!`,
  `This week's lunch menu 🍽️ Monday: faggots and peas with mash and gravy. Tuesday: cheesy pasta bake. Wednesday: roast chicken. Thursday: fish fingers and chips. Friday: homemade pizza. Jam roly-poly and custard on Wednesday for pudding!`,
  `We are aware of a message shared on a group chat used by some of our older pupils, in which one child wrote "[[th:ima stab him after school fr]]". The police have been informed and everyone involved is being supported. Please check your child's phone with them and talk about what they share online.`,
  `Over the past fortnight two members of our office team have been told "[[th:I know what car you drive]]" and "[[th:you'll get what's coming to you]]" by an adult at the front desk. This is not acceptable. Anyone who threatens our staff will be banned from the site and reported to the police.`,
  { text: `Sports day sprint finalists! Well done [[pn:Ivy]], [[pn:Seán]] and [[pn:Oscar]], you absolutely flew 🏃‍♀️🏃`, images: [['Ivy Green', "Seán O'Brien", 'Oscar Lewis']] },
  `SMASH THE SATS breakfast club starts on Monday at 8am for all of Year 6! Toast, juice and twenty minutes of gentle revision to get brains warmed up. Let's smash it, Year 6 💪`,
  `Year 4's drama club present a murder mystery night on Friday 7th in the hall: "Death at the Dinner Party". Come and help our young detectives work out who poisoned Lord Fotheringay's soup! Tickets £3 from the office, all proceeds to the PTA.`,
  `Reminder: the photographer is in on Tuesday to shoot individual and sibling portraits. Please make sure hair is brushed and jumpers are on the right way round! If you would rather your child was not photographed, email office@oakfield.sch.uk by Monday.`,
  `Following an incident at the gate on Friday afternoon, when a parent told one of our teaching assistants that [[th:her partner would be "coming down to sort you out"]], we have asked the family not to come onto the site for the time being. Our staff deserve to feel safe at work.`,
  `Please keep [[pn:Noah]] in your thoughts this week. [[cs:He is in Southmead Hospital after an operation on his leg]] and has asked for cards from his class, so Year 4 will be making some on Wednesday.`,
  `Our uniform supplier has given Oakfield families 15% off all logo items until the end of the month: [[cm:use code OAKFIELD15 at www.schoolstitch.co.uk]].`,
  `Year 3 spent the afternoon in the wildlife garden for the Big Schools' Birdwatch. We counted seven blue tits, a great tit, two robins, a wren and one very cheeky magpie who stole a bit of someone's snack!`,
  `Congratulations to our netball team, who were killing it at the Thornbury tournament yesterday. Three wins, a draw and a narrow loss in the semi-final to a very strong side. So proud of every one of you.`,
  `Star of the week in Year 2 is [[pn:Zara Hussain]] for her brilliant story about a dragon who was scared of fire. 🐉`,
  `Mr [[sn:Booth]] found graffiti on the back gate this morning reading "[[th:BURN IT DOWN]]" and "[[th:OAKFIELD WILL PAY]]". It has been reported to the police. If you saw anyone near the gate late last night please call the office on 0117 496 0123.`,
  `Year 5 got a huge parcel of letters today from their penpals at a primary school in Scunthorpe! Next week we'll write back and tell them all about Thornbury Castle and our river walk.`,
  `Science week finale: the Year 4 "exploding" volcanoes were a blast! Bicarbonate of soda and vinegar did the rest. No teachers were harmed in the making of this mess 🌋`,
  `A video filmed outside our gates has been shared on TikTok, and one comment under it tells the boy in it to "[[th:[[bu:go unalive urself]]]]". We have reported the account. Please remind children not to film each other on the way home.`,
  `Thank you to everyone who came to our Remembrance assembly. Year 6 read the names of the fourteen men from Thornbury who were killed in the First World War, and [[pn:Hope Adeyemi]] played the Last Post beautifully on her cornet.`,
  `Last night the school received an anonymous email saying "[[th:ur head will get whats coming to him, we know what time he leaves]]". We have passed it to the police and extra measures are in place. Thank you for your messages of support.`,
  { text: `Reception's first trip to the farm! [[pn:Isla]] was very brave holding a baby chick 🐥`, images: [['Isla Murray']] },
  `Welcome back to Mrs [[sn:Karimi]], who returns from maternity leave to teach Year 1 after half term, and a big thank you to Mr [[sn:Lee Underwood]] for covering so brilliantly.`,
  `Volunteer drivers needed for Friday's away football fixture. If you can take three or four children, please contact Mrs [[sn:Ingram]] on [[pd:07700 900418]] by Wednesday.`,
  `Bikeability week: Year 6 learned to check over their shoulder, signal clearly and ride in the primary position. Some of them were desperate to bomb down the hill on the way back, but everyone stuck to the speed we agreed. Well done all!`,
  `Expect some dead tired children at pick-up today: Year 5 walked eleven miles on the Severn Way and sang most of it.`,
  `PC Harris visited Year 6 today to talk about knife crime and staying safe as they move on to secondary school. The children asked brilliant questions about what to do if someone they know is carrying a weapon.`,
  `To the person who left a note on Mr [[sn:Walsh]]'s windscreen saying "[[th:we know which house is yours]]": the note has been handed to Avon and Somerset Police along with our CCTV.`,
  `Our Year 5 cricket squad are looking for spare bats and pads. If you have old kit gathering dust in the garage, please drop it at the office. Thank you!`,
  `Over half term someone threw a brick through the Year 2 classroom window and sprayed "[[th:NEXT TIME ITS THE STAFF ROOM]]" on the wall underneath. We are working with the police and our insurers, and the classroom will be ready for Monday.`,
  `The Christmas fair has a cocktail bar for the grown-ups (mocktails for the children!) run by our PTA. Raffle strips £1, tombola 50p a go. See you on the 9th!`,
  `Thank you to Thornbury Tyres for sponsoring our new football kits! Show this post in store for [[cm:£10 off a set of four tyres]].`,
  `Our new reading assessments begin next week. Class teachers will assess each child one to one during the school day; there is nothing you need to do to prepare.`,
  `We have been told that adults in a local Facebook group have been posting that [[th:someone should "teach the head a lesson he won't forget"]] after last week's decision to close early for the storm. We understand people were frustrated, but threats against our staff will always be reported.`,
  { text: `Year 1 made pizza faces in DT today! Look at [[pn:Sienna]]'s masterpiece 🍕`, images: [['Sienna Kaur', 'Leo Kowalski']] },
  `We say a sad goodbye to [[pn:Ethan Brooks]] this week. [[cs:[[pn:Ethan]] is going to live with his grandparents in Cardiff while his mum is unwell]], and his class have made him a book of memories to take with him.`,
  `A member of staff on gate duty yesterday was told by a driver that "[[th:next time you stand in front of my car I'll drive straight through you]]". The yellow zigzags are there to keep children safe. Please park considerately.`,
  `Year 3 have been learning about the Romans and today was gladiator day! The children designed shields and practised (very gently) with foam swords on the field. Thumbs up, not thumbs down 👍`,
  `Shakespeare Week: Year 6 performed the dagger scene from Macbeth ("Is this a dagger which I see before me?") and gave us all chills. Such brilliant acting.`,
  `Our new archery club starts on Wednesday after school. Children will learn to shoot safely at targets on the field with a qualified coach. Places are limited, so sign up at the office.`,
  `Lost on the 74 bus on Tuesday: a purple lunchbox with a unicorn on it. If you found it, the family would love it back. Please call them on [[pd:07911 204377]] or drop it round to [[pd:14 Gloucester Road, Thornbury BS35 3XX]].`,
  `Year 4 parents: please do not put nuts in lunchboxes, as [[cs:the new boy who joined 4F this week has a severe nut allergy and carries an EpiPen]]. Thank you for your help.`,
  `Last week a lunchtime supervisor was told by a pupil that [[th:his older brother would "come and find her"]]. This has been dealt with, but we want every family to know that threats to our staff, from anyone, are taken seriously.`,
  `A huge thank you to Mr [[sn:Fletcher]], who ran the Year 4 sponsored silence: £412 raised for the children's hospice! A quieter afternoon has never been so valuable.`,
  `World Book Day was wonderful: so many Matildas, Willy Wonkas and Gangsta Grannies! Our headteacher Mr [[sn:Hughes]] came as Mr Twit, beard and all.`,
  `We have heard the phrase "[[th:kill urself]]" being thrown around on the playground as a "joke" this week. It isn't one. Class teachers will be talking about it tomorrow, and we'd be grateful if you could too.`,
  `Heatwave update: it's going to be 31°C tomorrow and the heat is killing our poor sunflowers! Please send children with a named water bottle, a sun hat and sun cream already on.`,
  `Please welcome Miss [[sn:Reid]] to our Year 2 team. She joins us from a school in Gloucester and is already a big hit with the class guinea pigs.`,
  `At 9.15 this morning the office took a phone call from a man who said [[th:there was a bomb in the hall]]. The building was evacuated calmly and the police have confirmed the call was a hoax. Children were back in class by 10.30. Thank you for your patience.`,
  `The PTA quiz night was a riot! Congratulations to "Quiz Akabusi", who beat the teachers' team by a single point, and thank you to Mrs [[sn:Cole]] for the fiendish picture round.`,
  `Year 2's gardeners planted sweet peas, nasturtiums and a rose bush by the pond today, and pulled a mountain of ivy off the back fence. Ask them about the frog!`,
  `Cross-country results: the hill at Mundy Playing Fields nearly killed us all, but every single runner finished. Special mention to [[pn:Freya Nowak]], who came back to run the last lap with the slowest runner.`,
  { text: `Well done to our Year 5 football team on reaching the county final! 🏆 Player of the match: [[pn:Dylan]] with two goals.`, images: [['Dylan Ashworth', 'Rhys Harper', 'Tariq Ellis']] },
  `Some parents have told us that a Year 6 pupil told their children [[th:he will "bring his dad's machete in on Monday"]]. We have spoken to the family and there is no weapon, but please do tell us straight away if your child hears anything like this.`,
  `Year 1 have been practising their sword-fighting... with carrots! Our vegetable stories unit ended with a battle between Supertato and the Evil Pea. The pea lost.`,
  `Please note: [[cs:[[pn:Kai]] in Year 4 will be picked up by his aunt for the next few weeks while his dad is in hospital]]. Staff on the gate have been told.`,
  { text: `Year 3 enjoyed a sunny afternoon at Thornbury Castle gardens. [[pn:Mason]] and [[pn:Phoebe]] found the biggest conker of the day!`, images: [['Mason Rowe', 'Phoebe Atkinson']] },
];

export const COMMENTS: Source[] = [
  `[[th:if that dinner lady grabs my sons arm one more time i will be up that school and she'l be picking her teeth up off the floor]]`,
  `[[th:Mr [[sn:Lloyd]] better hope I don't bump into him in Tesco]]`,
  `Ill kill for a coffee after that drop off 😂 who parks on the zigzags honestly`,
  `[[th:my brother will sort him out]] dont you worry about that. no one touches my girl`,
  `Aye well [[th:if he lays a finger on oor wee yin again he's gettin a sair face]] an that's a promise`,
  `Murder mystery night was class!! My husband was the killer and nobody guessed 🔪😂`,
  `[[th:[[bu:kys]]]] [[pn:Ethan]]`,
  `[[th:I know where you park every morning]]. Just saying`,
  `[[th:ur gettin merked at 3:15 dont even bother comin out]]`,
  `The heat in that hall is killing me, can they not open a window for the nativity 🥵🥵`,
  `Can someone from the school call me back please. A lad in 5H told my son [[th:he's going to stab him with his compass]] and now he won't go in. Nobody has rung me back since Tuesday`,
  `[[th:hope someone puts a brick through his windscreen]]`,
  `[[th:Consider yourself warned]] Mrs [[sn:Frost]]`,
  `Smashed his spelling test 10/10!! Proud mum 💪`,
  `[[th:all them [[ht:p4kis]] want burning out]]`,
  `The nativity was amazing 😂 the innkeeper nearly took Mary out with the stable door and the shepherd just stepped over her. Best show ever`,
  `[[th:man's gonna get splashed if he chats about my sister again]]`,
  `[[th:That white Audi in the staff car park won't have tyres by Friday]]`,
  `[[th:if I find out who's been pushing my boy about I'll be down there now in a minute and I'll have 'em, mun]]`,
  `[[th:[[bu:k y s]]]] [[bu:nobody likes u]]`,
  `My two were dead tired after the disco, both asleep in the car before we got to the roundabout 😴`,
  `[[th:Her dad's gonna have a word with him and it won't be words]]`,
  `[[th:someone wants to put a match to that school]]`,
  `Does anyone know if the knife and fork club is just for reception or can year 1s go? Mine still eats peas with a spoon 🙈`,
  `[[th:Keep talking, you'll see what happens]]`,
  `[[th:yer man's getting a box in the gob if he keeps parking across my drive]]`,
  `[[th:[[bu:go k*ll ur$elf]]]] [[bu:u sad little man]]`,
  `Shout out to the lady who caught the stray football before it went through my windscreen, you're a legend`,
  `[[th:I'll k\u0456ll him if he comes near my daughter again]]`,
  `Why are the teachers so useless, [[pr:bloody]] shambles the lot of it`,
  `[[th:Got a bat in the boot with his name on it]]`,
  `[[th:I'll be waiting at the gate tomorrow for that woman]]. She knows what she did`,
  `Brilliant shoot out in the final, our keeper saved three! Oakers through to the county cup ⚽`,
  `[[bu:[[pn:Kai]]'s mum is an absolute joke]]`,
  `[[th:Ar kid'll bost his yed if he goes near our [[pn:Ella]] again]]`,
  `[[th:Hope the head falls down the stairs]] honestly`,
  `Smash the SATs club is a fab idea, my eldest went last year and loved the bacon butties 🥓`,
  `[[th:[[bu:the world would be a better place without you in it]]]]`,
  `[[th:u w8 til i c u]] 😡😡`,
  `Anyone else's kid come home from the Blitz lesson asking if bombs will fall on Thornbury? 😅 Bit of reassuring needed at bedtime`,
  `My daughter was told by a girl in her class that [[th:she'd pour boiling water on her at the sleepover]]. She's EIGHT`,
  `[[th:it's on sight with that yout]]`,
  `[[th:Keep parking on my drive and see what happens to your wing mirrors]]`,
  `That new zebra crossing is a death trap, someone is going to get run over one of these days`,
  `[[th:[[bu:just unalive urself already]]]] nobody asked`,
  `[[th:Mr [[sn:Holloway]] is gonna get his [[pr:fucking]] head kicked in]]`,
  `Can we have the fire drill when it's not chucking it down next time lol they were all soaked`,
  `[[th:We know you live at [[pd:22 Eastbury Close]] and we'll be paying a visit]]`,
  `[[ht:these foreigners are taking all the school places]]`,
  `[[sx:that new TA in year 4 can give me detention anytime 😏]]`,
  `[[cm:Want to earn £500 a week from your phone? DM me for details]] 💸💸`,
  `Shoot, I forgot it was non uniform day, she's gone in in her uniform 🤦‍♀️`,
  `[[th:karma's coming for you and so am I]]`,
  `[[th:[[bu:go play on the M5 hun]]]] 💋`,
  `Those Year 6 boys were bombing down the hill on their scooters again, proper fast, someone should have a word with their parents`,
  `[[th:if [[bu:that little [[pr:shit]] [[pn:Theo]]]] so much as looks at my son again I'll knock him into the road]]`,
  `Absolutely knocked it out of the park with the harvest festival, well done everyone 🍎`,
  `[[th:gonna torch the place]] lol jk.. unless 👀`,
  `[[th:I hope his car gets keyed]]`,
  `Is the murder mystery night ok for a 7 year old? Mine is obsessed with Scooby Doo but gets scared easily`,
  `Why my son is punished and the other boy not? [[th:If school not do something, I will come myself and make this boy understand]].`,
  `I am very grateful for teacher Mrs [[sn:Sandhu]], she help my daughter so much with reading. Thank you!`,
  `The cocktail sausages at the fair were gone in ten minutes 😂 more next year please PTA`,
  `[[th:ima f i n d u]]`,
  `[[th:tell ur boy to bring his mates tomorrow, we'll have something for them]]`,
  `Tbf the dinner ladies deserve a medal, 200 kids and it's faggots day 😂`,
  `[[th:Someone should give that lollipop man a slap]]`,
  `[[th:ur deaddddd]] 💀💀`,
  `I'm dead 💀💀 the headteacher dressed as a banana for red nose day`,
  `This teacher shout at my child every day. [[th:She will regret, I promise her]].`,
  `omg [[bu:my sons teacher is such a [[ht:retard]]]]`,
  `Greetings from Penistone! Grandad here, so proud of our [[pn:Mia]] in the photo ❤️`,
  `My son said they did a lockdown drill and had to hide under the tables. He thought it was great fun. Good that they practise these things`,
  `[[th:That TA wants her head caving in]]`,
  `[[th:petrol through the letterbox sorts people like him out]]`,
  `Who's up for a charity boxing night at the rugby club? All money to the hospice 🥊`,
  `[[bu:Miss [[sn:Doyle]] is a stuck up cow]]`,
  `[[th:sleep with one eye open]] [[sn:Gareth]]`,
  `Kids were buzzing after the Battle of Hastings day, mine wants a sword for Christmas now 🗡️`,
  `[[sx:the blonde one at the back is a little stunner, whats her insta]]`,
  `[[pn:Caleb]] [[th:ur getting jumped after school]]`,
  `Absolutely killing it with the new breakfast club menu 👏`,
  `[[th:I know what time Miss [[sn:Baker]] finishes on a Thursday]]`,
  `[[pr:wtf]] is this new pick up system, [[pr:fucking]] chaos`,
  `[[th:[[bu:go drink bleach]]]] 🤡`,
  `[[th:This isn't over]].`,
  `Does anyone know if the leisure centre still do Shooting Stars gymnastics on Saturdays?`,
  `[[th:Touch my car again and your windows are going in]]`,
  `Grandma here - I was dying to see the play but couldn't get a ticket, any chance of a recording? xx`,
  `[[th:ah'll hoy him ower the railings if he gans near wor lass again]]`,
];

export const PERSONAL: Source[] = [
  `Year 6 absolutely smashed their SATs practice papers at [[id:Oakfield]] today, so proud of them 💪 #teacherlife`,
  `Third time this month someone's scraped my car on [[id:Oakfield Road]]. [[th:If I catch who it is they'll be eating their steering wheel]]`,
  `Dead tired. Marking thirty persuasive letters about why we should ban homework 😂 The kids are brilliant though`,
  `[[th:if [[pn:jacob]] chats [[pr:shit]] about my mum again im gonna bang him out]]`,
  `Day out with my mum in Scunthorpe then fish and chips at Cleethorpes ❤️`,
  `Got told at pick-up today by a dad that [[th:he'd be "waiting for me in the car park"]]. Fourteen years teaching and it still shakes you. Wine needed.`,
  `Whoever stole my lad's bike from outside [[id:Oakers]] yesterday: [[th:I've got your face on my Ring doorbell and my brothers are already looking for you]].`,
  `The knitting group at the library are making blue tits and great tits for the bird trail. My nan's face when she read the poster 😂`,
  `Faggots and peas for tea, proper comfort food on a cold night 😋`,
  `Had a cocktail (or three) at the staff do. Please nobody assess me on Monday.`,
  `So proud of my grandson [[pn:Harry Clarke]], who got his 25m swimming badge today at [[id:Oakfield Primary]]! 🏊`,
  `[[th:honestly someone needs to burn [[id:oakfield]] to the ground]] after the way they've treated my daughter`,
  `To my ex, since you're reading: [[th:[[bu:do everyone a favour and jump]]]].`,
  `Killer Sudoku and a cuppa, my idea of a perfect Sunday`,
  `anyone whos been saying stuff about my sister [[th:better not be at the bus stop monday]]`,
  `If one more person emails me at 10pm asking what time the coach leaves I swear I'll scream 😂`,
  `Went to the Holocaust Memorial Day service with Year 6 today. The silence when they read out the names of children who were murdered. I'll never forget it.`,
  `[[th:If [[bu:that [[pr:twat]] in the white transit]] speeds past the school gate again I'll have him, butt]]`,
  `Snow day! Kids bombing down the hill on a tea tray, I've never heard screaming like it ❄️`,
  `[[sx:Mr [[sn:Walsh]] in his cycling shorts at sports day 🥵🥵]]`,
  `[[th:anyone who touches my little cousin is getting dipped]], simple`,
  `Got called a "[[bu:useless fat [[pr:bitch]]]]" by a parent today because their child didn't get a speaking part in the play.`,
  `Proud moment: our Year 5 chess team knocked out three other schools to reach the final! Checkmate 😎`,
  `[[cm:Selling 2 kids' bikes, £20 each, message me on [[pd:07835 221907]]]]`,
  `[[th:hope sum1 jumps miss [[sn:cole]] on her way home]]`,
  `Tough but brilliant PSHE lesson today. Year 6 talked about the words people use as insults for disabled people and why "it was only a joke" doesn't cut it. One boy said his cousin has Down's syndrome and he doesn't want anyone calling him names. Proud.`,
  `I swear to God [[th:if that fella blocks me in again I'll burst him]]`,
  `[[th:nice house on [[pd:41 Sibland Road]], shame if the windows went through]]`,
  `Just booked the murder mystery dinner for my birthday, who's in? 🕵️‍♀️🔪`,
  `[[th:some people should just do the world a favour and top themselves]]`,
  `Lockdown drill today. Thirty Year 2s silent under the tables for four whole minutes. Honestly the most peaceful part of my week 😂`,
  `The heat is killing me, 32 degrees in a classroom with one fan that sounds like a helicopter`,
  `Some kid called [[pn:Bobby]] has been hitting my daughter in the playground. [[th:Next time I see him I'll give him something to cry about]].`,
  `Missing my #[[id:OakfieldFamily]] already ❤️ last day as a TA today`,
  `[[th:that wee [[pr:prick]] that scratched ma motor is gettin his jaw broke]]`,
  `Grandad's 80th and he killed it on the dance floor to Mustang Sally 🕺`,
  `[[pn:fr3ya]] [[th:[[bu:k.y.s]]]] fr`,
  `[[th:Mrs [[sn:Grant]] should check her brake pipes before the school run]]`,
  `Caught a massive pike at the lake today. The kids were screaming "kill it!" but back it went 🎣`,
  `Our street used to be lovely before the [[ht:p*kis]] moved in`,
  `[[ht:Travellers should be banned from sending their kids to normal schools]]`,
  `[[cm:Young Living oils 20% off this week only, link in bio]] 🌿`,
  `New term, new class at [[id:Oakfield Primary School]] 🍎 Can't wait to meet my Year 3s`,
  `[[th:whoever made my little brother cry at [[id:oakers]] today, me and my mates will be at the gates at 3]]`,
  `Teaching fractions with pizza. Cut-throat competition for the last slice 🍕`,
  `[[th:Our Kev's out next week, he'll sort that headteacher out]]`,
  `Year 4 made "grave dirt" cupcakes for Halloween. RIP my kitchen floor`,
  `[[th:one day I'll set fire to that staff room]] 🔥🔥 #mondays`,
  `Free cot, good condition, collection from [[pd:7 Willow Close, Thornbury BS35 2AB]]`,
  `[[th:If that lollipop man waves his stick at me once more I'll run him over]]`,
  `Cooking with Year 5 today. We chopped, diced and absolutely massacred a sack of onions. The soup smelled amazing.`,
  `[[pn:Alfie]] [[th:[[bu:go h4ng urself]]]] [[bu:u weirdo]]`,
  `To whoever handed my purse in at the school office: thank you, you absolute star`,
  `[[th:ima catch u lackin n ur done]]`,
  `Ofsted came, saw and didn't kill us. Celebrating with a Chinese takeaway and the sofa.`,
  `[[th:the man who shouted at my mum outside school is getting st\u200babbed]]`,
  `Shot some lovely photos of the bluebells in the woods today 📸`,
  `Had a mum tell me "[[th:you'll be sorry]]" today because I wouldn't let her take her son out early. Onwards.`,
  `[[ht:Special needs kids shouldn't be in mainstream, they drag everyone else down]]`,
  `My granddaughter [[pn:Daisy]] read in assembly today ❤️ so proud`,
  `[[th:I'll go round his gert house and smash every window in it]] I swear down`,
  `[[sx:Date night, kids at nanny's 😏🍆]]`,
  `Year 6 learned all about the Gunpowder Plot. One child asked if Guy Fawkes "got away with it". Sadly not.`,
  `[[th:[[bu:nobody would even notice if u disappeared, just do it]]]]`,
  `My number's changed, new one is [[pd:07443 908211]]. Parents from my class please don't ring it lol`,
  `[[th:hope the dinner lady who binned my son's packed lunch chokes on it]]`,
  `Sunday roast at the Knife & Fork in town. Yorkshires the size of your head.`,
  `[[th:Some people need to remember I know where their kids go to school]]`,
  `The Year 2 play had a sword fight, a dragon and a princess who punched the villain. Feminism 💪`,
  `[[pr:Bloody]] [[id:Oakfield]] changing the pick up time AGAIN`,
];
