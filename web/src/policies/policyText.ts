import { clausesOf } from '@lanyard/core';
import { readableHeading } from './words';

// A policy's Markdown, read simply and safely: headings, paragraphs and bullet lists become
// plain React text. Nothing is parsed as HTML, so a pasted document cannot inject markup.

export type Block =
  | { kind: 'paragraph'; lines: string[] }
  | { kind: 'list'; ordered: boolean; start: number; items: string[] };

export interface Section {
  /** null for any text before the first heading (a school's name above the title) */
  heading: { text: string; anchor: string; level: 2 | 3 } | null;
  blocks: Block[];
}

// The same heading pattern as clausesOf in core, so the nth heading here is its nth clause.
const HEADING = /^(#{1,6})\s+(.+?)\s*#*\s*$/;
const ITEM = /^\s*([-*\u2022\u00b7]|\d+[.)])\s+(.*)$/;

/** Text without Markdown emphasis, HTML tags or a Word export's bookmarks. */
export function plainText(text: string): string {
  return readableHeading(text)
    .replace(/\*\*|__/g, '')
    .replace(/\*(\S[^*]*?)\*/g, '$1')
    .replace(/\t+/g, ' ')
    .trim();
}

export function sectionsOf(markdown: string): Section[] {
  const lines = markdown.split('\n');
  const clauses = clausesOf(markdown);
  const levels = lines.map((l) => HEADING.exec(l)?.[1]?.length).filter((n): n is number => n !== undefined);
  const top = Math.min(...levels);
  const sections: Section[] = [{ heading: null, blocks: [] }];
  let current = sections[0]!;
  let block: Block | null = null;
  let clauseNo = 0;
  let hardBreak = false;

  for (const line of lines) {
    const heading = HEADING.exec(line);
    if (heading) {
      const clause = clauses[clauseNo++];
      const text = clause ? readableHeading(clause.heading) : plainText(heading[2] ?? '');
      current = { heading: { text: text || 'Untitled section', anchor: clause?.anchor ?? `section-${clauseNo}`, level: heading[1]!.length === top ? 2 : 3 }, blocks: [] };
      sections.push(current);
      block = null;
      continue;
    }
    if (!line.trim()) {
      block = null;
      continue;
    }
    const item = ITEM.exec(line);
    if (item) {
      const ordered = /\d/.test(item[1]!);
      if (block?.kind !== 'list' || block.ordered !== ordered) {
        block = { kind: 'list', ordered, start: ordered ? parseInt(item[1]!, 10) : 1, items: [] };
        current.blocks.push(block);
      }
      block.items.push(plainText(item[2]!));
      continue;
    }
    if (block?.kind === 'list' && /^\s/.test(line)) {
      // an indented line carries on the item above it (a Word export wraps long bullets)
      block.items[block.items.length - 1] += ` ${plainText(line)}`;
      continue;
    }
    if (block?.kind !== 'paragraph') {
      block = { kind: 'paragraph', lines: [] };
      current.blocks.push(block);
      hardBreak = false;
    }
    // Lines of one paragraph run together, except after a Markdown hard break (two spaces) or in
    // a tab-separated row such as "Review Period: Annually", which keeps a line of its own.
    const text = plainText(line);
    if (hardBreak || block.lines.length === 0 || line.includes('\t')) block.lines.push(text);
    else block.lines[block.lines.length - 1] += ` ${text}`;
    hardBreak = / {2,}$/.test(line) || line.includes('\t');
  }
  return sections.filter((s) => s.heading !== null || s.blocks.length > 0);
}
