import type { CitySupply, PeriodCounts, Quota, QuotaStanding } from '../../shared/contracts';
import { periodLabel } from './periods';

/**
 * A unit's standing against its quota for one period. The minimum is counted on published
 * items (what the unit actually supplied to readers), as Quyết định 834/QĐ-UBND counts "tin, bài
 * cung cấp"; the maximum (at most 5 a month from 2024) is the number the board accepts.
 */

export const quotaStanding = (quota: Quota | null, counts: Pick<PeriodCounts, 'published' | 'publishedByForm'>): QuotaStanding => {
  if (!quota) return { state: 'no-quota', missing: 0, formsBehind: [] };
  const formsBehind = quota.minByForm
    .map(({ form, minItems }) => ({ form, minItems, published: counts.publishedByForm[form] ?? 0 }))
    .filter((row) => row.published < row.minItems);
  const totalGap = Math.max(0, quota.minItems - counts.published);
  const formGap = formsBehind.reduce((sum, row) => sum + (row.minItems - row.published), 0);
  const missing = Math.max(totalGap, formGap);
  if (missing > 0) return { state: 'behind', missing, formsBehind };
  if (quota.maxItems !== null && counts.published > quota.maxItems) return { state: 'over', missing: 0, formsBehind };
  return { state: 'met', missing: 0, formsBehind };
};

const NOTHING = { published: 0, publishedByForm: {} };

/**
 * The published counts a quota is measured on. A ward unit whose quota counts on the city portal
 * (Quyết định 834/QĐ-UBND: items supplied to the city portal) is measured on the city copies
 * published there; every other quota, and every unit on the city site, on its own site.
 */
export const measuredCounts = (
  quota: Quota | null,
  own: PeriodCounts | null,
  city: CitySupply | null
): Pick<PeriodCounts, 'published' | 'publishedByForm'> => {
  if (quota?.countsOn === 'city-portal' && city) return city;
  return own ?? NOTHING;
};

/** The unit a city copy counts for, reduced to what decides it. */
export interface SupplyHolder {
  id: number;
  kind: string;
  siteId: number | null;
}

/** A city copy of a ward article, reduced to what decides whose supply it is. */
export interface SupplyCopy {
  unitId: number | null;
  creditSiteId: number | null;
}

/**
 * Whether a proposal to the city portal is the holder's supply. A ward's People's Committee
 * (`ward-committee`) answers for the ward as a whole, so every item the ward sent up counts for
 * it; any other unit counts the items it wrote.
 */
export const suppliedBy = (holder: SupplyHolder, copy: SupplyCopy): boolean =>
  holder.kind === 'ward-committee' ? copy.creditSiteId !== null && copy.creditSiteId === holder.siteId : copy.unitId === holder.id;

/** The Vietnam-time bounds a count of "this period" uses: is `at` inside [start, end)? */
export const within = (at: number | null, start: Date, end: Date): boolean => at !== null && at >= start.getTime() && at < end.getTime();

export type CapAction = 'propose' | 'submit';

export interface CapInput {
  action: CapAction;
  /** Who the quota belongs to, as staff name it ("UBND Phường 7"). */
  holder: string;
  /** Proposals made (propose) or items published and pending (submit) in the period, without this one. */
  count: number;
  cap: number;
  /** `YYYY-MM` or `YYYY-Qn`. */
  period: string;
  /** Where the items go: "Cổng TTĐT thành phố" or the unit's site. */
  where: string;
  /** The decision that sets the cap, cited in the warning; null for a cap the site's board set. */
  decision: string | null;
}

/** The city's rule for what departments and wards supply to the city portal: 3 to 5 items a month. */
export const QUOTA_DECISION = 'Quyết định 834/QĐ-UBND';

/**
 * The warning the proposer or the contributor reads before passing a unit's cap, or null when
 * this item keeps the unit below it. A warning, not a refusal: the board may still accept more.
 */
export const capWarning = ({ action, holder, count, cap, period, where, decision }: CapInput): string | null => {
  if (count + 1 < cap) return null;
  const label = periodLabel(period);
  const inPeriod = label.charAt(0).toLowerCase() + label.slice(1);
  const per = period.includes('Q') ? 'quý' : 'tháng';
  const limit = `mức tối đa ${cap} tin bài/${per} ${decision ? `theo ${decision}` : 'mà Ban biên tập đặt cho đơn vị'}`;
  const done =
    action === 'propose'
      ? `${holder} đã đề xuất ${count} tin bài lên ${where} trong ${inPeriod}`
      : `${holder} đã có ${count} tin bài đã đăng hoặc đang chờ xử lý trên ${where} trong ${inPeriod}`;
  if (count + 1 === cap) return `${done}; đây là tin bài thứ ${cap}/${cap}, bằng ${limit}.`;
  const more = action === 'propose' ? 'Đề xuất thêm' : 'Gửi thêm';
  return `${done}, ${count === cap ? 'bằng' : 'vượt'} ${limit}. ${more} sẽ vượt mức tối đa.`;
};
