import { useEffect, useRef } from 'react';
import { useQuery } from '@apollo/client';
import {
  AutocompleteInput,
  Create,
  FormDataConsumer,
  NumberInput,
  RadioButtonGroupInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextInput,
  required,
  useTranslate,
} from 'react-admin';
import { FormRow, Wide } from '../../layout/FormRow';
import { Section } from '../../layout/Section';
import { monthChoices, quarterChoices } from '../plan/choices';
import { SUBJECT_RESOURCE } from '../exemplar/stages';
import { boundLabel } from '../compliance/format';
import { PLAN_QUOTA_RULES, QUOTA_NOMINATOR_IDS, type QuotaRuleOption } from './queries';
import { AttachmentInputs, SummaryInputs } from './SummaryInputs';
import { grainOf, nominationCreateInput, type NominationFormValues } from './summary';

const TARGETS = ['EXEMPLAR', 'CA_NHAN', 'TAP_THE', 'HO_GIA_DINH'] as const;
const targetChoices = TARGETS.map((t) => ({ id: t, name: `exemplar.nomination.targets.${t}` }));
const SUBJECT_TEXT: Record<string, string> = { Person: 'fullName', Organization: 'name', Household: 'name' };

/** The plan's quota rules (the nomination counts towards one), and the period at the chosen rule's grain. */
function QuotaAndPeriod({ planId, quotaRuleId, onGrain }: { planId?: string | null; quotaRuleId?: string | null; onGrain: (every: string | null) => void }) {
  const translate = useTranslate();
  const { data } = useQuery<{ Plan: { quotaRules: QuotaRuleOption[]; periodFrom: number; periodTo: number } | null }>(PLAN_QUOTA_RULES, { variables: { id: planId }, skip: !planId });
  const rules = data?.Plan?.quotaRules ?? [];
  const rule = rules.find((r) => r.id === quotaRuleId);
  const grain = grainOf(rule?.every);
  // The grain travels with the form, so the input sent has the period at it (and nothing finer).
  useEffect(() => {
    onGrain(rule?.every ?? null);
  }, [rule?.every, onGrain]);
  const choices = rules.map((r) => ({ id: r.id, name: `${r.key} — ${r.text.length > 110 ? `${r.text.slice(0, 109)}…` : r.text}` }));
  const help = rule
    ? translate('exemplar.nomination.quota_help', {
        count: boundLabel(rule.bound, rule.value),
        every: translate(`exemplar.plan.per_period.${rule.every}`, { _: rule.every }),
        per: translate(`exemplar.plan.per.${rule.per}`, { _: rule.per }),
      }) + (rule.nominatorsDescription ? ` · ${rule.nominatorsDescription}` : '')
    : planId
      ? ' '
      : translate('exemplar.nomination.pick_plan_first');
  return (
    <>
      <SelectInput source="quotaRuleId" choices={choices} translateChoice={false} emptyText="exemplar.nomination.no_quota" helperText={help} fullWidth disabled={!planId} />
      <FormRow min={160}>
        <NumberInput source="periodYear" validate={required()} min={data?.Plan?.periodFrom} max={data?.Plan?.periodTo} />
        {grain === 'QUARTER' ? <SelectInput source="periodQuarter" choices={quarterChoices} validate={required()} /> : null}
        {grain === 'MONTH' ? <SelectInput source="periodMonth" choices={monthChoices} validate={required()} /> : null}
      </FormRow>
    </>
  );
}

/**
 * The nominating organization: with a quota chosen, only the organizations it asks
 * (quotaNominatorIds); without one, or when the quota names none, any organization.
 */
function NominatorInput({ quotaRuleId }: { quotaRuleId?: string | null }) {
  const translate = useTranslate();
  const { data } = useQuery<{ quotaNominatorIds: string[] }>(QUOTA_NOMINATOR_IDS, { variables: { quotaRuleId }, skip: !quotaRuleId });
  const ids = quotaRuleId ? (data?.quotaNominatorIds ?? []) : [];
  return (
    <ReferenceInput key={ids.join(',')} source="nominatingOrganizationId" reference="Organization" sort={{ field: 'name', order: 'ASC' }} filter={ids.length ? { ids } : {}} perPage={ids.length ? Math.min(ids.length, 100) : 25}>
      <AutocompleteInput
        optionText="name"
        filterToQuery={(q: string) => ({ q })}
        validate={required()}
        helperText={ids.length ? translate('exemplar.nomination.nominators_help', { count: ids.length }) : undefined}
      />
    </ReferenceInput>
  );
}

/** An exemplar already recorded (of the plan, when one is chosen), or a person, collective or household. */
function TargetInput({ target = 'EXEMPLAR', planId }: { target?: NominationFormValues['target']; planId?: string | null }) {
  if (target === 'EXEMPLAR') {
    return (
      <ReferenceInput source="exemplarId" reference="Exemplar" filter={planId ? { planId } : {}} sort={{ field: 'modelName', order: 'ASC' }}>
        <AutocompleteInput optionText={(e: { id: string; displayName?: string | null; modelName?: string | null }) => e.displayName || e.modelName || `#${e.id}`} filterToQuery={(q: string) => ({ q })} fullWidth />
      </ReferenceInput>
    );
  }
  const resource = SUBJECT_RESOURCE[target];
  return (
    <ReferenceInput key={target} source="subjectId" reference={resource} sort={{ field: SUBJECT_TEXT[resource], order: 'ASC' }}>
      <AutocompleteInput label="resources.Nomination.fields.subjectId" optionText={SUBJECT_TEXT[resource]} filterToQuery={(q: string) => ({ q })} fullWidth />
    </ReferenceInput>
  );
}

const validateForm = (values: Record<string, unknown>) => {
  const v = values as NominationFormValues;
  const target = v.target ?? 'EXEMPLAR';
  if (target === 'EXEMPLAR' ? !v.exemplarId : !v.subjectId) return { [target === 'EXEMPLAR' ? 'exemplarId' : 'subjectId']: 'exemplar.nomination.subject_required' };
  return {};
};

/**
 * A new nomination (a draft): plan → its quota → nominating organization → exemplar or subject →
 * period at the quota's grain → the trích ngang and attachments. Submitting is done from its page.
 */
export function NominationCreate() {
  const every = useRef<string | null>(null);
  const onGrain = useRef((value: string | null) => {
    every.current = value;
  }).current;
  return (
    <Create redirect="show" transform={(values: NominationFormValues) => nominationCreateInput(values, every.current)}>
      <SimpleForm defaultValues={{ target: 'EXEMPLAR', periodYear: new Date().getFullYear(), attachments: [] }} validate={validateForm} sx={{ maxWidth: 1000 }}>
        <Section title="exemplar.nomination.section.request" testId="nomination-request-inputs">
          <ReferenceInput source="planId" reference="Plan" sort={{ field: 'code', order: 'ASC' }}>
            <AutocompleteInput optionText={(p: { code: string; title: string }) => `${p.code} — ${p.title}`} filterToQuery={(q: string) => ({ q })} validate={required()} fullWidth />
          </ReferenceInput>
          <FormDataConsumer<NominationFormValues>>{({ formData }) => <QuotaAndPeriod planId={formData.planId} quotaRuleId={formData.quotaRuleId} onGrain={onGrain} />}</FormDataConsumer>
          <FormRow>
            <Wide>
              <FormDataConsumer<NominationFormValues>>{({ formData }) => <NominatorInput quotaRuleId={formData.quotaRuleId} />}</FormDataConsumer>
            </Wide>
            <Wide>
              <ReferenceInput source="councilOrganizationId" reference="Organization" sort={{ field: 'name', order: 'ASC' }}>
                <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} />
              </ReferenceInput>
            </Wide>
          </FormRow>
          <RadioButtonGroupInput source="target" label="exemplar.nomination.target" choices={targetChoices} />
          <FormDataConsumer<NominationFormValues>>{({ formData }) => <TargetInput target={formData.target} planId={formData.planId} />}</FormDataConsumer>
        </Section>
        <SummaryInputs />
        <AttachmentInputs />
        <TextInput source="author" />
      </SimpleForm>
    </Create>
  );
}
