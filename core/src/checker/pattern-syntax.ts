// The syntax of the checker's regular expressions, parsed far enough to read what every match must hold:
// the words that trigger a phrase (categories/phrase-triggers.ts) and the word a pattern over folded text
// must start with (word-triggers.ts). The parse throws on syntax it does not know, so a new construct is
// never misread, and the readers treat such a pattern as one that can match anywhere.

/** A parsed regular expression, as much of the syntax as the checker's patterns use. */
export type Node =
  | { t: 'char'; c: string }
  /**
   * one character of many (a class, ".", "\s"); `space`: it may be a space; `word`: it may be an ASCII letter or
   * digit; `digit`: it is always a digit
   */
  | { t: 'any'; space: boolean; word: boolean; digit?: boolean }
  /**
   * a look-around or an anchor: matches no characters; `endsWord`: no ASCII letter or digit may follow it;
   * `endsStarWord`: no star either, as in the canonical stream, where a star stands for a hidden letter
   */
  | { t: 'zero'; endsWord?: boolean; endsStarWord?: boolean }
  | { t: 'ref' } // a back-reference: any length
  | { t: 'group'; alts: Node[][] }
  | { t: 'rep'; node: Node; min: number; max: number };

/** Parses a pattern's source; throws on syntax it does not know, so a new construct is never misread. */
export function parsePattern(source: string): Node[][] {
  let i = 0;
  const alternation = (): Node[][] => {
    const alts: Node[][] = [[]];
    while (i < source.length && source[i] !== ')') {
      if (source[i] === '|') {
        i++;
        alts.push([]);
        continue;
      }
      const atom = parseAtom();
      alts[alts.length - 1]!.push(quantified(atom));
    }
    return alts;
  };
  const parseAtom = (): Node => {
    const ch = source[i]!;
    if (ch === '(') {
      const look = /^\(\?(?:=|!|<=|<!)/.exec(source.slice(i, i + 4));
      if (look) i += look[0].length;
      else if (source.startsWith('(?:', i)) i += 3;
      else if (source.startsWith('(?<', i)) i = source.indexOf('>', i) + 1; // a named group
      else i += 1;
      const from = i;
      const alts = alternation();
      if (source[i] !== ')') throw new Error(`unclosed group in ${source}`);
      i++;
      if (!look) return { t: 'group', alts };
      // "(?![a-z0-9])" and "(?![\p{L}\p{N}])" end a word; "(?![a-z0-9*])" a word of the stream too
      const ahead = source.slice(from, i - 1);
      if (look[0] !== '(?!' || !NOT_WORD_AHEAD.has(ahead)) return { t: 'zero' };
      return ahead === '[a-z0-9*]' ? { t: 'zero', endsWord: true, endsStarWord: true } : { t: 'zero', endsWord: true };
    }
    if (ch === '[') {
      const end = source.indexOf(']', i);
      if (end < 0) throw new Error(`unclosed class in ${source}`);
      const members = source.slice(i + 1, end);
      i = end + 1;
      // a short list of characters ("[a*]" for a starred vowel) is a few strings; a range or an escape is many
      if (/^[a-z0-9*]{1,6}$/.test(members)) return { t: 'group', alts: [...members].map((c) => [{ t: 'char', c }]) };
      return { t: 'any', space: members.startsWith('^') || members.includes(' ') || members.includes('\\s'), word: classMayBeWord(members), digit: members === '0-9' || members === '\\d' };
    }
    if (ch === '\\') {
      const next = source[i + 1]!;
      i += 2;
      // after a letter, "\b" says no letter follows
      if (next === 'b') return { t: 'zero', endsWord: true };
      if (next === 'B') return { t: 'zero' };
      if (/[.*+?^${}()|[\]\\/\- ]/.test(next)) return { t: 'char', c: next };
      if (next === 'k') {
        i = source.indexOf('>', i) + 1;
        return { t: 'ref' };
      }
      if (/[1-9]/.test(next)) return { t: 'ref' };
      if (next === 'p' || next === 'P') i = source.indexOf('}', i) + 1;
      // \s, \d, \w, \p{…} and the rest
      return { t: 'any', space: next === 's' || next === 'W' || next === 'D' || next === 'P', word: next !== 's', digit: next === 'd' };
    }
    if (ch === '^' || ch === '$') {
      i++;
      return { t: 'zero' };
    }
    if (ch === '.') {
      i++;
      return { t: 'any', space: true, word: true };
    }
    if ('*+?{'.includes(ch)) throw new Error(`nothing to repeat at ${i} in ${source}`);
    i++;
    return { t: 'char', c: ch };
  };
  const quantified = (atom: Node): Node => {
    const bounds = /^(?:\?|\*|\+|\{(\d+)(?:(,)(\d*))?\})/.exec(source.slice(i, i + 12));
    if (!bounds) return atom;
    i += bounds[0].length;
    const q = bounds[0];
    const min = q === '?' || q === '*' ? 0 : q === '+' ? 1 : Number(bounds[1]);
    const max = q === '?' ? 1 : q === '*' || q === '+' ? Infinity : bounds[2] === undefined ? min : bounds[3] === '' ? Infinity : Number(bounds[3]);
    if (source[i] === '?') i++; // lazy
    return { t: 'rep', node: atom, min, max };
  };
  const alts = alternation();
  if (i !== source.length) throw new Error(`unbalanced ")" at ${i} in ${source}`);
  return alts;
}

/** The bodies of a negative lookahead that say no letter or digit follows. */
const NOT_WORD_AHEAD = new Set(['[a-z0-9]', '[\\p{L}\\p{N}]', '[a-z0-9*]', '\\w']);

/** Whether a character class (its members, between the brackets) may match an ASCII lower-case letter, digit or star. */
function classMayBeWord(members: string): boolean {
  if (members.startsWith('^') || /\\[dwpPDSW]/.test(members) || members.includes('*')) return true;
  // escapes that are one character or a space ("\-", "\.", "\s") are not letters
  const plain = members.replace(/\\./g, '');
  for (let k = 0; k < plain.length; k++) {
    const c = plain.charCodeAt(k);
    if ((c >= 48 && c <= 57) || (c >= 97 && c <= 122)) return true;
    // a range between two other characters may still span letters or digits ("!-~")
    if (plain[k] === '-' && k > 0 && k < plain.length - 1) {
      const [lo, hi] = [plain.charCodeAt(k - 1), plain.charCodeAt(k + 1)];
      if (lo <= 122 && hi >= 42) return true;
    }
  }
  return false;
}
