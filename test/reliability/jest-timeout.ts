// Jest reads testTimeout from the root config only, not from a project: the suite's own limit is set here.
jest.setTimeout(300_000);
