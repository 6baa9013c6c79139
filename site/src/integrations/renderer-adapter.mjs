// @ts-check
// The Astro adapter of the renderer bundles (src/renderer/server.ts). The renderer
// is not a web server: the bundle's one export is a SiteRenderer that it drives itself.

/** @returns {import('astro').AstroIntegration} */
export default function rendererAdapter() {
  return {
    name: 'renderer-adapter',
    hooks: {
      'astro:config:done': ({ setAdapter }) => {
        setAdapter({
          name: 'renderer-adapter',
          serverEntrypoint: new URL('../renderer/server.ts', import.meta.url).pathname,
          exports: ['renderer'],
          supportedAstroFeatures: { serverOutput: 'stable', staticOutput: 'stable', hybridOutput: 'stable', sharpImageService: 'stable' },
        });
      },
    },
  };
}
