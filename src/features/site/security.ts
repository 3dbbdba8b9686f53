// The Content-Security-Policy of the site: nothing is loaded from another
// origin, no script runs that is not one of the site's own files, no page can
// be framed. Two copies of it reach a reader, and a browser enforces both:
// - the page's <meta http-equiv> that Astro writes (astro.config.mjs, security.csp),
//   which adds the hashes of each page's inlined stylesheet to style-src;
// - the header nginx sends (deploy/nginx/, written from cspHeader() below), which
//   also covers what a meta cannot (frame-ancestors) and every response that is not
//   a page (the search's worker and its WebAssembly, SVG files opened directly).
// Scripts are files of their own (astro.config.mjs: no script is inlined), so the
// header's script-src needs no 'unsafe-inline'.

import type { AstroUserConfig } from 'astro';

/** A directive as Astro's security.csp.directives takes it ("img-src 'self'"). */
type CspDirective = NonNullable<Exclude<NonNullable<AstroUserConfig['security']>['csp'], boolean | undefined>['directives']>[number];

/** Directives shared by both copies. 'wasm-unsafe-eval': Pagefind compiles its WebAssembly; its worker is a file of the site. */
export const CSP_DIRECTIVES: readonly (readonly [string, ...string[]])[] = [
  ['default-src', "'self'"],
  ['img-src', "'self'"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['manifest-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
];

/** script-src of both copies. */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/** The meta copy: Astro adds script-src and style-src (with the page's hashes) itself. */
export const metaDirectives = (): CspDirective[] => CSP_DIRECTIVES.map(([name, ...values]) => `${name} ${values.join(' ')}` as CspDirective);

/**
 * The header copy for pages and scripts: the inlined stylesheets' hashes differ
 * from page to page, so here style-src allows inline styles; the page's meta,
 * which a browser enforces as well, allows only the hashed ones.
 */
export function cspHeader(): string {
  return [
    ...metaDirectives(),
    `script-src ${SCRIPT_SOURCES.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The header copy for SVG files opened on their own: no script at all. */
export function cspHeaderForSvg(): string {
  return "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'none'";
}

/**
 * The web editor's policy (/admin/: Decap CMS, src/integrations/editor.ts). Decap
 * is a React application that needs what the site never allows:
 * - 'unsafe-eval': it validates its configuration with ajv, which compiles each
 *   schema into a function (new Function); without it the editor stops at
 *   "Error loading the CMS configuration";
 * - inline styles: its components are styled by emotion, which writes <style>
 *   elements at run time;
 * - blob: and data: pictures, and blob: in connect-src: a photo chosen for upload is
 *   shown, and read back for the local draft copy, before it is saved;
 *   'wasm-unsafe-eval' and blob: workers: photos are re-encoded in the browser
 *   (their camera data and GPS position left out) by WebAssembly encoders.
 * Everything is still loaded from the site's own origin (no CDN): only the forge
 * (`forge`, the Forgejo/Gitea server the editor commits through) is added to
 * connect-src. The page itself sends this policy in a <meta> with the forge's exact
 * origin; nginx's header for /admin/ (cspHeaderForEditor) cannot know that origin
 * and allows any https: address there, the meta narrowing it (both are enforced).
 */
export function editorDirectives(forge?: string): [string, ...string[]][] {
  return [
    ['default-src', "'self'"],
    ['script-src', "'self'", "'unsafe-eval'", "'wasm-unsafe-eval'"],
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'", 'blob:', 'data:'],
    ['font-src', "'self'", 'data:'],
    ['connect-src', "'self'", 'blob:', ...(forge ? [forge] : [])],
    ['worker-src', "'self'", 'blob:'],
    ['frame-src', "'self'", 'blob:'],
    ['manifest-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
  ];
}

/** The editor page's own <meta> policy, with the forge's origin. */
export function editorCspMeta(forge?: string): string {
  return editorDirectives(forge).map(([name, ...values]) => `${name} ${values.join(' ')}`).join('; ');
}

/** nginx's header for /admin/: any https: forge (the meta names the one), and no framing. */
export function cspHeaderForEditor(): string {
  return [...editorDirectives().map(([name, ...values]) => `${name} ${[...values, ...(name === 'connect-src' ? ['https:'] : [])].join(' ')}`), "frame-ancestors 'none'"].join('; ');
}
