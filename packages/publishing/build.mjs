// Builds the package twice from one source, for both kinds of consumer: ES modules in dist/esm
// (the site's scripts and Astro/Vite, which bundles a linked workspace package and does not take
// CommonJS well) and CommonJS in dist/cjs (the CMS, compiled by tsc as CommonJS). Run by the root
// postinstall, so `npm ci` leaves it built.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
rmSync(new URL('dist', import.meta.url), { recursive: true, force: true });
for (const project of ['tsconfig.json', 'tsconfig.cjs.json'])
  execFileSync(process.execPath, [tsc, '-p', project], { cwd: here, stdio: 'inherit' });
// The package is "type": "module"; this marks the CommonJS half as what it is.
mkdirSync(new URL('dist/cjs', import.meta.url), { recursive: true });
writeFileSync(new URL('dist/cjs/package.json', import.meta.url), '{ "type": "commonjs" }\n');
