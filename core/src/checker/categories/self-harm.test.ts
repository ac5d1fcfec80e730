import { describe, expect, it } from 'vitest';
import { prepare } from '../normalise.js';
import { compileChecker, ALL_BUILDERS } from '../../index.js';
import { AT_RISK } from '../lexicons/offensive.js';
import { tokenise } from './offensive-tokens.js';
import { selfHarm } from './self-harm.js';
import { streamWords } from './stream-words.js';

/** what each finding covers, in the stream's spelling */
const found = (text: string) => {
  const stream = tokenise(prepare(text, 'comment').folded).stream.text;
  return selfHarm(streamWords(stream)).map((h) => stream.slice(h.start, h.end));
};

describe('a writer who may be about to harm themselves, read as shapes', () => {
  it.each([
    // the act, with the "I" left out or said
    ['going to take my own life, dont try to stop me', 'going to take my own life'],
    ['gonna starve myself till i disappear, day 4 no food', 'gona starve myself'],
    ['Also gonna starve myself till i disappear', 'also gona starve myself'],
    ['Been hurting myself again and nobody has noticed', 'ben hurting myself'],
    ['I think I am going to end it tonight', 'i am going to end it'],
    // a way of doing it
    ['if my parents see my report im walking into the sea i swear', 'im walking into the sea'],
    ['I keep thinking about taking all my mum\'s tablets before my GCSEs.', 'i kep thinking about taking al my mums tablets'],
    ['honestly might just jump off the multi storey after school', 'honestly might just jump of the multi storey'],
    ['cut again last night and gonna go deeper next time 🩸', 'cut again'],
    // "kms", meant
    ['kms and im not joking this time', 'kms'],
    // a goodbye, in a text that says it is the end
    ['Not going in tomorrow. Not going anywhere ever again. Been stockpiling. Love you all x', 'not going anywhere ever again . ben stockpiling . love you al'],
    ['I won\'t be around much longer. Goodbye.', 'wont be around much longer . godbye'],
    ['Tonight I\'m going to stop being a burden. Look after my girls for me.', 'stop being a burden . lok after my girls for me'],
    ['writing my letters tonight. one for mum one for my brother. tell ms hale she tried', 'writing my leters tonight . one for mum one for my brother . tel ms hale she tried'],
    // from a fourth writer's list: the means saved up, the end said twice, goodbyes no one says on leaving a school
    ["Last day before the holidays and I've been saving my tablets for weeks.", 'ive ben saving my tablets'],
    ["Stopped eating five days ago on purpose. Going to keep going until I just don't wake up.", 'until i just dont wake up'],
    ["I'm going to swallow every tablet in this house and see if they listen then.", 'im going to swalow every tablet'],
    ["Tell Miss Reid thank you for trying. The note's in my blazer pocket.", 'thank you for trying . the notes in my'],
    // the end said once, with despair beside it
    ["Nobody would notice when I'm gone. Not really.", 'nobody would notice when im gone'],
    ['The razor is in my bag. After school I am not going to stop this time.', 'razor is in my bag . after schol i am not going to stop'],
    ["I can't take it any more. Tonight's the night to end it.", 'cant take it any more . tonights the night to end it'],
    // warning signs the published lists name (Papyrus, Samaritans): a day that cannot be faced, pain inside, children
    // lost, help turned down, an event they will not be at, a goodbye with no everyday word in it
    ["Can't face another Monday. Taking the car out tonight and just not turning the wheel at the bend.", 'cant face another monday . taking the car out tonight and just not turning the whel'],
    ['Sat in the toilets with the compass again. Going to keep going until it stops hurting on the inside.', 'until it stops hurting on the inside'],
    ["Lost the custody hearing. Tonight I'm driving to the coast and I'm not driving back.", 'lost the custody hearing . tonight im driving to the coast and im not driving back'],
    ["I know you said to talk to someone, but I've made up my mind. I'll be gone before first period.", 'to talk to someone but ive made up my mind . il be gone before'],
    ["Saying goodbye to everyone. I won't be at prom. Sorry mum.", 'saying godbye to everyone . i wont be at prom . sory mum'],
    ["I won't be at the match Saturday. Or any match. I'm doing it tonight.", 'or any match . im doing it tonight'],
    ["Streaming one last time tonight, then I'm logging off for good. Thanks for all the subs.", 'loging of for god . thanks for al the'],
  ])('%s', (text, span) => {
    expect(found(text)).toEqual([span]);
  });

  it('tells apart someone else at risk, and someone told to do it', () => {
    const stream = (text: string) => tokenise(prepare(text, 'comment').folded).stream.text;
    const who = (text: string) => selfHarm(streamWords(stream(text))).map((h) => h.who);
    expect(who("my sister says she's going to cut herself again tonight and told me not to tell anyone")).toEqual(['other']);
    expect(who('Whoever the kid in that photo is should just starve himself to death')).toEqual(['incited']);
    expect(who('she would never hurt herself, she is just tired')).toEqual([]);
  });

  it.each([
    'I nearly killed myself on the stairs this morning',
    "I'd kill myself if I had to sit through that assembly again",
    'I cut myself chopping onions for the harvest supper',
    "I'm so proud of myself for finishing the fun run",
    "We're walking into the sea for the Boxing Day dip, sponsor us!",
    'Please take all the tablets out of the box and check the dates',
    "I'm going to end it with him tonight, he's been awful",
    'omg kms 😂',
    'just found out i have to resit, kms 😭 jk ill smash it this time',
    'Saying goodbye to Year 6 today, love you all! Goodbye.',
    "Don't ever walk in front of a bus, Year 3!",
    'If you are thinking about hurting yourself, talk to someone you trust or call Childline on 0800 1111.',
    'Goodbye everyone! Off to Spain for the summer, see you in September.',
    'Thanks for everything Year 6, love you all, goodbye and good luck at big school!',
    "I've made up my mind, we're going to Cornwall. I'll be gone before the school run, so Dad is doing pick up.",
    'We have been saving up for a new minibus for weeks.',
    "Can't face another Monday 😩 Tonight's the night for a takeaway though.",
    "Nobody will notice if I skip the bake sale, I'll be gone to my sister's by then.",
    "Tonight's the night! The panto opens at 7 and I'm not going to stop smiling.",
    'Please keep tablets and razors out of reach; the school nurse will be gone by 4.',
    "Can't face another Monday of rain. Not driving back up the M6 in this, staying at Mum's.",
    'My knee is still hurting on the inside after the fun run, physio on Monday.',
    "Saying goodbye to Year 11 today! I won't be at prom as we fly to Spain that morning. Sorry to miss it!",
    "Goodbye everyone! I won't be at the match on Saturday, or any match until my ankle heals.",
    "Logging off for good from this group, it's all adverts now. Thanks for all the recipes!",
  ])('leaves alone: %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('is a warning through the checker, pointing to the safeguarding lead', () => {
    const checker = compileChecker({ school: { name: 'Oakfield Primary', short: 'Oakfield', town: 'Leeds', postcode: 'LS1 1AA' }, pupils: [], staff: [] }, ALL_BUILDERS);
    const text = 'going to take my own life, dont try to stop me';
    const f = checker.check(text, 'comment').filter((x) => x.category === 'threat');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'warning', reason: AT_RISK });
    expect(text.slice(f[0]!.start, f[0]!.end)).toBe('going to take my own life');
    // the learned words reading once read "my own" as hate; the rules' finding explains the sentence
    expect(checker.check(`${text}, already given my stuff away`, 'comment').map((x) => x.category)).toEqual(['threat']);
  });
});
