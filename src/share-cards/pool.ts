// A pool of share-images worker processes, one per core: satori's layout is
// plain JavaScript, so one thread would use only one core. Processes rather
// than worker threads, so that each can tell the C allocator to keep and reuse
// the freed memory of the last card (a card's pixels are 3 MB, and on this kind
// of virtual machine fresh pages cost more than drawing them).
import { fork, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import type { CardLook } from './layout.ts';
import type { Card } from './render.ts';
import type { Job, Reply } from './worker.ts';

/** Cards given to a worker at a time: the next card's layout overlaps the last one's encoding. */
const IN_FLIGHT = 2;
/** glibc: allocations up to 64 MB from the heap, and freed memory kept, not given back after each card. */
const ALLOCATOR = { MALLOC_MMAP_THRESHOLD_: String(64 << 20), MALLOC_TRIM_THRESHOLD_: String(256 << 20) };

export function cardPool(options: { siteName: string; sampleLabel: string; look?: CardLook | undefined; size?: number }) {
  const size = options.size ?? os.availableParallelism();
  const queue: { job: Job; done: (e?: Error) => void }[] = [];
  let nextId = 0;
  let failed: Error | undefined;
  const workers = Array.from({ length: size }, () => {
    const child: ChildProcess = fork(fileURLToPath(new URL('./worker.ts', import.meta.url)), [], {
      env: { ...process.env, ...ALLOCATOR, KC_OG_SITE_NAME: options.siteName, KC_OG_SAMPLE_LABEL: options.sampleLabel, ...(options.look ? { KC_OG_LOOK: JSON.stringify(options.look) } : {}) },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      serialization: 'advanced',
    });
    const state = { child, waiting: new Map<number, (e?: Error) => void>(), cpu: 0 };
    child.on('message', (reply: Reply) => {
      state.cpu = reply.cpu;
      const done = state.waiting.get(reply.id)!;
      state.waiting.delete(reply.id);
      done('error' in reply ? new Error(`share image: ${reply.error}`) : undefined);
      feed();
    });
    child.on('exit', (code) => {
      if (state.waiting.size === 0 && code === 0) return;
      failed = new Error(`share-images worker ended (exit code ${code})`);
      for (const done of state.waiting.values()) done(failed);
      state.waiting.clear();
      for (const { done } of queue.splice(0)) done(failed);
    });
    return state;
  });
  function feed() {
    for (const w of workers) {
      while (w.waiting.size < IN_FLIGHT && queue.length > 0 && w.child.connected) {
        const { job, done } = queue.shift()!;
        w.waiting.set(job.id, done);
        w.child.send(job);
      }
    }
  }
  return {
    size,
    /** Draws `card` into the PNG file `out`. */
    render(card: Card, out: string): Promise<void> {
      if (failed) return Promise.reject(failed);
      return new Promise((resolve, reject) => {
        queue.push({ job: { id: nextId++, card, out }, done: (e) => (e ? reject(e) : resolve()) });
        feed();
      });
    },
    /** CPU time the workers have used so far, in ms. */
    cpu: () => workers.reduce((ms, w) => ms + w.cpu, 0),
    /** Lets the workers end (each when its channel closes). */
    close() {
      for (const w of workers) if (w.child.connected) w.child.disconnect();
    },
  };
}
