import type { DateRange } from './windows';

export const MILESTONE_STATUSES = ['DUE', 'DONE', 'OVERDUE'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

/**
 * Where a milestone stands on a day: DONE once recorded done; OVERDUE when the last day it stands for
 * has passed without that; DUE otherwise (including a milestone without dates, "định kỳ").
 */
export function milestoneStatus(ranges: readonly Pick<DateRange, 'to'>[], doneOn: string | null, asOf: string): MilestoneStatus {
  if (doneOn) return 'DONE';
  if (!ranges.length) return 'DUE';
  const last = ranges.reduce((max, r) => (r.to > max ? r.to : max), ranges[0].to);
  return asOf > last ? 'OVERDUE' : 'DUE';
}
