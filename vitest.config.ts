import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { shippedQuestionnaire } from './build/shipped-questionnaire-plugin.ts';

// Two projects: the core, CLI and report in Node; React components in jsdom.
export default defineConfig({
  plugins: [react(), shippedQuestionnaire()],
  // The service worker's registration is a virtual module of the PWA plugin, which runs only in builds.
  resolve: {
    alias: {
      'virtual:pwa-register': new URL('./tests/fixtures/pwa-register.ts', import.meta.url).pathname,
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'questionnaire/**/*.test.ts',
            'scoring/**/*.test.ts',
            'templates/**/*.test.{ts,tsx}',
            'cli/**/*.test.ts',
            'tests/unit/**/*.test.ts',
            'bench/**/*.test.ts',
          ],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}'],
          setupFiles: ['src/test-setup.ts'],
        },
      },
    ],
  },
});
