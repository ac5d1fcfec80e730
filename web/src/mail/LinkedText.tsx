import type { ReactNode } from 'react';

// Mail bodies are plain text we wrote ourselves; only http(s) addresses become links, so a
// stray "javascript:" in a name can never turn into something clickable.
const URL_PATTERN = /https?:\/\/[^\s<>"')]+/g;

/** Plain text with its web addresses made into links that open in the same tab. */
export function LinkedText({ text }: { text: string }) {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index;
    // A full stop or comma straight after an address ends the sentence, not the address.
    const url = match[0].replace(/[.,;:!?]+$/, '');
    if (start > last) parts.push(text.slice(last, start));
    parts.push(
      <a key={start} href={url}>
        {url}
      </a>,
    );
    last = start + url.length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return <>{parts}</>;
}
