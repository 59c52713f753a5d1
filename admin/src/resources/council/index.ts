import GroupsIcon from '@mui/icons-material/Groups';
import type { RaRecord } from 'react-admin';
import { CouncilCreate, CouncilEdit } from './CouncilForm';
import { CouncilList } from './CouncilList';
import { CouncilShow } from './CouncilShow';

export default {
  list: CouncilList,
  show: CouncilShow,
  create: CouncilCreate,
  edit: CouncilEdit,
  icon: GroupsIcon,
  recordRepresentation: (record: RaRecord) => String(record.name ?? `#${record.id}`),
};
