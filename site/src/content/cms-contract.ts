// Compile-time contract between the site's zod schemas and the CMS's generated types
// (@vungtau/cms/types/generated): a field the site reads that the CMS renamed or dropped, or an enum
// whose values drifted, fails `astro check` / `tsc` here instead of failing in production.
import type { z } from 'astro/zod';
import type { Schema } from '@strapi/strapi';
import type { PublicDraftComment, PublicDraftExtras } from '@vungtau/publishing';
import type * as schemas from './schemas';
import type {
  ApiArticleArticle,
  ApiCategoryCategory,
  ApiDatasetDataset,
  ApiLegalDocumentLegalDocument,
  ApiPublicServicePublicService,
  ApiProcurementNoticeProcurementNotice,
  ApiProjectProject,
  ApiOfficialOfficial,
  ApiQuestionQuestion,
  ApiSiteSite,
  ApiUnitUnit,
  ApiWorkScheduleWorkSchedule,
} from '@vungtau/cms/types/generated/contentTypes';
import type {
  ArticleAudio,
  ArticleInfographic,
  ArticleSource,
  ArticleVideo,
  LegalCommentWindow,
  MediaCaptionedImage,
  ScheduleEntry,
  ProcurementResult,
  ProjectProgressUpdate,
  SharedContact,
  SiteBannerLink,
  SiteBoardMember,
  SiteNavItem,
} from '@vungtau/cms/types/generated/components';

type Assert<T extends true> = T;
/** true when A and B have the same keys. */
type SameKeys<A, B> = [Exclude<keyof A, keyof B>] extends [never] ? ([Exclude<keyof B, keyof A>] extends [never] ? true : false) : false;
/**
 * Fields the CMS's controllers add to an entry rather than store on it: a draft's published
 * `comments` and whether it takes comments (typed in @vungtau/publishing as PublicDraftExtras, checked below).
 */
type Attached = keyof PublicDraftExtras;
type Keys<Z> = Exclude<keyof Z, 'id' | 'documentId' | Attached>;
/** true when every field the site reads exists in the CMS schema. */
type FieldsExist<Z, C extends { attributes: object }> = [Exclude<Keys<Z>, keyof C['attributes']>] extends [never] ? true : false;
type EnumOf<A> = A extends Schema.Attribute.Enumeration<infer V> ? V[number] : never;
/** true when the site's enum and the CMS's enum have the same values. */
type SameEnum<Z, A> = [NonNullable<Z>] extends [EnumOf<A>] ? ([EnumOf<A>] extends [NonNullable<Z>] ? true : false) : false;
type Out<S extends z.ZodTypeAny> = NonNullable<z.output<S>>;
type Item<T> = T extends readonly (infer I)[] ? NonNullable<I> : NonNullable<T>;

type Article = Out<typeof schemas.article>;
type Legal = Out<typeof schemas.legalDocument>;
type Site = Out<typeof schemas.site>;
type Unit = Out<typeof schemas.unit>;
type Official = Out<typeof schemas.official>;
type Category = Out<typeof schemas.category>;
type Question = Out<typeof schemas.question>;
type WorkSchedule = Out<typeof schemas.workSchedule>;
type Dataset = Out<typeof schemas.dataset>;
type PublicService = Out<typeof schemas.publicService>;
type Project = Out<typeof schemas.project>;
type Notice = Out<typeof schemas.procurementNotice>;

export type Contract = [
  Assert<SameKeys<Out<typeof schemas.draftComment>, PublicDraftComment>>,
  Assert<FieldsExist<Project, ApiProjectProject>>,
  Assert<FieldsExist<Item<Project['progress']>, ProjectProgressUpdate>>,
  Assert<SameEnum<Project['field'], ApiProjectProject['attributes']['field']>>,
  Assert<SameEnum<Project['capitalSource'], ApiProjectProject['attributes']['capitalSource']>>,
  Assert<SameEnum<Project['state'], ApiProjectProject['attributes']['state']>>,
  Assert<FieldsExist<Notice, ApiProcurementNoticeProcurementNotice>>,
  Assert<FieldsExist<NonNullable<Notice['result']>, ProcurementResult>>,
  Assert<SameEnum<Notice['method'], ApiProcurementNoticeProcurementNotice['attributes']['method']>>,
  Assert<SameEnum<NonNullable<Notice['result']>['state'], ProcurementResult['attributes']['state']>>,
  Assert<FieldsExist<Article, ApiArticleArticle>>,
  Assert<FieldsExist<Legal, ApiLegalDocumentLegalDocument>>,
  Assert<FieldsExist<Question, ApiQuestionQuestion>>,
  Assert<SameEnum<Question['field'], ApiQuestionQuestion['attributes']['field']>>,
  Assert<FieldsExist<WorkSchedule, ApiWorkScheduleWorkSchedule>>,
  Assert<FieldsExist<Item<WorkSchedule['entries']>, ScheduleEntry>>,
  Assert<SameEnum<Item<WorkSchedule['entries']>['state'], ScheduleEntry['attributes']['state']>>,
  Assert<FieldsExist<Dataset, ApiDatasetDataset>>,
  Assert<SameEnum<Dataset['field'], ApiDatasetDataset['attributes']['field']>>,
  Assert<SameEnum<Dataset['chart'], ApiDatasetDataset['attributes']['chart']>>,
  Assert<FieldsExist<PublicService, ApiPublicServicePublicService>>,
  Assert<SameEnum<PublicService['field'], ApiPublicServicePublicService['attributes']['field']>>,
  Assert<SameEnum<PublicService['level'], ApiPublicServicePublicService['attributes']['level']>>,
  Assert<FieldsExist<Site, ApiSiteSite>>,
  Assert<FieldsExist<Unit, ApiUnitUnit>>,
  Assert<FieldsExist<Category, ApiCategoryCategory>>,
  Assert<FieldsExist<Out<typeof schemas.captionedImage>, MediaCaptionedImage>>,
  Assert<FieldsExist<Out<typeof schemas.contact>, SharedContact>>,
  Assert<FieldsExist<NonNullable<Article['source']>, ArticleSource>>,
  Assert<FieldsExist<Item<Article['videos']>, ArticleVideo>>,
  Assert<FieldsExist<Item<Article['audios']>, ArticleAudio>>,
  Assert<FieldsExist<Item<Article['infographics']>, ArticleInfographic>>,
  Assert<FieldsExist<NonNullable<Legal['commentWindow']>, LegalCommentWindow>>,
  Assert<FieldsExist<Item<Site['editorialBoard']>, SiteBoardMember>>,
  Assert<FieldsExist<Item<Site['navigation']>, SiteNavItem>>,
  Assert<FieldsExist<Item<Site['banners']>, SiteBannerLink>>,
  Assert<FieldsExist<Official, ApiOfficialOfficial>>,
  Assert<SameEnum<Official['rank'], ApiOfficialOfficial['attributes']['rank']>>,
  Assert<SameEnum<Article['form'], ApiArticleArticle['attributes']['form']>>,
  Assert<SameEnum<Legal['kind'], ApiLegalDocumentLegalDocument['attributes']['kind']>>,
  Assert<SameEnum<Legal['type'], ApiLegalDocumentLegalDocument['attributes']['type']>>,
  Assert<SameEnum<Legal['validity'], ApiLegalDocumentLegalDocument['attributes']['validity']>>,
  Assert<SameEnum<Site['kind'], ApiSiteSite['attributes']['kind']>>,
  Assert<SameEnum<Site['status'], ApiSiteSite['attributes']['status']>>,
  Assert<SameEnum<Unit['kind'], ApiUnitUnit['attributes']['kind']>>,
  Assert<SameEnum<Category['kind'], ApiCategoryCategory['attributes']['kind']>>,
  Assert<SameEnum<Item<Site['navigation']>['placement'], SiteNavItem['attributes']['placement']>>,
  Assert<SameEnum<NonNullable<Article['source']>['kind'], ArticleSource['attributes']['kind']>>,
];
