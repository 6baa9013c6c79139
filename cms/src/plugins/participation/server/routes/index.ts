/**
 * The public participation routes: the sites' forms post here with no authentication, so each
 * route checks its input itself (declared shape, rate limits, proof of work). Production's nginx
 * exposes these and nothing else of the CMS's write API (docs/deploy.md).
 */
export default {
  'content-api': {
    type: 'content-api',
    routes: [
      { method: 'GET', path: '/challenge', handler: 'publicComments.challenge', config: { auth: false } },
      { method: 'POST', path: '/comments', handler: 'publicComments.submit', config: { auth: false } },
      { method: 'POST', path: '/questions', handler: 'publicQuestions.submit', config: { auth: false } },
      { method: 'GET', path: '/questions/status', handler: 'publicQuestions.status', config: { auth: false } },
    ],
  },
};
