// The word an after-build step waits for. src/integrations/after-build.ts starts
// each step's process when the build starts, with STEP_WAIT_ENV set, so that
// Node, the step's modules (and Pagefind's process) are loaded while Vite
// bundles; it writes "go" on the step's standard input once the pages and
// pictures are written. Before that word, a step may be sent one line per page
// as the page is rendered (its notices: after-build.ts, `notice`), each given to
// `onNotice`. A step run by hand, without the variable, begins at once.

export const STEP_WAIT_ENV = 'KC_STEP_WAITS';

export const BEGIN_WORD = 'go';

/**
 * Returns when the step may begin; the lines that come before the word are given
 * to `onNotice`, in order. Started early and never told to (the build failed
 * before its pages were written: its standard input closes), the process ends
 * here, quietly.
 */
export async function whenToldToBegin(onNotice?: (line: string) => void): Promise<void> {
  if (process.env[STEP_WAIT_ENV] !== '1') return;
  const told = await new Promise<boolean>((resolve) => {
    let pending = '';
    let settled = false;
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (chunk: string) => {
      if (settled) return;
      const lines = (pending + chunk).split('\n');
      pending = lines.pop()!;
      for (const line of lines) {
        if (line === BEGIN_WORD) {
          settled = true;
          return resolve(true);
        }
        onNotice?.(line);
      }
    });
    process.stdin.on('end', () => resolve(false));
    process.stdin.on('error', () => resolve(false));
  });
  process.stdin.destroy();
  if (!told) process.exit(0);
}
