import fc from 'fast-check';
import type { SMTPServer } from 'smtp-server';
import { VIETNAMESE_HOLIDAYS } from '../src/calendar/holidays-vn';
import { addWorkingDays } from '../src/calendar/working-days';
import { startCms, type TestCms } from './harness/cms';
import { unique } from './harness/fixtures';
import { propertyRuns } from './harness/property';
import { freePort, SMTP_PASSWORD, SMTP_USER, startSmtp, stopSmtp, type Received } from './harness/smtp';
import { adminApi, createStaff, MEMBERSHIP, type AdminApi } from './harness/workflow';
import { buildWorld, type World } from './harness/workflow-world';

const QUESTION = 'api::question.question';
const MESSAGE = 'plugin::mail.message';
const HOLIDAY = 'api::public-holiday.public-holiday';
const DAY = 86_400_000;
const ACTIONS = ['assign', 'forward', 'answer-privately', 'reject'] as const;
type Action = (typeof ACTIONS)[number];

interface StoredQuestion {
  id: number;
  documentId: string;
  slug: string;
  handling: string;
  workflowState: string;
  answeredAt: string | null;
  postedAt: string | null;
  privateAnswer: string | null;
  rejectReason: string | null;
  site: { documentId: string } | null;
  unit: { documentId: string } | null;
  forwardedFrom: { documentId: string } | null;
}

interface StoredMessage {
  to: string;
  subject: string;
  text: string;
  kind: string;
}

const MAIL_ENV = ['SMTP_HOST', 'SMTP_PORT', 'SMTP_SECURE', 'SMTP_USER', 'SMTP_PASSWORD', 'SITE_ORIGIN', 'SITES_USE_DOMAINS'];
const saved = Object.fromEntries(MAIL_ENV.map((key) => [key, process.env[key]]));

const paragraph = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];

describe('participation: answering questions in the admin (staff routes, roles, mail, deadlines, report)', () => {
  let cms: TestCms;
  let world: World;
  let smtp: SMTPServer | undefined;
  const received: Received[] = [];
  const units: Record<'X' | 'Y' | 'Z' | 'W', string> = { X: '', Y: '', Z: '', W: '' };
  const unitNames: Record<'X' | 'Y' | 'Z' | 'W', string> = { X: '', Y: '', Z: '', W: '' };
  /** Every signed-in user by key (world's `<role>@<site>` and `answerer-<unit>`), plus the super admin. */
  const people: Record<string, AdminApi> = {};
  const emails: Record<string, string> = {};

  /** A citizen's question as the public route stores it: a draft, received, on a site. */
  const ask = async (siteKey: 'A' | 'B' | 'city', overrides: Record<string, unknown> = {}): Promise<string> => {
    const title = `Hỏi về thủ tục ${unique()}`;
    const created = await cms.strapi.documents(QUESTION).create({
      data: {
        title,
        slug: `hoi-ve-thu-tuc-${unique()}`,
        question: 'Xin hỏi thủ tục đăng ký thường trú cần những giấy tờ gì?',
        field: 'hanh-chinh-tu-phap',
        askerName: 'Nguyễn Văn Hỏi',
        email: `nguoi.hoi.${unique()}@example.vn`,
        phone: '0912345678',
        site: world.sites[siteKey].site,
        receivedAt: new Date().toISOString(),
        handling: 'received',
        trackingCode: `HD${unique()}`.slice(0, 20),
        ...overrides,
      } as never,
    });
    return created.documentId;
  };

  const stored = async (documentId: string): Promise<StoredQuestion> =>
    (await cms.strapi.db.query(QUESTION).findOne({
      where: { documentId, publishedAt: null },
      populate: { site: { select: ['documentId'] }, unit: { select: ['documentId'] }, forwardedFrom: { select: ['documentId'] } },
    })) as StoredQuestion;

  const mails = async (where: Record<string, unknown>): Promise<StoredMessage[]> =>
    (await cms.strapi.db.query(MESSAGE).findMany({ where, orderBy: { id: 'asc' } })) as StoredMessage[];

  const post = (who: string, documentId: string, action: string, body: unknown) =>
    who === 'nobody'
      ? cms
          .http()
          .post(`/workflow/questions/${documentId}/${action}`)
          .send(body as object)
      : people[who].post(`/workflow/questions/${documentId}/${action}`, body);

  const get = (who: string, url: string) => (who === 'nobody' ? cms.http().get(url) : people[who].get(url));

  const bodyFor = (action: Action): Record<string, unknown> => {
    switch (action) {
      case 'assign':
        return { unit: units.X };
      case 'forward':
        return { note: 'Thuộc thẩm quyền thành phố.' };
      case 'answer-privately':
        return { privateAnswer: 'Ông/bà vui lòng liên hệ bộ phận một cửa để được hướng dẫn cụ thể.' };
      case 'reject':
        return { reason: 'duplicate', note: 'Trùng câu hỏi đã trả lời.' };
    }
  };

  const assignedTo = async (unit: 'X' | 'Y', siteKey: 'A' | 'B' = 'A') => {
    const id = await ask(siteKey);
    const editor = siteKey === 'A' ? 'editor@A' : 'editor@B';
    const res = await post(editor, id, 'assign', { unit: units[unit] });
    if (res.status !== 200) throw new Error(`assign → ${res.status}: ${JSON.stringify(res.body.error)}`);
    return id;
  };

  beforeAll(async () => {
    const port = await freePort();
    Object.assign(process.env, {
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(port),
      SMTP_SECURE: 'false',
      SMTP_USER,
      SMTP_PASSWORD,
      SITE_ORIGIN: 'https://sites.portal.test',
      SITES_USE_DOMAINS: 'true',
    });
    smtp = await startSmtp(port, received);
    cms = await startCms();
    world = await buildWorld(cms);
    const { api } = world;
    // Ward A belongs to the city portal (forwarding goes up to it); ward B has no parent.
    await api
      .put(`/api/sites/${world.sites.A.site}`, { parent: world.sites.city.site, domain: `phuong-a-${unique()}.portal.test` })
      .expect(200);
    const unitOn = async (key: 'X' | 'Y' | 'Z' | 'W', site: 'A' | 'B' | 'city') => {
      unitNames[key] = `Phòng thử ${key} ${unique()}`;
      const res = await api.post('/api/units', { name: unitNames[key], site: world.sites[site].site, kind: 'department' }).expect(201);
      units[key] = res.body.data.documentId as string;
    };
    await unitOn('X', 'A');
    await unitOn('Y', 'A');
    await unitOn('Z', 'city');
    await unitOn('W', 'B');
    Object.assign(people, world.users, { super: world.superAdmin });
    for (const [key, site] of [
      ['X', 'A'],
      ['Y', 'A'],
      ['Z', 'city'],
      ['W', 'B'],
    ] as const) {
      const staff = await createStaff(cms, `Tra loi ${key}`, [{ site: world.sites[site].site, role: 'answerer', unit: units[key] }]);
      people[`answerer-${key}`] = adminApi(cms, staff.jwt);
      emails[`answerer-${key}`] = staff.email;
    }
  });

  afterAll(async () => {
    await stopSmtp(smtp);
    await cms?.close();
    for (const key of MAIL_ENV) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
  });

  describe('who may call each route (role × site)', () => {
    const callers = () => [...Object.keys(people), 'nobody'];
    const allowed: Record<Action, string[]> = {
      assign: ['editor@A', 'approver@A', 'super'],
      forward: ['editor@A', 'approver@A', 'super'],
      'answer-privately': ['approver@A', 'super'],
      reject: ['editor@A', 'approver@A', 'super'],
    };

    it.each(ACTIONS)('%s on a ward-A question: only the listed people, and a refusal changes nothing', async (action) => {
      const outcomes: Record<string, number> = {};
      for (const who of callers()) {
        const id = await ask('A');
        const before = await stored(id);
        const res = await post(who, id, action, bodyFor(action));
        outcomes[who] = res.status;
        if (res.status !== 200) {
          expect(typeof res.body.error?.message).toBe('string');
          const after = await stored(id);
          expect({ who, handling: after.handling, site: after.site?.documentId, unit: after.unit }).toEqual({
            who,
            handling: before.handling,
            site: before.site?.documentId,
            unit: null,
          });
        }
      }
      const expected = Object.fromEntries(
        callers().map((who) => [who, who === 'nobody' ? 401 : allowed[action].includes(who) ? 200 : 403])
      );
      expect(outcomes).toEqual(expected);
    });

    it('lists "waiting for me" for editors, approvers and answerers only', async () => {
      const outcomes: Record<string, number> = {};
      for (const who of callers()) outcomes[who] = (await get(who, '/workflow/questions/waiting')).status;
      const works = (who: string) => /^(editor|approver)@/.test(who) || who.startsWith('answerer-') || who === 'super';
      expect(outcomes).toEqual(Object.fromEntries(callers().map((who) => [who, who === 'nobody' ? 401 : works(who) ? 200 : 403])));
    });

    it("lists a site's units for assignment to its editors and approvers only", async () => {
      const outcomes: Record<string, number> = {};
      for (const who of callers()) outcomes[who] = (await get(who, `/workflow/questions/units?site=${world.sites.A.site}`)).status;
      const mayAssign = ['editor@A', 'approver@A', 'super'];
      expect(outcomes).toEqual(
        Object.fromEntries(callers().map((who) => [who, who === 'nobody' ? 401 : mayAssign.includes(who) ? 200 : 403]))
      );
      const listed = (await get('editor@A', `/workflow/questions/units?site=${world.sites.A.site}`)).body.data as Array<{
        documentId: string;
      }>;
      expect(listed.map((unit) => unit.documentId).sort()).toEqual([units.X, units.Y].sort());
    });
  });

  describe('a unit’s answerer on the content manager (need-to-know)', () => {
    const cmUrl = (id: string) => `/content-manager/collection-types/${QUESTION}/${id}`;

    it('reads the questions assigned to their unit without the asker’s contact details, and nothing else', async () => {
      const mine = await assignedTo('X');
      const theirs = await assignedTo('Y');
      const unassigned = await ask('A');
      const read = await people['answerer-X'].get(cmUrl(mine)).expect(200);
      expect(read.body.data).toMatchObject({ askerName: 'Nguyễn Văn Hỏi' });
      for (const field of ['email', 'phone', 'trackingCode', 'fingerprint', 'privateAnswer'])
        expect(read.body.data).not.toHaveProperty(field);
      await people['answerer-X'].get(cmUrl(theirs)).expect(403);
      await people['answerer-X'].get(cmUrl(unassigned)).expect(403);
      await people['answerer-W'].get(cmUrl(mine)).expect(403);
      await people['contributor@A'].get(cmUrl(mine)).expect(403);
      const listed = (await people['answerer-X'].list(QUESTION).expect(200)).body.results as Array<{ documentId: string }>;
      expect(listed.map((row) => row.documentId)).toContain(mine);
      expect(listed.map((row) => row.documentId)).not.toContain(theirs);
      expect(listed.map((row) => row.documentId)).not.toContain(unassigned);
      const contributorList = await people['contributor@A'].list(QUESTION);
      expect(contributorList.status).toBe(403);
      // The site's editors handle contact: they read it.
      expect((await people['editor@A'].get(cmUrl(mine)).expect(200)).body.data.email).toMatch(/@example\.vn$/);
    });

    it('cannot find a question by its asker’s e-mail, by filter or by search', async () => {
      const mine = await assignedTo('X');
      const { email, title } = (await cms.strapi.db
        .query(QUESTION)
        .findOne({ where: { documentId: mine }, select: ['email', 'title'] })) as {
        email: string;
        title: string;
      };
      for (const who of ['answerer-X', 'editor@A']) {
        const filtered = await people[who].list(QUESTION, `&filters[email][$eq]=${encodeURIComponent(email)}`);
        expect(filtered.status).toBe(400);
        const sorted = await people[who].list(QUESTION, `&sort=phone:asc`);
        expect(sorted.status).toBe(400);
        const searched = await people[who].list(QUESTION, `&_q=${encodeURIComponent(email)}`).expect(200);
        expect(searched.body.results).toHaveLength(0);
      }
      const byTitle = await people['answerer-X'].list(QUESTION, `&_q=${encodeURIComponent(title)}`).expect(200);
      expect((byTitle.body.results as Array<{ documentId: string }>).map((row) => row.documentId)).toEqual([mine]);
    });

    it('writes the answer and nothing else, submits it, and cannot act on another unit’s question', async () => {
      const mine = await assignedTo('X');
      const before = (await cms.strapi.db.query(QUESTION).findOne({ where: { documentId: mine, publishedAt: null } })) as Record<
        string,
        unknown
      >;
      await people['answerer-X']
        .update(QUESTION, mine, {
          answer: paragraph('Hồ sơ gồm tờ khai và giấy tờ chứng minh chỗ ở hợp pháp.'),
          title: 'Tiêu đề bị sửa',
          askerName: 'Người khác',
        })
        .expect(200);
      const after = (await cms.strapi.db.query(QUESTION).findOne({ where: { documentId: mine, publishedAt: null } })) as Record<
        string,
        unknown
      >;
      expect(after.title).toBe(before.title);
      expect(after.askerName).toBe(before.askerName);
      expect(JSON.stringify(after.answer)).toContain('chỗ ở hợp pháp');
      await people['answerer-Y'].update(QUESTION, mine, { answer: paragraph('Trả lời của đơn vị khác.') }).expect(403);
      await people['answerer-Y'].act(QUESTION, mine, 'submit').expect(403);
      await people['answerer-X'].act(QUESTION, mine, 'submit').expect(200);
      expect((await stored(mine)).workflowState).toBe('submitted');
      // Submitted, it is the editors' now: the answerer no longer edits it.
      await people['answerer-X'].update(QUESTION, mine, { answer: paragraph('Sửa sau khi gửi.') }).expect(403);
      await people['answerer-X'].act(QUESTION, mine, 'forward').expect(403);
    });

    it('gives staff no way to create a question in the admin, and contributors nothing at all', async () => {
      const data = {
        title: 'Câu hỏi do cán bộ tự tạo',
        question: 'Nội dung câu hỏi tự tạo.',
        askerName: 'Ai đó',
        receivedAt: new Date().toISOString(),
        site: world.sites.A.site,
      };
      for (const who of ['contributor@A', 'editor@A', 'approver@A', 'answerer-X']) {
        const res = await people[who].create(QUESTION, data);
        expect({ who, status: res.status }).toEqual({ who, status: 403 });
      }
      const id = await ask('A');
      await people['contributor@A'].act(QUESTION, id, 'submit').expect(403);
      await people['editor@A'].remove(QUESTION, id).expect(403);
    });

    it('keeps answerers to one unit of the membership’s site', async () => {
      const admin = adminApi(cms, await cms.adminJwt());
      const user = (await admin.get('/admin/users?pageSize=100').expect(200)).body.data.results[0] as { id: number };
      const site = world.sites.A.site;
      const refused = async (data: Record<string, unknown>, message: RegExp) => {
        const res = await admin.create(MEMBERSHIP, { user: user.id, site, ...data });
        expect(res.status).toBe(400);
        expect(res.body.error.message).toMatch(message);
      };
      await refused({ role: 'answerer' }, /chọn đơn vị/);
      await refused({ role: 'answerer', unit: units.W }, /không thuộc trang/);
      await refused({ role: 'editor', unit: units.X }, /bỏ chọn đơn vị/);
    });
  });

  describe('the staff actions', () => {
    it('assigns to a unit of the site and mails that unit’s answerers only', async () => {
      const id = await ask('A');
      const res = await post('editor@A', id, 'assign', { unit: units.X }).expect(200);
      expect(res.body.data).toMatchObject({ handling: 'assigned', handlingLabel: 'Đã giao đơn vị trả lời' });
      const question = await stored(id);
      expect(question).toMatchObject({ handling: 'assigned', unit: { documentId: units.X } });
      const title = ((await cms.strapi.db.query(QUESTION).findOne({ where: { documentId: id }, select: ['title'] })) as { title: string })
        .title;
      const sent = (await mails({ kind: 'question-assigned' })).filter((mail) => mail.text.includes(title));
      expect(sent.map((mail) => mail.to)).toEqual([emails['answerer-X']]);
      expect(sent[0].subject).toContain('Câu hỏi mới giao đơn vị trả lời');
      expect(sent[0].text).toContain(unitNames.X);
      // Staff mail names the question, never the asker's contact details.
      expect(sent[0].text).not.toMatch(/example\.vn|0912345678/);
      // Delivered through the real SMTP server.
      await (cms.strapi.plugin('mail').service('outbox') as unknown as { drain(): Promise<number> }).drain();
      expect(received.some((mail) => mail.envelope.to.includes(emails['answerer-X']) && String(mail.mail.text).includes(title))).toBe(true);
      // Reassigning to another unit of the site is allowed; the same unit again, another site's unit or a closed question is not.
      await post('editor@A', id, 'assign', { unit: units.X }).expect(400);
      const foreign = await post('editor@A', id, 'assign', { unit: units.W }).expect(400);
      expect(foreign.body.error.message).toMatch(/không thuộc trang/);
      await post('approver@A', id, 'assign', { unit: units.Y }).expect(200);
      expect((await stored(id)).unit?.documentId).toBe(units.Y);
    });

    it('refuses bodies outside the declared shapes with a Vietnamese message, changing nothing', async () => {
      const id = await ask('A');
      const cases: Array<[Action, unknown, string]> = [
        ['assign', {}, 'unit'],
        ['assign', { unit: units.X, extra: 1 }, 'extra'],
        ['assign', { unit: 42 }, 'unit'],
        ['reject', { reason: 'boring' }, 'reason'],
        ['reject', {}, 'reason'],
        ['answer-privately', { privateAnswer: 'ngắn' }, 'privateAnswer'],
        ['answer-privately', { privateAnswer: 'x'.repeat(10_001) }, 'privateAnswer'],
        ['forward', { note: 'x'.repeat(2001) }, 'note'],
        ['forward', [], ''],
      ];
      for (const [action, body, path] of cases) {
        const res = await post('approver@A', id, action, body);
        expect({ action, body: JSON.stringify(body).slice(0, 40), status: res.status }).toEqual({
          action,
          body: JSON.stringify(body).slice(0, 40),
          status: 400,
        });
        expect(res.body.error.message).toMatch(/[ạảãáàâầấậẩẫăằắặẳẵđêềếệểễôồốộổỗơờớợởỡưừứựửữ]/);
        if (path) expect(res.body.error.details.errors.map((e: { path: string[] }) => e.path.join('.'))).toContain(path);
      }
      expect(await stored(id)).toMatchObject({ handling: 'received', unit: null, privateAnswer: null, rejectReason: null });
    });

    it('refuses generated hostile bodies on every action, changing nothing', async () => {
      const id = await ask('A');
      const declared = ['unit', 'reason', 'note', 'privateAnswer'];
      // Every body here is outside every action's shape: a declared key holding no string, an
      // undeclared key (the question's own fields among them), or no object at all.
      const notText = fc.oneof(
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.array(fc.string(), { maxLength: 2 }),
        fc.object({ maxDepth: 1 })
      );
      const body = fc.oneof(
        fc.dictionary(fc.constantFrom(...declared), notText, { minKeys: 1 }),
        fc
          .tuple(
            fc
              .oneof(fc.constantFrom('site', 'handling', 'unit ', '__proto__', 'constructor', 'email'), fc.string({ minLength: 1 }))
              .filter((key) => !declared.includes(key)),
            fc.anything({ maxDepth: 1 }),
            fc.constantFrom({}, { unit: 'x' }, { reason: 'spam' }, { privateAnswer: 'Một câu trả lời đủ dài.' }, { note: 'ghi chú' })
          )
          .map(([key, value, valid]) => JSON.parse(JSON.stringify({ ...valid, [key]: value ?? 0 })) as unknown),
        fc.array(fc.anything({ maxDepth: 1 }), { maxLength: 3 })
      );
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...ACTIONS), body, async (action, input) => {
          const res = await post('approver@A', id, action, input);
          // Only a body of the declared shape may pass; anything else is a 400 that stores nothing.
          if (res.status === 200) throw new Error(`accepted ${action} ${JSON.stringify(input)}`);
          expect(res.status).toBe(400);
        }),
        propertyRuns(40, 'question actions')
      );
      expect(await stored(id)).toMatchObject({ handling: 'received', unit: null, privateAnswer: null, rejectReason: null });
    });

    it('forwards a ward’s question to the city portal and the city sends it back, keeping where it came from', async () => {
      const id = await ask('A');
      await post('editor@A', id, 'assign', { unit: units.X }).expect(200);
      await post('editor@A', id, 'forward', { note: 'Thuộc thẩm quyền thành phố.' }).expect(200);
      let question = await stored(id);
      expect(question).toMatchObject({
        handling: 'received',
        unit: null,
        site: { documentId: world.sites.city.site },
        forwardedFrom: { documentId: world.sites.A.site },
      });
      // Ward A's staff and answerers no longer see it; the city's do.
      await people['editor@A'].item(QUESTION, id).expect(403);
      await people['answerer-X'].get(`/content-manager/collection-types/${QUESTION}/${id}`).expect(403);
      await people['editor@city'].item(QUESTION, id).expect(200);
      await post('editor@A', id, 'forward', {}).expect(403);
      await post('editor@city', id, 'assign', { unit: units.Z }).expect(200);
      await post('editor@city', id, 'forward', {}).expect(200);
      question = await stored(id);
      expect(question).toMatchObject({
        site: { documentId: world.sites.A.site },
        forwardedFrom: { documentId: world.sites.A.site },
        unit: null,
      });
      const history = (await people['editor@A'].item(QUESTION, id).expect(200)).body.data.history as Array<{
        action: string;
        actionLabel: string;
      }>;
      expect(history.map((entry) => entry.action)).toEqual(['assign-unit', 'forward-to-site', 'assign-unit', 'forward-to-site']);
      expect(history[1].actionLabel).toBe('Chuyển trang xử lý');
      // A ward with no city above it, and a city question no ward sent, go nowhere.
      const lonely = await ask('B');
      expect((await post('editor@B', lonely, 'forward', {}).expect(403)).body.error.message).toMatch(/không có Cổng TTĐT thành phố/);
      const cityOwn = await ask('city');
      expect((await post('editor@city', cityOwn, 'forward', {}).expect(403)).body.error.message).toMatch(/phường, xã đã chuyển lên/);
    });

    it('answers privately by mail (approvers only), never publishing it', async () => {
      const id = await ask('A');
      await post('editor@A', id, 'answer-privately', bodyFor('answer-privately')).expect(403);
      await post('approver@A', id, 'answer-privately', {
        privateAnswer: 'Ông/bà vui lòng mang CCCD đến bộ phận một cửa vào giờ hành chính.',
      }).expect(200);
      const question = await stored(id);
      expect(question).toMatchObject({ handling: 'answered-privately', privateAnswer: expect.stringContaining('bộ phận một cửa') });
      expect(question.answeredAt).not.toBeNull();
      const email = ((await cms.strapi.db.query(QUESTION).findOne({ where: { documentId: id }, select: ['email'] })) as { email: string })
        .email;
      const sent = await mails({ to: email });
      expect(sent).toHaveLength(1);
      expect(sent[0]).toMatchObject({ kind: 'question-answered-privately' });
      expect(sent[0].text).toContain('bộ phận một cửa');
      expect(sent[0].text).toContain('Kính gửi ông/bà Nguyễn Văn Hỏi');
      // Closed: no second private answer, no rejection, no public approval.
      await post('approver@A', id, 'answer-privately', bodyFor('answer-privately')).expect(400);
      await post('approver@A', id, 'reject', bodyFor('reject')).expect(400);
      expect(await cms.strapi.db.query(QUESTION).count({ where: { documentId: id, publishedAt: { $notNull: true } } })).toBe(0);
      // Without an e-mail there is nobody to mail.
      const noEmail = await ask('A', { email: null });
      expect((await post('approver@A', noEmail, 'answer-privately', bodyFor('answer-privately')).expect(403)).body.error.message).toMatch(
        /không để lại địa chỉ thư/
      );
    });

    it('rejects with a reason, and a rejected question cannot be answered or approved', async () => {
      const id = await assignedTo('X');
      await post('editor@A', id, 'reject', { reason: 'off-topic', note: 'Không phải câu hỏi.' }).expect(200);
      expect(await stored(id)).toMatchObject({ handling: 'rejected', rejectReason: 'off-topic' });
      await people['answerer-X'].update(QUESTION, id, { answer: paragraph('Trả lời câu đã từ chối.') }).expect(403);
      await people['answerer-X'].act(QUESTION, id, 'submit').expect(403);
      await post('editor@A', id, 'assign', { unit: units.X }).expect(400);
      await people['editor@A'].update(QUESTION, id, { answer: paragraph('Trả lời.') }).expect(200);
      await people['editor@A'].act(QUESTION, id, 'submit').expect(200);
      await people['editor@A'].act(QUESTION, id, 'forward').expect(200);
      const approval = await people['approver@A'].act(QUESTION, id, 'approve').expect(400);
      expect(approval.body.error.message).toMatch(/từ chối/);
    });
  });

  describe('approval of an answer', () => {
    it('publishes through submit → forward → approve, sets answeredAt and postedAt, and mails the asker the page’s link', async () => {
      const id = await assignedTo('X');
      await people['answerer-X']
        .update(QUESTION, id, { answer: paragraph('Ông/bà chuẩn bị tờ khai thay đổi thông tin cư trú.') })
        .expect(200);
      await people['answerer-X'].act(QUESTION, id, 'submit').expect(200);
      // Not public before approval, whatever the content manager's buttons say.
      await people['approver@A'].publish(QUESTION, id).expect(403);
      await people['editor@A'].act(QUESTION, id, 'forward').expect(200);
      await people['editor@A'].act(QUESTION, id, 'approve').expect(403);
      await people['approver@A'].act(QUESTION, id, 'approve').expect(200);
      const published = (await cms.strapi.db.query(QUESTION).findOne({ where: { documentId: id, publishedAt: { $notNull: true } } })) as {
        handling: string;
        answeredAt: string | null;
        postedAt: string | null;
        slug: string;
        email: string;
      };
      expect(published).toMatchObject({ handling: 'answered' });
      expect(published.answeredAt).not.toBeNull();
      expect(published.postedAt).not.toBeNull();
      const sent = await mails({ to: published.email });
      expect(sent.map((mail) => mail.kind)).toEqual(['question-answered']);
      const site = (await cms.strapi.db
        .query('api::site.site')
        .findOne({ where: { documentId: world.sites.A.site }, select: ['domain'] })) as { domain: string };
      expect(sent[0].text).toContain(`https://${site.domain}/hoi-dap/${published.slug}/`);
      expect(sent[0].subject).toContain('đã được trả lời');
      // A corrected answer is republished without a second mail, and keeps its first answer time.
      const firstAnsweredAt = published.answeredAt;
      await people['editor@A'].update(QUESTION, id, { answer: paragraph('Ông/bà chuẩn bị tờ khai, bản sao giấy tờ nhà.') }).expect(200);
      await people['approver@A'].act(QUESTION, id, 'approve').expect(200);
      expect(await mails({ to: published.email })).toHaveLength(1);
      expect((await stored(id)).answeredAt).toBe(firstAnsweredAt);
      // Closed now: no staff action changes its handling.
      for (const action of ACTIONS) await post('super', id, action, bodyFor(action)).expect(400);
    });

    it('refuses to approve a question without an answer, publishing nothing', async () => {
      const id = await assignedTo('X');
      await people['editor@A'].act(QUESTION, id, 'submit').expect(200);
      await people['editor@A'].act(QUESTION, id, 'forward').expect(200);
      const res = await people['approver@A'].act(QUESTION, id, 'approve').expect(400);
      expect(res.body.error.details.errors.map((e: { path: string[] }) => e.path.join('.'))).toEqual(['answer']);
      expect(await cms.strapi.db.query(QUESTION).count({ where: { documentId: id, publishedAt: { $notNull: true } } })).toBe(0);
      expect((await stored(id)).handling).toBe('assigned');
    });
  });

  describe('waiting lists and deadlines', () => {
    interface Entry {
      documentId: string;
      dueDate: string;
      overdue: boolean;
      actions: string[];
    }
    const listOf = async (who: string, key: string): Promise<Entry[]> => {
      const lists = (await get(who, '/workflow/questions/waiting').expect(200)).body.data.lists as Array<{ key: string; entries: Entry[] }>;
      return lists.find((list) => list.key === key)?.entries ?? [];
    };

    it('shows each role what waits for it, overdue first', async () => {
      const fresh = await ask('A');
      const old = await ask('A', { receivedAt: new Date(Date.now() - 60 * DAY).toISOString() });
      const toAssign = await listOf('editor@A', 'to-assign');
      const ids = toAssign.map((entry) => entry.documentId);
      expect(ids.indexOf(old)).toBeLessThan(ids.indexOf(fresh));
      expect(toAssign.find((entry) => entry.documentId === old)?.overdue).toBe(true);
      expect(toAssign.find((entry) => entry.documentId === fresh)?.overdue).toBe(false);
      expect(toAssign.find((entry) => entry.documentId === fresh)?.actions).toEqual(['assign', 'forward', 'reject']);
      expect((await listOf('approver@A', 'to-assign')).find((entry) => entry.documentId === fresh)?.actions).toEqual([
        'assign',
        'forward',
        'answer-privately',
        'reject',
      ]);
      expect((await listOf('editor@B', 'to-assign')).map((entry) => entry.documentId)).not.toContain(fresh);
      const mine = await assignedTo('X');
      expect((await listOf('answerer-X', 'to-answer')).map((entry) => entry.documentId)).toContain(mine);
      expect((await listOf('answerer-Y', 'to-answer')).map((entry) => entry.documentId)).not.toContain(mine);
      expect((await listOf('answerer-X', 'to-answer')).every((entry) => entry.actions.length === 0)).toBe(true);
      await people['answerer-X'].update(QUESTION, mine, { answer: paragraph('Trả lời thử.') }).expect(200);
      await people['answerer-X'].act(QUESTION, mine, 'submit').expect(200);
      expect((await listOf('editor@A', 'to-edit')).map((entry) => entry.documentId)).toContain(mine);
      await people['editor@A'].act(QUESTION, mine, 'forward').expect(200);
      expect((await listOf('approver@A', 'to-approve')).map((entry) => entry.documentId)).toContain(mine);
      expect((await listOf('answerer-X', 'to-answer')).map((entry) => entry.documentId)).not.toContain(mine);
    });

    it('counts the deadline in working days across Tết, and a holiday keeps a question in time', async () => {
      await cms.strapi.db
        .query('api::site.site')
        .update({ where: { documentId: world.sites.B.site }, data: { questionDueWorkingDays: 3 } });
      const receivedAt = '2026-02-13T03:00:00.000Z'; // the Friday before Tết 2026
      const beforeTet = await ask('B', { receivedAt });
      const entry = (await listOf('editor@B', 'to-assign')).find((row) => row.documentId === beforeTet);
      const withHolidays = addWorkingDays(new Date(receivedAt), 3, VIETNAMESE_HOLIDAYS).toISODate();
      expect(entry?.dueDate).toBe(withHolidays);
      expect(entry?.dueDate).not.toBe(addWorkingDays(new Date(receivedAt), 3, []).toISODate());
      expect(entry?.overdue).toBe(true);

      // Received five days ago with two working days to answer: overdue, unless those days were all off.
      const now = Date.now();
      await cms.strapi.db
        .query('api::site.site')
        .update({ where: { documentId: world.sites.B.site }, data: { questionDueWorkingDays: 2 } });
      const recent = await ask('B', { receivedAt: new Date(now - 5 * DAY).toISOString() });
      expect((await listOf('editor@B', 'to-assign')).find((row) => row.documentId === recent)?.overdue).toBe(true);
      const added: string[] = [];
      for (let day = -4; day <= 1; day += 1) {
        const date = addWorkingDays(new Date(now + day * DAY), 0, []).toISODate() as string;
        const exists = await cms.strapi.db.query(HOLIDAY).count({ where: { date } });
        if (exists > 0) continue;
        const created = await cms.strapi
          .documents(HOLIDAY)
          .create({ data: { date, name: 'Ngày nghỉ thử', kind: 'holiday', confirmed: true, source: 'test' } as never });
        added.push(created.documentId);
      }
      try {
        expect((await listOf('editor@B', 'to-assign')).find((row) => row.documentId === recent)?.overdue).toBe(false);
      } finally {
        for (const documentId of added) await cms.strapi.documents(HOLIDAY).delete({ documentId });
      }
    });
  });

  describe('the report (Báo cáo)', () => {
    interface ReportRow {
      month: string;
      site: string;
      unit: string;
      received: number;
      answered: number;
      overdue: number;
      rejected: number;
      medianWorkingDays: number | null;
    }

    it('counts per site, unit and month what the stored questions say, for the sites one may see', async () => {
      const year = Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(new Date()));
      const report = (await people['editor@A'].get(`/reports/questions?site=${world.sites.A.site}&year=${year}`).expect(200)).body.data as {
        rows: ReportRow[];
        total: Omit<ReportRow, 'month' | 'site' | 'unit'>;
      };
      const rows = (await cms.strapi.db.query(QUESTION).findMany({
        where: {
          publishedAt: null,
          site: { documentId: world.sites.A.site },
          receivedAt: { $gte: new Date(`${year - 1}-12-31T17:00:00.000Z`), $lt: new Date(`${year}-12-31T17:00:00.000Z`) },
        },
        select: ['handling'],
        populate: { unit: { select: ['name'] } },
      })) as Array<{ handling: string; unit: { name: string } | null }>;
      expect(rows.length).toBeGreaterThan(5);
      expect(report.total.received).toBe(rows.length);
      expect(report.rows.reduce((sum, row) => sum + row.received, 0)).toBe(rows.length);
      const answered = rows.filter((row) => row.handling === 'answered' || row.handling === 'answered-privately').length;
      expect(report.total.answered).toBe(answered);
      expect(report.rows.reduce((sum, row) => sum + row.answered, 0)).toBe(answered);
      expect(report.total.rejected).toBe(rows.filter((row) => row.handling === 'rejected').length);
      const byUnit = (name: string) => rows.filter((row) => (row.unit?.name ?? 'Chưa giao đơn vị') === name).length;
      for (const name of [unitNames.X, unitNames.Y, 'Chưa giao đơn vị']) {
        expect({ name, count: report.rows.filter((row) => row.unit === name).reduce((sum, row) => sum + row.received, 0) }).toEqual({
          name,
          count: byUnit(name),
        });
      }
      // Answered the same day: 0 working days, so the median is a number, not null.
      expect(report.total.medianWorkingDays).toBe(0);
      expect(report.rows.reduce((sum, row) => sum + row.overdue, 0)).toBe(report.total.overdue);

      // The question received before Tết 2026 and never answered is overdue in its month.
      const ward = (await people['editor@B'].get(`/reports/questions?site=${world.sites.B.site}&year=2026`).expect(200)).body.data as {
        rows: ReportRow[];
      };
      expect(ward.rows.find((row) => row.month === '2026-02')?.overdue).toBe(1);
      await people['editor@B'].get(`/reports/questions?site=${world.sites.A.site}&year=${year}`).expect(403);
      await people['answerer-X'].get(`/reports/questions?site=${world.sites.A.site}&year=${year}`).expect(403);
      await people['contributor@A'].get(`/reports/questions?year=${year}`).expect(403);
      await cms.http().get(`/reports/questions?year=${year}`).expect(401);

      const file = await people['editor@A']
        .get(`/reports/exports/questions?format=xlsx&site=${world.sites.A.site}&year=${year}`)
        .buffer(true)
        .parse((res, callback) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => callback(null, Buffer.concat(chunks)));
        })
        .expect(200);
      expect(file.headers['content-type']).toContain('spreadsheetml');
      expect(file.headers['content-disposition']).toContain(`hoi-dap-${year}.xlsx`);
      const csv = await people['editor@A'].get(`/reports/exports/questions?format=csv&site=${world.sites.A.site}&year=${year}`).expect(200);
      expect(csv.text).toContain('Đơn vị trả lời');
      expect(csv.text).toContain(unitNames.X);
      expect(csv.text).not.toMatch(/example\.vn|0912345678/);
    });
  });
});
