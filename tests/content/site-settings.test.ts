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
    ['the province left out', (t: string) => t.replace(/^province:\n(  .*\n)+/m, ''), 'province', /./],
    ['a link colour too light to read', (t: string) => t.replace(/    brand: "[^"]*"/, '    brand: "#8ab4e0"'), 'theme.colours.brand', /tương phản .*cần ít nhất 4,50:1/],
    ['a header colour white text cannot be read on', (t: string) => t.replace(/    brandDark: "[^"]*"/, '    brandDark: "#f2c14e"'), 'theme.colours.brandDark', /đầu trang/],
    ['a colour that is not one', (t: string) => t.replace(/    accent: "[^"]*"/, '    accent: "đỏ"'), 'theme.colours.accent', /#rrggbb/],
    ['a logo outside the content folder', (t: string) => t.replace(/  logo: "[^"]*"/, '  logo: "../public/x.svg"'), 'theme.logo', /ngoài thư mục nội dung/],
    ['a logo that does not exist', (t: string) => t.replace(/  logo: "[^"]*"/, '  logo: "khong-co.svg"'), 'theme.logo', /không tìm thấy/],
  ])('%s', (_, change, field, expected) => {
    const fixture = contentFixture();
    fixture.edit('site.yaml', change);
    expectNamed(mistakesIn(fixture), path.join(fixture.dir, 'site.yaml'), field, expected);
  });
});

describe('the logo file', () => {
  test.each([
    ['a script', '<script>alert(1)</script>', /<script>/],
    ['an event handler', '<rect onclick="alert(1)" width="1" height="1"/>', /sự kiện/],
    ['a picture from another site', '<image href="https://example.com/a.png" width="1" height="1"/>', /liên kết/],
  ])('a logo with %s stops the build, naming theme.logo', (_, inside, expected) => {
    const fixture = contentFixture();
    fixture.edit('logo.svg', (t) => t.replace('</svg>', `${inside}</svg>`));
    expectNamed(mistakesIn(fixture), path.join(fixture.dir, 'site.yaml'), 'theme.logo', expected);
  });
});
