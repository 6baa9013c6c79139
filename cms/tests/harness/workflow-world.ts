import type { TestCms } from './cms';
import { contentApi, makeSite, unique, type ContentApi } from './fixtures';
import { adminApi, createStaff, type AdminApi, type WorkflowRole } from './workflow';

export type People = Record<'author' | 'editor' | 'approver', AdminApi>;

export type SiteKey = 'A' | 'B' | 'city';
export const ROLES: WorkflowRole[] = ['contributor', 'editor', 'approver', 'site-admin'];

export interface World {
  api: ContentApi;
  sites: Record<SiteKey, { site: string; category: string; name: string }>;
  /** Admin API clients by `<role>@<site>`, plus `other-contributor@A` (same ward, not the author). */
  users: Record<string, AdminApi>;
  userIds: Record<string, number>;
  superAdmin: AdminApi;
}

/**
 * Two wards (A, B) and the city portal, each with one admin user per role, all created through
 * the real admin routes.
 */
export const buildWorld = async (cms: TestCms): Promise<World> => {
  const api = contentApi(cms, await cms.apiToken('full-access'));
  const names = { A: `Phường thử A ${unique()}`, B: `Phường thử B ${unique()}` };
  const A = await makeSite(api, names.A);
  const B = await makeSite(api, names.B);
  const cityName = `Cổng TTĐT thử ${unique()}`;
  const city = await api.post('/api/sites', { name: cityName, kind: 'city' }).expect(201);
  const cityCategory = await api
    .post('/api/categories', { name: 'Tin tức, sự kiện', site: city.body.data.documentId, kind: 'news' })
    .expect(201);
  await api.post('/api/categories', { name: 'Tin phường, xã', site: city.body.data.documentId, kind: 'news' }).expect(201);
  const sites = {
    A: { site: A.site, category: A.category, name: names.A },
    B: { site: B.site, category: B.category, name: names.B },
    city: { site: city.body.data.documentId as string, category: cityCategory.body.data.documentId as string, name: cityName },
  };
  const users: Record<string, AdminApi> = {};
  const userIds: Record<string, number> = {};
  const add = async (key: string, site: SiteKey, role: WorkflowRole) => {
    const person = await createStaff(cms, key, [{ site: sites[site].site, role }]);
    users[key] = adminApi(cms, person.jwt);
    userIds[key] = person.id;
  };
  for (const site of ['A', 'B', 'city'] as SiteKey[]) {
    for (const role of ROLES) await add(`${role}@${site}`, site, role);
  }
  await add('other-contributor@A', 'A', 'contributor');
  return { api, sites, users, userIds, superAdmin: adminApi(cms, await cms.adminJwt()) };
};

/** The people who take an item of a site through the workflow: its contributor, editor and approver. */
export const peopleOf = (world: World, site: SiteKey = 'A'): People => ({
  author: world.users[`contributor@${site}`],
  editor: world.users[`editor@${site}`],
  approver: world.users[`approver@${site}`],
});
