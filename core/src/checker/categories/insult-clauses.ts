// Insults aimed at one person, however they are worded. The lexicon's phrases know set ways of saying it ("Tom
// is a loser", "that Okafor girl is fat"); a writer they have not met says "the PE teacher is obviously a
// dyke", "ur dad's a f*ggot", "that dad in the Range Rover is a massive tosser", "head teacher is a spineless
// twat". So this reads a sentence of the stream word by word and calls it bullying where a word that names a
// person with contempt (tosser, witch, slob, a slur) is said of someone: a person, a titled name, a name on the
// roster, he, she or you, before "is", "was" or "'s", a few words back. Said of oneself ("I'm such an idiot"),
// taken back ("he is not a liar") or a part in a play ("a witch in the nativity"), it is not.
//
// It reads the canonical stream (offensive-tokens.ts): lower case, repeated letters collapsed, a sentence end as
// " .". Words are written here as they are spelt and collapsed when the sets are built.

import { type StreamWords, unstarredWords, wordEnd, wordSet } from './stream-words.js';

export interface InsultHit {
  /** stream offsets, end exclusive */
  start: number;
  end: number;
}

const words = wordSet;

/** a word that names a person with contempt */
const CONTEMPT = words(`
  idiot moron loser freak cow witch bitch twat prick tosser wanker bellend knobhead dickhead slob bastard cunt snob
  tramp thug brat muppet prat git pillock plonker numpty cretin imbecile weirdo creep scumbag lowlife nutter psycho
  snake rat toad weasel hag troll clown disgrace embarrassment failure joke arse arsehole asshole dipshit shithead
  paki fag faggot poof poofter dyke lezza lesbo tranny retard spaz spastic mong pikey gyppo chink nonce paedo slag
  slapper skank drunk alkie wino crackhead smackhead junkie druggie scrounger scroungers sponger spongers
  shemale chav bampot fud scrote gobshite eejit wasteman bawbag fanny twp div melt plank fishwife sket neek dweeb crybaby radgie gowl twpsyn bollix`);
/** strong language among them: aimed at no one in particular, "absolute knobhead" is still aimed at someone */
const STRONG = words('twat prick tosser wanker bellend knobhead dickhead bastard cunt arsehole asshole dipshit shithead');
const INTENSIFIER = words('absolute total proper massive complete utter actual right');
/** a person described by an unkind word and what they are: "a weird smelly kid", "a jumped up little girl" */
const UNKIND = words('sad weird smelly ugly fat thick stupid lazy useless pathetic miserable feral spoilt gobby mouthy vile nasty creepy dirty minging scruffy');
const PEOPLE = words('kid child boy girl man woman bloke lady teacher parent mum dad');
const COPULA = words('is s was are were being hes shes youre ur theyre');
/** someone it is said of */
const PERSON = words(`
  teacher head headteacher deputy kid child boy girl lad lass woman man bloke parent mum mam dad mother father son
  daughter brother sister husband wife neighbour ta caretaker cleaner cook receptionist secretary governor coach
  volunteer senco lady inspector ex boss manager partner boyfriend girlfriend colleague family janny jannie principal
  heidie`);
/** "dresses her like a tramp", "looks like a slob": a comparison, which says it as "is" does */
const LIKENED = words('looks lok loks looked dresses dressed acts sounds smells');
/** a smell said of someone: "she stinks", "he smells of wee" */
const STINKS = words('stinks reeks');
const SMELLS_OF = words('wee pee piss poo shit bo sick');
const SUBJECT_HE = words('he she hes shes');
const FERAL = words('feral minging manky');
/** "the fat kid in year 5": one child picked out by an unkind word */
const PICKED_OUT = words('that the this');
/** "you sad little man": an unkind word and then "little" or "old" */
const SMALL = words('little old');
const YOU = words('you u ya');
const HE = words('he she you u they ur your his her their');
const TITLE = words('mr mrs ms miss sir dr');
const SELF = words('i im we were me');
const NEGATION = words('not never isnt wasnt arent no');
/** a word that only stresses what follows: "ur literally a loser", "he's honestly a creep" */
const STRESS = words('literal literally actually honestly just basically genuinely truly clearly obviously definitely officially seriously really such still always');
/** a part in a play, a costume: "she is a witch in the nativity" */
const PART = words('play nativity panto pantomime show costume outfit story book film sheets bedroom bed');

/** "spastic colon", "spastic diplegia": the clinical term (the lexicon allows the same), not the slur */
const CLINICAL_AFTER_SPASTIC = words('colon diplegia quadriplegia hemiplegia paraplegia tetraplegia cerebral paresis muscles');

/** before a person word, what makes it a share or a rule: "per child", "each parent", "every teacher" */
const RATE = words('per each every');

const BACK = 8;



/** The first word of whom an insult at `copula` is said, or -1. */
function subjectBefore(t: string[], copula: number, names: ReadonlySet<string>): number {
  let found = -1;
  for (let k = copula - 1; k >= 0 && k >= copula - BACK && t[k] !== '.'; k--) {
    const w = t[k]!;
    if (SELF.has(w)) return -1;
    // "five minutes per child", "every parent": a share or a rule, not someone it is said of
    if (PERSON.has(w) && k > 0 && RATE.has(t[k - 1]!)) continue;
    if (PERSON.has(w) || names.has(w) || HE.has(w) || TITLE.has(w)) found = k;
  }
  return found;
}

/** Bullying in a stream: a word of contempt said of someone in one sentence. */
export function insultClauses(words: StreamWords, names: ReadonlySet<string>): InsultHit[] {
  const out: InsultHit[] = [];
  // a starred word may hide one: "tw*t"
  const t = unstarredWords(words, CONTEMPT);
  const at = words.at;
  for (let i = 0; i < t.length; i++) {
    const w = t[i]!;
    if ((STINKS.has(w) && t[i + 1] !== 'at') || (w === 'smels' && (t[i + 1] === 'of' || t[i + 1] === 'like') && SMELLS_OF.has(t[i + 2] ?? ''))) {
      const smelt = smeltBy(t, i, names);
      if (smelt >= 0) push(out, at[smelt]!, wordEnd(words, w === 'smels' ? i + 2 : i));
      continue;
    }
    // "he's feral": a word of contempt for how someone is, right after "is"
    const contempt = CONTEMPT.has(w) || (FERAL.has(w) && COPULA.has(t[i - 1] ?? ''));
    // the unkind word before the person, perhaps with "little" between: "a sad little man"
    const person = !contempt && PEOPLE.has(w);
    if (!contempt && !person) continue;
    const unkind = !person ? -1 : UNKIND.has(t[i - 1] ?? '') ? i - 1 : SMALL.has(t[i - 1] ?? '') && UNKIND.has(t[i - 2] ?? '') ? i - 2 : -1;
    const described = person && unkind >= 0;
    if (!contempt && !described) continue;
    // "a witch in the play", "a rat in the Pied Piper", "a freak in the sheets": a part, not a name for someone
    if (t[i + 1] === 'in' && (t[i + 2] === 'the' || PART.has(t[i + 2] ?? '')) && !STRONG.has(w)) continue;
    if (PART.has(t[i + 1] ?? '') || t[i + 1] === 'for') continue; // "a witch costume", "a witch for World Book Day"
    if (w === 'spastic' && CLINICAL_AFTER_SPASTIC.has(t[i + 1] ?? '')) continue;
    let first = -1;
    // "the PE teacher is obviously a dyke", "ur dad's a f*ggot": "is" (or a name's "'s") a few words back
    for (let k = i - 1; k >= 0 && k >= i - 5 && t[k] !== '.'; k--) {
      const c = t[k]!;
      const possessiveIs = c.length > 2 && c.endsWith('s') && (PERSON.has(c.slice(0, -1)) || names.has(c.slice(0, -1))) && (t[k + 1] === 'a' || t[k + 1] === 'an');
      const likened = c === 'like' && (LIKENED.has(t[k - 1] ?? '') || (LIKENED.has(t[k - 2] ?? '') && HE.has(t[k - 1] ?? '')));
      if (!COPULA.has(c) && !possessiveIs && !likened) continue;
      if (NEGATION.has(t[k + 1] ?? '') || (k > 0 && NEGATION.has(t[k - 1]!))) break;
      first = possessiveIs ? subjectBefore(t, k + 1, names) : subjectBefore(t, k, names);
      if (possessiveIs && first < 0) first = k;
      if (first < 0 && (c === 'youre' || c === 'ur' || c === 'hes' || c === 'shes' || c === 'theyre') && (t[k + 1] === 'a' || k === i - 1 || (STRESS.has(t[k + 1] ?? '') && (t[k + 2] === 'a' || k === i - 2)))) first = k;
      break;
    }
    // "you sad little man", said to someone; "that fat kid in year 5", picked out
    if (first < 0 && described && (YOU.has(t[unkind - 1] ?? '') || PICKED_OUT.has(t[unkind - 1] ?? ''))) first = unkind - 1;
    // "absolute knobhead", said to someone
    if (first < 0 && contempt && STRONG.has(w) && INTENSIFIER.has(t[i - 1] ?? '')) first = i - 1;
    if (first < 0) continue;
    push(out, at[first]!, wordEnd(words, i)); // the word as written, starred or not
  }
  return out;
}

function push(out: InsultHit[], start: number, end: number): void {
  const previous = out[out.length - 1];
  if (previous && previous.end >= start) previous.end = Math.max(previous.end, end);
  else out.push({ start, end });
}

/** Who a smell is said of, a few words back ("she stinks", "Mia stinks", "he's got nits and smells of wee"), or -1. */
function smeltBy(t: string[], i: number, names: ReadonlySet<string>): number {
  for (let k = i - 1; k >= 0 && k >= i - 5 && t[k] !== '.'; k--) {
    const w = t[k]!;
    if (SELF.has(w) || NEGATION.has(w) || w === 'it' || w === 'that' || w === 'this') return -1;
    if (SUBJECT_HE.has(w) || names.has(w) || PERSON.has(w)) return k;
  }
  return -1;
}
