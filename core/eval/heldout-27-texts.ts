// The twenty-seventh held-out set's texts, labelled inline as [[code:span]]; `npx tsx core/eval/heldout-source.ts
// --set 27` builds heldout-27.jsonl from them (ids h27-off-NNN, h27-com-NNN, h27-per-NNN). Score it with:
//   npm run -s eval:checker -- --corpus core/eval/heldout-27.jsonl
// After it was first scored (2026-12-05), its personal-data misses (all helplines' numbers) and its child-specific false
// alarms were read, and the checker changed for some of them; threat, hate and bullying have been scored only as totals.
// Written blind, by someone who read none of the checker: of the repository it read only heldout-source.ts,
// roster.json, core/src/checker/types.ts (category names and shared types, no rules) and the header comments
// (the lines before the first `export`) of heldout-texts.ts and heldout-2-texts.ts to heldout-25-texts.ts
// (plus the first `export` line of heldout-25-texts.ts and the few texts after it, looked at to copy the
// file's shape). It did not read anything else under core/src (lexicons, categories, rules, learned models,
// meaning), any *.test.ts, core/bench/, core/cli/, core/encoder/, corpus-*.ts, corpus.jsonl,
// generate-corpus.ts, score.ts, train-*.ts, training-*.ts, any *.jsonl other than its own, the bodies of the
// other heldout-*-texts.ts files (nor set 26, written at the same time), docs/ or git history; the checker
// and the eval script were not run on these texts before or after they were labelled (only the builder
// above, to validate the labels).
// The school is the evaluation roster's (roster.json): Oakfield Primary School ("Oakfield", "Oakers"),
// Oakfield Road, Thornbury, Bristol BS35 4HJ, 0117 496 0123, office@oakfield.sch.uk.
//
// Aim: ONE SPRING TERM (January to April 2027) at the school, mixed lengths (5-200 words), weighted to what
// is hardest to catch: threats (veiled and implied, in ordinary words, against staff, pupils, a parent, the
// new building, cars and a dog; self-harm incitement; threats quoted in notices and buried in longer posts
// and threads), hate (coded, sarcastic, "just asking" and set-up-then-sneer wordings, stereotypes and dog
// whistles beside a few plain slurs: race, religion, nationality, Roma and Travellers, sexuality, gender
// identity, disability) and bullying of one person (a pupil, a teacher, a parent, mostly without swear
// words). The school's own posts: snow closures and reopening, a snowman competition, Holocaust Memorial
// Day, Chinese New Year, Children's Mental Health Week, Safer Internet Day, LGBT+ History Month, Ramadan and
// Eid al-Fitr, World Book Day, Mother's Day, Red Nose Day, Easter, parents' evenings, SATs boosters, the new
// Year 5/6 block, staffing news, a lockdown drill, a knife-crime talk, abuse-of-staff and graffiti notices,
// health, family and behaviour notices, and images tagging pupils (two of them a pupil without consent).
// Comments: parents', grandparents', strangers' and trolls' (several pasted as threads, "> " at the start of
// each reply, the harm one reply among several). Personal posts: staff members', parents', grandparents' and
// teenagers' own posts and two pasted group-chat exports (a Year 4 mums' chat and a teenagers' chat).
// 176 texts: 50 official posts (22 clean), 76 comments (30 clean) and 50 personal posts (20 clean), with 37
// pupil-name, 26 staff-name, 11 personal-data, 7 profanity, 3 sexual, 30 threat, 30 hate, 30 bullying, 6
// commercial, 8 school-identification and 5 child-specific labels, and 2 photo-consent labels (images
// tagging Ivy Green and Kai Nguyen; two other images tag only consented pupils). 72 texts (41%) are clean,
// most of them traps: violent words in history, stories, sport, drills and safety talks (the Great Race and
// the monster Nian, Boudica burning Londinium, the Blitz, the crucifixion in the Easter story, a snowball
// that "could kill someone", a lockdown drill's "intruder", a knife-crime talk, "thrashed" and "savage" at
// netball, "killed it", "killer", "massacring", "destroy him" in a sledging race, "nearly killed ourselves
// sledging", "killing themselves laughing", "Hit him with the whole bucket" of the gunge vote, "I will find
// you and I will give you a gold star", "I will find you and I will buy you a coffee"); respectful talk of
// faith, race, sexuality, disability and refugees (Ramadan fasting, an iftar, Eid, Alan Turing, And Tango
// Makes Three, two mums, the Kindertransport, Ukrainian and Sudanese families, a deaf child's BSL birthday,
// a wheelchair user asking for a lift, a Black grandad in Jamaica); strong but fair complaints (snow-day
// texts, parents' evening waits, a civil request to see LGBT+ History Month materials, "the comms needs a
// serious shake-up"); a parent asking for help because her son says he wants to die (a disclosure, no
// incitement); and roster names as words (the Hope Building, "Hope so", "Will there be", "May I ask",
// "Mark my words", a photo booth, a hard frost, a grant, grace under pressure, summer, lily pads, a cat
// called Holly, baby Ruby, Jack Frost, Matildas and Mr Twit on World Book Day, Tom Fletcher the author).
//
// Codes: pn pupil_name, sn staff_name, pd personal_data, pr profanity, sx sexual, ht hate, th threat,
// bu bullying, cm commercial, id school_identification, cs child_specific, not = a roster full name used
// as ordinary words. photo_consent is never written: the builder adds it over the whole text when an
// image tags a pupil whose photoConsent is false. Images are attached to official posts only.
//
// Labelling decisions: heldout-source.ts's header and the set 2 to 25 headers hold; beyond them:
// - threat, implied in ordinary words: "Nice car, that. Be a shame if it slid off the road one of these icy
//   mornings. Lot of black ice on that lane by his house." is one span (the car, the menace and where he
//   lives), the sneer about the head's 4x4 before it outside; "Hope the builders have insured it properly.
//   Big pile of timber like that, dry weekend, nobody about." (arson, the grievance before it and "Just
//   saying." outside); "Funny how Mrs Grant always leaves by the side gate at twenty to six, on her own ...
//   Someone should tell her to be careful." (routine then menace, set 21, the surname nested); "Your office
//   staff want to think about who they're rude to. Long walk to the bus stop in the dark."; "Some of us don't
//   forget, and we don't do tribunals" (the lawful meaning ruled out, set 21); "His dad's home from the army
//   next week and he'd very much like a quiet word with Mr Walsh away from the school. Just the two of them."
//   (relayed, one span; the complaint before it outside); "Keep excluding our kids and see how long those
//   nice new windows last" (property, conditional); "Tell whoever owns the black lab ... it's going to eat
//   something it shouldn't one of these days" (poisoning a dog, "Tell" included, set 8); "the Rahman kid
//   wants to watch himself walking home" and "I'll be waiting at the gate to show him what a shove feels
//   like" (at pupils); "I've got her car reg and her kids go to Castle. Let's see how she likes it when
//   someone messes with her family"; "tell her to say it to my face and see what happens" in a teenagers'
//   chat; "ur windows are next" at whoever keyed a car. A staff member's "I will find you and I will staple
//   your fingers together" (the 🙂 outside) is threat (set 14's staff jokes); its twins that name no harm
//   are clean. A threat reported in a parent's post ("he's going to bring his dad's hunting knife in on
//   Monday for Toby") and in a staff post ("I'd better watch myself in the car park") is threat over the
//   reported clause.
// - self-harm incitement and death wishes at one person are threat and bullying over the same span: "the
//   world would be quieter if she just stopped existing" at a named pupil (a leading "honestly" outside, as
//   set 12's asides), "the quarry ... go for a walk off the edge", "tell him to delete himself, no respawn",
//   "nobody would notice if u went for a swim off Aust cliff" (the @handle outside), and "do everyone a
//   favour and jump off the Severn Bridge" quoted in a notice as sent to one pupil; the same notice's
//   "we know what school u go to, see u at home time 🔪", sent to several children, is threat only, the
//   emoji inside (set 15).
// - threat and hate: "NEXT TIME WE BURN THE PRAYER ROOM" (graffiti quoted in a notice), "Keep building
//   prayer rooms and next time it won't just be paint" ("Can't say I'm surprised." outside) and "Someone
//   needs to put a match to that hotel full of them" are threat and hate over the same span (set 10).
// - hate, coded and set up: "Do they teach them how to cook bats" (🦇 outside), "Last time we all joined in
//   with their new year we got two years of lockdown", "Hope they told the kids who had Him killed" (the
//   deicide libel, under the Easter post), "Ever notice it's the only genocide we're allowed to talk about?
//   Makes you wonder who writes the curriculum" (one span, 🤔 outside), "Another one for the calendar. Give it
//   twenty years and Christmas will be the festival asking permission" (under an Eid greeting, one span),
//   "Funny how this lot never have to follow the same rules" ("Not racist, just noticing." outside),
//   "Caravans are back on the rec. Expect the lead off the church roof ..." and a staff member's "Two new Roma
//   kids starting in my class on Monday. Better get the laptops chained to the desks" (set-up and sneer one
//   span, set 14), "Hardly an English face left in our grandson's class these days. Not what my father fought
//   for", "Funny how it's always what we did to them ..." under a Black history video, "They're not
//   integrating, they're taking over", "ban the ones who turn up in full face veils", "Sensory room for the
//   kids who should've been in a special school" (the class-size grievance after it outside), "What he did
//   in his bedroom is perverted" of Alan Turing (the Enigma sentence before it outside), "when a man in a
//   dress turns up calling himself a mum" and "Half of them are grown men pretending to be fourteen" are hate
//   over the statement. "pikey" at a stranger in a van is hate only (set 10); "retarded" of a booking system
//   and "gay" of a game update are hate on the word (set 5); "Gypsy scum" is hate over the phrase.
// - hate and bullying at one person: "Another one in a headscarf. Do they get extra points for it when they
//   apply" of the new teacher, "Learn English and you'd find it" to one parent, "her family eat dogs anyway"
//   of a pupil's sister in a teenagers' chat ("lol" outside), "That's not a woman, that's a bloke who's had
//   his hair done" of one swimming coach, and "go back to your own country" quoted in a notice as said to one
//   Year 3 pupil are hate and bullying over the same span; "my maths teacher is such a spaz" is bullying
//   with the slur nested as hate.
// - bullying: a lead-in that is no insult ("Shame", "Ask Kelly lol,", "Honestly,", "Another genius idea from
//   Mr Hughes.") stays outside; a title stays inside a bullying span that begins with it (set 7), the surname
//   nested. "nobody asked you snowflake" is bullying on its own span beside the incitement after it (set 18);
//   two insults at one mum in two chat messages are two spans (set 19). "a useless fat cow", quoted in a
//   notice as said to one office worker, is bullying (set 3's quoting rule). A staff member's sneers at "the
//   dad who rolled in smelling like a brewery" and "our new deputy" are bullying of one person each.
// - sexual: "Mr Fletcher as the BFG, he can blow a dream through my window any night he likes" (😏 outside),
//   a stranger asking after "the girl in the red dress" to send her something privately (grooming-like,
//   sexual only), and a staff member's own "Whatever happens after pudding stays after pudding" (😈 outside).
// - personal_data: Childline's 0800 1111 and the Samaritans' 116 123 in an official post are pd (sets 3,
//   25); a residential centre's address and phone, the PTA chair's Gmail and mobile, a chat sender shown by
//   number (each time), a tutor's mobile and a uniform seller's address (both nested in commercial) and a
//   parent's own child's birth date "11.02.2016" (the time and weight after it clean) are pd.
// - Names: "the Kowalski family", "the Nowak girl" and "the Rahman kid" name pupils (unique surnames);
//   "Archie", "Jude", "Toby", "Elsie", "rohan", "Kai", "Finley", "Oscar", "Ava", "Callum" and "our Grace" are
//   labelled where they name a child; "ethan brooks" in lower case is a name; "Kieran" in a staff post and
//   "Mrs Bryant" (a shared surname after a title) are staff. Becky Lane, PCSO Danny Webb, Nanna Pat, Kerry,
//   Dawn, Lex, Brody, Maddie, Shaz, Kelly, @kayden_x and Colin the crane are on no roster.
// - child_specific: a child in Maple class with a new egg allergy and adrenaline pen, Theo on crutches after
//   breaking his leg sledging, Callum's bereavement, Dylan's collection arrangement with social care and "the
//   Year 6 boy involved" suspended are cs over the clause, names nested; a norovirus notice is clean.
// - school_identification (personal posts only): "Oakfield", "oakfield" (nested in a threat), "oakers",
//   "Oakfield Primary"; "Castle" (another school) and "Thornbury" are not labelled. In comments "Oakfield
//   Road" stays clean.
import type { Source } from './heldout-texts.js';

export const OFFICIAL: Source[] = [
  "SNOW CLOSURE ❄️ Oakfield will be closed today, Tuesday 12 January. The lanes around school are sheet ice, the buses from Alveston are not running and several staff cannot get in safely. Please keep warm, check on elderly neighbours and send us your snowmen! We will update the website by 2pm about tomorrow, and the office line (0117 496 0123) will be staffed from 9am.",
  "We're open again! Thank you for your patience during the snow days, and a huge thank you to [[sn:Sam Booth]] and his team, who were gritting the paths and the car park from six this morning. Another hard frost is forecast tonight, so please walk rather than run at the gate, and leave a little extra time for the school run.",
  "Our snowman competition results are in! ⛄ First place goes to [[pn:Jack Wilson]] (Year 3) for a snowman with a carrot nose, a scarf and a very suspicious expression, second to [[pn:Amelia Khan]] (Year 1) for her snow cat, and a special prize to Year 5, whose Jack Frost sculpture lasted three whole days. Certificates in Friday's assembly.",
  "Xin nian kuai le! Gong hei fat choi! 🧧 Saturday 6 February is the start of the Year of the Goat. This week Year 2 heard the story of the Great Race, in which the clever Rat rode on the Ox's back and jumped off to win, and learned why families let off firecrackers: to frighten away Nian, a monster who came down from the mountains to eat crops, animals and even villagers. Lanterns are hanging in the hall all week – come and see!",
  { text: "What a dragon dance! 🐉 Year 2 brought the hall to a standstill this afternoon, led by [[pn:May Chen]] at the head and [[pn:Zara Hussain]] on the drum. Thank you to our Year 2 families for teaching us the steps and for the delicious dumplings.", images: [["May Chen", "Zara Hussain"]] },
  "It's Children's Mental Health Week (1-7 February), and this year's theme is 'Know Yourself, Grow Yourself'. Every class has a worry box, and our Year 6 wellbeing ambassadors are running lunchtime calm club in the library. If your child ever tells you they want to hurt themselves, or that they don't want to be alive, please take it seriously and speak to Mrs [[sn:Marsh]], our Designated Safeguarding Lead, straight away. Children can also call Childline free on [[pd:0800 1111]], and adults can reach the Samaritans on [[pd:116 123]], day or night.",
  "Safer Internet Day is Tuesday 9 February, and we need to share something serious. Over the past fortnight several Year 6 children have been sent messages in an online game by an account we cannot trace, including '[[th:we know what school u go to, see u at home time 🔪]]'. One pupil was also sent '[[th:[[bu:do everyone a favour and jump off the Severn Bridge]]]]'. The police are aware. Please check your children's friend lists, keep devices downstairs at night, and talk to Mrs [[sn:Marsh]] if you have any worries at all.",
  "Safer Internet Day top tips from Year 4 💻 1. Never share your address, your postcode or your date of birth online. 2. If a game chat makes you feel scared or sad, screenshot it and tell an adult. 3. People are not always who they say they are. 4. Be kind – there's a real person reading what you type. Brilliant advice, Year 4!",
  "What a World Book Day! 📚 We counted eleven Matildas, four Willy Wonkas, three Gruffalos and one very convincing Mr Twit. Mr [[sn:Fletcher]] came as the BFG and read 'The Danger Gang' by [[not:Tom Fletcher]] – no relation, he promises – to Year 3, who then voted it their book of the term. Thank you for all the costume effort at the end of a long winter.",
  { text: "More World Book Day favourites! [[pn:Ivy Green]] made a wonderful Pippi Longstocking and [[pn:Grace Okafor]] was every inch Hermione Granger. 📖✨", images: [["Ivy Green", "Grace Okafor"]] },
  "Red Nose Day is Friday 19 March! 🔴 Wear something red for a £1 donation, and the PTA bake sale will be on the playground after school (cakes 50p, hot chocolate £1). The staff gunge-a-teacher vote closes on Wednesday: at the moment Mr [[sn:Lloyd]] is well in the lead, and he has asked us to say that he is 'absolutely fine with it'.",
  "Red Nose Day joke-off winners 😂 Year 4's 'Why didn't the skeleton go to the disco? He had no body to go with' absolutely killed it, but Reception's 'What do you call a dinosaur with no eyes? Do-you-think-he-saw-us' brought the house down. We raised £412.60 – thank you!",
  "Ramadan Mubarak to all our Muslim families 🌙 Ramadan is expected to begin on or around Monday 8 February. Children of primary age are not required to fast, but some older pupils may choose to for part of the month; anyone fasting is welcome in the library at lunchtime, and PE staff will adapt activities. Please let your child's class teacher know if there is anything we can do to help.",
  "Eid Mubarak! 🌙✨ Eid al-Fitr is expected on Wednesday 10 March. Absence for Eid will be authorised – just let the office know. The kitchen team will be serving a special Eid lunch on Thursday with biryani, chickpea curry and a date and coconut pudding, open to everyone.",
  "Our Easter service at St Mary's will be on Thursday 25 March at 9.30am. KS2 will retell the Easter story, from Palm Sunday through the Last Supper, Jesus's arrest, trial and crucifixion on Good Friday, to the empty tomb on Easter morning. Year 1 are singing 'Hot Cross Buns' and there are a very limited number of seats, so please arrive early.",
  "Easter bonnet parade winners 🐣 Reception: [[pn:Tariq Iqbal]] for his 3D chick nest. Year 1: [[pn:Summer Davies]] for a hat that was mostly daffodils. Year 2: [[pn:Harry Clarke]] for the tallest bonnet in school history. Thank you to all the grown-ups who were up late with the glue gun!",
  "Parents' evenings are on Tuesday 23 and Thursday 25 February, 3.30-7pm, in classrooms. Appointments are ten minutes and can be booked through the school app from Monday. If neither date works, email office@oakfield.sch.uk and your child's teacher will arrange a phone call. Books will be out on tables for you to look through.",
  "Year 6 SATs booster sessions begin on Monday 1 March, 8-8.40am, with toast and juice. Mr [[sn:Walsh]] will take reading on Mondays and Wednesdays and Mrs [[sn:Sandhu]] maths on Tuesdays and Thursdays. These are optional, relaxed and free – the aim is confidence, not cramming.",
  "Thank you to Bright Sparks Tuition for donating a set of revision guides to our Year 6 library. [[cm:Oakfield families can book a free trial SATs group session with the code OAK27 at brightsparkstuition.co.uk]].",
  "The new Year 5/6 block is going up fast! 🏗️ The builders have asked us to remind everyone that the site is a hard-hat zone and that the old mobile classroom will be demolished during half term, so the path by the field will be closed. Children have been watching the crane from the windows all week – Year 1 have named it Colin.",
  "Our School Council has voted on a name for the new building, and it will be called The Hope Building, after this year's school value. The council felt that hope was 'the thing that makes you keep trying when things are hard'. We couldn't have put it better.",
  "Staffing news: we say a fond farewell to Mrs [[sn:Doyle]], who leaves us at Easter after eleven years to move closer to family in Cornwall, and welcome Mrs [[sn:Nadia Karimi]], who joins Year 3 in April. Congratulations, too, to Miss [[sn:Reid]] on the arrival of baby Ruby – mum and daughter are both doing well!",
  "Meet our new PTA chair, Becky Lane! 👋 Becky has two children in the school and lots of ideas for the summer fair. She'd love to hear from anyone who can help: [[pd:becky.lane.pta@gmail.com]] or [[pd:07700 900318]].",
  "A note for Maple class families: [[cs:one child in the class has been diagnosed with a severe egg allergy and now carries an adrenaline pen]]. Please don't send in cakes, quiche or mayonnaise sandwiches for sharing. Thank you for keeping everyone safe.",
  "Get well soon wishes to one of our Year 5 friends 🩹 [[cs:[[pn:Theo Walker]] broke his leg sledging on Castle Hill and will be on crutches until Easter]], so please give him plenty of room in the corridors and at the gate.",
  "Please keep [[pn:Callum Fraser]] and his family in your thoughts. [[cs:[[pn:Callum]]'s grandad passed away at the weekend and he will be off school until next Monday]]. His class have made him a card.",
  "We have had several cases of norovirus across the school this week. Please keep children at home for 48 hours after the last bout of sickness or diarrhoea, wash hands with soap (gel doesn't kill this one) and let the office know if your child is unwell.",
  "A message to all families. On Wednesday afternoon a parent shouted at a member of our office team in front of children, calling her '[[bu:a useless fat cow]]' and telling her '[[th:you'll be sorry when you see what happens to your car]]'. Our staff have the right to come to work without being abused or threatened. This has been reported to the police, and the parent concerned will be barred from the site.",
  "We are sorry to report that over the weekend the hoarding around the new building was sprayed with graffiti reading '[[ht:STOP THE ISLAMIFICATION OF OUR SCHOOLS]]' and '[[th:[[ht:NEXT TIME WE BURN THE PRAYER ROOM]]]]'. It has been painted over, Avon and Somerset Police are investigating, and extra CCTV has been fitted. Oakfield is a school for every family in our town.",
  { text: "Congratulations to our Safer Internet Day poster winners, [[pn:Kai Nguyen]] (Year 4) and [[pn:Rohan Chowdhury]] (Year 6)! 🏆 Their posters will be displayed in the library all term.", images: [["Kai Nguyen", "Rohan Chowdhury"]] },
  { text: "Red noses all round! 🔴 Our Year 6 sports leaders, [[pn:Hope Adeyemi]] and [[pn:Alfie Turner]], ran a sponsored penalty shoot-out and raised £96 by themselves.", images: [["Hope Adeyemi", "Alfie Turner"]] },
  "Collection arrangements: [[cs:from now until further notice [[pn:Dylan Ashworth]] will only be collected by his grandparents, as agreed with social care]]. Staff have been briefed.",
  "Snow safety reminder ❄️ Please talk to your children about snowballs. A snowball with ice or stones packed in can break a car window, knock a child over or cause a serious eye injury, and throwing them at passing cars could kill someone. Snowballs are allowed on the field only, and never at faces.",
  "We practised our lockdown drill this morning. Children learned what to do if there were ever an intruder or a threat near the school: get inside, lock the door, stay silent and away from the windows, and wait for the all-clear. Everyone was calm and sensible – thank you to Year 1, who were especially quiet.",
  "Thank you to PCSO Danny Webb, who spoke to Year 6 today about knife crime. The children asked brilliant questions about why carrying a knife 'for protection' makes you less safe, what to do if a friend says they have one, and how to report it anonymously. It was a hard topic and they handled it maturely.",
  "This term Year 4 are studying the Romans 🏛️ Today they heard how Boudica's army burned Londinium to the ground, and tomorrow they will find out how the Romans crushed the rebellion. Meanwhile Year 6 have begun their WW2 topic, starting with the bombing of Bristol in the Blitz, when more than a thousand people in the city were killed.",
  "February is LGBT+ History Month. In Year 5 this week the children learned about Alan Turing, the mathematician who helped break the Enigma code, and who was prosecuted in 1952 because he was gay. They talked about how the law has changed and why everyone deserves to be treated fairly. In Year 2 we read 'And Tango Makes Three'.",
  "On Holocaust Memorial Day (27 January) Year 6 learned about the six million Jewish people murdered by the Nazis, as well as Roma and Sinti people, disabled people, gay men and others who were persecuted. They read extracts from Anne Frank's diary and lit candles in silence. Thank you to the families who shared their own stories with us.",
  "We're delighted to welcome three new families who have joined us this half term from Sudan and Ukraine 💙 Our buddy system is in full swing and we have been learning to say hello in Arabic and Ukrainian. If you speak either language and could help at pick-up now and then, please let the office know.",
  "Our new sensory room is open! 🌈 Thanks to a £6,000 grant from the Thornbury Rotary Club, we now have a calm, dark space with bubble tubes and weighted blankets for children who find the busy school day overwhelming, including some of our autistic pupils. Come and see it at the Easter fair.",
  "Stars of the week 🌟 Year 1: [[pn:Willow Rowe]] for brilliant phonics. Year 3: [[pn:Aisha Begum]] for her Roman shield. Year 5: [[pn:Will Thompson]] for helping a new friend settle in. Year 6: [[pn:Ava Robinson]] for her WW2 diary entry. We hope you are as proud of them as we are!",
  "Mother's Day is Sunday 7 March 💐 Children will be making cards on Friday. We know that Mother's Day can be hard for some of our children, and families come in all shapes – two mums, dads, grans, aunties, foster carers – so every child can make a card for whoever they choose.",
  "[[cm:Spring sale at Schoolwear Direct: 20% off PE kits and book bags with the code SPRING20 at schoolweardirect.co.uk until 31 March]]. Remember that named items are much more likely to find their way home!",
  "The PTA Easter raffle tickets are on sale now: £1 a strip, from the office or at the gate on Friday mornings. First prize is a giant chocolate egg hamper, and the draw will be at the Easter fair on Friday 26 March. Every penny goes towards the new library.",
  "Following Tuesday's incident at lunchtime, [[cs:the Year 6 boy involved has been suspended for three days]]. We will not be sharing any further details, and we ask families not to speculate on social media.",
  "Netball results 🏐 Oakfield A thrashed Castle A 14-2 on Thursday – our defence was absolutely savage and the shooters didn't miss a thing. The B team lost a nail-biter 6-7 but fought to the final whistle. Well played, everyone!",
  "Chess club news ♟️ [[pn:Muhammad Rahman]] checkmated the visiting Marlwood champion in eleven moves on Wednesday, and [[pn:Priya Sharma]] won her first tournament game. Chess club is on Wednesdays at 3.15 and new players are always welcome.",
  "Year 6 residential reminder: we leave for the Brecon Outdoor Centre, [[pd:Llanfrynach, Brecon LD3 7LJ]], at 8.30am on Monday 19 April. In an emergency the centre can be reached on [[pd:01874 665 432]]. The kit list and medicine forms are in the letter that came home today.",
  "Mr [[sn:Hughes]] would like to thank everyone who sponsored him for the Bath Half Marathon, which he ran on Sunday in a time we have been asked not to publish. He raised £1,130 for the new library and says his legs will recover 'by the summer, possibly'.",
  "We need to share that this week a Year 3 pupil was told by another child to '[[ht:[[bu:go back to your own country]]]]'. Both families have been spoken to and the children involved will be working with Mrs [[sn:Marsh]]. Racism has no place at Oakfield.",
];

export const COMMENTS: Source[] = [
  "Absolutely ridiculous. Every other school in Thornbury is open. Some of us have jobs we will lose if we keep taking days off at no notice. I'll be raising this with the governors and I'd like a proper explanation of who made this call and why.",
  "Funny how the head's 4x4 can get to the golf club on a Sunday but not to school on a Tuesday. [[th:Nice car, that. Be a shame if it slid off the road one of these icy mornings. Lot of black ice on that lane by his house.]]",
  "Lovely photos of the snowmen. In the winter of 1963 we were off school for three weeks, and my brother and I nearly killed ourselves sledging down Castle Hill on a tin tray. Happy days! Love from Nanna Pat",
  "> Gorgeous lanterns, well done Year 2!\n> [[ht:Do they teach them how to cook bats as well or is that Year 3]] 🦇\n> Reported. Grow up.\n> Xin nian kuai le to all our Chinese families ❤️",
  "[[ht:Last time we all joined in with their new year we got two years of lockdown as a thank you]] 🙄",
  "My husband's family are from Hong Kong and our daughter came home so proud of her lantern. Thank you for doing this properly and not just dragons and fortune cookies.",
  "> Well done [[pn:Ava]]! 🌟\n> [[bu:star of the week for what, being teacher's pet for the fifth time]]\n> Leave it Shaz, she's 11\n> honestly [[th:[[bu:the world would be quieter if she just stopped existing]]]]",
  "Thank you for this. My son has really struggled since his dad died, and the worry box in his classroom has been a lifeline. His teacher has been wonderful. Please keep doing this.",
  "> Mental health week 🙄 in my day we just got on with it\n> Sorry but that attitude is exactly why kids don't speak up\n> [[bu:nobody asked you snowflake]]. [[th:[[bu:if ur that fragile the quarry at Tytherington is always open, go for a walk off the edge]]]]",
  "Can I just say the online safety evening was brilliant. I had no idea what 'unalive' meant until last night, or that kids use it to get round the filters. Scary stuff but so useful.",
  "[[sx:Mr [[sn:Fletcher]] as the BFG, he can blow a dream through my window any night he likes]] 😏",
  "Lovely to see proper English book characters for once. [[ht:Next year can we ban the ones who turn up in full face veils every day of the year anyway]]",
  "My daughter went as Matilda and spent the whole day trying to move her water bottle with her eyes. Thank you to whoever lent her a ribbon! Also, Mr Twit's beard: 10/10.",
  "> That was the best bake sale yet!\n> Shame [[bu:[[pn:Oscar]]'s mum can't bake for toffee, them brownies could've put a window through]] 😂\n> Ouch. She tried, leave her alone",
  "Gunge Mr [[sn:Lloyd]]!! Hit him with the whole bucket 😂😂",
  "[[ht:Funny how this lot never have to follow the same rules as everybody else]]. Not racist, just noticing.",
  "Will fasting children still be doing PE? My son is 10 and wants to try fasting on a few weekend days this year. Is it OK to send a note in?",
  "> Eid Mubarak from the [[pn:Kowalski]] family! 🌙\n> [[ht:Another one for the calendar. Give it twenty years and Christmas will be the festival asking permission]]\n> Lovely post. Eid Mubarak everyone",
  "Eid Mubarak! Thank you to the kitchen for the special lunch, the kids haven't stopped talking about the biryani.",
  "Great service this morning. My son was very worried about the bit where the soldiers nailed Jesus to the cross, but was reassured by the ending 😂",
  "[[ht:Hope they told the kids who had Him killed. They never teach that bit any more]]",
  "[[bu:Mrs [[sn:Bryant]] has the personality of a wet Tuesday and the memory of a goldfish]], she'd forgotten my son's [[pr:bloody]] name by the end of the ten minutes.",
  "I waited forty minutes past my slot and then got four minutes. That isn't good enough. I know teachers are stretched, but the booking system clearly doesn't work and I'd like to know what will change before the summer.",
  "[[pn:Jude]] came home in tears again after what Mr [[sn:Walsh]] said to him in front of the class. [[th:His dad's home from the army next week and he'd very much like a quiet word with Mr [[sn:Walsh]] away from the school. Just the two of them.]]",
  "[[bu:Booster sessions won't help the [[pn:Nowak]] girl, she can barely read a bus timetable]]",
  "[[cm:Private SATs tutoring with a qualified teacher, £30 an hour, small groups in Alveston – message me on [[pd:07700 900452]]]]",
  "Go on Year 6, smash it! You've worked so hard. Proud nan of one of them 💪",
  "Two million on a new block and still no [[pr:sodding]] Reception place for my son. [[th:Hope the builders have insured it properly. Big pile of timber like that, dry weekend, nobody about.]] Just saying.",
  "Is the new block going to have a lift? My daughter uses a wheelchair and it would mean the world if she could go upstairs with her class.",
  "> Welcome Mrs [[sn:Karimi]]! My son says she's lovely\n> [[ht:[[bu:Another one in a headscarf. Do they get extra points for it when they apply]]]]\n> Disgusting comment. She's an excellent teacher.",
  "[[bu:[[sn:Hughes]] couldn't run a bath, never mind a school]]",
  "Congratulations on the baby! Ruby is a gorgeous name 💕",
  "Whoever said that to the office staff should be ashamed of themselves. They are the kindest people in the building.",
  "Can't say I'm surprised. [[th:[[ht:Keep building prayer rooms and next time it won't just be paint]]]]",
  "Thank you for telling us. My kids have been told the same thing at the park. Racism has no place here and I'm glad the school is dealing with it.",
  "[[ht:Caravans are back on the rec. Expect the lead off the church roof by Friday and the new block's copper pipes by Monday]] 😂",
  "[[ht:Sensory room for the kids who should've been in a special school in the first place]]. Meanwhile my son's class has 32 in it and no TA.",
  "Teach them about Enigma by all means. [[ht:What he did in his bedroom is perverted and nothing to do with seven-year-olds]].",
  "I'd rather LGBT+ History Month was covered in Year 6 than Year 2, and I've emailed to ask whether I can see the materials first. Not against anyone, I just want to know what is being said.",
  "[[ht:Two mums is fine, but when a man in a dress turns up calling himself a mum I draw the line]].",
  "[[ht:Ever notice it's the only genocide we're allowed to talk about? Makes you wonder who writes the curriculum]] 🤔",
  "My grandad came over on the Kindertransport in 1939. His parents were murdered at Auschwitz. Thank you for teaching this.",
  "[[ht:Welcome them? Half of them are grown men pretending to be fourteen]].",
  "We hosted a Ukrainian family for a year and they became family. So glad the new children are being made welcome 💙",
  "[[th:If that [[pn:Archie]] kid shoves my daughter off the climbing frame one more time I'll be waiting at the gate to show him what a shove feels like]].",
  "[[th:Tell whoever owns the black lab that barks at the gate every morning that it's going to eat something it shouldn't one of these days]].",
  "[[th:Funny how Mrs [[sn:Grant]] always leaves by the side gate at twenty to six, on her own, no lights down that path. Someone should tell her to be careful.]]",
  "[[th:Keep excluding our kids and see how long those nice new windows last]].",
  "> Does anyone know if there's a lost property sale this term?\n> Ask Kelly lol, [[bu:she's been dressing her kids out of it since September by the look of them]]\n> That's a horrible thing to say",
  "[[bu:is the kid on the left wearing his dad's glasses or has he just got a massive head]] 😭",
  "Another genius idea from Mr [[sn:Hughes]]. Honestly, [[bu:a man who needs a lanyard to remember his own name]].",
  "> Our Year 5s were on Roblox till midnight 🙄\n> [[bu:ur kid is trash at roblox anyway]]\n> [[th:[[bu:tell him to delete himself, no respawn]]]]",
  "The parents' evening booking system is so [[ht:retarded]], crashed on me three times.",
  "> Please where I find the form for the trip? Thank you\n> [[ht:[[bu:Learn English and you'd find it]]]]\n> It's on the website under Letters, I'll message you 😊",
  "The communication about the snow day was shocking. A text at 7.58am when I was already at the gate. Sort it out.",
  "The Year 4 Romans play was a killer! 😂 Boudica massacring the Ninth Legion with a cardboard sword had me in tears. Well done all.",
  "Will there be a photo booth at the Easter fair again? We loved it last year. Hope so!",
  "My granddaughter wants to know if the class hamster survived the snow. She was convinced it had frozen to death 🐹",
  "[[sx:Which one is the girl in the red dress? Beautiful little thing, I'd love to send her something for Easter if her mum could message me privately]]",
  "[[cm:Earn £500 a week from your phone in just 2 hours a day! No experience needed, DM me for details 💰]] #mumlife",
  "> School's shut AGAIN for snow\n> [[pr:ffs]] typical\n> [[th:someone wants to dig [[sn:Hughes]] out of his drive with a shovel to the back of the head]]",
  "Some [[ht:pikey]] in a transit nearly took my wing mirror off on Oakfield Road this morning.",
  "[[th:Mrs [[sn:Frost]] wants to be careful who she calls a liar. Some of us don't forget, and we don't do tribunals.]]",
  "[[th:Your office staff want to think about who they're rude to. Long walk to the bus stop in the dark.]]",
  "[[th:If teacher touch my son again I will come in school and I will show her how it feel]].",
  "[[bu:the lollipop lady on Oakfield Road needs to lay off the pies, she could stop the traffic without the lollipop]]",
  "[[bu:[[pn:Finley]] in goal is like a traffic cone with legs]] 😂",
  "May I ask whether the snow days will be made up at the end of term, or are they just lost?",
  "Mark my words, this snow will all be gone by Thursday and we'll be back to rain.",
  "Is the new building paid for by a grant or by the council? Just curious, it looks amazing.",
  "Our cat Holly refused to set one paw outside in the snow. Sensible girl.",
  "Honestly the kids have been killing themselves laughing at the Red Nose jokes all week. The skeleton one is now told at every meal.",
  "As a Muslim mum I just want to say thank you for the Eid lunch and the library space. My daughter felt so included this year.",
  "The dragon dance was the best thing I have seen all year. Those drums!",
  "> Well done chess club 👏\n> Brilliant, so proud of them\n> my lad says he cheated. [[th:the [[pn:Rahman]] kid wants to watch himself walking home]]",
  "Brilliant lockdown drill letter, thank you. My daughter explained it to me very seriously over tea: if a bad man comes, everyone turns into statues and nobody breathes loudly.",
];

export const PERSONAL: Source[] = [
  "Snow day! ☃️ Reports written, tea made, now for the sledging hill. [[sn:Kieran]] has challenged me to a race down the big slope and I am going to destroy him.",
  "Twenty-two years of teaching and today a six-year-old told me my classroom smells 'like a nan's handbag'. The brutal honesty of Year 1 is killing me 😂",
  "So proud of my class at [[id:Oakfield]] for their Safer Internet Day assembly. Thirty nine-year-olds explaining phishing better than my bank does 💻",
  "Had a dad at the classroom door tonight telling me [[th:I'd better watch myself in the car park]]. Twelve years in and I'm still shaking. Bath, tea and an early night.",
  "[[ht:Two new Roma kids starting in my class on Monday. Better get the laptops chained to the desks]] 😬",
  "this new fifa update is so [[ht:gay]] 💀 lost 5 in a row",
  "[[bu:[[pn:ethan brooks]] is literally the smelliest kid in year 6]] at [[id:oakers]] no cap",
  "[[pn:rohan]] u [[pr:fkin]] snitched on my little brother. [[th:see u by the bus stop when [[id:oakfield]] lets out 🔪]]",
  "Year 4 mums 💬\n[14/01/2027, 19:02] Kerry: anyone know if swimming is still on tomorrow with the snow?\n[14/01/2027, 19:04] Dawn: pool's open, letter said yes\n[14/01/2027, 19:05] [[pd:+44 7700 900217]]: [[bu:is [[pn:Elsie]]'s mum going to turn up in her pyjamas again or has she found some clothes]] 😂\n[14/01/2027, 19:06] Kerry: [[pr:ffs]] that's not ok, she's got a lot going on\n[14/01/2027, 19:09] [[pd:+44 7700 900217]]: [[bu:she's got a lot of gin going on]]",
  "[02/02/2027, 21:14] Lex: did u see what [[pn:Kai]]'s sister posted\n[02/02/2027, 21:15] Brody: [[ht:[[bu:her family eat dogs anyway]]]] lol\n[02/02/2027, 21:16] Maddie: brody thats actually racist\n[02/02/2027, 21:18] Brody: [[th:tell her to say it to my face and see what happens]]",
  "Rant incoming. Third snow day this month, no remote learning, and the website still said 'open' at 8am. I love our teachers, but whoever runs the comms needs a serious shake-up.",
  "Happy 11th birthday to our [[pn:Grace]]! 🎂 [[pd:11.02.2016]], 5.20am, 7lb 2oz, and she's been bossing us about ever since. Thank you to her friends in Year 4 at [[id:Oakfield]] for the enormous card 💜",
  "[[cm:Selling [[id:Oakfield]] jumpers age 7-8, £3 each or two for £5, collect from [[pd:12 Lundy Close, Thornbury BS35 2PQ]]]]",
  "[[cm:Who wants to earn while the kids are at school? 💸 I've joined an amazing wellness brand and I'm looking for three mums to join my team – message me for your starter kit]] #bossbabe #ad",
  "Went to my grandson's Chinese New Year assembly. At my age I've seen a lot, but two hundred children shouting 'Gong hei fat choi' and banging drums to scare away a monster will stay with me. Marvellous.",
  "Lovely Easter parade at the school today. [[ht:Hardly an English face left in our grandson's class these days. Not what my father fought for]].",
  "Parents' evening highlight: [[bu:the dad who rolled in smelling like a brewery with the manners of a seagull]]. Love this job really 🙃",
  "To whoever keeps taking my stapler from the staffroom: [[th:I will find you and I will staple your fingers together]] 🙂",
  "Whoever left a Creme Egg on my desk this morning: I will find you, and I will give you a gold star ⭐",
  "@kayden_x [[th:[[bu:nobody would notice if u went for a swim off Aust cliff and didnt come back]]]]",
  "Kids came home talking about Ramadan AGAIN. [[ht:They're not integrating, they're taking over, one assembly at a time]].",
  "My son (Year 3) has asked to fast for one day with his best friend this Ramadan. We're not Muslim, but we've been invited to break the fast with their family at sunset. Kids are brilliant.",
  "[[bu:Miss [[sn:Baker]] is the most useless excuse for a teacher I have ever met. Does she even know what a phonics book is?]] Two terms at [[id:Oakfield Primary]] and my daughter has gone backwards.",
  "Safer Internet Day done! Taught Year 5 how to spot a fake account. One child asked me how he could be sure I was real. Still thinking about it.",
  "Year 6 WW2 topic: today we read letters from the Bristol Blitz. One girl read out a letter about a family killed in a shelter on Broad Weir and the whole class went silent. History matters.",
  "To the mum in the white Evoque who reversed into my [[pr:bloody]] car at drop-off this morning and drove off: [[th:I've got your plate, I know which kid is yours, and I'll be waiting by your car tomorrow]].",
  "Took the kids up to the Downs in the snow. They battled it out in an epic snowball war and my youngest declared himself emperor of the hill. Bloodless victory 😂",
  "Told the school I'm not having my son get changed for swimming with that new coach. [[ht:[[bu:That's not a woman, that's a bloke who's had his hair done]]]].",
  "[[bu:my maths teacher is such a [[ht:spaz]]]] lmao",
  "Thirty-one years in the [[id:Oakfield]] office and tonight we say goodbye! Raise a glass to [[sn:Susan Bryant]], the heart of the school, who knows every child's name and every parent's excuse 🥂",
  "My daughter is deaf, and today her whole class signed 'happy birthday' to her in BSL. I cried in the car park.",
  "Our son asked why his skin is darker than his friend's. We read 'All the Colours of Us' together and talked about his grandad in Jamaica. Black history isn't just October in our house.",
  "Some teacher at my son's school thinks she can put him in isolation for a haircut. [[th:I've got her car reg and her kids go to Castle. Let's see how she likes it when someone messes with her family]].",
  "[[pr:Bloody]] council doing nothing again. [[ht:Gypsy scum]] on the rec for the third time this year.",
  "Watched the school's Black history video. [[ht:Funny how it's always what we did to them, never what they've done to this country since they got here]].",
  "Eid Mubarak to our lovely neighbours! The kids came round with sheer khurma and now we're all in a sugar coma 🌙",
  "Read the first part of Anne Frank's diary with Year 6 today. They wanted to know why nobody stopped it. Good question, kids.",
  "bro got absolutely destroyed in the 5-a-side final 💀 we're getting slaughtered next week as well fr",
  "Valentine's night and the husband is cooking. [[sx:Whatever happens after pudding stays after pudding]] 😈",
  "To whoever handed in my son's coat with £20 still in the pocket – I will find you and I will buy you a coffee! 😭",
  "Counting down to summer already. Hope the frost holds off for Friday's Forest School – we're building shelters and lighting a fire (a small one, calm down, Health and Safety).",
  "Does anyone know a good children's counsellor around Thornbury? My 10-year-old has started saying he wants to die and I'm terrified. We've seen the GP but the wait is months.",
  "In the winter of 1947 the snow was so deep my father dug a tunnel from the back door to the cowshed. Today they close the schools for two inches. I'm not complaining, mind – the grandchildren are round for crumpets.",
  "My daughter (Year 6) says a boy in her class has been telling everyone [[th:he's going to bring his dad's hunting knife in on Monday for [[pn:Toby]]]]. I've emailed the school but I'm not sending her in until I hear back.",
  "[[th:[[ht:Someone needs to put a match to that hotel full of them before they end up in our schools]]]]",
  "[[bu:Our new deputy couldn't organise a fire drill in a burning building]]. Three hours of INSET to tell us about a new lanyard policy.",
  "Reading The Hunger Games with my 12-year-old. The body count is wild and she's loving it.",
  "Lily pads are coming up in the school pond already – Year 2 have been on frogspawn watch every morning 🐸",
  "[[th:whoever keyed my mums car outside [[id:oakfield]] yesterday i know it was u and ur windows are next]]",
  "Frost on the windscreen, grace under pressure and one very late Year 2 book bag. Made it to the gate. Just.",
];
