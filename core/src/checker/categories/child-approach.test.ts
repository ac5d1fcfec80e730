import { describe, expect, it } from 'vitest';
import { ALL_BUILDERS } from '../builders.js';
import { compileChecker } from '../check.js';
import { evalRoster } from '../../../eval/roster-data.js';
import { childApproaches } from './child-approach.js';

const found = (text: string) => childApproaches(text).map((h) => text.slice(h.start, h.end));

describe('an approach to a child', () => {
  it('finds a child pointed at, a private way to her, and a lure, however each is worded', () => {
    for (const text of [
      'Lovely team photo. Which one is the keeper? She looks very mature, would love to offer her some private coaching.',
      'what a cutie the small one in the red bobble hat is, how old is she? have her mum pm me',
      'The Year 4 girls looked amazing at the gala. Happy to send the fastest one some new goggles as a gift, just snap me',
      // spoken to the child, and a secret kept from her family with an invitation
      'hey sweetie, you looked so pretty in the play, message me on snap x',
      "Does your daughter want to come to my house after school? Don't tell mum 🤫",
    ])
      expect(found(text), text).toHaveLength(1);
  });

  it('reads each reply of a pasted thread on its own', () => {
    const text = 'Well done everyone!\n> Gorgeous girls 😍 which one is the captain? DM me\n> Reported.';
    expect(found(text)).toEqual(['Gorgeous girls 😍 which one is the captain? DM me']);
  });

  it("leaves a parent's errands, sales and their own child alone", () => {
    for (const text of [
      'Your daughter looks so pretty in that dress! Message me where you got it?',
      'Hi hun, you looked gorgeous at the party, message me where you got the dress',
      'Gorgeous photos of the kids! Could you message me the link to buy prints?',
      'Beautiful photos of the Year 2 children! If anyone has a photo of my son in the nativity please message me.',
      'My daughter is so flexible since joining gymnastics, message me if you want the coach\'s number.',
      'Selling Year 3 girls\' summer dresses, pretty as new, £3 each, message me.',
      'The girls looked gorgeous in their costumes, well done to everyone who helped.',
      'Which one of the boys scored the winner? Brilliant game, message me the score from the second half.',
    ])
      expect(found(text), text).toEqual([]);
  });

  it('is a sexual warning on a comment, and is not read in the school\'s own posts', () => {
    const checker = compileChecker(evalRoster(), ALL_BUILDERS);
    const text = 'gorgeous girls, which one is the goalkeeper? would love to chat to her privately about trials x';
    expect(checker.check(text, 'comment').filter((f) => f.category === 'sexual').map((f) => f.severity)).toEqual(['warning']);
    expect(checker.check(text, 'official_post').filter((f) => f.reason.includes('grooming'))).toEqual([]);
  });
});
