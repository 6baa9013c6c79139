// Which models a public list or entry response is made of, read from the request's own query: the
// content type itself, every relation target it populates, filters or sorts on, and the media
// library when it populates a file. A write to any other model cannot change the response, so it
// need not empty the cache (publishing an article keeps the legal-document pages cached).

/** The parts of a Strapi schema attribute this reads. */
export interface AttributeShape {
  type: string;
  target?: string;
  component?: string;
  components?: string[];
}

/** Looks up a content type's or component's attributes by uid; undefined when the uid is unknown. */
export type SchemaLookup = (uid: string) => Record<string, AttributeShape> | undefined;

/** Upload files and the public role's permissions: every response depends on the latter. */
export const MEDIA_UID = 'plugin::upload.file';
export const PERMISSION_UIDS = ['plugin::users-permissions.permission', 'plugin::users-permissions.role'];

/**
 * Models a type's controller adds to every response whatever the query asks: a draft for public
 * comment carries its published comments (api/legal-document/controllers/legal-document.ts).
 */
export const ATTACHED_MODELS: Record<string, readonly string[]> = {
  'api::legal-document.legal-document': ['api::draft-comment.draft-comment'],
};

/** Thrown when a query names something the schema does not know: the caller then skips the cache. */
export class UnknownShapeError extends Error {}

const OPERATOR = /^\$/;
/** Every entry's own keys, which Strapi does not list among a schema's attributes. */
const BUILT_IN = new Set(['id', 'documentId']);

type Walker = { lookup: SchemaLookup; models: Set<string> };

const attributesOf = (w: Walker, uid: string): Record<string, AttributeShape> => {
  const attributes = w.lookup(uid);
  if (!attributes) throw new UnknownShapeError(`unknown model ${uid}`);
  return attributes;
};

/** Follows one attribute one step: the model it leads to (a relation's target, a component), if any. */
const step = (w: Walker, attribute: AttributeShape): string[] => {
  switch (attribute.type) {
    case 'relation':
      if (!attribute.target) throw new UnknownShapeError('polymorphic relation');
      w.models.add(attribute.target);
      return [attribute.target];
    case 'media':
      w.models.add(MEDIA_UID);
      return [MEDIA_UID];
    case 'component':
      return attribute.component ? [attribute.component] : [];
    case 'dynamiczone':
      return attribute.components ?? [];
    default:
      return [];
  }
};

const walkPopulate = (w: Walker, uid: string, populate: unknown): void => {
  if (populate === undefined || populate === null || populate === false || populate === 'false') return;
  const attributes = attributesOf(w, uid);
  if (populate === '*' || populate === true || populate === 'true') {
    for (const attribute of Object.values(attributes)) step(w, attribute);
    return;
  }
  if (typeof populate === 'string') {
    for (const path of populate.split(',')) walkPath(w, uid, path.trim().split('.'));
    return;
  }
  if (Array.isArray(populate)) {
    for (const item of populate) walkPopulate(w, uid, item);
    return;
  }
  if (typeof populate !== 'object') throw new UnknownShapeError('populate');
  for (const [key, value] of Object.entries(populate as Record<string, unknown>)) {
    const attribute = attributes[key];
    if (!attribute) throw new UnknownShapeError(`populate.${key}`);
    for (const next of step(w, attribute)) walkNested(w, next, value);
  }
};

/** The options under one populated attribute: its own populate, filters and sort. */
const walkNested = (w: Walker, uid: string, value: unknown): void => {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return;
  const { populate, filters, sort, on } = value as Record<string, unknown>;
  if (on && typeof on === 'object') {
    // A dynamic zone's populate per component: { on: { 'group.name': { populate } } }.
    for (const [component, nested] of Object.entries(on as Record<string, unknown>)) walkNested(w, component, nested);
  }
  walkPopulate(w, uid, populate);
  walkFilters(w, uid, filters);
  walkSort(w, uid, sort);
};

const walkPath = (w: Walker, uid: string, path: string[]): void => {
  const [head, ...rest] = path;
  if (!head) return;
  if (head === '*') {
    walkPopulate(w, uid, '*');
    return;
  }
  if (BUILT_IN.has(head)) return;
  const attribute = attributesOf(w, uid)[head];
  if (!attribute) throw new UnknownShapeError(head);
  for (const next of step(w, attribute)) walkPath(w, next, rest);
};

const walkFilters = (w: Walker, uid: string, filters: unknown): void => {
  if (filters === undefined || filters === null) return;
  if (Array.isArray(filters)) {
    for (const item of filters) walkFilters(w, uid, item);
    return;
  }
  if (typeof filters !== 'object') return;
  const attributes = attributesOf(w, uid);
  for (const [key, value] of Object.entries(filters as Record<string, unknown>)) {
    if (OPERATOR.test(key)) {
      // $and / $or / $not hold filters on the same model; comparison operators hold values.
      if (key === '$and' || key === '$or' || key === '$not') walkFilters(w, uid, value);
      continue;
    }
    if (BUILT_IN.has(key)) continue;
    const attribute = attributes[key];
    if (!attribute) throw new UnknownShapeError(`filters.${key}`);
    for (const next of step(w, attribute)) walkFilters(w, next, value);
  }
};

const walkSort = (w: Walker, uid: string, sort: unknown): void => {
  if (sort === undefined || sort === null) return;
  if (Array.isArray(sort)) {
    for (const item of sort) walkSort(w, uid, item);
    return;
  }
  if (typeof sort === 'string') {
    for (const part of sort.split(',')) walkPath(w, uid, part.split(':')[0].trim().split('.').slice(0, -1));
    return;
  }
  if (typeof sort !== 'object') return;
  const attributes = attributesOf(w, uid);
  for (const [key, value] of Object.entries(sort as Record<string, unknown>)) {
    if (BUILT_IN.has(key)) continue;
    const attribute = attributes[key];
    if (!attribute) throw new UnknownShapeError(`sort.${key}`);
    if (value && typeof value === 'object') for (const next of step(w, attribute)) walkSort(w, next, value);
  }
};

/**
 * The models a response of `uid` for this parsed query reads, sorted; throws UnknownShapeError
 * when the query names an attribute the schema lacks (Strapi answers 400 to such requests anyway).
 */
export const responseModels = (lookup: SchemaLookup, uid: string, query: Record<string, unknown>): string[] => {
  const w: Walker = { lookup, models: new Set([uid, ...PERMISSION_UIDS, ...(ATTACHED_MODELS[uid] ?? [])]) };
  walkPopulate(w, uid, query.populate);
  walkFilters(w, uid, query.filters);
  walkSort(w, uid, query.sort);
  return [...w.models].sort();
};
