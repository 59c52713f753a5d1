export * from './lifecycle';
export * from './compliance';
