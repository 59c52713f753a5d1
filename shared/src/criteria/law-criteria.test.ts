import { describe, expect, it } from 'vitest';
import { evaluateCriteriaSet, type CriteriaSetResult, type Verdict } from './evaluate';
import type { SubjectFacts } from './facts';
import { fact, subjectFacts } from './facts-builder';
import type { CriteriaSet } from './rule';
import {
  LAW_BK_BO_TINH,
  LAW_BK_THU_TUONG,
  LAW_CSTD_BO_TINH,
  LAW_CSTD_CO_SO,
  LAW_CSTD_TOAN_QUOC,
  LAW_LAO_DONG_TIEN_TIEN,
  LAW_TT_LAO_DONG_TIEN_TIEN,
  LAW_TT_LAO_DONG_XUAT_SAC,
} from './seed-criteria';

/** A year's titles are judged as of 31 December of that year. */
const YEAR_END = { asOf: '2024-12-31' };

function verdicts(set: CriteriaSet, facts: SubjectFacts, options: Parameters<typeof evaluateCriteriaSet>[2] = YEAR_END): Record<string, Verdict> {
  const result: CriteriaSetResult = evaluateCriteriaSet(set, facts, options);
  return Object.fromEntries(result.criteria.map((c) => [c.key, c.verdict]));
}

const person = (parts: Partial<Omit<SubjectFacts, 'subject'>> = {}) => subjectFacts('P', 'CA_NHAN', parts);

describe('Lao động tiên tiến (Điều 24)', () => {
  it.each<[string, Partial<SubjectFacts>, Verdict, Verdict]>([
    ['rated good, no discipline', { ratings: [fact.rating('R', 2024, 'HTTNV')] }, 'PASS', 'PASS'],
    ['rated excellent', { ratings: [fact.rating('R', 2024, 'HTXSNV')] }, 'PASS', 'PASS'],
    ['merely completed', { ratings: [fact.rating('R', 2024, 'HTNV')] }, 'FAIL', 'PASS'],
    ['not rated for the year: unknown, not failed', { ratings: [fact.rating('R', 2023, 'HTXSNV')] }, 'UNKNOWN', 'PASS'],
    ['reprimanded on the last day of the year', { ratings: [fact.rating('R', 2024, 'HTTNV')], disciplines: [fact.discipline('KL', 'KHIEN_TRACH', '2024-12-31')] }, 'PASS', 'FAIL'],
    ['reprimanded the next day', { ratings: [fact.rating('R', 2024, 'HTTNV')], disciplines: [fact.discipline('KL', 'KHIEN_TRACH', '2025-01-01')] }, 'PASS', 'PASS'],
    ['a 2023 warning still in force on 1 January', { ratings: [fact.rating('R', 2024, 'HTTNV')], disciplines: [fact.discipline('KL', 'CANH_CAO', '2023-07-01', '2024-01-01')] }, 'PASS', 'FAIL'],
  ])('%s', (_name, parts, rating, discipline) => {
    const v = verdicts(LAW_LAO_DONG_TIEN_TIEN, person(parts));
    expect([v['LDTT-a'], v['LDTT-KY_LUAT']]).toEqual([rating, discipline]);
    // The qualitative standards are never assumed: without attestations the title stays UNKNOWN at best.
    expect(v['LDTT-b']).toBe('UNKNOWN');
  });

  it('passes once a reviewer attests the qualitative standards', () => {
    const attested = ['LDTT-b', 'LDTT-c', 'LDTT-d'].map((k, i) => fact.attestation(`AT${i}`, k, 'PASS', '2024-12-20'));
    const result = evaluateCriteriaSet(LAW_LAO_DONG_TIEN_TIEN, person({ ratings: [fact.rating('R', 2024, 'HTTNV')], attestations: attested }), YEAR_END);
    expect(result.verdict).toBe('PASS');
  });
});

describe('Chiến sĩ thi đua cơ sở (Điều 23)', () => {
  const ldtt = fact.award('LDTT', 'LAO_DONG_TIEN_TIEN', 2024);
  it.each<[string, Partial<SubjectFacts>, Verdict, Verdict]>([
    ['advanced worker with an initiative recognised this year', { awards: [ldtt], initiatives: [fact.initiative('SK', 'CO_SO', '2024-01-01')] }, 'PASS', 'PASS'],
    ['an initiative recognised the year before does not count', { awards: [ldtt], initiatives: [fact.initiative('SK', 'CO_SO', '2023-12-31')] }, 'PASS', 'UNKNOWN'],
    ['an applied research work instead', { awards: [ldtt], researchWorks: [fact.research('DT', 'CO_SO', '2024-06-01')] }, 'PASS', 'PASS'],
    ['a research work accepted but not applied', { awards: [ldtt], researchWorks: [fact.research('DT', 'CO_SO', '2024-06-01', false)] }, 'PASS', 'UNKNOWN'],
    ['no advanced-worker title this year', { awards: [fact.award('LDTT', 'LAO_DONG_TIEN_TIEN', 2023)], initiatives: [fact.initiative('SK', 'CO_SO', '2024-01-01')] }, 'FAIL', 'PASS'],
  ])('%s', (_name, parts, title, initiative) => {
    const v = verdicts(LAW_CSTD_CO_SO, person(parts));
    // (b) is UNKNOWN rather than FAIL without a record: resourcefulness in combat can still be attested.
    expect([v['CSTDCS-a'], v['CSTDCS-b']]).toEqual([title, initiative]);
  });
});

describe('Chiến sĩ thi đua bộ, tỉnh (Điều 22): three consecutive grassroots titles ending this year', () => {
  const cs = (...years: number[]) => years.map((y) => fact.award(`CS${y}`, 'CSTD_CO_SO', y));
  it.each<[string, Partial<SubjectFacts>, Verdict]>([
    ['2022–2024 with a provincial initiative in 2023', { awards: cs(2022, 2023, 2024), initiatives: [fact.initiative('SK', 'TINH', '2023-06-01')] }, 'PASS'],
    ['a ministry-level initiative counts as well', { awards: cs(2022, 2023, 2024), initiatives: [fact.initiative('SK', 'BO', '2022-01-01')] }, 'PASS'],
    ['a provincial research work, applied', { awards: cs(2022, 2023, 2024), researchWorks: [fact.research('DT', 'TINH', '2024-12-31')] }, 'PASS'],
    ['2021, 2023, 2024: not consecutive', { awards: cs(2021, 2023, 2024), initiatives: [fact.initiative('SK', 'TINH', '2023-06-01')] }, 'FAIL'],
    ['2021–2023: the run must end this year', { awards: cs(2021, 2022, 2023), initiatives: [fact.initiative('SK', 'TINH', '2023-06-01')] }, 'FAIL'],
    ['only a grassroots initiative', { awards: cs(2022, 2023, 2024), initiatives: [fact.initiative('SK', 'CO_SO', '2023-06-01')] }, 'FAIL'],
    ['the provincial initiative came before the run', { awards: cs(2022, 2023, 2024), initiatives: [fact.initiative('SK', 'TINH', '2021-12-31')] }, 'FAIL'],
    ['the initiative not recorded as applied', { awards: cs(2022, 2023, 2024), initiatives: [fact.initiative('SK', 'TINH', '2023-06-01', null)] }, 'UNKNOWN'],
  ])('%s', (_name, parts, expected) => {
    expect(verdicts(LAW_CSTD_BO_TINH, person(parts))['CSTDBT-1']).toBe(expected);
  });
});

describe('Chiến sĩ thi đua toàn quốc (Điều 21)', () => {
  it.each<[string, Partial<SubjectFacts>, Verdict]>([
    ['two provincial titles in six years and a state-level initiative', { awards: [fact.award('A', 'CSTD_BO_TINH', 2019), fact.award('B', 'CSTD_BO_TINH', 2022)], initiatives: [fact.initiative('SK', 'NHA_NUOC', '2023-01-01')] }, 'PASS'],
    ['the first title too old', { awards: [fact.award('A', 'CSTD_BO_TINH', 2018), fact.award('B', 'CSTD_BO_TINH', 2022)], initiatives: [fact.initiative('SK', 'NHA_NUOC', '2023-01-01')] }, 'FAIL'],
    ['a provincial initiative only: influence to be attested', { awards: [fact.award('A', 'CSTD_BO_TINH', 2019), fact.award('B', 'CSTD_BO_TINH', 2022)], initiatives: [fact.initiative('SK', 'TINH', '2023-01-01')] }, 'UNKNOWN'],
  ])('%s', (_name, parts, expected) => {
    expect(verdicts(LAW_CSTD_TOAN_QUOC, person(parts))['CSTDTQ-1']).toBe(expected);
  });
});

/** A collective of `n` members: the first `advanced` hold LĐTT 2024, the first `soldiers` CSTĐ cơ sở 2024; ratings per member. */
function collective(n: number, advanced: number, soldiers: number, options: { rating?: (i: number) => 'HTXSNV' | 'HTTNV' | 'HTNV' | 'KHTNV' | null; discipline?: ReturnType<typeof fact.discipline> } = {}) {
  const members = Array.from({ length: n }, (_, i) => {
    const level = options.rating ? options.rating(i) : 'HTTNV';
    return subjectFacts(`M${i + 1}`, 'CA_NHAN', {
      ratings: level ? [fact.rating(`R${i + 1}`, 2024, level)] : [],
      awards: [
        ...(i < advanced ? [fact.award(`LD${i + 1}`, 'LAO_DONG_TIEN_TIEN', 2024)] : []),
        ...(i < soldiers ? [fact.award(`CS${i + 1}`, 'CSTD_CO_SO', 2024)] : []),
      ],
      disciplines: i === n - 1 && options.discipline ? [options.discipline] : [],
    });
  });
  return subjectFacts('O', 'TAP_THE', { ratings: [fact.rating('RT', 2024, 'HTXSNV')], members });
}

describe('Tập thể lao động tiên tiến (Điều 28)', () => {
  it.each<[string, SubjectFacts, Verdict, Verdict]>([
    ['6 of 10 advanced workers, no one disciplined', collective(10, 6, 0), 'PASS', 'PASS'],
    ['5 of 10 is not over half', collective(10, 5, 0), 'FAIL', 'PASS'],
    ['a member warned this year', collective(10, 6, 0, { discipline: fact.discipline('KL', 'CANH_CAO', '2024-05-01') }), 'PASS', 'FAIL'],
    ['a member only reprimanded', collective(10, 6, 0, { discipline: fact.discipline('KL', 'KHIEN_TRACH', '2024-05-01') }), 'PASS', 'PASS'],
  ])('%s', (_name, facts, share, discipline) => {
    const v = verdicts(LAW_TT_LAO_DONG_TIEN_TIEN, facts);
    expect([v['TTLDTT-a'], v['TTLDTT-c1'], v['TTLDTT-c2']]).toEqual(['PASS', share, discipline]);
  });
});

describe('Tập thể lao động xuất sắc (Điều 27): member shares', () => {
  it.each<[string, SubjectFacts, [Verdict, Verdict, Verdict, Verdict]]>([
    ['all completed, 7 of 10 advanced, one emulation soldier, no warning', collective(10, 7, 1), ['PASS', 'PASS', 'PASS', 'PASS']],
    ['6 of 10 advanced: one short of 70 %', collective(10, 6, 1), ['PASS', 'FAIL', 'PASS', 'PASS']],
    ['one member did not complete duties', collective(10, 7, 1, { rating: (i) => (i === 9 ? 'KHTNV' : 'HTTNV') }), ['FAIL', 'PASS', 'PASS', 'PASS']],
    ['one member not rated yet: unknown', collective(10, 7, 1, { rating: (i) => (i === 9 ? null : 'HTTNV') }), ['UNKNOWN', 'PASS', 'PASS', 'PASS']],
    ['no emulation soldier', collective(10, 7, 0), ['PASS', 'PASS', 'FAIL', 'PASS']],
    ['a member demoted', collective(10, 7, 1, { discipline: fact.discipline('KL', 'GIANG_CHUC', '2024-02-02') }), ['PASS', 'PASS', 'PASS', 'FAIL']],
  ])('%s', (_name, facts, expected) => {
    const v = verdicts(LAW_TT_LAO_DONG_XUAT_SAC, facts);
    expect([v['TTLDXS-c1'], v['TTLDXS-c2'], v['TTLDXS-d1'], v['TTLDXS-d2']]).toEqual(expected);
  });

  it('members not loaded: every member criterion is UNKNOWN, none is failed', () => {
    const v = verdicts(LAW_TT_LAO_DONG_XUAT_SAC, subjectFacts('O', 'TAP_THE', { ratings: [fact.rating('RT', 2024, 'HTXSNV')] }));
    expect([v['TTLDXS-c1'], v['TTLDXS-c2'], v['TTLDXS-d1'], v['TTLDXS-d2']]).toEqual(['UNKNOWN', 'UNKNOWN', 'UNKNOWN', 'UNKNOWN']);
  });
});

describe('Bằng khen cấp bộ, tỉnh (Điều 72): two consecutive excellent years with two initiatives', () => {
  const excellent = (...years: number[]) => years.map((y) => fact.rating(`R${y}`, y, 'HTXSNV'));
  const sk = (...dates: string[]) => dates.map((d, i) => fact.initiative(`SK${i + 1}`, 'CO_SO', d));
  /** The verdict of standard (c) alone: the third branch of BKBT-CN. */
  const standardC = (facts: SubjectFacts) => evaluateCriteriaSet(LAW_BK_BO_TINH, facts, YEAR_END).criteria.find((c) => c.key === 'BKBT-CN')!.trace.children![2].verdict;

  it.each<[string, Partial<SubjectFacts>, Verdict]>([
    ['2023–2024 excellent, initiatives on the run\'s first and last day', { ratings: excellent(2023, 2024), initiatives: sk('2023-01-01', '2024-12-31') }, 'PASS'],
    ['one initiative is one short', { ratings: excellent(2023, 2024), initiatives: sk('2023-01-01') }, 'UNKNOWN'],
    ['2023 only good', { ratings: [...excellent(2024), fact.rating('R2023', 2023, 'HTTNV')], initiatives: sk('2023-01-01', '2024-01-01') }, 'FAIL'],
    ['an initiative from 2022 is outside the run', { ratings: excellent(2022, 2023, 2024), initiatives: sk('2022-12-31', '2024-01-01') }, 'UNKNOWN'],
  ])('%s', (_name, parts, expected) => {
    // One short stays UNKNOWN (not FAIL): resourcefulness in combat may still be attested instead.
    expect(standardC(person(parts))).toBe(expected);
  });

  it('a collective: two excellent years plus the attested conditions', () => {
    const facts = subjectFacts('O', 'TAP_THE', { ratings: excellent(2023, 2024), attestations: [fact.attestation('AT', 'BKBT-TT.c', 'PASS', '2024-12-20')] });
    expect(verdicts(LAW_BK_BO_TINH, facts)['BKBT-TT']).toBe('PASS');
  });
});

describe('Bằng khen của Thủ tướng (Điều 71): a BK bộ/tỉnh, then five consecutive excellent years with initiatives', () => {
  const excellent = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => fact.rating(`R${from + i}`, from + i, 'HTXSNV'));
  const bk = (year: number) => fact.award(`BK${year}`, 'BK_BO_TINH', year, { issuerLevel: 'TINH' });
  const sk = (...dates: string[]) => dates.map((d, i) => fact.initiative(`SK${i + 1}`, 'CO_SO', d));
  const standardC = (facts: SubjectFacts, parameters?: Record<string, number>) =>
    evaluateCriteriaSet(LAW_BK_THU_TUONG, facts, { ...YEAR_END, parameters }).criteria.find((c) => c.key === 'BKTTG-CN')!.trace.children![2];

  it.each<[string, Partial<SubjectFacts>, Verdict]>([
    ['BK in 2019, excellent 2020–2024, two initiatives in the run', { awards: [bk(2019)], ratings: excellent(2020, 2024), initiatives: sk('2020-01-01', '2024-12-31') }, 'PASS'],
    ['BK long before, excellent ever since', { awards: [bk(2012)], ratings: excellent(2013, 2024), initiatives: sk('2021-05-05', '2022-05-05') }, 'PASS'],
    ['BK in 2020, inside the run', { awards: [bk(2020)], ratings: excellent(2020, 2024), initiatives: sk('2020-01-01', '2024-12-31') }, 'FAIL'],
    ['no BK at all', { ratings: excellent(2020, 2024), initiatives: sk('2020-01-01', '2024-12-31') }, 'FAIL'],
    ['four excellent years only, 2020 rated good', { awards: [bk(2019)], ratings: [fact.rating('R2020', 2020, 'HTTNV'), ...excellent(2021, 2024)], initiatives: sk('2021-01-01', '2024-12-31') }, 'FAIL'],
    ['2022 rating missing: unknown', { awards: [bk(2019)], ratings: excellent(2020, 2024).filter((r) => r.year !== 2022), initiatives: sk('2020-01-01', '2024-12-31') }, 'UNKNOWN'],
    ['one initiative before the run', { awards: [bk(2019)], ratings: excellent(2020, 2024), initiatives: sk('2019-12-31', '2024-12-31') }, 'UNKNOWN'],
  ])('%s', (_name, parts, expected) => {
    expect(standardC(person(parts)).verdict).toBe(expected);
  });

  it('the run, the award before it and the initiatives in it are named in the trace', () => {
    const t = standardC(person({ awards: [bk(2019)], ratings: excellent(2020, 2024), initiatives: sk('2020-01-01', '2024-12-31') }));
    expect(t.run).toEqual({ from: 2020, to: 2024 });
    expect(t.inRun?.children?.[0]).toMatchObject({ verdict: 'PASS', records: ['BK2019'], window: { kind: 'BEFORE_RUN', toYear: 2019 } });
    expect(t.inRun?.children?.[1].children?.[0]).toMatchObject({ verdict: 'PASS', records: ['SK1', 'SK2'], window: { kind: 'RUN', fromYear: 2020, toYear: 2024 } });
  });

  it('the number of initiatives is a parameter (the former law asked for five)', () => {
    const facts = person({ awards: [bk(2019)], ratings: excellent(2020, 2024), initiatives: sk('2020-01-01', '2024-12-31') });
    expect(standardC(facts, { initiativesInRun: 5 }).verdict).toBe('UNKNOWN');
    expect(evaluateCriteriaSet(LAW_BK_THU_TUONG, { ...facts, attestations: [fact.attestation('AT', 'BKTTG-CN.c.CHIEN_DAU', 'FAIL', '2024-12-01')] }, { ...YEAR_END, parameters: { initiativesInRun: 5 } }).criteria.find((c) => c.key === 'BKTTG-CN')!.trace.children![2].verdict).toBe('FAIL');
  });

  it('a collective: BK before five excellent years', () => {
    const facts = subjectFacts('O', 'TAP_THE', { awards: [bk(2018)], ratings: excellent(2020, 2024), attestations: [fact.attestation('AT', 'BKTTG-TT.c', 'PASS', '2024-12-01')] });
    expect(verdicts(LAW_BK_THU_TUONG, facts)['BKTTG-TT']).toBe('PASS');
  });
});
