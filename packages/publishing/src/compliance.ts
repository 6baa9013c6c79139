/**
 * The Nghị định 42/2022/NĐ-CP check of one site: each section the decree requires of a state portal
 * (Điều 4: the main information; Điều 7: information in a foreign language), whether the site has
 * it, with content, and how fresh it is. One pure function for both callers: the CMS's Báo cáo page
 * (inputs from database queries) and the site build (inputs from the build's own collections).
 */

export const COMPLIANCE_SECTIONS = [
  'organisation',
  'officials',
  'news',
  'normative',
  'administrative',
  'drafts',
  'schedule',
  'questions',
  'plans',
  'projects',
  'statistics',
  'publicServices',
  'english',
  'contact',
] as const;

export type ComplianceSection = (typeof COMPLIANCE_SECTIONS)[number];
export type ComplianceStatus = 'ok' | 'stale' | 'missing';
export type ComplianceSiteKind = 'city' | 'ward' | 'commune';

/**
 * What is known of one section: how many published items it has and when the newest was last
 * updated. `newest` is the newest period an item covers, for the sections whose freshness is a
 * period rather than an edit: a schedule's week (its Monday) and a statistic's period end.
 */
export interface SectionInput {
  count: number;
  lastUpdated: Date | string | null;
  newest?: Date | string | null;
}

export type ComplianceInput = Partial<Record<ComplianceSection, SectionInput>>;

export interface SectionResult {
  section: ComplianceSection;
  label: string;
  status: ComplianceStatus;
  /** Why, in Vietnamese, for the board: what is there, or what is missing or old. */
  reason: string;
  count: number;
  /** ISO date-time of the newest update, or null. */
  lastUpdated: string | null;
}

export interface ComplianceReport {
  /** When it was computed (ISO). */
  checkedAt: string;
  sections: SectionResult[];
  /** Count of sections per status. */
  summary: Record<ComplianceStatus, number>;
}

interface SectionRule {
  label: string;
  /** Required on every site, or on the city portal only (a ward's component site need not have it). */
  scope: 'all' | 'city';
  /** The Vietnamese reason when the section has nothing. */
  empty: string;
  /** A reason when the section is stale, or null when it is fresh. */
  stale?: (input: SectionInput, now: Date) => string | null;
}

const DAY = 24 * 60 * 60 * 1000;
// Viet Nam keeps UTC+7 all year (no daylight saving time): a fixed offset is exact.
const VN_OFFSET = 7 * 60 * 60 * 1000;

const toDate = (value: Date | string | null | undefined): Date | null => {
  if (value === null || value === undefined) return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
};

/** The day (YYYY-MM-DD) of an instant in Viet Nam. */
export const vietnamDay = (at: Date): string => new Date(at.getTime() + VN_OFFSET).toISOString().slice(0, 10);

/** The Monday (YYYY-MM-DD) of the ISO week an instant falls in, in Viet Nam. */
export const isoWeekMonday = (at: Date): string => {
  const local = new Date(at.getTime() + VN_OFFSET);
  const sinceMonday = (local.getUTCDay() + 6) % 7;
  return new Date(local.getTime() - sinceMonday * DAY).toISOString().slice(0, 10);
};

/** "07/12/2026" from a date (its day in Viet Nam). */
const vnDate = (at: Date): string => vietnamDay(at).split('-').reverse().join('/');

/** How old, in days, a statistic's newest period may end before the section is stale. */
export const STATISTICS_STALE_DAYS = 365;

const RULES: Record<ComplianceSection, SectionRule> = {
  organisation: { label: 'Giới thiệu, cơ cấu tổ chức, chức năng nhiệm vụ', scope: 'all', empty: 'Chưa có cơ quan, đơn vị nào.' },
  officials: {
    label: 'Thông tin liên hệ của cán bộ có thẩm quyền',
    scope: 'all',
    empty: 'Chưa có cán bộ, công chức có thẩm quyền nào.',
  },
  // No freshness rule: the decree asks for news "regularly" without a period, and a rule of our own
  // would turn a quiet ward (or the demo, dated back from a fixed day) amber for no legal reason.
  news: { label: 'Tin tức, sự kiện', scope: 'all', empty: 'Chưa có tin, bài nào được đăng.' },
  normative: { label: 'Văn bản quy phạm pháp luật', scope: 'city', empty: 'Chưa có văn bản quy phạm pháp luật nào.' },
  administrative: { label: 'Văn bản hành chính', scope: 'all', empty: 'Chưa có văn bản hành chính nào.' },
  drafts: { label: 'Dự thảo lấy ý kiến góp ý', scope: 'city', empty: 'Chưa có dự thảo văn bản nào được lấy ý kiến.' },
  schedule: {
    label: 'Lịch làm việc của lãnh đạo',
    scope: 'all',
    empty: 'Chưa có lịch làm việc nào.',
    stale: ({ newest }, now) => {
      const week = toDate(newest);
      const monday = isoWeekMonday(now);
      if (!week) return 'Chưa có lịch làm việc của tuần này.';
      return vietnamDay(week) < monday
        ? `Chưa cập nhật lịch làm việc tuần này (tuần từ ${monday.split('-').reverse().join('/')}); lịch mới nhất là tuần từ ${vnDate(week)}.`
        : null;
    },
  },
  questions: { label: 'Hỏi đáp', scope: 'all', empty: 'Chưa có câu hỏi nào được trả lời công khai.' },
  plans: { label: 'Chiến lược, quy hoạch, kế hoạch', scope: 'city', empty: 'Chưa có chiến lược, quy hoạch, kế hoạch nào.' },
  projects: {
    label: 'Dự án, đầu tư, đấu thầu, mua sắm công',
    scope: 'city',
    empty: 'Chưa có dự án hay thông báo đấu thầu, mua sắm công nào.',
  },
  statistics: {
    label: 'Thống kê',
    scope: 'city',
    empty: 'Chưa có bộ số liệu thống kê nào.',
    stale: ({ newest }, now) => {
      const end = toDate(newest);
      if (!end) return 'Không rõ kỳ số liệu của các bộ thống kê.';
      return now.getTime() - end.getTime() > STATISTICS_STALE_DAYS * DAY
        ? `Số liệu thống kê mới nhất (kỳ kết thúc ngày ${vnDate(end)}) đã quá một năm.`
        : null;
    },
  },
  publicServices: { label: 'Dịch vụ công trực tuyến', scope: 'all', empty: 'Chưa có thủ tục, dịch vụ công nào.' },
  english: { label: 'Thông tin bằng tiếng Anh', scope: 'all', empty: 'Chưa có thông tin giới thiệu bằng tiếng Anh.' },
  contact: { label: 'Thông tin liên hệ của cơ quan', scope: 'all', empty: 'Chưa có địa chỉ, điện thoại, thư điện tử của cơ quan.' },
};

/** The Vietnamese name of each section, as the board reads it. */
export const COMPLIANCE_LABELS: Record<ComplianceSection, string> = Object.fromEntries(
  COMPLIANCE_SECTIONS.map((s) => [s, RULES[s].label])
) as Record<ComplianceSection, string>;

/** The Vietnamese name of each status, shown beside its colour (never the colour alone). */
export const COMPLIANCE_STATUS_LABELS: Record<ComplianceStatus, string> = {
  ok: 'Đạt',
  stale: 'Chưa cập nhật',
  missing: 'Thiếu',
};

/** The sections required of a site of this kind, in the decree's order. */
export const sectionsFor = (kind: ComplianceSiteKind): ComplianceSection[] =>
  COMPLIANCE_SECTIONS.filter((s) => RULES[s].scope === 'all' || kind === 'city');

/**
 * Each required section's status: missing when it has no published item (or its content type
 * does not exist: no input), stale when a freshness rule says so, ok otherwise.
 */
export const checkCompliance = (kind: ComplianceSiteKind, input: ComplianceInput, now: Date = new Date()): ComplianceReport => {
  const sections = sectionsFor(kind).map((section): SectionResult => {
    const rule = RULES[section];
    const given = input[section];
    const count = given && Number.isFinite(given.count) ? Math.max(0, Math.floor(given.count)) : 0;
    const last = toDate(given?.lastUpdated);
    const base = { section, label: rule.label, count, lastUpdated: last ? last.toISOString() : null };
    if (!given || count === 0) return { ...base, status: 'missing', reason: rule.empty };
    const stale = rule.stale?.(given, now) ?? null;
    if (stale) return { ...base, status: 'stale', reason: stale };
    return { ...base, status: 'ok', reason: last ? `${count} mục, cập nhật lần cuối ngày ${vnDate(last)}.` : `${count} mục.` };
  });
  const summary: Record<ComplianceStatus, number> = { ok: 0, stale: 0, missing: 0 };
  for (const s of sections) summary[s.status] += 1;
  return { checkedAt: now.toISOString(), sections, summary };
};

/** The newest of some dates (null when none): a section's last update from its items'. */
export const newestOf = (dates: Iterable<Date | string | null | undefined>): Date | null => {
  let best: Date | null = null;
  for (const value of dates) {
    const date = toDate(value);
    if (date && (!best || date > best)) best = date;
  }
  return best;
};

/**
 * The legal document types a plans-and-strategies section lists (chiến lược, quy hoạch, kế hoạch,
 * chương trình, đề án): the compliance check counts them and the demo data's category of kind
 * `documents` lists them.
 */
export const PLAN_DOCUMENT_TYPES = ['chien-luoc', 'quy-hoach', 'ke-hoach', 'chuong-trinh', 'de-an'] as const;

/**
 * The lines a site's build prints for the check: none when every section passes, else a warning
 * line and one line per section that is stale or missing. A warning: it never fails the build.
 */
export const complianceWarningLines = (site: string, report: ComplianceReport): string[] => {
  const failing = report.sections.filter((s) => s.status !== 'ok');
  if (failing.length === 0) return [];
  return [
    `WARNING ${site}: Nghị định 42 check, ${failing.length} of ${report.sections.length} mandatory sections need attention`,
    ...failing.map((s) => `  - ${s.label}: ${COMPLIANCE_STATUS_LABELS[s.status]}. ${s.reason}`),
  ];
};
