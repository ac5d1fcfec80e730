// Ridicule by likeness: "His mother looks like she's been dragged through a hedge backwards", "Mr Cartwright on
// the gate, looking like he'd been dug up and left out overnight", "that woman is as much use as a chocolate
// fireguard and dresses like a bloody lampshade", "she has the parenting skills of a feral cat". No insult word is in
// them, so neither the phrases nor the insult reader see them; blind sets by several writers label them bullying.
//
// A sentence of a comment or a personal post is ridicule when it likens a person (she, he, a title and name, "the
// chubby one", "that woman", "his mother") to something people are mocked with: a hedge backwards, something dug
// up, a feral cat, a lampshade, a sack of potatoes. "Looks like a proper little scientist", "dressed like a pirate
// for World Book Day" and "runs like the wind" liken a child to nothing mocking. It is a warning.

import type { EmojiHit } from './emoji-innuendo.js';
import { gated } from '../first-word-gate.js';

/** the likening: "looks like", "with a face like", "as much use as", "the parenting skills of" */
const LIKENING =
  gated(/\b(?:(?:looks?|looking|looked|dresses|dressed|sounds|smells|teaches|talks|walks|runs?|running|ran|cries|eats|moves|acts|scratching|scratches|waddles|waddling|sings|singing|laughs)\s+like|(?:wore|wears|wearing)\b[^.!?\n]{0,30}?\blike|(?:a\s+)?(?:face|voice|laugh|hair|teeth)\s+like|as\s+much\s+use\s+as|about\s+as\s+useful\s+as|the\s+(?:parenting\s+skills|personality|brains?|charm|manners|dress\s+sense|people\s+skills)\s+of)\b/i);
/** someone likened: a pronoun, a title and name, a person pointed at */
const PERSON =
  /(?:^|[^a-z])(?:she|he|she's|he's|shes|hes|her|his|(?:mr|mrs|miss|ms|mx|sir|dr)\.?\s+[a-z]+|(?:that|the|this|his|her|their|your|ur)\s+(?:(?:new|old|chubby|fat|skinny|ginger|little)\s+)?(?:[a-z0-9]+\s+)?(?:woman|man|bloke|lady|mum|mam|dad|mother|father|teacher|ta|head|deputy|caretaker|receptionist|one|kid|lad|girl|boy|nqt|dinner\s+lady|lollipop\s+(?:man|lady))|you|u)(?![a-z])/i;
/** what people are mocked with, in the few words after the likening */
const MOCKED =
  gated(/\b(?:dragged|hedge|dug\s+up|sat\s+on|eaten|ate\s+(?:the|all)|constipated|bulldog|pig|whale|hippo|troll|goblin|gremlin|tramp|scarecrow|lampshade|wardrobe|bin\s?bag|bauble|orphan|feral|hungover|clubbing|corpse|zombie|sack\s+of|bag\s+of\s+(?:spanners|bones|rags)|potato|slapped\s+(?:arse|backside)|melted|waxwork|rat|weasel|ferret|donkey|chocolate\s+(?:fireguard|teapot)|wet\s+weekend|back\s+end\s+of\s+a\s+bus|ugly\s+tree|fell\s+out\s+of\s+(?:a|the)|rolled\s+out\s+of\s+(?:bed|a\s+skip|a\s+hedge)|sleeps?\s+in|been\s+in\s+a\s+fight|dog'?s\s+dinner|car\s+crash|victorian\s+orphan|baby|penguin|walrus|dog|fog\s?horn|(?:car|fire|smoke)\s+alarm|banshee|strangled|seagull|carrying\s+(?:the|his|her|their)\s+shopping|given\s+up)\b/i);
/** a costume, a game or praise: "dressed like a pirate for World Book Day" */
const FONDLY =
  gated(/\b(?:world\s+book\s+day|costume|fancy\s+dress|dress(?:ed)?\s+up|nativity|panto|pantomime|play|proud|lovely|adorable|cute|gorgeous|brilliant|bless|so\s+sweet|little\s+star|well\s+done)\b|😍|🥰|❤️/i);

/** a sentence, or a reply of a pasted thread */
const PIECE = /[^.!?\n>]+[.!?]*/g;

/** The sentences of a comment or personal post that mock a person by likening them to something. */
export function ridicule(text: string): EmojiHit[] {
  const out: EmojiHit[] = [];
  // the likening is the rarest part: most texts have none
  if (!LIKENING.test(text)) return out;
  PIECE.lastIndex = 0;
  for (let m = PIECE.exec(text); m; m = PIECE.exec(text)) {
    const piece = m[0];
    const like = LIKENING.exec(piece);
    if (!like) continue;
    const after = piece.slice(like.index + like[0].length).split(/\s+/).slice(0, 10).join(' ');
    if (!MOCKED.test(after) || FONDLY.test(piece) || !PERSON.test(piece.slice(0, like.index + like[0].length))) continue;
    let start = m.index;
    while (start < m.index + piece.length && /\s/.test(text[start]!)) start++;
    out.push({ start, end: m.index + piece.trimEnd().length });
  }
  return out;
}
