export * from './plan';
export * from './lifecycle';
