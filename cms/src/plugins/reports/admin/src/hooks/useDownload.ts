import * as React from 'react';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { readError } from '../utils/errors';
import { useT } from './useT';

/**
 * Downloads an export with the admin's own authentication: fetched as a blob, then handed to the
 * browser as a file (a plain link could not carry the admin token).
 */
export const useDownload = () => {
  const { get } = useFetchClient();
  const { toggleNotification } = useNotification();
  const t = useT();
  const [busy, setBusy] = React.useState<string | null>(null);

  const download = React.useCallback(
    async (report: string, format: 'xlsx' | 'csv' | 'docx', params: Record<string, string | undefined>) => {
      const query = new URLSearchParams({
        format,
        ...Object.fromEntries(Object.entries(params).filter((entry): entry is [string, string] => Boolean(entry[1]))),
      });
      setBusy(`${report}.${format}`);
      try {
        const response = await get<Blob>(`/reports/exports/${report}?${query.toString()}`, { responseType: 'blob' });
        const disposition = response.headers?.get('Content-Disposition') ?? '';
        // The Vietnamese name (RFC 6266 `filename*`) when the server sends one, else the ASCII one.
        const utf8 = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1];
        const name = utf8 ? decodeURIComponent(utf8) : (/filename="([^"]+)"/.exec(disposition)?.[1] ?? `${report}.${format}`);
        const url = URL.createObjectURL(response.data);
        const link = document.createElement('a');
        link.href = url;
        link.download = name;
        link.click();
        URL.revokeObjectURL(url);
      } catch (error) {
        toggleNotification({ type: 'danger', message: readError(error).message ?? t('export.failed') });
      } finally {
        setBusy(null);
      }
    },
    [get, toggleNotification, t]
  );

  return { download, busy };
};
