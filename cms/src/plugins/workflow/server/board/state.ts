/**
 * The board's month as data: which direction is current, where an assignment stands. Pure, so the
 * edges (Vietnam's local midnight, the first of a month) are unit-tested without a server.
 */

/** Vietnam keeps UTC+7 all year (no daylight saving). */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** Today's date in Vietnam, `YYYY-MM-DD`. */
export const vietnamDate = (now: Date): string => new Date(now.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);

/** This month in Vietnam, `YYYY-MM`. */
export const vietnamMonth = (now: Date): string => vietnamDate(now).slice(0, 7);

/** A `YYYY-MM-DD` date moved by whole days. */
export const addDaysTo = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The month before a `YYYY-MM` month. */
export const previousMonth = (month: string): string => {
  const [year, m] = month.split('-').map(Number);
  return m === 1 ? `${year - 1}-12` : `${year}-${String(m - 1).padStart(2, '0')}`;
};

/**
 * A site's direction holds "until the next one": the latest whose month is not after this month.
 * A direction written ahead for next month does not replace this month's before its month begins.
 */
export const currentDirection = <T extends { month: string }>(rows: readonly T[], now: Date): T | null => {
  const month = vietnamMonth(now);
  return rows.filter((row) => row.month <= month).reduce<T | null>((best, row) => (!best || row.month > best.month ? row : best), null);
};

export const ASSIGNMENT_STAGES = ['not-started', 'writing', 'submitted', 'published', 'cancelled'] as const;
export type AssignmentStage = (typeof ASSIGNMENT_STAGES)[number];

export const STAGE_LABELS: Record<AssignmentStage, string> = {
  'not-started': 'Chưa nhận viết',
  writing: 'Đang viết',
  submitted: 'Đã gửi',
  published: 'Đã đăng',
  cancelled: 'Đã hủy',
};

export const OVERDUE_LABEL = 'Quá hạn';

/** Where each workflow state of an article written from an assignment puts the assignment. */
const STAGE_OF_ARTICLE: Record<string, AssignmentStage> = {
  draft: 'writing',
  returned: 'writing',
  // Taken down again: the piece exists but no longer answers the assignment in public.
  withdrawn: 'writing',
  submitted: 'submitted',
  edited: 'submitted',
  // Approved, waiting for its time: not yet before readers.
  scheduled: 'submitted',
  published: 'published',
};

const RANK: Record<AssignmentStage, number> = { 'not-started': 0, writing: 1, submitted: 2, published: 3, cancelled: 4 };

export interface AssignmentFacts {
  cancelled: boolean;
  /** `YYYY-MM-DD`, the last day to hand in (Vietnam). */
  dueOn: string | null;
  /** The workflow states of the articles linked to it. */
  articleStates: readonly string[];
}

export interface AssignmentStatus {
  stage: AssignmentStage;
  /** The due day has passed in Vietnam and nothing of it is published (and it is not cancelled). */
  overdue: boolean;
}

/** The furthest any of its articles got, cancelled above all; overdue once its due day is over. */
export const assignmentStatus = (facts: AssignmentFacts, now: Date): AssignmentStatus => {
  const stage: AssignmentStage = facts.cancelled
    ? 'cancelled'
    : facts.articleStates.reduce<AssignmentStage>((best, state) => {
        const next = STAGE_OF_ARTICLE[state] ?? 'writing';
        return RANK[next] > RANK[best] ? next : best;
      }, 'not-started');
  const open = stage !== 'published' && stage !== 'cancelled';
  return { stage, overdue: open && facts.dueOn !== null && facts.dueOn < vietnamDate(now) };
};
