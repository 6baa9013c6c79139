/**
 * The editorial workflow as data: which state an item is in, which role may move it where.
 * Pure, so the whole table is unit-tested without a server; the transitions service applies it.
 */

export const STATES = ['draft', 'submitted', 'edited', 'scheduled', 'published', 'returned', 'withdrawn'] as const;
export type State = (typeof STATES)[number];

/**
 * `board-head` (Trưởng ban biên tập) approves royalties and `finance` (kế toán) pays them; neither
 * works on content, so neither appears in the transition grants below. `answerer` (cán bộ trả lời
 * câu hỏi) is staff of one unit: they write the answers to the questions assigned to that unit
 * (the membership names the unit), and hold the capacity only on those questions (items.ts).
 */
export const ROLES = ['contributor', 'editor', 'approver', 'site-admin', 'board-head', 'finance', 'answerer'] as const;
export type Role = (typeof ROLES)[number];

/** Roles that work on content; a site administrator manages the site, not its articles. */
export const CONTENT_ROLES: readonly Role[] = ['contributor', 'editor', 'approver'];

export const ACTIONS = ['submit', 'forward', 'return', 'approve', 'schedule', 'unschedule', 'withdraw', 'propose'] as const;
export type Action = (typeof ACTIONS)[number];

/** What a withdrawal may give as its reason. */
export const WITHDRAW_REASONS = ['published-in-error', 'outdated', 'replaced'] as const;
export type WithdrawReason = (typeof WITHDRAW_REASONS)[number];

export const QUESTION_UID = 'api::question.question';

export const WORKFLOW_UIDS = ['api::article.article', 'api::legal-document.legal-document', QUESTION_UID] as const;
export type WorkflowUid = (typeof WORKFLOW_UIDS)[number];

export const isWorkflowUid = (uid: string): uid is WorkflowUid => (WORKFLOW_UIDS as readonly string[]).includes(uid);

/**
 * Who may act, as seen from one item: the item's author (its creator, while they still hold a
 * content role on the site) or a role held on the item's site.
 */
export type Capacity = 'author' | Role;

type Grants = Partial<Record<Capacity, readonly State[]>>;

interface TransitionRule {
  grants: Grants;
  /** The state after the action; `null` leaves the item where it is (a proposal copies it). */
  to: State | null;
  needs: { reason?: boolean; withdrawReason?: boolean; note?: boolean; publishAt?: boolean };
  /** Only for articles of a ward or commune site. */
  wardArticlesOnly?: boolean;
}

const DRAFTING: readonly State[] = ['draft', 'returned'];

export const TRANSITIONS: Record<Action, TransitionRule> = {
  submit: { grants: { author: DRAFTING, answerer: DRAFTING }, to: 'submitted', needs: {} },
  forward: { grants: { editor: ['submitted'], approver: ['submitted'] }, to: 'edited', needs: {} },
  return: { grants: { editor: ['submitted'], approver: ['submitted', 'edited'] }, to: 'returned', needs: { reason: true } },
  // From `published` it republishes the corrections an approver or editor made to the draft.
  approve: { grants: { approver: ['edited', 'published'] }, to: 'published', needs: {} },
  schedule: { grants: { approver: ['edited'] }, to: 'scheduled', needs: { publishAt: true } },
  unschedule: { grants: { approver: ['scheduled'] }, to: 'edited', needs: {} },
  withdraw: { grants: { approver: ['published'] }, to: 'withdrawn', needs: { withdrawReason: true, note: true } },
  propose: { grants: { approver: ['edited', 'scheduled', 'published'] }, to: null, needs: {}, wardArticlesOnly: true },
};

/** Who may change an item's content (a save in the admin, a PUT through the API) in each state. */
export const EDIT_GRANTS: Grants = {
  author: DRAFTING,
  // Only the answer (workflow-guard.ts keeps nothing else of an answerer's write).
  answerer: DRAFTING,
  editor: ['submitted', 'edited', 'published'],
  approver: ['submitted', 'edited', 'published'],
};

/** Who may delete an item: never while it is in review or public. */
export const DELETE_GRANTS: Grants = {
  author: DRAFTING,
  approver: ['draft', 'returned', 'withdrawn'],
};

/**
 * Questions are citizens' requests: they leave the lists by a rejection with its reason
 * (questions/actions.ts), and only an approver deletes one (spam an editor cannot reject, a test).
 */
export const QUESTION_DELETE_GRANTS: Grants = {
  approver: ['draft', 'returned', 'withdrawn'],
};

export const deleteGrantsFor = (uid: WorkflowUid): Grants => (uid === QUESTION_UID ? QUESTION_DELETE_GRANTS : DELETE_GRANTS);

/** Whether any of the capacities is granted the state. */
export const granted = (grants: Grants, capacities: ReadonlySet<Capacity>, state: State): boolean =>
  [...capacities].some((capacity) => grants[capacity]?.includes(state) ?? false);

/** The capacities granted the state, in the order a refusal names them ("who can act"). */
export const grantedTo = (grants: Grants, state: State): Capacity[] =>
  (Object.entries(grants) as Array<[Capacity, readonly State[]]>)
    .filter(([, states]) => states.includes(state))
    .map(([capacity]) => capacity);

export interface ItemFacts {
  uid: WorkflowUid;
  state: State;
  siteKind: string | null;
}

/** The actions the capacities allow on the item, in the order buttons show them. */
export const allowedActions = (item: ItemFacts, capacities: ReadonlySet<Capacity>): Action[] =>
  ACTIONS.filter((action) => {
    const rule = TRANSITIONS[action];
    if (rule.wardArticlesOnly && (item.uid !== 'api::article.article' || item.siteKind === 'city')) return false;
    return granted(rule.grants, capacities, item.state);
  });

/**
 * The capacities an actor holds on one item: the roles held on its site, plus `author` when the
 * actor created it and still holds a content role there. Items created through the API have no
 * creator; the site's editors and approvers act as their authors.
 */
export const capacitiesFor = (siteRoles: ReadonlySet<Role>, isCreator: boolean, hasCreator: boolean): Set<Capacity> => {
  const capacities = new Set<Capacity>(siteRoles);
  // Held on the site, an answerer's role is a capacity only on their unit's questions (items.ts adds it back).
  capacities.delete('answerer');
  const hasContentRole = CONTENT_ROLES.some((role) => siteRoles.has(role));
  if (hasContentRole && isCreator) capacities.add('author');
  if (!hasCreator && (siteRoles.has('editor') || siteRoles.has('approver'))) capacities.add('author');
  return capacities;
};
