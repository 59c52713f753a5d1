import { describe, expect, it } from 'vitest';
import { fromDayMonthYear, toDayMonthYear } from './LocalDateInput';

describe('dates typed day first', () => {
  it.each([
    ['03/02/2025', '2025-02-03'],
    ['3/2/2025', '2025-02-03'],
    ['30.06.2025', '2025-06-30'],
    [' 29/02/2024 ', '2024-02-29'],
    ['', null],
    ['  ', null],
  ])('reads %j as %j', (typed, stored) => {
    expect(fromDayMonthYear(typed)).toBe(stored);
  });

  it.each(['31/02/2025', '29/02/2025', '13/13/2025', '03/02/25', '2025-02-03x', '03/02'])('keeps %j as text (not a date yet)', (typed) => {
    expect(fromDayMonthYear(typed)).toBe(typed);
  });

  it('shows a stored date day first and leaves text being typed alone', () => {
    expect(toDayMonthYear('2025-06-30')).toBe('30/06/2025');
    expect(toDayMonthYear('30/0')).toBe('30/0');
    expect(toDayMonthYear(null)).toBe('');
    expect(toDayMonthYear(undefined)).toBe('');
  });
});
