// The day the site is built, against which "already aired" and "coming" are told apart.
import { parseIsoDate } from './format.ts';

/**
 * "YYYY-MM-DD": BUILD_DATE when set (tests and reproducible builds set it),
 * else today in Việt Nam (Asia/Ho_Chi_Minh), whatever the build machine's zone.
 */
// en-CA writes dates as YYYY-MM-DD. Made once: content checks ask for the year per entry.
const VN_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' });

export function buildDate(env: Record<string, string | undefined> = process.env, now = new Date()): string {
  const fixed = env['BUILD_DATE'];
  if (fixed !== undefined && fixed !== '') {
    if (!parseIsoDate(fixed)) throw new Error(`BUILD_DATE="${fixed}" không phải một ngày có thật; cần dạng YYYY-MM-DD`);
    return fixed;
  }
  return VN_DAY.format(now);
}

/** The year of the build date: nothing can have been recognised after it. */
export function buildYear(env: Record<string, string | undefined> = process.env, now = new Date()): number {
  return Number(buildDate(env, now).slice(0, 4));
}
