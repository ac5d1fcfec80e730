// Every match of a global pattern, as String.prototype.matchAll gives them, read with the pattern's own exec.
//
// matchAll copies the pattern on every call (the species constructor): inside a check, where V8 has often let go of its
// cache of compiled patterns by the time the same one is asked for again, that copy is compiled afresh. self-harm's
// pattern of acts took 17 µs a sentence so; its own exec, warm, a few. The copy is also a plain RegExp, so a pattern
// made fast with gated() or twinned() would lose what made it so.

/** Every match of the global pattern in the text, in order; the pattern's lastIndex is left at 0. */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`allMatches needs a global pattern: ${re}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    // an empty match: on by one character, or one code point for a Unicode pattern, as matchAll goes on
    if (m[0].length === 0) re.lastIndex += re.unicode && (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  re.lastIndex = 0;
  return out;
}
