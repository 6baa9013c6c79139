import type { Schema, Struct } from '@strapi/strapi';

export interface AdminApiToken extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_api_tokens';
  info: {
    description: '';
    displayName: 'Api Token';
    name: 'Api Token';
    pluralName: 'api-tokens';
    singularName: 'api-token';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    accessKey: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    adminPermissions: Schema.Attribute.Relation<'oneToMany', 'admin::permission'>;
    adminUserOwner: Schema.Attribute.Relation<'manyToOne', 'admin::user'>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    description: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }> &
      Schema.Attribute.DefaultTo<''>;
    encryptedKey: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    expiresAt: Schema.Attribute.DateTime;
    kind: Schema.Attribute.Enumeration<['content-api', 'admin']> & Schema.Attribute.Required & Schema.Attribute.DefaultTo<'content-api'>;
    lastUsedAt: Schema.Attribute.DateTime;
    lifespan: Schema.Attribute.BigInteger;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'admin::api-token'> & Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    permissions: Schema.Attribute.Relation<'oneToMany', 'admin::api-token-permission'>;
    publishedAt: Schema.Attribute.DateTime;
    type: Schema.Attribute.Enumeration<['read-only', 'full-access', 'custom']> & Schema.Attribute.DefaultTo<'read-only'>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface AdminApiTokenPermission extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_api_token_permissions';
  info: {
    description: '';
    displayName: 'API Token Permission';
    name: 'API Token Permission';
    pluralName: 'api-token-permissions';
    singularName: 'api-token-permission';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    action: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'admin::api-token-permission'> & Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    token: Schema.Attribute.Relation<'manyToOne', 'admin::api-token'>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface AdminPermission extends Struct.CollectionTypeSchema {
  collectionName: 'admin_permissions';
  info: {
    description: '';
    displayName: 'Permission';
    name: 'Permission';
    pluralName: 'permissions';
    singularName: 'permission';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    action: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    actionParameters: Schema.Attribute.JSON & Schema.Attribute.DefaultTo<{}>;
    apiToken: Schema.Attribute.Relation<'manyToOne', 'admin::api-token'>;
    conditions: Schema.Attribute.JSON & Schema.Attribute.DefaultTo<[]>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'admin::permission'> & Schema.Attribute.Private;
    properties: Schema.Attribute.JSON & Schema.Attribute.DefaultTo<{}>;
    publishedAt: Schema.Attribute.DateTime;
    role: Schema.Attribute.Relation<'manyToOne', 'admin::role'>;
    subject: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface AdminRole extends Struct.CollectionTypeSchema {
  collectionName: 'admin_roles';
  info: {
    description: '';
    displayName: 'Role';
    name: 'Role';
    pluralName: 'roles';
    singularName: 'role';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    code: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    description: Schema.Attribute.String;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'admin::role'> & Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    permissions: Schema.Attribute.Relation<'oneToMany', 'admin::permission'>;
    publishedAt: Schema.Attribute.DateTime;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    users: Schema.Attribute.Relation<'manyToMany', 'admin::user'>;
  };
}

export interface AdminSession extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_sessions';
  info: {
    description: 'Session Manager storage';
    displayName: 'Session';
    name: 'Session';
    pluralName: 'sessions';
    singularName: 'session';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
    i18n: {
      localized: false;
    };
  };
  attributes: {
    absoluteExpiresAt: Schema.Attribute.DateTime & Schema.Attribute.Private;
    childId: Schema.Attribute.String & Schema.Attribute.Private;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    deviceId: Schema.Attribute.String & Schema.Attribute.Required & Schema.Attribute.Private;
    expiresAt: Schema.Attribute.DateTime & Schema.Attribute.Required & Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'admin::session'> & Schema.Attribute.Private;
    metadata: Schema.Attribute.JSON & Schema.Attribute.Private;
    origin: Schema.Attribute.String & Schema.Attribute.Required & Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    sessionId: Schema.Attribute.String & Schema.Attribute.Required & Schema.Attribute.Private & Schema.Attribute.Unique;
    status: Schema.Attribute.String & Schema.Attribute.Private;
    type: Schema.Attribute.String & Schema.Attribute.Private;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    userId: Schema.Attribute.String & Schema.Attribute.Required & Schema.Attribute.Private;
  };
}

export interface AdminTransferToken extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_transfer_tokens';
  info: {
    description: '';
    displayName: 'Transfer Token';
    name: 'Transfer Token';
    pluralName: 'transfer-tokens';
    singularName: 'transfer-token';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    accessKey: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    description: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }> &
      Schema.Attribute.DefaultTo<''>;
    expiresAt: Schema.Attribute.DateTime;
    lastUsedAt: Schema.Attribute.DateTime;
    lifespan: Schema.Attribute.BigInteger;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'admin::transfer-token'> & Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    permissions: Schema.Attribute.Relation<'oneToMany', 'admin::transfer-token-permission'>;
    publishedAt: Schema.Attribute.DateTime;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface AdminTransferTokenPermission extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_transfer_token_permissions';
  info: {
    description: '';
    displayName: 'Transfer Token Permission';
    name: 'Transfer Token Permission';
    pluralName: 'transfer-token-permissions';
    singularName: 'transfer-token-permission';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    action: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'admin::transfer-token-permission'> & Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    token: Schema.Attribute.Relation<'manyToOne', 'admin::transfer-token'>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface AdminUser extends Struct.CollectionTypeSchema {
  collectionName: 'admin_users';
  info: {
    description: '';
    displayName: 'User';
    name: 'User';
    pluralName: 'users';
    singularName: 'user';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    apiTokens: Schema.Attribute.Relation<'oneToMany', 'admin::api-token'> & Schema.Attribute.Private;
    blocked: Schema.Attribute.Boolean & Schema.Attribute.Private & Schema.Attribute.DefaultTo<false>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    email: Schema.Attribute.Email &
      Schema.Attribute.Required &
      Schema.Attribute.Private &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 6;
      }>;
    firstname: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    isActive: Schema.Attribute.Boolean & Schema.Attribute.Private & Schema.Attribute.DefaultTo<false>;
    lastname: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'admin::user'> & Schema.Attribute.Private;
    password: Schema.Attribute.Password &
      Schema.Attribute.Private &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 6;
      }>;
    preferedLanguage: Schema.Attribute.String;
    publishedAt: Schema.Attribute.DateTime;
    registrationToken: Schema.Attribute.String & Schema.Attribute.Private;
    resetPasswordToken: Schema.Attribute.String & Schema.Attribute.Private;
    resetPasswordTokenExpiresAt: Schema.Attribute.DateTime & Schema.Attribute.Private;
    roles: Schema.Attribute.Relation<'manyToMany', 'admin::role'> & Schema.Attribute.Private;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    username: Schema.Attribute.String;
  };
}

export interface ApiArticleArticle extends Struct.CollectionTypeSchema {
  collectionName: 'articles';
  info: {
    description: 'Tin, tin ng\u1EAFn, b\u00E0i, ph\u00F3ng s\u1EF1 \u1EA3nh, \u1EA3nh';
    displayName: 'Tin b\u00E0i';
    pluralName: 'articles';
    singularName: 'article';
  };
  options: {
    draftAndPublish: true;
  };
  attributes: {
    assignment: Schema.Attribute.Relation<'manyToOne', 'api::assignment.assignment'>;
    audios: Schema.Attribute.Component<'article.audio', true>;
    authors: Schema.Attribute.Component<'article.author', true>;
    body: Schema.Attribute.Blocks & Schema.Attribute.Required;
    byline: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    categories: Schema.Attribute.Relation<'manyToMany', 'api::category.category'>;
    cover: Schema.Attribute.Component<'media.captioned-image', false>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    creditSite: Schema.Attribute.Relation<'manyToOne', 'api::site.site'>;
    featured: Schema.Attribute.Boolean & Schema.Attribute.Required & Schema.Attribute.DefaultTo<false>;
    form: Schema.Attribute.Enumeration<['tin', 'tin-ngan', 'bai', 'phong-su-anh', 'anh']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'tin'>;
    gallery: Schema.Attribute.Component<'media.captioned-image', true>;
    infographics: Schema.Attribute.Component<'article.infographic', true>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::article.article'> & Schema.Attribute.Private;
    postedAt: Schema.Attribute.DateTime;
    proposedFrom: Schema.Attribute.Relation<'manyToOne', 'api::article.article'> & Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    scheduledAt: Schema.Attribute.DateTime & Schema.Attribute.Private;
    site: Schema.Attribute.Relation<'manyToOne', 'api::site.site'>;
    slug: Schema.Attribute.UID<'title'> & Schema.Attribute.Required;
    source: Schema.Attribute.Component<'article.source', false> & Schema.Attribute.Required;
    summary: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
    tags: Schema.Attribute.Relation<'manyToMany', 'api::tag.tag'>;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    unit: Schema.Attribute.Relation<'manyToOne', 'api::unit.unit'>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    videos: Schema.Attribute.Component<'article.video', true>;
    workflowState: Schema.Attribute.Enumeration<['draft', 'submitted', 'edited', 'scheduled', 'published', 'returned', 'withdrawn']> &
      Schema.Attribute.Required &
      Schema.Attribute.Private &
      Schema.Attribute.DefaultTo<'draft'>;
  };
}

export interface ApiAssignmentAssignment extends Struct.CollectionTypeSchema {
  collectionName: 'assignments';
  info: {
    description: 'B\u00E0i Ban bi\u00EAn t\u1EADp giao cho m\u1ED9t c\u1ED9ng t\u00E1c vi\u00EAn ho\u1EB7c m\u1ED9t \u0111\u01A1n v\u1ECB vi\u1EBFt, v\u1EDBi h\u1EA1n g\u1EEDi; tin b\u00E0i vi\u1EBFt theo \u0111\u00F3 ch\u1ECDn n\u00F3 \u1EDF \u00F4 "B\u00E0i \u0111\u01B0\u1EE3c giao"';
    displayName: 'Giao b\u00E0i';
    pluralName: 'assignments';
    singularName: 'assignment';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    cancelled: Schema.Attribute.Boolean & Schema.Attribute.Required & Schema.Attribute.DefaultTo<false>;
    contributor: Schema.Attribute.Relation<'manyToOne', 'api::contributor.contributor'>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    details: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 4000;
      }>;
    direction: Schema.Attribute.Relation<'manyToOne', 'api::direction.direction'>;
    dueOn: Schema.Attribute.Date & Schema.Attribute.Required;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::assignment.assignment'> & Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    site: Schema.Attribute.Relation<'manyToOne', 'api::site.site'>;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    unit: Schema.Attribute.Relation<'manyToOne', 'api::unit.unit'>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface ApiCategoryCategory extends Struct.CollectionTypeSchema {
  collectionName: 'categories';
  info: {
    description: 'Chuy\u00EAn m\u1EE5c c\u1EE7a m\u1ED9t trang; c\u00F3 th\u1EC3 l\u1ED3ng nhau';
    displayName: 'Chuy\u00EAn m\u1EE5c';
    pluralName: 'categories';
    singularName: 'category';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    articles: Schema.Attribute.Relation<'manyToMany', 'api::article.article'>;
    children: Schema.Attribute.Relation<'oneToMany', 'api::category.category'>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    description: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
    documentKinds: Schema.Attribute.JSON;
    documentTypes: Schema.Attribute.JSON;
    kind: Schema.Attribute.Enumeration<['news', 'documents', 'page-section']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'news'>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::category.category'> & Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 150;
      }>;
    order: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      > &
      Schema.Attribute.DefaultTo<0>;
    parent: Schema.Attribute.Relation<'manyToOne', 'api::category.category'>;
    publishedAt: Schema.Attribute.DateTime;
    site: Schema.Attribute.Relation<'manyToOne', 'api::site.site'>;
    slug: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 150;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface ApiContributorContributor extends Struct.CollectionTypeSchema {
  collectionName: 'contributors';
  info: {
    description: 'C\u00E1n b\u1ED9, c\u00F4ng ch\u1EE9c \u0111\u01B0\u1EE3c \u0111\u01A1n v\u1ECB ph\u00E2n c\u00F4ng vi\u1EBFt tin b\u00E0i; th\u00F4ng tin thanh to\u00E1n kh\u00F4ng c\u00F4ng khai';
    displayName: 'C\u1ED9ng t\u00E1c vi\u00EAn';
    pluralName: 'contributors';
    singularName: 'contributor';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    active: Schema.Attribute.Boolean & Schema.Attribute.Required & Schema.Attribute.DefaultTo<true>;
    adminUser: Schema.Attribute.Relation<'oneToOne', 'admin::user'>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    email: Schema.Attribute.Email & Schema.Attribute.Private & Schema.Attribute.Unique;
    fullName: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 150;
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::contributor.contributor'> & Schema.Attribute.Private;
    paymentDetails: Schema.Attribute.Component<'contributor.payment-details', false> & Schema.Attribute.Private;
    phone: Schema.Attribute.String &
      Schema.Attribute.Private &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 50;
      }>;
    publishedAt: Schema.Attribute.DateTime;
    unit: Schema.Attribute.Relation<'manyToOne', 'api::unit.unit'>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface ApiDatasetDataset extends Struct.CollectionTypeSchema {
  collectionName: 'datasets';
  info: {
    description: 'B\u1ED9 s\u1ED1 li\u1EC7u th\u1ED1ng k\u00EA: b\u1EA3ng s\u1ED1 li\u1EC7u, bi\u1EC3u \u0111\u1ED3 v\u00E0 t\u1EC7p ngu\u1ED3n (CSV, XLSX) \u0111\u0103ng t\u1EA1i /thong-ke/';
    displayName: 'Th\u1ED1ng k\u00EA';
    pluralName: 'datasets';
    singularName: 'dataset';
  };
  options: {
    draftAndPublish: true;
  };
  attributes: {
    chart: Schema.Attribute.Enumeration<['bar', 'line', 'none']> & Schema.Attribute.Required & Schema.Attribute.DefaultTo<'bar'>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    description: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2000;
      }>;
    field: Schema.Attribute.Enumeration<
      ['dan-so-lao-dong', 'kinh-te', 'tai-chinh-ngan-sach', 'du-lich', 'giao-duc', 'y-te', 'xa-hoi', 'dich-vu-cong', 'khac']
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'khac'>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::dataset.dataset'> & Schema.Attribute.Private;
    periodEnd: Schema.Attribute.Date & Schema.Attribute.Required;
    periodStart: Schema.Attribute.Date & Schema.Attribute.Required;
    publishedAt: Schema.Attribute.DateTime;
    site: Schema.Attribute.Relation<'manyToOne', 'api::site.site'>;
    slug: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    source: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    sourceFile: Schema.Attribute.Media<'files'>;
    table: Schema.Attribute.JSON;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    titleEn: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    unitOfMeasure: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface ApiDirectionDirection extends Struct.CollectionTypeSchema {
  collectionName: 'directions';
  info: {
    description: '\u0110\u1ECBnh h\u01B0\u1EDBng tuy\u00EAn truy\u1EC1n h\u1EB1ng th\u00E1ng c\u1EE7a Ban bi\u00EAn t\u1EADp m\u1ED9t trang: ch\u1EE7 \u0111\u1EC1, s\u1EF1 ki\u1EC7n v\u00E0 m\u1ED1c th\u1EDDi gian, h\u1EA1n g\u1EEDi b\u00E0i';
    displayName: '\u0110\u1ECBnh h\u01B0\u1EDBng tuy\u00EAn truy\u1EC1n';
    pluralName: 'directions';
    singularName: 'direction';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    events: Schema.Attribute.Component<'direction.key-event', true> &
      Schema.Attribute.SetMinMax<
        {
          max: 50;
        },
        number
      >;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::direction.direction'> & Schema.Attribute.Private;
    month: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 7;
      }>;
    publishedAt: Schema.Attribute.DateTime;
    site: Schema.Attribute.Relation<'manyToOne', 'api::site.site'>;
    summary: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 4000;
      }>;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    topics: Schema.Attribute.Component<'direction.topic', true> &
      Schema.Attribute.SetMinMax<
        {
          max: 30;
        },
        number
      >;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface ApiDraftCommentDraftComment extends Struct.CollectionTypeSchema {
  collectionName: 'draft_comments';
  info: {
    description: '\u00DD ki\u1EBFn c\u1EE7a ng\u01B0\u1EDDi d\u00E2n, t\u1ED5 ch\u1EE9c v\u1EC1 m\u1ED9t d\u1EF1 th\u1EA3o l\u1EA5y \u00FD ki\u1EBFn, g\u1EEDi t\u1EEB trang c\u1EE7a d\u1EF1 th\u1EA3o';
    displayName: 'G\u00F3p \u00FD d\u1EF1 th\u1EA3o';
    pluralName: 'draft-comments';
    singularName: 'draft-comment';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    answer: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 5000;
      }>;
    answeredAt: Schema.Attribute.DateTime;
    authorName: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    body: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 5000;
      }>;
    contactErasedAt: Schema.Attribute.DateTime & Schema.Attribute.Private;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    email: Schema.Attribute.String &
      Schema.Attribute.Private &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 254;
      }>;
    fingerprint: Schema.Attribute.String &
      Schema.Attribute.Private &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 64;
      }>;
    legalDocumentId: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 64;
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::draft-comment.draft-comment'> & Schema.Attribute.Private;
    moderatedAt: Schema.Attribute.DateTime;
    moderatedBy: Schema.Attribute.String &
      Schema.Attribute.Private &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    organisation: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    phone: Schema.Attribute.String &
      Schema.Attribute.Private &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 20;
      }>;
    publishedAt: Schema.Attribute.DateTime;
    rejectReason: Schema.Attribute.Enumeration<['spam', 'offensive', 'duplicate', 'off-topic']>;
    section: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    showName: Schema.Attribute.Boolean & Schema.Attribute.Required & Schema.Attribute.DefaultTo<false>;
    site: Schema.Attribute.Relation<'manyToOne', 'api::site.site'>;
    status: Schema.Attribute.Enumeration<['pending', 'published', 'rejected']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'pending'>;
    submittedAt: Schema.Attribute.DateTime & Schema.Attribute.Required;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface ApiLegalDocumentLegalDocument extends Struct.CollectionTypeSchema {
  collectionName: 'legal_documents';
  info: {
    description: 'V\u0103n b\u1EA3n quy ph\u1EA1m ph\u00E1p lu\u1EADt, v\u0103n b\u1EA3n h\u00E0nh ch\u00EDnh v\u00E0 d\u1EF1 th\u1EA3o l\u1EA5y \u00FD ki\u1EBFn';
    displayName: 'V\u0103n b\u1EA3n';
    pluralName: 'legal-documents';
    singularName: 'legal-document';
  };
  options: {
    draftAndPublish: true;
  };
  attributes: {
    amendedBy: Schema.Attribute.Relation<'manyToMany', 'api::legal-document.legal-document'>;
    amends: Schema.Attribute.Relation<'manyToMany', 'api::legal-document.legal-document'>;
    attachments: Schema.Attribute.Media<'files', true>;
    commentResponse: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 20000;
      }>;
    commentWindow: Schema.Attribute.Component<'legal.comment-window', false>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    effectiveDate: Schema.Attribute.Date;
    field: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 150;
      }>;
    fullText: Schema.Attribute.Blocks;
    issuedDate: Schema.Attribute.Date & Schema.Attribute.Required;
    issuer: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    issuingUnit: Schema.Attribute.Relation<'manyToOne', 'api::unit.unit'>;
    kind: Schema.Attribute.Enumeration<['normative', 'administrative', 'draft-for-comment']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'administrative'>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::legal-document.legal-document'> & Schema.Attribute.Private;
    number: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    numberKey: Schema.Attribute.String &
      Schema.Attribute.Private &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
    postedAt: Schema.Attribute.DateTime;
    publishedAt: Schema.Attribute.DateTime;
    replacedBy: Schema.Attribute.Relation<'manyToMany', 'api::legal-document.legal-document'>;
    replaces: Schema.Attribute.Relation<'manyToMany', 'api::legal-document.legal-document'>;
    scheduledAt: Schema.Attribute.DateTime & Schema.Attribute.Private;
    signer: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 150;
      }>;
    signerTitle: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    site: Schema.Attribute.Relation<'manyToOne', 'api::site.site'>;
    slug: Schema.Attribute.UID & Schema.Attribute.Required;
    summary: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2000;
      }>;
    type: Schema.Attribute.Enumeration<
      [
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
      ]
    > &
      Schema.Attribute.Required;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    validity: Schema.Attribute.Enumeration<['in-force', 'expired', 'replaced']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'in-force'>;
    workflowState: Schema.Attribute.Enumeration<['draft', 'submitted', 'edited', 'scheduled', 'published', 'returned', 'withdrawn']> &
      Schema.Attribute.Required &
      Schema.Attribute.Private &
      Schema.Attribute.DefaultTo<'draft'>;
  };
}

export interface ApiOfficialOfficial extends Struct.CollectionTypeSchema {
  collectionName: 'officials';
  info: {
    description: 'Ng\u01B0\u1EDDi c\u00F3 th\u1EA9m quy\u1EC1n c\u1EE7a c\u01A1 quan, \u0111\u01A1n v\u1ECB: h\u1ECD t\u00EAn, ch\u1EE9c v\u1EE5, \u0111i\u1EC7n tho\u1EA1i, th\u01B0 \u0111i\u1EC7n t\u1EED c\u00F4ng v\u1EE5 (c\u00F4ng khai theo Ngh\u1ECB \u0111\u1ECBnh 42/2022/N\u0110-CP)';
    displayName: 'L\u00E3nh \u0111\u1EA1o, c\u00E1n b\u1ED9';
    pluralName: 'officials';
    singularName: 'official';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    bio: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 3000;
      }>;
    bioEn: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 3000;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    email: Schema.Attribute.Email;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::official.official'> & Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 150;
      }>;
    order: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      > &
      Schema.Attribute.DefaultTo<0>;
    phone: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 50;
      }>;
    photo: Schema.Attribute.Media<'images'>;
    position: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    positionEn: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    publishedAt: Schema.Attribute.DateTime;
    rank: Schema.Attribute.Enumeration<['head', 'deputy', 'member']> & Schema.Attribute.Required & Schema.Attribute.DefaultTo<'member'>;
    site: Schema.Attribute.Relation<'manyToOne', 'api::site.site'> & Schema.Attribute.Required;
    unit: Schema.Attribute.Relation<'manyToOne', 'api::unit.unit'>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface ApiOvertimeEntryOvertimeEntry extends Struct.CollectionTypeSchema {
  collectionName: 'overtime_entries';
  info: {
    description: 'Ti\u1EC1n l\u00E0m th\u00EAm gi\u1EDD \u0111\u00E3 chi cho m\u1ED9t ng\u01B0\u1EDDi v\u1EADn h\u00E0nh C\u1ED5ng trong m\u1ED9t th\u00E1ng; t\u00EDnh v\u00E0o d\u1EF1 to\u00E1n chi ph\u00ED ho\u1EA1t \u0111\u1ED9ng c\u1EE7a C\u1ED5ng';
    displayName: 'Chi l\u00E0m th\u00EAm gi\u1EDD';
    pluralName: 'overtime-entries';
    singularName: 'overtime-entry';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    amount: Schema.Attribute.BigInteger & Schema.Attribute.Required;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    enteredBy: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    hours: Schema.Attribute.Decimal &
      Schema.Attribute.SetMinMax<
        {
          max: 200;
          min: 0.5;
        },
        number
      >;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::overtime-entry.overtime-entry'> & Schema.Attribute.Private;
    month: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 7;
      }>;
    note: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    publishedAt: Schema.Attribute.DateTime;
    site: Schema.Attribute.Relation<'manyToOne', 'api::site.site'>;
    staffName: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    staffUser: Schema.Attribute.Relation<'manyToOne', 'admin::user'>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface ApiProcurementNoticeProcurementNotice extends Struct.CollectionTypeSchema {
  collectionName: 'procurement_notices';
  info: {
    description: 'Th\u00F4ng b\u00E1o m\u1EDDi th\u1EA7u, mua s\u1EAFm c\u00F4ng v\u00E0 k\u1EBFt qu\u1EA3 l\u1EF1a ch\u1ECDn nh\u00E0 th\u1EA7u c\u1EE7a m\u1ED9t g\u00F3i th\u1EA7u';
    displayName: 'Th\u00F4ng b\u00E1o \u0111\u1EA5u th\u1EA7u, mua s\u1EAFm c\u00F4ng';
    pluralName: 'procurement-notices';
    singularName: 'procurement-notice';
  };
  options: {
    draftAndPublish: true;
  };
  attributes: {
    attachments: Schema.Attribute.Media<'files', true>;
    bidClosingAt: Schema.Attribute.DateTime;
    budget: Schema.Attribute.BigInteger;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::procurement-notice.procurement-notice'> & Schema.Attribute.Private;
    method: Schema.Attribute.Enumeration<
      [
        'dau-thau-rong-rai',
        'dau-thau-han-che',
        'chao-hang-canh-tranh',
        'chi-dinh-thau',
        'mua-sam-truc-tiep',
        'tu-thuc-hien',
        'lua-chon-dac-biet',
      ]
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'dau-thau-rong-rai'>;
    packageName: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    procuringEntity: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    project: Schema.Attribute.Relation<'manyToOne', 'api::project.project'>;
    publishedAt: Schema.Attribute.DateTime;
    publishedDate: Schema.Attribute.Date & Schema.Attribute.Required;
    result: Schema.Attribute.Component<'procurement.result', false>;
    resultDate: Schema.Attribute.Date;
    site: Schema.Attribute.Relation<'manyToOne', 'api::site.site'>;
    slug: Schema.Attribute.UID<'packageName'> & Schema.Attribute.Required;
    summary: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2000;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface ApiProjectProject extends Struct.CollectionTypeSchema {
  collectionName: 'projects';
  info: {
    description: 'D\u1EF1 \u00E1n \u0111\u1EA7u t\u01B0 c\u00F4ng v\u00E0 d\u1EF1 \u00E1n c\u1EE7a trang: ch\u1EE7 \u0111\u1EA7u t\u01B0, t\u1ED5ng m\u1EE9c \u0111\u1EA7u t\u01B0, ngu\u1ED3n v\u1ED1n, ti\u1EBFn \u0111\u1ED9 (Ngh\u1ECB \u0111\u1ECBnh 42/2022/N\u0110-CP)';
    displayName: 'D\u1EF1 \u00E1n \u0111\u1EA7u t\u01B0';
    pluralName: 'projects';
    singularName: 'project';
  };
  options: {
    draftAndPublish: true;
  };
  attributes: {
    capitalSource: Schema.Attribute.Enumeration<
      ['ngan-sach-trung-uong', 'ngan-sach-tinh', 'ngan-sach-thanh-pho', 'ngan-sach-phuong-xa', 'oda', 'ppp', 'xa-hoi-hoa', 'hon-hop']
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'ngan-sach-thanh-pho'>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    description: Schema.Attribute.Blocks;
    documents: Schema.Attribute.Media<'files', true>;
    field: Schema.Attribute.Enumeration<
      [
        'giao-thong',
        'do-thi',
        'giao-duc',
        'y-te',
        'van-hoa-the-thao',
        'moi-truong',
        'thuy-loi',
        'du-lich',
        'cong-nghe-thong-tin',
        'quoc-phong-an-ninh',
        'khac',
      ]
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'khac'>;
    investor: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    legalDocuments: Schema.Attribute.Relation<'manyToMany', 'api::legal-document.legal-document'>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::project.project'> & Schema.Attribute.Private;
    location: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    periodEnd: Schema.Attribute.Integer;
    periodStart: Schema.Attribute.Integer & Schema.Attribute.Required;
    progress: Schema.Attribute.Component<'project.progress-update', true>;
    publishedAt: Schema.Attribute.DateTime;
    site: Schema.Attribute.Relation<'manyToOne', 'api::site.site'>;
    slug: Schema.Attribute.UID<'name'> & Schema.Attribute.Required;
    state: Schema.Attribute.Enumeration<['chuan-bi-dau-tu', 'dang-thuc-hien', 'hoan-thanh', 'tam-dung']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'chuan-bi-dau-tu'>;
    summary: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
    totalInvestment: Schema.Attribute.BigInteger;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface ApiPublicHolidayPublicHoliday extends Struct.CollectionTypeSchema {
  collectionName: 'public_holidays';
  info: {
    description: 'Ng\u00E0y l\u1EC5, T\u1EBFt, ng\u00E0y ngh\u1EC9 b\u00F9, ng\u00E0y ngh\u1EC9 ho\u00E1n \u0111\u1ED5i v\u00E0 ng\u00E0y l\u00E0m b\u00F9 theo th\u00F4ng b\u00E1o h\u1EB1ng n\u0103m: d\u00F9ng \u0111\u1EC3 t\u00EDnh th\u1EDDi h\u1EA1n b\u1EB1ng ng\u00E0y l\u00E0m vi\u1EC7c';
    displayName: 'Ng\u00E0y ngh\u1EC9 l\u1EC5, ng\u00E0y l\u00E0m b\u00F9';
    pluralName: 'public-holidays';
    singularName: 'public-holiday';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    confirmed: Schema.Attribute.Boolean & Schema.Attribute.Required & Schema.Attribute.DefaultTo<false>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    date: Schema.Attribute.Date & Schema.Attribute.Required & Schema.Attribute.Unique;
    kind: Schema.Attribute.Enumeration<['holiday', 'compensatory-day-off', 'swapped-day-off', 'swapped-working-day']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'holiday'>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::public-holiday.public-holiday'> & Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    publishedAt: Schema.Attribute.DateTime;
    source: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface ApiPublicServicePublicService extends Struct.CollectionTypeSchema {
  collectionName: 'public_services';
  info: {
    description: 'Th\u1EE7 t\u1EE5c h\u00E0nh ch\u00EDnh th\u01B0\u1EDDng d\u00F9ng, v\u1EDBi li\u00EAn k\u1EBFt \u0111\u1EBFn C\u1ED5ng d\u1ECBch v\u1EE5 c\u00F4ng t\u1EC9nh v\u00E0 C\u1ED5ng D\u1ECBch v\u1EE5 c\u00F4ng qu\u1ED1c gia';
    displayName: 'D\u1ECBch v\u1EE5 c\u00F4ng';
    pluralName: 'public-services';
    singularName: 'public-service';
  };
  options: {
    draftAndPublish: true;
  };
  attributes: {
    code: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 30;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    field: Schema.Attribute.Enumeration<
      ['ho-tich', 'chung-thuc', 'dat-dai', 'xay-dung', 'kinh-doanh', 'lao-dong-xa-hoi', 'giao-duc', 'y-te', 'van-hoa-the-thao', 'khac']
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'khac'>;
    level: Schema.Attribute.Enumeration<['mot-phan', 'toan-trinh']> & Schema.Attribute.Required & Schema.Attribute.DefaultTo<'toan-trinh'>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::public-service.public-service'> & Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    nationalUrl: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    order: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          max: 9999;
          min: 0;
        },
        number
      >;
    popular: Schema.Attribute.Boolean & Schema.Attribute.Required & Schema.Attribute.DefaultTo<false>;
    provincialUrl: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    publishedAt: Schema.Attribute.DateTime;
    site: Schema.Attribute.Relation<'manyToOne', 'api::site.site'>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface ApiQuestionQuestion extends Struct.CollectionTypeSchema {
  collectionName: 'questions';
  info: {
    description: 'C\u00E2u h\u1ECFi ng\u01B0\u1EDDi d\u00E2n, t\u1ED5 ch\u1EE9c g\u1EEDi ch\u00EDnh quy\u1EC1n qua trang H\u1ECFi \u0111\u00E1p, v\u00E0 c\u00E2u tr\u1EA3 l\u1EDDi \u0111\u01B0\u1EE3c duy\u1EC7t tr\u01B0\u1EDBc khi \u0111\u0103ng';
    displayName: 'H\u1ECFi \u0111\u00E1p';
    pluralName: 'questions';
    singularName: 'question';
  };
  options: {
    draftAndPublish: true;
  };
  attributes: {
    answer: Schema.Attribute.Blocks;
    answeredAt: Schema.Attribute.DateTime;
    askerName: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Private &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    contactErasedAt: Schema.Attribute.DateTime & Schema.Attribute.Private;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    dueAt: Schema.Attribute.DateTime & Schema.Attribute.Private;
    email: Schema.Attribute.String &
      Schema.Attribute.Private &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 254;
      }>;
    field: Schema.Attribute.Enumeration<
      [
        'hanh-chinh-tu-phap',
        'dat-dai-xay-dung',
        'giao-thong-do-thi',
        'tai-nguyen-moi-truong',
        'kinh-te-thue',
        'lao-dong-an-sinh',
        'giao-duc',
        'y-te',
        'van-hoa-du-lich',
        'an-ninh-trat-tu',
        'khac',
      ]
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'khac'>;
    fingerprint: Schema.Attribute.String &
      Schema.Attribute.Private &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 64;
      }>;
    forwardedFrom: Schema.Attribute.Relation<'manyToOne', 'api::site.site'> & Schema.Attribute.Private;
    handling: Schema.Attribute.Enumeration<['received', 'assigned', 'answered', 'answered-privately', 'rejected']> &
      Schema.Attribute.Required &
      Schema.Attribute.Private &
      Schema.Attribute.DefaultTo<'received'>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::question.question'> & Schema.Attribute.Private;
    phone: Schema.Attribute.String &
      Schema.Attribute.Private &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 20;
      }>;
    postedAt: Schema.Attribute.DateTime;
    privateAnswer: Schema.Attribute.Text &
      Schema.Attribute.Private &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 10000;
      }>;
    publishedAt: Schema.Attribute.DateTime;
    question: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 5000;
      }>;
    receivedAt: Schema.Attribute.DateTime & Schema.Attribute.Required;
    rejectReason: Schema.Attribute.Enumeration<['spam', 'offensive', 'duplicate', 'off-topic', 'out-of-scope']> & Schema.Attribute.Private;
    scheduledAt: Schema.Attribute.DateTime & Schema.Attribute.Private;
    site: Schema.Attribute.Relation<'manyToOne', 'api::site.site'>;
    slug: Schema.Attribute.UID<'title'> & Schema.Attribute.Required;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    trackingCode: Schema.Attribute.String &
      Schema.Attribute.Private &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 20;
      }>;
    unit: Schema.Attribute.Relation<'manyToOne', 'api::unit.unit'>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    workflowState: Schema.Attribute.Enumeration<['draft', 'submitted', 'edited', 'scheduled', 'published', 'returned', 'withdrawn']> &
      Schema.Attribute.Required &
      Schema.Attribute.Private &
      Schema.Attribute.DefaultTo<'draft'>;
  };
}

export interface ApiRoyaltyBudgetRoyaltyBudget extends Struct.CollectionTypeSchema {
  collectionName: 'royalty_budgets';
  info: {
    description: 'D\u1EF1 to\u00E1n chi ph\u00ED ho\u1EA1t \u0111\u1ED9ng c\u1EE7a C\u1ED5ng trong n\u0103m c\u1EE7a m\u1ED9t trang v\u00E0 ph\u1EA7n d\u00E0nh cho nhu\u1EADn b\u00FAt; b\u00E1o c\u00E1o so s\u00E1nh v\u1EDBi nhu\u1EADn b\u00FAt v\u00E0 l\u00E0m th\u00EAm gi\u1EDD \u0111\u00E3 chi';
    displayName: 'D\u1EF1 to\u00E1n kinh ph\u00ED';
    pluralName: 'royalty-budgets';
    singularName: 'royalty-budget';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    amount: Schema.Attribute.BigInteger & Schema.Attribute.Required;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::royalty-budget.royalty-budget'> & Schema.Attribute.Private;
    note: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
    portalAmount: Schema.Attribute.BigInteger;
    publishedAt: Schema.Attribute.DateTime;
    sample: Schema.Attribute.Boolean & Schema.Attribute.Required & Schema.Attribute.DefaultTo<false>;
    site: Schema.Attribute.Relation<'manyToOne', 'api::site.site'>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    warnAtPercent: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 100;
          min: 1;
        },
        number
      > &
      Schema.Attribute.DefaultTo<90>;
    year: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 2100;
          min: 2000;
        },
        number
      >;
  };
}

export interface ApiRoyaltyRateRoyaltyRate extends Struct.CollectionTypeSchema {
  collectionName: 'royalty_rates';
  info: {
    description: 'Khung h\u1EC7 s\u1ED1 nhu\u1EADn b\u00FAt theo th\u1EC3 lo\u1EA1i c\u1EE7a m\u1ED9t trang, theo quy\u1EBFt \u0111\u1ECBnh c\u1EE7a UBND t\u1EC9nh, c\u00F3 th\u1EDDi h\u1EA1n \u00E1p d\u1EE5ng';
    displayName: 'B\u1EA3ng h\u1EC7 s\u1ED1 nhu\u1EADn b\u00FAt';
    pluralName: 'royalty-rates';
    singularName: 'royalty-rate';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    basis: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::royalty-rate.royalty-rate'> & Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    publishedAt: Schema.Attribute.DateTime;
    rates: Schema.Attribute.Component<'royalty.form-rate', true>;
    sample: Schema.Attribute.Boolean & Schema.Attribute.Required & Schema.Attribute.DefaultTo<false>;
    site: Schema.Attribute.Relation<'manyToOne', 'api::site.site'>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    validFrom: Schema.Attribute.Date & Schema.Attribute.Required;
    validTo: Schema.Attribute.Date;
  };
}

export interface ApiRoyaltyRecordRoyaltyRecord extends Struct.CollectionTypeSchema {
  collectionName: 'royalty_records';
  info: {
    description: 'Nhu\u1EADn b\u00FAt c\u1EE7a m\u1ED9t c\u1ED9ng t\u00E1c vi\u00EAn cho m\u1ED9t tin b\u00E0i \u0111\u00E3 duy\u1EC7t \u0111\u0103ng; do h\u1EC7 th\u1ED1ng t\u00EDnh, kh\u00F4ng nh\u1EADp tay; kh\u00F4ng bao gi\u1EDD c\u00F4ng khai';
    displayName: 'Nhu\u1EADn b\u00FAt';
    pluralName: 'royalty-records';
    singularName: 'royalty-record';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    adjustedAt: Schema.Attribute.DateTime;
    adjustedBy: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 150;
      }>;
    amount: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    approvedAt: Schema.Attribute.DateTime;
    approvedBy: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 150;
      }>;
    article: Schema.Attribute.Relation<'manyToOne', 'api::article.article'>;
    articleDocumentId: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 64;
      }>;
    articleTitle: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    baseCoefficient: Schema.Attribute.Decimal &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    coefficient: Schema.Attribute.Decimal &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    contributor: Schema.Attribute.Relation<'manyToOne', 'api::contributor.contributor'>;
    contributorName: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 150;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    earnedAt: Schema.Attribute.DateTime & Schema.Attribute.Required;
    form: Schema.Attribute.Enumeration<['tin', 'tin-ngan', 'bai', 'phong-su-anh', 'anh']> & Schema.Attribute.Required;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::royalty-record.royalty-record'> & Schema.Attribute.Private;
    maxCoefficient: Schema.Attribute.Decimal &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    minCoefficient: Schema.Attribute.Decimal &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    note: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
    paidAt: Schema.Attribute.DateTime;
    paidBy: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 150;
      }>;
    paymentRef: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    period: Schema.Attribute.String & Schema.Attribute.Required;
    publishedAt: Schema.Attribute.DateTime;
    rateTable: Schema.Attribute.Relation<'manyToOne', 'api::royalty-rate.royalty-rate'>;
    share: Schema.Attribute.Decimal &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 100;
          min: 0;
        },
        number
      > &
      Schema.Attribute.DefaultTo<100>;
    site: Schema.Attribute.Relation<'manyToOne', 'api::site.site'>;
    status: Schema.Attribute.Enumeration<['pending', 'approved', 'paid']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'pending'>;
    unit: Schema.Attribute.Relation<'manyToOne', 'api::unit.unit'>;
    unitValue: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface ApiRoyaltyUnitValueRoyaltyUnitValue extends Struct.CollectionTypeSchema {
  collectionName: 'royalty_unit_values';
  info: {
    description: 'S\u1ED1 ti\u1EC1n c\u1EE7a m\u1ED9t \u0111\u01A1n v\u1ECB h\u1EC7 s\u1ED1 nhu\u1EADn b\u00FAt (theo m\u1EE9c l\u01B0\u01A1ng c\u01A1 s\u1EDF), c\u00F3 th\u1EDDi h\u1EA1n \u00E1p d\u1EE5ng';
    displayName: 'Gi\u00E1 tr\u1ECB m\u1ED9t h\u1EC7 s\u1ED1 nhu\u1EADn b\u00FAt';
    pluralName: 'royalty-unit-values';
    singularName: 'royalty-unit-value';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    amount: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          min: 1;
        },
        number
      >;
    basis: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::royalty-unit-value.royalty-unit-value'> & Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    sample: Schema.Attribute.Boolean & Schema.Attribute.Required & Schema.Attribute.DefaultTo<false>;
    site: Schema.Attribute.Relation<'manyToOne', 'api::site.site'>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    validFrom: Schema.Attribute.Date & Schema.Attribute.Required;
    validTo: Schema.Attribute.Date;
  };
}

export interface ApiSiteSite extends Struct.CollectionTypeSchema {
  collectionName: 'sites';
  info: {
    description: 'C\u1ED5ng TT\u0110T th\u00E0nh ph\u1ED1 ho\u1EB7c Trang TT\u0110T th\u00E0nh ph\u1EA7n c\u1EE7a ph\u01B0\u1EDDng, x\u00E3';
    displayName: 'Trang th\u00F4ng tin \u0111i\u1EC7n t\u1EED';
    pluralName: 'sites';
    singularName: 'site';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    banners: Schema.Attribute.Component<'site.banner-link', true>;
    categories: Schema.Attribute.Relation<'oneToMany', 'api::category.category'>;
    children: Schema.Attribute.Relation<'oneToMany', 'api::site.site'>;
    contact: Schema.Attribute.Component<'shared.contact', false>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    domain: Schema.Attribute.String &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 253;
      }>;
    editorialBoard: Schema.Attribute.Component<'site.board-member', true>;
    introduction: Schema.Attribute.Blocks;
    introductionEn: Schema.Attribute.Blocks;
    kind: Schema.Attribute.Enumeration<['city', 'ward', 'commune']> & Schema.Attribute.Required & Schema.Attribute.DefaultTo<'ward'>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::site.site'> & Schema.Attribute.Private;
    logo: Schema.Attribute.Media<'images'>;
    mergedInto: Schema.Attribute.Relation<'manyToOne', 'api::site.site'>;
    mergedSites: Schema.Attribute.Relation<'oneToMany', 'api::site.site'>;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 150;
      }>;
    nameEn: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 150;
      }>;
    navigation: Schema.Attribute.Component<'site.nav-item', true>;
    parent: Schema.Attribute.Relation<'manyToOne', 'api::site.site'>;
    publicServiceHosts: Schema.Attribute.Text &
      Schema.Attribute.Private &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
    publicVisitCounter: Schema.Attribute.Boolean & Schema.Attribute.Private & Schema.Attribute.DefaultTo<false>;
    publicVisitTotal: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    publishedAt: Schema.Attribute.DateTime;
    questionDueWorkingDays: Schema.Attribute.Integer &
      Schema.Attribute.Private &
      Schema.Attribute.SetMinMax<
        {
          max: 60;
          min: 1;
        },
        number
      > &
      Schema.Attribute.DefaultTo<15>;
    reportDay: Schema.Attribute.Integer &
      Schema.Attribute.Private &
      Schema.Attribute.SetMinMax<
        {
          max: 28;
          min: 1;
        },
        number
      > &
      Schema.Attribute.DefaultTo<24>;
    reportPeriod: Schema.Attribute.Enumeration<['calendar-month', 'to-report-day']> &
      Schema.Attribute.Private &
      Schema.Attribute.DefaultTo<'calendar-month'>;
    shortName: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 80;
      }>;
    slug: Schema.Attribute.UID<'name'> & Schema.Attribute.Required;
    status: Schema.Attribute.Enumeration<['active', 'merged', 'retired']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'active'>;
    statusChangedOn: Schema.Attribute.Date;
    tagline: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    taglineEn: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    units: Schema.Attribute.Relation<'oneToMany', 'api::unit.unit'>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface ApiTagTag extends Struct.CollectionTypeSchema {
  collectionName: 'tags';
  info: {
    description: 'T\u1EEB kh\u00F3a g\u1EAFn v\u1EDBi tin b\u00E0i';
    displayName: 'T\u1EEB kh\u00F3a';
    pluralName: 'tags';
    singularName: 'tag';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    articles: Schema.Attribute.Relation<'manyToMany', 'api::article.article'>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::tag.tag'> & Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    publishedAt: Schema.Attribute.DateTime;
    slug: Schema.Attribute.UID<'name'> & Schema.Attribute.Required;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface ApiUnitUnit extends Struct.CollectionTypeSchema {
  collectionName: 'units';
  info: {
    description: 'Ph\u00F2ng, ban, UBND ph\u01B0\u1EDDng x\u00E3, \u0111o\u00E0n th\u1EC3, trung t\u00E2m\u2026 cung c\u1EA5p tin b\u00E0i';
    displayName: '\u0110\u01A1n v\u1ECB';
    pluralName: 'units';
    singularName: 'unit';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    children: Schema.Attribute.Relation<'oneToMany', 'api::unit.unit'>;
    contact: Schema.Attribute.Component<'shared.contact', false>;
    contributors: Schema.Attribute.Relation<'oneToMany', 'api::contributor.contributor'>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    functions: Schema.Attribute.Blocks;
    functionsEn: Schema.Attribute.Blocks;
    kind: Schema.Attribute.Enumeration<['department', 'ward-committee', 'organisation', 'centre', 'party-body', 'police', 'other']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'department'>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::unit.unit'> & Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    nameEn: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    officials: Schema.Attribute.Relation<'oneToMany', 'api::official.official'>;
    order: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      > &
      Schema.Attribute.DefaultTo<0>;
    parent: Schema.Attribute.Relation<'manyToOne', 'api::unit.unit'>;
    publishedAt: Schema.Attribute.DateTime;
    quota: Schema.Attribute.Component<'unit.quota', false>;
    shortName: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 80;
      }>;
    site: Schema.Attribute.Relation<'manyToOne', 'api::site.site'>;
    slug: Schema.Attribute.UID<'name'> & Schema.Attribute.Required;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface ApiWorkScheduleWorkSchedule extends Struct.CollectionTypeSchema {
  collectionName: 'work_schedules';
  info: {
    description: 'L\u1ECBch c\u00F4ng t\u00E1c tu\u1EA7n c\u1EE7a l\u00E3nh \u0111\u1EA1o: m\u1ED9t l\u1ECBch cho m\u1ED7i trang v\u00E0 m\u1ED7i tu\u1EA7n (Ngh\u1ECB \u0111\u1ECBnh 42/2022/N\u0110-CP)';
    displayName: 'L\u1ECBch c\u00F4ng t\u00E1c';
    pluralName: 'work-schedules';
    singularName: 'work-schedule';
  };
  options: {
    draftAndPublish: true;
  };
  attributes: {
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    entries: Schema.Attribute.Component<'schedule.entry', true>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::work-schedule.work-schedule'> & Schema.Attribute.Private;
    note: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2000;
      }>;
    publishedAt: Schema.Attribute.DateTime;
    site: Schema.Attribute.Relation<'manyToOne', 'api::site.site'>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    weekStart: Schema.Attribute.Date & Schema.Attribute.Required;
  };
}

export interface ApiYearReportNoteYearReportNote extends Struct.CollectionTypeSchema {
  collectionName: 'year_report_notes';
  info: {
    description: 'Ph\u1EA7n Ban bi\u00EAn t\u1EADp t\u1EF1 vi\u1EBFt trong b\u00E1o c\u00E1o n\u0103m c\u1EE7a m\u1ED9t trang: c\u00F4ng t\u00E1c ch\u1EC9 \u0111\u1EA1o, \u0111\u00E1nh gi\u00E1 chung v\u00E0 ph\u01B0\u01A1ng h\u01B0\u1EDBng n\u0103m sau';
    displayName: 'N\u1ED9i dung b\u00E1o c\u00E1o n\u0103m';
    pluralName: 'year-report-notes';
    singularName: 'year-report-note';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    causes: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 20000;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    direction: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 20000;
      }>;
    leadership: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 20000;
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::year-report-note.year-report-note'> & Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    site: Schema.Attribute.Relation<'manyToOne', 'api::site.site'>;
    strengths: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 20000;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    updatedByName: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    weaknesses: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 20000;
      }>;
    year: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 2100;
          min: 2000;
        },
        number
      >;
  };
}

export interface PluginApiCacheModelVersion extends Struct.CollectionTypeSchema {
  collectionName: 'api_cache_model_versions';
  info: {
    description: 'S\u1ED1 l\u1EA7n ghi v\u00E0o m\u1ED7i lo\u1EA1i n\u1ED9i dung; ph\u1EA3n h\u1ED3i API \u0111\u00E3 l\u01B0u \u0111\u1EC7m ch\u1EC9 c\u00F2n d\u00F9ng \u0111\u01B0\u1EE3c khi c\u00E1c s\u1ED1 n\u00E0y ch\u01B0a \u0111\u1ED5i';
    displayName: 'Phi\u00EAn b\u1EA3n d\u1EEF li\u1EC7u (b\u1ED9 nh\u1EDB \u0111\u1EC7m API)';
    pluralName: 'model-versions';
    singularName: 'model-version';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'plugin::api-cache.model-version'> & Schema.Attribute.Private;
    model: Schema.Attribute.String & Schema.Attribute.Required;
    publishedAt: Schema.Attribute.DateTime;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    version: Schema.Attribute.BigInteger & Schema.Attribute.DefaultTo<'0'>;
  };
}

export interface PluginContentReleasesRelease extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_releases';
  info: {
    displayName: 'Release';
    pluralName: 'releases';
    singularName: 'release';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    actions: Schema.Attribute.Relation<'oneToMany', 'plugin::content-releases.release-action'>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'plugin::content-releases.release'> & Schema.Attribute.Private;
    name: Schema.Attribute.String & Schema.Attribute.Required;
    publishedAt: Schema.Attribute.DateTime;
    releasedAt: Schema.Attribute.DateTime;
    scheduledAt: Schema.Attribute.DateTime;
    status: Schema.Attribute.Enumeration<['ready', 'blocked', 'failed', 'done', 'empty']> & Schema.Attribute.Required;
    timezone: Schema.Attribute.String;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface PluginContentReleasesReleaseAction extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_release_actions';
  info: {
    displayName: 'Release Action';
    pluralName: 'release-actions';
    singularName: 'release-action';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    contentType: Schema.Attribute.String & Schema.Attribute.Required;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    entryDocumentId: Schema.Attribute.String;
    isEntryValid: Schema.Attribute.Boolean;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'plugin::content-releases.release-action'> & Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    release: Schema.Attribute.Relation<'manyToOne', 'plugin::content-releases.release'>;
    type: Schema.Attribute.Enumeration<['publish', 'unpublish']> & Schema.Attribute.Required;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface PluginI18NLocale extends Struct.CollectionTypeSchema {
  collectionName: 'i18n_locale';
  info: {
    collectionName: 'locales';
    description: '';
    displayName: 'Locale';
    pluralName: 'locales';
    singularName: 'locale';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    code: Schema.Attribute.String & Schema.Attribute.Unique;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'plugin::i18n.locale'> & Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.SetMinMax<
        {
          max: 50;
          min: 1;
        },
        number
      >;
    publishedAt: Schema.Attribute.DateTime;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface PluginMailMessage extends Struct.CollectionTypeSchema {
  collectionName: 'mail_messages';
  info: {
    description: 'M\u1ED9t th\u01B0 g\u1EEDi \u0111i: ch\u1EDD g\u1EEDi, \u0111\u00E3 g\u1EEDi, l\u1ED7i (c\u00F2n \u0111\u00F3 \u0111\u1EC3 g\u1EEDi l\u1EA1i) ho\u1EB7c gi\u1EEF l\u1EA1i khi ch\u01B0a c\u1EA5u h\u00ECnh m\u00E1y ch\u1EE7 SMTP';
    displayName: 'Th\u01B0 \u0111i';
    pluralName: 'messages';
    singularName: 'message';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    attempts: Schema.Attribute.Integer & Schema.Attribute.DefaultTo<0>;
    claimedAt: Schema.Attribute.DateTime;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    html: Schema.Attribute.Text;
    kind: Schema.Attribute.String & Schema.Attribute.Required;
    lastError: Schema.Attribute.Text;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'plugin::mail.message'> & Schema.Attribute.Private;
    nextAttemptAt: Schema.Attribute.DateTime;
    publishedAt: Schema.Attribute.DateTime;
    sentAt: Schema.Attribute.DateTime;
    site: Schema.Attribute.String;
    status: Schema.Attribute.Enumeration<['queued', 'sending', 'sent', 'failed', 'held']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'queued'>;
    subject: Schema.Attribute.String & Schema.Attribute.Required;
    text: Schema.Attribute.Text & Schema.Attribute.Required;
    to: Schema.Attribute.String & Schema.Attribute.Required & Schema.Attribute.Private;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    worker: Schema.Attribute.String;
  };
}

export interface PluginRebuildJob extends Struct.CollectionTypeSchema {
  collectionName: 'rebuild_jobs';
  info: {
    description: 'M\u1ED9t l\u1EA7n d\u1EF1ng l\u1EA1i m\u1ED9t trang: v\u00EC sao, ai y\u00EAu c\u1EA7u, tr\u1EA1ng th\u00E1i, th\u1EDDi gian, b\u1EA3n ph\u00E1t h\u00E0nh, nh\u1EADt k\u00FD';
    displayName: 'L\u01B0\u1EE3t d\u1EF1ng trang';
    pluralName: 'jobs';
    singularName: 'job';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    attempts: Schema.Attribute.Integer & Schema.Attribute.DefaultTo<0>;
    changes: Schema.Attribute.JSON;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    durationMs: Schema.Attribute.Integer;
    error: Schema.Attribute.Text;
    finishedAt: Schema.Attribute.DateTime;
    heartbeatAt: Schema.Attribute.DateTime;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'plugin::rebuild.job'> & Schema.Attribute.Private;
    log: Schema.Attribute.Text;
    method: Schema.Attribute.Enumeration<['incremental', 'full']>;
    publishedAt: Schema.Attribute.DateTime;
    queuedAt: Schema.Attribute.DateTime;
    reasons: Schema.Attribute.JSON;
    release: Schema.Attribute.String;
    requestedBy: Schema.Attribute.String;
    siteSlug: Schema.Attribute.String & Schema.Attribute.Required;
    startedAt: Schema.Attribute.DateTime;
    status: Schema.Attribute.Enumeration<['queued', 'running', 'succeeded', 'failed', 'superseded']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'queued'>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    worker: Schema.Attribute.String;
  };
}

export interface PluginReportsVisitDay extends Struct.CollectionTypeSchema {
  collectionName: 'reports_visit_days';
  info: {
    description: 'S\u1ED1 l\u01B0\u1EE3t truy c\u1EADp, l\u01B0\u1EE3t xem trang v\u00E0 y\u00EAu c\u1EA7u c\u1EE7a bot c\u1EE7a m\u1ED9t trang trong m\u1ED9t ng\u00E0y (gi\u1EDD Vi\u1EC7t Nam), \u0111\u1EBFm t\u1EEB nh\u1EADt k\u00FD m\u00E1y ch\u1EE7 web';
    displayName: 'L\u01B0\u1EE3t truy c\u1EADp theo ng\u00E0y';
    pluralName: 'visit-days';
    singularName: 'visit-day';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    bots: Schema.Attribute.Integer & Schema.Attribute.DefaultTo<0>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    day: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 10;
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'plugin::reports.visit-day'> & Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    site: Schema.Attribute.Integer & Schema.Attribute.Required;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    views: Schema.Attribute.Integer & Schema.Attribute.DefaultTo<0>;
    visits: Schema.Attribute.Integer & Schema.Attribute.DefaultTo<0>;
  };
}

export interface PluginReportsVisitPage extends Struct.CollectionTypeSchema {
  collectionName: 'reports_visit_pages';
  info: {
    description: 'S\u1ED1 l\u01B0\u1EE3t xem v\u00E0 l\u01B0\u1EE3t truy c\u1EADp c\u1EE7a m\u1ED9t \u0111\u01B0\u1EDDng d\u1EABn tr\u00EAn m\u1ED9t trang trong m\u1ED9t th\u00E1ng, \u0111\u1EBFm t\u1EEB nh\u1EADt k\u00FD m\u00E1y ch\u1EE7 web';
    displayName: 'L\u01B0\u1EE3t xem theo trang';
    pluralName: 'visit-pages';
    singularName: 'visit-page';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'plugin::reports.visit-page'> & Schema.Attribute.Private;
    month: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 7;
      }>;
    path: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    publishedAt: Schema.Attribute.DateTime;
    site: Schema.Attribute.Integer & Schema.Attribute.Required;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    views: Schema.Attribute.Integer & Schema.Attribute.DefaultTo<0>;
    visits: Schema.Attribute.Integer & Schema.Attribute.DefaultTo<0>;
  };
}

export interface PluginReviewWorkflowsWorkflow extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_workflows';
  info: {
    description: '';
    displayName: 'Workflow';
    name: 'Workflow';
    pluralName: 'workflows';
    singularName: 'workflow';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    contentTypes: Schema.Attribute.JSON & Schema.Attribute.Required & Schema.Attribute.DefaultTo<'[]'>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'plugin::review-workflows.workflow'> & Schema.Attribute.Private;
    name: Schema.Attribute.String & Schema.Attribute.Required & Schema.Attribute.Unique;
    publishedAt: Schema.Attribute.DateTime;
    stageRequiredToPublish: Schema.Attribute.Relation<'oneToOne', 'plugin::review-workflows.workflow-stage'>;
    stages: Schema.Attribute.Relation<'oneToMany', 'plugin::review-workflows.workflow-stage'>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface PluginReviewWorkflowsWorkflowStage extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_workflows_stages';
  info: {
    description: '';
    displayName: 'Stages';
    name: 'Workflow Stage';
    pluralName: 'workflow-stages';
    singularName: 'workflow-stage';
  };
  options: {
    draftAndPublish: false;
    version: '1.1.0';
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    color: Schema.Attribute.String & Schema.Attribute.DefaultTo<'#4945FF'>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'plugin::review-workflows.workflow-stage'> & Schema.Attribute.Private;
    name: Schema.Attribute.String;
    permissions: Schema.Attribute.Relation<'manyToMany', 'admin::permission'>;
    publishedAt: Schema.Attribute.DateTime;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    workflow: Schema.Attribute.Relation<'manyToOne', 'plugin::review-workflows.workflow'>;
  };
}

export interface PluginSearchOutboxEntry extends Struct.CollectionTypeSchema {
  collectionName: 'search_outbox';
  info: {
    description: 'M\u1ED9t t\u00E0i li\u1EC7u c\u1EA7n c\u1EADp nh\u1EADt trong ch\u1EC9 m\u1EE5c t\u00ECm ki\u1EBFm; th\u1EED l\u1EA1i \u0111\u1EBFn khi c\u00F4ng c\u1EE5 t\u00ECm ki\u1EBFm x\u00E1c nh\u1EADn';
    displayName: 'H\u00E0ng \u0111\u1EE3i c\u1EADp nh\u1EADt t\u00ECm ki\u1EBFm';
    pluralName: 'outbox-entries';
    singularName: 'outbox-entry';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    attempts: Schema.Attribute.Integer & Schema.Attribute.DefaultTo<0>;
    claimedAt: Schema.Attribute.DateTime;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    doneAt: Schema.Attribute.DateTime;
    generation: Schema.Attribute.Integer & Schema.Attribute.DefaultTo<1>;
    lastError: Schema.Attribute.Text;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'plugin::search.outbox-entry'> & Schema.Attribute.Private;
    nextAttemptAt: Schema.Attribute.DateTime;
    publishedAt: Schema.Attribute.DateTime;
    status: Schema.Attribute.Enumeration<['pending', 'processing', 'done']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'pending'>;
    targetDocumentId: Schema.Attribute.String & Schema.Attribute.Required;
    targetUid: Schema.Attribute.String & Schema.Attribute.Required;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    worker: Schema.Attribute.String;
  };
}

export interface PluginUploadFile extends Struct.CollectionTypeSchema {
  collectionName: 'files';
  info: {
    description: '';
    displayName: 'File';
    pluralName: 'files';
    singularName: 'file';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    alternativeText: Schema.Attribute.Text;
    caption: Schema.Attribute.Text;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    ext: Schema.Attribute.String;
    focalPoint: Schema.Attribute.JSON;
    folder: Schema.Attribute.Relation<'manyToOne', 'plugin::upload.folder'> & Schema.Attribute.Private;
    folderPath: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Private &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    formats: Schema.Attribute.JSON;
    hash: Schema.Attribute.String & Schema.Attribute.Required;
    height: Schema.Attribute.Integer;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'plugin::upload.file'> & Schema.Attribute.Private;
    mime: Schema.Attribute.String & Schema.Attribute.Required;
    name: Schema.Attribute.String & Schema.Attribute.Required;
    previewUrl: Schema.Attribute.Text;
    provider: Schema.Attribute.String & Schema.Attribute.Required;
    provider_metadata: Schema.Attribute.JSON;
    publishedAt: Schema.Attribute.DateTime;
    related: Schema.Attribute.Relation<'morphToMany'>;
    size: Schema.Attribute.Decimal & Schema.Attribute.Required;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    url: Schema.Attribute.Text & Schema.Attribute.Required;
    width: Schema.Attribute.Integer;
  };
}

export interface PluginUploadFolder extends Struct.CollectionTypeSchema {
  collectionName: 'upload_folders';
  info: {
    displayName: 'Folder';
    pluralName: 'folders';
    singularName: 'folder';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    children: Schema.Attribute.Relation<'oneToMany', 'plugin::upload.folder'>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    files: Schema.Attribute.Relation<'oneToMany', 'plugin::upload.file'>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'plugin::upload.folder'> & Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    parent: Schema.Attribute.Relation<'manyToOne', 'plugin::upload.folder'>;
    path: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    pathId: Schema.Attribute.Integer & Schema.Attribute.Required & Schema.Attribute.Unique;
    publishedAt: Schema.Attribute.DateTime;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface PluginUsersPermissionsPermission extends Struct.CollectionTypeSchema {
  collectionName: 'up_permissions';
  info: {
    description: '';
    displayName: 'Permission';
    name: 'permission';
    pluralName: 'permissions';
    singularName: 'permission';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    action: Schema.Attribute.String & Schema.Attribute.Required;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'plugin::users-permissions.permission'> & Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    role: Schema.Attribute.Relation<'manyToOne', 'plugin::users-permissions.role'>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface PluginUsersPermissionsRole extends Struct.CollectionTypeSchema {
  collectionName: 'up_roles';
  info: {
    description: '';
    displayName: 'Role';
    name: 'role';
    pluralName: 'roles';
    singularName: 'role';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    description: Schema.Attribute.String;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'plugin::users-permissions.role'> & Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 3;
      }>;
    permissions: Schema.Attribute.Relation<'oneToMany', 'plugin::users-permissions.permission'>;
    publishedAt: Schema.Attribute.DateTime;
    type: Schema.Attribute.String & Schema.Attribute.Unique;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    users: Schema.Attribute.Relation<'oneToMany', 'plugin::users-permissions.user'>;
  };
}

export interface PluginUsersPermissionsUser extends Struct.CollectionTypeSchema {
  collectionName: 'up_users';
  info: {
    description: '';
    displayName: 'User';
    name: 'user';
    pluralName: 'users';
    singularName: 'user';
  };
  options: {
    draftAndPublish: false;
    timestamps: true;
  };
  attributes: {
    blocked: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    confirmationToken: Schema.Attribute.String & Schema.Attribute.Private;
    confirmed: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    email: Schema.Attribute.Email &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 6;
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'plugin::users-permissions.user'> & Schema.Attribute.Private;
    password: Schema.Attribute.Password &
      Schema.Attribute.Private &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 6;
      }>;
    provider: Schema.Attribute.String;
    publishedAt: Schema.Attribute.DateTime;
    resetPasswordToken: Schema.Attribute.String & Schema.Attribute.Private;
    role: Schema.Attribute.Relation<'manyToOne', 'plugin::users-permissions.role'>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    username: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 3;
      }>;
  };
}

export interface PluginWorkflowMembership extends Struct.CollectionTypeSchema {
  collectionName: 'workflow_memberships';
  info: {
    description: 'Ai gi\u1EEF vai tr\u00F2 g\u00EC (c\u1ED9ng t\u00E1c vi\u00EAn, bi\u00EAn t\u1EADp, duy\u1EC7t, qu\u1EA3n tr\u1ECB, tr\u01B0\u1EDFng ban, k\u1EBF to\u00E1n, tr\u1EA3 l\u1EDDi c\u00E2u h\u1ECFi c\u1EE7a m\u1ED9t \u0111\u01A1n v\u1ECB) tr\u00EAn trang n\u00E0o';
    displayName: 'Ph\u00E2n quy\u1EC1n bi\u00EAn t\u1EADp';
    pluralName: 'memberships';
    singularName: 'membership';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: true;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'plugin::workflow.membership'> & Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    role: Schema.Attribute.Enumeration<['contributor', 'editor', 'approver', 'site-admin', 'board-head', 'finance', 'answerer']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'contributor'>;
    site: Schema.Attribute.Relation<'manyToOne', 'api::site.site'>;
    unit: Schema.Attribute.Relation<'manyToOne', 'api::unit.unit'>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    user: Schema.Attribute.Relation<'manyToOne', 'admin::user'>;
  };
}

export interface PluginWorkflowTransition extends Struct.CollectionTypeSchema {
  collectionName: 'workflow_transitions';
  info: {
    description: 'M\u1ED7i b\u01B0\u1EDBc c\u1EE7a quy tr\u00ECnh duy\u1EC7t: ai, khi n\u00E0o, t\u1EEB tr\u1EA1ng th\u00E1i n\u00E0o sang tr\u1EA1ng th\u00E1i n\u00E0o, ghi ch\u00FA';
    displayName: 'L\u1ECBch s\u1EED duy\u1EC7t';
    pluralName: 'transitions';
    singularName: 'transition';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    action: Schema.Attribute.Enumeration<
      [
        'submit',
        'forward',
        'return',
        'approve',
        'schedule',
        'unschedule',
        'withdraw',
        'propose',
        'publish-due',
        'schedule-failed',
        'assign-unit',
        'forward-to-site',
        'answer-privately',
        'reject-question',
      ]
    > &
      Schema.Attribute.Required;
    actor: Schema.Attribute.Relation<'manyToOne', 'admin::user'>;
    actorName: Schema.Attribute.String & Schema.Attribute.Required;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    fromState: Schema.Attribute.Enumeration<['draft', 'submitted', 'edited', 'scheduled', 'published', 'returned', 'withdrawn']> &
      Schema.Attribute.Required;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'plugin::workflow.transition'> & Schema.Attribute.Private;
    note: Schema.Attribute.Text;
    publishAt: Schema.Attribute.DateTime;
    publishedAt: Schema.Attribute.DateTime;
    reason: Schema.Attribute.Text;
    site: Schema.Attribute.Relation<'manyToOne', 'api::site.site'>;
    targetDocumentId: Schema.Attribute.String & Schema.Attribute.Required;
    targetUid: Schema.Attribute.String & Schema.Attribute.Required;
    toState: Schema.Attribute.Enumeration<['draft', 'submitted', 'edited', 'scheduled', 'published', 'returned', 'withdrawn']> &
      Schema.Attribute.Required;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    withdrawReason: Schema.Attribute.Enumeration<['published-in-error', 'outdated', 'replaced']>;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ContentTypeSchemas {
      'admin::api-token': AdminApiToken;
      'admin::api-token-permission': AdminApiTokenPermission;
      'admin::permission': AdminPermission;
      'admin::role': AdminRole;
      'admin::session': AdminSession;
      'admin::transfer-token': AdminTransferToken;
      'admin::transfer-token-permission': AdminTransferTokenPermission;
      'admin::user': AdminUser;
      'api::article.article': ApiArticleArticle;
      'api::assignment.assignment': ApiAssignmentAssignment;
      'api::category.category': ApiCategoryCategory;
      'api::contributor.contributor': ApiContributorContributor;
      'api::dataset.dataset': ApiDatasetDataset;
      'api::direction.direction': ApiDirectionDirection;
      'api::draft-comment.draft-comment': ApiDraftCommentDraftComment;
      'api::legal-document.legal-document': ApiLegalDocumentLegalDocument;
      'api::official.official': ApiOfficialOfficial;
      'api::overtime-entry.overtime-entry': ApiOvertimeEntryOvertimeEntry;
      'api::procurement-notice.procurement-notice': ApiProcurementNoticeProcurementNotice;
      'api::project.project': ApiProjectProject;
      'api::public-holiday.public-holiday': ApiPublicHolidayPublicHoliday;
      'api::public-service.public-service': ApiPublicServicePublicService;
      'api::question.question': ApiQuestionQuestion;
      'api::royalty-budget.royalty-budget': ApiRoyaltyBudgetRoyaltyBudget;
      'api::royalty-rate.royalty-rate': ApiRoyaltyRateRoyaltyRate;
      'api::royalty-record.royalty-record': ApiRoyaltyRecordRoyaltyRecord;
      'api::royalty-unit-value.royalty-unit-value': ApiRoyaltyUnitValueRoyaltyUnitValue;
      'api::site.site': ApiSiteSite;
      'api::tag.tag': ApiTagTag;
      'api::unit.unit': ApiUnitUnit;
      'api::work-schedule.work-schedule': ApiWorkScheduleWorkSchedule;
      'api::year-report-note.year-report-note': ApiYearReportNoteYearReportNote;
      'plugin::api-cache.model-version': PluginApiCacheModelVersion;
      'plugin::content-releases.release': PluginContentReleasesRelease;
      'plugin::content-releases.release-action': PluginContentReleasesReleaseAction;
      'plugin::i18n.locale': PluginI18NLocale;
      'plugin::mail.message': PluginMailMessage;
      'plugin::rebuild.job': PluginRebuildJob;
      'plugin::reports.visit-day': PluginReportsVisitDay;
      'plugin::reports.visit-page': PluginReportsVisitPage;
      'plugin::review-workflows.workflow': PluginReviewWorkflowsWorkflow;
      'plugin::review-workflows.workflow-stage': PluginReviewWorkflowsWorkflowStage;
      'plugin::search.outbox-entry': PluginSearchOutboxEntry;
      'plugin::upload.file': PluginUploadFile;
      'plugin::upload.folder': PluginUploadFolder;
      'plugin::users-permissions.permission': PluginUsersPermissionsPermission;
      'plugin::users-permissions.role': PluginUsersPermissionsRole;
      'plugin::users-permissions.user': PluginUsersPermissionsUser;
      'plugin::workflow.membership': PluginWorkflowMembership;
      'plugin::workflow.transition': PluginWorkflowTransition;
    }
  }
}
