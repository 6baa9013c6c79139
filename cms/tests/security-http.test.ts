import fc from 'fast-check';
import { ADMIN, startCms, testDatabase, type TestCms } from './harness/cms';
import { articleData, contentApi, makeSite, unique, type ContentApi } from './harness/fixtures';
import { propertyRuns } from './harness/property';

const ADMIN_ORIGIN = 'https://quantri.portal.test';
const SITE_ORIGIN = 'https://cong.portal.test';

/**
 * CORS and input hygiene on a real CMS: which origins may read which answers, and how NUL, invalid
 * UTF-8 and wrong types are refused before anything is stored (docs/security.md).
 */
describe('security: CORS and request text', () => {
  let cms: TestCms;
  let api: ContentApi;
  let site: Awaited<ReturnType<typeof makeSite>>;
  let siteDomain: string;
  let token: string;
  const saved = { CORS_ADMIN_ORIGINS: process.env.CORS_ADMIN_ORIGINS, SITE_ORIGIN: process.env.SITE_ORIGIN };

  beforeAll(async () => {
    Object.assign(process.env, { CORS_ADMIN_ORIGINS: ADMIN_ORIGIN, SITE_ORIGIN });
    cms = await startCms();
    token = await cms.apiToken('full-access');
    api = contentApi(cms, token);
    site = await makeSite(api);
    siteDomain = `phuong-${unique()}.portal.test`;
    await api.put(`/api/sites/${site.site}`, { domain: siteDomain }).expect(200);
  });
  afterAll(async () => {
    await cms?.close();
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  const corsOf = async (method: 'get' | 'post' | 'options', path: string, origin: string) => {
    let req = cms.http()[method](path).set('Origin', origin);
    if (method === 'options') req = req.set('Access-Control-Request-Method', 'POST').set('Access-Control-Request-Headers', 'content-type');
    const res =
      method === 'post' ? await req.send(path === '/admin/login' ? { email: 'x@y.z', password: 'wrong-password' } : {}) : await req;
    return {
      allowOrigin: res.headers['access-control-allow-origin'] as string | undefined,
      credentials: res.headers['access-control-allow-credentials'] as string | undefined,
    };
  };

  // [origin, path, expected]: 'creds' = allowed with credentials, 'open' = allowed without, 'none' = no CORS headers.
  const table: Array<[string, 'get' | 'post' | 'options', string, 'creds' | 'open' | 'none']> = [
    ['http://evil.example', 'get', '/api/articles', 'none'],
    ['http://evil.example', 'post', '/api/search/multi-search', 'none'],
    ['http://evil.example', 'options', '/api/search/multi-search', 'none'],
    ['http://evil.example', 'post', '/admin/login', 'none'],
    ['http://evil.example', 'post', '/admin/access-token', 'none'],
    ['http://evil.example', 'options', '/admin/access-token', 'none'],
    ['null', 'get', '/api/articles', 'none'],
    [`${SITE_ORIGIN}.evil.example`, 'get', '/api/articles', 'none'],
    [`${SITE_ORIGIN}/`, 'get', '/api/articles', 'none'],
    [ADMIN_ORIGIN, 'post', '/admin/access-token', 'creds'],
    [ADMIN_ORIGIN, 'options', '/admin/access-token', 'creds'],
    [ADMIN_ORIGIN, 'post', '/admin/login', 'creds'],
    [ADMIN_ORIGIN, 'get', '/api/articles', 'creds'],
    [SITE_ORIGIN, 'get', '/api/articles', 'open'],
    [SITE_ORIGIN, 'post', '/api/search/multi-search', 'open'],
    [SITE_ORIGIN, 'options', '/api/search/multi-search', 'open'],
    [SITE_ORIGIN, 'post', '/admin/login', 'none'],
    [SITE_ORIGIN, 'post', '/admin/access-token', 'none'],
    [SITE_ORIGIN, 'get', '/content-manager/collection-types/api::article.article', 'none'],
    // Development (NODE_ENV is not production in tests): a local site server on any port.
    ['http://localhost:8080', 'get', '/api/articles', 'open'],
    ['http://localhost:8080', 'post', '/admin/access-token', 'none'],
  ];

  it.each(table)('security: CORS for Origin %s on %s %s is %s', async (origin, method, path, expected) => {
    const { allowOrigin, credentials } = await corsOf(method, path, origin);
    if (expected === 'none') {
      expect(allowOrigin).toBeUndefined();
      expect(credentials).toBeUndefined();
    } else {
      expect(allowOrigin).toBe(origin);
      expect(credentials).toBe(expected === 'creds' ? 'true' : undefined);
    }
  });

  it('security: an admin access token lives ten minutes', async () => {
    const res = await cms
      .http()
      .post('/admin/login')
      .send({ ...ADMIN, rememberMe: true })
      .expect(200);
    const payload = JSON.parse(Buffer.from(String(res.body.data.token).split('.')[1], 'base64url').toString('utf8')) as {
      iat: number;
      exp: number;
    };
    expect(payload.exp - payload.iat).toBe(600);
  });

  it("security: CORS lets a site's own domain, from the CMS, read the public API without credentials", async () => {
    expect(await corsOf('get', '/api/articles', `https://${siteDomain}`)).toEqual({
      allowOrigin: `https://${siteDomain}`,
      credentials: undefined,
    });
    expect(await corsOf('post', '/admin/access-token', `https://${siteDomain}`)).toEqual({
      allowOrigin: undefined,
      credentials: undefined,
    });
  });

  it('security: CORS gives no generated origin outside the configuration any CORS header', async () => {
    const allowed = new Set([ADMIN_ORIGIN, SITE_ORIGIN, `https://${siteDomain}`]);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.webUrl(), fc.string(), fc.constantFrom(`${SITE_ORIGIN}:443`, ADMIN_ORIGIN.toUpperCase(), `${ADMIN_ORIGIN}.evil`)),
        fc.constantFrom('/api/articles', '/admin/access-token'),
        async (origin, path) => {
          // Node trims header values; with no Origin at all strapi::cors answers `*` without credentials, which no browser request sees.
          const clean = origin.replace(/[^\x20-\x7e]/g, '').trim();
          if (clean === '' || allowed.has(clean) || /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(clean)) return;
          const { allowOrigin, credentials } = await corsOf('get', path, clean);
          expect(allowOrigin).toBeUndefined();
          expect(credentials).toBeUndefined();
        }
      ),
      propertyRuns(60)
    );
  });

  const bearer = () => ({ Authorization: `Bearer ${token}` });
  /** Stored articles whose title starts with this (a prefix without NUL: PostgreSQL refuses NUL even in a query). */
  const titles = async (prefix: string) =>
    (await cms.strapi.db
      .query('api::article.article')
      .findMany({ where: { title: { $startsWith: prefix } }, select: ['id'] })) as unknown[];

  it('security: a NUL in a JSON string is a 400 naming the field, and nothing is stored', async () => {
    const marker = `Tin có NUL ${unique()}`;
    const res = await api.post('/api/articles?status=draft', articleData(site, { title: `${marker}\u0000 đuôi` })).expect(400);
    expect(res.body.error.message).toMatch(/NUL/);
    expect(res.body.error.details.errors[0].path).toEqual(['data', 'title']);
    expect(await titles(marker)).toHaveLength(0);
  });

  it('security: a lone surrogate in a JSON string is a 400', async () => {
    const raw = `{"data":{"title":"Tin \\ud800 lẻ"}}`;
    const res = await cms
      .http()
      .post('/api/articles?status=draft')
      .set(bearer())
      .set('Content-Type', 'application/json')
      .send(raw)
      .expect(400);
    expect(res.body.error.message).toMatch(/UTF-16/);
  });

  /** POSTs bytes exactly as given (Supertest would serialise a Buffer as JSON). */
  const postBytes = async (path: string, bytes: Buffer) => {
    const res = await fetch(`${cms.url}${path}`, {
      method: 'POST',
      headers: { ...bearer(), 'Content-Type': 'application/json' },
      body: bytes,
    });
    return { status: res.status, body: (await res.json()) as { error?: { message?: string } } };
  };
  /** A draft article's JSON with `middle` as raw bytes inside its summary. */
  const articleBytes = (title: string, middle: Buffer, before = '', after = '') => {
    const data = JSON.stringify({ ...articleData(site, { title }), summary: undefined });
    return Buffer.concat([
      Buffer.from(`{"data":${data.slice(0, -1)},"summary":"${JSON.stringify(before).slice(1, -1)}`),
      middle,
      Buffer.from(`${JSON.stringify(after).slice(1, -1)}"}}`),
    ]);
  };

  it('security: a body that is not valid UTF-8 is a 400 and nothing is stored', async () => {
    const title = `Tin lỗi mã ${unique()}`;
    const res = await postBytes('/api/articles?status=draft', articleBytes(title, Buffer.from([0xff, 0xfe, 0xc3])));
    expect(res.status).toBe(400);
    expect(res.body.error?.message).toMatch(/UTF-8/);
    expect(await titles(title)).toHaveLength(0);
    // The same bytes made valid are stored: the refusal was for the encoding alone.
    expect((await postBytes('/api/articles?status=draft', articleBytes(title, Buffer.from('ổn')))).status).toBe(201);
  });

  it('security: the same Vietnamese text in valid UTF-8 is accepted byte for byte', async () => {
    const title = `Phường Thắng Nhất: “chuyển đổi số” ${unique()}`;
    const created = await api.post('/api/articles?status=draft', articleData(site, { title })).expect(201);
    expect(created.body.data.title).toBe(title);
  });

  it.each([
    ['/api/articles?filters[title][$eq]=a%00b', /NUL/],
    ['/api/articles?sort=%FF', /UTF-8/],
    ['/api/articles/%00', /NUL/],
    ['/api/articles?%E0%A4%A=1', /UTF-8/],
  ])('security: the query or path %s is a 400', async (path, message) => {
    const res = await cms.http().get(path).expect(400);
    expect(res.body.error.message).toMatch(message);
  });

  it('security: a body nested 500,000 levels deep is refused at once, and /_health keeps answering', async () => {
    const depth = 500_000;
    const deep = Buffer.from(`{"email":${'['.repeat(depth)}${']'.repeat(depth)}}`);
    const refused = fetch(`${cms.url}/admin/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: deep });
    // Both on the wire at once: a body walk that held the thread would hold this answer too.
    const health = fetch(`${cms.url}/_health`, { signal: AbortSignal.timeout(1000) });
    const res = await refused;
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/lồng nhau quá 64 tầng/);
    expect((await health).status).toBe(204);
  });

  it.each([
    ['U+0001', 'a\\u0001b'],
    ['ESC', 'đỏ\\u001b[31m'],
    ['U+FFFF', 'x\\uffff'],
  ])('security: a control character (%s) that XML cannot carry is a 400', async (_name, escaped) => {
    const res = await cms
      .http()
      .post('/api/articles?status=draft')
      .set(bearer())
      .set('Content-Type', 'application/json')
      .send(`{"data":{"summary":"${escaped}"}}`)
      .expect(400);
    expect(res.body.error.message).toMatch(/ký tự điều khiển/);
  });

  it("security: the search pages' highlight markers (U+0002, U+0003) are taken by the search, which stores nothing", async () => {
    const body = '{"queries":[{"indexUid":"articles","q":"tin","highlightPreTag":"\\u0002","highlightPostTag":"\\u0003"}]}';
    await cms.http().post('/api/search/multi-search').set('Content-Type', 'application/json').send(body).expect(200);
  });

  it('security: tab, line feed and carriage return stay allowed', async () => {
    const summary = 'Dòng một\tcột\r\nDòng hai';
    const created = await api.post('/api/articles?status=draft', articleData(site, { summary })).expect(201);
    expect(created.body.data.summary).toBe(summary);
  });

  it('security: an upload whose fileInfo holds a NUL is a 400', async () => {
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    const res = await cms
      .http()
      .post('/api/upload')
      .set(bearer())
      .field('fileInfo', '{"name":"anh\\u0000.png","alternativeText":"a"}')
      .attach('files', png, 'anh.png');
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/NUL/);
  });

  it.each([
    ['trang.html', 'text/html', '<script>fetch("/admin/access-token",{method:"POST",credentials:"include"})</script>'],
    ['kich-ban.js', 'text/javascript', 'fetch("/admin/access-token",{method:"POST",credentials:"include"})'],
    ['hinh.svg', 'image/svg+xml', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'],
  ])('security: an upload of %s (%s) is refused: only images, documents and media are taken', async (name, type, content) => {
    const res = await cms
      .http()
      .post('/api/upload')
      .set(bearer())
      .attach('files', Buffer.from(content), { filename: name, contentType: type });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    const stored = (await cms.strapi.db.query('plugin::upload.file').findMany({ where: { name }, select: ['id'] })) as unknown[];
    expect(stored).toHaveLength(0);
  });

  it('security: uploaded files are served with a sandboxing CSP and nosniff; an image inline, anything else as a download', async () => {
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    const uploaded = await cms.http().post('/api/upload').set(bearer()).attach('files', png, 'cham.png').expect(201);
    const image = await cms.http().get(uploaded.body[0].url).expect(200);
    expect(image.headers['content-security-policy']).toMatch(/sandbox/);
    expect(image.headers['x-content-type-options']).toBe('nosniff');
    expect(image.headers['content-disposition']).toBeUndefined();
    // A file stored before the allowlist (or put there by hand) is still inert.
    const fs = await import('fs/promises');
    const path = await import('path');
    const dir = path.dirname(path.join(cms.strapi.dirs.static.public, uploaded.body[0].url));
    await fs.writeFile(path.join(dir, 'cu.html'), '<script>alert(1)</script>');
    const page = await cms.http().get('/uploads/cu.html').expect(200);
    expect(page.headers['content-security-policy']).toMatch(/sandbox/);
    expect(page.headers['content-disposition']).toBe('attachment');
  });

  it('security: the content manager refuses a filter past its join bounds, for a super admin too, and keeps what its filter bar builds', async () => {
    const jwt = await cms.adminJwt();
    const list = (uid: string, qs: string) =>
      cms.http().get(`/content-manager/collection-types/${uid}?page=1&pageSize=10&${qs}`).set('Authorization', `Bearer ${jwt}`);
    const branches = (n: number) => Array.from({ length: n }, (_, i) => `filters[$or][${i}][articles][title][$containsi]=n`).join('&');
    await list('api::category.category', branches(2)).expect(200);
    const refused = await list('api::category.category', branches(3)).expect(400);
    expect(refused.body.error.message).toMatch(/Bộ lọc quá phức tạp/);
    await list('api::article.article', Array.from({ length: 11 }, (_, i) => `filters[$and][${i}][title][$containsi]=a`).join('&')).expect(
      400
    );
    // What the admin's filter bar sends: one $and entry per filter, a relation filter through its main field.
    await list(
      'api::article.article',
      'filters[$and][0][title][$containsi]=tin&filters[$and][1][categories][name][$eq]=Tin%20t%E1%BB%A9c&filters[$and][2][site][name][$eq]=x'
    ).expect(200);
  });

  it('security: a compressed request body is refused with 415', async () => {
    const res = await cms
      .http()
      .post('/admin/login')
      .set('Content-Type', 'application/json')
      .set('Content-Encoding', 'gzip')
      .send(Buffer.from([0x1f, 0x8b, 0x08]));
    expect(res.status).toBe(415);
  });

  it('security: generated bodies with NUL or invalid UTF-8 anywhere are a 400, never a 500, and store nothing', async () => {
    const invalidUtf8 = fc.constantFrom(
      Buffer.from([0xff]),
      Buffer.from([0xc3]),
      Buffer.from([0xed, 0xa0, 0x80]),
      Buffer.from([0xe0, 0x80, 0x80]),
      Buffer.from([0xf8, 0x88, 0x80, 0x80, 0x80])
    );
    await fc.assert(
      fc.asyncProperty(
        fc.string({ maxLength: 40 }),
        fc.string({ maxLength: 40 }),
        fc.boolean(),
        invalidUtf8,
        async (before, after, useNul, bad) => {
          const title = `Tin sinh ${unique()}`;
          const res = await postBytes(
            '/api/articles?status=draft',
            articleBytes(title, useNul ? Buffer.from('\\u0000') : bad, before, after)
          );
          expect(res.status).toBe(400);
          expect(await titles(title)).toHaveLength(0);
        }
      ),
      propertyRuns(40)
    );
  });
});

describe('security: wrong types are refused, never stored as null', () => {
  let cms: TestCms;
  let api: ContentApi;
  let site: Awaited<ReturnType<typeof makeSite>>;

  beforeAll(async () => {
    cms = await startCms();
    api = contentApi(cms, await cms.apiToken('full-access'));
    site = await makeSite(api);
  });
  afterAll(async () => cms?.close());

  it.each([
    ['a plain string', 'Nội dung gõ thẳng'],
    ['a number', 42],
    ['an object', { type: 'paragraph' }],
    ['true', true],
  ])('security: a rich-text body sent as %s is a 400 naming the field, and nothing is stored', async (_kind, body) => {
    const title = `Tin sai kiểu ${unique()}`;
    const res = await api.post('/api/articles?status=draft', articleData(site, { title, body })).expect(400);
    expect(res.body.error.details.errors.map((e: { path: string[] }) => e.path.join('.'))).toContain('body');
    expect(res.body.error.message).toMatch(/danh sách khối/);
    expect(await cms.strapi.db.query('api::article.article').count({ where: { title } })).toBe(0);
  });

  it('security: an update that sends a rich-text body as a string is a 400 and keeps the stored text', async () => {
    const created = await api.post('/api/articles?status=draft', articleData(site)).expect(201);
    const id = created.body.data.documentId as string;
    await api.put(`/api/articles/${id}?status=draft`, { body: 'đè bằng chuỗi' }).expect(400);
    const stored = await api.get(`/api/articles/${id}?status=draft&fields[0]=body`).expect(200);
    expect(stored.body.data.body).toEqual(articleData(site).body);
  });
});

// SQLite has no statement timeout (better-sqlite3 cannot interrupt a query): the public API's
// bounds are its defence there (docs/security.md).
(testDatabase() === 'postgres' ? describe : describe.skip)('security: PostgreSQL statement timeout', () => {
  let cms: TestCms;
  const saved = process.env.DATABASE_STATEMENT_TIMEOUT_MS;

  beforeAll(async () => {
    process.env.DATABASE_STATEMENT_TIMEOUT_MS = '500';
    cms = await startCms();
  });
  afterAll(async () => {
    await cms?.close();
    if (saved === undefined) delete process.env.DATABASE_STATEMENT_TIMEOUT_MS;
    else process.env.DATABASE_STATEMENT_TIMEOUT_MS = saved;
  });

  it('security: a statement running past DATABASE_STATEMENT_TIMEOUT_MS is cancelled and the pool keeps answering', async () => {
    const knex = cms.strapi.db.connection;
    expect((await knex.raw('SHOW statement_timeout')).rows[0].statement_timeout).toBe('500ms');
    await expect(knex.raw('SELECT pg_sleep(5)')).rejects.toThrow(/statement timeout/);
    await cms.http().get('/api/articles').expect(200);
  });
});
