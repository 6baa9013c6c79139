// The style the code was written in, measured before Prettier came: single quotes, semicolons,
// trailing commas where ES5 allows them, and lines up to 140 characters (the width most of the
// code already kept; the fewest lines change).
// Strapi's type generator (cms/scripts/generate-types.js) formats cms/types/generated with this
// file too, so a change here means `npm run types --workspace cms` and a commit of its output.
/** @type {import('prettier').Config} */
export default {
  singleQuote: true,
  trailingComma: 'es5',
  printWidth: 140,
  overrides: [
    // YAML keeps the double quotes docker-compose.yml is written with.
    { files: ['*.yml', '*.yaml'], options: { singleQuote: false } },
  ],
};
