// @ts-check
// Jest asks for a package's `require` entry. A package that publishes only an `import` entry (@actions/core 3 and
// the @actions packages it loads) is resolved through that one instead, and transformed like our own sources.
/** @type {(path: string, options: import('jest-resolve').ResolverOptions) => string} */
module.exports = (path, options) => {
  try {
    return options.defaultResolver(path, options);
  } catch {
    return options.defaultResolver(path, { ...options, conditions: ['import', 'node', 'default'] });
  }
};
