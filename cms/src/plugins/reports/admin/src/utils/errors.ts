import { readApiError, type ApiError } from '../../../../../admin/shared/api-error';

export type ReadError = ApiError;

/** The server's (Vietnamese) refusal and, for input problems, one message per field. */
export const readError = readApiError;
