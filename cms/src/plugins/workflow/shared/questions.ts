/**
 * What the "Hỏi đáp" page and the question routes share (server/questions, admin/src/pages/
 * QuestionsPage.tsx), as `{ data: … }`. Types only.
 */

export type QuestionActionName = 'assign' | 'forward' | 'answer-privately' | 'reject';

export type WaitingListKey = 'to-assign' | 'to-answer' | 'to-edit' | 'to-approve';

/** One question in a "waiting for me" list: nothing about the asker but that they can be mailed (approvers only). */
export interface QuestionEntry {
  documentId: string;
  title: string;
  fieldLabel: string;
  site: { documentId: string; name: string };
  unit: { documentId: string; name: string } | null;
  forwardedFrom: string | null;
  receivedAt: string;
  /** The due day (local yyyy-MM-dd) from the receipt and the site's working-day setting. */
  dueDate: string;
  overdue: boolean;
  handlingLabel: string;
  stateLabel: string;
  /** The staff actions this user may take on it now. */
  actions: QuestionActionName[];
  /** Where "Chuyển trang" sends it (the city portal, or the ward it came from); null when it cannot go anywhere. */
  forwardTo: string | null;
}

export interface WaitingList {
  key: WaitingListKey;
  label: string;
  entries: QuestionEntry[];
}

/** `GET /workflow/questions/waiting`. */
export interface QuestionsWaiting {
  lists: WaitingList[];
  labels: { actions: Record<QuestionActionName, string>; rejectReasons: Record<string, string> };
}

/** `GET /workflow/questions/units?site=`: the units of a site a question may be assigned to. */
export interface UnitOption {
  documentId: string;
  name: string;
}

/** Bodies of `POST /workflow/questions/:documentId/:action`. */
export interface AssignInput {
  unit: string;
  note?: string;
}
export interface ForwardInput {
  note?: string;
}
export interface AnswerPrivatelyInput {
  privateAnswer: string;
}
export interface RejectInput {
  reason: string;
  note?: string;
}
