import sharp from 'sharp';
import { startCms, testDatabase, type TestCms } from './harness/cms';
import { articleData, contentApi, createAndPublish, errorPaths, makeSite, unique, type ContentApi } from './harness/fixtures';

describe('content model', () => {
  let cms: TestCms;
  let api: ContentApi;
  let token: string;

  beforeAll(async () => {
    cms = await startCms();
    token = await cms.apiToken('full-access');
    api = contentApi(cms, token);
  });
  afterAll(async () => cms?.close());

  (testDatabase() === 'sqlite' ? it : it.skip)(
    "gathers SQLite's query-planner statistics when the CMS starts (Strapi and knex never run ANALYZE)",
    async () => {
      const rows = (await cms.strapi.db.connection.raw('SELECT tbl, idx FROM sqlite_stat1')) as Array<{ tbl: string; idx: string | null }>;
      // The tables the bootstrap has filled by now: the public role's permissions and the admin's.
      expect(rows).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ tbl: 'up_permissions_role_lnk' }),
          expect.objectContaining({ tbl: 'admin_permissions' }),
        ])
      );
    }
  );

  describe('slugs', () => {
    it('makes an ASCII slug from a Vietnamese title, đ → d, and keeps slugs unique', async () => {
      const site = await makeSite(api);
      const first = await api.post('/api/articles?status=draft', articleData(site, { title: 'Đô thị văn minh' })).expect(201);
      const second = await api.post('/api/articles?status=draft', articleData(site, { title: 'Đô thị văn minh' })).expect(201);
      expect(first.body.data.slug).toBe('do-thi-van-minh');
      expect(second.body.data.slug).toBe('do-thi-van-minh-2');
    });

    it('replaces the admin’s placeholder slug ("article-1") with one made from the title', async () => {
      const site = await makeSite(api);
      const res = await cms
        .http()
        .post('/content-manager/collection-types/api::article.article')
        .set('Authorization', `Bearer ${await cms.adminJwt()}`)
        .send({ ...articleData(site, { title: 'Lễ hội Nghinh Ông Thắng Tam' }), slug: 'article-1' })
        .expect(201);
      expect(res.body.data.slug).toBe('le-hoi-nghinh-ong-thang-tam');
    });

    it('makes site, unit and document slugs from their names and numbers', async () => {
      const site = await api.post('/api/sites', { name: 'Phường Thắng Nhì thử', kind: 'ward' }).expect(201);
      expect(site.body.data.slug).toBe('phuong-thang-nhi-thu');
      const unit = await api.post('/api/units', { name: 'Ủy ban nhân dân Phường Rạch Dừa', kind: 'ward-committee' }).expect(201);
      expect(unit.body.data.slug).toBe('uy-ban-nhan-dan-phuong-rach-dua');
      const doc = await api
        .post('/api/legal-documents?status=draft', {
          number: '5001/QĐ-UBND',
          kind: 'administrative',
          type: 'quyet-dinh',
          issuer: `UBND ${unique()}`,
          issuedDate: '2024-01-02',
          summary: 'Trích yếu.',
        })
        .expect(201);
      expect(doc.body.data.slug).toBe('5001-qd-ubnd');
    });

    it('lets two sites have a category with the same slug but refuses a duplicate on one site', async () => {
      const a = await makeSite(api);
      const b = await makeSite(api);
      const slugs = await api
        .get(`/api/categories?filters[documentId][$in][0]=${a.category}&filters[documentId][$in][1]=${b.category}`)
        .expect(200);
      expect(slugs.body.data.map((c: { slug: string }) => c.slug)).toEqual(['tin-tuc-su-kien', 'tin-tuc-su-kien']);
      const dup = await api.post('/api/categories', { name: 'Khác', slug: 'tin-tuc-su-kien', site: a.site }).expect(400);
      expect(errorPaths(dup.body)).toContain('slug');
    });

    it('stores text typed in decomposed Unicode (NFD) as NFC', async () => {
      const site = await makeSite(api);
      const nfd = 'Phường Thắng Tam ra quân'.normalize('NFD');
      const res = await api.post('/api/articles?status=draft', articleData(site, { title: nfd })).expect(201);
      expect(res.body.data.title).toBe('Phường Thắng Tam ra quân'.normalize('NFC'));
      expect(res.body.data.slug).toBe('phuong-thang-tam-ra-quan');
    });
  });

  describe('required fields and their messages', () => {
    it('refuses to publish an article without a title, naming the field', async () => {
      const site = await makeSite(api);
      const { title: _title, ...rest } = articleData(site);
      const res = await createAndPublish(cms, api, 'articles', rest);
      expect(res.status).toBe(400);
      expect(errorPaths(res.body)).toContain('title');
    });

    it('refuses to approve a quoted article without the source name, in Vietnamese, and publishes nothing', async () => {
      const site = await makeSite(api);
      const title = `Tin trích dẫn ${unique()}`;
      const res = await createAndPublish(
        cms,
        api,
        'articles',
        articleData(site, { title, source: { kind: 'quoted', url: 'https://baobariavungtau.com.vn/' } })
      );
      expect(res.status).toBe(400);
      expect(errorPaths(res.body)).toEqual(['source.name']);
      expect(res.body.error.message).toBe('Tin bài trích dẫn phải ghi rõ tên nguồn trước khi duyệt.');
      await cms.http().get(`/api/articles/${res.documentId}`).expect(404);
    });

    it('refuses a source link that is not an http(s) address', async () => {
      const site = await makeSite(api);
      const res = await createAndPublish(
        cms,
        api,
        'articles',
        articleData(site, { source: { kind: 'quoted', name: 'Báo Bà Rịa - Vũng Tàu', url: 'javascript:alert(1)' } })
      );
      expect(res.status).toBe(400);
      expect(errorPaths(res.body)).toEqual(['source.url']);
    });

    it('refuses to publish an article without a site, and to save one filed under another site’s category', async () => {
      const site = await makeSite(api);
      const other = await makeSite(api);
      const noSite = await createAndPublish(cms, api, 'articles', articleData(site, { site: null }));
      expect(noSite.status).toBe(400);
      expect(errorPaths(noSite.body)).toContain('site');
      // Refused at the first save, a draft's included, not first at approval.
      const wrongCategory = await api.post('/api/articles?status=draft', articleData(site, { categories: [other.category] }));
      expect(wrongCategory.status).toBe(400);
      expect(errorPaths(wrongCategory.body)).toEqual(['categories']);
    });

    it('saves an incomplete draft, then refuses to approve it until it is complete', async () => {
      const site = await makeSite(api);
      const res = await createAndPublish(cms, api, 'articles', { title: `Bản nháp ${unique()}`, site: site.site, byline: 'Ngô Văn Tư' });
      expect(res.status).toBe(400);
      expect(errorPaths(res.body)).toEqual(expect.arrayContaining(['body']));
      expect(res.body.error.message).not.toBe('Forbidden');
      const published = await api.get(`/api/articles/${res.documentId}`);
      expect(published.status).toBe(404);
    });

    it('refuses co-author shares that do not add up to 100%', async () => {
      const site = await makeSite(api);
      const unit = await api.post('/api/units', { name: `Phòng thử ${unique()}`, kind: 'department', site: site.site }).expect(201);
      const people = await Promise.all(
        ['Nguyễn Văn An', 'Trần Thị Bình'].map((fullName) =>
          api.post('/api/contributors', { fullName, unit: unit.body.data.documentId, email: `${unique()}@vungtau.test` }).expect(201)
        )
      );
      const authors = people.map((p, i) => ({ contributor: p.body.data.documentId, share: i === 0 ? 60 : 30 }));
      const res = await createAndPublish(cms, api, 'articles', articleData(site, { authors }));
      expect(res.status).toBe(400);
      expect(errorPaths(res.body)).toEqual(['authors']);
      expect(res.body.error.message).toContain('100%');
      authors[1].share = 40;
      expect((await createAndPublish(cms, api, 'articles', articleData(site, { authors }))).status).toBe(200);
    });
  });

  describe('legal documents', () => {
    const doc = (overrides: Record<string, unknown>) => ({
      kind: 'administrative',
      type: 'quyet-dinh',
      issuedDate: '2023-12-01',
      summary: 'Ban hành Quy chế tổ chức, quản lý hoạt động của Cổng thông tin điện tử.',
      ...overrides,
    });

    it('keeps a number/symbol unique per issuer, case-insensitively, and lets another issuer reuse it', async () => {
      const issuer = `UBND thành phố ${unique()}`;
      const site = await makeSite(api);
      expect((await createAndPublish(cms, api, 'legal-documents', doc({ number: '8083/QĐ-UBND', issuer, site: site.site }))).status).toBe(
        200
      );
      const before = await api.get('/api/legal-documents?status=draft&pagination[pageSize]=1').expect(200);
      const dup = await api.post('/api/legal-documents?status=draft', doc({ number: '8083/qđ-ubnd', issuer })).expect(400);
      expect(errorPaths(dup.body)).toEqual(['number']);
      expect(dup.body.error.message).toContain('đã có trong hệ thống');
      const after = await api.get('/api/legal-documents?status=draft&pagination[pageSize]=1').expect(200);
      expect(after.body.meta.pagination.total).toBe(before.body.meta.pagination.total);
      await api.post('/api/legal-documents?status=draft', doc({ number: '8083/QĐ-UBND', issuer: `UBND phường ${unique()}` })).expect(201);
    });

    it('links a replacing decision both ways and shows it to the public', async () => {
      const issuer = `UBND thành phố ${unique()}`;
      const site = await makeSite(api);
      const old = await createAndPublish(
        cms,
        api,
        'legal-documents',
        doc({ number: '834/QĐ-UBND', issuer, issuedDate: '2021-02-04', validity: 'replaced', site: site.site })
      );
      expect(old.status).toBe(200);
      const replacing = await createAndPublish(
        cms,
        api,
        'legal-documents',
        doc({ number: '8083/QĐ-UBND', issuer, site: site.site, replaces: [old.documentId] })
      );
      expect(replacing.status).toBe(200);
      const pub = await cms.http().get(`/api/legal-documents/${old.documentId}?populate[replacedBy][fields][0]=number`).expect(200);
      expect(pub.body.data.replacedBy.map((d: { number: string }) => d.number)).toEqual(['8083/QĐ-UBND']);
      const fwd = await cms.http().get(`/api/legal-documents/${replacing.documentId}?populate[replaces][fields][0]=number`).expect(200);
      expect(fwd.body.data.replaces.map((d: { number: string }) => d.number)).toEqual(['834/QĐ-UBND']);
    });

    it('refuses to publish a draft for comment without a comment window, or one that closes before it opens', async () => {
      const site = await makeSite(api);
      const base = doc({ kind: 'draft-for-comment', number: `DT-${unique()}`, issuer: 'UBND thành phố Vũng Tàu', site: site.site });
      const missing = await createAndPublish(cms, api, 'legal-documents', base);
      expect(missing.status).toBe(400);
      expect(errorPaths(missing.body)).toEqual(['commentWindow']);
      const window = {
        opensAt: '2026-12-10T00:00:00Z',
        closesAt: '2026-12-01T00:00:00Z',
        receivingAgency: 'Phòng Tư pháp',
        address: '89 Lý Thường Kiệt, Phường 1, Vũng Tàu',
        email: 'tuphap@vungtau.test',
      };
      const backwards = await createAndPublish(cms, api, 'legal-documents', { ...base, number: `DT-${unique()}`, commentWindow: window });
      expect(backwards.status).toBe(400);
      expect(errorPaths(backwards.body)).toEqual(['commentWindow.closesAt']);
      const fixed = await createAndPublish(cms, api, 'legal-documents', {
        ...base,
        number: `DT-${unique()}`,
        commentWindow: { ...window, closesAt: '2026-12-31T10:00:00Z' },
      });
      expect(fixed.status).toBe(200);
    });
  });

  describe('sites as data', () => {
    it('refuses a merged site that does not say where it was merged, and accepts one that does', async () => {
      const keep = await api.post('/api/sites', { name: `Phường tiếp nhận ${unique()}`, kind: 'ward' }).expect(201);
      const merged = await api.post('/api/sites', { name: `Phường sáp nhập ${unique()}`, kind: 'ward' }).expect(201);
      const bad = await api.put(`/api/sites/${merged.body.data.documentId}`, { status: 'merged' }).expect(400);
      expect(errorPaths(bad.body)).toEqual(['mergedInto']);
      const stored = await api.get(`/api/sites/${merged.body.data.documentId}`).expect(200);
      expect(stored.body.data.status).toBe('active');
      await api.put(`/api/sites/${merged.body.data.documentId}`, { status: 'merged', mergedInto: keep.body.data.documentId }).expect(200);
    });

    it('refuses a retired site with nowhere to send its readers, and accepts one with a parent', async () => {
      const parent = await api.post('/api/sites', { name: `Thành phố thử ${unique()}`, kind: 'city' }).expect(201);
      const site = await api.post('/api/sites', { name: `Phường ngừng hoạt động ${unique()}`, kind: 'ward' }).expect(201);
      const bad = await api.put(`/api/sites/${site.body.data.documentId}`, { status: 'retired' }).expect(400);
      expect(errorPaths(bad.body)).toEqual(['status']);
      expect(bad.body.error.message).toContain('Trang ngừng hoạt động');
      await api.put(`/api/sites/${site.body.data.documentId}`, { status: 'retired', parent: parent.body.data.documentId }).expect(200);
    });

    it('gives a site a participation deadline of 15 working days, 1 to 60, that anonymous readers never see', async () => {
      const site = await api.post('/api/sites', { name: `Phường có thời hạn ${unique()}`, kind: 'ward' }).expect(201);
      const id = site.body.data.documentId;
      const stored = await cms.strapi.documents('api::site.site').findOne({ documentId: id });
      expect(stored?.questionDueWorkingDays).toBe(15);
      for (const bad of [0, 61, 2.5]) {
        const res = await api.put(`/api/sites/${id}`, { questionDueWorkingDays: bad }).expect(400);
        expect(errorPaths(res.body)).toEqual(['questionDueWorkingDays']);
      }
      await api.put(`/api/sites/${id}`, { questionDueWorkingDays: 20 }).expect(200);
      expect((await cms.strapi.documents('api::site.site').findOne({ documentId: id }))?.questionDueWorkingDays).toBe(20);
      const anonymous = await cms.http().get(`/api/sites/${id}`).expect(200);
      expect(anonymous.body.data.name).toBe(site.body.data.name);
      expect(anonymous.body.data).not.toHaveProperty('questionDueWorkingDays');
    });

    it('refuses a home-page banner without a description or with a bad link, in Vietnamese, on the field', async () => {
      const png = await sharp({ create: { width: 30, height: 10, channels: 3, background: '#a50e0e' } })
        .png()
        .toBuffer();
      const upload = await cms
        .http()
        .post('/api/upload')
        .set('Authorization', `Bearer ${token}`)
        .attach('files', png, 'banner-dich-vu-cong.png')
        .expect(201);
      const image = upload.body[0].id;
      const site = await api.post('/api/sites', { name: `Phường có banner ${unique()}`, kind: 'ward' }).expect(201);
      const id = site.body.data.documentId;
      const bad = await api
        .put(`/api/sites/${id}`, {
          banners: [
            { image, alt: '  ', url: 'https://dichvucong.gov.vn' },
            { image, alt: 'banner-dich-vu-cong.png', url: 'javascript:alert(1)' },
          ],
        })
        .expect(400);
      expect(errorPaths(bad.body).sort()).toEqual(['banners.0.alt', 'banners.1.alt', 'banners.1.url']);
      expect(bad.body.error.message).toContain('Banner phải có mô tả ảnh');
      const good = { image, alt: 'Cổng Dịch vụ công quốc gia: nộp hồ sơ trực tuyến', url: '/chuyen-muc/dich-vu-cong-truc-tuyen', order: 0 };
      await api.put(`/api/sites/${id}`, { banners: [good] }).expect(200);
      const stored = await api.get(`/api/sites/${id}?populate[banners][populate][image][fields][0]=url`).expect(200);
      expect(stored.body.data.banners).toEqual([
        expect.objectContaining({
          alt: good.alt,
          url: good.url,
          image: expect.objectContaining({ url: expect.stringMatching(/^\/uploads\//) }),
        }),
      ]);
    });
  });
});
