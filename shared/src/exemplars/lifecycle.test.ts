import { describe, expect, it } from 'vitest';
import { complianceStatus, type ComplianceStatus } from './compliance';
import { canAdvanceExemplar, canMoveNomination, EXEMPLAR_STAGES, EXEMPLAR_TRANSITIONS, NOMINATION_STATUSES, NOMINATION_TRANSITIONS, type ExemplarStage, type NominationStatus } from './lifecycle';

const EXEMPLAR_ALLOWED: [ExemplarStage, ExemplarStage][] = [
  ['CANDIDATE', 'NOMINATED'],
  ['CANDIDATE', 'WITHDRAWN'],
  ['NOMINATED', 'UNDER_REVIEW'],
  ['NOMINATED', 'WITHDRAWN'],
  ['UNDER_REVIEW', 'RECOGNISED'],
  ['UNDER_REVIEW', 'NOT_SELECTED'],
  ['UNDER_REVIEW', 'WITHDRAWN'],
  ['RECOGNISED', 'NURTURING'],
  ['RECOGNISED', 'HONOURED'],
  ['RECOGNISED', 'REVOKED'],
  ['NURTURING', 'REVIEWED'],
  ['NURTURING', 'HONOURED'],
  ['NURTURING', 'REVOKED'],
  ['REVIEWED', 'REPLICATING'],
  ['REVIEWED', 'HONOURED'],
  ['REVIEWED', 'REVOKED'],
  ['REPLICATING', 'HONOURED'],
  ['REPLICATING', 'ARCHIVED'],
  ['REPLICATING', 'REVOKED'],
  ['HONOURED', 'REPLICATING'],
  ['HONOURED', 'ARCHIVED'],
  ['HONOURED', 'REVOKED'],
  ['NOT_SELECTED', 'CANDIDATE'],
  ['NOT_SELECTED', 'ARCHIVED'],
  ['WITHDRAWN', 'ARCHIVED'],
  ['REVOKED', 'ARCHIVED'],
];

const NOMINATION_ALLOWED: [NominationStatus, NominationStatus][] = [
  ['DRAFT', 'SUBMITTED'],
  ['DRAFT', 'WITHDRAWN'],
  ['SUBMITTED', 'RECEIVED'],
  ['SUBMITTED', 'RETURNED'],
  ['SUBMITTED', 'WITHDRAWN'],
  ['RECEIVED', 'RETURNED'],
  ['RECEIVED', 'APPRAISED'],
  ['RECEIVED', 'WITHDRAWN'],
  ['RETURNED', 'SUBMITTED'],
  ['RETURNED', 'WITHDRAWN'],
  ['APPRAISED', 'COUNCIL_REVIEW'],
  ['APPRAISED', 'RETURNED'],
  ['COUNCIL_REVIEW', 'APPROVED'],
  ['COUNCIL_REVIEW', 'REJECTED'],
  ['APPROVED', 'DECIDED'],
  ['DECIDED', 'FORWARDED'],
];

function everyPair<T extends string>(values: readonly T[], allowed: [T, T][]): { ok: [T, T][]; refused: [T, T][] } {
  const refused: [T, T][] = [];
  for (const from of values) for (const to of values) if (!allowed.some(([f, t]) => f === from && t === to)) refused.push([from, to]);
  return { ok: allowed, refused };
}

describe('exemplar stages', () => {
  const { refused } = everyPair(EXEMPLAR_STAGES, EXEMPLAR_ALLOWED);
  it.each(EXEMPLAR_ALLOWED)('%s → %s is allowed', (from, to) => expect(canAdvanceExemplar(from, to)).toBe(true));
  it.each(refused)('%s → %s is refused', (from, to) => expect(canAdvanceExemplar(from, to)).toBe(false));
  it('the table is exactly the allowed list', () => {
    expect(Object.values(EXEMPLAR_TRANSITIONS).flat()).toHaveLength(EXEMPLAR_ALLOWED.length);
    expect(refused.length + EXEMPLAR_ALLOWED.length).toBe(EXEMPLAR_STAGES.length ** 2);
  });
});

describe('nomination statuses', () => {
  const { refused } = everyPair(NOMINATION_STATUSES, NOMINATION_ALLOWED);
  it.each(NOMINATION_ALLOWED)('%s → %s is allowed', (from, to) => expect(canMoveNomination(from, to)).toBe(true));
  it.each(refused)('%s → %s is refused', (from, to) => expect(canMoveNomination(from, to)).toBe(false));
  it('the table is exactly the allowed list', () => {
    expect(Object.values(NOMINATION_TRANSITIONS).flat()).toHaveLength(NOMINATION_ALLOWED.length);
  });
});

describe('quota compliance', () => {
  it.each<[string, 'MIN' | 'MAX' | 'EXACT', number, number, boolean, ComplianceStatus]>([
    ['Ba Bể commune, 0 models, year running', 'MIN', 10, 0, false, 'NOT_STARTED'],
    ['Ba Bể commune, 9 models', 'MIN', 10, 9, false, 'PARTIAL'],
    ['Ba Bể commune, 10 models', 'MIN', 10, 10, false, 'MET'],
    ['Ba Bể commune, 11 models (a minimum is not exceeded)', 'MIN', 10, 11, false, 'MET'],
    ['Ba Bể commune, 9 models, year over', 'MIN', 10, 9, true, 'OVERDUE'],
    ['Ba Bể commune, 0 models, year over', 'MIN', 10, 0, true, 'OVERDUE'],
    ['Ba Bể sector, 5', 'MIN', 5, 5, true, 'MET'],
    ['Ba Bể other agency, 2', 'MIN', 3, 2, false, 'PARTIAL'],
    ['Lào Cai division, 1 in the quarter', 'EXACT', 1, 1, false, 'MET'],
    ['Lào Cai division, none, quarter over', 'EXACT', 1, 0, true, 'OVERDUE'],
    ['Lào Cai division, 2 (imported)', 'EXACT', 1, 2, false, 'EXCEEDED'],
    ['a maximum, none', 'MAX', 2, 0, true, 'NOT_STARTED'],
    ['a maximum, within', 'MAX', 2, 2, false, 'MET'],
    ['a maximum, over', 'MAX', 2, 3, false, 'EXCEEDED'],
  ])('%s', (_name, bound, required, count, over, expected) => {
    expect(complianceStatus(bound, required, count, over)).toBe(expected);
  });
});
