/**
 * What the workflow plugin's admin routes answer and take (server/routes, server/controllers/
 * workflow.ts), as `{ data: … }`. The server and the editor's workflow panel both import these
 * shapes from here. Types only: the admin bundle and the server compile this file separately.
 */

export type WorkflowState = 'draft' | 'submitted' | 'edited' | 'scheduled' | 'published' | 'returned' | 'withdrawn';

export type ActionName = 'submit' | 'forward' | 'return' | 'approve' | 'schedule' | 'unschedule' | 'withdraw' | 'propose';

export interface ActionNeeds {
  reason?: boolean;
  withdrawReason?: boolean;
  note?: boolean;
  publishAt?: boolean;
}

export interface AvailableAction {
  action: ActionName;
  label: string;
  needs: ActionNeeds;
  /** What the dialog warns of before the action is taken (a unit's monthly cap reached), or null. */
  warning: string | null;
}

export interface SiteSummary {
  documentId: string;
  name: string;
  kind: string;
}

export interface HistoryEntry {
  id: number;
  action: string;
  actionLabel: string;
  fromState: WorkflowState;
  toState: WorkflowState;
  fromLabel: string;
  toLabel: string;
  reason: string | null;
  withdrawReason: string | null;
  withdrawReasonLabel: string | null;
  note: string | null;
  publishAt: string | null;
  actorName: string;
  at: string;
}

/** `GET /items/:uid/:documentId`, and the answer to an action: one item as its panel shows it. */
export interface WorkflowItem {
  uid: string;
  documentId: string;
  label: string;
  state: WorkflowState;
  stateLabel: string;
  scheduledAt: string | null;
  site: SiteSummary | null;
  proposal: {
    from: string | null;
    to: string | null;
    toState: WorkflowState | null;
    creditSite: string | null;
    /** Whether this user may open the ward original / the city copy (others would get a 403). */
    canOpenFrom: boolean;
    canOpenTo: boolean;
  } | null;
  /** Whether this user may change the content in the current state. */
  canEdit: boolean;
  actions: AvailableAction[];
  history: HistoryEntry[];
}

export interface WaitingEntry {
  role: string;
  states: WorkflowState[];
  ownOnly: boolean;
  label: string;
}

/** `GET /me`: the signed-in user's sites and roles, the labels and the "waiting for me" filters. */
export interface WorkflowMe {
  userId: number;
  superAdmin: boolean;
  sites: Array<SiteSummary & { roles: string[] }>;
  waiting: WaitingEntry[];
  labels: {
    states: Record<string, string>;
    roles: Record<string, string>;
    actions: Record<string, string>;
    withdrawReasons: Record<string, string>;
  };
}

/** What an action's dialog sends (`POST /items/:uid/:documentId/actions/:action`). */
export interface ActionInput {
  reason?: string;
  withdrawReason?: string;
  note?: string;
  publishAt?: string;
}

/** Input problems by field name ("reason", "note"…) or document attribute path ("source.name"). */
export type FieldErrors = Record<string, string>;

/** One item on the admin home page's workflow widgets. */
export interface HomeEntry {
  uid: string;
  documentId: string;
  label: string;
  /** "Tin bài", "Văn bản", "Câu hỏi". */
  typeLabel: string;
  site: string;
  stateLabel: string;
  /** When it entered this list: returned, scheduled for, published. */
  at: string | null;
  /** Who returned or published it (returned and published lists). */
  by: string | null;
  /** Why it was returned (returned list). */
  reason: string | null;
}

export interface HomeList {
  items: HomeEntry[];
  /** How many there are in all; `items` holds the first HOME_LIST_SIZE. */
  total: number;
}

/** `GET /home`: the signed-in user's work, for the admin home page's widgets. */
export interface WorkflowHome {
  /** Items in the state the user's role acts on: submitted for editors, edited for approvers. */
  waiting: HomeList;
  /** The user's own items returned to them, with the reason. */
  returned: HomeList;
  /** Scheduled items on the sites the user edits or approves, and the user's own. */
  scheduled: HomeList;
  /** Items the user published, or wrote and saw published, this month (Vietnam time). */
  published: HomeList;
  /** Reports of the 24th due within five days on the sites the user is on the board of (reports plugin). */
  reportReminders: ReportReminder[];
}

/** One site's report day coming up (from five days before until the day itself, Vietnam time). */
export interface ReportReminder {
  site: string;
  siteDocumentId: string;
  /** `YYYY-MM`: the report's month, as the Báo cáo page's monthly tab takes it. */
  month: string;
  /** "tháng 12/2026". */
  monthLabel: string;
  /** `YYYY-MM-DD` and "24/12/2026": the report day. */
  date: string;
  dateLabel: string;
  /** 0 on the day itself. */
  daysLeft: number;
  /** "25/11/2026 – 24/12/2026": what the report covers. */
  periodLabel: string;
  nextMonth: string;
  /** "tháng 1/2027". */
  nextMonthLabel: string;
  /** Whether the site's direction for the month after is written. */
  directionWritten: boolean;
}

/** One month's direction of a site, as the home page's "Định hướng tuyên truyền" shows it (`GET /board/home`). */
export interface BoardDirection {
  documentId: string;
  site: string;
  /** The site above the user's (a ward's city portal), not their own. */
  fromAbove: boolean;
  month: string;
  title: string;
  summary: string | null;
  topics: Array<{ title: string; details: string | null; dueOn: string | null }>;
  events: Array<{ on: string; title: string; details: string | null }>;
}

export type AssignmentStage = 'not-started' | 'writing' | 'submitted' | 'published' | 'cancelled';

/** One assignment (giao bài) on the home page. */
export interface BoardAssignment {
  documentId: string;
  title: string;
  site: string;
  /** The contributor's or unit's name. */
  assignee: string;
  dueOn: string | null;
  stage: AssignmentStage;
  stageLabel: string;
  overdue: boolean;
  /** The article written from it that this user may open, if any. */
  article: { documentId: string; title: string } | null;
}

export interface BoardList {
  items: BoardAssignment[];
  total: number;
}

/** `GET /board/home`: the current directions of the user's sites, what is assigned to them, and their boards' open assignments. */
export interface BoardHome {
  directions: BoardDirection[];
  mine: BoardList;
  board: BoardList;
}

/** `POST /board/assignments/:documentId/article`: the article to open (made now, or the user's earlier one). */
export interface StartedArticle {
  documentId: string;
  created: boolean;
}
