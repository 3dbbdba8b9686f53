// Writes deploy/nginx/snippets/khuyen-cong-maps.conf from the site's policy.
// Usage: npm run nginx-config
import { writeFileSync } from 'node:fs';
import { mapsConf } from './lib/nginx-config.ts';

const file = 'deploy/nginx/snippets/khuyen-cong-maps.conf';
writeFileSync(file, mapsConf());
console.log(`Đã ghi ${file}`);
