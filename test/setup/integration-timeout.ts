// Jest ignores testTimeout inside a project: the limit of tests that start real servers and clients is set here.
jest.setTimeout(240_000);
