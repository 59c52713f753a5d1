import { describe, expect, it } from 'vitest';
import englishMessages from 'ra-language-english';
import {
  AUTHORITY_ROLE_LABELS,
  AWARD_CATEGORY_LABELS,
  AWARD_LEVEL_LABELS,
  AWARD_LEVELS,
  DISCIPLINE_FORM_LABELS,
  DISCIPLINE_FORMS,
  FLAG_CODE_LABELS,
  GENDER_LABELS,
  INITIATIVE_KIND_LABELS,
  METRIC_CODE_LABELS,
  ORGANIZATION_KINDS,
  RATING_LEVEL_LABELS,
  RATING_LEVELS,
  ROLE_CODES,
  ROLE_LABELS,
  SECTORS,
  STAFF_CATEGORY_LABELS,
  SUBJECT_KIND_LABELS,
  SUBJECT_KINDS,
  UNIT_KINDS,
  UNIT_LEVELS,
  VERDICT_LABELS,
} from '@exemplar/shared';
import { RESOURCES } from '../data/resources';
import en from './en';
import { raVietnamese } from './ra-vi';
import vi from './vi';

/** Every leaf of a message tree as a dotted path ("ra.action.save"). */
function leafKeys(tree: unknown, prefix = ''): string[] {
  if (typeof tree === 'string') return [prefix];
  if (!tree || typeof tree !== 'object') throw new Error(`${prefix || '(root)'} is neither a message nor a group`);
  return Object.entries(tree).flatMap(([key, value]) => leafKeys(value, prefix ? `${prefix}.${key}` : key));
}

function lookup(tree: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), tree);
}

const missing = (from: string[], inside: string[]) => {
  const present = new Set(inside);
  return from.filter((key) => !present.has(key));
};

describe('console messages', () => {
  const viKeys = leafKeys(vi);
  const enKeys = leafKeys(en);

  it('has every English key in Vietnamese', () => {
    expect(missing(enKeys, viKeys)).toEqual([]);
  });

  it('has every Vietnamese key in English', () => {
    expect(missing(viKeys, enKeys)).toEqual([]);
  });

  it("translates all of react-admin's own messages (ra-language-english) into Vietnamese", () => {
    const raKeys = leafKeys(englishMessages);
    expect(raKeys.length).toBeGreaterThan(150);
    expect(missing(raKeys, leafKeys(raVietnamese))).toEqual([]);
    expect(missing(leafKeys(raVietnamese), raKeys)).toEqual([]);
  });

  it('has no empty message (except the blank boolean null)', () => {
    for (const [name, messages] of [['vi', vi], ['en', en]] as const) {
      const empty = leafKeys(messages).filter((key) => key !== 'ra.boolean.null' && !String(lookup(messages, key)).trim());
      expect(empty, name).toEqual([]);
    }
  });

  it('keeps the same %{placeholders} in both languages', () => {
    const placeholders = (text: unknown) => [...new Set(String(text).match(/%\{\w+\}/g) ?? [])].sort();
    const differing = viKeys.filter((key) => placeholders(lookup(vi, key)).join() !== placeholders(lookup(en, key)).join());
    expect(differing).toEqual([]);
  });

  it('is Vietnamese by default: menu names are the Vietnamese ones', () => {
    expect(lookup(vi, 'resources.AdministrativeUnit.name')).toBe('Đơn vị hành chính');
    expect(lookup(vi, 'resources.Organization.name')).toBe('Cơ quan, tổ chức');
    expect(lookup(vi, 'ra.action.save')).toBe('Lưu');
    expect(lookup(vi, 'resources.Person.name')).toBe('Cá nhân');
    expect(lookup(vi, 'resources.Household.name')).toBe('Hộ gia đình');
    expect(lookup(vi, 'resources.AwardType.name')).toBe('Hình thức khen thưởng');
    expect(lookup(vi, 'resources.AwardAuthorityRule.name')).toBe('Thẩm quyền khen thưởng');
    expect(lookup(vi, 'resources.ActivityField.name')).toBe('Lĩnh vực');
    expect(lookup(vi, 'exemplar.menu.achievement')).toBe('Thành tích');
    expect(lookup(vi, 'exemplar.menu.catalogue')).toBe('Danh mục khen thưởng');
  });

  it('names every resource the console reads, in both languages', () => {
    for (const resource of RESOURCES) {
      expect(lookup(vi, `resources.${resource}.name`), `${resource} (vi)`).toEqual(expect.any(String));
      expect(lookup(en, `resources.${resource}.name`), `${resource} (en)`).toEqual(expect.any(String));
    }
  });
});

describe('vocabulary labels from @exemplar/shared', () => {
  const vocabularies = [
    ['unitLevel', UNIT_LEVELS],
    ['unitKind', UNIT_KINDS],
    ['organizationKind', ORGANIZATION_KINDS],
    ['sector', SECTORS],
    ['subjectKind', SUBJECT_KIND_LABELS],
    ['awardLevel', AWARD_LEVEL_LABELS],
    ['awardCategory', AWARD_CATEGORY_LABELS],
    ['authorityRole', AUTHORITY_ROLE_LABELS],
    ['ratingLevel', RATING_LEVEL_LABELS],
    ['disciplineForm', DISCIPLINE_FORM_LABELS],
    ['roleCode', ROLE_LABELS],
    ['gender', GENDER_LABELS],
    ['staffCategory', STAFF_CATEGORY_LABELS],
    ['initiativeKind', INITIATIVE_KIND_LABELS],
    ['verdict', VERDICT_LABELS],
    ['metricCode', METRIC_CODE_LABELS],
    ['flagCode', FLAG_CODE_LABELS],
  ] as const;

  for (const [name, list] of vocabularies) {
    it(`labels every ${name} code in both languages, as the shared vocabulary says`, () => {
      expect(list.length).toBeGreaterThan(0);
      for (const item of list) {
        expect(lookup(vi, `exemplar.vocabulary.${name}.${item.code}`), `${name}.${item.code} (vi)`).toBe(item.vi);
        expect(lookup(en, `exemplar.vocabulary.${name}.${item.code}`), `${name}.${item.code} (en)`).toBe(item.en);
      }
      const codes = list.map((item) => item.code).sort();
      expect(Object.keys(lookup(vi, `exemplar.vocabulary.${name}`) as object).sort()).toEqual(codes);
      expect(Object.keys(lookup(en, `exemplar.vocabulary.${name}`) as object).sort()).toEqual(codes);
    });
  }
});

describe('labels of the achievement record', () => {
  const closed = [
    ['subjectKind', SUBJECT_KINDS],
    ['awardLevel', AWARD_LEVELS],
    ['ratingLevel', RATING_LEVELS],
    ['disciplineForm', DISCIPLINE_FORMS],
    ['roleCode', ROLE_CODES],
  ] as const;

  for (const [name, codes] of closed) {
    it(`labels every ${name} code of the shared vocabulary`, () => {
      for (const code of codes) {
        expect(lookup(vi, `exemplar.vocabulary.${name}.${code}`), `${name}.${code}`).toEqual(expect.any(String));
        expect(lookup(en, `exemplar.vocabulary.${name}.${code}`), `${name}.${code}`).toEqual(expect.any(String));
      }
    });
  }
});
