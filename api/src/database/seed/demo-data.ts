import type { Role } from '@heard/domain';

/** Demo data for a first run. Every name here is invented. */
export const DEMO_PASSWORD = 'demo-password';

export const DEMO_LOCAL_AUTHORITIES = [
  { code: '901', name: 'Northshire County Council' },
  { code: '902', name: 'Eastmoor Borough Council' },
  { code: '903', name: 'Riverside City Council' },
] as const;

export const DEMO_PROVIDER = 'Voices Independent Advocacy';

export interface DemoUser {
  email: string;
  displayName: string;
  role: Role;
  laCode?: string;
  atProvider?: boolean;
}

export const DEMO_USERS: readonly DemoUser[] = [
  { email: 'advocate@demo.heard', displayName: 'Priya Shah', role: 'ADVOCATE', atProvider: true },
  { email: 'advocate2@demo.heard', displayName: 'Tom Okafor', role: 'ADVOCATE', atProvider: true },
  { email: 'manager@demo.heard', displayName: 'Jordan Ellis', role: 'LA_MANAGER', laCode: '901' },
  { email: 'manager2@demo.heard', displayName: 'Sian Roberts', role: 'LA_MANAGER', laCode: '902' },
  { email: 'commissioner@demo.heard', displayName: 'Alex Morgan', role: 'COMMISSIONER_STAFF' },
  { email: 'admin@demo.heard', displayName: 'Chris Taylor', role: 'ADMIN' },
  { email: 'provider@demo.heard', displayName: 'Sam Patel', role: 'PROVIDER_MANAGER', atProvider: true },
  { email: 'dpo@demo.heard', displayName: 'Morgan Hughes', role: 'DATA_PROTECTION_OFFICER', laCode: '901' },
];

/** The provider covers Northshire and Eastmoor, not Riverside: Riverside's child waits in the queue. */
export const DEMO_COVERAGE = ['901', '902'] as const;

/** Social workers per LA code: [name, recorded as experienced]. */
export const DEMO_SOCIAL_WORKERS: Readonly<Record<string, ReadonlyArray<readonly [string, boolean]>>> = {
  '901': [
    ['Hannah Price', true],
    ['Marcus Bell', false],
  ],
  '902': [
    ['Aisha Khan', true],
    ['Owen Davies', false],
  ],
};

export const DEMO_ADVOCATES = [
  { email: 'advocate@demo.heard', caseloadCap: 40, languages: ['English', 'Polish'], contactPhone: '0300 123 4567' },
  { email: 'advocate2@demo.heard', caseloadCap: 2, languages: ['English', 'Bengali'], contactPhone: '0300 123 4568' },
] as const;

export interface DemoChild {
  laCode: string;
  ref: string;
  givenName: string;
  familyName: string;
  preferredName: string | null;
  dateOfBirth: string;
  firstLanguage: string | null;
  siblingOf?: string;
  /** Days before the first start that the child entered care. */
  enteredCareDaysAgo: number;
}

export const DEMO_CHILDREN: readonly DemoChild[] = [
  {
    laCode: '901',
    ref: 'NS-1001',
    givenName: 'Amelia',
    familyName: 'Hart',
    preferredName: 'Millie',
    dateOfBirth: '2012-03-14',
    firstLanguage: 'English',
    enteredCareDaysAgo: 12,
  },
  {
    laCode: '901',
    ref: 'NS-1002',
    givenName: 'Noah',
    familyName: 'Hart',
    preferredName: null,
    dateOfBirth: '2015-07-02',
    firstLanguage: 'English',
    siblingOf: 'NS-1001',
    enteredCareDaysAgo: 12,
  },
  {
    laCode: '901',
    ref: 'NS-1003',
    givenName: 'Leo',
    familyName: 'Nowak',
    preferredName: null,
    dateOfBirth: '2009-11-30',
    firstLanguage: 'Polish',
    enteredCareDaysAgo: 2,
  },
  {
    laCode: '902',
    ref: 'EM-2001',
    givenName: 'Zara',
    familyName: 'Begum',
    preferredName: null,
    dateOfBirth: '2011-01-19',
    firstLanguage: 'Bengali',
    enteredCareDaysAgo: 4,
  },
  {
    laCode: '902',
    ref: 'EM-2002',
    givenName: 'Kai',
    familyName: 'Mensah',
    preferredName: 'K',
    dateOfBirth: '2019-05-25',
    firstLanguage: 'English',
    enteredCareDaysAgo: 1,
  },
  {
    laCode: '903',
    ref: 'RS-3001',
    givenName: 'Ruby',
    familyName: 'Clarke',
    preferredName: null,
    dateOfBirth: '2008-08-08',
    firstLanguage: 'English',
    enteredCareDaysAgo: 6,
  },
];

/** Children's homes, with the demo children living there (by LA reference) and the advocate who visits. */
export const DEMO_HOMES = [
  {
    name: 'Oakfield House',
    providerName: 'Brightpath Care Ltd',
    providerContactEmail: 'registered.manager@oakfield.example',
    ofstedUrn: 'SC482117',
    address: '12 Oak Lane, Northshire NS1 4AB',
    laCode: '901',
    responsibleAdvocate: 'advocate@demo.heard',
    residents: ['NS-1003', 'EM-2001'],
  },
  {
    name: 'Riverside Lodge',
    providerName: 'Eastmoor Children’s Services',
    providerContactEmail: 'manager@riverside-lodge.example',
    ofstedUrn: 'SC519034',
    address: '3 Mill Street, Eastmoor EM2 7QT',
    laCode: '902',
    responsibleAdvocate: 'advocate2@demo.heard',
    residents: ['EM-2002'],
  },
] as const;

/**
 * Two reporting years of history for Northshire and Eastmoor, from the national data generator: children and
 * their care, advocacy, meetings, homes and visits, concerns. The same seed and "today" always give the same rows.
 */
export const DEMO_HISTORY = {
  /** The generator's seed (the national dataset's default is 1, so their ids never meet). */
  seed: 903,
  years: 2,
  localAuthorities: [
    { code: '901', town: 'Northshire', target: 130, homes: 3 },
    { code: '902', town: 'Eastmoor', target: 90, homes: 2 },
  ],
  /**
   * How many of the history's children each demo advocate holds today, below their cap so the children that
   * enter care in the demo still reach Priya Shah (the lowest caseload): Tom Okafor's two places are his named children's.
   */
  historyCaps: { 'advocate@demo.heard': 5, 'advocate2@demo.heard': 0 } as Readonly<Record<string, number>>,
  /** Colleagues at the provider who hold the rest. They cannot sign in: their password is random. */
  colleagues: [
    { email: 'colleague1@demo.heard', displayName: 'Grace Adeyemi', cap: 40, languages: ['English', 'Urdu'], phone: '0300 123 4571' },
    { email: 'colleague2@demo.heard', displayName: 'Daniel Reid', cap: 40, languages: ['English'], phone: '0300 123 4572' },
    { email: 'colleague3@demo.heard', displayName: 'Fatima Hussain', cap: 45, languages: ['English', 'Arabic'], phone: '0300 123 4573' },
    { email: 'colleague4@demo.heard', displayName: 'Ewan Murray', cap: 40, languages: ['English'], phone: '0300 123 4574' },
    { email: 'colleague5@demo.heard', displayName: 'Chloe Bennett', cap: 30, languages: ['English', 'Romanian'], phone: '0300 123 4575' },
    { email: 'colleague6@demo.heard', displayName: 'Samuel Osei', cap: 40, languages: ['English', 'Somali'], phone: '0300 123 4576' },
    { email: 'colleague7@demo.heard', displayName: 'Megan Lloyd', cap: 40, languages: ['English'], phone: '0300 123 4577' },
  ],
} as const;
