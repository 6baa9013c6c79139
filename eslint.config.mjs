// @ts-check
// One ESLint config for the whole repository: the frameworks' recommended rules, each area with
// the globals of where its code runs, and Prettier's config last so no rule argues with the format.
// Exceptions to the recommended rules are at the end of each block, each with the reason.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import astro from 'eslint-plugin-astro';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // Build output, generated files and local state (ESLint does not read .gitignore).
  globalIgnores([
    '**/node_modules/',
    '**/.tmp/',
    '**/coverage/',
    'cms/dist/',
    'cms/build/',
    'cms/.strapi/',
    'cms/.cache/',
    'cms/public/uploads/',
    'cms/types/generated/',
    'site/dist/',
    'site/.astro/',
    'site/.bench/',
    'site/.cache/',
    'packages/*/dist/',
  ]),
  {
    // An eslint-disable comment that no longer silences anything fails the run.
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  // Without type information, so the run stays fast; `npm run typecheck` is the type check.
  tseslint.configs.recommended,
  astro.configs['flat/recommended'],
  {
    rules: {
      // A leading underscore marks a name left unused on purpose, as TypeScript's own
      // noUnusedParameters reads it: a Strapi middleware factory's `(_config, _context)`, a field
      // taken out of a rest copy (`const { id: _id, ...rest } = entry`).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },

  // Code that runs in Node: the CMS server, its config and tests, the site's build scripts and
  // tests, the root scripts, the shared packages.
  {
    files: ['**/*.{js,mjs,cjs,ts,mts,cts}'],
    languageOptions: { globals: globals.node },
  },
  // Code that runs in the browser: the Strapi admin panel and the sites' client scripts.
  {
    files: ['cms/src/admin/**', 'cms/src/plugins/*/admin/**', 'cms/src/plugins/*/strapi-admin.js', 'site/src/scripts/**'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['cms/src/admin/**/*.{ts,tsx}', 'cms/src/plugins/*/admin/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      // The admin's data hooks mark themselves loading in the effect that starts their request
      // (useReport, useWorkflowItem): React 18's way to fetch without a data library. The rule is
      // written for the React Compiler, which Strapi's admin build does not run.
      'react-hooks/set-state-in-effect': 'off',
    },
  },
  // Browser checks hand functions to Playwright that run in the page, not in Node.
  {
    files: ['site/tests/site-build/{browser,search,security,editors-media}.mjs', 'site/tests/editors-admin.test.mjs'],
    languageOptions: { globals: globals.browser },
  },
  // The CMS's Jest tests: the harness and the unit tests next to the code they test.
  {
    files: ['cms/tests/**', 'cms/src/**/*.test.ts'],
    languageOptions: { globals: globals.jest },
  },
  // CommonJS: Strapi loads its config, scripts and a local plugin's strapi-server.js with
  // require(), and Jest its config and setup files; the package has no "type": "module".
  {
    files: ['**/*.cjs', 'cms/**/*.js'],
    ignores: ['cms/src/plugins/*/strapi-admin.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: {
      // require() is this module system's import, not a TypeScript-era leftover.
      '@typescript-eslint/no-require-imports': 'off',
      // `const crypto = require('crypto')` declares a module's own binding, not a second global.
      'no-redeclare': ['error', { builtinGlobals: false }],
    },
  },

  prettier
);
