/** The content types the participation plugin reads and writes. */
export const LEGAL_UID = 'api::legal-document.legal-document';
export const COMMENT_UID = 'api::draft-comment.draft-comment';
export const QUESTION_UID = 'api::question.question';
