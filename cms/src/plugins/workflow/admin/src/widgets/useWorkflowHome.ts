import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { WorkflowHome } from '../../../shared/contracts';

/**
 * The four home widgets read one answer: the first to mount asks, the others share its request.
 * Dropped once settled, so returning to the home page shows fresh work.
 */
let pending: Promise<WorkflowHome> | null = null;

type HomeState = { home: WorkflowHome; failed: false } | { home: null; failed: boolean };

export const useWorkflowHome = (): HomeState => {
  const { get } = useFetchClient();
  const [state, setState] = React.useState<HomeState>({ home: null, failed: false });

  React.useEffect(() => {
    let current = true;
    pending ??= get<{ data: WorkflowHome }>('/workflow/home').then(({ data }) => data.data);
    const request = pending;
    request
      .then((home) => current && setState({ home, failed: false }))
      .catch(() => current && setState({ home: null, failed: true }))
      .finally(() => {
        if (pending === request) pending = null;
      });
    return () => {
      current = false;
    };
  }, [get]);

  return state;
};
