// Checks of a product's folder and files that its schema cannot make: the
// folder's name is the product's address, and its photos must be beside it.
import type { FieldProblem } from '../../lib/content-errors.ts';
import { slugify } from '../../lib/slug.ts';

/** Folder names are the products' addresses: /san-pham/<folder>/; these are taken by other pages. */
export const RESERVED_PRODUCT_SLUGS = ['in', 'trang', 'nhom', 'cap', 'huyen', 'nam'];

/** Why a product folder's name cannot be its address, or null. */
export function productFolderProblem(folder: string): string | null {
  const slug = slugify(folder);
  if (folder !== slug) return `tên thư mục "${folder}" phải viết thường, không dấu, nối bằng gạch ngang, ví dụ "${slug}"`;
  if (RESERVED_PRODUCT_SLUGS.includes(slug)) return `"${slug}" là địa chỉ dành riêng của trang (/san-pham/${slug}/); đặt tên thư mục khác`;
  return null;
}

/** Photos (paths as written, relative to the product's folder `dir`) that are not there. */
export function checkPhotoFiles(photos: readonly string[], dir: string, exists: (file: string) => boolean): FieldProblem[] {
  return photos.flatMap((src, i) => {
    if (/^(https?:)?\/\//.test(src)) return [];
    return exists(`${dir}/${src}`)
      ? []
      : [{ field: `photos.${i}.src`, message: `không tìm thấy tệp ảnh "${src}" trong thư mục ${dir}; kiểm tra tên tệp (phân biệt chữ hoa, chữ thường) và phần đuôi (.jpg, .webp…)` }];
  });
}
