/**
 * What the reports plugin's admin routes answer (server/routes, server/controllers/reports.ts),
 * as `{ data: … }`. The server builds these shapes and the "Báo cáo" page reads them: both import
 * them from here, so a change on one side breaks the other's type check. Types only: the admin
 * bundle and the server compile this file separately.
 */

/**
 * `configure`: set the site's report period and report day; `counter`: turn the public visit
 * counter on or off (head of the board); `overtime`: enter overtime pay (head of board, finance);
 * `notes`: write the year-end report's own texts (the board).
 */
export type Capability = 'view' | 'adjust' | 'approve' | 'pay' | 'configure' | 'counter' | 'overtime' | 'notes';

export type RecordStatus = 'pending' | 'approved' | 'paid';

/** `GET /reports/me`: the sites this user sees reports of, what they may do there, and the labels. */
export interface ReportsMe {
  superAdmin: boolean;
  sites: Array<{ documentId: string; name: string; kind: string; can: Capability[] }>;
  currentMonth: string;
  labels: {
    forms: Record<string, string>;
    statuses: Record<string, string>;
    quotaStates: Record<string, string>;
    budgetLevels: Record<string, string>;
  };
}

/** A report table: rows counted or summed by a key; the total is the sum of the rows. */
export interface TallyRow {
  key: string;
  label: string;
  count: number;
  amount: number;
}

export interface Tally {
  rows: TallyRow[];
  total: { count: number; amount: number };
}

/** One royalty record as the reports read it (amounts as numbers). */
export interface RoyaltyRecordRow {
  id: number;
  documentId: string;
  articleDocumentId: string;
  articleTitle: string | null;
  contributorName: string | null;
  form: string;
  share: number;
  coefficient: number;
  baseCoefficient: number;
  minCoefficient: number;
  maxCoefficient: number;
  unitValue: number;
  amount: number;
  period: string;
  earnedAt: string;
  status: RecordStatus;
  note: string | null;
  adjustedBy: string | null;
  adjustedAt: string | null;
  approvedBy: string | null;
  approvedAt: string | null;
  paidBy: string | null;
  paidAt: string | null;
  paymentRef: string | null;
  contributor: { id: number; documentId: string; fullName: string } | null;
  unit: { id: number; name: string } | null;
  site: { id: number; documentId: string; name: string } | null;
}

export interface RoyaltyRecord extends RoyaltyRecordRow {
  formLabel: string;
  statusLabel: string;
}

/**
 * The month's royalties for the sites in scope: every record, the statement per contributor and
 * per unit with totals, and the published pieces that have no record yet.
 */
export interface Statement {
  month: string;
  label: string;
  records: RoyaltyRecord[];
  byContributor: Tally;
  byUnit: Tally;
  byStatus: Tally;
  total: Tally['total'];
  missing: Array<{ documentId: string; title: string; site: string; postedAt: string }>;
}

export type BudgetLevel = 'ok' | 'warning' | 'exceeded';

export interface BudgetStatus {
  amount: number;
  spent: number;
  committed: number;
  remaining: number;
  /** Spent + committed as a share of the budget, in whole percent. */
  usedPercent: number;
  level: BudgetLevel;
  /** The month the budget runs out at the average pace of the months so far, when within the year. */
  projectedExhaustion: string | null;
}

/** `GET /reports/budget`: a site's royalty budget for the year against what is spent and committed. */
export interface SiteBudget {
  site: { documentId: string; name: string };
  year: number;
  /** Null when the site has no budget for the year. */
  status: (BudgetStatus & { levelLabel: string; warnAtPercent: number; sample: boolean; note: string | null }) | null;
  spent: number;
  committed: number;
  /** Overtime paid in the year (làm thêm giờ). */
  overtime: number;
  /** The portal's whole budget with royalties and overtime against it; null when the budget names no whole. */
  portal: (PortalBudget & { levelLabel: string }) | null;
}

/** The portal's whole annual budget (dự toán chi phí hoạt động của Cổng), of which royalties are a part. */
export interface PortalBudget {
  amount: number;
  royaltyAmount: number;
  /** The whole minus the royalty part: overtime and the portal's other costs. */
  otherAmount: number;
  /** Royalties spent and committed. */
  royalties: number;
  overtime: number;
  /** The whole minus royalties and overtime. */
  remaining: number;
  /** The part outside royalties minus overtime. */
  otherRemaining: number;
  usedPercent: number;
  level: BudgetLevel;
}

/** One overtime payment (làm thêm giờ) of one person in one month. */
export interface OvertimeEntry {
  documentId: string;
  site: { documentId: string; name: string };
  month: string;
  staffName: string;
  staffUser: { id: number; name: string } | null;
  hours: number | null;
  amount: number;
  note: string | null;
  enteredBy: string | null;
}

/** `GET /reports/overtime?site=&year=`: the year's entries, per month, and what this user may do. */
export interface OvertimeList {
  year: number;
  entries: OvertimeEntry[];
  byMonth: Tally;
  can: { edit: boolean; sites: string[] };
}

/** The texts the board writes for the year-end report (plain text, paragraphs split by blank lines). */
export interface YearNoteTexts {
  /** I. Công tác chỉ đạo, quản lý. */
  leadership: string;
  /** III.1 Ưu điểm. */
  strengths: string;
  /** III.2 Tồn tại, hạn chế. */
  weaknesses: string;
  /** III.3 Nguyên nhân. */
  causes: string;
  /** IV. Phương hướng, nhiệm vụ năm sau. */
  direction: string;
}

/** `GET /reports/year-notes?site=&year=`: one site's texts for a year (empty strings when none yet). */
export interface YearNote extends YearNoteTexts {
  site: { documentId: string; name: string };
  year: number;
  updatedAt: string | null;
  updatedByName: string | null;
  canEdit: boolean;
}

/** Visitor figures of the year, filled from the access-log summary where the site has one. */
export interface YearVisits {
  /** Visits in the year (the tables' count column: visits per month and per site). */
  total: number;
  views: number;
  /** Days with figures imported, and the visits per day over them (the 2023 report's "bình quân mỗi ngày"). */
  days: number;
  averagePerDay: number | null;
  byMonth: Tally;
  bySite: Tally;
}

/** Citizens' participation handled in the year: questions (Hỏi đáp) and comments on drafts. */
export interface YearParticipation {
  questions: QuestionCounts;
  comments: Tally;
}

/** The board, finance and the report's heading block. */
export interface YearReportHeading {
  /** The site the report is of (the first in scope), its head of board for the signature. */
  siteName: string;
  shortName: string;
  headOfBoard: string | null;
  kind: string;
}

/** `GET /reports/royalties`: the month's statement, the year's budgets and what this user may do. */
export interface RoyaltyMonth extends Statement {
  budgets: SiteBudget[];
  can: { adjust: boolean; approve: boolean; pay: boolean };
}

export interface Quota {
  minItems: number;
  maxItems: number | null;
  period: 'month' | 'quarter';
  /** Minimums per form, e.g. Cẩm Mỹ's communes: 1 tin and 1 bài a quarter. */
  minByForm: Array<{ form: string; minItems: number }>;
  /** Which count the quota is measured on: the unit's own site, or what reached the city portal. */
  countsOn: QuotaCountsOn;
}

export type QuotaCountsOn = 'own-site' | 'city-portal';

/** A ward unit's supply to the city portal in one period ("Gửi lên Cổng TTĐT thành phố"). */
export interface CitySupply {
  /** Proposals made in the period (the proposal's time in Vietnam). */
  proposed: number;
  /** City copies public now and posted in the period. */
  published: number;
  publishedByForm: Record<string, number>;
}

export interface PeriodCounts {
  submitted: number;
  approved: number;
  published: number;
  /** Published items per form. */
  publishedByForm: Record<string, number>;
}

export type QuotaState = 'met' | 'behind' | 'over' | 'no-quota';

export interface QuotaStanding {
  state: QuotaState;
  /** Items still missing to reach the minimum (total, or the largest per-form gap). */
  missing: number;
  /** Forms whose own minimum is not reached. */
  formsBehind: Array<{ form: string; minItems: number; published: number }>;
}

export interface UnitPeriod extends QuotaStanding {
  period: string;
  label: string;
  current: boolean;
  stateLabel: string;
  /** The unit's own site's counts; null when this user sees the unit only as a supplier of the city portal. */
  own: PeriodCounts | null;
  /** What the unit sent up to the city portal; null for units on the city site (their own counts are the city's). */
  city: CitySupply | null;
  /** The published count the standing is measured on (own site or city portal, as the quota says). */
  measured: number;
}

export interface UnitQuotaRow {
  unit: { documentId: string; name: string; kind: string; kindLabel: string; site: string; onCity: boolean };
  quota: Quota | null;
  /** "Trang của đơn vị" or "Cổng TTĐT thành phố": where the quota is counted. */
  countsOnLabel: string | null;
  periods: UnitPeriod[];
}

/** `GET /reports/quotas`: each unit's items per period against its quota. */
export interface QuotaDashboard {
  units: UnitQuotaRow[];
  /** Units behind in the current period (so far) or the last finished one. */
  behind: Array<{ unit: string; site: string; period: string; label: string; missing: number; current: boolean }>;
}

export interface TopContributor {
  name: string;
  pieces: number;
  amount: number;
}

export interface ArticleTables {
  total: number;
  byCategory: Tally;
  byForm: Tally;
  byUnit: Tally;
  bySite: Tally;
}

export interface RoyaltyTables {
  byStatus: Tally;
  byUnit: Tally;
  byForm: Tally;
  total: Tally['total'];
}

/** `GET /reports/monthly`: the board's report of the 24th. */
export interface MonthlyReport {
  month: string;
  label: string;
  sites: string[];
  articles: ArticleTables;
  documents: { total: number; byKind: Tally };
  topContributors: TopContributor[];
  royalties: RoyaltyTables;
  /** Visitor figures of the month, from the access logs. */
  visits: VisitSummary;
  /** The periods counted: one per setting among the sites in scope (each site over its own). */
  periods: ReportPeriodInfo[];
  /** The last section: the direction (định hướng tuyên truyền) of each site for the month after. */
  nextMonth: NextMonthDirections;
}

export type ReportPeriodKind = 'calendar-month' | 'to-report-day';

/** A group of sites counted over the same period. */
export interface ReportPeriodInfo {
  sites: string[];
  kind: ReportPeriodKind;
  /** "Tháng dương lịch" or "Đến ngày 24 hằng tháng". */
  kindLabel: string;
  reportDay: number;
  /** `YYYY-MM-DD`: the day the report is due. */
  reportDate: string;
  /** First instant (inclusive) and first instant after (exclusive), ISO. */
  start: string;
  end: string;
  /** "25/11/2026 – 24/12/2026". */
  label: string;
  /** The calendar month (`YYYY-MM`) whose royalty records the report shows for these sites. */
  royaltyMonth: string;
  royaltyLabel: string;
}

export interface DirectionView {
  title: string;
  summary: string | null;
  topics: Array<{ title: string; details: string | null; dueOn: string | null }>;
  events: Array<{ on: string | null; title: string; details: string | null }>;
}

export interface NextMonthDirections {
  month: string;
  /** "tháng 1/2027". */
  label: string;
  /** One per site in scope; `direction` null when none is written yet. */
  sites: Array<{ site: string; direction: DirectionView | null }>;
  /** "Ban biên tập chưa xây dựng định hướng tuyên truyền tháng 1/2027.": said instead of an empty table. */
  missing: string;
}

/** `GET /reports/settings?site=`: the site's report period and report day, and whether the user may change them. */
export interface ReportSettingsView {
  site: { documentId: string; name: string };
  reportPeriod: ReportPeriodKind;
  reportDay: number;
  canEdit: boolean;
  /** The period the current report covers under these settings. */
  current: { month: string; label: string; reportDate: string };
}

/** `GET /reports/yearly`: the year-end report. */
export interface YearReport {
  year: number;
  sites: string[];
  articles: ArticleTables & { byMonth: Tally };
  documents: { total: number; byKind: Tally };
  /** All units by items posted, most first; the report shows the top ones. */
  topUnits: Tally;
  topContributors: TopContributor[];
  royalties: RoyaltyTables & { byMonth: Tally };
  budgets: SiteBudget[];
  budgetTotal: { amount: number; spent: number; committed: number; remaining: number; sitesWithoutBudget: number };
  /** The whole budgets of the sites that name one, with royalties and overtime against them. */
  portalTotal: { amount: number; royaltyAmount: number; royalties: number; overtime: number; remaining: number };
  overtime: Tally;
  participation: YearParticipation;
  /** The board's own texts, per site that wrote them. */
  notes: YearNote[];
  heading: YearReportHeading;
  /** Filled from the access-log summary; null while the year has no access-log figures. */
  visits: YearVisits | null;
}

/** Counts of citizens' questions (Hỏi đáp) of one month of receipt, site and answering unit. */
export interface QuestionCounts {
  received: number;
  /** Answered publicly or privately. */
  answered: number;
  /** Answered after the due day, or still open past it (rejected ones are not counted). */
  overdue: number;
  rejected: number;
  /** Median working days from receipt to answer (the day of receipt not counted); null with no answer. */
  medianWorkingDays: number | null;
}

export interface QuestionReportRow extends QuestionCounts {
  month: string;
  site: string;
  unit: string;
}

/** `GET /reports/questions?year=`: questions by month of receipt, site and unit; the total is over the questions, not the rows. */
export interface QuestionReport {
  year: number;
  sites: string[];
  rows: QuestionReportRow[];
  total: QuestionCounts;
}

export type ComplianceStatus = 'ok' | 'stale' | 'missing';

/** One section of one site in the Nghị định 42 check (@vungtau/publishing's SectionResult). */
export interface ComplianceSectionRow {
  section: string;
  label: string;
  status: ComplianceStatus;
  reason: string;
  count: number;
  lastUpdated: string | null;
}

/** `GET /reports/compliance?site=`: the Nghị định 42 check of each site in scope. */
export interface ComplianceOverview {
  checkedAt: string;
  statusLabels: Record<ComplianceStatus, string>;
  sites: Array<{
    documentId: string;
    name: string;
    kind: string;
    sections: ComplianceSectionRow[];
    summary: Record<ComplianceStatus, number>;
  }>;
}

/** Visits, page views and bot requests counted from the web server's access logs. */
export interface VisitCounts {
  visits: number;
  views: number;
  bots: number;
}

/**
 * `visitSummary(strapi, siteIds, range)` (server/visits/summary.ts), for the monthly and
 * year-end reports: totals, per month and per site, over the complete Vietnam days imported.
 */
export interface VisitSummary {
  total: VisitCounts & {
    /** Days in the range with figures imported (of any site in scope). */
    days: number;
    /** Visits per day over those days, rounded; null when none. */
    averageVisitsPerDay: number | null;
  };
  byMonth: Array<VisitCounts & { month: string; label: string }>;
  bySite: Array<VisitCounts & { siteId: number; name: string }>;
}

/** `GET /reports/visits?site=…&month=…`: the Lượt truy cập tab. */
export interface VisitMonth {
  month: string;
  label: string;
  summary: VisitSummary;
  /** Per site and day, days in order. */
  rows: Array<VisitCounts & { day: string; site: string }>;
  /** Per day, summed over the sites in scope (for the bars). */
  byDay: Array<VisitCounts & { day: string }>;
  /** The month's most viewed pages. */
  topPages: Array<{ site: string; path: string; views: number; visits: number }>;
  /** The sites in scope and their public counter: who may turn it on (the head of the board, operators). */
  counters: Array<{ documentId: string; name: string; enabled: boolean; canToggle: boolean; total: number | null }>;
  /** The last Vietnam day with figures of any site, or null before the first import. */
  lastDay: string | null;
}
