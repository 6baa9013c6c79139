// @ts-check
// The site's pages and its zod schemas type-check against the CMS's generated types
// (src/content/cms-contract.ts): a field renamed in the CMS fails here, not in production.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { cacheDir, cmsAddress, siteDir } from './fixture.mjs';

test('the site type-checks against the CMS contract (astro check)', () => {
  const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'astro.js');
  const result = spawnSync(process.execPath, [astro, 'check'], {
    cwd: siteDir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CMS_URL: cmsAddress(), SITE_SLUG: 'vung-tau', SITES_CACHE_DIR: cacheDir },
  });
  assert.equal(
    result.status,
    0,
    `${result.stdout}\n${result.stderr}`
      .split('\n')
      .filter((l) => /error|✘|Error/.test(l))
      .slice(0, 30)
      .join('\n')
  );
  assert.match(result.stdout, /0 errors/);
});
