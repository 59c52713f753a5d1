import { AutocompleteInput, Edit, ReferenceInput, SimpleForm, type RaRecord } from 'react-admin';
import { Section } from '../../layout/Section';
import { AttachmentInputs, SummaryInputs } from './SummaryInputs';
import { attachmentsFromForm, summaryFromForm, summaryToForm, type NominationFormValues } from './summary';
import type { NominationRecord } from './types';

/** updateNomination takes the form, the attachments and the receiving council (drafts and returned nominations only). */
const transform = (values: RaRecord) => ({
  id: values.id,
  version: values.version,
  councilOrganizationId: values.councilOrganizationId ?? null,
  summary: summaryFromForm((values as NominationFormValues).summary),
  attachments: attachmentsFromForm((values as NominationFormValues).attachments),
});

/** The form as stored, its lists as rows the inputs edit. */
const toForm = (record: NominationRecord) => ({ ...record, summary: summaryToForm(record.summary), attachments: record.attachments ?? [] });

export function NominationEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show" transform={transform} queryOptions={{ select: (record: NominationRecord) => toForm(record) as unknown as NominationRecord }}>
      <SimpleForm sx={{ maxWidth: 1000 }}>
        <Section title="exemplar.nomination.section.request">
          <ReferenceInput source="councilOrganizationId" reference="Organization" sort={{ field: 'name', order: 'ASC' }}>
            <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} fullWidth />
          </ReferenceInput>
        </Section>
        <SummaryInputs />
        <AttachmentInputs />
      </SimpleForm>
    </Edit>
  );
}
