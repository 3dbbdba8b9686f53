// Draws an honest illustrative image for each product that has none: a card
// per CNNT group (drawn shapes, clearly not a photograph), varied by the
// product's folder name, saved as content/products/<slug>/minh-hoa.webp. A
// drawing stands for a whole group, never for the product: listed under photos
// it must carry `illustrative: true` (the build refuses it otherwise), and pages
// then show "Chưa có ảnh" instead of it. Staff add a real photo under its own
// name (anh-1.jpg) and remove the drawing's entry.
// Usage: npm run images:products [-- --force]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { contentDir } from '../src/lib/content-dir.ts';

const CONTENT = contentDir();
const force = process.argv.includes('--force');
const W = 960;
const H = 720;

/** A small deterministic generator, so that the same slug always gives the same picture. */
function random(seed: string): () => number {
  let h = 2166136261;
  for (const c of seed) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return () => {
    h = Math.imul(h ^ (h >>> 15), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    return ((h ^= h >>> 16) >>> 0) / 4294967296;
  };
}

const PALETTES: Record<string, [string, string, string]> = {
  'thu-cong-my-nghe': ['#f3e6d3', '#a0522d', '#6b3a1f'],
  'che-bien-nong-lam-thuy-san-thuc-pham': ['#e6f2dc', '#4d7c0f', '#2f4f0a'],
  'thiet-bi-may-moc-co-khi': ['#e3e9f1', '#0f4c81', '#0a3559'],
  'san-pham-khac': ['#f1e8f5', '#7e3a8f', '#4c2157'],
};

function motif(group: string, rnd: () => number, fg: string, dark: string): string {
  const cx = W / 2;
  const cy = H / 2 + 10;
  switch (group) {
    case 'thu-cong-my-nghe': {
      // A woven pattern behind a stylised vase.
      const weave = Array.from({ length: 12 }, (_, i) =>
        `<path d="M0 ${60 * i + 20} Q ${W / 4} ${60 * i - 10} ${W / 2} ${60 * i + 20} T ${W} ${60 * i + 20}" stroke="${fg}" stroke-opacity="0.18" stroke-width="14" fill="none"/>`,
      ).join('');
      const neck = 60 + rnd() * 40;
      return `${weave}<path d="M${cx - neck / 2} 170 h${neck} v40 c 120 40 140 220 60 300 h${-neck - 120} c -80 -80 -60 -260 60 -300 z" fill="${fg}" stroke="${dark}" stroke-width="8"/>
        <path d="M${cx - 110} 380 h220" stroke="#fff" stroke-opacity="0.6" stroke-width="10"/>`;
    }
    case 'che-bien-nong-lam-thuy-san-thuc-pham': {
      const leaves = Array.from({ length: 5 }, (_, i) => {
        const a = -60 + i * 30 + rnd() * 10;
        return `<ellipse cx="${cx}" cy="${cy - 120}" rx="46" ry="120" fill="${fg}" fill-opacity="${0.55 + rnd() * 0.4}" transform="rotate(${a} ${cx} ${cy + 40})"/>`;
      }).join('');
      const seeds = Array.from({ length: 7 }, () => `<circle cx="${120 + rnd() * (W - 240)}" cy="${H - 110 + rnd() * 40}" r="${14 + rnd() * 12}" fill="${dark}" fill-opacity="0.7"/>`).join('');
      return `${leaves}${seeds}`;
    }
    case 'thiet-bi-may-moc-co-khi': {
      const gear = (x: number, y: number, r: number, teeth: number, fill: string) => {
        const pts: string[] = [];
        for (let i = 0; i < teeth * 2; i++) {
          const rr = i % 2 ? r : r * 1.18;
          const a = (Math.PI * i) / teeth;
          pts.push(`${(x + rr * Math.cos(a)).toFixed(1)},${(y + rr * Math.sin(a)).toFixed(1)}`);
        }
        return `<polygon points="${pts.join(' ')}" fill="${fill}"/><circle cx="${x}" cy="${y}" r="${r * 0.35}" fill="#fff"/>`;
      };
      return gear(cx - 90, cy, 150 + rnd() * 20, 10, fg) + gear(cx + 150, cy - 130, 80 + rnd() * 10, 8, dark);
    }
    default: {
      return Array.from({ length: 6 }, (_, i) => {
        const x = 140 + (i % 3) * 240 + rnd() * 30;
        const y = 170 + Math.floor(i / 3) * 220 + rnd() * 30;
        return i % 2
          ? `<rect x="${x}" y="${y}" width="150" height="150" rx="18" fill="${i % 3 ? fg : dark}" fill-opacity="0.8"/>`
          : `<circle cx="${x + 75}" cy="${y + 75}" r="78" fill="${i % 3 ? dark : fg}" fill-opacity="0.8"/>`;
      }).join('');
    }
  }
}

function card(slug: string, group: string): string {
  const [bg, fg, dark] = PALETTES[group] ?? PALETTES['san-pham-khac']!;
  const rnd = random(slug);
  // A dashed frame and a corner fold say "drawing", not "photograph".
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
    <rect width="${W}" height="${H}" fill="${bg}"/>
    ${motif(group, rnd, fg, dark)}
    <rect x="24" y="24" width="${W - 48}" height="${H - 48}" fill="none" stroke="${dark}" stroke-width="6" stroke-dasharray="24 16" rx="20"/>
    <path d="M${W - 24} ${H - 110} L${W - 110} ${H - 24} L${W - 24} ${H - 24} Z" fill="${dark}" fill-opacity="0.85"/>
  </svg>`;
}

const dir = path.join(CONTENT, 'products');
let made = 0;
for (const slug of readdirSync(dir)) {
  const file = path.join(dir, slug, 'index.md');
  const out = path.join(dir, slug, 'minh-hoa.webp');
  if (!existsSync(file) || (existsSync(out) && !force)) continue;
  const group = /^group:\s*(\S+)/m.exec(readFileSync(file, 'utf8'))?.[1] ?? 'san-pham-khac';
  await sharp(Buffer.from(card(slug, group))).webp({ quality: 72 }).toFile(out);
  made++;
}
console.log(`${made} ảnh minh họa đã được tạo trong ${dir}`);
