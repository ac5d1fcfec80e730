// What to take out of a text with a date of birth in it. Advice alone ("Remove the date") leaves the writer to find
// where the date's words begin and end; where that is plain, the finding offers the cut itself:
// "Happy birthday to Grace, born 11 February 2016!" -> "Happy birthday to Grace!";
// "Grace (DOB 11/02/2016) joins Reception" -> "Grace joins Reception"; "Grace turns 8 on 11 May!" -> "Grace turns 8!".
// Where the date sits inside a sentence that goes on ("born 11 May 2016 in Bristol, she…"), no cut is plain, and only
// the advice is given.

import { endsSentence, SPACE_BEFORE } from './rewrite-text.js';

/** a cue that names the date as a birth date and goes with it: "born", "born on", "DOB:", "date of birth" */
const NAMING_CUE = /^(?:born|date\s+of\s+birth|d\.o\.b\.?|dob)$/;
/** "turns 8 on", "will be 9 on": the words stay, only "on" and the date go */
const ON_AT_END = /\s+on$/;
const BETWEEN_CUE_AND_DATE = /^[\s:,\-\u2013]*(?:on\s+)?$/;
/** what sets the date apart before it: a comma, a bracket, a dash */
const SEPARATOR_BEFORE = /(?:\s*,\s*|\s*\(\s*|\s+[-\u2013]\s+)$/;
const CLOSING_BRACKET = /^\s*\)/;
const CUE_IN_BRACKETS_AFTER = /^\s*\(\s*(?:dob|d\.o\.b\.?|date\s+of\s+birth)\s*\)/;
/** where a sentence, or a clause of it, ends (a mark, an emoji, the text's end): the cut leaves nothing hanging */
const CLAUSE_ENDS_AFTER = /^\s*(?:[^\s\p{L}\p{N}]|$)/u;
/** a sentence's own stop and the space after it, or the text's end */
const OWN_STOP_AFTER = /^(?:[.;]\s*|\s*$)/;

/**
 * The range of the folded text `f` to take out with the date of birth at [start, end): the date, the cue naming it
 * and what sets it apart; undefined when no cut is plain. `cue`: the birth word before the date, if any.
 */
export function birthDateRemoval(f: string, start: number, end: number, cue?: { start: number; end: number }): { start: number; end: number } | undefined {
  let from = start;
  let to = end;
  /** "turns 8 on 11 May": a phrase of its own, which goes whole */
  let onPhrase = false;
  // a cue right before the date goes with it; one further off ("birthday is on 11 May") leaves the date to go alone
  if (cue !== undefined && BETWEEN_CUE_AND_DATE.test(f.slice(cue.end, start))) {
    const word = f.slice(cue.start, cue.end);
    if (NAMING_CUE.test(word)) from = cue.start;
    else {
      const on = ON_AT_END.exec(word);
      if (on) [from, onPhrase] = [cue.start + on.index, true];
    }
  }
  const after = CUE_IN_BRACKETS_AFTER.exec(f.slice(to, to + 30));
  if (after) to += after[0].length;
  const separator = SEPARATOR_BEFORE.exec(f.slice(Math.max(0, from - 4), from));
  if (separator?.[0].includes('(')) {
    const close = CLOSING_BRACKET.exec(f.slice(to, to + 4));
    if (!close) return undefined;
    return { start: from - separator[0].length, end: to + close[0].length };
  }
  // a date that starts its sentence ("Date of birth: 11/02/2016. Class: Oak.") goes with its full stop
  const space = SPACE_BEFORE.exec(f.slice(Math.max(0, from - 4), from));
  const opens = from - (space?.[0].length ?? 0);
  if (!separator && (opens === 0 || endsSentence(f.charCodeAt(opens - 1)))) {
    const stop = OWN_STOP_AFTER.exec(f.slice(to, to + 4));
    return stop ? { start: from, end: to + stop[0].length } : undefined;
  }
  // otherwise the date must be set apart ("Grace, born …", "… (DOB)", "turns 8 on …"), not part of how the sentence
  // runs ("was born on …", "Lily's D.O.B. …"), and its clause must end where it does, so nothing is left hanging
  if (!separator && !after && !onPhrase) return undefined;
  if (!after && !CLAUSE_ENDS_AFTER.test(f.slice(to, to + 4))) return undefined;
  return { start: separator ? from - separator[0].length : opens, end: to };
}
