import { describe, expect, it } from 'vitest';
import type { LabelledCode } from '../organizations';
import * as labels from './labels';
import { AWARD_LEVELS, DISCIPLINE_FORMS, RATING_LEVELS, ROLE_CODES, SUBJECT_KINDS } from './vocabulary';

describe('labels of the achievement record codes', () => {
  const closed: [string, readonly LabelledCode[], readonly string[]][] = [
    ['SUBJECT_KIND_LABELS', labels.SUBJECT_KIND_LABELS, SUBJECT_KINDS],
    ['AWARD_LEVEL_LABELS', labels.AWARD_LEVEL_LABELS, AWARD_LEVELS],
    ['RATING_LEVEL_LABELS', labels.RATING_LEVEL_LABELS, RATING_LEVELS],
    ['DISCIPLINE_FORM_LABELS', labels.DISCIPLINE_FORM_LABELS, DISCIPLINE_FORMS],
    ['ROLE_LABELS', labels.ROLE_LABELS, ROLE_CODES],
  ];

  for (const [name, table, codes] of closed) {
    it(`${name} labels every code of the vocabulary, in its order`, () => {
      expect(table.map((item) => item.code)).toEqual([...codes]);
    });
  }

  for (const [name, table] of Object.entries(labels)) {
    it(`${name} has unique codes and non-empty Vietnamese and English labels`, () => {
      expect(table.length).toBeGreaterThan(0);
      expect(new Set(table.map((item) => item.code)).size).toBe(table.length);
      for (const item of table) {
        expect(item.code).toMatch(/^[A-Z_]{1,40}$/);
        expect(item.vi.trim(), item.code).not.toBe('');
        expect(item.en.trim(), item.code).not.toBe('');
        expect(item.vi, item.code).toBe(item.vi.normalize('NFC'));
      }
    });
  }
});
