import { describe, expect, it } from 'vitest';
import { carriesOthersWords } from './others-words.js';

describe('carriesOthersWords', () => {
  it('finds a quotation of three words or more, in any quotation marks', () => {
    expect(carriesOthersWords('Graffiti on the back gate read "NEXT TIME WE BRING PETROL"')).toBe(true);
    expect(carriesOthersWords('A caller left a voicemail: “enjoy your last week in that job”')).toBe(true);
    expect(carriesOthersWords("The hoarding was sprayed with 'STOP THE ISLAMIFICATION OF OUR SCHOOLS'")).toBe(true);
    expect(carriesOthersWords('A post went round: «they will all be waiting»')).toBe(true);
  });

  it('finds a quotation the sentence ends inside', () => {
    // the reading splits at the quotation's own full stop, so the closing mark may fall in the next sentence
    expect(carriesOthersWords('On the gate someone had written "HUGHES WILL PAY FOR THIS')).toBe(true);
  });

  it('does not take a word held up to be talked about for someone\'s words', () => {
    expect(carriesOthersWords('Year 6 talked about why using the word "gay" as an insult is hurtful')).toBe(false);
    expect(carriesOthersWords('Some children carry a knife "for protection", which makes them less safe')).toBe(false);
    expect(carriesOthersWords('We have seen tags such as "sh1tlord99" and "FvckTeachers" on Roblox')).toBe(false);
  });

  it('does not take an apostrophe for a quotation', () => {
    expect(carriesOthersWords("Children will hear a different signal and won't leave the classroom until it's over")).toBe(false);
    expect(carriesOthersWords("The parents' evening slots for Year 3's teachers are now open")).toBe(false);
  });

  it('finds what someone said, wrote, sent or threatened, reported without quotation marks', () => {
    expect(carriesOthersWords('Last Friday a parent threatened to put a brick through a teacher\'s windscreen')).toBe(true);
    expect(carriesOthersWords('A parent told Mrs Karimi to go back to Kabul if she did not like it')).toBe(true);
    expect(carriesOthersWords('It said that the head should think about who might be waiting outside his house')).toBe(true);
    // or did at someone
    expect(carriesOthersWords('The match was abandoned after a spectator made monkey noises at one of our players')).toBe(true);
    expect(carriesOthersWords('Someone left 🐒🐒🍌 under our team photo, aimed at one of our players')).toBe(true);
  });

  it('leaves the school speaking for itself', () => {
    expect(carriesOthersWords('Racism has no place at our school or in our town')).toBe(false);
    expect(carriesOthersWords('Children will move away from doors and windows, and keep quiet until an adult tells them it is over')).toBe(false);
    expect(carriesOthersWords('In the Holocaust the Nazis murdered six million Jewish men, women and children')).toBe(false);
    expect(carriesOthersWords('Our Muslim families are part of this school and this town')).toBe(false);
  });
});
