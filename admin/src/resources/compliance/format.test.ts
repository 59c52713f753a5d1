import { describe, expect, it } from 'vitest';
import { COMPLIANCE_STATUSES } from '@exemplar/shared';
import en from '../../i18n/en';
import vi from '../../i18n/vi';
import { boundLabel, complianceColour, complianceSearch, filterRows, groupByRule, readParams, rowNote, type ComplianceRow } from './format';

const row = (over: Partial<ComplianceRow>): ComplianceRow => ({
  quotaRuleId: '1',
  quotaKey: 'BB-Q-CO_QUAN',
  quotaText: 'ít nhất 03 mô hình',
  per: 'UNIT',
  bound: 'MIN',
  required: 3,
  period: '2023',
  deadline: '2023-12-31',
  organizationId: '10',
  organizationName: 'Phòng Nội vụ huyện Ba Bể',
  sector: 'NOI_VU',
  count: 0,
  status: 'NOT_STARTED',
  countedPredecessorIds: [],
  noteVi: null,
  noteEn: null,
  ...over,
});

describe('quota compliance', () => {
  it.each([
    ['MIN', 3, '≥ 3'],
    ['MAX', 1, '≤ 1'],
    ['EXACT', 2, '= 2'],
    ['OTHER', 4, '4'],
  ])('a %s bound of %d reads %s', (bound, required, label) => {
    expect(boundLabel(bound, required)).toBe(label);
  });

  it.each([
    ['NOT_STARTED', 'default'],
    ['PARTIAL', 'warning'],
    ['MET', 'success'],
    ['EXCEEDED', 'secondary'],
    ['OVERDUE', 'error'],
    ['SOMETHING', 'default'],
  ])('%s is coloured %s', (status, colour) => {
    expect(complianceColour(status)).toBe(colour);
  });

  it('labels every status in both languages, differently', () => {
    const labels = (messages: unknown) => (messages as { exemplar: { compliance: { status: Record<string, string> } } }).exemplar.compliance.status;
    for (const status of COMPLIANCE_STATUSES) {
      expect(labels(vi)[status], status).toEqual(expect.any(String));
      expect(labels(en)[status], status).toEqual(expect.any(String));
    }
    expect(new Set(Object.values(labels(vi))).size).toBe(COMPLIANCE_STATUSES.length);
  });

  it.each([
    ['vi', { noteVi: 'Gồm xã cũ', noteEn: 'Includes' }, 'Gồm xã cũ'],
    ['en', { noteVi: 'Gồm xã cũ', noteEn: 'Includes' }, 'Includes'],
    ['en', { noteVi: 'Gồm xã cũ', noteEn: null }, 'Gồm xã cũ'],
    ['vi', { noteVi: null, noteEn: null }, null],
  ])('the note in %s', (locale, note, expected) => {
    expect(rowNote(note, locale)).toBe(expected);
  });

  it('one table per rule in the order given, rows by period then name, with a tally by status', () => {
    const groups = groupByRule([
      row({ quotaRuleId: '2', quotaKey: 'B', organizationName: 'Xã B', period: '2023-Q2', status: 'MET' }),
      row({ quotaRuleId: '1', quotaKey: 'A', organizationName: 'Ủy ban', status: 'PARTIAL' }),
      row({ quotaRuleId: '2', quotaKey: 'B', organizationName: 'Xã A', period: '2023-Q2', status: 'MET' }),
      row({ quotaRuleId: '2', quotaKey: 'B', organizationName: 'Xã C', period: '2023-Q1', status: 'OVERDUE' }),
      row({ quotaRuleId: '1', quotaKey: 'A', organizationName: 'Bưu điện', status: 'NOT_STARTED' }),
    ]);
    expect(groups.map((g) => g.quotaKey)).toEqual(['B', 'A']);
    expect(groups[0].rows.map((r) => `${r.period} ${r.organizationName}`)).toEqual(['2023-Q1 Xã C', '2023-Q2 Xã A', '2023-Q2 Xã B']);
    expect(groups[0].tally).toEqual({ MET: 2, OVERDUE: 1 });
    expect(groups[1].rows.map((r) => r.organizationName)).toEqual(['Bưu điện', 'Ủy ban']);
  });

  it('filters rows by status and by a match', () => {
    const rows = [row({ organizationName: 'A', status: 'MET' }), row({ organizationName: 'B', status: 'PARTIAL' }), row({ organizationName: 'C', status: 'MET' })];
    expect(filterRows(rows, () => true, 'MET').map((r) => r.organizationName)).toEqual(['A', 'C']);
    expect(filterRows(rows, (r) => r.organizationName !== 'A', null).map((r) => r.organizationName)).toEqual(['B', 'C']);
  });

  it.each([
    [{ planId: '5', year: 2023, quarter: null, asOf: null }, '?planId=5&year=2023'],
    [{ planId: '5', year: 2023, quarter: 2, asOf: '2023-06-30' }, '?planId=5&year=2023&quarter=2&asOf=2023-06-30'],
  ])('the address of a report %j is %s and reads back', (params, search) => {
    expect(complianceSearch(params)).toBe(search);
    expect(readParams(search)).toEqual(params);
  });

  it('ignores a bad year, quarter or day in the address', () => {
    expect(readParams('?planId=5&year=abc&quarter=x&asOf=30/06/2023')).toEqual({ planId: '5', year: null, quarter: null, asOf: null });
  });
});
