import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { JobSummary, Overview, SiteState } from '../../shared/contracts';
import { releases } from '@vungtau/publishing';
import type { AdminUser } from '../../../workflow/server/services/actor';
import { displayName } from '../../../workflow/server/services/actor';
import { assertMayRebuild, sitesUserMayWatch } from '../services/access';
import { machineRoots, redactPaths } from '../services/log-paths';
import { enqueue, JOB_UID, type Job } from '../services/queue';
import { sitesRoot } from '../services/site-workspace';

interface AdminContext {
  state: { user: AdminUser };
  params: Record<string, string>;
  request: { body?: { release?: unknown } };
  body: unknown;
}

const JOB_LIST_FIELDS = [
  'id',
  'siteSlug',
  'status',
  'reasons',
  'requestedBy',
  'queuedAt',
  'startedAt',
  'finishedAt',
  'durationMs',
  'attempts',
  'worker',
  'release',
  'method',
  'error',
];

const activeSites = async (strapi: Core.Strapi) =>
  (await strapi.db.query('api::site.site').findMany({ select: ['slug', 'name', 'kind', 'status'], orderBy: { id: 'asc' } })) as Array<{
    slug: string;
    name: string;
    kind: string;
    status: string;
  }>;

const withoutPaths = (failure: SiteState['lastFailure'], roots: ReturnType<typeof machineRoots>): SiteState['lastFailure'] =>
  failure && { ...failure, message: redactPaths(failure.message, roots) };

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The sites this user may rebuild, each with its live release, releases, last failure and last job; their latest jobs. */
  async overview(ctx: AdminContext) {
    const may = await sitesUserMayWatch(strapi, ctx.state.user);
    const visible = (await activeSites(strapi)).filter((site) => may === 'all' || may.has(site.slug));
    const root = sitesRoot();
    const jobs = (await strapi.db.query(JOB_UID).findMany({
      where: may === 'all' ? {} : { siteSlug: { $in: visible.map((site) => site.slug) } },
      select: JOB_LIST_FIELDS,
      orderBy: { id: 'desc' },
      limit: 50,
    })) as JobSummary[];
    const roots = machineRoots(strapi.dirs.app.root);
    const sites: SiteState[] = [];
    for (const site of visible) {
      const last = (await strapi.db.query(JOB_UID).findOne({
        where: { siteSlug: site.slug, status: { $in: ['succeeded', 'failed', 'running'] } },
        select: JOB_LIST_FIELDS,
        orderBy: { id: 'desc' },
      })) as JobSummary | null;
      sites.push({
        ...site,
        live: releases.liveRelease(root, site.slug),
        releases: releases.listReleases(root, site.slug).reverse(),
        // Written by the site build on disk, so never through finish(): the same redaction here.
        lastFailure: withoutPaths(releases.lastFailure(root, site.slug), roots),
        lastJob: last,
        queued: jobs.some((job) => job.siteSlug === site.slug && job.status === 'queued'),
      });
    }
    const data: Overview = { sites, jobs, canRebuildAll: may === 'all' };
    ctx.body = { data };
  },

  /** One job with its whole log tail. */
  async job(ctx: AdminContext) {
    const may = await sitesUserMayWatch(strapi, ctx.state.user);
    const job = (await strapi.db.query(JOB_UID).findOne({ where: { id: Number(ctx.params.id) || 0 } })) as Job | null;
    // Another site's job is as absent as a missing one: its existence is not this user's business.
    if (!job || (may !== 'all' && !may.has(job.siteSlug))) throw new errors.NotFoundError('Không tìm thấy lượt dựng trang.');
    // finish() stores logs without the machine's folders; jobs recorded before it did are redacted here.
    const roots = machineRoots(strapi.dirs.app.root);
    ctx.body = { data: { ...job, log: job.log && redactPaths(job.log, roots), error: job.error && redactPaths(job.error, roots) } };
  },

  async rebuildSite(ctx: AdminContext) {
    const { slug } = ctx.params;
    if (!(await activeSites(strapi)).some((site) => site.slug === slug)) throw new errors.NotFoundError(`Không có trang "${slug}".`);
    await assertMayRebuild(strapi, ctx.state.user, slug);
    const [id] = await enqueue(strapi, [slug], 'Dựng lại theo yêu cầu', displayName(ctx.state.user));
    ctx.body = { data: { jobs: [id] } };
  },

  async rebuildAll(ctx: AdminContext) {
    await assertMayRebuild(strapi, ctx.state.user, 'all');
    const slugs = (await activeSites(strapi)).filter((site) => site.status === 'active').map((site) => site.slug);
    ctx.body = { data: { jobs: await enqueue(strapi, slugs, 'Dựng lại tất cả các trang', displayName(ctx.state.user)) } };
  },

  /** Switches the site back to its previous release (or the one named in the body). */
  async rollback(ctx: AdminContext) {
    const { slug } = ctx.params;
    if (!(await activeSites(strapi)).some((site) => site.slug === slug)) throw new errors.NotFoundError(`Không có trang "${slug}".`);
    await assertMayRebuild(strapi, ctx.state.user, slug);
    const to = typeof ctx.request.body?.release === 'string' ? ctx.request.body.release : undefined;
    try {
      const result = releases.rollback(sitesRoot(), slug, to);
      strapi.log.info(`Rebuild: ${displayName(ctx.state.user)} rolled ${slug} back from ${result.from} to ${result.to}.`);
      ctx.body = { data: result };
    } catch (error) {
      const message = redactPaths(error instanceof Error ? error.message : String(error), machineRoots(strapi.dirs.app.root));
      throw new errors.ApplicationError(`Không khôi phục được: ${message}`);
    }
  },
});
