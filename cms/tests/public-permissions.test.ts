import { grantPublicRead } from '../src/bootstrap/public-permissions';
import { startCms, type TestCms } from './harness/cms';
import { articleData, contentApi, createAndPublish, makeSite, unique, type ContentApi } from './harness/fixtures';
import { configureRoyalties, RECORD } from './harness/royalties';
import { adminApi } from './harness/workflow';

describe('public permissions', () => {
  let cms: TestCms;
  let api: ContentApi;
  let site: Awaited<ReturnType<typeof makeSite>>;
  let published: string;
  let draftOnly: string;
  let contributor: string;
  let royalty: string;

  beforeAll(async () => {
    cms = await startCms();
    api = contentApi(cms, await cms.apiToken('full-access'));
    site = await makeSite(api);
    await configureRoyalties(adminApi(cms, await cms.adminJwt()), site.site);
    const unit = await api.post('/api/units', { name: `Phòng thử ${unique()}`, kind: 'department', site: site.site }).expect(201);
    const person = await api
      .post('/api/contributors', {
        fullName: 'Lê Thị Cúc',
        unit: unit.body.data.documentId,
        email: `${unique()}@vungtau.test`,
        paymentDetails: { accountHolder: 'LE THI CUC', accountNumber: '0123456789', bankName: 'Vietcombank' },
      })
      .expect(201);
    contributor = person.body.data.documentId;
    const article = await createAndPublish(
      cms,
      api,
      'articles',
      articleData(site, { authors: [{ contributor, share: 100 }], byline: 'Lê Thị Cúc' })
    );
    expect(article.status).toBe(200);
    published = article.documentId;
    draftOnly = (await api.post('/api/articles?status=draft', articleData(site, { title: `Bản nháp chưa duyệt ${unique()}` })).expect(201))
      .body.data.documentId;
    // Approving the piece computed its contributor's royalty.
    const [record] = (await cms.strapi.db
      .query(RECORD)
      .findMany({ where: { articleDocumentId: published }, select: ['documentId'] })) as Array<{ documentId: string }>;
    royalty = record.documentId;
  });
  afterAll(async () => cms?.close());

  const anon = () => cms.http();

  it('reads published sites, units, categories, tags, articles and legal documents', async () => {
    for (const path of ['sites', 'units', 'categories', 'tags', 'articles', 'legal-documents']) {
      await anon().get(`/api/${path}`).expect(200);
    }
  });

  it('checks each type against its own right: without the right to list tags, tags are refused and articles still served', async () => {
    await cms.strapi.db.query('plugin::users-permissions.permission').deleteMany({ where: { action: 'api::tag.tag.find' } });
    try {
      await anon().get('/api/tags').expect(403);
      await anon().get('/api/articles').expect(200);
    } finally {
      await grantPublicRead(cms.strapi);
    }
    await anon().get('/api/tags').expect(200);
  });

  it('never lists or returns a draft, even when asked for status=draft', async () => {
    const list = await anon().get('/api/articles?pagination[pageSize]=100').expect(200);
    const ids = list.body.data.map((a: { documentId: string }) => a.documentId);
    expect(ids).toContain(published);
    expect(ids).not.toContain(draftOnly);
    await anon().get(`/api/articles/${draftOnly}`).expect(404);
    const asked = await anon().get('/api/articles?status=draft').expect(400);
    expect(asked.body.error.message).toContain('bản nháp không được công khai');
    await anon().get(`/api/articles/${published}?status=draft`).expect(400);
  });

  it('refuses drafts to a read-only API token and serves them to a full-access one', async () => {
    const readOnly = await cms.apiToken('read-only');
    await anon().get('/api/articles?status=draft').set('Authorization', `Bearer ${readOnly}`).expect(400);
    const full = await api.get(`/api/articles/${draftOnly}?status=draft`).expect(200);
    expect(full.body.data.documentId).toBe(draftOnly);
  });

  it('hides royalty records and contributors entirely: royalty data has no content API route at all', async () => {
    for (const path of ['royalty-records', `royalty-records/${royalty}`, 'royalty-rates', 'royalty-unit-values', 'royalty-budgets']) {
      await anon().get(`/api/${path}`).expect(404);
      await api.get(`/api/${path}`).expect(404);
    }
    await anon().get('/api/contributors').expect(403);
    await anon().get(`/api/contributors/${contributor}`).expect(403);
  });

  it('refuses to populate an article’s authors publicly, and keeps the byline', async () => {
    const res = await anon()
      .get(`/api/articles/${published}?populate[authors][populate][contributor]=true&populate[site][fields][0]=name`)
      .expect(400);
    expect(res.body.error.message).toContain('populate[authors]');
    expect(JSON.stringify(res.body)).not.toContain('0123456789');
    const plain = await anon().get(`/api/articles/${published}?populate[site][fields][0]=name`).expect(200);
    expect(plain.body.data.byline).toBe('Lê Thị Cúc');
  });

  it('never returns payment details, even to a full-access token', async () => {
    const res = await api.get(`/api/contributors/${contributor}?populate=paymentDetails`);
    expect(JSON.stringify(res.body)).not.toContain('0123456789');
  });

  it('refuses every write to anonymous callers', async () => {
    await anon()
      .post('/api/articles')
      .send({ data: articleData(site) })
      .expect(403);
    await anon()
      .put(`/api/articles/${published}`)
      .send({ data: { title: 'Sửa trái phép' } })
      .expect(403);
    await anon().delete(`/api/articles/${published}`).expect(403);
    await anon()
      .post('/api/sites')
      .send({ data: { name: 'Trang giả', kind: 'ward' } })
      .expect(403);
    await anon().post('/api/royalty-records').send({ data: {} }).expect(405);
    await api.post('/api/royalty-records', { amount: 2700000 }).expect(405);
  });

  it('closes public self-registration', async () => {
    const res = await anon()
      .post('/api/auth/local/register')
      .send({ username: `u${unique()}`, email: `${unique()}@example.test`, password: 'Passw0rd-123' });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('Register action is currently disabled');
  });

  it('removes a public right granted by hand when the permissions are reconciled', async () => {
    const role = await cms.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
    await cms.strapi.db
      .query('plugin::users-permissions.permission')
      .create({ data: { action: 'api::contributor.contributor.find', role: role.id } });
    await anon().get('/api/contributors').expect(200);
    await grantPublicRead(cms.strapi);
    await anon().get('/api/contributors').expect(403);
  });
});
