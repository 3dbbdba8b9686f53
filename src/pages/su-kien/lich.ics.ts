// /su-kien/lich.ics: every khuyến công event as an iCalendar event, to subscribe to
// (the same writer as the TV schedule's feed: src/lib/ical.ts).
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { byDate, calendarEvent, EVENTS_ZONE } from '../../features/events/events.ts';
import { t } from '../../lib/i18n.ts';
import { formatCalendar } from '../../lib/ical.ts';

export const GET = (async ({ site }) => {
  const base = site ?? new URL(import.meta.env.SITE);
  const policies = new Map((await getCollection('policies')).map((p) => [p.id, p.data.title]));
  const years = (await getCollection('events')).map((e) => e.data).sort((a, b) => a.year - b.year);
  const events = years.flatMap((y) => [...y.events].sort(byDate).map((e) => calendarEvent(y.year, e, base, policies.get(e.policy))));
  const body = formatCalendar({
    prodId: `-//${base.host}//Su kien khuyen cong//VI`,
    name: t('events.title'),
    description: t('events.description'),
    zone: EVENTS_ZONE,
    events,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}) satisfies APIRoute;
