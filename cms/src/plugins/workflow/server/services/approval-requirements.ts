import type { Core } from '@strapi/strapi';
import type { FieldProblem } from '../../../../utils/validation-error';
import { MESSAGES } from '../messages';
import { questionApprovalProblems } from '../questions/on-publish';
import type { WorkflowItem } from './items';
import { QUESTION_UID } from './rules';

interface ArticleSource {
  source?: { kind?: string | null; name?: string | null } | null;
  byline?: string | null;
  authors?: unknown[] | null;
  issuer?: string | null;
}

/**
 * What must be filled in before anything is approved (approveAndPublish in ./transitions asks).
 * The 2023 report found items published with no source, or an author's name only, so readers
 * could not tell quoted text from the board's own.
 */
export const approvalProblems = async (strapi: Core.Strapi, item: WorkflowItem): Promise<FieldProblem[]> => {
  if (item.uid === QUESTION_UID) return questionApprovalProblems(strapi, item);
  if (item.uid === 'api::legal-document.legal-document') {
    const doc = (await strapi.db.query(item.uid).findOne({ where: { id: item.id }, select: ['issuer'] })) as ArticleSource | null;
    return doc?.issuer?.trim() ? [] : [{ path: ['issuer'], message: MESSAGES.issuerRequired }];
  }
  const doc = (await strapi.db.query(item.uid).findOne({
    where: { id: item.id },
    select: ['byline'],
    populate: { source: true, authors: true },
  })) as ArticleSource | null;
  const source = doc?.source;
  if (!source?.kind) return [{ path: ['source'], message: MESSAGES.sourceRequired }];
  if (source.kind === 'quoted' && !source.name?.trim()) return [{ path: ['source', 'name'], message: MESSAGES.quotedNameRequired }];
  if (source.kind === 'own-reporting' && !doc?.byline?.trim() && (doc?.authors ?? []).length === 0) {
    return [{ path: ['byline'], message: MESSAGES.authorRequired }];
  }
  return [];
};
