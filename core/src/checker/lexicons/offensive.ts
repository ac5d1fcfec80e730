// The offensive-language lexicon: words and phrases a school must not publish, with the words that
// merely contain them. A school extends it through offensiveWith({ add, allow }) (categories/offensive.ts).
//
// Words are spelt plainly in lower case; the matcher itself finds l33t, symbols inside words, spaced-out
// letters and repeated letters, so variants are never listed here.
// Phrases are regular expressions over a canonical text: lower-case words separated by one space,
// apostrophes dropped ("you're" reads "youre"), repeated letters collapsed (write them normally, both
// sides are collapsed), a "." token after each sentence. {macros} below stand for common word groups.

import type { CheckerCategory, Severity } from '../types.js';

export type OffensiveCategory = Extract<CheckerCategory, 'profanity' | 'sexual' | 'hate' | 'threat' | 'bullying'>;

export interface WordEntry {
  term: string;
  category: OffensiveCategory;
  severity: Severity;
  /**
   * word: the whole word, or its plural (most short words: "ass" is not in "class");
   * stem: the start of a word ("bitchy", "wankers");
   * part: anywhere inside a word ("motherfucker", "bullshit") — give the innocent containers in allow.
   */
  match: 'word' | 'stem' | 'part';
  /** said to the person about to publish; never repeats the word */
  reason?: string;
  /** words or phrases that contain the term and are fine ("scunthorpe", "blue tit") */
  allow?: string[];
  /** a second category the same words also belong to */
  also?: OffensiveCategory;
}

export interface PhraseEntry {
  pattern: string;
  category: OffensiveCategory;
  severity: Severity;
  reason?: string;
  also?: OffensiveCategory;
}

const RACIST = 'A racist slur.';
const RELIGIOUS = 'A religious slur.';
const HOMOPHOBIC = 'A homophobic slur.';
const TRANSPHOBIC = 'A transphobic slur.';
const DISABILITY = 'A slur about disability.';
const SELF_HARM = 'Tells someone to harm themselves (incitement to self-harm).';

const block = (term: string, category: OffensiveCategory, match: WordEntry['match'], more: Partial<WordEntry> = {}): WordEntry => ({ term, category, severity: 'block', match, ...more });
const mild = (term: string, match: WordEntry['match'], more: Partial<WordEntry> = {}): WordEntry => ({ term, category: 'profanity', severity: 'warning', match, ...more });

export const OFFENSIVE_WORDS: WordEntry[] = [
  // strong language
  block('fuck', 'profanity', 'part'),
  block('shit', 'profanity', 'part', { allow: ['shitake', 'shiitake', 'matsushita', 'shittim'] }),
  block('cunt', 'profanity', 'part', { allow: ['scunthorpe'] }),
  block('twat', 'profanity', 'stem'),
  block('wank', 'profanity', 'stem'),
  block('tosser', 'profanity', 'word'),
  block('bastard', 'profanity', 'stem'),
  block('bitch', 'profanity', 'stem'),
  block('asshole', 'profanity', 'part'),
  block('arsehole', 'profanity', 'part'),
  block('ass', 'profanity', 'word', { allow: ['a55'] }), // the A55 is a road in North Wales
  block('dumbass', 'profanity', 'word'),
  block('jackass', 'profanity', 'word'),
  block('dick', 'profanity', 'word', { allow: ['dick whittington', 'moby dick', 'dick king smith', 'philip k dick'] }),
  block('dickhead', 'profanity', 'part'),
  block('bellend', 'profanity', 'stem'),
  block('knobhead', 'profanity', 'part'),
  block('motherfucker', 'profanity', 'part'),
  block('stfu', 'profanity', 'word'),
  // mild language
  mild('damn', 'stem'),
  mild('dammit', 'word'),
  mild('crap', 'stem'),
  mild('bloody', 'word'),
  mild('bugger', 'stem'),
  mild('piss', 'stem'),
  mild('arse', 'word'),
  mild('arsed', 'word'),
  mild('bollock', 'stem'),
  mild('feck', 'stem'),
  mild('wtf', 'word'),
  mild('omfg', 'word'),
  // sexual
  block('porn', 'sexual', 'stem'),
  block('cock', 'sexual', 'word', { allow: ['cockadoodledoo', 'cockadoodle'] }),
  block('pussy', 'sexual', 'word', { allow: ['pussy cat', 'pussy willow'] }),
  block('tits', 'sexual', 'word', { allow: ['blue tit', 'great tit', 'coal tit', 'marsh tit', 'willow tit', 'crested tit', 'tailed tit', 'bearded tit'] }),
  block('titty', 'sexual', 'word'),
  block('titties', 'sexual', 'word'),
  block('boobs', 'sexual', 'word'),
  block('blowjob', 'sexual', 'part'),
  block('handjob', 'sexual', 'part'),
  block('dildo', 'sexual', 'stem'),
  block('orgasm', 'sexual', 'stem'),
  block('horny', 'sexual', 'word'),
  block('sexy', 'sexual', 'word'),
  block('nudes', 'sexual', 'word'),
  block('slut', 'sexual', 'stem', { reason: 'A sexual insult.' }),
  block('whore', 'sexual', 'stem', { reason: 'A sexual insult.' }),
  block('slag', 'sexual', 'word', { reason: 'A sexual insult.', allow: ['slag heap'] }),
  block('skank', 'sexual', 'stem', { reason: 'A sexual insult.' }),
  block('cum', 'sexual', 'word', { allow: ['cum laude'] }),
  block('jizz', 'sexual', 'stem'),
  block('milf', 'sexual', 'word'),
  block('hentai', 'sexual', 'word'),
  block('threesome', 'sexual', 'word'),
  block('onlyfans', 'sexual', 'word'),
  block('shag', 'sexual', 'word', { allow: ['shag pile', 'shag carpet'] }),
  ...['rape', 'raped', 'raping', 'rapist'].map((t) => block(t, 'sexual', 'word', { reason: 'Sexual violence.', allow: ['oilseed rape'] })),
  // hate: racist
  block('nigger', 'hate', 'part', { reason: RACIST, allow: ['snigger'] }),
  block('nigga', 'hate', 'part', { reason: RACIST, allow: ['niggard'] }),
  ...['niggaz', 'niglet', 'paki', 'chinky', 'gook', 'spic', 'wog', 'golliwog', 'gollywog', 'wetback', 'gyppo', 'gippo', 'pikey', 'sambo', 'jap', 'darkie', 'darky', 'beaner', 'zipperhead'].map((t) =>
    block(t, 'hate', 'word', { reason: RACIST }),
  ),
  block('coon', 'hate', 'word', { reason: RACIST, allow: ['maine coon'] }),
  block('chink', 'hate', 'word', { reason: RACIST, allow: ['chink of', 'chink in', 'chinks of', 'chinks in'] }),
  block('raghead', 'hate', 'part', { reason: RACIST }),
  block('towelhead', 'hate', 'part', { reason: RACIST }),
  // hate: religious
  ...['kike', 'yid', 'muzzie', 'muzzy'].map((t) => block(t, 'hate', 'word', { reason: RELIGIOUS })),
  // hate: homophobic and transphobic
  block('faggot', 'hate', 'stem', { reason: HOMOPHOBIC, allow: ['faggots with', 'faggots and peas', 'faggots and mash', 'faggots in gravy'] }),
  ...['fag', 'poof', 'poofter', 'pooftah', 'lesbo', 'lezza', 'lezzer', 'shirtlifter', 'bumboy', 'battyboy', 'battyman'].map((t) => block(t, 'hate', 'word', { reason: HOMOPHOBIC })),
  block('dyke', 'hate', 'word', { reason: HOMOPHOBIC, allow: ["offa's dyke", "devil's dyke"] }),
  block('homo', 'hate', 'word', { reason: HOMOPHOBIC, allow: ['homo sapiens', 'homo erectus'] }),
  ...['tranny', 'trannies', 'shemale'].map((t) => block(t, 'hate', 'word', { reason: TRANSPHOBIC })),
  // hate: disability
  block('retard', 'hate', 'stem', { reason: DISABILITY, allow: ['retardant', 'retardation'] }),
  ...['tard', 'spastic', 'spaz', 'spazz', 'spacker', 'spacca', 'mong', 'mongoloid'].map((t) => block(t, 'hate', 'word', { reason: DISABILITY })),
  { term: 'cripple', category: 'hate', severity: 'warning', match: 'word', reason: 'Can be a slur about disability.' },
  { term: 'midget', category: 'hate', severity: 'warning', match: 'word', reason: 'Can be a slur about disability.' },
  // self-harm incitement, also bullying
  block('kys', 'threat', 'word', { reason: SELF_HARM, also: 'bullying' }),
  // accusations used as insults
  block('paedo', 'bullying', 'word', { reason: 'An accusation used as an insult.' }),
  block('pedo', 'bullying', 'word', { reason: 'An accusation used as an insult.' }),
];

/** Word groups for phrases; a macro may use the ones above it. */
export const PHRASE_MACROS: Record<string, string> = {
  you: '(you|u|ya|yu|ye)',
  youre: '(youre|you are|u r|u are|you r|ur|ya)',
  them: '(you|u|ya|yall|him|her|them|everyone|every one|every1|all of you|your (family|kids|kid|child|mum|mom|dad|sister|brother)|the (teacher|teachers|head|headteacher|kids|children|staff|pupils))',
  he: '(he|hes|he is|she|shes|she is|they|theyre|they are)',
  mods: '((so|such|a|an|really|very|proper|total|totally|complete|completely|absolute|absolutely|massive|big|little|fat|ugly|stupid|dumb|pathetic|sad|useless|worthless|lazy|fucking|bloody|right|utter) )',
  insult:
    '(ugly|fat|fatty|fatso|loser|idiot|idiots|stupid|dumb|moron|morons|freak|freaks|weirdo|weirdos|pathetic|worthless|useless|disgusting|gross|minger|minging|tramp|scum|trash|pig|pigs|cow|failure|thick|smelly|clown|clowns|brainless|losers|embarrassment|disgrace|waste of (space|oxygen|air)|nobody)',
  notnegated: '(?<!(dont|do not|not|never|didnt|did not) )',
};

export const OFFENSIVE_PHRASES: PhraseEntry[] = [
  // incitement to self-harm: threat, and bullying of the person it is aimed at
  { pattern: '{notnegated}(kill|hang|end|unalive|off) (your ?self|urself|yoself|yourselves|yo self)', category: 'threat', severity: 'block', reason: SELF_HARM, also: 'bullying' },
  { pattern: '(go|go and|go an|go n|pls|please|plz|just go|you should|u should|you should just|u should just|you need to|hope you) (die|drown|jump off a (bridge|cliff|building))', category: 'threat', severity: 'block', reason: SELF_HARM, also: 'bullying' },
  { pattern: '(drink bleach|slit your wrists|die in a (hole|fire)|do (us|everyone|the world) a favou?r and die)', category: 'threat', severity: 'block', reason: SELF_HARM, also: 'bullying' },
  { pattern: '(nobody|no one|noone|no body) (would|will|is going to|gonna) (miss|care if) {you}', category: 'bullying', severity: 'block', reason: 'Tells someone they would not be missed; this can push a person towards self-harm.', also: 'threat' },
  // threats of violence
  { pattern: '(i|il|i will|im|im going to|im gonna|i am going to|i am gonna|ima|imma|we|wel|we will|were going to|were gonna|we are going to|gonna|going to) (going to |gonna )?((kill|murder|stab|shoot|strangle|hurt|punch|slap|knife|choke|rape|bomb|burn) {them}|(beat|batter|bash|kick|smash) {them} up|(smash|kick|punch) (your|ur|his|her|their) (face|head|teeth) in)', category: 'threat', severity: 'block', reason: 'A threat of violence.' },
  { pattern: '{youre} (so |gonna be |going to be )?dead( meat)?(?= (\\.|after|when|if|mate|bro|tomorrow|tonight)|$)', category: 'threat', severity: 'block', reason: 'A threat of violence.' },
  { pattern: '{you} (will|wil|are gonna|r gonna|are going to|gonna|going to) (die|get (stabbed|shot|hurt|battered|beaten up|jumped))', category: 'threat', severity: 'block', reason: 'A threat of violence.' },
  { pattern: '(i|we) know where {you} live', category: 'threat', severity: 'block', reason: 'A threat aimed at a person.' },
  { pattern: '(watch|better watch) (your|ur) back', category: 'threat', severity: 'block', reason: 'A threat aimed at a person.' },
  { pattern: '(bomb|blow up|shoot up|burn down|set fire to|torch|attack) (the|this|your|our|that) (school|class|classroom|building|staffroom)', category: 'threat', severity: 'block', reason: 'A threat of violence against the school.' },
  // bullying: exclusion and directed insults
  { pattern: '(nobody|no one|noone|no body) (likes|wants|cares about|loves) {you}', category: 'bullying', severity: 'block', reason: 'Harassment aimed at a person: telling them they are not wanted.' },
  { pattern: '(everyone|everybody|every one|we all|all of us|we) (hates|hate) {you}', category: 'bullying', severity: 'block', reason: 'Harassment aimed at a person: telling them they are hated.' },
  { pattern: '{you} (have|got|have got|has) no (friends|mates)', category: 'bullying', severity: 'block', reason: 'Harassment aimed at a person: telling them they have no friends.' },
  { pattern: '({youre}|{you}) ((look|looks|are|is|smell|sound|seem) )?{mods}{0,3}{insult}', category: 'bullying', severity: 'block', reason: 'An insult aimed at a person.' },
  { pattern: '{he} ((is|s|are|look|looks|smells) )?{mods}{0,3}{insult}', category: 'bullying', severity: 'block', reason: 'An insult aimed at a person.' },
  { pattern: '(what|such) (a|an) {mods}{0,2}(loser|idiot|freak|moron|weirdo|failure|waste of (space|oxygen|air))', category: 'bullying', severity: 'warning', reason: 'Sounds like an insult aimed at someone.' },
  { pattern: '({you}|{youre} a|such a|what a|{he} a|{he} such a|a right|a total|you little|{you} little) prick', category: 'profanity', severity: 'block', reason: 'Strong language aimed at a person.', also: 'bullying' },
  // hate in phrases
  { pattern: '(jungle bunny|porch monkey|window licker|christ killer|sand nigger)s?', category: 'hate', severity: 'block', reason: 'A slur.' },
  { pattern: '(thats|that is|its|it is|youre|you are|ur|your|hes|shes|he is|she is) (so |such |well )?gay', category: 'hate', severity: 'warning', reason: '"Gay" used as an insult is homophobic.' },
];

/**
 * Directed insults with a name from the school's roster: "{name}" matches a pupil's or a staff
 * member's given or family name ("Tom is a loser", "Mr Hill's a freak").
 */
export const NAMED_PHRASES: PhraseEntry[] = [{ pattern: '{name} ((is|s|looks|smells) )?{mods}{0,3}{insult}', category: 'bullying', severity: 'block', reason: 'An insult aimed at a named person.' }];

export const DEFAULT_REASONS: Record<OffensiveCategory, Record<Severity, string>> = {
  profanity: { block: 'Strong language.', warning: 'Mild language: check it suits the audience.', info: 'Informal language.' },
  sexual: { block: 'Sexual content.', warning: 'May be read as sexual.', info: 'May be read as sexual.' },
  hate: { block: 'A slur.', warning: 'Can be read as a slur.', info: 'Can be read as a slur.' },
  threat: { block: 'A threat of violence.', warning: 'Could be read as a threat.', info: 'Could be read as a threat.' },
  bullying: { block: 'Harassment aimed at a person.', warning: 'Could be read as harassment.', info: 'Could be read as harassment.' },
};
