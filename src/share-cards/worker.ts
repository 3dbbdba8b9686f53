// One share-images worker process (see pool.ts): fonts parsed,
// base layers drawn and photos framed once for all the cards it is given.
import { rename, writeFile } from 'node:fs/promises';
import sharp from 'sharp';
import type { CardLook } from './layout.ts';
import { cardRenderer, loadFonts, type Card } from './render.ts';

export interface Job {
  id: number;
  card: Card;
  /** Written beside, then renamed, so a build stopped halfway leaves no broken file. */
  out: string;
}
type Outcome = { id: number; bytes: number } | { id: number; error: string };
/** `cpu`: this process's CPU time so far, in ms (for scripts/bench-og.ts). */
export type Reply = Outcome & { cpu: number };

// sharp only frames photos here, each once: its cache of operations would only hold memory.
sharp.cache(false);

const siteName = process.env['KC_OG_SITE_NAME'] ?? '';
const sampleLabel = process.env['KC_OG_SAMPLE_LABEL'] ?? '';
const lookJson = process.env['KC_OG_LOOK'];
const look = lookJson ? (JSON.parse(lookJson) as CardLook) : undefined;
// Listening from the start: messages that came while fonts loaded would be lost.
const renderer = loadFonts().then((fonts) => cardRenderer({ fonts, siteName, sampleLabel, look }));
let tmpCount = 0;

process.on('message', async ({ id, card, out }: Job) => {
  let reply: Outcome;
  try {
    const png = await (await renderer).png(card);
    const tmp = `${out}.${process.pid}-${tmpCount++}.tmp`;
    await writeFile(tmp, png);
    await rename(tmp, out);
    reply = { id, bytes: png.length };
  } catch (e) {
    reply = { id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
  const { user, system } = process.cpuUsage();
  process.send!({ ...reply, cpu: (user + system) / 1000 } satisfies Reply);
});
// The pool closes the channel when it is done: then this process ends.
process.on('disconnect', () => process.exit(0));
