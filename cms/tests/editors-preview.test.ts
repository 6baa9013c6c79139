import { createHmac } from 'crypto';
import fc from 'fast-check';
import { startCms, type TestCms } from './harness/cms';
import { articleData, unique } from './harness/fixtures';
import { ARTICLE, type AdminApi } from './harness/workflow';
import { propertyRuns } from './harness/property';
import { buildWorld, type World } from './harness/workflow-world';

/**
 * Strapi's Preview for the editors (src/plugins/preview): who gets a preview link for which item,
 * and what the signed link lets through. Strapi's own URL route only checks that the caller is an
 * admin; the project's handler must answer with no URL for anyone who may not read the item.
 */
const WORK_SCHEDULE = 'api::work-schedule.work-schedule';

const previewUrlOf = (who: AdminApi, uid: string, documentId: string, status = 'draft') =>
  who.get(`/content-manager/preview/url/${uid}?documentId=${documentId}&status=${status}`);

/** The link's token, re-signed by someone who does not hold the app's keys. */
const forge = (token: string, change: (fields: unknown[]) => unknown[]): string => {
  const [payload] = token.split('.');
  const fields = change(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as unknown[]);
  const forged = Buffer.from(JSON.stringify(fields)).toString('base64url');
  return `${forged}.${createHmac('sha256', 'not-the-app-keys').update(forged).digest('base64url')}`;
};

/** Same payload change, keeping the original signature (tampering without re-signing). */
const tamper = (token: string, change: (fields: unknown[]) => unknown[]): string => {
  const [payload, signature] = token.split('.');
  const fields = change(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as unknown[]);
  return `${Buffer.from(JSON.stringify(fields)).toString('base64url')}.${signature}`;
};

describe('editors: preview links per role and site', () => {
  let cms: TestCms;
  let world: World;
  let itemA: string;
  let itemB: string;
  let weekA: string;

  beforeAll(async () => {
    process.env.PREVIEW_TIMEOUT_MS = '240000';
    cms = await startCms();
    process.env.CMS_URL = cms.url;
    world = await buildWorld(cms);
    const create = async (who: string, site: 'A' | 'B') =>
      (
        await world.users[who]
          .create(ARTICLE, articleData(world.sites[site], { title: `Tin xem trước ${unique()}`, byline: 'Trần Văn Bình' }))
          .expect(201)
      ).body.data.documentId as string;
    itemA = await create('contributor@A', 'A');
    itemB = await create('contributor@B', 'B');
    weekA = (
      await world.users['editor@A'].create(WORK_SCHEDULE, { weekStart: '2026-12-07', site: world.sites.A.site, entries: [] }).expect(201)
    ).body.data.documentId as string;
  });
  afterAll(async () => {
    await cms?.close();
    delete process.env.CMS_URL;
    delete process.env.PREVIEW_TIMEOUT_MS;
  });

  // Who may open each item in the edit view, and so preview it: the author among contributors,
  // the ward's editors and approvers; not its site administrator (categories, settings, members),
  // not another contributor of the ward, nobody of another ward or of the city.
  const ARTICLE_A = ['contributor@A', 'editor@A', 'approver@A'];
  // A section's content is kept by the ward's editors, approvers and site administrator.
  const WEEK_A = ['editor@A', 'approver@A', 'site-admin@A'];
  const PEOPLE = [
    'contributor@A',
    'other-contributor@A',
    'editor@A',
    'approver@A',
    'site-admin@A',
    'contributor@B',
    'editor@B',
    'approver@B',
    'site-admin@B',
    'editor@city',
    'approver@city',
  ];

  const CASES: Array<[string, () => string, () => string, readonly string[]]> = [
    ['an article of ward A', () => ARTICLE, () => itemA, ARTICLE_A],
    ['an article of ward B', () => ARTICLE, () => itemB, ['contributor@B', 'editor@B', 'approver@B']],
    ['a work schedule week of ward A', () => WORK_SCHEDULE, () => weekA, WEEK_A],
  ];

  it.each(CASES)('gives a preview link for %s to exactly those who may open it', async (_name, uid, documentId, allowed) => {
    const outcome: Record<string, string> = {};
    const edit: Record<string, number> = {};
    for (const who of PEOPLE) {
      const res = await previewUrlOf(world.users[who], uid(), documentId());
      outcome[who] = res.status === 200 && typeof res.body.data?.url === 'string' ? 'link' : `none (${res.status})`;
      edit[who] = (await world.users[who].get(`/content-manager/collection-types/${uid()}/${documentId()}`)).status;
    }
    expect(outcome).toEqual(Object.fromEntries(PEOPLE.map((who) => [who, allowed.includes(who) ? 'link' : 'none (204)'])));
    // The same people the edit view lets in: the preview has no rule of its own.
    expect(Object.fromEntries(PEOPLE.map((who) => [who, edit[who] === 200]))).toEqual(
      Object.fromEntries(PEOPLE.map((who) => [who, allowed.includes(who)]))
    );
  });

  it("gives the super admin a link to the draft whatever the document's status, and none for a type without pages", async () => {
    expect((await previewUrlOf(world.superAdmin, ARTICLE, itemA)).body.data.url).toMatch(/^\/preview\/pages\/[\w-]+\.[\w-]{43}$/);
    // The edit view asks with the document's status (a published item's is `published`).
    for (const status of ['published', 'modified'])
      expect((await previewUrlOf(world.superAdmin, ARTICLE, itemA, status)).body.data.url).toMatch(/^\/preview\/pages\//);
    const category = world.sites.A.category;
    expect((await previewUrlOf(world.superAdmin, 'api::category.category', category)).status).toBe(204);
  });

  it('refuses the preview URL route to anyone not signed in to the admin', async () => {
    const anonymous = await cms.http().get(`/content-manager/preview/url/${ARTICLE}?documentId=${itemA}&status=draft`);
    expect(anonymous.status).toBe(401);
    const token = await cms.apiToken('full-access');
    const withApiToken = await cms
      .http()
      .get(`/content-manager/preview/url/${ARTICLE}?documentId=${itemA}&status=draft`)
      .set('Authorization', `Bearer ${token}`);
    expect(withApiToken.status).toBe(401);
  });

  describe('the signed link', () => {
    let url: string;
    beforeAll(async () => {
      url = (await previewUrlOf(world.users['editor@A'], ARTICLE, itemA)).body.data.url as string;
    });

    it('serves the draft page under the banner, never cached, framed by the admin only', async () => {
      const res = await cms.http().get(url);
      expect([res.status, res.text.slice(0, 300)]).toEqual([200, expect.stringContaining('<!DOCTYPE html>')]);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers['content-security-policy']).toContain("frame-ancestors 'self'");
      expect(res.headers['content-security-policy']).toContain('sandbox');
      expect(res.headers['x-robots-tag']).toContain('noindex');
      expect(res.text).toContain('<p id="ban-xem-truoc" role="status">Bản xem trước – chưa đăng</p>');
      const title = ((await world.superAdmin.get(`/content-manager/collection-types/${ARTICLE}/${itemA}`)).body.data as { title: string })
        .title;
      expect(res.text).toMatch(new RegExp(`<h1[^>]*>${title}</h1>`));
      // Its stylesheet is served by the CMS under the preview's asset route.
      const stylesheet = /href="(\/preview\/assets\/[^"]+\.css)"/.exec(res.text)?.[1];
      expect(stylesheet).toBeDefined();
      const css = await cms.http().get(stylesheet!);
      expect([css.status, css.headers['content-type']]).toEqual([200, 'text/css; charset=utf-8']);
    });

    it('refuses a tampered, forged, expired or malformed link with a 403 in Vietnamese', async () => {
      const token = url.split('/').pop()!;
      const cases: Record<string, string> = {
        'another document': tamper(token, ([uid, , user, exp]) => [uid, itemB, user, exp]),
        'another user': tamper(token, ([uid, doc, , exp]) => [uid, doc, world.userIds['editor@B'], exp]),
        'a later expiry': tamper(token, ([uid, doc, user, exp]) => [uid, doc, user, (exp as number) + 3600]),
        're-signed with another key': forge(token, (fields) => fields),
        'a cut signature': token.slice(0, -1),
        'no signature': token.split('.')[0],
        'an expired one': forge(token, ([uid, doc, user]) => [uid, doc, user, 1]),
      };
      for (const [name, forged] of Object.entries(cases)) {
        const res = await cms.http().get(`/preview/pages/${forged}`);
        expect([name, res.status, res.headers['cache-control']]).toEqual([name, 403, 'no-store']);
        expect(res.text).toContain('Liên kết xem trước không hợp lệ');
        expect(res.text).not.toContain('Bản xem trước – chưa đăng');
      }
    });

    it('security: generated links and asset names without a valid signature never serve a page, a draft or a server error', async () => {
      const token = url.split('/').pop()!;
      const [payload, signature] = token.split('.');
      const junk = fc.string({ unit: fc.constantFrom(...'aZ09-_.~%/\\:;?#&=+ ạ\u0000<>"\'', 'A'.repeat(64)), maxLength: 200 });
      const link = fc.oneof(
        junk,
        // The valid link with one character of its payload changed: the signature no longer holds.
        fc
          .tuple(fc.nat({ max: payload.length - 1 }), fc.constantFrom(...'AbZ09-_'))
          .map(([at, char]) =>
            payload[at] === char ? `${payload}X.${signature}` : `${payload.slice(0, at)}${char}${payload.slice(at + 1)}.${signature}`
          ),
        // The valid link with anything before or after it.
        fc
          .tuple(
            junk,
            junk.filter((text) => text.length > 0)
          )
          .map(([before, after]) => `${before}${token}${after}`),
        junk.filter((text) => text.length > 0).map((before) => `${before}${token}`),
        fc.constant(`${payload}.${signature}.${signature}`)
      );
      await fc.assert(
        fc.asyncProperty(link, fc.tuple(junk, junk), async (forged, [site, file]) => {
          const page = await cms.http().get(`/preview/pages/${encodeURIComponent(forged)}`);
          expect([400, 403, 404]).toContain(page.status);
          expect(page.text).not.toContain('Bản xem trước – chưa đăng');
          const asset = await cms.http().get(`/preview/assets/${encodeURIComponent(site)}/_astro/${encodeURIComponent(file)}`);
          expect([400, 404]).toContain(asset.status);
        }),
        propertyRuns(60, 'preview links')
      );
    });

    it('refuses a link past its five minutes', async () => {
      const signing = await import('../src/plugins/preview/server/services/signing');
      const token = url.split('/').pop()!;
      expect(signing.verifyGrant(cms.strapi, token)).toMatchObject({ documentId: itemA, userId: world.userIds['editor@A'] });
      expect(signing.verifyGrant(cms.strapi, token, Date.now() + signing.LINK_LIFETIME_S * 1000 + 1000)).toBe('expired');
      const expired = signing.signGrant(cms.strapi, {
        uid: ARTICLE,
        documentId: itemA,
        userId: world.userIds['editor@A'],
        expires: Math.floor(Date.now() / 1000) - 1,
      });
      const res = await cms.http().get(`/preview/pages/${expired}`);
      expect([res.status, res.text]).toEqual([403, expect.stringContaining('Liên kết xem trước đã hết hạn')]);
    });

    it('answers in Vietnamese, without hanging, when rendering takes too long or too many wait', async () => {
      process.env.PREVIEW_TIMEOUT_MS = '1';
      try {
        const answers = await Promise.all(Array.from({ length: 10 }, () => cms.http().get(url)));
        const statuses = answers.map((res) => res.status);
        // Every preview is given up on at once; the previewer still renders those it was sent, so
        // after four unanswered ones the rest are refused as busy rather than queued.
        expect(statuses.filter((s) => s !== 503 && s !== 504)).toEqual([]);
        expect(statuses).toContain(503);
        for (const res of answers) {
          expect(res.headers['cache-control']).toBe('no-store');
          expect(res.text).toContain(res.status === 503 ? 'Máy chủ đang dựng các bản xem trước khác' : 'Dựng bản xem trước quá lâu');
        }
      } finally {
        process.env.PREVIEW_TIMEOUT_MS = '240000';
      }
      // Once the previewer has caught up, previews work again.
      let status = 0;
      for (let i = 0; i < 60 && status !== 200; i++) {
        await new Promise((resolve) => setTimeout(resolve, 1000));
        status = (await cms.http().get(url)).status;
      }
      expect(status).toBe(200);
    });

    it("stops working once the user's membership is gone", async () => {
      const signing = await import('../src/plugins/preview/server/services/signing');
      const valid = (userId: number) =>
        signing.signGrant(cms.strapi, { uid: ARTICLE, documentId: itemA, userId, expires: Math.floor(Date.now() / 1000) + 60 });
      // A correctly signed link for someone who may not read the item (another ward's editor).
      const other = await cms.http().get(`/preview/pages/${valid(world.userIds['editor@B'])}`);
      expect([other.status, other.text]).toEqual([403, expect.stringContaining('Bạn không có quyền xem trước mục này')]);
      // The approver of A loses the membership after getting a link.
      const approver = world.userIds['approver@A'];
      const link = (await previewUrlOf(world.users['approver@A'], ARTICLE, itemA)).body.data.url as string;
      const memberships = (await world.superAdmin.list('plugin::workflow.membership', `&filters[user][id][$eq]=${approver}`)).body
        .results as Array<{ documentId: string }>;
      for (const m of memberships) await world.superAdmin.remove('plugin::workflow.membership', m.documentId).expect(200);
      const after = await cms.http().get(link);
      expect([after.status, after.text]).toEqual([403, expect.stringContaining('Bạn không có quyền xem trước mục này')]);
    });
  });
});
