export * from './plan';
export * from './lifecycle';
export * from './windows';
export * from './sha256';
export * from './schema';
export * from './seed-plans';
export * from './diff';
export * from './milestone-status';
