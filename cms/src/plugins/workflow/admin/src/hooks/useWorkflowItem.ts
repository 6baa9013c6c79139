import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { WorkflowItem } from '../../../shared/contracts';
import { readActionError } from '../utils/errors';
import { publishItem } from '../utils/itemStore';

interface ItemState {
  item: WorkflowItem | null;
  error: string | null;
  loading: boolean;
}

/** One item's workflow state, history and the signed-in user's actions on it. */
export const useWorkflowItem = (uid: string, documentId: string) => {
  const { get } = useFetchClient();
  const [state, setState] = React.useState<ItemState>({ item: null, error: null, loading: true });

  const reload = React.useCallback(async () => {
    setState((previous) => ({ ...previous, loading: true }));
    try {
      const { data } = await get<{ data: WorkflowItem }>(`/workflow/items/${uid}/${documentId}`);
      setState({ item: data.data, error: null, loading: false });
      publishItem(data.data);
    } catch (error) {
      // A 403 here is normal (someone else's item): the server's message says why.
      setState({ item: null, error: readActionError(error).message, loading: false });
    }
  }, [get, uid, documentId]);

  React.useEffect(() => {
    void reload();
  }, [reload]);

  /** An action answers with the item as it now is, which saves a second request. */
  const replace = React.useCallback((item: WorkflowItem) => {
    setState({ item, error: null, loading: false });
    publishItem(item);
  }, []);

  return { ...state, reload, replace };
};
