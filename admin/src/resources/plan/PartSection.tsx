import { useState, type ReactNode } from 'react';
import AddIcon from '@mui/icons-material/Add';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import DeleteIcon from '@mui/icons-material/Delete';
import EditIcon from '@mui/icons-material/Edit';
import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, IconButton, Stack, Table, TableBody, TableCell, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import { Confirm, Form, SaveButton, useNotify, useTranslate } from 'react-admin';
import type { PlanItemList } from '@exemplar/shared';
import { EmptyNote, SubSection } from '../../layout/Section';
import { MutationError, usePlanEditor, type MutationOutcome } from './PlanEditorContext';
import { PartInputs } from './PartInputs';
import { partFromValues, partValues, type FormValues } from './partData';
import { createPartMutation, deletePartMutation, updatePartMutation } from './queries';
import type { PartRecord } from './types';

export interface PartColumn {
  /** Message key of the column header. */
  label: string;
  render: (part: PartRecord) => ReactNode;
  width?: number | string;
}

function PartDialog({ list, part, onClose }: { list: PlanItemList; part: PartRecord | null; onClose: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const { plan, change } = usePlanEditor();
  const [outcome, setOutcome] = useState<MutationOutcome | null>(null);
  const windowKeys = (plan.submissionWindows ?? []).map((w) => w.key);

  const save = async (values: FormValues) => {
    const data = partFromValues(list, values, part?.data ?? {});
    const result = part
      ? await change(updatePartMutation(list), { id: part.id, version: part.version, data })
      : await change(createPartMutation(list), { planId: plan.id, data });
    setOutcome(result);
    if (result.ok) {
      notify('exemplar.plan.saved', { type: 'info' });
      onClose();
    }
  };

  const title = translate(part ? 'exemplar.plan.part.edit_title' : 'exemplar.plan.part.add_title', { list: translate(`exemplar.plan.list.${list}`) });
  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby="plan-part-dialog-title" data-testid="plan-part-dialog">
      <Form onSubmit={save} defaultValues={partValues(list, part?.data ?? {})}>
        <DialogTitle id="plan-part-dialog-title">{title}</DialogTitle>
        <DialogContent>
          {part ? (
            <Typography variant="caption" color="text.secondary" sx={{ fontFamily: 'monospace', display: 'block', mb: 1 }}>
              {part.key}
            </Typography>
          ) : null}
          <PartInputs list={list} windowKeys={windowKeys} />
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

/**
 * One list of the plan (quota rules, milestones…) as a table in document order; when the plan can
 * change, each row can be edited, moved and deleted, and a part added, through small forms.
 */
export function PartSection({ list, columns, title }: { list: PlanItemList; columns: PartColumn[]; title?: string }) {
  const translate = useTranslate();
  const notify = useNotify();
  const { plan, editable, change } = usePlanEditor();
  const [editing, setEditing] = useState<PartRecord | 'new' | null>(null);
  const [deleting, setDeleting] = useState<PartRecord | null>(null);
  const parts = [...(plan[list] ?? [])].sort((a, b) => a.position - b.position);

  const report = (outcome: MutationOutcome) => {
    if (!outcome.ok && outcome.message) notify(outcome.message, { type: 'error', messageArgs: { _: outcome.message } });
  };
  const move = async (part: PartRecord, by: number) => report(await change(updatePartMutation(list), { id: part.id, version: part.version, position: part.position + by }));
  const remove = async (part: PartRecord) => {
    setDeleting(null);
    const outcome = await change(deletePartMutation(list), { id: part.id, version: part.version });
    report(outcome);
    if (outcome.ok) notify('exemplar.plan.deleted', { type: 'info' });
  };

  return (
    <SubSection title={title ?? `exemplar.plan.list.${list}`} testId={`plan-${list}`}>
      {parts.length === 0 ? (
        <EmptyNote message="exemplar.plan.part.empty" />
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: 110 }}>{translate('exemplar.plan.field.key')}</TableCell>
              {columns.map((column) => (
                <TableCell key={column.label} sx={{ width: column.width, minWidth: column.width ? undefined : 280 }}>
                  {translate(column.label)}
                </TableCell>
              ))}
              {editable ? <TableCell sx={{ width: 160 }} /> : null}
            </TableRow>
          </TableHead>
          <TableBody>
            {parts.map((part, index) => (
              <TableRow key={part.id} data-testid={`part-${list}-${part.key}`} sx={{ verticalAlign: 'top' }}>
                <TableCell sx={{ fontFamily: 'monospace', fontSize: 12 }}>{part.key}</TableCell>
                {columns.map((column) => (
                  <TableCell key={column.label}>{column.render(part)}</TableCell>
                ))}
                {editable ? (
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    <Tooltip title={translate('exemplar.plan.part.move_up')}>
                      <span>
                        <IconButton size="small" aria-label={translate('exemplar.plan.part.move_up')} disabled={index === 0} onClick={() => move(part, -1)}>
                          <ArrowUpwardIcon fontSize="small" />
                        </IconButton>
                      </span>
                    </Tooltip>
                    <Tooltip title={translate('exemplar.plan.part.move_down')}>
                      <span>
                        <IconButton size="small" aria-label={translate('exemplar.plan.part.move_down')} disabled={index === parts.length - 1} onClick={() => move(part, 1)}>
                          <ArrowDownwardIcon fontSize="small" />
                        </IconButton>
                      </span>
                    </Tooltip>
                    <Tooltip title={translate('ra.action.edit')}>
                      <IconButton size="small" aria-label={translate('ra.action.edit')} onClick={() => setEditing(part)}>
                        <EditIcon fontSize="small" />
                      </IconButton>
                    </Tooltip>
                    <Tooltip title={translate('ra.action.delete')}>
                      <IconButton size="small" aria-label={translate('ra.action.delete')} onClick={() => setDeleting(part)}>
                        <DeleteIcon fontSize="small" />
                      </IconButton>
                    </Tooltip>
                  </TableCell>
                ) : null}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {editable ? (
        <Box sx={{ mt: 1 }}>
          <Button size="small" startIcon={<AddIcon />} onClick={() => setEditing('new')}>
            {translate('exemplar.plan.part.add', { list: translate(`exemplar.plan.list.${list}`) })}
          </Button>
        </Box>
      ) : null}
      {editing ? <PartDialog list={list} part={editing === 'new' ? null : editing} onClose={() => setEditing(null)} /> : null}
      <Confirm
        isOpen={deleting !== null}
        title="exemplar.plan.part.delete_title"
        content="exemplar.plan.part.delete_content"
        translateOptions={{ key: deleting?.key ?? '' }}
        onConfirm={() => deleting && remove(deleting)}
        onClose={() => setDeleting(null)}
      />
    </SubSection>
  );
}

/** Chips in a row (stages, kinds, windows). */
export function ChipRow({ children }: { children: ReactNode }) {
  return <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5 }}>{children}</Stack>;
}
