// Patterns with Unicode property classes, run as their ASCII twin on a text whose letters and digits are ASCII.
//
// A pattern such as /(?:^|[^\p{L}])(?:called|told (?:him|her|my \p{L}+))(?![\p{L}])/u compiles each \p{L} into a
// search of some six hundred ranges of code points: tens of kilobytes of machine code. Run once every few checks,
// between other categories' work, that code is fetched from memory again each time: such a pattern took 20 to 50 µs a
// sentence inside a check against 0.4 µs run on its own (aimedAtSomeone in offensive.ts, measured 2026-12-07). Most
// texts write their letters and digits in ASCII (an emoji, a "£" or a "’" is neither), and there \p{L} is [A-Za-z] and
// \p{N} is [0-9]: the twin says so, and finds exactly what the pattern finds on such a text in a sliver of the code.
// A text with a letter or digit of any other kind ("Zoë", "٣") is read by the pattern itself. Run often on short
// stretches, a pattern's code stays warm and its twin gains nothing (tried on the name rewrites' and the readers'
// patterns: no difference the machine would show), so only the patterns measured cold are twinned.
//
// twinned() gives back a RegExp (exec, test, match, replace, split and a global pattern's lastIndex behave as before,
// but split and matchAll build a plain copy each call: not for patterns used so); a pattern with a property the twin
// cannot write in ASCII (\p{Extended_Pictographic}, \P{…} in a class) is given back as it is.

/** the ASCII each property stands for, on a text of ASCII only */
const ASCII: Record<string, string> = { L: 'a-zA-Z', Lu: 'A-Z', Ll: 'a-z', N: '0-9', Nd: '0-9' };

/** The source with its property classes written in ASCII; undefined where one cannot be. */
export function asciiSource(source: string): string | undefined {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const next = source[i + 1];
      if (next === 'p' || next === 'P') {
        const close = source.indexOf('}', i);
        const name = source.slice(i + 3, close);
        const ascii = ASCII[name];
        if (source[i + 2] !== '{' || close < 0 || ascii === undefined) return undefined;
        // \P{L} inside a class would need a class of its own negated: not written
        if (next === 'P' && inClass) return undefined;
        out += inClass ? ascii : next === 'P' ? `[^${ascii}]` : `[${ascii}]`;
        i = close;
        continue;
      }
      out += c + (next ?? '');
      i++;
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += c;
  }
  return out;
}

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

/**
 * Whether every letter and digit of the text is ASCII (emoji, "£" and "’" are neither): there \p{L} is [a-zA-Z] and
 * \p{N} is [0-9]. The last few texts' answers are kept, as a check reads one text with many patterns.
 */
const memo: { text: string; ascii: boolean }[] = [];
function lettersAscii(text: string): boolean {
  for (const m of memo) if (m.text === text) return m.ascii;
  let ascii = true;
  for (let i = 0; i < text.length && ascii; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    const point = text.codePointAt(i)!;
    if (point > 0xffff) i++;
    ascii = !LETTER_OR_NUMBER.test(String.fromCodePoint(point));
  }
  if (memo.length === 4) memo.shift();
  memo.push({ text, ascii });
  return ascii;
}

class AsciiTwinRegExp extends RegExp {
  private readonly twin: RegExp;

  constructor(source: string, flags: string, twin: string) {
    super(source, flags);
    this.twin = new RegExp(twin, flags);
  }

  // split, matchAll and replace make a new pattern of the same kind: a plain one, as they would without the twin
  static override get [Symbol.species](): RegExpConstructor {
    return RegExp;
  }

  override exec(text: string): RegExpExecArray | null {
    if (!lettersAscii(text)) return RegExp.prototype.exec.call(this, text);
    this.twin.lastIndex = this.lastIndex;
    const m = this.twin.exec(text);
    if (this.global || this.sticky) this.lastIndex = this.twin.lastIndex;
    return m;
  }
}

/** The pattern, run as its ASCII twin on a text whose letters and digits are ASCII; the pattern itself where it has no property classes or one the twin cannot write. */
export function twinned(re: RegExp): RegExp {
  if (!re.unicode || !/\\[pP]\{/.test(re.source)) return re;
  const twin = asciiSource(re.source);
  return twin === undefined ? re : new AsciiTwinRegExp(re.source, re.flags, twin);
}
