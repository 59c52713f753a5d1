import { describe, expect, it } from 'vitest';
import { shortUnitName, UNIT_CODE_PATTERN, UNIT_KINDS, UNIT_LEVELS } from './admin-units';
import { formatErrorMessage } from './errors';

describe('shortUnitName', () => {
  it.each([
    ['Huyện Ba Bể', 'huyen', 'Ba Bể'],
    ['Tỉnh Hà Giang', 'tinh', 'Hà Giang'],
    ['Thành phố Hà Nội', 'thanh_pho_tw', 'Hà Nội'],
    ['Phường Phường Đúc', 'phuong', 'Phường Đúc'],
    ['Phường 1', 'phuong', 'Phường 1'],
    ['Thị trấn NT Liên Sơn', 'thi_tran', 'NT Liên Sơn'],
    ['Đặc khu Côn Đảo', 'dac_khu', 'Côn Đảo'],
    ['Xã Ba Chẽ', 'unknown_kind', 'Xã Ba Chẽ'],
  ])('%s (%s) → %s', (name, kind, expected) => {
    expect(shortUnitName(name, kind)).toBe(expected);
  });
});

describe('unit vocabulary', () => {
  it('every kind belongs to a known level', () => {
    const levels = new Set(UNIT_LEVELS.map((l) => l.code));
    for (const kind of UNIT_KINDS) expect(levels.has(kind.level)).toBe(true);
  });

  it.each([
    ['01', true],
    ['001', true],
    ['00001', true],
    ['0001', false],
    ['1', false],
    ['ab', false],
    ["01'; drop", false],
  ])('code %j valid: %s', (code, ok) => {
    expect(UNIT_CODE_PATTERN.test(code)).toBe(ok);
  });
});

describe('formatErrorMessage', () => {
  it('fills parameters in both languages', () => {
    expect(formatErrorMessage('PAGE_SIZE_TOO_LARGE', 'en', { max: 500, requested: 1000000 })).toBe(
      'A page holds at most 500 records (1000000 requested).',
    );
    expect(formatErrorMessage('PAGE_SIZE_TOO_LARGE', 'vi', { max: 500, requested: 7 })).toContain('tối đa 500');
  });
});
