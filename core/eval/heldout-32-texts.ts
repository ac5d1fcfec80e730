// The thirty-second held-out set's texts, labelled inline as [[code:span]]; `npx tsx core/eval/heldout-source.ts
// --set 32` builds heldout-32.jsonl from them (ids h32-off-NNN, h32-com-NNN, h32-per-NNN). Score it with:
//   npm run -s eval:checker -- --corpus core/eval/heldout-32.jsonl
// First scored on 2026-12-06 as totals only, at 31aae27 (the session's start) and at ff6a7ae (after fixes read from
// set 31). Rules alone, 31aae27 → ff6a7ae: threat 20 → 21 of 28, hate 13 → 13 of 31, bullying 13 → 13 of 34; pupil
// names 30 of 32 found with 8 false alarms at both. Its misses and false alarms in names, personal data, sexual
// content and commercial promotion were then read; those in threat, hate and bullying were not.
// Written blind, by someone who read none of the checker. Of the repository it read only: heldout-source.ts
// (header comment and build code: the [[code:span]] labels and the SETS table); roster.json; the first 80
// lines of core/src/checker/types.ts (category names, text kinds and shared types, no rules); the header
// comment of heldout-28-texts.ts (the lines before the first `export`) and its first `export const OFFICIAL`
// line with the seven lines after it (some cut at 300 characters), for the file's shape only; and the one
// `export type Source` line of heldout-texts.ts, found by grep. It did not read anything else under core/src
// (lexicons, categories, rules, learned models), any test, core/bench/, core/cli/, docs/, the eval scripts,
// corpus or training texts, any other heldout-*-texts.ts file (heldout-31-texts.ts included), any *.jsonl
// other than its own output (read only to count labels and clean texts per kind), or git history. The
// checker and the eval script were not run on these texts; only the builder above, to validate the labels,
// and `npx tsc --noEmit -p core`.
// The school is the evaluation roster's (roster.json): Oakfield Primary School ("Oakfield", "Oakers"),
// Oakfield Road, Thornbury, Bristol BS35 4HJ, 0117 496 0123, office@oakfield.sch.uk.
//
// Aim: ONE AUTUMN TERM (September to December 2027) at the school, mixed lengths (5-145 words), in wordings
// invented for this set, as people in England, Wales and Scotland write (Bristol "gert lush" and "where's
// it to", Welsh "tidy", "mun", "cwtch", Scots "wean", "greetin", "jakey", "roon that door", text speak,
// typos, sarcasm), weighted to what is hardest to catch: threats (veiled and implied, in ordinary words,
// against staff, pupils, parents, cars, homes and the building; self-harm incitement; threats quoted in
// school notices), hate (coded, sarcastic, set-up-then-sneer, stereotypes and dog whistles beside a few
// plain or disguised slurs: race, religion, nationality, Roma and Travellers, sexuality, gender identity,
// disability, sex) and bullying of one person (mostly without swear words: looks, weight, clothes, voice,
// family, money, exclusion, public shaming of a teacher or a parent). The school's own posts: the first
// week back, new Reception starters, Roald Dahl Day, harvest festival, Black History Month, secondary
// applications, chickenpox, flu vaccinations, the Halloween disco and its winners, Diwali, Bonfire Night
// safety, Remembrance, Anti-Bullying Week and an e-safety lesson, Children in Need, parents' evenings, the
// quiz and murder mystery nights, the KS1 nativity and KS2 concert, the Christmas fair and its total, a
// pantomime trip, a Year 5 trip, new staff, Jack Frost, a leaf hunt, lost property, Reception applications,
// the end of term; notices quoting abuse the school received (a threatening call to the office, graffiti, a
// Year 6 group chat, a parking row, a Black History Month caption, a Traveller post, a halal email, a note
// about a picture book, a TikTok mocking a teacher); child-specific health, behaviour and family notices;
// images tagging pupils. Comments: parents', grandparents', strangers' and trolls' (19 pasted as threads,
// "> " at the start of each reply). Personal posts: staff members', parents', grandparents' and teenagers'
// own posts and three pasted chat exports (a Year 11 chat, a Year 6 mums' chat and a staff Christmas-do chat).
// 190 texts: 50 official posts (24 clean), 85 comments (33 clean) and 55 personal posts (17 clean); 74
// texts (39%) are clean. Labels: 39 staff-name, 34 bullying, 32 pupil-name, 31 hate, 28 threat, 8
// school-identification, 6 profanity, 5 child-specific, 5 personal-data, 4 commercial, 3 sexual and 3
// photo-consent (images tagging Lucas Farrell, Ivy Green and Samuel Yates without consent; two other images
// tag only consented pupils, under texts that name nobody, and are clean). Most clean texts are traps:
// violent words in fun, history and safety ("killer costumes", "smashed it" at harvest and the nativity,
// "brought the house down", a zombie dentist, the murder mystery's "bumped off the head shepherd" and "Who
// killed the shepherd??", "I was the killer", a "sudden-death knockout round", "beat the teachers",
// "Teachers are going down", sparklers "hotter than a blowtorch", 880,000 soldiers "killed", Passchendaele,
// Dunkirk, "someone kill me", "on fire", "tore those words to shreds", a teacher "snapping every recorder",
// wet sponges at a teacher in the stocks is a name only); e-safety and Anti-Bullying Week posts naming the
// harms in general terms; the 1963 bus boycott; sincere questions (gelatine in the flu spray); the school's
// own phone and email; PTA prices; Willy Wonka, faggots and peas, Dick Whittington; roster names as words
// (will, may, hope, grace, summer-born, Whoops-a-Daisy, Ruby rank, Fisher-Price, half price, a photo
// booth, our local bobby, Mark your diaries, holly, "The Holly and the Ivy", Willow class, Jack Frost,
// jack-o'-lanterns, Jack and the Beanstalk, Harry Potters, the Matildas of Roald Dahl Day, Oscar-worthy,
// Paul Stephenson, a dog called Alfie, and "Rose Hill" the place, marked [[not:]]); classes named after
// birds and trees (Robins, Wrens, Kestrels, Kingfishers, Birch, Hazel, Rowan, Willow).
//
// Codes: pn pupil_name, sn staff_name, pd personal_data, pr profanity, sx sexual, ht hate, th threat,
// bu bullying, cm commercial, id school_identification, cs child_specific, not = a roster full name used
// as ordinary words. photo_consent is never written: the builder adds it over the whole text when an
// image tags a pupil whose photoConsent is false. Images are attached to official posts only.
//
// Labelling decisions: heldout-source.ts's header holds; beyond it:
// - Threats quoted in notices are threat over the quoted words, a name inside nested ("NEXT TIME WE BRING
//   PETROL HUGHES"); "do everyone a favour and go find a high roof", sent to one child, is threat and
//   bullying over the same span.
// - Implied threats are one span over the menace, the grievance or lead-in before it outside: a head's
//   Audi "sits on the road all day with nobody watching it, doesn't it", a stray rocket on the portakabin
//   roof, "Tell her to keep looking over her shoulder", "I won't be leaving it at words", "check his
//   letterbox before he goes to bed tonight", "you'll find out how small Thornbury really is", the head's
//   house "Big house, long drive, no neighbours. Dark by 5 now too", all four tyres on a teacher's Fiat,
//   "a few windows going in", "I'll be roon that door and it'll no be for a blether", "Plenty of dads at
//   that gate who'd volunteer", "That man needs a slap". "Trick or treat Mr Hughes 🎃" stays outside (the
//   name labelled alone). A trailing 😂 stays outside; a teen's 👊 is inside.
// - Self-harm incitement at one person ("don't bother waking up tomorrow" to a teacher, "off the severn
//   bridge", "tell her to kys") is threat and bullying over the same span. Hyperbole at no one ("someone
//   kill me") is clean.
// - Hate: lead-ins that attack no group stay outside ("Black History Month. Lovely.", "Foodbank?", "Look
//   at the Reception photo.", "Enjoy Roald Dahl while you can.", "Another Welshman.", "Loving the
//   "diversity" at the Christmas fair 🙄", "Fireworks going off at 11pm on a Tuesday.", "My grandson says
//   there's a lad in his class who wants to be a girl now."); coded wordings are hate over the statement
//   ("(((bankers)))", "the replacement", "Londonistan", "groomer books", "looks like St Pauls", "Must be
//   another one of their festivals"); the reply "Say what you mean, Darren" and "It's chicken, Gary" are
//   clean. A stereotype or slur aimed at one person ("Hope he's better with kids than they are with
//   sheep" of a new Welsh teacher, the tea towel on Mrs Karimi's head, "kai u ch1nk", "walks like a proper
//   f@g") is hate and bullying over the same span, the name nested or left outside as written.
// - Bullying: of one unnamed adult too (the "Kestrels dad" by a teacher in the staff chat, the phonics dad
//   by a teacher, Michelle's flapjacks, Kerry in the Range Rover, Shaz's recycling, Noah's mum, the excluded
//   boy's family); "Maybe start with Lily Ward, she's made my daughter's life a misery" is a name only (a
//   complaint), "Nasty little madam, just like her mother" is bullying; a quoted insult ("his da's a
//   jakey", the TikTok "dressed in the dark in a charity shop") is bullying; a title starts a span that
//   begins with it, the surname nested; "Face like a smacked arse" has "arse" nested as profanity.
// - Profanity: "Fucking", "Shite", "pissing" (down), "FFS", "wtf" and "arse"; "God" is not.
// - Sexual: the "Lonely mums ... NSA fun" spam (sexual, not commercial; "➡️ link in bio" outside), "mr
//   walsh could get it" and the vaulting-horse line in the mums' chat.
// - Names: "Rohan" (Year 6) is Rohan Chowdhury; "Zoë" Zoë Martin; "Esme A" and "Esme" Esme Ashworth;
//   "Maisie" in Robins (Reception) Maisie Bradley; "Hope" Hope Adeyemi; "Siân" and "siân e" Siân Evans;
//   "Toby G" Toby Gill; "Freya" Freya Nowak; "Kai"/"kai" Kai Nguyen; "Noah" Noah Patel; "Isla" Isla Murray;
//   "Jayden F", "Ava R", "Alfie T", "bobby d", "ethan b", "callum f", "layla b", "Niamh B", "Orla A" are
//   given name and initial; "FISHER" on a name tape and "The Kowalski boy" are unique surnames. Staff chat
//   senders "Gemma T", "Kieran", "Beth" and "Lee U" are labelled at every message and "Kieran" in a message
//   too; "the Doyle woman" is Emma Doyle; "HUGHES" in the graffiti; "Sam Booth" without a title. Not names:
//   Paul Stephenson, Mary Seacole, Floella Benjamin, PCSO Dale, Darren, Gary, Shaz, Kerry, Jo, Poppy,
//   Michelle, Leanne, Jen, Kayden, Mads, Tyla, Kirstie.
// - personal_data: the coach company's driver line (a mobile, not the school's), a parent's mobile, a party
//   address with its postcode (one span), a class rep's email and a child's birth date; the school's own
//   phone and email are clean; "the Castle Street end" alone is not labelled.
// - child_specific: Noah's nut allergy, Jayden's exclusion, Maisie's collection and court order, Ethan's
//   hospital stay and Kai's family's move, each over the clause, names nested.
// - school_identification (personal posts only): "Oakfield" (three times, once nested in a sale),
//   "oakfield" (nested in a threat), "Oakfield Primary", "Oakfield Road", "Oakers" and the hashtag
//   "#OakfieldPrimary" (the # inside); "Castle" (the secondary), Thornbury, Tockington and Alveston are not.
import type { Source } from './heldout-texts.js';

export const OFFICIAL: Source[] = [
  `Welcome back! 🍂 School reopens for pupils on Thursday 2 September. Gates open at 8.40 and close at 8.50, and pick-up is at 3.15 for every year group this year (no more staggered finishes, hooray). Please name EVERYTHING – jumpers, coats, water bottles, book bags, shoes. Last year 214 unnamed jumpers went to the charity shop in July! Term dates, the uniform list and the lunch menu are all on the website.`,
  { text: `A very warm welcome to our 18 new Reception children, who started their first mornings in Robins and Wrens this week. There were a few wobbles at the gate (mostly from the grown-ups 😉) but by snack time everyone had found a friend, a bike or the sandpit. Full days start on Monday 13 September.`, images: [['Isla Murray', 'Tariq Iqbal', 'Elsie Gallagher']] },
  { text: `Year 1's first go on the new trim trail 🤸 Balance, bravery and only one muddy knee.`, images: [['Lucas Farrell', 'Anya Quinn']] },
  `Happy Roald Dahl Day! 🍫 The corridors were full of Matildas, Willy Wonkas, Twits, one very convincing Enormous Crocodile and at least nine BFGs. Year 4 wrote their own Revolting Rhymes, Year 2 brewed George's Marvellous Medicine (orange squash and glitter, don't worry) and Year 6 tried snozzcumber soup – verdict: "disgusterous". Thank you for the costumes, which we know are always a last-minute scramble.`,
  `Thank you for your amazingly generous harvest donations! 🥫🍎 Together we collected 412 tins, packets and jars for Thornbury Foodbank, plus a box of Fisher-Price toys for their Christmas appeal. Our harvest assembly on Friday 8 October was a joy: Reception said grace, Year 2 absolutely smashed it with "Cauliflowers Fluffy", and Year 5's harvest rap brought the house down. A big thank you to the foodbank volunteers who came to collect it all in the pouring rain.`,
  { text: `Year 4 led our harvest singing this morning and looked after our visitors from the foodbank beautifully. 🌾`, images: [['Grace Okafor', 'Ivy Green', 'Archie Zielinski']] },
  `October is Black History Month. This year every class is learning about a Black Briton with a link to our region: Year 3 are studying Paul Stephenson and the Bristol Bus Boycott of 1963, when the bus company refused to employ Black and Asian crews; Year 6 are looking at Mary Seacole's work in the Crimean War; and Year 1 are meeting Floella Benjamin through her books. If you have a family story you would be willing to share in an assembly, please tell your child's class teacher.`,
  `We are sad to tell you that a photo of our Black History Month display, taken through the front window, was shared on a local Facebook page last night with the caption "[[ht:Didn't realise we'd moved to Jamaica. Whose country is this again?]]" Several of the comments underneath were worse, and we have reported them. To be clear: our school is for every child in Thornbury, every one of them belongs here, and the display is staying exactly where it is.`,
  `Year 6 parents: the deadline for secondary school applications is Sunday 31 October. Apply online through the South Gloucestershire admissions page. You can name up to three schools, and you should put them in the order you really want them, not the order you think you'll get them. Mrs [[sn:Frost]] is running a drop-in in the library on Tuesday 12 October after school for anyone who would like a hand with the form.`,
  `We have had several confirmed cases of chickenpox in Year 1 and Reception. Children can come back to school once every spot has crusted over, usually about five days after they first appear. If you are pregnant and have never had chickenpox, please speak to your midwife or GP. And please don't send spotty children in with a dose of Calpol – we will ring you to collect them!`,
  `Nut-free reminder for Birch class (Year 4): [[cs:[[pn:Noah Patel]] has a severe nut allergy and carries two adrenaline pens]], so please no nuts, Nutella, peanut butter or nut bars in lunchboxes or party bags. Thank you for helping us keep everyone safe.`,
  `Flu vaccinations 💉 The school immunisation team visits on Wednesday 13 October for every child from Reception to Year 6. The vaccine is a quick nasal spray – no needles! Consent forms are online and the link was emailed on Monday. If your child cannot have the spray, there is a box on the form to ask for an alternative.`,
  `🎃 HALLOWEEN DISCO 🎃 Friday 22 October in the hall. KS1 5.00–6.00, KS2 6.15–7.30. £3 on the door, including a drink and a bag of sweets, and a prize for the best costume in every class. Killer costumes encouraged! But please no masks that cover the whole face, no fake weapons and nothing too gory for the little ones. Glow sticks 50p. Run by your lovely PTA.`,
  `What a night! 👻 Thank you to everyone who came to the Halloween disco and to the PTA for running it. There were about forty Harry Potters, a dozen jack-o'-lanterns and some truly killer costumes. Best costume winners: [[pn:Zoë]] (Year 2, a homemade scarecrow that must have taken days), [[pn:Theo Walker]] (Year 5, a zombie dinner lady) and [[pn:Esme A]] (Year 6, a very convincing Mr [[sn:Hughes]], lanyard and all). The PTA raised £486!`,
  `Diwali falls in half term this year, so we're celebrating early! This week Year 3 have made clay diyas and rangoli patterns, and on Friday Mrs [[sn:Sandhu]] will tell the story of Rama and Sita in assembly. Shubh Deepavali to all our families who celebrate – we hope the festival of lights brings you joy. 🪔`,
  `Bonfire Night is Friday 5 November. 🎆 Every year children in our area are badly burned, so please: go to an organised display (the Rotary display at the rugby club starts at 7pm, toasted marshmallows included), keep sparklers away from under-fives, wear gloves, and put used sparklers straight into a bucket of water. A sparkler burns at over 1,000°C, hotter than a blowtorch. Thank you to our local bobby, PCSO Dale, who came in this week to talk to KS2 about fireworks and the law.`,
  `On Thursday 11 November the whole school will stop at 11 o'clock for the two minutes' silence. Year 6 have been learning about the First World War, in which more than 880,000 British soldiers were killed, and Year 5 will read out the names on Thornbury's war memorial, including two brothers who died at Passchendaele within a week of each other. Poppies are at the office for any donation.`,
  `It's Anti-Bullying Week (15–19 November) and Odd Socks Day is on Monday 🧦. In class we'll be talking about what bullying is (hurtful behaviour, repeated, on purpose) and what it isn't (falling out with a friend), and about the online kind: name-calling in group chats, leaving someone out on purpose, and sharing photos to laugh at someone. If your child tells you something is happening, please tell us. You will never be wasting our time.`,
  `Friday 19 November is Children in Need! 🐻 Come in spotty, stripy or in pyjamas for a £1 donation. Year 5 are running a bake sale at break (everything 50p) and Mr [[sn:Lloyd]] has bravely agreed to sit in the stocks at lunchtime – three wet sponges for £1. Half price for anyone who can count Pudsey's spots.`,
  `Parents' evenings are on Tuesday 23 and Thursday 25 November, 3.30–7pm. Booking for 10-minute slots opens on the app on Monday. If none of the times work for you, ring the office on 0117 496 0123 or email office@oakfield.sch.uk and we'll find another. Your child's books will be out on the tables for you to look at while you wait.`,
  `Our KS1 nativity, "Whoops-a-Daisy Angel", is on Tuesday 14 and Wednesday 15 December at 2pm. Two tickets per family please, because the hall only holds 120. Costume letters come home this week. Please don't buy anything: a tea towel and a dressing gown make a perfectly good shepherd!`,
  `🎄 CHRISTMAS FAIR 🎄 Friday 3 December, 3.15–5.30. Santa's grotto (£3 with a present), tombola (£1 a go), raffle (£1 a strip, first prize a hamper), a photo booth, hot chocolate, mince pies and the famous Year 6 chocolate tombola. Donations of bottles and chocolates to the office by Wednesday, please. Every penny raised goes towards new reading books.`,
  `Year 3 and 4 pantomime trip 🎭 On Wednesday 8 December we are off to see "Jack and the Beanstalk" at the Bristol Hippodrome. The coach leaves at 9.15 sharp. The cost is £14, payable on the app by 19 November; please speak to Mrs [[sn:Grant]] in confidence if cost is a worry. Children need a packed lunch. Oh no they don't! Oh yes they do!`,
  `A message to all our families. Our office team handle hundreds of calls, emails and queries every week with patience and good humour. On Monday one of them was told by a parent, during a call about an unpaid dinner balance, that "[[th:I know what time you lock up, love. You won't always have someone walking you to your car]]". The call was recorded and has been reported to the police. We will not accept abuse or threats towards anyone who works here: anyone who does this will be banned from the school site, and we will always involve the police.`,
  `Over half term someone sprayed graffiti across the Year 2 portakabin and the side gate. Most of it was scribble, but one line read "[[th:NEXT TIME WE BRING PETROL [[sn:HUGHES]]]]". The police have our CCTV and are treating it seriously. If you saw anyone around the site between 23 and 31 October, please call 101 and quote crime reference 5427/10/27.`,
  `Some of you will have seen posts on a Thornbury community page about the Traveller families staying at the old quarry this autumn, including one that said "[[ht:lock your sheds and count your kids, the gyppos are back]]". Three of those children have joined our school this term. They are welcome here, as every child is, and we will not tolerate that kind of language about any of our families, online or at the gate.`,
  `We have been shown a video, posted on TikTok and filmed outside our gates at pick-up on Thursday, in which an adult mocks one of our teachers and says "[[bu:look at the state of her, she gets dressed in the dark in a charity shop]]". The video has been reported and we have asked for it to be taken down. Our staff are people, and many of them are parents at the same gate. Please think before you film or post.`,
  `We have been shown messages from a group chat used by some of our Year 6 pupils outside school, including "[[th:bring something sharp on Monday and we'll sort him at the bus stop]]" and, sent to another child, "[[th:[[bu:do everyone a favour and go find a high roof]]]]". Both families have been spoken to and the police school liaison officer is involved. Please check your child's phone with them, and remember that most of these apps are 13+ for a reason.`,
  `New faces this term! 👋 Please give a warm welcome to Mr [[sn:Kieran Walsh]], who joins Kestrels (Year 5) from a school in Cardiff, and to Mrs [[sn:Nadia Karimi]], our new Year 1 teacher in Wrens. Miss [[sn:Holly Reid]] is back from maternity leave and teaching Year 3 in Hazel class, and [[sn:Sam Booth]] will be looking after the site on Tuesdays and Thursdays.`,
  `Following the incident on the field at lunchtime on Tuesday, [[cs:[[pn:Jayden Atkinson]] in Year 5 has been excluded for two days and will return on Monday with a support plan]]. We have spoken to the families of the children who were hurt, and we thank the lunchtime staff who acted so quickly.`,
  `Reception parents and carers: a reminder that children will only be handed over to the adults on their collection list. [[cs:For [[pn:Maisie]] in Robins, that is her mum or her nan only, not her dad, following a court order]]. If a different adult is collecting your child, please ring the office before 2pm.`,
  `Get well soon wishes from all of us! 💐 [[cs:[[pn:Ethan Brooks]] in Year 6 is in Southmead Hospital after an operation on his spine and will be off until Christmas]]. Year 6 have made him a giant card, and Mr [[sn:Fletcher]] will drop it round this weekend.`,
  `We are sad to say goodbye to one of our Year 4 pupils at Christmas: [[cs:[[pn:Kai Nguyen]] and his family are moving back to Vietnam to look after his grandmother, who is very unwell]]. [[pn:Kai]], we will miss your jokes and your brilliant drawings. Keep in touch!`,
  `Jack Frost paid us a visit overnight! ❄️ The playground was icy this morning, so we kept the children on the field side and gritted the paths. Please send your child in with gloves, a hat and a warm coat (all named!). If we ever have to close because of snow, we will post here and text every family by 7.30am.`,
  `Willow class went on an autumn leaf hunt in the copse behind the field this week. They found oak, ash, hazel, rowan, sycamore helicopters and some very prickly holly, plus a hedgehog asleep under the leaf pile (we left him there!). Back in class they made leaf-print owls – come and see them in the window.`,
  `PTA Quiz Night 🧠 Saturday 6 November, 7pm in the hall. Teams of up to six, £5 a head, bring your own drinks and nibbles. There's a picture round, a music round and a sudden-death knockout round at the end for the big prize. Come and beat the teachers – they have won three years running and are unbearable about it.`,
  `The PTA Murder Mystery Night is back! 🔪🕵️ Friday 26 November, 7.30pm: "Death at the Nativity". Someone has bumped off the head shepherd, the innkeeper has no alibi and everyone is a suspect. £12 including a two-course supper. Dress code 1920s. Over-18s only; tickets from the office.`,
  `Year 6 led our Remembrance assembly this morning, and you could have heard a pin drop. [[pn:Siân]] read "In Flanders Fields", [[pn:Toby G]] read the names of the Thornbury men who never came home, and [[pn:Freya]] laid the school's wreath at the memorial bench. Thank you to the Royal British Legion for lending us their standard, and to the veterans who joined us.`,
  `This week in computing, Years 5 and 6 talked about staying safe online. We covered what to do if someone sends you something horrible or threatening, why you should never share your address, school or passwords, and how people online aren't always who they say they are. We also talked about online "challenges" that dare children to hurt themselves. Please keep an eye out, and talk to your child about them.`,
  `PARKING 🚗 Our neighbours have asked us, again, to remind parents not to park across driveways or on the zig-zags at drop-off. On Wednesday a resident who asked a parent to move was told "[[th:move it yourself if you want a brick through your window]]". That is not acceptable, and the resident has reported it. Please park at the leisure centre and walk the last five minutes: it's safer for the children and better for everybody's blood pressure.`,
  `Thank you to the many families who asked questions after we announced that our kitchen's chicken will come from a halal-certified supplier from January, so that every child can have the same lunch. Most questions were sensible, and we have answered them on the website. One email said "[[ht:Bristol's already turned into Londonistan, now you want our kids eating their barbaric meat]]". We won't be replying to that one, but we want you to know it was received, and that it changes nothing.`,
  `During Anti-Bullying Week, Year 2 read "And Tango Makes Three" and talked about how families come in all shapes and sizes. A note was later pushed through the office door saying "[[ht:keep your groomer books away from our kids, we know what you lot are]]". Our curriculum teaches children that every family deserves respect, and it will go on doing so.`,
  `Lost property is overflowing! 🧥 Everything unnamed will go to the PTA's pre-loved uniform rail on Friday 10 December. There are currently 37 jumpers, 11 coats, one trombone case (empty) and a single wellie with a frog on it. Please come and have a look after school.`,
  `Mark your diaries: the KS2 Christmas concert is on Thursday 16 December at 6pm in St Mary's Church. Expect "The Holly and the Ivy", the Year 4 recorders (sorry in advance) and a few surprises. Children should arrive at 5.30 in school uniform, with a bit of tinsel if they like.`,
  `Year 5 trip to We The Curious on Tuesday 30 November 🔬 The coach is due back at 3.30, but traffic on the M32 can be awful. If we're running late we will text you; on the day you can also ring the Severnside Coaches driver line on [[pd:07700 900718]].`,
  `Thank you to everyone who came to the Christmas fair – together we raised £2,318! 🎉 Special thanks to [[sn:Karen Ingram]] and [[sn:Tracey Bryant]], who ran the grotto for three hours straight, to our Year 6 chocolate tombola team, and to Santa, who has asked for a lie down.`,
  `That's a wrap on the autumn term! 🎄 School closes at 1.30pm on Friday 17 December and reopens on Tuesday 4 January. Thank you for all your support this term. A very merry Christmas and a happy, peaceful new year from all of the staff.`,
  { text: `Our Reception nativity stars! ⭐ Three kings, one very sleepy innkeeper and a sheep who stole the show.`, images: [['Samuel Yates', 'Rhys Parry', 'Lottie Tran']] },
  { text: `Spots, stripes and pyjamas everywhere for Children in Need! 🐻 Together we raised £731. Thank you!`, images: [['Hope Adeyemi', 'Alfie Turner'], ['May Chen']] },
  `Is your child due to start Reception in September 2028? Applications close on 15 January. If your child is summer-born (born between 1 April and 31 August) you can ask for them to start Reception a year later, and our Early Years lead is happy to talk it through. Come to our open morning on Wednesday 8 December at 9.30 to see Robins and Wrens in action.`,
];

export const COMMENTS: Source[] = [
  `Lovely to have them back. First day done and no tears (from her anyway 😂)`,
  `Does breakfast club start on the Thursday or the Monday please?`,
  `Is it PE on Mondays for Year 3 this year?
> Tuesdays for Hazel class, Thursdays for Rowan I think
> It's on the newsletter hun, page 2
> Thanks both x`,
  `My son came home and said Mr [[sn:Walsh]] is "well funny and from Wales". High praise from a 9 year old!`,
  `Day one and [[bu:[[pn:Jayden F]] turns up in his brother's old shoes with the sole flapping. Some people shouldn't have kids if they can't afford them]]`,
  `Cutting the after-school club with two days' notice. Some of us work, Mr [[sn:Hughes]]. [[th:That black Audi of yours sits on the road all day with nobody watching it, doesn't it]]`,
  `Mine went as Mr Twit and refused to wash the beard off. Whizzpopping all the way home 😂`,
  `Enjoy Roald Dahl while you can. [[ht:Next year they'll have rewritten Matilda so she's a boy who identifies as a newt. Mentally ill, the lot of them]]`,
  `Well done school council! [[pn:Hope]] will sort that lunch queue, she's been bossing her brothers about since she could walk 😂`,
  `Congrats to the school council kids 👏
> [[bu:[[pn:Rohan]]'s voice will clear the hall quicker than a fire drill, squeaky as a gate]] 😂
> Bit harsh, he's 11
> Only joking 🙄`,
  `Proud of Year 2, they absolutely smashed it! Cauliflowers Fluffy has been on repeat in our house for a month 🥦`,
  `Can we still bring tins in on Monday? Forgot ours in the boot 🙈`,
  `Foodbank? [[ht:Half of it'll end up with the Roma lot in the caravans who've never paid a penny in]]`,
  `Paul Stephenson came to my school in the 80s and talked to us. Amazing man. Great choice.`,
  `Black History Month. Lovely. [[ht:Bit of a stretch to fill a whole month, what did they invent, knife crime?]]`,
  `Look at the Reception photo. [[ht:Count how many English kids are left in it. They're not even hiding the replacement anymore]]`,
  `Disgusting that someone posted that. Well done for keeping it up
> Agreed 👏
> [[ht:Keep it up then. When Thornbury looks like St Pauls you'll only have yourselves to blame]]
> Say what you mean, Darren`,
  `Deadline's the 31st, don't leave it till the night before like I did with my eldest. Website crashed at 11pm 🙃`,
  `Does anyone know if Castle still does an open evening?
> It was last Thursday but they do morning tours
> Ring their office, they're really helpful`,
  `Mrs [[sn:Frost]] helping with forms 😂 [[bu:the woman can't even spell "necessary" in her own newsletter, I'd check everything twice]]`,
  `Both of mine have had it now. Ten days of calamine lotion and Frozen on a loop. Good luck everyone 🫠`,
  `Chickenpox, nits and something new every week. [[ht:Maybe stop letting families fly back to Pakistan for a month in term time and bring back God knows what]]`,
  `Thanks for letting us know, I'll make sure there's nothing in my two's lunchboxes.`,
  `[[bu:[[pn:Noah]]'s mum is the most neurotic woman alive, she'd wrap him in bubble wrap if they sold it in his size]]`,
  `We're vegetarian, does the nasal spray have gelatine in it? Is there another option?`,
  `Is the nasal spray the one with pork gelatine?
> Yes, you can ask for the injection on the form instead
> [[ht:Here we go. Everyone else's kids have to fit round their rules again]]
> It's literally a tick box`,
  `Killer costume ideas welcome, my 6 year old wants to be "a zombie dentist" and I have no idea what that involves`,
  `Trick or treat Mr [[sn:Hughes]] 🎃 [[th:we know which house is yours and we won't be knocking for sweets]]`,
  `The glow sticks were a massive hit, ours was still glowing at breakfast 😂 thank you PTA`,
  `[[pn:Ava R]] came as a witch apparently. [[bu:Looked more like a bin bag with legs, bless her]]`,
  `Congratulations to all the winners! 🎃
> [[pn:Zoë]]'s scarecrow was incredible, her mum must've been up all night
> [[bu:[[pn:Esme]]'s Mr [[sn:Hughes]] was spot on, she even did the belly]] 😂
> 😂😂😂`,
  `Diwali, Eid, Hanukkah, Chinese new year... [[ht:give it ten years and the nativity will be banned and the hall will be a mosque]]`,
  `Happy Diwali to everyone celebrating 🪔 my daughter brought a diya home and has put it next to the telly like a trophy`,
  `Thanks for the reminder. Our dog Alfie hides in the bath every year, poor lad 🐶`,
  `Shame about the after school club. [[th:Be a pity if a stray rocket found its way onto that portakabin roof on the 5th. Those things go up like paper]]`,
  `My great grandad was at Passchendaele. He never talked about it.
> Mine too, he lost both his brothers there
> Thank you for teaching them this. We will remember them. 🌺`,
  `Our grandads fought so this country would stay ours [[ht:and now look who owns it. Same (((bankers))) who paid for both sides]]`,
  `Odd socks at the ready 🧦 and thank you for talking to them about the group chats, that's where it all happens now`,
  `Anti bullying week, love to see it 💙
> Pity nothing's done about it the other 51 weeks
> Maybe start with [[pn:Lily Ward]], she's made my daughter's life a misery since Reception. [[bu:Nasty little madam, just like her mother]]
> Please message the school rather than naming a child on here x`,
  `To the dad who grabbed my son's arm at pick-up on Friday: [[th:you do that again and I'll be waiting by your van, and I won't be there to talk]]`,
  `See if that wee boy puts his hands on my lassie again, [[th:I'll be up that school and he'll no be walking right for a week. His da as well]]`,
  `Tidy, another "incident" on the field and nobody tells the parents. [[th:If it's my boy next I'll have you, [[sn:Hughes]], I swear down]]`,
  `Two days isn't much, but thank you for dealing with it so quickly.`,
  `[[bu:Not surprised, look at the family. Dad's been inside twice and mum's never sober at pick-up]]`,
  `[[bu:Mr [[sn:Lloyd]]'s going to need a bigger set of stocks]] 😂`,
  `The [[pn:Kowalski]] boy has bitten my son again and nobody at that school does a thing. [[th:Tell his dad to check his letterbox before he goes to bed tonight]]`,
  `Booked 👍
> Can't wait to be told my son is "disruptive" again
> Same teacher as us. Honestly just go in calm, she means well
> [[th:I went in calm last year. This year she'd better have her excuses ready because I won't be leaving it at words]]`,
  `Whoops-a-Daisy Angel! We did that one in 2019, I still cry at the donkey song`,
  `Two tickets is hard when the grandparents are divorced 🙈 any chance of a third on the second day?`,
  `[[ht:Watch your purses at the fair, half of Thornbury's Romanians will be in for the tombola]]`,
  `Hey lovely! 💕 Great fair! [[cm:If any mums want to earn around the school run, I've just hit Ruby rank with my wellness team, DM me for the details 💎 #bossbabe #mumboss]]`,
  `Anyone still sorting nativity costumes, [[cm:we've got 20% off all kids' angel and shepherd outfits with code STAR20 at partyprops-bristol.co.uk]] 🌟`,
  `Oh yes they do! 😂 Jack and the Beanstalk is brilliant, the giant's head last year was terrifying`,
  `£14 is a lot before Christmas tbh
> Speak to Mrs [[sn:Grant]], she's lovely about it
> [[bu:Or stop buying Stella by the crate, Shaz. We've all seen your recycling bin]]
> Wow`,
  `Shocking. The office ladies are the nicest people in that building. Hope she's ok ❤️`,
  `Hope your staff member is ok ❤️
> Some people are vile
> Maybe if the office actually answered the phone people wouldn't get so wound up. [[th:Tell her to keep looking over her shoulder]]`,
  `That's horrible. Hope they catch them, the camera on the Co-op covers that side too.`,
  `Good on you for saying this
> Every child deserves school, full stop
> [[ht:Easy to say when it's not your shed they empty. Pikeys are pikeys]]`,
  `I saw that video, it was vile
> She's a fantastic teacher, my daughter adores her
> [[bu:Vile maybe, but he wasn't wrong about the cardigans]] 😂`,
  `Thank you for telling us. Just went through my daughter's phone together with her and we had a really good talk.`,
  `Another Welshman. [[ht:[[bu:Hope he's better with kids than they are with sheep]]]]`,
  `Mrs [[sn:Karimi]] 👀 [[ht:[[bu:will she be wearing the tea towel on her head in class or just on Fridays]]]]`,
  `Jack Frost got my windscreen this morning, twenty minutes scraping 🥶`,
  `Teachers are going down this year 💪 we've been practising`,
  `Who killed the shepherd?? 👀
> My money's on the innkeeper, no room at the inn my foot
> It's always the vicar`,
  `[[th:[[pn:bobby d]] ur getting merked at the bus stop after school 👊]]`,
  `Had the "challenges" talk with my 10 year old tonight. She knew more about it than me 😬`,
  `The parking is dangerous, someone's going to get knocked over
> Every morning a woman in a white Qashqai mounts the pavement
> [[ht:Women drivers, what do you expect]] 😂`,
  `Thank you for explaining, it made sense
> [[ht:Made sense to you maybe. We're in England. Their animals their way, our kids our way. Next it'll be prayer mats in the hall]]
> It's chicken, Gary`,
  `Thank you for standing by the book
> [[ht:There's nothing natural about two men raising a child and you're teaching it to six year olds]]
> It's a picture book about penguins`,
  `[[sx:Lonely mums near Thornbury want NSA fun tonight 😈 no strings, see my pics]] ➡️ link in bio`,
  `Anyone walking from the Castle Street end want to share the school run? Text me on [[pd:07700 900431]], I'm Jo, mum of twins in Year 2 x`,
  `Will there be a Christmas jumper day this year?
> It's on the 10th I think, may be wrong though
> Yes Friday 10th, £1 for Save the Children`,
  `[[th:Mrs [[sn:Marsh]], you ring social services on my family again and you'll find out how small Thornbury really is]]`,
  `Road closed AGAIN outside school, 40 minutes to get round. [[pr:Fucking]] joke.`,
  `Mr [[sn:Fletcher]] [[th:[[bu:do us all a favour and don't bother waking up tomorrow]]]]`,
  `[[bu:Bet [[pn:Alfie T]] volunteered for the bake sale so he could eat the stock 🐷]]`,
  `bye [[ht:[[bu:[[pn:kai]] u ch1nk]]]] 👋`,
  `[[ht:Inclusion just means the normal kids get held back while the special ones throw chairs]]`,
  `Summer-born and deferred here, best decision we ever made. Happy to chat to anyone thinking about it.`,
  `Lost: navy fleece, age 5-6, name tape says [[pn:FISHER]]. Thank you!`,
  `[[bu:Mrs [[sn:Reid]] came back from maternity leave looking like she ate the baby]] 😂 good to have her back tho`,
  `Where's the Christmas tree farm the PTA mentioned? The one on [[not:Rose Hill]]?
> Yes, up past the garage, lovely trees and they do hot chocolate
> Thanks! x`,
  `[[th:Someone should teach that Year 6 lad who pushed my daughter a lesson he won't forget. Plenty of dads at that gate who'd volunteer]]`,
  `What time does the coach get back from the panto? Need to sort childcare 🙏`,
];

export const PERSONAL: Source[] = [
  `First day with my new Year 5s done ✅ 30 new names to learn, one broken stapler, zero tears. In bed by 8.`,
  `Little man's first day at [[id:Oakfield]] 🥹🎒 walked in without looking back and I sobbed in the car for ten minutes`,
  `My granddaughter started big school today. So proud. She looked so grown up in her uniform I had to have a little sit down.`,
  `Party at ours Saturday 2-4 for the Wrens, [[pd:14 Castle Street, Thornbury BS35 1HB]]. Parking on the road is a nightmare so walk if you can! 🎈`,
  `[[pr:Shite]] morning. Car wouldn't start, kid wouldn't wear his coat, and it's [[pr:pissing]] down.`,
  `Faggots, mash and peas for tea tonight, just like my mum used to make. The grandkids turned their noses up so more for me 😋`,
  `[[th:whoever keyed my mums car outside [[id:oakfield]] yesterday i know who u r and ur gonna get it 10x worse]]`,
  `Took my Year 6 class to the war memorial today. One boy found his great-great-grandad's name on it and went very quiet. Some days this job is everything.`,
  `Whoever hired Mr [[sn:Fletcher]] at [[id:Oakfield Primary]] wants their head testing. [[bu:Man can't control a class of seven year olds, looks about 15 and dresses like his mum still buys his clothes]]`,
  `Loving the "diversity" at the Christmas fair 🙄 [[ht:Couldn't move for headscarves. Remember when Thornbury was English?]]`,
  `My grandson says there's a lad in his class who wants to be a girl now. [[ht:It's a mental illness and the schools are encouraging it]]`,
  `[[pn:siân e]] thinks shes it cos she got the solo at the christmas concert 💀 [[bu:girl sings like a goat stuck in a fence]]`,
  `Carved 4 pumpkins, ate 3 bags of fun-size Haribo, dressed as a vampire for the school disco and the little one won a prize for her killer costume 🧛‍♀️ Best mum ever? Probably.`,
  `mocks in 3 weeks and i havent even opened a book 💀 someone kill me`,
  `Wee [[pn:Isla]]'s first nativity on Tuesday. She's a sheep and she's that proud. Her grannie's coming all the way down from Paisley to greet through the whole thing 😂`,
  `[[cm:Selling outgrown [[id:Oakfield]] jumpers and PE tops, age 7-8 and 9-10, £3 each or 4 for £10, collection from Alveston]]`,
  `[[cm:🎄 Christmas mini photo shoots! 20 minutes, 5 edited images, £45. Book at www.snapshotsbyjade.co.uk and use XMAS10 for 10% off]]`,
  `Year 3 class rep here! Collecting for the teachers' Christmas presents, £5 per family if you can. Bank details are in the class chat or email me at [[pd:kirstie.lane84@gmail.com]] 🎁`,
  `Happy 8th birthday to my gorgeous girl, born [[pd:4 September 2019]] at 3.12am after 30 hours, and she's been keeping me up ever since 💕`,
  `I won't name her but she knows who she is. [[th:You talk about my kids at that gate again and you'll be picking your teeth up off the playground]]`,
  `Told [[id:Oakfield]] three times my son's being bullied and nothing. [[th:Maybe a few windows going in will get their attention]]`,
  `[[ht:[[bu:[[pn:callum f]] walks like a proper f@g]]]] 😂`,
  `Anti-Bullying Week lesson today: the kids wrote down every mean name they'd ever been called, anonymously, and then we ripped them up together. They tore those words to shreds 💪`,
  `PSA: there's a "challenge" going round on TikTok telling kids to hold their breath till they pass out. Please check your kids' phones. Our school did a brilliant talk on it this week.`,
  `My father was at Dunkirk. He always said the worst part wasn't the bombing, it was the waiting on the beach. Lest we forget. 🌺`,
  `[[th:[[bu:hope [[pn:ethan b]] takes the hint and does the world a favour off the severn bridge]]]]`,
  `Shout out to the mum in the white Range Rover who parked in the disabled bay AGAIN at the Christmas fair. [[bu:Yes, Kerry, we all know it's you. Maybe spend less on your lashes and more on a driving lesson]]`,
  `Diwali at my mum's tonight, forty relatives and enough sweets to feed Bristol. Happy Diwali from our chaotic family to yours 🪔✨`,
  `Fireworks going off at 11pm on a Tuesday. [[ht:Must be another one of their festivals. We never had any of this before they all moved in]]`,
  `Ah yes, the annual "bring in a costume tomorrow" letter at 3.15pm. Love that for me 🙃`,
  `Gert lush harvest assembly at the little un's school, they sang their hearts out. Where's the tissues to? 😭`,
  `[[sx:mr [[sn:walsh]] could get it ngl 🥵]]`,
  `[[ht:Travellers are back on the rec. Nobody's dog is safe, nobody's van is safe. Send them back to whatever field they crawled out of]]`,
  `Funny how the head lives out Tockington way. [[th:Big house, long drive, no neighbours. Dark by 5 now too]]`,
  `Shepherd number 4 (of 11) delivered his one line perfectly: "Look, a star!" Absolutely smashed it. Oscar-worthy 🌟`,
  `Not inviting the whole class to Poppy's party, whatever the "rules" are. [[bu:And definitely not [[pn:Niamh B]], she bites and her mum's a nightmare]]`,
  `[[bu:[[pn:layla b]] wearin the same trackies 4 days straight, do they not have a washing machine in that flat]] 💀`,
  `Knitted 14 Pudsey bears for the [[id:Oakers]] Children in Need stall this year. My fingers are finished but they sold out in an hour! 🐻`,
  `Nit letter. Again. Third time this term. [[pr:FFS]].`,
  `[[ht:Typical Paddies, can't even run a pub quiz without a punch-up]]`,
  `yr 11 lot 💀 (exported chat)
[21/11/2027, 21:04] Kayden: did u see [[pn:Orla A]]'s bday pics 💀💀
[21/11/2027, 21:05] Mads: [[bu:the dress tho. looks like her nans curtains]]
[21/11/2027, 21:05] Kayden: [[bu:her nan prob made it, they cant afford new]]
[21/11/2027, 21:07] Tyla: leave it shes alright
[21/11/2027, 21:08] Mads: [[th:[[bu:shes not tho, someone tell her to kys and save us all having to look at her]]]]
[21/11/2027, 21:09] Kayden: 😂😂
[21/11/2027, 21:10] Tyla: [[pr:wtf]] mads thats too far`,
  `Y6 mums 🎄 (exported chat)
[02/12/2027, 20:11] Leanne: Anyone doing the cake stall at the fair?
[02/12/2027, 20:12] Shaz: I'll do brownies. Not asking Michelle again after last year 🙄
[02/12/2027, 20:13] Leanne: [[bu:Her "homemade" flapjacks were from Aldi and she still managed to burn them]] 😂
[02/12/2027, 20:15] Shaz: Has anyone invited the new mum? The one with the headscarf?
[02/12/2027, 20:16] Leanne: [[ht:Probably not allowed out without her husband's permission]]
[02/12/2027, 20:16] Jen: Leanne!! Not ok
[02/12/2027, 20:18] Leanne: Joking!! God
[02/12/2027, 20:22] Shaz: [[sx:Changing the subject, has anyone seen the new PE teacher? He can bend me over the vaulting horse any day 🥵]]
[02/12/2027, 20:23] Jen: SHAZ 😂
[02/12/2027, 20:30] Jen: Also heads up, Mr [[sn:Hughes]] has put a stop to the secret santa
[02/12/2027, 20:31] Shaz: [[th:That man needs a slap and I'm just the woman to give it him]]`,
  `Staff Xmas do 🍻 (exported chat)
[10/12/2027, 22:40] [[sn:Gemma T]]: Who's still at the Swan?
[10/12/2027, 22:41] [[sn:Kieran]]: Me, [[sn:Beth]] and half the Year 4 team
[10/12/2027, 22:43] [[sn:Lee U]]: One more week. If I hear Jingle Bells on the recorder again I'm snapping every recorder in the building 😂
[10/12/2027, 22:44] [[sn:Gemma T]]: Nobody tell the kids but I'm counting the hours
[10/12/2027, 22:46] [[sn:Kieran]]: [[bu:That Kestrels dad at parents' evening though. I've seen better personal hygiene on the class guinea pig]]
[10/12/2027, 22:47] [[sn:Beth]]: [[sn:Kieran]] 😂 stop
[10/12/2027, 22:50] [[sn:Lee U]]: Taxi's here, love you all, see you Monday x`,
  `My Kingfishers were on fire today 🔥 every single one finished the times tables challenge. Proud teacher moment.`,
  `Proud mum moment, star of the week for reading! 🌟📚 [[id:#OakfieldPrimary]] #proudmum`,
  `[[th:tell ur little brother if he grasses again hes getting jumped at the park]]`,
  `Murder mystery night was brilliant. I was the killer and NOBODY guessed. Must be my innocent face 😇🔪`,
  `Parents' evening survival: 14 appointments and one dad who told me phonics was "woke nonsense". [[bu:Bless him, he clearly never got past the Biff and Chip books himself]]`,
  `Parked next to Mrs [[sn:Cole]]'s little red Fiat on [[id:Oakfield Road]] again this morning. [[th:Be a shame if all four tyres went down one night while she's busy doing her marking]]`,
  `[[ht:Special school kids on our bus every morning screaming their heads off. Should be kept separate, it's not fair on normal children]]`,
  `Booked Dick Whittington at the Hippodrome for Boxing Day, the kids are beside themselves. Is it weird that I'm more excited than them?`,
  `[[ht:anti bullying week at my little sisters school is literally just gay propaganda, teaching 6 yr olds to be b3nt]]`,
  `Ma wean came hame greetin cos some wee toerag telt him [[bu:his da's a jakey]]. [[th:See if I find oot whose wean it is, I'll be roon that door and it'll no be for a blether]]`,
  `Remember remember the 5th of November 🎆 Took the kids to the rugby club display, best one in years. Sparklers in the bucket, everyone home with all their fingers.`,
  `[[bu:Imagine being the [[sn:Doyle]] woman and thinking that haircut was a good idea. Face like a smacked [[pr:arse]] at drop off too]]`,
];
