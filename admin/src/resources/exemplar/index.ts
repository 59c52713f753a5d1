import EmojiEventsIcon from '@mui/icons-material/EmojiEvents';
import type { RaRecord } from 'react-admin';
import { ExemplarCreate } from './ExemplarCreate';
import { ExemplarEdit } from './ExemplarEdit';
import { ExemplarList } from './ExemplarList';
import { ExemplarShow } from './ExemplarShow';

export default {
  list: ExemplarList,
  show: ExemplarShow,
  create: ExemplarCreate,
  edit: ExemplarEdit,
  icon: EmojiEventsIcon,
  recordRepresentation: (record: RaRecord) => String(record.displayName || record.modelName || `#${record.id}`),
};
