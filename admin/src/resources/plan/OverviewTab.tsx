import { useState, type ReactNode } from 'react';
import EditIcon from '@mui/icons-material/Edit';
import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField as MuiTextField, Typography } from '@mui/material';
import { Form, Labeled, NumberInput, ReferenceField, SaveButton, SelectInput, TextInput, required, useNotify, useTranslate } from 'react-admin';
import { nextStatuses, type PlanStatus } from '@exemplar/shared';
import { FormRow, Wide } from '../../layout/FormRow';
import { Section } from '../../layout/Section';
import { PLAN_CHOICES } from './choices';
import { overviewChanges, overviewValues } from './overview';
import { MutationError, usePlanEditor, type MutationOutcome } from './PlanEditorContext';
import { PartSection } from './PartSection';
import { linkColumns } from './PartTabs';
import { CHANGE_PLAN_STATUS, CLOSE_PLAN, ISSUE_PLAN, UPDATE_PLAN } from './queries';
import { StatusChip } from './StatusChip';
import { planNumber } from './types';

const obj = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const str = (v: unknown) => (v == null || v === '' ? '—' : String(v));

function Item({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  const translate = useTranslate();
  return (
    <Labeled label={translate(label)} data-testid={testId}>
      <Typography component="span" variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
        {children}
      </Typography>
    </Labeled>
  );
}

const L = (field: string) => `exemplar.plan.field.${field}`;

function OverviewDialog({ onClose }: { onClose: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const { plan, change } = usePlanEditor();
  const [outcome, setOutcome] = useState<MutationOutcome | null>(null);
  const document = (plan.document ?? {}) as unknown as Record<string, unknown>;

  const save = async (values: Record<string, unknown>) => {
    const changes = overviewChanges(document, values);
    if (Object.keys(changes).length === 0) return onClose();
    const result = await change(UPDATE_PLAN, { id: plan.id, version: plan.version, changes });
    setOutcome(result);
    if (result.ok) {
      notify('exemplar.plan.saved', { type: 'info' });
      onClose();
    }
  };

  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby="plan-overview-dialog-title" data-testid="plan-overview-dialog">
      <Form onSubmit={save} defaultValues={overviewValues(document)}>
        <DialogTitle id="plan-overview-dialog-title">{translate('exemplar.plan.overview.edit_title')}</DialogTitle>
        <DialogContent>
          <FormRow>
            <TextInput source="numberValue" label={L('numberValue')} />
            <TextInput source="numberPattern" label={L('numberPattern')} />
            <SelectInput source="documentType" label={L('documentType')} choices={PLAN_CHOICES.documentType} validate={required()} />
            <Wide>
              <TextInput source="title" label={L('title')} validate={required()} multiline fullWidth />
            </Wide>
            <Wide>
              <TextInput source="titleEn" label={L('titleEn')} fullWidth />
            </Wide>
            <TextInput source="field" label={L('field')} />
            <TextInput source="issuerText" label={L('issuerText')} validate={required()} />
            <TextInput source="issuerOrganization" label={L('issuerOrganization')} />
            <TextInput source="signerTitle" label={L('signerTitle')} />
            <TextInput source="signerName" label={L('signerName')} />
            <TextInput source="place" label={L('place')} />
            <NumberInput source="issueYear" label={L('issueYear')} />
            <NumberInput source="issueMonth" label={L('issueMonth')} min={1} max={12} />
            <NumberInput source="issueDay" label={L('issueDay')} min={1} max={31} />
            <TextInput source="effectiveDate" label={L('effectiveDate')} helperText="YYYY-MM-DD" />
            <NumberInput source="periodFrom" label={L('periodFrom')} validate={required()} />
            <NumberInput source="periodTo" label={L('periodTo')} validate={required()} />
            <TextInput source="councilName" label={L('councilName')} />
            <TextInput source="councilOrganization" label={L('councilOrganization')} />
            <TextInput source="councilStanding" label={L('councilStanding')} />
            <Wide>
              <TextInput source="notes" label={L('notes')} multiline fullWidth />
            </Wide>
          </FormRow>
          <MutationError outcome={outcome} />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
          <SaveButton alwaysEnable />
        </DialogActions>
      </Form>
    </Dialog>
  );
}

/** Issue, close or any other step of the lifecycle the plan's status allows; the server's refusal shown as it says it. */
function Lifecycle() {
  const translate = useTranslate();
  const notify = useNotify();
  const { plan, change } = usePlanEditor();
  const [target, setTarget] = useState('');
  const [outcome, setOutcome] = useState<MutationOutcome | null>(null);
  if (plan.isReference) return null;
  const next = nextStatuses(plan.status as PlanStatus);
  const others = next.filter((s) => s !== 'ISSUED' && s !== 'CLOSED');

  const run = async (mutation: Parameters<typeof change>[0], variables: Record<string, unknown>) => {
    const result = await change(mutation, { id: plan.id, version: plan.version, ...variables }, { amendment: false });
    setOutcome(result);
    if (result.ok) notify('exemplar.plan.lifecycle.done', { type: 'info' });
  };

  return (
    <Box data-testid="plan-lifecycle" sx={{ mt: 2 }}>
      <Stack direction="row" sx={{ gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        {next.includes('ISSUED') ? (
          <Button variant="contained" onClick={() => run(ISSUE_PLAN, {})}>
            {translate('exemplar.plan.lifecycle.issue')}
          </Button>
        ) : null}
        {next.includes('CLOSED') ? (
          <Button variant="outlined" onClick={() => run(CLOSE_PLAN, {})}>
            {translate('exemplar.plan.lifecycle.close')}
          </Button>
        ) : null}
        {others.length ? (
          <>
            <MuiTextField select size="small" label={translate('exemplar.plan.lifecycle.status')} value={target} onChange={(e) => setTarget(e.target.value)} sx={{ minWidth: 220 }}>
              {others.map((s) => (
                <MenuItem key={s} value={s}>
                  {translate(`exemplar.plan.status.${s}`)}
                </MenuItem>
              ))}
            </MuiTextField>
            <Button variant="outlined" disabled={!target} onClick={() => run(CHANGE_PLAN_STATUS, { status: target })}>
              {translate('exemplar.plan.lifecycle.change')}
            </Button>
          </>
        ) : null}
      </Stack>
      <MutationError outcome={outcome} />
    </Box>
  );
}

/** Tổng quan: the plan's identity as the document states it, its lifecycle, legal bases and parent plans. */
export function OverviewTab() {
  const translate = useTranslate();
  const { plan, editable } = usePlanEditor();
  const [editing, setEditing] = useState(false);
  const d = (plan.document ?? {}) as unknown as Record<string, unknown>;
  const issuer = obj(d.issuer);
  const signer = obj(d.signer);
  const issueDate = obj(d.issueDate);
  const period = obj(d.period);
  const council = d.council ? obj(d.council) : null;
  const date = issueDate.year ? [issueDate.day ?? '…', issueDate.month ?? '…', issueDate.year].join('/') : '—';

  return (
    <Box data-testid="plan-overview">
      <Stack direction="row" sx={{ flexWrap: 'wrap', columnGap: 4, rowGap: 1, px: 2, pt: 1 }}>
        <Item label={L('code')}>{plan.code}</Item>
        <Item label={L('number')}>{planNumber(plan)}</Item>
        <Item label={L('documentType')}>{translate(`exemplar.plan.documentType.${String(d.documentType ?? 'KHAC')}`)}</Item>
        <Item label={L('status')}>
          <StatusChip status={plan.status} />
        </Item>
        <Item label={L('period')} testId="plan-period">{`${String(period.from ?? plan.periodFrom)}–${String(period.to ?? plan.periodTo)}`}</Item>
        <Item label={L('field')}>{str(d.field)}</Item>
      </Stack>
      <Stack sx={{ px: 2, gap: 1 }}>
        <Item label={L('title')}>{str(d.title ?? plan.title)}</Item>
        {d.titleEn ? <Item label={L('titleEn')}>{str(d.titleEn)}</Item> : null}
      </Stack>
      <Stack direction="row" sx={{ flexWrap: 'wrap', columnGap: 4, rowGap: 1, px: 2 }}>
        <Item label={L('issuerText')}>{str(issuer.text)}</Item>
        <Labeled label={translate('exemplar.plan.field.issuerOrganization')}>
          <ReferenceField source="issuerOrganizationId" reference="Organization" link="show" emptyText="—" />
        </Labeled>
        <Item label={L('signer')}>{[signer.title, signer.name].filter(Boolean).join(' — ') || '—'}</Item>
        <Item label={L('place')}>{str(d.place)}</Item>
        <Item label={L('issueDate')}>{date}</Item>
        <Item label={L('effectiveDate')}>{str(d.effectiveDate)}</Item>
        <Item label={L('council')}>{council ? [council.name, obj(council.standing).text].filter(Boolean).join(' — ') : '—'}</Item>
      </Stack>
      {d.notes ? (
        <Box sx={{ px: 2 }}>
          <Item label={L('notes')}>{str(d.notes)}</Item>
        </Box>
      ) : null}
      <Box sx={{ px: 2 }}>
        {editable ? (
          <Button startIcon={<EditIcon />} onClick={() => setEditing(true)} sx={{ mt: 1 }}>
            {translate('exemplar.plan.overview.edit')}
          </Button>
        ) : null}
        {editable ? <Lifecycle /> : null}
      </Box>
      {editing ? <OverviewDialog onClose={() => setEditing(false)} /> : null}
      <Section title="exemplar.plan.section.bases">
        <PartSection list="parentPlans" columns={linkColumns()} />
        <PartSection list="legalBases" columns={linkColumns()} />
      </Section>
    </Box>
  );
}
