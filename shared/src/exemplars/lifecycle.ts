/**
 * The exemplar's way through the four stages of Chỉ thị 34-CT/TW — discover (candidate, nominated),
 * review (under review, recognised / not selected), nurture (nurturing, reviewed), replicate
 * (replicating) — wrapped by honours, and the nomination's way to the council. Pure tables: the API
 * refuses every move they do not list, and records every move it makes.
 */

export const EXEMPLAR_STAGES = [
  'CANDIDATE',
  'NOMINATED',
  'UNDER_REVIEW',
  'RECOGNISED',
  'NURTURING',
  'REVIEWED',
  'REPLICATING',
  'HONOURED',
  'ARCHIVED',
  'NOT_SELECTED',
  'WITHDRAWN',
  'REVOKED',
] as const;
export type ExemplarStage = (typeof EXEMPLAR_STAGES)[number];

/**
 * - A candidate is nominated, or withdrawn; once nominated it goes under the council's review.
 * - Review ends in recognition or "not selected"; a model not selected may be proposed again later.
 * - A recognised model is nurtured, reviewed (evaluated), then replicated; an award decision honours it
 *   from any stage after recognition; honoured models keep being replicated.
 * - Recognition can be revoked (a violation found later) at any stage after it; ARCHIVED is the end.
 */
export const EXEMPLAR_TRANSITIONS: { readonly [S in ExemplarStage]: readonly ExemplarStage[] } = {
  CANDIDATE: ['NOMINATED', 'WITHDRAWN'],
  NOMINATED: ['UNDER_REVIEW', 'WITHDRAWN'],
  UNDER_REVIEW: ['RECOGNISED', 'NOT_SELECTED', 'WITHDRAWN'],
  RECOGNISED: ['NURTURING', 'HONOURED', 'REVOKED'],
  NURTURING: ['REVIEWED', 'HONOURED', 'REVOKED'],
  REVIEWED: ['REPLICATING', 'HONOURED', 'REVOKED'],
  REPLICATING: ['HONOURED', 'ARCHIVED', 'REVOKED'],
  HONOURED: ['REPLICATING', 'ARCHIVED', 'REVOKED'],
  NOT_SELECTED: ['CANDIDATE', 'ARCHIVED'],
  WITHDRAWN: ['ARCHIVED'],
  REVOKED: ['ARCHIVED'],
  ARCHIVED: [],
};

export const EXEMPLAR_STAGE_LABELS: { readonly [S in ExemplarStage]: { vi: string; en: string } } = {
  CANDIDATE: { vi: 'Phát hiện', en: 'Candidate' },
  NOMINATED: { vi: 'Đã đề xuất', en: 'Nominated' },
  UNDER_REVIEW: { vi: 'Đang xét chọn', en: 'Under review' },
  RECOGNISED: { vi: 'Được công nhận', en: 'Recognised' },
  NURTURING: { vi: 'Đang bồi dưỡng', en: 'Nurturing' },
  REVIEWED: { vi: 'Đã tổng kết, đánh giá', en: 'Reviewed' },
  REPLICATING: { vi: 'Đang nhân rộng', en: 'Replicating' },
  HONOURED: { vi: 'Được khen thưởng', en: 'Honoured' },
  ARCHIVED: { vi: 'Lưu trữ', en: 'Archived' },
  NOT_SELECTED: { vi: 'Không được chọn', en: 'Not selected' },
  WITHDRAWN: { vi: 'Rút đề xuất', en: 'Withdrawn' },
  REVOKED: { vi: 'Bị thu hồi công nhận', en: 'Revoked' },
};

export const NOMINATION_STATUSES = [
  'DRAFT',
  'SUBMITTED',
  'RECEIVED',
  'RETURNED',
  'APPRAISED',
  'COUNCIL_REVIEW',
  'APPROVED',
  'REJECTED',
  'DECIDED',
  'FORWARDED',
  'WITHDRAWN',
] as const;
export type NominationStatus = (typeof NOMINATION_STATUSES)[number];

/**
 * draft → submitted → received → returned (with a reason; resubmitted after correction) | appraised →
 * council review → approved | rejected; approved → decided (an award decision) → forwarded upward.
 * A nomination not yet appraised can be withdrawn by its nominating unit.
 */
export const NOMINATION_TRANSITIONS: { readonly [S in NominationStatus]: readonly NominationStatus[] } = {
  DRAFT: ['SUBMITTED', 'WITHDRAWN'],
  SUBMITTED: ['RECEIVED', 'RETURNED', 'WITHDRAWN'],
  RECEIVED: ['RETURNED', 'APPRAISED', 'WITHDRAWN'],
  RETURNED: ['SUBMITTED', 'WITHDRAWN'],
  APPRAISED: ['COUNCIL_REVIEW', 'RETURNED'],
  COUNCIL_REVIEW: ['APPROVED', 'REJECTED'],
  APPROVED: ['DECIDED'],
  REJECTED: [],
  DECIDED: ['FORWARDED'],
  FORWARDED: [],
  WITHDRAWN: [],
};

export const NOMINATION_STATUS_LABELS: { readonly [S in NominationStatus]: { vi: string; en: string } } = {
  DRAFT: { vi: 'Dự thảo', en: 'Draft' },
  SUBMITTED: { vi: 'Đã gửi', en: 'Submitted' },
  RECEIVED: { vi: 'Đã tiếp nhận', en: 'Received' },
  RETURNED: { vi: 'Trả lại', en: 'Returned' },
  APPRAISED: { vi: 'Đã thẩm định', en: 'Appraised' },
  COUNCIL_REVIEW: { vi: 'Hội đồng đang xét', en: 'Council review' },
  APPROVED: { vi: 'Hội đồng thông qua', en: 'Approved' },
  REJECTED: { vi: 'Không thông qua', en: 'Rejected' },
  DECIDED: { vi: 'Đã có quyết định', en: 'Decided' },
  FORWARDED: { vi: 'Đã trình cấp trên', en: 'Forwarded' },
  WITHDRAWN: { vi: 'Đã rút', en: 'Withdrawn' },
};

/** Nominations that count towards a quota: sent and not returned or withdrawn (a rejected one was still proposed). */
export const COUNTED_NOMINATION_STATUSES: readonly NominationStatus[] = ['SUBMITTED', 'RECEIVED', 'APPRAISED', 'COUNCIL_REVIEW', 'APPROVED', 'REJECTED', 'DECIDED', 'FORWARDED'];

export function isExemplarStage(value: unknown): value is ExemplarStage {
  return typeof value === 'string' && (EXEMPLAR_STAGES as readonly string[]).includes(value);
}

export function isNominationStatus(value: unknown): value is NominationStatus {
  return typeof value === 'string' && (NOMINATION_STATUSES as readonly string[]).includes(value);
}

export function canAdvanceExemplar(from: ExemplarStage, to: ExemplarStage): boolean {
  return EXEMPLAR_TRANSITIONS[from]?.includes(to) ?? false;
}

export function canMoveNomination(from: NominationStatus, to: NominationStatus): boolean {
  return NOMINATION_TRANSITIONS[from]?.includes(to) ?? false;
}
