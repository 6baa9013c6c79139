const authenticated = { policies: ['admin::isAuthenticatedAdmin'] };

export default {
  admin: {
    type: 'admin',
    routes: [
      { method: 'GET', path: '/me', handler: 'workflow.me', config: authenticated },
      { method: 'GET', path: '/items/:uid/:documentId', handler: 'workflow.item', config: authenticated },
      { method: 'POST', path: '/items/:uid/:documentId/actions/:action', handler: 'workflow.act', config: authenticated },
    ],
  },
};
