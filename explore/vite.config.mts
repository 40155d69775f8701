import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (relative: string): string => fileURLToPath(new URL(relative, import.meta.url));

// Built once into dist/explore and served by the service at /explore: every asset from this host.
export default defineConfig({
  root: here('.'),
  base: '/explore/',
  logLevel: 'warn',
  build: {
    outDir: here('../dist/explore'),
    emptyOutDir: true,
    // The page is served from node_modules' code only: nothing is inlined as a data: URL but images.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1000,
  },
});
