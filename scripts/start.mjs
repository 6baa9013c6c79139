#!/usr/bin/env node
// `npm start`: everything on embedded defaults (SQLite, demo data). `npm run cms`: the CMS alone.
// Until the site build lands (see the sites issue), both run the CMS.
import { spawn } from 'child_process';
import { createRequire } from 'module';

const require = createRequire(import.meta.url);
const { ensureEnvFile } = require('./lib/env-file.cjs');
const { CMS_DIR, buildCmsIfStale } = require('./lib/cms-build.cjs');

const env = ensureEnvFile();
buildCmsIfStale();

const port = process.env.PORT ?? env.PORT ?? '1337';
const host = process.env.HOST ?? env.HOST ?? '0.0.0.0';
const base = `http://localhost:${port}`;

const cms = spawn('npx', ['strapi', 'start'], { cwd: CMS_DIR, stdio: 'inherit', env: { ...process.env, PORT: port, HOST: host } });
const stop = (signal) => cms.kill(signal);
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
cms.on('exit', (code) => process.exit(code ?? 0));

/** Waits for Strapi's health route, then prints where everything is. */
const announce = async () => {
  for (let i = 0; i < 600; i += 1) {
    try {
      const res = await fetch(`${base}/_health`);
      if (res.ok || res.status === 204) {
        console.log(
          [
            '',
            '────────────────────────────────────────────────────────────',
            ` CMS admin:   ${base}/admin`,
            ` Sign in as:  ${process.env.ADMIN_EMAIL ?? env.ADMIN_EMAIL}`,
            ` Password:    ${process.env.ADMIN_PASSWORD ?? env.ADMIN_PASSWORD}   (from cms/.env; only used to create the first admin)`,
            ` Public API:  ${base}/api/articles`,
            '────────────────────────────────────────────────────────────',
            '',
          ].join('\n')
        );
        return;
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
};
announce();
