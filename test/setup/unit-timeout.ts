// Jest ignores testTimeout inside a project: the limit is set here. Generous, because CI shares 2 cores.
jest.setTimeout(60_000);
