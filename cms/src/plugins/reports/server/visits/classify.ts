import { isbot } from 'isbot';
import type { LogEntry } from './log-line';

/** A site as the import matches log lines to it. */
export interface SiteKey {
  id: number;
  slug: string;
  domain: string | null;
}

/** Longest page path kept; a longer one is counted under OTHER_PATH. */
export const MAX_PATH = 200;
/** The bucket of a month's pages past the cap of distinct paths per site (and of over-long paths). */
export const OTHER_PATH = '(khác)';

// isbot's pattern is long and a log repeats a few thousand user agents: each is tested once.
const known = new Map<string, boolean>();

/** Bots by user agent (isbot's list, kept current by its maintainers); a line with none is a script too. */
export const isBotAgent = (userAgent: string): boolean => {
  let bot = known.get(userAgent);
  if (bot === undefined) {
    bot = userAgent.trim() === '' || isbot(userAgent);
    if (known.size >= 10_000) known.clear();
    known.set(userAgent, bot);
  }
  return bot;
};

export interface Located {
  site: SiteKey;
  /** The path under the site's root, starting with `/`, query dropped. */
  path: string;
}

/**
 * The path the server resolved, as nginx and sirv do before serving: percent-decoded, repeated
 * slashes merged, `.` and `..` resolved (never above the root), a trailing slash kept. Without
 * this, `/phuong-7/x1/../` and `//tin-tuc//` would each count as another page of a 200 answer.
 */
const pathOf = (target: string): string | null => {
  if (!target.startsWith('/')) return null;
  const cut = target.search(/[?#]/);
  let raw: string;
  try {
    raw = decodeURIComponent(cut === -1 ? target : target.slice(0, cut));
  } catch {
    return null;
  }
  // A decoded control character (%00, %0A…) is no page any server would serve.
  if ([...raw].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f)) return null;
  const segments: string[] = [];
  for (const segment of raw.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  const trailing = segments.length > 0 && /\/\.{0,2}$/.test(raw);
  return `/${segments.join('/')}${trailing ? '/' : ''}`;
};

/** Which site a request is for: the host when it is a site's domain, else the first path segment `/<slug>/`. */
export const locate = (
  entry: Pick<LogEntry, 'host' | 'target'>,
  byDomain: Map<string, SiteKey>,
  bySlug: Map<string, SiteKey>
): Located | null => {
  const path = pathOf(entry.target);
  if (path === null) return null;
  const host = entry.host.replace(/:\d+$/, '').replace(/\.$/, '');
  const own = byDomain.get(host);
  if (own) return { site: own, path };
  const slash = path.indexOf('/', 1);
  const slug = slash === -1 ? path.slice(1) : path.slice(1, slash);
  const site = bySlug.get(slug);
  return site ? { site, path: slash === -1 ? '/' : path.slice(slash) } : null;
};

// Build assets (/_astro/), search indexes (/_pagefind/), the participation and search APIs.
const NOT_PAGES = /^\/(?:_[^/]*|api|search-api|pagefind)(?:\/|$)/;

/**
 * The page a successful GET shows, or null when the request was no page view: an asset, a feed,
 * a file (anything whose last segment has an extension other than .html), an API, an error or
 * a redirect. `/tin-tuc/index.html` and `/tin-tuc/` are one page.
 */
export const pageOf = (entry: Pick<LogEntry, 'method' | 'status'>, path: string): string | null => {
  if (entry.method !== 'GET') return null;
  if (!((entry.status >= 200 && entry.status < 300) || entry.status === 304)) return null;
  if (NOT_PAGES.test(path)) return null;
  const last = path.slice(path.lastIndexOf('/') + 1);
  if (last.includes('.') && !last.endsWith('.html')) return null;
  const page = last === 'index.html' ? path.slice(0, -'index.html'.length) : path;
  return page.length > MAX_PATH ? OTHER_PATH : page;
};
