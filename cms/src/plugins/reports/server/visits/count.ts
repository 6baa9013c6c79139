import { createHash } from 'crypto';
import { isBotAgent, locate, OTHER_PATH, pageOf, type SiteKey } from './classify';
import { parseLine } from './log-line';

/** A visit ends after this long without a page view (the usual 30 minutes of web analytics). */
export const VISIT_GAP_MS = 30 * 60_000;
/** Distinct page paths counted per site and month; the rest go under OTHER_PATH. */
export const MAX_PATHS_PER_MONTH = 2_000;
/** Distinct pages remembered per visit (for the pages' visit counts); a longer crawl counts views only. */
const MAX_PATHS_PER_VISIT = 200;
const VIETNAM_MS = 7 * 3_600_000;

/** A site's figures for one Vietnam day. */
export interface DayFigures {
  site: number;
  /** `YYYY-MM-DD`, Vietnam. */
  day: string;
  visits: number;
  views: number;
  bots: number;
}

/** A page's figures for the days counted of one month: views, and visits that viewed it at least once. */
export interface PageFigures {
  site: number;
  /** `YYYY-MM`, Vietnam. */
  month: string;
  path: string;
  views: number;
  visits: number;
}

export interface Counted {
  days: DayFigures[];
  pages: PageFigures[];
  /** Lines read, and lines not in the declared format. */
  lines: number;
  unreadable: number;
  /** Files that could not be read to their end (set by the worker), with the error. */
  failed?: string[];
}

export interface CountOptions {
  /** `<siteId>|<day>` already imported: not counted again. */
  done: ReadonlySet<string>;
  /** The first Vietnam day not to count (today: it is not over). */
  until: string;
  /** Random per import; the visitor key exists in memory only, for one import. */
  salt: string;
  /** Visits held open at once (default MAX_OPEN_VISITS). */
  maxOpenVisits?: number;
}

/**
 * Visits held open at once (with at most five pages each on average: some 150 MB): a flood of distinct addresses and browsers in half an
 * hour would otherwise grow the map past the counting thread's memory. Past it, the oldest open
 * visits are closed: a visitor of theirs who comes back counts one visit more, and nothing fails.
 */
export const MAX_OPEN_VISITS = 300_000;
/** Pages held per open visit on average before the oldest are closed (a visit may hold up to 200). */
const OPEN_PATHS_PER_VISIT = 5;

const dayNames = new Map<number, string>();

/** The Vietnam calendar day of an instant (UTC+7, no daylight saving). */
export const vietnamDay = (at: number): string => {
  const number = Math.floor((at + VIETNAM_MS) / 86_400_000);
  let day = dayNames.get(number);
  if (day === undefined) {
    day = new Date(number * 86_400_000).toISOString().slice(0, 10);
    if (dayNames.size >= 1_000) dayNames.clear();
    dayNames.set(number, day);
  }
  return day;
};

interface Visit {
  last: number;
  paths: Set<string>;
}

/**
 * Counts visits, page views and bot requests from access-log lines fed in (roughly) time order.
 * A visit is one visitor's page views on one site with no gap over VISIT_GAP_MS, counted on the
 * day of its first view; a visitor is a hash of the salt, the anonymised address and the user
 * agent. Bots are counted apart and never as views or visits. Lines of a day already imported or
 * of today are read (a visit may run across midnight) but not counted.
 */
export class VisitCounter {
  private readonly byDomain = new Map<string, SiteKey>();
  private readonly bySlug = new Map<string, SiteKey>();
  private readonly visits = new Map<string, Visit>();
  private readonly days = new Map<string, DayFigures>();
  private readonly pages = new Map<string, PageFigures>();
  private readonly pathsPerMonth = new Map<string, Set<string>>();
  private latest = 0;
  private pruned = 0;
  /** Pages held by the open visits, all together. */
  private openPaths = 0;
  private lines = 0;
  private unreadable = 0;

  constructor(
    sites: SiteKey[],
    private readonly options: CountOptions
  ) {
    for (const site of sites) {
      this.bySlug.set(site.slug, site);
      if (site.domain) this.byDomain.set(site.domain.toLowerCase(), site);
    }
  }

  private counts(site: number, day: string): DayFigures | null {
    if (day >= this.options.until || this.options.done.has(`${site}|${day}`)) return null;
    const key = `${site}|${day}`;
    let row = this.days.get(key);
    if (!row) this.days.set(key, (row = { site, day, visits: 0, views: 0, bots: 0 }));
    return row;
  }

  private page(site: number, day: string, path: string): PageFigures {
    const month = day.slice(0, 7);
    let paths = this.pathsPerMonth.get(`${site}|${month}`);
    if (!paths) this.pathsPerMonth.set(`${site}|${month}`, (paths = new Set()));
    if (!paths.has(path) && paths.size >= MAX_PATHS_PER_MONTH) path = OTHER_PATH;
    paths.add(path);
    const key = `${site}|${month}|${path}`;
    let row = this.pages.get(key);
    if (!row) this.pages.set(key, (row = { site, month, path, views: 0, visits: 0 }));
    return row;
  }

  add(line: string): void {
    this.lines += 1;
    if (line.trim() === '') return;
    const entry = parseLine(line);
    if (!entry) {
      this.unreadable += 1;
      return;
    }
    const located = locate(entry, this.byDomain, this.bySlug);
    if (!located) return;
    const site = located.site.id;
    const day = vietnamDay(entry.at);
    if (isBotAgent(entry.userAgent)) {
      const row = this.counts(site, day);
      if (row) row.bots += 1;
      return;
    }
    const path = pageOf(entry, located.path);
    if (path === null) return;
    this.forget(entry.at);
    const visitor = createHash('sha256').update(`${this.options.salt}\n${entry.address}\n${entry.userAgent}`).digest('base64');
    const key = `${site}|${visitor}`;
    let visit = this.visits.get(key);
    const row = this.counts(site, day);
    // Lines come in the order requests ended, so a line a little earlier than the last is the same
    // visit; one far earlier (files read out of order) is another.
    if (!visit || Math.abs(entry.at - visit.last) > VISIT_GAP_MS) {
      // A visit begun again goes to the end of the Map's order, so eviction takes the oldest.
      if (visit) this.close(key, visit);
      this.makeRoom();
      this.visits.set(key, (visit = { last: entry.at, paths: new Set() }));
      if (row) row.visits += 1;
    }
    visit.last = Math.max(visit.last, entry.at);
    if (!row) return;
    row.views += 1;
    const page = this.page(site, day, path);
    page.views += 1;
    if (!visit.paths.has(path) && visit.paths.size < MAX_PATHS_PER_VISIT) {
      visit.paths.add(path);
      this.openPaths += 1;
      page.visits += 1;
    }
  }

  private close(key: string, visit: Visit): void {
    this.visits.delete(key);
    this.openPaths -= visit.paths.size;
  }

  /**
   * Closes the tenth of the open visits begun first when too many visits, or too many pages of
   * theirs, are held (a Map keeps insertion order).
   */
  private makeRoom(): void {
    const max = this.options.maxOpenVisits ?? MAX_OPEN_VISITS;
    if (this.visits.size < max && this.openPaths < max * OPEN_PATHS_PER_VISIT) return;
    let drop = Math.max(1, Math.floor(this.visits.size / 10));
    for (const [key, visit] of this.visits) {
      if (drop-- <= 0) break;
      this.close(key, visit);
    }
  }

  /** Drops visits long over, so memory holds only the visits of the last half hour or so. */
  private forget(at: number): void {
    if (at <= this.latest) return;
    this.latest = at;
    if (this.visits.size < 10_000 || at - this.pruned < VISIT_GAP_MS) return;
    this.pruned = at;
    for (const [key, visit] of this.visits) if (this.latest - visit.last > 2 * VISIT_GAP_MS) this.close(key, visit);
  }

  result(): Counted {
    return {
      days: [...this.days.values()].sort((a, b) => a.site - b.site || a.day.localeCompare(b.day)),
      pages: [...this.pages.values()].sort((a, b) => a.site - b.site || a.month.localeCompare(b.month) || a.path.localeCompare(b.path)),
      lines: this.lines,
      unreadable: this.unreadable,
    };
  }
}
