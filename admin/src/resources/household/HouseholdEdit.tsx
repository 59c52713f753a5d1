import { Edit } from 'react-admin';
import { HouseholdForm } from './HouseholdForm';

export function HouseholdEdit() {
  return (
    <Edit redirect="show" mutationMode="pessimistic">
      <HouseholdForm />
    </Edit>
  );
}
