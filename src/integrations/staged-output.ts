// Nothing half-published: `astro build` writes into a staging folder beside the
// output folder (for dist/: .dist.staging/), every step works there (pages,
// pictures, the sitemap, the search index, the share cards, the last check of
// published pictures: published-images.ts), and only when all have succeeded does the staging folder
// take the output folder's place. A build that stops at any step leaves the
// output folder exactly as it was (Astro itself empties it before writing
// pages, so a picture missing late in the build used to leave an empty or
// half-written dist/). Works for `astro build --outDir X` too: the staging
// folder is then beside X. Must be the last integration in astro.config.mjs, so
// that its hook runs after every other integration's.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { publishedImageProblems } from './published-images.ts';

/** The staging folder and the folder the old output waits in while it is replaced, beside `outDir`. */
export function stagingFolders(outDir: string): { staging: string; old: string } {
  const parent = path.dirname(path.resolve(outDir));
  const name = path.basename(path.resolve(outDir));
  return { staging: path.join(parent, `.${name}.staging`), old: path.join(parent, `.${name}.old`) };
}

/**
 * Removes a folder in a process of its own that the build does not wait for (the
 * old output of a catalogue of 10,000 products is about 45,000 files: 4.4 s of a
 * warm build when removed in line). The folder is renamed first to a name of its
 * own, so that a next build never meets it; a removal that did not finish (the
 * machine stopped) is finished by the next publication.
 */
function removeLater(folder: string): void {
  const trash = `${folder}-${process.pid}-${Date.now()}`;
  try {
    renameSync(folder, trash);
  } catch {
    rmSync(folder, { recursive: true, force: true });
    return;
  }
  const child = spawn(process.execPath, ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', trash], { detached: true, stdio: 'ignore' });
  child.on('error', () => rmSync(trash, { recursive: true, force: true }));
  child.unref();
}

/** Old outputs left by removals that did not finish (`removeLater`), beside `old`. */
function leftOver(old: string): string[] {
  const dir = path.dirname(old);
  const prefix = `${path.basename(old)}-`;
  return existsSync(dir) ? readdirSync(dir).filter((n) => n.startsWith(prefix)).map((n) => path.join(dir, n)) : [];
}

/**
 * Puts the finished `staging` folder in place of `outDir`: two renames on the same
 * disk (the old output is moved aside first, then removed in a process of its own),
 * so that a reader of `outDir` sees the old site or the new one, never a mix. Where `outDir` cannot be
 * renamed (a mount point), its contents are replaced instead. A `.git` folder in
 * the old output (a deploy branch checked out there) is kept.
 */
export function publishStaging(staging: string, outDir: string): void {
  const { old } = stagingFolders(outDir);
  const git = path.join(outDir, '.git');
  if (existsSync(git) && !existsSync(path.join(staging, '.git'))) renameSync(git, path.join(staging, '.git'));
  rmSync(old, { recursive: true, force: true });
  try {
    if (existsSync(outDir)) renameSync(outDir, old);
  } catch (error) {
    if (!['EBUSY', 'EXDEV', 'EPERM', 'EACCES'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
    // A mount point: replace what is inside it.
    for (const name of readdirSync(outDir)) rmSync(path.join(outDir, name), { recursive: true, force: true });
    for (const name of readdirSync(staging)) renameSync(path.join(staging, name), path.join(outDir, name));
    rmSync(staging, { recursive: true, force: true });
    return;
  }
  try {
    renameSync(staging, outDir);
  } catch (error) {
    if (existsSync(old) && !existsSync(outDir)) renameSync(old, outDir); // put the old site back
    throw error;
  }
  for (const folder of leftOver(old)) removeLater(folder);
  if (existsSync(old)) removeLater(old);
}

export function stagedOutput(): AstroIntegration {
  let outDir = '';
  let staging = '';
  let published = false;
  // The pictures are checked as soon as they are written (astro:build:generated), while the
  // sitemap and the after-build steps run; at the end only pictures written since are read.
  let checked = new Set<string>();
  let early: Promise<string[]> | undefined;
  return {
    name: 'kc:staged-output',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        outDir = fileURLToPath(config.outDir);
        staging = stagingFolders(outDir).staging;
        // A folder left by a build that was killed outright.
        rmSync(staging, { recursive: true, force: true });
        mkdirSync(staging, { recursive: true });
        updateConfig({ outDir: pathToFileURL(`${staging}${path.sep}`) });
        // A build that stops leaves no staging folder behind (the output folder is untouched).
        process.once('exit', () => {
          if (!published) rmSync(staging, { recursive: true, force: true });
        });
      },
      'astro:build:generated': ({ dir }) => {
        if (!staging || path.resolve(fileURLToPath(dir)) !== path.resolve(staging)) return;
        checked = new Set();
        early = publishedImageProblems(staging, checked);
        early.catch(() => {}); // awaited in astro:build:done
      },
      'astro:build:done': async ({ dir, logger }) => {
        const built = fileURLToPath(dir);
        if (!staging || path.resolve(built) !== path.resolve(staging)) throw new Error(`kc:staged-output: the build wrote to ${built}, not to ${staging}`);
        const problems = [...((await early) ?? []), ...(await publishedImageProblems(staging, checked))];
        early = undefined;
        if (problems.length)
          throw new Error(`Ảnh trong bản dựng không được xuất bản (trang đang chạy không bị thay đổi):\n${problems.map((p) => `  - ${p}`).join('\n')}\nBáo cho bộ phận kỹ thuật kèm nguyên văn thông báo này.`);
        publishStaging(staging, outDir);
        published = true;
        logger.info(`đã xuất bản vào ${path.relative(process.cwd(), outDir) || outDir}`);
      },
    },
  };
}
