import { z } from 'astro/zod';
import { QUESTION_FIELDS } from '@vungtau/publishing';

const QUESTION_FIELD_KEYS = Object.keys(QUESTION_FIELDS) as [keyof typeof QUESTION_FIELDS, ...(keyof typeof QUESTION_FIELDS)[]];

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
  leaders: z.array(
    z.object({
      fullName: z.string(),
      position: z.string(),
      positionEn: z.string().nullable(),
      bio: z.string().nullable(),
      bioEn: z.string().nullable(),
      photo: image.nullable(),
      phone: z.string().nullable(),
      email: z.string().nullable(),
      order: z.number().nullable(),
    })
  ),
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

/** The CMS's public search settings (plugins/search: GET /api/search/config). */
export const searchConfig = z.object({
  engine: z.enum(['embedded', 'meilisearch']),
  host: z.string().url(),
  apiKey: z.string().nullable(),
  indexes: z.object({ articles: z.string(), legalDocuments: z.string(), questions: z.string() }),
});
