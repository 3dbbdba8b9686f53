// The editor's preview of a bulletin issue and of a product: the same markup and
// classes as their pages (src/pages/ban-tin/[slug].astro, src/pages/san-pham/[slug].astro),
// the same words (src/lib/i18n.ts) and formats, styled by the site's own stylesheet
// (registered with CMS.registerPreviewStyle in editor.client.ts). What only a
// build can show (resized pictures, links to other pages) is left out.
import { addressLine } from '../features/catalogue/products.ts';
import { formatDateShort } from '../lib/format.ts';
import { t } from '../lib/i18n.ts';
import { GROUPS, LEVELS, PRODUCER_KINDS, type Group, type Level, type ProducerKind } from '../schemas/product.ts';
import type { CreateClass, H, Node, PreviewProps } from './decap-globals.ts';

interface BulletinFields {
  title?: string;
  number?: number;
  date?: string;
  updated?: string;
  summary?: string;
  cover?: { image?: string; alt?: string };
  tags?: string[];
  sample?: boolean;
  source?: string;
  draft?: boolean;
}

interface ProductFields {
  name?: string;
  group?: Group;
  productSet?: boolean;
  producer?: { name?: string; kind?: ProducerKind; address?: string; commune?: string; district?: string; phone?: string; email?: string; website?: string; current?: { address?: string; commune?: string; province?: string } };
  recognitions?: { level?: Level; year?: number; decision?: string }[];
  summary?: string;
  photos?: { src?: string; alt?: string; illustrative?: boolean }[];
  sample?: boolean;
  source?: string;
}

const dataOf = <T>(props: PreviewProps) => ((props.entry.get('data') as { toJS(): unknown } | undefined)?.toJS() ?? {}) as T;
const isDate = (s: unknown): s is string => typeof s === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s);
const hostOf = (href: string) => {
  try {
    return new URL(href).host;
  } catch {
    return href;
  }
};

function sampleNotice(h: H, text: string): Node {
  return h('p', { className: 'notice-sample', role: 'note' }, h('strong', null, `${t('plan.sample')}:`), ` ${text}`);
}

/** A bulletin issue as its page shows it. */
export function bulletinPreview(createClass: CreateClass, h: H): unknown {
  return createClass({
    render(this: { props: PreviewProps }) {
      const d = dataOf<BulletinFields>(this.props);
      const year = isDate(d.date) ? d.date.slice(0, 4) : '';
      const cover = d.cover?.image ? this.props.getAsset(d.cover.image)?.toString() : undefined;
      const facts: Node[] = [];
      if (isDate(d.date)) facts.push(h('dt', { className: 'text-muted', key: 'pd' }, t('bulletin.published')), h('dd', { key: 'pv' }, h('time', { dateTime: d.date }, formatDateShort(d.date))));
      if (isDate(d.updated)) facts.push(h('dt', { className: 'text-muted', key: 'ud' }, t('bulletin.updated')), h('dd', { key: 'uv' }, formatDateShort(d.updated)));
      if (d.source) facts.push(h('dt', { className: 'text-muted', key: 'sd' }, t('bulletin.source')), h('dd', { key: 'sv' }, h('a', { href: d.source }, d.source.startsWith('/') ? d.source : hostOf(d.source))));
      if (d.tags?.length) facts.push(h('dt', { className: 'text-muted', key: 'td' }, t('bulletin.tags')), h('dd', { key: 'tv' }, d.tags.join(', ')));
      return h(
        'div',
        { className: 'container-page' },
        h(
          'article',
          { className: 'bulletin container-text' },
          h(
            'header',
            null,
            h('p', { className: 'mt-4 font-semibold text-brand-dark' }, `${t('bulletin.title')} · ${t('bulletin.issue', { number: d.number ?? '…', year: year || '…' })}`),
            h('h1', { className: 'mt-1 text-2xl md:text-3xl' }, d.title ?? ''),
            h('dl', { className: 'mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-[0.95rem]' }, ...facts),
            d.sample ? h('div', { className: 'mt-4' }, sampleNotice(h, t('bulletin.sampleText'))) : null,
            d.draft ? h('p', { className: 'notice mt-4' }, t('bulletin.draft')) : null,
            h('p', { className: 'mt-4 text-lg' }, d.summary ?? ''),
          ),
          cover ? h('img', { src: cover, alt: d.cover?.alt ?? '', className: 'mt-6 h-auto w-full rounded' }) : null,
          h('div', { className: 'prose-bulletin mt-6' }, this.props.widgetFor('body')),
        ),
      );
    },
  });
}

/** A product as its page shows it. */
export function productPreview(createClass: CreateClass, h: H): unknown {
  return createClass({
    render(this: { props: PreviewProps }) {
      const p = dataOf<ProductFields>(this.props);
      const producer = p.producer ?? {};
      const current = [producer.current?.address, producer.current?.commune, producer.current?.province].filter(Boolean).join(', ');
      // As on the page: a drawing (illustrative: true) never stands for the product; without a photo, "Chưa có ảnh".
      const photos = (p.photos ?? []).filter((photo) => photo.src && !photo.illustrative);
      const contact = (label: string, value: Node, key: string) => h('div', { key }, h('dt', { className: 'text-sm text-muted' }, label), h('dd', null, value));
      return h(
        'div',
        { className: 'container-page' },
        h(
          'div',
          { className: 'mt-4 grid gap-8 md:grid-cols-2' },
          h(
            'div',
            { className: 'space-y-4' },
            ...photos.map((photo, i) =>
              h('img', { key: `photo-${i}`, src: this.props.getAsset(photo.src!)?.toString(), alt: photo.alt ?? '', className: 'aspect-[4/3] h-auto w-full rounded-lg border border-line object-cover' }),
            ),
            photos.length === 0
              ? h('div', { role: 'img', 'aria-label': t('product.noPhotoLabel'), className: 'no-photo aspect-[3/1] w-full rounded-lg border border-line md:aspect-[4/3]' }, h('span', null, t('product.noPhoto')))
              : null,
          ),
          h(
            'div',
            null,
            h('p', { className: 'text-sm font-semibold text-muted' }, p.group ? GROUPS[p.group] : ''),
            h('h1', { className: 'mt-1 text-2xl md:text-3xl' }, p.name ?? ''),
            p.productSet ? h('p', { className: 'mt-1 text-[0.95rem]' }, t('product.set')) : null,
            h('p', { className: 'mt-3 text-lg' }, p.summary ?? ''),
            p.sample ? h('div', { className: 'mt-4' }, sampleNotice(h, t('product.sampleText'))) : null,
            h(
              'section',
              { className: 'mt-6' },
              h('h2', { className: 'text-lg' }, t('product.recognitions')),
              h(
                'ul',
                { className: 'mt-2 space-y-1' },
                ...(p.recognitions ?? []).map((r, i) =>
                  h('li', { key: `r-${i}` }, `${r.level ? LEVELS[r.level] : ''} ${t('product.year', { year: r.year ?? '…' })}`, r.decision ? h('span', { className: 'text-muted' }, ` · ${t('product.decision')} ${r.decision}`) : null),
                ),
              ),
            ),
            h(
              'section',
              { className: 'card mt-6' },
              h('h2', { className: 'text-lg' }, t('product.producer')),
              h('p', { className: 'mt-2 font-semibold' }, producer.name ?? ''),
              h('p', { className: 'text-sm text-muted' }, producer.kind ? PRODUCER_KINDS[producer.kind] : ''),
              h(
                'dl',
                { className: 'mt-3 space-y-2 text-[0.95rem]' },
                contact(t('product.address2024'), addressLine({ address: producer.address, commune: producer.commune ?? '', district: producer.district } as Parameters<typeof addressLine>[0]), 'a'),
                current ? contact(t('product.addressNow'), current, 'c') : null,
                producer.phone ? contact(t('product.phone'), producer.phone, 'p') : null,
                producer.email ? contact(t('product.email'), producer.email, 'e') : null,
                producer.website ? contact(t('product.website'), hostOf(producer.website), 'w') : null,
              ),
            ),
          ),
        ),
        h(
          'section',
          { className: 'container-text mt-10' },
          h('h2', { className: 'text-xl' }, t('product.description')),
          h('div', { className: 'prose-basic mt-3' }, this.props.widgetFor('body')),
          p.source ? h('p', { className: 'mt-4 text-[0.95rem]' }, `${t('product.source')}: `, h('a', { href: p.source }, hostOf(p.source))) : null,
        ),
      );
    },
  });
}
