import { defineConfig } from '@playwright/test';
import base from './playwright.config.ts';

// `npm run screenshots`: pictures of every page at desktop and phone width, to look at (not a test suite).
export default defineConfig({
  ...base,
  testDir: 'tests/screenshots',
  reporter: [['list']],
});
