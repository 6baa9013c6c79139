// Serves each site's live release, site/dist/<slug>/live/, at http://localhost:<port>/<slug>/, as
// the production web server (site/deploy/nginx.conf) does, with each site's own 404 page. `live`
// is resolved on every request, so a rebuild or rollback shows at once.
import fs from 'fs';
import http from 'http';
import path from 'path';
import sirv from 'sirv';

/** The sites built under distDir, each with the <title> of its home page (already HTML-escaped). */
const builtSites = (distDir) =>
  (fs.existsSync(distDir) ? fs.readdirSync(distDir) : [])
    .filter((name) => fs.existsSync(path.join(distDir, name, 'live', 'index.html')))
    .map((slug) => {
      const html = fs.readFileSync(path.join(distDir, slug, 'live', 'index.html'), 'utf8');
      return { slug, title: html.match(/<title>([^<]*)<\/title>/)?.[1] ?? slug };
    });

/** A plain list of the built sites, for http://localhost:<port>/ (production serves each on its domain). */
const indexPage = (sites) =>
  `<!doctype html><html lang="vi"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
  `<title>Các trang thông tin điện tử</title><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem">` +
  `<h1>Các trang thông tin điện tử</h1><ul>${sites.map((s) => `<li><a href="/${s.slug}/">${s.title}</a></li>`).join('')}</ul></body></html>`;

/** Starts the static server; resolves with the slugs it serves once it listens. */
export const serveSites = (distDir, port) =>
  new Promise((resolve, reject) => {
    const files = sirv(distDir, { dev: true, etag: true, extensions: ['html'] });
    const server = http.createServer((req, res) => {
      if (req.url === '/') {
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(indexPage(builtSites(distDir)));
        return;
      }
      // Only a real slug names a site folder: never let ".." from the URL reach the disk.
      const [, slug = '', ...rest] = (req.url ?? '/').split('/');
      const isSlug = /^[a-z0-9-]+$/.test(slug);
      if (isSlug && rest.length === 0) {
        res.writeHead(301, { Location: `/${slug}/` }).end();
        return;
      }
      if (isSlug) req.url = ['', slug, 'live', ...rest].join('/');
      files(req, res, () => {
        const notFound = isSlug ? path.join(distDir, slug, 'live', '404.html') : null;
        res.statusCode = 404;
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        if (notFound && fs.existsSync(notFound)) fs.createReadStream(notFound).pipe(res);
        else res.end('<!doctype html><html lang="vi"><meta charset="utf-8"><title>Không tìm thấy trang</title><h1>Không tìm thấy trang</h1></html>');
      });
    });
    server.on('error', reject);
    server.listen(port, () => {
      resolve({ server, slugs: builtSites(distDir).map((site) => site.slug) });
    });
  });
