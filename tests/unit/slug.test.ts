import { expect, test } from 'vitest';
import { createSlugger, foldVietnamese, slugify } from '../../src/lib/slug.ts';

test('folding drops tone marks and maps đ to d', () => {
  expect(foldVietnamese('Đồng Nai')).toBe('Dong Nai');
  expect(foldVietnamese('mây tre đan')).toBe('may tre dan');
  expect(foldVietnamese('Biên Hoà')).toBe('Bien Hoa');
});

test('decomposed (NFD) input folds the same as NFC', () => {
  expect(foldVietnamese('Đồng Nai'.normalize('NFD'))).toBe('Dong Nai');
});

test('slugs are ASCII, lowercase, hyphenated', () => {
  expect(slugify('II. NHIỆM VỤ KẾ HOẠCH')).toBe('ii-nhiem-vu-ke-hoach');
  expect(slugify('4. Cung cấp thông tin tuyên truyền')).toBe('4-cung-cap-thong-tin-tuyen-truyen');
});

test('repeated headings get distinct slugs', () => {
  const slug = createSlugger();
  expect([slug('1. Mục đích'), slug('1. Mục đích'), slug('1. Mục đích')]).toEqual([
    '1-muc-dich',
    '1-muc-dich-1',
    '1-muc-dich-2',
  ]);
});
