import { PLAN_STATUSES, type PlanStatus } from './plan';

/**
 * The plan lifecycle (domain.md §5): draft → issued → in effect → interim-reviewed → final-reviewed →
 * closed, with superseded (replaced by another plan) and voided (annulled) on the side.
 *
 * - A draft can only be issued or voided (a draft that never took effect is not "superseded").
 * - Interim review (sơ kết) is optional: a one-year plan (Lào Cai 2020) goes straight to its final review.
 * - Several interim reviews (yearly sơ kết) leave the status at INTERIM_REVIEWED: no self-transition.
 * - Once final-reviewed, a plan can only close; CLOSED, SUPERSEDED and VOIDED are terminal.
 */
export const PLAN_TRANSITIONS: { readonly [S in PlanStatus]: readonly PlanStatus[] } = {
  DRAFT: ['ISSUED', 'VOIDED'],
  ISSUED: ['IN_EFFECT', 'SUPERSEDED', 'VOIDED'],
  IN_EFFECT: ['INTERIM_REVIEWED', 'FINAL_REVIEWED', 'SUPERSEDED', 'VOIDED'],
  INTERIM_REVIEWED: ['FINAL_REVIEWED', 'SUPERSEDED', 'VOIDED'],
  FINAL_REVIEWED: ['CLOSED'],
  CLOSED: [],
  SUPERSEDED: [],
  VOIDED: [],
};

export const PLAN_STATUS_LABELS: { readonly [S in PlanStatus]: { vi: string; en: string } } = {
  DRAFT: { vi: 'Dự thảo', en: 'Draft' },
  ISSUED: { vi: 'Đã ban hành', en: 'Issued' },
  IN_EFFECT: { vi: 'Đang thực hiện', en: 'In effect' },
  INTERIM_REVIEWED: { vi: 'Đã sơ kết', en: 'Interim-reviewed' },
  FINAL_REVIEWED: { vi: 'Đã tổng kết', en: 'Final-reviewed' },
  CLOSED: { vi: 'Đã kết thúc', en: 'Closed' },
  SUPERSEDED: { vi: 'Đã được thay thế', en: 'Superseded' },
  VOIDED: { vi: 'Đã hủy bỏ', en: 'Voided' },
};

export function isPlanStatus(value: unknown): value is PlanStatus {
  return typeof value === 'string' && (PLAN_STATUSES as readonly string[]).includes(value);
}

export function canTransition(from: PlanStatus, to: PlanStatus): boolean {
  return PLAN_TRANSITIONS[from]?.includes(to) ?? false;
}

export function nextStatuses(from: PlanStatus): readonly PlanStatus[] {
  return PLAN_TRANSITIONS[from] ?? [];
}

/** No transition leaves these statuses. */
export function isTerminalStatus(status: PlanStatus): boolean {
  return nextStatuses(status).length === 0;
}
