// The third held-out set's texts, labelled inline as [[code:span]]; `npx tsx core/eval/heldout-source.ts
// --set 3` builds heldout-3.jsonl from them (ids h3-off-NNN, h3-com-NNN, h3-per-NNN). Written by someone
// who read none of the checker (core/src/checker/ beyond types.ts), its tests, corpus-*.ts,
// corpus.jsonl, generate-corpus.ts, heldout.jsonl or heldout-2.jsonl, and of the earlier sets' texts only
// heldout-2-texts.ts's header comment (plus, by accident, the first five clean official texts of
// heldout-texts.ts, shown under its Source type; none of them was reused). Score it with:
//   npm run -s eval:checker -- --corpus core/eval/heldout-3.jsonl
// The school is the evaluation roster's (roster.json): Oakfield Primary School ("Oakfield", "Oakers"),
// Oakfield Road, Thornbury, Bristol BS35 4HJ, 0117 496 0123, office@oakfield.sch.uk.
//
// Codes: pn pupil_name, sn staff_name, pd personal_data, pr profanity, sx sexual, ht hate, th threat,
// bu bullying, cm commercial, id school_identification, cs child_specific, not = a roster full name used
// as ordinary words. photo_consent is never written: the builder adds it over the whole text when an
// image tags a pupil whose photoConsent is false.
//
// Labelling decisions: heldout-source.ts's header and heldout-2-texts.ts's header hold; beyond them:
// - Names: a title with a surname that several staff share (Mrs Talbot, Mr Holloway, Mrs Pearson, Mrs
//   Bryant, Mr Underwood) names a member of staff and is labelled staff_name; a given name that several
//   pupils share (Jayden) is labelled where it names a child. A parent's "our Grace" / "our Ivy" names
//   the pupil. A colleague's given name alone in a staff member's own post (Holly, Beth) is labelled.
//   Obfuscated names (K.a.i, fr3ya n0wak, Ja\u200bcob R, Cyrillic Аvа R) are labelled. Not names: Tom
//   Fletcher the children's author ([[not:]]; the Year 4 teacher Mr Fletcher is labelled), Primrose Hill,
//   Ted Hughes, C.S. Lewis, Captain Scott, Turner the painter, Arthur Conan Doyle, the Prophets Ibrahim
//   and Muhammad, Samuel Pepys, Amelia Earhart, Neil Armstrong, Sophie in The BFG, Jacob's
//   crackers, Siena spelt Sienna, burnt sienna, Lloyds Bank, Pearson the publisher, Holloway Road, St
//   Jude, the Oscars, Tom Jones, pets (goldfish Rose and Ivy, a cat called Mark, a greyhound called
//   Grace), a staff member's baby Ruby, a teacher's adult niece Grace, a friend called Holly.
// - personal_data: a business's or a national helpline's phone number (a coach firm, Childline 0800
//   1111) is labelled, like set 2's venue postcodes. A postcode district alone ("BS35") is like the town:
//   neither personal data nor school identification. A reference number, an admissions date range and a
//   birthday without a year are clean.
// - Quoting: an official post that quotes a swear word, a slur, a threat or an insult (a safeguarding
//   or abuse-of-staff notice) is labelled as if the words were its own, however starred; a post that
//   describes the language without repeating it ("racist language", "swear words") is clean.
// - threat vs bullying: a threat of violence is threat only; bullying is added over an insult, and over
//   self-harm incitement aimed at a person (threat and bullying on the same span).
// - sexual: a sexual remark about a person, adult or child, is sexual only (bullying only if it also
//   insults); sexual spam is sexual over the whole, with commercial on its link. RSE, puberty and "wet
//   dreams" in a curriculum notice and a staff member planning sex education lessons are clean.
// - Clean despite rude-looking strings: faggots (the dish), spotted dick, pussy willow, a pornstar
//   martini, Willy Wonka, cocktail, door knob, snigger, raccoon, fire-retardant, Hadrian's Wall,
//   Arsenal, Offa's Dyke, assessed, therapist, Scunthorpe, Penistone, Sussex, Essex, Dickens.
// - hate: an objection to Pride lessons that attacks no group is clean; "send them back" about
//   immigrants, "Muslims are all the same", travellers "will nick everything" and a teacher's sneer at
//   parents who "can't be bothered" to learn English are hate statements. A Gypsy Traveller parent's
//   thanks and "our Pakistani neighbours" are clean.
// - bullying: an insult at one adult identified by role ("the new TA", "the new deputy head", "that fat
//   cow on the front desk") is bullying; "the office is run by a bunch of ..." is the office as a body,
//   profanity only. Disagreeing with a named teacher's decision is the name only.
// - commercial: a parent selling PTA raffle tickets and the school's own leavers' hoodies are clean; an
//   official post's uniform-shop link and a sponsor's discount code are commercial.
// - child_specific: the span is the clause, with the child's name nested; a general notice (children
//   with asthma need inhalers) is clean.

export type Source = string | { text: string; images: string[][] };

// Official posts on the school's channels: the head's newsletter, the office, class teachers, the PE
// lead's match tweets, the PTA chair and governors writing on the school's account.
export const OFFICIAL: Source[] = [
  // clean, tempting
  `Year 3 have started The Iron Man by Ted Hughes, and the classroom is now full of giants made from foil trays and bottle tops. Ask them what the space-bat-angel-dragon likes to eat!`,
  `World Book Day costume count: 14 Willy Wonkas, 9 Matildas, two Gruffalos and one whole family dressed as [[not:Tom Fletcher]]'s Christmasaurus. Thank you for all the effort, families!`,
  `May half term: school closes at 3.15pm on Friday 23 May and reopens on Monday 2 June. Breakfast club runs as normal from 7.45am on the first day back.`,
  `Grace before lunch has become a lovely part of our day this term. Year 1 have written their own versions to say thank you for the food we share, and one of them rhymes "fish fingers" with "happy singers".`,
  `Will all families please check that coats are named? Lost property is now home to 31 coats, 12 water bottles and one very lonely wellington. Anything unnamed on 28 March goes to the PTA preloved rail.`,
  `Our Year 6 netball team absolutely smashed it at the cluster tournament on Saturday: won 4, drew 1, 22 goals scored. Knock 'em dead at the county finals, girls!`,
  `Art week in Year 5: the children studied Turner's stormy seascapes and mixed their own burnt sienna and raw umber. The paintings are on display in the hall until Friday, and they are stunning.`,
  `Hope is our value for the second half of the spring term. In assembly we heard the story of Pandora's box and talked about the small things that keep us going when times are hard.`,
  `Year 4 were dead chuffed with their Roman shields today. Hadrian's Wall may be 150 miles away, but it felt a lot closer as Class 4 marched round the playground in testudo formation!`,
  `School dinners, week 2. Monday: roast chicken. Tuesday: faggots, mash and peas (or vegetable cottage pie). Wednesday: fish fingers. Thursday: pasta bake. Friday: fish and chips, with spotted dick and custard for pudding.`,
  `Parents' evening bookings open at 6pm tonight on the School Gateway app. Slots are 10 minutes; if you need longer, please ring the office on 0117 496 0123 and we will find another time.`,
  `The Year 2 nature table is filling up nicely: pussy willow catkins, a robin's feather, three conkers and a very small snail the children have named Gary.`,
  `Science Week in Year 6: the children tested fire-retardant fabrics to find the safest material for a bonfire night costume. Goggles on, sleeves rolled up, and not one singed eyebrow.`,
  `Reminder: KS2 SATs run from Monday 12 May to Thursday 15 May. Please have children in by 8.40am; breakfast is free for Year 6 in the hall from 8am all week.`,
  `Geography club has been marking the funniest place names in Britain on a giant map. So far we have Scunthorpe, Penistone, Great Snoring, Westward Ho! and Mousehole, which we are told is pronounced "Mowzel".`,
  `The PTA summer fair is on Saturday 5 July, 12–3pm. Tombola 50p a go, ice lollies £1, bouncy castle £2, and the famous Year 6 Beat the Goalie. Everything raised goes towards the new trim trail.`,
  `Year 1 have been learning about the Great Fire of London. Samuel Pepys buried his parmesan in the garden to save it, which Year 1 agree was very sensible.`,
  `RSE: in the summer term, Years 5 and 6 will have lessons on puberty and changing bodies, including periods and wet dreams. All the materials can be viewed in the office beforehand; please speak to your child's class teacher with any questions.`,
  `Our Pride display is up in the library. Year 6 wrote about why "gay" should never be used as an insult, and what it means to be an ally.`,
  `Eid Mubarak to all our families celebrating today! Year 4 have been learning the story of the Prophet Ibrahim and why Eid al-Adha is a time for sharing with others.`,
  `The Year 4 trip to Cadbury World costs £18.50 and is due by Friday 14 March. Your ParentPay reference is on the letter (it looks like PP-38201-7). If cost is a worry, please have a quiet word with the office: no child will miss out.`,
  `Black History Month: Year 3 learned about Walter Tull, footballer and army officer, who was killed in action in 1918. Their letters to his old teammates were beautiful.`,
  `Sports day final scores: Red 412, Blue 398, Yellow 377, Green 366. Green House, there's always next year, and your sack race will be talked about for decades.`,
  `Nature walk: Year 4 found frost on the field, ice on the pond and a heron standing very still by the brook. Hot chocolate was well earned.`,
  `Times tables check: children in Year 4 will be assessed over the next fortnight. We don't publish lists of scores; the children will bring their own certificates home.`,
  `The choir brought the house down at the Bristol Beacon last night. So proud of every single singer. What a performance!`,
  `Year 3 have been writing about Amelia Earhart and Neil Armstrong for their Pioneers topic, and the classroom ceiling is now covered in paper aeroplanes and cardboard moon rockets.`,
  `Our Gypsy, Roma and Traveller History Month display is in the main corridor; do have a look at pick-up. Year 4's model vardo wagons are particularly lovely.`,
  `Meet the Class 2 goldfish, Rose and Ivy! Rose is the orange one. Ivy is the one hiding behind the castle.`,
  `Sherlock week in Year 6: Arthur Conan Doyle would have been proud of the deductions about who stole the staffroom biscuits. (It was the caretaker's dog.)`,
  `DT in Year 4: moving monsters made with syringes, tubing and cocktail sticks. Pneumatics has never been so noisy.`,
  `Year 1 have finished The BFG. Sophie is "super brave", they tell us, but the Fleshlumpeater is "well scary".`,
  `Year 6 debate of the week: Captain Scott or Roald Amundsen? Scott's team lost the vote 17–12, but both sides argued brilliantly.`,
  `Narnia week in Year 4 comes to an end today. C.S. Lewis would have loved the lamp-post in the reading corner, and Mr Tumnus (cardboard) is staying until Easter.`,
  `Year 4 have been learning about the Anglo-Saxons. Did you know Offa's Dyke runs for 82 miles? A few families are planning to walk part of it over Easter.`,
  `Mental health week: Year 6 met a play therapist and a sports psychologist and talked about where to go when worries feel too big. Thank you both for your time.`,
  `Year 5's residential to the Sussex coast is confirmed for 16–18 June. The kit list is attached, and the £50 deposit is due by 28 February.`,
  `Year 6 are loving A Christmas Carol. Dickens's London was a grim place, and their diary entries as Tiny Tim were heartbreaking.`,
  `Reception admissions for next September are open. If your child was born between 1 September 2020 and 31 August 2021, apply through South Gloucestershire Council by 15 January.`,
  `Crikey, what a morning! The fire alarm went off during the Year 2 assembly (burnt toast in the staffroom, nothing more). Everyone was out in under two minutes, so at least we know the drill works.`,
  `The new library shelving was paid for by a grant from the Lloyds Bank community fund. Thank you, and thank you to our Year 5 book monitors for the labelling marathon.`,
  `Year 2's Three Little Pigs rehearsals are going well. Our wolf has perfected his huffing and puffing and has blown the straw house down eleven times. Tickets (free) from the office from Monday.`,
  `Room 14 is now the Year 6 booster room. Sessions run Tuesday and Thursday, 3.15–4.15pm. Please collect from the side gate on Oakfield Road.`,
  `All children with asthma should have a named inhaler in school. If your child's inhaler is out of date, the office will send a note home.`,
  `We have had reports of unkind and racist language in a Year 6 group chat. Please check your children's phones, and remember that most social media apps have a minimum age of 13.`,
  `Year 6 leavers' hoodies are £18 each and the order form is in book bags. Any profit goes towards the leavers' party.`,
  `Please support the PTA's Easter raffle: tickets are £1 a strip, and prizes include a hamper from the Co-op and a signed Bristol Rovers shirt. Drawn on Friday 28 March.`,
  `Next week is Anti-Bullying Week. Year 5 have written their own charter: "We don't call people names, we don't leave people out, and we tell an adult if we see something wrong."`,
  { text: `Year 1 painting rainbows in the sunshine.`, images: [['Summer Davies', 'Leo Kowalski']] },
  { text: `Chess club champions, with their trophies!`, images: [['Muhammad Rahman', 'Priya Sharma']] },

  // names
  `Huge congratulations to [[pn:Freya Nowak]] and [[pn:Hope Adeyemi]], who have been selected for the South Glos under-11 girls' football squad!`,
  `Star of the Week in Year 3 goes to [[pn:Rose H]] for her persuasive letter to the council about the zebra crossing. The council wrote back!`,
  `Well done to [[pn:Will]] in Year 5 for 100% attendance this year. [[pn:Will]], you're a legend!`,
  `Year 2 say a massive thank you to [[pn:May Chen]]'s grandma, who came in to teach the class to fold dumplings for Chinese New Year.`,
  `Our Young Leaders this term are [[pn:Siân Evans]], [[pn:Rohan Chowdhury]], [[pn:Orla Ashworth]] and [[pn:Caleb Atkinson]]. Look out for their yellow lanyards at lunchtime.`,
  `Reading champion of the month: [[pn:Zoe Martin]] in Year 2, with 41 books since September!`,
  `Congratulations to [[pn:Chloe D]] in Year 5 on passing her grade 3 piano with a merit. #Oakers #ProudOf[[pn:Chloe]]`,
  `A warm welcome back to Mrs [[sn:Frost]] after her maternity leave. The frost on the field this morning was not, we promise, a welcome-back present.`,
  `Thank you to [[sn:Sam Booth]] and his team for the new fence along the field. He built the photo booth for the summer fair, too!`,
  `Mrs [[sn:Marsh]] is our Designated Safeguarding Lead. If you are worried about a child, you can speak to her in confidence at the office or on 0117 496 0123.`,
  `Mr [[sn:Fletcher]]'s Year 4 class have written to [[not:Tom Fletcher]] the author to ask whether the Christmasaurus is real. Fingers crossed for a reply!`,
  `Cross-country results: [[pn:Ethan Brooks]] was 3rd out of 84 runners, and [[pn:Evie M]] ran a personal best despite the mud. Both go through to the county event on 1 March.`,
  `Congratulations to [[pn:Muhammad Rahman]], the new county under-11 chess champion! Fittingly, Year 5 were learning about the Prophet Muhammad's journey to Medina in RE this week: a lesson in planning ahead.`,
  `[[pn:Jack W]] played the giant in Year 3's Jack and the Beanstalk, and his "Fee-fi-fo-fum" could be heard in the office with the door shut.`,
  `The daisy-chain record attempt on the field was led by [[pn:Daisy Price]] in Year 4, who measured the final chain at 14.3 metres. The world record is 2km. There's always next summer!`,
  `Nominated for the Thornbury Young Citizen award: our very own [[pn:Kai Nguyen]], for his litter-picking club! #[[pn:KaiNguyen]] #Oakers`,
  `Thank you to Mrs [[sn:Talbot]] for the lemon drizzle that sold out in twenty minutes at the Macmillan coffee morning. Together we raised £412.60!`,
  `We say goodbye this week to Miss [[sn:Reid]], who is moving to Cornwall. Year 2 have made her a holly wreath, which seems appropriate.`,
  `Year 6 cricket v Marlwood: [[pn:Alfie Turner]] 32 not out, [[pn:Ethan B]] three wickets, and [[pn:Ava R]] took the catch of the season at square leg.`,
  `Welcome to our new Year 1 teacher, Mr [[sn:Kieran Walsh]], and to Mrs [[sn:Nadia Karimi]], who joins the office team.`,
  `Year 4 writers of the week: [[pn:Grace O]], [[pn:Elliot Q]] and [[pn:Archie Z.]] Their stories are on the class page of the website.`,
  `Year 5's Viking longship is finished, and [[pn:Sienna Y]]'s dragon figurehead is terrifying in the best possible way.`,
  `Well done to our Sports Leaders, trained by Mr [[sn:Gareth Lloyd]]: they ran the whole of KS1 sports day on their own!`,
  `Year 3 bake sale raised £127! Thanks to [[pn:Aisha]] and [[pn:Lily]] for the sign, and to Mrs [[sn:Sandhu]] for counting every penny.`,
  `Our head boy and head girl for next year are [[pn:Rhys Harper]] and [[pn:Lottie Whitfield]]. Congratulations to all eleven children who applied; the speeches were superb.`,
  `It's a girl! Congratulations to Ms [[sn:Emma Doyle]] and her partner on the arrival of baby Ruby, 7lb 2oz.`,
  `Congratulations to Mr [[sn:Walsh]], who ran the Bristol Half in 1:48 and raised £640 for the children's hospital. We killed it on the sponsorship form, too!`,
  `Year 4's RE topic is Noah's Ark, and [[pn:Noah P]] is VERY pleased that a whole story is named after him.`,
  `Summer reading challenge winners: [[pn:Summer Davies]] (Year 1), [[pn:Hannah Harper]] (Year 2) and [[pn:Lucas Harper]] (Year 6). Yes, [[pn:Summer]] won the summer challenge, and she is very proud!`,
  `New reading books have arrived! Our Bug Club scheme, from the publisher Pearson, now goes all the way up to Year 6. Thank you to Mrs [[sn:Pearson]] (no relation!) for organising the unpacking.`,
  `Clubs for the summer term: Dodgeball (Mon, Mr [[sn:Holloway]]), Gardening (Tue, Mrs [[sn:Bryant]]), Choir (Wed, Miss [[sn:Jones]]) and Lego (Thu, Mr [[sn:Underwood]]). Sign up on the app.`,
  `Congratulations to [[pn:Orla Dunne]] and [[pn:Elsie Barnes]] on their Brownies bronze award, presented in assembly by Mrs [[sn:Joanne Frost]].`,
  `Our Year 6 leavers' assembly will be on Tuesday 22 July at 9.15am. Tissues will be provided. (Mr [[sn:Hughes]] has already got through a box in rehearsal.)`,
  `Well done to [[pn:Phoebe A]], [[pn:Jude G]] and [[pn:Nia C]] for their brilliant Great Fire of London models. The one with real burnt edges was a bit too realistic!`,
  `Year 6 cup semi-final: 2–0 down at half time, 3–2 winners at the final whistle! [[pn:theo walker]] with the winner in the 89th minute. #Go[[pn:Theo]]`,
  `Our Year 2 maths whizz [[pn:Toby Harper]] has worked out that the summer holidays are exactly 43 days long. We've asked him not to tell the teachers.`,
  { text: `Our new Young Leaders with Mrs [[sn:Grant]], who will be training them this term.`, images: [['Rohan Chowdhury', 'Orla Ashworth']] },

  // photo consent
  { text: `Sports day sprint finals! Look at those faces. [[pn:Noah]] and [[pn:Seán]] flew down the track.`, images: [['Noah Patel', "Seán O'Brien"]] },
  { text: `Reception's first ever PE lesson. So many beanbags!`, images: [['Samuel Yates', 'Isla Murray', 'Tariq Iqbal']] },
  { text: `Ivy league! Year 4 planted ivy and honeysuckle along the new fence this afternoon.`, images: [['Ivy Green']] },
  { text: `The harvest display, made by Class 3.`, images: [['Lily Ward', 'Ruby Ahmed'], ['Hattie Campbell']] },
  { text: `Year 2 Maths Day: making 3D shapes with straws and Blu Tack.`, images: [['Mia Johnson', 'Dylan Whitfield', 'Reuben Yates']] },
  { text: `Spot the difference: our Year 5s on their first day in Reception, and on their first day in Year 5.`, images: [['Niamh Atkinson'], ['Niamh Atkinson']] },
  { text: `Well done to [[pn:Kai]] for his amazing rainforest model!`, images: [['Kai Nguyen']] },

  // personal data
  `Happy birthday to [[pn:Sienna]] in Year 5, born on [[pd:5 September 2015]]: the same day as Freddie Mercury, she tells us!`,
  `PTA news: our new summer fair coordinator is Debbie, who can be reached on [[pd:07700 900 563]] or [[pd:debbie.fairoaks@gmail.com]]. Please get in touch if you can run a stall.`,
  `Year 5 trip: we will be at We The Curious, [[pd:1 Millennium Square, Bristol BS1 5DB]], all day on Wednesday. If you need to reach us, please ring the school office as usual.`,
  `Found on Castle Street this morning: a black spaniel called Bramble, now safe and very happy in the office. His tag gives the number [[pd:07700 900 271]] but nobody is answering. Do you know him?`,
  `Lift share: a family living at [[pd:BS35 2QW]] is looking for someone to share the school run with from September. Please contact the office and we will pass on your details.`,
  `If your child has a worry they don't want to share with us, they can call Childline on [[pd:0800 1111]], any time, for free.`,
  `Any problems on the day of the trip, please ring Severn Vale Coaches directly on [[pd:(0117) 496 0789]].`,
  `The best Christmas lights in Thornbury? Year 3 have voted, and the winners are the family at [[pd:12 Gloucester Road]]. Go and have a look: it's spectacular!`,
  `Our new Chair of Governors, Mr Patrick Oyelaran, is happy to hear from parents: email [[pd:p.oyelaran@btinternet.com]] or leave a message at the office.`,
  `Second-hand uniform swap this Friday from 3pm in the hall. Donations can also be dropped at [[pd:4 The Close, Alveston, BS35 3LE]] (thank you, Sarah!).`,
  `Year 6 transition: [[pn:Jacob Fraser]]'s new school has asked for his date of birth, [[pd:05/02/2014]], to be confirmed by parents before Friday.`,
  `Sports day is on Wednesday 9 July, starting at 1.30pm. Please bring a picnic blanket; the ice-cream van will be at the Oakfield Road gate from 3pm. Tickets for the parents' race: free!`,

  // child-specific
  `[[cs:[[pn:Kai]] will be off school for six weeks after his heart operation]], so Year 4 have made him a giant get-well card. Get well soon, [[pn:Kai]]!`,
  `[[cs:The Year 3 girl who fainted in assembly on Tuesday]] is absolutely fine and back in class today. Thank you for all your kind messages.`,
  `Please keep [[pn:Ava]] and her family in your thoughts this week: [[cs:her dad passed away suddenly at the weekend]].`,
  `Following Friday's incident on the field, [[cs:[[pn:Oscar Lewis]] has been excluded for two days]]. We will not be commenting further.`,
  `Please note: [[cs:[[pn:Isla Murray]] will be collected by her dad from now on, as her mum is no longer allowed contact with her]]. All staff have been told.`,
  `[[cs:Little [[pn:Leo]] from Year 1 is staying with his grandparents in Yate while his mum is in hospital]], so that's why he's been on the school bus. We're all thinking of you, [[pn:Leo]].`,
  `Well done to [[pn:Harry]] in Year 2, [[cs:who has had a really tough year since his ADHD diagnosis]], on earning his pen licence!`,
  `From Monday, [[cs:[[pn:Esme Ashworth]] will be on a reduced timetable and will go home at lunchtime each day]].`,
  `SATs are done! We're so proud of every Year 6. [[cs:[[pn:Layla]], who sat hers in a separate room with a reader because of her dyslexia]], said it was "easier than the mocks".`,
  `[[cs:The Year 5 boy who was taken to hospital after falling off the climbing frame]] has a broken wrist and is recovering at home. The climbing frame is closed while it is checked.`,
  `[[cs:[[pn:Priya]] has a place at the hospital school while she has her chemotherapy]], and Year 5 have been video-calling her every Friday. She says hi!`,
  `Year 6 had a great time at Kilve Court. Mr [[sn:Lloyd]] fell in the stream (twice), and [[cs:[[pn:Toby]] managed the whole week away for the first time since he went into foster care]].`,
  `Some of you will know that [[cs:[[pn:Yusuf]] in Year 3 lost his grandad last week]]; the class planted an apple tree in his memory this afternoon.`,
  `Parents, please don't send energy drinks to school. [[cs:Mrs [[sn:Cole]] took a can of Monster off [[pn:Bobby]] this morning and he was bouncing off the walls by break]].`,

  // offensive (quoted or slipped into a draft)
  `What a [[pr:bloody]] brilliant game! Year 6 came from 2–0 down to beat Castle Primary 3–2 in the cup semi-final.`,
  `We have been made aware that some Year 6 pupils have been using the word "[[pr:f***]]" at lunchtime and on the bus. Please talk to your children about the language they use.`,
  `Some children have been calling each other "[[ht:p*ki]]" in an online game they play at home. This is a racist slur and it is completely unacceptable; we will be talking to all of Key Stage 2 this week.`,
  `Over half term someone sprayed "[[ht:GYPPOS]] OUT" on our back fence. It has been painted over and the police are aware. Racism has no place anywhere, least of all at a primary school.`,
  `A message from Mr [[sn:Hughes]]: yesterday a parent told a member of our office staff "[[th:I know where you live and I'll be round to sort you out]]". Abuse of our staff will not be tolerated and has been reported to the police.`,
  `It has come to our attention that a photo of the Year 2 class is being shared on Facebook with the caption "[[bu:look at the state of the fat little one at the front]]". Please never share or comment on photos of other people's children.`,
  `A reminder that the car park is for staff only. This morning a member of staff who asked a driver to move was called "[[bu:a [[pr:f***ing]] jobsworth]]". Please be kind.`,
  `SATs week survival: early nights, a good breakfast, and no [[pr:sh*tty]] revision guides from the internet. Year 6, you've got this!`,

  // commercial
  `Thanks to our sponsor, Severn Pizza Co, for the new football kits! [[cm:Show this post in store or quote OAKFIELD20 online for 20% off your order]] all February.`,
  `School uniform can now be ordered online at [[cm:www.uniformhub.co.uk/oakfield-primary]], with free delivery on orders over £40.`,
  `Our friends at Thornbury Tutors are offering Year 6 families a free first session! [[cm:Book at thornburytutors.co.uk with the code SATS25]].`,
  `The book fair is here until Friday! [[cm:Every £10 you spend at the Scholastic fair earns the school £5 in free books, and this week only it's buy one get one half price]].`,
];

// Comments on the school's Facebook page: parents, grandparents, former pupils, spammers.
export const COMMENTS: Source[] = [
  // clean, tempting
  `What time does the fair finish? Will there be a cake stall again?`,
  `May I ask whether the trip letter has gone out yet? Nothing in my son's book bag.`,
  `That pudding menu has taken me straight back to 1987. Spotted dick and custard, proper school dinners!`,
  `Not being funny but the car park at pick-up is getting dangerous. Someone is going to get hurt. Can the school not ask the council for a lollipop lady?`,
  `Crikey, 31 coats! I think two of them might be ours...`,
  `Blooming marvellous, what a turnout 👏`,
  `The school office is a joke. Third time I've rung about the dinner money and nobody has called me back.`,
  `Our cat is called Holly and the kitten is Ivy, so the goldfish post made me laugh 😂`,
  `We walked up [[not:Primrose Hill]] at half term and the kids said it was just like the hill behind the school field 😂`,
  `Sorry but why are children this young learning about Pride? I'd rather that was left to parents.`,
  `Fingers crossed for the weather on sports day. Break a leg, Red House!`,
  `I could murder a cuppa after that parents' evening 😂 Lovely to hear how well they're doing though.`,
  `The bake sale was amazing, the cocktail sausages went in seconds!`,
  `Arsenal or Rovers? My son won't stop going on about the signed shirt in the raffle 😂`,
  `Call the office on 0117 496 0123, they're really helpful.`,
  `As a Gypsy Traveller mum I just want to say thank you for the GRT history display. My kids came home so proud.`,
  `Snigger all you like, but Scunthorpe United are top of the league 😂`,
  `A raccoon in the bins behind the chippy?! Surely it's a badger.`,
  `The door knob on the girls' toilets is broken again, my daughter got stuck in there for ten minutes.`,
  `Sienna's in Italy, I'd love a school trip there 😂 (I know, it's Siena)`,
  `Jacob's crackers on the harvest table? Very traditional 😂`,
  `Turner's Coaches were brilliant on the trip, they even waited for the boy who left his bag at the café.`,
  `My kids would kill for a snow day every week 😂`,
  `Still got a few strips of Easter raffle tickets, £1 each, come and find me at pick-up!`,
  `Are we allowed to say Merry Christmas or is it all "winter festival" now? Asking for a friend called Holly 😂`,

  // names
  `Our [[pn:Grace]] loves the new reading books, thank you!`,
  `well done [[pn:freya]] and [[pn:hope]]!!! so proud of you both xx`,
  `[[pn:Kai]] my little hero, we love you so much ❤️ hurry home`,
  `Thank you Mrs [[sn:Frost]] for everything you've done for our [[pn:Ivy]] this year, she's going to miss you so much.`,
  `Mr [[sn:Fletcher]] is the best teacher my son has ever had. He actually likes reading now!`,
  `[[pn:Jayden]] came home and told me all about the dumplings 😂 he wants to make them every night now`,
  `Could someone tell [[pn:Muhammad R]]'s mum to check her messages, I've got his coat`,
  `Whoever took [[pn:Siân]]'s water bottle home by mistake, please send it back, it's the purple one with the unicorn x`,
  `[[pn:Sean]]'s mum here, he's still buzzing about sports day. Thank you!`,
  `Congratulations [[pn:Chloé]]! Grade 3 already, you'll be at the Proms next 🎹`,
  `[[pn:Rohan]] has talked about nothing else but being a Young Leader. Thank you Mrs [[sn:Grant]] x`,
  `Can I just say how brilliant Miss [[sn:Baker]] has been with [[pn:Leo]] this year. He used to cry every morning and now he runs in.`,
  `Proud nanny here! Well done [[pn:zara hussain]], love from Nanny and Grandad in Chepstow xxx`,
  `I disagree with Mr [[sn:Hughes]]'s decision to ban phones on the Year 6 trip, but I respect it.`,

  // personal data
  `Found a little blue lunchbox with Paw Patrol on it on Gloucester Road. Text me on [[pd:07700 900 134]] if it's yours.`,
  `Has anyone got a spare Year 2 jumper? Happy to swap for a Year 3 one, I'm at [[pd:27 Morton Way, Thornbury BS35 1LW]]`,
  `Lift share anyone? We're in [[pd:BS35 1JT]] and drive past the school every morning. Message me or email [[pd:kate.harris1984@hotmail.co.uk]]`,
  `Ring me on [[pd:+44 (0)7700 900 907]] about the fair, I've got two gazebos you can borrow`,
  `Missing cat! Grey tabby called Mark, last seen near the leisure centre. Please call [[pd:0117.496.0552]] 🙏`,
  `Please can the office call me back on [[pd:07700900322]] about the dinner money, third time asking`,
  `For the admissions form do they want her date of birth as [[pd:14/03/2021]] or [[pd:14 March 2021]]?`,
  `Our [[pn:Noah]] was born on [[pd:7 July 2016]], so he's the baby of Year 4 and he's still doing brilliantly!`,
  `Anyone lost a silver bracelet? Found outside the hall. Drop me a line at [[pd:m.adebayo@outlook.com]] or [[pd:0117 496 0841]].`,

  // profanity
  `[[pr:Bloody]] brilliant, well done Year 6!!!`,
  `What the [[pr:f*ck]] is going on with the car park. Someone actually drove onto the pavement this morning.`,
  `This is [[pr:sh1t]], why are we only finding out about the strike day the night before?`,
  `Honestly [[pr:wtf]] is "Victorian day" and why do I need a costume by Thursday`,
  `Absolute [[pr:sh!tshow]] at pick-up again. Sort the gates out.`,
  `[[pr:f u c k i n g]] ridiculous, three inset days in one term`,
  `[[pr:Pissed]] off that the trip is £18.50 when it was £12 last year`,
  `[[pr:F\u200buck]] me that's a lot of coats 😂`,
  `The office is run by a bunch of [[pr:arseholes]]. Nobody ever answers the phone.`,
  `Sooooo [[pr:fuuuuucking]] proud of my boy 😭😭`,
  `[[pr:fuсk]] this weather, third snow day in a fortnight`,
  `[[pr:B0ll0cks]] to the new uniform policy. Blazers for five-year-olds??`,
  `That's a [[pr:crap]] decision and you know it. Let the kids play out in the snow.`,

  // sexual
  `Mr [[sn:Walsh]] [[sx:can give me a private lesson any day 😏 I'd happily stay behind for detention]]`,
  `[[sx:Hot single mums in Thornbury want to meet you tonight 🔥 [[cm:hotmums-uk.xyz]]]]`,
  `The new TA is [[sx:proper fit, I'd give her one]]`,
  `@[[pn:Evie Morgan]] [[sx:s3nd n00dz x]]`,
  `[[sx:Bored? My 18+ content is uncensored 💋]] [[cm:link in bio]]`,
  `[[sx:Mrs [[sn:Doyle]] has got a lovely pair on her]] 👀`,

  // hate
  `Too many [[ht:p@kis]] in this school now, it's not the Thornbury I grew up in`,
  `[[ht:Muslims are all the same, they don't want to fit in]]. Why is the school celebrating Eid?`,
  `Keep your [[ht:f4ggot]] agenda away from our kids`,
  `[[ht:trannies]] shouldn't be allowed anywhere near children, end of`,
  `[[ht:The travellers who've moved onto the field will nick everything that isn't nailed down]], lock your sheds`,
  `That's so [[ht:r3tarded]]. Why would you close for a bit of snow?`,
  `lol [[bu:[[pn:Ibrahim B]] is a [[ht:t0welhead]]]]`,
  `Maybe if we stopped letting so many immigrants in there'd be enough places. [[ht:Send the lot of them back]].`,
  `The [[ht:ch1nky]] on the high street does the best chips in Thornbury`,

  // threats
  `If that teacher lays a finger on my son again [[th:I'll break his [[pr:f***ing]] jaw]]`,
  `[[th:Someone wants to burn that school down]], honestly.`,
  `Tell [[pn:Jacob Fraser]] [[th:he's dead when I see him on Monday]]`,
  `[[th:[[bu:kys]]]] [[pn:Callum]], [[bu:nobody likes you anyway]]`,
  `[[pn:Mason D]] [[th:[[bu:go jump off the Severn Bridge]]]], [[bu:you little rat]]`,
  `[[th:I'll be waiting at the gate for Mrs [[sn:Grant]] tomorrow and she'll regret it]]`,
  `[[th:Watch your back [[sn:Kieran]], you'll get what's coming to you]]`,
  `[[th:I'm gonna st@b the next person who parks across my drive at pick-up]]`,
  `[[th:Mr [[sn:Hughes]] better hope I don't see him in town, he'll be eating through a straw]]`,

  // bullying
  `Mr [[sn:Hughes]] [[bu:is a spineless little man who hides in his office]]`,
  `[[bu:That fat cow on the front desk]] needs sacking, rudest woman alive.`,
  `[[pn:Ella D]] [[bu:is a stuck-up little cow and everyone in Year 6 knows it]]`,
  `lol look at [[pn:Noah]]'s face in that photo 😂😂 [[bu:what a [[ht:m0ng]]]]`,
  `Miss [[sn:Jones]] [[bu:is useless and thick as a plank]], my daughter has learned nothing all year`,
  `[[bu:Your son is a little [[pr:sh*t]]]] and you know it, Sharon`,
  `[[bu:The new TA looks about twelve and has the personality of a damp flannel]]`,
  `[[bu:[[pn:Jayden A]] is a [[pr:d1ckhead]]]] and [[bu:his mum is even worse]]`,
  `[[pn:fr3ya n0wak]] [[bu:is a two-faced snake]], everyone knows it`,
  `[[bu:[[pn:Ja\u200bcob R]] smells like a bin]] 🤢`,
  `[[bu:[[pn:Аvа R]] is such a fake, nobody actually likes her]]`,
  `[[bu:[[pn:Harry C]] runs like a [[ht:s p a z]]]] 😂`,

  // commercial
  `[[cm:Selling two Oakfield jumpers age 7-8, £4 each or both for £7]], collection Thornbury`,
  `I make £300 a day from my phone around the school run! [[cm:Message me "INFO" to join my team]] 💸`,
  `[[cm:Tutoring available for SATs, £30/hr, qualified teacher]], DM me`,
  `Fab! And if anyone needs new school shoes, [[cm:use code SCHOOL15 for 15% off at stepsshoes.co.uk]]`,
  `[[cm:Hiya lovely, have you heard of Forever Living? DM me for a free sample]] 🌿`,
  `[[cm:Balloon arches for parties, discount for Oakfield families! www.thornburyballoons.co.uk]]`,
];

// Staff members' own posts on their personal accounts.
export const PERSONAL: Source[] = [
  // clean, tempting
  `Sunday roast, a long walk and a pile of marking. Living the dream.`,
  `Thornbury Castle for my sister's 40th. Stunning place, and the afternoon tea is worth every penny.`,
  `Marking 60 books on the Roman army and I now know more about testudo formation than any adult should.`,
  `Does anyone else dream about lanyards? Just me? #teacherlife`,
  `Absolutely killed it at the pub quiz tonight. Team name: "Quiz Akabusi". Second place, beaten only on the music round.`,
  `Rainy Thornbury, hot chocolate and a Dickens audiobook. Perfect Saturday.`,
  `Seven years in this job and I still get nervous before parents' evening. Tomorrow's the big one. Send biscuits.`,
  `Penistone for the weekend visiting the in-laws. The Pennines are gorgeous even in the rain.`,
  `Hope everyone has a lovely Christmas. Back to the chaos on 6 January!`,
  `Grace, our rescue greyhound, is ten today! Cake for the dog, gin for me.`,
  `Willow weaving course at the community centre this weekend. I made a very wonky hedgehog.`,
  `Summer holidays countdown: 12 days. Not that anyone's counting.`,
  `To whoever parked across my drive in BS35 this morning: I hope your day was as bad as mine.`,
  `Holloway Road at rush hour. Never again. London, you can keep it.`,
  `Watched the Oscars last night. Still don't understand any of it. Loved the frocks.`,
  `First cold-water swim of the year at Clevedon Marine Lake. Freezing, and I'd do it again tomorrow.`,
  `Tom Jones on the radio, dancing round the kitchen, nobody watching. Bliss.`,
  `St Jude's day today; Mum would have lit a candle. Miss you, Mum.`,
  `Proud aunty! My niece Grace got into Cambridge today 🎓`,
  `If one more parent emails me at 11pm I swear I'll scream.`,
  `Cocktail night with the girls. Pornstar martinis all round 🍸`,
  `Sex education planning tonight. Nothing like explaining puberty to ten-year-olds with a straight face.`,
  `Our Pakistani neighbours invited us round for Eid and I haven't stopped eating since.`,
  `Essex girl in Gloucestershire, fifteen years and counting.`,
  `Scunthorpe services at midnight. Living the glamorous life.`,
  `Brilliant CPD day on phonics at the Castle School. Now my brain hurts.`,
  `Guess who's been asked to lead the kindness assembly the week after losing her temper with the photocopier 🙃`,

  // school identification
  `So proud of my Year 6s at [[id:Oakfield]] today. SATs done, tears shed (mostly mine). #[[id:Oakers]]`,
  `Another Monday on [[id:Oakfield Road]]. Coffee number three and it's only 10am.`,
  `Twelve years at [[id:Oakfield Primary School]] and today was my last day. I'll miss every single one of those kids.`,
  `Ofsted are in tomorrow. Pray for us. #[[id:OakfieldFamily]]`,
  `Rainbow over the school field this morning. [[id:BS35 4HJ]] never looked so good 🌈`,
  `Proud of our lot at the cluster netball. Go [[id:Oakers]]!`,
  `Sun's out at [[id:oakers]] HQ ☀️`,
  `Watching the sunrise over the field before anyone else arrives. [[id:oakfield]] is so quiet at 7am and I love it.`,
  `Best commute in the world: four minutes down [[id:Oakfield Rd]] 😎`,
  `@[[id:OakfieldPrimary]] tag us in the sports day photos please!`,
  `Home from [[id:Oakfield]] and straight into my PJs. Don't judge.`,
  `Year 6 leavers, you were the best. [[id:Oakfield Primary]] class of 2025 forever ❤️`,
  `New job, new lanyard! Starting at [[id:Oakfield Primary]] in Thornbury on Monday and I can't wait.`,
  `Anyone else at [[id:Oakfield]] got this cold? Half the staffroom is sniffing.`,

  // names
  `Brilliant morning with [[pn:Freya N]] and the Year 6 footballers; they're going to be amazing at the county finals. #[[id:OakfieldPrimary]]`,
  `Can't believe [[pn:Rose Hill]] just told me I look "like a tired grandma". Year 3 are brutal 😂`,
  `Leaving do for [[sn:Holly]] tonight! Who's coming? 🍹 Thornbury Tap, 7pm.`,
  `Happy retirement to the legend that is [[sn:Gareth Lloyd]]. Thirty years of lost PE kit and not one complaint.`,
  `Working with the wonderful Mrs [[sn:Sandhu]] on the Diwali assembly. She makes the best barfi in Gloucestershire.`,
  `Me and [[sn:Beth]] after the staff Christmas do. We won't talk about the karaoke.`,
  `[[pn:Will T]] asked me today if I was "alive when the dinosaurs were". Will my ego ever recover? 🦕`,
  `[[pn:Priya Sharma]] is the kindest kid I've ever taught and I hope she knows it.`,
  `lovely card from [[pn:lily w]] today. this job 🥹`,
  `Bumped into [[pn:Ethan]] and his mum in Tesco and he hid behind the cereal. Teachers don't exist outside school, apparently.`,
  `Thinking of a certain Y4 boy, [[pn:K.a.i]], having his op today ❤️`,
  `Parents' evening survival kit: biscuits, tissues, and bracing myself for [[pn:Hope]]'s dad's famously long questions 😂`,
  `Another day, another twenty "Mrs [[sn:Frost]], I need a wee" 😂 #[[id:Oakers]]`,

  // personal data and commercial
  `Selling my old teacher planner stickers, [[cm:£5 a sheet, DM me]] 😊`,
  `[[cm:Join my Body Shop at Home team! Earn while the kids are at school, message me for details]] 💚`,
  `Having a clear-out: [[cm:sofa for sale, £80 ono, collection only]]. Text [[pd:07700 900 683]].`,
  `My new address for Christmas cards is [[pd:Flat 3, 18 Rock Street, Thornbury BS35 2BS]] x`,
  `Lost my phone on the bus. If anyone finds it, email me on [[pd:jo.teaches.ks1@gmail.com]] 😩`,
  `Happy birthday to my beautiful girl, born [[pd:3rd June 2017]] and still my baby ❤️`,
  `[[cm:Usborne Books at Home: my spring catalogue is out! Order through my link bit.ly/usb-jo by Friday for free delivery]] 📚`,

  // offensive
  `[[pr:Bloody]] M5 is a car park again. Late for my own staff meeting.`,
  `Some parents are absolute [[pr:c*nts]]. That's it. That's the post.`,
  `[[pr:Fucking]] photocopier has jammed again, with 90 worksheets to do before 8.`,
  `A kid in my class told me to "[[pr:f*** off]]" today. He's five. FIVE.`,
  `[[bu:The new deputy head is a power-mad [[pr:twat]]]] and I'm not the only one who thinks so.`,
  `[[ht:Half the kids in my class can't speak English because their parents can't be bothered to learn it]]. Rant over.`,
  `[[sx:Had the filthiest dream about a certain PE teacher last night]] 🔥🙈`,
  `[[th:If I find the lad who keyed my car in the car park, I'll knock his teeth out]].`,
  `That child in 4B is [[bu:a spoilt little [[pr:sh*t]]]] and I'm counting the days till July.`,
];
