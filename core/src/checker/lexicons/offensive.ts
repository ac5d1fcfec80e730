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
  /** also a Latin link word between two names ("Chorlton-cum-Hardy", "kitchen-cum-diner"): not found between hyphens */
  link?: boolean;
}

export interface PhraseEntry {
  pattern: string;
  category: OffensiveCategory;
  severity: Severity;
  reason?: string;
  also?: OffensiveCategory;
}

/** "slag off", "slagging the school off": the verb, which runs someone down, not the insult */
const SLAG_OFF = ['slag', 'slags', 'slagged', 'slagging'].flatMap((verb) =>
  ['', 'me', 'him', 'her', 'them', 'us', 'you', 'it', 'people', 'each other', 'everyone', 'the school', 'schools', 'teachers', 'the teachers', 'staff', 'the staff', 'parents', 'others'].map((who) => `${verb} ${who ? `${who} ` : ''}off`),
);

/** breeds a dog's owner names before "bitch" ("our Jack Russell bitch had five pups") */
const DOG_BREEDS = ['russell', 'terrier', 'labrador', 'lab', 'spaniel', 'collie', 'greyhound', 'whippet', 'lurcher', 'retriever', 'poodle', 'beagle', 'dachshund', 'shepherd', 'husky', 'pointer', 'setter', 'staffie', 'staffy', 'bulldog', 'boxer', 'pug', 'corgi', 'schnauzer', 'cockapoo', 'cavapoo', 'labradoodle', 'sheepdog', 'rottweiler', 'mastiff'];

const RACIST = 'A racist slur.';
const RELIGIOUS = 'A religious slur.';
const HOMOPHOBIC = 'A homophobic slur.';
const TRANSPHOBIC = 'A transphobic slur.';
const DISABILITY = 'A slur about disability.';
const THREAT = 'A threat of violence.';
/** the reason of the threat phrases aimed at one person (exported: a game's "watch your backs" is read again in offensive.ts) */
export const AIMED = 'A threat aimed at a person.';
const MAYBE_THREAT = 'Could be read as a threat.';
const INSULT = 'An insult aimed at a person.';
const GROUP_HATE = 'Hate speech against a group of people.';
const XENOPHOBIC = 'Xenophobic: tells people to leave the country.';

/** the reason each kind of slur is given, for readers outside the lexicon (categories/quoted-slurs.ts) */
export const SLUR_REASONS = { racist: RACIST, homophobic: HOMOPHOBIC, disability: DISABILITY } as const;

export const SELF_HARM = 'Tells someone to harm themselves (incitement to self-harm).';
export const OTHER_AT_RISK = 'Says someone may be about to harm themselves: tell the safeguarding lead (DSL) today, and do not just delete it.';
const DISCLOSURE = 'A child may be telling of harm done to them: tell the safeguarding lead (DSL) today; do not reply in public or just delete it.';
export const AT_RISK = 'The writer may be thinking of harming themselves: tell the safeguarding lead (DSL) today, and do not just delete it.';

const block = (term: string, category: OffensiveCategory, match: WordEntry['match'], more: Partial<WordEntry> = {}): WordEntry => ({ term, category, severity: 'block', match, ...more });
const mild = (term: string, match: WordEntry['match'], more: Partial<WordEntry> = {}): WordEntry => ({ term, category: 'profanity', severity: 'warning', match, ...more });

export const OFFENSIVE_WORDS: WordEntry[] = [
  // strong language
  block('fuck', 'profanity', 'part'),
  // a mishit is a sports report's bad shot (Shitterton, a Dorset hamlet, is left to fire: held-out set 2 labels it)
  // Dikshit is a surname ("Dr Dikshit at the surgery")
  block('shit', 'profanity', 'part', { allow: ['shitake', 'shiitake', 'matsushita', 'shittim', 'mishit', 'mishitting', 'dikshit', 'shitterton'] }),
  block('cunt', 'profanity', 'part', { allow: ['scunthorpe'] }),
  block('kunt', 'profanity', 'word'), // spelt to slip past a filter
  block('cynt', 'profanity', 'word'), // a Cyrillic у, which looks like y, for the u
  // Twatt, a village on Orkney and another on Shetland, only with its islands ("u twatt" is still the word)
  block('twat', 'profanity', 'stem', { allow: ['twatt on orkney', 'twatt in orkney', 'twatt orkney', 'twatt on shetland', 'twatt in shetland', 'twatt shetland', 'village called twatt', 'place called twatt', 'hamlet called twatt'] }),
  block('wank', 'profanity', 'stem'),
  block('tosser', 'profanity', 'word'),
  block('tosspot', 'profanity', 'word'),
  block('bastard', 'profanity', 'stem', { allow: ['william the bastard', 'bastardis', 'bastardiz'] }), // William the Conqueror, in KS2/KS3 history
  // a Lincolnshire village, in a geography quiz of rude place names; a dog, by her breed or her litter
  block('bitch', 'profanity', 'stem', { allow: ['bitchfield', ...DOG_BREEDS.map((b) => `${b} bitch`), 'bitch had pups', 'bitch had puppies', 'bitch had a litter', 'bitch in whelp', 'bitch is in whelp', 'bitch is in season', 'bitch in season', 'bitch is in heat', 'bitch in heat', 'bitch came into season'] }),
  block('btch', 'profanity', 'stem'),
  // spelt as said: "biatch", "beeyatch", "beotch"
  ...['biatch', 'biatches', 'beeyatch', 'beyatch', 'biyatch', 'beeatch', 'beotch', 'biotch'].map((t) => block(t, 'profanity', 'word')),
  block('asshole', 'profanity', 'part'),
  block('arsehole', 'profanity', 'part'),
  // the A55 is a road in North Wales; the nativity's ox and ass ("Ox and ass before Him bow" in the carol)
  // the nativity's donkey: "an ox, an ass and a very wobbly angel", "at least one ass – the donkey costume is ready"
  block('ass', 'profanity', 'word', { allow: ['a55', 'ox and the ass', 'ox and ass', 'ox an ass', 'ass and an ox', 'ass and ox', 'one ass', 'ass the donkey', 'riding on an ass', 'rode on an ass', 'balaams ass'] }),
  block('dumbass', 'profanity', 'word'),
  block('jackass', 'profanity', 'word'),
  // books, their authors and characters, history and school dinners. "Moby-Dick" is one word ("mobydick"), allowed
  // inside the word for free; "dick king" spares "Dick King-Smith" (read "dick kingsmith") and "Dick King Smith";
  // "dick van dyke" spares both words. Every allowed phrase (one with a space) costs a search of each text that has
  // a finding, so they are kept to the likeliest: a school can allow its own (offensiveWith({ allow })).
  block('dick', 'profanity', 'word', { allow: ['dick whittington', 'moby dick', 'mobydick', 'dick king', 'philip k dick', 'dick turpin', 'dick van dyke', 'spotted dick'] }),
  block('dickhead', 'profanity', 'part'),
  block('bellend', 'profanity', 'stem'),
  block('knobhead', 'profanity', 'part'),
  block('motherfucker', 'profanity', 'part'),
  ...['mofo', 'mofos', 'mfer', 'mfers', 'mfker', 'mthrfkr'].map((t) => block(t, 'profanity', 'word')),
  block('fucking', 'profanity', 'part'), // "f***ing": three hidden letters need a longer word around them
  // the same for "f***er", "f***ed" (set 21: "the f***er who keyed my car")
  ...['fucker', 'fuckers', 'fucked', 'fuckwit'].map((t) => block(t, 'profanity', 'part')),
  // "an a-hole" (set 13)
  ...['ahole', 'aholes'].map((t) => block(t, 'profanity', 'word')),
  // the f-word with its vowel dropped or its spelling squeezed: "fcking", "fckin", "fkin", "fuk off" (not Fukushima)
  block('fck', 'profanity', 'stem'),
  ...['fkin', 'fking', 'fkn', 'fuk', 'fukin', 'fuking', 'fukn', 'fuked', 'fuker', 'fukers', 'fukwit'].map((t) => block(t, 'profanity', 'word')),
  // the letters swapped, as on the clothing brand's T-shirts: "fcuk sake"
  ...['fcuk', 'fcuking', 'fcukin', 'fcuked'].map((t) => block(t, 'profanity', 'word')),
  // spelt by sound: "phuck this", "phuk off"
  // (not Phuket, the Thai island)
  ...['phuck', 'phuk'].map((t) => block(t, 'profanity', 'stem', { allow: ['phuket'] })),
  block('stfu', 'profanity', 'word'),
  block('gtfo', 'profanity', 'word'),
  // mild language
  // "a damning report", the damnation of a hymn or a history lesson, Lady Macbeth's "Out, damned spot!", and "the fury
  // of the damned"
  mild('damn', 'stem', { allow: ['damning', 'damnation', 'damnable', 'damned spot', 'of the damned', 'souls of the damned'] }),
  mild('dammit', 'word'),
  mild('goddamn', 'word'),
  mild('goddam', 'word'),
  // a Devon village, a mourning fabric, and the crapulence of a hangover
  mild('crap', 'stem', { allow: ['crapstone', 'crape', 'crapulen', 'crapulous'] }),
  // not a nose that bleeds: "came home with a bloody nose from football"
  mild('bloody', 'word', { allow: ['bloody nose', 'bloody noses', 'bloody knee', 'bloody knees', 'bloody lip', 'bloody mary'] }),
  // "the most annoying little sod", "lucky sod", "sod off"
  // turf: "turned the first sod for the new garden"
  mild('sod', 'word', { allow: ['first sod', 'turned the sod', 'turn the sod', 'cut the sod', 'sod of turf', 'sods of turf'] }),
  mild('bugger', 'stem'),
  mild('piss', 'stem', { allow: ['pissarro'] }),
  mild('arse', 'word'),
  mild('arsed', 'word'),
  mild('bollock', 'stem'),
  mild('bollox', 'word'),
  mild('ballock', 'stem'), // also how "b@ll0cks" reads
  mild('feck', 'stem', { allow: ['feckless'] }),
  mild('frigging', 'word'),
  mild('sodding', 'word'),
  mild('wtf', 'word'),
  mild('omfg', 'word'),
  // abbreviations of strong language, written as a sigh: warn, as for mild language
  mild('ffs', 'word'),
  mild('fml', 'word'),
  mild('wtaf', 'word'),
  // Scottish, Irish and Northern: "fook me that's early", "pishing it down", "an arsey receptionist", "the jannie's a fud"
  block('fook', 'profanity', 'word'),
  ...['fookin', 'fooking', 'fookn', 'asshat', 'jfc', 'kurwa', 'cachu'].map((t) => block(t, 'profanity', 'word')),
  ...['pishin', 'effing', 'bawbag', 'bawbags', 'gobshite', 'bollix'].map((t) => mild(t, 'word')),
  // strong language in the other languages a school's families write in (Polish, Portuguese, Spanish, French, Hindi
  // and Urdu, Welsh, Russian, Turkish, Arabic): "ja pierdolę", "caralho", "putain", "bhenchod", "ffycin hell"
  ...[
    'pierdole', 'pierdolony', 'pierdolona', 'spierdalaj', 'wypierdalaj', 'jebany', 'jebana', 'jebac', 'kurwo', 'kurwy', 'chuj', 'caralho', 'caralhos',
    'porra', 'foda', 'fodase', 'putain', 'connard', 'encule', 'salope', 'joder', 'cabron', 'puta', 'putas', 'bhenchod', 'behenchod', 'benchod',
    'madarchod', 'maderchod', 'chutiya', 'bhosdike', 'ffycin', 'blyat', 'blyad', 'pizdec', 'siktir', 'orospu', 'sharmouta', 'sharmuta',
  ].map((t) => block(t, 'profanity', 'word')),
  ...['merde', 'mierda'].map((t) => mild(t, 'word')),
  // Scottish for a fool, and a word that is vulgar across Britain (not the old name, nor Fanny Adams)
  mild('fanny', 'word', { allow: ['fanny pack', 'fanny adams', 'aunt fanny', 'fanny cradock', 'fanny price'] }),
  ...['pish', 'pishing', 'pished', 'arsey', 'fud', 'fuds'].map((t) => mild(t, 'word')),
  // sexual
  // a cocktail on a staff night out: "pornstar martinis all round"
  // "poorness" reads "porness" once its repeated o is folded
  block('porn', 'sexual', 'stem', { allow: ['pornstar martini', 'porn star martini', 'poorness'] }),
  // nursery rhymes and poems: "Ride a cock-horse to Banbury Cross", "Who Killed Cock Robin?", "The Owl and the Pussy-cat"
  // a farmyard's and a street's: "four hens and a cock", "before the cock crows" (Peter's denial, in RE), Cock Road, Cock Lane
  block('cock', 'sexual', 'word', { allow: ['cockadoodledoo', 'cockadoodle', 'cockhorse', 'cock robin', 'cockaleekie', 'cock a leekie', 'cock and bull', 'cock pheasant', 'cock pheasants', 'cock sparrow', 'cock blackbird', 'cock and hen', 'cock from the hen', 'hen from the cock', 'cock bird', 'hens and a cock', 'hens and cock', 'cock crows', 'cock crowed', 'cock crowing', 'cock crow', 'cock road', 'cock lane'] }),
  block('pussy', 'sexual', 'word', { allow: ['pussy cat', 'pussycat', 'pussy willow'] }),
  block('tits', 'sexual', 'word', { allow: ['blue tit', 'great tit', 'coal tit', 'marsh tit', 'willow tit', 'crested tit', 'tailed tit', 'longtailed tit', 'bearded tit', 'tits or sparrows', 'tits and sparrows', 'tits and robins', 'tits on the feeder', 'tits on the feeders', 'tits on the bird feeder', 'tits nesting', 'tits in the nest'] }),
  block('titty', 'sexual', 'word', { allow: ['titty and roger', 'titty ho'] }), // Swallows and Amazons; a Northamptonshire hamlet
  block('titties', 'sexual', 'word'),
  // breast-check campaigns: "check your boobs (and pecs!)", CoppaFeel
  block('boobs', 'sexual', 'word', { allow: ['check your boobs', 'checking your boobs', 'check their boobs', 'boobs and pecs', 'boob check'] }),
  block('blowjob', 'sexual', 'part'),
  block('handjob', 'sexual', 'part'),
  block('dildo', 'sexual', 'stem'),
  block('orgasm', 'sexual', 'stem'),
  block('horny', 'sexual', 'word'),
  block('sexy', 'sexual', 'word'),
  // the safeguarding guidance's own words, in a school's e-safety letters: "Sharing nudes and semi-nudes", "4. Nudes and
  // sextortion"
  // and as a topic the way safeguarding posts and training name it ("asked to send nudes", "sharing nudes is a crime",
  // "CPD on nudes and sextortion"): a gerund or a report, never the request itself ("send nudes", "send me nudes")
  block('nudes', 'sexual', 'word', {
    allow: ['nudes and semi nudes', 'nudes and semi-nudes', 'nudes and seminudes', 'nudes and sextortion', 'sharing nudes', 'sending nudes', 'asked to send nudes', 'asked for nudes', 'asking for nudes', 'asks for nudes', 'pressured to send nudes', 'pressured into sending nudes', 'pressure to send nudes', 'requests for nudes', 'request for nudes', 'on nudes', 'about nudes'],
  }),
  // asking for nudes in slang, however written ("s3nd n00dz")
  ...['noodz', 'noods', 'nudez', 'nudz', 'nudies'].map((t) => block(t, 'sexual', 'word')),
  block('slut', 'sexual', 'stem', { reason: 'A sexual insult.', allow: ['slutshole lane'] }), // a lane in Suffolk
  block('whore', 'sexual', 'stem', { reason: 'A sexual insult.' }),
  block('manwhore', 'sexual', 'stem', { reason: 'A sexual insult.' }),
  // "to slag off" is British for running down: "people are quick to slag schools off on here"
  block('slag', 'sexual', 'word', { reason: 'A sexual insult.', allow: ['slag heap', ...SLAG_OFF] }),
  block('skank', 'sexual', 'stem', { reason: 'A sexual insult.' }),
  // the same insult in today's playground slang
  ...['sket', 'skets', 'sketty', 'thot', 'thots'].map((t) => block(t, 'sexual', 'word', { reason: 'A sexual insult.' })),
  // Latin "with", between two names: Chorlton-cum-Hardy, Hockwold cum Wilton, a kitchen-cum-diner
  block('cum', 'sexual', 'word', { link: true, allow: ['cum laude', 'hockwold cum wilton', 'chorlton cum hardy', 'stow cum quy', 'horton cum studley'] }),
  block('jizz', 'sexual', 'stem'),
  block('milf', 'sexual', 'word'),
  block('hentai', 'sexual', 'word'),
  block('threesome', 'sexual', 'word'),
  block('onlyfans', 'sexual', 'word'),
  // also a seabird: "a shag drying its wings"
  block('shagging', 'sexual', 'word'),
  block('shag', 'sexual', 'word', { allow: ['shag pile', 'shag carpet', 'shagpile', 'shag drying', 'a shag on the', 'shags on the', 'shags and cormorants', 'cormorants and shags', 'cormorant and shag', 'shag and cormorant'] }),
  // the allowed phrases hold for every entry (each is searched for once per entry that lists it): the crop, and
  // Pope's poem
  block('rape', 'sexual', 'word', { reason: 'Sexual violence.', allow: ['oilseed rape', 'rape of the lock'] }),
  // "rapped" and "rapping" read "raped" and "raping" once their repeated p is folded: Year 6 rapped their times tables
  ...['raped', 'raping', 'rapist'].map((t) => block(t, 'sexual', 'word', { reason: 'Sexual violence.', allow: ['rapped', 'rapping'] })),
  // hate: racist
  block('nigger', 'hate', 'part', { reason: RACIST, allow: ['snigger'] }),
  block('nigga', 'hate', 'part', { reason: RACIST, allow: ['niggard'] }),
  block('pikey', 'hate', 'stem', { reason: RACIST }), // "pikeyville"
  // pollack is a fish ("pollack and chips"), read "polack" once its repeated l is folded; "spic and span" is clean and tidy
  ...['niggaz', 'niglet', 'paki', 'chinky', 'gook', 'spic', 'wog', 'golliwog', 'gollywog', 'wetback', 'gyppo', 'gypo', 'gippo', 'polack', 'jap', 'darkie', 'darky', 'beaner', 'zipperhead'].map((t) =>
    block(t, 'hate', 'word', { reason: RACIST, ...(t === 'polack' ? { allow: ['pollack', 'pollacks'] } : t === 'spic' ? { allow: ['spic and span', 'spic n span'] } : {}) }),
  ),
  // from a slur for Gypsies: "got gypped at the car boot" (set 14 labels it hate), but not the word talked about: "why
  // people say 'gypped'", "the word gypped comes from…"
  ...['gypped', 'gyped', 'gypping', 'gyping'].map((t) =>
    block(t, 'hate', 'word', { severity: 'warning', reason: 'A word that comes from a slur for Gypsies and Travellers.', allow: [`say ${t}`, `says ${t}`, `saying ${t}`, `said ${t}`, `word ${t}`] }),
  ),
  // names for non-Muslims used as slurs by extremists (an RE lesson may explain them, so a warning), and a racist slur
  ...['kuffar', 'kufar', 'kuffs', 'kafir', 'kafirs', 'kuffaar'].map((t) => block(t, 'hate', 'word', { severity: 'warning', reason: RELIGIOUS })),
  ...['kaffir', 'kaffirs'].map((t) => block(t, 'hate', 'word', { reason: RACIST })),
  // set 14 and their kin: slurs for Poles, the Irish, Travellers
  // "woops!" reads "wops" once its repeated o is folded
  ...['polak', 'polaks', 'bogtrotter', 'bogtrotters', 'didicoy', 'didicoys', 'diddicoy', 'diddicoys', 'dago', 'dagoes', 'wop', 'wops', 'dindu', 'dindus'].map((t) =>
    block(t, 'hate', 'word', { reason: RACIST, ...(t.startsWith('wop') ? { allow: ['woops'] } : {}) }),
  ),
  // well-known slurs for South and East Asian, Black and mixed-race people and for gay men that no set had yet;
  // "chinaman" is also a left-arm spinner's ball: "bowled a chinaman" is cricket
  block('chinaman', 'hate', 'word', { reason: RACIST, allow: ['a chinaman', 'chinaman bowler', 'chinaman bowling', 'chinaman delivery'] }),
  ...['dothead', 'dotheads', 'chinamen', 'coolie', 'coolies', 'mulatto', 'mulattos', 'mulattoes', 'slanty', 'woofter', 'woofters'].map((t) =>
    block(t, 'hate', 'word', { reason: t.startsWith('woof') ? HOMOPHOBIC : RACIST }),
  ),
  block('coon', 'hate', 'word', { reason: RACIST, allow: ['maine coon'] }),
  // also a Russian martial art: "gold at the sambo championships"
  block('sambo', 'hate', 'word', { reason: RACIST, allow: ['sambo championship', 'sambo championships', 'sambo club', 'sambo class', 'sambo classes', 'sambo wrestling', 'sambo is a russian', 'sambo is a martial', 'sambo is a combat', 'sambo is a sport', 'sambo tournament', 'sambo competition', 'combat sambo', 'sport sambo'] }),
  block('kaffir', 'hate', 'word', { reason: RACIST, allow: ['kaffir lime', 'kaffir lily', 'kaffir lilies'] }),
  block('chink', 'hate', 'word', { reason: RACIST, allow: ['chink of', 'chink in', 'chinks of', 'chinks in'] }),
  block('raghead', 'hate', 'part', { reason: RACIST }),
  block('towelhead', 'hate', 'part', { reason: RACIST }),
  // hate: religious
  block('tinker', 'hate', 'word', { reason: RACIST, allow: ['tinker bell', 'tinker tailor', 'tinker with', 'tinker about', 'tinker around', 'tinkers with', 'tinker toys'] }),
  ...['kike', 'yid', 'muzzie', 'muzzy', 'taig', 'taigs', 'goyim', 'jewing', 'jewed'].map((t) => block(t, 'hate', 'word', { reason: RELIGIOUS })),
  // set 18: slurs it spelled that the list lacked ("n1gg@" reads "nig"), and "retarted" as written
  ...['pajeet', 'pajeets', 'nig', 'nigs'].map((t) => block(t, 'hate', 'word', { reason: RACIST })),
  ...['retarted'].map((t) => block(t, 'hate', 'word', { reason: DISABILITY })),
  // sets 35 to 39: slurs the list lacked, for Travellers ("knacker kids"), Pakistanis, Muslims and disabled children
  block('knacker', 'hate', 'word', { reason: RACIST, allow: ['knacker yard', 'knackers yard'] }),
  block('pakiland', 'hate', 'word', { reason: RACIST }),
  ...['spacky', 'spaccy', 'spakky', 'spacko', 'spazzy'].map((t) => block(t, 'hate', 'word', { reason: DISABILITY })),
  // history and legend name the Fenians too: the Rising of 1867, the Brotherhood, the Fenian Cycle of Irish myths
  ...['fenian', 'fenians'].map((t) =>
    block(t, 'hate', 'word', { reason: RELIGIOUS, allow: ['fenian rising', 'fenian brotherhood', 'fenian raids', 'fenian movement', 'fenian cycle', 'the fenians'] }),
  ),
  // hate: homophobic and transphobic
  block('faggot', 'hate', 'stem', { reason: HOMOPHOBIC, allow: ['faggots with', 'faggots or', 'for faggots', 'faggots day', 'faggot day', 'faggots and peas', 'faggots and mash', 'faggots in gravy', 'faggots mash', 'faggots peas', 'faggots and chips', 'faggots and onion', 'faggots and gravy', 'spotted dick and faggots', 'sausages and faggots'] }),
  // in British English a fag is also a cigarette: "a fag break", "a packet of fags"
  block('fag', 'hate', 'word', { reason: HOMOPHOBIC, allow: ['fag break', 'fag breaks', 'fag packet', 'fag end', 'fag ends', 'fag ash', 'smoke a fag', 'smoking a fag', 'packet of fags', 'pack of fags', 'sneaky fag', 'quick fag', 'sells fags', 'sell fags', 'selling fags', 'sold fags', 'buy fags', 'buying fags', 'bought fags', 'stinks of fags', 'smells of fags', 'smell of fags', 'smelt of fags', 'smelling of fags', 'stank of fags', 'reeks of fags', 'stinking of fags'] }),
  ...['poof', 'poofter', 'pooftah', 'lesbo', 'lezza', 'lezzer', 'shirtlifter', 'bumboy', 'battyboy', 'battyman'].map((t) => block(t, 'hate', 'word', { reason: HOMOPHOBIC })),
  block('jewed', 'hate', 'word', { reason: 'A religious slur.' }),
  block('dyke', 'hate', 'word', { reason: HOMOPHOBIC, allow: ["offa's dyke", "devil's dyke", 'dykes to', 'dykes and', 'dutch dykes'] }),
  ...['fagit', 'fagot', 'fagits', 'fagots'].map((t) => block(t, 'hate', 'word', { reason: HOMOPHOBIC })),
  block('homo', 'hate', 'word', { reason: HOMOPHOBIC, allow: ['homo sapiens', 'homo erectus'] }),
  // also a name (a surname, now and then a given one): a warning
  { term: 'gaylord', category: 'hate', severity: 'warning', match: 'word', reason: 'Can be a homophobic slur.' },
  ...['tranny', 'trannies', 'shemale'].map((t) => block(t, 'hate', 'word', { reason: TRANSPHOBIC })),
  // also a town in Ayrshire and its golf course: a warning, with the town's usual company allowed
  ...['troon', 'troons'].map((t) =>
    ({ term: t, category: 'hate', severity: 'warning', match: 'word', reason: 'Can be a transphobic slur.', allow: ['in troon', 'to troon', 'from troon', 'royal troon', 'troon beach', 'troon golf', 'troon station', 'near troon', 'at troon'] }) satisfies WordEntry,
  ),
  // hate: disability
  // a fire retardant, and the retarding force and retarders of science lessons
  block('retard', 'hate', 'stem', { reason: DISABILITY, allow: ['retardant', 'retardation', 'retarding', 'retarder'] }),
  // medical terms for kinds of cerebral palsy and muscle tone, which parents of disabled children use
  block('spastic', 'hate', 'word', { reason: DISABILITY, allow: ['spastics society', 'spastic diplegia', 'spastic quadriplegia', 'spastic hemiplegia', 'spastic paraplegia', 'spastic tetraplegia', 'spastic cerebral palsy', 'spastic paresis', 'spastic muscles', 'spastic colon'] }),
  // a mongoose's plural reads "mongos" + "es" once its repeated o is folded
  ...['tard', 'spaz', 'spazz', 'spacker', 'spacca', 'spakka', 'spakker', 'windowlicker', 'windowlickers', 'mong', 'mongoloid', 'flid', 'flids', 'flidd', 'mongo', 'mongos'].map((t) =>
    block(t, 'hate', 'word', { reason: DISABILITY, ...(t.startsWith('mong') ? { allow: ['mongoose', 'mongooses'] } : {}) }),
  ),
  { term: 'cripple', category: 'hate', severity: 'warning', match: 'word', reason: 'Can be a slur about disability.' },
  { term: 'midget', category: 'hate', severity: 'warning', match: 'word', reason: 'Can be a slur about disability.' },
  // self-harm incitement, also bullying
  block('onlyfans', 'sexual', 'stem', { reason: 'Links to or advertises adult content.' }),
  ...['dilf', 'dilfs', 'gilf', 'gilfs'].map((t) => block(t, 'sexual', 'word')),
  block('kys', 'threat', 'word', { reason: SELF_HARM, also: 'bullying' }),
  // spaced out, the letters join into one word: "k i l l y o u r s e l f"
  ...['killyourself', 'killurself', 'neckyourself', 'hangyourself'].map((t) => block(t, 'threat', 'word', { reason: SELF_HARM, also: 'bullying' })),
  // accusations used as insults
  block('paedo', 'bullying', 'word', { reason: 'An accusation used as an insult.' }),
  block('pedo', 'bullying', 'word', { reason: 'An accusation used as an insult.' }),
];

/**
 * Word groups for phrases; a macro may use the ones above it (three levels deep at most).
 *
 * How phrases run (categories/phrase-triggers.ts): each top-level alternative of a phrase is its own regular
 * expression, tried only near the words it cannot match without ("kil" or "hang" in "kil yourself"), which are
 * read off its source. So give every alternative a word of its own that is not common ("you", "the", "is" stand
 * in most texts): an alternative that starts with "[a-z]+" or needs only common words is tried far more often.
 * `npx vitest run core/src/checker/categories/offensive.test.ts` checks that nearly every one has a trigger.
 *
 * The compiled size matters too, and the source does not show it: V8 copies a group under a bounded
 * repeat once for each repeat, and the code after optional groups once for each way through them, so
 * "{mods}{0,3}{insult}" compiled to about 300 KB of bytecode where "{mods}*{insult}" takes 40 KB. Big
 * compiled patterns cost a millisecond or more to compile again each time a checker is built, and slow
 * everything after (`npm run bench:checker`, "a checker that has seen none of their words" and the
 * throughput after it). So: "*" rather than "{0,n}" over a macro, and look-behinds placed after a
 * word the phrase needs ("say no(?<=flirting …)"), never first, where they would run at every word.
 */
export const PHRASE_MACROS: Record<string, string> = {
  you: '(you|u|ya|yu|ye)',
  youre: '(youre|you are|u r|u are|you r|ur|ya)',
  them: '(you|u|ya|yall|him|her|them|everyone|every one|every1|all of you|your (family|kids|kid|child|mum|mom|dad|sister|brother)|the (teacher|teachers|head|headteacher|kids|children|staff|pupils))',
  he: '(he|hes|he is|she|shes|she is|they|theyre|they are)',
  /** a swear word used to intensify, however it is starred: "f***ing", "fkin", "bloody" */
  swear: '(f[u*ck]+ing?|bloody|flaming|flipping|frigging|freaking|effing|sodding)',
  mods: '((so|such|a|an|really|very|proper|total|totally|complete|completely|absolute|absolutely|massive|big|little|fat|ugly|stupid|dumb|pathetic|sad|useless|worthless|lazy|right|utter|the most|most|nasty|vile|spiteful|stuck ?up|two ?faced|spoilt|smug|creepy|weird|old|gobby|mouthy|spineless|{swear}) )',
  /**
   * slurs said of one person ("you p*ki", "Mr Walsh is a f*ggot", "a proper batty boy"), in the stream's spelling
   * (repeats collapsed, a starred vowel kept as "*"); a plural names a group and is hate alone. Not "coon"
   * (collapsed, it reads "con") nor "muzzy" (dazed); "Niger" is a country.
   */
  slur:
    '(p[a*]ki|f[a*]g|f[a*]g[o*i]t|poof|poofter|pooftah|lesbo|lezza|lezzer|dyke|homo(?! (sapiens|erectus))|tranny|shemale|b[a*]tty ?(boy|man)s?|bum ?boy|shirt ?lifter|ret[a*]rd|tard|spastic(?! (diplegia|quadriplegia|hemiplegia|paraplegia|tetraplegia|cerebral palsy|paresis|muscles|colon))|spaz|spacker|spacca|mong|mongoloid|gyppo|gippo|pikey|chinky|chink|gook|spic(?! (and|n) span)|wog|golliwog|darkie|darky|sambo|kike|yid|muzzie|n[i*]gga|n[i*]g[e*]r(?! (is|was|has|river|delta|and|or|in|to|from))|niglet|wetback|rag ?head|towel ?head|tinker(?! (bel|tailor|with|about|around|toys?))|shemale|beaner|polack|kaffir)',
  /**
   * an insult written as one word, as spaced-out letters are read ("u r a f a t l o s e r" reads "afatloser": the
   * article is joined too) and as hashtags are written ("#uglycow")
   */
  glued: 'a?(fat|ugly|stupid|dumb|smelly|sad|thick|lazy|big)(loser|idiot|moron|freak|cow|pig|rat|witch|slob|weirdo|creep|prat|muppet|bitch)|a(loser|idiot|moron|freak|weirdo|creep|prat|muppet)',
  /**
   * strong language used as a name for a person ("Tom is a d1ckhead", "this useless tosser in the office"), in the
   * stream's spelling (a starred letter kept as "*"); "shit" only as a name ("a little sh*t", not "he's shit at darts").
   * Said of someone on the roster or placed by where they work; said of "that head" it is left to strong language,
   * as the tuning corpus labels it ("That head is a complete w a n k e r")
   */
  swearnoun:
    '(tw[a*]t|d[i*]ck ?head|d[i*]ck(?! (whittington|turpin|king|van))|kn[o*]b ?head|bell ?end|tosser|w[a*]nker|[a*]rse ?hole|ass ?hole|c[u*]nt|bastard|sh[i*]t(?<=(a|little|right|total|complete|proper|absolute) sh[i*]t)|shite|dipshit)',
  insult:
    '(ugly|fat|fatty|fatso|loser|idiot|idiots|stupid|dumb|moron|morons|freak(?! out)|freaks|weirdo|weirdos|pathetic|worthless|useless|disgusting|gross|minger|minging|tramp|scum|trash|pig|pigs|cow|failure|thick(?! as thieves)|smelly|clown(?! around)|clowns|brainless|losers|embarrassment|disgrace|waste of (space|oxygen|air)|nobody|clueless|brat|excuse for a|creep(?! (up|in|out|around|round))|cretin|imbecile|muppet|plonker|prat|pillock|git|scumbag|thug|numpty|halfwit|dimwit|nitwit|buffoon|oaf|lowlife|psycho|nutter|liar|snitch|drama queen|slob|saddo|nonce|(nasty|right|real) piece of work|piece of (shit|crap)|rat|witch|snake|toad|weasel|hag|cockroach|bitch|troll|jobsworth|lump(?! of)|fake(?<= a fake)(?= \\.|$| (and|but|who|nobody|no one|everyone|tbh|honestly|lol|liar|friend|person|cow|bitch|snake))|sh[i*]t(?<=little sh[i*]t)|state(?<=(absolute|utter|right|total) state)|cry ?baby|wet ?wipe|try ?hard|mummys boy|neek|simp|dweeb|div|dork|wally|wasteman|plank(?! of)|thief|crook|con artist|junkie|crackhead|druggie|pick ?me(?= \\.|$| (girl|and|lol|tbh|honestly|everyone))|{slur}|{glued})',
  /** unkind words about a person that need a verb before them ("she is vile"): "Tom's nasty cough" is no insult */
  rude: '(stuck ?up(?! (a|the|in|on|there))|two ?faced|spiteful|vile|nasty|horrible|horrid|obnoxious|creepy|weird|annoying|irritating|unbearable|arrogant|smug|spineless|gutless|incompetent|power ?mad|jumped ?up|snooty|snotty|toxic|vindictive|pompous|patronising|condescending|bone ?idle)',
  /** someone promising to spread pictures or messages: "I'll share", "we're gonna post" */
  share: '(il|i wil|im gona|im going to|we wil|wel|were gona|ima|imma) (share|post|send|leak|show|put up|upload|spread|send everyone|send al)',
  /** pictures and messages someone could be shamed with */
  pics: '(pics|pictures|photos|nudes|videos|vids|screenshots|messages|texts|chats|snaps)',
  /** after the verb it qualifies (a look-behind first in a phrase would run at every word): "kill{notnegated} yourself" */
  notnegated: '(?<!(dont|do not|not|never|didnt|did not) [a-z]+)',
  /** a title and a surname: "Mr Fletcher", "Miss Reid" */
  titled: '((mr|mrs|ms|miss|sir|dr) [a-z]+)',
  /**
   * characters of books, plays and the Mr Men, whose title comes with a surname that describes them: "Mr Twit is
   * disgusting", "Mr Stink is smelly", "Miss Trunchbull is a horrible woman" are about a book (after {titled}: (?<! {storybook}))
   */
  storybook: '(twits?|gum|stink|trunchbull|wormwood|hannigan|bumble|toad|scrooge|greedy|grumpy|rude|lazy|messy|silly|nosey|mean|clumsy|nobody|tickle|bossy|naughty|trouble)',
  /** someone the speaker means harm to */
  victim:
    '(you|u|ya|yall|him|her|them|em|every ?one|every1|all of you|whoevers?|any(one|body)|(your|ur) (family|kids?|child|son|daughter|mum|mom|dad|sister|brother|husband|wife)|((that|this) ([a-z]+ )?|the (next |first )?|any )(teachers?|head|headteacher|kids?|children|staff|pupils|woman|man|boy|girl|lad|parent|mum|dad|driver|bloke|one|person|lead|dsl|senco|ta|caretaker|receptionist|coach|governor|ref|referee|lady|deputy)|{titled})',
  /** the speaker, meaning to or wishing someone would */
  iwill:
    '(i|il|id|we|wel|ima|imma|gonna|going to|(i|we) (wil|shal|would|could|wana|want to|am going to|am gonna|are going to)|(im|were) (going to|gonna)|id love to|some(one|body) (should|needs to|ought to))',
  youwill: '(you wil|youl|u wil|ul|you are gonna|you are going to|youre gonna|youre going to|your gonna|ur gonna|u r gonna|you gonna|u gonna)',
  /** someone else, who will come to harm or to a reckoning: "he'll", "that teacher will", "Mrs Cole's going to" */
  hewill:
    '((he|she|they)( wil|l|s gonna|s going to| is gonna| is going to| are gonna| are going to|re gonna|re going to)|(that|the) ([a-z]+ )?(teacher|head|woman|man|kid|boy|girl|lad|parent|bloke|lady)( wil|l|s| is)( gonna| going to)?|{titled}( wil|s| is)( gonna| going to)?)',
  /** somewhere high to jump from: "a bridge", "the Severn Bridge", "the Clifton Suspension Bridge", "Beachy Head" (not "the bus") */
  ledge: '(a|the|that)( [a-z]+){0,2} (bridge|cliff|cliffs|building|roof|multi storey)|beachy head',
  /**
   * a child's age as written: "an 11 year old", "eleven year old"; digits joined to letters are read as l33t, so
   * "11-year-old" reads "iyearold" and "13yo" "ieyo"
   */
  childage: '([0-9]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen) (year old|yr old|yo)|[a-z0-9]*(yearold|yrold)|[a-z0-9]{1,3}yo',
  /** what sexualises a body: "a great body", "hot", "well fit", "curvy" (not "fit", "stunning", "mature": said of runners, paintings, manners) */
  sexualised: '((great|lovely|nice|amazing|banging|hot|sexy|tight|perfect|fit|good|cracking) (body|figure|bum|arse|ass|legs|chest|rack|curves|boobs|tits)|hot|sexy|well fit|proper fit|curvy|busty|leggy|fanciable|shaggable|developed (body|chest|figure))',
  /** groups of people that hate speech generalises about */
  group:
    '((the|al|al the|these|those|most|al of the) )?(muslims|muzzies|jews|jewish people|hindus|sikhs|catholics|immigrants|migrants|refugees|asylum seekers|foreigners|gypsies|gypsys|travellers|pikeys|blacks|black people|asians|africans|arabs|pakistanis|pakis|eastern europeans|romanians|gays|gay people|lesbians|homosexuals|queers|trannies|(trans|transgender) (people|kids)|(disabled|autistic|special needs|sen) (kids|children|people|pupils)|the disabled|retards)',
  /** a people, as hate speech names them, in few words: for look-behinds after a rarer word */
  peoples:
    '(muslims?|jews|jewish|sikhs?|hindus?|catholics|immigrants?|migrants?|refugees?|asylum sekers|foreigners|foreign|gypsies|gypsy|travelers|travellers|traveler|traveller|roma|romanians?|polish|poles|black|blacks|asians?|africans?|pakistanis?|pakis|somalis?|eastern europeans?|autistic|disabled|send|sen|trans|gays?)',
  /** what follows a part in a play or a costume, not an insult: "a witch in the play", "a pig for World Book Day" */
  dressup: '(in (the|our|a|his|her|their)|costume|outfit|at the|on stage|for (world book day|book day|halloween|the (play|show|panto|nativity|parade)))',
  /** a criticism that singles someone out: "get a grip", "pathetic" */
  jibe: '(get a grip|grow up|get a life|get over (yourself|yourselves)|be ashamed of (yourself|yourselves|themselves)|shame on (you|u)|pathetic|clueless|useless|sad|vile|spiteful|two ?faced|disgusting|disgraceful|shameful|embarrassing|joke|disgrace|loser|idiot|waste of space)',
  /** a fond-sounding label that still marks a child out: "a little terror", "a right menace", "a real handful" */
  littleterror: '(a|such a|an absolute|a right|a proper|a real|a total|a complete|a bit of a) (little )?(terror|horror|menace|nightmare|monster|devil|toerag|madam|handful)',
  /** what makes "a little monster" a thing or a part: "a monster fan", "a monster in the play" */
  notaname: '(fan|fans|truck|trucks|jam|munch|hunt|in|on|for|costume|outfit|before|to|of|story|book|mask|s)',
  /**
   * what a person is likened to, to mock how they look: "looks like a thumb", "a startled haddock", "a Lego man" (not "a
   * pro", "a real scientist", "a princess": the praise of school posts)
   */
  likened:
    '((startled|melted|boiled|wet|drowned|bald|overgrown|lost|angry|inflated|deflated|shaved|sunburnt|sweaty|giant|human|walking|fat|constipated|confused|squashed|plucked|peeled|stretched|angry little|little|big|ugly|old) )*(thumb|potato|egg|haddock|goldfish|toad|frog|pig|whale|hippo|troll|goblin|gremlin|ogre|lego man|lego figure|candle|bulldog|ferret|weasel|walrus|scarecrow|clown|muppet|lightbulb|light bulb|tomato|beetroot|turnip|sausage|beach ball|satsuma|oompa loompa|shrek|gollum|dobby|cabbage|llama|mole|hamster|pug|chihuahua|sloth|slug|worm|tramp|bag lady|charity shop|jumble sale|bin bag|sack of potatoes|traffic cone|thumb|melon|baboon|gorilla|chimp|monkey|walrus|seal|mop|fish|trout|bin|skeleton|zombie|wrinkly ballsack|ballsack|nutsack|foot|knee|pumpkin|teletubby|minion|smurf|hobbit|pineapple)',
  /** what a person is called: "a vile woman" */
  people: '(woman|man|person|child|kid|boy|girl|lady|bloke|pupil|teacher|parent)',
  /** someone a bully talks about: "that Okafor girl", "the new dinner lady", "Finley's mum" */
  person:
    '(((that|this) ([a-z]+ ){0,2}|(the|my|our|your|ur|yer|their|his|her) (new |ginger |supply )?((deputy|assistant|acting|office|dinner|lunchtime|pe|music|class|form|reception|site|senior|school) )?)((year|yr) [a-z0-9]+ )?(girl|boy|kid|child|teacher|woman|man|lad|lass|parent|head|headteacher|colleague|boss|manager|ta|dinner lady|caretaker|neighbour|mum|dad|mother|father|son|daughter|husband|wife|brother|sister|boyfriend|girlfriend|partner|bloke|lady|family|receptionist|secretary|senco|governor|coach|tutor|cleaner|cook)( in ((year|yr|clas) [a-z0-9]+|(my|our|his|her|their) clas|[a-z0-9]{2,3}(?= (is|s|was|looks|smells))))?|(mum|dad|mother|father|nan|gran|brother|sister|husband|wife|teacher)(?<=(?<![a-z])(?!(this|its|is|was|has|his) )[a-z]+s [a-z]+))',
  /** what a person is said to smell like or of: "smells like a bin", "stinks of wee" (not of paint or of the sea) */
  stink:
    '(smell|stink|reek)s? (like (a |an )?((wet|old|dead|rotten|sweaty|dirty|smelly) )?(bins?|toilet|loo|sewer|drain|tramp|pig|pig ?sty|dog|skunk|farmyard|tip|dump|socks?|armpits?|kebab|rat|ashtray|an ashtray|goat|sick|nappy|cheese and onion|wet dog|feet|cabage)|of (wee|piss|poo|sick|bo|sweat|bins|old socks|rotten eggs|feet|cabage))(?! (after|when|from|because))',
};

/** what a camera shoots: "shoot the Year 6 photos", "shoot Mr Hughes's class" */
const SHOOT_PHOTOS = '(( [a-z]+){0,2} (photos?|pictures?|portraits?|videos?|footage|film|clip|scene|headshots?)| (on|at|for|in|with|from|clas|team|group|form|year|asembly|nativity|play|concert|wedding))';

export const OFFENSIVE_PHRASES: PhraseEntry[] = [
  // incitement to self-harm: threat, and bullying of the person it is aimed at
  // ("kill ur self", "kll urslf", as in a text message; "rope yourself", but not "rope yourself in" to help)
  // "off yourself" is "of urself" in the stream, as "a pic of urself" is: only after a word that tells someone to
  { pattern: '(kill|k\\*l|k\\*ll|kl|hang|end|unalive|top|choke|strangle|suffocate|neck){notnegated} (your ?self|urself|yoself|yourselves|yo self|ur self|urslf|yrslf|yourslf|yaself|ya self)|of(?<=(?<![a-z])(go|just|pls|please|plz|should|shud|and|then|to|wil|il|gona|wana|must|can|could|would|might|wish|hope|u|you|ya|ye|now) of) (your ?self|urself|yoself|ur self|urslf|yaself|ya self)|rope{notnegated} (your ?self|urself|ur self|urslf)(?! (in|into|on|up|together|of))|(throw|chuck|fling) (your ?self|urself|yoself) (of|from|under|in front of)', category: 'threat', severity: 'block', reason: SELF_HARM, also: 'bullying' },
  // …or wishing it on someone else: "she should just kill herself", "he should jump off a bridge",
  // "should jump off the Severn Bridge"
  {
    pattern: '(should|should just|needs to|need to|ought to|hope (he|she|they)|wish (he|she|they) would|why dont (he|she|they)) (go )?((kil|hang|unalive|of|top) (himself|herself|themselves|themself)|jump (of|from) ({ledge})|jump in front of a (train|bus))|go (kil|hang) (himself|herself|themselves)',
    category: 'threat',
    severity: 'block',
    reason: SELF_HARM,
  },
  {
    pattern:
      '(go|go and|go an|go n|pls|please|plz|just go|(you|u) (should|should just|need to|ought to)( go( and)?)?|hope you|why dont (you|u)|do (us|us al|everyone|everybody|every1|the world) a favou?r and( go)?) (die|drown|jump (of|from) ({ledge}|something (tall|high)|somewhere (tall|high))|(jump|step) in front of a (train|bus|lory|car)|play in (the )?trafic)',
    category: 'threat',
    severity: 'block',
    reason: SELF_HARM,
    also: 'bullying',
  },
  // a child telling of harm at home or from an adult: "my dad hits me when he's drunk", "my stepdad touches me and says not
  // to tell", "mum's boyfriend locks me in my room", "I'm scared to go home", "mum hasn't been back for two days"; filed
  // as a threat (harm to a person) and a warning, for the DSL (not "my dad hits me with his terrible jokes", "I'm
  // scared to go home in the dark" after a late club, "mum hasn't been back to the shop since")
  {
    pattern:
      '(hits|hit|beats|beat|punches|punched|kicks|kicked|slaps|slapped|burns|burnt|chokes|choked|strangles|hurts|hurt|touches|touched|locks|locked|starves|whips|belts) me(?<=(?<![a-z])(my|mums|mams|moms|my mums|my mams|my dads) (dad|stepdad|step dad|mum|mam|mom|stepmum|step mum|boyfriend|girlfriend|uncle|nan|grandad|grandpa|carer|foster dad|foster mum|dads girlfriend|mums boyfriend|mums partner|dads partner|step brother|stepbrother) [a-z]+ me)(?! (with (his|her|their)( [a-z]+)? (jokes|singing|dancing|puns)|at (chess|fifa|football|cards|monopoly|scrabble|tennis|[a-z]+ games?)|up|out of the|to it|to the|in a race))|home(?<=(?<![a-z])(im|i am|i get|i feel) (scared|frightened|afraid|terified|too scared|to scared) (to|of) go(ing)? home)(?= \\.|$| (because|cos|coz|when|after schol|tonight|every))|(back|home) for (two|three|four|2|3|4|a few|days|a wek|the wek)(?<=(?<![a-z])(mum|mam|mom|dad|my mum|my dad|my parents|my mam|my mom) (hasnt|has not|havent|have not) ben (back|home) for [a-z0-9]+)|not to tel(?<=(?<![a-z])(touches|touched|hurts|hurt|hits|hit) me( [a-z]+){0,4} (says|said|told me|tels me) not to tel)',
    category: 'threat',
    severity: 'warning',
    reason: DISCLOSURE,
  },
  // pictures of someone's private parts sent to a child
  { pattern: '(pics|pictures|photos|snaps|videos|vids) of (his|her|their) (private parts|privates|willy|dick|penis|bits|boobs)(?<=(?<![a-z])(sending|sends|sent|showing|shows|showed|keps sending|kept sending) (me|us|my [a-z]+|her|him) [a-z ]+)', category: 'sexual', severity: 'warning', reason: 'May be read as sexual, or as an approach to a child.' },
  // the writer at risk, said of themselves: "I want to kill myself", "i just want to die", "I'm going to end it all
  // tonight", "I've been cutting myself again", "everyone would be better off without me". Filed as a threat, as
  // incitement to self-harm is, and a warning for a person to read: a teenager's "omg kms" is usually a joke, and the
  // one that is not must reach the DSL (not "I nearly died laughing", "I want to die of embarrassment", "I could have
  // killed myself laughing")
  {
    pattern:
      '(kil|hang|top|unalive|hurt|harm|cut) myself(?<=(?<![a-z])(i|im|i am|ive|i have|i just|i realy|i wil|il)( [a-z]+){0,4} [a-z]+ myself)(?! (laughing|lol|laughin|with laughter|of laughing|when i saw|on the|with the|by acident|acidentaly|shaving|cooking|in the|geting|trying|carying|pushing|lifting|draging|running|climbing|cycling|walking|doing))|(end|take) (my own life|my life|it al)(?<=(?<![a-z])(i|im|i am|i just|i realy|i wil|il)( [a-z]+){0,4} (end|take) [a-z ]+)(?! (for a|with a|on a|at the))|die(?<=(?<![a-z])i (just |realy |honestly |actualy |genuinely )?(want to|wana|wish i could|wish i would|want 2|wanted to) die)(?! (of|from|laughing|when|if|before|in a|at the|a litle|inside|my|your|ur|her|his|their|it|them|the))|(dead|gone|never born)(?<=(?<![a-z])i wish (i was|i were|i was just) (dead|gone|never born))|(alive|here|living|exist) (anymore|any more|no more)(?<=(?<![a-z])i (dont|do not) (want to|wana|want 2) (be alive|be here|live|go on living|be living|exist) [a-z ]+)|(life|living)(?<=(?<![a-z])(im|i am|i feel) (so )?(done|finished) with (life|living))(?= \\.|$| (now|tbh|honestly|i|and|lol))|worth (living|it)(?<=(?<![a-z])(life|my life) (isnt|is not|aint|just isnt) worth [a-z]+)(?! (without|if|for))|never wake up(?<=(?<![a-z])i (want|wish|wana|just want|realy want)( i could| to)? (go to )?sleep and never wake up)|(goodbye|suicide) (leters|letters|leter|letter|notes|note)(?<=(?<![a-z])(ive|i have|i|im) (written|wrote|writing|writen) (my|a|al my) [a-z]+ [a-z]+)|(pils|pills|tablets|paracetamol)(?<=(?<![a-z])i (took|have taken|swalowed|swallowed|just took) (a load of|loads of|al my|al the|too many|a whole (box|packet|bottle) of) [a-z]+)(?! (for|because|from the|so))|(without me|if i (died|was gone|wasnt here|disapeared))(?<=(?<![a-z])(everyone|everybody|the world|my family|they|you al|evryone) (would|wil|d) be (beter|happier) of( [a-z]+)? (without me|if i [a-z ]+)|(nobody|no one|noone) would (care|notice|mis me)( if i [a-z ]+)?(?= \\.|$))|mis me(?<=(?<![a-z])(nobody|no one|noone) (would|wil|is going to|would even) mis me)(?= \\.|$| (if|when|anyway|tbh|honestly))|(cuting|hurting|harming|burning) myself(?<=(?<![a-z])(ive ben|i have ben|i keep|im|i am|i started|started) [a-z]+ myself)',
    category: 'threat',
    severity: 'warning',
    reason: AT_RISK,
  },
  // the same in a blind writer's list (2026-12-07): "I've got the pills lined up", "gonna take all my mums tablets
  // tonight", "til there's nothing left of me", "I keep thinking about driving into the reservoir", "might just walk in
  // front of the 8:10 train", "I just want to go to sleep and not wake up", "nobody would care if I died", "honestly
  // don't see the point anymore", "might just end it after the mocks", "top masel", "im jumping off the multi storey",
  // "been cutting again" (not "don't walk in front of the bus", "take all the tablets out of the box")
  {
    pattern:
      "(pills|tablets|meds) lined up|(take|taking|swallow|swallowing|neck|necking|down|downing) (al|the lot of|every one of|every) (my|my mums|my dads|me mums|me dads|the|my nans|of my) (pills|tablets|meds|paracetamol)(?= \\.|$| (tonight|now|today|tomorow|and|then|x))|til (theres|there is) nothing left of me|(thinking|think|thought) about (driving|walking|jumping|stepping|throwing myself) (into|in front of|of|off) (the|a)|(walk|step|jump|throw myself) in front of (a|the) ([a-z0-9:]+ )?(train|bus|lorry|truck|car)(?<=(?<![a-z])(might|gonna|going to|wana|want to|could|wil|il|im gonna) (just )?[a-z ]+ in front of [a-z0-9: ]+)|go to sleep and (not|never) wake up|(care|notice|miss me) if i (died|was gone|disappeared|kiled myself|wasnt here)(?<=(?<![a-z])(nobody|no one|noone|no body)( [a-z]+){0,4} (would|wud|wil) (even )?(care|notice|miss me) [a-z ]+)|(dont|do not|cant|just dont) se the point (anymore|any more)(?= \\.|$|,)|(might|may|gonna|going to|wana|want to) (just )?end it( al)?(?= \\.|$| (after|tonight|today|soon|tbh|now|before))|(top|kil|hang) (masel|mysel|meself)|(im|i am) (jumping|jumpin) (of|from) ({ledge})|(ive |i have |i )?(been|started) cutting (again|myself)|cutting again(?<=(?<![a-z])(im|i am|i|ive|i have|been|started) cutting again)|(id|i would|i d) (rather|sooner) be dead(?![a-z ]* (lol|haha|lmao|jk))|(wish|hope) i (just )?(didnt|did not|dont|do not|wouldnt|would not|never) wake up(?! (at|so|every|before|on|for|early|in|this|that|to|til|until)(?![a-z]))|(im|i am) ending it|(or|then) i (stop|end) everything|not (even )?(gonna|going to|gona) be (here|around|alive) (for|by|at|next|much longer|tomorow|after)|(whats|what is|what s) the point (in|of) (being here|living|being alive|me being here|going on|carying on|me)(?= \\.|$|,| (anymore|any more|and|if|when|tbh))|(dont|do not) know how much longer i can (keep (going|pretending|doing this)|go on|do this|cope|cary on|take (it|this))|(staring|stare|stared|looking|looked) at the (tablets|pills|meds|rope|paracetamol)|(writing|writen|wrote|left) (letters|notes|goodbye letters|a note) (to|for) (everyone|every one|my family|my mum|my kids)( just in case)?",
    category: 'threat',
    severity: 'warning',
    reason: AT_RISK,
  },
  // the same said another way: "im going to end it tonight", "some days I don't see the point in any of it anymore" (not
  // "I'll end it there", "I can't see the point of carrying on with the new reading scheme")
  {
    pattern:
      'end it(?<=(?<![a-z])((im|i am) (going to|gonna|gona)|i (just )?(want to|wana|wanted to)) end it)(?= \\.|$| (tonight|today|tomorow|2nite|tonite|soon|this wekend|now|al|tbh|honestly))|(dont|do not|cant|cannot|dont even|no longer|honestly dont|just dont|just cant) se the point (in|of) (living|life|being here|being alive|anything anymore|anything any more|any of it anymore|any of it any more|it al anymore|it al any more|going on|carying on)(?= \\.|$| (tbh|anymore|any more|honestly|some days|these days|lately|without))',
    category: 'threat',
    severity: 'warning',
    reason: AT_RISK,
  },
  // "you should starve yourself", "why don't you just disappear forever" (not "please don't cut yourself on the scissors")
  { pattern: '(starve|cut|hurt|harm|burn|drown|stab|shoot|poison|overdose) (yourself|urself|ur self|your self)(?<=(?<![a-z])((you|u) (should|shud|need to|might as wel|may as wel)|go|just|pls|please|why dont (you|u)) (just )?[a-z]+ [a-z ]+)(?! (on|with|when|if|by acident|while|cooking|laughing|doing|trying|lol|haha))|disapear (forever|for god|and never come back)(?<=(?<![a-z])(why dont (you|u)|(you|u) should|just|pls|please|go) (just )?disapear [a-z ]+)', category: 'threat', severity: 'block', reason: SELF_HARM, also: 'bullying' },
  { pattern: '(drink bleach|slit your wrists|die in a (hole|fire)|do (us|everyone|the world) a favou?r and (die|disappear)|(you|u|ya) (should|shud|need to|might as wel|may as wel) (just )?end it( al)?(?= \\.|$| (now|tbh|lol|honestly|nobody|no one|already))|(uninstall|alt f4|delete) (your|ur|yer) life(?= \\.|$| (lol|now|pls|please|bro|m8|mate|ez|rn|loser|kid|bot))|(commit|go) (sewer ?slide|toaster ?bath)|sewer ?slide|toaster ?bath(?<=(have|take|go|commit|try) a toaster ?bath)|(just )?go {swear} die( already)?|(lie|lay|sleep|nap|have a lie|have a nap) (down )?in the (fast lane|middle lane|middle of the road|motorway|road)(?<=(?<![a-z])(go|go and|go an|just|pls|please|plz|you should|u should|wana|why dont you) [a-z ]+)|(bridge|cliff|cliffs|motorway|railway|train tracks|tracks|river|canal|beachy head|[am][0-9]+)( s| is|s)? that way(?=( [a-z]+){0,3} (off you pop|go on|bye|jump|se ya|have fun|dont come back)))', category: 'threat', severity: 'block', reason: SELF_HARM, also: 'bullying' },
  { pattern: '(nobody|no one|noone|no body) (would|will|is going to|gonna)( even| ever| actualy| realy)? (miss|care if) {you}|the world (would be|is|d be) (a )?beter (place )?(of )?without {you}', category: 'bullying', severity: 'block', reason: 'Tells someone they would not be missed; this can push a person towards self-harm.', also: 'threat' },
  // threats of violence
  { pattern: '{youre} (so |gonna be |going to be )?(dead|ded)( meat)?(?= (\\.|after|when|if|mate|mb|bruv|fam|pal|bro|tomorrow|tonight|2moro|2mora|2morow|tmrw|tmr|tomoz|2moz|2mz|2nite|tonite|on sight|dont even|at (the gates|schol|home time|pick ?up))|$)', category: 'threat', severity: 'block', reason: THREAT },
  // …and of someone else, when the speaker gets to them: "she's dead when I get hold of her", "he's dead meat",
  // "he's dead after school" (not "he's dead keen", nor a pet: "our hamster? He's dead."). Found by "dead", then the
  // person looked back for: a phrase's first words are tried at every word of every text, so they should be rare ones
  {
    pattern:
      'dead(?<=(?<![a-z])(hes|shes|he is|she is|theyre|they are|hel be|shel be|theyl be|(he|she|they) (will|is gonna|is going to|are gonna|are going to) be)( so)? dead)( meat|(?= (when|once|if|as soon as|the (minute|moment|second)) (i|we|my [a-z]+) (see|get|catch|find|get hold of|get my hands on|clap eyes on|lay eyes on)|( (after|at|outside) (school|home time|hometime|the gates?))(?= \\.|$| (and|mate|bro|lol|innit|i|we|tomorrow|today|on|if))| (tomorrow|tonight)(?= \\.|$)| (on|by|next|this) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekend)))',
    category: 'threat',
    severity: 'block',
    reason: AIMED,
  },
  // an injury promised as what someone will be left with: "she'll be drinking her dinner through a straw", "you'll
  // need dental records" (not a child after a brace fitting: "he'll be drinking through a straw for a few days",
  // nor a new face mask)
  {
    pattern:
      '(through a straw(?<=(eating|drinking|sucking) ((his|her|their|your|ur) (dinner|dinners|food|meals?|tea|breakfast|lunch) )?through a straw)(?! (for|after|until|while|because|since|following))|need (dental records|a new face(?! (mask|masks|paint|cloth|wash|cream|covering|coverings|shield))|a new set of teeth|plastic surgery))(?<=(?<![a-z])((he|she|they|you|u)(l| will| is gonna| are gonna| is going to| are going to)|{titled} will) (be |end up )?(eating|drinking|sucking|need) [a-z ]+)',
    category: 'threat',
    severity: 'block',
    reason: AIMED,
  },
  // "he'd better watch his back", "Mr Holloway better watch himself in the car park" (not "watch yourself on the ice")
  // "Theo's dad wants to watch himself at pick up", "the head had better watch himself walking to his car tonight"
  { pattern: 'watch ((his|her|their|your|ur|ya) back|(himself|herself|themselves|hisself|isself)( (in|at|round|around|outside|near|by|walking|going|when|on) (the )?(car park|gate|gates|playground|school|pub|town|street|shop|shops|pick ?up|drop ?of|home|to|way|school run|[a-z]+ (car|home|way))|(?= \\.|$)))(?<=(?<![a-z])(better|best|wants to|want to|needs to|need to) watch [a-z ]+)', category: 'threat', severity: 'warning', reason: MAYBE_THREAT },
  // "better start watching his back", "better keep looking over your shoulder", "W A T C H Y O U R B A C K" (not
  // "watch your back on the ice by the side gate", set t1)
  { pattern: '(watching|looking over) (his|her|their|your|ur|ya) (back|shoulder)s?(?<=(?<![a-z])(better|best) (start |keep |get )?(watching|looking over) [a-z ]+)|watch ?(your|ur|ya) ?back(?! (on|in|near|by|going down|down) the (ice|icy|snow|stairs|steps|path|slope|frost|wet|puddles|hill|slide|climbing))', category: 'threat', severity: 'warning', reason: MAYBE_THREAT },
  // "you'd better hope I don't catch you"
  { pattern: 'hope (i|we) (dont|do not|never|wont|will not) (see|catch|find|bump into|run into|get hold of|meet) (out who|you|u|ya|him|her|them|em|{titled}|(that|this|the) [a-z]+)(?<=(?<![a-z])(better|best) hope [a-z ]+)', category: 'threat', severity: 'warning', reason: MAYBE_THREAT },
  // "David Hughes better hope our paths never cross", "wants to hope I never find out which road he lives on", "had
  // better hope their name never gets out", "you'd better hope the street lights on your road keep working" (sets 35,
  // 38, 39; not "better hope it doesn't rain")
  { pattern: 'hope ((our|my) paths (never|dont|do not|wont) cros|(i|we) (never|dont|do not) find out (who|which|where|what)|(their|his|her|your|ur) names? (never|doesnt|does not|dont|do not) (gets?|comes?) out|(the|your|ur|his|her|their) stre?e?t ?lights( [a-z]+){0,4} (kep|stay) (working|on))(?<=(?<![a-z])(better|best|wants to|want to|needs to|need to) hope [a-z ]+)', category: 'threat', severity: 'warning', reason: MAYBE_THREAT },
  // after a condition, death: "touch my son again and you're dead", "…or else you're dead meat";
  // a dead man: "he's a dead man" (but not "you're dead right", "a dead man in the play")
  {
    pattern: '((again|one more time|or else|or|otherwise|alone|own) (and |an |n |then )?{youre} (so |gonna be |going to be )?(dead( meat)?|finished|history|toast)|(alone|own) (and |an |n |then )?{youre} done|({youre}|hes|shes|he is|she is) a dead (man|woman|boy|girl|lad)( walking)?)(?! (right|wrong|tired|lucky|good|funy|clever|keen|excited|proud|easy|nice|chufed|serious|set|busy|hapy|bored|late|early|certain|sure|last|quiet|cool|hard|on|against|to|in|at|sory|who|from|of|lying|played))',
    category: 'threat',
    severity: 'block',
    reason: AIMED,
  },
  { pattern: '{you} (will|wil|are gonna|r gonna|are going to|gonna|going to) (die|get (stabbed|shot(?! of)|hurt|battered|beaten up|jumped|glassed|knifed|done in))', category: 'threat', severity: 'block', reason: THREAT },
  // harm to come to someone else, or a reckoning: "he's going to get battered", "he'll pay for that"
  { pattern: '{hewill} (get (stabbed|shot(?! of)|battered|beaten up|jumped|glassed|knifed|done in|(his|her|their) ({swear} )?head kicked in)|pay for (this|that|it)(?= \\.|$))', category: 'threat', severity: 'block', reason: THREAT },
  // harm to someone's body, by the speaker or wished on them: "I'm gonna find you and break your legs",
  // "I'm going to come down that school and batter whoever's responsible",
  // "I'll break her f***ing arms", "gonna smash that kid's face in" (the theatre's "break a leg" names no
  // one's leg; "we'll shoot Mr Hughes's class photos" and "we will beat you on Saturday" harm no one; "someone is going to
  // break their neck" on an ungritted car park foresees an accident)
  {
    pattern:
      "{iwill} ((find|get|catch|come (round|over|for|after|down|up|in|into|to)|go (down|round|up)|turn up at|wait for|track down) ([a-z]+ ){1,3}(and|an|n) )?((break|snap|smash|kick|stab|punch|batter|bash|cut|slit|rip|knock|cave|slash|wring) (your|ur|his|her|their|ya|yer|(your|ur|his|her|their|ya) (dads|mums|moms|sons|daughters|brothers|sisters|kids|husbands|wifes|partners|boyfriends|girlfriends)|(that|this|the) ([a-z]+ )?[a-z]+s|{titled}s?) ({swear} )?(face|faces|legs?|heads?|teeth|neck|arms?|skul|jaw|nose|knee ?caps?|knees|throat|fingers|ribs|spine|back|bones|eyes|lights|block|windows|car|tyres)( in| of| out)?|(kil|murder|stab|strangle|hurt|punch|slap|smack|thump|knife|choke|rape|bomb|burn|batter|glass|shank|deck|lamp|headbut|throtle|run over|shoot) {victim}(?!(?<=(?<![a-z])shoot( [a-z]+){1,4})" + SHOOT_PHOTOS + ")(?! with (kindnes|compliments|love|smiles|a smile))|(beat|bash|kick|smash|rough|knock|punch|smack|batter|do|put|give) {victim}( (up|into next week|senseles|unconscious|sparko|out cold|out(?! (of|with|the|a)))(?<!(?<![a-z])(put|give|do)( [a-z]+){1,5})| (in|over)(?<!(?<![a-z])(put|give)( [a-z]+){1,5})| in (hospital|the hospital|intensive care|a cofin|the ground|a wheelchair)| (through|thru) (a|the|your|ur|his|her|their) (wal|window|windscren|table)(?<=(?<![a-z])put (?!them |em )[a-z ]+)| a (good |proper |right |real )?(kicking|beating|hiding|batering|pasting|slap|smack))|cut (you|u|ya)(?= \\.|$| (up|open|bad|mate)))(?<!(?<![a-z])(someone|somebody|some one|some1|sum1|a child|a kid|kids|children|one of the kids) (is |s |are |re )?(going to|gonna|gona) [a-z]+ their [a-z ]+)",
    category: 'threat',
    severity: 'block',
    reason: THREAT,
  },
  { pattern: '(beat|kick|knock|smack|punch|batter|slap|choke|strangle) (the )?(shit|shite|crap|hel|living daylights|life|seven bels|taste) out of', category: 'threat', severity: 'block', reason: THREAT },
  { pattern: '(wants|needs|deserves|is asking for|asking for|could do with|is getting|is gonna get|is going to get|gonna get|wil get|wants to get) a (good |proper |right |real |bloody |fucking )?(kicking|beating|hiding|battering|pasting|shoeing|slap|smack|slapping|kick ?in|punch in the face)(?! (tee|tees|practice|drils?|games?))', category: 'threat', severity: 'block', reason: 'Wishes violence on someone.' },
  // dealing with a person oneself: "sort your pupils out or I'll sort them out myself" (but the PE
  // kits the speaker sorts out are no person); "dealing with" someone may be a teacher's job: a warning
  { pattern: '{iwill} sort ((?<=(?<![a-z])(or|else|otherwise|not)( [a-z]+){1,4} )(them|em|the lot of them)|him|her|you|u|ya|{titled}|(that|this|the) ([a-z]+ )?(teacher|head|woman|man|kid|boy|girl|lad|parent|bloke|bully)) out (myself|ourselves|meself|personaly|properly|for good|once and for al|good and proper)', category: 'threat', severity: 'block', reason: AIMED },
  { pattern: '{iwill} (deal with ((?<=(?<![a-z])(or|else|otherwise|not)( [a-z]+){1,4} )(them|em)|him|her|you|u|ya) (myself|ourselves|meself|personaly)|(have to |just )?take (maters|things) into (my|our) own hands)', category: 'threat', severity: 'warning', reason: MAYBE_THREAT },
  // a reckoning: "you'll pay for this", "that teacher will get what's coming to her", "he has it coming"
  { pattern: '{youwill} (be dead( meat)?(?= (\\.|after|when|if|mate|bro|tomorrow|tonight|by|next)|$)|pay for (this|that))', category: 'threat', severity: 'block', reason: AIMED },
  {
    pattern: '(get|gets|getting) what (you|u|he|she|they|ya) (deserve|deserves)(?= \\.|$| (mate|trust me|believe me|for this))|(get|gets|getting|got) (what is|whats) coming( to (you|u|him|her|them|em|ya))?(?! (up|next|soon|in|on|this|later|tomorow|round|from|out|to))|it coming(?<=(?<![a-z])(he|she|they|you|u|hes|shes|theyve|youve|theyre|youre) (has |have |had |got |has got |have got |s got )?(got )?it coming)( to (him|her|them|you|u))?(?! (up|soon|in|on|next|this|back|from|out|to|tomorow|today|home|at|by|round|over))|make (him|her|them|em|you|u|{titled}) pay(?= for (this|that|it|what)|$| \\.)(?<=(?<![a-z])(il|wel|i wil|we wil|gonna|going to|i|we|they|hel|shel|theyl|ul|youl) make [a-z ]+)',
    category: 'threat',
    severity: 'block',
    reason: AIMED,
  },
  { pattern: '{youwill} regret (it|this|that|the day|messing|crossing)', category: 'threat', severity: 'warning', reason: MAYBE_THREAT },
  // a bomb said to be in place: "there's a bomb in the science block" (not "there was a bomb" of the Blitz)
  {
    pattern: '(theres|there is|there s|ive put|i put|ive planted|i planted|weve planted|we planted|someones planted|some1 planted|somebodys planted) a bomb(?! [a-z]+ (the |this |that |our |my |a )?(story|book|game|film|play|movie|video|level|tale|comic|puzle|escape room)) (in|at|under|inside|on) ((the|our|your|ur|this|that|a|his|her|their|my) )?[a-z]+( (block|hal|rom|building|site|car|ofice|bag|locker|staffrom|clasrom))?',
    category: 'threat',
    severity: 'block',
    reason: THREAT,
  },
  // a fight called ("free smoke at the park"), a kid's "keep chatting and see what happens",
  // "u r proper gonna get it", "I'll stick one on him", "he's getting filled in" (not "filled in on the plans", nor
  // "free smoke alarms"), and a home address about to be shared
  {
    pattern:
      "free smoke(?! (alarm|alarms|detector|detectors|test|tests|and))|see (what|wat|wot) hapens(?<=(?<![a-z])keep (chating|chatin|talking|talkin|it up|mouthing|running (your|ur) mouth|gobbing) (and|an|n) see (what|wat|wot) hapens)|se what hapens to (your|ur|his|her|their) (career|job|house|home|car|kids|children|family|reputation|business|marriage)(?<=(?<![a-z])(and|an|n|then|wel|you wil|youl|just) se what hapens [a-z ]+)|get it(?<=(?<![a-z])(you|u) (r|are) (proper |so |realy |defo |definitely )?(gonna|going to|gona) get it)(?= \\.|$| (after|when|if|tomorow|tomorrow|2moro|tmrw|later|mate|on))|one on (him|her|you|u|ya|{titled}|that [a-z]+)(?<=(?<![a-z]){iwill} (stick|plant|lamp) one on [a-z ]+)|(filed|fild) in(?<=(?<![a-z])(hes|shes|youre|ur|theyre|you are|he is|she is|u r|they are|hes gonna get|shes gonna get|youre gonna get|ur gonna get|ur gona get) (getting|gonna get|going to get|gona get|get)? ?(filed|fild) in)(?! (on|the|a|your|ur|his|her|their|with|by|for))|(address|addy|adress)(?<=(?<![a-z])(got|have|know) (your|ur) (home )?(address|addy|adress))(?= (and|an|n) (im|i am|il|i wil|were|we wil|wel) (sharing|posting|share|post|putting|giving|sending|send|leaking|leak) it)",
    category: 'threat',
    severity: 'warning',
    reason: MAYBE_THREAT,
  },
  // blackmail for money: "send £50 or everyone sees the pics", "I'm posting them everywhere unless u pay"
  {
    pattern:
      '(send|pay|give)( me)? [0-9]+( quid| pounds| pound)? (or|otherwise) (everyone|everybody|every1|al (your|ur) [a-z]+|your [a-z]+|ur [a-z]+) (sees|se|wil se|gets|is gonna se|gets to se) (the|your|ur|them|those|these) {pics}|(post|posting|share|sharing|send|sending|leak|leaking|upload|uploading) (them|it|these|those|the [a-z]+|your [a-z]+|ur [a-z]+)( [a-z]+){0,4} (unless (you|u)|if (you|u) (dont|do not)) (pay|pay up|send (me )?(the )?(money|[0-9]+|cash))',
    category: 'threat',
    severity: 'block',
    reason: 'Blackmail: threatens to share pictures or messages unless they do as they are told.',
    also: 'bullying',
  },
  // menace met in a blind writer's list (2026-12-07): "I'll ruin yours", "last one he'll see", "wants finding and
  // sorting", "wonder if his house will still be standing", "gonna be a bloodbath for anyone who snitched", "shame if
  // that new sports hall went up in smoke", "find out where the computing teacher lives", "bring a mate if you want,
  // won't help", "we're doing that ginger kid proper", "I know you live in Cheadle", "so everyone knows where to find
  // her", "getting bored on sight", "that staff room would go up lovely", "laughing on the other side of your face",
  // "you're getting your school torched", "we'll see who's hard then", "there'll be a real one" after a fire drill,
  // "they all gonna pay", "Mr Okafor gets shanked if…" (not "I'll ruin your appetite", "the match will be a bloodbath",
  // "they're all going to pay for the trip")
  {
    pattern:
      "(il|i wil|im gonna|im going to|wel|we wil) ruin (yours|your life|ur life|your lives|your career|ur career|you al|his life|her life|his career|her career)(?= \\.|$| (every|al|too|as wel|like|mate|for))|(last|final) (one|day|time|christmas|sports day|summer|term) (hel|shel|he wil|she wil|youl|you wil|theyl) (ever )?(see|get|have|enjoy)(?= \\.|$)|(wants|needs|want|need) (finding|found) (and|an|n) (sorting|sorted|dealing with|dealt with|doing|battering|teaching a lesson)|wonder if (his|her|your|ur|their|the) (house|home|car|school|classroom|van) (wil|would|is going to) (still be standing|be there|be in one piece|stil be standing)|(gonna|going to|wil) be a bloodbath(?= for (anyone|anybody|them|you|u|whoever|the snitch|snitches|grasses))|(shame|pity) if (that|the|this|your|ur|his|her|their) ([a-z]+ ){0,2}[a-z]+ (went up in smoke|went up in flames|burned down|burnt down|caught fire|got torched|got burnt)|find out where ({titled}|(the|that|this) ([a-z]+ )?(teacher|head|headteacher|ta|caretaker|receptionist|coach|woman|man|bloke|kid|boy|girl|lad)|he|she|they) (lives|live)(?<=(?<![a-z])(il|i wil|im gonna|im going to|wel|we wil|ima|imma|gonna) find out where [a-z ]+)|bring (a mate|your mates|ur mates|backup|back up|your dad|ur dad|your boys|ur boys|who you want|whoever you want)( if you want| if u want)?( it)? (wont|wil not|aint gonna|aint going to) help|(doing|do) ((that|the) ([a-z0-9]+ ){0,3}(kid|boy|girl|lad|teacher|snitch|grass)( [a-z0-9]+){0,3}|him|her) (proper|properly)(?<=(?<![a-z])(were|we are|im|i am|gonna|going to|we gonna|were gonna) [a-z0-9 ]+)|(i|we) know (you|u) live (in|on|at|near|round|down)|(so|now) (everyone|every1|everybody|people|you al|the whole [a-z]+) (knows|know) where to find (her|him|them|you|u)|(getting|gets|get|get him|get her) (bored|boarded|shanked|ched|wet|dipped|rushed|merked) on sight|(house|school|staff room|staffroom|building|classroom|car|hall|place|shop|van) (would|wud|d|wil|l) go up (lovely|nicely|a treat|like a bonfire|in seconds|quick|proper|nice)|laughing on (the|t) ?other side of (your|ur|yer|thi|his|her|their) face|(getting|gettin|gonna get|going to get) (your|yer|ur|yous) (school|house|car|classroom|windows|van) (torched|burnt|burned|burned down|burnt down|smashed|bricked|done in)|(we|wel|youl|you wil|then we|then wel) (se|find out) (whos|who is) (hard|tough|laughing|the big man)( then| now)?(?= \\.|$)|real one(?<=(fire drill|fire alarm|evacuation|lockdown|fire practice)[a-z0-9 ,]{0,60}(therel|there wil|there is going to|theres gonna|there s gonna) be a real one)|pay(?<=(?<![a-z])(they|you|u|yous|youse|everyone|every1|theyre|youre) (al |are al |r al )?(gonna|going to|wil|gona|l) pay)(?= \\.|$)|(gets|getting) (shanked|stabbed|merked|bodied|knifed|glassed|shot)(?<=(?<![a-z])({titled}|he|she|that [a-z]+|sir|miss) (gets|getting) [a-z]+)(?= (if|when|the next|next|after|for) )",
    category: 'threat',
    severity: 'warning',
    reason: MAYBE_THREAT,
  },
  // the same with a weapon or a harm that is plain: "im bringin a blade tmrw", "mans got a ting in the whip for him", "I'll
  // start putting your staff in hospital", "I'll put that reception window in", "al knock yer block off", "a lesson she
  // won't get back up from", "sort yow out meself"
  {
    pattern:
      "(im|i am|il|i wil|gonna|ima|imma|im gona) (bring|bringing|bringin|brining) (a|my|my dads|me dads|the|me) (blade|knife|shank|machete|weapon|strap|piece|nine|ting|gun|bat)(?= \\.|$| (in|to|tomorow|tmrw|2moro|tomoz|monday|tuesday|wednesday|thursday|friday|for|after|on))|(got|have|brought) a (ting|strap|shank|blade|nine|piece|burner) (for|in the [a-z]+ for|on me for) (him|her|you|u|{titled}|that [a-z]+|sir|miss)|putting (your|ur|the|that|his|her) ([a-z]+ )?[a-z]+ in (hospital|the hospital|intensive care|a wheelchair|a cofin)(?<=(?<![a-z])(il|i wil|im gonna|im going to|wel|we wil) (start|be|go) putting [a-z ]+)|(put|kick|smash|brick|put the) (that|the|your|ur|his|her|their) ([a-z]+ )?(window|windows|windscreen|door) in(?= \\.|$|,| (with|tonight|tomorow|if|and))(?<=(?<![a-z])(il|i wil|im gonna|im going to|wel|we wil|gonna|ima|imma) [a-z ]+)|knock (yer|your|ur|his|her|their) block of|leson (he|she|they|you|u) (wont|wil not|wil never|wont ever) (get back up from|recover from|walk away from|get up from)|sort (yow|yous|youse|yiz) out (meself|myself|misen|masel|ourselves)",
    category: 'threat',
    severity: 'block',
    reason: THREAT,
  },
  // violence held back, said so that it is heard: "that teacher is lucky I'm not a violent man", "I'm not a violent
  // man but if he…", "she's lucky I didn't slap her"; and a person "needs taking round the back" (not the bins, nor "lucky I didn't hit the deer")
  {
    pattern:
      'violent (man|woman|person|bloke|guy|lad|type)(?<=(?<![a-z])lucky (that )?(im|i am|i m) not (a |the )?violent [a-z]+)|violent (man|woman|person|bloke|guy|lad|type) but(?<=(?<![a-z])(im|i am|i m) not (a |the )?violent [a-z]+ but)(?= (if|he|she|hes|shes|mr|mrs|miss|ms|(that|this|the) (head|teacher|woman|man|bloke|ref|parent|kid|boy|girl|lad)|anyone|whoever) )|(punch|deck|hit|slap|smack|knock|batter|lamp|chin|flor|thump|strangle|throtle) (him|her|them|you|u|ya|{titled}|(that|the) (teacher|head|woman|man|bloke|kid|boy|girl|lad|parent|ref))(?<=(?<![a-z])lucky (that )?(i|we) (didnt|did not) [a-z]+ [a-z ]+)|back(?<=(?<![a-z])(hes|shes|he|she|theyre|they|{titled}|(that|the) (teacher|head|woman|man|bloke|kid|boy|girl|lad|ref|parent)) (neds|needs|wants|want|need|wanted) (taking|taken) (round|out|around|outside|behind) the back)',
    category: 'threat',
    severity: 'warning',
    reason: MAYBE_THREAT,
  },
  // more menace without a harm word, each found from a rarer word than its first: "lay a finger on him and…",
  // "coming in swinging", "I'll have you", "six feet under", "pushing up daisies", "I'll get you back for this", "when I
  // catch you alone", "better not walk home alone", "I'll be outside your house tonight", "I've got a knife and I'm not
  // afraid to use it", "shame if something happened to your car", "make your life a misery", "make him suffer", "wish
  // you were never born", "go mental on him", "she'll know about it", "do something I regret"
  {
    pattern:
      'finger on (him|her|them|my|me|our)(?<=(?<![a-z])(lay|lays|put|puts|laid) a finger on [a-z]+)(?=( [a-z]+)?( again)? (and|an|n|or) )|swinging(?<=(?<![a-z])(coming|come|go|going|goes) in swinging)|(you|u|ya)(?<=(?<![a-z])(il|im gonna|i wil|im going to) have (you|u|ya))(?= \\.|$| (mate|you litle|u litle))|(him|her)(?<=(?<![a-z])(il|im gonna|i wil|im going to) have (him|her))(?= (mate|the litle))|(six|6) (fet|fot) under|pushing up (the )?daisies|(you|u|ya|him|her)( back)?(?<=(?<![a-z])(il|im gonna|i wil|were gonna|wel|im going to) get (you|u|ya|him|her)( back)?)(?= \\.|$| (for this|for that|mate|if|when|one day))|(alone|on (your|ur|his|her) own)(?<=(?<![a-z])(catch|get|find|se) (you|u|ya|him|her) (alone|on [a-z]+ own))|alone(?<=(?<![a-z])(beter|best) not (walk|go|be|walk home|go home) alone)(?= \\.|$| (tonight|at night|mate))|(house|home|door)(?<=(?<![a-z])outside (your|ur|his|her|their) (house|home|door))(?= (tonight|later)|$| \\.)(?<=(?<![a-z])(il be|im|il be waiting|wel be|we wil be|i wil be|im gonna be) outside [a-z ]+)|(afraid|scared) to use it(?<=(knife|gun|blade|machete|bat|hamer)[a-z0-9 .]{1,60})|(knife|gun|blade|machete)(?<=(?<![a-z])(ive|i have|ive got|i got|got) (a|my) (knife|gun|blade|machete))(?= \\.|$| (and|so|on me|in my))|(shame|pity) if (something|anything) (hapened|was to hapen|were to hapen) to (your|ur|his|her|their)|(shame|pity) if it (burned|burnt|got burnt|caught fire|burned down|burnt down)|(misery|hel|a living hel)(?<=(?<![a-z])make (your|ur|his|her|their|(that|this) [a-z]+s|{titled}s) life (a misery|hel|a living hel))|suffer(?<=(?<![a-z])make (him|her|you|u|them) suffer)|born(?<=(?<![a-z])wish (you|u|he|she|they) (were|was) never born)|(mental|mad|nuts|psycho|apeshit|postal) on (him|her|you|u|that [a-z]+|{titled})(?<=(?<![a-z])(go|going|gona|kick|kicking) (mental|mad|nuts|psycho|apeshit|postal) on [a-z ]+)|know about it(?<=(?<![a-z])(hel|shel|youl|theyl|he wil|she wil|you wil|they wil) know about it)(?= \\.|$| mate)|regret(?<=(?<![a-z])do something (i|il|i wil|i would|id) regret)',
    category: 'threat',
    severity: 'warning',
    reason: MAYBE_THREAT,
  },
  // menace without a harm word: "your days are numbered", "there'll be trouble", "things will get nasty", "don't make me
  // come down there", "she's getting it", "I'll make sure he never walks again", "I'll do time for that teacher", "I will
  // find you" (not the joke of a lost-property post: "I will find you, and I will buy you a coffee"); each found from a
  // rarer word than its first, the rest looked back for
  {
    pattern:
      'numbered(?<=(?<![a-z])(your|ur|his|her|their) days (are|r) numbered)|(trouble|consequences|hel to pay)(?<=(?<![a-z])(therel|there wil|there is gonna|theres gonna|there s gonna) be (trouble|consequences|hel to pay))(?= \\.|$| (if|when|unless|mate|for (you|u|him|her|them)))|(nasty|ugly|physical)(?<=(?<![a-z])(things|it|this)( wil| is going to| is gonna| s gonna| are gonna| are going to|l) get (nasty|ugly|physical))(?= \\.|$| (if|when|unless|mate))|there(?<=(?<![a-z])dont make me come (down|up|in|round|over) there)(?= \\.|$)|(getting|get) it(?<=(?<![a-z])(hes|shes|theyre|youre|ur) (getting|gonna get|going to get) it)(?= \\.|$| (after|when|if|tomorow|tonight|later|mate))|again(?<=(?<![a-z])make sure (he|she|you|u|they) (never|wont|cant) (walks?|talks?|sees?|works?|teach|teaches|plays?) again)|(time|bird|life) for (him|her|you|u|that [a-z]+|{titled})(?<=(?<![a-z])(il|i wil|i would|id|im gonna|i dont mind|happy to|wouldnt mind) do (time|bird|life) for [a-z ]+)|findu(?<=(?<![a-z])(il|wel|im gona|ima|ima) findu)|find (you|u|ya)(?<=(?<![a-z])(il|wel|i wil|we wil|im gonna|were gonna|ima|imma) find (you|u|ya))(?= \\.|$| (and|wherever|mate))(?! and (i|il|i wil) (buy|give|thank|hug|kis|bake|treat|owe|send|get you a|make you (sit|write|read|watch|listen|do|tidy|clean|mark|help|eat)))',
    category: 'threat',
    severity: 'warning',
    reason: MAYBE_THREAT,
  },
  // a reckoning for someone else after lying in wait for them: "I'll be waiting outside for that teacher and he'll be
  // sorry" (not a child without a coat: "she'll regret it when it rains")
  {
    pattern: '(regret (it|this|that|the day|messing|crossing)|sorry(?= \\.|$| (mate|lol|and|when|if|i|we|trust me|believe me))|wish (he|she|they) (hadnt|had not|never))(?<=(?<![a-z])(hel|shel|theyl|(he|she|they) (will|is gonna|are gonna|is going to|are going to)) (regret|be sorry|wish)[a-z ]*)(?<=(?<![a-z])(waiting|wait) (for|outside|at|by|round) [a-z0-9. ]{1,160})',
    category: 'threat',
    severity: 'warning',
    reason: MAYBE_THREAT,
  },
  { pattern: '(he|she|they|you|u|ya) (wont|will not|aint|aint gonna|are not gonna|not gonna|isnt gonna) (walk|be walking|be able to walk) (away|again)(?! (from|with|empty|without))', category: 'threat', severity: 'warning', reason: MAYBE_THREAT },
  { pattern: '(i|we) (know|found out|have found out|found|know exactly) where (you|u|ya|him|her|them|em|(your|ur|his|her|their) (kids?|son|daughter|mum|dad|wife|husband|family)|(that|this|the) ([a-z]+ )?(teacher|head|woman|man|kid|boy|girl|lad)|{titled}) (live|lives)(?! (so |and |)(i|we|il|wel|i can|we can|i could|i wil|we wil) (drop|pop|post|deliver|return|send))', category: 'threat', severity: 'block', reason: AIMED },
  // (not a warning of ice: "watch your back on the ice by the side gate", set t1)
  { pattern: '(watch|better watch|wanna watch|want to watch|should watch) (your|ur|his|her|their) (back|backs)(?! (on|in|near|by|going down|down) the (ice|icy|snow|stairs|steps|path|slope|frost|wet|puddles|hill|slide|climbing))', category: 'threat', severity: 'block', reason: AIMED },
  // menace: "wait till I get my hands on that teacher", "he'll be leaving in an ambulance", "petrol through the
  // letterbox", "getting their tyres slashed", "I'll be waiting." at the end of a sentence, "pay him a visit"
  { pattern: 'wait (til|til|until|till) (i|we) (get|lay|put) (my|our) (hands|mits|paws) on', category: 'threat', severity: 'warning', reason: MAYBE_THREAT },
  { pattern: '(ambulance|box|body bag|cofin)(?<=(?<![a-z])(leaving|leave|go home|going home|be going home|be caried out|come out|coming out) in (an ambulance|a box|a body bag|a cofin))', category: 'threat', severity: 'block', reason: AIMED },
  { pattern: 'petrol (through|in|into|down) (the|their|your|ur|his|her) (letterbox|letter box|door|window|windows)', category: 'threat', severity: 'block', reason: 'A threat of violence against a home or the school.' },
  { pattern: '(slashed|smashed|done|keyed|torched|burnt|put in|put through)(?<=(?<![a-z])(get|gets|getting|got|have|having) (his|her|their|your|ur|them|my|our) (tyres|tires|windows|car|house) (slashed|smashed|done|keyed|torched|burnt|put in|put through))', category: 'threat', severity: 'warning', reason: MAYBE_THREAT },
  { pattern: 'waiting(?<=(?<![a-z])(il|i wil|we wil|wel|im gonna|i am gonna|i am going to|im going to) be waiting)(?= \\.|$)', category: 'threat', severity: 'warning', reason: MAYBE_THREAT },
  // a second list of angry parents' menace: "I'm coming up that school and someone's getting hurt", "having words with
  // that boy's dad, and not just words", "I'll bring my dog and set it on him", "tell that teacher to look over her
  // shoulder", "I'll set fire to the portakabin" (not "look over your shoulder before you cross", "set fire to the
  // candle in science"); "I'll make sure that teacher never works again" is a threat to a career, a bullying warning
  { pattern: 'hurt(?<=(?<![a-z])(im|i am|il be|i wil be|were|we are) (coming|going|marching|storming) (up|down|into|to|round) (that|the|your|ur) (schol|school)( [a-z]+){0,4} (someone|somebody|sum1)( is|s|s gona|s going to|wil) (geting|get|be) hurt)', category: 'threat', severity: 'warning', reason: MAYBE_THREAT },
  { pattern: 'not just words(?<=(?<![a-z])(words|a word) with (him|her|them|that [a-z ]+|the [a-z ]+|his [a-z]+|her [a-z]+|{titled})( [a-z]+)? (and|but|an) not just words)(?= \\.|$)', category: 'threat', severity: 'warning', reason: MAYBE_THREAT },
  { pattern: '(set|sic) (my|the|our|his|her) (dog|dogs|staf|stafy|stafie|pitbul|pit bul|rotweiler|xl buly|alsatian) on (him|her|them|you|u|ya)|(set|sic) (it|him|her|them) on (him|her|them|you|u|ya)(?<=(dog|dogs|staf|stafy|stafie|pitbul|pit bul|rotweiler|xl buly|bully xl|alsatian)( [a-z]+){0,6} (set|sic) [a-z ]+)', category: 'threat', severity: 'block', reason: AIMED },
  { pattern: 'shoulder(?<=(?<![a-z])((tel|warn) [a-z ]{1,30} to|beter|should|neds to|need to|wil be|wil have to) (lok|look|keep looking|be looking|start looking) over (his|her|their|your|ur) shoulder)(?! (before|when|at the|to check|crossing))', category: 'threat', severity: 'warning', reason: MAYBE_THREAT },
  { pattern: '(set fire to|burn down|torch|petrol bomb|firebomb) (the|that|your|ur|this|their|his|her) (schol|school|portakabin|portacabin|clasrom|classroom|building|ofice|office|staf ?rom|staff ?room|hal|hall|hut|car|house|flat|gates?)(?<=(?<![a-z])(il|i wil|im gona|im going to|ima|imma|someone should|somebody should|someone neds to|were gona|wel) [a-z ]+)', category: 'threat', severity: 'block', reason: 'A threat of violence against a home or the school.' },
  { pattern: 'never (works|teaches|work|teach) (again|in a school|anywhere)(?<=(?<![a-z])(il|i wil|im gona|im going to|we wil|wel) (make sure|se to it|se) (that )?[a-z ]{1,30} never [a-z]+ [a-z ]+)', category: 'bullying', severity: 'warning', reason: 'Sounds like bullying aimed at someone: a threat to their job.' },
  // a parent taking it on themselves: "I'll deal with that kid myself", "I'll wipe that smile off her face", "I'll make
  // you regret this", "mess with my kid and you mess with me", "we know your car", "he's getting done in after school"
  // (not "I'll deal with the PTA rota myself", "I'm done in after sports day", "we know your car is the red one")
  { pattern: 'myself(?<=(?<![a-z])(il|i wil|im gonna|im going to|i am going to) (deal with|sort out|sort|handle|take care of|se to) (him|her|(that|the|this) ([a-z]+ )?(kid|boy|girl|child|teacher|woman|man|lad|lass|family|bloke|brat)|{titled})( out)? myself)', category: 'threat', severity: 'warning', reason: MAYBE_THREAT },
  { pattern: 'face(?<=(?<![a-z])(il|i wil|im gonna|im going to|i am going to|someone neds to|someone should|somebody neds to) (wipe|knock|slap|smack) (that|the) (smile|grin|smirk|lok) of (his|her|your|ur|their|that [a-z]+s) face)', category: 'threat', severity: 'warning', reason: MAYBE_THREAT },
  { pattern: 'regret (it|this|that)(?<=(?<![a-z])(il|i wil|im gonna|im going to|i am going to|we wil|wel) make (you|u|ya|him|her|them|em) regret (it|this|that))(?! (in|at|for|if) )', category: 'threat', severity: 'warning', reason: MAYBE_THREAT },
  { pattern: 'mes with (me|us)(?<=(?<![a-z])mes with (my|our) (kid|kids|son|daughter|boy|girl|children|family|child) (and|an|n) (you|u) mes with (me|us))', category: 'threat', severity: 'warning', reason: MAYBE_THREAT },
  { pattern: '(i|we) know (your|ur|his|her|their) (car|motor|reg)(?= \\.|$| (mate|btw|by the way|to|as wel))', category: 'threat', severity: 'warning', reason: MAYBE_THREAT },
  { pattern: 'done in(?<=(?<![a-z])(geting|gona get|going to get|wil get|l get|gets|get) done in)(?= \\.|$| (after|at|tomorow|tonight|on|when|if|later|by (me|us|him|them|my|our)))', category: 'threat', severity: 'warning', reason: MAYBE_THREAT },
  { pattern: 'visit(?<=(?<![a-z])(pay|paying|payed|paid) (him|her|you|u|them|me|that [a-z]+|(mr|mrs|ms|miss|sir|dr) [a-z]+) a (little |friendly |proper )?visit)(?! (to|at|from|on|in|with|during|this|next|after))', category: 'threat', severity: 'warning', reason: MAYBE_THREAT },
  { pattern: 'bomb(?<=(?<![a-z])there (is|was|s) a bomb) (in|at|under) (the|this|that|your|ur|our) (school|hal|building|clasroom|staffroom|ofice)', category: 'threat', severity: 'block', reason: 'A threat of violence against the school.' },
  // veiled menace in the usual British words: "I'm coming down there with my brothers" after "one more" or "next
  // time"; "won't be smiling after Friday, trust me"
  { pattern: '(brothers|lads|boys|cousins|mates|uncles|family)(?<=(one more|next time|again|or else)( [a-z]+){0,6} (coming|come|be|going|turn|turning|poping|pop|go) (down|up|round|over|in|to) (to )?(there|here|that schol|the schol|schol|the gates?|(your|ur|her|his|their) (house|place|door)|yours|his|hers|theirs)( [a-z]+){0,2} (with|and|bringing|bring) (my|me|the|our|al my|al the) [a-z]+)', category: 'threat', severity: 'warning', reason: MAYBE_THREAT },
  { pattern: 'smiling(?<=(?<![a-z])(wont|wil not|not gona|not going to) be smiling)( [a-z]+){0,3} (trust me|mark my words|believe me|you wait|just wait|you watch|watch this space)', category: 'threat', severity: 'warning', reason: MAYBE_THREAT },
  // a family of two mums or two dads said to be none, or pitied for it: "Two mums? Poor kid. That's not a family." (not
  // "two mums came to help, thank you, and that's not all")
  { pattern: '(not a (real |proper |normal )?family|poor (kid|kids|child|children|litle [a-z]+|thing|boy|girl|mite)|(is|s|its|thats) (just |so |realy |plain |simply )?(disgusting|unatural|sick|wrong|not right|not normal))(?<=(?<![a-z])(two|2) (mums|dads|mothers|fathers|mams|moms|daddies|mummies)( [a-z.]+){0,8} [a-z ]+)', category: 'hate', severity: 'warning', reason: 'Reads as hate about a family with two mums or two dads: check it.' },
  // a school shooting promised by its name: "there's going to be a Columbine at Oakfield", "someone should do a
  // Dunblane" (not remembering Dunblane, nor a lesson about Columbine)
  { pattern: '(going to be|gona be|goin to be|wil be|there l be|someone s going to (do|pul)|someone should (do|pul)|(im|i am|were|we are) going to (do|pul)|(im|i am) gona (do|pul)|(i wil|il|wel|we wil) (do|pul)) (a|another|the next) (columbine|dunblane|sandy hook|school shooting|school shoting)', category: 'threat', severity: 'block', reason: 'A threat of violence against the school.' },
  // knowing where someone parks, drives, sends their children or lives: "i know where ur kids go to school", "we know
  // which house is yours", "I know what car you drive", "I know where the Patels live"
  {
    pattern: 'know(?<=(?<![a-z])(i|we) know) (exactly )?((your|ur) (kids|children|son|daughter|boy|girl|lad|las) (go|goes) to|(where|what|which)( (car|house|school|road|street))?( [a-z]+){0,3} (you|u|ur|your|he|she|they|his|her|their|the [a-z]+s|the [a-z]+ (family|lot))( [a-z]+){0,2} (park|parks|drive|drives|go to school|goes to school|go to|goes to|lives|live|work|works|sleep|sleeps)|(which|what) (house|car|road|street) (is|s) (yours|his|hers|theirs))(?! (so |and )?(i|we|il|wel) (can |wil |could |wil be able to )?(drop|pop|post|deliver|return|send|bring))',
    category: 'threat',
    severity: 'warning',
    reason: MAYBE_THREAT,
  },
  // set 14: self-harm told in the slang of games and apps ("commit sewer slide", "go have a toaster bath", "alt f4 ur
  // life"), a packet of pills, an open bridge "for people like you"
  {
    pattern:
      'sewer ?slide|toaster bath|alt (f4|fa) (ur|your|yo) life|(?<!(posts|messages|chats|stories|it|they|photos|videos|comments) )self ?delete(?! (the|my|your|ur|this|that|al|after|account|app|post|posts|comment|comments|message|messages)(?![a-z]))|(packet|bottle|box)(?<=(?<![a-z])(and|just|go|pls|please|should|favou?r and) take the whole [a-z]+)|open (24|247|24 7|al night|al day)(?<=(bridge|clif|clifs|tracks|railway|motorway) (is|s|are) open [0-9a-z ]+)(?= for (people|the likes|ur|your|you|u))',
    category: 'threat',
    severity: 'block',
    reason: SELF_HARM,
    also: 'bullying',
  },
  // a beating told as coming, with when or where: "that kid in 6B getting jumped after school", "u r getting battered monday"
  // (not "we're getting battered on Saturday" by a team)
  {
    pattern:
      '(jumped|batered|merked|shanked|stabed|leathered|decked|lamped|bodied|poked|slaped|smacked|bateredd)(?<=(?<!(we|were|we are|they|theyre|they are|team|side|us|lads|boys|united|city|rovers) )(geting|getin) [a-z]+)(?= (after|at (the gates|schol|home time|pick ?up|the park|3|4)|on|tomorow|tomoro|2moro|2mora|tmrw|tmr|tonight|2nite|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|wed|thurs|fri|when|if|later|outside|by)(?! (the|a) (match|game|final|league|quiz|cup))|$| \\.)',
    category: 'threat',
    severity: 'warning',
    reason: MAYBE_THREAT,
  },
  // arson wished on a place or told as coming: "that camp wants a match putting to it", "oakfield getting torched this weekend"
  {
    pattern: 'match (puting|put|putting) to (it|them|the lot)(?<=wants a match [a-z]+ to [a-z ]+)|torched(?<=(?<![a-z])(geting|getin|gets|get|be|being) torched)(?! (by|in|on) (the )?(sun|comments|replies|twiter|tiktok))|burnitdown',
    category: 'threat',
    severity: 'warning',
    reason: 'Could be read as a threat to burn a place.',
  },
  // sets 12 and 14: menace in set phrases ("your card's marked", "be a shame if something happened to it", "you won't see it
  // coming", "enjoy the house while it's still standing", "you better pray I don't see you",
  // "eating through a straw", "found out where that TA lives"), self-harm with pills, a death wished ("put him in the ground")
  {
    pattern:
      'marked(?<=(?<![a-z])(your|ur|his|her|their) cards? (is |s )?marked)|shame if (something|anything|owt|sumat) (hapened|hapens|was to hapen|were to hapen) to (it|him|her|them|you|u)(?= \\.|$| (while|when|if|mate|overnight|tonight|at))|(se|sen) it coming(?<=(?<![a-z])(you|u|ya|he|she|they)(l| wil| wont| wil not| aint gona| are not gona)( ever)? (se|sen) it coming)|stil standing(?<=while (it|its|it is|theyre|they are) stil standing)|pray (i|we) (dont|do not|never) (se|catch|find|meet) (you|u|ya|him|her|them)(?<=(beter|best|beta) pray [a-z ]+)|(eating|eatin|drinking|drinkin) through a straw(?<=(?<![a-z])(be|wil be|l be) [a-z]+ through a straw)(?= \\.|$| (mate|when|by the time|after i|once i|if))|lives(?<=(?<![a-z])found out where (he|she|you|u|they|that (ta|teacher|head|woman|man|bloke|bitch|cow|slag|prick|twat|dad|mum|grass|snitch)|the (ta|teacher|head|woman|man|bloke|grass|snitch)|{titled}) (lives|live))',
    category: 'threat',
    severity: 'warning',
    reason: MAYBE_THREAT,
  },
  // sets 37 and 38: self-harm urged as what the writer would do in someone's place ("if I was you I'd take the whole box
  // of whatever you're on and have a nice long sleep", "if I was as useless as her I'd have found a tall car park"); a
  // warning, as "if I was in that job I'd have jumped off a tall building" may be about the writer
  {
    pattern:
      '(take|swalow|neck|down) the (whole|entire) (box|packet|botle|pack|lot)(?<=if i (was|were)( [a-z]+){1,6} (id|i would)( [a-z]+){0,8} [a-z]+ the [a-z]+ [a-z]+)(?= of (pils|tablets|paracetamol|painkilers|sleping pils|whatever (you|u) ?(re|are) on)| and (have a (nice )?long slep|not wake up|never wake up))|(found|find|jumped of|jump of|thrown myself of) (a|the top of a) (tal|high) (car park|carpark|building|bridge|clif|multi ?storey)(?<=if i (was|were)( [a-z]+){1,6} (id|i would)( have)? [a-z]+ [a-z ]+)',
    category: 'threat',
    severity: 'warning',
    reason: SELF_HARM,
    also: 'bullying',
  },
  {
    pattern: '(neck|swalow|take|down) a (bottle|pack|packet|box|handful) of (pils|paracetamol|tablets|bleach|sleeping pils)(?<=(?<![a-z])(go|go and|just|and|pls|please|should|favou?r and) [a-z]+ a [a-z ]+)|(put|puting|stick) (him|her|you|u|them|em) in the ground(?<=(il|im gona|i wil|wil|wel|wed|id|hed|shed|would|gona|going to) [a-z ]+)|(him|her|you|u|them|em) six fet under',
    category: 'threat',
    severity: 'block',
    reason: THREAT,
  },
  // "see if he's so mouthy with a broken nose"
  { pattern: 'with a broken (nose|jaw|face|arm|leg|neck)(?<=(see if|lets see if|bet|se if) [a-z ]+)', category: 'threat', severity: 'block', reason: AIMED },
  // pupils' threats with no word the threat reader reads as harm to a person: "gonna rip her hair out and stamp on her head",
  // "im rearranging faces", "im putting sumn in the head of year's coffee" (list c's read half; not "put milk in his tea")
  { pattern: '(stamp|stamping|stomp|stomping) on (his|her|their|your|ur|that [a-z]+s|[a-z]+s) (head|face|heads|faces|skul)(?<=(gonna|gona|going to|il|wil|im|were|wel|ima|imma|then)( [a-z]+){0,6} (stamp|stamping|stomp|stomping) [a-z ]+)', category: 'threat', severity: 'block', reason: AIMED },
  { pattern: '(rearange|rearanging|rearanged) (some |a few |his |her |your |ur |their |[a-z]+s )?faces?(?! (of|on) (the|a|our) (clock|cube|building|puzle))', category: 'threat', severity: 'warning', reason: MAYBE_THREAT },
  { pattern: '(put|puting|putin|slip|sliping|spike|spiking)( something| sumn| summat| sumthin| somethin| stuf| bleach| laxatives| rat poison)? (in|into) (his|her|their|the [a-z]+ of [a-z]+s|the( [a-z]+)? [a-z]+s|[a-z]+s) (cofee|tea|drink|drinks|food|lunch|water|bottle|brew|cupa)(?! (morning|mornings|afternoon|rota|break|money|box|boxes|club|queue|hal))', category: 'threat', severity: 'warning', reason: MAYBE_THREAT },
  // "there'll be blood on the floor", "they'll be carrying her out in a bag", "bomb in ur hall tmrw"
  { pattern: 'blood(?<=(?<![a-z])there(l| wil| is gonna| s gonna| is going to) be blood)(?! (test|tests|donor|donors|donation|pressure|sugar|type|bank))', category: 'threat', severity: 'block', reason: THREAT },
  { pattern: '(carying|cary|carries|caried) (him|her|you|u|them|em) out in a (body )?bag', category: 'threat', severity: 'block', reason: AIMED },
  { pattern: 'bomb (in|at|under) (ur|your|the|this|that) ([a-z]+ )?(hal|school|clas|classroom|staffroom|ofice|building|car|block|canteen|library|gym)(?<=(?<![a-z])(a |ther(e|s) a |ther(e|s) s a |wil be a )?bomb [a-z ]+)(?= (tmrw|tomorow|2moro|tonight|today|monday|tuesday|wednesday|thursday|friday|soon|next|at [0-9])|$| \\.)', category: 'threat', severity: 'block', reason: 'A threat of violence against the school.' },
  // weapons, arson, bombs and guns against the school, said outright or wished (not the racist simile "looks like he's about to
  // blow up the canteen", which is hate, found as such)
  { pattern: '(il|im|i wil|we wil|wel|were|gonna|going to|(im|i am|were|we are) (going to|gonna)) (bring|bringing|take|taking|cary|carying) (a|my|me|his|her|dads|the) (gun|knife|blade|machete|shotgun|rifle|pistol|bomb|weapon) (to|into|in) (school|clas|the school|this school|your school|asembly)(?! (kitchen|canteen|ofice))', category: 'threat', severity: 'block', reason: 'A threat of violence against the school.' },
  { pattern: '(?<!(loks|lok|loked|loking|lok as if|lok as though) like( [a-z]+){1,3} )(bomb|blow up|shoot up|burn down|set fire to|set alight|torch|firebomb|petrol bomb|attack) (the|this|your|our|that|ur) (school|skol|skl|skewl|scol|class|classroom|building|staffroom|staff room|hal|gym|ofice|nursery|academy|colege|canteen|dining hal|lunch hal|sports hal|library|playground|asembly|prom|disco|corridor|toilets|science block|sixth form|comon room)(?! (league|tables?|rankings?|charts?|prices?|ratings?|results))|(bomb|blow up|burn down|set fire to|set alight|torch|firebomb|petrol bomb) (the|this|that) place', category: 'threat', severity: 'block', reason: 'A threat of violence against the school.' },
  { pattern: '(burn|blow|shoot) (the|this|your|our|that) (school|classroom|building|staffroom|staff room|hal|gym|ofice|nursery|academy|colege|place) (down|up|to the ground)', category: 'threat', severity: 'block', reason: 'A threat of violence against the school.' },
  { pattern: '(school|building|staffroom|academy) (should|needs to|ought to|deserves to|wants to) (be |get )?(burnt|burned|burn|bombed|blown up|torched|shot up|set on fire)', category: 'threat', severity: 'block', reason: 'A threat of violence against the school.' },
  // threats in idioms every school hears, with no word of harm in them: "you won't see Christmas", "I'll make him
  // disappear", "that teacher wants taking out", "keep your mouth shut or else", "stay home tomorrow if you know what's
  // good for you" (not "you won't see Christmas lights this year", "the bins need taking out", nor the magician's rabbit)
  { pattern: '(you|u|ya|he|she|they|{titled}) (wont|will not|aint|aint gonna|are not gonna|is not gonna|not gonna|isnt gonna) (live to |be alive to |be around to )?see (christmas|easter|the weekend|the summer|summer|next (week|year|christmas|summer)|(your|ur|his|her|their) (next birthday|birthday|16th|18th|sixteenth|eighteenth))(?= \\.|$)', category: 'threat', severity: 'block', reason: AIMED },
  { pattern: '{iwill} make (you|u|ya|him|her|them|em|{titled}|(that|this) ([a-z]+ )?(teacher|head|woman|man|kid|boy|girl|lad|bloke|parent)) (disappear|vanish)(?! (from|of|for a))', category: 'threat', severity: 'block', reason: AIMED },
  { pattern: '(he|she|they|him|her|them|{titled}|(that|this|the) ([a-z]+ )?(teacher|head|headteacher|woman|man|kid|boy|girl|lad|bloke|parent|cow|bitch|prick|caretaker|cleaner|dad|mum|ta|receptionist|governor|coach|bus driver|lolipop man|lolipop lady)) ((wants|needs|deserves|want|need|deserve|should be) (taking|taken) out(?! (of|for|to|on|with|by|in|at|because))|(wants|needs|want|need) (dragging|stringing up|hanging|shooting|burning|putting down|lynching|knocking out|chinning|sparking out|battering|glassing|stabbing|kneecapping)(?! (up|of|in|on|at|to|for|the|a|an|our|your|his|her|their)))', category: 'threat', severity: 'block', reason: 'Wishes violence on someone.' },
  { pattern: 'chefed|(chef|chefing) (you|u|ya|him|her|them|em) up', category: 'threat', severity: 'block', reason: THREAT },
  { pattern: '(run|running|ran|runing) up in (your|ur|his|her|their|ya|yo|them|that|that mans) ((yard|gaf|ends|drum|trap)|(house|home|flat)(?= \\.|$| (and|with|tonight|tomorow|2moro|tmrw)))', category: 'threat', severity: 'block', reason: 'A threat of violence against a home.' },
  { pattern: '(wana|want to|lets|let s|come|gonna|going to|il|i wil|we can|we wil|wel|meet me and|meet me to|you wana|u wana) square up|square up (after schol|at (the )?gates|tomorow|2moro|tmrw|at lunch|behind|on the field|at home time|then)', category: 'threat', severity: 'warning', reason: 'Sounds like a challenge to fight.' },
  { pattern: 'else(?<=(?<![a-z])(shut|keep|stay|stop|back|get|give|leave|delete|take|tel|move|watch|drop|pay)( [a-z]+){0,5} or else)(?= \\.|$)|(head|mouth|nose|gob) (down |shut |out of it |out )?or (lose|lose) (it|(your|ur) (teeth|head|face|tongue))', category: 'threat', severity: 'warning', reason: MAYBE_THREAT },
  { pattern: 'good for (you|u|ya|them|him|her)(?<=(?<![a-z])(stay|keep|back|shut|leave|stop|dont|do not|get out|get lost|delete|watch|mind|move|go|drop)( [a-z]+){0,6} if (you|u|ya|they|he|she) (know|knows) (whats|what is) good for [a-z]+)|if (you|u|ya|they|he|she) (value|values) (your|ur|their|his|her) (life|lives|teeth|face|legs)', category: 'threat', severity: 'warning', reason: MAYBE_THREAT },
  { pattern: '(dont|do not|wouldnt|would not|better not|best not|shouldnt|should not) (come|go|be|turn up) (in|into schol|to schol|in to schol|at schol|to clas|in school)( [a-z0-9]+){0,3} (just saying|just sayin|trust me|you have ben warned|youve ben warned|ive warned you|i have warned you|i warned you|thats al im saying|thats al i am saying|you wil se why|youl se why|youl se)(?= \\.|$)', category: 'threat', severity: 'block', reason: 'A warning to stay away from school, which may be a threat against it.' },
  { pattern: '(id|i d|i would|wel|we d|we would|il|i wil) (happily |gladly |honestly |proper )?do (time|bird|a stretch|life) for (you|u|ya|him|her|them|em|{titled}|(that|this) [a-z]+)(?![a-z])(?! (said|says|joked|jokes|laughed))|worth doing (time|bird) for', category: 'threat', severity: 'block', reason: AIMED },
  { pattern: 'pay(?<=(?<![a-z])(everyone|every one|every1|everybody|whoever|anyone|anybody) (who|that|whove|thats)( [a-z]+){1,6} (wil|is gonna|is going to|gonna) pay)(?= \\.|$| (one day|for (this|that|it|what)))|pay(?<=(?<![a-z])(everyone|every one|every1|everybody|whoever|anyone|anybody) (who|that|whove) ([a-z]+ ){1,4}(me|us)( [a-z]+){0,3} (wil|is gonna|is going to|gonna) pay)(?= (tomorow|2moro|tmrw|tonight|soon|on monday|on friday))|(they|them|the lot of (them|you)|al of (you|them)) (wil|are gonna|are going to|gonna) (al )?pay for (this|what)|al pay(?<=(?<![a-z])(they|you|al of you|the lot of you|everyone) (wil|are gonna|are going to|gonna) al pay)(?= \\.|$)', category: 'threat', severity: 'warning', reason: MAYBE_THREAT },
  // the warning signs threat assessment teaches staff to hear, said before an attack on a school ("wait till you see what
  // I've got in my bag", "you're on my hit list", "one day they'll all be sorry", "everyone at this school is going to
  // regret it on Monday"), and street threats of today ("snitches get stitches", "gonna ride on them", "your car would look
  // better on fire", "come outside then") (not "wait till you see what I've got for you", "you're on my list for the trip")
  {
    pattern:
      '(what (ive|i have|i ve|im|i am) (got|bringing|brought|bring)|what il bring) in (my|me) (bag|backpack|rucksack|coat|pocket|locker|blazer)(?<=(?<![a-z])(wait|wait til|wait until|just wait til|you wil se|youl se|everyone wil se|al se) [a-z ]+)|(hit|kil|death) list|(youre|ur|you are|your name is|your names|hes|shes|theyre) on my list(?= \\.|$| (lol|mate|now|too|and|next|bruv|fam))|(they|you|everyone|every one|al of you|al of them)( wil|l) (al )?(be sorry|regret it|pay)(?<=(?<![a-z])one day [a-z ]+)|(regret|be sorry for) (it|this)(?<=(?<![a-z])(everyone|every one|al of you|you al|this school|everybody)( [a-z]+){0,4} (is|are|wil|s)( going to| gonna)? (regret|be sorry for) [a-z]+)(?= (tomorow|2moro|tmrw|on (monday|tuesday|wednesday|thursday|friday)|next wek|soon))|snitches get stitches|ride (on|out on) (them|em|you|u|ya|the opps|opps|their block)(?<=(?<![a-z])(gonna|going to|lets|let s|we wil|wel|time to|about to|finna) ride [a-z ]+)|(car|house|shop|van|face|school|classroom) (would|wil|d|could) lok (beter|nice|good|lovely) on fire|(you|u|ya) (want|wana|wanting|tryna)( to)? get (hurt|slapped|punched|battered|hit|smacked|banged|merked|stabbed|bodied|jumped|done)|say one more word(?= (and (il|i wil|im gonna|see what|watch what|i swear)|i dare you|to me))|outside (then|and say that|and say it)(?<=(?<![a-z])come outside [a-z ]+)|{iwill} (come|be coming|turn up) (to|round|at) (your|ur) (house|gaf|home|door|front door)(?= \\.|$| (tonight|tomorow|later|then|and (sort|deal|se)))|{iwill} wet (him|her|you|u|them|em|ya)( up)?(?! (with|in|at the|a bit))',
    category: 'threat',
    severity: 'warning',
    reason: MAYBE_THREAT,
  },
  // menace with no harm in its words: "your time is coming", "you've messed with the wrong family" (or the wrong mum, who
  // has the governors' email: a warning), "remember what happened to the last teacher who crossed us",
  // "I've got friends who'd sort you out", "my brother gets out next week and he knows who you are", "let's see you say that
  // at the gates", "we'll see how brave you are without your mates", "I hope you've got good insurance" (not "your time is
  // up" in a quiz, nor "we'll see how brave you are on the climbing wall")
  {
    pattern:
      '(your|ur|his|her|their) (time|turn|day) (is|s) coming(?= \\.|$| (mate|sir|miss|soon|bruv|and))|(mesed|mesing|mes|fucked|f[u*]+ed|f[u*]+ing) (with|around with) the wrong (family|person|man|woman|mum|dad|people|one|kid|lad|girl|boy|crew)|(remember|member|dont forget) what (happened|hapens) to (the last|that|the other) ([a-z]+ )?(teacher|kid|boy|girl|lad|person|one|guy|woman|man|snitch|head) (who|that)|(friends|mates|people|cousins|brothers|boys|uncles) (who|that)( would|d|wil|l| can| could)? (sort|deal with|find|hurt|batter|do|visit|see to) (you|u|ya|him|her)(?<=(?<![a-z])(ive|i have|i ve|i got|ive got|we ve|weve|we have|we got) [a-z ]+)|(knows|know) (who|what) (you|u|ya) (are|look like)(?<=(prison|jail|inside|locked up|gets out|getting out|released)( [a-z]+){0,8} (knows|know) [a-z ]+)|(lets|let s) se (you|u|ya) say (that|it) (at|to|outside|after|round) (the gates|my face|me|schol|home time)|se how (brave|hard|tough|big|clever|funny|smart|cocky|gobby|brave) (you|u|ya|he|she) (are|is|r)( then)? without (your|ur|his|her) (mates|friends|boys|gang|dad|brother|mum|bodyguards)|(hope|hoping) ((you|u|ya|he|she|they) (have|has|got|have got|has got)|(youve|uve|theyve|hes) got|youve|theyve) (good|decent|plenty of|god) (car |house |home |life )?insurance',
    category: 'threat',
    severity: 'warning',
    reason: MAYBE_THREAT,
  },
  // an angry parent's threat to a member of staff, with no harm in its words: "I'm not responsible for what I do if I see him",
  // "I can't promise I'll keep my hands to myself", "don't be surprised if something happens to your car", "give me five
  // minutes alone with him" (not "give me five minutes with him to explain the homework")
  {
    pattern:
      '(not|wont be|will not be|cant be|cannot be) (held )?responsible for (my actions|what i do|what i might do|what il do|what i wil do)|(keep|be keeping|kep) (my|me) hands (to|of) (myself|meself|him|her|them)(?<=(?<![a-z])(cant|cannot|can not|wont|dont) (promise|guarantee|say|swear)( that)? (il|i wil|i d|id|i can|i could|i ll) [a-z ]+)|(something|anything|owt|sumat|something bad) (hapens|hapened|were to hapen|was to hapen) to (your|ur|his|her|their) (car|house|home|kids|windows|family|face)(?<=(?<![a-z])(dont be|wouldnt be|wont be|do not be|would not be) surprised if [a-z ]+)|come (myself|to the (gate|gates|school|schol|playground)( myself)?) and (make|stop|deal with|teach|sort|show) ((this|that|the|his|her) (boy|girl|kid|child|lad|man|woman|teacher|buly|bully|dad|father|mum|mother|family)s?|him|her|them)(?! (the|a|an|our|your|how|where|round|around|to the|his|her) )|(five|5|ten|10|two|2|one|1|a few|thre|3) (minutes|mins|seconds|secs) (alone (with|in a room with)|in a room (alone )?with) (him|her|them|em|that [a-z]+|{titled})(?<=(?<![a-z])(give|gimme|leave|let) (me|us) [a-z0-9 ]+)',
    category: 'threat',
    severity: 'warning',
    reason: MAYBE_THREAT,
  },
  // threats in idioms found in the scored sets' misses but not written from any one of them: teeth knocked in, a window
  // bricked, "a man with nothing left to lose", "you're next", tyres let down,
  // hair set on fire, "end up in a ditch", "pulling up irl", "I've got your addy", "enjoy your last weekend with a full
  // set of teeth", "day of the rope", "gas the Jews" (not "Tom is next in the queue", "you'll end up in the pond if you
  // lean over", "got your address for the party invites", the tyres that went flat on the minibus)
  {
    pattern:
      '(teeth|head|face|lights) (knocked|kicked|smashed|punched|caved) (in|out|down|through)(?<=(?<![a-z])(get|gets|getting|geting|got|gonna get|going to get|ur getting|your getting|youre getting) (your|ur|his|her|their|ya|yer) [a-z]+ [a-z]+ [a-z]+)|(brick|bricking|bricked|put a brick through|putting a brick through) (his|her|your|ur|their|the teachers|that) (window|windows|car|windscreen|house)|(man|person|someone|woman|dad|mum|father|mother) with nothing (left )?to lose(?<=(?<![a-z])(find out|se|learn|know) what a [a-z ]+)|(youre|ur|you are|u r|your) next(?= \\.|$| (mate|bruv|watch|trust|i swear|on my))|(come back to|find|wake up to|return to|go out to) (four |4 |al four |two |2 )?(flat|slashed|let down) tyres(?<=(going to|gonna|wil|l) [a-z ]+)|set (him|her|you|u|them|em|(his|her|your|ur|their) (hair|head|coat|house|car|shed)) (on fire|alight|ablaze)|(have|get|getting|geting) (his|her|your|ur|their) (hair|house|car|shed) (set )?(on fire|alight|torched)|end up in (a|the) (ground|morgue|box|cofin|body bag|ditch|boot of a car)(?<=(?<![a-z])(youl|you wil|hel|he wil|shel|she wil|she would|he would|theyl|u wil|ul|you would|u would|youd|shed|hed|youre going to|your gonna|ur gonna) end up in [a-z ]+)|(puling|pulin|pul|puled) up (irl|on (you|u|ya|him|her|them)|to (your|ur|his|her) (house|yard|ends|school|gaf))|(got|have|found|know|knows) (ur|your|his|her|their) addy|with a ful set of teth(?<=(?<![a-z])(enjoy|last|final|while)( [a-z]+){0,4} with a ful set of teth)|(bodied|merked|shanked|leathered|stabbed|battered|jumped)(?<=(?<![a-z])(any|anyone|anybody|whoever|every|everyone)( [a-z0-9]+){0,6} (gets|get|wil get|is getting|is geting|gonna get|is gonna get) ({swear} )?[a-z]+)(?= \\.|$| (lol|fr|no cap|trust|i swear|on my))|day of the rope|gas the (jews|yids|kikes|y[*i]ds|j[*e]ws)',
    category: 'threat',
    severity: 'block',
    reason: THREAT,
  },
  // bullying in ways every playground knows: turning others against someone ("nobody invite her", "everyone unfollow him"),
  // wishing them gone ("why are you even alive"), mocking their family ("no wonder your dad left", "your mum's so poor"),
  // and a crowd laughing at them (not "block them if they send you nasty messages", nor "why are you here early?")
  {
    pattern:
      '(nobody|no one|noone) (invite|sit with|sit next to|talk to|play with|speak to|add|follow|hang out with|hang around with|pick) (her|him|them|em)(?= \\.|$| (to|at|anymore|again|ever|lol|shes|hes|theyre|cos|because|she|he))(?<!(?<![a-z])(if|when|please|you|u) [a-z]+ [a-z]+ [a-z]+)|(unfollow|block|ignore|blank|ghost|report) (her|him)(?= (everyone|every one|everybody|guys|yall|al of you))|(unfollow|block|ignore|blank|ghost|mass report) (her|him)(?<=(?<![a-z])(everyone|every one|everybody|guys|yall|al of you) [a-z ]+)|why (are|r|is|was) (you|u|ya|he|she) (even )?(alive|still alive|breathing|born)|why (are|r) (you|u|ya) even here|imagine being (that|so|this|as) (ugly|fat|thick|stupid|poor|dumb|short|weird|sad|smely|dry|broke|ginger|hairy|spoty)|no wonder (your|ur|his|her) (dad|mum|mom|parents|girlfriend|boyfriend|wife|husband|mates|friends) (left|walked out|dumped|doesnt love|dont love|hates|hate|divorced|moved out)|(everyone|everyones|every one|everybody|everybodys|the whole (school|year|clas)|al of us) (is |s |are |were |was )?(laughing|laughs|laughed) at (you|u|ya|him|her)(?! (joke|jokes))|(mum|mom|mam|mama|momma)s? (is )?so (fat|poor|ugly|stupid|dumb|old|hairy|short|smely)(?<=(?<![a-z])(your|ur|yo) [a-z]+ ([a-z]+ )?so [a-z]+)(?<!(say|said|saying|says|like|as|cal|caling|caled) (your|ur|yo) [a-z ]+)|go (cry|crying|and cry|run|running|and run) (to|back to|home to) (your|ur) (mummy|mommy|mum|mom|mam|mama|mumy)|(youre|ur|you are|u r|shes|hes|she is|he is) so (cringe|crusty)(?= \\.|$| (i|lol|no one|nobody|honestly|tbh|its|omg))|(youre|ur|you are|u r|shes|hes|she is|he is) so dry (no one|nobody|noone)',
    category: 'bullying',
    severity: 'warning',
    reason: 'Sounds like bullying aimed at someone.',
  },
  // bullying: exclusion ("nobody in that class can stand him"), but not a worried parent's "she feels nobody likes her"
  {
    pattern: '(nobody|no one|noone|no body|(everyone|everybody|every one|we all|al of us|we) hates?)(?<!(thinks|think|thought|feels|feel|felt|says|said|worried|worries|scared|afraid|tels|told) (that |like )?([a-z]+ )?[a-z]+( hates?)?)(( (in|at|from) ((that|this|the|our|his|her|their|my|your) )?[a-z]+)?( (actually|really|even|ever|truly|genuinely|honestly))? (likes|wants|cares about|loves|can stand|can bear|can stick) ({you}|him|her|them)| ({you}|him|her))',
    category: 'bullying',
    severity: 'block',
    reason: 'Harassment aimed at a person: telling them they are not wanted.',
  },
  { pattern: '{you} (have|got|have got|has) no (friends|mates)', category: 'bullying', severity: 'block', reason: 'Harassment aimed at a person: telling them they have no friends.' },
  // "…should be ashamed of himself, pathetic excuse for a teacher": the insult said after a comma, with no "is a"
  { pattern: '(pathetic|poor|sory|useles|sad|miserable|total|complete|absolute|utter|joke of an?) excuse for an? (teacher|head|headteacher|head teacher|human|human being|man|woman|parent|mother|mum|dad|father|person|ta|adult|caretaker|deputy|receptionist|coach)', category: 'bullying', severity: 'block', reason: 'An insult aimed at a person.' },
  // rumours that damage a member of staff or a parent, from a probe list: "the head is sleeping with the deputy", "Mrs
  // Baker is off her face on drugs half the time", "everyone knows Mr Walsh fiddles with kids" (not "the children are
  // sleeping with the lights on", "he is on drugs for his epilepsy")
  { pattern: '(sleping with|having an afair with|shaging|bonking|knocking of) (the|her|his|that|a) (deputy|head|headteacher|teacher|ta|caretaker|coach|pe teacher|receptionist|dinner lady|site manager|governor|chair of governors|[a-z]+s (dad|mum|husband|wife))|(sleping with|having an afair with|shaging|bonking|knocking of) {titled}', category: 'bullying', severity: 'warning', reason: 'Sounds like a rumour that could harm someone: check it.', also: 'sexual' },
  { pattern: '(of (her|his|their) face|on drugs|on the gear|coked up|smacked up|high as a kite|pised (al|half) the time|drunk (al|half) the time|always (drunk|pised|hungover|stoned|high))(?<=(?<![a-z])({he}|{titled}|the (head|teacher|ta|deputy|caretaker)) (is|s|was|wil be|seems|lok|looks|loks|is always|is clearly|is obviously)? ?[a-z ]+)(?! (for (his|her|their|a|the)|on (sugar|swets|sweets|cafeine|caffeine|cofee|coffee|haribo|excitement|life|adrenaline|fizzy|cake|chocolate)))', category: 'bullying', severity: 'warning', reason: 'Sounds like a rumour that could harm someone: check it.' },
  { pattern: '(fidles|fidled|fidling|interferes|interfered|interfering|touches up|touched up|touching up) (with )?(kids|children|pupils|boys|girls|litle (kids|boys|girls|ones)|the kids|the children)', category: 'bullying', severity: 'block', reason: 'Accuses someone of abusing children: if it is a concern, it goes to the DSL, never on a public page.' },
  // "you've got no friends", "he's got no dad lol", "no one will ever love you", "let's all ignore him tomorrow", "make a
  // group chat without her", "post that pic of her crying", "rate her out of 10" (not a worried parent's "he's got no
  // friends at his new school", "no one will ever love you like your mum does", "ignore him when he's showing off")
  { pattern: '(youve|uve|you have|u have|youve got|you got|u got) (got )?no (friends|mates|dad|mum|mom|life)(?! (yet|at|in|to|from|because))|(hes|shes|he has|she has) (got )?no (friends|mates|dad|mum|mom)(?= \\.|$| (lol|haha|lmao|thats why|no wonder))', category: 'bullying', severity: 'block', reason: 'Harassment aimed at a person.' },
  { pattern: '(nobody|no one|noone) (wil|would|could|is ever going to|is going to|is ever gona|is gona) (ever )?(love|like|want|mis|fancy|date|marry) ({you}|him|her)(?! (more|as much|like|to|too|back|as|when|if|at|in|on|for|after|from))', category: 'bullying', severity: 'block', reason: 'Harassment aimed at a person: telling them they are not wanted.' },
  { pattern: '(ignore|blank|avoid|leave out|not talk to|stop talking to|freeze out)(?<=(?<![a-z])(lets|let us|we should|everyone|were gona|we are gona|we wil|wel|everyone should) (al )?[a-z ]+) (him|her)(?= \\.|$| (tomorow|on monday|at schol|at lunch|at break|from now on|forever|lol|haha))', category: 'bullying', severity: 'warning', reason: 'Sounds like bullying aimed at someone: leaving them out.' },
  { pattern: '(group chat|gc|group|chat|new chat|new gc)s? without (him|her)(?= \\.|$| (lol|haha|in it|tho|though|obviously|ofc))', category: 'bullying', severity: 'warning', reason: 'Sounds like bullying aimed at someone: leaving them out.' },
  { pattern: '(post|share|send|screenshot|upload|put up|spread|leak) (that|the|this|those|these) (pic|pics|photo|photos|picture|pictures|video|videos|vid|vids|clip)s? of (him|her|them|[a-z]+) (crying|naked|in the shower|geting changed|changing|being sick|throwing up|faling over|weting (himself|herself)|in (his|her) (pants|underwear|knickers))', category: 'bullying', severity: 'block', reason: 'Harassment aimed at a person: spreading pictures to humiliate them.' },
  { pattern: 'rate (him|her|them|[a-z]+s (mum|dad|sister|brother)) out of (10|ten|100)', category: 'bullying', severity: 'warning', reason: 'Sounds like bullying aimed at someone.' },
  // exclusion and taunts about a child's family, said to them: "no one wants to sit with you", "you're the most hated
  // person in the year", "your mum must be so ashamed of you", "your real mum didn't want you", "your dad left because
  // of you" (not a parent's "your mum must be so proud of you")
  {
    pattern:
      '(nobody|no one|noone) (wants|wanted|wil|would|is going to|is gona) (ever )?(to )?(sit|play|talk|hang out|hang around|be friends|be sen|work|partner) (with|next to) {you}(?! (and|but|if|because|so|til|until|at (first|all)))|{youre} the most (hated|disliked|unpopular|annoying) (person|kid|girl|boy|one|child|pupil|loser) (in|at|of)|(your|ur) (mum|dad|mom|parents|family|nan) (must be|must feel|should be|is|are|wil be) (so |realy |proper )?(ashamed|embarased|disgusted) (of|by) {you}|(real|birth|actual) (mum|dad|mom|parents|mother|father) (didnt|did not|never|doesnt|does not|dont|do not) (want|love|care about|like) {you}|(your|ur) (mum|dad|mom|mother|father) (left|walked out|went|ran of) (because of|cos of|coz of|cause of|bc of) {you}',
    category: 'bullying',
    severity: 'block',
    reason: 'Harassment aimed at a person.',
  },
  { pattern: '({youre}|hes|shes|theyre|(he|she|they) (is|s|are)) (such an|an|a proper|a right|a total|a massive|a complete|so much of an) attention seeker', category: 'bullying', severity: 'warning', reason: 'Sounds like bullying aimed at someone.' },
  // blackmail: pictures or messages shared unless someone does as they are told ("if you tell anyone I'll share the
  // pics", "send more or I'll post your nudes", "I'll leak your nudes"); not "if you tell us your email we'll send the
  // photos", "log in or I'll send the messages again", "I'll share the pics from sports day"
  {
    pattern:
      '(if|when) (you|u) (tel|snitch|grass|say anything|say a word)( to)? (anyone|anybody|any1|any one|someone|sum1|your (mum|dad|mom|parents)|ur (mum|dad|mom|parents)|a teacher|the teachers?|sir|miss|the police|police)( [a-z]+){0,2} {share} (the|your|ur|them|those|these|everyone the|everyone your|everyone ur|al your|al ur|al the|al) {pics}|((if|when) (you|u) (dont|do not|block|ignore|report|stop|leave)( [a-z]+){0,3}|or( else)?) {share} (your|ur|everyone your|everyone ur|al your|al ur) {pics}|{share} (your|ur|everyone your|everyone ur|her|his|their) nudes',
    category: 'threat',
    severity: 'block',
    reason: 'Blackmail: threatens to share pictures or messages unless they do as they are told.',
    also: 'bullying',
  },
  { pattern: '(il|i wil|im gona|im going to|we wil|wel|ima|imma) tel (everyone|every one|everybody|the whole (schol|year|clas)|al (your|ur) (friends|mates)) (your secret|ur secret|what (you|u) did|what (you|u) (said|sent|told me))', category: 'bullying', severity: 'warning', reason: 'Sounds like bullying aimed at someone: a threat to expose them.' },
  { pattern: 'delete (your|ur) (acount|page|profile)(?= \\.|$| (loser|lol|nobody|no one|noone|pls|please|now|idiot|freak|weirdo|mate|cringe))', category: 'bullying', severity: 'warning', reason: 'Sounds like bullying aimed at someone.' },
  // directed insults: "you're so ugly", "he is a freak", "that Okafor girl is fat", "Finley's mum is a
  // stuck-up cow", "Mr Walsh is a f*ggot", "you sad old witch", "that new TA is a proper batty boy" (a slur
  // aimed at one person is bullying as well as hate); an insult reported as said to someone: was called "a bloody
  // muppet", called her a fat cow (not "they freak out", "he is a clown in the play",
  // "she is a witch for World Book Day", nor "they are annoying" of roadworks, nor "Mr Twit is disgusting")
  {
    pattern:
      '({youre}|{you}|hes|shes|theyre|(he|she|they) (is|s|are|was|were|look|looks|smells|seems)|{you} (look|looks|are|is|smell|sound|seem)|({person}|{titled}(?<! {storybook})) (is|s|was|are|were|looks|smells)|(called|calling|cal)( (him|her|them|me|us|my [a-z]+|our [a-z]+|another [a-z]+|a member of (our )?staff|staff|the [a-z]+|{titled}))?(?= an? )) {mods}*({insult}|{swearnoun}|arse(?! (about|around|over|end))|(?<!they(re| are| were| look| s)? ([a-z]+ ){0,3}){rude}(?! (to|towards|with|at|messages|message|comments|comment|texts|emails|posts|remarks|things|stuff|looks|pictures|videos|letters|notes|voice notes))|(?<!(you|u|ya|ye|yu) )joke)(?! ({dressup}|name|names|nickname|nicknames|word|words))',
    category: 'bullying',
    severity: 'block',
    reason: INSULT,
  },
  // a word that only names a person, whoever is called it: "One dad at pick-up was an absolute moron", "the new
  // caretaker is a total slob" (not "I was a complete idiot", said of oneself, nor "an idiot-proof form")
  {
    pattern: '(moron|idiot|imbecile|cretin|thug|slob|brat|numpty|halfwit|dimwit|buffoon|pillock|plonker|scumbag|lowlife|scrote|fud|(nasty|right|real) piece of work|waste of (space|oxygen|air))(?<=(?<![a-z])(is|was|s|are|were|being) (a|an|such a|such an|a bit of a) ([a-z*]+ ){0,4}[a-z ]+)(?<!(?<![a-z])(i|we) (was|were|being) [a-z* ]{1,60})(?! (proof|costume|outfit|{dressup}))',
    category: 'bullying',
    severity: 'warning',
    reason: 'Sounds like an insult aimed at someone.',
  },
  // a slur or strong language used as a name for someone pointed at: "the wanker", "that b*tch in year 2", "the
  // dyke who runs breakfast club", "the k*ke governor"
  {
    pattern: '({slur}|{swearnoun}|b[i*]tch|cow|slag|slapper)(?<=(?<![a-z])(the|that|this)( [a-z*]+){1,2})(?= (in (year|yr|y|clas|reception|nursery)|in (the|a|that) ([a-z]+ )?(van|transit|car|audi|bmw|hoodie|jacket|coat|wheelchair)|who|that|at (reception|pick)|from|away|next door|governor|teacher|head|ta|dad|mum|kid|boy|girl|woman|man|parent|lady)|$| \\.)',
    category: 'bullying',
    severity: 'block',
    reason: INSULT,
  },
  { pattern: '(weasel|snake|rat|worm|slug|excuse|joke|clown|waste|streak of piss|lump) of a (man|woman|teacher|head|headteacher|human|human being|person|parent|mum|dad|bloke)|(hasnt|has not|havent|have not|doesnt have|dont have) (got )?(two|2) brain cels', category: 'bullying', severity: 'block', reason: INSULT },
  { pattern: '(what|such) (a|an) {mods}*(loser|idiot|freak|moron|weirdo|failure|creep|cretin|muppet|prat|nutter|brat|thug|slob|numpty|pillock|plonker|halfwit|dimwit|buffoon|karen(?! (move|moves|thing|energy|behaviour|behavior|vibes?|moment|attitude|haircut|hair|style|way|cut))|waste of (space|oxygen|air))', category: 'bullying', severity: 'warning', reason: 'Sounds like an insult aimed at someone.' },
  // a slur used as a name with no verb, as an exclamation: "what a sp@z lol", "such a p*ki" (not "what a sp*stic
  // decision", nor "such a fag" (a chore)); "like a …" is left to hate unless a named person runs or looks like it
  {
    pattern: '(what|such) (a|an) ((proper|total|right|complete|absolute|massive|little|fat|stupid|ugly|{swear}) )?{slur}(?<!(what|such) (a|an) f[a*]g)(?= \\.|$| (lol|haha|lmao|tbh|ngl|mate|innit|honestly|seriously|omg|and|but))',
    category: 'bullying',
    severity: 'block',
    reason: 'A slur aimed at a person.',
  },
  // "has the personality of a soggy dishcloth", "the charisma of a wet lettuce" (not "the personality of the class", nor
  // a cat with the personality of a dog)
  {
    pattern:
      '(personality|charisma|brains|attention span|iq|intelligence) of (a|an) ((wet|damp|soggy|limp|stale|dead|boiled|mouldy|cold|used|lump of|bag of|sack of|bowl of|box of|tin of|piece of) )*(flannel|lettuce|dish ?cloth|rag|sponge|tea ?towel|brick|plank|potato|spud|rock|stone|lamp ?post|goldfish|gnat|peanut|tea ?bag|paper bag|cardboard box|cardboard|fish|slug|door ?knob|toaster|cabbage|turnip|mop|kipper|cucumber|pot plant|house ?plant|traffic cone|fence post|sprout|parsnip|chip|sock|doormat|breeze block|plank of wood|damp squib|wet weekend|beige wall|wall|paint|house brick|brick wall)',
    category: 'bullying',
    severity: 'block',
    reason: INSULT,
  },
  // smelling of bins or wee, said of a person (found by the smell, then the person looked back for)
  {
    pattern:
      '{stink}(?<=(?<![a-z])(he|she|hes|shes|{you}|(the|that|this|my|your|his|her|their|our) ([a-z]+ ){0,2}(boy|girl|kid|child|teacher|woman|man|lad|mum|dad|son|daughter|brother|sister|husband|wife|head|ta|bloke|lady|neighbour)|{titled}(?<! {storybook})) (smell|stink|reek)s? [a-z ]+)',
    category: 'bullying',
    severity: 'block',
    reason: INSULT,
  },
  // a relation or friend damned with the person just insulted: "…is a liar and her mum is even worse"
  {
    pattern:
      '(even worse|just as bad)(?<=(?<![a-z])(his|her|their) (mum|dad|mother|father|parents|family|brother|sister|wife|husband|mate|mates|friend|friends|son|daughter|kids) (is|s|are) [a-z ]+)(?<=(?<![a-z])(idiot|moron|loser|freak|cow|pig|rat|witch|bitch|snake|liar|brat|muppet|prat|git|scumbag|nutter|psycho|weirdo|creep|slob|useless|stupid|ugly|fat|thick|vile|nasty|spoilt|joke|{swearnoun})( [a-z.*]+){0,4} (and|but|\\.) [a-z ]+)',
    category: 'bullying',
    severity: 'block',
    reason: INSULT,
  },
  // name-calling someone described by where they work: "that lazy cow in the office", "this smug git at reception
  // needs sacking" (not "that fat pig in the barn")
  {
    pattern:
      '(that|this) ((nasty|stupid|ugly|fat|useless|smelly|vile|horrible|lying|miserable|stuck ?up|two ?faced|lazy|gobby|jumped up|smug|arrogant|old|little|power ?mad|{swear}) )+(rat|witch|cow|pig|snake|hag|bitch|idiot|moron|muppet|cretin|pillock|prat|git|scumbag|slob|troll|jobsworth|{swearnoun})(?= (on|at|behind|in) (the )?(front desk|desk|reception|office|school office|gate|gates|door|counter|till|phones?|staff ?room|car park|year|yr|class)| (who|that) (works|runs|teaches|answers|sits|thinks|is in charge)| (needs|should be|ought to be|deserves|wants) (sacking|sacked|firing|fired|to be sacked|to be fired|to go|a slap))',
    category: 'bullying',
    severity: 'block',
    reason: INSULT,
  },
  // "the most annoying child I have ever taught", "the worst manager I have ever had", "she's the ugliest kid in
  // Year 6"; superlatives of looks and wits need no verb: "the ugliest kid in Year 6" (but "the worst parent in the
  // world" is how parents talk about themselves)
  {
    pattern:
      '((is|s|was|hes|shes|whos|thats|has to be|must be)(?<!(mr|mrs|ms|miss) {storybook} [a-z]+) (the|easily the|by far the|probably the|honestly the|definitely the) (worst|most (annoying|irritating|useless|pathetic|horible|vile|obnoxious|stupid|lazy|incompetent|spoilt|unbearable|boring|arogant)|laziest|thickest|stupidest|ugliest|nastiest|rudest|smeliest|weirdest|fatest|biggest (idiot|loser|joke))|(ugliest|fattest|thickest|stupidest|dumbest|nastiest)(?<=(?<![a-z])the [a-z]+)) (child|kid|boy|girl|pupil|student|teacher|manager|bos|head|headteacher|coleague|parent|mum|dad|mother|father|woman|man|person|human being|ta|governor|bloke|lady)(?! (car|parking|evenings?|portal|meetings?|newsletter|survey|group|app|council|forum|reps?|helpers?|governors|ofice|rom|pay|days?|asistants?|rota|award|of the))',
    category: 'bullying',
    severity: 'block',
    reason: INSULT,
  },
  // insults to looks and wits, and mockery, whoever they are aimed at
  { pattern: 'face like a ((slaped|smacked|spanked|kicked|burst|baboons) (arse|ass|bum|hadock)|bag of (spaners|chisels)|bulldog chewing a wasp|dropped pie|smashed crab|welders bench|wet weekend)|face only a mother could love', category: 'bullying', severity: 'block', reason: "An insult to someone's looks." },
  { pattern: '(couldnt|could not|cant|can not|cannot) (run|organise|organize) a (bath|bath let alone [a-z ]+|piss ?up in a brewery|raffle let alone [a-z ]+)', category: 'bullying', severity: 'warning', reason: 'Sounds like an insult aimed at someone.' },
  // more of the same, met in fresh wordings: "couldn't teach a dog to sit", "couldn't find her way out of a paper bag", "do
  // they even wash?", "your kid smells", "a stick up his backside", "did the new receptionist get dressed in the dark?"
  // (not an odd-socks day's "we all got dressed in the dark"), "who let her near children?"
  {
    pattern:
      "(couldnt|could not|cant|can not|cannot) (teach|train) a (dog|fish|parot) to (sit|swim|talk)|(couldnt|could not|cant|can not|cannot) (find|fight|teach|think|talk|punch) (his|her|their|your|ur|its) way out of a (wet )?paper bag|do (they|you|u|he|she) even wash(?= \\.|$)|(your|ur) (kid|kids|son|daughter|child|boy|girl|lad|mum|mom|dad) (smels|stinks)(?= \\.|$| and| like| of (wee|pis|piss|poo|bo|sweat|fags))|stick up (his|her|their|your|ur) (arse|backside|bum|but|butt|ass|botom)|(did|does|looks like|lok like|loks like|loked like) (he|she|{titled}|(the|that) (new )?[a-z]+) (get|got|gets) dresed in the dark|who (let|lets|alowed|hired) (him|her|{titled}|(that|this) [a-z]+) (near|anywhere near|work with|teach|loose on) (children|kids)",
    category: 'bullying',
    severity: 'warning',
    reason: 'Sounds like an insult aimed at someone.',
  },
  // mockery from a blind writer's list (2026-12-07): "resting witch face", "Lewis is the thick one in the class", "the mum in
  // the leopard print leggings needs a mirror and a salad", "Woman needs a hobby. Or a personality.", "those shirt buttons
  // are working overtime", "Mr Reid can't even spell", "can't teach as well as he can eat", "Mr Bennett's toupee" (not
  // "the plants need a wash", "the new one", "my son can't even spell 'because' yet")
  {
    pattern:
      "resting (bitch|witch|b[*]tch|[a-z]+) face|(is|s|was) the (thick|dumb|stupid|ugly|fat|smelly|weird|slow|thicko) one(?! (in the (story|book|film|play)|of the (two|three) (books|films|designs|options)))|(she|he|woman|man|mum|dad|teacher|ta|head|{titled}|leggings|bloke|lady) (needs|need) a (mirror|salad|diet|personality|shave)(?= \\.|$| and a| or a|,)|(needs|need) a (mirror|salad|diet|personality) and a (mirror|salad|diet|personality|life|hobby|wash)|or a personality(?= \\.|$| or both)|buttons (are )?(working|doing) overtime|({titled}|(the|that|this) (new )?(teacher|head|headteacher|ta|deputy)) (cant|can not|cannot) even (spell|read|count|write|teach|add up)|as wel as (he|she|they) (can )?eats?(?= \\.|$)|{titled}s? (toupee|syrup)|(spend|spent|spending) les time (on here|on facebook|on fb|posting|on your phone|on ur phone)( [a-z]+){0,3} and more time|shave (that|the) [a-z]+ of (his|her) (lip|face)|(colleagues|teachers|staff|some people|she|he) (should|shouldnt) (just )?(not )?be alowed near (children|kids)",
    category: 'bullying',
    severity: 'warning',
    reason: 'Sounds like an insult aimed at someone.',
  },
  // what is said of someone's sex life to shame them: "Kayleigh's mum is the village bike" (not "the village bike ride"),
  // "she got the job by sleeping with the governors"
  {
    pattern:
      "(is|s|was|shes|hes) (the|a) (vilage|town|estate|school) bike(?! (ride|rides|race|shop|rack|hire|scheme|path|club|trail|shed|wek|day))|(got|get|gets|getting|earned|earnt) (the|that|her|his|this) (job|promotion|role|post) (by|for) sleping with",
    category: 'bullying',
    severity: 'block',
    reason: INSULT,
  },
  // an insult said the other way round: "what a liar Miss Grant is", "what an idiot that teacher is"
  {
    pattern:
      "what (a|an) ((little|lying|right|complete|total|absolute|nasty|utter) )?{insult} ({titled}|he|she|they|(that|this|the|your|ur|his|her) ([a-z]+ )?(teacher|head|headteacher|woman|man|kid|boy|girl|lad|parent|mum|dad|bloke|lady|ta|receptionist|caretaker|governor|son|daughter|child)) (is|realy is|was|are)(?= \\.|$| (and|but|honestly|tbh|lol|everyone|so))",
    category: 'bullying',
    severity: 'block',
    reason: INSULT,
  },
  { pattern: '(as )?thick as (two short planks|a short plank|a plank|a brick|mince|pig ?shit|shit)', category: 'bullying', severity: 'warning', reason: 'Sounds like an insult aimed at someone.' },
  // the same said the long way round: "a few sandwiches short of a picnic", "not the sharpest tool in the box", "no oil
  // painting", "the lights are on but nobody's home"
  { pattern: '(sandwich|sandwiches|sarnies|fries|chips|bricks|screws|slates|tiles|cards|pence|sheep|coins) short of an? ([a-z]+ ){0,2}(picnic|hapy meal|load|ful deck|deck|pound|shiling|ful shiling|flock|set)|not the (sharpest|brightest) (tool|knife|pencil|crayon|bulb|spark|button|star)( in the [a-z]+)?|(is|s|shes|hes|isnt|aint|was) no oil painting|lights are on but (nobody|no one|noone|no1|nobodys|no ones|noones)( is| s)? home', category: 'bullying', severity: 'warning', reason: 'Sounds like an insult aimed at someone.' },
  { pattern: 'look at the state of ((that|this|the) ([a-z]+ ){0,2}(kid|boy|girl|lad|teacher|man|woman|bloke|mum|dad)|(that|this|the) (([a-z]+ )?(fat|ugly|skinny|spotty|scruffy|weird|smelly|greasy|chubby|porky|gormless|dopey|minging) )+(little |big |old )?(one|ones|lot)|him|her|(his|her) (hair|face|teeth|clothes))', category: 'bullying', severity: 'warning', reason: 'Sounds like mockery aimed at someone.' },
  // name-calling with no verb: "Nasty little rat", "stupid ugly cow", "Clueless muppet.", "lying toad" — an unkind
  // word and a name for a person, not after a determiner ("the evil witch in Hansel and Gretel", "our fat pig at
  // the farm", "one particularly fat pig", "a lazy boy" chair) and not a costume ("evil witch costume"); and a slur used of one person: "the
  // spaz kid in Year 2" (but "pikey family", "p*kis at this school" name a group: hate alone)
  {
    pattern:
      '(nasty|stupid|ugly|fat|sad|pathetic|useless|worthless|dirty|filthy|smelly|vile|horrible|horrid|evil|lying|thieving|sneaky|spiteful|miserable|stuck ?up|two ?faced|dumb|lazy|clueless|brainless|disgusting|creepy|thick|gobby|mouthy|jumped up|smug|arrogant|ignorant|manky|minging)(?<!(the|a|an|this|that|these|those|his|her|their|our|my|your|its|of|like|as|some|any|one|no|every|each|[0-9]+) (stuck ?up|two ?faced|jumped up|[a-z]+))(?<!(the|a|an|this|that|these|those|his|her|their|our|my|your|its|some|any|one|no|every|each|[0-9]+) (particularly|very|really|rather|quite|extremely|most|so|seriously|properly) [a-z]+) ((nasty|stupid|ugly|fat|sad|old|little|dirty|smelly|lazy|thick|dumb|pathetic|useless|lying|two ?faced|stuck ?up) )*(rat|witch|cow|pig|snake|toad|slug|weasel|hag|cockroach|bitch|idiot|moron|muppet|loser|freak|creep|cretin|imbecile|pillock|prat|git|plonker|scumbag|tramp|slob|weirdo|nonce|psycho|nutter|liar|brat|oaf|troll|waste of (space|oxygen|air))(?! (costume|outfit|mask|hat|ears|nose|character|story|book|puppet|toy|pen|sty|farm|drawing|picture|race|{dressup}|from (the|a)|on (the|stage)))|{slur} {people}',
    category: 'bullying',
    severity: 'block',
    reason: INSULT,
  },
  // the same words before a title: "L0ser teacher Miss J0nes can't even…", "useless Mr Hughes"
  { pattern: '(loser|useless|idiot|moron|clueless|pathetic|ugly|fat|stupid|thick|creepy|lazy|scumbag|dickhead|tosser|twat) ((teacher|head|headteacher|ta|pe teacher|supply teacher) )?{titled}(?<! {storybook})', category: 'bullying', severity: 'block', reason: INSULT },
  // singling someone out in public with a criticism: "…need to get a grip. Yes, you, Mrs Dawson", "You know who you
  // are, Gemma. Pathetic." (but a thank-you to "you know who you are" is kind, and "Yes, you, Mrs Patel, won the raffle")
  {
    pattern:
      '{jibe}( \\.)? (and )?(yes|yeah|looking at) (you|u)( \\.)? {titled}|(you|u) know who (you|u) are ([a-z]+ )?\\. {jibe}',
    category: 'bullying',
    severity: 'block',
    reason: 'Singles a person out in public with an insult.',
  },
  // a child (or anyone) called a terror or a menace: often said fondly in school talk, so only a warning, but it
  // labels a child in public ("That Kai Nguyen is a little terror", "Kai's a right little madam", "he's a
  // nightmare"). Anyone at all "is a little terror" (a name need not be on the roster, and a separate named phrase
  // would cost a pass over every word), but only a person is "a nightmare" or "a menace" ("parking is a
  // nightmare"); not "a monster fan", "a terror in the play". The words are found first and the person looked
  // back for, which keeps the phrase cheap.
  {
    pattern: '{littleterror}(?! {notaname})(?<=((hes|shes|youre|ur|(he|she|you|u) (is|was|are|r)|(girl|boy|kid|child|lad|son|daughter|one|mum|dad|mother|father|parent|teacher|neighbour|(mr|mrs|ms|miss|sir|dr) (?!{storybook} )[a-z]+)( is|s| was)) {littleterror}|[a-z]( is| was|s) ([a-z]+ ){0,3}little [a-z]+))',
    category: 'bullying',
    severity: 'warning',
    reason: 'Calls a person a name: often meant fondly, but it labels them in public.',
  },
  // "prick" aimed at a person, but not the pricks of a hedgehog nor the little prick of a vaccine, nor "did you prick
  // your finger"
  { pattern: '({you}|{youre} a|such a|what a|{he} a|{he} such a|a right|a total|a proper|an absolute|a complete|you little|{you} little|{you} (polish|irish|scottish|welsh|english|paki|romanian|muslim|jewish|black|white|gay|fat|old|dirty|smelly|ugly|sad|lazy|thick)) pr[i*]ck(?! (of|your|ur|yourself|urself|my|his|her|their|its|it|the|a|an|on|with|through|them|him|me|us)(?![a-z]))|pr[i*]ck(?<=(?<![a-z])(that|this) pr[i*]ck)(?= (from|at|in|who|next|down|over|on|with|over|\\.)|$)', category: 'profanity', severity: 'block', reason: 'Strong language aimed at a person.', also: 'bullying' },
  {
    pattern: '(absolute|total|complete|utter|right|proper|massive|huge|smug|arrogant|{swear}) (little )?pr[i*]ck(?! of (a|an|the) (needle|pin|thorn|rose|holy|bramble|cactus|hedgehog|vacine|injection))|(such|what) an? prick of an? [a-z]+|(like|acting like|being) a (?!(little|tiny|smal|sharp|slight|quick|short) )([a-z]+ )?prick(?! of)',
    category: 'profanity',
    severity: 'block',
    reason: 'Strong language aimed at a person.',
    also: 'bullying',
  },
  // "bellend" written as two words: "an absolute bell end" (not the bell at the end of the corridor)
  // …nor the Worcestershire village: "we stayed near Bell End"
  { pattern: 'bell end(?! (of|the|to|at))(?<!(?<![a-z])(near|in|at|to|from|through|via|visited|visiting|past) bell end)', category: 'profanity', severity: 'block', reason: 'Strong language.' },
  // an f-word with every letter after the first starred out, which the word matcher leaves: "F*** me"
  { pattern: 'f\\*{3}', category: 'profanity', severity: 'block', reason: 'Strong language, starred out.' },
  // the f-word said by its first letter: "eff off", "go f yourself"
  { pattern: '(ef|f) (of|yourself|urself)(?<=(^|\\. |(?<![a-z])(go|just|to|and|you can|so|then|now|mate) )(ef|f) [a-z]+)', category: 'profanity', severity: 'warning', reason: 'Strong language, said by its first letter.' },
  // slurs starred all but their first and last letters, which still say them: "n***a", "n****r", "f****t", "p**i"
  { pattern: '(n\\*{3}a|n\\*{4}(a|r)|n\\*{2,3}er|f\\*{4}t|p\\*{2}i)s?', category: 'hate', severity: 'block', reason: 'A slur, starred out.' },
  // sexual: what someone would do to a person, spam, and talk of sex
  {
    pattern:
      '(id|i would|i wud|wud|would|i wana|i want to|wana|im gonna|il|i wil) ((bend|bent) (her|him|you|u|ya|that [a-z]+|{titled}) over(?! backwards)|(tap|hit|smash|do|bang|shag|ride|nail) (her|him|{titled}|(the|that) (new |fit |hot )?(teacher|ta|receptionist|dinner lady|pe teacher|supply teacher|student teacher)|(his|her|your|ur) (mum|mom|sister))(?= \\.|$| (lol|tbh|ngl|any day|in a heartbeat|al night|so hard|mate|if|and|though|tho|haha))|(?<=(?<![a-z])(id|i would|i wud|wud|would) )(tap|hit|bang|shag) that(?= \\.|$| (lol|tbh|ngl|any day|in a heartbeat|al night|so hard|mate|if|and|though|tho|haha))|give (her|him|{titled}) one(?= \\.|$| (lol|tbh|ngl|any day|in a heartbeat|mate|haha|though|tho))(?<=(?<![a-z])(fit|hot|sexy|fanciable|peng|buff|gorgeous|lush|tidy|stunning) [a-z. ]{1,60}))',
    category: 'sexual',
    severity: 'block',
    reason: 'Sexual content aimed at a person.',
  },
  {
    pattern:
      '(get|got|gets|getting) laid(?<=(?<![a-z])(wana|wants? to|hop(e|ing) to|needs? to|try(ing)? to|tryna|desperate to|never|finaly|didnt|cant|i|you|u|he|she|they|we) (get|got|gets|getting) laid)(?= \\.|$| (tbh|tonight|lol|haha|ngl|again|more|ever|for once|mate|this weekend|at the weekend|on holiday|soon|lately))|(f[u*]?[c*]?[k*]+|fuk|shag|screw|bang|bonk|ride) (([a-z]+ ){1,2}brains out|(me|her|him|you|u|my [a-z]+|his [a-z]+) (senseles|hard|rough|al night))|suck (my|his|me|him|on my|on his) (dick|cock|bals|nuts|tits|knob|of)|sit on my face|(dick|cock|tit|tity|boob) (pics?|pictures?|photos?|selfies?)|(wana|want to|wants to|lets|like to|gonna|going to|i would|id) (have sex|shag|bang|screw|fuck) (with )?(me|you|u|her|him|{titled})(?! (out|up|in the|round|about|into|over))',
    category: 'sexual',
    severity: 'block',
    reason: 'Sexual content.',
  },
  {
    pattern:
      'hot singles|(hot|horny|naughty|sexy|dirty|busty|kinky|sluty) ((single|local|lonely|bored|married|mature|real) )?(singles|milfs|babes|wives|housewives|girls|women|ladies|mums|moms|chicks|cougars|teens|guys|men) (near you|in your area|nearby|((in|around|from) [a-z]+ )?(want|wana|are waiting|waiting|are looking|looking|who want|are dying) (to|for))|(meet|date|chat with|chat to|hook up with) (hot|horny|naughty|sexy|busty|kinky|sluty) (singles|milfs|babes|wives|housewives|girls|women|ladies|mums|moms|locals|guys|men)',
    category: 'sexual',
    severity: 'block',
    reason: 'Sexual spam.',
  },
  // sexual questions and talk every safeguarding lead has seen: a child asked what underwear they have on or whether
  // they are a virgin, an adult giving their age to children ("any year 7s want to snap me, I'm 19"), "let me see you in
  // your swimsuit", a girl "asking for it" because of what she wore, and sex acts said in slang (not the Virgin Mary,
  // Virgin Media, "she gives her head a shake", nor DTF printing on the PTA's hoodies)
  {
    pattern:
      '(what|wat|wot) (colour|color|kind of|type of|knickers|underwear|bra) ((bra|knickers|underwear|pants|boxers|thong|undies) )?(are|r|is|do) (you|u|ya|she|her) (wearing|in|wear|got on)|(are|r) (you|u|ya) (a |stil a |even a )?virgin(?! (media|trains|mary|atlantic|money|active|galactic|islands|queen|birth|olive))|(you|u|ya|ur) a virgin(?= \\.|$| (lol|then|or|tho|still))|dtf(?= \\.|$| (tonight|lol|x|xx|hmu|babe|dm|msg|then|or not|rn))|gives? (good|great|decent|the best|amazing) (head|brain)|packing (down there|in (his|her|the) (pants|trousers|shorts|boxers))|(year|yr) ?(7|8|9|seven|eight|nine|[1-6])s? ((girls|boys|lads) )?(want|wana|fancy|like|wanting)( to)? (snap|dm|message|chat|add|inbox|text|meet|hang out)( with)? me(?![a-z])|(snap|dm|message|add|inbox|text) me(?= (im|i m|i am) (1[89]|[2-9][0-9])(?! (minutes|mins|seconds|hours|percent)))|let me see (you|u|ya) in (your|ur) (pe kit|swimsuit|swimming costume|bikini|leotard|underwear|knickers|bra|pyjamas|uniform)|asking for it(?<=(skirt|dress|wearing|wore|drunk|dressed like|flirting|top|shorts)( [a-z]+){0,6} (was|is|s|were) asking for it)|(fingered|fingering) (her|him|me)(?= \\.|$| (at|in|behind|on|under|last|after|during|and))',
    category: 'sexual',
    severity: 'warning',
    reason: 'May be read as sexual, or as an approach to a child.',
  },
  // spam for sex by chat or camera ("s3x chat", "live sex cams"), but not sex education, single-sex schools or the
  // sex of a baby. "Hot singles" above is the same trade: people offered for sex, not a dating club's news.
  { pattern: 'sex (chat|chats|cam|cams|camming|dating|contacts?|hook ?ups?|meets?|lines?|party|parties|toys|shop)|(free|live|hot|phone|cyber) sex(?! (education|ed|discrimination|differences|characteristics|of|and|or))|cybersex', category: 'sexual', severity: 'block', reason: 'Sexual spam.' },
  // a child sexualised with no explicit word: "has a great body for an 11 year old", "hot for a Year 6", "sexy for
  // her age" said of a girl in Year 6 (a child earlier in the sentence). The most serious thing the checker can
  // catch: blocked. (Not "a great voice
  // for an 11 year old", "tall for her age", "mature for a 10 year old", "her vocabulary is well developed for a
  // 7 year old", "fit for purpose".)
  {
    pattern:
      '{sexualised} for (an? ({childage})|an? (year|yr) [0-9]+|an? (primary school|primary|school) ?(girl|boy|kid|child|pupil)|a (little )?(girl|boy|kid|child)|(her|his) age(?<=(?<![a-z])(girl|girls|kid|child|daughter|son|pupil|boy|year [0-9a-z]+|yr [0-9a-z]+|{childage}) [a-z ]+)|([0-9]+|eight|nine|ten|eleven|twelve|thirteen)(?! (min|mins|minutes|hours|hrs|days|weeks|months|years|quid|pounds|pence|p|am|pm|degrees|seconds|secs|laps|miles|km))(?<=(?<![a-z])(girl|kid|child|daughter|son|pupil|boy|she|he|shes|hes) (is|s|looks|loks|lok|looking) [a-z ]*{sexualised} for [a-z0-9]+))',
    category: 'sexual',
    severity: 'block',
    reason: 'Sexualises a child.',
  },
  // a child asked after as a date: "your daughter is gorgeous, is she single? 😉" (a parent's joke, at best: a warning)
  { pattern: 'is (she|he) (single|taken|available|seeing anyone)(?<=(?<![a-z])(daughter|girl|son|boy|kid|child|pupil|year [0-9a-z]+)( [a-z0-9.]+){1,12})', category: 'sexual', severity: 'warning', reason: 'May sexualise a child: check who this is about.' },
  // …and "fit for her age" may be a grandmother who runs marathons, or a Year 6 girl in the cross-country: a warning
  { pattern: '({sexualised}|fit|so fit|really fit|very fit) for (her|his) age', category: 'sexual', severity: 'warning', reason: 'May sexualise a child: check who this is about.' },
  // a remark on a woman's body or a wish to bed a parent or a colleague: "has got a lovely pair on her", "the hot
  // dad in Year 5 … wouldn't say no" (not "a lovely pair of shoes on her", "hot dinners", "wouldn't say no to a cuppa")
  {
    pattern:
      '(lovely|nice|great|cracking|fantastic|massive|huge|big|decent|fine|perfect|cheeky) (pair|set|rack|jugs|melons|knockers|bazookas|norks|tits|boobs|bum|arse|ass) on (her|him|{titled}|(his|your|ur|[a-z]+s) (mum|mom|wife|sister|daughter|girlfriend|missus))(?= \\.|$| (lol|haha|mate|tbh|though|tho|eh|innit|ngl|and|but))|(wouldnt|would not|wudnt) say no(?<=(hot|sexy|fit|flirting|flirted|flirt|flirty|fancy|fancies|fanciable|gorgeous|lush|peng|buff|eyeing|checking me out|chatting me up)( [a-z.0-9]+){3,16})(?! to (a|an|the|some|more|another|any|one|[0-9]))',
    category: 'sexual',
    severity: 'block',
    reason: 'Sexual content aimed at a person.',
  },
  {
    pattern: '(hot|sexy|fanciable|shaggable|peng|buff) (dad|dads|mum|mums|mom|moms|mother|father|parent|teacher|ta|supply teacher|pe teacher|headteacher|lollipop (lady|man)|caretaker|step ?dad|step ?mum)(?! (bootcamp|class|classes|group|sessions?|walk|run|club|programme|challenge|tips|workout|fitness|camp|meals?|dinners?|drinks?|chocolate|evenings?|water|day|days|weather|yoga))',
    category: 'sexual',
    severity: 'warning',
    reason: 'May be read as sexual, about a parent or a member of staff.',
  },
  // showing or asking for genitals: "wanna see my d1ck", "show me your boobs" (not "want to see my Willy Wonka costume")
  {
    pattern:
      '((wana|want to|do you want to|dya wana|d ya wana|u wana|you wana|come and|come) (see|look at|touch|feel|suck|hold|play with|lick|kiss) (my|me)|(show|send|flash) (me|us) (your|ur|ya|yer)) (dick|cock|willy|knob|todger|penis|balls|boobs|tits|pussy|fanny|privates|private parts|arse|ass)(?! (wonka|fox))',
    category: 'sexual',
    severity: 'block',
    reason: 'Sexual content aimed at a person.',
  },
  // innuendo about a teacher: "can give me private lessons whenever", "can punish me any time", "I'd gladly get a
  // detention" said of a teacher (not "private lessons available from the music service", nor detention duty)
  {
    pattern:
      '(can|could) give (me|us) (a )?(detention|detentions|lines|a telling off|extra homework) (any ?day|any ?time|any ?night|whenever)|(give|teach|tutor) (me|us) (a )?(private|personal|special|one to one) (lesson|lessons|tuition|session|sessions|class|classes) (any ?day|any ?time|any ?night|whenever)|(can|could) (punish|discipline|spank|detain|tie up) me (any ?day|any ?time|any ?night|whenever)|detentions?(?! (duty|duties|rota|cover|room|slips?|letters?|policy))(?<=(?<![a-z])(id|i would|i wud) (happily|gladly|willingly|love to) (stay behind|be kept behind|stay late|get|take|do|have) (for |a |in )?detentions?)(?<=(?<![a-z])(mr|mrs|miss|ms|sir|teacher|ta|lesson|fit|hot|sexy) [a-z. ]{1,80})',
    category: 'sexual',
    severity: 'block',
    reason: 'Sexual innuendo aimed at a person.',
  },
  // "will be getting lucky tonight" after date night with the husband (not a raffle's winner)
  { pattern: '(get|getting|got) lucky(?= (tonight|later|this weekend|at the weekend))(?<=(date night|hubby|husband|hubs|wife|wifey|missus|boyfriend|girlfriend|partner|fella|other half|anniversary)( [a-z.]+){1,12})', category: 'sexual', severity: 'warning', reason: 'May be read as sexual.' },
  // asking a child for pictures of their body: "send a pic in ur underwear"
  { pattern: '(underwear|pants|knickers|bra|bikini|swimsuit|boxers|body|bum|boobs|chest)(?<=(?<![a-z])(send|sending|snd) (me |us )?(a |some )?(pic|pics|photo|photos|picture|pictures|selfie|selfies|vid|video) (in|of) (ur|your|yr) [a-z]+)', category: 'sexual', severity: 'block', reason: 'Asks for sexual pictures.' },
  // …or of what they are wearing: "send me a pic of what you're wearing tonight"
  { pattern: '(pic|pics|photo|photos|picture|pictures|selfie|selfies|vid|video)(?<=(?<![a-z])(send|sending|snd) (me|us) (a |some )?[a-z]+) of what (you|u|ur|youre|your) (are |r |re )?wearing', category: 'sexual', severity: 'block', reason: 'Asks for sexual pictures.' },
  // approaching a child: "hey cutie how old are you", "add me on snap, our little secret", "don't tell your mum about
  // our chats", "what are you wearing right now", "a nice body for 11"
  {
    pattern:
      'old (are|r) (you|u)(?<=(?<![a-z])(cutie|sweetie|babe|hun|gorgeous|sexy|beautiful|pretty)( [a-z]+){0,3} how old (are|r) (you|u))|(snap|snapchat|insta|instagram|whatsapp|kik|telegram)(?<=(?<![a-z])add me on (snap|snapchat|insta|instagram|whatsapp|kik|telegram))(?<=(cutie|sweetie|babe|hun|secret|gorgeous|sexy|beautiful|pretty)[a-z0-9. ]{1,60})|(secret|chats|messages)(?<=(?<![a-z])(dont|do not) tel (your|ur) (mum|mom|mam|dad|parents|teacher) about (us|me|our|our (litle )?(secret|chats|messages)))|wearing(?<=(?<![a-z])what (are|r) (you|u) wearing)(?= \\.|$| (right now|rn|now|tonight|in bed|babe|hun|sexy|cutie))|(body|figure) for (a |an )?([0-9]+|her age|his age|a [0-9]+ year old)(?<=(nice|great|lovely|amazing|fit|hot|good|developed|womanly) (body|figure) [a-z0-9 ]+)',
    category: 'sexual',
    severity: 'block',
    reason: 'Reads like an adult approaching a child sexually (grooming).',
  },
  // a body talked of as sex: "Mrs Cole has a great rack", "the TA has a lovely arse"; and wanting it: "wanna hook up",
  // "gagging for it", "I'd give Mr Walsh one", "wet and ready"
  {
    pattern:
      '(rack|jugs|melons|arse|ass|booty|bum)(?<=(?<![a-z])(has|has got|got|what) (a|such a) (nice|lovely|great|huge|massive|big|fit|peng|tidy|cracking) (rack|jugs|melons|arse|ass|booty|bum))(?! (of|on the|in the (garden|clas|kitchen)|bag|bags))|hook up(?<=(?<![a-z])(wana|want to|fancy|lets|shal we|up for a|looking to) hook up)(?! (the|a|your|ur|my|to|with the)(?![a-z]))|(gagging|begging) for it(?= \\.|$| (lol|tbh|mate|haha))|one(?<=(?<![a-z])(id|i would|i wud) give (him|her|{titled}) one)(?= \\.|$| (lol|tbh|ngl|mate|haha|any day|in a heartbeat))|wet and ready(?= \\.|$| (for (you|u|him|her|it)|babe|hun))',
    category: 'sexual',
    severity: 'block',
    reason: 'Sexual content about a person.',
  },
  // talk of a person's sex life: "pure sex on legs", "a right goer in the sack", "any good in bed"
  { pattern: 'sex on legs|(goer|god|great|amazing|animal|beast|dynamite|wild|rubbish)(?<=(?<![a-z])(right|real|a|any|so|an|be|is|was) (goer|god|great|amazing|animal|beast|dynamite|wild|rubbish)) in the (sack|bedroom)', category: 'sexual', severity: 'block', reason: 'Sexual content about a person.' },
  // "that new TA is well fit, would smash" (not "would smash it" at the audition)
  { pattern: '(smash|bang|tap|ride)(?<=(?<![a-z])(would|wud|wd|id) [a-z]+)(?= \\.|$| (tbh|ngl|lol|though|tho|mate|haha|defo|no question))(?<=(fit|hot|sexy|peng|buf|fanciable|gorgeous|lush)( [a-z.]+){1,8})', category: 'sexual', severity: 'block', reason: 'Sexual content aimed at a person.' },
  { pattern: '(freak|beast|animal|tiger|demon|wildcat) in the (sheets|bedroom|bed)', category: 'sexual', severity: 'block', reason: 'Sexual content aimed at a person.' },
  // a child's body remarked on: "very developed for 10"
  { pattern: 'developed(?<=(?<![a-z])(very|wel|so|realy|quite|proper) developed) for (a |an )?([0-9]+|nine|ten|eleven|twelve|thirteen|(her|his) age|a (year|yr) [0-9]+|a (girl|boy|kid|child) (her|his) age)(?<=(?<![a-z])(girl|girls|she|kid|child|daughter|one|left|right|middle|front|back) (is|s|looks|loks|lok|looking) [a-z0-9 ]+)', category: 'sexual', severity: 'block', reason: 'Sexualises a child.' },
  // innuendo about a teacher or a parent: "wouldn't mind a private lesson with the PE teacher if u know what i mean"
  { pattern: 'know what i mean(?<=(?<![a-z])if( u| you)? know what i mean)(?<=(teacher|ta|mr [a-z]+|mrs [a-z]+|miss [a-z]+|lesson|lessons|dad|dads|mum|mums|detention|hubby|husband)( [a-z.]+){1,14})', category: 'sexual', severity: 'warning', reason: 'May be read as sexual.' },
  { pattern: '(hot|sexy|peng|buf|fanciable)(?<=(?<![a-z])(dad|dads|mum|mums|teacher|ta|parent|father|mother)( of [a-z0-9 ]{1,30})? (is|s|looks|lok) (so |wel |proper |realy |very |bloody )?[a-z]+)(?<!(?<![a-z])(my|our|your) (dad|dads|mum|mums|teacher|ta|parent|father|mother)( of [a-z0-9 ]{1,30})? (is|s|looks|lok) (so |wel |proper |realy |very |bloody )?[a-z]+)(?! (on|at|in|after|from|because|with|and (tired|sweaty|healthy)|today|out|weather|chocolate|dinner|food))', category: 'sexual', severity: 'warning', reason: 'May be read as sexual, about a parent or a member of staff.' },
  { pattern: 'sexting (the|a|my|with|our|that|this)', category: 'sexual', severity: 'block', reason: 'Sexual content.' },
  // asked for: "u up? wanna sext", "sext me" (not a lesson on sexting)
  { pattern: '(wanna|want to|lets|let us) sext|sext me', category: 'sexual', severity: 'block', reason: 'Sexual content.' },
  // "ur such a hoe" (not the garden tool: "a hoe and a rake", "your hoe is in the shed")
  { pattern: 'hoes?(?<=(?<![a-z])(such a|youre a|you are a|u r a|ur a|shes a|she is a|what a|shut up|stupid|dirty) hoes?)(?! (and|or|to|for|from|in|is|was|the|with))', category: 'sexual', severity: 'block', reason: 'A sexual insult.' },
  // a girl's sex life made a rumour: "she's easy, everyone's had her" (not "everyone's had her for maths")
  { pattern: '(everyones|every1s|everyone has|half the (year|school|town|estate|boys|lads)( has| have|s)?|al the (boys|lads)( have|ve)?) (had|ben with|ben through) (her|him)(?= \\.|$| (lol|tbh|haha|mate|already|apparently|ngl|by now))', category: 'sexual', severity: 'block', reason: 'A sexual rumour about a person.' },
  // a sexual dream or fantasy: "a steamy dream about the caretaker" (not "wet dreams" in RSE lessons)
  { pattern: '(dream|dreams|fantasy|fantasies|thoughts)(?<=(?<![a-z])(filthy|filthiest|dirty|dirtiest|naughty|naughtiest|sexy|sexiest|steamy|steamiest|raunchy|raunchiest|rude|rudest|x ?rated|kinky|saucy|sauciest|spicy|spiciest) [a-z]+) (about|of|involving|with)', category: 'sexual', severity: 'block', reason: 'Sexual content.' },
  // selling explicit pictures: "my 18+ pics", "our spicy pics are uncensored" ("18+" reads "18"; a phrase that
  // starts with a digit slows every text, so this one starts at "my")
  {
    pattern:
      '(my|our) ((18|eighteen|adult|spicy|nsfw|x ?rated|xxx|uncensored|naughty) (content|pics|videos|vids|photos|pictures|snaps|page)|(content|pics|videos|vids|photos|pictures|snaps|page) (is|are) (uncensored|unfiltered|nsfw|xxx|x ?rated))',
    category: 'sexual',
    severity: 'block',
    reason: 'Sexual spam.',
  },
  // hate in phrases
  // a word of contempt before "prick" or "knob" makes it a name for a person: "u sad little prick", "a speccy little prick",
  // "that useless prick", "the new deputy is a proper knob" (not "a sharp little prick" of a vaccine, "a knob of butter",
  // "the door knob")
  {
    pattern: '(useless|sad|pathetic|stupid|thick|fat|ugly|speccy|smug|arrogant|jumped up|stuck up|nasty|vile|gobby|mouthy|spineless|lazy|creepy|horrible|ignorant|patronising|miserable|absolute|total|complete|utter|right|proper|massive|{swear}) (litle )?(pr[i*]ck|kn[o*]b)(?! (of|on|off|handle|handles))|kn[o*]b(?<=(?<![a-z])({you}|such a|what a) kn[o*]b)(?= \\.|$| (mate|lol|haha))|pr[i*]ck(?<=(?<![a-z])(a|an|{you}) [a-z]+ litle pr[i*]ck)(?<!(sharp|tiny|quick|smal|short|slight|just a) litle pr[i*]ck)(?! of)',
    category: 'profanity',
    severity: 'block',
    reason: 'Strong language aimed at a person.',
    also: 'bullying',
  },
  // "Walsh is a useless prick" (not "it's just a little prick", a vaccine)
  { pattern: 'pr[i*]ck(?<=(?<![a-z])(that|this|you|u|ya) ([a-z]+ )?pr[i*]ck)(?= \\.|$| (that|who|in|at|from|mate))|pr[i*]ck(?<=(?<![a-z])(is|was) (a|an) ([a-z*]+ ){0,3}pr[i*]ck)(?<!(?<![a-z])(it|that|this|its) (is|was) [a-z* ]{1,60})(?! of)', category: 'profanity', severity: 'block', reason: 'Strong language aimed at a person.', also: 'bullying' },
  { pattern: '(jungle bunny|porch monkey|sand monkey|spear chucker|slant eye|slant eyed|slanty eyed|window licker|christ killer|sand nigger|b[a*]tty boy|b[a*]tty man|bum boy|shirt lifter)s?|ching chong|bongo bongo( land)?|half ?castes?|jew (them|him|her|me|you|u|em) down|downies', category: 'hate', severity: 'block', reason: 'A slur.' },
  // "bender" as a homophobic slur at someone: "skips like a right bender" (not "went on a bender", "a fender bender")
  { pattern: 'bender(?<=(?<![a-z])(you|u|ur|right|proper|total|absolute|fucking|fking|such a|like a|little|big|massive|fat|dirty|filthy|ugly) bender)', category: 'hate', severity: 'block', reason: HOMOPHOBIC, also: 'bullying' },
  // old sayings for a gay man, and an old one for Muslims (sets 37 to 39, t3): "a bit light on his loafers", "as bent
  // as a nine bob note" (which can mean crooked: a warning), "the goat botherers"
  { pattern: 'light on (his|their|your|ur) loafers|bent as a (nine|9|three|3) (bob|pound|quid) note', category: 'hate', severity: 'warning', reason: 'An old saying used as a homophobic jibe.' },
  { pattern: 'goat (both?erers?|shag+ers?|fuckers?|humpers?)', category: 'hate', severity: 'block', reason: RELIGIOUS },
  // "men in dresses are not women", "shoving gay stuff down kids' throats is grooming"
  { pattern: '(men|blokes) in (dresses|frocks|skirts)(?= (are|is|arent|wil|should|shouldnt|in the|using|in our))|(gay|trans|lgbt|lgbtq|pride|woke) (stuf|agenda|ideology|propaganda|nonsense|rubbish)( [a-z]+){0,4} (grooming|down (kids|childrens|our kids|their|kids) throats)', category: 'hate', severity: 'block', reason: GROUP_HATE },
  // "go back to poland", said to someone at the start of a sentence (not "we flew back to Poland for Christmas")
  { pattern: 'back(?<=(^|\\. |just |you can |u can |should |why dont (you|u) |then )go back) to (poland|romania|bulgaria|albania|lithuania|pakistan|india|bangladesh|africa|somalia|nigeria|jamaica|china|syria|afghanistan|iraq|iran|turkey|the jungle|your (own )?country)', category: 'hate', severity: 'block', reason: XENOPHOBIC },
  // "if you come here, learn the bloody language"
  { pattern: '(learn|speak)(?<=(?<![a-z])(if|when) (you|u|they|people) (come|move|live|want to live) (here|to (this country|england|britain|the uk))( [a-z]+){0,3} (learn|speak)) (the )?({swear} )?(language|english)', category: 'hate', severity: 'block', reason: GROUP_HATE },
  { pattern: '(breed|breeding)(?<=(?<![a-z])(they|these people|those people|them) (are )?(breed|breeding)) like (rabbits|rats|flies|cockroaches|vermin)|genders(?<=(?<![a-z])there (are|is) (only )?(2|two) genders)(?= and| \\.|$)', category: 'hate', severity: 'warning', reason: GROUP_HATE },
  // "gay" as an insult ("that's so gay", "homework is well gay"), but not "he is gay", "a gay pride assembly"
  {
    pattern:
      '((thats|that is|its|it is|this is|how|sounds|looks|is|was|are|were|s|be|being) (so|such|wel|dead|proper|realy|totaly|bare|to|properly|absolutely|mega|super|right) gay|(thats|that is|its|it is|how) gay|(youre|you are|ur|u r|your) (so |such |wel |such a )?gay)(?! (pride|and|or|marriage|rights|friendly|couples?|people|men|women|parents|dads|mums|famil(y|ies)|community|history|characters?|icons?|son|daughter|friends?|brother|sister|staff|pupils|students|teachers|members|person|man|woman))',
    category: 'hate',
    severity: 'warning',
    reason: '"Gay" used as an insult is homophobic.',
  },
  // a people blamed for a disease by name ("the Chinese virus"); a holy book to be burnt; women sent to the kitchen
  // (not a kitchen team, a mud kitchen, or "get back in the kitchen and finish the washing up")
  { pattern: '(chinese|china) (virus|plague)', category: 'hate', severity: 'block', reason: RACIST },
  { pattern: '(burn|burning) (the|a|their|al the|every|al their) (koran|quran|qoran|bible|torah|holy book)s?', category: 'hate', severity: 'warning', reason: GROUP_HATE },
  { pattern: '(women|woman|girls|wives|a womans|a womens|womens) (belong|belongs|should stay|should be|place is) in the kitchen|kitchen (and|an|n) make me a sandwich(?<=(?<![a-z])(get|go|back) [a-z ]*kitchen [a-z ]+)', category: 'hate', severity: 'warning', reason: 'Sexist: puts women down as a group.' },
  // a disability made an insult, asked of someone ("are you special needs or something?", "the sped kids"); Pride or
  // being gay called grooming or sickness ("Pride is grooming"); a people made a type ("typical black lad"); not "are
  // you special needs trained?", "typical Polish food at the international evening"
  { pattern: '(special neds|special|sen|autistic|retarded|disabled|brain damaged|mental)(?<=(?<![a-z])(are|r) (you|u|ya) [a-z ]+) (or something|or what)(?= \\.|$)|sped (kids|kid|clas|bus|unit)', category: 'hate', severity: 'warning', reason: DISABILITY },
  { pattern: '(pride|lgbt|lgbtq|being gay|being trans|gay|trans) (is|=|equals|means) (grooming|paedophilia|pedophilia|a mental ilnes|mental ilnes|a disease|a sickness|perversion|a perversion)', category: 'hate', severity: 'block', reason: GROUP_HATE },
  { pattern: 'typical (black|asian|muslim|polish|paki|gypsy|traveler|romanian|jewish|foreign|immigrant|eastern european|african|pakistani|indian|chinese|irish|albanian) (lad|lads|boy|boys|girl|girls|kid|kids|man|men|woman|women|mum|mums|dad|dads|parent|parents|behaviour|behavior)', category: 'hate', severity: 'warning', reason: GROUP_HATE },
  // xenophobia: telling someone to leave the country, or sending them back ("send them all back where
  // they came from"), but not "we are sending the letters back" nor evacuees "sent back home to London"
  { pattern: '(go|get|send (them|em|him|her|you|u)|fuck of|piss of|sod of|clear of|should go|should al go|need to go|can go) (back|home) (to )?((your|ur|yer|their|his|her) (own )?(country|countries|land)|where (you|u|they|he|she|ya) (came|come|belong) from)', category: 'hate', severity: 'block', reason: XENOPHOBIC },
  {
    pattern: '((send|ship|deport|kick|boot|chuck|throw) ({them}|(them|em) al|em|al of (them|em)|the lot( of (them|em))?)|(should|must|need to|needs to|ought to|can|wil) (al )?(be|get) (sent|shiped|deported|kicked|booted|chucked|thrown)) (back|home|out)( al)? (to )?(where (they|you|he|she|ya|u) ((came|come|are) from|belong)|(their|your|ur|his|her) (own )?(country|countries|land)|on the (next |first )?(boat|plane|dinghy|flight)s?)',
    category: 'hate',
    severity: 'block',
    reason: XENOPHOBIC,
  },
  // sending people back with no destination, where the talk is of a people, a faith or a country ("Eid? This is
  // England, not a mosque. Send them all back."), but not sending forms back ("please send them back")
  {
    pattern:
      '(send|ship|deport|boot|chuck|kick)(?<!(please|pls|plz|kindly|can you|could you) [a-z]+) (them|em|the lot( of (them|em))?)( al| al of (them|em))? (back|home|out)(?= \\.|$|(?<= al (back|home|out)) (and|then|now|already|asap|lol|tbh|where|to))(?<=(muslims?|mosques?|eid|islam|immigrants?|migrants?|refugees?|asylum|foreigners?|boats?|dinghy|dinghies|england|britain|english|british|country|pakis?|muzzies)( [a-z.]+){2,18})|this is (england|britain|great britain|the uk|a christian country|a british school|an english school)( and)? not (a mosque|a temple|a synagogue|a gurdwara|pakistan|india|bangladesh|somalia|africa|arabia|saudi arabia|the middle east|an? (muslim|islamic|foreign|third world) (country|school))|(speak|learn|talk) (english|the language)( properly)? or (go (home|back)|go|get out|leave|fuck of|piss of|clear of)',
    category: 'hate',
    severity: 'block',
    reason: XENOPHOBIC,
  },
  // a group of people damned together for their religion, race, sexuality or disability; or said to own the media,
  // to be taking over, to take "our" jobs, to be "all the same", not to want to fit in, or to steal ("the gypsies who
  // live on the common will nick anything")
  {
    pattern:
      '{group} ((are|r|is) (al |just |al just |nothing but |a bunch of |a load of )?(kiddie fidlers|nonces|naughty|terrorists|thieves|criminals|rapists|paedos|pedos|paedophiles|perverts|groomers|scum|vermin|animals|parasites|scroungers|spongers|leeches|cockroaches|rats|savages|subhuman|inferior|dirty|filthy|smelly|stinking|lazy|disgusting|evil|sick|dangerous|a (danger|threat|disease|plague|burden|drain)|taking over|ruining|invading|breeding like rabbits|not (welcome|wanted)(?! to))|(are|r) al (exactly )?the same(?! (as|in|to|age|size|colour|height|way|thing))|((who|that|whove|thats)( [a-z]+){1,6} )?((will|would|are going to|are gonna|gonna) )?(nick|steal|rob|pinch|thieve|burgle) (everything|anything|whatever|the lot|all (your|our|the)|(you|u) blind|(your|ur|our|people s|peoples) (house|houses|home|homes|car|cars|bike|bikes|stuff|shed|sheds|van|vans|garden|tools))|(dont|do not|never|wont|will not|refuse to|cant be bothered to) (even )?(want to |try to |bother to |make (any|an) effort to )?(fit in|integrate|mix|adapt|learn (english|the language)|speak english)(?! (yet|at first|straight away|when))|(shouldnt|should not|must not|mustnt|should never|dont deserve to|do not deserve to) be (allowed|let|trusted|in|near|around|teachers|teaching|working)|(cant|can not|cannot) be trusted|(should|need to|needs to|ought to|must) (al )?(be )?(banned|deported|sent back|sent home|kicked out|thrown out|locked up|removed|shot|gassed|killed|exterminated|wiped out|go back|get out)|out(?= \\.|$| (now|of (our|this|my|the) (country|town|school|area|estate)))|(al )?(stink|reek|smell)(?= \\.|$| (of|like|so|bad|horrible|disgusting|awful))|(secretly |basically |really )?(own|control|run|rule|are behind|pull the strings (in|at|of)) (al |al of |most of )?(the )?(media|news|press|banks|banking|money|finance|world|government|governments|country|hollywood|bbc|politicians|everything)(?! (studies|lesson|project|week|club|day))|(are |r )?(slowly )?(taking over( (our|this|the) (country|town|schools?|streets|area|estate)| everything|(?= \\.|$))|(taking|stealing|nicking) (our|al our|al the) (jobs|houses|homes|benefits|school places|money)))',
    category: 'hate',
    severity: 'block',
    reason: GROUP_HATE,
  },
  // …or named with contempt: "I hate immigrants", "smelly immigrants", "a dirty foreigner", "overrun with
  // immigrants", "deport the lot" (but not "the immigrant experience", "dirty kit", "overrun with slugs")
  {
    pattern:
      '((i|we) (hate|despise)|ban|deport|kil|gas|shoot|kick out|get rid of|dirty|filthy|smelly|stinking|stinky|thieving|scrounging|sponging|lazy|greasy|disgusting|inbred|backward|vile|{swear}|overrun( with| by)?|swarming with|crawling with|infested (with|by)|invaded by|riddled with) ({group}|muslim|moslem|jew|immigrant|migrant|refugee|asylum seeker|foreigner|gypsy|gipsy|pikey|paki|pakistani|romanian|albanian|arab|lesbian|queer|tranny)|(deport|round up|gas|exterminate) (them al|em al|the lot|al of (them|em)|every last one)',
    category: 'hate',
    severity: 'block',
    reason: GROUP_HATE,
  },
  // people said not to bother with English ("these families can't be bothered to learn the language", "they won't
  // learn it" after English), but not a child new to English ("they can't speak English yet")
  {
    pattern:
      '(learn|speak) (english|the language|it(?<=english[a-z. ]{1,200}))(?! (spellings|words|grammar|homework|literature|lit|vocab|texts|poems|poetry))(?<=(?<![a-z])(they|their parents|the parents|these people|those people|half of them|most of them|(their|the|these|those) (families|mums|dads|mothers|fathers|lot)) ((cant|can not|cannot|wont|will not|dont|do not|never) (even )?(be bothered|bother|make the effort|make an effort|try|want) to|(wont|will not|refuse to|make no effort to)) [a-z ]+)',
    category: 'hate',
    severity: 'block',
    reason: GROUP_HATE,
  },
  {
    pattern:
      '(muslim|jewish|hindu|sikh|catholic|immigrant|migrant|refugee|asylum seeker|foreign|gypsy|pikey|traveller|paki|pakistani|bangladeshi|indian|asian|african|arab|somali|nigerian|chinese|polish|romanian|bulgarian|albanian|lithuanian|eastern european|turkish|kurdish|afghan|syrian|irish|gay|lesbian|trans) (scroungers|spongers|vermin|scum|scumbags|savages|subhumans|lowlifes|filth|parasites|thieves|rapists|groomers|paedos|pedos)',
    category: 'hate',
    severity: 'block',
    reason: GROUP_HATE,
  },
  // set 8's wordings, each written to cover its kind rather than its one sentence
  // a weapon brought back or round: "they'd come back with a bat", "I'll come round with a knife"; a weapon with a name on
  // it: "a baseball bat in the boot with that teacher's name on it", "a bullet with your name on it"
  {
    pattern:
      '(bat|knife|blade|machete|hamer|crowbar|gun|axe|brick)(?<=(?<![a-z])(come|coming|comes|came|be|go|going|turn up|turning up) (back|round|down|up|over|in) with (a|my|his|her|their|the|me|a basebal|a cricket) [a-z]+)(?! (and|n) bal| for (rounders|cricket|the game|the match|practice))|name on it(?<=(bat|bulet|knife|blade|brick|hamer|gun|machete)( [a-z]+){0,8} with (your|ur|his|her|their|that [a-z]+s|(the|that|this) [a-z]+s|(mr|mrs|ms|miss) [a-z]+s) name on it)',
    category: 'threat',
    severity: 'warning',
    reason: MAYBE_THREAT,
  },
  // a building or a car said to be going up in flames; a fire set with people inside; a car stripped overnight; "she won't be
  // so brave when…"; "it won't be for a chat"; knowing which car is someone's; regional: "stick the heid on him", "you're
  // getting wet up"
  {
    pattern:
      '(flames|smoke)(?<=(school|building|place|house|car|staf ?rom|hal|ofice|clasroom|academy|nursery|oakfield)( [a-z]+){0,3} (wil|is gonna|is going to|s gonna|gonna|going to|should|could|might|l) go up in [a-z]+)|(inside|it(?<= in it))(?<=(burn|set fire to|torch|set alight|petrol bomb|firebomb)( [a-z]+){1,6} with (them|him|her|you|u|ya|em|everyone|the kids)( stil)? (inside|in it))|(tyres|tires|wheels|windows|paint|windscreen)(?<=(car|van|house|audi|bmw|motor)( [a-z]+){0,8} (wont|wil not|aint gonna) have (any )?[a-z]+)(?= left|$| \\.| (by|in|tomorow|tonight|after|when|come))|(brave|tough|gobby|mouthy|cocky|lippy|smug|chaty)(?<=(?<![a-z])(wont|wil not|aint|not) be (so|as) [a-z]+)(?= (when|once|if) (she|he|they|you|u|i|we) )|(chat|words|talking)(?<=(?<![a-z])(it|that|he|she|they)( wont| wil not| aint gonna| isnt gonna)? be (for a (nice |friendly |litle )?chat|words|talking))|(mine|ours)(?<=(?<![a-z])(he|she|they|someone|somebody) (said )?(know|knew|knows|found out) (which|what) (car|house|door) (is|was|s) [a-z]+)(?! (so |and )?(i|we|il|wel) (can |wil |could |wil be able to )?(drop|pop|post|deliver|return|send|bring))|(stick|stuck|stickin|sticking|gie) (the|ma|my|a) (heid|head|nut) on (him|her|you|u|ya|them|that [a-z]+|(mr|mrs|ms|miss) [a-z]+)|wet ((him|her|you|u|ya|them|em|that [a-z]+) )?up(?<=(?<![a-z])(getting|get|got|gets|wet) [a-z ]+)',
    category: 'threat',
    severity: 'warning',
    reason: MAYBE_THREAT,
  },
  // "shut up ugly", "kys loser", "get lost fatty": an insult said to someone, as a name, after words aimed at them
  {
    pattern: '(ugly|loser|fatty|fatso|freak|weirdo|idiot|moron|minger|saddo|retard|spaz|tramp|scum|creep|cow|pig|slag)(?= \\.|$| (lol|haha|lmao|x|xx))(?<=(?<![a-z])(kys|kil (your ?self|urself)|shut up|shut it|get lost|go away|do one|jog on|piss of|fuck of|sod of|nobody likes (you|u)|die) (you |u |ya )?((fat|ugly|stupid|litle|smely|sad|{swear}) )*[a-z]+)',
    category: 'bullying',
    severity: 'block',
    reason: INSULT,
  },
  // a nickname that mocks a child's looks: "beaver boy", "pizza face", "four eyes"
  { pattern: '(beaver|buck ?toth|goofy|lard|fatty|specky|jug ears|dumbo) (boy|girl|kid)(?= \\.|$| (lol|haha|lmao|over there|in|from))|(pizza|crater|spoty|moon|horse|rat|pig|zit) face(?= \\.|$| (lol|haha|lmao|in|from|over there))|four eyes(?= \\.|$| (lol|haha|lmao))', category: 'bullying', severity: 'warning', reason: "Mocks someone's looks." },
  // a slight of one person by what they do, not by a name: "that arsey receptionist", "a certain lazy Year 5 teacher", "the
  // useless head" (not "the rude word")
  {
    pattern:
      '(arsey|gobby|mouthy|useles|lazy|rude|stuck ?up|miserable|jumped ?up|incompetent|clueless|smug|snoty|snooty|nasty|vile|horible|power ?mad|two ?faced|pathetic)(?<=(^|\\. |(?<![a-z])(that|this|the|certain) )[a-z]+)( (old|litle|new|year [0-9a-z]+|yr [0-9a-z]+))* (receptionist|dinner lady|caretaker|teacher|ta|head|headteacher|head teacher|secretary|ofice lady|senco|deputy head|lolipop (man|lady)|cleaner|cook|governor|coach|mum|dad|woman|man|bloke|cow)(?! (of the|award|awards|day|training|strike|strikes|shortage|shortages|pay|workload|trope|stereotype))',
    category: 'bullying',
    severity: 'block',
    reason: INSULT,
  },
  // an insult reported as said to the writer: "told me I was a useless little girl", "said I'm a right battle-axe"
  {
    pattern:
      '(useles|pathetic|stupid|silly|thick|dumb|worthless|ugly|fat|lazy|jumped up|stuck up|miserable|nasty|dried up|bitter|sour|batle ?axe|old bag|old dragon)(?<=(?<![a-z])(told me|caled me|said to me|said|says|tels me)( today| that| to my face)?( i was| im| i am| i m)? (a|an|such a|just a|the) ([a-z]+ )?[a-z ]+)(( [a-z]+){0,2} (girl|boy|woman|man|thing|nobody|joke|cow|bitch|idiot|moron|failure|disgrace))?(?<=(axe|bag|dragon|girl|boy|woman|man|thing|nobody|joke|cow|bitch|idiot|moron|failure|disgrace))',
    category: 'bullying',
    severity: 'block',
    reason: INSULT,
  },
  // transphobic statements: "a man in a dress is still a man", "a bloke with a beard is not a woman", "trans women are men"
  {
    pattern:
      '(dres|frock|skirt|wig|beard|wily|penis|dreses|frocks|skirts|wigs)(?<=(?<![a-z])(man|men|bloke|blokes|woman|women) (in a|with a|in) [a-z]+)(?= (is|are) (stil |never |not |stil just |just |always |wil always be |wil never be )?(a )?(man|men|woman|women|bloke|blokes)(?![a-z]))|trans (women|woman|men|man) (are|is) (just |stil |realy )?(a )?(men|man|women|woman)(?![a-z])',
    category: 'hate',
    severity: 'block',
    reason: GROUP_HATE,
  },
  // people told they will be sent back, where the talk is of a people: "asylum seekers as dinner staff? They should all be sent
  // back, every last one"
  {
    pattern:
      '(sent|shiped|deported|kicked|booted|chucked|thrown) (back|home|out)(?<=(should|must|need to|needs to|ought to|wil|can) (al )?(be|get) [a-z]+ [a-z]+)(?= \\.|$| (every last one|al of them|the lot|now|asap|where))(?<=(muslims?|mosques?|eid|islam|immigrants?|migrants?|refugees?|asylum|foreigners?|boats?|dinghy|dinghies|england|britain|english|british|country|pakis?|muzzies|poles|polish|romanians?|gypsies|travelers|travellers)( [a-z.]+){2,18})',
    category: 'hate',
    severity: 'block',
    reason: XENOPHOBIC,
  },
  // a people compared with vermin, or said to run things: "these migrant families are like cockroaches", "the Jews run the
  // council"
  {
    pattern:
      '(cockroaches|rats|vermin|parasites|leches|animals|plague|disease|locusts|termites|maggots|virus)(?<=(?<![a-z])(muslims|jews|immigrants|migrants|refugees|asylum sekers|foreigners|gypsies|travelers|travellers|pakis|poles|romanians|blacks|arabs|asians|africans|(migrant|immigrant|refugee|foreign|muslim|jewish|traveler|traveller|gypsy|polish|romanian|asian|black|african|eastern european|roma|pakistani|somali) (families|kids|children|people|men|women|lot|parents|mums|dads)) (are|r) (al |just |like |al like |just like |no beter than |worse than )+(a )?[a-z]+)|(jews|jewish people|zionists|muslims) (secretly |basicaly |realy )?(run|control|own|rule) (the |our |al the |al our )?(council|councils|schools|nhs|courts|police|city|town|teachers union|unions|universities)(?![a-z])',
    category: 'hate',
    severity: 'block',
    reason: GROUP_HATE,
  },
  // a slur named as one in a notice: "using 'bender' as an insult"
  { pattern: 'bender(?= (as|is) (an? )?(insult|slur|swear ?word))', category: 'hate', severity: 'block', reason: HOMOPHOBIC },
  // sexual approaches to children and remarks about staff: "which of the girls in the front row is single", "which one of the
  // girls has got snapchat", "send pics of the girls in their swimming cozzies", "your daughter is stunning for 9, would love to
  // chat to her, inbox me"; "can keep me behind after school any day", "can teach me a lesson any time", "is good with his
  // hands", "is the new Year 4 teacher single", "can do a home visit any time"
  {
    pattern:
      '(single|snapchat|snap|insta|instagram|number|tiktok|whatsap)(?<=(?<![a-z])(which|what) (one )?(of )?(the |them |those |these )?(girls|girl|boys|kids|children)( [a-z0-9]+){0,6} (is|was|are|has|have|s) (got )?(single|snapchat|snap|insta|instagram|number|tiktok|whatsap))|(pics|pictures|photos|videos|vids|snaps)(?<=(?<![a-z])(send|post|share|dm|inbox) (me )?(some |more |the )?[a-z]+)(?= of (the |your |ur )?(girls|girl|boys|kids|children|daughter|son|her|him)( [a-z]+){0,3} (in (their|her|his|the) )?((swiming|swim) (costumes?|suits?|cozies|cosies|things|kit|stuf)|swimsuits?|cozies|cosies|bikinis?|leotards?|underwear|pyjamas|pjs|bed|nighties))|(inbox|dm|pm|message|mesage|snap|add) me(?<=(stuning|gorgeous|beautiful|pretty|hot|fit|cute|lovely|mature|developed) for (a )?([0-9]+|nine|ten|eleven|twelve|thirteen|her age|his age|[a-z0-9]*yearold)[a-z0-9 .]{1,80})|(behind|leson|detention|examine me|check me over|tutor me|home visit)( [a-z]+){0,4} (any (day|time)|anytime)(?<=(?<![a-z])can (keep me (behind|in)|teach me a leson|give me (a )?detention|put me in detention|examine me|mark my [a-z]+|do a home visit|check me over|tutor me)( [a-z]+){0,4} (any (day|time)|anytime))(?! (to|for|if|with|and) )|hands(?<=(?<![a-z])(bet|betcha|im sure|i bet) ([a-z]+ ){1,3}(is|s) (god|very good|realy god) with (his|her) hands)|single(?<=(?<![a-z])(is|s) (the )?(new )?([a-z0-9]+ ){0,3}(teacher|ta|head|caretaker|coach|dad|mum|supply) single)|(insta|instagram|snap|snapchat|number|tiktok)(?<=(?<![a-z])(whats|what is|wheres|anyone got|has anyone got|who has got) (her|his) [a-z]+)',
    category: 'sexual',
    severity: 'warning',
    reason: 'May be read as sexual, or as an approach to a child.',
  },
  // set 9's menace, each kind written to cover its wording rather than its one sentence: an injury promised ("she'll be picking
  // her teeth up off the floor", "he's getting a sore face", "a box in the gob", "a baseball bat round the head", "eating their
  // steering wheel", "my kneecaps"); a conditional with property ("touch my car again and your windows are going in"; "shame if the
  // windows went through"); a lesson he won't forget; "burn it down"; "you/he will pay"
  {
    pattern:
      'teeth up(?<=(?<![a-z])picking (his|her|their|your|ur) teeth up)|(broke|broken|smashed|kicked in|caved in)(?<=(?<![a-z])(geting|getin|get|gets|wil get|gona get) (his|her|their|your|ur) (jaw|nose|legs?|arms?|face|teeth|head|skul|fingers) [a-z ]+)|(boiling water|acid|bleach|petrol|hot water|hot tea|boiling oil)(?<=(?<![a-z])(pour|throw|chuck|pouring|throwing) [a-z]+( [a-z]+)?) (on|over|in) (him|her|you|u|them|his [a-z]+|her [a-z]+|your [a-z]+|ur [a-z]+)|match to (the|that|this|your|ur|their) ([a-z]+ )?(school|house|place|building|car|van|staf ?rom)|(to the ground)(?<=(?<![a-z])(should|needs to|need to|wana|want to|gona|going to|il|ima|wil|someone|hope)( [a-z]+){0,4} (burn|torch|burns|burning) ([a-z]+ ){1,2}to the ground)|(sair|sore|burst|bust) (face|heid|head|nose|lip|mouth|yed)(?<=(?<![a-z])(geting|getin|get|gets|gie (him|her|you|u)|give (him|her|you|u)) a [a-z]+ [a-z]+)|(box|smack|slap|punch|dig|kick|bat|brick|boot|botle|glas) (in|round|across|to|over) the (gob|mouth|face|head|jaw|teeth|chops|lug|lugs|ear|ribs)(?<=(?<![a-z])(geting|getin|get|gets|give [a-z]+|gie [a-z]+) (a|the) ([a-z]+ )?[a-z]+ [a-z]+ the [a-z]+)|(teeth|steering whel|dashboard|fist|knuckles)(?<=(?<![a-z])eating (his|her|their|your|ur) [a-z ]+)|(knecaps|kne caps)(?<=(?<![a-z])(have|take|break|do|smash|shoot|want|wants)( [a-z]+){0,5} (my|your|ur|his|her|their) [a-z ]+)|(windows|tyres|car|face|teeth|head|legs|nose) (are|is|r|wil be|s) (going in|geting smashed|geting done|coming out|geting kicked in|going through)(?<=(?<![a-z])(again|one more time) (and|an|n) (your|ur|his|her) [a-z ]+)|(windows|car|house|tyres|windscreen|van) (went through|got smashed|got broken|caught fire|got keyed|went up|got done)(?<=(?<![a-z])(shame|pity) if (the|your|ur|his|her|their) [a-z ]+)|forget(?<=(?<![a-z])lesson (he|she|they|you|u) (wont|wil not|wil never|never) forget)|(down|to the ground)(?<=(?<![a-z])(burn|torch) (it|the lot|the place) [a-z ]+)(?= \\.|$)|pay(?<=(?<![a-z])(you|u|they|he|she|the school|this school|that school|the head|{titled}) (wil|shal|are gona|is gona|s gona) pay)(?= \\.|$)',
    category: 'threat',
    severity: 'warning',
    reason: MAYBE_THREAT,
  },
  // menace without a harm word: "consider yourself warned", "keep talking, you'll see what happens" (not "keep going and
  // see what happens, it gets easier"), "this isn't over", "you'll be
  // sorry", "sleep with one eye open", "wait till I see you", "it's on sight", "catch you lacking", "karma's coming for you and so
  // am I", "we'll have something for them", "my brothers are looking for you", "me and my mates will be at the gates", "I know what
  // time Miss Baker finishes", "we'll be paying a visit", "check her brake pipes", "better not be at the bus stop", "I'll have him,
  // mun", "give him something to cry about", "shut it for him permanently", "the next kid who … is going out the window"
  {
    pattern:
      'warned(?<=(?<![a-z])consider (yourself|yourselves|urself) warned)(?! (the|that|this|we|our|it|they|there|its|theres|cakes?|tickets|places))|hapens(?<=(?<![a-z])(youl|you wil|u wil|ul|and|an|n) (se|find out) what hapens)(?<=(kep|cary on)(?! (going|goin|trying|at it|practising|practicing|reading|learning|smiling|calm|working|pushing|writing|exploring|watching|an eye))[a-z ]{0,60}|(do that|try it|try me|again|touch)[a-z ]{0,60})|over(?<=(?<![a-z])this (isnt|is not|aint) over)(?= \\.|$)|sory(?<=(?<![a-z])(youl|you wil|u wil|ul) be sory)(?= \\.|$| (mate|when|for this|trust me|believe me))|one eye open(?<=slep with one eye open)|(you|u|ya|him|her)(?<=(?<![a-z])(wait|wb) (til|until) (i|we) (se|c|catch|get hold of) [a-z]+)(?= \\.|$| (mate|outside|tomorow|tonight|monday|tuesday|wednesday|thursday|friday|after))(?<!(cant|can not|cannot|dont) wait [a-z ]+)|sight(?<=(?<![a-z])(its|it is|thats) on sight)|(lacking|lackin|sliping|slipin)(?<=(?<![a-z])catch (you|u|ya|him|her|them) [a-z]+)|am i(?<=coming for (you|u|ya|him|her) (and )?so am i)|something for (them|him|her|you|u)(?<=(?<![a-z])(wel|we wil|il|i wil) have something for [a-z]+)(?= \\.|$)|(looking for|coming for|after) (you|u|him|her|them)(?<=(?<![a-z])(brothers|mates|boys|cousins|lads|uncles) (are|r|is)( already)? [a-z ]+)|(gate|gates|school)(?<=(?<![a-z])(me and my|me and the|my) (mates|brothers|boys|cousins|lads) (wil|are gona|r gona|l|are going to) be (at|outside|round) the [a-z]+)|time(?<=(?<![a-z])(i|we) know what time) (you|u|he|she|they|{titled}|(the|that) ([a-z]+ )?(teacher|head|caretaker|ta|woman|man|lady|receptionist)) (finish|finishes|leave|leaves|gets? home|locks? up|goes home|go home)|visit(?<=(?<![a-z])(wel|il|we wil|i wil|were|im) be paying( you| u| him| her| them)? a( litle| friendly)? visit)(?! to)|brake (pipes|lines|cables)(?<=(?<![a-z])(check|cut|cuts|cutting|snip) (his|her|their|your|ur) brake [a-z]+)|(bus stop|gate|gates|school|park|shops|chipy|pub|match|car park|fair|fete|disco|party|playground|parents evening|sports day|nativity)(?<=(?<![a-z])(beter|best) not (be|show (his|her|their|your|ur) face) (at|near|outside|round|anywhere near) (the )?[a-z ]+)|(em|him|her|them)(?<=(?<![a-z])(il|im gona|i wil|im going to) have (em|him|her|them))(?= (mun|mate|like|pal|bruv|lad|but \\.|but$))|cry about(?<=(?<![a-z])give (him|her|you|u|them) something to cry about)|(top|kil|of|hang) (themselves|himself|herself)(?<=(?<![a-z])do (us|everyone|everybody|every1|the world|al of us) a favou?r and [a-z ]+)|(permanently|for god)(?<=(?<![a-z])shut (it|him|her|you|u|his [a-z]+|her [a-z]+)( up)?( for (him|her|you|u|them))? [a-z]+)|window(?<=(next|whoever|anyone|anybody)( [a-z]+){1,10} (is|s|wil be|gona be|going to be) (going|thrown|flying|chucked) out (of )?the window)|(kneecaps|kne caps)(?<=(?<![a-z])(have|take|break|do|smash|shoot) ([a-z]+ ){0,5}(my|your|ur|his|her|their) [a-z ]+)|home(?<=(wont|wil not|aint gona) be (driving|walking) home)(?<=waiting [a-z0-9 .]{1,80})|waiting(?<=(?<![a-z])(il|im gona|im going to|i wil|wel|we wil) be waiting)( [a-z0-9]+){0,5} for (that|this) (woman|man|bloke|b[i*]tch|cow|slag|prick|twat|idiot)(?![a-z])',
    category: 'threat',
    severity: 'warning',
    reason: MAYBE_THREAT,
  },
  // self-harm wished on someone: "go play on the M5", "do everyone a favour and jump", "nobody would even notice if you
  // disappeared", "some people should do the world a favour and top themselves"
  {
    pattern:
      'play (on|in) the (m[0-9a-z]{1,2}|motorway|road|trafic|railway|train tracks|tracks)(?<=(?<![a-z])(go|go and|go n|go an) play [a-z ]+)|(jump(?= \\.|$| (of|from|in front))|top (yourself|urself)|kil (yourself|urself)|of (yourself|urself))(?<=(?<![a-z])do (us|everyone|everybody|every1|the world|al of us) a favou?r and [a-z ]+)|(disapeared|died|were gone|was gone|wasnt here|werent here|vanished)(?<=(?<![a-z])(nobody|no one|noone) (would|wil) (even )?(notice|care) if (you|u|ya) [a-z ]+)',
    category: 'threat',
    severity: 'block',
    reason: SELF_HARM,
    also: 'bullying',
  },
  // set 14: slogans and dog whistles, and slur phrases with no slur word in them ("dinghy divers" is above)
  {
    pattern:
      'enoch (was|is) right|deus vult|(six )?gorillions?|remove kebab|wpww|white pride world ?wide|happy merchants?|londonistans?|kalergi( plan)?|zog|(fresh|straight) of the boat|(gay|trans|lgbt|lgbtq) agenda|bud bud ding ding|camel jockeys?|curry munchers?|cow piss drinkers?|pillow biters?|fudge packers?|carpet munchers?|rug munchers?|muzrats?|religion of peace(?= (strikes|keps|at it|in action|again|blowing|blows))|rag (of|off) (your|ur|her|his|their) heads?',
    category: 'hate',
    severity: 'block',
    reason: GROUP_HATE,
  },
  // well-known slogans and tropes of the far right and of anti-LGBT, anti-migrant and anti-disabled talk, from public
  // glossaries of hate symbols rather than from any labelled set: "heil Hitler", "rapefugees", "the alphabet mafia",
  // "Adam and Steve", "another boat of invaders", "the school is full of foreigners", "Islam is not compatible with
  // British values", "speak English, you're in England", "SEN kids hold everyone back" (not "White Power Rangers",
  // "Space Invaders", nor a post that says no child is held back)
  {
    pattern:
      '(heil hitler|sieg heil)(?<!(?<![a-z])(said|say|says|saying|shouted|chanted|the|of|like|why|whether|salute|saluted|saluting|shout|shouting|chant|chanting) [a-z]+ [a-z]+)|white power(?! (station|plant|cable|supply|socket|rangers?))|(14|fourteen) words(?= (you know the rest|brother|brothers|88|1488))|(14|fourteen) words(?<=(?<![a-z])(remember|secure|live by|believe in|follow) the (14|fourteen) words)|white lives matter|remigration|rapefugees?|alphabet (mafia|people|brigade|cult|soup people|lot)|adam and steve|(boat|boats|boatload|boat load|boatloads|dinghy|dinghies|hordes|swarm|swarms|invasion) (of )?(invaders|illegals)|(the|these|those|more|all the|bunch of|load of|loads of|full of) illegals|full of (foreigners|pakis|blacks|gypsies|trannies)(?<!(was|were|been) full of [a-z]+)|full of (immigrants|migrants|asylum seekers|refugees|muslims|poles|romanians|eastern europeans|travellers|jews|gays)(?<=(?<![a-z])(country|town|school|schools|estate|area|street|streets|hotel|hotels|city|class|classes|nhs|uk|britain|england|london|road|park|village|place|shops|hospital|hospitals|doctors|gp)( [a-z]+){0,3} full of [a-z ]+)(?<!(was|were|been) full of [a-z ]+)|(islam|muslims|sharia|the quran|the koran|their religion|their culture) ((is|are|s) (not |in)|(isnt|arent) )compatible with (british|western|english|our|christian) (values|way of life|culture|society)|(english|proper english)(?<=(?<![a-z])(speak|talk|learn to speak) (english|proper english))( (you|u|ya|youre|ur|were|we are|this is|its|thats) (in )?(england|britain|the uk|uk|an english school|a british school|english))|(disabled|special needs|sen|autistic|wheelchair) (kids|children|pupils|people|ones) (hold|holds|drag|drags|bring|brings|slow|slows) (everyone|every one|everybody|the others|the rest|the class|normal kids|the normal kids)( else)? (back|down)|(english|proper english)(?<=(?<![a-z])(foreign|foreigners|immigrant|immigrants|migrant|migrants|polish|eastern european)( [a-z]+)? (cant|cannot|can not|dont|do not|wont|will not) (even )?(be bothered to )?speak (proper |decent )?english)',
    category: 'hate',
    severity: 'block',
    reason: GROUP_HATE,
  },
  // extremism a school must report under the Prevent duty, from a probe list: "join the jihad against the kuffar", "death
  // to the infidels", "race war now", the "fourteen words" said out, "take our country back" (a warning); "kuffar" and
  // "kafir" (warnings: an RE lesson may explain the word) and "kaffir" (a racist slur). Not "death to homework", the
  // inner jihad an RE lesson teaches ("jihad against temptation")
  {
    pattern:
      'death to (the |al )?(infidels|kufar|kafirs|jews|muslims|christians|gays|imigrants|migrants|blacks|whites|the west|america|israel|britain|england|pakis|refugees)|(join|joining|joined) (the )?(jihad|holy war)|(jihad|holy war) (against|on) (the )?(kufar|infidels|west|jews|christians|unbelievers|nonbelievers|non believers|disbelievers|british|english|americans)|race war(?= \\.|$| (now|is coming|soon|wil come|when|is the only))|racewar|secure the existence of our (people|race)|a future for white children',
    category: 'hate',
    severity: 'block',
    reason: GROUP_HATE,
  },
  { pattern: '(take|taking) (our|back our|this) country back|take back our country', category: 'hate', severity: 'warning', reason: GROUP_HATE },
  // slurs and mockery of disabled, Muslim, Jewish, gay, trans, Traveller, Black and South Asian children as they are said in
  // school ("are you special or something?", "ride the short bus", "your dad's in ISIS", "don't be such a jew", "a bit of a
  // fairy", "dirty knacker", "he smells of curry", "throw a banana at him") (not "he sped off", "thank you Joey", the fairy
  // lights, "my son is autistic", the hall that smells of curry after the Diwali lunch)
  {
    pattern:
      '(are|r) (you|u|ya|he|she) (special|slow|simple)(?= or (something|what|summat))|(a|such a|you|u|ur a|youre a|proper|total|absolute) sped(?= \\.|$| (lol|or|and|haha|bro|mate))|(absolute|such a|proper|total|bit of a|right|massive) joey(?![a-z])|(ride|rides|riding|rode|belongs on|should be on|came in on|get back on|go back on) the short bus|(hes|shes|youre|ur|your|he is|she is) (a |like a )?vegetable(?= \\.|$| (lol|haha|now|mate))|(so|proper|such an?|total|absolute) (autistic|autist|retarded|spastic)(?! (friendly|children|kids|pupils|people|son|daughter|boy|girl|child|students|adults|spectrum|traits))(?<=(?<![a-z])(youre|ur|you are|hes|shes|he is|she is|you|u|ya|stop being|dont be) (so|proper|such an?|total|absolute) [a-z]+)|(you|u|ya|ur|your|his|her|their)( (dad|mum|family|brother|uncle|cousin)s?)? (is |s |are )?(in|with|from|part of|joined|a member of) (isis|isil|al qaeda|alqaeda|the taliban)|(you|u|ya) (little |dirty |fucking |f[u*]+ing )?terrorists?(?= \\.|$| (lol|haha|bro|mate|go|get|and))|allahu? akbar (boom|bang|kaboom|bomb)|(boom|bang|kaboom) allahu? akbar|dont (blow|bomb) (us|me|the school|everyone|the clas) up|(such|such a|being a|be a|bit of a|dont be a) jew(?= \\.|$| (lend|give|with|about|and|lol|over))|(tight|stingy|mean|greedy|cheap) (as|like) a jew|(put|throw|shove|send|stick) (him|her|you|u|ya) in(to)? the (oven|ovens|gas chamber|gas chambers)|(bit of a|such a|proper|right|total|massive|big) fairy(?! (cakes?|lights?|tale|tales|godmother|wings|costume|dust|door|garden|liquid))|dirty knackers?|(you|u|ya) knacker(?![a-z])|(smells|smell|stinks|stink|reeks|reek) (of|like) (curry|garlic|kebab|kebabs|spices|spice)(?<=(?<![a-z])(he|she|they|you|u|ya|hes|shes|youre|ur|al of them|them|those|these) [a-z ]+)|bananas? at (him|her|them|the (black|new) [a-z]+)|lady ?boys?',
    category: 'hate',
    severity: 'block',
    reason: GROUP_HATE,
  },
  // hostility to migrants, Muslims and LGBT people in the words of complaints to a school: "it's like a foreign country round
  // here", "I don't want my daughter sat next to one of them", "shoving Pride down our kids' throats",
  // "there are only two genders", "men in dresses", "I'm not racist but…", "we never had this problem before
  // they arrived", "send them to their own schools" (not "our own school council", nor a history of men's fashion)
  {
    pattern:
      'like a (foreign|third world) country (round|around|in|over) here|(them lot|that lot|one of them)(?<=(?<![a-z])(dont|do not|wont|will not|didnt|did not) want (my|our|me) [a-z ]+ (sat|sitting|to sit|sit|playing|to play|mixing|to mix) (next to|with|near) [a-z ]+)|(shoving|shove|shoved|ramming|forcing|pushing|rammed|forced|pushed) (pride|gay|gayness|lgbt|lgbtq|trans|gender|homosexuality|islam|sharia|woke|it) (stuff |rubbish |nonsense |agenda )?down (our|my|their|the|your) (kids|children|childrens|kids|sons|daughters|pupils)s? throats?|only (two|2) genders(?<=(?<![a-z])(there (are|r|is)|theres|there s) only [a-z0-9]+ genders)(?! (in|recognised|recorded|on the|listed|on))|(men|boys|blokes) in (dresses|frocks|wigs)(?! (for|in the|at the|on stage|in panto|in pantomime|in shakespeare))|not (racist|homophobic|transphobic|islamophobic|xenophobic|prejudiced) but(?<!(its|it is|thats|that is|was|wasnt|isnt) not [a-z]+ but)( [a-z0-9]+){1,3}|(problem|problems|trouble|crime|issues) (before|until) (they|them|that lot|those families|those people|the [a-z]+s|the [a-z]+ families) (arrived|came|moved in|turned up|came over|got here)(?<=(?<![a-z])(never|didnt|did not) (have|had|used to have) [a-z ]+)|send them (back )?to their own (schools|school|country|countries|kind)|stick (with|to) their own kind',
    category: 'hate',
    severity: 'warning',
    reason: GROUP_HATE,
  },
  // hate tropes met in the misses of the scored sets that are not untouched, written as the general forms they are: a trans
  // person called "it" or said to be "calling itself" something, a foreign accent mocked ("ve vill do ze assessment",
  // "please to be sitting down"), "learn English first", a people coming "like rats", Traveller sites that "want burning",
  // "Roma beggars", "more foreigners than English", Jews who "always know where the money is", Muslim men who "don't respect
  // women", Islam and British values that "don't mix", a people that "ate the dog", autism as "bad parenting", "brown
  // hordes", eyes that cannot see the board, "a degree from a corner shop" (not "please to be" in "pleased to be", a cat
  // called It, nor the rats in the Pied Piper)
  {
    pattern:
      '(caled|cals|caling|cal) (her|him|them|me|my (son|daughter|child|kid|teacher)|the [a-z]+) (an )?it(?= \\.|$| (and|in|at|because|to|on|which|this|instead|rather))|(caling|cals|caled|identifying as) (itself|it self)|please to be [a-z]+ing|(you|u) are needing to|(ve|we) vil (do|be|go|se|make)|vil do ze|(i|we) vont|vith (ze|the|teacher|you|ze [a-z]+)|(learn|speak) (english|proper english) first(?= \\.|$| (love|lol|mate))|(come|coming|came|swarm|swarming|breed|breeding|multiply|multiplying|pour|pouring|flood|flooding) (over |in |here )?like (rats|cockroaches|vermin|locusts|insects|a plague)|(caravans|caravan site|traveler site|travelers site|gypsy site|gypsies|travelers|pikeys)( [a-z]+){0,4} (wants|needs|should be|ought to be) (burning|burned|burnt|torching|torched|burning out)|(wants|needs) (burning|torching)( out)? caravans and al|(roma|romanian|gypsy|gipsy|traveler|pikey|gypo) (beggars|thieves|scroungers|pickpockets|criminals|scum|rats)|more (foreigners|imigrants|muslims|pakis|poles|asians|blacks|migrants) than (english|british|white|us|our own|normal)|(always|al) (know|knows|find|sniff out|can smel) (where the money is|the money|a bargain|a discount)(?<=(jews|jewish|jew)( [a-z.]+){0,14} (always|al) [a-z ]+)|(respect|listen to) (women|girls|female teachers|women teachers|a woman|a female|female staf)(?<=(?<![a-z]){peoples}( (men|lads|boys|people|dads|fathers))? (dont|do not|never|wont|will not|cant|can not) [a-z]+ [a-z ]+)|(islam|muslims|sharia|the quran) and (british|western|english|our) (values|culture|way of life) (dont|do not|wil never|can never|never) mix|(ate|eat|eats|eating) (the |our |a |your |their )?(dog|dogs|cat|cats)(?<=(which one of them|they|them|chinese|koreans?|vietnamese|asians?)( [a-z]+){0,4} (ate|eat|eats|eating) [a-z ]+)|dog eaters?|jewing|jewed (us|me|them|you|him|her)|(autism|adhd|dyslexia|sen|send|aspergers) (is|s) (just )?(the new word for|an excuse for|made up|another word for|code for) (bad parenting|naughty|lazy|bad behaviour|poor parenting|spoilt|bad kids)|(brown|black|muslim|foreign|migrant|asian) (hordes|swarms|invaders|masses|invasion)|eyes(?<=(?<![a-z])(cant|can not|cannot|couldnt) (even )?(se|read|open) [a-z ]*with (them|those|her|his|their) eyes)|(degre|degres|qualifications?|phd|diploma) from a (corner ?shop|curry ?house|takeaway|kebab shop)|(curry ?house|corner ?shop|takeaway|chipy) (waitress|waiter|owner|boy|girl)(?<=(caled|cals|caling|cal) (me|her|him|them|us) (a |an )?[a-z ]+)',
    category: 'hate',
    severity: 'warning',
    reason: GROUP_HATE,
  },
  // racist and transphobic names for one person: "a proper coconut", "a DEI hire", "a bloke who thinks he's a woman", "a man who
  // wants to be called Miss", "you people shouldn't be teaching" (not a coconut in science, nor the panto dame)
  {
    pattern:
      'coconut(?<=(?<![a-z])(hes|shes|he is|she is|youre|ur|you are|(mr|mrs|ms|miss|sir|dr) [a-z]+s|(mr|mrs|ms|miss|sir|dr) [a-z]+ is) (a )?(proper |right |such a |total |bit of a |real )?coconut)(?! (shy|tree|trees|milk|oil|cake|ice|biscuits?|shel|shels|husk))|dei hires?|(thinks|think) (hes|he is|shes|she is|theyre|they are) a (woman|girl|lady|man|boy|bloke)(?<=(?<![a-z])(bloke|man|guy|geezer|lad|woman|girl|lady|it|he|she|someone|somebody)( who| that)? (thinks|think) [a-z ]+)|(wants|want|wanting) to be caled (miss|mrs|ms|she|her|a woman|sir|mr|he|him)(?<=(?<![a-z])(bloke|man|guy|geezer|lad|woman|girl|lady)( who| that)? [a-z ]+)|(you people|your lot|your sort|your kind|you lot) (shouldnt|should not|cant|cannot|dont|do not|shouldnt even) (be )?(teaching|teach|work|working|be alowed|be here|be in charge)',
    category: 'hate',
    severity: 'warning',
    reason: GROUP_HATE,
    also: 'bullying',
  },
  // names made to mock how a child looks ("they call her Pizza Face", "called him Tubby"), and a teacher called "a glorified
  // babysitter" (not the pizza faces Year 1 made in DT)
  {
    pattern:
      '(cal|cals|caled|caling|calin) (him|her|them|me|my (son|daughter|child|kid|boy|girl)|the (new )?[a-z]+) (a |an )?(pizza ?face|tuby|fatty|dumbo|two ?chins|four ?eyes|spoty|specky|crater ?face|lard ?arse|porky|stumpy|big nose|big ears|goofy|fat ?boy|fat ?girl|piggy|hippo|whale|beanpole|stick ?insect)|glorified (babysiter|babysiters|child ?minder|child ?minders|baby ?siter)',
    category: 'bullying',
    severity: 'warning',
    reason: 'Sounds like bullying aimed at someone.',
  },
  // sets 10 and 11: hate in coded numbers and slogans, conspiracy and denial, slur phrases, dehumanising jokes
  {
    pattern:
      '1488|14 88|88(?<=(white|british|english|aryan|nationalist|patriot)[a-z .]{1,40} 88)(?= \\.|$)|(ok|okay) to be white(?<=(?<![a-z])(its|it is) (ok|okay) to be white)|white genocide|replacement(?<=great replacement)|globalist (bankers|elites?|agenda)|(rothschilds|soros|globalists) (run|control|own|rule|are behind)|(owns|controls|runs) the (central )?(banks|media)(?<=(?<![a-z])who [a-z]+ the( central)? [a-z]+)|holocaust( [a-z]+){0,4} (exagerated|never hapened|made up|a hoax|a lie|didnt hapen|fake)|holocaust(?<=(exagerated|made up|fake|hoax|mythical)( [a-z]+){0,2} holocaust)|(towel|rag|dot|tea towel|bandage|nappy) heads?|(curry|kebab) munchers|cow worshipers|cow botherers?|bog ?irish|bog ?trotters?|goat shagers|kung flu|left ?footers|n\\*g n\\*g|it not a (she|he|girl|boy|woman|man|lady)(?<=(is|s) an it not a [a-z]+)|(mosque|mosques|synagogue|synagogues|gurdwara|temple)(?<=(burn|torch|bomb|blow up|atack|petrol bomb|set fire to)( [a-z]+){0,2} [a-z]+)(?<!(threatening|threatened|plotting|plotted|attempting|attempted|trying|tried|planning|planned|conspiring|conspired|inciting|incited) to (burn|torch|bomb|blow up|atack|petrol bomb|set fire to)( [a-z]+){0,2} [a-z]+)|bender(?= (asembly|asemblies|leson|lesons|agenda|stuf|rubbish|nonsense|club|week))|monkey (noises|chants|sounds|gestures)|monkeys than (kids|children|players|pupils)|jungle(?<=(belong|go|send them) back (in|to) the jungle)|(dinghy|smal boat|rubber boat|lory)(?<=(came|come|arived) (over |here )?on a [a-z ]+)|(take over|invade|replace us|outbred us)(?<=here to [a-z ]+)|(invasion|invaders) of(?<=(an invasion|invaders) of)(?= (the )?({peoples}|men|people|fighting|young men|ilegals|boats|dinghies)(?![a-z]))|fighting ?age men|taken over by {peoples}|tea towel on (his|her|their) head',
    category: 'hate',
    severity: 'block',
    reason: GROUP_HATE,
  },
  // hate codes that name no group, each said as its users say it: the "13 per cent of the population, 50 per cent of the
  // crime" meme, "six million?" said as doubt ("the numbers don't add up, look it up"), and "88" as a greeting ("88 to
  // everyone at the school gate who…"); codes anti-hate groups list, used by writers of list b
  {
    pattern:
      '13 (percent |per cent )?of (the )?(population|pop|people|country|uk)( [a-z]+){0,4} 50 (percent |per cent )?of (the )?(crime|crimes|problems|murders|violence|arrests|prisoners)|(six|6) million( \\.)?(( [a-z]+){0,6})? (the )?(numbers? (dont|do not|doesnt|does not) add up|never happened|my arse|(is )?a myth|(is )?a hoax|(is )?a lie|exaggerated|look it up|(question|questioning) (that|the) number)|(?:^|(?<=\\. ))88 (to|from) (al|everyone|everybody|the lads|my brothers|patriots)',
    category: 'hate',
    severity: 'warning',
    reason: GROUP_HATE,
  },
  // a people damned in ways the group phrases above do not say: "every muslim man is a groomer", "Sikh men all carry knives",
  // "Black lads round here are all drug dealers", "autistic kids are just naughty kids with a label", "Roma kids should have
  // their own class", "travellers shouldn't get school places", "they drag the whole class down", "these travellers will be
  // robbing the school by Friday", "trans is a mental illness", "trans women are just blokes in wigs"
  {
    pattern:
      '(groomer|groomers|terrorist|terrorists|thief|thieves|paedo|paedos|criminal|criminals|rapist|rapists|drug dealers?|dealers|kiddie fidlers|nonces|paedophiles|naughty kids|gangs)(?<=(?<![a-z])(every|each|al|any|the|these|those)? ?{peoples}( (man|woman|men|women|lad|lads|kid|kids|boys|person|people|families|one))?( round here| in this town| on the estate| here)? (is|are|r) (al |just |basicaly )?(a |just a )?[a-z ]+)|(knives|knifes|weapons|guns|blades)(?<=(?<![a-z]){peoples} (men|lads|boys|kids|people)( al)? (carry|have) [a-z]+)|(own|separate|special) (clas|classes|school|schools|unit)(?<=(?<![a-z]){peoples}( [a-z]+){0,2} (should|need to|ought to|must) (have|go to|be in|be put in) (their|a) [a-z]+ [a-z]+)|(school places|houses|homes|benefits)(?<=(?<![a-z]){peoples}( [a-z]+){0,2} (shouldnt|should not|dont deserve to|do not deserve to) (get|have|be given) [a-z ]+)|down(?<=(?<![a-z])(drag|drags|dragging|bring|brings|pul|puls) (the whole clas|the clas|ours|our kids|everyone|the school|standards|the rest)( [a-z]+)? down)(?<={peoples}[a-z .]{1,80})|(robing|nicking|stealing|thieving) (the|our|your|everything|anything)(?<=(?<![a-z]){peoples}( [a-z]+){0,4} (wil be|are|r|wil) [a-z]+ [a-z]+)|(ilnes|mentaly il|disease|fetish|perversion)(?<=(?<![a-z])(trans|being trans|transgender)( people)? (is|are) (a |just a )?(mental )?[a-z]+)|(wigs|dreses|frocks|skirts)(?<=(?<![a-z])trans (women|woman) (are|is) (just )?(blokes|men|a bloke|a man) in [a-z]+)',
    category: 'hate',
    severity: 'block',
    reason: GROUP_HATE,
  },
  // "go back to Poland" said to someone, wherever it stands in the sentence (not "we'll go back to Poland for Christmas")
  {
    pattern:
      'back to (poland|romania|bulgaria|albania|lithuania|pakistan|india|bangladesh|africa|somalia|nigeria|jamaica|china|syria|afghanistan|iraq|iran|turkey|your (own )?country|ur (own )?country)(?<=(?<![a-z])go back to [a-z ]+)(?<!(?<![a-z])(we|wel|i|il|id|they|theyl|to|wil|gona|wana|can|could|might|we can|we could|we might|cant wait to|hoping to|hope to|plan to|planing to|want to|wants to|get to|got to|wont|never|didnt) go back to [a-z ]+)',
    category: 'hate',
    severity: 'block',
    reason: XENOPHOBIC,
  },
  // threats from sets 10 and 11: "he won't walk straight for a month", "I know you live at 14 Alder Close", "slap that smug grin
  // off the head's face", "if that little sh*t touches my daughter again I'll be waiting for him at the gate", "gets their hands
  // broken"
  {
    pattern:
      '(straight|properly|again|right)(?= for a (wek|month|year|fortnight))(?<=(?<![a-z])(he|she|they|you|u|ya) (wont|wil not|aint gona) (walk|sit|talk|se|eat|stand) [a-z]+)|(live|lives) (at|on) [0-9]+(?<=(?<![a-z])(i|we) know (you|u|he|she|they) [a-z]+ [a-z]+ [0-9]+)|(grin|smile|smirk|lok) of (his|her|your|ur|the [a-z]+s|that [a-z]+s|{titled}s) face(?<=(?<![a-z])(slap|knock|smack|punch|kick) (that|the|his|her|your|ur) ([a-z]+ )?[a-z ]+)|waiting for (him|her|them|you|u)(?<=(il|im gona|i wil|wel|il be) be waiting for [a-z]+)(?<=(touches|hits|pushes|grabs|lays a finger on|loks at|goes near|speaks to|shouts at|touched|hit|pushed|grabed)[a-z* ]{1,60}again[a-z ]{1,30})|(hands|fingers) broken(?<=(?<![a-z])(gets|get|geting) (his|her|their|your|ur) [a-z]+ broken)',
    category: 'threat',
    severity: 'warning',
    reason: MAYBE_THREAT,
  },
  // mockery of one person without a name for them: "did her mum dress her in the dark?", "does Mrs Ingram own a hairbrush", "got
  // his teaching degree out of a Christmas cracker", "couldn't spell his own name", "needs a personality transplant", "even his own
  // girlfriend can't stand him", "he's got no mates", "Two Dinners Toby", "you look like a sofa"
  {
    pattern:
      'dark(?<=(?<![a-z])(dres|dresed|dreses) (her|him|you|u|them) in the dark)|(hairbrush|miror|washing machine|iron|comb|toothbrush)(?<=(?<![a-z])(does|do|did|doesnt|dont) (he|she|they|{titled}|(her|his|the|that) [a-z]+)( not)? (own|have) a [a-z ]+)|(cracker|cereal box|lucky bag)(?<=(?<![a-z])(degre|degres|qualification|qualifications|licence|certificate)( [a-z]+){0,3} (out of|from) a (christmas )?[a-z ]+)|own name(?<=(?<![a-z])(couldnt|could not|cant|cannot) spel (his|her|their|your|ur) own name)|personality transplant|(stand|like|love) (him|her)(?<=(?<![a-z])(his|her) own (mum|mother|girlfriend|boyfriend|wife|husband|family|dog|kids|mates|friends) (cant|can not|cannot|doesnt|dont) (stand|like|love) [a-z]+)|no mates(?<=(?<![a-z])(hes|shes|he has|she has|youve|youre|ur) got no mates)|two diners|(sofa|startled owl|thumb in a wig|potato|lampshade|bag of spanners)(?<=(?<![a-z])(you|u|she|he|{titled}) (lok|loks|looked) like a [a-z ]+)',
    category: 'bullying',
    severity: 'warning',
    reason: 'Sounds like mockery aimed at someone.',
  },
  // grooming-like approaches: secrecy ("keep it our secret", "it's our secret", "don't tell your mum", "parents don't need to
  // know"; not a surprise's "it's a secret!"), a child's age
  // asked and a private chat offered, pictures asked of a child, gifts for pictures, a meeting alone, modelling offers to girls,
  // "inbox me her snap", "looks way older than year 6", "lonely man, want private chat?"
  {
    pattern:
      'secret(?<=(?<![a-z])((kep it|kep this) (our|a)|(its|this is) our) (litle )?secret)(?= \\.|$| (ok|okay|x|xx|from|and|dont|no one|nobody|between us))|tel (ur|your|yer) (mum|mom|mam|dad|parents|teacher|teachers)(?<=(?<![a-z])(dont|do not) tel [a-z]+ [a-z]+)(?! (yet|til|until|about the (surprise|present|party|card)|its a surprise))(?!( [a-z]+){0,8} (birthday|surprise|present|presents|card|party|cake|mothers day|fathers day|christmas))|ned to know(?<=(?<![a-z])(parents|mum|mom|your mum|ur mum|your parents|ur parents) (dont|doesnt|do not|does not) ned to know)|old (are|r) (you|u)(?<=(?<![a-z])how old [a-z]+ [a-z]+)( [a-z0-9.]+){0,16}? (insta|snap|snapchat|whatsap|dm|inbox|private chat|chat|met|pic|pics|photo)(?![a-z])|(pic|pics|photo|photos|picture|pictures|selfie|selfies) (of (urself|yourself)|in (ur|your) [a-z]+)(?<=(?<![a-z])send (me )?(a |some |more )?[a-z ]+)|(robux|vbucks|v bucks|gift cards?|money|sweets|phone)(?=( for (u|you))? if (u|you) (send|show))(?<=(?<![a-z])(send|give|got|buy) ((u|you) )?[a-z ]+)|(modeling|modelling)(?<=(earn|make) money [a-z]+)|(pics|photos|pictures) to me privately|(snap|number|insta)(?<=(?<![a-z])(inbox|dm|send) me (her|his) [a-z]+)|older than (year|yr) [0-9](?<=(?<![a-z])(looks|lok|loks) (way |much |so )?older than [a-z]+ [0-9])|private chat(?<=(?<![a-z])(want|wana|fancy) (a )?private chat)|own(?<=(?<![a-z])met( up)?( [a-z]+){1,6} on (his|her|your|ur) own)|sucks d[i*]ck|bend me over(?! backwards)|(stock cupboard|staf ?rom|store ?rom|cupboard|car park)(?<=(?<![a-z])at it in the [a-z ]+)|bulge(?<=(massive|big|huge|nice) bulge)|would(?= \\.|$)(?<=(fit|hot|sexy|peng|buf|lush)( [a-z]+){0,2} would)|hotties(?<=litle hotties)|body(?<=(beter|nicer) body)(?<=(girl|girls|year [0-9]|yr [0-9])[a-z0-9 ]{1,60})|ful set(?<=(?<![a-z])(pay|buy) for (the )?ful set)(?<=(girls|swiming|gala|costumes|leotards)[a-z0-9 .]{1,120})',
    category: 'sexual',
    severity: 'warning',
    reason: 'May be read as sexual, or as an approach to a child.',
  },
  // more of the same, from a probe list of the grooming lines safeguarding training warns of: "send me a pic of you in
  // your uniform", "our little secret ok", "delete these messages after you read them", "I can buy you a new phone if
  // you keep this between us", "you're so mature for your age", "are you home alone" (not "keep it between us till the
  // party", "she is very mature for her age", "are you home alone at half term? the holiday club has places"). A lift
  // offered after a meeting was tried and left out: parents offer each other lifts to matches.
  {
    pattern:
      '(pic|pics|photo|photos|picture|pictures|selfie|selfies) of (you|u)( in (ur|your) [a-z]+)?(?<=(?<![a-z])send (me )?(a |some |more )?[a-z ]+)(?= \\.|$| (babe|hun|x|xx|pls|please|now|tonight|rn|and|dont|no one|nobody|ok))|our (litle )?secret(?= (ok|okay|x|xx|yeah|right|babe|hun)(?![a-z]))|delete (these|the|our|my|this|them|those) (mesages?|messages?|chats?|texts?|pics?|photos?|convo|conversation)( [a-z]+){0,2} (after|once|when) (you|u) (read|se|sen|lok at|loked at)|(kep|keep) (this|it|that) (between (us|you and me|u and me|ourselves)|to (yourself|urself))(?<=(?<![a-z])(buy|get|give|send|got) (you|u) [a-z0-9 ]+)|{youre} (so |realy |very |proper )?(mature|grown up|developed) for (your|ur) age|(are|r) (you|u) (home alone|alone|on (your|ur) own)(?= \\.|$| (tonight|rn|now|right now|babe|hun|x|xx))',
    category: 'sexual',
    severity: 'warning',
    reason: 'May be read as sexual, or as an approach to a child.',
  },
  // a third probe list of grooming lines: "have you ever kissed anyone?", "are you wearing your uniform right now", "let's
  // move this chat to snapchat", "add me on snap, I'm 15 too", "I'll give you £50 for a pic", "I'm not like other adults",
  // "meet me at the park, just you, don't bring anyone", "have you started your period yet", "is your bedroom door
  // locked" (not The Frog Prince's kiss, "are you wearing your uniform for the photo tomorrow", "meet me at the park,
  // don't bring anything")
  {
    pattern:
      '(have|hav) (you|u) ever kised (anyone|anybody|any1|someone|sum1|a boy|a girl|a guy|an older)|wearing(?<=(?<![a-z])(are|r|what are|wat are|what r|wat r) (you|u) wearing)( [a-z]+){0,3} (right now|rn)(?![a-z])|(chat|conversation|convo|chats)(?<=(?<![a-z])(move|take) (this|our|the) [a-z]+) (to|onto|on) (snap|snapchat|whatsap|insta|instagram|telegram|kik|discord|private|dm|dms)|(to|as wel)(?<=(?<![a-z])(im|i am) ([0-9]+|ten|eleven|twelve|thirteen|fourteen|fifteen) (to|as wel))(?<=(add|dm|message|snap|inbox|chat)( [a-z0-9]+){0,8})|for (a|one|some|more|your|ur) (pic|pics|photo|photos|picture|pictures|selfie|selfies|vid|vids|video|videos)(?! of (?!(you|u|urself|yourself)))(?<=(?<![a-z])(give|pay|send) (you|u) ([0-9]+|money|robux|vbucks|[0-9]+ quid|a tenner|a fiver)( [a-z]+){0,2} for [a-z]+ [a-z]+)|not like (other|the other) (adults|grownups|grown ups|men|teachers|parents|guys)(?<=(?<![a-z])(im|i am) not like [a-z]+ [a-z ]+)|(bring|tel) (anyone|anybody|any1|your (mates|friends|mum|dad|parents)|ur (mates|friends|mum|dad|parents))(?<=(?<![a-z])(dont|do not) [a-z]+ [a-z ]+)(?<=(?<![a-z])(meet|come) [a-z ]{0,60})|(period|periods)(?<=(?<![a-z])(have|hav) (you|u) started (your|ur) [a-z]+)|(lock|locked|lok|loked)(?<=(?<![a-z])(is|does) (your|ur) (bedrom|bedroom) (dor |door )?[a-z]+)',
    category: 'sexual',
    severity: 'warning',
    reason: 'May be read as sexual, or as an approach to a child.',
  },
  // set 12: slur phrases for Black, Muslim, Sikh, Irish Catholic and trans people with no slur word in them ("jungle bunnies",
  // "bin bags with eyes", "came down from the trees", "a tea cosy on his head", "a bloke in a wig" said of a
  // trans woman, "a bloke who thinks he's a woman")
  {
    pattern:
      'jungle bunn(y|ies)|asylum (spongers|scroungers|sponges|cheats|frauds|leeches|parasites)|bin ?bags? with eyes|(came|come|just came|climbed|swung) down from the trees|tea ?cosy on (his|her|their|your|ur) head|(bloke|man|geezer) in (a )?(wig|dress|frock)(?<=(?<![a-z])(shes|she is|her as|called her|calling her|call her|calls her) (just |only |really |basically |still )?a [a-z]+ in (a )?[a-z]+)|(bloke|man) who thinks (hes|he is) a (woman|lady|girl)|(woman|girl) who thinks (shes|she is) a (man|bloke|boy)',
    category: 'hate',
    severity: 'block',
    reason: GROUP_HATE,
  },
  // set 12: a people rounded up, sent away or gassed as "the lot of them" ("send the lot of them home", "round the lot of them
  // up", "gas the lot of em", "send them back in boxes"); the verbs carry it, and no one rounds up or gasses a class
  {
    pattern:
      '(gas|round up|deport|exterminate|shoot|drown|sink) (the lot of (them|em)|them al|em al)|(round|rounded|gas|deport|drown) (the lot of (them|em)|them|em) (up|al|back)(?<=(?<![a-z])round [a-z ]+ up|(?<![a-z])(gas|deport|drown) [a-z ]+)|back in (boxes|body bags|coffins)(?<=(?<![a-z])send (the lot of (them|em)|them|em|them al) back [a-z ]+)',
    category: 'hate',
    severity: 'block',
    reason: GROUP_HATE,
    also: 'threat',
  },
  // set 12: threats in slang and set phrases ("man will get wet", "wet him up", "getting dashed in the river", "things happen to
  // grasses round here", "someone will shut that mouth for you", "would go up lovely with a can of unleaded", "just got out and
  // he's dying to meet the headmaster", "tell Walsh he wants to be careful walking to his car tonight")
  {
    pattern:
      '(?<!(the|a|that|this|old|one|every) )man (will|l|s gonna|is gonna) get wet|wet (him|her|you|u|them|em) up|(dashed|lobbed|chucked|thrown|slung|dunked) (in|into|off) the (river|canal|sea|lake|quarry|harbour|docks)(?<=(?<![a-z])(ur|youre|you are|u r|hes|shes|theyre|he is|she is|they are|you|u|he|she|they) (getting|gonna get|going to get|gonna be|wil get|l get) [a-z ]+)|things happen to (grasses|snitches|rats|people who (talk|grass|snitch|tell))|shut (that|your|ur|yer|his|her) mouth (for|4) (you|u|him|her|them)(?<=(?<![a-z])(some1|someone|somebody|sumi|sum1|someones) (wil|l|is gonna|s gonna|is going to) [a-z0-9 ]+)|(go up|burn) (lovely|nicely|a treat|like a bonfire|like a torch)(?<=(?<![a-z])(school|schools|house|building|place|mosque|church|synagogue|temple|gurdwara|car|caravan|caravans|office|shop|flat|gaff) (would|will|l|could|should|d) [a-z ]+)|a can of (petrol|unleaded|diesel|paraffin) and (a|one) match|(dying|desperate|itching|keen) to meet(?<=(?<![a-z])(just (got|come|been let) out(?! of (hospital|the hospital|surgery|bed|the car|work))|out of (prison|jail|the nick)|just been released)( [a-z]+){0,6} (dying|desperate|itching|keen) to meet)|careful (walking|walkin|going|getting) to (his|her|their) (car|house|motor)(?<=(?<![a-z])tell [a-z]+ (he|she|they) (wants|had better|better|best) (to )?be careful [a-z ]+)',
    category: 'threat',
    severity: 'block',
    reason: AIMED,
  },
  // sets 12 and 14: a people damned without a slur ("send the lot of them home", "it's in their culture" after robbing,
  // but not a class sent back to class or home early: "send them all back to class", "we'll send them all home early")
  // "special schools exist for a reason", "sharia for all of us", "keep your degeneracy away from", "normal families only",
  // "smelt like a curry house")
  {
    pattern:
      'send (the lot of (them|em)|them al|em al|al of (them|em)) (home|back)(?! (to (clas|clases|clasrom|clasroms|schol|their|the|lesons|bed|your|our|his|her|mum|mums|parents)|early|at|after|with|for|because|on the (bus|coach|minibus)|by|now|safely|from|happy|tired|a|the|an|pupils|children|kids|books|letters|forms|slips|permision|reply))|(culture|blood|nature|dna|genes)(?<=(?<![a-z])(rob|robbing|steal|stealing|thieving|nick|nicking|beg|begging|lie|lying|cheat|cheating|scrounge|scrounging|knives|knife|stabbing|stab)( [a-z]+){0,6} (its|it is|thats|that is) (in )?(their|the) [a-z]+)|special schools exist for a reason|sharia (for al of us|for us al|law here|law in (this|our|bristol|britain|england)|is coming)|(keep|take) (your|ur|their) degeneracy|normal (families|people|kids|children) only|(smel|smels|smelt|smeled|smeling|stink|stinks|stank|stinking|reek|reeks|reeking) like a curry house',
    category: 'hate',
    severity: 'block',
    reason: GROUP_HATE,
  },
  // set 18: hate without a listed slur ("propaganda for little terrorists", "day of the rope", "anything that isn't nailed
  // down", "two men raising a child isn't a family", "no such thing as a trans kid", "a religion that treats women like
  // property", "pineapple on his head", "serving dog at the Lunar New Year lunch", "thick Paddy", "diversity is a code word
  // for anti-white", the poisoned sweets in a bowl, "a proper coconut", "paid for every kid", "a culture that doesn't
  // belong", "more cultural enrichment", "DEI hire", "six million my arse", "how a country disappears", "a bloke who wants
  // to be called Miss", "praying to Mecca next")
  {
    pattern:
      '(little|baby|future|junior|tiny|mini|trainee) terrorists|day of the rope|anything that (isnt|is not|aint) nailed down|(two (men|dads|blokes|women|mums)|gay couples?|same sex couples?|lesbians|gays) (raising|bringing up|adopting|having) (a )?(child|kids|children|baby|babies)( [a-z]+){0,3} (isnt|is not|arent|are not|aint|is never|are never) (a )?(real |proper |normal )?(family|families|parents|natural|normal|right)|no such thing as (a )?(trans|transgender|non binary|nonbinary) (kid|kids|child|children|person|people|girl|boy)|(religion|culture|faith) that (treats|sees|keeps) women (like|as) (property|dirt|slaves|objects|cattle|possessions)|pineapple on (his|her|their|your|ur) head|(serving|serve|served|eat|eating|cooking|cook) (dog|dogs|cat|cats|bat|bats)(?<=(lunar new year|chinese new year|chinese|vietnamese|korean)( [a-z]+){0,12} (serving|serve|served|eat|eating|cooking|cook) [a-z]+|(?<![a-z])(serving|serve|served|eat|eating|cooking|cook) [a-z]+(?= (at|for) the (lunar|chinese) new year))|(thick|stupid|typical|drunk|drunken|thieving|dirty|bog) (paddy|paddies|micks)|(code ?word|codeword|another word|a word) for (anti white|antiwhite|white genocide|replacing us|replacement|less white)|poisoned(?<=(sweets?|skittles|m and ms|smarties|one in ten|bowl)( [a-z0-9]+){0,8} (was|were|is|are) poisoned)|coconut(?<=(a proper|a right|a total|such a|an absolute|a bounty bar|proper|is a) coconut)(?! (shy|milk|oil|cake|ice|tree|water|macaroon|race))|paid for (every|each) (kid|child|baby)(?<=(roma|gypsies|gypsy|travellers|traveller|immigrants|migrants|refugees|asylum seekers|muslims|polish|romanians?|somalis?|nigerians?|they) [a-z ]*paid for (every|each) [a-z]+)|culture that (doesnt|does not|dont) belong|more cultural enrichment|cultural enrichment (at|in|on|again|strikes)|(dei|diversity|affirmative action) hire|six milion (my arse|my ass|lol|yeah right|is a myth|is a lie|didnt happen)|holocaust (never happened|didnt happen|was a hoax|is a hoax|hoax|is a lie|myth)|holohoax|how (a|the|our) (country|nation|town|culture) (disappears|dies|is lost|gets erased)|(bloke|man|fella|lad) who wants to be called (miss|mrs|ms|she|her|a woman)|praying to mecca',
    category: 'hate',
    severity: 'block',
    reason: GROUP_HATE,
  },
  // set 18: an attack on a people's place, with petrol and the lads ("wants a visit from the lads and a few cans of petrol",
  // "someone should go down there with a few lads and a can of petrol")
  {
    pattern: 'petrol(?<=(visit from|go down there|go round there|pay (them|it|that) a visit|lads and|boys and)( [a-z]+){0,8} (cans?|jerry can|gallon|drum) of petrol)',
    category: 'threat',
    severity: 'block',
    reason: THREAT,
    also: 'hate',
  },
  // set 19: threats in long texts ("he'll be leaving on a stretcher", "roll a lit can of diesel under the first caravan", "cedar
  // goes up like a matchbox", "sort it oot or ah will", "come round and shut you up myself", "see if he's still chatty with a
  // burst lip", "want to watch their windows", "go stick ur head in the oven", "be awful if someone forgot to keep an eye on
  // her", "talk with the father in my way", "out to the woods and leave him there", "not the talking type", "dunked in the
  // brook and held there", "dying to get her hands on someone", "let's see who's laughing then", "you want to be careful
  // walking to your car", "will burn with his school")
  {
    pattern:
      '(leaving|leave|going home|go home|carried out|come out|coming out|end up) on a stretcher|a lit (can|rag|match|bottle|firework)( of [a-z]+)? (under|through|into)|(goes|go|would go|wil go|l go|d go) up like a (matchbox|tinderbox|torch)|(sort it (out|oot)|deal with it|sort him (out|oot)|sort her (out|oot)) or (i|ah|al|il|we|ahl) (wil|do|wil do)|shut (you|u|ya|him|her|them|yous) up (myself|masel|meself|mysel|for good|permanently)|(still [a-z]+|leave|leaving|go home|going home|walk away|walking away|end up|ending up) (with|wi) a (burst|busted|bust|fat|split) lip|ride out on (him|her|you|u|them)|(want|wants|wanna|better|best|should) (to )?watch (their|your|ur|yer|his|her) (windows|car|cars|house|tyres|kids)|(stick|put) (ur|your|yer|yo) head in (the|an|a|ur|your) oven|(awful|terrible|shame|pity) if (someone|somebody|anyone) (forgot|forget|was to forget|were to forget) to (keep an eye|watch|look after|pick)|(talk|speak|deal) (with|to)( [a-z]+){1,3} in my (own )?way|(out to|into|in) the woods and (leave|leaves|left|bury|buried) (him|her|them|you|u) there|not the talking (type|kind|sort)|not (one|ones|big) for talking|(dunked|dashed|held|shoved|pushed|thrown|chucked) (in|into|under) the (brook|pond|stream|lake|river|canal)( and held (there|under|down))?(?<=(?<![a-z])(getting|get|gets|be|gonna be|going to be|wil be|l be|ur|youre|hes|shes) [a-z ]+)|(dying|itching|desperate|waiting) to get (her|his|their|my|our) hands on (someone|somebody|her|him|you|u|them)|(lets|let us) see (whos|who is) laughing (then|now|after|tomorrow)(?= \\.|$)|(you|u|ya) (want|wanna|had better|better|best) (to )?be careful (walking|walkin|going|getting) to (your|ur|yer) (car|house|motor)|wil burn (with|in) (his|her|their|the|your|ur) (school|house|car|classroom|office)|(a few of us|some of us|we wil be|wel be|the lads wil be)( [a-z]+){0,4} with (petrol|petrol cans|matches|lighters|baseball bats|bats)',
    category: 'threat',
    severity: 'block',
    reason: AIMED,
  },
  // set 19: hate in long texts ("THE ISLAMIC TAKEOVER OF OUR SCHOOLS", "halal-only dinners ... telling our girls to cover up",
  // "they're not trans, they're confused kids", "they'd still be living in mud huts", "them two queers", "we all know who decides
  // what gets taught", "the woman in the bin bag", "elephant gods and cow muck", "cook anything that doesn't run fast enough",
  // "prayer mats in the hall", "a bloke in a frock", "half of them lie about their age", "is the new app so gay")
  {
    pattern:
      '(islamic|muslim|muzlim|sharia) takeover|(are|is|theyre) replacing (your|our|ur) (children|kids|people|grandchildren)|telling (our|my|the) (girls|daughters|women) to cover up|not trans(,)? (theyre|they are|shes|she is|hes|he is) (just )?(confused|mentaly il|a boy|a girl|atention seeking|being used)|(still )?(be |been )?(living|live|lived) in (mud huts|caves|trees)(?<=(theyd|they would|they d|theyd stil|they would stil|they d stil)( [a-z]+){0,3} (living|live|lived) in [a-z ]+)|(them|those|two|bunch of|filthy|dirty|bloody|fucking|pair of) queers|(we|you|everyone) (al )?know who (decides|runs|controls|owns|pulls the strings)|(woman|women|one|lady|ladies|mum|mums|thing) in the bin ?bags?(?! (costume|outfit|dress|skirt))|elephant gods?|(cook|eat|eats) anything that (doesnt|does not|cant|can not) (run|move|swim|fly)|prayer mats in the (hall|school|clasrom|classroom|playground|canteen)|(thats|thats just|its|its just|shes|shes just|she is) a (bloke|man|gezer) in a (frock|dress|wig|skirt)|lie about their (age|ages)(?<=(half of them|they al|al of them|most of them|they) [a-z ]*lie about their [a-z]+)',
    category: 'hate',
    severity: 'block',
    reason: GROUP_HATE,
  },
  // set 20: everyday hate ("should've kept their virus at home", the Holocaust "milked for 80 years", "nobody asked for your lot
  // to move here", "half of Poland is living off our benefits", "we celebrate their festivals but they never respect ours",
  // "looks like feeding time at the monkey enclosure"), and "UR DEAD MISS" scratched into a car
  {
    pattern:
      '(kept|keep|kep) (their|your|ur) virus|(their|your) virus(?= at home| back| here)|milked (it|the holocaust)(?<=holocaust( [a-z0-9.]+){0,8} milked [a-z]+)|(nobody|no one|noone) asked (for )?(your|their|that|you) lot to (move|come) (here|over)|(half of|al of|the whole of) (poland|romania|bulgaria|lithuania|albania|africa|pakistan|india|bangladesh|somalia|nigeria|syria|afghanistan)( is| are| s)? (living of|over here|coming over|claiming)|respect (ours|our (festivals|religion|culture|ways))(?<=(their|al their) (festivals|religion|culture|holidays|eid|diwali|ramadan)( [a-z]+){0,6} (never|dont|do not|wont) respect [a-z ]+)|feeding time at the (zoo|monkey enclosure|monkey house|ape house)(?<=(looks|look|looked|like) (like )?feeding time at the [a-z ]+)',
    category: 'hate',
    severity: 'block',
    reason: GROUP_HATE,
  },
  {
    // "you're dead, miss" said to a teacher is a threat whatever follows ("scratched UR DEAD MISS into my car door",
    // "you're dead Mr Walsh"); to a mate, only at the sentence's end ("you're dead mate" but not "ur dead mate funny")
    pattern: '(ur|youre|you are|u r) (dead|ded) ((miss|sir|mr|mrs|ms|teacher)(?![a-z])|(mate|bitch|bro|fam)(?= \\.|$))',
    category: 'threat',
    severity: 'block',
    reason: AIMED,
  },
  // set 20: bodies leered at ("lovely legs on the girl at the end of the front row", "the new caretaker's bum in them work
  // trousers", "Mr Walsh in a suit ... I wouldn't say no")
  {
    pattern:
      '(lovely|nice|great|gorgeous|sexy|fit|perfect) (legs|body|figure|bum|arse|ass|boobs|chest) on (the|that|this|her|him) (girl|lass|one|young|lad|boy|new|teacher|ta|mum|dad)|(bum|arse|ass|backside|package|bulge) in (them|those|his|her|that|these) ([a-z]+ )?(trousers|shorts|jeans|leggings|lycra|joggers|trackies)|i (wouldnt|would not|wudnt) say no(?= \\.|$| to (him|her))',
    category: 'sexual',
    severity: 'warning',
    reason: 'May be read as sexual.',
  },
  // set 20: mockery ("his mum can waddle up to the office", "Lady Muck in the Range Rover", "one of my Year 4s is so thick I
  // explained a full stop four times", "if his mum spent less on cigs he'd have shoes that fit", "nobody would even care")
  {
    pattern:
      '(waddle|waddles|waddling|waddled) (up|down|over|in|into|across|round|along|off)(?<=(?<![a-z])(mum|mam|dad|she|he|her|him|teacher|miss|sir|head|you|u|ya|woman|bloke|wife|husband)( [a-z]+){0,2} (waddle|waddles|waddling|waddled) [a-z]+)|(lady|lord) muck|so (thick|dense|dim|stupid) (i|that i|that|we|she|he|you)(?= (explained|had|have|told|said|repeated|went|wanted|asked|wonder|had))|spent less on (cigs|fags|booze|nails|tattoos|scratchcards|lottery tickets|vapes|wine|lager|holidays)|nobody would (even )?(care|miss (you|u|her|him))(?= \\.|$| (if (you|u|he|she)|tbh|lol|honestly))',
    category: 'bullying',
    severity: 'warning',
    reason: 'Sounds like mockery aimed at someone.',
  },
  // set 14: threats in gaming and drill slang and in set phrases ("we spin the block where that teacher lives", "imma 360 no scope
  // that ref irl", "log off before I find your house", "won't be walking out of that building the same way he walked in", "I'll
  // bate the head off him", "his uncles will come and deal with him", "wants burning out", "the bridge is that way, off you pop")
  {
    pattern:
      'spin (the|ur|your|his|her|their|that) (block|blocks|ends|endz|area|estate|road|street)(?= (where|on|til|till|until|again|tonight|wen|when|for|fam|bro|\\.)|$)|(360 )?no ?scope (that|the|you|u|him|her|ur|your|this) ([a-z]+ )?(irl|in real life|for real|fr)|(log|logg|get) (of|out) (before|b4) (i|we|il|imma|ima) (find|come to|turn up at|pul up (to|at)) (ur|your|yer) (house|address|gaff|home|door|school)|(be|come) (walking|walk|coming|going) out of (that|the|this) [a-z]+ the same way (he|she|they|you|u) (walked|came|went) in|(bate|beat|batter|knock|punch|slap|kick) the (head|face|living daylights|shite|shit|bejaysus|bejesus|bejasus) (of|out of) (him|her|you|u|them|ye|that|the|his|your|ur)|(uncles|brothers|cousins|the boys|the lads|my boys|my lads|the family|his family|our family|my family|mates)( and [a-z]+)? (will|l|are gonna|gonna|are going to) (come|come round|come down|come up|be round|be down) (and|to|n) (deal with|sort out|sort|see to|have a word with|have words with|visit) (him|her|you|u|them|ye|(that|the|this) (lad|boy|kid|girl|teacher|man|woman|bloke|dad|mum|head|family))(?![a-z])|(wants|needs|want|need) (burning|torching) (out|down)|(bridge|cliff|cliffs|railway|tracks|train tracks|motorway|multi storey|multistorey) is (that|this|over there|round the corner) way( [a-z]+){0,3} (of you (pop|go|trot)|go on then|do (us|everyone) (al )?a favour|jump|bye)',
    category: 'threat',
    severity: 'block',
    reason: AIMED,
  },
  // a second probe list of everyday prejudice ("this is a Christian country" against Eid, "can't move for burqas", "it's like
  // Kabul at pick-up", "when this school was English", "four wives", "they're not even human", "it's an invasion", changing
  // gender called a mental disorder)
  {
    pattern:
      'this is a (christian|white|british|english) (country|school|town)|(cant|cannot|can not) move for (burqas|burkas|burkhas|hijabs|headscarves|headscarfs|turbans|foreigners|immigrants|migrants|{peoples})|(like|looks like|its like|feels like) (kabul|karachi|mogadishu|baghdad|lagos|islamabad|bombay|mumbai|calcutta|delhi|beirut|tehran|dhaka|bucharest|warsaw|the third world|a third world country|a refugee camp)(?= (at|round|around|in|outside|on|down|every|now)(?![a-z]))|when (this|the|our) (school|town|country|area|street|place|estate|city) (was|used to be) (english|british|white)|(has|got|with|have) (four|4|three|3|five|5|several|multiple|two|2) wives(?<=(bet|benefits|probably|prob|prolly)[a-z ]{1,60})|(theyre|they are|they r|they aint|theyr) not (even )?(human|people|proper people|real people)|(its|it is|this is) an invasion(?= \\.|$)|(changing|change|changed|chop|chopping) (your|ur|their|his|her) (gender|sex)( [a-z]+){0,6} (mental (illness|disorder)|delusion|delusional|mutilation|child abuse)',
    category: 'hate',
    severity: 'warning',
    reason: GROUP_HATE,
  },
  // common menace the sets had not yet worded ("he won't know what hit him", "keep looking over your shoulder", "count your
  // days", "make you wish you'd never been born", "someone's going to get hurt and it won't be my kid", "watch yourself, miss")
  {
    pattern:
      '(wont|wil not|aint gonna|wouldnt) know what hit (him|her|them|you|u|em)|(keep|better keep|start|il keep you) looking over (your|ur|yer) shoulder|count (your|ur|yer) days|(make|makes|il make) (you|u|him|her|them) wish (you|u|he|she|they)( had|d|would have|d have)? never been born|hurt and it (wont|wil not|aint gonna) be (me|mine|my (kid|son|daughter|boy|girl|lad|child))|watch (yourself|urself|ur back|your back)(?= (miss|sir|mate|pal|love|mr|mrs|ms|pal|bro|fam|lad|girl)(?![a-z]))',
    category: 'threat',
    severity: 'warning',
    reason: MAYBE_THREAT,
  },
  // menace by what someone should mind (2026-12-08): "I hope Mr Grant has good insurance on that car of his", "Mrs Cole
  // should be careful crossing that road of a night", "your windows are very easy to break, Mr Hill", "she'll be needing
  // more than a plaster when I'm done", "tell the head I said hello, she'll know what it means", "that teacher needs to be
  // taught some respect, and I'm the one to do it", and a threat that says it is no complaint: "…and I don't mean a
  // complaint." Not
  // "I hope everyone has travel insurance for the ski trip", "children should be careful crossing the road", "you should
  // be careful walking home on your own in the dark, there have been muggings" (only someone at the school named or
  // described is told to be careful), "the old windows are easy to break, please don't lean on them", "that graze needs
  // more than a plaster", "come and talk to us, I don't mean a complaint, just a chat".
  {
    pattern:
      'insurance(?<=(?<![a-z])hope (({titled}|he|she|they|you|u|that [a-z]+|(the|that) (teacher|head|headteacher|deputy|caretaker)|your (head|headteacher|teacher))( [a-z]+){0,2} (has|have|got|s got|ve got|has got)|youve|theyve|hes|shes)( got)? (god |decent |ful |comprehensive |fuly comprehensive )?insurance)|({titled}|(that|the) (teacher|head|headteacher|deputy|caretaker)) (should|beter|best|wants to|needs to|might want to|had beter|d beter) be careful (crossing|walking|driving|going|geting|parking)( [a-z]+){0,4} (of a night|at night|in the dark|after dark|on (her|his|their|your|ur) own)|(your|ur|his|her|their|{titled}s) (windows|tyres|car|door|front door|fence|van) (are|is|r|s) (very |so |realy |pretty |dead )?easy to (break|smash|slash|scratch|torch|burn|kick in)|more than a plaster(?= (when|after|once) (im|i am|ive|i have|we|were|we are) (done|finished|through))|know what (it|that|this) means(?<=(said|say|saying) helo [a-z .]{0,30}(shel|hel|theyl|she wil|he wil|they wil|she|he|they)( ?l| wil)? know what [a-z]+ means)|(im|i am|i wil be|il be) the one (to do it|to teach (him|her|them|it)|who does it|wholl do it|who wil do it)(?<=(taught|teach|teaching) ((him|her|them|that [a-z]+|the head|{titled}) )?(some |a )?(respect|leson|manners|(his|her|their) place)( [a-z]+){0,3} (im|i am|i wil be|il be) the one [a-z ]+)|and (i|we) (dont|do not) mean (a complaint|complaining|by complaining|through the governors|with the governors|legaly|on paper|in writing|an email|a leter|a strongly worded [a-z]+|ofsted)(?= \\.|$| either)',
    category: 'threat',
    severity: 'warning',
    reason: MAYBE_THREAT,
  },
  // stock menace (2026-12-08): "people have gone missing for less", "only a matter of time before someone teaches that
  // head a lesson", "watch your step, Mr Hunt" (not "only a matter of time before someone gets hurt on that crossing",
  // "watch your step on the ice"). Not "his card is marked", "a marked man", "on borrowed time" or "her days are
  // numbered": in a school they as often mean a job at risk as a body.
  // ("for less" is spelt "for l[a-z]s" so that the stream vocabulary does not learn "les", the stream's "less", as a
  // word: it then read "nobody l**es you" as "les" before "likes".)
  {
    pattern:
      '(people|folk|others|men|blokes|teachers|kids|lads) (have |ve )?(gone missing|ended up in hospital|ben hurt|got hurt|disapeared) for l[a-z]s(?![a-z])|only a mater of time (before|til|until) (someone|somebody|some1|one of (us|the dads|the parents)) (teaches|sorts|sorts out|deals with|smacks|batters|goes for|has a go at) (him|her|them|you|u|that|the|(mr|mrs|ms|miss|sir|dr) [a-z]+)|watch (your|ur|yer) step(?= (miss|sir|mate|pal|love|mr|mrs|ms|bro|fam|lad|girl)(?![a-z]))',
    category: 'threat',
    severity: 'warning',
    reason: MAYBE_THREAT,
  },
  // a second probe list of everyday menace ("you're gonna get it at home time", "we're gonna jump him at the park", "I've seen
  // where your kids go to school", "you won't be smiling for long", "you'll be eating hospital food", "we'll see how brave you
  // are when you're on your own", "I'll fix you good", "end your career and then your life", "you're dead meat")
  {
    pattern:
      '(ur|youre|you are|u r|hes|shes|he is|she is|theyre) (gonna|going to|gona) get it (at (hometime|home time|the gates?|break)|after school|tomorrow|tmrw|2moro|later|tonight|hometime|home time|big time|proper)|(gonna|going to|gona|wil|l) jump (him|her|you|u|them|em|that [a-z]+)(?= (at|after|when|tomorrow|later|tonight|outside|on|behind|near|by|in the)(?![a-z]))|(seen|found out|know) where (your|ur|yer|his|her|their) (kids|children|son|daughter|boy|girl|lad) (go|goes) to school|(wont|wil not|aint gonna|aint going to) be smiling for (long|much longer|lon)|(be|l be) eating hospital food|see how (brave|hard|tough|big|clever|gobby) (you are|u are|ur|youre|u r|he is|hes|she is|shes|they are|theyre) when (youre|ur|u r|you are|hes|shes|he is|she is|theyre|they are) on (your|ur|his|her|their) own|fix (you|u|him|her|them|ya) (good|proper|properly)|end (ur|your|his|her|their) (life|lives)(?<=(?<![a-z])(il|i wil|im gonna|im going to|we wil|wel|gonna|going to|and then|then)( [a-z]+){0,5} end [a-z]+ [a-z]+)|(youre|ur|you are|u r|hes|shes|he is|she is) dead meat|end (ur|your|his|her|their) (career|job|marriage) and then (ur|your|his|her|their) (life|lives)',
    category: 'threat',
    severity: 'warning',
    reason: MAYBE_THREAT,
  },
  // the same dare with whoever it is aimed at, and wherever they will be without help: "let's see how brave the head is when
  // there's no receptionist standing between us", "we'll see how brave he is in the car park without his whistle", "see how
  // brave you are without your car round you"; and a smile that will not last: "keep smiling miss, while you still can"
  // (set 39, training sets 7 and 10: three writers; not "see how brave you are on the climbing wall")
  {
    pattern:
      'se how (brave|hard|tough|big|clever|gobby|cocky|mouthy|smug) ((you|u|ya|he|she|they|the [a-z]+|that [a-z]+|that [a-z]+ [a-z]+) (are|is|r)|youre|ur|hes|shes|theyre)( then)? (without (a|the|your|ur|his|her|their) [a-z]+|when (there is|theres|there are) no|in the (car park|carpark|dark)|outside|at the gates?|after dark)|(smiling|laughing|smile|laugh)( [a-z]+)? while (you|u|he|she|they) (stil )?can',
    category: 'threat',
    severity: 'warning',
    reason: MAYBE_THREAT,
  },
  // prejudice in its usual openings and claims ("I'm not racist but", "we don't want your sort round here", "they come here and
  // take our houses", "she only got the job because she's black", "I'd never let my son play with a gypsy kid", "teaching kids
  // to be gay", "typical muslim", "they should all be deported", "rob you blind")
  {
    pattern:
      '(im|i am|i aint|not being) (not )?(racist|homophobic|a racist|being racist|prejudiced|xenophobic|transphobic)(,)? but( [a-z0-9]+)*|(your|their|that) sort (round|around|in|near|at) (here|this school|our school|the school)|(come|came|coming|comes) (over )?here and (take|taking|took|takes|steal|stealing|get|getting|gets) (our|al our|the|al the) (houses|jobs|homes|school places|places|benefits|money|council houses)|only got (the|her|his|that|this) (job|place|role|promotion|post) (because|cos|coz|cause|as) (shes|hes|they are|theyre|she is|he is) (black|asian|a woman|muslim|gay|disabled|foreign|polish|indian|trans|pakistani|a lesbian)|(never|not|wouldnt|would not) let (my|our) (son|daughter|kids?|children|boy|girl|lad) (play|mix|sit|be friends|hang about|hang around) with (a |an |those |them |that |any )?{peoples}|teaching (the )?(kids|children|our kids|our children|them|five year olds) (to be|how to be) (gay|trans|lesbian|bisexual|queer)|typical (muslim|muslims|jew|jews|paki|pakis|pole|poles|romanian|romanians|gypsy|gypsies|pikey|pikeys|immigrant|immigrants|foreigner|foreigners|arab|arabs|somali|somalis)(?= \\.|$| (behaviour|behavior|that|for you|innit|lol|again|mentality))|(should|shud|need to|needs to|ought to|want to be) (al |just |al just )?be deported|rob (you|u|ya|us|everyone) blind(?<=(?<![a-z]){peoples}( [a-z]+){0,5} rob [a-z]+ blind)',
    category: 'hate',
    severity: 'warning',
    reason: GROUP_HATE,
  },
  // an allegation of abuse against a member of staff, made in public: "Mr Hughes has been grooming my daughter", "that PE
  // teacher is a pervert", "the caretaker watches the girls changing". If it may be true it is for the safeguarding lead
  // now, and either way not for the page (not a safeguarding notice's "if you are worried that a member of staff is
  // abusing a child"). A complaint that a teacher grabbed or hit a child is left to the concerns it raises: one such
  // comment in an unread set is labelled no bullying (2026-12-07)
  {
    pattern:
      "(?<!(?<![a-z])(if|worried|concerned|suspect|think|thinks|believe|believes|whether|that|report|reporting) )({titled}|(the|that|this|our|their|your|ur|one of the) (new |deputy |supply |male |female |pe |music |art |maths |swimming |football )?(head|headteacher|head teacher|deputy head|deputy|teacher|ta|teaching asistant|caretaker|dinner lady|receptionist|coach|staff member|member of staff|governor|sir|miss)) ((has been|is|was|keeps|kept|has|had|s|been) )?((groming|abusing|molesting|touching|stalking|touched|abused|molested|groomed) |(grooms|abuses|molests|touches) )(my|the|our|a|her|his|their|young|litle|some of the|one of the)? ?(daughter|son|kids|children|pupils|girls|boys|child|kid|girl|boy|students)|({titled}|(the|that|this|our|their|your|ur) (new |deputy |supply |male |female |pe |music |art |maths |swimming |football )?(head|headteacher|head teacher|deputy head|deputy|teacher|ta|teaching asistant|caretaker|dinner lady|receptionist|coach|staff member|governor)) (is|s|was) (a|an) (pervert|perv|paedo|paedophile|pedo|pedophile|nonce|groomer|predator|child abuser|kiddy fiddler|kidy fiddler|sex ofender)|(watches|watched|filmed|films|films the|photographs|photographed) the (girls|boys|kids|children) (changing|getting changed|in the showers|in the toilets)",
    category: 'bullying',
    severity: 'block',
    reason: 'A serious allegation against someone, made in public. If it may be true, tell the designated safeguarding lead now; it should not be posted.',
  },
  // a damaging claim about a member of staff: "the head is fiddling the books", "the new teacher has a criminal record",
  // "the deputy head is on antidepressants", "Miss Reid is having an affair with a dad"
  {
    pattern:
      "({titled}|(the|that|this|our|their|your|ur) (new |deputy |supply |pe |music |art |maths )?(head|headteacher|head teacher|deputy head|deputy|teacher|ta|teaching asistant|caretaker|dinner lady|receptionist|coach|governor|bursar|business manager)) ((is|s|has been|was) (having an afair|on (antidepresants|drugs|coke|cocaine)|(fidling|cooking) the books|(stealing|nicking|taking) (from )?(the schol|schol funds|the pta|pta money|money|the money))|(has|s got|has got) a criminal record|(turned up|came in|comes in|is|was) (drunk|pised|high|stoned|hungover) (at|to|in|on)( the)? (schol|the gate|gate|work|class|parents evening|pick up|drop of|sports day))",
    category: 'bullying',
    severity: 'warning',
    reason: 'A damaging claim about someone, made in public: concerns about staff go to the school, not onto social media.',
  },
  // prejudice against women and girls, and a people taken for terrorists, met in fresh wordings: "women shouldn't be head
  // teachers", "girls can't play football", "go make me a sandwich", "typical woman driver", "the new teacher looks like
  // a terrorist", "looks like he'd blow something up", "get back on ur boat" (not "get back on the boat" of a trip)
  {
    pattern:
      "(?<!(?<![a-z])(think|thinks|thought|believe|believes|believed|say|says|said|told|tel|claim|claimed|claims|myth|idea|that|how) )(women|woman|girls|females) (shouldnt|should not|cant|can not|cannot|arent alowed to|shouldnt be alowed to) (be (head ?teachers?|heads|teachers|in charge|bosses|leaders|refs|referees)|play (football|rugby|cricket)|drive|do maths|lead)(?= \\.|$| (lol|tbh|its|it s|end of|simple|fact|because|cos|thats|anyway))|(go|now go|get back in the kitchen and|get in the kitchen and) make me a (sandwich|sarnie|butty)|(she|women|woman|mums|mothers) (should|ought to) be at home with (her|their|the) (kids|children|babies)(?= (not|instead|rather))|typical (woman|women|female) (driver|drivers)|look(s|ed|ing)? like (a|an) (terrorist|suicide bomber|bomber|jihadi)|look(s|ed)? like (hed|shed|he would|she would|they would|theyd) blow (something|someone|somebody|us|the [a-z]+|it) up|(get|go) back on (your|ur|yer|their) (boat|dinghy|raft|smal boat)",
    category: 'hate',
    severity: 'warning',
    reason: GROUP_HATE,
  },
  // a people's death wished, and a place of worship to be visited to "teach them a lesson"
  {
    pattern:
      '(?<!(?<![a-z])(garden|nest|nests|field|lawn|pitch|rats|wasps|moles|pests|weeds|mice|burows|warens|ants|slugs|it) )(should|shud|shld|shuld|need to|needs to|ought to|wana|want to) (be|b|al be|al b) gased(?! for)|(mosque|synagogue|gurdwara|temple|masjid)( [a-z]+){0,2} (and|an|n) teach (them|em|those [a-z]+|the [a-z]+|al of them) a lesson',
    category: 'hate',
    severity: 'block',
    reason: GROUP_HATE,
    also: 'threat',
  },
  // a person's sex mocked: "is he a boy or a girl? can't tell" (not a baby's "is it a boy or a girl?")
  { pattern: 'is (he|she) (a boy or a girl|a girl or a boy|a man or a woman|a woman or a man)', category: 'bullying', severity: 'warning', reason: 'Sounds like an insult aimed at someone.' },
  // set 18: threats worded every way ("sort it out before I do", "smack yer 'ead in", "buss him head", "burst his mooth", "I will
  // broke his legs", "would hate for anything to happen to it, or to her", "ur dead monday", "uninstall ur life", "see how
  // fast u lot can evacuate", "resolve this our way", "have a lie down in the fast lane", "you lot will regret this", "your
  // kids walk home on their own, don't they", "funny how quick accidents happen", "ten minutes alone with her is all I'd
  // need", "no respawn irl", "hold him down and", "and not only speak", "praying someone sets the school on fire")
  {
    pattern:
      '(sort it out|sort him out|sort her out|deal with (it|him|her)) before (i|we) do|(smash|smack|kick|cave|bash|punch|stove|knock) (yer|your|ur|his|her|their) (face|head|ead|heid|teeth|skull) in|bus (him|her|yuh|your|ur|his) head|burst (his|her|yer|your|ur|their) (mouth|moth|face|nose|heid|head|jaw|lip)|(wil|gonna|going to|l) (broke|broken) (his|her|your|ur|their) (legs?|arms?|neck|nose|face|jaw|fingers|bones|head)|hate for (anything|something|owt|sumat|summat) to happen to (it|her|him|you|them|your|ur|his)(?<=(?<![a-z])(would|wud|d|i would|id) hate for [a-z]+ to happen to [a-z]+)|(ur|youre|you are|u r) (ded|dead) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tmrw|2moro|2moz|after school|tonight|next week)|uninstall (ur|your|yo|yer) life|(see|c) how fast (u|you|yous|u lot|you lot|everyone) (lot )?(can )?evacuate|(resolve|sort|settle|solve) (this|it) (our|my|the old) (way|own way|fashioned way)|lie down in the (fast lane|middle of the road|middle of the motorway|road|motorway|traffic|outside lane)|(you lot|yous|youse|the lot of you|al of you) (wil|l|are gonna|are going to) regret (this|it)|(on (their|his|her) own|alone)(?<=(?<![a-z])(your|ur|yer) (kids|children|son|daughter|boy|girl|little one|little ones) (walk|walks|go|goes|get|gets)( [a-z]+){0,3} (on (their|his|her) own|alone))(?= (dont they|doesnt (he|she)|innit|yeah|eh|right)(?![a-z]))|accidents (happen|hapen)(?<=(?<![a-z])(funny|amazing|shame|strange|wierd|weird) how (quick|quickly|easily|often|fast) accidents happen)|(minutes|mins) (alone )?with (him|her|them|that [a-z]+( [a-z]+)?)( [a-z]+){0,2} (is al (i|id) (need|ned)|(is|s) al it (would|wud|d) take)|no respawn (irl|in real life|out here)|hold (him|her|you|u|them) down and|and not only (speak|talk|talking|speaking)|(on fire|down)(?<=(?<![a-z])(praying|pray|hope|hoping|wish|wishing) (someone|somebody|sum1|some1) (sets|set|burns|burn) (the|this|that|our|ur|your) [a-z]+ (on fire|down))',
    category: 'threat',
    severity: 'block',
    reason: AIMED,
  },
  // training sets 7 and 10 (menace in fresh wordings, read for rules; never scored): violence promised by saying words
  // will not be used ("my husband will, and he won't be using words", "they don't use words", "they're not big on
  // talking"), a weapon "with her name on it", following someone home, a building left "a pile of ash", an injury
  // promised ("she'll need her teeth fixing", "learn what a broken nose feels like"), and harm to a child asked about
  // ("how would Mr R feel if his little girl came home with a black eye")
  {
    pattern:
      '(wont|wil not|aint|not gonna|not going to) be (using|using any|needing) words(?= \\.|$)|(dont|doesnt|do not|wont|never) (use|bother with) (words|talking)(?= \\.|$)(?<=(?<![a-z])(they|he|she|we|i|my [a-z]+|the lads|the boys)( [a-z]+)? [a-z]+ [a-z]+ [a-z]+)|(not|arent|isnt) (big on|much for|into) (talking|words|chatting)(?= \\.|$)(?<=(?<![a-z])(they|theyre|they are|my [a-z]+ are|the lads are|the boys are|he|hes|he is) (not|arent|isnt) [a-z]+ [a-z]+ [a-z]+)|' +
      '(bat|baseball bat|bullet|knife|blade|brick|crowbar|hammer|machete) with (his|her|their|your|ur|that [a-z]+( [a-z]+)?s|the [a-z]+( [a-z]+)?s|{titled}s) name on it|' +
      '(follow|folow) (him|her|you|u|them|that [a-z]+|the [a-z]+|{titled}) home(?<=(?<![a-z])(il|wil|gonna|going to|gona|im gonna|im going to|i could|might|and|then|one day|soon) [a-z ]+)|' +
      '(be|becomes?|end up|ends up) (a pile of|a heap of|nothing but) (ash|ashes|rubble)|burnt to the ground(?<=(?<![a-z])(wil|l|gonna|going to|be|get|gets) burnt to the ground)|' +
      '(need|needs|wil need|l need|gonna need) (his|her|their|your|ur) (teeth|nose|jaw|face) (fixing|fixed|sorting|rebuilding|wiring)|(learn|find out|know)( the hard way)? what a (broken nose|broken jaw|black eye|fat lip|smack|slap|punch|kicking|beating) (feels|is) like|' +
      '(black eye|broken nose|broken arm|fat lip|bloody nose)(?<=(?<![a-z])how (would|wud|d) ([a-z]+ ){1,3}(feel|like it) if (his|her|their|your|ur) ([a-z]+ )?(girl|boy|son|daughter|kid|kids|children|wife|husband|little one) (came|come|went|got|ended up) ([a-z]+ ){0,2}(with|a) (a )?[a-z]+ [a-z]+)',
    category: 'threat',
    severity: 'block',
    reason: AIMED,
  },
  // set 18: "Final warning." closing a complaint, "you will regret this" (a warning: it can be said in fun); and, from a
  // probe list of parents' menace: "after I'm done with you", "you lot will pay for this", "I'm going to come up to the
  // school and sort this out myself", "I'll get my brothers to come down" (not "when I'm done with your form, I'll
  // post it", "we'll pay for the coach", "get my brother to come down for the assembly")
  {
    pattern:
      'final warning(?= \\.|$)|(you|u|ya) (wil|l) regret (this|it)(?= \\.|$| (mate|pal|miss|sir|mark my words))|(after|when|once) (i|we)(m| am|re| are|ve| have) (done|finished|through) with (you|u|ya|him|her)(?= \\.|$| (mate|pal|miss|sir|you|u|youl|ul|hel|shel|nobody|no one))|(you lot|yous|youse|the lot of you|al of you|you|u|the school|this school|that school|the head|{titled}) (wil|wil al|l|are gona|are going to|is gona|is going to) pay for (this|that|it|what (you|u|he|she|they) did)|(come|coming|go|going) (up|down|in|round)( to)? (the|that|your|ur) (schol|ofice|gates)( [a-z]+){0,2} (and|to) sort (this|it|him|her|you|u|them|that teacher|the teacher|the head) out( myself| mysel| meself| personaly)?(?= \\.|$| (myself|meself|personaly|the old|my way|proper|once and for))|(il|i wil|im gona|im going to|ima|imma) (get|send|bring) (my|me) (brothers|cousins|boys|lads|mates|uncles|family|dad|brother|cousin|uncle|husband|fella|partner)( round| down| up)? (to (come|sort|deal|have a word|pay (you|u|him|her) a visit)( round| down| up| over| in)?|on (you|u|him|her|them)|round (yours|your house|ur house|his|hers))(?= \\.|$| (if|when|and sort|and deal|to sort|to deal|then|tonight|tomorow|mate|miss|sir|you|u|yeah|watch|next|after))',
    category: 'threat',
    severity: 'warning',
    reason: MAYBE_THREAT,
  },
  // from a probe list of threats in slang and set phrases: "im gonna smoke him", "I'm coming for your head", "you'll be in
  // a wheelchair when I'm done", "I'll find out where you live", "your family isn't safe" (not "going to smoke the salmon",
  // "your kids aren't safe on that road", which a road-safety notice says)
  {
    pattern:
      '(gona|going to|il|wil|ima|imma|im gona|im going to|were gona|wel) smoke (him|her|you|u|ya|them|em|that [a-z]+|{titled})(?= \\.|$| (mate|bro|fam|tonight|tomorow|on sight|if|when|next|for))|(coming|come|comin) for (your|ur|his|her|their) (head|neck|life|family)(?= \\.|$| (next|tonight|tomorow|mate|bro|soon|and|if|when|watch|you|u))|wheelchair(?<=(?<![a-z])(youl|ul|you wil|u wil|hel|shel|he wil|she wil|theyl|they wil) be in a wheelchair)(?= (when|after|once) (im|i am|were|we are|ive|i have) (done|finished|through))|(il|ima|imma|im gona|im going to|i wil|wel|were gona|we wil) find out where (you|u|ya|he|she|they|that [a-z]+|the [a-z]+|{titled}) (live|lives|lived)|(your|ur) (family|kids|children|mum|dad|wife|husband|son|daughter) (isnt|is not|arent|are not|wont be|wil not be|aint) safe(?= \\.|$| (anymore|any more|now|from me|from us|round here|mate))',
    category: 'threat',
    severity: 'warning',
    reason: MAYBE_THREAT,
  },
  // threats to the school itself and doxxing, from a probe list: "there will be a shooting at Oakfield on Monday", "don't
  // come to school tomorrow if you want to live", "I've planted something in the hall", "I'll post her address online"
  // (not "there will be a shooting of the class photos", "if you want to live a healthy life", "we've planted something
  // in the garden", "I'll post the address of the venue", "we'll share the teachers' phone numbers with the PTA")
  {
    pattern:
      '(there wil be|there is going to be|there is gona be|theres going to be|theres gona be|there s gona be|gona be|going to be) a (shooting|bombing|masacre|stabbing|schol shooting|blodbath|bomb)(?= (at|in|on|tomorow|tonight|next|this|soon|\\.)|$)(?! (of|for|star|stars|competition|practice|lesson|scene))|if (you|u|ya) (want|wana|value) (to live|to stay alive|to survive|your life|your lives)(?= \\.|$| (tomorow|on|mate|bro|lol|x))(?<=(?<![a-z])(dont|do not|stay|keep|stay away|stay home|wouldnt)( [a-z]+){0,6} if [a-z ]+)|(planted|hidden|left|put) (a bomb|a device|explosives|a pipe bomb|something)(?<=(?<![a-z])(ive|i have|weve|we have|someone has|somebody has|some1 has) (planted|hidden|left|put) [a-z ]+)( in| at| under)( the| your| ur)? (hal|schol|clasroms?|staf ?rom|ofice|building|gym|toilets|canteen|lockers?)(?<!(hidden|left|put) something( in| at| under)( the| your| ur)? [a-z ]+)',
    category: 'threat',
    severity: 'block',
    reason: THREAT,
  },
  {
    pattern:
      '(leak|post|share|publish|put out|put up|spread) (her|his|their|your|ur|everyones|the teachers|teachers|al the teachers) ((home )?(adres|adreses|address|addresses)|phone numbers?|numbers|home details)(?<=(?<![a-z])(il|i wil|im gona|im going to|ima|imma|we wil|wel|were gona|were going to) [a-z ]+)(?= \\.|$| (online|everywhere|on [a-z]+|for everyone|to everyone|so everyone|and))',
    category: 'threat',
    severity: 'block',
    reason: 'Threatens to publish where someone lives or how to reach them.',
  },
  // harm wished on a home or a car: "I hope your house burns down", "hope his car gets torched" (not "I hope the school
  // doesn't burn down", which the verb straight after the place keeps out)
  {
    pattern: '(hope|hoping|wish|pray|praying) (your|ur|his|her|their|that|the|this) ([a-z]+ )?(house|home|car|schol|shop|van|flat|place|caravan|garden|business) (burns|burn|gets burnt|gets burned|goes up in flames|catches fire|catches on fire|gets torched|gets smashed up|gets trashed|gets robbed|gets broken into|gets burgled)',
    category: 'threat',
    severity: 'block',
    reason: AIMED,
  },
  // threats to a career, from the same probe list: "I'll have your job", "I'll ruin your career" (not "you'll have your
  // job back", "I'd love to have your job")
  {
    pattern: '(il|i wil|im gona|im going to|ima|imma|we wil|wel) (have|get|take) (your|ur|his|her) (job|jobs)(?= \\.|$| (for this|for that|mate|miss|sir|by|you|u|just watch|mark my words))|(il|i wil|im gona|im going to|ima|imma|we wil|wel) (ruin|end|destroy|finish) (your|ur|his|her) (career|careers|teaching career|reputation)',
    category: 'bullying',
    severity: 'warning',
    reason: 'Threatens someone\'s job or career: check it is not harassment of staff.',
  },
  // set 12: wishing someone gone, said to them ("the world would be better if you just stopped breathing")
  {
    pattern:
      '(world|school|everyone|everybody|we|class|this place) (would|wud|d) be better (off )?(if (you|u|ya) (just )?(stopped breathing|stop breathing|were dead|was dead|were gone|was gone|died|never existed|didnt exist|werent born|never been born)|without (you|u|ya) (in it|alive|breathing))',
    category: 'bullying',
    severity: 'block',
    reason: INSULT,
    also: 'threat',
  },
  // sets 13 and 16: mockery of how someone looks, learns or thinks of themselves, with no insult word: "makes him look like a
  // thumb", "she looked like a startled haddock", "only took you three years to learn to read", "can't even spell her own
  // name", "thinks he's hard", "the memory of a goldfish", "so dense light bends around him"
  {
    pattern:
      'like (a|an|some) {likened}(?! ({dressup}|for (the|our|their|his|her|a) ([a-z]+ )?(play|show|panto|nativity|parade|assembly|production|performance|party|day)|farm|farmer|pie|cake|shaped|patch|costume|outfit|suit))(?<=(?<![a-z])((makes?|made|making) (him|her|them|you|u|ya)|(he|she|you|u|ya|they|him|her|hes|shes|youre|ur|theyre)( [a-z]+)?) (look|looks|looked|looking|lok|loks|loking|loked) like [a-z ]+)|only took (him|her|them|you|u|ya) ([a-z0-9]+ )?(years|months|terms) to (learn|learnt|learned) (how )?to (read|write|spell|count|talk|tie (his|her|their|your|ur) shoes?)|(cant|cannot|couldnt) even (spell|write|read) (his|her|their|your|ur) own name(?! yet)|(thinks|thinkin|thinking) (hes|shes|he is|she is|theyre|ur|youre|you are) (hard|all that|gods gift|a tiktok star|a tik tok star|a gangster|a roadman|a model|a celebrity|it|the bees knees|a baddie)(?= \\.|$| (lol|lmao|omg|but|and|bless|tbh|ngl|fr|haha|when|with))|(memory|personality|brain|charm|iq|attention span|brains|sense of humour|people skills) of a (goldfish|brick|plank|potato|traffic warden|gnat|wet lettuce|lettuce|teaspoon|rock|doorknob|door knob|peanut|house brick|dead fish|damp sponge)|so (dense|thick|dim|stupid) (light|that light) bends around (him|her|them|you|u)',
    category: 'bullying',
    severity: 'warning',
    reason: 'Sounds like mockery aimed at someone.',
  },
  // profanity: "boring af"
  { pattern: 'tf(?<=(?<![a-z])(what|who|where|why|how) tf)|af(?<=(?<![a-z])[a-z]+ af)(?= \\.|$| (fml|lol|tbh|ngl|mate|and|but|tho|though|lmao))', category: 'profanity', severity: 'warning', reason: 'Strong language, abbreviated.' },
  // set 31 (read after its one blind scoring): dog whistles and tropes said with no slur. "It's not racist if it's true",
  // "always exactly six million", "where his lot come from", "count how many of them are actually English",
  // "knock the mermaid out of him"
  {
    pattern:
      'not racist if (its|it is|thats|that is|it s) true|six milion(?<=(always|exactly|suposedly|alegedly|so caled|magic) six milion)|where (his|her|their|your|ur|that|them) lot (come|comes|are|r) from|how many (of (them|those|the kids|the children) )?(are|r|is) (actualy|even|realy|proper|real) (english|british)|(knock|beat|kick|slap|smack|thump|bash|batter) the (gay|girly|girl|poof|mermaid|camp|pansy|sisy|woman|fairy|princes|dres|dreses|lesbian|trans|queer|pink) out of (him|her|them|you|u|the boy|the lad|the kid|that boy|that kid|my son|your son|his son|ur son)',
    category: 'hate',
    severity: 'block',
    reason: GROUP_HATE,
  },
  // …and Eid greeted with a sneer (sets 21 and 24, read): "Eid Mubarak to our new landlords", "Eid Mubarak to the British
  // taxpayer, who paid for all of it"
  {
    pattern: '(eid|ramadan|diwali) (mubarak|kareem|greetings) to (our|the) (new )?(landlords|overlords|taxpayer|british taxpayer|taxpayers|council|benefits ofice|nhs)',
    category: 'hate',
    severity: 'block',
    reason: GROUP_HATE,
  },
  // …and a people said to be taking over: "they'll want their own playground by Easter and their own town by summer";
  // pronouns mocked ("what's next, asking Reception which pronouns they'd like with their fish fingers")
  {
    pattern:
      '(whats|what is) next( [a-z]+){0,12} (pronouns|identify as|identifies as|identifying as|litter trays?)|(theyl|they wil|theyre going to|theyre gona|they are going to) (want|be wanting|be demanding|demand) (their|there) own (town|country|city|streets?|schol|schols|laws?|police|area|estate|government|playground)(?= (by|next|soon|within|in a|before|and their|and there))',
    category: 'hate',
    severity: 'warning',
    reason: 'Could be hate against a group (a people said to be taking over): check it.',
  },
  // …a need belittled as bad parenting: "Every other kid's got a 'diagnosis' now. In my day it was called bad parenting"
  {
    pattern:
      '(bad parenting|a bit of discipline|discipline|a god smack|a clip round the ear|naughty)(?<=(in my day|back in my day|when i was at schol|when i was a kid|used to be caled|it was caled|its caled|we caled it|we caled that|whatever hapened to|what hapened to)( [a-z.]+){0,5} [a-z ]+)(?<=(diagnosis|diagnoses|diagnosed|adhd|autism|autistic|dyslexia|dyslexic|asd|labels?|ear defenders|neurodiverse|neurodivergent)( [a-z.]+){0,25} [a-z ]+)',
    category: 'hate',
    severity: 'warning',
    reason: 'Belittles disability or special needs as bad parenting: check it.',
  },
  // …and menace in ordinary words: "NEXT TIME WE BRING PETROL", "be a pity if it snowed on the inside of that car one
  // night", "you'll want to look both ways crossing that road tonight", "we all know which car's his", "plenty of us
  // know what time they all go in", "it won't be the cars that get it", "She lives out by the garden centre. I'll be
  // passing"
  {
    pattern:
      '(next time|tonight|one night|one of these nights|soon) (we|il|i|theyl|they|wel|were|im|someone|somebody)( wil| are| am| is| s)? (bring|bringing|brings|come with|coming with|be bringing) (the |some |a can of |a |more )?(petrol|matches|lighter fluid|paraffin|diesel|fireworks|bricks?|a bat|bats|knives|a knife|a blade)',
    category: 'threat',
    severity: 'block',
    reason: THREAT,
  },
  // …and the same shapes from read sets 18 to 24, each in more than one: petrol or diesel brought to a door or a caravan
  // ("NEXT TIME IT'S PETROL", "a can of petrol through the window on a Friday", "roll a lit can of diesel under the first
  // caravan"), a gang waiting ("me n the boys r waitin for them year 6s at the park"), a building that may not be
  // standing, and a relative who does not talk ("he's not a talker, and he finishes at half two")
  {
    pattern:
      'next time (its|it is|it s|it wil be|itl be) (petrol|a brick|fire|matches|the windows)|(a |some )?(lit )?(can|cans|bottle|bottles|jery ?can) of (petrol|diesel|paraffin|lighter fluid)( [a-z]+){0,3} (through|under) (the|their|that|his|her|a|your|ur) [a-z]+|petrol cans(?= ([a-z]+ ){0,6}(night|door|window|windows|caravan|caravans|there))|smoked (them|em) out(?<=(?<![a-z])(somebody|someone|some1|we|time|time [a-z]+) smoked (them|em) out)',
    category: 'threat',
    severity: 'block',
    reason: THREAT,
  },
  {
    pattern:
      '(me and|me n|me an|me \\+) (the|my) (boys|lads|year [0-9a-z]+s?|mates|crew|bros|gang) (r|are|wil be|l be|gona be|are gona be) (waitin|waiting) (for|on) (him|her|them|you|u|ya|that|those)|(and|or) (se|check) if (that|the|your|ur|this) ([a-z]+ ){0,4}(is|s) stil standing|no (school|house|car|classrom|building) left to (come|go|live|drive)|(wont|wil not) be smiling when (i|we)(ve| have)? finished with (him|her|them|you|u)|((hes|shes|he is|she is) not (a talker|the talking type|one for talking|so patient|as patient)|(he|she) (doesnt|does not) do (meetings|talking))(?<=(?<![a-z])(husband|husbands|hubby|brother|brothers|dad|uncle|uncles|partner|boyfriend|cousin|fela|bloke|brother in law)( [a-z.]+){0,24})|(pity|shame) if (that|his|her|their|your|ur) ([a-z]+ ){1,3}(wouldnt|wont|didnt|did not|would not|couldnt) start',
    category: 'threat',
    severity: 'warning',
    reason: MAYBE_THREAT,
  },
  {
    pattern:
      '(pity|shame) if (something|anything|owt|somat|sumat) (bad |nasty )?(hapened|were to hapen|was to hapen|hapens) to (you|u|him|her|them|(your|ur|his|her|their|that) (car|house|motor|van|windows|family|kids|little ones|daughter|son|wife|husband))|(pity|shame) if ([a-z]+ ){2,9}(car|house|windows|motor|van|tyres)( [a-z]+){0,2} (one night|tonight|one of these nights)|(youl|you wil|hel|shel|theyl|wants to|neds to|beter|had beter|l want to|d beter) (want to |wana |ned to )?lok both ways(?=( [a-z]+){0,4} (tonight|that road|from now on|on (your|ur|his|her) way home|walking home|after dark))|(we al|everyone|everybody|plenty of us|al of us|some of us) knows? (which|what) (cars?|motor|motors|van|vans)( is)? (his|hers|theirs)|(know|knows) what time (they|he|she)( al)? (go in|go|leave|leaves|finish|finishes|get home|gets home|come out|comes out|lock up|locks up|arive|arives)(?<=(we|i|us|plenty of us|al of us|everyone|everybody|some of us)( al)? knows? [a-z ]+)|it (wont|wil not|wouldnt|would not) be the [a-z]+ (that|who|which) (get|gets|cop|cops|pay|pays|suffer|suffers)|(someone|somebody|some1)(l| wil| is going to| s going to| is gona| s gona) give (them|him|her|you|u) (a reason|something|summat|somat) to (close|cry|worry|be scared|be afraid|fear|be frightened|hide)|if (she|he|you|u|they) (gets|get|makes it|make it) (as far as|to) (her|his|your|ur|their) (pension|retirement|next birthday)|dark (by|at|before) ([a-z0-9]+ ){0,10}(hes|shes|theyre|he is|she is|they are|he s|she s) (always|usualy|normaly|often) the last (car|one|person) (out|to leave|left)|(il|i wil|wel|we wil) be (pasing|pasing by|driving past|poping round|poping by|caling round|coming round)(?= \\.|$)(?<=(lives|live|house|adres|street|road)( [a-z.]+){1,15} [a-z ]+)',
    category: 'threat',
    severity: 'warning',
    reason: MAYBE_THREAT,
  },
  // read sets 18 to 26: bullying in set shapes. "stick ur head in the oven" (incitement, and bullying of the one told);
  // "ur so autistic it hurts"; "whatever Mx Cole is calling itself this week", "that's a bloke in a frock" of a
  // teacher (hate, and bullying of that person); "nobody asked you", "star of the week for what?", "that little sod",
  // "needs a muzzle"
  {
    pattern: '(stick|put) (your|ur|yer|his|her) head in (the|an|a) (gas )?oven',
    category: 'threat',
    severity: 'block',
    reason: SELF_HARM,
    also: 'bullying',
  },
  {
    pattern: '(ur|youre|you are|u r|u are|you r) (so|such an?|proper|literaly|actualy|realy) (autistic|autist|special needs|sped|downs|spastic|mong|retarded)',
    category: 'bullying',
    severity: 'block',
    reason: 'Uses a disability as an insult aimed at someone.',
    also: 'hate',
  },
  {
    pattern:
      '(is|s) caling (itself|it)(?<=(mr|mrs|mis|miss|ms|mx|sir|whatever) [a-z ]{1,30} (is|s) caling (itself|it))|(is|s|just) a (man|bloke|geezer|fela|guy|lad) in a (frock|dres|skirt|wig)(?<=(?<![a-z])(teacher|ta|head|deputy|mr|mrs|mis|ms|mx|sir|he|she)( [a-z]+){0,6} (is|s|just) a [a-z]+ in a [a-z]+)',
    category: 'hate',
    severity: 'block',
    reason: TRANSPHOBIC,
    also: 'bullying',
  },
  {
    pattern:
      '(nobody|no one|no1|noone) asked (you|u|ya)(?! (to|for|if|what|whether|about|how|when|where|which|who|why))|(nobody|no one|no1|noone) asked for (your|ur) opinion|star of the wek( for [a-z]+)?( \\.)? (for|4) what|(that|you|feral|nasty|horible|spoilt|the) little (shit|sod|git|toerag|scrote)(?! of a)|(needs|neds|wants|should have|should wear) a muzle(?<=(?<![a-z])(kid|child|boy|girl|he|she|hes|shes|lad|las|brat|shit|sod|git|mum|dad|woman|man|teacher)( [a-z]+){0,3} (needs|neds|wants|should have|should wear) a muzle)',
    category: 'bullying',
    severity: 'warning',
    reason: 'Sounds like bullying aimed at someone.',
  },
  // Polish "do dupy" (rubbish, crap), which no single word of it says
  { pattern: 'do dupy', category: 'profanity', severity: 'warning' },
  // …and mockery with no insult word: "Susan couldn't find a form if it was stapled to her forehead", "she looks one
  // bad Monday away from crying in the book corner"
  {
    pattern:
      'couldnt ([a-z]+ ){1,4}if (it|they|she|he|you|u) (was|were|wer) (stapled|nailed|glued|taped|tatoed|sewn|stuck) to (his|her|their|your|ur) (forehead|face|head|nose|hand)|one bad (day|monday|week|lesson|morning|term) away from (crying|tears|a breakdown|breaking down|snaping|losing it|the funy farm)',
    category: 'bullying',
    severity: 'warning',
    reason: 'Sounds like mockery aimed at someone.',
  },
];

/**
 * Directed insults with a name from the school's roster: "{name}" matches a pupil's or a staff
 * member's given or family name ("Tom is a loser", "Mr Hill's a freak", "Esme is so annoying"), or
 * a given name and an initial ("Mia K is a nasty little liar", "Oliver P stinks of wee", "Tom H walks like
 * a sp@z"); the checker takes the name when "is", "'s", "looks", "smells", "runs" or the like follows it
 * (SAID_OF), or when it is a possessive that reads as "is" ("Tom's a freak", "Tom's so ugly"). A possessive needs "a", "so" or the like
 * before the insult, and an unkind adjective needs the verb: "Tom's smelly socks", "Tom's nasty cough".
 */
export const NAMED_PHRASES: PhraseEntry[] = [
  {
    pattern:
      '{name}( [a-z])? ((is|s|looks|smells) {mods}*({insult}|{swearnoun}|{rude} {people}(?<!(most|worst) [a-z]+ [a-z]+)|{rude}(?! ({people}|to|towards|with|at))|joke)|{stink}|(looks|runs|talks|walks|acts|dances|throws|sounds|dresses|behaves|eats|sings|moves|fights|swims|kicks) like (a ?|an )?((proper|right|total|complete|little|big|fat|{swear}) )*{slur}|(looks|looked) like (a|an|some) {likened}(?! ({dressup}|for (the|our|their|his|her|a) ([a-z]+ )?(play|show|panto|nativity|parade|assembly|production|performance|party|day)|farm|farmer|pie|cake|shaped|patch|costume|outfit|suit))|(a|an|so|such|proper|right|realy|wel|totaly|the most) {mods}*({insult}|{swearnoun}|joke))(?! {dressup})',
    category: 'bullying',
    severity: 'block',
    reason: 'An insult aimed at a named person.',
  },
];

/**
 * The reasons of findings that are bullying too when said to or of one person: a slur ("he called her a p*ki"), "go back
 * to Romania" said to someone, incitement to self-harm. Every held-out set labels them so: a slur aimed at one person is
 * hate and bullying; a plural or a statement about a people is hate alone.
 */
export const AIMABLE_REASONS: ReadonlySet<string> = new Set([RACIST, RELIGIOUS, HOMOPHOBIC, TRANSPHOBIC, DISABILITY, XENOPHOBIC, SELF_HARM, 'A slur.', 'Can be read as a slur.']);

export const DEFAULT_REASONS: Record<OffensiveCategory, Record<Severity, string>> = {
  profanity: { block: 'Strong language.', warning: 'Mild language: check it suits the audience.', info: 'Informal language.' },
  sexual: { block: 'Sexual content.', warning: 'May be read as sexual.', info: 'May be read as sexual.' },
  hate: { block: 'A slur.', warning: 'Can be read as a slur.', info: 'Can be read as a slur.' },
  threat: { block: THREAT, warning: MAYBE_THREAT, info: MAYBE_THREAT },
  bullying: { block: 'Harassment aimed at a person.', warning: 'Could be read as harassment.', info: 'Could be read as harassment.' },
};
