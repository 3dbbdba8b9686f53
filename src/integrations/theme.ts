// The site's colours (content/site.yaml, theme.colours) written into the
// stylesheet before Tailwind reads it: src/styles/global.css keeps the default
// values, this Vite plugin replaces each with the site's. The stylesheet stays
// one file, inlined and hashed like any other (no inline style for the policy
// to allow). The colours are checked for contrast while the settings load.
import type { Plugin } from 'vite';
import { applyThemeColours } from '../features/site/theme.ts';
import type { Theme } from '../schemas/site.ts';

export function themeColoursPlugin(theme: Pick<Theme, 'colours'> | undefined): Plugin {
  return {
    name: 'kc-theme-colours',
    enforce: 'pre',
    // The filter: other modules never reach this plugin (no call into JavaScript for each).
    transform: {
      filter: { id: /\/src\/styles\/global\.css(?:\?.*)?$/ },
      handler(code) {
        return { code: applyThemeColours(code, theme), map: null };
      },
    },
  };
}
