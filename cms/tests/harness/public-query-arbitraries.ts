import fc from 'fast-check';

// Generated attacks on the public content API: queries made of the schema's real names (public
// and private), Strapi's operators and some it does not have, nested logic, populate in every
// notation, and values of every shape. Benign pieces are mixed in so that many queries are
// accepted and their answers checked too, not only refused.

/** The public read endpoints, and the names each one's readers legitimately use. */
export const ENDPOINTS = {
  articles: {
    fields: ['title', 'slug', 'summary', 'body', 'form', 'byline', 'featured', 'postedAt', 'publishedAt', 'updatedAt', 'documentId', 'id'],
    relations: ['site', 'categories', 'tags', 'unit', 'creditSite', 'cover', 'gallery', 'source'],
    text: ['title', 'slug', 'summary', 'byline'],
    scope: { site: { slug: { $startsWith: 'phuong-thu' } } },
  },
  'legal-documents': {
    fields: ['number', 'slug', 'kind', 'type', 'issuer', 'summary', 'fullText', 'validity', 'issuedDate', 'publishedAt', 'documentId'],
    relations: ['site', 'issuingUnit', 'attachments', 'replaces', 'replacedBy', 'amends', 'amendedBy', 'commentWindow'],
    text: ['number', 'slug', 'issuer', 'summary'],
    scope: { site: { slug: { $startsWith: 'phuong-thu' } } },
  },
  sites: {
    fields: ['name', 'slug', 'kind', 'domain', 'status', 'introduction', 'documentId'],
    relations: ['parent', 'mergedInto', 'contact', 'logo', 'banners', 'editorialBoard'],
    text: ['name', 'slug', 'kind'],
    scope: { slug: { $startsWith: 'phuong-thu' } },
  },
  units: {
    fields: ['name', 'slug', 'kind', 'order', 'functions', 'documentId'],
    relations: ['site', 'parent', 'contact'],
    text: ['name', 'slug'],
    scope: { site: { slug: { $startsWith: 'phuong-thu' } } },
  },
  officials: {
    fields: ['name', 'position', 'rank', 'phone', 'email', 'order', 'documentId'],
    relations: ['site', 'unit', 'photo'],
    text: ['name', 'position'],
    scope: { site: { slug: { $startsWith: 'phuong-thu' } } },
  },
  'work-schedules': {
    fields: ['weekStart', 'note', 'publishedAt', 'updatedAt', 'documentId'],
    relations: ['site', 'entries'],
    text: ['note'],
    scope: { site: { slug: { $startsWith: 'phuong-thu' } } },
  },
  projects: {
    fields: ['name', 'slug', 'summary', 'field', 'state', 'investor', 'totalInvestment', 'periodStart', 'documentId'],
    relations: ['site', 'progress', 'documents', 'legalDocuments'],
    text: ['name', 'slug', 'summary', 'investor'],
    scope: { site: { slug: { $startsWith: 'phuong-thu' } } },
  },
  'procurement-notices': {
    fields: ['packageName', 'slug', 'summary', 'method', 'budget', 'publishedDate', 'documentId'],
    relations: ['site', 'project', 'result', 'attachments'],
    text: ['packageName', 'slug', 'summary'],
    scope: { site: { slug: { $startsWith: 'phuong-thu' } } },
  },
  datasets: {
    fields: ['title', 'slug', 'field', 'periodStart', 'periodEnd', 'description', 'chart', 'table', 'documentId'],
    relations: ['site', 'sourceFile'],
    text: ['title', 'slug', 'description'],
    scope: { site: { slug: { $startsWith: 'phuong-thu' } } },
  },
  'public-services': {
    fields: ['name', 'field', 'level', 'code', 'popular', 'order', 'nationalUrl', 'documentId'],
    relations: ['site'],
    text: ['name', 'code'],
    scope: { site: { slug: { $startsWith: 'phuong-thu' } } },
  },
  categories: {
    fields: ['name', 'slug', 'order', 'kind', 'documentId'],
    relations: ['site', 'parent'],
    text: ['name', 'slug', 'kind'],
    scope: { site: { slug: { $startsWith: 'phuong-thu' } } },
  },
  tags: { fields: ['name', 'slug', 'documentId'], relations: [] as string[], text: ['name', 'slug'], scope: { name: { $containsi: 'a' } } },
} as const;

export type Endpoint = keyof typeof ENDPOINTS;

/** Names that lead to private data, non-public types or internals. */
const PRIVATE_FIELDS = [
  'workflowState',
  'scheduledAt',
  'numberKey',
  'paymentDetails',
  'accountNumber',
  'citizenId',
  'email',
  'fullName',
  'password',
  'questionDueWorkingDays',
  // The hosts a site's public services may link to: an operator's setting, not public.
  'publicServiceHosts',
  // A question's asker and handling (api::question.question): private attributes.
  'askerName',
  'trackingCode',
  'fingerprint',
  'privateAnswer',
  'handling',
  'rejectReason',
  'dueAt',
  'contactErasedAt',
  'locale',
  'share',
  'amount',
];
const PRIVATE_RELATIONS = [
  'authors',
  'contributor',
  'contributors',
  'proposedFrom',
  'forwardedFrom',
  'createdBy',
  'updatedBy',
  'adminUser',
  'quota',
  'localizations',
  'children',
  'articles',
  'mergedSites',
  'related',
  'folder',
  'roles',
  'units',
];
const OPERATORS = [
  '$eq',
  '$ne',
  '$eqi',
  '$in',
  '$notIn',
  '$lt',
  '$gte',
  '$between',
  '$contains',
  '$containsi',
  '$startsWith',
  '$null',
  '$notNull',
  '$not',
  '$or',
  '$and',
  '$exists',
  '$jsonSupersetOf',
  '$raw',
  'eq',
];
const STATUS_WORDS = [
  'draft',
  'DRAFT',
  'Draft',
  'published',
  'PUBLISHED',
  'Published',
  ' published',
  'published ',
  'modified',
  'preview',
  'live',
  '',
  'null',
  'undefined',
];

type Json = string | Json[] | { [key: string]: Json };

const value: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom(
    'draft',
    'published',
    'true',
    'false',
    '1',
    '0',
    '-1',
    '2026-11-02',
    '2026-02-30',
    '9999-99-99T99:99',
    'abc',
    '%',
    '_',
    '',
    'submitted',
    'withdrawn',
    'phuong-thu'
  ),
  fc.string({ maxLength: 12 }),
  fc.integer().map(String),
  fc.array(fc.constantFrom('1', '2', 'a', 'draft'), { maxLength: 4 }) as fc.Arbitrary<Json>
);

/** The `status` parameter in every form: words, case variants, lists, operator objects. */
export const status: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom(...STATUS_WORDS),
  fc.string({ maxLength: 10 }),
  fc.array(fc.constantFrom(...STATUS_WORDS), { minLength: 1, maxLength: 3 }),
  fc.dictionary(fc.constantFrom('$ne', '$eq', '0', 'published', '$in'), fc.constantFrom(...STATUS_WORDS), { minKeys: 1, maxKeys: 2 })
);

export const queryFor = (endpoint: Endpoint): fc.Arbitrary<Record<string, Json>> => {
  const own = ENDPOINTS[endpoint];
  const field = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...own.fields) },
    { weight: 1, arbitrary: fc.constantFrom(...PRIVATE_FIELDS, '*', 'site.slug', 'title,workflowState') }
  );
  const relation = fc.oneof(
    { weight: 3, arbitrary: own.relations.length ? fc.constantFrom(...own.relations) : fc.constantFrom(...PRIVATE_RELATIONS) },
    { weight: 1, arbitrary: fc.constantFrom(...PRIVATE_RELATIONS, '*', 'cover.image', 'site,authors') }
  );
  const fieldList = fc.oneof(field as fc.Arbitrary<Json>, fc.array(field, { minLength: 1, maxLength: 4 }) as fc.Arbitrary<Json>);

  const { filter, populate } = fc.letrec<{ filter: Json; condition: Json; populate: Json }>((tie) => ({
    filter: fc.oneof(
      { maxDepth: 4, depthIdentifier: 'filter' },
      fc.tuple(field, tie('condition')).map(([k, v]) => ({ [k]: v })),
      fc.tuple(relation, tie('filter')).map(([k, v]) => ({ [k]: v })),
      fc.tuple(fc.constantFrom('$or', '$and'), fc.array(tie('filter'), { maxLength: 14 })).map(([k, v]) => ({ [k]: v })),
      tie('filter').map((f) => ({ $not: f })),
      fc.array(tie('filter'), { minLength: 2, maxLength: 3 }).map((parts) => Object.assign({}, ...parts))
    ),
    condition: fc.oneof(value, fc.dictionary(fc.constantFrom(...OPERATORS), value, { minKeys: 1, maxKeys: 2 })),
    populate: fc.oneof(
      { maxDepth: 3, depthIdentifier: 'populate' },
      relation as fc.Arbitrary<Json>,
      fc.array(relation, { minLength: 1, maxLength: 3 }) as fc.Arbitrary<Json>,
      fc.dictionary(
        relation,
        fc.oneof(
          fc.constantFrom('true', 'false', '*') as fc.Arbitrary<Json>,
          fc.record(
            { fields: fieldList, populate: tie('populate'), filters: tie('filter'), sort: field as fc.Arbitrary<Json> },
            { requiredKeys: [] }
          )
        ),
        { minKeys: 1, maxKeys: 3 }
      )
    ),
  }));

  const sortKey = fc.tuple(field, fc.constantFrom('', ':asc', ':desc', ':DESC', ':sideways')).map(([f, d]) => f + d);
  const pagination = fc.record(
    {
      page: fc.oneof(fc.integer({ min: -2, max: 50 }).map(String), fc.constantFrom('1e20', '99999999999', '10000', '1.5', 'abc', '')),
      pageSize: fc.oneof(fc.integer({ min: -1, max: 120 }).map(String), fc.constantFrom('1000', '100', '1e3', '')),
      withCount: fc.constantFrom('true', 'false', 'yes'),
      start: fc.constantFrom('0', '5', '-1'),
      limit: fc.constantFrom('1', '100', '1000', '-1'),
    },
    { requiredKeys: [] }
  );
  const siteScope = fc.constant(own.scope as Json);

  const query = fc.record(
    {
      status,
      fields: fieldList,
      populate,
      filters: fc.oneof(filter, siteScope),
      sort: fc.oneof(
        sortKey as fc.Arbitrary<Json>,
        fc.array(sortKey, { maxLength: 4 }) as fc.Arbitrary<Json>,
        fc.dictionary(field, fc.constantFrom('asc', 'desc'), { maxKeys: 2 })
      ),
      pagination: pagination as fc.Arbitrary<Json>,
      locale: fc.constantFrom('vi', 'en', 'all'),
      publicationState: fc.constantFrom('preview', 'live'),
      _q: fc.string({ maxLength: 8 }),
    },
    { requiredKeys: [] }
  );
  const benign = fc.record(
    {
      status: fc.constant('published'),
      fields: fc.subarray([...own.fields], { minLength: 1 }),
      populate: own.relations.length
        ? fc.dictionary(fc.constantFrom(...own.relations), fc.constant('true'), { maxKeys: 2 })
        : fc.constant({}),
      filters: fc.oneof(
        { weight: 3, arbitrary: siteScope },
        {
          weight: 1,
          arbitrary: fc
            .tuple(
              fc.constantFrom(...own.text),
              fc.constantFrom('$containsi', '$ne', '$eq', '$startsWith'),
              fc.constantFrom('a', 'n', 'Tin', 'Về')
            )
            .map(([f, op, v]) => ({ [f]: { [op]: v } })),
        }
      ),
      sort: fc.constantFrom(...own.text).map((f) => `${f}:asc`),
      pagination: fc.record({ page: fc.constantFrom('1', '1', '1', '2'), pageSize: fc.integer({ min: 1, max: 100 }).map(String) }),
    },
    { requiredKeys: [] }
  ) as fc.Arbitrary<Record<string, Json>>;
  const hostile = query as fc.Arbitrary<Record<string, Json>>;
  // A reader's query with one or two parameters swapped for hostile ones: most attacks look so.
  const mutated = fc
    .tuple(
      benign,
      hostile,
      fc.subarray(['status', 'fields', 'populate', 'filters', 'sort', 'pagination', 'locale', '_q'], { minLength: 1, maxLength: 2 })
    )
    .map(([base, attack, keys]) => {
      const out = { ...base };
      for (const key of keys) if (key in attack) out[key] = attack[key];
      return out;
    });
  return fc.oneof({ weight: 2, arbitrary: benign }, { weight: 3, arbitrary: mutated }, { weight: 1, arbitrary: hostile });
};

/** Serialises a query the way qs reads it (`a[b][0]=c`), as any client would send it. */
export const toQueryString = (query: Record<string, Json>): string => {
  const pairs: string[] = [];
  const walk = (prefix: string, item: Json): void => {
    if (Array.isArray(item)) item.forEach((v, i) => walk(`${prefix}[${i}]`, v));
    else if (typeof item === 'object') for (const [k, v] of Object.entries(item)) walk(prefix ? `${prefix}[${k}]` : k, v);
    else pairs.push(`${encodeURIComponent(prefix).replace(/%5B/g, '[').replace(/%5D/g, ']')}=${encodeURIComponent(item)}`);
  };
  walk('', query);
  return pairs.join('&');
};

export type { Json };
