import { Alert, AlertTitle, Box, GlobalStyles, Typography } from '@mui/material';
import { SimpleForm, TextInput, required, useLocaleState, useTranslate, type Validator } from 'react-admin';
import type { CriteriaIssue } from '../../data/dataProvider';
import { toJsonText } from './definition';

/**
 * Many monospace fonts lack Vietnamese letters with two marks ("ử", "ễ": DejaVu Sans Mono, older
 * Liberation Mono), and the browser then stacks loose accents badly. Those letters come from the first
 * installed font that has them, everything else from the monospace font.
 */
const VIETNAMESE_LETTERS = 'U+00C0-00C3, U+00C8-00CA, U+00CC-00CD, U+00D2-00D5, U+00D9-00DA, U+00DD, U+00E0-00E3, U+00E8-00EA, U+00EC-00ED, U+00F2-00F5, U+00F9-00FA, U+00FD, U+0102-0103, U+0110-0111, U+0128-0129, U+0168-0169, U+01A0-01A1, U+01AF-01B0, U+1EA0-1EF9';
const MONOSPACE_VIETNAMESE = (
  <GlobalStyles
    styles={{
      '@font-face': {
        fontFamily: 'Exemplar Mono Vietnamese',
        src: 'local("Consolas"), local("SF Mono"), local("Noto Sans Mono"), local("Cousine"), local("Noto Sans"), local("DejaVu Sans"), local("Arial")',
        unicodeRange: VIETNAMESE_LETTERS,
      },
    }}
  />
);
const MONOSPACE = '"Exemplar Mono Vietnamese", Consolas, "SF Mono", "Noto Sans Mono", "Liberation Mono", "DejaVu Sans Mono", monospace';

/** The editor holds text; what is sent is the parsed object (see toPayload). */
const jsonObject: Validator = (value: unknown) => {
  if (typeof value !== 'string') return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? undefined : 'exemplar.criteria.edit.not_an_object';
  } catch (error) {
    return { message: 'exemplar.criteria.edit.invalid_json', args: { detail: (error as Error).message } };
  }
};

/** The form's text as the mutation's `definition` argument (a JSON object). */
export function toPayload(data: Record<string, unknown>): Record<string, unknown> {
  const definition = typeof data.definition === 'string' ? (JSON.parse(data.definition) as unknown) : data.definition;
  return { ...data, definition };
}

/** What the server refused: each offending JSON path and its message in the console's language. */
export function CriteriaIssues({ issues }: { issues: readonly CriteriaIssue[] }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (issues.length === 0) return null;
  return (
    <Alert severity="error" data-testid="criteria-issues" sx={{ mb: 2, width: '100%', boxSizing: 'border-box' }}>
      <AlertTitle>{translate('exemplar.criteria.edit.issues_title', { smart_count: issues.length })}</AlertTitle>
      <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
        {issues.map((issue, i) => (
          <li key={i}>
            <Typography component="code" variant="body2" sx={{ fontFamily: 'monospace', fontWeight: 600 }}>
              {issue.path || translate('exemplar.criteria.edit.root')}
            </Typography>
            <Typography component="span" variant="body2">
              {' — '}
              {locale === 'en' ? issue.en : issue.vi}
            </Typography>
          </li>
        ))}
      </Box>
    </Alert>
  );
}

/** A set in its JSON form, in a monospace editor; the server validates it whole on save. */
export function CriteriaSetForm({ issues }: { issues: readonly CriteriaIssue[] }) {
  return (
    <SimpleForm sx={{ maxWidth: 1100 }}>
      {MONOSPACE_VIETNAMESE}
      <CriteriaIssues issues={issues} />
      <TextInput
        source="definition"
        label="resources.CriteriaSet.fields.definition"
        helperText="exemplar.criteria.edit.definition_help"
        format={toJsonText}
        parse={(text: string) => text}
        validate={[required(), jsonObject]}
        multiline
        minRows={24}
        maxRows={48}
        fullWidth
        slotProps={{ htmlInput: { spellCheck: false, 'data-testid': 'definition-editor', style: { fontFamily: MONOSPACE, fontSize: 13, lineHeight: 1.45 } } }}
      />
    </SimpleForm>
  );
}
