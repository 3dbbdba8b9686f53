// The moment Vite has written the build's bundle. From then until the pages are
// written, the build's own process renders pages on one core and the other is
// mostly free; before it, Vite's threads use both. The after-build steps' processes
// (which wait for the pages) start then, not at astro:build:start, where loading
// them took CPU time from Vite.
import type { Plugin } from 'vite';

let bundled!: () => void;
const signal = new Promise<void>((resolve) => (bundled = resolve));

/** The Vite plugin that tells (astro.config.mjs lists it): its writeBundle hook runs once the bundle is on disk. */
export function bundledSignal(): Plugin {
  return { name: 'kc:bundled', apply: 'build', writeBundle: () => bundled() };
}

/**
 * `start`, run once: when the bundle is written, or when `get` is first called if that
 * comes first (a build whose bundle never signals, such as an integration's hooks
 * called by a test, starts it when it needs it).
 */
export function onceBundled<T>(start: () => T): () => T {
  let started: { value: T } | undefined;
  const get = () => (started ??= { value: start() }).value;
  void signal.then(get);
  return get;
}
