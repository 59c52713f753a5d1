import { Edit } from 'react-admin';
import { FieldForm } from './FieldForm';

export function FieldEdit() {
  return (
    <Edit redirect="list" mutationMode="pessimistic">
      <FieldForm />
    </Edit>
  );
}
