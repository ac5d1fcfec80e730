// The thirty-seventh held-out set's texts, labelled inline as [[code:span]]; `npx tsx core/eval/heldout-source.ts
// --set 37` builds heldout-37.jsonl from them (ids h37-off-NNN, h37-com-NNN, h37-per-NNN). Score it with:
//   npm run -s eval:checker -- --corpus core/eval/heldout-37.jsonl
// First scored on 2026-12-06, totals only, blind, at cc3b1f7 (labels found / labels, false alarms; rules alone, then
// with the reading of meaning): threat 16/36, 4 and 24/36, 6; hate 14/36, 3 and 19/36, 5; bullying 13/36, 2 and
// 14/36, 2; sexual 3/3, 1 both. Written to be trained on: after that scoring it is a read set.
// Written blind, by someone who read none of the checker. Of the repository it read only: heldout-source.ts
// (header comment and build code: the [[code:span]] syntax, the CODES table, the roster check and the SETS
// table); roster.json; the first 80 lines of core/src/checker/types.ts (category names, text kinds and shared
// types, no rules); the header comment of heldout-32-texts.ts (the lines before its first `export`) and its
// `export const OFFICIAL`, `export const COMMENTS` and `export const PERSONAL` lines each with the three lines
// after them, for the file's shape only; and, of heldout-texts.ts, its first 12 lines (more than the one
// `export type Source` line it was meant to read: its 4-line header comment, the Source type, and the first
// three clean official texts of set 1, cut at 200 characters; nothing here was taken from them). It did not
// read anything else under core/src (lexicons, categories, rules, learned models), any test, core/bench/,
// core/cli/, docs/, the other eval scripts, corpus or training texts, any other heldout-*-texts.ts file, any
// *.jsonl other than its own output (read only to count labels and texts per kind), or git history. The
// checker, the eval scripts and the tests were not run on these texts; only the builder above, to validate the
// labels, and `npx tsc --noEmit -p core`.
// The school is the evaluation roster's (roster.json): Oakfield Primary School ("Oakfield", "Oakers"),
// Oakfield Road, Thornbury, Bristol BS35 4HJ, 0117 496 0123, office@oakfield.sch.uk.
//
// Aim: harm in wordings nobody has used before, set in ONE SPRING TERM (January to March 2031): the new
// headteacher (David Hughes, from Stroud) starting in January, two snow days (16-17 January), a flu outbreak
// (68 children and 9 staff off; a pupil in hospital), Lunar New Year and Ramadan, a fight between two dads at
// the gate on 4 February reported in the Gazette, a row over a telecoms mast on the playing field (governors'
// statement, the planning meeting on 12 March at the Armstrong Hall, 5G fears, EMF-pendant sellers), a
// far-right "Thornbury First" leafleting campaign before the town council by-election on 20 March, World Book
// Day (6 March) and Red Nose Day (14 March, two teachers gunged, £1,186). The town has tensions between
// long-settled families ("five generations") and newer arrivals (Afghan families in the old Swan hotel,
// Romanian and Polish families, Hong Kong grandparents, a Traveller site); one member of staff posts about
// her football club, Thornbury Town Women (matches, a touchline slur, a rival's chant, a cup run).
// Lengths 6-105 words: one-line jabs, emoji-only sneers, long friendly posts with the harm buried mid-paragraph
// (the snowed-in thank-you, the half-term message, the World Book Day costumes), harm across two sentences
// ("Has a daughter at Castle School. Small town. Just saying"), threads pasted with "> " before each reply,
// text speak and typos ("didnt", "urself", "no1", "cos"), Bristol speech ("where's it to", "my lover",
// "gert busy", "the camera don't reach", "them old prefabs"), sarcasm ("Bless his empty little head", "Make it
// make sense"), disguised slurs ("p1key", "Muzzies", "benders", "spacker"), coded ones ("👃💰", "🐒🍌", "🧕🧕🧕",
// "LGBTQWERTY", "Rothschild", "dads are "17"", "a fifth column in school uniform").
// Threats: veiled and implied (a receptionist's red Fiesta "right by the bins where the camera don't reach",
// the head's jog past the rec "with his headphones in", his daughter at Castle School, the dark lane behind
// his house and his grey Octavia, a PTA mum's children's 3.40 swimming bus, a boy alone on his bike by the
// brook, a white Evoque with a private plate, a van on the verge and "Nails are cheap"), conditional ("Vote
// for the mast lot and ...", "After Friday it stops being a Facebook problem", "if this goes through"),
// against the building (bolt cutters and diesel, windows "through", prefabs as a bonfire, "NO MAST OR NO
// SCHOOL"), exposure online (the governor's face and house number on lamp posts, the PTA chair's WhatsApps,
// the head's divorce papers, "rate the players" screenshots to mum and boss), a doxxing post with its
// "Take a few mates", football ("going home on a stretcher"), threats quoted in a school notice or a teacher's
// post, and self-harm incitement at a teacher, a parent and children ("swallow the whole packet", "take the lot
// with a bottle of wine", "nobody would notice if he stopped turning up", "go drown urself in the duck pond").
// Hate: anti-immigrant, anti-asylum, anti-Muslim, antisemitic, anti-Gypsy/Roma/Traveller, anti-Polish,
// anti-Sikh, racist, homophobic, transphobic and anti-disabled, with and without slurs. Bullying: of the new
// head, teachers (looks, age, smell, a man bun, competence), a receptionist, a caretaker, a dinner lady, a
// job-share partner, a governor, parents (a onesie at the gate, lashes at drop-off, a Miss Honey costume) and
// children (feral, weight, nits, a sniffing boy, a Year 6 "empty little head"), with a four-reply pile-on.
// Clean look-alikes: "I could murder a bacon sandwich", "this flu is absolutely killing us", a snowball
// "massacre", "got murdered 6-0", "battered them", "hit by a bus and then the bus reversed", "he'll kill me
// if I sign him up", "Killer costume", lambing losses, the Blitz dead, owl pellets, Shackleton's men eating
// penguins, clot-busting drugs, a mosque arsonist jailed, a man jailed for shoving a teacher, Anne Frank,
// e-safety and Anti-racism posts naming harms in general terms, a Traveller parent and an Afghan mum answering
// the bigots, firm polite complaints (parking, clubs at 9pm, toilet locks, the fight post too short, the mast
// lease money), a five-generations grandparent's grievance that attacks no group, "Charity begins at home",
// "Health and safety gone mad", friendly banter ("Jodie you absolute liability"), "Hope not Hate".
// 200 texts: 33 official posts (13 with harm, 8 with names only, 12 clean), 110 comments (65 with harm, 8 with
// names only, 37 clean) and 57 personal posts (30 with harm, 7 with names or school only, 20 clean); 108 texts
// (54%) carry harm and 69 (35%) carry no label. Labels: 36 threat (3 official, 25 comment, 8 personal), 36
// hate (4, 21, 11), 36 bullying (1, 24, 11), 30 staff-name, 15 pupil-name, 8 school-identification, 6
// personal-data, 4 profanity, 3 child-specific, 3 commercial, 3 sexual and 3 photo-consent (images tagging
// Ivy Green, Seán O'Brien and Niamh Atkinson without consent; two other images tag only consented pupils).
//
// Codes: pn pupil_name, sn staff_name, pd personal_data, pr profanity, sx sexual, ht hate, th threat,
// bu bullying, cm commercial, id school_identification, cs child_specific, not = a roster full name used
// as ordinary words (none needed here). photo_consent is never written: the builder adds it over the whole
// text when an image tags a pupil whose photoConsent is false. Images are attached to official posts only.
//
// Labelling decisions: heldout-source.ts's header holds; beyond it:
// - Quoted harm is labelled as what it is, over the quoted words only (quote marks, "read", "said" and the
//   report around it outside): threats quoted in the governors' statement, the answerphone notice, the mast
//   graffiti and two teachers' posts; hate quoted in the leaflet notice, the removed-comments notice, the
//   Gypsy email, a candidate's "a fifth column in school uniform", a leaflet, the Eid-display email; the
//   dinner-lady caption (bullying); a touchline "a lanky dyke", a rival chant "where's your turban gone" and a
//   group-chat "go drown urself ..." (each aimed at one person, so hate or threat and bullying too). Reporting
//   harm without its words ("a racist word", "a homophobic slur", "tells you to hurt yourself") is clean.
// - Threats are one span over the menace, the grievance or lead-in outside ("Mrs Marsh rang me AGAIN ...",
//   "Tell your Year 5 lad to stop ...", "To the PTA woman who reported my post."), but inside when the
//   knowledge is the menace (the Fiesta, "Hughes has a daughter at Castle School. Small town. Just saying").
//   A staff member's "it goes to the police and the governors" is clean; "your mum, your boss and the club
//   committee all get the screenshots" is a threat. The doxxing post: address and number are personal data,
//   "Go round and tell him what you think of him. Take a few mates" is the threat.
// - Hate is over the hostile statement, lead-ins that attack no group outside ("Everyone knows who started
//   it.", "New SEN base in the old library?", "Well done governors.", "Make it make sense.", a
//   trailing 🐐 or 😂 outside, the 👃💰 and 🐒🍌 emoji inside); "Knacker kids" and "Should never have given them a site
//   this close" are two spans. A slur or stereotype aimed at one person (the Afghan mum's husband "with a mop
//   and not a rucksack", the supply teacher "a bloke in a wig", Mr Fletcher "light on his loafers", the
//   "spacker kid", Hope and 🐒🍌) is hate and bullying over the same span. The transphobic staff post is hate,
//   with "mummy wants a trendy accessory" nested as bullying of the parent.
// - Bullying of one unnamed but identifiable adult or child counts (the caretaker, Dean's missus, the Year 1
//   mum, the "girl with the nits" and her family in a pile-on, each reply its own span, the job-share, the
//   governor "a twat in a gilet" with "twat" nested as profanity, the new head's "open door policy").
//   Shirley's "put the tinfoil hat down" is bullying, the "Ok boomer" before it is outside.
// - Names: "Hope" (netball, Year 6) is Hope Adeyemi, "Ivy" (Year 4) Ivy Green, "Noah" Noah Patel, "Kai" Kai
//   Nguyen, "Summer" Summer Davies, "Esme A", "Jayden A", "Phoebe D" and "Toby G" given name and initial;
//   "Helen" (a colleague) is Helen Marsh; Hughes, Walsh, Frost, Marsh, Karimi, Sandhu, Fletcher, Doyle and
//   Lloyd are unique surnames, titles outside; "Andrew Mahmood" in full (two Mahmoods). Not names: Shirley,
//   Dean, Stacey, Jodie, Bev, Shane Colley, Mr Ashtray, Miss Honey, the Matildas of World Book Day, "Hope not
//   Hate", "Hope he's ok", frostbite.
// - child_specific: Noah's hospital stay, Kai's mother's treatment and Isla Murray's collection order, over
//   the clause, names nested.
// - school_identification (personal posts only): "Oakfield" (five times, once nested in bullying), "Oakfield
//   Primary" (twice) and "Oakers"; "a school in Thornbury", "at work" and the town are not labelled.
// - commercial: the costume seller's code and the EMF pendant seller (whole comment), the skincare consultant's
//   code and "join my team"; "Free to a good home" is not commercial, its address and number are personal data.
// - Sexual: "Mrs Frost can gunge me any day of the week 😏💦", the BS35 single dads spam ("➡️ link in bio"
//   outside) and a teacher's post about the PE coach's shorts. Profanity: "ffs", "Fucking", "piss off", "twat".
import type { Source } from './heldout-texts.js';

export const OFFICIAL: Source[] = [
  `Happy New Year and welcome back! School reopens for pupils on Tuesday 7 January (Monday is a training day). This term we welcome our new headteacher, [[sn:David Hughes]], who joins us from a primary school in Stroud. Mr [[sn:Hughes]] will be on the gate every morning this week, so please come and say hello. He has already been warned about the puddle by the bike shed.`,
  `❄️ SCHOOL CLOSED TODAY (Thursday 16 January) ❄️ The site team have been in since 6am but the paths are sheet ice and Oakfield Road hasn't been gritted. The bottom of the hill is lethal, so please don't try to drive up to check. Home learning is on the class pages and we'll update here by 7am tomorrow.`,
  { text: `Before the snow shut us on Wednesday afternoon, Year 6 built an army of snowmen on the top field, Mr [[sn:Walsh]] built one general, and the whole lot was flattened by a snowball war in about four minutes. Fingers crossed for Monday!`, images: [['Theo Walker', 'Freya Nowak']] },
  `Flu update: 68 children and 9 staff were off today. This bug is knocking people flat for three or four days, so please keep children at home until they have been fever-free for 48 hours without Calpol. Every classroom is being deep-cleaned tonight (the cleaners are armed to the teeth). Please don't send children in "to see how they go" – in a class of 30 it spreads like wildfire.`,
  `Hazel class parents: thank you for all the cards. [[cs:[[pn:Noah]] is still in the BRI with complications from the flu and his mum says he is on oxygen]], so please keep him and his family in your thoughts. Anything you drop at the office we will pass on.`,
  `📚 World Book Day is Thursday 6 March! Come as your favourite character – heroes, villains, the lot. We'd love some baddies this year: Voldemort, the Trunchbull, Cruella, the Twits, the Big Bad Wolf. No weapons please, not even foam swords: a wand is fine, an axe for the troll is not. Costumes do NOT need to be bought. A pillowcase and some felt tips will do nicely.`,
  { text: `World Book Day in Year 4: three Matildas, two Gangsta Grannies (one with a worryingly realistic handbag), a terrifying Trunchbull and [[pn:Ivy]] as a fantastically grumpy Mr Twit 🧔`, images: [['Ivy Green', 'Oscar Lewis']] },
  `Red Nose Day is Friday 14 March 🔴 Wear something red for £1. If we reach £500, Mr [[sn:Walsh]] and Mrs [[sn:Frost]] will be gunged live in the hall at 2.30pm. Year 5 have been practising their aim all week and frankly it's a little worrying.`,
  `WE DID IT! £1,186 for Comic Relief 🔴 Thank you all. Mrs [[sn:Frost]] took a full bucket of green gunge without flinching; Mr [[sn:Walsh]] screamed like a kettle. The videos are on the class pages, not here, to keep children's faces off public pages.`,
  `A statement from the governors about the proposed telecoms mast. The application is the operator's, not the school's; the governors will give their view at the planning meeting on Wednesday 12 March, and anyone can object or support through the council's website. We understand people feel strongly. However, staff have received abuse over this, including an anonymous note in the office letterbox that read "[[th:the mast won't be the only thing that comes down on that field if this goes through]]". It has been passed to the police. Disagree with us as much as you like, but do it respectfully.`,
  `You may have read in the Gazette about an incident at the main gate after school on Tuesday 4 February. Two adults were involved and no child was hurt. The police attended and are dealing with it. We know many children saw it and some were upset, so class teachers talked to them today. Please do not name or share videos of the people involved, on this page or anywhere else – it makes things harder for the families and for the police.`,
  `Some families have told us about leaflets put through doors near school over the weekend. They use a photograph of our gate under the words "[[ht:Thornbury's schools are full of other people's children – and ours come last]]". The school has nothing to do with these leaflets and does not agree with them. Every child at Oakfield belongs here, whichever street, country or faith their family came from.`,
  `Online safety in Year 6 this week. We talked about what to do if someone online tells you to hurt yourself, asks you for photos, or threatens to share something about you: don't reply, screenshot it, block them, tell an adult. The children asked really sensible questions. The NSPCC and Childline numbers are on our website.`,
  `On Monday evening a man left a message on the school answerphone about his son's sanction. Part of it said: "[[th:Tell [[sn:Hughes]] the lane behind his place goes very dark after five, and he's not the only one who can find a grey Octavia]]". This has been reported to the police. We will always talk to parents about sanctions, but not like this.`,
  `[[pn:Kai]]'s family have asked us to let his class know that [[cs:he will be off until Easter while his mum is having treatment at Southmead]]. He would love drawings and letters – drop them at the office and we'll send them on.`,
  `Lost property after World Book Day: one Gruffalo head, a wizard's hat, a (plastic!) pirate hook, two Where's Wally scarves, a sock full of sand and a wooden sword we'd quite like to give back to its owner. Collect from the office by Friday.`,
  { text: `Congratulations to our KS2 gymnasts, who came second at the South Glos winter festival! Special mention to [[pn:Esme A]] for a stunning floor routine.`, images: [['Esme Ashworth', "Seán O'Brien"]] },
  `Mr [[sn:Hughes]]'s first assembly was about Shackleton's Endurance – trapped in the ice for months, the men eating penguins and seal, an 800-mile journey in a lifeboat – and somehow he made it all about never giving up on your spellings. Ask your children about frostbite. They have a lot to say.`,
  { text: `Netball: beaten 12-5 by Castle Primary, but we won the second half and the girls never gave up. Player of the match: [[pn:Hope]], who was everywhere.`, images: [['Hope Adeyemi', 'Ava Robinson', 'Freya Nowak']] },
  `A reminder that filming or photographing other people's children at the gate is not allowed, and since the recent incident we have seen clips shared in local groups. Please take them down. If you have concerns about anyone's behaviour, speak to Mrs [[sn:Marsh]] or phone the office on 0117 496 0123.`,
  `Polling day for the town council by-election is Thursday 20 March. Our hall is NOT a polling station this year, so school is open as normal. Several parents have asked us not to allow campaign leafleting at the gate, and we won't – for any candidate.`,
  `A reminder to Robins parents: [[cs:[[pn:Isla Murray]] may only be collected by her grandmother until further notice, and staff will not release her to anyone else]]. Thank you for your understanding.`,
  `Staff news: Mrs [[sn:Sandhu]] begins her maternity leave at half term – we wish her all the very best! Miss [[sn:Karimi]] will teach Kingfishers until the summer, and we welcome [[sn:Andrew Mahmood]], who joins us as a Year 3 teacher after ten years in the RAF.`,
  `Year 5's WW2 topic got very real this week: a visitor from the Bristol Blitz museum explained how the raids of 1940-41 killed more than 1,200 people in the city and flattened Wine Street. The children handled an incendiary bomb casing (empty!) and a gas mask, and had lots of questions about rationing.`,
  `Owl pellets in Year 3 🦉 The children pulled out the tiny skulls and jawbones of voles and shrews the barn owls had swallowed whole. Some gagged, most were fascinated, and one now wants to be a forensic scientist.`,
  `We have removed a number of comments from our Ramadan post which called some of our families "[[ht:dinghy divers]]" and "[[ht:halal hotel freeloaders]]". Comments like these are reported to the platform and, where they break the law, to the police. We will not be debating who belongs at our school.`,
  `Ramadan Mubarak to all our families who are fasting this month 🌙 Children who are fasting can use the library at lunchtime, and there's no pressure either way. Eid should fall in half term this year, so we'll celebrate when we're back.`,
  `Happy Lunar New Year! 🧧 2031 is the Year of the Pig. Robins made dumplings with a very patient grandma, and Year 2's dragon dance knocked over two chairs and a spider plant.`,
  `Parents' evenings are on Tuesday 25 and Wednesday 26 March. Book through the app, ring the office on 0117 496 0123 or email office@oakfield.sch.uk. Ten minutes each, and we'll try very hard to stay on time (no promises for Year 6).`,
  { text: `Football club ended the term with a penalty shoot-out against the staff. The staff lost. Badly. We will not be discussing it further.`, images: [['Niamh Atkinson', 'Jack Wilson', 'Toby Gill']] },
  `Over the weekend someone sprayed the fencing around the proposed mast site with "[[th:NO MAST OR NO SCHOOL – YOUR CHOICE]]" next to a drawing of a petrol can. Whatever anyone thinks about the mast, children saw this on Monday morning. The police have photographs and the fencing is being cleaned.`,
  `We're aware of a video made by some older pupils from another school mocking one of our lunchtime staff, captioned "[[bu:when the dinner lady's moustache gets better grades than you]]". It has been reported and taken down. Please don't share it – she has seen it, and she is a person too.`,
  `This week the office received an email asking why "[[ht:we let Gypsy kids in when everyone knows what happens to your shed once they've moved in nearby]]". We won't be replying beyond this: Traveller children have the same right to a school place as any other child, and our Romany and Irish Traveller families are part of this community.`,
];

export const COMMENTS: Source[] = [
  `Welcome Mr [[sn:Hughes]]! My two are already calling him "the tall one" 😂`,
  `New head, same old problems. Sort the parking out and then we'll talk.`,
  `Another one who'll last 18 months then vanish with a payout. [[bu:Looks like he irons his jeans and cries at the John Lewis advert]].`,
  `Give the man a chance [[pr:ffs]] he's been here 4 days`,
  `Snow day = I could murder a bacon sandwich and a sledge run down the Mundy playing fields 🛷`,
  `Some of us have jobs. Another day's unpaid leave cos the staff can't walk up a slope. [[bu:Mind you if the caretaker pushed a gritter as often as he pushes pasties in his gob we'd all be fine]]`,
  `My 2 are out there pelting the neighbours with snowballs. Gonna be a massacre by lunchtime ❄️😂`,
  `we're farmers up at Tockington, snowed in and lambing started early. lost two to the cold last night but the ewes are ok. kids are bottle feeding so that's home learning sorted 🐑`,
  `This flu is absolutely killing us, all four kids down with it and now me. Thank you for the deep clean.`,
  `[[ht:Maybe if certain families didnt fly half the class off to whatever third world hole they come from every Christmas we wouldnt have a plague every January]] 🤷‍♀️`,
  `Asking genuinely – is the nasal spray flu vaccine still being offered to children who missed it in October? Ours was off sick that day.`,
  `Get well soon [[pn:Noah]]! Love from everyone in Hazel 💙`,
  `Hope he's ok, but should the school really be posting about a child's health on a public page?`,
  `[[cm:Last-minute WBD costumes 🧙‍♀️📚 Handmade, any character, ready in 48hrs! Use code BOOKDAY15 for 15% off at littlethreadsuk.shop – DM me!]]`,
  `No weapons?? Peter Pan without a sword is just a lad in green tights. Health and safety gone mad.`,
  `Cute photos! Which one's [[pn:Ivy]]?
> The grumpy one with the beard 😂 she was brilliant
> [[bu:Shame she'll not need the costume for that face next year]]`,
  `Out of interest, why are there no Muslim characters on the suggestions list? My daughter wanted to go as Malala and was told a headscarf isn't allowed "as a prop". Could someone explain?
> [[ht:Because it's World BOOK Day not World Burka Day. If she wants to dress like a letterbox she can do it down the mosque]]
> Reported. The school has already said she can wear it.`,
  `£1 to see Mr [[sn:Walsh]] gunged? Take my money 😂`,
  `Mrs [[sn:Frost]] you are a legend 🔴`,
  `[[sx:Mrs [[sn:Frost]] can gunge me any day of the week 😏💦]]`,
  `Comic Relief takes our money and sends it abroad while kids in Thornbury go to bed hungry. Charity begins at home.`,
  `I'm firmly against the mast and I'll be speaking at the meeting on 12 March. But abusing office staff over it is disgraceful. They don't make planning decisions.`,
  `5G gives kids nosebleeds and headaches, there are studies. [[th:If the governors won't stop it then someone with bolt cutters and a can of diesel will]]`,
  `Genuine question: how much is the school being paid for the lease, and what will it be spent on? I think parents have a right to know.`,
  `Who's the governor who signed this off? Name please. [[th:Cos I'll be printing that name on posters with his face and his house number and sticking them on every lamp post from here to Alveston]]`,
  `the radiation off your phone is more than that mast lol. chill`,
  `[[th:They'll get their mast. They'll also get every one of their windows through before the engineers have unpacked]]`,
  `Ok boomer, the mast isn't going to give your kids 5G brain 🤣 [[bu:put the tinfoil hat down Shirley, it's not doing your face any favours either]]`,
  `[[cm:Worried about the mast? Our EMF shield pendants block 98% of harmful frequencies 🛡️ Kids' sizes in stock, 20% off with code SAFEKIDS at emfguard.co.uk]]`,
  `Disgusting behaviour in front of kids. Hope the police throw the book at both of them.`,
  `Everyone knows who started it. [[ht:Let one p1key family on the estate and the whole caravan follows, then its fists at the school gate]]`,
  `As someone from a Traveller family whose kids go here: the men in that fight are both from settled families on the estate. Maybe check before you start.`,
  `[[th:The big one in the grey hoodie wants to hope I don't see him at pick up. He won't be walking back to his van]]`,
  `My son saw the whole thing and hasn't slept properly since. Thank you to the teachers for talking to them about it.`,
  `Video's all over the Thornbury mums page if anyone wants it 👀 [[bu:the one screaming in the pink onesie is Dean's missus, absolute tramp, she does it every pick up]]`,
  `Nobody's saying anything racist. Just that local kids should get places first. My family have been in Thornbury five generations and my grandson didn't get into Reception here.`,
  `[[ht:Five generations and now outnumbered by the ones off the boats. Give it ten years and the Easter play will be in Pashto]]`,
  `"Every child belongs here" [[ht:Not the ones whose dads are "17" with beards down to their belly buttons they don't]]`,
  `My husband is from Kabul and works nights at Southmead. Our daughter is in Year 2 and loves it here. Thank you Oakfield ❤️
> [[ht:[[bu:Lovely. Tell your husband the hospital's lucky he's on nights with a mop and not a rucksack]]]]`,
  `Reported every one of these. The leaflets are going to the police via Hope not Hate.`,
  `Funny how all these "every child belongs" posts appear right before an election. [[ht:We all know who funds it 👃💰]]`,
  `Who are Thornbury First and why do their leaflets say the schools are "overrun"? Genuinely want to know before I vote on the 20th.
> They're the old Britain First lot with a new logo. Their candidate called Muslim kids "[[ht:a fifth column in school uniform]]" on his own page.`,
  `Voting Green fwiw. Anyone who wants to talk about the mast or the leaflets, I'm in the Swan on Thursday.`,
  `[[ht:Their religion starves 8 year olds and we're all meant to clap. Can't wait for the goat in the staff room at Eid]] 🐐`,
  `Lovely idea about the library. My son isn't fasting but his best friend is, so he's going to sit in there with him.`,
  `Mrs [[sn:Marsh]] rang me AGAIN about my son's attendance. [[th:Ring me once more love and I'll come and have the conversation in your car park instead]]`,
  `[[th:That one on reception with the lanyard and the attitude drives the little red Fiesta doesn't she. Parks it right by the bins where the camera don't reach]]`,
  `[[th:[[sn:Hughes]] has a daughter at Castle School. Small town. Just saying]]`,
  `[[th:Mr [[sn:Hughes]] jogs past the rec every morning at 6 with his headphones in. Somebody ought to tell him how easy it is not to hear a car coming]]`,
  `[[bu:Miss [[sn:Karimi]] looks about twelve, can she even reach the whiteboard]] 😂 [[bu:my Year 4 could teach better and he eats glue]]`,
  `[[bu:Mr [[sn:Walsh]] with his little man bun and his skinny jeans, having a midlife crisis on our council tax]]`,
  `Honestly Mrs [[sn:Doyle]] has been fantastic with my daughter this term. Firm but fair, and she actually listens.`,
  `[[bu:Anyone else notice Mr [[sn:Lloyd]] smells like wet dog and Lambert & Butler? Kids call him Mr Ashtray behind his back]]`,
  `[[bu:That Year 5 kid [[pn:Jayden A]] is feral. Looks like he was dragged up by wolves and smells like it]]`,
  `Whoever's kid keeps nicking my daughter's snacks from her bag, could you have a word please.
> [[bu:It's the girl with the nits from Year 3, half the class knows. Apple doesn't fall far, her mum's the one who "borrowed" the raffle prizes]]
> [[bu:Lol that whole family are light fingered]]
> [[bu:🤣 should put a tag on the lot of them like the dog warden does]]`,
  `[[bu:Why does [[pn:Phoebe D]]'s dad always turn up at pick up stinking of the night before]]`,
  `New SEN base in the old library? [[ht:So the normal kids lose their library to the window lickers]]. Well done governors.`,
  `My son is autistic and the SEN base has changed his life. Please think before you type.`,
  `[[ht:Two dads in a Year 6 reading book? Teaching 10 year olds that benders are normal now]]`,
  `[[ht:[[bu:Heard the new supply teacher in Year 3 is a bloke in a wig. Lock up the girls' toilets. "It" can use the staff one]]]]`,
  `Trans people exist and some of them teach. My sister's one. She's the best teacher I know.`,
  `Whose is the white van parked across the zebra crossing every morning? Foreign plates and no tax.
> [[ht:Course it is. They come over to wash cars and nick catalytic converters, the lot of them]]`,
  `[[ht:[[bu:[[pn:Hope]] picked for netball again?? 🐒🍌]]]]`,
  `[[ht:Knacker kids]] kicking a ball at my car outside school on Saturday. [[ht:Should never have given them a site this close]]`,
  `Mr [[sn:Fletcher]] still hasn't marked my son's homework from before Christmas. [[th:[[bu:Honestly mate if I was that useless I'd save everyone the bother and swallow the whole packet]]]]`,
  `[[th:[[bu:someone tell the ginger kid in year 5 nobody would notice if he stopped turning up. ever.]]]]`,
  `To the Year 6 boy who's been picking on my daughter: [[th:your mum wants to keep you in at break, cos I'm the other side of that fence every lunchtime with the dog and I won't be as polite as your teachers]]`,
  `[[th:Whoever keyed my car on Oakfield Road – I've got the doorbell footage, and when I find your house your car gets the same, then your front door]]`,
  `Whoever keyed the cars on Oakfield Road on Tuesday night, the police have the doorbell footage. If it was you, hand yourself in.`,
  `[[th:Keep deleting my comments Oakfield. I've got the WhatsApps from your PTA chair and I'll post the lot on the town page, names and all]]`,
  `Funny how the school's happy to shame parents over parking. [[th:Wonder how the head would feel if his divorce papers turned up on here]]`,
  `😂😂 my husband says he'll kill me if I sign him up for dads v staff again`,
  `Tough game but proud of every one of them. [[pn:Hope]] was a machine.`,
  `Castle's coach screaming at 10 year olds like it's the World Cup final. Needs to get a grip.`,
  `Just wanted to say a massive thank you to everyone who helped when we were snowed in. The neighbours dug us out, the school sent work home that actually made sense, and [[pn:Summer]]'s teacher rang to check on her when she had the flu. It's been a hard winter with my husband working away and I don't always feel part of things here, so it meant a lot. Only sour note is [[ht:the Afghan lot in the old Swan hotel getting a brand new car each off the council while we're rationing the heating, and nobody's allowed to say it]]. Anyway thank you Oakfield x`,
  `Been a while since I posted on here. Want to say first that Year 2 have been brilliant with our youngest and the reading scheme has really worked. Snow days were handled fine. BUT. The mum who's been telling everyone my son is a bully – you know who you are. I've been patient. I've spoken to the teacher. I've bit my tongue at that gate for six weeks. [[th:Next time his name comes out your mouth at pick up you'll be picking your teeth up off the pavement outside the Co-op]]. Anyway hope everyone has a good half term.`,
  `I don't normally comment but I have to say something about World Book Day. It's meant to be fun and the kids had a great time. But some of the parents' costumes?? Seriously. [[bu:The one who came as Miss Honey needs a long look in a mirror – more Trunchbull after a kebab, bless her]]. And yes I know who you are 😂`,
  `[[ht:[[bu:Cant believe they put that spacker kid in the book day parade, he just stood there dribbling on his costume]]]]`,
  `[[ht:[[bu:No wonder Mr [[sn:Fletcher]] never married, you can tell he's a bit light on his loafers 💅]]]]`,
  `To the PTA woman who reported my post. [[th:Your two get the 3.40 bus from the Turnstiles stop every Wednesday for swimming don't they. Nice to be so organised]]`,
  `[[th:Shame them old prefabs are so close to the hedge. Be a proper bonfire if someone got careless with a fag end one night]]`,
  `Polite request: could the school please stop announcing clubs at 9pm the night before? Some of us need to arrange childcare.`,
  `I'm disappointed the school hasn't told parents more about the incident at the gate. A two-line post isn't enough when our children watched it.`,
  `Mr [[sn:Hughes]] seems decent but I'll reserve judgement. The last head promised the world too.`,
  `Lovely to see Lunar New Year celebrated. My mum's from Hong Kong and she was really touched.`,
  `Has anyone got a spare size 7 black school shoe? I'm at [[pd:23 Gloucester Road, Thornbury BS35 1DT]] or ring [[pd:07700 900418]], happy to pay.`,
  `This is the man who started it at the gate: Shane Colley, [[pd:41 Streamleaze, Thornbury BS35 2HX]], [[pd:07700 900733]]. [[th:Go round and tell him what you think of him. Take a few mates]]`,
  `[[sx:Hot single dads in BS35 want to meet YOU tonight 🔥 no strings, send a pic]] ➡️ link in bio`,
  `[[pr:Fucking]] hell the queue on the hill this morning, is the gritter ever coming?`,
  `[[th:Whichever dad filmed my wife at the gate and put it on the mums page, you've got till Friday to take it down. After Friday it stops being a Facebook problem]]`,
  `[[th:The lass mouthing off about my kids on the mums group – I've seen your white Evoque with the private plate. Lovely motor. I'd be careful where you leave it overnight, love]]`,
  `[[th:If that Thornbury First clown wins on the 20th some of us will be paying him a visit at his surgery, and it won't be about bin collections]]`,
  `[[th:Vote for the mast lot and you'll find your tyres don't agree with you]]`,
  `[[ht:Muzzies get a prayer room and our kids get a leaking portakabin]]. Make it make sense.`,
  `[[ht:Course it's a Polish name in the Gazette report. They drink, they fight, they send the money home]]`,
  `[[bu:Looks like [[pn:Toby G]] has put on a bit of timber since September. Less tuck shop mate]]`,
  `Tell your Year 5 lad to stop telling my daughter she smells. [[th:I see him on his bike down by the brook every day after school on his own]]`,
  `[[th:[[bu:Honestly Stacey after that post do us all a favour, take the lot with a bottle of wine. Nobody at the gate will be sending flowers]]]]`,
  `[[th:Mrs [[sn:Marsh]] thinks she's untouchable behind that safeguarding lanyard. Nobody's untouchable]]`,
  `Where's it to, the planning meeting? Is it at the council offices or the Armstrong Hall?
> Armstrong Hall, 7pm on the 12th my lover. Get there early, it'll be gert busy`,
  `Our lot got murdered 6-0 in the Year 6 match but came home happy as anything. Proper sporting bunch.`,
  `My grandad says in 1947 the snow was up to the bedroom windows and they still walked to school. I've reminded him he also said he fought a bear.`,
  `Stuck in with flu and reading the comments on here. Some of you need to log off and touch some grass. The school's doing its best.`,
  `Honestly the mast thing – I'd rather they spent the money on the toilets. My daughter won't use them, says the locks are broken. Could someone look please?`,
  `Man who shoved a teacher at a Yate school jailed for 12 weeks, says the Gazette. Hope our lot read it.`,
  `Killer costume on the Gangsta Granny 👵😂`,
  `I've lived in Thornbury 40 years and the Romanian family next door are the best neighbours I've had. They cleared my drive in the snow without being asked.`,
  `The Turnstiles stop always floods when it rains like this. Council needs to sort the drains before someone's kid slips.`,
  `[[pn:Summer]] loved the Shackleton assembly, she's been eating her tea "like a polar explorer" all week. Thank you Mr [[sn:Hughes]] 😂`,
  `At last an election where the leaflets are worse than the candidates. Don't forget to vote on the 20th whoever you back.`,
];

export const PERSONAL: Source[] = [
  `Back to it tomorrow. New head, new term, new planner, same coffee addiction ☕ #teacherlife`,
  `First week at [[id:Oakfield]] with the new boss done. He learned 40 staff names in 3 days. I still call him "um" 😂`,
  `Snow day 🎉 Marking by the fire, dog refusing to go outside, I could genuinely murder a hot chocolate.`,
  `Thornbury Town Women 3-1 Almondsbury 💚⚽ Freezing, pitch like a ploughed field, and we absolutely battered them second half. Shins destroyed. Worth it.`,
  `Their number 6 went through the back of my calves twice and the ref gave NOTHING. [[th:Next time we play them she's going home on a stretcher, I promise you that]]`,
  `Our 17 year old left back got called "[[ht:[[bu:a lanky dyke]]]]" by a grown man on the touchline today. Reported to the county FA. Football for everyone means everyone.`,
  `Lost 4-0 at Yate. Got murdered, got soaked, got a free pint off the sponsor. Swings and roundabouts.`,
  `Captain's armband today 💚 I'll stop crying about it by Tuesday, promise. Thanks for the vote girls, you're all mad.`,
  `Half my class off with flu and now me. Feels like I've been hit by a bus and then the bus reversed.`,
  `Parent today told me his son "doesn't do writing". [[bu:Mate, going by the spelling on your complaint email, it's genetic]] 🙄`,
  `[[bu:The Year 1 mum who does full glam and lashes for drop off like she's heading into the Love Island villa. Babe it's 8.40 on a Tuesday, the tan is giving satsuma]]`,
  `Not being funny but I teach in a school in Thornbury and [[ht:half my class can't speak English and their parents don't want to learn. We're paying for all of them]]. Thornbury First have got my vote.`,
  `Got a message today after the fight at work: "[[th:Your lot called the police on my brother, so I'll be waiting for you when you lock up]]". Reported. I'm fine. Just tired.`,
  `I've taught at [[id:Oakfield Primary]] for nine years. The leaflets saying our schools are "full" are a lie, and the children they're talking about are my pupils. I'll be voting on the 20th and so should you.`,
  `[[bu:When your job-share plans a "creative" lesson that's just her reading her own poetry to Year 5 for an hour 🙃 love her but she's a walking Ofsted downgrade]]`,
  `Protester outside [[id:Oakfield]] called me a child poisoner at 8am. [[th:If he follows me to my car again he'll find out what's in my boot, and it isn't 5G]]`,
  `[[ht:Another one with an EHCP joining in March. At this rate the normal kids will need a plan just to get taught. Special schools exist for a reason]]`,
  `Year 5 asked why the Nazis hated Jewish people. Hardest and best lesson I've taught this year. We read Anne Frank's last diary entry and nobody said a word for a full minute.`,
  `Off to A&E with my dad, chest pains, they're giving him clot-busting drugs. He's sat up complaining about the tea so I think he's ok.`,
  `[[ht:Ramadan in a primary school = thirty kids fainting in PE and we're not allowed to say a word. Religion of peace and quiet on the field]]`,
  `Spent an hour explaining to my Year 6s why "[[th:[[bu:go drown urself in the duck pond no1 would even notice]]]]" in a group chat is not "just banter". They got it in the end. Proud of them.`,
  `To the parent who keeps messaging my personal account: every message is saved. Carry on and it goes to the police and the governors. Thank you.`,
  `Weekend on the farm with my brother: 14 lambs born, two dead, one tiny one in a box by the Aga. Farming is brutal and beautiful.`,
  `[[ht:We've got a kid in Year 3 whose parents want him called "she" now. Sorry but I'm not lying to 29 other children because [[bu:mummy wants a trendy accessory]]]]`,
  `Jodie you absolute liability, two own goals in one season and you still want the penalties 😂 love you, see you Tuesday`,
  `Away at Cribbs today and their supporters spent the whole second half chanting "[[ht:[[bu:where's your turban gone]]]]" at our Sikh midfielder. She scored twice. Best answer going.`,
  `Three snow days, two flu weeks and one phone call from Ofsted. This term can [[pr:piss off]].`,
  `[[sx:Dads v staff football tomorrow and the new PE coach in those shorts 🥵 I'll be refereeing VERY closely]]`,
  `Side hustle alert 💅 I'm now a GlowLife skincare consultant! [[cm:Teachers get 25% off with code TEACHGLOW, link in bio, DM me to join my team]] 💕`,
  `[[bu:The kid in my class who sniffs his jumper sleeve all day and hasn't had a wash since Christmas by the smell of him. Year 4 at [[id:Oakfield]] is a zoo]]`,
  `If that dad who started the fight at our gate turns up at pick up again, [[th:my brother and his mates will be waiting by the church wall, and the police won't be getting there first]]`,
  `Parents' evening and the Traveller family no-showed again. [[ht:Don't know why we bother. Education's wasted on them]]`,
  `[[ht:Phone masts, vaccines, the war – always the same few families making a killing. Rothschild Mast Company lol]]`,
  `Someone wrote a racist word on a Year 6 child's book bag at [[id:Oakers]] this week. We dealt with it, the child is ok and the family were amazing. I'm not repeating the word here.`,
  `The email waiting for me after I put up our Eid display: "[[ht:Enjoy teaching Arabic in ten years when they're the majority]]". Display's staying up.`,
  `[[bu:Year 6 mock SATs in. One lad spelled "because" six different ways in one paragraph. Bless his empty little head]]`,
  `Got covered in gunge today for Comic Relief. Hair is now green. £1,186 raised. Zero regrets.`,
  `Proud of two Year 6 girls today who heard a boy use a homophobic slur in the playground and told him straight it wasn't ok. That's what we teach. That's what works.`,
  `Bristol Post: man jailed for the arson attack on the Filton mosque. Eleven years. Good.`,
  `[[th:I know exactly which one of you runs that "rate the players" account, and if it's not gone by Sunday your mum, your boss and the club committee all get the screenshots]]`,
  `Snow day at [[id:Oakfield Primary]] ❄️ Site team are absolute heroes, gritting at 5am.`,
  `Whatever you think about the mast, the office ladies at [[id:Oakfield]] didn't decide it. Please stop shouting at them.`,
  `[[bu:New head's "open door policy": door's open, lights on, nobody home. Three weeks in and he still can't find the hall without a map]]`,
  `World Book Day 📚 I went as the Very Hungry Caterpillar and ate 14 biscuits in character. Method acting.`,
  `[[ht:Our town in 2010: 🏴󠁧󠁢󠁥󠁮󠁧󠁿🏴󠁧󠁢󠁥󠁮󠁧󠁿🏴󠁧󠁢󠁥󠁮󠁧󠁿 Our town in 2031: 🧕🧕🧕]] just an observation x`,
  `Canvassing in the snow for the by-election. Had a door slammed in my face and a spaniel try to eat my leaflets. Democracy!`,
  `Huge thank you to [[sn:Helen]] for covering my lunch duty when I went down with flu, you are a queen 👑`,
  `Free to a good home: my old netball kit bag and two pairs of size 6 boots. Collect from [[pd:6 Horseshoe Lane, Thornbury BS35 2EF]] or text [[pd:07700 900112]].`,
  `The bloke with the STOP 5G placard at our gate every morning. [[th:He parks his van on the verge behind the chippy every night. Just mentioning it. Nails are cheap]]`,
  `Flu has wiped out Year 2. Eleven in today. Never felt more like the last survivor in a zombie film.`,
  `Found a Thornbury First leaflet on my doormat saying "[[ht:our schools are full of foreigners]]". Went straight on the compost. My class is full of children.`,
  `[[bu:That parent governor who ran the mast consultation is a [[pr:twat]] in a gilet]]`,
  `Had my flu jab today. Arm feels like it's been punched by a kangaroo.`,
  `Lovely email waiting for me this morning: "[[th:you grassed my kids up to social services, enjoy your last term with both kneecaps]]". Forwarded to the police and the head. Kettle on.`,
  `Cup semi-final Sunday 💚 If we lose I'm moving to a cave. If we win I'm moving to Ibiza. Either way I'm not in Monday.`,
  `WE WON 🏆💚 Thornbury Town Women are in the county cup final!! Absolutely wrecked, voice gone, worth every bruise.`,
  `Red Nose Day at [[id:Oakfield]]: I got a bucket of gunge over my head from a Year 5 with a frankly terrifying throwing arm. Future England bowler.`,
];
