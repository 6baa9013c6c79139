import { startCms, type TestCms } from './harness/cms';
import { articleData, unique } from './harness/fixtures';
import { ARTICLE, bringTo, type AdminApi } from './harness/workflow';
import { buildWorld, peopleOf, type People, type World } from './harness/workflow-world';

interface HomeEntry {
  documentId: string;
  reason: string | null;
  by: string | null;
}
type Home = Record<'waiting' | 'returned' | 'scheduled' | 'published', { items: HomeEntry[]; total: number }>;

/** The keys a home entry carries: the item, its site and state, and the workflow's when/who/why. */
const ENTRY_KEYS = ['at', 'by', 'documentId', 'label', 'reason', 'site', 'stateLabel', 'typeLabel', 'uid'];

describe('editors: refusals that say why, and the home page of each role', () => {
  let cms: TestCms;
  let world: World;
  let people: People;

  beforeAll(async () => {
    cms = await startCms();
    world = await buildWorld(cms);
    people = peopleOf(world);
  });
  afterAll(async () => cms?.close());

  const draft = async () =>
    (await people.author.create(ARTICLE, articleData(world.sites.A, { title: `Tin trang chủ ${unique()}` })).expect(201)).body.data
      .documentId as string;
  const home = async (user: AdminApi): Promise<Home> => (await user.get('/workflow/home').expect(200)).body.data as Home;
  const ids = (list: { items: HomeEntry[] }) => list.items.map((entry) => entry.documentId);
  const user = (key: string) => world.users[key];

  it('answers 403 naming the site and its staff when a ward editor opens another ward item', async () => {
    const id = await draft();
    const url = `/content-manager/collection-types/${ARTICLE}/${id}`;
    const read = await user('editor@B').get(url).expect(403);
    expect(read.body.error.message).toBe(
      `Bạn không có quyền xem mục này: mục thuộc trang "${world.sites.A.name}". Biên tập viên, lãnh đạo duyệt của trang đó xử lý mục này.`
    );
    const write = await user('editor@B').update(ARTICLE, id, { title: 'Sửa trộm' }).expect(403);
    expect(write.body.error.message).toContain('Bạn không có quyền sửa mục này');
    // Same ward, another contributor's piece: the role held there does not reach it.
    const neighbour = await user('other-contributor@A').get(url).expect(403);
    expect(neighbour.body.error.message).toContain('vai trò của bạn trên trang không bao gồm mục này');
    // Someone who works on no article anywhere (a site administrator) is not told whose it is.
    const stranger = await user('site-admin@B').get(url).expect(403);
    expect(JSON.stringify(stranger.body)).not.toContain(world.sites.A.name);
    // An id that does not exist is not confirmed or described.
    const missing = await user('editor@B').get(`/content-manager/collection-types/${ARTICLE}/nosuchdocument0000000000`);
    expect(missing.status).toBe(404);
    expect(JSON.stringify(missing.body)).not.toContain(world.sites.A.name);
  });

  it('names who may act when a workflow action or an edit is refused', async () => {
    const id = await draft();
    await bringTo(people, ARTICLE, id, 'edited');
    const approve = await people.author.act(ARTICLE, id, 'approve').expect(403);
    expect(approve.body.error.message).toContain('việc này do lãnh đạo duyệt của trang làm');
    const edit = await people.author.update(ARTICLE, id, { title: 'Sửa sau khi gửi' }).expect(403);
    expect(edit.body.error.message).toContain('lúc này chỉ biên tập viên, lãnh đạo duyệt của trang sửa được');
  });

  it('tells the edit view when the form is read-only for this user, as the workflow guard decides', async () => {
    const id = await draft();
    const readOnly = async (person: AdminApi) =>
      (await person.get(`/content-manager/collection-types/${ARTICLE}/${id}`).expect(200)).body.meta.readOnly as boolean;
    expect(await readOnly(people.author)).toBe(false);
    await people.author.act(ARTICLE, id, 'submit').expect(200);
    // Submitted: the author's fields lock; the site's editor and approver still edit.
    expect(await readOnly(people.author)).toBe(true);
    expect(await readOnly(people.editor)).toBe(false);
    expect(await readOnly(people.approver)).toBe(false);
    await people.editor.act(ARTICLE, id, 'return', { reason: 'Viết lại đoạn mở đầu.' }).expect(200);
    expect(await readOnly(people.author)).toBe(false);
    expect(await readOnly(people.editor)).toBe(true);
  });

  it('lists waiting items for the role that acts on them, on its own site only', async () => {
    const id = await draft();
    await bringTo(people, ARTICLE, id, 'submitted');
    expect(ids((await home(people.editor)).waiting)).toContain(id);
    expect(ids((await home(people.approver)).waiting)).not.toContain(id);
    for (const key of ['editor@B', 'approver@B', 'editor@city', 'contributor@A', 'site-admin@A']) {
      const mine = await home(user(key));
      expect([...ids(mine.waiting), ...ids(mine.scheduled), ...ids(mine.returned), ...ids(mine.published)]).not.toContain(id);
    }
    await people.editor.act(ARTICLE, id, 'forward').expect(200);
    expect(ids((await home(people.editor)).waiting)).not.toContain(id);
    expect(ids((await home(people.approver)).waiting)).toContain(id);
    expect(ids((await home(user('approver@B'))).waiting)).not.toContain(id);
  });

  it('shows the author their returned item with the reason and who returned it, and nobody else', async () => {
    const id = await draft();
    await people.author.act(ARTICLE, id, 'submit').expect(200);
    await people.editor.act(ARTICLE, id, 'return', { reason: 'Bổ sung ảnh và nguồn số liệu.' }).expect(200);
    const returned = (await home(people.author)).returned.items.find((entry) => entry.documentId === id);
    expect(returned).toMatchObject({ reason: 'Bổ sung ảnh và nguồn số liệu.', by: 'editor@A Thử' });
    for (const entry of (await home(people.author)).returned.items) expect(Object.keys(entry).sort()).toEqual(ENTRY_KEYS);
    for (const key of ['other-contributor@A', 'editor@A', 'approver@A', 'contributor@B']) {
      expect(ids((await home(user(key))).returned)).not.toContain(id);
    }
  });

  it('lists scheduled items for the site staff and the author, and what each published this month', async () => {
    const scheduled = await draft();
    await bringTo(people, ARTICLE, scheduled, 'scheduled');
    for (const person of [people.author, people.editor, people.approver]) expect(ids((await home(person)).scheduled)).toContain(scheduled);
    for (const key of ['other-contributor@A', 'editor@B', 'approver@city']) {
      expect(ids((await home(user(key))).scheduled)).not.toContain(scheduled);
    }
    const published = await draft();
    await bringTo(people, ARTICLE, published, 'published');
    const approverList = (await home(people.approver)).published;
    expect(ids(approverList)).toContain(published);
    expect(ids((await home(people.author)).published)).toContain(published);
    // The editor forwarded it but neither wrote nor published it.
    expect(ids((await home(people.editor)).published)).not.toContain(published);
    expect(ids((await home(user('approver@B'))).published)).not.toContain(published);
    for (const entry of approverList.items) expect(Object.keys(entry).sort()).toEqual(ENTRY_KEYS);
  });

  it('refuses the home data to anyone not signed in to the admin', async () => {
    await cms.http().get('/workflow/home').expect(401);
  });
});
