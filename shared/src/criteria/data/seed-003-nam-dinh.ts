import type { CriteriaSet } from '../rule';
import { RATING_WINDOW, param } from './common';

/**
 * Seed 003: UBND tỉnh Nam Định, Kế hoạch 60/KH-UBND ngày 05/04/2023, tuyên truyền, bồi dưỡng và nhân
 * rộng điển hình tiên tiến giai đoạn 2022–2025. The source text stops after the general standards
 * (III.2); the specific standards that followed are lost and recorded as such, not invented.
 */
export const SEED_003_NAM_DINH: CriteriaSet = {
  version: 1,
  code: 'SEED-003-NAM-DINH',
  title: { vi: 'Điển hình tiên tiến giai đoạn 2022–2025 — tỉnh Nam Định', en: 'Exemplary models 2022–2025 — Nam Định province' },
  source: 'Kế hoạch số 60/KH-UBND ngày 05/04/2023 của UBND tỉnh Nam Định (thực hiện QĐ 1526/QĐ-TTg ngày 09/12/2022); văn bản nguồn bị cắt sau mục III.2',
  period: { from: 2022, to: 2025 },
  parameters: [RATING_WINDOW],
  roleGroups: [],
  criteria: [
    {
      key: 'ND-GEN-a',
      title: { vi: 'Gương mẫu chấp hành', en: 'Law-abiding example' },
      sourceText: 'a) Gương mẫu chấp hành tốt đường lối, chủ trương của Đảng, chính sách, pháp luật của Nhà nước.',
      source: 'Mục III.2.a',
      confidence: 'exact',
      appliesTo: ['TAP_THE', 'CA_NHAN', 'HO_GIA_DINH'],
      rule: { op: 'attest', key: 'ND-GEN-a', text: 'Gương mẫu chấp hành tốt đường lối, chủ trương của Đảng, chính sách, pháp luật của Nhà nước.' },
    },
    {
      key: 'ND-GEN-b',
      title: { vi: 'Hoàn thành xuất sắc nhiệm vụ', en: 'Excellent performance' },
      sourceText: 'b) Hoàn thành xuất sắc các nhiệm vụ được giao trong công tác tổ chức, triển khai phong trào thi đua.',
      source: 'Mục III.2.b',
      confidence: 'interpreted',
      note: 'Read as the latest annual rating HTXSNV (parameter ratingWindow); households have no rating, see ND-GEN-b-HGD.',
      appliesTo: ['TAP_THE', 'CA_NHAN'],
      rule: { op: 'ratingAtLeast', level: 'HTXSNV', window: param('ratingWindow') },
    },
    {
      key: 'ND-GEN-b-HGD',
      title: { vi: 'Hoàn thành xuất sắc nhiệm vụ (hộ gia đình)', en: 'Excellent performance (households)' },
      sourceText: 'b) Hoàn thành xuất sắc các nhiệm vụ được giao trong công tác tổ chức, triển khai phong trào thi đua.',
      source: 'Mục III.2.b',
      confidence: 'interpreted',
      note: 'A household has no annual rating: a reviewer attests it.',
      appliesTo: ['HO_GIA_DINH'],
      rule: { op: 'attest', key: 'ND-GEN-b-HGD', text: 'Hoàn thành xuất sắc các nhiệm vụ được giao trong công tác tổ chức, triển khai phong trào thi đua.' },
    },
    {
      key: 'ND-GEN-c',
      title: { vi: 'Có mô hình mới, sáng kiến; nhân tố dẫn đầu', en: 'New models or initiatives; a front-runner' },
      sourceText:
        'c) Có mô hình mới, cách làm hay, sáng kiến, giải pháp sáng tạo, mang lại hiệu quả thiết thực và là nhân tố nổi trội, tiêu biểu, dẫn đầu trong các phong trào thi đua do các cấp, các ngành, cơ quan, đơn vị, địa phương tổ chức phát động.',
      source: 'Mục III.2.c',
      confidence: 'interpreted',
      note: 'An initiative applied in the plan period satisfies the first half; a new model or good practice can be attested instead. Being a front-runner is attested.',
      appliesTo: ['TAP_THE', 'CA_NHAN', 'HO_GIA_DINH'],
      rule: {
        op: 'all',
        of: [
          {
            op: 'any',
            of: [
              { op: 'count', source: 'INITIATIVE', where: { applied: true }, window: { kind: 'PLAN_PERIOD' }, cmp: '>=', value: 1 },
              { op: 'attest', key: 'ND-GEN-c.MO_HINH', text: 'Có mô hình mới, cách làm hay, giải pháp sáng tạo, mang lại hiệu quả thiết thực.' },
            ],
          },
          {
            op: 'attest',
            key: 'ND-GEN-c.DAN_DAU',
            text: 'Là nhân tố nổi trội, tiêu biểu, dẫn đầu trong các phong trào thi đua do các cấp, các ngành, cơ quan, đơn vị, địa phương tổ chức phát động.',
          },
        ],
      },
    },
    {
      key: 'ND-GEN-d',
      title: { vi: 'Tương thân tương ái, nhân đạo, từ thiện', en: 'Mutual help, charity' },
      sourceText:
        'd) Có tinh thần tương thân tương ái, giúp đỡ nhau cùng tiến bộ; tích cực tham gia các hoạt động nhân đạo, từ thiện, các hoạt động xã hội khác nhằm thực hiện tốt công tác an sinh xã hội, góp phần tích cực vào sự nghiệp xây dựng Chủ nghĩa xã hội và bảo vệ Tổ quốc.',
      source: 'Mục III.2.d',
      confidence: 'exact',
      appliesTo: ['TAP_THE', 'CA_NHAN', 'HO_GIA_DINH'],
      rule: {
        op: 'attest',
        key: 'ND-GEN-d',
        text: 'Có tinh thần tương thân tương ái, giúp đỡ nhau cùng tiến bộ; tích cực tham gia các hoạt động nhân đạo, từ thiện, các hoạt động xã hội khác.',
      },
    },
    {
      key: 'ND-SPECIFIC',
      title: { vi: 'Tiêu chuẩn cụ thể (văn bản nguồn bị cắt)', en: 'Specific standards (source text lost)' },
      sourceText: '[...]',
      source: 'Sau mục III.2 — phần văn bản bị mất',
      confidence: 'interpreted',
      note: 'The source document is truncated here: whatever specific standards followed are unknown. Replace this criterion with the real text when it is found.',
      appliesTo: ['TAP_THE', 'CA_NHAN', 'HO_GIA_DINH'],
      rule: {
        op: 'unknown',
        note: 'Phần tiêu chuẩn cụ thể sau mục III.2 của Kế hoạch 60/KH-UBND bị cắt trong văn bản nguồn; chưa mã hóa, không suy diễn.',
      },
    },
  ],
  combine: 'ALL',
};
