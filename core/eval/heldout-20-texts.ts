// The twentieth held-out set's texts, labelled inline as [[code:span]]; `npx tsx core/eval/heldout-source.ts
// --set 20` builds heldout-20.jsonl from them (ids h20-off-NNN, h20-com-NNN, h20-per-NNN). Score it with:
//   npm run -s eval:checker -- --corpus core/eval/heldout-20.jsonl
// Written by someone who read none of the checker: of the repository it read only heldout-source.ts,
// roster.json, core/src/checker/types.ts (the category names) and the header comments (the lines before
// `export type Source`) of heldout-texts.ts and heldout-2-texts.ts to heldout-17-texts.ts (plus, by
// accident, the opening words of the first two official texts of heldout-17-texts.ts, shown under its
// Source type; nothing from them was reused). It did not read anything else under core/src (lexicons,
// categories, rules, learned model), any *.test.ts, core/bench/, core/cli/, corpus-*.ts, corpus.jsonl,
// generate-corpus.ts, score.ts, train-model.ts, any heldout*.jsonl other than its own, the bodies of the
// other heldout-*-texts.ts files, or their git history; the checker was not run on these texts before or
// after they were labelled.
// The school is the evaluation roster's (roster.json): Oakfield Primary School ("Oakfield", "Oakers"),
// Oakfield Road, Thornbury, Bristol BS35 4HJ, 0117 496 0123, office@oakfield.sch.uk.
//
// Aim: ONE ORDINARY SCHOOL WEEK, short to medium texts (5-120 words), every category: the school's own
// posts (celebration assemblies, trips, reminders, menus, sports results, newsletters, staff news, images
// tagging pupils, some of them pupils without photo consent; a few notices that quote abuse), parents'
// and grandparents' comments under them (thanks, questions, lift shares, lost property, selling, moans,
// pile-ons, trolls and spam), and staff members' own posts. About eighty pupil-name and forty-odd
// staff-name labels (full, given name alone, given name + initial, title + surname, possessives, lower
// case, accents dropped), forty-odd personal data (UK mobiles and landlines written 07700900127, 07700
// 900461, 07700-900-442, +44 7700 900582, +44 (0)7700 900566, 0044 7700 900291, (01454) 416 882, 020 7946 0381, 0808
// freephone; e-mails plain and written "at ... dot com"; street addresses with and without postcodes;
// dates of birth in four formats) beside the school's own phone, e-mail and postcode, thirty-odd
// profanity (starred, spaced, l33t, abbreviations, a zero-width character written as \u200b and a
// Cyrillic look-alike written as \u0456, Scottish and Irish forms), twenty-odd sexual, twenty-five-odd
// each threat and hate, thirty-odd bullying, fifteen-odd commercial, school identification and
// child-specific, and eight images tagging a pupil without consent. About two fifths of the texts are
// clean, most of them traps: Scunthorpe, Penistone, Pratts Bottom, Dickleburgh, Minge Lane, Cockermouth,
// Uranus, cocktail sausages, faggots and spotted dick, cumin, the Titanic, blue tits, Dick Whittington; roster
// names used as ordinary words (grace said by Grace, the ivy on the fence and Ivy's mural, May, hope,
// will, summer, frost, grant, mark, rose, ward, Willow class, Jack and the Beanstalk, "jack shit", David
// and Goliath, Simon Says, St Andrew's Day, Noah's Ark Zoo Farm, pets called Holly and Ivy, a visiting
// author called Priya); dates that are no birth dates; the school's and the PTA's own prices; violent
// words in sport, history and stories (crushed, murdered every attack, battered, slaughtered, Henry
// VIII's trial, Boudica, the Somme, Macbeth, the Three Little Pigs, a killer quiz question).
//
// Codes: pn pupil_name, sn staff_name, pd personal_data, pr profanity, sx sexual, ht hate, th threat,
// bu bullying, cm commercial, id school_identification, cs child_specific, not = a roster full name used
// as ordinary words. photo_consent is never written: the builder adds it over the whole text when an
// image tags a pupil whose photoConsent is false. Images are attached to official posts only.
//
// Labelling decisions: heldout-source.ts's header and the set 2 to 17 headers hold; beyond them:
// - Names: a non-roster person who shares a given name with a pupil or member of staff (the visiting
//   author Priya Desai, a dance coach called Jade, the PTA chair Becky Lane, Ted the library volunteer)
//   is no roster person; "the head" unnamed is no name. Initials alone ("R.A." on a cardigan label) name
//   nobody. Roster names as words stay clean even beside the name: "[[pn:Grace]] ... said grace", "the
//   ivy on the fence ... [[pn:Ivy]]", "nobody does jack shit" (profanity on "shit" only), "Jack and the
//   Beanstalk", "David and Goliath", "Simon Says", "St Andrew's Day", "Hope everyone's had". Pets called
//   Holly and Ivy are no names. "Mr Holloway's cat" names a member of staff (set 3: a shared surname after
//   a title).
// - personal_data: a PTA volunteers' gmail, a new PTA chair's e-mail and mobile, a dance coach's mobile
//   and e-mail, a parent governor chair's contacts and an author's agent's London number in official posts
//   are pd: none is the school's own published detail. A house address on a key tag in a lost-property
//   notice is pd. A parent's own child's birth date in a comment is pd over the date (set 7's rule for
//   posts, extended to comments), in any format ("6th May 2018", "02/09/2021", "19/03/17"). An e-mail
//   written out to dodge filters ("nattyb1987 at gmail dot com") is pd. "BS35" alone is not (set 3).
// - commercial: a parent passing on a retailer's discount code is commercial (it sells), unlike a parent
//   asking where to buy; the school photographer's ordering link in an official post is commercial, like
//   set 3's uniform-shop link; an after-school club paid through ParentPay is the school's own price.
// - hate: an anti-Traveller sneer written as one sentence ("the travellers are back ... so lock your bikes
//   up, they'll nick anything") is one span; a "funny how" generalisation about Muslims, "Half of Poland
//   is living off our benefits", "they've milked it for 80 years" of the Holocaust and "should've kept
//   their virus at home" under a Lunar New Year post are hate over the statement. "go back to Romania and
//   take your scruffy kids with you" in a reply to one parent is hate and bullying over the same span
//   (set 5). A staff member's "Ramadan again, so that's half of Year 5 asleep ... and useless for a month"
//   is hate over the sentence.
// - bullying: "Lady Muck" for one identified parent is bullying over the nickname, and the face she
//   pulled is a second span with "arse" nested; a reply "says the woman who does the school run in her
//   dressing gown" is bullying; "his mum can waddle up to the office and cry about it" is bullying of
//   the mum (identified through her son). A vocative before an insult ("And Alina, go back to Romania
//   ...") stays outside (set 16). Criticism without insult ("I emailed Mrs Marsh three weeks ago and I'm
//   still waiting") is the name only.
// - threat: "Be a real shame if that little white Fiat of Miss Baker's got its windows done" is threat
//   over the clause, the name nested; a reported threat in a staff member's own post ("his brother would
//   come and stab me if I kept him in at break") is threat over the reported clause, condition included;
//   "Someone is going to get hurt" about parking on the zigzags is clean (set 4). "He touches him again
//   and I'll wring his scrawny neck" of a named child is one conditional span beside the bullying spans.
// - sexual: a staff member's own "it's an early night but not for sleeping" is sexual, the 😏🍷 after it
//   outside (set 15); a stranger's "is she on insta? would love to send her a little present" under a
//   photo of girls is grooming-like and sexual; a parent's report of a proposition ("asked if I'd give him
//   some private lessons of a different kind") is sexual over the reported request.
// - child_specific: a class notice that one child in Hazel class carries an adrenaline pen for a nut
//   allergy picks out one child to the class and is cs; a child doing "mornings only" while medication is
//   adjusted, a one-to-one at lunch for behaviour, a foster move, an exclusion, a bereavement and a
//   gluten-free diet after a coeliac diagnosis are cs, the name nested; a general Wear It Pink notice and
//   an epilepsy training note that names no child would be clean (the one here names him, so is cs).
// - school_identification: "#OakersSportsDay" and "#TeamOakfield" are id over the hashtag word; the
//   school's phone, e-mail, postcode, road and name in a staff member's own post are each id.
export type Source = string | { text: string; images: string[][] };

export const OFFICIAL: Source[] = [
  `Reminder: we break up at 1.30pm on Friday 19th July. No clubs that afternoon. Have a wonderful summer and we'll see everyone back on Wednesday 4th September! ☀️`,
  {
    text: `Vikings invaded Year 4 today! 🪓 Shields were painted, a longship was built out of PE benches and [[pn:Grace Okafor]] led the raid on the library. [[pn:Archie Z]] declared the mead (apple juice) "well authentic". The only casualty was a cardboard monk.`,
    images: [['Grace Okafor', 'Archie Zielinski']],
  },
  {
    text: `Year 4 relay squad smashed it at the Severn Vale cluster sports this afternoon – first place and a new cluster record! 🏃‍♀️🏃`,
    images: [['Daisy Price', 'Noah Patel', 'Elsie Barnes']],
  },
  `Christmas lunch is on Thursday 12th December. The KS2 price is £2.70 (free for Reception and KS1 under universal infant free school meals). Please book and pay on ParentPay by Monday 9th. Crackers courtesy of the PTA! 🎄`,
  `Dear Hazel class parents, a reminder that we are a nut-free class. [[cs:One child in Hazel class has a severe nut allergy and carries an adrenaline pen]], so please check cereal bars and spreads carefully. Thank you!`,
  `Under-11s football: we travel to Scunthorpe on Saturday for the regional finals! The coach leaves the front gate at 7.45am sharp. Packed lunch, water bottle and shin pads please. Let's bring that trophy back to Thornbury ⚽`,
  `Huge congratulations to [[pn:Siân Evans]], whose poem about her grandad's allotment has won the South Glos Young Writers' Prize! [[sn:Mrs Doyle]] read it out in assembly and insists it was hay fever making her eyes water.`,
  {
    text: `Our Year 4 bakers sold out in 20 minutes flat 🧁 Thank you to everyone who bought a cake – £146.50 raised for the school garden!`,
    images: [['Ivy Green', 'Hannah Lawson']],
  },
  `A message for Year 1 families: [[cs:[[pn:Lucas F]] will be off for a few weeks after his operation]]. The class have made him a giant get-well card and we'll send him a video of their assembly so he doesn't miss out. PE moves to Thursdays from next week [[cs:because [[pn:Leo]] is out on Wednesday afternoons for speech therapy]].`,
  `Netball report 🏐 Our Year 6 girls crushed Castle Primary 14–3 on Wednesday night. Deadly shooting from the edge of the circle and a defence that murdered every attack. Proud doesn't cover it!`,
  `Thank you to our kit sponsor, Severnside Sports! As a thank-you to families, [[cm:you can get 15% off PE kit at severnsidesports.co.uk with the code OAKFIELD15]] until the end of September.`,
  `Diary dates for the spring term: 6th March – World Book Day (come as a character!). 14th March – Red Nose Day, non-uniform for £1. 21st March – Year 5 class assembly at 2.45pm. 28th March – last day of term.`,
  `Lost property appeal! A small blue teddy with a knitted red scarf was left by the climbing frame after the fair. It belongs to a very sad Reception child. If you picked it up by mistake, please ring his mum on [[pd:07700 900461]] or drop it at the office. Also found in the car park: car keys on a Bristol Rovers keyring with a tag reading "[[pd:17 Sibland Road]]".`,
  `⭐ Celebration assembly ⭐ Reception: [[pn:Isla]] for trying so hard with her letters. Year 1: [[pn:Arlo Fisher]] for kindness at lunchtime. Year 2: [[pn:Nia C]] for her dinosaur fact file. And our Times Tables Rock Stars of the week: [[pn:Mia J]], [[pn:Lucas K]] and [[pn:Hannah H]] 🎸`,
  `Parents, we have been made aware of a Year 6 group chat in which one child was told "[[th:[[bu:go kill urself]]]], [[bu:nobody would even care]]". This is being dealt with. Please check your child's phone tonight and talk to them about how words land.`,
  `Year 5 put Henry VIII on trial today for the murder of two of his wives. The jury took four minutes: guilty, 24 votes to 3. Anne Boleyn and Catherine Howard could not be reached for comment.`,
  `☀️ PTA Summer Fair – Saturday 22nd June, 12–3pm on the field. Bouncy castle £1 a go, tombola 50p, hook-a-duck 3 for £1 and the legendary teacher stocks: 3 wet sponges for £2! Card and cash taken.`,
  `Please note: [[cs:[[pn:Hattie Campbell]] in Year 3 may only be collected by her grandmother until further notice]]. Gate staff have been briefed.`,
  {
    text: `Our new school council met for the first time today! Chair: [[pn:Rohan Chowdhury]]. Vice chair: [[pn:Esme A]]. First item on the agenda: more ketchup at lunch. Democracy in action 🗳️`,
    images: [['Rohan Chowdhury', 'Esme Ashworth']],
  },
  `Year 2 have been retelling The Three Little Pigs this week. The wolf huffed, puffed and ended up in a pot of boiling water – cue loud cheering. Next up: Jack and the Beanstalk. Spoiler: the giant doesn't survive the fall.`,
  `Year 6 residential, 8–10 May 🏕️ We stay at Brecon Beacons Outdoor Centre, [[pd:Cantref Lane, Llanfrynach LD3 7LJ]]. In an emergency during the trip, the centre's office is on [[pd:01874 665900]]. Kit list to follow.`,
  `A big thank you to [[sn:Mr Lloyd]] and [[sn:Miss Reid]] for running chess club all year. Special mention to [[pn:Theo W]], who beat [[sn:Mr Lloyd]] for the first time on Tuesday and has mentioned it to every single member of staff since.`,
  `Geography in Year 4: this week they're mapping northern market towns, from Penistone to Middlesbrough. Next week it's the South East, and someone has already found Pratts Bottom on the map. We apologise in advance.`,
  `Year 5 update: [[cs:[[pn:Jayden A]] will be doing mornings only for a while, as his new medication is being adjusted]]. Thank you for your understanding.`,
  {
    text: `Forest School Friday 🌳 Den building, a mud kitchen and some very brave attempts at whittling (no plasters required). Photos below!`,
    images: [['Summer Davies', 'Leo Kowalski'], ['Yusuf Jenkins', 'Anya Quinn']],
  },
  `We've had to remove several comments from this page this week. Calling our staff "useless lazy [[pr:c*nts]]" or writing that "[[th:that teacher wants a good kicking]]" is not feedback, and accounts that do it will be blocked. Concerns can always go to office@oakfield.sch.uk.`,
  `May is Walk to School Month! 🚶 Every day you walk, scoot or cycle earns a sticker, and a full card by the end of May earns a hot chocolate with the head. We hope lots of you will join in – rain or shine.`,
  {
    text: `Silver at the county gymnastics finals! 🥈 [[pn:Will Thompson]] landed a perfect vault and [[pn:Chloé]] didn't wobble once on the beam. We will be framing those medals.`,
    images: [['Will Thompson', 'Chloé Dubois']],
  },
  `We are writing to let families know that on Tuesday a Key Stage 2 pupil was called a "[[ht:[[bu:p*ki]]]]" during lunch. Racism has no place here. The matter has been dealt with and every class will be talking about respect this week.`,
  `Tomorrow morning we'll practise our lockdown procedure. The children will hear a different signal, stay quietly in their classrooms with the blinds down and wait for the all-clear. Like a fire drill, it's practice – nothing to worry about.`,
  {
    text: `[[pn:Kai]]'s volcano erupted spectacularly in Year 4 science today – foam everywhere, [[sn:Mrs Sandhu]] included! 🌋`,
    images: [['Kai Nguyen']],
  },
  `Newsletter 14 is out! Inside: the new lunch menu (fish and chips moves to Thursdays), Year 3's trip to Slimbridge and a plea about parking on Oakfield Road. Any questions, call the office on 0117 496 0123.`,
  `New uniform stockist! Jumpers, cardigans and book bags with the school logo can now be ordered online – [[cm:visit schooltogs.co.uk/oakfield and use OAK10 for 10% off your first order]].`,
  {
    text: `Reception's teddy bears' picnic was a roaring success 🧸 Thank you to [[pn:Lottie Tran]] for sharing her honey sandwiches with every single bear.`,
    images: [['Lottie Tran', 'Tariq Iqbal']],
  },
  `Thank you to everyone who helped search for [[cs:the Year 2 boy who wandered off from the park after school on Monday]]. He was found safe and well at a neighbour's house within the hour.`,
  `Year 6 parents: next half term's RSE unit covers puberty, periods, changing bodies and how babies are made, using the correct names for body parts. Come and see all the materials at our parent session on 6th February.`,
  `After Thursday's pick-up, when a parent shouted at a member of staff "[[th:touch my kid again and you'll get your head kicked in]]", we want to be clear: abuse of staff will be reported to the police, every time.`,
  `Harvest festival thank you 🍎 Our food bank collection filled 42 crates! [[pn:Grace]] from Year 4 said grace beautifully and [[pn:Hope A]] read her own poem, "Seeds".`,
  {
    text: `Congratulations to the winners of our Design a Book Cover competition, [[pn:Matilda Vaughan]] (Year 1) and [[pn:Imogen Vaughan]] (Year 4)! 📚`,
    images: [['Matilda Vaughan', 'Imogen Vaughan']],
  },
  `Year 4 families: [[cs:[[pn:Ibrahim]] and his family lost almost everything in a house fire at the weekend]]. The PTA are collecting uniform (age 8–9) and toiletries at the office. Thank you for your kindness.`,
  `Oh yes we are! KS2 are off to see Dick Whittington at the Hippodrome on 10th December. £12 including the coach – please pay by Friday.`,
  `A hard frost this morning, so the field is closed at break and the site team have gritted the path by the Year 1 door. Walk, don't skate! ❄️`,
  `This week's round-up 🏆 Spelling bee champions: [[pn:Aisha Begum]] and [[pn:Yusuf D]] (winning word: "necessary"). Kwik Cricket: Year 4 bowled Tockington out for 31, with three wickets for [[pn:Jude L]]. Tennis: [[pn:Priya Sharma]] and [[pn:Callum F]] won the South Glos mixed doubles, and their coach [[sn:Mr Cartwright]] has been unbearable about it all week.`,
  `Tag rugby 🏉 The Year 5 squad battered Alveston eight tries to two, then got absolutely destroyed by Olveston in the final. Great spirit all day – the referee said they were the best-behaved team there.`,
  `Year 1 update: after a tricky few weeks, [[cs:[[pn:Bobby E]] now has a one-to-one adult at lunchtimes to help with his behaviour]]. Thank you all for your patience.`,
  `It's Anti-Bullying Week! This year's theme is Choose Respect. Odd socks on Monday please, and every class will talk about what to do if someone is unkind, online or in the playground.`,
  {
    text: `Well done to the Year 2 readers who finished the winter reading challenge: [[pn:Reuben]], [[pn:Fatima]] and [[pn:Imogen Z]]! 📚`,
    images: [['Reuben Yates', 'Fatima Lawson', 'Imogen Zielinski']],
  },
  `Happy 5th birthday to [[pn:Maisie Bradley]] 🎂 Born on [[pd:21 November 2019]], she shares her birthday with [[sn:Mr Holloway]]'s cat, which [[pn:Maisie]] thinks is the best fact ever.`,
  `PTA Christmas raffle: tickets £1 each or £5 a strip. Prizes include a hamper, a family pass to Noah's Ark Zoo Farm and a signed Bristol City shirt. Drawn at the carol concert!`,
  `Great news – we've been awarded a £2,000 grant by Thornbury Rotary Club for a sensory garden! Work starts over the Easter holidays.`,
  `Get-well wishes have poured in for [[pn:Ruby]] in Year 3 – [[cs:she's at the BRI recovering from appendicitis and hopes to be back after half term]]. Her class have made her the world's longest card.`,
  `Staff news 📣 [[sn:Mrs Talbot]] retires at Easter after 26 years in Reception (tissues at the ready). [[sn:Mr Mahmood]] becomes Year 6 lead, [[sn:Ms Oduya]] joins the SEND team, and after half term we welcome [[sn:Miss Karimi]] to Year 2 – she loves hill walking, baking and truly terrible puns. And good luck to [[sn:Mrs Grant]], who runs the London Marathon on Sunday for the Alzheimer's Society – go on [[sn:Fiona]]! 🏃‍♀️`,
  {
    text: `Tag rugby festival – the photos! 🏉📸`,
    images: [['Caleb Atkinson', 'Rhys Harper', 'Dylan Ashworth']],
  },
  `Willow class have been planting sunflowers. The tallest is currently 47cm and has been named Steve. Growth updates to follow.`,
  `Graffiti was sprayed on the back wall of the hall over the weekend, including the words "[[ht:NO MORE IMMIGRANTS IN OUR SCHOOLS]]". It has been painted over and reported to the police. Every family is welcome here.`,
  `Eid Mubarak to all our families celebrating today! 🌙 Thank you for the boxes of sweets that appeared in the staffroom – they lasted about eleven minutes.`,
  `Thornbury Boxing Club came in to teach Year 6 footwork and a proper jab. Nobody got hit, although [[sn:Mr Walsh]] did get knocked out – of the skipping contest, by [[pn:Toby G]].`,
  `We send all our love to [[pn:Phoebe Dawson]] in Year 6, [[cs:whose dad passed away last week]]. Please give the family space at the gate.`,
  `Year 6 led our Remembrance assembly, reading letters from soldiers killed at the Somme and laying poppies for the fourteen Thornbury men named on the war memorial.`,
  `The ivy on the playground fence has finally been cut back, so the mural painted by [[pn:Ivy]] and her friends in Year 4 can be seen again!`,
  `School photo proofs are now online! [[cm:Order by 30th November at tempestphoto.co.uk]] using the code on your child's card.`,
  `Fun fact from our Norfolk topic: there's a village called Dickleburgh, and Year 3 can now say it without giggling. Mostly.`,
  `Note for Year 2: [[cs:[[pn:Esme Osei]] now needs a gluten-free diet after being diagnosed with coeliac disease]], so please check with us before sending in birthday treats.`,
  `This morning one of our male teachers was called a "[[ht:[[bu:f*ggot]]]]" by an adult outside the main gate. This is a hate incident, it has been reported, and it will not be tolerated.`,
  `Our memorial rose bed is in full bloom 🌹 Each class planted a bush in memory of Ted, who volunteered in our library for fifteen years.`,
  `🎃 Spooky disco, Friday 31st October! KS1 5.30–6.30pm, KS2 6.45–8pm. £3 on the door, including a drink and crisps. Costumes encouraged – last year's blood-spattered zombies were terrifying.`,
  `Thank you, Year 5, for staying so calm when [[cs:one of your classmates had a diabetic hypo during assembly on Monday]]. She is absolutely fine and back in class.`,
  `⚠️ Online safety: a Year 5 child was recently messaged on Roblox by an adult who wrote "[[sx:ur so grown up for ur age, send me a pic in ur pjs and dont tell ur mum]]". Please check privacy settings and who your children are chatting to.`,
  {
    text: `[[pn:Orla Ashworth]] and [[pn:Ethan Brooks]] represented us at the Town Council youth forum and asked the mayor some very pointed questions about the skate park!`,
    images: [['Orla Ashworth', 'Ethan Brooks']],
  },
  `Next week's menu: Monday pasta bake; Tuesday faggots, mash and peas; Wednesday roast chicken with spotted dick and custard; Thursday fish and chips; Friday pizza.`,
  `Please mark Tuesday 4th March in your diaries: maths evening for parents in the hall, 6pm. No calculators, no judgement, plenty of biscuits.`,
  `Interested in becoming a parent governor? Have a chat with our chair, Jane Whitlock, on [[pd:07700 900318]] or at [[pd:j.whitlock.gov@outlook.com]].`,
  `SATs week survival tips: early nights, a proper breakfast and no cramming. Year 6 are going to smash it. Breakfast club is free all week for Year 6.`,
  {
    text: `[[pn:Seán]] and [[pn:Niamh]] led our St Patrick's Day céilí for Years 4 and 5 ☘️`,
    images: [["Seán O'Brien", 'Niamh Atkinson']],
  },
  `We're sad to say goodbye to [[pn:Harry C]] from Year 2, [[cs:who is moving to a new foster placement in Yate]]. We'll miss your jokes, [[pn:Harry]]!`,
  `Year 6 parents: [[cs:[[pn:Alfie Turner]] has been excluded for three days following Tuesday's fight]]. We will not be discussing this further on social media.`,
  `All Reception staff, lunchtime team included, completed epilepsy training this week so that we can [[cs:support [[pn:Samuel]] with his seizure care plan]].`,
  `This week the office received an email saying "[[th:I'll burn that school to the ground with you all in it]]". It has been passed to the police. Please don't speculate in the comments.`,
  `Our Monday dance club with Jade from Step It Up starts next week (3.15–4.15pm, £4 a session via ParentPay). Questions about costumes or the show can go to Jade on [[pd:07700 900219]] or [[pd:stepitup.jade@yahoo.co.uk]].`,
  `Meet your new PTA chair, Becky Lane! 👋 Becky has two children here and big plans for the summer fair. Ideas, offers of help or complaints about the tombola to [[pd:becky.lane.pta@btinternet.com]] or [[pd:+44 (0)7700 900566]].`,
  `Thank you to author Priya Desai for a brilliant visit to Years 5 and 6! Several schools have asked how to book her – her agent's office is on [[pd:020 7946 0381]].`,
  `Wear It Pink this Friday! Come in something pink for a £1 donation to Breast Cancer Now. Staff will be in their pinkest outfits, so prepare yourselves.`,
  `Year 2 have been learning about the Great Fire of London. They built Pudding Lane out of cardboard boxes and then, under the close eye of the fire service, set it alight on the playground 🔥`,
  `Year 4's RE story this week was David and Goliath, which led to a heated debate about whether a slingshot counts as cheating.`,
  `Our nest box camera has five blue tit chicks! 🐦 You can watch them live on the screen in reception all week.`,
  `Happy St Andrew's Day! Our Scottish dancing afternoon raised £83 towards the Year 6 leavers' trip.`,
  `Reminder: Year 6 leavers' hoodies are £18 and orders close on Friday. Names on the back are optional.`,
  `Parking reminder: please don't stop on the zigzags on Oakfield Road. Someone is going to get hurt one of these mornings, and we never want it to be a child.`,
  `Our Year 5 astronomers spotted Mars, Jupiter and (briefly) the Moon through the school telescope on Tuesday night. Uranus jokes were, we're told, kept to a minimum.`,
  `Year 3's Romans topic reached Boudica today: she burned Londinium to the ground and routed the Ninth Legion. Tomorrow, aqueducts. Slightly less exciting.`,
];

export const COMMENTS: Source[] = [
  `Well done Year 6!! Brilliant result 👏👏`,
  `So proud of our [[pn:Siân]] ❤️ She's been scribbling poems since she could hold a crayon. Thank you [[sn:Mrs Doyle]] for believing in her x`,
  `Another [[pr:bloody]] INSET day?? And [[pr:wtf]] is a "wellbeing day" when it's at home? Some of us have actual jobs. [[pr:Bollocks]] to this, three snow days last month and not one bit of work sent home either. [[pr:Piss]] poor.`,
  `Is the Year 5 trip still going ahead with the train strikes?`,
  `Not being funny but my son has learnt nothing in Year 4 this year. [[bu:[[sn:Mr Fletcher]] is a useless waste of space]] and the office is [[pr:f***ing]] hopeless – three emails, not one reply.`,
  `[[th:if that Y3 lad shoves my daughter off the climbing frame again I'll be waiting for his dad at the gate and he can go home with a black eye]]`,
  `Mine came home saying they "killed all the monks and nicked the gold" 😂 history has changed since my day`,
  `Anyone driving up to Scunthorpe on Saturday? I've got 2 spare seats for the football, text me on [[pd:07700900127]] or email [[pd:dazza.t@btinternet.com]] 🚗`,
  `Hey hun 💕 loved this post! Ladies if you need school shoes, [[cm:Shoe Zone have 20% off with code BACK2SKOOL at shoezone-deals.co.uk]] 👟 And [[cm:ever thought about earning around the school run? I made £800 last month with my skincare business and I'm looking for 3 mums to join my team, drop me a message]] ✨`,
  `[[sx:the new PE teacher can put me through my paces any day 🥵]] and [[sx:bet [[sn:Mrs Doyle]] is a right goer behind closed doors]] 😂 asking for a friend`,
  `Will there be a live stream of the nativity for those of us stuck at work?`,
  `[[pn:Arlo]] came home so proud of his certificate, thank you [[sn:Miss Jones]] ❤️ Well done [[pn:Rhys P]] and [[pn:Anya Q]] too! ⭐`,
  `another mosque trip in the spring as well? my kids aren't going anywhere near those [[ht:muzzies]]. [[ht:Funny how we're made to celebrate all their festivals but they never respect ours]]`,
  `Do they need wellies or trainers for forest school?`,
  `[[th:[[bu:[[pn:Alfie Turner]] should do everyone a favour and jump off the Severn Bridge]]]]`,
  `Thanks for letting us know, we'll keep an eye out`,
  `Bag of age 7–8 uniform here if anyone needs it, free to a good home! Email me on [[pd:kerrylouise84@hotmail.co.uk]] or text [[pd:07700 900 377]]`,
  `[[cm:Selling 3 Oakfield jumpers age 9–10, £4 each or £10 the lot]], and [[cm:a Year 6 leavers hoodie age 12–13, worn once, £12]]. Collection BS35 or I can drop them at the gate`,
  `[[sn:Miss Baker]] is honestly the best teacher my daughter has ever had 🥹 and [[pn:Lily]] says she's the only grown-up who gets her jokes`,
  `My husband says the Tudors sound tamer than his family at Christmas 😂`,
  `Lost this week: his glasses on the field AND a grey cardigan with R.A. written on the label 😩 If anyone picks them up please WhatsApp me on [[pd:+44 7700 900582]] or ring the house on [[pd:01454 412309]] x`,
  `cancelled the disco AGAIN?? that's so [[ht:gay]]. [[pr:Crap]] school, [[pr:crap]] PTA`,
  `No offence but [[bu:that [[pn:Kai]] kid is feral]], my son comes home with a new bruise every week and nobody does jack [[pr:shit]]`,
  `Loved the harvest service, the singing was beautiful.`,
  `[[th:whoever keeps parking across my drive at pick up is going to come back to four flat tyres]]`,
  `Just ring the office on 0117 496 0123, they sorted ours in five minutes`,
  `[[sx:Hot singles in Thornbury want to meet you tonight 💋 [[cm:bit.ly/hotlocal69]]]]`,
  `Fingers crossed for the summer fair! Hope the rain holds off 🤞`,
  `[[pn:Theo]] hasn't stopped going on about beating [[sn:Mr Lloyd]] 😂 he wants a rematch at Christmas`,
  `[[ht:back row of that photo looks like feeding time at the monkey enclosure]]. [[ht:They should be grateful we let them in, never mind a whole month about them]]`,
  `Is it £2.70 every day for dinners or just for the Christmas one?`,
  `[[bu:[[pr:stfu]] nobody asked for your opinion]] Dawn 🙄 [[bu:says the woman who does the school run in her dressing gown and slippers every single day]] 😂`,
  `[[sx:whoever the mum in the tight red leggings was at pick up, I'd happily give her a lift home and a bit more]] 😏`,
  `my nan is from Penistone and she still can't say it with a straight face`,
  `My [[pn:Willow]] was born on [[pd:6th May 2018]] so she's one of the youngest in Year 1 and still smashing it 😊`,
  `[[th:If [[sn:Mr Walsh]] grabs my son by the arm one more time I'll break every finger on that hand]]. It's [[pr:taking the piss]] now.`,
  `Can we pay for the residential in instalments? £185 in one go in January is a lot`,
  `[[pn:Grace]] and [[pn:Daisy]] are going to be unbearable now 😂 congratulations girls!`,
  `[[bu:that [[pn:Muhammad]] in year 5 is a proper [[ht:r3tard]]]]`,
  `The cocktail sausages at the fair were a triumph. Who made the sausage rolls?? I need that recipe`,
  `[[th:[[sn:Hughes]] better watch himself]], that's all I'm saying. [[bu:Smug little man with his stupid bow tie]]. [[th:Tell him if he excludes my lad again I'll be round his house with a bat]]`,
  `[[sx:Gorgeous girls 😍 which one's the goalie? Would love to chat to her about private coaching, DM me]]`,
  `Oakfield is such a lovely school, we're so lucky ❤️`,
  `[[bu:no wonder [[pn:Ethan]] never gets picked, have you seen him run]] 😂😂 and [[bu:[[pn:Hope Adeyemi]] is the most spoilt brat in Year 6]], no wonder she won`,
  `Free trampoline, you dismantle it. [[pd:23 Clare Road, Thornbury]], any time Saturday morning. Also after a Joseph costume age 6 if anyone has one, email me, [[pd:nattyb1987 at gmail dot com]]`,
  `[[ht:the travellers are back on Morton Way so lock your bikes up, they'll nick anything that isn't nailed down]]. Half the kids in that Reception photo are [[ht:pik3ys]] anyway`,
  `Dead proud of you all. Absolutely killed it 💪`,
  `I swear [[th:if the kid who bit my daughter does it again I'll drag him out of that classroom by his [[pr:f*cking]] ear]]`,
  `Sorry, which gate is it for the Egyptian museum trip on Friday?`,
  `[[sx:[[sn:Mr Cartwright]] can tutor me one to one any time 😏🍆]]`,
  `[[bu:[[sn:Miss Cole]] looks about twelve]] and [[bu:[[sn:Mr Underwood]] needs to lay off the pies]] 😂 state of the staff at this place`,
  `The ParentPay ref is 4471 2290 3318 if anyone else can't find it on the letter`,
  `Our [[pn:Jude]] said it was the best day of his life 😂 Thank you Year 4 team and [[sn:Mr Walsh]] for the minibus singalong`,
  `honestly Leanne [[th:[[bu:do us all a favour and neck a bottle of bleach]]]]`,
  `She came home saying she'd got a bloody nose at netball and I nearly had a heart attack. Turns out she walked into the post 🙈`,
  `[[ht:This is a Christian country, take your idols and your candles somewhere else]]. [[ht:Nobody asked for your lot to move here in the first place]]`,
  `Lovely pics, my kids had the best time. Thank you to all the staff!`,
  `I emailed [[sn:Mrs Marsh]] three weeks ago and I'm still waiting. Not good enough for a safeguarding lead.`,
  `[[cm:Qualified teacher offering 11+ tutoring in Thornbury, £30 an hour, first session free – call [[pd:07700 900744]]]]`,
  `Spotted dick AND faggots in one week? Best menu ever, my dad wants to come to school`,
  `[[bu:that [[pn:Oscar Lewis]] is a nasty little [[pr:shit]]]], always starting on my son. [[th:He touches him again and I'll wring his scrawny neck]], and [[bu:his mum can waddle up to the office and cry about it all she likes]]`,
  `[[sx:[[pn:freya n]] is well fit ngl whats her snap]]`,
  `Lovely to see the Year 3s doing the Gruffalo walk, my little one was a very convincing mouse`,
  `Not another one. [[ht:Half of Poland is living off our benefits already]]. And Alina, [[ht:[[bu:go back to Romania and take your scruffy kids with you]]]]`,
  `Our cat is called Holly and our dog is called Ivy, so the Christmas carol service is going to be very confusing in our house 😂`,
  `[[th:keep sending my son home over his haircut and see what happens to your windows]]`,
  `Massive thanks to [[sn:Mrs Ingram]] for helping [[pn:Matilda]] with her reading, she's flying now`,
  `Grandma here 👵 Lovely to see the children so happy. In my day we got the cane for talking in assembly!`,
  `[[pr:jfc]] the SATs results come out the day we fly to Spain. [[pr:f u c k i n g]] joke`,
  `Is sports day still 26th June? Grandad's booked the day off already`,
  `Happy retirement [[sn:Mrs Talbot]]! You taught all three of mine, and [[pn:Bobby]] still sings your tidy-up song 💐`,
  `[[cm:Need a cleaner? Sparkle & Shine are offering 10% off your first clean for school families – sparkleshine-glos.co.uk]]`,
  `The Year 4s murdered that song in the best possible way 😂 My ears are still ringing`,
  `My son says a boy in Year 6 told him [[th:he's bringing a knife in on Monday to sort him out]]. Who do I speak to?`,
  `[[bu:[[sn:Mrs Frost]] is a jumped-up power-mad witch]] and I'm not the only one who thinks it. [[bu:The TA on the gate is a miserable cow as well, never smiles, never even says good morning]]`,
  `He shot straight upstairs to practise his spellings, never seen anything like it`,
  `[[ht:Teaching five year olds about gay families is grooming]], and [[ht:a man in a dress reading them stories isn't normal either]]`,
    `Penalty shoot-out at the end was brutal, our boy was gutted but so proud of the team`,
  `[[pn:Zara]]'s party is at [[pd:9 Kingsmead, Thornbury BS35 2AL]] from 2pm Saturday, RSVP to me on [[pd:07700 900 654]] 🎈`,
  `In Poland we sing "sto lat" for birthdays, my daughter teach it to whole class today. Thank you for let her 😊`,
  `Some [[pr:a$$hole]] reversed into my car on Oakfield Road at drop off and drove off. Silver Corsa. If anyone saw it please ring me on [[pd:07700 900306]]`,
  `Mashallah, beautiful Eid assembly. Thank you to all the teachers 🌙`,
  `We're moving down from Manchester in September. Is the Reception cut-off 31st August? Mine was born [[pd:02/09/2021]] so I think she just misses it 😩 Could someone in the office call me back on [[pd:0161 496 0750]] please?`,
  `[[pr:ffs]] another nit letter AND I forgot it was non uniform day, [[pr:sh\u0456t]]`,
  `Is the book fair cash only? My two want to bankrupt me`,
  `Ahm no even joking, that car park is pure [[pr:shite]] at 3 o'clock, and it's [[pr:pishin]] doon as well`,
  `[[sx:Such a pretty girl in the second photo 😍 is she on insta? would love to send her a little present x]]`,
  `Why is there no after school club on the Friday before half term? Genuine question, not a moan`,
  `If anyone is worried about a child, you can ring the NSPCC helpline on [[pd:0808 800 5000]], it's anonymous.`,
  `Grandad here. We've moved, so for the grandparents' tea invitation please use [[pd:Flat 4, 61 High Street, Thornbury BS35 2AR]]. And I still have a spare allotment plot if the gardening club wants it, ring me on [[pd:(01454) 416 882]]. Thank you.`,
  `The Great Fire of London model was incredible, shame it had to burn 🔥😂`,
  `The trip form asks for DOB, I've put [[pd:19/03/17]] for [[pn:Rose]], is that the right format?`,
  `what a load of [[pr:b\u200bollocks]]. Every working parent is meant to drop everything at 2pm for a [[pr:bl**dy]] 20 minute assembly?`,
  `Brilliant news about the grant, ours will love a sensory garden`,
  `[[sx:[[sn:Miss Reid]] 😍🍑]] and [[sx:the new caretaker's bum in them work trousers 🔥]] this school is blessed`,
  `My son says the boxing was "sick" which I'm told is good`,
  `[[sx:💋 Bored mums in Gloucestershire want fun 18+ chat tonight, click [[cm:mums-nearby.xyz]] 💋]]`,
  `[[th:im gonna batter that [[pn:Callum]] when i see him]]`,
  `Whoever dressed up as the giant for Jack and the Beanstalk deserves an award`,
  `[[th:someone should set fire to that [[pr:f*cking]] staffroom while they're all sat in it]]`,
  `Is there a dress code for the leavers' disco? Asking for a Year 6 girl who has already planned four outfits`,
  `[[th:[[sn:Mr Lloyd]] talks to my wife like that again and I'll knock his block off]]`,
  `[[th:Be a real shame if that little white Fiat of [[sn:Miss Baker]]'s got its windows done]]`,
  `Sad to see the old climbing frame go, my eldest broke his arm on that in 2014 😂 character building`,
  `[[ht:Should've kept their virus at home]] 🙄`,
  `[[ht:Holocaust this, Holocaust that. They've milked it for 80 years]]`,
  `why should my daughter be stuck on a table with the [[ht:spackers]] all year. [[ht:Special needs kids belong in special schools, they drag the whole class down]]`,
  `Can we still get tickets for Dick Whittington? We missed the letter`,
  `[[sx:Lovely legs on the girl at the end of the front row 😍 what age is she?]]`,
  `Does anyone know if Year 3 swimming is still on this week? Hope so, she's finally stopped crying at the deep end`,
  `My lad wants to go as Jack Frost to the winter disco. I've said only if he makes the costume himself`,
  `Anyone know where the lost property box lives now? Third PE bag this term 🙄`,
  `[[bu:maybe if [[pn:Jack W]]'s mum spent less on cigs he'd have shoes that fit]]`,
  `Well done everyone! Special shout out to [[pn:Amelia]] and [[pn:Zoe]], and [[pn:Muhammad R]] was brilliant in the debate 💪`,
];

export const PERSONAL: Source[] = [
  `First day back at [[id:Oakfield]] tomorrow. Car wouldn't start, coffee down my top, and I've already found a nit letter in my own pigeonhole. [[pr:FML]] 😅`,
  `Marking 30 books on volcanoes with a glass of red. Living the dream.`,
  `Best leaving do ever for [[sn:Susan]]! 22 years at [[id:Oakfield Primary]] and still the only person who can fix the laminator 💐`,
  `Parents' evening at [[id:Oakfield]] done. 14 appointments, 3 no-shows and one dad who informed me his son "doesn't do [[pr:bloody]] fractions". Wine o'clock.`,
  `Clear-out time! [[cm:Selling my Fiesta – 2015, 68k miles, new clutch, full service history, £4,200 ono]]. [[cm:Also 2 Take That tickets for Ashton Gate on 14th June, £90 each]]. Call or text [[pd:07700 900903]]`,
  `Rough week. A mum at the gate told me [[th:she'd be waiting for me after work to rearrange my face]], and on Friday someone scratched "[[th:UR DEAD MISS]]" into my car door in the staff car park. Reported both, but I'm still shaking.`,
  `Sports day sunburn is real ☀️ So proud of [[pn:Evie]], who finally beat her big rival in the 80m #[[id:OakersSportsDay]]`,
  `Year 6 performed Macbeth tonight. Three murders, one severed head (papier-mâché), forty very happy children. Never been prouder.`,
  `[[bu:The new supply in Year 3 stinks of fags and has the personality of a wet sock]]. Meanwhile [[bu:one of my Year 4s is so thick I explained a full stop four times today]]. Friday can't come soon enough.`,
  `[[ht:Three new starters from the Traveller site on Monday, so I'll be chaining my handbag to the desk again]]. And [[ht:Ramadan starts, so that's half of Year 5 asleep at their desks and useless for a month]]. Brilliant.`,
  `Eight years ago today I started my NQT year. Now I'm a deputy head. Where does the time go?`,
  `Parents, please don't message me on here about homework – email [[id:office@oakfield.sch.uk]] and it'll reach me 🙏 Also, who the [[pr:f*ck]] schedules a governors' meeting for 6pm on a Friday?`,
  `[[cm:New Avon brochure is out! 3 for 2 on all lipsticks, order through my link avon.uk.com/store/glitzandglam or call me on [[pd:07700-900-442]]]] 💄`,
  `[[sn:Gareth]] came as the Gruffalo for World Book Day and [[pn:Leo]] in Year 1 burst into tears. Best day ever.`,
  `Forest school today: 28 kids, 1 campfire, 0 injuries. Marshmallows toasted to perfection.`,
  `Lovely end to the week: a parent called me a "[[bu:useless fat [[pr:bitch]]]]" in front of my whole class.`,
  `Missing the [[id:Oakfield Road]] crew already. Shout out to [[sn:Kieran]], who took my playground duty in the rain on my last day – I owe you a pint 🍺`,
  `Staffroom rumour of the week: [[sx:[[sn:Mr Sheridan]] and the new TA were steaming up the PE cupboard windows at the Christmas do]] 😏🔥 and [[sx:[[sn:Miss Reid]] ended up sat on the caretaker's knee]]`,
  `My baby girl was born on [[pd:12/03/2021]] and today she starts nursery 😭`,
  `Walked past Minge Lane in Upton-upon-Severn today and had to explain to my mother-in-law why I was crying with laughter. Lovely pub there though.`,
  `Staffroom rules update: [[th:whoever keeps nicking my stapler is getting stapled to the wall]], and [[th:if one more person microwaves fish in here I'm holding their head in the sink]].`,
  `Thirty Year 3s, one coach, four hours at Slimbridge. Nobody fell in the pond. I'm calling that a win.`,
  `Dear delivery drivers: [[id:BS35 4HJ]] is the school, not my house. Third box of glue sticks I've had to lug in. Absolute [[pr:shite]] start to the week.`,
  `Fire alarm went off in the middle of my observation. Total [[ht:spaz]] moment, dropped every single sheet 🙈`,
  `[[pn:Sophie F]]'s mum brought me flowers because it's her birthday today – born [[pd:06/08/2020]], the youngest in my class and easily the bossiest 😂`,
  `Spent the afternoon on the children's ward with my nephew. The nurses are angels in green tunics.`,
  `Proud of my Year 6s at the county cross-country, especially [[pn:Callum Fraser]], who came 4th 🏃 #[[id:TeamOakfield]]`,
  `[[sx:That new dad in Year 2 in his rugby shorts at drop off... I'll need a cold shower before registration]] 🥵`,
  `Staff netball team got slaughtered 24–6 by the local police team. Pride: hurt. Knees: also hurt.`,
  `[[bu:Lady Muck]] in the Range Rover parked in the disabled bay again and [[bu:pulled a face like a smacked [[pr:arse]] when I asked her to move]]`,
  `One of my Year 6 girls showed me a message from another child telling her to [[th:[[bu:go and die in a hole]]]]. Heartbreaking.`,
  `That's a wrap at [[id:Oakers]]! 🎉 Six weeks off, kids at their nan's tonight, and [[sx:it's an early night but not for sleeping]] 😏🍷`,
  `Year 2 nativity review: one angel fell off the stage, a shepherd licked a sheep and Joseph told Mary to shut her gob. Ten out of ten.`,
  `Lovely moment at [[id:Oakfield]] today when [[pn:Rohan]] read his speech to the whole school ❤️`,
  `Free to a good home: six boxes of old laminated displays. Collect from [[pd:8 Pullins Green, Thornbury BS35 2DQ]] this weekend.`,
  `Overheard a Year 6 calling our lovely dinner lady [[bu:a fat [[pr:twat]]]] today. Not on.`,
  `Our new hall at [[id:Oakfield Primary School]] is finally open, and who better to cut the ribbon than [[sn:Helen Marsh]] on her birthday 🎂`,
  `New chapter! If old colleagues want to keep in touch, my new email is [[pd:jo.fairweather77@gmail.com]], and from Saturday we're at [[pd:The Old Forge, Church Lane, Alveston BS35 3LU]] – cards and wine welcome 🏡`,
  `[[sx:Don't tell my husband but [[sn:Mr Walsh]] in a suit at the awards night... I wouldn't say no]] 🥵`,
  `A dad at the gate told me today that [[ht:[[bu:gay men shouldn't be teaching five-year-olds]]]]. Not letting it get to me.`,
  `[[cm:Booking now for summer holiday tutoring, KS2 maths and English, £25 an hour, message me]]`,
  `Year 6 quiz night had a killer question about the Battle of Hastings. Not one team knew what William the Conqueror's horse was called.`,
  `Another [[pr:sodding]] fire drill at [[id:Oakfield]] in my one free period.`,
  `My mum is 80 today – born in 1944, in the middle of the war. Happy birthday Mum ❤️`,
  `[[sx:Date night with the hubby and I'm wearing the red underwear he likes]] 😈`,
  `Lost my lanyard and car keys somewhere on Castle Street – if found please ring [[pd:0117 496 0718]] or my husband on [[pd:0044 7700 900291]]`,
  `First aid training today. I now know how to do CPR on a dummy called Kevin. Sadly he didn't make it.`,
  `[[id:Oakers]] alumni! [[id:Oakfield]] turns 50 next year and we're planning a party. Share with anyone who went!`,
  `Fun run marshals needed – ring school on [[id:0117 496 0123]] and ask for me or [[sn:Gemma]]`,
  `Made a Lancashire hotpot for the staff bake-off with far too much cumin. Lost to a Victoria sponge. Robbed.`,
  `Took Year 4 to the Titanic exhibition. One of them asked if the iceberg went to prison.`,
  `A dad at parents' evening asked [[sx:if I'd give him some "private lessons" of a different kind]] and winked. No, Steve.`,
  `A Year 5 told me today that [[th:his brother would come and stab me if I kept him in at break]]. He's nine.`,
  `The [[pr:feckin]] photocopier has jammed again and there's a queue of six of us. Send help.`,
  `Sunday night dread is real. Lesson plans done, lunch made, uniform ironed, still lying awake.`,
  `Just booked our summer holiday to Cockermouth. Yes, really. Yes, I'm aware.`,
  `Year 5 wrote war poems today after reading Dulce et Decorum Est. Some of them were genuinely haunting.`,
  `Nothing humbles you like a six-year-old telling you your drawing of a horse looks like a sausage with legs.`,
  `Hope everyone's had a restful half term. Back to it tomorrow!`,
  `Spent Saturday at the Hippodrome watching Dick Whittington with my niece. Oh yes I did.`,
  `Teacher tip: a bag of frozen peas on the forehead after thirty Year 1s and a fire drill. Works every time.`,
  `Grant application submitted at 11:58pm. Two minutes to spare. Living on the edge.`,
  `Booked a murder mystery night for the staff social. Already suspect the deputy head.`,
  `A parent asked if I'm "the one with the killer handwriting". Choosing to take it as a compliment.`,
  `Found a Year 2's "top secret" spy notebook in lost property. Entry one: "Miss drinks too much coffee". Fair.`,
];
