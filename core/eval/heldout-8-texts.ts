// The eighth held-out set's texts, labelled inline as [[code:span]]; `npx tsx core/eval/heldout-source.ts
// --set 8` builds heldout-8.jsonl from them (ids h8-off-NNN, h8-com-NNN, h8-per-NNN). Written by someone
// who read none of the checker (core/src/checker/ beyond types.ts's category names), its lexicons or
// tests, corpus-*.ts, corpus.jsonl, generate-corpus.ts or any heldout*.jsonl, and of the earlier sets'
// texts only the header comments of heldout-texts.ts to heldout-7-texts.ts; the checker was not run on
// these texts before they were labelled. Score it with:
//   npm run -s eval:checker -- --corpus core/eval/heldout-8.jsonl
// The school is the evaluation roster's (roster.json): Oakfield Primary School ("Oakfield", "Oakers"),
// Oakfield Road, Thornbury, Bristol BS35 4HJ, 0117 496 0123, office@oakfield.sch.uk.
//
// Aim: like sets 5 to 7, weighted to measure OFFENSIVE-LANGUAGE recall and precision, in wordings written
// fresh for this set by many kinds of writer (angry parents, trolls, teenagers, grandparents, people in a
// hurry, writers whose first language is not English): thirty-odd threat labels (first person, reported
// and quoted in the school's own notices, wished, conditional, vague menace, arson and property damage,
// weapons, turning up at a home, self-harm incitement in spaced, starred and "unalive" forms; Scottish,
// Northern and London slang such as stick the heid on, bray, knock her spark out, wet him up, pull up on;
// text speak, digits and spaced letters), thirty-odd hate labels (racist, religious, Gypsy/Traveller/Roma,
// homophobic, transphobic and disability slurs, starred, l33t, spaced, with repeated letters or a Cyrillic
// look-alike written as \u0430 or \u0435; casual slurs; slur-free hostile generalisations and dehumanising
// comparisons), thirty-odd bullying, twenty-five-odd profanity, fifteen-odd sexual (innuendo, remarks
// about staff and parents, grooming-like approaches to children, emoji such as 🍆💦 and 🥵 where the
// context makes the meaning plain); beside the ordinary mix of names, personal data, commercial, school
// identification and child-specific labels; and about a third of the texts clean, most of them traps.
//
// Codes: pn pupil_name, sn staff_name, pd personal_data, pr profanity, sx sexual, ht hate, th threat,
// bu bullying, cm commercial, id school_identification, cs child_specific, not = a roster full name used
// as ordinary words. photo_consent is never written: the builder adds it over the whole text when an
// image tags a pupil whose photoConsent is false. Images are attached to official posts only.
//
// Labelling decisions: heldout-source.ts's header and the set 2 to 7 headers hold; beyond them:
// - threat: a wish ("hope someone runs that lollipop man over", "someone should torch that school") is
//   one span over the whole wish, "hope"/"someone should" included. Regional and street slang for
//   violence is threat: "stick the heid on him", "bray him", "knock her spark out", "you're getting wet
//   up", "pull up on him", "end him". A parent's report to the school of another child's threat ("telling
//   everyone hes bringing a blade in monday") is threat over the reported clause. A conditional threat
//   relayed through someone ("Tell that PE teacher if our Kyle comes home limping again I'll bray him")
//   and a "whoever ..., we're gonna ..." threat are one span over the whole sentence. "Unalive
//   yourself" and "un4live urself" are self-harm incitement (threat, and bullying when aimed at a
//   person). The same words in
//   innocent use are clean: donkeys braying in a nativity, "dead on my feet", "bombed it down the hill",
//   "bomb-proof wellies", "on fire" (a choir), carnage at a disco.
// - hate and bullying: a parent's comment reporting a slur aimed at their own child ("a kid called him
//   a m0ng") is hate and bullying over the slur, like set 7's notices and first-hand reports. A slur in a
//   compound ("the paki shop") is hate on the slur alone. A hostile generalisation that implies a
//   religious group lies ("funny how they all get ill at the same time" of Eid absences) is hate over
//   the statement. A staff member's sneer at a class of Traveller children ("half my class are from the
//   site, so expect the usual ...") is hate over the sentence.
// - sexual: an emoji-carried remark is sexual over the subject and the emoji ("new PE teacher 🍆💦");
//   a stranger's request for photos of, or private chats with, pupils is sexual (grooming-like), as is
//   asking which girl in a team photo has Snapchat.
// - profanity: "sod all", "bollox", "fook", "wtaf", "clusterf*ck", "pishing" (Scottish), "arsey" (nested in
//   bullying when aimed at one person) and "fud" (Scottish, also bullying when aimed at one person)
//   count. A literary quotation ("Out, damned spot!") and the war-poetry titles are clean.
// - bullying: a reported insult at the writer in a staff post ("a right battle-axe") is bullying even
//   when taken in good humour (set 6). Mocking one child's looks in a photo is bullying over the mockery,
//   the name nested.
// - Names: Tom Fletcher the author is marked [[not:]] again; "ivy green" (a colour) and Lily Ward (a
//   hospital ward) are marked [[not:]]; "mark my words", "grant", "frost", "booth", "will", "may", "hope",
//   "summer", "holly" and "rose hips" as words are clean. Cllr Hancock, Walter Tull, Mary Seacole and
//   Wilfred Owen are no roster people.
// - personal_data: a business mobile in a contractor's own advert is pd nested in the commercial span;
//   a house address given for collecting a free item is pd.

export type Source = string | { text: string; images: string[][] };

export const OFFICIAL: Source[] = [
  // clean: violent-sounding everyday words, rude-looking strings, respectful talk about groups
  "What a sports day! Year 5 absolutely killed it in the relay, Year 2 smashed the sack race and the parents' race was, as ever, carnage. Thank you to everyone who came along and cheered.",
  "Year 6 Leavers' Show tickets are now on the ParentPay shop (£3 each, two per family). Break a leg, Year 6 — go out there on Thursday and knock 'em dead!",
  "Class and individual photos: our photographer will shoot the class photos on Tuesday morning, with sibling photos from 8.15am in the hall. Full uniform please (yes, even the ties!).",
  "Year 4 have started their Dickens topic. After reading the opening of A Christmas Carol they wrote their own descriptions of Scrooge's counting house: cold, grim and very miserly. Ask them what 'Bah! Humbug!' means.",
  "Black History Month: this week Year 3 learnt about Walter Tull, who played football for Tottenham and Northampton and became one of the first Black officers in the British Army. Their fact files are on the corridor display.",
  "Eid Mubarak to all our families celebrating this week! 🌙 Thank you for the sweets shared with staff, and to the Year 2 children who explained so proudly how they celebrate at home.",
  "This afternoon staff had training from the Traveller Education Service on supporting Gypsy, Roma and Traveller children and their families. A thoughtful, practical session — thank you.",
  "Our Pride assembly today was led by the Year 6 School Council. They talked about all the different families in our community and explained why the word 'gay' should never be used as an insult. We were very proud of them.",
  "Disability Awareness Week: Year 5 had a go at wheelchair basketball and sitting volleyball with coaches from a local club. Lots of bumps, lots of laughs, and a real respect for how skilled the players are.",
  "Year 6 residential update: the coach has stopped for lunch at Penistone, everyone is in good spirits and nobody has been sick yet! Next stop the Peak District.",
  "Science week: Year 3 grew beans in different conditions and recorded the cumulative growth every morning. Their analysis of why the cupboard beans went yellow and spindly was brilliant.",
  "DT in Year 2: the children designed fruit smoothies. Grape and banana was the runaway favourite; the spinach 'cocktail' was less popular 😂",
  "Friday cooking club made a mushroom stroganoff with shitake and chestnut mushrooms. A few brave tasters and one complete convert!",
  "Year 6 assessment week starts on Monday. Please help your child get a good night's sleep and a proper breakfast. No homework this week — they've earned it.",
  "Year 5 are studying the Blitz. Today they read first-hand accounts of the night in November 1940 when bombs destroyed much of Bristol's old city centre, and wrote diary entries as children sheltering under the stairs.",
  "Year 4 are comparing the Anglo-Saxon kingdoms of Wessex, Sussex, Essex and Mercia. Ask them which one Thornbury would have been in!",
  "A reminder to all visitors: swearing and abusive language are not acceptable anywhere on the school site, including at the gate. Sadly we have had reports this week of very offensive language being used in front of children at pick-up.",
  "A big thank you to Cllr Hancock for officially opening our new library this morning, and to the Friends of Oakfield for raising every penny for the books.",
  "Our choir were on fire at the Bristol Beacon last night. Four hundred voices from schools across the area, and ours brought the house down. Proud doesn't cover it.",
  "Year 1 have been learning about the Great Fire of London. They built a street of Tudor houses from cardboard and watched (from a very safe distance, with two firefighters!) how quickly the flames spread from house to house.",
  "Parents' evening bookings close on Friday. Slots are ten minutes; if you need longer, please email office@oakfield.sch.uk or call 0117 496 0123 and we'll book a separate meeting.",
  "Our Year 2 cross-country runners bombed it down the final hill in the mud on Saturday and every single one of them finished. Bomb-proof wellies recommended for the next one!",
  "Forest School this week: Year 1 found holly, ivy and rose hips and learnt which berries are safe to touch (spoiler: none of them are for eating!).",
  "Year 6 read war poetry at our Remembrance service, including Wilfred Owen's 'Anthem for Doomed Youth'. The whole school stood in silence at eleven o'clock.",
  "Following reports that an offensive word about disabled people was being used on the school bus, we held a special assembly for Years 5 and 6. We won't repeat the word here, but the children understood why it hurts and what to do if they hear it.",
  "Nativity news: Year 1's donkeys have been practising their braying all week and the shepherds have finally stopped hitting each other with their crooks. See you on Wednesday!",
  // names and photos
  { text: "Congratulations to [[pn:Grace Okafor]], winner of this year's Year 4 poetry prize with her poem 'The Fox at Night'!", images: [['Grace Okafor']] },
  { text: "Star writers in Year 4 this week 🌟 Look at that handwriting!", images: [['Ivy Green', 'Daisy Price']] },
  { text: "Well done to [[pn:Seán O'Brien]] and [[pn:Noah Patel]], who represented Oakfield at the South Gloucestershire chess tournament and came home with bronze medals!", images: [["Seán O'Brien", 'Noah Patel']] },
  { text: "Reception's first full week: so many smiles! [[pn:Tariq]], [[pn:Fatima]] and [[pn:Dylan]] have already made friends in the sand tray.", images: [['Tariq Iqbal', 'Fatima Quinn', 'Dylan Lawson']] },
  { text: "Year 3's Roman shields are finished and they look fantastic. Ave, Year 3!", images: [['Jack Wilson', 'Rose Hill', 'Hattie Campbell']] },
  { text: "Our Year 1 gardeners planted sunflowers today. [[pn:Summer]] says hers will be taller than Mr [[sn:Hughes]] by July!", images: [['Summer Davies', 'Arlo Fisher']] },
  { text: "Handwriting award winners: [[pn:Willow]] (Year 1), [[pn:Elsie]] (Year 2) and [[pn:Mason]] (Year 3). Beautiful joined-up letters!", images: [['Willow Rowe', 'Elsie Ellis', 'Mason Rowe']] },
  { text: "Year 5 swimming gala: a brilliant afternoon at the leisure centre, with personal bests all round.", images: [['Dylan Ashworth', 'Emily Vaughan'], ['Reuben Vaughan']] },
  { text: "Year 2 at the aquarium today 🐠 The sharks were a big hit.", images: [['Imogen Zielinski', 'Archie Gill', 'Esme Osei']] },
  { text: "Year 5 debating club argued about whether zoos should exist. [[pn:Muhammad R]] and [[pn:Chloé]] were on fire!", images: [['Muhammad Rahman', 'Chloé Dubois']] },
  { text: "Year 1 Nativity dress rehearsal: shepherds, sheep and one very enthusiastic donkey.", images: [['Lucas Farrell', 'Matilda Vaughan'], ['Yusuf Jenkins']] },
  { text: "Year 4 visited Thornbury Castle for their Tudors topic and tried on some very itchy costumes.", images: [['Kai Nguyen', 'Esme Kaur', 'Toby Yates']] },
  "Happy retirement to Mrs [[sn:Bryant]], who has taught in Year 2 for twenty-two years. We will miss you, [[sn:Sally]]!",
  "A warm welcome to [[sn:Nadia Karimi]], our new Year 3 teacher, and to [[sn:Wayne Sheridan]], who joins the site team this week.",
  "Thank you to [[sn:Donna]] and all our volunteer readers, who heard more than three hundred children read this term.",
  "Year 4 were thrilled to discover that their teacher shares a surname with the author [[not:Tom Fletcher]]. Mr [[sn:Fletcher]] insists he has never written a book about a dinosaur.",
  "Congratulations to [[pn:Hope]] in Year 6, our new head girl, and to [[pn:Will]], our new Year 5 sports captain. We hope they will both enjoy the role!",
  "Our Year 3 bake sale sold out in ten minutes. [[pn:Rose]] and [[pn:Lily]] did all the change and every penny was accounted for.",
  "Thank you to Mrs [[sn:Pearson]] and Mr [[sn:Underwood]] for running coding club, and to [[sn:Sam Booth]] for fixing the hall speakers (again).",
  "Ms [[sn:Sandhu]] and Year 2 made 480 samosas for our Diwali and Eid food share. Not one was left.",
  "Staff v Year 6 netball: Mrs [[sn:Frost]] has asked us to point out that the staff were robbed. Year 6 have asked us to point out that they won 14–3.",
  "Year 4 have new PE kits in a lovely [[not:ivy green]]. Thanks to the PTA for the grant that paid for them.",
  // personal data
  "Year 6 trip to We The Curious on Thursday. The coach leaves at 8.45am; for anyone meeting us there, the address is [[pd:1 Millennium Square, Bristol BS1 5DB]].",
  "Lost property: a child's red bike was left by the gate over half-term. The shop opposite is looking after it — please call the owner on [[pd:07700 900417]] to collect.",
  "Happy birthday to [[pn:May Chen]], who was born on [[pd:4 May 2018]] and is seven today! 🎂",
  "Our summer fair moves to the village hall this year: [[pd:High Street, Alveston BS35 3JB]], Saturday from 12 till 3.",
  // commercial
  "Uniform: our new supplier's online shop is now open. [[cm:Order at www.schooltogs.co.uk/oakfield and get 15% off with code OAKERS15]] until 1st September.",
  "This week's newsletter is sponsored by Thornbury Carpets — [[cm:mention Oakfield in store for 10% off all rugs and flooring]]!",
  // child specific
  "Please keep [[cs:[[pn:Aisha Begum]] and her family in your thoughts this week, as her grandad passed away on Sunday]]. [[pn:Aisha]]'s class have made her a card.",
  "A reminder that [[cs:a boy in Year 1 has a life-threatening nut allergy]], so please do not send nuts, peanut butter or chocolate spread in lunchboxes.",
  "[[cs:[[pn:Kai]] will be working in the nurture room for the rest of the week after Monday's incident]], and his class will have a supply teacher while Mr [[sn:Walsh]] is on a course.",
  "Update for Year 4 families: [[cs:the child who was taken to hospital after falling from the climbing frame is home and recovering well]]. The frame is closed until it has been checked.",
  // offensive language quoted or reported in the school's own notices
  "We have had to ban an adult from the school site after they told a member of our office team that [[th:they would 'come back with a bat' if the gate was locked on them again]]. Our staff come to work to look after your children. Abuse and threats will always be reported to the police.",
  "Last night the school received an anonymous message saying that [[th:the building 'will go up in flames before Christmas']]. The police are aware and an officer will be at the gate tomorrow morning. Please do not speculate on social media.",
  "The underpass by the playing field was sprayed over the weekend with '[[ht:GYPPOS]] OUT' and other messages. The council have cleaned it off. We will not tolerate this, and we stand with every family in our community.",
  "Online safety: a message for Year 5 and 6 families. Over the half-term holiday a number of our older pupils were added to a group chat on a messaging app by someone outside school. Children in the group were sent messages such as '[[th:[[bu:nobody would even miss u]]]]' and '[[th:[[bu:just k y s already]]]]', and one child was repeatedly called a '[[ht:[[bu:p@ki]]]]'. We have spoken to every child involved and to their families, and the matter has been reported to the police and to the app. We want to be clear about three things. First, none of the children who received these messages has done anything wrong, and nobody is in trouble for telling us — quite the opposite. Second, please sit down with your child and look at their phone or tablet together, calmly, including which groups they belong to; the minimum age for most messaging apps is 13, and for some it is 16. Third, if your child sees something like this, the best thing they can do is take a screenshot, leave the group and tell an adult. Please do not share screenshots on Facebook or in parent WhatsApp groups, as this spreads the messages further and can make things harder for the police. Our Designated Safeguarding Lead, Mrs [[sn:Marsh]], will be at the gate every morning this week if you would like to talk. Thank you for your support.",
  "A parent has let us know that an older teenager told their child [[th:he'd get stabbed if he walked home through the park again]]. We have passed this to the police and to our PCSO, who will be around at home time this week.",
  "Yesterday a member of our lunchtime team was called a '[[bu:useless fat [[pr:b*tch]]]]' by an adult at the gate, in front of children. This is not acceptable and the police have been informed.",
  "We are aware that some older children have been using '[[ht:bender]]' as an insult in the playground. Every class has talked about it today, and we would be grateful if you could talk about it at home too.",
  "Words such as '[[ht:retard]]' and '[[ht:spaz]]' have been heard on the yard this week. They are hurtful to disabled people and their families, and any child using them will be spoken to.",
  "A post on a local Facebook group said that [[th:our headteacher needs his head kicking in]]. It has been reported. Mr [[sn:Hughes]] would like to thank the many parents who sent kind messages.",
  "A man commented on our Facebook netball photo asking [[sx:which of the girls in the front row was single]]. The comment has been removed, the account blocked and reported, and we have taken down the photo.",
  "[[pr:Bloody]] brilliant effort from Year 6 at the district athletics today — three golds, two silvers and a lot of very muddy kit!",
  "Wow. Our Year 5s absolutely smashed the [[pr:shit]] out of the cross-country course today. Ten out of ten for effort!",
];

export const COMMENTS: Source[] = [
  // clean
  "The kids killed it at sports day! 👏👏",
  "I could murder a brew after that nativity 😂 so lovely though",
  "My daughter has been shooting hoops in the garden every night since that PE session, thank you!",
  "Went all the way to Scunthorpe for the football and still made pick up lol",
  "Fingers crossed the weather holds for the May Day dancing!",
  "The Year 5 Dickens play was smashing, Scrooge deserves an award",
  "This heat is killing me, can they wear shorts tomorrow please?",
  "Great Black History Month display, my lad wouldn't stop talking about Mary Seacole all tea time",
  "Good on the school for dealing with the horrible word the kids were saying on the bus. Didn't need repeating, they all knew which one.",
  "Shoot, forgot it was non-uniform today 🙈",
  "Thank you so much for the Traveller history week. My kids felt very proud and seen.",
  "Mark my words, that new zebra crossing will save a life. Thank you for pushing the council.",
  "Big thanks to the lady who runs the photo booth at the fair, the kids loved the props",
  "The frost on the field this morning was beautiful, the little ones were skating on it",
  "Very good school. My son speak better English now than me 😄 thank you teachers",
  "Please can the Pride assembly slides go on the website? My daughter wanted to show her grandparents",
  // names
  "Well done [[pn:Grace]]!! So proud of our girl ❤️",
  "Our [[pn:Ivy]] loved every minute of the castle trip, thank you",
  "[[pn:Freya]] has been singing the harvest songs non stop 😂",
  "Nan is still on [[not:Lily Ward]] at Cossham, so her card from the class made her week. Thank you.",
  // personal data
  "Can someone from the PTA ring me on [[pd:07911 123456]] about the uniform sale please",
  "Found a purple scooter by the bike shed. My email is [[pd:kerry.h84@gmail.com]] if it's yours",
  "We're at [[pd:12 Park Road, Thornbury BS35 2QQ]] if anyone wants the spare shepherd costume, just knock",
  // commercial
  "Looking for a tutor? [[cm:11+ and SATs prep, first session free at www.brightsparkstutoring.co.uk]]",
  "Hun 💕 [[cm:I've got the perfect opportunity for mums who want flexible income around the school run, DM me for details!!]]",
  // threats
  "[[th:if he touches my son again ill be waiting at them gates and he wont be walking away]]. simple as",
  "[[th:Keep giving my daughter detentions for nothing and you'll regret it]], mark my words Mr [[sn:Walsh]]",
  "[[th:watch ur back]] [[sn:Lloyd]] 👀",
  "[[th:see if that janny lays a finger on ma wean again am gonnae stick the heid on him]]",
  "[[th:Tell that PE teacher if our Kyle comes home limping again I'll bray him all round the yard]]",
  "[[th:whoever robbed my little bro's phone by the gates, we're gonna pull up and you're getting wet up]] fam",
  "[[th:u r d3ad m8 when i c u]]",
  "[[th:i will s t a b the next person who parks across my drive at drop off]]",
  "[[th:Someone should torch that school with the head still in it]]",
  "[[th:Your car wont have any tyres left in the morning]] Mrs [[sn:Frost]]. Just saying.",
  "[[th:I've got a baseball bat in the boot with that teacher's name on it]]",
  "[[th:[[pd:27 Quarry Lane, Thornbury]] isn't hard to find, we'll be seeing you soon]] [[sn:Hughes]]",
  "[[th:[[bu:kys]]]] 😂",
  "[[th:[[bu:honestly nobody would miss you if you went, do us all a favour]]]]",
  "[[th:[[bu:just un4live urself]]]] no one asked for ur opinion",
  "[[th:hope someone runs that lollipop man over]] tbh, he nearly made me late again",
  "[[th:She won't be so brave when she sees me on her own]]",
  "[[th:if that dinner lady grabs my boy's arm again I'll knock her spark out]]",
  "my lad says theres a kid in yr 6 telling everyone [[th:hes bringing a blade in monday]]. what are you doing about it??",
  "[[th:I'll [[pr:f***ing]] end him if I find out who it was]]",
  "[[th:[[bu:k\u0456ll urs3lf]]]] [[bu:ugly]]",
  // hate
  "this school is full of [[ht:p@kis]] now, no wonder standards have dropped",
  "Why are we celebrating Eid in an English school. [[ht:Them lot should go back where they came from]]",
  "the [[ht:gyppos]] from the site by the A38 have been nicking bikes again, lock everything up",
  "Pride assembly for 5 year olds? Disgusting. The [[ht:f*gs]] are coming for our kids",
  "[[bu:the new TA is a [[ht:p\u0430ki]] and shouldnt be near our kids]]",
  "[[ht:Muslims shouldnt be allowed to teach in British schools]]",
  "Another 3 new families from Romania in reception. [[ht:They breed like rabbits and we pay for it]]",
  "[[ht:A man in a dress is still a man]]. Keep [[bu:that [[ht:tr@nny]]]] away from my daughter",
  "my lad came home saying a kid in his class called him a [[ht:[[bu:m0ng]]]], what are you doing about it",
  "[[bu:shut up you [[ht:faggggot]]]]",
  "went to the [[ht:paki]] shop for milk and they'd shut early",
  "[[ht:the Jews run the council]] thats why nothing ever gets done",
  "[[ht:these migrant families are like cockroaches, once one gets in the rest follow]]",
  "So the school is hiring asylum seekers as dinner staff now? [[ht:They should all be sent back, every last one]]",
  "half the reception class are little [[ht:r a g h e a d s]] now",
  "some [[ht:c00n]] was selling weed outside the gates at 3 o'clock",
  "[[bu:Mr [[sn:Walsh]] is a massive [[ht:b3nder]]]] everyone knows",
  "[[ht:Roma kids shouldnt be allowed in with ours, they carry diseases]]",
  "[[ht:Autistic kids should be in special schools, not dragging everyone else down]]",
  "lmao year 6 leavers hoodies are pink? thats well [[ht:gay]]",
  "who cares about Black history this is England. [[ht:n1gg3rs]] can celebrate it somewhere else",
  "[[ht:the Polish lot on the estate are all drunks]]",
  "[[ht:r\u0435tards]] the lot of you",
  // bullying
  "[[bu:[[pn:Jack Wilson]] is a feral little scrote]] and everyone in year 3 knows it",
  "[[bu:Mrs [[sn:Frost]] has a face like a smacked [[pr:arse]]]]",
  "[[bu:Mr [[sn:Lloyd]] is a [[pr:knobhead]]]]",
  "[[bu:[[pn:Ruby]]'s mum is an absolute state]], turning up in her dressing gown again",
  "[[bu:look at [[pn:Alfie]]'s teeth in the photo 😂😂 beaver boy]]",
  "[[bu:This teacher Miss [[sn:Jones]] is very stupid woman]], she not know how to teach my son",
  "[[bu:[[pr:arsey]] receptionist]] again this morning, what is her problem",
  "[[bu:the jannie's a [[pr:fud]]]]",
  // profanity
  "this new one way system at drop off is a complete [[pr:clusterf*ck]]",
  "What a load of [[pr:bollox]]",
  "[[pr:f u c k i n g]] joke this school",
  "[[pr:wtaf]] is this homework",
  "[[pr:Crap]] parking on the zigzags again, someone will get hurt one of these days",
  "[[pr:fook]] me that's early for a bus",
  // sexual
  "[[sx:Miss [[sn:Reid]] can keep me behind after school any day 😏]]",
  "[[sx:Mr [[sn:Walsh]] on sports day in them shorts 🥵🥵🥵]]",
  "[[sx:new PE teacher 🍆💦]]",
  "[[sx:your daughter is stunning for 9, would love to chat to her, inbox me]]",
  "[[sx:which one of the girls in the front row has got snapchat? 😘]]",
  "[[sx:Lonely? Hot local mums in Thornbury want to meet tonight 🔥 [[cm:bit.ly/h0tmums-tb]]]]",
  "[[sx:Bet Mr [[sn:Fletcher]] is good with his hands 😉]]",
  "[[sx:is the new Year 4 teacher single? asking for a friend 🥵 he can do a home visit any time]]",
  "[[sx:Send pics of the girls in their swimming cozzies from the gala x]]",
  "[[sx:the mum in the red leggings at drop off 🍑🍑]] jesus",
  // long
  "Right I've had enough and I'm saying it here because nobody in that office picks up the phone. My son has come home THREE times this month with his coat ripped and his lunchbox empty because the same kid takes it off him every day, and the school does [[pr:sod]] all. I've emailed his teacher, I've emailed the head, I've stood in that [[pr:bloody]] reception like a lemon for forty minutes while the woman behind the desk pretended to be on a call. When I finally got a meeting [[bu:Mr [[sn:Cartwright]] sat there with a smirk on his face like the smug little [[pr:prick]] he is]] and told me 'boys will be boys'. Boys will be boys?? My lad is 7 and he's scared to go in. He cries at the gate. He's stopped eating his tea. And what's the plan? A 'restorative conversation'. A conversation!! I'm not having it. I've told my husband and he is nowhere near as calm as me. [[th:If that kid lays one more finger on my son, my husband will be at that gate waiting for his dad, and it won't be for a chat]]. I'm sorry to everyone else reading this but I've tried the proper way and the proper way doesn't work at this school. Share this so other parents know what goes on.",
  "I don't normally comment on these things but I've been a grandparent at this school for nine years now and I think it's only fair to say something positive for once, since all anyone seems to do on here is complain. When my granddaughter was struggling after her mum was poorly, her teacher stayed behind every Thursday to read with her, and the lady in the office always had a smile and a biscuit for me when I was early. The nativity this year was wonderful — the donkeys braying were the highlight, I nearly cried laughing — and the children absolutely smashed the carols. I know the parking is terrible and I know the new one-way system is a nuisance, but the staff can't do anything about the council. I also want to say how much I enjoyed the Remembrance service. My own father was killed in the war when I was four, and hearing the Year 6s read about the guns and the gas and the poppies, so seriously and so well, meant a great deal. So thank you, all of you, for everything. You are doing a grand job and I hope you all have a lovely, restful summer. From a very grateful nana.",
];

export const PERSONAL: Source[] = [
  // clean traps
  "Could murder a brew. Parents' evening number two done ☕",
  "Half term in Scunthorpe visiting the in-laws. Send help.",
  "Penistone to Holmfirth on the bike today. 42 miles, legs destroyed.",
  "Cocktails with the girls tonight 🍸 no marking, no lanyards, no bells.",
  "Reading Dickens on the beach like a proper English teacher.",
  "Year 2 killed it in their class assembly today and I am dead on my feet.",
  "Shooting a time-lapse of the sunflower project for the end-of-year slideshow 🌻",
  "Smashed my 5k PB this morning before school 🏃‍♀️",
  "My therapist says I need boundaries. My inbox at 10pm disagrees.",
  "Sussex for a week! Brighton, chips and absolutely no bells.",
  "Essex wedding this weekend, fake tan at the ready 😂",
  "Kids, grape juice, white carpet. You can guess the rest.",
  "Cumulative hours of sleep this week: about twelve.",
  "Data analysis deadline tonight. Wish me luck.",
  "Eid Mubarak to everyone celebrating 🌙 have a wonderful day with your families.",
  "Spent the day with the Traveller Education Service. Brilliant training, lots to think about for September.",
  "Disability awareness training today. My takeaway: stop saying 'suffers from'. Small words matter.",
  "Teaching WW1 poetry: 'What passing-bells for these who die as cattle?' still floors me every year.",
  "Marking thirty essays about Macbeth murdering Duncan. 'Out, damned spot!' indeed.",
  "Ofsted are coming. Bomb-proof lesson plans or bust.",
  "Year 6 disco tonight: absolute carnage, ten out of ten, would chaperone again.",
  "Watching old Hancock's Half Hour episodes with Dad. Some jokes have aged better than others.",
  "Frost on the windscreen, tea in the travel mug, grant application due at nine. Monday.",
  "Will I ever finish this report? May the force be with me.",
  "Took the kids to Black History Month storytelling at the library. Brilliant afternoon.",
  "Proud of every single one of my class today. They know who they are.",
  "Knock 'em dead at the interview tomorrow [[sn:Emma]]! x",
  "Hope everyone had a restful half term. Back to it tomorrow!",
  "Rose hips, holly and ivy all over the kitchen table. Wreath-making with my own kids tonight 🌿",
  "Middlesex University open day with my eldest. When did she get old enough for this?",
  "Arsenal v Spurs tonight. Pray for me.",
  "Started Bleak House on audiobook for the commute. Twenty hours. Wish me luck.",
  "Our class play: one sheep fell off the stage, two shepherds had a fight over a tea towel and a donkey cried. Best show ever.",
  "Harvest Festival went brilliantly and we absolutely smashed the foodbank target. Twelve crates!",
  // school identification, names
  "Year 6 absolutely smashed their SATs practice today. Proud teacher moment at [[id:Oakfield]] 🥹",
  "Last day before Christmas at [[id:Oakers]]! 🎄 [[sn:Holly]] and I are off for a mulled wine.",
  "So proud of my Year 3s at [[id:Oakfield Primary School]]. [[pn:Rose]] read her poem in front of the whole school without a wobble.",
  "Sports day done ☀️ #[[id:OakfieldFamily]] #teacherlife",
  "Twenty years today since I first walked through the gates on [[id:Oakfield Road]]. Where did that go?",
  "Parcel for school? Send it to [[id:BS35 4HJ]], not my house, I've had three this week!",
  "Proud to lead our Black History Month assembly this week. The [[id:Oakfield]] kids asked the best questions about Mary Seacole.",
  "Reading with the little ones at [[id:Oakfield]] this morning. [[pn:Tariq]] read me a whole book about diggers and then explained it to me again.",
  "Congratulations to my brilliant colleague [[sn:Nadia]] on passing her NPQ! 🎉",
  "Great to see #[[id:Oakers]] in the Gazette this week for the library opening.",
  "Ringing the office about my own kid's inset day like a parent. If you need the school it's [[id:0117 496 0123]], not my mobile!",
  "Read The Christmasaurus by [[not:Tom Fletcher]] to my class today and cried at the end. Again.",
  // personal data
  "New number, same me: [[pd:07723 418 902]]",
  "My little man was born [[pd:12/04/2021]] and today he starts nursery 😭",
  "Free to a good home: a child's bed frame, good condition. Collection from [[pd:8 Willow Close, Thornbury BS35 2XG]] any evening.",
  // commercial
  "[[cm:Back selling my Tropic skincare, message me for this month's offers, 20% off all bundles]] 💚",
  "[[cm:Taking on two more tutees for 11+ prep, £35 an hour, Thornbury area]]. Message me.",
  "New boiler fitted at a primary on [[id:Oakfield Road]] today. [[cm:Need yours serviced? £60 this month only, call [[pd:07700 900882]]]]",
  // profanity
  "Fed up of getting [[pr:pissed]] on at break duty. Waterproofs are a lie.",
  "Who the [[pr:f**k]] schedules a call at 4.55 on a Friday",
  "[[pr:Bollocks]]. Left my lanyard at home again.",
  "Nothing like a [[pr:shitty]] cold to start the new term.",
  "Absolutely [[pr:pishing]] it down on bus duty. Pure misery.",
  "It's [[pr:frigging]] freezing in my classroom and the heating's broken again.",
  "Hot take: some of the parents at my school are absolute [[pr:c*nts]].",
  // threats
  "Got told by a parent at the gate that [[th:she'd have my car keyed and my windows put through]]. Lovely Tuesday.",
  "[[th:If one more person leaves their wheelie bin across my drive I'm going to set fire to it with them inside]].",
  "A Year 6 girl showed me a message someone had sent her: '[[th:[[bu:go kill urself no one would care]]]]'. She's ten.",
  "Whoever keeps nicking my yoghurts from the staffroom fridge, [[th:I will find you and I will end you]] 😂",
  "My TA was told by a grandad that [[th:he'd 'wring her neck' if she touched his grandson's bag again]]. She's 62.",
  // hate
  "[[ht:Half my class this year are from the site, so expect the usual: no reading at home, nits and something going missing by October]].",
  "Just had a proper [[ht:spacker]] moment and locked myself out of my own classroom.",
  "Another pile of Eid absence letters. [[ht:Funny how they all get ill at the same time]] 🙄",
  "[[ht:A bloke with a beard is not a woman]] and no amount of training will make me say otherwise.",
  "Got called a '[[ht:[[bu:towelhead]]]]' by a dad in the car park today, in front of his own kids.",
  "My handwriting on the board today looked like it was done by a [[ht:mong]].",
  // bullying
  "One dad told me today I was '[[bu:a useless little girl who should go back to playing teachers]]'. Eleven years qualified. Wine.",
  "[[bu:The mum who screamed at me in reception today is a nasty piece of work with the IQ of a house brick]].",
  "Some of us actually plan our lessons, [[bu:unlike a certain lazy Year 5 teacher who hasn't changed her slides since 2015]].",
  "A Year 6 told me I'm a [[bu:right battle-axe]]. Taking it as a compliment.",
  // sexual
  "Husband's away, wine's open and [[sx:the 🍆 emoji is doing a lot of work in our WhatsApp tonight 😏]]",
  "[[sx:The new supply teacher can teach me a lesson any time 🥵]]",
  "[[sx:Mr [[sn:Holloway]] in a suit at the awards night 🥵]] asking for a friend",
  "Date night. [[sx:Early night. Wink wink 😉🍆]]",
  // long
  "So that's a wrap on my fifteenth year at [[id:Oakfield]], and what a year. I've laughed, I've cried (twice in the stock cupboard, once in the car park, no regrets), and I've drunk approximately four thousand cups of tea. Thank you to [[sn:Gareth]] for the endless brews, to [[sn:Claire]] for covering my duty when Dad was in hospital, and to [[sn:Holly]] for laughing at my terrible jokes even when they weren't funny. Year 6 killed it in the leavers' show, the residential was carnage in the best possible way, and we smashed our reading targets for the first time in three years. Special mention to the child who asked me whether Dickens was 'the one who wrote Harry Potter', and to the one who told a visiting governor that my classroom 'smells like soup'. It does. I have learnt so much this year: about patience, about how resilient small people can be, about how much difference one kind adult makes to a child who is having a rough time at home. I've also learnt that you cannot, under any circumstances, let Year 5 near a glue gun unsupervised. Now I could murder a week of sleep, a beach and a book that isn't a phonics scheme. Roll on September. #[[id:OakersFamily]]",
  "Long one, sorry. Today a man I have never met stood at the school gate and shouted at me for ten minutes because his son had been kept in at lunch. He called me [[bu:a [[pr:f***ing]] jumped-up nobody]], told me [[th:he knew which car was mine and that I should 'watch how I go' on the way home]], and then, when the head came out, smiled and said he was just having a chat. I was shaking for an hour afterwards. I went back into class and taught phonics to thirty five-year-olds because that's the job, and I'm fine, honestly. I'm writing this because I know so many of you in teaching put up with this and never say anything. Please report it. Please write it down with the time and date, every time. Please tell your union. It is not part of the job and it should never be normal. And to the parents who came over afterwards to ask if I was okay — thank you. You have no idea how much that meant. Early night and a very large glass of wine tonight.",
];
