/**
 * A reference to a related document as Strapi 5 accepts it in write payloads: a documentId,
 * a numeric row id, `{ documentId }`, `{ id }`, or `{ connect | set: [...] }`.
 */
export interface RelationRef {
  id?: number;
  documentId?: string;
}

const toRef = (value: unknown): RelationRef | null => {
  if (typeof value === 'number') return { id: value };
  if (typeof value === 'string' && value !== '') return /^\d+$/.test(value) ? { id: Number(value) } : { documentId: value };
  if (value && typeof value === 'object') {
    const { id, documentId } = value as { id?: unknown; documentId?: unknown };
    if (typeof documentId === 'string') return { documentId };
    if (typeof id === 'number') return { id };
  }
  return null;
};

/**
 * The documents a relation payload points at, or `undefined` when the payload does not set the
 * relation (absent, or only `disconnect`), so callers can fall back to what is stored.
 */
export const relationRefs = (value: unknown): RelationRef[] | undefined => {
  if (value === undefined) return undefined;
  if (value === null) return [];
  if (Array.isArray(value)) return value.map(toRef).filter((ref): ref is RelationRef => ref !== null);
  if (typeof value === 'object') {
    const shape = value as { connect?: unknown; set?: unknown };
    const list = shape.set ?? shape.connect;
    if (Array.isArray(list)) return list.map(toRef).filter((ref): ref is RelationRef => ref !== null);
    if (list === undefined && !('id' in shape) && !('documentId' in shape)) return undefined;
  }
  const single = toRef(value);
  return single ? [single] : [];
};
