// Draws the illustrative pictures used by sample bulletins: flat vector
// drawings (never photographs), so that nobody mistakes them for real events.
// Usage: node scripts/make-illustration.ts   (writes the .webp files below)
import sharp from 'sharp';

/** A classroom drawing: a board with a chart, a speaker and rows of listeners. */
const training = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <rect width="1200" height="630" fill="#e8f0f8"/>
  <rect y="470" width="1200" height="160" fill="#c9d8e8"/>
  <rect x="140" y="70" width="560" height="300" rx="12" fill="#fff" stroke="#0a3559" stroke-width="10"/>
  <polyline points="190,320 300,250 400,280 510,170 650,120" fill="none" stroke="#b3261e" stroke-width="14" stroke-linecap="round" stroke-linejoin="round"/>
  <rect x="200" y="300" width="40" height="40" fill="#0f4c81"/><rect x="270" y="270" width="40" height="70" fill="#0f4c81"/>
  <rect x="340" y="240" width="40" height="100" fill="#0f4c81"/><rect x="410" y="200" width="40" height="140" fill="#0f4c81"/>
  <circle cx="860" cy="180" r="48" fill="#0a3559"/>
  <path d="M800 420 q60 -210 120 0 z" fill="#0f4c81"/>
  <line x1="830" y1="290" x2="700" y2="220" stroke="#0a3559" stroke-width="14" stroke-linecap="round"/>
  ${[0, 1, 2, 3, 4, 5]
    .map((i) => {
      const x = 120 + i * 170;
      return `<circle cx="${x}" cy="500" r="38" fill="#4b5563"/><path d="M${x - 70} 630 q70 -140 140 0 z" fill="#7a4a00"/>`;
    })
    .join('')}
</svg>`;

/** A fair booth drawing: an awning, a counter and shelves of wares. */
const fair = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <rect width="1200" height="630" fill="#fff4dc"/>
  <rect x="150" y="150" width="900" height="400" fill="#fff" stroke="#0a3559" stroke-width="10"/>
  ${[0, 1, 2, 3, 4, 5, 6, 7, 8]
    .map((i) => `<path d="M${150 + i * 100} 90 h100 v80 q-50 40 -100 0 z" fill="${i % 2 ? '#fff' : '#b3261e'}" stroke="#0a3559" stroke-width="6"/>`)
    .join('')}
  <rect x="210" y="250" width="780" height="14" fill="#0a3559"/><rect x="210" y="370" width="780" height="14" fill="#0a3559"/>
  ${[0, 1, 2, 3, 4, 5].map((i) => `<ellipse cx="${270 + i * 130}" cy="220" rx="40" ry="30" fill="#7a4a00"/>`).join('')}
  ${[0, 1, 2, 3, 4, 5].map((i) => `<rect x="${240 + i * 130}" y="300" width="60" height="70" rx="8" fill="#0f4c81"/>`).join('')}
  <rect x="150" y="440" width="900" height="110" fill="#0f4c81"/>
</svg>`;

const out: [string, string][] = [
  ['content/bulletins/2024/tap-huan-khoi-su-doanh-nghiep-minh-hoa.webp', training],
  ['content/bulletins/2025/gian-hang-hoi-cho-minh-hoa.webp', fair],
];
for (const [file, svg] of out) {
  const info = await sharp(Buffer.from(svg)).webp({ quality: 70 }).toFile(file);
  console.log(file, `${info.width}×${info.height}`, `${info.size} bytes`);
}
