import { useState } from 'react';
import {
  AutocompleteInput,
  BooleanInput,
  NullableBooleanInput,
  NumberInput,
  ReferenceInput,
  required,
  ResourceContextProvider,
  SaveButton,
  SelectInput,
  SimpleForm,
  TextInput,
  Toolbar,
  maxLength,
  maxValue,
  minValue,
  useDataProvider,
  useLocaleState,
  useNotify,
  type RaRecord,
} from 'react-admin';
import { localName, matchesWords, useActivityFields } from '../../data/catalogue';
import { vocabularyChoices } from '../../i18n/vocabulary';
import { AwardTypeCodeInput } from '../award-authority-rule/AwardTypeCodeInput';
import { LocalDateInput } from '../../fields/LocalDateInput';
import { todayLocalDate } from '../../fields/format';
import { DEFAULT_ATTESTED_BY } from '../../eligibility/attestations';
import { FormRow, Wide } from '../../layout/FormRow';
import { FactCreate } from './FactCreate';
import { subjectFilter, type Subject } from './subject';

const YEAR = [required(), minValue(1945), maxValue(2100)];

function OrganizationInput({ source, validate }: { source: string; validate?: ReturnType<typeof required> }) {
  return (
    <Wide>
      <ReferenceInput source={source} reference="Organization" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} validate={validate} />
      </ReferenceInput>
    </Wide>
  );
}

/** An award or title received; the same achievement rewarded twice is refused (DUPLICATE_ACHIEVEMENT). */
export function AwardRecordCreate({ subject }: { subject: Subject }) {
  return (
    <FactCreate resource="AwardRecord" defaults={subjectFilter(subject)} testId="add-AwardRecord">
      <FormRow>
        <Wide>
          <AwardTypeCodeInput
            source="awardTypeCode"
            validate={required()}
            filterTypes={(type) => type.subjectKinds.includes(subject.kind) && type.category !== 'DANH_HIEU_VAN_HOA'}
          />
        </Wide>
        <NumberInput source="year" validate={YEAR} helperText="exemplar.facts.year_help" />
      </FormRow>
      <FormRow>
        <TextInput source="decisionNumber" />
        <LocalDateInput source="decisionDate" />
        <OrganizationInput source="issuerOrganizationId" />
      </FormRow>
      <FormRow>
        <SelectInput source="issuerLevel" choices={vocabularyChoices('awardLevel')} />
        <SelectInput source="issuerRole" choices={vocabularyChoices('authorityRole')} />
      </FormRow>
      <FormRow>
        <Wide>
          <TextInput source="achievementKey" validate={required()} helperText="exemplar.facts.achievement_key_help" />
        </Wide>
        <TextInput source="occasion" />
      </FormRow>
    </FactCreate>
  );
}

export function AnnualRatingCreate({ subject }: { subject: Subject }) {
  return (
    <FactCreate resource="AnnualRating" defaults={subjectFilter(subject)} testId="add-AnnualRating">
      <FormRow>
        <NumberInput source="year" validate={YEAR} />
        <SelectInput source="level" choices={vocabularyChoices('ratingLevel')} validate={required()} />
      </FormRow>
    </FactCreate>
  );
}

export function DisciplineCreate({ subject }: { subject: Subject }) {
  return (
    <FactCreate resource="Discipline" defaults={subjectFilter(subject)} testId="add-Discipline">
      <FormRow>
        <SelectInput source="form" choices={vocabularyChoices('disciplineForm')} validate={required()} />
        <LocalDateInput source="decidedOn" validate={required()} />
        <LocalDateInput source="effectiveTo" />
      </FormRow>
    </FactCreate>
  );
}

/** A role the person held in an organization (Position belongs to a person, by personId). */
export function PositionCreate({ personId }: { personId: Subject['id'] }) {
  return (
    <FactCreate resource="Position" defaults={{ personId: String(personId) }} testId="add-Position">
      <FormRow>
        <OrganizationInput source="organizationId" validate={required()} />
        <SelectInput source="roleCode" choices={vocabularyChoices('roleCode')} validate={required()} />
      </FormRow>
      <FormRow>
        <LocalDateInput source="fromDate" />
        <LocalDateInput source="toDate" />
      </FormRow>
    </FactCreate>
  );
}

/** Cultural titles are the catalogue's DANH_HIEU_VAN_HOA types meant for this kind of subject. */
export function CulturalTitleCreate({ subject }: { subject: Subject }) {
  return (
    <FactCreate resource="CulturalTitle" defaults={subjectFilter(subject)} testId="add-CulturalTitle">
      <FormRow>
        <AwardTypeCodeInput
          source="code"
          validate={required()}
          filterTypes={(type) => type.category === 'DANH_HIEU_VAN_HOA' && type.subjectKinds.includes(subject.kind)}
        />
        <NumberInput source="year" validate={YEAR} />
      </FormRow>
    </FactCreate>
  );
}

export function SubjectFlagCreate({ subject }: { subject: Subject }) {
  return (
    <FactCreate resource="SubjectFlag" defaults={{ ...subjectFilter(subject), value: true }} testId="add-SubjectFlag">
      <FormRow>
        <SelectInput source="code" choices={vocabularyChoices('flagCode')} validate={required()} />
        <NumberInput source="year" validate={[minValue(1945), maxValue(2100)]} helperText="exemplar.facts.flag_year_help" />
        <BooleanInput source="value" />
      </FormRow>
    </FactCreate>
  );
}

export function YearlyMetricCreate({ subject }: { subject: Subject }) {
  return (
    <FactCreate resource="YearlyMetric" defaults={subjectFilter(subject)} testId="add-YearlyMetric">
      <FormRow>
        <SelectInput source="code" choices={vocabularyChoices('metricCode')} validate={required()} />
        <NumberInput source="year" validate={YEAR} />
        <NumberInput source="value" validate={required()} helperText="exemplar.facts.metric_value_help" />
      </FormRow>
    </FactCreate>
  );
}

/**
 * A reviewer's verdict on a qualitative criterion (an `attest` rule of a criteria set, by its key):
 * by default passed, by the emulation and commendation council, today.
 */
export function AttestationCreate({ subject }: { subject: Subject }) {
  return (
    <FactCreate
      resource="Attestation"
      defaults={{ ...subjectFilter(subject), verdict: 'PASS', attestedBy: DEFAULT_ATTESTED_BY, attestedOn: todayLocalDate() }}
      testId="add-Attestation"
    >
      <FormRow>
        <Wide>
          <TextInput source="criterionKey" validate={[required(), maxLength(120)]} helperText="exemplar.facts.criterion_key_help" />
        </Wide>
        <SelectInput source="verdict" choices={vocabularyChoices('verdict')} validate={required()} />
      </FormRow>
      <FormRow>
        <Wide>
          <TextInput source="attestedBy" validate={[required(), maxLength(200)]} />
        </Wide>
        <LocalDateInput source="attestedOn" validate={required()} />
      </FormRow>
      <TextInput source="note" multiline minRows={2} validate={maxLength(4000)} />
    </FactCreate>
  );
}

/** A person added to the household. */
export function HouseholdMemberCreate({ householdId }: { householdId: Subject['id'] }) {
  return (
    <FactCreate resource="HouseholdMember" defaults={{ householdId: String(householdId) }} testId="add-HouseholdMember">
      <FormRow>
        <ReferenceInput source="personId" reference="Person" sort={{ field: 'fullName', order: 'ASC' }}>
          <AutocompleteInput optionText="fullName" filterToQuery={(q: string) => ({ q })} validate={required()} />
        </ReferenceInput>
        <TextInput source="relation" helperText="exemplar.household.relation_help" />
      </FormRow>
    </FactCreate>
  );
}

/**
 * An initiative and its authorship: two records (Initiative, then InitiativeAuthor for this subject).
 * If the authorship is refused, the initiative just written is deleted again.
 */
export function InitiativeCreate({ subject }: { subject: Subject }) {
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const { fields } = useActivityFields();
  const [generation, setGeneration] = useState(0);

  const save = async (values: Record<string, unknown>) => {
    let initiative: RaRecord | null = null;
    try {
      ({ data: initiative } = await dataProvider.create('Initiative', { data: values }));
      await dataProvider.create('InitiativeAuthor', { data: { ...subjectFilter(subject), initiativeId: initiative.id } });
      notify('ra.notification.created', { type: 'info', messageArgs: { smart_count: 1 } });
      setGeneration((n) => n + 1);
    } catch (error) {
      if (initiative) await dataProvider.delete('Initiative', { id: initiative.id, previousData: initiative }).catch(() => undefined);
      const message = error instanceof Error ? error.message : 'ra.notification.http_error';
      notify(message, { type: 'error', messageArgs: { _: message } });
    }
  };

  return (
    <ResourceContextProvider value="Initiative">
      <div data-testid="add-Initiative">
        <SimpleForm
          key={generation}
          record={{ kind: 'SANG_KIEN' }}
          onSubmit={save}
          toolbar={
            <Toolbar sx={{ px: 0, minHeight: 0, bgcolor: 'transparent' }}>
              <SaveButton label="exemplar.facts.add" />
            </Toolbar>
          }
          sx={{ p: 0 }}
        >
          <FormRow>
            <SelectInput source="kind" choices={vocabularyChoices('initiativeKind')} validate={required()} />
            <Wide>
              <TextInput source="title" validate={required()} />
            </Wide>
          </FormRow>
          <FormRow>
            <SelectInput source="recognitionLevel" choices={vocabularyChoices('awardLevel')} />
            <OrganizationInput source="recognizedByOrganizationId" />
          </FormRow>
          <FormRow>
            <TextInput source="decisionNumber" />
            <LocalDateInput source="recognizedOn" />
            <NullableBooleanInput source="applied" />
            <AutocompleteInput
              source="fieldCode"
              choices={fields}
              optionValue="code"
              optionText={(record: RaRecord) => localName(record, locale)}
              inputText={(record: RaRecord) => localName(record, locale)}
              matchSuggestion={(typed: string, choice: RaRecord) => matchesWords(typed, choice.nameVi, choice.nameEn)}
             
            />
          </FormRow>
        </SimpleForm>
      </div>
    </ResourceContextProvider>
  );
}
