import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { MessagePage } from '../../../shared/contracts';

const POLL_MS = 10_000;

interface State {
  page: MessagePage | null;
  error: unknown;
}

/** One page of the outbox, polled while the tab is visible so a retried message's status moves on screen. */
export const useOutbox = (pageNumber: number) => {
  const { get } = useFetchClient();
  const [state, setState] = React.useState<State>({ page: null, error: null });

  const load = React.useCallback(async () => {
    try {
      const { data } = await get<{ data: MessagePage }>(`/mail/messages?page=${pageNumber}`);
      setState({ page: data.data, error: null });
    } catch (error) {
      // Keep the last good list on screen; the error line says it may be stale.
      setState((previous) => ({ ...previous, error }));
    }
  }, [get, pageNumber]);

  React.useEffect(() => {
    void load();
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') void load();
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [load]);

  return { ...state, reload: load };
};

/** "Gửi lại": returns whether the server queued it; the caller shows the outcome. */
export const useResend = (reload: () => Promise<void>) => {
  const { post } = useFetchClient();
  const [pending, setPending] = React.useState<number | null>(null);
  const resend = React.useCallback(
    async (id: number): Promise<void> => {
      setPending(id);
      try {
        await post(`/mail/messages/${id}/resend`);
      } finally {
        setPending(null);
        await reload();
      }
    },
    [post, reload]
  );
  return { pending, resend };
};
