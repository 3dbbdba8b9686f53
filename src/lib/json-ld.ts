// schema.org structured data (JSON-LD): a page's nodes as one document, and
// that document as the text of its <script type="application/ld+json">.
// Every page writes it the same way (src/components/JsonLd.astro, from BaseLayout).

/** One schema.org node: a plain object with "@type" (and often "@id"). */
export type JsonLdNode = { '@type': string | readonly string[]; '@id'?: string } & Record<string, unknown>;

/** The page's nodes as one JSON-LD document (a graph: nodes refer to each other by "@id"). */
export function jsonLdDocument(nodes: readonly JsonLdNode[]): { '@context': string; '@graph': readonly JsonLdNode[] } {
  return { '@context': 'https://schema.org', '@graph': nodes };
}

/**
 * The document as script text. "<", ">" and "&" are written as \u escapes, so
 * that no text from content can close the script element or open a comment;
 * U+2028/U+2029 too, which older JavaScript parsers take for line ends.
 */
export function jsonLdText(document: unknown): string {
  return JSON.stringify(document).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
