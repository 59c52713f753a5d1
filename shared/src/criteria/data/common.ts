import type { ParameterDef, Window } from '../rule';

/**
 * Parameters several plans share where their text is silent or vague. Each set declares the ones it
 * uses, so a plan can change its own without touching the others.
 */

/** "Hoàn thành xuất sắc nhiệm vụ" with no year: the latest annual rating, this year or last. */
export const RATING_WINDOW: ParameterDef = {
  name: 'ratingWindow',
  kind: 'WINDOW',
  default: { kind: 'ROLLING', years: 2 },
  title: { vi: 'Xếp loại được xét: kết quả gần nhất trong khoảng này', en: 'Rating considered: the latest one in this window' },
  note: 'The plan names no year for "hoàn thành xuất sắc nhiệm vụ"; the latest annual rating of this year or the last one is read.',
};

/** "Hằng năm", "luôn": every year of the plan period already over on the evaluation date. */
export const ANNUAL_WINDOW: ParameterDef = {
  name: 'annualWindow',
  kind: 'WINDOW',
  default: { kind: 'PLAN_PERIOD', completedYears: true },
  title: { vi: 'Các năm phải đạt "hằng năm"', en: 'Years that must each qualify ("every year")' },
  note: 'Year-end ratings and titles do not exist for a year still running, so only years over on the evaluation date count.',
};

/** "Nhiều sáng kiến": how many is many. */
export const MANY_INITIATIVES: ParameterDef = {
  name: 'manyInitiatives',
  kind: 'NUMBER',
  default: 2,
  min: 1,
  max: 50,
  title: { vi: 'Số sáng kiến tối thiểu được coi là "nhiều sáng kiến"', en: 'Minimum number of initiatives that counts as "many"' },
  note: 'The plan says "nhiều sáng kiến, giải pháp hữu ích" without a number; 2 is our reading.',
};

export const param = (name: string): Window => ({ kind: 'PARAM', name });
export const THIS_YEAR: Window = { kind: 'THIS_YEAR' };
export const ANY_TIME: Window = { kind: 'ANY' };
export const PLAN_PERIOD: Window = { kind: 'PLAN_PERIOD' };
