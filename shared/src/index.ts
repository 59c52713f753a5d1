export * from './text';
export * from './operation-names';
export * from './admin-units';
export * from './organizations';
export * from './errors';
export * from './criteria';
export * from './criteria/labels';
export * from './plans';
