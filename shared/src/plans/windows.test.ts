import { describe, expect, it } from 'vitest';
import type { DueExpression, WindowRule } from './plan';
import { daysInMonth, dueBy, isLeapYear, isValidIsoDate, isWithin, materialiseWindow, resolveDue, windowInstanceOn } from './windows';

const LAO_CAI: WindowRule = { every: 'QUARTER', month: 'LAST', days: { from: 20, to: 25 } };
const span = (r: { from: string; to: string }) => [r.from, r.to];

describe('calendar', () => {
  it.each([
    [2020, true],
    [2023, false],
    [2024, true],
    [1900, false],
    [2000, true],
    [2100, false],
  ])('isLeapYear(%i) = %s', (y, leap) => expect(isLeapYear(y)).toBe(leap));

  it.each([
    [2023, 2, 28],
    [2024, 2, 29],
    [2023, 4, 30],
    [2023, 12, 31],
    [2023, 6, 30],
  ])('daysInMonth(%i, %i) = %i', (y, m, d) => expect(daysInMonth(y, m)).toBe(d));

  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2023-04-31', false],
    ['2023-13-01', false],
    ['2023-1-01', false],
    ['2023-12-31', true],
  ])('isValidIsoDate(%s) = %s', (d, ok) => expect(isValidIsoDate(d)).toBe(ok));
});

describe('submission windows', () => {
  it('Lào Cai: day 20 to 25 of the last month of each quarter, 2023', () => {
    expect(materialiseWindow(LAO_CAI, { from: 2023, to: 2023 }).map((r) => [r.label, ...span(r)])).toEqual([
      ['2023-Q1', '2023-03-20', '2023-03-25'],
      ['2023-Q2', '2023-06-20', '2023-06-25'],
      ['2023-Q3', '2023-09-20', '2023-09-25'],
      ['2023-Q4', '2023-12-20', '2023-12-25'],
    ]);
  });

  it.each([
    ['2023-03-19', undefined],
    ['2023-03-20', '2023-Q1'],
    ['2023-03-25', '2023-Q1'],
    ['2023-03-26', undefined],
    ['2023-06-19', undefined],
    ['2023-06-20', '2023-Q2'],
    ['2023-12-19', undefined],
    ['2023-12-20', '2023-Q4'],
    ['2023-12-25', '2023-Q4'],
    ['2023-12-26', undefined],
    ['2023-02-22', undefined],
  ])('Lào Cai window on %s: %s (inclusive days)', (date, label) => {
    expect(windowInstanceOn(LAO_CAI, { from: 2023, to: 2023 }, date)?.label).toBe(label);
  });

  it('covers every year of the period: 4 instances a year', () => {
    const all = materialiseWindow(LAO_CAI, { from: 2021, to: 2025 });
    expect(all).toHaveLength(20);
    expect(all[0].label).toBe('2021-Q1');
    expect(all[19].label).toBe('2025-Q4');
  });

  it.each([
    [{ every: 'QUARTER', month: 1, days: { from: 1, to: 10 } }, 2023, ['2023-01-01', '2023-01-10']],
    [{ every: 'QUARTER', month: 2, days: { from: 25, to: 'LAST' } }, 2024, ['2024-02-25', '2024-02-29']],
    [{ every: 'QUARTER', month: 2, days: { from: 25, to: 'LAST' } }, 2023, ['2023-02-25', '2023-02-28']],
    [{ every: 'QUARTER', month: 2, days: { from: 29, to: 31 } }, 2023, ['2023-02-28', '2023-02-28']],
  ] as [WindowRule, number, string[]][])('first instance of %j in %i', (rule, year, expected) => {
    expect(span(materialiseWindow(rule, { from: year, to: year })[0])).toEqual(expected);
  });

  it('yearly window in December and monthly windows', () => {
    const yearly = materialiseWindow({ every: 'YEAR', month: 12, days: { from: 1, to: 15 } }, { from: 2023, to: 2024 });
    expect(yearly.map(span)).toEqual([
      ['2023-12-01', '2023-12-15'],
      ['2024-12-01', '2024-12-15'],
    ]);
    const monthly = materialiseWindow({ every: 'MONTH', days: { from: 28, to: 'LAST' } }, { from: 2024, to: 2024 });
    expect(monthly).toHaveLength(12);
    expect(span(monthly[1])).toEqual(['2024-02-28', '2024-02-29']);
    expect(span(monthly[11])).toEqual(['2024-12-28', '2024-12-31']);
  });

  it('a fixed window is itself', () => {
    expect(materialiseWindow({ every: 'FIXED', from: '2023-06-01', to: '2023-06-10' }, { from: 2021, to: 2025 })).toEqual([{ from: '2023-06-01', to: '2023-06-10', label: '2023-06-01..2023-06-10' }]);
  });

  it('isWithin is inclusive', () => {
    expect(isWithin('2023-03-20', { from: '2023-03-20', to: '2023-03-25' })).toBe(true);
    expect(isWithin('2023-03-25', { from: '2023-03-20', to: '2023-03-25' })).toBe(true);
    expect(isWithin('2023-03-26', { from: '2023-03-20', to: '2023-03-25' })).toBe(false);
  });
});

describe('due expressions', () => {
  it.each([
    [{ kind: 'QUARTER', year: 2023, quarter: 1 }, '2023-Q1', '2023-01-01', '2023-03-31'],
    [{ kind: 'QUARTER', year: 2023, quarter: 2, part: 'EARLY' }, '2023-Q2-EARLY', '2023-04-01', '2023-04-30'],
    [{ kind: 'QUARTER', year: 2023, quarter: 2, part: 'MID' }, '2023-Q2-MID', '2023-05-01', '2023-05-31'],
    [{ kind: 'QUARTER', year: 2023, quarter: 2, part: 'LATE' }, '2023-Q2-LATE', '2023-06-01', '2023-06-30'],
    [{ kind: 'QUARTER', year: 2023, quarter: 2 }, '2023-Q2', '2023-04-01', '2023-06-30'],
    [{ kind: 'QUARTER', year: 2025, quarter: 2 }, '2025-Q2', '2025-04-01', '2025-06-30'],
    [{ kind: 'QUARTER', year: 2023, quarter: 4 }, '2023-Q4', '2023-10-01', '2023-12-31'],
    [{ kind: 'QUARTER', year: 2024, quarter: 1, part: 'LATE' }, '2024-Q1-LATE', '2024-03-01', '2024-03-31'],
    [{ kind: 'HALF', year: 2023, half: 1 }, '2023-H1', '2023-01-01', '2023-06-30'],
    [{ kind: 'HALF', year: 2023, half: 2 }, '2023-H2', '2023-07-01', '2023-12-31'],
    [{ kind: 'MONTH', year: 2024, month: 2 }, '2024-02', '2024-02-01', '2024-02-29'],
    [{ kind: 'MONTH', year: 2023, month: 2 }, '2023-02', '2023-02-01', '2023-02-28'],
    [{ kind: 'DATE', date: '2023-06-11' }, '2023-06-11', '2023-06-11', '2023-06-11'],
    [{ kind: 'YEAR', year: 2025 }, '2025', '2025-01-01', '2025-12-31'],
  ] as [DueExpression, string, string, string][])('%j → %s', (due, label, from, to) => {
    expect(resolveDue(due)).toEqual([{ label, from, to }]);
    expect(dueBy(due)).toBe(to);
  });

  it('early Q2 2023 is inside Q2 2023 and ends before it', () => {
    const early = resolveDue({ kind: 'QUARTER', year: 2023, quarter: 2, part: 'EARLY' })[0];
    const q2 = resolveDue({ kind: 'QUARTER', year: 2023, quarter: 2 })[0];
    expect(isWithin(early.from, q2) && isWithin(early.to, q2)).toBe(true);
    expect(early.to < q2.to).toBe(true);
    expect(isWithin('2023-05-01', early)).toBe(false);
  });

  it('recurring expressions need the plan period', () => {
    expect(resolveDue({ kind: 'RECURRING', every: 'YEAR' })).toEqual([]);
    expect(dueBy({ kind: 'RECURRING', every: 'YEAR' })).toBeUndefined();
    expect(resolveDue({ kind: 'RECURRING', every: 'YEAR' }, { from: 2023, to: 2025 }).map((r) => r.label)).toEqual(['2023', '2024', '2025']);
    expect(resolveDue({ kind: 'RECURRING', every: 'QUARTER' }, { from: 2020, to: 2020 }).map(span)).toEqual([
      ['2020-01-01', '2020-03-31'],
      ['2020-04-01', '2020-06-30'],
      ['2020-07-01', '2020-09-30'],
      ['2020-10-01', '2020-12-31'],
    ]);
    expect(resolveDue({ kind: 'RECURRING', every: 'MONTH' }, { from: 2024, to: 2024 })[1]).toEqual({ from: '2024-02-01', to: '2024-02-29', label: '2024-02' });
    expect(resolveDue({ kind: 'RECURRING', every: 'PERIODIC' }, { from: 2023, to: 2025 })).toEqual([{ from: '2023-01-01', to: '2025-12-31', label: '2023..2025' }]);
  });
});
