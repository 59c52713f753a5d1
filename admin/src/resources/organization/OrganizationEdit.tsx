import { Edit } from 'react-admin';
import { OrganizationForm } from './OrganizationForm';

/**
 * Pessimistic: the server may refuse (CONFLICT when someone saved in between, PARENT_CYCLE,
 * DUPLICATE_CODE) and the form must stay open with the message in the console's language.
 */
export function OrganizationEdit() {
  return (
    <Edit redirect="show" mutationMode="pessimistic">
      <OrganizationForm />
    </Edit>
  );
}
