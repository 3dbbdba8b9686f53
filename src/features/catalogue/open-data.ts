// The open-data rows of the catalogue (/du-lieu/san-pham.json and .csv): one
// definition of the columns, used by both files and by the page documenting them.
import { latestYear, topRecognition } from './products.ts';
import { siteWords } from '../../lib/site-words.ts';
import { GROUPS, LEVELS, PRODUCER_KINDS, type ProductData } from '../../schemas/product.ts';

export interface Column {
  key: string;
  /** What the column holds, in Vietnamese, for the /du-lieu/ page. */
  meaning: string;
  /** The value's JSON type, and its allowed values where the set is national (groups, levels, kinds). */
  type: 'string' | 'integer' | 'boolean';
  allowed?: readonly string[];
  /** An absolute web address (http or https). */
  address?: boolean;
  value: (id: string, p: ProductData, url: string) => string | number | boolean;
}

const names = (record: Record<string, string>) => Object.values(record);

export const PRODUCT_COLUMNS: Column[] = [
  { key: 'ma', type: 'string', meaning: 'Mã sản phẩm (cũng là địa chỉ trang /san-pham/<mã>/)', value: (id) => id },
  { key: 'ten', type: 'string', meaning: 'Tên sản phẩm', value: (_, p) => p.name },
  { key: 'nhom', type: 'string', allowed: Object.keys(GROUPS), meaning: 'Mã nhóm sản phẩm CNNT', value: (_, p) => p.group },
  { key: 'ten_nhom', type: 'string', allowed: names(GROUPS), meaning: 'Tên nhóm sản phẩm CNNT', value: (_, p) => GROUPS[p.group] },
  { key: 'bo_san_pham', type: 'boolean', meaning: 'true nếu là bộ sản phẩm', value: (_, p) => p.productSet },
  { key: 'co_so', type: 'string', meaning: 'Tên cơ sở sản xuất', value: (_, p) => p.producer.name },
  { key: 'loai_co_so', type: 'string', allowed: names(PRODUCER_KINDS), meaning: 'Loại cơ sở: doanh nghiệp, hợp tác xã, hộ kinh doanh, cơ sở', value: (_, p) => PRODUCER_KINDS[p.producer.kind] },
  { key: 'dia_chi', type: 'string', meaning: 'Số nhà, ấp, đường (nếu có)', value: (_, p) => p.producer.address ?? '' },
  { key: 'xa', type: 'string', meaning: 'Xã, phường, thị trấn khi được công nhận', value: (_, p) => p.producer.commune },
  { key: 'huyen', type: 'string', meaning: 'Huyện, thành phố khi được công nhận (tên năm 2024)', value: (_, p) => p.producer.district },
  { key: 'dia_chi_hien_nay', type: 'string', meaning: 'Địa chỉ hiện nay sau sắp xếp đơn vị hành chính 1/7/2025 (nếu có)', value: (_, p) => [p.producer.current?.address, p.producer.current?.commune, p.producer.current?.province].filter(Boolean).join(', ') },
  { key: 'dien_thoai', type: 'string', meaning: 'Điện thoại (nếu có)', value: (_, p) => p.producer.phone ?? '' },
  { key: 'email', type: 'string', meaning: 'Thư điện tử (nếu có)', value: (_, p) => p.producer.email ?? '' },
  { key: 'website', type: 'string', meaning: 'Trang web (nếu có)', value: (_, p) => p.producer.website ?? '' },
  { key: 'cap_cao_nhat', type: 'string', allowed: names(LEVELS), meaning: 'Cấp công nhận cao nhất', value: (_, p) => LEVELS[topRecognition(p.recognitions)!.level] },
  { key: 'nam_gan_nhat', type: 'integer', meaning: 'Năm được công nhận gần nhất', value: (_, p) => latestYear(p.recognitions)! },
  { key: 'cong_nhan', type: 'string', meaning: 'Các lần công nhận, dạng "cấp năm (số quyết định)", cách nhau bởi dấu chấm phẩy', value: (_, p) => p.recognitions.map((r) => `${LEVELS[r.level]} ${r.year}${r.decision ? ` (${r.decision})` : ''}`).join('; ') },
  { key: 'tom_tat', type: 'string', meaning: 'Giới thiệu ngắn', value: (_, p) => p.summary },
  { key: 'minh_hoa', type: 'boolean', meaning: 'true nếu là nội dung minh họa, không phải sản phẩm thật', value: (_, p) => p.sample },
  { key: 'nguon', type: 'string', meaning: 'Địa chỉ nguồn công khai của thông tin (nếu có)', value: (_, p) => p.source ?? '' },
  { key: 'trang', type: 'string', address: true, meaning: 'Địa chỉ trang sản phẩm trên trang này', value: (_, __, url) => url },
  { key: 'tinh', type: 'string', meaning: 'Tỉnh (thành phố) của trang đăng danh mục, như viết trong câu; cùng với "trang", cho biết dòng của tỉnh nào khi gộp dữ liệu nhiều tỉnh', value: () => siteWords().province },
];

export function productRow(id: string, p: ProductData, url: string): Record<string, string | number | boolean> {
  return Object.fromEntries(PRODUCT_COLUMNS.map((c) => [c.key, c.value(id, p, url)]));
}

/**
 * The JSON Schema of /du-lieu/san-pham.json (served beside it as
 * san-pham.schema.json): an array of rows, every field present, of the type
 * and, for groups, levels and kinds of producer, the values that are the same
 * in every province. A ministry or a regional site can merge the files of
 * several provinces' sites and check each against it; `trang` (the product's
 * absolute address) keeps rows of different sites apart.
 */
export function productsJsonSchema(schemaAddress: string) {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: schemaAddress,
    title: 'Danh mục sản phẩm công nghiệp nông thôn tiêu biểu (dữ liệu mở)',
    description:
      'Mỗi phần tử là một sản phẩm, cùng các trường với tệp CSV. Các trường văn bản không có giá trị là chuỗi rỗng. Trường "trang" là địa chỉ đầy đủ của trang sản phẩm, dùng để phân biệt dữ liệu của các tỉnh khi gộp; trường "tinh" ghi tỉnh của trang.',
    type: 'array',
    items: {
      type: 'object',
      additionalProperties: false,
      required: PRODUCT_COLUMNS.map((c) => c.key),
      properties: Object.fromEntries(
        PRODUCT_COLUMNS.map((c) => [
          c.key,
          { type: c.type, description: c.meaning, ...(c.allowed ? { enum: [...c.allowed] } : {}), ...(c.address ? { pattern: '^https?://' } : {}) },
        ]),
      ),
    },
  };
}
