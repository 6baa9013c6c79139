import fc from 'fast-check';
import type { BoardAssignment, BoardHome } from '../src/plugins/workflow/shared/contracts';
import { boardHomeOf } from '../src/plugins/workflow/server/board/home';
import { vietnamDate, vietnamMonth, previousMonth, addDaysTo } from '../src/plugins/workflow/server/board/state';
import { startCms, type TestCms } from './harness/cms';
import { articleData, errorPaths, unique } from './harness/fixtures';
import { propertyRuns } from './harness/property';
import { adminApi, ARTICLE, bringTo, createStaff, type AdminApi } from './harness/workflow';
import { buildWorld, peopleOf, type SiteKey, type World } from './harness/workflow-world';

/**
 * The board's month (plugins/workflow/server/board): who keeps and reads the monthly direction and
 * the assignments per role and site, their rules, the home page's widgets, the derived states of
 * assignments and the article ↔ assignment link, over the real admin routes.
 */

const DIRECTION = 'api::direction.direction';
const ASSIGNMENT = 'api::assignment.assignment';
const CONTRIBUTOR = 'api::contributor.contributor';
const UNIT = 'api::unit.unit';
const SITES: SiteKey[] = ['A', 'B', 'city'];
const ROLES = ['contributor', 'editor', 'approver', 'site-admin', 'board-head', 'finance'] as const;
const WRITERS = new Set(['editor', 'approver', 'board-head']);
const READERS = new Set([...WRITERS, 'contributor', 'site-admin']);

const nextMonth = (month: string): string => {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
};

let futureYear = 2040;
/** A month no other sample used on any site: one direction per site and month. */
const freshMonth = (): string => `${(futureYear += 1)}-05`;

describe('board: the monthly direction and assignments', () => {
  let cms: TestCms;
  let world: World;
  const units: Record<string, string> = {};
  const contributorRecords: Record<string, string> = {};
  const now = new Date();
  const month = vietnamMonth(now);
  const today = vietnamDate(now);

  const who = (key: string): AdminApi => world.users[key];
  const siteOf = (key: SiteKey) => world.sites[key].site;
  const home = async (key: string): Promise<BoardHome> => (await who(key).get('/workflow/board/home').expect(200)).body.data as BoardHome;
  const count = (uid: string) => cms.strapi.db.query(uid as 'api::site.site').count();
  const direction = (site: SiteKey, monthOf: string, extra: Record<string, unknown> = {}) => ({
    site: siteOf(site),
    month: monthOf,
    title: `Định hướng tuyên truyền tháng ${monthOf} ${unique()}`,
    topics: [{ title: 'Cải cách hành chính', dueOn: `${monthOf}-20` }],
    events: [{ on: `${monthOf}-02`, title: 'Ngày Quốc khánh' }],
    ...extra,
  });
  const assignment = (site: SiteKey, extra: Record<string, unknown> = {}) => ({
    site: siteOf(site),
    title: `Bài giao ${unique()}`,
    dueOn: addDaysTo(today, 10),
    cancelled: false,
    ...extra,
  });

  beforeAll(async () => {
    cms = await startCms();
    world = await buildWorld(cms);
    // Ward A supplies the city portal (its parent); ward B stands alone here.
    await world.superAdmin.update('api::site.site', siteOf('A'), { parent: siteOf('city') }).expect(200);
    for (const site of SITES) {
      for (const role of ['board-head', 'finance'] as const) {
        const person = await createStaff(cms, `${role}@${site}`, [{ site: siteOf(site), role }]);
        world.users[`${role}@${site}`] = adminApi(cms, person.jwt);
        world.userIds[`${role}@${site}`] = person.id;
      }
      for (const name of ['1', '2']) {
        const unit = await world.superAdmin
          .create(UNIT, { name: `Phòng thử ${site}${name} ${unique()}`, kind: 'department', site: siteOf(site) })
          .expect(201);
        units[`${site}${name}`] = unit.body.data.documentId;
      }
    }
    // The contributors' records, linked to their admin accounts: A's and B's contributor in unit 1.
    for (const [key, unit] of [
      ['contributor@A', 'A1'],
      ['contributor@B', 'B1'],
      ['contributor@city', 'city1'],
    ] as const) {
      const record = await cms.strapi.documents(CONTRIBUTOR).create({
        data: { fullName: `Cộng tác viên ${key}`, unit: units[unit], active: true } as never,
      });
      await cms.strapi.db.query(CONTRIBUTOR).update({ where: { documentId: record.documentId }, data: { adminUser: world.userIds[key] } });
      contributorRecords[key] = record.documentId;
    }
  });

  afterAll(async () => {
    await cms?.close();
  });

  it('board: neither directions nor assignments have a content API, not even for a full-access token', async () => {
    for (const path of ['/api/directions', '/api/assignments']) {
      expect((await cms.http().get(path)).status).toBe(404);
      expect((await world.api.get(path)).status).toBe(404);
      // Some other /api route answers "method not allowed" to a POST; either way nothing is stored.
      expect([404, 405]).toContain((await world.api.post(path, { title: 'x', site: siteOf('A') })).status);
    }
    expect(await count(DIRECTION)).toBe(0);
    expect(await count(ASSIGNMENT)).toBe(0);
  });

  it('security: staff read a refused body and a bare refusal in Vietnamese, never Strapi\u2019s English', async () => {
    const broken = await who('board-head@A').put('/reports/settings', '{"site":').set('Content-Type', 'application/json');
    expect([broken.status, broken.body.error.message]).toEqual([400, 'Dữ liệu gửi lên không đọc được: cần là một đối tượng JSON hợp lệ.']);
    const huge = await who('board-head@A').post('/reports/year-notes', { site: siteOf('A'), year: 2026, strengths: 'ư'.repeat(2_000_000) });
    expect([huge.status, huge.body.error.message]).toEqual([413, 'Nội dung gửi lên quá lớn.']);
    const policy = await who('contributor@A').create(DIRECTION, direction('A', freshMonth()));
    expect([policy.status, policy.body.error.message]).toEqual([403, 'Bạn không có quyền thực hiện thao tác này.']);
    const editor = await who('editor@A').post(`/workflow/board/assignments/${'a'.repeat(24)}/article`);
    expect(editor.status).toBeGreaterThanOrEqual(400);
    expect(editor.status).toBeLessThan(500);
    expect(editor.body.error.message).toMatch(/[àáảãạăâđêôơư]/i);
    // Generated bodies and headers, as an outsider, with a wrong token and as staff of another site.
    type Send = (method: string, url: string, body: unknown) => ReturnType<AdminApi['post']>;
    const anonymous: Send = (method, url, body) => (method === 'PUT' ? cms.http().put(url) : cms.http().post(url)).send(body as object);
    const staff =
      (key: string): Send =>
      (method, url, body) =>
        method === 'PUT' ? who(key).put(url, body) : who(key).post(url, body);
    const senders: Array<[string, Send]> = [
      ['no token', anonymous],
      ['wrong token', (method, url, body) => anonymous(method, url, body).set('Authorization', 'Bearer khong-phai-token')],
      ['editor@B', staff('editor@B')],
      ['board-head@A', staff('board-head@A')],
    ];
    const seen = new Set<number>();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...senders),
        fc.constantFrom('PUT /reports/settings', 'POST /reports/overtime', 'POST /workflow/board/assignments/x/article'),
        fc.oneof(fc.string({ maxLength: 200 }), fc.json({ maxDepth: 3 })),
        fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', 'application/xml'),
        async ([sender, send], route, body, type) => {
          const [method, url] = route.split(' ');
          const res = await send(method, url, body).set('Content-Type', type);
          seen.add(res.status);
          expect({ sender, route, status: res.status, serverError: res.status >= 500 }).toMatchObject({ serverError: false });
          if ([400, 403, 413, 415].includes(res.status))
            expect({ sender, route, message: res.body.error?.message }).toEqual({
              sender,
              route,
              message: expect.stringMatching(/[àáảãạăâđêôơư]/i),
            });
        }
      ),
      propertyRuns(80, 'staff errors')
    );
    // The generated cases reached the parser's refusal, the route's refusal and the sign-in check.
    expect([400, 401, 403].every((status) => seen.has(status))).toBe(true);
    // The public content API keeps its own words.
    expect((await cms.http().post('/api/articles').set('Content-Type', 'application/json').send('{"data":')).body.error.message).not.toBe(
      'Dữ liệu gửi lên không đọc được: cần là một đối tượng JSON hợp lệ.'
    );
  });

  describe('board: directions', () => {
    it('are written by the board of their own site only, and operators, for every role × site (generated)', async () => {
      const combos = SITES.flatMap((actorSite) => ROLES.map((role) => ({ actorSite, role })));
      await fc.assert(
        fc.asyncProperty(
          fc.shuffledSubarray(combos, { minLength: combos.length }),
          fc.constantFrom<SiteKey>('A', 'B', 'city'),
          async (order, target) => {
            for (const { actorSite, role } of order) {
              const before = await count(DIRECTION);
              const res = await who(`${role}@${actorSite}`).create(DIRECTION, direction(target, freshMonth()));
              const allowed = WRITERS.has(role) && actorSite === target;
              expect([role, actorSite, target, res.status]).toEqual([role, actorSite, target, allowed ? 201 : 403]);
              if (!allowed) expect(await count(DIRECTION)).toBe(before);
            }
          }
        ),
        propertyRuns(2, 'board direction writers')
      );
      expect((await world.superAdmin.create(DIRECTION, direction('B', freshMonth()))).status).toBe(201);
    });

    it("are read by the site's contributors, board and administrator, never by another site", async () => {
      const created = await who('editor@A').create(DIRECTION, direction('A', freshMonth())).expect(201);
      const id = created.body.data.documentId as string;
      for (const site of SITES)
        for (const role of ROLES) {
          const res = await who(`${role}@${site}`).get(`/content-manager/collection-types/${DIRECTION}/${id}`);
          expect([role, site, res.status]).toEqual([role, site, site === 'A' && READERS.has(role) ? 200 : 403]);
          const list = await who(`${role}@${site}`).list(DIRECTION);
          const ids = list.status === 200 ? (list.body.results as Array<{ documentId: string }>).map((row) => row.documentId) : [];
          expect([role, site, ids.includes(id)]).toEqual([role, site, site === 'A' && READERS.has(role)]);
        }
    });

    it('cannot be moved to another site, changed or deleted by another site', async () => {
      const sent = direction('A', freshMonth());
      const created = await who('editor@A').create(DIRECTION, sent).expect(201);
      const id = created.body.data.documentId as string;
      expect((await who('editor@A').update(DIRECTION, id, { site: siteOf('B') })).status).toBe(403);
      expect((await who('editor@B').update(DIRECTION, id, { title: 'Sửa trộm' })).status).toBe(403);
      expect((await who('contributor@A').update(DIRECTION, id, { title: 'Sửa trộm' })).status).toBe(403);
      expect((await who('editor@B').remove(DIRECTION, id)).status).toBe(403);
      const [row] = (await cms.strapi.db.query(DIRECTION).findMany({ where: { documentId: id }, populate: { site: true } })) as Array<{
        title: string;
        site: { documentId: string };
      }>;
      expect(row.site.documentId).toBe(siteOf('A'));
      expect(row.title).toBe(sent.title);
      expect((await who('board-head@A').update(DIRECTION, id, { title: 'Định hướng đã sửa' })).status).toBe(200);
    });

    it('is one per site and month, with a Vietnamese error on the month', async () => {
      const monthOf = freshMonth();
      await who('editor@A').create(DIRECTION, direction('A', monthOf)).expect(201);
      const again = await who('approver@A').create(DIRECTION, direction('A', monthOf)).expect(400);
      expect(errorPaths(again.body)).toContain('month');
      expect(again.body.error.message).toContain('đã có định hướng tuyên truyền tháng');
      await who('editor@B').create(DIRECTION, direction('B', monthOf)).expect(201);
      const noSite = await world.superAdmin.create(DIRECTION, { ...direction('A', freshMonth()), site: null }).expect(400);
      expect(errorPaths(noSite.body)).toContain('site');
      // A month written as staff say it ("12/2026") is named in Vietnamese, not as a regular expression.
      const written = await who('editor@A')
        .create(DIRECTION, { ...direction('A', freshMonth()), month: '12/2026' })
        .expect(400);
      expect(errorPaths(written.body)).toContain('month');
      expect(JSON.stringify(written.body.error)).toContain('Tháng ghi theo dạng năm-tháng, ví dụ 2026-12');
      expect(JSON.stringify(written.body.error)).not.toMatch(/must match|regular|biểu thức chính quy/);
    });

    it('refuses hostile months, dates and sizes with a 4xx and stores nothing (generated)', async () => {
      const monthArb = fc.oneof(
        fc.constantFrom('2041-00', '2041-13', '41-05', '2041-5', '2041-05-01', '', ' 2041-05', '２０４１-05'),
        fc.string({ maxLength: 12 }),
        fc.integer({ min: 2100, max: 2999 }).map((y) => `${y}-0${1 + (y % 9)}`)
      );
      const dateArb = fc.oneof(
        fc.constantFrom('2041-02-30', '2041-13-01', 'hôm qua', '', '0000-00-00', '2041-5-1'),
        fc.integer({ min: -120, max: 120 }).map((days) => addDaysTo('2041-05-01', days))
      );
      const text = fc.oneof(fc.string({ maxLength: 30 }), fc.constant('x'.repeat(5000)), fc.constant('<script>alert(1)</script>'));
      await fc.assert(
        fc.asyncProperty(monthArb, dateArb, text, fc.integer({ min: 0, max: 35 }), async (monthOf, date, title, topicCount) => {
          const before = await count(DIRECTION);
          const body = {
            site: siteOf('B'),
            month: monthOf,
            title,
            topics: Array.from({ length: topicCount }, (_, i) => ({ title: `Chủ đề ${i}`, dueOn: date })),
            events: [{ on: date, title: 'Sự kiện' }],
          };
          const res = await who('editor@B').create(DIRECTION, body);
          expect(res.status).toBeLessThan(500);
          if (res.status === 201) {
            // Stored only what the rules allow: a real month, real dates near it, bounded sizes.
            expect(monthOf).toMatch(/^\d{4}-(0[1-9]|1[0-2])$/);
            expect(title.trim().length).toBeGreaterThan(0);
            expect(title.length).toBeLessThanOrEqual(200);
            expect(topicCount).toBeLessThanOrEqual(30);
            const [y, m] = monthOf.split('-').map(Number);
            const first = `${monthOf}-01`;
            const last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
            expect(date >= addDaysTo(first, -31) && date <= addDaysTo(last, 31)).toBe(true);
            await who('editor@B').remove(DIRECTION, res.body.data.documentId).expect(200);
          } else {
            expect(res.status).toBe(400);
            expect(await count(DIRECTION)).toBe(before);
          }
        }),
        propertyRuns(40, 'board direction input')
      );
    });

    it('refuses a date far from its month, in Vietnamese on the field', async () => {
      const monthOf = freshMonth();
      const res = await who('editor@A')
        .create(DIRECTION, direction('A', monthOf, { events: [{ on: `${Number(monthOf.slice(0, 4)) + 1}-05-01`, title: 'Xa quá' }] }))
        .expect(400);
      expect(errorPaths(res.body)).toContain('events.0.on');
      expect(res.body.error.message).toContain('cách xa tháng');
    });
  });

  describe('board: the direction on the home page', () => {
    beforeAll(async () => {
      await who('editor@A')
        .create(DIRECTION, direction('A', month, { title: 'Định hướng Phường A tháng này' }))
        .expect(201);
      await who('editor@A')
        .create(DIRECTION, direction('A', nextMonth(month), { title: 'Định hướng Phường A tháng sau' }))
        .expect(201);
      await who('editor@city')
        .create(DIRECTION, direction('city', previousMonth(month), { title: 'Định hướng thành phố tháng trước' }))
        .expect(201);
      await who('editor@B')
        .create(DIRECTION, direction('B', month, { title: 'Định hướng Phường B tháng này' }))
        .expect(201);
    });

    it("shows a ward's contributor and board their ward's current direction and the city's, until the next one", async () => {
      // The site administrator reads the site's directions in the content manager, and so here.
      for (const key of ['contributor@A', 'editor@A', 'approver@A', 'board-head@A', 'site-admin@A']) {
        const { directions } = await home(key);
        expect(directions.map((d) => [d.title, d.fromAbove])).toEqual([
          ['Định hướng Phường A tháng này', false],
          ['Định hướng thành phố tháng trước', true],
        ]);
        expect(directions[0].topics[0]).toMatchObject({ title: 'Cải cách hành chính', dueOn: `${month}-20` });
        expect(directions[0].events[0]).toMatchObject({ on: `${month}-02`, title: 'Ngày Quốc khánh' });
      }
    });

    it("shows another ward's staff none of ward A's, and the city's staff the city's only", async () => {
      for (const role of ['contributor', 'editor', 'approver', 'board-head']) {
        expect((await home(`${role}@B`)).directions.map((d) => d.title)).toEqual(['Định hướng Phường B tháng này']);
        expect((await home(`${role}@city`)).directions.map((d) => d.title)).toEqual(['Định hướng thành phố tháng trước']);
      }
      expect((await home('finance@A')).directions).toEqual([]);
    });

    it('switches to the next month at Vietnam local midnight on its first day, not before', async () => {
      await who('editor@B')
        .create(DIRECTION, direction('B', '2031-03', { title: 'Tháng 3/2031' }))
        .expect(201);
      await who('editor@B')
        .create(DIRECTION, direction('B', '2031-04', { title: 'Tháng 4/2031' }))
        .expect(201);
      const user = { id: world.userIds['contributor@B'] };
      const at = async (iso: string) =>
        (await boardHomeOf(cms.strapi, { kind: 'admin', user, superAdmin: false }, new Date(iso))).directions.map((d) => d.title);
      expect(await at('2031-03-31T16:59:59.999Z')).toEqual(['Tháng 3/2031']);
      expect(await at('2031-03-31T17:00:00.000Z')).toEqual(['Tháng 4/2031']);
      expect(await at('2031-09-15T00:00:00.000Z')).toEqual(['Tháng 4/2031']);
      expect(await at('2031-02-28T16:59:59.999Z')).not.toContain('Tháng 3/2031');
    });
  });

  describe('board: assignments', () => {
    it('are created by the board of their site only, for every role × site', async () => {
      for (const site of SITES)
        for (const role of ROLES) {
          const before = await count(ASSIGNMENT);
          const res = await who(`${role}@${site}`).create(ASSIGNMENT, assignment('A', { unit: units.A1 }));
          const allowed = WRITERS.has(role) && site === 'A';
          expect([role, site, res.status]).toEqual([role, site, allowed ? 201 : 403]);
          if (!allowed) expect(await count(ASSIGNMENT)).toBe(before);
        }
    });

    it("refuses another site's contributor or unit, naming both sites", async () => {
      const before = await count(ASSIGNMENT);
      const foreign = await who('editor@A')
        .create(ASSIGNMENT, assignment('A', { contributor: contributorRecords['contributor@B'] }))
        .expect(400);
      expect(errorPaths(foreign.body)).toContain('contributor');
      expect(foreign.body.error.message).toContain(world.sites.B.name);
      expect(foreign.body.error.message).toContain(world.sites.A.name);
      const unit = await who('editor@A')
        .create(ASSIGNMENT, assignment('A', { unit: units.city1 }))
        .expect(400);
      expect(errorPaths(unit.body)).toContain('unit');
      expect(unit.body.error.message).toContain(world.sites.city.name);
      const none = await who('editor@A').create(ASSIGNMENT, assignment('A')).expect(400);
      expect(errorPaths(none.body)).toContain('contributor');
      const both = await who('editor@A')
        .create(ASSIGNMENT, assignment('A', { unit: units.A1, contributor: contributorRecords['contributor@A'] }))
        .expect(400);
      expect(errorPaths(both.body)).toContain('unit');
      expect(await count(ASSIGNMENT)).toBe(before);
    });

    it('refuses hostile input on its fields with a 4xx and stores nothing (generated)', async () => {
      const anything = fc.oneof(
        fc.string({ maxLength: 40 }),
        fc.integer(),
        fc.constant(null),
        fc.constant('x'.repeat(5000)),
        fc.constantFrom('2026-02-30', '2026-13-01', 'ngày mai', units.B1, units.A1, contributorRecords['contributor@city'])
      );
      await fc.assert(
        fc.asyncProperty(
          fc.record({ title: anything, dueOn: anything, cancelled: anything, contributor: anything, unit: anything }, { requiredKeys: [] }),
          async (fields) => {
            const before = await count(ASSIGNMENT);
            const res = await who('editor@A').create(ASSIGNMENT, { site: siteOf('A'), ...fields });
            expect(res.status).toBeLessThan(500);
            if (res.status === 201) {
              const [row] = (await cms.strapi.db.query(ASSIGNMENT).findMany({
                where: { documentId: res.body.data.documentId },
                populate: { contributor: { populate: { unit: { populate: { site: true } } } }, unit: { populate: { site: true } } },
              })) as Array<{
                title: string;
                dueOn: string;
                contributor: { unit: { site: { documentId: string } } } | null;
                unit: { site: { documentId: string } } | null;
              }>;
              expect(row.title.length).toBeGreaterThan(0);
              expect(row.title.length).toBeLessThanOrEqual(200);
              expect(row.dueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
              expect(Boolean(row.contributor) !== Boolean(row.unit)).toBe(true);
              expect(row.contributor?.unit.site.documentId ?? row.unit?.site.documentId).toBe(siteOf('A'));
              await who('editor@A').remove(ASSIGNMENT, res.body.data.documentId).expect(200);
            } else {
              expect(res.status).toBe(400);
              expect(await count(ASSIGNMENT)).toBe(before);
            }
          }
        ),
        propertyRuns(40, 'board assignment input')
      );
    });

    describe('board: states, the home lists and the article link', () => {
      const ids: Record<string, string> = {};
      const articles: Record<string, string> = {};
      const people = () => peopleOf(world, 'A');

      beforeAll(async () => {
        const editor = who('editor@A');
        const toMe = { contributor: contributorRecords['contributor@A'] };
        for (const [name, extra] of [
          ['not-started', { ...toMe, dueOn: addDaysTo(today, 5) }],
          ['writing', { ...toMe, dueOn: addDaysTo(today, 6) }],
          ['submitted', { unit: units.A1, dueOn: addDaysTo(today, 7) }],
          ['published', { ...toMe, dueOn: addDaysTo(today, -3) }],
          ['cancelled', { ...toMe, cancelled: true }],
          ['overdue', { ...toMe, dueOn: addDaysTo(today, -1) }],
          ['due-today', { ...toMe, dueOn: today }],
          ['other-unit', { unit: units.A2 }],
        ] as const) {
          const res = await editor.create(ASSIGNMENT, assignment('A', { title: `Giao: ${name}`, ...extra })).expect(201);
          ids[name] = res.body.data.documentId;
        }
        for (const [name, state] of [
          ['writing', 'draft'],
          ['submitted', 'submitted'],
          ['published', 'published'],
        ] as const) {
          const created = await who('contributor@A')
            .create(ARTICLE, articleData(world.sites.A, { title: `Tin từ bài giao ${name} ${unique()}`, assignment: ids[name] }))
            .expect(201);
          articles[name] = created.body.data.documentId;
          await bringTo(people(), ARTICLE, articles[name], state);
        }
      });

      const byTitle = (list: BoardAssignment[]) => new Map(list.map((entry) => [entry.title.replace('Giao: ', ''), entry]));

      it("lists the assignee's assignments with their derived state, overdue first", async () => {
        const { mine } = await home('contributor@A');
        const entries = byTitle(mine.items);
        expect(entries.get('not-started')).toMatchObject({
          stage: 'not-started',
          stageLabel: 'Chưa nhận viết',
          overdue: false,
          article: null,
        });
        expect(entries.get('writing')).toMatchObject({ stage: 'writing', stageLabel: 'Đang viết', overdue: false });
        expect(entries.get('writing')?.article?.documentId).toBe(articles.writing);
        expect(entries.get('submitted')).toMatchObject({ stage: 'submitted', stageLabel: 'Đã gửi', overdue: false });
        expect(entries.get('published')).toMatchObject({ stage: 'published', stageLabel: 'Đã đăng', overdue: false });
        expect(entries.get('overdue')).toMatchObject({ stage: 'not-started', overdue: true });
        expect(entries.get('due-today')).toMatchObject({ overdue: false });
        expect(entries.has('cancelled')).toBe(false);
        expect(entries.has('other-unit')).toBe(false);
        expect(mine.items[0].overdue).toBe(true);
      });

      it("lists the board's open assignments, overdue first, without published or cancelled ones", async () => {
        for (const key of ['editor@A', 'approver@A', 'board-head@A']) {
          const { board, mine } = await home(key);
          const entries = byTitle(board.items);
          expect(mine.items).toEqual([]);
          expect(board.items[0].title).toBe('Giao: overdue');
          expect(entries.has('published')).toBe(false);
          expect(entries.has('cancelled')).toBe(false);
          expect(entries.get('submitted')).toMatchObject({ stageLabel: 'Đã gửi' });
          expect(board.items.length).toBeLessThanOrEqual(10);
          // The article is linked only for those who may open it: not for the head of the board.
          const linked = entries.get('submitted')?.article?.documentId ?? null;
          const opened = (await who(key).get(`/content-manager/collection-types/${ARTICLE}/${articles.submitted}`)).status;
          expect({ key, linked, opened }).toEqual(
            key === 'board-head@A' ? { key, linked: null, opened: 403 } : { key, linked: articles.submitted, opened: 200 }
          );
        }
        for (const key of ['editor@B', 'contributor@B', 'board-head@city', 'site-admin@A', 'other-contributor@A']) {
          const { board } = await home(key);
          expect(board.items.filter((entry) => entry.site === world.sites.A.name)).toEqual([]);
        }
        expect((await home('other-contributor@A')).mine.items).toEqual([]);
      });

      it('lets a contributor read only the assignments given to them or their unit', async () => {
        const list = await who('contributor@A').list(ASSIGNMENT).expect(200);
        const titles = (list.body.results as Array<{ title: string }>).map((row) => row.title);
        expect(titles).toEqual(expect.arrayContaining(['Giao: not-started', 'Giao: submitted']));
        expect(titles).not.toContain('Giao: other-unit');
        expect((await who('contributor@A').get(`/content-manager/collection-types/${ASSIGNMENT}/${ids['other-unit']}`)).status).toBe(403);
        expect((await who('contributor@B').get(`/content-manager/collection-types/${ASSIGNMENT}/${ids['not-started']}`)).status).toBe(403);
        expect((await who('contributor@A').update(ASSIGNMENT, ids['not-started'], { cancelled: true })).status).toBe(403);
      });

      it("offers in an article's assignment picker the contributor's own assignments, and the board its site's", async () => {
        const options = async (key: string) =>
          (
            (await who(key).get(`/content-manager/relations/${ARTICLE}/assignment?pageSize=100`).expect(200)).body.results as Array<{
              title: string;
            }>
          ).map((row) => row.title.split(' — ')[0]);
        const contributor = await options('contributor@A');
        expect(contributor).toEqual(expect.arrayContaining(['Giao: not-started', 'Giao: submitted']));
        expect(contributor).not.toContain('Giao: other-unit');
        expect(contributor).not.toContain('Giao: cancelled');
        expect(await options('editor@A')).toEqual(expect.arrayContaining(['Giao: not-started', 'Giao: other-unit']));
        expect(await options('other-contributor@A')).not.toContain('Giao: not-started');
        expect(await options('contributor@B')).toEqual([]);
      });

      it('starts an article from an assignment for its assignee only, pre-filled, and opens it again after', async () => {
        const started = await who('contributor@A').post(`/workflow/board/assignments/${ids['not-started']}/article`).expect(200);
        expect(started.body.data.created).toBe(true);
        const [row] = (await cms.strapi.db.query(ARTICLE).findMany({
          where: { documentId: started.body.data.documentId, publishedAt: null },
          populate: { assignment: true, site: true, unit: true, createdBy: true },
        })) as Array<{
          title: string;
          assignment: { documentId: string };
          site: { documentId: string };
          unit: { documentId: string };
          createdBy: { id: number };
        }>;
        expect(row.title).toBe('Giao: not-started');
        expect(row.assignment.documentId).toBe(ids['not-started']);
        expect(row.site.documentId).toBe(siteOf('A'));
        expect(row.unit.documentId).toBe(units.A1);
        expect(row.createdBy.id).toBe(world.userIds['contributor@A']);
        const again = await who('contributor@A').post(`/workflow/board/assignments/${ids['not-started']}/article`).expect(200);
        expect(again.body.data).toEqual({ documentId: started.body.data.documentId, created: false });
        expect((await home('contributor@A')).mine.items.find((e) => e.documentId === ids['not-started'])?.stage).toBe('writing');

        for (const key of ['other-contributor@A', 'contributor@B', 'editor@B'])
          expect((await who(key).post(`/workflow/board/assignments/${ids['overdue']}/article`)).status).toBe(403);
        expect((await who('contributor@A').post(`/workflow/board/assignments/${ids['cancelled']}/article`)).status).toBe(400);
        for (const junk of ['x', 'a'.repeat(24), '../../admin', '%00'])
          expect((await who('contributor@A').post(`/workflow/board/assignments/${encodeURIComponent(junk)}/article`)).status).toBe(404);
      });

      it('refuses a second article from an assignment someone else already wrote from', async () => {
        const given = await who('editor@A')
          .create(
            ASSIGNMENT,
            assignment('A', { title: `Giao: đã có bài ${unique()}`, contributor: contributorRecords['contributor@A'], dueOn: today })
          )
          .expect(201);
        await who('editor@A')
          .create(
            ARTICLE,
            articleData(world.sites.A, { title: `Tin ban biên tập viết ${unique()}`, assignment: given.body.data.documentId })
          )
          .expect(201);
        const before = await count(ARTICLE);
        const res = await who('contributor@A').post(`/workflow/board/assignments/${given.body.data.documentId}/article`).expect(400);
        expect(res.body.error.message).toContain('đã có tin bài do người khác viết');
        expect(await count(ARTICLE)).toBe(before);
      });

      it("lets a contributor link an article only to their own site's assignments given to them or their unit", async () => {
        const article = (extra: Record<string, unknown>) => articleData(world.sites.A, { title: `Tin liên kết ${unique()}`, ...extra });
        const before = await cms.strapi.db.query(ARTICLE).count();
        const other = await who('contributor@A')
          .create(ARTICLE, article({ assignment: ids['other-unit'] }))
          .expect(400);
        expect(errorPaths(other.body)).toContain('assignment');
        expect(other.body.error.message).toContain('không giao cho bạn');
        expect(await cms.strapi.db.query(ARTICLE).count()).toBe(before);
        // Linking later, by an update, is checked the same way.
        const own = await who('contributor@A').create(ARTICLE, article({})).expect(201);
        expect((await who('contributor@A').update(ARTICLE, own.body.data.documentId, { assignment: ids['other-unit'] })).status).toBe(400);
        await who('contributor@A').update(ARTICLE, own.body.data.documentId, { assignment: ids['due-today'] }).expect(200);
        // Another site's assignment is refused to everyone, operators included.
        const foreign = await who('editor@B')
          .create(ASSIGNMENT, assignment('B', { unit: units.B1 }))
          .expect(201);
        const cross = await world.superAdmin.create(ARTICLE, article({ assignment: foreign.body.data.documentId })).expect(400);
        expect(errorPaths(cross.body)).toContain('assignment');
        // The site's editors link any of its assignments.
        await who('editor@A')
          .create(ARTICLE, article({ assignment: ids['other-unit'] }))
          .expect(201);
      });
    });
  });
});
