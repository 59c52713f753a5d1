import type { ReactNode } from 'react';
import { useCanAccess, useRequireAccess } from 'react-admin';
import type { AccessAction } from './access';

/**
 * For the console's own pages that react-admin's controllers do not guard (a custom create form):
 * the page only once canAccess allows it, react-admin's "access denied" page otherwise.
 */
export function RequireAccess({ action, resource, children }: { action: AccessAction; resource: string; children: ReactNode }) {
  useRequireAccess({ action, resource });
  const { canAccess } = useCanAccess({ action, resource });
  return canAccess ? <>{children}</> : null;
}
