import { useRef, useState } from 'react';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import { useApolloClient } from '@apollo/client';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Menu, MenuItem, TextField, Typography } from '@mui/material';
import { useLocaleState, useNotify, useRefresh, useTranslate } from 'react-admin';
import { useCan } from '../../auth/useCan';
import { errorCode, localizedMessage } from '../../data/dataProvider';
import { ADVANCE_EXEMPLAR } from './queries';
import { allowedMoves } from './stages';

export interface MovableExemplar {
  id: string;
  stage: string;
  version: number;
  modelName?: string | null;
}

/** The author typed last, offered again in the next move (one user moves several cards in a row). */
let lastAuthor = '';

/**
 * Asks the reason and author of a move, sends advanceExemplar, and on refusal shows the server's
 * message in the console's language and keeps the exemplar where it was (nothing is changed locally).
 */
export function MoveDialog({ exemplar, name, to, onClose }: { exemplar: MovableExemplar; name: string; to: string; onClose: () => void }) {
  const translate = useTranslate();
  const client = useApolloClient();
  const notify = useNotify();
  const refresh = useRefresh();
  const [locale] = useLocaleState();
  const [reason, setReason] = useState('');
  const [author, setAuthor] = useState(lastAuthor);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const stageLabel = (stage: string) => translate(`exemplar.exemplars.stage.${stage}`, { _: stage });

  const submit = async () => {
    setTried(true);
    if (!reason.trim() || !author.trim()) return;
    setBusy(true);
    lastAuthor = author.trim();
    try {
      await client.mutate({ mutation: ADVANCE_EXEMPLAR, variables: { id: exemplar.id, version: exemplar.version, stage: to, reason: reason.trim(), author: author.trim() } });
      notify('exemplar.exemplars.move_done', { type: 'info', messageArgs: { stage: stageLabel(to) } });
      refresh();
      onClose();
    } catch (error) {
      if (errorCode(error) === 'CONFLICT') {
        notify('exemplar.exemplars.conflict', { type: 'warning' });
        refresh();
      }
      setRefusal(localizedMessage(error, locale) ?? translate('ra.notification.http_error'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="exemplar-move-title" data-testid="exemplar-move-dialog">
      <DialogTitle id="exemplar-move-title">{translate('exemplar.exemplars.move_title', { name, stage: stageLabel(to) })}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" sx={{ mb: 2 }}>
          {translate('exemplar.exemplars.move_help', { from: stageLabel(exemplar.stage) })}
        </Typography>
        <TextField
          label={translate('exemplar.exemplars.reason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={tried && !reason.trim()}
          helperText={tried && !reason.trim() ? translate('ra.validation.required') : ' '}
          multiline
          minRows={2}
          fullWidth
          autoFocus
        />
        <TextField
          label={translate('exemplar.exemplars.author')}
          value={author}
          onChange={(e) => setAuthor(e.target.value)}
          error={tried && !author.trim()}
          helperText={tried && !author.trim() ? translate('ra.validation.required') : ' '}
          fullWidth
        />
        {refusal ? (
          <Alert severity="error" data-testid="exemplar-move-refused">
            {refusal}
          </Alert>
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" onClick={submit} disabled={busy}>
          {translate('exemplar.exemplars.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/**
 * "Chuyển giai đoạn": a menu of the stages this exemplar may go to, and nothing else (the keyboard way
 * to move a card). The board hosts the dialog itself (`onPick`), so that a refusal stays on screen when
 * the refresh that follows moves the card to another column.
 */
export function MoveMenu({ exemplar, name, size = 'small', onPick }: { exemplar: MovableExemplar; name: string; size?: 'small' | 'medium'; onPick?: (stage: string) => void }) {
  const translate = useTranslate();
  const anchor = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [target, setTarget] = useState<string | null>(null);
  const canMove = useCan('Exemplar', 'edit');
  const moves = allowedMoves(exemplar.stage);
  if (!canMove) return null;
  return (
    <>
      <Button
        ref={anchor}
        size={size}
        startIcon={<SwapHorizIcon />}
        onClick={(e) => {
          e.stopPropagation();
          setOpen(true);
        }}
        aria-haspopup="menu"
        aria-label={`${translate('exemplar.exemplars.move')}: ${name}`}
        data-testid="exemplar-move-button"
      >
        {translate('exemplar.exemplars.move')}
      </Button>
      <Menu anchorEl={anchor.current} open={open} onClose={() => setOpen(false)} onClick={(e) => e.stopPropagation()} data-testid="exemplar-move-menu">
        {moves.length === 0 ? <MenuItem disabled>{translate('exemplar.exemplars.move_none')}</MenuItem> : null}
        {moves.map((stage) => (
          <MenuItem
            key={stage}
            data-stage={stage}
            onClick={() => {
              setOpen(false);
              if (onPick) onPick(stage);
              else setTarget(stage);
            }}
          >
            {translate('exemplar.exemplars.move_to', { stage: translate(`exemplar.exemplars.stage.${stage}`) })}
          </MenuItem>
        ))}
      </Menu>
      {target ? <MoveDialog exemplar={exemplar} name={name} to={target} onClose={() => setTarget(null)} /> : null}
    </>
  );
}
