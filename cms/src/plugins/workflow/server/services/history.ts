import type { Core } from '@strapi/strapi';
import { displayName, type Actor } from './actor';
import { runAsWorkflow } from './context';
import type { WorkflowItem } from './items';
import type { State } from './rules';

export const TRANSITION_UID = 'plugin::workflow.transition';

export interface TransitionRecord {
  action: string;
  fromState: State;
  toState: State;
  reason?: string | null;
  withdrawReason?: string | null;
  note?: string | null;
  publishAt?: string | null;
}

const SYSTEM_NAME = 'Hệ thống';

/** Appends one line to the item's history; the guard refuses any other write to it. */
export const recordTransition = async (
  strapi: Core.Strapi,
  item: Pick<WorkflowItem, 'uid' | 'documentId' | 'site'>,
  actor: Actor,
  record: TransitionRecord
): Promise<void> => {
  const user = actor.kind === 'admin' ? actor.user : null;
  await runAsWorkflow(() =>
    strapi.documents(TRANSITION_UID).create({
      data: {
        targetUid: item.uid,
        targetDocumentId: item.documentId,
        site: item.site?.id ?? null,
        ...record,
        actor: user?.id ?? null,
        actorName: user ? displayName(user) : SYSTEM_NAME,
      } as never,
    })
  );
};

export interface HistoryEntry {
  id: number;
  action: string;
  fromState: State;
  toState: State;
  reason: string | null;
  withdrawReason: string | null;
  note: string | null;
  publishAt: string | null;
  actorName: string;
  at: string;
}

/** The item's history, oldest first. */
export const historyOf = async (strapi: Core.Strapi, item: Pick<WorkflowItem, 'uid' | 'documentId'>): Promise<HistoryEntry[]> => {
  const rows = (await strapi.db.query(TRANSITION_UID).findMany({
    where: { targetUid: item.uid, targetDocumentId: item.documentId },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  })) as Array<HistoryEntry & { createdAt: string }>;
  return rows.map((row) => ({
    id: row.id,
    action: row.action,
    fromState: row.fromState,
    toState: row.toState,
    reason: row.reason ?? null,
    withdrawReason: row.withdrawReason ?? null,
    note: row.note ?? null,
    publishAt: row.publishAt ?? null,
    actorName: row.actorName,
    at: row.createdAt,
  }));
};
