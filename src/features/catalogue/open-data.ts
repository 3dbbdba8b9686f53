// The open-data rows of the catalogue (/du-lieu/san-pham.json and .csv): one
// definition of the columns, used by both files and by the page documenting them.
import { latestYear, topRecognition } from './products.ts';
import { GROUPS, LEVELS, PRODUCER_KINDS, type ProductData } from '../../schemas/product.ts';

export interface Column {
  key: string;
  /** What the column holds, in Vietnamese, for the /du-lieu/ page. */
  meaning: string;
  value: (id: string, p: ProductData, url: string) => string | number | boolean;
}

export const PRODUCT_COLUMNS: Column[] = [
  { key: 'ma', meaning: 'Mã sản phẩm (cũng là địa chỉ trang /san-pham/<mã>/)', value: (id) => id },
  { key: 'ten', meaning: 'Tên sản phẩm', value: (_, p) => p.name },
  { key: 'nhom', meaning: 'Mã nhóm sản phẩm CNNT', value: (_, p) => p.group },
  { key: 'ten_nhom', meaning: 'Tên nhóm sản phẩm CNNT', value: (_, p) => GROUPS[p.group] },
  { key: 'bo_san_pham', meaning: 'true nếu là bộ sản phẩm', value: (_, p) => p.productSet },
  { key: 'co_so', meaning: 'Tên cơ sở sản xuất', value: (_, p) => p.producer.name },
  { key: 'loai_co_so', meaning: 'Loại cơ sở: doanh nghiệp, hợp tác xã, hộ kinh doanh, cơ sở', value: (_, p) => PRODUCER_KINDS[p.producer.kind] },
  { key: 'dia_chi', meaning: 'Số nhà, ấp, đường (nếu có)', value: (_, p) => p.producer.address ?? '' },
  { key: 'xa', meaning: 'Xã, phường, thị trấn khi được công nhận', value: (_, p) => p.producer.commune },
  { key: 'huyen', meaning: 'Huyện, thành phố khi được công nhận (tên năm 2024)', value: (_, p) => p.producer.district },
  { key: 'dia_chi_hien_nay', meaning: 'Địa chỉ hiện nay sau sắp xếp đơn vị hành chính 1/7/2025 (nếu có)', value: (_, p) => [p.producer.current?.address, p.producer.current?.commune, p.producer.current?.province].filter(Boolean).join(', ') },
  { key: 'dien_thoai', meaning: 'Điện thoại (nếu có)', value: (_, p) => p.producer.phone ?? '' },
  { key: 'email', meaning: 'Thư điện tử (nếu có)', value: (_, p) => p.producer.email ?? '' },
  { key: 'website', meaning: 'Trang web (nếu có)', value: (_, p) => p.producer.website ?? '' },
  { key: 'cap_cao_nhat', meaning: 'Cấp công nhận cao nhất', value: (_, p) => { const r = topRecognition(p.recognitions); return r ? LEVELS[r.level] : ''; } },
  { key: 'nam_gan_nhat', meaning: 'Năm được công nhận gần nhất', value: (_, p) => latestYear(p.recognitions) ?? '' },
  { key: 'cong_nhan', meaning: 'Các lần công nhận, dạng "cấp năm (số quyết định)", cách nhau bởi dấu chấm phẩy', value: (_, p) => p.recognitions.map((r) => `${LEVELS[r.level]} ${r.year}${r.decision ? ` (${r.decision})` : ''}`).join('; ') },
  { key: 'tom_tat', meaning: 'Giới thiệu ngắn', value: (_, p) => p.summary },
  { key: 'minh_hoa', meaning: 'true nếu là nội dung minh họa, không phải sản phẩm thật', value: (_, p) => p.sample },
  { key: 'nguon', meaning: 'Địa chỉ nguồn công khai của thông tin (nếu có)', value: (_, p) => p.source ?? '' },
  { key: 'trang', meaning: 'Địa chỉ trang sản phẩm trên trang này', value: (_, __, url) => url },
];

export function productRow(id: string, p: ProductData, url: string): Record<string, string | number | boolean> {
  return Object.fromEntries(PRODUCT_COLUMNS.map((c) => [c.key, c.value(id, p, url)]));
}
