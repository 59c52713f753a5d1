import { useEffect } from 'react';
import { useLogout, useNotify } from 'react-admin';

type Listener = () => void;
const listeners = new Set<Listener>();

/**
 * The API refused the session's token (UNAUTHENTICATED) on a request that does not go through the
 * data provider (a dashboard card, an action button, who am I): the Apollo link says so here.
 */
export function sessionEnded(): void {
  for (const listener of [...listeners]) listener();
}

/** Signs out to the login page when the session ends under the console's feet (see sessionEnded). */
export function SessionWatcher() {
  const logout = useLogout();
  const notify = useNotify();
  useEffect(() => {
    const listener = () => {
      notify('ra.notification.logged_out', { type: 'warning' });
      void logout({}, '/login');
    };
    listeners.add(listener);
    return () => void listeners.delete(listener);
  }, [logout, notify]);
  return null;
}
