import DescriptionIcon from '@mui/icons-material/Description';
import type { RaRecord } from 'react-admin';
import { NominationCreate } from './NominationCreate';
import { NominationEdit } from './NominationEdit';
import { NominationList } from './NominationList';
import { NominationShow } from './NominationShow';

export default {
  list: NominationList,
  show: NominationShow,
  create: NominationCreate,
  edit: NominationEdit,
  icon: DescriptionIcon,
  recordRepresentation: (record: RaRecord) => String((record.summary as { name?: string } | undefined)?.name ?? `#${record.id}`),
};
