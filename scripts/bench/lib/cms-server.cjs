// @ts-check
// A CMS for the benchmarks, in a process of its own so load generators and builds never share its
// event loop. It counts the SQL queries run on behalf of HTTP requests (not the outbox's polling
// in between, nor BEGIN/COMMIT); the parent asks for the count over IPC
// (`{ type: 'queries' }` → `{ type: 'queries', count }`), to report queries per request, and
// waits until no request is under way (`{ type: 'idle' }` → `{ type: 'idle' }`): a load generator
// stops sending at the end of its window, but requests it left queued still run. A request whose
// client has gone counts as ended, though Strapi may still be running its queries (see api.mjs).
// Settings come from the environment the parent gives it (see cms-process.mjs).
const { AsyncLocalStorage } = require('async_hooks');
const path = require('path');

const appDir = path.resolve(__dirname, '..', '..', '..', 'cms');

const main = async () => {
  if (!process.send) throw new Error('cms-server.cjs is forked by cms-process.mjs, with an IPC channel to answer on');
  /** @type {(message: import('./cms-process.mjs').ServerMessage) => boolean} */
  const send = process.send.bind(process);
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
  let underWay = 0;
  /** @type {(() => void)[]} */
  const whenIdle = [];
  const ended = () => {
    underWay -= 1;
    if (underWay === 0) whenIdle.splice(0).forEach((reply) => reply());
  };
  strapi.server.httpServer.on('request', (req, res) => {
    underWay += 1;
    // Ended when Koa's handler has settled and the response is sent or dropped. For a client that
    // went away, that can come before Strapi's last query for it (measured: hundreds of queries
    // after the count reached zero), so api.mjs also waits for the queries to stop.
    const handled = Promise.resolve(inRequest.run(true, () => handler(req, res)));
    const closed = new Promise((resolve) => res.once('close', resolve));
    Promise.allSettled([handled, closed]).then(ended);
  });
  await /** @type {Promise<void>} */ (
    new Promise((resolve) => strapi.server.httpServer.listen(Number(process.env.PORT), '127.0.0.1', resolve))
  );
  process.on('message', (/** @type {{ type?: string } | undefined} */ message) => {
    if (message?.type === 'queries') send({ type: 'queries', count: queries });
    if (message?.type === 'idle') {
      const reply = () => send({ type: 'idle' });
      if (underWay === 0) reply();
      else whenIdle.push(reply);
    }
  });
  send({ type: 'ready' });
  process.on('SIGTERM', () => strapi.destroy().finally(() => process.exit(0)));
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
