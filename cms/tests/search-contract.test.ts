import crypto from 'crypto';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { startCms, type TestCms } from './harness/cms';
import { articleData, contentApi, createAndPublish, makeSite, unique, type ContentApi } from './harness/fixtures';
import { adminApi, ARTICLE } from './harness/workflow';

interface Config {
  engine: string;
  host: string;
  apiKey: string | null;
  indexes: { articles: string; legalDocuments: string };
}
interface Hit {
  documentId: string;
  site: string;
  _formatted?: Record<string, string>;
}
interface Response {
  hits: Hit[];
  totalHits?: number;
  facetDistribution?: Record<string, Record<string, number>>;
}
interface Sync {
  drain(): Promise<number>;
  reindex(): Promise<Record<string, number>>;
}

/**
 * One contract, both engines: the same requests, as the sites' search page sends them, must find
 * the same documents. The embedded engine always runs; Meilisearch when MEILISEARCH_HOST (and
 * MEILISEARCH_MASTER_KEY) point at a server, e.g. `docker compose up meilisearch` (docs/search.md).
 */
const engines = ['embedded', ...(process.env.MEILISEARCH_HOST ? ['meilisearch'] : [])];

describe.each(engines)('search contract (%s)', (engine) => {
  let cms: TestCms;
  let api: ContentApi;
  let config: Config;
  let sync: Sync;
  let A: Awaited<ReturnType<typeof makeSite>>;
  let B: Awaited<ReturnType<typeof makeSite>>;
  const ids: Record<string, string> = {};
  const saved = {
    host: process.env.MEILISEARCH_HOST,
    file: process.env.SEARCH_EMBEDDED_FILE,
    prefix: process.env.MEILISEARCH_INDEX_PREFIX,
  };
  let dir: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'search-contract-'));
    if (engine === 'embedded') delete process.env.MEILISEARCH_HOST;
    process.env.SEARCH_EMBEDDED_FILE = path.join(dir, 'search.db');
    // Each run its own indexes on a shared Meilisearch server.
    process.env.MEILISEARCH_INDEX_PREFIX = `test_${crypto.randomBytes(4).toString('hex')}_`;
    cms = await startCms();
    api = contentApi(cms, await cms.apiToken('full-access'));
    sync = cms.strapi.plugin('search').service('sync') as unknown as Sync;
    A = await makeSite(api, `Phường Tìm A ${unique()}`);
    B = await makeSite(api, `Phường Tìm B ${unique()}`);
    const article = async (name: string, site: typeof A, fields: Record<string, unknown>) => {
      const res = await createAndPublish(cms, api, 'articles', articleData(site, fields));
      expect(res.status).toBe(200);
      ids[name] = res.documentId;
    };
    const paragraph = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];
    await article('civic', A, {
      title: 'Vũng Tàu xây dựng đô thị văn minh',
      body: paragraph('Ủy ban nhân dân phường ra quân dọn vệ sinh các tuyến đường.'),
    });
    await article('reform', A, { title: 'Đẩy mạnh cải cách hành chính ở phường', body: paragraph('Người dân nộp hồ sơ trực tuyến.') });
    await article('festival', B, { title: 'Lễ hội Nghinh Ông năm nay', body: paragraph('Lễ hội lớn nhất của ngư dân TP. Vũng Tàu.') });
    const legal = await createAndPublish(cms, api, 'legal-documents', {
      number: '8083/QĐ-UBND',
      kind: 'administrative',
      type: 'quyet-dinh',
      issuer: 'UBND thành phố Vũng Tàu',
      issuedDate: '2023-12-04',
      summary: 'Ban hành Quy chế phối hợp quản lý Cổng thông tin điện tử',
      site: A.site,
    });
    expect(legal.status).toBe(200);
    ids.decision = legal.documentId;
    ids.draft = (
      await api.post('/api/articles?status=draft', articleData(A, { title: 'Bản nháp chưa duyệt Zebra' })).expect(201)
    ).body.data.documentId;
    await sync.drain();
    config = (await cms.http().get('/api/search/config').expect(200)).body as Config;
  });
  afterAll(async () => {
    await cms?.close();
    for (const [key, value] of Object.entries({
      MEILISEARCH_HOST: saved.host,
      SEARCH_EMBEDDED_FILE: saved.file,
      MEILISEARCH_INDEX_PREFIX: saved.prefix,
    })) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** A search as the browser sends it: POST {host}/indexes/{uid}/search with the public key. */
  const search = async (index: 'articles' | 'legalDocuments', body: Record<string, unknown>): Promise<Response> => {
    // The embedded host is the CMS's public address; in tests the CMS listens on a free port.
    const host = engine === 'embedded' ? `${cms.url}${new URL(config.host).pathname}` : config.host;
    const res = await fetch(`${host}/indexes/${config.indexes[index]}/search`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(config.apiKey ? { Authorization: `Bearer ${config.apiKey}` } : {}) },
      body: JSON.stringify(body),
    });
    expect(res.status).toBe(200);
    return (await res.json()) as Response;
  };
  const found = async (q: string, extra: Record<string, unknown> = {}, index: 'articles' | 'legalDocuments' = 'articles') =>
    (await search(index, { q, ...extra })).hits.map((hit) => hit.documentId);

  it('search: the public config names the engine, its address and a search-only key', () => {
    expect(config.engine).toBe(engine);
    if (engine === 'meilisearch') {
      expect(config.apiKey).toEqual(expect.any(String));
      expect(config.apiKey).not.toBe(process.env.MEILISEARCH_MASTER_KEY);
    } else expect(config.apiKey).toBeNull();
  });

  it('search: finds Vietnamese words typed without diacritics', async () => {
    expect(await found('vung tau')).toEqual(expect.arrayContaining([ids.civic, ids.festival]));
    expect((await found('do thi van minh'))[0]).toBe(ids.civic);
    expect((await found('nghinh ong'))[0]).toBe(ids.festival);
  });

  it('search: finds words typed with diacritics', async () => {
    expect((await found('đô thị văn minh'))[0]).toBe(ids.civic);
    expect((await found('Lễ hội'))[0]).toBe(ids.festival);
  });

  it('search: finds legal documents by number, whole or in part', async () => {
    expect((await found('8083/QĐ-UBND', {}, 'legalDocuments'))[0]).toBe(ids.decision);
    expect((await found('8083', {}, 'legalDocuments'))[0]).toBe(ids.decision);
  });

  it('search: abbreviations find their full forms and the other way round', async () => {
    expect(await found('UBND phường dọn vệ sinh')).toContain(ids.civic);
    expect(await found('CCHC')).toContain(ids.reform);
    expect(await found('uy ban nhan dan thanh pho vung tau quy che', {}, 'legalDocuments')).toContain(ids.decision);
  });

  it('search: a ward site searches itself; the city portal searches every site', async () => {
    expect(await found('vung tau', { filter: [`site = "${A.siteSlug}"`] })).toEqual([ids.civic]);
    expect(await found('vung tau', { filter: [`site = "${B.siteSlug}"`] })).toEqual([ids.festival]);
    const all = await search('articles', { q: 'vung tau', filter: [[`site = "${A.siteSlug}"`, `site = "${B.siteSlug}"`]] });
    expect(new Set(all.hits.map((hit) => hit.site))).toEqual(new Set([A.siteSlug, B.siteSlug]));
  });

  it('search: highlights the words found and counts facets', async () => {
    const res = await search('articles', {
      q: 'vung tau',
      filter: [`site = "${A.siteSlug}"`],
      facets: ['categories', 'year'],
      attributesToHighlight: ['title'],
      highlightPreTag: '<mark>',
      highlightPostTag: '</mark>',
    });
    expect(res.hits[0]._formatted?.title).toBe('<mark>Vũng</mark> <mark>Tàu</mark> xây dựng đô thị văn minh');
    expect(res.facetDistribution?.categories).toEqual({ 'Tin tức, sự kiện': 1 });
  });

  it('search: limit and offset (Meilisearch\u2019s default) answer with limit, offset and estimatedTotalHits, and no page fields', async () => {
    const request = { q: '', filter: [`site = "${A.siteSlug}"`], sort: ['date:desc'], attributesToRetrieve: ['documentId'] };
    const all = await search('articles', { ...request, limit: 20 });
    expect(all).toMatchObject({ limit: 20, offset: 0, estimatedTotalHits: all.hits.length });
    expect(all.hits.length).toBeGreaterThanOrEqual(2);
    for (const field of ['page', 'hitsPerPage', 'totalHits', 'totalPages']) expect(all).not.toHaveProperty(field);
    const second = await search('articles', { ...request, limit: 1, offset: 1 });
    expect(second).toMatchObject({ limit: 1, offset: 1, estimatedTotalHits: all.hits.length });
    expect(second.hits.map((hit) => hit.documentId)).toEqual([all.hits[1].documentId]);
    // Neither given: limit 20 from offset 0.
    expect(await search('articles', request)).toMatchObject({ limit: 20, offset: 0 });
  });

  it('search: page or hitsPerPage answers in page mode with exhaustive counts, and limit/offset are ignored', async () => {
    const request = { q: '', filter: [`site = "${A.siteSlug}"`], sort: ['date:desc'], attributesToRetrieve: ['documentId'] };
    const all = (await search('articles', { ...request, limit: 20 })).hits.map((hit) => hit.documentId);
    const page = await search('articles', { ...request, hitsPerPage: 1, page: 2, limit: 5, offset: 0 });
    expect(page).toMatchObject({ page: 2, hitsPerPage: 1, totalHits: all.length, totalPages: all.length });
    for (const field of ['limit', 'offset', 'estimatedTotalHits']) expect(page).not.toHaveProperty(field);
    expect(page.hits.map((hit) => hit.documentId)).toEqual([all[1]]);
    expect(await search('articles', { ...request, hitsPerPage: 5 })).toMatchObject({
      page: 1,
      hitsPerPage: 5,
      totalHits: all.length,
      totalPages: 1,
    });
  });

  it('search: a draft is never found', async () => {
    expect(await found('Zebra')).toEqual([]);
  });

  it('search: a withdrawn item is no longer found, and a deleted one is gone', async () => {
    const published = await createAndPublish(cms, api, 'articles', articleData(A, { title: `Tin sẽ gỡ Kangaroo ${unique()}` }));
    await sync.drain();
    expect(await found('Kangaroo')).toEqual([published.documentId]);
    const admin = adminApi(cms, await cms.adminJwt());
    await admin.act(ARTICLE, published.documentId, 'withdraw', { withdrawReason: 'published-in-error', note: 'Đăng nhầm.' }).expect(200);
    await sync.drain();
    expect(await found('Kangaroo')).toEqual([]);
    await createAndPublish(cms, api, 'articles', articleData(B, { title: 'Tin sẽ xóa Platypus' })).then(async (item) => {
      await sync.drain();
      expect(await found('Platypus')).toEqual([item.documentId]);
      await admin.act(ARTICLE, item.documentId, 'withdraw', { withdrawReason: 'outdated', note: 'Hết thời sự.' }).expect(200);
      await admin.remove(ARTICLE, item.documentId).expect(200);
      await sync.drain();
      expect(await found('', { filter: [`documentId = "${item.documentId}"`] })).toEqual([]);
    });
  });

  it('search: a full reindex swaps in the same results, and is idempotent', async () => {
    const before = await found('vung tau', { filter: [`site = "${A.siteSlug}"`] });
    const first = await sync.reindex();
    const second = await sync.reindex();
    expect(second).toEqual(first);
    expect(first.legalDocuments).toBe(1);
    expect(await found('vung tau', { filter: [`site = "${A.siteSlug}"`] })).toEqual(before);
    expect(await found('Zebra')).toEqual([]);
  });

  it('search: a reindex does not apply again the changes waiting when it began: the new index holds them', async () => {
    const waiting = await createAndPublish(cms, api, 'articles', articleData(A, { title: `Tin chờ lập chỉ mục Okapi ${unique()}` }));
    const outbox = () =>
      cms.strapi.db.query('plugin::search.outbox-entry').findOne({ where: { targetDocumentId: waiting.documentId } }) as Promise<{
        status: string;
      } | null>;
    expect(await outbox()).toMatchObject({ status: 'pending' });
    await sync.reindex();
    expect(await outbox()).toMatchObject({ status: 'done' });
    expect(await sync.drain()).toBe(0);
    expect(await found('Okapi')).toEqual([waiting.documentId]);
  });
});
