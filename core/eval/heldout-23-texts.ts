// The twenty-third held-out set's texts, labelled inline as [[code:span]]; `npx tsx core/eval/heldout-source.ts
// --set 23` builds heldout-23.jsonl from them (ids h23-off-NNN, h23-com-NNN, h23-per-NNN). Score it with:
//   npm run -s eval:checker -- --corpus core/eval/heldout-23.jsonl
// Written by someone who read none of the checker: of the repository it read only heldout-source.ts,
// roster.json, core/src/checker/types.ts (the category names) and the header comments (the lines before
// the first `export`) of heldout-texts.ts and heldout-2-texts.ts to heldout-22-texts.ts (plus, by accident,
// the first five header lines of heldout-24-texts.ts and the line numbers of the `export` lines of
// heldout-22-texts.ts, looked at to copy the files' shape; nothing from them was reused). It did not read
// anything else under core/src (lexicons, categories, rules, learned model), any *.test.ts, core/bench/,
// core/cli/, corpus-*.ts, corpus.jsonl, generate-corpus.ts, score.ts, train-model.ts, any *.jsonl other
// than its own, the bodies of the other heldout-*-texts.ts files, or their git history; the checker and the
// eval script were not run on these texts before or after they were labelled.
// The school is the evaluation roster's (roster.json): Oakfield Primary School ("Oakfield", "Oakers"),
// Oakfield Road, Thornbury, Bristol BS35 4HJ, 0117 496 0123, office@oakfield.sch.uk.
//
// Aim: TWINS. Weighted to THREAT, HATE and BULLYING (fifty-odd labels each of threat and hate, forty-odd
// bullying), with names, profanity, personal data and school identification where they fall naturally,
// and a few child-specific and photo-consent labels. Nearly every harmful text has a clean twin beside it
// that shares its surface words but is harmless: a threat and the same sentence about a careers talk, a
// nativity, a Pilates class, a sandpit cat, a bin lorry, a shotgun licence used for clay shooting, the
// Severn Way, Parkway's fast trains, a Waitrose sighting, a Calpol scare; a hateful generalisation and a
// respectful sentence about the same community (Jewish latkes and dreidel, Garrett Morgan's traffic
// light, a Romanian-speaking TA, a bee swarm, two dads in a families lesson, Polish builders, a Chinese
// stall, an Islamic centre's carved door, a mosque visit, Irish Travellers at a horse fair, a grandson who
// is mixed race, a teacher who married her wife); a slur and the innocent word that contains or resembles
// it (sambo the martial art, Paddy the lollipop man, Bounty bars, Midget Gems, golly, spastic diplegia as a
// diagnosis, Yiddish, the Sugar Plum Fairy); a coded sign and its innocent twin (88 pounds raised, 100
// Skittles, a fourteen-word story, grey joggers, Enoch Powell's speech studied as history). Kinds: official
// posts (safeguarding and abuse-of-staff notices that quote the abuse the school received, and notices that
// only describe it), comments, and staff members', parents', grandparents' and teenagers' own posts.
// Voices: angry parents, teenagers and gamers (sparked, ratio + L, log off permanently, bodied, washed, w4tch
// ur c4r 🔑), grandparents, trolls, staff venting, writers whose first language is Polish, Romanian or Urdu,
// and Scottish (janny, wean, wallies), Yorkshire (skrike, tha knows), Welsh (twp, mun), Irish (gobshite),
// West Country (off I, gert), MLE (chest opened, fr) voices. About two fifths of the
// texts are clean, most of them the twins.
//
// Codes: pn pupil_name, sn staff_name, pd personal_data, pr profanity, sx sexual, ht hate, th threat,
// bu bullying, cm commercial, id school_identification, cs child_specific, not = a roster full name used
// as ordinary words. photo_consent is never written: the builder adds it over the whole text when an
// image tags a pupil whose photoConsent is false. Images are attached to official posts only.
//
// Labelling decisions: heldout-source.ts's header and the set 2 to 22 headers hold; beyond them:
// - threat, stalking-flavoured: a sentence that lists someone's car, street, leaving time and shop, or their
//   child's clothes seen in a supermarket, followed by a remark whose only reading is menace ("Lot of dark
//   between the Co-op and your front door", "He's getting big. Tell her I said hello." after a grievance),
//   is one threat span over the routine and the remark (set 21); the grievance sentence before it ("Miss
//   Reid wrote my daughter up as 'disruptive'") stays outside, the name labelled there. A quoted message
//   naming a teacher's child's swimming day is threat over the quotation. The same routines told kindly
//   are clean.
// - threat, relayed menace with no violent word: "My sister's fella did eighteen months for less ... Just
//   letting you know he knows", "They go home at five. I don't." after a named DSL, "Maybe she could pass a
//   message on for us" after the head's wife's Pilates time, "My lad's got a shotgun licence and a very short
//   fuse. Worth bearing in mind" (the vocative Mr Hughes outside) and "Might want to get the sniffer dogs
//   round the hall before the carol concert" (a hoax, "Just a thought." outside) are threat.
// - threat, joking in staff posts: "I will find you, and I will put you in the microwave" and "enjoy your
//   last few days on this earth" are threat (the words are there, sets 6 and 14); "I will find you, and I
//   will hug you", "my last few days of sleep on this earth" and "I could strangle this printer" are clean.
// - threat vs challenge: a dangerous "challenge" quoted in a safeguarding notice ("hold your breath till you
//   pass out and see who wakes up last") is self-harm incitement with no target: threat only (set 9).
// - threat and hate: "Two blokes holding hands at the school gate ... Next time they'll both get a slap"
//   (violence for who they love) and the Islamic centre's door "Be a shame if someone found out how well it
//   burns" are threat and hate over the same span, both sentences (sets 10, 14). "Put one more rainbow on
//   that fence and the fence comes down, and whoever's stood next to it" is threat only (it names no group).
// - hate, coded: "Demographics is destiny", "The Tiber's foaming" (Powell's Rivers of Blood speech),
//   "Rivers of blood, he said. Nobody listened." under a Refugee Week post, "Who decides that, I wonder"
//   under a Holocaust post, "Same names every time" after "who owns the company", "the 'religion of peace'
//   bit", "Did nobody learn anything from Rotherham?" under a mosque-visit post are hate over the statement,
//   with a neutral set-up sentence inside the span where the remark is hostile only through it (set 14).
//   "Coincidence, I'm sure." and "full stop" after a hate statement stay outside (set 14's framing).
// - hate, words new here: "mumpers" (an old Southern slur for Travellers), "gippos", "mongo",
//   "crip", "shemale", "fudge p*cker", "carpet muncher", "fairy" at one boy, "Bounty bar" at a Black
//   teacher, "g0lly", "Rapefugees", "pisslam" (hate, with profanity over the same
//   fused word, set 15), "midget" at one TA, "Paddy" in "Typical Paddy" at one parent, "sambo" at one child,
//   "f*ggy" of a football kit. "half-caste", written fondly by a grandmother of a child in a photo, is hate
//   on the word only: she insults no one, so no bullying (like set 10's takeaway slur).
// - hate and bullying at one person, quoted: '"pliz miss, vere is ze homevork"' and "learn English before
//   you start complaining" at one parent are two hate-and-bullying spans, the 😂 between them outside; a
//   racist remark quoted in a notice as said to one supervisor, one pupil or one teacher, and a slur printed
//   in a parent's or teacher's own post as said to them or their child, are hate and bullying (sets 7, 8).
// - bullying: every span has one target; "Finley's dad is all neck tattoo and no brain cell" and "no
//   wonder the kid bites" are two spans (father, then son). A staff member's nickname for a parent ("Mrs
//   Blazer-and-Pearls") is bullying, and her sneer at the son beside it is a second span. Game trash talk
//   aimed at one player ("imagine getting bodied by a year 4", "ur so washed") is bullying; "uninstall"
//   (the game) is clean, while "log off permanently" is self-harm incitement (threat and bullying).
// - Names: "Lily Ebert" (the Auschwitz survivor), "Garrett Morgan" (the inventor), Paddy the lollipop man,
//   Mrs Lee, Doamna Ionescu, the Goldberg family, Tomasz, Jonah, Reggie, Poppy, Sharon, Jade,
//   Agata and Mr Lynch are on no roster; "our Jack", "kai", "aisha", "oscar" (possessive without
//   the apostrophe, set 13) and "Lottie" name pupils; "Kieran" in a staff post is a colleague (set 3);
//   "Mrs Ingram", "Mrs Talbot", "Mrs Oduya" and "Mr Cartwright" are staff (shared surnames after a title).
import type { Source } from './heldout-texts.js';

export const OFFICIAL: Source[] = [
  "Message from Mr [[sn:Hughes]]: over the weekend the words '[[th:TICK TOCK [[sn:HUGHES]]]]' were sprayed across the doors of the Year 5 block, beside a drawing of a coffin. The police have the CCTV and a crime number. School is open as normal on Monday and we will not be intimidated.",
  "Tick tock! Only ten days left to send in your World Book Day costume photos. The winners will go up on the Year 5 block doors – last year's Gruffalo still gives the caretaker nightmares.",
  "Online safety update. Several Year 6 parents have shown us messages sent in a group chat over half-term, including '[[th:[[bu:nobody would cry at your funeral so why not have it early]]]]', sent to one of our pupils. We have spoken to every child involved and to their families. Please check which apps your children are using after bedtime.",
  "Year 6 visited Arnos Vale Cemetery on Thursday as part of their Victorians topic, learning how a Victorian family planned a funeral: the black-plumed horses, the mourning jewellery and the strange fashion for photographs of the dead. Thank you to the guides, who coped brilliantly with some very direct questions.",
  "We are sorry to report that a leaflet headed '[[ht:THEY ARE NOT REFUGEES. THEY ARE AN ARMY AND YOUR DAUGHTERS ARE NEXT]]' was pushed through the school letterbox on Tuesday. It has been passed to the police. Every family is welcome at Oakfield, whoever they are and wherever they have come from.",
  "Refugee Week: Year 4 have been reading The Boy at the Back of the Class and writing letters of welcome. Three of our families shared their own journeys – from Syria, Ukraine and Sudan – and we are so grateful for their courage in telling them.",
  "We need to tell you about an incident at pick-up on Monday, when a parent shouted 'keep [[bu:that [[ht:fudge p*cker]]]] away from my kids' at a member of our staff. It has been reported to the police as a hate incident and the parent has been banned from the site.",
  "Pride Month assembly: our librarian read The Family Book by Todd Parr, and the children talked about all the different families in our school – two mums, two dads, grandparents, foster carers, one parent or lots. The Year 2 rainbow bunting is up in the hall.",
  "June is Gypsy, Roma and Traveller History Month. Year 3 built model vardos (painted wagons) and heard from Mrs Lee, whose family have worked the West Country horse fairs for five generations. Thank you, Mrs Lee, for the photographs and the horse brasses!",
  "Abuse of staff. This term our office team has taken calls ending with '[[th:you want to look after that pretty face of yours]]' and '[[th:I know which bus stop you wait at]]'. Calls to the office are recorded, and both have gone to the police. Our staff have the right to do their jobs without fear.",
  "Bus news: from Monday the T1 to Bristol stops right outside the school gate at 3.25, so pupils who use it can wait inside the playground until it arrives. The old stop on Castle Street is no longer served. Thank you to the council for listening!",
  "On Wednesday a parent who was asked to move their car off the zigzags [[th:threatened to put a brick through every window in the Reception classroom]]. The police were called. The zigzags are there to keep your children alive; please use the leisure centre car park.",
  "Reception had a brilliant Wednesday building brick towers taller than the classroom windows, in a challenge set by Mrs [[sn:Ingram]]'s Year 1s. The winning tower was 1.4 metres high and fell on nobody.",
  "Dear Year 4 parents, this week a pupil in the class was told by another child that '[[ht:[[bu:your dad's probably got a bomb in the shed, they all have]]]]'. Comments like this are racist and hurtful and we have dealt with this one firmly. Please talk to your children about why.",
  "Science Week in Year 4: bath bombs on Tuesday (fizzy, safe, smell of lavender), and on Friday at 2pm a shed-sized baking-soda volcano on the field. Parents welcome – stand well back!",
  {
    text: "Congratulations to the netball team, who thrashed Castle School 14–2 on Thursday! Player of the match was [[pn:Hope Adeyemi]], with [[pn:Freya Nowak]] unbeatable in defence. Next up: the county semi-final.",
    images: [['Hope Adeyemi', 'Freya Nowak']],
  },
  {
    text: "Year 4's Viking Day: the children raided the hall, took 'prisoners' from Year 3 and set fire to a cardboard longship on the field (under the caretaker's watchful eye). Well done [[pn:Kai]], [[pn:Noah]] and [[pn:Grace]] for the most blood-curdling battle cries.",
    images: [['Kai Nguyen', 'Noah Patel', 'Grace Okafor']],
  },
  "We are disappointed to tell you that '[[ht:ENGLAND FOR THE ENGLISH – NO HIJABS AT OAKFIELD]]' was chalked on the pavement outside the main gate early on Friday. It was washed away before most children arrived. Our Muslim families are part of this school, and always will be.",
  "World Hijab Day: some of our Year 6 girls who wear the hijab spoke to their classes about what it means to them, and one of our mums brought in scarves for anyone who wanted to try one. Thank you for such a thoughtful morning.",
  "A message from Mrs [[sn:Marsh]], our Designated Safeguarding Lead: some children are talking about a video 'challenge' that tells them to [[th:hold your breath till you pass out and see who wakes up last]]. Please talk to your child about it, calmly, and tell us if they mention it.",
  "Online safety evening, Thursday at 6pm in the hall: PC Harding will show parents how to set up parental controls and what to do if a child sees something upsetting online. No need to book; crèche available.",
  "Year 5 re-enacted the Siege of Bristol of 1643 this week. They stormed the walls, Prince Rupert's cavalry (Mr [[sn:Lloyd]] on a hobby horse) put the defenders to the sword, and the city surrendered just in time for lunch.",
  "A reminder about social media. An anonymous account has been posting photos of our pupils taken at the bus stop, with captions such as '[[bu:rate the state of this one, 2/10, smells worse than she looks]]'. It has been reported and we are working with the police. Please do not share or comment on these posts.",
  "Our Holocaust Memorial Day post received comments such as '[[ht:funny how they never run out of money for memorials]]', which we have removed. We will keep teaching this history, and we will keep remembering.",
  "Holocaust Memorial Day: Year 6 watched a recording of Lily Ebert, who survived Auschwitz and, in her nineties, became a TikTok star with her great-grandson's help. The children wrote the questions they would have liked to ask her.",
  "During Saturday's football match a supporter of the visiting team repeatedly called one of our players '[[bu:the [[ht:mongo]] in goal]]'. The referee stopped the game and the league has been informed. We are very proud of how our team carried on.",
  "Inclusive football: our mixed squad, including several children with SEND, played their first league fixture at the leisure centre. Four saves from the keeper, two goals, a draw, and an awful lot of celebrating.",
  "On Friday a parent told one of our teaching assistants that if his son was kept in at break again '[[th:you'll be the one needing the first aider]]'. He has been written to, and any repeat will lead to a ban from the site.",
  "Twelve members of staff completed their paediatric first aid course on Friday, so there is always a trained first aider on the playground at break. Thank you to St John Ambulance for a brilliant day.",
  "Lost property: a pink Barbie lunchbox with a front-door key on a keyring labelled '[[pd:14 Pullin Court]]'. Please collect it from the office, or ring us on 0117 496 0123.",
  "Year 3 have been hunting for funny place names on Ordnance Survey maps. So far: Great Cockup in the Lake District, Wetwang in Yorkshire, Ugley in Essex and Nasty in Hertfordshire. Homework: find one more, with a six-figure grid reference!",
  "Hate Crime Awareness Week: Year 6 talked about why jokes that start 'no offence, but' so often cause the most offence, and wrote a class pledge to call out unkind words even when the person isn't in the room.",
  "Safeguarding: we have had reports of an adult waiting near the Castle Street footpath at home time and asking children about their walk home. The police are aware and will be patrolling. Please remind your children never to go anywhere with an adult they don't know.",
  "Eid Mubarak to all our families celebrating today! [[pn:Muhammad R]] and [[pn:Zara H]] brought in boxes of sweets from their grandma's shop for their classes – thank you!",
  "We have reported several comments on our Gypsy, Roma and Traveller History Month post, including 'the [[ht:mumpers]] are back, [[ht:lock up your lawnmowers]]'. Hate has no place here, and that includes our Facebook page.",
  "Please keep [[pn:Toby G]] in your thoughts this week: [[cs:his dad is in hospital after a car accident, and [[pn:Toby]] will be staying with his nan in Yate for a few weeks]].",
  "Tag rugby: Year 5 were massacred 40–5 by St Mary's on Tuesday, but fought to the final whistle and scored a try that made the other coach applaud. [[pn:Rhys H]] wins our Spirit of the Match award.",
  "One of our teachers has received emails calling them '[[ht:[[bu:a man in a skirt grooming our kids]]]]' and referring to them as '[[ht:[[bu:it]]]]'. We have passed these to the police. We support every member of our staff, fully.",
  "Thank you to Mr [[sn:Walsh]], who wore his kilt for Burns Night and read 'To a Mouse' to the whole of Key Stage 2. Vegetarian haggis is on the lunch menu tomorrow – be brave!",
  "We have been told that older teenagers at the Castle Street bus stop said to some of our Year 6 boys that they would '[[th:catch them lacking on the walk home and take their trainers and their teeth]]'. Staff will be at the stop at home time all week, and the police are aware.",
  "Thank you to everyone who came to the Year 6 leavers' disco! Left behind at the end of the night: one pair of trainers (size 5), a retainer in a blue case and several sets of plastic vampire teeth.",
  "Class 2 news: [[cs:[[pn:Layla T]] will be using a wheelchair for the rest of term after her operation]], so the class is moving down to the ground-floor room from Monday.",
  {
    text: "Lunar New Year in Reception: a dragon dance, red envelopes and a mountain of dumplings. Thank you to [[pn:Lottie]]'s grandad for teaching us to say Chúc Mừng Năm Mới!",
    images: [['Lottie Tran', 'Samuel Yates']],
  },
  "Ramadan begins this week. Children who are fasting may be a little quieter in the afternoons; the prayer room is open at lunch and there is a quiet space for anyone who would like one. Ramadan Mubarak to all our families observing.",
  "Road safety: the council has finally agreed a zebra crossing on Oakfield Road. A parent told us last month that 'someone is going to get killed there' – we agreed, and we are glad the council now does too.",
  "A lunchtime supervisor was told by a parent on Tuesday that '[[ht:[[bu:in your country you'd be grateful to be sweeping floors, not telling English kids what to eat]]]]'. This is racist abuse of a member of our staff and the matter is with the police.",
  "Year 6 have been learning about the suffragettes, who smashed shop windows on Oxford Street, chained themselves to railings and went on hunger strike for the vote. Great debate on Friday: were they right?",
  {
    text: "Sports Day reminder: Year 2 races start at 1.30. Sun cream on before school, please, and a named water bottle. Well done to [[pn:Finley Scott]] and [[pn:Mia Johnson]] for designing this year's medals!",
    images: [['Finley Scott', 'Mia Johnson']],
  },
  "Messages left on the school answerphone over the weekend included: '[[th:tell that head he's got till Friday, then me and the lads come and sort it our way]]'. Thank you for your support; the police are investigating.",
  "Staff news: we say a fond goodbye to Mr [[sn:Cartwright]] after 19 years. He says he will not miss the photocopier, which he has threatened to kill most mornings since 2007.",
];

export const COMMENTS: Source[] = [
  "[[th:Mrs [[sn:Doyle]] has had her last warning off me. Next time it's not an email, it's me and my brother waiting by her little Corsa at half three.]]",
  "Mrs [[sn:Doyle]] has had her last day with Year 3 before her maternity leave 😢 Good luck lovely, we'll miss you! Me and my brother's kids made you a card.",
  "[[th:Saw that supply teacher at the Shell garage this morning. Kept my cool. Won't be so [[pr:bloody]] polite next time my son comes home crying.]]",
  "Saw that supply teacher at the Shell garage this morning buying forty doughnuts for the class. Absolute legend, my son came home buzzing.",
  "[[th:If that lad puts his hands on our [[pn:Jack]] once more I'll take my walking stick to him, 78 or not.]]",
  "Our [[pn:Jack]] borrowed my walking stick for his shepherd's crook in the Nativity. 78 and still the proudest grandad in that hall.",
  "[[th:If that dinner lady grabs our Poppy's arm like that again I'll give her summat to skrike about]], tha knows.",
  "Our music teacher gave them summat to sing about at the school Eisteddfod, tidy performance by the whole choir mun!",
  "[[th:If that coach benches my boy one more Saturday, he'll be getting benched himself. Face first.]]",
  "Benched for the first half, came on and scored twice in the second. That's my boy! Thanks to the coach for giving him the chance.",
  "This lady in office is very rude to me. [[th:Next time she speak to me like this I will break her glasses on her face, I promise you.]]",
  "The lady in office is very kind, she help me to find my son's glasses in lost property. Thank you so much!",
  "[[th:My sister's fella did eighteen months for less than what that dinner lady did to my son. Just letting you know he knows.]]",
  "My sister's fella did eighteen months in Qatar building stadiums – he's doing a careers talk for Year 5 on Friday if anyone's kids want to ask him about cranes!",
  "Whose cat keeps using the Reception sandpit as a toilet? [[th:Next time I catch it, it's going in the wheelie bin, lid down.]]",
  "Someone's ginger cat sleeps in the Reception sandpit every morning 😂 the kids have named him Biscuit and want him in the class photo.",
  "[[th:The black Audi that parks across the disabled bay every morning – paint scratches very easily]], just so the owner knows.",
  "Whose is the black Audi in the disabled bay? Your lights are on and the battery will be flat by home time!",
  "[[th:Might want to get the sniffer dogs round the hall before the carol concert.]] Just a thought.",
  "Might want to get the heaters on in the hall before the carol concert, we were frozen last year. Just a thought!",
  "[[th:The head's wife does Pilates at the leisure centre, Tuesdays, 7pm. Maybe she could pass a message on for us.]]",
  "The head's wife runs the Tuesday 7pm Pilates class at the leisure centre – lovely teacher, my back's never been better!",
  "[[th:My lad's got a shotgun licence and a very short fuse. Worth bearing in mind]], Mr [[sn:Hughes]].",
  "My lad's got a shotgun licence and goes clay shooting at Tockington most weekends – he'd be happy to do a countryside safety talk for the school's careers week.",
  "[[th:Someone ought to introduce that lollipop man to the front of a bin lorry.]]",
  "The lollipop man introduced Reception to the bin lorry driver this morning and they got to press the button that tips the bins. Best day ever, apparently.",
  "[[th:Mrs [[sn:Marsh]] thinks a phone call to social services keeps her safe. They go home at five. I don't.]]",
  "Mrs [[sn:Marsh]] helped us get a social worker when my husband left, and she's the reason my kids had a Christmas that year. Some people on here have no idea what she does.",
  "[[th:Tell yon janny if he lays a finger on ma wean again he'll be needin a new set o wallies]]",
  "Tell yon janny he's a star, he fixed ma wean's scooter in five minutes flat",
  "Sharon [[th:[[bu:if you hate this school that much the Severn's right there, walk in and keep going]]]]",
  "If you've never done it, walk the Severn Way from Aust to Oldbury – keep going past the old power station, it's gorgeous at sunset.",
  "[[th:[[bu:have you tried not existing? might suit you better than commenting]]]]",
  "Have you tried not stressing about the SATs? Honestly, my eldest did them in 2019 and nobody has asked her about them since.",
  "[[th:[[bu:the ginger one at the back should do everyone a favour and go and play on the railway line]]]]",
  "The ginger one at the back is my nephew Reggie, he's mad about trains – he'll be running the railway quiz at the Year 2 fair!",
  "[[th:[[bu:eat the whole blister pack, they're basically tic tacs]]]] 😂",
  "Anyone else's kid think Calpol is basically sweets? Mine drank half a bottle when my back was turned – all fine, but keep it up high, folks.",
  "[[th:[[bu:step off the platform at Parkway when the fast one comes through, do us all a favour]]]]",
  "Tip for the Year 5 London trip: at Parkway the fast trains come through platform 3 without stopping, so keep the kids well back behind the yellow line.",
  "[[th:You park the blue Fiesta on Castle Street, leave at twenty to five and stop at the Co-op for milk. Lot of dark between the Co-op and your front door this time of year]], Miss.",
  "Miss, you've left the blue Fiesta's lights on on Castle Street again! Popped a note under the wiper. See you at the Co-op 😂",
  "Miss [[sn:Reid]] wrote my daughter up as 'disruptive' in front of the whole class. [[th:Funny, I saw her in Waitrose on Saturday with her little boy. Red coat, blue wellies. He's getting big. Tell her I said hello.]]",
  "Saw Miss [[sn:Reid]] in Waitrose on Saturday with her little boy – he's getting so big! Tell her I said hello and thanks for everything she did for our Poppy.",
  "[[th:For anyone who wants a word with that TA, she's moved to [[pd:9 Hempton Lane]]. Front door's mostly glass.]]",
  "Wallahi [[th:if any boy again pull my daughter hijab I will break his hand, no police no nothing]]",
  "My daughter start wearing hijab this year and everyone in her class is so kind, nobody pull it or make jokes. Thank you to the teachers",
  "[[th:[[ht:Two blokes holding hands at the school gate this morning in front of my kids. Next time they'll both get a slap.]]]]",
  "Two grandads holding hands at the school gate in matching Christmas jumpers this morning – made my whole day.",
  "[[th:[[ht:That new Islamic centre on Gloucester Road has a lovely old wooden door. Be a shame if someone found out how well it burns.]]]]",
  "The new Islamic centre on Gloucester Road has a beautiful old wooden door – they've invited Year 4 to come and see the calligraphy carved into it. Lovely people.",
  "My son says a girl in his class has told him [[th:she's bringing her dad's Stanley knife in on Friday to sort his face out]]. What is the school going to do about it??",
  "Year 6 are using craft knives in DT on Friday to carve soap sculptures. My son has promised to come home with the same number of fingers he left with.",
  "[[th:Put one more rainbow on that fence and the fence comes down, and whoever's stood next to it]]",
  "One more rainbow on that fence and we'll have the whole spectrum! Year 2's ribbon weaving looks gorgeous from the road.",
  "[[th:man like that PE teacher gets his chest opened if he touches my little cousin again]] fr",
  "[[th:If that dad in the Range Rover clips my boy's bike again he'll get a proper clump round the earhole off I]]",
  "Proper clump of snowdrops come up by the school gate this week, gert lush. Spring's on the way!",
  "[[ht:More of these posts every year and fewer English kids in the photos. Demographics is destiny, look it up.]]",
  "[[ht:Strange how one group's history gets a whole day every year. Who decides that, I wonder]] 🤔",
  "[[ht:Course the Goldberg dad got the trip price knocked down. They can't help themselves where money's concerned.]]",
  "The Goldberg family brought in latkes and doughnuts for Hanukkah and taught Year 2 to play dreidel – the kids won chocolate coins and put every one in the hospice collection.",
  "[[ht:Black History Month again. Name one thing they've invented apart from knife crime.]]",
  "Black History Month: my daughter came home knowing all about Garrett Morgan, who invented an early traffic signal. I had no idea!",
  "[[ht:Three new Romanian kids in Year 4 and suddenly the phones go missing from the cloakroom.]] Coincidence, I'm sure.",
  "Romanian parents – the school has a Romanian-speaking TA on Tuesdays if you need help with any forms. Doamna Ionescu is lovely.",
  "[[ht:That asylum hotel at Aztec West is a hive. They swarm the big Tesco at night like they own the place.]]",
  "The bees from the Year 4 hive swarmed on Tuesday and settled on a trolley bay in the big Tesco car park! The beekeeper collected them in a cardboard box.",
  "[[ht:Teaching five year olds about two dads is how you end up with more of them.]]",
  "My five year old came home from the families lesson and told me 'Jonah has two dads and I've got one nan, and that's a family too.' Spot on.",
  "Swimming lessons moved to Thursdays, apparently because some [[ht:shemale]] was using the family changing rooms. Brilliant.",
  "[[ht:My boy's class has got three of the special ones in it now, no wonder he's learning nothing.]]",
  "My boy's class has three TAs now and a sensory corner, and he's learning loads. Whatever the school is doing, keep it up.",
  "Him in the Celtic shirt? [[bu:Typical [[ht:Paddy]], half cut at pick-up on a Tuesday]]",
  "Paddy the lollipop man retires on Friday after 22 years. Typical Paddy, he says he wants no fuss, so let's all bring a card anyway!",
  "[[ht:Polish builders all over the estate and not one of them pays a penny in tax.]]",
  "Polish builders did our extension and then paid for the Year 3 football kits. Dziękuję, Tomasz!",
  "Steer clear of the Chinese stall at the Christmas fair, [[ht:god knows what's in them dumplings 🐕]]",
  "The Chinese stall at the Christmas fair sold out of dumplings in twenty minutes – please bring double next year!",
  "[[ht:Diwali posts, Eid posts, next it'll be statues of Kali in the hall. England's turning into a colony in reverse.]]",
  "Diwali posts, Eid posts, Christmas posts, Hanukkah posts – love that this school celebrates everyone. My kids know more about festivals than I ever did.",
  "Lovely. [[ht:Make sure they teach them the 'religion of peace' bit properly]] 🙄",
  "[[ht:Mosque visit for the Year 5 girls. Did nobody learn anything from Rotherham?]]",
  "Mosque visit for Year 5 was brilliant – the imam answered every single question and the girls loved the calligraphy workshop.",
  "[[bu:that little [[ht:sambo]] in Year 2 shouldn't even be in the team photo]]",
  "My son's started sambo at the leisure centre – it's a Russian martial art, a bit like judo. He's already thrown his dad twice.",
  "Lovely photo of the [[ht:half-caste]] lad with the curls, reminds me of my grandson at that age. Nanna Jean x",
  "My grandson is mixed race and came home from the Windrush assembly so proud, he wants to be a bus driver like his great-grandad. Nanna Jean x",
  "[[bu:Mrs [[sn:Oduya]] is a proper [[ht:Bounty bar]], she'd rather be one of us than one of them]]",
  "Who takes the Bounty bars out of the Celebrations tin? Asking for Mrs [[sn:Oduya]], who has been left with nine of them after the staff quiz.",
  "[[bu:the [[ht:midget]] TA in year 1 needs a step ladder to reach the whiteboard]] 😂",
  "Midget Gems in the party bags! My whole childhood in one packet.",
  "My son has spastic diplegia, a form of cerebral palsy, and the school built him a ramp up to the stage for the Nativity. Thank you so much.",
  "[[bu:that kid with the leg braces walks like a [[ht:crip]] in a zombie film]]",
  "My nan's Yiddish is the best – she called the Year 6 play 'a real mensch of a show' and kvelled all the way home.",
  "[[ht:Rapefugees]] in the hotel up the road, and the school wants our daughters writing them welcome letters?",
  "Agata [[ht:[[bu:'pliz miss, vere is ze homevork']]]] 😂 [[ht:[[bu:learn English before you start complaining]]]]",
  "The [[ht:gippos]] have parked up by the rugby club again, [[ht:count your kids' bikes tonight]]",
  "Irish Travellers parked up by the rugby club again for the horse fair – my girls are mad on the piebald foals.",
  "[[bu:new TA looks like a [[ht:g0lly]]]]",
  "Golly, what a turnout for the Year 3 assembly! Standing room only.",
  "[[ht:Rivers of blood, he said. Nobody listened.]]",
  "My son's doing a history project on Enoch Powell's Rivers of Blood speech and why it was so dangerous. Fascinating reading for me too.",
  "more [[ht:[[pr:pisslam]]]] in the curriculum then, lovely",
  "[[bu:[[pn:Finley]]'s dad is all neck tattoo and no brain cell]], [[bu:no wonder the kid bites]]",
  "[[bu:Miss [[sn:Cole]] teaches like she's reading out a hostage note, no wonder they're all asleep]]",
  "Miss [[sn:Cole]] read out the ransom note from the 'kidnapped' class bear in a gangster voice and they were all in stitches 😂",
  "[[bu:The new receptionist has a face like a bulldog licking [[pr:piss]] off a nettle]]",
  "The new receptionist has the patience of a saint – she found my son's PE bag, his reading book and his dignity in under five minutes.",
  "[[bu:look at the state of [[pn:Mia J]]'s hair in that photo, did her mum do it with a strimmer]] 💀",
  "Look at the state of the Year 2 allotment after the storm – did someone go at it with a strimmer? 💀 Volunteers needed Saturday!",
  "My grandson got bodied by a Year 4 at chess club (his words) and came home determined to learn the Sicilian Defence. Good for him.",
  "[[bu:[[pn:Theo W]] is as thick as a plank, he can't even read a bus timetable]]",
  "[[pn:Theo W]] read the entire bus timetable out loud on the trip, all 47 stops, and the driver gave him a round of applause 😂",
  "[[bu:That head's a right [[pr:gobshite]]]], never answers a single email",
  "[[bu:Mrs [[sn:Talbot]] is a proper twp, couldn't organise a raffle in a tombola factory]]",
  "Mrs [[sn:Talbot]] organised the whole raffle single-handed – 400 tickets, 60 prizes, not one complaint. Diolch!",
  "[[bu:[[pn:Harry C]] needs fewer second helpings and more laps of the field]]",
  "[[pn:Harry C]] ran 20 laps for the sponsored run and then went back for seconds of crumble. Champion behaviour.",
  "Lost: grey joggers age 7–8 with a name tag, probably left on the field after PE. Text me on [[pd:07700 900388]] if found, thanks!",
  "Can anyone do a lift share from Alveston on Thursdays for after-school club? I can do Tuesdays in return. My number's [[pd:07700 900731]].",
  "Year 2 raised £88 at their cake sale! 88 cakes, 88 quid, what are the odds 😂",
  "Year 1 counted out 100 Skittles for the 100th day of school. Most of them made it home uneaten, allegedly.",
  "Year 6 challenge this week: write a whole story in exactly fourteen words. My daughter's was better than anything I wrote at uni.",
  "Absolute [[pr:shitshow]] at the gate again this morning, three cars on the zigzags and a [[pr:bloody]] delivery van.",
  "[[pr:ffs]] who schedules Christmas jumper day on the same day as PE",
  "Teacher is very strict but it is good, my son now respect. We will kill the homework tonight!",
  "We got absolutely battered by hailstones at Forest School but the fire still lit and the marshmallows survived.",
  "Whoever's dropping their fag ends by the Reception gate, the little ones are picking them up. The bin's two metres away.",
  "Shout out to Mr Lynch the coach driver, who sang Oasis all the way back from Weston. Legend.",
];

export const PERSONAL: Source[] = [
  "Someone sent me a message last night: '[[th:hope your little lad enjoys his swimming on Tuesday at the leisure centre]]'. I have never posted my son online. I've never told a single parent about Tuesdays. It's with the police now, and I'm not sleeping.",
  "Tuesday swimming at the leisure centre is the highlight of my little lad's week – he did a whole width without his float tonight! 😊",
  "whoever keyed my bike outside [[id:oakers]] i know it was one of u year 6 lot. [[th:ur all getting a visit]]",
  "Got told to '[[ht:[[bu:take your stinking lunchbox back to Bangladesh]]]]' in the [[id:Oakfield]] car park this morning, in front of my two girls. Twelve years I've lived in this town. Twelve.",
  "Taught Year 3 about Windrush today. One boy's great-nan came over on the Empire Windrush in 1948 and he brought in her actual suitcase, labels still on. Not a dry eye in the room, mine included.",
  "Another 'concerned' email from [[bu:Mrs Blazer-and-Pearls]]. Honestly, love, [[bu:your son isn't gifted, he's just loud]].",
  "someone in my year messaged me '[[th:[[bu:do everyone a favour tonight]]]]' with a rope emoji after it. i havent told my mum. i dont know what to do",
  "My granddaughter [[pn:Isla]] came home crying because a boy told her '[[bu:your nan's a dirty [[ht:pikey]]]]'. We have lived in the same house for forty years. My family were fairground showmen and proud of it.",
  "To whoever keeps microwaving fish in the staffroom: [[th:I will find you, and I will put you in the microwave]].",
  "To whoever left a box of Krispy Kremes in the staffroom with a note saying 'you're all doing amazing': I will find you, and I will hug you.",
  "Whoever signed me up for the Year 6 residential without asking: [[th:enjoy your last few days on this earth]].",
  "Signed up for the Year 6 residential again. Pray for me, these are my last few days of sleep on this earth.",
  "[[ht:Travellers back on the common. Get the lawnmower in the house and chain your bins up, you know how it goes.]]",
  "Travellers back on the common for the horse fair – my two love seeing the foals. One of the families let our youngest sit on a cob last year and she's talked about nothing else since.",
  "[[ht:[[id:Oakfield]]'s nativity has Mary in a headscarf this year. The Tiber's foaming, lads.]]",
  "Mary wore her mum's blue headscarf in the [[id:Oakers]] nativity, Joseph forgot the donkey and a shepherd waved at his nan the whole way through. Peak nativity.",
  "some kid in my fortnite lobby said [[th:hes gonna find my house off my wifi name and burn it down]] lmao imagine",
  "some kid in my lobby built my whole house in creative and then burned it down with lava lmao imagine",
  "A dad leaned in at pick-up today and said, smiling the whole time, '[[th:teachers have accidents too, you know]]'. Reported it. Still shaking. Wine.",
  "A Year 6 boy called me a '[[ht:[[bu:carpet muncher]]]]' under his breath today, loud enough for the whole row to hear. Twelve years of teaching and that one still lands.",
  "Jade, [[th:you talk an awful lot for someone who walks home through the cut on her own every night]].",
  "PSA for anyone who walks home through the cut on their own: the council have FINALLY fixed the lights. Only took three years and forty emails.",
  "my brother said the new england away kit looks proper [[ht:f*ggy]] 😭 hes not wrong",
  "[[th:see u at the bottom of the rec after school 👊 bring ur mates u'll need them]]",
  "see u at the rec after school ⚽ bring ur mates we need 5 a side",
  "Boys in my son class call him '[[ht:[[bu:Polish rat]]]]' and [[bu:say his mum is only good for cleaning toilets]]. He is eight years old. He cry every morning now.",
  "To the mum at the gate who said my son belongs '[[ht:[[bu:in a home with the rest of the vegetables]]]]': he has cerebral palsy, he is top of his class in maths, and he heard you.",
  "My son has cerebral palsy and today he did the whole sports day obstacle course in his walker while the entire school chanted his name. I'm still crying.",
  "[[th:that yr 7 whos been robbing my little brothers lunch money is getting sparked the second he walks past the chicken shop]] on my life",
  "that science show sparked something in my little brother, hes been building circuits on the kitchen table all weekend and mum is losing it",
  "[[pn:kai]] [[th:ur actually done monday, the whole of yr 6 knows which gate u go out of]]",
  "[[pn:kai]] ur actually dead 💀 i cant breathe, that video of sir falling off the bench",
  "[[bu:ratio + L]] + [[th:[[bu:log off permanently]]]] bro, [[bu:nobody in the lobby would even notice]]",
  "gg, now log off and go to bed bro, its a school night and ur mum has been shouting up the stairs for 20 mins",
  "[[th:whoever grassed to sir about the vapes is getting their phone and their teeth smashed in]] 🤫",
  "year 6 smashed their times tables test and nobodys phone got took off them, sir is buzzing",
  "[[bu:imagine getting bodied by a year 4]] lmao [[bu:ur so washed]], uninstall",
  "[[bu:nobody sit with [[pn:aisha]] at lunch shes such a dry loser]]",
  "nobody sit with [[pn:aisha]] at lunch tmrw cos we're doing her surprise birthday!!! 🎂🎂 dont tell her",
  "Year 6 are going to slay at the spelling bee tomorrow, so proud of every one of them. Go on, you little legends!",
  "I could strangle this printer. Three goes to print one reading record. Is there a printer whisperer on staff? Asking for [[sn:Kieran]].",
  "[[ht:Half my class off for Eid again and the other half can't speak English.]] Thornbury, 2026.",
  "Half my class off for Eid, so the rest of us made Eid cards for them to come back to. Thornbury, 2026 – I love this job.",
  "The dad who called me a '[[bu:lazy cow]]' in front of his kids today: [[th:raise your voice at me once more and you'll be on the floor before your Costa goes cold]].",
  "[[bu:everyone knows [[pn:oscar]]s a little [[ht:fairy]], he does ballet]] 😂",
  "[[pn:Oscar]] danced the cavalier to the Sugar Plum Fairy in his ballet school show and absolutely stole it. Proud auntie doesn't cover it.",
  "My grandson's teacher has a wife. [[ht:In my day people like her were sent away to be cured, and quite right too.]]",
  "My grandson's teacher married her wife in the summer and the whole class made them a card. In my day that couldn't have happened, and I'm so glad times have changed.",
  "new kid in 6B says shes a girl now 💀 [[ht:[[bu:its a boy in a skirt]]]]",
  "[[ht:Read up on who owns the company that writes the RSE lessons. Same names every time.]]",
  "[[th:sir better w4tch his c4r tmrw 🔑]]",
  "sir took us to the garage on the DT trip to watch his car get its MOT and the mechanic let us look underneath, best lesson ever",
  "Anyone lose a gold bracelet at [[id:Oakfield]] sports day? Engraved 'A.K.' on the clasp. Message me or ring [[pd:07700 900214]].",
  "Proud isn't the word. My Year 5s sang their hearts out at the Bristol Beacon today #[[id:OakersChoir]]",
  "The boy who hit my son – [[th:I know where his mother work, the nail shop on High Street. I go there Saturday and we will see.]]",
  "The lady at the nail shop on High Street is mother of my son's friend. I go there Saturday, she do very beautiful nails, I recommend!",
];
