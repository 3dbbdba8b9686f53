// The text of a new bulletin file, as `npm run new -- ban-tin "Tiêu đề"` writes it:
// every field present, ready to fill, and valid as it is (a draft).

export interface NewIssue {
  title: string;
  number: number;
  /** "YYYY-MM-DD", today in Việt Nam. */
  date: string;
}

/** YAML-safe quoting of a one-line text. */
const quote = (s: string) => JSON.stringify(s.normalize('NFC'));

export function newIssueText({ title, number, date }: NewIssue): string {
  return `---
# Bản tin Khuyến công. Điền các trường dưới đây rồi viết nội dung sau dòng --- thứ hai.
# Hướng dẫn đầy đủ: docs/huong-dan-bien-tap.md
title: ${quote(title)}
number: ${number} # số bản tin trong năm, máy đã chọn số tiếp theo còn trống
date: "${date}" # ngày phát hành, dạng "YYYY-MM-DD", trong ngoặc kép
# updated: "${date}" # bỏ dấu # nếu sửa bản tin sau khi đã phát hành
summary: >-
  Viết ở đây hai, ba câu tóm tắt bản tin. Tóm tắt hiện trong danh sách, trên trang chủ và trong RSS.
# cover: # ảnh bìa (nếu có): đặt tệp ảnh cạnh tệp này, rồi bỏ dấu # ở ba dòng
#   image: ./anh-bia.webp
#   alt: "Mô tả ngắn nội dung ảnh cho người không xem được ảnh"
tags: [] # chủ đề, ví dụ [hội chợ, sản phẩm tiêu biểu]
sample: false # true nếu là nội dung minh họa, không phải tin thật
source: "" # nguồn công khai (https://… hoặc trang của trang này, ví dụ /ke-hoach/2024/); bắt buộc khi xuất bản, trừ nội dung minh họa
draft: true # bản nháp: chỉ hiện khi xem trước; đổi thành false để xuất bản
---

Viết nội dung bản tin ở đây. Mỗi đoạn cách nhau một dòng trống.
`;
}
