/** The shapes the server half answers with (server/controllers/workflow.ts). */

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

/** What an action's dialog sends. */
export interface ActionInput {
  reason?: string;
  withdrawReason?: string;
  note?: string;
  publishAt?: string;
}

/** Input problems by field name ("reason", "note"…) or document attribute path ("source.name"). */
export type FieldErrors = Record<string, string>;
