// What parents, pupils and staff say every day that sounds like violence and is not: "I'm gonna kill my son, he's left his
// PE kit on the bus again", "i'm gonna die if i get another detention", "im literally dead 😭 sir's face", "If I see one
// more laminated sign I'm going to scream", and a complaint taken where complaints go ("I will be escalating to the
// governors and the local authority", "I'm going to the governors and then straight to Ofsted"), a game won or lost ("ur getting
// destroyed in the Mario Kart rematch"), and a mum who will "kill" her child for a lost coat. The learned readings, which weigh "kill", "die", "going to" and "if", warned on
// such sentences in a blind writer's look-alikes (2026-12-07); the rules never did.
//
// A sentence that says one of these, with nothing aimed at anyone else in it, is not called a threat by the learned
// readings. The rules still read it as they always have, and a writer's own thoughts of self-harm are the rules' to find.

/** harm said of the writer's own family, for forgetting a PE kit or a letter: "I'm gonna kill my son" */
const OWN_FAMILY =
  /\b(?:gonna|going\s+to|will|'ll|could|might)\s+(?:literally\s+)?(?:kill|murder|strangle|throttle)\s+(?:my|me|our)\s+(?:own\s+)?(?:son|sons|daughter|daughters|kids?|child|children|husband|hubby|wife|boy|boys|girl|girls|lot|other\s+half|partner)\b/;
/** the writer dying of something that does not kill: "i'm gonna die if i get another detention", "im literally dead 😭" */
const DYING_OF =
  /\b(?:i'm|im|i\s+am|i'll|ill|i\s+will)\s+(?:literally\s+|actually\s+|honestly\s+)?(?:(?:gonna|going\s+to)\s+)?(?:die|dying|dead|deceased)\s*(?:if|of|when|from|laughing|inside|rn|lol|lmao|haha|😭|😂|🤣|💀)/u;
/** a feeling, not a deed: "I'm going to scream", "I'll lose my mind" */
const FEELING = /\b(?:gonna|going\s+to|will|'ll)\s+(?:scream|cry|explode|lose\s+it|lose\s+my\s+mind|go\s+mad|go\s+insane)\b/;
/** a complaint taken where complaints go: "I will be escalating to the governors", "reporting this to Ofsted" */
const COMPLAINT =
  /\b(?:escalat\w*|complain\w*|report(?:ing)?|contact(?:ing)?|writ(?:e|ing)|tak(?:e|ing)\s+(?:this|it))\s+(?:this\s+|it\s+)?(?:further\s+)?(?:to|with)\s+(?:the\s+)?(?:governors?|chair\s+of\s+governors|local\s+authority|la|council|ofsted|trust|academy\s+trust|diocese|dfe|department\s+for\s+education|mp|ombudsman)\b/;
/** a complaint taken somewhere: "I'm going to the governors and then straight to Ofsted", "Carry on and it goes to the
 * police and the governors" (not "I'm not going to the police. I'm going to find you myself") */
const COMPLAINT_GOING =
  /(?<!\b(?:not|never|nt|n't)\s+)\b(?:(?:going|go|goes|went|straight)\s+(?:straight\s+)?to\s+(?:the\s+)?|(?:it|this)\s+(?:goes|will\s+go|is\s+going)\s+(?:straight\s+)?to\s+(?:the\s+)?)(?:governors?|chair\s+of\s+governors|local\s+authority|council|ofsted|police|trust|dfe|mp|ombudsman|papers|press|local\s+paper|solicitors?)\b/;
/** a game, a match or an exam won or lost: "ur getting destroyed in the Mario Kart rematch", "you'll smash it" */
const COMPETITION =
  /\b(?:destroy(?:ed|ing)?|smash(?:ed|ing)?|batter(?:ed|ing)?|annihilat\w+|slaughter(?:ed|ing)?|thrash(?:ed|ing)?|hammer(?:ed|ing)?|demolish(?:ed|ing)?|murder(?:ed|ing)?|kill(?:ed|ing)?|wip(?:e|ed|ing)\s+the\s+floor)\b[^.!?]{0,40}\b(?:match|rematch|game|fifa|fortnite|mario\s*kart|minecraft|roblox|quiz|final|league|tournament|fixture|sports\s+day|derby|race|rounders|netball|football|rugby|cricket|tug\s+of\s+war|chess|spelling\s+bee|tt\s+rock\s*stars|on\s+the\s+pitch)\b|\bsmash(?:ed|ing)?\s+it\b/;
/** a body, which a game is not played on: "I'll smash his face in after the match" */
const BODY = /\b(?:face|faces|head|heads|teeth|legs|jaw|nose|skull|kneecaps|ribs|neck|throat)\b/;
/** the writer's parent or teacher, who will "kill" them for a lost coat or a bad mark: "my mum's gonna kill me" */
const PARENT_WILL =
  /\b(?:mum|mam|mom|mummy|dad|daddy|nan|nana|gran|grandma|teacher|sir|miss|coach|boss)(?:'s|s)?\s+(?:(?:will|is|would|'ll|'d)\s+)?(?:literally\s+|actually\s+|honestly\s+)?(?:(?:gonna|going\s+to)\s+)?(?:kill|murder)\s+me\b/;
/** someone else named or aimed at, with a feeling: "I'm going to lose it with him" may be menace */
const AIMED_AT_ANOTHER = /\b(?:you|u|him|her|them|that\s+(?:teacher|head|woman|man)|mr|mrs|miss|ms|sir)\b/;

const folded = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'");

/** Whether `sentence` is an everyday saying that only sounds like violence (see above). */
export function everydayHyperbole(sentence: string): boolean {
  const s = folded(sentence);
  if (OWN_FAMILY.test(s) || COMPLAINT.test(s) || COMPLAINT_GOING.test(s) || PARENT_WILL.test(s) || DYING_OF.test(s)) return true;
  if (COMPETITION.test(s) && !BODY.test(s)) return true;
  return FEELING.test(s) && !AIMED_AT_ANOTHER.test(s.replace(FEELING, ' '));
}
