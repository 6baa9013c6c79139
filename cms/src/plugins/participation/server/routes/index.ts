const moderators = { policies: ['admin::isAuthenticatedAdmin', 'plugin::participation.may-moderate'] };

const route = (method: 'GET' | 'POST' | 'PUT', path: string, handler: string) => ({
  method,
  path,
  handler: `moderation.${handler}`,
  config: moderators,
});

export default {
  /**
   * The public participation routes: the sites' forms post here with no authentication, so each
   * route checks its input itself (declared shape, rate limits, proof of work). Production's nginx
   * exposes these and nothing else of the CMS's write API (docs/deploy.md).
   */
  'content-api': {
    type: 'content-api',
    routes: [
      { method: 'GET', path: '/challenge', handler: 'publicComments.challenge', config: { auth: false } },
      { method: 'POST', path: '/comments', handler: 'publicComments.submit', config: { auth: false } },
      { method: 'POST', path: '/questions', handler: 'publicQuestions.submit', config: { auth: false } },
      { method: 'GET', path: '/questions/status', handler: 'publicQuestions.status', config: { auth: false } },
    ],
  },
  /** Admin routes (admin JWT) of the "Góp ý dự thảo" page: super admins, and editors and approvers on their sites. */
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
