import type { SMTPServer } from 'smtp-server';
import { startCms, type TestCms } from './harness/cms';
import { contentApi, makeSite, unique } from './harness/fixtures';
import { addresses, freePort, SMTP_PASSWORD, SMTP_USER, startSmtp, stopSmtp, type Received } from './harness/smtp';
import { adminApi, createStaff, type AdminApi } from './harness/workflow';

const MESSAGE = 'plugin::mail.message';
const FROM = 'Cổng thông tin thử <no-reply@portal.test>';
const REPLY_TO = 'tiep-dan@portal.test';

interface Outbox {
  enqueue(message: {
    to: string;
    subject: string;
    text: string;
    html?: string;
    kind: string;
    site?: string;
  }): Promise<{ id: number; status: string }>;
  drain(name?: string): Promise<number>;
}
interface Stored {
  id: number;
  to: string;
  status: string;
  attempts: number;
  lastError: string | null;
  sentAt: string | null;
}
const MAIL_ENV = [
  'SMTP_HOST',
  'SMTP_PORT',
  'SMTP_SECURE',
  'SMTP_USER',
  'SMTP_PASSWORD',
  'MAIL_FROM',
  'MAIL_REPLY_TO',
  'MAIL_MAX_ATTEMPTS',
  'MAIL_SENDER',
  'MAIL_POLL_MS',
];
const saved = Object.fromEntries(MAIL_ENV.map((key) => [key, process.env[key]]));
const restoreEnv = () => {
  for (const key of MAIL_ENV) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
};

describe('participation mail: with an SMTP server', () => {
  let cms: TestCms;
  let outbox: Outbox;
  let port: number;
  let smtp: SMTPServer | undefined;
  const received: Received[] = [];

  beforeAll(async () => {
    port = await freePort();
    Object.assign(process.env, {
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(port),
      SMTP_SECURE: 'false',
      SMTP_USER,
      SMTP_PASSWORD,
      MAIL_FROM: FROM,
      MAIL_REPLY_TO: REPLY_TO,
    });
    cms = await startCms();
    outbox = cms.strapi.plugin('mail').service('outbox') as unknown as Outbox;
  });
  afterAll(async () => {
    await stopSmtp(smtp);
    await cms?.close();
    restoreEnv();
  });
  beforeEach(async () => {
    received.length = 0;
    smtp = await startSmtp(port, received);
  });
  afterEach(async () => {
    await stopSmtp(smtp);
    smtp = undefined;
    delete process.env.MAIL_MAX_ATTEMPTS;
  });

  const stored = async (id: number) => (await cms.strapi.db.query(MESSAGE).findOne({ where: { id } })) as Stored;
  /** The retry's back-off has passed. */
  const timePasses = () =>
    cms.strapi.db.query(MESSAGE).updateMany({ where: { status: 'queued' }, data: { nextAttemptAt: new Date(Date.now() - 1000) } });

  it('mail: an enqueued message reaches the SMTP server once, with its headers and Vietnamese subject and body intact', async () => {
    const to = `nguoi.hoi.${unique()}@example.vn`;
    const subject = 'Câu hỏi của bạn đã được trả lời — Phường Thắng Nhất';
    const text =
      'Kính gửi ông/bà Nguyễn Thị Hương,\n\nCâu hỏi “Thủ tục đăng ký khai sinh” đã được trả lời: https://vungtau.test/hoi-dap/abc/\n\nTrân trọng.';
    const html = '<p>Kính gửi ông/bà <strong>Nguyễn Thị Hương</strong>,</p><p>Câu hỏi đã được trả lời.</p>';
    const { id, status } = await outbox.enqueue({ to, subject, text, html, kind: 'question-answered' });
    expect(status).toBe('queued');

    expect(await outbox.drain()).toBe(1);
    expect(received).toHaveLength(1);
    const [{ envelope, mail }] = received;
    expect(envelope.to).toEqual([to]);
    expect(envelope.from).toBe('no-reply@portal.test');
    expect(addresses(mail.to)).toEqual([to]);
    expect(mail.from?.value[0]).toEqual({ address: 'no-reply@portal.test', name: 'Cổng thông tin thử' });
    expect(addresses(mail.replyTo)).toEqual([REPLY_TO]);
    expect(mail.subject).toBe(subject);
    expect(mail.text?.trim()).toBe(text);
    expect(mail.html).toContain('<strong>Nguyễn Thị Hương</strong>');

    const row = await stored(id);
    expect(row).toMatchObject({ status: 'sent', attempts: 1, lastError: null });
    expect(row.sentAt).not.toBeNull();
    expect(await outbox.drain()).toBe(0);
    expect(received).toHaveLength(1);
  });

  it('mail: with the SMTP server down the message stays queued and is retried, then sent when it is back', async () => {
    await stopSmtp(smtp);
    smtp = undefined;
    const { id } = await outbox.enqueue({
      to: `can.bo.${unique()}@portal.test`,
      subject: 'Có câu hỏi mới giao cho đơn vị',
      text: 'Nội dung.',
      kind: 'question-assigned',
    });

    expect(await outbox.drain()).toBe(1);
    let row = await stored(id);
    expect(row.status).toBe('queued');
    expect(row.attempts).toBe(1);
    expect(row.lastError).toMatch(/ECONNREFUSED|connect/i);
    // The back-off has not passed: nothing is tried.
    expect(await outbox.drain()).toBe(0);

    await timePasses();
    expect(await outbox.drain()).toBe(1);
    expect((await stored(id)).attempts).toBe(2);

    smtp = await startSmtp(port, received);
    await timePasses();
    expect(await outbox.drain()).toBe(1);
    row = await stored(id);
    expect(row).toMatchObject({ status: 'sent', attempts: 3, lastError: null });
    expect(received.map((r) => r.mail.subject)).toEqual(['Có câu hỏi mới giao cho đơn vị']);
  });

  it('mail: after the last attempt a message stays failed with its error, its address never in the logs, until it is sent again', async () => {
    process.env.MAIL_MAX_ATTEMPTS = '2';
    const to = `khong.ton.tai.${unique()}@example.vn`;
    await stopSmtp(smtp);
    smtp = await startSmtp(port, received, to);
    const logged: string[] = [];
    const spies = (['info', 'warn', 'error'] as const).map((level) =>
      jest.spyOn(cms.strapi.log, level).mockImplementation(((message: unknown) => {
        logged.push(String(message));
        return cms.strapi.log;
      }) as never)
    );
    try {
      const { id } = await outbox.enqueue({ to, subject: 'Trả lời câu hỏi', text: 'Nội dung trả lời.', kind: 'question-answered' });
      await outbox.drain();
      await timePasses();
      await outbox.drain();
      const row = await stored(id);
      expect(row.status).toBe('failed');
      expect(row.attempts).toBe(2);
      // Operators read the server's answer in the outbox; the logs say which message, not whose.
      expect(row.lastError).toContain(to);
      expect(logged.some((line) => line.includes(`Mail #${id} (question-answered) not sent`))).toBe(true);
      expect(logged.join('\n')).not.toContain(to);
      expect(logged.join('\n')).not.toMatch(/@example\.vn/);
      await timePasses();
      expect(await outbox.drain()).toBe(0);

      // The address is fixed at the server; "Gửi lại" sends it.
      await stopSmtp(smtp);
      smtp = await startSmtp(port, received);
      const superAdmin = adminApi(cms, await cms.adminJwt());
      const resent = await superAdmin.post(`/mail/messages/${id}/resend`).expect(200);
      expect(resent.body.data).toMatchObject({ id, status: 'queued', attempts: 0 });
      await superAdmin.post(`/mail/messages/${id}/resend`).expect(400);
      expect(await outbox.drain()).toBe(1);
      expect((await stored(id)).status).toBe('sent');
      expect(received.map((r) => r.envelope.to)).toEqual([[to]]);
      expect(logged.join('\n')).not.toContain(to);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });

  it('mail: a write that rolls back leaves no message, one that commits keeps it', async () => {
    const to = `rollback.${unique()}@example.vn`;
    await expect(
      cms.strapi.db.transaction(async () => {
        await outbox.enqueue({ to, subject: 'Không được gửi', text: 'x', kind: 'question-answered' });
        throw new Error('the caller’s write failed');
      })
    ).rejects.toThrow('the caller’s write failed');
    expect(await cms.strapi.db.query(MESSAGE).count({ where: { to } })).toBe(0);

    await cms.strapi.db.transaction(async () => {
      await outbox.enqueue({ to, subject: 'Được gửi', text: 'x', kind: 'question-answered' });
    });
    expect(await cms.strapi.db.query(MESSAGE).count({ where: { to } })).toBe(1);
    await outbox.drain();
    expect(received.map((r) => r.mail.subject)).toEqual(['Được gửi']);
  });

  it('mail: an invalid message is refused before anything is stored', async () => {
    const before = await cms.strapi.db.query(MESSAGE).count();
    const bad = [
      { to: 'not-an-address', subject: 'S', text: 'T', kind: 'question-answered' },
      { to: 'a@example.vn', subject: '', text: 'T', kind: 'question-answered' },
      { to: 'a@example.vn', subject: 'S\r\nBcc: b@example.vn', text: 'T', kind: 'question-answered' },
      { to: 'a@example.vn', subject: 'x'.repeat(201), text: 'T', kind: 'question-answered' },
      { to: 'a@example.vn', subject: 'S', text: '', kind: 'question-answered' },
      { to: 'a@example.vn', subject: 'S', text: 'T', kind: 'Not A Kind' },
    ];
    for (const message of bad) await expect(outbox.enqueue(message)).rejects.toThrow(/invalid mail message/);
    await expect(outbox.enqueue({ to: 'bad address', subject: 'S', text: 'T', kind: 'x' })).rejects.not.toThrow(/bad address/);
    expect(await cms.strapi.db.query(MESSAGE).count()).toBe(before);
  });

  it('mail: two drains at once send every message once', async () => {
    const subjects = Array.from({ length: 6 }, (_, i) => `Thư số ${i + 1} ${unique()}`);
    for (const subject of subjects)
      await outbox.enqueue({ to: `song.song.${unique()}@example.vn`, subject, text: 'Nội dung.', kind: 'question-assigned' });
    const [a, b] = await Promise.all([outbox.drain('worker-a'), outbox.drain('worker-b')]);
    expect(a + b).toBe(6);
    expect(received.map((r) => r.mail.subject).sort()).toEqual([...subjects].sort());
  });

  describe('participation mail: the outbox page', () => {
    let superAdmin: AdminApi;
    let people: Record<'siteAdminA' | 'siteAdminB' | 'editorA' | 'contributorA', AdminApi>;
    let onA: number;
    let onNoSite: number;
    const address = `cong.dan.${unique()}@example.vn`;

    beforeAll(async () => {
      const api = contentApi(cms, await cms.apiToken('full-access'));
      const A = await makeSite(api, `Phường thư A ${unique()}`);
      const B = await makeSite(api, `Phường thư B ${unique()}`);
      const staff = async (name: string, site: string, role: 'site-admin' | 'editor' | 'contributor') =>
        adminApi(cms, (await createStaff(cms, name, [{ site, role }])).jwt);
      people = {
        siteAdminA: await staff('Quan tri A', A.site, 'site-admin'),
        siteAdminB: await staff('Quan tri B', B.site, 'site-admin'),
        editorA: await staff('Bien tap A', A.site, 'editor'),
        contributorA: await staff('Cong tac vien A', A.site, 'contributor'),
      };
      superAdmin = adminApi(cms, await cms.adminJwt());
      onA = (
        await outbox.enqueue({
          to: address,
          subject: 'Câu trả lời',
          text: 'Nội dung trả lời.',
          kind: 'question-answered',
          site: A.siteSlug,
        })
      ).id;
      onNoSite = (await outbox.enqueue({ to: 'van.hanh@portal.test', subject: 'Thư hệ thống', text: 'Nội dung.', kind: 'system' })).id;
    });

    it('mail: anonymous is 401, a contributor and an editor 403, on every outbox route', async () => {
      for (const [method, url] of [
        ['get', '/mail/messages'],
        ['get', `/mail/messages/${onA}`],
        ['post', `/mail/messages/${onA}/resend`],
      ] as const) {
        await cms.http()[method](url).expect(401);
        for (const person of [people.contributorA, people.editorA]) {
          const response = await person[method](url).expect(403);
          expect(JSON.stringify(response.body)).not.toContain(address);
        }
      }
    });

    it('mail: a super admin reads every message, newest first, and opens one', async () => {
      const list = await superAdmin.get('/mail/messages').expect(200);
      const ids = (list.body.data.messages as Array<{ id: number }>).map((m) => m.id);
      expect(ids).toEqual([...ids].sort((x, y) => y - x));
      expect(ids).toEqual(expect.arrayContaining([onA, onNoSite]));
      expect(list.body.data.smtpConfigured).toBe(true);
      const one = await superAdmin.get(`/mail/messages/${onA}`).expect(200);
      expect(one.body.data).toMatchObject({
        id: onA,
        to: address,
        subject: 'Câu trả lời',
        text: 'Nội dung trả lời.',
        kind: 'question-answered',
      });
    });

    it('mail: the outbox is in the menu of site administrators, not of editors', async () => {
      const actions = async (person: AdminApi) =>
        ((await person.get('/admin/users/me/permissions').expect(200)).body.data as Array<{ action: string }>).map((p) => p.action);
      expect(await actions(people.siteAdminA)).toContain('plugin::mail.read');
      expect(await actions(people.editorA)).not.toContain('plugin::mail.read');
      expect(await actions(people.contributorA)).not.toContain('plugin::mail.read');
    });

    it('mail: a site administrator reads only the messages about their site', async () => {
      const list = await people.siteAdminA.get('/mail/messages').expect(200);
      expect((list.body.data.messages as Array<{ id: number }>).map((m) => m.id)).toEqual([onA]);
      await people.siteAdminA.get(`/mail/messages/${onA}`).expect(200);
      await people.siteAdminA.get(`/mail/messages/${onNoSite}`).expect(404);
      const other = await people.siteAdminB.get('/mail/messages').expect(200);
      expect(other.body.data.messages).toEqual([]);
      await people.siteAdminB.get(`/mail/messages/${onA}`).expect(404);
      await people.siteAdminB.post(`/mail/messages/${onA}/resend`).expect(404);
    });

    it('mail: bad ids are 400, missing ones 404, and a queued message is not sent again', async () => {
      for (const id of ['abc', '0', '-1', '1.5', '99999999999999999999']) await superAdmin.get(`/mail/messages/${id}`).expect(400);
      await superAdmin.get('/mail/messages?page=0').expect(400);
      await superAdmin.get('/mail/messages?page=1000000').expect(400);
      await superAdmin.get('/mail/messages?page[$gt]=1').expect(400);
      const unknown = await superAdmin.get('/mail/messages?status=held').expect(400);
      expect(unknown.body.error.message).toBe('Tham số không được hỗ trợ: status.');
      await superAdmin.get('/mail/messages/987654').expect(404);
      await superAdmin.post('/mail/messages/987654/resend').expect(404);
      await people.siteAdminA.post(`/mail/messages/${onA}/resend`).expect(400);
    });
  });
});

describe('participation mail: without an SMTP server', () => {
  let cms: TestCms;

  beforeAll(async () => {
    for (const key of MAIL_ENV) delete process.env[key];
    cms = await startCms();
  });
  afterAll(async () => {
    await cms?.close();
    restoreEnv();
  });

  it('mail: with no SMTP configured a message is held in the outbox, never lost, and cannot be resent', async () => {
    const outbox = cms.strapi.plugin('mail').service('outbox') as unknown as Outbox;
    const to = `giu.lai.${unique()}@example.vn`;
    const { id, status } = await outbox.enqueue({ to, subject: 'Câu hỏi đã được trả lời', text: 'Nội dung.', kind: 'question-answered' });
    expect(status).toBe('held');
    expect(await outbox.drain()).toBe(0);
    const row = (await cms.strapi.db.query(MESSAGE).findOne({ where: { id } })) as Stored;
    expect(row).toMatchObject({ status: 'held', attempts: 0, to });

    // A message queued while a server was configured is held once it is gone, not left waiting.
    await cms.strapi.db.query(MESSAGE).update({ where: { id }, data: { status: 'queued' } });
    await outbox.drain();
    expect(((await cms.strapi.db.query(MESSAGE).findOne({ where: { id } })) as Stored).status).toBe('held');

    const superAdmin = adminApi(cms, await cms.adminJwt());
    const list = await superAdmin.get('/mail/messages').expect(200);
    expect(list.body.data.smtpConfigured).toBe(false);
    expect(list.body.data.messages).toEqual([expect.objectContaining({ id, status: 'held', to, subject: 'Câu hỏi đã được trả lời' })]);
    await superAdmin.post(`/mail/messages/${id}/resend`).expect(400);
  });
});

describe('participation mail: the sender loop', () => {
  let cms: TestCms | undefined;
  let smtp: SMTPServer | undefined;
  const received: Received[] = [];

  afterAll(async () => {
    await cms?.close();
    await stopSmtp(smtp);
    restoreEnv();
  });

  it('mail: with MAIL_SENDER on, a committed message is sent without anyone draining, and the CMS still stops cleanly', async () => {
    const port = await freePort();
    smtp = await startSmtp(port, received);
    Object.assign(process.env, {
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(port),
      SMTP_USER,
      SMTP_PASSWORD,
      MAIL_FROM: FROM,
      MAIL_SENDER: 'true',
      // Long enough that only the wake-up after the commit can send it within the test's wait.
      MAIL_POLL_MS: '600000',
    });
    cms = await startCms();
    const outbox = cms.strapi.plugin('mail').service('outbox') as unknown as Outbox;
    const { id } = await outbox.enqueue({
      to: `vong.lap.${unique()}@example.vn`,
      subject: 'Gửi tự động',
      text: 'Nội dung.',
      kind: 'question-assigned',
    });
    const deadline = Date.now() + 15_000;
    while (received.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(received.map((r) => r.mail.subject)).toEqual(['Gửi tự động']);
    const row = (await cms.strapi.db.query(MESSAGE).findOne({ where: { id } })) as Stored;
    expect(row.status).toBe('sent');
    await cms.close();
    cms = undefined;
  });
});
