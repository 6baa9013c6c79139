import fs from 'fs';
import os from 'os';
import path from 'path';
import { siteDir, sitesRoot } from './site-workspace';

/** A folder of this machine and the placeholder that stands for it in what the admin reads. */
export interface PathRoot {
  path: string;
  label: string;
}

/** Characters of a folder's name. */
const NAME_CHAR = String.raw`[\p{L}\p{N}_.~-]`;
/**
 * What may precede a path: the start, anything that cannot be part of one, or `file://` (the
 * build's stack traces and Vite's messages quote files as URLs).
 */
const BEFORE = String.raw`(?<=^|[^\p{L}\p{N}_.~/<>-]|file://)`;

/**
 * What may precede one of the machine's own folders: anything but the rest of a longer path (the
 * folder "/tmp" inside "/var/tmp") or a label already put in (so redacting twice changes nothing),
 * so a compiler's flag (`-I/srv/…`) or a shell's redirection (`>/srv/…`) is no shelter.
 */
const BEFORE_ROOT = String.raw`(?:(?<=file://)|(?<!/[\p{L}\p{N}_.~-]*))(?<!<\p{L}+>)`;

/** A root ends where no name continues it ("/tmp" is not "/tmpdir"; a sentence's full stop is not). */
const END = String.raw`(?![\p{L}\p{N}_~-]|\.[\p{L}\p{N}_.~-])`;

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Other users' home folders, which no root of this machine names. */
const HOMES = new RegExp(`${BEFORE}(?:/home|/Users)/${NAME_CHAR}+?${END}|${BEFORE}/root${END}`, 'gu');

/**
 * Replaces every absolute path under one of `roots` by the root's label (`/srv/portal/site/dist/phuong-7/live`
 * becomes `<releases>/phuong-7/live`), the longest root first, and any other home folder by `<home>`:
 * the rebuild page is read by site administrators, who need the message, not the server's layout.
 */
export const redactPaths = (text: string, roots: PathRoot[]): string => {
  const usable = roots
    .map((root) => ({ ...root, path: root.path.replace(/\/+$/, '') }))
    .filter((root) => root.path.startsWith('/') && root.path.length > 1)
    .sort((a, b) => b.path.length - a.path.length);
  // JSON in a log escapes its slashes (`"\/srv\/portal"`): read them as the paths they are.
  let redacted = text.replace(/\\\//g, '/');
  if (usable.length > 0) {
    const labels = new Map(usable.map((root) => [root.path, root.label]));
    const pattern = new RegExp(`${BEFORE_ROOT}(?:${usable.map((root) => escape(root.path)).join('|')})${END}`, 'gu');
    redacted = redacted.replace(pattern, (match) => labels.get(match) ?? match);
  }
  return redacted.replace(HOMES, '<home>');
};

/** A folder as given and, where a symlink leads elsewhere (macOS's /tmp), as it really is. */
const withRealPath = (folder: string, label: string): PathRoot[] => {
  const roots = [{ path: path.resolve(folder), label }];
  try {
    const real = fs.realpathSync(folder);
    if (real !== roots[0].path) roots.push({ path: real, label });
  } catch {
    // A folder that does not exist (yet) appears in no log as its real path either.
  }
  return roots;
};

/** The folders of this machine a build's output can name: the releases, the site workspace, the repository, the CMS, temp and home. */
export const machineRoots = (cmsDir: string): PathRoot[] =>
  [
    ...withRealPath(sitesRoot(), '<releases>'),
    ...(process.env.SITES_CACHE_DIR ? withRealPath(process.env.SITES_CACHE_DIR, '<cache>') : []),
    ...withRealPath(siteDir(), '<site>'),
    ...withRealPath(cmsDir, '<cms>'),
    ...withRealPath(path.dirname(cmsDir), '<repo>'),
    ...withRealPath(os.tmpdir(), '<tmp>'),
    ...withRealPath(os.homedir(), '<home>'),
  ].filter((root, index, all) => all.findIndex((other) => other.path === root.path) === index);
