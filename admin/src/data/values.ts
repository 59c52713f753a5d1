const isScalar = (value: unknown) => value === null || typeof value !== 'object';

/**
 * A record as read carries relations (`parent: { id, name }`, `parent.id`, `ancestors: [...]`).
 * ra-data-graphql-simple turns an object `parent` into the `parentId` argument, which would undo a
 * parent changed in the form (and fails on null); only plain values are sent back, and lists of
 * plain values (AwardType.subjectKinds).
 */
export function plainValues(data: Record<string, unknown>, jsonFields: readonly string[] = []): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(data).filter(
      ([key, value]) => jsonFields.includes(key) || (!key.includes('.') && (isScalar(value) || (Array.isArray(value) && value.every(isScalar)))),
    ),
  );
}

/** Arguments of type JSON, sent whole (a criteria set's definition is one object). */
export const JSON_FIELDS: Record<string, readonly string[]> = {
  CriteriaSet: ['definition'],
  Nomination: ['summary', 'attachments'],
};
