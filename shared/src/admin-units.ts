/**
 * Vocabulary of Viet Nam's administrative units (GSO). Levels and kinds are data: the database holds
 * them as rows; these constants are the reference values loaded into those rows and the labels the
 * console shows.
 */

export const UNIT_LEVELS = [
  { code: 'province', depth: 1, vi: 'Cấp tỉnh', en: 'Province level' },
  { code: 'district', depth: 2, vi: 'Cấp huyện', en: 'District level' },
  { code: 'commune', depth: 3, vi: 'Cấp xã', en: 'Commune level' },
] as const;

export type UnitLevelCode = (typeof UNIT_LEVELS)[number]['code'];

export interface UnitKindDef {
  code: string;
  level: UnitLevelCode;
  /** The type word GSO puts in front of the bare name ("Huyện Ba Bể"). */
  prefix: string;
  vi: string;
  en: string;
}

export const UNIT_KINDS: readonly UnitKindDef[] = [
  { code: 'thanh_pho_tw', level: 'province', prefix: 'Thành phố', vi: 'Thành phố trực thuộc trung ương', en: 'Centrally governed city' },
  { code: 'tinh', level: 'province', prefix: 'Tỉnh', vi: 'Tỉnh', en: 'Province' },
  { code: 'quan', level: 'district', prefix: 'Quận', vi: 'Quận', en: 'Urban district' },
  { code: 'huyen', level: 'district', prefix: 'Huyện', vi: 'Huyện', en: 'Rural district' },
  { code: 'thi_xa', level: 'district', prefix: 'Thị xã', vi: 'Thị xã', en: 'District-level town' },
  { code: 'thanh_pho', level: 'district', prefix: 'Thành phố', vi: 'Thành phố thuộc tỉnh', en: 'Provincial city' },
  { code: 'xa', level: 'commune', prefix: 'Xã', vi: 'Xã', en: 'Commune' },
  { code: 'phuong', level: 'commune', prefix: 'Phường', vi: 'Phường', en: 'Ward' },
  { code: 'thi_tran', level: 'commune', prefix: 'Thị trấn', vi: 'Thị trấn', en: 'Township' },
  { code: 'dac_khu', level: 'commune', prefix: 'Đặc khu', vi: 'Đặc khu', en: 'Special zone' },
];

/** The two states the reference data holds, and the day the second one begins. */
export const REFORM_2025_DATE = '2025-07-01';
export const LAST_DAY_BEFORE_REFORM = '2025-06-30';

/** GSO code lengths per level: provinces 2 digits, districts 3, communes 5. */
export const UNIT_CODE_PATTERN = /^(\d{2}|\d{3}|\d{5})$/;

/** "Huyện Ba Bể" → "Ba Bể"; "Phường Phường Đúc" → "Phường Đúc"; "Phường 1" stays "Phường 1" (a bare number is no name). */
export function shortUnitName(name: string, kindCode: string): string {
  const kind = UNIT_KINDS.find((k) => k.code === kindCode);
  if (!kind) return name;
  const prefix = `${kind.prefix} `;
  if (!name.startsWith(prefix)) return name;
  const rest = name.slice(prefix.length).trim();
  return /^\d+$/.test(rest) ? name : rest;
}
