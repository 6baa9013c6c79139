import { MEDIA_UID, PUBLIC_COMPONENTS, PUBLIC_TYPES, SYSTEM_FIELDS, UNFILTERABLE_TYPES, type DeclaredShape } from './shapes';

/** The parts of a Strapi attribute this reads. */
export interface Attribute {
  type: string;
  relation?: string;
  private?: boolean;
  target?: string;
  component?: string;
}

/** A content type's or component's attributes by uid (`strapi.contentTypes` / `strapi.components`). */
export type Schemas = (uid: string) => Record<string, Attribute> | undefined;

/** What the public may ask of one type, component or the media library. */
export interface PublicShape {
  uid: string;
  /** May be listed in `fields`. */
  selectable: ReadonlySet<string>;
  /** May be filtered and sorted on: attribute → its type, which decides the values a filter takes. */
  filterable: ReadonlyMap<string, string>;
  /** Attribute → the uid whose shape applies below it. */
  populate: ReadonlyMap<string, string>;
  /** Relation → the public type a filter reaches through it, and whether a row may have many. */
  filterThrough: ReadonlyMap<string, { target: string; toMany: boolean }>;
}

export type PublicModel = ReadonlyMap<string, PublicShape>;

const SYSTEM_TYPES: Record<string, string> = {
  id: 'integer',
  documentId: 'string',
  createdAt: 'datetime',
  updatedAt: 'datetime',
  publishedAt: 'datetime',
};
const LEADS_ELSEWHERE = new Set(['relation', 'component', 'dynamiczone', 'media']);
const PUBLIC_UIDS = new Set<string>(Object.keys(PUBLIC_TYPES));

/** Why a declaration cannot stand: it would make something non-public reachable. */
export class UnsafeDeclarationError extends Error {}

const targetOf = (uid: string, name: string, attribute: Attribute | undefined): string => {
  const where = `${uid}.${name}`;
  if (!attribute) throw new UnsafeDeclarationError(`${where} is declared public but the schema has no such attribute`);
  if (attribute.private) throw new UnsafeDeclarationError(`${where} is private in the schema`);
  if (attribute.type === 'media') return MEDIA_UID;
  if (attribute.type === 'component' && attribute.component && attribute.component in PUBLIC_COMPONENTS) return attribute.component;
  if (attribute.type === 'relation' && attribute.target && PUBLIC_UIDS.has(attribute.target)) return attribute.target;
  throw new UnsafeDeclarationError(`${where} leads to ${attribute.target ?? attribute.component ?? attribute.type}, which is not public`);
};

const compile = (schemas: Schemas, uid: string, declared: DeclaredShape): PublicShape => {
  const attributes = schemas(uid);
  if (!attributes) throw new UnsafeDeclarationError(`${uid} is declared public but is not a known model`);
  const scalars = Object.entries(attributes).filter(([, a]) => !a.private && !LEADS_ELSEWHERE.has(a.type));
  const system = SYSTEM_FIELDS.filter((name) => name === 'id' || name === 'documentId' || name in attributes);
  const isComponent = uid in PUBLIC_COMPONENTS;
  // A component row's id means nothing to a reader, and components have no documentId.
  const own = isComponent ? [] : system;
  const selectable = new Set<string>([...own, ...scalars.map(([name]) => name)]);
  const filterable = new Map<string, string>([
    ...own.map((name): [string, string] => [name, SYSTEM_TYPES[name]]),
    ...scalars.filter(([, a]) => !UNFILTERABLE_TYPES.has(a.type)).map(([name, a]): [string, string] => [name, a.type]),
  ]);
  const populate = new Map(declared.populate.map((name) => [name, targetOf(uid, name, attributes[name])]));
  const filterThrough = new Map(
    declared.filterThrough.map((name) => {
      const target = targetOf(uid, name, attributes[name]);
      if (!PUBLIC_UIDS.has(target)) throw new UnsafeDeclarationError(`${uid}.${name}: filters follow relations to public types only`);
      return [name, { target, toMany: !/ToOne$/.test(attributes[name].relation ?? '') }];
    })
  );
  return { uid, selectable, filterable, populate, filterThrough };
};

/**
 * The public model, checked against the schemas: a declared attribute that is private or that
 * leads to a non-public type (contributors, admin users, royalty records) stops the CMS at start.
 */
export const publicModel = (schemas: Schemas): PublicModel => {
  const model = new Map<string, PublicShape>();
  for (const [uid, declared] of Object.entries({ ...PUBLIC_TYPES, ...PUBLIC_COMPONENTS })) model.set(uid, compile(schemas, uid, declared));
  model.set(MEDIA_UID, compile(schemas, MEDIA_UID, { populate: [], filterThrough: [] }));
  return model;
};
