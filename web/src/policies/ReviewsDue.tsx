import { Link } from 'react-router-dom';
import { useLoad } from '../ui/useLoad';
import { listPolicies } from './api';
import { reviewOverdue, reviewText, versionPath } from './words';

const SOON_DAYS = 30;

function dueSoon(nextReviewOn: string | null): boolean {
  if (!nextReviewOn) return false;
  const days = (Date.parse(`${nextReviewOn}T00:00:00Z`) - Date.now()) / 86400_000;
  return days <= SOON_DAYS;
}

/**
 * On the home page of those who keep the policy: reviews that are overdue or due within a month,
 * so a lapsed policy is seen before an inspector sees it. Says nothing when none are.
 */
export function ReviewsDue({ schoolId }: { schoolId: string }) {
  const policies = useLoad(`reviews-${schoolId}`, () => listPolicies(schoolId));
  const due = (policies.data ?? []).filter((p) => p.inForce && (reviewOverdue(p.inForce) || dueSoon(p.inForce.nextReviewOn)));
  if (due.length === 0) return null;
  return (
    <section aria-labelledby="reviews-heading">
      <h2 id="reviews-heading">Policy reviews due</h2>
      <ul className="plain links">
        {due.map((p) => (
          <li key={p.id}>
            <Link to={versionPath(schoolId, p.inForce!.id)}>{p.title}</Link>
            <br />
            <span className={reviewOverdue(p.inForce!) ? 'review-overdue' : 'muted'}>{reviewOverdue(p.inForce!) ? reviewText(p.inForce!) : `Review due ${reviewText(p.inForce!)}`}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
