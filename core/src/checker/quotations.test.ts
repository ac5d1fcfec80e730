import { describe, expect, it } from 'vitest';
import { quotationSpans, quotedPassages } from './quotations.js';

const quoted = (text: string) => quotationSpans(text).map((s) => text.slice(s.start, s.end));

describe('quotationSpans', () => {
  it('finds what is between double quotes, curly quotes and guillemets', () => {
    expect(quoted('It read "BURN IT DOWN" and "YOU WILL PAY".')).toEqual(['BURN IT DOWN', 'YOU WILL PAY']);
    expect(quoted('A caller said “enjoy your last week” and hung up')).toEqual(['enjoy your last week']);
    expect(quoted('Le mot «danger» et „hier“')).toEqual(['danger', 'hier']);
  });

  it('finds single-quoted words, not apostrophes', () => {
    expect(quoted("He was called 'the terrorist' because she wears a hijab")).toEqual(['the terrorist']);
    expect(quoted("Aisha wrote about conkers ‘like polished shoes’, and it's lovely")).toEqual(['like polished shoes']);
    expect(quoted("Don't forget the parents' evening slots, it's Year 3's turn")).toEqual([]);
  });

  it('runs a quotation left open to the end of its line', () => {
    expect(quoted('Graffiti reading "HUGHES IS A\nSee you tomorrow')).toEqual(['HUGHES IS A']);
    expect(quoted('one said "ill be at the gate')).toEqual(['ill be at the gate']);
  });

  it('finds nothing in a text with no quotation', () => {
    expect(quotationSpans('Well done to Year 5 for a brilliant assembly!')).toEqual([]);
  });
});

describe('quotedPassages', () => {
  it('keeps the quotations of three words or more', () => {
    const text = 'Calling it "gay" is not ok; one message said "we know where you live" and another "lol".';
    expect(quotedPassages(text).map((s) => text.slice(s.start, s.end))).toEqual(['we know where you live']);
  });
});
