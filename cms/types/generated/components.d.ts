import type { Schema, Struct } from '@strapi/strapi';

export interface ArticleAudio extends Struct.ComponentSchema {
  collectionName: 'components_article_audios';
  info: {
    description: 'B\u1EA3n ghi \u00E2m ph\u00E1t b\u1EB1ng tr\u00ECnh ph\u00E1t c\u1EE7a tr\u00ECnh duy\u1EC7t, k\u00E8m b\u1EA3n ghi l\u1EDDi ho\u1EB7c ph\u1EE5 \u0111\u1EC1';
    displayName: '\u00C2m thanh';
    icon: 'volumeUp';
  };
  attributes: {
    captions: Schema.Attribute.Media<'files'>;
    file: Schema.Attribute.Media<'audios'> & Schema.Attribute.Required;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    transcript: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 20000;
      }>;
  };
}

export interface ArticleAuthor extends Struct.ComponentSchema {
  collectionName: 'components_article_authors';
  info: {
    description: 'C\u1ED9ng t\u00E1c vi\u00EAn tham gia vi\u1EBFt tin b\u00E0i v\u00E0 t\u1EF7 l\u1EC7 nhu\u1EADn b\u00FAt (%)';
    displayName: 'T\u00E1c gi\u1EA3';
    icon: 'pencil';
  };
  attributes: {
    contributor: Schema.Attribute.Relation<'oneToOne', 'api::contributor.contributor'>;
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
  };
}

export interface ArticleInfographic extends Struct.ComponentSchema {
  collectionName: 'components_article_infographics';
  info: {
    description: 'Infographic: \u1EA3nh k\u00E8m m\u00F4 t\u1EA3 thay th\u1EBF b\u1EAFt bu\u1ED9c v\u00E0 m\u00F4 t\u1EA3 chi ti\u1EBFt';
    displayName: '\u0110\u1ED3 h\u1ECDa th\u00F4ng tin';
    icon: 'chartPie';
  };
  attributes: {
    alt: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    image: Schema.Attribute.Media<'images'> & Schema.Attribute.Required;
    longDescription: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 20000;
      }>;
    title: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
  };
}

export interface ArticleSource extends Struct.ComponentSchema {
  collectionName: 'components_article_sources';
  info: {
    description: 'Tin b\u00E0i t\u1EF1 vi\u1EBFt hay tr\u00EDch d\u1EABn; n\u1EBFu tr\u00EDch d\u1EABn ph\u1EA3i ghi t\u00EAn ngu\u1ED3n';
    displayName: 'Ngu\u1ED3n tin';
    icon: 'quote';
  };
  attributes: {
    kind: Schema.Attribute.Enumeration<['own-reporting', 'quoted']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'own-reporting'>;
    name: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    url: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
  };
}

export interface ArticleVideo extends Struct.ComponentSchema {
  collectionName: 'components_article_videos';
  info: {
    description: 'Video ph\u00E1t b\u1EB1ng tr\u00ECnh ph\u00E1t c\u1EE7a tr\u00ECnh duy\u1EC7t, k\u00E8m \u1EA3nh \u0111\u1EA1i di\u1EC7n, ph\u1EE5 \u0111\u1EC1 ho\u1EB7c b\u1EA3n ghi l\u1EDDi';
    displayName: 'Video';
    icon: 'play';
  };
  attributes: {
    captions: Schema.Attribute.Media<'files'>;
    file: Schema.Attribute.Media<'videos'> & Schema.Attribute.Required;
    poster: Schema.Attribute.Media<'images'>;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    transcript: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 20000;
      }>;
  };
}

export interface ContributorPaymentDetails extends Struct.ComponentSchema {
  collectionName: 'components_contributor_payment_details';
  info: {
    description: 'T\u00E0i kho\u1EA3n nh\u1EADn nhu\u1EADn b\u00FAt (kh\u00F4ng bao gi\u1EDD c\u00F4ng khai)';
    displayName: 'Th\u00F4ng tin thanh to\u00E1n';
    icon: 'key';
  };
  attributes: {
    accountHolder: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 150;
      }>;
    accountNumber: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 30;
      }>;
    bankBranch: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    bankName: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    citizenId: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 20;
      }>;
    taxCode: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 20;
      }>;
  };
}

export interface DirectionKeyEvent extends Struct.ComponentSchema {
  collectionName: 'components_direction_key_events';
  info: {
    description: 'Ng\u00E0y l\u1EC5, s\u1EF1 ki\u1EC7n ch\u00EDnh tr\u1ECB ho\u1EB7c m\u1ED1c th\u1EDDi gian c\u1EA7n tuy\u00EAn truy\u1EC1n trong th\u00E1ng';
    displayName: 'S\u1EF1 ki\u1EC7n, m\u1ED1c th\u1EDDi gian';
  };
  attributes: {
    details: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
    on: Schema.Attribute.Date & Schema.Attribute.Required;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
  };
}

export interface DirectionTopic extends Struct.ComponentSchema {
  collectionName: 'components_direction_topics';
  info: {
    description: 'M\u1ED9t ch\u1EE7 \u0111\u1EC1 c\u1EE7a \u0111\u1ECBnh h\u01B0\u1EDBng th\u00E1ng, v\u1EDBi h\u1EA1n g\u1EEDi tin b\u00E0i';
    displayName: 'Ch\u1EE7 \u0111\u1EC1 tuy\u00EAn truy\u1EC1n';
  };
  attributes: {
    details: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2000;
      }>;
    dueOn: Schema.Attribute.Date;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
  };
}

export interface LegalCommentWindow extends Struct.ComponentSchema {
  collectionName: 'components_legal_comment_windows';
  info: {
    description: 'Th\u1EDDi h\u1EA1n g\u00F3p \u00FD v\u00E0 c\u01A1 quan ti\u1EBFp nh\u1EADn \u00FD ki\u1EBFn cho d\u1EF1 th\u1EA3o';
    displayName: 'L\u1EA5y \u00FD ki\u1EBFn g\u00F3p \u00FD';
    icon: 'discuss';
  };
  attributes: {
    address: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    closesAt: Schema.Attribute.DateTime & Schema.Attribute.Required;
    email: Schema.Attribute.Email & Schema.Attribute.Required;
    opensAt: Schema.Attribute.DateTime & Schema.Attribute.Required;
    receivingAgency: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
  };
}

export interface MediaCaptionedImage extends Struct.ComponentSchema {
  collectionName: 'components_media_captioned_images';
  info: {
    description: '\u1EA2nh k\u00E8m ch\u00FA th\u00EDch v\u00E0 ngu\u1ED3n \u1EA3nh';
    displayName: '\u1EA2nh c\u00F3 ch\u00FA th\u00EDch';
    icon: 'picture';
  };
  attributes: {
    caption: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    credit: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    image: Schema.Attribute.Media<'images'> & Schema.Attribute.Required;
  };
}

export interface ProcurementResult extends Struct.ComponentSchema {
  collectionName: 'components_procurement_results';
  info: {
    description: 'Nh\u00E0 th\u1EA7u tr\u00FAng th\u1EA7u v\u00E0 gi\u00E1 h\u1EE3p \u0111\u1ED3ng, ho\u1EB7c h\u1EE7y th\u1EA7u';
    displayName: 'K\u1EBFt qu\u1EA3 l\u1EF1a ch\u1ECDn nh\u00E0 th\u1EA7u';
    icon: 'check';
  };
  attributes: {
    contractDuration: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    contractValue: Schema.Attribute.BigInteger;
    note: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
    state: Schema.Attribute.Enumeration<['trung-thau', 'huy-thau']> & Schema.Attribute.Required & Schema.Attribute.DefaultTo<'trung-thau'>;
    winner: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
  };
}

export interface ProjectProgressUpdate extends Struct.ComponentSchema {
  collectionName: 'components_project_progress_updates';
  info: {
    description: 'M\u1ED9t l\u1EA7n c\u1EADp nh\u1EADt ti\u1EBFn \u0111\u1ED9 th\u1EF1c hi\u1EC7n d\u1EF1 \u00E1n';
    displayName: 'Ti\u1EBFn \u0111\u1ED9';
    icon: 'clock';
  };
  attributes: {
    date: Schema.Attribute.Date & Schema.Attribute.Required;
    percent: Schema.Attribute.Integer;
    text: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2000;
      }>;
  };
}

export interface RoyaltyFormRate extends Struct.ComponentSchema {
  collectionName: 'components_royalty_form_rates';
  info: {
    description: 'Khung h\u1EC7 s\u1ED1 nhu\u1EADn b\u00FAt c\u1EE7a m\u1ED9t th\u1EC3 lo\u1EA1i: t\u1ED1i thi\u1EC3u, t\u1ED1i \u0111a v\u00E0 m\u1EE9c \u00E1p d\u1EE5ng m\u1EB7c \u0111\u1ECBnh';
    displayName: 'H\u1EC7 s\u1ED1 theo th\u1EC3 lo\u1EA1i';
    icon: 'priceTag';
  };
  attributes: {
    defaultCoefficient: Schema.Attribute.Decimal &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    form: Schema.Attribute.Enumeration<['tin', 'tin-ngan', 'bai', 'phong-su-anh', 'anh']> & Schema.Attribute.Required;
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
  };
}

export interface ScheduleEntry extends Struct.ComponentSchema {
  collectionName: 'components_schedule_entries';
  info: {
    description: 'M\u1ED9t bu\u1ED5i l\u00E0m vi\u1EC7c c\u1EE7a l\u00E3nh \u0111\u1EA1o: ng\u00E0y, gi\u1EDD, n\u1ED9i dung, \u0111\u1ECBa \u0111i\u1EC3m, th\u00E0nh ph\u1EA7n, tr\u1EA1ng th\u00E1i';
    displayName: 'M\u1EE5c l\u1ECBch c\u00F4ng t\u00E1c';
    icon: 'calendar';
  };
  attributes: {
    chair: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    content: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2000;
      }>;
    date: Schema.Attribute.Date & Schema.Attribute.Required;
    endTime: Schema.Attribute.Time;
    leaderNames: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    leaders: Schema.Attribute.Relation<'oneToMany', 'api::official.official'>;
    note: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
    participants: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2000;
      }>;
    place: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    preparingUnit: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    startTime: Schema.Attribute.Time & Schema.Attribute.Required;
    state: Schema.Attribute.Enumeration<['planned', 'changed', 'cancelled']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'planned'>;
  };
}

export interface SharedContact extends Struct.ComponentSchema {
  collectionName: 'components_shared_contacts';
  info: {
    description: '\u0110\u1ECBa ch\u1EC9, \u0111i\u1EC7n tho\u1EA1i, th\u01B0 \u0111i\u1EC7n t\u1EED v\u00E0 \u0111\u01B0\u1EDDng d\u00E2y n\u00F3ng';
    displayName: 'Li\u00EAn h\u1EC7';
    icon: 'phone';
  };
  attributes: {
    address: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    addressEn: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    email: Schema.Attribute.Email;
    fax: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 50;
      }>;
    hotline: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 50;
      }>;
    phone: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 50;
      }>;
    website: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    workingHours: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    workingHoursEn: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
  };
}

export interface SiteBannerLink extends Struct.ComponentSchema {
  collectionName: 'components_site_banner_links';
  info: {
    description: '\u1EA2nh banner c\u00F3 li\u00EAn k\u1EBFt tr\u00EAn trang ch\u1EE7, v\u00ED d\u1EE5 C\u1ED5ng D\u1ECBch v\u1EE5 c\u00F4ng';
    displayName: 'Banner li\u00EAn k\u1EBFt';
    icon: 'picture';
  };
  attributes: {
    alt: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 250;
      }>;
    image: Schema.Attribute.Media<'images'> & Schema.Attribute.Required;
    order: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      > &
      Schema.Attribute.DefaultTo<0>;
    title: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    url: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
  };
}

export interface SiteBoardMember extends Struct.ComponentSchema {
  collectionName: 'components_site_board_members';
  info: {
    description: 'M\u1ED9t th\u00E0nh vi\u00EAn Ban bi\u00EAn t\u1EADp v\u00E0 vai tr\u00F2 c\u1EE7a h\u1ECD';
    displayName: 'Th\u00E0nh vi\u00EAn Ban bi\u00EAn t\u1EADp';
    icon: 'user';
  };
  attributes: {
    fullName: Schema.Attribute.String &
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
    position: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    positionEn: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    role: Schema.Attribute.Enumeration<['head', 'deputy-head', 'member', 'secretariat']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'member'>;
  };
}

export interface SiteNavItem extends Struct.ComponentSchema {
  collectionName: 'components_site_nav_items';
  info: {
    description: 'M\u1ED9t li\u00EAn k\u1EBFt tr\u00EAn thanh \u0111i\u1EC1u h\u01B0\u1EDBng ho\u1EB7c ch\u00E2n trang';
    displayName: 'M\u1EE5c \u0111i\u1EC1u h\u01B0\u1EDBng';
    icon: 'link';
  };
  attributes: {
    label: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    order: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      > &
      Schema.Attribute.DefaultTo<0>;
    placement: Schema.Attribute.Enumeration<['header', 'footer', 'state-portals']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'header'>;
    url: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
  };
}

export interface UnitFormQuota extends Struct.ComponentSchema {
  collectionName: 'components_unit_form_quotas';
  info: {
    description: 'S\u1ED1 tin b\u00E0i t\u1ED1i thi\u1EC3u c\u1EE7a m\u1ED9t th\u1EC3 lo\u1EA1i trong k\u1EF3, v\u00ED d\u1EE5 01 tin v\u00E0 01 b\u00E0i m\u1ED7i qu\u00FD';
    displayName: 'Ch\u1EC9 ti\u00EAu theo th\u1EC3 lo\u1EA1i';
    icon: 'bulletList';
  };
  attributes: {
    form: Schema.Attribute.Enumeration<['tin', 'tin-ngan', 'bai', 'phong-su-anh', 'anh']> & Schema.Attribute.Required;
    minItems: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      > &
      Schema.Attribute.DefaultTo<1>;
  };
}

export interface UnitQuota extends Struct.ComponentSchema {
  collectionName: 'components_unit_quotas';
  info: {
    description: 'S\u1ED1 tin b\u00E0i t\u1ED1i thi\u1EC3u ph\u1EA3i cung c\u1EA5p v\u00E0 t\u1ED1i \u0111a \u0111\u01B0\u1EE3c nh\u1EADn trong m\u1ED9t k\u1EF3';
    displayName: 'Ch\u1EC9 ti\u00EAu tin b\u00E0i';
    icon: 'chartBubble';
  };
  attributes: {
    countsOn: Schema.Attribute.Enumeration<['own-site', 'city-portal']> & Schema.Attribute.DefaultTo<'own-site'>;
    maxItems: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    minByForm: Schema.Attribute.Component<'unit.form-quota', true>;
    minItems: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      > &
      Schema.Attribute.DefaultTo<3>;
    period: Schema.Attribute.Enumeration<['month', 'quarter']> & Schema.Attribute.Required & Schema.Attribute.DefaultTo<'month'>;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'article.audio': ArticleAudio;
      'article.author': ArticleAuthor;
      'article.infographic': ArticleInfographic;
      'article.source': ArticleSource;
      'article.video': ArticleVideo;
      'contributor.payment-details': ContributorPaymentDetails;
      'direction.key-event': DirectionKeyEvent;
      'direction.topic': DirectionTopic;
      'legal.comment-window': LegalCommentWindow;
      'media.captioned-image': MediaCaptionedImage;
      'procurement.result': ProcurementResult;
      'project.progress-update': ProjectProgressUpdate;
      'royalty.form-rate': RoyaltyFormRate;
      'schedule.entry': ScheduleEntry;
      'shared.contact': SharedContact;
      'site.banner-link': SiteBannerLink;
      'site.board-member': SiteBoardMember;
      'site.nav-item': SiteNavItem;
      'unit.form-quota': UnitFormQuota;
      'unit.quota': UnitQuota;
    }
  }
}
