import { Box, Stack } from '@mui/material';
import { Labeled, ReferenceField, SelectField, Show, TextField } from 'react-admin';
import { AncestorsBreadcrumb } from '../../fields/AncestorsBreadcrumb';
import { ValidityField } from '../../fields/ValidityField';
import { vocabularyChoices } from '../../i18n/vocabulary';
import { UnitChildren, UnitOrganizations, UnitPredecessors, UnitSuccessors, UnitToday } from './UnitRelations';

/** One unit and its place in the tree: ancestors, children, the official mapping, organizations. */
export function UnitShow() {
  return (
    <Show>
      <Box sx={{ p: 2 }}>
        <AncestorsBreadcrumb />
        <Stack direction="row" sx={{ flexWrap: 'wrap', columnGap: 4, rowGap: 2 }}>
          <Labeled>
            <TextField source="code" />
          </Labeled>
          <Labeled>
            <TextField source="name" />
          </Labeled>
          <Labeled>
            <TextField source="shortName" />
          </Labeled>
          <Labeled>
            <SelectField source="kind" choices={vocabularyChoices('unitKind')} />
          </Labeled>
          <Labeled>
            <SelectField source="level" choices={vocabularyChoices('unitLevel')} />
          </Labeled>
          <Labeled>
            <ReferenceField source="parentId" reference="AdministrativeUnit" link="show" emptyText="—" />
          </Labeled>
          <Labeled label="resources.AdministrativeUnit.fields.validity">
            <ValidityField />
          </Labeled>
          <Labeled>
            <TextField source="dataset" />
          </Labeled>
        </Stack>
      </Box>
      <UnitToday />
      <UnitSuccessors />
      <UnitPredecessors />
      <UnitChildren />
      <UnitOrganizations />
    </Show>
  );
}
