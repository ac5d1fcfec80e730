import { useRef } from 'react';
import type { MyAcknowledgement, PolicyVersion } from '../api/types';
import { useFormState } from '../ui/form';
import { FormWithSummary } from '../ui/FormWithSummary';
import { Banner, StatusMessage } from '../ui/StatusMessage';
import { useLoad } from '../ui/useLoad';
import { acknowledge, myAcknowledgements } from './api';
import { acknowledgedSentence, dueText, overdue } from './words';

const SECTION_HEADING = 'acknowledge-heading';

/**
 * Whether the person reading this version is asked to acknowledge it, and whether they have.
 * Only the version in force is acknowledged, so nothing is asked for any other.
 */
export function useMyAcknowledgement(versionId: string, inForce: boolean) {
  const mine = useLoad(`my-acknowledgements:${versionId}:${inForce}`, () => (inForce ? myAcknowledgements() : Promise.resolve([])));
  const item = mine.data?.find((a) => a.versionId === versionId);
  function acknowledged(acknowledgedAt: string) {
    mine.setData((mine.data ?? []).map((a) => (a.versionId === versionId ? { ...a, acknowledgedAt } : a)));
  }
  return { item, acknowledged };
}

/** At the top of the page: a reminder, and a way to the button at the end for whoever has read it before. */
export function AcknowledgementNote({ item }: { item: MyAcknowledgement }) {
  if (item.acknowledgedAt) return null;
  return (
    <Banner tone={overdue(item.dueOn) ? 'warning' : 'info'}>
      <p>
        You have not acknowledged this policy yet{item.dueOn ? ` \u2014 it is ${dueText(item.dueOn)}` : ''}.{' '}
        <a
          href={`#${SECTION_HEADING}`}
          onClick={(e) => {
            // Focus the section without a new history entry; the heading scrolls into view with it.
            e.preventDefault();
            document.getElementById(SECTION_HEADING)?.focus();
          }}
        >
          Acknowledge it at the end of the policy
        </a>
      </p>
    </Banner>
  );
}

interface Props {
  version: Pick<PolicyVersion, 'id' | 'textSha256'>;
  item: MyAcknowledgement;
  onAcknowledged(acknowledgedAt: string): void;
}

/** Where a reader finishes reading: the button that records that they read and accept this text. */
export function AcknowledgeSection({ version, item, onAcknowledged }: Props) {
  const form = useFormState('acknowledge', {});
  const heading = useRef<HTMLHeadingElement>(null);

  function submit() {
    if (form.busy) return;
    void form.submit(async () => {
      const { acknowledgedAt } = await acknowledge(version.id, version.textSha256);
      onAcknowledged(acknowledgedAt);
      // The button goes away; the heading keeps the person's place while the status is read out.
      heading.current?.focus();
    });
  }

  return (
    <section className="form-panel acknowledge" aria-labelledby={SECTION_HEADING}>
      <h2 id={SECTION_HEADING} tabIndex={-1} ref={heading}>Read and acknowledge</h2>
      <StatusMessage message={item.acknowledgedAt ? acknowledgedSentence(item.acknowledgedAt) : null} />
      {item.acknowledgedAt ? null : (
        <FormWithSummary form={form} onSubmit={submit}>
          <p>
            Everyone this policy applies to is asked to read it and confirm that they accept it.
            {item.dueOn ? ` Yours is ${dueText(item.dueOn)}.` : ''}
          </p>
          <div className="actions">
            <button type="submit" className="button-large" aria-disabled={form.busy}>I have read and accept this policy</button>
          </div>
        </FormWithSummary>
      )}
    </section>
  );
}
