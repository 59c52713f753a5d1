import { AutocompleteInput, ReferenceInput, TextInput, maxLength, required } from 'react-admin';
import { AwardTypeCodeInput } from '../award-authority-rule/AwardTypeCodeInput';
import { LocalDateInput } from '../../fields/LocalDateInput';
import { FormRow, Wide } from '../../layout/FormRow';

/** The award, from the catalogue (highest rank first), those for the subjects' kinds when known. */
export function AwardTypeInput({ subjectKinds }: { subjectKinds?: readonly string[] }) {
  return (
    <AwardTypeCodeInput
      source="awardTypeCode"
      label="resources.AwardDecision.fields.awardTypeCode"
      filterTypes={subjectKinds?.length ? (t) => subjectKinds.every((k) => t.subjectKinds.includes(k)) : undefined}
      validate={required()}
      fullWidth
    />
  );
}

/** What every decision states: number, date, signer, issuing organization, award, occasion, author. */
export function DecisionHeaderInputs({ subjectKinds }: { subjectKinds?: readonly string[] }) {
  return (
    <>
      <FormRow>
        <TextInput source="number" label="resources.AwardDecision.fields.number" validate={[required(), maxLength(100)]} />
        <LocalDateInput source="decidedOn" label="resources.AwardDecision.fields.decidedOn" validate={required()} />
        <TextInput source="signerTitle" label="resources.AwardDecision.fields.signerTitle" validate={maxLength(200)} />
        <TextInput source="signerName" label="resources.AwardDecision.fields.signerName" validate={maxLength(200)} />
      </FormRow>
      <FormRow>
        <Wide>
          <ReferenceInput source="issuingOrganizationId" reference="Organization" sort={{ field: 'name', order: 'ASC' }}>
            <AutocompleteInput label="resources.AwardDecision.fields.issuingOrganizationId" optionText="name" filterToQuery={(q: string) => ({ q })} validate={required()} />
          </ReferenceInput>
        </Wide>
        <Wide>
          <AwardTypeInput subjectKinds={subjectKinds} />
        </Wide>
      </FormRow>
      <FormRow>
        <Wide>
          <TextInput source="occasion" label="resources.AwardDecision.fields.occasion" validate={maxLength(500)} />
        </Wide>
        <TextInput source="author" label="resources.AwardDecision.fields.author" validate={[required(), maxLength(200)]} />
      </FormRow>
    </>
  );
}
