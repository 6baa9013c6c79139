import * as React from 'react';
import type { WorkflowItem } from '../../../shared/contracts';

/**
 * The last known workflow state of each open item, so the edit view's other panels (the returned
 * item's reason at the top) follow what the workflow panel loads and its actions answer, with no
 * second request and no stale copy.
 */
const items = new Map<string, WorkflowItem>();
const listeners = new Set<() => void>();

const keyOf = (uid: string, documentId: string) => `${uid}/${documentId}`;

export const publishItem = (item: WorkflowItem): void => {
  items.set(keyOf(item.uid, item.documentId), item);
  listeners.forEach((listener) => listener());
};

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};

/** The item as the workflow panel last saw it, or null before it has loaded. */
export const useStoredItem = (uid: string, documentId: string | undefined): WorkflowItem | null =>
  React.useSyncExternalStore(subscribe, () => (documentId ? (items.get(keyOf(uid, documentId)) ?? null) : null));
