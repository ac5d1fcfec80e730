import { describe, expect, it } from 'vitest';
import { everydayHyperbole } from './everyday-hyperbole.js';

describe('everyday hyperbole: what sounds like violence and is not', () => {
  it.each([
    "I'm gonna kill my son, he's left his PE kit on the bus for the third time this week",
    "who's got the geography homework sheet, i'm gonna die if i get another detention",
    "im literally dead 😭😭 sir's face when the volcano exploded",
    "If I see one more laminated sign I'm going to scream",
    "I will be escalating to the governors and the local authority if I don't hear back by Friday",
    "If I haven't heard back by Friday I'm going to the governors and then straight to Ofsted",
    'Carry on and it goes to the police and the governors',
    'ur getting destroyed in the Mario Kart rematch friday, prepare to cry',
    'gg Jacob, ur gonna smash it at big school bro',
    "my mum's gonna kill me, I've lost my coat again",
  ])('%s', (sentence) => expect(everydayHyperbole(sentence)).toBe(true));

  it.each([
    "I'm gonna kill him if he touches my son again",
    "I'm going to lose it with you at pick up",
    'someone is going to get hurt and it will not be an accident',
    'i want to die',
    "I'm not going to the police. I'm going to find you myself",
    "I'll smash his face in after the match",
  ])('is not: %s', (sentence) => expect(everydayHyperbole(sentence)).toBe(false));
});
