// The date a build is made for. Pages that say "upcoming" or "aired", and checks
// such as "a recognition year after the build year", read it from here.
// BUILD_DATE ("YYYY-MM-DD") fixes it for reproducible builds and tests;
// otherwise it is today in Vietnam (Asia/Ho_Chi_Minh, UTC+7, no daylight saving).
import { parseIsoDate } from './format';

export function buildDate(env: Record<string, string | undefined> = process.env, now = new Date()): string {
  const fixed = env['BUILD_DATE'];
  if (fixed) {
    if (!parseIsoDate(fixed)) throw new Error(`BUILD_DATE="${fixed}" không phải ngày hợp lệ (cần dạng YYYY-MM-DD)`);
    return fixed;
  }
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

export function buildYear(env: Record<string, string | undefined> = process.env, now = new Date()): number {
  return Number(buildDate(env, now).slice(0, 4));
}
