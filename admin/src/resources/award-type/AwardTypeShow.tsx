import { Box, Stack } from '@mui/material';
import {
  BooleanField,
  CreateButton,
  Datagrid,
  FunctionField,
  Labeled,
  ReferenceManyField,
  Show,
  TextField,
  useLocaleState,
  useRecordContext,
  type RaRecord,
} from 'react-admin';
import { localName } from '../../data/catalogue';
import { CodeField } from '../../fields/CodeField';
import { SubjectKindsField } from '../../fields/CatalogueFields';
import { ValidityField } from '../../fields/ValidityField';
import { EmptyNote, Section } from '../../layout/Section';

/** Who may confer this award type, and over which period (the rules are dated: the law changed). */
function AuthorityRules() {
  const record = useRecordContext();
  return (
    <Section title="exemplar.awardType.section.authority" testId="award-type-authority">
      <ReferenceManyField
        reference="AwardAuthorityRule"
        target="awardTypeCode"
        source="code"
        sort={{ field: 'validFrom', order: 'ASC' }}
        perPage={100}
        empty={<EmptyNote message="exemplar.awardType.no_authority" />}
      >
        <Datagrid bulkActionButtons={false}>
          <CodeField source="authorityRole" vocabulary="authorityRole" sortable={false} />
          <CodeField source="authorityLevel" vocabulary="awardLevel" sortBy="authorityLevel" />
          <ValidityField source="validFrom" sortBy="validFrom" label="resources.AwardAuthorityRule.fields.validity" />
          <TextField source="legalBasis" sortable={false} emptyText="—" />
        </Datagrid>
      </ReferenceManyField>
      {record ? (
        <Box sx={{ mt: 1 }}>
          <CreateButton resource="AwardAuthorityRule" state={{ record: { awardTypeCode: record.code } }} label="exemplar.awardType.add_authority" />
        </Box>
      ) : null}
    </Section>
  );
}

export function AwardTypeShow() {
  const [locale] = useLocaleState();
  return (
    <Show>
      <Box sx={{ p: 2 }}>
        <Stack direction="row" sx={{ flexWrap: 'wrap', columnGap: 4, rowGap: 2 }}>
          <Labeled label="resources.AwardType.fields.name">
            <FunctionField render={(record: RaRecord) => localName(record, locale)} />
          </Labeled>
          <Labeled>
            <TextField source="code" />
          </Labeled>
          <Labeled>
            <CodeField source="category" vocabulary="awardCategory" />
          </Labeled>
          <Labeled>
            <CodeField source="level" vocabulary="awardLevel" />
          </Labeled>
          <Labeled>
            <TextField source="rank" />
          </Labeled>
          <Labeled>
            <BooleanField source="periodic" />
          </Labeled>
          <Labeled>
            <SubjectKindsField source="subjectKinds" />
          </Labeled>
        </Stack>
        <Stack direction="row" sx={{ flexWrap: 'wrap', columnGap: 4, rowGap: 2, mt: 2 }}>
          <Labeled>
            <TextField source="nameVi" />
          </Labeled>
          <Labeled>
            <TextField source="nameEn" />
          </Labeled>
          <Labeled>
            <TextField source="legalBasis" emptyText="—" />
          </Labeled>
        </Stack>
        <Labeled sx={{ mt: 2 }}>
          <TextField source="note" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
        </Labeled>
      </Box>
      <AuthorityRules />
    </Show>
  );
}
