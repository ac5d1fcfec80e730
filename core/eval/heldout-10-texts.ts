// The tenth held-out set's texts, labelled inline as [[code:span]]; `npx tsx core/eval/heldout-source.ts
// --set 10` builds heldout-10.jsonl from them (ids h10-off-NNN, h10-com-NNN, h10-per-NNN). Written by
// someone who read none of the checker (core/src/checker/ beyond types.ts's category names), its lexicons
// or tests, core/bench/, core/cli/, corpus-*.ts, corpus.jsonl, generate-corpus.ts or any heldout*.jsonl,
// and of the earlier sets' texts only the header comments of heldout-texts.ts and heldout-2-texts.ts to
// heldout-8-texts.ts (there is no set 9 texts file); the checker was not run on these texts before they
// were labelled, nor after. Score it with:
//   npm run -s eval:checker -- --corpus core/eval/heldout-10.jsonl
// The school is the evaluation roster's (roster.json): Oakfield Primary School ("Oakfield", "Oakers"),
// Oakfield Road, Thornbury, Bristol BS35 4HJ, 0117 496 0123, office@oakfield.sch.uk.
//
// Aim: weighted to measure HATE recall and precision, in wordings written fresh for this set by many
// kinds of writer (angry parents, trolls, teenagers, grandparents, busy staff, writers whose first
// language is not English; Scottish, Northern, Welsh, Irish, London, Bristol and Black Country voices):
// well over sixty hate labels, racist (anti-Black, anti-Asian, anti-Chinese), religious (antisemitic,
// anti-Muslim, anti-Catholic, anti-Sikh, anti-Hindu), Gypsy/Traveller/Roma, anti-migrant, homophobic,
// transphobic and disability hate; as slurs (starred, l33t, spaced, misspelled, repeated letters,
// Cyrillic look-alikes written as \u0430 / \u0435 / \u043e / \u0443, zero-width characters written as
// \u200b, plurals, compounds) and slur-free (hostile generalisations, dehumanising comparisons with
// animals, vermin, disease and invasion, conspiracy, Holocaust denial, "go back to ...", exclusion from
// teaching or school, mockery of accents and religious dress, dog whistles and coded numbers); beside
// many hate-like innocent traps (Holocaust Memorial Day, Black History Month, Eid, Diwali, Lunar New
// Year, a gurdwara and a mosque visit, Gypsy, Roma and Traveller History Month, a Pride assembly, a
// disability awareness week, the Spastics Society's old name, niggardly, Gypsy tart, "gay" meaning
// cheerful, a Jewish parent's bake sale, a PSHE lesson on "the P-word"), an ordinary sprinkling of the
// other categories, and about a third of the texts clean, most of them traps (Scunthorpe, Penistone,
// faggots and peas, cocktail, assess, blue tits, killing it, shoot, bomb down a hill, dead tired, the
// knife and fork club).
//
// Codes: pn pupil_name, sn staff_name, pd personal_data, pr profanity, sx sexual, ht hate, th threat,
// bu bullying, cm commercial, id school_identification, cs child_specific, not = a roster full name used
// as ordinary words. photo_consent is never written: the builder adds it over the whole text when an
// image tags a pupil whose photoConsent is false. Images are attached to official posts only.
//
// Labelling decisions: heldout-source.ts's header and the set 2 to 8 headers hold; beyond them:
// - hate, printed vs named: a slur or coded sign PRINTED in a post is hate wherever it stands, even in a
//   school notice that condemns it ("staff have heard pupils using the word 'paki'", graffiti reading
//   1488, a sticker slogan), and even in a comment that repeats it to condemn it, as sets 2 and 3 took
//   quoted slurs: the school should not republish the word. A post that NAMES the word without printing
//   it ("the P-word", "the N-word", "words used about disabled people", "using the word gay as an
//   insult") is clean, as is a post about hate that prints none ("racism has no place at our gate").
// - hate, innocent look-alikes (clean): "The Spastics Society", Scope's name until 1994, given as the
//   proper name of an organisation in a post explaining why it was changed; "niggardly" explained as a
//   word; Gypsy tart; "gay" meaning cheerful in an old song; Gypsy, Roma and Traveller History Month and
//   a writer calling themselves or their family Romany Gypsy or Irish Traveller; "Pakistani", "Pakistan
//   Day", "Chinese", "Jewish", "Muslim", "Sikh" as neutral descriptions; "88 days till the holidays".
// - hate, coded and dog-whistle forms: the neo-Nazi numbers 1488 and 88 (as a sign-off) are hate over
//   the number; echo brackets are hate over the bracketed words ("(((usual suspects)))"); "It's OK to be
//   white" on stickers, "great replacement", "white genocide" and "globalist bankers" are hate over the
//   phrase or statement. A conspiracy insinuation ("never a word about who owns the central banks" under
//   a Holocaust post, "the Rothschilds run the world") and Holocaust denial ("a holocaust that's been
//   exaggerated") are hate over the insinuation or denial.
// - hate, dehumanising and exclusion: comparisons of a group with animals, vermin, insects, disease or an
//   invading army ("looks like a zoo, half of them belong back in the jungle", "breed like rats",
//   "spread like a disease", "an invasion of fighting-age men") and exclusions ("gays shouldn't be
//   allowed to teach primary", "disabled kids should be in their own schools") are hate over the
//   statement. A slur inside such a sentence is still labelled alone (sets 4 and 6).
// - hate, compounds: a slur fused into one word ("pikeyville") is labelled over the whole word; a slur
//   in a two-word compound ("the p\u0430ki shop", "curry munchers", "dot heads", "rag heads", "towel
//   head", "batty man", "window lickers", "kung flu") is labelled over the slur phrase.
// - hate and bullying, mockery: mocking one person's accent ("you vont the cheeps") is hate and bullying
//   over the same mocking clause. A mocking term for religious dress ("letterboxes", "ninja", "a tea
//   towel on his head") is hate over the term; where it is aimed at one person, bullying covers the
//   insulting clause with the hate term nested. Misgendering one trans person as "it" is hate on "it"
//   nested in bullying over the clause. Mocking one child's refugee journey ("he should be good at it,
//   he came over on a dinghy") is hate and bullying over the clause.
// - hate and bullying, targets: a slur at an unidentified stranger ("some n*g n*g in a BMW cut me up") is
//   hate only, as set 6 took an insult at an unidentified person as profanity only; a slur reported as
//   aimed at one person, in a school notice ("one of our male teachers", "one of our pupils") or by the
//   person or their parent, is hate and bullying (sets 7 and 8).
// - threat and hate: a threat or wish of violence against a group for its religion or race ("someone
//   should burn the mosque down with them all inside") is threat and hate over the same span.
// - hate, casual: a slur used about oneself or a thing ("full spacker mode", "that's so gay", "total
//   retard move", "faaaaggotsss" about boys in general) is hate, as in set 5; "gay" is labelled alone.
// - profanity: "my arse", "f u c k" spaced, "f\u200bucking" and "f\u0443cking" with a hidden or
//   look-alike letter count; "bitch" and "bellend" aimed at one person are profanity nested in bullying.
//   "Chav", "bampot", "cow" are bullying only.
// - Names: Walter Tull, Mary Seacole, Florence Nightingale, Rama and Sita, Brunel, Sensei Kate Morris (a
//   judo coach), PC Ellis (Ellis is several pupils' surname), Agnieszka K (a parent), "Matildas" as book
//   costumes and the words hope, will, may, rose hips and ivy are no roster names.
// - child_specific: a child recovering at home after an operation, on a reduced timetable pending an
//   ADHD assessment, carrying an EpiPen, or off while a parent is in hospital is child_specific.

export type Source = string | { text: string; images: string[][] };

export const OFFICIAL: Source[] = [
  `Year 6 have spent this week getting ready for Holocaust Memorial Day. They read diary entries written by a Jewish girl hiding in Amsterdam, learned that the Nazis also murdered Roma and Sinti people, disabled people and gay men, and wrote their own pledges about speaking up when someone is targeted. Some hard conversations, handled with real maturity.`,
  `Black History Month in Year 3 🖤 This week: Walter Tull, footballer and the first Black infantry officer in the British Army, and the Bristol Bus Boycott of 1963. Ask your child what a boycott is at teatime!`,
  `Dear families, over the last fortnight staff have heard a handful of Year 5 and 6 pupils using the word "[[ht:paki]]" on the field, sometimes about cricket and sometimes as a so-called joke. It is a racist slur whichever way it is meant, and every use is now recorded as a racist incident. Please talk to your child about it at home. Mr [[sn:Hughes]], Headteacher`,
  `PSHE in Year 5 this week: "Words that wound". The children talked about the P-word, the N-word and the words people use about disabled people, without anyone saying them out loud, and about why "it was only banter" doesn't make them OK. Thank you Mr [[sn:Mahmood]] for leading it so sensitively.`,
  `Our charity this term is Scope 💛 Year 4 were surprised to find out that Scope started life in 1952 as The Spastics Society, and changed its name in 1994 because disabled people told them the word had become a playground insult. Non-uniform day on Friday 21st, £1 please.`,
  `Eid Mubarak to all our families celebrating today! 🌙 A big thank you to the mums who came into Year 2 to do henna and share sweets; the classroom smelled amazing.`,
  `Happy Diwali! 🪔 Reception have been making clay diyas and Mrs [[sn:Sandhu]] told the story of Rama and Sita at this morning's sharing assembly. Thank you to everyone who sent in sweets.`,
  `June is Gypsy, Roma and Traveller History Month. Year 4 have been learning about Romani history in Britain, bow-top wagons and Appleby Horse Fair, and on Thursday a visitor from the county's Traveller education service brought in photographs of her own family's wagon.`,
  `Disability Awareness Week 🦽 Year 1 learned to sign their names in BSL, and Year 6 borrowed wheelchairs to carry out an access audit of the school. Their verdict: the ramp by the hall is far too steep and the accessible toilet is full of PE mats. The report goes to governors next month!`,
  `Today's Pride assembly was all about families: two mums, two dads, one parent, grandparents, foster carers and everyone in between 🏳️‍🌈 We also talked about why using the word gay as an insult is unkind, and what to do if you hear it.`,
  { text: `What a morning! Cross-country at the Castle School fields in proper mud 🏃 Well done to every single runner.`, images: [['Noah Patel', 'Ava Robinson', 'Theo Walker']] },
  `New autumn menu from Monday 🍂 Mon: faggots, mash and peas with onion gravy (a West Country favourite!) · Tue: jacket potatoes with beans or cheese · Wed: roast chicken or halal chicken · Thu: Quorn cottage pie · Fri: fish fingers and chips. A vegetarian choice every day.`,
  `A reminder that Oakfield is a nut-free school. [[cs:One of our Year 2 children, [[pn:Reuben]], now carries an EpiPen after a serious reaction at a party]], so please check lunchbox snacks carefully. Thank you.`,
  `Some of you will have seen that over half term someone painted a swastika and the number [[ht:1488]] on the bus shelter opposite the main gate. It has been reported to the police and the council have promised to clean it off today. If your child asks about it, please let their teacher know so we can talk it through in class.`,
  `We are sad to have to post this. On Thursday afternoon a man waiting at the gate told one of our teaching assistants to "[[bu:[[ht:go back to your own country]]]]" because she asked him not to smoke. She was born at Southmead Hospital. Abuse of any member of our staff will be reported to the police.`,
  `Huge well done to Miss [[sn:Reid]], who ran the Bath Half on Sunday for Macmillan and absolutely killed it in 1 hour 52! The children have been asking to see her medal all morning 🏅`,
  `Our summer fair is kindly sponsored by Severnside Tyres & Exhausts ☀️ [[cm:Show this post at their Thornbury branch for 10% off a full set of tyres before 31 August]]!`,
  `Year 5's rivers topic has them following the Trent from Biddulph Moor all the way to the Humber. Today's question: why did Scunthorpe grow up where it did? (Answer: iron ore!)`,
  `Our nest box camera is live 🐦 A pair of blue tits have moved in by the Year 1 garden and there are already seven eggs. Watch them on the class page.`,
  `School photographs: the photographer will shoot individual portraits on Tuesday and family groups from 8.15 on Wednesday, before the bell. Brush that hair! 📸`,
  `Year 6 found the word "niggardly" in their Victorian reading book and asked what it meant. It means mean with money and comes from an old Norse word for stingy; it has nothing to do with any racist word, though it sounds like one, which is exactly why most writers now choose "miserly" instead. Great dictionary detectives!`,
  `Kent Day in the kitchen! To celebrate our partner school in Faversham, the cooks served Gypsy tart for pudding today, a Kentish classic made with evaporated milk and muscovado sugar. 38 empty bowls in Year 4 alone.`,
  `Singing club are learning songs from the 1940s for our VE Day tea party: We'll Meet Again, The White Cliffs of Dover and an old music-hall number with the line "my heart is light and gay". Lots of giggles when we explained that gay used to mean cheerful!`,
  `Thank you to [[pn:Freya]]'s mum, who ran a Rosh Hashanah bake sale at pick-up with challah, rugelach and honey cake and raised £212 for new library books 🍯🍎`,
  `Yesterday a post was shared in a local Facebook group saying that someone was going to "[[th:come up the school and sort that headteacher out]]". We take this seriously and the police are aware. There will be an extra member of staff on the gate all week.`,
  `We have had several emails about our new RE scheme. We are always happy to talk to parents about the curriculum, but we will not reply to messages like the one that told us "[[ht:Muslims should not be allowed anywhere near children]]". That is not a view about the curriculum.`,
  `On Tuesday one of our pupils was called a "[[bu:[[ht:gyppo]]]]" by two older boys outside the chip shop. They were not from our school. If you saw what happened, please ring the office on 0117 496 0123.`,
  `The knife and fork club is back after half term for Reception 🍴 It's a quiet table at lunchtime where our youngest practise cutting up their own food. Thank you [[sn:Donna]] for running it again!`,
  `SNOW! ❄️ The staff who made it in spent morning break watching Year 6 bomb down the field on tea trays. Mr [[sn:Hughes]] had a go on a bin bag and is now, in his own words, "dead tired and soaked to the bone". School will be open as normal tomorrow.`,
  `[[cs:[[pn:Hattie]] in Year 3 will be off for a few weeks while her dad is in hospital]], so her class have made her a giant card. We're all thinking of you, [[pn:Hattie]] 💛`,
  { text: `Cooking club made soda bread today 🍞 The smell in the corridor!`, images: [['Grace Okafor', 'Oliver Bennett', 'Priya Sharma']] },
  `Year 6 have been writing to pen pals at a primary school in Penistone, South Yorkshire. The replies arrived today and there was great excitement about the word "ginnel".`,
  `We have turned off comments on our Pride Month post after a number of comments such as "[[ht:trans is a mental illness and you're pushing it on kids]]". Comments that attack any group of people will be removed and reported.`,
  `Thank you to everyone who came to the PTA quiz night! The cocktail stall (mocktails for the drivers 🍹) raised £340, and the Year 4 parents' team "Quiz Akabusi" won by a single point.`,
  `After 23 years at Oakfield, Mrs [[sn:Talbot]] is hanging up her tabard at Christmas. Thank you for all the plasters, the cuddles and the thousands of lost jumpers found 💐`,
  `Year 5 visited the gurdwara on Fishponds Road on Wednesday and learned why many Sikhs wear a turban. The volunteers served everyone langar and [[pn:Lucas]] had three helpings of kheer!`,
  `The coach for Friday's trip is from Cotswold Coaches. If you are running late on the day, ring the driver directly on [[pd:07700 900318]] and he will wait five minutes.`,
  `Please remember that the class WhatsApp groups are not run by the school, but we do hear about them. A message last week said "[[ht:the Roma kids should have their own class so they don't drag ours down]]". That is discrimination, and the parent concerned has been invited in.`,
  `Year 2 science: we assessed which materials are waterproof by dunking teddies' coats in the water tray. Foil wins, tissue does not 🧸💦`,
  `Remembrance: Year 6 laid our wreath at the Thornbury war memorial, where the names of 64 local men killed in the two world wars are carved. [[pn:Siân]] read "For the Fallen" beautifully.`,
  { text: `Our Year 4 poets performed at Thornbury library this afternoon 📚 So proud of their confidence!`, images: [['Ivy Green', 'Grace Okafor']] },
  `Message for the Year 5 walking bus volunteers: [[cs:[[pn:Callum F]] is now on a reduced timetable while he is assessed for ADHD, so he won't need walking home in the afternoons]].`,
  `Lá Fhéile Pádraig sona daoibh! ☘️ Year 3 learned some Irish with [[pn:Seán]]'s grandad, who taught them to count to ten and a very fast jig.`,
  `This morning a parent shouted "[[bu:[[ht:f*ggot]]]]" at one of our male teachers in the car park, in front of children. The police have been called and the parent is banned from the site.`,
  `World Book Day 📚 Costumes spotted: four Matildas, a Gruffalo, a very convincing Mr Twit and Mrs [[sn:Frost]] as the Wicked Witch of the West.`,
  `Sports day update: the parents' race will go ahead, but the dads' tug of war is cancelled after last year's injuries 🤕 Please bring sun cream and a hat, and remember there is no smoking or vaping anywhere on the site.`,
  `Our under-11s' match on Saturday was abandoned after a spectator from the other side [[bu:[[ht:made monkey noises]]]] at one of our players. We are proud of how our team stuck together, and the league is investigating.`,
  `Year 6 Shakespeare: Macbeth! Yes, there are daggers and murders, but all the props are cardboard and the only thing killed was the final scene 👏`,
  `Uniform reminder: jumpers and cardigans with the logo can be ordered from [[cm:www.schooltogs.co.uk/oakfield, use code OAK15 for 15% off]].`,
  `Maths week in Year 3: the children were shooting hoops to collect data on who scores most. The teachers lost badly 🏀`,
  { text: `Irish dancing club in their new costumes ☘️ Feis here we come!`, images: [["Seán O'Brien", 'Layla Farrell']] },
  `Mr [[sn:Cartwright]]'s number has changed: if you need him about football club, text [[pd:07700 900671]] rather than calling the office.`,
  `Stickers reading "[[ht:It's OK to be white]]" have appeared on lampposts along the walking bus route. Please don't let children pick at them; the council is removing them this week.`,
  `A parent's message to one of our teachers last night read: "[[th:touch my son again and I'll break your [[pr:f***ing]] arm]]". Our teachers will always keep children safe, and messages like this go straight to the police.`,
  `Year 2 celebrated Lunar New Year with dragon dancing and red envelopes, and [[pn:May]] taught everyone to say "xin nian kuai le"!`,
  `Year 1 went on a minibeast hunt and found woodlice, a slow worm, three snails and what [[pn:Arlo]] insisted was a "baby dragon" (a newt).`,
  `Thank you to PC Ellis for talking to Year 6 about hate crime. They learned that a hate crime can be words as well as violence, and that you can report it online without giving your name.`,
  `After the gurdwara visit we received one complaint which read, in part, "we don't want our kids learning about [[ht:rag heads]]". We will keep teaching about every faith in our community.`,
  `Year 6 leavers' hoodies can now be ordered from the office, £18 each, with all profits going to the leavers' party.`,
  `Congratulations to Mrs [[sn:Oduya]] on becoming a British citizen this week! Year 2 threw her a surprise "ceremony" with bunting and Jaffa Cakes.`,
  `Reminder: the Year 3 trip to the SS Great Britain is on Tuesday. The children will learn about Brunel and about the families who sailed to Australia in steerage. Packed lunches please, no fizzy drinks.`,
  `Thank you to Thornbury Mosque for inviting Year 4 to look around during their open day. The children loved the calligraphy and asked brilliant questions about Ramadan.`,
  `Thank you to everyone who has asked after [[pn:Jacob]] in Year 6. [[cs:He is recovering at home after his operation and hopes to be back after Easter]].`,
];

export const COMMENTS: Source[] = [
  `why are we even celebrating eid in an english school. [[ht:this country is being taken over by muslims]] and no one is allowed to say it`,
  `Eid Mubarak Oakfield families 🌙✨ lovely pics`,
  `[[ht:cow worshipers]] get there own assembly now do they 🙄 whats next`,
  `keep your [[ht:f4ggot]] propaganda away from my kids 🤮`,
  `Proud of this school 🏳️‍🌈 my daughter came home and said "some families have two daddies and that's ok mummy" ❤️`,
  `[[ht:gays shouldnt be allowed to teach primary]] simple as. not having my lad taught by one`,
  `is it true [[bu:the new TA in yr1 is a [[ht:tr\u0430nny]]]] 😂😂 asking for a friend`,
  `Sorry but [[ht:autistic kids are just naughty kids with a label and they drag the whole class down]]. Said it.`,
  `holocaust memorial day every year but [[ht:never a word about who owns the central banks]] 🤔 do ur own research people`,
  `the [[ht:(((usual suspects)))]] behind this new curriculum again, wake up`,
  `[[ht:muzzies]] get a prayer room and our kids cant even say happy christmas anymore. joke`,
  `my son came home saying a boy in year 4 called him a [[bu:[[ht:towel head]]]] cos of his patka. he is 8!!! what is the school actually doing about this`,
  `diwali my [[pr:arse]], [[ht:curry munchers]] setting off rockets til 2am every night this week`,
  `aw naw no anither st patricks post. [[ht:fenian]] scum the lot o them`,
  `lock up ur sheds lads the [[ht:p1keys]] r back on the field by the leisure centre`,
  `[[ht:travellers shouldnt get school places round here, they dont pay a penny in tax and theyre off again by Easter]]`,
  `half the reception class cant speak a word of english. [[ht:they breed like rats and we pay for it]]`,
  `@Agnieszka K [[bu:[[ht:go back to poland]]]] if u dont like the school love`,
  `anyone elses kid come home doing the new dinner lady's voice 😂 [[bu:[[ht:"yes yes you vont the cheeps" learn the language or go home]]]]`,
  `whats with all the [[ht:letterboxes]] at pick up now, cant tell whos collecting who 🙄`,
  `BHM = [[ht:n\u200big\u200bger]] history month lmaooo`,
  `the footie team pic [[ht:looks like a zoo, half of them belong back in the jungle]] 🐒`,
  `my kid aint going to no [[ht:b e n d e r]] assembly so dont bother`,
  `the two mums thing is fine but why do the [[ht:lezzas]] have to shove it in everyones face`,
  `bruv why they teaching year 2 bout [[ht:batty man]] ting, allow it fr`,
  `[[ht:trans women are just blokes in wigs and should be kept well away from little girls]]`,
  `sports day was a joke, my son lost the relay cos they put [[bu:the [[ht:sp4st1c]] kid]] on his team`,
  `did the spelling test without revising, total [[ht:retard]] move 🤦‍♀️`,
  `Great to see Year 6 assessing the ramp. As a wheelchair user I'd be happy to come in and help with the audit, just message me.`,
  `My nan was a Romany Gypsy and she would have loved this post ❤️ thank you for teaching it`,
  `As a Jewish mum, thank you for marking Holocaust Memorial Day so thoughtfully. My daughter came home with so many questions.`,
  `the challah at the bake sale 🔥🔥 chag sameach [[pn:Freya]]'s mum!!`,
  `Beautiful Diwali assembly. Our Sikh neighbours came along too and loved it 🪔❤️`,
  `hahaha Mr [[sn:Hughes]] bombing it down the hill on a bin bag 😂 absolute legend`,
  `Faggots and peas back on the menu?! Can I enrol my husband please 😂`,
  `knife and fork club 😂 my 4 year old eats peas with her hands like a raccoon, sign her up`,
  `my grandad used to sing that one! gay as in merry, different times 😄`,
  `that [[ht:1488]] graffiti is disgusting, hope they catch whoever did it`,
  `Disgusting what happened to that TA. Hope the police find him. Racism has no place at our school gate 👏`,
  `[[ht:gyppos]] get everything handed to them, council houses, free school meals, the lot. and they still nick`,
  `[[ht:every muslim man is a groomer waiting to happen]] and now they want us teaching it to 5 year olds`,
  `[[ht:k1kes]] run the exam boards anyway so whats the point`,
  `[[ht:dot heads]] and their stinking incense, the whole street reeks`,
  `[[bu:the new lollipop man looks like hes got a [[ht:tea towel on his head]]]] 😂`,
  `this school is soooo [[ht:gaaaay]] 🤣`,
  `no wonder its Mr [[sn:Lloyd]] doing the pride stuff, [[bu:hes a massive [[ht:p00f]]]]`,
  `[[bu:that dad who does pick up in a skirt is a [[ht:sh3male]]]] and hes round our kids every day`,
  `lmaooo [[bu:[[pn:Dylan W]] is such a [[ht:m0ng]]]]`,
  `[[ht:window lickers]] bus outside again blocking the whole road`,
  `😂 [[bu:[[pn:Kai N]] and his [[ht:ch!nk]] eyes]] on the front row of the nativity pic`,
  `gone are the days when this was a nice school, now its full of [[ht:c00ns]] and [[ht:p*kis]]`,
  `[[ht:these migrants are like cockroaches, one family moves in and fifty more follow]]`,
  `[[ht:travellers spread like a disease]], every town they stop in goes downhill`,
  `[[ht:great replacement happening in front of our eyes]], look at any reception class photo`,
  `proud to be white, proud to be british. [[ht:88]]`,
  `88 days til the summer holidays not that anyones counting 😅`,
  `My son's in Year 6 and he said the Holocaust lessons were the most important thing he's done at school. Thank you Mrs [[sn:Jones]].`,
  `[[ht:catholics are all kiddie fiddlers]] anyway so why would anyone trust the church school`,
  `St Patricks day, another excuse for the [[ht:left-footers]] to get bladdered`,
  `Tidy! My boy was buzzing about the Eid party, now in a minute he'll be asking for henna 😂 cwtch to the mams who came in`,
  `bostin assembly that, our babby loved the diwali dancing. tara a bit`,
  `gert lush pics, where's that cross country to? my boy come home proper muddy 😂`,
  `ah that's grand, yer woman from the Traveller education service was brilliant with my lot when they were small`,
  `[[bu:Mrs [[sn:Frost]] is an absolute [[pr:bellend]]]], she gave my kid a detention for a [[pr:f\u200bucking]] smile`,
  `[[th:if that teacher grabs my daughters arm again ill be up there and he wont walk straight for a month]]`,
  `[[th:hope someone keys that head's car]]`,
  `does anyone have a spare school jumper age 7-8? can collect, text me on [[pd:07931 552 804]]`,
  `Lost a purple scooter at pick up, if found please email [[pd:jodie.h.1987@hotmail.co.uk]] x`,
  `[[cm:💸 Earn £500 a week from home! I did and now I'm mortgage-free. DM me or visit bit.ly/3xWinNow 💸]]`,
  `[[cm:Handmade name labels for uniform, 50 for £6, check out my Etsy shop LabelLadyUK]] 🏷️`,
  `[[sx:the new PE teacher can get it 🥵]]`,
  `[[bu:the mum who parks on the zigzags every morning in her pyjamas is a proper chav]]`,
  `[[pr:wtf]] is the point of an inset day on a Monday AGAIN`,
  `Well done [[pn:Amelia]] and [[pn:Tariq]] on their reading certificates! 🌟`,
  `[[th:[[bu:k y s]]]] [[pn:Ethan B]] [[bu:nobody likes u]]`,
  `[[th:[[ht:someone should burn the mosque down with them all inside]]]]`,
  `Can the photographer shoot my two together on Wednesday even though one's at the secondary? 🙏`,
  `dead tired after that sports day and I was only watching 😂`,
  `the choir were killing it at the carol service, [[pn:Esme]] smashed that solo 👏`,
  `I'm British Pakistani and my son was so happy to see the Pakistan flag in the cricket assembly 🇵🇰`,
  `cant even get a pint of milk in th\u0435 [[ht:p\u0430ki]] shop on the corner after 9 now`,
  `they can do what they want at home but [[ht:h0mos]] and [[ht:d y k e s]] dont belong in a primary school`,
  `[[bu:[[ht:mrs [[sn:karimi]] talks like shes ordering a kebab]]]] my kid cant understand a word`,
  `[[bu:the [[ht:ninja]] mum at pick up gives me the creeps]]`,
  `[[bu:the new dinner supervisor is an [[ht:it]] not a she]], my daughter said so and shes 6 🤢`,
  `[[sx:which one of the girls in the netball pic has insta? 😍]]`,
  `Thank you for the Gypsy, Roma and Traveller month post. My kids were so proud to see their culture on the school page 💚`,
  `Lovely to see Black History Month isn't just about America. Walter Tull is a brilliant choice.`,
  `Asking for a friend: is it the faggots or the Gypsy tart on Thursday? 😂`,
  `[[bu:ur such a [[ht:fagit]]]] [[pn:Jude L]] 😂 [[bu:everyone saw u cry at the disco]]`,
  `[[ht:globalist bankers]] pushing this diversity agenda on 5 year olds`,
  `my grandad would turn in his grave, in his day a [[ht:w0g]] couldnt even get a council house`,
  `Hello, my son is new in Year 3, he is from Syria. Please, which day is the swimming? Thank you very much for the kind teachers.`,
  `[[bu:[[ht:swimming? he should be good at it, he came over on a dinghy]]]] 😂`,
  `Mrs [[sn:Karimi]] is best teacher, my daughter learn so much english this year, thank you from all our family`,
  `who the [[pr:f u c k]] decided pick up should be 3.05 on a friday`,
  `[[th:if that dinner lady snatches our Leah's pudding once more I'll knock her block off]]`,
];

export const PERSONAL: Source[] = [
  `Marking on a Sunday again. Year 4 assessments done, only 29 to go. Kill me now ☕`,
  `Took my kids out of [[id:Oakfield]] today. [[ht:Half the class are foreigners who can't speak English]] and the teachers spend all day on them.`,
  `ngl year 6 at [[id:oakers]] was peak, miss it fr`,
  `Bombed it down Castle Hill on the bikes with the kids, nobody died 🚴‍♀️ best Saturday`,
  `Proper dead on my feet after the Pride picnic but what a day 🏳️‍🌈 my two had their faces painted like rainbows`,
  `Some [[ht:n*g n*g]] in a BMW just cut me up on the A38, [[pr:f\u0443cking]] typical`,
  `Anyone got a good recipe for faggots? Nan's were the best, with proper onion gravy and mushy peas 🤤`,
  `Another training day on "inclusive language". [[ht:Pretending a bloke in a dress is a woman is not inclusion, it's insanity]].`,
  `The council have turned the field behind the leisure centre into [[ht:pikeyville]] again. Grab the kids' bikes in off the drive.`,
  `Proud to be an Irish Traveller and proud of my girls, who read out a poem about our family's wagon in assembly today 💚`,
  `Diwali with the in-laws 🪔 fifteen kinds of sweets and my mother-in-law still says I'm too thin 😂`,
  `Neighbours celebrating Diwali with fireworks at midnight again. [[ht:These people have no respect for the country they've moved to]].`,
  `Funny how every war ends up making money for the same few families. [[ht:The Rothschilds run the world]] and your kids are being taught about [[ht:a holocaust that's been exaggerated]]. Think for yourselves.`,
  `Saw three women in full burkas outside the school gates this morning. This is Britain, not Saudi. [[ht:They're not here to integrate, they're here to take over]].`,
  `New starter in my class today, the family's just arrived from Romania. [[ht:Guess I'll be counting the pencils at home time]] 🙄`,
  `bro my maths teacher set 3 homeworks on a friday thats so [[ht:gay]]`,
  `lmao [[bu:[[pn:Theo]] in the school play looking like a proper [[ht:tr4p]]]] 💀`,
  `Forgot my keys, my phone AND the kids' PE kits. Full [[ht:spacker]] mode today 🤦‍♀️`,
  `Disability Awareness Week at school and my son came home signing "thank you" in BSL to everyone, including the dog 🥹`,
  `Our bake sale stall for Rosh Hashanah raised over £200 for the library! Thank you to everyone who bought challah and came back for seconds of the honey cake 🍯`,
  `Alright my lovers, gert big thanks to everyone who donated to the food bank collection at [[id:Oakfield Primary]] 💛`,
  `So proud of my girl at her first Pride assembly 🏳️‍🌈 #[[id:OakfieldFamily]]`,
  `Can't believe I've been at [[id:Oakfield Primary School]] ten years this week 🥹 same desk, same kettle, much greyer hair`,
  `Heard a Year 5 call another kid a [[bu:[[ht:paki]]]] today and then tell me "it's just what my dad calls the shop". Where do they learn it.`,
  `Yer man from the council called me a [[bu:[[ht:tinker]]]] to my face today. Thirty years I've lived in this town.`,
  `Proper tidy day out at the Eid fair in Cardiff, the kids had henna and far too much candy floss 🌙`,
  `[[bu:That bampot of a heidie at the wean's school]] wouldnae know a decent lesson if it skelped him on the nose`,
  `[[th:If that lad touches my daughter again I'm going up [[id:Oakfield Road]] and dragging him out by his ears]]`,
  `To the girl in year 9 who keeps messaging my sister: [[th:[[bu:go jump off the Severn Bridge]]]], [[bu:you fat [[pr:bitch]]]]`,
  `[[sx:Date night with the hubby 😏🍆 don't wait up]]`,
  `[[cm:🌸 Back-to-school hair bows, £3 each or 4 for £10, message me to order 🌸]]`,
  `Looking for a childminder who can do drop-offs, we're on [[pd:Castle Street, Thornbury BS35 1HB]] if anyone knows someone local`,
  `My baby is 5! [[pn:Isla]] was born on [[pd:22/01/2020]] at 3am in a snowstorm and she's been that dramatic ever since ❄️`,
  `[[pn:Summer]] in my class told me my cardigan was "the colour of sick". Year 1 honesty 😂`,
  `Penistone Show this weekend 🐑 the kids want to enter the biggest marrow AND the fancy dress`,
  `[[ht:Black lads round here are all drug dealers]], I'm not having my daughter in that school`,
  `Small boats again. [[ht:It's an invasion of fighting-age men]] and we're paying for their hotels.`,
  `My lad got a cough and school sent him home, probably caught the [[ht:kung flu]] off one of the Chinese kids`,
  `[[ht:Sikh men all carry knives]], why is that allowed anywhere near children`,
  `[[ht:Romanian gypsies are vermin]], every town they settle in turns into a dump`,
  `Wake up. [[ht:White genocide is real]] and it starts in the classroom.`,
  `Took the kids to the Holocaust exhibition at M Shed. My eldest asked why the Nazis hated Jewish people and I didn't have a good answer, except that hate grows when people stay quiet.`,
  `lmfao the year 7 boys are such [[ht:faaaaggotsss]] about football 💀`,
  `[[pr:bloody]] [[ht:g\u043eat sh\u0430ggers]] everywhere you look in town now`,
  `My son did his Black History Month project on Mary Seacole and now corrects anyone who says Florence Nightingale was the only nurse 😂`,
  `Cocktail night with the girls 🍸 passion fruit martinis all round`,
  `Writing assessment criteria at 9pm with a glass of wine. Living the dream 🍷`,
  `[[bu:The new deputy is a [[pr:knobhead]]]] who has never taught a day in her life and it shows`,
  `[[pr:Bloody]] hell [[pn:Mason]] has shot up, can't believe he's starting Year 5 next week`,
  `Rose hips and ivy everywhere on the walk today, the kids made a crown for the dog 🐶`,
  `I hope the Year 2 trip goes ahead, my girl will be heartbroken if it's cancelled and she may never recover 😂`,
  `To whoever keyed my car at pick up: [[th:I know you live at [[pd:14 Alder Close]] and I'll be round tonight]]`,
  `the [[ht:p0lacks]] next door have got eight people living in a two bed`,
  `Saw the Year 6 football photo from [[id:Oakfield]]. [[ht:More monkeys than kids]] 🙈`,
  `[[ht:Trans people should not be allowed to work in schools]]. I've emailed the governors.`,
  `[[ht:Disabled kids should be in their own schools, it's not fair on the normal ones]]`,
  `[[ht:Muslims are breeding us out]], give it twenty years`,
  `[[ht:If you don't like our traditions go back to Pakistan]]`,
  `Eid Mubarak from our family to yours 🌙 the kids have been up since 5 for their new clothes`,
  `My dad was called the P-word every day in the 70s. Watching my son celebrate Pakistan Day at school with all his friends, things really have changed 🇵🇰`,
  `Selling my son's old [[id:Oakfield]] uniform, [[cm:jumpers £2 each, book bag £3]], collection only`,
  `[[pr:ffs]] who parks across a driveway at 8.40am, absolute scenes on the school run`,
  `[[sx:Wouldn't mind being kept behind after school by Mr [[sn:Walsh]] 🥵]]`,
  `[[th:Hope whoever nicked the charity box from the school office gets their hands broken]]`,
  `Finally watched Blue Planet with the kids. The bit where the killer whales hunt the seal 😭 nature is brutal`,
  `SATs week: my daughter says she "absolutely murdered" the reading paper. Proud mum!`,
  `[[bu:[[ht:The new maths teacher can't even say "three", it's all "tree" and "dat"]]]] 🙄`,
  `Diolch to everyone at the Welsh playgroup, my little one can sing "Dacw Mam yn Dwad" all the way through now 🏴󠁧󠁢󠁷󠁬󠁳󠁿`,
  `Mum of a disabled child here. The access audit post made me cry happy tears. That ramp HAS been a nightmare for years.`,
  `Teaching my Year 5s about the Windrush generation today. One boy's great-grandma came over in 1956 and he brought in her actual suitcase. Goosebumps.`,
  `Nothing like a kids' party at soft play to leave you dead inside 🫠 three hours of Baby Shark`,
  `Any parents after the Year 4 trip form, it's on the website or email [[id:office@oakfield.sch.uk]]`,
];
