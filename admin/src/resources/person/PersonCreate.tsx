import { Create } from 'react-admin';
import { PersonForm } from './PersonForm';

export function PersonCreate() {
  return (
    <Create redirect="show" mutationMode="pessimistic">
      <PersonForm />
    </Create>
  );
}
