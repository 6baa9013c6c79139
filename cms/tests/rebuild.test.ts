import fs from 'fs';
import os from 'os';
import path from 'path';
import { startCms, type TestCms } from './harness/cms';
import { articleData, contentApi, makeSite, unique, type ContentApi } from './harness/fixtures';
import { adminApi, ARTICLE, bringTo, createRoleHolder, createStaff, type AdminApi } from './harness/workflow';
import type { Job } from '../src/plugins/rebuild/server/services/queue';
import { startWorker } from '../src/plugins/rebuild/server/services/worker';

interface Queue {
  enqueue(slugs: string[], reason: string, by: string): Promise<number[]>;
  drain(name?: string): Promise<number>;
  claim(name?: string): Promise<Job | null>;
  requeueStale(now?: Date): Promise<number>;
}

/**
 * The rebuild pipeline against a real CMS on a real port: jobs queued by the workflow, real Astro
 * builds into release folders in a temp directory, the live symlink read back from disk.
 */
describe('rebuild pipeline', () => {
  let cms: TestCms;
  let api: ContentApi;
  let queue: Queue;
  let sitesRoot: string;
  let A: Awaited<ReturnType<typeof makeSite>>;
  let B: Awaited<ReturnType<typeof makeSite>>;
  let people: Record<'author' | 'editor' | 'approver', AdminApi>;
  let siteAdminA: AdminApi;
  let superAdmin: AdminApi;

  beforeAll(async () => {
    sitesRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'rebuild-sites-'));
    process.env.SITES_OUT_DIR = sitesRoot;
    process.env.SITES_CACHE_DIR = path.join(sitesRoot, '.cache');
    // The renderer bundles of this test's sites (they must live inside site/).
    process.env.SITES_RENDERER_DIR = path.resolve(__dirname, '..', '..', 'site', '.cache', `test-renderer-${process.pid}`);
    cms = await startCms();
    process.env.CMS_URL = cms.url;
    api = contentApi(cms, await cms.apiToken('full-access'));
    A = await makeSite(api, `Phường dựng A ${unique()}`);
    B = await makeSite(api, `Phường dựng B ${unique()}`);
    const staff = async (name: string, site: string, role: 'contributor' | 'editor' | 'approver' | 'site-admin') =>
      adminApi(cms, (await createStaff(cms, name, [{ site, role }])).jwt);
    people = {
      author: await staff('ctv', A.site, 'contributor'),
      editor: await staff('bientap', A.site, 'editor'),
      approver: await staff('duyet', A.site, 'approver'),
    };
    siteAdminA = await staff('quantri', A.site, 'site-admin');
    superAdmin = adminApi(cms, await cms.adminJwt());
    queue = cms.strapi.plugin('rebuild').service('queue') as unknown as Queue;
    await queue.drain('test-setup');
  });
  afterAll(async () => {
    await cms?.close();
    fs.rmSync(sitesRoot, { recursive: true, force: true });
    fs.rmSync(process.env.SITES_RENDERER_DIR!, { recursive: true, force: true });
    for (const key of ['SITES_OUT_DIR', 'SITES_CACHE_DIR', 'SITES_RENDERER_DIR', 'CMS_URL']) delete process.env[key];
  });

  const jobs = async (where: Record<string, unknown>) =>
    (await cms.strapi.db.query('plugin::rebuild.job').findMany({ where, orderBy: { id: 'asc' } })) as Job[];
  const live = (slug: string) => path.join(sitesRoot, slug, 'live');
  const liveRelease = (slug: string) => (fs.existsSync(live(slug)) ? path.basename(fs.readlinkSync(live(slug))) : null);
  const publish = async (overrides: Record<string, unknown> = {}) => {
    const created = await people.author.create(ARTICLE, articleData(A, { title: `Tin dựng ${unique()}`, ...overrides })).expect(201);
    const documentId = created.body.data.documentId as string;
    await bringTo(people, ARTICLE, documentId, 'published');
    const row = (await cms.strapi.db.query(ARTICLE).findOne({ where: { documentId }, select: ['slug'] })) as { slug: string };
    return { documentId, slug: row.slug };
  };

  it('rebuild: approving an article queues its site and puts its page live; withdrawing takes it down', async () => {
    const article = await publish();
    expect((await jobs({ siteSlug: A.siteSlug, status: 'queued' })).length).toBe(1);
    expect(await jobs({ siteSlug: B.siteSlug, status: 'queued' })).toEqual([]);
    expect(await queue.drain()).toBe(1);
    const page = path.join(live(A.siteSlug), 'tin', article.slug, 'index.html');
    expect(fs.readFileSync(page, 'utf8')).toContain('Tin dựng');
    // The site had a release: only the pages the article changed were rendered into the next one.
    const [published] = (await jobs({ siteSlug: A.siteSlug })).slice(-1);
    expect(published).toMatchObject({ status: 'succeeded', method: 'incremental', release: liveRelease(A.siteSlug) });
    expect(published.log).toMatch(/Cập nhật \d+ trong \d+ trang/);

    await people.approver.act(ARTICLE, article.documentId, 'withdraw', { withdrawReason: 'outdated', note: 'Hết thời sự.' }).expect(200);
    expect(await queue.drain()).toBe(1);
    expect(fs.existsSync(path.join(live(A.siteSlug), 'tin', article.slug, 'index.html'))).toBe(false);
    expect((await jobs({ siteSlug: A.siteSlug })).slice(-1)[0].method).toBe('incremental');
  });

  it('rebuild: an operator’s rebuild is a full build', async () => {
    await queue.enqueue([A.siteSlug], 'thử dựng toàn bộ', 'test');
    expect(await queue.drain()).toBe(1);
    const [job] = (await jobs({ siteSlug: A.siteSlug })).slice(-1);
    expect(job).toMatchObject({ status: 'succeeded', method: 'full' });
    expect(job.log).toContain('Dựng toàn bộ trang');
  });

  it('rebuild: a burst of publishes becomes one build, and changes during a build get exactly one more', async () => {
    await Promise.all([publish(), publish(), publish()]);
    const queued = await jobs({ siteSlug: A.siteSlug, status: 'queued' });
    expect(queued).toHaveLength(1);
    expect(queued[0].reasons?.length).toBeGreaterThanOrEqual(3);

    const running = await queue.claim('worker-under-test');
    expect(running?.siteSlug).toBe(A.siteSlug);
    await publish();
    await publish();
    expect(await jobs({ siteSlug: A.siteSlug, status: 'queued' })).toHaveLength(1);
    // Nobody else may take the site while it is being built.
    expect(await queue.claim('second-worker')).toBeNull();
    await cms.strapi.db.query('plugin::rebuild.job').update({ where: { id: running!.id }, data: { status: 'succeeded' } });
    expect(await queue.drain()).toBe(1);
  });

  it('rebuild: a second worker never takes a job another one holds', async () => {
    await queue.enqueue([A.siteSlug, B.siteSlug], 'thử hai worker', 'test');
    const [first, second, third] = await Promise.all([queue.claim('w1'), queue.claim('w2'), queue.claim('w3')]);
    const taken = [first, second, third].filter(Boolean) as Job[];
    expect(new Set(taken.map((job) => job.id)).size).toBe(taken.length);
    expect(new Set(taken.map((job) => job.siteSlug)).size).toBe(taken.length);
    expect(taken.length).toBeLessThanOrEqual(2);
    await cms.strapi.db.query('plugin::rebuild.job').updateMany({ where: { status: 'running' }, data: { status: 'succeeded' } });
    await cms.strapi.db.query('plugin::rebuild.job').updateMany({ where: { status: 'queued' }, data: { status: 'superseded' } });
  });

  it('rebuild: the job of a crashed worker goes back to the queue', async () => {
    await queue.enqueue([B.siteSlug], 'thử worker dừng', 'test');
    const job = (await queue.claim('crashing-worker'))!;
    await cms.strapi.db
      .query('plugin::rebuild.job')
      .update({ where: { id: job.id }, data: { heartbeatAt: new Date(Date.now() - 3600_000) } });
    expect(await queue.requeueStale()).toBe(1);
    const [again] = await jobs({ id: job.id });
    expect(again).toMatchObject({ status: 'queued', attempts: 1 });
    expect(await queue.drain()).toBe(1);
    expect(liveRelease(B.siteSlug)).not.toBeNull();
  });

  it('rebuild: the worker builds nothing until the CMS the builds read answers, then builds what waited', async () => {
    const before = liveRelease(B.siteSlug);
    const saved = {
      CMS_URL: process.env.CMS_URL,
      REBUILD_POLL_MS: process.env.REBUILD_POLL_MS,
      SITES_INCREMENTAL: process.env.SITES_INCREMENTAL,
    };
    // A port nothing listens on: the CMS is still starting (or seeding) as far as the worker can tell.
    Object.assign(process.env, { CMS_URL: 'http://127.0.0.1:9', REBUILD_POLL_MS: '100', SITES_INCREMENTAL: 'false' });
    const [id] = await queue.enqueue([B.siteSlug], 'thử worker chờ CMS', 'test');
    const worker = startWorker(cms.strapi);
    try {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect((await jobs({ id }))[0]).toMatchObject({ status: 'queued', attempts: 0 });
      process.env.CMS_URL = saved.CMS_URL;
      for (let waited = 0; (await jobs({ id }))[0].status !== 'succeeded' && waited < 60_000; waited += 250) {
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      expect((await jobs({ id }))[0]).toMatchObject({ status: 'succeeded', method: 'full' });
      expect(liveRelease(B.siteSlug)).not.toBe(before);
    } finally {
      await worker.stop();
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  });

  it('rebuild: a failing build leaves the old release live and records the error', async () => {
    const before = liveRelease(A.siteSlug);
    expect(before).not.toBeNull();
    await publish({
      // A link to a file that is not in the media library: the build cannot copy it and fails.
      body: [
        {
          type: 'paragraph',
          children: [{ type: 'link', url: '/uploads/tai-lieu-khong-ton-tai.pdf', children: [{ type: 'text', text: 'Tải tài liệu' }] }],
        },
      ],
    });
    expect(await queue.drain()).toBe(1);
    const [failed] = (await jobs({ siteSlug: A.siteSlug })).slice(-1);
    expect(failed.status).toBe('failed');
    expect(failed.error).toContain(A.siteSlug);
    expect(failed.log).toContain('tai-lieu-khong-ton-tai.pdf');
    expect(liveRelease(A.siteSlug)).toBe(before);
    const overview = await superAdmin.get('/rebuild/overview').expect(200);
    const site = overview.body.data.sites.find((s: { slug: string }) => s.slug === A.siteSlug);
    expect(site).toMatchObject({ live: before, lastJob: { status: 'failed' } });
    // What failed, as the build said it: the file the page links to that the CMS does not have.
    expect(site.lastFailure.message).toContain('tai-lieu-khong-ton-tai.pdf');
  });

  it('editors: a job’s log and error as the rebuild page reads them name no folder of the server', async () => {
    const machine = [sitesRoot, path.resolve(__dirname, '..', '..'), os.tmpdir(), os.homedir()];
    const finished = await jobs({ siteSlug: A.siteSlug, status: { $in: ['succeeded', 'failed'] } });
    expect(finished.some((job) => job.status === 'failed')).toBe(true);
    for (const { id } of finished) {
      const { data } = (await siteAdminA.get(`/rebuild/jobs/${id}`).expect(200)).body as { data: Job };
      for (const folder of machine) {
        expect(data.log ?? '').not.toContain(folder);
        expect(data.error ?? '').not.toContain(folder);
      }
    }
    // The full build says where the release went, by its label.
    expect(finished.map((job) => job.log).join('\n')).toMatch(/is live at <releases>\//);
    const overview = JSON.stringify((await siteAdminA.get('/rebuild/overview').expect(200)).body);
    for (const folder of machine) expect(overview).not.toContain(folder);
  });

  it('rebuild: rollback switches the live release back, for operators and the site administrator only', async () => {
    const releases = fs
      .readdirSync(path.join(sitesRoot, A.siteSlug, 'releases'))
      .filter((name) => !name.startsWith('.'))
      .sort();
    expect(releases.length).toBeGreaterThanOrEqual(2);
    const current = liveRelease(A.siteSlug);
    await people.approver.post(`/rebuild/sites/${A.siteSlug}/rollback`).expect(403);
    const res = await siteAdminA.post(`/rebuild/sites/${A.siteSlug}/rollback`).expect(200);
    expect(res.body.data.from).toBe(current);
    expect(liveRelease(A.siteSlug)).toBe(res.body.data.to);
    expect(releases.indexOf(res.body.data.to)).toBe(releases.indexOf(current!) - 1);
  });

  it('rebuild: only operators and site administrators may trigger, each within their reach', async () => {
    await people.editor.post(`/rebuild/sites/${A.siteSlug}/rebuild`).expect(403);
    await people.approver.post('/rebuild/all').expect(403);
    await siteAdminA.post(`/rebuild/sites/${B.siteSlug}/rebuild`).expect(403);
    const refused = await siteAdminA.post('/rebuild/all').expect(403);
    expect(refused.body.error.message).toContain('vận hành hệ thống');
    await cms.http().post(`/rebuild/sites/${A.siteSlug}/rebuild`).expect(401);
    await siteAdminA.post(`/rebuild/sites/${A.siteSlug}/rebuild`).expect(200);
    await superAdmin.post('/rebuild/all').expect(200);
    const queued = await jobs({ status: 'queued' });
    expect(queued.map((job) => job.siteSlug)).toEqual(expect.arrayContaining([A.siteSlug, B.siteSlug]));
    expect(queued.filter((job) => job.siteSlug === A.siteSlug)).toHaveLength(1);
    await cms.strapi.db.query('plugin::rebuild.job').updateMany({ where: { status: 'queued' }, data: { status: 'superseded' } });
  });

  it('rebuild: the operator role rebuilds every site and rebuilds all, but edits no content', async () => {
    const operator = adminApi(cms, (await createRoleHolder(cms, 'vanhanh', 'rebuild-operator')).jwt);
    const overview = await operator.get('/rebuild/overview').expect(200);
    expect(overview.body.data.canRebuildAll).toBe(true);
    expect(overview.body.data.sites.map((s: { slug: string }) => s.slug)).toEqual(expect.arrayContaining([A.siteSlug, B.siteSlug]));
    await operator.post(`/rebuild/sites/${B.siteSlug}/rebuild`).expect(200);
    await operator.post('/rebuild/all').expect(200);
    expect((await jobs({ status: 'queued' })).map((job) => job.siteSlug)).toEqual(expect.arrayContaining([A.siteSlug, B.siteSlug]));
    await operator.create(ARTICLE, articleData(A, { title: `Tin của người vận hành ${unique()}` })).expect(403);
    await cms.strapi.db.query('plugin::rebuild.job').updateMany({ where: { status: 'queued' }, data: { status: 'superseded' } });
  });

  it('rebuild: the rebuild page shows a site administrator their own site only, and refuses other staff', async () => {
    const overview = await siteAdminA.get('/rebuild/overview').expect(200);
    expect(overview.body.data.canRebuildAll).toBe(false);
    expect(overview.body.data.sites.map((s: { slug: string }) => s.slug)).toEqual([A.siteSlug]);
    expect(overview.body.data.jobs.length).toBeGreaterThan(0);
    expect(overview.body.data.jobs.every((job: Job) => job.siteSlug === A.siteSlug)).toBe(true);
    const [jobOfB] = await jobs({ siteSlug: B.siteSlug });
    const [jobOfA] = await jobs({ siteSlug: A.siteSlug });
    await siteAdminA.get(`/rebuild/jobs/${jobOfB.id}`).expect(404);
    expect((await siteAdminA.get(`/rebuild/jobs/${jobOfA.id}`).expect(200)).body.data.log).toEqual(expect.any(String));
    const refused = await people.editor.get('/rebuild/overview').expect(403);
    expect(refused.body.error.message).toContain('Dựng lại trang');
    await people.approver.get(`/rebuild/jobs/${jobOfA.id}`).expect(403);
    await cms.http().get('/rebuild/overview').expect(401);
  });

  it('rebuild: a category change queues its own site only', async () => {
    await api.put(`/api/categories/${B.category}`, { description: 'Tin hoạt động của phường.' }).expect(200);
    expect((await jobs({ status: 'queued' })).map((job) => job.siteSlug)).toEqual([B.siteSlug]);
    await cms.strapi.db.query('plugin::rebuild.job').updateMany({ where: { status: 'queued' }, data: { status: 'superseded' } });
  });
});
