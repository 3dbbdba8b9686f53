// Draws public/chua-co-anh.png: the neutral picture that stands for a product
// without a photo of its own where a picture file is needed (its share card,
// its search result's thumbnail). Pages draw the same card in HTML
// (src/components/product/NoPhoto.astro). Run once; the PNG is committed.
// Usage: npm run images:no-photo
import sharp from 'sharp';

const W = 480;
const H = 360;
// The text and icon keep to the middle square: share cards crop the picture to a square.
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
  <rect width="${W}" height="${H}" fill="#f1f3f6"/>
  <g transform="translate(${W / 2 - 60} 80) scale(5)" fill="none" stroke="#4b5563" stroke-width="1.2" stroke-linejoin="round">
    <path d="M3 7.5h4l1.5-2h7l1.5 2h4v11H3z"/><circle cx="12" cy="13" r="3.5"/><path d="M3 3l18 18"/>
  </g>
  <text x="${W / 2}" y="270" text-anchor="middle" font-family="DejaVu Sans, sans-serif" font-weight="bold" font-size="34" fill="#374151">Chưa có ảnh</text>
</svg>`;
await sharp(Buffer.from(svg.normalize('NFC'))).png({ palette: true, colours: 16 }).toFile('public/chua-co-anh.png');
console.log('public/chua-co-anh.png');
