import fc from 'fast-check';
import { startCms, type TestCms } from './harness/cms';
import { contentApi, makeSite, type ContentApi, unique } from './harness/fixtures';
import { freshAddress, requestFrom, solvedAltcha } from './harness/participation';

const ROUTE = '/api/participation/questions';
const STATUS = '/api/participation/questions/status';
const QUESTION = 'api::question.question';

const questionData = (site: string, overrides: Record<string, unknown> = {}) => ({
  site,
  name: 'Phạm Văn Hùng',
  email: `hung.${unique()}@example.vn`,
  phone: '0903 111 222',
  field: 'dat-dai-xay-dung',
  title: 'Thủ tục cấp phép sửa chữa nhà ở riêng lẻ',
  question: `Gia đình tôi muốn sửa mái nhà cấp 4 trong hẻm, có cần xin giấy phép xây dựng không? ${unique()}`,
  consent: true,
  ...overrides,
});

describe('participation: questions, the public routes', () => {
  let cms: TestCms;
  let api: ContentApi;
  let site: { site: string; siteSlug: string };

  const rows = async (where: Record<string, unknown>) =>
    (await cms.strapi.db.query(QUESTION).findMany({ where })) as Array<Record<string, unknown>>;

  const ask = async (data: Record<string, unknown>) =>
    requestFrom(cms, freshAddress(), 'POST', ROUTE, { json: { ...data, altcha: await solvedAltcha(cms) } });

  beforeAll(async () => {
    cms = await startCms();
    api = contentApi(cms, await cms.apiToken('full-access'));
    site = await makeSite(api);
  });

  afterAll(async () => {
    await cms?.close();
  });

  it('stores a question as a draft with a tracking code and a due date in working days, and says where it stands', async () => {
    const data = questionData(site.siteSlug);
    const res = await ask(data);
    expect(res.status).toBe(201);
    const { code, dueAt } = res.json().data as { code: string; dueAt: string };
    expect(code).toMatch(/^HD-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    const [row] = await rows({ email: data.email });
    expect(row).toMatchObject({
      title: data.title,
      askerName: data.name,
      phone: '0903111222',
      handling: 'received',
      workflowState: 'draft',
      publishedAt: null,
    });
    // 15 working days by default: at least three weeks later, at 23:59:59 local time.
    const due = new Date(dueAt);
    expect(due.getTime() - Date.now()).toBeGreaterThan(20 * 24 * 3600_000);
    expect(
      new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(due)
    ).toBe('23:59');
    const status = await requestFrom(
      cms,
      freshAddress(),
      'GET',
      `${STATUS}?code=${encodeURIComponent(code.toLowerCase().replace(/-/g, ' '))}`
    );
    expect(status.status).toBe(200);
    expect(status.json().data).toMatchObject({ code, status: 'received', field: 'dat-dai-xay-dung', path: null });
    // Nothing personal in the answer.
    for (const secret of [data.email, data.name, '0903111222', data.title]) expect(status.text).not.toContain(secret);
  });

  it('gives a resend the same code and stores one question', async () => {
    const data = questionData(site.siteSlug);
    const [a, b] = await Promise.all([ask(data), ask(data)]);
    expect(a.status).toBe(201);
    expect(b.status).toBe(201);
    expect(a.json().data).toEqual(b.json().data);
    expect(await rows({ email: data.email })).toHaveLength(1);
  });

  it('answers any other body with 400, a Vietnamese message, and stores nothing', async () => {
    const count = async () => (await cms.strapi.db.query(QUESTION).count({})) as number;
    const before = await count();
    const valid = questionData(site.siteSlug);
    const hostile = fc.oneof(
      fc
        .record({ key: fc.constantFrom(...Object.keys(valid)), value: fc.anything() })
        .map(({ key, value }) => ({ ...valid, [key]: value })),
      fc.constantFrom('name', 'title', 'question').map((key) => ({ ...valid, [key]: 'ư'.repeat(6000) })),
      fc.constant({ ...valid, field: 'không-có' }),
      fc.constant({ ...valid, email: '', phone: '' }),
      fc.constant({ ...valid, site: 'khong-co-trang-nay' }),
      fc.constant({ ...valid, role: 'admin' }),
      fc.anything()
    );
    await fc.assert(
      fc.asyncProperty(hostile, async (body) => {
        const res = await requestFrom(cms, freshAddress(), 'POST', ROUTE, { json: body });
        expect(res.status).toBeGreaterThanOrEqual(400);
        expect(res.status).toBeLessThan(500);
        expect(res.json().error?.message ?? '').toMatch(/[ạảãáàăâêôơưđíìịóòọúùụýỳỹ]/i);
      }),
      { numRuns: 100 }
    );
    expect(await count()).toBe(before);
  });

  it('takes a question without JavaScript: the question page, then the code on a page', async () => {
    const data = questionData(site.siteSlug);
    const form = {
      site: data.site,
      name: data.name,
      email: data.email,
      phone: data.phone,
      field: data.field,
      title: data.title,
      question: data.question,
      consent: 'on',
      fax_number: '',
      returnTo: 'http://localhost:8080/phuong-thu/hoi-dap/tra-cuu/',
    };
    const from = freshAddress();
    const first = await requestFrom(cms, from, 'POST', ROUTE, { form });
    expect(first.status).toBe(200);
    expect(first.text).toContain(`value="${data.email}"`);
    expect(first.text).toContain('<option value="dat-dai-xay-dung" selected>');
    const words = /bằng chữ số: (.+?) bằng bao nhiêu/.exec(first.text)?.[1] ?? '';
    const numbers = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];
    const [a, b] = words.split(' cộng ').map((word) => numbers.indexOf(word));
    const token = /name="questionToken" value="([^"]+)"/.exec(first.text)?.[1] ?? '';
    const done = await requestFrom(cms, from, 'POST', ROUTE, { form: { ...form, questionToken: token, questionAnswer: String(a + b) } });
    expect(done.status).toBe(201);
    const code = /<strong class="code">([^<]+)<\/strong>/.exec(done.text)?.[1] ?? '';
    expect(code).toMatch(/^HD-/);
    expect(done.text).toContain('href="http://localhost:8080/phuong-thu/hoi-dap/tra-cuu/"');
    // The tracking page without JavaScript: a GET from the site's form, answered with a page.
    const page = await cms
      .http()
      .get(`${STATUS}?code=${encodeURIComponent(code)}&from=${encodeURIComponent(form.returnTo)}`)
      .set('Accept', 'text/html,application/xhtml+xml,*/*;q=0.8');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.text).toContain('Đã tiếp nhận');
    expect(page.text).toContain('href="http://localhost:8080/phuong-thu/hoi-dap/tra-cuu/"');
    expect(page.text).not.toContain(data.email);
  });

  it('answers any tracking lookup with a status or a clear refusal, never a 500 or anything personal', async () => {
    const data = questionData(site.siteSlug);
    expect((await ask(data)).status).toBe(201);
    const query = fc.oneof(
      fc.string({ maxLength: 60 }).map((code) => `code=${encodeURIComponent(code)}`),
      fc.array(fc.string({ maxLength: 20 }), { maxLength: 3 }).map((codes) => codes.map((c) => `code=${encodeURIComponent(c)}`).join('&')),
      fc
        .dictionary(fc.stringMatching(/^[a-zA-Z[\]$]{1,12}$/), fc.string({ maxLength: 20 }))
        .map((extra) => new URLSearchParams({ code: 'HD-0000-0000', ...extra }).toString()),
      fc.constant('code[$ne]=x'),
      fc.constant(`code=${'A'.repeat(5000)}`)
    );
    await fc.assert(
      fc.asyncProperty(query, async (q) => {
        const res = await requestFrom(cms, freshAddress(), 'GET', `${STATUS}?${q}`);
        expect([200, 400, 404]).toContain(res.status);
        if (res.status !== 200) expect(res.json().error?.message ?? '').toMatch(/[ạảãáàăâêôơưđíìịóòọúùụýỳỹ]/i);
        for (const secret of [data.email, data.name, '0903111222']) expect(res.text).not.toContain(secret);
      }),
      { numRuns: 80 }
    );
  });

  it('refuses bad lookups clearly and limits them per address', async () => {
    const from = freshAddress();
    expect((await requestFrom(cms, from, 'GET', `${STATUS}?code=HD-0000-0000`)).status).toBe(404);
    expect((await requestFrom(cms, from, 'GET', `${STATUS}?code=`)).status).toBe(400);
    expect((await requestFrom(cms, from, 'GET', `${STATUS}?code=HD-0000-0000&populate=*`)).status).toBe(400);
    const statuses: number[] = [];
    for (let i = 0; i < 30; i += 1) statuses.push((await requestFrom(cms, from, 'GET', `${STATUS}?code=HD-0000-000${i % 10}`)).status);
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.filter((status) => status === 429).length).toBe(3);
  });

  it('shows an answered question on the public API and the tracking route, never the asker', async () => {
    const data = questionData(site.siteSlug);
    const { code } = (await ask(data)).json().data as { code: string };
    const [row] = await rows({ email: data.email });
    const documentId = row.documentId as string;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { runAsWorkflow } = require('../dist/src/plugins/workflow/server/services/context') as {
      runAsWorkflow: <T>(work: () => Promise<T>) => Promise<T>;
    };
    await runAsWorkflow(async () => {
      await cms.strapi.documents(QUESTION).update({
        documentId,
        data: {
          answer: [
            {
              type: 'paragraph',
              children: [{ type: 'text', text: 'Sửa chữa mái nhà không làm thay đổi kết cấu chịu lực thì được miễn giấy phép.' }],
            },
          ],
          handling: 'answered',
          answeredAt: new Date(),
        } as never,
      });
      await cms.strapi.documents(QUESTION).publish({ documentId });
    });
    const status = (await requestFrom(cms, freshAddress(), 'GET', `${STATUS}?code=${code}`)).json().data as {
      status: string;
      path: string;
    };
    expect(status).toMatchObject({ status: 'answered', path: `hoi-dap/${row.slug as string}/` });
    const list = await cms
      .http()
      .get(`/api/questions?filters[site][slug][$eq]=${site.siteSlug}&populate[unit][fields][0]=name`)
      .expect(200);
    const text = JSON.stringify(list.body);
    expect(list.body.data).toHaveLength(1);
    for (const secret of [data.email, data.name, '0903111222', code.replace(/-/g, ''), '"handling"', 'dueAt', 'fingerprint'])
      expect(text).not.toContain(secret);
    // Asking for a private attribute is refused, not answered.
    for (const query of ['fields[0]=email', 'filters[email][$eq]=x', 'sort=askerName', 'filters[trackingCode][$eq]=x'])
      expect((await cms.http().get(`/api/questions?${query}`)).status).toBe(400);
    // Drafts are never public.
    expect((await cms.http().get('/api/questions?status=draft')).status).toBe(400);
  });
});
