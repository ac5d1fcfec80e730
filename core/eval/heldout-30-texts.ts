// The thirtieth held-out set's texts, labelled inline as [[code:span]]; `npx tsx core/eval/heldout-source.ts
// --set 30` builds heldout-30.jsonl from them (ids h30-off-NNN, h30-com-NNN, h30-per-NNN). Score it with:
//   npm run -s eval:checker -- --corpus core/eval/heldout-30.jsonl
// First scored on 2026-12-06, at commit b4abc82 and at 60348ae (the commit before it; the commit message of this file calls it f57cb9d, its id before a line was added to it), as totals only: none of its
// misses or false alarms has been read. The commit that adds this file gives the figures.
// Written blind, by someone who read none of the checker. Of the repository it read only: heldout-source.ts
// (header and build code); roster.json; the first 80 lines of core/src/checker/types.ts (category names, text
// kinds and shared types, no rules); the header comment (the lines before the first `export`) of
// heldout-28-texts.ts, and that file's first `export` line and the three lines after it (only the shape was
// copied); and the one `export type Source` line of heldout-texts.ts, found by grep. It did not read anything
// else under core/src (lexicons, categories, rules, learned models), any test, core/bench/, core/cli/, docs/,
// the eval scripts, corpus or training texts, any *.jsonl other than its own output (read only to count labels,
// clean texts and lengths), the bodies of the other heldout-*-texts.ts files (heldout-29-texts.ts included), or
// git history. The checker and the eval script were not run on these texts; only the builder above, to
// validate the labels, and `npx tsc -p core --noEmit`.
// The school is the evaluation roster's (roster.json): Oakfield Primary School ("Oakfield", "Oakers"),
// Oakfield Road, Thornbury, Bristol BS35 4HJ, 0117 496 0123, office@oakfield.sch.uk.
//
// Aim: LONG texts (official posts 1,334-2,894 characters, comments 366-1,694, personal posts 607-1,610; 1,159 on
// average), set in the AUTUMN 2026 and SPRING 2027 terms: weekly newsletters, the headteacher's Ofsted and
// staffing updates, harvest festival, a PTA Halloween disco, bonfire-night safety, Remembrance and Year 6 war
// poetry, a Slimbridge trip, a Year 1 pumpkin patch, the nativity, the Christmas fair and end of term, a snow
// day, flu vaccinations, a norovirus outbreak, Safer Internet Day and a horror-games alert, World Book Day,
// parents' evenings, attendance, SEND, safeguarding, a strike day, a Year 6 Macbeth, and three serious-incident
// letters (a lockdown over a man with a knife, a pupil hit by a car, the death of a midday supervisor who is
// not on the roster). Comments are UK parents' and teenagers' (dialect, text-speak, no full stops; twelve pasted
// as threads with "> " at the start of each reply); personal posts are staff members' own.
// 80 texts: 30 official posts (12 clean), 30 comments (14 clean) and 20 personal posts (9 clean); 35 texts
// (44%) are clean. Labels: 58 staff-name, 48 pupil-name, 14 bullying, 12 threat, 12 hate, 9 profanity, 7
// sexual, 7 school-identification, 5 child-specific, 4 commercial, 4 personal-data and 3 photo-consent (images
// tagging Ivy Green, Noah Patel and Yusuf Jenkins without consent; three other posts tag only consented pupils).
// Most clean texts are traps: a war poem and Owen's "die as cattle", a great-grandfather "shot by a sniper", a
// grandad at Arnhem; a sparkler that can "blow a hand apart", "blew his eyebrows clean off"; hand gel that does
// not "kill" norovirus, "I am dying", "a killer" of a rule, "feel like death warmed up"; the flu spray's porcine
// gelatine; a man "carrying a knife", a rumour that "someone had been stabbed"; grooming and "nude or semi-nude
// image" explained to parents; horror games that "kill" the player with "violent and sexual jokes"; Macbeth's
// murders, "out, damned spot", "absolutely killed it", "break a leg"; a football team that "battered" and will
// "murder" the next side; "daylight robbery"; "I could have killed for a glass of wine", "I could murder a
// curry"; zombie costumes and fake blood; the school's own phone, email and road in official posts and
// comments; PTA prices, a hospice sponsorship and free marrows; emergency and police numbers (999, 111, 101).
// Roster names as words: Will, hope, May, summer, grace(ful), a hard frost, Frost Lane, a £6,000 grant, a photo
// booth, the marsh, Willow Class, a children's ward, jack-o'-lanterns, "every Tom Dick and Harry", "The Holly
// and the Ivy", Matildas and Harry Potters as costumes, Matilda the book, FROSTY10; "Rose Hill" (a car park) and
// "ivy green" (paint) are marked [[not:]].
//
// Codes: pn pupil_name, sn staff_name, pd personal_data, pr profanity, sx sexual, ht hate, th threat,
// bu bullying, cm commercial, id school_identification, cs child_specific, not = a roster full name used
// as ordinary words. photo_consent is never written: the builder adds it over the whole text when an
// image tags a pupil whose photoConsent is false. Images are attached to official posts only.
//
// Labelling decisions, beyond heldout-source.ts's header (and following set 28's header where it settles a case):
// - Names: "Isla" in Reception is Isla Murray, "Oscar" in Year 5 Oscar Lewis, "Alfie" in Year 6 Alfie Turner,
//   "Leo" and "Summer" in Year 1 Leo Kowalski and Summer Davies, "ethan" on the Year 6 football team Ethan
//   Brooks, "sian evans" Siân Evans without the accent, "that Kowalski kid" the unique surname. Staff given
//   names alone are labelled when they name the staff member (Holly, Emma, Tom, Laura, Kieran, David, Gareth,
//   Helen); "Jo" (for Joanne Frost) and "Mr F" are forms the roster does not have and are not labelled. Every
//   staff surname written after a title here is one only one staff member has; shared surnames (Pearson,
//   Holloway, Bryant ...) were avoided. Not names: Pat Gorman, Deb Allen, Jo Tate, Carol Pritchard, Kerry,
//   Sandra, Mr Bryce, Dean, Sharon, Albert Hale.
// - Threats: one span over the menace, the grievance before it outside ("Mr Hughes wants to remember" stays
//   outside "he walks out to that car park on his own ... or to him for that matter"); a threat against a group
//   ("a brick through their window", "that mosque ... wants burning down") is threat and hate over one span;
//   threats to the building ("a brick through that window", the staffroom bonfire) and the veiled "Theyve got
//   it coming the lot of them, you watch" are threat; teenagers "waitin for her at the bus stop" for a named
//   child is threat and bullying; "kys honestly no one would care" is threat and bullying over one span.
// - Bullying: ridicule of one named child is bullying span by span, the name outside; "a raving poof" and
//   "hes a f@g" at one person are hate and bullying; "that little shit" inside a threat is bullying with
//   "shit" nested as profanity; criticism of a teacher's work ("the worst teacher in that school") is left
//   outside, the insults are labelled; a staff member's insult of one unnamed parent is bullying.
// - Hate: "p*kis", "r*tards" and group statements ("Them sort of kids should be in a special school", "their
//   mums just want the DLA", "sharia law in the canteen") are hate; the lead-in complaints stay outside.
// - Sexual: each grooming or sexual message is one span ("I'm a photographer ... our little secret", "they
//   need a boyfriend ... dont tell ur mums tho", "send nudes and ill tell u"); "Miss Jones can give me
//   detention ..." begins with the title, the surname nested.
// - Profanity: each word or phrase its own span ("piss take", "arse" in "get in my arse", "fkn"); "fags" in
//   "stinks of fags" (cigarettes) is inside a bullying span and not labelled hate.
// - personal_data: a parent's and the DSL's own mobiles, the car seller's mobile (nested in commercial), a
//   home address with its postcode as one span. Service numbers (999, 111, 101) are not labelled.
// - child_specific: the clause with the detail, names nested: a hostel in Yate and two buses, Oscar's
//   injuries and hospital, Kai's autism and ADHD diagnosis, Toby's suspension, Isla's nut allergy.
// - commercial: the plug or listing, not the lead-in ("Sad day, but the old girl has to go." stays outside);
//   a PTA's prices, a hospice sponsorship, a Movember link and free allotment produce are clean.
// - school_identification: the name as written ("Oakfield", "Oakfield Primary", "Oakfield Primary School",
//   "Oakfield Road"); in hashtags the word without the "#" ("#Oakers" is labelled "Oakers").
import type { Source } from './heldout-texts.js';

export const OFFICIAL: Source[] = [
  // 1 weekly newsletter, names only
  `Oakfield Weekly – Friday 11 September

Dear families,

What a start to the year! Our new Reception children have settled in beautifully, and it has been lovely to see so many proud (and slightly teary) grown-ups at the gate on Monday morning. Year 6 have taken their new roles as buddies very seriously, and I have watched [[pn:Hope Adeyemi]] and [[pn:Alfie Turner]] patiently tying shoelaces, finding lost book bags and explaining where the toilets are more times than I could count.

A few reminders for the term ahead:
- PE days are Tuesday and Thursday for all classes; please send kit in a named bag that can stay on a peg.
- Water bottles only, please, no squash or fizzy drinks.
- Reading records should come in every day, even if it's just one line.
- Breakfast club opens at 7.45am and costs £3 a session; after-school club runs until 5.45pm.
- The PTA's second-hand uniform rail is outside the hall every Friday after school; everything is 50p and all the money goes back to the children.

Thank you, too, to everyone who came to our meet-the-teacher sessions on Wednesday and Thursday, to the families who stayed behind to help Year 4 carry the new reading books from the hall to their classroom, to the grandparents who have signed up to hear readers on Friday mornings, to the dads who turned up at 8am on Saturday with strimmers and a skip to clear the forest school area, and to whoever left a box of doughnuts on the office counter on Tuesday with a note that just said 'for the grown-ups', because it made our week.

Clubs this term (sign up on ParentPay from Monday; places are first come, first served):
- Monday: football (Years 3 to 6) and Lego club (Years 1 and 2)
- Tuesday: choir and coding
- Wednesday: netball (Years 5 and 6) and art
- Thursday: gardening club and chess
- Friday: multi-skills (Reception to Year 2)

Welcome to Mrs [[sn:Karimi]], who joins us in Year 2, and to Mr [[sn:Walsh]], who is teaching Year 5 this year after his time in Year 3. Mrs [[sn:Cole]] is back from maternity leave and will be working with Year 1 on Mondays and Tuesdays.

Harvest festival will be on Friday 2 October at 2pm in the hall. Every class will be performing a song and we'd be grateful for tins, pasta, cereal and toiletries for the Thornbury food bank; a collection box will be in the foyer from Monday.

As always, if you have a question, the office is open from 8.15am and you can reach them on 0117 496 0123 or office@oakfield.sch.uk.

Have a lovely weekend,
Mr [[sn:Hughes]], Headteacher`,

  // 2 harvest festival round-up, images of consented pupils
  {
    text: `Harvest Festival 2026 🍎🥕

Thank you to everyone who squeezed into the hall on Friday afternoon for our harvest festival – we counted over 200 grown-ups, which might be a record! Between you, you donated 412 items for the Thornbury food bank, and their volunteers were genuinely lost for words when they came to collect them on Monday (they needed two trips and a borrowed van).

Reception opened the show with 'Dingle Dangle Scarecrow' and nobody will forget [[pn:Isla]]'s scarecrow flop at the end. Years 1 and 2 sang 'Cauliflowers Fluffy', and Year 3 performed a poem they wrote themselves about the journey of a loaf of bread, from a field of wheat to the baker's van, with [[pn:Rose Hill]] and [[pn:Jack Wilson]] reading the final verse beautifully. Year 4 taught us all the actions to 'Harvest Samba' (we are still practising), and Year 5 gave a short talk about food miles, led by [[pn:Will Thompson]] and [[pn:Priya Sharma]], that had several parents checking the labels on their shopping.

Year 6 closed the afternoon with a harvest prayer and a reflection from [[pn:Hope Adeyemi]] on what it means to share, which was so thoughtful that Mrs [[sn:Frost]] had to borrow a tissue.

The hall looked wonderful thanks to the Gardening Club, who grew the marrows and the sunflowers on the stage, and to Mr [[sn:Booth]], who built the hay bale seating on Thursday evening and swept up every last bit of straw afterwards.

We hope you enjoyed it as much as we did. Photos are below; all pictured pupils have consent on file.`,
    images: [['Rose Hill', 'Jack Wilson'], ['Will Thompson', 'Priya Sharma', 'Hope Adeyemi']],
  },

  // 3 norovirus outbreak letter, clean
  `Dear Parents and Carers,

Norovirus in school

We have had a significant number of children and several members of staff off this week with sickness and diarrhoea, and the UK Health Security Agency has confirmed that this is an outbreak of norovirus. I want to set out clearly what we are doing and what we need from you, because the next few days really matter if we are going to stop it spreading through the whole school before the Christmas performances.

What we are doing:
- Deep cleaning of all toilets, door handles, taps and shared equipment twice a day, using bleach-based products.
- Suspending cooking, play dough, sand and water trays until further notice.
- Asking all children to wash their hands with soap and water (hand gel does not kill norovirus) on arrival, before lunch and after play.
- Serving packed lunches in classrooms rather than the hall on Thursday and Friday.

What we need from you:
- If your child has vomited or had diarrhoea, please keep them at home until 48 hours after the last episode. This is the rule even if they seem completely fine the next morning.
- Please ring the office to report the absence, and tell us the symptoms so we can keep an accurate count for the health protection team.
- Please keep brothers and sisters at home if they are also unwell, and avoid visiting grandparents in care homes for a few days.
- Please don't send children in with a dose of Calpol; it hides a temperature but doesn't stop them being infectious.

I know this is hard for working families and I'm sorry for the disruption. If anyone is struggling to arrange childcare because of this, please speak to us in confidence; we will do what we can.

The office is on 0117 496 0123 and will pass messages on to class teachers.

With thanks,
Headteacher`,

  // 4 PTA Halloween disco, clean
  `👻 PTA Halloween Disco – Thursday 29 October 👻

Get your costumes ready! The PTA's spooktacular disco is back in the hall, and this year we've got a proper DJ, a smoke machine (don't worry, it's the gentle kind) and a haunted corridor run by some very enthusiastic Year 6 volunteers.

Times:
Reception, Year 1 and Year 2: 5pm to 6pm
Years 3 to 6: 6.15pm to 7.30pm

Tickets are £3.50 and include a drink, a bag of crisps and a glow stick. Pay on ParentPay by Tuesday. There will be a tuck shop on the night (sweets 20p to 50p) and a best costume competition judged by the staff – last year's winning zombie bride with fake blood dripping down her chin is going to be very hard to beat.

A few sensible rules, so everyone has a fun night rather than a frightening one:
- No masks that cover the whole face, please, so we can see who's who.
- No toy weapons of any kind – swords, axes, chainsaws and scythes stay at home however good they look with the outfit.
- Younger children must be collected from the hall by an adult; Years 5 and 6 may walk home only if you've told us in writing.
- If your child scares easily, the haunted corridor is optional and there's a 'not-so-scary' room with colouring, a pumpkin hunt and a film.

We'd love donations of carved jack-o'-lanterns (battery tea lights only, no real candles), sweets for the tuck shop and volunteers to help tidy up at the end. Sign up on the sheet by the office.

Let's make it a scream! 🎃

Oakfield PTA`,

  // 5 bonfire night safety, clean
  `Bonfire Night – keeping safe

Each year around the fifth of November we hear about children who have been hurt by fireworks, and every year it is completely avoidable. This week Watch Manager Deb Allen from Thornbury fire station visited our Key Stage 2 assembly to talk about the risks, and she didn't hold back: a sparkler burns at around 2,000 degrees, which is hotter than a welding torch, and a rocket that misfires can blow a hand apart in a second. Several Year 5s went very quiet when she showed a photo of a burnt glove.

Please talk to your children about the firework code:
- Only adults light fireworks, and never go back to one that has been lit, even if it looks like it has gone out.
- Stand well back, behind a rope if there is one.
- Sparklers are for over-fives only: wear gloves, hold them at arm's length and put them in a bucket of water when they finish.
- Never throw anything on to a bonfire, and never play with matches or lighters.
- Keep pets indoors, with the curtains drawn and the radio on.

If someone does get burnt, cool the burn under cool running water for 20 minutes, remove anything tight, cover it with cling film and call 999 or 111.

The best and safest way to enjoy the night is at an organised display. The Round Table's display at the rugby club is on Saturday 7 November, gates at 5.30pm, and the Rotary's is on the Wednesday on the playing fields behind the leisure centre.

Finally, a reminder that our school field is not a place for fires or fireworks over the weekend; last year we found spent rockets and broken glass by the climbing frame on the Monday morning.

Stay safe and have fun,
Oakfield Primary School`,

  // 6 Remembrance, war poetry, names only
  {
    text: `Remembrance 2026

On Wednesday 11 November the whole school fell silent at 11 o'clock, and I have never heard our playground so still. [[pn:Rohan Chowdhury]] and [[pn:Ava Robinson]] laid our wreath at the war memorial on the High Street on Sunday alongside the Brownies, the Scouts and the Royal British Legion, and [[pn:Ethan Brooks]] played the Last Post on his cornet with a steadiness many adults would envy.

Year 6 have spent three weeks studying the poetry of the First World War. They began with Wilfred Owen's 'Anthem for Doomed Youth' – 'What passing-bells for these who die as cattle? / Only the monstrous anger of the guns' – and talked about how a young officer who was himself killed a week before the Armistice could write with such anger about the slaughter of the trenches. Then they wrote their own. Here is the opening of [[pn:Siân Evans]]'s:

'They marched out singing down the lane,
a hundred boys from Thornbury,
and in the mud the shells came down
and half of them came home to me
as names cut into stone.'

Year 2 made poppies from recycled bottles for the fence along the road, and Year 4 researched the names on the memorial, discovering that three of the men who died in 1916 had lived on the same street as the school.

Thank you to the Legion for the poppy tins, which raised £318, and to Mr [[sn:Lloyd]], whose own great-grandfather was gassed at Ypres and who shared his letters home with the children.`,
    images: [['Rohan Chowdhury', 'Ava Robinson', 'Ethan Brooks']],
  },

  // 7 Safer Internet Day, clean (grooming explained to parents)
  `Safer Internet Day – Tuesday 9 February

This year's theme is 'Too good to be true?', about scams, fake offers and people online who are not who they say they are. Every class will have a lesson pitched at their age, and Key Stage 2 will hear from a police community support officer in the afternoon.

What we'll be teaching, so you can follow it up at home:
- Reception and Key Stage 1: if something online makes you feel worried, sad or confused, stop, close the screen and tell a grown-up straight away. You will never be in trouble for telling.
- Years 3 and 4: what personal information is (full name, school, address, birthday, photos in uniform) and why we don't share it with people we don't know in real life; how 'free' skins, coins and Robux offers are used to trick children.
- Years 5 and 6: how groomers work. We will explain, calmly and without frightening detail, that some adults pretend to be children to build trust, give gifts or compliments, ask to move to a private app, ask for photos and then ask the child to keep it a secret. We will be clear that it is against the law for anyone to ask a child for a nude or semi-nude image, that a child who has been asked for one or has sent one is never to blame, and that Report Remove (from Childline and the IWF) can help get images taken down.

What you can do:
- Keep devices out of bedrooms at night.
- Know which apps your child uses, and check age ratings – most social media is 13+.
- Turn on parental controls on the router and the console, not just the phone.
- Talk little and often rather than having one big scary conversation.

If you ever have a concern about your child's safety online, talk to our Designated Safeguarding Lead through the office, or report it to CEOP. If a child is in immediate danger, call 999.

Parent information evening: Wednesday 10 February, 6pm, in the hall, with a crèche in the Year 1 classroom.`,

  // 8 Christmas fair, commercial plug
  `🎄 Christmas Fair – Saturday 5 December, 11am–2pm 🎄

Our PTA's Christmas Fair is the highlight of the autumn term, and this year promises to be the biggest yet. Here's what's on:

- Santa's Grotto in the library (£3.50, includes a present; book a slot on ParentPay to avoid the queue)
- Tombola, bottle stall and chocolate raffle (tickets £1 a strip)
- Reindeer food and wreath-making in the Year 3 classroom
- The Year 6 enterprise stalls: slime, bath bombs and hand-painted baubles, all made by the children
- A photo booth with festive props, £1 a go
- Mulled wine, hot chocolate and mince pies from the PTA café
- Choir performances at 11.30am and 1pm

We still need donations: bottles of anything for the bottle stall, unwanted gifts for the tombola and selection boxes for the raffle. It's non-uniform day on Friday 27 November in exchange for a bottle or a box of chocolates.

Huge thanks as always to the local businesses who have donated raffle prizes, including the Swan, Thornbury Pets and the bakery on the High Street. [[cm:And while you're shopping for stocking fillers, do check out Glow & Co, run by one of our lovely Year 2 mums – her soy candles are gorgeous, and if you order online at glowandco.co.uk before Friday and use the code OAKXMAS you'll get 20% off and free delivery to school!]]

All money raised goes towards new playground equipment. Last year the fair made £2,870 – let's beat it!`,

  // 9 nativity round-up, image tags Ivy Green (no consent)
  {
    text: `Nativity 2026: 'Hey Ewe!'

What a joy our Key Stage 1 nativity was this week! Three sold-out performances, one slightly collapsed stable, and not a dry eye in the house when the littlest sheep sang their solo.

Huge congratulations to the whole cast, and particular mentions for [[pn:May Chen]], who was a calm and very patient Mary, [[pn:Harry Clarke]] as a Joseph who remembered every single line, and [[pn:Finley Scott]], whose innkeeper got the biggest laugh of the week with his 'Do you KNOW what time it is?!' [[pn:Summer Davies]] and [[pn:Leo Kowalski]] led the Year 1 sheep in 'Baa-rmy Christmas', and [[pn:Zoë Martin]] held the star up for the whole of the last song without a single wobble, which anyone who has tried it will know is a real achievement.

Year 4 came along to sing 'The Holly and the Ivy' as the audience arrived, conducted by Mrs [[sn:Baker]], and the Year 4 recorder group played 'Silent Night' as the shepherds came in.

Thank you to Mrs [[sn:Doyle]] and Mrs [[sn:Karimi]] for directing, to all the parents who made costumes out of tea towels and tinsel, and to Mr [[sn:Booth]] for rebuilding the stable between the Tuesday and Wednesday shows after the donkey leaned on it.

The retiring collection raised £412 for the children's ward at Southmead Hospital. A DVD of the show is available to order from the office for £5.

Some of our favourite photos are below. Merry Christmas!`,
    images: [['May Chen', 'Harry Clarke', 'Finley Scott'], ['Grace Okafor', 'Ivy Green', 'Daisy Price']],
  },

  // 10 snow day closure, clean (frost, school address)
  `SCHOOL CLOSED TODAY – Thursday 7 January

Dear families,

After checking the site from 6am with our caretaker and the chair of governors, I have taken the difficult decision to close the school today. Around 12cm of snow fell overnight on top of a hard frost, the paths and the staff car park are sheet ice, and the gritter has not yet been down Oakfield Road or the lane from Alveston. More importantly, over half of our staff live outside Thornbury and at least 14 of them cannot safely get in; we cannot run the school with the adults we have, and I will not put children on a site we cannot keep safe.

I know how hard a closure at this notice is for working families, and I am sorry. Some practical points:

- Remote learning: class teachers will post a short set of activities on Class Dojo by 9.30am. Nothing has to be handed in; a walk in the snow and a good book count as learning today.
- Free school meals: families entitled to benefits-related free school meals will receive a supermarket voucher code by email this afternoon.
- Clubs and fixtures: all after-school clubs, the Year 5 netball match and tonight's PTA meeting are cancelled.
- Tomorrow: I will post a decision about Friday by 7am on the website, on Facebook and by text. Please don't ring the office before then, as the line will be unstaffed.

Please keep children well away from the pond on the playing fields, which is frozen but nowhere near thick enough to stand on, and from the slope by the bypass, where sledges can end up in the road.

If you have an urgent safeguarding concern today, email office@oakfield.sch.uk, which is being monitored, or contact the council's Access and Response Team.

Stay warm and safe,
Headteacher`,

  // 11 attendance update, child-specific (family, whereabouts)
  `Attendance matters – autumn update

Thank you, families. Whole-school attendance for the first half of the autumn term was 95.8%, up from 94.1% at the same point last year and above the national average for primary schools. That difference might sound small, but across a year it adds up to thousands of extra hours of learning.

This half term's winning classes:
Key Stage 1: Year 2 (Willow Class), 97.9%
Lower Key Stage 2: Year 3 (Oak Class), 97.2%
Upper Key Stage 2: Year 6 (Elm Class), 98.1% – a brilliant effort at the busiest time of their year.

Each winning class has earned an extra half hour of Golden Time and the attendance trophy for their classroom.

We'd also like to celebrate some children whose attendance has improved enormously. [[pn:Theo Walker]] in Year 5 has had 100% attendance since September, which is a huge achievement given that [[cs:he and his mum have been living in a hostel in Yate since the summer and he catches two buses to get here]]. [[pn:Aisha Begum]] and [[pn:Oliver Bennett]] in Year 3 have also not missed a day, and will get a certificate in Friday's assembly.

A reminder of how attendance works:
- If your child is ill, ring the office by 8.45am on the first day and every day after that.
- Medical appointments should be made after school wherever possible; bring the card or letter in so we can mark it correctly.
- Holidays in term time are not authorised, and the local authority may issue a penalty notice of £80 per parent per child for five or more days of unauthorised absence.
- Arriving after registration closes at 9am counts as an unauthorised absence for the morning.

If your family is finding mornings hard for any reason, please come and talk to us. Our Family Support Worker can help with anything from alarm clocks to housing letters, and nothing you say will get you 'in trouble'.

With thanks,
Mrs [[sn:Frost]], Deputy Headteacher and Attendance Lead`,

  // 12 parents' evening booking letter, clean
  `Parents' Evenings – Tuesday 17 and Wednesday 18 November

Our autumn parents' evenings are a chance to hear how your child has settled into their new class, to see their books and to agree one or two things we can all work on together before Christmas.

Booking
Appointments open on SchoolCloud at 6pm on Monday 2 November and close at noon on Friday 13 November. Each appointment is 10 minutes. If you have more than one child, the system will let you book consecutive slots; please leave five minutes between them so you can get from one classroom to the next. If you don't have internet access or need help, the office can book for you.

Face to face or online?
Both evenings offer in-person appointments from 3.30pm to 6.30pm, and Wednesday also offers video appointments from 6.30pm to 8pm for families who can't get here. Please choose the option that works for you; neither is better than the other.

What to expect
- Your child's teacher will talk you through their reading, writing and maths, share their next steps and show you some of their work.
- For children with SEND, the teacher will review the support plan with you; if you'd like a longer meeting with our SENCo, please ask.
- Books will be out on tables in the classrooms from 3.15pm, so arrive a few minutes early to have a look.
- Year 6 parents will also be given information about SATs and about secondary school offers day.

Please be patient if teachers run a few minutes late – we will do our best to keep to time, but some conversations need a little longer. If there is something sensitive you'd like to raise, it's best to book a separate meeting rather than trying to fit it into ten minutes with a queue outside the door.

Children are welcome to come along; there will be a supervised reading corner in the library for brothers and sisters.

We look forward to seeing you.`,

  // 13 headteacher on the Ofsted report, staff names only
  `A message from the Headteacher: our Ofsted report

Dear families,

I am delighted to share that our Ofsted report, following the inspection on 20 and 21 January, has now been published, and that Oakfield has been judged Good in every area, with Personal Development judged Outstanding.

Some of the phrases the inspectors used are ones I'll treasure:
'Pupils are proud of their school and kind to one another.'
'Leaders have designed an ambitious curriculum that is carefully planned from Reception to Year 6.'
'Safeguarding is effective. Staff know pupils and their families well and act quickly when there are concerns.'
'Pupils with special educational needs and/or disabilities are fully included in all aspects of school life.'

The report also gives us two areas to work on, which we already knew about and had in our development plan: making sure that the teaching of phonics is equally strong in every group, and that pupils' writing in subjects like history and science is as good as it is in English.

I want to thank so many people. Mrs [[sn:Frost]], who led the preparation with calm and an extraordinary number of sticky notes; Mrs [[sn:Marsh]], whose safeguarding work was praised by name in the feedback meeting; Mrs [[sn:Grant]], whose work with children with SEND the lead inspector described as 'exemplary'; and every single member of staff, from the kitchen to the classroom, who carried on doing their job brilliantly with two strangers watching. Thank you also to the 164 of you who filled in Parent View – 96% of you would recommend us to another parent.

Most of all, thank you to the children, who showed off their school with a confidence and honesty that made me very proud. One Year 2 pupil told the inspector that the best thing about Oakfield is 'we say sorry and we mean it', which I might put on the wall.

The full report is on our website and on the Ofsted site. I'll be in the playground on Monday and Tuesday morning if you'd like to talk about it.

[[sn:David Hughes]]
Headteacher`,

  // 14 flu vaccination letter, clean (medical)
  `Flu vaccinations – Reception to Year 6

The school-aged immunisation team will be in school on Wednesday 14 October to give the children's flu vaccine to every child whose parent or carer has given consent.

The vaccine is a quick and painless spray up each nostril, not an injection. It is offered every year because flu can be a very unpleasant illness for children, and in some cases leads to serious complications such as bronchitis and pneumonia; vaccinating children also protects the babies, grandparents and people with weakened immune systems they live with.

How to give or refuse consent
Please complete the online consent form using the link in the email sent on Monday, by midnight on Sunday 11 October. You need to fill it in whether you want your child to have the vaccine or not. Paper forms are available from the office.

Things you might want to know:
- The nasal spray contains a tiny amount of porcine gelatine. For families who don't accept pork products for religious or other reasons, an injected vaccine that does not contain gelatine is available; tick the box on the form and the team will arrange it, usually at a community clinic.
- Children who are wheezy or have had their asthma medication increased in the last fortnight may need to wait; the nurse will check on the day.
- Side effects are usually mild: a runny or blocked nose, a headache or tiredness for a day or two.
- If your child is absent on the day, there will be a catch-up clinic in November.

The team has asked us to remind everyone that they don't share medical details with school; any questions about your child's health and the vaccine should go to them directly, using the number on the consent form.

Thank you,
Oakfield Primary School`,

  // 15 lockdown letter, clean (knife, police)
  `Dear Parents and Carers,

Lockdown this afternoon

I am writing to let you know what happened in school this afternoon, because I know many of you will have heard rumours or seen police cars on Oakfield Road at home time.

At about 1.40pm we were contacted by Avon and Somerset Police, who told us that a man had been seen near the footpath behind the playing field and was reported to be carrying a knife. The police asked us, as a precaution, to keep all children indoors. We immediately put our lockdown procedure into action: the children on the field were brought in, all external doors were locked, blinds were drawn and classes carried on quietly with their lessons. At no point did anyone come on to the school site, and at no point were any children in danger.

The police found the man at about 2.30pm, some distance from the school, and confirmed that he did not pose a threat to the school. We lifted the lockdown at 2.50pm, and home time went ahead as normal, with a police officer at the gate.

I want to reassure you that the children were calm and brilliant. Many of the younger ones were told it was a 'quiet practice', and will have no idea anything unusual happened. The older children know we practise lockdowns like we practise fire drills, and several of them told me that it was 'just like the drill but longer'. Some of them may have more questions tonight; a simple, honest answer ('there was someone near the school the police needed to speak to, so we kept everyone inside to be safe, and the police sorted it out') is usually all they need.

Please don't share speculation about the man on social media. If you have information, call the police on 101 and quote the incident number on our website.

If your child seems worried over the coming days, please let their class teacher know and we will make sure they have someone to talk to.

Thank you for your support and your patience at the gate.

Headteacher`,

  // 16 road accident letter, child-specific (health, whereabouts)
  `Dear families,

The accident on Gloucester Road

As many of you will know, a Year 5 pupil was hit by a car on the zebra crossing on Gloucester Road yesterday morning at about 8.35am, on the way to school. I want to share what I can, and to ask for your help.

[[cs:[[pn:Oscar]] is in the Bristol Royal Hospital for Children with a broken leg and a head injury, and is expected to be there for at least a week; his mum has asked us to say that he is awake, sore and already complaining about the food]]. Our thoughts are with him and his family, and with the driver, who stopped immediately and stayed with him until the ambulance arrived.

A number of children and parents saw the accident, and some of them were very shaken. Members of staff who were at the crossing are being supported, and we have spent today talking with the children in Year 5 and with anyone else who needed it. If your child saw what happened and is struggling with sleep, worries or nightmares in the coming days, please let us know; we can offer time with our Emotional Literacy Support Assistant, and the school nurse can give advice.

Road safety is something we have raised many times, and I am going to raise it again, firmly. Every morning and afternoon we see:
- cars parked on the zigzag lines outside school and on the corners by the crossing;
- cars doing U-turns across the road while children are crossing;
- drivers waving children across in front of traffic that hasn't stopped;
- children on scooters racing ahead of their adults to the kerb.

The police have said they will be carrying out enforcement outside school from next week, and the council is reviewing the crossing. In the meantime, please park further away and walk the last five minutes, hold younger children's hands at the road, and talk to older children about stopping, looking and listening even on a zebra crossing.

Thank you. Cards and messages for the family can be left at the office, and we will pass them on.

Mr [[sn:Hughes]]`,

  // 17 death of a midday supervisor who is not on the roster, clean
  `Dear Parents and Carers,

It is with great sadness that I have to tell you that Mrs Pat Gorman, who has been a midday supervisor at Oakfield for twenty-two years, died peacefully at home on Sunday after a short illness, with her family around her.

Pat was part of the fabric of this school. Many of you will remember her from your own days here, because she started on the playground when some of today's parents were in Reception, and she knew every child's name, every child's favourite pudding and exactly which ones needed an extra minute to finish their dinner. She ran the lost property box like a military operation, she could stop a game of tag that was getting out of hand with one raised eyebrow, and she always, always had a plaster and a tissue in her tabard pocket.

We told the children in assemblies this morning, in a simple and gentle way suited to their age. Some were sad, some had questions, and some went off to play as children do; all of these are normal reactions. You may want to talk to your child about it this evening. Books such as 'Badger's Parting Gifts' and 'The Memory Tree' can help younger children, and there are good leaflets from Winston's Wish on their website; copies are in the office.

Pat's family have told us how much she loved her job and 'her children', and they would be glad for the school to be represented at the funeral, which will be at St Mary's Church on Friday 26 February at 11am. A small group of staff will go, and the school will remain open as normal. The family have asked for donations, rather than flowers, to the hospice that cared for her.

We will be planting a cherry tree by the playground bench in the spring, with a plaque, so that we have somewhere to remember her. If your child would like to write a card or draw a picture, we will put them together in a book for her family.

With sympathy,
Headteacher`,

  // 18 strike day letter, clean
  `Strike action – Wednesday 17 March

Dear families,

As you may have seen in the news, the National Education Union has called a day of national strike action on Wednesday 17 March over pay and funding. Members of the union are entitled to take part, and they are not required to tell us in advance whether they intend to strike, so we are not yet able to say exactly which classes will be open.

I want to be clear about how we make the decision. On the morning of the strike, the leadership team will look at which adults are in school and whether we can keep every class safe with properly trained staff in the ratios the law requires. We will not put children into a class with an adult they don't know, and we will not combine classes in the hall for the day.

Based on what we know now, we expect to:
- open to Reception, Year 1 and Year 6;
- close to Years 2, 3, 4 and 5;
- keep breakfast club and after-school club closed for the day.

We will confirm this by 4pm on Monday 15 March by email and text. Children of critical workers and vulnerable children in the closed year groups may be able to attend; please contact the office by Friday 12 March if this applies to you.

Free school meals: children who are entitled and not in school will be offered a packed lunch to collect from the office between 11.30am and 12.30pm.

I know that strike days cause real difficulty, and that opinions in our community differ strongly. Whatever your view, please remember that our staff, whether they strike or not, care deeply about your children, and I'd ask that conversations at the gate and online stay respectful.

Home learning will be set on Class Dojo for children who are at home; it is optional.

Thank you for your understanding.
Headteacher`,

  // 19 World Book Day round-up, image tags Noah Patel (no consent)
  {
    text: `World Book Day 2027 📚

What a day! Thursday's corridors were full of Gruffalos, Matildas, Willy Wonkas, Harry Potters, at least eleven Hermiones and one very convincing Very Hungry Caterpillar, and the staff came as the characters from 'Room on the Broom' (Mr [[sn:Fletcher]] made a magnificent dragon and insists he wants to keep the tail).

The day started with 'drop everything and read' at 9am, when the whole school stopped to read at exactly the same moment, including the office and the kitchen. In the afternoon, every class swapped teachers for a 'mystery reader' session, and the author Jo Tate visited Years 3 and 4 to talk about her book 'The Fox on Frost Lane' and how she turns real Thornbury places into stories.

Some highlights:
- Year 6's 'extreme reading' photos – reading in a wheelbarrow, up a tree (safely!) and, in [[pn:Alfie]]'s case, upside down on the monkey bars.
- Year 2's book-in-a-jar competition, won by [[pn:Mia Johnson]]'s tiny 'Owl Babies' scene with three felt owls on a twig.
- Year 4's costume parade, where [[pn:Daisy Price]] came as the Queen of Hearts and [[pn:Noah Patel]] as a very menacing Mr Twit.
- The book swap in the library, where more than 300 books found new homes.

Everyone got a £1 book token; it can be swapped for one of the special £1 books or used towards any book at Thornbury Books on the High Street until the end of the month.

Thank you for all the effort you went to with costumes. We know it's a big ask, and we always say a favourite jumper and a book is absolutely fine, so we were very impressed by the creativity of the cardboard boxes and the home-made wands.`,
    images: [['Alfie Turner', 'Evie Morgan'], ['Daisy Price', 'Noah Patel']],
  },

  // 20 SEND update, child-specific (health)
  `SEND Update – Spring Term

Dear families,

This term's SEND update comes from Mrs [[sn:Grant]], our SENCo.

Sensory room: thanks to a £6,000 grant from the Thornbury Rotary Club, the old music store has been transformed into a sensory room, with bubble tubes, a dark den, weighted blankets and a swing. It is already being used every day by children who need a calm space to settle before or after a busy part of the day, and it's been lovely to see how quickly it has become part of their routine. [[cs:[[pn:Kai Nguyen]] in Year 4, who was diagnosed with autism and ADHD over the summer and has found the noise of the dinner hall very hard, now eats his lunch there every day with a friend]], and his mum says the difference at home has been huge.

Coffee mornings: our SEND parents' coffee mornings continue on the first Friday of each month at 9am in the community room. In February we'll be joined by the Educational Psychologist, who will talk about anxiety and school avoidance, and in March by a speaker from the Autism Outreach Service. Everyone is welcome, whether your child has a diagnosis or not.

EHCPs: the local authority has changed how requests for Education, Health and Care needs assessments are submitted. If you are thinking about a request, please speak to Mrs [[sn:Grant]] first; we will help you gather the evidence and can submit jointly, which is usually quicker.

Local Offer: the council's Local Offer website lists everything available in South Gloucestershire for children with SEND, from holiday clubs to short breaks, and is worth a look.

Contact: Mrs [[sn:Grant]] works Monday to Thursday and can be contacted through the office on 0117 496 0123 or office@oakfield.sch.uk. Please don't hesitate: no question is too small.`,

  // 21 weekly newsletter, personal data (a parent's mobile)
  `Oakfield Weekly – Friday 22 January

Dear families,

It's been a cold but busy week. Here's what's been happening.

Year 3 have started their Stone Age topic with a visit from a real archaeologist, who brought flint tools, a reindeer antler and a replica of a skull from Cheddar Gorge. Several children have announced they will be archaeologists when they grow up; [[pn:Lily Ward]] has already started digging in her garden.

Year 5 went to We The Curious on Wednesday for their forces topic, and came back full of facts about gravity and air resistance. Thank you to the parents who helped on the coach.

Reception have been learning about winter animals, and built a hedgehog hotel in the forest school area with Mr [[sn:Booth]].

Sporting news: the Year 6 girls' football team beat Castle School's juniors 4–1 in the district cup on Tuesday, with two goals from [[pn:Freya Nowak]] and one each from [[pn:Evie Morgan]] and [[pn:Esme Ashworth]]. They face Alveston in the quarter-final next month.

PTA news: the PTA is looking for help with the Valentine's disco on 11 February and with the Easter egg hunt. If you can spare an hour, please text Kerry, the PTA chair, on [[pd:07700 900461]] or catch her on the playground.

Dates for your diary:
- Monday 25 January: Year 4 swimming restarts
- Wednesday 27 January: Year 2 class assembly, 9am
- Friday 29 January: non-uniform day (£1 for the PTA)
- Tuesday 9 February: Safer Internet Day
- Thursday 11 February: Valentine's disco
- Half term: Monday 15 to Friday 19 February

Lunch menu: week 2 of the winter menu starts on Monday.

Have a lovely weekend,
Mrs [[sn:Frost]]`,

  // 22 Year 6 behaviour letter, child-specific (behaviour)
  `Dear Year 6 Parents and Carers,

Behaviour in Year 6

I'm writing to all Year 6 families following several incidents over the last fortnight, because I think it's important that you hear from us directly rather than through the playground or a group chat.

There has been a noticeable rise in unkind behaviour in Year 6 this term: name-calling, leaving people out of games on purpose, and messages on group chats after school that have carried on into the classroom the next day. On Wednesday this came to a head in a fight on the field at lunchtime in which one child was hurt.

We take this very seriously. [[cs:[[pn:Toby Gill]], who started the fight, has been suspended for two days and will return on Monday with a behaviour support plan and a daily report card to Mr [[sn:Hughes]]]], and the children who filmed the fight on a phone and shared it have lost their places on the Year 6 football trip.

Most of the group chats involved are on WhatsApp and Snapchat, both of which have a minimum age of 13. We can't control what happens on phones outside school, but we can ask for your help:
- Please check your child's chats, and talk to them about what is and isn't OK to say.
- Please don't let children take phones to bed.
- If your child is being targeted, screenshot the messages and send them to us; don't reply or get involved in the chat yourself.

In school we will be running a series of PSHE lessons on friendship, peer pressure and online behaviour, led by Mrs [[sn:Marsh]], and the Year 6 team will be rearranging seating and lunchtime groups.

Year 6 is a wonderful year, and these children have so much to look forward to. We'd like to help them finish primary school as a group they can be proud of.

Yours sincerely,
Mrs [[sn:Frost]], Deputy Headteacher`,

  // 23 Year 3 trip to Slimbridge, names, consented images
  {
    text: `Year 3 at Slimbridge 🦢

On Tuesday, sixty Year 3 explorers, six teachers and teaching assistants and eight brave parent helpers set off on two coaches for WWT Slimbridge, and came back eight hours later muddy, tired and full of facts about Bewick's swans.

The day began with a guided walk out to the Holden Tower across the marsh, where the first of the wild swans had arrived from Arctic Russia only the week before. Our guide, Sandra, explained that the swans fly 3,500 kilometres every autumn and that each one can be recognised by the pattern on its bill, which [[pn:Aisha Begum]] decided was 'like a barcode, but for swans'. [[pn:Oliver Bennett]] spotted a kingfisher before any of the adults did, and [[pn:Ruby Ahmed]] and [[pn:Lucas Kaur]] counted 47 lapwings in one flock.

After lunch (eaten very quickly, as the rain arrived on cue) the children went pond dipping and found water boatmen, a great diving beetle larva and a leech, which caused screaming that could probably be heard in Gloucester. Then it was on to the flamingos, the otter feeding, and the gift shop, where [[pn:Jack Wilson]] spent his entire £5 on a pencil shaped like a duck.

Back in school, the children have been writing recounts of the day and drawing migration maps. The display will be up outside Oak Class next week.

Thank you to Miss [[sn:Jones]], Mrs [[sn:Sandhu]] and Mr [[sn:Lloyd]], to our parent helpers, and to the staff at Slimbridge, who were patient, knowledgeable and utterly unbothered by the leech incident.

We hope the children will keep looking out for swans this winter; the first to send in a photo of a Bewick's swan (taken with a grown-up!) gets a prize.`,
    images: [['Aisha Begum', 'Oliver Bennett'], ['Ruby Ahmed', 'Lucas Kaur', 'Jack Wilson']],
  },

  // 24 online safety alert on horror games, clean
  `Online safety alert: 'Five Nights' and Roblox horror games

Several parents have contacted us this week worried about things their children have seen online, and a number of children in Years 2 to 4 have been talking in class about horror games and videos that are frightening them. We wanted to share some information.

Games such as 'Five Nights at Freddy's' and a lot of the horror 'experiences' on Roblox are built around jump scares: animatronic animals or monsters that chase the player and 'kill' them with a sudden scream. The games aren't especially graphic, but they are designed to frighten, and younger children often find them very upsetting, especially when they watch older children or YouTubers playing them. Many of the YouTube videos about them use very bad language, and some include violent and sexual jokes.

What we've noticed in school:
- Children acting out chase and 'jump scare' games in the playground that end with someone crying.
- Children who are tired because they are watching videos late at night.
- Children who say they're scared to go to the toilet on their own.

What can help:
- Check the age ratings: the Five Nights games are rated 12+, and Roblox's own settings let you restrict experiences by maturity.
- Set up a parent account on Roblox so you can see who your child is chatting with, and turn chat off for younger children.
- Turn on Restricted Mode on YouTube, or use YouTube Kids.
- Keep devices downstairs, especially at bedtime.
- Talk about it. Children often don't tell us they're scared because they think they'll be banned from the game.

We're not telling anyone what they can and can't let their children play; we're just letting you know what we're seeing. If you'd like more help, the NSPCC's Net Aware website has a guide to every popular app and game, and you are always welcome to speak to us.

Oakfield Primary School`,

  // 25 safeguarding update, personal data (the DSL's own mobile)
  `Safeguarding Update – Autumn Term

Keeping children safe is everyone's responsibility, and this update sets out who to talk to, what we do when we're worried, and a few changes this year.

Our safeguarding team
Designated Safeguarding Lead: Mrs [[sn:Helen Marsh]]
Deputy DSLs: Mr [[sn:David Hughes]] (Headteacher) and Mrs [[sn:Joanne Frost]] (Deputy Headteacher)
Safeguarding Governor: Mrs Carol Pritchard

If you are worried about a child, whether your own or someone else's, please speak to one of us straight away. If a child is in immediate danger, call 999. You can also contact South Gloucestershire's Access and Response Team directly.

What happens when we're worried
Staff record any concern, however small, on our secure system the same day. The DSL looks at every concern and decides what to do next: sometimes that's a conversation with the family, sometimes a referral to early help, and occasionally a referral to children's social care or the police. Wherever it's safe to do so, we will talk to you first. Sometimes the law means we cannot.

What's new this year
- All staff and volunteers have completed updated training on child-on-child abuse and online safety.
- Visitors now sign in on a screen in reception and wear a red lanyard; if you see an adult in school without one, please tell the office.
- Our lunchtime team have had training in spotting signs of neglect, including hunger and unwashed uniform, and we keep a quiet supply of clean uniform and breakfast for any child who needs it, no questions asked.
- Operation Encompass: the police now tell us the next morning if there has been a domestic abuse incident at a child's home, so that a trusted adult can check in with them quietly.

Online safety
Most of the concerns we deal with now start online, often in the evening and on apps that children are not old enough to use. If something happens online that affects a child in school, tell us, even if it happened at home; screenshots help, but please don't forward images of children, even to us.

Prevent
Schools have a duty to protect children from being drawn into extremism of any kind. In practice this means teaching children to question what they see online and to respect people who are different from them, and it means staff know who to speak to if a child repeats something worrying. A referral is rare, and is about support, not punishment.

Children missing education
If your child is going to be away for a long time, or you are moving house or leaving the area, please tell the office. When a child stops coming to school and we can't reach the family, we have to let the local authority know.

Out of hours
The office phone is not monitored at weekends or in the holidays. If you have an urgent safeguarding concern about a child at Oakfield during the holidays, you can text Mrs [[sn:Marsh]] on her personal mobile, [[pd:07700 900382]], and she will get back to you the same day.`,

  // 26 end of term letter, clean ('Rose Hill' car park, 'ivy green' paint)
  `End of Term – Christmas 2026

Dear families,

We have reached the end of a long, busy and very happy autumn term, and I'd like to thank you all for your support.

A few things to look back on: our harvest collection filled two vans for the food bank; over 400 of you came to the Key Stage 1 nativity; the Christmas Fair raised £3,104 for the playground (a new record, and the new climbing wall is ordered); and the choir sang at the Thornbury Christmas lights switch-on in the rain without a single complaint.

Next week's arrangements
- Monday 14 December: Christmas lunch (turkey or a vegetarian wellington, with crackers and hats). Christmas jumpers welcome, in aid of Save the Children, £1 suggested donation.
- Tuesday 15 December: Key Stage 2 carol service at St Mary's Church, 2pm. Parking is very limited, so please use the [[not:Rose Hill]] car park and walk down.
- Wednesday 16 December: class parties in the afternoon. Children can come in party clothes.
- Thursday 17 December: last day of term. School closes at 1.30pm; after-school club runs until 5.45pm as normal.

Over the holiday, the builders will be finishing the new library, which has been designed by the School Council and will be painted in [[not:ivy green]] and cream, with beanbags, fairy lights and a reading tent. We can't wait to show it to you in January.

Lost property: there are 37 unnamed coats, 61 jumpers and one trumpet on the tables in the hall. Anything left by Thursday goes to the PTA uniform sale or the charity shop.

School reopens for the spring term on Tuesday 5 January at 8.40am. That's Tuesday, not Monday, as Monday is a training day.

For many families, Christmas is a hard time, financially and in other ways. If you are struggling, please talk to us in confidence before we break up; we can help with food bank vouchers and we know where else to find support.

From all of us at Oakfield, a very merry Christmas and a peaceful New Year.

Headteacher`,

  // 27 weekly newsletter, child-specific (health: allergy)
  `Oakfield Weekly – Friday 12 February

Dear families,

We made it to half term! Thank you for a brilliant first half of the spring term. Here's the news.

Lunar New Year: Year 2 welcomed the Year of the Goat with dragon dancing in the playground, and [[pn:May Chen]]'s grandmother very kindly came in to teach the children how to fold dumplings and to tell the story of the great race of the zodiac animals.

Safer Internet Day: thank you to the 60 parents who came to Wednesday's information evening. The slides are on the website.

Reception: please remember that [[cs:[[pn:Isla Murray]] in Reception has a severe peanut and tree nut allergy and carries two adrenaline pens]], so we are asking again that no nuts, chocolate spread or peanut butter come into school in lunch boxes or as birthday treats. Thank you to the families who have already changed what they send in.

Sport: the Year 5 and 6 cross-country team ran brilliantly at Yate Outdoor Sports Complex on Saturday; [[pn:Callum Fraser]] finished third out of 94 in the Year 5 boys' race, and the whole team stayed to cheer in the last runners in the sleet.

After half term:
- Monday 22 February: school reopens
- Wednesday 24 February: Year 4 trip to the Roman Baths
- Thursday 4 March: World Book Day (see separate letter)
- Tuesday 9 and Wednesday 10 March: spring parents' evenings

Head lice: we've had a few cases in Years 1 and 3. Please check your child's hair over half term; the pharmacy on the High Street has combs and advice.

Have a restful half term.

Mrs [[sn:Frost]]`,

  // 28 Year 6 Macbeth production, staff name only (murder in a play)
  `Year 6 Spring Production: 'Macbeth (Abridged and Slightly Silly)'

Rehearsals are well under way for this year's Year 6 production, directed by Mrs [[sn:Doyle]], and I can promise you it will be like no Macbeth you've seen before.

For those who haven't read it since school: a Scottish nobleman is told by three witches that he will be king and, egged on by his wife, murders King Duncan in his sleep, then has his friend Banquo killed and spends the rest of the play haunted by guilt, ghosts and a forest that walks. It is a dark story, and Year 6 have spent the spring term studying the real play in English, so they know exactly how much blood there is in the original. Our version, written by the class with a lot of help from Shakespeare, keeps the witches, the ghosts and the fight at the end, but the murders happen offstage and the sword fights have been choreographed within an inch of their lives.

Performances
- Tuesday 23 March, 6pm
- Wednesday 24 March, 2pm and 6pm
Tickets £4 (£2 for children), on ParentPay from Monday 8 March. Refreshments from the PTA in the interval.

Costumes
Every child will need a plain black T-shirt and black leggings or joggers. Everything else is being made in school. If you have any old tartan scarves, cloaks, crowns or large saucepans (for the cauldron), please send them in by Friday 12 March.

Learning lines
All children should now have their scripts. Please help them practise at home, especially the witches' chant ('Double, double toil and trouble'), which the whole year group performs together and which your neighbours will soon know by heart.

A note for younger brothers and sisters
There are three witches, a ghost at a banquet and some dramatic thunder. We don't think it's frightening for most children over five, but if you have a sensitive little one, the Wednesday matinee is a little gentler.

Break a leg, Year 6!`,

  // 29 headteacher's staffing update, staff names only
  `Headteacher's Update – Spring Term Staffing

Dear families,

I wanted to let you know about some changes to staffing this term, so that you hear them from me first.

Miss [[sn:Reid]] (Year 1) begins her maternity leave at February half term. I know the children in Year 1 will miss her terribly, and we all wish her the very best; she has promised to bring the baby in to meet everyone in the summer. From 22 February, Year 1 will be taught by Mrs [[sn:Cole]], who knows the class well from her Monday and Tuesday sessions and who will now be working full time until the summer.

We are also saying goodbye to Mr [[sn:Fletcher]], who leaves us at Easter after nine years at Oakfield to become deputy headteacher of a school in Gloucester. Mr [[sn:Fletcher]] has taught in Years 4, 5 and 6, run the football club through three county finals, taken eight Year 6 residentials to the Forest of Dean and been the dragon on every World Book Day I can remember. We'll mark his leaving with a special assembly on the last day of term, and I know many former pupils will want to come back and say goodbye.

Will this affect Year 6 before SATs? No. Mr [[sn:Lloyd]], who has taught alongside Mr [[sn:Fletcher]] in Year 6 all year, will take over the class from the summer term, and he also becomes our Maths Lead. We are recruiting a new Year 4 teacher for September and will let you know who it is as soon as the appointment is confirmed.

I know that changes of teacher can be unsettling, particularly for children who find change hard. Class teachers will prepare the children carefully, and if you think your child would benefit from some extra transition work, please let us know.

Thank you, as always, for your understanding and support.

Mr [[sn:Hughes]]`,

  // 30 Year 1 pumpkin patch trip, image tags Yusuf Jenkins (no consent)
  {
    text: `Year 1's Pumpkin Patch Adventure 🎃

On Thursday, Year 1 pulled on their wellies and went to Bramble Farm near Tytherington to pick pumpkins, and what a morning it was.

The farmer, Mr Bryce, showed the children how pumpkins grow from one tiny seed into a plant that can spread across half a field, and let them feel the prickly stalks and the huge leaves. Then everyone was given a wheelbarrow between four and set loose in the patch to choose one pumpkin each. There were serious negotiations: [[pn:Leo]] wanted the biggest pumpkin in Gloucestershire, [[pn:Amelia Khan]] wanted 'the one that looks like a face already', and [[pn:Arlo Fisher]] found a tiny white one that he named Boo and carried like a baby for the rest of the day.

We also fed the goats, met a very noisy turkey called Gerald and went on a tractor ride round the orchard, where [[pn:Summer]] spotted a buzzard sitting on a fence post.

Back at school, the pumpkins have been weighed, measured, counted, drawn and described, and on Friday we scooped them out (the children's verdict: 'slimy', 'cold' and 'like brains') and roasted the seeds for a snack. The pumpkins will be carved into lanterns with our grown-up helpers next week, ready for the Halloween disco.

Thank you to the farm for a brilliant visit, and to the parents who walked with us from the coach in the drizzle. Photos below!`,
    images: [['Amelia Khan', 'Arlo Fisher'], ['Leo Kowalski', 'Summer Davies', 'Yusuf Jenkins']],
  },
];

export const COMMENTS: Source[] = [
  // 1 strike day rant, veiled threat at the head
  `So let me get this straight, the teachers get 13 weeks holiday a year, finish at 3, and now theyre having a day off on the 17th cos they want MORE money, while the rest of us scramble round for childcare or lose a days pay. I work in a care home, I cant just not turn up. My mum is 74 and she's having both of mine again, 3rd time this year counting the snow day and the inset days. And dont give me the its for the children speech, its for their pay packet full stop. Funny how the head is all 'we care deeply about your children' in his letter but couldnt give a monkeys about the parents. Mr [[sn:Hughes]] wants to remember [[th:he walks out to that car park on his own every night after everyone's gone, be a real shame if something happened to that shiny new Audi of his, or to him for that matter]]. Just saying`,

  // 2 racist thread under the harvest festival post, threat
  `Harvest festival was lovely and all but can someone explain why we had a song in Polish and a prayer from some Hindu festival and not one proper hymn. Used to be We Plough the Fields and that was it, everyone knew the words. This school has gone to pot since they started letting in every Tom Dick and Harry. [[ht:These people come over here, dont bother learning the language and expect everything handed to them on a plate]], and we all have to tiptoe round them in case we offend someone. Year 3 has got 4 kids who cant even speak English and the teacher spends all her time on them while my son sits there bored. [[ht:Half of them are p*kis and the other half are eastern european scroungers]] and nobody's allowed to say it. Well I'm saying it. And [[th:[[ht:if any of them lays a finger on my kids theyll get a brick through their window]]]], simple as
> Wow. Just wow. My husband is Polish and has paid tax here for 19 years
> Reported
> Sharon you need to get off facebook hun
> Can the admins delete this please, there are children who read this page
> I thought the Polish song was lovely actually, the kids were so proud teaching us the words and my daughter hasn't stopped singing it
> Some of us were brought up with the old hymns and it's nice to have them, that's all I'm saying, nothing wrong with that
> Nothing wrong with that at all. There was a hymn, they sang Cauliflowers Fluffy which is about as traditional as it gets
> Admin here: comments on this post are now closed. This page is for the whole school community and every family in it`,

  // 3 homophobic abuse of a named teacher, veiled threat
  `Just found out that Mr [[sn:Walsh]] who teaches my son in year 5 is married to a man, saw them in Tesco holding hands bold as brass. Now I'm not homophobic, I've got a cousin who's that way, but I dont pay my taxes to have my 9 year old taught by [[ht:[[bu:a raving poof]]]] who'll be filling his head with all that LGBT nonsense. They already had a book in the library about two penguins with two dads, I mean come on. [[ht:People like that shouldnt be allowed anywhere near kids]] and everyone knows it but nobody will say it out loud any more. I've emailed the head twice and had the same copy and paste reply about equality and the law. Well [[th:if the school wont deal with him someone round here will, and he'll get a lesson he wont forget]]. Dont say you werent warned`,

  // 4 disability hate about the sensory room, threat to the building
  `£6000 on a sensory room with bubble lamps and a swing. My daughter's class has 31 kids in it and one TA shared with the class next door, the roof in the year 3 toilets still leaks every time it rains and the field is a bog from October to April, but yeah lets spend the rotary money on [[ht:a padded cell for the r*tards]]. [[ht:Them sort of kids should be in a special school not dragging everyone else down]] and getting rewarded for kicking off. When I was at school you got a clip round the ear not a weighted blanket and a bubble tube. It's a joke. [[ht:Half of them havent even got anything wrong with them, their mums just want the DLA]]. [[th:Someone should put a brick through that window and save everyone the bother]]
> This is disgusting, my son has cerebral palsy and that room is the only place he can have a break
> Deleted and reported, please can admin remove this`,

  // 5 anti-Muslim thread under the flu letter, threat
  `So now theres a special vaccine for the Muslims because they cant have a bit of pork gelatine up their nose. What next, [[ht:sharia law in the canteen]]? Every year it's something, no pork sausages at the christmas lunch, a prayer room where the old library was, half the school off for Eid and nobody gets fined. [[ht:They want to take over this country one school at a time and we just let them]]. My grandad didnt fight in the war for this. [[th:[[ht:That mosque on the industrial estate wants burning down with the lot of them inside]]]]
> It's not just Muslims, Jewish families and vegetarians can ask for it too, it was in the letter if you'd read it
> And plenty of Muslim lads fought in the war as well, read a history book
> Screenshotted and sent to the police, that last line is a hate crime
> Oh here we go, cant say anything these days`,

  // 6 teenagers bullying a named pupil, threat
  `lmaooo [[pn:sian evans]] [[bu:thinks shes a poet now 💀💀 "names cut into stone" girl sit down]]. [[bu:she literally smells like wet dog and no one at her table even talks to her]], her mum probs wrote it anyway. my little brother says [[bu:she cries every lunchtime cos no one lets her play]] 😂😂 [[bu:shes so weird and ugly its actually sad]]
> why is ur brother even telling u that
> bc its funny. [[th:[[bu:wait til she gets to castle in september we'll be waitin for her at the bus stop]]]] 😈
> ur 15 and ur picking on a year 6 thats lowkey embarrassing for u
> no one asked u
> leave her alone fr`,

  // 7 grooming-style comment under the nativity photos
  `Beautiful photos, what a talented bunch of kids, you can tell the teachers put so much work in. Reminds me of my own nativity years ago, I was a shepherd with a tea towel on my head like everyone else 😂 The little Mary in blue is an absolute doll and the angels are adorable. [[sx:Would love to see more pics of the girls in their costumes, the angels especially, if any of the parents want to DM me some I'd really appreciate it]] xx [[sx:I'm a photographer by trade so I'm always looking for fresh faces. If any of the Year 6 girls want to earn some Robux or a bit of pocket money doing modelling, just message me on Snap, I can make you famous, but dont tell your mum and dad yet, it can be our little secret]] 😘
> Who is this?? You're not a parent here
> Screenshotted and sent to the school and CEOP, please nobody reply to him`,

  // 8 parents' sexual comments about a named teacher
  `[[sx:Miss [[sn:Jones]] can give me detention any day of the week 🥵🥵 seen her at parents evening in that pencil skirt and forgot what my sons reading level was]]
> 😂😂 behave Dean
> [[sx:bet she's a proper dirty one under that cardigan, always the quiet ones]]
> ur wife's on here mate
> lads this is a school page, theres kids on here
> honestly grim. She's a brilliant teacher and she's somebody's daughter. My daughter came on leaps and bounds in her class last year and all you lot can talk about is her skirt. Grow up
> it's banter calm down
> It's not banter when she can read it`,

  // 9 threat and profanity at a named Year 1 pupil
  `My daughter has come home with a bruise on her arm the size of a satsuma AGAIN and the school are doing absolutely nothing. Third time since half term. That [[pn:Kowalski]] kid has been pushing her off the climbing frame for weeks and all I get is "we're monitoring it" and "he's only five". I dont care if hes five or fifty. Ive rung, Ive emailed, Ive been in twice. Nobody rings back. [[th:If [[bu:that little [[pr:shit]]]] touches her one more time im gonna come in and drag him off it myself, and his dad can have a go too if he wants, ill break his [[pr:fkn]] legs]]. Sick of being told to be patient while my kid gets hurt`,

  // 10 teenagers' thread: homophobic slur, kys, sexual
  `[[pn:ethan]] [[bu:ur actually so bad at football how did u even get in the team]] 😭
> shut up hes better than u
> lol no hes not [[ht:[[bu:hes a f@g]]]] [[bu:he only got in cos his dad does the nets]]
> who even r u
> [[sx:send nudes and ill tell u]] 😏
> wtf is wrong with u
> [[pn:ethan]] just [[th:[[bu:kys honestly no one would care]]]]
> this is a primary school page what is wrong with all of u
> its a joke relax
> hes 12`,

  // 11 bonfire threat to the staffroom
  `Got a letter home today saying my son had a 'reflection' at lunch for calling a dinner lady a name. Ten minutes sitting on a bench for a word his grandad uses every day. Meanwhile the lad who kicked him in the shins on Monday got a sticker for saying sorry. Fireworks display on the school field would be a better use of it than whatever they do on it now. [[th:Stick a guy on top of that staffroom, light the whole lot and lock the doors from the outside]]. Would make my bonfire night tbh 🎆🔥 [[th:Theyve got it coming the lot of them, you watch]]`,

  // 12 profanity rant about the snow day
  `Are you [[pr:fucking]] joking me. Snow day AGAIN. There's about 2 inches on the ground and it'll be gone by dinner. Castle's open, the Co-op's open, the buses are running, my work is open and they certainly aren't paying me to sit at home watching Bluey for the 40th time. What a [[pr:piss take]]. And the 'remote learning' is a [[pr:shite]] worksheet about measuring snowflakes and a link to a YouTube video. My mum walked to school in the winter of 63 with holes in her shoes and they never shut once. Absolute [[pr:bollocks]]. Staff cant get in my [[pr:arse]], they live in Yate not Siberia`,

  // 13 veiled threat at a dinner lady
  `The dinner lady on the blue table told my son he couldnt have seconds and called him greedy in front of the whole of year 4. He came home in tears and wouldn't eat his tea. He's 8 and he's a growing lad and he's already self conscious about his weight, and she knows that. I've complained to the office and got nowhere, they say she'll be 'spoken to'. Spoken to. That's it. If I called someone's kid greedy in front of thirty others I'd be banned from the playground. And it's not the first time either, my neighbour's daughter had the same dinner lady tell her she'd 'end up the size of a house' last year, and her mum complained and nothing happened then either, so don't tell me it's a one off. The food's rubbish anyway, half the time the hot dinners are gone by the time year 4 go in and they get a jacket potato with beans from a tin and a yoghurt, for £2.60 a day, and then they get told off for wanting more. I've asked for a meeting with the head and I've been told the earliest is after half term, which is three weeks away, while my son is dreading lunchtime every single day and coming home starving because he's too scared to ask for anything. I'm not having it. She knows who she is. [[th:She finishes at half 1 and walks down to the bus stop by the Co-op on her own every day, lets see how brave she is then]]`,

  // 14 troll's sexual comments under Safer Internet Day
  `lol the year 6 girls dont need an online safety lesson [[sx:they need a boyfriend 😏 any of u wanna chat im 14 add me on snap xx dont tell ur mums tho]]
> Reported. This is exactly what the lesson is about
> Whoever runs this page please delete this and block him
> [[sx:ur mums are all well fit tho, the blonde one at the gate in the gym leggings can get it]]
> Sent to the police. Screenshots taken
> Can admin turn comments off on this post please
> Done, and reported to Facebook. Thank you all, please nobody engage with it`,

  // 15 bullying of a named teacher, profanity, threat
  `Mrs [[sn:Doyle]] is the worst teacher in that school and everyone knows it. [[bu:Useless, lazy, [[pr:shit]] excuse for a teacher]] who sits behind her desk on her phone while the kids run riot. My son has learned NOTHING this year, his reading age has gone backwards and she told me at parents evening he 'needs to concentrate more'. Concentrate on what love, you dont teach them anything. [[bu:She looks like shes been dragged through a hedge backwards every morning and she stinks of fags]]. Three other mums in the class have said the same. [[th:I'll be at parents evening in March and she better hope there's someone in the room to hold me back]]`,

  // 16 football result, clean (battered, murder, killing it)
  `What a game!!! Year 5 and 6 boys absolutely battered Alveston 7-1 in the cup on Saturday, I've never seen our lot play like it, passing it about like Man City. Their keeper must have been sick of the sight of us by half time. The lad up front was killing it, hat trick in about ten minutes and the third one nearly took the net off. Thank you to the coach for giving up his Saturday morning in the freezing cold and to the dads who put the nets up at 8am with frost still on the pitch. The parents on the sideline were a credit too, not like some schools where the dads are screaming at the ref the whole game. Alveston were gracious losers, shook hands and did the tunnel for us at the end. Bring on the semi final, we are going to murder them whoever they are 😂⚽`,

  // 17 sharp but fair complaint about the booking system, clean
  `I'm sorry but the parents evening booking system has to change. The slots went live at 6pm, I logged in at 6.02 after putting the baby down and every single slot after 4pm for Year 3 had gone. I work in Bristol till 5.30, I physically cannot get there for 3.40. The video appointments are only on the Wednesday and they were gone too. So I either take unpaid leave or don't see my son's teacher until March. I get that teachers need to go home at some point and I'm not having a go at them, they work really hard, but surely the late slots could be held back for parents who work and can't do daytime? Other schools do one early evening and one late one. It was exactly the same last year. I emailed the office and was told to 'keep checking for cancellations', which isn't really an answer. Not trying to cause drama, I just want to sit down with his teacher for ten minutes like everyone else.`,

  // 18 heated but clean strike thread
  `Disgraceful, teachers striking again, my kids have lost enough school as it is
> Have you seen what they actually get paid? A newly qualified teacher takes home less than my nephew does stacking shelves at Lidl once the student loan comes off
> Oh please, nobody forced them to be teachers
> And nobody forces you to send your kids to that school either but here we are. They're striking over funding as well you know, the reason your son's class has 32 in it and no TA
> I don't care about funding, I care that I've got to take a day off work
> Then write to your MP, not the teachers. I'm a nurse, we had to strike too and I hated every minute of it, nobody does it for fun
> Both sides have a point tbh. It's a pain but I'd rather they sort it now than in SATs week
> My wife's a TA and she can't strike because she's in a different union, she'll be in looking after whoever turns up
> This is exactly why the country's in the state it's in
> No, the country's in the state it's in because of 14 years of cuts, but go on
> Can we keep this civil please, it's a school page
> I'm a teacher at a different school and for what it's worth I lose a day's pay for striking too, it's not a day off, it's a day I don't get paid for and still have to catch up on the planning
> Fair enough, I didn't know that
> My issue is the notice. Two weeks is nothing when you've got shift patterns
> That's the law though, the union has to give the school notice, it's the staff who don't have to say
> Well the law's an ass then
> Honestly I just feel for the kids in Year 6, they've had covid, the snow days and now this
> The Year 6 ones are open, it says in the letter
> Oh right, that's something at least`,

  // 19 long praise for the nativity, clean
  `I just have to say a massive thank you for the nativity this morning. I was in bits from the first song. My little girl was sheep number 4 and she has been practising her 'baa' in the bath for three weeks, and when her moment came she did it with such gusto the whole hall laughed and she looked so proud of herself I nearly climbed over the chairs to hug her. The costumes, the songs, the little stable that nearly fell down, the innkeeper who was having none of it, the star who held that thing up for the entire last song, it was all perfect. I don't know how the staff manage to get 90 five and six year olds to face the same way at the same time, never mind sing in tune. Special thanks to the Year 4s who sang The Holly and the Ivy at the start, it gave me goosebumps. And to whoever made the donkey costume, it was a work of art. This is why we chose this school. Merry Christmas everyone ❤️🎄`,

  // 20 review of the PTA film night, clean
  `Just want to say the PTA film night was brilliant but who picked Coraline for the little ones 😂😂 my 6 year old was under her seat for the button eyes bit and now won't let me sew anything. Proper creepy film though, I'd never seen it, the bit where the other mother turns into a giant spider and tries to trap them for ever had half the hall screaming. The big kids loved it, my eldest says it was 'sick' and 'actually scary' which is top praise from a 10 year old. Popcorn and a drink for £2 was a bargain too. Maybe do Paddington for the Reception ones next time and save the horror for Years 5 and 6? 10/10 would scream again`,

  // 21 heated but fair complaint about the snow day, clean
  `With respect, closing the whole school for 12cm of snow seems a bit much when Castle, Alveston and St Mary's all opened as normal. I walked past at 9 and Oakfield Road had been gritted by then. I understand you can't open without staff, but maybe a partial opening for key workers would have been possible? I'm a paramedic and had to leave my shift because there was nobody to have my two. Not having a go at the head, I'm sure it's a horrible decision to make at 6 in the morning, but we need a plan for next time. Also the text came at 7.10am, which was too late for a lot of us who were already on the road. The remote learning was good though, the kids enjoyed the snow poem and the measuring task.`,

  // 22 Remembrance praise, clean (war)
  `What a beautiful service. My grandad was at Arnhem with the paras and he never spoke about it until he was in his nineties, then he told me about the lads he saw shot as they came down, and the ones who were killed on the bridge, and how he hid in a cellar for three days with a German boy who couldn't have been more than 17, both of them too scared to fire. He died in 2019 and I think he'd have cried seeing the Year 6s read their poems. That girl's poem about the names cut into stone got me. The boy on the cornet too, not a note wrong. We will remember them.`,

  // 23 flu vaccine question thread, clean (medical)
  `Genuine question as I'm a bit torn on the flu spray. My eldest had it last year and had a streaming nose for a week and was wiped out, and I've read it's a live vaccine so could he pass it on to his nan who's on chemo?
> Not a nurse but I asked the school nurse last year, they said it's very rare to pass it on but anyone severely immunocompromised should avoid close contact for a couple of weeks, worth ringing the immunisation team
> We said no to the spray because of the gelatine (we're vegetarian) and they gave him the injection at the clinic in Yate instead, took ten minutes
> Thanks both that's really helpful
> I work in a GP surgery, just to say the flu this year is horrible, we've had little ones in with pneumonia, please do get them done if you can
> Mine had it and was fine, not even a sniffle`,

  // 24 bonfire night story, clean (blew his eyebrows off)
  `The firework talk clearly worked, my son came home and lectured his dad for a full 20 minutes about sparklers being hotter than a welding torch 😂 Fair play though, my brother blew his eyebrows clean off when he was 13 lighting a rocket out of a milk bottle in 1998 and looked permanently surprised for a month. Mum still has the photo on the fridge. We'll be going to the Round Table display this year, the kids love the bonfire and the burgers, and the dog is staying in with the telly on loud. Thank you for the reminder about the field as well, someone's always setting off bangers up there and it terrifies the horses on the lane.`,

  // 25 Ofsted thread, clean
  `Congratulations! Well deserved, my two have been so happy there
> Outstanding for personal development doesn't surprise me, my son was so shy in reception and now he's on the school council
> Good is good but honestly Ofsted is a load of nonsense, two days can't tell you anything about a school. My lad's teacher is the reason he can read and no inspector saw that
> Agree with you actually, but it's still nice for the staff to get some recognition
> The SEN bit made me cry, they have been amazing with my daughter, fought for her EHCP when I'd given up
> Phonics does need work, they're right, my youngest is in year 1 and the sounds they send home change every week
> Congrats to all the staff, you work so hard`,

  // 26 long praise naming staff
  `Can I just give a shout out to Mrs [[sn:Baker]] and Mr [[sn:Lloyd]]. My son has had a really rough year, his dad left in the summer and he went from a happy chatty boy to one who wouldn't get out of the car in the mornings. Mrs [[sn:Baker]] met him at the gate every single day for six weeks without being asked, gave him a job feeding the fish so he had a reason to go in, and rang me on a Friday to tell me one good thing about his week. Mr [[sn:Lloyd]] let him help with the football kit after school when I was working late. Neither of them had to do any of it. He got a certificate in assembly last week for 'being brave' and came out grinning from ear to ear. I don't think people realise how much these staff do on top of the teaching, and they don't get thanked enough. So thank you. You've given me my boy back.`,

  // 27 norovirus, clean (dying, killer)
  `Three kids, two bathrooms, one washing machine and norovirus. I am dying. The youngest went at 2am, the eldest at 5, and the middle one is currently giving it the full exorcist in the downstairs loo as I type. Thank you for the letter though, I had no idea hand gel didn't kill it, so I'll be scrubbing everything with bleach like a woman possessed. The 48 hour rule is a killer for those of us on zero hours contracts, but I get why. Anyone who wants to avoid this, please please keep them home, someone sent theirs in on Monday still looking green and now look at us.`,

  // 28 reaction to the lockdown letter, clean (knife, stabbed)
  `Heart in my mouth reading this. I saw the police cars going up Oakfield Road at 2 and rang my husband in a panic. Thank you for how calmly you handled it. My daughter in Year 2 came out and said 'we had a quiet practice and Miss read us an extra chapter' so she clearly had no idea, which is exactly how it should be. My son in Year 5 knew a bit more and said someone had a knife near the field, but he wasn't frightened, he said the teachers were 'just normal'. Please can we have a reminder about the footpath gate being locked though, it's been propped open for weeks. And to whoever started the rumour on the Thornbury community page that someone had been stabbed, please stop, it was terrifying and it wasn't true.`,

  // 29 Christmas fair prices, clean (daylight robbery, photo booth)
  `£3.50 for Santa and it's a 50p selection box from Home Bargains, daylight robbery 😂 Only joking, I know it's for the playground and the grotto was gorgeous. Slightly serious point though, with three kids it added up to over £30 before we'd even had a hot chocolate, and I know some families just didn't come because of it. Could there be a free craft table or a cheaper option for the little ones next year? The photo booth was a great idea at £1, mine spent about 20 minutes in there with the antlers on. And the Year 6 slime stall sold out in 15 minutes, those kids are going to run the country one day. Well done PTA, I know how many hours you put in.
> Agree about the cost, but the PTA did do free tickets for anyone who asked the office, it was on the letter
> Oh I didn't see that, fair enough, thank you!`,

  // 30 praise for the Year 6 play, clean (killed it, murder scene, damned spot)
  `Year 6 absolutely killed it tonight!!! I was expecting a nice little school play and got actual Shakespeare with jokes. The witches were terrifying and hilarious at the same time, the murder scene was done with a shadow on a sheet which was genuinely chilling, and Lady Macbeth stole the whole show with 'out, damned spot' while scrubbing her hands in a washing up bowl. The sword fight at the end had the dads on their feet. And the ghost at the banquet covered in flour 😂 My daughter was a tree in the walking forest and took it extremely seriously. Thank you to all the staff who gave up evenings for rehearsals, and to whoever did the thunder on a sheet of metal. Break a leg for Wednesday's shows, you'll smash it.`,
];

export const PERSONAL: Source[] = [
  // 1 back from maternity leave: school named, colleagues named
  `Well, that's 11 months of maternity leave done and dusted and tomorrow it's back to work I go 😭 Can't believe my tiny baby is now a stomping, shouting, banana-obsessed toddler who thinks the dog is his best friend. I'm going to miss our Tuesday baby sensory and our long walks round the lakes so much. But also... I'm quite looking forward to drinking a hot cup of tea and having conversations with people who don't throw food at me? Mostly. Nursery settling in has gone better than expected (for him, not me, I cried in the car both days). Back at [[id:Oakfield]] on Mondays and Tuesdays to start with, in with the Year 1s, which I'm very excited about, and huge thanks to [[sn:Holly]] for keeping my classroom plants alive all year and to [[sn:Emma]] for the care package of biscuits and a new lanyard. Wish me luck, and if you see me looking dazed in the Co-op on the way home, just point me towards the coffee 😴☕ #backtowork #teacherlife #[[id:Oakers]]`,

  // 2 Ofsted week rant, clean
  `Ofsted week survival thread, because I need to get this out of my system before I sleep for 14 hours. The call came at lunchtime on Tuesday and within ten minutes the staffroom looked like a disaster movie, someone was laminating, someone was crying in the disabled loo, and our deputy was calmly eating a yoghurt like the captain of a sinking ship. I got home at 10.40pm on Tuesday night having re-done every display in my room and rewritten two lesson plans I'd already taught twice. Day one: the inspector came into my maths lesson four minutes after a child had been sick on the carpet. I have never been so grateful for sawdust. Day two: I got grilled for 40 minutes about our curriculum 'intent', and honestly I could have killed for a glass of wine by 3pm. But the kids were AMAZING. They were polite, they were honest, they talked about their learning like tiny professors and one of them told the inspector that I 'do the best voices'. I will take that to my grave. The feedback meeting was at 4pm on the Wednesday and I don't think anyone breathed for the whole hour. I'm not allowed to say the result until the report's published, but I will say that the head bought everyone fish and chips and nobody cried in the disabled loo on the second day. To every teacher who has ever been through it: I see you, I salute you, and I hope your next one is at least five years away. To every teacher who hasn't yet: keep your planning in one folder, keep a spare shirt in your car, and remember that the kids will carry you. Now if you'll excuse me I'm going to eat an entire family sized lasagne in the bath.`,

  // 3 Movember fundraising, clean (cancer)
  `Right, it's that time of year again. For the whole of November I'll be growing a moustache that my wife describes as 'a crime against the face' in aid of Movember, raising money for men's mental health, suicide prevention, and prostate and testicular cancer. This one matters to me. Prostate cancer killed my dad at 61, and he'd had symptoms for two years before he went to the doctor because he 'didn't want to make a fuss'. So lads, please: if anything down there feels different, or you're up in the night to wee more than you used to, get it checked. It's a five minute conversation. And if your head's in a bad place, talk to someone, anyone. I'll be posting weekly progress photos whether you like it or not, and the kids at work have already voted on the style (handlebar, obviously). Every pound helps, link is in the comments. Thanks all 🥸`,

  // 4 selling a car: commercial and a mobile number
  `Sad day, but the old girl has to go. [[cm:FOR SALE: 2015 Ford Fiesta Zetec, 1.25 petrol, 68,000 miles, full service history, MOT till August, two keys. Silver, a couple of small scuffs on the rear bumper (photos in the comments), otherwise in great condition inside and out. New clutch last year, tyres all good, Bluetooth radio, heated windscreen which is a lifesaver on frosty mornings. £4,250 ono. Collection from Thornbury only. Message me or ring or text [[pd:07700 900718]], no timewasters please]]. Only selling because I've finally upgraded to something with a boot big enough for 30 Year 3 papier-mâché volcanoes. She's never let me down once in eight years and has driven me to two weddings, one A&E and more school trips than I can count.`,

  // 5 multi-level marketing recruitment
  `Hands up if you're a teacher or TA who's exhausted, underpaid and already dreading January 🙋‍♀️ Eighteen months ago that was me. Crying in the car park, working every weekend, no money left by the 20th of the month. Then a friend introduced me to something that changed my life, and I'm not exaggerating. [[cm:I now earn an extra £800 a month working from my phone in the evenings, sharing natural skincare products I genuinely love with my friends. I'm looking for 3 hard-working ladies to join my team before Christmas, no experience needed, the starter kit is only £99 and pays for itself in your first month, and I'll mentor you every step of the way. Comment 'GLOW' below or drop me a message and I'll send you all the info, no pressure]] 💕✨ This could be your sign. #bossbabe #teacherlife #financialfreedom #workfromhome`,

  // 6 half marathon for a hospice, school named
  `Bath Half done!! 🏃‍♀️ 2 hours 11 minutes, which is 9 minutes faster than last year and about an hour slower than the man dressed as a rhino who overtook me at mile 8. My legs have stopped working and I've lost a toenail, but we did it: £1,460 raised for St Peter's Hospice, who looked after my mum so beautifully in her last weeks. Thank you to every single person who sponsored me, and to everyone at [[id:Oakfield Primary]] who put up with me talking about my training plan for four months. The kids made me a banner that said GO MISS GO YOU CAN DO IT which I had on the fridge for motivation, and one of my class drew me a picture of me 'winning' with a gold medal and a crown, which I think is the most accurate thing ever drawn. Same again next year? Ask me when I can walk down the stairs.`,

  // 7 rant about parking on the school's road
  `To the driver of the black Range Rover who parked across the pavement on the zigzags on [[id:Oakfield Road]] at 8.40 this morning and then told me to 'mind my own business' when I asked you to move: a Year 2 boy had to walk out into the road with his little sister in a buggy to get round you. Last month a child was hit on the crossing at the other end of town. I stand on that gate every single morning in the rain and I am begging people to park at the leisure centre and walk five minutes. It is not a lot to ask. The police are coming next week with cameras and I genuinely hope you're the first one they catch. Rant over. Sorry. I just really don't want to be the one who has to ring a parent.`,

  // 8 snow day joy, clean (frost, Will)
  `SNOW DAY!!!! ❄️❄️❄️ The text came at 6.52 and I've never got back into bed so fast in my life. Woke up properly at 9 to a garden that looks like a Christmas card, the car completely iced in, the hedge bent double and a hard frost on the inside of the bathroom window (we really need to sort out that window). Kids are already out there building what they say is a snowman but looks more like a badly parked fridge. Hot chocolate with squirty cream and marshmallows for breakfast because rules don't apply on snow days. Will it last till tomorrow? Who knows. Is there a pile of marking on the table giving me evil looks? Yes. Am I going sledging anyway? ABSOLUTELY. See you on the big hill by the church, bring a tea tray ☃️`,

  // 9 picket line: school and colleagues named
  `Cold, wet and proud. Stood on the picket line outside [[id:Oakfield]] from 7.30 this morning with [[sn:Tom]], [[sn:Laura]] and [[sn:Kieran]], with a flask of tea, a box of Mr Kipling's finest and a homemade placard that the rain destroyed by 8.15. None of us wanted to be there. Every one of us would rather have been inside with our classes. But I've been teaching for 16 years, I've got 31 in my class and no TA in the afternoons, we're buying glue sticks out of our own pockets and we've lost three brilliant colleagues this year to jobs that pay more for less. Huge thanks to the parents who stopped to chat, brought us bacon rolls or beeped as they drove past. And to the man who shouted 'get back to work you lazy lot' from his van: mate, I will, tomorrow, at 7.45am, like always.`,

  // 10 Halloween costume, clean (zombie, fake blood)
  `Halloween done 🎃🧟‍♀️ I went as a zombie dinner lady this year, which is a very niche costume but the kids got it immediately. Hairnet, tabard, a ladle, grey face paint, and enough fake blood to make the caretaker cry when he saw the sink. One Year 2 girl screamed and hid behind her mum, then came back five minutes later to ask if I was 'still dead' and whether zombies are allowed seconds. Spent the evening handing out sweets on the doorstep to a steady stream of witches, skeletons, one very small Freddy Krueger and a toddler dressed as a pumpkin who tried to eat the pumpkin. Kids are now in bed buzzing on about 4kg of sugar each. I'm on the sofa with the leftover Freddos and a horror film. Happy Halloween everyone 👻`,

  // 11 Remembrance, great-grandfather killed in the war, clean
  `Every year on the 11th I think of my great-grandad, Private Albert Hale of the Gloucestershire Regiment, who was killed at Passchendaele on 12 October 1917, aged 19. He has no known grave; his name is one of nearly 35,000 on the wall at Tyne Cot. We have one photo of him, in his uniform, looking about fourteen, and a letter he wrote home to his mum asking her to send socks and telling her not to worry because 'the food is alright and the lads are good'. He was shot by a sniper three weeks later. I went to Tyne Cot with my dad in 2014 and found his name, and we both stood there and couldn't speak. Today at 11 o'clock 300 children stood in total silence in a playground, and I thought of Albert, and of the lads like him who never got to be anyone's dad or grandad. We will remember them 🌺`,

  // 12 selling Christmas wreaths, commercial
  `Wreath season is HERE 🎄✨ For anyone who doesn't know, my sister and I have been making fresh Christmas wreaths in her garage for the last four years and this year we've finally gone official! [[cm:Handmade with real spruce, eucalyptus, dried oranges, pine cones and velvet ribbon, they last all the way through December if you mist them every few days. Small £28, large £40, door swag £25. Order through the link in my bio or message me, and use the code FROSTY10 for 10% off any order before 1 December. Free local delivery in Thornbury, Alveston and Olveston, or collect from our stall at the Christmas market]]. We also run wreath-making workshops, which make a brilliant Christmas party for groups of friends or colleagues (mince pies and mulled wine included, obviously). Please share, it would mean the world to us 💚`,

  // 13 new house: home address with postcode
  `WE GOT THE KEYS!!! 🔑🏡 After 14 months, two collapsed chains, one surveyor's report that made me cry in the car and a mortgage offer that arrived 40 minutes before it expired, we are finally homeowners. It's small, it needs a new kitchen, the garden is currently mostly brambles and there is a mysterious smell in the under-stairs cupboard, but it's ours. Thank you to everyone who listened to me moaning about solicitors for over a year. New address for Christmas cards (and for anyone who wants to come round with a paintbrush): [[pd:14 Wren Close, Thornbury, Bristol BS35 2LQ]]. Housewarming once we have more than two chairs and a working oven!`,

  // 14 rant about an unnamed parent: bullying, profanity
  `Teachers and TAs, does anyone else get screamed at in the playground for doing their job? Today a mum marched up to me at pickup in front of about thirty kids and called me a liar because I'd put a note in her son's book saying he hadn't done his homework. He hadn't. He told me himself. I stayed calm, I offered to meet her with the head tomorrow, and she told me to get stuffed and that she'd 'have my job'. [[bu:She is, without doubt, the rudest, thickest, most entitled woman I have ever had the misfortune to meet]], and I've worked in schools for eleven years. I came home and sat in the car outside my house for twenty minutes before I could go in. I'm so [[pr:fucking]] tired of this. The kids are great. It's the adults that break you.`,

  // 15 World Book Day costume, clean (Matilda, Trunchbull)
  `Three evenings, one glue gun burn and £11 of felt later, and my World Book Day costume is DONE. This year I'm Miss Trunchbull, complete with a shot-put, a whistle and a very realistic pigtail to swing children around by (a stuffed one, obviously, no Year 3s will be harmed). My daughter is going as Matilda, so we'll be walking in together and I've told her she's allowed to glare at me and move things with her mind. My son has opted for 'a boy who is reading a book', which is apparently a valid costume, and to be fair to him it's a good book. To every parent frantically cutting up a cardboard box at 10pm tonight: you are doing great, and nobody will remember in a week. 📚`,

  // 16 off with the flu, clean (feel like death)
  `Day 4 of the flu. Not a cold, not man flu, the actual flu, the kind where you lie on the bathroom floor because it's cool and you can't remember what day it is. I feel like death warmed up and then left out overnight. I have watched the whole of a Danish crime drama with subtitles and can't tell you a single thing that happened. Huge thank you to my neighbour who's left soup on the doorstep twice and to my lovely class who sent me a card with 28 drawings of me in bed (several of them have given me a beard). To everyone who said 'you should have had the jab': yes. Yes I should. Lesson learned. Back to work Monday if I can stand up for more than ten minutes.`,

  // 17 Christmas jumper day: nickname hashtag
  `Christmas jumper day at work 🎅🎄 Mine has a light-up Rudolph nose and plays Jingle Bells when you press his hoof, which seemed like a great idea at 7am and a terrible one by morning break when 28 six-year-olds had pressed it about 400 times. Raised £312 for Save the Children across the school, and the staff Christmas jumper catwalk in assembly was a highlight of my career (the head came as a Christmas pudding, I will say no more). Last day of term on Thursday, then ten whole days of sleep, Quality Street and Muppet Christmas Carol. Merry Christmas everyone ❤️ #christmasjumperday #[[id:Oakers]] #teacherlife`,

  // 18 leaving post: school and colleagues named, 'Jo' is no roster name
  `After nine years, today was my last day at [[id:Oakfield Primary School]] and I am not OK. I walked in as a terrified NQT who didn't know how to work the photocopier and I'm walking out as a deputy head (still can't work the photocopier). Thank you to [[sn:David]], who took a chance on me and has backed me every single day since; to Jo, for the endless pep talks and the emergency chocolate drawer; to [[sn:Gareth]], my partner in crime in Year 6, who will be brilliant; and to [[sn:Helen]], who taught me more about looking after children than any course ever could. To the kids: thank you for the cards, the hugs, the dragon costume 'for next time' and the banner that said WE WILL MISS YOU MR F (with the F backwards). To the parents: thank you for trusting me with them. I'll miss the football club, the residentials and even the Friday afternoon assemblies. There are so many memories I could fill a book: the residential where it snowed in April and we built a snow Gruffalo on the tennis courts, the cup final we lost 3-2 in the last minute and the whole team still wanted a photo with the runners-up medals, the nativity where the donkey sat down and refused to move, the Tuesday in lockdown when I did the register on a laptop from my kitchen and half the class turned up in pyjamas. I've watched children I taught in Reception walk out as Year 6s, and a few of them are now the big brothers and sisters of the children I teach today, which makes me feel about 100. Off to Gloucester now, but you haven't seen the last of me at the summer fair 💚`,

  // 19 parents' evening rant, clean (I could murder a curry)
  `Parents' evening, night two of two. Twenty-seven appointments, eleven cups of tea, one biscuit, zero toilet breaks. Highlights: a dad who spent his whole ten minutes telling me about his fantasy football team; a mum who cried because her very shy little boy has started putting his hand up (I cried too); a grandad who brought me a jar of his homemade chutney; and a Year 3 girl who came along, sat next to her mum, and corrected everything I said about her ('I actually did TWO pages'). Lowlight: the chairs. Child-sized chairs for four hours. My back will never recover. Driving home now. I could murder a curry and I fully intend to. Well done to everyone who survived, and thank you to the parents who said thank you, you've no idea how much it helps.`,

  // 20 giving away allotment produce, clean (free, not sold)
  `Allotment update 🥕🎃 It has been the year of the marrow. I planted four, thinking some would fail. None of them failed. I now have roughly 30 marrows, 14 butternut squash, a carrier bag of runner beans and a courgette the size of a small dog. So: FREE to a good home, no money wanted, just come and take them off my hands before my husband leaves me. They're in crates outside the gate at the top of the allotments on Saturday morning; bring a bag and take as many as you want. Spare seeds for next year too (sunflowers, sweet peas and a rather aggressive variety of nasturtium). Any leftovers on Sunday go to the harvest collection for the food bank. Recipes welcome, I have made marrow soup, marrow curry and marrow chutney and I'm running out of ideas.`,
];
