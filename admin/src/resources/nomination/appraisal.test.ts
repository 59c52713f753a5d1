import { describe, expect, it } from 'vitest';
import type { CriteriaSet } from '@exemplar/shared';
import { canAppraise, canAttest, criterionVerdicts, planCriteriaSetChoices, planHasDefaultSet, readSnapshot, undeterminedAttestations } from './appraisal';

const result = {
  setCode: 'S',
  subjectId: '1',
  subjectKind: 'TAP_THE',
  asOf: '2023-12-31',
  verdict: 'UNKNOWN',
  applicable: true,
  criteria: [
    { key: 'A', title: { vi: 'Tiêu chí A', en: 'Criterion A' }, roleGroup: null, verdict: 'PASS', trace: { path: 'criteria[0].rule' } },
    { key: 'B', title: { vi: 'Tiêu chí B' }, roleGroup: null, verdict: 'UNKNOWN', trace: { path: 'criteria[1].rule' } },
  ],
};

describe('the stored snapshot', () => {
  it('reads an appraisal', () => {
    const snapshot = readSnapshot({ criteriaSetCode: 'S', asOf: '2023-12-31', verdict: 'UNKNOWN', applicable: true, roleGroup: null, subject: { kind: 'TAP_THE', id: '1' }, result });
    expect(snapshot).toMatchObject({ criteriaSetCode: 'S', asOf: '2023-12-31', verdict: 'UNKNOWN', applicable: true, roleGroup: null, reason: null });
    expect(criterionVerdicts(snapshot).map((c) => [c.key, c.verdict])).toEqual([
      ['A', 'PASS'],
      ['B', 'UNKNOWN'],
    ]);
  });

  it.each([
    ['nothing before appraisal', null, null],
    ['not an object', 'x', null],
    ['a list', [], null],
  ])('%s', (_, value, expected) => {
    expect(readSnapshot(value)).toBe(expected);
  });

  it('a model without a subject: not applicable, the reason kept, no criteria', () => {
    const snapshot = readSnapshot({ applicable: false, reason: 'NO_SUBJECT', asOf: '2023-12-31' });
    expect(snapshot).toMatchObject({ applicable: false, reason: 'NO_SUBJECT', verdict: null, result: null });
    expect(criterionVerdicts(snapshot)).toEqual([]);
  });

  it('an unknown verdict word is not shown as one', () => {
    expect(readSnapshot({ verdict: 'MAYBE' })?.verdict).toBeNull();
  });
});

describe("the plan's criteria sets", () => {
  const refs = [
    { code: 'F1', scope: 'FIELD', field: 'X' },
    { code: 'G', scope: 'GENERAL' },
    { code: 'K', scope: 'SUBJECT_KIND', subjectKinds: ['CA_NHAN'] },
    { code: 'F1', scope: 'FIELD', field: 'Y' },
    null,
    { scope: 'FIELD' },
  ];

  it.each([
    ['CA_NHAN', ['G', 'K', 'F1']],
    ['TAP_THE', ['G', 'F1', 'K']],
    [null, ['G', 'F1', 'K']],
  ])('for a %s: general and own kind first, each code once', (kind, codes) => {
    expect(planCriteriaSetChoices(refs, kind).map((r) => r.code)).toEqual(codes);
  });

  it.each([
    [refs, 'TAP_THE', true],
    [[{ code: 'F1', scope: 'FIELD' }], 'TAP_THE', false],
    [[{ code: 'K', scope: 'SUBJECT_KIND', subjectKinds: ['CA_NHAN'] }], 'CA_NHAN', true],
    [[{ code: 'K', scope: 'SUBJECT_KIND', subjectKinds: ['CA_NHAN'] }], 'TAP_THE', false],
  ])('%j picks a set by itself for %s: %s', (list, kind, expected) => {
    expect(planHasDefaultSet(list, kind)).toBe(expected);
  });
});

describe('qualitative criteria left undetermined', () => {
  const set = {
    criteria: [
      { key: 'A', rule: { op: 'attest', key: 'A.1', text: 'a' } },
      { key: 'B', rule: { op: 'all', of: [{ op: 'attest', key: 'B.1', text: 'b1' }, { op: 'attest', key: 'B.2', text: 'b2' }] } },
      { key: 'C', rule: { op: 'attest', key: 'A.1', text: 'a again' } },
    ],
  } as unknown as CriteriaSet;

  it('lists the attest rules whose node is UNKNOWN in the snapshot, once per key', () => {
    const lines = [
      { path: '', verdict: 'UNKNOWN' },
      { path: 'criteria[0].rule', verdict: 'UNKNOWN' },
      { path: 'criteria[1].rule.of[0]', verdict: 'PASS' },
      { path: 'criteria[1].rule.of[1]', verdict: 'UNKNOWN' },
      { path: 'criteria[2].rule', verdict: 'UNKNOWN' },
    ];
    expect(undeterminedAttestations(set, lines).map((r) => r.key)).toEqual(['A.1', 'B.2']);
  });

  it('none when every attest rule is decided or not reached', () => {
    expect(undeterminedAttestations(set, [{ path: 'criteria[0].rule', verdict: 'PASS' }])).toEqual([]);
  });

  it.each([
    ['RECEIVED', true, false],
    ['APPRAISED', false, true],
    ['COUNCIL_REVIEW', false, false],
    ['SUBMITTED', false, false],
  ])('%s: appraise %s, attest %s', (status, appraise, attest) => {
    expect(canAppraise(status)).toBe(appraise);
    expect(canAttest(status)).toBe(attest);
  });
});
