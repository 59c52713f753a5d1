import type { CriteriaSet, Criterion, Rule } from '../rule';
import { THIS_YEAR } from './common';

/**
 * The Law's titles and commendations (Luật Thi đua, khen thưởng số 06/2022/QH15, in force 1/1/2024,
 * and Nghị định 98/2023/NĐ-CP). Evaluate a year's titles as of 31 December of that year: THIS_YEAR is
 * the year of the evaluation date, and consecutive runs end with it.
 *
 * The official text was not at hand when these were encoded: the wording in `sourceText` and the
 * article numbers in `source` are recalled, and every criterion whose reading depends on that memory
 * is marked `interpreted` with a note. Check them against the Công báo text before relying on them.
 */

const LAW = 'Luật Thi đua, khen thưởng 2022 (06/2022/QH15)';
const RECALLED = 'Wording and article number recalled, not copied from the official text.';

const attest = (key: string, text: string): Rule => ({ op: 'attest', key, text });
const heldThisYear = (awardType: string): Rule => ({ op: 'count', source: 'AWARD', where: { awardTypes: [awardType] }, window: THIS_YEAR, cmp: '>=', value: 1 });

function lawSet(code: string, vi: string, en: string, source: string, criteria: Criterion[], parameters: CriteriaSet['parameters'] = []): CriteriaSet {
  return { version: 1, code, title: { vi, en }, source, parameters, roleGroups: [], criteria, combine: 'ALL' };
}

export const LAW_LAO_DONG_TIEN_TIEN = lawSet(
  'LAW-LAO_DONG_TIEN_TIEN',
  'Danh hiệu "Lao động tiên tiến"',
  'Title "Advanced worker"',
  `${LAW}, Điều 24; Nghị định 98/2023/NĐ-CP`,
  [
    {
      key: 'LDTT-a',
      title: { vi: 'Hoàn thành tốt nhiệm vụ được giao', en: 'Completes duties well' },
      sourceText: 'Hoàn thành tốt nhiệm vụ được giao',
      source: `${LAW}, Điều 24 khoản 1 điểm a`,
      confidence: 'interpreted',
      note: `"Hoàn thành tốt nhiệm vụ" read as the annual rating of the year at HTTNV or better (the rating scale of NĐ 90/2020). ${RECALLED}`,
      appliesTo: ['CA_NHAN'],
      rule: { op: 'ratingAtLeast', level: 'HTTNV' },
    },
    {
      key: 'LDTT-b',
      title: { vi: 'Chấp hành tốt, đoàn kết, tích cực thi đua', en: 'Law-abiding, united, active in emulation' },
      sourceText:
        'Chấp hành tốt chủ trương, chính sách của Đảng, pháp luật của Nhà nước, có tinh thần tự lực, tự cường; đoàn kết, tương trợ, tích cực tham gia phong trào thi đua',
      source: `${LAW}, Điều 24 khoản 1 điểm b`,
      confidence: 'interpreted',
      note: RECALLED,
      appliesTo: ['CA_NHAN'],
      rule: attest('LDTT-b', 'Chấp hành tốt chủ trương, chính sách của Đảng, pháp luật của Nhà nước; tự lực, tự cường; đoàn kết, tương trợ, tích cực tham gia phong trào thi đua.'),
    },
    {
      key: 'LDTT-c',
      title: { vi: 'Tích cực học tập', en: 'Keeps learning' },
      sourceText: 'Tích cực học tập chính trị, văn hóa, chuyên môn, nghiệp vụ',
      source: `${LAW}, Điều 24 khoản 1 điểm c`,
      confidence: 'interpreted',
      note: RECALLED,
      appliesTo: ['CA_NHAN'],
      rule: attest('LDTT-c', 'Tích cực học tập chính trị, văn hóa, chuyên môn, nghiệp vụ.'),
    },
    {
      key: 'LDTT-d',
      title: { vi: 'Đạo đức, lối sống lành mạnh', en: 'Sound ethics and lifestyle' },
      sourceText: 'Có đạo đức, lối sống lành mạnh',
      source: `${LAW}, Điều 24 khoản 1 điểm d`,
      confidence: 'interpreted',
      note: RECALLED,
      appliesTo: ['CA_NHAN'],
      rule: attest('LDTT-d', 'Có đạo đức, lối sống lành mạnh.'),
    },
    {
      key: 'LDTT-KY_LUAT',
      title: { vi: 'Không bị kỷ luật trong năm', en: 'Not disciplined in the year' },
      sourceText: 'Không xét tặng danh hiệu thi đua đối với cá nhân bị kỷ luật (từ hình thức khiển trách trở lên) trong năm xét tặng',
      source: 'Nghị định 98/2023/NĐ-CP (quy định không xét tặng danh hiệu thi đua cho cá nhân bị kỷ luật)',
      confidence: 'interpreted',
      note: `A discipline of any form in force during the year excludes the title. ${RECALLED}`,
      appliesTo: ['CA_NHAN'],
      rule: { op: 'noDiscipline', scope: 'SELF', minForm: 'KHIEN_TRACH', window: THIS_YEAR },
    },
  ],
);

export const LAW_CSTD_CO_SO = lawSet(
  'LAW-CSTD_CO_SO',
  'Danh hiệu "Chiến sĩ thi đua cơ sở"',
  'Title "Grassroots emulation soldier"',
  `${LAW}, Điều 23`,
  [
    {
      key: 'CSTDCS-a',
      title: { vi: 'Đạt tiêu chuẩn "Lao động tiên tiến" trong năm', en: 'Advanced worker in the year' },
      sourceText: 'Đạt tiêu chuẩn danh hiệu “Lao động tiên tiến” hoặc “Chiến sĩ tiên tiến”',
      source: `${LAW}, Điều 23 điểm a`,
      confidence: 'interpreted',
      note: `Read as the LAO_DONG_TIEN_TIEN title recorded for the year (the council confers it first). ${RECALLED}`,
      appliesTo: ['CA_NHAN'],
      rule: heldThisYear('LAO_DONG_TIEN_TIEN'),
    },
    {
      key: 'CSTDCS-b',
      title: { vi: 'Có sáng kiến được công nhận hoặc đề tài nghiệm thu, áp dụng', en: 'A recognised initiative or an applied research work' },
      sourceText:
        'Có sáng kiến được cơ quan, tổ chức, đơn vị có thẩm quyền công nhận hoặc có đề tài khoa học, đề án khoa học, công trình khoa học và công nghệ đã được nghiệm thu và áp dụng hoặc mưu trí, sáng tạo trong chiến đấu, phục vụ chiến đấu có hiệu quả được cơ quan, tổ chức, đơn vị có thẩm quyền công nhận',
      source: `${LAW}, Điều 23 điểm b`,
      confidence: 'interpreted',
      note: `Counted in the year of the title: an initiative recognised at any level, or a research work accepted and applied; resourcefulness in combat is attested. ${RECALLED}`,
      appliesTo: ['CA_NHAN'],
      rule: {
        op: 'any',
        of: [
          { op: 'count', source: 'INITIATIVE', where: { recognized: true }, window: THIS_YEAR, cmp: '>=', value: 1 },
          { op: 'count', source: 'RESEARCH', where: { applied: true }, window: THIS_YEAR, cmp: '>=', value: 1 },
          attest('CSTDCS-b.CHIEN_DAU', 'Mưu trí, sáng tạo trong chiến đấu, phục vụ chiến đấu có hiệu quả được cơ quan có thẩm quyền công nhận.'),
        ],
      },
    },
  ],
);

export const LAW_CSTD_BO_TINH = lawSet(
  'LAW-CSTD_BO_TINH',
  'Danh hiệu "Chiến sĩ thi đua bộ, ban, ngành, tỉnh"',
  'Title "Ministerial / provincial emulation soldier"',
  `${LAW}, Điều 22`,
  [
    {
      key: 'CSTDBT-1',
      title: { vi: '3 lần liên tục Chiến sĩ thi đua cơ sở, có sáng kiến cấp tỉnh', en: 'Three consecutive grassroots emulation-soldier titles with a provincial-level initiative' },
      sourceText:
        'Có thành tích tiêu biểu xuất sắc được lựa chọn trong số những cá nhân có 03 lần liên tục đạt danh hiệu “Chiến sĩ thi đua cơ sở”, có sáng kiến đã được áp dụng hiệu quả và có khả năng nhân rộng trong bộ, ban, ngành, tỉnh, đoàn thể trung ương hoặc có đề tài khoa học, đề án khoa học, công trình khoa học và công nghệ đã được nghiệm thu và áp dụng hiệu quả',
      source: `${LAW}, Điều 22`,
      confidence: 'interpreted',
      note: `The three titles are the last three years, ending with the year of consideration (the title is considered in the year of the third CSTĐ cơ sở). The initiative or research work is one recognised at provincial (or ministry) level or higher and applied, within those three years. ${RECALLED}`,
      appliesTo: ['CA_NHAN'],
      rule: {
        op: 'consecutive',
        years: 3,
        window: { kind: 'ROLLING', years: 3 },
        condition: heldThisYear('CSTD_CO_SO'),
        inRun: {
          op: 'any',
          of: [
            { op: 'count', source: 'INITIATIVE', where: { minRecognitionLevel: 'TINH', applied: true }, window: { kind: 'RUN' }, cmp: '>=', value: 1 },
            { op: 'count', source: 'RESEARCH', where: { minLevel: 'TINH', applied: true }, window: { kind: 'RUN' }, cmp: '>=', value: 1 },
          ],
        },
      },
    },
    {
      key: 'CSTDBT-2',
      title: { vi: 'Tiêu biểu xuất sắc, được lựa chọn', en: 'Outstanding, selected' },
      sourceText: 'Có thành tích tiêu biểu xuất sắc được lựa chọn',
      source: `${LAW}, Điều 22`,
      confidence: 'interpreted',
      note: RECALLED,
      appliesTo: ['CA_NHAN'],
      rule: attest('CSTDBT-2', 'Có thành tích tiêu biểu xuất sắc, được lựa chọn trong số những cá nhân đủ điều kiện.'),
    },
  ],
);

export const LAW_CSTD_TOAN_QUOC = lawSet(
  'LAW-CSTD_TOAN_QUOC',
  'Danh hiệu "Chiến sĩ thi đua toàn quốc"',
  'Title "National emulation soldier"',
  `${LAW}, Điều 21`,
  [
    {
      key: 'CSTDTQ-1',
      title: { vi: '2 lần liên tục Chiến sĩ thi đua bộ, tỉnh, có sáng kiến ảnh hưởng toàn quốc', en: 'Two consecutive ministerial/provincial emulation-soldier titles and a nationally influential initiative' },
      sourceText:
        'Có thành tích tiêu biểu xuất sắc được lựa chọn trong số những cá nhân có 02 lần liên tục đạt danh hiệu “Chiến sĩ thi đua bộ, ban, ngành, tỉnh, đoàn thể trung ương”; thành tích, sáng kiến, giải pháp công tác, đề tài nghiên cứu của cá nhân đó có phạm vi ảnh hưởng trong toàn quốc',
      source: `${LAW}, Điều 21`,
      confidence: 'interpreted',
      note: `The provincial title comes every three years, so "02 lần liên tục" is read as two CSTD_BO_TINH titles within the last six years, and the nationwide influence as an initiative or research work recognised at state level in those years. ${RECALLED}`,
      appliesTo: ['CA_NHAN'],
      rule: {
        op: 'all',
        of: [
          { op: 'count', source: 'AWARD', where: { awardTypes: ['CSTD_BO_TINH'] }, window: { kind: 'ROLLING', years: 6 }, cmp: '>=', value: 2 },
          {
            op: 'any',
            of: [
              { op: 'count', source: 'INITIATIVE', where: { minRecognitionLevel: 'NHA_NUOC' }, window: { kind: 'ROLLING', years: 6 }, cmp: '>=', value: 1 },
              { op: 'count', source: 'RESEARCH', where: { minLevel: 'NHA_NUOC' }, window: { kind: 'ROLLING', years: 6 }, cmp: '>=', value: 1 },
              attest('CSTDTQ-1.ANH_HUONG', 'Thành tích, sáng kiến, giải pháp công tác, đề tài nghiên cứu có phạm vi ảnh hưởng trong toàn quốc.'),
            ],
          },
        ],
      },
    },
  ],
);

const MEMBER_NOTE = 'Members are the people holding a position in the collective on the evaluation date.';

export const LAW_TT_LAO_DONG_TIEN_TIEN = lawSet(
  'LAW-TT_LAO_DONG_TIEN_TIEN',
  'Danh hiệu "Tập thể lao động tiên tiến"',
  'Title "Advanced collective"',
  `${LAW}, Điều 28`,
  [
    {
      key: 'TTLDTT-a',
      title: { vi: 'Hoàn thành tốt nhiệm vụ và kế hoạch', en: 'Completes duties and plans well' },
      sourceText: 'Hoàn thành tốt nhiệm vụ và kế hoạch được giao',
      source: `${LAW}, Điều 28 khoản 1 điểm a`,
      confidence: 'interpreted',
      note: `Read as the collective's annual rating of the year at HTTNV or better. ${RECALLED}`,
      appliesTo: ['TAP_THE'],
      rule: { op: 'ratingAtLeast', level: 'HTTNV' },
    },
    {
      key: 'TTLDTT-b',
      title: { vi: 'Phong trào thi đua thường xuyên, hiệu quả', en: 'Regular, effective emulation' },
      sourceText: 'Có phong trào thi đua thường xuyên, thiết thực, hiệu quả',
      source: `${LAW}, Điều 28 khoản 1 điểm b`,
      confidence: 'exact',
      appliesTo: ['TAP_THE'],
      rule: attest('TTLDTT-b', 'Có phong trào thi đua thường xuyên, thiết thực, hiệu quả.'),
    },
    {
      key: 'TTLDTT-c1',
      title: { vi: 'Trên 50% cá nhân đạt "Lao động tiên tiến"', en: 'Over 50 % of members advanced workers' },
      sourceText: 'Có trên 50% cá nhân trong tập thể đạt danh hiệu “Lao động tiên tiến”',
      source: `${LAW}, Điều 28 khoản 1 điểm c`,
      confidence: 'exact',
      note: MEMBER_NOTE,
      appliesTo: ['TAP_THE'],
      rule: { op: 'members', measure: 'SHARE', cmp: '>', value: 50, condition: heldThisYear('LAO_DONG_TIEN_TIEN') },
    },
    {
      key: 'TTLDTT-c2',
      title: { vi: 'Không có cá nhân bị kỷ luật từ cảnh cáo trở lên', en: 'No member disciplined with a warning or worse' },
      sourceText: 'không có cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên',
      source: `${LAW}, Điều 28 khoản 1 điểm c`,
      confidence: 'exact',
      note: `${MEMBER_NOTE} The year of the title is the window.`,
      appliesTo: ['TAP_THE'],
      rule: { op: 'noDiscipline', scope: 'MEMBERS', minForm: 'CANH_CAO', window: THIS_YEAR },
    },
    {
      key: 'TTLDTT-d',
      title: { vi: 'Nội bộ đoàn kết, chấp hành tốt', en: 'United, law-abiding' },
      sourceText: 'Nội bộ đoàn kết, chấp hành tốt chủ trương, chính sách của Đảng, pháp luật của Nhà nước',
      source: `${LAW}, Điều 28 khoản 1 điểm d`,
      confidence: 'exact',
      appliesTo: ['TAP_THE'],
      rule: attest('TTLDTT-d', 'Nội bộ đoàn kết, chấp hành tốt chủ trương, chính sách của Đảng, pháp luật của Nhà nước.'),
    },
  ],
);

export const LAW_TT_LAO_DONG_XUAT_SAC = lawSet(
  'LAW-TT_LAO_DONG_XUAT_SAC',
  'Danh hiệu "Tập thể lao động xuất sắc"',
  'Title "Excellent collective"',
  `${LAW}, Điều 27`,
  [
    {
      key: 'TTLDXS-a',
      title: { vi: 'Hoàn thành xuất sắc nhiệm vụ, nghĩa vụ với Nhà nước', en: 'Excellent performance, duties to the State fulfilled' },
      sourceText: 'Sáng tạo, vượt khó hoàn thành xuất sắc nhiệm vụ, thực hiện tốt các nghĩa vụ đối với Nhà nước',
      source: `${LAW}, Điều 27 khoản 1 điểm a`,
      confidence: 'interpreted',
      note: `"Hoàn thành xuất sắc nhiệm vụ" read as the collective's rating of the year HTXSNV; the rest is attested. ${RECALLED}`,
      appliesTo: ['TAP_THE'],
      rule: {
        op: 'all',
        of: [
          { op: 'ratingAtLeast', level: 'HTXSNV' },
          attest('TTLDXS-a.NGHIA_VU', 'Sáng tạo, vượt khó; thực hiện tốt các nghĩa vụ đối với Nhà nước.'),
        ],
      },
    },
    {
      key: 'TTLDXS-b',
      title: { vi: 'Phong trào thi đua thường xuyên, hiệu quả', en: 'Regular, effective emulation' },
      sourceText: 'Có phong trào thi đua thường xuyên, thiết thực, hiệu quả',
      source: `${LAW}, Điều 27 khoản 1 điểm b`,
      confidence: 'exact',
      appliesTo: ['TAP_THE'],
      rule: attest('TTLDXS-b', 'Có phong trào thi đua thường xuyên, thiết thực, hiệu quả.'),
    },
    {
      key: 'TTLDXS-c1',
      title: { vi: '100% cá nhân hoàn thành nhiệm vụ', en: 'Every member completes duties' },
      sourceText: 'Có 100% cá nhân trong tập thể hoàn thành nhiệm vụ được giao',
      source: `${LAW}, Điều 27 khoản 1 điểm c`,
      confidence: 'exact',
      note: `${MEMBER_NOTE} "Hoàn thành nhiệm vụ" is a rating of the year at HTNV or better; a member without a rating leaves it UNKNOWN.`,
      appliesTo: ['TAP_THE'],
      rule: { op: 'members', measure: 'SHARE', cmp: '>=', value: 100, condition: { op: 'ratingAtLeast', level: 'HTNV' } },
    },
    {
      key: 'TTLDXS-c2',
      title: { vi: 'Ít nhất 70% cá nhân đạt "Lao động tiên tiến"', en: 'At least 70 % of members advanced workers' },
      sourceText: 'trong đó có ít nhất 70% cá nhân đạt danh hiệu “Lao động tiên tiến”',
      source: `${LAW}, Điều 27 khoản 1 điểm c`,
      confidence: 'exact',
      note: MEMBER_NOTE,
      appliesTo: ['TAP_THE'],
      rule: { op: 'members', measure: 'SHARE', cmp: '>=', value: 70, condition: heldThisYear('LAO_DONG_TIEN_TIEN') },
    },
    {
      key: 'TTLDXS-d1',
      title: { vi: 'Có cá nhân đạt "Chiến sĩ thi đua cơ sở"', en: 'A member is a grassroots emulation soldier' },
      sourceText: 'Có cá nhân đạt danh hiệu “Chiến sĩ thi đua cơ sở”',
      source: `${LAW}, Điều 27 khoản 1 điểm d`,
      confidence: 'exact',
      note: MEMBER_NOTE,
      appliesTo: ['TAP_THE'],
      rule: { op: 'members', measure: 'COUNT', cmp: '>=', value: 1, condition: heldThisYear('CSTD_CO_SO') },
    },
    {
      key: 'TTLDXS-d2',
      title: { vi: 'Không có cá nhân bị kỷ luật từ cảnh cáo trở lên', en: 'No member disciplined with a warning or worse' },
      sourceText: 'không có cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên',
      source: `${LAW}, Điều 27 khoản 1 điểm d`,
      confidence: 'exact',
      note: `${MEMBER_NOTE} The year of the title is the window.`,
      appliesTo: ['TAP_THE'],
      rule: { op: 'noDiscipline', scope: 'MEMBERS', minForm: 'CANH_CAO', window: THIS_YEAR },
    },
    {
      key: 'TTLDXS-dd',
      title: { vi: 'Nội bộ đoàn kết, gương mẫu chấp hành', en: 'United, law-abiding' },
      sourceText: 'Nội bộ đoàn kết, gương mẫu chấp hành chủ trương, chính sách của Đảng, pháp luật của Nhà nước',
      source: `${LAW}, Điều 27 khoản 1 điểm đ`,
      confidence: 'exact',
      appliesTo: ['TAP_THE'],
      rule: attest('TTLDXS-dd', 'Nội bộ đoàn kết, gương mẫu chấp hành chủ trương, chính sách của Đảng, pháp luật của Nhà nước.'),
    },
  ],
);

const EXEMPLARY_TEXT = 'Gương mẫu chấp hành tốt chủ trương, chính sách của Đảng, pháp luật của Nhà nước.';

export const LAW_BK_BO_TINH = lawSet(
  'LAW-BK_BO_TINH',
  'Bằng khen cấp bộ, ban, ngành, tỉnh, đoàn thể trung ương',
  'Certificate of merit of a ministry, central body or province',
  `${LAW}, Điều 72`,
  [
    {
      key: 'BKBT-CHUNG',
      title: { vi: 'Gương mẫu chấp hành', en: 'Law-abiding example' },
      sourceText: 'tặng cho cá nhân gương mẫu chấp hành tốt chủ trương, chính sách của Đảng, pháp luật của Nhà nước',
      source: `${LAW}, Điều 72 khoản 1`,
      confidence: 'interpreted',
      note: RECALLED,
      appliesTo: ['CA_NHAN'],
      rule: attest('BKBT-CHUNG', EXEMPLARY_TEXT),
    },
    {
      key: 'BKBT-CN',
      title: { vi: 'Một trong các tiêu chuẩn (cá nhân)', en: 'One of the standards (individuals)' },
      sourceText:
        'a) Có thành tích xuất sắc được bình xét trong phong trào thi đua; b) Lập được nhiều thành tích có phạm vi ảnh hưởng trong từng lĩnh vực thuộc bộ, ban, ngành, tỉnh, đoàn thể trung ương; c) Có 02 năm liên tục hoàn thành xuất sắc nhiệm vụ, trong thời gian đó có 02 sáng kiến được công nhận và áp dụng hiệu quả trong phạm vi cấp cơ sở hoặc mưu trí, sáng tạo trong chiến đấu, phục vụ chiến đấu',
      source: `${LAW}, Điều 72 khoản 1 điểm a, b, c`,
      confidence: 'interpreted',
      note: `(c) is the last two years, ending with the year of consideration, each rated HTXSNV, with two initiatives recognised (any level) and applied during them; (a) and (b) are attested. ${RECALLED}`,
      appliesTo: ['CA_NHAN'],
      rule: {
        op: 'any',
        of: [
          attest('BKBT-CN.a', 'Có thành tích xuất sắc được bình xét trong phong trào thi đua.'),
          attest('BKBT-CN.b', 'Lập được nhiều thành tích có phạm vi ảnh hưởng trong từng lĩnh vực thuộc bộ, ban, ngành, tỉnh, đoàn thể trung ương.'),
          {
            op: 'consecutive',
            years: 2,
            window: { kind: 'ROLLING', years: 2 },
            condition: { op: 'ratingAtLeast', level: 'HTXSNV' },
            inRun: {
              op: 'any',
              of: [
                { op: 'count', source: 'INITIATIVE', where: { minRecognitionLevel: 'CO_SO', applied: true }, window: { kind: 'RUN' }, cmp: '>=', value: 2 },
                attest('BKBT-CN.c.CHIEN_DAU', 'Mưu trí, sáng tạo trong chiến đấu, phục vụ chiến đấu.'),
              ],
            },
          },
        ],
      },
    },
    {
      key: 'BKBT-TT',
      title: { vi: 'Một trong các tiêu chuẩn (tập thể)', en: 'One of the standards (collectives)' },
      sourceText:
        'a) Có thành tích xuất sắc được bình xét trong phong trào thi đua; b) Lập được thành tích có phạm vi ảnh hưởng trong từng lĩnh vực thuộc bộ, ban, ngành, tỉnh, đoàn thể trung ương; c) Có 02 năm liên tục hoàn thành xuất sắc nhiệm vụ, nội bộ đoàn kết, thực hiện tốt quy chế dân chủ ở cơ sở, tổ chức tốt các phong trào thi đua; chăm lo đời sống vật chất, tinh thần trong tập thể; thực hành tiết kiệm; thực hiện đầy đủ các chế độ, chính sách đối với mọi thành viên trong tập thể',
      source: `${LAW}, Điều 72 khoản 2`,
      confidence: 'interpreted',
      note: `(c) is the last two years each rated HTXSNV plus an attestation of the rest; (a) and (b) are attested. ${RECALLED}`,
      appliesTo: ['TAP_THE'],
      rule: {
        op: 'any',
        of: [
          attest('BKBT-TT.a', 'Có thành tích xuất sắc được bình xét trong phong trào thi đua.'),
          attest('BKBT-TT.b', 'Lập được thành tích có phạm vi ảnh hưởng trong từng lĩnh vực thuộc bộ, ban, ngành, tỉnh, đoàn thể trung ương.'),
          {
            op: 'all',
            of: [
              { op: 'consecutive', years: 2, window: { kind: 'ROLLING', years: 2 }, condition: { op: 'ratingAtLeast', level: 'HTXSNV' } },
              attest(
                'BKBT-TT.c',
                'Nội bộ đoàn kết, thực hiện tốt quy chế dân chủ ở cơ sở, tổ chức tốt các phong trào thi đua; chăm lo đời sống vật chất, tinh thần; thực hành tiết kiệm; thực hiện đầy đủ chế độ, chính sách đối với mọi thành viên.',
              ),
            ],
          },
        ],
      },
    },
  ],
);

export const LAW_BK_THU_TUONG = lawSet(
  'LAW-BK_THU_TUONG',
  'Bằng khen của Thủ tướng Chính phủ',
  "Prime Minister's certificate of merit",
  `${LAW}, Điều 71`,
  [
    {
      key: 'BKTTG-CHUNG',
      title: { vi: 'Gương mẫu chấp hành', en: 'Law-abiding example' },
      sourceText: 'tặng cho cá nhân gương mẫu chấp hành tốt chủ trương, chính sách của Đảng, pháp luật của Nhà nước',
      source: `${LAW}, Điều 71 khoản 1`,
      confidence: 'interpreted',
      note: RECALLED,
      appliesTo: ['CA_NHAN'],
      rule: attest('BKTTG-CHUNG', EXEMPLARY_TEXT),
    },
    {
      key: 'BKTTG-CN',
      title: { vi: 'Một trong các tiêu chuẩn (cá nhân)', en: 'One of the standards (individuals)' },
      sourceText:
        'a) Có thành tích xuất sắc tiêu biểu được bình xét trong phong trào thi đua; b) Lập được nhiều thành tích có phạm vi ảnh hưởng trong bộ, ban, ngành, tỉnh, đoàn thể trung ương; c) Đã được tặng Bằng khen cấp bộ, ban, ngành, tỉnh, đoàn thể trung ương, 05 năm tiếp theo trở lên liên tục hoàn thành xuất sắc nhiệm vụ, trong thời gian đó có 02 sáng kiến được công nhận và áp dụng hiệu quả trong phạm vi cấp cơ sở hoặc mưu trí, sáng tạo trong chiến đấu, phục vụ chiến đấu',
      source: `${LAW}, Điều 71 khoản 1 điểm a, b, c`,
      confidence: 'interpreted',
      note: `(c) is the last five years, ending with the year of consideration, each rated HTXSNV, after a BK_BO_TINH received before the first of them, with initiativesInRun initiatives recognised and applied during them. Under the former law (NĐ 65/2014) the number was 05; the 2022 text is recalled as 02, hence a parameter. (a) and (b) are attested. ${RECALLED}`,
      appliesTo: ['CA_NHAN'],
      rule: {
        op: 'any',
        of: [
          attest('BKTTG-CN.a', 'Có thành tích xuất sắc tiêu biểu được bình xét trong phong trào thi đua.'),
          attest('BKTTG-CN.b', 'Lập được nhiều thành tích có phạm vi ảnh hưởng trong bộ, ban, ngành, tỉnh, đoàn thể trung ương.'),
          {
            op: 'consecutive',
            years: 5,
            window: { kind: 'ROLLING', years: 5 },
            condition: { op: 'ratingAtLeast', level: 'HTXSNV' },
            inRun: {
              op: 'all',
              of: [
                { op: 'count', source: 'AWARD', where: { awardTypes: ['BK_BO_TINH'] }, window: { kind: 'BEFORE_RUN' }, cmp: '>=', value: 1 },
                {
                  op: 'any',
                  of: [
                    { op: 'count', source: 'INITIATIVE', where: { minRecognitionLevel: 'CO_SO', applied: true }, window: { kind: 'RUN' }, cmp: '>=', value: { param: 'initiativesInRun' } },
                    attest('BKTTG-CN.c.CHIEN_DAU', 'Mưu trí, sáng tạo trong chiến đấu, phục vụ chiến đấu.'),
                  ],
                },
              ],
            },
          },
        ],
      },
    },
    {
      key: 'BKTTG-TT',
      title: { vi: 'Một trong các tiêu chuẩn (tập thể)', en: 'One of the standards (collectives)' },
      sourceText:
        'a) Có thành tích xuất sắc tiêu biểu được bình xét trong phong trào thi đua; b) Lập được nhiều thành tích có phạm vi ảnh hưởng trong bộ, ban, ngành, tỉnh, đoàn thể trung ương; c) Đã được tặng Bằng khen cấp bộ, ban, ngành, tỉnh, đoàn thể trung ương, 05 năm tiếp theo trở lên liên tục hoàn thành xuất sắc nhiệm vụ, nội bộ đoàn kết, thực hiện tốt quy chế dân chủ ở cơ sở, tổ chức tốt các phong trào thi đua; chăm lo đời sống vật chất, tinh thần trong tập thể; thực hành tiết kiệm; thực hiện đầy đủ các chế độ, chính sách đối với mọi thành viên trong tập thể',
      source: `${LAW}, Điều 71 khoản 2`,
      confidence: 'interpreted',
      note: `(c) is the last five years each rated HTXSNV after a BK_BO_TINH received before them, plus an attestation of the rest; (a) and (b) are attested. ${RECALLED}`,
      appliesTo: ['TAP_THE'],
      rule: {
        op: 'any',
        of: [
          attest('BKTTG-TT.a', 'Có thành tích xuất sắc tiêu biểu được bình xét trong phong trào thi đua.'),
          attest('BKTTG-TT.b', 'Lập được nhiều thành tích có phạm vi ảnh hưởng trong bộ, ban, ngành, tỉnh, đoàn thể trung ương.'),
          {
            op: 'all',
            of: [
              {
                op: 'consecutive',
                years: 5,
                window: { kind: 'ROLLING', years: 5 },
                condition: { op: 'ratingAtLeast', level: 'HTXSNV' },
                inRun: { op: 'count', source: 'AWARD', where: { awardTypes: ['BK_BO_TINH'] }, window: { kind: 'BEFORE_RUN' }, cmp: '>=', value: 1 },
              },
              attest(
                'BKTTG-TT.c',
                'Nội bộ đoàn kết, thực hiện tốt quy chế dân chủ ở cơ sở, tổ chức tốt các phong trào thi đua; chăm lo đời sống vật chất, tinh thần; thực hành tiết kiệm; thực hiện đầy đủ chế độ, chính sách đối với mọi thành viên.',
              ),
            ],
          },
        ],
      },
    },
  ],
  [
    {
      name: 'initiativesInRun',
      kind: 'NUMBER',
      default: 2,
      min: 1,
      max: 10,
      title: { vi: 'Số sáng kiến cần có trong 5 năm liên tục', en: 'Initiatives needed during the five consecutive years' },
      note: 'Recalled as 02 in the 2022 Law; the former law (NĐ 65/2014) required 05.',
    },
  ],
);

export const LAW_CRITERIA_SETS: CriteriaSet[] = [
  LAW_LAO_DONG_TIEN_TIEN,
  LAW_CSTD_CO_SO,
  LAW_CSTD_BO_TINH,
  LAW_CSTD_TOAN_QUOC,
  LAW_TT_LAO_DONG_TIEN_TIEN,
  LAW_TT_LAO_DONG_XUAT_SAC,
  LAW_BK_BO_TINH,
  LAW_BK_THU_TUONG,
];
