import fs from 'fs/promises';
import path from 'path';

/** Where `npm start`'s site server writes its access log (scripts/lib/access-log.mjs), from cms/. */
export const LOCAL_LOG_GLOB = path.join('..', 'site', '.logs', 'access*.log*');

const pattern = (glob: string): RegExp =>
  new RegExp(
    `^${glob
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`
  );

/**
 * The files of ACCESS_LOG_FILES: comma-separated paths whose last part may hold `*` and `?`
 * (`/var/log/nginx/sites-access.log*`), relative to cms/; oldest first (by modification time),
 * so a visit is followed from a rotated file into the current one.
 */
export const logFiles = async (setting: string | undefined, root: string): Promise<Array<{ file: string; modified: number }>> => {
  const found = new Map<string, number>();
  for (const entry of (setting?.trim() || LOCAL_LOG_GLOB)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const full = path.resolve(root, entry);
    const dir = path.dirname(full);
    const match = pattern(path.basename(full));
    const names = await fs.readdir(dir).catch(() => [] as string[]);
    for (const name of names.filter((n) => match.test(n))) {
      const stat = await fs.stat(path.join(dir, name)).catch(() => null);
      if (stat?.isFile()) found.set(path.join(dir, name), stat.mtimeMs);
    }
  }
  return [...found].map(([file, modified]) => ({ file, modified })).sort((a, b) => a.modified - b.modified || a.file.localeCompare(b.file));
};
