// Vietnamese words of the web editor that Decap CMS's own "vi" locale (3.16) lacks
// or words differently from the staff guide: merged over it in editor.client.ts.
// The site says "xuất bản" (publish) and "lưu" (save) throughout; Decap's locale
// says "công bố". A unit test checks that, with these, every string of Decap's
// English locale has a Vietnamese one.

export type Phrases = { [key: string]: string | Phrases };

export const VI_ADDITIONS: Phrases = {
  auth: {
    loginWithAzure: 'Đăng nhập bằng Azure',
    loginWithForgejo: 'Đăng nhập bằng Forgejo',
    loginWithGitea: 'Đăng nhập bằng tài khoản Git của tỉnh (Gitea/Forgejo)',
    errors: {
      identitySettings: 'Không truy cập được thiết lập danh tính. Khi dùng git-gateway, cần bật dịch vụ Identity và Git Gateway.',
    },
  },
  app: {
    header: { content: 'Nội dung', media: 'Ảnh', quickAdd: 'Thêm mới' },
    app: { checkConfigYml: 'Báo cho phòng công nghệ thông tin kèm nguyên văn thông báo này (tệp admin/config.yml).' },
  },
  collection: {
    sidebar: { collections: 'Các loại nội dung', allCollections: 'Mọi loại nội dung', searchAll: 'Tìm trong mọi nội dung', searchIn: 'Tìm trong' },
    collectionTop: {
      viewAs: 'Hiện dạng',
      viewAsList: 'Hiện dạng danh sách',
      viewAsGrid: 'Hiện dạng lưới',
      groupBy: 'Nhóm theo',
      newButton: 'Thêm %{collectionLabel}',
      newButtonAriaLabel: 'Thêm %{collectionLabel}',
    },
    entries: { unpublishedHeader: 'Chưa xuất bản', cachingEntries: 'Đang tải...' },
    groups: { other: 'Khác', negateLabel: 'Không phải %{label}' },
  },
  editor: {
    editorControl: { field: { widgetLabel: 'Ô %{widgetLabel}' } },
    editorControlPane: {
      widget: {
        required: '%{fieldLabel}: chưa điền (bắt buộc).',
        regexPattern: '%{fieldLabel}: %{pattern}.',
      },
      i18n: {
        writingInLocale: 'Đang viết bằng %{locale}',
        copyFromLocale: 'Chép từ ngôn ngữ khác',
        copyFromLocaleConfirm: 'Chép nội dung từ %{locale}?\nMọi nội dung đang có sẽ bị thay.',
      },
    },
    editor: {
      onPublishingNotReady: 'Đổi trạng thái thành "Sẵn sàng" trước khi xuất bản.',
      onPublishingWithUnsavedChanges: 'Có thay đổi chưa lưu: lưu trước khi xuất bản.',
      onPublishing: 'Xuất bản mục này?',
      onUnpublishing: 'Ngừng xuất bản mục này?',
      onDeletePublishedEntry: 'Xóa mục đã xuất bản này? Trang của nó sẽ không còn sau lần dựng trang tới.',
      onDeleteWithUnsavedChanges: 'Xóa mục đã xuất bản này, cùng những thay đổi chưa lưu?',
    },
    editorInterface: {
      toggleI18n: 'Bật/tắt nhiều ngôn ngữ',
      togglePreview: 'Bật/tắt xem trước',
      toggleScrollSync: 'Cuộn cùng nhau',
      toggleNotes: 'Bật/tắt ghi chú',
    },
    editorNotesPane: {
      title: 'Ghi chú',
      emptyState: 'Chưa có ghi chú. Thêm ghi chú đầu tiên ở dưới.',
      addNote: 'Thêm ghi chú',
      addPlaceholder: 'Viết ghi chú...',
      editPlaceholder: 'Sửa ghi chú...',
      save: 'Lưu',
      cancel: 'Hủy',
      edit: 'Sửa',
      delete: 'Xóa',
      resolve: 'Đã xong',
      unresolve: 'Mở lại',
      confirmDelete: 'Xóa ghi chú này?',
      shortcut: 'Mẹo: nhấn Ctrl+Enter để thêm nhanh ghi chú',
    },
    editorToolbar: {
      publishing: 'Đang xuất bản...',
      publish: 'Xuất bản',
      published: 'Đã xuất bản',
      unpublish: 'Ngừng xuất bản',
      unpublishing: 'Đang ngừng xuất bản...',
      publishNow: 'Xuất bản ngay',
      publishAndCreateNew: 'Xuất bản rồi thêm mục mới',
      publishAndDuplicate: 'Xuất bản rồi sao chép',
      deleteUnpublishedChanges: 'Xóa thay đổi chưa xuất bản',
      deleteUnpublishedEntry: 'Xóa mục chưa xuất bản',
      deletePublishedEntry: 'Xóa mục đã xuất bản',
      deleteEntry: 'Xóa mục này',
      status: 'Trạng thái: %{status}',
      backCollection: ' Đang viết trong mục %{collectionLabel}',
      statusInfoTooltipDraft: 'Mục đang là bản nháp. Để gửi duyệt, đổi trạng thái thành "Đang xét duyệt".',
      statusInfoTooltipInReview: 'Mục đang được xét duyệt; không cần làm gì thêm, nhưng vẫn có thể sửa tiếp.',
      deployButtonLabel: 'Xem trên trang',
    },
    editorWidgets: {
      markdown: {
        richText: 'Soạn thảo',
        markdown: 'Markdown',
        bold: 'Đậm',
        italic: 'Nghiêng',
        strikethrough: 'Gạch ngang',
        code: 'Mã',
        link: 'Liên kết',
        linkPrompt: 'Nhập địa chỉ của liên kết',
        headings: 'Đề mục',
        quote: 'Trích dẫn',
        bulletedList: 'Danh sách gạch đầu dòng',
        numberedList: 'Danh sách đánh số',
        addComponent: 'Chèn thành phần',
        toggleMode: { rich: 'Chuyển sang chế độ soạn thảo', markdown: 'Chuyển sang chế độ Markdown' },
      },
      image: {
        choose: 'Chọn ảnh',
        chooseDifferent: 'Chọn ảnh khác',
        remove: 'Bỏ ảnh',
        chooseMultiple: 'Chọn ảnh',
        chooseUrl: 'Chèn từ địa chỉ web',
        replaceUrl: 'Thay bằng địa chỉ web',
        promptUrl: 'Nhập địa chỉ của ảnh',
        addMore: 'Thêm ảnh',
        removeAll: 'Bỏ mọi ảnh',
      },
      file: {
        choose: 'Chọn tệp',
        chooseDifferent: 'Chọn tệp khác',
        remove: 'Bỏ tệp',
        chooseUrl: 'Chèn từ địa chỉ web',
        chooseMultiple: 'Chọn tệp',
        replaceUrl: 'Thay bằng địa chỉ web',
        promptUrl: 'Nhập địa chỉ của tệp',
        addMore: 'Thêm tệp',
        removeAll: 'Bỏ mọi tệp',
      },
      datetime: { now: 'Hôm nay', clear: 'Xóa', setToNow: 'Đặt %{fieldLabel} là hôm nay' },
      list: { add: 'Thêm %{item}', addType: 'Thêm %{item}' },
      object: { expand: 'Mở ra', collapse: 'Thu gọn' },
    },
  },
  mediaLibrary: {
    mediaLibraryCard: { copy: 'Chép', copyUrl: 'Chép địa chỉ', copyPath: 'Chép đường dẫn', copyName: 'Chép tên', copied: 'Đã chép' },
    mediaLibraryModal: {
      close: 'Đóng',
      images: 'Ảnh',
      mediaAssets: 'Tệp',
      deleteSelected: 'Xóa ảnh đã chọn',
      chooseSelected: 'Dùng ảnh đã chọn',
    },
  },
  ui: {
    settingsDropdown: { account: 'Tài khoản' },
    errorBoundary: { reportIt: 'báo cho phòng công nghệ thông tin.' },
    toast: {
      onFailToPersist: 'Chưa lưu được: %{details}',
      entrySaved: 'Đã lưu',
      entryPublished: 'Đã xuất bản: trang được dựng lại trong vài phút (xem trang Actions của kho mã)',
      entryUnpublished: 'Đã ngừng xuất bản',
      onFailToPublishEntry: 'Chưa xuất bản được: %{details}',
      onFailToUnpublishEntry: 'Chưa ngừng xuất bản được: %{details}',
      noteAdded: 'Đã thêm ghi chú',
      onFailToAddNote: 'Chưa thêm được ghi chú: %{details}',
      noteUpdated: 'Đã sửa ghi chú',
      onFailToUpdateNote: 'Chưa sửa được ghi chú: %{details}',
      noteDeleted: 'Đã xóa ghi chú',
      onFailToDeleteNote: 'Chưa xóa được ghi chú: %{details}',
      noteResolved: 'Ghi chú đã xong',
      noteReopened: 'Đã mở lại ghi chú',
      onFailToToggleNote: 'Chưa đổi được ghi chú: %{details}',
      missingRequiredField: 'Còn ô bắt buộc chưa điền, hoặc ô viết chưa đúng (xem chữ đỏ). Sửa rồi lưu lại.',
    },
  },
  workflow: {
    workflow: { newPost: 'Mục mới' },
    workflowCard: { publishChanges: 'Xuất bản thay đổi', publishNewEntry: 'Xuất bản mục mới' },
  },
};

/** `over` laid over `base`, key by key (neither is changed). */
export function mergePhrases(base: Phrases, over: Phrases): Phrases {
  const out: Phrases = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const current = out[key];
    out[key] = typeof value === 'object' && typeof current === 'object' ? mergePhrases(current, value) : value;
  }
  return out;
}
