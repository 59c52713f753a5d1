import { describe, expect, it } from 'vitest';
import { evaluateCriteriaSet, evaluateRule, type RuleEvaluationOptions } from './evaluate';
import { explain, explainNode, explainResult, type ExplainLabels } from './explain';
import type { SubjectFacts } from './facts';
import { fact, subjectFacts } from './facts-builder';
import type { Rule } from './rule';
import { parseRule } from './schema';
import { SEED_000_HA_GIANG } from './seed-criteria';

const labels: ExplainLabels = {
  awardTypes: { CSTD_BO_TINH: { vi: 'Chiến sĩ thi đua cấp tỉnh', en: 'provincial emulation soldier' } },
  roles: { PHO_GIAM_DOC: { vi: 'Phó Giám đốc', en: 'Deputy director' } },
};

function sentences(rule: Rule, facts: SubjectFacts, options: Partial<RuleEvaluationOptions> = {}, withLabels = false): [string, string] {
  const { trace } = evaluateRule(parseRule(rule), facts, { asOf: '2025-12-31', ...options });
  const l = withLabels ? labels : undefined;
  return [explainNode(trace, { labels: l }), explainNode(trace, { lang: 'en', labels: l })];
}

const person = (parts: Partial<Omit<SubjectFacts, 'subject'>> = {}) => subjectFacts('P', 'CA_NHAN', parts);

describe('one sentence per rule, in Vietnamese and English', () => {
  it.each<[string, Rule, SubjectFacts, Partial<RuleEvaluationOptions>, boolean, string, string]>([
    [
      'initiatives counted in a period',
      { op: 'count', source: 'INITIATIVE', where: { recognitionLevels: ['TINH'] }, window: { kind: 'YEARS', from: 2021, to: 2025 }, cmp: '>=', value: 2 },
      person({ initiatives: [fact.initiative('SK-12', 'TINH', '2022-03-01'), fact.initiative('SK-31', 'TINH', '2024-09-09'), fact.initiative('SK-40', 'HUYEN', '2024-01-01')] }),
      { asOf: '2026-01-10' },
      false,
      'Đạt: có 2 sáng kiến được công nhận cấp tỉnh trong giai đoạn 2021–2025 (cần ≥ 2): SK-12, SK-31.',
      'Passed: 2 initiatives recognised at provincial level in 2021–2025 (needs ≥ 2): SK-12, SK-31.',
    ],
    [
      'one short, with catalogue names',
      { op: 'count', source: 'AWARD', where: { awardTypes: ['CSTD_BO_TINH'] }, window: { kind: 'ANY' }, cmp: '>=', value: 2 },
      person({ awards: [fact.award('A-1', 'CSTD_BO_TINH', 2022)] }),
      { asOf: '2025-06-30' },
      true,
      'Không đạt: có 1 lần được tặng Chiến sĩ thi đua cấp tỉnh tính đến ngày 30/06/2025 (cần ≥ 2): A-1.',
      'Failed: 1 award of provincial emulation soldier up to 2025-06-30 (needs ≥ 2): A-1.',
    ],
    [
      'none at all',
      { op: 'count', source: 'AWARD', where: { awardTypes: ['BK_BO_TINH'], issuerLevels: ['TINH'] }, window: { kind: 'YEARS', from: 2021, to: 2025 }, cmp: '>=', value: 1 },
      person(),
      {},
      false,
      'Không đạt: chưa được tặng BK_BO_TINH do cấp tỉnh trao trong giai đoạn 2021–2025 (cần ≥ 1).',
      'Failed: no awards of BK_BO_TINH issued at provincial level in 2021–2025 (needs ≥ 1).',
    ],
    [
      'a record that might count, in a window cut short by the evaluation date',
      { op: 'count', source: 'INITIATIVE', where: { minRecognitionLevel: 'TINH', applied: true }, window: { kind: 'YEARS', from: 2021, to: 'EVAL_YEAR' }, cmp: '>=', value: 2 },
      person({ initiatives: [fact.initiative('SK-1', 'TINH', '2022-01-01'), fact.initiative('SK-2', 'BO', '2023-01-01', null)] }),
      { asOf: '2025-06-30' },
      false,
      'Chưa xác định: có 1 sáng kiến được công nhận cấp tỉnh trở lên, đã được áp dụng từ năm 2021 đến ngày 30/06/2025 (cần ≥ 2): SK-1; chưa rõ: SK-2.',
      'Unknown: 1 initiative recognised at provincial level or above and applied from 2021 to 2025-06-30 (needs ≥ 2): SK-1; uncertain: SK-2.',
    ],
    [
      'a rating',
      { op: 'ratingAtLeast', level: 'HTTNV' },
      person({ ratings: [fact.rating('R-2024', 2024, 'HTXSNV')] }),
      { asOf: '2024-12-31' },
      false,
      'Đạt: năm 2024 được xếp loại HTXSNV (cần HTTNV trở lên): R-2024.',
      'Passed: rated HTXSNV in 2024 (needs HTTNV or better): R-2024.',
    ],
    [
      'a missing rating',
      { op: 'ratingAtLeast', level: 'HTXSNV' },
      person(),
      { asOf: '2024-12-31' },
      false,
      'Chưa xác định: chưa có xếp loại trong năm 2024 (cần HTXSNV trở lên).',
      'Unknown: no rating in 2024 (needs HTXSNV or better).',
    ],
    [
      'a member disciplined',
      { op: 'noDiscipline', scope: 'MEMBERS', minForm: 'CANH_CAO', window: { kind: 'THIS_YEAR' } },
      subjectFacts('O', 'TAP_THE', { members: [subjectFacts('M1', 'CA_NHAN', { disciplines: [fact.discipline('KL-1', 'CANH_CAO', '2024-03-03')] })] }),
      { asOf: '2024-12-31' },
      false,
      'Không đạt: có 1 quyết định kỷ luật từ hình thức cảnh cáo trở lên trong năm 2024: KL-1.',
      'Failed: 1 disciplinary decision at warning or above in 2024: KL-1.',
    ],
    [
      'no discipline',
      { op: 'noDiscipline', scope: 'SELF', minForm: 'KHIEN_TRACH', window: { kind: 'THIS_YEAR' } },
      person(),
      { asOf: '2024-12-31' },
      false,
      'Đạt: không bị kỷ luật từ hình thức khiển trách trở lên trong năm 2024.',
      'Passed: no discipline at reprimand or above in 2024.',
    ],
    [
      'a member share one short',
      { op: 'members', measure: 'SHARE', cmp: '>=', value: 70, condition: { op: 'count', source: 'AWARD', where: { awardTypes: ['LAO_DONG_TIEN_TIEN'] }, window: { kind: 'THIS_YEAR' }, cmp: '>=', value: 1 } },
      subjectFacts('O', 'TAP_THE', {
        members: ['M1', 'M2', 'M3'].map((id, i) => subjectFacts(id, 'CA_NHAN', { awards: i < 2 ? [fact.award(`L${i}`, 'LAO_DONG_TIEN_TIEN', 2024)] : [] })),
      }),
      { asOf: '2024-12-31' },
      false,
      'Không đạt: 2/3 thành viên (66,7%) đáp ứng điều kiện (cần ≥ 70%): M1, M2.',
      'Failed: 2 of 3 members (66.7%) meet the condition (needs ≥ 70%): M1, M2.',
    ],
    [
      'a tie is not a rise',
      { op: 'increasing', metric: 'DOANH_THU', window: { kind: 'YEARS', from: 2021, to: 2024 } },
      subjectFacts('O', 'TAP_THE', { metrics: [10, 12, 12, 15].map((v, i) => fact.metric(`DT${2021 + i}`, 'DOANH_THU', 2021 + i, v)) }),
      {},
      false,
      'Không đạt: DOANH_THU không tăng từ năm 2022 (12) sang năm 2023 (12): DT2022, DT2023.',
      'Failed: DOANH_THU does not rise from 2022 (12) to 2023 (12): DT2022, DT2023.',
    ],
    [
      'a rise, with each language\'s number format',
      { op: 'increasing', metric: 'THU_NHAP_HO', window: { kind: 'YEARS', from: 2023, to: 2024 } },
      subjectFacts('H', 'HO_GIA_DINH', { metrics: [fact.metric('T1', 'THU_NHAP_HO', 2023, 1500000.5), fact.metric('T2', 'THU_NHAP_HO', 2024, 2000000)] }),
      {},
      false,
      'Đạt: THU_NHAP_HO tăng qua từng năm trong giai đoạn 2023–2024: 1.500.000,5 < 2.000.000 (T1, T2).',
      'Passed: THU_NHAP_HO rises every year in 2023–2024: 1,500,000.5 < 2,000,000 (T1, T2).',
    ],
    [
      'an unattested qualitative criterion',
      { op: 'attest', key: 'K', text: 'Nội bộ đoàn kết.' },
      person(),
      {},
      false,
      'Chưa xác định: «Nội bộ đoàn kết.» — chưa được xác nhận.',
      'Unknown: “Nội bộ đoàn kết.” — not yet attested.',
    ],
    [
      'an attested one',
      { op: 'attest', key: 'K', text: 'Nội bộ đoàn kết.' },
      person({ attestations: [fact.attestation('XN-1', 'K', 'PASS', '2025-01-02', 'Hội đồng TĐKT Sở')] }),
      {},
      false,
      'Đạt: «Nội bộ đoàn kết.» — đã được xác nhận (XN-1, Hội đồng TĐKT Sở).',
      'Passed: “Nội bộ đoàn kết.” — attested (XN-1, Hội đồng TĐKT Sở).',
    ],
    [
      'a flag',
      { op: 'flag', code: 'XA_DAT_CHUAN_NTM' },
      subjectFacts('X', 'TAP_THE', { flags: [fact.flag('F-1', 'XA_DAT_CHUAN_NTM', 2023)] }),
      {},
      false,
      'Đạt: có ghi nhận XA_DAT_CHUAN_NTM (năm 2023): F-1.',
      'Passed: XA_DAT_CHUAN_NTM is recorded (2023): F-1.',
    ],
    [
      'five consecutive years',
      { op: 'consecutive', years: 5, window: { kind: 'ROLLING', years: 5 }, condition: { op: 'ratingAtLeast', level: 'HTXSNV' } },
      person({ ratings: [2020, 2021, 2022, 2023, 2024].map((y) => fact.rating(`R${y}`, y, 'HTXSNV')) }),
      { asOf: '2024-12-31' },
      false,
      'Đạt: 5 năm liên tục 2020–2024 đáp ứng điều kiện (cần 5 năm liên tục trong giai đoạn 2020–2024).',
      'Passed: 5 consecutive years 2020–2024 meet the condition (needs 5 consecutive years in 2020–2024).',
    ],
    [
      'a broken run',
      { op: 'consecutive', years: 3, window: { kind: 'YEARS', from: 2020, to: 2024 }, condition: { op: 'ratingAtLeast', level: 'HTXSNV' } },
      person({ ratings: [fact.rating('R1', 2021, 'HTXSNV'), fact.rating('R2', 2022, 'HTXSNV'), fact.rating('R3', 2023, 'HTTNV'), fact.rating('R4', 2020, 'HTTNV'), fact.rating('R5', 2024, 'HTXSNV')] }),
      { asOf: '2024-12-31' },
      false,
      'Không đạt: không có 3 năm liên tục đáp ứng điều kiện trong giai đoạn 2020–2024 (dài nhất: 2 năm).',
      'Failed: no 3 consecutive years meet the condition in 2020–2024 (longest: 2).',
    ],
    [
      'every year, one missing',
      { op: 'everyYear', window: { kind: 'YEARS', from: 2021, to: 2023 }, condition: { op: 'ratingAtLeast', level: 'HTTNV' } },
      person({ ratings: [fact.rating('R1', 2021, 'HTTNV'), fact.rating('R3', 2023, 'HTTNV')] }),
      {},
      false,
      'Chưa xác định: chưa đủ dữ liệu cho năm 2022 trong giai đoạn 2021–2023.',
      'Unknown: undetermined for 2022 (needed every year in 2021–2023).',
    ],
  ])('%s', (_name, rule, facts, options, withLabels, vi, en) => {
    expect(sentences(rule, facts, options, withLabels)).toEqual([vi, en]);
  });
});

describe('a whole result, rendered as indented lines', () => {
  const deputy = subjectFacts('P-7', 'CA_NHAN', {
    positions: [fact.position('POS-1', 'PHO_GIAM_DOC', 'SO')],
    awards: [fact.award('A-1', 'CSTD_BO_TINH', 2022, { issuerLevel: 'TINH' })],
    initiatives: [fact.initiative('SK-1', 'TINH', '2023-05-01')],
    attestations: [fact.attestation('XN-1', 'HG-GEN-CN', 'PASS', '2025-06-01', 'HĐTĐKT Sở')],
  });
  const result = evaluateCriteriaSet(SEED_000_HA_GIANG, deputy, { asOf: '2025-06-30' });

  it('says which role group judged the person and why, then each criterion (Vietnamese)', () => {
    const lines = explainResult(result, { labels });
    expect(lines.slice(0, 4).map((l) => [l.depth, l.text])).toEqual([
      [0, 'Kết quả theo bộ tiêu chí SEED-000-HA-GIANG (ngày 30/06/2025): Không đạt.'],
      [1, 'Xét theo nhóm «Giám đốc, các Phó Giám đốc Sở» vì giữ chức vụ Phó Giám đốc tại SO vào ngày 30/06/2025 (vị trí POS-1).'],
      [1, '[HG-GEN-CN] Tiêu chí chung đối với cá nhân: Đạt.'],
      [2, 'Đạt: «Gương mẫu chấp hành đường lối của Đảng, chính sách pháp luật của Nhà nước, quy định của cơ quan, đơn vị; là điển hình tiêu biểu được lựa chọn trong các phong trào thi đua.» — đã được xác nhận (XN-1, HĐTĐKT Sở).'],
    ]);
    expect(explain(result, { labels }).split('\n').slice(-4)).toEqual([
      '  [HG-CN-LD-SO] Giám đốc, Phó Giám đốc Sở: 2 lần CSTĐ cấp tỉnh hoặc 2 sáng kiến cấp tỉnh: Không đạt.',
      '    Không đạt: không đáp ứng điều kiện nào trong 2 điều kiện thay thế.',
      '      Không đạt: có 1 lần được tặng Chiến sĩ thi đua cấp tỉnh tính đến ngày 30/06/2025 (cần ≥ 2): A-1.',
      '      Không đạt: có 1 sáng kiến được công nhận cấp tỉnh trở lên, đã được áp dụng tính đến ngày 30/06/2025 (cần ≥ 2): SK-1.',
    ]);
  });

  it('in English', () => {
    const text = explain(result, { lang: 'en', labels }).split('\n');
    expect(text[0]).toBe('Result under SEED-000-HA-GIANG (as of 2025-06-30): Failed.');
    expect(text[1]).toBe('  Judged by the group “Director and deputy directors of the Department”: holds Deputy director at SO on 2025-06-30 (position POS-1).');
    expect(text.slice(-3)).toEqual([
      '    Failed: none of 2 alternatives met.',
      '      Failed: 1 award of provincial emulation soldier up to 2025-06-30 (needs ≥ 2): A-1.',
      '      Failed: 1 initiative recognised at provincial level or above and applied up to 2025-06-30 (needs ≥ 2): SK-1.',
    ]);
  });

  it('explains a leader who no leaders\' group covers', () => {
    const chair = subjectFacts('P-8', 'CA_NHAN', { positions: [fact.position('POS-2', 'CHU_TICH', 'DOAN_THE'), fact.position('POS-3', 'CAN_BO', 'PHONG')] });
    const lines = explainResult(evaluateCriteriaSet(SEED_000_HA_GIANG, chair, { asOf: '2025-06-30' }), { lang: 'en' });
    expect(lines[1].text).toBe("Unknown: holds the leadership role CHU_TICH but no leaders' group applies; a leader is never judged by the staff rule.");
  });

  it('explains a subject the set does not cover', () => {
    const household = evaluateCriteriaSet(SEED_000_HA_GIANG, subjectFacts('H', 'HO_GIA_DINH'), { asOf: '2025-06-30' });
    expect(explain(household)).toBe('Không đạt: bộ tiêu chí SEED-000-HA-GIANG không áp dụng cho đối tượng loại HO_GIA_DINH.');
  });

  it('prefixes per-year and per-member lines', () => {
    const { trace } = evaluateRule(parseRule({ op: 'everyYear', window: { kind: 'YEARS', from: 2023, to: 2024 }, condition: { op: 'ratingAtLeast', level: 'HTTNV' } }), person({ ratings: [fact.rating('R23', 2023, 'HTTNV'), fact.rating('R24', 2024, 'HTNV')] }), { asOf: '2024-12-31' });
    expect(explain(trace, { lang: 'en' })).toBe(
      [
        'Failed: the condition is not met in 2024 (needed every year in 2023–2024).',
        '  2023 — Passed: rated HTTNV in 2023 (needs HTTNV or better): R23.',
        '  2024 — Failed: rated HTNV in 2024 (needs HTTNV or better): R24.',
      ].join('\n'),
    );
  });
});
