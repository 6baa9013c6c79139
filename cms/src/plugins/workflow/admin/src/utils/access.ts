import type { WorkflowMe } from '../../../shared/contracts';

/** Roles that open other people's items on a site (server: items.canSee). */
const READERS = ['editor', 'approver'];

/**
 * Whether the user can open an item on another site, to show a link rather than a dead end: a
 * ward's staff get "Forbidden" on the city portal's copy, and the city's on the ward original.
 */
export const mayOpenOnSite = (me: WorkflowMe | null, match: (site: WorkflowMe['sites'][number]) => boolean): boolean =>
  Boolean(me && (me.superAdmin || me.sites.some((site) => match(site) && site.roles.some((role) => READERS.includes(role)))));

export const mayOpenCityCopy = (me: WorkflowMe | null): boolean => mayOpenOnSite(me, (site) => site.kind === 'city');
