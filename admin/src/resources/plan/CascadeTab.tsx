import { useState } from 'react';
import AccountTreeIcon from '@mui/icons-material/AccountTree';
import { useQuery } from '@apollo/client';
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Link, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Form, SaveButton, TextInput, required, useCreatePath, useRecordContext, useRedirect, useTranslate } from 'react-admin';
import { useApolloClient } from '@apollo/client';
import { useCan } from '../../auth/useCan';
import { localizedMessage } from '../../data/dataProvider';
import { useLocaleState } from 'react-admin';
import { EmptyNote, Section } from '../../layout/Section';
import { PartSection } from './PartSection';
import { linkColumns } from './PartTabs';
import { usePlanEditor } from './PlanEditorContext';
import { DERIVE_PLAN, PLAN_CASCADE, type DerivedDifference, type PlanNode } from './queries';
import { StatusChip } from './StatusChip';
import type { PlanRecord } from './types';
import { diffLine } from './format';

function Tree({ nodes, depth = 0 }: { nodes: PlanNode[] | undefined; depth?: number }) {
  const createPath = useCreatePath();
  if (!nodes?.length) return null;
  return (
    <Box component="ul" sx={{ listStyle: 'none', pl: depth ? 3 : 0, m: 0 }}>
      {nodes.map((node) => (
        <li key={node.id} data-testid={`cascade-child-${node.code}`}>
          <Stack direction="row" sx={{ gap: 1, alignItems: 'center', py: 0.5 }}>
            <AccountTreeIcon fontSize="small" color="action" />
            <Link href={`#${createPath({ resource: 'Plan', id: node.id, type: 'show' })}`}>
              <code>{node.code}</code> {node.title}
            </Link>
            <StatusChip status={node.status} />
            <Typography variant="caption" color="text.secondary">{`${node.periodFrom}–${node.periodTo}`}</Typography>
          </Stack>
          <Tree nodes={node.children} depth={depth + 1} />
        </li>
      ))}
    </Box>
  );
}

/** derivePlan: a draft implementing this plan, its criteria, quotas and windows copied with their provenance. */
function DeriveDialog({ onClose }: { onClose: () => void }) {
  const translate = useTranslate();
  const client = useApolloClient();
  const redirect = useRedirect();
  const [locale] = useLocaleState();
  // Also offered from the page's toolbar, outside the editor: the plan comes from the record.
  const plan = useRecordContext<PlanRecord>();
  const [error, setError] = useState<string | null>(null);
  if (!plan) return null;
  const defaults = {
    code: `${plan.code}-CON`.slice(0, 60),
    title: `${translate('exemplar.plan.derive.title_prefix')} ${plan.title}`.slice(0, 500),
    issuerOrganizationCode: plan.document?.issuer.organization ?? '',
    author: '',
  };
  const save = async (values: Record<string, unknown>) => {
    setError(null);
    try {
      const result = await client.mutate<{ derivePlan: { plan: { id: string } } }>({ mutation: DERIVE_PLAN, variables: { parentId: plan.id, ...values } });
      onClose();
      redirect('show', 'Plan', result.data!.derivePlan.plan.id);
    } catch (e) {
      setError(localizedMessage(e, locale) ?? translate('ra.notification.http_error'));
    }
  };
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="plan-derive-title" data-testid="plan-derive-dialog">
      <Form onSubmit={save} defaultValues={defaults}>
        <DialogTitle id="plan-derive-title">{translate('exemplar.plan.derive.title')}</DialogTitle>
        <DialogContent>
          <Typography variant="body2" sx={{ mb: 2 }}>
            {translate('exemplar.plan.derive.help', { code: plan.code })}
          </Typography>
          <TextInput source="code" label="exemplar.plan.field.code" validate={required()} fullWidth />
          <TextInput source="title" label="exemplar.plan.field.title" validate={required()} multiline fullWidth />
          <TextInput source="issuerOrganizationCode" label="exemplar.plan.field.issuerOrganizationCode" validate={required()} helperText="exemplar.plan.derive.issuer_help" fullWidth />
          <TextInput source="author" label="exemplar.plan.amendment.author" validate={required()} fullWidth />
          {error ? <Alert severity="error">{error}</Alert> : null}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
          <SaveButton label="exemplar.plan.derive.submit" alwaysEnable />
        </DialogActions>
      </Form>
    </Dialog>
  );
}

/** A lower level's plan derived from this one (derivePlan): administrators only. */
export function DeriveButton() {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const canDerive = useCan('Plan', 'create');
  if (!canDerive) return null;
  return (
    <>
      <Button size="small" startIcon={<AccountTreeIcon />} onClick={() => setOpen(true)}>
        {translate('exemplar.plan.derive.action')}
      </Button>
      {open ? <DeriveDialog onClose={() => setOpen(false)} /> : null}
    </>
  );
}

function Differences({ differences }: { differences: DerivedDifference[] }) {
  const translate = useTranslate();
  if (!differences.length) return <EmptyNote message="exemplar.plan.cascade.no_differences" />;
  return (
    <Table size="small" data-testid="derived-differences">
      <TableHead>
        <TableRow>
          <TableCell>{translate('exemplar.plan.cascade.list')}</TableCell>
          <TableCell>{translate('exemplar.plan.field.key')}</TableCell>
          <TableCell>{translate('exemplar.plan.cascade.parent')}</TableCell>
          <TableCell>{translate('exemplar.plan.cascade.changes')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {differences.map((difference) => (
          <TableRow key={`${difference.list}-${difference.key}`} sx={{ verticalAlign: 'top' }}>
            <TableCell>{translate(`exemplar.plan.list.${difference.list}`, { _: difference.list })}</TableCell>
            <TableCell sx={{ fontFamily: 'monospace' }}>{difference.key}</TableCell>
            <TableCell sx={{ fontFamily: 'monospace' }}>{difference.parentPlanCode}</TableCell>
            <TableCell>
              {difference.changes.length === 0
                ? translate('exemplar.plan.cascade.unchanged')
                : difference.changes.map((change, i) => (
                    <Typography key={i} variant="body2" sx={{ fontFamily: 'monospace', fontSize: 12 }}>
                      {diffLine(change)}
                    </Typography>
                  ))}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** Phân cấp: the plans above (parent links), the plans below (three levels), and where this one departs from its parent. */
export function CascadeTab() {
  const { plan } = usePlanEditor();
  const { data, loading } = useQuery<{ Plan: { derivedDifferences: DerivedDifference[]; children: PlanNode[] } }>(PLAN_CASCADE, {
    variables: { id: plan.id },
    fetchPolicy: 'network-only',
  });
  const cascade = data?.Plan;
  const changed = (cascade?.derivedDifferences ?? []).filter((d) => d.changes.length > 0);
  return (
    <Box data-testid="plan-cascade">
      <Section title="exemplar.plan.cascade.parents">
        <PartSection list="parentPlans" columns={linkColumns()} />
      </Section>
      <Section title="exemplar.plan.cascade.children" testId="plan-children">
        {loading && !cascade ? null : cascade?.children.length ? <Tree nodes={cascade.children} /> : <EmptyNote message="exemplar.plan.cascade.no_children" />}
        <Box sx={{ mt: 1 }}>
          <DeriveButton />
        </Box>
      </Section>
      <Section title="exemplar.plan.cascade.differences" testId="plan-differences">
        {cascade ? <Differences differences={changed} /> : null}
      </Section>
    </Box>
  );
}
