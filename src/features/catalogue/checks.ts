// Checks of a product's folder and files that its schema cannot make: the
// folder's name is the product's address, and one product has one folder.
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

/** The drawings `npm run images:products` makes are named minh-hoa.<ext> (a drawing per group, never a photo of the product). */
export function isDrawingFile(src: string): boolean {
  return /^minh-hoa\.[a-z0-9]+$/i.test(src.split(/[\\/]/).pop() ?? '');
}

/** Why a drawing listed as a photo without `illustrative: true` is refused. */
export const DRAWING_UNMARKED = (src: string) =>
  `"${src}" là hình vẽ minh họa theo nhóm (do lệnh npm run images:products vẽ), không phải ảnh chụp sản phẩm này: ghi thêm "illustrative: true" cho ảnh này (trang sẽ ghi "Chưa có ảnh"); nếu đã thay tệp bằng ảnh chụp thật, đổi tên tệp (ví dụ anh-1.webp) và sửa "src"`;

/** A name compared as staff mean it: NFC, lowercase, spaces collapsed ("Ghế  xích đu Mây" is "ghế xích đu mây"). */
export function sameNameKey(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
}

/**
 * Products entered twice: the same name from the same producer in two folders
 * (it would be counted twice toward the plan). Each file is named, with the other folders.
 */
export function duplicateProducts(products: readonly { file: string; folder: string; name: string; producer: string }[]): { file: string; problems: FieldProblem[] }[] {
  const byKey = new Map<string, (typeof products)[number][]>();
  for (const p of products) {
    const key = `${sameNameKey(p.name)}\u0000${sameNameKey(p.producer)}`;
    byKey.set(key, [...(byKey.get(key) ?? []), p]);
  }
  return [...byKey.values()]
    .filter((same) => same.length > 1)
    .flatMap((same) =>
      same.map((p) => {
        const folders = same.map((o) => o.folder).sort().map((f) => `content/products/${f}/`);
        return {
          file: p.file,
          problems: [
            {
              field: 'name',
              message: `sản phẩm "${p.name}" của "${p.producer}" có ở ${same.length} thư mục: ${folders.join(' và ')}; một sản phẩm chỉ có một thư mục (nếu được công nhận nhiều lần, ghi các lần vào "recognitions"): gộp lại rồi xóa thư mục thừa`,
            },
          ],
        };
      }),
    );
}
