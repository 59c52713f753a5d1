/**
 * Codes the achievement record and the criteria share (domain.md §3). Orders matter: ratings and
 * disciplines are compared by rank.
 */

export const SUBJECT_KINDS = ['CA_NHAN', 'TAP_THE', 'HO_GIA_DINH'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

/** Award and recognition levels, from the state down. HUYEN is history (no districts since 1 July 2025). */
export const AWARD_LEVELS = ['NHA_NUOC', 'BO', 'TINH', 'HUYEN', 'XA', 'CO_SO'] as const;
export type AwardLevel = (typeof AWARD_LEVELS)[number];

/** Annual quality ratings, best first: excellent > good > completed > not completed. */
export const RATING_LEVELS = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'] as const;
export type RatingLevel = (typeof RATING_LEVELS)[number];

/** Disciplinary forms, lightest first. "No one disciplined from cảnh cáo upward" is a threshold on this order. */
export const DISCIPLINE_FORMS = ['KHIEN_TRACH', 'CANH_CAO', 'HA_BAC_LUONG', 'GIANG_CHUC', 'CACH_CHUC', 'BUOC_THOI_VIEC'] as const;
export type DisciplineForm = (typeof DISCIPLINE_FORMS)[number];

/** Roles a person holds in an organization (Position.roleCode). */
export const ROLE_CODES = [
  'GIAM_DOC', // director / head of the agency
  'PHO_GIAM_DOC', // deputy director
  'TRUONG_PHONG', // head of division
  'PHO_TRUONG_PHONG', // deputy head of division
  'CHU_TICH', // chair (people's committee, council, union)
  'PHO_CHU_TICH',
  'CAN_BO', // staff: cán bộ, công chức, viên chức
  'NGUOI_LAO_DONG', // employee
  'GIAO_VIEN', // teacher
  'BAC_SI', // doctor
  'HOC_SINH', // pupil / student
] as const;
export type RoleCode = (typeof ROLE_CODES)[number];

export function ratingAtLeast(level: RatingLevel, threshold: RatingLevel): boolean {
  return RATING_LEVELS.indexOf(level) <= RATING_LEVELS.indexOf(threshold);
}

export function disciplineAtLeast(form: DisciplineForm, threshold: DisciplineForm): boolean {
  return DISCIPLINE_FORMS.indexOf(form) >= DISCIPLINE_FORMS.indexOf(threshold);
}
