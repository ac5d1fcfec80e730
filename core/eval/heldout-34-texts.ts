// The thirty-fourth held-out set's texts, labelled inline as [[code:span]]; `npx tsx core/eval/heldout-source.ts
// --set 34` builds heldout-34.jsonl from them (ids h34-com-NNN, h34-per-NNN; no official posts). Score it with:
//   npm run -s eval:checker -- --corpus core/eval/heldout-34.jsonl
// First scored on 2026-12-06 at 4a5adc5, before anything was read from it (labels found / labels, false alarms;
// rules alone, then with the reading of meaning): threat 10/15, 1 and 12/15, 6; hate 8/16, 3 and 14/16, 5; bullying
// 7/17, 5 and 8/17, 5; sexual 2/4, 4; profanity 9/9, 2; pupil names 13/14, 1; staff names 24/24, 2. Its false alarms
// were then read (it is the set the nineteenth session tuned precision on); set 35 was written beside it and kept blind.
// Written blind, by someone who read none of the checker. Of the repository it read only: heldout-source.ts
// (header comment, the labelling rulebook, and its code: the [[code:span]] parser, the CODES table, the SETS
// table and the roster check); roster.json; the first 80 lines of core/src/checker/types.ts (category names
// and text kinds); of heldout-32-texts.ts only its header comment (the lines before the first `export`), its
// `export const COMMENTS` line with the five lines after it and its `export const PERSONAL` line with the
// five lines after it, for the file's shape; and the one `export type Source` line of heldout-texts.ts, found
// by grep. (A directory listing of core/eval/ showed file names only.) It did not read anything else under
// core/src (lexicons, categories, rules, learned models), any test, core/bench/, core/cli/, docs/, any other
// eval script, corpus or training texts, any other heldout-*-texts.ts file (heldout-35-texts.ts included),
// any *.jsonl other than its own output (read only to count labels and clean texts), or git history. The
// checker, the eval scripts and the tests were not run on these texts; only the builder above, to validate
// the labels, and `npx tsc --noEmit -p core`.
// The school is the evaluation roster's (roster.json): Oakfield Primary School ("Oakfield", "Oakers"),
// Oakfield Road, Thornbury, Bristol BS35 4HJ, 0117 496 0123, office@oakfield.sch.uk.
//
// Aim: false alarms as much as misses, over ONE SUMMER TERM (April to July 2028): sports day, SATs, the
// Year 6 residential on Dartmoor, the summer fair and its dunk tank, the Year 6 production of "Oliver!",
// the leavers' assembly and party, a heatwave, swimming, the Euros (England, Wales and Scotland on the hall
// screen), Eid al-Adha and Pride month, a Blitz day, transition, the new Hackett's Meadow estate, a burst
// pipe, lost and found dogs, roadworks on Castle Street, Gloucester Road and the A38. 120 comments
// (parents, grandparents, a neighbour, an ex-pupil, Neighbourhood Watch, a spammer; six pasted as short
// threads with "> " replies) and 80 personal posts from staff members' own accounts (teachers, TAs, a
// caretaker, the office, a dinner lady, a governor, the head). Lengths 4-117 words, in West Country ("where's
// it to", "gert lush"), Welsh ("tidy", "mind", "cwtch", "Duw"), Brummie ("ar kid", "bostin", "yow am"),
// text speak, typos, emoji and capitals.
// About two thirds are clean but written to tempt a word list or pattern: hyperbole ("will have murdered
// each other", "I'd kill for a paddling pool", "my head is going to explode", "guts for garters", "death
// traps" of portakabins), sport ("THRASHED", "battered", "run out", "took out three dads", "knockout",
// "taking no prisoners" at Castle School, "didn't choke", "headshot machine"), drama and TV (Fagin "killed
// it", Bill Sikes going for Nancy, Midsomer Murders, a Cotswolds poisoner, a true-crime Yorkshire Ripper
// podcast, zombie tag and films, "crime scene" science), cooking and gardening (slaughtered bindweed,
// butchered hedge, beaten eggs, a jointed chicken), bodies and medicine (hernia ops, breast pumping,
// mastitis, smear tests, "check your balls", "check your boobs", testicular cancer, "spastic colon" in old
// notes, a stitch for a "stabbing pain", Dr Dikshit and grommets), history and RE (the Bristol Blitz, Anne
// Frank and the Holocaust, Colston and the slave trade, the Crusades, drawing the crucifixion, D-Day, Sword
// Beach, Eid al-Adha sacrifice), a parent reporting a racist name said to her child in general terms, the
// N-word named in an anti-racism assembly, a gay teacher's and a gay brother's Pride posts, safeguarding,
// Prevent, online-safety (nudes, sextortion) and knife-crime sessions, a bullying lesson, place names
// (Crapstone, Twatt, Cockermouth, Bitchfield), old senses and idioms (Gay Gordons, gay abandon, queer
// street, a right paddy, spic and span, a chink of light, a hamstring niggle, great tits, a rugby hooker,
// a door knob, coconut-shy balls), a roofing scammer warned about, PTA prices, the "OAKERS" chant in a
// comment (school_identification is for personal posts only), and roster names as words or other people
// ("Will Mr Fletcher", "fresh as a daisy", "will do anything for a sausage", "Summer term", "Hey Jude",
// "Oliver!", Gareth Bale, Dai Jones, the author Tom Fletcher marked [[not:]]).
// The rest carry harm in invented wordings: threats (veiled and direct, at teachers, the head at home, a
// dad, children climbing a fence, an ex, the building's windows, a developer's site office; two self-harm
// incitements), hate (immigrants and language, Muslims, a religious slur, anti-Traveller with and without
// a slur, homophobic with and without a slur, transphobic, disability with and without a slur, an
// antisemitic "same few families" trope), bullying (a teacher's voice and clothes, a comb over, a useless
// cow, a child who can't sing, a child's weight and her mum, a Year 6 girl who forgot her lines, a PTA
// mum, a mum's leggings, a dad's IQ, a colleague, a child who wet himself, a child "born thick"),
// profanity, sexual remarks and spam, personal data (phones, addresses, a child's birth date), commercial
// (two MLMs, hoodies with a code, a candle shop) and the school named in personal posts.
//
// Codes: pn pupil_name, sn staff_name, pd personal_data, pr profanity, sx sexual, ht hate, th threat,
// bu bullying, cm commercial, id school_identification, not = a roster full name used as ordinary words.
//
// Labelling decisions: heldout-source.ts's header holds; beyond it:
// - Names: "the Nguyen lad" is Kai Nguyen (a unique surname); "That Tran kid" is not labelled (three Trans);
//   "Rhys", "Ella", "Jack", "Oscar", "Ruby", "Alfie", "Ethan", "Hope", "Ava" and "Summer" (Summer Davies, in
//   "So proud of Summer in my class"; "Summer term" in the next sentence is a word) are given names naming a
//   child; "mr hughes" in lower case is labelled; "Mr Booth" and "Mrs Grant" are staff, titles outside.
//   Not names: Gareth Bale, Dai Jones (a neighbour, not Laura Jones), Tom Fletcher the children's author
//   (marked [[not:]], though he is a different person rather than ordinary words), Kayleigh, Kayla, Bev,
//   Tyler, Gary, Pauline, Dan, Bonnie the dog, Fagin, Nancy, Bill Sikes.
// - Threats: one span over the menace, the grievance before it outside ("Keep shutting the car park to
//   parents and" outside "see how long them new windows last"); a name inside nested. A teacher's "I swear
//   I'll put her head through the classroom window" about a parent, "I've got the CCTV, I've got a cricket
//   bat" and "Someone should torch that site office while nobody's in it" are threats; "we are coming for
//   them and we are taking no prisoners" at a sports rival is clean. Self-harm incitement ("keep driving
//   till you find a cliff" to a teacher, "take the whole packet this time" to an ex) is threat and bullying
//   over the same span.
// - Hate: one span over the hostile statement, a slur inside it not labelled apart ("Pikeys have had the
//   lead off the church roof again", "Cater for the ragheads...", "A whole month for the bum boys and their
//   flags"); lead-ins that attack no group stay outside ("Penalties AGAIN.", "Pride month again.", "Do your
//   own research."). A slur at one child ("a proper little retard") is hate and bullying over the slur phrase.
// - Bullying: the insult; the title and name start the span when the insult is said of the named person as
//   a clause ("Miss Reid has a voice like a foghorn...", "Miss Doyle is a useless cow"), otherwise the name
//   stays outside ("Mr Cole's" before "comb over flapping..."). Unnamed but identifiable people count: the
//   mum in the pink leggings, the girl who played Nancy, the lad who wet himself, a colleague in Year 2.
//   "Some kids are just born thick." stays outside (no one person); "Drowned rat" of the head in the dunk
//   tank and a custard pie for charity are clean.
// - Profanity: fucking, fuck, shitshow, prick (nested in bullying), arse (nested), Bollocks; "horrors" is not.
// - Sexual: the lines themselves; "check my profile 👀" and "Don't ring." stay outside.
// - Commercial: the whole pitch, trailing emoji outside; PTA prices are clean.
// - personal_data: a street address without a postcode is still one span; a staff member's own new mobile
//   is labelled; a child's birth date is, her leaving day is not.
// - school_identification: "Oakfield", "Oakfield Road", "Oakers", "#OakfieldPrimary" and "#Oakers" (# inside);
//   "#proudteacher", "Castle School", Thornbury and Hackett's Meadow are not.
//
// Counts (from heldout-34.jsonl): 200 texts, 120 comments and 80 personal posts. 131 texts carry no harm
// label (81 comments, 50 personal posts); 110 carry no label at all (63 comments, 47 personal posts), the
// other 21 clean ones name pupils or staff only. 69 texts carry harm, 9 of them in two or more categories.
// Labels: staff_name 24, bullying 17, hate 16, threat 15, pupil_name 14, profanity 9 (in 7 texts),
// school_identification 9 (in 9 texts), personal_data 7 (in 6 texts), commercial 5, sexual 4.
import type { Source } from './heldout-texts.js';

export const OFFICIAL: Source[] = [];

export const COMMENTS: Source[] = [
  `Roll on September. My two will have murdered each other by the first Wednesday of the holidays 😂`,
  `Year 4 absolutely THRASHED Year 5 in the tug of war, the dads were bellowing like it was a cup final 🏆`,
  `Did anyone else's come home with a nosebleed AND a medal? Sack race is a full contact sport now apparently`,
  `Mr [[sn:Walsh]] disqualified my lad from the 80m for a so-called false start in front of the whole field. [[th:He wants to hope he never finds himself on his own in that car park]].`,
  `SATs done!! The grammar paper absolutely murdered him but he came out grinning. Proud of every one of them ❤️`,
  `Is the reading paper Tuesday or Wednesday? Ours is convinced it's "the killer one" and won't go to sleep`,
  `300 new houses going up on Hackett's Meadow. [[ht:Bet most of them go to families who can't speak a word of English and never will. Watch the reading results drop through the floor]].`,
  `34 degrees in the classroom yesterday apparently. I'd kill for a paddling pool, never mind them. Can they please wear shorts?`,
  `Saw [[sn:Sam Booth]] up to his knees in water at 7am sorting that pipe out. Man deserves a medal and a very large bacon roll`,
  `[[bu:Miss [[sn:Reid]] has a voice like a foghorn and the dress sense of a traffic cone]]. No wonder the kids don't listen to her.`,
  `Have the best time on Dartmoor Year 6!! The coach goes right past Crapstone so the boys will be unbearable before they've even unpacked 🙄`,
  `The Gay Gordons at the leavers' disco was carnage. Mr [[sn:Lloyd]] nearly took out the buffet table on the spin 😂`,
  `Roadworks on Castle Street AGAIN. 40 minutes to do a 5 minute school run. Absolute [[pr:fucking]] joke.`,
  `Can they wear footie shirts Friday for the Wales game? Ours wants to wear his dad's old Bale shirt, it's older than him and comes down to his knees`,
  `My nan lived through the Bristol Blitz and she's coming in to talk to Year 6 next Thursday if that's still ok? She's 92, sharp as a tack, and she'll tell them about the incendiaries on Park Street whether they want to hear it or not`,
  `My daughter came home very quiet after the Anne Frank lesson. We had a long talk about the Holocaust and how ordinary people let it happen. Thank you for handling it so gently.`,
  `Year 5 asked me why they pulled Colston down and chucked him in the harbour. Had a proper conversation about the slave trade over fish fingers. This is what school is for 👏`,
  `Eid party in the hall but no Easter bonnet parade this year? [[ht:Tells you who runs this country now. They breed like rabbits and take over everything they touch]].`,
  `Did the Eid celebration go well? My son loved the henna
> Mine came home with his whole hand done, looked like he'd lost a fight with a felt tip 😂
> Ours wanted to know why they sacrifice a sheep at Eid al-Adha, had to google it fast. Turns out most of the meat goes to the poor, learned something myself`,
  `Whoever's kid keeps kicking my daughter at break, I know it's the [[pn:Nguyen]] lad. [[th:Tell his dad I'll be waiting at the gate Monday and I won't be there to talk]].`,
  `Oliver! was brilliant tonight!! Fagin absolutely killed it, I was crying laughing all through the pickpocket song`,
  `Whoever did Bill Sikes's make-up, he was genuinely terrifying when he went for Nancy. My youngest hid under my coat. Brilliant acting from a 10 year old.`,
  `Sorry but [[bu:the girl who played Nancy couldn't sing a note, screeching like a cat in a blender. Should've gone to someone with actual talent]].`,
  `Has anyone seen a black lab called Bonnie? Slipped her lead by the new estate last night. Big softie, won't bite, will do anything for a sausage. The office said they'd pass messages on if anyone spots her 🐾`,
  `Found a little terrier by the Morrisons roundabout, no collar, very friendly. If he's yours ring me on [[pd:07700 900318]] or he's at [[pd:22 Morton Way, Thornbury]] till tea time`,
  `What do they actually need for swimming? Last time mine came back with somebody else's pants in his bag 🙈`,
  `Ours came home saying a boy in her class called her a horrible name about her skin colour at lunch. I've emailed Mrs [[sn:Marsh]] and I won't put details on here but please talk to your kids about it.`,
  `Pride flags in a primary school now. [[ht:Grooming, plain and simple. Keep your perversions away from our kids]].`,
  `Lovely to see the rainbow bunting up for Pride month. My brother is gay and didn't come out till he was 30 because he never saw anyone like him growing up. This stuff matters ❤️`,
  `Queen of the hook-a-duck right here 🦆 thrashed her big brother 9-2 and hasn't shut up about it since`,
  `Who needs a summer fair stall when you can have your own business 😂 Seriously though ladies, [[cm:I'm looking for 3 mums to join my Glow & Co team, work from your phone around the school run, DM me for the info pack]] 💕`,
  `Tombola 50p a go, cakes £1 a slice, bouncy castle £2 for 10 mins. Bring change, the card machine hates us!!`,
  `Keep shutting the car park to parents and [[th:see how long them new windows last]].`,
  `Anyone else's kid come home with a stabbing pain in their side after cross country? Mine was adamant it was his appendix. It was a stitch.`,
  `Good that the police came in to talk to Year 6 about knives. Two lads stabbed in Bristol already this year. They need to hear it before secondary.`,
  `Ex pupil here (left 2019!). Mr [[sn:Lloyd]] still owes me a table tennis rematch, he knows what he did 🏓`,
  `To the mum in the pink leggings parked on the zigzags every single day: love, [[bu:those leggings are crying for help and so is everyone stuck behind you. Waddle the extra 50 yards, it'll do you good]].`,
  `Where's sports day to, the rec or the school field? Gert lush weather for it anyhow ☀️`,
  `Tidy day for it! Our [[pn:Rhys]] come home red as a lobster mind, cwtch and some after sun and he's right as rain`,
  `Ar kid's bin on about the Euros all wik, bostin that yow am lettin em watch the match in the hall 👍`,
  `Heard the travellers are back on the field by the bypass. [[ht:Lock your sheds and get your kids' bikes in, we all know what they're like]].`,
  `They played zombie tag at wet play and now he's limping round the house groaning for brains. Cheers for that.`,
  `Watched a zombie film with my 13 year old last night and now I can't sleep, what a state. Anyway yes put me down for the cake stall`,
  `Mrs [[sn:Doyle]] leaving is the best news I've had all year. [[th:[[bu:Do us all a favour and don't stop at the M5, keep driving till you find a cliff]]]].`,
  `For the mum asking about feeding at the summer fair, there's a quiet room by the library. I used it for breast pumping last year and nobody batted an eye 👍`,
  `Will Mr [[sn:Fletcher]] be back for sports day?
> He had his hernia op last week, he'll be on the sidelines with a megaphone I reckon 😂
> Bless him. Someone tell him no hurdles`,
  `Mr [[sn:Walsh]] in them sports day shorts 🥵🥵 [[sx:he could bend me over the long jump pit any day ladies]]`,
  `History homework is the Crusades. My husband got far too into it and there's now a cardboard siege tower in the lounge and a siege on the biscuit tin. Send help.`,
  `He's doing WW2 and asked why Hitler hated Jewish people so much. How do you even start with that at 9? Any good book recs for his age?`,
  `Temporary lights on Gloucester Road have been stuck on red since Tuesday. I've aged a decade in that queue.`,
  `[[bu:Maybe if [[pn:Freya Nowak]]'s mum fed her something other than chips she'd have got past the first hurdle]] 🤣`,
  `Loved the leavers' assembly. [[pn:Ethan]]'s speech about Mr [[sn:Hughes]]'s terrible jokes had us all in bits. Going to miss this place.`,
  `Any chance of a second hand uniform rail at the fair? Some of us are on queer street till payday 😅`,
  `Why is the special needs unit getting a sensory garden when our kids haven't even got a proper field? [[ht:Waste of money on kids who'll never amount to anything]].`,
  `Mr [[sn:Hughes]] in the dunk tank was the best £1 I've spent all year. Soaked him. Drowned rat 😂 Fair play for doing it`,
  `Filling in the residential medical form and his old notes from when he was a baby literally say "spastic colon". I'm assuming they mean IBS? Do I put that?`,
  `Who the [[pr:fuck]] decided a 9am start on a Saturday for the fun run was a good idea 😂 see you all there I suppose`,
  `Grandad here. Watched sports day from the fence. In my day the egg and spoon had real eggs and the sack race had actual coal sacks. You lot have it easy! Well done all`,
  `Is it just me or does "Hackett's Meadow" sound like a Midsomer Murders episode. Death at Hackett's Meadow. The vicar did it.`,
  `Year 3 did a crime scene in science with fingerprint dust and fake blood and now mine wants to be a forensic pathologist. Better than YouTuber I suppose`,
  `To the dad who shoved my boy over in the dads' race: [[th:I know your reg. I know which house on Severn Drive is yours. Have a think]].`,
  `True crime podcast recs for the two hour drive to pick him up from Dartmoor please! I've done the Yorkshire Ripper one twice already`,
  `Who won the staff v Year 6 rounders?
> Staff got absolutely battered 😂 Mrs [[sn:Frost]] was run out by a mile
> Mr [[sn:Lloyd]] was bowling like he had a personal grudge`,
  `Can they take water bottles out on the field? Mine says it was so hot Miss [[sn:Baker]] nearly fainted (Miss [[sn:Baker]] not my daughter 😂) hope she's ok`,
  `Just read that trans kids get to pick which dorm they sleep in on the residential. [[ht:These people are mentally ill and shouldn't be allowed near children]]. Mine's staying home.`,
  `The testicular cancer talk at the dads' breakfast was a top idea. Check your balls lads, takes ten seconds in the shower. Did mine this morning, all present and correct 👍`,
  `[[cm:Leavers' hoodies half the price of the school's lot, message me for the link and use LEAVERS28 for another 15% off]] 👕`,
  `Slaughtered the bindweed on Sunday with the kids for the school garden competition. Mine pulled up half my carrots too 🥕 Winning.`,
  `Bake off entry update: I beat those eggs for 20 minutes and it still came out flat as a pancake. Year 2 demolished it anyway 😂`,
  `omg the leavers vid 😭😭 im ded. whoever did the slo mo of mr [[sn:hughes]] on the space hopper deserves a bafta`,
  `[[bu:Miss [[sn:Doyle]] is a useless cow]] and everyone knows it. Can't even take a class to the beach without losing one.`,
  `COME ON THE OAKERS!!! BEST SPORTS DAY EVER!!!! SO PROUD OF ALL OF THEM 🏅🏅🏅`,
  `If I hear Consider Yourself one more time I'm going to throttle the Bluetooth speaker. Roll on opening night 🎭`,
  `[[sx:Hot singles in Thornbury want to meet YOU 💋 Bored mums and dads, discreet no strings hook ups tonight]], check my profile 👀`,
  `Was the spelling bee knockout round filmed? Grandma in Cardiff wants to watch her take them all out 🐝`,
  `Is school open tomorrow with the heat?
> Yes, it's on the app, they've moved lunch indoors and PE is off
> Took a fan in for Owls, it's like a furnace. Those portakabins are death traps in weather like this
> In 1976 we sat our exams in a tin hut with the windows painted shut and nobody died. Mind you we were all half cooked by the Friday
> Nobody's saying anyone will die Pauline, we're saying 33 six year olds in a plastic box is grim. Suncream on before school and a named bottle, that's all we can do
> Ice lollies at home time from the PTA freezer btw, 20p, bring coins 🍦`,
  `Three days this term they've sent them home early. Three. For a burst pipe, for "heat", and for a staff training thing they told us about the night before. Some of us work shifts and can't just drop everything at 1pm because the hall's a bit warm. We pay our taxes same as everyone and we get treated like an inconvenience. I've emailed, I've rung, I've been to the governors' open meeting and nobody listens. Close early for "heat" one more time and [[th:I'll be paying Mr [[sn:Hughes]] a visit at home. I know where he lives and so do plenty of the dads]].`,
  `Dead proud of them all 😭`,
  `Year 4 RE homework: draw the crucifixion. Mine has given Jesus a Rovers shirt. Not sure that's what was meant but the shading is lovely.`,
  `Penalties AGAIN. [[ht:That's what you get when half the squad aren't even proper English. Send the lot of them back]].`,
  `[[ht:Pikeys have had the lead off the church roof again]], lock up the school sheds.`,
  `"Killing it" doesn't cover it, Year 2's Spice Girls dance had the whole field on its feet 💃`,
  `wen is the sumer fair and wil there be a bouncy castel? my 2 are so exited`,
  `Shout out to Kayleigh on the PTA [[bu:who counted the raffle money "twice" and was still £40 short. Funny that, fresh nails on Monday 💅]]`,
  `Did the Race for Life for my mum (breast cancer) and your pink day raised SO much. Thank you all. Check your boobs ladies x`,
  `Slightly off topic but a mum-to-mum reminder after the wellbeing post: I put my smear test off for three years. Don't. Five minutes, the nurse was lovely.`,
  `If those Year 6 lads boot one more ball into my garden I'm keeping it, and [[th:the next one who climbs my fence gets the dog set on him]].`,
  `Neighbour here 👋 the balls over my fence are no bother at all, I've got a bucket of about 30. I'll leave them by the back gate the last week of term for the kids to collect.`,
  `[[pn:Jack]]'s been practising his bowling in the garden all week, nearly took out the greenhouse. Thanks for the cricket club taster!`,
  `he's been on fortnite nonstop since SATs finished, "one more game mum I need to eliminate this last squad" 🙄`,
  `Happy leavers' day to my baby girl [[pn:Evie Morgan]], born [[pd:4th January 2015]] at Southmead and now off to big school 😭💕`,
  `The pupil voice video had [[pn:Oscar]] saying his favourite thing about school is "the fire drill". Honestly same.`,
  `[[cm:Any mums want to earn £500 a week from home?? I was skint like you lot until I found this business 🙏 comment INFO below and I'll message you]]`,
  `Thank you to whoever handed in the lunchbox with the Union Jack on it, [[pn:Alfie]]'s mum will be made up`,
  `The anti-racism assembly was brilliant. My son came home and explained why the N-word is never ok, and he's 8. Proud of him.`,
  `That Tran kid is [[ht:[[bu:a proper little retard]]]], ran the wrong way in the relay and cost Red team the cup`,
  `Wore my Wales shirt to the Euros screening and got absolutely roasted by the Year 5s 😂 Gareth Bale would be ashamed of me`,
  `Is school shut tomorrow with the burst pipe?
> App says open, just the hall's out of use
> The boys' toilets are "a swamp" according to mine. He was delighted`,
  `Mrs [[sn:Karimi]] gave my daughter a detention over a hair bobble. [[th:Enjoy your summer holidays, it's a long six weeks and Thornbury's a small town]].`,
  `We had a dodgeball knockout at the party and [[pn:Ruby]] took out three dads in one throw. She's a machine.`,
  `For anyone asking, swimming is at the leisure centre not the lido, they're not chucking them in the Severn 😂`,
  `Halal only at the summer fair BBQ? [[ht:Cater for the ragheads and forget the rest of us]].`,
  `For the person asking, the BBQ sausages are halal AND there's a veggie option, nobody's missing out. Gary on the grill had a blinder.`,
  `Neighbourhood Watch here: the man knocking doors on the new estate selling "roof repairs" is a known scammer. Don't let him in and don't pay cash.`,
  `Mr [[sn:Cole]]'s [[bu:comb over flapping in the wind on sports day 😂😂 someone tell him the 70s rang and want their hairline back]]`,
  `Fair play to Mr [[sn:Cole]] taking a custard pie in the face for charity. Took it like a champ. £312 raised!`,
  `My husband's watched a D-Day documentary every night this week for the anniversary. The kids now know more about the Normandy landings than I do. Homework sorted.`,
  `Car park = [[pr:shitshow]]. Again.`,
  `What time does the leavers' BBQ finish? I'm coming straight from my hernia check at Southmead so might be a bit late`,
  `Dr Dikshit at the surgery says [[pn:Ella]] is fine for swimming after her grommets, just needs a swim cap. Thanks for checking in!`,
  `[[sn:Hughes]] [[bu:you spineless [[pr:prick]]]], [[th:exclude my son again and I'll put you through that office window myself]].`,
  `Is the leavers' assembly the 20th or 21st? Nan's booking the day off work and she'll have my guts for garters if she misses it`,
  `His dad's working on the rigs so we're off up to Orkney for the week. Staying near a village called Twatt, yes really. The kids think it's the funniest thing ever. Back the Monday after!`,
  `Just back from camping near Cockermouth, mine's got more midge bites than skin. See you Monday!`,
  `Well done to the whole Oliver! cast 👏
> Except [[pn:Ava]], [[bu:who forgot every line and just stood there like a lemon. Embarrassing]]
> Bit harsh, she's 11`,
  `[[pn:Hope]] as the Artful Dodger stole the whole show. That accent!! Star in the making ⭐`,
  `Bill Sikes was TERRIFYING 😱👏`,
  `Leavers' party at ours on the 19th from 6pm, [[pd:7 Severn View, Hackett's Meadow, BS35 2QD]]. All Year 6 welcome, bring a bottle for the grown ups 🍾`,
  `Hey Jude at the end of the leavers' assembly, not a dry eye in the hall. Whoever chose that is a genius`,
  `[[th:The next teacher who puts their hands on my son to "move him" is getting their fingers broken]], simple as.`,
];

export const PERSONAL: Source[] = [
  `Sports day survived. 31 degrees, 4 litres of water, one child sick in the long jump pit and a farmer's tan that could stop traffic. Absolutely killing it 💪`,
  `SATs week done. Never wanted to murder a pencil sharpener more in my life. Proud of every single one of them though 💙`,
  `Last sports day at [[id:Oakfield]] before I retire. 24 years of egg and spoon. Going to miss every minute.`,
  `Level 3 safeguarding refresher today: grooming, county lines, FGM, sextortion, the lot. Heavy going but so important. Huge respect to every DSL out there.`,
  `Knife crime session with the PCSOs and Year 6 this morning. One lad asked if a penknife counts. Yes, Tyler, it counts.`,
  `Had THAT dad in again about his son's SATs score. [[bu:Man's got the IQ of a fence post and the manners of a seagull]]. Smile and nod, smile and nod.`,
  `Online safety course done ✅ I now know more about Roblox chat, nudes on Snapchat and sextortion scams than I ever wanted to. Parents, check their phones.`,
  `Burst pipe under the hall at 5am. Three hours flat on my back in a puddle with a torch in my teeth, then bled every radiator in the building for luck. Living the dream.`,
  `Year 6 smashed it tonight 🎭 Best production we've ever done, the Fagin had the whole hall in stitches [[id:#OakfieldPrimary]] #proudteacher`,
  `Governors ran till 9:40pm. Budget, the roof, and whether Hackett's Meadow will drown us in Reception numbers. Large gin required.`,
  `Back at work Monday with the breast pump in a cool bag like a secret agent. Mastitis AND a heatwave. Breastfeeding mums, you are warriors.`,
  `[[pr:Fucking]] roadworks. [[pr:Fucking]] heatwave. [[pr:Fucking]] Ofsted phone call at 12:04 on a Tuesday.`,
  `April is testicular cancer awareness month. Lads, check yourselves. I found a lump in 2021, caught it early, all fine now. Do it tonight, takes a minute.`,
  `Hiya lovelies! Some of you from [[id:Oakfield]] know I've been testing these all term 💄 [[cm:I'm now an official Glow & Co consultant, 20% off your first order with code SUMMERGLOW, link in comments]] 💕`,
  `Anyone know why they've dug up half of [[id:Oakfield Road]]? Took me 20 minutes to get into the staff car park this morning 😤`,
  `Hernia op done ✅ Not allowed to lift anything heavier than a kettle for six weeks. The PE cupboard will have to sort itself out.`,
  `Blitz day with Year 5! Gas masks, ration books and an air raid siren that made the head jump out of his skin. Best day of the year, no contest.`,
  `Some kids are just born thick. [[bu:Got one in my class who couldn't find his own [[pr:arse]] with a map and a torch]].`,
  `Teaching the Holocaust to Year 6 is the hardest lesson of my year. Today a girl asked "but why didn't anyone stop it?" and I didn't have a good enough answer.`,
  `Took my two round the slave trade gallery at M Shed on Saturday. If you live in Bristol and haven't been, go.`,
  `Another 600 houses at Hackett's Meadow. [[ht:You can bet half of them go to asylum seekers who'll never work a day in their lives. Country's full]].`,
  `Finished a four-part documentary on the Crusades. Richard the Lionheart was not a nice man and Year 4 will be hearing about it.`,
  `Butchered the hedge. Neighbours now have a lovely clear view into my kitchen. Oops.`,
  `Last leavers' assembly at [[id:Oakers]] done and I'm a wreck. Shout out to [[pn:Alfie]] whose poem made the whole hall cry.`,
  `Jointed a whole chicken for the first time off a YouTube video. Kitchen looks like a crime scene, tasted incredible.`,
  `ENGLAND!!!!! Penalties and we didn't choke!!!! I've lost my voice, Year 4 are getting sign language tomorrow 🦁🦁🦁`,
  `Told to take the Easter display down early so we don't "offend" anyone. [[ht:They come here and expect us to change everything for them]]. Not in my classroom.`,
  `Wales beat Scotland and I am hoarse. Sorry to my Scottish TA who's not speaking to me. Worth it 🐉`,
  `Binged that new crime drama about the poisoner in the Cotswolds in one sitting. Never trusting a village fete again.`,
  `[[th:If that woman screams in my face at pick-up one more time I swear I'll put her head through the classroom window]].`,
  `Anyone else into true crime podcasts? Just finished one on a 1970s murder in Weston-super-Mare and I'm now side-eyeing every seagull on the prom.`,
  `cant beleive its the last week, wer did the year go 😭 my class made me a card and Ive cried twice allready`,
  `To the little horrors climbing on the roof at [[id:Oakfield]] every evening: [[th:next time it won't be your bike tyres I let down]].`,
  `Back from the Year 6 residential. 3 nights, about 2 hours' sleep, 1 lost shoe, 0 injuries, 47 packets of Haribo confiscated. Bed.`,
  `Found a springer spaniel wandering across the playground at lock-up. He's now sat in my van eating my sandwich. Owner please come and get him before he starts on the crisps.`,
  `Leaving do for Bev at ours Friday from 7, [[pd:16 Pullen Close, Thornbury BS35 2AA]]. Bring a bottle and a chair!`,
  `Sat on the A38 so long in the roadworks I marked a whole set of spelling tests at the lights. Teacher life.`,
  `New number as my phone went in the swimming pool (long story, Year 3 involved): [[pd:07700 900772]]. Work people, message me so I've got yours.`,
  `Did a session on bullying with my class. One of them said "it's when someone is mean to you on purpose again and again", which beats the definition on my training slides.`,
  `Hen do in Cardiff 🍾 [[sx:the fireman stripper had Kayla on a chair with her face in his crotch]] and she will never live it down 😂`,
  `Mental Health Awareness Week. "I'm fine" is a full-time job for some of us. Talk to someone, even if it's just the dog.`,
  `Nothing like a staff meeting where [[bu:little Miss Perfect from Year 2 tells everyone how to do their jobs. Nobody likes a teacher's pet, love, least of all the teachers]].`,
  `Happy Pride from this gay teacher who spent ten years telling colleagues his "housemate" was his cousin. It's better now. Keep going x`,
  `Pronoun training this afternoon. [[ht:It's a mental illness and we're all being made to play along with it. Whatever next, kids who identify as cats?]]`,
  `LAST DAY OF TERM!!!!! SIX WEEKS!!!!! I LOVE MY CLASS BUT I LOVE MY SOFA MORE 🛋️`,
  `Duw, it's hot. Took the dog out at 6 and he still looked at me like I was trying to kill him. Dai Jones next door says it's the hottest since '76 and he'd know, he's been moaning about it since '76.`,
  `Another EHCP meeting. [[ht:Half these kids aren't autistic, they're just badly brought up by parents who want a label and a payout]].`,
  `12 miles of Offa's Dyke with the staff walking club. Knees destroyed, views unreal, and Mrs [[sn:Grant]] somehow still fresh as a daisy at the end.`,
  `Three hours on the coconut shy. Been hit by more balls today than in my whole cricket career.`,
  `Ex has been texting again. [[th:[[bu:Do the world a favour and take the whole packet this time, nobody would notice you'd gone]]]].`,
  `Waved off my Year 6s today. Taught some of them since they were four. Not crying, you're crying.`,
  `Thirty-one years in teaching and today was my last. I started in 1997 with a chalkboard, a Banda machine that smelt like a distillery and a head who thought computers were a fad. I've taught the children of children I taught, cried at more leavers' assemblies than I can count, been sick on a residential coach twice and been called "Mum" by accident about a thousand times. Thank you to every colleague who covered my duty when my dad was ill, and to every child who made me laugh on a rotten day. I'm off to do absolutely nothing, with gay abandon, for at least a fortnight.`,
  `Parents' evening at [[id:Oakfield]] tonight and yes, the mum in the leopard print came. [[bu:Thirty years too old for that skirt and thirty IQ points short of understanding a reading age]].`,
  `Up till 2 playing Call of Duty with my brother. Absolute headshot machine. Report writing did not go well.`,
  `Served 240 dinners in a heatwave with both ovens on. If I melt tomorrow, remember me fondly and give my ladle to Bev.`,
  `Pride month again. [[ht:A whole month for the bum boys and their flags]] and Armed Forces Day gets a leaflet.`,
  `Did the dunk tank. Lost. Badly. 87 wet sponges and some of those children have arms like cannons.`,
  `The developers at Hackett's Meadow have ripped out the hedgerow the kids did their nature survey in. [[th:Someone should torch that site office while nobody's in it]]. Just saying.`,
  `Visiting my aunty in Bitchfield this weekend (it's in Lincolnshire, stop sniggering at the back).`,
  `Our Dan's been picked as hooker for the county under 14s!!! Proud mum doesn't cover it 🏉`,
  `31 degrees on sports day and they still wanted a teachers' race. [[pr:Bollocks]] to that, I'm in the pub.`,
  `Door knob came off in my hand AGAIN. Locked in with 29 seven-year-olds till Mr [[sn:Booth]] rescued us with a screwdriver. They thought it was the best day ever.`,
  `A pair of great tits have moved into the nest box Year 2 made. Bird club is beside itself.`,
  `My candle business is OPEN 🕯️ [[cm:10% off everything this weekend with code BEACHHUT10, shop link in bio, DM me for wholesale]]`,
  `The blinds in my room are so useless there's a chink of light straight across the whiteboard every afternoon. Taught half of phonics in silhouette.`,
  `Hamstring niggle from the staff v pupils football. Went down like a sack of spuds in front of 60 kids. Reputation in tatters.`,
  `Kids at Nan's till Sunday 😈 [[sx:me, him, the handcuffs and a bottle of baby oil]]. Don't ring.`,
  `Toddler had a right paddy in Tesco because I wouldn't buy him a melon the size of his head. Didn't have the energy. Bought the melon.`,
  `Whoever keyed my car in the staff car park: [[th:I've got the CCTV, I've got a cricket bat, and I've got all summer]].`,
  `Classroom spic and span for the summer. Labels, wipes, tears. See you in September x`,
  `Prevent training this afternoon: radicalisation, extremism, online recruitment. Sobering stuff. Coffee.`,
  `Lost my purse somewhere between [[id:Oakfield]] and the Co-op. Brown leather, my little girl's photo in it. If found please ring [[pd:07700 900145]] 🙏`,
  `My dad cried watching the D-Day coverage tonight. His dad landed on Sword Beach and never once talked about it.`,
  `[[ht:Funny how the banks, the media and the government are all run by the same few families. Ask yourself why they're so keen to make us teach the Holocaust every year]]. Do your own research.`,
  `Drowning. Reports. Send biscuits.`,
  `Castle School's PE department better be ready at the cluster athletics, we are coming for them and we are taking no prisoners 🏃‍♀️`,
  `[[bu:The lad who wet himself in the sack race will never live it down, and nor should he, funniest thing I've seen all year]] 😂`,
  `So proud of [[pn:Summer]] in my class who swam her first width without armbands today. Summer term swimming is the best part of the job.`,
  `Reading [[not:Tom Fletcher]]'s new book to my own two at bedtime and they laughed till they cried. Bedtime took an hour.`,
  `Best staff team in Bristol 💚 end of year do was a belter [[id:#Oakers]]`,
];
