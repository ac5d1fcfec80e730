import { useEffect, useRef } from 'react';
import { Link } from 'react-router-dom';
import type { SituationInput } from '@lanyard/core';
import type { AskAnswerView } from '../api/types';
import { formatDate } from '../ui/dates';
import { SendRequestForm } from './SendRequestForm';
import { OUTCOME_WORDS, readableHeading, versionPath } from './words';

export type AskResult = { kind: 'answer'; answer: AskAnswerView; situation: SituationInput } | { kind: 'no_policy'; message: string };

type RoleView = NonNullable<AskAnswerView['role']>;

/** "Headteacher — Helen Carter": the role the pack names, and who holds it here. */
function roleLine(role: RoleView): string {
  if (role.people.length === 0) return `${role.label} (nobody at your school has this role in Lanyard yet)`;
  return `${role.label} \u2014 ${role.people.map((p) => p.name).join(' or ')}`;
}

/**
 * The school's answer. Its heading takes focus when it arrives, so a screen reader reads it
 * at once and a phone scrolls to it. The outcome is said in words; its colour only repeats them.
 */
export function AnswerView({ schoolId, result }: { schoolId: string; result: AskResult }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [result]);

  return (
    <section className="answer" aria-labelledby="answer-heading">
      <h2 id="answer-heading" tabIndex={-1} ref={heading}>The answer</h2>
      {result.kind === 'no_policy' ? (
        <>
          <p className="outcome outcome-not_covered">Lanyard cannot answer yet</p>
          <p>{result.message}</p>
          <p>Until then, ask your headteacher before you act.</p>
        </>
      ) : (
        <Answer schoolId={schoolId} answer={result.answer} situation={result.situation} />
      )}
    </section>
  );
}

function Answer({ schoolId, answer: a, situation }: { schoolId: string; answer: AskAnswerView; situation: SituationInput }) {
  const verb = a.outcome === 'must_report' || a.outcome === 'must_declare' ? 'Tell' : 'Ask';
  const steps = [...new Set(a.findings.flatMap((f) => f.next))];
  const cites = a.findings
    .flatMap((f) => f.cites)
    .filter((c, i, all) => all.findIndex((x) => x.clause === c.clause && x.quote === c.quote) === i);

  return (
    <>
      <p className={`outcome outcome-${a.covered && a.outcome ? a.outcome : 'not_covered'}`}>
        {a.covered && a.outcome ? OUTCOME_WORDS[a.outcome] : 'Your policy does not cover this'}
      </p>
      {a.role ? (
        <p>
          <strong>{verb}:</strong> {roleLine(a.role)}
        </p>
      ) : null}
      {!a.covered ? <p>No rule in your policy answers this situation. Before you act, ask the person named above.</p> : null}
      {a.findings.map((f, i) => (
        <p key={f.ruleId}>
          {i > 0 && f.outcome !== a.outcome ? <strong>Also: {OUTCOME_WORDS[f.outcome]}. </strong> : null}
          {f.say}
          {f.role && f.role.role !== a.role?.role ? ` (${roleLine(f.role)})` : ''}
        </p>
      ))}
      {steps.length > 0 ? (
        <>
          <h3>What to do</h3>
          <ol>
            {steps.map((s) => <li key={s}>{s}</li>)}
          </ol>
        </>
      ) : null}
      {a.canSend ? <SendRequestForm schoolId={schoolId} situation={situation} answer={a} /> : null}
      {cites.length > 0 ? (
        <>
          <h3>What your policy says</h3>
          {cites.map((c) => (
            <figure className="cite" key={`${c.clause}:${c.quote}`}>
              <blockquote>{c.quote}</blockquote>
              <figcaption>
                From the clause <Link to={versionPath(schoolId, a.policy.versionId, c.clause)}>{readableHeading(c.heading)}</Link>
              </figcaption>
            </figure>
          ))}
        </>
      ) : null}
      <p className="muted">
        This answer comes from <Link to={versionPath(schoolId, a.policy.versionId)}>version {a.policy.versionNo} of your policy</Link>
        {a.policy.ratifiedOn ? `, ratified on ${formatDate(a.policy.ratifiedOn)}` : ''}.
      </p>
    </>
  );
}
