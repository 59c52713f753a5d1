import { useRef, useState } from 'react';
import { useApolloClient } from '@apollo/client';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import { Alert, Box, Button, CircularProgress, Paper, Stack, Typography } from '@mui/material';
import { AutocompleteInput, Form, FormDataConsumer, ReferenceInput, SelectInput, required, useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import type { CriteriaSet } from '@exemplar/shared';
import { localizedMessage } from '../../data/dataProvider';
import { attestRules, pendingAttestRules, type AttestationRecord, type AttestRule } from '../../eligibility/attestations';
import { ExplanationLines } from '../../eligibility/ExplanationLines';
import { EVALUATE_ELIGIBILITY, explanationIn, type EligibilityResult } from '../../eligibility/queries';
import { VerdictChip } from '../../eligibility/VerdictChip';
import { LocalDateInput } from '../../fields/LocalDateInput';
import { formatLocalDate, todayLocalDate } from '../../fields/format';
import { vocabularyChoices } from '../../i18n/vocabulary';
import { Section } from '../../layout/Section';
import { localText } from './definition';
import { PendingAttestations, type TrySubject } from './PendingAttestations';

/** Where the subjects of each kind live. */
const SUBJECT_RESOURCE = { CA_NHAN: 'Person', TAP_THE: 'Organization', HO_GIA_DINH: 'Household' } as const;
type Kind = keyof typeof SUBJECT_RESOURCE;

/**
 * The subject picker follows the kind: people, organizations (as collectives) or households, searched
 * by name. Each kind keeps its own pick (subject_CA_NHAN…), so switching kinds never sends a person's
 * id as a household's.
 */
function SubjectInput() {
  return (
    <FormDataConsumer>
      {({ formData }) => {
        const kind = (formData.kind as Kind) ?? 'CA_NHAN';
        return (
          <Box sx={{ width: 380, maxWidth: '100%' }}>
            <ReferenceInput key={kind} source={`subject_${kind}`} reference={SUBJECT_RESOURCE[kind]} perPage={20}>
              <AutocompleteInput label="exemplar.criteria.try.subject" validate={required()} filterToQuery={(q: string) => ({ q })} />
            </ReferenceInput>
          </Box>
        );
      }}
    </FormDataConsumer>
  );
}

interface Judged {
  result: EligibilityResult;
  subject: TrySubject;
  /** The set's qualitative criteria the evaluation reached, and those no attestation decides yet. */
  reached: number;
  pending: AttestRule[];
}

/**
 * "Xét thử": the set judged for one subject on a date, with the server's verdict and explanation in
 * the console's language. Nothing is stored, except the attestations given from the list of
 * qualitative criteria still undetermined (after each, the subject is judged again).
 */
export function TryEligibility({ set }: { set: CriteriaSet }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const client = useApolloClient();
  const dataProvider = useDataProvider();
  const [judged, setJudged] = useState<Judged | null>(null);
  const result = judged?.result ?? null;
  const lastRun = useRef<Record<string, unknown> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [running, setRunning] = useState(false);
  const kinds = vocabularyChoices('subjectKind', (item) => set.criteria.some((c) => c.appliesTo.includes(item.code as Kind)));

  const run = async (values: Record<string, unknown>) => {
    const kind = values.kind as Kind;
    const subjectId = values[`subject_${kind}`] as string | null | undefined;
    const asOf = values.asOf as string | null | undefined;
    if (!subjectId) return;
    lastRun.current = values;
    setRunning(true);
    setError(null);
    try {
      const subject: TrySubject = { kind, id: String(subjectId) };
      const [{ data }, attestations] = await Promise.all([
        client.query<{ evaluateEligibility: EligibilityResult }>({
          query: EVALUATE_ELIGIBILITY,
          variables: { subject, criteriaSetCode: set.code, asOf: asOf ?? undefined },
          fetchPolicy: 'no-cache',
        }),
        dataProvider.getList<AttestationRecord & { id: string }>('Attestation', {
          filter: { subjectKind: kind, subjectId: subject.id },
          sort: { field: 'attestedOn', order: 'DESC' },
          pagination: { page: 1, perPage: 500 },
        }),
      ]);
      const evaluated = data.evaluateEligibility;
      // Paths are the same in both languages; the Vietnamese lines are always there.
      const reachedPaths = new Set(evaluated.explanationVi.map((line) => line.path));
      const reached = new Set(attestRules(set).filter((rule) => reachedPaths.has(rule.path)).map((rule) => rule.key)).size;
      const pending = pendingAttestRules(set, evaluated.explanationVi, attestations.data, evaluated.asOf);
      setJudged({ result: evaluated, subject, reached, pending });
    } catch (e) {
      setJudged(null);
      setError(localizedMessage(e, locale) ?? translate('ra.notification.http_error'));
    } finally {
      setRunning(false);
    }
  };

  const group = result?.roleGroup ? set.roleGroups.find((g) => g.code === result.roleGroup) : undefined;
  return (
    <Section title="exemplar.criteria.section.try" testId="criteria-try">
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        {translate('exemplar.criteria.try.help')}
      </Typography>
      <Form onSubmit={run} defaultValues={{ kind: kinds[0]?.id ?? 'CA_NHAN', asOf: todayLocalDate() }}>
        <Stack direction="row" sx={{ flexWrap: 'wrap', alignItems: 'flex-start', columnGap: 2 }}>
          <SelectInput source="kind" label="exemplar.criteria.try.kind" choices={kinds} validate={required()} fullWidth={false} sx={{ minWidth: 180 }} />
          <SubjectInput />
          <LocalDateInput source="asOf" label="exemplar.criteria.try.as_of" validate={required()} fullWidth={false} sx={{ width: 170 }} />
          <Button type="submit" variant="contained" startIcon={running ? <CircularProgress size={16} color="inherit" /> : <PlayArrowIcon />} disabled={running} sx={{ mt: 1 }}>
            {translate('exemplar.criteria.try.run')}
          </Button>
        </Stack>
      </Form>
      {error ? (
        <Alert severity="error" sx={{ mt: 1 }}>
          {error}
        </Alert>
      ) : null}
      {result ? (
        <Paper variant="outlined" sx={{ p: 2, mt: 1 }} data-testid="try-result">
          <Stack direction="row" sx={{ alignItems: 'center', flexWrap: 'wrap', gap: 1.5, mb: 1.5 }}>
            <VerdictChip verdict={result.verdict} size="medium" />
            <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
              {result.subjectName}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {translate('exemplar.criteria.try.on', { date: formatLocalDate(result.asOf, locale) })}
            </Typography>
            {group ? (
              <Typography variant="body2" color="text.secondary">
                · {translate('exemplar.criteria.try.judged_by', { group: localText(group.title, locale) })}
              </Typography>
            ) : null}
          </Stack>
          {judged ? (
            <PendingAttestations
              pending={judged.pending}
              reached={judged.reached}
              subject={judged.subject}
              asOf={judged.result.asOf}
              onAttested={() => {
                if (lastRun.current) void run(lastRun.current);
              }}
            />
          ) : null}
          <Box sx={{ maxHeight: 560, overflow: 'auto' }}>
            <ExplanationLines lines={explanationIn(result, locale)} testId="try-explanation" />
          </Box>
        </Paper>
      ) : null}
    </Section>
  );
}
