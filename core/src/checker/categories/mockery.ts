// Laughing at someone in a comment thread: "lmao Kieran in the back of the photo looking like a thumb 💀💀", "Poppy's
// haircut 💀 did she lose a bet", "Mr Price's teeth in this photo 😬 someone buy that man a dentist", "Tag Zack in this
// he's the one that wet himself on the residential 😂😂". No insult word is in them, so neither the phrases nor the
// insult reader see them; a blind writer's list of 55 bullying comments (2026-12-07) was mostly this shape, and the
// rules found 14 of them.
//
// A sentence of a comment or a personal post is this mockery when it holds all three: laughter or scorn (😂 🤣 💀 😭 🤡
// 🙄 🤢, "lol", "lmao"), in it or closing the next short sentence; someone pointed at (a name written with a capital, an
// @handle, "her", "that man", "Ruby's mum"); and what people are laughed at for (a haircut, braces, a toupee, a lisp,
// wetting themselves, "thinks she's a singer"), or a likening just after a person ("Kieran … looking like a thumb", "Is
// that Harvey? thought it was a lamppost"). Laughter with a child in a costume, at a show or with praise ("Mr Hughes
// looking like a proper pirate 😂 brilliant") is fond, and left alone. It is a warning, for a person to read. Cues that
// drew false alarms on the labelled sets are not among them: a ginger child, a meltdown, a wheelchair.

import type { EmojiHit } from './emoji-innuendo.js';
import { gated } from '../first-word-gate.js';
import { allMatches } from '../all-matches.js';

/** laughter at something: the crying-laughing faces, a skull, a clown, "lol", "lmao" */
const LAUGHTER = /😂|🤣|💀|😭|🤡|😬|🐷|🤢|🤮|🤭|🙄|\b(?:lol|lmao|lmfao|rofl|haha+|hahaha+|ha ha)\b/i;
/** what people are laughed at for: their looks, their voice, what happened to them, what they think they are */
const LAUGHED_AT =
  gated(/\b(?:haircut|hair\s*do|fringe|teeth|braces|toupee|wig|moustache|mustache|mullet|accent|belly|buttons|leggings|eyebrows|forehead|chins|spots|acne|dentist|wets?\s+(?:him|her|them)sel(?:f|ves)|out\s+of\s+breath|ears\s+(?:are\s+)?(?:actually\s+|literally\s+)?bleeding|like\s+a\s+tramp|c[oa]me?\s+last|coming\s+last|picking\s+(?:his|her)\s+nose|lisp|stammer|stutter|poundland|charity\s+shop|gonna\s+snap|nearly\s+snapped|broke\s+the\s+(?:bench|chair)|caught\s+(?:nicking|stealing|shoplifting)|(?:does|doesn['’]?t)\s+(?:she|he)\s+(?:not\s+)?have\s+a\s+job|get\s+a\s+job|different\s+dads|practi[sc]e\s+what\s+(?:you|she|he)\s+preach(?:es)?|pee?d\s+(?:him|her|them)sel(?:f|ves)|pooed|puked|threw\s+up|the\s+thick\s+one|lose\s+a\s+bet|lost\s+a\s+bet|needs?\s+a\s+(?:mirror|salad|diet|wash|bath|shave)|thinks\s+(?:she|he)['’]?s\s+(?:a|an|so|the|down|funny|hard|clever)|resting\s+\w+\s+face|want\s+their\s+\w+\s+back|wants\s+its\s+\w+\s+back|dress(?:ed)?\s+(?:her|him)sel(?:f)?|puts?\s+(?:the\s+whole\s+class|everyone|us\s+all|the\s+class)\s+to\s+sleep|classy|so\s+drunk|(?:got|was)\s+(?:so\s+)?(?:drunk|pissed|hammered|wasted|steaming))\b/i);
/** a likening, which mocks only when a person is just before it: "Kieran … looking like a thumb" (not "the kitchen looks like
 * a crime scene", "I look like a tomato") */
const LIKENED = gated(/\b(?:looking|looks?|looked)\s+like\s+an?\b|\b(?:looking|looks?|looked)\s+like\s+(?:she|he)\s+(?:ate|eats|swallowed|got\s+dressed|sleeps|slept|was\s+dragged|has\s+been\s+dragged)\b|\bmore\s+like\b|\bthought\s+(?:it|she|he)\s+was\s+an?\b/gi);
const LIKENED_ANY = gated(new RegExp(LIKENED.source, 'i'));
/** a word that is someone, just before a likening: a pronoun, an @handle */
const PERSON_WORD = /^(?:she|he|ur|you|u|@[\w.]+)$/i;
const TITLE = /^(?:mr|mrs|miss|ms|sir)\.?$/i;
const NAME_LIKE = /^\p{Lu}\p{Ll}+$/u;
/** the writer, just before a likening: "I look like a tomato", "my kitchen looks like…" */
const SELF_WORD = /^(?:i|i['’]?m|me|my|we|our)$/i;
/** someone pointed at: a pronoun, a person described, a title and surname, someone's mum or dad, an @handle */
const POINTED =
  /(?:^|[^a-z])(?:she|he|she's|he's|shes|hes|her|him|his|(?:mr|mrs|miss|ms|mx|sir|dr)\.?\s+[a-z]+|(?:that|the|this|his|her|their|your|ur)\s+(?:(?:new|old|chubby|fat|skinny|ginger)\s+)?(?:[a-z0-9]+\s+)?(?:woman|man|bloke|lady|mum|mam|dad|mother|father|teacher|ta|head|deputy|caretaker|receptionist|one|kid|lad|girl|boy|goalie|goalkeeper)|[a-z]+['’]s\s+(?:mum|mam|mom|dad|nan|sister|brother)|ur|you're|youre)(?![a-z])|@[\w.]+/i;
/** a name written with a capital, not at the start of the sentence or after it is a word that starts sentences */
const CAPITALISED = /(?:^|[^\p{L}'’])(\p{Lu}\p{Ll}+)/gu;
const NOT_A_NAME = new Set([
  'The', 'That', 'This', 'These', 'Those', 'My', 'Our', 'Your', 'Is', 'It', 'Its', 'What', 'When', 'Why', 'How', 'Who', 'Lol', 'Lmao', 'Omg', 'Well', 'So', 'Just', 'Not', 'Year', 'Class',
  'Team', 'Tag', 'Remember', 'Did', 'Does', 'Do', 'Can', 'Could', 'Would', 'Shame', 'Imagine', 'Poor', 'Love', 'Bless', 'Oh', 'Ah', 'Yes', 'No', 'Someone', 'Everyone', 'Anyone',
  'Sports', 'Christmas', 'Easter', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Reception', 'Nursery', 'He', 'She', 'They', 'We', 'You',
]);
/** fondness: a costume, a show, praise, a heart */
const FONDLY =
  gated(/\b(?:world\s+book\s+day|costume|fancy\s+dress|dress(?:ed)?\s+up|nativity|panto|pantomime|proud|lovely|adorable|cute|gorgeous|brilliant|legend|bless|so\s+sweet|little\s+star|well\s+done|congrat\w*|amazing|good\s+sport|pie\s+in\s+the\s+face|sponge|charity|love\s+(?:it|this|you|her|him)|made\s+my\s+day|never\s+change)\b|😍|🥰|❤️|♥️|💕|💖|👏/i);

/** a sentence, or a reply of a pasted thread; an emoji after the full stop belongs to the sentence before it */
const PIECE = /[^.!?\n>]+[.!?]*(?:\s*(?:\p{Extended_Pictographic}|\u200d|\ufe0f)+)?/gu;

// allMatches reads each global pattern from the start and leaves its lastIndex at 0, so no call sees another's
const named = (piece: string): boolean => allMatches(CAPITALISED, piece).some((m) => !NOT_A_NAME.has(m[1]!));

/**
 * Whether a person stands just before a likening in the piece (at `at` in the text), and not the writer: "Kieran …
 * looking like a thumb"; or ends the short question before it: "Is that Harvey? thought it was a lamppost".
 */
function likenedPerson(text: string, at: number, piece: string): boolean {
  for (const m of allMatches(LIKENED, piece)) {
    const before = text.slice(Math.max(0, at + m.index - 80), at + m.index).replace(/\?\s*$/, ' ').replace(/\?\s+/g, ' ');
    const words = before.trim().split(/\s+/).slice(-7).map((w) => w.replace(/^[^\p{L}@]+|[^\p{L}\p{N}'’]+$/gu, ''));
    if (words.slice(-4).some((w) => SELF_WORD.test(w))) continue;
    if (words.some((w, k) => PERSON_WORD.test(w) || TITLE.test(w) || (NAME_LIKE.test(w) && !NOT_A_NAME.has(w) && !(k > 0 && TITLE.test(words[k - 1]!))))) return true;
  }
  return false;
}

/** The sentences of a comment or personal post that laugh at someone pointed at for their looks or a humiliation. */
export function mockery(text: string): EmojiHit[] {
  const out: EmojiHit[] = [];
  // laughter is the rarest part: most texts have none
  if (!LAUGHTER.test(text) || !(LAUGHED_AT.test(text) || LIKENED_ANY.test(text))) return out;
  PIECE.lastIndex = 0;
  for (let m = PIECE.exec(text); m; m = PIECE.exec(text)) {
    const piece = m[0];
    // laughter may close the next short sentence: "the boy with the lisp did the speech?? couldnt understand a word 🤣"
    const next = text.slice(m.index + piece.length, m.index + piece.length + 80).split(/[.!?\n]/)[0]!;
    if (!(LAUGHTER.test(piece) || LAUGHTER.test(next)) || FONDLY.test(piece) || FONDLY.test(next)) continue;
    if (!(LAUGHED_AT.test(piece) && (POINTED.test(piece) || named(piece))) && !likenedPerson(text, m.index, piece)) continue;
    let start = m.index;
    while (start < m.index + piece.length && /\s/.test(text[start]!)) start++;
    out.push({ start, end: m.index + piece.trimEnd().length });
  }
  return out;
}
