import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { Overview } from '../../../shared/contracts';

const POLL_MS = 3000;

interface State {
  overview: Overview | null;
  error: unknown;
  loadedAt: Date | null;
}

/** The rebuild overview, polled every few seconds so operators watch builds as they run. */
export const useOverview = () => {
  const { get } = useFetchClient();
  const [state, setState] = React.useState<State>({ overview: null, error: null, loadedAt: null });

  const load = React.useCallback(async () => {
    try {
      const { data } = await get<{ data: Overview }>('/rebuild/overview');
      setState({ overview: data.data, error: null, loadedAt: new Date() });
    } catch (error) {
      // Keep the last good figures on screen; the error line says they may be stale.
      setState((previous) => ({ ...previous, error }));
    }
  }, [get]);

  React.useEffect(() => {
    void load();
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') void load();
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [load]);

  return { ...state, reload: load };
};
