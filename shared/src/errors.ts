/**
 * Stable error codes the API returns in `extensions.code`, with the sentence a person reads in each
 * language. The console picks the sentence for its locale; downstream apps switch on the code.
 */
export const ERROR_MESSAGES = {
  BAD_USER_INPUT: {
    vi: 'Dữ liệu gửi lên không hợp lệ.',
    en: 'The input is not valid.',
  },
  INVALID_SORT_FIELD: {
    vi: 'Không thể sắp xếp theo trường "{field}". Các trường được phép: {allowed}.',
    en: 'Cannot sort by "{field}". Allowed fields: {allowed}.',
  },
  INVALID_SORT_ORDER: {
    vi: 'Chiều sắp xếp "{order}" không hợp lệ (ASC hoặc DESC).',
    en: 'Sort order "{order}" is not valid (ASC or DESC).',
  },
  PAGE_SIZE_TOO_LARGE: {
    vi: 'Mỗi trang tối đa {max} bản ghi (đã yêu cầu {requested}).',
    en: 'A page holds at most {max} records ({requested} requested).',
  },
  INVALID_PAGE: {
    vi: 'Số trang và kích thước trang phải là số không âm.',
    en: 'Page number and page size must not be negative.',
  },
  INVALID_CURSOR: {
    vi: 'Con trỏ phân trang không hợp lệ.',
    en: 'The pagination cursor is not valid.',
  },
  INVALID_CODE: {
    vi: 'Mã "{value}" không đúng định dạng ({expected}).',
    en: 'Code "{value}" is malformed ({expected}).',
  },
  INVALID_ID: {
    vi: 'Mã định danh "{value}" không hợp lệ.',
    en: 'Identifier "{value}" is not valid.',
  },
  INVALID_TEXT: {
    vi: 'Trường "{field}" chứa ký tự không được phép (ký tự NUL hoặc mã hóa hỏng).',
    en: 'Field "{field}" contains characters that are not allowed (NUL or ill-formed text).',
  },
  TEXT_TOO_LONG: {
    vi: 'Trường "{field}" dài quá {max} ký tự.',
    en: 'Field "{field}" is longer than {max} characters.',
  },
  INVALID_VALUE: {
    vi: 'Giá trị "{value}" của trường "{field}" không hợp lệ.',
    en: 'Value "{value}" of field "{field}" is not valid.',
  },
  INVALID_DATE_RANGE: {
    vi: 'Ngày hết hiệu lực phải sau hoặc bằng ngày bắt đầu hiệu lực.',
    en: 'The end of validity must not be before its start.',
  },
  REQUIRED: {
    vi: 'Trường "{field}" là bắt buộc.',
    en: 'Field "{field}" is required.',
  },
  NOT_FOUND: {
    vi: 'Không tìm thấy {resource} "{id}".',
    en: '{resource} "{id}" was not found.',
  },
  DUPLICATE_CODE: {
    vi: 'Mã "{value}" đã được sử dụng.',
    en: 'Code "{value}" is already in use.',
  },
  PARENT_CYCLE: {
    vi: 'Không thể đặt đơn vị cấp trên là chính nó hoặc một đơn vị cấp dưới của nó.',
    en: 'An organization cannot be placed under itself or one of its descendants.',
  },
  HAS_CHILDREN: {
    vi: 'Không thể xóa vì còn {count} đơn vị trực thuộc.',
    en: 'Cannot delete: {count} organizations still sit under it.',
  },
  IN_USE: {
    vi: 'Không thể xóa vì bản ghi đang được tham chiếu.',
    en: 'Cannot delete: the record is still referenced.',
  },
  DUPLICATE_ACHIEVEMENT: {
    vi: 'Thành tích này đã được khen thưởng cho đối tượng này; mỗi thành tích chỉ được khen một lần, một hình thức.',
    en: 'This achievement has already been rewarded for this subject; an achievement is rewarded once, with one form.',
  },
  DUPLICATE: {
    vi: 'Đã có bản ghi trùng ({field}).',
    en: 'A record with the same {field} already exists.',
  },
  REFERENCE_READ_ONLY: {
    vi: 'Bộ tiêu chí tham chiếu (theo Luật hoặc kế hoạch mẫu) không sửa hay xóa trực tiếp được; hãy sao chép thành bộ mới.',
    en: 'Reference criteria sets (the Law, the seed plans) cannot be changed or deleted; copy one into a new set instead.',
  },
  PLAN_TRANSITION_REFUSED: {
    vi: 'Không thể chuyển kế hoạch từ trạng thái {from} sang {to}.',
    en: 'A plan cannot go from {from} to {to}.',
  },
  PLAN_AMENDMENT_REQUIRED: {
    vi: 'Kế hoạch đã ban hành (trạng thái {status}) chỉ được sửa bằng văn bản sửa đổi (amendPlan), không nhập đè.',
    en: 'An issued plan (status {status}) is changed only by an amendment (amendPlan), not by a new import.',
  },
  PLAN_CLOSED_FOR_CHANGES: {
    vi: 'Kế hoạch ở trạng thái {status} không còn được sửa đổi.',
    en: 'A plan in status {status} can no longer be amended.',
  },
  PLAN_REFERENCE_READ_ONLY: {
    vi: 'Kế hoạch mẫu là dữ liệu tham chiếu, giữ đúng văn bản gốc nên không sửa được; hãy xây dựng kế hoạch thực hiện từ nó hoặc nhập một bản sao với mã khác.',
    en: 'Seed plans are reference data kept as their documents read, so they cannot be changed; derive a plan from one or import a copy under another code.',
  },
  AMENDMENT_REASON_REQUIRED: {
    vi: 'Kế hoạch đã ban hành (trạng thái {status}): mỗi thay đổi là một lần sửa đổi, cần ghi lý do và người sửa.',
    en: 'The plan is issued (status {status}): every change is an amendment and needs a reason and an author.',
  },
  PLAN_ITEM_KEY_CHANGED: {
    vi: 'Không đổi được mã mục "{key}" của kế hoạch; hãy xóa mục đó và thêm mục mới.',
    en: 'The key "{key}" of a plan part cannot change; delete the part and add a new one.',
  },
  EXEMPLAR_TRANSITION_REFUSED: {
    vi: 'Không thể chuyển điển hình từ giai đoạn {from} sang {to}.',
    en: 'An exemplar cannot go from stage {from} to {to}.',
  },
  NOMINATION_TRANSITION_REFUSED: {
    vi: 'Không thể chuyển hồ sơ đề nghị từ trạng thái {from} sang {to}.',
    en: 'A nomination cannot go from {from} to {to}.',
  },
  OUTSIDE_SUBMISSION_WINDOW: {
    vi: 'Ngày {date} nằm ngoài thời gian nhận hồ sơ ({window}); đợt gần nhất: {next}.',
    en: '{date} is outside the submission window ({window}); the nearest one: {next}.',
  },
  QUOTA_FULL: {
    vi: 'Đã đủ chỉ tiêu: {nominator} đã giới thiệu {count}/{value} trong kỳ {period}.',
    en: 'The quota is full: {nominator} has already nominated {count} of {value} for {period}.',
  },
  NOMINATION_SUMMARY_INCOMPLETE: {
    vi: 'Bản trích ngang thành tích còn thiếu: {missingVi}.',
    en: 'The achievement summary form is missing: {missingEn}.',
  },
  NOMINATION_PERIOD_MISMATCH: {
    vi: 'Kỳ đề nghị không khớp chỉ tiêu ({every}): {detail}.',
    en: 'The nomination period does not fit the quota ({every}): {detail}.',
  },
  QUOTA_NOT_FOR_NOMINATOR: {
    vi: 'Chỉ tiêu "{quota}" không giao cho đơn vị này.',
    en: 'The quota "{quota}" is not assigned to this organization.',
  },
  PLAN_NOT_OPEN_FOR_NOMINATIONS: {
    vi: 'Kế hoạch ở trạng thái {status} không nhận hồ sơ đề nghị (chỉ kế hoạch đã ban hành, đang thực hiện).',
    en: 'A plan in status {status} takes no nominations (only issued plans in effect do).',
  },
  SESSION_NOT_OPEN: {
    vi: 'Phiên họp đang ở trạng thái {status}; chỉ phiên đang họp mới biểu quyết được.',
    en: 'The session is {status}; votes are taken only while it is open.',
  },
  SESSION_TRANSITION_REFUSED: {
    vi: 'Không thể chuyển phiên họp từ {from} sang {to}.',
    en: 'A session cannot go from {from} to {to}.',
  },
  NOT_ON_AGENDA: {
    vi: 'Hồ sơ này không có trong chương trình phiên họp.',
    en: 'This nomination is not on the session’s agenda.',
  },
  NOT_A_VOTING_MEMBER: {
    vi: 'Người này không phải thành viên có quyền biểu quyết của Hội đồng.',
    en: 'This person is not a voting member of the council.',
  },
  NOT_PRESENT: {
    vi: 'Thành viên chưa được ghi nhận có mặt tại phiên họp.',
    en: 'The member is not recorded as present at the session.',
  },
  CONFLICT_OF_INTEREST: {
    vi: 'Thành viên đã khai báo xung đột lợi ích với hồ sơ này nên không biểu quyết.',
    en: 'The member declared a conflict of interest with this nomination and does not vote on it.',
  },
  ALREADY_VOTED: {
    vi: 'Thành viên đã biểu quyết hồ sơ này.',
    en: 'The member has already voted on this nomination.',
  },
  QUORUM_NOT_MET: {
    vi: 'Chưa đủ số thành viên dự họp: có {present}, cần ít nhất {required}.',
    en: 'No quorum: {present} present, at least {required} needed.',
  },
  SUBJECT_REQUIRED_FOR_AWARD: {
    vi: 'Mục {index} không có đối tượng khen thưởng (cá nhân, tập thể hoặc hộ gia đình).',
    en: 'Item {index} has no subject to reward (a person, collective or household).',
  },
  UNAUTHENTICATED: {
    vi: 'Cần đăng nhập (hoặc khóa API hợp lệ) để thực hiện thao tác này.',
    en: 'Sign in (or a valid API key) is required for this.',
  },
  EXPORT_TOO_LARGE: {
    vi: 'Bản xuất có {count} dòng, vượt quá {max}: hãy lọc bớt (theo đơn vị, năm, trạng thái…).',
    en: 'The export has {count} rows, more than {max}: narrow it with a filter (unit, year, status…).',
  },
  FORBIDDEN: {
    vi: 'Tài khoản không có quyền thực hiện thao tác này.',
    en: 'This account is not allowed to do this.',
  },
  INVALID_CREDENTIALS: {
    vi: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    en: 'Wrong username or password.',
  },
  WEAK_PASSWORD: {
    vi: 'Mật khẩu cần ít nhất {min} ký tự và không trùng tên đăng nhập.',
    en: 'A password needs at least {min} characters and must differ from the username.',
  },
  PLAN_NOT_READY: {
    vi: 'Chưa thể ban hành kế hoạch: còn thiếu {missing}.',
    en: 'The plan cannot be issued yet: {missing} missing.',
  },
  INVALID_PLAN: {
    vi: 'Kế hoạch không hợp lệ: {detail}',
    en: 'The plan is not valid: {detail}',
  },
  INVALID_CRITERIA: {
    vi: 'Bộ tiêu chí không hợp lệ: {detail}',
    en: 'The criteria set is not valid: {detail}',
  },
  CONFLICT: {
    vi: 'Bản ghi đã được người khác sửa; hãy tải lại và thử lại.',
    en: 'The record was changed by someone else; reload and try again.',
  },
  QUERY_TOO_COMPLEX: {
    vi: 'Truy vấn quá phức tạp: {detail}',
    en: 'The query is too complex: {detail}',
  },
  GRAPHQL_PARSE_FAILED: {
    vi: 'Truy vấn GraphQL sai cú pháp.',
    en: 'The GraphQL document could not be parsed.',
  },
  GRAPHQL_VALIDATION_FAILED: {
    vi: 'Truy vấn GraphQL không hợp lệ với lược đồ.',
    en: 'The GraphQL document is not valid against the schema.',
  },
  SERVICE_UNAVAILABLE: {
    vi: 'Hệ thống đang bận hoặc tạm thời không kết nối được cơ sở dữ liệu; vui lòng thử lại sau giây lát.',
    en: 'The service is busy or cannot reach its database right now; please retry shortly.',
  },
  TIMEOUT: {
    vi: 'Yêu cầu chạy quá lâu hoặc phải chờ dữ liệu đang được sửa, nên đã bị hủy; vui lòng thử lại.',
    en: 'The request ran too long or waited on data being changed, and was cancelled; please retry.',
  },
  INTERNAL_SERVER_ERROR: {
    vi: 'Lỗi hệ thống. Vui lòng thử lại sau (mã yêu cầu {requestId}).',
    en: 'Internal error. Please try again later (request {requestId}).',
  },
} as const satisfies Record<string, { vi: string; en: string }>;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

export type ErrorParams = Record<string, string | number>;

export function formatErrorMessage(code: ErrorCode, lang: 'vi' | 'en', params: ErrorParams = {}): string {
  return ERROR_MESSAGES[code][lang].replace(/\{(\w+)\}/g, (_, key: string) =>
    key in params ? String(params[key]) : `{${key}}`,
  );
}
