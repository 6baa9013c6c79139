// @ts-check
// One Astro command (build, sync) for one site, as a child process.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const siteDir = fileURLToPath(new URL('../..', import.meta.url));
const astroBin = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'astro.js');

/**
 * Runs `astro <command>` for a site. Astro bundles a static build's server chunks into outDir when
 * outDir is under the working directory, and into <cwd>/.astro/ otherwise (a release folder in
 * /tmp, say). Builds running at once must not share that folder, so each runs from its own working
 * directory (`name`), inside site/ so the chunks still resolve site/node_modules. Astro prunes
 * that folder when empty (a redirect release bundles nothing), reads it, copies it into outDir and
 * removes it: the folder is made for every run, holding a .d.ts file, the one kind Astro neither
 * prunes nor copies. A failed run leaves its chunks there, which the next run would copy into its
 * output: every run starts with it empty.
 * @param {string} command
 * @param {{ name: string, env?: Record<string, string | undefined>, stdio?: import('node:child_process').StdioOptions }} options
 * @returns {Promise<string>} what the process printed last, when its output is piped
 */
export const runAstro = (command, { name, env, stdio = ['ignore', 'inherit', 'inherit'] }) =>
  /** @type {Promise<string>} */ (
    new Promise((resolve, reject) => {
      const workDir = join(siteDir, '.cache', 'build', name);
      rmSync(join(workDir, '.astro'), { recursive: true, force: true });
      mkdirSync(join(workDir, '.astro'), { recursive: true });
      writeFileSync(join(workDir, '.astro', 'build-folder.d.ts'), 'export {};\n');
      const child = spawn(process.execPath, [astroBin, command, '--root', siteDir, '--silent'], {
        cwd: workDir,
        // A build is production code whoever starts it: a CMS in development mode (npm start's,
        // the test's) would otherwise pass NODE_ENV=development on, and Vite then emits other
        // client scripts, so a renderer bundle the previewer built would differ from astro build's.
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...(command === 'build' ? { NODE_ENV: 'production' } : {}), ...env },
        stdio,
      });
      let output = '';
      child.stdout?.on('data', (chunk) => (output = (output + chunk).slice(-20_000)));
      child.stderr?.on('data', (chunk) => (output = (output + chunk).slice(-20_000)));
      child.on('error', reject);
      child.on('exit', (code) =>
        code === 0 ? resolve(output) : reject(new Error(`astro ${command} for ${name} exited with ${code}${output ? `:\n${output}` : ''}`))
      );
    })
  );
