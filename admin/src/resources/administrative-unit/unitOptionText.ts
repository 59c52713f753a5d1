import { useCallback } from 'react';
import { useLocaleState, useTranslate, type RaRecord } from 'react-admin';
import { formatLocalDate } from '../../fields/format';

/**
 * How a unit reads in a picker that spans both states of the country: "Huyện Ba Bể — Tỉnh Bắc Kạn
 * (Đến hết 30/06/2025)", so the 2024 and 2025 units of the same name can be told apart.
 */
export function useUnitOptionText() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return useCallback(
    (record: RaRecord | undefined) => {
      if (!record) return '';
      const parent = (record.parent as { name?: string } | undefined)?.name;
      const validTo = record.validTo as string | undefined;
      const ended = validTo ? ` (${translate('exemplar.validity.until', { to: formatLocalDate(validTo, locale) })})` : '';
      return `${record.name}${parent ? ` — ${parent}` : ''}${ended}`;
    },
    [translate, locale],
  );
}
