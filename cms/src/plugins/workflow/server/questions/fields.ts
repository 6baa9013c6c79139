import type { Actor } from '../services/actor';
import { MESSAGES } from '../messages';

/**
 * A question's fields that say where it is in its handling: who answers it, where it came from,
 * its deadline, a private answer, a refusal, and what identifies the asker's submission. The staff
 * actions (actions.ts) and the public route set them, inside the workflow's scope; the guard drops
 * them from any other write, so a save in the content manager cannot reassign a question without
 * its mail, or move its deadline.
 */
export const QUESTION_MANAGED_FIELDS = [
  'site',
  'unit',
  'handling',
  'forwardedFrom',
  'privateAnswer',
  'rejectReason',
  'receivedAt',
  'answeredAt',
  'dueAt',
  'trackingCode',
  'fingerprint',
  'contactErasedAt',
] as const;

/**
 * The asker's contact details and what identifies their submission: need-to-know
 * (docs/security.md). The site's editors and approvers read them; a unit's answerer does not,
 * and no query in the content manager may name them (policies/personal-data-query.ts).
 */
export const QUESTION_PERSONAL_FIELDS = ['email', 'phone', 'trackingCode', 'fingerprint', 'privateAnswer'] as const;

/** What a unit's answerer may write of a question: the answer. */
export const ANSWERER_WRITABLE = ['answer'] as const;

/** The fields a free-text search of questions (`_q`) looks in for staff who are not operators. */
export const QUESTION_SEARCH_FIELDS = ['title', 'question'] as const;

/**
 * Questions come from citizens, through the public form (run in the workflow's scope): in the
 * admin only an operator (super admin) enters one, say a letter received on paper.
 */
export const questionWriteProblem = (actor: Actor): string | null => {
  if (actor.kind === 'system') return null;
  if (actor.kind === 'admin' && actor.superAdmin) return null;
  return actor.kind === 'token' ? MESSAGES.questionsNotByToken : MESSAGES.questionCreatedByCitizens;
};
