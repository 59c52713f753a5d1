import { SearchInput, SelectInput } from 'react-admin';
import { vocabularyChoices } from '../../i18n/vocabulary';

export const personFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="gender" source="gender" alwaysOn choices={vocabularyChoices('gender')} />,
  <SelectInput key="staffCategory" source="staffCategory" alwaysOn choices={vocabularyChoices('staffCategory')} sx={{ minWidth: 220 }} />,
];
