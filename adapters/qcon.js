#!/usr/bin/env node
// The `qcon` command: runs the TypeScript entry point, so no build step is needed. From its
// bundle when a current one exists (see src/thread-bundle.ts): loading ~400 modules through
// tsx's hooks took about a second of every command. Otherwise through tsx, and the bundles are
// made meanwhile, in esbuild's own process, for the next command.
import { pathToFileURL } from 'node:url';
import { BUNDLES, bundlesOn, currentBundle } from '../src/current-bundle.js';

const bundle = currentBundle(BUNDLES, 'adapters/main.ts');
if (bundle) {
  await import(pathToFileURL(bundle).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  if (bundlesOn())
    void import('../src/thread-bundle.ts').then(
      ({ makeBundles }) => makeBundles(),
      () => {}, // only the speed-up is lost
    );
  await import('./main.ts');
}
