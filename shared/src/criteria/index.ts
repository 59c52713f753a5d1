export * from './vocabulary';
export type * from './facts';
export * from './rule';
export * from './schema';
export * from './evaluate';
export * from './explain';
export * from './seed-criteria';
export * from './facts-builder';
export * from './describe';
