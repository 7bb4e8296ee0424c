/**
 * zod's settings, for classic zod and zod/mini alike: both keep them in one global object (zod/v4/core's
 * `globalConfig`). Import this module before building any schema: a classic object schema decides at
 * construction whether it may compile its parser.
 */
import * as z from 'zod/mini';

z.config({
  // Without its JIT: zod would compile parsers with `new Function`, and even its probe for that breaks the
  // app's Content-Security-Policy (no eval).
  jitless: true,
  // English messages ("Too big: expected string to have <=200 characters"). Classic zod sets them on its
  // first schema; zod/mini never does, and would say only "Invalid input".
  ...z.locales.en(),
});
