import fc from 'fast-check';
import { startCms, type TestCms } from './harness/cms';
import { contentApi, makeSite, type ContentApi } from './harness/fixtures';
import { COMMENT_UID, commentData, freshAddress, publishDraft, requestFrom, solvedAltcha } from './harness/participation';

const ROUTE = '/api/participation/comments';
const HOUR = 3600_000;

describe('participation: comments on drafts, the public route', () => {
  let cms: TestCms;
  let api: ContentApi;
  let site: { site: string; siteSlug: string };
  let open: { documentId: string; slug: string; number: string };
  let closed: { documentId: string; slug: string; number: string };
  let future: { documentId: string; slug: string; number: string };

  const stored = async (where: Record<string, unknown> = {}) =>
    (await cms.strapi.db.query(COMMENT_UID).findMany({ where })) as Array<Record<string, unknown>>;

  beforeAll(async () => {
    cms = await startCms();
    api = contentApi(cms, await cms.apiToken('full-access'));
    site = await makeSite(api);
    const now = Date.now();
    open = await publishDraft(cms, api, site.site, { opensAt: new Date(now - HOUR), closesAt: new Date(now + 48 * HOUR) });
    closed = await publishDraft(cms, api, site.site, { opensAt: new Date(now - 48 * HOUR), closesAt: new Date(now - 1000) });
    future = await publishDraft(cms, api, site.site, { opensAt: new Date(now + HOUR), closesAt: new Date(now + 48 * HOUR) });
  });

  afterAll(async () => {
    await cms?.close();
  });

  it('stores a comment posted as JSON with a solved proof of work, pending moderation', async () => {
    const data = commentData(open.documentId);
    const res = await requestFrom(cms, freshAddress(), 'POST', ROUTE, { json: { ...data, altcha: await solvedAltcha(cms) } });
    expect(res.status).toBe(201);
    const rows = await stored({ email: data.email });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'pending', authorName: data.name, phone: '0912345678', legalDocumentId: open.documentId });
  });

  it('refuses JSON without a proof of work, a reused one and a forged one, storing nothing', async () => {
    const data = commentData(open.documentId);
    const none = await requestFrom(cms, freshAddress(), 'POST', ROUTE, { json: data });
    expect(none.status).toBe(400);
    expect(none.json().error?.message).toMatch(/xác minh/);
    const altcha = await solvedAltcha(cms);
    expect((await requestFrom(cms, freshAddress(), 'POST', ROUTE, { json: { ...data, altcha } })).status).toBe(201);
    const again = await requestFrom(cms, freshAddress(), 'POST', ROUTE, {
      json: { ...commentData(open.documentId), altcha },
    });
    expect(again.status).toBe(400);
    expect(again.json().error?.message).toMatch(/đã được dùng/);
    const decoded = JSON.parse(Buffer.from(await solvedAltcha(cms), 'base64').toString('utf8'));
    decoded.solution.derivedKey = decoded.solution.derivedKey.replace(/^./, (c: string) => (c === '0' ? '1' : '0'));
    const forged = await requestFrom(cms, freshAddress(), 'POST', ROUTE, {
      json: { ...commentData(open.documentId), altcha: Buffer.from(JSON.stringify(decoded)).toString('base64') },
    });
    expect(forged.status).toBe(400);
    expect(await stored({ email: data.email })).toHaveLength(1);
  });

  it('stores a double click or a resend once', async () => {
    const data = commentData(open.documentId);
    const [a, b] = await Promise.all([
      solvedAltcha(cms).then((altcha) => requestFrom(cms, freshAddress(), 'POST', ROUTE, { json: { ...data, altcha } })),
      solvedAltcha(cms).then((altcha) => requestFrom(cms, freshAddress(), 'POST', ROUTE, { json: { ...data, altcha } })),
    ]);
    expect([a.status, b.status]).toEqual([201, 201]);
    // The same words with other spacing and letter case are the same comment.
    const resend = await requestFrom(cms, freshAddress(), 'POST', ROUTE, {
      json: { ...data, body: `  ${data.body.toUpperCase()}  `, altcha: await solvedAltcha(cms) },
    });
    expect(resend.status).toBe(201);
    expect(await stored({ email: data.email })).toHaveLength(1);
    // The database itself holds one row per fingerprint, whichever process writes.
    const [row] = (await cms.strapi.db
      .query(COMMENT_UID)
      .findMany({ where: { email: data.email }, select: ['id', 'fingerprint'] })) as Array<{
      id: number;
      fingerprint: string;
    }>;
    expect(row.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    // The driver's error may come from another realm than Jest's, so the outcome is compared, not the class.
    const outcome = await cms.strapi.db
      .query(COMMENT_UID)
      .create({
        data: { ...data, legalDocumentId: open.documentId, authorName: 'x', submittedAt: new Date(), fingerprint: row.fingerprint },
      })
      .then(
        () => 'stored',
        () => 'refused'
      );
    expect(outcome).toBe('refused');
  });

  it('refuses a comment after the deadline and before the opening, whatever the page says', async () => {
    for (const [draft, pattern] of [
      [closed, /hết thời hạn lấy ý kiến/],
      [future, /chưa đến thời gian lấy ý kiến/],
    ] as const) {
      const data = commentData(draft.documentId);
      const res = await requestFrom(cms, freshAddress(), 'POST', ROUTE, { json: { ...data, altcha: await solvedAltcha(cms) } });
      expect(res.status).toBe(409);
      expect(res.json().error?.message).toMatch(pattern);
      expect(await stored({ email: data.email })).toHaveLength(0);
    }
    const unknown = await requestFrom(cms, freshAddress(), 'POST', ROUTE, {
      json: { ...commentData('zzzzzzzzzzzzzzzzzzzzzzzz'), altcha: 'x' },
    });
    expect(unknown.status).toBe(404);
  });

  it('answers any other body with 400, a Vietnamese message, and stores nothing', async () => {
    const before = (await stored()).length;
    const valid = commentData(open.documentId);
    const hostile = fc.oneof(
      // A valid form with one field replaced by anything.
      fc
        .record({ key: fc.constantFrom(...Object.keys(valid)), value: fc.anything() })
        .map(({ key, value }) => ({ ...valid, [key]: value })),
      // Extra keys.
      fc
        .dictionary(fc.string({ minLength: 1, maxLength: 20 }), fc.anything())
        .map((extra) => ({ ...extra, ...valid, ['x' + Object.keys(extra).length]: 1 })),
      // Oversized text.
      fc.constantFrom('name', 'organisation', 'section', 'body').map((key) => ({ ...valid, [key]: 'ạ'.repeat(6000) })),
      // No contact at all, no consent, the honeypot filled.
      fc.constant({ ...valid, email: '', phone: '' }),
      fc.constant({ ...valid, consent: false }),
      fc.constant({ ...valid, fax_number: 'http://spam.example' }),
      fc.anything()
    );
    await fc.assert(
      fc.asyncProperty(hostile, async (body) => {
        const res = await requestFrom(cms, freshAddress(), 'POST', ROUTE, { json: body });
        // A body that happens to be a complete valid form still lacks the proof of work.
        expect(res.status).toBeGreaterThanOrEqual(400);
        expect(res.status).toBeLessThan(500);
        const message = res.json().error?.message ?? '';
        expect(message.length).toBeGreaterThan(5);
        expect(message).toMatch(/[ạảãáàăâêôơưđíìịóòọúùụýỳỹ]/i);
      }),
      { numRuns: 120 }
    );
    expect((await stored()).length).toBe(before);
  });

  it('names the field that is wrong', async () => {
    const res = await requestFrom(cms, freshAddress(), 'POST', ROUTE, {
      json: { ...commentData(open.documentId), email: 'không-phải-thư', phone: '', body: 'ngắn' },
    });
    expect(res.status).toBe(400);
    expect(res.json().error?.details?.errors).toMatchObject({
      email: expect.stringMatching(/thư điện tử/),
      body: expect.stringMatching(/ít nhất 10 ký tự/),
    });
  });

  it('limits each address, with Retry-After, and keeps serving the others', async () => {
    const flooder = freshAddress();
    const statuses: number[] = [];
    let retryAfter: string | undefined;
    // The request allowance (60 in 10 minutes by default) runs out; invalid posts count too.
    for (let i = 0; i < 70; i += 1) {
      const res = await requestFrom(cms, flooder, 'POST', ROUTE, { json: { junk: i } });
      statuses.push(res.status);
      if (res.status === 429) retryAfter = res.headers['retry-after'] as string;
    }
    expect(statuses.slice(0, 60).every((status) => status === 400)).toBe(true);
    expect(statuses.slice(60).every((status) => status === 429)).toBe(true);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    const other = await requestFrom(cms, freshAddress(), 'POST', ROUTE, {
      json: { ...commentData(open.documentId), altcha: await solvedAltcha(cms) },
    });
    expect(other.status).toBe(201);
  });

  it('limits the comments stored from one address (10 an hour by default)', async () => {
    const from = freshAddress();
    const statuses: number[] = [];
    for (let i = 0; i < 11; i += 1) {
      const res = await requestFrom(cms, from, 'POST', ROUTE, {
        json: { ...commentData(open.documentId), altcha: await solvedAltcha(cms) },
      });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([...Array(10).fill(201), 429]);
  });

  describe('without JavaScript', () => {
    const returnTo = 'http://localhost:8080/phuong-thu/gop-y/da-gui/';
    const form = (overrides: Record<string, string> = {}) => {
      const data = commentData(open.documentId);
      return {
        documentId: data.documentId,
        name: data.name,
        organisation: data.organisation,
        email: data.email,
        phone: data.phone,
        section: data.section,
        body: data.body,
        showName: 'on',
        consent: 'on',
        fax_number: '',
        returnTo,
        ...overrides,
      };
    };
    const question = (html: string) => {
      const words = /bằng chữ số: (.+?) bằng bao nhiêu/.exec(html)?.[1] ?? '';
      const token = /name="questionToken" value="([^"]+)"/.exec(html)?.[1] ?? '';
      const numbers = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];
      const [a, b] = words.split(' cộng ').map((word) => numbers.indexOf(word));
      return { token, answer: String(a + b) };
    };

    it('asks a question, keeps what was typed, then redirects to the site confirmation page', async () => {
      const typed = form();
      const from = freshAddress();
      const first = await requestFrom(cms, from, 'POST', ROUTE, { form: typed });
      expect(first.status).toBe(200);
      expect(first.headers['content-type']).toMatch(/text\/html/);
      expect(first.headers['content-security-policy']).toMatch(/default-src 'none'/);
      expect(first.text).toContain(`value="${typed.email}"`);
      expect(first.text).toContain(typed.body);
      expect(await stored({ email: typed.email })).toHaveLength(0);
      const { token, answer } = question(first.text);
      const wrong = await requestFrom(cms, from, 'POST', ROUTE, { form: { ...typed, questionToken: token, questionAnswer: '99' } });
      expect(wrong.status).toBe(400);
      expect(wrong.text).toContain('Kết quả phép tính chưa đúng');
      expect(wrong.text).toContain(typed.body);
      // The token was spent by the wrong answer: the right answer to it is refused too.
      expect(
        (await requestFrom(cms, from, 'POST', ROUTE, { form: { ...typed, questionToken: token, questionAnswer: answer } })).status
      ).toBe(400);
      const next = question(wrong.text);
      const right = await requestFrom(cms, from, 'POST', ROUTE, {
        form: { ...typed, questionToken: next.token, questionAnswer: next.answer },
      });
      expect(right.status).toBe(303);
      expect(right.headers.location).toBe(returnTo);
      expect(await stored({ email: typed.email })).toHaveLength(1);
      // Sent again (the back button, a reload): the same comment, the same confirmation, one record.
      const resent = await requestFrom(cms, from, 'POST', ROUTE, { form: typed });
      expect(resent.status).toBe(303);
      expect(await stored({ email: typed.email })).toHaveLength(1);
    });

    it('shows the errors with the form refilled, every value escaped', async () => {
      const typed = form({ name: '<script>alert(1)</script>', email: 'sai', phone: '' });
      const res = await requestFrom(cms, freshAddress(), 'POST', ROUTE, { form: typed });
      expect(res.status).toBe(400);
      expect(res.text).toContain('Chưa gửi được');
      expect(res.text).toContain('Địa chỉ thư điện tử không đúng');
      expect(res.text).not.toContain('<script>alert(1)</script>');
      expect(res.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(res.text).toContain(typed.body);
    });

    it('never redirects anywhere but a site confirmation page', async () => {
      for (const target of [
        'https://evil.example/gop-y/da-gui/',
        'http://localhost:8080/gop-y/da-gui/?next=https://evil.example',
        'http://localhost:8080/khac/',
        'javascript:alert(1)',
        '//evil.example/gop-y/da-gui/',
      ]) {
        const typed = form({ returnTo: target });
        const first = await requestFrom(cms, freshAddress(), 'POST', ROUTE, { form: typed });
        const { token, answer } = question(first.text);
        const res = await requestFrom(cms, freshAddress(), 'POST', ROUTE, {
          form: { ...typed, questionToken: token, questionAnswer: answer },
        });
        expect(res.status).toBe(200);
        expect(res.headers.location).toBeUndefined();
        expect(res.text).toContain('Đã nhận ý kiến góp ý');
      }
    });

    it('says when the window has closed', async () => {
      const res = await requestFrom(cms, freshAddress(), 'POST', ROUTE, { form: form({ documentId: closed.documentId }) });
      expect(res.status).toBe(409);
      expect(res.text).toContain('hết thời hạn lấy ý kiến');
    });
  });

  describe('on the public API', () => {
    it('shows published comments with their draft, never contact details or unpublished ones', async () => {
      const shown = commentData(open.documentId, { showName: true });
      const anonymous = commentData(open.documentId, { showName: false });
      const waiting = commentData(open.documentId);
      for (const data of [shown, anonymous, waiting])
        expect((await requestFrom(cms, freshAddress(), 'POST', ROUTE, { json: { ...data, altcha: await solvedAltcha(cms) } })).status).toBe(
          201
        );
      await cms.strapi.db.query(COMMENT_UID).updateMany({
        where: { email: { $in: [shown.email, anonymous.email] } },
        data: { status: 'published', answer: 'Cơ quan soạn thảo tiếp thu ý kiến.', answeredAt: new Date() },
      });
      const list = await cms
        .http()
        .get(`/api/legal-documents?filters[documentId][$eq]=${open.documentId}&fields[0]=kind&fields[1]=number`)
        .expect(200);
      const one = await cms.http().get(`/api/legal-documents/${open.documentId}?fields[0]=kind`).expect(200);
      for (const res of [list, one]) {
        const text = JSON.stringify(res.body);
        for (const secret of [shown.email, anonymous.email, waiting.email, '0912345678', '0912 345 678', waiting.body])
          expect(text).not.toContain(secret);
        const entry = Array.isArray(res.body.data) ? res.body.data[0] : res.body.data;
        const bodies = (
          entry.comments as Array<{ body: string; name: string | null; organisation: string | null; answer: string | null }>
        ).map((c) => c);
        expect(bodies).toEqual(
          expect.arrayContaining([
            expect.objectContaining({
              body: shown.body,
              name: shown.name,
              organisation: shown.organisation,
              answer: 'Cơ quan soạn thảo tiếp thu ý kiến.',
            }),
            expect.objectContaining({ body: anonymous.body, name: null, organisation: null }),
          ])
        );
        expect(
          bodies.every((c) => Object.keys(c).sort().join() === 'answer,answeredAt,body,id,name,organisation,section,submittedAt')
        ).toBe(true);
      }
    });
  });

  describe('over time', () => {
    it('erases contact details once the retention period after the window has passed, keeping the text', async () => {
      const data = commentData(closed.documentId);
      const [row] = (await cms.strapi.db
        .query(COMMENT_UID)
        .create({
          data: {
            ...data,
            legalDocumentId: closed.documentId,
            authorName: data.name,
            submittedAt: new Date(Date.now() - 2 * HOUR),
            status: 'published',
            fingerprint: `retention-${data.email}`,
          },
        })
        .then((created: unknown) => [created])) as Array<{ id: number }>;
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { eraseExpiredContacts } = require('../dist/src/plugins/participation/server/services/retention') as {
        eraseExpiredContacts: (strapi: unknown, now?: Date, months?: number) => Promise<number>;
      };
      // Within the period: kept.
      expect(await eraseExpiredContacts(cms.strapi, new Date(), 24)).toBe(0);
      // Comments on a draft still open are not touched: its window has not closed.
      const withContact = async () =>
        (await cms.strapi.db.query(COMMENT_UID).findMany({ where: { legalDocumentId: open.documentId, email: { $notNull: true } } }))
          .length;
      const onOpen = commentData(open.documentId);
      await cms.strapi.db.query(COMMENT_UID).create({
        data: {
          ...onOpen,
          legalDocumentId: open.documentId,
          authorName: onOpen.name,
          submittedAt: new Date(Date.now() - HOUR),
          fingerprint: `retention-${onOpen.email}`,
        },
      });
      const openCount = await withContact();
      expect(openCount).toBeGreaterThan(0);
      await eraseExpiredContacts(cms.strapi, new Date(Date.now() + 47 * HOUR), 1);
      expect(await withContact()).toBe(openCount);
      // 24 months and a day after the window closed: erased, the published text kept.
      const later = new Date(Date.now() + (24 * 31 + 1) * 24 * HOUR);
      expect(await eraseExpiredContacts(cms.strapi, later, 24)).toBeGreaterThanOrEqual(1);
      const after = (await cms.strapi.db.query(COMMENT_UID).findOne({ where: { id: row.id } })) as Record<string, unknown>;
      expect(after).toMatchObject({ email: null, phone: null, body: data.body, authorName: data.name, status: 'published' });
      expect(after.contactErasedAt).toBeTruthy();
    });

    it('republishes a draft when its window opens or closes, and the public API says whether it is open', async () => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { republishAtBoundaries } = require('../dist/src/plugins/participation/server/services/window-boundaries') as {
        republishAtBoundaries: (strapi: unknown, since: Date, now: Date) => Promise<number>;
      };
      const res = await cms
        .http()
        .get(`/api/legal-documents?filters[kind][$eq]=draft-for-comment&fields[0]=kind&pagination[pageSize]=100`)
        .expect(200);
      const openness = Object.fromEntries(
        (res.body.data as Array<{ documentId: string; commentsOpen: boolean }>).map((d) => [d.documentId, d.commentsOpen])
      );
      expect(openness).toMatchObject({ [open.documentId]: true, [closed.documentId]: false, [future.documentId]: false });
      await cms.strapi.db.query('plugin::rebuild.job').deleteMany({ where: {} });
      // In the last day the open draft opened and the closed one closed: one job for their site, both pages.
      expect(await republishAtBoundaries(cms.strapi, new Date(Date.now() - 24 * HOUR), new Date())).toBe(2);
      const jobs = (await cms.strapi.db.query('plugin::rebuild.job').findMany({ where: { status: 'queued' } })) as Array<{
        siteSlug: string;
        changes: { documents: Array<{ documentId: string }> };
      }>;
      expect(jobs).toHaveLength(1);
      expect(jobs[0].siteSlug).toBe(site.siteSlug);
      expect(jobs[0].changes.documents.map((d) => d.documentId).sort()).toEqual([open.documentId, closed.documentId].sort());
      // The future draft opens within the next two hours.
      expect(await republishAtBoundaries(cms.strapi, new Date(), new Date(Date.now() + 2 * HOUR))).toBe(1);
    });
  });
});
