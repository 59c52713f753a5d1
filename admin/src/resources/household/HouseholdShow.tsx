import { Box, Stack } from '@mui/material';
import {
  Datagrid,
  DeleteButton,
  Labeled,
  ReferenceField,
  ReferenceManyField,
  Show,
  TextField,
  useRecordContext,
} from 'react-admin';
import { DateTimeField } from '../../fields/LocalDateField';
import { EmptyNote, Section } from '../../layout/Section';
import {
  AddFacts,
  AttestationCreate,
  AttestationList,
  AwardRecordCreate,
  AwardRecordList,
  CulturalTitleCreate,
  CulturalTitleList,
  HouseholdMemberCreate,
  YearlyMetricCreate,
  YearlyMetricList,
  type Subject,
} from '../achievement';
import { HistoryTabs } from '../../history/RecordHistory';

function HouseholdMembers() {
  return (
    <Section title="exemplar.household.section.members" testId="household-members">
      <ReferenceManyField reference="HouseholdMember" target="householdId" sort={{ field: 'id', order: 'ASC' }} perPage={100} empty={<EmptyNote message="exemplar.household.no_members" />}>
        <Datagrid bulkActionButtons={false}>
          <ReferenceField source="personId" reference="Person" link="show" sortable={false} />
          <TextField source="relation" sortable={false} emptyText="—" />
          <DeleteButton redirect={false} mutationMode="pessimistic" />
        </Datagrid>
      </ReferenceManyField>
    </Section>
  );
}

function HouseholdRecord() {
  const record = useRecordContext();
  if (!record) return null;
  const subject: Subject = { kind: 'HO_GIA_DINH', id: record.id };
  return (
    <>
      <HouseholdMembers />
      <Section title="exemplar.household.section.metrics" testId="household-metrics">
        <YearlyMetricList subject={subject} />
      </Section>
      <Section title="exemplar.household.section.cultural_titles" testId="household-cultural-titles">
        <CulturalTitleList subject={subject} />
      </Section>
      <Section title="exemplar.household.section.awards" testId="household-awards">
        <AwardRecordList subject={subject} />
      </Section>
      <Section title="exemplar.facts.part.attestations" testId="household-attestations">
        <AttestationList subject={subject} />
      </Section>
      <AddFacts
        tabs={[
          { resource: 'HouseholdMember', form: <HouseholdMemberCreate householdId={record.id} /> },
          { resource: 'YearlyMetric', form: <YearlyMetricCreate subject={subject} /> },
          { resource: 'CulturalTitle', form: <CulturalTitleCreate subject={subject} /> },
          { resource: 'AwardRecord', form: <AwardRecordCreate subject={subject} /> },
          { resource: 'Attestation', form: <AttestationCreate subject={subject} /> },
        ]}
      />
    </>
  );
}

export function HouseholdShow() {
  return (
    <Show>
      <Box sx={{ p: 2 }}>
        <Stack direction="row" sx={{ flexWrap: 'wrap', columnGap: 4, rowGap: 2 }}>
          <Labeled>
            <TextField source="name" />
          </Labeled>
          <Labeled>
            <ReferenceField source="headPersonId" reference="Person" link="show" emptyText="—" />
          </Labeled>
          <Labeled>
            <ReferenceField source="unitId" reference="AdministrativeUnit" link="show" />
          </Labeled>
          <Labeled>
            <TextField source="version" />
          </Labeled>
          <Labeled>
            <DateTimeField source="updatedAt" />
          </Labeled>
        </Stack>
      </Box>
      <HistoryTabs table="household">
        <HouseholdRecord />
      </HistoryTabs>
    </Show>
  );
}
