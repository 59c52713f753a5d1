import { describe, expect, it } from 'vitest';
import { foldVietnamese, textProblem, toNfc } from './text';

describe('foldVietnamese', () => {
  it.each([
    ['Ba Bể', 'ba be'],
    ['Đồng Tháp', 'dong thap'],
    ['đồng tháp', 'dong thap'],
    ['Hà Nội'.normalize('NFD'), 'ha noi'],
    ['  Thừa   Thiên  Huế ', 'thua thien hue'],
    ['Ia H\' Drai', "ia h' drai"],
    ['Thủy', 'thuy'],
    ['Thuỷ', 'thuy'],
    ['Lào\u200bCai', 'laocai'],
    ['ĐẮK NÔNG', 'dak nong'],
  ])('%j → %j', (input, expected) => {
    expect(foldVietnamese(input)).toBe(expected);
  });
});

describe('toNfc', () => {
  it('makes NFD and NFC spellings equal', () => {
    expect(toNfc('Hà Nội'.normalize('NFD'))).toBe('Hà Nội'.normalize('NFC'));
    expect('Hà Nội'.normalize('NFD')).not.toBe('Hà Nội'.normalize('NFC'));
  });
});

describe('textProblem', () => {
  it.each([
    ['Hà Giang', null],
    ['a\u0000b', 'NUL'],
    ['lone \ud800 high', 'ILL_FORMED'],
    ['lone \udc00 low', 'ILL_FORMED'],
    ['pair 😀 ok', null],
    ['x'.repeat(10_001), 'TOO_LONG'],
  ])('%j → %j', (input, expected) => {
    expect(textProblem(input)).toBe(expected);
  });
});
