// The legal document register's filters: each value of each facet is a pre-built, paginated page
// (/van-ban/<segment>/<value>/[trang/<n>/]), so filtering needs no JavaScript and no server.
// Everything is computed once per build, in one pass over the documents: a site with 10,000
// documents renders its few thousand register pages without re-scanning them.
import { allLegalDocuments, documentYear, type LegalDocument } from './legal-documents';
import { once } from '../utils/once';
import { slugify } from '@vungtau/publishing';
import { vi } from '../i18n/vi';

export const REGISTER_PAGE_SIZE = 20;

export type FacetKey = 'type' | 'year' | 'issuer' | 'field' | 'validity' | 'kind';

export interface FacetValue {
  slug: string;
  label: string;
  documents: LegalDocument[];
}

export interface Facet {
  key: FacetKey;
  /** The URL segment: /van-ban/<segment>/<value slug>/. */
  segment: string;
  /** The filter group's heading ("Theo loại văn bản") and the field's name ("Loại văn bản"). */
  title: string;
  field: string;
  values: FacetValue[];
}

interface FacetSpec {
  key: FacetKey;
  segment: string;
  title: string;
  field: string;
  value: (d: LegalDocument) => { slug: string; label: string } | null;
  /** Values in count order (most documents first), or as `compare` says. */
  compare?: (a: FacetValue, b: FacetValue) => number;
}

const enumOrder =
  <K extends string>(keys: readonly K[]) =>
  (a: FacetValue, b: FacetValue) =>
    keys.indexOf(a.slug as K) - keys.indexOf(b.slug as K);
const VALIDITIES = ['in-force', 'expired', 'replaced'] as const;
const KINDS = ['normative', 'administrative', 'draft-for-comment'] as const;
// Vietnamese URL segments for the English enum values the CMS stores.
const VALIDITY_SLUGS: Record<(typeof VALIDITIES)[number], string> = {
  'in-force': 'con-hieu-luc',
  expired: 'het-hieu-luc',
  replaced: 'bi-thay-the',
};
const KIND_SLUGS: Record<(typeof KINDS)[number], string> = {
  normative: 'quy-pham-phap-luat',
  administrative: 'hanh-chinh',
  'draft-for-comment': 'du-thao-lay-y-kien',
};
// Thousands of documents share a few issuers and fields: slugify each spelling once.
const slugs = new Map<string, string>();
const slugOf = (s: string): string => slugs.get(s) ?? slugs.set(s, slugify(s)).get(s)!;
const text = (s: string | null) => (s && s.trim() ? { slug: slugOf(s.trim()), label: s.trim() } : null);

const SPECS: FacetSpec[] = [
  { key: 'type', segment: 'loai', title: vi.byType, field: vi.type, value: (d) => ({ slug: d.data.type, label: vi.types[d.data.type] }) },
  {
    key: 'year',
    segment: 'nam',
    title: vi.byYear,
    field: vi.issuedYear,
    value: (d) => ({ slug: String(documentYear(d)), label: String(documentYear(d)) }),
    compare: (a, b) => Number(b.slug) - Number(a.slug),
  },
  { key: 'issuer', segment: 'co-quan', title: vi.byIssuer, field: vi.issuer, value: (d) => text(d.data.issuer) },
  { key: 'field', segment: 'linh-vuc', title: vi.byField, field: vi.field, value: (d) => text(d.data.field) },
  {
    key: 'validity',
    segment: 'hieu-luc',
    title: vi.byValidity,
    field: vi.validity,
    value: (d) => ({ slug: VALIDITY_SLUGS[d.data.validity], label: vi.validities[d.data.validity] }),
    compare: enumOrder(VALIDITIES.map((v) => VALIDITY_SLUGS[v])),
  },
  {
    key: 'kind',
    segment: 'hinh-thuc',
    title: vi.byKind,
    field: vi.kind,
    value: (d) => ({ slug: KIND_SLUGS[d.data.kind], label: vi.kinds[d.data.kind] }),
    compare: enumOrder(KINDS.map((k) => KIND_SLUGS[k])),
  },
];

const byCount = (a: FacetValue, b: FacetValue) => b.documents.length - a.documents.length || a.label.localeCompare(b.label, 'vi');

const build = async () => {
  const all = await allLegalDocuments();
  const facets: Facet[] = SPECS.map((spec) => {
    const values = new Map<string, FacetValue>();
    for (const doc of all) {
      const v = spec.value(doc);
      if (!v) continue;
      // Two spellings with one slug ("UBND thành phố", "UBND Thành phố") are one value, under the first seen.
      const entry = values.get(v.slug) ?? { ...v, documents: [] };
      entry.documents.push(doc);
      values.set(v.slug, entry);
    }
    return {
      key: spec.key,
      segment: spec.segment,
      title: spec.title,
      field: spec.field,
      values: [...values.values()].sort(spec.compare ?? byCount),
    };
  });
  return { all, facets };
};

/** Every document (newest first) and every facet with its values, each listing its documents in the same order. */
export const registerIndex = once(build, ['legalDocuments']);

/** A register page's filter: a facet and one of its values, as the page shows them. */
export interface RegisterFilter {
  facet: Pick<Facet, 'key' | 'segment' | 'field'>;
  value: Pick<FacetValue, 'slug' | 'label'>;
}

/** The filter panel every register page shows: each facet's values with their counts. */
export interface FilterPanel {
  count: number;
  facets: Array<Pick<Facet, 'key' | 'segment' | 'title'> & { values: Array<{ slug: string; label: string; count: number }> }>;
}

/** The filter panel, made once from the register: one object that every register page shares. */
export const filterPanel = once(async (): Promise<FilterPanel> => {
  const { all, facets } = await registerIndex();
  return {
    count: all.length,
    facets: facets
      .filter((f) => f.values.length > 0)
      .map((f) => ({
        key: f.key,
        segment: f.segment,
        title: f.title,
        values: f.values.map((v) => ({ slug: v.slug, label: v.label, count: v.documents.length })),
      })),
  };
}, ['legalDocuments']);

/** What a register page shows of a facet value, without the documents it lists. */
export const registerFilter = (facet: Facet, value: FacetValue): RegisterFilter => ({
  facet: { key: facet.key, segment: facet.segment, field: facet.field },
  value: { slug: value.slug, label: value.label },
});

/** The URL path of a register page: the whole register, or one facet value, page `page`. */
export const registerPath = (filter: { facet: { segment: string }; value: { slug: string } } | null, page = 1): string =>
  `van-ban/${filter ? `${filter.facet.segment}/${filter.value.slug}/` : ''}${page > 1 ? `trang/${page}/` : ''}`;
