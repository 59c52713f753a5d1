import type { TranslationMessages } from 'react-admin';
import { raVietnamese } from './ra-vi';
import { vocabularyMessages } from './vocabulary';

/** The console's own messages in Vietnamese (the default language). en.ts is typed against this. */
export const viApp = {
  resources: {
    AdministrativeUnit: {
      name: 'Đơn vị hành chính',
      fields: {
        id: 'Mã định danh',
        code: 'Mã',
        name: 'Tên',
        shortName: 'Tên rút gọn',
        kind: 'Loại',
        level: 'Cấp',
        parentId: 'Trực thuộc',
        validFrom: 'Hiệu lực từ',
        validTo: 'Hiệu lực đến',
        validity: 'Hiệu lực',
        dataset: 'Danh mục',
        q: 'Tìm kiếm',
        validOn: 'Thời kỳ',
      },
    },
    Organization: {
      name: 'Cơ quan, tổ chức',
      fields: {
        id: 'Mã định danh',
        code: 'Mã',
        name: 'Tên',
        shortName: 'Tên viết tắt',
        kind: 'Loại hình',
        sector: 'Lĩnh vực',
        parentId: 'Cơ quan cấp trên',
        unitId: 'Địa bàn',
        unitAncestorId: 'Trên địa bàn',
        validFrom: 'Hiệu lực từ',
        validTo: 'Hiệu lực đến',
        validity: 'Hiệu lực',
        note: 'Ghi chú',
        isReference: 'Dữ liệu tham chiếu',
        version: 'Phiên bản',
        createdAt: 'Ngày tạo',
        updatedAt: 'Cập nhật lần cuối',
        q: 'Tìm kiếm',
        validOn: 'Còn hiệu lực vào ngày',
      },
    },
  },
  exemplar: {
    title: 'Exemplar',
    validity: {
      range: '%{from} – %{to}',
      since: 'Từ %{from}',
      until: 'Đến hết %{to}',
      open: 'Không thời hạn',
      ended: 'Đã hết hiệu lực',
    },
    unit: {
      state: {
        current: 'Hiện nay (sau 01/7/2025)',
        before: 'Trước 01/7/2025 (30/6/2025)',
      },
      section: {
        details: 'Thông tin chung',
        children: 'Đơn vị trực thuộc',
        successors: 'Đơn vị kế thừa',
        predecessors: 'Đơn vị tiền thân',
        today: 'Địa bàn hiện nay thuộc',
        organizations: 'Cơ quan, tổ chức đóng trên địa bàn',
      },
      today_help: 'Đơn vị này hết hiệu lực sau ngày %{date}. Địa bàn của nó hiện nay thuộc các đơn vị sau:',
      no_children: 'Không có đơn vị trực thuộc.',
      no_successors: 'Không có bản ghi kế thừa trong danh mục chuyển đổi chính thức.',
      no_predecessors: 'Không có đơn vị tiền thân trong danh mục chuyển đổi chính thức.',
      no_organizations: 'Chưa có cơ quan, tổ chức nào đóng trên địa bàn này.',
      linked_unit: 'Đơn vị',
      parent: 'Trực thuộc',
      share: 'Phạm vi',
      share_full: 'Toàn bộ',
      share_partial: 'Một phần',
      effective_date: 'Ngày hiệu lực',
      note: 'Ghi chú',
    },
    organization: {
      section: {
        details: 'Thông tin chung',
        children: 'Đơn vị trực thuộc',
        successors: 'Cơ quan kế thừa',
        predecessors: 'Cơ quan tiền thân',
      },
      no_children: 'Không có đơn vị trực thuộc.',
      no_successors: 'Không có cơ quan kế thừa.',
      no_predecessors: 'Không có cơ quan tiền thân.',
      code_help: 'Chữ in hoa không dấu, chữ số và các dấu _ . - (ví dụ BACKAN.BABE.UBND).',
      unit_help: 'Có thể chọn cả đơn vị hành chính trước ngày 01/7/2025.',
      code_format: 'Chỉ dùng chữ in hoa không dấu, chữ số và các dấu _ . - (tối đa 64 ký tự)',
    },
    dashboard: {
      title: 'Tổng quan',
      welcome: 'Danh mục đơn vị hành chính và cơ quan, tổ chức dùng cho kế hoạch phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến.',
      current: {
        title: 'Hiện nay (từ 01/7/2025)',
        provinces: 'Tỉnh, thành phố',
        communes: 'Xã, phường, đặc khu',
      },
      before: {
        title: 'Trước 01/7/2025 (30/6/2025)',
        provinces: 'Tỉnh, thành phố',
        districts: 'Quận, huyện, thị xã, thành phố thuộc tỉnh',
        communes: 'Xã, phường, thị trấn',
      },
      organizations: {
        title: 'Cơ quan, tổ chức',
        total: 'Tổng số',
        valid_today: 'Còn hiệu lực hôm nay',
      },
    },
    vocabulary: vocabularyMessages('vi'),
  },
};

export type AppMessages = typeof viApp;

export const vi: TranslationMessages = { ...raVietnamese, ...viApp };

export default vi;
