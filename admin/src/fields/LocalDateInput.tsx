import { TextInput, type TextInputProps, type Validator } from 'react-admin';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const TYPED = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/;

function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** "2025-02-03" → "03/02/2025"; anything else (text being typed) is shown as it is. */
export function toDayMonthYear(value: unknown): string {
  if (typeof value !== 'string') return '';
  const match = ISO.exec(value);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : value;
}

/** "3/2/2025" → "2025-02-03"; empty → null; anything not yet a date stays text (and fails validation). */
export function fromDayMonthYear(text: string): string | null {
  if (!text.trim()) return null;
  const match = TYPED.exec(text);
  if (!match) return text;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!isCalendarDate(year, month, day)) return text;
  return `${match[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const localDate: Validator = (value: unknown) => (value == null || (typeof value === 'string' && ISO.test(value)) ? undefined : 'exemplar.date.invalid');

/**
 * A LocalDate typed and shown day first (30/06/2025), whatever the browser's language: the native date
 * picker follows the browser's UI locale, which on many machines is American (month first).
 */
export function LocalDateInput(props: TextInputProps & { source: string }) {
  const { validate, ...rest } = props;
  const validators = [...(Array.isArray(validate) ? validate : validate ? [validate] : []), localDate];
  return (
    <TextInput
      format={toDayMonthYear}
      parse={fromDayMonthYear}
      validate={validators}
      placeholder="dd/mm/yyyy"
      slotProps={{ inputLabel: { shrink: true }, htmlInput: { inputMode: 'numeric', autoComplete: 'off' } }}
      {...rest}
    />
  );
}
