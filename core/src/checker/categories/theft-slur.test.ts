import { describe, expect, it } from 'vitest';
import { theftSlur } from './theft-slur.js';

const read = (text: string) => theftSlur(text).map((h) => text.slice(h.start, h.end));

describe('Gypsies, Roma and Travellers said to steal', () => {
  it('reads a precaution or a theft foretold, in the sentence that names them or the next', () => {
    expect(read('Travellers back on the common. Better bring the bikes in tonight and lock your sheds.')).toEqual([
      'Travellers back on the common. Better bring the bikes in tonight and lock your sheds.',
    ]);
    expect(read('New Roma family in Year 2, keep an eye on your purses at pick up')).toHaveLength(1);
    expect(read('The caravans are back. Nothing left in the car park by Monday, you watch')).toHaveLength(1);
  });

  it('leaves the peoples named without slander, a theft they suffered, history taught and the slander answered', () => {
    for (const text of [
      'Lovely to see the Roma families at the summer fair, the girls danced brilliantly.',
      'The travellers on the rec had their van nicked last night, awful.',
      'The caravans are back on the rec for the summer fair, the kids love the dodgems!',
      'Romanian lessons on Tuesday for anyone interested, lock up the hall after please.',
      'Year 6 learned how Roma families were locked up in camps by the Nazis.',
      'The people blaming the Travellers for the stolen bikes were wrong: it was teenagers from town.',
    ])
      expect(read(text), text).toEqual([]);
  });
});
