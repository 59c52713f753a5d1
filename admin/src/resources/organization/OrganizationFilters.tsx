import { AutocompleteInput, DateInput, ReferenceInput, SearchInput, SelectInput } from 'react-admin';
import { vocabularyChoices } from '../../i18n/vocabulary';
import { useUnitOptionText } from '../administrative-unit/unitOptionText';

function UnitAncestorInput({ source }: { source: string; alwaysOn?: boolean }) {
  const optionText = useUnitOptionText();
  return (
    <ReferenceInput source={source} reference="AdministrativeUnit" filter={{ allTime: true }} sort={{ field: 'code', order: 'ASC' }}>
      <AutocompleteInput optionText={optionText} filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 280 }} />
    </ReferenceInput>
  );
}

export const organizationFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" alwaysOn choices={vocabularyChoices('organizationKind')} />,
  <SelectInput key="sector" source="sector" alwaysOn choices={vocabularyChoices('sector')} />,
  <DateInput key="validOn" source="validOn" alwaysOn />,
  <UnitAncestorInput key="unitAncestorId" source="unitAncestorId" />,
];
