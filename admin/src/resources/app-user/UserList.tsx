import { BooleanField, Datagrid, FunctionField, List, NullableBooleanInput, TextField, TextInput } from 'react-admin';
import { GrantChips } from '../../auth/grants';
import type { Grant } from '../../auth/session';

const filters = [<TextInput key="q" source="q" alwaysOn />, <NullableBooleanInput key="disabled" source="disabled" alwaysOn />];

/** Người dùng: username, name, disabled, grants. */
export function UserList() {
  return (
    <List filters={filters} perPage={25} exporter={false}>
      <Datagrid bulkActionButtons={false} rowClick="show" data-testid="user-list">
        <TextField source="username" />
        <TextField source="displayName" />
        <BooleanField source="disabled" />
        <FunctionField source="grants" sortable={false} render={(record: { grants?: Grant[] }) => <GrantChips grants={record.grants} />} />
      </Datagrid>
    </List>
  );
}
