import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // End-to-end tests start local fake platforms and real clients; give them room on 2 cores.
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
