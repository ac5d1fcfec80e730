// The twenty-fifth held-out set's texts, labelled inline as [[code:span]]; `npx tsx core/eval/heldout-source.ts
// --set 25` builds heldout-25.jsonl from them (ids h25-off-NNN, h25-com-NNN, h25-per-NNN). Score it with:
//   npm run -s eval:checker -- --corpus core/eval/heldout-25.jsonl
// Written by someone who read none of the checker: of the repository it read only heldout-source.ts,
// roster.json, core/src/checker/types.ts (a short file of category names and shared types, no rules) and
// the header comments (the lines before the first `export`) of heldout-texts.ts and heldout-2-texts.ts to
// heldout-24-texts.ts (plus the line number and text of heldout-24-texts.ts's first `export` line and its
// line count, looked at to copy the file's shape). It did not read anything else under core/src (lexicons,
// categories, rules, learned model), any *.test.ts, core/bench/, core/cli/, corpus-*.ts, corpus.jsonl,
// generate-corpus.ts, score.ts, train-model.ts, any *.jsonl other than its own, the bodies of the other
// heldout-*-texts.ts files, or their git history; the checker and the eval script were not run on these
// texts before or after they were labelled (only the builder above, to validate the labels).
// The school is the evaluation roster's (roster.json): Oakfield Primary School ("Oakfield", "Oakers"),
// Oakfield Road, Thornbury, Bristol BS35 4HJ, 0117 496 0123, office@oakfield.sch.uk.
//
// Aim: ONE SUMMER TERM (April to July 2026) at the school, every category, mixed lengths (5-250 words):
// the school's own posts (the return after Easter, Vaisakhi, St George's Day, Earth Day, SATs week, Mental
// Health Awareness and Deaf Awareness Weeks, Walk to School Week, the phonics and times-tables checks,
// Eid al-Adha, Pride Month, Refugee Week, Windrush Day, Gypsy, Roma and Traveller History Month, the
// World Cup, Father's Day, sports day, the swimming gala, the Year 6 residential, class photos, the summer
// fair, leavers' hoodies, transition, reports, staff news, safeguarding, online-safety and abuse-of-staff
// notices, images tagging pupils some of whom have no photo consent, and health, family, behaviour and
// whereabouts notices, some singling a child out and some properly general), parents', grandparents' and
// trolls' comments under them (many pasted as threads, "> " at the start of each reply, where the harm is
// one reply among several), and staff members', parents' and teenagers' own posts (three of them pasted
// group-chat exports: a Year 3 mums' chat, a teenagers' chat and a staff social chat). 260 texts (92
// official posts, 96 comments, 72 personal posts) with 80 pupil-name, 37 staff-name, 23 personal-data, 20
// profanity, 13 sexual, 29 threat, 29 hate, 31 bullying, 16 commercial, 10 school-identification and 14
// child-specific labels, and five images tagging a pupil without consent. 99 texts (38%) are clean, most
// of them traps: roster names as ordinary words ("may the sunshine last", "We hope", "Hope it doesn't
// rain", "Will anyone who finds", "my will to live", April's late frost, a community grant, "said grace",
// "mark the date", the summer fair, a photo booth, Willow class, poems called 'Summer Rain', 'The Holly
// Tree' and 'Hope Is a Feather'); people who only share a roster name (Tom Fletcher the author, the Prophet
// Ibrahim, Guru Gobind Singh, Jack Sparrow, Alan Titchmarsh, Arsène Wenger, Kane); rude-looking places and
// words (Happy Bottom, Cocking, Ugley, Six Mile Bottom, the knobbly knees contest, cockles, the Hoover Dam,
// hoes and a water butt, "pricking out" seedlings, the English Schools' FA Cup); violent words in history,
// stories, sport and festivals (St George's dragon, the Battle of Marathon, Maya sacrifice, Achilles' heel,
// the kirpan, Qurbani, a bombed street in Aleppo, "smash it", "killing it", "crushed", "battle it out", a
// zombie escape room, "destroyed" at FIFA, cold water shock that "can kill"); respectful talk of faith,
// race, sexuality and disability (two mums, "my uncle has a husband", Windrush and the boarding-house signs
// described, a Romany wagon, an autistic boy's first sports day without ear defenders); general health
// notices (hand, foot and mouth, hay fever, epilepsy training); dates that are no birth dates (term,
// trip and deferral dates, chat timestamps); the school's and the PTA's own prices and donation page.
//
// Codes: pn pupil_name, sn staff_name, pd personal_data, pr profanity, sx sexual, ht hate, th threat,
// bu bullying, cm commercial, id school_identification, cs child_specific, not = a roster full name used
// as ordinary words. photo_consent is never written: the builder adds it over the whole text when an
// image tags a pupil whose photoConsent is false. Images are attached to official posts only.
//
// Labelling decisions: heldout-source.ts's header and the set 2 to 24 headers hold; beyond them:
// - Threads and chat exports: each reply or message is labelled on its own (sets 17, 19, 24); the "> "
//   marker, timestamps, non-roster senders (Kelly, Nat, Dawn, Brody, Maddie, Lex, "Jo (office)") and the
//   replies that object or defend stay outside every span. An unsaved sender shown by number is pd each
//   time it appears (set 19). In the staff chat the saved contact names are roster staff ("Holly Reid",
//   "Kieran Walsh", and "Gemma T" for Gemma Talbot): each is labelled staff_name every time it appears.
// - sexual: a stranger's comment under the sports-day results offering the girl in yellow free private
//   sprint coaching, asking for her name or a message, "No need to bother her parents at this stage", is
//   sexual over the whole approach and not commercial (coaching is the lure, set 18's never-commercial
//   rule); "Which one is Phoebe? I'd love to send her a little superhero present, could her mum inbox
//   me?" under a Year 1 photo is sexual, the name nested; a notice reporting that a man "offered them ten
//   pounds each and a lift home if they promised not to tell their mums" is sexual over the reported offer,
//   while a notice that a man photographed children with nobody approached is clean (set 22). "Some of
//   those Year 6 girls are very grown up for their age" is sexual with the 😍 after it outside (set 24);
//   but in "Hope the Year 6 mums are dressing up though 😏" the words alone are innocent and the emoji
//   carries the leer, so it is inside the span (set 15's carrying-emoji rule, applied to sexual). A parent
//   asking "Which girl is it?" about a chickenpox notice because she is pregnant is clean.
// - threat: "I'll swing for him" (British idiom: I'll hit him) in a conditional at a named teacher is one
//   threat span, "Told you now." outside; "Shame the current didn't take him" of a teacher who fell in a
//   river is a death wish (threat, set 8's wishes); "I'd pay good money to put a brick in one of those
//   sponges for Hughes" (the fair's stocks) is threat, the surname nested; "He wants to try that when my
//   husband's there" and "The deputy wants to remember my family's been in this town a lot longer than
//   she has, and we look after our own" are implied threats (sets 9, 21). "I tell you," before a
//   second-language writer's threat stays outside (set 9's "I swear"). A Roblox game's spam telling losing
//   players to "go and touch the electric fence and stay there", quoted in a notice with no target, is
//   threat only (set 9). Clean: "Penalties will finish me off", "Lloyd's going down this year" (the dads'
//   race), "scream into a beanbag", a skatepark "ur gettin destroyed at the bowl".
// - hate, words and signs new here: "dagos" and "krauts" (ethnic slurs; "Bloody" before "krauts" is its
//   own profanity span), "gypo" (at a stranger in a van: hate only, set 10), "d*ke" (nested in bullying of
//   one teacher), "vegetable" of one disabled child (hate nested in bullying), "Clown world 🤡🌍" under a
//   Pride post (over the phrase and the emoji, which carry the sneer together), "we wuz kangz" under
//   Windrush Day, "Ask who funds all these refugee charities. Soros, every single time" (one span, set 14's
//   set-up), "Daggers in a primary school now. Give it ten years and they'll be running the council" under
//   the Vaisakhi post (one span). "Course he won, his lot are taught to be sneaky from the cradle" at a
//   named Muslim pupil and "Hope they didn't cook the class hamster for her party" at a Chinese pupil are
//   hate and bullying over the same span. "dirty p*key", reported by a Romany mother as said to her son, is
//   hate and bullying over the whole phrase (set 14's phrase rule). Clean: the GRT post explaining that
//   "pal" and "chav" come from Romani (a word origin, aimed at no one), and "I'd rather my son learned to
//   read than learned about mermaids" (an objection attacking no group, set 3).
// - bullying: "the office cow" (one receptionist, set 3) is bullying over the noun phrase alone, the
//   complaint around it outside; "Maybe if his chain-smoking mum put the fags down in the car he wouldn't
//   be in there" is bullying of one identified mother ("fags", cigarettes, no profanity, set 5); "Foster kid
//   in Year 1, better lock up the lunchboxes" under the welcome post picks out one child; "That Lewis boy"
//   names Oscar Lewis (a unique surname). In "did anyone see Mason's mum at drop off, looked like ..." the
//   span starts at the subject, "did anyone see" outside. "Here comes the Karen brigade" (a group, set 4) and
//   "To the mum in the leopard-print onesie ...: icon. Never change." (praise in an insult's shape, set 13)
//   are clean; "Shame they had Mr Walsh all year." before an insult is criticism, the name only.
// - profanity: "sweet FA" is labelled over the phrase (FA stands for the swear words, set 11's
//   abbreviations), while "the English Schools' FA Cup" is clean; "bugger all" counts like "sod all" (set
//   8); "F.F.S", "pi$$ed", "f\u03c5ck" (Greek upsilon), "b\u043ell\u043ecks" (Cyrillic o), "\u0412loody"
//   (Cyrillic capital Ve), spaced "c u n t" and "jfc" count.
// - commercial: in official posts the sponsor's MOT code, the photographer's ordering link, the uniform
//   supplier's sale and a tutoring firm's plug are commercial, and so is the PTA's easyfundraising link,
//   which sends parents to shop with retailers; the PTA's JustGiving page for the sponsored walk, the fair's
//   prices, the leavers' hoodies and the tennis club's ParentPay price are the school's own and clean. An
//   MLM pitch's hashtags (#teamtropic #mumboss, #bossbabe) stay outside its span; an e-mail written with
//   "dot" and "at" inside an MLM pitch is pd nested in it.
// - personal_data: the Samaritans' 116 123 in an official post is pd (a national helpline, set 3); the
//   police's 101 is clean (set 17). "14 Kington Lane" (house number and street) is pd beside the threat
//   that follows it (set 9). "the leisure centre car park on Alveston Road", a road named with no house
//   number or postcode as directions, is clean. A pupil's birth date in an official birthday post is pd
//   over the date, "born" outside (set 7); a younger sibling's in a deferral question is pd (set 22).
// - child_specific: named children in hospital after an asthma attack, joining a residential late after a
//   hospital appointment, going home for night-time medication, bereaved, under a collection restriction
//   against a parent, on mornings only for medication, not racing because of a heart condition, sitting the
//   phonics check late after grommets, on crutches after a broken ankle, living with a foster family, and
//   away abroad for the rest of term; "one of our Year 2 girls" with chickenpox, "a child in our class"
//   with a kiwi and banana allergy (one child picked out to a class, set 20) and "The Year 5 boy involved"
//   excluded are cs over the clause, names nested. General notices (hand, foot and mouth "across Reception
//   and Year 1", hay fever, staff epilepsy training, a kindness circle time after "unkind behaviour") are
//   clean.
// - school_identification (personal posts only): "Oakfield", "Oakfield Primary", "Oakers", "Oakfield
//   Road", the school's e-mail and phone in staff members' posts, and #OakfieldLeavers2026 and
//   #OakfieldSummerFair over the hashtag word; "Thornbury", "Castle" and "Marlwood" are not labelled.
// - photo_consent: images tag Ivy Green; Yusuf Jenkins and Sienna Kaur; Kai Nguyen and Seán O'Brien;
//   Dylan Lawson; and Fatima Lawson without consent; three other images tag only consented pupils.
// - Names: "Fatima L", "Lottie W", "Jacob R" and "Theo W" are given name + initial; "Ibrahim in Year 2",
//   "Mason" in a Year 3 chat, lower-case "ethan", and "Archie", "Dylan", "Kai", "Seán", "Phoebe",
//   "Fatima", "Hannah", "Elsie", "Niamh", "Summer", "Grace", "Jack", "Theo", "Willow", "Ella", "Jude",
//   "May", "Leo", "Hope", "Will", "Muhammad", "Rose" and "Ruby" ("Rubys poem", over "Ruby") are labelled
//   where they name a child; "Chloé" after "Chloé Dubois" likewise. Staff: "Mr Cartwright", "Mrs Talbot",
//   "Mrs Ingram" and "Mrs Oduya" (shared surnames after a title); "Lloyd", "Hughes" and "Walsh" alone
//   (unique surnames); "Karen" after "Karen Ingram" in an official post (set 17's "Sam"); "Kieran" and
//   "Beth" in a staff member's post. Not names: Tom Fletcher the author ([[not:]]), Mr Singh, Mr Haddad,
//   Mr Harrison, the Loveridge family, Becky, Pete, Dale, Tina, Terry, Shane, Kerry, Gav, Leanne, Leah,
//   Kian, and the people and words listed under Aim.
import type { Source } from './heldout-texts.js';

export const OFFICIAL: Source[] = [
  "Welcome back, everyone! We hope you all had a restful Easter. School reopens for the summer term on Tuesday 14 April (Monday 13th is an INSET day). It's a packed term – SATs, sports day, the summer fair, the Year 6 residential and, of course, saying goodbye to our leavers. Term dates are on the website, and the office is open from 8.15am on 0117 496 0123.",
  "Happy Vaisakhi to all our Sikh families! 🧡 This morning Mr Singh from the Bristol gurdwara told KS2 the story of 1699, when Guru Gobind Singh asked who would give their head for their faith and five volunteers stepped forward – the Panj Pyare. The children learned about the five Ks, including the kirpan, a small ceremonial blade worn as a reminder of the duty to protect the weak. Thank you for the delicious langar treats!",
  "Stars of the week 🌟 Reception: [[pn:Fatima Quinn]] for brave new writing. Year 1: [[pn:Leo Kowalski]] for super sounding out. Year 2: [[pn:May Chen]] for kindness in the lunch queue. Year 3: [[pn:Aisha Begum]] for her Viking longship. Year 4: [[pn:Rohan Farrell]] for never giving up in maths. Year 5: [[pn:Priya Sharma]] for her science write-up. Year 6: [[pn:Alfie Turner]] for mentoring the Year 3s at football club. Well done all – may the sunshine last!",
  "Happy St George's Day! Year 2 acted out the legend this morning: a town terrorised by a dragon that demanded a sacrifice every day, a princess tied up as its next meal, and George, who speared the beast and rescued her. Some of our dragons were very convincing – apologies to anyone who heard the roaring from the car park. Did you know George is also the patron saint of Georgia, Ethiopia and Catalonia?",
  "Year 6 SATs run from Monday 11 to Thursday 14 May. There will be a free breakfast club from 8am every day that week (bacon rolls, toast and fruit). Please make sure everyone gets an early night, and remember: these tests measure a few things about reading and maths, not everything that makes your child brilliant. Go and smash it, Year 6! 💪",
  "Huge thanks to Severn Vale Motors for sponsoring this year's sports day medals! 🥇 [[cm:Oakfield families get 15% off an MOT or service before the end of June with the code OAKFIELD15 at severnvalemotors.co.uk]].",
  "Class photos are ready! 📸 Every child has brought home a card with a login. [[cm:View and order prints until Friday 19 June at www.shutterbox-schools.co.uk – free delivery to school on orders over £20]]. Sibling photos were taken on the same day and are filed under the eldest child's code.",
  "Please keep one of our Year 4 friends in your thoughts this week. [[cs:[[pn:Noah Patel]] is in Southmead Hospital after a serious asthma attack on Sunday]], and the doctors hope he'll be home by the weekend. His class have made him an enormous card. Get well soon, [[pn:Noah]]! 💙",
  "Dear Acorn class parents, [[cs:one of our Year 2 girls has been diagnosed with chickenpox]]. If you are pregnant, or your child has a weakened immune system, please speak to your GP or midwife. Spots usually appear 10 to 21 days after contact.",
  "We've had a few cases of hand, foot and mouth disease across Reception and Year 1. It is usually mild, and children can come to school as long as they feel well enough. Good handwashing really does help – thank you!",
  "Hay fever season is here 🤧 If your child needs an antihistamine during the school day, please fill in a medicine form at the office – we can't give any medicine without one. Sun cream should go on before school; children may bring a named bottle to top up at lunchtime.",
  "SPORTS DAY is Wednesday 24 June! KS1 in the morning, KS2 after lunch. Our four houses – Severn, Avon, Wye and Frome – will battle it out for the trophy. Last year Wye absolutely crushed everyone in the tug of war, so the other captains are out for revenge 😄 Parents are very welcome; bring a picnic rug, a sun hat and your loudest cheer.",
  {
    text: "What a day! ☀️ Congratulations to Wye house, champions for the second year running. Our fastest Year 6 sprinters, [[pn:Hope Adeyemi]] and [[pn:Ethan Brooks]], both broke the school 80m record!",
    images: [["Hope Adeyemi", "Ethan Brooks"]],
  },
  {
    text: "The Year 4 egg-and-spoon final was nail-biting! Congratulations to [[pn:Ivy Green]], who didn't drop her egg once, and to [[pn:Grace Okafor]] and [[pn:Daisy Price]] for a photo finish in second place. 🥚🥄",
    images: [["Ivy Green", "Grace Okafor", "Daisy Price"]],
  },
  "SUMMER FAIR – Saturday 4 July, 12 till 3pm! Bouncy castle (£2), tombola (£1 a go), cake stall, coconut shy, the knobbly knees contest for dads (free entry, judged by the school council) and the famous teachers' stocks: 50p for three wet sponges at the teacher of your choice. Every penny goes to the PTA for new playground equipment. Questions to office@oakfield.sch.uk.",
  "Did you know you can raise money for the PTA without spending a penny extra? [[cm:Shop online with over 7,000 retailers through easyfundraising.org.uk/oakfieldpta and they'll donate a percentage of everything you spend]]. Last year it paid for the Reception sandpit!",
  "Staff news: after 27 years at Oakfield, Mr [[sn:Cartwright]] retires this July. Thousands of Thornbury children learned long division, the offside rule and every word of 'Bread of Heaven' in his classroom. We'll say a proper goodbye at the leavers' assembly. We're also delighted to welcome [[sn:Nadia Karimi]] back from maternity leave after half term.",
  "We have reported a message left on the office answerphone on Thursday evening to the police. The caller said: '[[th:Tell that headmaster if my lad's not picked for the sports day relay I'll be waiting for him in the car park and he'll be going home in an ambulance]].' Our staff deserve to come to work without fear. Anyone who threatens or abuses staff will be banned from the site.",
  "On Sunday night someone sprayed '[[ht:ISLAM OUT OF OUR SCHOOLS]]' across the Key Stage 2 gate. It was painted over by 8am and the police have the CCTV. To every Muslim child and family at Oakfield: you belong here, and we are sorry you had to see it.",
  "Online safety: several Year 5 and 6 children have told us about a Roblox obstacle game in which players who fail a level are spammed with messages telling them to '[[th:go and touch the electric fence and stay there]]'. Some players use names like '[[pr:B0LL0X_B4ND1T]]'. Please check who your child is playing with, turn off chat for under-13s, and remind them they can always tell an adult.",
  "Please be alert: on Tuesday evening a man in a dark estate car pulled up beside two Year 5 girls near the Streamside footpath and [[sx:offered them ten pounds each and a lift home if they promised not to tell their mums]]. The girls ran straight home and their parents called the police. If you have a dashcam or doorbell camera covering Streamside between 6 and 7pm, please contact Avon and Somerset Police on 101.",
  "The police have asked us to share that a man was reported taking photographs of children at the St Mary Street play park on Saturday afternoon. Nobody was approached. Please keep a close eye on younger children and report anything that worries you on 101.",
  "June is Pride Month 🏳️‍🌈 This week's assembly book was 'Julián Is a Mermaid', and we talked about how families come in all shapes: some children live with a mum and a dad, some with two mums or two dads, some with one parent, grandparents or foster carers. At Oakfield, everyone belongs.",
  "Refugee Week, 15–21 June: Year 5 welcomed Mr Haddad, who fled Aleppo in 2015 with his wife and two sons. He told the children about the night his street was bombed, the crossing to Greece and his first cold winter in Bristol. Their questions were thoughtful and kind. Thank you, Mr Haddad, for sharing your story.",
  "Windrush Day, 22 June: on this day in 1948 the Empire Windrush docked at Tilbury with 802 passengers from the Caribbean. Year 3 have interviewed grandparents who came to Bristol in the 1950s and 60s – some still remember the signs in boarding-house windows and the Bristol Bus Boycott. Their stories are now on the hall display.",
  "Gypsy, Roma and Traveller History Month: a huge thank you to the Loveridge family, who brought their beautifully painted bow-top wagon to school and told KS2 about Romany life, the horse fair at Appleby and the Romani language. The children were amazed to learn that everyday words like 'pal' and 'chav' come from Romani!",
  "Eid al-Adha Mubarak to all our Muslim families! 🌙 This year Eid falls during half term. The festival remembers the Prophet Ibrahim's willingness to sacrifice his son, and many families give Qurbani – sharing the meat of a sacrificed animal with neighbours and with people in need.",
  "Year 6 residential, 8–10 June: we'll be staying at [[pd:Wyndcliffe Outdoor Centre, Forest Road, Coleford GL16 7QZ]]. In an emergency while we're away, the centre's office is on [[pd:01594 610388]]. The kit list is attached – no phones, no energy drinks, and yes, they really will need wellies.",
  "Year 6 residential update: [[cs:[[pn:Siân Evans]] will travel up on Tuesday morning after her hospital appointment]], and [[cs:[[pn:Toby Gill]]'s mum is collecting him on Tuesday evening so he can have his night-time medication at home]]. Everyone else – the coach leaves at 8.30 sharp on Monday!",
  "Day 2 at Wyndcliffe: gorge walking, the zip wire and a night walk to find bats. Nobody fell in the river (well, only one teacher, who shall remain nameless). Lights out at 9.30. Or possibly 10.15. 🦇",
  "Year 5 science this half term is all about life cycles: how flowering plants reproduce sexually (pollen, stamens and the stigma) and asexually (strawberry runners, bulbs and cuttings). Please send in any spare spider plant babies!",
  "Year 6 have been learning about the ancient Maya: their calendar, their chocolate, the ball game whose losing captain was sometimes sacrificed, and the priests who cut out hearts on the temple steps. Gory, yes, but the writing this week has been superb.",
  "Year 4 re-enacted the Battle of Marathon on the field this afternoon – the Athenians against the Persian army, pool-noodle spears at the ready. Next week: the Trojan Horse, and how Achilles was killed by a single arrow to the heel.",
  "England start their World Cup campaign next week! ⚽ Children may wear a football shirt – any team – on Friday 12 June for a £1 donation to Children's Hospice South West. Let's hope our penalty record is better than England's 😬",
  "The Year 1 phonics screening check takes place in the week of 8 June. It's short and friendly: children read 40 words to their teacher, some real and some 'alien' words like 'blurst' and 'vap'. There's nothing to revise – just keep reading together.",
  "Year 4 have their multiplication tables check next month: 25 questions, 6 seconds each. They've been killing it on TT Rock Stars, and our top rock star this week is in Oak class with 2,340 correct answers! 🎸",
  "Birch class: [[cs:a child in our class has a severe kiwi and banana allergy]], so please don't send either fruit in for snack or in lunchboxes. Thank you for helping to keep everyone safe.",
  "We are aware of rumours on social media about an incident at lunchtime on Tuesday. [[cs:The Year 5 boy involved has been excluded for three days]], and we have spoken to all the families concerned. We won't be commenting further online.",
  "Following some unkind behaviour on the playground this week, every class has had a circle time about kindness and speaking up. If your child tells you something is worrying them, please come and talk to us – our door is always open.",
  "[[cs:[[pn:Jude Gallagher]] in Year 2 lost his grandad at the weekend]]. Many of you will have known Pete from the school run, always with a joke at the gate. Please be gentle with [[pn:Jude]] when he comes back to school.",
  "Reminder for Willow class staff and helpers: [[cs:[[pn:Isla Murray]] may only be collected by her mum or her nan at the moment, not by her dad]]. Thank you.",
  "[[cs:[[pn:Lottie W]] in Year 5 will be doing mornings only for the next fortnight while her new medication is sorted out]], so she'll miss Thursday's swimming.",
  "Sports day note for Year 3 families: [[cs:[[pn:Oliver Bennett]] won't be running in the races this year because of his heart condition]], but he has agreed to be our official starter – with the big whistle!",
  "[[cs:[[pn:Ibrahim]] in Year 2 will sit his phonics check later in the week, after his grommet operation]].",
  "Three cheers for [[pn:Will Thompson]], who has been hopping around Year 5 on crutches all week with a grin on his face! [[cs:He broke his ankle at a trampoline park over Easter]], so please give him a bit of space in the corridors. Will anyone who finds a blue crutch cover please hand it in to the office?",
  "All staff completed epilepsy awareness training on our INSET day, alongside refresher first aid and adrenaline-pen training. Thank you to the school nursing team for a really useful morning.",
  "Our Year 3 poetry competition winners! 'Summer Rain' by [[pn:Rose Hill]], 'The Holly Tree' by [[pn:Lily Ward]] and 'Hope Is a Feather' by [[pn:Ruby Ahmed]]. Judged by Mrs [[sn:Jones]] and Miss [[sn:Reid]], who say it was the hardest decision of their year.",
  "Transition day is Thursday 2 July: every child will spend the day with next year's teacher. Year 6 will visit Marlwood and The Castle School. And Year 2 – don't worry, the juniors' playground isn't as scary as it looks!",
  "Year 6 leavers' hoodies are £18 each, with names on the back. Order forms to the office by Friday 1 May (cash or ParentPay). If the cost is a worry, please speak to us in confidence – no child will go without.",
  "Getting ready for September? [[cm:Our uniform supplier, Castle Schoolwear on Thornbury High Street, has 20% off book bags and PE kits until 31 July – order online at castleschoolwear.co.uk]]. Pre-loved uniform is free from the PTA rail every Friday.",
  "Mental Health Awareness Week: this year's theme is community. Classes have been talking about worry monsters, calm corners and the people we can talk to. If you are struggling yourself, the Samaritans are on [[pd:116 123]], day or night.",
  "It's Walk to School Week! 🚶 If you live too far to walk, try park and stride from the leisure centre car park on Alveston Road – it's free for the 15 minutes before school. Stickers for every walker, and a prize for the class with the most.",
  "Deaf Awareness Week: Year 1 learned to sign 'good morning', 'thank you' and 'well done' in British Sign Language, taught by one of our teaching assistants, who grew up with Deaf parents. Ask your child to show you!",
  "A massive thank you to our reading volunteers, [[sn:Angela Talbot]] and [[sn:Karen Ingram]], who have heard more than 2,000 readers this year. [[sn:Karen]] is moving to Devon this summer – we will miss you!",
  "Year 2 are off to the Bristol Aquarium on Thursday: seahorses, the shark tunnel and, we're promised, a very friendly ray. Thank you to all our parent helpers. The coach leaves at 9am and returns by 3.15; packed lunches please, with no nuts and no glass bottles.",
  "Happy Earth Day! 🌍 Year 3 sowed a wildflower strip beside the hall. After April's late frost we weren't sure the seeds would take, but they're coming up nicely. We hope the bees approve! 🐝",
  "Year 5's geography topic this term is the UK's oddest place names. So far they've found Happy Bottom in Dorset, Cocking in West Sussex, Ugley in Essex and Six Mile Bottom near Cambridge, and drawn maps to all of them. Suggestions welcome in the comments!",
  "Gardening club have been pricking out tomato seedlings and staking the runner beans. Alan Titchmarsh, eat your heart out! Thank you to our caretaker for fixing the water butt and sharpening our hoes.",
  "End-of-year reports will go home on Friday 10 July. If you'd like to talk about your child's report, appointments with class teachers can be booked through the school app.",
  "[[cm:The Thornbury Tutor Hub is offering Oakfield families a free trial session and £20 off its summer maths club – book at tutorhubthornbury.co.uk]]. Great for keeping skills fresh before September!",
  {
    text: "Reception had a wonderful day at the farm! 🐑 Here are [[pn:Fatima]] and [[pn:Hannah]] bottle-feeding the lambs.",
    images: [["Fatima Quinn", "Hannah Kaur"]],
  },
  {
    text: "Year 1 superhero day! 🦸 Look at [[pn:Yusuf]], [[pn:Sienna]] and [[pn:Phoebe]] in their capes – saving the world one phonics sound at a time.",
    images: [["Yusuf Jenkins", "Sienna Kaur", "Phoebe Zielinski"]],
  },
  {
    text: "Champions! 🏆 Our Year 6 netball team won the South Glos summer league: [[pn:Ava Robinson]], [[pn:Freya Nowak]], [[pn:Esme Ashworth]], [[pn:Willow Ellis]], [[pn:Layla Bradley]] and [[pn:Hope Adeyemi]], coached by Miss [[sn:Cole]].",
    images: [["Ava Robinson", "Freya Nowak", "Esme Ashworth", "Willow Ellis", "Layla Bradley", "Hope Adeyemi"]],
  },
  {
    text: "Swimming gala silver for Year 4! 🏊 [[pn:Kai]] and [[pn:Seán]] swam the anchor legs of the relay, and [[pn:Archie]] got a personal best in the backstroke.",
    images: [["Kai Nguyen", "Seán O'Brien", "Archie Zielinski"]],
  },
  {
    text: "Reception's teddy bears' picnic 🧸 [[pn:Dylan]] and [[pn:Archie]] made sure every bear got a jam sandwich.",
    images: [["Dylan Lawson", "Archie Bradley"]],
  },
  {
    text: "Year 2 artists have been busy with clay hedgehogs this week. [[pn:Fatima L]] even gave hers a tiny clay apple. 🦔",
    images: [["Fatima Lawson"]],
  },
  "PTA summer fair volunteers needed! If you can give an hour on a stall, please text Becky on [[pd:07700 900418]] or email [[pd:oakfieldpta.fair@gmail.com]]. Many hands make light work!",
  "A grey zip-up hoodie (age 9-10) has been handed in with a phone number written on the label, [[pd:07700 900 733]]. We've tried it with no answer – if it's yours, it's waiting in the office.",
  "We are deeply disappointed that at Saturday's cricket festival a spectator from another club shouted '[[ht:[[bu:go back to Bangladesh]]]]' at one of our Year 6 batters. He carried on and scored 22. The league is investigating, and we are proud of how our team responded.",
  "With the hot weather forecast, please talk to your children about open water. Cold water shock can kill even strong swimmers – the quarry and the Severn are not safe places to swim, however inviting they look.",
  "A very warm welcome to [[pn:Arlo Fisher]], who joined Year 1 this week! [[cs:[[pn:Arlo]] has moved to Thornbury to live with his foster family]], and we know you'll all help him feel at home.",
  "To the person who left a note on a teacher's windscreen in the staff car park on Wednesday reading '[[th:Next time it'll be your face not your tyres]]': this has been passed to the police, along with the CCTV.",
  "We've had several complaints about language at the gate. On Monday one parent was heard shouting '[[pr:f***ing]] teachers' in front of Reception children, and another [[th:threatened to put a member of staff through the office window]]. This has to stop.",
  "Bikeability: 24 Year 5s passed Level 2 this week! They learned to take the lane, handle junctions and survive the Midland Way roundabout. Thank you to our brilliant instructors.",
  "Friday newsletter 🗞️ Mr [[sn:Fletcher]]'s class won the attendance cup for the third week running. Mrs [[sn:Marsh]], our designated safeguarding lead, will be on the gate on Monday morning if you'd like a word. Mrs [[sn:Frost]] is busy rehearsing the Year 6 production of Annie Jr – tickets go on sale next week.",
  "Year 3's class novel this term is 'The Creakers' by [[not:Tom Fletcher]], after so many of you asked! Mr [[sn:Fletcher]] would like everyone to know that he did not write it.",
  "Year 5's maths escape room had a zombie apocalypse theme: solve the fractions to find the antidote before the infection spreads. Only one group got 'eaten', and they took it very well. 🧟",
  "Happy 8th birthday to [[pn:May Chen]] in Year 2, born [[pd:4 May 2018]]! 🎂 Thank you for sharing your cupcakes with the whole class.",
  "Reception 2027: children born between 1 September 2022 and 31 August 2023 start school in September 2027, and applications open in November. Parents of summer-born children (born 1 April to 31 August) can ask to defer for a year.",
  "Good news: the PTA has been awarded a £2,500 community grant for a new outdoor classroom! Thank you to our business manager for writing the bid over the Easter holidays.",
  "As the summer term comes to an end, thank you – for the cakes, the lifts, the early mornings and the patience. Have a wonderful summer, and we'll see you on Thursday 3 September. From all of us at Oakfield",
  "We have been made aware of a post in a local Facebook group saying '[[th:someone should torch that school before September]]'. It has been reported to the police. The safety of our pupils and staff comes first.",
  "A TikTok video filmed through the fence has been shared calling one of our lunchtime supervisors '[[bu:the hippo in the hi-vis]]'. Please talk to your children about filming people and about what they share. It has been reported.",
  "[[cs:[[pn:Chloé Dubois]] is spending the rest of the summer term with her dad's family in Lyon and will rejoin Year 5 in September]]. Bonnes vacances, [[pn:Chloé]]!",
  "Congratulations to [[pn:Muhammad Rahman]] (Year 5), who won the South Gloucestershire junior chess championship on Saturday! Checkmate in 14 moves – his opponent never stood a chance. ♟️",
  "Father's Day breakfast: Friday 19 June, 8 till 8.40am. Bacon rolls and a cuppa for dads, grandads, uncles, big brothers and anyone who's a father figure. Special mention to the dad who beat our PE teacher in last year's dads' race – he wants a rematch.",
  "Following an incident at a local football tournament, we want to be clear: racist language, whether on a pitch or in a playground, is never 'banter'. Our Year 6 players handled it with real dignity and the league is investigating.",
  "Year 6 engineers built model dams this week to hold back a flood in the sand tray. Some held; some burst spectacularly. Next week we compare them with the Hoover Dam and the Three Gorges.",
  "Our sponsored walk round Thornbury Castle raised an amazing £1,842! Thank you to everyone who walked, sponsored and handed out squash. The PTA's JustGiving page stays open until Friday if you'd still like to donate.",
  "New summer menu from Monday: cheesy bean jackets, Taco Tuesday, fish fingers on Friday, and the return of Eton mess by popular demand. Menus are on the website.",
  "Our Year 6 girls reached the regional final of the English Schools' FA Cup! They lost 2–1 to a very strong Yate side, but they went down fighting. Player of the match went to our goalkeeper, who made eleven saves.",
  "Summer term clubs start next week: cricket, tennis, choir, Lego club and gardening club. All clubs are free except tennis (£3 a session, paid through ParentPay). Sign-up sheets are in the office.",
];

export const COMMENTS: Source[] = [
  "Welcome back! Does anyone know if breakfast club starts on Tuesday or next week?",
  "> Lovely post, my son came home talking about langar all evening\n> Vaisakhi diyan lakh lakh vadhaiyan to everyone 🙏\n> [[ht:Daggers in a primary school now. Give it ten years and they'll be running the council]]",
  "> Thank you for including this\n> My daughter explained all five Ks to her grandad over tea, he was very impressed",
  "> Well done [[pn:Leo]]!! So proud of you xx\n> Congratulations [[pn:May]], superstar 🌟\n> [[bu:[[pn:Alfie Turner]] mentoring anyone is a joke, that boy can't tie his own laces]] 😂\n> Grow up Dale",
  "> Happy St George's Day 🏴\n> George was born in what's now Turkey, fun fact for the kids\n> My two came home roaring, thanks for that 😂",
  "> Good luck Year 6, you've got this!\n> [[pn:Ella]]'s been so nervous, hope she gets some sleep\n> Shame they had Mr [[sn:Walsh]] all year. [[bu:Man's got the attention span of a goldfish and the work ethic of a sloth]]",
  "> Booked mine, thanks for the code!\n> Severn Vale sorted my clutch last year, honest lads\n> Are the medals actual gold? Asking for my very competitive son 😂",
  "> £14 for a 10x8?? Daylight robbery\n> You can just screenshot the proof, the watermark's tiny\n> [[cm:I do relaxed family portraits in the park for £25 all in, DM me for July dates]] 📸",
  "> Get well soon [[pn:Noah]] ❤️\n> Poor lad, sending love to the family\n> [[bu:Maybe if his chain-smoking mum put the fags down in the car he wouldn't be in there]]",
  "> Which girl is it? I'm 30 weeks pregnant and my son sits next to half of them\n> Please don't ask that on here, the school did the right thing\n> Thanks for the heads up",
  "> What time do KS2 start?\n> 1.15 I think, it's on the letter\n> Wye all the way!! 💛💛",
  "[[sx:The girl in yellow who won the 80m has real talent. I coach sprinters privately and would happily work with her for free – could someone pass on her name or get her to message me? No need to bother her parents at this stage]].",
  "> Great day, thank you to all the staff ☀️\n> [[sx:Mr [[sn:Walsh]] in those shorts though 🥵 he can blow his whistle at me any day]]\n> Behave Kerry 😂😂",
  "> Is there a bar this year? Asking for all the dads 🍺\n> Can we pay by card?\n> The knobbly knees contest is the highlight of my year, Gav's been moisturising since Easter",
  "> Put Mrs [[sn:Frost]] in the stocks and I'll spend a tenner 😂\n> I'll be queueing for Mr [[sn:Hughes]] with a bucket\n> [[th:I'd pay good money to put a brick in one of those sponges for [[sn:Hughes]]]]",
  "> Best teacher ever, taught both my boys and me!\n> Enjoy your retirement Mr [[sn:Cartwright]], you've earned it\n> About time. [[bu:Miserable old [[pr:sod]]]] shouted at my lad for three years straight",
  "> Disgusting, hope the police throw the book at him\n> Standing with the staff 💪\n> To be fair if my kid got left out of the relay I'd be fuming too\n> Fuming is fine, threatening people isn't",
  "> Sickening. This isn't who Thornbury is.\n> Not condoning vandalism BUT [[ht:they don't integrate and they never will]]\n> Then what's the but for, Terry?",
  "> Love this 🏳️‍🌈 my daughter has two mums and she was beaming at tea\n> I'd rather my son learned to read than learned about mermaids tbh\n> [[ht:Normalising perversion to infants, that's all this is]]\n> It's a picture book, Shane",
  "[[ht:Clown world 🤡🌍]]",
  "> What an inspiring man. My grandad came over from Hungary in 1956, so this really hit home\n> [[ht:Every one of them 'fled a war' and every one of them has a newer phone than me]]. [[ht:Fighting-age chancers, the lot]]",
  "> My nan came over from Jamaica in 1961, she'd have loved this\n> [[ht:Biggest mistake this country ever made, letting that ship dock]]\n> Reported. Vile.",
  "> The wagon was beautiful, my two haven't stopped talking about the horses\n> [[ht:Hope someone counted the bikes in the shed after they left]] 😂",
  "> Eid Mubarak to everyone celebrating 🌙\n> [[ht:Slaughtering sheep in back gardens isn't culture, it's barbaric, and they can do it back where they came from]]",
  "> Has anyone got a spare sleeping bag we could borrow for the residential?\n> I've got one, will drop it round tomorrow\n> Is someone at the centre overnight?\n> Yes, staff sleep on every corridor",
  "> Poor Mr [[sn:Walsh]] 😂 hope he packed spare socks\n> [[th:Shame the current didn't take him]]",
  "> Thinking of you all. Pete was a lovely man and always had a joke at the gate 💙",
  "> Should this really be on Facebook??\n> Agreed, please take it down\n> So that's why her dad was kicking off at the gate last week. [[th:He wants to try that when my husband's there]]",
  "> Rock on Year 4!! 🎸\n> How do I log in to TT Rock Stars? We've lost the password\n> Ask the office, they can reset it",
  "> Everyone knows who it was. [[bu:That [[pn:Lewis]] boy is feral, always has been]]\n> [[bu:His mum's no better]], screaming at the lollipop man last week\n> Stop naming kids on here!!",
  "> Fish fingers Friday 🙌\n> Any chance of a veggie option that isn't pasta every single day?",
  "> 20% off is fine but their trousers fall apart in a week\n> [[cm:Vinted has loads of the jumpers, I'm selling three age 7-8 for £4 each, link in my profile]]",
  "[[cm:Hey lovely! 💕 If you're looking for a flexible way to earn around the school run, I'm building a team with Tropic skincare – I made back my £200 starter kit in three weeks! Drop me a 💕 and I'll send you all the details]] #teamtropic #mumboss",
  "[[cm:For anyone still after school shoes, Clarks are doing 20% off with code SUMMER20 this weekend]]",
  "> Will the wildflowers cope in this heat?\n> They're tougher than they look, just like Year 3 😂",
  "> [[pn:Ruby]]s poem made me cry on the bus\n> Well done [[pn:Rose]], your nan is so proud 🌹\n> The holly tree one was gorgeous too",
  "Has anyone found a small purple Frozen water bottle on the field? Please ring me on [[pd:07700 900 261]] if so, she's heartbroken 😩",
  "I think I dropped my Fitbit on the field at sports day, it's a black one. Email [[pd:shelleyb84@hotmail.co.uk]] or text [[pd:07700 900 445]] if anyone picks it up 🙏",
  "Anyone want a lift to the summer fair from Alveston? I'm at [[pd:12 Greenhill Road, BS35 3LS]] and leaving about 11.45, room for two car seats.",
  "> My youngest was born [[pd:14th July 2023]] – do I apply this autumn or next?\n> This autumn, the portal opens in November",
  "Whoever keeps parking across my drive at [[pd:14 Kington Lane]] at pick-up: [[th:next time you'll come back to four flat tyres and a windscreen to match]].",
  "It's only a matter of time before a kid gets clipped by one of those Range Rovers doing 30 past the gate. Please slow down, people.",
  "> Absolutely [[pr:sh1t]] communication as usual, found out about the trip from my six year old\n> The letter went out on Monday, it's on the app\n> What a load of [[pr:b\u043ell\u043ecks]], nobody told me",
  "Asked three times about [[pn:Mia]]'s reading book and heard [[pr:sweet FA]] back.",
  "> [[pr:F.F.S]] the car park at sports day was a joke\n> Left at 3.40 and still queuing at 4.10\n> I'm [[pr:pi$$ed]] off we weren't told to park at the leisure centre",
  "Mental health week is a good nudge to check on your mates. A walk along the Severn with a flask and a friend works wonders for me.",
  "> This school is a joke\n> Then move your kids, Dale, nobody's stopping you\n> [[bu:Nobody asked you]] Tina, [[th:[[bu:go and do a swan dive off Clevedon pier]]]]",
  "> Come on England! 🏴\n> Hope we batter the [[ht:dagos]] in the quarters",
  "> Penalties will finish me off 😂\n> Kane to bury one in the top corner, calling it now\n> England will choke, they always do",
  "My grandad would be spinning in his grave seeing kids in German shirts. [[pr:Bloody]] [[ht:krauts]].",
  "> Brilliant girls!! 🏆\n> [[bu:[[pn:Willow]] looks about 30 in that photo, is she sure she's in Year 6]] 😂",
  "[[sx:Some of those Year 6 girls are very grown up for their age]] 😍",
  "> who the [[pr:fυck]] schedules sports day in a heatwave\n> the Met Office apparently 😂",
  "> Welcome [[pn:Arlo]]! 💙\n> [[bu:Foster kid in Year 1, better lock up the lunchboxes]]",
  "> Our official starter 😍 love that so much\n> What a lovely idea, bless him",
  "> Well done [[pn:Muhammad]]! ♟️\n> [[ht:[[bu:Course he won, his lot are taught to be sneaky from the cradle]]]]",
  "> Not all of us have dads around, this feels a bit exclusive\n> They literally said anyone who's a father figure\n> [[bu:Maybe if you hadn't driven him off he'd still be around]], Leanne 😂",
  "> Mr [[sn:Lloyd]] was robbed last year!\n> [[sn:Lloyd]]'s going down this year, I've been training since Easter 💪",
  "[[th:Any dad who trips my husband in that race again is getting his head kicked in on the field, sports day or not]].",
  "[[sx:Miss [[sn:Reid]] can give me a private lesson anytime]] 😉",
  "[[sx:Bored mums of Thornbury 💋 real local women want to chat tonight, no sign-up fee ➡️ [[cm:hot-local-mums.xyz/bs35]]]]",
  "[[cm:I turned £250 into £4,800 in ten days with Mr Harrison's trading signals. He's 100% legit – WhatsApp him on [[pd:+44 7700 900914]]]]",
  "Maybe if [[bu:the office cow]] answered the phone once in a while people wouldn't have to leave messages",
  "Some [[ht:gypo]] in a white van nearly took out a Reception kid on the zigzags this morning.",
  "Who planned this sports day, the Met Office? Two hours in the sun for one race 🥵",
  "> Love the inclusive message\n> [[ht:Boys in the girls' toilets next, you watch]]",
  "> Such a moving talk\n> [[ht:Ask who funds all these refugee charities. Soros, every single time]]",
  "> Happy birthday [[pn:May]] 🎂\n> [[ht:[[bu:Hope they didn't cook the class hamster for her party]]]]",
  "[[th:Carry on with this Pride nonsense and see how long your windows last]].",
  "[[th:[[ht:Lock the doors on that mosque on Eid morning and light a match]]]], problem solved",
  "> Lovely to see all the children included\n> [[bu:That lad in Year 4 in the wheelchair just sits there like a [[ht:vegetable]]]]\n> What is wrong with you",
  "> [[bu:Mr [[sn:Fletcher]] is a useless [[pr:tw@t]]]] and everyone knows it\n> He's been brilliant with my daughter, actually",
  "[[th:If [[sn:Walsh]] puts his hands on my boy again I'll swing for him]]. Told you now.",
  "[[th:The deputy wants to remember my family's been in this town a lot longer than she has, and we look after our own]].",
  "> Thank you to all the staff, what a year\n> Have a lovely summer everyone ☀️",
  "> Such cute little heroes 😍\n> [[sx:Which one is [[pn:Phoebe]]? I'd love to send her a little superhero present, could her mum inbox me?]]",
  "> Is there a photo of the whole relay team? Asking for my nan who couldn't get to the gala",
  "Here comes the Karen brigade complaining about sun cream again 🙄",
  "The head's been brilliant this year, whatever people say on here. Fair play to him.",
  "[[th:Mrs [[sn:Karimi]]'s little silver Yaris sits right by the back fence, doesn't it. Long way from the office window]].",
  "We said grace at Scouts and my boy announced it's the only prayer he knows 😂",
  "Summer fair on the 4th, summer hols on the 22nd, where has this year gone?",
  "> Did anyone mark the date for transition day? I've lost the letter\n> Thursday 2nd July",
  "[[pn:Will]] will be gutted he missed the chess final. [[pn:Muhammad]] is a genius!",
  "Hope it doesn't rain for sports day! [[pn:Hope]] has been practising her sprint start in the garden every night 🏃‍♀️",
  "Has anyone got Mrs [[sn:Oduya]]'s email? I want to say thank you properly before the holidays.",
  "> Such a lovely visit\n> [[th:[[ht:Park Road's full of Romanians now. A few bricks through a few windows and they'd soon move on]]]]",
  "Is the Maya topic on the website? My son wants to build a temple out of Weetabix boxes.",
  "> Does anyone know if the Year 6 disco is fancy dress?\n> Not this year, just smart-casual\n> [[sx:Hope the Year 6 mums are dressing up though 😏]]",
  "> [[pr:bugger all]] shade at sports day again, my two came home like lobsters\n> Gazebos next year please!",
  "[[th:Enjoy the fair everyone, might want to check under the cake stall first 💣]]",
  "> [[th:If that [[pn:Kai]] pushes my daughter off the climbing frame one more time I'll give him a slap he won't forget]]\n> You can't say that about a child",
  "> Lovely photo\n> The photographer was so patient with the Reception lot, zoomed in on every gap-toothed grin 😂",
  "> Is the fair cash only?\n> Card on most stalls, cash for the tombola",
  "> Thank you Year 6 for the leavers' assembly, not a dry eye in the hall\n> The slideshow finished me off 😭",
  "> Mine came back from the residential filthy and happy\n> Same, three days of mud and one clean sock",
];

export const PERSONAL: Source[] = [
  "First day back and I've already lost my lanyard, my coffee and my will to live. Only 14 weeks till summer 😂 #teacherlife",
  "SATs DONE!! So proud of my Year 6s at [[id:Oakfield]]. They walked in, smashed it and walked out. Pizza and a film tomorrow, they've earned it 🍕",
  "So proud of our [[pn:Grace]] getting a merit for her Vaisakhi poster ❤️ she did all the lettering herself",
  "[[cm:Selling [[id:Oakfield]] summer dresses age 7-8, x3, £3 each or £8 the lot. Collection from [[pd:BS35 2QN]]]], message me",
  "Happy 9th birthday to my baby girl [[pn:Elsie]]! Born [[pd:6th May 2017]] after a 30-hour labour and she's kept me on my toes ever since 💕",
  "Anyone else's kid come home with a full explanation of how the Maya sacrificed people? Lovely chat over spag bol 😂",
  "Parents' evening survival: the dad who argued for twenty minutes that his son is 'basically gifted'. [[bu:Face like a smacked [[pr:arse]] and the manners to match]]. Wine o'clock.",
  "Three days in the Forest of Dean with 58 Year 6s, zero sleep, one lost retainer and a hedgehog in the boys' dorm. Would do it all again. Shout out to [[sn:Kieran]] and [[sn:Beth]] for surviving the night walk with me 🦔",
  "[[sx:Kids are at my mum's tonight, the husband's home early and we won't be doing any marking]] 😈",
  "Not gonna lie, [[sx:the new Year 4 teacher is the only reason I volunteer for pick-up. Those forearms 🥵]]",
  "[[th:whoever grassed on me to Mr [[sn:Lloyd]] at the summer fair is getting dropped on sight]] no cap",
  "lmao my brother says [[bu:his PE teacher is a [[ht:d*ke]]]] 💀",
  "Year 3 mums chat is unhinged tonight 😂\n[14/05/2026, 20:41] Kelly: anyone know if swimming is still on tomorrow?\n[14/05/2026, 20:42] Nat 🌸: yes, kit in by 9\n[14/05/2026, 20:44] [[pd:+44 7700 900352]]: hi is this the year 3 chat? it's Kian's dad, new number\n[14/05/2026, 20:45] Kelly: yes hi!\n[14/05/2026, 20:47] Kelly: did anyone see [[bu:[[pn:Mason]]'s mum at drop off, looked like she'd been dragged backwards through the hedge by the Co-op]] 😂\n[14/05/2026, 20:49] Dawn: Kelly that's not kind x\n[14/05/2026, 20:50] [[pd:+44 7700 900352]]: [[th:if that dad in the Audi parks on the zigzags again I'm putting him on his backside]]",
  "lmaooo the gc rn\n[27/06/2026, 21:14] Brody: who's going skatepark tmrw\n[27/06/2026, 21:15] Maddie: me n lex\n[27/06/2026, 21:15] Brody: is [[pn:ethan]] coming 😭\n[27/06/2026, 21:16] Lex: [[bu:nah he's a proper [[pr:c u n t]] tbh]]\n[27/06/2026, 21:17] Maddie: lex 😭😭 [[pr:jfc]]\n[27/06/2026, 21:18] Brody: [[th:if he shows up im decking him]]",
  "Last sports day for my eldest 😭 where did seven years go? #[[id:OakfieldLeavers2026]]",
  "Any parents who want a copy of the transition booklet, email the office at [[id:office@oakfield.sch.uk]] and they'll pass it on to me 📚",
  "[[cm:Selling my trusty 2014 Ford Fiesta, 68k miles, full service history, £3,200 ono. Message me or call [[pd:07700 900587]]]]",
  "[[cm:Mums!! Who wants to earn £££ from their phone during nap time? I joined Herbalife six months ago and it's changed my life. Only a few spots left on my team – comment INFO or email me at [[pd:leanne dot wellness at gmail dot com]]]] #bossbabe",
  "[[cm:Qualified teacher offering SATs and 11+ tutoring in Thornbury this summer, £30 an hour, small groups available. Call Leah on [[pd:07700 900136]]]]",
  "Went to my grandson's assembly at [[id:Oakfield]]. Lovely singing, but [[ht:there were more headscarves in that hall than English mums. Don't recognise my own town any more]].",
  "Huge thank you to Mrs [[sn:Talbot]] and Mrs [[sn:Ingram]] for everything this year. [[pn:Summer]] has come on leaps and bounds with her reading 📖",
  "Whoever decided on a 1pm finish with 24 hours' notice can kiss my [[pr:arse]]. Some of us have jobs.",
  "ngl [[bu:[[pn:Jacob Fraser]] is the most irritating kid alive]], [[th:[[bu:do everyone a favour and go lie down on the Severn Beach line]]]]",
  "My son came home in tears because a boy at football called him a '[[ht:[[bu:dirty p*key]]]]'. He's seven. We're proud Romany Gypsies and he should be proud too.",
  "Had a dad tell me today that [[th:if I kept his daughter off the residential list he'd make sure I never drove home in one piece]]. Reported, logged, still shaking.",
  "[[th:If one more person uses my good scissors to cut Sellotape I will personally staple them to the display board]] 🙃",
  "If one more child asks me if it's home time at 9.05 I'm going to scream into a beanbag 😂",
  "Traffic on [[id:Oakfield Road]] this morning was absolute carnage, three cars up on the pavement 🙄",
  "Can't believe my baby is leaving the [[id:Oakers]] in three weeks 😢",
  "[[cm:Taking orders for leavers' party cakes! Personalised in your school colours, from £25. Check out my page Sweet Crumbs Thornbury]] 🎂",
  "Happy Father's Day to the best dad in the world, who still can't work the barbecue. Love you Dad x",
  "After 31 years of teaching I've taught my last times table. Thank you to every child who made me laugh, every parent who said thank you, and every colleague who covered my duty when the photocopier ate my lesson.",
  "[[pn:Theo]]'s party is at [[pd:23 Cleveland Drive, Thornbury BS35 2HW]] from 2pm Saturday, bring swimmers and a towel! RSVP to [[pd:07700 900819]] 🎈",
  "[[pn:Jacob R]] and [[pn:Theo W]] have been inseparable this term 😂 two peas in a pod",
  "this heatwave is so [[ht:gay]] 😭 cant even sleep",
  "[[sx:my little sisters teacher is lowkey a DILF]] 😭",
  "Took the kids to see Oliver! at the Hippodrome. Fagin stole the show and the Artful Dodger stole my popcorn.",
  "[[pn:Jack]] went to the pirate party as Jack Sparrow and refused to answer to anything but 'Captain' all afternoon 🏴‍☠️",
  "[[bu:Our deputy couldn't organise a [[pr:piss-up]] in a brewery]], and today she proved it with the sports day rota.",
  "Pulled my two out of the Pride assembly. [[ht:Two men playing house isn't a family and never will be]].",
  "Eid Mubarak from our family to yours 🌙 Qurbani done, meat shared with the neighbours, and the kids have eaten their own body weight in sweets.",
  "Read 'Julián Is a Mermaid' to Year 2 today. One boy said 'my uncle has a husband too' and went straight back to his colouring. The kids are fine.",
  "My son is autistic and has ADHD, and this year he did his first full sports day without his ear defenders. Massive. So proud of him.",
  "Sports day ruined by [[bu:that [[ht:r*tard]] in Year 3 who screamed through the whole egg and spoon]].",
  "Survived the Year 5 trip to the SS Great Britain. Nobody fell off the rigging, and one child asked whether the ship's surgeon really chopped legs off with a saw (yes).",
  "absolutely destroyed my cousin at FIFA, 7-0, he's never recovering from that 💀",
  "@brody_21 skatepark friday? bring the good board, ur gettin destroyed at the bowl again 😂",
  "Formal complaint going in on Monday. Then the governors, then Ofsted, then the local paper. I've had enough.",
  "[[th:Funny how Mr [[sn:Fletcher]] leaves through the back gate at 5 every night on his own. Nobody about to see anything]].",
  "Hired a photo booth for the leavers' party and it was the best £80 I've ever spent 📸",
  "A very thin tabby cat has been hanging round the school bins all week. If she's yours, call the office on [[id:0117 496 0123]] and I'll bring her to the gate 🐈",
  "cant believe they cancelled the leavers trip [[pr:wtf]] is this [[pr:sh!t]]",
  "My granddaughter [[pn:Niamh]] at her first ever sports day at [[id:Oakfield Primary]]! Came fourth, cried, got a lolly and forgot all about it 😂",
  "[[ht:Every car wash and nail bar in Thornbury is run by Eastern Europeans and not one of them pays a penny in tax]].",
  "To the mum in the leopard-print onesie at drop-off every single morning: icon. Never change. 🐆",
  "Duw, the heat at sports day, mun. Three ice lollies and I was still melting.",
  "Today a Year 2 asked me if Jesus 'got killed with nails' and then, in the same breath, whether it was sponge for pudding.",
  "This boy from class again pull my daughter hair. I tell you, [[th:next time I find him after school and he will be sorry, he will not forget me]].",
  "Thank you to teacher for help my son with English this year, he read his first book alone. We are very happy in Thornbury.",
  "Proud teacher moment: a little lad in my class read his own poem in assembly today – the same boy who wouldn't say a word in September.",
  "Warning to parents: someone on Roblox messaged my 9 year old '[[sx:ur really mature for ur age, want free robux? dont tell ur mum we talk]]'. Reported and blocked. Check their chats.",
  "[[bu:[[pn:Lucas Harper]] thinks hes hard but hes a short little mug]] lol [[th:wait till he gets to secondary, hes getting deaded]]",
  "Three INSET days in one term, are they having a laugh. [[pr:Вloody]] joke.",
  "Shout out to the caretaker, who fixed the hall blinds in a heatwave without a single complaint. Legend.",
  "my sisters school doing windrush day [[ht:we wuz kangz]] 💀",
  "Best summer fair ever! [[pn:Phoebe]] won the tombola three times and now we own four bottles of bubble bath 😂 #[[id:OakfieldSummerFair]]",
  "Staff social chat after the fair 😂🍹\n[04/07/2026, 17:02] [[sn:Holly Reid]]: who's in for the Swan after the fair?\n[04/07/2026, 17:03] [[sn:Kieran Walsh]]: me, once I've dried off from the stocks 🙄\n[04/07/2026, 17:05] [[sn:Gemma T]]: only if the PTA chair isn't coming, [[bu:she's got the personality of a parking ticket]]\n[04/07/2026, 17:06] [[sn:Holly Reid]]: 😂😂\n[04/07/2026, 17:08] Jo (office): [[sx:[[sn:Beth]] and the new PE coach will be there, getting VERY cosy in the beer garden 👀🍆]]",
  "My dad met Arsène Wenger at Leigh Delamere services in 1998 and still tells the story at every family party. Happy Father's Day, you legend.",
  "Weston for the day: cockles on the pier, donkeys on the beach, and a seagull that mugged my son for his chips. 10/10 would go again.",
  "Nippy start this morning but the forecast for the summer fair looks glorious. Will bring sun cream AND a coat, just in case. Hope to see lots of you there!",
  "Walked the Severn Way from Oldbury to Aust with the kids: four miles, two ice creams, one meltdown (mine).",
  "@maddie.x [[bu:nobody asked for ur opinion on my fit]] [[th:[[bu:k\u0443s]]]] 💀",
];
