import type { BannerSeed } from '../types';

/**
 * The banners Vietnamese portals carry on their home page: the public-service portals first (every
 * state portal must link them, Nghị định 42/2022/NĐ-CP), then campaigns with a section of their own.
 * Internal links name a category every site has (data/categories.ts).
 */
const common: BannerSeed[] = [
  {
    heading: 'Cổng Dịch vụ công quốc gia',
    subheading: 'Nộp hồ sơ, thanh toán, tra cứu thủ tục hành chính trực tuyến',
    url: 'https://dichvucong.gov.vn',
    colors: ['#a50e0e', '#6e0909'],
    order: 0,
  },
  {
    heading: 'Dịch vụ công tỉnh Bà Rịa - Vũng Tàu',
    subheading: 'Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh',
    url: 'https://dichvucong.baria-vungtau.gov.vn',
    colors: ['#1d4f91', '#123565'],
    order: 1,
  },
  {
    heading: 'Chuyển đổi số',
    subheading: 'Chung tay xây dựng chính quyền số, kinh tế số, xã hội số',
    url: '/chuyen-muc/chuyen-doi-so',
    colors: ['#0b6e69', '#084d4a'],
    order: 2,
  },
];

const cityOnly: BannerSeed = {
  heading: 'Thành phố du lịch, thành phố sự kiện',
  subheading: 'Lễ hội, sự kiện và điểm đến của Vũng Tàu',
  url: '/chuyen-muc/thanh-pho-du-lich-thanh-pho-su-kien',
  colors: ['#8a4b08', '#5c3205'],
  order: 3,
};

const wardOnly: BannerSeed = {
  heading: 'Dân hỏi - Chính quyền trả lời',
  subheading: 'Câu hỏi, kiến nghị của người dân và trả lời của chính quyền',
  url: '/chuyen-muc/dan-hoi-chinh-quyen-tra-loi',
  colors: ['#4c2c92', '#331d63'],
  order: 3,
};

/** The banners of the city portal or of a ward/commune site. */
export const banners = (kind: 'city' | 'ward'): BannerSeed[] => [...common, kind === 'city' ? cityOnly : wardOnly];

/** The text a banner's picture carries, which is its alt text. */
export const bannerAlt = (banner: BannerSeed): string => banner.heading;
