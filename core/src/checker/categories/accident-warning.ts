// "Someone is going to get hurt" said of a car park, a crossing or a climbing frame warns of an accident; it is not a
// threat. Parents write it under almost every parking post, and staff write it in road-safety notices. Of the 36 texts
// of the labelled sets that say someone will get hurt, run over or killed, 34 are such warnings and are labelled
// clean; the two threats say who will do it or that it will be no accident ("I AM COMING UP THERE RIGHT NOW AND
// SOMEBODY IS GETTING HURT", "Someone's going to get hurt at this school, and it won't be an accident"). The learned
// readings, which weigh the words "someone", "get" and "hurt", warned on most of them.
//
// So a sentence that says someone will come to harm, in a text that names a danger on the road or the site, with no one
// saying they will do it, is read as a warning of an accident: the learned readings do not call it a threat. The
// rules still read it as they always have.

/** someone coming to harm, by no one's hand: "someone's going to get run over", "before a child gets hurt" */
const HARM =
  /\b(?:(?:someone|somebody|some one|a child|a kid|one of the (?:kids|children)|a pupil|kids|children)(?:'s|s)?\s+(?:(?:is|are|will|could|might|may)\s+)?(?:(?:going\s+to|gonna|gona)\s+)?(?:get|getting|be)|(?:before|until|till|in)\s+(?:someone|somebody|a child|a kid)\s+(?:gets?|getting|is))\s+(?:(?:seriously|badly|really)\s+)?(?:hurt|killed|run\s+over|knocked\s+(?:over|down)|injured)\b/;

/** a danger of the road or the site, anywhere in the text: what the harm would come from */
const DANGER =
  /\b(?:park(?:ing|ed|s)?|car\s*park|zig\s*-?\s*zags?|yellow\s+lines|roads?|crossing|traffic|cars?|drivers?|driving|speeding|speed|mph|bend|pavement|kerb|junction|lollipop|revers(?:e|ing)|climbing\s+frame|ice|icy|pothole|bolts|death\s*trap|dangerous|war\s+zone)\b/;

/** someone saying they will do it, or that it will be no accident */
const SOMEONE_MEANS_IT =
  /\b(?:(?:i|we)\s*(?:'ll|will|shall|am\s+going\s+to|'m\s+going\s+to|are\s+going\s+to|'m\s+gonna|m\s+gonna|are\s+gonna)\b|(?:won't|wont|will\s+not|not)\s+be\s+(?:an?\s+)?accident|coming\s+(?:up|down|round|over)\b|make\s+sure)/;

const folded = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'");

/** Whether `sentence`, in `text`, warns that someone will come to harm by accident rather than threatens it. */
export function accidentWarning(sentence: string, text: string): boolean {
  const s = folded(sentence);
  return HARM.test(s) && !SOMEONE_MEANS_IT.test(s) && DANGER.test(folded(text));
}
