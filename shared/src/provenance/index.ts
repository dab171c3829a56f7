export * from './statement';
export * from './attest';
export * from './verify';
