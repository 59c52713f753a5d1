import { describe, expect, it } from 'vitest';
import { milestoneStatus, type MilestoneStatus } from './milestone-status';

describe('milestone status', () => {
  it.each<[string, { to: string }[], string | null, string, MilestoneStatus]>([
    ['Ba Bể interim review Q1 2023, on 15 March', [{ to: '2023-03-31' }], null, '2023-03-15', 'DUE'],
    ['its last day', [{ to: '2023-03-31' }], null, '2023-03-31', 'DUE'],
    ['the day after', [{ to: '2023-03-31' }], null, '2023-04-01', 'OVERDUE'],
    ['done late is done', [{ to: '2023-03-31' }], '2023-04-10', '2023-05-01', 'DONE'],
    ['done early is done', [{ to: '2023-03-31' }], '2023-02-01', '2023-02-02', 'DONE'],
    ['every year of the plan: the last year counts', [{ to: '2021-12-31' }, { to: '2025-12-31' }, { to: '2023-12-31' }], null, '2024-06-01', 'DUE'],
    ['every year, after the plan', [{ to: '2021-12-31' }, { to: '2025-12-31' }], null, '2026-01-01', 'OVERDUE'],
    ['periodic, without dates', [], null, '2030-01-01', 'DUE'],
  ])('%s', (_name, ranges, doneOn, asOf, expected) => {
    expect(milestoneStatus(ranges, doneOn, asOf)).toBe(expected);
  });
});
