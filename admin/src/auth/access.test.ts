import { describe, expect, it } from 'vitest';
import { canAccessWith, requiredCapability } from './access';
import { effectiveGrants, type Grant } from './session';

const NATIONAL: Grant = { id: '1', role: 'NATIONAL_ADMIN', organizationId: null, unitId: null };
const ADMIN: Grant = { id: '2', role: 'ADMIN', organizationId: null, unitId: '10821' };
const REVIEWER: Grant = { id: '3', role: 'REVIEWER', organizationId: '27', unitId: null };
const ANALYST: Grant = { id: '4', role: 'ANALYST', organizationId: null, unitId: '10821' };
const API_CLIENT: Grant = { id: '5', role: 'API_CLIENT', organizationId: '27', unitId: null };

const ROLES: [string, Grant[]][] = [
  ['national administrator', [NATIONAL]],
  ['administrator', [ADMIN]],
  ['reviewer', [REVIEWER]],
  ['analyst', [ANALYST]],
  ['API client', [API_CLIENT]],
  ['nobody (no grants)', []],
];

/** resource, action, then the expected answer for each role of ROLES, in order. */
const TABLE: [string, string, [boolean, boolean, boolean, boolean, boolean, boolean]][] = [
  // Records of a jurisdiction: everyone reads, administrators write.
  ['Organization', 'list', [true, true, true, true, true, false]],
  ['Organization', 'show', [true, true, true, true, true, false]],
  ['Organization', 'export', [true, true, true, true, true, false]],
  ['Organization', 'create', [true, true, false, false, false, false]],
  ['Organization', 'edit', [true, true, false, false, false, false]],
  ['Organization', 'delete', [true, true, false, false, false, false]],
  ['Person', 'edit', [true, true, false, false, false, false]],
  ['Plan', 'create', [true, true, false, false, false, false]],
  ['Exemplar', 'edit', [true, true, false, false, false, false]],
  ['Council', 'create', [true, true, false, false, false, false]],
  ['CouncilMember', 'delete', [true, true, false, false, false, false]],
  ['AwardDecision', 'create', [true, true, false, false, false, false]],
  ['Attestation', 'create', [true, true, false, false, false, false]],
  // Review steps: reviewers too.
  ['Nomination', 'review', [true, true, true, false, false, false]],
  ['CouncilSession', 'review', [true, true, true, false, false, false]],
  ['Nomination', 'edit', [true, true, false, false, false, false]],
  ['CouncilSession', 'edit', [true, true, false, false, false, false]],
  ['Organization', 'review', [false, false, false, false, false, false]],
  // The award catalogue: read by everyone, written by national administrators.
  ['AwardType', 'list', [true, true, true, true, true, false]],
  ['AwardType', 'create', [true, false, false, false, false, false]],
  ['AwardType', 'edit', [true, false, false, false, false, false]],
  ['AwardAuthorityRule', 'edit', [true, false, false, false, false, false]],
  ['ActivityField', 'delete', [true, false, false, false, false, false]],
  ['CriteriaSet', 'create', [true, false, false, false, false, false]],
  ['CriteriaSet', 'show', [true, true, true, true, true, false]],
  // Reference data: read only.
  ['AdministrativeUnit', 'list', [true, true, true, true, true, false]],
  ['AdministrativeUnit', 'edit', [false, false, false, false, false, false]],
  // Administration: the audit log for administrators, users and keys for national administrators.
  ['AuditEntry', 'list', [true, true, false, false, false, false]],
  ['AuditEntry', 'show', [true, true, true, true, true, false]],
  ['AuditEntry', 'delete', [false, false, false, false, false, false]],
  ['AppUser', 'list', [true, false, false, false, false, false]],
  ['AppUser', 'show', [true, false, false, false, false, false]],
  ['AppUser', 'create', [true, false, false, false, false, false]],
  ['ApiKey', 'list', [true, false, false, false, false, false]],
  ['ApiKey', 'create', [true, false, false, false, false, false]],
  // An action nobody knows.
  ['Organization', 'launch', [false, false, false, false, false, false]],
];

describe('what each role may do', () => {
  for (const [resource, action, expected] of TABLE) {
    ROLES.forEach(([role, grants], i) => {
      it(`${role}: ${action} ${resource} → ${expected[i] ? 'yes' : 'no'}`, () => expect(canAccessWith(grants, { action, resource })).toBe(expected[i]));
    });
  }

  it('several grants: the most a grant allows', () => {
    expect(canAccessWith([ANALYST, ADMIN], { action: 'create', resource: 'Organization' })).toBe(true);
    expect(canAccessWith([ANALYST, REVIEWER], { action: 'review', resource: 'Nomination' })).toBe(true);
    expect(canAccessWith([ANALYST, REVIEWER], { action: 'edit', resource: 'Nomination' })).toBe(false);
  });

  it('an unknown role allows nothing', () => {
    expect(canAccessWith([{ role: 'SOMETHING_NEW' }], { action: 'list', resource: 'Organization' })).toBe(false);
  });

  it('names what an action needs', () => {
    expect(requiredCapability('list', 'Organization')).toBe('read');
    expect(requiredCapability('review', 'Nomination')).toBe('review');
    expect(requiredCapability('create', 'AwardType')).toBe('national');
    expect(requiredCapability('edit', 'AdministrativeUnit')).toBeNull();
  });
});

describe('acting under one grant (the jurisdiction picker)', () => {
  const cases: [string, Grant[], string | null, string[]][] = [
    ['no choice: all grants', [ADMIN, ANALYST], null, ['2', '4']],
    ['one chosen', [ADMIN, ANALYST], '4', ['4']],
    ['a choice not held: all grants', [ADMIN, ANALYST], '99', ['2', '4']],
    ['no grants', [], '2', []],
  ];
  for (const [name, grants, chosen, expected] of cases) {
    it(name, () => expect(effectiveGrants(grants, chosen).map((g) => g.id)).toEqual(expected));
  }

  it('acting as the analyst hides what the administrator grant allows', () => {
    expect(canAccessWith(effectiveGrants([ADMIN, ANALYST], '4'), { action: 'create', resource: 'Organization' })).toBe(false);
    expect(canAccessWith(effectiveGrants([ADMIN, ANALYST], '2'), { action: 'create', resource: 'Organization' })).toBe(true);
  });
});
