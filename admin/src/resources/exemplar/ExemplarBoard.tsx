import { useState, type DragEvent } from 'react';
import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { Box, Button, Card, CardContent, Chip, Link, Paper, Stack, Typography } from '@mui/material';
import { ReferenceField, RecordContextProvider, useCreatePath, useListContext, useLocaleState, useStore, useTranslate } from 'react-admin';
import type { ExemplarStage } from '@exemplar/shared';
import { useCan } from '../../auth/useCan';
import { localName, useActivityFields } from '../../data/catalogue';
import { MoveDialog, MoveMenu } from './MoveStage';
import { useExemplarName } from './SubjectName';
import { BOARD_STAGES, checkMove, groupByStage, SIDE_STAGES } from './stages';
import type { ExemplarRecord } from './types';

interface Drag {
  exemplar: ExemplarRecord;
  name: string;
}

function ExemplarCard({ record, onDragStart, onDragEnd, onMove }: { record: ExemplarRecord; onDragStart: (drag: Drag) => void; onDragEnd: () => void; onMove: (drag: Drag, to: ExemplarStage) => void }) {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const [locale] = useLocaleState();
  const { byCode } = useActivityFields();
  const name = useExemplarName(record);
  const canMove = useCan('Exemplar', 'edit');
  return (
    <RecordContextProvider value={record}>
      <Card
        variant="outlined"
        draggable={canMove}
        onDragStart={(e: DragEvent) => {
          e.dataTransfer.setData('text/plain', record.id);
          e.dataTransfer.effectAllowed = 'move';
          onDragStart({ exemplar: record, name });
        }}
        onDragEnd={onDragEnd}
        data-testid={`exemplar-card-${record.id}`}
        data-stage={record.stage}
        sx={{ cursor: canMove ? 'grab' : 'default', mb: 1 }}
      >
        <CardContent sx={{ p: 1.25, '&:last-child': { pb: 1 } }}>
          <Link href={`#${createPath({ resource: 'Exemplar', id: record.id, type: 'show' })}`} variant="body2" sx={{ fontWeight: 500, display: 'block' }} data-testid="exemplar-card-name">
            {name}
          </Link>
          {record.subjectKind ? (
            <Typography variant="caption" color="text.secondary" component="div">
              {translate(`exemplar.exemplars.kinds.${record.subjectKind}`, { _: record.subjectKind })}
            </Typography>
          ) : null}
          {record.fields.length ? (
            <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5, mt: 0.5 }}>
              {record.fields.map((code) => (
                <Chip key={code} size="small" variant="outlined" label={localName(byCode.get(code), locale) || code} />
              ))}
            </Stack>
          ) : null}
          {record.planId ? (
            <Typography variant="caption" component="div" sx={{ mt: 0.5 }}>
              <ReferenceField source="planId" reference="Plan" link={false} />
            </Typography>
          ) : null}
          <Box sx={{ mt: 0.5, ml: -0.75 }}>
            <MoveMenu exemplar={record} name={name} onPick={(stage) => onMove({ exemplar: record, name }, stage as ExemplarStage)} />
          </Box>
        </CardContent>
      </Card>
    </RecordContextProvider>
  );
}

/**
 * One column per stage. While a card is dragged, the columns it may go to are highlighted and the
 * others dimmed and refuse the drop; a drop asks the reason and author before anything is sent.
 */
interface ColumnProps {
  stage: ExemplarStage;
  cards: ExemplarRecord[];
  drag: Drag | null;
  onDrop: (stage: ExemplarStage) => void;
  onMove: (drag: Drag, to: ExemplarStage) => void;
  compact?: boolean;
  setDrag: (d: Drag | null) => void;
}

function Column({ stage, cards, drag, onDrop, onMove, compact, setDrag }: ColumnProps) {
  const translate = useTranslate();
  const [over, setOver] = useState(false);
  const check = drag ? checkMove(drag.exemplar.stage, stage) : null;
  const allowed = check === 'ALLOWED';
  return (
    <Paper
      variant="outlined"
      data-testid={`board-column-${stage}`}
      data-drop={check ?? undefined}
      aria-disabled={drag && !allowed ? true : undefined}
      onDragOver={(e) => {
        if (!allowed) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'move';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        if (allowed) onDrop(stage);
      }}
      sx={{
        minWidth: compact ? 200 : 230,
        width: compact ? 200 : 230,
        flexShrink: 0,
        p: 1,
        bgcolor: over ? 'success.light' : allowed ? 'rgba(46, 125, 50, 0.08)' : 'background.default',
        borderColor: allowed ? 'success.main' : undefined,
        borderStyle: allowed ? 'dashed' : undefined,
        opacity: drag && check === 'REFUSED' ? 0.45 : 1,
        transition: 'opacity 120ms',
      }}
    >
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
        <Typography variant="subtitle2" component="h3">
          {translate(`exemplar.exemplars.stage.${stage}`)}
        </Typography>
        <Chip size="small" label={cards.length} data-testid="board-column-count" />
      </Stack>
      {cards.map((record) => (
        <ExemplarCard key={record.id} record={record} onDragStart={setDrag} onDragEnd={() => setDrag(null)} onMove={onMove} />
      ))}
      {cards.length === 0 ? (
        <Typography variant="caption" color="text.secondary">
          {allowed ? translate('exemplar.exemplars.drop_here') : translate('exemplar.exemplars.empty_column')}
        </Typography>
      ) : null}
    </Paper>
  );
}

/** The exemplars of the list's filter as a board of stages (main way in order, exits in a strip below). */
export function ExemplarBoard() {
  const translate = useTranslate();
  const { data, isPending } = useListContext<ExemplarRecord>();
  const [drag, setDrag] = useState<Drag | null>(null);
  const [pending, setPending] = useState<{ drag: Drag; to: ExemplarStage } | null>(null);
  const [sideOpen, setSideOpen] = useStore('exemplar.board.sideOpen', true);
  if (isPending) return null;
  const columns = groupByStage(data ?? []);
  const sideCount = SIDE_STAGES.reduce((n, stage) => n + columns[stage].length, 0);
  const drop = (to: ExemplarStage) => {
    if (drag) setPending({ drag, to });
    setDrag(null);
  };
  const move = (card: Drag, to: ExemplarStage) => setPending({ drag: card, to });
  return (
    <Box sx={{ p: 1 }} data-testid="exemplar-board">
      <Stack direction="row" sx={{ gap: 1, overflowX: 'auto', pb: 1, alignItems: 'flex-start' }}>
        {BOARD_STAGES.map((stage) => (
          <Column key={stage} stage={stage} cards={columns[stage]} drag={drag} onDrop={drop} onMove={move} setDrag={setDrag} />
        ))}
      </Stack>
      <Button size="small" onClick={() => setSideOpen(!sideOpen)} startIcon={sideOpen ? <ExpandLessIcon /> : <ExpandMoreIcon />} aria-expanded={sideOpen} data-testid="board-side-toggle" sx={{ mt: 1 }}>
        {translate('exemplar.exemplars.side_stages')} ({sideCount})
      </Button>
      {sideOpen || drag ? (
        <Stack direction="row" sx={{ gap: 1, overflowX: 'auto', pt: 1, alignItems: 'flex-start' }} data-testid="exemplar-board-side">
          {SIDE_STAGES.map((stage) => (
            <Column key={stage} stage={stage} cards={columns[stage]} drag={drag} onDrop={drop} onMove={move} setDrag={setDrag} compact />
          ))}
        </Stack>
      ) : null}
      {pending ? <MoveDialog exemplar={pending.drag.exemplar} name={pending.drag.name} to={pending.to} onClose={() => setPending(null)} /> : null}
    </Box>
  );
}
