import { describe, expect, it } from 'vitest';
import { fireInsinuation } from './fire-insinuation.js';

const read = (text: string) => fireInsinuation(text).map((h) => text.slice(h.start, h.end));

describe('menace to a building by insinuation', () => {
  it('reads a building said to burn, or to stand unwatched, with an insinuation', () => {
    expect(read('Lovely new library. Shame it is all wood. One night someone will notice that.')).toHaveLength(1);
    expect(read('That portakabin would go up like paper, old wiring and nobody there after six.')).toHaveLength(1);
    expect(read('Get the CCTV on that new block sorted if I were you.')).toHaveLength(1);
    expect(read('Summer holidays, empty school, dry spell. Funny old thing, weather.')).toHaveLength(1);
  });

  it('leaves a building praised, complained of, or fire spoken of for a good reason', () => {
    for (const text of [
      'The new hall is all wood and looks stunning, isn\u2019t it lovely?',
      'Funny how the new classroom block is made of wood when they said brick.',
      'Bonfire night at the school field, the timber is dry so it should go up nicely!',
      'Please can the CCTV by the hall be fixed, someone keeps parking there overnight.',
      'Old wiring in the hall means the disco lights keep tripping, can someone check it?',
      'Forest school today: the children built a fire by the cabin and toasted marshmallows.',
    ])
      expect(read(text), text).toEqual([]);
  });
});
