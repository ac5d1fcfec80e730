// The fourteenth held-out set's texts, labelled inline as [[code:span]]; `npx tsx core/eval/heldout-source.ts
// --set 14` builds heldout-14.jsonl from them (ids h14-off-NNN, h14-com-NNN, h14-per-NNN). Written by
// someone who read none of the checker (core/src/checker/ beyond types.ts's category names), its lexicons,
// categories, rules or tests, core/bench/, core/cli/, corpus-*.ts, corpus.jsonl, generate-corpus.ts,
// score.ts, train-model.ts or any heldout*.jsonl, and of the earlier sets' texts only the header comments
// of heldout-texts.ts and heldout-2-texts.ts to heldout-13-texts.ts (the lines before `export type
// Source`), plus heldout-source.ts and roster.json; no git history or diffs of those files were read, and
// the checker was not run on these texts before or after they were labelled. Score it with:
//   npm run -s eval:checker -- --corpus core/eval/heldout-14.jsonl
// The school is the evaluation roster's (roster.json): Oakfield Primary School ("Oakfield", "Oakers"),
// Oakfield Road, Thornbury, Bristol BS35 4HJ, 0117 496 0123, office@oakfield.sch.uk.
//
// Aim: weighted to measure THREAT and HATE (the categories the checker does worst on), in wordings written
// fresh for this set by many kinds of writer (angry parents, trolls, teenagers and gamers, grandparents,
// busy staff, writers whose first language is not English: Polish, Urdu, Romanian, Somali and Portuguese
// speakers; Scottish, Geordie, Scouse, Yorkshire, Welsh, Irish, London/MLE, Brummie and West Country
// voices): seventy-odd threat labels over all three kinds of text (explicit and implied violence against
// staff, parents, pupils and the building; veiled and conditional menace; a car described then menaced;
// arson, a hoax device, weapons; turning up at the gates, a home or a pub; threats through a father,
// uncles or "the lads"; reported, relayed and quoted threats; joking threats in staff posts; dialect for
// hitting and stabbing such as hoyed ower the railings, a dig, a doing, a wallop, bate the head off, lights
// punching out, a clip, scat 'is 'ead in, stick one on us, cheffed up; gaming and drill slang such as
// 360 no scope irl, log off before i find ur house, spin the block, a swat team; self-harm incitement at
// children, staff and commenters: alt f4 ur life, a toaster bath, sewer slide, self-delete, the Clifton
// suspension bridge, rope from B&Q, the whole packet, slit your wrists, under the 77 bus; l33t, spacing,
// a zero-width character written as \u200b, Cyrillic look-alikes written as \u0430 \u0435 \u043e) and
// seventy-odd hate labels (racist, antisemitic, anti-Muslim, anti-Sikh and anti-Hindu, Gypsy/Traveller and
// Roma, anti-Polish and Eastern European, anti-refugee, anti-Irish, anti-Chinese, homophobic, transphobic
// and disability hate; slurs plain, l33t, starred, with look-alike or zero-width letters; emoji; slur-free
// "they" statements and hostile generalisations, pseudo-polite bigotry ("I'm not racist but ..."), dog
// whistles and coded slogans (REMIGRATION NOW, Deus vult, remove kebab, Enoch was right, Every. Single.
// Time., happy merchants, Londonistan, WPWW, joggers, "turning into Bradford"), complaints about Eid,
// Ramadan, Diwali and Pride posts that turn hateful, group threats); beside an ordinary sprinkling of names,
// personal data, profanity, bullying, sexual, commercial, school identification, child-specific and
// photo-consent labels; and about a third of the texts clean, most of them traps for the two focus
// categories (strong anger and complaint that is neither, a vote of no confidence, "bring back the cane",
// history and RE lessons on the Bristol Bus Boycott, the Crusades, Partition, Srebrenica, the Kindertransport,
// a Great Fire of London re-enactment and a Viking raid, Eid, Diwali, Polish Independence Day, a Roma music
// workshop, Refugee Week, Pride, Anti-Bullying Week, sports and game talk, and rude- or slur-looking
// strings: a bender shelter, sambo, rice paddies, a Maine Coon, homogeneous, jewellery, Troon, gypsy moths,
// Scunthorpe, Penistone).
//
// Codes: pn pupil_name, sn staff_name, pd personal_data, pr profanity, sx sexual, ht hate, th threat,
// bu bullying, cm commercial, id school_identification, cs child_specific, not = a roster full name used
// as ordinary words. photo_consent is never written: the builder adds it over the whole text when an
// image tags a pupil whose photoConsent is false. Images are attached to official posts only.
//
// Labelling decisions: heldout-source.ts's header and the set 2 to 13 headers hold; beyond them:
// - hate, pseudo-polite framing: a leading disclaimer ("I'm not racist but", "Sorry but", "Not being
//   funny but") and a trailing aside ("Just saying what everyone's thinking", "everyone knows it",
//   "simple as", "problem solved", "Welcome to Thornbury") stay outside the hate span, which is the hostile
//   statement alone, as set 12 left asides outside threats.
// - hate, set up over two sentences: a remark that is hostile only through the sentence before it ("Three
//   new starters from the site on Gloucester Road on Monday. Better lock the iPads away", "Four EHCPs and
//   two "suspected autisms". Basically a zoo.") is one hate span over both, as set 12 took a threat's
//   means then menace. A grievance sentence that attacks no group stays outside ("Free uniform for the
//   hotel lot while we pay full whack." before "Bunch of freeloading invaders").
// - hate, dog whistles and coded slogans: "REMIGRATION NOW" sprayed on a wall, "Deus vult" and "remove
//   kebab" under an Eid post, "Enoch was right" under a Refugee Week post, "Every. Single. Time." and "The
//   happy merchants must be paying for these posts" under a Holocaust post, "Londonistan's coming to
//   Thornbury", "WPWW", "Bet it was one of the joggers" (a bike theft) and "Thornbury's turning into
//   Bradford" are hate over the slogan or statement; an emoji after one stays outside.
// - hate, emoji: monkey and banana emoji left under a team photo at one Black player, quoted in the
//   school's notice, are hate and bullying over the emoji.
// - hate and bullying, "go back" with a slur: "go back to your country gypsy", reported as said daily to
//   one boy, is hate and bullying over the whole phrase (one span, the slur not split out); a stereotype
//   inside an insult at one child ("keep the Chen girl away from my son, she probably eats bats") is hate
//   over the stereotype nested in bullying over the insult; accent mockery of one teacher ("bud bud ding
//   ding all day long") is hate and bullying over the same span (set 10). An insult at the writer in a
//   threat ("bitch we know where u work") is bullying (with profanity nested) beside the threat, like a
//   vocative, not inside it.
// - hate and threat: a threat to "batter" homosexuality out of one's own son is threat and hate over the
//   same span (violence for who a person is). A group-violence wish relayed approvingly in a staff post
//   ("Lads down the pub reckon the new asylum hotel wants torching") is threat and hate over the same span
//   (set 12). A threat against "you lot" (teachers) with nationalist words ("first against the wall when
//   the real English take back over") is threat only: teachers are no protected group.
// - hate, words: "goat sh@ggers" of Muslims is hate only (no sexual, no profanity); "gypped" (cheated) is a
//   casual slur, hate on the word, like set 5's "jewed me down"; "joey" and "flids" are disability slurs;
//   "didicoy" is a Traveller slur, "bogtrotter" anti-Irish, "shirtlifter" and "lezza" homophobic, "troon"
//   transphobic; "Cow worshippers" (Hindus) and "Dinghy divers" (refugees) are hate over the phrase. "the
//   gay agenda", "stop recruiting in primary schools", "fresh off the boat" and "Bin Laden's sister" (at a
//   Sikh teacher) are hate. A hate statement a writer quotes in order to condemn it ("a bloke who says
//   every mosque is a terror cell", a cousin's "all the Chinese restaurants use cat") is still labelled,
//   as printed words (set 10).
// - hate, clean: "queer" in the spelled-out LGBTQ+ initials in a Pride post; a gay dad's thanks; an uncle
//   beaten up for being gay in 1985, told without the insult; a Romany parent's thanks; "We are from
//   Romania, we are not gypsy" (the parent's own neutral word); "gypsy moth" as a caterpillar's name; a
//   bender shelter of hazel rods (Forest School); sambo (a Russian martial art); rice paddies; a Maine
//   Coon; homogeneous mixtures; jewellery; Troon (Ayrshire); the Crusades, Partition, Srebrenica, the Nazi
//   murder of disabled children and the Kindertransport taught as history; "Stop the boats is government
//   policy, not racism" (a political opinion that attacks no group); objecting to a Pride assembly and
//   withdrawing a child (set 3).
// - threat, implied and veiled: a car described then menaced ("Silver Qashqai, private plate ... Would
//   hate for it to end up on bricks. Or worse.") and "Nice windows on that new hall. Shame they're only
//   glass." are one span each over the description and the menace; "Hope the head's got decent home
//   insurance", "Mr Hughes won't be walking out of that building the same way he walked in", "Mr Fletcher
//   better not show his face in the Cross Hands on Friday night", "Eyes in the back of your head would
//   come in handy" (the vocative Mr Walsh outside), "we know your kids go to St Mary's", "One can of petrol
//   and that staffroom's a memory" and "you've got till Monday to sort it or I'm coming to your house and
//   you won't like it" are threat.
// - threat, gaming and drill: "imma 360 no scope that ref irl", "now log off before i find ur house",
//   "we spin the block where that teacher lives", "getting cheffed up", "we got ur address lil bro, swat
//   team on the way" are threat; an emoji after (🔫 💀 🤫 😉) stays outside (set 12). "alt f4 ur life",
//   "go have a toaster bath", "go self-delete", "rope is a fiver in B&Q, treat yourself" and "take the
//   whole packet" are self-harm incitement (threat, and bullying when aimed at the person replied to);
//   "commit sewer slide" quoted in a notice as a trend with no target is threat only (set 9).
// - threat, jokes among staff: "If Beth eats my yoghurt ... I will end her" and a conditional promise to
//   "shove the nit comb somewhere very uncomfortable" are threat (the words are there, sets 6 and 7);
//   "I'd fight her for the last Twix" (an idiom) and "Axe throwing ... Watch out Gareth, I've been
//   practising" (a game) are clean, as are threats to a laminator (office equipment is no one).
// - threat, clean: "I know where you live!!" in a joke about a borrowed Tupperware with the real request
//   after it; a teacher who'd "hunt down" whoever leaves the lids off the glue sticks (no harm named);
//   "Someone needs to answer for this"; "The head needs to go. Not a threat, a vote of no confidence";
//   "Bring back the cane, I say" (no one named); "we're coming for that trophy"; "fought like lions";
//   "killing zombies" in a playground game; a creeper blowing up a Minecraft school; a Stone Age mammoth
//   hunt; a toy weapons ban; a lockdown drill; "it is only a matter of time before someone gets badly
//   hurt" about parking (set 4); "put me out of my misery" (oneself).
// - Names: "Will" opening a quotation about a chess final names Will Thompson while "he will" is a word;
//   "Summer ... you have made my summer": the first two are the pupil, the last a word; a hamster called
//   Hope and the Prophet Muhammad are no roster people; "our Phoebe", "our Ella", "Toby", "Willow"
//   and "jude" name pupils (given names several pupils share, set 3); "Yusuf B",
//   "Rohan C", "Rhys P", "Mia J", "Reuben Y", "Samuel Y", "Lottie T", "Dylan W" and "Muhammad R" are
//   names; "the Adeyemi girl" and "the Chen girl" name pupils (unique surnames); Karen as slang names
//   nobody (set 4); Sharon, Sarah, Ruth, Jo, Paul Stephenson and Guy Bailey are on no roster.
export type Source = string | { text: string; images: string[][] };

export const OFFICIAL: Source[] = [
  `Year 2 recreated the Great Fire of London this afternoon: cardboard Tudor houses on "Pudding Lane", a visit from Thornbury fire station and one very carefully controlled blaze on the field. The bakery burnt down, just as it did in 1666. Nobody was harmed. 🔥🏠`,
  `Black History Month: Year 6 have been learning about the Bristol Bus Boycott of 1963, when the bus company refused to employ Black and Asian drivers and conductors. Ask your child what Paul Stephenson and Guy Bailey did!`,
  { text: `Huge congratulations to [[pn:Will Thompson]] and [[pn:Priya Sharma]], who have reached the county chess final! [[pn:Will]] says he will "take no prisoners" ♟️`, images: [['Will Thompson', 'Priya Sharma']] },
  `Message from the Headteacher: this morning a parent was asked to leave the site after telling a member of our office team "[[th:carry on like this and I'll drag you over that counter by your hair]]". Our staff come to work to help your children. The police have been informed.`,
  `Overnight someone sprayed "[[ht:REMIGRATION NOW]]" across the wall by the Key Stage 2 gate, with a symbol we will not reproduce. It has been painted over. If you saw anyone near the school late on Sunday, please call the office on 0117 496 0123.`,
  `Eid Mubarak to all our families celebrating today! 🌙 Mrs [[sn:Karimi]]'s class made cards with geometric patterns, and [[pn:Yusuf B]] taught everyone how to say it properly.`,
  `Pride Month in Key Stage 2: this week's assembly was about the Stonewall uprising, Section 28 and the LGBTQ+ people in our history books. The letters stand for lesbian, gay, bisexual, transgender and queer or questioning. Lots of thoughtful questions from the children.`,
  `Because of a malicious call to the office saying "[[th:there's something in the hall that'll go off at ten]]", the school was evacuated as a precaution this morning. The police have searched the building and it is safe. Thank you to the children for walking out so calmly.`,
  `Lockdown drill on Thursday: children will practise staying quiet and out of sight in their classrooms, as if there were an intruder on site. With the little ones we call it the Silent Statues Challenge. There is no cause for concern.`,
  `Please keep [[pn:Rohan C]] in your thoughts this week: [[cs:he is in Southmead Hospital after a fall at home and won't be back before half term]]. Year 6 have made him a giant card.`,
  `We are aware that a Year 5 pupil was called a "[[bu:thieving [[ht:didicoy]]]]" at the bus stop yesterday by older children from another school. We have spoken to the secondary school and to the family. Gypsy, Roma and Traveller children are part of our school and our town.`,
  `After Saturday's under-10s match, someone left [[bu:[[ht:🐒🐒🍌]]]] under our team photo, aimed at one of our players. The comments have been deleted, the account reported and the league informed. Racism is not banter.`,
  `Year 4 science: which mixtures are homogeneous and which aren't? Turns out custard is more complicated than anyone thought. 🍮`,
  `PE reminder: no jewellery on PE days apart from small studs, and long hair tied back please. Watches and fitness bands go in the class tray.`,
  `Forest School: Year 3 built a bender shelter from hazel rods and a tarp, then boiled water in the Kelly kettle for hot chocolate. Wellies and old coats next week please!`,
  { text: `Congratulations to [[pn:Freya Nowak]], who won gold at the South West sambo championships at the weekend! Sambo is a Russian martial art a bit like judo, and [[pn:Freya]] has been training for two years. 🥇`, images: [['Freya Nowak']] },
  `Year 5 geography: rice paddies in Vietnam, terraced fields in Bali and the tea gardens of Assam. Next week's question: why does rice need so much water?`,
  `Our reading-to-animals scheme has a new volunteer: Bramble, an enormous fluffy Maine Coon who is "very relaxed around children". Reading aloud to a pet builds confidence! 🐾`,
  `We have passed to Avon and Somerset Police a message sent to one of our teachers on Facebook: "[[th:enjoy your last week of breathing. I know which one's your car]]". Abuse of staff, online or in person, is always reported.`,
  `A visitor to reception on Tuesday told a member of staff to "[[ht:[[bu:take that rag off your head and go back to Kabul]]]]". This has been reported to the police as a hate incident.`,
  `Netball: our Year 6 team absolutely demolished the county tournament, five wins out of six! Ruthless on court, lovely off it. 🏐`,
  { text: `Reception's first trip to the farm! 🐑 [[pn:Samuel Y]] was fearless with the lambs and [[pn:Lottie T]] named every single hen.`, images: [['Samuel Yates', 'Lottie Tran']] },
  `Year 6 families: a message in a class group chat said "[[th:dont come in tmrw if ur not on my side, bringin my uncles blade]]". We know who sent it, the police have visited, and there is no knife in school. Please talk to your children about what they send.`,
  `Online safety alert: children have shown us a trend where people comment "[[th:commit sewer slide]]" under other children's videos. It is a disguised way of telling someone to end their life. Please check your child's comments and report any you see.`,
  `Some Year 6 pupils have been using the word "[[ht:troon]]" as a joke. We have explained that it is a slur against transgender people and is not acceptable here, online or off.`,
  `Thank you to everyone who came to our Remembrance service. Year 6 read "In Flanders Fields", laid the wreath, and read the names of the Thornbury men killed in the First World War.`,
  `Diwali assembly: Mrs [[sn:Sandhu]] brought in diyas and told the story of Rama and Sita, and Year 1 made rangoli patterns with coloured rice. Happy Diwali to all who celebrate! 🪔`,
  `Year 5 history: why did the Crusades happen, and how did the Christians, Muslims and Jews of Jerusalem each tell the story? A brilliant debate with some very grown-up listening.`,
  `Please don't park on the zig-zags. A Year 2 child was nearly hit this morning and it is only a matter of time before someone gets badly hurt.`,
  `Last Friday a parent [[th:threatened to put a brick through Mr [[sn:Walsh]]'s windscreen]] over a detention. This is unacceptable, and that parent is no longer allowed on the site.`,
  `We received an anonymous letter objecting to our Refugee Week displays. It calls families who have fled war "[[ht:parasites who should be turned back at Calais]]". The displays are staying up.`,
  `Refugee Week: Year 4 read "The Journey" by Francesca Sanna and wrote postcards of welcome. Three families shared the stories of how they came to Thornbury. Thank you for your courage. 💛`,
  `Anti-Bullying Week starts Monday, with Odd Socks Day to kick it off! The theme is "Choose Respect". Wear the silliest socks you own. 🧦`,
  { text: `Our Year 1 nativity is sold out! 🌟 Look out for [[pn:Elliot Kaur]], who will be a very enthusiastic donkey, and [[pn:Willow]] as the bossiest innkeeper in Bethlehem.`, images: [['Elliot Kaur', 'Willow Rowe']] },
  `A big thank you to Severnside Scaffolding for our new football kits! Parents can [[cm:quote OAKFIELD10 for 10% off any scaffold hire]].`,
  `Lost: a blue Frozen lunchbox left at the bus stop on Castle Street. If you find it, please ring Sarah on [[pd:07700 914562]]. Thank you!`,
  `Last night someone wrote "[[th:BURN IT DOWN WITH THEM INSIDE]]" on the side of the Year 3 portakabin. The police have the CCTV. The children have been told only that it was vandalism.`,
  `Online safety: a Year 5 child playing Roblox was sent "[[th:we got ur address lil bro, swat team on the way 😂]]" by an older player. "Swatting" means a fake emergency call so that armed police turn up at someone's home. Please report messages like this to CEOP.`,
  `Bonfire Night safety talk from Thornbury fire station: sparklers need gloves, fireworks need grown-ups, and bonfires need checking for hedgehogs! 🦔🎆`,
  `We have deleted comments under last week's post about one of our teaching assistants, including "[[ht:[[bu:that's a man in a frock, I don't care what pronouns it wants]]]]". Our staff deserve respect.`,
  { text: `Year 3's Romans made shields and marched round the playground shouting battle cries. The Celts put up a good fight! [[pn:Jack Wilson]] was a very convincing centurion and [[pn:Aisha]] led the charge.`, images: [['Jack Wilson', 'Aisha Begum']] },
  `The Year 6 assault course in the Forest of Dean was a triumph: mud, rope swings and a lot of screaming (the happy kind). Two days, zero injuries, forty very tired children.`,
  `Wheelchair basketball visit! Paralympian Jo showed Year 4 how fast her chair can turn and answered every question about her spina bifida with patience and jokes.`,
  `In PSHE, Year 6 talked about comments they had seen online such as "[[ht:Pakistanis are all groomers]]", and about how one crime is used to smear a whole community.`,
  `Holocaust Memorial Day: the granddaughter of a boy saved by the Kindertransport in 1939 showed Year 6 her grandfather's suitcase and the label he wore on the train. Thank you, Ruth.`,
  { text: `Well done to [[pn:Ibrahim Iqbal]] and [[pn:Niamh Atkinson]] for their brilliant Viking longboat model!`, images: [['Ibrahim Iqbal', 'Niamh Atkinson']] },
  `Thank you for your patience at drop-off: [[cs:[[pn:Dylan W]] has been very anxious about coming into class since his mum became ill]], so Mrs [[sn:Cole]] will be meeting him at the gate for now.`,
  `Viking Day in Year 5: we raided the library, pillaged the biscuit tin and set fire to a (paper) longboat on the playground. History has never been so loud.`,
  `Comments are now turned off on our Eid post, after people posted "[[ht:Deus vult]]" and "[[ht:remove kebab]]" underneath it. Celebrating our families is not up for debate.`,
  `A man in a grey van shouted at children on Church Road that he would "[[th:run the little rats over next time]]". The police are aware. Please walk with your children if you can.`,
  `Dydd Gŵyl Dewi Hapus! [[pn:Siân]] and [[pn:Rhys P]] taught the school to sing "Calon Lân", and Year 2 traced the River Taff from the Brecon Beacons to Cardiff Bay.`,
  `Football: a 6-0 win in the cup! We had them on the ropes from the first whistle. Next up, Castle School in the semi-final. We're coming for that trophy! 🏆`,
  { text: `Reading buddies: [[pn:Grace]] in Year 4 and [[pn:Hope]] in Year 6 have read forty books together this term!`, images: [['Grace Okafor', 'Hope Adeyemi']] },
  `We are very sad that an older child on the school bus told two of our Year 3 girls that "[[ht:hijabis stink]]" and pulled at their scarves. The bus company and the child's school have been informed.`,
  `Year 6 coding club recreated the whole school in Minecraft, and then a creeper blew it up. The children are calling it "an inside job". 🧨`,
  `At Saturday's fun run, one of our pupils had "[[bu:[[ht:downie]]]]" shouted at her by a boy from another club. She finished the race anyway. We are so proud of her.`,
  `The fire in the bin store on Sunday night was started deliberately. It came a day after a post on social media that said "[[th:oakfield getting torched this weekend watch]]". The police are investigating.`,
  `We have removed a comment on our welcome post for new families that said "[[ht:this is what happens when you let them in, Thornbury's turning into Bradford]]". Every family is welcome here.`,
  `Dear families, we know many of you were angry about the late change to sports day. You were right to be. We should have told you sooner and we are sorry.`,
  `Year 3's Stone Age hunters tracked a woolly mammoth (Mr [[sn:Lloyd]] in a duvet) across the field with cardboard spears. The mammoth did not survive. 🦣`,
  `On Monday a caller told our receptionist to "[[th:[[bu:go and slit your wrists]]]]" and called her "[[bu:a useless fat cow]]". Calls to the school are recorded, and this one has been passed to the police.`,
  `This week's value is forgiveness. Year 2 talked about how to say sorry and mean it, and how to forgive someone who has hurt you.`,
  `Under our Holocaust Memorial Day post, a comment claimed "[[ht:the numbers were made up to get compensation]]". We have removed it and reported the account.`,
  `Roma music workshop! Year 4 learnt about the journey of the Roma people from India to Europe, then danced to violin and accordion until the hall floor shook.`,
  `We are collecting clothes and toiletries for [[cs:one of our Year 4 boys, whose family lost everything in the house fire on Midland Road]]. Donations to the office please.`,
  { text: `Stars of the week in Year 2: [[pn:Mia J]] for kindness and [[pn:Reuben Y]] for his erupting volcano! 🌋`, images: [['Mia Johnson']] },
  `Our Polish families invited us to celebrate Polish Independence Day with pierogi and paper cut-outs called wycinanki. Dziękujemy! 🇵🇱`,
  `Please be aware that a caller told the office "[[th:her dad gets out Friday and he's coming up that school for the head]]". We have increased security at the gates and the police are aware.`,
  `Children's Mental Health Week: we talked about feelings that make us want to explode and what to do with them. Top tip from Year 1: "squeeze a cushion, not your brother." 💥`,
  `Please don't let children bring toy guns, swords or water pistols on the Reception trip. The zoo's rules, not ours!`,
  `Year 4's Anglo-Saxon unit: why did Alfred the Great burn the cakes, and why did the Vikings keep coming back? Answers involving "they wanted the cakes" received partial credit.`,
  `Deaf Awareness Week: Year 2 learnt to sign their names and "thank you" in British Sign Language. Our signing choir performs on Friday! 🤟`,
  `After the Year 6 residential, a parent messaged a member of staff "[[th:you've got till Monday to sort it or I'm coming to your house and you won't like it]]". Staff home addresses are never shared.`,
];

export const COMMENTS: Source[] = [
  `[[th:if that dinner lady grabs wor lass by the arm again am gannin doon there and she'll be hoyed ower the railings]] like`,
  `[[th:that teacher's gettin a dig off me at pick up]] la, dead serious`,
  `See [[th:whoever nicked ma boy's bike fae the racks, they're gettin a doing when I find them]]`,
  `[[ht:They come over here, won't learn a word of English and expect everything handed to them on a plate.]] Now my son's class has a TA just for translating. Unreal.`,
  `I'm not racist but [[ht:the Romanian kids are the reason stuff goes missing from the cloakroom]]. Just saying what everyone's thinking.`,
  `Why nobody tell us about the trip money? My daughter is crying because she is only one who did not bring. Is not fair, please send letter also on paper.`,
  `Very good post. Eid Mubarak to all teachers, my son was so happy with his card. JazakAllah khair 🤲`,
  `Eid post but nothing for St George's Day? [[ht:Londonistan's coming to Thornbury]] 🤡`,
  `Will you be doing an Easter post as well? Genuinely asking, I think it's lovely you mark all of them.`,
  `[[ht:Keep your degeneracy away from five year olds]]. [[ht:Normal families only]] 🇬🇧✝️`,
  `I don't agree with teaching this to infants and I'll be taking mine out of the assembly. That's my right as a parent and I'll say so to the head.`,
  `[[ht:There are two genders and anyone telling kids otherwise is a nonce]].`,
  `[[ht:Enoch was right]].`,
  `Holocaust day again? [[ht:Every. Single. Time.]] [[ht:The happy merchants must be paying for these posts]]`,
  `[[th:yo that PE teacher getting cheffed up if he touch my cuz again]] on my mum`,
  `[[th:we spin the block where that teacher lives]] 🔫🔫`,
  `lmao [[th:imma 360 no scope that ref irl]]`,
  `gg ez. [[th:now log off before i find ur house]] [[pn:theo]] 💀`,
  `[[th:[[bu:alt f4 ur life]]]] [[bu:u absolute bot]]`,
  `[[th:[[bu:go have a toaster bath]]]] Karen`,
  `honestly [[th:[[bu:the Clifton suspension bridge is open 24/7 for people like you]]]]`,
  `[[th:Silver Qashqai, private plate, always in the staff bay by the bins. Would hate for it to end up on bricks. Or worse.]]`,
  `[[th:Hope the head's got decent home insurance]] 😉`,
  `[[th:Mr [[sn:Hughes]] won't be walking out of that building the same way he walked in]].`,
  `[[th:Tell that supply teacher if he shouts at my boy like that again I'll come down and give him a wallop he'll feel in Swansea]], mun.`,
  `[[th:I'll bate the head off that principal]] so I will`,
  `[[th:That head wants his lights punching out]], I'm telling thee.`,
  `[[th:if I catch that lad near our [[pn:Phoebe]] again I'll give him such a clip he'll be seeing stars till Christmas]] bab`,
  `[[th:next time that bus driver leaves my maid at the stop I'll scat 'is 'ead in]], mind`,
  `[[th:One can of petrol and that staffroom's a memory]].`,
  `In my day teachers were respected and so were grandparents. [[th:I've half a mind to come down and give that headmaster a thrashing myself, walking stick or no walking stick]].`,
  `[[th:you better pray i dont see you at the summer fair]] sharon`,
  `[[th:[[bu:That little brat [[pn:Alfie]]]] wants a slap, and if his mum won't do it I will]].`,
  `This boy hit my son three times and school do nothing. [[th:If again he touch my son, his father and uncles will come and deal with him]].`,
  `I am very angry. The teacher shout at my daughter in front of whole class. I want meeting with head teacher tomorrow, this is not acceptable at all.`,
  `My son is told every day "[[ht:[[bu:go back to your country gypsy]]]]" by boys in his class and nobody from school stop it. We are from Romania, we are not gypsy, but also this is not ok for nobody.`,
  `This school is a joke and the head should resign. Three years of broken promises and a car park that floods every time it rains.`,
  `the [[ht:polaks]] on our street have nine to a house and not one of them pays council tax`,
  `[[ht:Eastern Europeans only came here for the benefits and the free dinners]], everyone knows it`,
  `[[ht:Dinghy divers]] get a four star hotel and my grandkids get a portakabin classroom.`,
  `Free uniform for the hotel lot while we pay full whack. [[ht:Bunch of freeloading invaders]].`,
  `My lad came home saying having two mums is normal. Not in my house it isn't. Wait till his nan hears the school's pushing [[ht:lezza]] propaganda.`,
  `No wonder the boys are soft, [[bu:Mr [[sn:Cartwright]]'s a right [[ht:shirtlifter]]]] 😂`,
  `[[bu:[[pn:Toby]]'s mum should keep him at home, he's a proper [[ht:joey]]]]`,
  `[[ht:Put the autistic ones in their own unit away from normal kids]], problem solved.`,
  `[[ht:k1kes]] run the exam boards anyway lol`,
  `Lovely Ramadan display. [[ht:Shame the religion of peace keeps blowing people up]].`,
  `[[ht:goat sh@ggers]] getting their own prayer room now? 🤣`,
  `Can't understand a word Mrs [[sn:Sandhu]] says, [[ht:[[bu:bud bud ding ding all day long]]]]`,
  `Black History Month every year and for what? [[ht:They've given this country nothing but knife crime]].`,
  `[[bu:The [[pn:Adeyemi]] girl looks like a [[ht:golliwog]] with that hair]]`,
  `Bikes nicked from the racks again? [[ht:Bet it was one of the joggers]] 🏃🏿‍♂️`,
  `[[ht:When the travellers pitch up on the rec, lock your sheds and keep your kids in]].`,
  `[[th:[[ht:That camp by the A38 wants a match putting to it]]]]`,
  `[[th:[[ht:Put the lot of them on a plane with no fuel and let the sea sort it out]]]]`,
  `[[th:[[ht:if my boy ever comes home saying he's gay I'll batter it out of him]]]]`,
  `[[ht:tr\u0430nnies]] in the girls' toilets now is it`,
  `Ha my two have been "killing zombies" on the field all week, it's the new craze apparently. Harmless fun and they come home shattered!`,
  `Gutted for the netball girls, they fought like lions. Proud of every one of them ❤️`,
  `My son's teacher told the class he'd "hunt down" whoever keeps leaving the lids off the glue sticks and they think he's hilarious 😂 Best year ever.`,
  `Which one of you lot walked off with my Tupperware at the fair 😂 I know where you live!! (Seriously it was my mum's, please bring it back x)`,
  `Mrs [[sn:Frost]] would absolutely destroy all of us at the staff v parents rounders. Fear her. 😂`,
  `Bring back the cane, I say. Kids these days have no respect for anyone.`,
  `We're Romany and my kids have never felt so welcome anywhere. Thank you Oakfield 💚`,
  `As a gay dad, thank you for the Pride assembly. My daughter came home beaming.`,
  `[[th:Mr [[sn:Fletcher]] better not show his face in the Cross Hands on Friday night]].`,
  `[[th:Miss [[sn:Reid]] lives at [[pd:7 Longmead Close]]. Maybe someone should pay her a visit and explain how we all feel]].`,
  `[[th:Nice windows on that new hall. Shame they're only glass.]]`,
  `My daughter says a Year 6 boy told her "[[th:I'm gonna stab you with my compass at break]]". Is anyone going to do anything??`,
  `nah fr [[th:that kid in 6B getting jumped after school]] no cap`,
  `[[pn:jude]] [[th:[[bu:go self-delete]]]] [[bu:nobody wants u here]]`,
  `[[th:[[bu:rope is a fiver in B&Q, treat yourself]]]]`,
  `[[th:[[bu:do us all a favour and take the whole packet]]]]`,
  `[[ht:[[bu:go back to Somalia and take your nine kids with you]]]]`,
  `[[bu:typical [[ht:bogtrotter]], can't count past ten]]`,
  `[[bu:keep the [[pn:Chen]] girl away from my son, [[ht:she probably eats bats]]]]`,
  `Proud of my heritage and not sorry. [[ht:WPWW]] 🇬🇧`,
  `"Stop the boats" is government policy, not racism. Mind you, I'm not sure a primary school should be wading into politics either way.`,
  `[[ht:Cow worshippers]] keeping the whole street awake with fireworks again`,
  `[[ht:No Muslim should be teaching British kids]], simple as`,
  `I'm furious. My son was left outside in the rain for twenty minutes at pick up because nobody checked the list. Someone needs to answer for this.`,
  `The head needs to go. Not a threat, a vote of no confidence. Governors, are you listening?`,
  `Killer costumes at the Halloween disco! 👻 Year 3 had the scariest witches by a mile`,
  `[[th:u r g3tt1ng b4tt3r3d m0nd4y]] 🤫`,
  `[[th:I'll st\u200bab the next teacher who puts their hands on my kid]]`,
  `[[th:w\u0430tch wh\u0430t h\u0430pp\u0435ns t\u043e y\u043eur c\u0430r]]`,
  `this school needs shutting. [[th:b u r n  i t  d o w n]]`,
  `Lovely photos! Any mums looking to earn from home, [[cm:DM me about my Younique business, starter kits half price this week]] 💄`,
  `[[sx:cute little gymnasts 😍 I coach privately, message me and I'll send them some leotards to try on]]`,
  `[[pr:Bloody]] hell, who parked across the Oakfield Road gate again?? Some of us have work to get to.`,
  `My uncle was beaten up for being gay in 1985. Glad my grandkids' school teaches them to be kind instead. 🏳️‍🌈`,
  `Ah the little dotes, [[pn:Seán]] was fierce proud of his medal. Savage day out altogether!`,
  `Pure mental day at the gala, the weans were knackered and absolutely hyper by four o'clock 😂`,
  `[[th:Me and her are having it out at the gates at 3, no teachers to hide behind this time]].`,
  `[[th:Eyes in the back of your head would come in handy]], Mr [[sn:Walsh]]`,
  `Drag queen story time in a primary?? [[ht:f\u200ba\u200bg\u200bs]] reading to five year olds now`,
  `Estate's full of [[ht:\u0441\u043e\u043ens]] now, no wonder the school's gone downhill`,
  `I'm all for inclusion but Pride in a primary is too much. [[ht:These people can't help themselves around kids]].`,
];

export const PERSONAL: Source[] = [
  `Third time this term a dad has told me [[th:he'll "sort me out" in the car park]]. I'm a five foot two TA. Starting to dread Fridays.`,
  `Parents' evening done. [[ht:Half of them needed an interpreter and the other half smelt like a curry house]]. Wine time 🍷`,
  `Sorry but [[ht:if you move to this country and cover your face, you've made it clear you don't want to be part of it]].`,
  `If the laminator jams ONE more time I am taking it out on the field and setting fire to it. 🔥`,
  `Axe throwing for the staff social tonight! Watch out [[sn:Gareth]], I've been practising 🪓😂`,
  `Half term in Troon with the in-laws. The wind off the Firth of Clyde could strip paint. Back to Year 4 on Monday, bring it on.`,
  `The new parking app was clearly built by [[ht:flids]]. Forty minutes to pay for two hours.`,
  `Had a grandad at pick up call me "[[bu:[[ht:Bin Laden's sister]]]]" today. I'm Sikh, for the record, not that it should matter. Smiled, went inside, cried in the PPA room.`,
  `A Year 6 told me today "[[th:my brother's gonna be waiting for you after school]], miss". He's 10. I'm more sad than scared.`,
  `Proud of the [[id:Oakfield]] crew for Sport Relief! 🏃‍♀️ #[[id:OakersRun]]`,
  `[[th:Any more emails from Year 3 parents about the nit letter and I'll be driving round to shove the nit comb somewhere very uncomfortable]].`,
  `Nobody minds what people do in their own bedrooms. [[ht:Just stop recruiting in primary schools]].`,
  `One of my mums just told me [[th:her fella's "coming for me" if her son doesn't get a speaking part in the play]] 🙃 She said it in front of the kids.`,
  `Some radgie outside the Co-op said [[th:he'd "stick one on us"]] for looking at his dog. Canny day otherwise.`,
  `Another Monday, sixty books to mark. Somebody put me out of my misery 😩`,
  `Year 6 leavers absolutely slayed the production tonight. I cried three times. 💛`,
  `[[ht:Three new starters from the site on Gloucester Road on Monday. Better lock the iPads away]] 🙄`,
  `Taught the Partition of India today. A million dead, families split overnight. The questions the children asked were so careful and kind.`,
  `Gurdwara trip with Year 3 tomorrow! Head coverings provided, langar lunch included. 🙏`,
  `Got my new class list. [[ht:Four EHCPs and two "suspected autisms". Basically a zoo.]]`,
  `Anyone got a cot going spare? Can collect, or drop it at [[pd:23 Morley Avenue, Thornbury BS35 1PD]] 💕`,
  `Text from an unknown number tonight: "[[th:we know your kids go to St Mary's]]". Police have it. Shaking.`,
  `[[ht:Whole queue in Lidl jabbering in Polish and stinking of vodka at 9am]]. Welcome to Thornbury.`,
  `Had to deal with a Year 5 calling another boy a "[[bu:[[ht:b\u0435nder]]]]" today, then claiming it means someone who bends things. Nice try, kid.`,
  `Spent my PPA reading about Srebrenica for the Remembering Srebrenica assembly. Heavy stuff, but they need to know.`,
  `Boxercise with [[sn:Kieran]] after school is no joke. I am DEAD 💀`,
  `[[th:If [[sn:Beth]] eats my yoghurt out of the staff fridge one more time I will end her]] 😤`,
  `My Year 2s have decided "gypsy moth" is the best caterpillar name ever. Minibeast week is chaos.`,
  `[[th:Whoever keyed my car in the staff car park, I'll find you and you'll be eating through a straw]].`,
  `Genuinely think [[ht:the Somali mums treat this school like a free creche]]. Not one of them came to the phonics meeting.`,
  `[[ht:Half the kids at [[id:Oakers]] are fresh off the boat]] and we're supposed to get them through SATs in six months.`,
  `Honestly [[ht:the gay agenda in schools has gone too far]], our RE scheme now has a lesson on same-sex weddings.`,
  `Just been told [[th:someone's going to "burn down the staffroom with all the lefty teachers in it"]] on a local Facebook group. Reported. Lovely.`,
  `Scunthorpe away, then Penistone on Sunday. This cup run is killing me and my petrol money.`,
  `Year 4 were shocked to learn that the Nazis murdered disabled children first, before the camps. Hard lesson. They wrote a letter promising to be kind.`,
  `Warning to my fellow TAs: a dad in the Year 2 line said [[th:he'd "put me through the fence" if I looked at his kid again]].`,
  `Marking Year 6 persuasive letters about whether zoos should exist. One began "Dear Zookeeper, you are a monster". Points for passion.`,
  `[[th:Next time that woman in the BMW parks across my drive, her tyres are going down]]. I've had enough.`,
  `Got home to "[[bu:[[pr:bitch]]]] [[th:we know where u work]]" written in marker on my car. School's handling it. I'm fine. I'm fine.`,
  `Love that [[pn:Muhammad R]] asked why the Prophet Muhammad's face is never drawn. Best RE question of the year.`,
  `Told [[sn:Nadia]] I'd fight her for the last Twix in the staffroom and she actually squared up 😂 Best colleague.`,
  `[[ht:Mohammed this, Mohammed that, every register I get has more Mohammeds than Jacks]]. Where's England gone?`,
  `Not being funny but [[ht:if the Travellers want the same respect, they can start by paying tax like the rest of us]].`,
  `Hate crime training today. Learnt a lot, especially about how many Jewish families in the UK now hide their mezuzah. Eye-opening.`,
  `Shout out to the dad at the gate who called me a [[bu:speccy little [[pr:prick]]]] for enforcing the one-way system. Hope your Monday is as nice as you are.`,
  `[[th:[[bu:Someone tell that new deputy head to do the world a favour and throw herself under the 77 bus]]]]`,
  `[[ht:Ramadan again, so that's a month of kids fainting in PE because their parents think starving them is holy]].`,
  `Spent lunch helping Year 5 practise for the Big Sing: a Bob Marley medley. "Every little thing gonna be alright" on repeat in my head now.`,
  `[[th:[[ht:Lads down the pub reckon the new asylum hotel wants torching]]]], and honestly I'm not sure they're wrong.`,
  `Yes I'm a teacher and yes I play Call of Duty till 1am. Thirty kills tonight. Don't tell the Year 6s. 🎮`,
  `Sorry but [[ht:if you need a ramp, a lift, a carer and a one-to-one, maybe mainstream isn't for you]].`,
  `Dentist said my wisdom tooth "has to come out and it's going to be brutal". He wasn't wrong. Soup for a week.`,
  `Got into a Facebook argument with a bloke who says [[ht:every mosque is a terror cell]] and that I'm a traitor for teaching RE. Blocked.`,
  `Scouse mum at parents' evening: "[[th:if that lad lays a finger on our [[pn:Ella]] again I'll wrap the chair round his head]], no offence like". Offence not taken, madam.`,
  `[[pn:Summer]] brought in a photo of her hamster, Hope. [[pn:Summer]], you have made my summer.`,
  `My cousin reckons [[ht:all the Chinese restaurants use cat]]. I've stopped inviting him to family dos.`,
  `Reception rule of the week: "We don't bite our friends." Gentle reminder that this still needs saying in week 4. 😂`,
  `At the mock trial workshop the Year 6s prosecuted the Big Bad Wolf for breaking and entering. Guilty. Sentenced to going vegan.`,
  `Got [[ht:gypped]] at the car boot, £20 for a gazebo with no poles.`,
  `Seven years at [[id:Oakfield Primary]] today. Still the best job in the world.`,
  `Told the Year 5s that in my day we had chalkboards and the slipper. One of them asked if I was alive in the Stone Age. Rude.`,
  `[[th:If I find out which parent keeps reporting me to the head, they'll need more than a plaster]].`,
  `Our DSL [[sn:Helen]] just got an email saying "[[th:you lot will be first against the wall when the real English take back over]]". Reported, as ever.`,
  `Thanks to everyone who sponsored my 10k for Mind. We raised £640! Legs are dead, heart is full.`,
  `Year 6 book group is reading "Noughts and Crosses". The kids were furious at the unfairness, which is exactly the point.`,
  `Coached the under-9s to a 4-0 thrashing of Almondsbury today. Savage. The parents on the touchline were louder than the kids.`,
  `Reading "Goodnight Mister Tom" with Year 6. A lot of tissues needed for the chapter about Willie's mum. No spoilers.`,
  `Finally watched Oppenheimer. Three hours of men in hats arguing about a bomb. Loved every minute.`,
  `[[pr:Shite]] day. Year 4 trip cancelled because the coach firm went bust. Sorry kids.`,
];
