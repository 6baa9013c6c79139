const authenticated = { policies: ['admin::isAuthenticatedAdmin'] };

const route = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, handler: string) => ({
  method,
  path,
  handler: `reports.${handler}`,
  config: authenticated,
});

/** Admin routes only (admin JWT): every handler checks the caller's board or finance role per site. */
export default {
  admin: {
    type: 'admin',
    routes: [
      route('GET', '/me', 'me'),
      route('GET', '/royalties', 'royalties'),
      route('POST', '/royalties/articles/:documentId/coefficient', 'adjust'),
      route('POST', '/royalties/approve', 'approve'),
      route('POST', '/royalties/pay', 'pay'),
      route('POST', '/royalties/compute', 'compute'),
      route('GET', '/budget', 'budget'),
      route('GET', '/quotas', 'quotas'),
      route('GET', '/monthly', 'monthly'),
      route('GET', '/yearly', 'yearly'),
      route('GET', '/questions', 'questions'),
      route('GET', '/compliance', 'compliance'),
      route('GET', '/exports/:report', 'exportReport'),
      route('GET', '/settings', 'settings'),
      route('PUT', '/settings', 'saveSettings'),
      route('GET', '/visits', 'visits'),
      route('POST', '/visits/counter', 'visitCounter'),
      route('GET', '/overtime', 'overtime'),
      route('POST', '/overtime', 'createOvertime'),
      route('PUT', '/overtime/:documentId', 'updateOvertime'),
      route('DELETE', '/overtime/:documentId', 'deleteOvertime'),
      route('GET', '/year-notes', 'yearNotes'),
      route('PUT', '/year-notes', 'saveYearNote'),
    ],
  },
};
