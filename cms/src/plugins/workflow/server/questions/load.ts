import type { Core } from '@strapi/strapi';
import type { QuestionHandling } from '@vungtau/publishing';
import { QUESTION_UID, STATES, type State } from '../services/rules';

export interface QuestionSite {
  id: number;
  documentId: string;
  name: string;
  kind: string;
  slug: string;
  domain: string | null;
  questionDueWorkingDays: number | null;
  parent: { id: number; documentId: string; name: string; kind: string } | null;
}

/** A question's draft version with what the staff actions and their mail need. */
export interface QuestionRow {
  id: number;
  documentId: string;
  title: string;
  slug: string;
  field: string;
  askerName: string;
  email: string | null;
  handling: QuestionHandling;
  workflowState: State;
  receivedAt: string;
  answeredAt: string | null;
  postedAt: string | null;
  contactErasedAt: string | null;
  site: QuestionSite | null;
  unit: { id: number; documentId: string; name: string } | null;
  forwardedFrom: { id: number; documentId: string; name: string } | null;
}

export const SITE_FIELDS = ['id', 'documentId', 'name', 'kind', 'slug', 'domain', 'questionDueWorkingDays'];

export const loadQuestion = async (strapi: Core.Strapi, documentId: string): Promise<QuestionRow | null> => {
  const row = (await strapi.db.query(QUESTION_UID).findOne({
    where: { documentId, publishedAt: null },
    populate: {
      site: { select: SITE_FIELDS, populate: { parent: { select: ['id', 'documentId', 'name', 'kind'] } } },
      unit: { select: ['id', 'documentId', 'name'] },
      forwardedFrom: { select: ['id', 'documentId', 'name'] },
    },
  })) as QuestionRow | null;
  if (!row) return null;
  return { ...row, workflowState: (STATES as readonly string[]).includes(row.workflowState) ? row.workflowState : 'draft' };
};
