// @ts-check
// Serves each site's live release, site/dist/<slug>/live/, at http://localhost:<port>/<slug>/, as
// the production web server (site/deploy/nginx.conf) does, with each site's own 404 page, a merged
// or retired site's 301s, and production's security headers on every response. `live` is resolved
// on every request, so a rebuild or rollback shows at once.
//
// Only what is known to be a page or asset of a live release is served (site-path.mjs decides):
// never a release's own records (.page-plan.json, .uploads.json), an older release under
// releases/, or anything outside site/dist, however the address is spelled.
import fs from 'fs';
import http from 'http';
import path from 'path';
import sirv from 'sirv';
import { accessLogger } from './access-log.mjs';
import { securityHeaders } from './security-headers.mjs';
import { parseSitePath } from './site-path.mjs';

/** The sites built under distDir, each with the <title> of its home page (already HTML-escaped). */
const builtSites = (/** @type {string} */ distDir) =>
  (fs.existsSync(distDir) ? fs.readdirSync(distDir) : [])
    .filter((name) => fs.existsSync(path.join(distDir, name, 'live', 'index.html')))
    .map((slug) => {
      const html = fs.readFileSync(path.join(distDir, slug, 'live', 'index.html'), 'utf8');
      return { slug, title: html.match(/<title>([^<]*)<\/title>/)?.[1] ?? slug };
    });

/** A plain list of the built sites, for http://localhost:<port>/ (production serves each on its domain). */
const indexPage = (/** @type {Array<{ slug: string, title: string }>} */ sites) =>
  `<!doctype html><html lang="vi"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
  `<title>Các trang thông tin điện tử</title><body>` +
  `<h1>Các trang thông tin điện tử</h1><ul>${sites.map((s) => `<li><a href="/${s.slug}/">${s.title}</a></li>`).join('')}</ul></body></html>`;

/** For a request Node's HTTP parser refuses before it reaches the server's handler. */
const BAD_REQUEST = 'Yêu cầu không hợp lệ (bad request): địa chỉ hoặc tiêu đề HTTP sai cú pháp.';

const PLAIN_PAGE = (/** @type {string} */ title) =>
  `<!doctype html><html lang="vi"><meta charset="utf-8"><title>${title}</title><h1>${title}</h1></html>`;

/**
 * The release `live` points to, as a real path, when it is one of the site's releases; null when
 * the site has none (or `live` points anywhere else).
 */
const liveRelease = (/** @type {string} */ distDir, /** @type {string} */ slug) => {
  try {
    const releases = fs.realpathSync(path.join(distDir, slug, 'releases'));
    const live = fs.realpathSync(path.join(distDir, slug, 'live'));
    return path.dirname(live) === releases ? live : null;
  } catch {
    return null;
  }
};

/** A file's real path when it is a regular file inside the release (no symlink leads out); else null. */
const fileInside = (/** @type {string} */ release, /** @type {string} */ file) => {
  try {
    const real = fs.realpathSync(file);
    return real.startsWith(release + path.sep) && fs.statSync(real).isFile() ? real : null;
  } catch {
    return null;
  }
};

/** @type {Map<string, Map<string, string> | null>} */
const plans = new Map();
/**
 * A merged or retired site's redirect plan (redirects.json of its live release): old path → new
 * address. A release never changes once written, so its plan is read once.
 */
const redirectsOf = (/** @type {string} */ release) => {
  if (!plans.has(release)) {
    const file = path.join(release, 'redirects.json');
    /** @type {{ redirects: Array<{ path: string, target: string }> } | null} */
    const plan = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : null;
    plans.set(release, plan && new Map(plan.redirects.map((r) => [r.path, r.target])));
  }
  return plans.get(release);
};

/** The CMS's public participation routes, and nothing else of it, pass through the sites' server (as production's nginx does). */
const PARTICIPATION = /^\/api\/participation\/(?:challenge|comments|questions|questions\/status)$/;

/** Request headers the CMS needs from a form post; nothing else is passed on (no cookies). */
const PASSED_HEADERS = ['content-type', 'content-length', 'accept', 'accept-language', 'origin', 'user-agent'];

/**
 * Passes a participation request to the CMS and its answer back, the CMS's own headers included
 * (its pages carry their own policy): the pages post to their own origin, so the Content-Security-
 * Policy needs no other, and production's nginx does the same (site/deploy/nginx.conf).
 * @param {import('http').IncomingMessage} req
 * @param {import('http').ServerResponse} res
 * @param {string} cms
 */
const passToCms = (req, res, cms) => {
  const headers = Object.fromEntries(
    PASSED_HEADERS.filter((name) => req.headers[name] !== undefined).map((name) => [name, req.headers[name]])
  );
  const upstream = http.request(
    new URL(req.url ?? '/', cms),
    { method: req.method, headers: { ...headers, 'x-forwarded-for': req.socket.remoteAddress ?? '' }, timeout: 30_000 },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    }
  );
  upstream.on('timeout', () => upstream.destroy(new Error('timeout')));
  upstream.on('error', () => {
    if (res.headersSent) return res.destroy();
    const body = PLAIN_PAGE('Không kết nối được máy chủ tiếp nhận. Vui lòng thử lại sau.');
    res.writeHead(502, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': Buffer.byteLength(body) });
    res.end(body);
  });
  req.pipe(upstream);
};

/**
 * Starts the static server; resolves with the slugs it serves once it listens.
 * `connectSrc` / `imgSrc`: origins the pages may also reach besides their own (the CMS's search
 * API and uploads on another port under npm start); they go into the Content-Security-Policy.
 * `participation`: the CMS's address, to which the participation routes pass (none: they are 404).
 * `accessLog`: a folder for the anonymised access log the visitor figures are counted from (none: no log).
 * @param {string} distDir
 * @param {number} port
 * @param {{ connectSrc?: string[], imgSrc?: string[], participation?: string, accessLog?: string }} [options]
 */
export const serveSites = (distDir, port, options = {}) =>
  new Promise((resolve, reject) => {
    const root = path.resolve(distDir);
    const headers = securityHeaders(options);
    const files = sirv(root, { dev: true, etag: true, extensions: [], dotfiles: false });
    const access = options.accessLog ? accessLogger(options.accessLog) : null;

    /** A whole response, with its length (never chunked, so HEAD and keep-alive clients know where it ends). */
    const reply = (
      /** @type {import('http').ServerResponse} */ res,
      /** @type {number} */ status,
      /** @type {Record<string, string>} */ extra,
      body = ''
    ) => {
      res.writeHead(status, { ...extra, 'Content-Length': Buffer.byteLength(body) });
      res.end(res.req.method === 'HEAD' ? undefined : body);
    };
    /** @param {import('http').ServerResponse} res @param {number} status @param {string} message */
    const refuse = (res, status, message) => reply(res, status, { 'Content-Type': 'text/html; charset=utf-8' }, PLAIN_PAGE(message));
    const redirect = (/** @type {import('http').ServerResponse} */ res, /** @type {string} */ location) =>
      reply(res, 301, { Location: location });
    /** The site's own 404 page when it has one, with status 404. */
    const notFound = (/** @type {import('http').ServerResponse} */ res, /** @type {string | null} */ release) => {
      const page = release && fileInside(release, path.join(release, '404.html'));
      if (!page) return refuse(res, 404, 'Không tìm thấy trang');
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': fs.statSync(page).size });
      if (res.req.method === 'HEAD') res.end();
      else fs.createReadStream(page).pipe(res);
    };

    const server = http.createServer((req, res) => {
      access?.log(req, res);
      const route = (req.url ?? '').split('?')[0];
      if (options.participation && PARTICIPATION.test(route) && (req.method === 'GET' || req.method === 'POST'))
        return passToCms(req, res, options.participation);
      for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.setHeader('Allow', 'GET, HEAD');
        return refuse(res, 405, 'Phương thức không được hỗ trợ');
      }
      const target = parseSitePath(req.url ?? '');
      if (target.kind === 'bad') return refuse(res, 400, `Địa chỉ không hợp lệ. ${target.reason}`);
      if (target.kind === 'index') return reply(res, 200, { 'Content-Type': 'text/html; charset=utf-8' }, indexPage(builtSites(root)));
      if (target.kind === 'none') return notFound(res, null);
      const release = liveRelease(root, target.slug);
      if (!release) return notFound(res, null);
      if (target.kind === 'site-root') return redirect(res, `/${target.slug}/`);
      // A merged or retired site: every address it ever had answers 301, as production's nginx map does.
      const moved = redirectsOf(release)?.get(target.segments.join('/'));
      if (moved) return redirect(res, moved);
      const folder = target.segments.at(-1) === '';
      const file = fileInside(release, path.join(release, ...target.segments, ...(folder ? ['index.html'] : [])));
      if (!file) {
        // /phuong-7/tin-tuc → /phuong-7/tin-tuc/ when tin-tuc is a page folder.
        if (!folder && fileInside(release, path.join(release, ...target.segments, 'index.html'))) {
          return redirect(res, `/${target.slug}/${target.segments.join('/')}/`);
        }
        return notFound(res, release);
      }
      // The exact file, by its place under the live release: sirv adds its type, length and ETag.
      req.url = `/${[target.slug, 'live', ...path.relative(release, file).split(path.sep)].join('/')}`;
      files(req, res, () => notFound(res, release));
    });
    // A request Node's parser refuses (a raw NUL or space in the address, a malformed header) is
    // answered here, so it too carries the security headers.
    server.on('clientError', (error, socket) => {
      if (!socket.writable) return socket.destroy();
      const lines = Object.entries(headers)
        .map(([name, value]) => `${name}: ${value}\r\n`)
        .join('');
      socket.end(
        `HTTP/1.1 400 Bad Request\r\n${lines}Content-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(BAD_REQUEST)}\r\nConnection: close\r\n\r\n${BAD_REQUEST}`
      );
    });
    server.on('error', reject);
    server.on('close', () => access?.close());
    server.listen(port, () => {
      resolve({ server, slugs: builtSites(root).map((site) => site.slug) });
    });
  });
