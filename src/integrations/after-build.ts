// After the pages are written: the steps that read them (the search index, the
// share images), all at the same time, each in a process of its own. Own
// processes, because by then the build's process holds every page's data (about
// 1.5 GB with 10,000 products), and reading 10,000 pages in it grew it by 1 GB
// more before its garbage was collected; at the same time, because each step
// alone would leave a core idle. A step that fails stops the build with its message;
// the others are stopped and waited for first, so that nothing writes into the
// built folder after the build has given up on it (staged-output.ts removes it).
//
// Once Vite has written its bundle (bundled.ts), each step's process is started
// (Node, its modules, Pagefind's own process), and waits: it is told to begin as
// soon as the pages and pictures are written (astro:build:generated), and the
// build waits for it at the end (astro:build:done). Starting a process took about a
// second of a warm build that lasts a few; now it happens while the pages are
// rendered on the other core (at astro:build:start, it took CPU from Vite's threads).
// A process that is never told to begin (the build failed before) ends when
// the build's process does (its standard input closes: src/lib/step-signal.ts).
//
// A step may also be sent a line for each page as Astro renders it (its `notice`,
// from the page's head), so that it can start on that page's work while the
// other pages are rendered: the share cards are drawn on the core the rendering
// leaves free. The built files stay the step's truth: a step reads them all when
// it begins, and a notice only lets it start early.
import { execFile, spawn } from 'node:child_process';
import module from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger, AstroPrerenderer } from 'astro';
import { headOfBytes } from '../lib/built-pages.ts';
import { BEGIN_WORD, STEP_WAIT_ENV } from '../lib/step-signal.ts';
import { onceBundled } from './bundled.ts';

export interface StepContext {
  /** The built site's folder. */
  dist: string;
  /** Astro's cache folder (node_modules/.astro, or ASTRO_CACHE_DIR). */
  cacheDir: string;
  logger: AstroIntegrationLogger;
  /** Aborted when another step has failed: the step stops (its process is ended) and settles. */
  signal?: AbortSignal | undefined;
}

/** A step whose work is ready to begin: `begin` starts it and settles when it is done; `cancel` lets it go unused; `notify` sends it a line before it begins. */
export interface ReadyStep {
  begin(): Promise<void>;
  cancel(): void;
  notify?(line: string): void;
}

/** A page as Astro has just rendered it (not written yet). */
export interface RenderedPage {
  /** Its address ("/san-pham/x/", "/404.html"). */
  pathname: string;
  /** Its head, without the contents of its style and script elements (built-pages.ts, headOfBytes). */
  head: string;
}

export interface Step {
  /** Does the step's work now, and settles when it is done. */
  (context: StepContext): Promise<void>;
  /** Gets the step ready before the pages exist (its process started), to begin later. */
  ready?: (context: StepContext) => ReadyStep;
  /** The line (no line break in it) to send the step's process for a page just rendered, if any. */
  notice?: (page: RenderedPage) => string | undefined;
  /** A step run in the build's own process: shown each page just rendered, before it begins. */
  seen?: (page: RenderedPage, context: StepContext) => void;
}

/**
 * Where a step's process keeps Node's compile cache (its modules' TypeScript with
 * the types stripped, and V8's compiled code): NODE_COMPILE_CACHE when it is set;
 * else the build's own when it has one (Astro's command turns Node's on outside CI,
 * in the system's temporary folder); else in Astro's cache folder (in CI, which the
 * publishing workflow keeps between runs). Without it, each step spent about a
 * quarter of a second of CPU stripping the same TypeScript again on every build.
 */
export function compileCacheDir(cacheDir: string, env: Record<string, string | undefined> = process.env, own: string | undefined = module.getCompileCacheDir?.()): string | undefined {
  if (env['NODE_COMPILE_CACHE']) return env['NODE_COMPILE_CACHE'];
  // Node keeps each version's cache in a folder of its own inside the one it is given.
  if (own) return /^v\d+\./.test(path.basename(own)) ? path.dirname(own) : own;
  return cacheDir ? path.join(cacheDir, 'node-compile-cache') : undefined;
}

const withCompileCache = (cacheDir: string) => {
  const dir = compileCacheDir(cacheDir);
  return dir ? { NODE_COMPILE_CACHE: dir } : {};
};

/**
 * A job beside the build: a Node script (TypeScript, run as is) that prints its result
 * as JSON, run with the build's environment and the steps' compile cache. The promise
 * it returns is handled (awaiting it still throws its error), so that it may be started
 * early and awaited at the end.
 */
export function jsonJob<T>(script: string, args: readonly string[], cacheDir: string): Promise<T> {
  const result = new Promise<T>((resolve, reject) => {
    execFile(process.execPath, [script, ...args], { env: { ...process.env, ...withCompileCache(cacheDir) }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      error ? reject(new Error(`${path.relative(process.cwd(), script)}: ${error.message}\n${stderr}`)) : resolve(JSON.parse(stdout) as T),
    );
  });
  result.catch(() => {});
  return result;
}

/** How long notices wait to be sent together (ms). */
const NOTICE_DELAY_MS = 50;

/**
 * A step that runs a Node script (TypeScript, run as is; path from the
 * project's root) with the dist folder and Astro's cache folder as its
 * arguments; its output lines are logged. Ready early, the script's process
 * starts at once and waits for the word to begin (src/lib/step-signal.ts).
 */
export function scriptStep(script: string, options: { notice?: Step['notice'] } = {}): Step {
  const start = ({ dist, cacheDir, logger, signal }: StepContext, waits: boolean) => {
    const child = spawn(process.execPath, [path.resolve(script), dist, cacheDir], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, ...withCompileCache(cacheDir), ...(waits ? { [STEP_WAIT_ENV]: '1' } : {}) },
      ...(signal ? { signal } : {}),
    });
    // The process may end before it reads its input (a failure): nothing to report from the pipe itself.
    child.stdin.on('error', () => {});
    if (!waits) child.stdin.end();
    let errors = '';
    let pending = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      const lines = (pending + chunk).split('\n');
      pending = lines.pop()!;
      for (const line of lines) if (line.trim()) logger.info(line);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
    const done = new Promise<void>((resolve, reject) => {
      // Settled when the process is gone ('close'), not before: an ended step writes nothing more.
      child.on('error', (error) => {
        if (child.pid === undefined) reject(error); // never started: no 'close' to wait for
      });
      child.on('close', (code, killedBy) => {
        if (pending.trim()) logger.info(pending);
        if (code === 0) resolve();
        else if (signal?.aborted) reject(new Error(`${script} đã dừng (${killedBy ?? code}) vì một bước khác lỗi`));
        else reject(new Error(`${script} dừng với mã ${code}:\n${errors.trim()}`));
      });
    });
    done.catch(() => {}); // awaited by whoever begins the step
    return { child, done };
  };
  const step: Step = (context) => start(context, false).done;
  step.ready = (context) => {
    const { child, done } = start(context, true);
    context.logger.info(`${script}: chạy trong một tiến trình riêng`);
    // Notices are sent a few times a second, many lines at once: one write to the pipe for each page took 1.5 s at 10,000 pages.
    let notices: string[] = [];
    let timer: NodeJS.Timeout | undefined;
    const flush = () => {
      clearTimeout(timer);
      timer = undefined;
      if (notices.length && child.stdin.writable) child.stdin.write(notices.join(''));
      notices = [];
    };
    return {
      begin() {
        flush();
        child.stdin.end(`${BEGIN_WORD}\n`);
        return done;
      },
      cancel() {
        clearTimeout(timer);
        child.stdin.end(); // never told to begin: the process ends
      },
      notify(line) {
        notices.push(`${line}\n`);
        timer ??= setTimeout(flush, NOTICE_DELAY_MS);
      },
    };
  };
  if (options.notice) step.notice = options.notice;
  return step;
}

/**
 * Astro's prerenderer, with each HTML page it renders shown to `seen` (its
 * address and head) before Astro writes it. The page's bytes are read once and
 * handed on as they are.
 */
export function watchingPrerenderer(inner: AstroPrerenderer, seen: (page: RenderedPage) => void): AstroPrerenderer {
  return {
    ...inner,
    async render(request, options) {
      const result = await inner.render(request, options);
      const response = result instanceof Response ? result : result.response;
      // Redirects are written by Astro from their address, not their body.
      if ((response.status >= 300 && response.status < 400) || !response.body || !response.headers.get('content-type')?.startsWith('text/html')) return result;
      const bytes = Buffer.from(await response.arrayBuffer());
      seen({ pathname: new URL(request.url).pathname, head: headOfBytes(bytes) });
      const again = new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
      return result instanceof Response ? again : { ...result, response: again };
    },
  };
}

export function afterBuild(steps: Step[]): AstroIntegration {
  let cacheDir = '';
  let outDir = '';
  // The first failure stops the other steps; the build fails with that first message once all have settled.
  let stop = new AbortController();
  let first: unknown;
  /** The steps' processes, started once Vite has bundled (bundled.ts), for the folder `readyFor`. */
  let ready: (() => (ReadyStep | undefined)[]) | undefined;
  let readyFor = '';
  let running: Promise<PromiseSettledResult<void>[]> | undefined;

  const guarded = (work: Promise<void>) =>
    work.catch((error: unknown) => {
      if (!stop.signal.aborted) {
        first = error;
        stop.abort();
      }
      throw error;
    });
  const begin = (context: Omit<StepContext, 'signal'>) => {
    let started = ready?.() ?? [];
    ready = undefined;
    // Steps started for another folder than the one built (never expected) are not used.
    if (path.resolve(context.dist) !== path.resolve(readyFor)) {
      for (const r of started) r?.cancel();
      started = [];
    }
    return Promise.allSettled(steps.map((step, i) => guarded(started[i] ? started[i].begin() : step({ ...context, signal: stop.signal }))));
  };

  return {
    name: 'kc:after-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': ({ logger, setPrerenderer }) => {
        stop = new AbortController();
        first = undefined;
        running = undefined;
        readyFor = outDir;
        const context: StepContext = { dist: outDir, cacheDir, logger, signal: stop.signal };
        const get = onceBundled(() => steps.map((step) => step.ready?.(context)));
        ready = get;
        // Steps that take notices see each page as it is rendered (by then their processes have started).
        if (steps.some((step) => step.notice || step.seen)) {
          setPrerenderer((inner) =>
            watchingPrerenderer(inner, (page) => {
              if (ready !== get) return; // the steps have begun (or were cancelled): no more notices
              const started = get();
              steps.forEach((step, i) => {
                step.seen?.(page, context);
                const line = step.notice?.(page);
                if (line !== undefined) started[i]?.notify?.(line);
              });
            }),
          );
        }
      },
      // Pages and pictures are written: the steps begin while the sitemap is made.
      'astro:build:generated': ({ dir, logger }) => {
        running = begin({ dist: fileURLToPath(dir), cacheDir, logger });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const results = await (running ?? begin({ dist: fileURLToPath(dir), cacheDir, logger }));
        running = undefined;
        if (results.some((r) => r.status === 'rejected')) throw first;
      },
    },
  };
}
