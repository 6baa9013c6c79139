import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { BoardHome } from '../../../../shared/contracts';

/** The three board widgets read one answer (`GET /workflow/board/home`), shared while it is pending. */
let pending: Promise<BoardHome> | null = null;

type State = { home: BoardHome; failed: false } | { home: null; failed: boolean };

export const useBoardHome = (): State => {
  const { get } = useFetchClient();
  const [state, setState] = React.useState<State>({ home: null, failed: false });
  React.useEffect(() => {
    let current = true;
    pending ??= get<{ data: BoardHome }>('/workflow/board/home').then(({ data }) => data.data);
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
