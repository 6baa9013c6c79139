import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { WorkflowMe } from '../../../shared/contracts';

/** The signed-in user's sites, roles, "waiting for me" filters and the workflow's labels. */
export const useWorkflowMe = (enabled = true): WorkflowMe | null => {
  const { get } = useFetchClient();
  const [me, setMe] = React.useState<WorkflowMe | null>(null);

  React.useEffect(() => {
    if (!enabled) return;
    let current = true;
    get<{ data: WorkflowMe }>('/workflow/me')
      .then(({ data }) => current && setMe(data.data))
      // Without it the list simply offers no filters; nothing to tell the user.
      .catch(() => current && setMe(null));
    return () => {
      current = false;
    };
  }, [get, enabled]);

  return me;
};
