// The evaluation school's roster: the pupils and staff the corpus names, then others to fill the
// school out to ~150 pupils and ~40 staff, made deterministically so roster.json never drifts.
import type { Roster } from '../src/index.js';

type Pupil = Roster['pupils'][number];
type Staff = Roster['staff'][number];

export const SCHOOL: Roster['school'] = {
  name: 'Oakfield Primary School',
  short: 'Oakfield',
  town: 'Thornbury',
  postcode: 'BS35 4HJ',
  address: 'Oakfield Road, Thornbury, Bristol BS35 4HJ',
  phone: '0117 496 0123',
  email: 'office@oakfield.sch.uk',
  nicknames: ['Oakers'],
};

// [given, family, year, dob, photo consent]: the pupils the corpus talks about. The first eight
// have given names that are ordinary words; the next four carry accents.
const NAMED_PUPILS: [string, string, string, string, boolean][] = [
  ['Grace', 'Okafor', 'Year 4', '2016-02-11', true],
  ['Will', 'Thompson', 'Year 5', '2015-06-23', true],
  ['May', 'Chen', 'Year 2', '2018-05-04', true],
  ['Rose', 'Hill', 'Year 3', '2017-03-19', true],
  ['Hope', 'Adeyemi', 'Year 6', '2014-11-30', true],
  ['Summer', 'Davies', 'Year 1', '2019-07-08', true],
  ['Jack', 'Wilson', 'Year 3', '2017-01-27', true],
  ['Ivy', 'Green', 'Year 4', '2016-09-14', false],
  ['Zoë', 'Martin', 'Year 2', '2018-03-02', true],
  ['Chloé', 'Dubois', 'Year 5', '2015-12-09', true],
  ['Siân', 'Evans', 'Year 6', '2014-10-21', true],
  ['Seán', "O'Brien", 'Year 4', '2016-04-16', false],
  ['Oliver', 'Bennett', 'Year 3', '2017-08-05', true],
  ['Amelia', 'Khan', 'Year 1', '2019-02-13', true],
  ['Muhammad', 'Rahman', 'Year 5', '2015-09-01', true],
  ['Freya', 'Nowak', 'Year 6', '2014-12-17', true],
  ['Harry', 'Clarke', 'Year 2', '2018-06-29', true],
  ['Isla', 'Murray', 'Reception', '2020-01-22', true],
  ['Noah', 'Patel', 'Year 4', '2016-07-07', false],
  ['Ava', 'Robinson', 'Year 6', '2014-09-25', true],
  ['Leo', 'Kowalski', 'Year 1', '2019-04-30', true],
  ['Aisha', 'Begum', 'Year 3', '2017-05-15', true],
  ['Theo', 'Walker', 'Year 5', '2015-03-12', true],
  ['Mia', 'Johnson', 'Year 2', '2018-02-06', true],
  ['Alfie', 'Turner', 'Year 6', '2014-06-18', true],
  ['Daisy', 'Price', 'Year 4', '2016-11-03', true],
  ['Oscar', 'Lewis', 'Year 5', '2015-10-10', true],
  ['Ruby', 'Ahmed', 'Year 3', '2017-12-01', true],
  ['Arlo', 'Fisher', 'Year 1', '2019-08-20', true],
  ['Evie', 'Morgan', 'Year 6', '2015-01-04', true],
  ['Kai', 'Nguyen', 'Year 4', '2016-05-28', false],
  ['Priya', 'Sharma', 'Year 5', '2015-04-09', true],
  ['Finley', 'Scott', 'Year 2', '2018-08-14', true],
  ['Lily', 'Ward', 'Year 3', '2017-10-31', true],
  ['Ethan', 'Brooks', 'Year 6', '2014-10-02', true],
  ['Zara', 'Hussain', 'Year 2', '2017-09-19', true],
];

// [given, family, role]: the staff the corpus talks about; some surnames are ordinary words.
const NAMED_STAFF: [string, string, string][] = [
  ['David', 'Hughes', 'headteacher'],
  ['Helen', 'Marsh', 'dsl'],
  ['Laura', 'Jones', 'staff'],
  ['Tom', 'Fletcher', 'staff'],
  ['Anita', 'Sandhu', 'staff'],
  ['Gareth', 'Lloyd', 'staff'],
  ['Joanne', 'Frost', 'slt'],
  ['Claire', 'Baker', 'staff'],
  ['Holly', 'Reid', 'staff'],
  ['Sam', 'Booth', 'contractor'],
  ['Nadia', 'Karimi', 'staff'],
  ['Emma', 'Doyle', 'staff'],
  ['Kieran', 'Walsh', 'staff'],
  ['Fiona', 'Grant', 'slt'],
  ['Beth', 'Cole', 'staff'],
];

const FILL_GIVEN = ['Sophie', 'Jacob', 'Emily', 'Lucas', 'Hannah', 'Jayden', 'Ella', 'Samuel', 'Layla', 'Reuben', 'Matilda', 'Archie', 'Sienna', 'Toby', 'Maisie', 'Elliot', 'Nia', 'Yusuf', 'Imogen', 'Callum', 'Esme', 'Rhys', 'Anya', 'Dylan', 'Phoebe', 'Jude', 'Niamh', 'Rohan', 'Lottie', 'Caleb', 'Fatima', 'Bobby', 'Elsie', 'Mason', 'Orla', 'Tariq', 'Willow', 'Dominic', 'Hattie', 'Ibrahim'];
const FILL_FAMILY = ['Atkinson', 'Barnes', 'Chowdhury', 'Dawson', 'Ellis', 'Fraser', 'Gallagher', 'Harper', 'Iqbal', 'Jenkins', 'Kaur', 'Lawson', 'McKenzie', 'Norris', 'Osei', 'Parry', 'Quinn', 'Rowe', 'Sutton', 'Tran', 'Vaughan', 'Whitfield', 'Yates', 'Zielinski', 'Ashworth', 'Bradley', 'Campbell', 'Dunne', 'Farrell', 'Gill'];
const FILL_STAFF_GIVEN = ['Rachel', 'Mark', 'Susan', 'Paul', 'Karen', 'Andrew', 'Lisa', 'Stephen', 'Angela', 'Neil', 'Julie', 'Martin', 'Tracey', 'Simon', 'Nicola', 'Craig', 'Donna', 'Wayne', 'Gemma', 'Lee', 'Kirsty', 'Adrian', 'Sally', 'Graham', 'Louise'];
const FILL_STAFF_FAMILY = ['Pearson', 'Holloway', 'Bryant', 'Cartwright', 'Ingram', 'Mahmood', 'Oduya', 'Sheridan', 'Talbot', 'Underwood'];
const YEARS = ['Reception', 'Year 1', 'Year 2', 'Year 3', 'Year 4', 'Year 5', 'Year 6'];

/** A small seeded generator (mulberry32), so the filler is the same on every run. */
function seeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function evalRoster(): Roster {
  const random = seeded(2025);
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)]!;
  const pupils: Pupil[] = NAMED_PUPILS.map(([given, family, year, dob, photoConsent]) => ({ given, family, dob, year, photoConsent }));
  for (let i = 0; pupils.length < 150; i++) {
    const year = YEARS[i % YEARS.length]!;
    const born = 2025 - 5 - YEARS.indexOf(year);
    const dob = `${born - (random() < 0.6 ? 0 : 1)}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
    pupils.push({ given: FILL_GIVEN[i % FILL_GIVEN.length]!, family: pick(FILL_FAMILY), dob, year, photoConsent: random() > 0.1 });
  }
  const staff: Staff[] = NAMED_STAFF.map(([given, family, role]) => ({ given, family, role }));
  for (let i = 0; staff.length < 40; i++) {
    staff.push({ given: FILL_STAFF_GIVEN[i % FILL_STAFF_GIVEN.length]!, family: FILL_STAFF_FAMILY[i % FILL_STAFF_FAMILY.length]!, role: i % 4 === 0 ? 'volunteer' : 'staff' });
  }
  return { school: SCHOOL, pupils, staff };
}
