import type { CategoryBuilder } from '../check.js';
import { originalSpan, prepare } from '../normalise.js';
import type { Finding, Prepared, TextKind } from '../types.js';
import { buildRosterMatcher, type NameMatch, type Person } from './roster-matcher.js';

export const fold = (s: string) => prepare(s, 'comment').folded;

/** "3" -> "Year 3", "Y5" -> "Year 5", "R" -> "Reception"; anything else as the roster has it. */
export function yearLabel(year: string): string {
  const y = year.trim();
  const n = /^(?:y|yr|year)?\s*(\d{1,2})$/i.exec(y);
  if (n) return `Year ${n[1]}`;
  if (/^r(?:ec)?$/i.test(y)) return 'Reception';
  return y;
}

const fullName = (p: Person) => `${p.given} ${p.family}`.trim();
/** each person's description, made once: a text full of names would otherwise make each again for every mention */
const described = new WeakMap<Person, string>();
const describe = (p: Person) => {
  let text = described.get(p);
  if (text === undefined) {
    const detail = p.kind === 'pupil' ? yearLabel(p.year) : p.role.replace(/_/g, ' ');
    described.set(p, (text = detail ? `${fullName(p)}, ${detail}` : fullName(p)));
  }
  return text;
};
const yearOf = new WeakMap<Person, string>();
const yearLabelOf = (p: Person) => {
  let label = yearOf.get(p);
  if (label === undefined) yearOf.set(p, (label = yearLabel(p.year)));
  return label;
};

/**
 * "May Chen, Year 3"; for a shared given name, "Grace: Grace Adams, Year 4, or Grace Lee, Year 2";
 * for a shared surname, "Cartwright: Paul Cartwright, staff, or Simon Cartwright, staff";
 * for a nickname, the words used first ("Mr T: Tom Taylor, teacher"), since they are not the name; and for a title
 * and surname more than one member of staff shares, the same ("Mrs Talbot: Angela Talbot, volunteer, or Gemma Talbot,
 * staff"), where the given name would be the first person's alone.
 */
export function whoItNames(m: NameMatch, said?: string): string {
  // a nickname, or a title and surname more than one member of staff answers to ("Mrs Talbot: Angela Talbot, volunteer,
  // or Gemma Talbot, staff"), as written
  const titled = m.form === 'title_family' && m.people.length > 1;
  const nickname = (m.form === 'nickname' || titled) && said ? `${said}: ` : '';
  if (m.people.length === 1) return `${nickname}${describe(m.people[0]!)}`;
  const listed = m.people.slice(0, 3).map(describe).join(', or ');
  const more = m.people.length > 3 ? `, or ${m.people.length - 3} more` : '';
  const shared = m.form === 'family' ? m.people[0]!.family : m.people[0]!.given;
  return `${nickname || `${shared}: `}${listed}${more}`;
}

/** What to write instead of the name: "a Year 5 pupil" when everyone it could mean is in one year. */
function standIn(m: NameMatch): string {
  if (m.kind === 'staff') return 'a member of staff';
  const year = yearLabelOf(m.people[0]!);
  for (const p of m.people) if (yearLabelOf(p) !== year) return 'a pupil';
  return year ? `a ${year} pupil` : 'a pupil';
}

const TAKES_TO = new Set(['well done', 'congratulations', 'congrats', 'thanks', 'thank you', 'thankyou', 'shout out', 'shoutout', 'happy birthday', 'good luck', 'well played', 'great job', 'great work', 'good job', 'amazing work', 'brilliant work', 'fantastic work', 'kudos', 'credit', 'hats off']);

// module-level, since a regular expression literal in a function is a new object each time it runs
const POSSESSIVE_AFTER = /^['\u2019\u02bc`]s?/;
const TO_BEFORE = /\bto\s+(?:\S+\s+)?$/i;
const TRAILING_PUNCTUATION = /[,:]?\s*$/;
const WHITESPACE = /\s/;
const FAMILY_AFTER = /^(\s+family)(?![a-z])/i;
const THE_BEFORE = /\bthe\s+$/i;
/** . ! ? or a new line: where a sentence ends */
const endsSentence = (code: number) => code === 46 || code === 33 || code === 63 || code === 10;

/**
 * How far either side of a name its rewrite reaches at most: a sentence longer than this (a long text with no full
 * stop) is cut at a word, so a text of a thousand names is not a thousand copies of itself.
 */
const REACH = 500;

/** The sentence around the name, with the name (and any year reference after it) replaced, and the range of the original it replaces. */
export function rewrite(p: Prepared, m: NameMatch): Required<Pick<Finding, 'suggestion' | 'replaces'>> {
  const span = originalSpan(p, m.start, m.end);
  const foldedEnd = m.yearRefEnd ?? m.end;
  let end = originalSpan(p, m.start, foldedEnd).end;
  let replacement = standIn(m);
  const o = p.original;
  if (m.possessive && m.yearRefEnd === undefined) {
    const apostrophe = POSSESSIVE_AFTER.exec(o.slice(end, end + 2));
    if (apostrophe) end += apostrophe[0].length;
    replacement += "'s";
  }
  let from = span.start;
  while (from > 0 && span.start - from < REACH && !endsSentence(o.charCodeAt(from - 1))) from--;
  // a sentence longer than the reach is cut at a word
  if (from > 0 && !endsSentence(o.charCodeAt(from - 1))) while (from < span.start && !WHITESPACE.test(o[from]!)) from++;
  while (from < span.start && WHITESPACE.test(o[from]!)) from++;
  let to = end;
  while (to < o.length && to - end < REACH && !endsSentence(o.charCodeAt(to))) to++;
  if (to < o.length && !endsSentence(o.charCodeAt(to))) {
    while (to > end && !WHITESPACE.test(o[to - 1]!)) to--;
    while (to > end && WHITESPACE.test(o[to - 1]!)) to--;
  } else while (to < o.length && endsSentence(o.charCodeAt(to)) && o.charCodeAt(to) !== 10) to++;
  let before = o.slice(from, span.start);
  // a name in a hashtag or handle goes with its # or @
  if (before.endsWith('#') || before.endsWith('@')) before = before.slice(0, -1);
  // "the Rahman family('s)" -> "a Year 5 pupil's family('s)"
  const family = FAMILY_AFTER.exec(o.slice(end, end + 12));
  if (family && THE_BEFORE.test(before) && !m.possessive) {
    before = before.replace(THE_BEFORE, '');
    end += family[1]!.length;
    replacement += "'s family";
  }
  if (m.cue && TAKES_TO.has(m.cue) && !TO_BEFORE.test(before)) before = `${before.replace(TRAILING_PUNCTUATION, '')} to `;
  if (before.trim() === '') replacement = replacement[0]!.toUpperCase() + replacement.slice(1);
  return { suggestion: `${before}${replacement}${o.slice(end, to)}`.trim(), replaces: { start: from, end: to } };
}

function staffSeverity(kind: TextKind): Finding['severity'] {
  return kind === 'official_post' ? 'info' : 'warning';
}

/**
 * Pupils and staff from the school's roster, named in full, by given name and initial, or in context;
 * `allow`, the school's allowed phrases, read as well-known phrases are ("Holly the class hamster").
 */
export const namesWith = (allow: readonly string[]): CategoryBuilder => ({
  categories: ['pupil_name', 'staff_name'],
  build(roster) {
    const matcher = buildRosterMatcher(roster, fold, allow);
    return (p) =>
      matcher.find(p).map((m): Finding => {
        const { start, end } = originalSpan(p, m.start, m.end);
        const who = whoItNames(m, p.original.slice(start, end));
        if (m.kind === 'pupil') {
          return {
            category: 'pupil_name',
            start,
            end,
            severity: 'block',
            reason: `Names a pupil (${who}). Pupils must not be named in public posts.`,
            ...rewrite(p, m),
          };
        }
        const official = p.kind === 'official_post';
        return {
          category: 'staff_name',
          start,
          end,
          severity: staffSeverity(p.kind),
          reason: official
            ? `Names a member of staff (${who}). Staff may be named on official accounts; check they are happy to be.`
            : `Names a member of staff (${who}). Colleagues should not be named in personal posts or comments.`,
          ...(official ? {} : rewrite(p, m)),
        };
      });
  },
});

export const names: CategoryBuilder = namesWith([]);
