import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { graphDataPlugin } from './src/app/vite-graph-data-plugin.js';

const projectRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: 'src/app',
  publicDir: '../../public',
  base: './',
  plugins: [graphDataPlugin({ projectRoot })],
  build: { outDir: '../../dist', emptyOutDir: true },
  worker: { format: 'es' },
  test: {
    root: '.',
    include: ['tests/**/*.test.ts'],
    testTimeout: 20_000,
  },
});
