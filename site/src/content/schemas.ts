import { z } from 'astro/zod';
import {
  CAPITAL_SOURCES,
  PROCUREMENT_METHODS,
  PROCUREMENT_RESULTS,
  PROJECT_FIELDS,
  PROJECT_STATES,
  QUESTION_FIELDS,
  SCHEDULE_STATES,
  DATASET_FIELDS,
  type DatasetField,
} from '@vungtau/publishing';

/** The keys of a vocabulary, as zod's enum wants them. */
const keysOf = <T extends Record<string, string>>(vocabulary: T) => Object.keys(vocabulary) as [keyof T & string, ...(keyof T & string)[]];
const QUESTION_FIELD_KEYS = keysOf(QUESTION_FIELDS);

// Zod schemas of what the site reads from the CMS; cms-contract.ts checks them against the
// CMS's generated types, so a renamed field or enum value breaks `astro check`.

/** A node of Strapi's "blocks" rich text. */
export interface BlockNode {
  type: string;
  text?: string;
  children?: BlockNode[];
  level?: number;
  format?: string;
  url?: string;
  image?: { url: string; width?: number | null; height?: number | null; alternativeText?: string | null };
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  code?: boolean;
}

const blockNode: z.ZodType<BlockNode> = z.lazy(() =>
  z
    .object({
      type: z.string(),
      text: z.string().optional(),
      children: z.array(blockNode).optional(),
      level: z.number().optional(),
      format: z.string().optional(),
      url: z.string().optional(),
      image: z
        .object({ url: z.string(), width: z.number().nullish(), height: z.number().nullish(), alternativeText: z.string().nullish() })
        .optional(),
      bold: z.boolean().optional(),
      italic: z.boolean().optional(),
      underline: z.boolean().optional(),
      strikethrough: z.boolean().optional(),
      code: z.boolean().optional(),
    })
    .strip()
);
export const blocks = z.array(blockNode).nullable().default([]);

const format = z.object({ url: z.string(), width: z.number(), height: z.number() });
export const image = z.object({
  url: z.string(),
  width: z.number().nullable(),
  height: z.number().nullable(),
  alternativeText: z.string().nullable(),
  formats: z.record(format).nullable(),
});
export type Image = z.infer<typeof image>;

export const file = z.object({ url: z.string(), name: z.string(), ext: z.string().nullable(), size: z.number(), mime: z.string() });

export const captionedImage = z.object({ image: image.nullable(), caption: z.string().nullable(), credit: z.string().nullable() });
export type CaptionedImage = z.infer<typeof captionedImage>;

const mediaFile = z.object({ url: z.string(), mime: z.string(), size: z.number() });
export const video = z.object({
  title: z.string(),
  file: mediaFile.nullable(),
  poster: image.nullable(),
  captions: mediaFile.nullable(),
  transcript: z.string().nullable(),
});
export type Video = z.infer<typeof video>;
export const audio = video.omit({ poster: true });
export type Audio = z.infer<typeof audio>;
export const infographic = z.object({
  title: z.string().nullable(),
  image: image.nullable(),
  alt: z.string().nullable(),
  longDescription: z.string().nullable(),
});
export type Infographic = z.infer<typeof infographic>;

export const contact = z
  .object({
    address: z.string().nullable(),
    addressEn: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    hotline: z.string().nullable(),
    fax: z.string().nullable(),
    website: z.string().nullable(),
    workingHours: z.string().nullable(),
    workingHoursEn: z.string().nullable(),
  })
  .nullable();
export type Contact = z.infer<typeof contact>;

const ref = z.object({ documentId: z.string(), slug: z.string() });
const refNamed = ref.extend({ name: z.string() });
const docRef = ref.extend({ number: z.string() });

export const bannerLink = z.object({
  image: image.nullable(),
  alt: z.string().nullable(),
  url: z.string(),
  title: z.string().nullable(),
  order: z.number().nullable(),
});
export type BannerLink = z.infer<typeof bannerLink>;

export const site = z.object({
  name: z.string(),
  nameEn: z.string().nullable(),
  shortName: z.string().nullable(),
  slug: z.string(),
  kind: z.enum(['city', 'ward', 'commune']),
  domain: z.string().nullable(),
  tagline: z.string().nullable(),
  taglineEn: z.string().nullable(),
  introduction: blocks,
  introductionEn: blocks,
  status: z.enum(['active', 'merged', 'retired']),
  statusChangedOn: z.string().nullable(),
  publicVisitTotal: z.number().int().nonnegative().nullable(),
  parent: refNamed.nullable(),
  mergedInto: refNamed.extend({ domain: z.string().nullable() }).nullable(),
  contact,
  editorialBoard: z.array(
    z.object({
      fullName: z.string(),
      role: z.enum(['head', 'deputy-head', 'member', 'secretariat']),
      position: z.string().nullable(),
      positionEn: z.string().nullable(),
      order: z.number().nullable(),
    })
  ),
  navigation: z.array(
    z.object({ label: z.string(), url: z.string(), placement: z.enum(['header', 'footer', 'state-portals']), order: z.number().nullable() })
  ),
  logo: image.nullable(),
  banners: z.array(bannerLink),
});

export const LEGAL_TYPES = [
  'luat',
  'nghi-dinh',
  'nghi-quyet',
  'quyet-dinh',
  'thong-tu',
  'thong-tu-lien-tich',
  'chi-thi',
  'ke-hoach',
  'chien-luoc',
  'quy-hoach',
  'chuong-trinh',
  'de-an',
  'bao-cao',
  'to-trinh',
  'cong-van',
  'thong-bao',
  'huong-dan',
  'quy-che',
  'quy-dinh',
  'khac',
] as const;

export const LEGAL_KINDS = ['normative', 'administrative', 'draft-for-comment'] as const;

/** A documents category's filter: a list of enum values, or null (any). */
const enumList = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .array(z.enum(values))
    .nullable()
    .optional()
    .transform((v) => v ?? null);

export const category = z.object({
  name: z.string(),
  slug: z.string(),
  order: z.number().nullable(),
  description: z.string().nullable(),
  kind: z.enum(['news', 'documents', 'page-section']),
  /** A documents category lists the site's legal documents of these kinds and types (null: any). */
  documentKinds: enumList(LEGAL_KINDS),
  documentTypes: enumList(LEGAL_TYPES),
  parent: ref.nullable(),
});

export const unit = z.object({
  name: z.string(),
  nameEn: z.string().nullable(),
  shortName: z.string().nullable(),
  slug: z.string(),
  kind: z.enum(['department', 'ward-committee', 'organisation', 'centre', 'party-body', 'police', 'other']),
  functions: blocks,
  functionsEn: blocks,
  order: z.number().nullable(),
  contact,
  parent: ref.nullable(),
});

export const OFFICIAL_RANKS = ['head', 'deputy', 'member'] as const;

export const official = z.object({
  name: z.string(),
  position: z.string(),
  positionEn: z.string().nullable(),
  rank: z.enum(OFFICIAL_RANKS),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  bio: z.string().nullable(),
  bioEn: z.string().nullable(),
  order: z.number().nullable(),
  unit: ref.nullable(),
  photo: image.nullable(),
});

export const article = z.object({
  title: z.string(),
  slug: z.string(),
  summary: z.string().nullable(),
  body: blocks,
  form: z.enum(['tin', 'tin-ngan', 'bai', 'phong-su-anh', 'anh']),
  byline: z.string().nullable(),
  featured: z.boolean(),
  postedAt: z.coerce.date().nullable(),
  publishedAt: z.coerce.date(),
  updatedAt: z.coerce.date(),
  cover: captionedImage.nullable(),
  gallery: z.array(captionedImage),
  videos: z.array(video),
  audios: z.array(audio),
  infographics: z.array(infographic),
  source: z.object({ kind: z.enum(['own-reporting', 'quoted']), name: z.string().nullable(), url: z.string().nullable() }).nullable(),
  categories: z.array(ref),
  unit: refNamed.nullable(),
  tags: z.array(refNamed),
  /** The ward site that proposed this item to the city portal. */
  creditSite: refNamed.extend({ shortName: z.string().nullable(), domain: z.string().nullable() }).nullable(),
});

export const question = z.object({
  title: z.string(),
  slug: z.string(),
  question: z.string(),
  field: z.enum(QUESTION_FIELD_KEYS),
  answer: blocks,
  receivedAt: z.coerce.date(),
  answeredAt: z.coerce.date().nullable(),
  postedAt: z.coerce.date().nullable(),
  publishedAt: z.coerce.date(),
  updatedAt: z.coerce.date(),
  unit: refNamed.nullable(),
});

export { DATASET_FIELDS, type DatasetField };

/** A dataset's table of figures, as the CMS checks it (cms/src/statistics/table.ts). */
export const datasetTable = z.object({
  labelHeader: z.string(),
  columns: z.array(z.string()).min(1),
  rows: z.array(z.object({ label: z.string(), values: z.array(z.number()) })).min(1),
});
export type DatasetTable = z.infer<typeof datasetTable>;

export const dataset = z.object({
  title: z.string(),
  titleEn: z.string().nullable(),
  slug: z.string(),
  field: z.enum(Object.keys(DATASET_FIELDS) as [DatasetField, ...DatasetField[]]),
  periodStart: z.string(),
  periodEnd: z.string(),
  unitOfMeasure: z.string().nullable(),
  source: z.string().nullable(),
  description: z.string().nullable(),
  table: datasetTable,
  chart: z.enum(['bar', 'line', 'none']),
  publishedAt: z.coerce.date(),
  updatedAt: z.coerce.date(),
  sourceFile: file.nullable(),
});

export const PUBLIC_SERVICE_FIELDS = {
  'ho-tich': 'Hộ tịch',
  'chung-thuc': 'Chứng thực',
  'dat-dai': 'Đất đai',
  'xay-dung': 'Xây dựng',
  'kinh-doanh': 'Đăng ký kinh doanh',
  'lao-dong-xa-hoi': 'Lao động, thương binh và xã hội',
  'giao-duc': 'Giáo dục',
  'y-te': 'Y tế',
  'van-hoa-the-thao': 'Văn hóa, thể thao',
  khac: 'Lĩnh vực khác',
} as const;
export type PublicServiceField = keyof typeof PUBLIC_SERVICE_FIELDS;

export const publicService = z.object({
  name: z.string(),
  field: z.enum(Object.keys(PUBLIC_SERVICE_FIELDS) as [PublicServiceField, ...PublicServiceField[]]),
  level: z.enum(['mot-phan', 'toan-trinh']),
  code: z.string().nullable(),
  provincialUrl: z.string().nullable(),
  nationalUrl: z.string().nullable(),
  popular: z.boolean(),
  order: z.number().nullable(),
  publishedAt: z.coerce.date(),
  updatedAt: z.coerce.date(),
});

export const draftComment = z.object({
  id: z.string(),
  name: z.string().nullable(),
  organisation: z.string().nullable(),
  section: z.string().nullable(),
  body: z.string(),
  submittedAt: z.coerce.date(),
  answer: z.string().nullable(),
  answeredAt: z.coerce.date().nullable(),
});

export const legalDocument = z.object({
  number: z.string(),
  slug: z.string(),
  kind: z.enum(LEGAL_KINDS),
  type: z.enum(LEGAL_TYPES),
  issuer: z.string(),
  signer: z.string().nullable(),
  signerTitle: z.string().nullable(),
  issuedDate: z.string(),
  effectiveDate: z.string().nullable(),
  validity: z.enum(['in-force', 'expired', 'replaced']),
  field: z.string().nullable(),
  summary: z.string(),
  fullText: blocks,
  postedAt: z.coerce.date().nullable(),
  publishedAt: z.coerce.date(),
  updatedAt: z.coerce.date(),
  attachments: z
    .array(file)
    .nullable()
    .transform((a) => a ?? []),
  replaces: z.array(docRef),
  replacedBy: z.array(docRef),
  amends: z.array(docRef),
  amendedBy: z.array(docRef),
  commentWindow: z
    .object({ opensAt: z.coerce.date(), closesAt: z.coerce.date(), receivingAgency: z.string(), address: z.string(), email: z.string() })
    .nullable(),
  /** The drafting agency's answer to the comments as a whole (tiếp thu, giải trình chung). */
  commentResponse: z.string().nullable().optional(),
  // Added by the CMS to a draft for public comment: its published comments (@vungtau/publishing's PublicDraftComment).
  comments: z.array(draftComment).optional(),
  commentsOpen: z.boolean().optional(),
});

const SCHEDULE_STATE_KEYS = Object.keys(SCHEDULE_STATES) as [keyof typeof SCHEDULE_STATES, ...(keyof typeof SCHEDULE_STATES)[]];

/** "08:00:00.000" → "08:00": the schedule shows minutes. */
const time = z.string().transform((t) => t.slice(0, 5));

/** One week of the leaders' work schedule (lịch công tác). */
export const workSchedule = z.object({
  weekStart: z.string(),
  note: z.string().nullable(),
  publishedAt: z.coerce.date(),
  updatedAt: z.coerce.date(),
  entries: z.array(
    z.object({
      date: z.string(),
      startTime: time,
      endTime: time.nullable(),
      leaders: z.array(z.object({ name: z.string(), position: z.string(), order: z.number().nullable() })).default([]),
      leaderNames: z.string().nullable(),
      content: z.string(),
      place: z.string().nullable(),
      chair: z.string().nullable(),
      participants: z.string().nullable(),
      preparingUnit: z.string().nullable(),
      state: z.enum(SCHEDULE_STATE_KEYS),
      note: z.string().nullable(),
    })
  ),
});

/** The CMS's public search settings (plugins/search: GET /api/search/config). */
export const searchConfig = z.object({
  engine: z.enum(['embedded', 'meilisearch']),
  host: z.string().url(),
  apiKey: z.string().nullable(),
  indexes: z.object({ articles: z.string(), legalDocuments: z.string(), questions: z.string(), sections: z.string() }),
});

/**
 * An amount in đồng: the CMS's big integers come as strings from PostgreSQL and as numbers from
 * SQLite; kept as a string of digits, formatted without a float (@vungtau/publishing formatVnd).
 */
const amount = z
  .union([z.string().regex(/^-?\d+$/), z.number().int()])
  .nullable()
  .transform((value) => (value === null ? null : String(value)));

const files = z
  .array(file)
  .nullable()
  .transform((a) => a ?? []);

export const project = z.object({
  name: z.string(),
  slug: z.string(),
  field: z.enum(keysOf(PROJECT_FIELDS)),
  investor: z.string(),
  location: z.string().nullable(),
  totalInvestment: amount,
  capitalSource: z.enum(keysOf(CAPITAL_SOURCES)),
  periodStart: z.number().int(),
  periodEnd: z.number().int().nullable(),
  state: z.enum(keysOf(PROJECT_STATES)),
  summary: z.string(),
  description: blocks,
  progress: z
    .array(z.object({ date: z.string(), text: z.string(), percent: z.number().int().nullable() }))
    .nullable()
    .transform((a) => a ?? []),
  documents: files,
  legalDocuments: z
    .array(docRef)
    .nullable()
    .transform((a) => a ?? []),
  publishedAt: z.coerce.date(),
  updatedAt: z.coerce.date(),
});

export const procurementNotice = z.object({
  packageName: z.string(),
  slug: z.string(),
  project: refNamed.nullable(),
  procuringEntity: z.string(),
  method: z.enum(keysOf(PROCUREMENT_METHODS)),
  budget: amount,
  summary: z.string(),
  publishedDate: z.string(),
  bidClosingAt: z.coerce.date().nullable(),
  resultDate: z.string().nullable(),
  result: z
    .object({
      state: z.enum(keysOf(PROCUREMENT_RESULTS)),
      winner: z.string().nullable(),
      contractValue: amount,
      contractDuration: z.string().nullable(),
      note: z.string().nullable(),
    })
    .nullable(),
  attachments: files,
  publishedAt: z.coerce.date(),
  updatedAt: z.coerce.date(),
});
