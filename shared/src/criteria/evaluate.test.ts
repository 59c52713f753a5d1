import { describe, expect, it } from 'vitest';
import { compareInterval, evaluateCriteriaSet, evaluateRule, prepareCriteriaSet, type EvaluationOptions, type RuleEvaluationOptions, type Verdict } from './evaluate';
import type { SubjectFacts } from './facts';
import { fact, subjectFacts } from './facts-builder';
import type { CriteriaSet, ParameterDef, Rule } from './rule';
import { CriteriaValidationError, parseCriteriaSet, parseRule } from './schema';

const person = (parts: Partial<Omit<SubjectFacts, 'subject'>> = {}) => subjectFacts('P1', 'CA_NHAN', parts);

function run(rule: Rule, facts: SubjectFacts, options: Partial<RuleEvaluationOptions> = {}) {
  const checked = parseRule(rule, { parameters: options.parameterDefs });
  return evaluateRule(checked, facts, { asOf: '2025-12-31', ...options });
}

const verdictOf = (rule: Rule, facts: SubjectFacts, options: Partial<RuleEvaluationOptions> = {}) => run(rule, facts, options).verdict;

describe('compareInterval: the value lies somewhere in [lo, hi]', () => {
  it.each<[number, number, '>=' | '>' | '=' | '<=' | '<', number, Verdict]>([
    [2, 2, '>=', 2, 'PASS'],
    [1, 1, '>=', 2, 'FAIL'],
    [1, 2, '>=', 2, 'UNKNOWN'],
    [2, 3, '>', 2, 'UNKNOWN'],
    [3, 3, '>', 2, 'PASS'],
    [0, 0, '<=', 0, 'PASS'],
    [0, 1, '<=', 0, 'UNKNOWN'],
    [1, 1, '<', 1, 'FAIL'],
    [2, 2, '=', 2, 'PASS'],
    [1, 2, '=', 2, 'UNKNOWN'],
    [3, 4, '=', 2, 'FAIL'],
  ])('[%i, %i] %s %i → %s', (lo, hi, cmp, n, expected) => {
    expect(compareInterval(lo, hi, cmp, n)).toBe(expected);
  });
});

describe('count: year-tagged records, inclusive year bounds, capped at the evaluation date', () => {
  const awards = [fact.award('A2020', 'BK_BO_TINH', 2020), fact.award('A2021', 'BK_BO_TINH', 2021), fact.award('A2025', 'BK_BO_TINH', 2025), fact.award('A2026', 'BK_BO_TINH', 2026)];
  const rule = (window: Rule extends never ? never : object, value = 1): Rule =>
    ({ op: 'count', source: 'AWARD', where: { awardTypes: ['BK_BO_TINH'] }, window, cmp: '>=', value }) as Rule;

  it.each<[string, object, string, string[]]>([
    ['YEARS 2021–2025 counts both boundary years', { kind: 'YEARS', from: 2021, to: 2025 }, '2026-06-30', ['A2021', 'A2025']],
    ['YEARS 2021–EVAL_YEAR stops at the evaluation year', { kind: 'YEARS', from: 2021, to: 'EVAL_YEAR' }, '2025-06-30', ['A2021', 'A2025']],
    ['YEARS never looks past the evaluation date', { kind: 'YEARS', from: 2021, to: 2030 }, '2025-06-30', ['A2021', 'A2025']],
    ['ANY up to the evaluation date', { kind: 'ANY' }, '2025-12-31', ['A2020', 'A2021', 'A2025']],
    ['ROLLING 5 ends with the evaluation year', { kind: 'ROLLING', years: 5 }, '2025-03-01', ['A2021', 'A2025']],
    ['ROLLING 5 lag 1 ends the year before', { kind: 'ROLLING', years: 5, lag: 1 }, '2025-03-01', ['A2020', 'A2021']],
    ['ROLLING with completedYears skips the running year', { kind: 'ROLLING', years: 5, completedYears: true }, '2025-03-01', ['A2020', 'A2021']],
    ['ROLLING with completedYears keeps a year over on 31 December', { kind: 'ROLLING', years: 5, completedYears: true }, '2025-12-31', ['A2021', 'A2025']],
    ['THIS_YEAR is the evaluation year', { kind: 'THIS_YEAR' }, '2021-07-01', ['A2021']],
  ])('%s', (_name, window, asOf, counted) => {
    const t = run(rule(window), person({ awards }), { asOf }).trace;
    expect(t.records).toEqual(counted);
    expect(t.observed).toBe(counted.length);
  });

  it('an award decided after the year still counts for its emulation year', () => {
    const late = fact.award('A', 'CSTD_CO_SO', 2024, { decisionDate: '2025-01-20' });
    expect(verdictOf({ op: 'count', source: 'AWARD', window: { kind: 'THIS_YEAR' }, cmp: '>=', value: 1 }, person({ awards: [late] }), { asOf: '2024-12-31' })).toBe('PASS');
  });
});

describe('count: dated records on each window boundary', () => {
  const planPeriod = { from: '2021-01-01', to: '2025-12-31' };
  const initiativesOn = (...dates: string[]) => person({ initiatives: dates.map((d) => fact.initiative(`SK-${d}`, 'TINH', d)) });
  const rule: Rule = { op: 'count', source: 'INITIATIVE', window: { kind: 'PLAN_PERIOD' }, cmp: '>=', value: 1 };

  it.each<[string, string, string, Verdict]>([
    ['first day of the period', '2021-01-01', '2026-06-30', 'PASS'],
    ['the day before the period', '2020-12-31', '2026-06-30', 'FAIL'],
    ['last day of the period', '2025-12-31', '2026-06-30', 'PASS'],
    ['the day after the period', '2026-01-01', '2026-06-30', 'FAIL'],
    ['on the evaluation date', '2023-05-10', '2023-05-10', 'PASS'],
    ['the day after the evaluation date', '2023-05-11', '2023-05-10', 'FAIL'],
  ])('%s (%s, as of %s) → %s', (_name, date, asOf, expected) => {
    expect(verdictOf(rule, initiativesOn(date), { asOf, planPeriod })).toBe(expected);
  });

  it('takes the plan period in years too, and from the set when the options omit it', () => {
    expect(verdictOf(rule, initiativesOn('2021-01-01'), { asOf: '2026-01-01', planPeriod: { from: 2021, to: 2025 } })).toBe('PASS');
    expect(verdictOf(rule, initiativesOn('2020-12-31'), { asOf: '2026-01-01', planPeriod: { from: 2021, to: 2025 } })).toBe('FAIL');
  });

  it('PLAN_PERIOD without a period is a configuration error with a path', () => {
    expect(() => run(rule, initiativesOn('2021-01-01'), { path: 'criteria[0].rule' })).toThrow('criteria[0].rule.window.kind: PLAN_PERIOD needs the plan period');
  });

  it('PLAN_PERIOD with completedYears ends with the last year already over', () => {
    const w = { op: 'count', source: 'INITIATIVE', window: { kind: 'PLAN_PERIOD', completedYears: true }, cmp: '>=', value: 1 } as Rule;
    expect(run(w, initiativesOn('2024-03-01'), { asOf: '2024-06-30', planPeriod }).trace.window).toMatchObject({ fromYear: 2021, toYear: 2023, toDate: '2023-12-31' });
    expect(verdictOf(w, initiativesOn('2024-03-01'), { asOf: '2024-06-30', planPeriod })).toBe('FAIL');
    expect(verdictOf(w, initiativesOn('2024-03-01'), { asOf: '2024-12-31', planPeriod })).toBe('PASS');
  });
});

describe('count: thresholds, one short, and unknown versus fail', () => {
  const rule = (value: number, where: object = { minRecognitionLevel: 'TINH', applied: true }): Rule =>
    ({ op: 'count', source: 'INITIATIVE', where, window: { kind: 'ANY' }, cmp: '>=', value }) as Rule;

  it.each<[string, Rule, SubjectFacts, Verdict, string[], string[] | undefined]>([
    ['exactly the threshold', rule(2), person({ initiatives: [fact.initiative('SK-1', 'TINH', '2022-01-01'), fact.initiative('SK-2', 'BO', '2023-01-01')] }), 'PASS', ['SK-1', 'SK-2'], undefined],
    ['one short', rule(2), person({ initiatives: [fact.initiative('SK-1', 'TINH', '2022-01-01')] }), 'FAIL', ['SK-1'], undefined],
    ['below the level does not count', rule(1), person({ initiatives: [fact.initiative('SK-1', 'HUYEN', '2022-01-01')] }), 'FAIL', [], undefined],
    ['not applied does not count', rule(1), person({ initiatives: [fact.initiative('SK-1', 'TINH', '2022-01-01', false)] }), 'FAIL', [], undefined],
    ['not recognised does not count', rule(1), person({ initiatives: [fact.initiative('SK-1', null, null)] }), 'FAIL', [], undefined],
    ['applied not recorded: might count → UNKNOWN', rule(2), person({ initiatives: [fact.initiative('SK-1', 'TINH', '2022-01-01'), fact.initiative('SK-2', 'TINH', '2022-02-01', null)] }), 'UNKNOWN', ['SK-1'], ['SK-2']],
    ['an uncertain record that cannot change the outcome', rule(1), person({ initiatives: [fact.initiative('SK-1', 'TINH', '2022-01-01'), fact.initiative('SK-2', 'TINH', '2022-02-01', null)] }), 'PASS', ['SK-1'], ['SK-2']],
    ['no records at all: none, so FAIL', rule(1), person(), 'FAIL', [], undefined],
  ])('%s', (_name, r, facts, verdict, counted, uncertain) => {
    const { trace } = run(r, facts);
    expect(trace.verdict).toBe(verdict);
    expect(trace.records).toEqual(counted);
    expect(trace.uncertain).toEqual(uncertain);
  });

  it('a dated window with an undated record: might be inside → UNKNOWN', () => {
    const r = { op: 'count', source: 'INITIATIVE', window: { kind: 'YEARS', from: 2021, to: 2025 }, cmp: '>=', value: 1 } as Rule;
    expect(verdictOf(r, person({ initiatives: [fact.initiative('SK-1', 'TINH', null)] }))).toBe('UNKNOWN');
    expect(verdictOf({ ...r, window: { kind: 'ANY' } } as Rule, person({ initiatives: [fact.initiative('SK-1', 'TINH', null)] }))).toBe('PASS');
  });

  it('an award without its issuer level might match an issuer filter', () => {
    const r = { op: 'count', source: 'AWARD', where: { awardTypes: ['BK_BO_TINH'], issuerLevels: ['TINH'] }, window: { kind: 'ANY' }, cmp: '>=', value: 1 } as Rule;
    expect(verdictOf(r, person({ awards: [fact.award('A', 'BK_BO_TINH', 2022)] }))).toBe('UNKNOWN');
    expect(verdictOf(r, person({ awards: [fact.award('A', 'BK_BO_TINH', 2022, { issuerLevel: 'BO' })] }))).toBe('FAIL');
    expect(verdictOf(r, person({ awards: [fact.award('A', 'BK_BO_TINH', 2022, { issuerLevel: 'TINH' })] }))).toBe('PASS');
  });

  it.each<[string, object, Verdict]>([
    ['ratings HTXSNV or better, 2 needed', { source: 'RATING', where: { minLevel: 'HTXSNV' } }, 'PASS'],
    ['disciplines of cảnh cáo or heavier, none allowed', { source: 'DISCIPLINE', where: { minForm: 'CANH_CAO' }, cmp: '=', value: 0 }, 'PASS'],
    ['cultural titles', { source: 'CULTURAL_TITLE', where: { codes: ['GIA_DINH_VAN_HOA'] } }, 'PASS'],
    ['true flags', { source: 'FLAG', where: { codes: ['TO_CHUC_DANG_TSVM'], value: true } }, 'FAIL'],
    ['metrics at least 100', { source: 'METRIC', where: { codes: ['DOANH_THU'], min: 100 } }, 'PASS'],
    ['passing attestations', { source: 'ATTESTATION', where: { keys: ['K'], verdict: 'PASS' }, value: 1 }, 'PASS'],
    ['research works at provincial level, applied', { source: 'RESEARCH', where: { minLevel: 'TINH', applied: true }, value: 1 }, 'PASS'],
  ])('every source counts: %s', (_name, extra, expected) => {
    const facts = person({
      ratings: [fact.rating('R1', 2023, 'HTXSNV'), fact.rating('R2', 2024, 'HTXSNV'), fact.rating('R3', 2025, 'HTTNV')],
      disciplines: [fact.discipline('D1', 'KHIEN_TRACH', '2024-03-01')],
      culturalTitles: [fact.culturalTitle('C1', 'GIA_DINH_VAN_HOA', 2023), fact.culturalTitle('C2', 'GIA_DINH_VAN_HOA', 2024)],
      flags: [fact.flag('F1', 'TO_CHUC_DANG_TSVM', 2024, false)],
      metrics: [fact.metric('M1', 'DOANH_THU', 2023, 100), fact.metric('M2', 'DOANH_THU', 2024, 150)],
      attestations: [fact.attestation('AT1', 'K')],
      researchWorks: [fact.research('RW1', 'TINH', '2024-05-01')],
    });
    expect(verdictOf({ op: 'count', window: { kind: 'ANY' }, cmp: '>=', value: 2, ...extra } as Rule, facts)).toBe(expected);
  });

  it('a NUMBER parameter sets the threshold; an option overrides it', () => {
    const defs: ParameterDef[] = [{ name: 'many', kind: 'NUMBER', default: 2, min: 1, title: { vi: 'nhiều' } }];
    const r = { op: 'count', source: 'INITIATIVE', window: { kind: 'ANY' }, cmp: '>=', value: { param: 'many' } } as Rule;
    const facts = person({ initiatives: [fact.initiative('SK-1', 'CO_SO', '2022-01-01')] });
    expect(verdictOf(r, facts, { parameterDefs: defs })).toBe('FAIL');
    expect(verdictOf(r, facts, { parameterDefs: defs, parameters: { many: 1 } })).toBe('PASS');
    expect(() => run(r, facts, { parameterDefs: defs, parameters: { many: 0 } })).toThrow('options.parameters.many: expected a number from 1 to ∞; got 0');
  });
});

describe('everyYear', () => {
  const rule: Rule = { op: 'everyYear', window: { kind: 'YEARS', from: 2021, to: 2024 }, condition: { op: 'ratingAtLeast', level: 'HTTNV' } };
  const ratings = (...levels: (string | null)[]) => person({ ratings: levels.flatMap((l, i) => (l ? [fact.rating(`R${2021 + i}`, 2021 + i, l as 'HTTNV')] : [])) });

  it.each<[string, SubjectFacts, Verdict]>([
    ['every year good or better', ratings('HTTNV', 'HTXSNV', 'HTTNV', 'HTTNV'), 'PASS'],
    ['one year merely completed', ratings('HTTNV', 'HTNV', 'HTTNV', 'HTTNV'), 'FAIL'],
    ['one year not rated: unknown', ratings('HTTNV', null, 'HTTNV', 'HTTNV'), 'UNKNOWN'],
    ['a failed year outweighs a missing one', ratings('KHTNV', null, 'HTTNV', 'HTTNV'), 'FAIL'],
  ])('%s', (_name, facts, expected) => {
    const { trace } = run(rule, facts);
    expect(trace.verdict).toBe(expected);
    expect(trace.children?.map((c) => c.year)).toEqual([2021, 2022, 2023, 2024]);
  });

  it('a window that has not begun is UNKNOWN, not a vacuous pass', () => {
    expect(run(rule, ratings('HTTNV'), { asOf: '2020-06-30' }).trace).toMatchObject({ verdict: 'UNKNOWN', reason: 'EMPTY_WINDOW' });
  });
});

describe('consecutive', () => {
  const csTitles = (...years: number[]) => years.map((y) => fact.award(`CS${y}`, 'CSTD_CO_SO', y));
  const held: Rule = { op: 'count', source: 'AWARD', where: { awardTypes: ['CSTD_CO_SO'] }, window: { kind: 'THIS_YEAR' }, cmp: '>=', value: 1 };
  const threeYears = (inRun?: Rule): Rule => ({ op: 'consecutive', years: 3, window: { kind: 'YEARS', from: 2018, to: 2024 }, condition: held, ...(inRun ? { inRun } : {}) });

  it.each<[string, number[], Verdict, { from: number; to: number } | undefined, number]>([
    ['three in a row', [2020, 2021, 2022], 'PASS', { from: 2020, to: 2022 }, 3],
    ['the latest run is reported', [2018, 2019, 2020, 2022, 2023, 2024], 'PASS', { from: 2022, to: 2024 }, 3],
    ['a gap breaks the run', [2020, 2021, 2023, 2024], 'FAIL', undefined, 2],
    ['two only', [2023, 2024], 'FAIL', undefined, 2],
  ])('%s', (_name, years, verdict, runYears, longest) => {
    const { trace } = run(threeYears(), person({ awards: csTitles(...years) }), { asOf: '2024-12-31' });
    expect(trace.verdict).toBe(verdict);
    expect(trace.run).toEqual(runYears);
    expect(trace.observed).toBe(longest);
  });

  it('a year that cannot be judged leaves a candidate run UNKNOWN', () => {
    const ratingsRun: Rule = { op: 'consecutive', years: 2, window: { kind: 'ROLLING', years: 2 }, condition: { op: 'ratingAtLeast', level: 'HTXSNV' } };
    expect(verdictOf(ratingsRun, person({ ratings: [fact.rating('R1', 2024, 'HTXSNV')] }), { asOf: '2025-12-31' })).toBe('UNKNOWN');
    expect(verdictOf(ratingsRun, person({ ratings: [fact.rating('R1', 2024, 'HTTNV')] }), { asOf: '2025-12-31' })).toBe('FAIL');
  });

  it('inRun reads the run: initiatives inside the run count, outside do not', () => {
    const inRun: Rule = { op: 'count', source: 'INITIATIVE', where: { minRecognitionLevel: 'TINH' }, window: { kind: 'RUN' }, cmp: '>=', value: 1 };
    const awards = csTitles(2022, 2023, 2024);
    const at = (d: string) => person({ awards, initiatives: [fact.initiative('SK', 'TINH', d)] });
    expect(verdictOf(threeYears(inRun), at('2022-01-01'), { asOf: '2024-12-31' })).toBe('PASS');
    expect(verdictOf(threeYears(inRun), at('2024-12-31'), { asOf: '2024-12-31' })).toBe('PASS');
    expect(verdictOf(threeYears(inRun), at('2021-12-31'), { asOf: '2024-12-31' })).toBe('FAIL');
    const t = run(threeYears(inRun), at('2021-12-31'), { asOf: '2024-12-31' }).trace;
    expect(t.run).toEqual({ from: 2022, to: 2024 });
    expect(t.inRun).toMatchObject({ verdict: 'FAIL', window: { kind: 'RUN', fromYear: 2022, toYear: 2024 } });
  });

  it('BEFORE_RUN: an award strictly before the first year of the run', () => {
    const before: Rule = { op: 'count', source: 'AWARD', where: { awardTypes: ['BK_BO_TINH'] }, window: { kind: 'BEFORE_RUN' }, cmp: '>=', value: 1 };
    const rule: Rule = { op: 'consecutive', years: 3, window: { kind: 'ROLLING', years: 3 }, condition: { op: 'ratingAtLeast', level: 'HTXSNV' }, inRun: before };
    const ratings = [2022, 2023, 2024].map((y) => fact.rating(`R${y}`, y, 'HTXSNV'));
    expect(verdictOf(rule, person({ ratings, awards: [fact.award('BK', 'BK_BO_TINH', 2021)] }), { asOf: '2024-12-31' })).toBe('PASS');
    expect(verdictOf(rule, person({ ratings, awards: [fact.award('BK', 'BK_BO_TINH', 2022)] }), { asOf: '2024-12-31' })).toBe('FAIL');
  });

  it('a window shorter than the run fails', () => {
    expect(run(threeYears(), person({ awards: csTitles(2024) }), { asOf: '2019-12-31' }).trace).toMatchObject({ verdict: 'FAIL', reason: 'TOO_FEW_YEARS' });
  });
});

describe('ratingAtLeast', () => {
  it.each<[string, Rule, SubjectFacts, Verdict, string | null]>([
    ['the same level passes', { op: 'ratingAtLeast', level: 'HTTNV' }, person({ ratings: [fact.rating('R', 2025, 'HTTNV')] }), 'PASS', 'HTTNV'],
    ['a better level passes', { op: 'ratingAtLeast', level: 'HTTNV' }, person({ ratings: [fact.rating('R', 2025, 'HTXSNV')] }), 'PASS', 'HTXSNV'],
    ['a lower level fails', { op: 'ratingAtLeast', level: 'HTXSNV' }, person({ ratings: [fact.rating('R', 2025, 'HTTNV')] }), 'FAIL', 'HTTNV'],
    ['no rating for the year: unknown', { op: 'ratingAtLeast', level: 'HTNV' }, person({ ratings: [fact.rating('R', 2024, 'HTXSNV')] }), 'UNKNOWN', null],
    [
      'the latest in a window decides',
      { op: 'ratingAtLeast', level: 'HTXSNV', window: { kind: 'ROLLING', years: 2 } },
      person({ ratings: [fact.rating('R24', 2024, 'HTXSNV'), fact.rating('R25', 2025, 'HTTNV')] }),
      'FAIL',
      'HTTNV',
    ],
    [
      'last year stands in for a year not yet rated',
      { op: 'ratingAtLeast', level: 'HTXSNV', window: { kind: 'ROLLING', years: 2 } },
      person({ ratings: [fact.rating('R24', 2024, 'HTXSNV')] }),
      'PASS',
      'HTXSNV',
    ],
  ])('%s', (_name, rule, facts, verdict, observed) => {
    const { trace } = run(rule, facts);
    expect(trace.verdict).toBe(verdict);
    expect(trace.observed).toBe(observed);
  });
});

describe('noDiscipline: no record means none; in force during the window counts', () => {
  const rule = (scope: 'SELF' | 'MEMBERS' | 'SELF_AND_MEMBERS', minForm: 'KHIEN_TRACH' | 'CANH_CAO' = 'KHIEN_TRACH'): Rule => ({ op: 'noDiscipline', scope, minForm, window: { kind: 'THIS_YEAR' } });
  const withDiscipline = (d: ReturnType<typeof fact.discipline>) => person({ disciplines: [d] });

  it.each<[string, Rule, SubjectFacts, Verdict]>([
    ['no discipline record: none', rule('SELF'), person(), 'PASS'],
    ['decided on the first day of the year', rule('SELF'), withDiscipline(fact.discipline('D', 'KHIEN_TRACH', '2024-01-01')), 'FAIL'],
    ['decided on the last day of the year', rule('SELF'), withDiscipline(fact.discipline('D', 'KHIEN_TRACH', '2024-12-31')), 'FAIL'],
    ['decided the day before, no end recorded', rule('SELF'), withDiscipline(fact.discipline('D', 'KHIEN_TRACH', '2023-12-31')), 'PASS'],
    ['decided before, in force until the first day', rule('SELF'), withDiscipline(fact.discipline('D', 'CANH_CAO', '2023-06-01', '2024-01-01')), 'FAIL'],
    ['decided before, ended the day before', rule('SELF'), withDiscipline(fact.discipline('D', 'CANH_CAO', '2023-06-01', '2023-12-31')), 'PASS'],
    ['lighter than the threshold', rule('SELF', 'CANH_CAO'), withDiscipline(fact.discipline('D', 'KHIEN_TRACH', '2024-03-01')), 'PASS'],
    ['at the threshold', rule('SELF', 'CANH_CAO'), withDiscipline(fact.discipline('D', 'CANH_CAO', '2024-03-01')), 'FAIL'],
    ['heavier than the threshold', rule('SELF', 'CANH_CAO'), withDiscipline(fact.discipline('D', 'CACH_CHUC', '2024-03-01')), 'FAIL'],
    ['after the evaluation date', rule('SELF'), withDiscipline(fact.discipline('D', 'KHIEN_TRACH', '2025-01-01')), 'PASS'],
    ['members not loaded: unknown', rule('MEMBERS'), subjectFacts('O', 'TAP_THE'), 'UNKNOWN'],
    ['no members: none disciplined', rule('MEMBERS'), subjectFacts('O', 'TAP_THE', { members: [] }), 'PASS'],
    ['a member disciplined', rule('MEMBERS'), subjectFacts('O', 'TAP_THE', { members: [subjectFacts('M', 'CA_NHAN', { disciplines: [fact.discipline('D', 'KHIEN_TRACH', '2024-05-05')] })] }), 'FAIL'],
    ['the collective itself is not a member', rule('MEMBERS'), subjectFacts('O', 'TAP_THE', { members: [], disciplines: [fact.discipline('D', 'KHIEN_TRACH', '2024-05-05')] }), 'PASS'],
    ['self and members', rule('SELF_AND_MEMBERS'), subjectFacts('O', 'TAP_THE', { members: [], disciplines: [fact.discipline('D', 'KHIEN_TRACH', '2024-05-05')] }), 'FAIL'],
    ['a self-only check does not need members', rule('SELF'), subjectFacts('O', 'TAP_THE'), 'PASS'],
  ])('%s', (_name, r, facts, expected) => {
    expect(verdictOf(r, facts, { asOf: '2024-12-31' })).toBe(expected);
  });
});

describe('members: shares and counts of members meeting a condition', () => {
  const advanced: Rule = { op: 'count', source: 'AWARD', where: { awardTypes: ['LAO_DONG_TIEN_TIEN'] }, window: { kind: 'THIS_YEAR' }, cmp: '>=', value: 1 };
  const rated: Rule = { op: 'ratingAtLeast', level: 'HTNV' };
  const team = (n: number, advancedCount: number, unrated = 0) =>
    subjectFacts('O', 'TAP_THE', {
      members: Array.from({ length: n }, (_, i) =>
        subjectFacts(`M${i + 1}`, 'CA_NHAN', {
          awards: i < advancedCount ? [fact.award(`L${i + 1}`, 'LAO_DONG_TIEN_TIEN', 2024)] : [],
          ratings: i < n - unrated ? [fact.rating(`R${i + 1}`, 2024, 'HTNV')] : [],
        }),
      ),
    });
  const share = (cmp: '>=' | '>', value: number, condition: Rule): Rule => ({ op: 'members', measure: 'SHARE', cmp, value, condition });

  it.each<[string, Rule, SubjectFacts, Verdict]>([
    ['7 of 10 is 70 %', share('>=', 70, advanced), team(10, 7), 'PASS'],
    ['6 of 10 is one short of 70 %', share('>=', 70, advanced), team(10, 6), 'FAIL'],
    ['3 of 4 is 75 %', share('>=', 70, advanced), team(4, 3), 'PASS'],
    ['2 of 3 is 66.7 %', share('>=', 70, advanced), team(3, 2), 'FAIL'],
    ['5 of 10 is not over 50 %', share('>', 50, advanced), team(10, 5), 'FAIL'],
    ['6 of 10 is over 50 %', share('>', 50, advanced), team(10, 6), 'PASS'],
    ['everyone rated: 100 %', share('>=', 100, rated), team(5, 0), 'PASS'],
    ['one member not rated: unknown', share('>=', 100, rated), team(5, 0, 1), 'UNKNOWN'],
    ['members not loaded: unknown', share('>=', 70, advanced), subjectFacts('O', 'TAP_THE'), 'UNKNOWN'],
    ['no members: unknown', share('>=', 70, advanced), subjectFacts('O', 'TAP_THE', { members: [] }), 'UNKNOWN'],
    ['at least one member', { op: 'members', measure: 'COUNT', cmp: '>=', value: 1, condition: advanced }, team(10, 1), 'PASS'],
    ['not one member', { op: 'members', measure: 'COUNT', cmp: '>=', value: 1, condition: advanced }, team(10, 0), 'FAIL'],
  ])('%s', (_name, r, facts, expected) => {
    expect(verdictOf(r, facts, { asOf: '2024-12-31' })).toBe(expected);
  });

  it('names the members who counted and keeps each member\'s trace', () => {
    const { trace } = run(share('>=', 70, advanced), team(3, 2), { asOf: '2024-12-31' });
    expect(trace).toMatchObject({ observed: 2, total: 3, records: ['M1', 'M2'], measure: 'SHARE' });
    expect(trace.children?.map((c) => [c.subjectId, c.verdict, c.records])).toEqual([
      ['M1', 'PASS', ['L1']],
      ['M2', 'PASS', ['L2']],
      ['M3', 'FAIL', []],
    ]);
  });
});

describe('increasing: strictly, year on year', () => {
  const rule: Rule = { op: 'increasing', metric: 'THU_NHAP_HO', window: { kind: 'YEARS', from: 2021, to: 2024 } };
  const incomes = (...values: (number | null)[]) =>
    subjectFacts('H', 'HO_GIA_DINH', { metrics: values.flatMap((v, i) => (v === null ? [] : [fact.metric(`M${2021 + i}`, 'THU_NHAP_HO', 2021 + i, v)])) });

  it.each<[string, SubjectFacts, Verdict]>([
    ['rising every year', incomes(10, 12, 15, 20), 'PASS'],
    ['a tie is not a rise', incomes(10, 12, 12, 20), 'FAIL'],
    ['a drop', incomes(10, 12, 11, 20), 'FAIL'],
    ['a missing year: unknown', incomes(10, null, 15, 20), 'UNKNOWN'],
    ['a missing year cannot hide a tie around it', incomes(10, null, 10, 20), 'FAIL'],
    ['another metric does not count', subjectFacts('H', 'HO_GIA_DINH', { metrics: [fact.metric('X', 'DOANH_THU', 2021, 1)] }), 'UNKNOWN'],
  ])('%s', (_name, facts, expected) => {
    expect(verdictOf(rule, facts)).toBe(expected);
  });

  it('one year is too few to compare', () => {
    expect(run({ ...rule, window: { kind: 'YEARS', from: 2024, to: 2024 } } as Rule, incomes(1, 2, 3, 4)).trace).toMatchObject({ verdict: 'UNKNOWN', reason: 'TOO_FEW_YEARS' });
  });

  it('the trace holds every year and where the rise stopped', () => {
    const { trace } = run(rule, incomes(10, 12, 12, 20));
    expect(trace.values?.map((v) => v.value)).toEqual([10, 12, 12, 20]);
    expect([trace.observed, trace.observedYear]).toEqual([2022, 2023]);
  });
});

describe('flag and attest', () => {
  it.each<[string, Rule, SubjectFacts, Verdict]>([
    ['a true flag', { op: 'flag', code: 'XA_DAT_CHUAN_NTM' }, person({ flags: [fact.flag('F', 'XA_DAT_CHUAN_NTM', 2022)] }), 'PASS'],
    ['a false flag', { op: 'flag', code: 'XA_DAT_CHUAN_NTM' }, person({ flags: [fact.flag('F', 'XA_DAT_CHUAN_NTM', 2022, false)] }), 'FAIL'],
    ['no flag: unknown', { op: 'flag', code: 'XA_DAT_CHUAN_NTM' }, person(), 'UNKNOWN'],
    ['the latest year wins', { op: 'flag', code: 'X' }, person({ flags: [fact.flag('F1', 'X', 2021, false), fact.flag('F2', 'X', 2023)] }), 'PASS'],
    ['a timeless flag holds in any year', { op: 'flag', code: 'X', window: { kind: 'THIS_YEAR' } }, person({ flags: [fact.flag('F', 'X', null)] }), 'PASS'],
    ['a flag of another year is not this year\'s', { op: 'flag', code: 'X', window: { kind: 'THIS_YEAR' } }, person({ flags: [fact.flag('F', 'X', 2024)] }), 'UNKNOWN'],
    ['not attested: unknown, not failed', { op: 'attest', key: 'K', text: 't' }, person(), 'UNKNOWN'],
    ['attested', { op: 'attest', key: 'K', text: 't' }, person({ attestations: [fact.attestation('AT', 'K')] }), 'PASS'],
    ['attested as not met', { op: 'attest', key: 'K', text: 't' }, person({ attestations: [fact.attestation('AT', 'K', 'FAIL')] }), 'FAIL'],
    ['another criterion\'s attestation', { op: 'attest', key: 'K', text: 't' }, person({ attestations: [fact.attestation('AT', 'K2')] }), 'UNKNOWN'],
    ['attested after the evaluation date', { op: 'attest', key: 'K', text: 't' }, person({ attestations: [fact.attestation('AT', 'K', 'PASS', '2026-01-01')] }), 'UNKNOWN'],
    [
      'the latest attestation stands',
      { op: 'attest', key: 'K', text: 't' },
      person({ attestations: [fact.attestation('AT1', 'K', 'PASS', '2024-01-01'), fact.attestation('AT2', 'K', 'FAIL', '2025-01-01')] }),
      'FAIL',
    ],
    ['unknown (text lost) is always unknown', { op: 'unknown', note: 'mất' }, person(), 'UNKNOWN'],
  ])('%s', (_name, r, facts, expected) => {
    expect(verdictOf(r, facts)).toBe(expected);
  });
});

describe('all / any / not are Kleene three-valued', () => {
  const leaf = (v: Verdict): Rule =>
    v === 'UNKNOWN' ? { op: 'unknown', note: '?' } : { op: 'count', source: 'AWARD', window: { kind: 'ANY' }, cmp: v === 'PASS' ? '>=' : '>', value: 0 };
  it.each<[Verdict[], Verdict, Verdict]>([
    [['PASS', 'PASS'], 'PASS', 'PASS'],
    [['PASS', 'FAIL'], 'FAIL', 'PASS'],
    [['PASS', 'UNKNOWN'], 'UNKNOWN', 'PASS'],
    [['FAIL', 'UNKNOWN'], 'FAIL', 'UNKNOWN'],
    [['FAIL', 'FAIL'], 'FAIL', 'FAIL'],
    [['UNKNOWN', 'UNKNOWN'], 'UNKNOWN', 'UNKNOWN'],
  ])('%j → all %s, any %s', (vs, all, any) => {
    expect(verdictOf({ op: 'all', of: vs.map(leaf) }, person())).toBe(all);
    expect(verdictOf({ op: 'any', of: vs.map(leaf) }, person())).toBe(any);
  });

  it.each<[Verdict, Verdict]>([
    ['PASS', 'FAIL'],
    ['FAIL', 'PASS'],
    ['UNKNOWN', 'UNKNOWN'],
  ])('not %s → %s', (v, expected) => {
    expect(verdictOf({ op: 'not', rule: leaf(v) }, person())).toBe(expected);
  });

  it('every branch is evaluated, so the trace is complete', () => {
    const { trace } = run({ op: 'any', of: [leaf('PASS'), leaf('FAIL'), leaf('UNKNOWN')] }, person());
    expect(trace.children?.map((c) => c.verdict)).toEqual(['PASS', 'FAIL', 'UNKNOWN']);
    expect(trace.children?.map((c) => c.path)).toEqual(['of[0]', 'of[1]', 'of[2]']);
  });
});

describe('role-exclusive groups: exactly one rule per person', () => {
  const set: CriteriaSet = parseCriteriaSet({
    code: 'ROLES',
    title: { vi: 'Thử nhóm chức vụ' },
    roleGroups: [
      { code: 'DIRECTORS', title: { vi: 'Giám đốc Sở' }, match: [{ roles: ['GIAM_DOC', 'PHO_GIAM_DOC'], organizationKinds: ['SO'] }], leadership: true },
      {
        code: 'UNIT_LEADERS',
        title: { vi: 'Lãnh đạo phòng, đơn vị' },
        match: [{ roles: ['TRUONG_PHONG', 'PHO_TRUONG_PHONG'] }, { roles: ['GIAM_DOC', 'PHO_GIAM_DOC'], organizationKinds: ['TRUNG_TAM'] }],
        leadership: true,
      },
      { code: 'STAFF', title: { vi: 'Công chức' }, match: [{ roles: ['CAN_BO'] }], fallback: true },
    ],
    criteria: [
      { key: 'GEN', title: { vi: 'Chung' }, sourceText: 'x', confidence: 'exact', appliesTo: ['CA_NHAN'], rule: { op: 'count', source: 'AWARD', window: { kind: 'ANY' }, cmp: '>=', value: 0 } },
      { key: 'DIR', title: { vi: 'GĐ' }, sourceText: 'x', confidence: 'exact', appliesTo: ['CA_NHAN'], roleGroup: 'DIRECTORS', rule: { op: 'count', source: 'INITIATIVE', window: { kind: 'ANY' }, cmp: '>=', value: 2 } },
      { key: 'UNIT', title: { vi: 'TP' }, sourceText: 'x', confidence: 'exact', appliesTo: ['CA_NHAN'], roleGroup: 'UNIT_LEADERS', rule: { op: 'count', source: 'INITIATIVE', window: { kind: 'ANY' }, cmp: '>=', value: 1 } },
      { key: 'STAFF', title: { vi: 'NV' }, sourceText: 'x', confidence: 'exact', appliesTo: ['CA_NHAN'], roleGroup: 'STAFF', rule: { op: 'count', source: 'INITIATIVE', window: { kind: 'ANY' }, cmp: '>=', value: 1 } },
    ],
  });
  const options: EvaluationOptions = { asOf: '2025-06-30' };
  const oneInitiative = [fact.initiative('SK', 'TINH', '2024-01-01')];

  it.each<[string, ReturnType<typeof fact.position>[], string, string | null, Verdict, string[]]>([
    ['a deputy director of the department', [fact.position('P', 'PHO_GIAM_DOC', 'SO')], 'MATCHED', 'DIRECTORS', 'FAIL', ['GEN', 'DIR']],
    ['a deputy director also recorded as staff is still a director', [fact.position('P1', 'CAN_BO', 'SO'), fact.position('P2', 'PHO_GIAM_DOC', 'SO')], 'MATCHED', 'DIRECTORS', 'FAIL', ['GEN', 'DIR']],
    ['the director of an attached centre is a unit leader', [fact.position('P', 'GIAM_DOC', 'TRUNG_TAM')], 'MATCHED', 'UNIT_LEADERS', 'PASS', ['GEN', 'UNIT']],
    ['a head of division', [fact.position('P', 'TRUONG_PHONG', 'PHONG')], 'MATCHED', 'UNIT_LEADERS', 'PASS', ['GEN', 'UNIT']],
    ['a civil servant', [fact.position('P', 'CAN_BO', 'PHONG')], 'MATCHED', 'STAFF', 'PASS', ['GEN', 'STAFF']],
    ['a worker no group lists falls back to staff', [fact.position('P', 'NGUOI_LAO_DONG', 'PHONG')], 'FALLBACK', 'STAFF', 'PASS', ['GEN', 'STAFF']],
    ['a deputy director whose organization kind is unknown: ambiguous', [fact.position('P', 'PHO_GIAM_DOC')], 'AMBIGUOUS', null, 'UNKNOWN', ['GEN']],
    ['a director of a kind no group lists is a leader, never staff', [fact.position('P', 'GIAM_DOC', 'TRUONG_HOC')], 'LEADER_NOT_COVERED', null, 'UNKNOWN', ['GEN']],
    ['a chair holding a staff post too is never judged as staff', [fact.position('P1', 'CAN_BO'), fact.position('P2', 'CHU_TICH')], 'LEADER_NOT_COVERED', null, 'UNKNOWN', ['GEN']],
    ['no position: unknown', [], 'NO_POSITION', null, 'UNKNOWN', ['GEN']],
    ['a post that ended the day before does not count', [fact.position('P', 'PHO_GIAM_DOC', 'SO', '2020-01-01', '2025-06-29'), fact.position('Q', 'CAN_BO', 'PHONG', '2025-06-29')], 'MATCHED', 'STAFF', 'PASS', ['GEN', 'STAFF']],
    ['a post that ends on the evaluation date still counts', [fact.position('P', 'PHO_GIAM_DOC', 'SO', '2020-01-01', '2025-06-30'), fact.position('Q', 'CAN_BO', 'PHONG')], 'MATCHED', 'DIRECTORS', 'FAIL', ['GEN', 'DIR']],
    ['a post starting the day after does not count yet', [fact.position('P', 'PHO_GIAM_DOC', 'SO', '2025-07-01'), fact.position('Q', 'CAN_BO', 'PHONG')], 'MATCHED', 'STAFF', 'PASS', ['GEN', 'STAFF']],
  ])('%s', (_name, positions, status, group, verdict, keys) => {
    const result = evaluateCriteriaSet(set, person({ positions, initiatives: oneInitiative }), options);
    expect(result.role).toMatchObject({ status, group });
    expect(result.verdict).toBe(verdict);
    expect(result.criteria.map((c) => c.key)).toEqual(keys);
  });

  it('says which lower group it set aside', () => {
    const result = evaluateCriteriaSet(set, person({ positions: [fact.position('P1', 'CAN_BO', 'SO'), fact.position('P2', 'PHO_GIAM_DOC', 'SO')] }), options);
    expect(result.role).toMatchObject({ decidedBy: { positionId: 'P2', roleCode: 'PHO_GIAM_DOC', organizationKind: 'SO' }, setAside: ['STAFF'] });
  });

  it('without a fallback group, a role no group lists is not a subject: FAIL', () => {
    const noFallback = parseCriteriaSet({ ...set, roleGroups: set.roleGroups.filter((g) => !g.fallback), criteria: set.criteria.filter((c) => c.roleGroup !== 'STAFF') });
    const result = evaluateCriteriaSet(noFallback, person({ positions: [fact.position('P', 'GIAO_VIEN')] }), options);
    expect(result.role).toMatchObject({ status: 'NO_MATCH', verdict: 'FAIL' });
    expect(result.verdict).toBe('FAIL');
  });

  it('collectives are not role-selected', () => {
    const result = evaluateCriteriaSet(set, subjectFacts('O', 'TAP_THE'), options);
    expect(result.role).toBeUndefined();
    expect(result).toMatchObject({ applicable: false, verdict: 'FAIL', criteria: [] });
  });
});

describe('sets', () => {
  const set = parseCriteriaSet({
    code: 'COMBINE',
    title: { vi: 'Thử' },
    period: { from: 2021, to: 2025 },
    criteria: [
      { key: 'A', title: { vi: 'A' }, sourceText: 'x', confidence: 'exact', appliesTo: ['CA_NHAN'], rule: { op: 'count', source: 'INITIATIVE', window: { kind: 'PLAN_PERIOD' }, cmp: '>=', value: 1 } },
      { key: 'B', title: { vi: 'B' }, sourceText: 'x', confidence: 'exact', appliesTo: ['CA_NHAN', 'HO_GIA_DINH'], rule: { op: 'attest', key: 'B', text: 't' } },
    ],
  });

  it.each<[string, SubjectFacts, Verdict, string[]]>([
    ['all pass', person({ initiatives: [fact.initiative('SK', 'CO_SO', '2022-01-01')], attestations: [fact.attestation('AT', 'B')] }), 'PASS', ['A', 'B']],
    ['one unknown', person({ initiatives: [fact.initiative('SK', 'CO_SO', '2022-01-01')] }), 'UNKNOWN', ['A', 'B']],
    ['one fails, one unknown', person(), 'FAIL', ['A', 'B']],
    ['a household sees only what applies to it', subjectFacts('H', 'HO_GIA_DINH', { attestations: [fact.attestation('AT', 'B')] }), 'PASS', ['B']],
  ])('%s', (_name, facts, verdict, keys) => {
    const result = evaluateCriteriaSet(set, facts, { asOf: '2025-06-30' });
    expect(result.verdict).toBe(verdict);
    expect(result.criteria.map((c) => c.key)).toEqual(keys);
    expect(result.criteria[0].trace.path).toBe(`criteria[${keys[0] === 'B' ? 1 : 0}].rule`);
  });

  it('combine ANY passes on one criterion', () => {
    const any = { ...set, combine: 'ANY' as const };
    expect(evaluateCriteriaSet(any, person({ attestations: [fact.attestation('AT', 'B')] }), { asOf: '2025-06-30' }).verdict).toBe('PASS');
  });

  it('refuses bad options once, with paths', () => {
    expect(() => prepareCriteriaSet(set, { asOf: '30/06/2025' })).toThrow(CriteriaValidationError);
    expect(() => prepareCriteriaSet(set, { asOf: '2025-02-30' })).toThrow('options.asOf: expected a date YYYY-MM-DD');
    expect(() => prepareCriteriaSet(set, { asOf: '2025-06-30', parameters: { nope: 1 } })).toThrow('options.parameters.nope: unknown parameter "nope"');
  });

  it('a prepared set evaluates many subjects with one compilation', () => {
    const prepared = prepareCriteriaSet(set, { asOf: '2025-06-30', planPeriod: { from: 2024, to: 2025 } });
    const early = person({ initiatives: [fact.initiative('SK', 'CO_SO', '2022-01-01')] });
    expect(prepared.evaluate(early).criteria[0].verdict).toBe('FAIL');
    expect(evaluateCriteriaSet(set, early, { asOf: '2025-06-30' }).criteria[0].verdict).toBe('PASS');
  });
});
