// This site's steps after the build (after-build.ts): the search index
// (src/search/build-index.ts) and the share cards (src/share-cards/index.ts).
// A province's site, a few hundred pages, runs them in the build's own process:
// with nothing changed they only read the pages and take the index and the cards
// from the cache, a tenth of a second, where starting a process for each (Node,
// its modules, Pagefind's own) took about 0.45 s of a 6 s warm build. Its cards are
// still drawn while the pages are rendered (on one worker, told of each page as it
// is rendered), and Pagefind starts only when the index changed.
// A national catalogue (STEP_PROCESSES_FROM content files or more) runs each in a
// process of its own, started with the build: reading 10,000 pages in the build's
// process, which by then holds every page's data, grew it by 1 GB.
import type { Step, StepContext } from './after-build.ts';
import { scriptStep } from './after-build.ts';
import { cardSession } from '../share-cards/index.ts';
import { cardNoticeOf, cardNotices } from '../share-cards/notice.ts';
import { searchIndex } from '../search/build-index.ts';

/** From how many content files the steps run in processes of their own (KC_STEP_PROCESSES_FROM for tests). */
export const STEP_PROCESSES_FROM = Number(process.env['KC_STEP_PROCESSES_FROM']) || 2000;

/** A step's failure, named as the build prints it (a step in a process of its own is named by its script). */
const failed = (what: string, error: unknown) => new Error(`${what}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });

/** The search index, in the build's process. */
function searchIndexStep(): Step {
  return ({ dist, cacheDir, logger }) =>
    searchIndex({ dist, cacheDir, log: (line) => logger.info(line) }).catch((error: unknown) => {
      throw failed('chỉ mục tìm kiếm (src/search/build-index.ts)', error);
    });
}

/** The share cards, in the build's process: drawn as the pages are rendered, placed when they are written. */
function shareCardsStep(publicDir: string): Step {
  let session: ReturnType<typeof cardSession> | undefined;
  // A failure while the pages are rendered stops the build when the step begins, not the page's rendering.
  let failedWhileRendering: unknown;
  // Its worker at the normal priority while the pages are rendered: at the lowest it drew few cards until the
  // pictures were made, and the rest were the build's last 1.9-2.7 s (cold builds 0.8 s shorter,
  // docs/PERFORMANCE.md "Build time, sixth round"). A national catalogue's cards (job.ts) keep the lowest.
  const sessionFor = ({ cacheDir, logger }: StepContext) => (session ??= cardSession({ cacheDir, logger, earlyNice: 0 }));
  const step: Step = async (context) => {
    try {
      if (failedWhileRendering) throw failedWhileRendering;
      await sessionFor(context).finish(context.dist);
    } catch (error) {
      throw failed('ảnh chia sẻ (src/share-cards/index.ts)', error);
    } finally {
      // The next build starts its own.
      session = undefined;
      failedWhileRendering = undefined;
    }
  };
  step.seen = (page, context) => {
    if (failedWhileRendering) return;
    try {
      const notice = cardNoticeOf(page, publicDir);
      if (notice) sessionFor(context).early(notice);
    } catch (error) {
      failedWhileRendering = error;
    }
  };
  return step;
}

/** The steps, in the build's process or each in its own (`ownProcesses`); `publicDir`: the site's public/ folder (a photo there is drawn from it). */
export function siteSteps({ publicDir, ownProcesses }: { publicDir: string; ownProcesses: boolean }): Step[] {
  if (ownProcesses) return [scriptStep('src/search/index-job.ts'), scriptStep('src/share-cards/job.ts', { notice: cardNotices(publicDir) })];
  return [searchIndexStep(), shareCardsStep(publicDir)];
}
