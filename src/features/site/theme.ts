// The site's look from its settings (content/site.yaml, "theme"): the colours
// that replace the stylesheet's defaults, checked for contrast where they carry
// text or a focus ring (WCAG 2.2 AA), and the logo's SVG checked to be a plain
// picture. Pure functions: src/integrations/theme.ts applies them to the build.
import type { FieldProblem } from '../../lib/content-errors.ts';
import type { ColourName, Theme } from '../../schemas/site.ts';

/** The stylesheet's own colours (src/styles/global.css), used for any colour a site leaves out. */
export const DEFAULT_COLOURS: Record<ColourName, string> = {
  brand: '#0f4c81',
  brandDark: '#0a3559',
  brandSoft: '#e8f0f8',
  accent: '#b3261e',
};

/** The CSS custom property each colour sets (Tailwind's theme variables in global.css). */
export const COLOUR_PROPERTIES: Record<ColourName, string> = {
  brand: '--color-brand',
  brandDark: '--color-brand-dark',
  brandSoft: '--color-brand-soft',
  accent: '--color-accent',
};

/** Colours the stylesheet uses beside the theme's (backgrounds text is read on). */
const WHITE = '#ffffff';
const PAPER = '#fbfaf7';
/** The header's tagline (Tailwind's blue-100) and its focus ring (--color-focus-on-dark). */
const TAGLINE = '#dbeafe';
const FOCUS_ON_DARK = '#ffd34d';
/** The illustrative notice's background (--color-sample-bg), around which the focus ring (brandDark) must show. */
const SAMPLE_BG = '#fff4dc';

/** The site's colours: its own, the defaults for the rest. */
export function themeColours(theme: Pick<Theme, 'colours'> | undefined): Record<ColourName, string> {
  const out = { ...DEFAULT_COLOURS };
  for (const [name, value] of Object.entries(theme?.colours ?? {}) as [ColourName, string | undefined][]) if (value) out[name] = value.toLowerCase();
  return out;
}

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** WCAG contrast ratio of two "#rrggbb" colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

interface Pair {
  /** The colour checked (its name in the settings). */
  colour: ColourName;
  /** What it is read against, for the message. */
  against: string;
  background: (c: Record<ColourName, string>) => string;
  foreground: (c: Record<ColourName, string>) => string;
  /** 4.5 for text, 3 for a focus ring or a line that marks something. */
  minimum: number;
  use: string;
  fix: string;
}

/** Every place the stylesheet puts a theme colour next to another (src/styles/global.css, the header, buttons, notices). */
const PAIRS: readonly Pair[] = [
  { colour: 'brand', against: 'nền trắng', background: () => WHITE, foreground: (c) => c.brand, minimum: 4.5, use: 'chữ liên kết', fix: 'chọn màu brand đậm hơn' },
  { colour: 'brand', against: 'nền giấy (#fbfaf7)', background: () => PAPER, foreground: (c) => c.brand, minimum: 4.5, use: 'liên kết trong văn bản kế hoạch', fix: 'chọn màu brand đậm hơn' },
  { colour: 'brand', against: 'màu brandSoft', background: (c) => c.brandSoft, foreground: (c) => c.brand, minimum: 4.5, use: 'liên kết ở chân trang và trong khung ghi chú', fix: 'chọn màu brand đậm hơn hoặc màu brandSoft nhạt hơn' },
  { colour: 'brand', against: 'chữ trắng', background: (c) => c.brand, foreground: () => WHITE, minimum: 4.5, use: 'nút bấm (chữ trắng trên nền màu này)', fix: 'chọn màu brand đậm hơn' },
  { colour: 'brandDark', against: 'chữ trắng', background: (c) => c.brandDark, foreground: () => WHITE, minimum: 4.5, use: 'đầu trang (chữ trắng trên nền màu này)', fix: 'chọn màu brandDark đậm hơn' },
  { colour: 'brandDark', against: `dòng giới thiệu (${TAGLINE})`, background: (c) => c.brandDark, foreground: () => TAGLINE, minimum: 4.5, use: 'dòng giới thiệu dưới tên trang ở đầu trang', fix: 'chọn màu brandDark đậm hơn' },
  { colour: 'brandDark', against: `viền tiêu điểm vàng (${FOCUS_ON_DARK})`, background: (c) => c.brandDark, foreground: () => FOCUS_ON_DARK, minimum: 3, use: 'viền tiêu điểm bàn phím ở đầu trang', fix: 'chọn màu brandDark đậm hơn' },
  { colour: 'brandDark', against: `nền khung minh họa (${SAMPLE_BG})`, background: () => SAMPLE_BG, foreground: (c) => c.brandDark, minimum: 3, use: 'viền tiêu điểm bàn phím trong khung nội dung minh họa', fix: 'chọn màu brandDark đậm hơn' },
  { colour: 'brandDark', against: 'nền trắng', background: () => WHITE, foreground: (c) => c.brandDark, minimum: 4.5, use: 'tiêu đề', fix: 'chọn màu brandDark đậm hơn' },
  { colour: 'brandDark', against: 'màu brandSoft', background: (c) => c.brandSoft, foreground: (c) => c.brandDark, minimum: 3, use: 'viền tiêu điểm bàn phím ở chân trang', fix: 'chọn màu brandDark đậm hơn hoặc màu brandSoft nhạt hơn' },
  { colour: 'accent', against: 'nền trắng', background: () => WHITE, foreground: (c) => c.accent, minimum: 4.5, use: 'số thứ tự các bước đăng ký và nút tìm kiếm (biểu tượng trắng trên nền màu này)', fix: 'chọn màu accent đậm hơn' },
];

const ratio = (n: number) => n.toFixed(2).replace('.', ',');

/** Colours that would make text or focus rings hard to see, one problem each (field theme.colours.<name>). */
export function checkThemeColours(theme: Pick<Theme, 'colours'> | undefined): FieldProblem[] {
  const c = themeColours(theme);
  const problems: FieldProblem[] = [];
  for (const pair of PAIRS) {
    const r = contrastRatio(pair.background(c), pair.foreground(c));
    if (r + 1e-9 < pair.minimum)
      problems.push({
        field: `theme.colours.${pair.colour}`,
        message: `màu ${c[pair.colour]} với ${pair.against} chỉ có độ tương phản ${ratio(r)}:1, cần ít nhất ${ratio(pair.minimum)}:1 (WCAG 2.2 AA) vì dùng cho ${pair.use}; ${pair.fix}`,
      });
  }
  return problems;
}

/** The stylesheet's colour variables with the site's values (the default stylesheet's lines rewritten). */
export function applyThemeColours(css: string, theme: Pick<Theme, 'colours'> | undefined): string {
  const c = themeColours(theme);
  let out = css;
  for (const name of Object.keys(COLOUR_PROPERTIES) as ColourName[]) {
    const property = COLOUR_PROPERTIES[name];
    out = out.replace(new RegExp(`(${property}:\\s*)#[0-9a-fA-F]{6}(\\s*;)`), `$1${c[name]}$2`);
  }
  return out;
}

/** The logo of a site that sets none: a plain star in a white disc (not any body's emblem). */
export const DEFAULT_LOGO =
  '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40" viewBox="0 0 40 40"><circle cx="20" cy="20" r="19" fill="#fff"/><path d="M20 7l3.1 9.4H33l-8 5.8 3.1 9.4-8.1-5.9-8.1 5.9 3.1-9.4-8-5.8h9.9z" fill="#b3261e"/></svg>';

/** Largest logo file accepted: a logo is a small drawing. */
export const LOGO_MAX_BYTES = 100_000;

/**
 * Problems of a logo's SVG text: it must be an <svg> drawing and nothing that
 * runs or loads (scripts, event handlers, embedded HTML, links to other files or
 * sites, entity declarations). The site shows it with <img>, where none of that
 * would run anyway; refusing it keeps the file safe when opened on its own.
 */
export function logoProblems(svg: string): string[] {
  const problems: string[] = [];
  const body = svg.replace(/^\uFEFF/, '').replace(/<\?xml[^>]*\?>/, '').replace(/<!--[\s\S]*?-->/g, '').trim();
  if (!/^<svg[\s>]/i.test(body)) problems.push('tệp không bắt đầu bằng thẻ <svg>');
  if (!/\sviewBox\s*=/.test(body)) problems.push('thẻ <svg> cần thuộc tính viewBox để hình co giãn đúng tỉ lệ');
  if (/<script[\s>]/i.test(body)) problems.push('có thẻ <script>');
  if (/\son[a-z]+\s*=/i.test(body)) problems.push('có thuộc tính sự kiện (on…=)');
  if (/<foreignObject[\s>]/i.test(body)) problems.push('có thẻ <foreignObject>');
  if (/<!DOCTYPE|<!ENTITY/i.test(body)) problems.push('có khai báo DOCTYPE hoặc ENTITY');
  if (/(?:xlink:)?href\s*=\s*["'](?!#)/i.test(body)) problems.push('có liên kết (href) tới tệp hoặc trang khác; chỉ được dùng liên kết trong tệp ("#…")');
  if (/url\(\s*["']?(?!#)/i.test(body)) problems.push('có url(…) tới tệp hoặc trang khác; chỉ được dùng url(#…)');
  if (/@import/i.test(body)) problems.push('có @import');
  return problems;
}
