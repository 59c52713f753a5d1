import type { CriteriaSet, LocalizedText } from '@exemplar/shared';
import type { RaRecord } from 'react-admin';

/** A CriteriaSet record as the console reads it (RESOURCE_FIELDS.CriteriaSet). */
export interface CriteriaSetRecord extends RaRecord {
  code: string;
  title: string;
  titleEn: string | null;
  origin: 'LAW' | 'SEED' | 'USER';
  awardTypeCode: string | null;
  isReference: boolean;
  version: number;
  definition?: CriteriaSet;
  criteria?: { id: string }[];
}

export type Lang = 'vi' | 'en';

export const langOf = (locale: string): Lang => (locale === 'en' ? 'en' : 'vi');

/** A text of the set in the console's language (English falls back to Vietnamese). */
export function localText(text: LocalizedText | undefined, locale: string): string {
  if (!text) return '';
  return locale === 'en' ? (text.en ?? text.vi) : text.vi;
}

/** The set's title in the console's language, from the record's columns. */
export function setTitle(record: Pick<CriteriaSetRecord, 'title' | 'titleEn' | 'code'> | undefined, locale: string): string {
  if (!record) return '';
  return (locale === 'en' ? record.titleEn : null) || record.title || record.code;
}

/** What a new set starts from: one criterion with a rating and an attested condition (valid as it is). */
export const NEW_SET_TEMPLATE = {
  version: 1,
  code: 'USER-BO-TIEU-CHI-MOI',
  title: { vi: 'Bộ tiêu chí mới', en: 'New criteria set' },
  source: 'Kế hoạch số …/KH-… ngày …',
  period: { from: 2023, to: 2025 },
  parameters: [],
  roleGroups: [],
  combine: 'ALL',
  criteria: [
    {
      key: 'TC-1',
      title: { vi: 'Hoàn thành xuất sắc nhiệm vụ, gương mẫu', en: 'Excellent and exemplary' },
      sourceText: 'Hoàn thành xuất sắc nhiệm vụ được giao; gương mẫu chấp hành chủ trương, chính sách của Đảng, pháp luật của Nhà nước.',
      source: 'Mục II.1',
      confidence: 'interpreted',
      note: '"Hoàn thành xuất sắc nhiệm vụ" đọc là xếp loại HTXSNV của năm xét; phần còn lại do người có thẩm quyền xác nhận.',
      appliesTo: ['CA_NHAN'],
      rule: {
        op: 'all',
        of: [
          { op: 'ratingAtLeast', level: 'HTXSNV' },
          { op: 'attest', key: 'TC-1.GUONG_MAU', text: 'Gương mẫu chấp hành chủ trương, chính sách của Đảng, pháp luật của Nhà nước.' },
        ],
      },
    },
  ],
};

export const toJsonText = (value: unknown): string => (typeof value === 'string' ? value : value == null ? '' : JSON.stringify(value, null, 2));

/** A copy of a set to start a new one from: another code, so it can be saved beside the original. */
export function copyOf(definition: CriteriaSet): string {
  return toJsonText({ ...definition, code: `${definition.code}-BAN-SAO`.slice(0, 80) });
}
