// The second held-out set's texts, labelled inline as [[code:span]]; `npx tsx core/eval/heldout-source.ts
// --set 2` builds heldout-2.jsonl from them (ids h2-off-NNN, h2-com-NNN, h2-per-NNN). Written after the
// first held-out set (heldout.jsonl) had been used for tuning, by someone who read neither the checker
// (core/src/checker/ beyond types.ts) nor its tests nor corpus-*.ts, corpus.jsonl, heldout.jsonl or
// heldout-texts.ts beyond their first three lines. Score it with:
//   npm run -s eval:checker -- --corpus core/eval/heldout-2.jsonl
// The school is the evaluation roster's (roster.json): Oakfield Primary School ("Oakfield", "Oakers"),
// Oakfield Road, Thornbury, Bristol BS35 4HJ, 0117 496 0123, office@oakfield.sch.uk.
//
// Codes: pn pupil_name, sn staff_name, pd personal_data, pr profanity, sx sexual, ht hate, th threat,
// bu bullying, cm commercial, id school_identification, cs child_specific, not = a roster full name used
// as ordinary words. photo_consent is never written: the builder adds it over the whole text when an
// image tags a pupil whose photoConsent is false.
//
// Labelling decisions: the first set's (heldout-source.ts header) hold, with these made explicit here.
// - Names: every mention of a roster pupil or staff member in any form: full, given + initial (with
//   or without the dot), given alone where it names the child or colleague, surname alone where only
//   one roster person has it, possessive, any case, accents dropped, in a hashtag (#FreyaNowak: the span
//   is the hashtag's word, without the #), and obfuscated (J0nes). Titles and 's stay outside the span.
//   Not names: roster names used as words (will, may, grace, hope, rose, summer, holly, ivy, frost,
//   marsh, booth, grant, price, ward, mark, green, brooks, walker, baker, turner, fisher), story and
//   history people and places that contain them (Jack Frost, Oliver Twist, Matilda, Noah's Ark, Ruby
//   Bridges, Martin Luther King, Muhammad Ali, the Prophet Muhammad, Neil Armstrong, Harry Potter,
//   Rose Hill Woods), pets that share a name (cats called Holly and Ivy), and parents who share a
//   surname with several pupils ("Mrs Dawson" by her car): a Dawson parent is no roster person.
//   E-mail addresses here hold no roster name, so no name label sits inside an address.
// - personal_data: a phone number (mobile, landline, +44, spaced or not), an e-mail address, a street
//   address or postcode (an address with its postcode is one span), or a full date of birth (day, month
//   and year given as someone's birth date) that is not the school's own published details. Following
//   issue 5, a postcode or street address is personal data even when it is a venue's or a shop's: the
//   checker cannot tell a public venue from a home, and a second look costs little. The school's own
//   phone, e-mail, road and postcode are clean in official posts and comments; in a personal post they
//   identify the school and are labelled school_identification instead. Event dates, trip prices,
//   ticket numbers and times are clean.
// - profanity: swear words including mild ones an official account should not print (bloody, piss,
//   wtf), in any disguise (sh1t, f***, f u c k, c.u.n.t.s, biiiitch, zero-width characters written as
//   \u200b, Cyrillic look-alikes); labelled also when nested inside a threat or an insult.
//   Scunthorpe, Penistone, Cockermouth, Clitheroe, Essex, Sussex, Middlesex, cocktail, shiitake,
//   therapist, analyse, assess, grape, Dick Whittington, a water butt and "Moby-Dick" are clean.
//   Shitterton (a real hamlet in Dorset) is labelled profanity: unlike Scunthorpe or Penistone, where
//   the rude string straddles innocent syllables, Shitterton opens with the whole swear word, which is
//   also its etymology (Old English scitere, a stream used as an open sewer), and in a school's or
//   teacher's post it is there for the joke; a checker should give it a second look.
// - sexual: sexual remarks about a person, sexual acts, nudes, sexual spam. Relationships and sex
//   education (RSE), puberty and periods in a curriculum post are clean.
// - hate: slurs (racist, religious, Gypsy/Traveller, homophobic, disability) and hostile statements
//   about a group without a slur ("send them all back"); a slur's span is the slur, a slur-free
//   statement's span is the statement. A slur quoted in a post condemning it (graffiti) is still
//   labelled: the school should not republish the word. Educational text is clean: a Black History
//   Month post, an Eid or Diwali greeting, a Pride assembly that says "gay" is not an insult, a
//   Holocaust lesson naming the Nazis' victims.
// - threat: threats of violence against a person or the school ("I'll smash her face in", "watch his
//   back") and incitement to self-harm. Self-harm incitement aimed at a person ("kys", "go and hang
//   yourself") is labelled BOTH threat and bullying over the same span, since it is both. Violent words
//   in innocent use are clean: dead tired, this heat is killing me, smashed their SATs, murder a cup of
//   tea, killed in the war, crushed it.
// - bullying: an insult or harassment aimed at one person, child or adult, named or identified ("your
//   son", "the new TA"); a slur aimed at one person is labelled hate on the slur and bullying over the
//   insult. Angry criticism of the school, its decisions or "the office" as a body is not bullying
//   (though its swearing is profanity).
// - commercial: selling (second-hand uniform for money included), discount codes, links to shops or
//   services, multi-level marketing, paid tutoring, spam links; a sponsor's offer in an official post
//   is commercial; the school's or PTA's own prices and fundraising are clean.
// - school_identification (personal posts only): the school's name, short name, nickname (Oakers),
//   road or postcode, in words, @handles or hashtags (#OakfieldFamily). Thornbury alone is not labelled,
//   nor another school (Penistone Grammar).
// - child_specific (official posts only): the clause giving one identifiable child's health, special
//   needs, behaviour, family circumstances or whereabouts, named or not ("the Year 3 boy who was sent
//   home for biting"). Praise of a named child is a name only.
// - photo_consent: from the images field; images tagging only consented pupils are clean.

export type Source = string | { text: string; images: string[][] };

// Official posts on the school's channels: the head's newsletter, the office, class teachers, the PE
// lead's match tweets, the PTA chair and governors writing on the school's account.
export const OFFICIAL: Source[] = [
  `Dear families, what a fortnight! Year 6 smashed their SATs practice papers, Year 2 hatched five ducklings, and the staff survived the Christmas fair. Thank you for your patience with the roadworks on Oakfield Road. Mr D [[sn:Hughes]], Headteacher`,
  `Huge congratulations to [[pn:Will Thompson]] in Year 5, who swam a full 50 metres for the first time at Thornbury Leisure Centre this week. Determination personified! 🏊`,
  `Year 4 residential to Cheddar: £185 per child, payable in three instalments through ParentPay by 14 March. Please speak to the office in confidence if cost is a barrier. Nobody misses out.`,
  `FULL TIME: Oakfield 3 – 1 Castle School. Absolute scenes from the Year 6 girls! They were dead on their feet by the end but crushed it in the second half ⚽🔥 #OakfieldPE`,
  `Our office is open from 8am to 4pm on weekdays. Call us on 0117 496 0123, email office@oakfield.sch.uk or write to Oakfield Primary School, Oakfield Road, Thornbury, Bristol BS35 4HJ.`,
  { text: `Roman Day in Year 4! Look at these fabulous togas and shields 🏛️`, images: [['Noah Patel', 'Kai Nguyen']] },
  `This October our Black History Month assemblies will tell the stories of Walter Tull, Mary Seacole and Ruby Bridges, the six-year-old who walked past angry crowds to go to school in New Orleans in 1960. Year 6 will also look at Martin Luther King's "I have a dream" speech.`,
  `Well done [[pn:May Chen]]! Our Year 2 spelling bee champion spelt "necessary" without a single wobble 🐝`,
  `Eid Mubarak to all our families celebrating today! We hope you have a joyful day with loved ones. Absences for Eid are authorised; please just let the office know.`,
  `Please be aware that a child in Year 2, [[pn:Mia]], [[cs:has a severe nut allergy]], so please do not send nuts, peanut butter or Nutella in lunchboxes.`,
  `Year 5 and Year 6 had a thoughtful assembly this morning for Pride month: different kinds of families, the Equality Act, and why words like "gay" should never be used as an insult. The questions they asked were brilliant.`,
  `Star of the week in Year 4 is [[pn:Grace O.]] for her kindness on the playground. She noticed a new child on their own and made sure they had someone to play with all week.`,
  `Year 6 have begun their Second World War topic. This week they read extracts from Anne Frank's diary and talked about how the Nazis persecuted Jewish people, Roma and Sinti people and disabled people. A very sensitive topic, handled with real maturity.`,
  `Happy retirement to Mrs [[sn:Cole]], who has taught Reception for twenty-three years and has, by her own count, tied roughly 40,000 shoelaces. We will miss you!`,
  `The Christmas panto is booked! Years 1 to 6 will see Dick Whittington at the Tobacco Factory on Thursday 12 December. The cost is £8 per child; the PTA is covering the coach.`,
  `Year 3 have been learning their way around a map of England. Can your child find Scunthorpe, Penistone, Cockermouth, Clitheroe and the counties of Essex, Sussex and Middlesex? Ask them at tea time!`,
  `[[pn:Siân]] in Year 6 [[cs:is back with us after her operation at the BRI]] and is already bossing the netball team about. Welcome back!`,
  `[[pn:Priya S]] [[cs:will be leaving us at Easter, as her family is moving to Leicester after her parents' separation]]. We will miss her smile!`,
  `Cooking club made shiitake mushroom stir-fry this week, followed by a fruit cocktail with grapes and kiwi. Recipes will be in the newsletter.`,
  `During the first fortnight of term teachers will assess reading in every class, so we can analyse where children need extra support. There is nothing to revise and nothing to worry about.`,
  { text: `Year 4 pond dipping at the nature reserve: newts, water boatmen and one very surprised frog 🐸`, images: [['Grace Okafor'], ['Ivy Green']] },
  `Mr [[sn:Fletcher]]'s football team have won the district cup for the first time since 2011! Thank you to all the parents who drove to Yate on a freezing Saturday.`,
  `Our family support worker, a qualified therapist from the local NHS team, will run a drop-in for parents every Tuesday at 8.45am in the library. No appointment needed.`,
  `Will all Year 2 parents please return the trip slips by Friday? We still need two more adult helpers for the day; DBS checks can be arranged through the office.`,
  `May is National Walking Month! Walk, scoot or cycle to school every day this month and your child's class could win the golden boot trophy.`,
  `Save the date: the Summer Fair is on Saturday 21 June, 12 till 3. Tombola, cake stall, welly wanging, a bouncy castle and the ever-popular soak-a-teacher stocks. Bring your loose change!`,
  `Reception will sing "The Holly and the Ivy" at the nativity on Tuesday at 2pm. Tissues advised.`,
  `Jack Frost has paid us a visit: the field is frozen solid, so playtimes will be on the playground only this week. Please send warm coats, hats and gloves, all named.`,
  `Tickets for the Year 5 and 6 production of "Oliver!" go on sale Monday: £4 adults, £2 children. Expect a lot of gruel, a very cheeky Artful Dodger and plenty of Oliver Twist asking for more.`,
  `Book Week is here! On Thursday children can come dressed as their favourite character. We're expecting a lot of Matildas, Gruffalos and Harry Potters.`,
  `[[pn:Leo Kowalski]] (Year 1) [[cs:is off school this week with chickenpox]], so if your child is in his class please keep an eye out for spots.`,
  `Reception retold the story of Noah's Ark this week, with a lot of animal noises. Two by two, the giraffes did not fit through the classroom door.`,
  `It's going to be a scorcher this week, so please send your child with a named water bottle, a sun hat and sun cream already applied. Classrooms will have fans running.`,
  `Please keep [[pn:Hope Adeyemi]]'s family in your thoughts this week: [[cs:her dad is seriously ill in hospital]]. The staff are looking after her.`,
  `A message for the family of the Reception child [[cs:who was taken to hospital from the playground on Tuesday]]: we are all thinking of you and send our love.`,
  { text: `Congratulations to [[pn:Ava Robinson]], who ran for Gloucestershire at the national cross-country championships!`, images: [['Ava Robinson']] },
  `Please mark your calendars: INSET day is Monday 6 January, and school reopens to children on Tuesday 7 January.`,
  `Thank you to everyone who queued for the photo booth at the Valentine's disco. The PTA raised £312 for new library books.`,
  `We're delighted to have been awarded a £5,000 grant from the National Lottery Community Fund for our new wildlife garden. Volunteers with spades welcome!`,
  `The price of a school meal rises to £2.70 from April. Free school meals are unaffected; you can check if you're eligible on the South Glos website.`,
  `Well done to [[pn:Sean O'Brien]] for his magnificent Viking longboat, complete with a sail made from a pillowcase. Mum, we owe you a pillowcase.`,
  { text: `[[pn:Seán O'Brien]] receiving his 25 metres swimming certificate from our swimming coach today.`, images: [["Seán O'Brien"]] },
  `[[pn:ZOE MARTIN]]!!! Reading champion of the week, 14 books in 7 days 📚📚📚`,
  `The Year 3 boy who was [[cs:sent home for biting another child yesterday]] will be back on Monday after a meeting with his parents. We take these incidents very seriously.`,
  `Our value for this half term is hope. Year 1 have planted bulbs in the front garden and will check every week to see what comes up.`,
  `Cracking hat-trick from [[pn:oscar lewis]] in the Year 5 match today 🔥⚽ Never seen a volley like it.`,
  `Our designated safeguarding lead is [[sn:Helen Marsh]]. If you have any concern about a child's safety, please contact her through the school office on 0117 496 0123 or in person.`,
  `Found: a silver charm bracelet by the top gate. If it's yours, please ring [[sn:Claire]] on [[pd:07700 900461]] after 6pm.`,
  `Year 2 followed the brook behind the playing field and mapped the green spaces around Thornbury. They now know the difference between a stream, a brook and a ditch.`,
  `Raffle results! 1st prize, the hamper: ticket 0412. 2nd prize, the spa voucher: ticket 1178. Prizes can be collected from [[sn:Nicola Ingram]] at [[pd:14 Elm Grove, Thornbury BS35 2RT]] from Saturday.`,
  `Happy 5th birthday to [[pn:Isla Murray]] (born [[pd:22/01/2020]]), our youngest Reception star! 🎂`,
  `Questions about the Year 6 residential? Email Mr [[sn:Walsh]] directly at [[pd:coachk87@gmail.com]] and he'll get back to you over the weekend.`,
  `Thanks to our sponsor Bright Smiles Dental for the new football kits! [[cm:Show this post at reception for 15% off a family check-up, or book online with code OAKFIELD15 at brightsmiles.co.uk/offers]].`,
  `What a [[pr:bloody]] brilliant match, Year 6! 2-0 down at half time and won 3-2 🙌`,
  `[[pr:Sh*t]] weather for sports day but the kids did not care one bit. Photos to follow!`,
  `PTA news: our own Sarah is hosting a candle party next Friday, and [[cm:20% of every order goes to the PTA! Order at scentsy.co.uk/sarahj]]`,
  `Remembrance: Year 6 laid a wreath at the war memorial this morning, remembering the people of Thornbury killed in both world wars. The two minutes' silence was perfect.`,
  `#StarOfTheWeek goes to #[[pn:FreyaNowak]] for her science fair project on how far a paper aeroplane flies. 12.4 metres, for the record.`,
  `[[pn:Will]] in Year 5 and [[pn:Grace]] in Year 4 have raised £240 for the Thornbury food bank by running a book stall every Friday lunchtime. Amazing!`,
  `Year 5 battled it out at the tag rugby festival and brought home the plate. Special mention to the parents who stood in the rain for three hours.`,
  `Year 2 made Viking longships out of lolly sticks and cocktail sticks. Please don't be alarmed by the glue on their jumpers.`,
  `A huge thank you to our school council, [[pn:Rose]], [[pn:Hope]] and [[pn:Summer]], who presented their playground plans to the governors on Wednesday.`,
  `Congratulations to [[pn:Adeyemi]], [[pn:Nowak]] and [[pn:Robinson]], our new Year 6 house captains!`,
  `[[pn:Daisy Price]]'s poem about her grandad's allotment has been chosen for the South Gloucestershire young writers' anthology.`,
  `Times tables rock stars this week: [[pn:Kai N]], [[pn:Lily W]] and [[pn:Theo W]] all hit legend status!`,
  `Our RSE curriculum for Year 5 covers friendships, puberty, periods and changing bodies. The parent preview evening is Thursday at 6pm in the hall, where you can see every resource we use.`,
  `[[pn:Chloe Dubois]] in Year 5 won the regional under-11 chess tournament on Saturday, beating a Year 8 in the final!`,
  `Please be aware of reports of a man approaching children near the park on Castle Street after school. If you see anything, call PCSO Dean on [[pd:07700 900218]] or 101.`,
  `Reminder to all staff and volunteers: [[pn:Ella]] [[cs:may only be collected by her mum, not her father]]. Please check with the office if anyone else arrives for her.`,
  `A message from the Chair of Governors: on behalf of the governing body, thank you to [[sn:David Hughes]] for ten years as our headteacher. Oakfield is a happier place because of you.`,
  `Miss [[sn:Reid]] and Mrs [[sn:Karimi]] took Year 3 to the Egyptian gallery at the museum today; the mummies were a hit, the gift shop even more so.`,
  `Get well soon to Mrs [[sn:Grant]], who is recovering from knee surgery. The Year 6 cards are on their way!`,
  `Thank you to everyone who donated to the [[pn:Rahman]] family's appeal. [[cs:After the fire at their house, [[pn:Muhammad]] and his sisters are staying with relatives in Yate]] for now, and the school will support them with uniform and books.`,
  `[[pn:Jack W]] in Year 3 [[cs:has ADHD and can find loud places overwhelming]], so on the trip to the aquarium he will have a quiet buddy and ear defenders.`,
  `Netball tournament results: Oakfield A finished second and Oakfield B won the fair play award, which we are just as proud of.`,
  `Good luck to our Year 6 netball captain [[pn:Sian Evans]] at the county trials this weekend!`,
  { text: `Year 3 Egyptian day: mummifying tomatoes and writing in hieroglyphs.`, images: [['Hattie Campbell', 'Aisha Begum']] },
  { text: `Our Year 4 gardeners planting tulip bulbs in the front beds ready for spring 🌷`, images: [['Grace Okafor', 'Daisy Price']] },
  `Volunteers needed for the Summer Fair! Text me on [[pd:07912 345 678]] if you can spare an hour on the cake stall. Thanks, [[sn:Kirsty]] (PTA chair)`,
  `The uniform swap rails will be at [[pd:27 Gloucester Road, Thornbury]] this Saturday from 10 till 12. Everything is free; donations to the PTA welcome.`,
  `Mrs [[sn:Doyle]]'s maternity leave starts on Friday, and we wish her and her family all the very best. Year 2 will be taught by Mr Pearce until the summer.`,
  `Uniform offer: [[cm:half-price sweatshirts and PE kits at SchoolWearDirect this week only, use code OAK50 at checkout]].`,
  `Someone sprayed "[[ht:P*KIS OUT]]" on our back wall overnight. It has been painted over, and we have reported it to the police as a hate crime. There is no place for racism in Thornbury.`,
  `Lost property is overflowing again! Forty-three jumpers, eleven water bottles and one wellington boot. Everything named has gone back to its owner, so please, name everything.`,
  `Safer Internet Day: Year 4 learned how to report an unkind message and why they should always tell a grown-up they trust. Ask them about the "stop, block, tell" rule.`,
  `Happy Diwali to all our families celebrating the festival of light this week! Year 2 have made beautiful diva lamps from clay.`,
  `We're recruiting! A Teaching Assistant, 30 hours a week, term time only, to start in September. Details and the application form are on the South Glos jobs site; closing date Friday 2 May.`,
  `Year 4 learned about Boudica's revolt against the Romans, which left Colchester and London burned to the ground. They were very impressed by her chariot.`,
  `Year 6 dissected a lamb's heart in science today, which was not for the squeamish. Several future surgeons spotted!`,
  { text: `Sports day sack race winners 🏆 What a finish!`, images: [['Dylan Whitfield'], ['Oscar Lewis']] },
  `We are sorry to say that the Year 2 trip to the wildlife park has been postponed because of the coach company. The new date is Wednesday 18 June. Refunds are available from the office.`,
  `Year 6 leavers' disco tickets are £5 and can be ordered by email from [[pd:oakfieldpta.tickets@gmail.com]]. The disco is on Friday 18 July, 6 till 8.`,
  `Welcome to our new Reception families! Stay-and-play sessions run every Friday at 2.30pm in September; just come to the Reception gate.`,
  `Year 3's walk to the top of [[not:Rose Hill]] Woods ended with a picnic and a lot of muddy knees. Thank you to the parent helpers!`,
  `Our new [[not:ivy green]] PE hoodies are in! They are £14 from the office and are optional.`,
  `Space week: Year 5 learned about Neil Armstrong and Buzz Aldrin, then built rockets from bottles. One reached the roof of the kitchen.`,
  `Year 6 boxing workshop with Bristol Boxing Gym: footwork, balance and a talk about Muhammad Ali, the greatest. No sparring, we promise.`,
  `Ramadan Mubarak to all our families observing the holy month. In RE this week Year 5 learned about the Prophet Muhammad, the Night of Power and why Muslims fast.`,
  `Please welcome Mr [[sn:Booth]] back as our site manager after his leave. The gate on the back path is fixed, thanks to him!`,
  `Attendance this week: Year 2 are top with 98.6%! Year 4 are close behind. Every day counts.`,
  `A reminder that the flu nasal spray is being given in school on Tuesday 8 October for all year groups. Consent forms must be back by Friday.`,
  `Our harvest festival collection filled 37 boxes for the Thornbury food bank. Thank you for your generosity.`,
  `Careers week: we welcomed a firefighter, a vet, a baker, a fisherman and a dog walker. The vet brought a tortoise, who stole the show.`,
  `Year 1 and Year 2 will be singing at the care home on Church Road on Wednesday afternoon. Please make sure school jumpers are clean!`,
  `Hi all, the water butt in the garden has been vandalised again. If anyone saw anything on Sunday evening please let the office know.`,
  `Is it Moby-Dick or the Gruffalo? Year 6 debated the scariest book monster at lunch. The Gruffalo won, narrowly.`,
  `The salt marsh at Slimbridge was our Year 4 classroom for the day: curlews, wigeon and a frost-covered boardwalk.`,
  `[[pn:Alfie T]] [[cs:has had a tough week behaviour-wise]], but he's been turning it round since Wednesday. Keep it up, [[pn:Alfie]]!`,
  `Chinese New Year: Year 1 made dragon puppets and tried dumplings made by [[pn:Kai]]'s grandma. Xīnnián kuàilè!`,
  `Congratulations to our staff quiz team, who came second at the Thornbury Rotary quiz, losing on the tie-break question about the price of a pint of milk in 1980.`,
];

// Comments on the school's official posts: parents, grandparents, neighbours, the angry, trolls and
// spam bots.
export const COMMENTS: Source[] = [
  `Well done to all the runners! My lad was dead tired when he got home but so proud 😊`,
  `Well done [[pn:Will]]!!! So proud of you my darling 😘 Nanna xx`,
  `Brilliant. Year 6 absolutely smashed it this year 👏👏`,
  `That's my granddaughter [[pn:Zoe Martin]] second from the left! 😍 Grandma and Grandad are bursting with pride`,
  `Cancelled AGAIN?? Absolute [[pr:sh1t]] show this school`,
  `This heat is killing me, I can't imagine being in those classrooms. Thank you staff for the ice lollies!`,
  `Anyone found a blue coat, Year 2 size, name label half torn off? Please ring me on [[pd:07700 900 812]] 🙏`,
  `Mr [[sn:Fletcher]] is a [[bu:useless fat waste of space and everyone knows it]]`,
  `I'd murder a cup of tea after that nativity. The little ones were adorable, the big ones only slightly less so.`,
  `Is the trip still £185? Can we pay it in instalments or does it have to be all at once?`,
  `If that teacher touches my son again [[th:I'll smash her face in]]`,
  `Too many [[ht:p*kis]] at this school now, it's not the Thornbury I grew up in`,
  `Eid Mubarak to you too! 🌙 Thank you for remembering us.`,
  `Congratulations [[pn:Hope]]! You deserve it xx`,
  `Lovely to see Black History Month being taught properly. My daughter came home talking about Ruby Bridges all evening.`,
  `Can someone from the PTA email me please? [[pd:sarah.collins82@hotmail.co.uk]]`,
  `[[pr:fcking]] joke the lot of you`,
  `Mrs [[sn:Marsh]] is the best teacher ever, my son adores her`,
  `Will there be a recording of the carol concert for those of us stuck at work?`,
  `We moved here from Penistone last year. Best decision we made, the school is fab.`,
  `Your son is the reason my daughter cries every night. [[bu:Nasty little rat, no wonder no one will play with him]].`,
  `Ha, [[pn:Freya N]] winning anything 😂 [[bu:she's the ugliest kid in Year 6, everyone says so]]`,
  `Grandad here, up from Scunthorpe for the grandparents' tea. A smashing afternoon, thank you all.`,
  `[[pr:f u c k]] this new uniform policy`,
  `Mr [[sn:Hughes]] [[th:better watch his back in the car park, I know what car he drives]]`,
  `Eid? [[ht:This is England, not a mosque. Send them all back]].`,
  `My granddaughter was so moved by the Holocaust lesson. She asked me very grown-up questions about Anne Frank over Sunday lunch.`,
  `We live at [[pd:42 Beaufort Road, BS35 1LN]] if anyone wants to drop round the spare costume`,
  `Please can you put the trip price on the letter as well, not just on ParentPay? Not all of us check the app.`,
  `[[bu:L0ser teacher Miss [[sn:J0nes]] can't even control a class of 8 year olds]] lmao`,
  `[[th:I'm going to come down that school and batter whoever's responsible]]`,
  `Pride assembly for 6 year olds? [[ht:Grooming f@gs]] pushing their agenda on our kids`,
  `What time does the Summer Fair finish on the 21st? Asking for a dad who wants to watch the football.`,
  `Thanks Mr [[sn:Hughes]] for sorting the parking, it's so much calmer in the mornings now`,
  `Honestly the communication from this school is shocking. Third time this term the club has been cancelled with an hour's notice. Some of us work!`,
  `[[th:gonna k1ll that k1d]] if he touches my daughter again`,
  `My kid is not sitting next to a [[ht:r3tard]] all day`,
  `Is the grape juice at the disco OK for kids with allergies?`,
  `[[th:someone should burn that school down with the teachers inside]]`,
  `Mrs [[sn:Frost]] [[th:[[bu:you should just kys, nobody would miss you]]]]`,
  `What a load of [[pr:bollocks]], the kids deserve better than a 2.30 finish`,
  `Hun, I've got the perfect thing for tired mums 💕 [[cm:DM me about my Younique business, 20% off with code MUMLIFE20]]`,
  `May I ask if the new PE kit applies to Reception too?`,
  `[[pn:Kai]] [[bu:is a weirdo and a freak, keep him away from our kids]]`,
  `Miss [[sn:Reid]] [[sx:is well fit, I'd bend her over the desk]] 😏`,
  `the [[bu:[[ht:spaz]] kid in Year 2 should be in a special school]]`,
  `[[cm:Selling Year 3 school jumpers, £5 each, message me]]`,
  `Happy birthday to my boy, born [[pd:07/07/2016]], can't believe he's 9 🎂`,
  `Grace before meals was lovely to hear at the harvest lunch. Well done Reception.`,
  `[[pr:Piss]] poor communication as usual`,
  `[[th:[[bu:go and hang yourself]]]] [[bu:you sad old witch]]`,
  `Such a shame about the weather. Jack Frost clearly had other plans 🥶`,
  `Text [[pd:01454 412733]] for the lift share rota, I'll add you to the list`,
  `this is [[pr:biiiiiiitch]] behaviour from the office`,
  `black history month?? what next, a month for [[ht:n1gg3rs]] to rob us`,
  `Ms [[sn:Sandhu]] can you ring me back please, my number is [[pd:07700 900123]]`,
  `[[sx:MILF]] alert in the Year 2 photo 🔥🔥`,
  `absolute [[pr:s\u200bh\u200bi\u200bt]] decision`,
  `Does anyone know if [[pn:Muhammad R]]'s mum still does the lift share on Tuesdays?`,
  `The therapist we saw said routines help, so the earlier start is honestly fine by us.`,
  `[[th:[[bu:k.y.s]]]] [[pn:Theo]], seriously`,
  `[[ht:Jews own the media]], that's why they push this Holocaust stuff in schools`,
  `[[pn:rose hill]] was so good in the play!! the best sheep Bethlehem ever saw`,
  `Who's going to the Dick Whittington panto, is it just Year 3 or all years?`,
  `[[cm:Earn £500 a week from home! Join my team 💰 link in bio]]`,
  `Mr [[sn:Walsh]] is a [[bu:[[ht:f\u0430ggot]]]]`,
  `That Matilda costume was genius 😂 who made the newt?`,
  `[[pn:Oliver B]] bit my son again today. Third time. What are you doing about it?`,
  `Thanks for the info! The phone number on the website is wrong by the way, it should be 0117 496 0123.`,
  `[[sx:send nudes]] 😏`,
  `[[sx:wanna see my [[pr:d1ck]]]] 🍆`,
  `[[pn:May Chen]]'s nan here, we're so proud of her xx`,
  `[[pn:Evie Morgan]] [[sx:has a great body for an 11 year old]]`,
  `[[th:I know where you live [[sn:Gareth]] and I'm coming for you]]`,
  `this is such [[pr:bull\u0455hit]]`,
  `Great to see the Pride assembly. Being gay isn't an insult, and kids need to hear that young.`,
  `[[pr:Stop w@nk1ng on]] about "values" and fix the roof`,
  `[[pr:c.u.n.t.s]] the lot of them at that office`,
  `Everyone in 4B thinks [[pn:Noah]] [[bu:is a f a t l o s e r]]`,
  `[[pr:bloody]] [[ht:muzzies]] taking over our schools`,
  `We're Muslim and so happy to see Eid marked at school. Jazakallah khair to all the staff.`,
  `[[ht:pikey]] family on the Mead estate, lock your bikes up`,
  `Anyone need a cleaner? [[cm:Check out sparkleclean-bristol.co.uk 🧽 first clean half price]]`,
  `[[pn:Aisha]]'s hijab got pulled off in the playground today and nobody did anything. I want a meeting.`,
  `Since the school won't deal with her, she lives at [[pd:9 Meadow Close, Thornbury]] if anyone wants a word.`,
  `Whoever nicked my son's bike from the rack, [[th:I'll find you and you'll regret it]]`,
  `lol the kids were fighting over who gets to be the Gruffalo`,
  `that new TA is a [[bu:proper [[ht:batty boy]]]] lol`,
  `Mrs [[sn:Doyle]] [[sx:has got a lovely pair on her]] 👀`,
  `Hot singles in Thornbury 🔥 [[sx:s3x chat]] at [[cm:hotdates4u.xyz]]`,
  `Call me on [[pd:+44 7700 900345]] if you're doing a car share to the match`,
  `Is it non-uniform on Friday for Children in Need? Is it still £1?`,
  `Can I ask why the field is closed again? The kids need to run off steam at lunch.`,
  `[[pr:who the f***]] decided on a 2.30 finish`,
  `[[cm:Get 10% off school shoes at www.kidskitz.co.uk with code OAKERS10]]`,
  `[[bu:nobody likes you Mrs [[sn:Baker]], you stuck up cow]]`,
  `Cockermouth flooded again on the news last night. Glad our little brook stayed put!`,
  `Lovely photos. Who's the lady running the photo booth? She was brilliant with the little ones.`,
  `[[th:I will st\u200bab you]] if you come near my kids again`,
  `Bring back the old lunch menu please, my two hate the new one 😩`,
  `Thank you [[pn:Grace]] for looking after my little one on her first day, she hasn't stopped talking about you`,
  `Love the new ivy on the front wall, the school looks so pretty now`,
  `Rosa Parks, Mary Seacole and Walter Tull in one assembly? My son knows more than I do now 😅`,
  `Is the Sussex coast trip the same price as last year?`,
  `[[pn:Chloé]] was amazing in the chess final!! Kingswood didn't know what hit them 😂`,
  `[[bu:stupid ugl\u0443 cow]] [[pn:Evie]] thinks she's all that`,
  `Ur all [[pr:wankers]]`,
  `Pride assembly? [[ht:faaaaggots]] everywhere now`,
  `[[bu:[[ht:go back to your own country you p a k i]]]]`,
  `I don't agree with the decision but thank you for explaining it properly. That's all we ask.`,
];

// Staff members' own posts: personal Instagram, Facebook, X; teachers, TAs, the dinner ladies,
// the site manager, a governor.
export const PERSONAL: Source[] = [
  `Sunday reset ☕ Marking done, planning done, and now I'm going to murder a bacon sandwich.`,
  `Best job in the world at [[id:Oakfield Primary]] 💚 #TeacherLife`,
  `This heat is killing me. 32 degrees in the classroom and thirty sweaty eight-year-olds. Send help (and fans).`,
  `Another day, another 200 fish fingers 😂 love my job really`,
  `[[id:Oakers]] sports day tomorrow, fingers crossed for the weather! ☀️`,
  `Half term!!! Off to Cockermouth to see the in-laws 🚗`,
  `Can't believe little [[pn:Jack W]] in my class lost his first tooth today 🦷 he was so proud`,
  `Weekend in Essex for my sister's hen do 🍸 cocktails at the ready!`,
  `That [[pn:Kai Nguyen]] [[bu:is a little terror]], threw his dinner at me today 🙄 #dinnerladylife`,
  `Finally passed my NPQH! Years of hard work. Thank you to everyone who helped me get here.`,
  `Long day at #[[id:OakfieldPrimarySchool]]. Wine o'clock 🍷`,
  `Parents' evening survived ✅ dead on my feet but so many lovely conversations.`,
  `Grape picking in Sussex with the kids this weekend 🍇`,
  `Some parents at this school [[bu:need to get a grip. Yes, you, Mrs Dawson in the blue Range Rover]].`,
  `Our Year 4 class at [[id:Oakfield Road]] have been amazing this week. So proud of them.`,
  `Shiitake risotto for tea, look at me being fancy`,
  `[[pr:Sh!tty]] day. Ofsted tomorrow. Pray for me.`,
  `Anyone recommend a good therapist in the Bristol area? Asking for me 😅 Teaching is hard this year.`,
  `Thornbury's finest 😂 @[[id:oakfieldprimary]] staff night out`,
  `Spent my Saturday on a training course about how to assess phonics. Living the dream.`,
  `[[cm:Selling my Body Shop at Home bits, 30% off this week only, DM me]] 💄`,
  `Visited the Holocaust Memorial in Berlin today. Hard to put into words. I'll be taking this back into my history teaching.`,
  `My lot smashed their SATs at [[id:Oakfield]] this year. Proud isn't the word.`,
  `Eid Mubarak from my family to yours 🌙✨`,
  `Honestly some of the kids in my class are [[pr:f***ing]] feral this week 😂`,
  `[[pn:Freya Nowak]]'s mum just tried to start a fight with me in the car park. [[pr:Wtf]].`,
  `Happy Pride from a very proud auntie 🏳️‍🌈`,
  `Happy birthday to my gorgeous niece [[pn:Lily]], 8 today, born [[pd:31.10.2017]] 🎂`,
  `Black History Month reading list for KS2 teachers 🧵 1. Hidden Figures 2. Little Leaders: Bold Women in Black History 3. The Undefeated 4. Look Up!`,
  `New phone, who dis? DM me for my new number: [[pd:07700 900555]]`,
  `Dinner lady life: [[pn:Grace O]] and [[pn:May C]] were the only two who ate their sprouts 😂 #[[id:Oakers]]`,
  `Penistone Grammar reunion tonight! 20 years since we left 🎉`,
  `If that dad shouts at me in the playground one more time [[th:I swear I'll knock him out]]`,
  `Holly and Ivy, my two cats, have destroyed the Christmas tree. Again. 🎄🐈🐈`,
  `[[ht:Pakis]] moving in next door, house prices about to crash`,
  `Rose gold nails for the wedding 💅`,
  `Parents' evening and [[sx:the hot dad in Year 5 was flirting with me again 🥵 wouldn't say no]]`,
  `Mr [[sn:Fletcher]] fell asleep in the staff meeting again 😴 legend`,
  `Will someone please tell me why the printer always jams at 8.29am`,
  `Shoutout to [[sn:Tom F]], best TA in the county 🙌`,
  `Summer holidays countdown: 12 days. Not that anyone's counting.`,
  `GIRLS' TRIP 🍹 with [[sn:Claire]], [[sn:Holly]] and [[sn:Emma]] from work 💃`,
  `Fun fact from today's geography lesson: there's a hamlet in Dorset called [[pr:Shitterton]] and the kids could NOT cope 😂`,
  `Smashed my 10k PB this morning 🏃‍♀️ 52:14!`,
  `Worst thing about working at [[id:Oakfield]]? The car park on [[id:Oakfield Road]] at 3.15. Send thoughts.`,
  `Anyone near [[id:BS35 4HJ]] fancy a lift share to work? I'll chip in for petrol.`,
  `Headteacher [[sn:David Hughes]] [[bu:has no idea what he's doing. Clueless muppet]].`,
  `May half term plans: sleep. That's it. That's the plan.`,
  `That parent who complained about me [[th:[[bu:should do everyone a favour and jump off the Severn Bridge]]]]`,
  `Poor little [[pn:Noah P]] was sick all over the carpet today, bless him`,
  `Staffroom bake off entry: lemon drizzle. Judge me kindly.`,
  `Going for an interview at another school tomorrow, don't tell anyone at [[id:Oakers]] 🤫`,
  `[[pr:f.u.c.k.i.n.g]] Monday`,
  `Pleased to have been re-elected as a governor for another four years. Proud of all our local schools in Thornbury.`,
  `Year 6 leavers' hoodies ordered! #[[id:OakfieldFamily]] 💚`,
  `Rainy Tuesday. Thornbury, you are very grey today.`,
  `Off to the pub with the [[id:Oakfield]] crew 🍻`,
  `Teachers at [[id:Oakfield]] [[cm:get 15% off at my salon, just say you work there! 💇 www.glowhair.co.uk]]`,
  `SATs week next week. Whatever happens, they are so much more than a score. ❤️`,
  `Another day at [[id:O\u200bakfield]] 🙃`,
  `[[sx:Spicy new pics up on my OnlyFans 😈]] [[cm:first month half price, link in bio]]`,
  `Some people in my department are so two-faced. [[bu:You know who you are, [[sn:Gemma]]. Pathetic]].`,
  `[[cm:Private tutoring available, KS2 maths and English, £30/hr]]. Email [[pd:tutorjo@outlook.com]]`,
  `[[cm:Join my Herbalife team! I lost 2 stone and earn while I teach 💪 link in bio]]`,
  `Cocktail hour 🍹 (it's a mocktail, it's a school night)`,
  `Some of these traveller kids are feral, [[ht:gyppos]] the lot of them`,
  `Ten years in teaching today. Still love it. Still can't work the laminator.`,
  `Marking 30 books on the Tudors. Lots of people got their heads chopped off, apparently with great enthusiasm.`,
  `Bank holiday walk up to Dursley with the dog. Legs are dead.`,
  `[[th:I'll k\u0456ll the next person who parks across my drive]] 😡`,
];
