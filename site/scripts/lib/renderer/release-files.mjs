// @ts-check
// Making an incremental release: a copy of the live release made of hard links (no file is copied
// or read), into which only the changed pages are written, each as a new file.
import { linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { link, mkdir, readdir, rm, rmdir } from 'node:fs/promises';
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';

/**
 * Links every file under `from` into `to` (made anew), but the relative paths in `skip`.
 * @param {string} from
 * @param {string} to
 * @param {Set<string>} [skip]
 */
export const linkTree = (from, to, skip = new Set()) => {
  let linked = 0;
  /** @param {string} rel */
  const walk = (rel) => {
    mkdirSync(join(to, rel), { recursive: true });
    for (const entry of readdirSync(join(from, rel), { withFileTypes: true })) {
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path);
      else if (!skip.has(path)) {
        linkSync(join(from, path), join(to, path));
        linked++;
      }
    }
  };
  walk('');
  return linked;
};

/**
 * Runs a command to its end; rejects with its error output when it fails.
 * @param {string} command
 * @param {string[]} args
 */
const run = (command, args) =>
  /** @type {Promise<void>} */ (
    new Promise((resolve, reject) => {
      const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
      let errors = '';
      child.stderr.on('data', (chunk) => (errors += chunk));
      child.on('error', reject);
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}: ${errors.trim()}`))));
    })
  );

/**
 * `linkTree` in this process, but without holding it up.
 * @param {string} from
 * @param {string} to
 */
const linkTreeAsync = async (from, to) => {
  /** @param {string} rel */
  const walk = async (rel) => {
    await mkdir(join(to, rel), { recursive: true });
    const entries = await readdir(join(from, rel), { withFileTypes: true });
    const files = entries.filter((entry) => !entry.isDirectory());
    for (let i = 0; i < files.length; i += 64)
      await Promise.all(files.slice(i, i + 64).map((entry) => link(join(from, rel, entry.name), join(to, rel, entry.name))));
    for (const entry of entries) if (entry.isDirectory()) await walk(rel ? `${rel}/${entry.name}` : entry.name);
  };
  await walk('');
};

/**
 * `linkTree` of a whole folder in the background: the incremental publisher links its next
 * release's spare copy while it waits for the next publish (tens of thousands of links take
 * seconds). GNU cp does it in a process of its own, off this process's thread pool, which the
 * next publish's reads from the CMS need (responses are gunzipped there); elsewhere, in here.
 * @param {string} from
 * @param {string} to
 */
export const linkTreeInBackground = (from, to) =>
  run('cp', ['-al', from, to]).catch(async () => {
    await rm(to, { recursive: true, force: true });
    await linkTreeAsync(from, to);
  });

/**
 * Deletes folders in the background (rm in a process of its own); a failure only leaves them for the next prune.
 * @param {string[]} folders
 * @param {(message: string) => void} log
 */
export const removeInBackground = async (folders, log) => {
  if (folders.length === 0) return;
  await run('rm', ['-rf', '--', ...folders])
    .catch(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))))
    .catch((error) => log(`could not remove ${folders.join(', ')}: ${error.message}`));
};

/**
 * Links `from`/`rel` in as `dir`/`rel`, in place of what `dir` had there.
 * @param {string} dir
 * @param {string} from
 * @param {string} rel
 */
const relink = async (dir, from, rel) => {
  await mkdir(dirname(join(dir, rel)), { recursive: true });
  await rm(join(dir, rel), { force: true });
  await link(join(from, rel), join(dir, rel));
};

/**
 * Removes a file and the folders it leaves empty, without holding up the process.
 * @param {string} dir
 * @param {string} rel
 */
const removeAsync = async (dir, rel) => {
  await rm(join(dir, rel), { force: true });
  for (let folder = dirname(rel); folder !== '.'; folder = dirname(folder)) {
    if ((await readdir(join(dir, folder))).length > 0) break;
    await rmdir(join(dir, folder));
  }
};

/**
 * Turns `dir`, an old release of the same code, into a copy of `live` made of hard links, by
 * changing only what differs: the pages whose fingerprints differ in the two releases' plans
 * (`before`, `after`; same code and same fingerprint make the same bytes), the pages without one,
 * the media and assets one has and the other not (their names are their content), and the files
 * beside the pages (manifest, plan). A retired release recycled this way costs what changed over
 * the releases since, where deleting it and linking a new copy costs every file twice.
 * @param {string} dir
 * @param {string} live
 * @param {Record<string, string | null>} before
 * @param {Record<string, string | null>} after
 */
export const recycleAs = async (dir, live, before, after) => {
  for (const [file, fingerprint] of Object.entries(after)) {
    if (fingerprint === null || before[file] !== fingerprint) await relink(dir, live, file);
  }
  for (const file of Object.keys(before)) if (!(file in after)) await removeAsync(dir, file);
  for (const folder of ['uploads', '_astro']) {
    /** @param {string} root */
    const names = async (root) => new Set(await readdir(join(root, folder)).catch(() => /** @type {string[]} */ ([])));
    const [mine, theirs] = [await names(dir), await names(live)];
    for (const name of theirs) if (!mine.has(name)) await relink(dir, live, `${folder}/${name}`);
    for (const name of mine) if (!theirs.has(name)) await removeAsync(dir, `${folder}/${name}`);
  }
  /** @param {string} root */
  const besideThePages = async (root) =>
    (await readdir(root, { withFileTypes: true })).filter((e) => e.isFile() && !(e.name in after)).map((e) => e.name);
  for (const name of await besideThePages(live)) await relink(dir, live, name);
  const kept = new Set(await besideThePages(live));
  for (const name of await besideThePages(dir)) if (!kept.has(name)) await removeAsync(dir, name);
};

/**
 * Writes a file of the new release unless it already holds these bytes. Never into the file
 * itself: it is a link to the same file in the live release, which must stay as it is.
 * @param {string} dir
 * @param {string} rel
 * @param {Buffer} body
 */
export const writeChanged = (dir, rel, body) => {
  const path = join(dir, rel);
  try {
    if (readFileSync(path).equals(body)) return false;
  } catch {
    mkdirSync(dirname(path), { recursive: true });
  }
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, body);
  renameSync(temp, path);
  return true;
};

/**
 * Removes a file and the folders it leaves empty (never `dir` itself).
 * @param {string} dir
 * @param {string} rel
 */
export const removeFile = (dir, rel) => {
  unlinkSync(join(dir, rel));
  for (let folder = dirname(rel); folder !== '.'; folder = dirname(folder)) {
    if (readdirSync(join(dir, folder)).length > 0) break;
    rmdirSync(join(dir, folder));
  }
};
