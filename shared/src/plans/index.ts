export * from './plan';
export * from './lifecycle';
export * from './windows';
