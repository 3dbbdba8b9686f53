// Mistakes in the site's settings (content/site.yaml) stop the build like any
// content file's: named with file and field, in Vietnamese, checked the way the
// build checks them (checkContentFolder).
import path from 'node:path';
import { describe, test } from 'vitest';
import { contentFixture, expectNamed, mistakesIn } from '../support/content-fixture.ts';

describe('content/site.yaml', () => {
  test.each([
    ['a phone number without its source', (t: string) => t.replace('  phone: ""', '  phone: "0251 3822 000"'), 'sources.phone', /chưa ghi nguồn công khai/],
    ['an e-mail that is not one', (t: string) => t.replace('  email: ""', '  email: "trungtam@"'), 'organisation.email', /địa chỉ email/],
    ['a public address without https', (t: string) => t.replace('address: ""', 'address: "http://khuyencong.dongnai.gov.vn"'), 'address', /https:\/\//],
    ['a website that is a script', (t: string) => t.replace(/  website: "[^"]*"/, '  website: "javascript:alert(1)"'), 'organisation.website', /javascript:/],
    ['the site’s name left empty', (t: string) => t.replace(/^name: "[^"]*"/m, 'name: ""'), 'name', /không được để trống/],
    ['a field misspelt', (t: string) => t.replace('  hours: ""', '  gio: ""'), 'organisation.gio', /không có trong mẫu/],
  ])('%s', (_, change, field, expected) => {
    const fixture = contentFixture();
    fixture.edit('site.yaml', change);
    expectNamed(mistakesIn(fixture), path.join(fixture.dir, 'site.yaml'), field, expected);
  });
});
