// The seventh held-out set's texts, labelled inline as [[code:span]]; `npx tsx core/eval/heldout-source.ts
// --set 7` builds heldout-7.jsonl from them (ids h7-off-NNN, h7-com-NNN, h7-per-NNN). Written by someone
// who read none of the checker (core/src/checker/ beyond types.ts's category names), its lexicons or
// tests, corpus-*.ts, corpus.jsonl, generate-corpus.ts or any heldout*.jsonl, and of the earlier sets'
// texts only the header comments of heldout-4-texts.ts, heldout-5-texts.ts and heldout-6-texts.ts.
// Score it with:
//   npm run -s eval:checker -- --corpus core/eval/heldout-7.jsonl
// The school is the evaluation roster's (roster.json): Oakfield Primary School ("Oakfield", "Oakers"),
// Oakfield Road, Thornbury, Bristol BS35 4HJ, 0117 496 0123, office@oakfield.sch.uk.
//
// Aim: like sets 5 and 6, weighted to measure OFFENSIVE-LANGUAGE recall and precision, in wordings
// written fresh for this set: thirty-odd threat labels (first person, reported and quoted in the school's
// own notices, wished, conditional, vague menace, arson and property damage, weapons, doxxing, self-harm
// incitement; slang such as flatten, stove his head in, batter, knock him into next week, shut his gob
// for him; text speak, digits and spaced letters), thirty-odd hate labels (racist, religious, Gypsy/Traveller/Roma,
// homophobic, transphobic and disability slurs, some starred, l33t or with a Cyrillic look-alike written
// as \u0430, casual slurs, and slur-free hostile generalisations), thirty-odd bullying, twenty-odd
// profanity, a dozen-odd sexual; beside the ordinary mix of names, personal data, commercial, school
// identification and child-specific labels; and about a third of the texts clean, most of them traps.
//
// Codes: pn pupil_name, sn staff_name, pd personal_data, pr profanity, sx sexual, ht hate, th threat,
// bu bullying, cm commercial, id school_identification, cs child_specific, not = a roster full name used
// as ordinary words. photo_consent is never written: the builder adds it over the whole text when an
// image tags a pupil whose photoConsent is false. Images are attached to official posts only.
//
// Labelling decisions: heldout-source.ts's header and the set 2 to 6 headers hold; beyond them:
// - hate and bullying: a slur reported as having been aimed at one person (in a school notice about a
//   pupil, or by the person it was aimed at in their own post: "got called a Paki in Tesco car park") is
//   hate and bullying over the slur, as if the slur were aimed at them directly; a slur reported as
//   heard in the playground with no target is hate only. "go back to Africa" said to one named pupil is
//   hate and bullying over the statement, the vocative name outside. A religious stereotype aimed at one
//   child ("will blow the school up one day, it's in his blood") is hate and bullying over the clause,
//   not threat: the writer threatens nothing. "Having a chinky tonight" (a takeaway) is hate on the slur.
// - threat and bullying: "k i l l y o u r s e l f" as a reply is threat and bullying, like "neck
//   yourself mate" (self-harm incitement aimed at the person replied to).
// - bullying: an insult at a person identified by role ("the receptionist", "that woman who runs the
//   PTA", "the lollipop lady on Oakfield Road", the writer's ex) is bullying; the span begins at the
//   insult's subject, a title included. "that prick from the school run" inside a conditional threat is
//   bullying nested in the threat, with the profanity nested in that.
// - threat: hyperbole aimed at oneself ("kill me now", marking on a Sunday) and food ("murder this
//   lasagne") is clean; a hyperbolic threat at a category of person ("I'll throttle the next person who
//   leaves dog mess by the gate") is threat, as the words are there (set 6's joking threat). A threat to
//   hurt whoever did something ("whoever nicked my son's bike better hope I never find out") is threat.
//   A spray-painted "WE KNOW WHERE U LIVE HUGHES" quoted in a notice: threat over the clause, the
//   name after it a staff name outside it. A doxxed address inside a threat is pd nested in it.
// - profanity: "pissing it down" (rain) and "sh1tshow" count; "piss-up" inside an insult is profanity
//   nested in the bullying span. "tits" about a woman in a photo is profanity nested in the sexual
//   span. "bald" and "witch" are not profanity. A zero-width character inside a swear word (written \u200b) still counts.
// - sexual: a sexual spam post is sexual over the whole with the OnlyFans link commercial (set 3).
// - personal_data: a parent's own child's birth date in a personal post, and a child's birth date in an
//   official post, are labelled over the date alone ("born" outside). A business mobile number inside a
//   commercial offer is pd nested in the commercial span.
// - Names: Tom Fletcher the children's author (The Christmasaurus) and Rose Hill in Oxford are marked
//   [[not:]]; "Jack of all trades", "say grace", Marsh Lane, frost, "will", "may", "hope", "summer" are
//   ordinary words. A pupil's given name with a family initial ("Harry C", "Muhammad R") is a name.
// - Clean despite rude-looking strings: Twatt (Orkney), Crapstone (Devon), Bell End (Worcestershire), a
//   cocker spaniel, Plop the owl, Guy Fawkes as "hero or terrorist" in a debate, Anne Boleyn beheaded,
//   a penalty shoot-out, the Blitz, "assassins" as a playground tag game.

export type Source = string | { text: string; images: string[][] };

export const OFFICIAL: Source[] = [
  "Congratulations to [[pn:Grace Okafor]] and [[pn:Will Thompson]], who represented Oakfield at the South Gloucestershire spelling bee on Thursday and came home with the runner-up shield!",
  "Sports Day reminder: the shot put, sack race and egg-and-spoon will be on the top field from 1:30pm. Please bring sun cream and a hat. If it's pouring we'll move everything to Friday.",
  "Year 5 have been learning about the Blitz this half term. They were shocked to find out how many bombs fell on Bristol in 1940 and 1941, and wrote moving diary entries as evacuees.",
  "We are aware of a comment on a local Facebook group saying that our teachers '[[th:want lining up against a wall and shooting]]'. The comment has been passed to the police.",
  "Our safeguarding lead, Mrs [[sn:Marsh]], is aware that messages saying '[[th:[[bu:nobody would miss you, go and hang yourself]]]]' have been sent to children at several local schools through a gaming app. Please check your child's devices.",
  "Please do not park on the zig-zags outside the main gate. Last week a car mounted the kerb and narrowly missed a child. Somebody will get badly hurt.",
  "This week in Reception we have been practising our knife and fork skills at lunch. Cutting up sausages is harder than it looks! Thank you to our lunchtime team.",
  { text: "Look at our wonderful Year 4 scientists testing which materials are waterproof! [[pn:Ivy]] and [[pn:Noah]] designed a brilliant umbrella for Teddy.", images: [["Ivy Green", "Noah Patel"]] },
  "We're sorry to share that [[cs:[[pn:Jack Wilson]] in Year 3 will be off school for several weeks after an operation on his hip]]. His class have made him a giant get-well card.",
  "Following an incident at pick-up on Tuesday, when a parent told a member of staff '[[th:I'll be waiting for you at the gate and you'll regret it]]', we have reported the matter to the police. Abuse of our staff will not be tolerated.",
  "Year 3's Viking topic continues: the children learned how the raiders attacked Lindisfarne in 793 and made their own (cardboard!) battle-axes and shields.",
  "Dear families, some pupils have been heard using the word '[[ht:retard]]' in the playground. We have spoken to every class about why this word hurts and why we never use it.",
  "Anti-Bullying Week starts on Monday. This year's theme is 'Choose Respect'. Odd socks day is Tuesday - the odder the better!",
  "[[cs:One of our Year 2 boys has a severe nut allergy]], so please do not send nuts, peanut butter or chocolate spread in packed lunches to his class.",
  "Frost on the field this morning, so playtime was on the playground only. Will it be the same tomorrow? Keep an eye on the website for updates.",
  "The PTA Christmas Fair raised £1,342! Tombola tickets were £1 and the chocolate raffle was 50p a strip. Thank you to everyone who came along.",
  "A supporter of a visiting football team shouted '[[ht:go back to your own country]]' at our players on Saturday. The match was stopped and the league has been informed. We are proud of how our team responded.",
  "We have received reports of a man in a grey van approaching children on Gloucester Road. Please remind your children never to get into a stranger's car and always to tell a trusted adult.",
  "Reminder: school photos are on Wednesday. Please make sure hair is brushed and jumpers are on!",
  "[[cs:[[pn:Hattie Campbell]]'s family are moving to Cardiff at half term, so Friday will be her last day with us]]. We will miss her very much.",
  "Staff received an email this week which said '[[th:I know which car is yours and where you park it]]'. We have shared it with Avon and Somerset Police.",
  "Bonfire Night safety: the Gunpowder Plot was foiled on 5 November 1605, but fireworks still need to be handled by adults only! Keep your pets indoors.",
  "An anonymous message left on our answerphone said the caller would '[[th:burn the place to the ground with the teachers inside]]'. The police are investigating and the building is safe to open as normal.",
  "In RE this term Year 4 are learning about Diwali, Hanukkah and Eid, and why prejudice against any faith is wrong. We'd love parents to come in and talk about their celebrations.",
  { text: "Our Reception children loved their trip to the farm! [[pn:Dylan]] was brave enough to hold a chick.", images: [["Dylan Lawson", "Isla Murray"]] },
  "Please keep an eye out for the annual parent survey. You can also reach the office on 0117 496 0123 or office@oakfield.sch.uk.",
  "We are aware that a pupil was called a '[[bu:[[ht:p\u0430ki]]]]' on the walk home on Thursday. [[cs:The boy responsible, a Year 5 pupil, has been excluded for two days]].",
  "Mrs [[sn:Frost]] is retiring after 27 years at Oakfield. Come and raise a glass (of squash!) with us on Friday at 3pm.",
  "A parent has shown us a message threatening to '[[th:stab any kid that grasses]]'. If your child has been sent anything similar, please screenshot it and speak to Mrs [[sn:Marsh]].",
  "[[cs:[[pn:Summer]] in Year 1 is staying with her grandparents while her mum is in hospital]], so Nan will be collecting her this week.",
  "Year 6 had a fantastic time on the Isle of Wight. The killer question at quiz night was 'How many Needles are there?' and nobody got it!",
  "Forest School update: the children built a den from willow and hazel, spotted a kingfisher and learned how to use a fire steel safely.",
  "We will be closed on Monday 6 May for the bank holiday. May we wish everyone a lovely long weekend.",
  "Overnight someone spray-painted '[[th:WE KNOW WHERE U LIVE]] [[sn:HUGHES]]' across the back of the hall. It has been painted over and the police have the CCTV.",
  "Next week's menu: Monday fish fingers, Tuesday roast chicken, Wednesday jacket potatoes, Thursday toad-in-the-hole, Friday pizza.",
  "[[cs:[[pn:Kai Nguyen]] in Year 4 has been having a tough time since his dad moved out]], so please be extra kind to him this week.",
  { text: "Our Year 2 poets read their work aloud in assembly today. Well done everyone!", images: [["Imogen Zielinski", "May Chen"]] },
  "Mr [[sn:Fletcher]] reminds Year 5 that their Tudor homework is due on Friday: a fact file on Henry VIII and the two wives he had beheaded.",
  "We are aware of a video circulating that shows an adult at our gates shouting '[[pr:f***ing]] teachers, [[th:I'll put every window in this [[pr:sh*thole]] through]]'. We have passed it to the police.",
  "Dinner money for next half term is £2.60 a day, payable through ParentPay as usual.",
  "Year 6 are studying the Holocaust through the diary of Anne Frank. We have written to families with details of the resources, and staff will support any child who finds the topic upsetting.",
  "Sadly some of the comments on our last post crossed a line. Calling a member of staff names or wishing harm on anyone breaks our social media policy, and those comments have been removed.",
  "Parents' evening appointments can now be booked online. If you cannot make your slot, ring the office on 0117 496 0123.",
  "Our Year 3 footballers won the penalty shoot-out against Castle School on Saturday. Nerves of steel!",
  "Found: a purple scooter by the bike shed. It belongs to a family in Year 2, so if it's yours please ring Mrs Hall on [[pd:07700 900555]].",
  "Happy birthday to [[pn:Arlo Fisher]], who turns 6 today, born [[pd:5 March 2019]]! The whole of Year 1 sang to him in assembly.",
  "[[cs:[[pn:Bobby]] in Year 1 was told at the weekend that his grandad has died]], so he may be a little quiet in class.",
  "If you have any questions about the Year 4 residential, Mrs [[sn:Reid]] is happy to be emailed on her own address, [[pd:hollyreid77@yahoo.co.uk]].",
];

export const COMMENTS: Source[] = [
  "[[bu:Mr [[sn:Lloyd]] is a useless [[pr:twat]] who couldn't teach a dog to sit]]",
  "[[th:Touch my daughter again and I will break your [[pr:fucking]] jaw]], I mean it",
  "Lovely to see the kids so happy! 😍",
  "[[bu:that [[ht:paki]] kid in year 5 stinks]]",
  "Which day is the cake sale? Want to make sure I send money in.",
  "[[th:[[pn:Theo]]'s dad wants to watch himself at pick up, I'll flatten him]]",
  "so proud of the netball girls!! killed it 🔥🔥",
  "[[ht:Gyppos]] on the field behind the school again, lock up your bikes",
  "[[ht:Travellers are all thieves and shouldn't be allowed in our schools]]",
  "[[th:[[bu:kys]]]] [[pn:freya]]",
  "Does anyone know if after school club runs on inset days?",
  "[[pr:Bollocks]] to this, the car park is a joke",
  "[[sx:The new PE teacher can spot me on the wall bars any time 😏]]",
  "[[th:I swear down if anyone lays a finger on my boy again I'm coming up that school with a bat]]",
  "I'll be there with bells on! 🔔",
  "Who's running the bake off? Put me down for a Victoria sponge.",
  "[[th:Hope that teacher crashes her car on the way in]]",
  "[[ht:Gays shouldn't be allowed anywhere near primary kids]]",
  "[[bu:Look at the state of [[pn:Ivy]]'s mum, [[pr:shit]] teeth and [[pr:shit]] parenting]]",
  "Brilliant assembly, my son hasn't stopped singing since",
  "[[th:[[bu:do the world a favour and drink bleach]]]]",
  "[[sx:Mrs [[sn:Sandhu]] is proper fit, she can give me detention any day]]",
  "[[pr:Fcuk]] me it's cold on that playground this morning",
  "My kids got a gold star for reading! So chuffed.",
  "[[th:If the head won't deal with that little thug I'll deal with him myself and he won't be walking straight after]]",
  "[[bu:[[pn:Harry C]] is a weirdo and no one in Year 2 will play with him]]",
  "heard the older boys calling each other [[ht:n!gga]] on the bus, where do they learn it",
  "Great result, the under 10s smashed Alveston 4-1!",
  "[[th:whoever nicked my son's bike from the racks better hope I never find out who they are]]",
  "[[bu:[[ht:Retard]] alert]] 🚨 read the letter before commenting",
  "Lovely photos, thank you for sharing x",
  "[[sx:send nudes]] 😂😂",
  "[[bu:[[pn:Zoe]]'s got nits again, keep your kids away from that dirty family]]",
  "Where can I buy the new school jumpers? The website link doesn't work.",
  "[[cm:Selling brand new Oakfield uniform, age 7-8, £5 an item, DM me]]",
  "[[cm:Need a cleaner? Sparkle & Shine, 10% off for Oakfield families, call [[pd:07700 900461]]]]",
  "[[th:Next time he opens his gob at my kid I'll shut it for him permanently]]",
  "[[bu:That receptionist is a stuck-up [[pr:bitch]]]]",
  "Can't wait for the summer fair! Will there be a bouncy castle?",
  "[[bu:The head is a spineless [[pr:wanker]]]]",
  "[[th:someone should torch that school]]",
  "Our Ellie says she's a killer at the 7 times table now 😂",
  "[[ht:Half these families can't even speak English, send them all back]]",
  "[[sx:Who's the MILF in the red coat at drop off 🥵]]",
  "[[th:[[bu:neck yourself]]]] mate, no one asked",
  "Is swimming still on this week? The pool was closed last time.",
  "[[pr:F***]] me, best nativity I've ever seen",
  "[[th:My husband says if that teacher shouts at our son again he'll knock him into next week]]",
  "[[bu:the new male TA is a right [[ht:poofter]]]]",
  "All the children looked so smart in their new uniforms!",
  "[[bu:[[sn:Holly Reid]] couldn't organise a [[pr:piss]]-up in a brewery]]",
  "Does anyone have a spare PE bag? Ours has vanished.",
  "[[ht:ch*nks]] always top of the class, must be cheating",
  "[[th:Keep running your mouth love and see what happens]]",
  "Brilliant idea to do a book swap, count me in",
  "[[sx:Bet the PTA chair is a right goer in the sack]]",
  "[[cm:💰 Earn £500 a week from home! Join my team, link in bio 💰]]",
  "[[th:if my kid comes home with another bruise i'm bringing a blade to the gates]]",
  "Good luck to the Year 6s in their SATs next week!",
  "[[bu:[[pn:Jayden]]'s a thick little [[pr:shit]] and everyone knows it]]",
  "Sorry to hear about the broken window, hope they catch whoever did it",
  "[[ht:Letting boys in dresses use the girls' toilets is disgusting, they're all perverts]]",
  "[[pr:Bastard]] parking on Oakfield Road again, someone's blocked my drive",
  "[[th:Hope the [[pr:c*nt]] who reported my car gets their tyres slashed]]",
  "What time does the disco finish? Need to sort a lift.",
  "[[ht:Jews control the council, that's why we never get a new building]]",
  "My lad says the Year 6 'assassins' game at lunch is just tag with extra steps 😂",
  "[[sx:[[pn:Sienna]]'s mum posting bikini pics again, she can sit on my face]]",
  "Cheers for sorting the gate code so quickly",
  "[[th:I'll wrap that lollipop stick round his head]]",
  "[[bu:[[pn:Mason]] smells like wee and his mum doesn't wash him]]",
  "Please can we have more notice for non-uniform days? Not all of us can afford last-minute costumes.",
  "[[ht:[[bu:go back to Africa]]]] [[pn:Grace]]",
  "[[bu:[[ht:[[pn:Muhammad R]] will blow the school up one day, it's in his blood]]]]",
  "only a [[ht:sp4stic]] would send their kid to this school",
  "[[bu:[[pn:Jude]] skips like a right [[ht:b3nder]]]]",
  "[[ht:Disabled kids shouldn't be in mainstream schools, they drag everyone else down]]",
  "[[bu:the [[ht:half-caste]] girl in year 4 needs to stop showing off]]",
  "[[th:bring ur mates, I'll still batter the lot of u]]",
  "[[th:I'll throttle the next person who leaves their dog's mess by the gate]]",
  "[[th:She lives at [[pd:42 Morton Way]], I'll be paying her a visit tonight]]",
  "[[sx:Mr [[sn:Walsh]] can teach me a thing or two behind the bike sheds 😉]]",
  "[[sx:nice [[pr:tits]] on the woman in the second photo]]",
  "I'm at [[pd:7 Bath Road, Thornbury BS35 2AB]], happy to store the bouncy castle till the fair",
  "[[pd:jason.pyke@outlook.com]] if anyone wants the PTA minutes",
  "[[cm:Tutor available, £25 an hour, KS2 SATs prep, message me for a free taster]]",
  "That choir performance was so good it should be illegal 😂",
  "My husband's a butcher so happy to donate sausages for the BBQ",
  "Anyone know if the Thornbury Castle trip is on? Heard Henry VIII stayed there with Anne Boleyn.",
  "We stayed near Bell End in Worcestershire last summer, the kids still talk about the sign",
  "The caretaker is a real Jack of all trades! Fixed the sink AND the bike shed roof.",
  "Hope everyone has a lovely half term!",
  "Condemning the racist graffiti on the underpass is the least we can do. Well done for speaking up.",
  "The Black History Month assembly was brilliant, my daughter came home talking about Mary Seacole.",
  "[[pn:Seán]] was so brave in the play!",
  "[[pr:f\u200buck]] this rain, PE kit soaked again",
  "[[bu:[[pn:Willow]]'s mum thinks she's better than everyone, stuck-up [[pr:b@stard]]]]",
  "[[th:[[bu:k i l l y o u r s e l f]]]]",
];

export const PERSONAL: Source[] = [
  "First day back at [[id:Oakfield]] for this one 🎒 Can't believe she's in Year 3 already!",
  "Marking 30 SATs papers on a Sunday, kill me now 😩",
  "[[th:If [[bu:that [[pr:prick]] from the school run]] cuts me up one more time I'll drag him out of his car]]",
  "Proud mum moment: my boy got Star of the Week at #[[id:Oakers]] 🌟",
  "Can't stand the [[ht:pikeys]] who've parked up by the leisure centre again",
  "Anyone else's kid come home from [[id:Oakfield Primary]] with nits again? 🙄",
  "Just watched the Year 6 leavers' video and I'm in bits 😭 Good luck at big school everyone",
  "[[bu:That woman who runs the PTA is a two-faced [[pr:bitch]]]] and everyone knows it",
  "Went to Twatt on Orkney on holiday, the kids thought the sign was hilarious",
  "[[th:Swear to god if my son gets detention once more for nothing I'll go in and rip that teacher's head off]]",
  "[[ht:Immigrants get everything handed to them while our kids get nothing]]",
  "Had a parent tell me I was '[[bu:a [[pr:shit]] teacher and a worse human being]]' at the gate today. Teaching is hard sometimes.",
  "My daughter was born on [[pd:12 March 2016]] and today she got her first swimming badge!",
  "Come and see us at the Christmas market! [[cm:Handmade candles £6 each or 2 for £10, or use code SPRING15 at www.glowandco.co.uk]]",
  "Lovely walk up Marsh Lane with the dog this morning, frost on every blade of grass",
  "Stopped in Crapstone on the way to Plymouth and the kids wouldn't stop giggling",
  "[[th:[[bu:go throw yourself off the Severn Bridge]]]], [[bu:you sad little man]]",
  "[[sx:The new dad at [[id:Oakfield]] is pure sex on legs 🥵 I'd let him do the school run on me]]",
  "[[bu:Our class teacher, Miss [[sn:Baker]], is the laziest woman alive and can barely spell]]",
  "Drop the raffle prizes round to [[pd:23 Castle Street, Thornbury BS35 1HB]] any time this week",
  "Absolute [[pr:sh1tshow]] at the school gates today",
  "[[ht:Islam is a death cult]] and they want us to teach it in RE?",
  "Year 4 did a fab job on their Viking longships. Brutal raiders but amazing boat builders!",
  "[[th:I hope whoever keyed my car gets what's coming to them, and I'll be the one delivering it]]",
  "Thornbury Castle looking stunning in the snow ❄️",
  "[[bu:The lollipop lady on [[id:Oakfield Road]] is a miserable old hag]]",
  "Marking homework: 'Henry VIII killed his wives because they didn't give him a son'. Close enough 😂",
  "Anyone recommend a good plumber in Thornbury? Ours has gone AWOL",
  "[[sx:Send me a pic of what you're wearing tonight 😘]]",
  "The SEN kids should be in a [[ht:mong]] school, not holding ours back",
  "Rest in peace Grandad, you fought in the war so we could be free. Your medals are going into school for Remembrance Day.",
  "[[th:[[id:Oakfield]]'s head had better watch himself walking to his car tonight]]",
  "[[cm:Botox and fillers at home, mates rates for school mums! DM for prices 💉]]",
  "My email's [[pd:jo.barrow82@gmail.com]] if any Year 2 parents want to set up a WhatsApp",
  "[[pr:Arse]]. Forgot it was non-uniform day. Again.",
  "Got called a [[bu:[[ht:Paki]]]] in Tesco car park today in front of my kids. 2024 and still this.",
  "Just saw [[not:Tom Fletcher]]'s new Christmasaurus book in Waterstones, the kids are obsessed",
  "[[th:Gonna stove that dad's head in if he parks across my drive one more time]]",
  "Two [[ht:dykes]] running the Year 1 class now, what's this school coming to",
  "Proud of my Year 6s, they've worked so hard this year 💙 #[[id:OakfieldFamily]]",
  "[[bu:[[pn:Rhys]] in my son's class is a nasty little [[pr:bastard]]]]",
  "Beautiful sunset over the Severn tonight",
  "[[th:Honestly the teacher who made my daughter cry deserves a smack in the mouth]]",
  "[[sx:Who wants to see my new lingerie haul? Link in bio 😈 [[cm:onlyfans.com/lacyxo]]]]",
  "Happy birthday to my gorgeous boy, 7 today! 🎂",
  "[[ht:The Romanians on the estate are all beggars and pickpockets]]",
  "It's [[pr:pissing]] it down and PE is outdoors, brilliant",
  "[[th:ur dead if I c u at the park tmrw]]",
  "Lovely to meet all the new Reception families today. Here's to a great year at [[id:Oakfield Primary School]]! 🍎",
  "My youngest has been diagnosed with autism today. Feeling a mix of relief and worry. Any advice welcome x",
  "[[sx:Netflix and chill? 😏🍆]]",
  "[[bu:My ex is a lying [[pr:dickhead]]]] and I hope the whole of Thornbury knows it",
  "Them [[ht:Polacks]] next door are at it again with the music",
  "Call me on [[pd:07700 900214]] if you find a blue lunchbox, left it near the park",
  "[[th:[[bu:k1ll urs3lf]]]] [[pn:Lottie]]",
  "[[ht:Not being funny but black families bring the area down]]",
  "Having a [[ht:chinky]] tonight, can't be bothered to cook",
  "Pride month at a primary school? Keep your [[ht:tranny]] agenda away from my kids",
  "Birthday girl is 8 today! Born [[pd:14/07/2017]] on the hottest day of the year and she's been our ray of sunshine ever since ☀️",
  "New address for Christmas cards: [[pd:Flat 3, 18 High Street, Thornbury BS35 2AQ]]",
  "[[cm:Last few Christmas hampers left, £35 each, order at www.thornburyhampers.co.uk]]",
  "[[sx:Horny and bored, hmu]]",
  "Took the kids to see Mary Poppins. A spoonful of sugar and a litre of Calpol.",
  "Year 5 debate today: should Guy Fawkes be remembered as a hero or a terrorist? Some brilliant arguments.",
  "I'm going to murder this lasagne, been starving all day",
  "Our cocker spaniel ate a whole pack of crayons. Rainbow poo incoming 🌈",
  "Reading 'The Owl Who Was Afraid of the Dark' with Year 1. Plop is everyone's favourite.",
  "Drove through [[not:Rose Hill]] in Oxford on the way to my sister's, lovely little place",
  "We say grace before tea in our house and my 5 year old has started adding 'and thank you for Minecraft'",
];
