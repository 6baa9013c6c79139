const authenticated = { policies: ['admin::isAuthenticatedAdmin'] };

export default {
  admin: {
    type: 'admin',
    routes: [
      { method: 'GET', path: '/overview', handler: 'rebuild.overview', config: authenticated },
      { method: 'GET', path: '/jobs/:id', handler: 'rebuild.job', config: authenticated },
      { method: 'POST', path: '/sites/:slug/rebuild', handler: 'rebuild.rebuildSite', config: authenticated },
      { method: 'POST', path: '/sites/:slug/rollback', handler: 'rebuild.rollback', config: authenticated },
      { method: 'POST', path: '/all', handler: 'rebuild.rebuildAll', config: authenticated },
    ],
  },
};
