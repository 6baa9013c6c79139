const authenticated = { policies: ['admin::isAuthenticatedAdmin'] };

export default {
  admin: {
    type: 'admin',
    routes: [
      { method: 'GET', path: '/me', handler: 'workflow.me', config: authenticated },
      // The home page's widgets; the handler lists only what the caller's memberships reach.
      { method: 'GET', path: '/home', handler: 'workflow.home', config: authenticated },
      // The board's month on the home page (board/home.ts): directions and assignments the caller's memberships reach.
      { method: 'GET', path: '/board/home', handler: 'board.home', config: authenticated },
      { method: 'POST', path: '/board/assignments/:documentId/article', handler: 'board.startArticle', config: authenticated },
      { method: 'GET', path: '/items/:uid/:documentId', handler: 'workflow.item', config: authenticated },
      { method: 'POST', path: '/items/:uid/:documentId/actions/:action', handler: 'workflow.act', config: authenticated },
      // The Hỏi đáp page (questions/controller.ts): each handler checks the caller's role on the question's site.
      { method: 'GET', path: '/questions/waiting', handler: 'questions.waiting', config: authenticated },
      { method: 'GET', path: '/questions/units', handler: 'questions.units', config: authenticated },
      { method: 'POST', path: '/questions/:documentId/:action', handler: 'questions.act', config: authenticated },
    ],
  },
};
