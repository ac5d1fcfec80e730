// What the readers of a comment as written share: a pasted thread read a reply at a time, and a finding spanning
// whole sentences from its first cue to its last (watching-menace.ts, child-approach.ts).

import type { EmojiHit } from './emoji-innuendo.js';

/** a reply of its own: a line, or a "> " quote in a pasted thread */
const REPLY_BREAK = /(?:^|\s)>\s|\n/g;
/** a sentence's end, for the span */
const SENTENCE_END = /[.!?]+(?=\s|$)/g;

/** What `read` finds in each reply of the text (offsets in the text), in order. */
export function readReplies(text: string, read: (reply: string) => EmojiHit | undefined): EmojiHit[] {
  const out: EmojiHit[] = [];
  let from = 0;
  REPLY_BREAK.lastIndex = 0;
  for (;;) {
    const m = REPLY_BREAK.exec(text);
    const to = m ? m.index : text.length;
    if (to > from) {
      const hit = read(text.slice(from, to));
      if (hit) out.push({ start: from + hit.start, end: from + hit.end });
    }
    if (!m) break;
    from = m.index + m[0].length;
  }
  return out;
}

/** From the start of the sentence of `reply` that holds `first` to the end of the one that holds `last`. */
export function sentenceSpan(reply: string, first: number, last: number): EmojiHit {
  let start = 0;
  let end = reply.length;
  SENTENCE_END.lastIndex = 0;
  for (let s = SENTENCE_END.exec(reply); s; s = SENTENCE_END.exec(reply)) {
    if (s.index + s[0].length <= first) start = s.index + s[0].length;
    else if (s.index >= last) {
      end = s.index + s[0].length;
      break;
    }
  }
  while (start < end && /\s/.test(reply[start]!)) start++;
  return { start, end };
}

/**
 * From the start of the sentence of `reply` that holds `at` to the end of the `count`th sentence from it (that one and
 * the next, for 2), or the reply's end; leading space kept.
 */
export function sentencesFrom(reply: string, at: number, count: number): EmojiHit {
  let start = 0;
  let end = reply.length;
  let ends = 0;
  SENTENCE_END.lastIndex = 0;
  for (let s = SENTENCE_END.exec(reply); s; s = SENTENCE_END.exec(reply)) {
    if (s.index < at) start = s.index + s[0].length;
    else if (++ends === count) {
      end = s.index + s[0].length;
      break;
    }
  }
  return { start, end };
}
