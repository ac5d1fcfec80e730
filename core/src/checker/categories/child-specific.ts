import type { CategoryBuilder } from '../check.js';
import { originalSpan } from '../normalise.js';
import { quotedPassages, type Span } from '../quotations.js';
import { wordMatches, wordStart } from '../word-patterns.js';
import type { Finding, Prepared } from '../types.js';
import { fold } from './names.js';
import { buildRosterMatcher } from './roster-matcher.js';

// Seed 004 (official-school-accounts): speak generally about year groups and teams; anything about
// a particular child goes by phone, face to face, email or letter. So: one named or identifiable
// child, in the same or the next sentence as a detail about their health, behaviour, family or home.

const words = (list: string) => new RegExp(`${wordStart()}(?:${list})(?![\\p{L}\\p{N}])`, 'gu');
const DETAILS: [string, RegExp][] = [
  ['health', words('sprain\\w*|twisted (?:his|her|their) (?:ankle|knee|wrist)|(?:had|suffered|after) a (?:stroke|heart attack)|taken into (?:hospital|the bri|a ?& ?e)|asthma|asthmatic|inhaler|allerg(?:y|ies|ic)|anaphyla\\w*|epi ?pens?|diabet\\w*|epilep\\w*|seizures?|adhd|autis\\w*|asd|send|sen|ehcp|dyslexi\\w*|dyspraxi\\w*|ill|illness|unwell|sick|poorly|hospital|hospitali[sz]ed|a ?& ?e|injur(?:y|ies|ed)|broke (?:his|her|their) \\w+|broken (?:arm|leg|wrist|ankle)|medication|medicine|surgery|operation|cancer|chemo\\w*|leukaemia|disabilit(?:y|ies)|disabled|wheelchair|head lice|nits|vomit\\w*|covid|chicken ?pox|measles|mental health|anxiety|anxious|depress\\w*|self[- ]?harm\\w*|eating disorder|counsell\\w*|therapy|camhs|hearing aid|diagnos\\w*|condition|concussion|stitches|plaster cast|faint(?:ed|ing)?|passed out|collapsed|taken ill|allergic reaction|nosebleed|appendicitis|appendix|hypo|hypoglyc\\w*|tonsillitis|pneumonia|sepsis|meningitis|recovering|(?:broke|broken|breaking|fractured) (?:his|her|their) (?:arm|leg|wrist|ankle|collarbone|finger|toe|nose|hand|foot)|in a (?:plaster )?cast|on crutches|tonsils|grommets|therapist|speech and language|deaf|hearing loss|partially sighted|visually impaired')],
  ['behaviour', words('excluded|exclusion|suspended|suspension|detention|behaviou?r|misbehav\\w*|fight|fighting|fought|punched|kicked|bit(?<!(?:a|little|quite a|tiny|wee) bit)(?! (?:of|more|less|too|late|early|like|longer))|biting|bull(?:y|ied|ying)|fights|caught (?:vaping|smoking|stealing|with)|vaping|trips? to the head(?:teacher)?(?:\\u0027s|s)? office|sent to the head(?:teacher)?|sanction\\w*|sent home|isolation|on report|swor?e|swearing|stole|stealing|theft|vandal\\w*|disruptive|tantrum|meltdown|restrain\\w*|police(?<!(?:to|informed|contacted|called|told|involved) (?:the )?police)(?! (?:have|has|were|was|had) (?:been )?(?:informed|told|contacted|called|involved)| community support| (?:officers?|pcsos?) (?:visited|came|talked|spoke|gave|showed|explained|taught))|arrested|naughty|in trouble|lied|lying|truant\\w*|reduced timetable|incidents?|nurture (?:room|group|base)|inclusion (?:room|unit|base)|internal exclusion|reflection room|behaviour (?:unit|base)|part[- ]time timetable|managed move|alternative provision|pupil referral unit|bouncing off the walls|let (?:the (?:whole )?(?:class|team|school|year group|side)|everyone|every ?body|us all|us) down|(?:forgot|forgotten|forgets) (?:it|(?:his|her|their) (?:pe |swimming )?(?:kit|homework|reading book|book bag|water bottle))(?: again| \\d+ times| every)|ruin(?:ed|s)? it for everyone|spoil(?:ed|t|s)? it for everyone|(?:could|can)(?:n[\u0027’]?t| not) be bothered')],
  ['family', words('in (?:your|our) (?:thoughts|prayers)|collected only by (?:his|her|their)|(?:must|should|is|are) not (?:to )?be released to|divorc\\w*|separated|separation|custody|foster\\w*|adopted|adoption|in care|looked after|social services|social worker|bereave\\w*|passed away|died|death|funeral|prison|jail|young carer|free school meals|pupil premium|homeless\\w*|emergency housing|temporary accommodation|evicted|eviction|lost (?:their|his|her) (?:home|house|flat|belongings|everything)|house fire|(?:home|house|flat) (?:fire|flood)|refugee|refuge|asylum|domestic|(?:his|her|their) (?:mum|mummy|dad|daddy|mother|father|parents?|nan|nana|nanna|gran|granny|grandma|grandad|brother|sister) (?:is|are|has been|have been|will be) (?:having|receiving|undergoing|starting|in) (?:treatment|chemo\\w*|radiotherapy|surgery|an operation|hospital)|split up|new baby|stepdad|stepmum|step[- ](?:dad|mum|father|mother)|parents? (?:are|is) (?:ill|in)|court (?:order|case|hearing)|(?:non-)?molestation order|restraining order|injunction|contact arrangements|(?:moved|moving|living|lives|staying|stays|gone to live) (?:in )?with (?:his|her|their) (?:nan|nana|nanna|gran|granny|grandma|grandad|grandparents|aunt|auntie|aunty|uncle|dad|mum|father|mother|carers?)|(?:only|not|will|now|to) (?:now )?(?:be )?collected by (?:his|her|their)|no longer (?:allowed|permitted) (?:any )?(?:contact|to see|to collect)|(?:is|are) not (?:allowed|permitted) to collect|lost (?:his|her|their) (?:mum|mummy|dad|daddy|mother|father|nan|nana|nanna|gran|granny|grandma|grandad|grandpa|grandparents?|brother|sister|baby brother|baby sister|uncle|aunt|auntie|aunty)|(?:house|flat|home) fire|fire at (?:his|her|their) (?:house|flat|home)|(?:staying|stays|living|lives|moved in|gone to live) with (?:relatives|family friends|foster carers|a foster family)|(?:house|flat|home) (?:was|has been|got) (?:burgled|flooded|damaged|destroyed|repossessed)|(?:his|her|their) (?:mum|dad|mother|father|parents) (?:has |have |had )?(?:moved out|walked out|left home|left them)|(?:doesn\u0027t|doesnt|does not|can\u0027t|cannot) speak (?:any |much )?english(?: yet)?|speaks (?:no|little|very little|hardly any|barely any|limited) english')],
  ['home or whereabouts', words('lives (?:on|at|in|near|with)|living (?:on|at|with)|home address|address|walks home|walks to school|alone at home|at home alone|bus stop|(?:his|her|their) (?:house|flat|home) (?:on|in|at)|moved house|moving house|where (?:he|she|they) lives?|ran (?:out|off|away) (?:of|from) (?:the )?(?:gates?|school|class|classroom|playground|building|site)|went missing|was missing|found safe|absconded|(?:family|families) (?:is|are) (?:moving|relocating|emigrating)|moving (?:away|abroad)|emigrat\\w*')],
];

// "a boy in Year 4", "one of our Year 5 girls", "the pupil who...", "a family in Year 3", "the twins in Year 1",
// "Year 5's only wheelchair user": one child (or two), not named.
const ONE_CHILD = /(?<![a-z0-9])(?:(?:a|one|the|this|that|our)\s+(?:(?:year|yr)\s*\d{1,2}\s+|reception\s+|nursery\s+|little\s+|young\s+|certain\s+|new\s+)?(?:pupil|child|boy|girl|student|learner|kid|lad|lass|son|daughter|twins|triplets)|(?:the|our|(?:year|yr)\s*\d{1,2}(?:'s|’s|s)?|reception(?:'s|’s)?)\s+only\s+(?:[a-z]+\s+){0,2}?(?:pupil|child|boy|girl|student|wheelchair user)|one of (?:our|the|your)\s+(?:(?:year|yr)\s*\d{1,2}\s+|reception\s+|nursery\s+)?(?:pupils|children|boys|girls|students|learners|kids|classmates)|(?:a|one|the|this|that|our)\s+family\s+(?:in|from)\s+(?:(?:year|yr)\s*\d{1,2}|reception|nursery))(?![\p{L}\p{N}])/gu;
// Advice to every family, not news about one child: "if a child is unwell, keep them at home" (but
// "we are all thinking of you" is not advice, nor is "a reminder that a boy in Year 1 has a nut allergy").
const GENERAL_WORDS = 'if|when|whenever|any|every|each|all (?:children|pupils|families|parents)|should|must|your child|children|pupils';
const GENERAL = new RegExp(`(?<![a-z0-9])(?:${GENERAL_WORDS}|please)(?![\\p{L}\\p{N}])`, 'gu');
/** the same without "please": a child placed in a year is someone particular, whatever families are asked about them */
const GENERAL_NOT_ASKING = new RegExp(`(?<![a-z0-9])(?:${GENERAL_WORDS})(?![\\p{L}\\p{N}])`, 'gu');
// A child pointed at ("one of our Year 1 boys", "the Year 3 boy", "our Year 2 boy") is a particular one, whatever the
// sentence asks of families around them ("please be gentle with our Year 2 boy whose mum died"); only a condition
// makes them any child ("when one of the children feels ill").
const POINTED = /^(?:one|the|this|that|our)\s/;
/**
 * What could happen to any child, said of "a child" with no year or class: "snowballs can knock a child over or cause an
 * eye injury". "a child" after can, could, would, might or may in its clause is such a one, unless a year or class
 * places them ("could see a child in Year 2 with chickenpox").
 */
const BARE_CHILD = /^an?\s+(?:(?:little|young)\s+)?(?:pupil|child|boy|girl|student|learner|kid)$/;
const MAY_HAPPEN_BEFORE = /(?:^|\s)(?:can|could|would|might|may)\s+(?:[^\s.;:]+\s+){0,8}$/;
const PLACED_AFTER = /^\s+(?:in|from)\s+(?:(?:year|yr)\s*\d|reception|nursery|class|our)/;
const YEAR_IN = /(?:year|yr)\s*\d|reception|nursery/;
/** "if one of our pupils feels unwell": "when" is as often a story ("when one of your classmates had a hypo") */
const CONDITION_BEFORE = /(?:^|\s)(?:if|whenever|should)\s+$/;
const HYPOTHETICAL = /(?<![a-z0-9])(?:if|when|whenever|any|every|each)(?![\p{L}\p{N}])/gu;
/**
 * Where what is said of the child ends and what follows from it begins: "has a nut allergy, so please no nuts",
 * "whose dad died last week; please be gentle"
 */
const CLAUSE_AFTER = /\s*(?:[,:]\s*(?:and\s+)?so\s|;|\s[\u2013\u2014-]\s)/gu;

/** "as", "because" or "since" with only a few words after it, up to the child: the child is the reason given */
const BECAUSE_AT_END = /(?:(?:^|\s)(?:as|because|since)\s+(?:\S+\s+){0,2}|:\s*)$/u;

interface Sentence { start: number; end: number }
// module-level, since a regular expression literal in a function is a new object each time it runs
const SENTENCE = /[^.!?\n]+[.!?\n]*/g;
function sentences(folded: string): Sentence[] {
  const out: Sentence[] = [];
  SENTENCE.lastIndex = 0;
  for (let m = SENTENCE.exec(folded); m; m = SENTENCE.exec(folded)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** The sentence holding a position (binary search: a text may hold thousands), or -1 between sentences. */
function sentenceAt(all: readonly Sentence[], at: number): number {
  let [lo, hi] = [0, all.length - 1];
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = all[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * Where a word pattern matches in a text, found once, and asked of a range: whether a match lies wholly inside it. A
 * sentence that names a hundred children is read for "if" or "every" once, not once a child.
 */
class WordsAt {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  constructor(re: RegExp, text: string) {
    for (const m of wordMatches(re, text)) {
      this.starts.push(m.index);
      this.ends.push(m.index + m[0].length);
    }
  }
  within(from: number, to: number): boolean {
    // the first match starting at or after `from`; matches do not overlap, so theirs is the first end too
    let [lo, hi] = [0, this.starts.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! < from) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.starts.length && this.ends[lo]! <= to;
  }
}

/**
 * Where the words before a child are read from: the patterns read on them look at their last few words only, so a
 * long sentence is read from a space some 200 characters back (a space, so a word is never read from its middle).
 */
const TAIL = 200;
function tailStart(text: string, sentenceStart: number, at: number): number {
  if (at - sentenceStart <= TAIL) return sentenceStart;
  const space = text.indexOf(' ', at - TAIL);
  return space < 0 || space >= at ? at : space;
}

/** SEN and SEND are acronyms: in lower case "send" is the verb ("we send our love"). */
const ACRONYMS = new Set(['sen', 'send']);

function detailsIn(p: Prepared, s: Sentence | undefined, quoted: () => readonly Span[]): { kind: string; start: number; end: number; text: string }[] {
  if (!s) return [];
  const text = p.folded.slice(s.start, s.end);
  const found: { kind: string; start: number; end: number; text: string }[] = [];
  for (const [kind, re] of DETAILS) {
    for (const m of wordMatches(re, text)) {
      const start = s.start + m.index;
      const end = start + m[0].length;
      if (ACRONYMS.has(m[0])) {
        const span = originalSpan(p, start, end);
        const written = p.original.slice(span.start, span.end);
        if (written !== written.toUpperCase()) continue;
      }
      // inside a quotation it is someone else's words, not the post's about the child: the message a child was sent ("ill
      // be at the gate", "i post ur address"), a pupil's poem ("like a bully"); a word or two in quotes is the post's own
      if (quoted().some((q) => q.start <= start && end <= q.end)) continue;
      found.push({ kind, start, end, text: m[0] });
    }
  }
  return found;
}

const ADVICE = 'Speak generally about year groups and teams; talk about a particular child with the family by phone, face to face, email or letter.';

/**
 * Official posts that talk about one named or identifiable child's health, behaviour, family or
 * home; `allow`, the school's allowed phrases, as the names category reads them.
 */
export const childSpecificWith = (allow: readonly string[]): CategoryBuilder => ({
  categories: ['child_specific'],
  build(roster) {
    const matcher = buildRosterMatcher(roster, fold, allow);
    return (p: Prepared) => {
      const all = sentences(p.folded);
      const indexOf = (at: number) => sentenceAt(all, at);
      // each sentence's details, read once however many children it names
      const readDetails = new Map<number, ReturnType<typeof detailsIn>>();
      let quotations: Span[] | undefined;
      const quoted = () => (quotations ??= quotedPassages(p.folded));
      const detailsOf = (sentence: number) => {
        let found = readDetails.get(sentence);
        if (!found) readDetails.set(sentence, (found = detailsIn(p, all[sentence], quoted)));
        return found;
      };
      let general: WordsAt | undefined;
      let notAsking: WordsAt | undefined;
      let hypothetical: WordsAt | undefined;
      const cut = {
        at: -1,
        length: 0,
        find(from: number) {
          CLAUSE_AFTER.lastIndex = from;
          const m = CLAUSE_AFTER.exec(p.folded);
          [this.at, this.length] = m ? [m.index, m[0].length] : [Infinity, 0];
        },
      };
      const refs: { start: number; end: number; named: boolean; sentence: number }[] = [];
      for (const m of matcher.find(p)) if (m.kind === 'pupil') refs.push({ start: m.start, end: m.end, named: true, sentence: indexOf(m.start) });
      for (const m of wordMatches(ONE_CHILD, p.folded)) {
        const sentence = indexOf(m.index);
        const s = all[sentence];
        // advice before "as" or "because" is about the child after it: "please no nuts, as the new boy has an allergy"
        if (!s) continue;
        const end = m.index + m[0].length;
        const before = p.folded.slice(tailStart(p.folded, s.start, m.index), m.index);
        // where what is said of the child ends: the first clause break after it, looked for again only once passed
        if (cut.at < end) cut.find(end);
        const saidEnd = cut.at + cut.length <= s.end ? cut.at : s.end;
        const said = p.folded.slice(end, Math.min(saidEnd, end + TAIL));
        const pointed = POINTED.test(m[0]);
        // a child placed in a year or class is someone particular to be asked for: "please keep a boy in Year 2 in your thoughts"
        const generalWords = YEAR_IN.test(m[0]) || PLACED_AFTER.test(said) ? (notAsking ??= new WordsAt(GENERAL_NOT_ASKING, p.folded)) : (general ??= new WordsAt(GENERAL, p.folded));
        // "because" or "as" just before the child: only what is said of them counts
        const reason = before.search(BECAUSE_AT_END) >= 0;
        const isGeneral =
          (pointed
            ? CONDITION_BEFORE.test(before) || (hypothetical ??= new WordsAt(HYPOTHETICAL, p.folded)).within(end, saidEnd)
            : (!reason && generalWords.within(s.start, m.index)) || generalWords.within(end, saidEnd)) ||
          (BARE_CHILD.test(m[0]) && MAY_HAPPEN_BEFORE.test(before) && !PLACED_AFTER.test(said));
        if (!isGeneral) refs.push({ start: m.index, end, named: false, sentence });
      }
      const findings: Finding[] = [];
      const used = new Set<number>();
      for (const ref of refs) {
        if (used.has(ref.sentence)) continue;
        const details = [...detailsOf(ref.sentence), ...detailsOf(ref.sentence + 1)];
        if (details.length === 0) continue;
        used.add(ref.sentence);
        const kinds = [...new Set(details.map((d) => d.kind))];
        const end = Math.max(ref.end, ...details.map((d) => d.end));
        const start = Math.min(ref.start, ...details.map((d) => d.start));
        const what = details.map((d) => p.original.slice(originalSpan(p, d.start, d.end).start, originalSpan(p, d.start, d.end).end));
        findings.push({
          category: 'child_specific',
          ...originalSpan(p, start, end),
          severity: ref.named ? 'block' : 'warning',
          reason: `Talks about ${ref.named ? 'a named child' : 'one child'}'s ${kinds.join(' and ')} (${[...new Set(what)].slice(0, 3).join(', ')}) on an official account. ${ADVICE}`,
          advice: 'Take this to the family by phone, face to face, email or letter, and keep the post to the year group or team.',
        });
      }
      return findings.sort((a, b) => a.start - b.start);
    };
  },
});

export const childSpecific: CategoryBuilder = childSpecificWith([]);
