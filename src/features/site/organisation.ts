// The organisation that runs the site: named in the footer, on policy pages and in the
// site's structured data.

/** The centre that publishes the site, and its parent body. */
export const ORGANISATION = {
  name: 'Trung tâm Khuyến công và Tư vấn Phát triển Công nghiệp tỉnh Đồng Nai',
  parent: 'Sở Công Thương tỉnh Đồng Nai',
  url: 'https://khuyencongvatuvancongnghiepdongnai.gov.vn/',
  area: 'Tỉnh Đồng Nai',
} as const;
