/**
 * Messages of the change history (the audit trail): the history tab of a record and the audit log
 * (`exemplar.history`), Vietnamese first.
 */
export const historyVi = {
  history: {
    tab: 'Lịch sử thay đổi',
    tab_record: 'Thông tin',
    plan_help:
      'Nhật ký hệ thống ghi mọi thay đổi của bản ghi kế hoạch (số, tên, trạng thái, thời gian…), ai thực hiện và khi nào. Nội dung văn bản kế hoạch theo từng lần sửa đổi xem ở thẻ "Lịch sử".',
    empty: 'Chưa có thay đổi nào được ghi lại.',
    time: 'Thời điểm',
    actor: 'Người thực hiện',
    action: 'Thao tác',
    changes: 'Nội dung',
    record: 'Bản ghi',
    on_behalf_of: 'thay mặt %{name}',
    no_fields: 'Không có trường nào thay đổi.',
    more_fields: '… và %{count} trường khác',
    actions: { INSERT: 'Tạo', UPDATE: 'Sửa', DELETE: 'Xóa' },
    actors: { user: 'Người dùng', api_key: 'Khóa API', anonymous: 'Không đăng nhập', system: 'Hệ thống (dữ liệu tham chiếu)', other: 'Khác' },
    menu: 'Quản trị',
    tables: {
      exemplar_activity: 'Hoạt động của điển hình',
      council_session_item: 'Hồ sơ trong chương trình phiên họp',
      council_attendance: 'Điểm danh phiên họp',
      council_conflict: 'Xung đột lợi ích',
      council_vote_cast: 'Lượt biểu quyết',
      award_decision_subject: 'Đối tượng của quyết định',
      milestone_completion: 'Hoàn thành mốc kế hoạch',
      app_user: 'Người dùng',
      role_grant: 'Phân quyền',
      api_key: 'Khóa API',
    },
  },
};

export const historyEn: typeof historyVi = {
  history: {
    tab: 'Change history',
    tab_record: 'Details',
    plan_help:
      'The audit trail records every change of the plan record (number, title, status, period…), who made it and when. The plan document as amended is in the "Revisions" tab.',
    empty: 'No change recorded yet.',
    time: 'When',
    actor: 'By',
    action: 'Action',
    changes: 'Details',
    record: 'Record',
    on_behalf_of: 'on behalf of %{name}',
    no_fields: 'No field changed.',
    more_fields: '… and %{count} more fields',
    actions: { INSERT: 'Created', UPDATE: 'Changed', DELETE: 'Deleted' },
    actors: { user: 'User', api_key: 'API key', anonymous: 'Not signed in', system: 'System (reference data)', other: 'Other' },
    menu: 'Administration',
    tables: {
      exemplar_activity: 'Exemplar activity',
      council_session_item: 'Session agenda item',
      council_attendance: 'Session attendance',
      council_conflict: 'Conflict of interest',
      council_vote_cast: 'Vote cast',
      award_decision_subject: 'Decision subject',
      milestone_completion: 'Plan milestone completion',
      app_user: 'User',
      role_grant: 'Role grant',
      api_key: 'API key',
    },
  },
};
