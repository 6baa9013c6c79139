import { grantPublicRead } from '../src/bootstrap/public-permissions';
import { VERSION_UID } from '../src/plugins/api-cache/server/services/versions';
import { startCms, type TestCms } from './harness/cms';
import { articleData, contentApi, createAndPublish, makeSite, unique, type ContentApi } from './harness/fixtures';

describe('public API response cache', () => {
  let cms: TestCms;
  let api: ContentApi;
  let site: Awaited<ReturnType<typeof makeSite>>;

  beforeAll(async () => {
    cms = await startCms();
    api = contentApi(cms, await cms.apiToken('full-access'));
    site = await makeSite(api);
    expect((await createAndPublish(cms, api, 'articles', articleData(site))).status).toBe(200);
  });
  afterAll(async () => cms?.close());

  const anon = (url: string) => cms.http().get(url);
  const articlesUrl = () => `/api/articles?filters[site][documentId][$eq]=${site.site}&populate[categories][fields][0]=name&sort[0]=id:asc`;
  const legalUrl = () => `/api/legal-documents?filters[site][documentId][$eq]=${site.site}&populate[site][fields][0]=name`;

  it('answers a repeated anonymous request from memory with the same body', async () => {
    const url = `/api/categories?filters[site][documentId][$eq]=${site.site}&filters[slug][$ne]=${unique()}`;
    const first = await anon(url).expect(200);
    expect(first.headers['cache-status']).toBe('strapi-api; fwd=uri-miss; stored');
    const second = await anon(url).expect(200);
    expect(second.headers['cache-status']).toBe('strapi-api; hit');
    expect(second.headers['content-type']).toMatch(/^application\/json/);
    expect(second.text).toBe(first.text);
    expect(second.body.data.map((c: { documentId: string }) => c.documentId)).toEqual([site.category]);
  });

  it('sends the cached answer gzipped to a client that takes gzip, and plain to one that does not', async () => {
    const url = `/api/categories?filters[slug][$ne]=${unique()}`;
    const gzipped = await anon(url).set('Accept-Encoding', 'gzip').expect(200);
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers.vary).toMatch(/Accept-Encoding/i);
    const plain = await anon(url).set('Accept-Encoding', 'identity').expect(200);
    expect(plain.headers['cache-status']).toBe('strapi-api; hit');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.text).toBe(gzipped.text);
    expect(Number(plain.headers['content-length'])).toBe(Buffer.byteLength(plain.text));
  });

  it('never answers a request with credentials from the cache, nor stores it', async () => {
    const url = `/api/categories?filters[slug][$ne]=${unique()}`;
    const withToken = await api.get(url).expect(200);
    expect(withToken.headers['cache-status']).toBeUndefined();
    expect((await anon(url).expect(200)).headers['cache-status']).toContain('fwd=uri-miss');
  });

  it('shows an article published through the workflow on the very next request', async () => {
    const before = await anon(articlesUrl()).expect(200);
    expect((await anon(articlesUrl()).expect(200)).headers['cache-status']).toBe('strapi-api; hit');
    const title = `Tin vừa duyệt ${unique()}`;
    const published = await createAndPublish(cms, api, 'articles', articleData(site, { title }));
    expect(published.status).toBe(200);
    const after = await anon(articlesUrl()).expect(200);
    expect(after.headers['cache-status']).toBe('strapi-api; fwd=stale; stored');
    expect(after.body.data).toHaveLength(before.body.data.length + 1);
    expect(after.body.data.map((a: { title: string }) => a.title)).toContain(title);
  });

  it('retires article lists when a category they show is renamed, and keeps legal-document lists', async () => {
    await anon(articlesUrl()).expect(200);
    await anon(legalUrl()).expect(200);
    const name = `Thông báo ${unique()}`;
    await api.put(`/api/categories/${site.category}`, { name }).expect(200);
    const articles = await anon(articlesUrl()).expect(200);
    expect(articles.headers['cache-status']).toBe('strapi-api; fwd=stale; stored');
    expect(articles.body.data[0].categories.map((c: { name: string }) => c.name)).toEqual([name]);
    expect((await anon(legalUrl()).expect(200)).headers['cache-status']).toBe('strapi-api; hit');
  });

  it('reads the versions from the database on each request, so a write by another CMS process retires an entry', async () => {
    const url = `/api/categories?filters[site][documentId][$eq]=${site.site}&filters[slug][$ne]=${unique()}`;
    await anon(url).expect(200);
    expect((await anon(url).expect(200)).headers['cache-status']).toBe('strapi-api; hit');
    // What a second process's write leaves behind: only the row in the shared database changes.
    const table = cms.strapi.db.metadata.get(VERSION_UID).tableName;
    await cms.strapi.db.getConnection(table).where({ model: 'api::category.category' }).increment('version', 1);
    expect((await anon(url).expect(200)).headers['cache-status']).toBe('strapi-api; fwd=stale; stored');
  });

  it('answers 403, not the cached 200, once the public role loses read access', async () => {
    const url = `/api/tags?filters[slug][$ne]=${unique()}`;
    await anon(url).expect(200);
    expect((await anon(url).expect(200)).headers['cache-status']).toBe('strapi-api; hit');
    await cms.strapi.db.query('plugin::users-permissions.permission').deleteMany({ where: { action: 'api::tag.tag.find' } });
    try {
      const refused = await anon(url).expect(403);
      expect(refused.headers['cache-status']).toBe('strapi-api; fwd=stale');
    } finally {
      await grantPublicRead(cms.strapi);
    }
    expect((await anon(url).expect(200)).headers['cache-status']).toBe('strapi-api; fwd=uri-miss; stored');
  });

  it('leaves a rejected write without effect on what is cached', async () => {
    await anon(legalUrl()).expect(200);
    // A legal document of a kind that does not exist is refused; nothing was written, nothing is retired.
    await api.post('/api/legal-documents?status=draft', { site: site.site, number: `${unique()}/QĐ-UBND`, kind: 'không-có' }).expect(400);
    expect((await anon(legalUrl()).expect(200)).headers['cache-status']).toBe('strapi-api; hit');
  });
});
