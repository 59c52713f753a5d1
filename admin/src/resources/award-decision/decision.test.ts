import { describe, expect, it } from 'vitest';
import { decisionInput, decisionItemInput, errorField, incompleteItems, placeOfField, suggestAchievementKey } from './decision';

describe('the achievement key', () => {
  it.each([
    ['SEED-001-BA-BE', 2023, 'SEED-001-BA-BE:2023'],
    [' KH-153 ', '2024', 'KH-153:2024'],
    [null, 2023, '2023'],
    ['KH-153', null, 'KH-153'],
    [undefined, '', ''],
  ])('plan %j, year %j → %j', (plan, year, key) => {
    expect(suggestAchievementKey(plan, year)).toBe(key);
  });
});

describe('issueDecision input', () => {
  it.each([
    ['a nomination', { source: 'NOMINATION' as const, nominationId: '12', exemplarId: '3', achievementKey: ' K:2023 ' }, { nominationId: '12', achievementKey: 'K:2023' }],
    ['an exemplar', { source: 'EXEMPLAR' as const, nominationId: '12', exemplarId: 3, achievementKey: 'K' }, { exemplarId: '3', achievementKey: 'K' }],
    ['no source: the exemplar when only it is given', { exemplarId: '3', achievementKey: 'K' }, { exemplarId: '3', achievementKey: 'K' }],
    ['no source, nothing chosen: a nomination left empty', { achievementKey: '' }, { achievementKey: '' }],
  ])('an item of %s', (_, item, expected) => {
    expect(decisionItemInput(item)).toEqual(expected);
  });

  it('trims the header, leaves blanks out, keeps every item in order', () => {
    expect(
      decisionInput({
        number: ' 123/QĐ-UBND ',
        decidedOn: '2025-03-10',
        signerTitle: 'Chủ tịch',
        signerName: '',
        issuingOrganizationId: 7,
        awardTypeCode: 'GK_CHU_TICH_UBND_HUYEN',
        planId: '1',
        occasion: '  ',
        author: 'Phòng Nội vụ',
        items: [{ source: 'NOMINATION', nominationId: '12', achievementKey: 'A' }, null, { source: 'EXEMPLAR', exemplarId: '4', achievementKey: 'B' }],
      }),
    ).toEqual({
      number: '123/QĐ-UBND',
      decidedOn: '2025-03-10',
      signerTitle: 'Chủ tịch',
      issuingOrganizationId: '7',
      awardTypeCode: 'GK_CHU_TICH_UBND_HUYEN',
      planId: '1',
      author: 'Phòng Nội vụ',
      items: [{ nominationId: '12', achievementKey: 'A' }, { exemplarId: '4', achievementKey: 'B' }],
    });
  });

  it('finds the items that name nothing or no achievement', () => {
    expect(incompleteItems([{ nominationId: '1', achievementKey: 'A' }, { nominationId: '2', achievementKey: ' ' }, { source: 'EXEMPLAR', achievementKey: 'A' }, null])).toEqual([1, 2, 3]);
    expect(incompleteItems(undefined)).toEqual([]);
  });
});

describe("a refusal's place", () => {
  it.each([
    ['items[2].achievementKey', { index: 2, field: 'achievementKey' }],
    ['items[0].nominationId', { index: 0, field: 'nominationId' }],
    ['items[1]', { index: 1, field: null }],
    ['awardTypeCode', { index: null, field: 'awardTypeCode' }],
    [null, { index: null, field: null }],
  ])('%j', (field, place) => {
    expect(placeOfField(field)).toEqual(place);
  });

  it.each([
    ['an Apollo error', { graphQLErrors: [{ message: 'x', extensions: { code: 'DUPLICATE_ACHIEVEMENT', field: 'items[1].achievementKey' } }] }, 'items[1].achievementKey'],
    ['a data provider error', { body: { graphQLErrors: [{ message: 'x', extensions: { code: 'X' } }, { message: 'y', extensions: { field: 'number' } }] } }, 'number'],
    ['no field', new Error('network'), null],
  ])('%s', (_, error, field) => {
    expect(errorField(error)).toBe(field);
  });
});
