import { PRIMARY_NAV } from './navigation';

describe("each role's primary navigation", () => {
  it.each([
    ['ADVOCATE', ['My children /advocate (exact)', 'My concerns /advocate/concerns', 'My homes /advocate/homes', 'Annual report /advocate/reports']],
    [
      'LA_MANAGER',
      [
        'Children /la (exact)',
        'Record an event /la/record-event',
        'Meetings to chair /la/meetings',
        'Earlier meetings /la/earlier-meetings',
        'Concerns /la/concerns',
        'Homes /la/homes',
        'Import a return /la/import',
        'Themes /la/themes',
        'Themes to answer /la/theme-requests',
        'Visit recommendations /la/visit-recommendations',
        'Annual report /la/reports',
      ],
    ],
    [
      'COMMISSIONER_STAFF',
      [
        'Allocation oversight /commissioner (exact)',
        'Escalations /commissioner/escalations',
        'Homes /commissioner/homes',
        'Themes /commissioner/themes',
        'Themes put /commissioner/theme-requests',
        'Annual report /commissioner/reports',
      ],
    ],
    [
      'ADMIN',
      [
        'Users /admin/users',
        'Allocation /admin/allocation',
        'Local authorities /admin/local-authorities',
        'Providers /admin/providers',
        'Advocates /admin/advocates',
        'LA staff /admin/la-staff',
      ],
    ],
    ['PROVIDER_MANAGER', ['Your provider /provider (exact)']],
    [
      'DATA_PROTECTION_OFFICER',
      [
        "Children's records /data-protection (exact)",
        'Records due for disposal /data-protection/records-due-for-disposal',
        'Disposal register /data-protection/disposal-register',
      ],
    ],
  ] as const)('%s', (role, items) => {
    expect(PRIMARY_NAV[role].map((item) => `${item.label} ${item.path}${item.exact ? ' (exact)' : ''}`)).toEqual(items);
  });
});
