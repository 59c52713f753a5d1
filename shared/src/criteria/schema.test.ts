import { describe, expect, it } from 'vitest';
import type { CriteriaSet } from './rule';
import { CriteriaValidationError, formatIssues, MAX_RULE_DEPTH, parseCriteriaSet, parseRule, safeParseCriteriaSet, safeParseRule, type CriteriaIssueCode } from './schema';

const count = (extra: Record<string, unknown> = {}) => ({ op: 'count', source: 'AWARD', window: { kind: 'ANY' }, cmp: '>=', value: 1, ...extra });
const attest = (key: string) => ({ op: 'attest', key, text: 'Nội bộ đoàn kết.' });

describe('parseRule accepts every operator and window', () => {
  it.each([
    ['count with filter', count({ where: { awardTypes: ['CSTD_BO_TINH'], issuerLevels: ['TINH'] } })],
    ['count of initiatives by date window', { op: 'count', source: 'INITIATIVE', where: { minRecognitionLevel: 'TINH', applied: true }, window: { kind: 'YEARS', from: 2021, to: 2025 }, cmp: '>=', value: 2 }],
    ['count of ratings', { op: 'count', source: 'RATING', where: { minLevel: 'HTXSNV' }, window: { kind: 'ROLLING', years: 3, lag: 1 }, cmp: '>=', value: 2 }],
    ['count of research by level', { op: 'count', source: 'RESEARCH', where: { levels: ['TINH', 'BO'] }, window: { kind: 'THIS_YEAR' }, cmp: '=', value: 0 }],
    ['count of metrics in a range', { op: 'count', source: 'METRIC', where: { codes: ['DOANH_THU'], min: 1, max: 10 }, window: { kind: 'ANY' }, cmp: '<', value: 3 }],
    ['all / any / not', { op: 'all', of: [{ op: 'any', of: [count(), attest('A')] }, { op: 'not', rule: count() }] }],
    ['everyYear', { op: 'everyYear', window: { kind: 'PLAN_PERIOD', completedYears: true }, condition: { op: 'ratingAtLeast', level: 'HTTNV' } }],
    [
      'consecutive with RUN and BEFORE_RUN inside inRun',
      {
        op: 'consecutive',
        years: 5,
        window: { kind: 'ROLLING', years: 5 },
        condition: { op: 'ratingAtLeast', level: 'HTXSNV' },
        inRun: { op: 'all', of: [count({ window: { kind: 'BEFORE_RUN' } }), count({ source: 'INITIATIVE', window: { kind: 'RUN' } })] },
      },
    ],
    ['noDiscipline', { op: 'noDiscipline', scope: 'MEMBERS', minForm: 'CANH_CAO', window: { kind: 'THIS_YEAR' } }],
    ['members share', { op: 'members', measure: 'SHARE', cmp: '>=', value: 70, condition: count() }],
    ['members count', { op: 'members', measure: 'COUNT', cmp: '>=', value: 1, condition: count() }],
    ['increasing', { op: 'increasing', metric: 'THU_NHAP_HO', window: { kind: 'YEARS', from: 2021, to: 'EVAL_YEAR' } }],
    ['flag', { op: 'flag', code: 'XA_DAT_CHUAN_NTM' }],
    ['attest', attest('HG-TT-3.DOAN_KET')],
    ['unknown', { op: 'unknown', note: 'Văn bản nguồn bị cắt.' }],
    ['PARAM window with an inline default', count({ window: { kind: 'PARAM', name: 'w', default: { kind: 'YEARS', from: 2021, to: 2025 } } })],
  ])('%s', (_name, json) => {
    const rule = parseRule(json);
    expect(rule).toEqual(json);
    // The stored form is stable: parsing what was stored gives the same rule.
    expect(parseRule(JSON.parse(JSON.stringify(rule)))).toEqual(rule);
  });

  it('accepts a JSON string', () => {
    expect(parseRule(JSON.stringify(count()))).toEqual(count());
  });
});

describe('parseRule refuses invalid rules at the offending path', () => {
  it.each<[string, unknown, string, CriteriaIssueCode]>([
    ['a year given as text', count({ window: { kind: 'YEARS', from: '2021', to: 2025 } }), 'window.from', 'EXPECTED_YEAR'],
    ['a year out of range', count({ window: { kind: 'YEARS', from: 2021, to: 3000 } }), 'window.to', 'EXPECTED_YEAR'],
    ['reversed years', count({ window: { kind: 'YEARS', from: 2025, to: 2021 } }), 'window', 'YEARS_REVERSED'],
    ['an unknown operator', { op: 'some', of: [] }, 'op', 'UNKNOWN_OP'],
    ['a missing operator', { of: [] }, 'op', 'EXPECTED_STRING'],
    ['a misspelt field', { op: 'count', source: 'AWARD', windw: { kind: 'ANY' }, cmp: '>=', value: 1 }, 'windw', 'UNKNOWN_FIELD'],
    ['a missing window', { op: 'count', source: 'AWARD', cmp: '>=', value: 1 }, 'window', 'REQUIRED'],
    ['a filter of another source', count({ where: { minForm: 'CANH_CAO' } }), 'where.minForm', 'FILTER_NOT_FOR_SOURCE'],
    ['an award level that does not exist', count({ where: { issuerLevels: ['QUAN'] } }), 'where.issuerLevels[0]', 'NOT_ONE_OF'],
    ['a rating level in a RESEARCH filter', { ...count({ source: 'RESEARCH' }), where: { minLevel: 'HTXSNV' } }, 'where.minLevel', 'NOT_ONE_OF'],
    ['a lower-case award code', count({ where: { awardTypes: ['bk_bo_tinh'] } }), 'where.awardTypes[0]', 'INVALID_CODE'],
    ['an empty code list', count({ where: { awardTypes: [] } }), 'where.awardTypes', 'EMPTY'],
    ['recognized:false with a level', { ...count({ source: 'INITIATIVE' }), where: { recognized: false, minRecognitionLevel: 'TINH' } }, 'where.recognized', 'CONFLICT'],
    ['min above max', { ...count({ source: 'METRIC' }), where: { min: 5, max: 1 } }, 'where.min', 'CONFLICT'],
    ['a bad comparator', count({ cmp: '≥' }), 'cmp', 'NOT_ONE_OF'],
    ['a negative count', count({ value: -1 }), 'value', 'EXPECTED_COUNT'],
    ['a fractional count', count({ value: 1.5 }), 'value', 'EXPECTED_COUNT'],
    ['a number given as text', count({ value: '2' }), 'value', 'EXPECTED_NUMBER_OR_PARAM'],
    ['an undeclared number parameter', count({ value: { param: 'many' } }), 'value.param', 'UNKNOWN_PARAMETER'],
    ['an undeclared window parameter', count({ window: { kind: 'PARAM', name: 'ratingWindow' } }), 'window.name', 'UNKNOWN_PARAMETER'],
    ['RUN outside a run', count({ window: { kind: 'RUN' } }), 'window.kind', 'RUN_WINDOW_OUTSIDE_RUN'],
    ['BEFORE_RUN in the run condition (not inRun)', { op: 'consecutive', years: 2, window: { kind: 'ROLLING', years: 2 }, condition: count({ window: { kind: 'BEFORE_RUN' } }) }, 'condition.window.kind', 'RUN_WINDOW_OUTSIDE_RUN'],
    ['everyYear over ANY', { op: 'everyYear', window: { kind: 'ANY' }, condition: count() }, 'window.kind', 'UNBOUNDED_WINDOW'],
    ['increasing over ANY', { op: 'increasing', metric: 'DOANH_THU', window: { kind: 'ANY' } }, 'window.kind', 'UNBOUNDED_WINDOW'],
    ['a run of 0 years', { op: 'consecutive', years: 0, window: { kind: 'ROLLING', years: 2 }, condition: count() }, 'years', 'OUT_OF_RANGE'],
    ['a rolling window of 0 years', count({ window: { kind: 'ROLLING', years: 0 } }), 'window.years', 'OUT_OF_RANGE'],
    ['a share above 100 %', { op: 'members', measure: 'SHARE', cmp: '>=', value: 120, condition: count() }, 'value', 'OUT_OF_RANGE'],
    ['an unknown member scope', { op: 'noDiscipline', scope: 'ALL', minForm: 'CANH_CAO', window: { kind: 'ANY' } }, 'scope', 'NOT_ONE_OF'],
    ['an unknown rating level', { op: 'ratingAtLeast', level: 'XUAT_SAC' }, 'level', 'NOT_ONE_OF'],
    ['an empty attest text', { op: 'attest', key: 'A', text: '  ' }, 'text', 'EMPTY'],
    ['a NUL in an attest text', { op: 'attest', key: 'A', text: 'a\u0000b' }, 'text', 'INVALID_TEXT'],
    ['an attest key with spaces', { op: 'attest', key: 'A B', text: 'x' }, 'key', 'INVALID_CODE'],
    ['an empty all', { op: 'all', of: [] }, 'of', 'EMPTY'],
    ['a rule that is not an object', { op: 'any', of: [count(), 'count'] }, 'of[1]', 'EXPECTED_OBJECT'],
    ['a deep error', { op: 'all', of: [count(), { op: 'any', of: [attest('A'), count({ window: { kind: 'YEARS', from: 2021, to: 'NOW' } })] }] }, 'of[1].of[1].window.to', 'EXPECTED_YEAR'],
    ['a completedYears that is not a boolean', count({ window: { kind: 'PLAN_PERIOD', completedYears: 'yes' } }), 'window.completedYears', 'EXPECTED_BOOLEAN'],
  ])('%s', (_name, json, path, code) => {
    const result = safeParseRule(json);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.path, i.code])).toContainEqual([path, code]);
    for (const i of result.issues) {
      expect(i.vi.length).toBeGreaterThan(0);
      expect(i.en.length).toBeGreaterThan(0);
    }
  });

  it('refuses rules nested too deep', () => {
    let rule: unknown = count();
    for (let i = 0; i <= MAX_RULE_DEPTH + 1; i++) rule = { op: 'not', rule };
    const result = safeParseRule(rule);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0].code).toBe('TOO_DEEP');
  });

  it('refuses text that is not JSON', () => {
    const result = safeParseRule('{"op": ');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toMatchObject({ path: '', code: 'INVALID_JSON' });
  });

  it('throws an error whose message names the path, in English and Vietnamese', () => {
    try {
      parseRule(count({ window: { kind: 'YEARS', from: 20210, to: 2025 } }), { path: 'criteria[0].rule' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CriteriaValidationError);
      const err = e as CriteriaValidationError;
      expect(err.message).toBe('criteria[0].rule.window.from: expected a year');
      expect(err.messageVi).toBe('criteria[0].rule.window.from: cần một năm (từ 1945 đến 2100)');
    }
  });
});

function minimalSet(criteria: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { code: 'TEST-SET', title: { vi: 'Bộ thử' }, criteria, ...extra };
}

function criterion(key: string, rule: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { key, title: { vi: key }, sourceText: 'Nguyên văn.', confidence: 'exact', appliesTo: ['CA_NHAN'], rule, ...extra };
}

describe('parseCriteriaSet', () => {
  it('fills defaults and keeps a stable JSON form', () => {
    const set = parseCriteriaSet(minimalSet([criterion('K1', count())]));
    expect(set).toEqual<CriteriaSet>({
      version: 1,
      code: 'TEST-SET',
      title: { vi: 'Bộ thử' },
      parameters: [],
      roleGroups: [],
      criteria: [{ key: 'K1', title: { vi: 'K1' }, sourceText: 'Nguyên văn.', confidence: 'exact', appliesTo: ['CA_NHAN'], rule: count() as never }],
      combine: 'ALL',
    });
    expect(parseCriteriaSet(JSON.stringify(set))).toEqual(set);
  });

  it('names the offending path of a nested rule (the example of the issue)', () => {
    const bad = minimalSet([
      criterion('K0', count()),
      criterion('K1', count()),
      criterion('K2', count()),
      criterion('K3', { op: 'any', of: [count(), count({ window: { kind: 'YEARS', from: 'năm 2021', to: 2025 } })] }),
    ]);
    expect(() => parseCriteriaSet(bad)).toThrow('criteria[3].rule.of[1].window.from: expected a year');
  });

  it('resolves parameters declared by the set', () => {
    const set = minimalSet([criterion('K1', count({ window: { kind: 'PARAM', name: 'w' }, value: { param: 'n' } }))], {
      parameters: [
        { name: 'w', kind: 'WINDOW', default: { kind: 'PLAN_PERIOD' }, title: { vi: 'Khoảng' } },
        { name: 'n', kind: 'NUMBER', default: 2, min: 1, title: { vi: 'Số' } },
      ],
    });
    expect(safeParseCriteriaSet(set).ok).toBe(true);
  });

  it.each<[string, Record<string, unknown>, string, CriteriaIssueCode]>([
    ['a missing code', { title: { vi: 'x' }, criteria: [criterion('K', count())] }, 'code', 'REQUIRED'],
    ['a lower-case code', minimalSet([criterion('K', count())], { code: 'seed-000' }), 'code', 'INVALID_CODE'],
    ['no criteria', minimalSet([]), 'criteria', 'EMPTY'],
    ['an unsupported version', minimalSet([criterion('K', count())], { version: 2 }), 'version', 'UNSUPPORTED_VERSION'],
    ['a title without Vietnamese', minimalSet([criterion('K', count())], { title: { en: 'Test' } }), 'title.vi', 'REQUIRED'],
    ['a reversed period', minimalSet([criterion('K', count())], { period: { from: 2025, to: 2021 } }), 'period', 'YEARS_REVERSED'],
    ['an unknown combine', minimalSet([criterion('K', count())], { combine: 'MOST' }), 'combine', 'NOT_ONE_OF'],
    ['a duplicate criterion key', minimalSet([criterion('K', count()), criterion('K', count())]), 'criteria[1].key', 'DUPLICATE'],
    ['a duplicate attest key across criteria', minimalSet([criterion('K1', attest('A')), criterion('K2', { op: 'all', of: [count(), attest('A')] })]), 'criteria[1].rule.of[1].key', 'DUPLICATE'],
    ['an unknown subject kind', minimalSet([criterion('K', count(), { appliesTo: ['CA_NHAN', 'DOANH_NGHIEP'] })]), 'criteria[0].appliesTo[1]', 'NOT_ONE_OF'],
    ['an unknown confidence', minimalSet([criterion('K', count(), { confidence: 'guess' })]), 'criteria[0].confidence', 'NOT_ONE_OF'],
    ['a missing source text', minimalSet([{ key: 'K', title: { vi: 'K' }, confidence: 'exact', appliesTo: ['CA_NHAN'], rule: count() }]), 'criteria[0].sourceText', 'REQUIRED'],
    ['an undeclared role group', minimalSet([criterion('K', count(), { roleGroup: 'LANH_DAO' })]), 'criteria[0].roleGroup', 'UNKNOWN_ROLE_GROUP'],
    [
      'a role group on a collective criterion',
      minimalSet([criterion('K', count(), { roleGroup: 'G', appliesTo: ['TAP_THE'] })], { roleGroups: [{ code: 'G', title: { vi: 'G' }, match: [{ roles: ['CAN_BO'] }] }] }),
      'criteria[0].appliesTo',
      'ROLE_GROUP_KIND',
    ],
    [
      'two fallback groups',
      minimalSet([criterion('K', count())], {
        roleGroups: [
          { code: 'A', title: { vi: 'A' }, match: [{ roles: ['CAN_BO'] }], fallback: true },
          { code: 'B', title: { vi: 'B' }, match: [{ roles: ['NGUOI_LAO_DONG'] }], fallback: true },
        ],
      }),
      'roleGroups[1].fallback',
      'SEVERAL_FALLBACKS',
    ],
    [
      'a leadership fallback',
      minimalSet([criterion('K', count())], { roleGroups: [{ code: 'A', title: { vi: 'A' }, match: [{ roles: ['GIAM_DOC'] }], fallback: true, leadership: true }] }),
      'roleGroups[0].fallback',
      'FALLBACK_LEADERSHIP',
    ],
    ['a role code with digits', minimalSet([criterion('K', count())], { roleGroups: [{ code: 'A', title: { vi: 'A' }, match: [{ roles: ['CAN_BO_2'] }] }] }), 'roleGroups[0].match[0].roles[0]', 'INVALID_CODE'],
    [
      'a window parameter used as a number',
      minimalSet([criterion('K', count({ value: { param: 'w' } }))], { parameters: [{ name: 'w', kind: 'WINDOW', default: { kind: 'ANY' }, title: { vi: 'w' } }] }),
      'criteria[0].rule.value.param',
      'PARAMETER_KIND',
    ],
    [
      'an everyYear over a parameter that defaults to ANY',
      minimalSet([criterion('K', { op: 'everyYear', window: { kind: 'PARAM', name: 'w' }, condition: count() })], {
        parameters: [{ name: 'w', kind: 'WINDOW', default: { kind: 'ANY' }, title: { vi: 'w' } }],
      }),
      'criteria[0].rule.window.kind',
      'UNBOUNDED_WINDOW',
    ],
    [
      'a number parameter whose default is out of its range',
      minimalSet([criterion('K', count())], { parameters: [{ name: 'n', kind: 'NUMBER', default: 0, min: 1, title: { vi: 'n' } }] }),
      'parameters[0].default',
      'OUT_OF_RANGE',
    ],
    [
      'a duplicate parameter',
      minimalSet([criterion('K', count())], {
        parameters: [
          { name: 'n', kind: 'NUMBER', default: 1, title: { vi: 'n' } },
          { name: 'n', kind: 'NUMBER', default: 2, title: { vi: 'n' } },
        ],
      }),
      'parameters[1].name',
      'DUPLICATE',
    ],
  ])('%s', (_name, json, path, code) => {
    const result = safeParseCriteriaSet(json);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => [i.path, i.code])).toContainEqual([path, code]);
  });

  it('reports every issue at once, each with both languages', () => {
    const result = safeParseCriteriaSet(minimalSet([criterion('K1', count({ cmp: '=>' })), criterion('K2', { op: 'flag' })]));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(formatIssues(result.issues)).toBe(
      ['criteria[0].rule.cmp: expected one of >=, >, =, <=, <; got "=>"', 'criteria[1].rule.code: is required'].join('\n'),
    );
    expect(formatIssues(result.issues, 'vi')).toBe(
      ['criteria[0].rule.cmp: giá trị "=>" không hợp lệ (dùng một trong: >=, >, =, <=, <)', 'criteria[1].rule.code: thiếu trường bắt buộc'].join('\n'),
    );
  });
});
