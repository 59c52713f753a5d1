import { foldVietnamese } from '@exemplar/shared';
import { AppError } from '../errors';
import { parseId, parseIds } from '../input';
import type { SqlParams } from './sql-params';

function escapeRegex(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}

/**
 * The SQL conditions list filters are made of. Each validates its input (naming the filter field
 * in the error) and passes values as parameters only.
 */
export const conditions = {
  /**
   * Diacritic-insensitive search on a column holding `foldVietnamese` text: every word typed must
   * begin a word of the text, in any order ("bang khen thu tuong" finds "Bằng khen của Thủ tướng").
   */
  search(p: SqlParams, column: string, q: string): string | null {
    const words = foldVietnamese(q).split(' ').filter(Boolean).slice(0, 12);
    if (words.length === 0) return null;
    return words.map((word) => `${column} ~ ${p.add(`(^|[^a-z0-9])${escapeRegex(word)}`)}`).join(' AND ');
  },

  ids(p: SqlParams, column: string, ids: readonly unknown[], field = 'filter.ids'): string {
    return `${column} = ANY(${p.add(parseIds(ids, field), 'bigint[]')})`;
  },

  id(p: SqlParams, column: string, id: unknown, field: string): string {
    return `${column} = ${p.add(parseId(id, field), 'bigint')}`;
  },

  /** A code of a vocabulary table (level, kind, sector): its shape is checked before it is used. */
  code(p: SqlParams, column: string, value: string, pattern: RegExp, field: string): string {
    if (!pattern.test(value)) throw new AppError('INVALID_VALUE', { field, value: value.slice(0, 40) }, `filter.${field}`);
    return `${column} = ${p.add(value)}`;
  },

  /** `column` is a node below `rootId` in a closure table (the root itself included or not). */
  inSubtree(p: SqlParams, column: string, closure: string, rootId: unknown, field: string, includeRoot: boolean): string {
    return `${column} IN (SELECT c.descendant_id FROM ${closure} c
      WHERE c.ancestor_id = ${p.add(parseId(rootId, field), 'bigint')}${includeRoot ? '' : ' AND c.depth > 0'})`;
  },

  validOn(p: SqlParams, validityColumn: string, date: string): string {
    return `${validityColumn} @> ${p.add(date, 'date')}`;
  },
};
