import { startCms, type TestCms } from './harness/cms';
import { articleData, unique } from './harness/fixtures';
import { ARTICLE, bringTo, type AdminApi } from './harness/workflow';
import { buildWorld, peopleOf, type People, type World } from './harness/workflow-world';

/**
 * Every role on ward A, on ward B and on the city portal tries every action on an item of ward A.
 * Exactly the listed people succeed; everyone else gets a 403 and the item is left as it was.
 */
interface Case {
  name: string;
  state: string;
  allowed: string[];
  attempt: (who: AdminApi, documentId: string) => Promise<{ status: number; body: { error?: { message?: string } } }>;
  /** What a success leaves behind: the workflow state, or a content change. */
  after: { state?: string; title?: string; deleted?: boolean };
}

const act =
  (action: string, input: Record<string, unknown> = {}) =>
  (who: AdminApi, id: string) =>
    who.act(ARTICLE, id, action, input);

const CASES: Case[] = [
  { name: 'submit a draft', state: 'draft', allowed: ['contributor@A'], attempt: act('submit'), after: { state: 'submitted' } },
  {
    name: 'resubmit a returned item',
    state: 'returned',
    allowed: ['contributor@A'],
    attempt: act('submit'),
    after: { state: 'submitted' },
  },
  {
    name: 'forward a submitted item for approval',
    state: 'submitted',
    allowed: ['editor@A', 'approver@A'],
    attempt: act('forward'),
    after: { state: 'edited' },
  },
  {
    name: 'return a submitted item',
    state: 'submitted',
    allowed: ['editor@A', 'approver@A'],
    attempt: act('return', { reason: 'Sai chính tả.' }),
    after: { state: 'returned' },
  },
  {
    name: 'return an item waiting for approval',
    state: 'edited',
    allowed: ['approver@A'],
    attempt: act('return', { reason: 'Cần số liệu mới.' }),
    after: { state: 'returned' },
  },
  { name: 'approve and publish', state: 'edited', allowed: ['approver@A'], attempt: act('approve'), after: { state: 'published' } },
  {
    name: 'approve for a later time',
    state: 'edited',
    allowed: ['approver@A'],
    attempt: act('schedule', { publishAt: '2099-06-01T02:00:00Z' }),
    after: { state: 'scheduled' },
  },
  { name: 'cancel a schedule', state: 'scheduled', allowed: ['approver@A'], attempt: act('unschedule'), after: { state: 'edited' } },
  {
    name: 'withdraw a published item',
    state: 'published',
    allowed: ['approver@A'],
    attempt: act('withdraw', { withdrawReason: 'published-in-error', note: 'Đăng nhầm trang.' }),
    after: { state: 'withdrawn' },
  },
  {
    name: 'propose to the city portal',
    state: 'published',
    allowed: ['approver@A'],
    attempt: act('propose'),
    after: { state: 'published' },
  },
  {
    name: 'edit a draft',
    state: 'draft',
    allowed: ['contributor@A'],
    attempt: (who, id) => who.update(ARTICLE, id, { title: 'Đã sửa' }),
    after: { title: 'Đã sửa' },
  },
  {
    name: 'edit an item in review',
    state: 'submitted',
    allowed: ['editor@A', 'approver@A'],
    attempt: (who, id) => who.update(ARTICLE, id, { title: 'Đã biên tập' }),
    after: { title: 'Đã biên tập' },
  },
  {
    name: 'correct a published item (draft only, until re-approved)',
    state: 'published',
    allowed: ['editor@A', 'approver@A'],
    attempt: (who, id) => who.update(ARTICLE, id, { title: 'Đã đính chính' }),
    after: { title: 'Đã đính chính' },
  },
  {
    name: 'delete a draft',
    state: 'draft',
    allowed: ['contributor@A', 'approver@A'],
    attempt: (who, id) => who.remove(ARTICLE, id),
    after: { deleted: true },
  },
  { name: 'delete a published item', state: 'published', allowed: [], attempt: (who, id) => who.remove(ARTICLE, id), after: {} },
  { name: 'press Publish in the admin', state: 'edited', allowed: [], attempt: (who, id) => who.publish(ARTICLE, id), after: {} },
  { name: 'press Unpublish in the admin', state: 'published', allowed: [], attempt: (who, id) => who.unpublish(ARTICLE, id), after: {} },
  {
    name: 'open the workflow panel',
    state: 'submitted',
    allowed: ['contributor@A', 'editor@A', 'approver@A'],
    attempt: (who, id) => who.item(ARTICLE, id),
    after: {},
  },
  {
    name: 'open the item in the admin',
    state: 'submitted',
    allowed: ['contributor@A', 'editor@A', 'approver@A'],
    attempt: (who, id) => who.get(`/content-manager/collection-types/${ARTICLE}/${id}`),
    after: {},
  },
];

describe('workflow matrix (role × site × action)', () => {
  let cms: TestCms;
  let world: World;
  let people: People;

  beforeAll(async () => {
    cms = await startCms();
    world = await buildWorld(cms);
    people = peopleOf(world);
  });
  afterAll(async () => cms?.close());

  const freshItem = async (state: string): Promise<string> => {
    const created = await people.author
      .create(ARTICLE, articleData(world.sites.A, { title: `Tin ma trận ${unique()}`, byline: 'Trần Văn Bình' }))
      .expect(201);
    const id = created.body.data.documentId as string;
    await bringTo(people, ARTICLE, id, state);
    return id;
  };

  /** The item as the super admin sees it: state, history length, draft title. */
  const snapshot = async (id: string) => {
    const item = await world.superAdmin.item(ARTICLE, id);
    if (item.status === 404) return { exists: false };
    const doc = await world.superAdmin.get(`/content-manager/collection-types/${ARTICLE}/${id}`).expect(200);
    return { exists: true, state: item.body.data.state, history: item.body.data.history.length, title: doc.body.data.title };
  };

  it.each(CASES.map((c) => [c.name, c] as const))(
    '%s: only the listed people of ward A may, and a refusal changes nothing',
    async (_name, c) => {
      const everyone = Object.keys(world.users);
      const mismatches: string[] = [];
      const shared = await freshItem(c.state);
      for (const who of everyone.filter((key) => !c.allowed.includes(key))) {
        const before = await snapshot(shared);
        const res = await c.attempt(world.users[who], shared);
        if (res.status !== 403 && res.status !== 404) mismatches.push(`${who} was not refused (${res.status})`);
        const after = await snapshot(shared);
        if (JSON.stringify(after) !== JSON.stringify(before))
          mismatches.push(`${who}'s refused attempt changed ${JSON.stringify(before)} → ${JSON.stringify(after)}`);
      }
      for (const who of c.allowed) {
        const id = await freshItem(c.state);
        const before = await snapshot(id);
        const res = await c.attempt(world.users[who], id);
        if (res.status !== 200) {
          mismatches.push(`${who} was refused (${res.status}: ${res.body.error?.message})`);
          continue;
        }
        const after = await snapshot(id);
        if (c.after.deleted && after.exists) mismatches.push(`${who}'s delete left the item`);
        if (c.after.state && after.state !== c.after.state) mismatches.push(`${who} left the item ${after.state}, not ${c.after.state}`);
        if (c.after.state && after.history !== (before.history ?? 0) + 1)
          mismatches.push(`${who}'s action was not recorded in the history`);
        if (c.after.title && after.title !== c.after.title) mismatches.push(`${who}'s edit was not saved`);
      }
      expect(mismatches).toEqual([]);
    }
  );

  it('lets contributors create items only on their own site', async () => {
    const count = async () => (await world.superAdmin.list(ARTICLE)).body.pagination.total as number;
    for (const [who, allowed] of [
      ['contributor@A', true],
      ['editor@A', true],
      ['approver@A', true],
      ['site-admin@A', false],
      ['contributor@B', false],
      ['approver@city', false],
    ] as const) {
      const before = await count();
      const res = await world.users[who].create(ARTICLE, articleData(world.sites.A, { title: `Tin mới ${unique()}` }));
      expect([who, res.status]).toEqual([who, allowed ? 201 : 403]);
      expect(await count()).toBe(before + (allowed ? 1 : 0));
    }
  });
});
