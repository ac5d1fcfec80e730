import type { CategoryBuilder } from '../check.js';
import type { Finding } from '../types.js';
import { fold, yearLabel } from './names.js';
import { phraseTokens } from './roster-matcher.js';

type Pupil = { given: string; family: string; year: string; photoConsent: boolean; aka?: string[] };
const key = (name: string) => phraseTokens(fold, name).join(' ');

/**
 * Every pupil tagged in an official post's images must have photo consent on record. A tag that
 * matches no pupil, or more than one, is blocked too: consent cannot be shown for it.
 * Findings are about the images, not the words, so their span is empty at the start of the text.
 */
export const photoConsent: CategoryBuilder = {
  categories: ['photo_consent'],
  build(roster) {
    const byName = new Map<string, Pupil[]>();
    const add = (k: string, p: Pupil) => {
      if (!k) return;
      const list = byName.get(k) ?? [];
      if (!list.includes(p)) list.push(p);
      byName.set(k, list);
    };
    for (const p of roster.pupils) {
      // the surname as written, and as a tag box often gets it: its apostrophe or hyphen dropped or spaced ("OBrien")
      const families = new Set([p.family, p.family.replace(/['\u2019-]/g, ''), p.family.replace(/['\u2019-]/g, ' ')]);
      for (const family of families) {
        add(key(`${p.given} ${family}`), p);
        add(key(`${family} ${p.given}`), p);
      }
      add(key(p.given), p);
      // the given name and the surname's initial, as a school tags a child: "Ivy G", "Noah P." (a pair two pupils share
      // is answered as ambiguous, below)
      const initial = p.family.trim()[0];
      if (initial) add(key(`${p.given} ${initial}`), p);
      // a tag as the school knows the pupil: "Ollie B"
      for (const nickname of p.aka ?? []) add(key(nickname), p);
    }
    return (text) => {
      const findings: Finding[] = [];
      text.images?.forEach((image, n) => {
        const which = text.images!.length > 1 ? `Image ${n + 1}` : 'The image';
        for (const tag of image.tagged) {
          const matches = byName.get(key(tag)) ?? [];
          const base = { category: 'photo_consent' as const, start: 0, end: 0, severity: 'block' as const };
          if (matches.length === 0) {
            findings.push({ ...base, reason: `${which} tags "${tag}", who is not on the school's roll, so there is no photo consent on record.`, advice: `Remove the tag for "${tag}", or check the name against the roll.` });
          } else if (matches.length > 1) {
            findings.push({ ...base, reason: `${which} tags "${tag}", which could be ${matches.length} pupils; tag the full name so photo consent can be checked.`, advice: `Tag the pupil's full name.` });
          } else if (!matches[0]!.photoConsent) {
            const p = matches[0]!;
            const year = yearLabel(p.year);
            findings.push({ ...base, reason: `${which} tags ${p.given} ${p.family}${year ? ` (${year})` : ''}, who has no photo consent on record.`, advice: `Remove the image, or use one without ${p.given} ${p.family}.` });
          }
        }
      });
      return findings;
    };
  },
};
