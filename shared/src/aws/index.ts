export * from './credentials';
export * from './clients';
export * from './session';
