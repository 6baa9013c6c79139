// @ts-check
// Starts the benchmarks' CMS (cms-server.cjs) on the bench database and stops it again.
import { fork } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { benchEnv } from './bench-env.mjs';

const SERVER = fileURLToPath(new URL('./cms-server.cjs', import.meta.url));

/**
 * What cms-server.cjs answers over IPC.
 * @typedef {{ type: 'ready' } | { type: 'queries', count: number } | { type: 'idle' }} ServerMessage
 * A running bench CMS (startCms).
 * @typedef {Awaited<ReturnType<typeof startCms>>} BenchCms
 */

/** @returns {Promise<number>} */
export const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });

/**
 * A running CMS: `url`, `queries()` (SQL queries run so far), `idle()` (resolves once no request
 * is under way), `stop()`. `database` is 'sqlite'
 * or 'postgres' (see bench-env.mjs for where each lives).
 * @param {{ database?: string, env?: Record<string, string> }} [options]
 */
export const startCms = async ({ database = 'sqlite', env = {} } = {}) => {
  const port = await freePort();
  const child = fork(SERVER, [], {
    env: { ...benchEnv(database), PORT: String(port), ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  await /** @type {Promise<void>} */ (
    new Promise((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`the bench CMS exited with ${code} before it was ready`)));
      child.on('message', (/** @type {ServerMessage} */ message) => message?.type === 'ready' && resolve());
    })
  );
  /**
   * Sends `type` over IPC and resolves with the first answer of that type.
   * @template {ServerMessage['type']} T
   * @param {T} type
   * @returns {Promise<Extract<ServerMessage, { type: T }>>}
   */
  const ask = (type) =>
    new Promise((resolve) => {
      /** @param {ServerMessage} message */
      const onMessage = (message) => {
        if (message?.type !== type) return;
        child.off('message', onMessage);
        resolve(/** @type {Extract<ServerMessage, { type: T }>} */ (message));
      };
      child.on('message', onMessage);
      child.send({ type });
    });
  const queries = async () => (await ask('queries')).count;
  const idle = async () => {
    await ask('idle');
  };
  const stop = () =>
    new Promise((resolve) => {
      child.removeAllListeners('exit');
      child.once('exit', resolve);
      child.kill('SIGTERM');
    });
  return { url: `http://127.0.0.1:${port}`, pid: child.pid, queries, idle, stop };
};
