import { describe, expect, it } from 'vitest';
import { canTransition, isTerminalStatus, nextStatuses, PLAN_TRANSITIONS } from './lifecycle';
import { PLAN_STATUSES, type PlanStatus } from './plan';

const ALLOWED: [PlanStatus, PlanStatus][] = [
  ['DRAFT', 'ISSUED'],
  ['DRAFT', 'VOIDED'],
  ['ISSUED', 'IN_EFFECT'],
  ['ISSUED', 'SUPERSEDED'],
  ['ISSUED', 'VOIDED'],
  ['IN_EFFECT', 'INTERIM_REVIEWED'],
  ['IN_EFFECT', 'FINAL_REVIEWED'],
  ['IN_EFFECT', 'SUPERSEDED'],
  ['IN_EFFECT', 'VOIDED'],
  ['INTERIM_REVIEWED', 'FINAL_REVIEWED'],
  ['INTERIM_REVIEWED', 'SUPERSEDED'],
  ['INTERIM_REVIEWED', 'VOIDED'],
  ['FINAL_REVIEWED', 'CLOSED'],
];

describe('plan lifecycle', () => {
  it.each(ALLOWED)('%s → %s is allowed', (from, to) => {
    expect(canTransition(from, to)).toBe(true);
  });

  const refused: [PlanStatus, PlanStatus][] = [];
  for (const from of PLAN_STATUSES) for (const to of PLAN_STATUSES) if (!ALLOWED.some(([f, t]) => f === from && t === to)) refused.push([from, to]);

  it.each(refused)('%s → %s is refused', (from, to) => {
    expect(canTransition(from, to)).toBe(false);
  });

  it('the table is exactly the allowed list (64 pairs, 13 allowed)', () => {
    expect(refused.length + ALLOWED.length).toBe(64);
    expect(Object.values(PLAN_TRANSITIONS).flat()).toHaveLength(ALLOWED.length);
  });

  it.each([
    ['DRAFT', ['ISSUED', 'VOIDED']],
    ['IN_EFFECT', ['INTERIM_REVIEWED', 'FINAL_REVIEWED', 'SUPERSEDED', 'VOIDED']],
    ['FINAL_REVIEWED', ['CLOSED']],
    ['CLOSED', []],
  ] as [PlanStatus, PlanStatus[]][])('nextStatuses(%s)', (from, next) => {
    expect(nextStatuses(from)).toEqual(next);
  });

  it.each([
    ['CLOSED', true],
    ['SUPERSEDED', true],
    ['VOIDED', true],
    ['DRAFT', false],
    ['FINAL_REVIEWED', false],
  ] as [PlanStatus, boolean][])('%s terminal: %s', (s, t) => {
    expect(isTerminalStatus(s)).toBe(t);
  });

  it('every status is reachable from DRAFT', () => {
    const seen = new Set<PlanStatus>(['DRAFT']);
    const queue: PlanStatus[] = ['DRAFT'];
    while (queue.length) {
      for (const n of nextStatuses(queue.shift()!)) {
        if (seen.has(n)) continue;
        seen.add(n);
        queue.push(n);
      }
    }
    expect([...seen].sort()).toEqual([...PLAN_STATUSES].sort());
  });
});
