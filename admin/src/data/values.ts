const isScalar = (value: unknown) => value === null || typeof value !== 'object';

/**
 * A record as read carries relations (`parent: { id, name }`, `parent.id`, `ancestors: [...]`).
 * ra-data-graphql-simple turns an object `parent` into the `parentId` argument, which would undo a
 * parent changed in the form (and fails on null); only plain values are sent back, and lists of
 * plain values (AwardType.subjectKinds).
 */
export function plainValues(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(data).filter(([key, value]) => !key.includes('.') && (isScalar(value) || (Array.isArray(value) && value.every(isScalar)))),
  );
}
