// The twenty-eighth held-out set's texts, labelled inline as [[code:span]]; `npx tsx core/eval/heldout-source.ts
// --set 28` builds heldout-28.jsonl from them (ids h28-off-NNN, h28-com-NNN, h28-per-NNN). Score it with:
//   npm run -s eval:checker -- --corpus core/eval/heldout-28.jsonl
// First scored on 2026-12-05, at commit 3d031ce, as totals only: none of its misses or false alarms has been read.
// Written blind, by someone who read none of the checker. Of the repository it read only: heldout-source.ts
// (header and build code); roster.json; the first 80 lines of core/src/checker/types.ts (category names, text
// kinds and shared types, no rules); the header comments (the lines before the first `export`) of
// heldout-26-texts.ts and heldout-27-texts.ts; heldout-27-texts.ts's first `export` line and the lines after
// it (a loose range showed its first thirteen official texts, more than the three asked for; only the shape
// was copied); and the one `export type Source` line of heldout-texts.ts, found by grep. It did not read
// anything else under core/src (lexicons, categories, rules, learned models), any test, core/bench/,
// core/cli/, docs/, the eval scripts, corpus or training texts, any *.jsonl other than its own output (read
// only to count clean texts per kind), the bodies of the other heldout-*-texts.ts files, or git history. The
// checker and the eval script were not run on these texts; only the builder above, to validate the labels,
// and `npx tsc --noEmit -p core`.
// The school is the evaluation roster's (roster.json): Oakfield Primary School ("Oakfield", "Oakers"),
// Oakfield Road, Thornbury, Bristol BS35 4HJ, 0117 496 0123, office@oakfield.sch.uk.
//
// Aim: ONE SUMMER TERM (April to July 2027) at the school, mixed lengths (5-140 words), weighted to what is
// hardest to catch: threats (veiled and implied, in ordinary words, against staff, pupils, a parent, cars and
// the building; self-harm incitement; threats quoted in school notices and buried in long posts, threads and
// chat exports), hate (coded, sarcastic, "just asking" and set-up-then-sneer wordings, stereotypes and dog
// whistles beside a few plain or disguised slurs: race, religion, nationality, Roma and Travellers,
// sexuality, gender identity, disability, sex) and bullying of one person (a pupil, a teacher, a parent,
// mostly without swear words). The school's own posts: the return, SATs week and its breakfast club, sports
// day and its results, the PTA summer fair (prices) and its total, the Year 6 residential on Gower, leavers'
// assembly and awards, transition days, Year 4 swimming, an RNLI water-safety talk, a heatwave and sun-cream
// notice, Bike Safety Week, a Year 3 trip to the SS Great Britain, new staff for September, end-of-year
// reports, a parking road-safety notice, an abuse-of-staff notice and other notices quoting threats and
// hate (vandalism, an online group chat, sports-day abuse, an anonymous letter, a Facebook group, a prayer
// room letter), scarlet fever, Pride Month, Refugee Week, Eid al-Adha, Windrush Day, Gypsy Roma Traveller
// History Month, Deaf Awareness Week, the multiplication check, half term, a fire drill, lost property,
// child-specific health, behaviour and family notices, and images tagging pupils. Comments: parents',
// grandparents', strangers' and trolls' (ten pasted as threads, "> " at the start of each reply, the harm
// one reply among several). Personal posts: staff members', parents', grandparents' and teenagers' own posts
// and three pasted chat exports (a teenagers' chat, a Year 3 mums' chat and a staff night-out chat).
// 190 texts: 52 official posts (27 clean), 83 comments (30 clean) and 55 personal posts (18 clean); 75
// texts (39%) are clean. Labels: 42 pupil-name, 42 staff-name, 33 bullying, 31 hate, 30 threat, 8
// school-identification, 7 personal-data, 5 child-specific, 5 commercial, 4 profanity, 3 sexual, and 2
// photo-consent (images tagging Noah Patel and Yusuf Jenkins without consent; three other images tag only
// consented pupils, two of them under texts that name nobody and are clean). Most clean texts are traps:
// violent words in sport, history, safety talks and stories ("smash it", "destroyed the staff in the tug
// of war", "murdered Ash in the relay", "battered by a man in flip-flops", cold water shock "can kill in
// minutes", cholera that "killed so many passengers", the Porajmos, Ibrahim's sacrifice, a Viking diary,
// "kill me now", "losing the will to live", a child "being killed" in the parking notice, "Someone is going
// to get hurt" is id-labelled only); the school's own phone and email; PTA prices; Scunthorpe, Penistone,
// Essex, cocktail, assess; roster names as words (Will, May, Hope, Mark, summer, grace, rose gold, ivy, a
// photo booth, a grant, a marsh, Willow class and team, an "ivy green" fence marked [[not:]]); inclusive
// posts naming groups; sincere questions (epilepsy on the residential, a heart condition in the sun, a
// boy who says he "wants to kill himself", a disclosure with no incitement).
//
// Codes: pn pupil_name, sn staff_name, pd personal_data, pr profanity, sx sexual, ht hate, th threat,
// bu bullying, cm commercial, id school_identification, cs child_specific, not = a roster full name used
// as ordinary words. photo_consent is never written: the builder adds it over the whole text when an
// image tags a pupil whose photoConsent is false. Images are attached to official posts only.
//
// Labelling decisions: heldout-source.ts's header and the set 26 and 27 headers hold; beyond them:
// - Threats quoted in notices are threat over the quoted words, with a name inside nested ("HUGHES YOUR
//   NEXT"); "nobody will miss you when you're gone so why not go tonight" sent to one child is threat and
//   bullying; "close that prayer room or we'll close it for you" is threat and hate over the same span.
// - Implied threats are one span over the menace, the grievance before it outside: "I'd get that CCTV fixed
//   ... Six weeks is a long time for an empty building", "She lives out Alveston way doesn't she ... Be a
//   shame", "I know where he drinks on a Friday ... I'll be waiting for him", a car "on four flat tyres, and
//   next time it'll be more than the tyres", a parent's "face to face, one way or another", "Thornbury is a
//   very small town" after a reg and a face, a staff member's joking "I'd rather feed her through the
//   laminator" (threat, set 27's staff jokes). A trailing 😂 or 😏 stays outside; a teen's 👊 is inside.
// - Self-harm incitement at one person ("kys", "not wake up tomorrow", "railway line", "drown urself",
//   "hope she chokes") is threat and bullying over the same span; "nobody at castle wants u either" beside it
//   is bullying on its own span.
// - Hate: lead-ins that attack no group stay outside ("Refugee Week again.", "Half of Year 3 off for Eid.",
//   "Lovely.", "Just asking:", "Genuine question,"); "p4ki" and "f4ggot month" are hate on the word or
//   phrase; "Two dads on the leavers' slideshow. Poor kid ..." and "Lovely accent, shame nobody will
//   understand a word she says" (of one new teacher) are hate and bullying over the same span.
// - Bullying: "Ask Tina," and "Shame about Jackie's cakes," stay outside; a title starts a span that begins
//   with it, the surname nested; a slur-free insult of one unnamed child by a teacher ("One of mine ...") and
//   of one unnamed parent or office worker is bullying. "face like a slapped arse" has "arse" nested as
//   profanity.
// - Names: "Yusuf" in the Year 1 sunflower post is Yusuf Jenkins; "Oscar" (Year 5) is Oscar Lewis; "Lottie"
//   in Reception is Lottie Tran; "Rohan" on the Year 6 bikes is Rohan Chowdhury; "lucas h", "ella d", "Anya S"
//   are given name and initial; "the Nowak girl", "the Clarke boy" are unique surnames; "F r e y a" and
//   "D 0 y l e" are disguised; "Sian Evans" drops the accent. Staff chat senders "Gemma T", "Kieran" and
//   "Paul C" are labelled at every message, "Joanne" is Joanne Frost; Mrs Oduya, Mr Mahmood and Mrs Bryant
//   (shared surnames after a title) are labelled. Not names: Kayla, Jaz, Lou, Becca, Mel, Tina, Jackie, Gary,
//   PC Jenna Lowe, Clement Brown, Bean, @jaxon_b7, the Goldberg Trust.
// - personal_data: the residential centre's phone, a parent's mobile (twice, one nested in commercial), an
//   email, a home address with postcode and a child's birth date; the school's own phone and email are clean.
// - child_specific: Alfie's sprained ankle and collection, Zara's asthma admission, the excluded Year 5 boy,
//   Oscar's collection arrangement and Lottie's diabetes, each over the clause, names nested.
// - school_identification (personal posts only): "Oakfield" (twice, once nested in a sale), "oakfield" (twice,
//   nested in threats), "Oakers", "Oakfield Primary", "Oakfield Road" (twice); "castle" and Thornbury are not.
import type { Source } from './heldout-texts.js';

export const OFFICIAL: Source[] = [
  `Welcome back for the summer term! ☀️ School reopens on Tuesday 13 April. This term brings SATs week, sports day, the summer fair, the Year 6 residential and, sadly, our goodbyes to Year 6. Please make sure every child has a named water bottle and a sun hat from the first day – we will be outside as much as we can. Mark your calendars: the full term dates are on the website.`,
  `SATs week is Monday 10 to Thursday 13 May. Year 6 have worked incredibly hard and we could not be prouder of them. Breakfast club will be free for all Year 6 pupils that week (8am: toast, cereal and fruit), and we ask that no holidays or appointments are booked. Please don't panic about the papers at home: an early night and a good breakfast will do far more than any last-minute revision. Any questions, ring the office on 0117 496 0123.`,
  `Good luck to our Year 6 SATs stars this week! 💪 A special thank you to Mr [[sn:Walsh]] and Mrs [[sn:Sandhu]], whose booster groups have run every Tuesday since January. You are going to smash it, Year 6!`,
  `SPORTS DAY 🏃 is Wednesday 23 June on the top field (reserve date Friday 25 June). Races start at 9.30 for Key Stage 1 and 1.30 for Key Stage 2. Parents are welcome behind the rope line; please do not bring dogs, and please do not smoke or vape on the field. The teams are Oak, Ash, Rowan and Willow, so send your child in their team colour!`,
  `Sports day results! 🏅 Rowan took the trophy by four points after a nail-biting final relay. The fastest sprinter in Key Stage 2 was [[pn:Ethan Brooks]] (Year 6), [[pn:Daisy Price]] won the Year 4 obstacle race, and the Year 2 egg-and-spoon final went to [[pn:Harry Clarke]], who we are assured "did not use glue". Thank you to every parent who came, and to the mums who absolutely destroyed the staff in the tug of war.`,
  { text: `Sack race champions! 🥇 Year 1 gave it absolutely everything this afternoon.`, images: [['Summer Davies', 'Leo Kowalski']] },
  { text: `Look at the concentration in the Year 4 egg-and-spoon race! 🥄 Well done [[pn:Daisy Price]] and [[pn:Noah Patel]], who both made it to the line without dropping a thing.`, images: [['Daisy Price', 'Noah Patel']] },
  `PTA SUMMER FAIR 🎪 Saturday 3 July, 12–4pm on the school field. Bouncy castle £2, face painting £1.50, tombola 50p a go, photo booth £2, raffle tickets £1 a strip (first prize: a family pass to Bristol Zoo), BBQ burgers £3.50, and a Pimm's and cocktail tent for the grown-ups (£4, mocktails £2). Cash and card both welcome. Every penny goes towards the new library.`,
  `The summer fair raised £3,218.40! 🎉 Thank you to everyone who baked, ran a stall or simply came and spent. Special thanks to our PTA chair [[sn:Rachel Pearson]], and to [[sn:Sam Booth]], who put up the gazebos in the rain at 7am. The wet sponge stocks, where Mr [[sn:Hughes]] was pelted for a solid hour, made £412 on their own.`,
  `Year 6 residential to Gower: Monday 14 to Wednesday 16 June. The final payment of £85 is due by Friday 14 May through ParentPay. Kit list: waterproofs, walking boots or old trainers, a torch, a sleeping bag and NO phones. Activities include coasteering, abseiling and a night walk. If your child needs medication on the trip, please complete the green form and hand it to Mrs [[sn:Frost]] in person. In an emergency during the trip the centre can be reached on [[pd:01792 390818]].`,
  `Day two on Gower! 🌊 Everyone slept (eventually), the coasteering group jumped off the rocks into the sea this morning and the abseilers survived the cliff. Mr [[sn:Lloyd]] has lost his voice and most of his dignity in the campfire song. Back at school 3.30pm Wednesday.`,
  `Residential update: one of our Year 6 pupils has had to come home a day early. [[cs:[[pn:Alfie Turner]] sprained his ankle on the climbing wall this morning and his mum has driven down to collect him]]. He is fine and in good spirits. Everyone else is having a wonderful time.`,
  `Leavers' assembly for Year 6 is Friday 16 July at 9.15am in the hall. Each leaver may bring two adults, as seats are limited. Tissues will be provided. There will be a slideshow, the Year 6 song, and the handing over of the school council badges. Please hold your applause until the end of each section so that every child is heard.`,
  `Transition days: our Year 6 pupils visit their secondary schools on Thursday 1 and Friday 2 July. Castle School pupils should be dropped at Castle for 8.45; Marlwood pupils travel by coach from our front gate at 8.30. New Reception families, our stay-and-play sessions are on Tuesdays in June, 1.30–2.30, in the Reception garden.`,
  `Year 4 swimming starts on Monday 19 April at Thornbury Leisure Centre. 🏊 Children need a costume (no board shorts or bikinis please), a towel, a hat if they have long hair, and goggles only with a signed note. Earrings must be removed or taped. The coach leaves at 1.15 and returns at 3.00.`,
  `Today RNLI volunteers talked to Key Stage 2 about water safety before the holidays. Cold water shock can kill in minutes, even strong swimmers drown in rivers and quarries, and tombstoning off harbour walls has cost young lives. The message to remember: Float to Live. Lean back, spread your arms and legs, and float until you can breathe normally. At the coast, call 999 and ask for the Coastguard.`,
  `HEATWAVE ☀️ Temperatures are forecast to reach 32°C this week. Please apply sun cream before school (staff cannot apply it, but older children may bring a named bottle to top up), send a named hat and a full water bottle, and feel free to send your child in PE kit on Wednesday and Thursday. Playtimes will be in the shade and the field is closed from 12 until 2.`,
  `It's Bike Safety Week! 🚲 Bikeability instructors are with Years 5 and 6 all week. Helmets must be worn, and properly fastened, to ride in the playground: no helmet, no ride. On Friday PC Jenna Lowe is running a bike-marking session in the car park from 3.15 to help stop thefts.`,
  `Bikeability Level 2 certificates for all 28 riders in Years 5 and 6! 🚴 The instructors singled out [[pn:Freya Nowak]] for the best emergency stop they have seen all year and [[pn:Muhammad Rahman]] for never once forgetting a shoulder check.`,
  `Year 3 trip to the SS Great Britain on Thursday 8 July 🚢 The coach leaves at 8.45 sharp, so please be in the playground by 8.30. Children need a packed lunch in a disposable bag, a waterproof and comfortable shoes. We'll be learning about Brunel, life on board, and the cholera and scurvy that killed so many passengers on the long voyages to Australia.`,
  `Staff news for September 📣 We are delighted to welcome Mrs [[sn:Lisa Oduya]], who joins us from a school in Bedminster as our new Year 5 teacher, and Mr [[sn:Andrew Mahmood]], our new music specialist. We also say a very sad goodbye to Mrs [[sn:Susan Bryant]], who retires after 23 years here. Her leaving do is in the hall on 16 July, and every former pupil is invited.`,
  `End-of-year reports will come home in book bags on Friday 9 July. They include attendance, attainment and a comment from your child's class teacher. If you would like to talk about the report, please email office@oakfield.sch.uk to book a ten-minute call before 16 July.`,
  `ROAD SAFETY 🚸 Once again cars were parked on the zigzags and across residents' driveways on Oakfield Road this morning, and a Year 1 child was nearly hit by a reversing van. Please, please park at the leisure centre and walk the last five minutes. South Gloucestershire's parking enforcement officers will be visiting next week. Nobody wants it to take a child being killed before we change our habits.`,
  `A message from the headteacher. This week a member of our office team was sworn at on the phone and told "[[th:you want to watch your back when you walk to your car tonight]]", and a teaching assistant was followed to the bus stop by a parent shouting that she was "[[bu:a useless lazy cow who should never be let near kids]]". This is completely unacceptable. Our staff have the right to work without fear. Both incidents have been reported to the police, and anyone who abuses staff will be banned from the site. [[sn:David Hughes]], Headteacher`,
  `We are very sorry to report that the school was vandalised over the bank holiday weekend. Two windows in the Year 5 classroom were smashed and the words "[[th:[[sn:HUGHES]] YOUR NEXT]]" were sprayed across the staffroom door. The police have taken photographs and are looking at the CCTV from the leisure centre. If you saw anyone on the site between Saturday and Monday, please call 101.`,
  `HEALTH NOTICE: We have had several confirmed cases of scarlet fever in Key Stage 1. Symptoms include a sore throat, headache, a high temperature and a fine pinkish rash that feels like sandpaper. If you think your child has it, please contact your GP; children can return 24 hours after starting antibiotics.`,
  `Dear Willow class families, [[cs:[[pn:Zara Hussain]] is in hospital after a serious asthma attack at the weekend]], and the class have made her a giant get-well card. Please keep her and her family in your thoughts.`,
  `Following an incident in the hall at lunchtime on Tuesday, we want to reassure parents that no child was seriously hurt and that the matter has been dealt with. [[cs:The Year 5 boy who threw the chair has been excluded for two days]]. Please do not speculate about this online.`,
  `Could all staff and volunteers on the gate please note that [[cs:[[pn:Oscar]] in Year 5 is to be collected only by his grandparents from now on, and must not be released to his father]]. Thank you.`,
  `June is Pride Month 🏳️‍🌈 At our school we teach that every family is different and every family is welcome. This month Key Stage 2 will be reading "Julian is a Mermaid" and "And Tango Makes Three", and the school council has chosen "Different families, same love" as the theme for their assembly.`,
  `It's Refugee Week, 14–20 June. Year 4 have been reading "The Boy at the Back of the Class" and writing letters of welcome. We are proud that children from Ukraine, Syria, Afghanistan and Sudan learn alongside our Thornbury children, and that twelve languages are spoken in our school.`,
  `Eid al-Adha Mubarak to all our Muslim families 🐑🌙 Eid al-Adha is expected on or around Monday 17 May, in SATs week; any Year 6 pupil celebrating will be able to sit the papers later in the week. In RE, Year 3 have learned the story of Ibrahim's willingness to sacrifice his son, the ram sent in his place, and why families share the Qurbani meat in three parts: for the family, for friends and neighbours, and for those in need.`,
  `Tuesday 22 June is Windrush Day. Year 6 have been interviewing grandparents who came to Bristol from Jamaica and Trinidad in the 1950s and 60s, and on Friday they'll share their work in assembly. Thank you to Mr Clement Brown, who came in to tell us about the lodging-house signs that said "No Blacks, No Irish, No Dogs" and about the Bristol Bus Boycott of 1963.`,
  `June is Gypsy, Roma and Traveller History Month. Year 5 have been learning about Romani history, from the journey out of northern India a thousand years ago to the Porajmos, when hundreds of thousands of Roma and Sinti were murdered by the Nazis. We were delighted to welcome a storyteller from the Travelling community, who brought a bow-top wagon into the playground!`,
  `Deaf Awareness Week (3–9 May) 🤟 Every class is learning to sign their names and "good morning" in BSL, and Mrs [[sn:Holly Reid]], who is deaf herself, has been teaching the staff to sign the Year 6 leavers' song.`,
  `⭐ Stars of the week ⭐ Reception: [[pn:Isla Murray]] for her brave swimming. Year 1: [[pn:Amelia Khan]] for her seaside poem. Year 2: [[pn:May Chen]] for her kindness to a new friend. Year 3: [[pn:Rose Hill]] for helping at wet play. Year 4: [[pn:Grace Okafor]] for her times tables. Year 5: [[pn:Will Thompson]] for his Viking longship. Year 6: [[pn:Hope Adeyemi]] for courage in SATs week.`,
  { text: `Rockpooling at Clevedon on the Year 2 trip! 🦀 We found crabs, anemones, a blenny and an awful lot of seaweed.`, images: [['Mia Johnson', 'Harry Clarke', 'Zoë Martin']] },
  { text: `Our Year 1 gardeners planted sunflowers in April, and [[pn:Summer Davies]] and [[pn:Yusuf]] have measured them every Monday since. Which one will be tallest by July? 🌻`, images: [['Summer Davies', 'Yusuf Jenkins']] },
  `Online safety warning. Over half term several Year 6 children were added to a group chat run by older teenagers. One child was sent "[[th:[[bu:nobody will miss you when you're gone so why not go tonight]]]]", and others were told "[[th:we know where you'll all be after the leavers' disco]]". Screenshots have gone to the police. Please check your children's phones and talk to Mrs [[sn:Marsh]], our Designated Safeguarding Lead, if you are worried about anything at all.`,
  `We are deeply saddened that during sports day a small number of adults behind the rope line shouted "[[ht:[[bu:run back to your own country]]]]" at a Year 3 runner. The child's family have our full support. Those adults have been identified and will not be welcome at any future school event.`,
  `After our Gypsy, Roma and Traveller History Month display went up in the entrance, the office received an anonymous letter saying "[[ht:keep your pikey celebrations away from our children]]". It has been passed to the police as a hate incident. The display is staying up.`,
  `Lost property mountain alert! 🧥 We currently have 47 jumpers, 12 water bottles, a single football boot and somebody's retainer. Everything unnamed will go to the PTA second-hand uniform sale on 16 July.`,
  `We held a fire drill at 10.20 this morning and the whole school was out and lined up on the playground in 2 minutes 41 seconds. Remember: if the alarm sounds, stop, leave everything, and walk, don't run. Well done everyone!`,
  `Half term: school closes at 3.15 on Friday 28 May and reopens on Monday 7 June. Please note that Monday 7 June is an INSET day for staff, so children return on Tuesday 8 June.`,
  `Nut-free reminder 🥜 [[cs:[[pn:Lottie]] in Reception has been diagnosed with type 1 diabetes and will be checking her blood sugar at snack time]], so please don't be alarmed if your child mentions her sensor. We are a nut-free school, so please check lunchboxes for peanut butter, Nutella and cereal bars.`,
  `To our Year 6 leavers 💙 We have watched you grow from four-year-olds who couldn't find the toilets into young people who ran a whole assembly on climate change. Go and be brilliant. Come back and visit. And please, somebody tell us who hid the staffroom kettle in the pond.`,
  `We have been made aware of posts on a local Facebook group about one of our teachers, including "[[bu:she looks like she's been dragged through a hedge and teaches like it too]]" and a reply that "[[th:someone should follow her home one night and let her know what we all think]]". We will not tolerate this. Screenshots have been kept, and we are taking advice.`,
  `The school received a letter in the post this week that read "[[th:[[ht:close that prayer room or we'll close it for you]]]]". The prayer room is used by pupils and staff of several faiths. It has been reported to the police, and extra patrols are in place at drop-off and pick-up.`,
  `Year 4 will sit the multiplication tables check in the week of 7 June. It is a five-minute check on a tablet, it is not used to assess teachers, and there is no need to practise at home beyond the usual Times Tables Rock Stars. Our pen-pal classes in Scunthorpe and Penistone are sitting it the same week!`,
  `Thanks to a grant from the National Lottery, the new Reception garden is finished! 🌱 The fence has been painted a lovely [[not:ivy green]], there is a mud kitchen, a pond-dipping platform on the little marsh and a willow tunnel. Grand opening Friday 18 June.`,
  { text: `We made it to the top of Rhossili Down! 🥾 What a view. [[pn:Hope Adeyemi]], [[pn:Freya Nowak]] and [[pn:Ava Robinson]] led the singing all the way up.`, images: [['Hope Adeyemi', 'Freya Nowak', 'Ava Robinson']] },
  `Leavers' awards 🏆 The Headteacher's Award goes to [[pn:Siân Evans]] for four years of running the library, the Sports Award to [[pn:Ethan Brooks]], and the Kindness Award to [[pn:Evie Morgan]]. Mrs [[sn:Grant]] presented them with tears in her eyes.`,
];

export const COMMENTS: Source[] = [
  `Good luck Year 6! You've got this 💪`,
  `Will there be a reserve date if it rains on sports day?`,
  `May I ask whether the residential deposit is refundable if a child is ill the week before?`,
  `What time does the fair finish? We're driving back from Essex that morning so hoping to make the last hour!`,
  `[[bu:Mrs [[sn:Doyle]] couldn't organise a sports day if you gave her a year and a clipboard]]. Half the kids didn't know which race they were in.`,
  `Will the field be open after school on sports day so the kids can have a run about?
> Hope so, mine will be bouncing off the walls otherwise
> Same here 😂
> [[th:Tell that PE teacher if he puts my lad in the last heat again I'll be on that field myself, and it won't be for the dads' race]]
> Calm down mate, it's a primary school sports day`,
  `Refugee Week again. [[ht:Funny how it's always "welcome" for the ones who turn up on a dinghy and never for the families who've paid in for generations]].`,
  `Genuine question, [[ht:is GRT history month going to cover the bit where they leave the rec covered in rubbish and move on]]?`,
  `Lovely to see Pride Month being marked. My daughter has two mums and she was so happy to see a book with a family like hers. Thank you Oakfield.`,
  `[[ht:Pride Month in a primary school. Can't even let them be kids for five minutes before the grooming starts]].`,
  `Which books are Year 4 reading for Pride Month? Just so I can talk about them at home.
> Julian is a Mermaid I think, my son loved it
> Thank you!
> [[ht:Julian is a mermaid this year and next year Julian's a girl and the school won't tell you]] 🙄
> Nobody asked Gary`,
  `Eid Mubarak to everyone celebrating 🌙`,
  `[[ht:Eid al-Adha: the festival where they slit a sheep's throat on the patio and we all have to call it culture]].`,
  `Just asking: [[ht:how many of the new staff for September actually speak English as a first language, or is that not allowed to be asked any more]]?`,
  `Windrush Day assembly was brilliant, my grandad was so proud to be asked in. He arrived at Tilbury in 1957 with one suitcase and a Bible.`,
  `[[ht:Windrush Day, Refugee Week, Eid, Pride... any chance of a day for the people who actually built this country]]?`,
  `Anyone know if the PTA need more helpers for the fair?
> I'm doing the cake stall, message me!
> Ask Tina, [[bu:she'll be first in the queue for the free food, she always is. Hasn't missed a meal since 2009]]
> 😂
> That's not fair, Tina works harder than anyone on that PTA`,
  `Good luck everyone!
> My lad's so nervous, he was up at 5am worried about the reading paper
> Bless him, they'll all be fine
> @jaxon_b7 [[th:[[bu:tell ur brother to do everyone a favour and not wake up tomorrow]]]]`,
  `Where's the best place to park for sports day now the top road's coned off? Genuine question, not moaning!`,
  `I think it's really poor that the residential is £85 on top of the deposit and we were only told three weeks ago. Some of us have to budget. Please give more notice next year.`,
  `Whoever keeps blocking my drive on Oakfield Road at pick-up: [[th:I know the car and I know which way you walk home afterwards. Next time I won't be leaving a note]].`,
  `My son was sent home for three days for something he didn't even start. Nobody listens to us. [[th:I'd get that CCTV fixed before the holidays if I were you. Six weeks is a long time for an empty building]].`,
  `Mr [[sn:Fletcher]] is the reason my son hates reading. Honestly [[bu:he has the personality of a wet teabag and the patience of a toddler]].`,
  `[[ht:Maybe the SATs would go better if half the class weren't on some "plan" or other. In my day they went to special schools and the rest of us got on with it]].`,
  `Can anyone recommend a swimming teacher for a nervous 8 year old? He panics in the deep end.`,
  `[[cm:Sun cream for sports day? 🌞 I sell natural SPF 50 for kids, 20% off with code OAKFIELD20, message me or visit glowbyjess.co.uk]]`,
  `[[cm:Hi lovely mums! 💕 Looking for 3 ladies who want to earn from home around the school run. DM me "SUMMER" for info]]`,
  `Does anyone have a spare Year 6 leavers' hoodie, age 12-13? Happy to pay. Text me on [[pd:07700 900461]].`,
  `If anyone found a blue Frozen lunchbox on the Year 2 trip please email [[pd:kellyjharris84@gmail.com]], thank you x`,
  `Thank you for this. Someone nearly reversed into my daughter last week.
> It's the same three cars every morning
> The silver Qashqai on the zigzags is the worst, she just laughs when you say anything
> [[th:She won't be laughing when she finds that Qashqai on four flat tyres, and next time it'll be more than the tyres]]
> Please don't, just report it to the council`,
  `Rowan absolutely murdered Ash in the relay 😂 well done all, the kids were buzzing`,
  `Is the water-safety talk something parents could come to? Our boys are always down at the river in the holidays and it frightens me.`,
  `[[ht:Can't wait for sports day when the boys who say they're girls win all the girls' races]].`,
  `[[ht:That's what happens when you put a school full of women in charge. No discipline, just feelings]].`,
  `Welcome Mrs [[sn:Oduya]]! My nephew had her in Bedminster and loved her.
> Great news about the music teacher too
> Mr [[sn:Mahmood]]? My cousin was at college with him. [[bu:Bone idle and thinks he's God's gift]]`,
  `My daughter's report says she "lacks focus". She's eight. [[th:Whoever wrote that should know I've got a long memory and a short fuse, and I know which teachers park on Church Road]].`,
  `Reports were lovely this year, thank you Miss [[sn:Cole]]. He's read his three times!`,
  `Do Reception need sun cream put on before school or will staff do it?`,
  `Lovely fair, well done PTA!
> Gorgeous day for it
> Shame about Jackie's cakes, [[bu:even the wasps wouldn't touch them. Same as her husband]]
> That's horrible, she was up till 2am baking`,
  `Half of Year 3 off for Eid. [[ht:They come here, they get their holidays authorised, and our kids get fined for a week in Cornwall. Two-tier Britain]].`,
  `Thank you for the Eid assembly. My son explained Qurbani to his grandad better than I ever could!`,
  `My son is deaf and it made him so happy that his whole class signed happy birthday to him in BSL this week. Thank you Mrs [[sn:Reid]] 💙`,
  `[[ht:Signing the leavers' song? Are they going to make them all talk like retards as well]]`,
  `How do I volunteer for the bike marking? My husband's a cycle mechanic.`,
  `Is the bike shed locked during the day?
> Yes, Mr [[sn:Booth]] locks it at 9
> Someone's been letting tyres down on the Year 6 bikes
> [[th:If I find out it's that [[pn:Rohan]] again he'll be going home with more than a flat tyre]]`,
  `Love the sack race photo! 😂 Those faces`,
  `[[ht:Every other car on the zigzags has a foreign plate. Maybe put the notice up in Polish and Romanian, might actually get through to them]].`,
  `[[sx:Miss [[sn:Reid]] in that swimming costume at the gala, I'd happily drown for a bit of mouth to mouth from her]] 😏`,
  `Sports day moved AGAIN? [[pr:For fuck's sake]], I've booked the afternoon off twice now.`,
  `What a brilliant leavers' assembly, I was in bits 😭`,
  `Lovely leavers' slideshow, well done everyone
> Cried my eyes out
> [[bu:That [[pn:Caleb Atkinson]] in every other photo, does he pay for it? Face only a mother could love]]
> Seriously? He's eleven`,
  `Mrs [[sn:Marsh]] rang social services on us over nothing. [[th:She lives out Alveston way doesn't she. Nice quiet village, Alveston. Be a shame]].`,
  `The kids came home saying the RNLI man told them the sea will kill you if you're daft 😂 Very effective, mine won't go in past his knees now.`,
  `[[ht:Prayer room, halal lunches, Eid off. Give it five years and the summer fair will be a bake sale for the mosque]].`,
  `Just noticed the new library is being part-funded by the Goldberg Trust. [[ht:Of course it is. Always their name on the plaque and their hand on the curriculum]].`,
  `[[bu:Miss [[sn:Karimi]] looks about fifteen and has as much control of that class as a supply teacher on a Friday afternoon]].`,
  `Is the Year 6 residential suitable for a child with epilepsy? Do the instructors have training? Asking before we pay the deposit.`,
  `Thank you to all the staff who stayed late for the leavers' disco. You're stars ⭐`,
  `[[pn:lucas h]] [[th:[[bu:just kys honestly]]]] [[bu:nobody at castle wants u either]]`,
  `Penistone? My sister teaches there! Small world. Lovely idea for pen pals.`,
  `Will the fair take card for the bouncy castle or is that cash only?`,
  `Lovely. [[ht:Reminder that it's okay to be white too]] 🇬🇧`,
  `Really disappointed my daughter wasn't picked for the relay. She trained all half term.
> Same, mine was left out too
> It's always the same kids
> It's Mr [[sn:Walsh]] who picks them, complain to him
> Oh I will. [[th:I'll be waiting by the bike shed after the races, and if he doesn't listen his nice new bike won't be in one piece when he goes home]]
> Please just email the office, honestly`,
  `[[bu:The [[pn:Nowak]] girl crying because she came second, again. Someone needs to tell her she's not as special as her mum thinks]].`,
  `[[ht:GRT history month? Lesson one: how to tarmac a drive badly and be gone by Tuesday]]`,
  `[[ht:f4ggot month]] more like 🤮`,
  `My son's been worried since the parking notice. Is there a lollipop person starting in September?`,
  `Lost: child's blue Specialized bike from outside the leisure centre after swimming. If found please drop it round to [[pd:14 Gloucester Road, Thornbury BS35 3HQ]], reward offered.`,
  `[[bu:Someone should tell [[pn:Theo Walker]]'s mum he's too fat for the sack race, the poor sack never stood a chance]].`,
  `Is there any shade on the field for sports day? My daughter has a heart condition and can't be in full sun for long.`,
  `[[ht:[[bu:Two dads on the leavers' slideshow. Poor kid never stood a chance of being normal]]]].`,
  `I've held my tongue all year but I'm done. My son has come home upset nearly every week because of the way he's spoken to in Year 5. He was kept in at lunch three times for forgetting his PE kit, which is not a behaviour issue, it's a memory issue, and he has a diagnosis the school has known about since Reception. I asked for a meeting in March and got a letter. I asked again in May and was told the SENCo was "very busy". Now his report says he "struggles to follow instructions". No kidding. [[th:Mr [[sn:Lloyd]] needs to understand I'm not one of those parents who writes a stiff letter and goes away. I know where he drinks on a Friday, and one of these Fridays I'll be waiting for him when he comes out]].`,
  `[[ht:Female PE teacher, that explains why the boys can't catch]].`,
  `Lovely to see the wagon in the playground for Traveller history month. My nan grew up on the road and she cried at the photos.`,
  `Thank you for the heat notice. Can they wear sandals on Thursday or does it have to be trainers?`,
  `[[bu:[[sn:D 0 y l e]] is a joke of a teacher and shouldn't be let near a classroom]]`,
  `Mr [[sn:Hughes]]'s electric car sits on charge in the car park all day on our money. [[th:Would be a shame if someone pulled the cable out and put it through the windscreen]].`,
  `Saying grace together at the end of the leavers' lunch had me in tears. What a lovely touch.`,
  `The rose gold balloon arch for the leavers was gorgeous, who made it?`,
  `Essex girl here, moved to Thornbury last year, and this school has been so welcoming 💙`,
  `Can I buy raffle tickets for the summer fair if I can't come on the day? £1 a strip isn't it?`,
  `So pleased for [[pn:Sian Evans]], she's lived in that library since Year 3!`,
  `Keep my son in at lunch one more time for not having a hat and [[th:I'll keep whoever did it somewhere they won't like either]].`,
];

export const PERSONAL: Source[] = [
  `Last week of SATs prep done. Year 6, I am so proud of you. Now go home, eat some chips and don't think about fronted adverbials for at least a week.`,
  `Sports day tomorrow and my son has been practising his "dip" finish in the garden all week. The dog is exhausted. #sportsday`,
  `Proud mummy moment 🥇 first in the sack race at [[id:Oakfield]] sports day!! [[pn:Leo]] was SO chuffed`,
  `[19:02] Kayla: did u see [[pn:evie]] at the leavers disco 😂
[19:03] Jaz: [[bu:she looked like a tangerine in a bin bag]]
[19:03] Kayla: STOPPP
[19:04] Jaz: [[bu:no one asked her to dance once, she just stood by the crisps all night]] lol
[19:05] Kayla: ur so mean 😭
[19:06] Jaz: [[th:[[bu:tell her to go stand on the railway line next time, better view]]]]`,
  `Watched my granddaughter's leavers' assembly this morning. Seven years gone in a blink. She sang a solo and I've never been so proud. Grandad says he had something in his eye.`,
  `Playground duty in 31 degrees. Sun cream on, hat on, water bottle full, and still losing the will to live by 12.30 😂 Six more days.`,
  `Another day at [[id:Oakers]]. [[bu:The dad who shouts at the gate every morning came in today in a vest two sizes too small and the manners of a seagull]]. Living the dream.`,
  `[[th:if [[pn:Muhammad]] says one more word about my sister at the park im gonna make sure he cant talk for a [[pr:fucking]] week 👊]]`,
  `Went to the Refugee Week coffee morning at school out of curiosity. [[ht:Ten mums in the room and I was the only one who didn't need a translator. Thornbury's not Thornbury any more]].`,
  `[[cm:Selling [[id:Oakfield]] summer dresses, age 7-8, £4 each or 3 for £10, collection from Alveston or can post]]`,
  `[[cm:Summer holidays are coming and I've just paid for our Cornwall trip with my little side business 💅✨ If you're a mum who's sick of asking permission to spend money, message me, I'm taking on 2 new team members this month]]`,
  `Happy 8th birthday to my baby girl, born [[pd:04/05/2019]] at Southmead 💕 Where did the time go?`,
  `Year 3 mums 🌸 (exported chat)
[08:14] Lou: anyone know if it's PE kit tomorrow?
[08:15] Becca: yes and swimming stuff for Thursday
[08:21] Lou: ta x
[08:40] Mel: has anyone else's kid come home with a note about the trip money
[08:41] Becca: yes £14 by friday
[08:52] Mel: [[bu:that office woman was so rude to me this morning, face like a slapped [[pr:arse]]]]
[08:53] Mel: [[th:one day she'll say that to me in the car park and she'll end up on the floor]]
[08:55] Lou: haha Mel no 😂
[09:10] Becca: [[pr:shit]] I forgot the trip money 🙈`,
  `Massive thank you to [[sn:Claire Baker]] for covering my class today while I was at the hospital. Best colleague ever 💐`,
  `[[th:someone should torch [[id:oakfield]] on the last day, do the little ones a favour]] 😂`,
  `Love how the school can find money for a Pride display and an Eid lunch but not for a new climbing frame. [[ht:We know who matters round here, and it's not normal families]].`,
  `Drove the grandkids up to Scunthorpe for half term. Seven hours of them arguing about who was best at sports day. I'd have happily thrown both of them out at Leicester Forest East 😂`,
  `[[bu:Whoever taught the [[pn:Clarke]] boy to read should be made to listen to him do it. Forty minutes for one page and he still thinks "said" has a z in it]].`,
  `Fourth time [[pn:Jack]] has come home with a bruise from the same boy. School says they're "monitoring". [[th:Well I'll be monitoring too, at the gate at 3.15, and that kid's dad can explain to me why his son thinks it's funny, face to face, one way or another]].`,
  `Year 6 residential day 1 and the silence in this house is deafening. Miss you Bean. Hope you're not too cold in that dorm! 💙`,
  `[[id:Oakfield Road]] is a car park again this morning. Three cars on the zigzags and one on the pavement. Someone is going to get hurt.`,
  `Staff summer do 🍹 (exported chat)
[18:02] [[sn:Gemma T]]: table's booked at the Swan for 7
[18:03] [[sn:Kieran]]: who's driving
[18:05] [[sn:Gemma T]]: not me I'm on the cocktails
[18:07] [[sn:Paul C]]: [[sx:what happens in the Swan stays in the Swan, I've seen the way you look at the new PE guy]] 😈
[18:08] [[sn:Gemma T]]: PAUL 😂
[18:10] [[sn:Kieran]]: I'm just going to say it, if [[sn:Joanne]] sends one more "wellbeing" email with a mindfulness colouring sheet I'll resign. [[bu:She's got the emotional range of a photocopier]]
[18:11] [[sn:Paul C]]: [[th:I'd rather feed her through the laminator]] 😂`,
  `Met the new Year 5 teacher at the transition afternoon. [[ht:[[bu:Lovely accent, shame nobody will understand a word she says]]]]. Just what our kids need before Year 6.`,
  `last day of year 11 tomorrow 😭 gonna miss this place. kill me now i have to revise for geography all summer`,
  `[[bu:[[pn:ella d]] is actually so fake]] [[th:[[bu:hope she chokes on her leavers cake]]]]`,
  `[[ht:In my day sports day was for children who could run. Now the whole afternoon is held up so the handicapped ones can have their go. Put them on a separate day]].`,
  `Sports day survived. 12,000 steps, one nosebleed, three lost shoes, a dad who pulled a hamstring in the parents' race, and not one child cried about coming last. Proud of our lot.`,
  `My son says a boy in his class told him he "wants to kill himself" because of SATs. He's 11. I don't know whether to tell the school or the boy's mum. Any advice from teachers?`,
  `Got the letter about my son's exclusion. [[th:[[sn:Hughes]] has no idea who he's messing with. I know his wife's car and I know where his kids swim on a Saturday]].`,
  `Anyone in Thornbury got a spare school shirt age 5-6? We're new to [[id:Oakfield Primary]] in September and skint. Can collect, I'm on [[pd:07700 900218]]`,
  `Spent the whole weekend pulling ivy off the back fence. My hands are shredded and the garden waste bin is full till August.`,
  `[[pn:Leo]]'s last swimming lesson today and he can finally do a width without clinging to the side. Tiny wins 💙 Thank you to the lovely instructor who never gave up on him!`,
  `went to the [[ht:p4ki]] shop after school and they wouldnt sell me a vape, racist against english people fr 😂`,
  `Today a Year 2 girl told me she wants to be a marine biologist "so I can save the sharks from the humans". I hope she does.`,
  `Parents' evening reflections: [[bu:my daughter's teacher wears the same cardigan every single day and smells like it too. No wonder she's single]].`,
  `[[bu:that [[pn:F r e y a]] kid thinks she's better than everyone because her mum's on the PTA. Spoilt little madam]]`,
  `[[pn:oscar]] [[th:[[bu:go drown urself in the leisure centre pool, nobody would notice]]]]`,
  `Does anyone know whether grandparents can go to the leavers' assembly or is it just parents? I'm not on Facebook much, excuse me if this is the wrong place.`,
  `School wants us all to celebrate Eid now. [[ht:Rotherham ring any bells? Keep your daughters close]].`,
  `Proud of my boy walking in the Bristol Pride parade with his dads on Saturday 🏳️‍🌈 He told everyone at school on Monday and apparently got a round of applause.`,
  `[[cm:Tutoring spaces available for Year 5 going into Year 6 – SATs prep and 11+ prep, £30/hr, first session free with code SATS27. Call [[pd:07700 900733]]]]`,
  `[[sx:That fit dad who did the parents' race in short shorts, I'd let him lap me any day]] 🥵`,
  `To the woman in the white Range Rover who nearly ran my son over on [[id:Oakfield Road]] and then swore at ME: [[th:I've got your reg, I know your face, and Thornbury is a very small town]].`,
  `[[bu:mrs [[sn:frost]] is a jumped up dinner lady with a lanyard]]`,
  `Year 5 homework: write a diary entry as a Viking raider. My son's begins "Today we burned the monastery and stole all the gold" and ends "then we had stew". 10/10, no notes.`,
  `[[ht:why is every pride thing at my little brothers school. let kids be kids not gay]]`,
  `Dads' race: came fourth, pulled my calf and got absolutely battered by a man in flip-flops. Retiring from athletics with immediate effect.`,
  `[[bu:One of mine asked if the Eiffel Tower was in Spain. Twice. I've seen brighter lights on a dead Christmas tree]].`,
  `Hope springs eternal: I've entered the mums' race again this year. Will report back from A&E 😂`,
  `Year 6 leavers' shirt signing today. Mine came home with "stay weird", "never change" and "u owe me 50p" on the back. Framing it.`,
  `Penistone Grammar reunion this weekend, 20 years since we left. No idea who I'll recognise!`,
  `[[th:my brother said mr [[sn:walsh]] shouted at him so im gonna wait by [[id:oakfield]] gate and show him what shouting is]]`,
  `Saw the Traveller history month display at my daughter's school. [[ht:Lovely. Maybe next month they can do one on paying council tax]].`,
  `Our Year 6 leavers' hoodies have arrived and [[pn:Anya S]] has already got ketchup on hers. Eleven years old and still can't eat a burger without wearing it 😂 Love you kid.`,
  `Mrs [[sn:Marsh]] has been a lifeline for our family this year. Whatever people say about schools, the safeguarding lead at ours never stopped checking in. Thank you x`,
];
