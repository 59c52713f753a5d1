/**
 * Vietnamese text rules shared by the API (stored search keys, input checks) and the console.
 * Folding must be identical on both sides, so it lives here once.
 */

/** Stored and compared text is NFC: "Hà Nội" typed in NFD must equal the stored name. */
export function toNfc(value: string): string {
  return value.normalize('NFC');
}

/**
 * Folds a string for diacritic-insensitive search: NFD, combining marks removed, đ/Đ → d,
 * lower case, punctuation kept, whitespace collapsed. NFD stripping alone leaves `đ` intact.
 */
export function foldVietnamese(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export type TextProblem = 'NUL' | 'ILL_FORMED' | 'TOO_LONG';

/** Finds what makes a string unstorable: NUL (PostgreSQL refuses it) or a lone surrogate. */
export function textProblem(value: string, maxLength = 10_000): TextProblem | null {
  if (value.includes('\u0000')) return 'NUL';
  if (!isWellFormed(value)) return 'ILL_FORMED';
  if (value.length > maxLength) return 'TOO_LONG';
  return null;
}

function isWellFormed(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      return false;
    }
  }
  return true;
}
