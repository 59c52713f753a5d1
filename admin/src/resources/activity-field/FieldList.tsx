import { Datagrid, List, TextField } from 'react-admin';

export function FieldList() {
  return (
    <List sort={{ field: 'code', order: 'ASC' }} perPage={50} exporter={false}>
      <Datagrid bulkActionButtons={false}>
        <TextField source="code" />
        <TextField source="nameVi" />
        <TextField source="nameEn" sortable={false} />
      </Datagrid>
    </List>
  );
}
