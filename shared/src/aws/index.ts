export * from './credentials';
export * from './clients';
export * from './session';
export * from './errors';
