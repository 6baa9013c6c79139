import type { Core } from '@strapi/strapi';
import type { Actor } from './actor';
import { sitesOf, type SiteRef } from './memberships';
import { capacitiesFor, QUESTION_UID, ROLES, STATES, type Capacity, type Role, type State, type WorkflowUid } from './rules';

/** An article, legal document or question as the workflow sees it: its draft version. */
export interface WorkflowItem {
  uid: WorkflowUid;
  id: number;
  documentId: string;
  label: string;
  state: State;
  scheduledAt: string | null;
  site: SiteRef | null;
  createdBy: { id: number } | null;
  /** A question's answering unit (null for other types). */
  unit: { id: number } | null;
  /** A question's handling (`received`, `assigned`…; null for other types). */
  handling: string | null;
}

const isState = (value: unknown): value is State => (STATES as readonly unknown[]).includes(value);

/** Loads the draft version (every document of a draft-and-publish type has one). */
export const loadItem = async (strapi: Core.Strapi, uid: WorkflowUid, documentId: string): Promise<WorkflowItem | null> => {
  const row = (await strapi.db.query(uid).findOne({
    where: { documentId, publishedAt: null },
    populate: {
      site: { select: ['id', 'documentId', 'name', 'kind', 'slug'] },
      createdBy: { select: ['id'] },
      ...(uid === QUESTION_UID ? { unit: { select: ['id'] } } : {}),
    },
  })) as (Record<string, unknown> & { id: number; documentId: string }) | null;
  if (!row) return null;
  return {
    uid,
    id: row.id,
    documentId: row.documentId,
    label: String(row.title ?? row.number ?? row.documentId),
    state: isState(row.workflowState) ? row.workflowState : 'draft',
    scheduledAt: (row.scheduledAt as string | null) ?? null,
    site: (row.site as SiteRef | null) ?? null,
    createdBy: (row.createdBy as { id: number } | null) ?? null,
    unit: uid === QUESTION_UID ? ((row.unit as { id: number } | null) ?? null) : null,
    handling: uid === QUESTION_UID ? ((row.handling as string | null) ?? null) : null,
  };
};

/** The roles an actor holds on one site; a super admin (an operator) holds every role everywhere. */
export const siteRolesOf = async (strapi: Core.Strapi, actor: Actor, siteId: number | undefined): Promise<Set<Role>> => {
  if (actor.kind !== 'admin') return new Set();
  if (actor.superAdmin) return new Set(ROLES);
  if (siteId === undefined) return new Set();
  return new Set((await sitesOf(strapi, actor.user.id)).get(siteId)?.roles ?? []);
};

/** What the actor may act as on this item (see rules.capacitiesFor). */
export const capacitiesOn = async (strapi: Core.Strapi, actor: Actor, item: WorkflowItem): Promise<Set<Capacity>> => {
  if (actor.kind !== 'admin') return new Set();
  const roles = await siteRolesOf(strapi, actor, item.site?.id);
  // An operator (super admin) may also do what an item's author may.
  const isCreator = actor.superAdmin || item.createdBy?.id === actor.user.id;
  const capacities = capacitiesFor(roles, isCreator, item.createdBy !== null);
  // Only while the question is assigned: a rejected or privately answered one is closed.
  if (item.uid === QUESTION_UID && !actor.superAdmin && item.site && item.unit && item.handling === 'assigned' && roles.has('answerer')) {
    const units = (await sitesOf(strapi, actor.user.id)).get(item.site.id)?.answererUnits;
    if (units?.has(item.unit.id)) capacities.add('answerer');
  }
  // A citizen wrote the question, so nobody on staff is its author: the site's editors and
  // approvers act as its authors (as for items made through the API), whoever entered it.
  if (item.uid === QUESTION_UID) {
    if (capacities.has('editor') || capacities.has('approver')) capacities.add('author');
    else capacities.delete('author');
  }
  return capacities;
};

/** Whether the actor may see the item's workflow panel: its author, staff of its site, or (a question) its unit's answerer. */
export const canSee = (capacities: ReadonlySet<Capacity>): boolean =>
  capacities.has('author') || capacities.has('editor') || capacities.has('approver') || capacities.has('answerer');

/**
 * Sets the workflow fields on every version of the document (draft and published rows). In a
 * transaction (the caller's, when there is one), so the API cache's version bump commits with it.
 */
export const setWorkflowFields = async (
  strapi: Core.Strapi,
  item: Pick<WorkflowItem, 'uid' | 'documentId'>,
  data: { workflowState: State; scheduledAt?: string | null }
): Promise<void> => {
  await strapi.db.transaction(() => strapi.db.query(item.uid).updateMany({ where: { documentId: item.documentId }, data }));
};
