import { describe, expect, it } from 'vitest';
import { replacementFor, withReplacement } from './suggestion';

const text = 'What a week! Well done May Chen for her poem! See you Monday.';
const at = text.indexOf('May Chen');
const name = { start: at, end: at + 'May Chen'.length };

describe('using a checker suggestion', () => {
  it('writes the suggestion in place of the range it says it replaces', () => {
    const sentence = { start: text.indexOf('Well'), end: text.indexOf(' See') };
    const r = replacementFor(text, { ...name, suggestion: 'Well done to a Year 3 pupil for her poem!', replaces: sentence });
    expect(withReplacement(text, r!)).toBe('What a week! Well done to a Year 3 pupil for her poem! See you Monday.');
  });

  it('writes it in place of the finding\u2019s own span when it names no range', () => {
    const r = replacementFor(text, { ...name, suggestion: 'a Year 3 pupil' });
    expect(withReplacement(text, r!)).toBe('What a week! Well done a Year 3 pupil for her poem! See you Monday.');
  });

  it('takes an empty suggestion as taking the range out', () => {
    const r = replacementFor(text, { start: 0, end: 13, suggestion: '' });
    expect(withReplacement(text, r!)).toBe('Well done May Chen for her poem! See you Monday.');
  });

  it('has nothing to write in for a finding without a suggestion, such as one with advice only', () => {
    expect(replacementFor(text, { ...name })).toBeNull();
    expect(replacementFor('Sports day!', { start: 0, end: 0 })).toBeNull();
  });

  it('writes nothing when the range does not fit the text, or when writing it in would change nothing', () => {
    expect(replacementFor('short', { start: 2, end: 40, suggestion: 'x' })).toBeNull();
    expect(replacementFor(text, { ...name, suggestion: 'x', replaces: { start: 5, end: 2 } })).toBeNull();
    expect(replacementFor(text, { start: 3, end: 3, suggestion: '' })).toBeNull();
  });
});
