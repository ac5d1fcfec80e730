// Hate that damns a group of people, however it is worded. The lexicon's phrases know set ways of saying it
// ("immigrants are all thieves", "send them back"); a writer they have not met says "roma kids are all
// thieves", "Islam is a cancer", "the traveller kids are back. hide your purses", "disabled kids should be in
// special schools not dragging ours down". So this reads a sentence of the stream word by word and calls it
// hate where a group of people (by religion, race, nationality, sexuality, gender identity or disability) and
// something hostile said of a people stand a few words apart in one sentence: vermin, disease, crime, "taking
// over", "breed like rabbits", "hide your purses", "not natural", "should be in special schools", "no more".
// A group named with nothing hostile ("our Muslim families celebrated Eid", "learning about Judaism") is no
// hate, nor a hostile word taken back ("Muslims are not terrorists") or reported as said to someone ("our trans
// teacher was called a freak at the gate").
//
// It reads the canonical stream (offensive-tokens.ts): lower case, letters only, repeated letters collapsed,
// a sentence end as " .". Words are written here as they are spelt and collapsed when the sets are built.

import { collapse, type StreamWords, wordSet } from './stream-words.js';

export interface GroupHateHit {
  /** stream offsets, end exclusive */
  start: number;
  end: number;
}

const words = wordSet;
const phrases = (list: string) => list.trim().split(/\s*;\s*/).map((p) => p.split(' ').map(collapse));

/** a people, as one word */
const GROUP = words(`
  muslims muslim moslems islam islamic mosque mosques jews jewish hindus sikhs immigrants immigrant migrants refugees
  foreigners gypsies gypsy travellers traveller pikeys roma romanians migrant poles albanians lithuanians bulgarians blacks
  africans asians pakis pakistanis bangladeshis arabs somalis nigerians gays lesbians homosexuals queers
  transgender trannies irish chinese lgbt lgbtq illegals homosexuality zionists indians hijabis burkas asylumseekers
  asylumseeking lgbtqia
  bangladeshi pakistani hindu sikh eritreans eritrean syrians afghans iraqis iranians kurds turks somalians ghanaians
  jamaicans nigerian gipsies gypsys gipsy travelers tinkers pikey lesbian homosexual transgenders transexuals
  autistic adhd dyslexic foreigner globalists zionist rothschilds somali nigerians hijabs hijab lesbians gays genderconfused`);
/** a people, in two or three words */
const GROUP_PHRASES = phrases(`
  these people; those people; you people; that lot; them lot; their lot; their sort; gay teachers; gay teacher; gay men;
  asylum hotel; migrant hotel; pride month; pride flag; pride flags; pride march; pride parade; eastern europeans; eastern european;
  black people; gay people;
  two dads; two mums; same sex; special needs; sen kids; sen children; asylum seekers; polish people; polish kids;
  polish families; the polish; disabled kids; disabled children; disabled people; autistic kids;
  autistic children; autistic people; trans kids; trans people; trans women; trans men; kids in wheelchairs;
  children in wheelchairs; romanian kids; romanian families; romanian children; polish mums; roma kids; roma families;
  roma children; black families; black kids; black lads; asian families; asian kids; muslim families; muslim kids;
  jewish families; traveller families; traveller kids; eastern european families; eastern european kids;
  african families; pakistani families; somali families; gay couples; gay parents; boys in dresses; men in dresses;
  blokes in dresses; men in wigs; blokes in wigs; being gay; being trans; sen lot; send lot; gay agenda; trans agenda;
  woke agenda; gay stuff;
  trans stuff; pride stuff; lgbt stuff; polish builders; polish workers; autistic kid; the autistic kid; autistic boy;
  autistic girl; gay marriage; same sex marriage; somali mums; somali dads; muslim mums; muslim dads; muslim men;
  muslim women; polish mums; roma mums; traveller mums; autistic ones; the disabled ones; sen ones; black mums; black dads;
  asian mums; asian dads; eastern european mums; no muslim; no muslims; no jew; no immigrant; no foreigner;
  dinghy lot; boat lot; boat people; small boat lot; hotel full of them; full of them; forty of them; hundred of them;
  site kids; the site kids; kids from the site; caravan lot; the caravans;
  trans kid; trans child; trans children; trans teacher; trans teachers; trans activist; trans activists; trans lobby;
  trans cult; trans ideology; trans woman; trans man; trans bloke; trans blokes; trans lot; the trans;
  trans thing; gay lot; lgbt lot; lgbtq lot; the gays; the lesbians; drag queen; drag queens; social transition;
  gender ideology; pronouns in their bio; pride is; pride assembly; pride display; pride week; pride lessons;
  non binary; nonbinary; deaf kid; deaf kids; the deaf kid; downs kid; downs kids; downs syndrome kid; afghan families;
  refugee children; refugee kids; they them; down syndrome; down syndrome kids; cerebral palsy; special needs kids;
  send kids; send children; sen unit; send unit; gay dads; gay mums; gay couple; muslim staff; muslim teachers;
  muslim teacher; jewish kids; jewish children; jewish staff; black family; black families; black kids; black children;
  black lads; black girls; black boys; asian man; asian men; asian lads; asian girls; asian boys; traveller children;
  gypsy kids; gypsy children; polish lot; polish family; romanian lot; muslim lot; kids with autism; children with autism; kids with adhd; children with adhd; womens sport; womens football; girls football;
  women teachers; women referees; woman referee; women head teachers; woman head teacher; female teachers;
  female science teachers; female staff; women in the army; kids with learning disabilities;
  children with learning disabilities; deaf kids; blind kids; gay head; lesbian teacher; lesbian pe teacher; the other sort;
  bible bashers; traveller kid; romanian family; romanian families; muslim parents; muslim girls; hindu kids; sikh lad;
  sikh kids; asylum kids; indian families; mixed race kids; they thems; migrant kids; immigrant kids; asylum seeker kids;
  sen base; the sen kids; the send kids; the disabled kids; downs syndrome kids; the deaf kids; special needs kids;
  traveller site; the traveller site; hijab girls; the hijab girls; nigerian mums; polish kid; a polish kid; a traveller;
  pakistani dads; asian kids; the foreigners; all the foreigners; gender confused; rainbow lanyard; two mums; the gay kid;
  kid in the wheelchair; kid in a wheelchair; girl in the wheelchair; boy in the wheelchair`);
/** what is said of a people to damn them, as one word */
const HOSTILE = words(`
  thieves thieving criminals scum vermin animals parasites cancer disease plague rats cockroaches savages subhuman
  filthy dirty smelly stinking scroungers spongers terrorists rapists paedos groomers invaders invading invasion
  breed breeding ruining unnatural deported deport banned ban stink stinks beggars pickpockets perverts perverted
  predators leeches freeloaders cult control controls drunks alcoholics violent aggressive lazy sin ruin ruins backward
  stingy greedy
  primitive uncivilised inbred cowboys abomination disgusting grooming scrounger sponger freaks freak creeps creep
  pervert perverts perversion contagion groomer sexualising sexualise brainwash brainwashing brainwashed indoctrinate
  indoctrinating indoctrination propaganda
  filth cheats cheating liars lying medieval barbaric barbarians barbarian infestation infested diseased
  degenerates degenerate deviants deviant paedophiles nonces monkeys apes mutants jihadis fanatics extremists bombers
  parasite savage criminal unwashed trash vegetables broken outbreeding outbreed swarming swarm jabbering dumping misfits
  aborted`);
/** what is said of a people to damn them, in words */
const HOSTILE_PHRASES = phrases(`
  taking over; take over; all the same; no more; get rid; kick them out; keep them away; send them back;
  go back; hide your; lock up your; bends over backwards; bend over backwards; dragging ours down; dragging us down;
  dragging everyone down; holding everyone back; holding ours back; not natural; mentally ill; shouldnt be allowed;
  should not be allowed; should be in special schools; dont want to fit in; wont fit in; wont integrate;
  learn the language; learn the bloody language; speak english; you know what they are like;
  you know what that lot are like; you know what theyre like; stealing our; taking our; nick anything; nick everything;
  hold everyone back; holds everyone back; always the ones; causing trouble; cause trouble; should be in a special school;
  never pay; dont even try; bring the area down; brings the area down; bringing the area down; bring down the area;
  drag the area down; drags the area down; lower the tone; lowers the tone; lowering the tone; get everything handed;
  gets everything handed; get everything for free; gets everything for free; get everything given; handed everything;
  everything handed; taking all the; take all the; steal all the; stealing all the; brought the virus; spread the virus;
  brought covid; spread covid; their own school; their own schools; a separate school; down our kids throats;
  down kids throats; down our childrens throats; down childrens throats; down their throats; five star; free houses;
  jump the queue; religion of hate; religion of war; religion of violence; tea towels; tea towel; eat dogs;
  eat cats; eat bats; eats bats; use cat; use dog; the reason stuff goes missing; the reason things go missing;
  the reason everything goes missing; why stuff goes missing; for the benefits; for the free; a free creche; like a free;
  like dirt; cant help themselves; can not help themselves; cant be trusted; cannot be trusted; away from normal;
  normal kids; normal children; lock your sheds; lock your doors; lock your bikes; lock up the; keep your kids in;
  should be teaching; shouldnt be teaching; should not be teaching; nothing but knife crime; nothing but crime;
  nothing but trouble; smelt like a curry; smells like a curry; stinking of; nick stuff; nicks stuff; have nits;
  why standards; dragging standards down; ruining standards; no business; dont exist; do not exist; arent real;
  are not real; just badly behaved; just naughty; scammers; scammer; fraudsters; on benefits; hate us; want us dead;
  want us all dead; taking al our; take al our; taking our jobs; everything and we get nothing; we get nothing;
  mental disorder; perverts; perverted; disgusting perverts; stabbing each other; stab each other; killing each other;
  never hold down a job; trying to normalise; normalising; gone downhill; going downhill; belong in special schools;
  belong in a special school; drag the whole class down; drags the whole class down; dragging the whole class down;
  are trouble; are al trouble; are just trouble; is trouble; are a problem; are the problem; are a menace; are a nuisance;
  those poor kids; those poor children; poor kids; need proper role models; need a proper role model; need a mum and a dad;
  need a mother and a father; wont mix; dont mix; refuse to mix; stick to their own; all the crime; commit the crime;
  behind the crime; responsible for the crime; bolted down; emptying itself; nit count; fire doors; holes in their;
  to rwanda; smoked them out; holding their purses; holding their bags; holding their handbags;
  clutching their purses; clutching their bags; hold onto your purses; hold on to your purses; watch your purses;
  padlocks; attention seekers; attention seeking; child abuse; want your children .; want your kids .;
  want our children .; want our kids .; away from our kids; away from our children; get to kids; get to our kids;
  get to the kids; get at our kids; doesnt exist; does not exist; wants locking up; want locking up; need locking up;
  needs locking up; shouldnt be let near; should not be let near; shouldnt be allowed near; mental illness; a mental illness;
  cause all the trouble; causes all the trouble; start all the trouble; starts all the trouble; always complaining;
  always moaning; always whinging; always kicking off; always look after their own; only look after their own;
  only ever look after their own; away from my kids; always seem to get; while us working; while we pay; we pay full;
  a fad; just a fad; its a fad; just a phase; always about the money; about the money with them; run the place;
  basically run; move them on; jobs left for us; any jobs left; nothing happens to them; never get fined;
  check their teeth; not dog again; is it dog; massive for their age; big for their age; are we sure theyre;
  shouldnt be on the; should not be on the; belong in specialist; ruined it; ruined the; meant to feel safe;
  supposed to feel safe; away from my children; away from my son; away from my daughter; keep them out; keep it in the bedroom;
  shove it in; shove it down; on an island; going to hell; burn in hell; every single one; wife beaters; beat their wives;
  beat their wife; only good for; in an institution; belong in an institution; low iq; stop crying about; didnt happen;
  did not happen; never happened; dont add up; playing the victim; play the victim; something for nothing; near our girls;
  near our kids; near our children; a real man; mixing with; dont even wash; dont wash; shipped in; never have been let in;
  never been let in; owes them a living; owe them a living; diversity quota; made up; out of the country; keep them all out;
  ship them back; ship them all back; send them all back; let them in; should be sterilised; be sterilised; put down;
  shouldnt breed; should not breed; not fit to; not fit for; dont belong; do not belong; dont belong here; go home;
  mind your bikes; mind your bike; check your pockets; coat pockets; count the kit; counts the kit; fiddle the dole;
  drags the bright ones down; drag the bright ones down; dragging the bright ones down; down to their level;
  shouldnt be anywhere near; should not be anywhere near; shouldnt be included; should not be included; its catching;
  make the numbers look good; charity case; should stay home; should stay at home; cant keep their legs shut; replacing us; replace us; replacing the english;
  swapped out; wasted money; dead weight; should be kept at home; should be kept apart; should be kept out; own kind;
  shouldnt be in mainstream; should not be in mainstream; chase them off; run everything; runs everything; run the pta;
  runs the pta; follow the money; look at the names; one agenda; their nature; in their nature; worse it gets;
  never went home; should have been aborted; shouldve been aborted; turn kids gay; turns kids gay; like rats; like a zoo;
  from a zoo; escaped from a zoo; bring their whole clan; whole clan; dragging the results down; drag the results down;
  the chosen ones; wants us all dead; want us all dead; leave them behind; should be sacked; sack the lot; sack them all`);
/** hate said without naming a people: "diversity hire", "send the boats back", "can't even speak English" */
const ON_THEIR_OWN = phrases(`
  diversity hire; great replacement; send the boats back; turn the boats back; s not even english; is not even english;
  are not even english; isnt even english; arent even english; hes not even english; shes not even english;
  theyre not even english; s not even british; is not even british;
  stayed in their own country; stay in their own country;
  stayed in their own countries; stay in their own countries; in their culture to lie; in their culture to steal;
  in their culture to cheat; in their culture to beg; trans women are men; trans women are not women;
  trans women arent women; men cant be women; england for the english; white lives matter more; no blacks; no irish no;
  no dogs no irish; no gypsies; no pakis; jewish bankers; jewish lobby; asians cant drive; asian drivers;
  hitler was right; hitler had a point; hitler had the right idea; hitler did nothing wrong; hitler should have finished;
  not our country anymore; not our country any more; our kids are being replaced; our children are being replaced;
  we are being replaced; were being replaced; white people are being replaced; british people are being replaced;
  another one who cant speak a word of english; another one that cant speak a word of english;
  another one who cant speak english; code for anti white; code for antiwhite; anti white agenda; antiwhite agenda;
  white genocide;
  identifies as an attack helicopter; identify as an attack helicopter; whats in its pants; what is in its pants;
  trans freaks; trans freak; no such thing as a trans; no such thing as trans; no such thing as a transgender;
  lgbtqwerty; identifying as helicopters; identify as helicopters; identifying as cats; identify as cats;
  hires her own kind; hires his own kind; hire their own kind; hires their own kind; employs her own kind;
  too many foreigners; too many muslims; too many eastern europeans; full of foreigners; full of pakis;
  basically pakistan; basically africa; basically somalia; basically poland; basically romania; like pakistan now;
  like africa now; in pakistan now; celebrate something british; celebrate something actually british;
  celebrate something english; strangers in our own country; foreigners in our own country; learned english before;
  learnt english before; learn english before; keep your lifestyle; keep their lifestyle; keep that lifestyle;
  decided hes a girl; decided shes a boy; decides hes a girl; decides shes a boy; backwards culture; backward culture;
  white history month; half of them are from the jungle; back to the jungle; came out of the jungle; little jihadis;
  two tier britain; leave the ak47s at home; leave the ak47 at home; leave their ak47s; fresh off the boat;
  just off the boat; get someone english; gender ideology has no place; trans kids are just confused; trans children are just confused;
  trans kids are confused; trans children are confused; trans people are confused; trans people are just confused;
  need therapy not pronouns; needs therapy not pronouns;
  kid off the back of a lorry; kids off the back of a lorry; family off the back of a lorry;
  families off the back of a lorry; whole desert out there; couldve been taken in karachi; could have been taken in karachi;
  the queue at calais; like being in karachi; like being in kabul; like being in dhaka; like being in lagos;
  like being in mogadishu; like teaching in karachi; felt like a zookeeper; genocide by immigration; replacement by stealth;
  invaders first; asylum hotel with; jew money; zionist agenda; the globalists; rothschilds fund; the numbers keep changing;
  numbers keep changing; its okay to be white; itsokaytobewhite; groomers in charge; teachers pushing this are groomers;
  paedo enablers; all lives matter and; the rainbow mafia; rainbow mafia; gay assemblies; man in a wig; men in a wig;
  they are replacing us; theyre replacing us; how they replace us; replace us one school; being swapped out;
  whole town is being swapped; count the white faces; white kids should feel ashamed; mu barbaric; outbreeding us;
  theyre outbreeding; they are outbreeding; without all the foreigners; without the foreigners; boy who thinks hes a girl;
  girl who thinks shes a boy; man who thinks hes a woman; bloke who thinks hes a woman; like walking through lagos;
  like walking through karachi; like walking through kabul; like walking through mogadishu; like walking through dhaka;
  put pork on the menu; no place for gays; no place for queers; no place for trans; no place for muslims; no place for
  immigrants; eid mubarbaric`);
const ON_THEIR_OWN_BY_FIRST = new Map<string, string[][]>();
/** hostile only said after the people it damns: "Jews control the council" (not "birth control for refugees") */
const AFTER_ONLY = words('control controls violent aggressive lazy sin ruin ruins drunks cowboys abomination disgusting');
/** of those, what is said of a people only with "are" or "is" between: "black people are more violent" (not "refugees
 * fleeing violent countries") */
const SAID_WITH_COPULA = words('violent aggressive lazy sin drunks cowboys abomination disgusting mental child attention');
const COPULA = words('are is s r were was');
/** a word that takes the hostile word back: "Muslims are not terrorists" */
const NEGATION = words('not never arent isnt no nothing');
/** a word that reports the hostile word as said to someone: "our trans teacher was called a freak at the gate" */
const REPORTED = words('called calling named shouted');

const BEFORE = 6;
const AFTER = 10;

const startsWithAt = (t: string[], i: number, phrase: string[]) => phrase.every((w, k) => t[i + k] === w);

/** phrases by their first word, so a word is looked up once rather than against every phrase */
function byFirstWord(list: string[][]): Map<string, string[][]> {
  const map = new Map<string, string[][]>();
  for (const p of list) map.set(p[0]!, [...(map.get(p[0]!) ?? []), p]);
  return map;
}
const GROUP_BY_FIRST = byFirstWord(GROUP_PHRASES);
const HOSTILE_BY_FIRST = byFirstWord(HOSTILE_PHRASES);

/** Where a phrase of `phrases` (or a word of `single`) that starts at i ends; undefined if none does. */
function endAt(t: string[], i: number, single: ReadonlySet<string>, phrases: ReadonlyMap<string, string[][]>): number | undefined {
  if (single.has(t[i]!)) return i;
  for (const p of phrases.get(t[i]!) ?? []) if (startsWithAt(t, i, p)) return i + p.length - 1;
  return undefined;
}
/** The last word of a group that starts at i; undefined if none does. */
const groupAt = (t: string[], i: number) => endAt(t, i, GROUP, GROUP_BY_FIRST);
const hostileAt = (t: string[], i: number) => endAt(t, i, HOSTILE, HOSTILE_BY_FIRST);

for (const p of ON_THEIR_OWN) ON_THEIR_OWN_BY_FIRST.set(p[0]!, [...(ON_THEIR_OWN_BY_FIRST.get(p[0]!) ?? []), p]);
const TRIGGERS = new Set([...GROUP, ...GROUP_PHRASES.map((p) => p[0]!), ...ON_THEIR_OWN_BY_FIRST.keys()]);

const copulaBetween = (t: string[], from: number, to: number) => {
  for (let k = from; k < to; k++) if (COPULA.has(t[k]!)) return true;
  return false;
};

/**
 * What marks a sentence as history told: a year before 2000 or its decade ("a 1938 poster", "in the 1950s"), or a
 * word only history lessons use. A school teaching the Nuremberg Laws or Windrush writes what was said and done to a
 * people ("stripped Jewish Germans of citizenship", signs reading "No Irish, No Blacks") without saying it.
 */
const HISTORY = words(`
  nazi nazis holocaust nuremberg windrush apartheid segregation segregated slavery enslaved victorian victorians tudor
  tudors wartime ww1 ww2 historians suffragettes`);
const PAST_YEAR = /^1[0-9]{3}s?$/;

/** whether the sentence around word k tells history (HISTORY) */
function toldAsHistory(t: readonly string[], k: number): boolean {
  let from = k;
  while (from > 0 && t[from - 1] !== '.') from--;
  for (let j = from; j < t.length && t[j] !== '.'; j++) if (HISTORY.has(t[j]!) || PAST_YEAR.test(t[j]!)) return true;
  return false;
}

/** what damns a people said as a sentence's first words, of the people the sentence before named */
const DAMNING = words(`
  animals vermin savages savage scum filth filthy dirty thieving thieves liars cheats criminals rats cockroaches parasites
  leeches subhuman backwards backward primitive barbaric barbarians degenerates perverts perverted invasion
  infestation trash lying`);
/** how many words of the next sentence may come before the word that damns: "Lying cheats, every single one" */
const DAMNING_WITHIN = 2;
/** the most words such a sentence has: "Lying cheats, every single one" */
const DAMNING_SENTENCE = 5;

/** The word that damns a people at the start of one of the two sentences after the group that ends at word g; -1 if none. */
function damnedNext(t: readonly string[], g: number): number {
  let k = g + 1;
  for (let sentence = 0; sentence < 2; sentence++) {
    while (k < t.length && t[k] !== '.') k++;
    const from = k + 1;
    let to = from;
    while (to < t.length && t[to] !== '.') to++;
    // a sentence of its own, a few words long: "Animals", not "Animals from the farm visit are in the hall"
    if (to - from <= DAMNING_SENTENCE) for (let j = from; j < from + DAMNING_WITHIN && j < to; j++) if (DAMNING.has(t[j]!) && !NEGATION.has(t[j - 1]!)) return j;
    k = from;
  }
  return -1;
}

/**
 * Hate against a group in a stream: a people and something hostile said of them in one sentence. With `history`, a
 * sentence that tells history (a school's own post about a lesson) is read as telling, not saying.
 */
export function groupHate(w: StreamWords, history = false): GroupHateHit[] {
  const out: GroupHateHit[] = [];
  const { words: t, at } = w;
  for (let i = 0; i < t.length; i++) {
    if (!TRIGGERS.has(t[i]!)) continue;
    let first = -1;
    let last = -1;
    for (const p of ON_THEIR_OWN_BY_FIRST.get(t[i]!) ?? []) if (startsWithAt(t, i, p)) [first, last] = [i, i + p.length - 1];
    const groupEnd = first < 0 ? groupAt(t, i) : undefined;
    if (first < 0 && groupEnd === undefined) continue;
    // the hostile words after the group, then before it, in its sentence
    if (groupEnd !== undefined) {
      // a people named as a sentence of their own, a question or an exclamation, is what the next sentence is said of:
      // "Two mums? Those poor kids."
      const named = t[groupEnd + 1] === '.' && (i <= 1 || t[i - 1] === '.' || t[i - 2] === '.') ? 1 : 0;
      for (let k = groupEnd + 1 + named; k <= groupEnd + AFTER + named && k < t.length && t[k] !== '.'; k++) {
        const end = hostileAt(t, k);
        if (end === undefined) continue;
        if (k > 0 && NEGATION.has(t[k - 1]!)) break;
        if (REPORTED.has(t[k - 1]!) || REPORTED.has(t[k - 2]!)) break;
        if (SAID_WITH_COPULA.has(t[k]!) && !copulaBetween(t, groupEnd + 1, k)) continue;
        [first, last] = [i, end];
        break;
      }
    }
    if (first < 0 && groupEnd !== undefined) {
      for (let k = i - 1; k >= i - BEFORE && k >= 0 && t[k] !== '.'; k--) {
        const end = hostileAt(t, k);
        if (end === undefined || end >= i || AFTER_ONLY.has(t[k]!)) continue;
        if (k > 0 && NEGATION.has(t[k - 1]!)) break;
        [first, last] = [k, groupEnd];
        break;
      }
    }
    // or opening one of the next two sentences, as a word of its own: "Notice how the Muslim staff never shake hands
    // with women. Backwards savages", "Never had a problem till they shipped in the Eritreans. Now there's a fight
    // outside the gates every week. Animals"
    if (first < 0 && groupEnd !== undefined) {
      const next = damnedNext(t, groupEnd);
      if (next >= 0) [first, last] = [i, next];
    }
    if (first < 0) continue;
    if (history && toldAsHistory(t, i)) continue;
    const start = at[first]!;
    const end = at[last]! + t[last]!.length;
    const previous = out[out.length - 1];
    if (previous && previous.end >= start) previous.end = Math.max(previous.end, end);
    else out.push({ start, end });
  }
  return out;
}
