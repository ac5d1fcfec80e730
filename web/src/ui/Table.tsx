import type { ReactNode } from 'react';

interface TableProps {
  caption: string;
  /** column headings, in order */
  columns: readonly string[];
  children: ReactNode;
  /** hide the caption visually when a heading right above already says the same */
  hideCaption?: boolean;
}

/**
 * A data table with a caption and column headers. On a phone a wide table scrolls sideways
 * inside its own box; the box is focusable so keyboard users can scroll it too. The box has no
 * label of its own: the caption names the table, and a second name containing the school's
 * name would make "School" ambiguous for anyone finding the school switcher by its label.
 */
export function Table({ caption, columns, children, hideCaption }: TableProps) {
  return (
    <div className="table-wrap" tabIndex={0}>
      <table>
        <caption className={hideCaption ? 'visually-hidden' : undefined}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">{c}</th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
