// @ts-check
// npm start's static server (scripts/lib/serve-sites.mjs) serves only each site's live release,
// with production's security headers on every response; production's nginx.conf carries the same
// headers. Real files in a temporary site/dist-like folder (releases, `live` symlinks, a release's
// records, a merged site's redirect release), real HTTP over a socket so that any bytes can be
// sent. Generated addresses (fast-check): fixed seed when CI is set, else a random one, printed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { serveSites } from '../../scripts/lib/serve-sites.mjs';
import { securityHeaders } from '../../scripts/lib/security-headers.mjs';

const siteDir = fileURLToPath(new URL('..', import.meta.url));
const seed = Number(process.env.FC_SEED ?? (process.env.CI ? 22 : Date.now() % 2 ** 31));
const numRuns = process.env.CI ? 300 : 500;
console.log(`static server security properties: fast-check seed ${seed} (replay with FC_SEED=${seed})`);

const SEARCH_ORIGIN = 'http://localhost:1337';
/** An article's video, audio and captions files, by extension, with the type a browser needs to play them. */
const MEDIA_TYPES = new Map([
  ['mp4', 'video/mp4'],
  ['webm', 'video/webm'],
  ['mp3', 'audio/mpeg'],
  ['m4a', 'audio/mp4'],
  ['ogg', 'audio/ogg'],
  ['vtt', 'text/vtt'],
]);
const work = mkdtempSync(join(tmpdir(), 'static-security-'));
const dist = join(work, 'dist');
/**
 * Every file's content names the file, so a response body tells which file was served.
 * @type {Map<string, string>}
 */
const liveFiles = new Map();
/** @type {Map<string, string>} */
const otherFiles = new Map();

/** @param {string} file @param {string} content @param {boolean} live */
const write = (file, content, live) => {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
  (live ? liveFiles : otherFiles).set(content, file);
};
/**
 * A site with an old release (holding a since-withdrawn article) and a live one.
 * @param {string} slug
 * @param {{ redirects?: [string, string][] }} [options] a redirect release's old paths and where each goes
 */
const site = (slug, { redirects } = {}) => {
  const old = join(dist, slug, 'releases', '20250101-000000-old');
  const live = join(dist, slug, 'releases', '20250102-000000-new');
  write(join(old, 'index.html'), `old home of ${slug}`, false);
  write(join(old, 'tin', 'da-go', 'index.html'), `withdrawn article of ${slug}`, false);
  write(join(old, '.page-plan.json'), `old plan of ${slug}`, false);
  write(join(live, 'index.html'), `<title>${slug}</title> live home of ${slug}`, true);
  write(join(live, '404.html'), `404 page of ${slug}`, true);
  write(join(live, 'tin', 'bai-moi', 'index.html'), `live article of ${slug}`, true);
  write(join(live, '_astro', 'search.B1x_9.js'), `live script of ${slug}`, true);
  write(join(live, 'uploads', 'anh_1a2b.jpg'), `live photo of ${slug}`, true);
  for (const ext of MEDIA_TYPES.keys()) write(join(live, 'uploads', `media_1a2b.${ext}`), `live ${ext} media of ${slug}`, true);
  write(join(live, 'thong-ke', 'dan-so.csv'), `live dataset of ${slug}`, true);
  write(join(live, 'lich-cong-tac', 'lich.ics'), `live calendar of ${slug}`, true);
  write(join(live, 'urls.json'), `live manifest of ${slug}`, true);
  write(join(live, '.page-plan.json'), `live plan of ${slug}`, false);
  write(join(live, '.uploads.json'), `live uploads record of ${slug}`, false);
  if (redirects) {
    writeFileSync(
      join(live, 'redirects.json'),
      JSON.stringify({ site: slug, redirects: redirects.map(([path, target]) => ({ path, target })) })
    );
    writeFileSync(join(live, 'redirects.path.map'), redirects.map(([path, target]) => `"/${slug}/${path}" "${target}";`).join('\n') + '\n');
    write(join(live, 'gioi-thieu', 'index.html'), `redirect page of ${slug}`, true);
  }
  // A symlink inside the live release that leads out of it is not served either.
  symlinkSync(join(work, 'secret.txt'), join(live, 'lien-ket.txt'));
  symlinkSync(join('releases', '20250102-000000-new'), join(dist, slug, 'live'));
};

write(join(work, 'secret.txt'), 'a file outside the sites', false);
write(join(dist, 'ghi-chu.txt'), 'a file beside the sites', false);
write(join(dist, '.env'), 'a dotfile beside the sites', false);
site('phuong-7');
site('vung-tau');
site('phuong-6', {
  redirects: [
    ['', '/phuong-7/'],
    ['gioi-thieu/', '/phuong-7/gioi-thieu/'],
    ['tin/da-go/', '/phuong-7/'],
  ],
});

const expectedHeaders = securityHeaders({ connectSrc: [SEARCH_ORIGIN] });
/** @type {import('node:http').Server | undefined} */
let server;
/** @type {number} */
let port;

before(async () => {
  const served = await serveSites(dist, 0, { connectSrc: [SEARCH_ORIGIN] });
  server = served.server;
  port = /** @type {import('node:net').AddressInfo} */ (served.server.address()).port;
});
after(() => {
  server?.close();
  rmSync(work, { recursive: true, force: true });
});

/** @typedef {{ status: number, headers: Record<string, string>, body: string }} Answer */

/**
 * One request with the address sent exactly as given (fetch and http.request would normalise or refuse it).
 * @param {string} target
 * @param {string} [method]
 * @returns {Promise<Answer>}
 */
const request = (target, method = 'GET') =>
  new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    /** @type {Buffer[]} */
    const chunks = [];
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', reject);
    socket.on('end', () => {
      try {
        resolve(parse(Buffer.concat(chunks)));
      } catch (error) {
        reject(error);
      }
    });
    /** @param {Buffer} raw */
    const parse = (raw) => {
      const split = raw.indexOf('\r\n\r\n');
      const [statusLine, ...lines] = raw.subarray(0, split).toString('latin1').split('\r\n');
      const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
      const body = raw.subarray(split + 4);
      if (method !== 'HEAD')
        assert.equal(body.length, Number(headers['content-length'] ?? 0), `${JSON.stringify(target)}: the body has the announced length`);
      return { status: Number(statusLine.split(' ')[1]), headers, body: body.toString('utf8') };
    };
    socket.write(
      Buffer.concat([
        Buffer.from(`${method} `),
        Buffer.from(target, 'latin1'),
        Buffer.from(' HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n'),
      ])
    );
  });

/** Every response carries exactly production's security headers. @param {Answer} res @param {string} target */
const assertSecurityHeaders = (res, target) => {
  for (const [name, value] of Object.entries(expectedHeaders))
    assert.equal(res.headers[name.toLowerCase()], value, `${JSON.stringify(target)}: ${name}`);
};

/** What may answer any address: a refusal, a redirect to a path on this host, or a file of a live release. @param {Answer} res @param {string} target */
const assertSafe = (res, target) => {
  assertSecurityHeaders(res, target);
  if (res.status === 200 && res.body.includes('<title>Các trang thông tin điện tử</title>')) {
    // The list of sites, at / only (whatever the query).
    assert.equal(decodeURIComponent(target.split('?')[0]), '/', `${JSON.stringify(target)} answered with the list of sites`);
  } else if (res.status === 200) {
    assert.ok(
      liveFiles.has(res.body),
      `${JSON.stringify(target)} served ${JSON.stringify(res.body.slice(0, 80))}, not a file of a live release`
    );
  } else if (res.status === 301) {
    assert.match(res.headers.location, /^\/[a-z0-9]/, `${JSON.stringify(target)}: a redirect stays on this host`);
  } else {
    assert.ok([400, 404].includes(res.status), `${JSON.stringify(target)}: status ${res.status}`);
    assert.ok(!otherFiles.has(res.body), `${JSON.stringify(target)}: a refusal shows no other file`);
  }
};

test('security: the static server serves the live release of each site, with the security headers', async () => {
  /** @type {[string, number, string][]} */
  const cases = [
    ['/phuong-7/', 200, 'live home of phuong-7'],
    ['/phuong-7/tin/bai-moi/', 200, 'live article of phuong-7'],
    ['/phuong-7/tin/bai-moi/?utm_source=zalo', 200, 'live article of phuong-7'],
    ['/phuong-7/_astro/search.B1x_9.js', 200, 'live script of phuong-7'],
    ['/phuong-7/uploads/anh_1a2b.jpg', 200, 'live photo of phuong-7'],
    // One decoding, as nginx does: an encoded letter names the same file of the live release.
    ['/%70huong-7/tin/bai-moi/', 200, 'live article of phuong-7'],
  ];
  for (const [target, status, body] of cases) {
    const res = await request(target);
    assert.equal(res.status, status, target);
    assert.ok(res.body.endsWith(body), `${target}: ${res.body}`);
    assertSecurityHeaders(res, target);
  }
  assert.match((await request('/phuong-7/_astro/search.B1x_9.js')).headers['content-type'], /javascript/);
  assert.equal((await request('/')).status, 200, 'the list of sites');
});

test('security: the static server refuses dotfiles, releases, encoded slugs, dot-segments, double slashes, backslashes, NUL, overlong and unknown paths', async () => {
  /** @type {[string, number][]} */
  const table = [
    // A release's own records, and files beside the sites.
    ['/phuong-7/.page-plan.json', 404],
    ['/phuong-7/.uploads.json', 404],
    ['/phuong-7/%2epage-plan.json', 404],
    ['/.env', 404],
    ['/ghi-chu.txt', 404],
    // Older releases (the withdrawn article), by any spelling.
    ['/phuong-7/releases/20250101-000000-old/tin/da-go/', 404],
    ['/%70huong-7/releases/20250101-000000-old/tin/da-go/', 404],
    ['/phuong-7/live/index.html', 404],
    ['/phuong-7/%2e%2e/phuong-7/releases/20250101-000000-old/tin/da-go/', 400],
    ['/phuong-7/..%2freleases/20250101-000000-old/', 400],
    ['/phuong-7/%2e%2e%2f%2e%2e%2fsecret.txt', 400],
    ['/phuong-7/%252e%252e/secret.txt', 400],
    ['/phuong-7/../../secret.txt', 400],
    // Double slashes and dot-segments.
    ['//phuong-7/', 400],
    ['/phuong-7//tin/bai-moi/', 400],
    ['/./phuong-7/', 400],
    ['/phuong-7/./tin/bai-moi/', 400],
    ['/phuong-7/%2f/tin/bai-moi/', 400],
    // Backslashes, NUL, bad encodings.
    ['/phuong-7\\..\\secret.txt', 400],
    ['/phuong-7/%5c..%5csecret.txt', 400],
    ['/phuong-7/%00', 400],
    ['/phuong-7/index.html%00.js', 400],
    ['/phuong-7/\u0000', 400],
    ['/phuong-7/%', 400],
    ['/phuong-7/%c0%af', 400],
    // Not a path at all, or far too long.
    ['http://localhost/phuong-7/', 400],
    ['*', 400],
    [`/phuong-7/${'a/'.repeat(1100)}`, 400],
    // Names of no site, or of nothing in a live release.
    ['/khong-co-trang/', 404],
    ['/PHUONG-7/', 404],
    ['/phuong-7/lien-ket.txt', 404],
    ['/phuong-7/khong-co/', 404],
  ];
  for (const [target, status] of table) {
    const res = await request(target);
    assert.equal(res.status, status, JSON.stringify(target));
    assertSafe(res, target);
  }
  assert.ok((await request('/phuong-7/khong-co/')).body.endsWith('404 page of phuong-7'), "a site's own 404 page");
  // A refusal says what is wrong, in Vietnamese.
  assert.match((await request('/phuong-7/../x')).body, /không được có đoạn “\.”, “\.\.” hoặc hai dấu “\/” liền nhau/);
  assert.match((await request('/phuong-7/%5c')).body, /ký tự không được phép/);
  assert.match((await request('/phuong-7/%e0%a4%a')).body, /mã “%” không hợp lệ/);
  assert.match((await request(`/${'a'.repeat(3000)}`)).body, /quá dài/);
  const post = await request('/phuong-7/', 'POST');
  assert.equal(post.status, 405);
  assertSecurityHeaders(post, 'POST /phuong-7/');
});

test("security: the static server answers a merged site's old addresses with 301, as production's nginx map does", async () => {
  for (const [target, location] of [
    ['/phuong-6/gioi-thieu/', '/phuong-7/gioi-thieu/'],
    ['/phuong-6/tin/da-go/', '/phuong-7/'],
    ['/phuong-6/', '/phuong-7/'],
    ['/phuong-7', '/phuong-7/'],
    ['/phuong-7/tin/bai-moi', '/phuong-7/tin/bai-moi/'],
  ]) {
    const res = await request(target);
    assert.equal(res.status, 301, target);
    assert.equal(res.headers.location, location, target);
    assertSecurityHeaders(res, target);
  }
});

test('security: every generated address gets 400, 404, a redirect on this host, or a file of a live release, with the security headers', async () => {
  const piece = fc.constantFrom(
    '/',
    '/',
    '/',
    '//',
    '.',
    '..',
    '%2e',
    '%2E',
    '%2e%2e',
    '%2f',
    '%2F',
    '%5c',
    '%5C',
    '\\',
    '%00',
    '\u0000',
    '%',
    '%25',
    '%252e',
    '%c0%ae',
    '%ff',
    '%C3%BC',
    'ü',
    '%70',
    'p',
    'huong-7',
    'phuong-7',
    'phuong-6',
    'vung-tau',
    'PHUONG-7',
    'releases',
    '20250101-000000-old',
    '20250102-000000-new',
    'live',
    '.page-plan.json',
    '.uploads.json',
    '.env',
    'index.html',
    '404.html',
    'tin',
    'da-go',
    'bai-moi',
    '_astro',
    'search.B1x_9.js',
    'uploads',
    'anh_1a2b.jpg',
    'lien-ket.txt',
    'ghi-chu.txt',
    'secret.txt',
    'gioi-thieu',
    'redirects.json',
    '?',
    '?q=/../',
    '#',
    ';',
    ' ',
    '%20',
    '\t',
    '@',
    ':',
    '~'
  );
  const address = fc.oneof(
    { weight: 8, arbitrary: fc.array(piece, { minLength: 1, maxLength: 12 }).map((pieces) => `/${pieces.join('')}`) },
    { weight: 1, arbitrary: fc.array(piece, { minLength: 1, maxLength: 6 }).map((pieces) => pieces.join('')) },
    { weight: 1, arbitrary: fc.integer({ min: 1000, max: 2200 }).map((n) => `/phuong-7/${'tin/'.repeat(n)}`.slice(0, n * 2)) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 40 }).map((s) => `/phuong-7/${s}`) }
  );
  await fc.assert(
    fc.asyncProperty(address, fc.constantFrom('GET', 'HEAD'), async (target, method) => {
      // A CR, LF or space would end the request line itself: not an address a client can send.
      fc.pre(!/[\r\n ]/.test(target));
      const res = await request(target, method);
      if (method === 'HEAD') return assertSecurityHeaders(res, target);
      assertSafe(res, target);
    }),
    { seed, numRuns }
  );
});

test('security: the static server passes the four participation routes to the CMS, GET or POST, and nothing else of it', async (t) => {
  // A stand-in for the CMS that says what it was asked, with a header of its own.
  /** @type {string[]} */
  const seen = [];
  const cms = (await import('node:http')).createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      seen.push(`${req.method} ${req.url} ${req.headers['x-forwarded-for'] ?? ''} ${req.headers.cookie ?? ''} ${body}`);
      res.writeHead(201, { 'Content-Type': 'application/json', 'Content-Security-Policy': "default-src 'none'" });
      res.end('{"data":{}}');
    });
  });
  await new Promise((resolve) => cms.listen(0, '127.0.0.1', () => resolve(undefined)));
  t.after(() => cms.close());
  const cmsUrl = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (cms.address()).port}`;
  const passing = await serveSites(dist, 0, { participation: cmsUrl });
  t.after(() => passing.server.close());
  const at = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (passing.server.address()).port}`;
  for (const route of ['/api/participation/challenge', '/api/participation/questions/status?code=HD-1']) {
    const res = await fetch(`${at}${route}`, { headers: { Cookie: 'secret=1' } });
    assert.equal(res.status, 201, route);
    // The CMS's own headers, not the sites' policy.
    assert.equal(res.headers.get('content-security-policy'), "default-src 'none'", route);
  }
  for (const route of ['/api/participation/comments', '/api/participation/questions']) {
    const res = await fetch(`${at}${route}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"a":1}' });
    assert.equal(res.status, 201, route);
  }
  assert.deepEqual(
    seen.map((line) => line.replace(/ 127\.0\.0\.1 | ::ffff:127\.0\.0\.1 /, ' <client> ')),
    [
      'GET /api/participation/challenge <client>  ',
      'GET /api/participation/questions/status?code=HD-1 <client>  ',
      'POST /api/participation/comments <client>  {"a":1}',
      'POST /api/participation/questions <client>  {"a":1}',
    ],
    'the client address is passed on, cookies are not'
  );
  for (const [method, route] of [
    ['GET', '/api/participation/other'],
    ['GET', '/api/articles'],
    ['POST', '/api/participation/comments/1'],
    ['GET', '/api/participation/'],
    ['PUT', '/api/participation/comments'],
    ['DELETE', '/api/participation/questions'],
  ]) {
    const res = await fetch(`${at}${route}`, { method });
    assert.ok([404, 405].includes(res.status), `${method} ${route}: ${res.status}`);
  }
  assert.equal(seen.length, 4, 'nothing else reached the CMS');
  // Without the option (as in the tests above), the routes are not passed at all.
  assert.equal((await request('/api/participation/challenge')).status, 404);
});

test('editors: the static server serves video, audio and captions with their types, and answers range requests (seeking)', async () => {
  for (const [ext, type] of MEDIA_TYPES) {
    const whole = await fetch(`http://127.0.0.1:${port}/phuong-7/uploads/media_1a2b.${ext}`);
    assert.equal(whole.status, 200, ext);
    assert.equal(whole.headers.get('content-type')?.split(';')[0], type, ext);
    assert.equal(whole.headers.get('x-content-type-options'), 'nosniff');
    const body = `live ${ext} media of phuong-7`;
    assert.equal(await whole.text(), body);
    const part = await fetch(`http://127.0.0.1:${port}/phuong-7/uploads/media_1a2b.${ext}`, { headers: { Range: 'bytes=5-9' } });
    assert.equal(part.status, 206, `${ext}: a range`);
    assert.equal(part.headers.get('content-range'), `bytes 5-9/${Buffer.byteLength(body)}`);
    assert.equal(await part.text(), body.slice(5, 10));
  }
  assert.match(expectedHeaders['Content-Security-Policy'], /(?:^|; )media-src 'self'(?:;|$)/);
});

test('security: production nginx.conf carries exactly the security headers of security-headers.json, in every server block', () => {
  const conf = readFileSync(join(siteDir, 'deploy', 'nginx.conf'), 'utf8');
  const expected = Object.entries(securityHeaders())
    .map(([name, value]) => `${name}: ${value}`)
    .sort();
  /** @type {{ active: string[], commented: string[] }} */
  const blocks = { active: [], commented: [] };
  for (const line of conf.split('\n')) {
    const m = line.match(/^(#?)\s*add_header\s+([A-Za-z-]+)\s+"([^"]*)"\s+always;\s*$/);
    if (m && m[2] !== 'Cache-Control') blocks[m[1] ? 'commented' : 'active'].push(`${m[2]}: ${m[3]}`);
  }
  assert.deepEqual(blocks.active.sort(), expected, 'the shared-host server block');
  // The commented search-api location repeats nosniff (its own add_header drops the server's).
  assert.deepEqual(
    blocks.commented.filter((h) => !h.startsWith('X-Content-Type-Options')).sort(),
    expected.filter((h) => !h.startsWith('X-Content-Type-Options')),
    'the example server block of a site on its own domain'
  );
});

// Production's own configuration against the same folder, when an nginx binary is at hand
// (NGINX_PATH, or nginx on the PATH; Debian's nginx package), as site-build/redirects.mjs runs it.
const nginx = process.env.NGINX_PATH ?? (spawnSync('sh', ['-c', 'command -v nginx']).stdout?.toString().trim() || null);
test(
  'security: production nginx sends the same security headers on pages, 404s and redirects, and refuses the same addresses',
  { skip: nginx ? false : 'no nginx binary (set NGINX_PATH)' },
  async (t) => {
    const nginxDir = join(work, 'nginx');
    mkdirSync(join(nginxDir, 'tmp'), { recursive: true });
    // nginx's workers run as an unprivileged user: the temporary folder (0700) must be readable.
    chmodSync(work, 0o755);
    const nginxPort = await new Promise((resolve) => {
      const s = createServer().listen(0, () => {
        const p = /** @type {import('node:net').AddressInfo} */ (s.address()).port;
        s.close(() => resolve(p));
      });
    });
    const conf = readFileSync(join(siteDir, 'deploy', 'nginx.conf'), 'utf8')
      .replaceAll('/srv/sites', dist)
      // The visits log (deploy/nginx.conf's access_log) goes to the test's folder, not /var/log.
      .replaceAll('/var/log/sites', nginxDir)
      .replace('listen 8080 default_server', `listen 127.0.0.1:${nginxPort} default_server`);
    writeFileSync(join(nginxDir, 'site.conf'), conf);
    const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((x) => `${x}_temp_path ${nginxDir}/tmp;`).join(' ');
    writeFileSync(
      join(nginxDir, 'nginx.conf'),
      `daemon off; pid ${nginxDir}/nginx.pid; error_log ${nginxDir}/error.log warn; events {}\nhttp { access_log off; ${temp} include ${nginxDir}/site.conf; }\n`
    );
    // Skipped without a binary: nginx is set here.
    const proc = spawn(/** @type {string} */ (nginx), ['-p', nginxDir, '-c', join(nginxDir, 'nginx.conf')], { stdio: 'inherit' });
    t.after(() => proc.kill('SIGTERM'));
    /** @param {string} path */
    const at = (path) => fetch(`http://127.0.0.1:${nginxPort}${path}`, { redirect: 'manual' });
    for (
      let i = 0;
      i < 50 &&
      !(await at('/phuong-7/').then(
        () => true,
        () => false
      ));
      i++
    )
      await new Promise((r) => setTimeout(r, 100));
    const production = securityHeaders();
    for (const [path, status] of /** @type {[string, number][]} */ ([
      ['/phuong-7/', 200],
      ['/phuong-7/tin/bai-moi/', 200],
      ['/phuong-7/khong-co/', 404],
      ['/phuong-7/.page-plan.json', 404],
      ['/phuong-7/releases/20250101-000000-old/tin/da-go/', 404],
      ['/%70huong-7/releases/20250101-000000-old/tin/da-go/', 404],
      ['/phuong-7', 301],
      ['/phuong-6/gioi-thieu/', 301],
      ['/khong-co-trang/', 404],
    ])) {
      const res = await at(path);
      assert.equal(res.status, status, path);
      for (const [name, value] of Object.entries(production)) assert.equal(res.headers.get(name), value, `${path}: ${name}`);
    }
    // Captions: browsers drop a <track> not served as text/vtt; nginx's stock mime.types has no entry for it.
    const captions = await at('/phuong-7/uploads/media_1a2b.vtt');
    assert.equal(captions.status, 200);
    assert.equal(captions.headers.get('content-type'), 'text/vtt');
    for (const [name, value] of Object.entries(production)) assert.equal(captions.headers.get(name), value, `captions: ${name}`);
    assert.equal((await at('/phuong-7/uploads/khong-co.vtt')).status, 404);
    // A dataset's CSV and the schedule's feed: mime.types has neither, and calendar apps want text/calendar.
    for (const [path, type, body] of [
      ['/phuong-7/thong-ke/dan-so.csv', 'text/csv', 'live dataset of phuong-7'],
      ['/phuong-7/lich-cong-tac/lich.ics', 'text/calendar', 'live calendar of phuong-7'],
    ]) {
      const res = await at(path);
      assert.equal(res.status, 200, path);
      assert.equal(res.headers.get('content-type'), type, path);
      assert.equal(await res.text(), body, path);
      for (const [name, value] of Object.entries(production)) assert.equal(res.headers.get(name), value, `${path}: ${name}`);
    }
    assert.equal((await at('/phuong-7/thong-ke/khong-co.csv')).status, 404);
    assert.equal((await at('/phuong-7/releases/20250101-000000-old/lich.ics')).status, 404);
  }
);
