// The nginx configuration's parts that are written from the site's code, so
// that they cannot drift from it: the Content-Security-Policy (src/features/site/security.ts)
// and the caching rules. `npm run nginx-config` writes deploy/nginx/snippets/khuyen-cong-maps.conf;
// a unit test checks that the committed file is what it would write.
import { cspHeader, cspHeaderForEditor, cspHeaderForSvg } from '../../src/features/site/security.ts';

/** Cache-Control by address: hashed files for a year, everything else revalidated (ETag, Last-Modified). */
export const CACHE_RULES: readonly (readonly [pattern: string, value: string, why: string])[] = [
  ['~^/_astro/', 'public, max-age=31536000, immutable', "Astro's files: the name changes when the content does"],
  ['~^/pagefind/.+\\.pf_(meta|index|fragment|filter)$', 'public, max-age=31536000, immutable', "Pagefind's index files: named by a hash of their content"],
  ['default', 'no-cache', 'pages, feeds, open data, share images, and Pagefind\'s fixed-name files (pagefind.js, pagefind-entry.json, the WebAssembly): kept, but checked each time'],
];

const quote = (s: string) => `"${s.replace(/["\\]/g, '\\$&')}"`;

export function mapsConf(): string {
  const cache = CACHE_RULES.map(([pattern, value, why]) => `    # ${why}\n    ${pattern} ${quote(value)};`).join('\n');
  return `# Written by \`npm run nginx-config\` from src/features/site/security.ts and
# scripts/lib/nginx-config.ts: do not edit by hand. Include it at http level
# (a file in /etc/nginx/sites-enabled/ is), before khuyen-cong-site.conf.

map $uri $kc_cache_control {
${cache}
}

# The Content-Security-Policy: pages and scripts get the site's policy; an SVG
# opened on its own gets one that allows no script at all. The web editor
# (/admin/, Decap CMS) gets its own: it needs 'unsafe-eval' (its configuration is
# checked by code compiled at run time), inline styles, blob: pictures and the
# forge's address (any https: here; the editor's page narrows it to the one forge
# in its <meta>). Chosen by address in this map rather than in a location of its
# own: an add_header inside a location would drop every other security header there.
map "$uri $sent_http_content_type" $kc_csp {
    ~^/admin/ ${quote(cspHeaderForEditor())};
    "~^\\S* image/svg\\+xml" ${quote(cspHeaderForSvg())};
    default ${quote(cspHeader())};
}

# Types Debian's mime.types lacks.
types {
    text/calendar ics;
    text/csv csv;
    application/manifest+json webmanifest;
}
`;
}
