import { SECTION_TYPES } from '../src/plugins/workflow/server/services/sections';
import { startCms, type TestCms } from './harness/cms';
import { unique } from './harness/fixtures';
import type { AdminApi } from './harness/workflow';
import { buildWorld, type SiteKey, type World } from './harness/workflow-world';

/**
 * Every section type (services/sections.ts) is kept by the editors, approvers and administrator of
 * its own site and published by that site's approvers only, whichever role tries from whichever
 * site; a refused write leaves nothing behind. A type added to SECTION_TYPES without a sample here
 * fails the suite, so no section escapes these checks.
 */

let weeks = 0;
/** A Monday no other sample used: a site has one schedule a week. */
const nextMonday = (): string => {
  weeks += 1;
  return new Date(Date.UTC(2030, 0, 7 + 7 * weeks)).toISOString().slice(0, 10);
};

/** A valid new item of each section type on a site (its documentId), unique per call. */
const SAMPLES: Record<string, (site: string) => Record<string, unknown>> = {
  'api::work-schedule.work-schedule': (site) => ({ site, weekStart: nextMonday(), entries: [] }),
  'api::official.official': (site) => ({ site, name: `Nguyễn Văn Thử ${unique()}`, position: 'Phó Chủ tịch UBND', rank: 'deputy' }),
  'api::dataset.dataset': (site) => ({
    site,
    title: `Số hộ dân theo khu phố ${unique()}`,
    field: 'dan-so-lao-dong',
    periodStart: '2025-01-01',
    periodEnd: '2025-12-31',
    chart: 'bar',
    table: { labelHeader: 'Khu phố', columns: ['Số hộ'], rows: [{ label: 'Khu phố 1', values: [412] }] },
  }),
  'api::public-service.public-service': (site) => ({
    site,
    name: `Đăng ký khai sinh ${unique()}`,
    field: 'ho-tich',
    level: 'toan-trinh',
    popular: false,
    nationalUrl: 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193',
  }),
  'api::project.project': (site) => {
    const id = unique();
    return {
      site,
      name: `Nâng cấp hẻm ${id}`,
      slug: `nang-cap-hem-${id}`,
      field: 'giao-thong',
      investor: 'Ban Quản lý dự án đầu tư xây dựng thành phố',
      capitalSource: 'ngan-sach-thanh-pho',
      periodStart: 2026,
      state: 'dang-thuc-hien',
      summary: 'Nâng cấp mặt đường, thoát nước và chiếu sáng.',
    };
  },
  'api::procurement-notice.procurement-notice': (site) => {
    const id = unique();
    return {
      site,
      packageName: `Gói thầu xây lắp ${id}`,
      slug: `goi-thau-xay-lap-${id}`,
      procuringEntity: 'Ban Quản lý dự án đầu tư xây dựng thành phố',
      method: 'chao-hang-canh-tranh',
      summary: 'Thi công nền, mặt đường và hệ thống thoát nước.',
      publishedDate: '2026-11-02',
    };
  },
};

interface Row {
  documentId: string;
  site?: { documentId: string } | null;
  publishedAt?: string | null;
}

const restOf = (cms: TestCms, uid: string): string => {
  const model = cms.strapi.contentTypes[uid as keyof typeof cms.strapi.contentTypes] as { info: { pluralName: string } };
  return model.info.pluralName;
};
const hasDraftAndPublish = (cms: TestCms, uid: string): boolean =>
  Boolean(
    (cms.strapi.contentTypes[uid as keyof typeof cms.strapi.contentTypes] as { options?: { draftAndPublish?: boolean } }).options
      ?.draftAndPublish
  );

describe('sections: who keeps and publishes the law-required sections', () => {
  let cms: TestCms;
  let world: World;

  beforeAll(async () => {
    cms = await startCms();
    world = await buildWorld(cms);
  });

  afterAll(async () => {
    await cms?.close();
  });

  const who = (key: string): AdminApi => world.users[key];
  const siteOf = (key: SiteKey) => world.sites[key].site;
  const rows = async (uid: string, documentId: string): Promise<Row[]> =>
    (await cms.strapi.db
      .query(uid as 'api::site.site')
      .findMany({ where: { documentId }, populate: { site: { select: ['documentId'] } } })) as Row[];

  it('has a sample for every section type', () => {
    expect(SECTION_TYPES.length).toBeGreaterThan(0);
    expect(SECTION_TYPES.filter((uid) => !SAMPLES[uid])).toEqual([]);
  });

  describe.each(SECTION_TYPES.map((uid) => [uid]))('%s', (uid) => {
    const sample = (site: SiteKey) => SAMPLES[uid](siteOf(site));

    it('is created by the editors, approvers and administrator of the site only, and never for another site', async () => {
      for (const role of ['editor', 'approver', 'site-admin']) {
        const created = await who(`${role}@A`).create(uid, sample('A'));
        expect(created.status).toBe(201);
        const [row] = await rows(uid, created.body.data.documentId);
        expect(row.site?.documentId).toBe(siteOf('A'));
      }
      const before = await cms.strapi.db.query(uid as 'api::site.site').count({});
      for (const key of ['contributor@A', 'editor@B', 'approver@B', 'site-admin@B', 'editor@city']) {
        const refused = await who(key).create(uid, sample('A'));
        expect([403]).toContain(refused.status);
      }
      expect(await cms.strapi.db.query(uid as 'api::site.site').count({})).toBe(before);
      // Without a site, the item goes to the editor's only site (a user of several sites must choose).
      const noSite = await who('editor@A').create(uid, { ...sample('A'), site: null });
      expect(noSite.status).toBe(201);
      const [row] = await rows(uid, noSite.body.data.documentId);
      expect(row.site?.documentId).toBe(siteOf('A'));
    });

    it('is not moved to another site, nor edited or deleted from one', async () => {
      const created = await who('editor@A').create(uid, sample('A')).expect(201);
      const id = created.body.data.documentId as string;
      const moved = await who('editor@A').update(uid, id, { site: siteOf('B') });
      expect(moved.status).toBe(403);
      expect(moved.body.error?.message).toMatch(/không được phân quyền/);
      for (const key of ['editor@B', 'approver@B', 'site-admin@city']) {
        expect((await who(key).update(uid, id, { site: siteOf('B') })).status).toBeGreaterThanOrEqual(403);
        expect((await who(key).remove(uid, id)).status).toBeGreaterThanOrEqual(403);
      }
      const after = await rows(uid, id);
      expect(after.length).toBeGreaterThan(0);
      expect(after.every((row) => row.site?.documentId === siteOf('A'))).toBe(true);
      expect((await who('site-admin@A').remove(uid, id)).status).toBe(200);
      expect(await rows(uid, id)).toEqual([]);
    });

    it('is published and withdrawn by the approvers of its site only, and read by the public once published', async () => {
      if (!hasDraftAndPublish(cms, uid)) {
        const created = await who('editor@A').create(uid, sample('A')).expect(201);
        const id = created.body.data.documentId as string;
        const res = await cms.http().get(`/api/${restOf(cms, uid)}/${id}`);
        expect(res.status).toBe(200);
        return;
      }
      const created = await who('editor@A').create(uid, sample('A')).expect(201);
      const id = created.body.data.documentId as string;
      const anonymous = () => cms.http().get(`/api/${restOf(cms, uid)}/${id}`);
      expect((await anonymous()).status).toBe(404);
      for (const key of ['editor@A', 'site-admin@A', 'contributor@A', 'approver@B', 'approver@city']) {
        const refused = await who(key).publish(uid, id);
        expect(refused.status).toBe(403);
      }
      expect((await rows(uid, id)).some((row) => row.publishedAt)).toBe(false);
      expect((await who('approver@A').publish(uid, id)).status).toBe(200);
      expect((await anonymous()).status).toBe(200);
      for (const key of ['editor@A', 'approver@B']) expect((await who(key).unpublish(uid, id)).status).toBe(403);
      expect((await anonymous()).status).toBe(200);
      expect((await who('approver@A').unpublish(uid, id)).status).toBe(200);
      expect((await anonymous()).status).toBe(404);
    });

    it('cannot be written through the public API', async () => {
      const rest = restOf(cms, uid);
      const before = await cms.strapi.db.query(uid as 'api::site.site').count({});
      const res = await cms
        .http()
        .post(`/api/${rest}`)
        .send({ data: sample('A') });
      expect([401, 403, 405]).toContain(res.status);
      expect(await cms.strapi.db.query(uid as 'api::site.site').count({})).toBe(before);
    });
  });
});
