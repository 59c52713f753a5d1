import type { CriteriaSet } from '../rule';
import { RATING_WINDOW, param } from './common';

/**
 * Seed 000: Sở Lao động – Thương binh và Xã hội tỉnh Hà Giang, Kế hoạch …/KH-SLĐTBXH (tháng 5/2023),
 * tuyên truyền, biểu dương và nhân rộng gương điển hình tiên tiến giai đoạn 2023–2025.
 * Its individual criteria are role-exclusive: directors, heads of division / attached units, staff.
 */
export const SEED_000_HA_GIANG: CriteriaSet = {
  version: 1,
  code: 'SEED-000-HA-GIANG',
  title: {
    vi: 'Điển hình tiên tiến giai đoạn 2023–2025 — Sở LĐTBXH Hà Giang',
    en: 'Exemplary models 2023–2025 — Hà Giang Department of Labour, Invalids and Social Affairs',
  },
  source: 'Kế hoạch số …/KH-SLĐTBXH tháng 5/2023 của Sở Lao động - Thương binh và Xã hội tỉnh Hà Giang (thực hiện KH 153/KH-UBND ngày 12/5/2023)',
  period: { from: 2023, to: 2025 },
  parameters: [
    RATING_WINDOW,
    {
      name: 'yearlyWindow',
      kind: 'WINDOW',
      default: { kind: 'YEARS', from: 2021, to: 'EVAL_YEAR', completedYears: true },
      title: { vi: 'Các năm xét xếp loại "hàng năm" và kỷ luật của tập thể', en: 'Years of the collective\'s yearly rating and of its members\' discipline' },
      note: 'The plan runs 2023–2025 but its criteria speak of 2021–2025; "hàng năm" is read over 2021 up to the last year already over.',
    },
    {
      name: 'achievementWindow',
      kind: 'WINDOW',
      default: { kind: 'ANY' },
      title: { vi: 'Thời gian tính danh hiệu, sáng kiến của cá nhân theo chức vụ', en: 'Period in which role criteria count titles and initiatives' },
      note: 'The role criteria give no period; any time up to the evaluation date is our reading.',
    },
  ],
  roleGroups: [
    {
      code: 'LANH_DAO_SO',
      title: { vi: 'Giám đốc, các Phó Giám đốc Sở', en: 'Director and deputy directors of the Department' },
      match: [{ roles: ['GIAM_DOC', 'PHO_GIAM_DOC'], organizationKinds: ['SO'] }],
      leadership: true,
    },
    {
      code: 'LANH_DAO_PHONG_DON_VI',
      title: { vi: 'Trưởng, Phó các phòng, lãnh đạo các đơn vị trực thuộc Sở', en: 'Heads and deputy heads of divisions, leaders of attached units' },
      match: [
        { roles: ['TRUONG_PHONG', 'PHO_TRUONG_PHONG', 'CHANH_VAN_PHONG', 'PHO_CHANH_VAN_PHONG', 'HIEU_TRUONG', 'PHO_HIEU_TRUONG'] },
        { roles: ['GIAM_DOC', 'PHO_GIAM_DOC'], organizationKinds: ['DON_VI_TRUC_THUOC', 'TRUNG_TAM', 'TRUONG_HOC'] },
      ],
      leadership: true,
    },
    {
      code: 'CBCCVC_NLD',
      title: { vi: 'Cán bộ, công chức, viên chức, người lao động', en: 'Officials, civil servants, public employees and workers' },
      match: [{ roles: ['CAN_BO', 'CONG_CHUC', 'VIEN_CHUC', 'NGUOI_LAO_DONG', 'CHUYEN_VIEN'] }],
      fallback: true,
    },
  ],
  criteria: [
    {
      key: 'HG-GEN-TT',
      title: { vi: 'Tiêu chí chung đối với tập thể', en: 'General criterion for collectives' },
      sourceText:
        'Có thành tích tiêu biểu xuất sắc trong công tác, dẫn đầu trong các phong trào thi đua, nội bộ đoàn kết, gương mẫu chấp hành chủ trương, đường lối của Đảng, chính sách pháp luật của Nhà nước; tích cực tham gia các hoạt động nhân đạo, từ thiện, an sinh xã hội.',
      source: 'Mục II.2.1',
      confidence: 'exact',
      appliesTo: ['TAP_THE'],
      rule: {
        op: 'attest',
        key: 'HG-GEN-TT',
        text: 'Có thành tích tiêu biểu xuất sắc trong công tác, dẫn đầu trong các phong trào thi đua, nội bộ đoàn kết, gương mẫu chấp hành chủ trương, đường lối của Đảng, chính sách pháp luật của Nhà nước; tích cực tham gia các hoạt động nhân đạo, từ thiện, an sinh xã hội.',
      },
    },
    {
      key: 'HG-GEN-CN',
      title: { vi: 'Tiêu chí chung đối với cá nhân', en: 'General criterion for individuals' },
      sourceText:
        'Gương mẫu chấp hành đường lối của Đảng, chính sách pháp luật của Nhà nước, quy định của cơ quan, đơn vị; là điển hình tiêu biểu được lựa chọn trong các phong trào thi đua.',
      source: 'Mục II.2.2',
      confidence: 'exact',
      appliesTo: ['CA_NHAN'],
      rule: {
        op: 'attest',
        key: 'HG-GEN-CN',
        text: 'Gương mẫu chấp hành đường lối của Đảng, chính sách pháp luật của Nhà nước, quy định của cơ quan, đơn vị; là điển hình tiêu biểu được lựa chọn trong các phong trào thi đua.',
      },
    },
    {
      key: 'HG-TT-1',
      title: { vi: 'Tập thể đoàn kết, luôn hoàn thành xuất sắc nhiệm vụ', en: 'United collective, always excellent' },
      sourceText: 'Tập thể đoàn kết, luôn hoàn thành xuất sắc nhiệm vụ được giao, là nhân tố tiêu biểu, nổi bật trong các hoạt động của Sở, ngành.',
      source: 'Mục III.1, gạch đầu dòng 1',
      confidence: 'interpreted',
      note: '"Hoàn thành xuất sắc nhiệm vụ" read as the collective\'s latest annual rating HTXSNV (parameter ratingWindow); the rest is attested.',
      appliesTo: ['TAP_THE'],
      rule: {
        op: 'all',
        of: [
          { op: 'ratingAtLeast', level: 'HTXSNV', window: param('ratingWindow') },
          { op: 'attest', key: 'HG-TT-1.TIEU_BIEU', text: 'Tập thể đoàn kết, là nhân tố tiêu biểu, nổi bật trong các hoạt động của Sở, ngành.' },
        ],
      },
    },
    {
      key: 'HG-TT-2',
      title: { vi: 'Bằng khen của Chủ tịch UBND tỉnh trong giai đoạn 2021–2025', en: "Provincial chairman's certificate of merit in 2021–2025" },
      sourceText: 'Trong giai đoạn 2021-2025 được Chủ tịch UBND tỉnh tặng 01 Bằng khen.',
      source: 'Mục III.1, gạch đầu dòng 2',
      confidence: 'interpreted',
      note: '"01 Bằng khen" read as at least one; a certificate of the provincial chairman is a BK_BO_TINH award issued at provincial level (TINH).',
      appliesTo: ['TAP_THE'],
      rule: { op: 'count', source: 'AWARD', where: { awardTypes: ['BK_BO_TINH'], issuerLevels: ['TINH'] }, window: { kind: 'YEARS', from: 2021, to: 2025 }, cmp: '>=', value: 1 },
    },
    {
      key: 'HG-TT-3',
      title: { vi: 'Xếp loại hàng năm từ hoàn thành tốt nhiệm vụ, không có người bị kỷ luật', en: 'Rated good or better every year, no one disciplined' },
      sourceText: 'Nội bộ đoàn kết, tập thể được xếp loại hàng năm từ hoàn thành tốt nhiệm vụ trở lên, không có cán bộ, công chức, viên chức vi phạm bị xử lý kỷ luật.',
      source: 'Mục III.1, gạch đầu dòng 3',
      confidence: 'interpreted',
      note: 'The years of "hàng năm" are not stated (parameter yearlyWindow); "bị xử lý kỷ luật" is any form, from khiển trách upward, of any member.',
      appliesTo: ['TAP_THE'],
      rule: {
        op: 'all',
        of: [
          { op: 'everyYear', window: param('yearlyWindow'), condition: { op: 'ratingAtLeast', level: 'HTTNV' } },
          { op: 'noDiscipline', scope: 'MEMBERS', minForm: 'KHIEN_TRACH', window: param('yearlyWindow') },
          { op: 'attest', key: 'HG-TT-3.DOAN_KET', text: 'Nội bộ đoàn kết.' },
        ],
      },
    },
    {
      key: 'HG-CN-1',
      title: { vi: 'Điển hình học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh', en: 'Exemplary in following Ho Chi Minh\'s thought, ethics and style' },
      sourceText:
        'Điển hình trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; hoàn thành xuất sắc nhiệm vụ chính trị, có tác dụng ảnh hưởng trong phạm vi của Sở, ngành; được Sở, tỉnh vinh danh trong thực hiện Chỉ thị 05- CT/TW ngày 15/5/2016 của Bộ Chính trị khóa XII về “Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”.',
      source: 'Mục III.2, gạch đầu dòng 1',
      confidence: 'interpreted',
      note: 'The honour by the Department or the province is read as an award recorded with occasion "CHI_THI_05_CT_TW"; the rest is attested.',
      appliesTo: ['CA_NHAN'],
      rule: {
        op: 'all',
        of: [
          {
            op: 'attest',
            key: 'HG-CN-1.DIEN_HINH',
            text: 'Điển hình trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; hoàn thành xuất sắc nhiệm vụ chính trị, có tác dụng ảnh hưởng trong phạm vi của Sở, ngành.',
          },
          { op: 'count', source: 'AWARD', where: { occasion: 'CHI_THI_05_CT_TW' }, window: { kind: 'ANY' }, cmp: '>=', value: 1 },
        ],
      },
    },
    {
      key: 'HG-CN-2',
      title: { vi: 'Thực hiện tốt phong trào văn hóa công sở', en: 'Good practice of the workplace-culture movement' },
      sourceText: 'Thực hiện tốt phong trào “cán bộ công chức, viên chức thi đua thực hiện văn hóa công sở” giai đoạn 2022 - 2025.',
      source: 'Mục III.2, tiêu chí cụ thể 1',
      confidence: 'exact',
      appliesTo: ['CA_NHAN'],
      rule: {
        op: 'attest',
        key: 'HG-CN-2',
        text: 'Thực hiện tốt phong trào “cán bộ công chức, viên chức thi đua thực hiện văn hóa công sở” giai đoạn 2022 - 2025.',
      },
    },
    {
      key: 'HG-CN-LD-SO',
      title: { vi: 'Giám đốc, Phó Giám đốc Sở: 2 lần CSTĐ cấp tỉnh hoặc 2 sáng kiến cấp tỉnh', en: 'Directors: twice provincial emulation soldier or 2 provincial initiatives' },
      sourceText:
        'Đối với Giám đốc, các Phó Giám đốc Sở: Có 02 lần đạt danh hiệu Chiến sỹ thi đua cấp tỉnh hoặc có ít nhất 02 sáng kiến cấp tỉnh được công nhận, áp dụng có hiệu quả.',
      source: 'Mục III.2, tiêu chí cụ thể 2',
      confidence: 'interpreted',
      note: '"02 lần" read as at least 2; "cấp tỉnh" initiatives as recognised at provincial level or higher and applied; no period stated (parameter achievementWindow).',
      appliesTo: ['CA_NHAN'],
      roleGroup: 'LANH_DAO_SO',
      rule: {
        op: 'any',
        of: [
          { op: 'count', source: 'AWARD', where: { awardTypes: ['CSTD_BO_TINH'] }, window: param('achievementWindow'), cmp: '>=', value: 2 },
          { op: 'count', source: 'INITIATIVE', where: { minRecognitionLevel: 'TINH', applied: true }, window: param('achievementWindow'), cmp: '>=', value: 2 },
        ],
      },
    },
    {
      key: 'HG-CN-LD-PHONG',
      title: { vi: 'Trưởng, Phó phòng, lãnh đạo đơn vị trực thuộc: 1 lần CSTĐ cấp tỉnh hoặc 1 sáng kiến cấp tỉnh', en: 'Heads of division or unit: once provincial emulation soldier or 1 provincial initiative' },
      sourceText:
        'Đối với Trưởng, Phó các phòng, lãnh đạo các đơn vị trực thuộc Sở: Có 01 lần đạt danh hiệu Chiến sỹ thi đua cấp tỉnh hoặc có ít nhất 01 sáng kiến cấp tỉnh được công nhận, áp dụng có hiệu quả.',
      source: 'Mục III.2, tiêu chí cụ thể 3',
      confidence: 'interpreted',
      note: '"01 lần" read as at least 1; no period stated (parameter achievementWindow).',
      appliesTo: ['CA_NHAN'],
      roleGroup: 'LANH_DAO_PHONG_DON_VI',
      rule: {
        op: 'any',
        of: [
          { op: 'count', source: 'AWARD', where: { awardTypes: ['CSTD_BO_TINH'] }, window: param('achievementWindow'), cmp: '>=', value: 1 },
          { op: 'count', source: 'INITIATIVE', where: { minRecognitionLevel: 'TINH', applied: true }, window: param('achievementWindow'), cmp: '>=', value: 1 },
        ],
      },
    },
    {
      key: 'HG-CN-CBCCVC',
      title: { vi: 'Công chức, viên chức, người lao động: Bằng khen tỉnh hoặc bộ, hoặc 1 sáng kiến cấp tỉnh', en: 'Staff: provincial or ministerial certificate of merit, or 1 provincial initiative' },
      sourceText:
        'Đối với cán bộ, công chức, viên chức, người lao động: có ít nhất 01 lần được tặng Bằng khen của Chủ tịch UBND tỉnh hoặc có ít nhất 01 lần được Bộ, ngành, đoàn thể, Trung ương tặng Bằng khen hoặc ít nhất có một sáng kiến cấp tỉnh được công nhận, áp dụng.',
      source: 'Mục III.2, tiêu chí cụ thể 4',
      confidence: 'interpreted',
      note: 'A ministry, sector or central mass organisation\'s certificate is a BK_BO_TINH issued at level BO; no period stated (parameter achievementWindow).',
      appliesTo: ['CA_NHAN'],
      roleGroup: 'CBCCVC_NLD',
      rule: {
        op: 'any',
        of: [
          { op: 'count', source: 'AWARD', where: { awardTypes: ['BK_BO_TINH'], issuerLevels: ['TINH'] }, window: param('achievementWindow'), cmp: '>=', value: 1 },
          { op: 'count', source: 'AWARD', where: { awardTypes: ['BK_BO_TINH'], issuerLevels: ['BO'] }, window: param('achievementWindow'), cmp: '>=', value: 1 },
          { op: 'count', source: 'INITIATIVE', where: { minRecognitionLevel: 'TINH', applied: true }, window: param('achievementWindow'), cmp: '>=', value: 1 },
        ],
      },
    },
  ],
  combine: 'ALL',
};
