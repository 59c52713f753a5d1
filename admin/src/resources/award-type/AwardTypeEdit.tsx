import { Edit } from 'react-admin';
import { AwardTypeForm } from './AwardTypeForm';

/** Pessimistic: DUPLICATE_CODE and checks of the server keep the form open with their message. */
export function AwardTypeEdit() {
  return (
    <Edit redirect="show" mutationMode="pessimistic">
      <AwardTypeForm />
    </Edit>
  );
}
