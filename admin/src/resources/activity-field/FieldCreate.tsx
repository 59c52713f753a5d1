import { Create } from 'react-admin';
import { FieldForm } from './FieldForm';

export function FieldCreate() {
  return (
    <Create redirect="list" mutationMode="pessimistic">
      <FieldForm />
    </Create>
  );
}
