// The Nghị định 42/2022/NĐ-CP check of the site being built, from the build's own collections
// (the same pure function the CMS's Báo cáo page runs on its database). The full build prints it
// as a warning (scripts/lib/compliance.mjs); a missing section never fails a build.
import {
  PLAN_DOCUMENT_TYPES,
  checkCompliance,
  newestOf,
  type ComplianceInput,
  type ComplianceReport,
  type SectionInput,
} from '@vungtau/publishing';
import { collections } from '../content.config';
import { allArticles, postedAt } from './articles';
import { allLegalDocuments, type LegalDocument } from './legal-documents';
import { allQuestions, answeredOn } from './questions';
import { currentSite } from './site';
import { entries, type CollectionName } from './source';
import { allUnits } from './units';

type Dated = Record<string, unknown>;

/**
 * The collections the sections' content is loaded into (content.config.ts). One this build does
 * not have counts as a missing section.
 */
export const SECTION_COLLECTIONS = {
  officials: 'officials',
  workSchedules: 'workSchedules',
  projects: 'projects',
  procurementNotices: 'procurementNotices',
  datasets: 'datasets',
  publicServices: 'publicServices',
} as const;

const dateOf = (value: unknown): Date | null => (value instanceof Date || typeof value === 'string' ? new Date(value) : null);

/** The entries' data of a collection of the build, or undefined when the build has no such collection. */
const dataOf = async (name: string): Promise<Dated[] | undefined> =>
  Object.hasOwn(collections, name) ? (await entries(name as CollectionName)).map((e) => e.data as Dated) : undefined;

/** A section's input from a collection of the build, or undefined when the build has no such collection. */
const fromCollection = async (name: string, newestField?: string): Promise<SectionInput | undefined> => {
  const items = await dataOf(name);
  if (!items) return undefined;
  return {
    count: items.length,
    lastUpdated: newestOf(items.map((d) => dateOf(d.updatedAt ?? d.publishedAt))),
    newest: newestField ? newestOf(items.map((d) => dateOf(d[newestField]))) : null,
  };
};

const fromItems = <T>(items: readonly T[], date: (item: T) => Date | null): SectionInput => ({
  count: items.length,
  lastUpdated: newestOf(items.map(date)),
});

const documentDate = (d: LegalDocument): Date => d.data.postedAt ?? d.data.publishedAt;
const hasText = (value: string | null | undefined): boolean => Boolean(value && value.trim());

/** What the check is given for this site. */
export const complianceInput = async (): Promise<ComplianceInput> => {
  const [site, units, articles, documents, questions] = [
    await currentSite(),
    await allUnits(),
    await allArticles(),
    await allLegalDocuments(),
    await allQuestions(),
  ];
  const ofKind = (kind: LegalDocument['data']['kind']) => documents.filter((d) => d.data.kind === kind);
  const plans = documents.filter(
    (d) => d.data.kind !== 'draft-for-comment' && (PLAN_DOCUMENT_TYPES as readonly string[]).includes(d.data.type)
  );
  const officials = await fromCollection(SECTION_COLLECTIONS.officials);
  const projects = await fromCollection(SECTION_COLLECTIONS.projects);
  const notices = await fromCollection(SECTION_COLLECTIONS.procurementNotices);
  const englishOfficials = ((await dataOf(SECTION_COLLECTIONS.officials)) ?? []).filter(
    (d) => typeof d.positionEn === 'string' && hasText(d.positionEn)
  );
  const english = units.filter((u) => hasText(u.data.nameEn)).length + englishOfficials.length + (site.data.introductionEn?.length ? 1 : 0);
  const contact = site.data.contact;
  const present = (x: SectionInput | undefined): x is SectionInput => x !== undefined;
  const both = [projects, notices].filter(present);
  return {
    organisation: { count: units.length, lastUpdated: null },
    officials,
    news: fromItems(articles, postedAt),
    normative: fromItems(ofKind('normative'), documentDate),
    administrative: fromItems(ofKind('administrative'), documentDate),
    drafts: fromItems(ofKind('draft-for-comment'), documentDate),
    plans: fromItems(plans, documentDate),
    schedule: await fromCollection(SECTION_COLLECTIONS.workSchedules, 'weekStart'),
    questions: fromItems(questions, answeredOn),
    projects: both.length
      ? { count: both.reduce((n, x) => n + x.count, 0), lastUpdated: newestOf(both.map((x) => x.lastUpdated)) }
      : undefined,
    statistics: await fromCollection(SECTION_COLLECTIONS.datasets, 'periodEnd'),
    publicServices: await fromCollection(SECTION_COLLECTIONS.publicServices),
    english: { count: english, lastUpdated: null },
    contact: {
      count: contact && hasText(contact.address) && (hasText(contact.phone) || hasText(contact.email)) ? 1 : 0,
      lastUpdated: null,
    },
  };
};

/** The check of the site being built. */
export const siteCompliance = async (now = new Date()): Promise<ComplianceReport> =>
  checkCompliance((await currentSite()).data.kind, await complianceInput(), now);
