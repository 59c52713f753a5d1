import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { localName, useAwardTypes } from '../../data/catalogue';
import { vocabularyKey } from '../../i18n/vocabulary';

/** "Thẩm quyền khen thưởng: Huân chương Sao vàng — Chủ tịch nước" rather than two codes. */
export function RuleTitle() {
  const record = useRecordContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { byCode } = useAwardTypes();
  if (!record) return null;
  const awardType = localName(byCode.get(String(record.awardTypeCode)), locale) || String(record.awardTypeCode);
  const role = translate(vocabularyKey('authorityRole', String(record.authorityRole)), { _: String(record.authorityRole) });
  return (
    <span>
      {translate('exemplar.authorityRule.title', { awardType, role })}
    </span>
  );
}
