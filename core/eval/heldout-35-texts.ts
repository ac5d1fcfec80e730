// The thirty-fifth held-out set's texts, labelled inline as [[code:span]]; `npx tsx core/eval/heldout-source.ts
// --set 35` builds heldout-35.jsonl from them (ids h35-com-NNN, h35-per-NNN; there are no official posts). Score it with:
//   npm run -s eval:checker -- --corpus core/eval/heldout-35.jsonl
// First scored on 2026-12-06 at 4a5adc5, totals only (labels found / labels, false alarms; rules alone, then with the
// reading of meaning): threat 9/15, 2 and 14/15, 7; hate 11/16, 2 and 14/16, 4; bullying 10/16, 0 and 10/16, 1; sexual
// 4/5, 4; profanity 10/10, 6; pupil names 11/11, 1; staff names 16/16, 1. After the rules read from set 34's false
// alarms (733f605), the same but profanity 10/10, 5. Then every finding on its texts was shown by mistake, in a
// comparison of findings before and after a change; rules were written from five of its clean texts' false alarms
// (ba3aa3a: a cockerel, a breeder's bitch, Cock Road, Shitterton, "kill myself getting the buggy up"), so it is a
// read set from there on.
// Written blind, by someone who read none of the checker. Of the repository it read only: heldout-source.ts
// (header comment, the labelling rulebook, and its code: the [[code:span]] labels, the CODES table, the roster
// check and the SETS table); roster.json; the first 80 lines of core/src/checker/types.ts (category names and
// text kinds only); the header comment of heldout-32-texts.ts (the lines before the first `export`) and its
// `export const COMMENTS` and `export const PERSONAL` lines with the five lines after each, for the file's shape
// only; and the one `export type Source` line of heldout-texts.ts, found by grep. It did not read anything else
// under core/src (lexicons, categories, rules, learned models), any test, core/bench/, core/cli/, docs/, any eval
// script but heldout-source.ts, corpus or training texts, any other heldout-*-texts.ts file (heldout-34-texts.ts,
// written at the same time by another writer, included), any *.jsonl other than its own output (read only to
// count labels and clean texts), or git history. The checker, the eval scripts and the tests were not run on
// these texts; only the builder above, to validate the labels, and `npx tsc --noEmit -p core`.
// The school is the evaluation roster's (roster.json): Oakfield Primary School ("Oakfield", "Oakers"),
// Oakfield Road, Thornbury, Bristol BS35 4HJ, 0117 496 0123, office@oakfield.sch.uk.
//
// Aim: false alarms as much as misses, over ONE WINTER (November 2028 to February 2029): Bonfire Night,
// Remembrance, the nativity and a panto trip, Christmas jumper day, flu sprays, snow days, a flooded field,
// teachers' strikes, New Year, Burns Night, Chinese New Year (the Rooster, 13 February 2029), Holocaust Memorial
// Day, an inspection, nit letters, a car-park row, a new crossing and a council election. 200 texts, 3-105 words:
// 110 COMMENTS (parents, carers, neighbours, local businesses, an ex-member of staff and the public, replying on
// the school's pages; 11 are short threads, "> " at the start of each reply) and 90 PERSONAL posts (staff
// members' own accounts: class teachers, a deputy head, TAs, lunchtime supervisors, the business manager, a PE
// coach, a governor). In Geordie, Scouse, Scots and Yorkshire voices beside plain English, text speak, typos,
// ALL CAPS and emoji. 130 texts carry no harm label (70 comments, 60 personal posts) and are written to tempt a
// word list or pattern into a false alarm: hyperbole ("before I kill myself getting the double buggy up it",
// "lost the will to live", "fury of the damned"), sport and fitness (boxing club, a left hook, killer spin,
// darts arrows, clay shooting, "battered 40-0", tag rugby "tackled like they were on bonuses", "smashed 9-1"),
// films, books, games and TV (Guy Fawkes blowing up Parliament, "hanged, drawn and quartered", The Shining, Die
// Hard, The Traitors' murders, Home Alone's blowtorch, Fortnite "killing", Cluedo's lead piping, Coraline, a
// Sherlock murderer), Remembrance and the Christmas truce ("back to killing each other"), the nativity
// (Herod's "KILL EVERY BOY UNDER TWO!", an ox and an ass), medicine and bodies (a mastectomy and "check your
// boobs", a vasectomy, bowel screening, a bra fitting, a smear test, Movember's "check your balls lads"), pets
// and farming (a Jack Russell bitch, a stud dog, hens and a cock, a cockapoo, a cockerel for the Year of the
// Rooster, castrating lambs, blue tits and great tits), news condemning a racist graffiti attack and a
// homophobic assault, a Holocaust Memorial Day assembly, Prevent and safeguarding training named in full
// (radicalisation, grooming, abusers), a parent telling the school in general terms that their son is bullied
// on the bus, place names and surnames (Cock Road in Kingswood, Shitterton, Twatt in Orkney, Councillor
// Cockburn, Dr Bottomley, Mr Shufflebottom), "gay" in its old senses ("our gay apparel", "gay abandon"), dialect
// ("howay", "gannin yem", "bairns", "wee yin", "greetin'", "made up", "boss", "soft lad", "nowt", "hale clan"),
// slang ("bricking it", "knackered", "fight me", "filthy" dummy, "killed the concert. Slayed"), the
// typos "pubic holiday" and "New Tear", the school's own PTA prices, "Oakfield" in a COMMENT (an ex-member of
// staff; school identification is for personal posts only), and roster names used innocently or as words.
// The other 70 carry harm (40 comments, 30 personal posts), each in a wording invented for this set: threats
// direct and veiled (against the head, teachers, a crossing warden, another parent, children, picketers and the
// building; self-harm incitement at a commenter and at a parent), hate (anti-Muslim, antisemitic, anti-Roma and
// Traveller with and without slurs, racist, homophobic, transphobic, disability), bullying of one person (a
// pupil, parents, commenters, staff; several unnamed but identifiable), profanity, sexual content, personal data,
// commercial selling in comments and one in a personal post, and the school named in staff members' posts.
//
// Codes: pn pupil_name, sn staff_name, pd personal_data, pr profanity, sx sexual, ht hate, th threat,
// bu bullying, cm commercial, id school_identification, not = a roster full name used as ordinary words.
// No images, so no photo_consent; no official posts, so no child_specific.
//
// Labelling decisions: heldout-source.ts's header holds; beyond it:
// - Names: "Callum" (a parent's "Our Callum"), "Arlo" (Arlo Fisher), "Kai" (Kai Nguyen), "Siân" (Siân Evans),
//   "Leo" from Year 1 (Leo Kowalski), "Jayden" (a TA's group) and "Reuben" (a name tape) are given names that
//   name the child; "Kowalski" is a unique surname; "Hope Adeyemi", "Freya Nowak" in full. Staff: Mrs "Frost",
//   Mrs "Grant", Mr "Walsh" (three times), Mr "Fletcher" (twice), "Hughes" (three times, twice after Mr), Mrs "Karimi", Mrs
//   "Sandhu", "Joanne Frost", "David Hughes", "Sam Booth" and Miss "Holly" (Holly Reid, by given name as Reception
//   children say it); titles and 's outside. Not names: "The Christmasaurus by Tom Fletcher" (the author, not
//   the teacher: marked [[not:]]), the paint colour "Ivy Green" (marked [[not:]]), Aled Jones, Conan Doyle, Hugh
//   Grant and Ted Hughes (other people who share a surname), Jack Russell, Jack and the Beanstalk, "hope",
//   "May the odds", "Will any of the candidates", "the will to live", "summer born", "a marsh", "a sprig of
//   holly", "the frost", "photo booth", "mark books", and Kayleigh, Sharon, Dean, Carly, Pat, Colin, Anwar, Kevin.
// - Threat spans cover the menace; the grievance before it stays outside ("Twelve emails about the car park and
//   not one reply.", "Closed for 2cm of snow and I lose a day's pay.", "Good?? After how they treated my son?",
//   "I've got a mortgage and a poorly mum, so I crossed the line."); a name inside is nested. Veiled wordings are
//   threat: rockets going "astray over that staffroom roof on the 5th", "wants to hope I never find out which
//   road he lives on", "I know which class your kids are in. See you at pick up", "a visit from her uncles and
//   they're not the talking type", "I know your car, I know your face, and I finish at 4", "better hope our
//   paths never cross in a dark car park", "that building won't be standing by Easter", driving through a picket
//   line. Self-harm incitement at one person (a long walk off Aust cliff; "jump in the flooded field and don't
//   bother coming back up") is threat and bullying over the same span. "Before I kill myself getting the double
//   buggy up it" is hyperbole at no one and clean.
// - Hate: lead-ins that attack no group stay outside ("Two mums sat on the front row holding hands...",
//   "Chinese New Year, Diwali, Eid, Hanukkah...", "Don't vote Anwar.", "Prevent training today, delivered by a
//   woman in a headscarf.", "Saw the library's doing a drag story time at half term.", "Election leaflets through
//   the door."); "Six million?" is inside (it is the denial). The poppy post's first sentence ("so as not to
//   upset certain people") is outside, the second ("handed over to them") is hate. A slur aimed at one person
//   ("That Kowalski kid is a proper little spacker", "Mrs Sandhu should go back to Pakiland") is hate and
//   bullying over the same span, the name nested.
// - Bullying of one person unnamed but identifiable is labelled: a pupil ("Every class has one. Mine is 7..."),
//   "Pyjama Dad", "a certain colleague (iykyk)", "Our head", the sheep's mum, Kayleigh's family. "Cow" and
//   "backside" are not profanity; "twat" inside an insult is profanity nested in bullying.
// - Profanity: "bastards" (at striking teachers: a group but no protected one, so profanity only, not hate),
//   "twat", "piss" (in "couldn't organise a piss up in a brewery", the whole insult bullying), "For fuck's sake",
//   "shits" (the lice), "fucking", "arse" (nested in a sexual remark), "bollocks", "shit" and "shitshow" (two
//   spans in one post). "Bricking it", "knackered", "bitch" (a dog), "cock" (a cockerel), "balls" and "boobs" (in
//   cancer checks), "pubic" (a typo) and place names are not.
// - Sexual: the "Bored housewives ... see my profile" spam (sexual, not commercial; the trailing 🔞 outside), a
//   teacher in elf leggings ("stuff my stocking"), a supply teacher ("spank me"), a PE coach's "arse", and the
//   staff-do disabled loo with 😏🍆 inside the span. The snowman's carrot "in a VERY anatomically inaccurate
//   place" (moved) and the vasectomy are clean.
// - personal_data: two mobiles, a parent's email, a street address with its postcode
//   (one span, twice) and two children's dates of birth ("born 09.12.2023"; "summer born, 28/08/2025"; the date
//   alone). The wreath seller's address and phone are nested in the commercial span. Other dates are clean.
// - commercial: an MLM skincare code, a photographer's discount code, a wreath seller, a tyre garage's code, and
//   a TA's Scentsy sideline in a personal post; the PTA's raffle and darts-night prices and "Best £12 I've
//   spent" (the panto trip) are clean. A greeting before the sales pitch stays outside.
// - school_identification (personal posts only): "Oakfield" (three times, once nested in the Scentsy sale),
//   "Oakfield Primary", "Oakers", "Oakfield Road", "BS35 4HJ", and the hashtags "#OakfieldPTA" and
//   "#oakfieldfamily" (the # and the whole tag inside); Thornbury, Tockington, Kingswood, "the hall", "work" and
//   "my class" are not. "Oakfield" in a comment (the ex-member of staff) is clean.
// Counts (from heldout-35.jsonl): 200 texts, 110 comments and 90 personal posts; 115 carry no label at all, and
// 130 no harm label (70 comments, 60 personal posts; 15 carry names only). Labels: 16 hate (16 texts), 16
// bullying (16 texts), 15 threat (15 texts), 16 staff-name, 11 pupil-name, 10 profanity (9 texts), 9
// school-identification (9 texts), 7 personal-data (6 texts), 5 sexual, 5 commercial.
import type { Source } from './heldout-texts.js';

export const OFFICIAL: Source[] = [];

export const COMMENTS: Source[] = [
  `Anyone know if the Rotary fireworks are still on at the rugby club Saturday? Mine wants to watch the guy go up on the bonfire 🔥 little pyromaniac`,
  `My two spent all of tea explaining how Guy Fawkes tried to blow up Parliament and got hanged, drawn and quartered. In detail. While I was dishing up spag bol. Thank you Year 4 😂`,
  `Twelve emails about the car park and not one reply. [[th:Be a real shame if a few rockets went astray over that staffroom roof on the 5th]] 🎆`,
  `Sparklers, gloves, bucket of water by the back door. Dog's on calming tablets from the vet, poor lad shakes like a leaf at every bang`,
  `Any tips for a nervous cockapoo on firework night? Ours tried to dig through the kitchen lino last year and ate a tea towel
> Thundershirt! Saved our sanity
> Telly on loud and a Kong full of peanut butter x`,
  `Our [[pn:Callum]] came home saying he's going to "detonate" his little brother. New word from the Gunpowder Plot topic apparently. Cheers for that 🙃`,
  `Beautiful. My great grandad was at the Somme, shot through the shoulder and back in the trenches a fortnight later. Thank you for teaching them this 🌺`,
  `The two minutes silence with the whole school out on the playground gave me goosebumps. Not a sound, even from Reception. And [[pn:Hope Adeyemi]] playing the Last Post on her cornet 😭👏`,
  `Poppies are banned in some schools now so as not to upset certain people. [[ht:Our grandads didn't die so this country could be handed over to them]]`,
  `Mrs [[sn:Frost]]'s class reading out the names off the war memorial was so moving. 14 lads from this town killed in one year. Imagine that.`,
  `Took mine to the Remembrance parade and he asked why the soldiers had guns in church. Had to whisper "they're for saluting, not for shooting the vicar" 😂 the lady in front did NOT laugh`,
  `Herod was TERRIFYING 😱 my youngest asked if he really killed all the babies and I panicked, said "it's in the Bible" and offered her a biscuit
> 😂😂 mine asked why God didn't stop him. Good luck with that one at bedtime`,
  `Front row for the infant nativity: an ox, an ass, a very wobbly angel and a shepherd picking his nose through the whole of Away in a Manger. 10/10 would cry again`,
  `[[pn:Arlo]] as the innkeeper bellowing "NO ROOM!!" had the whole hall in bits 😂 well done [[pn:Arlo]]!`,
  `[[bu:Whoever cast [[pn:Freya Nowak]] as Mary needs their ears testing. That girl can't hold a note and stood there like a sack of spuds]] 🙄`,
  `"Don we now our gay apparel" has never been truer, Year 2's Christmas jumpers were spectacular 🎄✨ one had actual working fairy lights`,
  `Is Christmas jumper day £1 or £2? Mrs [[sn:Grant]]'s letter says one and the Parentmail says the other 🤷‍♀️
> It's whatever you can afford hun, it all goes to Save the Children`,
  `Panto trip was a riot. Widow Twankey pelted the teachers with sweets and Mr [[sn:Walsh]] got absolutely covered in gunge. Best £12 I've spent all year`,
  `Is it Dick Whittington at the Hippodrome this year or Jack and the Beanstalk? Need to know whether to bring earplugs 😂
> Dick Whittington. The cat steals the show every year`,
  `He's behind you!! 👻 my daughter has screamed it at every door in the house since Thursday. Every. Door.`,
  `[[sx:Mr [[sn:Walsh]] in those tight elf leggings 🥵 he can stuff my stocking any day of the week]]`,
  `KS2 choir doing Walking in the Air and I was a mess. Aled Jones who?? 😭`,
  `Two mums sat on the front row holding hands through the whole nativity. [[ht:It's a Christian story, not a Pride parade. Keep that stuff away from our kids]]`,
  `Herod bellowing "KILL EVERY BOY UNDER TWO!" got a round of applause from the dads at the back, which says a lot about the dads at the back`,
  `Flu spray day tomorrow for anyone as disorganised as me. Up the nose, no needle, so the meltdown I'm expecting at bedtime is purely theatrical`,
  `Does the nasal flu vaccine have live virus in it? My husband's having chemo at the minute so just checking before our daughter has it x
> It does, it's a weakened live one. Ring the school nurse team, they'll tell you what to do. Hope he's doing ok xx`,
  `My son missed his flu spray because he was off with a temperature, please can the nurse ring me on [[pd:07700 900417]] to rebook? Thanks`,
  `Nit letter again 🤢 I've combed her that hard she's practically bald. Conditioner, nit comb, every night, no mercy`,
  `[[bu:We all know whose kids it'll be. Maybe if Kayleigh washed that tribe of hers more than once a month we wouldn't keep getting these letters]]`,
  `Tea tree oil in the detangler spray. They hate it. The lice I mean, not the kids. Well, the kids hate it too`,
  `[[ht:Funny how we never had nits in this town till the Romanians moved onto the estate]]`,
  `SNOW DAY!!!! ❄️❄️❄️ THEY ARE ALREADY FERAL AND IT'S 7.40. SEND HELP. OR WINE. MAINLY WINE`,
  `Can someone check Castle Street hill before I kill myself getting the double buggy up it
> Gritter's been up since 6, it's fine past the chippy`,
  `Howay man, a few flakes and the whole south shuts doon 😂 we'd be oot in wor shorts back yem. Stay safe pet x`,
  `Closed for 2cm of snow and I lose a day's pay. [[th:[[sn:Hughes]] wants to hope I never find out which road he lives on]]`,
  `Snowball fight on the field and my lad got one full in the face off Mr [[sn:Fletcher]]. Says it's the best day of his entire life`,
  `Wee snowman ootside the office has a carrot nose and two conkers for eyes. Pure braw. Whoever built him, he's a belter`,
  `Field under a foot of water again 🌊 that drain's been knackered since my eldest was there and she's 19`,
  `Ducks on the football pitch this morning, three mallards and a very confused heron. Pitch is basically a marsh. Kids have named them all`,
  `Fully behind the teachers striking. Underpaid, overworked, and abused by parents online (see this comment section). My sister teaches in Swindon and she's in till 7 most nights then marking at the kitchen table till 10. Nobody goes into it for the money. Good on you all, stand your ground.`,
  `Strike day number 3. Greedy [[pr:bastards]] want to try a 12 hour shift at the Amazon warehouse`,
  `[[th:If there's a picket line across that gate Tuesday I'm driving straight through it]]`,
  `Solidarity from the nurses at Southmead ✊ we know the feeling all too well`,
  `To the mum in the white Evoque who clipped my door and drove off laughing: [[th:I've got your reg and I know which class your kids are in. See you at pick up]] 😘`,
  `The car park at 3:15 is the Hunger Games. Someone's going to get flattened. Please can we have a one-way system
> May the odds be ever in your favour 😂
> Honestly one way in by the hall and out by Castle Street would sort it`,
  `[[bu:Sharon you absolute [[pr:twat]], you parked across three spaces AND the disabled bay. Learn to drive or get the bus]]`,
  `New crossing on Gloucester Road is brilliant. Lollipop lady Pat is a legend, she stopped a cement lorry with one look`,
  `[[th:Next kid who scratches my car with their scooter gets the scooter wrapped round their head]]. Parents, have a word.`,
  `Zebra or pelican? Asking for my 6 year old who insists it's a "puffin crossing" and I've lost the will to live arguing
> It IS a puffin crossing 😂 he's right
> Kids 1 Mum 0`,
  `Ofsted in! Good luck everyone, you've got this. Mr [[sn:Hughes]] looked calm as anything on the gate, fair play. Hide the laminator 😂`,
  `Good?? After how they treated my son? [[th:Carry on like this and that building won't be standing by Easter]]`,
  `Anyone else do the Ofsted parent survey? Took me 2 minutes. Said the teachers are amazing and the car park is a war zone. Both true.
> Same. Also put that the reading scheme has been brilliant for my youngest, she went from hating books to reading under the covers with a torch
> I said communication could be better, we got the nit letter AFTER we'd found them 🙃 but the staff are lovely, the office ladies especially, they've been so kind to us this year with everything going on at home
> That's what it's for, good and bad. Fingers crossed for them, they work so hard`,
  `[[bu:[[sn:Joanne Frost]] couldn't organise a [[pr:piss]] up in a brewery]], no wonder they're all bricking it about Ofsted`,
  `Haggis, neeps an' tatties at the Burns lunch and ma wee yin actually ATE it! Ye'll no get that at hame hen 😂`,
  `"Fair fa' your honest, sonsie face" recited by 30 eight year olds in Bristol accents is the best thing I've heard all year`,
  `Year of the Rooster! Our cockerel Colin has been crowing at 4am all week so he's clearly got the memo 🐓`,
  `Chinese New Year, Diwali, Eid, Hanukkah... [[ht:this country's turning into a foreign zoo and the school's helping it along]]`,
  `Dragon dance in the hall! [[pn:Kai]] was the head and my lad was the back legs. He says it stank under there. Still his best day ever 🐉`,
  `Will any of the candidates actually come and stand at that crossing at 8:40? Whoever wins Thursday, fund the crossing patrol and sort the flooding or you're not getting my vote.`,
  `Don't vote Anwar. [[ht:Muslims only ever vote for their own and next thing it's sharia on the high street]]`,
  `Canvasser knocked at tea time, Councillor Cockburn I think? Couldn't tell me a single thing about the crossing. Lost my vote.`,
  `Boxing club at the leisure centre is brilliant for kids with a bit of a temper. Mine punches the bag now instead of his sister 🥊`,
  `Darts night at the Royal Oak Friday for the PTA, £5 a team, bring your own arrows 🎯`,
  `The 6am spin class nearly killed me but at least I'm awake for drop off`,
  `Mr [[sn:Walsh]]'s tag rugby lot got battered 40-0 by St Mary's and came off grinning from ear to ear. Character building!`,
  `My husband runs the junior clay shooting at Tockington if any Year 6s fancy trying it. All very safe, ear defenders and a qualified instructor on every peg`,
  `Anyone else binge the new Sherlock thing on iPlayer? Conan Doyle would be spinning in his grave. Still stayed up till 2 to find out who the murderer was.`,
  `Year 6 reading Coraline and now my daughter thinks buttons for eyes is a fate worse than death. Won't let me sew her coat.`,
  `Christmas Day Cluedo result: Nan, in the conservatory, with the lead piping. She's been unbearable since.`,
  `Did anyone see the news from Yate, that family having racist graffiti sprayed on their front door? Sickening. Hope the kids are okay and whoever did it gets caught.`,
  `Not going into detail on here but my son's been having a really hard time with some boys on the bus home. Emailed the office last week. Please can someone get back to me.
> Sorry to hear that. Ring and ask for the DSL, they're really good`,
  `Avoid Cock Road in Kingswood, burst water main, been sat here 40 mins. Might miss the nativity at this rate 😩`,
  `Spent Christmas at the in-laws in Shitterton (yes really, it's in Dorset, they put the name on a big rock because people kept nicking the sign)`,
  `Dr Bottomley at the surgery is doing Saturday flu clinics for under 5s if anyone missed the school one`,
  `Made up for yous all, the choir was boss. Our kid was roarin' his eyes out la, soft lad`,
  `Nowt wrong wi' a bit o' snow. When I were a lad we walked to school in it. Uphill. Both ways. 😂`,
  `Is Monday a pubic holiday? *public. PUBLIC. Leaving this up as a warning to others 🙈`,
  `Lambing starts next week at ours so if any classes want a visit in February give us a shout. Castrating's all done by then so no traumatised children 😂🐑`,
  `Our Jack Russell bitch had 5 pups on Boxing Day, the kids are beside themselves. Not selling before anyone asks, all going to family 🐶`,
  `🎄🎅🏼🦌❄️😭😭😭 the Reception nativity`,
  `The teachers must be knackered. Three performances, a fair and a disco in one week, and Miss [[sn:Holly]] did the whole Reception nativity with laryngitis. Get your feet up this weekend 🍷`,
  `Reading The Christmasaurus by [[not:Tom Fletcher]] at bedtime thanks to the reading newsletter. Both kids hooked.`,
  `Holocaust Memorial Day assembly clearly hit home. My daughter asked why nobody stopped it. Hard conversation over tea but I'm glad she's asking`,
  `[[ht:Six million? Ask who owns the banks and the papers and you'll see why nobody's allowed to question that number]]`,
  `Oh look, Dean's back in the comments after four pints. [[bu:Nobody likes you mate, even your ex moved to Wales to get away from you]]`,
  `[[bu:Mrs [[sn:Karimi]] has a face like a slapped haddock and the warmth to match]], my daughter's terrified of her`,
  `Why is it always my daughter who gets sent home with nits, I'm sick of it
> Have you tried the Hedrin stuff? Worked for us
> Honestly Carly, [[th:[[bu:do us all a favour and take a long walk off Aust cliff]]]]`,
  `[[ht:Why are we paying for one-to-ones for the special needs kids? Stick them all in one room and let the normal ones get on with learning]]`,
  `Surprised nobody's mentioned the shepherd rolling round on the floor screaming through the whole nativity. [[ht:[[bu:That [[pn:Kowalski]] kid is a proper little spacker and everyone knows it]]]]`,
  `[[cm:Hun! 💕 Stressed about Christmas pressies? My Glow & Co skincare sets are 20% off this week with code JINGLE20, DM me for the link 🎁]]`,
  `Congratulations to all the nativity stars! 🌟 [[cm:Book your family Christmas portrait with us this month and get 15% off with code NATIVITY15, link in bio]] 📸`,
  `[[cm:Christmas wreaths made to order, £25, collection from [[pd:7 Alder Close, Thornbury BS35 2QE]] or I'll drop off locally, text [[pd:07700 900933]]]] 🎄`,
  `[[cm:Thornbury Tyre & Exhaust: winter tyres fitted from £59, 10% off for school families this week, just quote SNOW10]] ❄️🚗`,
  `PTA Christmas raffle tickets £1 a strip, first prize is a hamper from the farm shop. From the office or the PTA stall at pick up 🎟️`,
  `Where do I get spare uniform from? He's been sick down two jumpers this week 🤢`,
  `[[sx:Bored housewives in Thornbury looking to meet tonight 💋 no strings, totally discreet, see my profile]] 🔞`,
  `[[sx:That new supply teacher 😍 he can put me on the naughty step and spank me any time]]`,
  `Inset day AGAIN? [[pr:For fuck's sake]], I've used every day of my annual leave on this school`,
  `Nit letter number four 😭 these little [[pr:shits]] are immortal`,
  `Mr [[sn:Fletcher]] shouted at my daughter in front of the whole class. [[th:He'll be getting a visit from her uncles and they're not the talking type]]`,
  `[[th:If that Year 6 lad lays a finger on my son again I'll be waiting at the gate and I won't care how old he is]]`,
  `That crossing warden stopped me in front of half the school AGAIN. [[th:Do it once more and she's going under my wheels, lollipop and all]]`,
  `[[ht:Pikeys are back on the flooded field by the bypass. Lock your sheds and count the kids' bikes]] 🙄`,
  `Saw the library's doing a drag story time at half term. [[ht:Blokes in frocks reading to toddlers. Trannies and groomers the lot of them]]`,
  `[[ht:[[bu:Mrs [[sn:Sandhu]] should go back to Pakiland if she doesn't like how we parent]]]]`,
  `Retired from Oakfield six years ago and still miss it every Christmas. Give my love to everyone in the kitchen, best roast potatoes in Gloucestershire 💕`,
  `Neighbour here 👋 heard the carols from the playground right up in our garden, lovely. Less lovely: the car doors at 8:45, but we'll live.`,
  `Dads' five-a-side Movember raised £430 for prostate and testicular cancer 🥸 Check your balls lads, takes 30 seconds in the shower`,
  `Lost: navy Next coat age 7-8, name tape says [[pn:Reuben]]. If found please email [[pd:kellyreynolds84@gmail.com]] thank you!`,
  `My youngest is summer born, [[pd:28/08/2025]], so does she start Reception in September 2029 or can we defer? Getting conflicting answers`,
];

export const PERSONAL: Source[] = [
  `Bonfire night at the in-laws. Father-in-law tried to light the Catherine wheel with a blowtorch. Nobody died. Low bar, cleared. 🎆`,
  `30 Year 4s, one Guy Fawkes made of newspaper and a LOT of questions about whether he felt it. Gunpowder Plot week at [[id:Oakfield]] done 💥`,
  `Read the names on the village memorial with my class today. One of them was 16. I had to stop for a second before I could read the next one.`,
  `Deputy head life: 7am, gritting the playground myself because the contractor's van is stuck on the A38. Glamour.`,
  `Prevent refresher this afternoon. Radicalisation, online grooming, extremist content on gaming platforms and group chats, how to spot a child being drawn in and who to tell. Heavy going after a full day of teaching, but I'd rather know than not know. Certificate printed and filed.`,
  `Level 3 safeguarding done for another two years. If you work with kids and you ever think "it would never happen here", that's exactly the thinking abusers rely on. Report it. Every time.`,
  `One year since my mastectomy today. Back at work, back at netball, back to moaning about the photocopier. Check your boobs, ladies, it saved my life 💗`,
  `Husband's booked his vasectomy for the Christmas holidays "so he can rest". Rest. Over Christmas. With three kids and my mother. Good luck pal ✂️`,
  `Turned 50, got the bowel screening kit through the post. Nothing says happy birthday like posting your poo to a lab in Gateshead 🎂💩`,
  `Finally had a proper bra fitting in the M&S sale. Turns out I've been two cup sizes out for a decade. Life changing, ladies.`,
  `Lunchtime supervisor by day, killer spin instructor by night. Tuesday 7pm is full of mums who will absolutely destroy you 🚴‍♀️🔥`,
  `Kids' boxing session at the club tonight: footwork, pad work, and one 8 year old who threw a left hook so clean I nearly cried. No sparring till they're older before anyone asks 🥊`,
  `Won the pub darts league on double 16. Ninety seconds of glory, forty minutes of my husband telling everyone in the Swan about it 🎯`,
  `Clay shoot on Boxing Day with my dad, 19 out of 25. He got 22 and hasn't shut up about it since.`,
  `Watched The Shining for the first time over Christmas. Now I can't walk down the KS1 corridor without expecting twins at the end of it 👧👧`,
  `Die Hard IS a Christmas film and I will die on this hill. Love Actually is not, and Hugh Grant dancing down the stairs doesn't change that.`,
  `Nativity rehearsal: Herod (age 6) refused to say "kill all the babies" because "it's mean", so now he says "send all the babies to bed". Honestly an improvement.`,
  `Whoever's doing the murdering on The Traitors this series, I salute you. Staffroom divided. I'm a Faithful, obviously. Which is exactly what a Traitor would say 🗡️`,
  `Christmas jumper day and I wore the one with flashing baubles and a sprig of holly on the front. Forgot to switch it off for the fire drill. Very visible. Very safe.`,
  `[[bu:Every class has one. Mine is 7, never stops talking, smells of cheese and onion and is the most irritating child I have ever met]]. Roll on Christmas 🙃`,
  `[[bu:Pyjama Dad was back at the gate at 3:15, stinking like a brewery and bellowing at his poor kid]]. Never a dull day at [[id:Oakers]] 🍺`,
  `SNOW DAY. Text from Mr [[sn:Hughes]] came at 6:12. Back to bed like a teenager. Nobody wake me unless it's for bacon.`,
  `Built a snowman with the kids and my youngest put the carrot in a VERY anatomically inaccurate place. I've moved it. It's a nose now ⛄`,
  `Our field is currently a lake with a goose on it. PE is "indoor" until further notice, which means 30 kids in a hall playing dodgeball with the fury of the damned.`,
  `Flood update: the back field at [[id:Oakfield Primary]] is officially a pond. Can we call it a wildlife area for the inspection? 🦆`,
  `On the picket line at 7.30. Freezing, but the bacon rolls from the café over the road were a gift from God. We're doing this for the kids too.`,
  `I've got a mortgage and a poorly mum, so I crossed the line. [[th:Next person who calls me a scab to my face gets my fist in their mouth]].`,
  `New Year's resolutions: drink more water, mark books on the day, stop saying "right then" forty times a lesson. Two of these will be dead by Friday.`,
  `Addressed the haggis at the staff Burns supper. Stabbed it with rather more enthusiasm than was strictly necessary. Slàinte 🥃`,
  `Chinese New Year crafts with Reception: 30 paper roosters, 2 glue sticks, 1 tearful TA (me). Kung hei fat choi! 🐓🧧`,
  `The call came. Two days of inspection from tomorrow. If you need me I'll be laminating things that don't need laminating and eating biscuits in the stock cupboard.`,
  `Inspection done. [[id:Oakfield]] stays Good 🎉 I'm going to the pub and I'm not coming out until I've forgotten what a [[pr:fucking]] deep dive is 🍻`,
  `Found a nit on my OWN head. Twenty years in schools and it finally happened. And no, they do not prefer dirty hair, I washed it this morning thank you.`,
  `[[bu:A certain colleague (iykyk) is the laziest, most two-faced cow I've ever worked with, and that cardigan has been on her back since 2019]] 🙄`,
  `Prevent training today, delivered by a woman in a headscarf. [[ht:Like getting a fire safety talk from an arsonist]] 🤷‍♂️`,
  `[[ht:Why mainstream schools have to take the ones who can't even talk is beyond me. Special schools exist for a reason, stop dumping them on us]]`,
  `Governors' meeting about the new RSE scheme. [[ht:Teaching nine year olds that two blokes together is normal. It isn't and it never will be]]`,
  `To the dad who gobbed off at me on the touchline at Saturday's tournament: [[th:I know your car, I know your face, and I finish at 4]].`,
  `[[sx:New PE coach at work has an [[pr:arse]] you could bounce a 2p off and I'd happily be the 2p]] 😳`,
  `Happy 5th birthday to my beautiful boy, born [[pd:09.12.2023]] at 4:12am at Southmead and hasn't slept since 🎂💙`,
  `Staff netball lot, the bibs are at mine, [[pd:22 Rowan Way, Thornbury BS35 1TP]]. Grab them before Thursday or they're going in the wash with the dog's towels`,
  `Our bitch is in season so no walks on the common for a fortnight. She is NOT happy, and neither is the stud dog down the lane by the sound of the howling`,
  `Weekend job: castrating and tailing 40 lambs with my dad. Monday job: explaining to my class why I've got a plaster on every finger 🐑`,
  `Bought the kids four hens and a cock for Christmas. The cock crows at 4am. Merry Christmas to me 🐓`,
  `Big Garden Birdwatch with the class: 6 blue tits, 2 great tits, a robin and a pheasant that looked lost. Pheasant won the vote for class mascot.`,
  `Gannin yem for Christmas, canny excited to see me nana. Been a hard term like, but the bairns in my class are pure gold 💛`,
  `Our kid's nativity up in Liverpool was boss, he was the shepherd who fell off the stage. Proper made up for him la 😂`,
  `Staff Christmas do. Ate that much I could burst. Nowt better than a pint of Landlord and a walk home in the frost.`,
  `Burns Night at ma mammy's, the hale clan squashed roon the table. Wee cousin recited To a Mouse and was greetin' halfway through. Braw.`,
  `Year 6 mock SATs results in and I have one word and it's [[pr:bollocks]]`,
  `Wishing everyone a happy, peaceful Christmas and a prosperous New Tear 🎉 *Year. Though after this term maybe Tear was right.`,
  `omg cnt believe its nearly xmas hols. 3 more sleeps n then its pjs n quality st for 2 wks 🎄😴`,
  `THE BOILER IS BROKEN AGAIN. IT IS 11 DEGREES IN MY CLASSROOM. I AM TEACHING FRACTIONS IN A BOBBLE HAT.`,
  `So proud of [[pn:Siân]] reading her poem at the Remembrance assembly. Not a dry eye in the hall. What a young lady.`,
  `Retirement do for [[sn:Sam Booth]], thirty years keeping our boilers going and our drains clear. Absolute legend. The photo booth got some shocking pictures 📸`,
  `[[th:One more of those Year 5 lads gobbing at me on the yard and I'm dragging him round the back of the bins where the cameras don't reach]]`,
  `[[bu:Our head couldn't find his own backside with a map and a torch]], and he's paid twice what I am. Cheers for that.`,
  `Deputy head job description: 40 minutes in the car park being shouted at about a parking bay that doesn't exist. Then [[pn:Leo]] from Year 1 gave me a drawing of me as a dinosaur. Balance.`,
  `[[ht:Gyppo kids started this week. Count the cutlery after lunch]] 🙄`,
  `Election leaflets through the door. [[ht:Five candidates and three of them can't speak proper English. Send them back, not our votes]]`,
  `To the anonymous parent who reported me to the head for my "attitude": [[th:[[bu:go and jump in the flooded field and don't bother coming back up]]]]`,
  `[[cm:Sideline alert! 💫 I've joined Scentsy and the Christmas bundles are £35, order through my link before the 12th and I'll bring them into [[id:Oakfield]] for staff]]`,
  `Smear test done. Nurse had hands like ice. Book yours, five minutes of awkward is nothing.`,
  `Tag rugby festival: my Year 5s tackled like they were on bonuses. One lad sold a dummy so filthy the ref applauded.`,
  `Year 3 absolutely killed the Christmas concert. Slayed. Destroyed. Obliterated. I have run out of violent words for how good they were.`,
  `Rewatched Home Alone. As an adult, those burglars should be dead ten times over. Paint can to the face. Blowtorch to the head. Kevin is a menace.`,
  `My son has been "killing" me on Fortnite all holiday. I have died about 400 times. I am a shell of a woman.`,
  `Took my Year 6s through the Christmas truce today. Letters home from the trenches, the football, the carols across no man's land. Men who'd been shooting at each other on the 24th were swapping cigarettes and buttons on the 25th, and by the 26th they were back to killing each other. One boy asked "so why didn't they just stop?" and I honestly didn't have an answer. Thirty ten year olds, completely silent. Some days this job is exactly what you hoped it would be.`,
  `Watched the news about the homophobic attack in town. Two lads beaten up for holding hands. Horrific. Thinking of them and hoping the sentences are proper ones.`,
  `Our new governor is a Mr Shufflebottom. I have to introduce him at Thursday's meeting without laughing. Pray for me.`,
  `Gay abandon on the dance floor at the staff do. I've seen things I can't unsee. Mainly the deputy doing the worm.`,
  `Christmas dinner for 120 kids served in 50 minutes. Turkey, roasties, sprouts that nobody ate. Dinner ladies, I salute you 🫡`,
  `Car wouldn't start in the frost, missed the bus, stepped in dog [[pr:shit]] at the gate. 8:42am. What a [[pr:shitshow]].`,
  `The mum who emailed the head because her son was a sheep and not Joseph: [[bu:love, he's a sheep because he's got the personality of one, and so have you]]`,
  `Christmas fair raised £2,300 for the new library 👏 so proud of this community [[id:#OakfieldPTA]]`,
  `Snow chains? Didn't need them till the last bit of the hill up to [[id:BS35 4HJ]] 😂`,
  `New zebra crossing outside work on [[id:Oakfield Road]] finally open. Only took three years, two petitions and a near miss.`,
  `Another week, another nit letter. Love my job, love my kids. [[id:#oakfieldfamily]] 🐜`,
  `lads 5 a side tonite, got absolutely smashed 9-1. knees r finished 🤕⚽`,
  `Dad's side are all from Orkney, near a village called Twatt. Yes, really. The Christmas cards from there are the kids' favourite thing every year.`,
  `Year 3 started The Iron Man by Ted Hughes today. "The Iron Man came to the top of the cliff" and 28 kids went completely silent. Best opening line in children's books, fight me.`,
  `Caught the sickness bug off Year 1. Saw in the New Year hugging the toilet. Happy 2029 everyone.`,
  `Made a killer chilli for the staff pot luck. Two Year 6 teachers had to go outside for air 🌶️`,
  `Reading the Gunpowder Plot story with Year 2 and one asked why Guy Fawkes wanted to blow up the King. Another said "because he didn't get invited to the party". Can't argue.`,
  `Governor visit today. Walked the new crossing with the Year 6 road safety team. They grilled the council officer harder than any interview panel I've sat on.`,
  `Business manager life: ordered 4,000 sheets of sugar paper, a boiler part, 12 nit combs and 10 litres of [[not:Ivy Green]] for the library wall because the head "liked the swatch". Finance committee will love me.`,
  `[[bu:[[pn:Jayden]] in my group has the attention span of a goldfish and the manners of a pig]]. Six weeks till half term.`,
  `Got my notice today after 11 years. [[th:[[sn:David Hughes]] better hope our paths never cross in a dark car park]]`,
  `Polling station in the hall means no school for the kids and a day sat at a trestle table with a rubber stamp for me. Democracy!`,
  `What happens at the staff do stays at the staff do. [[sx:Especially what went on in the disabled loo with the Year 4 teacher 😏🍆]]`,
];
