interface ImportMetaEnv {
  /** true only under `astro dev`: drafts are shown while previewing (src/integrations/drafts.ts). */
  readonly KC_SHOW_DRAFTS: boolean;
}
