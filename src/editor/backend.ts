// Where the web editor saves: the forge and repository the build is given in its
// environment (docs/editor.md). Light to import (no schemas), for the build's
// log line and the page's policy even when the editor's files come from the cache.
import type { BackendSettings } from './config.ts';

/** The editor's settings from the environment of the build (the publishing workflow sets them; docs/editor.md). */
export function backendFromEnv(env: Record<string, string | undefined> = process.env): BackendSettings & { configured: boolean } {
  const name = (env['EDITOR_BACKEND'] || 'gitea') as BackendSettings['name'];
  if (!['gitea', 'forgejo', 'github', 'gitlab'].includes(name)) throw new Error(`EDITOR_BACKEND="${name}": chỉ dùng gitea, forgejo, github hoặc gitlab`);
  const repo = env['EDITOR_REPO'] ?? '';
  const baseUrl = env['EDITOR_FORGE_URL'] || (name === 'github' ? undefined : '');
  const appId = env['EDITOR_APP_ID'] ?? '';
  const configured = Boolean(repo && (name === 'github' || (baseUrl && appId)));
  return { name, repo, branch: env['EDITOR_BRANCH'] || 'main', baseUrl, appId, configured };
}

/** The origin the editor talks to besides its own: the forge's. */
export function forgeOrigin(backend: BackendSettings): string | undefined {
  if (backend.name === 'github') return 'https://api.github.com';
  if (!backend.baseUrl) return backend.name === 'gitlab' ? 'https://gitlab.com' : undefined;
  try {
    return new URL(backend.baseUrl).origin;
  } catch {
    return undefined;
  }
}

