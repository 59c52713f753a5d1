import { describe, expect, it } from 'vitest';
import { SEED_000_HA_GIANG, type CriteriaSet } from '@exemplar/shared';
import { attestRules, defaultAttestedOn, isAttested, pendingAttestRules } from './attestations';

const set: CriteriaSet = {
  version: 1,
  code: 'T',
  title: { vi: 'T' },
  source: 's',
  parameters: [],
  roleGroups: [],
  combine: 'ALL',
  criteria: [
    { key: 'A', title: { vi: 'A' }, sourceText: 'a', confidence: 'exact', appliesTo: ['CA_NHAN'], rule: { op: 'attest', key: 'A', text: 'Văn bản A.' } },
    {
      key: 'B',
      title: { vi: 'B' },
      sourceText: 'b',
      confidence: 'exact',
      appliesTo: ['CA_NHAN'],
      rule: {
        op: 'all',
        of: [
          { op: 'ratingAtLeast', level: 'HTXSNV' },
          { op: 'not', rule: { op: 'attest', key: 'B.NOT', text: 'Không B.' } },
          { op: 'everyYear', window: { kind: 'ANY' }, condition: { op: 'attest', key: 'B.YEAR', text: 'Mỗi năm B.' } },
        ],
      },
    },
    {
      key: 'C',
      title: { vi: 'C' },
      sourceText: 'c',
      confidence: 'exact',
      appliesTo: ['TAP_THE'],
      rule: { op: 'members', scope: 'STAFF', cmp: '>=', value: 1, condition: { op: 'attest', key: 'C.MEMBER', text: 'Thành viên C.' } },
    },
  ],
} as unknown as CriteriaSet;

describe('attest rules of a set', () => {
  it('finds every attest rule with the path the evaluator gives it, leaving out members', () => {
    expect(attestRules(set).map((r) => [r.key, r.path, r.criterionKey])).toEqual([
      ['A', 'criteria[0].rule', 'A'],
      ['B.NOT', 'criteria[1].rule.of[1].rule', 'B'],
      ['B.YEAR', 'criteria[1].rule.of[2].condition', 'B'],
    ]);
  });

  it("reads seed 000's qualitative criteria verbatim", () => {
    const rules = attestRules(SEED_000_HA_GIANG);
    expect(rules.map((r) => r.key)).toEqual(['HG-GEN-TT', 'HG-GEN-CN', 'HG-TT-1.TIEU_BIEU', 'HG-TT-3.DOAN_KET', 'HG-CN-1.DIEN_HINH', 'HG-CN-2']);
    expect(rules.find((r) => r.key === 'HG-CN-2')?.text).toBe('Thực hiện tốt phong trào “cán bộ công chức, viên chức thi đua thực hiện văn hóa công sở” giai đoạn 2022 - 2025.');
  });
});

describe('pending attestations', () => {
  const lines = [{ path: '' }, { path: 'criteria[0].rule' }, { path: 'criteria[0].rule' }, { path: 'criteria[1].rule' }, { path: 'criteria[1].rule.of[1].rule' }];

  it('lists the attest rules the evaluation reached that no attestation decides by the date', () => {
    expect(pendingAttestRules(set, lines, [], '2025-06-30').map((r) => r.key)).toEqual(['A', 'B.NOT']);
    expect(pendingAttestRules(set, lines, [{ criterionKey: 'A', attestedOn: '2025-01-02' }], '2025-06-30').map((r) => r.key)).toEqual(['B.NOT']);
  });

  it('ignores attestations dated after the evaluation date', () => {
    expect(isAttested('A', [{ criterionKey: 'A', attestedOn: '2025-07-01' }], '2025-06-30')).toBe(false);
    expect(pendingAttestRules(set, lines, [{ criterionKey: 'A', attestedOn: '2025-07-01' }], '2025-06-30').map((r) => r.key)).toEqual(['A', 'B.NOT']);
  });

  it('dates a new attestation no later than the evaluation date', () => {
    expect(defaultAttestedOn('2025-07-10', '2025-06-30')).toBe('2025-06-30');
    expect(defaultAttestedOn('2025-07-10', '2025-12-31')).toBe('2025-07-10');
    expect(defaultAttestedOn('2025-07-10', null)).toBe('2025-07-10');
  });
});
