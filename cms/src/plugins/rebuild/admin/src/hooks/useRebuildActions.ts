import * as React from 'react';
import { isFetchError, useAPIErrorHandler, useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useT } from '../translations';

/** The page's buttons: queue one site, queue all, roll a site back. Each reloads the overview after. */
export const useRebuildActions = (reload: () => Promise<void>) => {
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const { formatAPIError } = useAPIErrorHandler();
  const t = useT();
  const [pending, setPending] = React.useState<string | null>(null);

  const run = React.useCallback(
    async (key: string, call: () => Promise<string>): Promise<boolean> => {
      setPending(key);
      try {
        toggleNotification({ type: 'success', message: await call() });
        return true;
      } catch (error) {
        // The server's refusals are Vietnamese (access.ts); show them as they are.
        const message = isFetchError(error) ? formatAPIError(error) : t('notify.failed');
        toggleNotification({ type: 'danger', message });
        return false;
      } finally {
        setPending(null);
        await reload();
      }
    },
    [formatAPIError, reload, t, toggleNotification]
  );

  const rebuild = (slug: string, name: string) =>
    run(`rebuild:${slug}`, async () => {
      await post(`/rebuild/sites/${slug}/rebuild`);
      return t('notify.queued', { site: name });
    });

  const rebuildAll = () =>
    run('rebuild:all', async () => {
      const { data } = await post<{ data: { jobs: number[] } }>('/rebuild/all');
      return t('notify.queuedAll', { count: data.data.jobs.length });
    });

  const rollback = (slug: string, name: string, release?: string) =>
    run(`rollback:${slug}`, async () => {
      const { data } = await post<{ data: { to: string } }>(`/rebuild/sites/${slug}/rollback`, release ? { release } : {});
      return t('notify.rolledBack', { site: name, release: data.data.to });
    });

  return { pending, rebuild, rebuildAll, rollback };
};
