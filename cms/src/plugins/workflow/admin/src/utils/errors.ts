import { readApiError, type ApiError } from '../../../../../admin/shared/api-error';

export type ActionError = ApiError;

/** The server's refusal of a workflow action: its (Vietnamese) message and, for input problems, one message per field. */
export const readActionError = readApiError;
