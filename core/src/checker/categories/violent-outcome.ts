// Threats told by what will be left afterwards, or by what will be brought: "I'll come up and send a few of youse home
// in an ambulance", "ur lucky the cameras r there otherwise u wud be in hospital rn", "im puttin him in the ground at
// the rec", "bringing the sh4nk in monday fr", "I'll be the one at the gate with the hammer if my son isn't let back
// in", "I will throw acid on that teacher". The threat reader (threat-clauses.ts) looks for a word of harm aimed at
// someone; these have none, or aim it through a thing. Blind writers (2026-12-07) used both shapes with no wording in
// common, so they are read as shapes:
//  - an outcome (an ambulance, hospital, a wheelchair, the ground, the floor, "through a straw") that someone is put or
//    sent into by a writer who means to ("I'll", "gonna", "I'm putting"), or that "you" will be in if something happens
//    ("otherwise", "if", "next time", "or"), or anyone who does something will be in ("anyone who talks will be on
//    crutches"); teeth to be picked up off the playground or collected from the car park;
//  - a weapon brought in ("bringing the shank in Monday"), or had at hand with intent ("at the gate with the hammer if…");
//  - something thrown on a person (acid, petrol, bleach).
// "He's in hospital after his operation", "the ambulance came for Nan", "pupils must never bring a knife to school",
// "bring a hammer for DT", "I'll be in hospital on Monday", "anyone who plays on the ice will be on crutches" and the
// tooth fairy collecting teeth are none of these. It is a warning, for a person to read.
//
// It reads the canonical stream (offensive-tokens.ts), whose words are spelt with each run of a letter as one; the
// patterns are written as words are spelt and read the same way.

import { spelt, type StreamWords, wordSet } from './stream-words.js';

export interface OutcomeHit {
  /** stream offsets, end exclusive */
  start: number;
  end: number;
}


/**
 * a word without which none of the shapes can be in a sentence, so most sentences are passed over at a glance: the
 * shapes' rarer words, never "will", "get" or "again", which are in most sentences of every text
 */
const TRIGGERS = wordSet(`
  ambulance ambulances hospital wheelchair ground floor straw morgue coffin bodybag intensive crutches teeth general knife knives shank blade
  stitches dentist surgeon plaster jaw stretcher face knees kneecaps fists eye protect columbine dunblane america ozzy ossie
  hozzy ting tings strap straps shank shanks blade blades bally ballys balaclava balaclavas skeng skengs nank burner razor
  screwdriver body bodybag hashtag piece pieces price gettin walking walkin breathing standing
  wiped merked chibbed malkied spun slashed poked wet glassed stamped stomped shanked stabbed dipped splashed bodied
  smoked rushed boxed banged jumped leathered ironed sliced done
  machete gun shotgun strap hammer crowbar brick bricks axe acid petrol bleach taser sword`);

/** someone it will happen to */
const PERSON = String.raw`(?:teacher|teachers|head|headteacher|deputy|kid|kids|lad|lads|boy|boys|girl|girls|man|woman|bloke|ref|referee|dad|mum|mam|caretaker|ta|coach|one|lot|snake|prick|cow|idiot|family|pair|bunch|parent|parents|tutor|assistant|senco|receptionist|member|supervisor|secretary|governor)`;
const TARGET = String.raw`(?:him|her|you|u|ya|ye|them|em|youse|yous|yall|a few of (?:them|em|youse|yous|you|u)|some of (?:them|em|youse|you)|(?:that|the|this|his|her|your|ur|their) (?:[a-z]+ )?${PERSON}|[a-z]+s (?:dad|mum|mam|son|lad|brother)|every one of (?:them|em|you))`;
/** where they will end up */
const OUTCOME = String.raw`(?:in|into) (?:an? |the )?(?:ambulance|hospital|wheelchair|intensive care|morgue|coffin|body bag|ground|general|a e|ozzy|ossie|hozzy)|(?:home )?in an ambulance|on the floor|on a stretcher|on crutches|through a straw`;
/** the writer means it: "I'll", "gonna", "I'm putting" */
const MEANS = String.raw`(?:^|(?<= ))(?:il|ill|i wil|i will|im gona|im gonna|im going to|gona|gonna|going to|ima|imma|wil|wud|would|we|wel|were gona|next time|ready to|about to)(?= )`;
/** the writer, doing it now or next: "im puttin him in the ground" */
const DOING = String.raw`(?:^|(?<= ))(?:im|were|i am) (?:putting|putin|puting|sending|leaving|knocking|landing)(?= )`;
const PUT = String.raw`(?:put|putting|putin|puting|send|sending|leave|leaving|knock|knocking|land|landing)`;

const PUT_IN = spelt(String.raw`${PUT} ${TARGET}(?: [a-z]+){0,3} (?:${OUTCOME})`);
/** "u wud be in hospital", "you'll be needing an ambulance", with what it hangs on */
const WILL_BE = spelt(String.raw`(?:you|u|ya|he|she|they|youse|yous|ul|youl|hel|shel|theyl)(?: wil| wud| would| d| gona| gonna| are gona| is gona)? (?:be|end up|wake up) (?:needing |in need of )?(?:${OUTCOME}|needing an ambulance)`);
const HANGS_ON = spelt(String.raw`(?:^|(?<= ))(?:if|otherwise|or|unless|next time|one more|cameras)(?= |$)`);
/** what people come to harm from by no one's hand: "if he falls off that wall he'll end up in hospital" */
const ACCIDENT = spelt(String.raw`(?:^|(?<= ))(?:fall|falls|falling|fell|slip|slips|sliping|trip|trips|climb|climbs|climbing|wall|ice|icy|road|roads|car|cars|traffic|crossing|bike|bikes|scooter|scooters|careful|speeding|parking|parked|driving|drivers|zigzags|carpark|sick|ill|bug|virus|allergy|allergic|asthma|eats|eat|drinks|drink)(?= |$)`);
const INTENT = spelt(MEANS);
const NOW = spelt(DOING);

/** a weapon */
const WEAPON = String.raw`(?:knife|knives|shank|blade|machete|zombie knife|gun|shotgun|strap|hammer|crowbar|brick|axe|taser|sword|baseball bat)`;
/** a weapon brought in: "bringing the shank in monday", "im bringing a knife tomorrow" */
const BROUGHT = spelt(String.raw`(?:^|(?<= ))(?:bringing|bring|brought|carrying|taking) (?:the |a |my |me |his |our )?${WEAPON} (?:in|into school|to school|into the school|tomorrow|tmrw|tmr|monday|tuesday|wednesday|thursday|friday|on monday|on friday)(?= |$)`);
/** a weapon at hand, said with intent and someone or somewhere it is for */
const WITH_WEAPON = spelt(String.raw`(?:^|(?<= ))with (?:the|a|my|me|his) ${WEAPON}(?= |$)`);
const FOR_SOMEONE = spelt(String.raw`(?:^|(?<= ))(?:him|her|you|u|them|teacher|teachers|head|gate|gates|school|class|faces|face|if|starting)(?= |$)`);
/** teeth to be picked up: "she'll be picking her front teeth up off the playground", "can collect her teeth from the car park" */
const TEETH = spelt(String.raw`(?:collect|collecting|pick|picking|pick up|picking up|find|finding|sweep|sweeping) (?:up )?(?:his|her|their|your|ur|ya|yer) (?:front )?teeth(?: up)?(?: (?:of|off|from) the (?:floor|playground|car park|carpark|pavement|ground|road))?`);
/** the same said of a tooth fairy or a baby: no threat */
const LOST_TOOTH = spelt(String.raw`(?:^|(?<= ))(?:fairy|baby|wobbly|dentist|dentists|milk)(?= |$)`);
/** someone who will be on crutches or in hospital, whoever they are: "anyone who talks will be on crutches for a while" */
const ANYONE_WILL_BE = spelt(String.raw`(?:who|that) [a-z]+(?: [a-z]+)? (?:wil|will|l|d|would|wud) be (?:${OUTCOME})`);
/**
 * someone named or described, what will be left of them afterwards: "Mr Barker is going to need a lot of stitches", "the
 * SENCO will need her jaw wired", "Miss Grant leaves in an ambulance", "that head is going to wake up in hospital", "the
 * lad who keeps bullying my son will be sucking his meals through a straw", "she'll be needing a dentist"
 */
const DESCRIBED = String.raw`(?:(?:that|the|this|your|ur|their) (?:[a-z]+ )?${PERSON}|(?:mr|mrs|miss|ms|sir) [a-z]+)`;
const HE_OR_SHE = String.raw`(?:he|she|they|you|u|hel|shel|theyl|youl|ul|hes|shes|someone|somebody|sum1|someones)`;
const LEFT_WITH = String.raw`(?:(?:be |end up )?(?:needing|need|needs|in need of) (?:a |an |some |a lot of |a few |(?:his|her|their|your|ur|a) )?(?:new |brand new )?(?:wheelchair|ambulance|stitches|dentist|surgeon|plaster cast|straw|face|knees|kneecaps|teeth|jaw wired|jaw|hospital bed|skin graft|body bag|coffin|crutches)(?! (?:ramp|ramps|access|accessible|user|users|friendly|space|spaces|mask|masks|paint|painting|kit|appointment|appointments|check|checkup|van|service))|(?:be )?(?:coughing|spitting|picking) up (?:his|her|their|your|ur) teeth|(?:be )?(?:sucking|eating|drinking|having)(?: [a-z]+){0,2} through a straw|(?:leaves|leave|leaving|go home|goes home|going home|be going home|be leaving|come out|comes out|be coming out) (?:in an ambulance|on a stretcher|in a body bag|in a wheelchair|in a coffin)|(?:wake|wakes) up in (?:hospital|a hospital|intensive care|a e))`;
const WILL = String.raw`(?: wil| will| l| is gona| is gonna| is going to| gona| gonna| are gona| are going to| wud| would)?`;
const DESCRIBED_LEFT_WITH = spelt(String.raw`(?:^|(?<= ))${DESCRIBED}(?: [a-z]+){0,6}?${WILL} ${LEFT_WITH}(?= |$)`);
const HE_LEFT_WITH = spelt(String.raw`(?:^|(?<= ))${HE_OR_SHE}${WILL} ${LEFT_WITH}(?= |$)`);
/** care given or a job done, not harm: "volunteers as a first aider", "after her operation", "a paramedic on shift" */
const CARE = spelt(String.raw`(?:^|(?<= ))(?:volunteer|volunteers|volunteering|paramedic|paramedics|first aider|first aid|crew|shift|shifts|operation|op|surgery|appointment|treatment|recovering|recovery|physio)(?= |$)`);
/** the writer's own doing that it follows: "after I meet his dad", "when i see the receptionist", "by the time I've finished" */
const MY_DOING = spelt(String.raw`(?:^|(?<= ))(?:when i|after i|once i|by the time i|til i|till i|until i|if i|wait til i|wait till i|im coming|im comin|im coming in|were coming|were comin)(?= )`);
/**
 * Young people's words for it (lists c and m, 2026-12-07), which several writers of pupils' voices used: a weapon by its
 * street name carried or brought for someone ("bring ur ting", "the ting in my waistband", "been savin up for a strap",
 * "bring the blades boys"), and someone said to be getting hurt in slang ("tyler's gettin done", "that grass is gettin
 * chibbed", "his whole family gettin it", "watch him get merked"), or days said to be numbered ("tell josh to write a
 * will", "first day back ur in a body bag", "hes got a price on him"). Not "getting done for speeding", "got my nails
 * done", "getting it done", a blade of grass, a strap on a bag, or "the news".
 */
const STREET_WEAPON = String.raw`(?:ting|tings|strap|straps|shank|shanks|blade|blades|bally|ballys|balaclava|balaclavas|skeng|skengs|nank|burner|razor|screwdriver|knife|knives|machete|hammer)`;
/** a street weapon carried or brought, with someone, a time or a place it is for */
const CARRIED = spelt(String.raw`(?:^|(?<= ))(?:bring|bringing|bringin|brought|got|get|grab|pull out|pulling out|need|saving up for|savin up for)(?: the| ur| your| my| me| his| a| some| da| sum)? ${STREET_WEAPON}(?= |$)`);
const IN_MY = spelt(String.raw`(?:^|(?<= ))${STREET_WEAPON} (?:is |s )?(?:in (?:my|me) (?:bag|waistband|locker|pocket|coat|blazer|sock)|on (?:my|me) (?:person|waistband|hip))(?= |$)`);
const FOR_SOMEONE_OR_WHEN = spelt(String.raw`(?:^|(?<= ))(?:him|her|u|you|them|opp|opps|teacher|snitch|grass|monday|tuesday|wednesday|thursday|friday|tmrw|tmr|tomorow|tomorrow|tonight|tonite|after school|lunch|break|gate|gates|school|park|boys|lads|mandem|knows why)(?= |$)`);
/** a lesson about knives, an amnesty, or one found or lost: "why carrying a blade makes you less safe", "found a knife in my bag" */
const KNIFE_CRIME = spelt(String.raw`(?:^|(?<= ))(?:crime|awareness|amnesty|pcso|pcsos|police|charity|assembly|safe|safer|protection|bin|surrender|lesson|workshop|talk|talked|speaker|dt|cooking|kitchen|craft|tools?|found|find|finding|lost|left|forgot|forgotten|confiscated|handed)(?= |$)`);
/** someone getting hurt, in young people's words */
const SLANG_HURT = String.raw`(?:wiped|merked|chibbed|malkied|spun|slashed|poked|wet|glassed|stamped on|stomped|shanked|stabbed|dipped|splashed|bodied|smoked|rushed|boxed|banged|jumped|leathered|ironed|sliced|done|it too)`;
const GETTING_HURT = spelt(String.raw`(?:^|(?<= ))(?:getting|gettin|gets|get|gona get|gonna get|about to get|finna get)(?: proper)? ${SLANG_HURT}(?= |$)`);
/** who gets it: someone named, described or spoken to, not the writer, a car, nails or a job */
const HURT_SUBJECT = spelt(String.raw`(?:^|(?<= ))(?:[a-z]+s|he|hes|she|shes|ur|you|youre|u|they|theyre|him|her|whoever|anyone|sum1|someone|somebody|family|grass|snitch|snake|rat|opp|opps|lad|girl|boy|kid|teacher|year \d+|watch him|watch her)$`);
/** things that get done, whose plural the catch-all for "tyler's" would take for someone: "the jobs get done" */
const NOT_A_PERSON = spelt(String.raw`^(?:things|jobs|bits|nails|forms|reports|repairs|works|lessons|classes|books|exams|tests|chores|dishes|walls|floors|windows|cars|photos|results|plans|checks)$`);
/** anyone who does something, said further back: "anyone who speaks on my name at lunch gets wet" */
const ANYONE_WHO = spelt(String.raw`(?:^|(?<= ))(?:anyone|anybody|any1|whoever|everyone|every1|the next person|next person)(?= |$)`);
const hurtSubject = (before: string) => (HURT_SUBJECT.test(before.trimEnd()) && !NOT_A_PERSON.test(lastWords(before, 1))) || ANYONE_WHO.test(before) || HURT_SUBJECT_NEAR.test(lastWords(before, 4));
/** a person named by what they did or are, a few words back: "that snake in 11B gets poked" */
const HURT_SUBJECT_NEAR = spelt(String.raw`(?:^|(?<= ))(?:snake|grass|snitch|rat|opp|opps|lad|girl|boy|kid|teacher|u|you|him|her)(?= )`);
const lastWords = (s: string, n: number) => s.trimEnd().split(' ').slice(-n).join(' ');
const NOT_HURT_AFTER = spelt(String.raw`^ (?:for|at|in|up|with|over|out|on time|early|late|by (?:the )?(?:police|school|head|teacher|sir|miss|a car|a bus))(?= |$)`);
/** a game, where players get wiped, bodied and smoked */
const GAME = spelt(String.raw`(?:^|(?<= ))(?:fortnite|fifa|warzone|cod|minecraft|roblox|game|games|gaming|bot|bots|ranked|lobby|server|xbox|ps5|twitch|apex|valorant|overwatch|match|round|quiz|paintball|laser tag|lasertag|dodgeball)(?= |$)`);
/** days said to be numbered */
const NUMBERED = spelt(String.raw`(?:^|(?<= ))(?:(?:to|better|should|wana|want to) write (?:a|his|her|ur|your) wil|in a body bag|(?:be|be a|becoming a) hashtag|(?:got|has|have|put) a price on (?:him|her|u|you|his head|her head|ur head|your head)|(?:colect|collect|collecting|colecting|pick|picking) (?:him|her|u|you|them) up in pieces|(?:family|families) (?:is |are |r )?(?:getting|gettin|get|gets|gona get|gonna get) it|(?:get|gets|getting|gettin) (?:their|his|her|ur|your) (?:face|faces) (?:cut|slashed|smashed|done)|(?:getting|gettin|gets|get) the (?:screwdriver|knife|blade|ting|shank|hammer|bat)|(?:see|c) (?:who|whos) (?:needs|needing|ned|neds) (?:stitches|an ambulance|a dentist|hospital|a wheelchair)|(?:see|c) (?:who|whos)(?: [a-z]+){0,3} in one piece|(?:aint|not|wont|isnt|is not) (?:gona |gonna |going to )?be (?:walking|walkin|standing|breathing) (?:by|after|when|for long)|(?:wont|aint|not|dont) have a face left|get (?:the|an) ambulance ready|not (?:coming|comin|turning up) (?:with|wiv) (?:just )?(?:my|me) (?:hands|fists)|see (?:what|wat) i(?:ve)? got on me|make sure (?:he|she|u|you|they) (?:never|cant|wont) (?:walks|walk|runs|run|talks|talk|plays|play) again|(?:ill|il|im gona|im gonna|gona|gonna|im going to) (?:give|giv) (?:u|you|him|her|ya) a (?:black eye|fat lip|bloody nose|broken nose)|(?:ill|il|im gona|im gonna|gona|gonna|im going to|im) (?:take|taking|takin) (?:his|her|ur|your) (?:kneecaps|knees|teeth|legs)|(?:with|wiv|wid) a broken (?:jaw|nose|face)|(?:cant|cannot|wont|aint gona|aint gonna) protect (?:him|her|u|you|them)(?= |$)(?<=(?:dad|dads|mum|mums|brother|brothers|family|cousin|cousins|teachers|police|copper|coppers|mates) (?:cant|cannot|wont|aint gona|aint gonna) protect (?:him|her|u|you|them))|(?:do|doing|pull|pulling) (?:a )?(?:columbine|dunblane|sandy hook|parkland|uvalde)|what (?:that|the) (?:kid|lad|boy|guy|man) in (?:america|the us|the states) did)(?= |$)`);

/** something thrown on a person */
const THROWN = spelt(String.raw`(?:throw|throwing|chuck|chucking|pour|pouring) (?:acid|petrol|bleach|boiling water) (?:on|at|over|in) ${TARGET}`);
/** what takes it back or makes it a rule: "must never bring a knife", "don't", a question about a rule */
const NOT_MEANT = spelt(String.raw`(?:^|(?<= ))(?:never|not|dont|do not|wont|must|mustnt|cannot|cant|no one|nobody|anyone|should)(?= )`);

/**
 * words of the shapes that are too common to send every sentence they stand in through all the shapes ("write a will",
 * "never runs again", "his whole family get it", "gets it too", "not comin wiv just my hands", "get their faces cut"):
 * a sentence with one of them and none of TRIGGERS is read for those shapes alone
 */
const COMMON_TRIGGERS = wordSet('write never family too hands faces');

/** The places in a stream where a threat is told by its outcome or its weapon. */
export function violentOutcomes(w: StreamWords): OutcomeHit[] {
  const { words: t, at, stream } = w;
  const out: OutcomeHit[] = [];
  for (let first = 0; first < t.length; ) {
    let end = first;
    let triggered = false;
    let common = false;
    for (; end < t.length && t[end] !== '.'; end++) {
      triggered ||= TRIGGERS.has(t[end]!);
      common ||= COMMON_TRIGGERS.has(t[end]!);
    }
    if (triggered || common) {
      const from = at[first]!;
      const sentence = stream.slice(from, at[end - 1]! + t[end - 1]!.length);
      const found = triggered ? outcomeIn(sentence) : numberedIn(sentence);
      if (found) out.push({ start: from + found.start, end: from + found.end });
    }
    first = end + 1;
  }
  return out;
}

function outcomeIn(sentence: string): { start: number; end: number } | undefined {
  const span = (m: RegExpExecArray, from = m.index) => ({ start: from, end: m.index + m[0].length });
  const put = PUT_IN.exec(sentence);
  if (put) {
    const before = sentence.slice(0, put.index);
    const intent = INTENT.exec(before) ?? NOW.exec(sentence.slice(0, put.index + put[0].length));
    if (intent && !NOT_MEANT.test(before.slice(intent.index))) return span(put, intent.index);
  }
  const willBe = WILL_BE.exec(sentence);
  if (willBe && HANGS_ON.test(sentence) && !ACCIDENT.test(sentence) && !NOT_MEANT.test(sentence.slice(0, willBe.index))) return span(willBe);
  const brought = BROUGHT.exec(sentence);
  if (brought && !NOT_MEANT.test(sentence.slice(0, brought.index))) return span(brought);
  const weapon = WITH_WEAPON.exec(sentence);
  if (weapon) {
    const intent = INTENT.exec(sentence);
    if (intent && intent.index < weapon.index && FOR_SOMEONE.test(sentence) && !NOT_MEANT.test(sentence.slice(intent.index, weapon.index))) return span(weapon, intent.index);
  }
  const described = DESCRIBED_LEFT_WITH.exec(sentence);
  if (described && !ACCIDENT.test(sentence) && !CARE.test(sentence) && !NOT_MEANT.test(sentence.slice(0, described.index + described[0].length))) return span(described);
  const he = HE_LEFT_WITH.exec(sentence);
  if (he && (HANGS_ON.test(sentence) || MY_DOING.test(sentence) || / ned a new face$/.test(he[0])) && !ACCIDENT.test(sentence) && !NOT_MEANT.test(sentence.slice(0, he.index + he[0].length))) return span(he);
  const teeth = TEETH.exec(sentence);
  if (teeth && !LOST_TOOTH.test(sentence) && (INTENT.test(sentence) || HANGS_ON.test(sentence) || /(?:^|(?<= ))can (?:colect|collect|pick|find)/.test(sentence))) return span(teeth);
  const anyone = ANYONE_WILL_BE.exec(sentence);
  if (anyone && !ACCIDENT.test(sentence)) return span(anyone);
  const carried = CARRIED.exec(sentence) ?? IN_MY.exec(sentence);
  if (carried && !KNIFE_CRIME.test(sentence) && (IN_MY.test(sentence) || FOR_SOMEONE_OR_WHEN.test(sentence.slice(carried.index + carried[0].length))) && !NOT_MEANT.test(sentence.slice(0, carried.index))) return span(carried);
  const numbered = numberedIn(sentence);
  if (numbered) return numbered;
  const thrown = THROWN.exec(sentence);
  if (thrown && !NOT_MEANT.test(sentence.slice(0, thrown.index))) return span(thrown);
  return undefined;
}

/** The young people's shapes of someone getting hurt and of days numbered, alone (see COMMON_TRIGGERS). */
function numberedIn(sentence: string): { start: number; end: number } | undefined {
  const span = (m: RegExpExecArray) => ({ start: m.index, end: m.index + m[0].length });
  const hurt = GETTING_HURT.exec(sentence);
  if (hurt && !GAME.test(sentence) && !ACCIDENT.test(sentence) && hurtSubject(sentence.slice(0, hurt.index)) && !NOT_HURT_AFTER.test(sentence.slice(hurt.index + hurt[0].length)) && !NOT_MEANT.test(lastWords(sentence.slice(0, hurt.index), 3))) return span(hurt);
  const numbered = NUMBERED.exec(sentence);
  if (numbered) return span(numbered);
  return undefined;
}
