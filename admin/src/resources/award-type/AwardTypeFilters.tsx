import { NullableBooleanInput, SearchInput, SelectInput } from 'react-admin';
import { vocabularyChoices } from '../../i18n/vocabulary';

export const awardTypeFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="category" source="category" alwaysOn choices={vocabularyChoices('awardCategory')} />,
  <SelectInput key="level" source="level" alwaysOn choices={vocabularyChoices('awardLevel')} />,
  <NullableBooleanInput key="periodic" source="periodic" />,
];
