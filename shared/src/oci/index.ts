export * from './types';
export * from './digest';
export * from './reference';
export * from './auth';
export * from './errors';
export * from './registry';
export * from './session';
