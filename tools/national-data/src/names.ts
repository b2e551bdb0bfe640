import type { Prng } from './prng';

/** Invented people, places and organisations for the national dataset. No real child or LA is named. */
const BOYS = [
  'Oliver', 'Noah', 'George', 'Leo', 'Arthur', 'Muhammad', 'Oscar', 'Theo', 'Harry', 'Jack', 'Freddie', 'Alfie', 'Charlie', 'Henry', 'Thomas',
  'Jacob', 'Joshua', 'Archie', 'Isaac', 'Ethan', 'Mason', 'Logan', 'Reuben', 'Kai', 'Tyler', 'Riley', 'Jayden', 'Callum', 'Liam', 'Ryan',
  'Kacper', 'Filip', 'Ahmed', 'Yusuf', 'Ibrahim', 'Omar', 'Kofi', 'Tariq', 'Dylan', 'Lewis', 'Jamie', 'Connor', 'Bilal', 'Samir', 'Aiden',
];
const GIRLS = [
  'Olivia', 'Amelia', 'Isla', 'Ava', 'Lily', 'Freya', 'Ivy', 'Florence', 'Mia', 'Sophia', 'Grace', 'Willow', 'Evie', 'Poppy', 'Ruby',
  'Chloe', 'Jessica', 'Ella', 'Millie', 'Layla', 'Aisha', 'Maya', 'Zara', 'Nadia', 'Hannah', 'Leah', 'Abigail', 'Megan', 'Courtney', 'Tia',
  'Amira', 'Fatima', 'Zofia', 'Maja', 'Precious', 'Esme', 'Skye', 'Summer', 'Kayla', 'Demi', 'Jasmine', 'Niamh', 'Erin', 'Holly', 'Keira',
];
const FAMILY = [
  'Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Patel', 'Robinson', 'Wright', 'Thompson', 'Evans', 'Walker',
  'White', 'Roberts', 'Green', 'Hall', 'Thomas', 'Clarke', 'Jackson', 'Wood', 'Harris', 'Edwards', 'Turner', 'Martin', 'Cooper', 'Hill',
  'Ward', 'Hughes', 'Moore', 'Clark', 'King', 'Harrison', 'Lewis', 'Baker', 'Lee', 'Allen', 'Morris', 'Khan', 'Scott', 'Watson', 'Davis',
  'Parker', 'James', 'Bennett', 'Young', 'Phillips', 'Richardson', 'Mitchell', 'Bailey', 'Carter', 'Cook', 'Singh', 'Shaw', 'Bell', 'Collins',
  'Morgan', 'Kelly', 'Begum', 'Miller', 'Cox', 'Hussain', 'Marshall', 'Simpson', 'Price', 'Anderson', 'Adams', 'Wilkinson', 'Ali', 'Ahmed',
  'Foster', 'Ellis', 'Murphy', 'Chapman', 'Mason', 'Gray', 'Richards', 'Webb', 'Griffiths', 'Hunt', 'Palmer', 'Campbell', 'Holmes', 'Mills',
  'Rogers', 'Barnes', 'Knight', 'Matthews', 'Barker', 'Powell', 'Stevens', 'Kaur', 'Fisher', 'Butler', 'Dixon', 'Russell', 'Harvey', 'Pearson',
  'Graham', 'Nowak', 'Kowalski', 'Mensah', 'Okafor', 'Osei', 'Mahmood', 'Rahman', 'Nguyen', 'Popescu', 'Haddad', 'Tesfaye', 'Abdi', 'Kaya',
];
const PLACE_STARTS = [
  'Ash', 'Bram', 'Brook', 'Castle', 'Cold', 'Crane', 'Dun', 'Elm', 'Fair', 'Fern', 'Glen', 'Gold', 'Hart', 'Hazel', 'Holm', 'Lark', 'Marl',
  'Mill', 'Oak', 'Rook', 'Rose', 'Shep', 'Stone', 'Thorn', 'Wold', 'Alder', 'Birch', 'Cherry', 'Heron', 'Linden', 'Maple', 'Raven', 'Willow',
  'Wren', 'Amber', 'Briar', 'Haw', 'Kestrel', 'Bright', 'Silver',
];
const PLACE_ENDS = ['bridge', 'bury', 'by', 'caster', 'combe', 'dale', 'field', 'ford', 'ham', 'hurst', 'ley', 'mere', 'minster', 'mouth', 'stead', 'thorpe', 'ton', 'wick', 'worth', 'wood'];
const STREETS = ['Church Lane', 'Mill Road', 'Station Road', 'Park Avenue', 'The Green', 'Orchard Close', 'Victoria Street', 'Meadow Way', 'High Street', 'Chapel Row'];

/** Providers of advocacy, one per provider area. */
export const PROVIDER_NAMES = [
  'Northern Voices Advocacy', 'Pennine Children’s Advocacy Trust', 'Coast and Dales Advocacy', 'Riverside Young People’s Advocacy',
  'Midlands Children’s Rights Service', 'Heartlands Advocacy CIC', 'Fens and Broads Advocacy', 'Capital Young Voices', 'Thames Children’s Advocacy',
  'Southern Shores Advocacy', 'Westcountry Voice', 'Moorland Advocacy Partnership', 'Lakeland Children’s Advocacy', 'Wolds Advocacy Trust',
  'Peaks and Vales Advocacy', 'Chiltern Young People’s Voice', 'Downs Advocacy Service', 'Estuary Advocacy CIC', 'Borderlands Children’s Voice',
  'Marches Advocacy Trust', 'Severn Young Voices', 'Weald Children’s Advocacy', 'Solent Advocacy Service', 'Tamar Young People’s Advocacy',
] as const;

/** Companies that run children's homes. */
export const HOME_OPERATORS = [
  'Brightpath Care Ltd', 'Safe Harbour Homes Ltd', 'Keystone Children’s Services', 'Evergreen Care Group', 'Horizon Residential Care',
  'Hillside Young People’s Homes', 'Compass Care Ltd', 'Meadowbank Children’s Homes', 'Lighthouse Care Group', 'Cornerstone Homes Ltd',
] as const;

export interface PersonName {
  given: string;
  family: string;
}

export function personName(rng: Prng, sex: '1' | '2' = rng.chance(0.5) ? '1' : '2'): PersonName {
  return { given: rng.pick(sex === '1' ? BOYS : GIRLS), family: rng.pick(FAMILY) };
}

export function givenName(rng: Prng, sex: '1' | '2'): string {
  return rng.pick(sex === '1' ? BOYS : GIRLS);
}

export function familyName(rng: Prng): string {
  return rng.pick(FAMILY);
}

/** Unique invented place names, e.g. "Brookthorpe". */
export function placeNames(rng: Prng, count: number): string[] {
  const names = new Set<string>();
  while (names.size < count) {
    const name = `${rng.pick(PLACE_STARTS)}${rng.pick(PLACE_ENDS)}`;
    if (name !== 'Kingston') names.add(name);
  }
  return [...names];
}

export function address(rng: Prng, town: string): string {
  const letters = 'ABDEFGHJLNPQRSTUWXYZ';
  const outward = `${town.slice(0, 2).toUpperCase()}${rng.int(1, 19)}`;
  return `${rng.int(1, 120)} ${rng.pick(STREETS)}, ${town} ${outward} ${rng.int(1, 9)}${letters[rng.int(0, 19)] ?? 'A'}${letters[rng.int(0, 19)] ?? 'B'}`;
}

export function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
