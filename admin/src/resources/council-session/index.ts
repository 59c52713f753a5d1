import EventNoteIcon from '@mui/icons-material/EventNote';
import type { RaRecord } from 'react-admin';
import { SessionCreate, SessionEdit } from './SessionForm';
import { SessionShow } from './SessionShow';

export default {
  show: SessionShow,
  create: SessionCreate,
  edit: SessionEdit,
  icon: EventNoteIcon,
  recordRepresentation: (record: RaRecord) => String(record.title ?? `#${record.id}`),
};
