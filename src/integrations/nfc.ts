// Text is NFC on every page. Content files are read as NFC by the content
// loader (src/loaders/read.ts, checked.ts), but an MDX body is compiled later,
// by @astrojs/mdx's Vite plugin, from the file itself: this plugin hands it the
// text in NFC first (a file saved in decomposed form by some Windows and macOS
// tools would otherwise be published decomposed, which breaks tone marks in
// fonts and in search). Must come before mdx() in astro.config.mjs, so that its
// transform runs before MDX's.
import type { AstroIntegration } from 'astro';

export function nfcContent(): AstroIntegration {
  return {
    name: 'kc:nfc',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'kc:nfc-mdx',
                enforce: 'pre',
                // The filter: other modules never reach this plugin (no call into JavaScript for each).
                transform: {
                  filter: { id: /\.mdx$/ },
                  handler(code: string) {
                    const nfc = code.normalize('NFC');
                    return nfc === code ? null : { code: nfc, map: null };
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}
