import crypto from 'crypto';
import fs from 'fs/promises';
import os from 'os';
import path from 'path';
import request from 'supertest';
import { createStrapi, type Core } from '@strapi/strapi';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createDatabase, dropDatabase } = require('./postgres-admin') as {
  createDatabase: (name: string) => Promise<string>;
  dropDatabase: (name: string) => Promise<void>;
};

export const APP_DIR = path.resolve(__dirname, '..', '..');
export const ADMIN = { email: 'admin@portal.test', password: 'Test-Admin-Passw0rd' };

export type DatabaseKind = 'sqlite' | 'postgres';

export interface TestCms {
  strapi: Core.Strapi;
  database: DatabaseKind;
  /** Supertest bound to the real HTTP server. */
  http: () => ReturnType<typeof request>;
  /** The server's address on 127.0.0.1 (a free port), for clients other than Supertest (site builds). */
  url: string;
  /** A JWT from the real /admin/login route for the first super admin. */
  adminJwt: () => Promise<string>;
  /** An API token of the given type, created through the admin API. */
  apiToken: (type: 'full-access' | 'read-only') => Promise<string>;
  close: () => Promise<void>;
}

const random = (bytes = 24) => crypto.randomBytes(bytes).toString('base64');

/**
 * Every CMS this test file started and has not closed yet, started or still starting. A hook that
 * times out leaves its start running in the background; without this, its Strapi would keep the
 * pool and timers open once it finishes booting, and Jest would wait for it forever.
 */
const open = new Set<Promise<TestCms | undefined>>();

/** Closes whatever this test file left open (tests/setup/close-strays.js runs it after each file). */
export const closeStrays = async (): Promise<void> => {
  const pending = [...open];
  open.clear();
  for (const start of pending) {
    const cms = await start;
    await cms?.close();
  }
};

/** Which database this test file runs on (set per Jest project). */
export const testDatabase = (): DatabaseKind => (process.env.CMS_TEST_DB === 'postgres' ? 'postgres' : 'sqlite');

/**
 * Boots the real CMS from dist/ on a brand-new database (a temp SQLite file, or a throw-away
 * PostgreSQL database), with fresh secrets and uploads in a temp folder.
 */
export const startCms = (options: { seedDemoData?: boolean } = {}): Promise<TestCms> => {
  const start = boot(options);
  const tracked = start.then(
    (cms) => cms,
    () => undefined
  );
  open.add(tracked);
  return start.then((cms) => ({
    ...cms,
    close: async () => {
      open.delete(tracked);
      await cms.close();
    },
  }));
};

const boot = async (options: { seedDemoData?: boolean }): Promise<TestCms> => {
  const database = testDatabase();
  const workDir = await fs.mkdtemp(path.join(os.tmpdir(), 'cms-test-'));
  await fs.mkdir(path.join(workDir, 'public', 'uploads'), { recursive: true });
  const pgName = `cms_test_${crypto.randomBytes(6).toString('hex')}`;

  Object.assign(process.env, {
    ENV_PATH: '/dev/null', // never read the developer's cms/.env
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'error',
    APP_KEYS: [random(), random(), random(), random()].join(','),
    API_TOKEN_SALT: random(),
    ADMIN_JWT_SECRET: random(),
    TRANSFER_TOKEN_SALT: random(),
    JWT_SECRET: random(),
    ENCRYPTION_KEY: random(32),
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    SEED_DEMO_DATA: options.seedDemoData ? 'true' : 'false',
    SERVE_ADMIN_PANEL: 'false',
    CRON_ENABLED: 'false',
    REBUILD_WORKER: 'false',
    PUBLIC_DIR: path.join(workDir, 'public'),
    DATABASE_CLIENT: database,
    DATABASE_FILENAME: path.join(workDir, 'data.db'),
    DATABASE_URL: database === 'postgres' ? await createDatabase(pgName) : '',
  });

  const instance = createStrapi({ appDir: APP_DIR, distDir: path.join(APP_DIR, 'dist') });
  let strapi: Core.Strapi;
  try {
    strapi = await instance.load();
  } catch (error) {
    // A failed bootstrap leaves the database pool and timers open; Jest would wait on them forever.
    await instance.destroy().catch(() => undefined);
    throw error;
  }
  await strapi.server.mount();
  const server = strapi.server.httpServer;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;

  let jwt: string | undefined;
  const http = () => request(server);
  const adminJwt = async () => {
    if (jwt) return jwt;
    const res = await http().post('/admin/login').send(ADMIN).expect(200);
    jwt = res.body.data.token as string;
    return jwt;
  };
  const apiToken = async (type: 'full-access' | 'read-only') => {
    const res = await http()
      .post('/admin/api-tokens')
      .set('Authorization', `Bearer ${await adminJwt()}`)
      .send({ name: `test-${type}-${crypto.randomBytes(4).toString('hex')}`, type, lifespan: null, description: '' })
      .expect(201);
    return res.body.data.accessKey as string;
  };

  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await strapi.destroy(); // the app's destroy lets Strapi's after-commit work finish first
    if (database === 'postgres') await dropDatabase(pgName);
    await fs.rm(workDir, { recursive: true, force: true });
  };

  return { strapi, database, http, url, adminJwt, apiToken, close };
};
