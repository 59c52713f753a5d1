import { describe, expect, it } from 'vitest';
import { actorText, changedFields, dayBound, dayOf, entryFields, fieldName, mainValues, parseActor, shortValue, type ActorKind } from './history';

const LABELS: Record<ActorKind, string> = { user: 'Người dùng', api_key: 'Khóa API', anonymous: 'Không đăng nhập', system: 'Hệ thống (dữ liệu tham chiếu)', other: 'Khác' };
const label = (kind: ActorKind) => LABELS[kind];

describe('parseActor', () => {
  it.each([
    ['user:3:Nguyễn Văn A', { kind: 'user', id: '3', name: 'Nguyễn Văn A' }],
    ['api_key:2:Cổng thông tin', { kind: 'api_key', id: '2', name: 'Cổng thông tin' }],
    ['user:7:Tên: có dấu hai chấm', { kind: 'user', id: '7', name: 'Tên: có dấu hai chấm' }],
    ['user:9', { kind: 'user', id: '9', name: null }],
    ['anonymous', { kind: 'anonymous', id: null, name: null }],
    ['system', { kind: 'system', id: null, name: null }],
    ['migration 12', { kind: 'other', id: null, name: 'migration 12' }],
    ['', { kind: 'other', id: null, name: null }],
  ])('%s', (actor, expected) => {
    expect(parseActor(actor)).toEqual(expected);
  });
});

describe('actorText', () => {
  it.each([
    ['user:3:Nguyễn Văn A', 'Người dùng: Nguyễn Văn A'],
    ['api_key:2:Cổng thông tin', 'Khóa API: Cổng thông tin'],
    ['user:9', 'Người dùng: #9'],
    ['system', 'Hệ thống (dữ liệu tham chiếu)'],
    ['anonymous', 'Không đăng nhập'],
    ['cron', 'cron'],
    [null, 'Khác'],
  ])('%s → %s', (actor, expected) => {
    expect(actorText(actor, label)).toBe(expected);
  });
});

describe('changedFields', () => {
  it.each([
    {
      name: 'only the keys that differ, version and timestamps left out',
      before: { id: '1', full_name: 'A', birth_year: 1980, version: 1, updated_at: 't1' },
      after: { id: '1', full_name: 'B', birth_year: 1980, version: 2, updated_at: 't2' },
      expected: [{ column: 'full_name', before: 'A', after: 'B' }],
    },
    {
      name: 'a value set and a value cleared',
      before: { note: null, short_name: 'X' },
      after: { note: 'mới', short_name: null },
      expected: [
        { column: 'note', before: null, after: 'mới' },
        { column: 'short_name', before: 'X', after: null },
      ],
    },
    {
      name: 'JSON values compared whatever the key order',
      before: { fields: { a: 1, b: [1, 2] } },
      after: { fields: { b: [1, 2], a: 1 } },
      expected: [],
    },
    {
      name: 'a changed JSON value',
      before: { fields: { a: 1 } },
      after: { fields: { a: 2 } },
      expected: [{ column: 'fields', before: { a: 1 }, after: { a: 2 } }],
    },
    {
      name: 'only bookkeeping changed: shown rather than nothing',
      before: { version: 1, updated_at: 't1' },
      after: { version: 2, updated_at: 't1' },
      expected: [{ column: 'version', before: 1, after: 2 }],
    },
    {
      name: 'a column only on one side',
      before: { a: 1 },
      after: { a: 1, b: 'x' },
      expected: [{ column: 'b', before: null, after: 'x' }],
    },
    { name: 'nothing on either side', before: null, after: null, expected: [] },
    { name: 'false is not null', before: { secret_ballot: false }, after: { secret_ballot: null }, expected: [{ column: 'secret_ballot', before: false, after: null }] },
  ])('$name', ({ before, after, expected }) => {
    expect(changedFields(before, after)).toEqual(expected);
  });
});

describe('mainValues and entryFields', () => {
  const row = { id: '5', full_name: 'Lò Thị Hoa', birth_year: null, gender: '', ethnicity: 'Thái', tags: [], meta: {}, version: 1, created_at: 't', updated_at: 't' };

  it('keeps the filled columns of a created row, without the bookkeeping', () => {
    expect(mainValues(row)).toEqual([
      { column: 'full_name', value: 'Lò Thị Hoa' },
      { column: 'ethnicity', value: 'Thái' },
    ]);
  });

  it('stops at the limit', () => {
    expect(mainValues({ a: 1, b: 2, c: 3 }, 2).map((v) => v.column)).toEqual(['a', 'b']);
  });

  it.each([
    { action: 'INSERT', before: null, after: row, expected: [{ column: 'full_name', before: null, after: 'Lò Thị Hoa' }, { column: 'ethnicity', before: null, after: 'Thái' }] },
    { action: 'DELETE', before: row, after: null, expected: [{ column: 'full_name', before: 'Lò Thị Hoa', after: null }, { column: 'ethnicity', before: 'Thái', after: null }] },
    { action: 'UPDATE', before: { ...row, version: 1 }, after: { ...row, full_name: 'Lò Thị Hoa (sửa)', version: 2 }, expected: [{ column: 'full_name', before: 'Lò Thị Hoa', after: 'Lò Thị Hoa (sửa)' }] },
  ])('$action', ({ action, before, after, expected }) => {
    expect(entryFields({ action, before, after })).toEqual(expected);
  });
});

describe('shortValue', () => {
  it.each([
    [null, '—'],
    [undefined, '—'],
    ['', '—'],
    ['Nguyễn Văn A', 'Nguyễn Văn A'],
    [0, '0'],
    [false, 'false'],
    [{ b: 1, a: [1, 2] }, '{"a":[1,2],"b":1}'],
    ['dòng 1\n  dòng 2', 'dòng 1 dòng 2'],
    ['x'.repeat(100), `${'x'.repeat(79)}…`],
  ])('%j → %s', (value, expected) => {
    expect(shortValue(value)).toBe(expected);
  });

  it('cuts to the length asked', () => {
    expect(shortValue('abcdefghij', 5)).toBe('abcd…');
    expect(shortValue('abcde', 5)).toBe('abcde');
  });
});

describe('fieldName', () => {
  it.each([
    ['full_name', 'fullName'],
    ['issuing_organization_id', 'issuingOrganizationId'],
    ['period_from', 'periodFrom'],
    ['code', 'code'],
  ])('%s → %s', (column, expected) => {
    expect(fieldName(column)).toBe(expected);
  });
});

describe('day filters', () => {
  it('turns a day into its first and last local instant, and back', () => {
    const from = dayBound('2025-07-01', false)!;
    const to = dayBound('2025-07-01', true)!;
    expect(new Date(to).getTime() - new Date(from).getTime()).toBe(24 * 3600 * 1000 - 1);
    expect(dayOf(from)).toBe('2025-07-01');
    expect(dayOf(to)).toBe('2025-07-01');
  });

  it('passes empty and unknown values through', () => {
    expect(dayBound('', false)).toBeNull();
    expect(dayBound(null, true)).toBeNull();
    expect(dayOf('')).toBe('');
    expect(dayOf('2025-07-01')).toBe('2025-07-01');
    expect(dayOf('not a date')).toBe('');
  });
});
