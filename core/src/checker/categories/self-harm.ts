// A writer who may be about to harm themselves, worded as teenagers and adults at the end of their tether write it:
// "going to take my own life, dont try to stop me", "if my parents see my report im walking into the sea", "I keep
// thinking about taking all my mum's tablets", "cut again last night and gonna go deeper", "kms and im not joking this
// time", "Not going anywhere ever again. Been stockpiling. Love you all x". The lexicon's phrases (lexicons/offensive.ts)
// know the common wordings with "I" before them; three blind writers' lists (2026-12-07) dropped the "I" ("gonna starve
// myself"), named a way rather than the act (the sea, a bridge, a train, a mother's tablets) or said goodbye, and the
// phrases found half of them. So this reads shapes, not phrases:
//  - an act of harm done to oneself ("starve myself", "take my own life", "end it all"), with the writer as the one who
//    means it: "I", "I'm", or a sentence that starts with its intent ("gonna", "going to", "about to", "thinking about");
//  - a way of doing it, with that intent: walking into the sea, jumping off a bridge, in front of a train, all of
//    someone's tablets, cutting again or deeper;
//  - "kms" said with something that says it is meant ("not joking", "fr", "this time", "tonight");
//  - a goodbye ("love you all", "sorry mum", "writing my letters") in a text that also says it is the end ("won't be
//    around much longer", "made my mind up", "not going anywhere ever again", "been stockpiling"); two goodbyes no one
//    says on leaving a school ("thank you for trying", "the note's in my blazer pocket"), or the end said twice;
//  - the end or a goodbye said once, with despair beside it ("the voices say tonight's the night", "nobody will notice
//    when I'm gone", a razor and "tonight I'm not going to stop");
//  - someone else said to be about to do it ("my sister says she's going to cut herself again"), or told to.
// "I nearly killed myself on the stairs", "I'd kill myself if I had to sit through that again", "don't walk in front
// of the bus", "take your tablets with food", "we're walking into the sea for the Boxing Day dip" and a leavers' "love you
// all, goodbye Year 6" are none of these. It is a warning that points to the safeguarding lead (AT_RISK): a person reads
// it, and a child who meant it is not missed.
//
// It reads the canonical stream (offensive-tokens.ts): lower case, letters only, repeated letters collapsed ("kill"
// reads "kil", "all" "al", "goodbye" "godbye"), a sentence end as ".". The patterns below are written as the stream
// spells.

import { firstWords } from '../word-patterns.js';
import { spelt, speltSource, type StreamWords, wordSet } from './stream-words.js';
import { allMatches } from '../all-matches.js';
import { phraseTrigger } from './phrase-triggers.js';

/**
 * A pattern of many phrases, tried only where a word that can start one of them starts: run over a whole text at every
 * character, the goodbyes cost more than the rest of this reader together.
 */
interface AtWordStarts {
  sticky: RegExp;
  /** the words a match can start with, read off the pattern (word-patterns.ts) */
  first: ReadonlySet<string>;
  /** words one of which every match holds (phrase-triggers.ts) */
  trigger: readonly string[];
}
function atWordStarts(body: string): AtWordStarts {
  const source = speltSource(body);
  const first = firstWords(source, true);
  if (!first || first.beforeDigit.size > 0) throw new Error(`self-harm: no first words in ${source.slice(0, 60)}`);
  const trigger = phraseTrigger(source);
  if (!trigger) throw new Error(`self-harm: no trigger words in ${source.slice(0, 60)}`);
  return { sticky: new RegExp(source, 'y'), first: first.words, trigger: trigger.words };
}

/** Each match of `p` in the stream that starts at a word, with its stream offset. */
function matchesAtWords(w: StreamWords, p: AtWordStarts): { index: number; text: string }[] {
  const out: { index: number; text: string }[] = [];
  for (let k = 0; k < w.words.length; k++) {
    if (!p.first.has(w.words[k]!)) continue;
    p.sticky.lastIndex = w.at[k]!;
    const m = p.sticky.exec(w.stream);
    if (m) out.push({ index: m.index, text: m[0] });
  }
  return out;
}

export interface SelfHarmHit {
  /** stream offsets, end exclusive */
  start: number;
  end: number;
  /** the writer at risk; someone else said to be ("my sister says she's going to cut herself again"); or told to do it */
  who: 'writer' | 'other' | 'incited';
}

/** a word that alone lets a sentence hold a shape: the act, "kms", the means */
const STRONG = wordSet(`
  myself meself masel maself myslf life kms unalive unaliving od overdose overdosing pills pill tablets tablet paracetamol
  painkillers meds wrists wrist deeper herself himself themselves yourself urself razor blade nerve wake jump`);
/** words that let a sentence hold a shape only together: "end it", "cut again", "walk into the canal", "stop eating" */
const PAIRED: [ReadonlySet<string>, ReadonlySet<string>][] = [
  [wordSet('end ending'), wordSet('it everything')],
  [wordSet('cut'), wordSet('again')],
  [wordSet('walk walking step stepping drive driving run running throw throwing'), wordSet('sea river canal reservoir traffic train bus lorry motorway quarry')],
  [wordSet('jump jumping throw throwing'), wordSet('bridge roof cliff cliffs storey building flats tower')],
  [wordSet('stop stopped stopping'), wordSet('eating')],
];

/** the writer as the one who means it: "I", "I'm", "I've been", "I keep", "me" (Scots and northern "me" for "my" aside) */
const ME = String.raw`(?:i|im|i am|il|i wil|ive|ive ben|i have|i have ben|i keep|i just|i realy|i honestly|i might|i think i|i think im)`;
/** intent, after "I" or opening a sentence with the "I" left out */
const INTENT = String.raw`(?:gona|gonna|going to|goin to|gna|gunna|gona go|about to|wana|want to|planing to|planing on|ready to|might|might just|wil|decided to|finaly going to|actualy going to|realy going to|thinking about|thinking of|keep thinking about|cant stop thinking about|tempted to)`;
const FILLER = String.raw`(?: just| realy| actualy| finaly| go| honestly| literaly| probably| def| defo| prob)*`;
/** who means it, then the intent: "im gonna", "i keep thinking about", "gonna" opening the sentence */
const WHO = String.raw`(?:(?:^|(?<= ))${ME}(?: ${INTENT})?|^(?:honestly |tbh |ngl |literally |genuinely |seriously |fr |i swear |swear down |right |also |and |so |just |then |now |tonight |lol |ok |okay |yeah |well )*${INTENT}|^(?:ben|keep|cant stop|stil))${FILLER}`;

/** an act of harm done to oneself */
const ACT = String.raw`(?:kil|kiling|hang|hanging|hurt|hurting|harm|harming|cut|cuting|starve|starving|drown|drowning|burn|burning|unalive|unaliving|end|top|of|poison|poisoning|overdose|overdosing) (?:myself|meself|masel|maself|myslf)(?! (?:[a-z]+ing|lol|lmao|haha|on|with|by|in the|when|acidentaly|at the|out|up)(?: |$))|(?:take|taking|end|ending) (?:my own life|my life|it al|everything)|(?:end|ending) it(?= ?$| (?:tonight|now|today|soon|this week|tomorow|for good|before|after))|(?:unalive|od|overdose)(?= ?$| (?:tonight|now|today|soon|on))`;
/** a way of doing it */
const WAY = String.raw`(?:walk|walking|step|stepping|throw myself|throwing myself|drive|driving|run|running)(?: straight)? (?:into|in front of) (?:the |a |an )?(?:river|canal|reservoir|traffic|train|bus|lorry|motorway|oncoming traffic|quarry)|(?:jump|jumping|throw myself|throwing myself) (?:of|off|from) (?:the |a |an )?(?:bridge|roof|cliff|cliffs|multi storey|car park|building|tower block|flats)|(?:walk|walking) into the sea(?= (?:and (?:never|not)|i swear|swear))|(?:take|taking|taken|swallow|swallowing|swallowed|neck|necking|down|downing) (?:all|every|every single|every one of|the whole box of|a whole box of|a load of|loads of|all of|all the) (?:[a-z]+s |my [a-z]+s |my |the |her |his |these |those )?(?:pills|pill|tablets|tablet|paracetamol|painkillers|meds|medication|sleeping pills)|(?:step|stepping|walk|walking|jump|jumping|throw myself|throwing myself) (?:in front of|under) (?:the |a |an )?(?:[a-z]+ )?(?:bus|train|lorry|car)(?= |$)|(?:going to|gonna|about to) jump(?= ?$)|slit (?:my|me) wrists?|(?:stop|stoped|stopping) eating (?:til|until|untill) i|(?:go|cut) deeper|cut again`;

/** a way that says who means it in its own words: "been saving my tablets", "until I just don't wake up" */
const WAY_SELF = spelt(
  String.raw`(?:^|(?<= ))(?:(?:been |ive been |im )?(?:saving|saved|hoarding|stockpiling|collecting) (?:up )?(?:my |her |his )?(?:pills|tablets|paracetamol|painkillers|meds)|bought (?:two |three |a few )?(?:packs|boxes) of (?:pills|tablets|paracetamol|painkillers)|(?:until|till|and) i (?:just )?(?:dont|do not|never) wake up|(?:waiting for|working up) the nerve|(?:took|take|taking) (?:the|a|my) (?:blade|razor|compass) to my|going deeper)(?= |$)`,
);
/** someone else said to be about to harm themselves: "my sister says she's going to cut herself again tonight" */
const OTHER = spelt(
  String.raw`(?:^|(?<= ))(?:(?:going to|gonna|about to|planning to|wants to|trying to|tried to|threatening to|threatened to) (?:cut|hurt|kill|harm|starve|hang|drown|overdose) (?:herself|himself|themselves)|(?:shes|hes|she has|he has|theyve|they have) (?:been )?(?:cutting|hurting|harming|starving) (?:herself|himself|themselves))(?= |$)`,
);
/** someone told to do it: "should just starve himself to death", "go hang yourself" */
const INCITED = spelt(
  String.raw`(?:^|(?<= ))(?:should|shud|needs to|ought to|why dont (?:you|u)|go and|go|just|pls|please) (?:just )?(?:kill|hang|starve|drown|hurt|off|neck) (?:yourself|urself|your self|himself|herself|themselves)(?: to death)?(?= |$)`,
);

/** the act or the way itself, found first (its words are rare), then who means it is looked for just before it */
const CORE = spelt(`(?:^|(?<= ))(?:(?:${ACT})|(?:${WAY}))`, 'g');
const ACT_ALONE = spelt(`^(?:${ACT})`);
const WHO_BEFORE = spelt(`(?:${WHO}) $`);

/** The act or the way in a sentence with who means it before it, or the act opening it: "starve myself till i disappear". */
function selfIn(sentence: string): { index: number; 0: string } | null {
  for (const m of allMatches(CORE, sentence)) {
    if (m.index === 0) {
      if (ACT_ALONE.test(m[0])) return m as RegExpMatchArray & { index: number };
      continue;
    }
    const who = WHO_BEFORE.exec(sentence.slice(0, m.index));
    if (who) return { index: who.index, 0: sentence.slice(who.index, m.index + m[0].length) };
  }
  return null;
}
/** a way of doing it said plainly, the "I" left out or not: "cut again last night and gonna go deeper" */
const WAY_PLAIN = spelt(String.raw`(?:^|(?<= ))(?:cut again|go deeper|cut deeper)(?= |$)`);
/** what takes it back or makes it a joke or an accident: "never", "nearly", "I'd … if" */
const NOT_MEANT = spelt(String.raw`(?:^|(?<= ))(?:never|not|dont|do not|wont|wouldnt|nearly|almost|id|i would|would|could have|if (?:you|u|your|ur|anyone|someone))(?= )`);
const CUT_MEANT = spelt(String.raw`(?:^|(?<= ))(?:blade|razor|blood|bled|bleeding|arms|arm|wrist|wrists|thighs|scars|deeper)(?= |$)`);

/** "kms", and what says it is meant */
const KMS = spelt(String.raw`(?:^|(?<= ))kms(?= |$)`);
const MEANT = spelt(String.raw`(?:^|(?<= ))(?:not joking|not even joking|fr|for real|this time|tonight|im done|i am done|godbye|cant do this|no cap|deadass|serious|seriously|i swear|swear down)(?= |$)`);

/** what says it is a joke after all: "kms 😭 jk" (not "not joking") */
const JOKED = spelt(String.raw`(?:^|(?<= ))(?<!not |not even )(?:jk|just kidding|lol|lmao|lmfao|haha|hahaha|joking|joke|kidding)(?= |$)`);

/** a goodbye, and what says it is the end */
const GOODBYE = atWordStarts(
  String.raw`(?:(?:godbye|bye) (?:everyone|everybody|al|world|guys|yal)|saying godbye|say godbye|love (?:you|u|yous) al|sory (?:mum|mam|mom|dad|everyone|everybody|for everything)|look after (?:my|mum|him|her) [a-z ]{0,20}for me|(?:writing|writen|wrote) (?:my|al my) (?:leters|notes)|(?:given|giving) (?:my|al my) (?:stuf|things) away|tell (?:mum|my mum|dad|my dad|(?:ms|mr|mrs|miss|sir) [a-z]+|[a-z]+) (?:she|he) tried|tell (?:my|mum|dad|(?:ms|mr|mrs|miss|sir) [a-z]+|[a-z]+)(?: [a-z]+){0,4} (?:im|i am) sorry|thank you for trying|thanks for trying|love you (?:mum|mam|dad|all|guys)|sorted out who gets my|(?:gave|given|giving) (?:the|my) (?:dog|cat|rabbit) to|thanks for (?:all the|everything)|the notes? (?:is )?in my)(?![a-z0-9*])`,
);
const THE_END = atWordStarts(
  String.raw`(?:(?:wont|not going to|not gona|not gonna) be (?:around|here) (?:much longer|for much longer|anymore|any more|after tonight|tomorow)|not going anywhere ever again|this is how it ends|made my mind up|(?:cant|cannot) do this (?:anymore|any more)|(?:im|i am) done|stockpiling|(?:this|it) ends tonight|wont wake up|not waking up|stop being a burden|no longer (?:be )?a burden|made (?:my|up my) (?:mind|choice)|made my choice|(?:im|i am) doing it (?:tonight|today|tomorrow)|tonights the night|already decided (?:how|when)|(?:got|have got|have) everything ready for tonight|(?:a|the) date picked|picked a date|(?:wont|will not) (?:need|be needing) (?:them|it|any of it|a [a-z]+) (?:after tonight|anymore|any more)|il be gone (?:before|by)|(?:logging|log) off for good(?! (?:from|on|with|of) )|not (?:driving|coming|walking) back|(?:wont|will not) be coming back|when im gone|an empty chair|not sticking around|(?:wont|will not|not going to|not gonna) be (?:a problem|a burden)(?: for [a-z ]{1,30}?)? (?:much longer|for long|anymore|any more)|(?:couldnt|cant) cope with (?:it )?(?:all )?any ?more|(?:got|have|bought) a rope|(?:wont|wil not|not going to|not gona) be (?:at|going to) (?:prom|the prom|my prom|graduation|results day|christmas|my birthday|the leavers (?:bal|do|prom))(?= \.|$)|or any (?:[a-z]+ )?[a-z]+(?= \.|$))(?![a-z0-9*])`,
);

/**
 * The words one of which every goodbye and every end holds, read off the patterns themselves (phraseTrigger): a text with
 * none of them holds neither, and is not read for them. A list written by hand stood here and drifted from the patterns
 * it stood for: "thanks for all the subs" and "logging off for good" held none of its words, so a text saying both was
 * never read.
 */
const GOODBYE_TRIGGERS: ReadonlySet<string> = new Set([...GOODBYE.trigger, ...THE_END.trigger]);

/**
 * Each word's part in those, as bits: STRONG_BIT for a strong word, and for the i-th pair bit 2i for its first side and
 * 2i + 1 for its second, so a sentence is read at a glance with one lookup a word.
 */
const STRONG_BIT = 1 << 30;
/** a word of GOODBYE_TRIGGERS: the text may hold a goodbye */
const GOODBYE_BIT = 1 << 29;
const ROLE = new Map<string, number>();
for (const w of STRONG) ROLE.set(w, STRONG_BIT);
for (const w of GOODBYE_TRIGGERS) ROLE.set(w, (ROLE.get(w) ?? 0) | GOODBYE_BIT);
PAIRED.forEach(([a, b], i) => {
  for (const w of a) ROLE.set(w, (ROLE.get(w) ?? 0) | (1 << (2 * i)));
  for (const w of b) ROLE.set(w, (ROLE.get(w) ?? 0) | (1 << (2 * i + 1)));
});

/** Whether a sentence whose words' roles, OR-ed together, are `seen` may hold a shape: a strong word, or both sides of a pair. */
const mayHold = (seen: number) => (seen & STRONG_BIT) !== 0 || (seen & (seen >> 1) & 0x55555555) !== 0;

/**
 * Despair said outright, which turns a goodbye or a plan for tonight into what it is: "can't face another Monday", "the
 * voices say", "nobody will notice when I'm gone", a razor on the edge of the bath. Four of list f's writer's texts said
 * the end once with one of these beside it, and none of the labelled sets' clean texts says both.
 */
const DESPAIR = atWordStarts(
  String.raw`(?:cant (?:face (?:it|anything|anyone|life|living|another (?:day|[a-z]+day|week|term|morning|night)(?= \.|$| (?:in|at|of (?:this|it|life|school|being))(?: |$))|going on|tomorow)|take (?:it|any ?more)|do this|cope|go on)|had enough of (?:everything|it al|life|living)|the voices|(?:nobody|no one|noone) (?:wil|would) (?:notice|care|mis)|no point (?:anymore|any more|in (?:anything|living|trying|going on))|tired of (?:it al|everything|living|being here)|lost (?:everything|the kids|(?:the )?custody)|(?:hurts|hurting|hurt|pain) (?:so much )?(?:on the )?inside|to talk to (?:someone|somebody|anyone) but|hopeles|worthles|a burden|razor|razors|blade|blades|edge of the (?:bath|bridge|roof)|pils|tablets|nothing left)(?![a-z0-9*])`,
);
/** the end said once, as someone says it who means it, with despair beside it: "tonight's the night", "when I'm gone" */
const DESPAIR_END = atWordStarts(
  String.raw`(?:tonights the night to (?:end it|do it)|(?:im|i am) doing it (?:tonight|today|tomorow)|when im gone|not (?:driving|coming|walking) back(?= \.|$)|make sure of it|(?:not|never) going to stop|until it stops hurting|not turning the whel)(?![a-z0-9*])`,
);

/** "Goodbye." said as a sentence of its own, as the stream spells it */
const GOODBYE_ALONE = 'godbye';
/** an end anyone may say of a plan or a trip: "I've made up my mind, we're going to Cornwall. I'll be gone before the school run" */
const EVERYDAY_END = spelt(String.raw`^(?:made|il be gone|(?:im|i am) done|not (?:driving|coming|walking) back|(?:wont|will not) be coming back)`);
/** a goodbye anyone may say on leaving a school or a group chat: "bye everyone", "love you all", "thanks for everything" */
const EVERYDAY_GOODBYE = spelt(String.raw`^(?:goodbye|bye|saying|say|love|sorry|thanks for|look after)`);

/** The places in a stream where the writer may be about to harm themselves. */
export function selfHarm(w: StreamWords): SelfHarmHit[] {
  const { words: t, at, stream } = w;
  const out: SelfHarmHit[] = [];
  let goodbye = false;
  // sentence by sentence: the act or the way, with who means it
  for (let first = 0; first < t.length; ) {
    let end = first;
    let seen = 0;
    for (; end < t.length && t[end] !== '.'; end++) seen |= ROLE.get(t[end]!) ?? 0;
    goodbye ||= (seen & GOODBYE_BIT) !== 0;
    if (mayHold(seen)) {
      const from = at[first]!;
      const sentence = stream.slice(from, at[end - 1]! + t[end - 1]!.length);
      const self = selfIn(sentence);
      const waySelf = self ? null : WAY_SELF.exec(sentence);
      const plain = self || waySelf ? null : ((CUT_MEANT.test(sentence) ? WAY_PLAIN.exec(sentence) : null) ?? (KMS.test(sentence) && MEANT.test(stream) && !JOKED.test(stream) ? KMS.exec(sentence) : null));
      const found: { index: number; 0: string } | null = self ?? waySelf ?? plain;
      // a way said in the writer's own words carries its own "don't" ("until I just don't wake up"): only what comes
      // before it can take it back
      if (found && !NOT_MEANT.test(sentence.slice(0, found.index + (found === waySelf ? 0 : found[0].length)))) {
        out.push({ start: from + found.index, end: from + found.index + found[0].length, who: 'writer' });
      } else {
        const other = INCITED.exec(sentence) ?? OTHER.exec(sentence);
        if (other && !NOT_MEANT.test(sentence.slice(0, other.index + other[0].length))) {
          out.push({ start: from + other.index, end: from + other.index + other[0].length, who: INCITED.test(other[0]) ? 'incited' : 'other' });
        }
      }
    }
    first = end + 1;
  }
  // a goodbye in a text that says it is the end
  if (out.length === 0 && goodbye) {
    const bye = matchesAtWords(w, GOODBYE);
    // "Goodbye." as a sentence of its own
    for (let k = 0; k < t.length; k++) if (t[k] === GOODBYE_ALONE && (k === 0 || t[k - 1] === '.') && (k + 1 === t.length || t[k + 1] === '.')) bye.push({ index: at[k]!, text: t[k]! });
    const end = matchesAtWords(w, THE_END);
    // or two goodbyes only someone leaving for good writes ("writing my letters tonight … tell Ms Hale she tried"), or
    // the end said twice ("I've made up my mind. I'll be gone before first period")
    const lasting = new Set(bye.filter((m) => !EVERYDAY_GOODBYE.test(m.text)).map((m) => m.text)).size >= 2;
    const endTwice = new Set(end.map((m) => m.text)).size >= 2 && end.some((m) => !EVERYDAY_END.test(m.text));
    if ((bye.length > 0 && end.length > 0) || lasting || endTwice) {
      const spans = [...bye, ...end].map((m) => ({ start: m.index, end: m.index + m.text.length }));
      out.push({ start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)), who: 'writer' });
    }
  }
  // the end or a goodbye said once, beside despair; or the end said twice in words anyone may use of a trip ("I've made
  // up my mind. I'll be gone before first period"), which despair beside them turns into what they are
  const despair = out.length === 0 ? matchesAtWords(w, DESPAIR) : [];
  if (out.length === 0 && despair.length > 0) {
    const bye = goodbye ? matchesAtWords(w, GOODBYE) : [];
    const ends = goodbye ? matchesAtWords(w, THE_END) : [];
    const end = [...bye, ...matchesAtWords(w, DESPAIR_END), ...(new Set(ends.map((m) => m.text)).size >= 2 ? ends : [])];
    if (end.length > 0) {
      const spans = [...despair, ...end].map((m) => ({ start: m.index, end: m.index + m.text.length }));
      out.push({ start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)), who: 'writer' });
    }
  }
  return out;
}

