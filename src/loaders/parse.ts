// Reading content files the way Astro's loaders do: YAML with js-yaml (the
// parser Astro uses), Markdown front matter between "---" lines. Used where a
// check must read another collection's file from disk, and where content is
// checked without Astro (check-folder.ts).
import yaml from 'js-yaml';

/** The front matter of a Markdown/MDX file (between the first two "---" lines), or null. */
export function frontMatterOf(text: string): string | null {
  return /^\uFEFF?---\r?\n([\s\S]*?\r?\n)?---(?:\r?\n|$)/.exec(text)?.[1] ?? (/^\uFEFF?---\r?\n---/.test(text) ? '' : null);
}

/** The body of a Markdown/MDX file: what follows its front matter. */
export function bodyOf(text: string): string {
  const m = /^\uFEFF?---\r?\n(?:[\s\S]*?\r?\n)?---(?:\r?\n|$)/.exec(text);
  return m ? text.slice(m[0].length) : text;
}

/** YAML text as data (throws js-yaml's YAMLException on a syntax mistake). */
export function parseYaml(text: string): unknown {
  return yaml.load(text.replace(/^\uFEFF/, ''));
}
