import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { readError } from '../utils/errors';

/** GETs one of the plugin's routes with the scope as query parameters; reloads when they change. */
export const useReport = <T>(path: string, params: Record<string, string | undefined>, enabled = true) => {
  const { get } = useFetchClient();
  const [state, setState] = React.useState<{ data: T | null; error: string | null; loading: boolean }>({
    data: null,
    error: null,
    loading: enabled,
  });
  const query = new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => Boolean(entry[1]))).toString();

  const reload = React.useCallback(async () => {
    setState((previous) => ({ ...previous, loading: true }));
    try {
      const { data } = await get<{ data: T }>(`/reports/${path}${query ? `?${query}` : ''}`);
      setState({ data: data.data, error: null, loading: false });
    } catch (error) {
      setState({ data: null, error: readError(error).message, loading: false });
    }
  }, [get, path, query]);

  React.useEffect(() => {
    if (enabled) void reload();
  }, [reload, enabled]);

  return { ...state, reload };
};
