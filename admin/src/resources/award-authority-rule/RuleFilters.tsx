import { SelectInput } from 'react-admin';
import { vocabularyChoices } from '../../i18n/vocabulary';
import { AwardTypeCodeInput } from './AwardTypeCodeInput';

export const ruleFilters = [
  <AwardTypeCodeInput key="awardTypeCode" source="awardTypeCode" alwaysOn sx={{ minWidth: 360 }} />,
  <SelectInput key="authorityLevel" source="authorityLevel" alwaysOn choices={vocabularyChoices('awardLevel')} />,
  <SelectInput key="authorityRole" source="authorityRole" alwaysOn choices={vocabularyChoices('authorityRole')} sx={{ minWidth: 260 }} />,
];
