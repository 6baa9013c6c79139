// Serves site/dist/<slug>/ at http://localhost:<port>/<slug>/, as the production web server
// (site/deploy/nginx.conf) does, with each site's own 404 page.
import fs from 'fs';
import http from 'http';
import path from 'path';
import sirv from 'sirv';

/** Starts the static server; resolves with the slugs it serves once it listens. */
export const serveSites = (distDir, port) =>
  new Promise((resolve, reject) => {
    const files = sirv(distDir, { dev: true, etag: true, extensions: ['html'] });
    const server = http.createServer((req, res) => {
      files(req, res, () => {
        const slug = (req.url ?? '/').split('/')[1];
        const notFound = path.join(distDir, slug ?? '', '404.html');
        res.statusCode = 404;
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        if (slug && fs.existsSync(notFound)) fs.createReadStream(notFound).pipe(res);
        else res.end('<!doctype html><html lang="vi"><meta charset="utf-8"><title>Không tìm thấy trang</title><h1>Không tìm thấy trang</h1></html>');
      });
    });
    server.on('error', reject);
    server.listen(port, () => {
      const slugs = fs.existsSync(distDir)
        ? fs.readdirSync(distDir).filter((name) => fs.existsSync(path.join(distDir, name, 'index.html')))
        : [];
      resolve({ server, slugs });
    });
  });
