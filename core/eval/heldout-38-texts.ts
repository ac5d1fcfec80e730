// The thirty-eighth held-out set's texts, labelled inline as [[code:span]]; `npx tsx core/eval/heldout-source.ts
// --set 38` builds heldout-38.jsonl from them (ids h38-off-NNN, h38-com-NNN, h38-per-NNN). Score it with:
//   npm run -s eval:checker -- --corpus core/eval/heldout-38.jsonl
// First scored on 2026-12-06, totals only, blind, at cc3b1f7 (labels found / labels, false alarms; rules alone, then
// with the reading of meaning): threat 15/37, 4 and 24/37, 7; hate 15/37, 4 and 19/37, 6; bullying 12/41, 3 and
// 16/41, 5; sexual 2/3, 4 both. Written to be trained on: after that scoring it is a read set.
// Written blind, by someone who read none of the checker. Of the repository it read only: heldout-source.ts
// (its header comment, the labelling rulebook, and its code: the [[code:span]] syntax, the CODES table, the
// roster check and the SETS table); roster.json; the first 80 lines of core/src/checker/types.ts (category
// names, text kinds and shared types, no rules); for the file's shape only, the header comment of
// heldout-32-texts.ts (the lines before its first `export`) and its `export const OFFICIAL`, `export const
// COMMENTS` and `export const PERSONAL` lines each with the three lines after them; and the one `export type
// Source` line of heldout-texts.ts, found by grep. It did not read anything else under core/src (lexicons,
// categories, rules, learned models), any test, core/bench/, core/cli/, docs/, the eval scripts, corpus or
// training texts, any other heldout-*-texts.ts file, any *.jsonl other than its own output (read only to count
// labels and texts per kind), or git history. The checker, the eval scripts and the tests were not run on these
// texts; only the builder above, to validate the labels, and `npx tsc --noEmit -p core`.
// The school is the evaluation roster's (roster.json): Oakfield Primary School ("Oakfield", "Oakers"),
// Oakfield Road, Thornbury, Bristol BS35 4HJ, 0117 496 0123, office@oakfield.sch.uk.
//
// Setting: ONE SUMMER TERM (April to July 2032). SATs week (10-13 May), Eid al-Adha (Monday 17 May), a
// heatwave (34°C, Portakabin classrooms), Pride month (an "And Tango Makes Three" assembly, a rainbow flag on
// the fence), sports day (7 July, Red and Blue houses, the dads' race), a Year 5 residential at Brackenwood
// Outdoor Centre (zip wire, gorge walking, canoes), a teacher leaving under a cloud (Mr Fletcher, "will not
// be returning"), the Year 6 leavers' disco and Bugsy Malone, a dog attack on the Mundy Playing Fields, a
// burglary spree, a racist graffiti on the new mural, a TikTok mocking a TA. Two neighbourhoods side by side:
// the busy Severn View estate and the new-build Orchard Meadows (Range Rovers, Evoques, a Tesla, a Peloton).
// Voices: parents and carers, grandparents ("Proud Nanna", a 74-year-old grandad), young dads, neighbours,
// Neighbourhood Watch, trolls, former pupils and online gamers (text speak, "ratio", "swat", "gg"), a
// teaching assistant posting at 1.47am and 2am, teachers from a farming family, a Sikh or Muslim teacher
// abused in a game lobby, staff venting about parents and colleagues. Lengths 4-96 words (mean 32): short
// jabs, emoji-only hate, two-sentence harm (the set-up clean, the sting in the second), harm buried mid-way
// through a long friendly comment (sports day, Mr Fletcher, the heat), two pasted threads ("> " before each
// reply: pile-ons of Stacey and of Leanne the PTA raffle mum) and two lone replies (defending an autistic
// boy, questioning Fletcher gossip), typos, lower case, Bristol ("Ark at", "gert legend", "don't he"), sarcasm and dog whistles.
// 200 texts: 30 official posts, 110 comments and 60 personal posts (staff members' own accounts). 108 texts
// (54%) carry harm (anything but names and school identification): 12 official, 67 comments, 29 personal;
// 64 texts carry no label at all (9 official, 32 comments, 23 personal). Labels: 42 staff-name, 41 bullying,
// 37 threat, 37 hate, 31 pupil-name, 6 school-identification, 5 personal-data, 4 child-specific, 3
// photo-consent (images tagging Dylan Ashworth, Ivy Green, Noah Patel and Kai Nguyen without consent; the
// sports day and leavers' disco images tag only consented pupils), 3 commercial, 3 sexual and 2 profanity.
// By kind: official 15 staff-name, 8 pupil-name, 4 child-specific, 3 photo-consent, 2 threat, 2 hate, 1
// bullying; comments 30 bullying, 28 threat, 25 hate, 23 staff-name, 20 pupil-name, 4 personal-data, 2
// commercial, 2 sexual, 1 profanity; personal 10 bullying, 10 hate, 7 threat, 6 school-identification, 4
// staff-name, 3 pupil-name, 1 each of personal-data, commercial, sexual and profanity.
// Clean texts are mostly traps: "I could murder a Calippo", "This heat is actually killing me", "Killer heat.
// Killer hill.", "Red house destroyed them", "ran like her life depended on it", "smash it", "a formal
// declaration of war" (the mums' egg and spoon), "Revenge will be swift" (a spelling test), "terrorising Year
// 2 from a wheelie chair", a dragon that eats the headteacher in a story, owl pellets "carnage", splurge guns
// and gangsters "shot" in Bugsy Malone, Fat Sam; Qurbani explained (an animal sacrificed, meat shared), lambs
// to market, forty lambs lost in snow, shooting rats in the barn; the Blitz (200 killed), the slave trade and
// Colston; a knee "destroyed" and a "shark bite" scar; a dog "savaged" a nan in 1974; the BBC report of the
// dog owner's arrest, police burglary advice; the school's moderation notice naming racist, anti-Muslim,
// homophobic and transphobic comments in general terms, a teacher on deleting slurs, a parent reporting a
// racist comment without repeating it, online-safety advice ("threatens to expose them", "tells them to hurt
// themselves"); firm polite complaints (SATs break times, Portakabin heat, the residential deposit in Eid
// week, "Not a fan of Pride assemblies personally"); banter (Gaz in the hedge, "gg Jacob F", Mrs Sandhu in the
// river on video, "Grandma Speed", an eleven-year-old calling a TA "grandma"); estate-versus-new-build
// mockery of no protected group ("acting like it's the Bronx cos someone nicked a Peloton"); roster words as
// words (may, will, hope, summer, "Hope they've counted" and "Hope they enjoy", Hill End Farm, Cuprinol "Ivy
// Green" marked [[not:]]), the prophet Ibrahim, and commenters who share a given name with staff ("Lee",
// "Karen" as an insult name).
//
// Codes: pn pupil_name, sn staff_name, pd personal_data, pr profanity, sx sexual, ht hate, th threat,
// bu bullying, cm commercial, id school_identification, cs child_specific, not = a roster full name used
// as ordinary words. photo_consent is never written: the builder adds it over the whole text when an
// image tags a pupil whose photoConsent is false. Images are attached to official posts only.
//
// Labelling decisions: heldout-source.ts's header holds; beyond it:
// - Quotes: harmful words quoted in a notice or a report of abuse are labelled as if written (the voicemail
//   "Hughes wants to check under his car...", the Facebook post "they'd better keep the curtains shut and
//   the kids indoors", the graffiti "N0 M0R3 M0SQUES IN THORNBURY", "teaching our kids to clap for goat
//   butchers", the TikTok caption, a Messenger threat about street lights, a game-lobby "p@k1" slur, an email
//   about a "goat murdering festival", a group chat's "nobody would even notice if u jumped in the quarry",
//   "too ugly to be alive"); the harm described in general words ("racist graffiti", "a swastika", "every
//   slur going", "something racist") is clean.
// - Threats: one span over the menace; a separate lead-in sentence of grievance stays outside ("Funny how he
//   "left" 🤔", "To the mum who called my son a liar at the gate:"), but a condition written into the
//   threatening sentence is inside ("Keep pushing the rainbow stuff and see how long them new windows last
//   🧱", "Keep ignoring my complaint Mrs Frost and I'll..."). Implied threats through knowledge of a car, a
//   pub, a bus stop and a walk, a nursery and a blue coat, a drive, a van, children who "walk home past my
//   house", a teacher's two girls at the infants; threats to expose (a TikTok with name and face, an affair in
//   Cardiff, a home address and a husband's work); threats to children (a Year 6 boy's nephews in Year 10, "5
//   of us. 1 of you.", a 74-year-old's "clip", "more than river water she's crying about"); to the building
//   (windows, burning the flag and the Portakabin); swatting; incitement to violence ("Bring a bat not a
//   biscuit", "some of the dads will sort it, and him"). Self-harm incitement at one person (a tall car park,
//   the sea at Weston, "just stopped, full stop 🪦", "the whole box of whatever you're on", the quarry) is
//   threat and bullying over the same span. "I'll find out who you are" alone is not a threat.
// - Hate: the hostile statement or slur only; a neutral lead-in stays outside ("Pride month in a primary
//   school.", "Schools full, GP full, dentist full", "Drove through Easton for a course today.", "Our
//   neighbours on the estate are Roma."). Disguised and coded forms are hate: "m0zzies", "b*tty boys",
//   "g¥pos", "sp*cs", "r3tards and tr00ns", "(((charities)))", "🐖🥓🐖🥓", "🐒🍌", bat soup, "the grooming",
//   "once you notice the surnames", "a rubber boat", "some communities just don't value education".
//   Aimed at one person (Mr Lloyd's "friend", Mrs Karimi's "thing on her head" and prayer mats, Stephen
//   Sheridan's lisp, Mrs Sandhu's husband's turban, Grace Okafor, the Chen girl, the they/them supply teacher,
//   the new boy's caravan, "proper little mong" of Noah) it is hate and bullying; Leo Kowalski's dad has a
//   hate span ("Must be a Polish thing...") and a separate bullying span ("Learn to read Pawel...").
// - Bullying: of one person, named or not, child or adult (a Year 6 girl's cleverness, a fallen child, Siân's
//   dress, Stacey, Leanne, Shauna, Chantelle, "Karen", the Orchard Meadows gilet dad, a
//   colleague's brownies, "Miss D", Mr Fletcher's teaching and clothes); a sarcastic "Enjoy your "career
//   break" Tom" is bullying with the name nested; a title starts a span that begins with it, the surname
//   nested. A fair complaint that names someone is a name only.
// - Sexual: "I'd have let him mark my homework" about Mr Fletcher, a "bored single mums" spam, "my ovaries
//   would like a word" about Mr Walsh. Profanity: "Fucking" and "arse".
// - commercial: a Tropic SPF link, an Etsy hoodie shop, a teacher's classroom clear-out sale (with
//   "Oakfield" nested as id); PTA lolly and raffle prices and Bugsy Malone tickets are clean.
// - personal_data: a dog owner's address with its postcode (one span, with a threat after it), a party
//   address with postcode, a lost-bottle mobile, a lost-purse mobile, a pupil's date of birth typed into a
//   form; "the end of Linnet Way", "BS35" alone and "the nursery on Gloucester Road" are not labelled.
// - Names: unique given names alone name the child (Freya, Ruby, Priya, Siân, Noah, Oscar, Daisy, Arlo, Zara,
//   Finley); "Jacob F" and "Rohan C" are given name and initial; "Kowalski", "Dubois", "Chen" and "Turner" are
//   unique surnames; "Tom" in two Fletcher texts is Tom Fletcher; "mr walsh" in lower case; "Stephen Sheridan"
//   and "Gemma Talbot" in full as their surnames are shared. Not names: Ibrahim (the prophet), Fat Sam, Farmer
//   Jo, Lee, Karen, Gaz, Stacey, Leanne, Shauna, Pawel, Chantelle, "Miss D", Hill End Farm.
// - child_specific: Ruby Ahmed's court-ordered collection, Finley Scott's broken arm, Alfie Turner's exclusion
//   from the disco and Zara's move to a refuge, each over the clause, names nested.
// - school_identification (personal posts only): "Oakfield" (twice, once nested in a sale), "Oakers",
//   "Oakfield Primary", "Oakfield Road" and "#OakfieldPrimary" (the # inside); "oakers" in a comment is not.
import type { Source } from './heldout-texts.js';

export const OFFICIAL: Source[] = [
  `SATs week is here! ✏️ Year 6 sit their tests from Monday 10 May to Thursday 13 May. Breakfast club is free for every Year 6 pupil all week, from 8.00 – toast, fruit and a calm start. Please make sure your child gets an early night and arrives on time. Whatever the papers look like, we are so proud of how hard they've worked. Go and smash it, Year 6! 💪`,
  `Eid Mubarak to all our families celebrating Eid al-Adha, expected on Monday 17 May depending on the moon sighting 🌙 Eid al-Adha remembers the story of Ibrahim's willingness to sacrifice his son, and many families mark it with Qurbani: an animal is sacrificed and the meat is shared between family, neighbours and people in need. Absence for Eid is authorised – just let the office know.`,
  `Heatwave update ☀️ With 34°C forecast for Tuesday and Wednesday, children may wear PE kit all day and a sun hat is a must. Please put sun cream on before school, as staff can't apply it. Outdoor PE moves to first thing and the blinds stay down. It's going to be brutal in the Portakabins, so Kestrels and Owls will be working in the hall. There are refill stations by every door.`,
  `June is Pride month. In assemblies this week we've been reading "And Tango Makes Three" and talking about how every family is different: some children have a mum and a dad, some have two mums or two dads, some live with grandparents, foster carers or one parent. Our message is the one we teach all year – everyone belongs here. Questions are always welcome; please speak to Mrs [[sn:Frost]].`,
  { text: `What a sports day! 🏅 Red house absolutely destroyed everyone in the tug of war, Blue won the relay by a whisker and the dads' race ended with two pulled hamstrings and one dad in the hedge. Congratulations to [[pn:Evie Morgan]] and [[pn:Toby Gill]], our Year 6 victores ludorum, and huge thanks to Mr [[sn:Walsh]] for the commentary.`, images: [['Evie Morgan', 'Toby Gill']] },
  { text: `Year 5 have arrived safely at Brackenwood Outdoor Centre! 🧗 First afternoon: zip wire, gorge walking and a great deal of screaming. Signal is patchy up here, so updates will come each evening. Mrs [[sn:Sandhu]] reports that nobody has fallen in the river YET.`, images: [['Dylan Ashworth', 'Priya Sharma', 'Theo Walker']] },
  `Staffing update. Mr [[sn:Fletcher]] has left Oakfield and will not be returning. We know families will have questions, but we cannot comment on staffing matters, and we ask everyone not to speculate on this page or anywhere else. Kingfishers will be taught by Miss [[sn:Reid]] for the rest of the term. Thank you for your understanding.`,
  `Some of you will have heard about the dog attack on the Mundy Playing Fields on Saturday morning. A child from another school was bitten on the arm and is recovering at home. The police are dealing with it. Please talk to your children about keeping away from dogs they don't know, never running at or away from a dog, and telling an adult straight away. Our thoughts are with the family.`,
  `Shared at the request of our neighbourhood police team: there have been eleven break-ins on the Severn View estate and around Orchard Meadows in the last three weeks, mostly through back doors and unlocked sheds at night. Bikes, car keys and tools have been taken. Please lock up, keep keys away from the letterbox and report anything suspicious on 101. Please do NOT post the names or addresses of people you suspect.`,
  `We have had to call the police this morning. A voicemail left on the office phone overnight said: "[[th:[[sn:Hughes]] wants to check under his car before the school run, he's got it coming]]." This is not a joke and it will not be treated as one. Our staff come to work to teach your children. If you have any information, please contact Avon and Somerset Police.`,
  `Sadly the new mural on the Year 2 wall was sprayed over on Sunday night with graffiti, including the words "[[ht:N0 M0R3 M0SQUES IN THORNBURY]]" and a swastika. It has been painted over and the police are investigating. Our children spent six weeks on that mural. Hatred has no place here.`,
  `Reminder to all staff and volunteers helping at Saturday's summer fair: [[cs:[[pn:Ruby Ahmed]] in Year 3 must only be collected by her grandmother while the family court order is in place]]. If anyone else arrives to collect her, please fetch Mrs [[sn:Marsh]] straight away.`,
  `Get well soon, [[pn:Finley]]! 🩹 [[cs:[[pn:Finley Scott]] in Year 2 broke his arm falling off a trampoline at the weekend and will be in a cast until the end of term]]. His class have made him a giant card covered in signatures and one slightly worrying drawing of the trampoline.`,
  { text: `The Year 6 leavers' disco 🪩 Glow sticks, a conga line round the hall and Mr [[sn:Hughes]] attempting the worm. We've laughed, we've cried, we've eaten far too many Haribo. Good luck at big school, leavers – you've been an absolute riot.`, images: [['Hope Adeyemi', 'Siân Evans', 'Alfie Turner', 'Freya Nowak']] },
  { text: `Gardening club have been busy! 🍓 The strawberries are finally ripe and the sunflowers are now taller than Mr [[sn:Lloyd]]. Thank you to everyone who donated compost and old watering cans.`, images: [['Ivy Green', 'Daisy Price']] },
  `Online safety 📱 Lots of our older children will be gaming with voice chat over the summer holidays. Please talk to them about what to do if someone online asks them for photos, threatens to "expose" them or share something unless they do as they're told, or tells them to hurt themselves. These are crimes, not games. Screenshot it, block, tell a trusted adult and report it to CEOP. There's a parent guide on our website.`,
  `We have removed a number of comments from this page over the last week. Racist, anti-Muslim, homophobic and transphobic comments, and comments threatening our staff, will be deleted and reported, and the people who post them will be blocked. You are welcome to disagree with us. You are not welcome to abuse our families or our staff.`,
  `On our Eid post, one commenter wrote that we were "[[ht:teaching our kids to clap for goat butchers]]". We have deleted it and reported it. Eid al-Adha is a major festival for many of our families and for millions of British Muslims, and we will keep marking it, as we mark Christmas, Diwali, Hanukkah and Vaisakhi.`,
  `Sports day is Wednesday 7 July (reserve day Friday 9th). The PTA will be selling ice lollies for 50p, bottled water for 80p and raffle strips for £1 – top prize is a family ticket to Wild Place. Please bring a picnic blanket, sun cream and your loudest cheer. Parents' race at 2.30: hamstrings at your own risk.`,
  `Year 4 have been learning about the Bristol Blitz. On the night of 24 November 1940 the city centre was bombed for six hours and over 200 people were killed. The children listened to a recording of Mrs [[sn:Baker]]'s grandad describing sheltering under the stairs, then built their own Anderson shelters out of cardboard. Powerful learning.`,
  `Farmer Jo from Hill End Farm visited Reception today with two lambs and a very patient sheepdog 🐑 The children asked brilliant questions, including "do you eat them?" (answer: some of them go to market, yes) and "can I take one home?" (answer: no). Thank you Jo!`,
  `Tickets for the Year 6 production of Bugsy Malone are on sale from the office (£3 adults, £1 children). Be warned: there will be splurge guns, custard pies and a lot of gangsters getting "shot". Fat Sam's gang have rehearsed every lunchtime and Mr [[sn:Walsh]] says the final shoot-out is "carnage" 🎭`,
  `A reminder that term-time holidays will not be authorised. We know August flights are expensive, but every day of learning matters, and the local authority issues penalty notices for five or more days of unauthorised absence. Please speak to Mrs [[sn:Grant]] if there are exceptional circumstances.`,
  `A message about the dog attack. We are aware of a post in a local Facebook group naming one of our families as the dog's owners and saying "[[th:they'd better keep the curtains shut and the kids indoors this summer]]". The family concerned do not own a dog. Please think before you share: posts like that put children at risk.`,
  `Following a serious incident at lunchtime on Monday, [[cs:[[pn:Alfie Turner]] will not be attending the leavers' disco or the Year 6 trip to Weston]]. We have spoken to the families involved and will not be commenting further.`,
  `Please give a warm Oakfield welcome to Mrs [[sn:Karimi]], who joins Year 3 as a teaching assistant, and to Mr [[sn:Booth]], who will be fixing the boiler and everything else that breaks 👋`,
  { text: `Science week 🔬 Year 4 made volcanoes that actually erupted (sorry, caretaker) and launched water rockets clean over the roof of the hall. Budding scientists, every one of them.`, images: [['Noah Patel', 'Kai Nguyen', 'Grace Okafor']] },
  `That's a wrap on the summer term ☀️ Thank you to every family for your support this year, and to our leavers: go and be brilliant. A special goodbye to [[sn:Gemma Talbot]], who leaves us after 23 years of running our library – we will miss you terribly. School reopens on Thursday 2 September.`,
  `Last week a video was shared on TikTok mocking one of our teaching assistants, with the caption "[[bu:when the dinner lady thinks she's a teacher 🤡 bless her she can't even spell her own name]]". It was filmed over the fence by a former pupil. It has now been taken down. Our support staff are the backbone of this school.`,
  `We're sad to say goodbye to [[pn:Zara]] in Year 2 this week. [[cs:[[pn:Zara]] and her mum have had to move away suddenly to a refuge, and she will be starting at a new school after half term]]. Her friends have made her a memory book.`,
];

export const COMMENTS: Source[] = [
  `Good luck to all the Year 6s tomorrow! [[pn:Freya]] has been muttering fronted adverbials in her sleep 😂`,
  `SATs put ten year olds under ridiculous pressure. Not the school's fault, it's the government's. But I would like to know why my son was kept in at break every day last week for extra reading. Please could someone reply to my email from Tuesday.`,
  `[[pn:Hope Adeyemi]] will be fine, [[bu:she's been "too clever for everyone" since Reception hasn't she. Shame she can't read a room as well as she reads a book]] 🙄`,
  `If my lad comes out of that maths paper in tears again like he did in the mocks, [[th:Mr [[sn:Walsh]] and me are gonna have a proper chat in the car park and it won't be about fractions]].`,
  `Eid Mubarak to everyone celebrating! 🌙 [[pn:Ruby]] came home with henna on her hand and a box of sweets from her friend's mum, so thank you whoever you are ❤️`,
  `[[ht:Sacrifice an animal in the back garden and call it culture.]] [[th:Do it on my estate and see how "tolerant" we are 🐑🔪]]`,
  `[[ht:Another day off for the m0zzies then]]. Meanwhile mine gets a fine for one week in Tenerife 🙃`,
  `Eid absence is authorised like any other major religious festival, it's in the attendance policy on the website. Tenerife isn't a religious festival, however much you love it 😂`,
  `[[ht:🐖🥓🐖🥓 Eid Mubarak lol]]`,
  `This heat is actually killing me. 34 degrees and my Year 1 has decided she's "too old" for a sun hat. Send help (and ice lollies)`,
  `I could murder a Calippo right now. Well done staff for keeping them cool in those oven classrooms 🥵`,
  `With respect, telling the children to bring water isn't a plan. The Portakabins hit 31 degrees by 10am last summer. What is actually being done for Kestrels? I've emailed twice and had no reply.`,
  `Pride month in a primary school. [[ht:They're not even hiding the grooming any more are they.]] Leave the kids alone and keep your flags at the parade.`,
  `my son is NOT being taught about [[ht:b*tty boys]] at 7 years old. ill home school him first thanks`,
  `My daughter has two mums and came home beaming because "the penguins are like us". Thank you Oakfield. To some of the people in these comments: she can read, you know.`,
  `Course Mr [[sn:Lloyd]] is pushing it, [[bu:[[ht:he's been "single" for 15 years and goes on holiday with his "friend" every summer 😉😉 no wonder]]]]`,
  `Stacey's been on here all week defending the Pride stuff
> [[bu:Stacey you get your nails done by a bloke called Ryan, sit down]]
> [[bu:Stacey thinks she's an activist because she watched one series of Heartstopper 😂😂]]
> [[bu:Stacey the self-appointed ambassador for the whole of Thornbury, nobody asked hun 💅]]`,
  `Red house destroyed them 🔥🔥 [[pn:Priya]] ran like her life depended on it! So proud`,
  `[[bu:Whoever's kid it was that fell over in the 60m and lay there wailing for five minutes, bless. Maybe try the egg and spoon next year, less running 😂 even the [[pn:Kowalski]] kid waddled home quicker]]`,
  `To the dad in the grey Audi who shoved my daughter off the finish line so he could film his own kid: [[th:I've got your number plate and I'm on the same estate as you. See you at the chippy 🙂]]`,
  `Dads' race was the best entertainment all year. Gaz you absolute legend, hope the hamstring's alright mate, pints on me Friday 🍻`,
  `Blue house are coming for you next year, Red. Consider this a formal declaration of war 😤⚔️ (the mums' egg and spoon, obviously)`,
  `[[bu:Mrs [[sn:Sandhu]] on the starting whistle looking like a melted candle in that heat 🕯️😂 someone get her a fan and a personality]]`,
  `Anyone still needing sun cream for sports day, [[cm:my Tropic SPF is 25% off this week only! Message me or shop through my link 👉 tropic.shop/jadeb]] ☀️💛`,
  `Please tell me my son is wearing a coat. I packed him one. I packed him three.`,
  `Gorge walking 😱 rather them than me. Have the best time Year 5!`,
  `Is there a reason the photos only ever show the same six children? Not having a go, I'd just love to see my daughter.`,
  `if that [[pn:Dubois]] girl pushes my daughter out of the canoe group again [[th:there'll be more than river water she's crying about]]`,
  `We'll miss Mr [[sn:Fletcher]]. Whatever happened, he was the only teacher who ever got my son reading. Wishing him well.`,
  `Funny how he "left" 🤔 [[th:Half this page knows the blue Corsa and which beer garden it's parked outside on a Friday. Enjoy your summer [[sn:Tom]].]]`,
  `> What exactly are you suggesting Lee? If you've got information go to the police, not Facebook.`,
  `[[bu:Good riddance. Man couldn't control a class of hamsters and dressed like a geography supply teacher from 1987.]] Dunno what Year 4 did to deserve him.`,
  `[[sx:Bet the "Year 6 mum" wasn't complaining at the time 😏 he's fit tbf, I'd have let him mark my homework]]`,
  `That poor little boy. The dog's an XL type and it's been off the lead on that field every morning for months. I've reported it twice. Glad the police are finally involved.`,
  `The owner lives at the end of Linnet Way and everyone knows it. [[th:If that dog's still breathing by the weekend some of the dads will sort it, and him, themselves.]]`,
  `His address is [[pd:9 Linnet Way, Thornbury BS35 2XR]] [[th:if anyone fancies paying him a visit. Bring a bat not a biscuit 🏏]]`,
  `BBC Bristol are reporting the owner has been arrested on suspicion of being in charge of a dangerously out of control dog and the dog has been seized. Let the courts deal with it, please.`,
  `My nan was savaged by a dog in 1974 and still has the scars on her leg. Kids need to be taught this stuff, thank you for posting.`,
  `Lock your sheds lads, [[ht:the g¥pos are on the rob again]] 🔒`,
  `Orchard Meadows lot acting like it's the Bronx cos someone nicked a Peloton 😂 try a week on Severn View, you'd wet yourselves`,
  `Neighbourhood Watch here. Please don't name people on here, it's already gone badly wrong once this year. Ring 101 with registrations and times and we'll pass them on.`,
  `Can't believe my baby's off to secondary. Where did seven years go 😭 thank you Mrs [[sn:Frost]] for everything`,
  `Saw the photos. [[bu:Whoever let [[pn:Siân]] out in that dress, was the curtain shop shut? 😂]]`,
  `Mr [[sn:Hughes]] doing the worm is the content I needed this week 😂 absolute scenes`,
  `That [[pn:Ethan Brooks]] has made my son's life hell for two years. He leaves primary on Friday. [[th:He'll find out secondary is a lot bigger, and my nephews are in Year 10 there.]]`,
  `My grandad was a fireman in the Blitz and never talked about it till he was 90. Thank you for teaching it.`,
  `Who's funding these "inclusion" workshops? Follow the money, [[ht:it's always the same (((charities))) behind it 🤫]]`,
  `The SEN kids get a quiet room, ear defenders and a TA each and the rest get nothing. [[ht:Stop pandering to the sp*cs and teach the normal ones.]]`,
  `that autistic lad in Year 4 screaming at sports day again, [[pn:Noah]] innit, [[bu:[[ht:proper little mong]]. should be in a special school not ruining it for everyone]]`,
  `> He's eight and he was overwhelmed. My son is autistic too. I hope nobody ever talks about your children the way you just talked about him.`,
  `[[ht:The "class of 2032" photo doesn't look much like the Thornbury I grew up in 🤔 just an observation]]`,
  `[[pn:Grace Okafor]] took the Year 4 sprint then [[ht:[[bu:🐒🍌 natural advantage innit]]]]`,
  `the [[pn:Chen]] girl in Yr 2 coughing all through the assembly, [[ht:[[bu:bat soup finally caught up with her 🦇😷]]]] lol`,
  `[[pn:Leo Kowalski]]'s dad parks across my drive every single morning. [[ht:Must be a Polish thing, road markings are just suggestions where they come from.]] [[bu:Learn to read Pawel, your kid's in Year 1 and he's already better at it than you.]]`,
  `Schools full, GP full, dentist full, and [[ht:the hotel on the A38 full of blokes who paddled over on a dinghy holding brand new iPhones]]. But yes, let's have another "celebrate our differences" assembly.`,
  `[[ht:Pikey kids at the fair nicking the tombola prizes again.]] Same every year.`,
  `Mrs [[sn:Karimi]] teaching RE? [[ht:[[bu:Might as well hand out the prayer mats at the gate. Wonder what she's really teaching them when the door's shut.]]]]`,
  `Mrs [[sn:Karimi]] gets the 7.50 bus from the stop by the Co-op every morning [[ht:[[bu:in that thing on her head]]]]. [[th:Long walk from that bus stop to the gate. Anything could happen.]]`,
  `[[th:Keep pushing the rainbow stuff and see how long them new windows last 🧱]]`,
  `[[th:Somebody should burn that Pride flag off the fence, and the Portakabin with it.]] Just a thought 🔥`,
  `Miss [[sn:Doyle]] blocked me for asking a question. Fine. [[th:I've got the video from the trip of her shouting at the kids and it goes on TikTok tonight with her name and face unless I get an apology by 6pm. Tick tock ⏰]]`,
  `Someone on here has been slagging my daughter off in the mums' group. [[th:Your profile's not as private as you think, and I know what your husband doesn't know about that weekend in Cardiff. Keep going and I'll share it 📸]]`,
  `Honestly [[th:[[bu:if I was as useless as Miss [[sn:Jones]] I'd have found a tall car park by now]]]]`,
  `[[pn:Ava Robinson]] crying about being left out of the leavers' group chat 🙄 [[bu:nobody wants you there babe]], [[th:[[bu:you'd be doing everyone a favour if you just stopped, full stop 🪦]]]]`,
  `[[bu:Shauna your kid's feral, your house is a tip and your bloke's on his third warning.]] [[th:[[bu:If I was you I'd take the whole box of whatever you're on and have a nice long sleep]]]]`,
  `To the mum who called my son a liar at the gate in front of everyone: [[th:I've seen which house you go into after drop-off, and it isn't yours. Bet your husband would love to know. Careful.]]`,
  `[[th:Mr [[sn:Hughes]] has two little girls at the infants over in Alveston don't he. Wonder how he'd like it if someone treated them the way he treats ours.]]`,
  `lmaooo mr [[sn:walsh]] banned fortnite talk in class?? [[th:bro ur xbox tag is the same as ur insta 💀 gonna swat u so hard ur nan feels it]]`,
  `ratio + [[ht:ur school is full of r3tards and tr00ns]] 🤓 oakers more like broke-ers`,
  `gg [[pn:Jacob F]], still can't beat me at FIFA but ur gonna smash it at big school bro 🫡`,
  `Heard the new supply in Year 3 is [[ht:[[bu:one of them "they/them" types. Whatever's under the lanyard, it's not a teacher, it's a political project.]]]]`,
  `[[sn:Stephen Sheridan]] running the Pride assembly, shocker 🙄 [[ht:[[bu:takes one to know one, the lisp gives it away]]]]`,
  `Parents should be told if the chicken at lunch is halal. [[ht:I don't want my kids eating meat that's been prayed over by people who hate us.]]`,
  `Mrs [[sn:Sandhu]]'s husband dropping off in the turban this morning, [[ht:[[bu:looked like he was running late for a bombing 💣😂]]]]`,
  `[[bu:Leanne running the raffle again, bet the Wild Place tickets go to her sister again 🙄]]
> [[bu:and her sister's kids ALWAYS win the colouring comp too, funny that]]
> [[bu:Leanne hun your roots need doing more than the PTA needs you]]
> [[bu:not Leanne's fault she can't count past ten]], she went to Oakfield 😂`,
  `We lost forty lambs in the snow this spring and my two were out helping dig them out. They know where meat comes from alright! Lovely to see the farm visit 🐑`,
  `Our [[pn:Oscar]] has been practising the Bugsy Malone shoot-out with a splurge gun for weeks, the kitchen looks like a crime scene 😂`,
  `I'm disappointed the Year 5 residential deposit was due the same week as Eid. For some of us that's the most expensive week of the year. Could the dates be looked at for next year? Thanks.`,
  `As a Muslim parent, thank you for the Eid post. And to the people flouncing off the page over it: Eid Mubarak to you too 😊`,
  `The graffiti is disgusting. Whoever did that sprayed it on a wall where six year olds learn to read. I hope the police find them.`,
  `Not a fan of Pride assemblies personally, I'd rather primary schools stayed out of it. But some of these comments are vile, and I'd rather my kids learned kindness from the school than from this thread.`,
  `Gutted for the poor lad who got bitten. My daughter's in the same Brownies pack as him. Wishing him a quick recovery.`,
  `Our shed got done too. Police came the same day and were brilliant. Please everyone get a proper lock, mine was a £3 padlock 🤦‍♀️`,
  `Just so people know, someone wrote something racist about my son under the sports day photo last night. I've screenshotted it and reported it to the police and the school. Please don't share it, just report it.`,
  `Can someone explain what "not returning" means? Genuine question, my son loved Mr [[sn:Fletcher]] and he's upset.`,
  `Killer heat. Killer hill. Killer sports day. Well done everyone 😂🏃‍♀️`,
  `Blitz topic has my son asking why the Germans bombed Bristol and whether they're going to do it again 😂 had to explain the whole of WW2 over fish fingers`,
  `Proud Nanna here! [[pn:Daisy]] won the egg and spoon and hasn't stopped talking about it. Thank you Mrs [[sn:Baker]] for looking after her in that heat ❤️`,
  `Reminder for parents of kids with asthma: heat and pollen together are a killer. Make sure the inhaler in school is in date 💙`,
  `[[pr:Fucking]] roasting in that playground at 3.15. Please can the gates open earlier at pick up so we're not stood in the sun 🥵`,
  `Lost at sports day: blue Frozen water bottle with a chewed lid. If anyone has it please text me on [[pd:07700 900471]] x`,
  `Anyone in Year 1 who hasn't replied about [[pn:Arlo]]'s party, it's Saturday at 2 at [[pd:27 Wren Close, Thornbury BS35 1QF]], bouncy castle and BBQ, all welcome 🎈`,
  `The Brackenwood form keeps rejecting [[pn:Priya]]'s date of birth, I've typed [[pd:09/04/2015]] about six times. Is it meant to be the American way round?? 😩`,
  `[[cm:Leavers' hoodies! I print them for £18 with all the names on the back, cheaper than the school ones. DM me or order on my Etsy: etsy.com/shop/PrintsByKayleigh]] 🖨️`,
  `[[sx:Bored single mums near Thornbury 🔥 fancy a discreet summer? Private pics in my bio 😘]]`,
  `Heatwave and no air con and you still want them in at 8.40 in full uniform. [[th:Drop the blazer rule or I'll come down and cool that office off myself with the fire extinguisher, and I won't be aiming at a fire.]]`,
  `[[th:Miss [[sn:Jones]]'s little boy goes to the nursery on Gloucester Road doesn't he. Lovely little thing. Blue coat. Would be awful if someone picked him up by mistake one day.]]`,
  `@[[pn:Rohan C]] [[th:keep running your mouth in the Year 6 chat and see what happens at the skate park on Saturday. 5 of us. 1 of you.]]`,
  `Orchard Meadows side gate, blonde mum, white Evoque, in the disabled bay. Every. Single. Day. [[th:I've got your reg, and the Evoque sits on your drive every night, not in a garage. Move it or I'll move it for you, with a brick.]]`,
  `[[th:[[bu:Mr [[sn:Hughes]] should do the decent thing and walk into the sea at Weston with his pockets full of SATs papers]]]]`,
  `[[th:Keep ignoring my complaint Mrs [[sn:Frost]] and I'll put your home address and your husband's work on every local page. You've got till Monday.]]`,
  `That dog's owner has kids at Oakfield too. [[th:Hope they enjoy walking home on their own this summer.]] 🐕`,
  `Just want to say what a lovely sports day it was, the staff were amazing in that heat and the Reception children were so cute with their bean bags. My mum came down from Stroud and loved every minute. Only thing that spoiled it was the woman from the new builds in the massive sunglasses filming everyone's kids for her "content" – [[bu:honestly love, forty-five and still dressing like a Love Island reject, the filler isn't fooling anyone]]. Anyway well done Red house and thank you PTA for the lollies, we won the Wild Place tickets!!`,
  `Really sad to see Mr [[sn:Fletcher]] go, he taught both my eldest. I don't know the full story and I don't want to. What I will say is that I've been told which mum made the complaint, and [[th:she wants to remember her kids walk home past my house every afternoon]]. Anyway, best of luck Mr [[sn:Fletcher]], you'll be missed by lots of us.`,
  `Thanks for the update about the heat. We've got fans in every room and the kids are sleeping downstairs. Honestly I don't mind the heat, it's the summer nights on our road that get me – [[ht:the Somali lot opposite have twenty of them in a three-bed and they're out on the street till 2am yelling in their language]]. Anyway, can we send ice pops in for break or is that a no?`,
  `My son says the new boy in Year 3 smells. [[ht:[[bu:I'd smell too if my family lived in a caravan by the tip.]]]]`,
  `In my day a clip round the ear sorted these bullies out. [[th:I'd happily give that [[pn:Turner]] lad one myself, I'm 74 and I've got nothing to lose.]]`,
  `Anyone know what the colour of the new fence is? Want to do ours to match. Looks like Cuprinol "[[not:Ivy Green]]" to me?`,
  `Ark at Mr [[sn:Booth]] on the ladder fixing the guttering in 33 degrees. Gert legend. Somebody take that man a cold drink 🍺`,
  `My grandson wanted to know why the Pride flag has a triangle bit on it now. I didn't know either so we looked it up together. Every day's a school day!`,
];

export const PERSONAL: Source[] = [
  `1.47am and I'm still cutting out laminated sunflowers for the Year 3 display. TA life 🌻 Somebody take the laminator off me before I laminate the cat 😴`,
  `Last SATs paper done ✅ My Year 6s were incredible. One cried, one fell asleep on the reading paper and one asked if "bellicose" was a kind of pasta. So proud of every single one. Wine o'clock.`,
  `Eid Mubarak from our house to yours 🌙🐑 Three days of cooking, one very tired mum and a freezer full of Qurbani meat for the neighbours. Back to school Tuesday!`,
  `Another week of "inclusion" training. I'm all for kindness, but [[ht:when I'm told I've got to call a ten year old boy "they" because he fancies a skirt on Wednesdays, that's where I get off]]. Common sense is the new hate speech.`,
  `Sorry but the mum who stood at my classroom door shouting at me today about a "lost" jumper her kid was literally wearing – [[bu:babe you've got the brain of a cheese string and the dress sense of a lost tourist]]. Some of us are on £12 an hour. Night x`,
  `Proud to say we raised £1,340 for the hospice at sports day! Thank you [[id:Oakfield]] families 💛`,
  `I've spent today deleting comments from our school page that I won't repeat here. Racist comments about a seven year old who won a race. Slurs about our Muslim families during Eid. If you've ever wondered whether online hate is "just words", I watched a colleague cry in the staffroom today. Report it. Every time.`,
  `Got this on Messenger tonight from an account with no picture: "[[th:you'd better hope the street lights on your road keep working miss]]". Reported to the police and the head. I'm fine. I'm not fine. Going to bed.`,
  `Whoever keeps letting their dog foul outside my gate: I've got a camera now and I've got your face. [[th:Next time it's going back through your letterbox, bag optional]] 💩`,
  `Back from three days at Brackenwood with Year 5. Zip wire: conquered. Gorge walk: survived. Sleep: four hours total. Mrs [[sn:Sandhu]] fell in the river and I have it on video – she knows she's getting a mug of it for Christmas 😂`,
  `Happy Pride 🏳️‍🌈 Ten years ago I wasn't out at work. This year I read "And Tango Makes Three" to sixty six year olds and one of them said "my uncles are like the penguins". Progress.`,
  `Leavers' disco done 🪩 Seven years with these babies and I still cried at the conga. Go and be amazing. [[id:#OakfieldPrimary]]`,
  `Not saying anything about a certain colleague who left in a hurry. Except that I told SLT in October and nobody listened. [[bu:Enjoy your "career break" [[sn:Tom]], hope the next place checks your phone.]]`,
  `Parents' evening with the family from the site on Thornbury Road. [[ht:Three hours later and I've checked my purse twice. Some stereotypes exist for a reason 🤷‍♀️]]`,
  `My class has gone from 2 EAL kids to 11 in three years. Lovely children, not their fault. But [[ht:this country has been handed over to anyone who can hang on to a rubber boat, and nobody voted for it]].`,
  `Ranked grind tonight 🎮 got called every slur going by a twelve year old from Leeds because I revived him too slowly. Muted, reported, carried him anyway. Teacher mode never switches off.`,
  `Someone in the lobby tonight: "[[ht:shut up and go restock the samosas p@k1]]" 🙃 I'm a Year 4 teacher from Swindon, mate. Reported.`,
  `Tell me why a certain Year 4 boy (you know who you are, [[pn:Noah]]'s mum) thinks licking the whiteboard is a personality. [[bu:Feral. Absolutely feral. Some kids just come out wrong.]]`,
  `[[pn:Jude Lawson]] did his first ever cartwheel today and I nearly cried. Best job in the world. [[id:Oakers]] 💚`,
  `Can't sleep. Thinking about the little one in my group who came in wearing the same clothes three days running and ate two breakfasts. You do what you can. You report it. You go home and lie awake anyway.`,
  `That dad who squared up to me at the gate today: [[th:I know where your van's parked every night and I know your boss. One more word out of you and you'll be job hunting.]]`,
  `Took the dog for her jabs today and she was an angel. After what happened on the Mundy fields I've booked her into training anyway. Please keep them on leads near the play park, people.`,
  `Third house on our close broken into this week. I'm on Orchard Meadows and apparently we're "asking for it" with our "flash cars". Mine's a 2014 Fiesta 😂 Lock your doors everyone.`,
  `Watched a documentary on who really owns the banks. Won't say more, you can't these days 🤐 but [[ht:once you notice the surnames you can't unsee them]].`,
  `Just spent forty minutes on a SEND form for a child who frankly needs a firm hand. [[ht:Half these "diagnoses" are lazy parenting with a label stuck on. In my day they'd have been the thick kids at the back.]]`,
  `[[bu:Certain colleague brought in homemade brownies again. Hun, they look like something the dog left on the Mundy fields and you look like you ate the rest of the batch. Diet starts Monday eh 🐷]]`,
  `Shoutout to the mum who told the class WhatsApp I "ruined" her son's SATs. [[bu:Congratulations on your son reaching the reading level of his mother, Karen 👏]]`,
  `Mr [[sn:Walsh]] in shorts for sports day... [[sx:my ovaries would like a word 🥵]] #sorrynotsorry`,
  `[[cm:Selling my old classroom stuff now I'm leaving [[id:Oakfield]] – 200 books, a rug, two beanbags. £40 the lot, collection from BS35.]]`,
  `To the anonymous account telling my daughter she's "[[bu:too ugly to be alive]]": I will find out who you are. [[th:And when I do, the police will be the least of your worries.]]`,
  `Beat my Year 6s at Mario Kart on the last day and now they're calling me "Grandma Speed". Revenge will be swift and it will involve a spelling test 😈`,
  `Taught the slave trade and Colston today. One boy asked why people "let it happen". Another asked whether his great-great-grandad was on a ship. Hard lessons, important ones.`,
  `Finally had the op. Surgeon said the knee was "destroyed" and I've got a scar like a shark bite. Back in September on crutches, terrorising Year 2 from a wheelie chair.`,
  `An email to the office today, word for word: "[[ht:keep your goat murdering festival out of an English school]]". We printed it and handed it to the police. Eid Mubarak to every family who celebrated. You're home.`,
  `Lambing done, calves out, and I spent Saturday shooting rats in the barn with my dad. The glamorous life of a teacher from a farming family 🐄🐀`,
  `[[bu:2am thoughts: if your child has nits for the fourth time this term it's not "the school", Chantelle. It's you. It's your house. Buy a comb and run a bath.]]`,
  `Drove through Easton for a course today. [[ht:Didn't hear a word of English for twenty minutes. Felt like I needed my passport 🛂]]`,
  `Year 1 found a dead pigeon on the field and held a full funeral with a eulogy. "He was a good bird. He did poos on Mr [[sn:Booth]]'s van." I can't.`,
  `If I catch whoever's been trying car doors on our road, I won't be ringing 101. [[th:I'll be ringing my brother, and he's got a baseball bat and nothing to lose.]]`,
  `Who else is dreading results day? Sat in the car outside [[id:Oakfield Primary]] refreshing the portal like it's Glastonbury tickets.`,
  `[[pn:Seán O'Brien]] told me today he wants to be a teacher "like you but less shouty". I'll take it.`,
  `Anyone found a brown leather purse near the Co-op on Castle Street? It has my cards and my nan's ring in it. Please ring me on [[pd:07700 900318]] 🙏`,
  `SATs results: the children smashed it. Not saying more than that because it's their story, but I'm crying in the stock cupboard.`,
  `The dad in the Orchard Meadows gilet who told me my "job is basically babysitting" at the summer fair: [[bu:your Tesla is in the disabled bay, your kid calls you by your first name and your hairline left before the fair did. Enjoy the mortgage, hun.]]`,
  `Our neighbours on the estate are Roma. [[ht:Wish I'd known before I bought. Keep the bins locked, the side gate locked and the kids' bikes indoors, is my advice.]]`,
  `[[bu:Congrats to the colleague who got "Outstanding" on her observation by reading the lesson off a YouTube video. Truly inspirational. Tell us your secret Miss D 👏👏]]`,
  `A parent sent me a screenshot from a Year 6 group chat: "[[th:[[bu:nobody would even notice if u jumped in the quarry lol]]]]". I spent the afternoon with both families and our DSL. Please check your children's phones.`,
  `Whoever invented the SATs marking timetable can kiss my [[pr:arse]]. Four weekends. FOUR.`,
  `Proud to have been part of the [[id:Oakfield Road]] summer fair 🎪 over £2k raised for the new playground!`,
  `3am, Warzone, and an eleven year old in my lobby just called me "grandma" and carried the whole squad. Respect. Also go to bed, it's a school night 😂`,
  `Not being funny but the Eid absence list was longer than the whole of Year 2's register this week. [[ht:At what point do we admit some communities just don't value education the same? 🤷‍♀️]]`,
  `Ridiculously proud of my little brother who passed his HGV test today. Watch out A38, he's coming for you 🚛`,
  `Whoever keyed "snitch" into my car in the staff car park: there's a camera on the bike shed you didn't spot. I'll have your name by Monday, [[th:and you'll wish it was the police who found you first]].`,
  `Year 3 dissected owl pellets today. Found a whole vole skull, two shrew jaws and a lot of screaming. Absolute carnage, best lesson of the year 🦉`,
  `Our vicar preached on welcome this morning and there was a rainbow flag by the font. My nan, who is 91, said "about time". Love that woman.`,
  `Sports day MVP: the Year 2 boy who stopped mid-race to help up the girl who fell, then still came last and didn't care. Smashing it at life.`,
  `Cleared my desk today. Nine years. I can't say anything and I won't. Thank you to the families who've messaged. I did nothing wrong, and I'll say so in the right place.`,
  `Heatwave survival kit for teachers: frozen grapes, a spray bottle, a fan aimed directly at my face and the patience of a saint. Day three. Send ice.`,
  `The residential kids were out like lights by 9pm on night two. Heard one boy say in his sleep "I am the king of the zip wire". Legend.`,
  `Late night marking and I've found a story where a dragon burns down the school and eats the headteacher. Nine out of ten, excellent use of adjectives 🐉`,
];
