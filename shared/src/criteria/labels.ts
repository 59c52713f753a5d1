import type { LabelledCode } from '../organizations';
import { AWARD_LEVELS, DISCIPLINE_FORMS, RATING_LEVELS, ROLE_CODES, SUBJECT_KINDS } from './vocabulary';

/**
 * Vietnamese and English labels of the achievement record's codes, in each vocabulary's order (the
 * order ratings and disciplines are ranked in). The console shows these; criteria explanations can
 * too. labels.test.ts checks that every code of vocabulary.ts has exactly one label.
 */

export const SUBJECT_KIND_LABELS: readonly LabelledCode[] = [
  { code: 'CA_NHAN', vi: 'Cá nhân', en: 'Individual' },
  { code: 'TAP_THE', vi: 'Tập thể', en: 'Collective' },
  { code: 'HO_GIA_DINH', vi: 'Hộ gia đình', en: 'Household' },
] satisfies readonly (LabelledCode & { code: (typeof SUBJECT_KINDS)[number] })[];

export const AWARD_LEVEL_LABELS: readonly LabelledCode[] = [
  { code: 'NHA_NUOC', vi: 'Cấp Nhà nước', en: 'State' },
  { code: 'BO', vi: 'Cấp bộ, ban, ngành trung ương', en: 'Ministry or central body' },
  { code: 'TINH', vi: 'Cấp tỉnh', en: 'Province' },
  { code: 'HUYEN', vi: 'Cấp huyện (trước 01/7/2025)', en: 'District (before 1 July 2025)' },
  { code: 'XA', vi: 'Cấp xã', en: 'Commune' },
  { code: 'CO_SO', vi: 'Cấp cơ sở', en: 'Grassroots' },
] satisfies readonly (LabelledCode & { code: (typeof AWARD_LEVELS)[number] })[];

export const RATING_LEVEL_LABELS: readonly LabelledCode[] = [
  { code: 'HTXSNV', vi: 'Hoàn thành xuất sắc nhiệm vụ', en: 'Completed duties with distinction' },
  { code: 'HTTNV', vi: 'Hoàn thành tốt nhiệm vụ', en: 'Completed duties well' },
  { code: 'HTNV', vi: 'Hoàn thành nhiệm vụ', en: 'Completed duties' },
  { code: 'KHTNV', vi: 'Không hoàn thành nhiệm vụ', en: 'Did not complete duties' },
] satisfies readonly (LabelledCode & { code: (typeof RATING_LEVELS)[number] })[];

export const DISCIPLINE_FORM_LABELS: readonly LabelledCode[] = [
  { code: 'KHIEN_TRACH', vi: 'Khiển trách', en: 'Reprimand' },
  { code: 'CANH_CAO', vi: 'Cảnh cáo', en: 'Warning' },
  { code: 'HA_BAC_LUONG', vi: 'Hạ bậc lương', en: 'Salary step reduction' },
  { code: 'GIANG_CHUC', vi: 'Giáng chức', en: 'Demotion' },
  { code: 'CACH_CHUC', vi: 'Cách chức', en: 'Removal from office' },
  { code: 'BUOC_THOI_VIEC', vi: 'Buộc thôi việc', en: 'Dismissal' },
] satisfies readonly (LabelledCode & { code: (typeof DISCIPLINE_FORMS)[number] })[];

/** Roles a person holds in an organization (Position.roleCode). */
export const ROLE_LABELS: readonly LabelledCode[] = [
  { code: 'GIAM_DOC', vi: 'Giám đốc, thủ trưởng', en: 'Director, head' },
  { code: 'PHO_GIAM_DOC', vi: 'Phó Giám đốc, phó thủ trưởng', en: 'Deputy director, deputy head' },
  { code: 'TRUONG_PHONG', vi: 'Trưởng phòng', en: 'Head of division' },
  { code: 'PHO_TRUONG_PHONG', vi: 'Phó Trưởng phòng', en: 'Deputy head of division' },
  { code: 'CHU_TICH', vi: 'Chủ tịch', en: 'Chair' },
  { code: 'PHO_CHU_TICH', vi: 'Phó Chủ tịch', en: 'Vice-chair' },
  { code: 'CAN_BO', vi: 'Cán bộ, công chức, viên chức', en: 'Official, civil servant, public employee' },
  { code: 'NGUOI_LAO_DONG', vi: 'Người lao động', en: 'Employee' },
  { code: 'GIAO_VIEN', vi: 'Giáo viên', en: 'Teacher' },
  { code: 'BAC_SI', vi: 'Bác sĩ', en: 'Doctor' },
  { code: 'HOC_SINH', vi: 'Học sinh, sinh viên', en: 'Pupil, student' },
] satisfies readonly (LabelledCode & { code: (typeof ROLE_CODES)[number] })[];

/** Who signs an award decision (AwardAuthorityRule.authorityRole, AwardRecord.issuerRole); the catalogue's roles. */
export const AUTHORITY_ROLE_LABELS: readonly LabelledCode[] = [
  { code: 'CHU_TICH_NUOC', vi: 'Chủ tịch nước', en: 'President of the State' },
  { code: 'THU_TUONG', vi: 'Thủ tướng Chính phủ', en: 'Prime Minister' },
  { code: 'BO_TRUONG', vi: 'Bộ trưởng, thủ trưởng bộ, ban, ngành, đoàn thể trung ương', en: 'Minister, head of a central body' },
  { code: 'CHU_TICH_UBND_TINH', vi: 'Chủ tịch UBND cấp tỉnh', en: "Chair of a provincial People's Committee" },
  { code: 'CHU_TICH_UBND_HUYEN', vi: 'Chủ tịch UBND cấp huyện', en: "Chair of a district People's Committee" },
  { code: 'CHU_TICH_UBND_XA', vi: 'Chủ tịch UBND cấp xã', en: "Chair of a commune People's Committee" },
  { code: 'THU_TRUONG_CO_QUAN_DON_VI', vi: 'Thủ trưởng cơ quan, đơn vị', en: 'Head of an agency or unit' },
  { code: 'GIAM_DOC_DOANH_NGHIEP_HTX', vi: 'Giám đốc doanh nghiệp, hợp tác xã', en: 'Director of an enterprise or cooperative' },
  { code: 'CHU_TICH_HDQT_HDTV', vi: 'Chủ tịch Hội đồng quản trị, Hội đồng thành viên', en: 'Chair of the board' },
];

/** AwardType.category: the Law's groups of titles and forms. */
export const AWARD_CATEGORY_LABELS: readonly LabelledCode[] = [
  { code: 'DANH_HIEU_THI_DUA', vi: 'Danh hiệu thi đua', en: 'Emulation title' },
  { code: 'DANH_HIEU_VAN_HOA', vi: 'Danh hiệu văn hóa', en: 'Cultural title' },
  { code: 'HUAN_CHUONG', vi: 'Huân chương', en: 'Order' },
  { code: 'HUY_CHUONG', vi: 'Huy chương', en: 'Medal' },
  { code: 'DANH_HIEU_VINH_DU_NHA_NUOC', vi: 'Danh hiệu vinh dự Nhà nước', en: 'State honorary title' },
  { code: 'GIAI_THUONG', vi: 'Giải thưởng', en: 'Prize' },
  { code: 'KY_NIEM_CHUONG', vi: 'Kỷ niệm chương', en: 'Commemorative medal' },
  { code: 'BANG_KHEN', vi: 'Bằng khen', en: 'Certificate of merit' },
  { code: 'GIAY_KHEN', vi: 'Giấy khen', en: 'Certificate of commendation' },
];

/** Person.gender (the database allows exactly these). */
export const GENDER_LABELS: readonly LabelledCode[] = [
  { code: 'NAM', vi: 'Nam', en: 'Male' },
  { code: 'NU', vi: 'Nữ', en: 'Female' },
  { code: 'KHAC', vi: 'Khác', en: 'Other' },
];

/** Person.staffCategory: a proposal (the column takes any upper-case code); the console offers these. */
export const STAFF_CATEGORY_LABELS: readonly LabelledCode[] = [
  { code: 'CAN_BO', vi: 'Cán bộ', en: 'Elected or appointed official' },
  { code: 'CONG_CHUC', vi: 'Công chức', en: 'Civil servant' },
  { code: 'VIEN_CHUC', vi: 'Viên chức', en: 'Public employee' },
  { code: 'NGUOI_LAO_DONG', vi: 'Người lao động', en: 'Employee' },
  { code: 'LUC_LUONG_VU_TRANG', vi: 'Lực lượng vũ trang', en: 'Armed forces' },
  { code: 'NONG_DAN', vi: 'Nông dân', en: 'Farmer' },
  { code: 'DOANH_NHAN', vi: 'Doanh nhân', en: 'Business person' },
  { code: 'HOC_SINH_SINH_VIEN', vi: 'Học sinh, sinh viên', en: 'Pupil, student' },
  { code: 'KHAC', vi: 'Khác', en: 'Other' },
];

/** Initiative.kind. */
export const INITIATIVE_KIND_LABELS: readonly LabelledCode[] = [
  { code: 'SANG_KIEN', vi: 'Sáng kiến', en: 'Initiative' },
  { code: 'DE_TAI_KHOA_HOC', vi: 'Đề tài khoa học', en: 'Research project' },
];

/** Attestation.verdict. */
export const VERDICT_LABELS: readonly LabelledCode[] = [
  { code: 'PASS', vi: 'Đạt', en: 'Met' },
  { code: 'FAIL', vi: 'Không đạt', en: 'Not met' },
];

/** YearlyMetric.code: the figures criteria read (domain.md §3); other codes are allowed. */
export const METRIC_CODE_LABELS: readonly LabelledCode[] = [
  { code: 'THU_NHAP_HO', vi: 'Thu nhập của hộ', en: 'Household income' },
  { code: 'DOANH_THU', vi: 'Doanh thu', en: 'Revenue' },
  { code: 'NOP_NGAN_SACH', vi: 'Nộp ngân sách', en: 'Paid to the budget' },
  { code: 'LOI_NHUAN', vi: 'Lợi nhuận', en: 'Profit' },
];

/** SubjectFlag.code: recorded yes/no facts; other codes are allowed. */
export const FLAG_CODE_LABELS: readonly LabelledCode[] = [
  { code: 'TO_CHUC_DANG_TSVM', vi: 'Tổ chức đảng trong sạch, vững mạnh', en: 'Party organisation rated clean and strong' },
  { code: 'DAT_CHUAN_NONG_THON_MOI', vi: 'Đạt chuẩn nông thôn mới', en: 'Meets the New Rural standard' },
];
