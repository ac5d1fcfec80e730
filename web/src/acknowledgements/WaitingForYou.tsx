import { Link } from 'react-router-dom';
import { versionPath } from '../policies/words';
import { LoadError } from '../ui/StatusMessage';
import { useLoad } from '../ui/useLoad';
import { myAcknowledgements } from './api';
import { dueText, overdue } from './words';

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** On the home page: the policies the person has still to read and acknowledge, with when each is due. */
export function WaitingForYou({ schoolName }: { schoolName(schoolId: string): string | null }) {
  const mine = useLoad('my-acknowledgements', myAcknowledgements);
  const waiting = (mine.data ?? []).filter((a) => !a.acknowledgedAt);

  return (
    <section aria-labelledby="waiting-heading">
      <h2 id="waiting-heading">Policies waiting for you</h2>
      {mine.error ? <LoadError message={mine.error} /> : null}
      {mine.loading && !mine.data ? <p role="status">Loading…</p> : null}
      {mine.data && waiting.length === 0 ? <p>Nothing is waiting for you.</p> : null}
      {waiting.length > 0 ? (
        <>
          <p>Please read these and confirm that you accept them.</p>
          <ul className="plain links">
            {waiting.map((a) => {
              const elsewhere = schoolName(a.schoolId);
              return (
                <li key={a.versionId}>
                  <Link to={versionPath(a.schoolId, a.versionId)}>
                    {a.title}, version {a.versionNo}
                  </Link>
                  {elsewhere ? ` at ${elsewhere}` : ''}
                  <br />
                  <span className={overdue(a.dueOn) ? 'review-overdue' : 'muted'}>{a.dueOn ? capitalised(dueText(a.dueOn)) : 'No due date'}</span>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </section>
  );
}
