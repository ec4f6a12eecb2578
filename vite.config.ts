import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: 'src/app',
  publicDir: '../../public',
  base: './',
  build: { outDir: '../../dist', emptyOutDir: true },
  test: {
    root: '.',
    include: ['tests/**/*.test.ts'],
    testTimeout: 20_000,
  },
});
