const outboxReaders = { policies: ['admin::isAuthenticatedAdmin', 'plugin::mail.may-read-outbox'] };

export default {
  admin: {
    type: 'admin',
    routes: [
      { method: 'GET', path: '/messages', handler: 'mail.list', config: outboxReaders },
      { method: 'GET', path: '/messages/:id', handler: 'mail.get', config: outboxReaders },
      { method: 'POST', path: '/messages/:id/resend', handler: 'mail.resend', config: outboxReaders },
    ],
  },
};
