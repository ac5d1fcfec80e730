import { Fragment, useEffect, useRef, type MouseEvent } from 'react';
import { Link } from 'react-router-dom';
import { clauseParts, type CheckFinding, type TextKind } from '@lanyard/core';
import { versionPath } from '../policies/words';
import { Banner } from '../ui/StatusMessage';
import { segmentsOf } from './highlight';
import { replacementFor } from './suggestion';
import { CATEGORY_WORDS, mostSevere, SEVERITY_WORDS, summaryOf } from './words';
import type { MeaningStatus } from './api';

export interface CheckResult {
  /** the text as it was checked: the findings' offsets point into it */
  text: string;
  findings: CheckFinding[];
  /** the policy version the findings' clauses are quoted from */
  policy: { schoolId: string; versionId: string } | null;
  /** whether the reading of meaning ran on the text (see MeaningNote) */
  meaning: MeaningStatus;
  /** what the text is: an official post is read for its sense only where it quotes or reports someone */
  kind: TextKind;
}

interface Props {
  result: CheckResult;
  /** the text, its kind or the tagged pupils have changed since it was checked */
  stale: boolean;
  busy: boolean;
  onUseSuggestion(finding: CheckFinding): void;
}

/**
 * What the reading of meaning did: it reads each sentence's sense for threats, hate and bullying put in words the checker does
 * not know. When it could not run, the person is told the words alone were checked, so a clean result is not
 * taken for more than it is.
 */
function MeaningNote({ meaning, kind }: { meaning: MeaningStatus; kind: TextKind }) {
  if (meaning === 'read' && kind === 'official_post') {
    return (
      <p className="muted">
        What this post quotes or reports of anyone else&rsquo;s words was also read for its sense, for threats, hate and bullying, even where none of the words the
        checker knows are used. The school&rsquo;s own sentences were checked for their words.
      </p>
    );
  }
  if (meaning === 'read') {
    return (
      <p className="muted">
        Each sentence&rsquo;s sense was also read for threats, hate and bullying, and for signs that the writer may be thinking of harming themselves, even where
        none of the words the checker knows are used.
      </p>
    );
  }
  if (meaning === 'partial') {
    return (
      <Banner tone="warning">
        <p>This text is very long: the sense of its first 20,000 characters was read for threats, hate and bullying put in other words, and the rest was checked for the words alone. To have all of it read, check it in parts.</p>
      </Banner>
    );
  }
  if (meaning === 'unavailable') {
    return (
      <Banner tone="warning">
        <p>This time only the words were checked: the reading of each sentence&rsquo;s sense, for threats, hate and bullying put in other words, could not run. Check it again in a minute.</p>
      </Banner>
    );
  }
  return null;
}

const findingId = (n: number) => `check-finding-${n}`;

/** Focuses a finding in the list without touching location.hash, which may hold a sign-in token. */
function goToFinding(e: MouseEvent<HTMLAnchorElement>, n: number) {
  e.preventDefault();
  document.getElementById(findingId(n))?.focus();
}

/**
 * For each finding, the number of the first earlier one whose suggestion writes the same text over the same range: the
 * names of one sentence share one rewrite, and saying the sentence again for each name is only more to read.
 */
function sameRewriteAs(findings: readonly CheckFinding[]): (number | undefined)[] {
  const first = new Map<string, number>();
  return findings.map((f, i) => {
    if (f.suggestion === undefined) return undefined;
    const { start, end } = f.replaces ?? f;
    const key = `${start}:${end}:${f.suggestion}`;
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, i + 1);
    return earlier;
  });
}

/**
 * What the checker found. Its heading takes focus when a result arrives, as Ask the policy's
 * answer does. Severity is said in words everywhere; the highlight colours only repeat them.
 */
export function CheckResults({ result, stale, busy, onUseSuggestion }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [result]);
  const { text, findings, policy, meaning } = result;
  const sameAs = sameRewriteAs(findings);

  return (
    <section className="check-results" aria-labelledby="check-results-heading">
      <h2 id="check-results-heading" tabIndex={-1} ref={heading}>What the checker found</h2>
      {stale ? (
        <Banner tone="warning">
          <p>You have changed what you are checking since these results. Check it again to see what the checker finds now.</p>
        </Banner>
      ) : null}
      {findings.length === 0 ? (
        <p className="check-outcome check-outcome-none">Nothing to change &mdash; the checker found nothing to worry about.</p>
      ) : (
        <>
          <p className={`check-outcome check-outcome-${mostSevere(findings.map((f) => f.severity))}`}>{summaryOf(findings)}</p>
          <h3>Your text, with what was found highlighted</h3>
          <HighlightedText text={text} findings={findings} />
          <h3>What was found, one by one</h3>
          <ol className="findings">
            {findings.map((f, i) => (
              <FindingItem key={`${i}:${f.category}:${f.start}`} n={i + 1} finding={f} text={text} policy={policy} sameAs={sameAs[i]} canUse={!stale} busy={busy} onUse={() => onUseSuggestion(f)} />
            ))}
          </ol>
        </>
      )}
      <MeaningNote meaning={meaning} kind={result.kind} />
      <p className="muted">
        The checker cannot catch everything. Read your post once more before you publish it, and if you are not sure, ask before you post.
      </p>
    </section>
  );
}

/** The checked text built from its pieces as React elements, so nothing in it is ever read as HTML. */
function HighlightedText({ text, findings }: { text: string; findings: CheckFinding[] }) {
  return (
    <div className="checked-text">
      {segmentsOf(text, findings).map((s) =>
        s.kind === 'plain' ? (
          <Fragment key={s.start}>{s.text}</Fragment>
        ) : (
          <Fragment key={s.start}>
            <mark className={`finding-mark finding-mark-${s.severity}`}>{s.text}</mark>
            <span className="visually-hidden"> (highlighted)</span>
            <span className="finding-refs">
              {s.numbers.map((n) => (
                <a key={n} href={`#${findingId(n)}`} aria-label={`Finding ${n}: ${SEVERITY_WORDS[findings[n - 1]?.severity ?? 'info']}`} onClick={(e) => goToFinding(e, n)}>
                  {n}
                </a>
              ))}
            </span>
          </Fragment>
        ),
      )}
    </div>
  );
}

interface FindingItemProps {
  n: number;
  finding: CheckFinding;
  text: string;
  policy: CheckResult['policy'];
  /** the number of an earlier finding offering the very same rewrite (the names of one sentence share one) */
  sameAs: number | undefined;
  /** suggestions can be used only while the text is the one these offsets point into */
  canUse: boolean;
  busy: boolean;
  onUse(): void;
}

function FindingItem({ n, finding: f, text, policy, sameAs, canUse, busy, onUse }: FindingItemProps) {
  const quote = text.slice(f.start, f.end);
  const suggestionId = `${findingId(n)}-suggestion`;
  const replacement = replacementFor(text, f);
  return (
    <li id={findingId(n)} tabIndex={-1} className={`finding finding-${f.severity}`}>
      <h4>
        <span className="finding-severity">{SEVERITY_WORDS[f.severity]}</span>: {CATEGORY_WORDS[f.category]}
      </h4>
      {quote ? (
        <p>
          In your text: <q>{quote}</q>
        </p>
      ) : null}
      <p>{f.reason}</p>
      {f.clause ? <PolicyClause clause={f.clause} policy={policy} /> : null}
      {replacement ? (
        <>
          {sameAs === undefined ? (
            <p id={suggestionId}>
              Try: {replacement.text ? <q>{replacement.text}</q> : 'leaving it out'}
            </p>
          ) : (
            <p id={suggestionId}>
              Try: the rewrite in{' '}
              <a href={`#${findingId(sameAs)}`} onClick={(e) => goToFinding(e, sameAs)}>
                finding {sameAs}
              </a>
              , which changes this too.
            </p>
          )}
          {canUse ? (
            <p>
              <button type="button" className="secondary" aria-describedby={suggestionId} aria-disabled={busy} onClick={onUse}>
                Use this suggestion
              </button>
            </p>
          ) : null}
        </>
      ) : null}
      {f.advice ? <p>What to do: {f.advice}</p> : null}
    </li>
  );
}

/** The school's policy in its own words, as Ask the policy shows a clause. */
function PolicyClause({ clause, policy }: { clause: string; policy: CheckResult['policy'] }) {
  const { clause: anchor, quote } = clauseParts(clause);
  return (
    <figure className="cite">
      <blockquote>{quote || anchor}</blockquote>
      <figcaption>
        From your school&rsquo;s policy
        {policy ? (
          <>
            : <Link to={versionPath(policy.schoolId, policy.versionId, anchor)}>read the clause in the policy</Link>
          </>
        ) : null}
      </figcaption>
    </figure>
  );
}
