// A province's look and words from its own settings (content/site.yaml): colours
// that keep text readable, a logo that is only a drawing, and interface strings
// that name the province of the content folder being built.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { applyThemeColours, checkThemeColours, contrastRatio, logoProblems, themeColours } from '../../src/features/site/theme.ts';
import { t } from '../../src/lib/i18n.ts';
import { siteBasics, siteWords } from '../../src/lib/site-words.ts';

describe('colours', () => {
  test('contrast ratios as WCAG defines them', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    // #767676 is the lightest grey with 4.5:1 on white; #777777 just misses it.
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
  });

  test('a site that sets no colours keeps the stylesheet’s, and they pass', () => {
    expect(checkThemeColours(undefined)).toEqual([]);
    expect(checkThemeColours({ colours: {} })).toEqual([]);
  });

  test('a dark green site passes', () => {
    expect(checkThemeColours({ colours: { brand: '#1b5e20', brandDark: '#0d3b12', brandSoft: '#e8f5e9', accent: '#a04000' } })).toEqual([]);
  });

  test('a light link colour is refused, naming the field, the ratio and what it is for', () => {
    const problems = checkThemeColours({ colours: { brand: '#6fa8dc' } });
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.field === 'theme.colours.brand')).toBe(true);
    expect(problems[0]!.message).toMatch(/#6fa8dc với nền trắng chỉ có độ tương phản 2,\d\d:1, cần ít nhất 4,50:1/);
    expect(problems.map((p) => p.message).join('\n')).toContain('nút bấm');
  });

  test('a header colour that white text cannot be read on is refused', () => {
    const problems = checkThemeColours({ colours: { brandDark: '#e0a030' } });
    expect(problems.map((p) => p.field)).toContain('theme.colours.brandDark');
    expect(problems.map((p) => p.message).join('\n')).toContain('đầu trang');
  });

  test('a soft background too dark for the links on it is refused', () => {
    const problems = checkThemeColours({ colours: { brandSoft: '#5b7fa6' } });
    expect(problems.map((p) => p.field)).toContain('theme.colours.brand');
    expect(problems.map((p) => p.message).join('\n')).toMatch(/brandSoft nhạt hơn/);
  });

  test('the stylesheet’s variables take the site’s values; the others stay', () => {
    const css = '@theme {\n  --color-brand: #0f4c81;\n  --color-brand-dark: #0a3559;\n  --color-brand-soft: #e8f0f8;\n  --color-accent: #b3261e;\n  --color-ink: #1c2430;\n}';
    const out = applyThemeColours(css, { colours: { brand: '#1B5E20', accent: '#a04000' } });
    expect(out).toContain('--color-brand: #1b5e20;');
    expect(out).toContain('--color-accent: #a04000;');
    expect(out).toContain('--color-brand-dark: #0a3559;');
    expect(out).toContain('--color-ink: #1c2430;');
    expect(themeColours({ colours: { brandDark: '#0D3B12' } }).brandDark).toBe('#0d3b12');
  });
});

describe('the logo', () => {
  const plain = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><defs><linearGradient id="g"/></defs><circle cx="20" cy="20" r="19" fill="url(#g)"/><use href="#g"/></svg>';
  test('a plain drawing passes (an XML declaration and comments are allowed)', () => {
    expect(logoProblems(plain)).toEqual([]);
    expect(logoProblems(`<?xml version="1.0" encoding="UTF-8"?>\n<!-- biểu trưng -->\n${plain}`)).toEqual([]);
  });
  test.each([
    ['a script', plain.replace('</svg>', '<script>alert(1)</script></svg>'), /<script>/],
    ['an event handler', plain.replace('<circle', '<circle onload="alert(1)"'), /sự kiện/],
    ['embedded HTML', plain.replace('</svg>', '<foreignObject><div>x</div></foreignObject></svg>'), /foreignObject/],
    ['a picture from another site', plain.replace('</svg>', '<image href="https://other.example/x.png"/></svg>'), /liên kết/],
    ['a link in xlink:href', plain.replace('<use href="#g"/>', '<use xlink:href="other.svg#g"/>'), /liên kết/],
    ['a url() to another file', plain.replace('url(#g)', 'url(https://other.example/g.svg#g)'), /url\(/],
    ['entity declarations', `<!DOCTYPE svg [<!ENTITY x "y">]>${plain}`, /DOCTYPE|<svg>/],
    ['not an SVG', '<html><body>logo</body></html>', /<svg>/],
  ])('%s is refused', (_what, svg, message) => {
    expect(logoProblems(svg).join('; ')).toMatch(message);
  });
});

describe('the site’s words', () => {
  test('strings name the province of the content folder read, not one written in code', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kc-words-'));
    writeFileSync(
      path.join(dir, 'site.yaml'),
      'name: "Khuyến công Sơn Mộc"\nprovince:\n  name: "Sơn Mộc"\n  full: "tỉnh Sơn Mộc"\norganisation:\n  name: "Trung tâm Khuyến công tỉnh Sơn Mộc"\n',
    );
    expect(siteWords(dir)).toEqual({ province: 'tỉnh Sơn Mộc', provinceName: 'Sơn Mộc', centre: 'Trung tâm Khuyến công tỉnh Sơn Mộc', siteName: 'Khuyến công Sơn Mộc' });
    const before = process.env['CONTENT_DIR'];
    process.env['CONTENT_DIR'] = dir;
    try {
      expect(t('home.lead')).toBe('Hỗ trợ cơ sở công nghiệp nông thôn tỉnh Sơn Mộc');
      expect(t('bulletin.feedTitle')).toBe('Bản tin Khuyến công Sơn Mộc (RSS)');
      expect(t('policy.action')).toContain('liên hệ Trung tâm Khuyến công tỉnh Sơn Mộc.');
      expect(t('home.title')).toBe('Khuyến công Sơn Mộc');
    } finally {
      if (before === undefined) delete process.env['CONTENT_DIR'];
      else process.env['CONTENT_DIR'] = before;
    }
  });
  test('a folder without settings gives empty words (its build stops on the missing file)', () => {
    expect(siteWords(mkdtempSync(path.join(os.tmpdir(), 'kc-words-'))).province).toBe('');
  });
});

describe('what the build reads of the settings before the content loads', () => {
  const folder = (text: string) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kc-basics-'));
    writeFileSync(path.join(dir, 'site.yaml'), text);
    return dir;
  };
  test('a well-formed address, logo and colours are read', () => {
    const basics = siteBasics(folder('address: "https://khuyencong.sonmoc.gov.vn"\ntheme:\n  logo: "logo.svg"\n  colours:\n    brand: "#1b5e20"\n'));
    expect(basics).toEqual({ address: 'https://khuyencong.sonmoc.gov.vn', theme: { logo: 'logo.svg', colours: { brand: '#1b5e20' } } });
  });
  test('ill-formed values are left out (the settings’ checks name them), never passed on to the configuration or the stylesheet', () => {
    const basics = siteBasics(folder('address: "khuyencong.sonmoc.gov.vn"\ntheme:\n  logo: "logo.png"\n  colours:\n    brand: "red;} body{display:none"\n    accent: "#a04000"\n    other: "#000000"\n'));
    expect(basics).toEqual({ address: undefined, theme: { logo: undefined, colours: { accent: '#a04000' } } });
  });
});
