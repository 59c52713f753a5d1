import { useState } from 'react';
import { useQuery } from '@apollo/client';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import RefreshIcon from '@mui/icons-material/Refresh';
import { Accordion, AccordionDetails, AccordionSummary, Alert, Box, Button, LinearProgress, Stack, Typography } from '@mui/material';
import { Form, required, useLocaleState, useTranslate, type Identifier } from 'react-admin';
import { localName } from '../../data/catalogue';
import { localizedMessage } from '../../data/dataProvider';
import { ExplanationLines } from '../../eligibility/ExplanationLines';
import { SUGGEST_AWARDS, explanationIn, type AwardSuggestion } from '../../eligibility/queries';
import { VerdictChip } from '../../eligibility/VerdictChip';
import { LocalDateInput } from '../../fields/LocalDateInput';
import { todayLocalDate } from '../../fields/format';
import { EmptyNote, Section } from '../../layout/Section';

/**
 * The Law's titles and commendations this person meets on a date, or may meet once attestations or
 * data are in (UNKNOWN), highest rank first; each with the server's explanation, folded.
 */
export function PersonSuggestions({ personId }: { personId: Identifier }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [asOf, setAsOf] = useState(todayLocalDate());
  const { data, loading, error, refetch } = useQuery<{ suggestAwards: AwardSuggestion[] }>(SUGGEST_AWARDS, {
    variables: { subject: { kind: 'CA_NHAN', id: String(personId) }, asOf },
    fetchPolicy: 'no-cache',
    notifyOnNetworkStatusChange: true,
  });
  const suggestions = data?.suggestAwards ?? [];
  return (
    <Section title="exemplar.suggestions.title" testId="award-suggestions">
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('exemplar.suggestions.help')}
      </Typography>
      <Form
        onSubmit={(values: Record<string, unknown>) => {
          const date = (values.asOf as string | null) ?? todayLocalDate();
          if (date === asOf) void refetch();
          else setAsOf(date);
        }}
        defaultValues={{ asOf }}
      >
        <Stack direction="row" sx={{ alignItems: 'flex-start', gap: 2 }}>
          <LocalDateInput source="asOf" label="exemplar.suggestions.as_of" validate={required()} fullWidth={false} sx={{ width: 170 }} />
          <Button type="submit" variant="outlined" startIcon={<RefreshIcon />} sx={{ mt: 1 }}>
            {translate('exemplar.suggestions.refresh')}
          </Button>
        </Stack>
      </Form>
      {loading ? <LinearProgress sx={{ my: 1 }} /> : null}
      {error ? <Alert severity="error">{localizedMessage(error, locale) ?? translate('ra.notification.http_error')}</Alert> : null}
      {!loading && !error && suggestions.length === 0 ? <EmptyNote message="exemplar.suggestions.empty" /> : null}
      <Box>
        {suggestions.map((s) => (
          <Accordion key={s.awardType.code} disableGutters variant="outlined" data-testid={`suggestion-${s.awardType.code}`} sx={{ '&:not(:last-of-type)': { borderBottom: 0 } }}>
            <AccordionSummary expandIcon={<ExpandMoreIcon />}>
              <Stack direction="row" sx={{ alignItems: 'center', gap: 1.5, flex: 1 }}>
                <Typography variant="body1" sx={{ flex: 1 }}>
                  {localName(s.awardType, locale)}
                </Typography>
                <VerdictChip verdict={s.verdict} />
              </Stack>
            </AccordionSummary>
            <AccordionDetails>
              <Typography variant="overline" color="text.secondary">
                {translate('exemplar.suggestions.explanation')}
              </Typography>
              <ExplanationLines lines={explanationIn(s.eligibility, locale)} />
            </AccordionDetails>
          </Accordion>
        ))}
      </Box>
    </Section>
  );
}
