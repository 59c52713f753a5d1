import { useMemo } from 'react';
import { useGetList, type RaRecord } from 'react-admin';
import { foldVietnamese } from '@exemplar/shared';

/**
 * The catalogue is small reference data (61 award types, 22 fields) that records point to by code,
 * not by id, so ReferenceField cannot follow them. Each list is read once (one query, cached by
 * react-query and shared by every screen) and looked up by code.
 */
const ALL = { pagination: { page: 1, perPage: 500 } } as const;
const CACHE = { staleTime: 5 * 60_000 };

export interface AwardTypeRecord extends RaRecord {
  code: string;
  nameVi: string;
  nameEn: string;
  category: string;
  level: string;
  subjectKinds: string[];
  rank: number;
  periodic: boolean;
}

export interface ActivityFieldRecord extends RaRecord {
  code: string;
  nameVi: string;
  nameEn: string;
}

function byCode<T extends { code: string }>(records: T[] | undefined): Map<string, T> {
  return new Map((records ?? []).map((record) => [record.code, record]));
}

export function useAwardTypes() {
  const { data, isPending, error } = useGetList<AwardTypeRecord>('AwardType', { ...ALL, sort: { field: 'rank', order: 'DESC' } }, CACHE);
  const index = useMemo(() => byCode(data), [data]);
  return { awardTypes: data ?? [], byCode: index, isPending, error };
}

export function useActivityFields() {
  const { data, isPending, error } = useGetList<ActivityFieldRecord>('ActivityField', { ...ALL, sort: { field: 'code', order: 'ASC' } }, CACHE);
  const index = useMemo(() => byCode(data), [data]);
  return { fields: data ?? [], byCode: index, isPending, error };
}

/** The catalogue's name in the console's language (nameVi / nameEn). */
export function localName(record: { [field: string]: unknown } | undefined, locale: string): string {
  if (!record) return '';
  const name = (locale === 'en' ? record.nameEn : record.nameVi) || record.nameVi || record.code;
  return typeof name === 'string' ? name : '';
}

/**
 * Typed words match in any order, ignoring diacritics and đ ("bang khen thu tuong" finds "Bằng khen
 * của Thủ tướng Chính phủ"). For pickers whose choices are already in the browser.
 */
export function matchesWords(typed: string, ...texts: (string | null | undefined)[]): boolean {
  const haystack = foldVietnamese(texts.filter(Boolean).join(' '));
  return foldVietnamese(typed)
    .split(' ')
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}
