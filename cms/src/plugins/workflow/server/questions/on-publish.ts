import type { Core } from '@strapi/strapi';
import type { FieldProblem } from '../../../../utils/validation-error';
import { MESSAGES } from '../messages';
import { TRANSITIONED, type TransitionEvent } from '../services/hooks';
import type { WorkflowItem } from '../services/items';
import { QUESTION_UID } from '../services/rules';
import { loadQuestion } from './load';
import { mailAnswerPublished } from './mail';

/** Whether a blocks value holds any text (an empty paragraph is no answer). */
export const hasText = (value: unknown): boolean => {
  if (Array.isArray(value)) return value.some(hasText);
  if (!value || typeof value !== 'object') return false;
  const node = value as { text?: unknown; children?: unknown };
  return (typeof node.text === 'string' && node.text.trim() !== '') || hasText(node.children);
};

/** What a question needs before its answer is approved: an answer, and not to be closed already. */
export const questionApprovalProblems = async (strapi: Core.Strapi, item: WorkflowItem): Promise<FieldProblem[]> => {
  const row = (await strapi.db.query(QUESTION_UID).findOne({ where: { id: item.id }, select: ['answer', 'handling'] })) as {
    answer?: unknown;
    handling?: string;
  } | null;
  if (row?.handling === 'rejected' || row?.handling === 'answered-privately')
    return [{ path: ['handling'], message: MESSAGES.questionClosed }];
  return hasText(row?.answer) ? [] : [{ path: ['answer'], message: MESSAGES.answerRequired }];
};

/**
 * Written on the draft just before it is published, so the public version carries them: the
 * answer's date the first time it is answered, and the handling the tracking page shows.
 */
export const questionPublishStamps = async (
  strapi: Core.Strapi,
  item: Pick<WorkflowItem, 'uid' | 'id'>,
  now: Date
): Promise<Record<string, unknown>> => {
  if (item.uid !== QUESTION_UID) return {};
  const row = (await strapi.db.query(QUESTION_UID).findOne({ where: { id: item.id }, select: ['answeredAt'] })) as {
    answeredAt?: string | null;
  } | null;
  return { handling: 'answered', ...(row?.answeredAt ? {} : { answeredAt: now.toISOString() }) };
};

/** The asker hears once, when the answer first becomes public (not on a republished correction). */
const onTransition =
  (strapi: Core.Strapi) =>
  async (event: TransitionEvent): Promise<void> => {
    if (event.item.uid !== QUESTION_UID || event.toState !== 'published' || event.fromState === 'published') return;
    const question = await loadQuestion(strapi, event.item.documentId);
    if (question?.site) await mailAnswerPublished(strapi, question, question.site);
  };

export const listenForAnswers = (strapi: Core.Strapi): void => {
  strapi.hook(TRANSITIONED).register(onTransition(strapi));
};
