/** The content types that go through the approval workflow (server: services/rules.ts). */
export const WORKFLOW_UIDS = ['api::article.article', 'api::legal-document.legal-document', 'api::question.question'] as const;

export const isWorkflowUid = (uid: string | undefined): boolean => uid !== undefined && (WORKFLOW_UIDS as readonly string[]).includes(uid);

export const ARTICLE_UID = 'api::article.article';
export const QUESTION_UID = 'api::question.question';

/** The portal's editors all work in Vietnam, whatever time zone their browser reports. */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** A path inside the admin router (its basename adds /admin). */
export const editViewPath = (uid: string, documentId: string): string => `/content-manager/collection-types/${uid}/${documentId}`;

/** The action dialog's own inputs; any other field in a refusal is an attribute of the document. */
export const INPUT_FIELDS: readonly string[] = ['reason', 'withdrawReason', 'note', 'publishAt'];
