const moderators = { policies: ['admin::isAuthenticatedAdmin', 'plugin::participation.may-moderate'] };

const route = (method: 'GET' | 'POST' | 'PUT', path: string, handler: string) => ({
  method,
  path,
  handler: `moderation.${handler}`,
  config: moderators,
});

/** Admin routes (admin JWT) of the "Góp ý dự thảo" page: super admins, and editors and approvers on their sites. */
export default {
  admin: {
    type: 'admin',
    routes: [
      route('GET', '/drafts', 'drafts'),
      route('GET', '/drafts/:documentId/comments', 'comments'),
      route('GET', '/drafts/:documentId/summary', 'summary'),
      route('GET', '/drafts/:documentId/export', 'export'),
      route('POST', '/comments/:id/publish', 'publish'),
      route('POST', '/comments/:id/reject', 'reject'),
      route('PUT', '/comments/:id/answer', 'answer'),
    ],
  },
};
