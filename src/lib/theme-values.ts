// The shapes of the look's values in site.yaml, shared by its schema (src/schemas/site.ts)
// and by the plain early read of the file (src/lib/site-words.ts). No imports: both use it.

/** The colours a site may set (theme.colours). */
export const COLOUR_NAMES = ['brand', 'brandDark', 'brandSoft', 'accent'] as const;
export type ColourName = (typeof COLOUR_NAMES)[number];

/** A colour as the settings may write it. */
export const COLOUR_VALUE = /^#[0-9a-fA-F]{6}$/;

/** A logo's file name as the settings may write it: a .svg file inside the content folder. */
export const LOGO_FILE = /^[\w./-]+\.svg$/;
