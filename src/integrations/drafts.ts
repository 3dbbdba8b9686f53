// Tells the site whether drafts may be shown: only under `astro dev`
// (npm run dev). Decided by Astro's command, not by NODE_ENV, so that a build
// run with NODE_ENV=test or =development still leaves every draft out.
import type { AstroIntegration } from 'astro';

export function drafts(): AstroIntegration {
  return {
    name: 'kc:drafts',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { 'import.meta.env.KC_SHOW_DRAFTS': JSON.stringify(command === 'dev') } } });
      },
    },
  };
}
