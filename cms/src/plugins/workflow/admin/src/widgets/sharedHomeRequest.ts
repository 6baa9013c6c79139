import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';

export type SharedState<T> = { home: T; failed: false } | { home: null; failed: boolean };

/**
 * A hook for widgets that read one answer of `path`: the first to mount asks, the others share its
 * request. Dropped once settled, so returning to the home page shows fresh work.
 */
export const sharedHomeRequest = <T>(path: string): (() => SharedState<T>) => {
  let pending: Promise<T> | null = null;
  return () => {
    const { get } = useFetchClient();
    const [state, setState] = React.useState<SharedState<T>>({ home: null, failed: false });
    React.useEffect(() => {
      let current = true;
      pending ??= get<{ data: T }>(path).then(({ data }) => data.data);
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
};
