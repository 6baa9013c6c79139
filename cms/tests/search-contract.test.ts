import crypto from 'crypto';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { startCms, type TestCms } from './harness/cms';
import { articleData, contentApi, createAndPublish, makeSite, unique, type ContentApi } from './harness/fixtures';
import { asker, draftQuestion, publishQuestion, questionData, QUESTION, unpublishQuestion } from './harness/questions';
import { adminApi, ARTICLE } from './harness/workflow';
import { DOCUMENT_ATTRIBUTES } from '../src/plugins/search/server/engines/request';

interface Config {
  engine: string;
  host: string;
  apiKey: string | null;
  indexes: { articles: string; legalDocuments: string; questions: string };
}
type Index = keyof Config['indexes'];
interface Hit {
  documentId: string;
  site: string;
  siteName?: string;
  kind?: string;
  path?: string;
  field?: string;
  fieldLabel?: string;
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
  /** The asker's private details of one published question, looked for in the index below. */
  const privateOf = { building: asker() };
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
    ids.building = await publishQuestion(
      cms,
      questionData(A, {
        title: 'Xây nhà ở có cần giấy phép xây dựng không?',
        question: 'Gia đình tôi muốn xây nhà ba tầng trong hẻm, có phải xin phép không?',
        field: 'dat-dai-xay-dung',
        answerText: 'Nhà ở riêng lẻ trong đô thị phải có giấy phép; hồ sơ nộp tại bộ phận một cửa của phường.',
        postedAt: '2026-11-10T03:00:00.000Z',
        ...privateOf.building,
      })
    );
    ids.school = await publishQuestion(
      cms,
      questionData(B, {
        title: 'Khi nào nhận hồ sơ tuyển sinh lớp một?',
        question: 'Con tôi sáu tuổi, tôi nộp hồ sơ vào lớp 1 ở đâu và khi nào?',
        field: 'giao-duc',
        answerText: 'Hồ sơ tuyển sinh được nhận trực tuyến từ ngày 1 tháng 7.',
        postedAt: '2026-11-20T03:00:00.000Z',
      })
    );
    ids.draftQuestion = await draftQuestion(cms, questionData(A, { title: 'Câu hỏi chưa đăng Wombat' }));
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
  const search = async (index: Index, body: Record<string, unknown>): Promise<Response> => {
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
  const found = async (q: string, extra: Record<string, unknown> = {}, index: Index = 'articles') =>
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

  it('search: the public config names the four indexes', () => {
    expect(Object.keys(config.indexes).sort()).toEqual(['articles', 'legalDocuments', 'questions', 'sections']);
    expect(config.indexes.questions).toBe(`${engine === 'meilisearch' ? process.env.MEILISEARCH_INDEX_PREFIX : ''}questions`);
  });

  it('search: finds a published question by its title, its question and its answer, with or without diacritics', async () => {
    expect((await found('giay phep xay dung', {}, 'questions'))[0]).toBe(ids.building);
    expect((await found('nhà ba tầng trong hẻm', {}, 'questions'))[0]).toBe(ids.building);
    expect((await found('bo phan mot cua', {}, 'questions'))[0]).toBe(ids.building);
    expect((await found('tuyen sinh lop mot', {}, 'questions'))[0]).toBe(ids.school);
    // Questions are their own index: not among articles or documents.
    expect(await found('giay phep xay dung')).toEqual([]);
  });

  it('search: a question hit carries its page, field and field label, and highlights the answer', async () => {
    const res = await search('questions', {
      q: 'mot cua',
      attributesToHighlight: ['title', 'summary', 'body'],
      attributesToCrop: ['body'],
      cropLength: 10,
      highlightPreTag: '<mark>',
      highlightPostTag: '</mark>',
    });
    const slug = (await cms.strapi
      .documents(QUESTION as never)
      .findOne({ documentId: ids.building, status: 'published' } as never)) as unknown as {
      slug: string;
    };
    expect(res.hits[0]).toMatchObject({
      documentId: ids.building,
      kind: 'question',
      site: A.siteSlug,
      path: `hoi-dap/${slug.slug}/`,
      field: 'dat-dai-xay-dung',
      fieldLabel: 'Đất đai, xây dựng',
    });
    expect(res.hits[0]._formatted?.body).toContain('<mark>một</mark> <mark>cửa</mark>');
  });

  it('search: questions are filtered by site and field, faceted by field, and sorted by date', async () => {
    const both = [[`site = "${A.siteSlug}"`, `site = "${B.siteSlug}"`]];
    expect(await found('', { filter: [`site = "${A.siteSlug}"`] }, 'questions')).toEqual([ids.building]);
    expect(await found('', { filter: [...both, 'field = "giao-duc"'] }, 'questions')).toEqual([ids.school]);
    const res = await search('questions', { q: '', filter: both, facets: ['field', 'year'], sort: ['date:desc'], hitsPerPage: 10 });
    expect(res.hits.map((hit) => hit.documentId)).toEqual([ids.school, ids.building]);
    expect(res.facetDistribution?.field).toEqual({ 'dat-dai-xay-dung': 1, 'giao-duc': 1 });
    expect(res.facetDistribution?.year).toEqual({ '2026': 2 });
    expect(await found('', { filter: both, sort: ['date:asc'] }, 'questions')).toEqual([ids.building, ids.school]);
  });

  it('search: a question that was never published is never found', async () => {
    expect(await found('Wombat', {}, 'questions')).toEqual([]);
    expect(await found('', { filter: [`documentId = "${ids.draftQuestion}"`] }, 'questions')).toEqual([]);
  });

  it('search: a question’s asker (name, e-mail, phone, tracking code) is never in the index', async () => {
    const res = await search('questions', { q: '', filter: [`documentId = "${ids.building}"`], attributesToRetrieve: ['*'] });
    expect(res.hits).toHaveLength(1);
    for (const hit of res.hits) for (const key of Object.keys(hit)) expect(DOCUMENT_ATTRIBUTES).toContain(key);
    const stored = JSON.stringify(res.hits);
    for (const value of Object.values(privateOf.building)) {
      expect(stored).not.toContain(value);
      // Found by its asker's details only if they were indexed: no word of them is in its public text.
      expect(await found(value, {}, 'questions')).not.toContain(ids.building);
    }
  });

  it('search: a renamed site is shown by its new name on its questions', async () => {
    const name = `Phường Tìm A đổi tên ${unique()}`;
    await api.put(`/api/sites/${A.site}`, { name }).expect(200);
    await sync.drain();
    const [hit] = (await search('questions', { q: '', filter: [`documentId = "${ids.building}"`] })).hits;
    expect(hit.siteName).toBe(name);
  });

  it('search: an unpublished question is no longer found, and a deleted one is gone', async () => {
    const gone = await publishQuestion(cms, questionData(A, { title: `Câu hỏi sẽ gỡ Capybara ${unique()}` }));
    await sync.drain();
    expect(await found('Capybara', {}, 'questions')).toEqual([gone]);
    await unpublishQuestion(cms, gone);
    await sync.drain();
    expect(await found('Capybara', {}, 'questions')).toEqual([]);
    const deleted = await publishQuestion(cms, questionData(B, { title: 'Câu hỏi sẽ xóa Narwhal' }));
    await sync.drain();
    expect(await found('Narwhal', {}, 'questions')).toEqual([deleted]);
    await cms.strapi.documents(QUESTION as never).delete({ documentId: deleted } as never);
    await sync.drain();
    expect(await found('', { filter: [`documentId = "${deleted}"`] }, 'questions')).toEqual([]);
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
    expect(first.questions).toBe(2);
    expect(await found('vung tau', { filter: [`site = "${A.siteSlug}"`] })).toEqual(before);
    expect(await found('Zebra')).toEqual([]);
    expect(await found('Wombat', {}, 'questions')).toEqual([]);
    expect((await found('giay phep xay dung', {}, 'questions'))[0]).toBe(ids.building);
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
