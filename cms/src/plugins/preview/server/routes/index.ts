// The preview's own routes carry no admin token: the admin's frame loads them by URL. The page is
// reachable only with a valid signed link (services/signing.ts), which its controller checks,
// with the user's rights, before anything is read or rendered.
const signedLink = { auth: false as const };

export default {
  admin: {
    type: 'admin',
    routes: [
      { method: 'GET', path: '/pages/:token', handler: 'preview.page', config: signedLink },
      { method: 'GET', path: '/assets/:site/_astro/:file', handler: 'preview.asset', config: signedLink },
    ],
  },
};
