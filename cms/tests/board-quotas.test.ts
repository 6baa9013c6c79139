import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import type { QuotaDashboard, UnitQuotaRow } from '../src/plugins/reports/shared/contracts';
import type { WorkflowItem } from '../src/plugins/workflow/shared/contracts';
import { monthOf, periodLabel, periodRange } from '../src/plugins/reports/server/services/periods';
import { startCms, type TestCms } from './harness/cms';
import { articleData, unique } from './harness/fixtures';
import { ARTICLE, bringTo } from './harness/workflow';
import { buildWorld, peopleOf, type People, type SiteKey, type World } from './harness/workflow-world';

const TRANSITION = 'plugin::workflow.transition';
const CAP = { minItems: 3, maxItems: 5, period: 'month' };

/** Supertest leaves binary bodies alone only with a parser of our own. */
const binary = (res: unknown, done: (error: Error | null, body: unknown) => void) => {
  const stream = res as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
};

describe('board: quotas count what reaches the city portal, and the cap warns', () => {
  let cms: TestCms;
  let world: World;
  const people = {} as Record<SiteKey, People>;
  /** The People's Committees of wards A and B (quota on the city portal) and a city department. */
  const units = {} as Record<'A' | 'B' | 'dept', { documentId: string; shortName: string }>;
  const now = new Date();
  const month = monthOf(now);
  const inMonth = periodLabel(month).replace('Tháng', 'tháng');

  const dashboard = async (site: SiteKey, as: 'editor' | 'approver' = 'editor'): Promise<QuotaDashboard> =>
    (await world.users[`${as}@${site}`].get(`/reports/quotas?site=${world.sites[site].site}`).expect(200)).body.data;
  const rowOf = (data: QuotaDashboard, key: keyof typeof units): UnitQuotaRow | undefined =>
    data.units.find((row) => row.unit.documentId === units[key].documentId);

  /** A ward article by the ward's People's Committee, taken to "edited" (ready to propose). */
  const wardArticle = async (site: 'A' | 'B'): Promise<string> => {
    const data = articleData(world.sites[site], { unit: units[site].documentId });
    const id = (await people[site].author.create(ARTICLE, data).expect(201)).body.data.documentId as string;
    await bringTo(people[site], ARTICLE, id, 'edited');
    return id;
  };
  const propose = async (site: 'A' | 'B', id: string): Promise<string> => {
    const res = await people[site].approver.act(ARTICLE, id, 'propose');
    if (res.status !== 200) throw new Error(`propose → ${res.status}: ${JSON.stringify(res.body.error)}`);
    return res.body.meta.proposedDocumentId as string;
  };
  /** Moves a proposal's recorded time, as if it had been proposed then. */
  const proposedAt = async (copy: string, at: Date) =>
    cms.strapi.db
      .query(TRANSITION)
      .updateMany({ where: { targetDocumentId: copy, action: 'propose' }, data: { createdAt: at.toISOString() } });
  const warningOf = (item: WorkflowItem, action: string) => item.actions.find((entry) => entry.action === action)?.warning;

  beforeAll(async () => {
    cms = await startCms();
    world = await buildWorld(cms);
    for (const site of ['A', 'B', 'city'] as SiteKey[]) people[site] = peopleOf(world, site);
    // The wards sit under the city portal, which may then carry their units on proposed copies.
    for (const site of ['A', 'B'] as const)
      await world.api.put(`/api/sites/${world.sites[site].site}`, { parent: world.sites.city.site }).expect(200);
    const unit = async (key: keyof typeof units, site: SiteKey, kind: string, countsOn: string) => {
      const shortName = `${kind === 'ward-committee' ? 'UBND' : 'Phòng'} thử ${unique()}`;
      const data = { name: `${shortName} đầy đủ`, shortName, kind, site: world.sites[site].site, quota: { ...CAP, countsOn } };
      units[key] = { documentId: (await world.api.post('/api/units', data).expect(201)).body.data.documentId as string, shortName };
    };
    await unit('A', 'A', 'ward-committee', 'city-portal');
    await unit('B', 'B', 'ward-committee', 'city-portal');
    await unit('dept', 'city', 'department', 'own-site');
  });
  afterAll(async () => cms?.close());

  it('board: offers the proposal without a warning while the ward is below its cap', async () => {
    const id = await wardArticle('A');
    const item = (await people.A.approver.item(ARTICLE, id).expect(200)).body.data as WorkflowItem;
    expect(item.actions.map((entry) => entry.action)).toContain('propose');
    expect(warningOf(item, 'propose')).toBeNull();
  });

  it('board: counts a proposal at 23:59 on the last day of a month in that month, one at 00:00 the next day in the next', async () => {
    const { start } = periodRange(month);
    const late = await propose('A', await wardArticle('A'));
    await proposedAt(late, new Date(start.getTime() - 60_000));
    const early = await propose('A', await wardArticle('A'));
    await proposedAt(early, start);
    const row = rowOf(await dashboard('A'), 'A')!;
    expect(row.quota).toMatchObject({ countsOn: 'city-portal' });
    expect(row.countsOnLabel).toBe('Cổng TTĐT thành phố');
    expect(row.periods[0]).toMatchObject({ period: month, city: { proposed: 1, published: 0 }, measured: 0, state: 'behind', missing: 3 });
    expect(row.periods[1].city).toMatchObject({ proposed: 1, published: 0 });
    // Counted on the city portal, not on the ward's own site: the ward's own articles are there but not published.
    expect(row.periods[0].own).toMatchObject({ submitted: 3, published: 0 });
  });

  it('board: counts a city copy published on the city portal, not one returned or withdrawn there', async () => {
    const city = people.city;
    const published = await propose('A', await wardArticle('A'));
    await city.editor.act(ARTICLE, published, 'forward').expect(200);
    await city.approver.act(ARTICLE, published, 'approve').expect(200);
    const returned = await propose('A', await wardArticle('A'));
    await city.editor.act(ARTICLE, returned, 'return', { reason: 'Sự kiện nhỏ, chỉ đăng trên trang phường.' }).expect(200);
    const withdrawn = await propose('A', await wardArticle('A'));
    await city.editor.act(ARTICLE, withdrawn, 'forward').expect(200);
    await city.approver.act(ARTICLE, withdrawn, 'approve').expect(200);
    await city.approver.act(ARTICLE, withdrawn, 'withdraw', { withdrawReason: 'outdated', note: 'Sự kiện đã kết thúc.' }).expect(200);
    const current = rowOf(await dashboard('A'), 'A')!.periods[0];
    expect(current).toMatchObject({ city: { proposed: 4, published: 1 }, measured: 1, state: 'behind', missing: 2 });
  });

  it('board: warns the ward approver when the proposal reaches the cap and when it passes it, and still accepts it', async () => {
    const fifth = await wardArticle('A');
    const holder = units.A.shortName;
    let item = (await people.A.approver.item(ARTICLE, fifth).expect(200)).body.data as WorkflowItem;
    expect(warningOf(item, 'propose')).toBe(
      `${holder} đã đề xuất 4 tin bài lên Cổng TTĐT thành phố trong ${inMonth}; đây là tin bài thứ 5/5, bằng mức tối đa 5 tin bài/tháng theo Quyết định 834/QĐ-UBND.`
    );
    await propose('A', fifth);
    const sixth = await wardArticle('A');
    item = (await people.A.approver.item(ARTICLE, sixth).expect(200)).body.data as WorkflowItem;
    expect(warningOf(item, 'propose')).toBe(
      `${holder} đã đề xuất 5 tin bài lên Cổng TTĐT thành phố trong ${inMonth}, bằng mức tối đa 5 tin bài/tháng theo Quyết định 834/QĐ-UBND. Đề xuất thêm sẽ vượt mức tối đa.`
    );
    // A warning, not a refusal: the proposal goes up, and the next one reads "vượt".
    await propose('A', sixth);
    const seventh = await wardArticle('A');
    item = (await people.A.approver.item(ARTICLE, seventh).expect(200)).body.data as WorkflowItem;
    expect(warningOf(item, 'propose')).toContain(
      `${holder} đã đề xuất 6 tin bài lên Cổng TTĐT thành phố trong ${inMonth}, vượt mức tối đa 5`
    );
    // Ward B has proposed nothing: A's proposals never count for it.
    const other = await wardArticle('B');
    item = (await people.B.approver.item(ARTICLE, other).expect(200)).body.data as WorkflowItem;
    expect(warningOf(item, 'propose')).toBeNull();
    // Other actions never carry the warning.
    expect(item.actions.filter((entry) => entry.action !== 'propose').every((entry) => entry.warning === null)).toBe(true);
  });

  it('board: warns a city unit\u2019s contributor when its published and pending items reach the cap', async () => {
    const city = people.city;
    const piece = async () =>
      (await city.author.create(ARTICLE, articleData(world.sites.city, { unit: units.dept.documentId })).expect(201)).body.data
        .documentId as string;
    for (const state of ['published', 'published', 'submitted'] as const) await bringTo(city, ARTICLE, await piece(), state);
    // A returned item is back with its author, not waiting for the board: it does not count.
    await bringTo(city, ARTICLE, await piece(), 'returned');
    const draft = await piece();
    let item = (await city.author.item(ARTICLE, draft).expect(200)).body.data as WorkflowItem;
    expect(warningOf(item, 'submit')).toBeNull();
    await bringTo(city, ARTICLE, await piece(), 'submitted');
    item = (await city.author.item(ARTICLE, draft).expect(200)).body.data as WorkflowItem;
    expect(warningOf(item, 'submit')).toBe(
      `${units.dept.shortName} đã có 4 tin bài đã đăng hoặc đang chờ xử lý trên Cổng TTĐT thành phố trong ${inMonth}; đây là tin bài thứ 5/5, bằng mức tối đa 5 tin bài/tháng theo Quyết định 834/QĐ-UBND.`
    );
    await bringTo(city, ARTICLE, await piece(), 'edited');
    item = (await city.author.item(ARTICLE, draft).expect(200)).body.data as WorkflowItem;
    expect(warningOf(item, 'submit')).toContain('đã có 5 tin bài đã đăng hoặc đang chờ xử lý trên Cổng TTĐT thành phố');
    expect(warningOf(item, 'submit')).toContain('Gửi thêm sẽ vượt mức tối đa.');
    await city.author.act(ARTICLE, draft, 'submit').expect(200);
    // A city unit's own counts are the city's: no separate supply.
    const row = rowOf(await dashboard('city'), 'dept')!;
    expect(row.unit.onCity).toBe(true);
    expect(row.periods[0]).toMatchObject({ city: null, own: { submitted: 7, published: 2 }, measured: 2 });
  });

  it('board: shows the city board the wards\u2019 supply rows only, and a ward board its own units only', async () => {
    const cityView = await dashboard('city');
    const a = rowOf(cityView, 'A')!;
    expect(a.periods[0]).toMatchObject({ own: null, city: { proposed: 6, published: 1 }, measured: 1 });
    expect(rowOf(cityView, 'B')!.periods[0]).toMatchObject({ own: null, city: { proposed: 0, published: 0 } });
    // Ward B's board sees its own committee, never ward A's.
    const bView = await dashboard('B');
    expect(rowOf(bView, 'A')).toBeUndefined();
    expect(bView.units.every((row) => row.unit.site === world.sites.B.name)).toBe(true);
    expect(rowOf(bView, 'B')!.periods[0].own).not.toBeNull();
    await world.users['editor@B'].get(`/reports/quotas?site=${world.sites.A.site}`).expect(403);
    // Contributors see no quotas.
    await world.users['contributor@A'].get(`/reports/quotas?site=${world.sites.A.site}`).expect(403);
  });

  it('board: whatever the site and past parameters, ward B\u2019s board gets ward B\u2019s rows or a refusal', async () => {
    const sites = fc.oneof(
      fc.constantFrom(world.sites.A.site, world.sites.B.site, world.sites.city.site, 'all', ''),
      fc.string({ maxLength: 40 }),
      fc.constantFrom('%00', "' OR 1=1 --", '{"$ne":null}', 'a'.repeat(300))
    );
    const pasts = fc.oneof(fc.integer({ min: -5, max: 100 }).map(String), fc.string({ maxLength: 10 }));
    await fc.assert(
      fc.asyncProperty(sites, pasts, async (site, past) => {
        const res = await world.users['editor@B'].get(`/reports/quotas?site=${encodeURIComponent(site)}&past=${encodeURIComponent(past)}`);
        expect([200, 400, 403]).toContain(res.status);
        if (res.status !== 200) return;
        const data = res.body.data as QuotaDashboard;
        expect(data.units.every((row) => row.unit.site === world.sites.B.name)).toBe(true);
        expect(data.units.every((row) => row.periods.length >= 2 && row.periods.length <= 13)).toBe(true);
      }),
      { seed: 834, numRuns: 30 }
    );
  });

  it('board: exports the supply to the city in XLSX and CSV whose totals equal their rows', async () => {
    const city = world.sites.city.site;
    const data = await dashboard('city');
    const sum = (pick: (row: UnitQuotaRow) => number) => data.units.reduce((total, row) => total + pick(row), 0);
    const proposed = sum((row) => row.periods.reduce((total, period) => total + (period.city?.proposed ?? 0), 0));
    const cityPublished = sum((row) => row.periods.reduce((total, period) => total + (period.city?.published ?? 0), 0));
    expect(proposed).toBeGreaterThanOrEqual(7);

    const csv = await world.users['editor@city']
      .get(`/reports/exports/quotas?format=csv&site=${city}`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const rows = parse((csv.body as Buffer).toString('utf8'), { bom: true, relax_column_count: true }) as string[][];
    const header = rows.findIndex((row) => row[0] === 'Đơn vị');
    const columns = ['Đề xuất lên Cổng TTĐT thành phố', 'Đăng trên Cổng TTĐT thành phố', 'Đã đăng'].map((name) =>
      rows[header].indexOf(name)
    );
    expect(columns.every((index) => index > 0)).toBe(true);
    const body = rows.slice(header + 1, -1);
    const total = rows[rows.length - 1];
    expect(total[0]).toBe('Tổng cộng');
    for (const column of columns) expect(Number(total[column])).toBe(body.reduce((acc, row) => acc + Number(row[column] || 0), 0));
    expect(Number(total[columns[0]])).toBe(proposed);
    expect(Number(total[columns[1]])).toBe(cityPublished);
    // Ward rows seen from the city leave the ward's own counts empty, not 0.
    const wardRow = body.find((row) => row[0].startsWith(units.A.shortName))!;
    expect(wardRow[columns[2]]).toBe('');

    const xlsx = await world.users['editor@city']
      .get(`/reports/exports/quotas?format=xlsx&site=${city}`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Chỉ tiêu')!;
    let column = 0;
    let cached: number | null = null;
    sheet.eachRow((row) => {
      const values = row.values as unknown[];
      if (column === 0 && values.includes('Đề xuất lên Cổng TTĐT thành phố')) column = values.indexOf('Đề xuất lên Cổng TTĐT thành phố');
      if (values[1] === 'Tổng cộng') cached = (values[column] as { result?: number }).result ?? null;
    });
    expect(cached).toBe(proposed);
  });
});
