// Threats of violence however they are worded. The lexicon's threat phrases each know one way of saying it
// ("I'll break your legs", "you're dead after school"); a writer they have not met says it another way ("ill
// break both his arms", "i will literally kill him if i see him", "she'd smash my face in", "that ref wants
// stabbing"), and a held-out set scored blind found a quarter of its threats with phrases alone. So this reads
// a sentence of the stream word by word, and calls it a threat when three things meet in it:
//  - a word of harm ("kill", "batter", "torch", "knock … out", "push … down the stairs");
//  - someone or somewhere it is aimed at, right after it ("him", "that teacher", "Mr Hughes", "his face",
//    "the school", a name on the roster);
//  - intent a few words before it ("I'll", "gonna", "he'd", "someone should", "better"), and no "never",
//    "not" or "don't" between the intent and the harm.
// Or when someone "wants stabbing", "needs a good slap", or "will get a slap". What is not aimed at a person
// or a place is no threat: "we smashed it", "I could murder a cuppa", "shoot the class photos", "beat them
// 3-0", "my mum will kill me".
//
// It reads the canonical stream (offensive-tokens.ts): lower case, letters only, repeated letters
// collapsed ("will" reads "wil", "kill" "kil"), a sentence end as " .". Words are written here as they are
// spelt and collapsed when the sets are built.

import { collapse, type StreamWords, unstarredWords, wordEnd, wordSet } from './stream-words.js';

/** the reason of a threat the reader finds aimed at a person */
export const PERSON_THREAT_REASON = 'Reads as a threat of violence against a person.';

export interface ThreatHit {
  /** stream offsets, end exclusive */
  start: number;
  end: number;
  severity: 'block' | 'warning';
  reason: string;
  /** aimed at a mosque, church, synagogue, temple or gurdwara: hate against those who worship there too */
  worship?: boolean;
}

const words = wordSet;

/** harm done to a person */
const HARM_PERSON = words(`
  kill kills killing murder murdering stab stabbing knife knifing shank shanking shoot shooting batter battering
  bash bashing smash smashing punch punching slap slapping smack smacking thump thumping deck decking lamp lamping
  leather leathering hurt hurting strangle strangling choke choking throttle throttling glass glassing headbutt
  headbutting break breaking snap cut cutting slash slashing end ending stamp chin chinning twat twatting boot
  booting slit rape raping hang torture strangle drown flatten flattening floor burst merk bury bray braying jump jumps
  knack knacking cheff cheffing ching chinging chinged duppy stomp stomping`);
/** harm only when what it is done to is a body: "rip his head off", "stove that dad's head in" (not "rip your jumper") */
const HARM_BODY = words('rip tear stove cave rearrange bust burst bost split crack smash kick knock wring scat');
/** harm done with a thing to a body: "I'll wrap that lollipop stick round his head", "break a chair over his head" */
const HARM_WITH_THING = words('wrap wrapping break smash bounce bend ram whack crack throw chuck lob');
const ROUND = words('round around over across in into at');
/** harm done to a building or a place */
const HARM_PLACE = words('burn burning torch torching bomb bombing firebomb petrolbomb smash smashing wreck trash key keys keying');
/** a verb that harms only with the word after its object: "knock him out", "run her over", "finish him off" */
const HARM_WITH: Record<string, Set<string>> = {
  [collapse('knock')]: words('out down into'),
  // "beat that PE teacher until he stops moving", "beat him black and blue"
  [collapse('beat')]: words('up senseless until till black'),
  [collapse('kick')]: words('in'),
  [collapse('run')]: words('over'),
  [collapse('runs')]: words('over'),
  [collapse('ran')]: words('over'),
  [collapse('running')]: words('over'),
  [collapse('put')]: words('through'),
  [collapse('do')]: words('proper properly in over if when'),
  [collapse('push')]: words('down off under'),
  [collapse('shove')]: words('down off under'),
  [collapse('throw')]: words('down off under out'),
  [collapse('finish')]: words('off'),
  [collapse('blow')]: words('up sky'),
  [collapse('burn')]: words('down'),
  [collapse('sort')]: words('out'),
  // "drag him out of his car" (a place follows), "knock him into next week", "rip you apart"
  [collapse('drag')]: words('out over across'),
  [collapse('dragging')]: words('out'),
  [collapse('drags')]: words('out'),
  [collapse('rip')]: words('apart'),
  [collapse('tear')]: words('apart'),
  // "I'll drive straight through you", "bang him out", Geordie "hoy him ower the railings"
  [collapse('drive')]: words('through into over'),
  [collapse('bang')]: words('out'),
  [collapse('hoy')]: words('ower over off out into down'),
};
/** a particle that harms only with the words after it: "knock him into next week" (not "into shape") */
const PARTICLE_NEEDS: Record<string, (t: string[], after: number, verb: string) => boolean> = {
  into: (t, after) => t[after + 1] === 'next' || (t[after + 1] === 'the' && INTO_HARM.has(t[after + 2] ?? '')),
  // "drag him out of his car" (not "drag them out for a walk"); "knock him out" (not "out of the park")
  // "drag him out by his ears"
  out: (t, after, verb) => (t[after + 1] === 'of' ? PLACE.has(t[after + 3] ?? '') || PLACE.has(t[after + 4] ?? '') : !verb.startsWith('drag') || (t[after + 1] === 'by' && POSSESSIVE.has(t[after + 2] ?? ''))),
  // "drag you over that counter" (not "drag the kids over to my mum's"); "drive over him" and "hoy him ower" need nothing
  over: (t, after, verb) => !verb.startsWith('drag') || BARRIER.has(t[after + 2] ?? ''),
  across: (t, after, verb) => !verb.startsWith('drag') || BARRIER.has(t[after + 2] ?? ''),
  // "put him through the staffroom window" (not "put them through their paces", "put the forms through your door", "I'll
  // put you through to the office")
  through: (t, after, verb) => verb !== 'put' || ![1, 2, 3].some((k) => NOT_PUT_THROUGH.has(t[after + k] ?? '')),
};
/** what is put through that is no harm: "their paces", "the door", "to reception", "school", "their exams" */
const NOT_PUT_THROUGH = words('paces to door doors letterbox school college university uni exams exam tests test course training mill wringer motions');
/** what someone is dragged over: "drag you over that counter by your hair" */
const BARRIER = words('counter desk table railings railing fence wall bonnet bar gate gates playground floor ground');
/** where someone is knocked into: "knock him into the road" (not "into shape", "into the team") */
const DRIVE = collapse('drive');
const INTO_HARM = words('road wall floor ground traffic canal river hedge middle railings');
/** what follows harm that is no threat: "cut you a slice", "hurt her feelings", "kill them with kindness" */
const NOT_HARM_AFTER = words('a an some slack feelings pride chances with at in on');
const NOT_HARM_AFTER_EXCEPT = words('in'); // "kick his head in" keeps "in"
/** when and where in a school day harm may be promised "at": "at break", "at lunch", "at the gate", "at home time" */
/** beaten "until": a person, not a side ("until they give up") */
const UNTIL = words('until till');
const SCHOOL_DAY = words('break breaktime lunch lunchtime dinner dinnertime playtime hometime pickup gate gates bus busstop park astro');
/** the intent, a few words before the harm */
const INTENT = words(`
  ill i'll il will wil would gonna going imma ima wanna wana id hed shed theyd wed youd hell shell theyll well
  should shud needs ought better gna gunna gona gonnae gonny ahl hope threatening threatened threatens threaten swore vowed
  gannin ganna planning plan plans intend intends intending`);
/** intent that needs "to" after it: "threatening to stab", "swore to" */
const INTENT_TO = words('threatening threatened threatens threaten swore vowed planning plan plans intend intends intending');
/** intent that is the writer's own: blocked rather than warned about */
const OWN_INTENT = words("ill il imma ima id ahl");
const FIRST_PERSON = words('i im we were');
/** who means the harm, when written before the intent: "she'd", "someone should", "he is going to" */
const SUBJECT = words('i im we were he she they you u ur youre someone somebody some1 hes shes theyre');
/** a word that takes the threat back: "I would never hurt him", "he's not going to hit anyone" */
const NEGATION = words("never not dont don't doesnt wont won't wouldnt didnt cant cannot shouldnt isnt arent no nobody");
/** words that may stand between the intent and the harm or between the harm and its object */
const FILLER = words('literally actually really just proper properly personally fucking fking fcking fkin effing bloody frigging flipping both all go come and');
/** a swear word starred out: "f***ing", "f*cking" */
const STARRED_SWEAR = /^f[a-z]?\*+[a-z]*(?:ing|in)$/;
const isFiller = (w: string) => FILLER.has(w) || STARRED_SWEAR.test(w);
/** someone a threat is aimed at */
const PRONOUN = words('him her you u ya ye yu them em yall everyone everybody every1 ur yous youse someone somebody anyone anybody whoever');
const PERSON = words(`
  teacher teachers head headteacher kid kids child children boy boys girl girls lad lads lass woman women man men bloke
  parent parents mum mums mam dad dads driver caretaker ref referee lady ladies ta staff pupil pupils family wife husband
  son daughter brother sister neighbour cow bitch bastard prick twat dickhead idiot moron one coach governor receptionist
  cleaner cook secretary senco deputy slt inspector governors headmaster headmistress principal tutor tutors assistant
  assistants supervisor supervisors technician librarian nurse bursar counsellor mentor student students classmate
  stepdad stepmum boyfriend girlfriend uncle cousin`);
/** someone's family, aimed at through them: "my son", "his little brother" */
const FAMILY = words('son daughter child kid boy girl brother sister mum mam dad wife husband lad lass baby grandson granddaughter nephew niece family');
const BODY = words('face faces legs leg arms arm head heads teeth neck kneecaps kneecap knees knee jaw nose throat skull ribs back lights fingers hands eyes bone bones body life yed heid gob chops noggin ead');
const PLACE = words(`
  school schools skool skl skewl scool building staffroom hall office classroom classrooms mosque mosques church churches synagogue synagogues
  temple temples gurdwara gurdwaras house home car
  cars windows window windscreen van motor place dump shithole shthole academy nursery gym tyres door letterbox fence`);
const DETERMINER = words('that this the these those any your ur his her their every');
const TITLE = words('mr mrs ms miss sir dr');
/** what a person may own, which harm words also take: "shoot Mr Hughes's class photos" */
const THING = words('photo photos picture pictures portrait portraits video videos film footage scene headshots homework work books book');
const OVER_SOMETHING = words('the a an his her their your some what it this that');
const GIVEN = words('a an some with for');
/** harm that is grave enough to block when the writer means it: the rest is a warning for someone to read */
const GRAVE = words('kill murder stab stabbing knife shank shoot glass strangle choke torture rape bomb torch burn firebomb petrolbomb slit');
/** a place said to burn */
const BURNT = words('burn burnt burned torched bombed');
/** what follows a place that will burn, rather than burn something: "burn one night", "burn down" */
const BURN_END = new Set(['.', ...words('down to one tonight soon next and like with it if unless when')]);
/** someone wishing harm: "wants stabbing", "needs a good slap", "deserves a kicking" */
const WISH = words('wants needs deserves deserve want need');
const HARM_NOUN = words('slap smack kicking beating hiding leathering battering pasting shoeing punch kick visit bullet thrashing hammering');
const HARM_ING = words('stabbing shooting battering leathering slapping kicking punching hanging knifing decking lamping glassing burning doing sorting smacking caving smashing bashing');
const PASSIVE = words('stabbed shot battered glassed knifed decked lamped slapped punched jumped merked shanked bodied dipped splashed keyed torched');
/** grave harm told as coming to someone described at length: "the man who shouted at my mum is getting stabbed" */
const GRAVE_PASSIVE = words('stabbed shot knifed glassed merked shanked bodied dipped splashed');
/** what follows a thing being dipped or splashed: "is getting dipped in batter", "splashed with paint" */
const DONE_WITH = words('in into with by on for at');
/** after "we'll beat them": sport, not violence */
const SPORT = words('final match game league quiz cup semi tournament race saturday sunday football netball rugby hockey tag nil');

/** tests and games a class may "smash", named up to twenty words before */
const TESTS = words('sats test tests exam exams quiz quizzes spelling spellings assessment assessments mocks');
const IT_OR_THEM = words('it them em');
const testsBefore = (t: string[], i: number) => {
  for (let k = i - 1; k >= 0 && k >= i - 20; k--) if (TESTS.has(t[k]!) || SPORT.has(t[k]!)) return true;
  return false;
};
/** what one does before harm that befalls one: "slip and crack their head" */
const ACCIDENT = words('slip slips slipped trip trips tripped fall falls fell');
/** someone not yet known, who may come to harm: "someone is going to break their neck" */
const SOMEONE = words('someone somebody some1 sum1 someones somebodys kid child');
/** what harms without meaning to: "the sea will kill you", "the cold will kill you", "smoking will kill you" */
const HAZARD = words(`
  sea water river tide tides current currents cold heat sun smoking vaping drugs alcohol sugar stress cancer virus covid
  traffic road roads ice electricity fire flames cliff cliffs quarry railway trains train lightning weather rip`);

const POSSESSIVE = words('his her their your ur yer');
const COMING_TO = words('hes shes youre ur theyre');
const GETTING = collapse('getting');
const GETTIN = collapse('gettin');
/** what may follow a beating told as coming: "he's getting decked after school" (not "getting battered fish") */
const WHEN = words('at after when if tomorrow today later');
const BURNING = words('burning torching bombing');
/** grave harm wished as something someone should suffer: "that head should be hung", "they ought to be shot" */
const SUFFERED = words('hung hanged shot stabbed killed murdered lynched executed gassed strung flogged castrated');
const SHOULD = words('should shud shld');
const SHOULD_TO = words('needs need ought deserves deserve wants');
/** "a good slap", "a proper hiding" */
const STRONG = words('good proper right real');
const GET = words('get gets getting gettin');
/** "wait for that teacher after school and smash his face in": intent carried over "and" */
const AND_WINDOW = 12;
const WINDOW = 5;
const DIGIT_FIRST = /^\d/;


interface Aim {
  end: number;
  place: boolean;
  /** aimed at the writer ("me", "my face"): a threat only as someone else's words, not "my mum will kill me" */
  writer?: boolean;
}
/** who is reported as meaning harm to the writer */
const REPORTED = words('hed shed theyd hel shel theyl he she they someone somebody');
/** weapons brought to the school or to a person: "come down the school with a baseball bat" */
const WEAPON = words('knife knives machete gun rifle shotgun pistol crowbar hammer blade axe');
const ARTICLE_OR_OWNER = words('a an the his her my their this that');
const BRING = words('come coming bring bringing brings turn turning carry carrying round');
const BASEBALL = collapse('baseball');
/** "he's bringing a knife in": the present tense of a plan */
const PLANNING = words('hes shes theyre im were');

/** The person or place aimed at from token i: its last token and whether it is a place. */
function aimAt(t: string[], i: number, names: ReadonlySet<string>): Aim | undefined {
  let k = i;
  while (k < t.length && isFiller(t[k]!) && k < i + 2) k++;
  // "sort the lot of you out"
  if (t[k] === 'the' && t[k + 1] === 'lot') return { end: t[k + 2] === 'of' && t[k + 3] ? k + 3 : k + 1, place: false };
  const w = t[k];
  if (w === undefined || w === '.') return undefined;
  if (w === 'me') return { end: k, place: false, writer: true };
  if (PRONOUN.has(w)) {
    // "your face", "his legs": a body is aimed at too
    if (BODY.has(t[k + 1] ?? '')) return { end: k + 1, place: false };
    if (PLACE.has(t[k + 1] ?? '') && w !== 'you' && w !== 'u') return { end: k + 1, place: true };
    if (BODY.has(t[k + 2] ?? '') && !PRONOUN.has(t[k + 1] ?? '')) return { end: k + 2, place: false };
    return w === 'ur' ? undefined : { end: k, place: false };
  }
  if (w === 'his' || w === 'her' || w === 'their' || w === 'ya' || w === 'yer' || w === 'my' || w === 'your' || w === 'ur') {
    for (let j = k + 1; j <= k + 3 && j < t.length && t[j] !== '.'; j++) {
      if (BODY.has(t[j]!)) return { end: j, place: false, writer: w === 'my' };
      if (PLACE.has(t[j]!)) return { end: j, place: true, writer: w === 'my' };
      // "he'll kill my son", "I'll batter his brother": the writer's family only in someone else's words, as "my face" is
      if (FAMILY.has(t[j]!)) return { end: j, place: false, writer: w === 'my' };
    }
    return undefined;
  }
  if (TITLE.has(w) && t[k + 1] && t[k + 1] !== '.') return { end: k + 1, place: false };
  if (names.has(w)) return { end: k, place: false };
  if (DETERMINER.has(w) || w === 'next') {
    for (let j = k + 1; j <= k + 4 && j < t.length && t[j] !== '.'; j++) {
      // "every bone in your body" (but "the head's window" is a place)
      if (PERSON.has(t[j]!) || (BODY.has(t[j]!) && !PLACE.has(t[j + 1] ?? ''))) return { end: j, place: false };
      // "that year 10", "the year 9 who grassed"
      if (t[j] === 'year' && DIGIT_FIRST.test(t[j + 1] ?? '')) return { end: j + 1, place: false };
      // "batter that Callum": a name after "that" is the person
      if (j === k + 1 && w === 'that' && names.has(t[j]!)) return { end: j, place: false };
      if (PLACE.has(t[j]!)) return { end: j, place: true };
      if (TITLE.has(t[j]!)) return { end: j + 1, place: false };
    }
    return undefined;
  }
  if (w === 'lot' && t[k + 1] === 'of') return { end: k + 2, place: false };
  return undefined;
}

/**
 * "one of them mosques … someone should burn it down": "it" after harm to a place, where a place stands earlier in
 * the sentence (not "burn it" of leaves, with no place before).
 */
function placeBefore(t: string[], i: number): Aim | undefined {
  if (t[i + 1] !== 'it' || !BURN_IT.has(t[i]!)) return undefined;
  // the place as a thing in itself, not naming another ("the school fair")
  for (let k = i - 1; k >= 0 && k >= i - IT_REACH && t[k] !== '.'; k--) if (PLACE.has(t[k]!) && PLACE_ENDS.has(t[k + 1]!)) return { end: i + 1, place: true };
  return undefined;
}
/** The word naming the place a threat is aimed at: in its span, or the one "it" stands for (placeBefore); -1 if none. */
function placeOf(t: string[], hit: Found): number {
  for (let k = hit.first; k <= hit.last; k++) if (PLACE.has(t[k]!)) return k;
  for (let k = hit.first - 1; k >= 0 && k >= hit.first - IT_REACH && t[k] !== '.'; k--) if (PLACE.has(t[k]!) && PLACE_ENDS.has(t[k + 1]!)) return k;
  return -1;
}
const WORSHIP = words('mosque mosques church churches synagogue synagogues temple temples gurdwara gurdwaras');

/** harm to "it" that is only ever harm to a place: not "smash it" (do well), "bomb it" (go fast) or "blow it up" (a balloon) */
const BURN_IT = words('burn burning torch torching firebomb petrolbomb');
/** what may follow a place that "it" stands for: "one of them mosques in Thornbury", "that school is a disgrace" */
const PLACE_ENDS = words('in on at near by like that which is s are was were and or then round up over they');
/** how many words back "it" may find its place */
const IT_REACH = 25;

/** Where intent stands within WINDOW words before token i (same sentence), or -1; -2 when a negation comes first. */
function intentBefore(t: string[], i: number): number {
  let before = i - 1;
  while (before >= 0 && isFiller(t[before]!) && t[before] !== 'and') before--;
  // "I'll be down there Monday to sort you out": the purpose of a plan, as far back as after "and"
  const reach = t[before] === 'and' || t[before] === 'to' ? AND_WINDOW : WINDOW;
  for (let k = i - 1, seen = 0; k >= 0 && seen < reach; k--) {
    const w = t[k]!;
    if (!isFiller(w)) seen++;
    if (w === '.') return -1;
    if (NEGATION.has(w)) return -2;
    // "our kid'll bost his yed", "her dad'll sort him": will glued to the person
    if (w.length > 3 && w.endsWith('l') && PERSON.has(w.slice(0, -1))) return k;
    if (INTENT.has(w)) {
      // "going to" is intent; "going" to a place is not
      // (but "I'm going up there and dragging him out" is a plan)
      // "planning how to hurt the head of year"
      const howTo = t[k + 1] === 'how' && t[k + 2] === 'to';
      if ((w === 'going' || INTENT_TO.has(w)) && t[k + 1] !== 'to' && !(INTENT_TO.has(w) && howTo) && !(w === 'going' && PLANNING.has(t[k - 1] ?? ''))) continue;
      // the subject before the intent starts the span: "she'd", "someone should", "my brother will"
      let start = k;
      if (k > 0 && SUBJECT.has(t[k - 1]!)) start = k - 1;
      return start;
    }
  }
  return -1;
}

interface Found { first: number; last: number; own: boolean; place: boolean }
const found = (first: number, last: number, own: boolean, place: boolean): Found => ({ first, last, own, place });
const ownIntent = (t: string[], from: number) => OWN_INTENT.has(t[from]!) || FIRST_PERSON.has(t[from]!);

/** "that ref wants stabbing", "he needs a good slap", "she'll get a slap": found from the harm, the wish before it */
function wishedAt(t: string[], i: number, names: ReadonlySet<string>): Found | undefined {
  // "someone should give that Ofsted inspector a good kicking"
  if (HARM_NOUN.has(t[i]!) && t[i] !== 'visit') {
    for (let g = i - 2; g >= i - 7 && g >= 0 && t[g] !== '.'; g--) {
      if (t[g] !== 'give' && t[g] !== 'giving') continue;
      const aim = aimAt(t, g + 1, names);
      const a = aim ? aim.end + 1 : -1;
      if (!aim || aim.place || !(a === i - 1 || a === i - 2) || t[a] !== 'a') break;
      const from = intentBefore(t, g);
      if (from >= 0) return found(from, i, false, false);
      break;
    }
  }
  for (let w = i - 1; w >= i - 3 && w >= 0; w--) {
    const wish = t[w]!;
    if (!WISH.has(wish) && !GET.has(wish)) continue;
    let k = w + 1;
    // "she wants her head kicking in"
    if (POSSESSIVE.has(t[k] ?? '') && BODY.has(t[k + 1] ?? '')) k += 2;
    if (t[k] === 'a') k++;
    if (STRONG.has(t[k] ?? '')) k++;
    if (k !== i) return undefined;
    const harm = t[i]!;
    const wished = WISH.has(wish) ? HARM_ING.has(harm) || (k > w + 1 && HARM_NOUN.has(harm)) : (t[w + 1] === 'a' && HARM_NOUN.has(harm)) || (k === w + 1 && PASSIVE.has(harm) && t[i + 1] !== 'of');
    if (!wished) return undefined;
    if (GET.has(wish)) {
      // "he's getting decked", "you're getting battered": a beating told as already coming
      if ((wish === GETTING || wish === GETTIN) && COMING_TO.has(t[w - 1] ?? '') && k === w + 1 && (ENDS_MENACE.has(t[i + 1] ?? '.') || WHEN.has(t[i + 1]!))) return found(w - 1, i, false, false);
      if ((wish === GETTING || wish === GETTIN) && t[w - 1] === 'is' && k === w + 1 && GRAVE_PASSIVE.has(harm) && !DONE_WITH.has(t[i + 1] ?? '.')) return found(w - 1, i, false, false);
      const from = intentBefore(t, w);
      return from < 0 ? undefined : found(from, i, false, false);
    }
    // someone must be wished it: not "the garden needs a good kicking about"; or a place burnt: "that school wants burning down"
    let first = w;
    let place = false;
    for (let j = w - 1; j >= w - 3 && j >= 0 && t[j] !== '.'; j--) {
      if (PERSON.has(t[j]!) || PRONOUN.has(t[j]!) || names.has(t[j]!) || t[j] === 'he' || t[j] === 'she' || t[j] === 'they') first = j;
      else if (PLACE.has(t[j]!) && BURNING.has(harm) && DETERMINER.has(t[j - 1] ?? '')) [first, place] = [j - 1, true];
    }
    return first === w ? undefined : found(first, i, false, place);
  }
  return undefined;
}

/** "this dump will burn one night", "that school should be burnt down": found from the burning, the place before it */
function burntAt(t: string[], j: number): Found | undefined {
  if (t[j] === 'burn' && !BURN_END.has(t[j + 1] ?? '.')) return undefined; // "the school will burn the leaves"
  for (let i = j - 1; i >= j - 4 && i >= 1 && t[i] !== '.'; i--) {
    if (!PLACE.has(t[i]!) || !DETERMINER.has(t[i - 1]!)) continue;
    return intentBefore(t, j) > i ? found(i - 1, j, false, true) : undefined;
  }
  return undefined;
}

/** The threat found from word i of the stream's words, if there is one. */
function threatAt(t: string[], i: number, names: ReadonlySet<string>): Found | undefined {
  const w = t[i]!;
  if (HARM_ING.has(w) || HARM_NOUN.has(w) || PASSIVE.has(w)) {
    const wished = wishedAt(t, i, names);
    if (wished) return wished;
  }
  if (BURNT.has(w)) {
    const burnt = burntAt(t, i);
    if (burnt) return burnt;
  }
  // "he'll get a knife in him", "I'll put a bullet in your head"
  if ((WEAPON.has(w) || w === 'bulet') && (t[i + 1] === 'in' || t[i + 1] === 'into')) {
    const aim = aimAt(t, i + 2, names);
    const from = aim && !aim.place && !aim.writer ? intentBefore(t, i) : -1;
    if (aim && from >= 0) return found(from, aim.end, ownIntent(t, from), false);
  }
  if (WEAPON.has(w) || w === 'bat' || (w === 'brick' && t[i - 1] === 'a' && (t[i - 2] === 'with' || t[i - 2] === 'and'))) return weaponAt(t, i);
  // "kick off on that teacher"
  if (w === 'kick' && t[i + 1] === 'of' && t[i + 2] === 'on') {
    const aim = aimAt(t, i + 3, names);
    const from = aim && !aim.place ? intentBefore(t, i) : -1;
    return aim && from >= 0 ? found(from, aim.end, false, false) : undefined;
  }
  // "I'll swing for the next parent", "put a brick through the head's window"
  if ((w === 'swing' && t[i + 1] === 'for') || (w === 'brick' && t[i + 1] === 'through')) {
    const aim = aimAt(t, i + 2, names);
    const from = aim && (w === 'swing') === !aim.place ? intentBefore(t, i) : -1;
    return aim && from >= 0 ? found(from, aim.end, ownIntent(t, from), aim.place) : undefined;
  }
  if (SUFFERED.has(w) && t[i - 1] === 'be') {
    const suffered = sufferedAt(t, i, names);
    if (suffered) return suffered;
  }
  // "i'ma pop you": only said to or of a person at the end ("I'll pop you a message", "pop her round")
  if (w === 'pop' && (t[i + 1] === 'you' || t[i + 1] === 'u' || t[i + 1] === 'him' || t[i + 1] === 'her') && ENDS_MENACE.has(t[i + 2] ?? '.')) {
    const from = intentBefore(t, i);
    if (from >= 0) return found(from, i + 1, false, false);
  }
  // "I'll set fire to your car"
  if (w === 'fire' && t[i - 1] === 'set' && t[i + 1] === 'to') {
    const aim = aimAt(t, i + 2, names);
    const from = aim && !aim.writer ? intentBefore(t, i - 1) : -1;
    if (aim && from >= 0) return found(from, aim.end, ownIntent(t, from), aim.place);
  }
  // "we're coming for you"
  if (w === 'coming' && t[i + 1] === 'for' && PRONOUN.has(t[i + 2] ?? '') && ENDS_MENACE.has(t[i + 3] ?? '.') && COMING.has(t[i - 1] ?? '')) return found(i - 1, i + 2, false, false);
  if (HARM_WITH_THING.has(w)) {
    const withThing = thingAt(t, i, names);
    if (withThing) return withThing;
  }
  // "lining them up against a wall and shooting them"
  if (w === 'wal') return wallAt(t, i);
  if (DEATH.has(w)) return deathWishedAt(t, i, names);
  // "hope you get hit by a bus": the other readings of "hit" and "run" are tried after
  if (w === 'hit' || w === 'run') {
    const wished = deathWishedAt(t, i, names);
    if (wished) return wished;
  }
  if (w === 'visit') return visitAt(t, i, names);
  // "I'll drive straight through you": the particle before the one aimed at
  if (w === DRIVE) {
    let k = i + 1;
    if (t[k] === 'straight' || t[k] === 'right') k++;
    if (t[k] === 'through' || t[k] === 'into' || t[k] === 'over') {
      const aim = aimAt(t, k + 1, names);
      const from = aim && !aim.place && !aim.writer ? intentBefore(t, i) : -1;
      if (aim && from >= 0) return found(from, aim.end, ownIntent(t, from), false);
    }
  }
  const particle = HARM_WITH[w];
  const person = HARM_PERSON.has(w);
  const place = HARM_PLACE.has(w);
  const body = HARM_BODY.has(w);
  if (!person && !place && !particle && !body) return undefined;
  const aim = aimAt(t, i + 1, names) ?? placeBefore(t, i);
  if (!aim) return undefined;
  // "that teacher's head", "Mr Hughes's face": the person's body
  if (!aim.place && !BODY.has(t[aim.end]!) && BODY.has(t[aim.end + 1] ?? '')) aim.end++;
  let last = aim.end;
  // "shoot the kids' photos": the person owns what is aimed at
  if (THING.has(t[last + 1] ?? '') || THING.has(t[last + 2] ?? '')) return undefined;
  // "I'll sort them out" may be books or a problem: only a person named or described is sorted out
  if (w === 'sort' && (t[last] === 'them' || t[last] === 'em') && t[last - 1] !== 'of') return undefined;
  const onBody = body && BODY.has(t[last]!);
  if (aim.place ? !place && !particle : !person && !particle && !onBody) return undefined;
  // "knock him out", "knock him clean out", "push her down the stairs", "put every window in this place through";
  // harm to a body needs no particle but may have one: "knock his teeth down his throat"
  let after = -1;
  if (particle) {
    const reach = aim.place ? 4 : 2;
    for (let j = last + 1; j <= last + reach && j < t.length && t[j] !== '.'; j++) if (after < 0 && particle.has(t[j]!)) after = j;
    if (after >= 0 && !(PARTICLE_NEEDS[t[after]!]?.(t, after, w) ?? true)) after = -1;
    // "we'll beat them until they give up" is a team; "beat that teacher until he stops moving" is not
    if (after >= 0 && UNTIL.has(t[after]!) && IT_OR_THEM.has(t[aim.end]!)) after = -1;
    if (after < 0 && !onBody) return undefined;
  }
  if (after >= 0) {
    // "run them over the times tables": over something, not over someone
    if (t[after] === 'over' && !w.startsWith('drag') && OVER_SOMETHING.has(t[after + 1] ?? '')) return undefined;
    // "I'll sort you out a ticket": something given, not harm (but "put him through a wall")
    if (!aim.place && t[after] !== 'through' && GIVEN.has(t[after + 1] ?? '')) return undefined;
    // "into next week"
    last = t[after] === 'into' ? after + 2 : after;
  } else {
    const next = t[last + 1] ?? '';
    // "smash every window in it" (a place's windows); "jump her on her way home"
    // "punch her in the face", "cut him with a knife" (not "kill them with kindness")
    const onBody = next === 'in' && (t[last + 2] === 'the' || POSSESSIVE.has(t[last + 2] ?? '')) && BODY.has(t[last + 3] ?? '');
    const armed = next === 'with' && (WEAPON.has(t[last + 2] ?? '') || (ARTICLE_OR_OWNER.has(t[last + 2] ?? '') && WEAPON.has(t[last + 3] ?? '')));
    // "end her at break", "batter him at the gate" (not "kill them at chess"): a time or a place of the school day
    const atSchoolDay = next === 'at' && (SCHOOL_DAY.has(t[last + 2] ?? '') || (t[last + 2] === 'the' && SCHOOL_DAY.has(t[last + 3] ?? '')));
    const stillHarm = (NOT_HARM_AFTER_EXCEPT.has(next) && (BODY.has(t[last]!) || aim.place)) || (next === 'on' && t[last + 3] === 'way') || onBody || armed || atSchoolDay;
    if (NOT_HARM_AFTER.has(next) && !stillHarm) return undefined;
  }
  let sport = false;
  for (let j = last + 1; j <= last + 4 && j < t.length && t[j] !== '.'; j++) if (SPORT.has(t[j]!) || DIGIT_FIRST.test(t[j]!)) sport = true;
  if (sport) return undefined;
  // "SATs are a load of rubbish but they'll smash them anyway": tests done well, named a few words back
  if ((w === 'smash' || w === 'smashing') && IT_OR_THEM.has(t[aim.end]!) && testsBefore(t, i)) return undefined;
  // "someone's going to slip and crack their head open": an accident foreseen
  if (t[i - 1] === 'and' && ACCIDENT.has(t[i - 2] ?? '')) return undefined;
  const from = intentBefore(t, i);
  if (from < 0 || (aim.writer && !reported(t, from, i))) return undefined;
  // "someone is going to break their neck" on an ungritted car park: their own neck, an accident foreseen
  if (t[i + 1] === 'their' && [1, 2, 3].some((k) => SOMEONE.has(t[from - k] ?? ''))) return undefined;
  // "the sea will kill you if you're daft": a danger that harms, not someone who means to
  if (from > 0 && HAZARD.has(t[from - 1]!) && !SUBJECT.has(t[from]!)) return undefined;
  return found(from, last, ownIntent(t, from) && (GRAVE.has(w) || BODY.has(t[aim.end]!)), aim.place);
}

/** "wrap that lollipop stick round his head", "break a chair over her head": a thing brought down on a body */
function thingAt(t: string[], i: number, names: ReadonlySet<string>): Found | undefined {
  for (let j = i + 1; j <= i + 5 && j < t.length && t[j] !== '.'; j++) {
    if (!ROUND.has(t[j]!)) continue;
    const aim = aimAt(t, j + 1, names);
    if (!aim || aim.place || aim.writer || !BODY.has(t[aim.end]!)) return undefined;
    const from = intentBefore(t, i);
    return from < 0 ? undefined : found(from, aim.end, ownIntent(t, from), false);
  }
  return undefined;
}

/** "that head should be hung", "they ought to be shot": found from the harm, "should be" and whom before it */
function sufferedAt(t: string[], i: number, names: ReadonlySet<string>): Found | undefined {
  let modal = i - 2;
  if (t[modal] === 'to' && SHOULD_TO.has(t[modal - 1] ?? '')) modal--;
  else if (!SHOULD.has(t[modal] ?? '')) return undefined;
  if (NEGATION.has(t[modal + 1] ?? '') || NEGATION.has(t[modal - 1] ?? '')) return undefined;
  for (let k = modal - 1; k >= modal - 4 && k >= 0 && t[k] !== '.'; k--) {
    const who = t[k]!;
    if (PERSON.has(who) || names.has(who) || TITLE.has(who) || who === 'he' || who === 'she' || who === 'they' || who === 'you' || who === 'u') {
      // "the photos should be shot in the hall": a person must be the one it is done to
      if (THING.has(t[k + 1] ?? '')) return undefined;
      return found(k, i, false, false);
    }
  }
  return undefined;
}
const COMING = words('im were theyre hes shes');
/** what may end "coming for you" as menace (not "coming for you at 3 to pick you up") */
const ENDS_MENACE = words('. next soon al mate tonight');

/** "want lining up against a wall and shooting": found from the wall */
function wallAt(t: string[], i: number): Found | undefined {
  if (t[i - 1] !== 'a' && t[i - 1] !== 'the') return undefined;
  if (t[i - 2] !== 'against' || t[i - 3] !== 'up' || !LINED.has(t[i - 4] ?? '')) return undefined;
  if (t[i + 1] !== 'and' || !SHOT.has(t[i + 2] ?? '')) return undefined;
  return found(i - 4, i + 2, false, false);
}
const LINED = words('line lined lining');
const SHOT = words('shot shooting shoot');

/** someone wished dead: "hope that teacher crashes her car", "I hope he dies" */
const DEATH = words('dies die croaks croak rots rot crashes cancer falls chokes choke drowns drown');
/** what someone is wished hit by or run over with: "hope you get hit by a bus" (not "hit by the ball") */
const VEHICLE = words('bus car train lory truck van tractor coach tram');
const WISHING = words('hope hoping wish hopefully');
const CATCH = words('get gets catch catches');
/** what a crash must be of: "crashes her car" (not "crashes out", "crashes the party") */
const CRASHED = words('car van bike into');
const FALLS_TO = words('down off under in into from');
function deathWishedAt(t: string[], i: number, names: ReadonlySet<string>): Found | undefined {
  if (t[i] === 'crashes' && !(CRASHED.has(t[i + 1] ?? '') || CRASHED.has(t[i + 2] ?? ''))) return undefined;
  // "hope you get cancer"
  if (t[i] === 'cancer' && (!CATCH.has(t[i - 1] ?? '') || !ENDS_MENACE.has(t[i + 1] ?? '.'))) return undefined;
  // "hope the head falls down the stairs", "hope she chokes on it" (not "falls asleep", "chokes up")
  if ((t[i] === 'falls' && !FALLS_TO.has(t[i + 1] ?? '.')) || ((t[i] === 'chokes' || t[i] === 'choke') && t[i + 1] !== 'on')) return undefined;
  // "hope you get hit by a bus", "hope he gets run over" (not "hit by the ball", "run out of time", "gets run by")
  let end = t[i] === 'crashes' ? i + (CRASHED.has(t[i + 1]!) ? 1 : 2) : i;
  if (t[i] === 'hit' || t[i] === 'run') {
    if (!CATCH.has(t[i - 1] ?? '')) return undefined;
    if (t[i] === 'run' && t[i + 1] !== 'over') return undefined;
    if (t[i] === 'hit' && !(t[i + 1] === 'by' && (t[i + 2] === 'a' || t[i + 2] === 'the') && VEHICLE.has(t[i + 3] ?? ''))) return undefined;
    end = t[i] === 'run' ? i + 1 : i + 3;
  }
  let aimed = false;
  for (let k = i - 1; k >= i - 10 && k >= 0 && t[k] !== '.'; k--) {
    const w = t[k]!;
    if (NEGATION.has(w)) return undefined;
    if (w === 'he' || w === 'she' || w === 'they' || w === 'you' || w === 'u' || PERSON.has(w) || names.has(w) || TITLE.has(w)) aimed = true;
    if (WISHING.has(w)) return aimed ? found(k, end, false, false) : undefined;
  }
  return undefined;
}

/** "I'll be paying her a visit tonight": a visit promised to one person */
const PAY = words('pay paying');
function visitAt(t: string[], i: number, names: ReadonlySet<string>): Found | undefined {
  let a = i - 1;
  if (t[a] === 'little' || t[a] === 'friendly') a--;
  if (t[a] !== 'a') return undefined;
  for (let k = a - 1; k >= a - 4 && k >= 1; k--) {
    if (!PAY.has(t[k]!)) continue;
    const aim = aimAt(t, k + 1, names);
    if (!aim || aim.place || aim.end !== a - 1 || t[aim.end] === 'them' || t[aim.end] === 'em') return undefined;
    const from = intentBefore(t, k);
    return from >= 0 && ownIntent(t, from) ? found(from, i, false, false) : undefined;
  }
  return undefined;
}

/** Whether the intent between `from` and the harm at i is someone else's, reported: "he said he'd", "she'd". */
const reported = (t: string[], from: number, i: number) => {
  for (let k = from; k < i; k++) if (REPORTED.has(t[k]!)) return true;
  return false;
};

/** "come down the school with a baseball bat", "bringing his dad's air rifle in": a weapon brought, meant */
function weaponAt(t: string[], i: number): Found | undefined {
  // a bat is a weapon only as a baseball bat, or brought "with a bat" (not "a bat for rounders")
  if (t[i] === 'bat' && t[i - 1] !== BASEBALL && !(t[i - 1] === 'a' && t[i - 2] === 'with' && (t[i + 1] ?? '.') === '.')) return undefined;
  if ((t[i] === 'knife' || t[i] === 'knives') && (t[i + 1] === 'and' || t[i + 1] === 'fork' || t[i + 1] === 'forks')) return undefined;
  for (let k = i - 1; k >= i - 7 && k >= 0 && t[k] !== '.'; k--) {
    if (!BRING.has(t[k]!)) continue;
    // a warning: a knife may be for the cookery club, a bat for rounders
    if (t[k]!.endsWith('ing') && PLANNING.has(t[k - 1] ?? '')) return found(k - 1, i, false, false);
    const from = intentBefore(t, k);
    return from < 0 ? undefined : found(from, i, false, false);
  }
  return undefined;
}


/** every word a threat can be found from */
const STARTS = new Set([
  ...HARM_PERSON, ...HARM_PLACE, ...HARM_BODY, ...HARM_WITH_THING, ...Object.keys(HARM_WITH), ...HARM_ING, ...HARM_NOUN, ...PASSIVE, ...BURNT,
  ...WEAPON, ...DEATH, ...SUFFERED, 'bat', 'swing', 'brick', 'wal', 'bulet', 'coming', 'pop', 'fire', 'hit', 'run',
]);


/** Threats in a stream, by the co-occurrence of harm, aim and intent in one sentence. */
export function threatClauses(w: StreamWords, names: ReadonlySet<string>): ThreatHit[] {
  const out: ThreatHit[] = [];
  // a starred word may hide one: "he's gonna get st*bbed"
  const t = unstarredWords(w, STARTS);
  const at = w.at;
  for (let i = 0; i < t.length; i++) {
    if (!STARTS.has(t[i]!)) continue;
    const hit = threatAt(t, i, names);
    if (!hit) continue;
    const start = at[hit.first]!;
    // the word as written: a starred word was read as another of another length
    const end = wordEnd(w, hit.last);
    const previous = out[out.length - 1];
    if (previous && previous.end > start) {
      // one finding for one threat: "he'd bring a knife in and cut him"
      previous.end = Math.max(previous.end, end);
      if (hit.own) previous.severity = 'block';
      continue;
    }
    out.push({
      start,
      end,
      severity: hit.own ? 'block' : 'warning',
      reason: hit.place ? 'Reads as a threat of violence against the school or a place.' : PERSON_THREAT_REASON,
      ...(hit.place && WORSHIP.has(t[placeOf(t, hit)] ?? '') ? { worship: true } : {}),
    });
  }
  return out;
}
