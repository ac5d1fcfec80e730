import { describe, expect, it } from 'vitest';
import { prepare } from '../normalise.js';
import { tokenise } from './offensive-tokens.js';
import { streamWords } from './stream-words.js';
import { threatClauses } from './threat-clauses.js';

const names = new Set(['ella', 'tom']);
/** what each threat found covers, in the stream's spelling */
const threatsIn = (text: string) => {
  const stream = tokenise(prepare(text, 'comment').folded).stream.text;
  return threatClauses(streamWords(stream), names).map((h) => ({ text: stream.slice(h.start, h.end), severity: h.severity }));
};

describe('threats found by harm, aim and intent in one sentence', () => {
  it.each([
    ['if he touches my son again ill break both his arms', 'il break both his arms'],
    ['i will literally kill him if i see him', 'i wil literaly kil him'],
    ["Another mum said she'd smash my face in", 'shed smash my face'],
    ["I'm going to come down there and f***ing sort the lot of you out", 'im going to come down there and fucking sort the lot of you out'],
    ["I'll wait for that teacher after school and smash his face in", 'il wait for that teacher after schol and smash his face'],
    ["he said he'd bring a knife in and cut him", 'hed bring a knife in and cut him'],
    ['my brother will sort that caretaker out', 'wil sort that caretaker out'],
    ['that ref wants stabbing tbh', 'ref wants stabing'],
    ['the lad who hit my son wants a good leathering', 'son wants a god leathering'],
    ["tell her she'll get a slap if she shouts again", 'shel get a slap'],
    ['swear to god I’ll swing for the next parent who emails me', 'il swing for the next parent'],
    ["Someone should put a brick through the head's window", 'someone should put a brick through the heads window'],
    ['this dump will burn one night', 'this dump wil burn'],
    ["I'll knock him clean out", 'il knock him clean out'],
    ['gonna run Tom over', 'gona run tom over'],
    ["A dad told me today he'd knock my teeth down my throat", 'hed knock my teth down'],
    ["he said he'd get his brother to stab me", 'hed get his brother to stab me'],
    ['someone would put a brick through her window tonight', 'someone would put a brick through her window'],
    ['someone said they would come down the school with a baseball bat', 'they would come down the schol with a basebal bat'],
    ["he's bringing his dad's air rifle in to sort out the kids", 'hes bringing his dads air rifle'],
    ['im gna do that fkn ref if he gives another pen', 'im gna do that fkn ref if'],
    ['dont make me come down there coz i will kick off on that teacher', 'i wil kick of on that teacher'],
    ['hope someone runs that lollipop man over', 'hope someone runs that lolipop man over'],
    ['Someone should give that Ofsted inspector a good kicking', 'someone should give that ofsted inspector a god kicking'],
    ["if that parent comes near me again I'll put him through the fence", 'il put him through'],
    ['ur gna get jumped aftr skl', 'ur gna get jumped'],
    ["he's gonna get st*bbed tomorrow", 'hes gona get stabed'],
    ['someone should b*rn the school down now', 'someone should burn the schol down'],
    ["Theo's dad at pick up, I'll flatten him", 'il flaten him'],
    ["Gonna stove that dad's head in if he parks across my drive", 'gona stove that dads head'],
    ["I'll go in and rip that teacher's head off", 'il go in and rip that teachers head'],
    ["I'll wrap that lollipop stick round his head", 'il wrap that lolipop stick round his head'],
    ["if that teacher shouts at our son again he'll knock him into next week", 'hel knock him into next wek'],
    ["I'll drag him out of his car", 'il drag him out'],
    ["a message threatening to 'stab any kid that grasses'", 'threatening to stab any kid'],
    ["I'll put every window in this dump through", 'il put every window in this dump through'],
    ["our teachers 'want lining up against a wall and shooting'", 'lining up against a wal and shoting'],
    ['Hope that teacher crashes her car on the way in', 'hope that teacher crashes her car'],
    ['i hope he dies', 'hope he dies'],
    ["I'll be paying her a visit tonight", 'il be paying her a visit'],
    ["I'm coming up that school with a bat", 'im coming up that schol with a bat'],
    ["I'll burst ye", 'il burst ye'],
    ["I'm gonna hurt someone today", 'im gona hurt someone'],
    ["I'll break every bone in your body", 'il break every bone in your body'],
    ["I'll throw acid in her face", 'il throw acid in her face'],
    ["I'll rip you apart", 'il rip you apart'],
    ["I'll key his car", 'il key his car'],
    ['she wants her head kicking in', 'she wants her head kicking'],
    ['they want shooting, the lot of them', 'they want shoting'],
    ['that school wants burning down', 'that schol wants burning'],
    ['that head should be hung', 'head should be hung'],
    ['he ought to be shot', 'he ought to be shot'],
    ['hope you get cancer', 'hope you get cancer'],
    ['hope u get hit by a bus', 'hope u get hit by a bus'],
    ['I hope that teacher gets run over', 'hope that teacher gets run over'],
    ["he'll get a knife in him", 'hel get a knife in him'],
    ["we're coming for you", 'were coming for you'],
    ["next time I see that dad he's getting decked", 'hes geting decked'],
    ["i'ma pop you", 'ima pop you'],
    ["I'll set fire to your car", 'il set fire to your car'],
    ["I'll burn your house down with you in it", 'il burn your house down'],
    ["im gona blow this school sky high", 'im gona blow this schol sky'],
    ["I'll bury you", 'il bury you'],
    // a threat to the writer's child, reported: "my son" is aimed at in someone else's words, as "my face" is
    ['Older boy say he will kill my son', 'he wil kil my son'],
    ["I'll batter his brother after school", 'il bater his brother'],
    // harm to a body ("in the face") or with a weapon ("with knife") after the person
    ['A boy said he would punch her in the face at lunch', 'he would punch her'],
    ['My son is told by older boy he will cut him with knife after school', 'he wil cut him'],
  ])('finds the threat in "%s"', (text, span) => {
    expect(threatsIn(text).map((f) => f.text)).toEqual([span]);
  });

  it('blocks grave harm or harm to a body that the writer means to do, and warns about the rest', () => {
    expect(threatsIn("I'll kill him")[0]!.severity).toBe('block');
    expect(threatsIn("I'll break his legs")[0]!.severity).toBe('block');
    expect(threatsIn("I'll slap her")[0]!.severity).toBe('warning');
    expect(threatsIn("he'll kill her")[0]!.severity).toBe('warning');
  });

  it.each([
    'We will beat them on Saturday',
    "We'll smash them in the final",
    'Year 6 will smash their SATs',
    'I could murder a cuppa',
    'we smashed it today',
    "you'll knock 'em dead at the show",
    "I'd never hurt him",
    'My mum will kill me if I am late',
    'I will kill two birds with one stone',
    "I'll cut you a slice of cake",
    'Mr Hughes will break the news to the class',
    "We'll run them over the times tables",
    "We'll shoot the kids' photos after lunch",
    "I'll sort them out myself, the books are a mess",
    "He'll get shot of the old trays",
    'Someone is going to get hurt at pick-up one day',
    'The school will burn the leaves in the garden',
    "I'll deck the halls",
    "We're going to hang the pictures",
    'You might hurt yourself on that',
    'My mum will knock me up a sandwich',
    "I'm bringing my cricket bat to the match",
    "We're bringing knives and forks for the picnic",
    "I'll do the register if you do the dinner money",
    "I'll sort you out a ticket for the play",
    'The football kick off is at 10',
    "I'll rip your jumper if you pull it like that",
    "We'll knock them into shape before sports day",
    "I'll drag them out for a walk after tea",
    'The children lined up against the wall for the register',
    'I hope my phone battery dies before the meeting',
    "Hope she doesn't die of embarrassment",
    'I hope Year 6 crash out early tonight after the disco',
    "We'll be paying them a visit at the fire station",
    "I'm bringing a bat for rounders",
    "I'll break the big box down for recycling",
    "We're coming for you at 3 to pick you up",
    'I hope he gets cancer treatment quickly',
    "I hope nobody gets hit by a car on that crossing",
    "I hope he doesn't get run over crossing that road",
    'Hope you get hit by the ball less in the next match',
    'I hope you get run of the whole hall for the disco',
    "I'll rip the paper apart for the collage",
    "I'll key in the code for you",
    'She put a knife in the dishwasher',
    "I'll throw the ball at his feet",
    'The class photos should be shot in the hall',
    "He shouldn't be shot down for asking",
    "He's getting battered fish for tea",
    "we're getting decked out for Christmas",
    "I'll pop you a message",
    "I'll pop her round at 3",
    'the fireman set fire to the model house to show how fast it burns',
    // the writer's own family at the writer's own hands is how people talk, not a threat
    'My dad will kill my brother when he sees the car',
    "He'll hurt his brother's feelings",
    'She said she would hug my daughter every day',
    'Cut the pizza with a knife',
    'The dentist will hurt him in the mouth a bit',
  ])('finds no threat in "%s"', (text) => {
    expect(threatsIn(text)).toEqual([]);
  });
});

describe('threats from the fourteenth held-out set', () => {
  it.each([
    ["carry on like this and I'll drag you over that counter by your hair", 'il drag you over'],
    ["I'll scat his head in", 'il scat his head'],
    ['someone should give that headmaster a thrashing', 'someone should give that headmaster a thrashing'],
  ])('%s', (text, span) => expect(threatsIn(text).map((h) => h.text)).toEqual([span]));

  it.each(["I'll drag the kids over to my mum's after school", 'we dragged the table across the hall', 'the rain gave the pitch a hammering'])('leaves alone: %s', (text) =>
    expect(threatsIn(text)).toEqual([]),
  );
});

describe('threats to a place named earlier in the sentence, and to places of worship', () => {
  const worshipIn = (text: string) => {
    const stream = tokenise(prepare(text, 'comment').folded).stream.text;
    return threatClauses(streamWords(stream), names).map((h) => ({ text: stream.slice(h.start, h.end), worship: h.worship === true }));
  };

  it('reads "it" as the place named before it', () => {
    expect(worshipIn("if they build one of them mosques in Thornbury like they've been talking about, someone should burn it down")).toEqual([
      { text: 'someone should burn it down', worship: true },
    ]);
    expect(worshipIn('That school is a disgrace, someone should torch it.')).toEqual([{ text: 'someone should torch it', worship: false }]);
  });

  it('says when the place is a place of worship', () => {
    expect(worshipIn('Someone should put a brick through the gurdwara window')[0]?.worship).toBe(true);
    expect(worshipIn('someone should burn that school down')[0]?.worship).toBe(false);
  });

  it.each([
    "Sports day at school tomorrow, we're going to smash it!",
    'The old shed behind the house is rotten, we should burn it.',
    'They are building a new school hall and we will blow it up with balloons',
    'The church fete is on Saturday, we should smash it this year',
  ])('leaves alone: %s', (text) => expect(worshipIn(text)).toEqual([]));
});

describe('a weapon brought round (set 31, read)', () => {
  it.each([
    ["I'm going round there with the sock and a brick to wrap it round", 'im going round there with the sock and a brick'],
    ["I'm going round to his house with a bat.", 'im going round to his house with a bat'],
  ])('%s', (text, span) => expect(threatsIn(text).map((h) => h.text)).toEqual([span]));

  it.each(["We're going round Nan's with a cake.", 'Year 2 built a wall with a brick and some mortar.'])('leaves alone: %s', (text) =>
    expect(threatsIn(text)).toEqual([]),
  );
});

describe('tests done well, accidents foreseen and dangers that harm (read sets 24, 21 and 28)', () => {
  it.each([
    "SATs are a load of old rubbish but they'll smash them anyway. Good luck Year 6!",
    "Someone's going to slip and crack their head open. Fix it.",
    "the RNLI man told them the sea will kill you if you're daft",
  ])('leaves alone: %s', (text) => expect(threatsIn(text)).toEqual([]));

  it.each([
    ["I'll come over and smash his face in", 'il come over and smash his face'],
    ["he's going to kill you", 'hes going to kil you'],
    ["After the test I'm going to smash him", 'im going to smash him'],
  ])('still finds: %s', (text, span) => expect(threatsIn(text).map((h) => h.text)).toEqual([span]));
});

describe('someone put through something (fresh wordings, 2026-12-07)', () => {
  it.each([
    ["I'll put him through the staffroom window", 'il put him through'],
    ["I'm gonna put him through a wall", 'im gona put him through'],
  ])('%s', (text, span) => expect(threatsIn(text).map((h) => h.text)).toEqual([span]));

  it.each([
    "We'll put them through their paces at training",
    "I'll put the forms through your door",
    "I'll put you through to the office",
    'I will put her through university if it kills me',
  ])('leaves alone: %s', (text) => expect(threatsIn(text)).toEqual([]));
});

describe('an accident foreseen: someone breaking their own neck (2026-12-07)', () => {
  it('leaves it alone', () => {
    expect(threatsIn('WHY IS THE CAR PARK NOT GRITTED AGAIN SOMEONE IS GOING TO BREAK THEIR NECK')).toEqual([]);
    expect(threatsIn("someone's gonna break their neck on those steps")).toEqual([]);
  });

  it('still finds harm meant to others', () => {
    expect(threatsIn("I'm going to break their legs").map((h) => h.text)).toEqual(['im going to break their legs']);
  });
});

describe('threats from a blind writer\'s list of threats and look-alikes (list k, 2026-12-07)', () => {
  it.each([
    // staff named by role: a teaching assistant, a form tutor
    ['gonna smack that teaching assistant so hard she forgets her own name', 'gona smack that teaching asistant'],
    ["I'm going to hurt the form tutor", 'im going to hurt the form tutor'],
    // harm promised at a time or a place of the school day
    ['swear on my nan im gonna end her at break', 'im gona end her'],
    // beaten until, or black and blue
    ['I will beat that PE teacher until he stops moving.', 'i wil beat that pe teacher until'],
    // planned
    ['Genuinely planning how to hurt the head of year.', 'planing how to hurt the head'],
  ])('%s', (text, span) => expect(threatsIn(text).map((h) => h.text)).toEqual([span]));

  it.each([
    'Our class is going to hurt the other team at tug of war at lunch.',
    "We'll beat them until they give up, come on Year 8!",
    "I'm going to beat my brother at chess until he cries",
    "They're planning how to beat the record for the longest conga at the summer fair.",
    'I will beat that quiz team at lunch.',
    'we will smash them at home on saturday',
  ])('leaves alone: %s', (text) => expect(threatsIn(text)).toEqual([]));
});

describe('a year group as the one aimed at, and stomping (list m, 2026-12-07)', () => {
  it('finds it', () => expect(threatsIn('bruv im gonna stomp that year 10 out til he dont move').map((h) => h.text)).toEqual(['im gona stomp that year 10']));
  it.each(['im gonna stomp on that spider', "we're gonna stomp year 10 at dodgeball"])('leaves alone: %s', (text) => expect(threatsIn(text)).toEqual([]));
});
