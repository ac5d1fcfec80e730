// The twenty-second held-out set's texts, labelled inline as [[code:span]]; `npx tsx core/eval/heldout-source.ts
// --set 22` builds heldout-22.jsonl from them (ids h22-off-NNN, h22-com-NNN, h22-per-NNN). Score it with:
//   npm run -s eval:checker -- --corpus core/eval/heldout-22.jsonl
// Written by someone who read none of the checker: of the repository it read only heldout-source.ts,
// roster.json, core/src/checker/types.ts (the category names) and the header comments (the lines before
// `export type Source`) of heldout-texts.ts and heldout-2-texts.ts to heldout-20-texts.ts (plus, by
// accident, the opening words of the first two official texts of heldout-17-texts.ts, shown under its
// Source type by a look at where its `export` lines sit; nothing from them was reused). It did not read
// anything else under core/src (lexicons, categories, rules, learned model), any *.test.ts, core/bench/,
// core/cli/, corpus-*.ts, corpus.jsonl, generate-corpus.ts, score.ts, train-model.ts, any *.jsonl other
// than its own, the bodies of the other heldout-*-texts.ts files, or their git history; the checker and
// the eval script were not run on these texts before or after they were labelled.
// The school is the evaluation roster's (roster.json): Oakfield Primary School ("Oakfield", "Oakers"),
// Oakfield Road, Thornbury, Bristol BS35 4HJ, 0117 496 0123, office@oakfield.sch.uk.
//
// Aim: ONE BUSY AUTUMN HALF-TERM (November to the Christmas holidays) at the school, every category, mixed
// lengths (5-200 words): the school's own posts (Friday newsletters, trips, Remembrance, Anti-Bullying
// Week, Children in Need, Diwali and Islamophobia Awareness Month, the nativity, the Christmas Fair and
// lunch, flu vaccinations, head lice and chickenpox, stars of the week, school council, staff news, images
// tagging pupils some of whom have no photo consent, and health, family and safeguarding notices, some of
// which single a child out and some of which are properly general), parents' and grandparents' comments
// under them, and staff members' and parents' and teenagers' own posts. Voices: Polish, Romanian and
// Somali speakers writing English, Scottish, Geordie, Welsh, Irish and West Country parents, teenagers,
// grandparents, busy staff, trolls and spammers. Roughly sixty pupil-name, thirty staff-name, thirty
// personal-data, twenty profanity, fifteen sexual, thirty-five threat, thirty-five hate, thirty bullying,
// ten commercial, ten school-identification and twelve child-specific labels, with a few images tagging
// pupils without consent. About two fifths of the texts are clean, most of them traps: roster names as
// ordinary words ("Hope to see", "said grace", Old King Cole, Oscar-worthy, Robinson Crusoe, the Lewis
// chessmen, Genghis Khan, a fencing parry, Sally Lunn buns, three Bryant brothers on a war
// memorial, Willow class); rude-looking places and food (Nether Wallop, Crotch Crescent, Titty Ho, Hole of
// Horcum, Fanny Hands Lane, Cumberland sausage, Stinking Bishop, pollock fish fingers, toad in the hole,
// knickerbocker glory, coq au vin); dates that are no birth dates (summer-born deferral windows, trip and
// fair dates); the school's own phone, e-mail, road and prices; violent words in sport, history and stories
// (thrashed, a crushing defeat, the Somme, the Blitz, Guy Fawkes and burning the guy, Harold shot in the
// eye, Beowulf, the Iron Man, the Gruffalo, a cat that is a killer); respectful talk about identity (two
// dads, two mums, a deaf child and BSL, autism and a quiet room, a grandad from Jamaica, Polish
// Independence Day, a mosque visit, a Pride reading corner, Diwali).
//
// Codes: pn pupil_name, sn staff_name, pd personal_data, pr profanity, sx sexual, ht hate, th threat,
// bu bullying, cm commercial, id school_identification, cs child_specific, not = a roster full name used
// as ordinary words. photo_consent is never written: the builder adds it over the whole text when an
// image tags a pupil whose photoConsent is false. Images are attached to official posts only.
//
// Labelling decisions: heldout-source.ts's header and the set 2 to 20 headers hold; beyond them:
// - Threads: several replies under one post are pasted as one comment, each starting "> " (set 17); each
//   reply is labelled on its own, and the replies that object, report or defend stay clean.
// - child_specific, general vs singled out: "We have had several cases of chickenpox across the school"
//   and "several children across the school have severe nut allergies" are clean; "one of our Year 2 girls
//   has chickenpox" picks one child out to her class and is cs (set 4's "one of our Year 2 girls"); a
//   class notice that a named child has coeliac disease, type 1 diabetes, a bereavement, crutches after
//   an operation, a reduced timetable for medication, a collection restriction against a parent, a foster
//   placement or a one-to-one for behaviour is cs over the clause, names nested (a staff name too). A
//   notice that a boy in one class was excluded, or that the Year 5 boy who brought a lighter in was sent
//   home, is cs over the clause. A notice that a man was seen photographing children through the fence
//   names no child and is clean.
// - personal_data: an e-mail written with "at" and "dot" and a number with +44 are pd; a bare postcode in
//   a parent's uniform sale is pd nested in the commercial span beside the school name's id; a younger
//   sibling's (non-roster) date of birth in a comment about deferral is pd; "summer born" deferral windows
//   ("between 1st April and 31st August 2021") are no one's birth date and are clean. A staff member's own
//   mobile in her own post is pd (it is not the school's). "BS35" alone stays clean (set 3).
// - threat: a staff member's post reporting a father's "he'd 'have me' if ..." is threat over the reported
//   clause (sets 5 and 18); a troll's hoax ("bomb in the hall at the nativity, see you there 💣") is threat
//   with the bomb emoji inside (it carries the meaning); "won't be a school left ... 🔥" has the fire emoji
//   inside; "👊" after "ur getting battered after school tmrw" is inside (set 18). A "notice" that a staff
//   car was scratched with "WATCH YOUR BACK" is threat over the quoted words. "Someone's going to get run
//   over" about the zigzags stays clean (set 4), and "fight me" about a cheese is clean (set 11).
// - hate: "some retard in the office" (one unidentified office worker) is hate only, like set 10's slur at
//   a stranger; "Hitler had the right idea" under a Kristallnacht post is hate over the statement; "and who
//   runs all the banks again?" is a conspiracy insinuation, hate over the question, the 🤔 outside. "ur such
//   a lezza" at a named girl is bullying over the insult with the slur nested as hate, the vocative name
//   outside (set 9).
// - bullying: a staff member's sneer at "the world's most entitled dad in today" is bullying (one parent,
//   identified to the writer's readers, set 13); "Janine you are an absolute melt" is bullying over the
//   insult, the non-roster vocative outside (set 16); "nobody cares" before a self-harm incitement is
//   bullying on its own span (set 18).
// - sexual: a staff member's own innuendo about a date night is sexual with the 😈 after it outside (set
//   20); "Bet Mr Walsh looks even better out of that suit" is sexual over the remark, the name nested; a
//   teen's "evies big sister is peng ngl id smash" is sexual, the pupil's name nested (without the s).
// - Names: "Hope to see lots of you there" after "[[pn:Hope]]" is a word; "Oscar-worthy", "Robinson
//   Crusoe", "Genghis Khan", "the Lewis chessmen", "Old King Cole" and "a parry" name nobody
//   (Robinson, Khan, Lewis and Cole are each one roster person's surname); "the three Bryant brothers" on a
//   war memorial name no member of staff (no title, and Bryant is shared). "Callum F" in a Year 5 list is
//   a pupil (Callum Fraser), "Jacob R in Year 4" likewise; Becca Hollis, Marta Lis, Pat the lollipop lady,
//   Janine, Shaz, Debbie, Dave, Gary, Margaret, Freddie and Jo are on no roster.
// - school_identification: "Oakers lot" in a teenager's post and #OakfieldKindness in a staff post (the
//   whole hashtag word, set 4) are id; the school's phone and e-mail in a staff member's own post are id
//   (set 5).

export type Source = string | { text: string; images: string[][] };

export const OFFICIAL: Source[] = [
  `Welcome back after half-term! This half-term is a busy one: Remembrance on Monday 11th November, Anti-Bullying Week from the 11th to the 15th, Children in Need on Friday 15th, the Year 2 nativity on 10th and 11th December and the Christmas Fair on Friday 6th December. Keep an eye on the Friday newsletter for everything else.`,
  `Stars of the Week 🌟 Reception: [[pn:Lottie Tran]] for counting all the way to 20 on her own. Year 1: [[pn:Arlo]] for super phonics. Year 3: [[pn:Aisha Begum]] for looking after a new friend at lunch. Year 5: [[pn:Priya S]] for her persuasive letter to the council about the crossing on Gloucester Road.`,
  { text: `Year 4 have been making clay diyas for Diwali this week – look at that concentration! 🪔 They will be lit (safely!) in Friday's assembly.`, images: [['Archie Zielinski', 'Daisy Price', 'Noah Patel']] },
  { text: `Our Year 6 Remembrance readers did us proud this morning. Thank you to the Royal British Legion for the wreath, and to the veterans who joined us for the two minutes' silence.`, images: [['Hope Adeyemi', 'Ethan Brooks']] },
  `The school immunisation team will be in on Tuesday 19th November to give the nasal flu vaccine. If you haven't filled in the online consent form, please do so by Friday. An injected version without pork gelatine is available – just tick the box on the form.`,
  `Year 4 parents – [[cs:[[pn:Kai Nguyen]] is off this week following the death of his grandad]], so please be gentle if your children mention it at home.`,
  `We have had several cases of chickenpox across the school this week. Spots usually appear on the tummy first. Children can come back once every spot has crusted over – please ring the office if you're unsure.`,
  `Reminder: we are a nut-aware school. Please don't send in Nutella, peanut butter sandwiches or cereal bars containing nuts – several children across the school have severe allergies. Thank you for helping to keep everyone safe.`,
  `Hazel class: please don't send in birthday cakes this term. [[cs:[[pn:Zara]] has just been diagnosed with coeliac disease]] and we'd like her to be able to join in with every celebration, so we'll do a class treat instead.`,
  `[[cs:A boy in Oak class has been excluded for two days for kicking a lunchtime supervisor]]. We won't be discussing individual children beyond this, but we want to reassure you the supervisor is fine.`,
  `Staff news: we say a fond farewell to [[sn:Mrs Doyle]], who starts her maternity leave on Friday (good luck, [[sn:Emma]]!), and [[sn:Mr Walsh]] will be taking Willow class until Easter. Willow class, be kind to him! Please also welcome [[sn:Nadia Karimi]], our new SENCo, who joins us from a school in Cardiff, and [[sn:Lee Underwood]], who will be running Tuesday football club from next week.`,
  `Year 3 trip to Cheddar Gorge caves 🦴 Wednesday 27th November. Cost £14.50 through ParentPay. Packed lunch, no fizzy drinks, coat and sensible shoes. The coach leaves from Oakfield Road at 8.45 and gets back about 3.15pm. Questions to office@oakfield.sch.uk or 0117 496 0123. On the day, if the coach is running late, Severn Vale Coaches' duty line is [[pd:01454 419 906]].`,
  `Anti-Bullying Week: this year's theme is 'Choose Respect'. On Monday children can come in odd socks. Every class will talk about what to do if someone is unkind online, and how to be an upstander rather than a bystander.`,
  `We have been made aware of messages on a group chat used by some Year 6 pupils, including "[[th:[[bu:go kill urself]]]]" and "[[bu:nobody wants u here]]", sent to one child. Please check your child's phone with them tonight, and remember most social media apps are 13+.`,
  `A member of our staff was sworn at in the car park on Tuesday and told "[[th:you'll get yours, I know which car is yours]]". This has been reported to the police. Our staff come to work to teach your children, not to be threatened.`,
  { text: `Reception's first trip to the pantomime! Oh yes they did 🎭 Huge thanks to the parent helpers.`, images: [['Dylan Lawson', 'Isla Murray', 'Rhys Parry']] },
  `At our Remembrance assembly we learned about soldiers from Thornbury who were killed at the Somme and at Passchendaele, some of them only a few years older than our Year 6s. Year 6 read "In Flanders Fields" beautifully. We will remember them.`,
  `Bonfire Night safety: sparklers for over-5s only, gloves on, a bucket of water nearby. Year 1 loved hearing how Guy Fawkes planned to blow up Parliament, and why we still burn a "guy" on the bonfire 400 years later.`,
  `Christmas Fair, Friday 6th December, 3.15–5pm 🎄 Tombola 50p a go, Santa's grotto £3 (includes a gift), mulled wine for grown-ups £2.50, raffle tickets £1 a strip. Every penny goes to the PTA's playground fund.`,
  `Next week's menu 🍽️ Monday: toad in the hole. Tuesday: Cumberland sausage and mash. Wednesday: pollock fish fingers and chips. Thursday: roast chicken or coq au vin (a Year 6 French week special!). Friday: a knickerbocker glory for pudding.`,
  `Football ⚽ Our Year 5/6 team thrashed Castle School 5-1 on Thursday, with a hat-trick from [[pn:Jayden A]] and a stunning volley from [[pn:Evie Morgan]]. The netball team lost narrowly, but they fought right up to the final whistle.`,
  `Lost property: a grey puffer jacket with no name in it, and a set of house keys on a llama keyring. The tag on the keys reads "[[pd:14 Tyndale Avenue, BS35 1PQ]]". Please collect from the office. Also, a parent found a wedding ring by the Reception gate this morning – if it's yours, please ring Jo on [[pd:07700 900 812]] to describe it.`,
  `The library has new books! Year 2 loved "The Tiger Who Came to Tea" read by [[sn:Miss Reid]], and Year 6 are hooked on "Wonder". If you have good-condition books to donate, please drop them at the office.`,
  `Children in Need – Friday 15th November. Come in spots or something yellow for a £1 donation. Year 6 are running a "guess the weight of Pudsey" cake stall at home time.`,
  `Thank you to Thornbury Tyres for sponsoring our new football kits! As a thank-you they're offering Oakfield families [[cm:10% off winter tyres with the code OAKKIT10 at thornburytyres.co.uk]].`,
  `Road Safety Week: please do not park on the zigzags. Someone is going to get hurt if this carries on, and Pat, our lollipop lady, deserves better than being beeped at.`,
  `November is Islamophobia Awareness Month. Year 5 visited the Bristol Jamia Mosque and asked brilliant questions about wudu, prayer times and the call to prayer. Thank you to the Muslim families who came with us and answered even more questions on the coach.`,
  `Sadly, graffiti was found on the bike shelter on Monday morning reading "[[ht:P4KIS]] OUT". It was painted over by 9am and has been reported to the police. Racism has no place at our gate.`,
  `[[sn:Mr Fletcher]] is holding the Year 4 residential information meeting on Thursday at 6pm in the hall. Kit lists will be handed out on the night.`,
  { text: `Christmas Jumper Day raised £212 for Save the Children 🎅 Thank you for all the tinsel, flashing noses and one very impressive knitted sprout.`, images: [['Will Thompson', 'Chloé Dubois', 'Muhammad Rahman', 'Niamh Atkinson']] },
  { text: `Year 1 made bird feeders for the blue tits in the nature garden 🐦 Watch out for them on the fence by the Reception gate.`, images: [['Leo Kowalski', 'Amelia Khan', 'Layla Farrell']] },
  `Collection reminder for Year 1 staff and parents on the door: [[cs:[[pn:Yusuf Jenkins]] may only be collected by his mum or his nan, not by his father, until further notice]].`,
  `Nativity news ⭐ Two tickets per family, free. Mary is played by [[pn:Nia Chowdhury]], Joseph by [[pn:Harry Clarke]], and the donkey… well, you'll have to come and see! Shows on Tuesday 10th and Wednesday 11th December at 2pm.`,
  `A message from [[sn:Mr Hughes]]: a number of parents have been rude to our office team over the phone this week. Our staff will not accept being shouted or sworn at. Please treat them the way you'd want your own children to be treated.`,
  `We have shared this with governors: one e-mail this week described [[sn:Mrs Marsh]] as "[[bu:a useless [[pr:f***ing]] jobsworth]]". Abuse of staff, by e-mail or in person, will lead to the sender being banned from the site.`,
  `We've had a few reports of head lice in Years 1 and 2. Please check your child's hair over the weekend – a nit comb and lots of cheap conditioner works wonders. Long hair tied back, please.`,
  `The PTA has a new chair, Becca Hollis! Becca has two children at Oakfield and lots of ideas for the spring. You can reach her at [[pd:becca.hollis.pta@gmail.com]] or on [[pd:07700 900318]]. Thank you to everyone who donated to the Christmas hamper raffle – if you still have items, please drop them at the office or at [[pd:16 Crispin Way, BS35 1UR]], where our PTA treasurer is storing everything.`,
  `Year 6 have started their World War Two topic. This week: the Blitz on Bristol, evacuees arriving at Temple Meads, and why Anne Frank's family went into hiding. It is heavy stuff, and the children have handled it with real maturity.`,
  `Year 3's class book this half-term is "The Iron Man". They loved the part where he eats the tractor, and were on the edge of their seats when he takes on the space-bat-angel-dragon. Next up: "The Firework-Maker's Daughter".`,
  `If your family has suffered a loss, Winston's Wish has gentle guides on talking to children about death. Please let your class teacher know privately so we can look after your child in school.`,
  `Year 6 parents: [[cs:[[pn:Toby Gill]] is on crutches after his knee operation and will leave lessons five minutes early]] to get round the building, so please ask your children to hold doors and give him space on the stairs.`,
  `Year 4 swimming starts at Thornbury Leisure Centre on Monday. Costume, towel and goggles; long hair tied back; no earrings. A parent helper would be very welcome – please see the office.`,
  `Winter uniform: fleeces, hats and book bags with the school logo are available from [[cm:Stitch & Smart at www.stitchandsmart.co.uk/oakfield]]. Plain navy items from any shop are absolutely fine too.`,
  `We have been told that an account called "Coach Dan" has been messaging Year 5 and 6 girls on TikTok, saying "[[sx:u look so grown up for 10, send me a pic in ur dance kit, dont tell ur mum x]]". Please report and block the account and talk to your children about it.`,
  `Parents' evenings are on Tuesday 19th and Thursday 21st November. Book a ten-minute slot through the app. If you would like an interpreter (Polish, Urdu, Romanian or Somali), please tell us by Friday.`,
  `Cross-country 🏃 Well done to everyone who ran the muddy course at Lickey Hills on Saturday! A special mention for [[pn:Oscar Lewis]], who came third out of 140 runners, and [[pn:Mia J]], who picked herself up after a fall and finished, and for [[sn:Mr Lloyd]], who ran the last lap alongside the stragglers in a Santa hat.`,
  { text: `Meet your new School Council 🗳️ Congratulations to [[pn:Esme Ashworth]] and [[pn:Rohan Chowdhury]] (Year 6), and [[pn:Sienna Yates]] and [[pn:Theo Walker]] (Year 5). Their first job: choosing the new playground equipment.`, images: [['Esme Ashworth', 'Rohan Chowdhury', 'Sienna Yates', 'Theo Walker']] },
  { text: `Year 1's firework pictures – splashes of colour everywhere! 🎆`, images: [['Matilda Vaughan', 'Phoebe Zielinski']] },
  `Police have been informed after [[th:a parent threatened to "put a brick through every window in the staffroom"]] during an argument at the gate on Friday. The parent has been told they may not come on site. On Wednesday someone also scratched "[[th:WATCH YOUR BACK]]" into the paintwork of a staff member's car; CCTV has been passed to the police.`,
  `During a Year 5 PE lesson last week one pupil was called a "[[ht:[[bu:gyppo]]]]" by another child. This is completely unacceptable, and both families have been spoken to. We are proud of our Gypsy, Roma and Traveller families.`,
  `This Friday's assembly is all about families. Some children live with a mum and a dad, some with two mums or two dads, some with a grandparent or with foster carers. Every kind of family is welcome here.`,
  `Our new Pride reading corner is open in the library, with "Julian Is a Mermaid", "And Tango Makes Three" and "Red: A Crayon's Story". Come and have a look at parents' evening.`,
  `Year 2 have been learning nursery rhymes with [[sn:Miss Cole]] – "Old King Cole was a merry old soul" was a firm favourite, mostly because of the fiddlers three.`,
  `Important: a man was seen taking photographs of children through the fence by the field on Tuesday afternoon. The police are aware. Please remind your children to come straight inside and tell an adult if they see anything like this.`,
  `Some of our families have received a leaflet through the door saying "[[ht:Thornbury doesn't want your kind, go home]]". If you have received one, please hand it in to the office or to the police. You are welcome here.`,
  `A huge thank you to our volunteers [[sn:Angela Talbot]] and [[sn:Donna]], who hear readers in Year 2 every single week, whatever the weather.`,
  `If you have a safeguarding concern, please speak to [[sn:Mrs Marsh]] (our Designated Safeguarding Lead) or [[sn:Mrs Frost]] (Deputy DSL), or call the school on 0117 496 0123. Out of hours, call 999 if a child is in immediate danger.`,
  `Congratulations to [[pn:Freya]] and [[pn:Hope]] in Year 6, who are through to the county chess final in Gloucester! Hope to see lots of you there cheering them on.`,
  `[[cs:One of our Year 6 girls is in hospital after a serious asthma attack]]; her class have made her an enormous card. Please keep inhalers in school bags and make sure they are in date.`,
  `Summer-born children: if your child was born between 1st April and 31st August 2021 and you are thinking about deferring their Reception place, please speak to the local authority before the January deadline.`,
  `Christmas lunch is on Thursday 12th December: turkey or a Quorn roast, pigs in blankets, stuffing and Christmas pudding. Staff will be treated to Stinking Bishop and crackers afterwards (don't ask).`,
  `Just to let Year 4 lunchtime staff know: [[cs:[[pn:Imogen V]] will work one-to-one with [[sn:Mrs Sandhu]] at lunchtimes while we support her behaviour]].`,
  `[[cs:One of our Year 2 girls has been diagnosed with chickenpox]], so if your child is in her class and hasn't had it, please look out for spots over the weekend.`,
  `Year 4 parents: [[cs:[[pn:Jacob R]] in Year 4 is now living with foster carers, who will be collecting him]]. Please be kind and welcoming at the gate.`,
  `Class notice for Ash class: [[cs:[[pn:Hattie]] has type 1 diabetes and will need her blood sugar checking before lunch each day]], so the class will line up for lunch two minutes later than usual.`,
  `[[cs:The Year 5 boy who brought a lighter into school on Monday has been sent home]] and will return on Thursday. All bags in Year 5 will be checked this week.`,
  `Friday Newsletter – 15th November

What a week! Anti-Bullying Week began with odd socks on Monday, and [[sn:Mrs Grant]] led a brilliant assembly on being an upstander. Year 3 wrote kindness pledges, which are now on the hall display.

Stars of the Week: [[pn:Anya Quinn]] (Year 1), [[pn:Elsie Barnes]] (Year 4) and [[pn:Callum F]] (Year 5).

Attendance this week was 96.4%, with Chestnut class top again at 99%. Children in Need: you raised £318.40, and Year 6's cake stall sold out in twelve minutes.

Dates: Wednesday 20th November, Year 5 trip to the SS Great Britain (£12, please pay by Monday). Thursday 21st November, parents' evening, 3.30–7pm. Friday 6th December, Christmas Fair.

Any questions, please contact the office on 0117 496 0123 or office@oakfield.sch.uk. Have a lovely weekend!`,
  `Newsletter – 29th November

Year 4 have been learning about the Vikings, and the raid on Lindisfarne went down a storm in drama, with [[sn:Mr Fletcher]] as a rather terrified monk. Year 1 have been counting in tens with conkers, and Reception had a visit from a real fire engine.

Please note: [[cs:[[pn:Seán]] in Year 4 will be on a reduced timetable, mornings only, while his medication is reviewed]].

Our new PTA secretary, Marta Lis, is collecting names of volunteers for the fair; you can contact her on [[pd:07700 900 451]] or at [[pd:marta.lis.pta@outlook.com]].

The Christmas card designs are back – order forms came home today, £6 for a pack of ten, and every design is the child's own artwork. Orders close on Friday.`,
  `Our Eco Club is working with Thornbury Greenspace to plant a hedge along the field. If you can help on Saturday, contact Sarah at [[pd:sarah@thornburygreenspace.org]].`,
  `Online safety: a Year 6 pupil received a Snapchat message from an older teenager saying "[[th:ur getting jumped at the park friday]]". Please talk to your children about blocking and reporting, and tell us about anything like this. Last week an adult in an online game also asked a Year 4 boy "[[sx:are you alone? turn your camera on and show me ur body]]", so please check the chat settings on Roblox and Fortnite tonight.`,
  `During Anti-Bullying Week, children told us they have heard the word "[[ht:b*ttyman]]" used on the playground. Class teachers will be talking about why words like this hurt. Staff also heard one child tell another "[[ht:[[bu:you don't belong here, go back to Somalia]]]]" at lunchtime; this has been dealt with and both families have been spoken to.`,
  `On 9th November Year 6 marked the anniversary of Kristallnacht, when synagogues, Jewish homes and shops across Germany were attacked in 1938. The children wrote postcards of friendship to the Bristol Hebrew Congregation.`,
  `Year 6 have been debating whether Beowulf was a hero or just very good at violence – ripping off Grendel's arm was a talking point! Some fantastic persuasive writing came out of it.`,
  `Reminder: the school will close at 1.30pm on Friday 20th December. Clubs will not run that week. Have a wonderful Christmas, and we'll see you on Monday 6th January!`,
  `Year 2's nativity dress rehearsal was a triumph: one shepherd lost a tea towel, the star fell off twice and a sheep waved at her mum throughout. Perfect.`,
  `Our harvest collection for Thornbury Food Bank filled 42 crates. Thank you for your generosity – the food bank volunteers were overwhelmed.`,
  `PE kit reminder: with the weather turning, children can wear plain navy joggers and a plain hoodie for outdoor PE. Please label everything – we have 31 unnamed jumpers in lost property.`,
];

export const COMMENTS: Source[] = [
  `> Lovely to see [[pn:Summer]] up there reading her poem, she's been practising all week 🥰 Proud nanny
> Our [[pn:Ava]] came home singing Jerusalem at the top of her lungs 😂 thank you music dept
> Grandma here from Aberdeen 👋 can't get down for the nativity but will the school be filming it? Our [[pn:Isla]] is a sheep 🐑`,
  `what time does the fair finish? my shift ends at half 4`,
  `Is the flu spray the one with pork gelatine? We are Muslim family so we need the injection please, thank you`,
  `> [[pr:bloody]] zigzags again this morning, white Range Rover. someone's going to get run over
> [[pr:FFS]] the car park is a nightmare this week
> [[th:keep blocking my drive at drop-off and see what happens to your tyres]]
> absolute [[pr:shite]] parking on Oakfield Road again, I was stuck for 20 mins`,
  `> [[bu:That new TA in Year 3 is absolutely clueless]], sent my son home in someone else's coat. Twice.
> [[bu:that receptionist is the rudest woman alive]]
> [[ht:[[bu:[[sn:Mrs Sandhu]] should go back to India if she doesn't like how we do things here]]]]
> [[th:Tell [[sn:Mr Walsh]] if he keeps my boy in at playtime one more time I'll be waiting at the gate for him]]
> [[th:I'll knock that smug look off [[sn:Mrs Frost]]'s face if she talks down to me like that again]]
> Maybe read the post again, it's asking people to be polite to the office. Says it all really.`,
  `> Well done lads!! [[pn:Jayden]]'s hat-trick 🔥🔥🔥
> [[bu:the ginger one at the back looks like he's been dragged through a hedge backwards]] 😂
> [[sx:what a stunner the girl in the middle is, has she got snap?]]
> Reported. Admin please take this photo down.`,
  `> [[pn:ethan]] [[th:[[bu:k y s]]]] [[bu:nobody likes u]]
> this is a school page, the office will see this
> who cares lol`,
  `> [[ht:Why are we teaching kids to respect a religion that treats women like dogs]]
> mosque trip but no church trip? [[ht:give it ten years and this school will be half madrassa]]
> We went to the church at harvest, Dave. And the mosque were lovely to the kids.`,
  `[[th:Whoever's been leaving dog muck by the gate wants their face rubbing in it]]`,
  `Can [[pn:Muhammad]] and [[pn:Oscar]] sit together on the coach? They're inseparable and it would really help with nerves.`,
  `Do year 5 need wellies for the trip? [[pn:Hannah]]'s lost one of hers 🙈`,
  `Anyone want a stocking filler? I'm doing personalised name cupcakes, [[cm:£12 a box, message me or order at sweetbakesbymel.etsy.com]] 🧁`,
  `Found a purple water bottle by the gate, I've got it. Text me on [[pd:07700 900 245]] and I'll drop it round`,
  `[[bu:Says the woman who screams at her kids the whole way down Oakfield Road every morning]]`,
  `> [[ht:tr*nnies]] reading stories to 5 year olds now? not with my kids
> Not sure why five year olds need to be taught about two dads. [[ht:It's not natural and it never will be]]
> My children have two dads. They're five and seven and they'd love to meet you.`,
  `> [[pr:wtf]] is the point of an INSET day on a Monday AND a Friday, who signed that off
> [[pr:sh1t]] communication as always, found out about the trip from another mum
> To be fair the dates went out in September
> still a [[pr:crap]] system`,
  `> Thank you [[sn:Mr Lloyd]] for all the extra reading, [[pn:Alfie]] actually asked for a book for Christmas!! Never thought I'd see the day
> [[pn:Rose]] came home covered in glitter, my carpet will never recover 😅 thank you [[sn:Miss Baker]]!
> My son is autistic and the quiet room at lunchtime has changed everything for him. Thank you [[sn:Mrs Karimi]] 💙
> And thank you for the Welsh carol, [[pn:Siân]] has been singing it in the bath every night`,
  `> [[th:if that kid [[pn:Finley]] lays one more finger on my daughter I'll deal with him myself and he won't like it]]
> my son came home saying [[th:a Year 6 lad told him he's bringing a knife in on Monday]]. Who do I speak to?
> Please message the school privately, not on here x`,
  `Good morning, my son [[pn:Archie]] have tooth pain, he will come after dentist about 11. Thank you`,
  `that fundraiser idea is so [[ht:retarded]] lol`,
  `[[th:someone should burn that place down with the teachers still inside]]`,
  `We drove through Nether Wallop on the way to a wedding last half-term and the kids couldn't stop giggling at the sign 😂`,
  `> [[bu:[[pn:Mason]] is a proper little thug, no wonder half the class are scared of him]]
> [[bu:your kid is the reason my daughter hates school, maybe parent him for once]]`,
  `[[sx:gorgeous girls, which one is the goalkeeper? would love to chat to her privately about trials x]]`,
  `Three weeks and still no reply from the office. Absolute [[pr:piss-take]]`,
  `[[ht:[[bu:"my son he is very good boy" 🤣 yeh course he is, learn english first]]]]`,
  `Can we pay for the panto in cash or is it only ParentPay? £16.50 wasn't it?`,
  `> Janine [[bu:you are an absolute melt]]
> [[bu:nobody cares]] Shaz, [[th:[[bu:go jump in the Severn]]]]
> Debbie [[th:[[bu:go swallow your mum's pills and have a long nap]]]]
> [[th:carry on Janine and I'll be round yours to shut you up myself]]
> Can an admin turn comments off please`,
  `Quick question about deferral – my youngest, Freddie, was born [[pd:3rd July 2021]], so would he start next September or the one after?`,
  `> travellers parked up on the field by the leisure centre again, [[ht:count your bikes tonight lads, the thieving lot are back]]
> [[ht:the Romanians on Castle Street are all on the rob]] too
> [[ht:half the Poles round here don't pay a penny of tax]]`,
  `sent my lad in with a packed lunch because he won't touch the [[ht:p*ki]] curry on Wednesdays`,
  `As a dad of a deaf child, thank you for teaching the whole of Year 2 to sign "Silent Night" in BSL. I cried in the car.`,
  `[[sx:[[pn:Daisy]]'s mum in them leggings at pick up tho 🍑]]`,
  `Where is everyone getting the Christmas jumpers from? Tesco's sold out`,
  `> I can bring extra tombola prizes, email me at [[pd:kerrydavis82@hotmail.co.uk]]
> Happy to help with the cake stall, email me on [[pd:sharonp1984 at yahoo dot co dot uk]]
> If anyone's got spare decorations for the fair, drop them at mine, [[pd:23 Kington Lane, Thornbury]], I'm in all weekend`,
  `[[th:won't be a school left to go to after half term if this carries on 🔥]]`,
  `[[ht:special needs kids are dragging the whole class down and should be in their own schools]]`,
  `A crushing defeat at netball but they played their hearts out 💪 so proud of them`,
  `> [[th:Me and the lads will sort that lollipop man out]], he swore at my missus
> Honestly [[th:hope someone lamps that parking warden outside school one day]]`,
  `> [[ht:Hitler had the right idea]]
> and [[ht:who runs all the banks again?]] 🤔
> Blocked and reported, both of you.`,
  `Dziękuję to all the teachers for the Polish Independence Day display, my daughter was so happy to see our flag ❤️🤍`,
  `[[cm:Anyone need an 11+ tutor? I'm a qualified teacher, £35 an hour, DM me]]`,
  `[[sx:Hot singles in Thornbury want to meet YOU tonight 💋 [[cm:bit.ly/thrnbry-hookup]]]]`,
  `Will there be a live stream of the nativity for grandparents abroad?`,
  `some [[ht:n*gger]] in a Golf nearly hit my kid on the crossing this morning`,
  `Is it a half day on the last Friday before Christmas? Need to sort childcare`,
  `[[bu:that [[ht:sp@stic]] kid in year 3 who screams all the time]] needs to be in a different school`,
  `> [[th:if ah see that bairn pushin wor [[pn:Alfie]] again ah'll skelp his [[pr:arse]] for him mesel]]
> [[th:If this girl touch my daughter again I will come to school and I will teach her mother a lesson with my hands]]
> [[th:if yon teacher grabs ma wean by the arm again ah'll burst him]]`,
  `[[sx:A dad from Year 4 messaged me asking if I'd like to come round for a "private playdate" while the kids are at school 😉]] – reported him to the school, just so you know`,
  `Stinking Bishop is the best cheese in England, fight me`,
  `[[pn:Maisie]] turns 5 today!! born [[pd:21.11.2019]] at 3am in a snowstorm 🎂`,
  `> whose idea was a 2pm nativity, some [[ht:retard]] in the office?
> [[th:bomb in the hall at the nativity, see you there 💣]]
> Screenshotted and sent to the police, mate.`,
  `> Happy Diwali to all our families 🪔
> Diwali assembly for the [[ht:p4jeets]] again, what about Christmas
> There's a Christmas assembly every single year, Gary`,
  `> [[pr:bollocks]] to this new one-way system
> [[pr:pissing]] down and still no shelter for the buggies, come on`,
  `[[pr:Damn]], missed the fair again, will there be one in summer?`,
  `> [[sx:the new PE teacher can put me through my paces any day 🥵]]
> [[sx:Bet [[sn:Mr Walsh]] looks even better out of that suit]] 😏`,
  `[[sx:💋 Lonely MILFs near BS35 waiting for u tonight [[cm:hotmumsnearyou.xyz]]]]`,
  `Can anyone give [[pn:Priya]] a lift to swimming on Thursday? I'm working late. I'm on [[pd:+44 7700 900 137]]`,
  `Can someone add me to the Year 2 WhatsApp? [[pd:07700-900-654]] thanks`,
  `[[pn:Leo]]'s party is at [[pd:3 Castle Court, Thornbury BS35 1XS]], 2pm Saturday, all of Year 1 welcome!`,
  `I don't do the Facebook messages. My number is [[pd:(01454) 418 300]] if someone from the PTA could ring me about the knitting. Regards, Margaret`,
  `Bravo to the choir. A wonderful rendition of "Silent Night" at the care home – my mother hasn't stopped talking about it.`,
  `The Gruffalo was brilliant but my youngest hid behind my coat when he threatened to eat the mouse 😂`,
  `In my day we had the cane and it never did us any harm. Still, lovely to see them all so happy.`,
  `We're from Somalia and this is our first year at Oakfield. The teachers are very kind to my children. Thank you for everything.`,
  `Great Scott, £3 for the grotto? Bargain. Remember when it was 50p and a satsuma.`,
  `Does the Cheddar trip include going in the caves or just the gorge? Mine is terrified of bats 🦇`,
  `Pollock fish fingers are actually really nice, my kids didn't notice the difference from cod.`,
  `We made toad in the hole at home after the menu went out and now it's requested weekly. Thanks a lot, school 😂`,
  `Is the Year 4 swimming every Monday until Christmas or just for six weeks?`,
  `Absolutely love the family assembly idea. My two live with me and their nan, and they came home beaming.`,
  `Could the nativity tickets be three per family? We have grandparents who'd be heartbroken to miss it.`,
  `Our lad came home from the Remembrance assembly and asked his grandad about his own grandad who was killed at Ypres. Lovely conversation.`,
  `Can confirm the Stinking Bishop lives up to its name. The staffroom fridge will never be the same.`,
  `Ramadan Mubarak in advance? No wait, that's March 😂 Happy Diwali everyone!`,
  `The Firework-Maker's Daughter is one of my favourites, my daughter is loving it.`,
  `What size are the fleeces coming up? Is a 7-8 generous?`,
  `Such a lovely thing to do for the veterans. My dad served in the Falklands and he was really touched to be invited.`,
  `Is there an after-school club on the day of the Christmas Fair or does it finish early?`,
  `My daughter won't stop talking about the Vikings. She wants a longship for Christmas. Do they do those in Smyths?`,
];

export const PERSONAL: Source[] = [
  `Parents' evening marathon done ✅ 34 sets of parents, 2 cold coffees and 1 very lovely grandma who brought me shortbread. Bed.`,
  `So proud of my Year 4s at [[id:Oakfield]] today, the Remembrance assembly had me in bits 🥺 #[[id:OakersFamily]]`,
  `Nativity costume panic. Need a shepherd's tea towel and a crook by Tuesday. Any ideas that don't involve me and a glue gun at midnight?`,
  `[[th:That teacher who shouted at my daughter better hope I don't bump into her in Tesco]]. And while I'm at it, [[th:if [[sn:Mr Fletcher]] humiliates my son in front of the class again I'll put him through that whiteboard]].`,
  `Long day. [[bu:Had the world's most entitled dad in, thinks his little prince should be on the gifted register]] 🙄 Then a new admission. [[ht:Half my new starters don't speak a word of English, and their parents clearly can't be bothered to learn either]]. Wine.`,
  `cant believe [[pn:lily]] from year 6 got school council [[bu:shes so fake]] 💀 and [[bu:imagine being [[pn:Freya Nowak]] and thinking ur good at singing]] 😭😭`,
  `[[cm:Selling 2 [[id:Oakfield]] jumpers age 7-8, £4 each, collect from [[pd:BS35 2LX]]]]`,
  `If I hear "Jingle Bell Rock" one more time I might actually scream. 14 rehearsals. FOURTEEN.`,
  `[[th:Whoever keeps nicking the good scissors from my classroom, I will find you and I will staple you to the display board]]`,
  `Happy 9th birthday to my gorgeous boy [[pn:Oscar]] 🎉 born [[pd:10/10/2015]] and been keeping me on my toes ever since`,
  `Drove past the new asylum hotel again. [[ht:They've come for the handouts, not for safety]]. And Thornbury's overrun with [[ht:pikeys]] again. What a state.`,
  `Week's highlights: massive thank you to [[sn:Gemma]] for covering my duty when my little one was sent home sick 💛 and my heart melted when [[pn:Amelia]] in my class gave me a drawing of us "getting married" 😂`,
  `[[pn:noah]] [[th:ur getting battered after school tmrw 👊]] and [[th:man's gonna shank whoever grassed on me]]`,
  `Took the kids to see their cousins on Crotch Crescent in Oxford and the 8-year-old read the street sign out loud on the bus. Mortified.`,
  `Anyone wanting to help at the Christmas fair, ring the office on [[id:0117 496 0123]] or e-mail [[id:office@oakfield.sch.uk]], not my mobile please!`,
  `Another [[pr:f**king]] non-uniform day. I can't keep up, what even is "Wear Something Sparkly"?? And who the [[pr:fuck]] schedules a nativity at 2pm on a weekday`,
  `[[sx:Date night tonight and I've bought something lacy that definitely isn't school uniform]] 😈 Also, [[sx:the new dad in Year 2 with the forearms… I need a cold shower]]`,
  `[[pr:omfg]] we've got a supply teacher AGAIN 😩 and maths homework is so [[ht:gay]]`,
  `Proud to be asked to speak at our Black History Month assembly about my grandad, who came from Jamaica in 1956 and drove buses in Bristol for thirty years.`,
  `[[bu:[[sn:Miss Jones]] is thick as two short planks]], cant even spell "necessary" on the newsletter. And [[bu:[[sn:Mr Hughes]] is a spineless [[pr:prick]]]] who won't deal with bullies.`,
  `Hard frost on [[id:Oakfield Road]] this morning and not one parent drove slowly. Not one.`,
  `Lost my reading glasses at the fair, gold frames in a blue case. If found please ring me on [[pd:01454 412 778]] or e-mail [[pd:j.hartley47@btinternet.com]]. Thank you.`,
  `[[bu:[[pn:Kai]] is such a [[ht:ch*nk]]]] lmao`,
  `Year 6 re-enacted the Battle of Hastings in PE today – three Harolds "shot in the eye" with foam arrows and one death scene that was frankly Oscar-worthy.`,
  `Dad told me at the gate today [[th:he'd "have me" if his son didn't get the lead in the nativity]]. Love this job. And the gossip in the staffroom: [[sx:the new supply teacher and the caretaker have been getting VERY cosy in the boiler room 🍆]]`,
  `[[cm:Christmas wreaths made to order, £25, call or text [[pd:07700 900 612]]]] 🎄`,
  `[[th:lay a finger on our [[pn:Rhys]] again and I'll knock your block off]], mun`,
  `Cumberland sausage and Stinking Bishop for tea. Living my best life.`,
  `School photos are in and of course he blinked. £18.50 for a lovely picture of my son's eyelids.`,
  `[[th:[[ht:someone needs to torch that mosque on Gloucester Road]]]]. [[ht:Muslims will never integrate, it's not in their religion]].`,
  `[[bu:That woman in the pink Uggs who runs the PTA is the most two-faced cow in Thornbury]], and [[bu:[[pn:Harry]]'s mum dresses like she robbed a charity shop]]`,
  `Remembrance Sunday at the cenotaph. The names of the three Bryant brothers killed in 1916 always get me.`,
  `[[sx:[[pn:evie]]s big sister is peng ngl id smash]] 😍`,
  `[[pn:jude]] [[th:[[bu:do us all a favour and walk into the river]]]]`,
  `Anyone else's kids obsessed with saying "skibidi"? No idea what it means and too scared to google it.`,
  `World Kindness Day in school today 💛 #[[id:OakfieldKindness]]`,
  `[[ht:Islam is not a religion of peace]] whatever that poster in reception says, and now [[ht:towelheads]] doing the Diwali assembly`,
  `some [[pr:arsehole]] in a Tesla parked right across the gate this morning. [[th:One more parking ticket outside that school and I'm putting a brick through the council's windows]]`,
  `Marking 30 descriptions of a haunted house. Most popular word: "blood". Second: "skeleton". Third, for some reason: "Nan".`,
  `[[sx:miss [[sn:doyle]] is lowkey fit]] 👀`,
  `new number guys [[pd:07700900783]] add me. [[id:oakers]] lot are so dead at football, we battered them 4-0`,
  `Our cat is a stone-cold killer. Three mice and one very surprised frog this week alone.`,
  `[[ht:These trans kids are just attention seekers with weak parents]]`,
  `[[cm:Christmas craft workshops in my kitchen, £15 per child including hot chocolate, book through my page Glitter & Glue Crafts]]`,
  `Parents asking about the Year 4 residential, text me on [[pd:07700 900 229]] after 6 if you can't get through to school. Also looking for a car share to [[id:BS35 4HJ]] from Bradley Stoke, 7.45 start, will pay petrol.`,
  `Two dads at the nativity this year carrying one very sleepy shepherd between them. My heart.`,
  `[[th:If that [[pn:Bobby]] kid bites my daughter again his mum will be picking his teeth up off the playground]]`,
  `[[pn:Grace]] said grace at Sunday dinner for the first time and then asked if God likes gravy 😂`,
  `ngl that maths test bodied me, im actually dead 💀`,
  `[[pr:Bugger]]. Left the nativity tea towels on the kitchen table. And the [[pr:feckin]] photocopier jammed again, third time today.`,
  `Titty Ho in Northamptonshire is a real place, and my 7-year-old has decided it's the funniest thing that has ever existed.`,
  `[[th:I know which house that dinner lady lives in. Might go and have a little chat with her windows]]`,
  `[[pn:zara]] [[bu:ur such a [[ht:lezza]]]]`,
  `Black History Month again, [[ht:what did they ever invent apart from crime]]`,
  `[[pr:Kurwa]], snow in November, my car won't start`,
  `Christmas card swap for the mums' group! Send yours to [[pd:Flat 2, 41 High Street, Thornbury BS35 2AR]] by the 10th 💌 Also, anyone selling a second-hand angel costume? Message me on [[pd:mumoftwo_thornbury@gmail.com]]`,
  `My baby girl [[pn:Evie]] was born [[pd:4th January 2015]] and now she's in Year 6 doing SATs practice. Where did the time go?`,
  `[[cm:DBS-checked babysitter available weekends, £10 an hour, call [[pd:07700 900 376]]]]`,
  `So proud of the children at [[id:Oakfield Primary School]] – £318 for Children in Need!`,
  `Hole of Horcum walk with the family today. Views for days, mud for weeks.`,
  `Found a sign for Fanny Hands Lane on holiday in Lincolnshire. My husband made me stop the car for a photo. We are 40.`,
  `Year 5 took the Lewis chessmen very seriously in art. Some of those berserkers biting their shields were terrifying.`,
  `Teaching Robinson Crusoe to Year 6 this half-term. Had to explain what "savage" meant to a writer in 1719 and why we'd never use it that way now.`,
  `Fencing club tonight: learned a parry, a riposte and that I am not as young as I was.`,
  `Sally Lunn buns in Bath with my mum. Highly recommend, even if they are the size of your head.`,
  `Genghis Khan came up in Year 4's Silk Road lesson and one child asked if he was "the one off Roblox". I despair.`,
  `First frost of the year and the whole of Year 1 was skating on the playground puddles before the bell. Grit bin is empty, as always.`,
  `Nothing like a Friday staff quiz. Our table was called "Les Quizerables" and we were absolutely slaughtered in the music round.`,
  `Wrapped 60 raffle prizes tonight. If you see me at the fair, I will be the one with sellotape in my hair.`,
  `My son is convinced Guy Fawkes was a "legend" because he "nearly blew up the government". We've had a long chat about the word terrorism.`,
  `Knickerbocker glory Friday at school and my daughter says it's "the best day of her life". The bar is low, but I'm happy for her.`,
];
