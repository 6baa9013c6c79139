// @ts-check
// The CMS suite runs on SQLite always and, when a PostgreSQL server answers, once more on it.
const { postgresAdminUrl, isPostgresReachable } = require('./tests/harness/postgres-admin');

// tests/*.test.ts talk to a real CMS and run once per database; tests/unit and src/** do not.
const base = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests', '<rootDir>/src'],
  testMatch: ['<rootDir>/tests/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { diagnostics: false }], // tsc checks types (npm run typecheck); isolatedModules comes from tsconfig
    // The official Meilisearch client ships as ESM only: Node 20.19+ require()s it, Jest's module system cannot.
    '/node_modules/meilisearch/.+\\.js$': [
      'babel-jest',
      { babelrc: false, configFile: false, plugins: ['@babel/plugin-transform-modules-commonjs'] },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!meilisearch/)'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/.tmp/'],
};

module.exports = async () => {
  const postgres = await isPostgresReachable();
  if (!postgres) {
    console.log(`PostgreSQL is not reachable at ${postgresAdminUrl()}: the CMS suite runs on SQLite only.`);
  }
  return {
    globalSetup: '<rootDir>/tests/setup/global-setup.js',
    reporters: ['default', '<rootDir>/tests/setup/summary-reporter.js'],
    testTimeout: 180000,
    // A handle left open (a child process, a socket) must not hold the run until CI's time limit:
    // Jest exits when the tests are done. `npx jest --detectOpenHandles` finds the leak.
    forceExit: true,
    // Test files run in two worker processes (one per core on CI), and a worker that holds more
    // than this after a file is replaced: in one long-lived process every booted Strapi leaves
    // memory behind, and by the last files garbage collection made them 3× slower than alone.
    workerIdleMemoryLimit: '1536MB',
    projects: [
      { ...base, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts', '<rootDir>/src/**/*.test.ts'] },
      {
        ...base,
        displayName: 'sqlite',
        setupFiles: ['<rootDir>/tests/setup/sqlite.js'],
        setupFilesAfterEnv: ['<rootDir>/tests/setup/close-strays.js'],
      },
      ...(postgres
        ? [
            {
              ...base,
              displayName: 'postgres',
              setupFiles: ['<rootDir>/tests/setup/postgres.js'],
              setupFilesAfterEnv: ['<rootDir>/tests/setup/close-strays.js'],
            },
          ]
        : []),
    ],
  };
};
