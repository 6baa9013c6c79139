import { startCms, type TestCms } from './harness/cms';
import { articleData, errorPaths, unique } from './harness/fixtures';
import { adminApi, ARTICLE, bringTo, createStaff, LEGAL, MEMBERSHIP, type AdminApi } from './harness/workflow';
import { buildWorld, peopleOf, type People, type World } from './harness/workflow-world';

describe('workflow', () => {
  let cms: TestCms;
  let world: World;
  let people: People;

  beforeAll(async () => {
    cms = await startCms();
    world = await buildWorld(cms);
    people = peopleOf(world);
  });
  afterAll(async () => cms?.close());

  const draft = async (overrides: Record<string, unknown> = {}) => {
    const res = await people.author
      .create(ARTICLE, articleData(world.sites.A, { title: `Tin quy trình ${unique()}`, ...overrides }))
      .expect(201);
    return res.body.data.documentId as string;
  };
  const state = async (id: string) => (await world.superAdmin.item(ARTICLE, id).expect(200)).body.data.state as string;
  const history = async (id: string) =>
    (await world.superAdmin.item(ARTICLE, id).expect(200)).body.data.history as Array<Record<string, unknown>>;
  const isPublic = async (path: string, id: string) => (await cms.http().get(`/api/${path}/${id}`)).status === 200;

  it('refuses to return an item without a reason, and changes nothing', async () => {
    const id = await draft();
    await bringTo(people, ARTICLE, id, 'submitted');
    const res = await people.editor.act(ARTICLE, id, 'return', { reason: '   ' }).expect(400);
    expect(errorPaths(res.body)).toEqual(['reason']);
    expect(res.body.error.message).toContain('lý do');
    expect(await state(id)).toBe('submitted');
    expect(await history(id)).toHaveLength(1);
  });

  it('refuses approval until the source is attributed, and publishes nothing', async () => {
    const quoted = await draft({ source: { kind: 'quoted' } });
    await bringTo(people, ARTICLE, quoted, 'edited');
    const res = await people.approver.act(ARTICLE, quoted, 'approve').expect(400);
    expect(errorPaths(res.body)).toContain('source.name');
    const anonymous = await draft({ byline: null, authors: [] });
    await bringTo(people, ARTICLE, anonymous, 'edited');
    expect(errorPaths((await people.approver.act(ARTICLE, anonymous, 'approve').expect(400)).body)).toEqual(['byline']);
    expect(
      errorPaths((await people.approver.act(ARTICLE, anonymous, 'schedule', { publishAt: '2099-01-01T00:00:00Z' }).expect(400)).body)
    ).toEqual(['byline']);
    for (const id of [quoted, anonymous]) {
      expect(await state(id)).toBe('edited');
      expect(await history(id)).toHaveLength(2);
      expect(await isPublic('articles', id)).toBe(false);
    }
  });

  it('records who, when, from, to and the note of every transition, for staff only', async () => {
    const id = await draft();
    await people.author.act(ARTICLE, id, 'submit').expect(200);
    await people.editor.act(ARTICLE, id, 'return', { reason: 'Bổ sung số liệu năm 2026.' }).expect(200);
    await bringTo(people, ARTICLE, id, 'published');
    await people.approver.act(ARTICLE, id, 'withdraw', { withdrawReason: 'outdated', note: 'Sự kiện đã qua.' }).expect(200);
    const seen = (await people.author.item(ARTICLE, id).expect(200)).body.data;
    expect(seen.canEdit).toBe(false);
    expect(seen.history.map((h: Record<string, string>) => `${h.fromState}→${h.toState}`)).toEqual([
      'draft→submitted',
      'submitted→returned',
      'returned→submitted',
      'submitted→edited',
      'edited→published',
      'published→withdrawn',
    ]);
    const returned = seen.history[1];
    expect(returned).toMatchObject({
      action: 'return',
      reason: 'Bổ sung số liệu năm 2026.',
      actorName: 'editor@A Thử',
      toLabel: 'Trả lại',
    });
    expect(new Date(returned.at).getTime()).toBeGreaterThan(Date.now() - 600_000);
    expect(seen.history[5]).toMatchObject({
      withdrawReason: 'outdated',
      note: 'Sự kiện đã qua.',
      withdrawReasonLabel: 'Hết thời sự, không còn phù hợp',
    });
    await cms.http().get('/api/transitions').expect(404);
    const raw = await cms.http().get(`/api/articles?filters[documentId][$eq]=${id}&status=draft`);
    expect(JSON.stringify(raw.body)).not.toContain('workflowState');
  });

  it('keeps the history append-only', async () => {
    const id = await draft();
    await people.author.act(ARTICLE, id, 'submit').expect(200);
    const [entry] = (await cms.strapi.db.query('plugin::workflow.transition').findMany({ where: { targetDocumentId: id } })) as Array<{
      documentId: string;
    }>;
    await expect(cms.strapi.documents('plugin::workflow.transition').delete({ documentId: entry.documentId })).rejects.toThrow(
      /chỉ được ghi thêm/
    );
    await expect(
      cms.strapi.documents('plugin::workflow.transition').update({ documentId: entry.documentId, data: { note: 'sửa' } as never })
    ).rejects.toThrow(/chỉ được ghi thêm/);
    expect(await history(id)).toHaveLength(1);
  });

  it('shows a published item to the public and hides a withdrawn one', async () => {
    const id = await draft();
    await bringTo(people, ARTICLE, id, 'published');
    expect(await isPublic('articles', id)).toBe(true);
    await people.approver.act(ARTICLE, id, 'withdraw', { withdrawReason: 'published-in-error', note: 'Nhầm trang.' }).expect(200);
    expect(await isPublic('articles', id)).toBe(false);
    expect(await state(id)).toBe('withdrawn');
  });

  it('refuses a withdrawal without its typed reason and note', async () => {
    const id = await draft();
    await bringTo(people, ARTICLE, id, 'published');
    const res = await people.approver.act(ARTICLE, id, 'withdraw', { withdrawReason: 'boring' }).expect(400);
    expect(errorPaths(res.body).sort()).toEqual(['note', 'withdrawReason']);
    expect(await isPublic('articles', id)).toBe(true);
  });

  it('takes a ward proposal to the city portal, edited and approved by the city board and credited to the ward', async () => {
    const id = await draft({ title: `Lễ hội Nghinh Ông ${unique()}` });
    await bringTo(people, ARTICLE, id, 'published');
    const proposed = await people.approver.act(ARTICLE, id, 'propose').expect(200);
    const cityId = proposed.body.meta.proposedDocumentId as string;
    expect(proposed.body.data.proposal).toMatchObject({ to: cityId, toState: 'submitted', canOpenTo: false });
    expect(proposed.body.data.actions.map((a: { action: string }) => a.action)).not.toContain('propose');
    await people.approver.act(ARTICLE, id, 'propose').expect(400);

    // The ward no longer handles it; the city board does.
    await people.approver.item(ARTICLE, cityId).expect(403);
    await world.users['editor@B'].item(ARTICLE, cityId).expect(403);
    const atCity = (await world.users['editor@city'].item(ARTICLE, cityId).expect(200)).body.data;
    expect(atCity).toMatchObject({
      state: 'submitted',
      canEdit: true,
      site: { name: world.sites.city.name },
      proposal: { from: id, creditSite: world.sites.A.name, canOpenFrom: false },
    });
    await world.users['editor@city'].update(ARTICLE, cityId, { title: 'Lễ hội Nghinh Ông Thắng Tam' }).expect(200);
    await world.users['editor@city'].act(ARTICLE, cityId, 'forward').expect(200);
    await world.users['approver@city'].act(ARTICLE, cityId, 'approve').expect(200);

    const pub = await cms
      .http()
      .get(
        `/api/articles/${cityId}?populate[site][fields][0]=name&populate[creditSite][fields][0]=name&populate[source]=true&populate[categories][fields][0]=slug`
      )
      .expect(200);
    // Filed under the ward's category on the city portal and in the city's "Tin phường, xã" channel.
    expect(pub.body.data.categories.map((c: { slug: string }) => c.slug).sort()).toEqual(['tin-phuong-xa', 'tin-tuc-su-kien']);
    expect(pub.body.data).toMatchObject({
      title: 'Lễ hội Nghinh Ông Thắng Tam',
      site: { name: world.sites.city.name },
      creditSite: { name: world.sites.A.name },
      source: { kind: 'quoted', name: world.sites.A.name },
    });
    expect(pub.body.data.proposedFrom).toBeUndefined();
  });

  it('refuses to propose city articles to the city portal', async () => {
    const created = await world.users['contributor@city'].create(ARTICLE, articleData(world.sites.city)).expect(201);
    const id = created.body.data.documentId as string;
    const city = peopleOf(world, 'city');
    await bringTo(city, ARTICLE, id, 'published');
    const res = await city.approver.act(ARTICLE, id, 'propose').expect(400);
    expect(res.body.error.message).toContain('phường, xã');
  });

  it('does not let the Publish button skip approval, even for a super admin', async () => {
    const id = await draft();
    const res = await world.superAdmin.publish(ARTICLE, id).expect(403);
    expect(res.body.error.message).toContain('quy trình');
    expect(await state(id)).toBe('draft');
    expect(await isPublic('articles', id)).toBe(false);
  });

  it('lets a content API token write drafts only', async () => {
    const direct = await world.api.post('/api/articles', articleData(world.sites.A)).expect(403);
    expect(direct.body.error.message).toContain('?status=draft');
    const created = await world.api
      .post('/api/articles?status=draft', articleData(world.sites.A, { workflowState: 'published' }))
      .expect(201);
    const id = created.body.data.documentId as string;
    expect(await state(id)).toBe('draft');
    await world.api.put(`/api/articles/${id}?status=published`, { title: 'Lách quy trình' }).expect(403);
    await world.api.put(`/api/articles/${id}?status=draft`, { title: 'Sửa bản nháp' }).expect(200);
    expect(await isPublic('articles', id)).toBe(false);
    // Nobody signed in wrote it, so the site's editors act as its author.
    await people.author.act(ARTICLE, id, 'submit').expect(403);
    await people.editor.act(ARTICLE, id, 'submit').expect(200);
    await world.api.put(`/api/articles/${id}?status=draft`, { title: 'Sửa khi đang duyệt' }).expect(403);
  });

  it('publishes an approved item at its scheduled time, and refuses a time in the past', async () => {
    const id = await draft();
    await bringTo(people, ARTICLE, id, 'edited');
    const past = await people.approver.act(ARTICLE, id, 'schedule', { publishAt: '2020-01-01T00:00:00Z' }).expect(400);
    expect(errorPaths(past.body)).toEqual(['publishAt']);
    const at = new Date(Date.now() + 60_000).toISOString();
    await people.approver.act(ARTICLE, id, 'schedule', { publishAt: at }).expect(200);
    const scheduler = cms.strapi.plugin('workflow').service('scheduler') as { publishDue: (now?: Date) => Promise<number> };
    expect(await scheduler.publishDue(new Date())).toBe(0);
    expect(await isPublic('articles', id)).toBe(false);
    expect(await scheduler.publishDue(new Date(Date.now() + 120_000))).toBeGreaterThanOrEqual(1);
    expect(await isPublic('articles', id)).toBe(true);
    const last = (await history(id)).at(-1);
    expect(last).toMatchObject({ action: 'publish-due', fromState: 'scheduled', toState: 'published', actorName: 'Hệ thống' });
  });

  it('runs legal documents through the same workflow', async () => {
    const created = await people.author
      .create(LEGAL, {
        number: `${unique()}/QĐ-UBND`,
        kind: 'administrative',
        type: 'quyet-dinh',
        issuer: 'UBND phường thử A',
        issuedDate: '2026-11-02',
        summary: 'Về việc kiện toàn Ban biên tập Trang thông tin điện tử phường.',
        site: world.sites.A.site,
      })
      .expect(201);
    const id = created.body.data.documentId as string;
    await people.approver.act(LEGAL, id, 'approve').expect(400);
    await bringTo(people, LEGAL, id, 'published');
    expect(await isPublic('legal-documents', id)).toBe(true);
    await world.users['approver@B'].act(LEGAL, id, 'withdraw', { withdrawReason: 'replaced', note: 'Đã có quyết định mới.' }).expect(403);
  });

  it('shows ward staff only their own ward’s items in the admin lists', async () => {
    const mine = await draft();
    const other = (await world.users['other-contributor@A'].create(ARTICLE, articleData(world.sites.A)).expect(201)).body.data.documentId;
    const ids = async (who: AdminApi) =>
      ((await who.list(ARTICLE).expect(200)).body.results as Array<{ documentId: string }>).map((r) => r.documentId);
    expect(await ids(people.author)).toContain(mine);
    expect(await ids(people.author)).not.toContain(other);
    expect(await ids(people.editor)).toEqual(expect.arrayContaining([mine, other]));
    expect(await ids(world.users['editor@B'])).not.toEqual(expect.arrayContaining([mine]));
    expect(await ids(world.users['editor@B'])).not.toContain(other);
  });

  it('lets a site administrator manage their own site’s categories and settings only', async () => {
    const siteAdmin = world.users['site-admin@A'];
    const CATEGORY = 'api::category.category';
    const mine = await siteAdmin
      .create(CATEGORY, { name: `Chuyên mục riêng ${unique()}`, site: world.sites.A.site, kind: 'news' })
      .expect(201);
    await siteAdmin.create(CATEGORY, { name: `Chuyên mục lạ ${unique()}`, site: world.sites.B.site, kind: 'news' }).expect(403);
    await siteAdmin.update(CATEGORY, mine.body.data.documentId, { site: world.sites.B.site }).expect(403);
    await siteAdmin.update(CATEGORY, world.sites.B.category, { description: 'Sửa trái phép' }).expect(403);
    await siteAdmin.update('api::site.site', world.sites.A.site, { tagline: 'Gần dân, vì dân' }).expect(200);
    await siteAdmin.update('api::site.site', world.sites.B.site, { tagline: 'Sửa trái phép' }).expect(403);
    // Their site's place among the others and other sites' things are the operator's: connecting
    // another site under theirs, or its category or unit to theirs, changes nothing.
    type Linked = { id: number } | Array<{ id: number }> | null;
    const ids = (value: Linked) => (Array.isArray(value) ? value.map((row) => row.id).sort((a, b) => a - b) : (value?.id ?? null));
    const structure = async () =>
      JSON.stringify(
        (
          (await cms.strapi.db.query('api::site.site').findMany({
            where: { documentId: { $in: [world.sites.A.site, world.sites.B.site] } },
            orderBy: { id: 'asc' },
            select: ['id'],
            populate: {
              parent: { select: ['id'] },
              children: { select: ['id'] },
              categories: { select: ['id'] },
              units: { select: ['id'] },
            },
          })) as Array<Record<'parent' | 'children' | 'categories' | 'units', Linked> & { id: number }>
        ).map((row) => [row.id, ids(row.parent), ids(row.children), ids(row.categories), ids(row.units)])
      );
    const before = await structure();
    const bUnit = (await cms.strapi.db
      .query('api::unit.unit')
      .findOne({ where: { site: { documentId: world.sites.B.site } }, select: ['documentId'] })) as {
      documentId: string;
    } | null;
    for (const data of [
      { children: { connect: [{ documentId: world.sites.B.site }] } },
      { parent: { connect: [{ documentId: world.sites.B.site }] } },
      { categories: { connect: [{ documentId: world.sites.B.category }] } },
      ...(bUnit ? [{ units: { connect: [{ documentId: bUnit.documentId }] } }] : []),
    ]) {
      const res = await siteAdmin.update('api::site.site', world.sites.A.site, data);
      expect([200, 403]).toContain(res.status);
      expect(await structure()).toBe(before);
    }
    await world.users['editor@A'].create(CATEGORY, { name: `Chuyên mục ${unique()}`, site: world.sites.A.site, kind: 'news' }).expect(403);
  });

  it('lets a site administrator manage the memberships of their own site only', async () => {
    const newcomer = await createStaff(cms, 'Người mới', []);
    const siteAdmin = world.users['site-admin@A'];
    await siteAdmin.create(MEMBERSHIP, { user: newcomer.id, site: world.sites.B.site, role: 'editor' }).expect(403);
    await siteAdmin.create(MEMBERSHIP, { user: newcomer.id, site: world.sites.A.site, role: 'editor' }).expect(201);
    await siteAdmin.create(MEMBERSHIP, { user: newcomer.id, site: world.sites.A.site, role: 'editor' }).expect(400);
    const asEditor = adminApi(
      cms,
      (await cms.http().post('/admin/login').send({ email: newcomer.email, password: 'Staff-Passw0rd-2026' }).expect(200)).body.data.token
    );
    const id = await draft();
    await bringTo(people, ARTICLE, id, 'submitted');
    await asEditor.act(ARTICLE, id, 'forward').expect(200);
    const roles = (await cms.strapi.db.query('admin::user').findOne({ where: { id: newcomer.id }, populate: ['roles'] })) as {
      roles: Array<{ code: string }>;
    };
    expect(roles.roles.map((r) => r.code)).toEqual(['workflow-editor']);
  });
});
