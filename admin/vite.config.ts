import { defineConfig } from 'vite';

/**
 * The console is served by the API at `/` and talks to `/graphql` on the same origin. esbuild's
 * automatic JSX runtime is all React needs here (no Fast Refresh plugin: `vite` in dev just reloads).
 * In dev, `/graphql` is proxied to a running API (EXEMPLAR_API_URL, default http://127.0.0.1:4000).
 */
export default defineConfig({
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // react-admin and MUI make one large chunk; the console is an intranet tool loaded once.
    chunkSizeWarningLimit: 3000,
    rollupOptions: {
      onwarn(warning, warn) {
        // MUI marks its modules "use client" (for React Server Components); meaningless in a bundle.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  server: {
    proxy: { '/graphql': process.env.EXEMPLAR_API_URL ?? 'http://127.0.0.1:4000' },
  },
});
