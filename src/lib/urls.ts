// Which addresses content may point at. A browser runs `javascript:` links
// and `data:` documents, and opens `file:` addresses on the reader's own
// machine; a schema's `z.url()` accepts all three. Content may only name web
// addresses (https://, http://), the site's own pages (/ban-tin/…), e-mail
// (mailto:) and telephone (tel:) where a field or a body link allows them, and
// a picture's file beside the content file. Everything else is refused.

/** What an address is, as far as content is concerned. */
export type UrlKind = 'web' | 'site' | 'mail' | 'tel' | 'fragment' | 'file';

/**
 * The kind of `url`, or null for an address content must not use (another
 * scheme, a protocol-relative `//host`, a backslash, hidden tabs or line ends:
 * browsers drop those and read `java\tscript:` as `javascript:`).
 */
export function urlKind(url: string): UrlKind | null {
  if (/[\u0000-\u001f\u007f\\]/.test(url) || url !== url.trim() || url === '') return null;
  if (/^https?:\/\/[^\s/?#@]+(?:[/?#]\S*)?$/i.test(url)) return 'web';
  if (/^mailto:[^\s@/:]+@[^\s@/:]+\.[^\s@/:]+$/i.test(url)) return 'mail';
  if (/^tel:\+?[\d .()-]{3,20}$/i.test(url)) return 'tel';
  if (/^\/(?!\/)\S*$/.test(url)) return 'site';
  if (/^#\S*$/.test(url)) return 'fragment';
  // Relative, without a scheme: a file beside the content file (./anh.webp).
  if (!/^[a-z][a-z0-9+.-]*:/i.test(url) && /^[^\s:?#/][^\s:?#]*$/.test(url)) return 'file';
  return null;
}

/** A full web address: https://… or http://… with a host. */
export const isWebUrl = (url: string): boolean => urlKind(url) === 'web';

/** How each kind is described to staff, in the messages below. */
const KIND_WORDS: Record<UrlKind, string> = {
  web: 'địa chỉ web đầy đủ (https://… hoặc http://…)',
  site: 'trang của trang này (bắt đầu bằng /, ví dụ /ke-hoach/2024/)',
  mail: 'thư điện tử (mailto:ten@mien.vn)',
  tel: 'số điện thoại (tel:+842513…)',
  fragment: 'một mục trong cùng trang (#ten-muc)',
  file: 'tệp đặt cạnh tệp nội dung (./ten-tep.webp)',
};

/**
 * Why `url` may not be used where only `allowed` kinds are, in plain
 * Vietnamese, or null when it may. `what` names it: "liên kết", "ảnh".
 */
export function urlProblem(url: string, allowed: readonly UrlKind[], what: string): string | null {
  const kind = urlKind(url);
  if (kind && allowed.includes(kind)) return null;
  const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  const why =
    scheme && !['http', 'https', 'mailto', 'tel'].includes(scheme)
      ? `địa chỉ "${scheme}:" không được dùng (trình duyệt có thể chạy mã hoặc mở tệp trên máy người đọc)`
      : url.startsWith('//')
        ? 'địa chỉ bắt đầu bằng // trỏ sang trang web khác mà không ghi rõ https://'
        : kind === null
          ? 'địa chỉ có ký tự không hợp lệ (dấu cách, dấu \\, ký tự ẩn) hoặc viết chưa đủ'
          : `ở đây không dùng ${KIND_WORDS[kind]}`;
  return `${what} "${url}": ${why}; chỉ dùng ${allowed.map((k) => KIND_WORDS[k]).join(', ')}`;
}
