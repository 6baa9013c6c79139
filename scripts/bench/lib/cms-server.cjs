// A CMS for the benchmarks, in a process of its own so load generators and builds never share its
// event loop. It counts the SQL queries run on behalf of HTTP requests (not the outbox's polling
// in between, nor BEGIN/COMMIT); the parent asks for the count over IPC
// (`{ type: 'queries' }` → `{ type: 'queries', count }`), to report queries per request.
// Settings come from the environment the parent gives it (see cms-process.mjs).
const { AsyncLocalStorage } = require('async_hooks');
const path = require('path');

const appDir = path.resolve(__dirname, '..', '..', '..', 'cms');

const main = async () => {
  process.chdir(appDir);
  const { createStrapi } = require('@strapi/strapi');
  const strapi = await createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false, serveAdminPanel: false }).load();
  const inRequest = new AsyncLocalStorage();
  const TRANSACTION_CONTROL = /^\s*(begin|commit|rollback|savepoint|release)\b/i;
  let queries = 0;
  strapi.db.connection.on('query', ({ sql }) => {
    if (inRequest.getStore() && !TRANSACTION_CONTROL.test(sql)) queries += 1;
  });
  await strapi.server.mount();
  // Every request runs in its own async context, so a query knows whether a request asked for it.
  const [handler] = strapi.server.httpServer.listeners('request');
  strapi.server.httpServer.removeAllListeners('request');
  strapi.server.httpServer.on('request', (req, res) => inRequest.run(true, () => handler(req, res)));
  await new Promise((resolve) => strapi.server.httpServer.listen(Number(process.env.PORT), '127.0.0.1', resolve));
  process.on('message', (message) => {
    if (message?.type === 'queries') process.send({ type: 'queries', count: queries });
  });
  process.send({ type: 'ready' });
  process.on('SIGTERM', () => strapi.destroy().finally(() => process.exit(0)));
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
