// The twelfth held-out set's texts, labelled inline as [[code:span]]; `npx tsx core/eval/heldout-source.ts
// --set 12` builds heldout-12.jsonl from them (ids h12-off-NNN, h12-com-NNN, h12-per-NNN). Written by
// someone who read none of the checker (core/src/checker/ beyond types.ts's category names), its lexicons
// or tests, core/bench/, core/cli/, corpus-*.ts, corpus.jsonl, generate-corpus.ts or any heldout*.jsonl,
// and of the earlier sets' texts only the header comments of heldout-texts.ts and heldout-2-texts.ts to
// heldout-11-texts.ts (plus heldout-source.ts and roster.json); the checker was not run on these texts
// before they were labelled, nor after. Score it with:
//   npm run -s eval:checker -- --corpus core/eval/heldout-12.jsonl
// The school is the evaluation roster's (roster.json): Oakfield Primary School ("Oakfield", "Oakers"),
// Oakfield Road, Thornbury, Bristol BS35 4HJ, 0117 496 0123, office@oakfield.sch.uk.
//
// Aim: weighted to measure THREAT and HATE together, in wordings written fresh for this set by many kinds
// of writer (angry parents, trolls, teenagers, grandparents, busy staff, writers whose first language is
// not English; Scottish, Geordie, Welsh, Irish, London, Bristol and Black Country voices): fifty-odd
// threat labels (first, second and third person; reported and quoted in school notices and staff posts;
// wished; conditional; vague and implied menace; property and arson; weapons; turning up at a home or the
// gate; threats through a partner, relatives or "the lads"; self-harm incitement in many forms; regional
// slang such as pan his heid in, knack him, a clatsh, a box in the gob, poked on sight, get wet, a gert
// proper hiding, kick his 'ead in; text speak, l33t, a Cyrillic look-alike written as \u0430 and
// zero-width characters written as \u200b) and fifty-odd hate labels (racist, antisemitic, anti-Muslim,
// anti-Sikh, anti-Hindu, anti-Catholic, Gypsy/Traveller/Roma, anti-migrant, anti-Polish, homophobic,
// transphobic and disability hate; slurs starred, l33t, spaced, with look-alike letters (\u0430, \u0456),
// plurals and compounds; slur-free hostile generalisations, dehumanising comparisons, conspiracy, "go
// back", exclusion, accent and dress mockery, coded numbers); beside an ordinary sprinkling of names,
// personal data, profanity, bullying, sexual, commercial, school identification, child-specific and
// photo-consent labels; and about a third of the texts clean, most of them traps for both focus
// categories (a Holocaust lesson and a survivor's grandson, Pride, Eid, Diwali, Lunar New Year, a mosque
// open day, Gypsy, Roma and Traveller History Month, a PSHE lesson on hurtful words that prints none, a
// lockdown drill, a knife-crime talk, Macbeth, sparklers, the Battle of Hastings, idioms, "batter" on
// Pancake Day, "knock 'em dead", "killing it", "shoot" portraits, "bombed down" a hill, "dead tired",
// "knackered", Scunthorpe, Penistone, cocktail sausages, a cockapoo and a cockatiel, pikelets, Mongolia,
// Nigeria, faggots and peas, blue tits, the Knife and Fork Club, Strip the Willow).
//
// Codes: pn pupil_name, sn staff_name, pd personal_data, pr profanity, sx sexual, ht hate, th threat,
// bu bullying, cm commercial, id school_identification, cs child_specific, not = a roster full name used
// as ordinary words. photo_consent is never written: the builder adds it over the whole text when an
// image tags a pupil whose photoConsent is false. Images are attached to official posts only.
//
// Labelling decisions: heldout-source.ts's header and the set 2 to 11 headers hold; beyond them:
// - threat, reported in an official notice: a threat the notice quotes is labelled over the quoted words
//   (set 3); a threat it reports by its content without quoting ("a parent threatened to slash a
//   teacher's tyres in the car park") is threat over the reported threat, "threatened to" included; a
//   notice that only says "threatening behaviour" prints no threat and is clean there.
// - threat, means then menace: a threat set up over two sentences, the means first and the menace after
//   ("Got some lads from Filton who owe me a favour. That teacher is about to find out ...", "Found out
//   where that TA lives. 14 Hazel Grove. Bet she won't be so brave when I'm on her doorstep"), is one
//   span over both (the address nested as pd); two menaces that each stand alone ("me and the boys will
//   be at the gates friday. tell the head to bring his helmet") are two spans.
// - threat, what stays outside: leading and trailing asides ("see if" (Scottish), "swear down", "swear
//   to god", "not even joking", "say less", "just saying", "I mean it", "you've been told", "mind",
//   "Tidy."), a vocative name or "mate"/"love", and an emoji after the threat (👀 🙂 😘 🙃) stay outside;
//   an emoji inside the threat ("ur ded 2moz 🔪🔪 dont even bother hidin", "the severn bridge is that way
//   👉 off you pop") is inside. A relayed conditional threat ("Tell that supply teacher if he grabs our
//   Rhys by the arm again I'll give him a clatsh he won't forget") is one span over the whole sentence,
//   "Tell" included (set 8).
// - threat, vague and implied: "your card's marked", "things happen to grasses round here", "You won't
//   see it coming", "1 day sum1 will shut that mouth 4 u", "Enjoy the house while it's still standing",
//   "Be a shame if something happened to it while you're at work" (of a teacher's car), "I know which
//   house is his. might pop round saturday night with a few of the lads for a chat", "my fellas just got
//   out and hes dying to meet the headmaster", "got a bat in the boot with that teachers name on it" and
//   a pupil's "it was for the kid who snitched" of a knife are threat. "someone will get hurt" about
//   parking stays clean (set 4).
// - threat, slang: Scottish "pan his heid in", Geordie "knack him", Welsh "a clatsh", Irish "a box in
//   the gob", London "gettin poked on sight" and "man will get wet", Bristol "a gert proper hiding" and
//   "sort im out proper", Black Country "kick his 'ead in", "ring his neck" (for wring), "getting dashed
//   in the river", "batter you" and "a right leathering" are threat. "Batter" on Pancake Day, "knock 'em
//   dead" and "break a leg" before a show, "slaughtered" at rounders, "killer" spellings, "bombed it down"
//   a hill, "I'll murder a bacon sandwich", "I would kill for a lie-in", "Kill me now" (oneself), the
//   Roman curse tablets and Macbeth are clean.
// - threat and hate, groups: a threat or wish of violence against a group for its race, religion or
//   ethnicity without a slur ("gas the lot of em" of Travellers, "stick them back on the dinghy and sink
//   it halfway", "the site by the ring road wants burning out, caravans and all", "Someone should send
//   the lot of them back in boxes") is threat and hate over the same span (set 10); with a slur inside
//   it ("with the r@gheads still inside") it is threat over the clause with the slur nested as hate
//   (set 9).
// - self-harm incitement (threat, and bullying when aimed at the person replied to or written about):
//   "k  y  s" spaced, "go neck a bottle of pills", "swallow a pack of paracetamol", "the world would be
//   better if u just stopped breathing", "the severn bridge is that way 👉 off you pop", "go unalive
//   urs3lf", "go and jump off the Prince of Wales bridge" quoted in a notice; "no one would even notice
//   you'd gone" and "nobody likes u" beside them are bullying only.
// - hate, slurs: "knackers" and "tinkers" (Irish slurs for Travellers) are hate over the word, while
//   "knackered" (tired) is clean; "fenian rat" at one named parent is hate over the slur phrase nested in
//   bullying over "typical fenian rat"; "cow piss drinkers" (anti-Hindu) is hate over the phrase with
//   "piss" nested as profanity; "jungle bunnies", "r@gheads", "m u z z i e s", "y\u0456ds", "ch1nks",
//   "polacks", "p1keys", "gyppos", "tr@nnies", "b3nder", "f*g", "sp*stic" and "sp@z" are hate over the
//   word, starred as printed.
// - hate, slur-free: "go back if u dont like it here" under an Eid post, "this pride stuff is grooming",
//   "Gay isn't normal and it never will be", "Trans is a mental illness and teaching it to 6 year olds is
//   abuse", "trans kids don't exist", "Send the lot of them home", "Special schools exist for a reason,
//   put them there", "disabled kids in mainstream is why standards are in the toilet", "half that class
//   look like they just came down from the trees" (under a Black History Month post), "they come over
//   like rats off a ship", "They send the kids out to rob, it's in their culture", a great-replacement
//   "sharia for all of us", "who owns the media again?" under a Holocaust post, "14/88", "88" as a
//   sign-off and "13/50" are hate over the statement or the number. Each hostile sentence is its own
//   span. "bin bags with eyes" (women in niqab) is hate over the phrase; "the lad in year 3 with the tea
//   cosy on his head" (a Sikh boy's patka) is bullying over the description with the dress mockery nested
//   as hate.
// - hate and bullying at one person: "a bloke who thinks he's a woman" of one trans teacher, "a bloke in
//   a wig" and "it" quoted in a notice about one member of staff, "that gay teacher shouldnt be allowed
//   near 5 yr olds. groomer", "go back to Iran and take your headscarf with you" to a named teacher, and
//   mocking a Polish parent's accent ("\"I vont speak vith teacher\" 😂 learn english first") are hate
//   and bullying over the same span. A slur at one identifiable child ("that m0ng" in the writer's son's
//   class) is hate on the slur nested in bullying over "that m0ng"; "such a sp@z" of the writer's brother
//   likewise. A slur at a stranger at the gate ("some n!gga in a hoodie") is hate only (set 10).
// - hate, innocent (clean): a PSHE lesson on words about skin colour, religion, disability or who people
//   love that prints none, a Pride assembly saying "gay" must not be an insult, a child learning that
//   "gay" meant happy in an old song, a writer calling her family Romany Gypsy or Irish Travellers, a
//   Holocaust lesson and a survivor's grandson, Schindler's List, apartheid, a mosque open day, "my
//   husband is from Nigeria", the Mongolian yurt, pikelets.
// - Names: "that Harper boy" names nobody: Harper is the surname of several pupils, and a surname alone
//   is a name only where one roster person has it. "the Adeyemi family" names Hope Adeyemi (a unique
//   surname). "Mrs Talbot", "Mrs Oduya", "Mrs Ingram" and "Mr Underwood" (surnames several staff share)
//   are staff names (set 3); "our Rhys", "our jayden", "Jayden" and "Caleb" name pupils. Non-roster
//   people (Tyler, Sarah with the raincoat, the nephew Max, the dog Biscuit) are clean.
// - personal_data: a non-roster child's full birth date in a relative's own post is pd over the date.
// - sexual: "he can take me for a ride in that van anytime" of a dad at drop off, and "can give me a
//   detention any day 🥵" of a teacher, are sexual over the remark.
export type Source = string | { text: string; images: string[][] };

export const OFFICIAL: Source[] = [
  `Year 5 are absolutely killing it in swimming this term 🏊 Eleven children moved up a group on Friday and three swam their first width without a float. So proud!`,
  `This half term Year 6 begin their study of the Second World War. Over the coming weeks they will learn how the Nazi regime persecuted and murdered six million Jewish people, as well as Roma and Sinti people, disabled people and gay men, and why we still remember them. If you have any questions about how we teach this sensitively, please speak to Mr [[sn:Lloyd]].`,
  { text: `Relay champions! 🏃‍♀️ Well done to [[pn:Ava]], [[pn:Ethan]] and [[pn:Alfie]], who brought home the trophy from the South Glos cluster sports this afternoon.`, images: [['Ava Robinson', 'Ethan Brooks', 'Alfie Turner']] },
  { text: `Reception have been planting sunflower seeds today 🌻 We'll measure them every week until the summer holidays. Which class will grow the tallest?`, images: [['Isla Murray', 'Samuel Yates']] },
  `Dear parents and carers. On Tuesday afternoon an adult shouted at a member of our office team that she would "[[th:come back tomorrow and put every window in this place through]]". Our staff have a right to work without abuse or intimidation. The police have been informed, and the adult concerned has been asked not to come onto the site. Thank you to the many families who have sent kind messages.`,
  `In PSHE this week Year 4 talked about words that hurt. We discussed why words used to make fun of someone's skin colour, religion, disability or who they love are never OK, even "as a joke", and what to do if you hear them. Ask your child to tell you about our "stand up, speak up" promise!`,
  `Online safety: we have become aware of a group chat among some older pupils in which one child was told to "[[th:[[bu:go and jump off the Prince of Wales bridge]]]]" and that "[[bu:no one would even notice you'd gone]]". We are working with the families involved. Please check your children's phones and talk to them about kindness online.`,
  `Staff training day on Monday: Mrs [[sn:Frost]] and Miss [[sn:Reid]] will be leading a session on assessing reading fluency. School is closed to pupils.`,
  `Please keep the [[pn:Adeyemi]] family in your thoughts. [[cs:[[pn:Hope]] will be away from school for a few weeks while her dad recovers in hospital after a car accident]]; her classmates have made her a giant card.`,
  `⚽ Our new football kits have arrived, kindly sponsored by Thornbury Tyre & Exhaust. [[cm:Mention code OAKFC for 10% off your next MOT with them!]] Thank you for supporting grassroots sport.`,
  `We are sorry to report that graffiti reading "[[ht:P4KIS]] OUT" was sprayed on the bike shelter over the weekend. It was painted over by our wonderful site team before school on Monday. If you have any information, please call the office on 0117 496 0123.`,
  `Eid Mubarak to all our families celebrating today! 🌙 Thank you to everyone who brought in sweets and dates for the staffroom, they did not last long.`,
  `This June we are celebrating Pride. In assembly Mrs [[sn:Baker]] read "And Tango Makes Three" and talked about how some families have a mum and a dad, some have two mums or two dads, some have one grown-up, and all of them are families. We also talked about why "gay" should never be used as an insult.`,
  `June is Gypsy, Roma and Traveller History Month. Year 4 have been learning about the history of Romany Gypsy and Irish Traveller communities in Britain: vardo wagons, the horse fair at Appleby, and the prejudice many families still face today.`,
  `A reminder to parents: lunchtime staff have heard some older pupils calling each other "[[ht:b3nder]]" and "[[ht:f*g]]" on the field. This language is homophobic and will be treated as a serious incident. Please talk to your children about it at home.`,
  `Following an incident at the gate yesterday, an adult has been banned from the school site after telling a teacher he would "[[th:put him in the ground]]" in front of children. We will always support our staff.`,
  `The Knife and Fork Club is back! 🍴 Every Thursday lunchtime, Reception children can practise cutting, spreading and pouring with Mrs [[sn:Oduya]].`,
  `Forest School news 🐦 Year 2 spotted blue tits, a great tit, two robins and a nuthatch at the feeders they made last week. They also learnt how to use a bow saw safely to cut hazel for their shelters.`,
  `Menu for next week: Monday roast chicken; Tuesday veggie chilli; Wednesday faggots and peas with mash (or cheese and onion pie); Thursday fish fingers; Friday pizza. Jam roly-poly and custard on Wednesday!`,
  { text: `Look at these brilliant Viking shields made by [[pn:Noah]] and [[pn:Kai]] in Year 4! ⚔️`, images: [['Noah Patel', 'Kai Nguyen']] },
  `Individual and sibling photos: the photographer will be in on Tuesday to shoot portraits from 8.30am. Younger brothers and sisters who are not at Oakfield can be brought along before registration.`,
  `A leaflet pushed through the school letterbox over half term claimed that our RE curriculum is written by "[[ht:(((globalists)))]]" and was signed off with the number [[ht:1488]]. It has been handed to the police. We will not be sharing anything else from it.`,
  `Thank you to our local PCSOs who visited Year 6 to talk about knife crime, county lines and how to stay safe on the way to secondary school. The children asked some excellent questions!`,
  `On Thursday morning we will practise our lockdown drill. Children will hear a different signal from the fire alarm and will hide quietly in their classrooms, away from doors and windows, until an adult tells them it is over. We practise this calmly so that it never feels frightening.`,
  `Allergy awareness: [[cs:[[pn:Zara Hussain]] in Year 2 has a severe peanut allergy and carries an EpiPen]]. Please do not put any nut products in party bags or birthday treats for her class.`,
  `Lost property: a navy raincoat with a dinosaur lining was handed in after the Christmas fair. It belongs to a visitor's child, so if it's yours please ring Sarah on [[pd:07700 900412]].`,
  `We are aware of a post on a local community page claiming that "[[th:lads from the estate will be waiting for [[sn:Walsh]] after school]]". We take this seriously and have informed the police. Mr [[sn:Walsh]] and all our staff have our full support.`,
  `What a performance! 🎭 Year 6 brought Macbeth to life this evening: witches, a ghost at the banquet, more stage blood than the caretaker would like, and a truly chilling "Is this a dagger which I see before me?" Bravo!`,
  `Netball: our Year 6 team destroyed St Mary's 14-2 this afternoon! Shot of the season goes to [[pn:Daisy]] from the edge of the circle 🏐`,
  { text: `Year 4 had a fantastic day at the Roman Baths yesterday. Ask them about the curse tablets!`, images: [['Ivy Green', 'Grace Okafor']] },
  `We have removed a number of comments from our Refugee Week post, including one describing asylum-seeking families as "[[ht:cockroaches]]". Our school welcomes every child. Comments on this page are moderated.`,
  `Uniform can now be ordered online from our supplier: [[cm:www.schoolwearhub.co.uk/oakfield]]. Second-hand uniform is available free from the PTA rail by the office.`,
  `Bonfire Night safety 🎆 Sparklers burn at over 1,000°C, hotter than a cook's blowtorch. Please supervise little ones, wear gloves, and pop used sparklers in a bucket of water.`,
  `For Remembrance, Year 3 learnt about the soldiers, nurses and animals who served and were killed in the First World War, and made poppies for the village memorial.`,
  `Avon and Somerset Police are investigating a note left in the reception letterbox on Friday evening which read "[[th:this dump will burn with the head inside it]]". The school is open as normal and extra checks are in place.`,
  `A very warm welcome to Mrs [[sn:Karimi]], who joins us as Year 3 class teacher after Easter, and to Mr [[sn:Underwood]], our new site manager.`,
  `Following the incident on the stairs last Wednesday, [[cs:the Year 2 boy who pushed a classmate has been given a two-day suspension]]. The injured child is back in school and doing well.`,
  `PTA bake sale on Friday after school! Cakes 50p, cookies 30p, tea and coffee £1. Everything raised goes to the new reading shed 🧁`,
  `We are disappointed to share that one of our lunchtime staff was told by an adult at the gate on Friday to "[[ht:[[bu:go back to Romania where you belong]]]]". Racist abuse of our staff will always be reported to the police.`,
  `Dear Year 6 parents, a pupil reported today that another child told them "[[th:I'm bringing my brother's machete in tomorrow and you're first]]". We have spoken to both families and the police have been informed. There is no ongoing risk to children.`,
  `Our Year 6 cyclists bombed down Castle Hill on their Bikeability course this week, all in perfect control of course, and all with helmets on! 🚴`,
  `Gong Hei Fat Choy! 🐉 Reception made paper lanterns and a dragon for Lunar New Year, and [[pn:May]]'s grandma taught the class to count to ten in Cantonese.`,
  `Anti-Bullying Week: this year's theme is "Choose Respect". Each class will talk about the difference between banter and bullying, and what to do if a joke stops being funny.`,
  `Year 5 have been comparing rivers: a video call with a school in Scunthorpe taught us all about the River Trent and its famous tidal bore, the Aegir 🌊`,
  `Our Paralympian visitor, a wheelchair basketball player, showed Year 4 how to spin, dribble and shoot from a chair. Not one child scored from the three-point line, but the staff did even worse! 🏀`,
  `Yesterday we hid several comments under our post welcoming a new member of staff. They referred to her as "[[ht:[[bu:a bloke in a wig]]]]" and called her "[[ht:[[bu:it]]]]". This is transphobic abuse, and we have reported the accounts.`,
  `Please be aware that [[cs:one of our Year 4 girls is being cared for by her grandparents while her mum is in hospital]], so some days she will be collected by them. Thank you for your kindness.`,
  `Year 5 cooks made Cornish pasties today! Crimp the edges, brush with beaten egg and bake at gas mark 6 for 40 minutes. It smells amazing down the corridor 😋`,
  `Any adult who tells a member of staff to "[[th:watch your back]]", as happened twice this week, will be asked to leave and may be banned from the site. We are a community; please behave like one.`,
  `A Year 5 pupil was called a "[[ht:[[bu:sp*stic]]]]" by older children at the park on Saturday. Although this happened outside school, we have spoken to those involved. Words like this hurt.`,
  `Holocaust Memorial Day: Year 6 were honoured to hear from the grandson of a survivor of Auschwitz, who told the story of his grandmother's journey from Budapest to Bristol. The children listened in total silence.`,
  `History week: Year 4 re-enacted the Battle of Hastings on the field. King Harold was shot in the eye (with a foam arrow) and William was crowned with a paper crown.`,
  { text: `Our choir sang beautifully at the Thornbury care home this morning 🎶 Thank you to the residents for the biscuits!`, images: [['Freya Nowak', 'Dylan Whitfield'], ['Siân Evans']] },
  `"Kill two birds with one stone", "raining cats and dogs", "break a leg": Year 3 have been illustrating idioms and they are hilarious. Come and see them in the corridor at parents' evening.`,
  `Congratulations to [[pn:Muhammad R]], [[pn:Priya]] and [[pn:Oscar]], who have been chosen as our new school councillors. Their first job: the playground equipment budget!`,
  `SEN coffee morning: our SENCo has set up a separate inbox, [[pd:sencoffee.thornbury@gmail.com]], for parents who would rather not use the main office address.`,
  `We have been made aware of an online video in which a man standing outside our gates says "[[th:I'll be back Monday with a few mates and we'll sort the staff out ourselves]]". The police are aware. Children are safe and school will be open as normal.`,
  `Music news: our Year 5 drummers absolutely smashed their first performance, and the recorder group were dead good too! 🥁`,
  { text: `Reception's first forest school session! 🍂 [[pn:Sophie]] found a slug the size of her hand.`, images: [['Sophie Fraser', 'Jude McKenzie']] },
  `We have had to call the police twice this week: once when a parent [[th:threatened to slash a teacher's tyres in the car park]], and once for threatening behaviour at the gate. Please help us keep the start and end of the day calm.`,
];

export const COMMENTS: Source[] = [
  `[[th:if that big lad in yr6 touches our [[pn:jayden]] one more time ill be up that school and ill snap his fingers one by one]]. not even joking`,
  `tell [[th:[[sn:walsh]] he wants to be careful walkin to his car tonight]] 👀`,
  `howay man, [[th:if that lad comes near wor lass again aa'll knack him]], divvent care who his da is`,
  `[[th:Tell that supply teacher if he grabs our [[pn:Rhys]] by the arm again I'll give him a clatsh he won't forget]]. Tidy.`,
  `[[th:yer man on the PTA that keeps deleting my posts is gonna get a box in the gob]] so he is`,
  `[[th:ur ded 2moz 🔪🔪 dont even bother hidin]]`,
  `[[th:someone should st\u0430b that lollipop woman with her own stick]]`,
  `@Tyler [[th:[[bu:go neck a bottle of pills and do us all a favour]]]]`,
  `[[th:[[bu:k  y  s]]]] ✌️`,
  `[[th:hope the dinner lady who screamed at my daughter gets flattened by a bus on her way home]]`,
  `[[th:got a bat in the boot with that teachers name on it]]`,
  `enjoy your last week miss. [[th:your card's marked]]`,
  `[[th:things happen to grasses round here]]. remember that`,
  `[[th:If I find out which kid nicked his bike I'll kick his 'ead in]], bab, I ay messin`,
  `swear down [[th:if that geezer from the bus stop comes near the school again he's getting a gert proper hiding]]`,
  `[[th:g0nna b34t th3 [[pr:cr4p]] 0ut 0f h1m wh3n 1 s33 h1m]]`,
  `[[th:[[bu:the severn bridge is that way 👉 off you pop]]]]`,
  `tbh [[th:[[bu:the world would be better if u just stopped breathing]]]]`,
  `[[th:[[ht:round the lot of them up, stick them back on the dinghy and sink it halfway]]]]`,
  `[[th:should torch every mosque in bristol with the [[ht:r@gheads]] still inside]]`,
  `travellers back on the playing field behind the school. [[th:[[ht:gas the lot of em]]]]`,
  `[[th:say that to my face at pick up and I will [[pr:fucking]] end you]]`,
  `Nice car Mrs [[sn:Talbot]]. [[th:Be a shame if something happened to it while you're at work]] 🙂`,
  `my son says a boy in his class keeps telling him [[th:hes going to bring his dads gun in and shoot him]]. is ANYONE doing anything??`,
  `[[th:You won't see it coming]], Mr [[sn:Booth]].`,
  `u dnt kno wen 2 stop do u. [[th:1 day sum1 will shut that mouth 4 u]] 🤐`,
  `why are we doing Eid in a British school? they wouldnt let us do Christmas in theirs. [[ht:go back if u dont like it here]]`,
  `two dads?? no thanks. [[ht:this pride stuff is grooming, plain and simple]]`,
  `no [[ht:tr@nnies]] teaching my kids thanks`,
  `my lad shouldnt have to sit next to [[bu:that [[ht:m0ng]]]] all day, hes there to learn`,
  `[[ht:the roma kids have nits and nick stuff]]. [[ht:keep them in their own class]]`,
  `[[ht:gyppos]] horses all over the verge by the school again, police do nothing`,
  `bunch of [[ht:knackers]] from the site by the garage robbing copper again`,
  `[[ht:[[bu:"I vont speak vith teacher" 😂 learn english first]]]] love`,
  `funny how comments always get turned off on these posts. [[ht:who owns the media again?]] 🤔`,
  `proud to be white, proud to be english. [[ht:14/88]]`,
  `told my kid not to sit near the [[ht:ch1nks]] since covid`,
  `[[ht:every muslim dad at that gate looks at women like dirt]]. [[ht:ban the lot of them]]`,
  `[[bu:shut up ya [[ht:f\u0430ggot]]]]`,
  `this new reading scheme is fully [[ht:r3tarded]]`,
  `im such a [[ht:spacker]] forgot PE kit AGAIN 🙈`,
  `which one is [[bu:the lad in year 3 with the [[ht:tea cosy on his head]]]], he keeps winding my son up`,
  `[[ht:cow [[pr:piss]] drinkers]] shouldnt be running the diwali assembly`,
  `some [[ht:n!gga]] in a hoodie was hanging round the gate at 3, is he anyones dad?`,
  `[[bu:typical [[ht:fenian rat]]]], [[pn:Seán]]'s da. shouting the odds at the gate again`,
  `[[ht:trans kids don't exist]]. [[ht:it's attention-seeking parents with munchausen's]], end of`,
  `lock ur cars the [[ht:p1keys]] are back 🙄`,
  `@[[sn:Nadia Karimi]] [[ht:[[bu:go back to Iran and take your headscarf with you]]]]`,
  `[[ht:disabled kids in mainstream is why standards are in the toilet]]`,
  `[[ht:13/50]] strikes again lol`,
  `[[ht:[[bu:that gay teacher shouldnt be allowed near 5 yr olds. groomer]]]]`,
  `the [[ht:y\u0456ds]] own every letting agent in bristol`,
  `refugee week? [[ht:they come over like rats off a ship]] and we're meant to clap`,
  `[[ht:jungle bunnies]] in the reception photo 😂 diversity innit`,
  `[[th:[[ht:the site by the ring road wants burning out, caravans and all]]]]`,
  `swear to god [[th:if [[bu:that [[pr:bollix]] of a caretaker]] shouts at my young one again I'll put him through the [[pr:fecking]] window]]`,
  `[[bu:nobody likes u]], [[th:[[bu:go unalive urs3lf]]]]`,
  `[[th:me and the boys will be at the gates friday]]. [[th:tell the head to bring his helmet]]`,
  `can whoever picked up a purple scooter from the bike rack by mistake ring me on [[pd:07812 334 901]] please, my daughter is devastated`,
  `💸 Mums! [[cm:Earn £200 a week from your phone during school hours, no experience needed. DM me or visit bit.ly/mumboss-cash]]`,
  `[[sx:that new PE teacher can give me a detention any day 🥵]]`,
  `[[bu:Mrs [[sn:Ingram]]'s hair looks like it was cut by the knife and fork club]]`,
  `Well done [[pn:Freya N]], [[pn:Jayden]] and [[pn:Caleb]]!!! 🏆`,
  `Mr [[sn:Hughes]] I've emailed twice about the trip money, please can someone get back to me`,
  `Scunthorpe away day was class, the kids loved it even in the rain`,
  `dead tired after sports day but what a day, well done all 👏`,
  `mine bombed it down the hill on their scooters this morning, they'll be wrecks by 3pm 😂`,
  `shoot me a message if you need a lift to the disco x`,
  `faggots and peas!! my lad will be made up, it's his favourite`,
  `the knife and fork club has done wonders for my son, he actually uses a knife now`,
  `on the way back from my mum's in Penistone, might be 10 mins late for pick up, sorry!`,
  `cocktail sausages at the summer fair were gone in ten minutes, need double next year`,
  `will the spellings be assessed this friday or next?`,
  `my daughter came home and talked about the holocaust lesson all through tea. thank you for teaching it so carefully`,
  `you lot absolutely killed it tonight, I cried through the whole of the last song`,
  `My son told me they talked about why calling people names because of their skin colour is wrong. Good conversation at bedtime.`,
  `Eid Mubarak everyone 🌙✨`,
  `Happy Pride! So proud of this school 🏳️‍🌈`,
  `I would kill for a lie-in after this week`,
  `our family are Irish Travellers and we have always been made so welcome here. thank you to the whole team`,
  `does anyone have a good pancake batter recipe for tomorrow? the last lot were like rubber`,
  `that hill on the sponsored walk nearly killed me 😂 the kids ran up it`,
  `Strip the Willow at the ceilidh was carnage, best night in ages`,
  `is there a dress code for the Diwali assembly? my daughter wants to wear her lehenga`,
  `the blue tits have moved into the box the kids made!! 🐦`,
  `break a leg to all the year 6s tomorrow night, knock 'em dead x`,
  `our nan from Stoke sent oatcakes and pikelets for world food day, hope that's ok`,
  `my husband is from Nigeria and would love to come in and talk for culture week`,
  `absolutely knackered after the residential, and I only did the washing`,
  `lol the parents' rounders team got slaughtered by the year 6s again`,
  `the Mongolian yurt visit was amazing, my son wants to live in one now`,
  `the spelling test was a killer but she got 19/20!`,
  `my little one came home saying "gay" means happy in an old song they sang, then asked what else it means. had a lovely chat`,
];

export const PERSONAL: Source[] = [
  `Parent told me at the gate today that [[th:she'd "be waiting for me after work" and that she knows what car I drive]]. 22 years teaching and I sat in my car and cried.`,
  `A ten year old told me today he'd "[[th:get his uncle to shoot me]]". Ten. Year 5 at [[id:Oakfield]], not something off the telly.`,
  `First day at #[[id:Oakers]] for my baby girl 💛 where did the time go`,
  `[[th:if anyone from [[id:oakfield road]] chats to my sister again ur getting dashed in the river]], not even playing`,
  `Can't believe my kids' school has let [[ht:[[bu:a bloke who thinks he's a woman]]]] teach Year 2. [[ht:Men in wigs have no business near children]].`,
  `to the girl who grassed me up: [[th:[[bu:do everyone a favour and swallow a pack of paracetamol]]]] x`,
  `see [[th:if that Harper boy lays a finger on ma wean again ah'm gonnae pan his heid in]]. swear tae god.`,
  `[[th:that yr6 yute who jumped my little bro is gettin poked on sight]]. say less`,
  `A Year 6 boy called a classmate a "[[ht:[[bu:p\u0430ki]]]]" today and then told me it was "only banter". Long chat. Long, long day.`,
  `When I was a girl Thornbury was English. Now you can't hear a word of it at my grandson's school gate. [[ht:Send the lot of them home]]`,
  `Ex thinks he can keep me from my own kids. [[th:Enjoy the house while it's still standing]] mate`,
  `[[th:Got some lads from Filton who owe me a favour. That teacher is about to find out what happens when you put hands on my son]]`,
  `Another mosque going up in Bristol. [[ht:Give it twenty years and they'll be the majority and it's sharia for all of us]]`,
  `Sick of "inclusion". My son's class has three kids with "needs" screaming all day. [[ht:Special schools exist for a reason, put them there]].`,
  `[[cm:Selling [[id:Oakfield]] uniform age 7-8, sweatshirts £3 each]], collection from [[pd:BS35 2PQ]]`,
  `LOST DOG 🐶 black cockapoo, answers to Biscuit, last seen near the castle. Please ring [[pd:07700 900318]]`,
  `So proud of my Year 3s at [[id:Oakfield Primary]] today. [[pn:Lily]] and [[pn:Ruby]] did the whole assembly reading without a single stumble 🥹`,
  `see the wee [[pr:fud]] that keyed ma motor ootside the school, [[th:ah'll find ye and ye'll be eatin through a straw]]`,
  `[[th:whoever been chatting bout my mum better stay off the endz, man will get wet]]`,
  `lol my brother is [[bu:such a [[ht:sp@z]]]] he put his school shoes on the wrong feet`,
  `It's not racist to want your own people in your own country. [[ht:88]] 🇬🇧`,
  `Roma beggars outside Tesco AGAIN. [[ht:They send the kids out to rob, it's in their culture]]`,
  `Honestly [[th:hope whoever reported my car gets their windows put in]] 🙃`,
  `Took a zombie knife off a Year 6 today. He said it was "[[th:for the kid who snitched]]". He is eleven.`,
  `My son will NOT be reading a book about two male penguins raising a chick. [[ht:Gay isn't normal and it never will be]]`,
  `school run surrounded by [[ht:bin bags with eyes]] 🙄 is this even England`,
  `#[[id:OakfieldPrimary]] sports day 🏅 so proud of our boy`,
  `[[sx:That new dad at drop off 🥵🥵 he can take me for a ride in that van anytime]]`,
  `[[bu:The head at my kids school has the personality of a soggy lettuce and the leadership skills of a traffic cone]]`,
  `[[th:next person who parks across my drive for the school run gets their tyres sl\u0430shed]], you've been told`,
  `[[th:If that boy says one more word to my [[pn:Siân]] I'll be up there and I'll ring his neck]], I mean it`,
  `[[ht:Tinkers]] have pulled onto the rec again. Lock everything.`,
  `[[th:Our kid's gonna give that ref a right leathering after the match if he does that again]]`,
  `honestly [[th:the school would go up lovely with a can of unleaded and one match]]. just saying`,
  `[[th:I know which house is his. might pop round saturday night with a few of the lads for a chat]] 🙂`,
  `[[th:my fellas just got out and hes dying to meet the headmaster]] 😘`,
  `[[th:ill sm\u200bash his f\u200bace in when i see him]]`,
  `[[ht:p\u0430kis]] everywhere you look in Thornbury now, didnt used to be like this`,
  `black history month 🙄 [[ht:half that class look like they just came down from the trees]]`,
  `[[pr:bloody]] [[ht:polacks]] taking over the nursery, can't get my grandson a place`,
  `[[ht:m u z z i e s]] everywhere at that school now`,
  `Happy 7th birthday to my gorgeous nephew Max, born [[pd:03/04/2017]] 💙`,
  `Year 4 girl told our TA "[[th:my mum's gonna come in and batter you]]" today. The mum then came in and... apologised. Plot twist.`,
  `Another hotel in Bristol full of "asylum seekers" on our money. [[th:[[ht:Someone should send the lot of them back in boxes]]]]`,
  `[[ht:Trans is a mental illness and teaching it to 6 year olds is abuse]]`,
  `Duw, the council's put another family of them [[ht:asylum spongers]] in the flats by the school`,
  `gert big lad in Year 6 been pickin on my boy. [[th:Ee wants to watch isself]], [[th:I'll sort im out proper]], mind`,
  `[[th:Found out where that TA lives. [[pd:14 Hazel Grove]]. Bet she won't be so brave when I'm on her doorstep]]`,
  `Dead on my feet. 30 reports written, 0 glasses of wine drunk. Yet.`,
  `Took the kids to Scunthorpe for Nanna's 80th, six hours in the car and they only asked "are we there yet" 40 times`,
  `Macbeth rehearsals. If I hear "Is this a dagger" one more time I'm going to need a lie down`,
  `Assessment week. Kill me now 😅`,
  `Proud Romany Gypsy mum 💚 first in our family to get a degree and now teaching the next lot`,
  `Marched at Bristol Pride with my wife and our two boys 🏳️‍🌈 best day of the year`,
  `Diwali with my Year 2s today, rangoli powder in places rangoli powder should never be ✨`,
  `Pancake Day in a Year 1 class. Batter on the ceiling. Batter in my hair. Beaten eggs everywhere. Whisked, flipped, dropped. 10/10 would do again`,
  `Fire drill in the rain, 400 kids out in 3 min 40. We smashed it 🔥`,
  `bombed it down Tumblydown hill on the new bike and lived to tell the tale`,
  `Blue tits nesting in the box the kids gave me for my birthday 🐦💙`,
  `Faggots and peas for tea, just like my nan used to make. Proper comfort food on a cold night`,
  `Sunday in Penistone with the in-laws, rained the whole time, typical`,
  `Our cockatiel has learnt to wolf whistle. My husband is mortified.`,
  `Watched Schindler's List again with my eldest for her Holocaust project. Hardest film there is.`,
  `My daughter is killing it at gymnastics, first gold medal today 🥇`,
  `I'll murder a bacon sandwich after this parkrun`,
  `Photographer friend is shooting our family photos in the bluebell woods tomorrow, wish us luck with the toddler`,
  `Teaching the Year 5s about Nelson Mandela and apartheid this week. One of them asked "why didn't everyone just say no?" Out of the mouths of babes.`,
  `Cocktail night with the girls 🍸 porn star martinis all round`,
  `absolutely knackered. two kids with chickenpox and a dog with the runs`,
  `Spent the evening making a papier-mâché bomb for my son's Blitz project. If the neighbours saw me through the window they'll be worried.`,
  `Holiday club done. 8 days of rain, 3 dead phones, 1 lost shoe, 0 regrets`,
  `Went to the mosque open day with the kids, the imam was so welcoming and the samosas were unreal`,
  `Eid Mubarak from our house to yours 🌙 the kids are high on sugar`,
];
