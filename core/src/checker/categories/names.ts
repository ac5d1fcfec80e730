import type { CategoryBuilder } from '../check.js';
import { originalSpan, prepare } from '../normalise.js';
import type { Finding, TextKind } from '../types.js';
import { rewriteNames, yearLabel } from './name-rewrites.js';
import { buildRosterMatcher, type NameMatch, type Person } from './roster-matcher.js';

export const fold = (s: string) => prepare(s, 'comment').folded;

export { yearLabel };

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
    return (p) => {
      const found = matcher.find(p);
      const official = p.kind === 'official_post';
      // staff may be named in the school's own posts, so a rewrite there leaves them as written
      const rewrites = rewriteNames(p, official ? found.filter((m) => m.kind === 'pupil') : found);
      return found.map((m): Finding => {
        const { start, end } = originalSpan(p, m.start, m.end);
        const who = whoItNames(m, p.original.slice(start, end));
        if (m.kind === 'pupil') {
          return {
            category: 'pupil_name',
            start,
            end,
            severity: 'block',
            reason: `Names a pupil (${who}). Pupils must not be named in public posts.`,
            ...rewrites.get(m),
          };
        }
        return {
          category: 'staff_name',
          start,
          end,
          severity: staffSeverity(p.kind),
          reason: official
            ? `Names a member of staff (${who}). Staff may be named on official accounts; check they are happy to be.`
            : `Names a member of staff (${who}). Colleagues should not be named in personal posts or comments.`,
          ...rewrites.get(m),
        };
      });
    };
  },
});

export const names: CategoryBuilder = namesWith([]);
