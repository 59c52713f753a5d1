import { describe, expect, it } from 'vitest';
import { allowedActions, attachmentsFromForm, grainOf, isEditable, missingSummaryFields, nearestWindows, nominationCreateInput, periodLabel, refusalDetails, summaryFromForm, summaryToForm } from './summary';

describe('the summary form (trích ngang)', () => {
  it('keeps what is filled, trimmed, the birth year as a number, lists without blank lines', () => {
    expect(
      summaryFromForm({
        name: ' Nguyễn Thị Hoa ',
        birthYear: '1985',
        gender: 'NU',
        unit: 'Phòng Nội vụ',
        role: '',
        field: 'Cải cách hành chính',
        achievements: 'Số hóa hồ sơ',
        note: null,
        initiatives: [{ text: ' Sáng kiến A ' }, { text: '' }, null],
        awards: [],
        ratings: [{ text: 'HTXSNV 2022' }],
      }),
    ).toEqual({ name: 'Nguyễn Thị Hoa', birthYear: 1985, gender: 'NU', unit: 'Phòng Nội vụ', field: 'Cải cách hành chính', achievements: 'Số hóa hồ sơ', initiatives: ['Sáng kiến A'], ratings: ['HTXSNV 2022'] });
  });

  it.each([
    ['an empty form', undefined, {}],
    ['a year that is not one stays text', { birthYear: '85' }, { birthYear: '85' }],
    ['a numeric year stays a number', { birthYear: 1990 }, { birthYear: 1990 }],
  ])('%s', (_, values, expected) => {
    expect(summaryFromForm(values)).toEqual(expected);
  });

  it('goes back to the form and returns unchanged', () => {
    const summary = { name: 'A', birthYear: 1980, unit: 'B', field: 'C', achievements: 'D', awards: ['Bằng khen 2021'] };
    const form = summaryToForm(summary);
    expect(form.awards).toEqual([{ text: 'Bằng khen 2021' }]);
    expect(form.initiatives).toEqual([]);
    expect(summaryFromForm(form)).toEqual(summary);
  });

  it.each([
    [{}, 'TAP_THE', ['name', 'unit', 'field', 'achievements']],
    [{ name: 'A', unit: 'B', field: 'C', achievements: 'D' }, 'TAP_THE', []],
    [{ name: 'A', unit: 'B', field: 'C', achievements: 'D' }, 'CA_NHAN', ['role']],
    [{ name: 'A', unit: 'B', field: 'C', achievements: 'D', role: 'Chuyên viên' }, 'CA_NHAN', []],
  ])('%j of a %s misses %j', (summary, kind, expected) => {
    expect(missingSummaryFields(summary, kind)).toEqual(expected);
  });

  it('attachments: a title, a link only when given', () => {
    expect(attachmentsFromForm([{ title: ' Báo cáo thành tích ', url: ' https://x.vn/a.pdf ' }, { title: 'Biên bản', url: '' }, { title: '  ' }, null])).toEqual([
      { title: 'Báo cáo thành tích', url: 'https://x.vn/a.pdf' },
      { title: 'Biên bản' },
    ]);
  });
});

describe('createNomination input from the form', () => {
  const base = { planId: '1', quotaRuleId: '5', nominatingOrganizationId: '9', periodYear: '2023', periodQuarter: '2', periodMonth: '6', summary: { name: 'A' }, attachments: [] };

  it.each([
    ['YEAR', { periodYear: 2023 }],
    ['PLAN', { periodYear: 2023 }],
    [null, { periodYear: 2023 }],
    ['QUARTER', { periodYear: 2023, periodQuarter: 2 }],
    ['MONTH', { periodYear: 2023, periodMonth: 6 }],
  ])('a %s quota sends the period at its grain', (every, period) => {
    const input = nominationCreateInput({ ...base, target: 'EXEMPLAR', exemplarId: '3' }, every);
    expect(input).toEqual({ planId: '1', quotaRuleId: '5', nominatingOrganizationId: '9', exemplarId: '3', summary: { name: 'A' }, attachments: [], ...period });
  });

  it('a subject instead of an exemplar, never both', () => {
    const input = nominationCreateInput({ ...base, target: 'CA_NHAN', exemplarId: '3', subjectId: '44', author: ' Phòng Nội vụ ', councilOrganizationId: '' }, 'YEAR');
    expect(input).toMatchObject({ subjectKind: 'CA_NHAN', subjectId: '44', author: 'Phòng Nội vụ' });
    expect(input).not.toHaveProperty('exemplarId');
    expect(input).not.toHaveProperty('councilOrganizationId');
  });

  it.each([
    ['QUARTER', 'QUARTER'],
    ['MONTH', 'MONTH'],
    ['PLAN', 'PLAN'],
    ['YEAR', 'YEAR'],
    [undefined, 'YEAR'],
    ['WEEK', 'YEAR'],
  ])('grain of %s is %s', (every, grain) => {
    expect(grainOf(every)).toBe(grain);
  });

  it.each([
    [{ periodYear: 2023 }, '2023'],
    [{ periodYear: 2023, periodQuarter: 2 }, 'Q2/2023'],
    [{ periodYear: 2023, periodMonth: 6 }, '06/2023'],
  ])('period %j reads %s', (n, label) => {
    expect(periodLabel(n)).toBe(label);
  });
});

describe('the review screen', () => {
  it.each([
    ['DRAFT', ['submit', 'withdraw']],
    ['SUBMITTED', ['receive', 'return', 'withdraw']],
    ['RECEIVED', ['return', 'withdraw']],
    ['RETURNED', ['submit', 'withdraw']],
    ['APPRAISED', ['return']],
    ['COUNCIL_REVIEW', []],
    ['APPROVED', []],
    ['DECIDED', ['forward']],
    ['FORWARDED', []],
    ['WITHDRAWN', []],
    ['UNKNOWN', []],
  ])('from %s offers %j', (status, actions) => {
    expect(allowedActions(status)).toEqual(actions);
  });

  it.each([
    ['DRAFT', true],
    ['RETURNED', true],
    ['SUBMITTED', false],
    ['RECEIVED', false],
  ])('%s editable: %s', (status, editable) => {
    expect(isEditable(status)).toBe(editable);
  });

  const apolloError = (extensions: Record<string, unknown>) => ({ graphQLErrors: [{ message: 'x', extensions }] });

  it.each([
    [
      'missing fields',
      apolloError({ code: 'NOMINATION_SUMMARY_INCOMPLETE', missing: ['name', 'role'] }),
      { code: 'NOMINATION_SUMMARY_INCOMPLETE', missing: ['name', 'role'], windows: [], date: null, count: null, value: null },
    ],
    [
      'the window and the day',
      apolloError({ code: 'OUTSIDE_SUBMISSION_WINDOW', date: '2020-03-19', windows: [{ from: '2020-03-20', to: '2020-03-25' }, { bad: 1 }] }),
      { code: 'OUTSIDE_SUBMISSION_WINDOW', missing: [], windows: [{ from: '2020-03-20', to: '2020-03-25' }], date: '2020-03-19', count: null, value: null },
    ],
    ['the quota count', { body: apolloError({ code: 'QUOTA_FULL', count: 1, value: 1 }) }, { code: 'QUOTA_FULL', missing: [], windows: [], date: null, count: 1, value: 1 }],
    ['no GraphQL error', new Error('network'), { code: null, missing: [], windows: [], date: null, count: null, value: null }],
  ])('a refusal lists %s', (_, error, expected) => {
    expect(refusalDetails(error)).toEqual(expected);
  });

  const windows = [
    { from: '2020-06-20', to: '2020-06-25' },
    { from: '2020-03-20', to: '2020-03-25' },
    { from: '2020-09-20', to: '2020-09-25' },
  ];
  it.each([
    ['between two windows: the last one and the next one', '2020-04-10', ['2020-03-20', '2020-06-20']],
    ['before the first: only the first', '2020-01-01', ['2020-03-20']],
    ['after the last: only the last', '2020-12-01', ['2020-09-20']],
    ['no day: the first two', null, ['2020-03-20', '2020-06-20']],
  ])('nearest windows %s', (_, day, froms) => {
    expect(nearestWindows(windows, day).map((w) => w.from)).toEqual(froms);
  });
});
