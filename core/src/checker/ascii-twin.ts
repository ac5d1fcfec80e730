// Patterns with Unicode property classes, run as their ASCII twin on a text of ASCII only.
//
// A pattern such as /(?:^|[^\p{L}])(?:called|told (?:him|her|my \p{L}+))(?![\p{L}])/u compiles each \p{L} into a
// search of some six hundred ranges of code points: tens of kilobytes of machine code. Run once every few checks,
// between other categories' work, that code is fetched from memory again each time: such a pattern took 20 to 50 µs a
// sentence inside a check against 0.4 µs run on its own (aimedAtSomeone in offensive.ts, measured 2026-12-07). Most
// texts are ASCII, where \p{L} is [A-Za-z] and \p{N} is [0-9]; the twin says so, and finds exactly what the pattern
// finds on such a text in a sliver of the code. A text with any other character is read by the pattern itself.
//
// twinned() gives back a RegExp (exec, test, match, replace, split and a global pattern's lastIndex behave as before);
// a pattern with a property the twin cannot write in ASCII (\p{Extended_Pictographic}, \P{…} in a class) is given back
// as it is.

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

/** Whether every character of the text is ASCII; the last few texts' answers kept, as a check reads one text often. */
const asciiMemo: { text: string; ascii: boolean }[] = [];
const NOT_ASCII = /[\u0080-\uffff]/;
function isAscii(text: string): boolean {
  for (const m of asciiMemo) if (m.text === text) return m.ascii;
  const ascii = !NOT_ASCII.test(text);
  if (asciiMemo.length === 4) asciiMemo.shift();
  asciiMemo.push({ text, ascii });
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
    if (!isAscii(text)) return RegExp.prototype.exec.call(this, text);
    this.twin.lastIndex = this.lastIndex;
    const m = this.twin.exec(text);
    if (this.global || this.sticky) this.lastIndex = this.twin.lastIndex;
    return m;
  }
}

/** The pattern, run as its ASCII twin on a text of ASCII only; the pattern itself where it has no property classes or one the twin cannot write. */
export function twinned(re: RegExp): RegExp {
  if (!re.unicode || !/\\[pP]\{/.test(re.source)) return re;
  const twin = asciiSource(re.source);
  return twin === undefined ? re : new AsciiTwinRegExp(re.source, re.flags, twin);
}
