import { ArrayInput, SelectInput, SimpleFormIterator, TextInput, useTranslate, type Validator } from 'react-admin';
import { Box, Typography } from '@mui/material';
import { FormRow, Wide } from '../../layout/FormRow';
import { Section } from '../../layout/Section';
import { vocabularyChoices } from '../../i18n/vocabulary';
import { SUMMARY_LIST_FIELDS } from './summary';

const L = (field: string) => `exemplar.nomination.summary.${field}`;

const birthYear: Validator = (value: unknown) => (value == null || value === '' || /^\d{4}$/.test(String(value).trim()) ? undefined : 'ra.validation.number');
const link: Validator = (value: unknown) => (value == null || value === '' || /^https?:\/\//.test(String(value).trim()) ? undefined : 'exemplar.nomination.attachment.url_format');

/** The trích ngang's inputs, under `summary.` (its lists as rows of one line each). */
export function SummaryInputs() {
  return (
    <Section title="exemplar.nomination.section.summary" testId="nomination-summary-inputs">
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {/* A hint, not a rule: a draft may be saved incomplete; submitting checks. */}
        <SummaryHelp />
      </Typography>
      <FormRow>
        <Wide>
          <TextInput source="summary.name" label={L('name')} fullWidth />
        </Wide>
        <TextInput source="summary.birthYear" label={L('birthYear')} validate={birthYear} />
        <SelectInput source="summary.gender" label={L('gender')} choices={vocabularyChoices('gender')} emptyText="—" />
        <Wide>
          <TextInput source="summary.unit" label={L('unit')} fullWidth />
        </Wide>
        <TextInput source="summary.role" label={L('role')} />
        <TextInput source="summary.field" label={L('field')} />
      </FormRow>
      <TextInput source="summary.achievements" label={L('achievements')} multiline minRows={4} fullWidth />
      <TextInput source="summary.note" label={L('note')} multiline fullWidth />
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(320px, 1fr))', columnGap: 3 }}>
        {SUMMARY_LIST_FIELDS.map((list) => (
          <Box key={list} data-testid={`summary-list-${list}`}>
            <ArrayInput source={`summary.${list}`} label={L(list)}>
              <SimpleFormIterator inline disableReordering>
                <TextInput source="text" label={L('line')} sx={{ minWidth: 260 }} />
              </SimpleFormIterator>
            </ArrayInput>
          </Box>
        ))}
      </Box>
    </Section>
  );
}

function SummaryHelp() {
  const translate = useTranslate();
  return <>{translate('exemplar.nomination.summary.required_help')}</>;
}

/** Hồ sơ kèm theo: each document's title and, when it is online, its link. */
export function AttachmentInputs() {
  return (
    <Section title="exemplar.nomination.section.attachments" testId="nomination-attachment-inputs">
      <ArrayInput source="attachments" label={false}>
        <SimpleFormIterator inline disableReordering>
          <TextInput source="title" label="exemplar.nomination.attachment.title" sx={{ minWidth: 320 }} />
          <TextInput source="url" label="exemplar.nomination.attachment.url" validate={link} sx={{ minWidth: 320 }} />
        </SimpleFormIterator>
      </ArrayInput>
    </Section>
  );
}
