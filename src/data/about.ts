// The one place pages read the files that say who runs the site and how to get
// support: content/about/<page>.yaml (/gioi-thieu/, /en/), content/cach-dang-ky.yaml
// and content/kha-nang-tiep-can.yaml.
import { getEntry } from 'astro:content';
import type { AccessibilityData } from '../schemas/accessibility.ts';
import type { ApplyData } from '../schemas/apply.ts';
import type { SourcedPage } from '../schemas/sourced.ts';

/** content/about/<id>.yaml: "gioi-thieu" or "en". */
export async function getAboutPage(id: 'gioi-thieu' | 'en'): Promise<SourcedPage> {
  const entry = await getEntry('about', id);
  if (!entry) throw new Error(`Thiếu tệp content/about/${id}.yaml (nội dung của trang ${id === 'en' ? '/en/' : '/gioi-thieu/'})`);
  return entry.data;
}

export async function getApply(): Promise<ApplyData> {
  const entry = await getEntry('apply', 'cach-dang-ky');
  if (!entry) throw new Error('Thiếu tệp content/cach-dang-ky.yaml (nội dung của trang /chinh-sach/cach-dang-ky/)');
  return entry.data;
}

export async function getAccessibility(): Promise<AccessibilityData> {
  const entry = await getEntry('accessibility', 'kha-nang-tiep-can');
  if (!entry) throw new Error('Thiếu tệp content/kha-nang-tiep-can.yaml (nội dung của trang /kha-nang-tiep-can/)');
  return entry.data;
}
