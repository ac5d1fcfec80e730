// The twenty-fourth held-out set's texts, labelled inline as [[code:span]]; `npx tsx core/eval/heldout-source.ts
// --set 24` builds heldout-24.jsonl from them (ids h24-off-NNN, h24-com-NNN, h24-per-NNN). Score it with:
//   npm run -s eval:checker -- --corpus core/eval/heldout-24.jsonl
// Written by someone who read none of the checker: of the repository it read only heldout-source.ts,
// roster.json, core/src/checker/types.ts (the category names) and the header comments (the lines before
// the first `export`) of heldout-texts.ts and heldout-2-texts.ts to heldout-22-texts.ts (there was no
// heldout-23-texts.ts to read). It did not read anything else under core/src (lexicons, categories, rules,
// learned model), any *.test.ts, core/bench/, core/cli/, corpus-*.ts, corpus.jsonl, generate-corpus.ts,
// score.ts, train-model.ts, any *.jsonl other than its own, the bodies of the other heldout-*-texts.ts
// files, or their git history; the checker and the eval script were not run on these texts before or
// after they were labelled.
// The school is the evaluation roster's (roster.json): Oakfield Primary School ("Oakfield", "Oakers"),
// Oakfield Road, Thornbury, Bristol BS35 4HJ, 0117 496 0123, office@oakfield.sch.uk.
//
// Aim: ONE SPRING TERM (January to Easter 2026) at the school, every category, mixed lengths (5-250
// words): the school's own posts (snow closures and reopening, a Friday newsletter, Holocaust Memorial
// Day, LGBT+ History Month, Safer Internet Day, Lunar New Year, a Valentine's disco, Pancake Day,
// Ramadan and Eid, Holi, St David's Day, World Book Day, Red Nose Day, Mother's Day, SATs preparation, the
// Year 6 residential, staff news, an end-of-term letter, images tagging pupils some of whom have no photo
// consent, and health, family and behaviour notices, some of which single a child out and some of which
// are properly general), parents' and grandparents' comments under them (many pasted as threads, "> " at
// the start of each reply, where the harm is one reply among several), and staff members', parents' and
// teenagers' own posts (three of them pasted group-chat exports). 251 texts with about sixty pupil-name,
// forty staff-name, twenty-five personal-data, twenty profanity, fifteen sexual, thirty-five threat,
// thirty-five hate, thirty bullying, twelve commercial, eleven school-identification and twelve
// child-specific labels, and six images tagging a pupil without consent. 39% of the texts are clean, most of
// them traps: roster names as ordinary words ("a hard frost", "we hope", "Will anyone", a photo booth,
// the marsh, a lottery grant, mark-making, Willow class, "Roses are red"), people who only share a roster
// name (Robert Frost, Jack Frost, Shere Khan, Bruce Wayne, Samuel Pepys, the author Laura Ellis, the
// Prophet Muhammad, the poet Hannah Szenes, the boxer Nicola Adams, Miss Trunchbull's Matildas);
// rude-looking places and food (Upper Dicker, Thong, Wyre Piddle, Nob End, Wookey Hole, prawn
// crackers, gulab jamun, Welsh cakes); violent words in history,
// stories, sport and festivals (the Lindisfarne raid, Holika burned on a pyre, a Stone Age mammoth hunt,
// the Great Fire, "smash it", killer arithmetic, a bloody nose at football, "destroyed" in a quiz, "kill
// me" of a climbing wall); respectful talk of faith, race, sexuality and disability (Kindertransport, Alan
// Turing, two mums and two dads, fasting in Ramadan, Eid, Holi, a civil opt-out from an assembly);
// general health notices (scarlet fever, head lice, a nut-free site); dates that are no birth dates;
// furious complaints that threaten only the governors.
//
// Codes: pn pupil_name, sn staff_name, pd personal_data, pr profanity, sx sexual, ht hate, th threat,
// bu bullying, cm commercial, id school_identification, cs child_specific, not = a roster full name used
// as ordinary words. photo_consent is never written: the builder adds it over the whole text when an
// image tags a pupil whose photoConsent is false. Images are attached to official posts only.
//
// Labelling decisions: heldout-source.ts's header and the set 2 to 22 headers hold; beyond them:
// - Threads and chat exports: each reply or message is labelled on its own (sets 17, 19, 22); the "> "
//   marker, chat timestamps, non-roster senders (Mollie, Kacey, Jayce, Kian, Leanne, Kerry, Dean, Dawn,
//   Gary, Jo, Stacey) and the replies that object or defend stay outside every span.
// - threat: "If Hughes shuts it once more I'll be round his house with a shovel and it won't be for
//   clearing his drive" is one conditional span (set 6), the surname nested; "His uncle's home from
//   Portland on Friday and he's already asked which one's Mr Walsh" (Portland: a prison) and "Told my
//   husband what that dinner lady said to our Mia. He's not a talker, and he finishes at half two on
//   Fridays" are threats relayed through a relative, one span over the means and the menace (sets 12, 21);
//   a head's car, parking place and leaving time followed by "Funny how dark that corner gets now the
//   light's broken" is one span (set 21's routine then menace); an ex-employee's "Mr Hughes will get
//   what's coming. I've still got a key fob and a lot of free time" and "Just remember who's still got the
//   alarm codes" are implied threats. A staff member's "I will hunt you down and break your fingers one by
//   one" over a chocolate bunny is threat with its 🔪 inside (set 15's ☕🔪); the same shape ending "I will
//   make you write the end-of-year reports" names no harm and is clean. "someone is going to get hurt" about
//   the zigzags is clean (set 4). "NEXT TIME IT'S PETROL" sprayed on a door is threat (set 9's quoted
//   graffiti). "Flagpoles make handy clubs" after a warning to anyone waving a rainbow flag, a brick and a
//   bacon sandwich through a prayer-room window, holes in refugees' dinghies and smoking out the asylum
//   hotel are threat and hate over the same span (set 10). Self-harm incitement aimed at a child or a
//   commenter ("go for a long swim off Portishead pier", "there's a bridge over the M4 with her name on
//   it", "go roll urself off the top of the quarry") is threat and bullying over the same span; "Nobody
//   asked you" before one is bullying on its own span (set 18).
// - hate: "Six million, every single year, no matter what gets dug up in the archives" (Holocaust
//   denial by insinuation, the 🤔 and "funny that" outside), "Strange how they always end up owning the
//   papers that tell us to feel guilty" (under a Holocaust post), a leaflet's "Ramadan in our schools
//   today, sharia on our streets tomorrow" quoted in a notice (the shouted "WAKE UP THORNBURY" outside, set
//   14's framing rule), accent mockery of Chinese people ("Herro Year 2, velly nice dumpring"), "Next
//   they'll have our kids bowing to a monkey god" under a Holi post, "Eid Mubarak to the British taxpayer,
//   who paid for all of it", and a staff member's sneer that Traveller children bring down attendance and
//   bring up the nit count are hate over the statement. "woofters", "Chinky" quoted from a nan, "d0thead",
//   "spaz" and "gay" meaning rubbish are hate over the word. "Four new Roma kids in Year 3 and funnily
//   enough the lost property box has started emptying itself" is one span (set 14's setup then sneer). A
//   Year 5 pupil told "go back on the boat you came on", "Grace runs like she's being chased across the
//   savannah", a Muslim teacher said to look "about to hijack the minibus", a new Syrian boy
//   told not to "bring his backpack to the disco", a Vietnamese boy mocked as "a little ninja" with his
//   chopsticks, an Irish mum "too hungover from Paddy's Day ... typical Irish" and a Black deputy who "only
//   got made deputy because they needed a black face for the website" are hate and bullying over the same
//   span, names nested. The Prophet Muhammad in a hostile comment is no pupil's name.
// - bullying: a TikTok caption quoted in a notice ("Doyle the walking wardrobe 🐘") is bullying with the
//   emoji inside (it carries the mockery) and the surname nested; "the Rahman boy who still can't tell the
//   time in Year 5" names Muhammad Rahman (a unique surname) while "The Vaughan kid" (several Vaughans)
//   names nobody; a staff member's sneer at "one mum" at parents' evening and a parent's at the mum who left
//   one child off a party list are bullying (sets 13, 19). "Star of the week for what, having the loudest
//   gob in Year 6?" under the stars post is bullying of the Year 6 star ("gob" is no swear word, set 17).
// - sexual: a stranger's "the little tiger girl is a real beauty, how old is she? ... if her mum messages me
//   privately" under World Book Day photos, "Any of the Year 6 girls need a valentine?" and a "swimwear
//   brand" scout under a residential photo are grooming-like, sexual only (never commercial); a dad's text
//   quoted in a teacher's own post is sexual over the quoted message; "Mr Fletcher can sponge me down any
//   day 💦" has the emoji inside (it carries the meaning), the 😏 / 😍 / 😳 after a remark stay outside.
// - profanity: "slapper" in a quoted insult at one office worker is profanity nested in the bullying span
//   (like set 11's "slag"); "bloody" in "Bloody noses all round at football" (literal) is clean; "gob",
//   "cow", "Duw" and "Mr Twit" are no profanity; "omfg", "wtf", "FML", "f***ing", "feck", "kurwa", "shite",
//   "chattin shit" and "f*ck" count.
// - child_specific: a girl in Elm class newly diagnosed with type 1 diabetes, a child in Acorn class with
//   a sesame allergy, "a Year 4 boy" suspended for throwing a chair, "The Year 3 boy" joining from a foster
//   placement, and named children on crutches, on a reduced timetable for ADHD medication, under a court
//   order about collection, bereaved, staying one night of the residential for medication, kept off it
//   for behaviour, excused swimming after grommets, and with a broken arm are cs over the clause, names
//   nested. Scarlet fever and norovirus "across the school", head lice in KS1, "several children ... have
//   severe allergies" and fasting pupils as a group are clean.
// - personal_data: an outdoor centre's address and office line in the residential letter, a soft-play
//   venue's address and a parent's landline in a party post are pd (set 2's venues); the school's own
//   phone and e-mail in an official post are clean; a parent's own child's birth date is pd over the date,
//   and so is a younger sibling's (set 22); trip, term and festival dates are clean.
// - commercial: a childminder advertising spaces, a tutor's SATs groups, a costume for sale, a retailer's
//   discount code passed on, an MLM pitch (its "#bossbabe" outside), a crypto "opportunity", Easter
//   hampers, and in official posts a sponsor's discount, the uniform supplier's link and the photographer's
//   ordering link are commercial; the PTA's and the school's own prices are clean.
// - school_identification (personal posts only): "Oakfield", "oakfield", "Oakfield Primary", "Oakers",
//   "oakers", "Oakfield Road" and the hashtags #OakfieldFamily and #OakersNetball (over the hashtag word).
//   "Castle" (another school) and "Thornbury" are not labelled.
// - Names: "our Yusuf", "caleb", "rhys", "dylan", "esme", "r0han", "Elsie", "Orla" and "jayden" (given
//   names several pupils share) are labelled where they name a child (set 3); "the Kowalski boy" and "the
//   Rahman boy" name pupils (unique surnames); "Mrs Bryant", "Mrs Talbot", "Mr Cartwright"
//   and "Mrs Oduya" are staff (shared surnames after a title). "Sam" and "Susan" after or in a staff
//   context name staff (set 17). Not names: Frosty the Headteacher (a snowman), Holly the cockapoo,
//   Becky the PTA chair, Laura Ellis the author, Carla, Jess, Carly and the chat senders above.
import type { Source } from './heldout-texts.js';

export const OFFICIAL: Source[] = [
  `❄️ SNOW UPDATE, 6:15am ❄️ After a hard frost overnight and more snow on the way, school will be CLOSED today, Tuesday 6th January. The site team have been out since five, but the lane and the staff car park are sheet ice and the minibus can't get up the hill safely. Home learning for every year group is on Google Classroom. Please don't attempt the footpath by the church – it is lethal this morning. Stay warm, and we hope to see everyone tomorrow.`,
  `We're OPEN! Huge thanks to our site team, who had every path gritted by 7am, and to the office staff for ringing round our minibus families before breakfast. Drop-off is through the main gate only today; the side path by the field is still frozen solid.`,
  {
    text: `Snowman competition winners! First place goes to [[pn:Ava Robinson]] and [[pn:Theo Walker]] for "Frosty the Headteacher", complete with carrot nose, tie and Mr [[sn:Hughes]]'s spare lanyard. The judges were very impressed (the headteacher less so).`,
    images: [['Ava Robinson', 'Theo Walker']],
  },
  {
    text: `Year 4 had a sledging safety talk this morning and then went out onto the top field to test the theory. [[pn:Ivy Green]], [[pn:Kai Nguyen]] and [[pn:Archie Zielinski]] engineered the fastest run of the day (helmets on!).`,
    images: [['Ivy Green', 'Kai Nguyen', 'Archie Zielinski']],
  },
  `FRIDAY NEWSLETTER – 23rd January\n\nWhat a fortnight! After two snow days we are finally back to normal, and the children have been brilliant about catching up.\n\nAttendance: well done to Willow class, our winners this week with 98.6%.\n\nReading: Year 4 have read more than 1,200 books since Christmas – the reading shed is packed every lunchtime.\n\nFootball: our Year 5/6 team beat Castle School 4–1 on a frozen pitch, with a hat-trick from [[pn:Jayden Atkinson]].\n\nWelcome back: [[cs:[[pn:Matilda Dunne]] is back with us after her knee operation and will be on crutches for a few weeks, so she will use the lift and leave lessons five minutes early]]. Please ask your children to give her space on the stairs.\n\nLost property: a navy North Face coat (age 9–10) and a single pink wellington. Both are in the box by the office.\n\nDates: Holocaust Memorial Day assembly Tuesday 27th; Year 6 residential meeting Thursday 29th at 6pm; Safer Internet Day Tuesday 10th February.\n\nHave a lovely weekend.`,
  `Holocaust Memorial Day – Tuesday 27th January. Year 6 have been reading extracts from Anne Frank's diary and learning about the Kindertransport, which brought nearly 10,000 mostly Jewish children to safety in Britain in 1938–39. In the Holocaust the Nazis and their collaborators murdered six million Jewish men, women and children, along with Roma and Sinti people, disabled people, gay men and political prisoners. This year's theme is "Bridging Generations". In assembly we will light a candle, hear a recording of a survivor speaking to schoolchildren, and each class will write a message of hope for the corridor display.`,
  `We have removed several comments from under our Holocaust Memorial Day post, including one that claimed "[[ht:the gas chambers were put up after the war for the tourists]]". Holocaust denial is not an opinion and it will not be left on this page. Anyone who posts it again will be blocked and reported.`,
  `February is LGBT+ History Month. In KS2 assemblies we'll learn about Alan Turing, whose codebreaking at Bletchley Park helped to shorten the Second World War and who was later prosecuted for being gay, and about Justin Fashanu, the first professional footballer in England to come out. In Reception and KS1 we'll read "And Tango Makes Three" and talk about how families come in all shapes – some children have a mum and a dad, some have two mums or two dads, some live with grandparents or carers. If you'd like to see the books beforehand, the office can arrange it.`,
  `New in the library for LGBT+ History Month: "Julian Is a Mermaid", "Red: A Crayon's Story" and "The Pirate Mums". Year 5 have also made a timeline in the corridor, from the 1967 change in the law to the first same-sex weddings in 2014.`,
  `Safer Internet Day is Tuesday 10th February. This year we're talking about online games and chat. We know some of our Year 5 and 6 children play 12+ and 16+ games at home. Strangers can use in-game chat to offer "free skins" or Robux in return for photos, or to move a conversation onto a private app. Please check privacy settings, keep devices out of bedrooms overnight, and tell your child they will never be in trouble for showing you a message that made them feel uncomfortable.`,
  `Following Safer Internet Day, several parents have shown us messages their children received from the same account in a Roblox group this week. We're sharing the wording, with their permission, so you know what to look for: "[[sx:ur so mature for 10, whats ur snap? dont tell ur mum we talk, she wont get it]]" and, when one child said they would tell an adult, "[[th:block me and i post ur address in the group and come find u myself]]". The account has been reported to Roblox and to the police.`,
  `A TikTok account has been set up using photos of a member of staff taken at the school gate, with the caption "[[bu:[[sn:Doyle]] the walking wardrobe 🐘]]". We believe it was made by older pupils. It has been reported, and we are working with the families involved. Please talk to your children about what they post – a joke to them is not a joke to the person in the picture.`,
  `新年快乐 – Happy Lunar New Year! Tuesday 17th February marks the start of the Year of the Horse. Before half term Year 2 will learn the story of the Great Race, make red lanterns and taste dumplings, spring rolls and prawn crackers, kindly cooked for us by [[pn:May Chen]]'s grandparents. A lion dance troupe from Bristol visits on Friday – it's loud, so little ones may want their ear defenders!`,
  {
    text: `Year 4's dragon dance rehearsal for Lunar New Year – just look at those moves! 🐉`,
    images: [['Noah Patel', 'Grace Okafor']],
  },
  `KS2 Valentine's disco this Thursday, 6–7:30pm! There'll be a photo booth, glow sticks and a tuck shop (everything 50p). Our Year 6 DJs, [[pn:Ethan Brooks]] and [[pn:Evie Morgan]], have promised "no soppy songs". Mr [[sn:Booth]] has been told he is not allowed to do the floss.`,
  `Shrove Tuesday falls in half term this year, so we're tossing pancakes on Friday 13th February instead! Class flipping races on the playground at 2pm – our deputy head has been practising her technique all week. The batter is being made by Year 3 as part of their measuring unit.`,
  `Ramadan Mubarak to all our families who will be fasting from around Wednesday 18th February. Fasting isn't expected of young children, but some of our older pupils like to try a part-day fast. Children who are fasting can use the library at lunchtime instead of the dinner hall, and PE will be adapted for them. Please just let your child's class teacher know so we can look after them.`,
  `Eid Mubarak! Eid al-Fitr is expected on or around Friday 20th March, depending on the moon. Children celebrating will be authorised to be absent on the day of Eid. Year 3 have made a beautiful moon-and-lantern display in the KS2 corridor – do come and see it at parents' evening.`,
  `Some families have found leaflets pushed through doors on the estate behind school reading "[[ht:Ramadan in our schools today, sharia on our streets tomorrow]] – WAKE UP THORNBURY". These leaflets have nothing to do with Oakfield and we have passed them to the police. We are proud of every one of our families, whatever their faith.`,
  `Happy Holi! On Wednesday 4th March Year 4 will celebrate the festival of colours on the back field – old clothes please, as the powder washes out but gets everywhere. In class they've been learning the story of Prahlad and his wicked aunt Holika, who tried to burn him on a pyre but was burned herself, which is why bonfires are lit on the night before Holi. Thank you to [[pn:Priya Sharma]]'s mum for the gulab jamun!`,
  `Dydd Gŵyl Dewi Hapus! St David's Day falls on a Sunday this year, so on Monday 2nd March Year 1 will be baking Welsh cakes and learning the first verse of "Calon Lân". Children may wear a daffodil or a leek badge with their uniform.`,
  `World Book Day is Thursday 5th March! Come dressed as a character from a favourite book, or in pyjamas with your bedtime story. There's no need to buy anything – a cardboard crown or an old sheet makes a brilliant ghost. We already know of at least four Matildas, a Shere Khan, two Bruce Waynes and a very determined Mr Twit in Year 3. Book swap in the hall at 3:15.`,
  {
    text: `What a day! Our World Book Day parade starred [[pn:Seán O'Brien]] as the Gruffalo, [[pn:Amelia Khan]] as the Tiger Who Came to Tea and [[pn:Leo Kowalski]] as a very convincing Stick Man.`,
    images: [["Seán O'Brien", 'Amelia Khan', 'Leo Kowalski']],
  },
  `For World Book Day we are welcoming the children's author Laura Ellis, whose dinosaur detective books are a huge hit in Years 1 and 2. She'll be running writing workshops in the morning and signing bookmarks at pick-up.`,
  `Red Nose Day is Friday 13th March! Wear something red for £1 and bring your spare change to sponge Mr [[sn:Walsh]] and Mr [[sn:Fletcher]] on the playground at 2:30. Year 6 have already sold out of noses. Bake sale at the gate: buns 50p, cake slices £1, with every penny going to Comic Relief.`,
  `Mother's Day is Sunday 15th March. The PTA gift room is open on Thursday – £2 per gift – and children can choose something for mums, nans, aunties, carers or anyone special to them. We know this can be a tricky day for some children, and staff will be sensitive to that.`,
  `Year 6 SATs take place in the week beginning Monday 11th May. Between now and Easter, Year 6 will have booster groups on Tuesday and Thursday mornings and a SATs breakfast club from 8am. Please don't buy revision guides – we'll give every child everything they need. Our message to Year 6: you are going to smash it, and you are so much more than a score on a test. Even the killer arithmetic questions get tackled one at a time!`,
  `We've been asked whether children who have extra time or a reader in SATs are "getting an advantage". Access arrangements are set out by the Standards and Testing Agency for children who need them, just as glasses are for children who need those. We won't discuss any individual child's arrangements on this page.`,
  `Thank you to Severn Vale Tutors for sponsoring our SATs breakfast club this term. [[cm:Parents can get 20% off a first month of one-to-one tuition with the code OAKSATS20 at severnvaletutors.co.uk]].`,
  `Spring term reminder: [[cm:logo jumpers, cardigans and PE tops can be ordered from our supplier at www.stitchandschool.co.uk/oakfield]] – order by Friday 6th February for delivery before half term. Plain grey trousers and skirts from any shop are fine.`,
  `Year 6 residential: Wednesday 25th to Friday 27th March at Combe Valley Outdoor Centre, [[pd:Stogursey Lane, Bridgwater TA5 1XJ]]. The balance of £185 is due by Friday 27th February through ParentPay, and the kit list is attached. During the trip the centre's office line is [[pd:01632 960418]] for emergencies only – for anything else please contact the school office as normal.`,
  `Residential update, Wednesday 9pm: all 58 children arrived safely and have done raft-building, archery and the night walk. Everyone has eaten a huge dinner and most are already asleep (some more than others!). [[cs:[[pn:Rohan Chowdhury]] is staying for one night only because of his medication, and his dad will collect him after breakfast tomorrow]]. Photos to follow!`,
  {
    text: `Day 2 at Combe Valley: the zip wire, the climbing wall and a very muddy orienteering course. Team Kestrel led everyone home first, and only one compass was lost in a bog.`,
    images: [['Esme Ashworth', 'Jacob Fraser']],
  },
  `A message for Elm class families: [[cs:one of the girls in Elm was diagnosed with type 1 diabetes over Christmas and will have her blood sugar checked before break and lunch]]. Please remind your children not to share snacks, and thank you for your understanding.`,
  `We've had several cases of scarlet fever and norovirus across the school this week. If your child has had sickness or diarrhoea, please keep them at home until 48 hours after the last episode, and see your GP if you spot a sandpapery rash with a sore throat. Good handwashing at home really helps.`,
  `Year 6 parents: [[cs:[[pn:Toby Gill]] will be on a reduced timetable (mornings only) until Easter while his new ADHD medication is reviewed]], so please don't be surprised to see him leave at lunch. Mrs [[sn:Bryant]] will be his key adult.`,
  `Office note for Year 6 staff and volunteers: [[cs:[[pn:Freya Nowak]] may only be collected by her mum or her grandma this term, following a court order]] – please do not release her to anyone else.`,
  `Reminder: children will only be released to the adults named on their collection form. If someone different is picking up, please ring the office on 0117 496 0123 or email office@oakfield.sch.uk before 2pm.`,
  `Staff news: we're delighted to welcome Miss [[sn:Holly Reid]] back from maternity leave after Easter, and we'll be saying a fond farewell to Mrs [[sn:Susan Bryant]], who retires at the end of term after 27 years in Reception. Mrs [[sn:Bryant]] has taught two generations of Thornbury families and we will miss her enormously. Her retirement tea is in the hall on Friday 27th March at 3:30 – all welcome.`,
  `We have had to remove a number of comments from this page this week. To be clear about where the line is: one comment called a member of our office team "[[bu:a useless fat [[pr:slapper]]]]", and another said our headteacher "[[th:wants dragging out of his car one morning]]". Comments like these will be reported to the police. Criticism of school decisions is welcome here; abuse of our staff is not.`,
  `Dear parents, this week a Year 5 pupil was told by another child in the playground to "[[ht:[[bu:go back on the boat you came on]]]]" after a football game. Both families have been spoken to. Year 5 will be doing some extra work on belonging with Mrs [[sn:Sandhu]] before half term, and we'd be grateful if you could talk about it at home too.`,
  `Parking: residents on Oakfield Road have asked us to pass on that cars are blocking their drives at pick-up, and the zigzags were full again on Tuesday. Please park considerately – someone is going to get hurt.`,
  `Over the weekend someone sprayed "[[th:NEXT TIME IT'S PETROL]]" on the doors of the new Early Years building. The police have the CCTV. School opens as normal on Monday and the door has already been cleaned. Thank you to the families who reported it so quickly.`,
  `Year 5 have been learning Robert Frost's "Stopping by Woods on a Snowy Evening" by heart – the perfect choice for the week we've had. Their illustrated copies are up in the library.`,
  `Stars of the Week! Reception – [[pn:Tariq Iqbal]] for counting to 20 in French; Year 1 – [[pn:Anya Quinn]] for brilliant phonics; Year 2 – [[pn:Finley Scott]] for his kindness at lunch; Year 3 – [[pn:Aisha Begum]] for her Stone Age poem; Year 4 – [[pn:Elsie Barnes]] for perseverance in maths; Year 5 – [[pn:Oscar Lewis]] for his Viking longship; Year 6 – [[pn:Orla Ashworth]] for leading the choir. Well done all!`,
  {
    text: `Year 2's Great Fire of London day: the cardboard Pudding Lane burned beautifully (in a metal tray, with the site team and a fire extinguisher standing by). Samuel Pepys would have buried his parmesan.`,
    images: [['Harry Clarke', 'Mia Johnson']],
  },
  {
    text: `Year 3's Stone Age day: flint knapping (with goggles!), cave painting with charcoal and a mammoth hunt across the KS2 playground. No children or mammoths were harmed.`,
    images: [['Hattie Campbell', 'Ruby Ahmed']],
  },
  {
    text: `Year 1 made hot cross buns this week and talked about the Easter story. The whole corridor smelt amazing!`,
    images: [['Sienna Kaur', 'Layla Farrell']],
  },
  {
    text: `Year 2 science: which material would make the best umbrella for Paddington? [[pn:Dylan Whitfield]] and [[pn:Nia Chowdhury]] tested everything from tinfoil to a crisp packet.`,
    images: [['Dylan Whitfield', 'Nia Chowdhury']],
  },
  `Following an incident in the dinner hall on Tuesday, [[cs:a Year 4 boy has been suspended for three days for throwing a chair at a lunchtime supervisor]]. We know a lot of children were upset by what they saw, and teachers have talked it through with each class.`,
  `Oak class families: [[cs:[[pn:Callum Whitfield]] lost his dad very suddenly over half term]]. He will be back with us on Monday. Mrs [[sn:Doyle]] has talked to the class about how to be a kind friend, and we'd be grateful if you could do the same at home.`,
  `Head lice are doing the rounds in KS1 again. Please check your child's hair this weekend with a nit comb and plenty of conditioner. There's no need to keep anyone off school.`,
  `Congratulations to Mr [[sn:Walsh]] and Miss [[sn:Cole]], who ran the Bath Half on Sunday and raised £640 for our new sensory room! He would like everyone to know he did not walk up the hill at mile 9.`,
  `Year 4 have been studying the Vikings: longships, runes, and the raid on Lindisfarne in 793, when monks were killed and the monastery's treasures were looted. On Friday they'll storm the hall in cardboard helmets. Please don't be alarmed by the battle cries.`,
  `Forest School this week: we found frogspawn in the pond down by the marsh, made willow crowns and learnt how to use a bow saw safely. Wellies and waterproofs every Wednesday please!`,
  `British Science Week: Year 3 tested which of the three little pigs' houses would survive the big bad wolf – a hairdryer on full blast against straw, lolly sticks and Lego bricks. The straw house did not make it.`,
  `Our Friday football club kit has been sponsored by Thornbury Tyres – thank you! [[cm:Show this post in store for £10 off a set of four tyres before 31st March]].`,
  `Class photos have arrived! [[cm:Order yours online at www.photosnap.co.uk using the code on your child's proof card]] by Friday 20th March.`,
  `Term dates reminder: half term is Monday 16th to Friday 20th February. We break up for Easter at 2pm on Friday 27th March and return on Monday 13th April.`,
  `Meet the team: [[sn:Sam Booth]] has looked after our buildings for eleven years, and this winter he has been out gritting the paths at 5am on six different mornings. Thank you, [[sn:Sam]] – we literally couldn't open without you.`,
  `Year 6 residential: [[cs:[[pn:Alfie Turner]] will not be joining the residential following his behaviour on the trip to the planetarium]]. His family are aware and this has been agreed with them.`,
  `Swimming reminder for Year 2: lessons continue on Thursdays. [[cs:[[pn:Zoe Martin]] is excused from swimming this half term after having grommets fitted]] and will stay at school with Mrs [[sn:Talbot]].`,
  `We are pleased to welcome two new pupils this week, one in Year 3 and one in Year 5. [[cs:The Year 3 boy has joined us from a foster placement in Gloucester]], so please help him feel at home.`,
  `A reminder for Acorn class: [[cs:one child in our class has a severe sesame allergy and carries an adrenaline pen]], so please avoid houmous, sesame bagels and seeded snacks in lunchboxes.`,
  `Several children across the school have severe allergies, so we are a nut-free site. Please check cereal bars, chocolate spread and birthday treats before they come in.`,
  `Year 4 news: the class assembly has moved to Friday 20th March. [[cs:[[pn:Jude Lawson]] has broken his arm falling off a trampoline]], so he'll be our narrator rather than a dancer! PE kits are still needed on Tuesdays.`,
  `Year 1's snowy walk: we saw frost on the spiders' webs, a robin in the holly and ivy climbing the old churchyard wall. Back in class we read "The Snowman" and warmed up with hot chocolate.`,
  `Stay and Play for Reception on Tuesday: we'll be mark-making with chunky chalks, squishing play dough and reading "Supertato". Grown-ups welcome from 2:30!`,
  `A huge thank you to the Thornbury Lions, whose grant of £1,500 has paid for our new reading shed. Do pop in and see it on your way past.`,
  `Reading challenge update: [[pn:Will Thompson]] in Year 5 has now read 41 books since September. Will anyone catch him before Easter?`,
  `PTA Easter Egg Hunt: Saturday 28th March, 10am on the school field. £3 per child, including a hot cross bun. Volunteers please contact our new PTA chair, Becky, on [[pd:07700 900318]] or [[pd:thornburypta.becky@gmail.com]] – we need six more helpers!`,
  `Snow closure FAQs. Will the lost days be made up? No – snow days are recorded as "school closed" and don't count against your child's attendance. Will Year 6 SATs be affected? No. Will there be hot dinners if we open late? Yes – our kitchen team are heroes.`,
  `Our Year 6 choir will sing at the Holocaust Memorial Day service at St Mary's on Sunday 25th January, including "Eli, Eli", written by Hannah Szenes, a young poet who was executed in 1944 after parachuting into Nazi-occupied Europe to help Jewish communities.`,
  `Year 6 RE this week: Easter. The children have been reading the Passion narrative – the betrayal, the trial, the crucifixion and the empty tomb – and discussing why Christians call the day Jesus died "Good" Friday.`,
  `Year 2 have been learning about Mary Anning, who found an ichthyosaur skeleton at Lyme Regis when she was just twelve. Ask them to say "ichthyosaur" – it's quite a challenge.`,
  `The parents won our staff-versus-parents LGBT+ History Month quiz by one point, after nobody on the staff team could remember that Nicola Adams won Olympic boxing gold in 2012. Rematch next year!`,
  `A message from Mr [[sn:Hughes]] as we reach Easter\n\nDear families,\n\nWhat a term. We started it under snow – four closures in three weeks, which I hope is a record we never break – and we finish it with daffodils on the bank and Year 6 home from Combe Valley with more mud than luggage.\n\nIn between, we marked Holocaust Memorial Day with real seriousness, celebrated Lunar New Year, Ramadan, Holi and Eid, read our way through World Book Day and raised £1,140 for Comic Relief. Our Year 5/6 footballers reached the South Glos semi-final, and the choir sang at the cathedral.\n\nThere have been harder moments too. A small number of comments on this page have been abusive towards staff, and a few have attacked families because of their faith or background. That will never be acceptable here, and we have reported the worst of them.\n\nThank you to everyone who gritted, baked, drove, washed Holi powder out of uniforms and sat through SATs booster homework at the kitchen table.\n\nHave a restful Easter. We return on Monday 13th April.\n\n[[sn:David Hughes]]\nHeadteacher`,
];

export const COMMENTS: Source[] = [
  `Thank you for letting us know so early! The kids are already out building a snowman in their pyjamas ☃️`,
  `> Closed AGAIN? Some of us have actual jobs to get to. [[pr:Bloody]] ridiculous, even the Co-op managed to open.\n> The Co-op doesn't have to get 200 kids across sheet ice, Dawn.\n> Closing for two inches of snow is [[pr:bollocks]]. In my day we walked through drifts up to our knees.\n> [[bu:[[sn:Hughes]] is a spineless little man with a clipboard]] and everyone knows it.\n> Bit much. The lane was like glass this morning, I saw a van slide into the hedge.`,
  `Third closure in two weeks. [[th:If [[sn:Hughes]] shuts it once more I'll be round his house with a shovel and it won't be for clearing his drive]].`,
  `Our road's like an ice rink – I nearly killed myself on the front step this morning 😂 stay safe everyone.`,
  `> Anyone know if the 7:45 bus is running?\n> Running but about 40 mins late\n> Thanks hun x`,
  `Snow days are a nightmare for working parents, I know. [[cm:I'm a registered childminder in Thornbury with two spaces for school-age children, ring me on [[pd:07700 900672]]]].`,
  `Frosty the Headteacher 😂😂 brilliant, well done [[pn:Ava]] and [[pn:Theo]]!`,
  `Is that the slope by the rugby club? My boy went flying off his sledge there last year and broke his wrist. Have fun but wear those helmets, kids!`,
  `> [[ht:Six million, every single year, no matter what gets dug up in the archives]] 🤔 funny that.\n> Reported.\n> [[ht:A day for the Holocaust every year but not one word about what Muhammad's lot are doing to girls in Rotherham]].\n> Reported as well. Thank you school for teaching this properly.\n> [[ht:Strange how they always end up owning the papers that tell us to feel guilty]]\n> My great-grandparents died in Treblinka. Take your "questions" somewhere else.`,
  `My grandad was one of the soldiers who went into Bergen-Belsen in April 1945. He never spoke about what he saw until he was ninety. Thank you for teaching this.`,
  `I'd rather my son learnt about this at home when he's a bit older, so I'll be keeping him with me for that assembly. No disrespect meant to anyone.`,
  `> [[ht:Two mums, two dads, and next year they'll be teaching them it's fine to marry the dog]]\n> My kids have two mums and they're doing just fine, thanks.\n> Alan Turing assembly, fine, he was a genius. The rest of the month is just [[ht:woofters]] patting themselves on the back.\n> [[th:[[ht:Anyone waving a rainbow flag near my kids wants to be careful. Flagpoles make handy clubs]]]].\n> Screenshotted and sent to the police. You've got your name on your profile, genius.\n> [[ht:Men pretending to be women have no business in a primary school library, history month or not]].`,
  `My daughter came home and told me all about Alan Turing. She was so cross about how he was treated that she wrote him a letter. Great assembly.`,
  `As a dad with a husband, thank you. Our two were so excited to see a book with a family like theirs in the library.`,
  `> [[ht:Herro Year 2, velly nice dumpring, so solly for virus]] 😂😂\n> Grow up.\n> [[pn:May]] came home with a red envelope and a paper lantern and explained the whole Great Race to her nan. Thank you Mrs [[sn:Doyle]]!\n> Lovely post. My nan still calls it "going for a [[ht:Chinky]]" and I've given up correcting her 🙈 Happy New Year to everyone celebrating!`,
  `Are the prawn crackers gluten free? My son's coeliac but he'd love to join in.`,
  `We're having a Chinese takeaway for New Year tonight and the kids want to use chopsticks for everything. Send help (and napkins).`,
  `> PE adapted for them?? [[ht:If their religion makes kids too weak to run round a field, maybe it's not fit for this country]]\n> My son is fasting and he did cross-country on Tuesday. Maybe check your facts.\n> Genuine question: [[ht:how long before the whole dinner hall goes halal and the rest of us just have to lump it]]?\n> It's been halal chicken on Wednesdays for three years and nobody's died, Gary.\n> [[th:[[ht:Give it a month and that prayer room will have a brick through the window with a bacon sandwich taped to it]]]]`,
  `Ramadan Mubarak! Our [[pn:Yusuf]] is trying a half-day fast this year and is VERY proud of himself.`,
  `Is Eid an authorised absence if it ends up being the Saturday instead? Sorry, just trying to plan work.`,
  `[[ht:Eid Mubarak to the British taxpayer, who paid for all of it]].`,
  `We did Holi in the park last year and my white sofa has never recovered 😂 Have fun Year 4!`,
  `The bit about Holika being burned gave my 8 year old nightmares 😂 but she loved learning about it. Happy Holi!`,
  `Powder paint and bonfires, lovely. [[ht:Next they'll have our kids bowing to a monkey god in assembly]].`,
  `Thank you for the lovely photos! [[pn:Priya]] hasn't stopped talking about it.`,
  `[[cm:Still got my son's Gruffalo costume, age 5–6, worn once – £8, collection from [[pd:14 Gloucester Road, Thornbury BS35 1DN]] or I can post]].`,
  `> Gorgeous kids. [[sx:The little tiger girl is a real beauty, how old is she? Would love to send her some more books if her mum messages me privately]] 😊\n> Who are you? You don't have any kids at this school.\n> Reported this account. Please don't reply to it.\n> Anyone else last minute? [[cm:Matalan have 25% off costumes with code BOOKWORM25 this week]]`,
  `[[sx:Miss [[sn:Baker]] in that catsuit 🥵 I'd let her read me a bedtime story any night]]`,
  `Please can we stop the costume arms race. My kids went as a tired mum and a lost sock. 10/10.`,
  `Shere Khan is my 7 year old and he roared at the postman this morning. Worth every penny of the £3 face paint.`,
  `> £5 says I can hit Mr [[sn:Fletcher]] from behind the fence 🎯\n> [[sx:Mr [[sn:Fletcher]] can sponge me down any day 💦]]\n> Behave, it's a school page 😂\n> [[sx:Miss [[sn:Cole]] in them running shorts last weekend, I'd sponsor her by the mile and then some]] 😏`,
  `Year 6 sold a nose to every grandparent in Thornbury, I think. Well done kids!`,
  `> [[cm:I do SATs tuition in small groups for £15 an hour – qualified teacher, fully DBS checked. Message me for details!]]\n> SATs are a load of old rubbish but they'll smash them anyway. Good luck Year 6!\n> Booster groups are for kids like [[bu:the [[pn:Rahman]] boy who still can't tell the time in Year 5]] lol\n> That's a ten year old you're talking about. Shameful.\n> [[th:If my daughter comes home crying about practice papers one more time, that Year 6 teacher is going to find out what pressure actually feels like]].`,
  `[[ht:Put the wheelchair kids in a separate room for SATs so they don't drag the results down]].`,
  `Raft building in March?? Hope they've got wetsuits 🥶 Have the best time Year 6!`,
  `> Does anyone have a spare sleeping bag we could borrow for Combe Valley? Text me on [[pd:07700 900145]] x\n> Anyone doing the drop-off from Alveston on the Wednesday? Happy to share petrol – I'm on [[pd:07700 900906]].\n> After what happened on last year's trip I've got no faith. [[th:If my son comes back with so much as a scratch, Mr [[sn:Lloyd]] won't be walking off that coach]].\n> My son says a boy in Year 6 told him [[th:he's going to push him in the river on the residential when the teachers aren't looking]]. Please can someone look into it before they go.`,
  `[[sx:The blonde girl on the left of the raft photo has a real look about her. I scout for a children's swimwear brand – have her mum inbox me, no need to go through the school]].`,
  `> [[th:Black Audi that parks across my drive every morning at 8:40 – I've got your reg. Next time you'll come back to four flat tyres]].\n> Whoever keeps letting their dog foul right outside the Reception door: [[th:catch you at it and you'll be wearing it home]].\n> I've emailed the council three times about gritting that path. If it's not done by Monday I'm going to the Gazette.`,
  `Kids were sliding down that path all week and it took till Thursday to grit it. [[pr:Sh1t]] organisation.`,
  `> Some of us work full time, Stacey. We can't all stand at the gate for an hour.\n> [[bu:Some of us can afford a hairbrush]] 😂\n> Ladies, please. It's a post about pancakes.`,
  `That [[pn:Finley]] kid bit my son AGAIN. [[bu:Feral little [[pr:shit]], needs a muzzle not a sticker chart]].`,
  `Whoever the dad in the grey North Face is at Year 1 pick-up… [[sx:I'd happily get snowed in with him for a week]] 😍`,
  `Does anyone know if the after-school club is running on the INSET day? Thanks in advance.`,
  `[[bu:The new TA in Year 2 turns up dressed like she's off clubbing in Weston]]. Not a great look in front of five year olds.`,
  `[[ht:Four new Roma kids in Year 3 and funnily enough the lost property box has started emptying itself]].`,
  `> You don't speak for the rest of us, Kerry.\n> [[bu:Nobody asked you]], Dean. [[th:[[bu:Do everyone a favour and go for a long swim off Portishead pier]]]]\n> Both of you, pack it in. It's a school page.`,
  `My youngest was born [[pd:14/08/2022]] so she'll be one of the youngest in Reception. Does anyone know if the school supports summer-born deferrals?`,
  `Deferral is for April to August birthdays, I think. Ring the council admissions team, they were really helpful with ours.`,
  `Lost: a pink Frozen lunchbox outside the Year 1 door. If found please email [[pd:kezza.m88@hotmail.co.uk]], thank you!`,
  `Found a set of keys with a Bristol Rovers fob on Castle Street. They're behind the counter at the pharmacy, or pop round to [[pd:7 Pullin Court]] after 5.`,
  `[[th:[[sn:Baker]] lives at [[pd:9 Crossways Lane]], blue door, silver Corsa on the drive. Be a shame if that Corsa wouldn't start one frosty morning]].`,
  `[[ht:[[bu:Mrs [[sn:Oduya]] only got made deputy because they needed a black face for the website]]]]`,
  `> Well done [[pn:Elsie]]! Nanny and Grandad are so proud x\n> Why is it always the same kids? [[pn:Orla]] had it in October as well.\n> [[bu:Star of the week for what, having the loudest gob in Year 6?]]\n> She leads the choir, Gav. Read the post.`,
  `Kept my lad in at lunch for one snowball. [[th:His uncle's home from Portland on Friday and he's already asked which one's Mr [[sn:Walsh]]]].`,
  `Snowball fights are part of being a kid, but fair enough if they're on the path. Rules are rules.`,
  `Some [[ht:d0thead]] in an Uber nearly took out the lollipop lady this morning.`,
  `[[sx:Bored mums of Thornbury 💋 lonely and looking for fun this half term – see my private pics at [[cm:hotmums-local.xyz/bristol]]]]`,
  `Hey lovely mummas 💕 fed up of snow days and no money? I built a business from my phone around my kids – [[cm:drop me a 💜 and I'll show you how to earn £500 a week with our skincare range]] #bossbabe`,
  `[[cm:Earn from home with bitcoin mining 💸 guaranteed returns, message Mr Daniel on WhatsApp [[pd:+44 7700 900812]]]]`,
  `[[bu:Mr [[sn:Cartwright]] on the gate this morning, looking like he'd been dug up and left out overnight]] 😂`,
  `> [[bu:That receptionist has a face like a smacked [[pr:arse]] every single morning]]\n> She's lovely to us. Maybe it's you x\n> Agree with Jo, she's always been kind to my two.`,
  `lol safer internet day. [[pn:jayden]] u still owe me 800 vbucks, [[th:pay up or ur getting ur teeth knocked in at the park]]`,
  `[[th:Mr [[sn:Hughes]] drives the blue Skoda, parks by the bins, leaves about half five. Funny how dark that corner gets now the light's broken]].`,
  `[[th:[[ht:Put a few holes in their dinghies before they land and the problem solves itself]]]]`,
  `Pakistan won the cricket so half of Gloucester Road's been beeping horns all night. [[ht:Go and live there if you love it so much]].`,
  `[[ht:[[bu:[[pn:Grace]] runs like she's being chased across the savannah]]]] 😂 go on girl`,
  `[[ht:[[bu:[[pn:Seán]]'s mam will be too hungover from Paddy's Day to do the school run, typical Irish]]]]`,
  `> [[sx:Any of the Year 6 girls need a valentine? 😉 Message me, I'm very generous]]\n> Reported. Who lets these accounts comment?\n> Please can the tuck shop take card this year? Nobody carries cash anymore.\n> [[bu:[[pn:Daisy]]'s mum will be there in the leopard print again, who's she trying to impress at a kids' disco]]`,
  `Who the [[pr:f*ck]] puts an INSET day on the Monday after half term. Honestly.`,
  `Ah for [[pr:feck]]'s sake, another non-uniform day and I've only just washed the jumper.`,
  `Found a purple glove on the railings by the crossing – I've put it on the wall outside [[pd:4 Church Lane]] so nobody has to knock.`,
  `I want to say this calmly because I know the staff are doing their best. My son came home from the residential meeting with a list saying he needs a sleeping bag, waterproofs and walking boots by March. That's over £100 we don't have in January, and I know I'm not the only one. I'll raise it with the governors, and I'd urge anyone else who's struggling to email the office – I'm sure there's a hardship fund. I'm not having a go. I just think someone needs to say it out loud.`,
  `This boy in Year 4 push my son in the snow and put ice in his coat every day this week. [[th:If school not stop him, I will come to the gate and stop him myself, and he will not like how]].`,
  `[[th:Whoever's been nicking the bairns' sledges from the bike shed, I'll wrap the next one round your heed]].`,
  `Is the egg hunt still on if it rains? Asking for a very excited four year old.`,
  `Will there be a recording of Calon Lân? My mum's in Swansea and would love to see it.`,
  `The Year 4 Vikings came home absolutely feral and shouting "Odin!" at the dog. Ten out of ten, would raid again.`,
  `Bloody noses all round at football today apparently 😂 hope they're all ok!`,
  `Is it true Year 6 are killing it at netball? My daughter won't stop talking about the semi-final.`,
  `Thank you for the Kindertransport lesson. My husband's grandmother came over on one of those trains from Vienna when she was six. We showed our son her little suitcase.`,
  `Gutted we missed the lion dance, we were at the dentist. Is there a video anywhere?`,
  `Roses are red, violets are blue, my son wants to ask someone to the disco and I am not ready for this.`,
  `Mrs [[sn:Frost]] is an absolute machine – she was out gritting the zigzags herself with a dustpan at 7am!`,
  `Thank you Year 6 for a beautiful assembly. There wasn't a dry eye in the hall when they read out the names of children who came on the Kindertransport.`,
  `My daughter has been practising the lion dance with a cardboard box on her head all weekend. The cat is terrified.`,
  `Could we have a list of what's in the Holi powder? My son has eczema and I'd rather check first. Thanks!`,
  `The straw house did not make it 😂 RIP. Excellent science though.`,
  `Absolute carnage at the egg hunt, in the best possible way. Thank you PTA!`,
  `Do the teachers dress up too? My son is convinced the head is coming as the Grinch.`,
  `Lost a silver bracelet at the egg hunt, it was my mum's. Please WhatsApp [[pd:+44 7700 900273]] if you find it 🙏`,
];

export const PERSONAL: Source[] = [
  `Snow day number two. Marked thirty maths books, watched three episodes of Bridgerton, and the dog refuses to go outside. Living the dream ❄️`,
  `So proud of my Year 5s at [[id:Oakfield]] today for Safer Internet Day – they wrote an online-safety rap with a whole verse about two-factor authentication. I'm not crying, you're crying. #[[id:OakfieldFamily]]`,
  `Parents' evening survival report: fourteen appointments, one dad who told me his son "doesn't do fractions", and [[bu:one mum with all the warmth of a car park in February who argued about a 7/10 spelling test for twelve solid minutes]]. Wine.`,
  `To whoever keeps taking the good scissors from the Year 3 cupboard: I will find you, and I will make you write the end-of-year reports. All thirty.`,
  `Valentine's plans: takeaway curry, cheap fizz and [[sx:the new lingerie, which will stay on for roughly four minutes]] 😈`,
  `Who decided a [[pr:f***ing]] data drop the week before half term was a good idea? Asking for every teacher in England.`,
  `[[th:who ever snitched about the snowballs better not walk past the rec after school 🔪]]`,
  `year 6 gc is unhinged tonight 💀\n[03/03/2026, 21:02] Mollie: whos doing the talent show\n[03/03/2026, 21:03] Kacey: [[bu:[[pn:esme]] thinks shes gonna win lmao, her voice is a goat stuck in a blender]]\n[03/03/2026, 21:03] Mollie: stoppp 😭\n[03/03/2026, 21:05] Tyler: [[pn:siân]] was crying in the toilets bc she didnt get the solo\n[03/03/2026, 21:05] Kacey: [[th:[[bu:theres a bridge over the M4 with her name on it]]]]\n[03/03/2026, 21:06] Lacey: thats actually not funny guys`,
  `Proud mum moment: [[pn:Harry]] got his first ever star of the week at [[id:Oakfield Primary]] for his story about a snow dragon 🐉❄️`,
  `Can't believe our [[pn:Isla]] is 6 today! Born [[pd:22nd January 2020]] in the middle of a storm and she's been a whirlwind ever since 🎂`,
  `Jack Frost has been busy – the playground looked like Narnia at 7am. Beautiful. Cold. Mostly cold.`,
  `[[sx:[[pn:evie morgan]]s mum at the gate tho 🥵 she can ground me anytime]]`,
  `new boy in year 6 is from syria 💀 [[ht:[[bu:bro better not bring his backpack to the disco]]]] 😭`,
  `[[id:oakers]] lads gc 🔥\n[14/01/2026, 19:40] Jayce: snow day tmrw???\n[14/01/2026, 19:41] Kian: [[pr:omfg]] pls\n[14/01/2026, 19:44] Jayce: [[pn:caleb]] still crying he lost the snowball fight 😂\n[14/01/2026, 19:45] Kian: [[th:[[bu:go roll urself off the top of the quarry and save us the bother]]]]\n[14/01/2026, 19:45] Jayce: 💀💀`,
  `To the woman in the white Evoque who mounted the kerb on [[id:Oakfield Road]] this morning and clipped my daughter's scooter: [[th:I've got your plate and I've got your face, and next time I see either there'll be more than words]].`,
  `[[ht:Caravans back on the playing field by the leisure centre. Give it a week and there'll be nothing left in Thornbury that isn't bolted down]].`,
  `First week back and I've already got tonsillitis, a broken laminator and 47 unread emails. [[pr:FML]]. Love you really, [[id:Oakers]] x`,
  `Holi with Year 4 today – I'm pink until at least Thursday and I regret nothing 💗💛💚`,
  `Dressed as Miss Trunchbull for World Book Day and threw exactly zero children by their pigtails. Personal growth.`,
  `Love how a certain member of SLT took credit for the entire SATs plan at briefing. Mrs [[sn:Frost]], [[bu:you're a fraud with a lanyard]] and the whole staffroom knows it.`,
  `[[th:If the [[pn:Kowalski]] boy pulls my daughter's hair one more time I'll drag him to the office by his own]].`,
  `[[pn:r0han]] ur 12 and chattin [[pr:shit]] to me like that on fortnite?? [[th:i know ur in 6B. see u at the bus stop 👊]]`,
  `Year 6 SATs results will be shocking again and we all know why. [[ht:Their parents come here for the free schools and the free doctors, and our kids pay for it]].`,
  `Parents' evening tomorrow: three interpreters booked. [[ht:Imagine living here ten years and still needing a translator to ask about spellings]].`,
  `that reasoning paper was so [[ht:gay]] 😭 who even knows what a rhombus is`,
  `[[pn:ethan]] turned up to the valentines disco in pink trainers 💀 [[bu:proper little [[ht:fairy]]]]`,
  `Took the kids to Wookey Hole for half term – witches, caves and a very dramatic paper mill. Next stop Cheddar for the gorge and far too much fudge.`,
  `Half-term road trip with my mum to collect silly village signs: Upper Dicker, Thong, Wyre Piddle and Nob End. She laughed at every single one. She's 73.`,
  `LOST DOG – black cockapoo called Holly, ran off from the field by [[id:Oakfield Road]] at 8:40 this morning. Please ring [[pd:07700 900734]] if you see her!! She's friendly but very scared.`,
  `[[cm:Easter hampers made to order 🐣 £25 each with free local delivery in Thornbury – DM me or order at bunnyandbramble.co.uk]]`,
  `Not saying anything, but [[sx:Mr [[sn:Walsh]] and Miss [[sn:Cole]] have been "training together" for six weeks and she was walking very funny on Monday for someone who only ran 13 miles]] 😏`,
  `[[sx:mr [[sn:lloyd]] in a rugby shirt for six nations day is doing things to me 🥵🥵]]`,
  `Note to self: stop volunteering for reading group just because [[sx:[[pn:Oliver]]'s dad does Tuesdays and has forearms like that]] 😳`,
  `[[th:Whoever took my Lindor bunny from the staffroom fridge, I will hunt you down and break your fingers one by one 🐰🔪]]`,
  `year 5s think they run the rec now 😂 [[th:me n the boys r down there friday with the big lads from castle, any year 5 still there gets [[pr:fucking]] bodied]]`,
  `Spoken to the school twice about Miss [[sn:Doyle]] shouting at my son. [[th:Third time I won't be speaking, I'll be stood outside her classroom and she'll find out what shouting is]].`,
  `[[th:Told my husband what that dinner lady said to our [[pn:Mia]]. He's not a talker, and he finishes at half two on Fridays]].`,
  `Eleven years at that school and they got rid of me by email. [[th:Mr [[sn:Hughes]] will get what's coming. I've still got a key fob and a lot of free time]].`,
  `[[th:[[ht:They're putting another forty of them in the Premier Inn by the motorway. Time somebody smoked them out]]]]`,
  `[[ht:[[bu:miss [[sn:karimi]] looks like shes about to hijack the minibus]]]] 💀`,
  `[[ht:Site kids back after half term, so that's my attendance figures going down and my nit count going up]].`,
  `[[bu:[[pn:layla bradley]] is the most annoying person alive, cried cos someone sat in her seat, grow up u [[pr:dumb bitch]]]] 😭`,
  `To the mum who "forgot" to invite one child to a whole-class party: [[bu:you're a spiteful playground bully in a Boden coat]] and we all know exactly who you are.`,
  `Snow day three. The kids have eaten a week's shopping, the dog has eaten a glove and I have said "[[pr:fucking]] hell" out loud in front of the vicar.`,
  `4 practice papers over half term [[pr:wtf]] 😭`,
  `Aye, school's shut again cos o' a wee dusting. [[pr:Shite]] so it is.`,
  `Tidy day for St David's! Welsh cakes everywhere and a daffodil on every jumper. Duw, the state of my kitchen.`,
  `Snow again and school closed. [[pr:Kurwa]], I must take another day off work. My boss is not happy with me.`,
  `Anyone from the leisure centre want to swap to the Tuesday 6pm spin class? Text me on [[pd:07700 900562]].`,
  `Year 3 mums' chat last night, for anyone who thinks the kids are the problem:\n[12/02/2026, 20:14] [[pd:+44 7700 900417]]: Anyone know if there are disco tickets left?\n[12/02/2026, 20:15] Leanne: Sold out hun\n[12/02/2026, 20:17] [[pd:+44 7700 900417]]: Typical. [[bu:The Vaughan kid will be there stinking the place out as usual]]\n[12/02/2026, 20:18] Kerry: That's a child. Pack it in.`,
  `Spring term done and dusted, so here's my honest review. January: snowed in four times, taught fractions over Google Meet to twenty-eight children and one extremely loud parrot. February: Lunar New Year dumplings (I ate nine), a Valentine's disco where I was dragged onto the dance floor for Mr Brightside, and a half term spent mostly asleep. March: Holi powder in places powder should never be, World Book Day as a slightly tired Gruffalo, and a residential where I climbed a wall I was absolutely sure would kill me. It didn't. I'd say the kids wore me out, but honestly they carried me. Year 5, you're stars. See you after Easter, when I'll be pretending to be ready for SATs.`,
  `Long post, sorry. Our daughter has been left off the Year 6 residential rooming list twice now and when I asked why, nobody could give me a straight answer. I've emailed, I've phoned, I've waited at the office. I'm furious, not going to lie. I won't name anyone on here because that isn't fair, but a formal complaint goes in on Monday, and if I don't get an answer I'm going to the governors and then to the local authority. She's eleven. She deserves to know who she's sharing a room with.`,
  `last ever valentines disco at [[id:oakfield]] 😭 gonna miss this place`,
  `Proud of our netball girls, runners-up in the South Glos tournament after a nail-biting final! #[[id:OakersNetball]]`,
  `Sorting out the Year 1 Easter party: [[id:Oakfield Primary]] families, please RSVP to [[pd:jess.haworth21@gmail.com]] by Friday so I know how many eggs to hide!`,
  `[[id:Oakfield]] can keep its "restructure". [[th:Just remember who's still got the alarm codes]].`,
  `Eid Mubarak from our family to yours! 🌙 The kids got new clothes, we ate far too much and my mother-in-law cried at the mosque, as always.`,
  `Took my two to the Holocaust Memorial Day service at the cathedral. My nine year old asked why nobody stopped it. I didn't have a good answer.`,
  `Tossed sixty pancakes with Year 3 this afternoon. Hit the ceiling twice. Got batter in my hair. Worth it.`,
  `we absolutely battered castle at football 5-0 😂 [[pn:alfie]] scored a worldie from the halfway line`,
  `Carla, you know exactly what you said about my daughter. [[th:I know it's [[pd:18 Beech Close]] and I know what time you get back from Tesco]].`,
  `[[pn:dylan]] cant even kick a ball in a straight line [[bu:actual [[ht:spaz]] behaviour]] 😭`,
  `[[ht:[[bu:[[pn:kai nguyen]] eats his lunch with chopsticks like a little ninja]]]] 😂`,
  `Year 5 asked me what "French kissing" was during our France topic. Reader, I said "a greeting" and moved swiftly on to cheese.`,
  `Puberty talks with the Year 5 girls this week: periods, bras, hormones, and one brilliant question about whether boys get spots "down there" too. So proud of how grown-up they were about it.`,
  `Reading comprehension homework was a killer tonight. My husband and I had to google what a "tributary" was.`,
  `Had a text from a dad after parents' evening: "[[sx:you looked stunning tonight, fancy giving me a private lesson sometime? 😉]]" Blocked, screenshotted, sent to the head, and now laughing about it over a very large glass of wine.`,
  `whoever told miss about the vape, [[th:ur gonna be picking ur teeth up off the astro when i find out who u r]]`,
  `The Ofsted call came at 12:03. I have never said "[[pr:shit]]" so quietly in my life.`,
  `Gritted the whole path to the staffroom at 7am, then fell flat on my [[pr:arse]] on the one bit I missed.`,
  `[[pn:Amelia]]'s 7th birthday party is on Saturday 14th February at Jungle Mania, [[pd:Unit 4, Aztec Park, Almondsbury BS32 4RX]]. RSVP to Carly on [[pd:0117 496 0388]] – all of Year 1 welcome!`,
  `Red Nose Day: I have been sponged by 140 children and one very enthusiastic dinner lady. My ears are still full of water. £412 raised!`,
  `we got absolutely destroyed by castle in the quiz 😭 they knew every capital city in europe`,
  `Grandad came to World Book Day as Bruce Wayne because "Batman is for young people". He wore a cardigan.`,
  `Marking SATs practice papers and one child has written "the Romans killed everyone and then built some baths", which, to be fair, is most of Key Stage 2 history.`,
  `Collecting for [[sn:Susan]]'s retirement present – cash to me in the staffroom, or ask for bank details at [[pd:jo.pennington.home@outlook.com]]. She's done 27 years in Reception; let's spoil her.`,
  `Just taught thirty seven-year-olds the word "Lindisfarne" and now they're shouting it at each other like it's a swear word. Job done.`,
  `Ten days into Ramadan and my husband is a hangry bear by 4pm. The kids have started leaving dates outside his office door like offerings 🌙`,
  `sats revision is actually killing me 💀 who invented fronted adverbials`,
  `Our Chinese New Year dinner turned into a dumpling-making war. Flour on the ceiling. Grandma won, obviously.`,
  `Taught the Year 4s "Dancing Queen" for their assembly and got an email from a dad asking why we're "promoting ABBA". I have nothing to add.`,
  `Went sledging on Castle Hill, came home with a snapped sledge, a bloody nose (husband) and two very happy children.`,
  `got the lead in the school play lets goooo, my mum is gonna cry so hard`,
  `[[th:tell [[pn:rhys]] if he grasses on us again about the snowballs he'll be eating them, rocks n all]]`,
];
