export * from './chart-file';
export * from './helmignore';
export * from './package';
export * from './oci-format';
export * from './push';
export * from './publish';
