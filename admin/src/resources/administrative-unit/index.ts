import AccountTreeIcon from '@mui/icons-material/AccountTree';
import type { RaRecord } from 'react-admin';
import { UnitList } from './UnitList';
import { UnitShow } from './UnitShow';

/** Administrative units are reference data: read-only (no edit, no create). */
export default {
  list: UnitList,
  show: UnitShow,
  edit: undefined,
  create: undefined,
  icon: AccountTreeIcon,
  recordRepresentation: (record: RaRecord) => String(record.name ?? record.code ?? record.id),
};
