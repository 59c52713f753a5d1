/** Vocabulary of the agencies that issue plans: a second tree located in the territorial one. */

export interface LabelledCode {
  code: string;
  vi: string;
  en: string;
}

export const ORGANIZATION_KINDS: readonly LabelledCode[] = [
  { code: 'CHINH_PHU', vi: 'Chính phủ, Thủ tướng Chính phủ', en: 'Government, Prime Minister' },
  { code: 'BO', vi: 'Bộ, cơ quan ngang bộ, cơ quan trung ương', en: 'Ministry or central body' },
  { code: 'CO_QUAN_DANG', vi: 'Cơ quan Đảng', en: 'Party body' },
  { code: 'HDND', vi: 'Hội đồng nhân dân', en: "People's Council" },
  { code: 'UBND', vi: 'Ủy ban nhân dân', en: "People's Committee" },
  { code: 'SO', vi: 'Sở, ban, ngành', en: 'Department' },
  { code: 'PHONG', vi: 'Phòng', en: 'Division' },
  { code: 'VAN_PHONG', vi: 'Văn phòng', en: 'Office' },
  { code: 'DON_VI_TRUC_THUOC', vi: 'Đơn vị trực thuộc', en: 'Attached unit' },
  { code: 'TRUNG_TAM', vi: 'Trung tâm', en: 'Centre' },
  { code: 'TRUONG_HOC', vi: 'Trường học', en: 'School' },
  { code: 'CONG_AN', vi: 'Công an', en: 'Police' },
  { code: 'QUAN_SU', vi: 'Cơ quan quân sự', en: 'Military command' },
  { code: 'MAT_TRAN', vi: 'Mặt trận Tổ quốc', en: 'Fatherland Front' },
  { code: 'DOAN_THE', vi: 'Đoàn thể', en: 'Mass organisation' },
  { code: 'HOI_DONG_TDKT', vi: 'Hội đồng Thi đua – Khen thưởng', en: 'Emulation & commendation council' },
  { code: 'DOANH_NGHIEP', vi: 'Doanh nghiệp', en: 'Enterprise' },
  { code: 'HOP_TAC_XA', vi: 'Hợp tác xã', en: 'Cooperative' },
  { code: 'KHAC', vi: 'Khác', en: 'Other' },
];

export const SECTORS: readonly LabelledCode[] = [
  { code: 'CONG_AN', vi: 'Công an', en: 'Police' },
  { code: 'QUAN_SU', vi: 'Quân sự', en: 'Army' },
  { code: 'GIAO_DUC', vi: 'Giáo dục', en: 'Education' },
  { code: 'Y_TE', vi: 'Y tế', en: 'Health' },
  { code: 'NOI_VU', vi: 'Nội vụ', en: 'Home affairs' },
  { code: 'LAO_DONG_XA_HOI', vi: 'Lao động, xã hội', en: 'Labour and social affairs' },
  { code: 'VAN_HOA', vi: 'Văn hóa, thể thao, du lịch, thông tin', en: 'Culture, sport, tourism, information' },
  { code: 'NONG_NGHIEP', vi: 'Nông nghiệp', en: 'Agriculture' },
  { code: 'TAI_CHINH', vi: 'Tài chính', en: 'Finance' },
  { code: 'TU_PHAP', vi: 'Tư pháp', en: 'Justice' },
  { code: 'KINH_TE', vi: 'Kinh tế', en: 'Economy' },
  { code: 'DOAN_THE', vi: 'Đoàn thể', en: 'Mass organisations' },
  { code: 'TONG_HOP', vi: 'Quản lý chung', en: 'General government' },
  { code: 'KHAC', vi: 'Khác', en: 'Other' },
];

/** Our organization codes: ASCII, upper case, dot-separated path segments. */
export const ORGANIZATION_CODE_PATTERN = /^[A-Z0-9_.-]{1,64}$/;
