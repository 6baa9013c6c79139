/**
 * Shapes of the demo data. Natural keys (site slug, unit slug, category site+slug, article slug,
 * document number+issuer, contributor email) make seeding idempotent: an entry whose key exists
 * is left alone.
 */

export type SiteKind = 'city' | 'ward' | 'commune';
export type UnitKind = 'department' | 'ward-committee' | 'organisation' | 'centre' | 'party-body' | 'police' | 'other';
export type ArticleForm = 'tin' | 'tin-ngan' | 'bai' | 'phong-su-anh' | 'anh';
export type CategoryKind = 'news' | 'documents' | 'page-section';
export type LegalKind = 'normative' | 'administrative' | 'draft-for-comment';
export type LegalType =
  | 'luat'
  | 'nghi-dinh'
  | 'nghi-quyet'
  | 'quyet-dinh'
  | 'thong-tu'
  | 'thong-tu-lien-tich'
  | 'chi-thi'
  | 'ke-hoach'
  | 'chien-luoc'
  | 'quy-hoach'
  | 'chuong-trinh'
  | 'de-an'
  | 'bao-cao'
  | 'to-trinh'
  | 'cong-van'
  | 'thong-bao'
  | 'huong-dan'
  | 'quy-che'
  | 'quy-dinh'
  | 'khac';

export interface ContactSeed {
  address?: string;
  addressEn?: string;
  phone?: string;
  email?: string;
  hotline?: string;
  fax?: string;
  website?: string;
  workingHours?: string;
  workingHoursEn?: string;
}

export interface BoardMemberSeed {
  fullName: string;
  role: 'head' | 'deputy-head' | 'member' | 'secretariat';
  position?: string;
  positionEn?: string;
  order: number;
}

export interface NavItemSeed {
  label: string;
  url: string;
  placement: 'header' | 'footer' | 'state-portals';
  order: number;
}

/** An image banner on the home page; the seed draws its picture (banners.ts). */
export interface BannerSeed {
  /** The text drawn on the picture, so also its alt text. */
  heading: string;
  /** Shown as text under the picture (the banner's title): small print in a picture is unreadable on a phone. */
  subheading: string;
  url: string;
  /** Palette of the drawn picture. */
  colors: [string, string];
  order: number;
}

export interface SiteSeed {
  slug: string;
  name: string;
  /** English name, tagline and introduction, for the /en/ pages (Nghị định 42/2022/NĐ-CP). */
  nameEn: string;
  taglineEn?: string;
  introductionEn: string[];
  shortName: string;
  kind: SiteKind;
  domain: string;
  tagline?: string;
  /** Paragraphs of the introduction page, Vietnamese. */
  introduction: string[];
  contact: ContactSeed;
  editorialBoard: BoardMemberSeed[];
  navigation: NavItemSeed[];
  banners: BannerSeed[];
  /** Slug of the parent site (the city portal for wards); none for the city. */
  parent?: string;
}

export interface LeaderSeed {
  fullName: string;
  position: string;
  positionEn?: string;
  bio?: string;
  bioEn?: string;
  phone?: string;
  email?: string;
  order: number;
}

export interface UnitSeed {
  slug: string;
  name: string;
  nameEn?: string;
  shortName?: string;
  kind: UnitKind;
  /** Site the unit belongs to. City departments belong to the city portal. */
  site: string;
  /** Paragraphs describing functions and duties. */
  functions: string[];
  functionsEn?: string[];
  /** The unit's officials, the head first (api::official.official; seed/data/officials.ts). */
  leaders: LeaderSeed[];
  contact: ContactSeed;
  /** None for the units that are on the organisation chart only (`chartOnly`). */
  /** `countsOn`: where the quota is counted (the ward People's Committees: on the city portal, QĐ 834). */
  quota?: { minItems: number; maxItems?: number; period: 'month' | 'quarter'; countsOn?: 'own-site' | 'city-portal' };
  order: number;
  /** Slug of the unit above it on the organisation chart, on the same site; none at the top. */
  parent?: string;
  /** On the organisation chart and the contact page, but sends no news: no contributors, no quota. */
  chartOnly?: boolean;
}

export interface OfficialSeed {
  /** Natural key: the unit's slug and the person's name. */
  key: string;
  site: string;
  unit: string;
  name: string;
  position: string;
  positionEn?: string;
  rank: 'head' | 'deputy' | 'member';
  phone?: string;
  email?: string;
  bio?: string;
  bioEn?: string;
  order: number;
}

export interface CategorySeed {
  slug: string;
  name: string;
  kind: CategoryKind;
  description?: string;
  order: number;
  /** Slug of the parent category on the same site. */
  parent?: string;
  /** Where the category exists: every site, only the city portal, or only ward/commune sites. */
  scope: 'all' | 'city' | 'wards';
  /** Kind `documents`: the legal document kinds and types it lists (none: any). */
  documentKinds?: LegalKind[];
  documentTypes?: LegalType[];
}

export interface ContributorSeed {
  email: string;
  fullName: string;
  unit: string;
  phone?: string;
  paymentDetails: {
    accountHolder: string;
    accountNumber: string;
    bankName: string;
    bankBranch?: string;
    taxCode?: string;
    citizenId?: string;
  };
}

export interface SourceSeed {
  kind: 'own-reporting' | 'quoted';
  name?: string;
  url?: string;
}

export interface ArticleSeed {
  slug: string;
  title: string;
  summary: string;
  /** Body paragraphs, Vietnamese; the engine turns them into Strapi blocks. */
  paragraphs: string[];
  form: ArticleForm;
  site: string;
  /** Category slugs on the article's site. */
  categories: string[];
  unit: string;
  /** Contributor e-mails with their royalty share in percent (shares add up to 100). */
  authors: Array<{ email: string; share: number }>;
  source: SourceSeed;
  tags: string[];
  featured: boolean;
  /** ISO date-time in UTC. */
  postedAt: string;
  /** Index into the generated demo images, or none for text-only items. */
  coverImage?: number;
  coverCaption?: string;
  /** Image indexes for a photo report (phong-su-anh / anh). */
  gallery?: number[];
  /** A demo recording shown with the article (seed/media.ts). */
  recording?: 'video' | 'audio';
}

export interface LegalDocumentSeed {
  number: string;
  kind: LegalKind;
  type: LegalType;
  issuer: string;
  /** Slug of the unit that issued it, when it is one of ours. */
  issuingUnit?: string;
  signer?: string;
  signerTitle?: string;
  /** YYYY-MM-DD */
  issuedDate: string;
  effectiveDate?: string;
  validity: 'in-force' | 'expired' | 'replaced';
  field?: string;
  summary: string;
  fullText: string[];
  site: string;
  /** Numbers of documents (same issuer unless given as "number|issuer") this one replaces. */
  replaces?: string[];
  amends?: string[];
  /** The drafting agency's answer to the comments as a whole (tiếp thu, giải trình chung). */
  commentResponse?: string;
  commentWindow?: {
    opensAt: string;
    closesAt: string;
    receivingAgency: string;
    address: string;
    email: string;
  };
  postedAt: string;
}
