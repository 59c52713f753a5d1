import { describe, expect, it } from 'vitest';
import type { DueExpression, WindowRule } from '@exemplar/shared';
import polyglotI18nProvider from 'ra-i18n-polyglot';
import enMessages from '../../i18n/en';
import viMessages from '../../i18n/vi';
import { changedKeys, countLabel, diffLine, formatDiffValue, formatDue, formatRange, formatWindowRule, parseDiffPath } from './format';

/** The console's real messages, in each language. */
const translator = (messages: typeof viMessages) => {
  const provider = polyglotI18nProvider(() => messages, 'vi');
  return (key: string, options?: Record<string, unknown>) => provider.translate(key, options);
};
const vi = translator(viMessages);
const en = translator(enMessages);

describe('due expressions in words', () => {
  const cases: [DueExpression, string, string][] = [
    [{ kind: 'QUARTER', year: 2023, quarter: 2, part: 'EARLY' }, 'đầu Quý II/2023', 'early Q2 2023'],
    [{ kind: 'QUARTER', year: 2025, quarter: 4 }, 'Quý IV/2025', 'Q4 2025'],
    [{ kind: 'MONTH', year: 2024, month: 3 }, 'tháng 3/2024', '3/2024'],
    [{ kind: 'HALF', year: 2024, half: 1 }, '6 tháng đầu năm 2024', 'first half of 2024'],
    [{ kind: 'YEAR', year: 2025 }, 'năm 2025', 'in 2025'],
    [{ kind: 'DATE', date: '2023-06-11' }, 'ngày 11/06/2023', 'on 11/06/2023'],
    [{ kind: 'RECURRING', every: 'YEAR' }, 'hằng năm', 'every year'],
  ];
  for (const [due, inVietnamese, inEnglish] of cases) {
    it(JSON.stringify(due), () => {
      expect(formatDue(due, vi)).toBe(inVietnamese);
      expect(formatDue(due, en)).toBe(inEnglish);
    });
  }
  it('a missing due expression is a dash', () => expect(formatDue(undefined, vi)).toBe('—'));
});

describe('window rules in words', () => {
  const cases: [WindowRule, string][] = [
    [{ every: 'QUARTER', month: 'LAST', days: { from: 20, to: 25 } }, 'từ ngày 20 đến 25 tháng cuối mỗi quý'],
    [{ every: 'QUARTER', month: 1, days: { from: 1, to: 'LAST' } }, 'từ ngày 1 đến cuối tháng tháng thứ 1 mỗi quý'],
    [{ every: 'YEAR', month: 11, days: { from: 1, to: 15 } }, 'từ ngày 1 đến 15 tháng 11 hằng năm'],
    [{ every: 'MONTH', days: { from: 25, to: 'LAST' } }, 'từ ngày 25 đến cuối tháng hằng tháng'],
    [{ every: 'FIXED', from: '2025-01-02', to: '2025-02-03' }, 'từ 02/01/2025 đến 03/02/2025'],
  ];
  for (const [rule, expected] of cases) {
    it(JSON.stringify(rule), () => expect(formatWindowRule(rule, vi)).toBe(expected));
  }
});

describe('values and paths of a diff', () => {
  it.each([
    [{ bound: 'MIN', value: 10 }, '≥ 10'],
    [{ bound: 'MAX', value: 2 }, '≤ 2'],
    [{ bound: 'EXACT', value: 3 }, '= 3'],
    [undefined, '—'],
  ] as const)('countLabel(%j) = %s', (count, expected) => expect(countLabel(count)).toBe(expected));

  it.each([
    [10, '10'],
    ['Hội đồng', 'Hội đồng'],
    [null, 'null'],
    [undefined, '∅'],
    [{ bound: 'MIN', value: 10 }, '{"bound":"MIN","value":10}'],
  ])('formatDiffValue(%j) = %s', (value, expected) => expect(formatDiffValue(value)).toBe(expected));

  it('cuts long values', () => expect(formatDiffValue('x'.repeat(300), 10)).toBe(`${'x'.repeat(9)}…`));

  it.each([
    ['quotaRules[BB-Q-XA].count.value', { list: 'quotaRules', key: 'BB-Q-XA', field: 'count.value' }],
    ['milestones[m-1]', { list: 'milestones', key: 'm-1', field: '' }],
    ['title', { list: null, key: null, field: 'title' }],
    ['period.to', { list: null, key: null, field: 'period.to' }],
  ])('parseDiffPath(%s)', (path, expected) => expect(parseDiffPath(path)).toEqual(expected));

  it.each([
    [{ path: 'quotaRules[A].count.value', kind: 'CHANGED', before: 10, after: 12 }, 'quotaRules[A].count.value: 10 → 12'],
    [{ path: 'kpis[k]', kind: 'ADDED', after: { key: 'k' } }, 'kpis[k]: + {"key":"k"}'],
    [{ path: 'notes', kind: 'REMOVED', before: 'x' }, 'notes: − x'],
  ] as const)('diffLine %#', (change, expected) => expect(diffLine(change)).toBe(expected));

  it.each([
    ['vi', '01/04/2023 – 30/04/2023'],
    ['en', '01/04/2023 – 30/04/2023'],
  ])('formatRange in %s', (locale, expected) => expect(formatRange({ from: '2023-04-01', to: '2023-04-30' }, locale)).toBe(expected));
  it('a one-day range is one date', () => expect(formatRange({ from: '2023-04-01', to: '2023-04-01' }, 'vi')).toBe('01/04/2023'));

  it('changedKeys keeps only what differs (objects compared by value, missing as null)', () => {
    expect(changedKeys({ title: 'A', period: { from: 1, to: 2 }, notes: undefined }, { title: 'A', period: { to: 2, from: 1 }, notes: undefined, place: 'X' })).toEqual({ place: 'X' });
  });
});
