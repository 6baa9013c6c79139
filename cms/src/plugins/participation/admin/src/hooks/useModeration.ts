import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type {
  AnswerBody,
  CommentPage,
  CommentStatus,
  CommentSummaryTable,
  DraftList,
  ModeratedComment,
  RejectBody,
} from '../../../shared/contracts';

interface Loaded<T> {
  data: T | null;
  error: unknown;
}

/** One GET of the plugin's API, reloaded when its URL changes; keeps the last good answer on screen after an error. */
const useResource = <T>(url: string | null) => {
  const { get } = useFetchClient();
  const [state, setState] = React.useState<Loaded<T>>({ data: null, error: null });

  const load = React.useCallback(async () => {
    if (!url) return;
    try {
      const { data } = await get<{ data: T }>(url);
      setState({ data: data.data, error: null });
    } catch (error) {
      setState((previous) => ({ ...previous, error }));
    }
  }, [get, url]);

  React.useEffect(() => {
    void load();
  }, [load]);

  return { ...state, reload: load };
};

/** The drafts on the user's sites, those with comments waiting first. */
export const useDrafts = () => useResource<DraftList>('/participation/drafts');

/** One page of a draft's comments, of one status or all. */
export const useComments = (documentId: string, status: CommentStatus | null, page: number) => {
  const query = new URLSearchParams({ page: String(page), ...(status ? { status } : {}) });
  return useResource<CommentPage>(`/participation/drafts/${documentId}/comments?${query.toString()}`);
};

/** The printable summary table, fetched only when asked for. */
export const useSummary = (documentId: string | null) =>
  useResource<CommentSummaryTable>(documentId ? `/participation/drafts/${documentId}/summary` : null);

/** "Đăng", "Không đăng" and "Trả lời": each answers the comment as it now stands, or throws the server's refusal. */
export const useDecisions = () => {
  const { post, put } = useFetchClient();
  const [pending, setPending] = React.useState<number | null>(null);

  const run = React.useCallback(async (id: number, call: () => Promise<{ data: { data: ModeratedComment } }>) => {
    setPending(id);
    try {
      return (await call()).data.data;
    } finally {
      setPending(null);
    }
  }, []);

  return {
    pending,
    publish: (id: number) => run(id, () => post<{ data: ModeratedComment }>(`/participation/comments/${id}/publish`, {})),
    reject: (id: number, body: RejectBody) => run(id, () => post<{ data: ModeratedComment }>(`/participation/comments/${id}/reject`, body)),
    answer: (id: number, body: AnswerBody) => run(id, () => put<{ data: ModeratedComment }>(`/participation/comments/${id}/answer`, body)),
  };
};

/**
 * "Tải Excel" with the admin's own authentication: fetched as a blob, then handed to the browser
 * as a file (a plain link could not carry the admin token), as the reports page does.
 */
export const useExport = () => {
  const { get } = useFetchClient();
  const [busy, setBusy] = React.useState(false);

  const download = React.useCallback(
    async (documentId: string) => {
      setBusy(true);
      try {
        const response = await get<Blob>(`/participation/drafts/${documentId}/export`, { responseType: 'blob' });
        const disposition = response.headers?.get('Content-Disposition') ?? '';
        const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? `gop-y-du-thao-${documentId}.xlsx`;
        const url = URL.createObjectURL(response.data);
        const link = document.createElement('a');
        link.href = url;
        link.download = name;
        link.click();
        URL.revokeObjectURL(url);
      } finally {
        setBusy(false);
      }
    },
    [get]
  );

  return { busy, download };
};
