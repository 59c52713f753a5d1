import { Box, Stack } from '@mui/material';
import { Labeled, ReferenceField, SelectField, Show, TextField, useRecordContext } from 'react-admin';
import { CodeField } from '../../fields/CodeField';
import { DateTimeField } from '../../fields/LocalDateField';
import { vocabularyChoices } from '../../i18n/vocabulary';
import { Section, SubSection } from '../../layout/Section';
import { AddFacts, AnnualRatingCreate, AttestationCreate, AttestationList, AwardRecordCreate, DisciplineCreate, InitiativeCreate, PositionCreate, type Subject } from '../achievement';
import { PersonSuggestions } from './PersonSuggestions';
import { PersonTimeline } from './PersonTimeline';
import { HistoryTabs } from '../../history/RecordHistory';

function PersonRecord() {
  const record = useRecordContext();
  if (!record) return null;
  const subject: Subject = { kind: 'CA_NHAN', id: record.id };
  return (
    <>
      <Section title="exemplar.person.section.timeline" testId="person-record">
        <PersonTimeline personId={record.id} />
        <SubSection title="exemplar.facts.part.attestations" testId="person-attestations">
          <AttestationList subject={subject} />
        </SubSection>
      </Section>
      <PersonSuggestions personId={record.id} />
      <AddFacts
        tabs={[
          { resource: 'AwardRecord', form: <AwardRecordCreate subject={subject} /> },
          { resource: 'AnnualRating', form: <AnnualRatingCreate subject={subject} /> },
          { resource: 'Initiative', form: <InitiativeCreate subject={subject} /> },
          { resource: 'Discipline', form: <DisciplineCreate subject={subject} /> },
          { resource: 'Position', form: <PositionCreate personId={record.id} /> },
          { resource: 'Attestation', form: <AttestationCreate subject={subject} /> },
        ]}
      />
    </>
  );
}

export function PersonShow() {
  return (
    <Show>
      <Box sx={{ p: 2 }}>
        <Stack direction="row" sx={{ flexWrap: 'wrap', columnGap: 4, rowGap: 2 }}>
          <Labeled>
            <TextField source="fullName" />
          </Labeled>
          <Labeled>
            <TextField source="birthYear" emptyText="—" />
          </Labeled>
          <Labeled>
            <SelectField source="gender" choices={vocabularyChoices('gender')} emptyText="—" />
          </Labeled>
          <Labeled>
            <TextField source="ethnicity" emptyText="—" />
          </Labeled>
          <Labeled>
            <CodeField source="staffCategory" vocabulary="staffCategory" emptyText="—" />
          </Labeled>
          <Labeled>
            <ReferenceField source="unitId" reference="AdministrativeUnit" link="show" emptyText="—" />
          </Labeled>
          <Labeled>
            <TextField source="version" />
          </Labeled>
          <Labeled>
            <DateTimeField source="updatedAt" />
          </Labeled>
        </Stack>
      </Box>
      <HistoryTabs table="person">
        <PersonRecord />
      </HistoryTabs>
    </Show>
  );
}
