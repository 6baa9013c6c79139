import type { Core } from '@strapi/strapi';
import type { FieldProblem } from '../utils/validation-error';

/** A stored document as the document service returns it, read loosely for validation. */
export type StoredDocument = { documentId: string } & Record<string, unknown>;

export interface ContentRules {
  /** Relations and components the rules read; named once, never `*`. */
  populate: Record<string, unknown>;
  /** Checked on every write, drafts included. */
  always?: (doc: StoredDocument, strapi: Core.Strapi) => Promise<FieldProblem[]>;
  /** Checked on the version readers can see: publishing, or any write of a type without drafts. */
  published?: (doc: StoredDocument, strapi: Core.Strapi) => Promise<FieldProblem[]>;
}

export interface Related {
  id: number;
  documentId: string;
  [key: string]: unknown;
}

/** Reads a to-one relation of a stored document. */
export const one = (doc: StoredDocument, key: string): Related | null => (doc[key] as Related | null | undefined) ?? null;

/** Reads a to-many relation of a stored document. */
export const many = (doc: StoredDocument, key: string): Related[] => (doc[key] as Related[] | null | undefined) ?? [];
