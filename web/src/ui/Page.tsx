import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router-dom';

// The first page shown after loading keeps the browser's own focus; after that each new page
// moves focus to its heading, so a screen reader announces where a link took the person.
let firstPageShown = false;

interface PageProps {
  /** the h1, and the first part of the document title */
  title: string;
  /** what the page belongs to (a school, the trust), shown in the document title */
  context?: string | undefined;
  /** the first part of the document title, when it should differ from the h1 */
  documentTitle?: string;
  /** text to show above the heading, such as the school's name */
  caption?: string | undefined;
  children?: ReactNode;
}

export function Page({ title, context, documentTitle, caption, children }: PageProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const { pathname } = useLocation();

  useEffect(() => {
    document.title = [documentTitle ?? title, context, 'Lanyard'].filter(Boolean).join(' \u2014 ');
  }, [documentTitle, title, context]);

  useEffect(() => {
    if (!firstPageShown) {
      firstPageShown = true;
      return;
    }
    heading.current?.focus();
  }, [pathname]);

  return (
    <>
      {caption ? <p className="page-caption">{caption}</p> : null}
      <h1 tabIndex={-1} ref={heading}>{title}</h1>
      {children}
    </>
  );
}
