'use strict';

/** The demo system's shared JavaScript library. */
exports.hello = (name) => `Hello, ${name}!`;
