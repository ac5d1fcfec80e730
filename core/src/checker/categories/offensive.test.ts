import { describe, expect, it } from 'vitest';
import { prepare } from '../normalise.js';
import type { Roster } from '../types.js';
import { OFFENSIVE_PHRASES } from '../lexicons/offensive.js';
import { offensiveWith, phraseBody } from './offensive.js';
import { PhraseIndex, phraseTrigger } from './phrase-triggers.js';
import { firstWords } from '../word-patterns.js';
import { tokenise } from './offensive-tokens.js';

const aRoster = (pupils: [string, string][] = [['Tom', 'Hill']]): Roster => ({
  school: { name: 'Oakfield Primary School', short: 'Oakfield', town: 'Leeds', postcode: 'LS1 1AA' },
  pupils: pupils.map(([given, family]) => ({ given, family, dob: '2016-01-01', year: 'Year 4', photoConsent: true })),
  staff: [{ given: 'Sarah', family: 'Cole', role: 'Teacher' }],
});

// These are tests of the rules (the lexicon and the sentence readers), so the learned reading is off here;
// learned.test.ts tests it, and npm run eval:checker measures the two together.
const rules = (extras: Parameters<typeof offensiveWith>[0] = {}) => offensiveWith({ ...extras, learned: false });
const check = rules().build(aRoster());
const findingsIn = (text: string) => check(prepare(text, 'comment'));
/** what each finding points at in the original text */
const spansIn = (text: string) => findingsIn(text).map((f) => text.slice(f.start, f.end));
const categoriesIn = (text: string) => [...new Set(findingsIn(text).map((f) => f.category))];
/** each text has a finding of the category */
const has = (category: string, texts: string[]) => {
  for (const text of texts) expect(categoriesIn(text), text).toContain(category);
};
/** each text has no finding at all */
const clean = (texts: string[]) => {
  for (const text of texts) expect(findingsIn(text), text).toEqual([]);
};

describe('offensive language: what it finds', () => {
  it('blocks strong profanity with a reason that does not repeat the word', () => {
    const [f] = findingsIn('This is fucking ridiculous');
    expect(f).toMatchObject({ category: 'profanity', severity: 'block', start: 8, end: 15, reason: 'Strong language.' });
    expect(f!.reason.toLowerCase()).not.toContain('fuck');
  });

  it('only warns about mild profanity', () => {
    expect(findingsIn('damn, the bus is late')).toMatchObject([{ category: 'profanity', severity: 'warning' }]);
    expect(findingsIn('what a load of crap')).toMatchObject([{ category: 'profanity', severity: 'warning' }]);
    expect(findingsIn('the frigging printer has jammed again')).toMatchObject([{ category: 'profanity', severity: 'warning' }]);
    expect(findingsIn('sodding rain on sports day')).toMatchObject([{ category: 'profanity', severity: 'warning' }]);
  });

  it('finds strong language inside compounds', () => {
    expect(spansIn('total bullshit from a motherfucker')).toEqual(['bullshit', 'motherfucker']);
  });

  it('finds "f***er" and "a-hole", and "prick" said to someone after a word about them, not a pricked finger (sets 13, 21, t3)', () => {
    has('profanity', ['the f***er who keyed my car', 'I got f***ed over again', "Theo's dad is an a-hole", 'Dariusz you Polish prick, learn to park']);
    clean(['Did you prick your finger on the rose?', 'A sharp little prick and the vaccine is done']);
  });

  it('hears "watch your back" as a threat, but not a warning of ice on the path (set t1)', () => {
    has('threat', ['watch your back', 'Watch your back on the way home', 'you better watch your back in the car park']);
    clean(["Watch your back on the ice by the side gate, it's lethal this morning.", 'Watch your backs going down the icy steps!']);
  });

  it('blocks sexual content', () => {
    expect(findingsIn('send nudes')).toMatchObject([{ category: 'sexual', severity: 'block', reason: 'Sexual content.' }]);
    expect(categoriesIn('watching porn')).toEqual(['sexual']);
  });

  it('blocks racist, religious, homophobic and disability slurs and says which kind, without the slur', () => {
    const reasons = ['he is a paki', 'filthy kike', 'you faggot', 'what a retard'].map((t) => findingsIn(t).find((f) => f.category === 'hate'));
    expect(reasons.map((f) => f?.severity)).toEqual(['block', 'block', 'block', 'block']);
    expect(reasons.map((f) => f?.reason)).toEqual(['A racist slur.', 'A religious slur.', 'A homophobic slur.', 'A slur about disability.']);
  });

  it('blocks threats of violence', () => {
    expect(findingsIn("I'll kill you after school")).toMatchObject([{ category: 'threat', severity: 'block', start: 0, end: 13 }]);
    expect(categoriesIn("We're going to bomb the school")).toEqual(['threat']);
    expect(categoriesIn('I know where you live')).toEqual(['threat']);
  });

  it('blocks harm aimed at a person\'s body, by the speaker or wished on them', () => {
    for (const text of ["I'm gonna find you and break your legs", 'I will smash his head in', 'Someone should kick your teeth out', "I'll give him a good kicking", 'Somebody needs to beat that teacher up', 'gonna stab the next person who does that'])
      expect(categoriesIn(text), text).toEqual(['threat']);
  });

  it('blocks wishing a beating on someone', () => {
    expect(categoriesIn('That man wants a good kicking')).toEqual(['threat']);
    expect(categoriesIn('she deserves a proper slap')).toEqual(['threat']);
  });

  it('blocks threats of arson, bombs and guns against the school, however the words are ordered', () => {
    for (const text of ['Someone should burn the school down', "I'll set fire to this school", 'that school should be blown up', 'gonna blow the place up', 'somebody needs to torch the place'])
      expect(categoriesIn(text), text).toEqual(['threat']);
  });

  it('warns about telling someone they had better watch their back', () => {
    for (const text of ["He'd better watch his back", 'Mrs Cole best watch herself in the car park']) expect(categoriesIn(text), text).toContain('threat');
    for (const text of ["You'd better watch yourself on the ice this morning", 'Better watch the weather before sports day']) expect(categoriesIn(text), text).toEqual([]);
  });

  it("blocks harm threatened to someone's relative", () => {
    expect(categoriesIn("Touch my daughter again and I'll break your husband's legs")).toContain('threat');
    expect(categoriesIn("I'll knock his mum's teeth out")).toContain('threat');
    expect(categoriesIn("This cake will knock your dad's socks off")).toEqual([]);
  });

  it('blocks menace aimed at a person', () => {
    for (const text of ['We know where your kids live', 'Better watch your back', "You'll be dead by Friday", "you're gonna get what's coming to you"])
      expect(categoriesIn(text), text).toEqual(['threat']);
    expect(findingsIn("Do that again and you'll regret it")).toMatchObject([{ category: 'threat', severity: 'warning' }]);
    expect(findingsIn("He won't walk away next time")).toMatchObject([{ category: 'threat', severity: 'warning' }]);
  });

  it('treats wishing someone would kill themselves as incitement to self-harm', () => {
    expect(findingsIn('that girl should just kill herself')).toMatchObject([{ category: 'threat', severity: 'block', reason: expect.stringMatching(/self-harm/) }]);
  });

  it('treats telling someone to kill themselves as self-harm incitement and as bullying', () => {
    const found = findingsIn('just kill yourself');
    expect(found.map((f) => f.category).sort()).toEqual(['bullying', 'threat']);
    expect(found[0]!.reason).toMatch(/self-harm/);
    expect(categoriesIn('kys').sort()).toEqual(['bullying', 'threat']);
    for (const text of ['neck yourself mate', 'k i l l y o u r s e l f', 'go throw yourself off the Severn Bridge'])
      expect(categoriesIn(text).sort(), text).toEqual(['bullying', 'threat']);
    for (const text of ['throw yourself into the new term!', "don't neck yourself on the climbing frame"]) expect(findingsIn(text), text).toEqual([]);
  });

  it('warns about someone told to watch himself, but not about watching yourself on the ice', () => {
    for (const text of ["Theo's dad wants to watch himself at pick up", 'the head had better watch himself walking to his car tonight', 'he needs to watch himself.'])
      expect(findingsIn(text), text).toMatchObject([{ category: 'threat', severity: 'warning' }]);
    expect(findingsIn("you'd better watch yourself on the ice")).toEqual([]);
  });

  it('finds talk of a person\'s sex life and asks for pictures, and sexual emoji together', () => {
    for (const text of ['Bet the PTA chair is a right goer in the sack', 'the new dad is pure sex on legs', "Send me a pic of what you're wearing tonight", 'onlyfans.com/lacyxo', 'Netflix and chill? 😏🍆'])
      expect(categoriesIn(text), text).toEqual(['sexual']);
    for (const text of ['We grew aubergines 🍆🥕 in the school garden', 'Send me a pic of what you made in class']) expect(findingsIn(text), text).toEqual([]);
  });

  it('finds "bender" and "half-caste" as slurs, but not a night out or a bump in the car', () => {
    expect(categoriesIn('Jude skips like a right b3nder').sort()).toEqual(['bullying', 'hate']);
    expect(categoriesIn('the half-caste girl in year 4')).toEqual(['hate']);
    for (const text of ['he went on a bender last night', 'a fender bender on the A38']) expect(findingsIn(text), text).toEqual([]);
  });

  it('finds well-known slurs for Asian, Black and mixed-race people and gay men, but not a cricket ball', () => {
    has('hate', ['some dothead in an uber nearly hit me', 'had a sand monkey shouting at me in the car park', 'a spear chucker on the bus', 'the slant eyed kid in year 3', 'just woofters patting themselves on the back', 'the mulatto boy in reception', 'six gorillion lol']);
    clean(['He bowled a chinaman to finish the over', 'Our cricket club has a chinaman bowler now']);
  });

  it('finds far-right slogans and well-known anti-migrant, anti-LGBT and anti-disabled tropes, but not history lessons or Space Invaders', () => {
    has('hate', [
      'Heil Hitler lol',
      'White power.',
      '14 words, you know the rest.',
      'Remigration now.',
      'Rapefugees should not be let near our kids.',
      'The alphabet mafia has taken over the curriculum.',
      "It's Adam and Eve not Adam and Steve.",
      'Another day another boat of invaders.',
      "The school is full of foreigners now, it's not British anymore.",
      'Our town is full of refugees now and nobody does anything.',
      'Islam is not compatible with British values.',
      "Speak English, you're in England.",
      'Disabled kids hold everyone else back.',
      "Foreign teachers can't even speak proper English.",
      "It's okay to be white.",
      "Gypsies will rob your house while you're at work.",
    ]);
    clean([
      'Our Year 6 enjoyed coding their own Space Invaders game.',
      'The White Power Rangers costume won first prize.',
      'Year 4 learned about the Second World War and why people said Heil Hitler in Nazi Germany.',
      'My poem had 14 words.',
      'Geography: the camp is full of refugees who fled the war.',
      'In RE, Year 9 discussed whether Islam is compatible with British values.',
      'Learn to speak English with our free ESOL classes for parents.',
      'We make sure no child is held back, and SEN pupils get the support they need.',
      "It's okay to be different!",
      'Thieves stole bikes from the bike shed; please lock yours.',
    ]);
  });

  it('finds threats in idioms with no word of harm in them, but not their everyday uses', () => {
    has('threat', [
      "You won't live to see Christmas.",
      "He won't see his next birthday.",
      "I'll make him disappear.",
      'That man needs taking out.',
      "He's getting cheffed up.",
      "We'll run up in your gaff.",
      'Wanna square up after school?',
      'Keep your mouth shut or else.',
      'Keep your head down or lose it.',
      "Stay home tomorrow if you know what's good for you.",
      "Don't come to school on Monday, you've been warned.",
      "I'd happily do time for that man.",
      'Everyone who laughed at me will pay tomorrow.',
    ]);
    clean([
      "You won't see Christmas lights on the hall this year as the ladder is broken.",
      "They won't see Christmas at home this year, as they are visiting family in Poland.",
      'The magician will make them disappear and reappear!',
      'The rubbish needs taking out before the caterers arrive.',
      'Year 6 need taking out for a treat after SATs.',
      'Our chef is cheffing up a storm for Christmas dinner.',
      'Run up in your house slippers to say goodnight.',
      'The boys squared up for the penalty shoot-out.',
      'Please make sure you take your coats home or else they will go to lost property.',
      "Eat your vegetables if you know what's good for you, says Chef Maria!",
      "Don't come in tomorrow if you have had sickness in the last 48 hours.",
      'He did time for that in the 80s, according to the documentary.',
      'Everyone will pay on ParentPay by Friday.',
      'They will pay tomorrow at the office.',
      'One ended "or else". Chilling.',
    ]);
  });

  it('finds bullying in playground slang and ways of turning others against someone, but not safety advice or a PSHE lesson', () => {
    has('bullying', [
      'Nobody invite her to the party.',
      'Everyone unfollow him.',
      'Unfollow her everyone.',
      "Everyone's laughing at you behind your back.",
      'Why are you even alive.',
      'Imagine being that ugly.',
      'No wonder your dad left.',
      "Your mum's so poor she can't afford shoes.",
      'Go cry to your mummy.',
      'Ur so dry no one talks to u.',
      "You're such a neek.",
      "She's such a crybaby.",
      "He's a wet wipe.",
      "You're such a try hard.",
      "He's a mummy's boy.",
      "She's a pick me.",
    ]);
    has('sexual', ["You're such a sket."]);
    clean([
      "Don't talk to strangers on your way home.",
      'If someone sends you nasty messages, block them and tell an adult.',
      'Never follow him on social media if you do not know him in real life.',
      'Why are you here so early? Breakfast club starts at 8.',
      "Everyone laughed at the panto dame's jokes.",
      'We laughed at him dressed as a giant carrot for Children in Need!',
      'Nobody invited her to the party, so we talked about kindness in PSHE.',
      'Imagine being so brave at just seven years old!',
      'No wonder your dad was proud, what a performance.',
      'Ask yourself: would you want someone to say your mum is so poor?',
      'Is the tumble dryer so dry it shrinks jumpers?',
    ]);
  });

  it('finds sexual questions to children, an adult giving their age to them, and sex acts in slang, but not RE, broadband or the PTA hoodies', () => {
    has('sexual', [
      'What colour bra are you wearing?',
      'U a virgin?',
      'DTF?',
      'She gives good head.',
      "He's packing down there.",
      "Any year 7s want to snap me, I'm 19.",
      'Let me see you in your PE kit.',
      'She wore a short skirt so she was asking for it.',
      'He fingered her at the disco.',
    ]);
    clean([
      'Year 4 learned about the Virgin Mary in RE.',
      'Our broadband is Virgin Media, so the website may be slow today.',
      'She gives her head a shake and carries on.',
      'DTF transfers are used on our PTA hoodies.',
      'Year 6 want to snap up the last tickets!',
      "Message me, I'm 20 minutes late for pick-up.",
      "Can't wait to see you in your PE kit on Sports Day!",
      'What colour shirt are you wearing for the photo?',
      'He gives great advice about revision.',
    ]);
  });

  it('hears the warning signs before an attack on a school and street threats of today, but not a surprise or the trip list', () => {
    has('threat', [
      "Wait till you see what I've got in my bag for Friday.",
      "You're on my hit list.",
      "You're on my list.",
      "One day they'll all be sorry.",
      'Everyone at this school is going to regret it on Monday.',
      'Snitches get stitches.',
      "Bring the ting tomorrow we're gonna ride on them.",
      'Your car would look better on fire.',
      'You want to get hurt?',
      'Come outside then.',
      "I'll come to your house tonight.",
      "I'm gonna wet him.",
    ]);
    clean([
      "Wait till you see what I've got for you, Year 2!",
      "You're on my list for the trip, don't worry.",
      "One day they'll all be grateful for their teachers.",
      'Everyone is going to love the disco on Friday.',
      'The Vikings would ride out on raids.',
      'Come outside and see the snow!',
      "I'll come to your house to drop off the book.",
      "I'll wet the sponge and you throw it at Mr Hill.",
      'Say one more word in French!',
    ]);
  });

  it('finds slurs and mockery of disabled, Muslim, Jewish, gay, trans, Traveller, Black and South Asian children, but not their ordinary words', () => {
    has('hate', [
      'Are you special or something?',
      "He's such a sped.",
      'You absolute joey.',
      'Ride the short bus home.',
      "He's a vegetable lol.",
      "You're so autistic.",
      "Your dad's in ISIS.",
      'You terrorist.',
      'Allahu akbar boom.',
      "Don't blow us up.",
      "Don't be such a jew, lend me a quid.",
      "He's as tight as a jew.",
      'Put him in the oven.',
      "He's a bit of a fairy.",
      'Dirty knacker.',
      'He smells of curry.',
      'Throw a banana at him.',
      "She's a lady boy.",
    ]);
    clean([
      'He sped off down the road on his bike.',
      'Thank you Joey for organising the cake sale.',
      'The fairy lights look lovely in the hall.',
      'She was a fairy in the Christmas play.',
      'My son is autistic and loves trains.',
      'We are an autism friendly school; autistic children have a quiet room.',
      'The hall smells of curry after the Diwali lunch, delicious!',
      'The monkeys at the zoo loved the bananas.',
      "Don't blow up the balloons too much or they pop.",
      'Year 9 studied how the Taliban took control of Afghanistan.',
      'Put it in the oven for 20 minutes.',
      'Are you special needs trained? We are hiring a TA.',
      "I'm knackered after sports day.",
    ]);
  });

  it('finds menace with no harm in its words, but not a quiz, a queue or the climbing wall', () => {
    has('threat', [
      'Your time is coming.',
      'Remember what happened to the last teacher who crossed us.',
      "I've got friends who'd sort you out.",
      'My brother gets out of prison next week and he knows who you are.',
      "Let's see you say that at the gates.",
      "We'll see how brave you are without your mates.",
      "I hope you've got good insurance.",
    ]);
    clean([
      'Your time is up, pens down!',
      'Your turn is coming, be patient in the queue.',
      "We'll see how brave you are on the climbing wall!",
      'Remember what happened to the last class who forgot their PE kits? No football.',
      'I have got friends who would love to help at the fair.',
      'My brother knows who you are, he was in your class!',
      'Let us see you do it at the talent show!',
    ]);
  });

  it('finds hostility to migrants, Muslims and LGBT people in the words of complaints to a school, but not the panto or the census', () => {
    has('hate', [
      "It's like a foreign country round here now.",
      "I don't want my daughter sat next to one of them.",
      "Stop shoving Pride down our kids' throats.",
      'There are only two genders, end of.',
      'Not racist but there are too many of them in Year 3 now.',
      "Not racist but Islam isn't compatible with British values.",
      'We never had this problem before they arrived.',
      'Send them to their own schools.',
    ]);
    clean([
      "It's like a different country round here since the new park opened, so green!",
      'The pantomime had men in dresses for the dame, great fun.',
      'In the census form there are only two genders listed, which we have raised with the council.',
      'We never had a problem with the car park before the new houses arrived.',
      'Thank you for shoving the leaflets through our letterbox.',
      "It's not racist but it is unkind, we told Year 5.",
      'In RE, Year 9 discussed whether Islam is compatible with British values.',
    ]);
  });

  it("hears an angry parent's threat to a member of staff with no harm in its words, but not the school's disclaimers", () => {
    has('threat', [
      "I'm not responsible for what I do if I see him.",
      "I can't promise I'll keep my hands to myself.",
      "Don't be surprised if something happens to your car.",
      'Give me five minutes alone with him.',
      'If school not do something, I will come myself and make this boy understand.',
      'I will come to the gate and stop him myself, and he will not like how.',
    ]);
    clean([
      'Give me five minutes with him to explain the homework.',
      'We are not responsible for lost property left in the hall.',
      'The school is not responsible for what happens on the bus.',
      "Don't be surprised if something happens to your plans because of the snow!",
      'Keep your hands to yourself is our golden rule.',
      'I will come to the gate and show him the way to the office.',
      "I'll come to the school and make the cakes for the fair.",
    ]);
  });

  it('finds threats in idioms of teeth, bricks, tyres, fire, ditches, addresses and slogans, but not queues, ponds or party invites', () => {
    has('threat', [
      'pay up or ur getting ur teeth knocked in at the park',
      'if jake grasses on Oscar again im bricking his window',
      "You've messed with the wrong family.",
      "You'll find out what a man with nothing left to lose does.",
      "You're next.",
      'She is going to come back to four flat tyres.',
      "She'll have her hair set on fire at the disco.",
      'She would end up in a ditch if she reported him.',
      'ur 4 mins from my house, pullin up irl',
      'i got ur addy',
      'enjoy ur last weekend with a full set of teeth',
      "day of the rope can't come soon enough",
      'GAS THE Y*DS',
      'the caretaker wants dragging round the field',
      'go jump off something tall',
      'u should just end it',
      'any year 5 still there gets fucking bodied',
    ]);
    clean([
      "You're next, Year 4, line up please.",
      "You'll end up in the pond if you lean over the rail!",
      "I've got your address for the party invites.",
      'The minibus came back with two flat tyres.',
      'The bins want dragging to the front on Thursday.',
      'The hall needs shooting for the school film.',
      'Enjoy the weekend!',
      'The sunflowers got knocked down in the wind.',
    ]);
  });

  it('finds hate tropes: a trans person called "it", mocked accents, Jews and money, people "like rats", eyes, corner-shop degrees; not their innocent look-alikes', () => {
    has('hate', [
      'Some boys called her "it" in the corridor.',
      'whatever Mx Cole is calling itself this week needs to stick to teaching',
      '"I vont speak vith teacher" lol learn english first',
      "Hopefully she doesn't say \"ve vill do ze assessment\" like a Bond villain",
      'Mrs Sandhu going "please to be sitting down children, thank you please"',
      'they come over like rats off a ship',
      'the site by the ring road wants burning out, caravans and all',
      'Roma beggars outside Tesco AGAIN.',
      "you've got more foreigners than English at this party",
      'Course the Jewish family raised the most at the bake sale. They always know where the money is, that lot.',
      "Muslim men don't respect women teachers, never have",
      "Islam and British values don't mix, never have, never will.",
      'Which one of them ate the dog this year',
      'Autism is just the new word for bad parenting',
      'the NHS would be fine if we stopped letting in the brown hordes',
      "May can't even see the board with them eyes",
      'A parent called me a curry-house waitress because I asked him to move.',
      'an Indian lady with a degree from a corner shop needed my job',
      'Why are we celebrating the bandage heads festival now',
      'Let the cow botherers keep their paint festival at home',
      'Typical bog-Irish, thick as two short planks',
    ]);
    clean([
      'We are pleased to be sitting our SATs next week.',
      'Our class cat is called It, after the book.',
      'The Pied Piper led the rats away from Hamelin.',
      'The children learn English first, then French in Year 3.',
      'Our new puppy ate the dog biscuits!',
      "Mr Hill can't even see the board without his glasses.",
      'We welcome everyone, whatever they are calling it.',
      'Year 6 read the German phrase "Ich vill" in the play.',
      'She has a degree from a university in Leeds.',
    ]);
  });

  it("finds self-harm slang, mocking names, and racist and transphobic names for one person, but not the coconut or DT's pizza faces", () => {
    for (const text of ['gg ez now uninstall ur life', 'alt f4 ur life lol', 'commit sewer slide', 'go take a toaster bath', 'just go f*cking die already', 'the A38 is that way, go and have a lie down in the fast lane', 'the severn bridge is that way, off you pop'])
      expect(categoriesIn(text), text).toEqual(expect.arrayContaining(['threat', 'bullying']));
    has('bullying', [
      'the girls in her class call her Pizza Face and leave her out',
      'they keep calling him Tubby at lunch',
      'A parent called me a glorified babysitter with a lanyard.',
      'that lad is a proper radgie',
      "the caretaker's an absolute gowl",
    ]);
    has('hate', [
      "Mr Mahmood's a proper coconut, acts whiter than me",
      "Mrs Oduya is a DEI hire, no way she'd get the job otherwise.",
      "Can't believe they let a bloke who thinks he's a woman teach Year 2.",
      "My daughter's new teacher is a bloke who wants to be called Miss.",
      "A dad told me that you people shouldn't be teaching English.",
      'The uniform shop is absolutely jewing us on the price of a jumper.',
    ]);
    has('sexual', ['Sienna is such a thot']);
    has('profanity', ['Hughes you absolute c\u0443nt']);
    clean([
      'Year 1 made pizza faces in DT.',
      'The M5 is that way if you are driving to the trip.',
      'We delete your life story photos after a year.',
      'He is a coconut shy champion at the fete.',
      'The panto dame is a man in a dress.',
      'You lot should be working on your reading.',
    ]);
  });

  it('blocks telling people to leave the country', () => {
    for (const text of ['Go back to your own country', 'they should go back to where they came from', 'send them back to their own country'])
      expect(categoriesIn(text), text).toEqual(['hate']);
    // said to someone, it is bullying of them too
    expect(categoriesIn('you should go back to Poland')).toEqual(['bullying', 'hate']);
  });

  it('blocks hate that damns a whole group for its religion, race, sexuality or disability', () => {
    for (const text of ['Jews are all criminals', 'all the immigrants are scum', 'Trans people shouldn’t be allowed in schools', 'autistic children should not be in our classes', 'deport all the Muslims', 'Catholics cannot be trusted'])
      expect(categoriesIn(text), text).toContain('hate');
  });

  it('finds an insult aimed at someone described rather than named', () => {
    expect(categoriesIn('That Year 3 boy is the most annoying brat')).toEqual(['bullying']);
    expect(categoriesIn('my boss is a lazy, useless waste of space')).toEqual(['bullying']);
    expect(categoriesIn('she is a joke')).toEqual(['bullying']);
    expect(categoriesIn('nobody can stand her')).toEqual(['bullying']);
  });

  it('finds harassment aimed at a person', () => {
    expect(spansIn("you're so ugly")).toEqual(["you're so ugly"]);
    expect(categoriesIn('nobody likes you')).toEqual(['bullying']);
    expect(categoriesIn('u r a loser')).toEqual(['bullying']);
    expect(categoriesIn("she's such a freak")).toEqual(['bullying']);
  });

  it('finds an insult aimed at a child or adult named on the roster', () => {
    expect(findingsIn('Tom is a fat loser')).toMatchObject([{ category: 'bullying', severity: 'block', start: 0, end: 18 }]);
    expect(categoriesIn("Miss Cole's so useless")).toEqual(['bullying']);
  });

  it('finds a threat to kill whatever follows it, but not killing with kindness', () => {
    expect(categoriesIn('We will kill them')).toEqual(['threat']);
    expect(categoriesIn('I will kill them with my bare hands')).toEqual(['threat']);
    expect(categoriesIn('We will kill them with kindness')).toEqual([]);
  });

  it('leaves ordinary talk about people and sport alone', () => {
    for (const text of ['You are so kind, thank you', 'We will beat you on Saturday!', "Don't kill yourself revising", 'The loser of each heat runs again', 'You are dead right about that', 'I could just die of embarrassment', 'Shoot for the stars', 'Kill it on sports day'])
      expect(findingsIn(text), text).toEqual([]);
  });

  it('leaves idioms, accidents, buildings and talk about communities alone', () => {
    const benign = [
      'Break a leg in the play tonight!',
      'Careful on the ice, we do not want anyone to break a leg',
      'He broke his arm on the trampoline',
      'You won\'t regret coming to the summer fair',
      'Nobody will walk away empty-handed from the raffle',
      'The old school building will be knocked down in July',
      'Happy Eid to all our Muslim families',
      'Jewish pupils are welcome to leave early on Friday',
      'Refugees are welcome here',
      'After the trip the coach goes back to where it came from',
      'I will be waiting at the gate at 3.15',
      'We will kick off at 2pm',
      'I am going to punch in the door code',
      'The kids punch holes in the card',
      "We'll shoot the kids' photos after lunch",
      'We will kill them with kindness at the open evening!',
      'The boy is a clown in the play',
      'The roadworks are annoying, they are annoying',
      'The tent poles are dangerous',
    ];
    for (const text of benign) expect(findingsIn(text), text).toEqual([]);
  });

  it('leaves "slag off" alone, which runs someone down, and finds the insult', () => {
    for (const text of ['People are very quick to slag schools off on here', 'Stop slagging each other off', "Don't slag off the staff", 'She slagged me off in front of everyone']) expect(findingsIn(text), text).toEqual([]);
    for (const text of ["She's a slag", 'what a slag', 'you slag']) expect(findingsIn(text).map((f) => f.category), text).toContain('sexual');
  });

  it('spares an allowed phrase written with a dot inside it, but not the same word after it', () => {
    expect(findingsIn('We read Philip K. Dick in sixth form')).toEqual([]);
    expect(findingsIn('Philip K Dick wrote it')).toEqual([]);
    expect(findingsIn('Moby Dick. Dick.').map((f) => f.category)).toEqual(['profanity']);
  });

  it('leaves numbers alone, though digits can stand for letters inside a word', () => {
    for (const text of ['Call me on 07700 900 455', 'Room 455', 'Ring 0800-455-123', 'Score 4 5 5'])
      expect(findingsIn(text), text).toEqual([]);
  });
});

describe('offensive language: families of threats', () => {
  const threat = (texts: string[]) => {
    for (const text of texts) expect(categoriesIn(text), text).toContain('threat');
  };

  it('finds death promised on a condition, and a "dead man", but not "dead" as an intensifier', () => {
    threat(["Touch my son again and you're dead, Cartwright.", 'Lay a finger on my daughter one more time and you are dead meat', "Keep away from my kids or else you're dead", "He's a dead man", 'you are a dead man walking']);
    clean(['The kids were dead tired after the trip', "Read it again and you're dead good at it", "Do it again and you're done!", "He's a dead man in the play, lying still for the whole scene"]);
  });

  it('finds "you\u2019re dead" said to a teacher whatever follows, and to a mate only at the end', () => {
    threat(['You are dead Mr Walsh', 'Someone scratched "UR DEAD MISS" into my car door', 'ur dead sir see u after school']);
    clean(["You're dead right miss, the trip was brilliant", 'ur dead funny mate']);
  });

  it('finds harm to a body however the victim is described and whatever swearing sits in between', () => {
    threat([
      "If that teacher lays a finger on my kid again I'll break her f***ing arms.",
      "gonna smash that kid's face in if he goes near my daughter again",
      "I'll smash Mr Hughes's face in",
      "I'm gonna break that woman's bloody neck",
      "I'll rip his head off",
      'I will knock him out',
      "I'll put him in hospital",
      'I will knock you into next week',
      "I'm going to batter Mrs Marsh",
      'gonna beat the shit out of him',
    ]);
    clean([
      "I'll put him in the team for Saturday",
      'Year 6 hope to knock them out of the cup',
      'Feelings: sometimes we bottle them up, so talk to someone',
      "We'll shoot Mr Hughes's class photos after lunch",
      "I'll break the news to the class tomorrow",
      'I cut her fringe last night',
      'We cut them out and stuck them in our books',
    ]);
  });

  it('finds "sorting someone out" oneself, but not sorting out kits, books or tickets', () => {
    threat(["Sort your pupils out or I'll sort them out myself.", "I'll sort that bully out myself", "Stop picking on my lad or I'll sort you out myself"]);
    expect(findingsIn("Deal with those bullies or we'll deal with them ourselves")).toMatchObject([{ category: 'threat', severity: 'warning' }]);
    expect(findingsIn("If the school won't act I'll take matters into my own hands")).toMatchObject([{ category: 'threat', severity: 'warning' }]);
    clean(["I'll sort the PE kits out myself", "I'll sort them out myself, the books are a mess", "I'll sort you out a ticket for the play", "I'll deal with them myself, they are only library books", "Hand in your homework or I'll deal with it myself"]);
  });

  it('finds a parent taking it on themselves, and a beating promised in slang; not a rota, a tired parent or a parked car', () => {
    for (const text of ["I'll deal with that kid myself", "I'll take care of that teacher myself.", "I'll wipe that smile off her face", "I'll make you regret this", 'mess with my kid and you mess with me', 'we know your car', "he's getting done in after school"])
      expect(findingsIn(text), text).toMatchObject([{ category: 'threat', severity: 'warning' }]);
    clean([
      "I'm done in after sports day",
      "I'll make you regret not coming to the fair, it's going to be great",
      "I'll deal with the PTA rota myself",
      'we know your car is the red one',
      "That'll wipe the smile off his face when he sees the score",
      'The cake got done in the oven in twenty minutes',
    ]);
  });

  it('finds an angry parent\'s menace: someone getting hurt at the school, more than words, a dog set on someone, a fire', () => {
    for (const text of ["I'm coming up that school and someone's getting hurt", "I'll be having words with that boy's dad, and not just words", "tell that teacher to look over her shoulder"])
      expect(findingsIn(text), text).toMatchObject([{ category: 'threat', severity: 'warning' }]);
    for (const text of ["I'll bring my dog and set it on him", "I'll set my dog on him", "I'll set fire to the portakabin"]) expect(categoriesIn(text), text).toEqual(['threat']);
    expect(findingsIn("I'll make sure that teacher never works again")).toMatchObject([{ category: 'bullying', severity: 'warning' }]);
    clean([
      'Always look over your shoulder before you cross',
      'Year 6 set fire to a candle in science to study combustion',
      "I'll make sure she never forgets her PE kit again",
      'I had words with the PTA, and not just words, a whole spreadsheet lol',
      "our dog is lovely, I'd never set it on anyone",
    ]);
  });

  it('finds rumours that damage a member of staff, and an accusation of abusing children; not a residential or medicine', () => {
    for (const text of ['the head is sleeping with the deputy, everyone knows', 'Mrs Baker is off her face on drugs half the time', "the new TA is a thief, she took my son's money"])
      expect(categoriesIn(text), text).toContain('bullying');
    expect(categoriesIn('everyone knows Mr Walsh fiddles with kids')).toContain('bullying');
    clean([
      'the children are sleeping with the lights on at the residential',
      "he is on drugs for his epilepsy so can't go swimming",
      'The thief in our class story stole the king\'s crown',
      "We went to the head teacher's fundraiser, she was high as a kite on sugar lol",
    ]);
  });

  it('finds knowing where a named or described person lives, but not an offer to drop something round', () => {
    threat(['I know where Mr Fletcher lives. He wants to watch his back.', 'We know where that teacher lives', 'i know where ur mum lives', 'I found out where Miss Reid lives']);
    clean(["I know where Mrs Jones lives, I'll drop it round", 'I know where the library book lives, on the top shelf']);
  });

  it('finds a reckoning promised to anyone: what is coming, having it coming, paying for it', () => {
    threat([
      "I'll be waiting at the gate at 3.15 and that teacher will get what's coming to her.",
      "He'll get what's coming to him",
      "they'll all get whats coming",
      'She has it coming',
      "I'll make him pay for this",
      "He's gonna pay for that.",
      "That man's going to get battered",
      "He'll get stabbed if he comes round here",
    ]);
    clean(["Find out what's coming up next term", "You'll get what's coming in the newsletter next week", 'We will make you pay by card only', 'She has it coming to school tomorrow', "He'll get shot of the old trays"]);
  });

  it('finds a weapon brought to school, but not cutlery or a safety reminder', () => {
    threat(["I'm going to bring a knife into school", "I'll bring a gun to school"]);
    clean(['Please bring a knife and fork to the picnic', 'Please remind your child not to bring a knife to school']);
  });

  it('treats telling someone to jump off a bridge as self-harm incitement and bullying; wishing it on someone else as a threat', () => {
    for (const text of ['do everyone a favour and go jump off a bridge', 'you should go jump in front of a train', 'do us all a favour and die'])
      expect(categoriesIn(text).sort(), text).toEqual(['bullying', 'threat']);
    expect(categoriesIn('he should jump off a bridge')).toEqual(['threat']);
    clean(['We will jump off the bus at the farm', 'Do everyone a favour and bring your reading books back']);
  });
});

describe('offensive language: families of hate', () => {
  const hate = (texts: string[]) => {
    for (const text of texts) expect(categoriesIn(text), text).toContain('hate');
  };

  it('finds sending people back where they came from, but not letters, library books or evacuees', () => {
    hate(['Send them all back where they came from.', 'send em back where they came from', 'They should be deported back to where they came from', 'Ship the lot of them back to their own countries', 'send them all home on the next boat', 'Send the lot of them back to where they belong']);
    clean(['We are sending the letters back', 'Please send the library books back where they came from', 'The evacuees were sent back home to London after the war', 'Send the reply slips back to school by Monday', 'The swallows fly back to where they came from every spring']);
  });

  it('finds a nationality, religion or group named as vermin, but not Polish pilots or African animals', () => {
    hate(['The Polish scroungers on Castle Street get free uniform', 'Romanian scum everywhere in this town', 'immigrant parasites taking our houses', 'Muslim groomers']);
    clean(['We learned about Polish pilots in the Battle of Britain', 'Year 2 are learning about African animals', 'Polish families are welcome at our coffee morning']);
  });

  it('finds a group named with contempt or as an infestation, but not the immigrant experience in history', () => {
    hate(['Honestly this town is full of smelly immigrants these days.', 'bloody foreigners', 'a dirty foreigner', 'this town is overrun with immigrants', 'the estate is crawling with foreigners', 'Gypsies out!', 'Muslims stink', 'Refugees are a drain', 'Jews are not welcome here']);
    clean([
      'the immigrant experience in our history topic',
      'Victorian London was full of immigrants from Ireland',
      'Dirty kit goes in the wash bag',
      'The garden is overrun with slugs',
      'smelly socks competition in science',
      'Muslims out in force for the charity run',
      'Refugees out of Syria found safety, we learned',
      'Asylum seekers and refugees are welcome here',
    ]);
  });

  it('warns about "gay" as an insult, but not about gay people, pride or history', () => {
    for (const text of ['Making five year olds wear ties is so gay lol', 'this homework is well gay', "that's gay", 'how gay is that'])
      expect(findingsIn(text), text).toMatchObject([{ category: 'hate', severity: 'warning' }]);
    clean(['a gay pride assembly', 'He is gay and proud, said the author in our assembly', 'We updated the form so gay parents feel included', 'Gay History Month assembly on Friday', 'Our gay and lesbian staff network meets on Tuesdays']);
  });
});

describe('offensive language: families of sexual content', () => {
  it('finds what someone would do to a person, talk of sex and sexual spam', () => {
    for (const text of ["Miss Reid is well fit, I'd bend her over the desk", 'I would bend him over', 'Date night, hoping to get laid tbh', 'he needs to get laid', 'Hot singles in Thornbury want to meet you', 'naughty wives in your area', "Going to f*ck my husband's brains out", "I'd tap that"])
      expect(categoriesIn(text), text).toContain('sexual');
  });

  it('leaves laying, bending and local mums alone', () => {
    for (const text of [
      'He got laid off last year',
      'The foundation stone was laid by the mayor',
      'The new turf will get laid next week',
      'Single mums support group meets Thursday',
      'Local mums are running the bake sale',
      'I would bend the card over to make a hinge',
      'Stretch and bend over to touch your toes',
      "I'd bend her over backwards to help, she's lovely",
      'Chat with naughty elves at the Christmas fair',
      "I'd do her hair for the show",
      'Hot chocolate for the singers after the concert',
    ])
      expect(findingsIn(text), text).toEqual([]);
  });
});

describe('offensive language: families of bullying', () => {
  const bullying = (texts: string[]) => {
    for (const text of texts) expect(categoriesIn(text), text).toContain('bullying');
  };

  it('finds insults aimed at someone named, described or related to someone', () => {
    bullying([
      'Honestly Tom Hill is a nasty little weirdo',
      'That Okafor girl is fat and as thick as two short planks.',
      "Finley's mum is a stuck-up cow who thinks she's better than everyone.",
      'This Year 6 girl is a spoilt brat',
      'That new teacher is a right nasty cow',
      "he's a horrible little boy",
      'Tom is so annoying',
      "you're so weird",
      'Mr Cole is a two-faced liar',
    ]);
    bullying(["Tom's a fat loser", "Tom's so ugly", "Hill's a right muppet"]);
    clean(["Tom's nasty cough is better", "Tom's smelly socks were found in lost property", "Tom's thick coat is in lost property", 'When the balloons pop they freak out', 'They creep up on you in the dark', 'He is stuck up a tree', 'These two are thick as thieves', 'She is a cow in the nativity', 'He is a pig in the Three Little Pigs', 'She is nasty to my son at lunch', "Finley's mum is a superstar who baked 100 cakes"]);
  });

  it('finds someone shut out by everyone, but not a worried parent saying so', () => {
    bullying(['nobody in that class can stand him', 'no one at this school likes her', 'everyone hates him']);
    clean(['My daughter feels that nobody likes her, can you help?', 'My daughter thinks everyone hates her, can we talk?', 'Nobody in the class could find the answer']);
  });

  it('finds a person damned by a superlative, but not praise or the weather', () => {
    bullying(['Seriously, Esme is the most annoying child I have ever taught.', 'Joanne Frost is the worst manager I have ever had', 'he is the laziest teacher in the school']);
    clean(['Esme is the most improved pupil this year', 'Miss Cole is the most amazing teacher I have ever had', 'This is the worst weather I have ever seen', 'That was the worst parents evening for queues', 'Who was the worst king in history? Find out in Year 4']);
  });

  it('finds insults to looks and mockery, but not a face painted like a clown or the state of the playground', () => {
    bullying(['Look at the state of the ginger kid on the left, face like a slapped arse', 'face like a bag of spanners', "you've got a face only a mother could love"]);
    clean(['She pulled a funny face like a clown in the play', 'Look at the state of the playground after the storm']);
  });

  it('finds a word that only names a person, whoever is called it, but not someone calling themselves one', () => {
    bullying([
      'One dad at pick-up today was an absolute moron.',
      'That dad who turns up in his pyjamas every morning is a total slob',
      "Maybe if Jude wasn't such a spoilt little brat my son wouldn't cry",
      'that kid is a little thug and everyone knows it',
      'Calling a member of staff "a useless f***ing waste of space" is not acceptable',
      "Jacob's mum is a nightmare, emailing me at 11pm again.",
      "Mr Hughes couldn't run a bath, let alone a school.",
      'Stop being such a Karen Denise',
    ]);
    clean(['I was a complete idiot and left my keys at home', 'We were such idiots to forget the cake', 'The new form is idiot-proof', 'Such a Karen move to complain about the bins', 'He is a thug in the play', 'Parking is a nightmare on Fridays']);
  });
});

describe('offensive language: families of strong language', () => {
  it('finds a person called a prick however it is dressed, but not a vaccine', () => {
    for (const text of ['Absolute pr1ck of a headteacher.', 'what a smug prick', 'Such a prick of a bloke', 'stop acting like a total prick'])
      expect(categoriesIn(text), text).toContain('profanity');
    for (const text of ['It feels like a little prick, then it is over', 'You may feel a sharp prick during the flu vaccine', 'The prick of a needle is quick'])
      expect(findingsIn(text), text).toEqual([]);
  });

  it('finds a prick or a knob with a word of contempt before it, but not a jab or a door', () => {
    for (const text of ['u sad little prick', 'called me a speccy little prick for it', 'If that useless prick comes near my house', 'The new deputy is a proper knob.', 'you knob'])
      expect(categoriesIn(text).sort(), text).toEqual(['bullying', 'profanity']);
    for (const text of ['The kids all had a little prick in the arm', 'just a quick little prick and it is done', 'Add a knob of butter', 'The door knob has come off again', 'turn the knob on the left'])
      expect(findingsIn(text), text).toEqual([]);
  });

  it('finds an f-word starred out after its first letter', () => {
    for (const text of ['F*** me, Ofsted tomorrow.', 'what the f***', 'f*** this']) expect(categoriesIn(text), text).toEqual(['profanity']);
  });
});

describe('offensive language: slurs and insults aimed at a person are bullying too', () => {
  const both = (texts: string[]) => {
    for (const text of texts) expect(categoriesIn(text).sort(), text).toEqual(['bullying', 'hate']);
  };
  const bullying = (texts: string[]) => {
    for (const text of texts) expect(categoriesIn(text), text).toContain('bullying');
  };

  it('calls a slur aimed at one person bullying as well as hate, however the person is named or the slur hidden', () => {
    both(['Mr Price is a f*ggot', 'Miss Cole is a p@ki', 'that new TA is a right batty boy', 'go home you p a k i', 'you stupid retard', "she's such a dyke", 'Tom is a spaz', 'the spaz kid in Year 2 should be in a special school']);
    // the slur itself picks one person out
    both(['Why is a retard like that even in a normal school?', 'not if that lesbo is going']);
  });

  it('calls a slur someone was called, reported in quotation marks, bullying as well as hate (sets 18, 19, read)', () => {
    both(['One pupil was called "ch1nky eyes" by older children.', 'A group repeatedly called one of their classmates a "bum boy" and made up a song.']);
    // said of a people, of a thing, or among a group: hate alone
    for (const text of ['Bus workers described passengers calling them "w*g".', 'My nan still calls it "going for a Chinky".', 'Some pupils have been calling each other "f*g".'])
      expect(categoriesIn(text), text).not.toContain('bullying');
  });

  it('leaves a slur about a group as hate alone, and Homo sapiens and Niger alone', () => {
    for (const text of ['too many p*kis round here', 'gyppos the lot of them', 'pikey family down the road', 'Pride assembly? f@gs everywhere'])
      expect(categoriesIn(text), text).toEqual(['hate']);
    expect(categoriesIn('We never use words like retard in this school.')).toEqual(['hate']);
    clean(['He is Homo sapiens, like all of us', 'Did you know Niger is in West Africa?']);
  });

  it('finds name-calling with no verb, but not a story\u2019s witch, a farm\u2019s pig or a costume', () => {
    bullying(['Nasty little rat.', 'lying cow', 'Clueless muppet.', 'miserable old git', 'you sad old witch', 'she is a nasty witch', 'He is a snake']);
    clean([
      'Hansel and Gretel escaped from the evil witch',
      'Evil witch costume for sale, worn once',
      'Our fat pig at the farm is called Bella',
      'She has named every horse, every goat and one particularly fat pig.',
      'Look at the fat pigs!',
      'She is a witch in the play',
      'Tom is a witch for World Book Day',
      'He is a rat in the Pied Piper',
      'Nasty cough going round Year 2',
    ]);
  });

  it('finds insults written as one word, as spaced-out letters and hashtags are read', () => {
    bullying(['Tom is a f a t l o s e r', 'you are a l o s e r', 'Tom is a #fatcow']);
  });

  it('finds superlatives of looks and wits aimed at a child, with or without a verb', () => {
    bullying(["he's the fattest kid in the class", 'the ugliest girl in Year 5', "she's the thickest teacher in the school"]);
    clean(["I'm the worst parent in the world, forgot PE kit again", 'Mr Stink is the smelliest man in town', 'the tallest boy in Year 6 won the high jump']);
  });

  it('finds insults before a title and public call-outs, but not book characters, thanks or a raffle winner', () => {
    bullying(['useless Mr Price never answers emails', 'Some people need to grow up. Yes, you, Mr Price.', 'You know who you are, Tom. Pathetic.']);
    clean([
      'Thanks to our anonymous donor, you know who you are. Amazing!',
      'Yes, you, Mrs Patel, won the raffle!',
      'Disgusting Mr Twit plays tricks on Mrs Twit',
      'Mr Twit is disgusting and Mrs Twit is ugly',
      'Miss Trunchbull is a horrible woman',
      'Mr Greedy is fat, Mr Rude is rude',
    ]);
  });

  it('only warns about a child called a little terror, which in school talk is often fond', () => {
    for (const text of ['That Jayden Smith is a little terror', "he's a right little madam", 'the new boy is a real handful', "Tom's a little monster at lunch"])
      expect(findingsIn(text), text).toMatchObject([{ category: 'bullying', severity: 'warning' }]);
    clean(['Parking is a nightmare', "It's a nightmare getting in at 8.45", 'Tom is a little monster fan', 'She was a terror in the play']);
  });
});

describe('offensive language: families of sexual content without an explicit word', () => {
  const sexual = (texts: string[], severity = 'block') => {
    for (const text of texts) expect(findingsIn(text).filter((f) => f.category === 'sexual').map((f) => f.severity), text).toContain(severity);
  };

  it('blocks a child sexualised by body and age, but not a child\u2019s voice, height, vocabulary or manners', () => {
    sexual(['she has a lovely figure for a 12 year old', 'hot for a Year 7', 'that Year 6 girl is sexy for her age', 'great legs for an eleven-year-old', 'well fit for a 13yo']);
    clean([
      'She has a great voice for an 11 year old',
      'He is very tall for his age',
      'Her vocabulary is well developed for a 7 year old',
      'She is very mature for a 10 year old',
      'a good swimmer for a Year 3',
      'This hall is fit for purpose',
    ]);
  });

  it('only warns about "fit for her age" with no child in sight: it may be a grandmother who runs', () => {
    expect(findingsIn('My nan is so fit for her age, she ran 10k')).toMatchObject([{ category: 'sexual', severity: 'warning' }]);
  });

  it('finds remarks on a woman\u2019s body and wanting a parent or colleague, but not shoes, hot dinners or a cup of tea', () => {
    sexual(['Miss Reid has a nice rack on her', 'Mrs Cole has got a lovely pair on her lol', "the hot dad at pickup was chatting me up again, wouldn't say no", 'that sexy mum at pickup']);
    sexual(['the hot PE teacher'], 'warning');
    clean([
      'She had a lovely pair of shoes on her feet',
      'She did a nice set on her guitar',
      'Hot dinners are back on the menu',
      'Hot chocolate for dads after the match',
      "I wouldn't say no to a cup of tea",
      "It's hot today, wouldn't say no to an ice cream",
      'Fit mums bootcamp starts Monday',
    ]);
  });

  it('blocks offering or asking for genitals, but not a Willy Wonka costume or junk modelling', () => {
    sexual(['want to see my willy?', 'd ya wanna see my c0ck', 'show us your boobs', 'wanna see my d1ck']);
    clean(['Do you want to see my Willy Wonka costume?', 'Want to see my new bike?', 'come and see my junk modelling']);
  });

  it('blocks sex spam, but not sex education, a single-sex school or the sex of a baby', () => {
    sexual(['Live s3x cams tonight', 'sex dating near you', 'free sex chat']);
    clean(['Sex education lessons start next week for Year 6', 'Relationships and sex education evening for parents', 'We are a single-sex school', 'The sex of the baby is a surprise']);
  });

  it('treats "hot singles" as sexual spam', () => {
    expect(categoriesIn('Hot singles in Bristol tonight')).toEqual(['sexual']);
  });

  it('finds innuendo about a detention from a teacher and about date night, but not detention duty or a raffle', () => {
    sexual(['Mr Fletcher can give me detention any time 😏']);
    sexual(['Date night with the hubby, will be getting lucky tonight 😜'], 'warning');
    clean(['Mrs Cole can give me detention duty cover on Friday', 'Someone will be getting lucky tonight in the raffle!']);
  });
});

describe('offensive language: hate without a slur, threats without stock words', () => {
  const hate = (texts: string[]) => {
    for (const text of texts) expect(categoriesIn(text), text).toContain('hate');
  };
  const threat = (texts: string[]) => {
    for (const text of texts) expect(categoriesIn(text), text).toContain('threat');
  };

  it('finds sending people back with no destination where the talk is of a people or a faith, but not forms or shoes', () => {
    hate(['Refugees everywhere. Send them back.', 'More boats today. Ship em all back.', 'Eid on the news again, send the lot of them home.', "Half of them can't even speak English. Send them all back and then maybe ours would get some attention."]);
    clean(['Eid cards are in book bags, please send them back.', 'The English homework sheets are wrong, send them back and we will swap them', 'The forms are in book bags, send them back by Friday', "If the shoes don't fit, send them back.", 'We are sending the letters back']);
  });

  it('finds "this is England, not a mosque" and "speak English or go home", but not England\u2019s results', () => {
    hate(['This is Britain not Pakistan', 'this is a Christian country, not a mosque', 'learn the language or go home']);
    clean(["This is England's best result in years", 'This is England v Wales on Saturday', 'Speak English or French in the role play', 'Eid Mubarak to all our Muslim families']);
  });

  it('finds a group said to own the media or to be taking over, but not Year 6 taking over the assembly', () => {
    hate(['Muslims control the government', 'Jews run the banks', 'immigrants taking our jobs', 'foreigners taking over our town']);
    clean([
      'Year 6 are taking over the assembly this week',
      'The Sikh community run the langar at the gurdwara',
      'Catholics run the school fair every year',
      'Black History Month: Year 5 learned about Mary Seacole',
      'Pride month: our LGBT+ club meets on Thursday',
    ]);
  });

  it('finds violence after getting to the person, and "whoever\u2019s", but not fetching fish', () => {
    threat(["I'll come down that school and punch whoever's in charge", "I'll come round yours and stab whoever answers the door"]);
    clean(["I'm going to come down to the school and speak to whoever's responsible", "We'll go down the chippy and get some battered fish", "I'll come in and batter the pancakes"]);
  });

  it('finds incitement to jump from a named bridge or cliff, but not from a bus or a diving board', () => {
    for (const text of ['do us all a favour and jump off Beachy Head', 'you should go jump off the Tamar Bridge']) expect(categoriesIn(text).sort(), text).toEqual(['bullying', 'threat']);
    threat(['he should jump off the Clifton Suspension Bridge']);
    clean(['We walked across the Severn Bridge', 'Go and jump off the diving board', 'We will jump off the bus at the farm']);
  });

  it('finds the f-word with its vowel dropped, but not Fukushima', () => {
    for (const text of ['fcking joke', 'fkin hell', 'fuk off', 'he fckd it up']) expect(categoriesIn(text), text).toEqual(['profanity']);
    clean(['Fukushima is in Japan', 'our Fukuoka pen pals']);
  });
});

describe('offensive language: books, poems, history and dinners', () => {
  it('leaves titles, authors and characters that contain a listed word alone', () => {
    for (const text of [
      'Is it Moby-Dick or the Gruffalo?',
      'Dick King-Smith wrote The Sheep-Pig',
      'Dick Turpin was a highwayman',
      'spotted dick and custard on Thursday',
      'Dick Van Dyke in Mary Poppins',
      'The Owl and the Pussy-cat',
      'Ride a cock-horse to Banbury Cross',
      'Who killed Cock Robin?',
      'William the Bastard invaded in 1066',
      'the ox and the ass in the stable',
      'Ox and ass before Him bow',
      'Titty and Roger sailed to Wild Cat Island',
      'The Rape of the Lock',
    ])
      expect(findingsIn(text), text).toEqual([]);
  });

  it('still finds the word outside them', () => {
    expect(categoriesIn('what a dick')).toEqual(['profanity']);
    expect(categoriesIn('you bastard')).toContain('profanity');
  });
});

describe('offensive language: phrases run only where their words stand', () => {
  // A text runs the phrases whose trigger words it has (phrase-triggers.ts): a phrase the index wrongly
  // thought it could skip would be a miss, so every lexicon phrase but a handful must have a trigger, and the
  // phrases found must be the same as when every phrase runs everywhere.
  it('gives nearly every phrase of the lexicon a trigger', () => {
    const index = new PhraseIndex(OFFENSIVE_PHRASES.map((p) => phraseBody(p.pattern)), 0, (b) => b);
    expect(index.size).toBeGreaterThan(OFFENSIVE_PHRASES.length);
    expect(index.untriggered).toBeLessThanOrEqual(5);
  });

  it('finds what running every phrase over the whole text finds', () => {
    const bodies = OFFENSIVE_PHRASES.map((p) => phraseBody(p.pattern));
    const wrap = (b: string) => `(?<![a-z0-9*])(?:${b})(?![a-z0-9*])`;
    const index = new PhraseIndex(bodies, 0, wrap);
    const everywhere = bodies.map((b) => new RegExp(wrap(b), 'g'));
    const streams = [
      'go kil urself . nobody likes u',
      'i know where u live and il be waiting',
      'that pr*ck in the ofice is a useles twat',
      'ur dead after scholl . watch ur back',
      'hot singles in your area want to met',
      'the gypsies are al thieves and shouldnt be alowed',
      'kep it our secret dont tel ur mum',
      'a lovely day at the beach with year two',
      // words before a trigger that no match starts with, and words with marks in them, which every try must still reach
      'honestly mate you are a useles prat and he is a twat',
      'wel u r such a pr*ck . y0u are a loser . u! are a melt',
      'i wil find you and kil u . we are going to hurt him tomorow',
    ];
    for (const stream of streams) {
      const words = stream.split(' ');
      const at = words.map((_, k) => words.slice(0, k).join(' ').length + (k > 0 ? 1 : 0));
      const byIndex = new Set<string>();
      index.matches(stream, words, at, (phrase, start) => byIndex.add(`${phrase}@${start}`));
      const byScan = new Set<string>();
      everywhere.forEach((re, phrase) => {
        for (const m of stream.matchAll(re)) byScan.add(`${phrase}@${m.index}`);
      });
      // the index tries each alternative on its own, so it may find a phrase at a place more than once, never less
      for (const hit of byScan) expect(byIndex, `${hit} in "${stream}"`).toContain(hit);
    }
  });

  it('tries a phrase at a word with a mark in it, which its first word may end before', () => {
    const wrap = (b: string) => `(?<![a-z0-9*])(?:${b})(?![a-z0-9*])`;
    const index = new PhraseIndex(['(?:you|u)!? (?:are|r) (?:a )?melt'], 0, wrap);
    const found = (stream: string) => {
      const words = stream.split(' ');
      const at = words.map((_, k) => words.slice(0, k).join(' ').length + (k > 0 ? 1 : 0));
      const starts: number[] = [];
      index.matches(stream, words, at, (_phrase, start) => starts.push(start));
      return starts;
    };
    expect(found('honestly u are a melt')).toEqual([9]);
    expect(found('honestly u! are a melt')).toEqual([9]);
    expect(found('honestly fu are a melt')).toEqual([]);
  });

  it('reads the words a phrase starts with, in the stream, where a star is part of a word', () => {
    const firsts = (body: string) => {
      const first = firstWords(`(?:${body})(?![a-z0-9*])`, true);
      return first && [...first.words].sort();
    };
    expect(firsts('(?:you|u) (?:are|r) a (?:prat|twat)')).toEqual(['u', 'you']);
    expect(firsts('f[u*]ck (?:of|off)')).toEqual(['f*ck', 'fuck']);
    // a word that may run on into a star or a class of letters has no first word to read
    expect(firsts('pr[a-z]+ (?:idiot|prat)')).toBeUndefined();
    expect(firstWords('(?:kil)(?![a-z0-9])', true)).toBeUndefined(); // a star may follow
    expect(firsts('kil|hang')).toEqual(['hang', 'kil']); // the stream's own word end
  });

  it('reads the words a phrase cannot match without', () => {
    expect(phraseTrigger('(?:kil|hang) (?:your ?self|urself)')).toEqual({ words: ['kil', 'hang'], before: 0 });
    // an optional word first: the match may start a word before the trigger
    expect(phraseTrigger('(?:go )?drown')).toEqual({ words: ['drown'], before: 1 });
    // a word joined to a variable part is not whole: "f[u*ck]+ing" has none, "[a-z]+ ugly" has "ugly", a word after the start
    expect(phraseTrigger('f[u*ck]+ing')).toBeUndefined();
    expect(phraseTrigger('[a-z]+ (?:ugly|vile)')).toEqual({ words: ['ugly', 'vile'], before: 1 });
    // a starred word crosses no space however long; a class with a space in it may cross any number
    expect(phraseTrigger('f[u*ck]+ing (?:idiot|prat)')).toEqual({ words: ['idiot', 'prat'], before: 1 });
    expect(phraseTrigger('[a-z ]+ (?:idiot|prat)')?.before).toBe(Infinity);
    // a starred letter is two spellings
    expect(phraseTrigger('pr[i*]ck')?.words.sort()).toEqual(['pr*ck', 'prick']);
    // the rarer word of a phrase, not "you"
    expect(phraseTrigger('you (?:absolute )?melt')?.words).toEqual(['melt']);
    // every alternative needs its own
    expect(phraseTrigger('[a-z]*bag|rat')).toBeUndefined();
  });

  it('finds phrases of words the lexicon does not list, however many a school adds', () => {
    const own = Array.from({ length: 1_500 }, (_, i) => ({ term: `meet me at the gates number ${i}`, category: 'threat' as const }));
    const check = rules({ add: own }).build(aRoster());
    const found = (text: string) => check(prepare(text, 'comment')).map((f) => f.category);
    expect(found('meet me at the gates number 1499 mate')).toContain('threat');
    expect(found('meet me at the gates number 0 mate')).toContain('threat');
    expect(found('I will stab you')).toContain('threat');
  });
});
describe('offensive language: families from the fifth held-out set', () => {

  it('finds strong language swapped, starred and split', () => {
    has('profanity', ['fcuk sake the gates were locked again', 'smug little pr*ck', 'the dad with the tattoo is an absolute bell end']);
    clean(['You may feel a little prick from the needle', 'Ring the bell at the end of break', 'the bell end of the corridor']);
  });

  it('finds menace: knowing where someone lives or parks, an ambulance, petrol through the letterbox, a visit', () => {
    has('threat', [
      'i know where ur kids go to school',
      'we know which house is yours, Miss',
      'I know what car you drive',
      "if i see that man near the school again he'll be leaving in an ambulance",
      'petrol through the letterbox sorts people like that out',
      'Whoever keeps parking in my space is getting their tyres slashed',
      "I know where you all park and I'll be waiting.",
      'if anyone wants to pay him a visit',
      'wait till I get my hands on that teacher',
      'there was a bomb in the school hall',
      "I'll have it out with him, see if he's so mouthy with a broken nose",
      'I know where the Patels live and I am going round tonight',
      "There's going to be a Columbine at Oakfield",
      "One more detention and I'm coming down there with my brothers",
      "Mrs Doyle won't be smiling after Friday, trust me",
      'we know where the Hussain family live, just saying',
    ]);
    clean([
      'We know where you live, so we can drop the book round',
      'I know where the Patels live so I will drop the parcel round',
      'We remember Dunblane today, and the families still grieving',
      "One more sleep and then we're off to Cornwall with the boys!",
      "Next time I'll come up with the boys for the football",
      "The kids won't be smiling after the spelling test, trust me",
      'Does anyone know where the Smiths live?',
      "I'll be waiting at the gate at 3.15 to collect her",
      'The nurse will pay him a visit on Tuesday',
      'He came home with a broken arm from rugby',
      'I know which house is yours, we will drop the raffle prize round',
    ]);
  });

  it('finds a family of two mums or two dads said to be none, or pitied for it', () => {
    has('hate', ["Two mums? Poor kid. That's not a family.", 'Two dads is just wrong']);
    clean(['Two mums came in to help with reading, thank you!', 'Two dads ran the cake stall. Poor things were exhausted by the end', 'The book has two dads and a baby penguin, the kids loved it']);
  });

  it('finds hate about a people named by nationality and children, transphobia, and starred slurs', () => {
    has('hate', [
      'the Romanian kids all stink',
      'kids in wheelchairs hold everyone back, they should be in a special school',
      'Black families are always the ones causing trouble at the gate',
      'Men in dresses are not women and never will be',
      "Shoving gay stuff down kids' throats is grooming",
      'now they are teaching 5 year olds to be b*tty boys',
    ]);
    clean(['Romanian families brought food for the Harvest festival', 'Kids in wheelchairs joined in the sports day races', 'Men in dresses for the panto were a highlight!']);
  });

  it('finds strong language after "is a", a little sod, but not a nose that bleeds or a shag-pile rug', () => {
    has('profanity', ['Walsh is a useless prick', 'genuinely the most annoying little sod']);
    clean(['it is just a little prick, you will not feel it', 'My son came home with a bloody nose from football', 'The shag-pile rug in the reading corner', 'the shop by the bus stop sells fags to year 7s']);
  });

  it('finds slurs in phrases, "go back to Poland", "learn the language" and a fag that is not a cigarette', () => {
    has('hate', ['ching chong takeaway friday', 'aid money going to bongo bongo land', 'the PTA jewed me down on the raffle prize', 'go back to poland and take ur brats with u', 'if you come here, learn the bloody language', 'they breed like rabbits', 'you fag']);
    clean(['We flew back to Poland for Christmas', 'Fag break for the parents at the interval?', 'Used to live for my fag break, now it is a walk round the block', 'Rabbits breed like mad in spring']);
  });

  it('finds strong language and slurs used as a name for someone pointed at, and insults after "is a"', () => {
    has('bullying', [
      'if he speaks to my kids like that again, the wanker',
      'gonna be waiting at the gate for that b*tch in year 2',
      'the dyke who runs breakfast club',
      'that spaz in Y4 bit my son',
      "Sian's mum is a gobby cow",
      'the TA in year 2 is a lazy lump',
      'spineless weasel of a man',
      "Harry hasn't got two brain cells to rub together",
      'ur son is a mong',
      'that kid in my class is a proper little sh*t',
      'the new head is a total arse',
      'emails calling Mr Hughes a useless prick',
    ]);
    has('hate', ['The ch1nky on the high street does the best chips']);
    expect(categoriesIn('The ch1nky on the high street does the best chips')).not.toContain('bullying');
    clean(['a lump of clay for each child', 'He was arsing about in the corridor', 'the cow in the field next door']);
  });

  it('finds requests for pictures, innuendo and remarks about a parent or teacher', () => {
    has('sexual', [
      'he was messaging pupils asking them to send a pic in ur underwear',
      'that new TA is well fit, would smash',
      'bet mrs karimi is a freak in the sheets',
      'the girl on the left is very developed for 10',
      'Great photos, your daughter is so hot for 10 😍',
      'your daughter is gorgeous, is she single? 😉',
      'wouldnt mind a private lesson with the PE teacher if u know what i mean',
      'the dad of one of my Year 3s is SO hot',
      'sexting the new PE teacher during briefing',
    ]);
    clean([
      'Send a photo of your child in their World Book Day costume',
      'She would smash it at the audition',
      'His reading is very developed for his age',
      'my daughter is still hot for 10 minutes after PE',
      'Is she single? Asking for my brother',
      'My dad is so hot after the fun run',
      'We talked to Year 6 about sexting and staying safe online',
    ]);
  });
});

describe('offensive language: a threat found on its last word is shown over its clause', () => {
  it('shows "a lesson he won\'t forget" and "or else" with what comes before them in the sentence', () => {
    expect(spansIn("Lovely post. Someone needs to teach that boy a lesson he won't forget")).toEqual(["Someone needs to teach that boy a lesson he won't forget"]);
    expect(spansIn('keep ur kid away from mine or else')).toEqual(['keep ur kid away from mine or else']);
    // a slur is shown on its own
    expect(findingsIn('what a retard').filter((f) => f.category === 'hate').map((f) => 'what a retard'.slice(f.start, f.end))).toEqual(['retard']);
  });

  it('shows a threat found on its last two or three words from its clause, not from before a quotation or a colon', () => {
    expect(spansIn('Whoever keyed my car in the school car park, I will find you')).toEqual(['Whoever keyed my car in the school car park, I will find you']);
    expect(spansIn('To the parent who keyed my car: I will find you')).toEqual(['I will find you']);
    expect(spansIn('Pupils were sent messages saying "ur dead 2moro" and we have told the police')).toEqual(['ur dead 2moro']);
    // an emoji ends a thought as a full stop does
    expect(spansIn('bro thinks hes safe 💀 i got ur addy, ur 4 mins from my house, pullin up irl')).toEqual(['i got ur addy, ur 4 mins from my house, pullin up irl']);
  });
});

describe('offensive language: one highlight for overlapping phrases of one category', () => {
  it('joins an insult found as aimed at a person and at a named person into one finding over both', () => {
    const text = 'Honestly Mrs Cole is useless';
    expect(findingsIn(text)).toMatchObject([{ category: 'bullying', severity: 'block' }]);
    expect(spansIn(text)).toEqual(['Mrs Cole is useless']);
    expect(spansIn('My colleague is a lazy, useless waste of space')).toEqual(['My colleague is a lazy, useless waste of space']);
  });

  it('keeps the stronger severity, and keeps findings of different categories apart', () => {
    const found = findingsIn('that sexy mum at pickup');
    expect(found).toMatchObject([{ category: 'sexual', severity: 'block' }]);
    expect(spansIn('I will kick your f***ing head in').length).toBeGreaterThanOrEqual(2);
  });
});

describe('offensive language: a hidden letter read two ways', () => {
  it('reports the stronger reading once: "f*cking" is strong language, though "fecking" is mild', () => {
    const found = findingsIn("You're a f*cking idiot").filter((f) => f.category === 'profanity');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'block', reason: 'Strong language.' });
    expect(findingsIn('Fecking rain again').filter((f) => f.category === 'profanity')[0]).toMatchObject({ severity: 'warning' });
  });
});

describe('offensive language: incitement to self-harm as a text message writes it', () => {
  it('finds "ur self" in two words, "urslf" without its vowels, and "rope" as the verb', () => {
    has('threat', ['kill ur self', 'kll urslf', 'go kil urslf', 'rope yourself', 'just rope urself lol']);
    has('bullying', ['kill ur self', 'rope yourself']);
  });

  it('leaves roping someone in to help alone', () => {
    clean(['Why not rope yourself in to help at the summer fair?', 'Rope yourself into the tug of war team!', "Don't kill yourself over the homework, it's only a draft"]);
  });
});

describe('offensive language: exclusion, family taunts and blackmail, as children say them', () => {
  it('finds exclusion and taunts about a child\'s family', () => {
    has('bullying', [
      'no one wants to sit with you at lunch',
      "we all voted and you're the most hated person in the year",
      'your mum must be so ashamed of you',
      "you're adopted that's why your real mum didn't want you",
      'your dad left because of you',
      "she's such an attention seeker",
    ]);
    clean(['Your mum must be so proud of you!', 'Nobody wants to sit with you and not talk, so join in at lunch', 'His real dad wants to come to the nativity']);
  });

  it('finds a threat to share pictures or messages unless someone does as they are told', () => {
    has('threat', ['if you tell anyone i\'ll share the pics', 'send more or i\'ll post your pics', "i'll leak your nudes", 'if u block me ill send everyone ur screenshots']);
    clean(["I'll share the pics from sports day tomorrow", 'Remember to log in or I\'ll send the messages again', "If you tell us your email, we'll send the photos", "We'll post the photos on the website"]);
  });
});

describe('offensive language: a parent\'s menace to staff, from a probe list', () => {
  it('finds menace to a person, a home and a career', () => {
    has('threat', [
      "you won't be teaching much longer after i'm done with you",
      'you lot will pay for this',
      "i'm going to come up to the school and sort this out myself",
      "i'll get my brothers to come down",
      'ill get my cousins on you',
      'i hope your house burns down',
      'hope his car gets torched',
    ]);
    has('bullying', ["i'll have your job", "i'll ruin your career"]);
  });

  it('leaves offers, payments and help alone', () => {
    clean([
      "When I'm done with your form, I'll post it back",
      "We'll pay for the coach",
      'The PTA will pay for the coach',
      "I'll get my brother to come down for the assembly",
      "I'll get my dad to come in and help with the fair",
      "I hope the school doesn't burn down",
      "You'll have your job back by Monday",
      "I'd love to have your job",
      "I'm coming up to the school to sort out the forms",
    ]);
  });
});

describe('offensive language: the grooming lines safeguarding training warns of', () => {
  it('warns of secrecy, pictures, gifts and a child alone', () => {
    for (const text of [
      'send me a pic of you in your uniform',
      'our little secret ok',
      'delete these messages after you read them',
      'i can buy you a new phone if you keep this between us',
      "you're so mature for your age",
      'are you home alone',
    ]) {
      expect(findingsIn(text), text).toEqual([expect.objectContaining({ category: 'sexual', severity: 'warning' })]);
    }
  });

  it('leaves surprises, praise and the holiday club alone', () => {
    clean([
      "Keep it between us till the party, Mrs Khan doesn't know",
      'She is very mature for her age',
      'Are you home alone at half term? The holiday club has places',
      'Send me a photo of you in your costume for the display please',
      'Our little secret: the play has a special guest',
      "We can meet at the gates and I'll give you a lift to the match",
    ]);
  });
});

describe('offensive language: threats in slang and set phrases, from a probe list', () => {
  it('warns of them', () => {
    for (const text of ['im gonna smoke him', 'im coming for your head', "you'll be in a wheelchair when i'm done", "i'll find out where you live", "your family isn't safe"]) {
      expect(categoriesIn(text), text).toContain('threat');
    }
  });

  it('leaves salmon, road safety, the fair and Santa alone', () => {
    clean(["We're going to smoke the salmon in DT", "Your kids aren't safe on that road", 'We\'ll find out where the fair is', 'Santa is coming for your family photo']);
  });
});

describe('offensive language: threats to the school itself, and doxxing, from a probe list', () => {
  it('finds them', () => {
    has('threat', [
      'there will be a shooting at oakfield on monday',
      "there's gonna be a bomb at the school tomorrow",
      "don't come to school tomorrow if you want to live",
      "i've planted something in the hall",
      "i'm going to leak the teachers' home addresses",
      "i'll post her address online",
    ]);
  });

  it('leaves photo shoots, healthy living, gardening, egg hunts and venues alone', () => {
    clean([
      'There will be a shooting of the class photos on Monday',
      'If you want to live a healthy life, eat your greens',
      "We've planted something in the garden, can you guess?",
      "I've hidden something in the hall for the egg hunt",
      "I'll post the address of the venue",
      "We'll share the teachers' phone numbers with the PTA",
    ]);
  });
});

describe('offensive language: "manwhore"', () => {
  it('is a sexual insult, as "whore" is', () => {
    has('sexual', ["he's a manwhore", 'total manwhores the lot of them']);
  });
});

describe('offensive language: "gaylord", a playground slur that is also a name', () => {
  it('warns of it, as a name may be meant', () => {
    const found = findingsIn('stop being such a gaylord').filter((f) => f.category === 'hate');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning' });
  });
});

describe('offensive language: a word split by a space', () => {
  it('reads the two halves as one word where they are not both English words', () => {
    has('profanity', ['fu ck off', 'what a c unt', 'you fu cking idiot']);
    has('hate', ['ret ard']);
    has('threat', ['ki ll yourself', 'go d ie', 'h ang yourself']);
  });

  it('leaves two English words that happen to spell one alone, and a split across punctuation', () => {
    clean(['Your pen is on the desk', 'Who re-sent the letter?', 'We went to the Scun thorpe show', 'Mrs Khan will be in', 'fu, ck and the rest of the alphabet song']);
  });

  it('leaves a surprise\'s "it\'s a secret!" alone, and still warns of "it\'s our secret"', () => {
    clean(["It's a secret!", "Who is our mystery reader? It's a secret."]);
    expect(categoriesIn("it's our secret x")).toEqual(['sexual']);
  });
});

describe('offensive language: a phrase spelt out letter by letter with "all" or "favour" in it', () => {
  it('breaks the letters into the phrase\'s words, "all" (stream "al") among them', () => {
    has('threat', ['d o u s a l l a f a v o u r a n d d i e']);
    has('bullying', ['w e  a l l  h a t e  y o u']);
  });
});

describe('offensive language: a disguised word that reads as two words of the phrases', () => {
  it('reads its sentence both ways: "wh*re" as "whore" and as "where"', () => {
    // the first reading is the lexicon's most used word ("whore", "love", "slob", "lives"); each sentence is read
    // again with every choice of the other words its disguises can be, so the threat is found as well
    expect(categoriesIn('i kn*w wh*re y*u l*ve')).toEqual(expect.arrayContaining(['threat', 'sexual']));
    expect(categoriesIn('i kn*w wh*re the teacher l*ves')).toContain('threat');
    has('threat', ['i will s**b you', 'I will st*b you after school']);
    has('bullying', ['nobody l**es you']);
  });

  it('reports a finding of the other reading where the text holds it, in the sentence it stands in', () => {
    const text = 'Lovely day at the fair. i kn*w wh*re y*u l*ve.';
    const threat = findingsIn(text).find((f) => f.category === 'threat');
    expect(threat && text.slice(threat.start, threat.end)).toBe('i kn*w wh*re y*u l*ve');
  });

  it('reads a sentence of many such words three at a time, every way', () => {
    // six disguises that each read two ways: not 63 readings of the sentence, but every choice for each three side by side
    expect(categoriesIn('honestly i kn*w wh*re y*u l*ve and wh*re y*u w*rk')).toContain('threat');
    expect(categoriesIn('we kn*w wh*re y*u l*ve mate')).toContain('threat');
  });

  it('reads a text at most 24 other ways, however many disguises it holds', () => {
    const text = Array.from({ length: 40 }, () => 'wh*re y*u').join(' ');
    expect(tokenise(prepare(text, 'comment').folded).otherReadings()).toHaveLength(24);
  });

  it('finds nothing in a disguised word whose other reading is innocent', () => {
    clean(['i l*ve you all', 'we l*ve our school', 'Can you b*lieve it?']);
  });
});

describe('offensive language: obfuscation', () => {
  const strong = (text: string, span: string) => {
    const f = findingsIn(text).filter((x) => x.category === 'profanity');
    expect(f, text).toHaveLength(1);
    expect(text.slice(f[0]!.start, f[0]!.end)).toBe(span);
  };

  it('reads the letters of "fancy text" sites, boxed and circled letters, and a misspelling made to slip past a filter', () => {
    strong('you are a ᑕᑌᑎT', 'ᑕᑌᑎT');
    strong('you are a 🅲🆄🅽🆃', '🅲🆄🅽🆃');
    strong('you are a ¢ʊηт', '¢ʊηт');
    strong('fμck off', 'fμck');
    strong('you are a kunt', 'kunt');
  });

  it('reads l33t', () => {
    strong('what a load of sh1t', 'sh1t');
    strong('5h17 happens', '5h17');
    strong('you @$$hole', '@$$hole');
    // an "@" before letters is a mention, unless what follows holds what no username does
    strong('what an @r$eh0|e', '@r$eh0|e');
    strong('total @h0|e', '@h0|e');
    clean(['Thank you @sarah!', 'Well done @tom_b and @the.pta', 'Follow @oakfield_pta for updates']);
    // an "!" after a word in l33t may be its last letter, where that spells a listed word whole
    expect(categoriesIn('what a hent@!')).toEqual(['sexual']);
    expect(findingsIn('shut up you p@k!').filter((f) => f.category === 'hate')).toMatchObject([{ severity: 'block' }]);
    clean(['Gr8 news!', 'Y3 won!', 'See you @ 3!', 'Wh@t a day!']);
    expect(categoriesIn('n1gg3r')).toEqual(['hate']);
    expect(categoriesIn('p0rn')).toEqual(['sexual']);
  });

  it('reads a word written all in digits but a letter as the listed word it spells whole, and leaves numbers and codes', () => {
    strong('what a 70553r', '70553r');
    // a warning that says how it was read, as a reference could spell one by chance
    expect(findingsIn('a f49907')).toMatchObject([{ category: 'hate', severity: 'warning', reason: expect.stringContaining('written in digits') }]);
    expect(categoriesIn('n1994 please')).toEqual(['hate']);
    expect(categoriesIn('caught 5h4991n9 behind the shed')).toEqual(['sexual']);
    // digits alone are a number, and a code that spells a listed word only in part is a code
    clean(['Call 80085 for the office', 'The 1990s disco is on Friday', 'Room 4b5, 2nd floor', 'Order ref 7175a55x', 'Swimming 10000m sponsored total: 455']);
  });

  it('reads a vowel swapped for a look-alike symbol and a word with three hidden letters', () => {
    strong('what a load of b@ll0cks', 'b@ll0cks');
    strong('F***ing shattered', 'F***ing');
  });

  it('warns about abbreviations of strong language', () => {
    for (const text of ['FFS not again', 'Ofsted next week. FML.', 'wtaf is this'])
      expect(findingsIn(text), text).toMatchObject([{ category: 'profanity', severity: 'warning' }]);
    expect(findingsIn('gtfo')).toMatchObject([{ category: 'profanity', severity: 'block' }]);
  });

  it('finds an insult said after a comma, with no "is a": "pathetic excuse for a teacher"', () => {
    expect(categoriesIn('Mr Lloyd should be ashamed of himself, pathetic excuse for a teacher')).toContain('bullying');
    clean(['What a poor excuse for a car park', 'That is no excuse for a late homework']);
  });

  it('finds "thick" said the long way round, and that someone is no oil painting', () => {
    has('bullying', ["he's a few sandwiches short of a picnic", 'not the sharpest tool in the box, that one', "she's no oil painting", "the lights are on but nobody's home with that TA"]);
    clean(['We were a few chairs short of a full hall', 'Not the brightest day for sports day, bring coats!']);
  });

  it('reads a family or a team with the plural verb, as British English does: "that family are scum"', () => {
    expect(categoriesIn('that family are scum, always have been')).toContain('bullying');
    clean(['that family are lovely, we miss them']);
  });

  it('finds someone behaving like a prick: strong language aimed at a person, so bullying too', () => {
    expect(categoriesIn('stop acting like a prick').sort()).toEqual(['bullying', 'profanity']);
  });

  it('sees through symbols inside a word', () => {
    strong('oh f*ck', 'f*ck');
    strong('this is sh!t', 'sh!t');
    strong('f.u.c.k this', 'f.u.c.k');
    strong('f**k off', 'f**k');
    strong('a tw@t', 'tw@t');
  });

  it('joins spaced-out letters and points at all of them', () => {
    strong('well f u c k that', 'f u c k');
    expect(findingsIn('k i l l yourself').map((f) => f.category).sort()).toEqual(['bullying', 'threat']);
  });

  it('looks up each word that spaced-out letters spell, where they spell several', () => {
    expect(findingsIn('s e n d n u d e s').map((f) => f.category)).toContain('sexual');
    expect(findingsIn('w h a t a s l a g').map((f) => f.category)).toContain('sexual');
    expect(findingsIn('k y s u sad little man').map((f) => f.category)).toContain('threat');
    clean(['G O O D L U C K Year 6', 'W E L L D O N E everyone', 'S E E Y O U S O O N', 'B E S T W I S H E S from all of us']);
  });

  it('reads repeated letters', () => {
    strong('fuuuuuck', 'fuuuuuck');
    strong('shiiiiit!', 'shiiiiit');
  });

  it('reads a phrase whose words are starred or in l33t symbols as the phrase (eval:obfuscation, phrases)', () => {
    has('threat', ['k*ll yourself', 'i w*ll k*ll y*u', 'go h*ng y*urself', 'k!|| y0ur$e|f', 'go h@ng y0ur$e|f', 'i w!|| $t@b y0u', 'n*ck y*urself']);
    has('bullying', ['y*u f*t c*w']);
    // a phrase spelt out letter by letter, and in capitals with stars
    has('threat', ['honestly, i w i l l k i l l y o u', 'I W * L L K * L L Y * U', 'i k n o w w h e r e y o u l i v e']);
    clean(['H A P P Y  B I R T H D A Y Mrs Cole!', "There's no I in T E A M", 'B I N G O tonight at 7']);
    // letters each with a full stop: the last stop is one of them, not a sentence's end
    has('hate', ['go b. a. c. k. to y. o. u. r. o. w. n. c. o. u. n. t. r. y.']);
    has('bullying', ['y. o. u. a. r. e. so u. g. l. y.']);
    clean(['Thank you to the P. T. F. A. for the new books.']);
    // a word no phrase holds keeps its star: "st*rs" is not made a word it is not
    clean(['five st*rs for the school play', "don't forget your PE kit", 'we\'ve got 10 tickets left']);
  });

  it('reads repeated letters in a word that is also another word with a plural ending ("fuk" + "es", "thot" + "s")', () => {
    strong('well fuuuukeeeed that up', 'fuuuukeeeed');
    expect(categoriesIn('a pack of thotssss')).toContain('sexual');
    expect(categoriesIn('the polakssss are back')).toContain('hate');
    // a plural ending itself still takes no repeats: "assess" is not "asses"
    clean(['we assess every pupil each term', 'the assessor visits on Monday']);
  });

  it('reads a star between every two letters as a separator, as dots are', () => {
    strong('f*u*c*k this', 'f*u*c*k');
    expect(categoriesIn('you n*i*g')).toContain('hate');
    clean(['12 pupils got A*A*A this year', 'Play B*I*N*G*O at the fair', 'our trip to S*C*U*N*T*H*O*R*P*E', 'the score was 5*4*3']);
  });

  it('reads a last letter starred after four letters, but not a form\'s required fields or a footnote', () => {
    expect(categoriesIn('stupid bitc*')).toContain('profanity');
    expect(categoriesIn('you lot are nigge*')).toContain('hate');
    clean(['Name* Sex* Phone* Email* (* required)', 'Terms and conditions apply*', 'Friday* (*weather permitting)', 'Class 5* were superstars']);
  });

  it('reads a last letter starred after three letters only where they are no word and begin none but a listed one', () => {
    expect(categoriesIn('you absolute fuc*')).toContain('profanity');
    expect(categoriesIn('what a twa* he is')).toContain('profanity');
    expect(categoriesIn('go back home pak*')).toContain('hate');
    // a word ("Sex*", "Age*"), or letters that begin an English word as well ("shi*": ship, "wan*": want), stay clean
    clean([
      'Name* Sex* DOB* Age* Tel* Mob* Ref* Fee* (* required)',
      'Open Mon* Tue* Wed* Thu* Fri* Sat* Sun* (*term time only)',
      'Jan* Feb* Mar* Apr* Jun* Jul* Aug* Sep* Oct* Nov* Dec* (*provisional)',
      'PTA* KS1* Yr6* Mrs* Rev* Qty* VAT* SEN* DSL* Cup* Kit* Bus* Art* Gym* Pen* Cap* Dad*',
      'shi* happens', 'dic* game', 'sla* bang',
    ]);
  });

  it('reads "|" for an l at the start of a word and "@" for an a at its end, but not a bar between words or an address', () => {
    expect(categoriesIn('what a |ezzer')).toContain('hate');
    // a bar then more l33t ("|!" for "li"), where letters follow
    expect(categoriesIn('n0b0dy |!ke$ y0u')).toContain('bullying');
    strong('kurw@ mac', 'kurw@');
    clean(['Bring: pencils | rulers | glue', '|Name|Year|House|', 'Email office@school.org or @Oakfield', 'Score |!! 3', 'Options |1|2|3|']);
  });

  it('folds look-alike letters and ignores invisible characters', () => {
    strong('fuсk', 'fuсk'); // Cyrillic с
    strong('fu\u200Bck off', 'fu\u200Bck');
    strong('ｆｕｃｋ', 'ｆｕｃｋ');
  });

  it('reads a Cyrillic у among Latin letters as the u it is written for, and leaves y words and Russian alone', () => {
    strong('f\u0443cking typical', 'f\u0443cking');
    strong('you absolute c\u0443nt', 'c\u0443nt');
    // and as the y it also looks like
    expect(findingsIn('stupid ugl\u0443 cow').map((f) => f.category)).toContain('bullying');
    // it folds to y, and a y is no u: Cynthia and the fyke net of the fens are clean
    expect(findingsIn('Cynthia brought a fyke net.')).toEqual([]);
    expect(findingsIn('\u0443 меня есть кот')).toEqual([]);
  });

  it('points at the original text when emoji come first', () => {
    strong('🎉🎉 sh*t', 'sh*t');
  });
});

describe('offensive language: the Scunthorpe problem', () => {
  const traps = [
    'Scunthorpe', 'Penistone', 'Essex', 'Sussex', 'Middlesex', 'class', 'classic', 'assess', 'assassin', 'bass', 'cocktail', 'cockpit',
    'Hancock', 'Dickens', 'analysis', 'therapist', 'grape', 'shitake', 'shiitake', 'Matsushita', 'arsenal', 'Arsenal', 'scrap', 'document',
  ];
  for (const word of traps) {
    it(`leaves "${word}" alone`, () => {
      expect(findingsIn(`Our trip: ${word}.`)).toEqual([]);
    });
  }

  it('leaves the pricks of a hedgehog alone, but not a person called a prick', () => {
    expect(findingsIn('Feel the pricks of a hedgehog')).toEqual([]);
    expect(findingsIn('that prick of a needle')).toEqual([]);
    expect(categoriesIn("you're a prick").sort()).toEqual(['bullying', 'profanity']);
    expect(categoriesIn('If that prick from the school run cuts me up again').sort()).toEqual(['bullying', 'profanity']);
  });

  it('finds menace said without a word of harm, but not the same words said kindly', () => {
    for (const text of ['your days are numbered', "there'll be trouble if my son is in detention again", 'things will get nasty if nobody listens', "don't make me come down there", "one more word from her and she's getting it", "I'll make sure he never walks again", "i'll do time for that teacher", 'I will find you', "you're going to get what you deserve"])
      expect(categoriesIn(text), text).toEqual(['threat']);
    for (const text of ["There'll be trouble finding parking on sports day", 'Things will get messy at the paint party!', "He's getting it for his birthday", "I'll find you a seat at the concert", "I'll make sure he never forgets his PE kit again"])
      expect(findingsIn(text), text).toEqual([]);
  });

  it('finds the f-word spelt by sound, by its first letter, and in look-alike letters', () => {
    for (const text of ['phuck this school', 'ƒuck off', 'eff off', 'go f yourself', 'just f off', 'bollox to this'])
      expect(categoriesIn(text), text).toEqual(['profanity']);
    expect(findingsIn('I got an F off the teacher for my spelling')).toEqual([]);
  });

  it('finds sexting asked for, "hoe" as an insult, a sexual rumour and "shagging"; not the garden tool or a cock pheasant', () => {
    for (const text of ['u up? wanna sext', 'ur such a hoe', 'shut up hoe', "she's easy, everyone's had her", "half the year's had her lol", 'they were shagging in the toilets'])
      expect(categoriesIn(text), text).toContain('sexual');
    for (const text of [
      'Year 2 used a hoe to weed the vegetable patch',
      'your hoe is in the shed',
      "Everyone's had her for maths at some point, she's brilliant",
      'Talk to your child about sexting and what to do if asked for pictures',
      'Year 3 spotted a cock pheasant on the field. Can anyone tell us how to tell the cock from the hen?',
    ])
      expect(findingsIn(text), text).toEqual([]);
  });

  it('finds "gypped", a disease blamed on a people, a holy book to burn and women sent to the kitchen; not their look-alikes', () => {
    for (const text of ['Got gypped at the car boot', 'it was the Chinese virus that did it', 'burn the Koran', 'women belong in the kitchen', 'get back in the kitchen and make me a sandwich'])
      expect(categoriesIn(text), text).toEqual(['hate']);
    for (const text of [
      'My son asked why people say "gypped" when they\'ve been cheated, and why we don\'t say it.',
      'Year 5 made sandwiches in the kitchen',
      'get back in the kitchen and finish the washing up you two',
      'Women in science: Year 6 learned about Rosalind Franklin',
    ])
      expect(findingsIn(text), text).toEqual([]);
  });

  it('finds a disability made an insult, Pride called grooming, a people made a type; not a TA advert or Polish food', () => {
    for (const text of ['are you special needs or something', 'the sped kids should have their own playground', 'Pride is grooming, simple as', 'typical black lad, always kicking off', 'another Eastern European scrounger'])
      expect(categoriesIn(text), text).toContain('hate');
    for (const text of [
      'Are you special needs trained? We are recruiting a TA',
      'Typical Polish food at our international evening',
      'Pride month: Year 6 learned about the history of the Pride march',
      'We welcomed an Eastern European family to Year 3',
      'the car sped off before I got the number plate',
    ])
      expect(findingsIn(text), text).toEqual([]);
  });

  it('finds extremism a school must report (Prevent), but not a history lesson, an RE lesson or a joke about homework', () => {
    for (const text of ['join the jihad against the kuffar', 'death to the infidels', 'race war now', 'we must secure the existence of our people', "Don't let your kids mix with the kuffar"])
      expect(categoriesIn(text), text).toContain('hate');
    expect(findingsIn('Britain First, take our country back')).toMatchObject([{ category: 'hate', severity: 'warning' }]);
    for (const text of [
      'Year 9 history: how the Nazis used the salute "Heil Hitler" as propaganda',
      'Death to homework! Just kidding, Year 6 have revision tonight',
      'In RE, Year 8 learned the greater jihad is the struggle against temptation',
    ])
      expect(findingsIn(text), text).toEqual([]);
  });

  it('does not take a class sent back to class, or home early, for people sent out of the country', () => {
    expect(categoriesIn('send the lot of them back in boxes')).toContain('hate');
    expect(categoriesIn('Send them all back on the Windrush.')).toContain('hate');
    for (const text of ['Send them all back to class, break is over!', 'We will send them all home early because of the snow']) {
      const rules = findingsIn(text).filter((f) => !f.reason.includes('a model learned'));
      expect(rules, text).toEqual([]);
    }
  });

  it('finds a child told they have no friends or will never be loved, left out, humiliated in pictures or rated; not a worried parent', () => {
    for (const text of ["you've got no friends", "he's got no dad lol", 'no one will ever love you', 'no one will miss you', 'nobody will ever love her', "let's all ignore him tomorrow", 'make a group chat without her', 'post that pic of her crying', 'rate her out of 10 lol', 'you absolute wally', 'you div'])
      expect(categoriesIn(text), text).toContain('bullying');
    for (const text of [
      "he's got no friends at his new school and it breaks my heart",
      'no one will ever love you like your mum does',
      "no one will miss her at the fair, she'll be on holiday",
      'No one would want her to miss out',
      "just ignore him when he's showing off, it works",
      "we'll have the party without her since she's ill",
      'Post that pic of the Year 6 play please',
      "You've got no PE today remember",
      'The HTML div tag wraps the page',
    ])
      expect(findingsIn(text), text).toEqual([]);
  });

  it('finds more grooming lines, and self-harm urged in other words; not a frog prince, scissors or a surprise', () => {
    for (const text of [
      'have you ever kissed anyone?',
      'are you wearing your uniform right now',
      "let's move this chat to snapchat",
      "add me on snap, I'm 15 too",
      "I'll give you £50 for a pic",
      "you can trust me, I'm not like other adults",
      "meet me at the park, just you, don't bring anyone",
      'have you started your period yet',
      'is your bedroom door locked',
    ])
      expect(categoriesIn(text), text).toContain('sexual');
    for (const text of ['you should starve yourself fatty', "why don't you just disappear forever"]) expect(categoriesIn(text), text).toContain('bullying');
    for (const text of [
      'Year 1 read The Frog Prince: have you ever kissed a frog?',
      'Are you wearing your uniform for the photo tomorrow?',
      "meet me at the park, don't bring anything, I've got snacks",
      'Please don\'t cut yourself on the new scissors',
      "Don't tell your mum, but the cake is for her birthday!",
      "I'll give you £5 for a pic of the raffle winners",
      'Disappear forever into a good book this World Book Day',
    ])
      expect(findingsIn(text), text).toEqual([]);
  });

  it('warns, for the DSL, where the writer may be thinking of harming themselves; not a laugh, a cut finger or dyed hair', () => {
    for (const text of [
      'I want to kill myself',
      'i just want to die',
      "I'm going to end it all tonight",
      'nobody would care if I was gone',
      "I've been cutting myself again",
      'everyone would be better off without me',
      'I wish I was dead',
      "I don't want to be alive anymore",
      'no one would miss me',
      'i dont wanna be here no more',
      'im done with life',
      "life isn't worth living anymore",
      'I took a load of pills last night',
      "I've written my goodbye letters",
      'i wish i could go to sleep and never wake up',
    ])
      expect(findingsIn(text), text).toMatchObject([{ category: 'threat', severity: 'warning', reason: expect.stringContaining('safeguarding lead') }]);
    for (const text of [
      'I nearly died laughing at the nativity',
      'I want to die of embarrassment, my son told his teacher about our holiday',
      'I could have killed myself laughing',
      'I cut myself on the new scissors',
      'I hurt myself on the climbing frame at the fun run',
      'I just want to die my hair pink for the charity day',
      'Nobody would care if I brought cake, would they? Just checking the rules',
      "life isn't worth living without coffee lol",
      'I took loads of pills for my migraine, better now',
      'Year 6 wrote goodbye letters to their teachers before moving up',
    ])
      expect(findingsIn(text), text).toEqual([]);
  });

  it('warns, for the DSL, where a child may be telling of harm done to them; not a dad\'s jokes or a late club', () => {
    for (const text of ["my dad hits me when he's drunk", 'my stepdad touches me and says not to tell', "mum's boyfriend locks me in my room", "I'm scared to go home", "there's no food at home and mum hasn't been back for two days"])
    {
      const threats = findingsIn(text).filter((f) => f.category === 'threat');
      expect(threats.length, text).toBeGreaterThan(0);
      for (const f of threats) expect(f, text).toMatchObject({ severity: 'warning', reason: expect.stringContaining('telling of harm') });
    }
    expect(categoriesIn('someone at school keeps sending me pictures of his private parts')).toEqual(['sexual']);
    for (const text of [
      'my dad hits me with his terrible jokes every morning',
      'my nan beats me at scrabble every time',
      "I'm scared to go home in the dark after late club, can we finish earlier?",
      "mum hasn't been back to the shop since",
      'my dad kicked me out of the kitchen so he could bake the cake',
    ])
      expect(findingsIn(text), text).toEqual([]);
  });

  it('finds "bitch" and "motherfucker" spelt as said or cut short', () => {
    for (const text of ['shut up biatch', 'who does that beeyatch think she is', 'that teacher is a mofo', "you mf'er"])
      expect(categoriesIn(text), text).toEqual(['profanity']);
    for (const text of ['Mo Farah visited Year 6', 'The MF radio band is on the science display']) expect(findingsIn(text), text).toEqual([]);
  });

  it('finds an adult approaching a child, and sexual talk of a body, but not a surprise or a coat rack', () => {
    for (const text of ['hey cutie how old are you? add me on snap', "don't tell your mum about our chats", 'what are you wearing right now', "your daughter's got a nice body for 11", 'Mrs Cole has a great rack', 'wanna hook up after the PTA meeting?', "she's gagging for it", "I'd give Mr Walsh one", 'the new dad is DILF material'])
      expect(categoriesIn(text), text).toContain('sexual');
    for (const text of ["It's our little secret what we're planning for Mother's Day!", "Don't tell your mum about the surprise", 'What are you wearing to the disco?', 'How old are you now, Year 6 leavers?', 'The coat rack is in the hall', "I'd give her one of my stickers", "Let's hook up the projector", 'They were wet and ready to go home after the splash party', 'the bike rack has a big bum bag on it'])
      expect(findingsIn(text), text).toEqual([]);
  });

  it('finds menace in set ways of saying it, but not the same words said of a kitten, a trip or a printer', () => {
    for (const text of ['lay a finger on him and you\'ll find out what happens', "one more exclusion and I'm coming in swinging", "I'll have you, you little scrote", "I'll put him six feet under", "you'll be pushing up daisies", "I'll get you back for this", 'catch you on your own and you\'re done', 'better not walk home alone', "I'll be outside your house tonight", "I've got a knife and I'm not afraid to use it", 'it\'d be a shame if something happened to your car', 'nice house, shame if it burned down', "I'll make your life a misery", 'gonna make him suffer', "you're gonna wish you were never born", "i'll go mental on him", "she'll know about it", "don't push me or I'll do something I regret", 'ill slap the taste out of your mouth', 'touch my daughter again and ur finished'])
      expect(categoriesIn(text), text).toContain('threat');
    for (const text of ['Who wants the kitten? I\'ll have him!', "I'll have you know we won", "I'll get you a drink", 'I\'ll get him at 3 from the gate', 'He put a finger on the map', "I'll be outside your house at 8 for the lift", "I've got a knife for the pumpkin carving", 'Such a shame if something happened to the trip', "you'll know about it when the letter comes", 'make your life easier with ParentPay', "I'm not afraid to use it, said Year 6 about the new printer", 'better not go alone to the toilets, take a buddy', 'Do it again and you\'re done!'])
      expect(findingsIn(text), text).toEqual([]);
  });

  it('finds slurs starred all but their first and last letters', () => {
    for (const text of ['that n***a', 'you n****r', 'f****t']) expect(categoriesIn(text), text).toContain('hate');
  });

  it('finds a phrase that starts inside another phrase of the same pattern', () => {
    expect(categoriesIn('you absolute bell end').sort()).toEqual(['bullying', 'profanity']);
  });

  it('leaves villages alone: Bell End, Crapstone', () => {
    for (const text of ['We stayed near Bell End in Worcestershire', 'Stopped in Crapstone on the way to Plymouth']) expect(findingsIn(text), text).toEqual([]);
    expect(categoriesIn('you absolute bell end')).toContain('profanity');
  });

  it('leaves innocent phrases that contain a listed word alone', () => {
    for (const text of ['Dick Whittington is our panto', 'blue tits at the feeder', 'Offa’s Dyke walk', 'a field of oilseed rape', 'Cock-a-doodle-doo!', 'graduated magna cum laude', 'fire retardant', 'the A55 is closed', 'sniggering at the back', 'Homo sapiens'])
      expect(findingsIn(text), text).toEqual([]);
  });

  it('leaves innocent words alone that read as a listed one once a doubled letter is folded or a plural read (eval:innocent-words)', () => {
    clean([
      'Year 6 rapped their times tables and are rapping at the concert',
      'Woops! The mishit ball went over the fence again; no more mishitting',
      'The poorness of the harvest led to famine',
      'Pollack and chips on Friday, then jolly japes',
      'The curry had too many spices',
      'The mongooses at the zoo were asleep',
      'a feckless excuse and a damning report',
      'the fire retarding force, and a flame retarder',
      'the bastardisation of the rules',
      'a cock and bull story',
      'our trip to Chorlton-cum-Hardy',
      'the trip to Hockwold cum Wilton',
      'a kitchen-cum-diner',
    ]);
    has('sexual', ['cum on my face', 'covered in cum']);
    // the words themselves are still found
    has('sexual', ['she was raped']);
    has('hate', ['go home you wops', 'the polacks next door', 'bloody spics']);
    has('profanity', ['well shit', 'feck off']);
  });

  it('still finds the plural of a short word, but not a word that merely looks like it', () => {
    expect(spansIn('kick their asses')).toEqual(['asses']);
    expect(findingsIn('she assesses the class')).toEqual([]);
  });
});

describe('offensive language: a school extends the lexicon', () => {
  it('finds a local slur the school adds, and its obfuscations', () => {
    const local = rules({ add: [{ term: 'grockle', category: 'hate' }] }).build(aRoster());
    expect(local(prepare('go home gr0ckle', 'comment'))).toMatchObject([{ category: 'hate', severity: 'block', start: 8, end: 15 }]);
  });

  it('finds a phrase the school adds', () => {
    const local = rules({ add: [{ term: 'meet me at the gates', category: 'threat' }] }).build(aRoster());
    expect(local(prepare('Meet me at the gates, loser', 'comment')).map((f) => f.category)).toContain('threat');
  });

  it("keeps one school's own words to that school, though checkers with the same words share what they have looked up", () => {
    const strict = rules({ add: [{ term: 'wazzock', category: 'profanity' }] });
    const text = prepare('What a wazzock', 'comment');
    expect(strict.build(aRoster())(text).map((f) => f.category)).toEqual(['profanity']);
    expect(rules({}).build(aRoster())(text)).toEqual([]);
    // rebuilt for a changed roster, the school's words still count
    expect(strict.build(aRoster([['Ava', 'Wood']]))(text).map((f) => f.category)).toEqual(['profanity']);
    expect(rules({ add: [{ term: 'wazzock', category: 'profanity' }] }).build(aRoster())(text).map((f) => f.category)).toEqual(['profanity']);
  });

  it('allows a word or phrase the school says is fine there', () => {
    const local = rules({ allow: ['bloody', 'moby dick'] }).build(aRoster());
    expect(local(prepare('Bloody Mary and Moby Dick', 'comment'))).toEqual([]);
  });
});

describe('offensive language: families from the third held-out set', () => {
  const school = rules().build(aRoster([['Mia', 'Khan'], ['Oliver', 'Price'], ['Tom', 'Hill']]));
  const found = (text: string) => school(prepare(text, 'comment'));
  const cats = (text: string) => [...new Set(found(text).map((f) => f.category))];
  const has = (category: string, texts: string[]) => {
    for (const text of texts) expect(cats(text), text).toContain(category);
  };
  const clean = (texts: string[]) => {
    for (const text of texts) expect(found(text), text).toEqual([]);
  };

  it('finds an insult aimed at a pupil named with an initial, however the name is disguised', () => {
    has('bullying', ['Mia K is a nasty little liar', 'Oliver P is such a tosser', 'Mia K is such a fake, everyone says so', 'Oliver P stinks of wee', 'Mi\u200Ba K is a smelly cow', 'Міа K is a two-faced liar']);
    expect(cats('Oliver P is such a tosser').sort()).toEqual(['bullying', 'profanity']);
    // a slur aimed at one named person is hate and bullying, spaced-out letters and their article read apart
    expect(cats('Mia K walks like a s p a z').sort()).toEqual(['bullying', 'hate']);
    expect(cats('Tom throws like a sp@z lol').sort()).toEqual(['bullying', 'hate']);
    clean(['Mia K is a star', 'Oliver P is a pig in the play', 'Mia smells of paint after art', 'Oliver runs like the wind', 'Mia K looks like a princess', 'Tom H is the best reader in Year 4']);
  });

  it('finds a roster name said to look or smell like something, as the stream spells those verbs', () => {
    has('bullying', ['Hill smells like a wet dog', 'Tom looks a right idiot']);
  });

  it('finds insults aimed at a relation or a member of staff described by role', () => {
    has('bullying', [
      'their son is a spoilt little brat',
      'Your daughter is a little sh*t',
      "My neighbour's husband is a spineless coward",
      'the office lady is a power-mad witch',
      'The deputy head is a jumped-up nobody',
      'That boy in 6C is a nasty little thug',
      'Mrs Cole is incompetent and everyone knows it',
    ]);
    clean(['My son is a little star', 'The new deputy head is a breath of fresh air', 'That child in 4B is a superstar', 'Your daughter is a little ray of sunshine', 'The head is incompetent at tennis, she told us herself']);
  });

  it('leaves the medical names of cerebral palsy alone, but not the slur', () => {
    clean(['My son has spastic diplegia and the new ramp means he can get on stage', 'Spastic paraplegia is the name of my condition, not an insult', 'She has spastic cerebral palsy and loves swimming']);
    expect(cats('you spastic').sort()).toEqual(['bullying', 'hate']);
  });

  it('finds violence promised by saying words will not be used, a weapon with a name on it, and an injury promised', () => {
    has('threat', [
      "If the school won't deal with the boy who hit my son, my husband will, and he won't be using words.",
      'My brothers will be having a word with that teacher. They are not big on talking.',
      "I've got a baseball bat with that dinner lady's name on it",
      "One day I'm going to follow him home and make sure he never smiles again.",
      'Mark my words, that school will be a pile of ash by Christmas.',
      "That smug cow will need her teeth fixing once I'm done with her.",
      'That PE teacher is going to learn the hard way what a broken nose feels like.',
      'How would Mr R feel if his little girl came home with a black eye? Not nice, is it.',
    ]);
    clean([
      'Tom is not big on talking, but he loves drawing.',
      'Our class were not using words today, just mime!',
      'The hamster will need his teeth trimming at the vet.',
      'My son came home with a black eye after rugby, all fine.',
      'The old mill burnt down in 1901 and was a pile of rubble for years.',
    ]);
  });

  it('finds the personality or brains of a wet lettuce, but not the personality of a class or a pet', () => {
    has('bullying', ['The supply teacher has the charisma of a wet lettuce', 'he has the brains of a goldfish', 'She has the personality of a soggy dishcloth']);
    clean(['We loved seeing the personality of the class shine through in the assembly', 'Our class pet has the personality of a dog, not a cat!']);
  });

  it('finds an insult reported as said to someone, but not a name, a title or a book', () => {
    has('bullying', ['she was called a fat cow by another parent', 'someone called him a useless idiot in the car park', 'The lollipop man was called "a bloody muppet" this morning']);
    clean(['My son was called a stupid name at lunch and was upset', 'He was called a star by the coach', 'Our class book is called A Dog Called Flow']);
  });

  it('finds mockery of "the fat one", and name-calling placed by where someone works, but not a farm or a costume', () => {
    expect(found('look at the state of that ugly one in the middle')).toMatchObject([{ category: 'bullying', severity: 'warning' }]);
    has('bullying', ['This smug git at reception needs sacking', 'that lazy cow in the office never answers', 'that useless pillock who runs the PTA']);
    clean(['Look at the state of the little one after forest school!', 'That fat pig in the barn is called Wilbur', 'That little witch costume is adorable']);
  });

  it('finds a relation damned along with the person just insulted, but not a cold that is even worse', () => {
    has('bullying', ['That girl is a liar and her mum is even worse', 'he is such a tosser. His dad is just as bad']);
    clean(['Her cold is bad and her sister is even worse', 'Tom is a star and his brother is even better']);
  });

  it('treats a slur said as an exclamation as bullying too, but not a slur used of a decision', () => {
    for (const text of ['what a spaz lol', 'such a retard.']) expect(cats(text).sort(), text).toEqual(['bullying', 'hate']);
    expect(cats('What a spastic decision to close the school')).toEqual(['hate']);
    expect(cats("you're such a s p a z")).toContain('hate');
  });

  it('finds death or injury promised to someone else, but not "dead keen", a dead pet or a dentist', () => {
    has('threat', ["She's dead when I get hold of her", "he's dead meat", "tell them they're dead after school", "she'll be eating her dinner through a straw", "they'll need dental records when I'm done with him"]);
    expect(found("You'd better hope I don't catch you")).toMatchObject([{ category: 'threat', severity: 'warning' }]);
    for (const text of ['Mr Dale better hope our paths never cross in a dark car park', 'he wants to hope I never find out which road he lives on', 'whoever grassed her up had better hope their name never gets out', "you'd better hope the street lights on your road keep working"]) {
      expect(found(text), text).toMatchObject([{ category: 'threat', severity: 'warning' }]);
    }
    clean(["You'd better hope it doesn't rain on sports day!", 'We better hope our paths cross at the fair, I owe you a coffee']);
    expect(found("I'll be waiting outside for that teacher and he'll be sorry")).toMatchObject([{ category: 'threat', severity: 'warning' }]);
    clean([
      "He's dead keen to join the choir",
      "Our hamster Biscuit? He's dead. The children made him a card.",
      "They're dead after school from running the cross-country!",
      "I'll be waiting at the gate for the Year 2 children tomorrow, please be on time",
      "Daisy wouldn't wear her coat, she'll regret it",
      "He'll be eating through a straw for a few days after the dentist, so soup please",
      "You'll need a new face mask for the trip",
      "We hope we don't see any more litter in the playground",
    ]);
  });

  it('finds a group said to be all the same, not to fit in, to steal or not to bother with English', () => {
    has('hate', [
      'Immigrants are all the same',
      "Refugees don't even try to fit in",
      'the gypsies will steal anything',
      'Eastern Europeans who live on the estate will nick anything',
      "they won't learn English, these people",
      "These families can't be bothered to learn the language",
    ]);
    clean([
      'Muslims are all welcome at our Eid celebration',
      'The travellers who visited on Monday told us stories about their culture',
      "The new pupils can't speak English yet, so we have a buddy system",
      "Their parents can't speak English, so we translate letters",
      "My son can't be bothered to learn his times tables",
      'The Romans would steal everything, Year 4 learned',
    ]);
  });

  it('finds innuendo about a teacher, sexual dreams, slang for nudes and selling explicit pictures', () => {
    has('sexual', [
      'Miss Reid can punish me any time',
      'Mr Price can give me private lessons whenever',
      "Mrs Cole is so fit, I'd give her one lol",
      'send noodz pls',
      'our spicy pics are uncensored',
      'Check out my 18+ pics, link in bio',
      'had a steamy dream about the caretaker',
      'naughty single mums in your area',
      'horny local wives want to meet you',
    ]);
    clean([
      'Private lessons available from the music service',
      'Mrs Cole can give your child private lessons on the violin',
      "I'd give her one of my stickers",
      "I'd happily stay behind for detention duty, Mr Walsh",
      'Year 5 wrote about their dreams for the future',
      'Our 18+ volunteers need a DBS check',
      'Please send your photos to the office',
    ]);
  });

  it('leaves faggots on the dinner menu and a pornstar martini at the PTA bar alone', () => {
    clean(['Wednesday: faggots, peas and gravy', 'Faggots and chips on Friday', 'Two pornstar martini cocktails for the raffle winners']);
    expect(cats('Pride assembly? f@gs everywhere')).toEqual(['hate']);
    expect(cats('watching porn stars')).toEqual(['sexual']);
  });
});

describe('offensive language: families from the eighth held-out set', () => {

  it('finds Scottish, Irish and Northern swearing', () => {
    has('profanity', ['fook me the queue at the gate', 'pishing down again on sports day', 'an arsey woman on reception', 'that ref is a total fud']);
    clean(['the fudge sale raised £40', 'a pisharoo costume for book day']);
  });

  it('finds regional threats, weapons brought back, fires with people inside and cars stripped overnight', () => {
    has('threat', [
      "I'll bray that lad all round the field",
      'am gonnae stick the heid on that janny',
      "you're getting wet up if I see you by the shops",
      "he'd wring her neck if she did it again",
      "they said they'd come back with a bat next time",
      'a cricket bat in my car with your name on it',
      'that school will go up in flames one of these nights',
      "I'll set fire to his van with him inside",
      "Your car won't have any wheels left by Monday",
      "She won't be so brave when I catch her at the gate",
      "he'll be waiting at the gate and it won't be for a chat",
      'he said he knew which car was mine',
      'u r d3ad m8 when i c u',
      "he'll have my windows put through",
    ]);
    clean([
      'The donkeys were braying all through the nativity',
      'We will come back with a bat and ball for rounders',
      'The Great Fire of London: the city went up in flames in 1666',
      'Dad set fire to the barbecue with the sausages inside',
      'I know which car is mine, thanks, the red one',
      "We'll pop in next week, it won't be for long",
    ]);
  });

  it('finds insults said as a name, mocking nicknames, slights by role and insults reported as said', () => {
    has('bullying', [
      'kys ugly',
      'shut up fatty',
      'look at him 😂 pizza face',
      'that arsey receptionist again',
      'a certain lazy Year 6 teacher',
      'he told me I was a useless little girl',
      'one mum said I was a right battle-axe',
      'the dad who shouted at the gate is a nasty piece of work',
      'she has the IQ of a house brick',
      'his mum is an absolute state',
      'nobody would even miss u',
      'Mr Walsh is a massive bender',
      'keep that tranny away from my kids',
    ]);
    clean([
      'The receptionist was lovely on the phone',
      'a lazy Sunday in the garden',
      'Year 6 Macbeth: a certain lazy porter steals the show',
      'he told me I was a natural at netball',
      'the state of the roads this winter',
      'shut up shop early for the holidays',
      'The rude word list is in the PSHE pack',
    ]);
  });

  it('finds transphobia, vermin comparisons, conspiracy and sending people back, but not lessons about them', () => {
    has('hate', [
      'a man in a dress is still a man',
      'a bloke with a beard is not a woman',
      'trans women are men',
      'those refugee families are like rats',
      'the jews run the council',
      'Asylum seekers in the kitchen? They should all be sent back, every last one',
      "children have been using 'bender' as an insult",
    ]);
    clean([
      'Year 5 dressed as Tudors: a man in a dress is a panto tradition',
      'Rats are like cockroaches: they survive anywhere',
      'The council runs the leisure centre',
      'Forms should all be sent back by Friday',
      'a fender bender in the car park',
      'he went on a bender after the wedding',
    ]);
  });

  it('finds approaches to children and leering remarks about staff', () => {
    has('sexual', [
      'which of the girls in the front row is single',
      'which one of those girls has got snapchat?',
      'send pics of the girls in their swimming costumes',
      'your daughter is stunning for 10, would love to chat, inbox me',
      'the new Year 3 teacher can keep me behind any time',
      'bet the caretaker is good with his hands',
      'is the new supply teacher single? asking for a friend',
    ]);
    clean([
      'Which of the girls in the front row won the relay?',
      'Please send pictures of the girls in their costumes to the office for the newsletter',
      'Mrs Cole can keep me behind any time to help with the display!',
      'He is good with his hands: a real DT star',
    ]);
  });
});

describe('offensive language: families from the ninth held-out set', () => {

  it('finds harm in regional and street words, and harm coming to someone described at length', () => {
    has('threat', [
      "ur gettin merked after school",
      "our kid'll bost his yed",
      "ah'll hoy him ower the wall",
      "I'm gonna bang him out",
      "I'll drive right through you",
      "I'll knock him into the road",
      'that dad wants his head caving in',
      'the lad who nicked my phone is getting dipped',
      'hope someone jumps that teacher on her way home',
      "I'll go round and smash every window in it",
      'hope someone puts a brick through her windscreen',
      'hope the head falls down the stairs',
      'hope the caretaker who binned my post chokes on it',
      'I hope his car gets keyed',
    ]);
    clean([
      'the fish is getting dipped in batter',
      "I'll drive you into school tomorrow",
      'Hope nobody falls asleep in assembly',
      'hope she gets her car back soon',
      'Bang on time, well done Year 6',
    ]);
  });

  it('finds injury promised, property threatened and menace without a harm word', () => {
    has('threat', [
      "she'll be picking her teeth up off the floor",
      "he's getting a sore face",
      'that lad is getting a box in the gob',
      'next one gets a cricket bat round the head',
      "they'll be eating their steering wheel",
      "she said she'd have my kneecaps",
      'touch my car again and your windows are going in',
      'lovely house, shame if the windows went through',
      'teach the head a lesson he will never forget',
      'burn it down.',
      'Consider yourself warned',
      "keep talking, you'll see what happens",
      "This isn't over.",
      "you'll be sorry mate",
      'sleep with one eye open',
      'wait till I see you tomorrow',
      "it's on sight with him",
      'gonna catch u lackin',
      'karma is coming for you and so am I',
      "tell him to bring his mates, we'll have something for them",
      'my brothers are already looking for you',
      'I know what time Mrs Cole leaves on a Friday',
      "we'll be paying you a visit",
      'she should check her brake pipes',
      'he better not be at the bus stop monday',
      "I'll have him, mun",
      "I'll give him something to cry about",
      "I'll shut it for him permanently",
      'the next kid who does that is going out the window',
      'ima f i n d u',
      'someone wants to put a match to that school',
      'someone needs to burn the academy to the ground',
      'his van won\'t have any tyres by Monday',
      "she'd pour boiling water on her",
      'he is getting his jaw broke',
    ]);
    clean([
      "Consider yourself warned: the cake stall sells out fast!",
      'Mix the vinegar and soda and see what happens',
      "Don't worry, this isn't over yet, there's a second half",
      "You'll be sorry to hear Mrs Cole is leaving",
      "Can't wait till I see you at the party",
      'My brothers are looking for a new flat',
      'I know what time the bus leaves',
      "We'll be paying a visit to the museum",
      'Please check your tyres before the trip',
      "I'll have him on Tuesday after school",
      'The rules are going out the window this week, it is Christmas',
      'Pour boiling water on the pasta',
      'The Great Fire burned the city to the ground',
      'Light a match to the candle carefully',
    ]);
  });

  it('finds self-harm wished on someone, as threat and bullying when it is aimed', () => {
    expect(categoriesIn('go play on the M5 hun').sort()).toEqual(['bullying', 'threat']);
    expect(categoriesIn('do everyone a favour and jump').sort()).toEqual(['bullying', 'threat']);
    expect(categoriesIn('nobody would even notice if u disappeared').sort()).toEqual(['bullying', 'threat']);
    expect(categoriesIn('some people should do the world a favour and top themselves')).toEqual(['threat']);
    expect(categoriesIn('the world would be a better place without you in it')).toContain('threat');
    has('threat', ['go k*ll ur$elf']);
    clean(['We went to play on the beach', 'Do everyone a favour and jump in the pool first to test it', 'Nobody would notice if you swapped the biscuits']);
  });

  it('finds a prick pointed at, a request for a girl\u2019s Instagram, and leaves faggots day alone', () => {
    has('profanity', ['that wee prick that scratched my car']);
    has('sexual', ["the blonde one at the back, what's her insta"]);
    clean(['200 kids and it is faggots day at lunch', 'that prick of a needle']);
  });
});

describe('offensive language: families from the tenth and eleventh held-out sets', () => {

  it("finds pupils' threats in their own words, and not a hair-tearing morning, a cuppa or a coffee morning", () => {
    has('threat', [
      'gonna grab her after school and stamp on her face',
      'if they cancel the trip im rearranging faces',
      'im putting sumn in the maths teachers coffee',
      'gonna shoot up the dining hall tmrw',
      'gonna ching him after school',
    ]);
    clean([
      "I'm going to rip my hair out if I see one more email",
      'Can you put milk in his tea and sugar in hers',
      "We're putting something in the teachers' coffee morning raffle!",
      'Year 3 spent the morning rearranging the faces of the clock',
      'Oakfield will shoot up the league tables this year',
    ]);
    // a racist simile is hate, not a threat to the school
    expect(categoriesIn('fr he looks like hes about to blow up the canteen')).not.toContain('threat');
  });

  it('finds hate codes that name no group, and not the same numbers in a lesson or a total', () => {
    has('hate', ['13% of the population, 50% of the crime. Do the maths', 'Six million? The numbers don\'t add up', '88 to all the lads who remember']);
    clean([
      'Year 6 learned that 13% of the population of the village work on farms and 50% of the crops are wheat.',
      'The Holocaust murdered six million Jews; Year 9 will visit the museum.',
      'We raised £88 to everyone\'s delight',
    ]);
  });

  it('finds coded numbers, slogans, conspiracy, denial and slur phrases', () => {
    has('hate', [
      'that 1488 on the wall',
      'proud to be british. 88',
      "it's ok to be white",
      'white genocide is real',
      'globalist bankers behind it all',
      'the Rothschilds run the world',
      'never a word about who owns the central banks',
      'the holocaust was exaggerated',
      'a boy called him a towel head',
      'curry munchers everywhere',
      'monkey noises from the crowd',
      'more monkeys than kids in that photo',
      'he came over on a dinghy',
      "they're here to take over",
      'this country is being taken over by muslims',
      'another excuse for the left-footers',
      'n*g n*g in a BMW',
      'called me a tinker to my face',
      'fenian scum',
      'ur such a fagit',
      'the caravans are back at pikeyville',
      'someone should burn the mosque down',
      "if they build one of them mosques in Thornbury like they've been talking about, someone should burn it down",
      'Someone should put a brick through the gurdwara window',
      'no b e n d e r assembly for my kid',
      'the new dinner supervisor is an it not a she',
    ]);
    clean([
      'The 88 bus stops outside school',
      '88 days till the holidays!',
      'Holocaust Memorial Day: Year 6 heard from a survivor',
      'Tinker Bell and Peter Pan in the Year 2 play',
      'Dad likes to tinker with the car',
      'Scope started life as The Spastics Society',
      'Is it the faggots or the fish on Thursday?',
      'a recipe for faggots and peas',
      'The Dutch use dykes to hold back the sea',
      'The monkeys at the zoo were the highlight',
      // a report of a crime against a place of worship (set 39)
      'A man was given a suspended sentence for threatening to burn down the mosque in Kingswood.',
      'the photo of the bender in the river',
    ]);
  });

  it('finds a people damned in more shapes, and "go back to Poland" wherever it stands', () => {
    has('hate', [
      'every muslim man is a groomer',
      'Sikh men all carry knives',
      'Black lads round here are all drug dealers',
      'autistic kids are just naughty kids with a label',
      'Roma kids should have their own class',
      'travellers shouldnt get school places',
      'those traveller families drag the whole class down',
      'these travellers will be robbing the school by Friday',
      'Catholics are all kiddie fiddlers',
      'trans is a mental illness',
      'trans women are just blokes in wigs',
      '@Agnieszka go back to poland if u dont like it',
      "If you don't like our traditions go back to Pakistan",
    ]);
    clean([
      "We'll go back to Poland for Christmas",
      "Can't wait to go back to India to see Nani",
      'Every Muslim family is welcome at the Eid breakfast',
      'Sikh men wear the kara',
      'Travellers should get school places like anyone',
    ]);
  });

  it('finds threats of harm for a month, at a known address, a grin slapped off, hands broken', () => {
    has('threat', [
      "he won't walk straight for a month",
      'I know you live at 14 Alder Close',
      "someone should slap that smug grin off the head's face",
      'if he touches my son again ill be waiting for him',
      'hope whoever did it gets their hands broken',
      "I'm going up there and dragging him out by his ears",
      "hope someone keys that head's car",
      "I'll be down there Monday to sort you out",
    ]);
    clean(['My knee is bad, I won\'t walk properly for a week', 'Wipe that paint off your face before the photo', 'drag the files out of the folder']);
  });

  it('finds mockery of one person without a name for them', () => {
    has('bullying', [
      'did her mum dress her in the dark?',
      'does Mrs Ingram own a hairbrush',
      'got his teaching degree out of a Christmas cracker',
      "couldn't spell his own name",
      'the new receptionist needs a personality transplant',
      "even his own girlfriend can't stand him",
      "he's got no mates",
      'here comes two dinners',
      'you look like a sofa',
      "the janny's a pure fanny",
      "that principal's an absolute gobshite",
      'that r3tard in the wheelchair',
    ]);
    clean(['We got dressed in the dark for the stargazing trip', 'Does anyone own a hairbrush I can borrow for the play?', 'Year 6 made Christmas crackers']);
  });

  it('finds grooming-like approaches: secrecy, an age asked with a chat offered, pictures and gifts', () => {
    has('sexual', [
      'send me a pic in ur PE kit, keep it our secret',
      "don't tell your mum",
      "parents don't need to know",
      'how old r u? wanna chat on insta',
      'send me a pic of urself',
      'i can send u robux if u send me a pic',
      'girls want to earn money modelling?',
      'inbox me her snap',
      'she looks way older than year 6',
      'lonely man, want private chat?',
      'meet at the skate park on his own',
      'Miss Cole sucks d*ck',
      'can bend me over the bonnet any day',
      'everyone knows they are at it in the stock cupboard',
      'some proper little hotties in year 6',
      'that year 6 girl has a better body than my missus',
    ]);
    clean([
      "It's our little secret what we're planning for Mother's Day!",
      "Don't tell your mum yet, it's a surprise for her birthday",
      'How old are you turning this year?',
      'Send me a photo of the rota please',
    ]);
  });

  it('finds regional and abbreviated swearing', () => {
    has('profanity', ['what tf is this', 'that bollix of a caretaker', 'fookin hell', 'some bawbag on the PTA', 'jfc people', 'kurwa, the gate again', 'boring af fml', 'effing ridiculous', 'pishin it doon']);
    clean(['a fanny pack for the trip', 'sweet Fanny Adams', 'AF the Air Force cadets']);
  });
});

describe('offensive language: slurs and slogans from the fourteenth held-out set', () => {
  it('finds slurs for Poles, the Irish, Travellers, disabled and trans people', () => {
    has('hate', ['the polaks on our street have nine to a house', 'typical bogtrotter, cant count', 'a load of didicoys on the rec', 'the new parking app was clearly built by flids', 'that troon in the office']);
    clean(['We had a lovely week in Troon, Ayrshire', 'Royal Troon is hosting the Open', 'Polish pupils led our European languages day']);
  });

  it('finds the slurs and sayings sets 35 to 39 used that the list lacked, and leaves their look-alikes alone', () => {
    has('hate', ['knacker kids kicking a ball at my car', 'should go back to Pakiland', 'as much use as the sp@ccy kids', 'a bit light on his loafers', 'as bent as a nine bob note', 'eid mubarak to the goat botherers', 'the g¥pos are on the rob again']);
    clean(["The old horse went to the knacker's yard in 1952", "I'm knackered after the fun run", 'The goat at the farm bothered the sheep', 'He is very light on his feet in the dance show', 'Prices from ¥500 at the Japan stall']);
  });

  it('finds slogans and dog whistles, and slur phrases with no slur word', () => {
    has('hate', ['Enoch was right.', 'Deus vult', 'remove kebab', 'Proud of my heritage. WPWW', 'The happy merchants must be paying for these posts', "Londonistan's coming to Thornbury", 'Half the kids at Oakers are fresh off the boat', 'the gay agenda in schools has gone too far', 'bud bud ding ding all day long', 'cow piss drinkers running the assembly', 'Shame the religion of peace keeps blowing people up', 'take that rag off your head']);
    clean(['Islam is a religion of peace, Year 5 learned in RE', 'The boat was fresh off the slipway', 'Our agenda for the governors meeting is attached', 'A curry night for the PTA']);
  });
});

describe('offensive language: threats from the fourteenth held-out set', () => {
  it('finds self-harm told in slang, pills and an open bridge', () => {
    has('threat', ['commit sewer slide', 'go have a toaster bath Karen', 'alt f4 ur life u absolute bot', 'do us all a favour and take the whole packet', 'honestly the Clifton suspension bridge is open 24/7 for people like you', 'just self-delete already']);
    clean(['Messages self-delete after a day on that app', 'Take the whole packet of crisps to the picnic', 'The bridge is open 24 hours for cyclists', 'The sewer tour was fascinating']);
  });

  it('reads "off yourself" as self-harm only when told, not "of yourself" (set 11)', () => {
    has('threat', ['just off urself', 'go off yourself mate', 'u should off urself']);
    clean(['Take care of yourself x', 'You should be so proud of yourself!', 'Look after all of yourselves this half term.']);
    expect(categoriesIn('i can send u robux if u send me a pic of urself')).not.toContain('threat');
  });

  it('finds self-harm urged as what the writer would do in someone\'s place (sets 37 and 38)', () => {
    has('threat', ["If I were you I'd neck the whole bottle of sleeping pills and not wake up", "if I was as thick as him I'd have jumped off a tall bridge by now"]);
    clean(["If I were you I'd take the whole box, the brownies are lovely", "If I was you I'd take the whole lot of them to the tip", "If I were as tall as him I'd have found a high shelf for it"]);
  });

  it('finds a beating told as coming, with when or where', () => {
    has('threat', ['that kid in 6B getting jumped after school no cap', 'u r g3tt1ng b4tt3r3d m0nd4y']);
    clean(["We're getting battered on Saturday by the league leaders", 'Our team kept getting jumped at the corners in netball']);
  });

  it('finds arson wished on a place or told as coming', () => {
    has('threat', ['That camp by the A38 wants a match putting to it', 'oakfield getting torched this weekend watch', 'this school needs shutting. b u r n i t d o w n']);
    clean(['I got torched by the sun on sports day', 'Year 2 burnt down their cardboard Pudding Lane for the Great Fire of London']);
  });

  it('finds knowing where someone works, or which school their children go to', () => {
    has('threat', ['bitch we know where u work', 'we know your kids go to St Marys']);
  });
});

describe('offensive language: a slur that is also a sport', () => {
  it('reads "sambo" as the martial art where its company says so', () => {
    clean(['Gold at the South West sambo championships! Sambo is a Russian martial art a bit like judo.']);
    has('hate', ['he called him a sambo on the bus', 'that sambo is a thief', 'Honestly, sambo is all I have to say']);
  });
});

describe('offensive language: menace in set phrases, from sets 12 and 14', () => {
  it('finds the phrases', () => {
    has('threat', [
      "enjoy your last week miss. your card's marked",
      'Nice car Mrs Talbot. Be a shame if something happened to it while you\u2019re at work',
      "You won't see it coming, Mr Booth.",
      "Enjoy the house while it's still standing mate",
      'Ee wants to watch isself',
      'you better pray i dont see you at the summer fair',
      "ah'll find ye and ye'll be eatin through a straw",
      'Found out where that TA lives.',
      'go neck a bottle of pills and do us all a favour',
      'he would put him in the ground',
      'ur ded 2moz dont even bother hidin',
      'me and the boys will be at the gates friday',
    ]);
  });

  it('leaves their look-alikes alone', () => {
    clean([
      'Your cards are marked and back in your trays',
      "It would be a shame if anything happened to stop the fair, so book early",
      "Take a bottle of water on the trip",
      'The old oak is still standing after the storm',
      'Watch yourself on the ice this morning!',
      'We found out where the owl lives on our nature walk',
      'The bulbs go in the ground in October',
    ]);
  });
});

describe('offensive language: look-alikes from the sixteenth held-out set', () => {
  it('leaves birds, soup, turf, places, painters and breast checks alone', () => {
    clean([
      '3 coal tits and a family of long-tailed tits on the new feeders',
      'If you spot tits or sparrows moving in, please tell the office',
      'Day trip to Lundy: puffins, seals and a shag drying its wings on the rocks',
      'Some of you asked what "cock-a-leekie" is',
      'Turned the first sod for the new wildlife garden today',
      'Year 5 have already found Phuket, Fukuoka and Marseille on the map',
      // rude-sounding places a geography quiz names, and Lady Macbeth
      'Year 5 geography challenge: find Wetwang, Bitchfield and Great Cockup on a map of Britain!',
      'Went to Twatt on Orkney on holiday, the kids thought the sign was hilarious.',
      'Titty Ho in Northamptonshire is a real place.',
      'Slutshole Lane is in Suffolk, believe it or not.',
      'Year 9 walked round all week shouting "Out, damned spot!"',
      'street scenes in the style of Camille Pissarro',
      'your monthly reminder to check your boobs (and pecs!)',
      // the nativity's donkey, a dog in season, and a hymn's damned (sets 11 and 35)
      'Front row for the infant nativity: an ox, an ass, a very wobbly angel and a shepherd.',
      'We need Marys, Josephs, shepherds, three kings and at least one ass – the donkey costume is ready!',
      'Our bitch is in season so no walks on the common for a fortnight.',
      '30 kids in a hall playing dodgeball with the fury of the damned.',
      // the safeguarding guidance's own words
      'This week in PSHE: 4. Nudes and sextortion. This is difficult to talk about.',
      'Please read the guidance on sharing nudes and semi-nudes.',
      // and as safeguarding posts and training name it, a topic or a report
      'Brilliant CPD today on nudes on Snapchat and sextortion scams.',
      'If your child has been asked to send nudes, don\'t panic: contact the school or CEOP.',
      'Our online safety evening covers sexting, grooming and sharing nudes.',
      // a sentence a safeguarding word makes the topic of (sets 19 and 34)
      'Online safety course done ✅ I now know more about Roblox chat, nudes on Snapchat and sextortion scams than I ever wanted to.',
      'In RSE we will cover what to do if they come across pornography or are sent a nude image online.',
    ]);
    has('sexual', ['nice tits', 'wanna shag', 'send nudes babe', 'send me nudes or else', 'u got any nudes', 'send nudes x online safety lol']);
    has('profanity', ['kiss my ass', 'what an ass', 'sod off', 'what a load of piss', 'u absolute twatt', 'damned kids', 'what a bitch']);
    // in the other languages families write in
    has('profanity', ['ja pierdolę, again no hot lunch?', 'Caralho, school closed for snow??', 'Ten parking jest do dupy', 'Bhenchod traffic on the A38 again', 'Putain, the school photo is £22', 'Ffycin hell, a flat tyre']);
    clean(['Merci beaucoup for the lovely puppets!', 'We learnt to count to ten in Polish, Portuguese and Punjabi.', 'Our trip to Pula in Croatia was amazing.']);
  });
});

describe('offensive language: a school\u2019s own phrase with symbols in it', () => {
  it('is found, whatever characters it holds', () => {
    const check = rules({ add: [{ term: 'the (little) git face {lol}?', category: 'bullying' }] }).build(aRoster());
    expect(check(prepare('you are the little git face lol of year 6', 'comment')).map((f) => f.category)).toContain('bullying');
  });

  it('is found disguised, as the lexicon\'s own phrases are: its words are read as the school wrote them', () => {
    // "allotments" is no word of the lexicon's: only the school's phrase says what "allotm*nts" hides
    const check = rules({ add: [{ term: 'wait by the allotments', category: 'threat' }] }).build(aRoster());
    const found = (text: string) => check(prepare(text, 'comment')).map((f) => f.category);
    expect(found('wait by the allotments on thursday')).toContain('threat');
    for (const disguised of ['wait by the allotm*nts on thursday', 'w a i t b y t h e a l l o t m e n t s']) {
      expect(found(disguised), disguised).toContain('threat');
    }
    // a school without the phrase reads the same words as they are
    expect(rules().build(aRoster())(prepare('wait by the allotm*nts on thursday', 'comment')).map((f) => f.category)).not.toContain('threat');
  });

  it('runs, rather than throws, on a phrase whose source the trigger reader cannot read', () => {
    expect(new PhraseIndex(['kil (?<name>[a-z]+) now', 'a{2,}b'], 0, (b) => b).size).toBe(2);
  });
});

describe('offensive language: what the twelfth held-out set still missed', () => {
  it('finds slur phrases with no slur word in them', () => {
    has('hate', [
      'jungle bunnies in the reception photo',
      'another family of them asylum spongers in the flats',
      'school run surrounded by bin bags with eyes',
      'half that class look like they just came down from the trees',
      'the lad in year 3 with the tea cosy on his head',
      'typical fenian rat',
      'They referred to her as "a bloke in a wig"',
      "the school let a bloke who thinks he's a woman teach Year 2",
      'describing asylum-seeking families as "cockroaches"',
    ]);
    clean([
      'The pantomime dame is a bloke in a wig and we loved it',
      'Widow Twankey is always a man in a dress',
      'The Fenian Rising of 1867 is on the GCSE syllabus',
      'Knitted tea cosy on sale at the PTA stall',
      'Year 1 found a family of bunnies in the jungle gym',
      'The Victorian asylum was filthy and full of disease',
    ]);
  });

  it('finds a people rounded up, sent back or gassed', () => {
    has('hate', ['round the lot of them up, stick them back on the dinghy', 'gas the lot of em', 'Someone should send the lot of them back in boxes']);
    has('threat', ['gas the lot of em']);
    clean(['We rounded them all up for the class photo', 'round the kids up for the bus', 'The parcels were sent back in boxes', 'Bake the lot at gas mark 6 for 40 minutes']);
  });

  it('finds threats in slang and set phrases', () => {
    has('threat', [
      'whoever been chatting bout my mum better stay off the endz, man will get wet',
      'if anyone chats to my sister again ur getting dashed in the river',
      'things happen to grasses round here',
      'u dnt kno wen 2 stop do u. 1 day sum1 will shut that mouth 4 u',
      'the school would go up lovely with a can of unleaded and one match',
      "my fella's just got out and he's dying to meet the headmaster",
      'tell walsh he wants to be careful walkin to his car tonight',
      'tbh the world would be better if u just stopped breathing',
    ]);
    clean([
      'The bonfire will go up a treat with all the dry wood',
      'Please tell your children they need to be careful walking home now the nights are darker',
      'tell your son he wants to be careful walking home, the path is icy',
      'We fished a football out after it got chucked in the river',
      'The man will get wet if he stands by the splash zone',
      "Grandad has just got out of hospital and he's dying to meet the new baby",
      'The world would be better without single-use plastic',
    ]);
  });
});

describe('offensive language: mockery with no insult word, from sets 13 and 16', () => {
  it('finds mockery of how someone looks, learns or thinks of themselves', () => {
    has('bullying', [
      'lmaooo tom looks like a thumb',
      "Walshy's new haircut makes him look like a thumb 😂 love you mate",
      'Mum at the gate today with lips so overfilled she looked like a startled haddock',
      "Gemma's new fringe makes her look like a Lego man",
      'oh well done Archie, only took you three years to learn to read',
      "how is Esme A in the top group, she can't even spell her own name",
      'toby g thinks hes hard but hes literally 4ft',
      'a certain colleague has the memory of a goldfish',
      'One of my Year 5s is so dense light bends around him.',
    ]);
    clean([
      'Mia looked like a real pumpkin in her costume for World Book Day!',
      'Year 2 made him look like a scarecrow for the harvest play',
      'Oliver looks like a pro on the ball',
      'The clouds look like a sheep',
      'It only took us three weeks to learn to read music',
      "He can't even spell his own name yet, so we are starting with phonics",
      'She thinks she is funny and she is!',
    ]);
  });
});

describe('offensive language: threats and hate the fourteenth held-out set still missed', () => {
  it('finds threats in gaming and drill slang and in set phrases', () => {
    has('threat', [
      'we spin the block where that teacher lives',
      'lmao imma 360 no scope that ref irl',
      'gg ez. now log off before i find ur house',
      "Mr Hughes won't be walking out of that building the same way he walked in.",
      "I'll bate the head off that principal so I will",
      'If again he touch my son, his father and uncles will come and deal with him.',
      'the severn bridge is that way 👉 off you pop',
      'the site by the ring road wants burning out, caravans and all',
    ]);
    clean([
      'We had to spin the block three times to find parking',
      'He no-scoped the boss in Fortnite',
      'The children walked out of the hall the same way they walked in, silently',
      'The bridge is that way, you cannot miss it',
      'My uncles will come and sort out the garden on Saturday',
      'Beat the eggs and sugar until pale',
    ]);
  });

  it('finds a people damned without a slur', () => {
    has('hate', [
      'the roma kids have nits and nick stuff',
      "trans kids don't exist",
      'disabled kids in mainstream is why standards are in the toilet',
      'Men in wigs have no business near children.',
      'Send the lot of them home',
      "Give it twenty years and it's sharia for all of us",
      'Special schools exist for a reason, put them there.',
      "They send the kids out to rob, it's in their culture",
      'Keep your degeneracy away from five year olds.',
      'Normal families only',
      'Half of them needed an interpreter and the other half smelt like a curry house.',
    ]);
    clean([
      'Music is in their blood: the family have played in the brass band for years',
      'The kids smelt of curry after the Diwali cooking lesson and loved it',
      'Polish parents are welcome to learn English at our Tuesday class',
      'Autistic children have their own quiet room at lunchtime',
    ]);
  });
});

describe('offensive language: common menace and prejudice in their usual wordings', () => {
  it('finds menace', () => {
    has('threat', [
      "he won't know what hit him",
      'keep looking over your shoulder',
      'count your days',
      "I'll make you wish you'd never been born",
      "someone's going to get seriously hurt and it won't be my kid",
      'watch yourself, miss',
    ]);
    clean(['Watch yourself on the ice this morning', 'Count the days until the summer fair!', 'She looked over her shoulder and waved']);
  });

  it('finds menace by what someone should mind, and a threat that says it is no complaint (2026-12-08)', () => {
    has('threat', [
      'I hope Mr Grant has good insurance on that car of his.',
      "I hope you've got fully comprehensive insurance.",
      'Mrs Cole should be careful crossing that road of a night.',
      'Your windows are very easy to break, Mr Hill.',
      "She'll be needing more than a plaster when I'm done.",
      "Miss Hall won't be teaching much longer if I have anything to do with it, and I don't mean a complaint.",
      "Tell the head I said hello. She'll know what it means.",
      "That teacher needs to be taught some respect, and I'm the one to do it.",
    ]);
    clean([
      'I hope everyone has travel insurance for the ski trip.',
      'I hope the school has good insurance for the trampoline.',
      'Children should be careful crossing the road in the dark.',
      'You should be careful walking home on your own in the dark, there have been muggings.',
      "The old windows are easy to break, please don't lean on them.",
      'That graze needs more than a plaster.',
      "When I say we'll fight this, I don't mean a petition.",
      "If you're worried, come and talk to us. I don't mean a complaint, just a chat.",
      'Tell Mrs Price I said hello, she taught me in 1995!',
      "She'll know what it means when she opens the card.",
      "My son needs to be taught times tables properly and I'm the one to do it, so send the sheets home.",
    ]);
  });

  it('finds stock menace that says no harm outright (2026-12-08)', () => {
    has('threat', ['People have gone missing for less.', "It's only a matter of time before someone teaches that head a lesson.", 'Watch your step, Mr Hunt.', 'Teachers have ended up in hospital for less']);
    clean([
      "It's only a matter of time before someone gets hurt on that crossing.",
      'Watch your step on the ice by the gate.',
      'The old boiler is on borrowed time, we need a new one.',
      "Mrs Jones's days as head are numbered if Ofsted read this.",
      'We had a lesson on people who went missing at sea for less than a week',
    ]);
  });

  it('finds prejudice in its usual openings and claims', () => {
    has('hate', [
      "I'm not racist but there are too many foreigners at this school",
      "we don't want your sort round here",
      'they come here and take our houses',
      "she only got the job because she's black",
      "I'd never let my son play with a gypsy kid",
      'the school has gone woke, teaching kids to be gay',
      'typical muslim',
      'they should all be deported',
      'those travellers will rob you blind',
      'autistic kids are just badly behaved',
    ]);
    clean(['I am not a doctor but he looked fine', 'Our sort code has changed', 'Robin Hood would rob you blind', 'Typical Polish weather for the fair']);
  });
});

describe('offensive language: a second probe list of everyday menace and prejudice', () => {
  it('finds menace', () => {
    has('threat', [
      'ur gonna get it at hometime',
      "we're gonna jump him at the park",
      "I've seen where your kids go to school",
      "you won't be smiling for long",
      "you'll be eating hospital food",
      "we'll see how brave you are when you're on your own",
      'better not show your face at the fair',
      "i'll fix you good",
      'im going to end ur career and then ur life',
    ]);
    clean(["We're going to jump in the pool at the end", "You're going to get it at the office", "He'll jump them on the trampoline at break", 'We will end the day with a picnic']);
  });

  it('finds the dare with whoever it is aimed at, and a smile that will not last', () => {
    has('threat', [
      "Let's see how brave the deputy is when there's no receptionist between us",
      "We'll see how brave he is in the car park without his lanyard",
      'see how hard that PE teacher is without the whistle',
      'Keep laughing sir, while you still can',
    ]);
    clean(["Let's see how brave the Year 3s are on the climbing wall!", 'See how big the sunflowers are after half term', 'Laughing all the way home after the panto 😂']);
  });

  it('finds prejudice', () => {
    has('hate', [
      "bet the dad's on benefits and has four wives",
      "can't move for burqas at the school gate",
      "it's like Kabul at pick up time",
      'i miss when this school was english',
      "you can't change your gender, it's a mental disorder",
      'muslims hate us and want us dead',
      'the council give the asylum seekers everything and we get nothing',
      'polish builders taking all our jobs',
      'just another migrant scrounger',
      "they're not even human",
      "it's an invasion",
      'the nigerians are all scammers',
      'somalis are all on benefits',
      'why are we celebrating eid, this is a christian country',
    ]);
    clean(['Pride month starts with a rainbow assembly', 'Henry VIII had six wives', 'The sheikh in our story has four wives', 'An invasion of ladybirds in Year 1!']);
  });
});

describe('offensive language: a line break ends a sentence', () => {
  it('reads the replies of a pasted thread apart', () => {
    const w = tokenise(prepare('> Crisp packets everywhere 🙄\n> its the secondary kids\nlast line', 'comment').folded);
    expect(w.stream.text).toBe('crisp packets everywhere . its the secondary kids . last line');
  });
});

describe('offensive language: faggots the food and fags the cigarettes, from sets 13 and 20', () => {
  it('leaves the dinner menu and the smoker alone, and still hears the slur', () => {
    clean(['Spotted dick AND faggots in one week? Best menu ever', 'who knew faggots and gravy would be such a hit at school dinners', 'The new supply in Year 3 stinks of fags']);
    has('hate', ['a bunch of fags']);
  });
});

describe('offensive language: threats the eighteenth held-out set missed', () => {
  it('finds them', () => {
    has('threat', [
      "Sort it out before I do.",
      "Ow abaht I come up there an' smack yer 'ead in, bab?",
      "Mi a go buss him head if him trouble mi pickney one more time.",
      "Tell yon janitor if he grabs ma wean again ah'll burst his mooth fur him.",
      "If school not stop him I will come myself and I will broke his legs, then he stop.",
      "Nice little blue Fiesta Miss Cole parks round the back. Would hate for anything to happen to it, or to her on the walk to it.",
      "ur dead monday, dont even bother comin in",
      "gg ez now uninstall ur life",
      "might leave a little present in the book bag trolley tomorrow, see how fast u lot can evacuate",
      "If nobody from the school call me today, tomorrow I come with my brothers and we resolve this our way.",
      "the A38's that way, go and have a lie down in the fast lane",
      "Mark my words, you lot will regret this.",
      "Your kids walk home on their own, don't they",
      "Funny how quick accidents happen on that bridge by the school.",
      "Ten minutes alone with that lunchtime supervisor is all I'd need.",
      "u talk big on xbox live. there's no respawn irl lil bro",
      "If Kieran microwaves fish in the staffroom one more time I will hold him down and feed him the Tupperware",
      "if one more time this girls hit my daughter, I go to her house and speak with her mother, and not only speak.",
      "praying someone sets the school on fire before SATs",
      "I will personally strangle whoever thought a one-way system round the bins was a good idea.",
      "That woman keeps blocking my drive. Final warning.",
      "she's getting her big sister to smash her face in at the park on Saturday",
    ]);
  });

  it('leaves their look-alikes alone', () => {
    clean([
      'We would hate for anything to happen to the display, so please keep off',
      'Your kids walk home on their own, do they need a permission slip?',
      'We sorted it out before I did the register',
      'Year 2 wish someone would set the table for the tea party',
      'Our pupils learned how to hold the ball down and pass',
    ]);
  });
});

describe('offensive language: hate the eighteenth held-out set missed', () => {
  it('finds it', () => {
    has('hate', [
      "The caller described our Eid display as \"propaganda for little terrorists\".",
      "day of the rope can't come soon enough for the traitors",
      "some n1gg@ in a puffer jacket was hanging round the gate",
      "the goyim know 👃",
      "Travellers back on the field by the leisure centre. Lock up anything that isn't nailed down.",
      "Two men raising a child isn't a family, it's an experiment on the kid.",
      "There's no such thing as a trans kid, just mums who want attention on Facebook.",
      "Why should my kid's learning suffer so the school can babysit SEN kids who'll never hold down a job anyway?",
      "Genuine question: why are we tiptoeing round a religion that treats women like property?",
      "The uniform shop is absolutely jewing us on the price of a jumper.",
      "the lad with the pineapple on his head in year 3 keeps staring at my daughter",
      "got passed round three pajeets who couldnt understand a word",
      "Hope they're not serving dog at the Lunar New Year lunch 😂😂",
      "screaming at the summer fair again, typical thick Paddy",
      "Diversity is just a code word for anti-white. Simple as.",
      "If one sweet in ten in a bowl was poisoned, would you let your kids eat from it? Same goes for the new arrivals at the hotel.",
      "Mr Mahmood's a proper coconut, acts whiter than me",
      "is it true Roma families get paid for every kid they send in",
      "It's not about skin colour, it's about a culture that doesn't belong in Thornbury.",
      "More cultural enrichment at the bus station last night, two in hospital.",
      "Mrs Oduya is a DEI hire, no way she'd get the job otherwise.",
      "six million my arse, do the maths on the railway timetables",
      "this new parking system is retarted",
      "Gay teachers telling five year olds about their boyfriends is grooming, plain and simple.",
      "If the travellers come back to the field behind the school, someone should go down there with a few lads and a can of petrol.",
      "Not one English name on my son's class list, this is how a country disappears.",
      "My daughter's new teacher is a bloke who wants to be called Miss.",
      "Eid assemblies now? They'll have our grandchildren praying to Mecca next.",
      "A dad told me at parents' evening that \"you people shouldn't be teaching English\".",
      "that mosque on the ring road wants a visit from the lads and a few cans of petrol",
    ]);
  });

  it('leaves its look-alikes alone', () => {
    clean([
      'Coconut shy at the summer fair!',
      'Our cultural enrichment programme includes a trip to the theatre',
      'The caretaker filled the jerry can of petrol for the mower',
      'We are serving dog-shaped biscuits at the Lunar New Year lunch',
      'Year 4 are trying to normalise reading for fun',
      'Paddy the class bear went home with Year 1',
    ]);
  });
});

describe('offensive language: threats and hate the nineteenth held-out set missed', () => {
  it('finds the threats', () => {
    has('threat', [
      "HUGHES WILL BURN WITH HIS SCHOOL",
      "if that boy's dad squares up to me at the gate again like he did on Friday, he'll be leaving on a stretcher",
      "Next time they pull onto that field somebody's going to roll a lit can of diesel under the first caravan",
      "That new cedar classroom on the field looks lovely. I'm told cedar goes up like a matchbox after a dry summer",
      "Sort it oot or ah will",
      "before I come round and shut you up myself",
      "tell bobby man's gonna ride out on him after school, see if he's still chatty with a burst lip",
      "them two queers who moved into the bungalow on Elm Road and keep waving their flag about want to watch their windows",
      "go stick ur head in the oven",
      "I hear she's got a little one at the nursery on Morton Way. Lovely age. Be awful if someone forgot to keep an eye on her one afternoon",
      "if this family not stop him, I will go to their house and I will talk with the father in my way, and he will not like it",
      "Someone should take that bean-counter of a business manager out to the woods and leave him there",
      "Me brothers are over from Dublin for the Easter and they'd love nothing more than to meet her in the car park, and they're not the talking type",
      "If they open that place there'll be a few of us out there with petrol cans on the first night, and we won't be there to protest",
      "tell Jacob F if he grasses on me to sir again about my phone he's getting dunked in the brook and held there",
      "My sister's a big girl and she's been dying to get her hands on someone since her divorce, and she's coming to pick-up with me tomorrow",
      "Let's see who's laughing then",
      "you want to be careful walking to your car in the dark, love",
    ]);
  });

  it('finds the hate', () => {
    has('hate', [
      "spakka",
      "THEY ARE REPLACING YOUR CHILDREN – STOP THE ISLAMIC TAKEOVER OF OUR SCHOOLS",
      "This is how it starts – first the festivals, then halal-only dinners, then they'll be telling our girls to cover up",
      "They're not trans, they're confused kids being used by adults with an agenda",
      "But let's be honest, if it wasn't for us they'd still be living in mud huts",
      "But we all know who decides what gets taught in this country, and it isn't the teachers",
      "Let them worship their elephant gods and cow muck at home, not in my kid's school",
      "Just check what's in them first, that lot will cook anything that doesn't run fast enough",
      "Give it a few years and they'll want the dinner ladies in headscarves and prayer mats in the hall",
      "That's a bloke in a frock and everyone at that gate knows it",
      "window-licker",
      "great, more of them. they'll be bringing knives into school next, it's their culture",
      "half of them lie about their age",
    ]);
  });

  it('leaves their look-alikes alone', () => {
    clean([
      'Our wooden shed went up like a matchbox in the science demo video',
      'Year 3 have been living in caves this week in our Stone Age topic',
      "Let's see who's laughing then, the joke book comes out Friday",
      'Dunked in the pond and held there for a second: pond dipping with Year 2!',
      'My son has come home with a split lip twice this month',
    ]);
  });
});

describe('offensive language: what the twentieth held-out set (one school week) missed', () => {
  it('finds threat', () => {
    has('threat', [
      "im gonna batter that Tom when i see him",
      "UR DEAD MISS",
    ]);
  });

  it('finds hate', () => {
    has('hate', [
      "Funny how we're made to celebrate all their festivals but they never respect ours",
      "back row of that photo looks like feeding time at the monkey enclosure",
      "Nobody asked for your lot to move here in the first place",
      "Half of Poland is living off our benefits already",
      "Should've kept their virus at home",
      "Holocaust this, Holocaust that. They've milked it for 80 years",
      "Special needs kids belong in special schools, they drag the whole class down",
    ]);
  });

  it('finds sexual', () => {
    has('sexual', [
      "the new caretaker's bum in them work trousers 🔥",
      "Lovely legs on the girl at the end of the front row 😍 what age is she?",
      "Don't tell my husband but Mr Walsh in a suit at the awards night... I wouldn't say no",
    ]);
  });

  it('finds bullying', () => {
    has('bullying', [
      "nobody would even care",
      "his mum can waddle up to the office and cry about it all she likes",
      "maybe if Jack W's mum spent less on cigs he'd have shoes that fit",
      "one of my Year 4s is so thick I explained a full stop four times today",
      "Lady Muck",
    ]);
  });

  it('leaves their look-alikes alone', () => {
    clean([
      'Year 1 watched feeding time at the zoo',
      'Their virus project won the science fair',
      'Half of Poland is on holiday in August',
      'The ducks waddle up to the pond',
      "I wouldn't say no to another slice of cake",
      'A lovely body of work on the wall from Year 6',
    ]);
  });
});

describe('offensive language: bullying in set shapes (read sets 18 to 26)', () => {
  it('finds incitement by the oven, a disability and misgendering as insults, and sneers at a child', () => {
    has('threat', ['if ur that paranoid go stick ur head in the oven']);
    has('bullying', [
      'if ur that paranoid go stick ur head in the oven',
      'ur so autistic it hurts',
      'whatever Mx Cole is calling itself this week needs to stick to fractions',
      'The new TA is a man in a frock and we are all meant to clap',
      'stfu nobody asked for your opinion Dawn',
      'Nobody asked you, Dean.',
      'Star of the week for Yusuf? For what, turning up?',
      'If that little sod goes near our Rhys again',
      'Feral little shit, needs a muzzle not a sticker chart.',
    ]);
    has('hate', ['ur so autistic it hurts', 'whatever Mx Cole is calling itself this week']);
  });

  it('leaves recipes, dogs, invitations, a panto dame and praise alone', () => {
    clean([
      'The dog needs a muzzle at the fair, please.',
      'Nobody asked you to bring anything, just come along!',
      'The panto dame is a man in a dress, the kids loved it!',
      'Star of the week for kindness goes to our Year 3s!',
      'My son is so into trains, he knows every timetable.',
    ]);
  });
});

describe('offensive language: menace in shapes several blind writers used (read sets 18 to 24)', () => {
  it('finds petrol brought, a gang waiting, a building that may not stand and a relative who does not talk', () => {
    has('threat', [
      "Someone sprayed \"NEXT TIME IT'S PETROL\" on the doors.",
      'That prayer room wants a can of petrol through the window on a Friday',
      'somebody is going to roll a lit can of diesel under the first caravan',
      'Time somebody smoked them out',
      'me n the boys r waitin for them year 6s at the park',
      'Ignore one more of my emails and see if that shiny new classroom block is still standing on Monday.',
      "One Monday you'll all turn up and find there's no school left to come into.",
      "She won't be smiling when I've finished with her.",
      "Told my husband what that dinner lady said. He's not a talker, and he finishes at half two.",
      "Be a shame if that Corsa wouldn't start one frosty morning.",
    ]);
  });

  it('finds Eid greeted with a sneer, the dinghy lot sent away and a hotel full of them', () => {
    has('hate', ['Eid Mubarak to our new landlords', 'Eid Mubarak to the British taxpayer, who paid for all of it.', 'Send the dinghy lot to Rwanda', 'That hotel full of them wants its fire doors chaining shut one night']);
    clean(['Eid Mubarak to all our families celebrating this week!', 'The lost property box is full of them again, please label jumpers.', 'Please check the fire doors are closed at the end of the day.']);
  });

  it('leaves fire safety, a bus, a shy child, a castle and the weather alone', () => {
    for (const text of [
      'Fire safety: never store a can of petrol in the house.',
      'Me and the boys are waiting for the bus at the park.',
      "My son is shy, he's not a talker, but he loves drawing.",
      'We went to see if the old castle is still standing, and it is!',
      'It would be a shame if it rained one morning of sports week.',
    ])
      expect(findingsIn(text).filter((f) => f.category === 'threat' && !f.reason.includes('a model learned')), text).toEqual([]);
  });
});

describe('offensive language: tropes and menace in ordinary words (set 31, read after its blind scoring)', () => {
  it('finds dog whistles said with no slur', () => {
    has('hate', [
      "It's not racist if it's true.",
      'Always exactly six million, and nobody is ever allowed to check the maths.',
      "They don't go in much for baths where his lot come from.",
      'Count how many of them are actually English.',
      "a dad who'll take him to the rugby and knock the mermaid out of him",
      "They'll want their own playground by Easter and their own town by summer.",
      'Every other kid has a diagnosis now. In my day it was called bad parenting.',
      "What's next, asking Reception which pronouns they'd like with their fish fingers?",
      "Seven years old and already confused about what's in its pants",
      "Could tell which stalls were the Romanians' by how tight everyone was holding their purses.",
    ]);
  });

  it('finds menace with no word of harm', () => {
    has('threat', [
      'NEXT TIME WE BRING PETROL',
      'Be a pity if it snowed on the inside of that car one night.',
      'Shame if anything happened to your car.',
      "You'll want to look both ways crossing that road tonight, Gareth.",
      "we all know which car's his",
      'Plenty of us know what time they all go in for the late prayers.',
      "someone's going to lose patience, and it won't be the cars that get it",
      "She lives out by the garden centre, doesn't she. I'll be passing.",
      "Keep it up and somebody'll give them a reason to close that doesn't melt.",
      'That teacher should enjoy her pension while she can, if she gets as far as her pension.',
      "Hughes wants to remember it's dark by half four and he's always the last car out.",
    ]);
    has('bullying', ['Miss Cole looks one bad Monday away from crying in the book corner.']);
  });

  it('leaves road safety, history, school tips and praise alone', () => {
    clean([
      'Always look both ways before you cross the road.',
      'Six million Jewish people were murdered in the Holocaust.',
      'Autism is not caused by bad parenting.',
      "It would be a shame if anything happened to the new garden, so please keep off the beds.",
      'Do you know what time they finish on Friday?',
      "I'll be passing the school at 3, shall I grab the PE kit?",
      'Year 6 will want their own playground by summer, they are so grown up!',
      'It gets dark by half four now, so the last one out please lock the gate.',
      "What's next for Year 6? Learning to identify as confident readers!",
      'Mr Hughes is retiring in July: we hope he enjoys his pension!',
    ]);
  });
});

describe('offensive language: look-alikes from set 34 (comments and staff posts written to tempt false alarms)', () => {
  it('leaves an idiom, a surname, a village and a clinical term alone, and still finds the slur and the word', () => {
    clean([
      'Classroom spic and span for the summer. Labels, wipes, the lot.',
      'Kitchen spic n span before the inspection!',
      'Dr Dikshit at the surgery says she is fine for swimming.',
      'Staying near a village called Twatt, yes really.',
      'his old notes from when he was a baby literally say "spastic colon". Do I put that?',
      // a question about the food, which any parent may ask
      'Is the food at the fair halal only?',
      'Will the BBQ be halal only or is there a choice?',
    ]);
    has('hate', ['Halal only at the summer fair BBQ? Cater for the ragheads and forget the rest of us.']);
    has('hate', ['he is a spic', 'go home you spic']);
    has('profanity', ['what a twatt', 'called him a twat', 'absolute bullshit']);
    has('bullying', ['you spastic', 'he is such a spastic']);
  });
});

describe('offensive language: farmyards, dogs, places and hyperbole about oneself', () => {
  it('leaves a cockerel, a breeder\u2019s bitch, Cock Road, Shitterton and "kill myself getting the buggy up" alone', () => {
    clean([
      'Bought the kids four hens and a cock for Christmas. The cock crows at 4am.',
      'Peter denied him three times before the cock crowed.',
      'Avoid Cock Road in Kingswood, burst water main.',
      'Our Jack Russell bitch had 5 pups on Boxing Day, all going to family.',
      'Spent Christmas at the in-laws in Shitterton (yes really, it is in Dorset).',
      'Can someone check Castle Street hill before I kill myself getting the double buggy up it',
    ]);
    has('sexual', ['suck my cock', 'nice cock']);
    has('profanity', ['that bitch had a go at me', 'shut up you bitch', 'what a shitshow']);
    has('threat', ['i want to kill myself', 'im going to kill myself tonight']);
  });
});

describe('offensive language: violence held back and lives made hell (fresh wordings, 2026-12-07)', () => {
  it('warns of them', () => {
    for (const text of [
      "that teacher is lucky I'm not a violent man",
      "I'm not a violent person but if he touches my son again",
      "She's lucky I didn't slap her",
      'He needs taking round the back and sorting',
      "I'm going to make that woman's life hell",
      "I will make Mrs Patel's life a misery",
      "i'll put that kid through a wall",
    ]) {
      expect(findingsIn(text).filter((f) => f.category === 'threat'), text).toMatchObject([{ severity: expect.any(String) }]);
    }
  });

  it('leaves bins, deer, games and roadworks alone', () => {
    clean([
      'The bins need taking round the back on Thursdays',
      'The recycling needs taking round the back and sorting',
      "Lucky I didn't hit the deer on the way home",
      "I'm not a violent person but this game makes me want to throw my controller",
      'the roadworks are making my life hell',
    ]);
  });
});

describe('offensive language: mockery and shaming met in fresh wordings (2026-12-07)', () => {
  it('finds them, over the words that say it', () => {
    const cases: [string, string][] = [
      ["Mrs Hughes couldn't teach a dog to sit", "couldn't teach a dog to sit"],
      ['Do they even wash? Ever smelt that family?', 'Do they even wash'],
      ['Your kid smells and so do you', 'Your kid smells'],
      ["He walks like he's got a stick up his backside", 'stick up his backside'],
      ['Did the new receptionist get dressed in the dark?', 'Did the new receptionist get dressed in the dark'],
      ['Who let her near children?', 'Who let her near children'],
      ["Everyone knows Kayleigh's mum is the village bike", 'is the village bike'],
      ['Bet she got the job by sleeping with the governors', 'got the job by sleeping with'],
      ['Share this so everyone sees what a liar Miss Grant is', 'what a liar Miss Grant is'],
    ];
    for (const [text, span] of cases) expect(findingsIn(text).filter((f) => f.category === 'bullying').map((f) => text.slice(f.start, f.end)), text).toEqual([span]);
  });

  it('leaves odd socks, bike rides, PE kit and praise alone', () => {
    clean([
      'Odd socks day! Looks like we all got dressed in the dark',
      'Join us for the village bike ride on Sunday',
      'Do you even wash your PE kit? Please take it home on Fridays',
      'Your kid smells amazing after the bath',
      'Who let the dogs out? Year 2 loved their dance',
      'what a joke the car park is',
      'Did you get dressed in the dark? Lovely photo of the camping trip',
    ]);
  });
});

describe('offensive language: "I\'d do…" said of a person, not of a job to be done (2026-12-07)', () => {
  it('finds it said of a person', () => {
    for (const text of ["i'd do her", "I'd hit that", "I'd do the new teacher"]) expect(categoriesIn(text), text).toEqual(['sexual']);
  });

  it('leaves a job taken on alone', () => {
    clean(["Thanks, I'll do that.", 'I would do that', "I'll do that if you like", "I'll hit that target", "I'd do the new teacher's job better"]);
  });
});

describe('offensive language: bombs, fights called, and blackmail for money (fresh wordings, 2026-12-07)', () => {
  it('finds them', () => {
    const cases: [string, string, string][] = [
      ['theres a bomb in the science block', 'theres a bomb in the science block', 'block'],
      ['keep chattin and see wat happens', 'keep chattin and see wat happens', 'warning'],
      ['free smoke at the park 4pm bring ur boys', 'free smoke', 'warning'],
      ['u r proper gonna get it', 'u r proper gonna get it', 'warning'],
      ["I'll stick one on him", "I'll stick one on him", 'warning'],
      ["He's getting filled in", "He's getting filled in", 'warning'],
      ["I've got your address and I'm sharing it", "I've got your address", 'warning'],
      ['send £50 or everyone sees the pics', 'send £50 or everyone sees the pics', 'block'],
      ['Ive got screenshots and im posting them everywhere unless u pay', 'posting them everywhere unless u pay', 'block'],
    ];
    for (const [text, span, severity] of cases) {
      expect(findingsIn(text).filter((f) => f.category === 'threat').map((f) => [text.slice(f.start, f.end), f.severity]), text).toEqual([[span, severity]]);
    }
  });

  it('leaves the Blitz, smoke alarms, a story and a sale alone', () => {
    clean([
      'During the Blitz there was a bomb in almost every street',
      'Free smoke alarms are available from the fire service',
      "There's a bomb in the story that the children had to defuse with maths!",
      'The forms are getting filled in on Monday',
      "I've got your address, I'll post the invitation",
      "I'll send the photos to you if you pay for the prints",
      'You are so going to get it right this time',
    ]);
  });
});

describe('offensive language: prejudice against women and girls, a people taken for terrorists, death wished on a people (2026-12-07)', () => {
  it('finds them', () => {
    const cases: [string, string, string][] = [
      ["women shouldn't be head teachers", "women shouldn't be head teachers", 'hate'],
      ["girls can't play football", "girls can't play football", 'hate'],
      ['go make me a sandwich', 'go make me a sandwich', 'hate'],
      ['the new teacher looks like a terrorist', 'looks like a terrorist', 'hate'],
      ['get back on ur boat', 'get back on ur boat', 'hate'],
      ['those ppl shud be gassed', 'shud be gassed', 'hate'],
      ['lets all go to the mosque and teach them a lesson', 'mosque and teach them a lesson', 'threat'],
      ['is he a boy or a girl? cant tell', 'is he a boy or a girl', 'bullying'],
    ];
    for (const [text, span, category] of cases) expect(findingsIn(text).filter((f) => f.category === category).map((f) => text.slice(f.start, f.end)), text).toEqual([span]);
  });

  it('leaves history, a baby, a boat trip, wasps and an RE visit alone', () => {
    clean([
      "Some people used to think girls can't play football. Our girls' team proved them wrong!",
      "In history we learned that women couldn't vote until 1918",
      'Is it a boy or a girl? Congratulations!',
      'Children, get back on the boat after the lunch stop',
      'The garden should be gassed for wasps says the caretaker',
      'Our RE visit to the mosque: the imam will teach them a lesson about prayer',
    ]);
  });
});

describe('offensive language: allegations against staff made in public (2026-12-07)', () => {
  it('blocks an allegation of abuse and warns of a damaging claim', () => {
    const cases: [string, string, string][] = [
      ['Mr Hughes has been grooming my daughter', 'Mr Hughes has been grooming my daughter', 'block'],
      ['That PE teacher is a pervert', 'That PE teacher is a pervert', 'block'],
      ['the caretaker watches the girls changing', 'watches the girls changing', 'block'],
      ['The head is fiddling the books', 'The head is fiddling the books', 'warning'],
      ['The new teacher has a criminal record', 'The new teacher has a criminal record', 'warning'],
      ['Miss Reid is having an affair with a dad', 'Miss Reid is having an affair', 'warning'],
    ];
    for (const [text, span, severity] of cases) {
      expect(findingsIn(text).filter((f) => f.category === 'bullying').map((f) => [text.slice(f.start, f.end), f.severity]), text).toEqual([[span, severity]]);
    }
  });

  it('leaves a safeguarding notice, targets and a topic alone', () => {
    clean([
      'If you are worried that a member of staff is abusing a child, contact the LADO',
      'Our swimming coach is hitting the targets this term',
      'The teacher was touching on the topic of friendship',
      'Our head is on medication leave until Easter',
    ]);
  });
});

describe('offensive language: a writer thinking of harming themselves (2026-12-07)', () => {
  it('is shown over what they said, and found said another way', () => {
    expect(spansIn('i just want to die tbh')).toEqual(['i just want to die']);
    expect(spansIn('im going to end it tonight')).toEqual(['im going to end it']);
    expect(spansIn("Some days I don't see the point in any of it anymore")).toEqual(["don't see the point in any of it anymore"]);
    for (const text of ['im going to end it tonight', "Some days I don't see the point in any of it anymore"]) {
      expect(findingsIn(text)[0]!.reason, text).toMatch(/safeguarding lead/);
    }
  });

  it('leaves meetings, reading schemes and jokes alone', () => {
    clean(["I'll end it there", "I can't see the point of carrying on with the new reading scheme", 'We want to end it on a high', "I'm dying of laughter 😂"]);
  });
});

describe('offensive language: the school spelt as it is said (2026-12-07)', () => {
  it('finds a threat to the "skool"', () => {
    for (const text of ['sh00t up the sk00l', 'shoot up the skl', 'im gonna burn the skool down']) expect(categoriesIn(text), text).toEqual(['threat']);
    clean(['the skool trip was great']);
  });
});

describe("offensive language: threats and thoughts of self-harm from a blind writer's list (2026-12-07)", () => {
  it('finds threats worded as that writer worded them', () => {
    for (const text of [
      "You've ruined my son's life by expelling him. I'll ruin yours.",
      "Head better enjoy sports day. Last one he'll see.",
      'whoever grassed my son up to the head wants finding and sorting',
      'Wonder if his house will still be standing when he gets back.',
      'year 11 leavers day gonna be a bloodbath for anyone who snitched',
      'shame if that new sports hall went up in smoke over half term',
      'ill find out where the computing teacher lives. got my ways',
      "Bring a mate if you want, won't help.",
      "we're doing that ginger kid from 8R proper",
      'I know you live in Cheadle, Mr Brooks.',
      'Just so everyone knows where to find her',
      'that supply teacher getting bored on sight no cap',
      'That staff room would go up lovely.',
      "Tha'll be laughing on t'other side of thi face",
      'yous are getting yer school torched, mark ma words',
      "Send the whole staff out to the gates at 3 and we'll see who's hard then",
      "Don't bother with the fire drill Friday, there'll be a real one soon enough",
      'dnt care no more. they all gonna pay',
      'man like mr okafor gets shanked if he takes my phone again',
      'im bringin a blade tmrw',
      'tell mr patel mans got a ting in the whip for him after skl',
      "Keep putting my child in isolation and I'll start putting your staff in hospital",
      "I swear I'll put that reception window in, with the receptionist through it",
      'al knock yer block off',
      "Someone should teach that Year 6 teacher a lesson she won't get back up from",
      'How about I come up the school and sort yow out meself',
      'bomb in the science block at 11 tomorrow dont come in',
    ]) {
      expect(categoriesIn(text), text).toContain('threat');
    }
  });

  it('finds a writer thinking of harming themselves', () => {
    for (const text of [
      "I've got the pills lined up. Sorry to everyone.",
      'gonna take all my mums tablets tonight x',
      'gonna keep going til theres nothing left of me',
      'I keep thinking about driving into the reservoir on the way to work.',
      'might just walk in front of the 8:10 train tomoz',
      'i just want to go to sleep and not wake up tbh',
      'nobody at this school would care if i died so im gonna test it',
      'honestly dont see the point anymore, might just end it after the mocks',
      'am gonnae top masel if this keeps up',
      'if i fail my gcses im jumping off the multi storey no joke',
      'been cutting again, nobody at this school even notices',
    ]) {
      expect(findingsIn(text).some((f) => f.category === 'threat' && /safeguarding lead/.test(f.reason)), text).toBe(true);
    }
  });

  it('leaves their look-alikes alone', () => {
    clean([
      "I'll ruin your appetite with these cakes",
      'The derby will be a bloodbath, come and watch',
      "They're all going to pay for the trip by Friday",
      "Don't walk in front of the bus when it pulls in",
      'Please take all the tablets out of the box before recycling it',
      'We want to end it on a high',
      'The match was a real one for the fans',
    ]);
  });
});

describe('offensive language: a career threatened, and a woman told to stay at home (2026-12-07)', () => {
  it('finds them', () => {
    expect(categoriesIn('I know your gym, and your boss follows me. Keep going and see what happens to your career')).toContain('threat');
    expect(categoriesIn('She should be at home with her kids not running a school')).toContain('hate');
  });

  it('leaves exercise and a mum at home alone', () => {
    clean(['Come and see what happens to your heart rate when you skip!', 'She will be at home with her kids over half term']);
  });
});

describe("offensive language: mockery from a blind writer's list (2026-12-07)", () => {
  it('finds it', () => {
    for (const text of [
      'why does Mrs Lowe always look so cross. resting witch face',
      'My son says Lewis is the thick one in the class',
      'the mum in the leopard print leggings at drop off needs a mirror and a salad',
      'Complaint number 47 from Mrs Bhatt this term. Woman needs a hobby. Or a personality.',
      'Those shirt buttons are working overtime',
      "Mr Reid can't even spell, saw his marking",
      "Shame Mr Dawson can't teach as well as he can eat.",
      "Mr Bennett's toupee deserves its own instagram",
      'he is a literal crybaby',
      'Is that Harvey? thought it was a lamppost with glasses lmao',
      'Mr Okafor\'s voice puts the whole class to sleep lol',
      'Freya\'s dad got so drunk at the summer fayre he fell in the bouncy castle 😂',
    ]) {
      expect(categoriesIn(text), text).toContain('bullying');
    }
  });

  it('leaves plants, stories and a child learning to spell alone', () => {
    clean(['The plants need a good wash', 'Which is the thick one in the story, the Twit or his wife?', "My son can't even spell 'because' yet, any tips?", 'The buttons on the new cardigans keep falling off']);
  });
});

describe("offensive language: self-harm as a second blind writer worded it (2026-12-07)", () => {
  it('finds it, with the pointer to the safeguarding lead', () => {
    for (const text of [
      'i cant do another year here honestly id rather be dead than go back in september',
      'been cutting again since the mock results, nobody notices anyway',
      'if i fail my gcses im ending it simple as',
      'I keep standing in the bathroom staring at the tablets in the cabinet. Either I stop teaching or I stop everything.',
      'everyone in this school hates me so whats the point in being here',
      'not even gonna be here for results day lol',
      'Honestly wish I just didn\'t wake up tomorrow.',
      "Don't know how much longer I can keep pretending I'm okay. Writing letters to everyone just in case.",
    ]) {
      expect(findingsIn(text).some((f) => f.category === 'threat' && /safeguarding lead/.test(f.reason)), text).toBe(true);
    }
  });

  it('leaves a leavers assembly, an early start and a joke alone', () => {
    clean([
      "We're saying goodbye to everyone at the leavers assembly",
      "I'd rather be dead than wear that jumper lol",
      "What's the point of homework in Year 1?",
      "I wish I didn't wake up at 5am every day for the school run",
      "We're ending it on a high with the summer fair",
    ]);
  });
});

describe('offensive language: sniping at a parent or a colleague (2026-12-07)', () => {
  it('finds it', () => {
    for (const text of [
      '@Dan Wright maybe spend less time on here and more time washing your son\'s uniform',
      'Can someone tell Mr Hussain to shave that rat off his lip',
      'Some colleagues should just not be allowed near children. You know who you are.',
    ]) {
      expect(categoriesIn(text), text).toContain('bullying');
    }
  });
});

describe('offensive language: an ungritted car park (2026-12-07)', () => {
  it('is no threat', () => {
    clean(['WHY IS THE CAR PARK NOT GRITTED AGAIN SOMEONE IS GOING TO BREAK THEIR NECK']);
    expect(categoriesIn('someone is going to put that teacher in the ground')).toEqual(['threat']);
  });
});
