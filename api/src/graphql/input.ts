import { textProblem, toNfc } from '@exemplar/shared';
import { AppError } from './errors';

const ID_PATTERN = /^[1-9]\d{0,17}$/;

/** Our ids are positive bigints; anything else is refused before it reaches SQL. */
export function parseId(value: unknown, field = 'id'): string {
  const text = String(value ?? '');
  if (!ID_PATTERN.test(text)) throw new AppError('INVALID_ID', { value: text.slice(0, 40) }, field);
  return text;
}

export function parseIds(values: readonly unknown[], field = 'ids'): string[] {
  return values.map((v) => parseId(v, field));
}

/** Checks and NFC-normalises one text input; `null`/`undefined` pass through. */
export function cleanText<T extends string | null | undefined>(value: T, field: string, max = 10_000): T {
  if (value == null) return value;
  const problem = textProblem(value, max);
  if (problem === 'TOO_LONG') throw new AppError('TEXT_TOO_LONG', { field, max }, field);
  if (problem) throw new AppError('INVALID_TEXT', { field }, field);
  return toNfc(value) as T;
}

export function requireText(value: string | null | undefined, field: string, max: number): string {
  const cleaned = cleanText(value, field, max)?.trim();
  if (!cleaned) throw new AppError('REQUIRED', { field }, field);
  return cleaned;
}

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export function parseDate(value: string | null | undefined, field: string): string | null {
  if (value == null) return null;
  const date = new Date(`${value}T00:00:00Z`);
  if (!DATE_PATTERN.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new AppError('INVALID_VALUE', { field, value: String(value).slice(0, 20) }, field);
  }
  return value;
}

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

const VIETNAM_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day in Viet Nam (UTC+7) at an instant: submission windows are days there, not in UTC. */
export function vietnamDay(instant: Date): string {
  return VIETNAM_DAY.format(instant);
}
