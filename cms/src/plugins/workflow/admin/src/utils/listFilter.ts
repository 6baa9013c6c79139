import type { WaitingEntry } from '../../../shared/contracts';

const FILTER_KEY = /^filters(\[|$)/;

/**
 * The list view's search string with one "waiting for me" filter (or none), keeping every other
 * parameter (search, sort, page size, locale) and going back to the first page.
 */
export const searchWithWaitingFilter = (search: string, entry: WaitingEntry | null, userId: number): string => {
  const params = new URLSearchParams(search);
  for (const key of [...params.keys()]) {
    if (FILTER_KEY.test(key) || key === 'page') params.delete(key);
  }
  if (entry) {
    entry.states.forEach((state, index) => params.append(`filters[$and][0][workflowState][$in][${index}]`, state));
    if (entry.ownOnly) params.append('filters[$and][1][createdBy][id][$eq]', String(userId));
  }
  params.set('page', '1');
  return `?${params.toString()}`;
};

interface ParsedFilters {
  $and?: Array<{ workflowState?: { $in?: unknown }; createdBy?: { id?: { $eq?: unknown } } }>;
}

/** Whether the list is filtered exactly as the entry would filter it. */
export const isWaitingFilterActive = (filters: unknown, entry: WaitingEntry, userId: number): boolean => {
  const and = (filters as ParsedFilters | undefined)?.$and;
  if (!Array.isArray(and)) return false;
  const states = and[0]?.workflowState?.$in;
  const list = Array.isArray(states) ? states.map(String) : [];
  const sameStates = list.length === entry.states.length && entry.states.every((state) => list.includes(state));
  const owner = and[1]?.createdBy?.id?.$eq;
  const sameOwner = entry.ownOnly ? String(owner) === String(userId) : owner === undefined;
  return sameStates && sameOwner && and.length === (entry.ownOnly ? 2 : 1);
};
