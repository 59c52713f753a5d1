import CategoryIcon from '@mui/icons-material/Category';
import type { RaRecord } from 'react-admin';
import { localName } from '../../data/catalogue';
import { currentLang } from '../../i18n/i18nProvider';
import { FieldCreate } from './FieldCreate';
import { FieldEdit } from './FieldEdit';
import { FieldList } from './FieldList';

export default {
  list: FieldList,
  edit: FieldEdit,
  create: FieldCreate,
  icon: CategoryIcon,
  recordRepresentation: (record: RaRecord) => localName(record, currentLang()) || String(record.id),
};
