import type { QuotaDashboard } from '../src/plugins/reports/shared/contracts';
import { boardHomeOf } from '../src/plugins/workflow/server/board/home';
import { previousMonth, vietnamMonth } from '../src/plugins/workflow/server/board/state';
import { runSeed } from '../src/seed';
import { startCms, testDatabase, type TestCms } from './harness/cms';
import { adminApi } from './harness/workflow';

const WARD_SLUGS = [
  'phuong-1',
  'phuong-2',
  'phuong-3',
  'phuong-4',
  'phuong-5',
  'phuong-7',
  'phuong-8',
  'phuong-9',
  'phuong-10',
  'phuong-11',
  'phuong-12',
  'phuong-thang-nhat',
  'phuong-thang-nhi',
  'phuong-thang-tam',
  'phuong-rach-dua',
  'phuong-nguyen-an-ninh',
  'xa-long-son',
];

const PLAN_2024_CATEGORIES = [
  'Tin tức, sự kiện',
  'Cải cách hành chính. Dịch vụ hành chính công',
  'Tương tác với công dân',
  'Chuyển đổi số',
  'Thông tin cần biết, phòng chống dịch',
  'Quy tắc ứng xử, văn minh đô thị',
  'Thành phố du lịch, thành phố sự kiện',
  'Hoạt động của UBMTTQ, các đoàn thể',
];

const UIDS = [
  'api::site.site',
  'api::unit.unit',
  'api::official.official',
  'api::category.category',
  'api::tag.tag',
  'api::contributor.contributor',
  'api::article.article',
  'api::legal-document.legal-document',
  'plugin::upload.file',
  'api::royalty-rate.royalty-rate',
  'api::royalty-unit-value.royalty-unit-value',
  'api::royalty-budget.royalty-budget',
  'api::royalty-record.royalty-record',
  'api::overtime-entry.overtime-entry',
  'api::year-report-note.year-report-note',
  'api::project.project',
  'api::procurement-notice.procurement-notice',
  'api::direction.direction',
  'api::assignment.assignment',
] as const;

// Seeding all 18 sites takes about a minute and a half on PostgreSQL here and over three on a
// slow CI machine: the hooks and the tests that seed again get their own time.
const SEED_TIMEOUT = 10 * 60 * 1000;

describe('demo seed', () => {
  let cms: TestCms;

  beforeAll(async () => {
    process.env.DEMO_STAFF_PASSWORD = 'Demo-Staff-Passw0rd';
    cms = await startCms({ seedDemoData: true });
    delete process.env.DEMO_STAFF_PASSWORD;
  }, SEED_TIMEOUT);
  afterAll(async () => cms?.close());

  const snapshot = async () => {
    const counts: Record<string, number> = {};
    const latest: Record<string, string | null> = {};
    for (const uid of UIDS) {
      counts[uid] = await cms.strapi.db.query(uid).count();
      const [row] = (await cms.strapi.db
        .query(uid)
        .findMany({ select: ['updatedAt'], orderBy: { updatedAt: 'desc' }, limit: 1 })) as Array<{ updatedAt: string }>;
      latest[uid] = row ? new Date(row.updatedAt).toISOString() : null;
    }
    return { counts, latest };
  };

  it('seeds the city portal and the 17 component sites with their Vietnamese names', async () => {
    const res = await cms.http().get('/api/sites?pagination[pageSize]=100&sort=slug').expect(200);
    const slugs = res.body.data.map((s: { slug: string }) => s.slug).sort();
    expect(slugs).toEqual(['vung-tau', ...WARD_SLUGS].sort());
    const names = Object.fromEntries(res.body.data.map((s: { slug: string; shortName: string }) => [s.slug, s.shortName]));
    expect(names['phuong-thang-nhi']).toBe('Phường Thắng Nhì');
    expect(names['xa-long-son']).toBe('Xã Long Sơn');
    for (const site of res.body.data) expect(site.name).toBe(site.name.normalize('NFC'));
  });

  it('gives every site the eight categories of the 2024 plan', async () => {
    for (const slug of ['vung-tau', 'phuong-7', 'xa-long-son']) {
      const res = await cms.http().get(`/api/categories?filters[site][slug][$eq]=${slug}&pagination[pageSize]=100`).expect(200);
      const names = res.body.data.map((c: { name: string }) => c.name);
      expect(names).toEqual(expect.arrayContaining(PLAN_2024_CATEGORIES));
    }
  });

  it('creates demo staff who hold their role on their own site only', async () => {
    const login = await cms
      .http()
      .post('/admin/login')
      .send({ email: 'duyet.phuong7@vungtau.local', password: 'Demo-Staff-Passw0rd' })
      .expect(200);
    const me = await cms.http().get('/workflow/me').set('Authorization', `Bearer ${login.body.data.token}`).expect(200);
    expect(me.body.data.sites).toEqual([expect.objectContaining({ name: 'Trang thông tin điện tử Phường 7', roles: ['approver'] })]);
    const list = await cms
      .http()
      .get('/content-manager/collection-types/api::article.article?pageSize=100&populate[site]=true')
      .set('Authorization', `Bearer ${login.body.data.token}`)
      .expect(200);
    expect(list.body.pagination.total).toBeGreaterThan(0);
    const ward7 = await cms.http().get('/api/articles?filters[site][slug][$eq]=phuong-7&pagination[pageSize]=1').expect(200);
    // Ward 7's public articles, and the board demo's pieces still in writing or submitted (seed/steps/board.ts).
    const unpublished = await cms.strapi.db
      .query('api::article.article')
      .count({ where: { site: { slug: 'phuong-7' }, workflowState: { $in: ['draft', 'submitted'] }, publishedAt: null } });
    expect(unpublished).toBe(2);
    expect(list.body.pagination.total).toBe(ward7.body.meta.pagination.total + unpublished);
  });

  it('marks every seeded article and document as approved and published in the workflow, but the board demo’s assigned pieces and proposals waiting at the city', async () => {
    // Wards' proposals the city board has not taken up yet wait as submitted (seed/steps/proposals.ts).
    const waiting = (await cms.strapi.db.query('api::article.article').findMany({
      where: { proposedFrom: { id: { $notNull: true } }, publishedAt: null },
      select: ['workflowState'],
    })) as Array<{ workflowState: string }>;
    expect(waiting.length).toBeGreaterThan(0);
    for (const row of waiting) expect(['published', 'submitted']).toContain(row.workflowState);
    for (const uid of ['api::article.article', 'api::legal-document.legal-document'] as const) {
      // The board's demo assignments (seed/steps/board.ts) show pieces in writing and submitted.
      const where = uid === 'api::article.article' ? { assignment: { id: { $null: true } }, proposedFrom: { id: { $null: true } } } : {};
      const rows = (await cms.strapi.db.query(uid).findMany({ where, select: ['workflowState'] })) as Array<{ workflowState: string }>;
      expect(rows.length).toBeGreaterThan(0);
      expect(new Set(rows.map((row) => row.workflowState))).toEqual(new Set(['published']));
    }
  });

  it('publishes a few hundred articles over every site, several forms and with images', async () => {
    const all = await cms.http().get('/api/articles?pagination[pageSize]=1').expect(200);
    expect(all.body.meta.pagination.total).toBeGreaterThanOrEqual(250);
    for (const slug of ['vung-tau', ...WARD_SLUGS]) {
      const res = await cms.http().get(`/api/articles?filters[site][slug][$eq]=${slug}&pagination[pageSize]=1`).expect(200);
      expect(res.body.meta.pagination.total).toBeGreaterThan(0);
    }
    for (const form of ['tin', 'tin-ngan', 'bai', 'phong-su-anh', 'anh']) {
      const res = await cms.http().get(`/api/articles?filters[form][$eq]=${form}&pagination[pageSize]=1`).expect(200);
      expect(res.body.meta.pagination.total).toBeGreaterThan(0);
    }
    const photo = await cms
      .http()
      .get(
        '/api/articles?filters[form][$eq]=phong-su-anh&populate[cover][populate][image][fields][0]=formats&populate[gallery][populate][image][fields][0]=url&pagination[pageSize]=1'
      )
      .expect(200);
    const [report] = photo.body.data;
    expect(report.gallery.length).toBeGreaterThanOrEqual(3);
    expect(Object.keys(report.cover.image.formats)).toEqual(expect.arrayContaining(['thumbnail', 'small', 'medium']));
  });

  it('seeds the documents the sources cite, with 8083/QĐ-UBND replacing 834/QĐ-UBND', async () => {
    const res = await cms
      .http()
      .get(
        `/api/legal-documents?filters[number][$eq]=${encodeURIComponent('8083/QĐ-UBND')}&populate[replaces][fields][0]=number&populate[replaces][fields][1]=validity`
      )
      .expect(200);
    expect(res.body.data).toHaveLength(1);
    expect(res.body.data[0].replaces).toEqual([expect.objectContaining({ number: '834/QĐ-UBND', validity: 'replaced' })]);
    for (const number of ['8137/QĐ-UBND', '42/2022/NĐ-CP', '1927/KH-UBND', '138-KH/TU']) {
      const found = await cms
        .http()
        .get(`/api/legal-documents?filters[number][$eq]=${encodeURIComponent(number)}`)
        .expect(200);
      expect(found.body.data.length).toBeGreaterThanOrEqual(1);
    }
    const drafts = await cms
      .http()
      .get('/api/legal-documents?filters[kind][$eq]=draft-for-comment&populate[0]=commentWindow&populate[1]=attachments')
      .expect(200);
    expect(drafts.body.data.length).toBeGreaterThanOrEqual(2);
    for (const draft of drafts.body.data) {
      expect(draft.commentWindow.email).toMatch(/@/);
      expect(draft.attachments).toEqual([expect.objectContaining({ mime: 'application/pdf' })]);
    }
  });

  it('attaches a PDF of the full text to the cited documents, served as a real PDF', async () => {
    const res = await cms
      .http()
      .get(`/api/legal-documents?filters[number][$eq]=${encodeURIComponent('8083/QĐ-UBND')}&populate=attachments`)
      .expect(200);
    const [pdf] = res.body.data[0].attachments;
    expect(pdf.mime).toBe('application/pdf');
    const file = await cms.http().get(pdf.url).buffer(true).expect(200);
    expect(file.body.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('board: seeds about 3,000,000 đ of overtime a month for the city, less for Phường 7, and the city board\u2019s texts of last year', async () => {
    const rows = (await cms.strapi.db.query('api::overtime-entry.overtime-entry').findMany({
      where: { month: { $startsWith: '2025-' } },
      select: ['month', 'amount'],
      populate: { site: { select: ['slug'] } },
    })) as Array<{ month: string; amount: unknown; site: { slug: string } }>;
    const city = rows.filter((row) => row.site.slug === 'vung-tau');
    const ward = rows.filter((row) => row.site.slug === 'phuong-7');
    expect(new Set(city.map((row) => row.month)).size).toBe(12);
    for (const month of new Set(city.map((row) => row.month))) {
      const ofMonth = city.filter((row) => row.month === month);
      expect(ofMonth.length).toBeGreaterThanOrEqual(2);
      expect(ofMonth.length).toBeLessThanOrEqual(3);
      const sum = ofMonth.reduce((total, row) => total + Number(row.amount), 0);
      expect(sum).toBeGreaterThan(2_500_000);
      expect(sum).toBeLessThan(3_500_000);
    }
    expect(ward.reduce((t, r) => t + Number(r.amount), 0)).toBeLessThan(city.reduce((t, r) => t + Number(r.amount), 0) / 3);
    const note = (await cms.strapi.db
      .query('api::year-report-note.year-report-note')
      .findOne({ where: { year: 2025, site: { slug: 'vung-tau' } }, select: ['strengths', 'direction'] })) as {
      strengths: string;
      direction: string;
    };
    expect(note.strengths).toContain('Phòng Văn hóa và Thông tin');
    expect(note.direction).toContain('năm 2026');
  });

  it('seeds clearly marked sample royalty settings, the city\u2019s 790,000,000 đ portal budget with its sample royalty part and royalties for the published pieces', async () => {
    const rates = (await cms.strapi.db.query('api::royalty-rate.royalty-rate').findMany({ select: ['name', 'sample'] })) as Array<{
      name: string;
      sample: boolean;
    }>;
    expect(rates).toHaveLength(18);
    for (const rate of rates) expect(rate).toMatchObject({ name: expect.stringMatching(/^Mẫu — /), sample: true });
    const budget = (await cms.strapi.db
      .query('api::royalty-budget.royalty-budget')
      .findOne({ where: { year: 2026, site: { slug: 'vung-tau' } }, select: ['amount', 'portalAmount'] })) as {
      amount: unknown;
      portalAmount: unknown;
    };
    // Seed 001's 790,000,000 đ is the portal's whole budget; royalties are a (sample) part of it.
    expect(Number(budget.portalAmount)).toBe(790_000_000);
    expect(Number(budget.amount)).toBe(740_000_000);
    const published = (await cms.strapi.db
      .query('api::article.article')
      .findMany({ where: { publishedAt: { $notNull: true } }, select: ['documentId'] })) as Array<{
      documentId: string;
    }>;
    const records = (await cms.strapi.db
      .query('api::royalty-record.royalty-record')
      .findMany({ select: ['articleDocumentId', 'status', 'amount'] })) as Array<{
      articleDocumentId: string;
      status: string;
      amount: unknown;
    }>;
    expect(new Set(records.map((r) => r.articleDocumentId))).toEqual(new Set(published.map((p) => p.documentId)));
    expect(new Set(records.map((r) => r.status))).toEqual(new Set(['pending', 'approved', 'paid']));
    for (const record of records) expect(Number(record.amount)).toBeGreaterThan(0);

    // The head of the city board sees the city's royalties, and only the city's.
    const login = await cms
      .http()
      .post('/admin/login')
      .send({ email: 'truongban.thanhpho@vungtau.local', password: 'Demo-Staff-Passw0rd' })
      .expect(200);
    const me = await cms.http().get('/reports/me').set('Authorization', `Bearer ${login.body.data.token}`).expect(200);
    expect(me.body.data.sites).toEqual([
      expect.objectContaining({
        name: 'Cổng thông tin điện tử thành phố Vũng Tàu',
        can: ['view', 'adjust', 'approve', 'configure', 'counter', 'overtime', 'notes'],
      }),
    ]);
  });

  it('board: seeds a month of visitor figures from generated access logs, the city portal past 3,000 visits a weekday', async () => {
    const city = (await cms.strapi.db.query('api::site.site').findOne({ where: { kind: 'city' } })) as { id: number };
    const rows = (await cms.strapi.db.query('plugin::reports.visit-day').findMany({ orderBy: { day: 'asc' } })) as Array<{
      site: number;
      day: string;
      visits: number;
      views: number;
      bots: number;
    }>;
    const cityRows = rows.filter((row) => row.site === city.id);
    expect(cityRows).toHaveLength(30);
    expect(new Set(rows.map((row) => row.site)).size).toBe(18);
    const weekdays = cityRows.filter((row) => ![0, 6].includes(new Date(`${row.day}T00:00:00Z`).getUTCDay()));
    expect(weekdays.reduce((sum, row) => sum + row.visits, 0) / weekdays.length).toBeGreaterThan(3_000);
    for (const row of rows) {
      expect(row.views).toBeGreaterThanOrEqual(row.visits);
      expect(row.bots).toBeGreaterThan(0);
    }
    expect(rows.filter((row) => row.site !== city.id).every((row) => row.visits < 300)).toBe(true);
    expect(await cms.strapi.db.query('plugin::reports.visit-page').count()).toBeGreaterThan(18 * 5);
    // The city's board has its public counter on: the footer's figure is the total of its visits.
    const counters = (await cms.strapi.db.query('api::site.site').findMany({
      select: ['id', 'publicVisitCounter', 'publicVisitTotal'],
    })) as Array<{ id: number; publicVisitCounter: boolean | null; publicVisitTotal: number | null }>;
    expect(counters.find((site) => site.id === city.id)).toMatchObject({
      publicVisitCounter: true,
      publicVisitTotal: cityRows.reduce((sum, row) => sum + row.visits, 0),
    });
    expect(counters.filter((site) => site.id !== city.id).every((site) => !site.publicVisitCounter && site.publicVisitTotal === null)).toBe(
      true
    );
  });

  it('puts the city People’s Committee, its chair and vice-chairs at the top of the chart, and brings back missing officials and parents', async () => {
    const officials = await cms
      .http()
      .get(
        '/api/officials?filters[unit][slug][$eq]=ubnd-thanh-pho&fields[0]=position&fields[1]=phone&fields[2]=email&pagination[pageSize]=10'
      )
      .expect(200);
    const positions = officials.body.data.map((o: { position: string }) => o.position).sort();
    expect(positions).toEqual(['Chủ tịch UBND thành phố', 'Phó Chủ tịch UBND thành phố', 'Phó Chủ tịch UBND thành phố']);
    for (const o of officials.body.data) expect(o.email).toMatch(/@baria-vungtau\.gov\.vn$/);
    const parentOf = async (slug: string) => {
      const row = (await cms.strapi.db
        .query('api::unit.unit')
        .findOne({ where: { slug }, populate: { parent: { select: ['slug'] } } })) as {
        parent: { slug: string } | null;
      };
      return row.parent?.slug ?? null;
    };
    expect(await parentOf('ubnd-thanh-pho')).toBeNull();
    expect(await parentOf('phong-van-hoa-va-thong-tin')).toBe('ubnd-thanh-pho');
    expect(await parentOf('cong-an-phuong-1')).toBe('ubnd-phuong-1');

    // A database seeded before officials and the tree existed: `npm run seed` fills both in.
    const OFFICIAL = 'api::official.official';
    const count = await cms.strapi.db.query(OFFICIAL).count();
    await cms.strapi.db.query(OFFICIAL).deleteMany({ where: { site: { slug: 'phuong-1' } } });
    const police = (await cms.strapi.db.query('api::unit.unit').findOne({ where: { slug: 'cong-an-phuong-1' } })) as { documentId: string };
    await cms.strapi.documents('api::unit.unit').update({ documentId: police.documentId, data: { parent: null } as never });
    await runSeed(cms.strapi, { log: () => undefined });
    expect(await cms.strapi.db.query(OFFICIAL).count()).toBe(count);
    expect(await parentOf('cong-an-phuong-1')).toBe('ubnd-phuong-1');
  });

  it('board: shows the wards\u2019 supply to the city portal this month and last, at the cap and below the minimum', async () => {
    const admin = adminApi(cms, await cms.adminJwt());
    const city = (await cms.strapi.db.query('api::site.site').findOne({ where: { slug: 'vung-tau' }, select: ['documentId'] })) as {
      documentId: string;
    };
    const data = (await admin.get(`/reports/quotas?site=${city.documentId}`).expect(200)).body.data as QuotaDashboard;
    const committee = async (ward: string) => {
      const unit = (await cms.strapi.db.query('api::unit.unit').findOne({ where: { slug: `ubnd-${ward}` }, select: ['documentId'] })) as {
        documentId: string;
      };
      const row = data.units.find((entry) => entry.unit.documentId === unit.documentId);
      if (!row) throw new Error(`No supply row for ${ward}`);
      return row;
    };
    const p7 = await committee('phuong-7');
    expect(p7.quota).toMatchObject({ minItems: 3, maxItems: 5, countsOn: 'city-portal' });
    // Seen from the city: the ward's supply, not its own site's counts.
    expect(p7.periods[0]).toMatchObject({ own: null, city: { proposed: 5 } });
    expect(p7.periods[1]).toMatchObject({ city: { proposed: 5, published: 5 }, state: 'met' });
    expect((await committee('phuong-8')).periods[0]).toMatchObject({ city: { proposed: 1, published: 0 }, state: 'behind' });
    expect((await committee('phuong-thang-tam')).periods[1]).toMatchObject({ city: { proposed: 4, published: 3 }, state: 'met' });
    expect((await committee('xa-long-son')).periods[1]).toMatchObject({ city: { proposed: 3, published: 3 } });
  });

  it('board: seeds this and last month’s direction of the city portal and Phường 7, and assignments in every state', async () => {
    // Dated by the real day the seed ran (beforeAll), like the assignments.
    const month = vietnamMonth(new Date());
    const directions = (await cms.strapi.db.query('api::direction.direction').findMany({
      select: ['month'],
      populate: { site: { select: ['slug'] }, topics: true, events: true },
    })) as Array<{ month: string; site: { slug: string }; topics: Array<{ title: string }>; events: unknown[] }>;
    for (const slug of ['vung-tau', 'phuong-7'])
      expect(
        directions
          .filter((d) => d.site.slug === slug)
          .map((d) => d.month)
          .sort()
      ).toEqual([previousMonth(month), month]);
    expect(directions[0].topics.map((t) => t.title)).toContain('Chuyển đổi số');
    expect(directions.every((d) => d.events.length > 0)).toBe(true);

    const user = (await cms.strapi.db.query('admin::user').findOne({ where: { email: 'ctv.phuong7@vungtau.local' }, select: ['id'] })) as {
      id: number;
    };
    const home = await boardHomeOf(cms.strapi, { kind: 'admin', user, superAdmin: false });
    expect(new Set(home.mine.items.map((entry) => entry.stage))).toEqual(new Set(['not-started', 'writing', 'submitted', 'published']));
    expect(home.mine.items.some((entry) => entry.overdue)).toBe(true);
    expect(home.directions.map((d) => [d.month, d.fromAbove])).toEqual([
      [month, false],
      [month, true],
    ]);
    const cancelled = await cms.strapi.db.query('api::assignment.assignment').count({ where: { cancelled: true } });
    expect(cancelled).toBe(2);
  });

  it(
    'changes nothing when run again',
    async () => {
      const before = await snapshot();
      await runSeed(cms.strapi, { log: () => undefined });
      expect(await snapshot()).toEqual(before);
    },
    SEED_TIMEOUT
  );

  // The seed's own arithmetic, with no query the first run and its repetition above do not make:
  // SQLite checks it, sparing the PostgreSQL run the minute a doubled volume takes.
  (testDatabase() === 'sqlite' ? it : it.skip)(
    'adds only the extra volume when run with a larger scale, and is idempotent at that scale too',
    async () => {
      const before = await snapshot();
      await runSeed(cms.strapi, { scale: 2, log: () => undefined });
      const scaled = await snapshot();
      expect(scaled.counts['api::site.site']).toBe(before.counts['api::site.site']);
      expect(scaled.counts['api::article.article']).toBeGreaterThan(before.counts['api::article.article'] * 1.8);
      await runSeed(cms.strapi, { scale: 2, log: () => undefined });
      expect(await snapshot()).toEqual(scaled);
    },
    SEED_TIMEOUT
  );
});
