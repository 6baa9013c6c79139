import { adminApi } from '@strapi/strapi/admin';

/**
 * The content manager caches documents in the admin's RTK Query store under "Document" tags. A
 * workflow action publishes or unpublishes behind its back, so this no-op mutation invalidates
 * those tags: the edit view's Draft/Published status and the list view refetch.
 */
const workflowApi = adminApi.enhanceEndpoints({ addTagTypes: ['Document'] }).injectEndpoints({
  endpoints: (builder) => ({
    refreshWorkflowDocument: builder.mutation<null, { model: string; documentId: string }>({
      queryFn: () => ({ data: null }),
      invalidatesTags: (_result, _error, { model, documentId }) => [
        { type: 'Document', id: `${model}_${documentId}` },
        { type: 'Document', id: `${model}_LIST` },
      ],
    }),
  }),
});

export const { useRefreshWorkflowDocumentMutation } = workflowApi;
