import fs from 'fs';
import net from 'net';
import os from 'os';
import path from 'path';
import { startCms, type TestCms } from './harness/cms';
import { articleData, contentApi, createAndPublish, makeSite, unique, type ContentApi } from './harness/fixtures';
import { adminApi } from './harness/workflow';

interface Sync {
  drain(): Promise<number>;
}
interface Entry {
  targetDocumentId: string;
  status: string;
  attempts: number;
  lastError: string | null;
}
const OUTBOX = 'plugin::search.outbox-entry';

/** A port nothing listens on: a Meilisearch that is down. */
const closedPort = async (): Promise<number> =>
  new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

describe('search outbox', () => {
  let cms: TestCms | undefined;
  let dir: string;
  const saved = { ...process.env };

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'search-outbox-'));
  });
  afterEach(async () => {
    await cms?.close();
    cms = undefined;
    for (const key of ['MEILISEARCH_HOST', 'MEILISEARCH_MASTER_KEY', 'MEILISEARCH_TASK_TIMEOUT_MS', 'SEARCH_EMBEDDED_FILE']) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const setup = async () => {
    cms = await startCms();
    const api: ContentApi = contentApi(cms, await cms.apiToken('full-access'));
    const site = await makeSite(api, `Phường Hộp thư ${unique()}`);
    const sync = cms.strapi.plugin('search').service('sync') as unknown as Sync;
    const publish = async (title: string) => (await createAndPublish(cms!, api, 'articles', articleData(site, { title }))).documentId;
    const entries = async () => (await cms!.strapi.db.query(OUTBOX).findMany({ orderBy: { id: 'asc' } })) as Entry[];
    /** The retry's back-off has passed. */
    const timePasses = () =>
      cms!.strapi.db.query(OUTBOX).updateMany({ where: { status: 'pending' }, data: { nextAttemptAt: new Date(Date.now() - 1000) } });
    return { sync, publish, entries, timePasses };
  };

  it('search: with Meilisearch unreachable every change waits in the outbox, retried, and none is lost', async () => {
    process.env.MEILISEARCH_HOST = `http://127.0.0.1:${await closedPort()}`;
    process.env.MEILISEARCH_MASTER_KEY = 'test-master-key-0123456789';
    process.env.MEILISEARCH_TASK_TIMEOUT_MS = '2000';
    const { sync, publish, entries, timePasses } = await setup();
    const first = await publish('Tin chờ Meilisearch thứ nhất');
    const second = await publish('Tin chờ Meilisearch thứ hai');
    await sync.drain();
    let waiting = await entries();
    expect(waiting.map((e) => e.targetDocumentId).sort()).toEqual([first, second].sort());
    expect(waiting.every((e) => e.status === 'pending' && e.attempts === 1 && Boolean(e.lastError))).toBe(true);
    await timePasses();
    await sync.drain();
    waiting = await entries();
    expect(waiting.every((e) => e.status === 'pending' && e.attempts === 2)).toBe(true);

    const status = await adminApi(cms!, await cms!.adminJwt())
      .get('/search/status')
      .expect(200);
    expect(status.body.data).toMatchObject({ engine: 'meilisearch', outbox: { pending: 2, failing: 2 } });
    const config = await cms!.http().get('/api/search/config').expect(503);
    expect(config.body.message).toContain('tạm thời không trả lời');
  });

  it('search: when the embedded index cannot be written, updates wait and land once it can', async () => {
    delete process.env.MEILISEARCH_HOST;
    // A file where the index's folder should be: every open of the index fails, as a full or lost disk would.
    const blocked = path.join(dir, 'blocked');
    fs.writeFileSync(blocked, 'not a folder');
    process.env.SEARCH_EMBEDDED_FILE = path.join(blocked, 'search.db');
    const { sync, publish, entries, timePasses } = await setup();
    const documentId = await publish('Tin chờ ổ đĩa Wombat');
    await sync.drain();
    const [entry] = await entries();
    expect(entry).toMatchObject({ targetDocumentId: documentId, status: 'pending', attempts: 1 });
    expect(entry.lastError).toContain(blocked);

    fs.rmSync(blocked);
    await timePasses();
    await sync.drain();
    expect((await entries())[0]).toMatchObject({ status: 'done', attempts: 0, lastError: null });
    const res = await cms!.http().post('/api/search/indexes/articles/search').send({ q: 'wombat' }).expect(200);
    expect(res.body.hits.map((hit: { documentId: string }) => hit.documentId)).toEqual([documentId]);
  });

  it('search: bad search requests get a clear message, never an engine error', async () => {
    delete process.env.MEILISEARCH_HOST;
    process.env.SEARCH_EMBEDDED_FILE = path.join(dir, 'search.db');
    await setup();
    const http = () => cms!.http().post('/api/search/indexes/articles/search');
    expect(
      (
        await http()
          .send({ q: 'x', filter: ['password = 1'] })
          .expect(400)
      ).body
    ).toMatchObject({ code: 'invalid_search_filter' });
    expect((await http().send({ q: 'x', hitsPerPage: 0 }).expect(400)).body.message).toContain('hitsPerPage');
    expect(
      (
        await http()
          .send({ q: 'x', sort: ['title:asc'] })
          .expect(400)
      ).body.message
    ).toContain('date:desc');
    await cms!.http().post('/api/search/indexes/users/search').send({ q: 'x' }).expect(404);
    expect((await cms!.http().post('/api/search/multi-search').send({ queries: 'x' }).expect(400)).body.message).toContain('queries');
  });
});
