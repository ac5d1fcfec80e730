import { displayOrder, reversedRuns, storedSpan } from './display-order.js';
import { prepare } from './normalise.js';
import { MAX_TEXT_LENGTH, ONLY_FOR, type CategoryCheck, type CheckerCategory, type Finding, type Prepared, type Roster, type TextKind } from './types.js';

export class TextTooLong extends Error {
  constructor(readonly length: number) {
    super(`The text is ${length.toLocaleString('en-GB')} characters long; the checker reads at most ${MAX_TEXT_LENGTH.toLocaleString('en-GB')}. Split it into shorter posts.`);
  }
}

/** A category's checker, built once for a school from its roster and lexicons. */
export interface CategoryBuilder {
  categories: readonly CheckerCategory[];
  build(roster: Roster): CategoryCheck;
}

export interface Checker {
  check(text: string, kind: TextKind, images?: Prepared['images']): Finding[];
}

/**
 * Compiles a school's checker from its roster: each category builds its matcher once, so checking
 * a text is a pass over it per category. A category that only applies to some kinds of text
 * (ONLY_FOR) is skipped for the others.
 */
export function compileChecker(roster: Roster, builders: readonly CategoryBuilder[]): Checker {
  const built = builders.map((b) => ({ categories: b.categories, run: b.build(roster) }));
  const run = (prepared: Prepared): Finding[] => {
    const findings: Finding[] = [];
    for (const b of built) {
      if (b.categories.every((c) => ONLY_FOR[c] && !ONLY_FOR[c]!.includes(prepared.kind))) continue;
      for (const f of b.run(prepared)) if (!ONLY_FOR[f.category] || ONLY_FOR[f.category]!.includes(prepared.kind)) findings.push(f);
    }
    return findings;
  };
  return {
    check(text, kind, images) {
      if (text.length > MAX_TEXT_LENGTH) throw new TextTooLong(text.length);
      const findings = run(prepare(text, kind, images));
      // part of the text shown reversed (a right-to-left override): read it as shown too, and keep what that adds
      const runs = text.includes('\u202e') ? reversedRuns(text) : [];
      if (runs.length > 0) {
        const seen = new Set(findings.map((f) => `${f.category}:${f.start}:${f.end}`));
        for (const f of run(prepare(displayOrder(text, runs), kind, images))) {
          const span = storedSpan(text, f.start, f.end, runs);
          const key = `${f.category}:${span.start}:${span.end}`;
          if (seen.has(key)) continue;
          seen.add(key);
          // a rewrite is of the text as shown: written into the text as stored, it would show reversed, so none is offered
          const { suggestion: _suggestion, replaces: _replaces, ...found } = f;
          findings.push({ ...found, ...span });
        }
      }
      return findings.sort((a, b) => a.start - b.start || a.end - b.end);
    },
  };
}
