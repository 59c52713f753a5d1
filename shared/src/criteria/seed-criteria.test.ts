import { describe, expect, it } from 'vitest';
import { evaluateCriteriaSet, type CriteriaSetResult, type EvaluationOptions, type Verdict } from './evaluate';
import type { SubjectFacts } from './facts';
import { fact, subjectFacts } from './facts-builder';
import type { CriteriaSet, Rule } from './rule';
import { parseCriteriaSet } from './schema';
import {
  ALL_CRITERIA_SETS,
  AWARD_TYPE_CODES_USED,
  awardTypesUsed,
  criteriaSetByCode,
  LAW_CRITERIA_SETS,
  SEED_000_HA_GIANG,
  SEED_001_BA_BE,
  SEED_002_LAO_CAI,
  SEED_003_NAM_DINH,
  SEED_004_LAM_DONG,
  SEED_CRITERIA_SETS,
} from './seed-criteria';

/** The verdict of one criterion, or of one of its sub-rules by trace path suffix. */
function verdict(result: CriteriaSetResult, key: string): Verdict | undefined {
  return result.criteria.find((c) => c.key === key)?.verdict;
}

/** The verdicts of the quantitative sub-rules only (attest ones are not the point here). */
function quantitative(result: CriteriaSetResult, key: string): Verdict[] {
  const c = result.criteria.find((x) => x.key === key);
  if (!c) return [];
  const t = c.trace;
  if (t.op === 'all' && t.children) return t.children.filter((x) => x.op !== 'attest').map((x) => x.verdict);
  return [t.verdict];
}

function hasOp(rule: Rule, ops: string[]): boolean {
  if (ops.includes(rule.op)) return true;
  switch (rule.op) {
    case 'all':
    case 'any':
      return rule.of.some((r) => hasOp(r, ops));
    case 'not':
      return hasOp(rule.rule, ops);
    case 'everyYear':
    case 'members':
      return hasOp(rule.condition, ops);
    case 'consecutive':
      return hasOp(rule.condition, ops) || (rule.inRun ? hasOp(rule.inRun, ops) : false);
    default:
      return false;
  }
}

const DATA_OPS = ['count', 'everyYear', 'consecutive', 'ratingAtLeast', 'noDiscipline', 'members', 'increasing', 'flag'];

describe('every shipped set is valid data', () => {
  it.each(ALL_CRITERIA_SETS.map((s) => [s.code, s] as const))('%s passes parseCriteriaSet unchanged', (_code, set) => {
    expect(parseCriteriaSet(JSON.parse(JSON.stringify(set)))).toEqual(set);
  });

  it('codes are unique and found by code', () => {
    const codes = ALL_CRITERIA_SETS.map((s) => s.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(criteriaSetByCode(code)?.code).toBe(code);
  });

  it('AWARD_TYPE_CODES_USED is exactly what the rules read, in the catalogue spelling', () => {
    const used = new Set<string>();
    for (const s of ALL_CRITERIA_SETS) for (const c of s.criteria) awardTypesUsed(c.rule, used);
    expect([...used].sort()).toEqual([...AWARD_TYPE_CODES_USED].sort());
    const catalogue = ['LAO_DONG_TIEN_TIEN', 'CSTD_CO_SO', 'CSTD_BO_TINH', 'CSTD_TOAN_QUOC', 'TT_LAO_DONG_TIEN_TIEN', 'TT_LAO_DONG_XUAT_SAC', 'CO_THI_DUA_BO_TINH', 'CO_THI_DUA_CHINH_PHU', 'BK_THU_TUONG', 'BK_BO_TINH', 'GIAY_KHEN'];
    for (const code of AWARD_TYPE_CODES_USED) expect(catalogue).toContain(code);
  });

  it('every criterion quotes its source and says how sure the encoding is; every interpretation says why', () => {
    for (const s of ALL_CRITERIA_SETS) {
      for (const c of s.criteria) {
        expect(c.sourceText.length, `${s.code} ${c.key}`).toBeGreaterThan(0);
        if (c.confidence === 'interpreted') expect(c.note, `${s.code} ${c.key}`).toBeTruthy();
      }
    }
  });

  it('counts criteria by kind (quantitative, attest only, lost text)', () => {
    const tally = (sets: readonly CriteriaSet[]) => {
      const t = { quantitative: 0, attestOnly: 0, unknown: 0 };
      for (const s of sets)
        for (const c of s.criteria) {
          if (hasOp(c.rule, ['unknown'])) t.unknown++;
          else if (hasOp(c.rule, DATA_OPS)) t.quantitative++;
          else t.attestOnly++;
        }
      return t;
    };
    expect(tally([SEED_000_HA_GIANG])).toEqual({ quantitative: 7, attestOnly: 3, unknown: 0 });
    // Seed 001: the general criterion is repeated in each of the 12 field sets.
    expect(tally(SEED_001_BA_BE)).toEqual({ quantitative: 18, attestOnly: 17, unknown: 0 });
    expect(tally([SEED_002_LAO_CAI])).toEqual({ quantitative: 4, attestOnly: 8, unknown: 0 });
    expect(tally([SEED_003_NAM_DINH])).toEqual({ quantitative: 2, attestOnly: 3, unknown: 1 });
    expect(tally([SEED_004_LAM_DONG])).toEqual({ quantitative: 2, attestOnly: 3, unknown: 0 });
    expect(tally(LAW_CRITERIA_SETS)).toEqual({ quantitative: 18, attestOnly: 10, unknown: 0 });
    expect(SEED_CRITERIA_SETS).toHaveLength(16);
  });
});

// ---------------------------------------------------------------------------------------------
// Seed 000 — Sở LĐTBXH Hà Giang
// ---------------------------------------------------------------------------------------------

describe('seed 000 (Hà Giang): role-exclusive individual criteria', () => {
  const asOf: EvaluationOptions = { asOf: '2025-06-30' };
  const cstdTinh = (id: string, year: number) => fact.award(id, 'CSTD_BO_TINH', year, { issuerLevel: 'TINH' });
  const initiativeTinh = (id: string, date: string, applied: boolean | null = true) => fact.initiative(id, 'TINH', date, applied);
  const evaluate = (positions: ReturnType<typeof fact.position>[], parts: Partial<SubjectFacts> = {}) =>
    evaluateCriteriaSet(SEED_000_HA_GIANG, subjectFacts('P', 'CA_NHAN', { positions, ...parts }), asOf);

  it('a deputy director with 1 provincial emulation-soldier title and 1 provincial initiative fails the leaders\' rule and is not rescued by the staff rule', () => {
    const result = evaluate([fact.position('POS-1', 'PHO_GIAM_DOC', 'SO'), fact.position('POS-2', 'CAN_BO', 'SO')], {
      awards: [cstdTinh('CSTD-1', 2022)],
      initiatives: [initiativeTinh('SK-1', '2023-05-01')],
    });
    expect(result.role).toMatchObject({ status: 'MATCHED', group: 'LANH_DAO_SO', setAside: ['CBCCVC_NLD'] });
    expect(verdict(result, 'HG-CN-LD-SO')).toBe('FAIL');
    expect(result.criteria.map((c) => c.key)).not.toContain('HG-CN-CBCCVC');
    expect(result.criteria.map((c) => c.key)).not.toContain('HG-CN-LD-PHONG');
    expect(result.verdict).toBe('FAIL');
    // The same record would satisfy the staff rule: the exclusion is what fails the deputy director.
    const staff = evaluate([fact.position('POS-3', 'CAN_BO', 'PHONG')], { awards: [cstdTinh('CSTD-1', 2022)], initiatives: [initiativeTinh('SK-1', '2023-05-01')] });
    expect(verdict(staff, 'HG-CN-CBCCVC')).toBe('PASS');
  });

  it.each<[string, ReturnType<typeof fact.position>[], Partial<SubjectFacts>, string, Verdict]>([
    ['director with 2 provincial emulation-soldier titles', [fact.position('P', 'GIAM_DOC', 'SO')], { awards: [cstdTinh('A1', 2019), cstdTinh('A2', 2022)] }, 'HG-CN-LD-SO', 'PASS'],
    ['director with 2 applied provincial initiatives', [fact.position('P', 'GIAM_DOC', 'SO')], { initiatives: [initiativeTinh('S1', '2021-01-01'), initiativeTinh('S2', '2024-01-01')] }, 'HG-CN-LD-SO', 'PASS'],
    ['director: one title and one initiative do not add up', [fact.position('P', 'GIAM_DOC', 'SO')], { awards: [cstdTinh('A1', 2019)], initiatives: [initiativeTinh('S1', '2021-01-01')] }, 'HG-CN-LD-SO', 'FAIL'],
    ['director: second initiative not recorded as applied', [fact.position('P', 'GIAM_DOC', 'SO')], { initiatives: [initiativeTinh('S1', '2021-01-01'), initiativeTinh('S2', '2024-01-01', null)] }, 'HG-CN-LD-SO', 'UNKNOWN'],
    ['head of division with 1 provincial initiative', [fact.position('P', 'TRUONG_PHONG', 'PHONG')], { initiatives: [initiativeTinh('S1', '2022-01-01')] }, 'HG-CN-LD-PHONG', 'PASS'],
    ['deputy head of division with a district-level initiative', [fact.position('P', 'PHO_TRUONG_PHONG', 'PHONG')], { initiatives: [fact.initiative('S1', 'HUYEN', '2022-01-01')] }, 'HG-CN-LD-PHONG', 'FAIL'],
    ['director of an attached centre with 1 title', [fact.position('P', 'GIAM_DOC', 'TRUNG_TAM')], { awards: [cstdTinh('A1', 2023)] }, 'HG-CN-LD-PHONG', 'PASS'],
    ['staff with the provincial chairman\'s certificate', [fact.position('P', 'CAN_BO', 'PHONG')], { awards: [fact.award('BK', 'BK_BO_TINH', 2020, { issuerLevel: 'TINH' })] }, 'HG-CN-CBCCVC', 'PASS'],
    ['staff with a ministry\'s certificate', [fact.position('P', 'NGUOI_LAO_DONG', 'TRUNG_TAM')], { awards: [fact.award('BK', 'BK_BO_TINH', 2020, { issuerLevel: 'BO' })] }, 'HG-CN-CBCCVC', 'PASS'],
    ['staff with a recognised provincial initiative', [fact.position('P', 'CAN_BO', 'PHONG')], { initiatives: [initiativeTinh('S1', '2022-01-01')] }, 'HG-CN-CBCCVC', 'PASS'],
    ['staff with only a Giấy khen', [fact.position('P', 'CAN_BO', 'PHONG')], { awards: [fact.award('GK', 'GIAY_KHEN', 2020, { issuerLevel: 'CO_SO' })] }, 'HG-CN-CBCCVC', 'FAIL'],
    ['a teacher at an attached school falls back to the staff rule', [fact.position('P', 'GIAO_VIEN', 'TRUONG_HOC')], { initiatives: [initiativeTinh('S1', '2022-01-01')] }, 'HG-CN-CBCCVC', 'PASS'],
  ])('%s', (_name, positions, parts, key, expected) => {
    expect(verdict(evaluate(positions, parts), key)).toBe(expected);
  });

  it('honoured under Directive 05: an award recorded for that occasion', () => {
    const honoured = evaluate([fact.position('P', 'CAN_BO')], { awards: [fact.award('GK', 'GIAY_KHEN', 2022, { occasion: 'CHI_THI_05_CT_TW' })] });
    expect(quantitative(honoured, 'HG-CN-1')).toEqual(['PASS']);
    expect(quantitative(evaluate([fact.position('P', 'CAN_BO')]), 'HG-CN-1')).toEqual(['FAIL']);
  });
});

describe('seed 000 (Hà Giang): collective criteria', () => {
  const ratings = (...levels: [number, string][]) => levels.map(([y, l]) => fact.rating(`R${y}`, y, l as 'HTTNV'));
  const collective = (parts: Partial<SubjectFacts>) => subjectFacts('O', 'TAP_THE', { members: [], ...parts });

  it.each<[string, number, string, Verdict]>([
    ['in 2021, the first year of 2021–2025', 2021, '2025-12-31', 'PASS'],
    ['in 2025, the last year', 2025, '2025-12-31', 'PASS'],
    ['in 2020, before the period', 2020, '2025-12-31', 'FAIL'],
    ['in 2026, after the period', 2026, '2026-12-31', 'FAIL'],
  ])('HG-TT-2: a provincial certificate of merit %s', (_name, year, asOf, expected) => {
    const result = evaluateCriteriaSet(SEED_000_HA_GIANG, collective({ awards: [fact.award('BK', 'BK_BO_TINH', year, { issuerLevel: 'TINH' })] }), { asOf });
    expect(verdict(result, 'HG-TT-2')).toBe(expected);
  });

  it('HG-TT-2: a ministry\'s certificate is not the provincial chairman\'s', () => {
    const result = evaluateCriteriaSet(SEED_000_HA_GIANG, collective({ awards: [fact.award('BK', 'BK_BO_TINH', 2022, { issuerLevel: 'BO' })] }), { asOf: '2025-06-30' });
    expect(verdict(result, 'HG-TT-2')).toBe('FAIL');
  });

  it.each<[string, Partial<SubjectFacts>, Verdict[]]>([
    ['rated good or better 2021–2024, no one disciplined (2025 still running)', { ratings: ratings([2021, 'HTTNV'], [2022, 'HTXSNV'], [2023, 'HTTNV'], [2024, 'HTTNV']) }, ['PASS', 'PASS']],
    ['one year merely completed', { ratings: ratings([2021, 'HTTNV'], [2022, 'HTNV'], [2023, 'HTTNV'], [2024, 'HTTNV']) }, ['FAIL', 'PASS']],
    ['2022 not rated', { ratings: ratings([2021, 'HTTNV'], [2023, 'HTTNV'], [2024, 'HTTNV']) }, ['UNKNOWN', 'PASS']],
    [
      'a member reprimanded in 2023',
      { ratings: ratings([2021, 'HTTNV'], [2022, 'HTTNV'], [2023, 'HTTNV'], [2024, 'HTTNV']), members: [subjectFacts('M', 'CA_NHAN', { disciplines: [fact.discipline('KL', 'KHIEN_TRACH', '2023-04-01')] })] },
      ['PASS', 'FAIL'],
    ],
  ])('HG-TT-3: %s', (_name, parts, expected) => {
    const result = evaluateCriteriaSet(SEED_000_HA_GIANG, collective(parts), { asOf: '2025-06-30' });
    expect(quantitative(result, 'HG-TT-3')).toEqual(expected);
  });

  it('HG-TT-3: members not loaded → the discipline check is UNKNOWN, not passed', () => {
    const result = evaluateCriteriaSet(SEED_000_HA_GIANG, subjectFacts('O', 'TAP_THE', { ratings: ratings([2021, 'HTTNV'], [2022, 'HTTNV'], [2023, 'HTTNV'], [2024, 'HTTNV']) }), { asOf: '2025-06-30' });
    expect(quantitative(result, 'HG-TT-3')).toEqual(['PASS', 'UNKNOWN']);
  });
});

// ---------------------------------------------------------------------------------------------
// Seed 001 — Ba Bể, one set per field
// ---------------------------------------------------------------------------------------------

const baBe = (field: string) => SEED_001_BA_BE.find((s) => s.field === field)!;

describe('seed 001 (Ba Bể)', () => {
  it('has one set per field, each with the general criterion', () => {
    expect(SEED_001_BA_BE.map((s) => s.field)).toEqual([
      'HOC_TAP_LAM_THEO_BAC',
      'NONG_THON_MOI',
      'SAN_XUAT_KINH_DOANH',
      'KINH_TE_HO_GIA_DINH',
      'KDC_GIA_DINH_VAN_HOA',
      'CO_QUAN_KIEU_MAU',
      'GIAO_DUC_DAO_TAO',
      'Y_TE',
      'AN_NINH_TRAT_TU',
      'XAY_DUNG_DANG_DOAN_THE',
      'CAI_CACH_HANH_CHINH',
      'TU_THIEN_NHAN_DAO',
    ]);
    for (const s of SEED_001_BA_BE) expect(s.criteria[0].key).toBe('BB-GEN');
  });

  const initiatives = (...dates: string[]) => dates.map((d, i) => fact.initiative(`SK-${i + 1}`, 'CO_SO', d));

  it.each<[string, Partial<SubjectFacts>, Record<string, number> | undefined, Verdict[]]>([
    ['two initiatives in 2021–2025 and rated excellent', { initiatives: initiatives('2021-01-01', '2024-05-01'), ratings: [fact.rating('R', 2024, 'HTXSNV')] }, undefined, ['PASS', 'PASS']],
    ['one initiative is one short of "many"', { initiatives: initiatives('2021-01-01'), ratings: [fact.rating('R', 2024, 'HTXSNV')] }, undefined, ['FAIL', 'PASS']],
    ['the plan may say one is enough', { initiatives: initiatives('2021-01-01'), ratings: [fact.rating('R', 2024, 'HTXSNV')] }, { manyInitiatives: 1 }, ['PASS', 'PASS']],
    ['an initiative before the plan period does not count', { initiatives: initiatives('2020-12-31', '2024-05-01'), ratings: [fact.rating('R', 2024, 'HTXSNV')] }, undefined, ['FAIL', 'PASS']],
    ['the latest rating is only good', { initiatives: initiatives('2021-01-01', '2024-05-01'), ratings: [fact.rating('R', 2024, 'HTTNV')] }, undefined, ['PASS', 'FAIL']],
    ['no rating in the last two years', { initiatives: initiatives('2021-01-01', '2024-05-01'), ratings: [fact.rating('R', 2022, 'HTXSNV')] }, undefined, ['PASS', 'UNKNOWN']],
  ])('2.1 individual: %s', (_name, parts, parameters, expected) => {
    const result = evaluateCriteriaSet(baBe('HOC_TAP_LAM_THEO_BAC'), subjectFacts('P', 'CA_NHAN', parts), { asOf: '2025-06-30', parameters });
    expect(quantitative(result, 'BB-2.1-CN')).toEqual(expected);
  });

  it.each<[string, [number, number, number][], Verdict[]]>([
    [
      'revenue, budget paid and profit all rise 2021–2024',
      [
        [10, 1, 2],
        [11, 2, 3],
        [12, 3, 4],
        [13, 4, 5],
      ],
      ['PASS', 'PASS', 'PASS', 'PASS'],
    ],
    [
      'profit ties in 2023',
      [
        [10, 1, 2],
        [11, 2, 3],
        [12, 3, 3],
        [13, 4, 5],
      ],
      ['PASS', 'PASS', 'FAIL', 'PASS'],
    ],
  ])('2.3 enterprise: %s', (_name, rows, expected) => {
    const metrics = rows.flatMap(([rev, budget, profit], i) => [
      fact.metric(`DT${i}`, 'DOANH_THU', 2021 + i, rev),
      fact.metric(`NS${i}`, 'NOP_NGAN_SACH', 2021 + i, budget),
      fact.metric(`LN${i}`, 'LOI_NHUAN', 2021 + i, profit),
    ]);
    const result = evaluateCriteriaSet(baBe('SAN_XUAT_KINH_DOANH'), subjectFacts('O', 'TAP_THE', { metrics, initiatives: initiatives('2022-02-02') }), { asOf: '2025-03-01' });
    expect(quantitative(result, 'BB-2.3-TT')).toEqual(expected);
  });

  it.each<[string, number[], number[], Verdict[]]>([
    ['income rises and a cultural family every year', [100, 110, 120, 130], [2021, 2022, 2023, 2024], ['PASS', 'PASS']],
    ['income flat one year', [100, 110, 110, 130], [2021, 2022, 2023, 2024], ['FAIL', 'PASS']],
    ['no cultural-family title in 2023', [100, 110, 120, 130], [2021, 2022, 2024], ['PASS', 'FAIL']],
  ])('2.4 household economy: %s', (_name, incomes, titleYears, expected) => {
    const household = subjectFacts('H', 'HO_GIA_DINH', {
      metrics: incomes.map((v, i) => fact.metric(`TN${i}`, 'THU_NHAP_HO', 2021 + i, v)),
      culturalTitles: titleYears.map((y) => fact.culturalTitle(`GDVH${y}`, 'GIA_DINH_VAN_HOA', y)),
    });
    // Evaluated during 2025: only 2021–2024 are over.
    const result = evaluateCriteriaSet(baBe('KINH_TE_HO_GIA_DINH'), household, { asOf: '2025-05-15' });
    expect(quantitative(result, 'BB-2.4-HGD')).toEqual(expected);
  });

  it.each<[string, Partial<SubjectFacts>, Verdict[]]>([
    [
      'cultural agency, excellent collective (either way) and a clean Party cell every year',
      {
        culturalTitles: [2021, 2022, 2023, 2024].map((y) => fact.culturalTitle(`CQ${y}`, y % 2 ? 'CO_QUAN_VAN_HOA' : 'DON_VI_VAN_HOA', y)),
        awards: [2021, 2022].map((y) => fact.award(`TT${y}`, 'TT_LAO_DONG_XUAT_SAC', y)),
        ratings: [2023, 2024].map((y) => fact.rating(`R${y}`, y, 'HTXSNV')),
        flags: [2021, 2022, 2023, 2024].map((y) => fact.flag(`F${y}`, 'TO_CHUC_DANG_TSVM', y)),
        initiatives: initiatives('2023-03-03'),
      },
      ['PASS', 'PASS', 'PASS', 'PASS'],
    ],
    [
      'one year neither the title nor an excellent rating, one year no flag',
      {
        culturalTitles: [2021, 2022, 2023, 2024].map((y) => fact.culturalTitle(`CQ${y}`, 'CO_QUAN_VAN_HOA', y)),
        awards: [2021, 2022].map((y) => fact.award(`TT${y}`, 'TT_LAO_DONG_XUAT_SAC', y)),
        ratings: [fact.rating('R2023', 2023, 'HTTNV'), fact.rating('R2024', 2024, 'HTXSNV')],
        flags: [2021, 2022, 2024].map((y) => fact.flag(`F${y}`, 'TO_CHUC_DANG_TSVM', y)),
        initiatives: initiatives('2023-03-03'),
      },
      ['PASS', 'FAIL', 'PASS', 'UNKNOWN'],
    ],
  ])('2.6 model agency: %s', (_name, parts, expected) => {
    const result = evaluateCriteriaSet(baBe('CO_QUAN_KIEU_MAU'), subjectFacts('O', 'TAP_THE', parts), { asOf: '2025-06-30' });
    expect(quantitative(result, 'BB-2.6-TT')).toEqual(expected);
  });

  it('2.2 new rural areas: the commune flag decides, and its absence is unknown', () => {
    const set = baBe('NONG_THON_MOI');
    expect(quantitative(evaluateCriteriaSet(set, subjectFacts('X', 'TAP_THE', { flags: [fact.flag('F', 'XA_DAT_CHUAN_NTM', 2023)] }), { asOf: '2025-06-30' }), 'BB-2.2-TT')).toEqual(['PASS']);
    expect(quantitative(evaluateCriteriaSet(set, subjectFacts('X', 'TAP_THE'), { asOf: '2025-06-30' }), 'BB-2.2-TT')).toEqual(['UNKNOWN']);
  });

  it('2.5 cultural families: the title of the last year over', () => {
    const set = baBe('KDC_GIA_DINH_VAN_HOA');
    const household = (year: number) => subjectFacts('H', 'HO_GIA_DINH', { culturalTitles: [fact.culturalTitle('G', 'GIA_DINH_VAN_HOA', year)] });
    expect(quantitative(evaluateCriteriaSet(set, household(2024), { asOf: '2025-06-30' }), 'BB-2.5-HGD')).toEqual(['PASS']);
    expect(quantitative(evaluateCriteriaSet(set, household(2023), { asOf: '2025-06-30' }), 'BB-2.5-HGD')).toEqual(['FAIL']);
  });

  it.each<[string, ReturnType<typeof fact.position>[], string | null, string[]]>([
    ['a teacher', [fact.position('P', 'GIAO_VIEN', 'TRUONG_HOC')], 'CBQL_GV_NV', ['BB-GEN', 'BB-2.7-CN-GV']],
    ['a principal', [fact.position('P', 'HIEU_TRUONG', 'TRUONG_HOC')], 'CBQL_GV_NV', ['BB-GEN', 'BB-2.7-CN-GV']],
    ['a pupil', [fact.position('P', 'HOC_SINH', 'TRUONG_HOC')], 'HOC_SINH', ['BB-GEN', 'BB-2.7-CN-HS']],
    ['a doctor is no subject of the education field', [fact.position('P', 'BAC_SI')], null, ['BB-GEN']],
  ])('2.7 education: %s', (_name, positions, group, keys) => {
    const result = evaluateCriteriaSet(baBe('GIAO_DUC_DAO_TAO'), subjectFacts('P', 'CA_NHAN', { positions }), { asOf: '2025-06-30' });
    expect(result.role?.group ?? null).toBe(group);
    expect(result.criteria.map((c) => c.key)).toEqual(keys);
    if (!group) expect(result.verdict).toBe('FAIL');
  });

  it('2.8 health: a doctor who directs the hospital is judged as a doctor', () => {
    const result = evaluateCriteriaSet(baBe('Y_TE'), subjectFacts('P', 'CA_NHAN', { positions: [fact.position('P1', 'BAC_SI'), fact.position('P2', 'GIAM_DOC')], ratings: [fact.rating('R', 2025, 'HTXSNV')] }), { asOf: '2025-12-31' });
    expect(result.role).toMatchObject({ status: 'MATCHED', group: 'Y_BAC_SI' });
    expect(quantitative(result, 'BB-2.8-CN')).toEqual(['PASS']);
  });

  it('2.10 Party-building individual: excellent every year of the plan so far', () => {
    const set = baBe('XAY_DUNG_DANG_DOAN_THE');
    const rated = (levels: string[]) => subjectFacts('P', 'CA_NHAN', { ratings: levels.map((l, i) => fact.rating(`R${i}`, 2021 + i, l as 'HTXSNV')) });
    expect(quantitative(evaluateCriteriaSet(set, rated(['HTXSNV', 'HTXSNV', 'HTXSNV', 'HTXSNV']), { asOf: '2025-06-30' }), 'BB-2.10-CN')).toEqual(['PASS']);
    expect(quantitative(evaluateCriteriaSet(set, rated(['HTXSNV', 'HTTNV', 'HTXSNV', 'HTXSNV']), { asOf: '2025-06-30' }), 'BB-2.10-CN')).toEqual(['FAIL']);
  });
});

// ---------------------------------------------------------------------------------------------
// Seeds 002–004
// ---------------------------------------------------------------------------------------------

describe('seed 002 (Lào Cai, 2020)', () => {
  it.each<[string, ReturnType<typeof fact.position>[], string, string[]]>([
    ['a deputy chief of office is judged as a leader', [fact.position('P', 'PHO_CHANH_VAN_PHONG'), fact.position('Q', 'CONG_CHUC')], 'LANH_DAO_QUAN_LY', ['LC-GEN', 'LC-CN-LD-1', 'LC-CN-LD-2', 'LC-CN-LD-3']],
    ['a civil servant by the staff criteria', [fact.position('P', 'CONG_CHUC')], 'CCVC_NLD', ['LC-GEN', 'LC-CN-NV-1', 'LC-CN-NV-2', 'LC-CN-NV-3']],
  ])('%s', (_name, positions, group, keys) => {
    const result = evaluateCriteriaSet(SEED_002_LAO_CAI, subjectFacts('P', 'CA_NHAN', { positions, ratings: [fact.rating('R', 2020, 'HTXSNV')] }), { asOf: '2020-12-31' });
    expect(result.role?.group).toBe(group);
    expect(result.criteria.map((c) => c.key)).toEqual(keys);
  });

  it.each<[string, ReturnType<typeof fact.initiative>, Verdict]>([
    ['an initiative recognised in 2020', fact.initiative('SK', 'CO_SO', '2020-11-11'), 'PASS'],
    ['an initiative recognised in 2019', fact.initiative('SK', 'TINH', '2019-12-31'), 'FAIL'],
    ['an initiative never recognised', fact.initiative('SK', null, null), 'FAIL'],
  ])('LC-TT-5: %s', (_name, initiative, expected) => {
    const result = evaluateCriteriaSet(SEED_002_LAO_CAI, subjectFacts('O', 'TAP_THE', { initiatives: [initiative] }), { asOf: '2020-12-31' });
    expect(verdict(result, 'LC-TT-5')).toBe(expected);
  });
});

describe('seed 003 (Nam Định, truncated)', () => {
  it('the lost specific standards keep every subject UNKNOWN at best, never invented', () => {
    const everything = subjectFacts('P', 'CA_NHAN', {
      ratings: [fact.rating('R', 2025, 'HTXSNV')],
      initiatives: [fact.initiative('SK', 'TINH', '2023-01-01')],
      attestations: ['ND-GEN-a', 'ND-GEN-c.DAN_DAU', 'ND-GEN-d'].map((k, i) => fact.attestation(`AT${i}`, k)),
    });
    const result = evaluateCriteriaSet(SEED_003_NAM_DINH, everything, { asOf: '2025-12-31' });
    expect(result.criteria.filter((c) => c.verdict !== 'PASS').map((c) => [c.key, c.verdict])).toEqual([['ND-SPECIFIC', 'UNKNOWN']]);
    expect(result.verdict).toBe('UNKNOWN');
  });

  it('households answer "hoàn thành xuất sắc" by attestation, others by rating', () => {
    const household = evaluateCriteriaSet(SEED_003_NAM_DINH, subjectFacts('H', 'HO_GIA_DINH'), { asOf: '2025-12-31' });
    expect(household.criteria.map((c) => c.key)).toContain('ND-GEN-b-HGD');
    expect(household.criteria.map((c) => c.key)).not.toContain('ND-GEN-b');
    const person = evaluateCriteriaSet(SEED_003_NAM_DINH, subjectFacts('P', 'CA_NHAN', { ratings: [fact.rating('R', 2024, 'HTTNV')] }), { asOf: '2025-06-30' });
    expect(verdict(person, 'ND-GEN-b')).toBe('FAIL');
  });
});

describe('seed 004 (Lâm Đồng)', () => {
  it.each<[string, Partial<SubjectFacts>, Verdict]>([
    ['an applied initiative in 2023–2025', { initiatives: [fact.initiative('SK', 'CO_SO', '2023-01-01')] }, 'PASS'],
    ['an applied research work instead', { researchWorks: [fact.research('DT', 'TINH', '2024-06-01')] }, 'PASS'],
    ['an initiative from 2022 only: a reviewer may still attest a new model', { initiatives: [fact.initiative('SK', 'CO_SO', '2022-12-31')] }, 'UNKNOWN'],
    ['attested new model', { attestations: [fact.attestation('AT', 'LD-GEN-3.MO_HINH')] }, 'PASS'],
  ])('LD-GEN-3: %s', (_name, parts, expected) => {
    const result = evaluateCriteriaSet(SEED_004_LAM_DONG, subjectFacts('P', 'CA_NHAN', parts), { asOf: '2025-06-30' });
    expect(verdict(result, 'LD-GEN-3')).toBe(expected);
  });
});
