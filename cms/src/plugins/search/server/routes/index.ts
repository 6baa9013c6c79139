const open = { auth: false as const };

export default {
  // Public and read-only, at /api/search/…: the embedded engine's Meilisearch-shaped search API.
  'content-api': {
    type: 'content-api',
    routes: [
      { method: 'GET', path: '/config', handler: 'search.config', config: open },
      { method: 'POST', path: '/indexes/:uid/search', handler: 'search.search', config: open },
      { method: 'POST', path: '/multi-search', handler: 'search.multiSearch', config: open },
    ],
  },
  admin: {
    type: 'admin',
    routes: [{ method: 'GET', path: '/status', handler: 'search.status', config: { policies: ['admin::isAuthenticatedAdmin'] } }],
  },
};
