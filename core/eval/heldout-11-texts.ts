// The eleventh held-out set's texts, labelled inline as [[code:span]]; `npx tsx core/eval/heldout-source.ts
// --set 11` builds heldout-11.jsonl from them (ids h11-off-NNN, h11-com-NNN, h11-per-NNN). Written by
// someone who read none of the checker (core/src/checker/ beyond types.ts's category names), its lexicons
// or tests, core/bench/, core/cli/, corpus-*.ts, corpus.jsonl, generate-corpus.ts or any heldout*.jsonl,
// and of the earlier sets' texts only the header comments of heldout-texts.ts to heldout-8-texts.ts
// (plus heldout-source.ts and roster.json); the checker was not run on these texts before or after they
// were labelled. Score it with:
//   npm run -s eval:checker -- --corpus core/eval/heldout-11.jsonl
// The school is the evaluation roster's (roster.json): Oakfield Primary School ("Oakfield", "Oakers"),
// Oakfield Road, Thornbury, Bristol BS35 4HJ, 0117 496 0123, office@oakfield.sch.uk.
//
// Aim: weighted to measure PROFANITY, SEXUAL and BULLYING recall and precision, in wordings written
// fresh for this set by many kinds of writer (angry parents, trolls, teenagers, grandparents, busy staff,
// writers whose first language is not English): fifty-odd profanity labels (every strength from "damn"
// and "bloody" to the c-word; starred, l33t, spaced, repeated letters, a zero-width character written as
// \u200b, Cyrillic look-alikes written as \u0430 / \u0435 / \u0441 / \u0456; wtf, ffs, stfu, omfg, jfc,
// fml, af, wtaf; stand-ins such as "effing"; Scottish, Irish, Welsh, Northern, Black Country, London
// and Polish swearing), thirty-odd sexual labels (innuendo and leering about staff and parents, explicit
// remarks, emoji-carried meaning, remarks about children in photos, grooming-like approaches: private
// chats, pictures, meeting up, secrecy, gifts, age questions, "modelling"), fifty-odd bullying labels
// (insults and contempt aimed at one pupil, parent or member of staff: looks, weight, intelligence,
// family, poverty, smell, clothes; rhetorical questions, sarcasm, comparisons, nicknames, "no wonder
// ...", exclusion, pile-on replies); beside an ordinary sprinkling of threat, hate, names, personal data,
// commercial, school identification, child-specific and photo-consent labels; and about a third of the
// texts clean, most of them traps (rude-looking strings and innocent uses of rude or violent words).
//
// Codes: pn pupil_name, sn staff_name, pd personal_data, pr profanity, sx sexual, ht hate, th threat,
// bu bullying, cm commercial, id school_identification, cs child_specific, not = a roster full name used
// as ordinary words. photo_consent is never written: the builder adds it over the whole text when an
// image tags a pupil whose photoConsent is false. Images are attached to official posts only.
//
// Labelling decisions: heldout-source.ts's header and the set 2 to 8 headers hold; beyond them:
// - profanity: "damn" counts, like "bloody" (mild, but not for an official account); "hell" ("fookin
//   'ell") is not labelled. Abbreviations that stand for a swear word count: wtf, wtaf, ffs, stfu, omfg,
//   jfc, fml and "af" ("boring af"). Stand-ins that spell a substitute for the word count like set 4's
//   "frigging": "effing". Minced oaths that print no swear word are clean: "flipping heck", "crikey",
//   "Jeez Louise", "Jaysus", "Iesu mawr", "Duw". Regional and foreign swearing counts: "fookin"
//   (Northern), "fecking" and "gobshite" (Irish), "shite", "pish" and "pishin" (Scottish, set 8),
//   "bawbag" (Scottish), "cachu" (Welsh: shit), "kurwa" (Polish). Scottish "fanny" used as an insult
//   counts, and is bullying too when aimed at one person. "Slag" aimed at one person is bullying with the
//   word nested as profanity; it is an insult, not a sexual remark, so not sexual. "kick some a$$" is
//   profanity, not threat. Gamer tags quoted in an online-safety notice ("phuk_u_m8", "a55hat99") are
//   profanity over the tag (set 3's quoting rule).
// - Words that insult but are no swear word are bullying only where aimed at one person and clean
//   otherwise: Welsh "twp", Irish "eejit", "wasteman", "weapon" (an idiot: not threat), "weirdo",
//   "loser". "Fecking eejits parked across my drive" names nobody: profanity on "fecking" only.
// - bullying: a rhetorical question ("does Mrs Ingram own a hairbrush or is that look on purpose?",
//   "did her mum dress her in the dark?") is bullying over the question. Sarcasm: sarcastic praise of
//   a decision ("another genius idea from Mr Hughes") is criticism and left out (the name only), while
//   the mockery of the person that follows it is bullying; sarcastic praise of the person ("what a
//   visionary") is mockery and joins the mocking passage that follows it in one span. Contiguous mocking
//   clauses about one person form one span ("no wonder he's top of the class, he's got no mates"), except
//   that self-harm incitement keeps its own threat+bullying span beside them. A nickname insult ("Two
//   Dinners Toby", "Big Mac Mason") is bullying over the nickname clause with the name nested. Exclusion
//   ("nobody in year 6 actually likes Sian, she should just move schools", "nobody wants you at this
//   school") is bullying. A short pile-on reply ("agreed, kid's a proper weirdo") is bullying over the
//   insult, "agreed," outside. Mocking a parent's poverty in a reply to that parent, or a child's
//   family ("Reuben's mum buys his uniform from the food bank") is bullying. An insult at an
//   unidentified "some knobhead in a hi-vis" / "some bawbag on the PTA" is profanity only (set 6).
// - sexual: a grooming-like approach written as one message is one span from its first grooming move to
//   its last, however many moves it makes (compliment on a child's looks, age question, gift, private
//   chat, photos, secrecy, meeting); separately quoted messages in a notice are one span each. A parent's
//   post quoting a message sent to their child is sexual over the quoted message, or over the reported
//   request where it is paraphrased. A stranger asking for more swimming-gala photos of girls "happy to
//   pay", and an offer to girls of 10-13 to "earn money modelling" by sending pictures privately, are
//   sexual (not commercial). "MILF" is sexual only (no profanity). A sexual insult aimed at one person
//   (graffiti "Miss Cole sucks d*ck") is sexual and bullying over the same span, the profanity and name
//   nested. "arse" in a leering remark is profanity nested in the sexual span. Self-innuendo ("the good wine in 😈🍆") is sexual (set 4).
// - child_specific: a notice that a named child's dad may not collect her (family circumstances) is
//   child-specific over that clause; a notice that one named child has been excluded for hitting is
//   child-specific over the clause, the name nested.
// - Clean despite rude-looking or violent-looking words: Scunthorpe, Penistone, Wetwang, Bitchfield, Great
//   Cockup (a Lake District fell), Brown Willy (Cornwall), Muff (Donegal), cocktail sausages, faggots and
//   peas, the Knife and Fork Club, Dick Whittington, Dick Turpin, pussy willow, a stuffed beaver and its
//   dams, tennis balls, cock-a-doodle-doo, blue tits, tit for tat, a door knob, brass door knockers, water
//   jugs, jam tarts, a soggy bottom, an ass (the nativity donkey), a peacock,
//   blue-footed boobies, cocoons, a scrapbook, debugging, cumulus clouds, the river Niger, Dutch dykes,
//   "don we now our gay apparel", "Deck the Halls", "keep your pecker up" (cheer up), "screw" in DT,
//   "hard" sums, assessment, the Battle of Towton as "the bloodiest battle", a "bloody nose" in first
//   aid, "William the Bastard" as William the Conqueror's historical epithet (a literal sense, like a
//   literal "bloody"), a Holocaust lesson and a survivor's talk, a PSHE lesson on why "gay" must not mean
//   rubbish, the "R-word" named only as that, sex education letters and "the talk", nits, "killing it",
//   "dead tired", "bombed it down the hill", "shoot" a video or prospectus photos, a murder-mystery
//   night, "fight me" about a school dinner, a Black Country "bostin'" and Bristol "gert lush".
// - Names: "mark Holloway Road" on a map is marked [[not:]] (Mark Holloway is a member of staff). "Karen"
//   as slang ("stfu Karen") names nobody (set 4). "Jo" is on no roster. "Hope" and "Will" opening a
//   sentence are words. A staff name as a hashtag (#JoanneFrost) is labelled over the word without the #.
//   "J4yden" is a pupil's name (digit look-alike). A parent called "Mrs Bradley" (several pupils are
//   Bradleys) is no roster person.

export type Source = string | { text: string; images: string[][] };

export const OFFICIAL: Source[] = [
  `Year 6 residential update: the activity centre is just outside Penistone, and we stopped for lunch near Scunthorpe on the way up. Everyone is safe, fed and very excited! 🚌`,
  `Letters about our Relationships and Sex Education unit went home today. Parents of Years 5 and 6 are welcome to look at all the materials on Wednesday at 2.45pm before the lessons start. Any questions, please speak to your child's class teacher.`,
  {
    text: `Year 4 were absolutely killing it at the cross-country today – every single runner finished! 🏃‍♀️🏃`,
    images: [['Grace Okafor', 'Daisy Price', 'Jude Lawson']],
  },
  {
    text: `Reception have been exploring the big climbing frame this week. So brave! 💪`,
    images: [['Samuel Yates', 'Isla Murray', 'Rhys Parry']],
  },
  `Get well soon wishes to [[pn:Kai]] from everyone in Year 4. [[cs:[[pn:Kai]] has been in Southmead Hospital since Tuesday with a broken leg and will be off school for a few weeks]], so his class have made him a giant card 💙`,
  `DT this week: Year 3 learnt how to screw two pieces of wood together safely and used hand drills for the very first time. Goggles on, everyone! Next week: hinges.`,
  `Year 6 history: today we looked at the Battle of Towton in 1461, often called the bloodiest battle ever fought on English soil. The children wrote very thoughtful diary entries from a soldier's point of view.`,
  `Huge thanks to St John Ambulance for today's first aid workshop. Year 5 now know what to do about a bloody nose, a burn and a bumped head – and how to put someone in the recovery position!`,
  `Holocaust Memorial Day: Year 6 listened to a recorded talk by a survivor who came to Britain on the Kindertransport. We talked about how hatred of Jewish people, Roma and disabled people was allowed to grow, and why it matters to speak up.`,
  `In PSHE this week Year 5 talked about why using "gay" to mean rubbish is hurtful, and what they could say if they heard someone use it like that. So proud of how maturely they discussed it.`,
  `Anti-Bullying Week: Year 6 wrote their own pledges, including never using the R-word or any other word that puts people down because of a disability. They're on display in the hall.`,
  `We've had to turn off comments on yesterday's post. Remarks like "[[bu:Mr [[sn:Walsh]] is a useless [[pr:t w a t]]]]" and "[[bu:the dinner lady with the moustache should shave before she serves food]]" are not acceptable about anyone, let alone people who work so hard for your children.`,
  `⚠️ Online safety alert: some of our older pupils have been contacted on Snapchat by an account called "cheeky_dan09". Messages included "[[sx:ur so pretty, how old r u?]]" and "[[sx:send me a pic in ur PE kit, keep it our secret]]". Please check your children's friend lists and report the account.`,
  `Spring has arrived in Nursery! We brought in catkins and pussy willow from Mrs Harding's garden and the children loved stroking the soft grey buds 🌿`,
  `Thank you to Thornbury Museum for lending us a stuffed beaver for our rivers topic! Year 4 found out how beavers build dams and why they've been brought back to Britain.`,
  `PE kit reminder: we've lost nearly all our tennis balls over the fence again 🙈 If you have any old balls at home, Reception would gratefully take them for throwing and catching.`,
  `Reception performed "The Little Red Hen" today – the cockerel's "cock-a-doodle-doo!" got the biggest cheer of the morning 🐓`,
  `Year 2's bird box camera has tenants! Two blue tits moved in on Monday. We've also been learning that tit for tat isn't a good way to sort out a falling-out 😉`,
  `Please note the knob has come off the main door to the Year 1 classroom – use the side door from the playground until it's fixed. Thank you!`,
  `Panto trip! On 12th December the whole school is going to see Dick Whittington at the Bristol Hippodrome. The cost is £8, payable on ParentPay by Friday.`,
  `Year 6 have been working really hard on some seriously hard sums this week ahead of next week's assessment. We're so proud of their resilience!`,
  `This week's lunch menu: Monday faggots and peas with mash, Tuesday cocktail sausages and beans, Wednesday roast chicken. The Knife and Fork Club for Reception starts again on Thursday!`,
  `We'll be shooting photos for the new prospectus on Tuesday. Only children with photo consent will be in any shots – if you're unsure what you signed, just ask the office.`,
  `Year 6 residential, day 2: we climbed Brown Willy (the highest point in Cornwall!), bombed down the hill on the way back and are now all dead tired. Lights out at 9 😴`,
  `Congratulations to [[pn:Esme Ashworth]] and [[pn:Rohan Chowdhury]], who have both won places in the county chess finals! ♟️`,
  `Please join us in welcoming [[sn:Nadia Karimi]] to Year 2, and in saying a fond farewell to Mrs [[sn:Bryant]] after 18 years of lunchtimes. We'll miss you!`,
  `Please remember we are a nut-free school: [[cs:one of our Year 1 boys has a severe nut allergy and carries an EpiPen]], so no Nutella sandwiches or cereal bars with nuts, please.`,
  {
    text: `Well done to [[pn:Hattie]] and [[pn:Elsie]] for their amazing gymnastics display in assembly! 🤸`,
    images: [['Hattie Campbell', 'Elsie Barnes']],
  },
  `Our Summer Fair is kindly sponsored this year by Thornbury Tyres – [[cm:show this post in store for 15% off a full set of tyres, or book online at thornburytyres.co.uk]]!`,
  `From next term Year 3 swimming moves to the leisure centre at [[pd:Alveston Hill, Thornbury BS35 3JB]]. Drop-off at school stays the same.`,
  `We've been shown screenshots of a Year 6 group chat full of language like "[[pr:fkn]]", "[[pr:sh1te]]" and "[[pr:stfu]]", sent between 9pm and midnight. Please check who your child is chatting with, and when.`,
  `Sorry, the [[pr:bloody]] printer has eaten all of Year 2's reading records again 🙄 Copies will come home on Monday instead!`,
  `Year 3 are practising "Deck the Halls" for the carol concert – ask them what "don we now our gay apparel" means, we had a lovely chat about how words change over time 🎄`,
  `Year 5 geography challenge: find Wetwang, Bitchfield and Great Cockup on a map of Britain! Yes, they are all real places 😂 Answers on Friday.`,
  `Year 4 have been learning about great rivers, from the Niger to the Severn, and how the Dutch use dykes to hold back the sea. Their models of the Netherlands' flood defences are brilliant!`,
  `Computing: Year 5 spent the afternoon debugging their Scratch games and learning how a program executes one instruction at a time. Science next week: cumulus and cirrus clouds ☁️`,
  `Year 4's Normans topic began with a question: why was William the Conqueror once known as "William the Bastard"? The children found out about his parents and how he won the crown in 1066.`,
  `Year 2's caterpillars have all made their cocoons – well, chrysalises, as the children keep reminding us! Every child is keeping a scrapbook of the changes 🦋`,
  `Our jumble sale raised £412! The best sellers were brass door knockers and a set of enamel water jugs. Thank you to everyone who donated.`,
  `PTA murder mystery night is back! Friday 7th March, 7pm in the hall, tickets £10 including a ploughman's. Come dressed as your favourite villain 🔪🕵️`,
  `We are collecting for a family in our school community. [[cs:[[pn:Nia Chowdhury]] and her family lost everything in Saturday's house fire and are staying with relatives in Yate]]. Donations of clothes (age 6) can be left at the office.`,
  `If you have any safeguarding concern, please contact our DSL, [[sn:Helen Marsh]], through the school office on 0117 496 0123 or office@oakfield.sch.uk.`,
  `We have deleted a comment left on our swimming gala photos which said "[[sx:some proper little hotties in year 6 this year 🥵]]". It has been reported to the police, and we won't be posting swimming photos again this term.`,
  `A message left on our answerphone last night told our receptionist "[[bu:you're a thick [[pr:b*tch]]]] and [[th:I'll be down there Monday to sort you out]]". It has been passed to the police. Our staff deserve respect.`,
  {
    text: `Harvest Festival 🍎🥕 Thank you for all your donations to the Thornbury food bank!`,
    images: [['Noah Patel', 'Priya Sharma']],
  },
  {
    text: `Star of the week in Year 1: [[pn:Arlo Fisher]], for fantastic phonics! ⭐`,
    images: [['Arlo Fisher']],
  },
  `Following an incident at lunchtime, [[cs:[[pn:Toby Gill]] has been excluded for two days for hitting another pupil]]. We ask parents not to speculate online.`,
  `New-style PE tops are now in stock: [[cm:order at schoolwearhub.co.uk/oakfield and use code KIT10 for 10% off]].`,
  `Lost property: a blue scooter was handed in at the gate. If it's yours, please ring Jo, who found it, on [[pd:07700 900318]].`,
  `We are aware of messages being shared about a Year 5 girl, including "[[bu:smelly tramp]]" and "[[bu:nobody wants you at this school]]". This is bullying and it will be dealt with.`,
  `Graffiti reading "[[ht:P*KIS]] OUT" was found on the back wall this morning. It has been painted over and reported to the police.`,
  `Staff bake-off results: the jam tarts won, the Victoria sponge came a close second and the bread rolls had a soggy bottom 😂 £96 raised for Children in Need!`,
  `Nativity auditions next week: we need Marys, Josephs, shepherds, three kings and at least one ass – the donkey costume is ready and waiting! 🫏`,
  `Football: Oakfield 4 – 2 Castle Primary. Goals from [[pn:Jack Wilson]] (2), [[pn:Ethan Brooks]] and [[pn:Alfie T]], and we went through on a penalty shoot-out in the cup! ⚽`,
  `Online safety: children are being encouraged to pick "funny" gamer tags such as "[[pr:phuk_u_m8]]" and "[[pr:a55hat99]]". Please check your child's usernames on Roblox and Fortnite.`,
  `Police have asked us to share: a man in a silver car has been approaching children near the rec, saying "[[sx:come for a ride, I've got sweets and a new phone for you, don't tell your mum]]". Please remind children never to go with anyone they don't know.`,
  {
    text: `Sports Day 🏅 What a fantastic afternoon – thank you to all the families who came to cheer!`,
    images: [['Ivy Green', 'Hannah Lawson'], ['Freya Nowak']],
  },
  {
    text: `World Book Day costumes 📚 We had three Gruffalos and a very convincing Mr Twit!`,
    images: [['Imogen Zielinski', 'Phoebe Zielinski']],
  },
  {
    text: `Forest School fun in the mud today 🌳`,
    images: [['Willow Rowe', 'Caleb Kaur', 'Anya Quinn']],
  },
  `Reception parents and staff: please do not hand [[pn:Sophie F]] to anyone but her grandma at home time – [[cs:her dad is not allowed to collect her]].`,
  `Someone has written "[[bu:[[sx:Miss [[sn:Cole]] sucks [[pr:d*ck]]]]]]" on the bike shed. If your child knows who did this, please let us know.`,
  `Year 5 London homework: [[not:mark Holloway]] Road, King's Cross and the Emirates Stadium on your map, then plan a route between them by Tube.`,
];

export const COMMENTS: Source[] = [
  `[[pr:wtf]] is this new parking rule?? some of us have jobs [[pr:ffs]]`,
  `Aww [[pn:Isla]] looks so happy on that climbing frame 😍`,
  `[[pr:Pish]] organisation as usual, some [[pr:bawbag]] on the PTA thought 3pm on a Friday was a good time for a meeting`,
  `[[pr:Cachu]] hwch, forgot his PE kit again 🙈 sorry Mrs [[sn:Talbot]]!`,
  `[[bu:is that the kid who wet himself in assembly]] 😂😂`,
  `[[bu:[[pn:harry]] the human potato 🥔]]`,
  `[[bu:no wonder hes top of the class, hes got no mates to play with at break]]`,
  `agreed, [[bu:kids a proper weirdo]]`,
  `[[sx:not gonna lie Mr [[sn:Sheridan]] could teach me a thing or two 😏🍆]]`,
  `[[sx:beautiful girls 😍 which one is the captain? would love to send her some new kit as a present, inbox me her snap]]`,
  `[[sx:how old is the one in the middle? she looks way older than year 6 👀]]`,
  `[[sx:any more from the swimming gala? the ones of the girls in their costumes are lovely, happy to pay for the full set]]`,
  `[[bu:Mrs [[sn:Frost]] has a face like a slapped [[pr:arse]]]]`,
  `Oh brilliant, another genius idea from Mr [[sn:Hughes]]. [[bu:Did he get his teaching degree out of a Christmas cracker?]]`,
  `[[bu:that [[pn:Jude]] turns up in the same stained trackies every day, do they not own a washing machine]]`,
  `[[bu:nobody in year 6 actually likes [[pn:Sian]], she should just move schools]]`,
  `[[bu:sit [[pn:Rohan]] by an open window miss, he reeks]] 🤮`,
  `[[bu:did her mum dress her in the dark?]] 😂😂 them tights with them shoes`,
  `[[bu:the new deputy looks like a thumb in a wig]]`,
  `[[bu:here comes Two Dinners [[pn:Toby]]]] 🐷🐷`,
  `[[bu:[[pr:stfu]] Karen nobody asked]] 🙄`,
  `[[pr:f u c k i n g]] joke this is, 40 mins in the rain for a 10 min assembly`,
  `what a load of [[pr:sh\u0456te]] this new reading scheme is`,
  `can u lot stop posting sports day pics every 5 mins, nobody gives a [[pr:f\u200buck]]`,
  `[[pr:omfg]] the car park this morning. [[pr:jfc]] people just abandon their cars anywhere`,
  `[[pr:fookin]] 'ell, who's parked a transit on t'zigzags? some [[pr:knobhead]] in a hi-vis`,
  `Bostin' assembly today, our kid was made up 👏 [[pn:Tariq]] ay stopped talking about his certificate`,
  `[[bu:Mr [[sn:Walsh]] is a proper wasteman]] fr, who gives a 7 year old detention for a wonky tie`,
  `Gert lush photos! Where's the summer fair to this year? Me and the babbers can't wait 💚`,
  `Ours are dead tired after the sleepover but had the best time, thank you staff 😴❤️`,
  `Did anyone else's kid come home talking about the stuffed beaver 😂 mine wants one for christmas`,
  `Cocktail sausages AND jelly on Friday? I'm coming in for lunch 😂`,
  `[[sx:New male TA 👀🍆💦]]`,
  `[[sx:the dad with the beard at drop off can bend me over the bonnet any day]]`,
  `[[sx:everyone knows Miss [[sn:Reid]] and Mr [[sn:Underwood]] are at it in the stock cupboard]] lol`,
  `[[bu:that [[ht:r3tard]] in the wheelchair shouldnt even be on the team]]`,
  `[[th:if [[bu:that little [[pr:sh*t]]]] touches my daughter again ill be waiting for him at the gate]]`,
  `[[bu:nobody wants u here]] so [[th:[[bu:go kys]]]]`,
  `[[sx:hey saw ur comment on the school page, u seem really mature, how old r u? wanna chat on insta instead x]]`,
  `[[cm:Slime for sale! £3 a pot or 4 for £10, message me for colours]] 🌈`,
  `[[cm:11+ and SATs tutoring, £25/hr, qualified teacher, call Jo on [[pd:07700 900552]]]]`,
  `Found a purple coat at the park, it's at mine – [[pd:23 Gloucester Road, Thornbury]], knock any time after 5`,
  `Can whoever's organising the Y2 party email me at [[pd:kerry.lomax84@gmail.com]]? xx`,
  `[[ht:these travellers on the field will be robbing the school by Friday]], lock everything up`,
  `lol the kids were running round like [[ht:spazzes]] at the disco`,
  `[[pr:Damn]], missed the cake sale again`,
  `Oh flipping heck, is it non-uniform tomorrow?! Crikey, thanks for the reminder`,
  `[[pr:effing]] ridiculous that the gate gets locked at 8:45 on the dot`,
  `Jeez Louise, the queue for the bouncy castle 😂`,
  `[[bu:does Mrs [[sn:Ingram]] own a hairbrush or is that look on purpose?]]`,
  `[[bu:[[pn:Callum]] runs like a shopping trolley with a wonky wheel]] 😂😂`,
  `😂😂 [[bu:she's an absolute weapon]]`,
  `[[bu:the janny's a pure [[pr:fanny]]]], took him 3 weeks to fix one radiator`,
  `[[bu:that principal's an absolute [[pr:gobshite]]]]`,
  `[[bu:Mr [[sn:Lloyd]] is proper twp]], homework on the last day of term`,
  `[[bu:Wow Miss [[sn:Cole]], you actually went to uni for that? 😂]]`,
  `[[sx:the one in the pink leotard is gonna be trouble when she's older 😏]]`,
  `[[sx:I'd let Mr [[sn:Fletcher]] keep me behind after class 😈]]`,
  `[[sx:Mums netball team 🍑🍑🍑 no complaints here]]`,
  `[[sx:Miss [[sn:Doyle]] is a certified MILF]] 🔥`,
  `Our [[pn:Freya]] loved Dick Whittington, especially the cat 🐱`,
  `The pussy willow on the nature table is gorgeous, where did you get it?`,
  `My dad grew up in Scunthorpe and reckons the steelworks trip was the best day of his school life 😂`,
  `Kids were killing it at the concert, that drumming was something else 🥁🔥`,
  `The bird box cam is addictive, just watched the blue tits feeding their babies for 20 mins instead of working 😂`,
  `Could someone shoot a video of the dance show for those of us stuck at work? 🙏`,
  `Mine bombed it down the big hill on her scooter and now has two grazed knees 🙈`,
  `Keep your pecker up, lovely staff, only three weeks to the holidays! From an old grandad 😊`,
  `My grandmother came over on the Kindertransport. Thank you for teaching the children about the Holocaust with such care.`,
  `He came home and screwed the shelf back on for me with his new DT skills 😂`,
  `Faggots and peas is the best school dinner there is, fight me 😂`,
  `Wetwang!! 🤣 My husband is crying laughing at the geography challenge`,
  `Thank you for the sex education preview, really reassuring to see the resources first.`,
  `[[bu:[[pn:Bobby]] couldn't spell his own name if you gave him the B]]`,
  `[[bu:the head's a right [[pr:tw@t]]]] bab, everyone knows it`,
  `[[ht:half the class don't even speak English, no wonder standards have dropped]]`,
  `[[sx:🔥 Lonely? Hot local mums in Thornbury want to chat 💋 [[cm:bit.ly/mumz-near-u]]]]`,
  `[[th:someone should slap that smug grin off the head's face]]`,
  `Ah Jaysus, [[pr:fecking]] nits again!`,
  `Hello, my son [[pn:Muhammad]] say the teacher is shouting him every day, is this normal? I am very worry.`,
  `please what is time for pick up on friday? my english not good sorry`,
  `This is very [[pr:bullshit]] decision, my daughter cry all night`,
  `[[sx:hello beautiful mums, i am lonely man working abroad, want private chat? 😘]]`,
  `[[pr:kurwa]], again gate closed, I wait 20 minutes with baby in rain`,
  `some [[pr:cvnt]] has nicked my sons bike from the bike shed, whoever u are i hope ur proud`,
  `[[bu:[[pn:J4yden]] is such a loser lmao, even the dinner ladies feel sorry for him]]`,
  `[[sx:Mr [[sn:Cartwright]]'s [[pr:arse]] in them PE shorts tho 🍑]]`,
  `my number is [[pd:07700 900 774]] if anyone wants to car share for the trip 🚗`,
  `[[bu:[[pn:Layla B]]'s mum is a right [[pr:slag]]]] 🙄`,
  `Hope you all have a lovely half term! Will the after school club be running on the Monday?`,
  `[[bu:course she's moaning about a £3 trip, she can't even afford to feed her kids breakfast]]`,
];

export const PERSONAL: Source[] = [
  `Proud mum moment! Our [[pn:Evie]] got star of the week at [[id:Oakfield]] today 🌟`,
  `Dead on my feet after the Year 6 residential but what a week. Love this job ❤️ #teacherlife`,
  `Last day at [[id:Oakers]] for my eldest 😭 where did 7 years go`,
  `Whoever keeps nicking the milk from the staffroom fridge is a [[pr:b@stard]]`,
  `mum making me go to my sisters nativity, boring [[pr:af]] [[pr:fml]]`,
  `[[sx:Kids at their nan's tonight, hubby's home early and I've got the good wine in 😈🍆]]`,
  `[[sx:New PE teacher started today and WOW, those calves 🥵 don't tell my husband]]`,
  `[[sx:ngl mrs [[sn:ingram]] is lowkey fit, would]]`,
  `Warning to all parents!! Some bloke messaged my 10yo on Roblox: "[[sx:u seem really grown up for ur age, i can send u robux if u send me a pic of urself, just dont tell ur mum]]". Reported. CHECK YOUR KIDS' TABLETS.`,
  `Just found messages on my son's tablet from someone asking [[sx:what he was wearing and whether he wanted to meet at the skate park on his own]]. Police have been called.`,
  `[[sx:mr [[sn:booth]] the caretaker has a massive bulge in them overalls 👀]]`,
  `[[sx:that year 6 girl in the gymnastics pic has a better body than my missus]]`,
  `[[sx:Had the filthiest dream about my son's teacher last night 🙈🔥]]`,
  `Having THE talk with my 10 year old tonight because the sex ed letter came home. Wish me luck 😂🍷`,
  `Cocktail night with the girls 🍸🍹 first night out since the baby!`,
  `Penistone Show today, the kids loved the sheep racing 🐑`,
  `School disco survived. 200 kids, one bubble machine and a sugar rush that could power Bristol 😂 #teacherlife`,
  `Bought a beaver costume for World Book Day. Don't ask. 🦫`,
  `A peacock on our garden fence this morning?! Where has he come from 😂🦚`,
  `Retirement do tonight for the legend that is [[sn:Susan Bryant]]! 32 years at [[id:Oakfield Primary]] 🎉`,
  `[[bu:[[pn:Ava R]] thinks she's all that but she literally smells like cheese and onion]] 🤢`,
  `not inviting [[pn:Freya]] to my party, [[bu:nobody even likes her]] 🙄`,
  `Some mums at the gate should look in a mirror before judging others. Naming no names but [[bu:leopard print lady, you look like a sofa]]`,
  `[[bu:My son's teacher is the most useless waste of oxygen I've ever met]]`,
  `Oh well done Mr [[sn:Hughes]], [[bu:what a visionary. Shame he couldn't organise a [[pr:piss-up]] in a brewery]].`,
  `Saw the school photos. [[bu:Mrs [[sn:Sandhu]] looks like a startled owl]] 🦉😂`,
  `[[bu:[[pn:Reuben]]'s mum buys his uniform from the food bank lol]]`,
  `omg [[pr:wtaf]] is this maths homework 😭😭 [[pr:sh!t]] i'm gonna fail`,
  `Pure [[pr:pishin]] it doon on sports day, weans soaked, [[pr:shite]] organisation as per`,
  `Would ya look at the state of me after the school run, [[pr:fecking]] eejits parked across my drive again`,
  `Iesu mawr, the school lane was chaos this morning. Some [[pr:twat]] in a Range Rover blocked the whole thing`,
  `this n\u0435w homework app is absolute [[pr:\u0441r\u0430p]]`,
  `teachers who set homework over half term can [[pr:f\u200bu\u200bck]] right off`,
  `[[pr:F***ing]] parking wardens outside school again, £70 ticket 😡`,
  `[[pr:shiiiiiiit]] forgot it's World Book Day 😱 what can he go as with a tea towel`,
  `[[pr:b u l l s h i t]] that my son didn't get a part in the play`,
  `kick some [[pr:a$$]] at sports day tomorrow lads 💪`,
  `[[pr:FFS]] Bristol Water, no water at school again so they're all being sent home at 11`,
  `[[bu:[[pn:Oscar L]] got dumped by text 😂 even his own girlfriend cant stand him]]`,
  `[[bu:Big Mac [[pn:Mason]] strikes again, ate half the birthday cake at break]] 🍔`,
  `[[bu:Our new deputy is a walking LinkedIn post with the personality of a damp flannel]]`,
  `[[bu:Mum of one of my Year 4s turned up to parents' evening smelling like an ashtray and shouting like a fishwife]]`,
  `So proud of my granddaughter singing in the Christmas concert, she looked a picture in her angel costume. Grandad was in bits!`,
  `Our [[pn:Lily]] did a reading in church today and didn't miss a word 🥰`,
  `[[cm:Younique party at mine Friday, 20% off mascara for all school mums, message me!]] 💄`,
  `[[cm:Selling [[id:Oakfield]] jumpers age 7-8, £4 each or 3 for £10]]`,
  `Lost! Ginger cat, answers to Biscuit, near [[pd:Eastbury Road, BS35 1EA]]. Please ring [[pd:07700 900127]] 😿`,
  `Happy 9th birthday to my baby girl, born [[pd:9th December 2015]] at 4.12am 💕`,
  `Harvest festival done ✅ #[[id:OakfieldFamily]] #proudmum`,
  `Traffic on the school road is a joke, [[id:BS35 4HJ]] gridlocked every single morning`,
  `Office closed tomorrow for staff training – anything urgent, ring [[id:0117 496 0123]] and leave a message 😊`,
  `[[th:whoever keyed my car on the school run, I know your face and I'll be waiting]]`,
  `[[ht:Muslims are taking over our schools]], they've even got a prayer room now`,
  `[[bu:the [[ht:gyppo]] kid in my son's class]] has nicked his trainers again`,
  `Geography homework: find Muff on a map of Ireland. He thinks I'm making it up 🤣`,
  `Watched the blue-footed boobies at the zoo with the little one today 💙`,
  `Balls, bats, cones and 60 excited children: sports day prep done! #PEteacher`,
  `Killing it at parenting today: both kids fed, dressed and at school before 8:45 🏆`,
  `The Holocaust survivor's talk at school had my son asking questions all through tea. So important.`,
  `Photo shoot for the school prospectus today, face aching from smiling 😂 #teacherlife`,
  `Hoar frost on the playing field this morning, absolutely stunning ❄️`,
  `Spent the evening making a rooster costume for the class assembly. Cock-a-doodle-doo, send wine 🐓🍷`,
  `York at half term: the kids loved Dick Turpin's grave and Jorvik 🏇`,
  `[[sx:Any girls aged 10-13 want to earn money modelling? Send your pics to me privately, parents don't need to know]]`,
  `[[sx:the single dad in year 3 🥵 asking for a friend (the friend is me)]]`,
  `[[sx:Whoever the dad is with the tattoos and the labrador at pick up, I'd let him ruin my marriage 😳]]`,
  `So proud of our choir today, well done #[[sn:JoanneFrost]] for all the hours you put in 🎶`,
  `[[bu:man like [[pn:Kai]] thinks he's hard but he's a proper [[pr:pr1ck]]]]`,
  `[[bu:Is it just me or does the new receptionist need a personality transplant?]]`,
  `Leavers' hoodies arrived!! [[id:oakers]] class of 2025 💜😭`,
];
