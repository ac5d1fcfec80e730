// For the tests of patterns that stand in for a RegExp (first-word-gate.ts, ascii-twin.ts): everything a reader may do
// with a pattern, written down, so the stand-in and the plain pattern can be compared on a text.

/** exec, test, the global loop with its lastIndex, match and replace of the pattern on the text, as one string. */
export function patternUses(re: RegExp, text: string): string {
  const exec = re.exec(text);
  const all: string[] = [];
  if (re.global) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      all.push(`${m.index}:${m[0]}:${m[1] ?? ''}`);
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return JSON.stringify([exec && [exec.index, exec[0], exec[1]], re.test(text), re.lastIndex, all, text.match(re), text.replace(re, '<$&>')]);
}
