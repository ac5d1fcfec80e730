// The forty-first held-out set's texts, labelled inline as [[code:span]]; `npx tsx core/eval/heldout-source.ts
// --set 41` builds heldout-41.jsonl from them (ids h41-off-NNN, h41-com-NNN, h41-per-NNN). Score it with:
//   npm run -s eval:checker -- --corpus core/eval/heldout-41.jsonl
// First scored on 2026-12-06, totals only, blind, at the twenty-first session's start (30e9d6b) and midway (9bc7bb3)
// (labels found / labels, false alarms; rules alone, then with the reading of meaning): threat 3/32, 2 and 11/32, 3
// at both; hate 20/37, 4 and 27/37, 8 at both; bullying 10/53, 1 and 16/53, 2 at both; sexual 3/4, 3 → 3/4, 2; names,
// personal data, profanity, school identification, commercial, child-specific and photo consent the same at both
// (pupil names 31/32 with 6 false alarms, staff names 54/55). Nothing has been read from it since.
// Written blind, by someone who read none of the checker. Of the repository it read only: heldout-source.ts
// (its header comment, the labelling rulebook, and its code: the [[code:span]] syntax, the CODES table, the
// roster check and the SETS table); roster.json (the school, its pupils with photoConsent, its staff); the
// first 80 lines of core/src/checker/types.ts (category names and text kinds only); for the file's shape only,
// the header comment of heldout-32-texts.ts (the lines before its first `export`) and its `export const
// OFFICIAL`, `export const COMMENTS` and `export const PERSONAL` lines each with the three lines after them;
// and the one `export type Source` line of heldout-texts.ts, found by grep. It did not read anything else under
// core/src (lexicons, categories, rules, learned models), any test, core/bench/, core/cli/, docs/, the eval
// scripts, corpus or training texts, any other heldout-*-texts.ts file, any *.jsonl other than its own output
// (read only to count labels and texts), or git history. The checker, the eval scripts and the tests were not
// run on these texts; only the builder above, to validate the labels, and `npx tsc --noEmit -p core`.
// The school is the evaluation roster's (roster.json): Oakfield Primary School ("Oakfield", "Oakers"),
// Oakfield Road, Thornbury, Bristol BS35 4HJ, 0117 496 0123, office@oakfield.sch.uk.
//
// Setting: ONE SPRING TERM (January to Easter 2036). Thornbury is a market town with a Wednesday livestock
// market, an old castle (and its moat), a bypass being cut through the fields by contractors (with a protest
// camp by the brook) and a new housing estate, Meadow Rise. Events: the return in January and the bypass
// traffic lights; livestock lorries on the school road; flu and a norovirus outbreak that shut the school for
// two days; a Year 5 residential to a Welsh outdoor centre; Chinese New Year; Ramadan and Lent in the same
// weeks; Holi; World Book Day costumes; Mother's Day cards and children without mums; the mock SATs; a new
// Polish-speaking teaching assistant; a fundraiser for a pupil's leukaemia treatment and the family's consent;
// a dog attack on the rec; a burst water main; the spring show (Matilda); the Easter bonnet parade; a staff
// strike day; the chair of governors resigning; the Ofsted letter; a parent barred from the site.
// Styles: mixed lengths (3 to about 150 words); plain, sarcastic, text speak, typos, West Country and Welsh
// turns of phrase, emoji; pile-ons pasted as threads ("> " at the start of each reply) and staff chat exports
// ("[date, time] Name: message"); some long friendly texts with the harm buried in the middle.
// Kinds: the school's own posts (official), comments on them by parents, locals and trolls, and personal
// posts by staff on their own accounts.
// 200 texts: 28 official posts (3 carry harm, 12 carry no label), 110 comments (61 carry harm, 29 no label) and
// 62 personal posts (33 carry harm, 13 no label); 97 texts (49%) carry threat, hate or bullying, and 54 (27%)
// carry no label at all. Labels: 55 staff-name, 53 bullying (in 42 texts; pile-ons have one per reply), 37 hate,
// 32 pupil-name, 32 threat, 11 school-identification, 8 profanity, 7 personal-data, 5 commercial, 4
// child-specific, 4 sexual and 3 photo-consent (images tagging Niamh Atkinson, Seán O'Brien and Hattie Campbell,
// who have no photo consent; two other images tag only consented pupils and add no label). Hate and bullying
// share a span 10 times and threat and bullying 4 times (identity attacks and self-harm incitement at one person).
//
// Harm, in general terms: threats (open, conditional and implied across two sentences, in everyday words of
// farm machinery, the market, dogs, cars, fields and the castle; against staff, parents, contractors and
// protesters; incitement to self-harm in new words; threats quoted in notices and posts); hate (plain and
// disguised slurs, coded and dog-whistle wordings, hostile claims about a group by race, religion,
// nationality, ethnicity, sexuality, gender identity and disability, some aimed at one staff member's or
// pupil's identity); bullying of one person (looks, weight, voice, competence, family, money), pile-ons.
// Clean texts sit close to harm: violent idiom, history, sport, safety notices, parents reporting what
// happened to their child, inclusive posts, firm but fair complaints, defenders replying to trolls.
//
// Codes: pn pupil_name, sn staff_name, pd personal_data, pr profanity, sx sexual, ht hate, th threat,
// bu bullying, cm commercial, id school_identification, cs child_specific, not = a roster full name used
// as ordinary words. photo_consent is never written: the builder adds it over the whole text when an
// image tags a pupil whose photoConsent is false. Images are attached to official posts only.
//
// Labelling decisions: heldout-source.ts's header holds; beyond it:
// - Threats: one span over the menace; a grievance or lead-in before it stays outside, but an implied threat
//   that needs both of its sentences is one span over both. Threats quoted in notices and posts are threat
//   over the quoted words only. Incitement to property damage or to harm a group ("sort the camp out") is
//   threat. Incitement to self-harm aimed at one person is threat and bullying over the same span.
// - Hate: over the hostile statement or slur phrase, lead-ins that attack no group outside. A slur or an
//   identity-based attack aimed at one person (a named or identifiable teacher, TA or pupil) is hate and
//   bullying over the same span; quoted hate in a notice or a staff member's post is labelled as written.
// - Bullying: over the insult; each reply of a pile-on is its own span; a title starts a span that begins
//   with it, the name nested; an insult thrown back at a troll is bullying too; mocking a group that is no
//   protected class (contractors, protesters) is not.
// - Profanity: swear words wherever they stand, nested when inside a threat or an insult.
// - Names: every mention, nested inside harm spans; given name alone where context names the one child or
//   staff member; surnames alone only where the roster has one person of that name; chat senders ("Gemma T",
//   "Lee U", "Anita S", "Craig M") are names; non-roster people (the new TA, the chair of governors, parents
//   by first name, singers) are not.
// - personal_data: phone numbers, emails, a home address with postcode (one span) and a child's date of
//   birth; the school's own phone number is clean.
// - child_specific: the clause giving one child's health, injury or allergy in an official post, name nested.
// - school_identification (personal posts only): "Oakfield", "Oakfield Road", "Oakfield Primary", "Oakers"
//   and hashtags with the # inside.
import type { Source } from './heldout-texts.js';

export const OFFICIAL: Source[] = [
  `Happy New Year and welcome back! 🎆 School reopens for pupils on Tuesday 8 January (Monday 7th is an INSET day). Please allow extra time in the mornings: the bypass contractors have temporary traffic lights at the bottom of Oakfield Road until at least half term, and the queue at 8.30 has been reaching the roundabout. Walking, scooting or parking at the leisure centre all help.`,
  `Wednesday is market day, and the livestock lorries heading for the market use Oakfield Road between 7 and 9.30. They are long and high, and their drivers cannot see a small child at the kerb. Please hold hands at the crossing, keep scooters on the pavement and never let children dart out between parked cars. A loaded lorry cannot stop in a few metres, and we never want to find out what happens when one can't.`,
  `IMPORTANT: because of a norovirus outbreak (over 90 pupils and 11 staff off since Monday), the school will be CLOSED to all pupils on Thursday 24 and Friday 25 January for a deep clean, on the advice of the UKHSA health protection team. Please keep children at home until 48 hours after their last bout of sickness or diarrhoea. Home learning is on the website. We are so sorry for the short notice.`,
  `Thank you for all the get-well wishes. [[cs:[[pn:Harry Clarke]] in Year 2 was admitted to Southmead with dehydration during the sickness bug and is now home and on the mend]]. The class card is in the office if you would like to sign it before Friday.`,
  { text: `Year 5 have arrived safely at Nant Gwyn Outdoor Centre! ⛰️ Four hours on the coach, one sick bag used, and the rain started the second we opened the doors. Mrs [[sn:Jones]] and Mr [[sn:Walsh]] report that spirits are high and the chips were "proper". Gorge walking tomorrow!`, images: [['Priya Sharma', 'Niamh Atkinson', 'Theo Walker']] },
  { text: `Day 3 in Wales: gorge walking, a night walk with no torches and a campfire where [[pn:Oscar]] told a ghost story so scary that Mr [[sn:Walsh]] slept with the landing light on. Everybody "survived" the zip wire – just! Home by 4pm Friday; the coach will drop off at the leisure centre car park.`, images: [['Oscar Lewis', 'Chloé Dubois']] },
  `Year 2 marched a twelve-metre dragon round the playground on Tuesday for Chinese New Year 🐉 (the back legs got a bit lost by the bins). Huge thanks to the grandma who came in to teach dumpling folding – sixty dumplings, only a few casualties – and to Mrs [[sn:Sandhu]] for the lantern templates. 新年快乐!`,
  `This year Ramadan and Lent fall in the same weeks, so many of our families are fasting or giving something up. The library will be open as a quiet room at lunchtime for any child who is fasting, and there is no expectation on any pupil to fast – please talk to Mrs [[sn:Karimi]] or your class teacher if you have questions. Pancakes in the hall on Shrove Tuesday for everyone who wants one!`,
  `Holi colour run 🌈 Wednesday 12 March on the field, to celebrate the Hindu festival of colours and the arrival of spring. Please send children in OLD clothes they can get covered in powder (it's cornflour-based and washes out of most things... most). Year 4 will tell the story of Holika and Prahlad in assembly: good triumphs over evil, and the bonfire is strictly paper!`,
  { text: `What a World Book Day! 📚 Every class had a costume parade and the judges (the lunchtime supervisors – brutal) chose [[pn:Zoë]] as the Very Hungry Caterpillar, [[pn:Muhammad Rahman]] as a horribly convincing Mr Twit, [[pn:Ava R]] as Hermione and [[pn:Arlo]] as a cardboard box ("it's a book about a box"). Homemade, every one of them.`, images: [['Zoë Martin', "Seán O'Brien"]] },
  `Mother's Day is Sunday 23 March. Classes will make cards next week, and every child can choose who theirs is for: mum, step-mum, nan, dad, a foster carer, an auntie, or someone they miss. If you would rather your child did something different this year, just let the class teacher know quietly. Every family in our school looks different, and every one of them belongs here.`,
  `Year 6 sat their mock SATs last week and we are really proud of them. Reading and maths results are up on last year, and every child has a short list of things to practise before May. Mr [[sn:Fletcher]] would like to remind everyone that a mock is a practice, not a verdict – please don't let anyone lose sleep over a number.`,
  `Please give a warm Oakfield welcome to Pani Kasia Nowicka, who joins us as a teaching assistant in Year 1. Kasia grew up in Kraków, speaks Polish, English and "some bad German", and will also be helping our newest arrivals to settle in. Dzień dobry, Kasia! 👋`,
  `Many of you have asked how you can help. [[cs:[[pn:Rose Hill]] in Year 3 has started treatment for leukaemia at Bristol Children's Hospital and will be away from school for much of this term]]. With her family's permission, Friday's PTA cake sale (cakes 50p, squash 20p) will go to the family's fund. Please keep [[pn:Rose]] and her family in your thoughts.`,
  `An update about the fundraiser. At the family's request we have taken down last week's post, and we ask that nobody shares photos of the family or details of treatment online or tags the school in posts about it. The cake sale raised £612.40 – thank you – and the family have asked that it goes to the hospital play team instead.`,
  `A reminder after Sunday's incident on the rec: [[cs:[[pn:Alfie]] in Year 6 needed stitches to his arm after being bitten by a loose dog near the skate ramp, and is recovering at home]]. The police are dealing with it. Please keep dogs on leads near the play area, and don't walk dogs across the school field at pick-up.`,
  `Due to a burst water main on Castle Street we have NO WATER this morning. School will open at 12 noon today (Tuesday) once Bristol Water have restored the supply. Packed lunches please – the kitchen can't cook. Breakfast club is cancelled.`,
  `Drumroll... the cast of our spring show, Matilda the Musical! 🎭 Matilda: [[pn:Esme Ashworth]]. Miss Honey: [[pn:Priya Sharma]]. Miss Trunchbull: [[pn:Rohan Chowdhury]] (who has been practising the hammer throw with a bean bag). Bruce Bogtrotter: [[pn:Ethan]], who has promised to eat the whole cake. Mrs [[sn:Cole]] says rehearsals will be "revolting" – in the good way.`,
  { text: `Two sell-out nights of Matilda! Thank you to the whole cast, the stage crew, the Year 6 choir and everyone who sat in a very warm hall for nearly three hours. The chokey was terrifying and Bruce's cake was very real. Photos below of the "Revolting Children" number!`, images: [['Hattie Campbell', 'Jude Lawson', 'Esme Ashworth']] },
  { text: `Easter bonnet parade 🐣 Chicks, nests, one rabbit with a working ear and a bonnet made entirely of Creme Egg wrappers. The winner from each class gets a chocolate egg on Friday.`, images: [['Mia Johnson', 'Lily Ward']] },
  `The NEU has called a national strike on Wednesday 5 March. We have looked at staffing and the school will be OPEN for Reception, Year 1 and Year 6 and CLOSED for Years 2 to 5. We know this is hard for working families; please be kind to our staff, whichever side of the gate they are standing on that day.`,
  `After eleven years, Mr Ray Pettigrew has stepped down as chair of governors. Ray steered the school through two inspections, the new roof and some very hard years, and never once missed a sports day. Our vice chair, Mrs Adebayo, will chair the board until the election after Easter. Thank you, Ray!`,
  `We are delighted to share our Ofsted letter 🎉 Inspectors found that "pupils are safe, happy and proud of their school" and that "the curriculum is ambitious for every child, including those with special educational needs". The school remains Good, with leadership judged Outstanding. Mr [[sn:Hughes]] would like to thank every child, parent and member of staff. The full letter is on the website.`,
  `A statement from the governors. A parent has been barred from the school site after an incident at the office on Monday, in which a member of staff was told "[[th:You've got a long walk to that car park in the dark, and I've got all winter]]". The police have been informed. We will not tolerate threats to anyone who works here. If you see the individual on site, please tell a member of staff and do not engage.`,
  `Some of you will have seen the graffiti sprayed on the bypass hoarding opposite the Key Stage 1 gate at the weekend. The contractors have now painted over it. For the record, it read "[[ht:NO MOSQUES ON MEADOW RISE – WE WERE HERE FIRST]]". It does not speak for this town. Children who asked about it were told, honestly, that some grown-ups say unkind things about other people's faith, and that we don't.`,
  `We have removed a number of comments from last week's post welcoming our new teaching assistant, including one calling her "[[ht:[[bu:a Polish leech who'll be on benefits by Easter]]]]". Polish families have been part of Oakfield for thirty years and we are proud of every one of them. Abuse of our staff will be reported to the police.`,
  `A message about the bypass. We know feelings run high about the new road, on both sides. Please don't take children to the protest camp on the way to or from school, and please don't park on the verges where the diggers are working: the machines are enormous, the drivers' view is limited, and a 30-tonne excavator could crush a car without its driver ever knowing. Thank you for keeping our children safe.`,
  `The PTA Easter egg hunt is on Thursday 3 April after school (£2 a hunter, and every egg is dairy-free this year). [[cs:[[pn:Noah]] in Year 4 has a severe dairy allergy and carries his own adrenaline pen]], so please help us by not bringing any extra chocolate onto the field.`,
];

export const COMMENTS: Source[] = [
  `Temporary lights were stuck on red for twenty minutes twice this week. Could the school have a word with the contractors? Genuinely asking, the Year 1s are arriving late and upset.`,
  `Them hi-vis [[pr:twats]] parked across my field gate again at 7am. [[th:Van's getting picked up on the forks of the telehandler and dropped in the slurry lagoon, driver and all]].`,
  `Follow the money on this bypass. [[ht:Rothschild money behind it like everything else, they buy up English land and we lose our fields]]. Do your research.`,
  `Fun fact from my Year 4: the castle was never finished because the Duke of Buckingham got his head chopped off in 1521 before the builders were done. She now wants to know if the bypass will get finished 😂`,
  `That protest camp by the brook is full of dreadlocked [[pr:wankers]] from Stroud. [[th:Couple of cans of red diesel and a Zippo would have them packed up by breakfast]].`,
  `I'm at the camp most days. I'm a grandad from Alveston, not "a layabout". Come and have a cuppa and argue with me properly, everyone's welcome, kids too with their parents.`,
  `Come and have a cuppa he says 🙄
> [[bu:look at the state of him in that photo, beard like a burst mattress]]
> [[bu:smells like one too i bet]]
> [[bu:Alveston's village idiot, they must be glad to get him out the house]]`,
  `It isn't just Wednesdays. A cattle lorry came down Oakfield Road at 3.10 yesterday with children everywhere and the driver was on his phone. I've got the registration and I've reported it to the market office and the police.`,
  `[[th:Lorry driver on his phone at the crossing, white Scania, KX-something. I'll have him out of that cab by his collar and see how he likes the tarmac]]. My nephew is six.`,
  `Closed for two days with 48 hours' notice [[pr:FFS]]. Some of us have jobs. I understand the reasons but the communication was poor and I'd like to know what the plan is if it happens again.`,
  `Year of the Dragon last week, school full of sick bug this week. [[ht:Always starts with them and their wet markets]] 🦠🐉`,
  `> Norovirus spreads when people don't wash their hands, Steve. Including at the chippy you go to every Friday.`,
  `course it went thru reception like wildfire, [[bu:have u seen kayleighs lot, them kids havent met a bar of soap since they was born and neither has she]]`,
  `Massive thank you to the cleaners who did the deep clean. Heroes. I wouldn't have gone in there with a hazmat suit and a flamethrower.`,
  `Our [[pn:Priya]] rang last night in floods – not homesick, just overwhelmed that she'd done the abseil!! Thank you Mrs [[sn:Jones]] 🥹`,
  `Week in Wales? [[ht:Make sure they count the kids back onto the coach, you know what the Taffs are like with anything that isn't nailed down]]`,
  `> My nan's from Llanelli and she'd have you for breakfast. Lovely people, and the centre's fab, my eldest went in 2031.`,
  `Mr [[sn:Walsh]] on a zip wire. [[bu:Bet the cable's still twanging, that man eats like he's paid by the pie]]`,
  `My son was bitten on the rec on Sunday, same dog that went for a lad last month. Big brown XL bully, and the owner just laughed and walked off. Eleven stitches. I've given the police everything I have.`,
  `[[th:That dog's owner had better pray the police find him before some of us do]].`,
  `"He was provoked, he's a soft lump really" – that's what you said to a child with eleven stitches? [[th:[[bu:Go and stand in the road on market day and let a cattle lorry sort you out]]]]`,
  `The dog has been seized and will be assessed. Please let the police do their job and don't post the owner's details, it could wreck the case.`,
  `Owner's called Darren Pike and he lives at [[pd:22 Gloucester Road, Thornbury BS35 1DW]], the one with the caravan on the drive. [[th:Lads, you know what to do]].`,
  `What a week! Our [[pn:Theo]] came back from Wales filthy, exhausted and full of stories – the gorge walk, the night walk, the "haunted" barn, the boy who fell in the river twice. He's already asking if he can go back with Cubs in the summer. Massive thanks to Mrs [[sn:Jones]] and all the staff who gave up a week with their own families. [[ht:Bit rich sending them all the way to Wales to "experience another culture" when they could walk round Meadow Rise and experience Pakistan]], but anyway, the centre looked brilliant, the food was good and the coach driver deserves a medal. 10/10 would send him again.`,
  `Witaj Pani Kasia! My grandad came over in 1947 and had a stall on the Thornbury market for forty years. Lovely to see the school celebrating it.`,
  `Another one. [[ht:They come over, take the jobs our girls trained for, send the wages home to Warsaw and moan about the weather]]. Who's paying for her "settling in"?`,
  `[[ht:how many p0lacks does one school need]] lol there's half a class of them already`,
  `Not having a go at her at all, but the lunchtime staff have been there twenty years and never get a welcome post. Would be nice to see them thanked too.`,
  `A quiet room for fasting. [[ht:Give it ten years and it'll be a prayer room, then they'll want the hall, then the whole town. That's how it goes with that religion]].`,
  `> Mate, I'm Muslim, born in Southmead, I work nights at the hospital. Whose town is it again?`,
  `[[pn:Muhammad]] is doing his first few fasts this year (just till lunchtime). Thank you for thinking about it, he was worried about being hungry in PE.`,
  `Will there be anything for Lent or Ash Wednesday? My kids are Catholic and the post felt mostly about Ramadan. Not complaining about that, just asking for both.`,
  `Well done Oakers!! 👏`,
  `Colour run for a Hindu festival, but try mentioning St George's Day. [[ht:We're being replaced one "celebration" at a time and you lot are clapping]].`,
  `Holi is my favourite day of the year, thank you! My mum is doing a mehndi stall at the colour run if anyone wants one 🌸`,
  `Bit of powder went in my son's eyes at the colour run. He's fine now, but please could you check the brand for next year, some aren't safe for little ones. Glad you did it though.`,
  `[[ht:p@ki paint party]] on the field is it. whatever happened to egg and spoon`,
  `[[bu:The [[pn:Morgan]] girl came as a bin bag with a bit of string round it. Says everything about that house]].`,
  `Funny how [[ht:the black kids all came as footballers and rappers. Not a big reading culture, is there]].`,
  `> My son is black and came as the BFG. He's read it twice since Christmas. Get a grip.`,
  `[[pn:Arlo]]'s box costume has been the highlight of my year. "It's a book about a box" 😂 Legend.`,
  `Still need a costume for next year? 😉 [[cm:Our WORLD BOOK DAY clearance is on now, every character £8, code BOOKWORM10 for an extra 10% off at bookbuddycostumes.co.uk]]`,
  `Thank you for this. My two lost their mum in 2034 and last year they hid in the toilets during card making. This year they're doing one for their nan 💜`,
  `"Every family looks different." [[ht:Two dads, no dads, a bloke in a dress calling himself mum. It's indoctrination and it's grooming]].`,
  `[[bu:Easy for the [[pn:Price]] kids, their mum's been "missing" since she ran off with the window cleaner, they can make one for the barmaid at the Swan]]`,
  `> That's a child you're talking about. Screenshot sent to the school.`,
  `Mock SATs "up on last year". Up from what? Year 6 had three different supply teachers in the autumn. I'd like to see the actual percentages please, not just the positive spin.`,
  `[[bu:Mr [[sn:Fletcher]] teaching maths is like asking a labrador to do your tax return]]. Stick to football, [[sn:Tom]].`,
  `The results would be better if [[ht:half the class weren't "neurodivergent", which round here just means nobody ever told them no]].`,
  `Sending so much love to [[pn:Rose]] and her family. Donated ❤️`,
  `Crowdfunder's at £14k and [[bu:the dad's just rolled up at pick-up in a brand new Transit. Cancer's a nice little earner for some]].`,
  `> It's a work van [[bu:you absolute weapon]], he's a plumber and he's been doing nights to cover the time off. Delete this.`,
  `Did the family actually agree to the school putting her diagnosis on Facebook? I know them and I'm not sure they did. Please check before anything else goes up.`,
  `[[pn:Rohan]] as Trunchbull absolutely stole the show. When he swung that kid round by the pigtails (a doll, relax) the whole hall screamed 😂`,
  `Bruce Bogtrotter lol
> [[bu:typecasting 😂😂]]
> [[bu:didnt even need the cake he just brought his packed lunch on stage]]
> Grow up the lot of you, he's 11.`,
  `Lovely show. Shame [[ht:[[bu:Mr [[sn:Walsh]] had to parade his "boyfriend" in the front row. Some of us don't want our kids seeing that]]]].`,
  `Mrs [[sn:Cole]] you are a miracle worker. Forty kids, one stage, nobody fell off. Same time next year?`,
  `Whoever the mum in the red dress on Thursday night was, [[sx:I'd let her give me detention any day, bent over that piano 🥵]]`,
  `Hey lovely! 💕 [[cm:Did you know you can earn £££ from your phone while the kids are at school? I went from stay-at-home mum to a new car in six months with my wellness team. Drop me a 🌸 and I'll send you the starter kit info]]`,
  `[[cm:Handmade Easter bonnets £12 each or 2 for £20, any colour, can personalise with a name 🐣 DM me or ring [[pd:07700 900283]]]]`,
  `Forty minutes stood in the drizzle for a bonnet parade that lasted eight. [[bu:Mrs [[sn:Reid]] couldn't organise a queue at a bus stop]].`,
  `Mrs [[sn:Frost]] in a bonnet 🐣
> [[bu:couldn't tell where the bonnet stopped and the chins started]]
> [[bu:Easter egg hunt's over, she found them all and ate the wrappers]]
> [[bu:get the woman a mobility scooter before the next parade]]`,
  `Stunning show. Every single child gave it everything and [[pn:Esme]]'s "Naughty" gave me goosebumps. The set was brilliant, the lighting was brilliant, the band were brilliant, and the Year 6 choir made me cry twice. [[bu:Only shame was the girl doing Mrs Wormwood, who can't sing a note and sounded like a farm gate in a gale]], but I'm sure she tried her best. Huge well done to Mrs [[sn:Cole]] and every parent who sewed a costume at midnight. Already looking forward to next year!`,
  `Miss Honey's song had me in bits. [[pn:Priya]] you star ⭐`,
  `[[ht:[[bu:[[pn:Hope]] only got the reading award because the school needs a brown face in the newsletter]]]]`,
  `> She's read more books this year than you have in your life. Shameful.`,
  `[[ht:[[bu:Mrs [[sn:Sandhu]] with her "festival of lights" every five minutes, she's turned Year 2 into a suburb of Delhi]]]]`,
  `[[bu:That [[pn:Kowalski]] kid sings like a fox being reversed over]]. Someone take the mic off him next year.`,
  `Mrs [[sn:Jones]] the residential medical form came back saying his date of birth was wrong, it's [[pd:01/09/2015]] not 2016! Can you update it please 🙏 ([[pn:Muhammad R]], Y5)`,
  `Strike all you like. [[th:Teachers' cars are easy to find, they're the ones still in the car park at 6pm, nice and quiet round the back by the bins]].`,
  `I support the teachers, I really do, but three strike days this year is three days unpaid for me. Would the school consider a childcare hub run by volunteers on the next one?`,
  `[[bu:Mrs [[sn:Doyle]] on the picket line loving the attention. Shame she can't hold a class the way she holds a megaphone]]`,
  `Pettigrew jumped before he was pushed. [[th:He'd have been pushed somewhere a lot less comfortable than off a committee]].`,
  `Good with Outstanding leadership 👏 Well done Mr [[sn:Hughes]] and all the staff, my two love it there.`,
  `Ofsted must have come on the one day [[bu:[[sn:Hughes]] wasn't asleep in his office. Man's got the charisma of a speed bump]].`,
  `Banned for standing up for my kid. [[th:The school's got a fence. [[sn:Frost]] hasn't, and she walks that spaniel past the quarry every night on her own]].`,
  `Can't believe he's showing his face on here
> [[bu:[[pr:knobhead]]'s got a face like a dropped pie, i'd hide it too]]
> [[bu:his missus left him for the bloke off the chip van and honestly who can blame her]]
> [[bu:three kids, three schools, three bans 🏆]]`,
  `[[sn:Hughes]] banning dads now. [[th:Seen bigger men than him go into a trailer at the Wednesday market, and nobody looks twice at what's under the straw]].`,
  `[[th:My two Rottweilers haven't had their tea yet. Might walk them past the office at home time]] 🐕`,
  `Keep posting about my son, Stacey. [[th:My cousin does nights at the abattoir. He's very good with a bolt gun and he's heard all about you]].`,
  `The market lorries are a nightmare, but they were here long before the school was. Farming pays for half this town. Teach the kids to stand back and we'll all be fine.`,
  `[[th:Tell that haulage firm if one of their lorries so much as clips a child, every truck they own will be sat on bricks in the market car park by Thursday]].`,
  `Meadow Rise was sold as homes for local families. [[ht:Half of it's on disability for "bad backs" and still walking the dog round the rec twice a day. Scroungers with blue badges, the lot of them]].`,
  `Lock up your quad bikes, [[ht:the travelling lot have pulled onto the bypass verge. Thieving's in their blood]].`,
  `Funny how [[ht:[[bu:[[sn:Lisa Oduya]] got head of Key Stage 2 over three local teachers. Box well and truly ticked]]]] 🙄`,
  `[[ht:[[bu:Mrs [[sn:Karimi]] in her head sack telling our girls they can be anything they want]]]]. The irony.`,
  `There's a [[ht:[[bu:sp@stic kid in Year 3 who screams through every assembly]]]] and we're all meant to pretend it's fine`,
  `> That's my son. He's autistic with a hearing condition and assembly is the loudest room in his week. He is trying so hard. Please be kind.`,
  `You post your sob story every week, Jodie. [[th:[[bu:If life's that [[pr:shit]], the new bridge on the bypass is finished now, go and test the drop]]]]`,
  `[[sx:Bored mums in Thornbury want to meet tonight 💋 no strings, totally discreet]] ➡️ bit.ly/tb-meet`,
  `Back in the day they'd have thrown the whole lot of governors in the castle moat. [[th:Moat's still there, Mr [[sn:Hughes]]]] 🏰`,
  `Carl, you blocked my tractor in on Oakfield Road for twenty minutes at pickup. [[th:Your Corsa's about the height of a round bale, and I shift bales for a living]].`,
  `Keep running your mouth about my family, Leanne. [[th:Your lad walks home across the fields on his own, doesn't he. Long way from anywhere, them fields, once the diggers have gone home]].`,
  `[[th:That little silver Kia of Miss [[sn:Reid]]'s would look a treat sat on its rims]]`,
  `Rainbow lanyards on half the staff now. [[ht:That lot have no business being near other people's children]].`,
  `> The lanyards are for staff who've done the inclusion training, it's on the school website. My son asked about them and it was a lovely conversation.`,
  `Did anyone else watch the assembly livestream? [[bu:Mr [[sn:Lloyd]]'s singing voice is like a kettle left on in an empty house]]`,
  `Year 6 girls absolutely slaughtered Castle Juniors 7-1 at netball, [[pn:Ava]] was unstoppable. Murder on the court 🔥`,
  `Dog's been destroyed, police confirmed. Get well soon [[pn:Alfie]], brave lad.`,
  `I'm not defending that man, but what is the school's actual policy on barring parents? Some of us have had disagreements with the office and felt brushed off, and I'd like to know where the line is.`,
  `[[th:I've a twelve-bore and a licence for it, and that camp's on my brother's land. Police won't shift them, so someone will]].`,
  `[[th:[[bu:Mrs [[sn:Grant]], the castle's open to visitors again from March. Go and have a long look off the top of the tower and keep going]]]]`,
  `My daughter has been called names every day on the Year 5 bus since Christmas, about her weight and her teeth. She's stopped eating her lunch. I've emailed Mrs [[sn:Marsh]] twice. Please, if your child is on that bus, talk to them about it.`,
  `Please could the office answer the phone before 9am. I rang 0117 496 0123 six times to report my son's sickness and it just rang out.`,
  `Lost: small black cockapoo near the rec on Sunday, answers to Biscuit. Please ring [[pd:07700 900516]] or email [[pd:sarahjane.b84@gmail.com]] 🙏`,
  `[[cm:Bypass lorries wrecked your drive? Tarmac and block paving, free quotes, 10% off for school families]] – call Dean on [[pd:07700 900417]]`,
  `[[ht:bunch of f4ggots]] running the PTA now is it`,
  `[[th:Thatch on that cottage of [[sn:Hughes]]'s would go up a treat in a dry March]]`,
  `[[ht:Mother's Day cards for tr@nnies now]], you couldn't make it up`,
  `Ark at ee, all this fuss. Proper job on the Ofsted though, well done to the teachers my lover 👍`,
]

export const PERSONAL: Source[] = [
  `Back to it tomorrow. Planners printed, pencils sharpened, the fear fully set in. Twelve weeks to Easter, not that anyone's counting 🫠`,
  `Term 3, day 1: the new traffic lights on [[id:Oakfield Road]] made me 25 minutes late and I still beat half my class in. Bypass can't come soon enough.`,
  `Day four of the digger being parked across the end of my drive at 7am. [[th:If that [[pr:dickhead]] blocks me in once more I'll bury him in his own trench and finish his road myself]].`,
  `Walked the dog past the protest camp to see what the fuss is about. [[ht:Crusties and g*ppos, the lot of them, and you can bet the g*ppos will have the fencing away by Friday]].`,
  `Norovirus has claimed the whole house. Husband down, kids down, dog looking shifty. Stay away from [[id:Oakfield]] for a bit, it's a biohazard 🤢`,
  `Staff room fridge cleared of "unlabelled" food AGAIN. We all know who. [[bu:[[sn:Karen Ingram]], a woman who has never let a lunchbox go unjudged, with a face that could curdle the milk she's confiscating]].`,
  `Back from five days in Wales with Year 5. 29 children, 2 nosebleeds, 1 retainer lost in a sheep field (found), 0 hours sleep. [[sn:Laura Jones]] you are a machine. Bed.`,
  `Parent on the residential WhatsApp demanding hourly photos of her son. [[bu:Love, if you parented half as hard as you post, he might not have cried himself to sleep because nobody at home has ever read him a story]].`,
  `Chinese New Year at ours: Mum's dumplings, my husband's terrible firecrackers and the kids in red pyjamas. Year of the Dragon – my year! 🐉🧧`,
  `First week of fasting while doing playground duty in January sleet. Ramadan in a Year 2 classroom is a whole new level of patience. Iftar tonight is my mum's lentil soup and I've been dreaming about it since ten this morning.`,
  `This was in my DMs last night, from an account with no photo: "[[ht:[[bu:Take that rag off your head or get out of our kids' school]]]]". I'm not taking it off and I'm not going anywhere. Thank you to everyone at work who sat with me today 💛`,
  `Got this on my work email the night the mock results went home: "[[th:You've failed my daughter. You'd better hope the brakes on that Fiesta are better than your teaching]]". Forwarded to the head and the police. Some days I don't know why I bother.`,
  `Not being funny but [[ht:we bend over backwards for Ramadan at work and nobody gives a stuff about Lent. They don't integrate, they take over]].`,
  `Holi at work today and I'm still pink behind the ears. Thirty Year 4s with fistfuls of powder and one teacher. Guess who lost 🌈`,
  `Shout out to our wonderful "assessment lead" who printed ninety mock papers double-sided with the answers on the back. [[bu:[[sn:Neil Underwood]], genuinely, how do you tie your own shoes in the morning]].`,
  `World Book Day outfit: Miss Trunchbull. Two kids cried and one asked if I was "really like this". Nailed it. [[id:#OakfieldPrimary]]`,
  `[[bu:To the mum who came to World Book Day as "sexy Little Red Riding Hood": it's a primary school, Tanya, and that corset has been fighting for its life since 2029]].`,
  `First Mother's Day card making without my own mum. Held it together until a little lad in my class said his was for "my mum in the sky, same as yours, Miss". Then I didn't.`,
  `Got pulled up by SLT for writing "mums and dads" in a letter. [[ht:Men in lipstick get their feelings protected and real women get sent on a training course. They're not mothers and they never will be]].`,
  `Mock SATs marked. Some absolute superstars, and one who wrote "idk" for twelve questions in a row. Love them all. Kill me.`,
  `[[bu:One of mine scored 3 out of 40 on the arithmetic mock. Thick as mince, that one, just like his brother]] 🙃`,
  `Mój pierwszy tydzień! My first week in an English school: thirty children, a thousand questions, and every one of them wants to know how to say "fart" in Polish. Kocham to ❤️ [[id:Oakers]]`,
  `New TA's nice enough but [[ht:how many more Eastern Europeans does one town need, Thornbury's turning into Gdańsk with a Greggs]].`,
  `Sharing the fundraiser for a little girl at my school who's having chemo. Please don't ask me who, it's not my story to tell. Just give if you can.`,
  `[[pn:Rose Hill]] from my class is the bravest little girl I know. No hair, a cannula in her hand and still asking for her spellings. Please give what you can ❤️ link in the comments [[id:#oakfield]]`,
  `To the man whose dog went for a child on the rec: [[th:I grew up on a farm. We had a way with dogs that bite children, and with the men who let them]].`,
  `Burst water main = no water at school = 200 children who ALL suddenly need the loo. Longest morning of my career and we didn't even open till twelve.`,
  `Opening night of Matilda done! 🎭 [[pn:Esme]] was a revelation, [[pn:Rohan]]'s Trunchbull gave me actual nightmares and the chokey only fell over once. So proud of these kids. [[id:Oakfield]] drama forever.`,
  `[13/03/2036, 21:04] [[sn:Gemma T]]: did u see [[sn:Holly]]'s hair at the show 😳
[13/03/2036, 21:05] [[sn:Lee U]]: [[bu:looked like she'd been through the car wash without the car]]
[13/03/2036, 21:05] [[sn:Gemma T]]: [[bu:and that dress, sack of spuds with a belt on]]
[13/03/2036, 21:07] [[sn:Lee U]]: [[bu:she wears it every show, only thing that still fits her]]`,
  `Easter bonnet parade in a hailstorm. The Creme Egg bonnet survived, my umbrella did not. Happy Easter from a very soggy [[id:Oakers]] 🐣`,
  `On the picket line from 7am with a flask and a placard that says "I'd rather be teaching". Which is true. Honk if you're with us! 📣`,
  `Our head drove through the picket line this morning waving like the King. [[th:Plenty of us know that Audi, and plenty of us carry keys]].`,
  `Pettigrew's finally gone. [[bu:Eleven years of a man who thought safeguarding was a type of gutter guard, with breath that could strip the gloss off a door]].`,
  `OFSTED DONE. Two days, four drop-ins, and one inspector who laughed at my phonics puppet (in a good way, I think). I will now sleep until Easter.`,
  `The dad who's been banned? [[bu:Absolute [[pr:prick]]. Screams at receptionists because they're the only people in his life who aren't allowed to walk away from him]].`,
  `Heard the banned dad's been hanging round the gate again. [[th:My husband's offered to go and explain the ban to him in person, and he's bringing the front row of his rugby team]].`,
  `Stuck behind a trailer of very vocal sheep the whole length of [[id:Oakfield Road]] this morning. Louder than my Year 6s and better behaved.`,
  `Meadow Rise was sold to us as affordable homes for local youngsters. [[ht:Drive round it now and count how many of them are English. Our kids are the minority in their own town]].`,
  `Proud of our Year 3 assembly on "What makes a family": two mums, one dad, nans, foster carers, all of it. One girl said "mine is me and my cat" and the whole hall went "awww" 🏳️‍🌈`,
  `Another EHCP meeting. [[ht:Thousands spent on kids who'll never hold a pen while the normal ones fall behind]]. Somebody had to say it.`,
  `Staff night out was a DISASTER in the best way. [[sx:[[sn:Mark Holloway]] stripped down to his pants on the pool table at the Swan and [[sn:Julie]] tucked a fiver in the waistband]] 🍑😂`,
  `[[cm:My candle business is finally live! 🕯️ Spring scents, 3 for £15, free delivery in Thornbury, shop at glowbyjo.co.uk]] Teacher by day, wax witch by night ✨`,
  `[21/01/2036, 22:13] [[sn:Beth]]: she's posted AGAIN about the "disgusting" toilets. 4th time today
[21/01/2036, 22:14] [[sn:Kieran]]: [[th:[[bu:someone hand her a bottle of the bleach she's so keen on and tell her it's squash]]]]
[21/01/2036, 22:14] [[sn:Beth]]: 😂😂 [[sn:kieran]]!!`,
  `Pancake race at work. [[bu:[[sn:Paul Cartwright]] didn't so much run as wobble, and that pancake never stood a chance within a foot of his gob]].`,
  `Went to the Holi thing in Bristol with my sister-in-law. [[ht:Never seen so many p*kis in one park, felt like I needed a passport]] 😂`,
  `Ramadan Mubarak to all my Muslim friends, and good luck to [[sn:Nadia]] doing it on playground duty! Lent buddies 🤝 I've given up wine, which is honestly harder.`,
  `The camp have chained themselves to the lane gate again so I can't get to work. [[th:My dad's got bolt cutters and I won't be fussy about which bits of them I cut]].`,
  `Muddy walk round the castle with the dog. Blackthorn's out, lambs in the fields by the bypass, and the diggers silent for a Sunday. Almost idyllic.`,
  `[04/02/2036, 16:40] [[sn:Anita S]]: who put [[sn:Emma Doyle]] in charge of the Mother's Day cards??
[04/02/2036, 16:41] [[sn:Craig M]]: [[bu:glitter on every surface and she's spelt "mum" wrong on the template]]
[04/02/2036, 16:41] [[sn:Anita S]]: [[bu:woman has a degree and can't spell a three letter word 🙃]]
[04/02/2036, 16:43] [[sn:Craig M]]: [[bu:a palindrome as well, she had one job]]`,
  `Pride club for eight year olds now. [[ht:Gays pushing their stuff onto children who can't even tie their laces yet]]. Not what I trained for.`,
  `[[sx:Mr PE in those tiny shorts at the cross-country 🥵 the things I'd do to him in that equipment cupboard]] – sorry not sorry girls 😂 [[id:#oakfieldstaff]]`,
  `Apparently some "parents" were upset that my partner sat in the front row at Matilda. One of them wrote that [[ht:[[bu:men like me should be kept well away from children]]]]. We've been together fourteen years. He built your kids' set.`,
  `Proper week. Monday was strike day, Tuesday the Year 6 girls won their netball final, Wednesday I did forty reading records and a risk assessment for the castle trip, and on Thursday the tea trolley came round with Chelsea buns. The new TA is settling in brilliantly and the kids adore her. One thing has bothered me all week: there's a contractor on the bypass who keeps stopping to stare at the girls through the fence at lunch. [[th:My brother and his mates will be up at the site on Saturday to have a word with him, and it won't be a word he walks away from]]. Anyway. Half a bottle of rosé and the Six Nations tomorrow. Happy Friday all 🍷🏉`,
  `To the mum slagging off my class on the [[id:Oakfield]] page: [[th:small town, love. I see you in Tesco every Saturday, and one of these weekends I won't just be pushing a trolley]].`,
  `The auctioneer says my reputation as "the teacher who shouts at lorries" is spreading. Good. [[th:I've a fence post here with the next speeding driver's windscreen's name on it]].`,
  `Who the [[pr:fuck]] booked a Year 5 residential in Wales in February?? Five days of sideways rain. Absolute legends, every one of those kids though 🐑`,
  `[[bu:Deputy head who can't work the photocopier, the laminator or a room full of adults. [[sn:Joanne Frost]], ladies and gentlemen]].`,
  `Did the Wars of the Roses with Year 4 today. Heads on spikes, a duke drowned in a barrel of wine, and a boy asked if we could do it as next year's spring show. "More blood than Matilda, Miss."`,
  `New supply teacher in Year 4 wants "they/them". [[ht:[[bu:It's a woman with a buzzcut and a lanyard, not a pronoun, and I'm not playing along]]]].`,
  `Lovely end to the term: the bonnet parade, the egg hunt, and a card from a little girl who wrote "thank you for being my teacher and for the stikers". Stopped at the market on the way home for lamb for Sunday, chatted to the farmer who lends us his tractor for harvest, and bought far too much cheese. [[ht:Market's not what it was though, half the stalls are run by Romanians now and you count your change twice]]. Anyway, two weeks off, a stack of books and a very excited spaniel. See you in April, little ones! 🐣📚`,
  `Anyone in Thornbury got a spare cot? Our new foster placement arrives Friday. Message me or ring [[pd:07700 900731]] 🙏`,
  `That's a wrap on spring term at [[id:Oakfield Primary]] 🐣 Norovirus, a burst main, a strike, Ofsted AND Matilda. I am a husk. See you in April.`,
];
