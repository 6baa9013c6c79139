const staff = { policies: ['admin::isAuthenticatedAdmin'] };

export default {
  /** Admin routes (admin JWT) of the schedule's edit view; the controller checks the user's rights on the site. */
  admin: {
    type: 'admin',
    routes: [
      { method: 'POST', path: '/work-schedules/:documentId/copy-last-week', handler: 'quickEntry.copyLastWeek', config: staff },
      { method: 'POST', path: '/work-schedules/:documentId/repeat', handler: 'quickEntry.repeat', config: staff },
    ],
  },
};
