// The word an after-build step waits for. src/integrations/after-build.ts starts
// each step's process when the build starts, with STEP_WAIT_ENV set, so that
// Node, the step's modules (and Pagefind's process) are loaded while Vite
// bundles; it writes "go" on the step's standard input once the pages and
// pictures are written. A step run by hand, without the variable, begins at once.

export const STEP_WAIT_ENV = 'KC_STEP_WAITS';

/**
 * Returns when the step may begin. Started early and never told to (the build
 * failed before its pages were written: its standard input closes), the
 * process ends here, quietly.
 */
export async function whenToldToBegin(): Promise<void> {
  if (process.env[STEP_WAIT_ENV] !== '1') return;
  const told = await new Promise<boolean>((resolve) => {
    let text = '';
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (chunk: string) => {
      text += chunk;
      if (text.includes('\n')) resolve(text.startsWith('go\n'));
    });
    process.stdin.on('end', () => resolve(text.startsWith('go\n')));
    process.stdin.on('error', () => resolve(false));
  });
  process.stdin.destroy();
  if (!told) process.exit(0);
}
