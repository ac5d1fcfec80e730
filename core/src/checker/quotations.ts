// Where a text quotes someone: the spans between quotation marks. A school's post quotes the message a child was sent,
// the graffiti on the gate, a pupil's poem; what is inside is someone else's words, read differently from the post's own.

export interface Span {
  start: number;
  end: number;
}

const OPENS: Record<string, string> = { '"': '"', '“': '”"', '„': '“"', '«': '»' };
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
/** a single quote opens a quotation at a word's start ("'go back'"), not inside or after a word ("don't", "parents'") */
const opensSingle = (text: string, i: number) => (i === 0 || /[\s([:;,\u2013\u2014"“-]/u.test(text[i - 1]!)) && isWordChar(text[i + 1]);
/** and closes it at a word's end */
const closesSingle = (text: string, i: number) => i > 0 && !/\s/.test(text[i - 1]!) && !isWordChar(text[i + 1]);

/** The spans inside quotation marks, marks excluded; a quotation not closed runs to the end of its line. */
export function quotationSpans(text: string): Span[] {
  const out: Span[] = [];
  let closers: string | undefined;
  let single = false;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (closers === undefined && !single) {
      if (OPENS[c] !== undefined) [closers, from] = [OPENS[c], i + 1];
      else if ((c === "'" || c === '‘') && opensSingle(text, i)) [single, from] = [true, i + 1];
      continue;
    }
    const closes = c === '\n' || (single ? (c === "'" || c === '’') && closesSingle(text, i) : closers!.includes(c));
    if (!closes) continue;
    if (i > from) out.push({ start: from, end: i });
    [closers, single] = [undefined, false];
  }
  if ((closers !== undefined || single) && text.length > from) out.push({ start: from, end: text.length });
  return out;
}

/**
 * The fewest words a quotation needs to be someone's words, not a word held up to be talked about or stressed: why
 * "gay" is not an insult, a tag such as "sh1tlord99", carrying a knife "for protection", a child "really poorly".
 */
export const QUOTED_WORDS = 3;

/** The quotations of QUOTED_WORDS words or more: someone else's words, quoted. */
export function quotedPassages(text: string): Span[] {
  return quotationSpans(text).filter(({ start, end }) => text.slice(start, end).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length >= QUOTED_WORDS);
}
