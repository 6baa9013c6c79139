import type { TestCms } from './cms';
import { unique } from './fixtures';

export const ARTICLE = 'api::article.article';
export const LEGAL = 'api::legal-document.legal-document';
export const MEMBERSHIP = 'plugin::workflow.membership';

export type WorkflowRole = 'contributor' | 'editor' | 'approver' | 'site-admin' | 'board-head' | 'finance' | 'answerer';

export interface Staff {
  id: number;
  email: string;
  jwt: string;
}

const PASSWORD = 'Staff-Passw0rd-2026';

/** Admin API calls as one signed-in user. */
export const adminApi = (cms: TestCms, jwt: string) => {
  const auth = { Authorization: `Bearer ${jwt}` };
  const cm = (uid: string) => `/content-manager/collection-types/${uid}`;
  return {
    get: (url: string) => cms.http().get(url).set(auth),
    post: (url: string, body: unknown = {}) =>
      cms
        .http()
        .post(url)
        .set(auth)
        .send(body as object),
    put: (url: string, body: unknown = {}) =>
      cms
        .http()
        .put(url)
        .set(auth)
        .send(body as object),
    del: (url: string) => cms.http().delete(url).set(auth),
    /** Content manager: create a draft, as the admin's Save button does. */
    create: (uid: string, data: unknown) =>
      cms
        .http()
        .post(cm(uid))
        .set(auth)
        .send(data as object),
    update: (uid: string, documentId: string, data: unknown) =>
      cms
        .http()
        .put(`${cm(uid)}/${documentId}`)
        .set(auth)
        .send(data as object),
    publish: (uid: string, documentId: string) =>
      cms
        .http()
        .post(`${cm(uid)}/${documentId}/actions/publish`)
        .set(auth)
        .send({}),
    unpublish: (uid: string, documentId: string) =>
      cms
        .http()
        .post(`${cm(uid)}/${documentId}/actions/unpublish`)
        .set(auth)
        .send({}),
    remove: (uid: string, documentId: string) =>
      cms
        .http()
        .delete(`${cm(uid)}/${documentId}`)
        .set(auth),
    list: (uid: string, query = '') =>
      cms
        .http()
        .get(`${cm(uid)}?pageSize=100${query}`)
        .set(auth),
    /** The workflow panel's data for one item. */
    item: (uid: string, documentId: string) => cms.http().get(`/workflow/items/${uid}/${documentId}`).set(auth),
    /** Presses a workflow button. */
    act: (uid: string, documentId: string, action: string, input: Record<string, unknown> = {}) =>
      cms.http().post(`/workflow/items/${uid}/${documentId}/actions/${action}`).set(auth).send(input),
  };
};

export type AdminApi = ReturnType<typeof adminApi>;

/**
 * Creates an admin user through the real invite-and-register routes, then gives them their
 * roles as site memberships (as a super admin or a site administrator would), and signs them in.
 */
export const createStaff = async (
  cms: TestCms,
  name: string,
  memberships: Array<{ site: string; role: WorkflowRole; unit?: string }>
): Promise<Staff> => {
  const admin = adminApi(cms, await cms.adminJwt());
  const user = await inviteAdmin(cms, name, 'workflow-contributor');
  for (const membership of memberships) {
    await admin.create(MEMBERSHIP, { user: user.id, ...membership }).expect(201);
  }
  return signIn(cms, user);
};

/** Creates an admin user holding one admin role (by code), through the invite-and-register routes. */
const inviteAdmin = async (cms: TestCms, name: string, roleCode: string): Promise<{ id: number; email: string }> => {
  const admin = adminApi(cms, await cms.adminJwt());
  const roles = (await admin.get('/admin/roles').expect(200)).body.data as Array<{ id: number; code: string }>;
  const role = roles.find((candidate) => candidate.code === roleCode);
  if (!role) throw new Error(`There is no admin role ${roleCode}`);
  const email = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '.')}.${unique()}@portal.test`;
  const invited = await admin.post('/admin/users', { firstname: name, lastname: 'Thử', email, roles: [role.id] }).expect(201);
  const registrationToken = invited.body.data.registrationToken as string;
  await cms
    .http()
    .post('/admin/register')
    .send({ registrationToken, userInfo: { firstname: name, lastname: 'Thử', password: PASSWORD } })
    .expect(200);
  return { id: invited.body.data.id as number, email };
};

const signIn = async (cms: TestCms, user: { id: number; email: string }): Promise<Staff> => {
  const login = await cms.http().post('/admin/login').send({ email: user.email, password: PASSWORD }).expect(200);
  return { ...user, jwt: login.body.data.token as string };
};

/** An admin user with one admin role and no site membership (e.g. the operators' `rebuild-operator`). */
export const createRoleHolder = async (cms: TestCms, name: string, roleCode: string): Promise<Staff> =>
  signIn(cms, await inviteAdmin(cms, name, roleCode));

/** The steps that take a fresh draft to each state, and who takes them (author, editor, approver). */
export const STEPS_TO: Record<string, Array<{ by: 'author' | 'editor' | 'approver'; action: string; input?: Record<string, unknown> }>> = {
  draft: [],
  submitted: [{ by: 'author', action: 'submit' }],
  returned: [
    { by: 'author', action: 'submit' },
    { by: 'editor', action: 'return', input: { reason: 'Thiếu ảnh minh họa.' } },
  ],
  edited: [
    { by: 'author', action: 'submit' },
    { by: 'editor', action: 'forward' },
  ],
  published: [
    { by: 'author', action: 'submit' },
    { by: 'editor', action: 'forward' },
    { by: 'approver', action: 'approve' },
  ],
  scheduled: [
    { by: 'author', action: 'submit' },
    { by: 'editor', action: 'forward' },
    { by: 'approver', action: 'schedule', input: { publishAt: '2099-01-01T01:00:00.000Z' } },
  ],
  withdrawn: [
    { by: 'author', action: 'submit' },
    { by: 'editor', action: 'forward' },
    { by: 'approver', action: 'approve' },
    { by: 'approver', action: 'withdraw', input: { withdrawReason: 'outdated', note: 'Sự kiện đã kết thúc.' } },
  ],
};

/** Takes an item to a state through the workflow routes, failing loudly if a step is refused. */
export const bringTo = async (
  people: Record<'author' | 'editor' | 'approver', AdminApi>,
  uid: string,
  documentId: string,
  state: keyof typeof STEPS_TO
) => {
  let last;
  for (const step of STEPS_TO[state]) {
    last = await people[step.by].act(uid, documentId, step.action, step.input);
    if (last.status !== 200) throw new Error(`${step.action} → ${last.status}: ${JSON.stringify(last.body.error)}`);
  }
  return last;
};

/**
 * Publishes a draft made through the content API the only way there is: through the workflow,
 * here as the super admin (who holds every role). Returns the approval's response.
 */
export const publishThroughWorkflow = async (cms: TestCms, uid: string, documentId: string) => {
  const admin = adminApi(cms, await cms.adminJwt());
  await admin.act(uid, documentId, 'submit').expect(200);
  await admin.act(uid, documentId, 'forward').expect(200);
  return admin.act(uid, documentId, 'approve');
};
