import { describe, expect, it } from 'vitest';
import { prepare } from '../normalise.js';
import { insultClauses } from './insult-clauses.js';
import { tokenise } from './offensive-tokens.js';
import { streamWords } from './stream-words.js';

const names = new Set(['hary', 'walsh']); // as the roster's names are read: repeated letters collapsed
/** what each finding covers, in the stream's spelling */
const insultsIn = (text: string) => {
  const stream = tokenise(prepare(text, 'comment').folded).stream.text;
  return insultClauses(streamWords(stream), names).map((h) => stream.slice(h.start, h.end));
};

describe('insults aimed at one person: a word of contempt said of someone', () => {
  it.each([
    ['the PE teacher is obviously a dyke', 'teacher is obviously a dyke'],
    ["ur dad's a f*ggot", 'ur dads a fagot'],
    ['that dad in the Range Rover is a massive tosser', 'dad in the range rover is a masive toser'],
    ['head teacher is a spineless twat', 'head teacher is a spineles twat'],
    ['Mrs Frost is a miserable old witch', 'mrs frost is a miserable old witch'],
    ['Harry in year 2 is a weird smelly kid', 'hary in year 2 is a weird smely kid'],
    ['absolute knobhead', 'absolute knobhead'],
    ['you’re a tw*t', 'youre a twat'],
    ['My ex is a lying dickhead', 'ex is a lying dickhead'],
    ['go away, you sad little man', 'you sad litle man'],
    ["she's a slag", 'shes a slag'],
    ["Ella's dad is a drunk", 'dad is a drunk'],
    ['that family are scroungers', 'family are scroungers'],
    ["he's got nits and smells of wee", 'hes got nits and smels of we'],
    ['nobody likes Harry, he stinks', 'he stinks'],
    ['her mum dresses her like a tramp', 'her mum dreses her like a tramp'],
    ["that fat kid in year 5", 'that fat kid'],
    ["he's feral", 'hes feral'],
    // a word of stress between a shortened "you are" and the insult
    ['ur literally a fat loser who peaked in primary school', 'ur literaly a fat loser'],
    ["he's honestly a creep", 'hes honestly a crep'],
  ])('finds the insult in "%s"', (text, span) => {
    expect(insultsIn(text)).toEqual([span]);
  });

  it.each([
    "I'm such an idiot, I forgot the cakes",
    'He is not a liar, he told the truth',
    "He's honestly not a liar",
    "She's literally a star, thank you Miss",
    'She is a witch in the nativity',
    'Tom is a witch for World Book Day',
    'He is a rat in the Pied Piper',
    'The weather is a joke this week',
    'Our new class pet is a rat called Nibbles',
    'The girls were sad little souls when it rained',
    'The kids were feral after the party, bless them',
    "She stinks at maths, she says, but she's improving!",
    'The bins stink, can the caretaker empty them?',
    'It smells of wee in the toilets',
    'The fat kid in the story learns to be kind',
    'I look like a tramp today, no time to iron',
    "He's a drunk in the school play",
    // a share or a rule, not a person (set 26)
    'Five minutes per child is a joke',
    'Ten minutes each parent was a joke',
  ])('finds no insult in "%s"', (text) => {
    expect(insultsIn(text)).toEqual([]);
  });
});
