// The site's interface strings, in one table, read through t().
// Vietnamese only for now; keys are dotted by area.

export const ui = {
  'site.name': 'Khuyến công Đồng Nai',
  'site.tagline': 'Chương trình khuyến công tỉnh Đồng Nai',
  'site.description':
    'Thông tin công khai về chương trình khuyến công tỉnh Đồng Nai: kế hoạch, chỉ tiêu và kinh phí hỗ trợ cơ sở công nghiệp nông thôn.',
  'skip.toMain': 'Bỏ qua để đến nội dung chính',
  'nav.label': 'Điều hướng chính',
  'nav.home': 'Trang chủ',
  'nav.plans': 'Kế hoạch',
  'nav.menu': 'Mục lục trang',
  'breadcrumb.label': 'Bạn đang ở',
  'footer.issuedBy': 'Cơ quan chủ quản',
  'footer.ubnd': 'Ủy ban nhân dân tỉnh Đồng Nai',
  'footer.sct': 'Sở Công Thương tỉnh Đồng Nai',
  'footer.center': 'Trung tâm Khuyến công và Tư vấn Phát triển Công nghiệp',
  'footer.contact': 'Liên hệ',
  'footer.contactText': 'Trung tâm Khuyến công và Tư vấn Phát triển Công nghiệp tỉnh Đồng Nai, trang thông tin của Trung tâm:',
  'footer.honesty':
    'Văn bản kế hoạch được chép đúng từng chữ từ văn bản gốc. Nội dung không lấy từ nguồn công khai được ghi rõ là “Nội dung minh họa”.',
  'footer.backToTop': 'Quay lại đầu trang',
  'home.title': 'Khuyến công Đồng Nai',
  'home.lead': 'Hỗ trợ cơ sở công nghiệp nông thôn tỉnh Đồng Nai',
  'home.what':
    'Khuyến công là hoạt động của Nhà nước hỗ trợ các cơ sở công nghiệp nông thôn — doanh nghiệp nhỏ và vừa, hợp tác xã, hộ kinh doanh — phát triển sản xuất.',
  'home.how':
    'Tỉnh hỗ trợ một phần chi phí ứng dụng máy móc thiết bị tiên tiến, đào tạo khởi sự doanh nghiệp, tham gia hội chợ, bình chọn sản phẩm tiêu biểu và thông tin tuyên truyền, theo Nghị định số 45/2012/NĐ-CP của Chính phủ về khuyến công.',
  'home.yearly': 'Mỗi năm, Ủy ban nhân dân tỉnh ban hành một kế hoạch khuyến công với chỉ tiêu và kinh phí cụ thể.',
  'home.figures': 'Kế hoạch năm {year} qua các con số',
  'home.totalBudget': 'Tổng kinh phí',
  'home.readPlan': 'Đọc toàn văn kế hoạch năm {year}',
  'home.sections': 'Xem thêm',
  'home.allPlans': 'Các kế hoạch khuyến công',
  'home.allPlansText': 'Danh sách kế hoạch theo từng năm, với chỉ tiêu và kinh phí.',
  'plans.title': 'Kế hoạch khuyến công',
  'plans.lead': 'Kế hoạch khuyến công hằng năm do Ủy ban nhân dân tỉnh Đồng Nai ban hành.',
  'plans.item': 'Kế hoạch năm {year}',
  'plans.number': 'Số hiệu',
  'plans.issued': 'Ngày ban hành',
  'plans.issuer': 'Cơ quan ban hành',
  'plans.signer': 'Người ký',
  'plans.total': 'Tổng kinh phí',
  'plans.read': 'Xem kế hoạch năm {year}',
  'plan.toc': 'Mục lục',
  'plan.keyFigures': 'Số liệu chính',
  'plan.targets': 'Chỉ tiêu của kế hoạch',
  'plan.targetsNote': 'Các chỉ tiêu định lượng tại mục II của kế hoạch. Cột “Mục” chỉ vị trí trong văn bản.',
  'plan.col.section': 'Mục',
  'plan.col.target': 'Chỉ tiêu',
  'plan.col.amount': 'Số lượng',
  'plan.budget': 'Kinh phí',
  'plan.col.source': 'Nguồn kinh phí',
  'plan.col.money': 'Số tiền (đồng)',
  'plan.col.share': 'Tỷ lệ',
  'plan.totalRow': 'Tổng cộng',
  'plan.shareNote': 'Tỷ lệ được tính từ số tiền và khớp với tỷ lệ ghi trong văn bản.',
  'plan.chartTitle': 'Cơ cấu nguồn kinh phí năm {year}',
  'plan.chartDesc': '{parts}. Tổng cộng {total}.',
  'plan.appendixMissing':
    'Văn bản ghi “Chi tiết kinh phí theo phụ lục đính kèm”, nhưng bản văn bản công khai mà trang này dựa vào không kèm phụ lục đó. Vì vậy trang không nêu kinh phí của từng nhiệm vụ.',
  'plan.fullText': 'Toàn văn kế hoạch',
  'plan.legalBases': 'Căn cứ ban hành',
  'plan.recipients': 'Nơi nhận:',
  'plan.signature': 'Người ký',
  'plan.sample': 'Nội dung minh họa',
  'plan.sampleText': 'Kế hoạch này là nội dung minh họa, không phải văn bản chính thức.',
  'plan.source': 'Nguồn văn bản',
  'notFound.title': 'Không tìm thấy trang',
  'notFound.text': 'Trang bạn tìm không có hoặc đã được chuyển đi. Kiểm tra lại địa chỉ, hoặc bắt đầu lại từ trang chủ.',
  'notFound.home': 'Về trang chủ',
} as const;

export type UiKey = keyof typeof ui;

/** The interface string for `key`, with `{name}` placeholders filled from `params`. */
export function t(key: UiKey, params: Record<string, string | number> = {}): string {
  return ui[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
