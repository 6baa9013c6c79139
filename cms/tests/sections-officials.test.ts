import path from 'path';
import { carryOverUnitLeaders } from '../src/bootstrap/legacy-leaders';
import { APP_DIR, startCms, type TestCms } from './harness/cms';
import { contentApi, errorPaths, makeSite, type ContentApi, unique } from './harness/fixtures';
import { adminApi, createStaff, type Staff } from './harness/workflow';

const OFFICIAL = 'api::official.official';
const UNIT = 'api::unit.unit';

/** What an anonymous reader may get of an official: the declared attributes, nothing else. */
const OFFICIAL_KEYS = [
  'id',
  'documentId',
  'name',
  'position',
  'positionEn',
  'rank',
  'phone',
  'email',
  'bio',
  'bioEn',
  'order',
  'createdAt',
  'updatedAt',
  'publishedAt',
];

describe('sections: officials and the units tree', () => {
  let cms: TestCms;
  let api: ContentApi;
  let ward: { site: string; siteSlug: string };
  let city: { site: string; siteSlug: string };
  let editor: Staff;

  const makeUnit = async (site: string, name: string, parent?: string): Promise<string> =>
    (await api.post('/api/units', { name: `${name} ${unique()}`, kind: 'department', site, parent }).expect(201)).body.data.documentId;

  const makeOfficial = async (site: string, unit: string, name: string): Promise<string> =>
    (
      await api
        .post('/api/officials', {
          name,
          position: 'Chủ tịch UBND',
          positionEn: "Chair of the People's Committee",
          rank: 'head',
          phone: '0254 3852 320',
          email: `chutich.${unique()}@baria-vungtau.gov.vn`,
          bio: 'Sinh năm 1971. Phụ trách chung.',
          site,
          unit,
        })
        .expect(201)
    ).body.data.documentId;

  const parentOf = async (documentId: string): Promise<string | null> => {
    const row = (await cms.strapi.db.query(UNIT).findOne({ where: { documentId }, populate: { parent: { select: ['documentId'] } } })) as {
      parent?: { documentId: string } | null;
    } | null;
    return row?.parent?.documentId ?? null;
  };

  beforeAll(async () => {
    cms = await startCms();
    api = contentApi(cms, await cms.apiToken('full-access'));
    ward = await makeSite(api);
    city = await makeSite(api, `Thành phố thử ${unique()}`);
    editor = await createStaff(cms, 'Bien tap phuong', [{ site: ward.site, role: 'editor' }]);
  });

  afterAll(async () => {
    await cms?.close();
  });

  it('gives anonymous readers an official with its declared fields only, phone and e-mail included (public by law)', async () => {
    const unit = await makeUnit(ward.site, 'Ủy ban nhân dân phường thử');
    const official = await makeOfficial(ward.site, unit, 'Lê Minh Quang');
    const query = `filters[site][slug][$eq]=${ward.siteSlug}&populate[unit][fields][0]=slug&populate[photo][fields][0]=url`;
    const res = await cms.http().get(`/api/officials?${query}`).expect(200);
    const [entry] = res.body.data as Array<Record<string, unknown>>;
    expect(entry.documentId).toBe(official);
    expect(
      Object.keys(entry)
        .filter((key) => !['unit', 'photo'].includes(key))
        .sort()
    ).toEqual([...OFFICIAL_KEYS].sort());
    expect(entry).toMatchObject({ name: 'Lê Minh Quang', phone: '0254 3852 320', rank: 'head', unit: { slug: expect.any(String) } });
    // Nothing below the unit but what its own shape declares: its contributors stay out of reach.
    await cms.http().get(`/api/officials?populate[unit][populate][contributors][fields][0]=fullName`).expect(400);
    await cms.http().get(`/api/officials?populate[site][populate][units][fields][0]=name`).expect(400);
    // A unit's parent is public: the chart is drawn from it.
    await cms.http().get(`/api/units?filters[site][slug][$eq]=${ward.siteSlug}&populate[parent][fields][0]=slug`).expect(200);
  });

  it('refuses a unit under itself or under one of its own units, with a Vietnamese message, and keeps the tree as it was', async () => {
    const top = await makeUnit(ward.site, 'UBND phường');
    const middle = await makeUnit(ward.site, 'Công an phường', top);
    const bottom = await makeUnit(ward.site, 'Tổ công tác', middle);
    expect(await parentOf(bottom)).toBe(middle);

    const cycle = await api.put(`/api/units/${top}`, { parent: bottom }).expect(400);
    expect(errorPaths(cycle.body)).toEqual(['parent']);
    expect(cycle.body.error.message).toContain('không thể trực thuộc chính nó');
    expect(await parentOf(top)).toBeNull();

    const self = await api.put(`/api/units/${middle}`, { parent: middle }).expect(400);
    expect(errorPaths(self.body)).toEqual(['parent']);
    expect(await parentOf(middle)).toBe(top);
  });

  it("refuses a parent unit on another site, and an official's unit on another site", async () => {
    const cityTop = await makeUnit(city.site, 'UBND thành phố');
    const wardUnit = await makeUnit(ward.site, 'Phòng thử');
    const res = await api.put(`/api/units/${wardUnit}`, { parent: cityTop }).expect(400);
    expect(res.body.error.message).toBe('Đơn vị cấp trên phải thuộc cùng trang với đơn vị.');
    expect(await parentOf(wardUnit)).toBeNull();

    const created = await api
      .post('/api/officials', { name: 'Trần Văn Thử', position: 'Trưởng phòng', site: ward.site, unit: cityTop })
      .expect(400);
    expect(errorPaths(created.body)).toEqual(['unit']);
    const stored = await cms.strapi.db.query(OFFICIAL).count({ where: { name: 'Trần Văn Thử' } });
    expect(stored).toBe(0);
  });

  it("lets a ward editor edit the ward's officials in the admin but not the city's", async () => {
    const own = await makeOfficial(ward.site, await makeUnit(ward.site, 'UBND phường'), 'Nguyễn Văn Phường');
    const cityOfficial = await makeOfficial(city.site, await makeUnit(city.site, 'UBND thành phố'), 'Phan Thị Bích Ngọc');
    const asEditor = adminApi(cms, editor.jwt);

    await asEditor.update(OFFICIAL, own, { position: 'Chủ tịch UBND phường' }).expect(200);
    const refused = await asEditor.update(OFFICIAL, cityOfficial, { position: 'Phó Chủ tịch UBND thành phố', phone: '0900 000 000' });
    expect(refused.status).toBe(403);
    const row = (await cms.strapi.db.query(OFFICIAL).findOne({ where: { documentId: cityOfficial } })) as {
      position: string;
      phone: string;
    };
    expect(row).toMatchObject({ position: 'Chủ tịch UBND', phone: '0254 3852 320' });
    // Nor can they move one of their officials to the city.
    const loose = (await api.post('/api/officials', { name: 'Võ Thị Lưu', position: 'Công chức', site: ward.site }).expect(201)).body.data
      .documentId as string;
    await asEditor.update(OFFICIAL, loose, { site: city.site }).expect(403);
    const moved = (await cms.strapi.db
      .query(OFFICIAL)
      .findOne({ where: { documentId: loose }, populate: { site: { select: ['documentId'] } } })) as {
      site: { documentId: string };
    };
    expect(moved.site.documentId).toBe(ward.site);
    const list = await asEditor.list(OFFICIAL).expect(200);
    const ids = (list.body.results as Array<{ documentId: string }>).map((r) => r.documentId);
    expect(ids).toContain(own);
    expect(ids).not.toContain(cityOfficial);
  });

  it('turns the leaders a database kept in the old unit.leader component into officials of their unit, the first its head', async () => {
    const unit = await makeUnit(ward.site, 'UBND phường cũ');
    const knex = cms.strapi.db.connection;
    const { id } = (await cms.strapi.db.query(UNIT).findOne({ where: { documentId: unit }, select: ['id'] })) as { id: number };
    // The old component's table and join rows, as Strapi 5 laid them out (the migration reads them before the schema sync drops them).
    await knex.schema.createTable('components_unit_leaders', (t) => {
      t.increments('id');
      for (const column of ['full_name', 'position', 'position_en', 'phone', 'email']) t.string(column);
      t.text('bio');
      t.text('bio_en');
      t.integer('order');
    });
    try {
      const ids = [];
      for (const [order, row] of [
        {
          full_name: 'Nguyễn Văn Cũ',
          position: 'Chủ tịch UBND phường',
          position_en: 'Chair',
          phone: '0254 111 222',
          email: 'cu@ward.test',
        },
        { full_name: 'Trần Thị Mới', position: 'Phó Chủ tịch UBND phường' },
      ].entries()) {
        const [inserted] = await knex('components_unit_leaders')
          .insert({ ...row, order })
          .returning('id');
        ids.push(typeof inserted === 'object' ? inserted.id : inserted);
      }
      for (const [order, cmp] of ids.entries())
        await knex('units_cmps').insert({ entity_id: id, cmp_id: cmp, component_type: 'unit.leader', field: 'leaders', order: order + 1 });
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const migration = require(path.join(APP_DIR, 'database', 'migrations', '2026.12.07T00.00.00.keep-unit-leaders.js')) as {
        up: (knex: unknown) => Promise<void>;
      };
      await migration.up(knex);
    } finally {
      await knex('units_cmps').where({ component_type: 'unit.leader' }).delete();
      await knex.schema.dropTable('components_unit_leaders');
    }
    await carryOverUnitLeaders(cms.strapi);
    const officials = (await cms.strapi.db.query(OFFICIAL).findMany({
      where: { unit: { documentId: unit } },
      orderBy: { order: 'asc' },
      populate: { site: { select: ['documentId'] } },
    })) as Array<Record<string, unknown> & { site: { documentId: string } }>;
    expect(officials.map((o) => [o.name, o.rank, o.positionEn ?? null, o.phone ?? null, o.site.documentId])).toEqual([
      ['Nguyễn Văn Cũ', 'head', 'Chair', '0254 111 222', ward.site],
      ['Trần Thị Mới', 'deputy', null, null, ward.site],
    ]);
    expect(await knex.schema.hasTable('legacy_unit_leaders')).toBe(false);
  });
});
