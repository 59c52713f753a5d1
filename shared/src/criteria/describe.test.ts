import { describe, expect, it } from 'vitest';
import { describeParameterDefault, describeRule, describeRuleLines, describeWindow, type DescribeLabels, type RuleDescription } from './describe';
import { RULE_OPS, SOURCES, WINDOW_KINDS, type ParameterDef, type Rule, type RuleOp, type Window, type WindowKind } from './rule';
import { ALL_CRITERIA_SETS, SEED_000_HA_GIANG } from './seed-criteria';

const labels: DescribeLabels = {
  awardTypes: {
    CSTD_BO_TINH: { vi: 'Chiến sĩ thi đua cấp tỉnh', en: 'provincial emulation soldier' },
    BK_BO_TINH: { vi: 'Bằng khen cấp tỉnh', en: 'provincial certificate of merit' },
    GIA_DINH_VAN_HOA: { vi: 'Gia đình văn hóa', en: 'Cultured family' },
  },
};

const parameters: ParameterDef[] = [
  { name: 'ratingWindow', kind: 'WINDOW', default: { kind: 'ROLLING', years: 2 }, title: { vi: 'Xếp loại được xét', en: 'Rating considered' } },
  { name: 'manyInitiatives', kind: 'NUMBER', default: 3, title: { vi: 'Số sáng kiến tối thiểu', en: 'Minimum initiatives' } },
];

const text = (rule: Rule, lang: 'vi' | 'en') => describeRule(rule, { lang, labels, parameters }).text;

describe('what a rule requires, one sentence per node', () => {
  it.each<[string, Rule, string, string]>([
    [
      'titles counted in the plan period',
      { op: 'count', source: 'AWARD', where: { awardTypes: ['CSTD_BO_TINH'] }, window: { kind: 'PLAN_PERIOD' }, cmp: '>=', value: 2 },
      'Có ít nhất 2 lần được tặng Chiến sĩ thi đua cấp tỉnh trong giai đoạn kế hoạch (đến ngày xét)',
      'At least 2 awards of provincial emulation soldier in the plan period (up to the evaluation date)',
    ],
    [
      'one award, by level, in fixed years',
      { op: 'count', source: 'AWARD', where: { awardTypes: ['BK_BO_TINH'], issuerLevels: ['TINH'] }, window: { kind: 'YEARS', from: 2021, to: 2025 }, cmp: '>=', value: 1 },
      'Được tặng Bằng khen cấp tỉnh do cấp tỉnh trao trong giai đoạn 2021–2025',
      'At least 1 award of provincial certificate of merit issued at provincial level in 2021–2025',
    ],
    [
      'an award type without a label stays a code, the signer is named',
      { op: 'count', source: 'AWARD', where: { awardTypes: ['BK_THU_TUONG'], issuerRoles: ['THU_TUONG'] }, window: { kind: 'ANY' }, cmp: '>', value: 1 },
      'Có trên 1 lần được tặng BK_THU_TUONG (người ký: Thủ tướng Chính phủ) từ trước đến ngày xét',
      'More than 1 awards of BK_THU_TUONG (signed by: Prime Minister) at any time up to the evaluation date',
    ],
    [
      'initiatives, a number set by a parameter',
      { op: 'count', source: 'INITIATIVE', where: { minRecognitionLevel: 'TINH', applied: true }, window: { kind: 'ROLLING', years: 3 }, cmp: '>=', value: { param: 'manyInitiatives' } },
      'Có ít nhất 3 sáng kiến được công nhận cấp tỉnh trở lên, đã được áp dụng (số lượng: tham số «Số sáng kiến tối thiểu») trong 3 năm gần nhất, tính đến năm xét',
      'At least 3 initiatives recognised at provincial level or above and applied (number: parameter “Minimum initiatives”) in the 3 years up to the evaluation year',
    ],
    [
      'no discipline counted: none at all',
      { op: 'count', source: 'DISCIPLINE', where: { minForm: 'CANH_CAO' }, window: { kind: 'YEARS', from: 2023, to: 2023 }, cmp: '=', value: 0 },
      'Không có quyết định kỷ luật từ hình thức cảnh cáo trở lên nào trong năm 2023',
      'No disciplinary decisions at warning or heavier in 2023',
    ],
    [
      'ratings counted over years up to the evaluation year',
      { op: 'count', source: 'RATING', where: { minLevel: 'HTTNV' }, window: { kind: 'YEARS', from: 2021, to: 'EVAL_YEAR', completedYears: true }, cmp: '>=', value: 3 },
      'Có ít nhất 3 năm được xếp loại hoàn thành tốt nhiệm vụ trở lên từ năm 2021 đến năm xét (chỉ tính các năm đã kết thúc)',
      'At least 3 years rated “completed duties well” or better from 2021 to the evaluation year (completed years only)',
    ],
    [
      'a cultural title held',
      { op: 'count', source: 'CULTURAL_TITLE', where: { codes: ['GIA_DINH_VAN_HOA'] }, window: { kind: 'THIS_YEAR' }, cmp: '>=', value: 1 },
      'Đạt danh hiệu Gia đình văn hóa trong năm xét',
      'Holds the cultural title Cultured family in the year considered',
    ],
    [
      'metrics within bounds',
      { op: 'count', source: 'METRIC', where: { codes: ['THU_NHAP_HO'], min: 100000000 }, window: { kind: 'ROLLING', years: 2, completedYears: true }, cmp: '>=', value: 2 },
      'Có ít nhất 2 năm có số liệu Thu nhập của hộ từ 100.000.000 trở lên trong 2 năm đã kết thúc gần nhất',
      'At least 2 years with a figure of Household income of at least 100,000,000 in the last 2 completed years',
    ],
    [
      'the best rating this year',
      { op: 'ratingAtLeast', level: 'HTXSNV' },
      'Xếp loại hoàn thành xuất sắc nhiệm vụ trong năm xét',
      'Rated “completed duties with distinction” in the year considered',
    ],
    [
      'the latest rating in a window set by a parameter',
      { op: 'ratingAtLeast', level: 'HTTNV', window: { kind: 'PARAM', name: 'ratingWindow' } },
      'Kết quả xếp loại gần nhất trong 2 năm gần nhất, tính đến năm xét (tham số «Xếp loại được xét») là hoàn thành tốt nhiệm vụ trở lên',
      'The latest rating in the 2 years up to the evaluation year (parameter “Rating considered”) is “completed duties well” or better',
    ],
    [
      'no member disciplined',
      { op: 'noDiscipline', scope: 'MEMBERS', minForm: 'CANH_CAO', window: { kind: 'THIS_YEAR' } },
      'Không thành viên nào bị kỷ luật từ hình thức cảnh cáo trở lên trong năm xét',
      'No member disciplined with a warning or heavier in the year considered',
    ],
    [
      'a rising metric',
      { op: 'increasing', metric: 'DOANH_THU', window: { kind: 'PLAN_PERIOD', completedYears: true } },
      'Doanh thu tăng qua từng năm (năm sau cao hơn năm trước) trong các năm đã kết thúc của giai đoạn kế hoạch',
      'Revenue rises every year (each year higher than the one before) in the completed years of the plan period',
    ],
    [
      'a recorded flag',
      { op: 'flag', code: 'TO_CHUC_DANG_TSVM' },
      'Được ghi nhận: Tổ chức đảng trong sạch, vững mạnh, theo ghi nhận gần nhất từ trước đến ngày xét',
      'Recorded as met: Party organisation rated clean and strong, by the latest record at any time up to the evaluation date',
    ],
    [
      'an attestation keeps the verbatim text',
      { op: 'attest', key: 'K', text: 'Nội bộ đoàn kết.' },
      'Được người có thẩm quyền xác nhận: «Nội bộ đoàn kết.»',
      'Attested by a competent reviewer: “Nội bộ đoàn kết.”',
    ],
    [
      'a criterion not encoded',
      { op: 'unknown', note: 'Văn bản nguồn bị cắt.' },
      'Chưa mã hóa được, luôn ở trạng thái chưa xác định: Văn bản nguồn bị cắt.',
      'Not encoded, always undetermined: Văn bản nguồn bị cắt.',
    ],
  ])('%s', (_name, rule, vi, en) => {
    expect(text(rule, 'vi')).toBe(vi);
    expect(text(rule, 'en')).toBe(en);
  });

  it('composite rules end with a colon and carry their sub-rules as children, with their JSON paths', () => {
    const rule: Rule = {
      op: 'all',
      of: [
        { op: 'ratingAtLeast', level: 'HTXSNV' },
        { op: 'any', of: [{ op: 'attest', key: 'A', text: 'Gương mẫu.' }, { op: 'not', rule: { op: 'flag', code: 'X' } }] },
      ],
    };
    expect(describeRuleLines(rule)).toEqual([
      { depth: 0, path: '', text: 'Tất cả các điều kiện sau:' },
      { depth: 1, path: 'of[0]', text: 'Xếp loại hoàn thành xuất sắc nhiệm vụ trong năm xét' },
      { depth: 1, path: 'of[1]', text: 'Ít nhất một trong các điều kiện sau:' },
      { depth: 2, path: 'of[1].of[0]', text: 'Được người có thẩm quyền xác nhận: «Gương mẫu.»' },
      { depth: 2, path: 'of[1].of[1]', text: 'Không được xảy ra điều sau:' },
      { depth: 3, path: 'of[1].of[1].rule', text: 'Được ghi nhận: X, theo ghi nhận gần nhất từ trước đến ngày xét' },
    ]);
    expect(describeRuleLines(rule, { lang: 'en' }).map((l) => l.text)).toEqual([
      'All of the following:',
      'Rated “completed duties with distinction” in the year considered',
      'At least one of the following:',
      'Attested by a competent reviewer: “Gương mẫu.”',
      'The following must not hold:',
      'Recorded as met: X, by the latest record at any time up to the evaluation date',
    ]);
  });

  it('every year, consecutive runs (with what the run itself needs) and members', () => {
    const consecutive: Rule = {
      op: 'consecutive',
      years: 3,
      window: { kind: 'ROLLING', years: 3 },
      condition: { op: 'count', source: 'AWARD', where: { awardTypes: ['CSTD_CO_SO'] }, window: { kind: 'THIS_YEAR' }, cmp: '>=', value: 1 },
      inRun: { op: 'count', source: 'AWARD', where: { awardTypes: ['BK_BO_TINH'] }, window: { kind: 'BEFORE_RUN' }, cmp: '>=', value: 1 },
    };
    expect(describeRuleLines(consecutive, { labels }).map((l) => `${l.depth} ${l.text}`)).toEqual([
      '0 Có 3 năm liên tục trong 3 năm gần nhất, tính đến năm xét, mỗi năm đều đáp ứng điều kiện sau:',
      '1 Được tặng CSTD_CO_SO trong năm xét',
      '1 Đồng thời, được tặng Bằng khen cấp tỉnh trước các năm liên tục đó',
    ]);
    expect(describeRuleLines(consecutive, { lang: 'en', labels }).map((l) => `${l.depth} ${l.text}`)).toEqual([
      '0 3 consecutive years in the 3 years up to the evaluation year, each meeting the following:',
      '1 At least 1 award of CSTD_CO_SO in the year considered',
      '1 And at least 1 award of provincial certificate of merit before those consecutive years',
    ]);

    const everyYear: Rule = { op: 'everyYear', window: { kind: 'PLAN_PERIOD', completedYears: true }, condition: { op: 'ratingAtLeast', level: 'HTTNV' } };
    expect(describeRuleLines(everyYear).map((l) => l.text)).toEqual([
      'Mỗi năm trong các năm đã kết thúc của giai đoạn kế hoạch đều đáp ứng điều kiện sau:',
      'Xếp loại hoàn thành tốt nhiệm vụ trở lên trong năm xét',
    ]);
    expect(text(everyYear, 'en')).toBe('Every year in the completed years of the plan period meets the following:');

    const share: Rule = { op: 'members', measure: 'SHARE', cmp: '>', value: 50, condition: { op: 'ratingAtLeast', level: 'HTTNV' } };
    expect([text(share, 'vi'), text(share, 'en')]).toEqual(['Trên 50% thành viên đáp ứng điều kiện sau:', 'More than 50% of the members meet the following:']);
    const all: Rule = { ...share, cmp: '>=', value: 100 };
    expect([text(all, 'vi'), text(all, 'en')]).toEqual(['Mọi thành viên đều đáp ứng điều kiện sau:', 'Every member meets the following:']);
    const one: Rule = { op: 'members', measure: 'COUNT', cmp: '>=', value: 1, condition: { op: 'ratingAtLeast', level: 'HTXSNV' } };
    expect([text(one, 'vi'), text(one, 'en')]).toEqual(['Ít nhất 1 thành viên đáp ứng điều kiện sau:', 'At least 1 member meets the following:']);
  });

  it('describes every op', () => {
    const samples: Record<RuleOp, Rule> = {
      all: { op: 'all', of: [] },
      any: { op: 'any', of: [] },
      not: { op: 'not', rule: { op: 'flag', code: 'X' } },
      count: { op: 'count', source: 'FLAG', where: { codes: ['X'], value: true }, window: { kind: 'ANY' }, cmp: '<', value: 1 },
      everyYear: { op: 'everyYear', window: { kind: 'ANY' }, condition: { op: 'flag', code: 'X' } },
      consecutive: { op: 'consecutive', years: 2, window: { kind: 'ANY' }, condition: { op: 'flag', code: 'X' } },
      ratingAtLeast: { op: 'ratingAtLeast', level: 'HTNV' },
      noDiscipline: { op: 'noDiscipline', scope: 'SELF_AND_MEMBERS', minForm: 'KHIEN_TRACH', window: { kind: 'ANY' } },
      members: { op: 'members', measure: 'COUNT', cmp: '<=', value: 0, condition: { op: 'flag', code: 'X' } },
      increasing: { op: 'increasing', metric: 'LOI_NHUAN', window: { kind: 'ANY' } },
      flag: { op: 'flag', code: 'X', window: { kind: 'THIS_YEAR' } },
      attest: { op: 'attest', key: 'K', text: 'T' },
      unknown: { op: 'unknown', note: 'N' },
    };
    expect(Object.keys(samples).sort()).toEqual([...RULE_OPS].sort());
    for (const rule of Object.values(samples)) {
      for (const lang of ['vi', 'en'] as const) {
        const t = text(rule, lang);
        expect(t.length, `${rule.op} ${lang}`).toBeGreaterThan(3);
        // English may say "consecutive" or "members" in prose; an op name in camelCase or in Vietnamese text is a leak.
        if (lang === 'vi' || /[A-Z]/.test(rule.op)) expect(t, `${rule.op} ${lang}`).not.toMatch(new RegExp(`\\b${rule.op}\\b`));
      }
    }
    expect(text(samples.count, 'vi')).toBe('Không có ghi nhận X (đạt) nào từ trước đến ngày xét');
    expect(text(samples.members, 'vi')).toBe('Không thành viên nào đáp ứng điều kiện sau:');
    expect(text(samples.noDiscipline, 'en')).toBe('Neither the collective nor any member disciplined with a reprimand or heavier at any time up to the evaluation date');
  });

  it('describes every window kind', () => {
    const windows: Record<WindowKind, [Window, string, string]> = {
      ANY: [{ kind: 'ANY' }, 'từ trước đến ngày xét', 'at any time up to the evaluation date'],
      YEARS: [{ kind: 'YEARS', from: 2021, to: 2025 }, 'trong giai đoạn 2021–2025', 'in 2021–2025'],
      PLAN_PERIOD: [{ kind: 'PLAN_PERIOD' }, 'trong giai đoạn kế hoạch (đến ngày xét)', 'in the plan period (up to the evaluation date)'],
      ROLLING: [{ kind: 'ROLLING', years: 3, lag: 1 }, 'trong 3 năm kết thúc 1 năm trước năm xét', 'in the 3 years ending 1 year before the evaluation year'],
      PARAM: [
        { kind: 'PARAM', name: 'growth', default: { kind: 'PLAN_PERIOD' } },
        'trong giai đoạn kế hoạch (đến ngày xét; tham số «growth»)',
        'in the plan period (up to the evaluation date; parameter “growth”)',
      ],
      THIS_YEAR: [{ kind: 'THIS_YEAR' }, 'trong năm xét', 'in the year considered'],
      RUN: [{ kind: 'RUN' }, 'trong các năm liên tục đó', 'during those consecutive years'],
      BEFORE_RUN: [{ kind: 'BEFORE_RUN' }, 'trước các năm liên tục đó', 'before those consecutive years'],
    };
    expect(Object.keys(windows).sort()).toEqual([...WINDOW_KINDS].sort());
    for (const [window, vi, en] of Object.values(windows)) {
      expect(describeWindow(window)).toBe(vi);
      expect(describeWindow(window, { lang: 'en' })).toBe(en);
    }
    expect(describeWindow({ kind: 'ROLLING', years: 1 })).toBe('trong năm xét');
    expect(describeWindow({ kind: 'ROLLING', years: 1, completedYears: true })).toBe('trong năm gần nhất đã kết thúc');
    expect(describeWindow({ kind: 'ROLLING', years: 1, completedYears: true }, { lang: 'en' })).toBe('in the last completed year');
    expect(describeWindow({ kind: 'PARAM', name: 'nowhere' })).toBe('trong khoảng thời gian theo tham số «nowhere»');
  });

  it("describes a set's parameter defaults", () => {
    const [rating, yearly, achievement] = SEED_000_HA_GIANG.parameters;
    expect(describeParameterDefault(rating)).toBe('trong 2 năm gần nhất, tính đến năm xét');
    expect(describeParameterDefault(yearly)).toBe('từ năm 2021 đến năm xét (chỉ tính các năm đã kết thúc)');
    expect(describeParameterDefault(achievement, { lang: 'en' })).toBe('at any time up to the evaluation date');
    expect(describeParameterDefault(parameters[1])).toBe('3');
  });

  it('counts every source', () => {
    for (const source of SOURCES) {
      const rule = { op: 'count', source, window: { kind: 'ANY' }, cmp: '>=', value: 2 } as Rule;
      expect(text(rule, 'vi')).toMatch(/^Có ít nhất 2 .+ từ trước đến ngày xét$/);
      expect(text(rule, 'en')).toMatch(/^At least 2 .+ at any time up to the evaluation date$/);
    }
  });
});

describe('every criterion of every reference set', () => {
  // Op names, window kinds and fact sources must never leak into what a reviewer reads.
  const RAW = new RegExp(
    `\\b(${[...RULE_OPS.filter((op) => /[A-Z]/.test(op)), ...WINDOW_KINDS, ...SOURCES, 'EVAL_YEAR', 'cmp', 'op', 'where', 'undefined', 'null', 'NaN'].join('|')})\\b|\\[object`,
  );
  const texts = (d: RuleDescription): string[] => [d.text, ...d.children.flatMap(texts)];

  for (const set of ALL_CRITERIA_SETS) {
    it(`${set.code}: describes in both languages without raw codes of the rule language`, () => {
      for (const criterion of set.criteria) {
        for (const lang of ['vi', 'en'] as const) {
          const tree = describeRule(criterion.rule, { lang, parameters: set.parameters });
          for (const t of texts(tree)) {
            expect(t.trim().length, `${criterion.key} ${lang}`).toBeGreaterThan(3);
            expect(t, `${criterion.key} ${lang}`).not.toMatch(RAW);
          }
        }
      }
      for (const parameter of set.parameters) expect(describeParameterDefault(parameter)).not.toMatch(RAW);
    });
  }

  it('Vietnamese descriptions use no English words of the rule language (all, any, not, count, members…)', () => {
    const english = /\b(all|any|not|count|members|increasing|flag|attest|unknown|at least|years?)\b/;
    for (const set of ALL_CRITERIA_SETS) {
      for (const criterion of set.criteria) {
        for (const line of describeRuleLines(criterion.rule, { parameters: set.parameters })) {
          // Verbatim texts (attestations, notes) are quoted or follow a colon; judge our own words only.
          const own = line.text.replace(/«[^»]*»/g, '').replace(/: .*$/s, ':');
          expect(own, `${set.code} ${criterion.key}`).not.toMatch(english);
        }
      }
    }
  });
});
