import { Fragment, useMemo } from 'react';
import type { PolicyVersion } from '../api/types';
import { sectionsOf, type Block } from './policyText';

interface Props {
  version: Pick<PolicyVersion, 'text' | 'clauses' | 'versionNo'>;
}

/**
 * The text of one version, clause by clause. Under each heading: the rules that cite it, so
 * whoever writes the pack sees at a glance what no rule covers yet. Headings carry the
 * clause's anchor (id="clause-terms-of-use"), which Ask the policy links to.
 */
export function PolicyText({ version }: Props) {
  const sections = useMemo(() => sectionsOf(version.text), [version.text]);
  const rulesOf = new Map(version.clauses.map((c) => [c.anchor, c.rules]));
  return (
    <article className="policy-text" aria-label={`The text of version ${version.versionNo}`}>
      {sections.map((s, i) => {
        const Heading = s.heading?.level === 3 ? 'h3' : 'h2';
        const rules = s.heading ? (rulesOf.get(s.heading.anchor) ?? []) : [];
        return (
          // divs, not sections: forty clause landmarks would bury the page's own
          <div key={s.heading?.anchor ?? `before-${i}`}>
            {s.heading ? (
              <>
                <Heading id={`clause-${s.heading.anchor}`} tabIndex={-1}>{s.heading.text}</Heading>
                <p className="clause-rules">{rules.length > 0 ? `Rules: ${rules.join(', ')}` : 'No rule covers this clause yet'}</p>
              </>
            ) : null}
            {s.blocks.map((b, j) => <BlockView key={j} block={b} />)}
          </div>
        );
      })}
    </article>
  );
}

function BlockView({ block }: { block: Block }) {
  if (block.kind === 'list') {
    const items = block.items.map((item, i) => <li key={i}>{item}</li>);
    return block.ordered ? <ol start={block.start}>{items}</ol> : <ul>{items}</ul>;
  }
  return (
    <p>
      {block.lines.map((line, i) => (
        <Fragment key={i}>
          {i > 0 ? <br /> : null}
          {line}
        </Fragment>
      ))}
    </p>
  );
}
