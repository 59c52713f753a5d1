import { BooleanField, Datagrid, FunctionField, List, TextField, useLocaleState, type RaRecord } from 'react-admin';
import { localName } from '../../data/catalogue';
import { CodeField } from '../../fields/CodeField';
import { SubjectKindsField } from '../../fields/CatalogueFields';
import { awardTypeFilters } from './AwardTypeFilters';

/** The Law's titles and forms, most prestigious first (rank DESC, the server's default). */
export function AwardTypeList() {
  const [locale] = useLocaleState();
  return (
    <List filters={awardTypeFilters} sort={{ field: 'rank', order: 'DESC' }} perPage={25} exporter={false}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="rank" />
        <FunctionField source="nameVi" label="resources.AwardType.fields.name" render={(record: RaRecord) => localName(record, locale)} />
        <TextField source="code" />
        <CodeField source="category" vocabulary="awardCategory" sortBy="category" />
        <CodeField source="level" vocabulary="awardLevel" sortBy="level" />
        <SubjectKindsField source="subjectKinds" sortable={false} />
        <BooleanField source="periodic" sortable={false} />
      </Datagrid>
    </List>
  );
}
