import GavelIcon from '@mui/icons-material/Gavel';
import type { RaRecord } from 'react-admin';
import { DecisionCreate } from './DecisionCreate';
import { DecisionList } from './DecisionList';
import { DecisionShow } from './DecisionShow';

export default {
  list: DecisionList,
  show: DecisionShow,
  create: DecisionCreate,
  icon: GavelIcon,
  recordRepresentation: (record: RaRecord) => String(record.number ?? `#${record.id}`),
};
