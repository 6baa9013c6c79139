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
    '/node_modules/meilisearch/.+\\.js$': ['babel-jest', { babelrc: false, configFile: false, plugins: ['@babel/plugin-transform-modules-commonjs'] }],
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
    projects: [
      { ...base, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts', '<rootDir>/src/**/*.test.ts'] },
      { ...base, displayName: 'sqlite', setupFiles: ['<rootDir>/tests/setup/sqlite.js'] },
      ...(postgres ? [{ ...base, displayName: 'postgres', setupFiles: ['<rootDir>/tests/setup/postgres.js'] }] : []),
    ],
  };
};
