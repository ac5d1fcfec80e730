import type { ReactNode } from 'react';

/**
 * A polite live region that is always in the page, so the words put into it (saved, sent)
 * are announced; a region added at the same moment as its text is often missed.
 */
export function StatusMessage({ message }: { message: string | null }) {
  return (
    <div role="status" className={message ? 'banner banner-success' : 'status-empty'}>
      {message}
    </div>
  );
}

export function Banner({ tone = 'info', children }: { tone?: 'info' | 'warning' | 'error'; children: ReactNode }) {
  return <div className={`banner banner-${tone}`}>{children}</div>;
}

/** Shown when a page's data could not be loaded: the reason, announced. */
export function LoadError({ message }: { message: string }) {
  return (
    <div className="banner banner-error" role="alert">
      {message}
    </div>
  );
}
