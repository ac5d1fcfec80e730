import { describe, expect, it } from 'vitest';
import { emojiMenace } from './emoji-menace.js';

const found = (text: string) => emojiMenace(text).map((h) => text.slice(h.start, h.end));

describe('emoji menace', () => {
  it('finds a weapon aimed at someone or set for a time and place', () => {
    expect(found('heard u been chattin about my sister. see u at the gates 3:15 🔪🔪🩸')).toEqual(['see u at the gates 3:15 🔪🔪🩸']);
    expect(found('we spin the block where that teacher lives 🔫🔫')).toEqual(['we spin the block where that teacher lives 🔫🔫']);
  });

  it('finds fire on a school, and a rope with a chair', () => {
    expect(found('saw the post about the shiny new library. 🔥🏫🔥 tonight')).toEqual(['🔥🏫🔥 tonight']);
    expect(found('nobody asked Ethan. 🪢🪑 go on then')).toEqual(['🪢🪑 go on then']);
  });

  it('leaves weapons as tools, topics and praise alone', () => {
    expect(found('Pumpkin carving with Year 2 tomorrow 🎃🔪')).toEqual([]);
    expect(found('Knife crime awareness assembly for Year 6 tomorrow 🔪🚫')).toEqual([]);
    expect(found('Our school is on fire this term 🔥🏫 what a start!')).toEqual([]);
    expect(found('Bonfire night tomorrow 🔥🎆 see you there')).toEqual([]);
    expect(found('Miss Cole is the bomb 💣 best teacher')).toEqual([]);
    expect(found('Knot tying and chair yoga at the club 🪢 and later 🪑? No, separate days.')).toEqual([]);
  });
});

describe('emoji menace: dressing up', () => {
  it('leaves a murder-mystery night alone', () => {
    expect(found("Murder mystery night, tickets £10. Come dressed as your favourite villain 🔪🕵️")).toEqual([]);
  });
});
