// /truyen-hinh/lich.ics: every TV feature as an iCalendar event, to subscribe to.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { t } from '../../lib/i18n.ts';
import { formatCalendar } from '../../lib/ical.ts';
import { CALENDAR_ZONE, byAirTime, featureEvent } from '../../features/tv/schedule.ts';

export const GET = (async ({ site }) => {
  const base = site ?? new URL(import.meta.env.SITE);
  const schedules = (await getCollection('tv')).map((e) => e.data).sort((a, b) => a.year - b.year);
  const events = schedules.flatMap((s) => {
    const current = new Map(s.channels.map((c) => [c.name, c.currentName]));
    return [...s.features].sort(byAirTime).map((f) => {
      const now = current.get(f.channel);
      return featureEvent(s.year, f, base, now ? `${f.channel} (nay là ${now})` : f.channel);
    });
  });
  const body = formatCalendar({
    prodId: `-//${base.host}//Lich phat song chuyen de khuyen cong//VI`,
    name: t('tv.seriesName'),
    description: t('tv.title'),
    zone: CALENDAR_ZONE,
    events,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}) satisfies APIRoute;
