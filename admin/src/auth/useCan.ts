import { useCanAccess } from 'react-admin';
import type { AccessAction } from './access';

/**
 * Whether the principal may take this action on this resource (authProvider.canAccess): for the
 * console's own action buttons, which react-admin's built-in buttons do not cover. False until known.
 */
export function useCan(resource: string, action: AccessAction): boolean {
  const { canAccess } = useCanAccess({ resource, action });
  return canAccess === true;
}
