import { useState } from 'react';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import EditIcon from '@mui/icons-material/Edit';
import { Alert, Box, Button, Chip, Dialog, DialogActions, DialogContent, DialogTitle, IconButton, Stack, Table, TableBody, TableCell, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import {
  AutocompleteInput,
  BooleanInput,
  Datagrid,
  EditButton,
  Form,
  FunctionField,
  Labeled,
  ListButton,
  ReferenceField,
  ReferenceInput,
  ReferenceManyField,
  SaveButton,
  SelectInput,
  Show,
  TextField,
  TextInput,
  TopToolbar,
  maxLength,
  required,
  useCreatePath,
  useDataProvider,
  useGetList,
  useLocaleState,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { useCan } from '../../auth/useCan';
import { formatLocalDate } from '../../fields/format';
import { LocalDateInput } from '../../fields/LocalDateInput';
import { FormRow } from '../../layout/FormRow';
import { EmptyNote, Section } from '../../layout/Section';
import { COUNCIL_ROLES, ratioPercent, votesByDefault } from '../council-session/session';
import { SessionStatusChip } from '../council-session/SessionStatusChip';
import type { CouncilMemberRecord, CouncilRecord } from './types';
import { HistoryTabs } from '../../history/RecordHistory';

const roleChoices = COUNCIL_ROLES.map((role) => ({ id: role, name: `exemplar.council.role.${role}` }));

function Title() {
  const record = useRecordContext<CouncilRecord>();
  return <span>{record?.name ?? ''}</span>;
}

function Actions() {
  return (
    <TopToolbar>
      <ListButton />
      <EditButton />
    </TopToolbar>
  );
}

function Details() {
  const record = useRecordContext<CouncilRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const L = (field: string) => translate(`resources.Council.fields.${field}`);
  return (
    <Stack direction="row" sx={{ flexWrap: 'wrap', columnGap: 4, rowGap: 1, p: 2 }} data-testid="council-details">
      <Labeled label={L('organizationId')}>
        <ReferenceField source="organizationId" reference="Organization" link="show" />
      </Labeled>
      <Labeled label={L('standingOrganizationId')}>
        <ReferenceField source="standingOrganizationId" reference="Organization" link="show" emptyText="—" />
      </Labeled>
      <Labeled label={L('parentCouncilId')}>
        <ReferenceField source="parentCouncilId" reference="Council" link="show" emptyText="—" />
      </Labeled>
      <Labeled label={L('quorumRatio')}>
        <Typography variant="body2" component="span">
          {ratioPercent(record.quorumRatio)}
        </Typography>
      </Labeled>
    </Stack>
  );
}

/** Adds or edits a member; the server's refusal stays in the dialog. */
function MemberDialog({ council, member, onClose }: { council: CouncilRecord; member: CouncilMemberRecord | null; onClose: () => void }) {
  const translate = useTranslate();
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const [error, setError] = useState<string | null>(null);
  const save = async (values: Record<string, unknown>) => {
    setError(null);
    const data = {
      councilId: council.id,
      personId: values.personId || null,
      fullName: String(values.fullName ?? '').trim(),
      title: (values.title as string | undefined)?.trim() || null,
      role: values.role,
      voting: Boolean(values.voting),
      fromDate: values.fromDate || null,
      toDate: values.toDate || null,
    };
    try {
      if (member) await dataProvider.update('CouncilMember', { id: member.id, data: { ...data, id: member.id, version: member.version }, previousData: member });
      else await dataProvider.create('CouncilMember', { data });
      notify('exemplar.council.member_saved', { type: 'info' });
      refresh();
      onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : translate('ra.notification.http_error'));
    }
  };
  const defaults = member ?? { role: 'MEMBER', voting: votesByDefault('MEMBER'), fullName: '', title: '', personId: null, fromDate: null, toDate: null };
  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby="council-member-title" data-testid="council-member-dialog">
      <Form record={{}} onSubmit={save} defaultValues={defaults}>
        <DialogTitle id="council-member-title">{translate(member ? 'exemplar.council.edit_member' : 'exemplar.council.add_member')}</DialogTitle>
        <DialogContent>
          <FormRow>
            <TextInput source="fullName" label="resources.CouncilMember.fields.fullName" validate={[required(), maxLength(200)]} />
            <TextInput source="title" label="resources.CouncilMember.fields.title" validate={maxLength(300)} />
            <SelectInput source="role" label="resources.CouncilMember.fields.role" choices={roleChoices} validate={required()} />
          </FormRow>
          <ReferenceInput source="personId" reference="Person" sort={{ field: 'fullName', order: 'ASC' }}>
            <AutocompleteInput label="resources.CouncilMember.fields.personId" optionText="fullName" filterToQuery={(q: string) => ({ q })} helperText="exemplar.council.person_help" fullWidth />
          </ReferenceInput>
          <FormRow>
            <LocalDateInput source="fromDate" label="resources.CouncilMember.fields.fromDate" />
            <LocalDateInput source="toDate" label="resources.CouncilMember.fields.toDate" />
          </FormRow>
          <BooleanInput source="voting" label="resources.CouncilMember.fields.voting" helperText="exemplar.council.voting_help" />
          {error ? <Alert severity="error">{error}</Alert> : null}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
          <SaveButton alwaysEnable />
        </DialogActions>
      </Form>
    </Dialog>
  );
}

function RemoveMember({ member }: { member: CouncilMemberRecord }) {
  const translate = useTranslate();
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const [confirm, setConfirm] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const remove = async () => {
    try {
      await dataProvider.delete('CouncilMember', { id: member.id, previousData: member });
      notify('exemplar.council.member_removed', { type: 'info' });
      setConfirm(false);
      refresh();
    } catch (e) {
      setError(e instanceof Error ? e.message : translate('ra.notification.http_error'));
    }
  };
  return (
    <>
      <Tooltip title={translate('exemplar.council.remove_member')}>
        <IconButton size="small" aria-label={`${translate('exemplar.council.remove_member')}: ${member.fullName}`} onClick={() => setConfirm(true)}>
          <DeleteIcon fontSize="small" />
        </IconButton>
      </Tooltip>
      {confirm ? (
        <Dialog open onClose={() => setConfirm(false)} data-testid="council-member-remove">
          <DialogContent>
            <Typography>{translate('exemplar.council.remove_confirm', { name: member.fullName })}</Typography>
            {error ? <Alert severity="error">{error}</Alert> : null}
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setConfirm(false)}>{translate('ra.action.cancel')}</Button>
            <Button color="error" variant="contained" onClick={remove}>
              {translate('ra.action.delete')}
            </Button>
          </DialogActions>
        </Dialog>
      ) : null}
    </>
  );
}

/** The members with their roles (translated), whether they vote and when they sit; add, edit, remove. */
function Members() {
  const council = useRecordContext<CouncilRecord>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [editing, setEditing] = useState<CouncilMemberRecord | 'new' | null>(null);
  const canWrite = useCan('CouncilMember', 'edit');
  const { data: members, isPending } = useGetList<CouncilMemberRecord>('CouncilMember', { filter: { councilId: council?.id }, pagination: { page: 1, perPage: 500 }, sort: { field: 'id', order: 'ASC' } }, { enabled: Boolean(council) });
  if (!council) return null;
  const F = (field: string) => translate(`resources.CouncilMember.fields.${field}`);
  return (
    <Box data-testid="council-members">
      {canWrite ? (
        <Button size="small" startIcon={<AddIcon />} onClick={() => setEditing('new')} sx={{ mb: 1 }}>
          {translate('exemplar.council.add_member')}
        </Button>
      ) : null}
      {!isPending && !members?.length ? <EmptyNote message="exemplar.council.no_members" /> : null}
      {members?.length ? (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{F('fullName')}</TableCell>
              <TableCell>{F('title')}</TableCell>
              <TableCell>{F('role')}</TableCell>
              <TableCell>{F('voting')}</TableCell>
              <TableCell>{translate('exemplar.council.dates')}</TableCell>
              {canWrite ? <TableCell /> : null}
            </TableRow>
          </TableHead>
          <TableBody>
            {members.map((m) => (
              <TableRow key={m.id} data-testid="council-member" data-role={m.role} data-voting={String(m.voting)}>
                <TableCell>{m.fullName}</TableCell>
                <TableCell>{m.title ?? '—'}</TableCell>
                <TableCell data-testid="council-member-role">{translate(`exemplar.council.role.${m.role}`, { _: m.role })}</TableCell>
                <TableCell>
                  <Chip size="small" variant="outlined" color={m.voting ? 'primary' : 'default'} label={translate(m.voting ? 'exemplar.council.voting_yes' : 'exemplar.council.voting_no')} />
                </TableCell>
                <TableCell>{m.fromDate || m.toDate ? `${formatLocalDate(m.fromDate, locale) || '…'} – ${formatLocalDate(m.toDate, locale) || '…'}` : '—'}</TableCell>
                {canWrite ? (
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    <Tooltip title={translate('exemplar.council.edit_member')}>
                      <IconButton size="small" aria-label={`${translate('exemplar.council.edit_member')}: ${m.fullName}`} onClick={() => setEditing(m)}>
                        <EditIcon fontSize="small" />
                      </IconButton>
                    </Tooltip>
                    <RemoveMember member={m} />
                  </TableCell>
                ) : null}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
      {editing ? <MemberDialog key={editing === 'new' ? 'new' : editing.id} council={council} member={editing === 'new' ? null : editing} onClose={() => setEditing(null)} /> : null}
    </Box>
  );
}

function AddSessionButton() {
  const council = useRecordContext<CouncilRecord>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const canCreate = useCan('CouncilSession', 'create');
  if (!council || !canCreate) return null;
  const source = encodeURIComponent(JSON.stringify({ councilId: council.id }));
  return (
    <Button size="small" startIcon={<AddIcon />} href={`#${createPath({ resource: 'CouncilSession', type: 'create' })}?source=${source}`} sx={{ mb: 1 }} data-testid="council-add-session">
      {translate('exemplar.council.add_session')}
    </Button>
  );
}

/** A council's page: what it is, its members (with roles), its sessions. */
export function CouncilShow() {
  return (
    <Show actions={<Actions />} title={<Title />}>
      <Details />
      <HistoryTabs table="council">
        <Section title="exemplar.council.section.members">
          <Members />
        </Section>
        <Section title="exemplar.council.section.sessions" testId="council-sessions">
          <AddSessionButton />
          <ReferenceManyField reference="CouncilSession" target="councilId" sort={{ field: 'heldOn', order: 'DESC' }} empty={<EmptyNote message="exemplar.council.no_sessions" />}>
            <Datagrid rowClick="show" bulkActionButtons={false}>
              <TextField source="title" sortable={false} />
              <FunctionField source="heldOn" sortable={false} render={(s: { heldOn: string }) => <HeldOn day={s.heldOn} />} />
              <FunctionField source="secretBallot" sortable={false} render={(s: { secretBallot: boolean }) => <BallotKind secret={s.secretBallot} />} />
              <FunctionField source="status" sortable={false} render={(s: { status: string }) => <SessionStatusChip status={s.status} />} />
            </Datagrid>
          </ReferenceManyField>
        </Section>
      </HistoryTabs>
    </Show>
  );
}

function HeldOn({ day }: { day: string }) {
  const [locale] = useLocaleState();
  return <>{formatLocalDate(day, locale)}</>;
}

export function BallotKind({ secret }: { secret: boolean }) {
  const translate = useTranslate();
  return <>{translate(secret ? 'exemplar.session.secret' : 'exemplar.session.open_vote')}</>;
}
