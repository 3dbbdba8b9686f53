// The web editor's own code in the browser (bundled into /admin/editor.js by
// admin-files.ts, loaded right after Decap's decap-cms.js, before Decap reads
// config.yml): how files are read and written (file-format.ts), the field for
// whole numbers, the Vietnamese words Decap's locale lacks, and the previews of a
// bulletin and a product with the site's own stylesheet.
import type { DecapWindow } from './decap-globals.ts';
import { readEntry, writeEntry } from './file-format.ts';
import { mergePhrases, VI_ADDITIONS, type Phrases } from './locale.ts';
import { bulletinPreview, productPreview } from './preview.ts';
import { wholeNumberControl, wholeNumberPreview } from './whole-number.ts';
import type { FileLayout } from './config.ts';

/** Each collection's file layout (its format's name → layout), written in by the build. */
declare const __KC_LAYOUTS__: Record<string, FileLayout>;
/** The site's stylesheet for the previews, beside this file. */
declare const __KC_PREVIEW_CSS__: string;

const { CMS, h, createClass } = window as unknown as DecapWindow;

for (const [name, layout] of Object.entries(__KC_LAYOUTS__)) {
  CMS.registerCustomFormat(name, layout.format === 'markdown' ? 'md' : 'yaml', {
    fromFile: (text) => readEntry(text, layout),
    toFile: (data) => writeEntry(data, layout),
  });
}

// Text typed or pasted decomposed (NFD: some keyboards and PDFs) is made NFC before the entry's file
// name is made from its title: "Hội" in NFD would otherwise become "ho-i" in the address.
const nfc = (value: unknown): unknown =>
  typeof value === 'string' ? value.normalize('NFC') : value && typeof (value as { map?: unknown }).map === 'function' && typeof (value as { toJS?: unknown }).toJS === 'function' ? (value as { map(f: (v: unknown) => unknown): unknown }).map(nfc) : value;
CMS.registerEventListener({ name: 'preSave', handler: ({ entry }) => nfc(entry.get('data')) });
CMS.registerWidget('whole-number', wholeNumberControl(createClass, h), wholeNumberPreview(createClass, h));
CMS.registerLocale('vi', mergePhrases((CMS.getLocale('vi') ?? {}) as Phrases, VI_ADDITIONS));
CMS.registerPreviewStyle(__KC_PREVIEW_CSS__);
CMS.registerPreviewTemplate('bulletins', bulletinPreview(createClass, h));
CMS.registerPreviewTemplate('products', productPreview(createClass, h));
// Decap waits for this (manual-init.js): everything above is registered before it reads config.yml.
CMS.init();
