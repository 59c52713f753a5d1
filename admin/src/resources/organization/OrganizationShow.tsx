import { Box, Stack } from '@mui/material';
import {
  ArrayField,
  BooleanField,
  Datagrid,
  Labeled,
  Pagination,
  ReferenceField,
  ReferenceManyField,
  SelectField,
  Show,
  TextField,
} from 'react-admin';
import { AncestorsBreadcrumb } from '../../fields/AncestorsBreadcrumb';
import { DateTimeField } from '../../fields/LocalDateField';
import { ValidityField } from '../../fields/ValidityField';
import { vocabularyChoices } from '../../i18n/vocabulary';
import { EmptyNote, Section } from '../../layout/Section';
import { OrganizationAchievements } from './OrganizationAchievements';
import { HistoryTabs } from '../../history/RecordHistory';

function RelatedOrganizations({ source, title, empty }: { source: 'successors' | 'predecessors'; title: string; empty: string }) {
  return (
    <Section title={title} testId={`organization-${source}`}>
      <ArrayField source={source}>
        <Datagrid rowClick="show" bulkActionButtons={false} empty={<EmptyNote message={empty} />}>
          <TextField source="code" />
          <TextField source="name" />
          <ValidityField source="validFrom" label="resources.Organization.fields.validity" sortable={false} />
        </Datagrid>
      </ArrayField>
    </Section>
  );
}

export function OrganizationShow() {
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
            <TextField source="shortName" emptyText="—" />
          </Labeled>
          <Labeled>
            <SelectField source="kind" choices={vocabularyChoices('organizationKind')} />
          </Labeled>
          <Labeled>
            <SelectField source="sector" choices={vocabularyChoices('sector')} emptyText="—" />
          </Labeled>
          <Labeled>
            <ReferenceField source="parentId" reference="Organization" link="show" emptyText="—" />
          </Labeled>
          <Labeled>
            <ReferenceField source="unitId" reference="AdministrativeUnit" link="show" emptyText="—" />
          </Labeled>
          <Labeled label="resources.Organization.fields.validity">
            <ValidityField />
          </Labeled>
          <Labeled>
            <BooleanField source="isReference" />
          </Labeled>
          <Labeled>
            <TextField source="version" />
          </Labeled>
          <Labeled>
            <DateTimeField source="updatedAt" />
          </Labeled>
        </Stack>
        <Labeled sx={{ mt: 2 }}>
          <TextField source="note" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
        </Labeled>
      </Box>
      <HistoryTabs table="organization">
        <Section title="exemplar.organization.section.children" testId="organization-children">
          <ReferenceManyField
            reference="Organization"
            target="parentId"
            sort={{ field: 'code', order: 'ASC' }}
            perPage={25}
            pagination={<Pagination rowsPerPageOptions={[25, 50, 100]} />}
            empty={<EmptyNote message="exemplar.organization.no_children" />}
          >
            <Datagrid rowClick="show" bulkActionButtons={false}>
              <TextField source="code" />
              <TextField source="name" />
              <SelectField source="kind" choices={vocabularyChoices('organizationKind')} />
              <ReferenceField source="unitId" reference="AdministrativeUnit" link="show" sortable={false} emptyText="—" />
            </Datagrid>
          </ReferenceManyField>
        </Section>
        <RelatedOrganizations source="successors" title="exemplar.organization.section.successors" empty="exemplar.organization.no_successors" />
        <RelatedOrganizations source="predecessors" title="exemplar.organization.section.predecessors" empty="exemplar.organization.no_predecessors" />
        <OrganizationAchievements />
      </HistoryTabs>
    </Show>
  );
}
