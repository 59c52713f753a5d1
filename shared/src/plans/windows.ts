import type { DayRange, DueExpression, WindowRule } from './plan';

/**
 * Submission windows and milestone due expressions as dated, inclusive ranges. Pure calendar
 * arithmetic on ISO dates (no Date objects, no time zones).
 *
 * Windows: a rule is materialised for every year of the plan period.
 * - QUARTER: in each quarter, month `LAST` (its third month) or 1..3 (its first…third month), days
 *   `from`..`to`: "từ ngày 20 đến ngày 25 tháng cuối Quý" = { every: 'QUARTER', month: 'LAST', days: { from: 20, to: 25 } }
 *   → 20–25 March, June, September, December.
 * - YEAR: in month `month` of each year. MONTH: in every month. FIXED: the one range given.
 * - `to: 'LAST'` is the month's last day; a day beyond the month's length is clamped to it
 *   (day 31 in February is the 28th, or the 29th in a leap year).
 *
 * Due expressions:
 * - DATE: that day. MONTH: the whole month. YEAR: 1 January–31 December.
 * - QUARTER: its three months; with `part`, only one of them: EARLY ("đầu quý") = the first month,
 *   MID ("giữa quý") = the second, LATE ("cuối quý") = the third. "Đầu quý II năm 2023" = 1–30 April 2023.
 * - HALF: H1 ("06 tháng đầu năm") = 1 January–30 June, H2 = 1 July–31 December.
 * - RECURRING every YEAR / QUARTER / MONTH: one range per year / quarter / month of the plan period;
 *   PERIODIC (no rhythm stated): the whole period, one range.
 */

export interface DateRange {
  /** Inclusive first day, YYYY-MM-DD. */
  from: string;
  /** Inclusive last day, YYYY-MM-DD. */
  to: string;
  /** "2023", "2023-Q2", "2023-06", "2023-H1", "2023-Q2-EARLY", "2023-06-11", "2021..2025". */
  label: string;
}

export interface YearPeriod {
  from: number;
  to: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function isoDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** A real calendar day written YYYY-MM-DD. */
export function isValidIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** Inclusive on both ends; ISO dates compare as strings. */
export function isWithin(date: string, range: Pick<DateRange, 'from' | 'to'>): boolean {
  return date >= range.from && date <= range.to;
}

function monthRange(year: number, month: number, label = `${pad(year, 4)}-${pad(month)}`): DateRange {
  return { from: isoDate(year, month, 1), to: isoDate(year, month, daysInMonth(year, month)), label };
}

function daysIn(year: number, month: number, days: DayRange, label: string): DateRange {
  const last = daysInMonth(year, month);
  const from = Math.min(days.from, last);
  const to = days.to === 'LAST' ? last : Math.min(days.to, last);
  return { from: isoDate(year, month, from), to: isoDate(year, month, to), label };
}

function years(period: YearPeriod): number[] {
  const out: number[] = [];
  for (let y = period.from; y <= period.to; y++) out.push(y);
  return out;
}

/** The dated instances of a submission window over the plan period, in date order. */
export function materialiseWindow(rule: WindowRule, period: YearPeriod): DateRange[] {
  const out: DateRange[] = [];
  switch (rule.every) {
    case 'QUARTER':
      for (const y of years(period)) {
        for (let q = 1; q <= 4; q++) {
          const month = (q - 1) * 3 + (rule.month === 'LAST' ? 3 : rule.month);
          out.push(daysIn(y, month, rule.days, `${y}-Q${q}`));
        }
      }
      return out;
    case 'YEAR':
      for (const y of years(period)) out.push(daysIn(y, rule.month, rule.days, String(y)));
      return out;
    case 'MONTH':
      for (const y of years(period)) for (let m = 1; m <= 12; m++) out.push(daysIn(y, m, rule.days, `${y}-${pad(m)}`));
      return out;
    case 'FIXED':
      return [{ from: rule.from, to: rule.to, label: rule.from === rule.to ? rule.from : `${rule.from}..${rule.to}` }];
  }
}

/** The window instance containing `date`, if any. */
export function windowInstanceOn(rule: WindowRule, period: YearPeriod, date: string): DateRange | undefined {
  return materialiseWindow(rule, period).find((r) => isWithin(date, r));
}

function quarterRange(year: number, quarter: number, part?: 'EARLY' | 'MID' | 'LATE'): DateRange {
  const first = (quarter - 1) * 3 + 1;
  if (part) {
    const month = first + (part === 'EARLY' ? 0 : part === 'MID' ? 1 : 2);
    return monthRange(year, month, `${year}-Q${quarter}-${part}`);
  }
  return { from: isoDate(year, first, 1), to: isoDate(year, first + 2, daysInMonth(year, first + 2)), label: `${year}-Q${quarter}` };
}

/**
 * The date ranges a due expression stands for: one range, or one per occurrence for RECURRING
 * (which needs the plan period).
 */
export function resolveDue(due: DueExpression, period?: YearPeriod): DateRange[] {
  switch (due.kind) {
    case 'DATE':
      return [{ from: due.date, to: due.date, label: due.date }];
    case 'MONTH':
      return [monthRange(due.year, due.month)];
    case 'QUARTER':
      return [quarterRange(due.year, due.quarter, due.part)];
    case 'HALF':
      return [
        due.half === 1
          ? { from: isoDate(due.year, 1, 1), to: isoDate(due.year, 6, 30), label: `${due.year}-H1` }
          : { from: isoDate(due.year, 7, 1), to: isoDate(due.year, 12, 31), label: `${due.year}-H2` },
      ];
    case 'YEAR':
      return [{ from: isoDate(due.year, 1, 1), to: isoDate(due.year, 12, 31), label: String(due.year) }];
    case 'RECURRING': {
      if (!period) return [];
      const ys = years(period);
      switch (due.every) {
        case 'YEAR':
          return ys.map((y) => ({ from: isoDate(y, 1, 1), to: isoDate(y, 12, 31), label: String(y) }));
        case 'QUARTER':
          return ys.flatMap((y) => [1, 2, 3, 4].map((q) => quarterRange(y, q)));
        case 'MONTH':
          return ys.flatMap((y) => Array.from({ length: 12 }, (_, i) => monthRange(y, i + 1)));
        case 'PERIODIC':
          return [{ from: isoDate(period.from, 1, 1), to: isoDate(period.to, 12, 31), label: `${period.from}..${period.to}` }];
      }
    }
  }
}

/** The last day a due expression allows (its end), or undefined for RECURRING without a period. */
export function dueBy(due: DueExpression, period?: YearPeriod): string | undefined {
  const ranges = resolveDue(due, period);
  return ranges.length ? ranges[ranges.length - 1].to : undefined;
}
