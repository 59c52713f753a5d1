import { Edit } from 'react-admin';
import { PersonForm } from './PersonForm';

/** Pessimistic: a save over someone else's (CONFLICT) keeps the form open with the server's message. */
export function PersonEdit() {
  return (
    <Edit redirect="show" mutationMode="pessimistic">
      <PersonForm />
    </Edit>
  );
}
