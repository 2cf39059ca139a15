/** Jest transpiles only (esbuild; ts-jest for jest.mock hoisting, with tsconfig.jest.json); `npm test` type-checks once with tsc. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  // esbuild transpiles; ts-jest (with this tsconfig) only for files that need jest.mock hoisting.
  transform: {
    "^.+\\.ts$": ["<rootDir>/test/helpers/esbuild-transform.js", { tsconfig: "<rootDir>/tsconfig.jest.json" }],
  },
  globalSetup: "<rootDir>/test/global-setup.ts",
  // A worker keeps what earlier suites left on its heap (every suite loads cdktf and the bindings
  // into its own module registry): measured, a worker grew past 1.2 GB RSS over a run. Restarting a
  // worker whose heap stays above this after a suite keeps `npm test` within its memory budget.
  workerIdleMemoryLimit: "400MB",
  testTimeout: 30000,
  ci: true,
};
