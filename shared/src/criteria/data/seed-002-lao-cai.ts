import type { CriteriaSet } from '../rule';
import { RATING_WINDOW, param } from './common';

/**
 * Seed 002: Văn phòng UBND tỉnh Lào Cai, Kế hoạch 07/KH-VPUBND ngày 17/02/2020, xây dựng và nhân rộng
 * gương điển hình tiên tiến năm 2020. Individuals: leaders and managers (2.1) vs civil servants,
 * public employees and workers (2.2), role-exclusive.
 */
export const SEED_002_LAO_CAI: CriteriaSet = {
  version: 1,
  code: 'SEED-002-LAO-CAI',
  title: { vi: 'Điển hình tiên tiến năm 2020 — Văn phòng UBND tỉnh Lào Cai', en: "Exemplary models 2020 — Office of Lào Cai People's Committee" },
  source: 'Kế hoạch số 07/KH-VPUBND ngày 17/02/2020 của Văn phòng UBND tỉnh Lào Cai',
  period: { from: 2020, to: 2020 },
  parameters: [
    RATING_WINDOW,
    {
      name: 'initiativeWindow',
      kind: 'WINDOW',
      default: { kind: 'PLAN_PERIOD' },
      title: { vi: 'Thời gian tính sáng kiến được ghi nhận', en: 'Period in which recognised initiatives count' },
      note: 'The plan (for 2020) gives no period for "có sáng kiến"; the plan year is our reading.',
    },
  ],
  roleGroups: [
    {
      code: 'LANH_DAO_QUAN_LY',
      title: { vi: 'Cá nhân giữ chức vụ lãnh đạo, quản lý thuộc Văn phòng', en: 'Leaders and managers of the Office' },
      match: [{ roles: ['CHANH_VAN_PHONG', 'PHO_CHANH_VAN_PHONG', 'GIAM_DOC', 'PHO_GIAM_DOC', 'TRUONG_PHONG', 'PHO_TRUONG_PHONG'] }],
      leadership: true,
    },
    {
      code: 'CCVC_NLD',
      title: { vi: 'Công chức, viên chức và người lao động', en: 'Civil servants, public employees and workers' },
      match: [{ roles: ['CAN_BO', 'CONG_CHUC', 'VIEN_CHUC', 'NGUOI_LAO_DONG', 'CHUYEN_VIEN'] }],
      fallback: true,
    },
  ],
  criteria: [
    {
      key: 'LC-GEN',
      title: { vi: 'Tiêu chí chung', en: 'General criterion' },
      sourceText:
        'Mô hình gương điển hình tiên tiến là tập thể, công chức, viên chức có thành tích tiêu biểu xuất sắc trong việc thực hiện nhiệm vụ chính trị của phòng, ban, đơn vị và của Văn phòng; là nhân tố nổi trội, dẫn đầu trong các phong trào thi đua, gương mẫu chấp hành chủ trương đường lối của Đảng, chính sách pháp luật của Nhà nước; có tinh thần tương thân tương ái, giúp đỡ các cá nhân, đơn vị cùng phát triển; tích cực tham gia xây dựng các quỹ, các hoạt động nhân đạo, từ thiện do cấp trên phát động.',
      source: 'Mục II.2',
      confidence: 'exact',
      appliesTo: ['TAP_THE', 'CA_NHAN'],
      rule: {
        op: 'attest',
        key: 'LC-GEN',
        text: 'Thành tích tiêu biểu xuất sắc trong thực hiện nhiệm vụ chính trị; nhân tố nổi trội, dẫn đầu phong trào thi đua; gương mẫu chấp hành; tương thân tương ái; tích cực tham gia xây dựng các quỹ, hoạt động nhân đạo, từ thiện.',
      },
    },
    {
      key: 'LC-TT-1',
      title: { vi: 'Tập thể tiêu biểu nhất trong thực hiện nhiệm vụ và cải cách hành chính', en: 'Foremost collective in duties and administrative reform' },
      sourceText: 'Là tập thể tiêu biểu nhất trong thực hiện nhiệm vụ và trong cải cách hành chính;',
      source: 'Mục III.1',
      confidence: 'exact',
      appliesTo: ['TAP_THE'],
      rule: { op: 'attest', key: 'LC-TT-1', text: 'Là tập thể tiêu biểu nhất trong thực hiện nhiệm vụ và trong cải cách hành chính.' },
    },
    {
      key: 'LC-TT-2',
      title: { vi: 'Thành viên chủ động, sáng tạo, hiệu quả', en: 'Members proactive, creative and effective' },
      sourceText: 'Công chức, viên chức và người lao động trong tập thể luôn chủ động, sáng tạo, đạt hiệu quả cao trong thực thi công vụ;',
      source: 'Mục III.1',
      confidence: 'exact',
      appliesTo: ['TAP_THE'],
      rule: { op: 'attest', key: 'LC-TT-2', text: 'Công chức, viên chức và người lao động trong tập thể luôn chủ động, sáng tạo, đạt hiệu quả cao trong thực thi công vụ.' },
    },
    {
      key: 'LC-TT-3',
      title: { vi: 'Duy trì phong trào thi đua, chế độ làm việc, tiết kiệm', en: 'Emulation kept up, working rules, thrift' },
      sourceText: 'Duy trì, tổ chức thực hiện có hiệu quả các phong trào thi đua, thực hiện nghiêm túc chế độ làm việc; thực hành tiết kiệm, chống lãng phí;',
      source: 'Mục III.1',
      confidence: 'exact',
      appliesTo: ['TAP_THE'],
      rule: {
        op: 'attest',
        key: 'LC-TT-3',
        text: 'Duy trì, tổ chức thực hiện có hiệu quả các phong trào thi đua, thực hiện nghiêm túc chế độ làm việc; thực hành tiết kiệm, chống lãng phí.',
      },
    },
    {
      key: 'LC-TT-4',
      title: { vi: 'Tập thể đoàn kết, luôn hoàn thành xuất sắc nhiệm vụ', en: 'United collective, always excellent' },
      sourceText: 'Tập thể đoàn kết, luôn hoàn thành xuất sắc nhiệm vụ được giao; là nhân tố tiêu biểu, nổi trội trong các hoạt động của Văn phòng.',
      source: 'Mục III.1',
      confidence: 'interpreted',
      note: '"Hoàn thành xuất sắc nhiệm vụ" read as the latest annual rating HTXSNV (parameter ratingWindow).',
      appliesTo: ['TAP_THE'],
      rule: {
        op: 'all',
        of: [
          { op: 'ratingAtLeast', level: 'HTXSNV', window: param('ratingWindow') },
          { op: 'attest', key: 'LC-TT-4.TIEU_BIEU', text: 'Tập thể đoàn kết; là nhân tố tiêu biểu, nổi trội trong các hoạt động của Văn phòng.' },
        ],
      },
    },
    {
      key: 'LC-TT-5',
      title: { vi: 'Có sáng kiến được các cấp ghi nhận', en: 'Initiatives recognised at some level' },
      sourceText: 'Có sáng kiến, giải pháp mới, sáng tạo nâng cao hiệu quả công tác được các cấp, các ngành ghi nhận;',
      source: 'Mục III.1',
      confidence: 'interpreted',
      note: '"Được các cấp, các ngành ghi nhận" read as an initiative recognised at any level, in initiativeWindow.',
      appliesTo: ['TAP_THE'],
      rule: { op: 'count', source: 'INITIATIVE', where: { recognized: true }, window: param('initiativeWindow'), cmp: '>=', value: 1 },
    },
    {
      key: 'LC-CN-LD-1',
      title: { vi: 'Trách nhiệm người lãnh đạo, quản lý', en: "A leader's responsibility" },
      sourceText: 'Luôn nêu cao tinh thần trách nhiệm của người công chức lãnh đạo, quản lý; lãnh đạo, chỉ đạo tổ chức thực hiện tốt các nhiệm vụ được cấp trên giao.',
      source: 'Mục III.2.1',
      confidence: 'exact',
      appliesTo: ['CA_NHAN'],
      roleGroup: 'LANH_DAO_QUAN_LY',
      rule: {
        op: 'attest',
        key: 'LC-CN-LD-1',
        text: 'Luôn nêu cao tinh thần trách nhiệm của người công chức lãnh đạo, quản lý; lãnh đạo, chỉ đạo tổ chức thực hiện tốt các nhiệm vụ được cấp trên giao.',
      },
    },
    {
      key: 'LC-CN-LD-2',
      title: { vi: 'Tích cực nghiên cứu, áp dụng sáng kiến', en: 'Researches and applies initiatives' },
      sourceText:
        'Tích cực nghiên cứu, áp dụng các sáng kiến, giải pháp trong thực hiện chức năng nhiệm vụ của cơ quan, đơn vị trong tổ chức thực hiện các phong trào thi đua;',
      source: 'Mục III.2.1',
      confidence: 'exact',
      appliesTo: ['CA_NHAN'],
      roleGroup: 'LANH_DAO_QUAN_LY',
      rule: {
        op: 'attest',
        key: 'LC-CN-LD-2',
        text: 'Tích cực nghiên cứu, áp dụng các sáng kiến, giải pháp trong thực hiện chức năng nhiệm vụ của cơ quan, đơn vị trong tổ chức thực hiện các phong trào thi đua.',
      },
    },
    {
      key: 'LC-CN-LD-3',
      title: { vi: 'Lãnh đạo hoàn thành xuất sắc nhiệm vụ, nhân tố tiêu biểu', en: 'Leader rated excellent, a standout' },
      sourceText: 'Luôn năng động, sáng tạo trong công tác, hoàn thành xuất sắc nhiệm vụ được giao; là nhân tố tiêu biểu, nổi trội, đi đầu trong mọi hoạt động của cơ quan, đơn vị.',
      source: 'Mục III.2.1',
      confidence: 'interpreted',
      note: '"Hoàn thành xuất sắc nhiệm vụ" read as the latest annual rating HTXSNV (parameter ratingWindow).',
      appliesTo: ['CA_NHAN'],
      roleGroup: 'LANH_DAO_QUAN_LY',
      rule: {
        op: 'all',
        of: [
          { op: 'ratingAtLeast', level: 'HTXSNV', window: param('ratingWindow') },
          { op: 'attest', key: 'LC-CN-LD-3.TIEU_BIEU', text: 'Luôn năng động, sáng tạo trong công tác; là nhân tố tiêu biểu, nổi trội, đi đầu trong mọi hoạt động của cơ quan, đơn vị.' },
        ],
      },
    },
    {
      key: 'LC-CN-NV-1',
      title: { vi: 'Trách nhiệm cao, năng động, sáng tạo', en: 'Responsible, dynamic, creative' },
      sourceText: 'Có tinh thần trách nhiệm cao, năng động, sáng tạo trong công tác; là nhân tố tiêu biểu, nổi trội của cơ quan, đơn vị;',
      source: 'Mục III.2.2',
      confidence: 'exact',
      appliesTo: ['CA_NHAN'],
      roleGroup: 'CCVC_NLD',
      rule: { op: 'attest', key: 'LC-CN-NV-1', text: 'Có tinh thần trách nhiệm cao, năng động, sáng tạo trong công tác; là nhân tố tiêu biểu, nổi trội của cơ quan, đơn vị.' },
    },
    {
      key: 'LC-CN-NV-2',
      title: { vi: 'Gương mẫu, luôn hoàn thành xuất sắc nhiệm vụ', en: 'Exemplary, always excellent' },
      sourceText: 'Gương mẫu đi đầu trong mọi lĩnh vực; luôn hoàn thành xuất sắc nhiệm vụ được giao;',
      source: 'Mục III.2.2',
      confidence: 'interpreted',
      note: '"Hoàn thành xuất sắc nhiệm vụ" read as the latest annual rating HTXSNV (parameter ratingWindow).',
      appliesTo: ['CA_NHAN'],
      roleGroup: 'CCVC_NLD',
      rule: {
        op: 'all',
        of: [
          { op: 'ratingAtLeast', level: 'HTXSNV', window: param('ratingWindow') },
          { op: 'attest', key: 'LC-CN-NV-2.GUONG_MAU', text: 'Gương mẫu đi đầu trong mọi lĩnh vực.' },
        ],
      },
    },
    {
      key: 'LC-CN-NV-3',
      title: { vi: 'Tinh thần đoàn kết, trách nhiệm với tập thể', en: 'Team spirit' },
      sourceText: 'Có tinh thần đoàn kết, xây dựng tập thể; có ý thức trách nhiệm với tập thể...',
      source: 'Mục III.2.2',
      confidence: 'exact',
      appliesTo: ['CA_NHAN'],
      roleGroup: 'CCVC_NLD',
      rule: { op: 'attest', key: 'LC-CN-NV-3', text: 'Có tinh thần đoàn kết, xây dựng tập thể; có ý thức trách nhiệm với tập thể.' },
    },
  ],
  combine: 'ALL',
};
