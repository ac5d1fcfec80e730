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
  block('fucking', 'profanity', 'part'), // "f***ing": three hidden letters need a longer word around them
  block('stfu', 'profanity', 'word'),
  block('gtfo', 'profanity', 'word'),
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
  mild('ballock', 'stem'), // also how "b@ll0cks" reads
  mild('feck', 'stem'),
  mild('wtf', 'word'),
  mild('omfg', 'word'),
  // abbreviations of strong language, written as a sigh: warn, as for mild language
  mild('ffs', 'word'),
  mild('fml', 'word'),
  mild('wtaf', 'word'),
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
  mods: '((so|such|a|an|really|very|proper|total|totally|complete|completely|absolute|absolutely|massive|big|little|fat|ugly|stupid|dumb|pathetic|sad|useless|worthless|lazy|fucking|bloody|right|utter|the most|most) )',
  insult:
    '(ugly|fat|fatty|fatso|loser|idiot|idiots|stupid|dumb|moron|morons|freak|freaks|weirdo|weirdos|pathetic|worthless|useless|disgusting|gross|minger|minging|tramp|scum|trash|pig|pigs|cow|failure|thick|smelly|clown|clowns|brainless|losers|embarrassment|disgrace|waste of (space|oxygen|air)|nobody|clueless|brat|excuse for a)',
  notnegated: '(?<!(dont|do not|not|never|didnt|did not) )',
  /** someone the speaker means harm to */
  victim:
    '(you|u|ya|yall|him|her|them|em|everyone|every one|every1|all of you|your (family|kids|kid|child|son|daughter|mum|mom|dad|sister|brother|husband|wife)|the (teacher|teachers|head|headteacher|kids|children|staff|pupils)|(the next|any|the first) (one|person|parent|kid|driver|teacher)|whoever|anyone|anybody|(that|the|this) (teacher|head|woman|man|kid|boy|girl|lad|parent|mum|dad|driver|bloke|guy))',
  /** the speaker, meaning to or wishing someone would */
  iwill:
    '(i|il|i wil|i shal|im going to|im gonna|i am going to|i am gonna|ima|imma|i wana|i want to|id|i would|we|wel|we wil|were going to|were gonna|we are going to|gonna|going to|someone should|somebody should|someone needs to|somebody needs to|someone ought to|id love to|i could)',
  youwill: '(you wil|youl|u wil|ul|you are gonna|you are going to|youre gonna|youre going to|your gonna|ur gonna|u r gonna|you gonna|u gonna)',
  body: '(face|faces|legs|leg|head|heads|teeth|neck|arms|arm|skull|jaw|nose|kneecaps|knees|throat|fingers|ribs|windows|car|tyres)',
  /** groups of people that hate speech generalises about */
  group:
    '((the|al|al the|these|those|most|al of the|bloody|fucking|dirty|filthy) )?(muslims|moslems|muzzies|islamists|jews|jewish people|hindus|sikhs|catholics|immigrants|migrants|refugees|asylum seekers|foreigners|gypsies|gypsys|gipsies|travellers|travelers|pikeys|roma|blacks|black people|asians|africans|arabs|pakistanis|pakis|eastern europeans|romanians|gays|gay people|lesbians|homosexuals|queers|bisexuals|trans people|trans kids|trannies|transgender (people|kids)|disabled (kids|children|people|pupils)|the disabled|autistic (kids|children|people)|special needs (kids|children)|sen (kids|children)|retards)',
  /** what hate speech calls such a group */
  vilify:
    '((al |just |al just |nothing but |a bunch of |a load of )?(terrorists|thieves|criminals|rapists|paedos|pedos|paedophiles|perverts|groomers|scum|vermin|animals|parasites|scroungers|savages|subhuman|inferior|dirty|filthy|disgusting|evil|sick|dangerous|a danger|a threat|a disease|a plague|taking over|ruining|invading))',
  /** someone a bully talks about */
  person:
    '((that|this|the|my|our|your|their|his|her) (new )?((year|yr) [a-z0-9]+ )?(girl|boy|kid|child|teacher|woman|man|lad|lass|parent|head|headteacher|colleague|boss|manager|ta|dinner lady|caretaker|neighbour)( in (year|yr|class) [a-z0-9]+)?)',
};

export const OFFENSIVE_PHRASES: PhraseEntry[] = [
  // incitement to self-harm: threat, and bullying of the person it is aimed at
  { pattern: '{notnegated}(kill|hang|end|unalive|off) (your ?self|urself|yoself|yourselves|yo self)', category: 'threat', severity: 'block', reason: SELF_HARM, also: 'bullying' },
  // …or wishing it on someone else: "she should just kill herself"
  { pattern: '(should|should just|needs to|need to|ought to|hope (he|she|they)|wish (he|she|they) would|why dont (he|she|they)|go) (kill|hang|unalive|off) (himself|herself|themselves|themself)', category: 'threat', severity: 'block', reason: SELF_HARM },
  { pattern: '(go|go and|go an|go n|pls|please|plz|just go|you should|u should|you should just|u should just|you need to|hope you) (die|drown|jump off a (bridge|cliff|building))', category: 'threat', severity: 'block', reason: SELF_HARM, also: 'bullying' },
  { pattern: '(drink bleach|slit your wrists|die in a (hole|fire)|do (us|everyone|the world) a favou?r and die)', category: 'threat', severity: 'block', reason: SELF_HARM, also: 'bullying' },
  { pattern: '(nobody|no one|noone|no body) (would|will|is going to|gonna) (miss|care if) {you}', category: 'bullying', severity: 'block', reason: 'Tells someone they would not be missed; this can push a person towards self-harm.', also: 'threat' },
  // threats of violence
  { pattern: '(i|il|i will|im|im going to|im gonna|i am going to|i am gonna|ima|imma|we|wel|we will|were going to|were gonna|we are going to|gonna|going to) (going to |gonna )?((kill|murder|stab|strangle|hurt|punch|slap|knife|choke|rape|bomb|burn) {them}|shoot {them}(?! (photo|photos|picture|pictures|portraits|video|videos|footage|on|at|for|in))|(beat|batter|bash|kick|smash) {them} up|(smash|kick|punch) (your|ur|his|her|their) (face|head|teeth) in)', category: 'threat', severity: 'block', reason: 'A threat of violence.' },
  { pattern: '{youre} (so |gonna be |going to be )?dead( meat)?(?= (\\.|after|when|if|mate|bro|tomorrow|tonight)|$)', category: 'threat', severity: 'block', reason: 'A threat of violence.' },
  { pattern: '{you} (will|wil|are gonna|r gonna|are going to|gonna|going to) (die|get (stabbed|shot|hurt|battered|beaten up|jumped))', category: 'threat', severity: 'block', reason: 'A threat of violence.' },
  // harm to someone's body, by the speaker or wished on them: "I'll find you and break your legs"
  // (the theatre's "break a leg" names no one's leg)
  {
    pattern: '{iwill} ((find|get|catch|come round|come over|come for|come after|wait for|track down) {victim} (and|an|n) )?((break|snap|smash|kick|stab|punch|batter|bash|cut|slit|rip|knock|cave|slash) (your|ur|his|her|their|ya|yer) {body}( in| off| out)?|((kill|murder|stab|strangle|hurt|punch|slap|knife|choke|bomb|burn|batter|glass|shank|deck|lamp|headbutt|throttle|run over) {victim}|shoot {victim}(?! (photo|photos|picture|pictures|portraits|video|videos|footage|on|at|for|in)))|(beat|batter|bash|kick|smash|rough) {victim} (up|in)|do {victim} (over|in)|give {victim} a (good |proper |right |real )?(kicking|beating|hiding|battering|pasting|slap|smack))',
    category: 'threat',
    severity: 'block',
    reason: 'A threat of violence.',
  },
  { pattern: '(wants|needs|deserves|is asking for|asking for|could do with|is getting|is gonna get|is going to get|gonna get|wil get|wants to get) a (good |proper |right |real |bloody |fucking )?(kicking|beating|hiding|battering|pasting|shoeing|slap|smack|slapping|kick ?in|punch in the face)', category: 'threat', severity: 'block', reason: 'Wishes violence on someone.' },
  { pattern: '{youwill} (be dead( meat)?(?= (\\.|after|when|if|mate|bro|tomorrow|tonight|by|next)|$)|get (what is|whats) coming( to (you|u))?|pay for (this|that))', category: 'threat', severity: 'block', reason: 'A threat aimed at a person.' },
  { pattern: '{youwill} regret (it|this|that|the day|messing|crossing)', category: 'threat', severity: 'warning', reason: 'Could be read as a threat.' },
  { pattern: '(he|she|they|you|u|ya) (wont|will not|aint|aint gonna|are not gonna|not gonna|isnt gonna) (walk|be walking|be able to walk) (away|again)(?! (from|with|empty|without))', category: 'threat', severity: 'warning', reason: 'Could be read as a threat.' },
  { pattern: '(i|we) (know|found out|have found out|found) where {victim} (live|lives)', category: 'threat', severity: 'block', reason: 'A threat aimed at a person.' },
  { pattern: '(watch|better watch|wanna watch|want to watch|should watch) (your|ur|his|her|their) (back|backs)', category: 'threat', severity: 'block', reason: 'A threat aimed at a person.' },
  // arson, bombs and guns against the school, said outright or wished
  { pattern: '(bomb|blow up|shoot up|burn down|set fire to|set alight|torch|firebomb|petrol bomb|attack) (the|this|your|our|that) (school|class|classroom|building|staffroom|staff room|hal|gym|ofice|nursery|academy|colege)', category: 'threat', severity: 'block', reason: 'A threat of violence against the school.' },
  { pattern: '(burn|blow|shoot) (the|this|your|our|that) (school|classroom|building|staffroom|staff room|hal|gym|ofice|nursery|academy|colege|place) (down|up|to the ground)', category: 'threat', severity: 'block', reason: 'A threat of violence against the school.' },
  { pattern: '(school|building|staffroom|academy) (should|needs to|ought to|deserves to|wants to) (be |get )?(burnt|burned|burn|bombed|blown up|torched|shot up|set on fire)', category: 'threat', severity: 'block', reason: 'A threat of violence against the school.' },
  // bullying: exclusion and directed insults
  { pattern: '(nobody|no one|noone|no body) (likes|wants|cares about|loves|can stand|can bear|can stick) ({you}|him|her|them)', category: 'bullying', severity: 'block', reason: 'Harassment aimed at a person: telling them they are not wanted.' },
  { pattern: '(everyone|everybody|every one|we all|all of us|we) (hates|hate) {you}', category: 'bullying', severity: 'block', reason: 'Harassment aimed at a person: telling them they are hated.' },
  { pattern: '{you} (have|got|have got|has) no (friends|mates)', category: 'bullying', severity: 'block', reason: 'Harassment aimed at a person: telling them they have no friends.' },
  { pattern: '({youre}|{you}) ((look|looks|are|is|smell|sound|seem) )?{mods}{0,3}{insult}', category: 'bullying', severity: 'block', reason: 'An insult aimed at a person.' },
  { pattern: '{he} ((is|s|are|look|looks|smells) )?{mods}{0,3}({insult}|joke)', category: 'bullying', severity: 'block', reason: 'An insult aimed at a person.' },
  { pattern: '{person} (is|looks|smells) (a |an )?{mods}{0,3}({insult}|joke|annoying)(?! (in (the|our|a)|costume|outfit|at the|on stage))', category: 'bullying', severity: 'block', reason: 'An insult aimed at a person.' },
  { pattern: '(what|such) (a|an) {mods}{0,2}(loser|idiot|freak|moron|weirdo|failure|waste of (space|oxygen|air))', category: 'bullying', severity: 'warning', reason: 'Sounds like an insult aimed at someone.' },
  { pattern: '({you}|{youre} a|such a|what a|{he} a|{he} such a|a right|a total|a proper|an absolute|a complete|you little|{you} little) prick(?! of)', category: 'profanity', severity: 'block', reason: 'Strong language aimed at a person.', also: 'bullying' },
  { pattern: '(like|acting like|being) a {mods}{0,2}prick(?! of)', category: 'profanity', severity: 'block', reason: 'Strong language.' },
  // hate in phrases
  { pattern: '(jungle bunny|porch monkey|window licker|christ killer|sand nigger)s?', category: 'hate', severity: 'block', reason: 'A slur.' },
  { pattern: '(thats|that is|its|it is|youre|you are|ur|your|hes|shes|he is|she is) (so |such |well )?gay', category: 'hate', severity: 'warning', reason: '"Gay" used as an insult is homophobic.' },
  // xenophobia: telling someone to leave the country
  { pattern: '(go|get|send (them|em|him|her|you|u)|fuck of|piss of|sod of|clear of|should go|should al go|need to go|can go) (back|home) (to )?((your|ur|yer|their|his|her) (own )?(country|countries|land)|where (you|u|they|he|she|ya) (came|come|belong) from)', category: 'hate', severity: 'block', reason: 'Xenophobic: tells people to leave the country.' },
  // a group of people damned together for their religion, race, sexuality or disability
  { pattern: '{group} (are|r|is) {vilify}', category: 'hate', severity: 'block', reason: 'Hate speech against a group of people.' },
  { pattern: '{group} ((shouldnt|should not|must not|mustnt|should never|dont deserve to|do not deserve to) be (allowed|let|trusted|in|near|around|teachers|teaching|working)|(cant|can not|cannot) be trusted)', category: 'hate', severity: 'block', reason: 'Hate speech against a group of people.' },
  { pattern: '{group} (should|need to|needs to|ought to|must) (al )?(be )?(banned|deported|sent back|sent home|kicked out|thrown out|locked up|removed|shot|gassed|killed|exterminated|wiped out|go back|get out)', category: 'hate', severity: 'block', reason: 'Hate speech against a group of people.' },
  { pattern: '(i|we) (hate|despise) {group}|(ban|deport|kil|gas|shoot|kick out|get rid of) {group}', category: 'hate', severity: 'block', reason: 'Hate speech against a group of people.' },
];

/**
 * Directed insults with a name from the school's roster: "{name}" matches a pupil's or a staff
 * member's given or family name ("Tom is a loser", "Mr Hill's a freak").
 */
export const NAMED_PHRASES: PhraseEntry[] = [{ pattern: '{name} ((is|s|looks|smells) )?{mods}{0,3}({insult}|joke)', category: 'bullying', severity: 'block', reason: 'An insult aimed at a named person.' }];

export const DEFAULT_REASONS: Record<OffensiveCategory, Record<Severity, string>> = {
  profanity: { block: 'Strong language.', warning: 'Mild language: check it suits the audience.', info: 'Informal language.' },
  sexual: { block: 'Sexual content.', warning: 'May be read as sexual.', info: 'May be read as sexual.' },
  hate: { block: 'A slur.', warning: 'Can be read as a slur.', info: 'Can be read as a slur.' },
  threat: { block: 'A threat of violence.', warning: 'Could be read as a threat.', info: 'Could be read as a threat.' },
  bullying: { block: 'Harassment aimed at a person.', warning: 'Could be read as harassment.', info: 'Could be read as harassment.' },
};
