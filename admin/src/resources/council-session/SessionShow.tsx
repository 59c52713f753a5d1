import { useState } from 'react';
import { useApolloClient } from '@apollo/client';
import GavelIcon from '@mui/icons-material/Gavel';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import StopIcon from '@mui/icons-material/Stop';
import {
  Alert,
  Box,
  Button,
  ButtonGroup,
  Checkbox,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  Link,
  MenuItem,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import { EditButton, ReferenceField, Show, TopToolbar, useCreatePath, useGetList, useGetMany, useGetOne, useLocaleState, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { useCan } from '../../auth/useCan';
import { errorCode, localizedMessage } from '../../data/dataProvider';
import { VerdictChip } from '../../eligibility/VerdictChip';
import { formatLocalDate } from '../../fields/format';
import { EmptyNote, Section } from '../../layout/Section';
import { BallotKind } from '../council/CouncilShow';
import type { CouncilMemberRecord, CouncilRecord, CouncilSessionRecord, SessionItem } from '../council/types';
import { readSnapshot } from '../nomination/appraisal';
import { periodLabel } from '../nomination/summary';
import { ADD_TO_AGENDA, CAST_VOTE, CLOSE_SESSION, DECIDE_ITEM, DECLARE_CONFLICT, OPEN_SESSION, RECORD_ATTENDANCE } from './queries';
import { agendaCandidates, isActiveOn, quorumOf, sessionActions, tallyLabel, voteGrid, votedCount, VOTE_CHOICES, type VoteChoice } from './session';
import { ResultChip, SessionStatusChip } from './SessionStatusChip';
import { HistoryTabs } from '../../history/RecordHistory';

interface AgendaNomination {
  id: string;
  status: string;
  summary: { name?: string } | null;
  eligibility?: unknown;
  councilOrganizationId: string | null;
  planId?: string;
  periodYear?: number;
  periodQuarter?: number | null;
  periodMonth?: number | null;
}

const AGENDA_FIELDS = ['id', 'status', 'summary', 'eligibility', 'councilOrganizationId', 'exemplarId'];
const CANDIDATE_FIELDS = ['id', 'status', 'summary', 'councilOrganizationId', 'planId', 'periodYear', 'periodQuarter', 'periodMonth'];

const nominationName = (n: AgendaNomination | undefined, id: string) => String(n?.summary?.name ?? `#${id}`);

/** The author typed last, offered again (one secretary records the whole session). */
let lastAuthor = '';

/** Everything the session screen reads besides the session itself: the council, its members, the agenda's nominations. */
function useSessionData(session: CouncilSessionRecord) {
  const { data: council } = useGetOne<CouncilRecord>('Council', { id: session.councilId });
  const { data: members } = useGetList<CouncilMemberRecord>('CouncilMember', { filter: { councilId: session.councilId }, pagination: { page: 1, perPage: 500 }, sort: { field: 'id', order: 'ASC' } });
  const ids = session.items.map((i) => i.nominationId);
  const { data: nominations } = useGetMany<AgendaNomination & { id: string }>('Nomination', { ids, meta: { sparseFields: AGENDA_FIELDS } }, { enabled: ids.length > 0 });
  const byId = new Map((nominations ?? []).map((n) => [String(n.id), n]));
  return { council, members: members ?? [], byId };
}

/** The result of a call the screen shows: the server's sentence in the console's language. */
function useRefusal() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (error: unknown) => localizedMessage(error, locale) ?? translate('ra.notification.http_error');
}

function Title() {
  const record = useRecordContext<CouncilSessionRecord>();
  return <span>{record?.title ?? ''}</span>;
}

function Actions() {
  const record = useRecordContext<CouncilSessionRecord>();
  return <TopToolbar>{record && record.status !== 'CLOSED' ? <EditButton /> : null}</TopToolbar>;
}

/** Title, council, date, ballot, status, and the lifecycle buttons (open; close with the minutes). */
function Header({ session }: { session: CouncilSessionRecord }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const client = useApolloClient();
  const notify = useNotify();
  const refresh = useRefresh();
  const refusalOf = useRefusal();
  const [refusal, setRefusal] = useState<string | null>(null);
  const [closing, setClosing] = useState(false);
  const [minutes, setMinutes] = useState(session.minutes ?? '');
  const canReview = useCan('CouncilSession', 'review');
  const run = async (action: 'open' | 'close') => {
    setRefusal(null);
    try {
      if (action === 'open') await client.mutate({ mutation: OPEN_SESSION, variables: { id: session.id, version: session.version } });
      else await client.mutate({ mutation: CLOSE_SESSION, variables: { id: session.id, version: session.version, minutes: minutes.trim() || null } });
      notify(action === 'open' ? 'exemplar.session.opened' : 'exemplar.session.closed', { type: 'info' });
      setClosing(false);
    } catch (error) {
      if (errorCode(error) === 'CONFLICT') notify('exemplar.session.conflict_reload', { type: 'warning' });
      setRefusal(refusalOf(error));
      setClosing(false);
    }
    refresh();
  };
  return (
    <Box sx={{ px: 2, pt: 2 }} data-testid="session-header">
      <Stack direction="row" sx={{ alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        <Typography variant="h6" component="h1">
          {session.title}
        </Typography>
        <span data-testid="session-status">
          <SessionStatusChip status={session.status} />
        </span>
        <Chip size="small" variant="outlined" label={<BallotKind secret={session.secretBallot} />} data-testid="session-ballot" />
        {(canReview ? sessionActions(session.status) : []).map((action) => (
          <Button
            key={action}
            variant="contained"
            color={action === 'open' ? 'success' : 'primary'}
            startIcon={action === 'open' ? <PlayArrowIcon /> : <StopIcon />}
            onClick={() => (action === 'open' ? void run('open') : setClosing(true))}
            data-testid={`session-${action}`}
          >
            {translate(`exemplar.session.${action}`)}
          </Button>
        ))}
      </Stack>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
        <ReferenceField record={session} source="councilId" reference="Council" link="show" /> — {formatLocalDate(session.heldOn, locale)}
      </Typography>
      {refusal ? (
        <Alert severity="error" data-testid="session-refusal" sx={{ mt: 1 }}>
          {refusal}
        </Alert>
      ) : null}
      {closing ? (
        <Dialog open onClose={() => setClosing(false)} maxWidth="md" fullWidth data-testid="session-close-dialog" aria-labelledby="session-close-title">
          <DialogTitle id="session-close-title">{translate('exemplar.session.close_title')}</DialogTitle>
          <DialogContent>
            <TextField label={translate('exemplar.session.minutes')} value={minutes} onChange={(e) => setMinutes(e.target.value)} multiline minRows={6} fullWidth autoFocus sx={{ mt: 1 }} />
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setClosing(false)}>{translate('ra.action.cancel')}</Button>
            <Button variant="contained" onClick={() => void run('close')}>
              {translate('exemplar.session.close')}
            </Button>
          </DialogActions>
        </Dialog>
      ) : null}
    </Box>
  );
}

/** Picks an appraised nomination of this council and puts it on the agenda. */
function AddToAgendaDialog({ session, council, onClose }: { session: CouncilSessionRecord; council: CouncilRecord; onClose: () => void }) {
  const translate = useTranslate();
  const client = useApolloClient();
  const notify = useNotify();
  const refresh = useRefresh();
  const refusalOf = useRefusal();
  const { data, isPending } = useGetList<AgendaNomination & { id: string }>('Nomination', {
    filter: { status: 'APPRAISED' },
    pagination: { page: 1, perPage: 500 },
    sort: { field: 'id', order: 'ASC' },
    meta: { sparseFields: CANDIDATE_FIELDS },
  });
  const candidates = agendaCandidates(data ?? [], council.organizationId, session.items.map((i) => i.nominationId));
  const [picked, setPicked] = useState('');
  const [author, setAuthor] = useState(lastAuthor);
  const [refusal, setRefusal] = useState<string | null>(null);
  const add = async () => {
    if (!picked) return;
    setRefusal(null);
    lastAuthor = author.trim();
    try {
      await client.mutate({ mutation: ADD_TO_AGENDA, variables: { sessionId: session.id, nominationId: picked, author: author.trim() || null } });
      notify('exemplar.session.added', { type: 'info' });
      refresh();
      onClose();
    } catch (error) {
      setRefusal(refusalOf(error));
    }
  };
  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth data-testid="agenda-add-dialog" aria-labelledby="agenda-add-title">
      <DialogTitle id="agenda-add-title">{translate('exemplar.session.add_item_title')}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate('exemplar.session.add_item_help')}
        </Typography>
        {!isPending && !candidates.length ? (
          <EmptyNote message="exemplar.session.no_candidates" />
        ) : (
          <TextField select label={translate('exemplar.session.pick_nomination')} value={picked} onChange={(e) => setPicked(e.target.value)} fullWidth data-testid="agenda-pick">
            {candidates.map((n) => (
              <MenuItem key={n.id} value={String(n.id)} data-nomination-id={n.id}>
                {`${nominationName(n, String(n.id))} — ${n.periodYear ? periodLabel({ periodYear: n.periodYear, periodQuarter: n.periodQuarter, periodMonth: n.periodMonth }) : ''} (#${n.id})`}
              </MenuItem>
            ))}
          </TextField>
        )}
        <TextField label={translate('exemplar.session.author')} value={author} onChange={(e) => setAuthor(e.target.value)} fullWidth sx={{ mt: 2 }} />
        {refusal ? (
          <Alert severity="error" sx={{ mt: 1 }} data-testid="agenda-refusal">
            {refusal}
          </Alert>
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" onClick={() => void add()} disabled={!picked}>
          {translate('exemplar.session.add_item')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

function NominationLink({ id, name }: { id: string; name: string }) {
  const createPath = useCreatePath();
  return (
    <Link href={`#${createPath({ resource: 'Nomination', id, type: 'show' })}`} data-testid="agenda-item-name">
      {name}
    </Link>
  );
}

/** The agenda in order: each nomination's name, its appraisal verdict, and the result with the tallies once decided. */
function Agenda({ session, council, byId }: { session: CouncilSessionRecord; council: CouncilRecord | undefined; byId: Map<string, AgendaNomination> }) {
  const translate = useTranslate();
  const [adding, setAdding] = useState(false);
  const canReview = useCan('CouncilSession', 'review');
  const items = [...session.items].sort((a, b) => a.position - b.position);
  return (
    <Box data-testid="session-agenda">
      {session.status !== 'CLOSED' && council && canReview ? (
        <Button size="small" onClick={() => setAdding(true)} sx={{ mb: 1 }} data-testid="agenda-add">
          {translate('exemplar.session.add_item')}
        </Button>
      ) : null}
      {items.length === 0 ? (
        <EmptyNote message="exemplar.session.agenda_empty" />
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: 50 }}>{translate('exemplar.session.position')}</TableCell>
              <TableCell>{translate('exemplar.session.item')}</TableCell>
              <TableCell>{translate('exemplar.session.eligibility')}</TableCell>
              <TableCell>{translate('exemplar.session.result')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {items.map((item) => {
              const n = byId.get(String(item.nominationId));
              const verdict = readSnapshot(n?.eligibility)?.verdict;
              return (
                <TableRow key={item.nominationId} data-testid="agenda-item" data-nomination-id={item.nominationId} data-result={item.result ?? ''}>
                  <TableCell>{item.position}</TableCell>
                  <TableCell>
                    <NominationLink id={String(item.nominationId)} name={nominationName(n, String(item.nominationId))} />
                  </TableCell>
                  <TableCell data-testid="agenda-item-verdict">{verdict ? <VerdictChip verdict={verdict} /> : translate('exemplar.session.not_appraised')}</TableCell>
                  <TableCell data-testid="agenda-item-result">
                    {item.result ? (
                      <Stack direction="row" sx={{ gap: 1, alignItems: 'center' }}>
                        <ResultChip result={item.result} />
                        <span data-testid="agenda-item-tally">{tallyLabel(item)}</span>
                      </Stack>
                    ) : (
                      translate('exemplar.session.undecided')
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
      {adding && council ? <AddToAgendaDialog session={session} council={council} onClose={() => setAdding(false)} /> : null}
    </Box>
  );
}

/** Ticks of the members present (saved as a whole), and the quorum they make. */
function Attendance({ session, council, members }: { session: CouncilSessionRecord; council: CouncilRecord | undefined; members: CouncilMemberRecord[] }) {
  const translate = useTranslate();
  const client = useApolloClient();
  const notify = useNotify();
  const refresh = useRefresh();
  const refusalOf = useRefusal();
  const saved = session.presentMemberIds.map(String);
  const canReview = useCan('CouncilSession', 'review');
  const [ticked, setTicked] = useState<string[] | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const present = ticked ?? saved;
  const sitting = members.filter((m) => isActiveOn(m, session.heldOn));
  const quorum = quorumOf(members, saved, council?.quorumRatio ?? 0.5, session.heldOn);
  const dirty = ticked !== null && [...ticked].sort().join() !== [...saved].sort().join();
  const save = async () => {
    setRefusal(null);
    try {
      await client.mutate({ mutation: RECORD_ATTENDANCE, variables: { sessionId: session.id, memberIds: present } });
      notify('exemplar.session.attendance_saved', { type: 'info' });
      setTicked(null);
      refresh();
    } catch (error) {
      setRefusal(refusalOf(error));
    }
  };
  // Attendance is a review step: reviewers and administrators record it.
  const editable = session.status !== 'CLOSED' && canReview;
  return (
    <Box data-testid="session-attendance">
      <Stack direction="row" sx={{ alignItems: 'center', gap: 1, mb: 1, flexWrap: 'wrap' }} data-testid="session-quorum" data-present={quorum.present} data-required={quorum.required} data-met={String(quorum.met)}>
        <Chip size="small" color={quorum.met ? 'success' : 'warning'} label={translate(quorum.met ? 'exemplar.session.quorum_met' : 'exemplar.session.quorum_not_met')} />
        <Typography variant="body2">{translate('exemplar.session.quorum', { present: quorum.present, voting: quorum.voting, required: quorum.required })}</Typography>
      </Stack>
      {editable ? (
        <Typography variant="body2" color="text.secondary">
          {translate('exemplar.session.attendance_help')}
        </Typography>
      ) : null}
      <Stack direction="row" sx={{ flexWrap: 'wrap', columnGap: 3 }}>
        {sitting.map((m) => (
          <FormControlLabel
            key={m.id}
            data-testid="attendance-member"
            data-member-id={m.id}
            control={
              <Checkbox
                checked={present.includes(String(m.id))}
                disabled={!editable}
                onChange={(e) => setTicked(e.target.checked ? [...present, String(m.id)] : present.filter((id) => id !== String(m.id)))}
              />
            }
            label={`${m.fullName} (${translate(`exemplar.council.role.${m.role}`, { _: m.role })}${m.voting ? '' : `, ${translate('exemplar.session.non_voting')}`})`}
          />
        ))}
      </Stack>
      {editable ? (
        <Stack direction="row" sx={{ alignItems: 'center', gap: 2, mt: 1 }}>
          <Button variant="outlined" onClick={() => void save()} disabled={!dirty} data-testid="attendance-save">
            {translate('exemplar.session.save_attendance')}
          </Button>
          {dirty ? (
            <Typography variant="body2" color="warning.main">
              {translate('exemplar.session.attendance_unsaved')}
            </Typography>
          ) : null}
        </Stack>
      ) : null}
      {refusal ? (
        <Alert severity="error" sx={{ mt: 1 }} data-testid="attendance-refusal">
          {refusal}
        </Alert>
      ) : null}
    </Box>
  );
}

/** Records a member's conflict of interest on an item; the session is read again to show it. */
function ConflictDialog({ session, item, name, members, onClose, onDeclared }: { session: CouncilSessionRecord; item: SessionItem; name: string; members: CouncilMemberRecord[]; onClose: () => void; onDeclared: () => void }) {
  const translate = useTranslate();
  const client = useApolloClient();
  const notify = useNotify();
  const refusalOf = useRefusal();
  const [memberId, setMemberId] = useState('');
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const declare = async () => {
    setTried(true);
    if (!memberId || !reason.trim()) return;
    setRefusal(null);
    try {
      await client.mutate({ mutation: DECLARE_CONFLICT, variables: { sessionId: session.id, nominationId: item.nominationId, memberId, reason: reason.trim() } });
      notify('exemplar.session.conflict_saved', { type: 'info' });
      onDeclared();
      onClose();
    } catch (error) {
      setRefusal(refusalOf(error));
    }
  };
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth data-testid="conflict-dialog" aria-labelledby="conflict-title">
      <DialogTitle id="conflict-title">{translate('exemplar.session.conflict_title', { name })}</DialogTitle>
      <DialogContent>
        <TextField
          select
          label={translate('exemplar.session.conflict_member')}
          value={memberId}
          onChange={(e) => setMemberId(e.target.value)}
          error={tried && !memberId}
          helperText={tried && !memberId ? translate('ra.validation.required') : ' '}
          fullWidth
          sx={{ mt: 1 }}
        >
          {members.map((m) => (
            <MenuItem key={m.id} value={String(m.id)}>
              {m.fullName}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          label={translate('exemplar.session.conflict_reason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={tried && !reason.trim()}
          helperText={tried && !reason.trim() ? translate('ra.validation.required') : ' '}
          multiline
          minRows={2}
          fullWidth
        />
        {refusal ? <Alert severity="error">{refusal}</Alert> : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" onClick={() => void declare()}>
          {translate('exemplar.session.declare_conflict')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

function DecideDialog({ name, onClose, onDecide }: { name: string; onClose: () => void; onDecide: (author: string) => Promise<void> }) {
  const translate = useTranslate();
  const [author, setAuthor] = useState(lastAuthor);
  const [busy, setBusy] = useState(false);
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth data-testid="decide-dialog" aria-labelledby="decide-title">
      <DialogTitle id="decide-title">{translate('exemplar.session.decide_title', { name })}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate('exemplar.session.decide_help')}
        </Typography>
        <TextField label={translate('exemplar.session.author')} value={author} onChange={(e) => setAuthor(e.target.value)} fullWidth />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button
          variant="contained"
          startIcon={<GavelIcon />}
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            lastAuthor = author.trim();
            await onDecide(author.trim());
            setBusy(false);
          }}
        >
          {translate('exemplar.session.decide')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/**
 * One item's vote: a row per present voting member with Tán thành / Không tán thành / Không biểu
 * quyết (the secretary records each ballot), who has voted (in a secret ballot never how), declared
 * conflicts with their reason, and "Kết luận". All of it is read from the session as the server
 * lists it, and read again after each ballot or conflict, so another computer sees the same grid.
 */
function ItemVote({ session, item, name, members }: { session: CouncilSessionRecord; item: SessionItem; name: string; members: CouncilMemberRecord[] }) {
  const translate = useTranslate();
  const client = useApolloClient();
  const notify = useNotify();
  const refresh = useRefresh();
  const refusalOf = useRefusal();
  const [refusal, setRefusal] = useState<{ message: string; code: string | null } | null>(null);
  const [deciding, setDeciding] = useState(false);
  const [declaring, setDeclaring] = useState(false);
  const canReview = useCan('CouncilSession', 'review');
  const cells = voteGrid({
    members,
    presentIds: session.presentMemberIds,
    heldOn: session.heldOn,
    secretBallot: session.secretBallot,
    status: session.status,
    item,
    votesCast: session.votesCast ?? [],
    openBallots: session.openBallots ?? [],
    conflicts: session.conflicts ?? [],
  });
  const byId = new Map(members.map((m) => [String(m.id), m]));
  const nominationId = String(item.nominationId);

  const vote = async (memberId: string, choice: VoteChoice) => {
    setRefusal(null);
    try {
      await client.mutate({ mutation: CAST_VOTE, variables: { sessionId: session.id, nominationId, memberId, choice } });
      notify('exemplar.session.vote_recorded', { type: 'info' });
    } catch (error) {
      // ALREADY_VOTED or CONFLICT_OF_INTEREST: the session read again shows why.
      setRefusal({ message: refusalOf(error), code: errorCode(error) });
    }
    refresh();
  };

  const decide = async (author: string) => {
    setRefusal(null);
    try {
      const { data } = await client.mutate<{ decideCouncilItem: { result: string } }>({ mutation: DECIDE_ITEM, variables: { sessionId: session.id, nominationId, author: author || null } });
      const result = data?.decideCouncilItem.result ?? '';
      notify('exemplar.session.decided', { type: 'info', messageArgs: { result: translate(`exemplar.session.results.${result}`, { _: result }) } });
    } catch (error) {
      setRefusal({ message: refusalOf(error), code: errorCode(error) });
    }
    setDeciding(false);
    refresh();
  };

  const open = session.status === 'OPEN' && !item.result && canReview;
  return (
    <Paper variant="outlined" sx={{ p: 1.5, mb: 2 }} data-testid={`vote-item-${nominationId}`} data-result={item.result ?? ''}>
      <Stack direction="row" sx={{ alignItems: 'center', gap: 2, flexWrap: 'wrap', mb: 1 }}>
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 500 }}>
          {item.position}. <NominationLink id={nominationId} name={name} />
        </Typography>
        {item.result ? (
          <Stack direction="row" sx={{ gap: 1, alignItems: 'center' }} data-testid="vote-item-result">
            <ResultChip result={item.result} />
            <Typography variant="body2" data-testid="vote-item-tally">
              {translate('exemplar.session.tally', { yes: item.yes ?? 0, no: item.no ?? 0, abstain: item.abstain ?? 0, eligible: item.eligible ?? 0 })}
            </Typography>
          </Stack>
        ) : (
          <Typography variant="body2" color="text.secondary" data-testid="vote-item-count">
            {translate('exemplar.session.voted_count', { count: votedCount(cells), total: cells.length })}
          </Typography>
        )}
      </Stack>
      {cells.length === 0 ? (
        <EmptyNote message="exemplar.session.no_present" />
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('exemplar.session.member')}</TableCell>
              <TableCell>{translate('exemplar.session.ballot')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {cells.map((cell) => {
              const member = byId.get(cell.memberId);
              const memberName = member?.fullName ?? `#${cell.memberId}`;
              return (
                <TableRow key={cell.memberId} data-testid="vote-row" data-member-id={cell.memberId} data-state={cell.state} data-choice={cell.choice ?? ''}>
                  <TableCell>
                    {memberName}
                    {member ? (
                      <Typography component="span" variant="caption" color="text.secondary">
                        {` — ${translate(`exemplar.council.role.${member.role}`, { _: member.role })}`}
                      </Typography>
                    ) : null}
                  </TableCell>
                  <TableCell data-testid="vote-state">
                    {cell.state === 'CONFLICT' ? (
                      <Stack direction="row" sx={{ gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
                        <Tooltip title={cell.reason ?? ''}>
                          <Chip size="small" color="warning" label={translate('exemplar.session.conflicted')} />
                        </Tooltip>
                        {cell.reason ? (
                          <Typography variant="caption" color="text.secondary" data-testid="vote-conflict-reason">
                            {cell.reason}
                          </Typography>
                        ) : null}
                      </Stack>
                    ) : cell.state === 'VOTED' ? (
                      <Chip size="small" color="primary" label={cell.choice ? translate(`exemplar.session.choice.${cell.choice}`) : translate('exemplar.session.voted')} />
                    ) : (
                      <Chip size="small" variant="outlined" label={translate('exemplar.session.pending')} />
                    )}
                  </TableCell>
                  <TableCell align="right">
                    {cell.canVote && canReview ? (
                      <ButtonGroup size="small" variant="outlined">
                        {VOTE_CHOICES.map((choice) => (
                          <Button key={choice} onClick={() => void vote(cell.memberId, choice)} aria-label={`${translate(`exemplar.session.choice.${choice}`)} — ${memberName}`} data-choice={choice}>
                            {translate(`exemplar.session.choice.${choice}`)}
                          </Button>
                        ))}
                      </ButtonGroup>
                    ) : null}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
      {refusal ? (
        <Alert severity="error" sx={{ mt: 1 }} data-testid="vote-refusal" data-code={refusal.code ?? ''}>
          {refusal.message}
        </Alert>
      ) : null}
      {open ? (
        <Stack direction="row" sx={{ gap: 1, mt: 1, flexWrap: 'wrap' }}>
          <Button variant="contained" startIcon={<GavelIcon />} onClick={() => setDeciding(true)} data-testid="vote-item-decide">
            {translate('exemplar.session.decide')}
          </Button>
          <Button variant="text" color="warning" onClick={() => setDeclaring(true)} data-testid="vote-item-conflict">
            {translate('exemplar.session.declare_conflict')}
          </Button>
        </Stack>
      ) : null}
      {deciding ? <DecideDialog name={name} onClose={() => setDeciding(false)} onDecide={decide} /> : null}
      {declaring ? (
        <ConflictDialog
          session={session}
          item={item}
          name={name}
          members={members.filter((m) => m.voting && isActiveOn(m, session.heldOn))}
          onClose={() => setDeclaring(false)}
          onDeclared={refresh}
        />
      ) : null}
    </Paper>
  );
}

function Voting({ session, members, byId }: { session: CouncilSessionRecord; members: CouncilMemberRecord[]; byId: Map<string, AgendaNomination> }) {
  const translate = useTranslate();
  const items = [...session.items].sort((a, b) => a.position - b.position);
  return (
    <Box data-testid="session-voting">
      <Alert severity="info" variant="outlined" sx={{ mb: 1 }}>
        {translate(session.secretBallot ? 'exemplar.session.voting_help_secret' : 'exemplar.session.voting_help_open')}
      </Alert>
      {session.status !== 'OPEN' ? (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('exemplar.session.voting_not_open')}
        </Typography>
      ) : null}
      {items.length === 0 ? <EmptyNote message="exemplar.session.agenda_empty" /> : null}
      {items.map((item) => (
        <ItemVote
          key={item.nominationId}
          session={session}
          item={item}
          name={nominationName(byId.get(String(item.nominationId)), String(item.nominationId))}
          members={members}
        />
      ))}
    </Box>
  );
}

function SessionScreen() {
  const session = useRecordContext<CouncilSessionRecord>();
  if (!session) return null;
  return <SessionBody session={session} />;
}

function SessionBody({ session }: { session: CouncilSessionRecord }) {
  const { council, members, byId } = useSessionData(session);
  const translate = useTranslate();
  return (
    <Box>
      <Header session={session} />
      <HistoryTabs table="council_session">
        <Section title="exemplar.session.section.agenda">
          <Agenda session={session} council={council} byId={byId} />
        </Section>
        <Section title="exemplar.session.section.attendance">
          <Attendance key={session.presentMemberIds.join(',')} session={session} council={council} members={members} />
        </Section>
        <Section title="exemplar.session.section.voting">
          <Voting session={session} members={members} byId={byId} />
        </Section>
        <Section title="exemplar.session.section.minutes">
          {session.minutes ? (
            <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }} data-testid="session-minutes">
              {session.minutes}
            </Typography>
          ) : (
            <Typography variant="body2" color="text.secondary">
              {translate('exemplar.session.no_minutes')}
            </Typography>
          )}
        </Section>
      </HistoryTabs>
    </Box>
  );
}

/** The council session screen: header and lifecycle, agenda, attendance with the quorum, votes per item, minutes. */
export function SessionShow() {
  return (
    <Show actions={<Actions />} title={<Title />}>
      <SessionScreen />
    </Show>
  );
}
