import { describe, expect, it } from 'vitest';
import { SEED_PLAN_001_BA_BE, SEED_PLAN_002_LAO_CAI, PLAN_ITEM_LISTS, type DueExpression, type PlanItemList, type WindowRule } from '@exemplar/shared';
import { dueFromValues, dueValues, lines, mergePart, partFromValues, partValues, windowRuleFromValues, windowRuleValues } from './partData';
import { overviewChanges, overviewValues } from './overview';

const SEEDS = [SEED_PLAN_001_BA_BE, SEED_PLAN_002_LAO_CAI];

describe('a part through its form and back', () => {
  // Every part of two seed plans: opening the form and saving it unchanged gives the part back as it was.
  for (const seed of SEEDS) {
    for (const list of PLAN_ITEM_LISTS) {
      const parts = seed[list] as unknown as Record<string, unknown>[];
      for (const part of parts) {
        it(`${seed.code} ${list}[${String(part.key)}] survives an unchanged save`, () => {
          expect(partFromValues(list, partValues(list, part), part)).toEqual(part);
        });
      }
    }
  }
});

describe('form values into the part', () => {
  const quota = SEED_PLAN_001_BA_BE.quotaRules[0] as unknown as Record<string, unknown>;
  const cases: { name: string; list: PlanItemList; original: Record<string, unknown>; values: Record<string, unknown>; expected: Record<string, unknown> }[] = [
    {
      name: 'a quota value changed keeps the selector, key and purpose',
      list: 'quotaRules',
      original: quota,
      values: { ...partValues('quotaRules', quota), value: 12, bound: 'MAX' },
      expected: { ...quota, count: { bound: 'MAX', value: 12 } },
    },
    {
      name: 'a new quota rule gets a selector from its description and no empty optional fields',
      list: 'quotaRules',
      original: {},
      values: { text: ' Mỗi xã 2 mô hình ', nominatorsDescription: 'UBND các xã', per: 'UNIT', bound: 'MIN', value: '2', every: 'YEAR', subjectKinds: [], receiverText: 'HĐTĐKT huyện', receiverOrganization: '', windowKeys: [], item: '', purpose: '', note: '' },
      expected: { text: 'Mỗi xã 2 mô hình', nominators: { description: 'UBND các xã' }, per: 'UNIT', count: { bound: 'MIN', value: 2 }, every: 'YEAR', subjectKinds: [], receiver: { text: 'HĐTĐKT huyện', organization: null } },
    },
    {
      name: 'a cleared optional text is removed from the part',
      list: 'contentItems',
      original: { key: 'c1', text: 'A', stages: ['DISCOVER'], timingText: 'Hằng năm' },
      values: { text: 'A', stages: ['DISCOVER', 'HONOUR'], timingText: '' },
      expected: { key: 'c1', text: 'A', stages: ['DISCOVER', 'HONOUR'] },
    },
    {
      name: 'duties are one per line; known partners keep their organization code',
      list: 'responsibilities',
      original: { key: 'r1', lead: { text: 'Phòng Nội vụ', organization: 'X.NV' }, with: [{ text: 'Công an', organization: 'X.CA' }], duties: ['a'] },
      values: { leadText: 'Phòng Nội vụ', leadOrganization: 'X.NV', withTexts: 'Công an\n\nĐoàn thể ', duties: ' tham mưu \nbáo cáo', frequency: 'ANNUAL', standing: false },
      expected: { key: 'r1', lead: { text: 'Phòng Nội vụ', organization: 'X.NV' }, with: [{ text: 'Công an', organization: 'X.CA' }, { text: 'Đoàn thể', organization: null }], duties: ['tham mưu', 'báo cáo'], frequency: 'ANNUAL' },
    },
    {
      name: 'a recipient without an organization code gets null',
      list: 'recipients',
      original: { key: 'n1', line: 'Như trên', organization: 'A', delivery: 'PAPER', purpose: 'INFORM' },
      values: { line: 'Như trên;', organization: '', delivery: 'ELECTRONIC', purpose: 'ARCHIVE' },
      expected: { key: 'n1', line: 'Như trên;', organization: null, delivery: 'ELECTRONIC', purpose: 'ARCHIVE' },
    },
    {
      name: 'an internal link drops the external document',
      list: 'parentPlans',
      original: { key: 'p1', relation: 'IMPLEMENTS', kind: 'EXTERNAL', document: { documentType: 'KE_HOACH', number: '1', date: null, issuer: { text: 'UBND', organization: null }, title: null } },
      values: { relation: 'IMPLEMENTS', kind: 'INTERNAL', planCode: 'SEED-001-BA-BE', text: '' },
      expected: { key: 'p1', relation: 'IMPLEMENTS', kind: 'INTERNAL', planCode: 'SEED-001-BA-BE' },
    },
    {
      name: 'a criteria set reference: role groups from a comma list',
      list: 'criteriaSets',
      original: { key: 'cs', code: 'A', scope: 'GENERAL' },
      values: { code: 'B', scope: 'ROLE', subjectKinds: ['CA_NHAN'], field: '', roleGroups: 'LANH_DAO, NHAN_VIEN', note: '' },
      expected: { key: 'cs', code: 'B', scope: 'ROLE', subjectKinds: ['CA_NHAN'], roleGroups: ['LANH_DAO', 'NHAN_VIEN'] },
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(partFromValues(c.list, c.values, c.original)).toEqual(c.expected);
    });
  }
});

describe('window rules and due expressions', () => {
  const rules: WindowRule[] = [
    { every: 'QUARTER', month: 'LAST', days: { from: 20, to: 25 } },
    { every: 'QUARTER', month: 2, days: { from: 1, to: 'LAST' } },
    { every: 'YEAR', month: 11, days: { from: 1, to: 15 } },
    { every: 'MONTH', days: { from: 25, to: 'LAST' } },
    { every: 'FIXED', from: '2025-01-02', to: '2025-02-03' },
  ];
  for (const rule of rules) {
    it(`${JSON.stringify(rule)} round-trips`, () => expect(windowRuleFromValues(windowRuleValues(rule))).toEqual(rule));
  }
  const dues: DueExpression[] = [
    { kind: 'DATE', date: '2023-06-11' },
    { kind: 'MONTH', year: 2024, month: 3 },
    { kind: 'QUARTER', year: 2023, quarter: 2, part: 'EARLY' },
    { kind: 'QUARTER', year: 2023, quarter: 4 },
    { kind: 'HALF', year: 2025, half: 2 },
    { kind: 'YEAR', year: 2025 },
    { kind: 'RECURRING', every: 'QUARTER' },
  ];
  for (const due of dues) {
    it(`${JSON.stringify(due)} round-trips`, () => expect(dueFromValues(dueValues(due))).toEqual(due));
  }
  it('a quarter without a part chosen has no part', () => {
    expect(dueFromValues({ dueKind: 'QUARTER', dueYear: '2024', dueQuarter: '3', duePart: '' })).toEqual({ kind: 'QUARTER', year: 2024, quarter: 3 });
  });
  it('"to" may be typed as LAST in any case, or left blank', () => {
    expect(windowRuleFromValues({ every: 'MONTH', dayFrom: 1, dayTo: 'last' })).toEqual({ every: 'MONTH', days: { from: 1, to: 'LAST' } });
    expect(windowRuleFromValues({ every: 'MONTH', dayFrom: 1, dayTo: '' })).toEqual({ every: 'MONTH', days: { from: 1, to: 'LAST' } });
  });
});

describe('helpers', () => {
  it.each([
    ['a\nb', ['a', 'b']],
    [' a \r\n\n b ', ['a', 'b']],
    ['', []],
    [undefined, []],
  ])('lines(%j)', (input, expected) => expect(lines(input)).toEqual(expected));

  it('mergePart removes fields changed to undefined and keeps the rest', () => {
    expect(mergePart({ key: 'k', a: 1, b: 2 }, { a: undefined, c: 3 })).toEqual({ key: 'k', b: 2, c: 3 });
  });
});

describe('the overview form', () => {
  const document = SEED_PLAN_001_BA_BE as unknown as Record<string, unknown>;
  it('sends nothing when nothing changed', () => {
    expect(overviewChanges(document, overviewValues(document))).toEqual({});
  });
  it.each([
    ['title', { title: 'Kế hoạch mới' }, { title: 'Kế hoạch mới' }],
    ['numberValue', { numberValue: '15' }, { number: { value: '15', pattern: SEED_PLAN_001_BA_BE.number.pattern } }],
    ['periodTo', { periodTo: 2026 }, { period: { from: SEED_PLAN_001_BA_BE.period.from, to: 2026 } }],
    ['councilName', { councilName: '' }, { council: null }],
    ['notes', { notes: 'Ghi chú' }, { notes: 'Ghi chú' }],
  ])('sends only %s when it changed', (_, edit, expected) => {
    expect(overviewChanges(document, { ...overviewValues(document), ...edit })).toEqual(expected);
  });
});
