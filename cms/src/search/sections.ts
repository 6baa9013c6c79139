import {
  DATASET_FIELDS,
  PROCUREMENT_METHODS,
  PROCUREMENT_RESULTS,
  PROJECT_FIELDS,
  PROJECT_STATES,
  type DatasetField,
  type ProcurementMethod,
  type ProcurementResult,
  type ProjectField,
  type ProjectState,
} from '@vungtau/publishing';
import { blocksToText } from '../utils/blocks';
import { chunkText } from './chunk';
import type { IndexDocument } from './document';
import type { SectionUid } from './index-names';
import { localYear, seconds, SITE, visible, type SiteRef } from './rows';

/** What an index reads of a content type (explicit fields, never populate=*), and how a row becomes its records. */
export interface SearchShape {
  query: object;
  documents: (row: never) => IndexDocument[];
}

const PROJECT_QUERY = {
  fields: ['name', 'slug', 'summary', 'description', 'field', 'investor', 'location', 'state', 'periodStart', 'publishedAt'],
  populate: { site: SITE, progress: { fields: ['date', 'text'] } },
};
const PROCUREMENT_QUERY = {
  fields: ['packageName', 'slug', 'summary', 'procuringEntity', 'method', 'publishedDate', 'publishedAt'],
  populate: { site: SITE, project: { fields: ['name', 'field'] }, result: { fields: ['state', 'winner'] } },
};

const DATASET_QUERY = {
  fields: ['title', 'slug', 'description', 'field', 'periodStart', 'periodEnd', 'unitOfMeasure', 'source', 'publishedAt'],
  populate: { site: SITE },
};

interface ProjectRow {
  documentId: string;
  name: string;
  slug: string;
  summary: string;
  description: unknown;
  field: ProjectField;
  investor: string;
  location: string | null;
  state: ProjectState;
  periodStart: number | null;
  publishedAt: string | null;
  site: SiteRef | null;
  progress: Array<{ date: string; text: string }> | null;
}
interface ProcurementRow {
  documentId: string;
  packageName: string;
  slug: string;
  summary: string;
  procuringEntity: string;
  method: ProcurementMethod;
  publishedDate: string | null;
  publishedAt: string | null;
  site: SiteRef | null;
  project: { name: string; field: ProjectField } | null;
  result: { state: ProcurementResult; winner: string | null } | null;
}

/**
 * A project: found by its name, summary, investor (as `issuer`), place, description and progress
 * notes; dated by its latest progress update (else its publication), filed under the year it
 * starts and its field.
 */
export const projectDocuments = (row: ProjectRow): IndexDocument[] => {
  if (!visible(row)) return [];
  const progress = [...(row.progress ?? [])].sort((a, b) => a.date.localeCompare(b.date));
  const latest = progress.at(-1)?.date;
  const date = seconds(latest ?? row.publishedAt);
  const text = [row.location ?? '', blocksToText(row.description), ...progress.map((update) => update.text)].filter(Boolean).join('\n');
  const base = {
    documentId: row.documentId,
    kind: 'project' as const,
    site: row.site!.slug,
    siteName: row.site!.name,
    path: `du-an/${row.slug}/`,
    title: row.name,
    summary: row.summary,
    issuer: row.investor,
    date,
    year: row.periodStart ?? localYear(date),
    categories: [],
    field: row.field,
    fieldLabel: PROJECT_FIELDS[row.field] ?? row.field,
    typeLabel: 'Dự án',
    stateLabel: PROJECT_STATES[row.state] ?? row.state,
  };
  return chunkText(text).map((body, i) => ({ id: `${row.documentId}-${i}`, ...base, body }));
};

/** A procurement notice: found by its package, summary, procuring entity, its project and the winner. */
export const procurementNoticeDocuments = (row: ProcurementRow): IndexDocument[] => {
  if (!visible(row)) return [];
  const date = seconds(row.publishedDate ?? row.publishedAt);
  const result = row.result;
  const text = [row.project?.name ?? '', PROCUREMENT_METHODS[row.method] ?? '', result?.winner ?? ''].filter(Boolean).join('\n');
  const base = {
    documentId: row.documentId,
    kind: 'procurement-notice' as const,
    site: row.site!.slug,
    siteName: row.site!.name,
    path: `du-an/dau-thau/${row.slug}/`,
    title: row.packageName,
    summary: row.summary,
    issuer: row.procuringEntity,
    date,
    year: localYear(date),
    categories: [],
    field: row.project?.field ?? null,
    ...(row.project ? { fieldLabel: PROJECT_FIELDS[row.project.field] ?? row.project.field } : {}),
    typeLabel: 'Thông báo đấu thầu',
    stateLabel: result ? PROCUREMENT_RESULTS[result.state] : 'Đang mời thầu',
  };
  return chunkText(text).map((body, i) => ({ id: `${row.documentId}-${i}`, ...base, body }));
};

interface DatasetRow {
  documentId: string;
  title: string;
  slug: string;
  description: string | null;
  field: DatasetField;
  periodStart: string | null;
  periodEnd: string | null;
  unitOfMeasure: string | null;
  source: string | null;
  publishedAt: string | null;
  site: SiteRef | null;
}

/** A period as readers write it: "01/2025 – 12/2025". */
const monthOf = (date: string): string => `${date.slice(5, 7)}/${date.slice(0, 4)}`;

/**
 * A statistics dataset: found by its title, description, who compiled it and its unit; dated by the
 * end of its period (what readers look for: the newest figures), filed under that year and its field.
 */
export const datasetDocuments = (row: DatasetRow): IndexDocument[] => {
  if (!visible(row)) return [];
  const date = seconds(row.periodEnd ?? row.publishedAt);
  const period = row.periodStart && row.periodEnd ? `Kỳ số liệu ${monthOf(row.periodStart)} – ${monthOf(row.periodEnd)}` : null;
  const text = [row.description ?? '', period ?? '', row.unitOfMeasure ? `Đơn vị tính: ${row.unitOfMeasure}` : '']
    .filter(Boolean)
    .join('\n');
  const base = {
    documentId: row.documentId,
    kind: 'dataset' as const,
    site: row.site!.slug,
    siteName: row.site!.name,
    path: `thong-ke/${row.slug}/`,
    title: row.title,
    summary: row.description ?? '',
    issuer: row.source ?? '',
    date,
    year: localYear(date),
    categories: [],
    field: row.field,
    fieldLabel: DATASET_FIELDS[row.field] ?? row.field,
    typeLabel: 'Số liệu thống kê',
    ...(period ? { stateLabel: period } : {}),
  };
  return chunkText(text).map((body, i) => ({ id: `${row.documentId}-${i}`, ...base, body }));
};

/**
 * The `sections` index's types (index-names.ts SECTION_UIDS): a new section type (statistics'
 * datasets, …) adds its uid there and its query and builder here.
 */
export const SECTION_SEARCH: Record<SectionUid, SearchShape> = {
  'api::project.project': { query: PROJECT_QUERY, documents: projectDocuments },
  'api::procurement-notice.procurement-notice': { query: PROCUREMENT_QUERY, documents: procurementNoticeDocuments },
  'api::dataset.dataset': { query: DATASET_QUERY, documents: datasetDocuments },
};
