// Addresses of content that other content links to (a TV feature's related
// plan, product or bulletin; a bulletin's link cards).

/** The kinds of content other content may link to. */
export type ContentKind = 'plan' | 'product' | 'bulletin';

/** Where content of `kind` with `id` is published. */
export function contentHref(kind: ContentKind, id: string): string {
  return { plan: `/ke-hoach/${id}/`, product: `/san-pham/${id}/`, bulletin: `/ban-tin/${id}/` }[kind];
}
