import type { Core } from '@strapi/strapi';
import { runAsWorkflow } from '../plugins/workflow/server/services/context';
import type { SeedContext } from './context';
import { categories, categorySlugsForNews } from './data/categories';
import { buildContributors } from './data/contributors';
import { generateArticles } from './data/articles';
import { citedLegalDocuments, generateLegalDocuments } from './data/legal-documents';
import { sites } from './data/sites';
import { units } from './data/units';
import { ensureBannerImages } from './banners';
import { DEMO_IMAGE_COUNT, ensureDemoImages } from './images';
import { ensureDemoMedia } from './media';
import type { Log } from './progress';
import type { LegalDocumentSeed } from './types';
import { demoVolume, type Volume } from './volume';
import { seedArticles } from './steps/articles';
import { seedCategories } from './steps/categories';
import { seedContributors } from './steps/contributors';
import { seedLegalDocuments } from './steps/legal-documents';
import { seedSites } from './steps/sites';
import { seedDemoRoleHolders, seedDemoStaff } from './steps/staff';
import { seedProposals } from './steps/proposals';
import { demoOperators, demoStaff } from './data/staff';
import { budgets, rateTables, unitValues } from './data/royalties';
import { seedRoyaltyRecords, seedRoyaltySettings } from './steps/royalties';
import { overtimeEntries, yearNotes } from './data/year-end';
import { seedYearEnd } from './steps/year-end';
import { seedUnits } from './steps/units';
import { seedVisits } from './steps/visits';
import { seedOfficials } from './steps/officials';
import { buildOfficials } from './data/officials';
import { seedDraftComments, seedQuestions } from './steps/participation';
import { generateQuestions } from './data/questions';
import { workScheduleSeeds } from './data/work-schedules';
import { seedWorkSchedules } from './steps/work-schedules';
import { datasets, publicServices } from './data/statistics';
import { seedStatistics } from './steps/statistics';
import { notices as procurementNotices, projects } from './data/projects';
import { seedProcurementNotices, seedProjects } from './steps/projects';
import { assignmentSeeds, directionSeeds } from './data/board';
import { seedAssignments, seedDirections } from './steps/board';

export interface SeedOptions {
  /** N× the demo volume of articles and documents (sites, units and categories stay as they are). */
  scale?: number;
  /** Another volume altogether (e.g. tenYearVolume() for the benchmarks); overrides `scale`. */
  volume?: Volume;
  log?: Log;
  /** The moment the demo data is dated back from; fixed so the data is the same on every run. */
  now?: Date;
  /**
   * The real day, for what must be current whenever the demo is seeded rather than on the demo's
   * epoch: this week's work schedule (Nghị định 42 asks for a schedule kept up to date).
   */
  today?: Date;
}

/** Demo content is dated back from this day, so two machines seed identical data. */
export const DEMO_EPOCH = new Date('2026-11-01T00:00:00Z');

/**
 * Creates whatever demo data is missing; existing entries are left untouched. The demo shows
 * approved content, so the seed writes as the workflow itself: its items are created published.
 */
export const runSeed = (strapi: Core.Strapi, options: SeedOptions = {}): Promise<void> => runAsWorkflow(() => seed(strapi, options));

const seed = async (strapi: Core.Strapi, options: SeedOptions): Promise<void> => {
  const scale = options.scale ?? 1;
  if (!Number.isInteger(scale) || scale < 1) throw new Error(`--scale must be a whole number ≥ 1, not ${scale}`);
  const volume = options.volume ?? demoVolume(scale);
  const ctx: SeedContext = { strapi, scale, log: options.log ?? ((m) => strapi.log.info(`[seed] ${m}`)), now: options.now ?? DEMO_EPOCH };
  const started = Date.now();

  const images = await ensureDemoImages(ctx);
  const media = await ensureDemoMedia(ctx);
  const bannerImages = await ensureBannerImages(
    ctx,
    sites.flatMap((site) => site.banners)
  );
  const siteIndex = await seedSites(ctx, sites, bannerImages);
  const unitIndex = await seedUnits(ctx, units, siteIndex);
  await seedOfficials(ctx, buildOfficials(units), siteIndex, unitIndex);
  // The units on the organisation chart only (Party committees, People's Councils) send no news.
  const newsUnits = units.filter((unit) => !unit.chartOnly);
  await seedDemoStaff(ctx, demoStaff, siteIndex, unitIndex);
  await seedDemoRoleHolders(ctx, demoOperators);
  const categoryIndex = await seedCategories(ctx, categories, sites, siteIndex);
  const contributors = buildContributors(newsUnits);
  const contributorIndex = await seedContributors(ctx, contributors, unitIndex);

  const newsCategories = categories.filter((c) => categorySlugsForNews.includes(c.slug));
  const articles = generateArticles({
    sites,
    units: newsUnits,
    newsCategories,
    contributors,
    volume,
    imageCount: DEMO_IMAGE_COUNT,
    now: ctx.now,
  });
  const articleIndex = await seedArticles(ctx, articles, contributors, {
    sites: siteIndex,
    units: unitIndex,
    categories: categoryIndex,
    contributors: contributorIndex,
    images,
    media,
  });
  // Big local events the wards sent up to the city portal (seed 000: "gửi về Ban biên tập thành phố").
  await seedProposals(ctx, articles, ['phuong-7', 'phuong-thang-tam'], options.today ?? new Date());
  const documents = [...citedLegalDocuments, ...generateLegalDocuments({ sites, volume, now: ctx.now })];
  const cited = new Set<LegalDocumentSeed>(citedLegalDocuments);
  await seedLegalDocuments(
    ctx,
    documents,
    { sites: siteIndex, units: unitIndex },
    (doc) => cited.has(doc) || doc.kind === 'draft-for-comment'
  );
  await seedDraftComments(ctx);
  const city = sites.find((site) => site.kind === 'city')?.slug ?? sites[0].slug;
  await seedQuestions(
    ctx,
    generateQuestions(
      sites.map((site) => site.slug),
      city
    ),
    siteIndex
  );
  await seedWorkSchedules(ctx, workScheduleSeeds(sites, ctx.now, options.today ?? new Date()), siteIndex);
  await seedStatistics(ctx, { datasets, services: publicServices }, siteIndex);
  const projectIndex = await seedProjects(ctx, projects, siteIndex);
  await seedProcurementNotices(ctx, procurementNotices, { sites: siteIndex, projects: projectIndex });
  await seedRoyaltySettings(ctx, { rates: rateTables(sites), unitValues: unitValues(sites), budgets: budgets(sites) }, siteIndex);
  await seedRoyaltyRecords(ctx, new Set(articleIndex.values()));
  // The month before the real day, like the work schedules: the Lượt truy cập tab opens on the current month.
  await seedVisits(ctx, options.today ?? new Date());
  // The board's month: this and last month's direction and assignments around the real day (overdue shows).
  await seedDirections(ctx, directionSeeds(options.today ?? new Date()), siteIndex);
  await seedAssignments(ctx, assignmentSeeds(options.today ?? new Date()), siteIndex);
  await seedYearEnd(ctx, { overtime: overtimeEntries(ctx.now), notes: yearNotes(sites, ctx.now) }, siteIndex);

  ctx.log(
    `done in ${((Date.now() - started) / 1000).toFixed(1)} s (${volume.articles} articles and ${volume.documents} documents generated over ${Math.round(volume.historyDays / 365)} years)`
  );
};

/**
 * Seeds the demo portal on a fresh database (no sites yet) unless SEED_DEMO_DATA=false. Production
 * never seeds unless asked explicitly.
 */
export const seedDemoDataIfEmpty = async (strapi: Core.Strapi): Promise<void> => {
  const production = process.env.NODE_ENV === 'production';
  const wanted = process.env.SEED_DEMO_DATA ?? (production ? 'false' : 'true');
  if (wanted !== 'true') return;
  if ((await strapi.db.query('api::site.site').count()) > 0) return;
  strapi.log.info('[seed] Empty database: seeding the demo data for all 18 sites (about a minute)…');
  try {
    await runSeed(strapi);
  } catch (error) {
    strapi.log.error(
      `[seed] Seeding the demo data failed: ${describeError(error)}\n` +
        'What was created stays; once the cause is fixed, `npm run seed` adds the rest (it skips what exists).'
    );
    throw error;
  }
};

/** The message of an error plus the field problems of a ValidationError. */
const describeError = (error: unknown): string => {
  if (!(error instanceof Error)) return String(error);
  const details = (error as { details?: { errors?: Array<{ path: string[]; message: string }> } }).details;
  const fields = details?.errors?.map((e) => `${e.path.join('.')}: ${e.message}`) ?? [];
  return [error.message, ...fields].join('\n  ');
};
