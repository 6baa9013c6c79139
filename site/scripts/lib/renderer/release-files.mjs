// Making an incremental release: a copy of the live release made of hard links (no file is copied
// or read), into which only the changed pages are written, each as a new file.
import { linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Links every file under `from` into `to` (made anew), but the relative paths in `skip`. */
export const linkTree = (from, to, skip = new Set()) => {
  let linked = 0;
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
 * Writes a file of the new release unless it already holds these bytes. Never into the file
 * itself: it is a link to the same file in the live release, which must stay as it is.
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

/** Removes a file and the folders it leaves empty (never `dir` itself). */
export const removeFile = (dir, rel) => {
  unlinkSync(join(dir, rel));
  for (let folder = dirname(rel); folder !== '.'; folder = dirname(folder)) {
    if (readdirSync(join(dir, folder)).length > 0) break;
    rmdirSync(join(dir, folder));
  }
};
