import type { CriteriaSet } from '../rule';
import { RATING_WINDOW, param } from './common';

/**
 * Seed 004: Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh Lâm Đồng, Kế hoạch (không số) giai
 * đoạn 2023–2025, thực hiện KH 4466/KH-UBND ngày 23/5/2023. Only general standards (mục II.1.a).
 */
export const SEED_004_LAM_DONG: CriteriaSet = {
  version: 1,
  code: 'SEED-004-LAM-DONG',
  title: {
    vi: 'Điển hình tiên tiến, mô hình mới giai đoạn 2023–2025 — Trung tâm XTĐT, TM và DL Lâm Đồng',
    en: 'Exemplary models 2023–2025 — Lâm Đồng Investment, Trade and Tourism Promotion Centre',
  },
  source: 'Kế hoạch (không số) của Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh Lâm Đồng, giai đoạn 2023-2025 (thực hiện KH 4466/KH-UBND ngày 23/5/2023)',
  period: { from: 2023, to: 2025 },
  parameters: [RATING_WINDOW],
  roleGroups: [],
  criteria: [
    {
      key: 'LD-GEN-1',
      title: { vi: 'Gương mẫu chấp hành', en: 'Law-abiding example' },
      sourceText: 'Gương mẫu, chấp hành tốt đường lối, chủ trương, chính sách của Đảng và pháp luật của Nhà nước;',
      source: 'Mục II.1.a',
      confidence: 'exact',
      appliesTo: ['TAP_THE', 'CA_NHAN', 'HO_GIA_DINH'],
      rule: { op: 'attest', key: 'LD-GEN-1', text: 'Gương mẫu, chấp hành tốt đường lối, chủ trương, chính sách của Đảng và pháp luật của Nhà nước.' },
    },
    {
      key: 'LD-GEN-2',
      title: { vi: 'Hoàn thành xuất sắc nhiệm vụ', en: 'Excellent performance' },
      sourceText: 'Hoàn thành xuất sắc nhiệm vụ được cơ quan giao hoặc là gia đình gương mẫu trong các lĩnh vực;',
      source: 'Mục II.1.a',
      confidence: 'interpreted',
      note: 'For individuals and collectives: the latest annual rating HTXSNV (parameter ratingWindow). Households: LD-GEN-2-HGD.',
      appliesTo: ['TAP_THE', 'CA_NHAN'],
      rule: { op: 'ratingAtLeast', level: 'HTXSNV', window: param('ratingWindow') },
    },
    {
      key: 'LD-GEN-2-HGD',
      title: { vi: 'Gia đình gương mẫu trong các lĩnh vực', en: 'Exemplary family' },
      sourceText: 'Hoàn thành xuất sắc nhiệm vụ được cơ quan giao hoặc là gia đình gương mẫu trong các lĩnh vực;',
      source: 'Mục II.1.a',
      confidence: 'exact',
      appliesTo: ['HO_GIA_DINH'],
      rule: { op: 'attest', key: 'LD-GEN-2-HGD', text: 'Là gia đình gương mẫu trong các lĩnh vực.' },
    },
    {
      key: 'LD-GEN-3',
      title: { vi: 'Sáng tạo, sáng kiến, mô hình mới đã ứng dụng', en: 'Applied initiatives, new models' },
      sourceText:
        'Có sáng tạo, sáng kiến cải tiến kỹ thuật và phương pháp quản lý, ứng dụng khoa học kỹ thuật công nghệ cao; tạo ra các mô hình mới, cách làm hay, có các giải pháp đã được ứng dụng trong thực tiễn mang lại hiệu quả thiết thực;',
      source: 'Mục II.1.a',
      confidence: 'interpreted',
      note: 'An initiative or a research work applied in the plan period satisfies it; a new model or good practice can be attested instead.',
      appliesTo: ['TAP_THE', 'CA_NHAN', 'HO_GIA_DINH'],
      rule: {
        op: 'any',
        of: [
          { op: 'count', source: 'INITIATIVE', where: { applied: true }, window: { kind: 'PLAN_PERIOD' }, cmp: '>=', value: 1 },
          { op: 'count', source: 'RESEARCH', where: { applied: true }, window: { kind: 'PLAN_PERIOD' }, cmp: '>=', value: 1 },
          {
            op: 'attest',
            key: 'LD-GEN-3.MO_HINH',
            text: 'Tạo ra các mô hình mới, cách làm hay, có các giải pháp đã được ứng dụng trong thực tiễn mang lại hiệu quả thiết thực.',
          },
        ],
      },
    },
    {
      key: 'LD-GEN-4',
      title: { vi: 'Đoàn kết, nhân đạo, từ thiện', en: 'Solidarity, charity' },
      sourceText:
        'Có tinh thần đoàn kết, tương thân, tương ái, giúp đỡ mọi người cùng tiến bộ; tích cực tham gia các hoạt động nhân đạo, từ thiện, các hoạt động xã hội khác nhằm thực hiện tốt công tác an sinh xã hội, góp phần tích cực vào sự phát triển của cơ quan, của tỉnh.',
      source: 'Mục II.1.a',
      confidence: 'exact',
      appliesTo: ['TAP_THE', 'CA_NHAN', 'HO_GIA_DINH'],
      rule: {
        op: 'attest',
        key: 'LD-GEN-4',
        text: 'Có tinh thần đoàn kết, tương thân, tương ái, giúp đỡ mọi người cùng tiến bộ; tích cực tham gia các hoạt động nhân đạo, từ thiện, các hoạt động xã hội khác.',
      },
    },
  ],
  combine: 'ALL',
};
