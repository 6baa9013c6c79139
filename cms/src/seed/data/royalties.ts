import type { ArticleForm, SiteSeed } from '../types';

/**
 * SAMPLE royalty settings for the demo, marked as such in their names ("Mẫu — …") and with
 * `sample: true`. They are not a province's decision: a real site replaces them with the
 * coefficient ranges of its province's decision (Đồng Nai's is Quyết định 29/2015/QĐ-UBND,
 * amended by 46/2018) and the unit value it sets.
 */

export interface RateTableSeed {
  site: string;
  name: string;
  basis: string;
  validFrom: string;
  rates: Array<{ form: ArticleForm; min: number; max: number; base: number }>;
}

export interface UnitValueSeed {
  site: string;
  amount: number;
  basis: string;
  validFrom: string;
  validTo?: string;
}

export interface BudgetSeed {
  site: string;
  year: number;
  /** The portal's whole budget; `amount` is its royalty part. */
  portalAmount: number;
  amount: number;
  note: string;
}

/** Chosen so a city month of about 140 pieces costs some 40–90 million đồng, as in 2023 (seed 001). */
const SAMPLE_RATES: RateTableSeed['rates'] = [
  { form: 'tin', min: 1, max: 3, base: 2 },
  { form: 'tin-ngan', min: 0.5, max: 1.5, base: 1 },
  { form: 'bai', min: 3, max: 8, base: 5 },
  { form: 'phong-su-anh', min: 3, max: 6, base: 4 },
  { form: 'anh', min: 0.5, max: 2, base: 1 },
];

const RATE_BASIS =
  'Dữ liệu mẫu để trình diễn, không phải quyết định thật. Thay bằng khung hệ số nhuận bút theo quyết định của UBND tỉnh (ví dụ Đồng Nai: Quyết định 29/2015/QĐ-UBND, sửa đổi bởi Quyết định 46/2018/QĐ-UBND).';

/** 10 % of the base salary, following it through the decrees that raised it. */
const UNIT_VALUES: Array<Omit<UnitValueSeed, 'site'>> = [
  { amount: 149_000, validFrom: '2019-07-01', validTo: '2023-06-30', basis: 'Mẫu — 10% mức lương cơ sở 1.490.000 đồng (Nghị định 38/2019/NĐ-CP).' },
  { amount: 180_000, validFrom: '2023-07-01', validTo: '2024-06-30', basis: 'Mẫu — 10% mức lương cơ sở 1.800.000 đồng (Nghị định 24/2023/NĐ-CP).' },
  { amount: 234_000, validFrom: '2024-07-01', basis: 'Mẫu — 10% mức lương cơ sở 2.340.000 đồng (Nghị định 73/2024/NĐ-CP).' },
];

/**
 * The city's 2023 estimate (seed 001): 790,000,000 đồng for the portal's whole year. How much of
 * it is for royalties the report does not say; 740,000,000 đ is a sample split that leaves room
 * for overtime (about 3 million a month) and the portal's other costs.
 */
const CITY_PORTAL_BUDGET = 790_000_000;
const CITY_BUDGET = 740_000_000;
const WARD_PORTAL_BUDGET = 70_000_000;
const WARD_BUDGET = 60_000_000;
const BUDGET_YEARS = [2024, 2025, 2026];

export const rateTables = (sites: readonly SiteSeed[]): RateTableSeed[] =>
  sites.map((site) => ({ site: site.slug, name: 'Mẫu — Khung hệ số nhuận bút theo thể loại', basis: RATE_BASIS, validFrom: '2019-01-01', rates: SAMPLE_RATES }));

export const unitValues = (sites: readonly SiteSeed[]): UnitValueSeed[] =>
  sites.flatMap((site) => UNIT_VALUES.map((value) => ({ ...value, site: site.slug })));

export const budgets = (sites: readonly SiteSeed[]): BudgetSeed[] =>
  sites.flatMap((site) =>
    BUDGET_YEARS.map((year) => ({
      site: site.slug,
      year,
      portalAmount: site.kind === 'city' ? CITY_PORTAL_BUDGET : WARD_PORTAL_BUDGET,
      amount: site.kind === 'city' ? CITY_BUDGET : WARD_BUDGET,
      note:
        site.kind === 'city'
          ? 'Mẫu — dự toán chi phí hoạt động bằng dự toán năm 2023 của Văn phòng HĐND và UBND thành phố (790.000.000 đồng); phần nhuận bút 740.000.000 đồng là giả định.'
          : 'Mẫu — dự toán giả định để trình diễn.',
    }))
  );
