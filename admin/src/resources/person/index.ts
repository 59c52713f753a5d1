import PersonIcon from '@mui/icons-material/Person';
import type { RaRecord } from 'react-admin';
import { PersonCreate } from './PersonCreate';
import { PersonEdit } from './PersonEdit';
import { PersonList } from './PersonList';
import { PersonShow } from './PersonShow';

export default {
  list: PersonList,
  show: PersonShow,
  edit: PersonEdit,
  create: PersonCreate,
  icon: PersonIcon,
  recordRepresentation: (record: RaRecord) => String(record.fullName ?? record.id),
};
