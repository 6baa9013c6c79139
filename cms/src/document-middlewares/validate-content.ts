import { contentTypes } from '@strapi/utils';
import { contentRules } from '../validation';
import type { StoredDocument } from '../validation/types';
import { assertNoProblems, type FieldProblem } from '../utils/validation-error';
import type { DocumentMiddlewareFactory } from './types';
import { WRITE_ACTIONS, writeParams } from './types';

const uniqueProblems = (problems: FieldProblem[]): FieldProblem[] => {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path.join('.')}|${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

/**
 * Runs the business rules of src/validation on what a write actually stored, inside the write's
 * own transaction: the Document Service joins an open transaction, so a refused write rolls back
 * whole, whether it came from the admin, the REST API or a script.
 */
const validateContent: DocumentMiddlewareFactory = (strapi) => async (context, next) => {
  const rules = contentRules[context.uid];
  // A clone is a write too: the copy's links (another site's category) are checked like a save's.
  if (!rules || !(WRITE_ACTIONS.has(context.action) || context.action === 'clone')) return next();

  return strapi.db.transaction(async () => {
    const result = await next();
    const params = writeParams(context);
    const documentId = (result as { documentId?: string } | null)?.documentId ?? params.documentId;
    if (!documentId) return result;

    const versions: Array<{ status: 'draft' | 'published'; visible: boolean }> = [];
    if (!contentTypes.hasDraftAndPublish(context.contentType)) {
      versions.push({ status: 'published', visible: true });
    } else {
      if (context.action !== 'publish') versions.push({ status: 'draft', visible: false });
      if (context.action === 'publish' || params.status === 'published') versions.push({ status: 'published', visible: true });
    }

    const problems: FieldProblem[] = [];
    for (const { status, visible } of versions) {
      const doc = (await strapi.documents(context.uid).findOne({
        documentId,
        status,
        populate: rules.populate as never,
      })) as StoredDocument | null;
      if (!doc) continue;
      if (rules.always) problems.push(...(await rules.always(doc, strapi)));
      if (visible && rules.published) problems.push(...(await rules.published(doc, strapi)));
    }
    assertNoProblems(uniqueProblems(problems));
    return result;
  });
};

export default validateContent;
