import fc from 'fast-check';
import { startCms, type TestCms } from './harness/cms';
import { contentApi, errorPaths, unique, type ContentApi } from './harness/fixtures';
import { propertyRuns } from './harness/property';
import { adminApi, ARTICLE, createStaff, LEGAL, type AdminApi, type WorkflowRole } from './harness/workflow';

const PROJECT = 'api::project.project';
const CATEGORY = 'api::category.category';

interface Option {
  id: number;
  documentId: string;
  [field: string]: unknown;
}

interface SiteFixture {
  documentId: string;
  id: number;
  label: string;
  /** What messages and labels call it: the name without "Trang thông tin điện tử". */
  short: string;
  categories: Option[];
  unit: string;
  contributor: string;
  legal: string;
}

const body = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];

describe('editors: pickers scoped to the item site', () => {
  let cms: TestCms;
  let api: ContentApi;
  let sites: Record<'city' | 'p7' | 'p8', SiteFixture>;
  let people: Record<string, AdminApi>;
  let superAdmin: AdminApi;

  const makeSite = async (label: string, kind: 'city' | 'ward', parent?: string): Promise<SiteFixture> => {
    const name = kind === 'city' ? `Cổng thông tin điện tử ${label}` : `Trang thông tin điện tử ${label}`;
    const short = kind === 'city' ? `Cổng TTĐT ${label}` : label;
    const site = (await api.post('/api/sites', { name, kind, ...(parent ? { parent } : {}) }).expect(201)).body.data;
    const categories: Option[] = [];
    // Every site has its own "Tin tức, sự kiện": the name the pickers used to show 18 times.
    for (const category of ['Tin tức, sự kiện', 'Chuyển đổi số', 'Cải cách hành chính'])
      categories.push((await api.post('/api/categories', { name: category, site: site.documentId, kind: 'news' }).expect(201)).body.data);
    const unit = (await api.post('/api/units', { name: `UBND ${label}`, kind: 'ward-committee', site: site.documentId }).expect(201)).body
      .data;
    const contributor = (
      await api.post('/api/contributors', { fullName: `Cộng tác viên ${label}`, active: true, unit: unit.documentId }).expect(201)
    ).body.data;
    const legal = (
      await api
        .post(`/api/legal-documents?status=draft`, {
          number: `${unique()}/QĐ-UBND`,
          kind: 'administrative',
          type: 'quyet-dinh',
          issuer: `UBND ${label}`,
          issuedDate: '2026-03-02',
          validity: 'in-force',
          summary: `Quyết định của UBND ${label}.`,
          site: site.documentId,
        })
        .expect(201)
    ).body.data;
    return {
      documentId: site.documentId,
      id: site.id,
      label,
      short,
      categories,
      unit: unit.documentId,
      contributor: contributor.documentId,
      legal: legal.documentId,
    };
  };

  beforeAll(async () => {
    cms = await startCms();
    api = contentApi(cms, await cms.apiToken('full-access'));
    const u = unique();
    const city = await makeSite(`thành phố thử ${u}`, 'city');
    sites = {
      city,
      p7: await makeSite(`Phường 7 thử ${u}`, 'ward', city.documentId),
      p8: await makeSite(`Phường 8 thử ${u}`, 'ward', city.documentId),
    };
    people = {};
    const add = async (key: string, memberships: Array<{ site: string; role: WorkflowRole }>) => {
      people[key] = adminApi(cms, (await createStaff(cms, key, memberships)).jwt);
    };
    await add('contributor7', [{ site: sites.p7.documentId, role: 'contributor' }]);
    await add('editor7', [{ site: sites.p7.documentId, role: 'editor' }]);
    await add('approver7', [{ site: sites.p7.documentId, role: 'approver' }]);
    await add('cityEditor', [{ site: sites.city.documentId, role: 'editor' }]);
    await add('twoSites', [
      { site: sites.p7.documentId, role: 'editor' },
      { site: sites.p8.documentId, role: 'editor' },
    ]);
    superAdmin = adminApi(cms, await cms.adminJwt());
  }, 240_000);
  afterAll(async () => cms?.close());

  /** The picker's options, as the admin's relation input asks for them (pages of 10 by default; here all). */
  const options = async (who: AdminApi, model: string, field: string, id?: string | number): Promise<Option[]> => {
    const query = new URLSearchParams({ pageSize: '100', ...(id !== undefined ? { id: String(id) } : {}) });
    const res = await who.get(`/content-manager/relations/${model}/${field}?${query}`).expect(200);
    return res.body.results as Option[];
  };
  const ids = (rows: Array<{ documentId: string }>) => rows.map((row) => row.documentId).sort();
  const categoriesOf = (...keys: Array<keyof typeof sites>) => ids(keys.flatMap((key) => sites[key].categories));

  const draftArticle = (who: AdminApi, data: Record<string, unknown>) =>
    who.create(ARTICLE, {
      title: `Tin thử bộ chọn ${unique()}`,
      summary: 'Tóm tắt.',
      body: body('Nội dung.'),
      form: 'tin',
      source: { kind: 'own-reporting' },
      byline: 'Phóng viên thử',
      ...data,
    });

  it('editors: Phường 7 staff see only Phường 7 categories, by name then id, without site labels', async () => {
    for (const key of ['contributor7', 'editor7', 'approver7']) {
      const listed = await options(people[key], ARTICLE, 'categories');
      expect(ids(listed)).toEqual(categoriesOf('p7'));
      expect(listed.every((row) => !String(row.name).includes(' — '))).toBe(true);
      // The same list every time the picker opens.
      expect(await options(people[key], ARTICLE, 'categories')).toEqual(listed);
    }
  });

  it('editors: a saved item lists its own site; a new item of a user of two sites names each option site', async () => {
    const created = await draftArticle(people.twoSites, {
      site: sites.p8.documentId,
      categories: [sites.p8.categories[0].documentId],
    }).expect(201);
    const saved = await options(people.twoSites, ARTICLE, 'categories', created.body.data.documentId);
    // Strapi leaves out what the item already has; one site's options need no site in their names.
    expect(ids(saved)).toEqual(ids(sites.p8.categories.slice(1)));
    for (const row of saved) expect(row.name).not.toContain(' — ');

    const fresh = await options(people.twoSites, ARTICLE, 'categories');
    expect(ids(fresh)).toEqual(categoriesOf('p7', 'p8'));
    expect(fresh.filter((row) => row.name === `Tin tức, sự kiện — ${sites.p7.short}`)).toHaveLength(1);
    expect(fresh.filter((row) => row.name === `Tin tức, sự kiện — ${sites.p8.short}`)).toHaveLength(1);
    // Sorted by name (the database's collation), then id: equal names side by side, the older first.
    const names = fresh.map((row) => String(row.name).split(' — ')[0]);
    for (const name of new Set(names)) {
      const at = names.flatMap((candidate, index) => (candidate === name ? [index] : []));
      expect(at[at.length - 1] - at[0]).toBe(at.length - 1);
      const rowIds = at.map((index) => fresh[index].id);
      expect(rowIds).toEqual([...rowIds].sort((a, b) => a - b));
    }
    expect(await options(people.twoSites, ARTICLE, 'categories')).toEqual(fresh);

    // The chosen relations are named like the options: on a city item, a ward's unit with its ward.
    const city = await draftArticle(people.cityEditor, { site: sites.city.documentId, unit: sites.p7.unit }).expect(201);
    const chosen = await people.cityEditor.get(`/content-manager/relations/${ARTICLE}/${city.body.data.documentId}/unit`).expect(200);
    expect(chosen.body.results.map((row: Option) => row.name)).toEqual([`UBND ${sites.p7.label} — ${sites.p7.short}`]);
  });

  it('editors: the city lists its own categories, and the units and contributors of its wards, each with its site', async () => {
    expect(ids(await options(people.cityEditor, ARTICLE, 'categories'))).toEqual(categoriesOf('city'));
    const units = await options(people.cityEditor, ARTICLE, 'unit');
    expect(ids(units)).toEqual([sites.city.unit, sites.p7.unit, sites.p8.unit].sort());
    expect(units.find((row) => row.documentId === sites.p7.unit)?.name).toBe(`UBND ${sites.p7.label} — ${sites.p7.short}`);
    // A ward's unit picker stays on the ward.
    expect(ids(await options(people.editor7, ARTICLE, 'unit'))).toEqual([sites.p7.unit]);
  });

  it('editors: the super admin sees every site on a new item and the item site on a saved one', async () => {
    const all = await options(superAdmin, ARTICLE, 'categories');
    expect(ids(all)).toEqual(categoriesOf('city', 'p7', 'p8'));
    expect(all.every((row) => / — /.test(String(row.name)))).toBe(true);
    const created = await draftArticle(superAdmin, { site: sites.p7.documentId }).expect(201);
    expect(ids(await options(superAdmin, ARTICLE, 'categories', created.body.data.documentId))).toEqual(categoriesOf('p7'));
  });

  it('editors: the site picker offers a user their own sites only', async () => {
    expect(ids(await options(people.contributor7, ARTICLE, 'site'))).toEqual([sites.p7.documentId]);
    expect(ids(await options(people.cityEditor, LEGAL, 'site'))).toEqual([sites.city.documentId]);
    expect(ids(await options(people.twoSites, PROJECT, 'site'))).toEqual([sites.p7.documentId, sites.p8.documentId].sort());
    expect(ids(await options(superAdmin, ARTICLE, 'site'))).toEqual(
      [sites.city.documentId, sites.p7.documentId, sites.p8.documentId].sort()
    );
  });

  it('editors: an author row lists the contributors of the article site', async () => {
    const created = await draftArticle(people.editor7, {
      site: sites.p7.documentId,
      authors: [{ contributor: sites.p7.contributor, share: 100 }],
    }).expect(201);
    const row = (await cms.strapi.db.query(ARTICLE).findOne({
      where: { documentId: created.body.data.documentId },
      populate: { authors: true },
    })) as { authors: Array<{ id: number }> };
    // A saved row: the article's site (less the contributor it holds), even for the super admin; a new row: the user's sites.
    expect(ids(await options(superAdmin, 'article.author', 'contributor', row.authors[0].id))).toEqual([]);
    expect(ids(await options(superAdmin, 'article.author', 'contributor'))).toEqual(
      [sites.city.contributor, sites.p7.contributor, sites.p8.contributor].sort()
    );
    expect(ids(await options(people.editor7, 'article.author', 'contributor'))).toEqual([sites.p7.contributor]);
    expect(ids(await options(people.cityEditor, 'article.author', 'contributor'))).toEqual(
      [sites.city.contributor, sites.p7.contributor, sites.p8.contributor].sort()
    );
  });

  it('editors: a project lists its site documents and the city ones; a document lists its own site', async () => {
    const project = await people.editor7
      .create(PROJECT, {
        name: `Chỉnh trang hẻm ${unique()}`,
        site: sites.p7.documentId,
        field: 'do-thi',
        investor: 'UBND Phường 7',
        capitalSource: 'ngan-sach-phuong-xa',
        periodStart: 2026,
        state: 'dang-thuc-hien',
        summary: 'Bê tông hóa mặt hẻm.',
      })
      .expect(201);
    // The city's decisions apply to a ward's project (the rule allows them); the editor's own
    // rights show them their site's documents only, the super admin both.
    expect(ids(await options(superAdmin, PROJECT, 'legalDocuments', project.body.data.documentId))).toEqual(
      [sites.city.legal, sites.p7.legal].sort()
    );
    expect(ids(await options(people.editor7, PROJECT, 'legalDocuments', project.body.data.documentId))).toEqual([sites.p7.legal]);
    expect(ids(await options(people.editor7, LEGAL, 'replaces', sites.p7.legal))).toEqual([sites.p7.legal]);
    expect(ids(await options(people.twoSites, LEGAL, 'replaces'))).toEqual([sites.p7.legal, sites.p8.legal].sort());
  });

  describe('editors: a relation to another site is refused at save', () => {
    const foreignCategory = () => sites.p8.categories.find((row) => row.name === 'Tin tức, sự kiện')!;

    it('names the field and both sites, on create and on update, and stores nothing', async () => {
      const before = await cms.strapi.db.query(ARTICLE).count({});
      const refused = await draftArticle(people.contributor7, {
        site: sites.p7.documentId,
        categories: [foreignCategory().documentId],
      }).expect(400);
      expect(refused.body.error.message).toBe(
        `Chuyên mục "Tin tức, sự kiện" thuộc trang "${sites.p8.short}", không thuộc trang "${sites.p7.short}" của tin bài.`
      );
      expect(errorPaths(refused.body)).toEqual(['categories']);
      expect(await cms.strapi.db.query(ARTICLE).count({})).toBe(before);

      const own = await draftArticle(people.contributor7, {
        site: sites.p7.documentId,
        categories: [sites.p7.categories[0].documentId],
      }).expect(201);
      const id = own.body.data.documentId as string;
      const update = await people.contributor7.update(ARTICLE, id, { categories: [foreignCategory().documentId] }).expect(400);
      expect(errorPaths(update.body)).toEqual(['categories']);
      const stored = (await cms.strapi.documents(ARTICLE).findOne({ documentId: id, populate: { categories: true } })) as unknown as {
        categories: Array<{ documentId: string }>;
      };
      expect(ids(stored.categories)).toEqual([sites.p7.categories[0].documentId]);
    });

    it('refuses a foreign unit and a foreign author, each on its field', async () => {
      const unit = await draftArticle(people.editor7, { site: sites.p7.documentId, unit: sites.city.unit }).expect(400);
      expect(errorPaths(unit.body)).toEqual(['unit']);
      expect(unit.body.error.message).toBe(
        `Đơn vị "UBND ${sites.city.label}" thuộc trang "${sites.city.short}", không thuộc trang "${sites.p7.short}" của tin bài.`
      );
      const author = await draftArticle(people.editor7, {
        site: sites.p7.documentId,
        authors: [
          { contributor: sites.p7.contributor, share: 50 },
          { contributor: sites.p8.contributor, share: 50 },
        ],
      }).expect(400);
      expect(errorPaths(author.body)).toEqual(['authors.1.contributor']);
      expect(author.body.error.message).toContain(`Cộng tác viên "Cộng tác viên ${sites.p8.label}" thuộc trang "${sites.p8.short}"`);

      const own = await draftArticle(people.editor7, { site: sites.p7.documentId }).expect(201);
      const update = await people.editor7
        .update(ARTICLE, own.body.data.documentId, { unit: sites.p8.unit, authors: [{ contributor: sites.city.contributor, share: 100 }] })
        .expect(400);
      expect(errorPaths(update.body).sort()).toEqual(['authors.0.contributor', 'unit']);
    });

    it('accepts a city item supplied by a ward (its unit and authors), as a proposal makes one', async () => {
      await draftArticle(people.cityEditor, {
        site: sites.city.documentId,
        categories: [sites.city.categories[0].documentId],
        unit: sites.p7.unit,
        authors: [{ contributor: sites.p7.contributor, share: 100 }],
      }).expect(201);
      // …but not the ward's categories: the city files it under its own.
      const refused = await draftArticle(people.cityEditor, {
        site: sites.city.documentId,
        categories: [sites.p7.categories[0].documentId],
      }).expect(400);
      expect(errorPaths(refused.body)).toEqual(['categories']);
    });

    it('refuses a legal document linked to another site document or unit, and a project citing another ward', async () => {
      const number = () => `${unique()}/QĐ-UBND`;
      const legal = (overrides: Record<string, unknown>) =>
        people.editor7.create(LEGAL, {
          number: number(),
          kind: 'administrative',
          type: 'quyet-dinh',
          issuer: 'UBND Phường 7',
          issuedDate: '2026-04-01',
          validity: 'in-force',
          summary: 'Quyết định thử.',
          site: sites.p7.documentId,
          ...overrides,
        });
      for (const [field, value] of [
        ['replaces', [sites.p8.legal]],
        ['amends', [sites.city.legal]],
        ['issuingUnit', sites.p8.unit],
      ] as const) {
        const refused = await legal({ [field]: value }).expect(400);
        expect(errorPaths(refused.body)).toEqual([field]);
        expect(refused.body.error.message).toMatch(/không thuộc trang ".*" của văn bản\.$/);
      }
      const accepted = await legal({ replaces: [sites.p7.legal], issuingUnit: sites.p7.unit }).expect(201);
      const update = await people.editor7.update(LEGAL, accepted.body.data.documentId, { amendedBy: [sites.p8.legal] }).expect(400);
      expect(errorPaths(update.body)).toEqual(['amendedBy']);

      const project = (legalDocuments: string[]) =>
        people.editor7.create(PROJECT, {
          name: `Dự án thử ${unique()}`,
          site: sites.p7.documentId,
          field: 'do-thi',
          investor: 'UBND Phường 7',
          capitalSource: 'ngan-sach-phuong-xa',
          periodStart: 2026,
          state: 'dang-thuc-hien',
          summary: 'Dự án thử.',
          legalDocuments,
        });
      await project([sites.p7.legal, sites.city.legal]).expect(201);
      const refused = await project([sites.p8.legal]).expect(400);
      expect(errorPaths(refused.body)).toEqual(['legalDocuments']);
      expect(refused.body.error.message).toMatch(/của dự án\.$/);
    });

    it('refuses another site article or child written from a category, and a clone with a foreign category', async () => {
      const article = (await draftArticle(people.editor7, { site: sites.p7.documentId }).expect(201)).body.data.documentId as string;
      const theirs = sites.p8.categories[1].documentId;
      const articles = await api.put(`/api/categories/${theirs}`, { articles: { connect: [article] } }).expect(400);
      expect(errorPaths(articles.body)).toEqual(['articles']);
      const children = await api
        .put(`/api/categories/${theirs}`, { children: { connect: [sites.p7.categories[2].documentId] } })
        .expect(400);
      expect(errorPaths(children.body)).toEqual(['children']);
      const stored = (await cms.strapi.documents(CATEGORY).findOne({
        documentId: theirs,
        populate: { articles: true, children: true },
      })) as unknown as { articles: unknown[]; children: unknown[] };
      expect([stored.articles.length, stored.children.length]).toEqual([0, 0]);

      const before = await cms.strapi.db.query(ARTICLE).count({});
      const clone = await people.editor7.post(`/content-manager/collection-types/${ARTICLE}/clone/${article}`, {
        title: `Bản sao ${unique()}`,
        categories: [foreignCategory().documentId],
      });
      expect(clone.status).toBe(400);
      expect(errorPaths(clone.body)).toEqual(['categories']);
      expect(await cms.strapi.db.query(ARTICLE).count({})).toBe(before);
    });

    it('saves whatever mix of own and foreign relations only when all are the item site', async () => {
      const pool = [
        ...sites.p7.categories.map((row) => ({ id: row.documentId, own: true })),
        ...sites.p8.categories.map((row) => ({ id: row.documentId, own: false })),
        ...sites.city.categories.map((row) => ({ id: row.documentId, own: false })),
      ];
      const units = [
        { id: sites.p7.unit, own: true },
        { id: sites.p8.unit, own: false },
        { id: sites.city.unit, own: false },
      ];
      await fc.assert(
        fc.asyncProperty(
          fc.subarray(pool, { minLength: 0, maxLength: 5 }),
          fc.option(fc.constantFrom(...units), { nil: undefined }),
          fc.boolean(),
          async (categories, unit, update) => {
            const data = { categories: categories.map((c) => c.id), ...(unit ? { unit: unit.id } : {}) };
            const allOwn = categories.every((c) => c.own) && (unit?.own ?? true);
            const before = await cms.strapi.db.query(ARTICLE).count({});
            let res;
            if (update) {
              const own = await draftArticle(people.editor7, { site: sites.p7.documentId }).expect(201);
              res = await people.editor7.update(ARTICLE, own.body.data.documentId, data);
              const stored = (await cms.strapi.documents(ARTICLE).findOne({
                documentId: own.body.data.documentId,
                populate: { categories: true },
              })) as unknown as { categories: Array<{ documentId: string }> };
              if (!allOwn) expect(stored.categories).toEqual([]);
            } else {
              res = await draftArticle(people.editor7, { site: sites.p7.documentId, ...data });
              if (!allOwn) expect(await cms.strapi.db.query(ARTICLE).count({})).toBe(before);
            }
            expect(res.status).toBe(allOwn ? (update ? 200 : 201) : 400);
          }
        ),
        propertyRuns(25, 'editors: own and foreign relations')
      );
    }, 240_000);
  });

  it('editors: a new item of a one-site user gets that site; a user of two sites must choose', async () => {
    const created = await draftArticle(people.contributor7, { categories: [sites.p7.categories[0].documentId] }).expect(201);
    const stored = (await cms.strapi
      .documents(ARTICLE)
      .findOne({ documentId: created.body.data.documentId, populate: { site: true } })) as unknown as {
      site: { documentId: string } | null;
    };
    expect(stored.site?.documentId).toBe(sites.p7.documentId);
    await draftArticle(people.twoSites, {}).expect(403);
  });

  it('editors: the slug of a new item stays empty until saved; a saved item regenerates it from its title', async () => {
    const generate = (data: Record<string, unknown>) =>
      people.editor7.post('/content-manager/uid/generate', { contentTypeUID: ARTICLE, field: 'slug', data }).expect(200);
    expect((await generate({ id: '', title: '' })).body.data).toBe('');
    expect((await generate({ id: '', title: 'Đô thị văn minh' })).body.data).toBe('');
    const saved = await draftArticle(people.editor7, { site: sites.p7.documentId }).expect(201);
    expect((await generate({ id: saved.body.data.documentId, title: 'Đô thị văn minh' })).body.data).toMatch(/^do-thi-van-minh/);
    expect((await generate({ id: saved.body.data.documentId, title: '' })).body.data).toBe('');
    // A category's slug (its own type) is filled in by the server from the name at save, too.
    const category = await superAdmin.create(CATEGORY, { name: 'Hỏi đáp', site: sites.p7.documentId, kind: 'news' }).expect(201);
    expect(category.body.data.slug).toBe('hoi-dap');
  });
});
