/** What the reports plugin's admin routes answer (server: plugins/reports/server/controllers). */

export type Capability = 'view' | 'adjust' | 'approve' | 'pay';

export interface ReportsMe {
  superAdmin: boolean;
  sites: Array<{ documentId: string; name: string; kind: string; can: Capability[] }>;
  currentMonth: string;
  labels: { forms: Record<string, string>; statuses: Record<string, string> };
}

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

export interface RoyaltyRecord {
  documentId: string;
  articleDocumentId: string;
  articleTitle: string | null;
  contributorName: string | null;
  contributor: { fullName: string } | null;
  unit: { name: string } | null;
  site: { name: string; documentId: string } | null;
  form: string;
  formLabel: string;
  share: number;
  coefficient: number;
  baseCoefficient: number;
  minCoefficient: number;
  maxCoefficient: number;
  unitValue: number;
  amount: number;
  status: 'pending' | 'approved' | 'paid';
  statusLabel: string;
  note: string | null;
  earnedAt: string;
}

export interface SiteBudget {
  site: { documentId: string; name: string };
  year: number;
  spent: number;
  committed: number;
  status: {
    amount: number;
    remaining: number;
    usedPercent: number;
    level: 'ok' | 'warning' | 'exceeded';
    levelLabel: string;
    projectedExhaustion: string | null;
    sample: boolean;
  } | null;
}

export interface RoyaltyMonth {
  month: string;
  label: string;
  records: RoyaltyRecord[];
  byContributor: Tally;
  byUnit: Tally;
  byStatus: Tally;
  total: { count: number; amount: number };
  missing: Array<{ documentId: string; title: string; site: string; postedAt: string }>;
  budgets: SiteBudget[];
  can: { adjust: boolean; approve: boolean; pay: boolean };
}

export interface UnitPeriod {
  period: string;
  label: string;
  current: boolean;
  submitted: number;
  approved: number;
  published: number;
  state: 'met' | 'behind' | 'over' | 'no-quota';
  stateLabel: string;
  missing: number;
}

export interface QuotaDashboard {
  units: Array<{
    unit: { documentId: string; name: string; kindLabel: string; site: string };
    quota: { minItems: number; maxItems: number | null; period: 'month' | 'quarter'; minByForm: Array<{ form: string; minItems: number }> } | null;
    periods: UnitPeriod[];
  }>;
  behind: Array<{ unit: string; site: string; label: string; missing: number; current: boolean }>;
}

export interface MonthlyReport {
  label: string;
  sites: string[];
  articles: { total: number; byCategory: Tally; byForm: Tally; byUnit: Tally; bySite: Tally };
  documents: { total: number; byKind: Tally };
  topContributors: Array<{ name: string; pieces: number; amount: number }>;
  royalties: { byStatus: Tally; byUnit: Tally; total: { count: number; amount: number } };
}

export interface YearReport {
  year: number;
  sites: string[];
  articles: { total: number; byMonth: Tally; byForm: Tally; byCategory: Tally };
  documents: { total: number; byKind: Tally };
  topUnits: Tally;
  royalties: { byMonth: Tally; byStatus: Tally; total: { count: number; amount: number } };
  budgets: SiteBudget[];
  budgetTotal: { amount: number; spent: number; committed: number; remaining: number; sitesWithoutBudget: number };
}
