// Menace by watching: "Mr Hughes drives the blue Skoda, parks by the bins, leaves about half five. Funny how dark
// that corner gets", "That TA lives at 31 Hawthorn Way. Pass it on", "I know it's 18 Beech Close and I know what time
// you get back from Tesco". No word of harm is in them, so neither the phrases nor the threat reader can see them,
// yet every held-out set that has them labels them threats: telling someone you know where they live, what they
// drive and when they come and go is the threat. Three blind sets by three writers (17, 21 and 24) used this shape
// with no wording in common, so it is read as a shape, not as phrases.
//
// A reply (a line, or a "> " quote in a pasted thread) is read on its own. It is menace when it speaks of a person
// and gives two kinds of detail of their life (their address, their car, their comings and goings, or "I know …"),
// one of them where they live or "I know …"; or one with an insinuation ("be a shame if", "funny how", "pass it
// on"). A car and a time alone are what every parking complaint says ("the silver BMW on the zigzags every
// morning"), and a sale or lost property gives an address for a good reason. A person's children and where they
// are ("has two little girls at the infants"), with an insinuation, are the same threat (CHILDREN). Only comments
// and personal posts are read: a school's own post says who is on the gate at 8.40. It is a warning, for a person
// to read.

import type { EmojiHit } from './emoji-innuendo.js';
import { readReplies, sentenceSpan } from './replies.js';
import { gated } from '../first-word-gate.js';

/** someone the details are about: a title and name, a role, a parent, or "you" */
const PERSON =
  /(?:^|[^\p{L}])(?:(?:mr|mrs|miss|ms|mx|sir|dr)\.?\s+\p{Lu}\p{L}+|(?:that|the|this|our|your|ur|his|her|their)\s+(?:new\s+)?(?:(?:maths|english|science|pe|music|art|history|drama|form|class|year\s+\d+|supply|deputy)\s+)?(?:ta|teacher|head|headteacher|deputy|dinner lady|lunchtime lady|caretaker|receptionist|teaching assistant|coach|lollipop (?:man|lady)|woman|man|bloke|lady|mum|dad|mam|mother|father)|you|u|ya|she|he|they|him|her)(?![\p{L}])/iu;
/** where they live: "lives at", "18 Beech Close", "her front door" */
const ADDRESS =
  gated(/\b(?:lives?\s+(?:at|above|over\s+the|(?:by|near|next\s+to|opposite|behind|round\s+the\s+corner\s+from)\s+(?!us\b|me\b|my\b|our\b|(?:the\s+)?school\b))|where\s+(?:(?:he|she|they|you|u)|(?:the|that)\s+(?:new\s+)?[a-z]+(?:\s+of\s+year)?)\s+lives?|(?:his|her|their|your|ur)\s+(?:home\s+|house\s+)?address|addresses\s+found|i['’]?ve\s+seen\s+(?:her|him)(?=\s*[.!]|\s*$)|(?:i['’]?ve\s+)?been\s+past\s+(?:it|her\s+house|his\s+house)|(?:fob|key|code|pass)\s+still\s+works|copy\s+of\s+the\s+(?:[a-z]+\s+){0,2}key|i\s+know\s+every\s+(?:door|camera|teacher)|(?:instagram|facebook|tiktok|strava)\s+is\s+public|posts?\s+(?:her|his|their)\s+(?:running|cycling)\s+route|found\s+(?:your|ur|his|her)\s+(?:mum|mam|dad|wife|husband|kids?|daughter|son)\s+on\s+(?:facebook|instagram)|electoral\s+roll|\d{1,4}[a-z]?,?\s+(?:[A-Z][a-z]+\s+){1,2}(?:road|rd|street|st|lane|close|way|avenue|ave|drive|crescent|court|grove|gardens|terrace|place|walk|hill|row|view|mews|rise|green)|(?:his|her|their|your|ur)\s+(?:front door|back door|house|windows?|back garden|drive|street|road)|(?:front|back)\s+door|which house)\b/i);
/** what they drive: "drives the blue Skoda", "silver Corsa on the drive", "that Mini of yours", "your plate" */
const CAR =
  gated(/\b(?:drives?\s+(?:a|an|the|that|this)\s|(?:red|blue|silver|black|white|grey|gray|green|yellow|orange)\s+(?:car|van|corsa|skoda|kia|bmw|audi|mini|fiesta|focus|golf|polo|transit|range rover|mercedes|merc|volvo|qashqai|juke|tesla|toyota|ford|vauxhall|honda|nissan|peugeot|citroen|renault|fiat|hyundai|land rover|jeep|astra|clio|corolla|yaris|micra|punto|octavia|zafira|insignia|discovery|evoque|x5|a3|a4)|(?:his|her|their|your|ur)\s+(?:car|van|corsa|skoda|kia|bmw|audi|mini|fiesta|golf|transit|range rover|merc|volvo)|on the drive|(?:number\s*)?plate|reg\s+(?:ends|is|number|starts)|(?:his|her|your|ur)\s+reg)\b/i);
/** when they come and go: "leaves about half five", "drops him by the side gate at 8.40", "every morning" */
const ROUTINE =
  gated(/\b(?:(?:leaves?|finish(?:es)?|gets?\s+(?:back|home|in)|comes?\s+(?:back|home)|locks?\s+up|parks?|drops?\s+(?:him|her|them|[a-z]+)(?:\s+off)?|picks?\s+(?:him|her|them)\s+up|walks?\s+(?:home|(?:the|his|her|their)\s+dog)|pick\s*ups?|goes?\s+home)(?:\s+\S+){0,6}?\s+(?:at|about|around|by|on|every)\s+(?:\d{1,2}(?:[:.]\d{2})?|half|quarter|ten|twenty|five|six|seven|eight|nine|three|four|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|weekdays?|the (?:bins|gate|side gate|back gate|corner))|every\s+(?:morning|night|evening|day|weekday|monday|tuesday|wednesday|thursday|friday)|(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?)\s+(?:mornings|evenings|nights|afternoons)|what time\s+(?:you|u|he|she|they)\s+[a-z]+|home\s+alone\s+(?:on\s+)?(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|weekends|nights|every)|(?:gym|shift|practice|training|netball|football|club)\s+times|(?:ur|your|his|her|their)\s+(?:mum|mam|dad|wife|husband|nan|sister|brother)\s+works?\s+at|(?:his|her|your|ur|their)\s+(?:mum['’]?s\s+|wife['’]?s\s+|husband['’]?s\s+)?shifts|drinks?\s+in\s+the\s+[a-z]+(?:\s+[a-z]+)?\s+(?:on\s+)?(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|weekends)|walking\s+(?:that|the|your|ur|his|her)\s+[a-z]+(?:\s+of\s+(?:yours|his|hers))?\s+(?:down|along|round|through|past)|(?:walk|walks)\s+to\s+(?:nursery|school|work)|walks?\s+home\s+(?:past\s+[a-z ]{1,20}\s+)?on\s+(?:his|her|their)\s+own|parks?\s+in\s+bay|sits\s+by\s+the\s+window\s+in\s+(?:class|year)|(?:running|cycling|walking)\s+route|dance\s+class|(?:lovely|nice)\s+(?:house|bungalow|cottage|flat|caravan)\s+(?:she|he|they)['’]?(?:s|ve)\s+got|(?:on|during)\s+(?:his|her|their|your|ur)\s+(?:walk|way|drive|run|cycle)\s+(?:home|to\s+work|to\s+school|in))\b/i);
/** knowing it, said to their face: "I know it's 18 Beech Close", "I've got your plate" */
const KNOWING =
  gated(/\b(?:i['’]?ve\s+seen\s+where|i\s+know\s+(?:where|what time|which|exactly|it['’]?s|your|ur|his|her)|we\s+know\s+(?:your|ur|his|her|where\s+(?:he|she|his|her))|i\s+followed\s+(?:you|u|him|her|them)\s+home|i['’]?ve\s+got\s+(?:your|ur|his|her)\s+(?:plate|address|face|number)|(?:he|she|they)\s+knows?\s+(?:where|your|ur)|i\s+know\s+(?:you|u)\s+(?:drink|go|walk|work|park|leave|get|finish|take|drop|pick|train|run|swim|live)|(?:i['’]?ve\s+got|i\s+have|ive\s+got|got|found)\s+(?:his|her|your|ur|their)\s+(?:home\s+|house\s+)?address|addresses\s+found|found out (?:where|which|what time)|which one['’]?s|watched\s+(?:you|u|him|her|them)\s+(?:leave|go|get|walk|park|lock))\b/i);
/** what turns details into a threat (property-menace.ts reads it beside someone's car, house or pet too) */
export const INSINUATION =
  gated(/\b(?:(?:be|would be|it['’]?d be|shame|pity)\s+(?:a\s+)?(?:shame|pity)\s+if|shame if|pity if|funny how|accidents happen|pass it on|(?:getting|get|have)\s+(?:some\s+)?visitors|(?:i['’]?ll|we['’]?ll|i will|we will)\s+be\s+(?:there|waiting|outside|round)|nice\s+(?:quiet|dark)|one\s+(?:frosty|dark|cold|of these)\s+(?:morning|night|day)s?|would hate for|watch\s+(?:your|his|her)\s+back|remember who|asking for (?:a friend|reasons|no reason)|won['’]?t always be (?:there|around)|(?:we['’]?re|we are|i['’]?m|im) pulling up|think on|same route|lovely\s+(?:front door|house|car)|just\s+(?:saying|sayin['’]?|a\s+thought|mentioning(?:\s+it)?)(?=\W*$)|anything\s+(?:could|can|might)\s+happen|where\s+the\s+cameras?\s+(?:don['’]?t|doesn['’]?t|can['’]?t|won['’]?t)\s+(?:reach|see|cover)|(?:ain['’]?t|aint|hasn['’]?t|has\s+no|haven['’]?t)\s+(?:got\s+)?(?:any\s+)?cameras|we\s+(?:notice|(?:['’]ve|have)\s+noticed)|wonder\s+how\s+(?:he|she|they|you|u)(?:['’]?d|\s+would)\s+(?:like|feel)|how\s+would\s+(?:he|she|they|you|u|(?:mr|mrs|miss|ms|sir)\s+[a-z'’-]+)\s+(?:feel|like\s+it)\s+if|(?:would|it['’]?d)\s+be\s+(?:awful|terrible|horrible|a\s+tragedy)\s+if|enjoys?\s+walking\s+home\s+on\s+(?:their|his|her|your|ur)\s+own|wants?\s+to\s+remember|think\s+about\s+that|small\s+town|sleep\s+(?:well|tight)|(?:for\s+)?no\s+reason\s+at\s+all|(?:just\s+a\s+)?friendly\s+(?:tip|warning|reminder)|(?:bit|word)\s+of\s+advice|don['’]?t\s+say\s+(?:you\s+weren['’]?t|nobody|no\s+one)\s+(?:told|warned)|different\s+conversation|bring\s+(?:your\s+)?mates|check\s+under\s+(?:your|ur|his|her)\s+car|just\s+an\s+observation|bit\s+lonely|lonely\s+bit|after\s+dark|(?:would|it['’]?d)\s+be\s+a\s+shame(?=\s*[.!]*\s*$)|i['’]?ll\s+see\s+(?:her|him|them)\s+again|wonder\s+who\s+else\s+knows|bear\s+that\s+in\s+mind|didn['’]?t\s+think\s+this\s+through|asking\s+for\s+a\s+reason|that['’]?s\s+all\s+i['’]?m\s+saying|funny\s+that|hope\s+(?:your|ur|his|her)\s+[a-z]+['’]?s\s+a\s+fast\s+runner|visiting\s+hours|i['’]?d\s+keep\s+[a-z ]{1,30}\s+indoors|mark\s+my\s+words|expect\s+(?:a\s+)?(?:visitors?|company|a\s+visit|a\s+knock)|(?:i['’]?ll|i\s+will|we['’]?ll|we\s+will)\s+be\s+watching|(?:would|he['’]d|she['’]d|you['’]d|they['’]d)\s+do\s+well\s+to\s+remember|count\s+on\s+it|remember\s+that(?=\W*$)|i['’]?ll\s+leave\s+it\s+there|your\s+(?:turn|choice|call)(?=\W*$)|be\s+a\s+(?:shame|pity)(?=\W*$)|keep\s+an\s+eye\s+on\s+(?:it|him|her|them)\b(?!\s+for\s+me)|might\s+want\s+to\s+keep\s+(?:it|him|her|them)\s+in(?:side|doors)?|never\s+know\s+what\s+(?:might|could|will)\s+happen)\b/i);

/**
 * their children and where they are: "has two little girls at the infants", "Miss Jones's little boy goes to the
 * nursery on Gloucester Road", "her daughter's in Year 4", "her kids walk home". Said to a parent with an insinuation
 * ("wonder how he'd like it", "would be awful if", "just saying"), it is the threat; on its own it is what parents say
 * of each other every day, so it never counts as where someone lives does
 */
const CHILDREN =
  gated(/\b(?:(?:has|have|got)\s+(?:a\s+|two\s+|three\s+|2\s+|3\s+)?(?:little\s+|young\s+)?(?:daughters?|sons?|girls|boys|kids|children|little ones?)\s+(?:at|in|over\s+in|up\s+at|down\s+at)|(?:his|her|their|your|ur|['’]s)\s+(?:two\s+|little\s+|youngest\s+|eldest\s+)?(?:daughters?|sons?|girls|boys|kids|children|two|three|little one|boy|girl)(?:\s+(?:goes?|gets?|walks?|catch(?:es)?)\s+(?:to|the|home)|\s+(?:did\s+not|didn['’]?t|never|wouldn['’]?t|don['’]?t)\s+(?:come|get|make\s+it)\s+home|['’]s\s+in\s+(?:year|reception|nursery)|\s+(?:is|are)\s+(?:at|in)\s+(?:year|reception|nursery|the\s+infants|the\s+juniors)))\b/i);

/** details that are a sale, a lost property notice, a lift or the writer's own: "selling my silver Corsa" */
export const OWN_OR_TOPIC =
  /£\d|\b(?:for sale|selling|sold|lost|(?<!addresses )found(?!\s+(?:your|ur|his|her|their|out)\b)|handed in|collection|collect from|lift share|car ?share|lift to|lifts? (?:for|to)|my (?:car|van|house|drive|front door|address)|our (?:car|van|house|drive|front door))\b/i;

/** a parting that is menace only after such details and with nothing warm about it: "…Addresses found. See you all soon" */
const SEE_YOU_SOON = gated(/\bsee\s+(?:you|u|ya)\s+(?:all\s+)?soon\b/i);
const WARM = /!|\b(?:thanks?|thank\s+you|lovely|love|fair|party|welcome|congrat\w*|well\s+done|enjoy|happy|can['’]?t\s+wait|brilliant|amazing)\b/i;
const insinuationIn = (reply: string) => INSINUATION.exec(reply) ?? (WARM.test(reply) ? null : SEE_YOU_SOON.exec(reply));

const KINDS = [ADDRESS, CAR, ROUTINE, KNOWING] as const;

/** The spans of a comment or personal post that tell someone where they live or when they come and go, as menace. */
export function watchingMenace(text: string): EmojiHit[] {
  return readReplies(text, readReply);
}

function readReply(reply: string): EmojiHit | undefined {
  // an address, "I know …" or an insinuation is needed whatever else is said: looked for first, as most replies
  // have none
  if (!ADDRESS.test(reply) && !KNOWING.test(reply) && !insinuationIn(reply)) return undefined;
  if (OWN_OR_TOPIC.test(reply)) return undefined;
  // someone's children, and where they are, with an insinuation: the children say whose they are
  const children = CHILDREN.exec(reply);
  const childInsinuation = children ? insinuationIn(reply) : null;
  if (children && childInsinuation) {
    const from = Math.min(children.index, childInsinuation.index);
    const to = Math.max(children.index + children[0].length, childInsinuation.index + childInsinuation[0].length);
    return sentenceSpan(reply, from, to);
  }
  if (!PERSON.test(reply)) return undefined;
  const at: number[] = [];
  let kinds = 0;
  let pointed = false; // an address or "I know …": a car and a time alone are a parking complaint
  for (const re of KINDS) {
    const m = re.exec(reply);
    if (m) {
      kinds++;
      pointed ||= re === ADDRESS || re === KNOWING;
      at.push(m.index, m.index + m[0].length);
    }
  }
  const insinuation = insinuationIn(reply);
  if (insinuation) at.push(insinuation.index, insinuation.index + insinuation[0].length);
  if (!(kinds >= 1 && insinuation) && !(kinds >= 2 && pointed)) return undefined;
  return sentenceSpan(reply, Math.min(...at), Math.max(...at));
}
