export * from './errors';
export * from './logger';
export * from './inputs';
export * from './summary';
export type { ActionContext } from './context';
export * from './github-context';
export * from './retry';
