import { parametersUsed, type CriteriaSet, type Criterion, type LocalizedText, type ParameterDef, type RoleGroup } from '../rule';
import { ANNUAL_WINDOW, MANY_INITIATIVES, PLAN_PERIOD, RATING_WINDOW, THIS_YEAR, param } from './common';

/**
 * Seed 001: UBND huyện Ba Bể (Bắc Kạn), Kế hoạch …/KH-UBND tháng 9/2021, xây dựng, nhân rộng mô hình,
 * gương điển hình tiên tiến giai đoạn 2021–2025. Its criteria are sorted by field (mục III.2.1–2.12);
 * a model is nominated in one field, so each field is its own set, with the general criterion (III.1).
 */

const SOURCE = 'Kế hoạch số …/KH-UBND tháng 9/2021 của UBND huyện Ba Bể (thực hiện KH 458/KH-UBND ngày 19/7/2021 của UBND tỉnh Bắc Kạn)';

const GENERAL_TEXT =
  'Mô hình, gương điển hình tiên tiến phải là những tập thể, cá nhân, hộ gia đình có thành tích tiêu biểu, xuất sắc trong học tập, công tác, lao động sản xuất, kinh doanh, chiến đấu, phục vụ chiến đấu; là nhân tố nổi trội, dẫn đầu trong các phong trào thi đua, gương mẫu chấp hành chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước gắn với việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; đoàn kết, có tinh thần tương thân, tương ái tích cực tham gia các hoạt động từ thiện nhân đạo do cơ quan, đơn vị, địa phương phát động.';

const GENERAL: Criterion = {
  key: 'BB-GEN',
  title: { vi: 'Tiêu chí chung', en: 'General criterion' },
  sourceText: GENERAL_TEXT,
  source: 'Mục III.1',
  confidence: 'exact',
  appliesTo: ['TAP_THE', 'CA_NHAN', 'HO_GIA_DINH'],
  rule: { op: 'attest', key: 'BB-GEN', text: GENERAL_TEXT },
};

const excellent = { op: 'ratingAtLeast', level: 'HTXSNV', window: param('ratingWindow') } as const;
const everyYearExcellent = { op: 'everyYear', window: param('annualWindow'), condition: { op: 'ratingAtLeast', level: 'HTXSNV' } } as const;
const manyInitiatives = { op: 'count', source: 'INITIATIVE', window: PLAN_PERIOD, cmp: '>=', value: { param: 'manyInitiatives' } } as const;
const someInitiative = { op: 'count', source: 'INITIATIVE', window: PLAN_PERIOD, cmp: '>=', value: 1 } as const;

const RATING_NOTE = '"Hoàn thành xuất sắc nhiệm vụ" read as the latest annual rating HTXSNV (parameter ratingWindow).';
const MANY_NOTE = '"Nhiều sáng kiến" read as at least manyInitiatives (default 2) initiatives recorded in the plan period.';

const GROWTH_WINDOW: ParameterDef = {
  name: 'growthWindow',
  kind: 'WINDOW',
  default: { kind: 'PLAN_PERIOD', completedYears: true },
  title: { vi: 'Các năm so sánh tăng trưởng "năm sau cao hơn năm trước"', en: 'Years compared for year-on-year growth' },
  note: 'Growth is compared over the plan period, up to the last year already over.',
};

/** The cultural-title window (III.2.5): the title of the last year already over. */
const TITLE_WINDOW: ParameterDef = {
  name: 'titleWindow',
  kind: 'WINDOW',
  default: { kind: 'ROLLING', years: 1, completedYears: true },
  title: { vi: 'Năm xét danh hiệu văn hóa', en: 'Year of the cultural title considered' },
  note: "The plan refers to the title's standard without a year; the title of the last year already over is read.",
};

const PARAMETERS = [RATING_WINDOW, ANNUAL_WINDOW, MANY_INITIATIVES, GROWTH_WINDOW, TITLE_WINDOW];

function fieldSet(field: string, number: string, title: LocalizedText, criteria: Criterion[], roleGroups: RoleGroup[] = []): CriteriaSet {
  const all = [GENERAL, ...criteria.map((c) => ({ ...c, field }))];
  const used = new Set<string>();
  for (const c of all) parametersUsed(c.rule, used);
  return {
    version: 1,
    code: `SEED-001-BA-BE-${field}`,
    title: { vi: `Điển hình tiên tiến 2021–2025, huyện Ba Bể — ${title.vi}`, en: `Exemplary models 2021–2025, Ba Bể district — ${title.en}` },
    source: `${SOURCE}, mục III.1 và III.2.${number}`,
    period: { from: 2021, to: 2025 },
    field,
    parameters: PARAMETERS.filter((p) => used.has(p.name)),
    roleGroups,
    criteria: all,
    combine: 'ALL',
  };
}

export const SEED_001_BA_BE: CriteriaSet[] = [
  fieldSet('HOC_TAP_LAM_THEO_BAC', '1', { vi: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh', en: "Following Ho Chi Minh's thought, ethics and style" }, [
    {
      key: 'BB-2.1-TT',
      title: { vi: 'Tập thể điển hình học tập và làm theo Bác', en: 'Exemplary collective' },
      sourceText:
        'Đối với tập thể: Là các cơ quan, đơn vị, địa phương tiếp tục triển khai các phong trào thi đua gắn với thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh và tổ chức đăng ký học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh tại cơ quan, đơn vị, địa phương; hoàn thành xuất sắc nhiệm vụ được giao; có nhiều cách làm hay, sáng tạo.',
      source: 'Mục III.2.1',
      confidence: 'interpreted',
      note: RATING_NOTE,
      appliesTo: ['TAP_THE'],
      rule: {
        op: 'all',
        of: [
          {
            op: 'attest',
            key: 'BB-2.1-TT.CHI_THI_05',
            text: 'Tiếp tục triển khai các phong trào thi đua gắn với thực hiện Chỉ thị số 05-CT/TW và tổ chức đăng ký học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; có nhiều cách làm hay, sáng tạo.',
          },
          excellent,
        ],
      },
    },
    {
      key: 'BB-2.1-CN',
      title: { vi: 'Cá nhân điển hình học tập và làm theo Bác', en: 'Exemplary individual' },
      sourceText:
        'Đối với cá nhân: Có phẩm chất đạo đức trong sáng, là tấm gương tiêu biểu cho ý chí rèn luyện, tu dưỡng đạo đức, thực hành tiết kiệm, chống lãng phí, gương mẫu đi đầu trong công tác; có tinh thần trách nhiệm cao, năng động, sáng tạo có nhiều sáng kiến, giải pháp hữu ích trong công tác, hoàn thành xuất sắc nhiệm vụ được giao.',
      source: 'Mục III.2.1',
      confidence: 'interpreted',
      note: `${MANY_NOTE} ${RATING_NOTE}`,
      appliesTo: ['CA_NHAN'],
      rule: {
        op: 'all',
        of: [
          {
            op: 'attest',
            key: 'BB-2.1-CN.PHAM_CHAT',
            text: 'Có phẩm chất đạo đức trong sáng, là tấm gương tiêu biểu cho ý chí rèn luyện, tu dưỡng đạo đức, thực hành tiết kiệm, chống lãng phí, gương mẫu đi đầu trong công tác; có tinh thần trách nhiệm cao, năng động, sáng tạo.',
          },
          manyInitiatives,
          excellent,
        ],
      },
    },
  ]),
  fieldSet('NONG_THON_MOI', '2', { vi: 'Xây dựng nông thôn mới', en: 'New rural areas' }, [
    {
      key: 'BB-2.2-TT',
      title: { vi: 'Tập thể điển hình xây dựng nông thôn mới', en: 'Exemplary collective in new rural development' },
      sourceText:
        'Đối với tập thể: Là các cơ quan, đơn vị, địa phương có phương pháp, cách làm hay phù hợp với điều kiện thực tế để tổ chức thực hiện các tiêu chí về nông thôn mới; tổ chức được các phong trào thi đua chuyên đề mang tính đột phá, với nội dung thiết thực, góp phần hoàn thành từng tiêu chí về xây dựng nông thôn mới trước thời hạn; xã đạt được các tiêu chí về xây dựng nông thôn mới và có nhiều thành tích đóng góp thiện nguyện trong xây dựng nông thôn mới.',
      source: 'Mục III.2.2',
      confidence: 'interpreted',
      note: '"Xã đạt được các tiêu chí" read as the recorded flag XA_DAT_CHUAN_NTM (latest record); it concerns communes, other collectives have no such flag and stay UNKNOWN until a reviewer decides.',
      appliesTo: ['TAP_THE'],
      rule: {
        op: 'all',
        of: [
          {
            op: 'attest',
            key: 'BB-2.2-TT.CACH_LAM',
            text: 'Có phương pháp, cách làm hay thực hiện các tiêu chí về nông thôn mới; phong trào thi đua chuyên đề mang tính đột phá; nhiều thành tích đóng góp thiện nguyện trong xây dựng nông thôn mới.',
          },
          { op: 'flag', code: 'XA_DAT_CHUAN_NTM' },
        ],
      },
    },
    {
      key: 'BB-2.2-CN-HGD',
      title: { vi: 'Cá nhân, hộ gia đình đóng góp xây dựng nông thôn mới', en: 'Individuals and households contributing to new rural development' },
      sourceText:
        'Đối với cá nhân, hộ gia đình: Các cá nhân, hộ gia đình có nhiều đóng góp trong tuyên truyền, vận động, tham gia hiến đất, đóng góp tiền của vật chất, ngày công lao động để xây dựng cơ sở hạ tầng nông thôn.',
      source: 'Mục III.2.2',
      confidence: 'exact',
      appliesTo: ['CA_NHAN', 'HO_GIA_DINH'],
      rule: {
        op: 'attest',
        key: 'BB-2.2-CN-HGD',
        text: 'Có nhiều đóng góp trong tuyên truyền, vận động, tham gia hiến đất, đóng góp tiền của vật chất, ngày công lao động để xây dựng cơ sở hạ tầng nông thôn.',
      },
    },
  ]),
  fieldSet('SAN_XUAT_KINH_DOANH', '3', { vi: 'Sản xuất – kinh doanh', en: 'Production and business' }, [
    {
      key: 'BB-2.3-TT',
      title: { vi: 'Doanh nghiệp, hợp tác xã điển hình', en: 'Exemplary enterprise or cooperative' },
      sourceText:
        'Đối với tập thể: Là những doanh nghiệp, hợp tác xã có nhiều thành tích trong hoạt động sản xuất kinh doanh và có nhiều đóng góp cho xã hội; có sáng kiến, cải tiến kỹ thuật, áp dụng tiến bộ khoa học, kỹ thuật trong sản xuất, kinh doanh mang lại hiệu quả kinh tế cao; tích cực đầu tư mở rộng lĩnh vực, ngành nghề kinh doanh; các chỉ tiêu về doanh thu, nộp ngân sách Nhà nước, lợi nhuận hằng năm tăng trưởng; thực hiện tốt nghĩa vụ nộp thuế và chính sách đối với người lao động; đạt tiêu chuẩn an toàn lao động, an ninh, trật tự, môi trường; tích cực hưởng ứng các phong trào thi đua do tỉnh, địa phương tổ chức phát động; tích cực tham gia, đóng góp công tác xã hội.',
      source: 'Mục III.2.3',
      confidence: 'interpreted',
      note: '"Hằng năm tăng trưởng" read as a strict year-on-year rise of DOANH_THU, NOP_NGAN_SACH and LOI_NHUAN over growthWindow; "có sáng kiến" as at least one initiative in the plan period.',
      appliesTo: ['TAP_THE'],
      rule: {
        op: 'all',
        of: [
          { op: 'increasing', metric: 'DOANH_THU', window: param('growthWindow') },
          { op: 'increasing', metric: 'NOP_NGAN_SACH', window: param('growthWindow') },
          { op: 'increasing', metric: 'LOI_NHUAN', window: param('growthWindow') },
          someInitiative,
          {
            op: 'attest',
            key: 'BB-2.3-TT.NGHIA_VU',
            text: 'Nhiều thành tích sản xuất kinh doanh, đóng góp cho xã hội; mở rộng ngành nghề; thực hiện tốt nghĩa vụ nộp thuế và chính sách đối với người lao động; đạt tiêu chuẩn an toàn lao động, an ninh, trật tự, môi trường; tích cực hưởng ứng phong trào thi đua, công tác xã hội.',
          },
        ],
      },
    },
    {
      key: 'BB-2.3-CN',
      title: { vi: 'Cá nhân điển hình sản xuất – kinh doanh', en: 'Exemplary individual in production and business' },
      sourceText:
        'Đối với cá nhân: Cá nhân có nhiều thành tích trong hoạt động sản xuất, kinh doanh và có nhiều đóng góp cho xã hội; có sáng kiến, cải tiến kỹ thuật, áp dụng tiến bộ khoa học, kỹ thuật trong sản xuất, kinh doanh mang lại hiệu quả kinh tế cao, làm lợi cho đơn vị. Tích cực hưởng ứng các phong trào thi đua do địa phương và các cấp tổ chức phát động; tích cực tham gia, đóng góp cho công tác xã hội.',
      source: 'Mục III.2.3',
      confidence: 'interpreted',
      note: '"Có sáng kiến" read as at least one initiative recorded in the plan period.',
      appliesTo: ['CA_NHAN'],
      rule: {
        op: 'all',
        of: [
          someInitiative,
          {
            op: 'attest',
            key: 'BB-2.3-CN.THANH_TICH',
            text: 'Có nhiều thành tích trong hoạt động sản xuất, kinh doanh, nhiều đóng góp cho xã hội, làm lợi cho đơn vị; tích cực hưởng ứng các phong trào thi đua, tham gia công tác xã hội.',
          },
        ],
      },
    },
  ]),
  fieldSet('KINH_TE_HO_GIA_DINH', '4', { vi: 'Phát triển kinh tế hộ gia đình', en: 'Household economy' }, [
    {
      key: 'BB-2.4-HGD',
      title: { vi: 'Hộ gia đình phát triển kinh tế điển hình', en: 'Exemplary household economy' },
      sourceText:
        'Là gia đình tích cực lao động, sản xuất kinh doanh, áp dụng tiến bộ khoa học, kỹ thuật vào lao động, sản xuất, kinh doanh đạt hiệu quả cao, hợp pháp; không ảnh hưởng xấu đến môi trường; giải quyết việc làm cho người lao động; thu nhập của gia đình năm sau cao hơn năm trước; chấp hành tốt các chủ trương của Đảng, chính sách, pháp luật của Nhà nước, các quy định của địa phương; tích cực tham gia các hoạt động xã hội; hằng năm đạt danh hiệu “Gia đình văn hóa”.',
      source: 'Mục III.2.4',
      confidence: 'interpreted',
      note: '"Năm sau cao hơn năm trước" is a strict rise of THU_NHAP_HO over growthWindow; "hằng năm" is every year of annualWindow.',
      appliesTo: ['HO_GIA_DINH'],
      rule: {
        op: 'all',
        of: [
          { op: 'increasing', metric: 'THU_NHAP_HO', window: param('growthWindow') },
          {
            op: 'everyYear',
            window: param('annualWindow'),
            condition: { op: 'count', source: 'CULTURAL_TITLE', where: { codes: ['GIA_DINH_VAN_HOA'] }, window: THIS_YEAR, cmp: '>=', value: 1 },
          },
          {
            op: 'attest',
            key: 'BB-2.4-HGD.SAN_XUAT',
            text: 'Tích cực lao động, sản xuất kinh doanh, áp dụng tiến bộ khoa học, kỹ thuật đạt hiệu quả cao, hợp pháp; không ảnh hưởng xấu đến môi trường; giải quyết việc làm; chấp hành tốt chủ trương, chính sách, pháp luật; tích cực tham gia các hoạt động xã hội.',
          },
        ],
      },
    },
  ]),
  fieldSet(
    'KDC_GIA_DINH_VAN_HOA',
    '5',
    { vi: 'Khu dân cư văn hóa, gia đình văn hóa', en: 'Cultural residential areas and families' },
    [
      {
        key: 'BB-2.5-TT',
        title: { vi: 'Khu dân cư văn hóa tiêu biểu', en: 'Exemplary cultural residential area' },
        sourceText:
          'Tiêu chí để xây dựng, bình xét khu dân cư văn hóa, gia đình văn hóa tiêu biểu điển hình được căn cứ vào tiêu chuẩn danh hiệu “Khu dân cư văn hóa”, “Gia đình văn hóa” quy định tại Nghị định số 122/2018/NĐ-CP ngày 17/9/2018 của Chính phủ quy định về xét tặng danh hiệu “Gia đình văn hóa”, “Thôn văn hóa”, “Làng văn hóa”, “Ấp văn hóa”, “Bản văn hóa”, “Tổ dân phố văn hóa”.',
        source: 'Mục III.2.5',
        confidence: 'interpreted',
        note: 'The standard of NĐ 122/2018 (now NĐ 86/2023) is checked by the title held in titleWindow; being "tiêu biểu" among holders is attested.',
        appliesTo: ['TAP_THE'],
        rule: {
          op: 'all',
          of: [
            {
              op: 'count',
              source: 'CULTURAL_TITLE',
              where: { codes: ['KHU_DAN_CU_VAN_HOA', 'THON_VAN_HOA', 'LANG_VAN_HOA', 'AP_VAN_HOA', 'BAN_VAN_HOA', 'TO_DAN_PHO_VAN_HOA'] },
              window: param('titleWindow'),
              cmp: '>=',
              value: 1,
            },
            { op: 'attest', key: 'BB-2.5-TT.TIEU_BIEU', text: 'Khu dân cư văn hóa tiêu biểu điển hình.' },
          ],
        },
      },
      {
        key: 'BB-2.5-HGD',
        title: { vi: 'Gia đình văn hóa tiêu biểu', en: 'Exemplary cultural family' },
        sourceText:
          'Tiêu chí để xây dựng, bình xét khu dân cư văn hóa, gia đình văn hóa tiêu biểu điển hình được căn cứ vào tiêu chuẩn danh hiệu “Khu dân cư văn hóa”, “Gia đình văn hóa” quy định tại Nghị định số 122/2018/NĐ-CP ngày 17/9/2018 của Chính phủ quy định về xét tặng danh hiệu “Gia đình văn hóa”, “Thôn văn hóa”, “Làng văn hóa”, “Ấp văn hóa”, “Bản văn hóa”, “Tổ dân phố văn hóa”.',
        source: 'Mục III.2.5',
        confidence: 'interpreted',
        note: 'The standard of NĐ 122/2018 (now NĐ 86/2023) is checked by the title GIA_DINH_VAN_HOA held in titleWindow; being "tiêu biểu" is attested.',
        appliesTo: ['HO_GIA_DINH'],
        rule: {
          op: 'all',
          of: [
            { op: 'count', source: 'CULTURAL_TITLE', where: { codes: ['GIA_DINH_VAN_HOA'] }, window: param('titleWindow'), cmp: '>=', value: 1 },
            { op: 'attest', key: 'BB-2.5-HGD.TIEU_BIEU', text: 'Gia đình văn hóa tiêu biểu điển hình.' },
          ],
        },
      },
    ],
  ),
  fieldSet('CO_QUAN_KIEU_MAU', '6', { vi: 'Xây dựng cơ quan, đơn vị kiểu mẫu', en: 'Model agencies' }, [
    {
      key: 'BB-2.6-TT',
      title: { vi: 'Cơ quan, đơn vị kiểu mẫu', en: 'Model agency' },
      sourceText:
        'Đối với tập thể: Là cơ quan, đơn vị luôn đoàn kết, gương mẫu chấp hành tốt chủ trương, đường lối của Đảng, chính sách, pháp luật Nhà nước; thực hiện tốt nhiệm vụ cải cách hành chính; cơ quan, đơn vị luôn đạt danh hiệu “Cơ quan văn hóa”, “Đơn vị văn hóa”; phong cách, lề lối làm việc của cán bộ, công chức, viên chức khoa học, chủ động, sáng tạo, hiệu quả trong thực thi nhiệm vụ được giao; hàng năm được công nhận tập thể xuất sắc, có sáng kiến cải tiến kỹ thuật, giải pháp công tác, áp dụng khoa học, công nghệ tăng năng suất, chất lượng, hiệu quả trong thực hiện nhiệm vụ; dẫn đầu trong các phong trào thi đua của cơ quan, đơn vị, địa phương; cơ quan, đơn vị văn minh, hiện đại, xanh, sạch, đẹp; tổ chức Đảng, đoàn thể trong cơ quan, đơn vị luôn đạt trong sạch, vững mạnh.',
      source: 'Mục III.2.6',
      confidence: 'interpreted',
      note: '"Luôn"/"hàng năm" is every year of annualWindow. "Tập thể xuất sắc" is ambiguous: the title TT_LAO_DONG_XUAT_SAC or a collective rating HTXSNV, either counts. "Trong sạch, vững mạnh" is the yearly flag TO_CHUC_DANG_TSVM.',
      appliesTo: ['TAP_THE'],
      rule: {
        op: 'all',
        of: [
          {
            op: 'everyYear',
            window: param('annualWindow'),
            condition: { op: 'count', source: 'CULTURAL_TITLE', where: { codes: ['CO_QUAN_VAN_HOA', 'DON_VI_VAN_HOA'] }, window: THIS_YEAR, cmp: '>=', value: 1 },
          },
          {
            op: 'everyYear',
            window: param('annualWindow'),
            condition: {
              op: 'any',
              of: [
                { op: 'count', source: 'AWARD', where: { awardTypes: ['TT_LAO_DONG_XUAT_SAC'] }, window: THIS_YEAR, cmp: '>=', value: 1 },
                { op: 'ratingAtLeast', level: 'HTXSNV' },
              ],
            },
          },
          someInitiative,
          { op: 'everyYear', window: param('annualWindow'), condition: { op: 'flag', code: 'TO_CHUC_DANG_TSVM', window: THIS_YEAR } },
          {
            op: 'attest',
            key: 'BB-2.6-TT.KIEU_MAU',
            text: 'Luôn đoàn kết, gương mẫu chấp hành; thực hiện tốt cải cách hành chính; lề lối làm việc khoa học, chủ động, sáng tạo; dẫn đầu phong trào thi đua; văn minh, hiện đại, xanh, sạch, đẹp.',
          },
        ],
      },
    },
    {
      key: 'BB-2.6-CN',
      title: { vi: 'Cá nhân tiêu biểu trong cơ quan kiểu mẫu', en: 'Exemplary individual in a model agency' },
      sourceText:
        'Cá nhân: Là nhân tố tiêu biểu, nổi trội trong cơ quan, đơn vị; gương mẫu chấp hành tốt chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước, thực hiện tốt nội quy, quy chế của cơ quan, đơn vị, địa phương; có tinh thần đoàn kết, góp phần xây dựng tập thể vững mạnh; hàng năm được đánh giá hoàn thành xuất sắc nhiệm vụ; có tinh thần trách nhiệm cao, thái độ làm việc tận tụy, năng động, sáng tạo có nhiều sáng kiến, giải pháp hữu ích trong công tác; chuẩn mực trong giao tiếp công vụ, tích cực tham gia các phong trào thi đua.',
      source: 'Mục III.2.6',
      confidence: 'interpreted',
      note: `"Hàng năm" is every year of annualWindow. ${MANY_NOTE}`,
      appliesTo: ['CA_NHAN'],
      rule: {
        op: 'all',
        of: [
          everyYearExcellent,
          manyInitiatives,
          {
            op: 'attest',
            key: 'BB-2.6-CN.TIEU_BIEU',
            text: 'Là nhân tố tiêu biểu, nổi trội; gương mẫu chấp hành; thực hiện tốt nội quy, quy chế; đoàn kết; tận tụy, năng động, sáng tạo; chuẩn mực trong giao tiếp công vụ; tích cực tham gia các phong trào thi đua.',
          },
        ],
      },
    },
  ]),
  fieldSet(
    'GIAO_DUC_DAO_TAO',
    '7',
    { vi: 'Giáo dục – Đào tạo', en: 'Education and training' },
    [
      {
        key: 'BB-2.7-TT',
        title: { vi: 'Cơ sở giáo dục điển hình', en: 'Exemplary school' },
        sourceText:
          'Đối với tập thể: Là các cơ sở giáo dục mầm non, giáo dục phổ thông, giáo dục thường xuyên, luôn hoàn thành xuất sắc nhiệm vụ, là điển hình về chất lượng giáo dục và đào tạo; là nơi kiến tạo, hỗ trợ, phục vụ để mỗi nhà giáo, cán bộ quản lý giáo dục, học sinh, học viên có môi trường sư phạm thuận lợi, phát huy tối đa phẩm chất, năng lực cá nhân; cơ sở vật chất kỹ thuật không ngừng được nâng lên; đội ngũ cán bộ quản lý giáo dục, giáo viên, nhân viên có năng lực, tận tâm với nghề; thực sự là môi trường nhà trường thân thiện, học sinh tích cực, có nhiều học sinh giỏi các cấp; tập thể đoàn kết, tích cực hưởng ứng các phong trào thi đua do địa phương và các cấp tổ chức phát động; tích cực tham gia, đóng góp trong công tác xã hội.',
        source: 'Mục III.2.7',
        confidence: 'interpreted',
        note: '"Luôn hoàn thành xuất sắc nhiệm vụ" is a rating HTXSNV every year of annualWindow.',
        appliesTo: ['TAP_THE'],
        rule: {
          op: 'all',
          of: [
            everyYearExcellent,
            {
              op: 'attest',
              key: 'BB-2.7-TT.CHAT_LUONG',
              text: 'Điển hình về chất lượng giáo dục và đào tạo; môi trường sư phạm thuận lợi; cơ sở vật chất nâng lên; đội ngũ tận tâm; nhà trường thân thiện, nhiều học sinh giỏi các cấp; đoàn kết, hưởng ứng phong trào thi đua, công tác xã hội.',
            },
          ],
        },
      },
      {
        key: 'BB-2.7-CN-GV',
        title: { vi: 'Cán bộ quản lý giáo dục, giáo viên, nhân viên', en: 'School managers, teachers and staff' },
        sourceText:
          'Là cán bộ quản lý giáo dục, giáo viên, nhân viên hoàn thành xuất sắc các nhiệm vụ, là điển hình trong phong trào thi đua “Đổi mới, sáng tạo trong quản lý, giảng dạy và học tập”; có nhiều sáng kiến, giải pháp hữu ích trong công tác; có năng lực, tận tâm với nghề, tích cực hưởng ứng các phong trào thi đua do địa phương và các cấp tổ chức phát động; có hành vi, nghĩa cử cao đẹp giúp đỡ các trường hợp khó khăn, hoạn nạn, tích cực tham gia các hoạt động tình nguyện, thiện nguyện vì cộng đồng.',
        source: 'Mục III.2.7',
        confidence: 'interpreted',
        note: `${RATING_NOTE} ${MANY_NOTE}`,
        appliesTo: ['CA_NHAN'],
        roleGroup: 'CBQL_GV_NV',
        rule: {
          op: 'all',
          of: [
            excellent,
            manyInitiatives,
            {
              op: 'attest',
              key: 'BB-2.7-CN-GV.DIEN_HINH',
              text: 'Điển hình trong phong trào thi đua “Đổi mới, sáng tạo trong quản lý, giảng dạy và học tập”; có năng lực, tận tâm với nghề; nghĩa cử cao đẹp, tích cực tham gia hoạt động tình nguyện, thiện nguyện.',
            },
          ],
        },
      },
      {
        key: 'BB-2.7-CN-HS',
        title: { vi: 'Học sinh, sinh viên, học viên tiêu biểu', en: 'Exemplary pupils and students' },
        sourceText:
          'Là học sinh, sinh viên, học viên tiêu biểu trong phong trào thi đua “Đổi mới, sáng tạo trong quản lý, giảng dạy và học tập”; có ý thức chủ động, tích cực, sáng tạo vượt khó vươn lên trong học tập, rèn luyện và khởi nghiệp; có kỷ luật, kỷ cương, ý thức trách nhiệm công dân, xã hội; có hành vi, nghĩa cử cao đẹp giúp đỡ các trường hợp khó khăn, hoạn nạn, tích cực tham gia các hoạt động tình nguyện, thiện nguyện vì cộng đồng.',
        source: 'Mục III.2.7',
        confidence: 'exact',
        appliesTo: ['CA_NHAN'],
        roleGroup: 'HOC_SINH',
        rule: {
          op: 'attest',
          key: 'BB-2.7-CN-HS',
          text: 'Học sinh, sinh viên, học viên tiêu biểu trong phong trào thi đua “Đổi mới, sáng tạo trong quản lý, giảng dạy và học tập”; vượt khó vươn lên; có kỷ luật, kỷ cương; nghĩa cử cao đẹp, tích cực tình nguyện, thiện nguyện.',
        },
      },
    ],
    [
      {
        code: 'CBQL_GV_NV',
        title: { vi: 'Cán bộ quản lý giáo dục, giáo viên, nhân viên', en: 'School managers, teachers and staff' },
        match: [
          { roles: ['HIEU_TRUONG', 'PHO_HIEU_TRUONG', 'GIAO_VIEN', 'NHAN_VIEN'] },
          { roles: ['GIAM_DOC', 'PHO_GIAM_DOC', 'TRUONG_PHONG', 'PHO_TRUONG_PHONG', 'CAN_BO', 'VIEN_CHUC', 'NGUOI_LAO_DONG'], organizationKinds: ['TRUONG_HOC'] },
        ],
        leadership: true,
      },
      {
        code: 'HOC_SINH',
        title: { vi: 'Học sinh, sinh viên, học viên', en: 'Pupils and students' },
        match: [{ roles: ['HOC_SINH', 'SINH_VIEN', 'HOC_VIEN'] }],
      },
    ],
  ),
  fieldSet(
    'Y_TE',
    '8',
    { vi: 'Chăm sóc sức khỏe nhân dân', en: 'Health care' },
    [
      {
        key: 'BB-2.8-TT',
        title: { vi: 'Tập thể y tế điển hình', en: 'Exemplary health collective' },
        sourceText:
          'Đối với tập thể: Là những tập thể hoàn thành xuất sắc các nhiệm vụ, thực hiện tốt các Chương trình mục tiêu quốc gia về y tế; nâng cao hiệu quả công tác chăm sóc sức khỏe cho người dân; có phương pháp, giải pháp mới, sáng tạo nâng cao hiệu quả công tác; thực hiện có hiệu quả các phong trào thi đua của ngành, đặc biệt là y đức của người thầy thuốc, tích cực hưởng ứng các phong trào thi đua của địa phương và các cấp phát động, tích cực tham gia, đóng góp cho công tác xã hội.',
        source: 'Mục III.2.8',
        confidence: 'interpreted',
        note: RATING_NOTE,
        appliesTo: ['TAP_THE'],
        rule: {
          op: 'all',
          of: [
            excellent,
            {
              op: 'attest',
              key: 'BB-2.8-TT.Y_DUC',
              text: 'Thực hiện tốt các Chương trình mục tiêu quốc gia về y tế; có phương pháp, giải pháp mới, sáng tạo; y đức của người thầy thuốc; hưởng ứng phong trào thi đua, công tác xã hội.',
            },
          ],
        },
      },
      {
        key: 'BB-2.8-CN',
        title: { vi: 'Y, bác sĩ điển hình', en: 'Exemplary physicians and doctors' },
        sourceText:
          'Đối với cá nhân: Là các Y, Bác sĩ hoàn thành xuất sắc các nhiệm vụ; có phương pháp, giải pháp mới, sáng tạo nâng cao hiệu quả công tác; thực hiện có hiệu quả các phong trào thi đua của ngành, đặc biệt là y đức của người thầy thuốc, tích cực hưởng ứng các phong trào thi đua của địa phương và các cấp phát động.',
        source: 'Mục III.2.8',
        confidence: 'interpreted',
        note: RATING_NOTE,
        appliesTo: ['CA_NHAN'],
        roleGroup: 'Y_BAC_SI',
        rule: {
          op: 'all',
          of: [
            excellent,
            { op: 'attest', key: 'BB-2.8-CN.Y_DUC', text: 'Có phương pháp, giải pháp mới, sáng tạo; y đức của người thầy thuốc; hưởng ứng phong trào thi đua.' },
          ],
        },
      },
    ],
    [
      {
        code: 'Y_BAC_SI',
        title: { vi: 'Y sĩ, bác sĩ', en: 'Physicians and doctors' },
        match: [{ roles: ['BAC_SI', 'Y_SI'] }],
        // A doctor who heads a ward or a hospital is still judged as a doctor here.
        leadership: true,
      },
    ],
  ),
  fieldSet('AN_NINH_TRAT_TU', '9', { vi: 'An ninh, trật tự', en: 'Security and public order' }, [
    {
      key: 'BB-2.9-TT',
      title: { vi: 'Tập thể lực lượng vũ trang điển hình', en: 'Exemplary armed-forces collective' },
      sourceText:
        'Đối với tập thể: Là các tập thể thuộc các lực lượng vũ trang, hoàn thành xuất sắc nhiệm vụ, có nhiều phương pháp mới, cách làm sáng tạo, đạt hiệu quả trong thực hiện nhiệm vụ, luôn sẵn sàng chiến đấu cao, chủ động trong mọi tình huống, giữ vững an ninh, chính trị, trật tự, an toàn xã hội, làm tốt công tác vận động quần chúng, xây dựng “thế trận lòng dân” vững chắc, không để xảy ra các “điểm nóng”, vụ việc phức tạp; tích cực hưởng ứng các phong trào thi đua do tỉnh, đơn vị, địa phương phát động.',
      source: 'Mục III.2.9',
      confidence: 'interpreted',
      note: `${RATING_NOTE} That the collective belongs to the armed forces is for the nominating unit to ensure.`,
      appliesTo: ['TAP_THE'],
      rule: {
        op: 'all',
        of: [
          excellent,
          {
            op: 'attest',
            key: 'BB-2.9-TT.AN_NINH',
            text: 'Phương pháp mới, cách làm sáng tạo; sẵn sàng chiến đấu cao; giữ vững an ninh, chính trị, trật tự, an toàn xã hội; xây dựng “thế trận lòng dân”; không để xảy ra “điểm nóng”.',
          },
        ],
      },
    },
    {
      key: 'BB-2.9-CN',
      title: { vi: 'Cán bộ, chiến sĩ lực lượng vũ trang điển hình', en: 'Exemplary member of the armed forces' },
      sourceText:
        'Đối với cá nhân: Là các cán bộ, chiến sĩ, cá nhân thuộc các lực lượng vũ trang có bản lĩnh chính trị kiên định vững vàng, tuyệt đối trung thành với sự nghiệp cách mạng; kiên quyết đấu tranh với biểu hiện sai trái, hoàn thành xuất sắc các nhiệm vụ; Có nhiều sáng kiến, giải pháp mới, sáng tạo, đạt hiệu quả cao trong thực hiện Phong trào thi đua Quyết thắng, Phong trào Vì an ninh Tổ quốc, luôn sẵn sàng chiến đấu, chủ động trong mọi tình huống; có phương pháp, giải pháp tác chiến hiệu quả; thực hiện tốt các hoạt động giữ gìn, đảm bảo an ninh trật tự trên địa bàn được phân công phụ trách, hoàn thành xuất sắc nhiệm vụ.',
      source: 'Mục III.2.9',
      confidence: 'interpreted',
      note: `${RATING_NOTE} ${MANY_NOTE}`,
      appliesTo: ['CA_NHAN'],
      rule: {
        op: 'all',
        of: [
          excellent,
          manyInitiatives,
          {
            op: 'attest',
            key: 'BB-2.9-CN.BAN_LINH',
            text: 'Bản lĩnh chính trị kiên định vững vàng; kiên quyết đấu tranh với biểu hiện sai trái; sẵn sàng chiến đấu; giải pháp tác chiến hiệu quả; giữ gìn an ninh trật tự trên địa bàn phụ trách.',
          },
        ],
      },
    },
  ]),
  fieldSet('XAY_DUNG_DANG_DOAN_THE', '10', { vi: 'Xây dựng Đảng, đoàn thể, tổ chức hội', en: 'Party, mass organisations and associations' }, [
    {
      key: 'BB-2.10-TT',
      title: { vi: 'Tổ chức Đảng, hội, đoàn thể điển hình', en: 'Exemplary Party cell or association' },
      sourceText:
        'Đối với tập thể: Là các tổ chức Đảng có nhiều đổi mới trong nội dung sinh hoạt, triển khai thực hiện có hiệu quả công tác xây dựng Đảng, giáo dục chính trị, tư tưởng cho cán bộ, đảng viên, lãnh đạo thực hiện hoàn thành xuất sắc nhiệm vụ chính trị của cơ quan, đơn vị; đảng viên gương mẫu đi đầu, có nhiều đóng góp trong công tác xây dựng Đảng và các hoạt động, góp phần xây dựng tổ chức Đảng trong sạch vững mạnh, hoàn thành xuất sắc nhiệm vụ được giao. Các tổ chức hội, đoàn thể và các mô hình do các hội, đoàn thể tổ chức có nhiều sáng tạo trong hoạt động tuyên truyền, giáo dục, vận động đoàn viên, hội viên và Nhân dân thực hiện tốt đường lối, chủ trương của Đảng, chính sách, pháp luật của Nhà nước, quy định của địa phương, hưởng ứng tích cực các phong trào thi đua trên địa bàn; các thành viên của tổ chức là người gương mẫu đi đầu, là tấm gương để người khác học tập, noi theo; tổ chức đảng, đơn vị đạt trong sạch, vững mạnh, hoàn thành xuất sắc chức năng, nhiệm vụ được giao.',
      source: 'Mục III.2.10',
      confidence: 'interpreted',
      note: `"Trong sạch, vững mạnh" is the flag TO_CHUC_DANG_TSVM in ratingWindow (latest record). ${RATING_NOTE}`,
      appliesTo: ['TAP_THE'],
      rule: {
        op: 'all',
        of: [
          { op: 'flag', code: 'TO_CHUC_DANG_TSVM', window: param('ratingWindow') },
          excellent,
          {
            op: 'attest',
            key: 'BB-2.10-TT.DOI_MOI',
            text: 'Nhiều đổi mới trong nội dung sinh hoạt Đảng, công tác xây dựng Đảng, giáo dục chính trị, tư tưởng; hội, đoàn thể sáng tạo trong tuyên truyền, vận động; thành viên gương mẫu đi đầu.',
          },
        ],
      },
    },
    {
      key: 'BB-2.10-CN',
      title: { vi: 'Cán bộ, đảng viên, hội viên điển hình', en: 'Exemplary Party or association member' },
      sourceText:
        'Cá nhân: Là cán bộ, đảng viên, công chức, viên chức, hội viên của tổ chức Đảng, hội, đoàn thể luôn gương mẫu đi đầu, là những tấm gương sáng để mọi người học tập, noi theo; có nhiều sáng tạo trong hoạt động tuyên truyền, giáo dục, vận động đoàn viên, hội viên và Nhân dân thực hiện tốt đường lối, chủ trương của Đảng, chính sách, pháp luật của Nhà nước, quy định của địa phương; hằng năm luôn hoàn thành xuất sắc nhiệm vụ được giao; có tinh thần đoàn kết, xây dựng tổ chức hội, đoàn thể vững mạnh.',
      source: 'Mục III.2.10',
      confidence: 'interpreted',
      note: '"Hằng năm luôn hoàn thành xuất sắc nhiệm vụ" is a rating HTXSNV every year of annualWindow.',
      appliesTo: ['CA_NHAN'],
      rule: {
        op: 'all',
        of: [
          everyYearExcellent,
          {
            op: 'attest',
            key: 'BB-2.10-CN.GUONG_MAU',
            text: 'Luôn gương mẫu đi đầu; sáng tạo trong tuyên truyền, giáo dục, vận động; đoàn kết, xây dựng tổ chức hội, đoàn thể vững mạnh.',
          },
        ],
      },
    },
  ]),
  fieldSet('CAI_CACH_HANH_CHINH', '11', { vi: 'Cải cách hành chính', en: 'Administrative reform' }, [
    {
      key: 'BB-2.11-TT',
      title: { vi: 'Cơ quan điển hình cải cách hành chính', en: 'Exemplary agency in administrative reform' },
      sourceText:
        'Đối với tập thể: Là cơ quan, đơn vị có các phong trào thi đua nâng cao trách nhiệm của người đứng đầu cơ quan, đơn vị trong lãnh đạo, chỉ đạo triển khai thực hiện các nhiệm vụ CCHC; thi đua thực hiện các nhiệm vụ CCHC theo Chương trình tổng thể CCHC của Chính phủ, kế hoạch hằng năm, kế hoạch giai đoạn của UBND tỉnh với các nội dung: Cải cách thể chế, cải cách thủ tục hành chính, cải cách tổ chức bộ máy, cải cách chế độ công vụ, cải cách tài chính công, xây dựng và phát triển Chính quyền điện tử; thi đua thực hiện hoàn thành tốt các tiêu chí trong Bộ chỉ số theo dõi, đánh giá, xếp hạng kết quả CCHC trên địa bàn huyện do UBND tỉnh ban hành; thi đua trong công tác tuyên truyền, tham gia chung tay thực hiện CCHC; thi đua đề xuất các giải pháp, sáng kiến trong thực hiện nhiệm vụ CCHC tạo sự chuyển biến có tính đột phá, mang lại hiệu quả thiết thực, nâng cao sự hài lòng của tổ chức và cá nhân đối với sự phục vụ của cơ quan hành chính Nhà nước.',
      source: 'Mục III.2.11',
      confidence: 'exact',
      appliesTo: ['TAP_THE'],
      rule: {
        op: 'attest',
        key: 'BB-2.11-TT',
        text: 'Phong trào thi đua thực hiện nhiệm vụ cải cách hành chính; hoàn thành tốt các tiêu chí Bộ chỉ số CCHC; giải pháp, sáng kiến CCHC mang tính đột phá, nâng cao sự hài lòng của tổ chức, cá nhân.',
      },
    },
    {
      key: 'BB-2.11-CN',
      title: { vi: 'Cá nhân điển hình cải cách hành chính', en: 'Exemplary individual in administrative reform' },
      sourceText:
        'Đối với cá nhân: Là cán bộ, công chức, viên chức, người lao động trong các cơ quan có cách làm hay, mô hình mới là những sáng kiến, điển hình tiêu biểu trong CCHC. Đồng thời có thành tích trong công tác tham mưu tích cực vào công tác CCHC tại các cơ quan, đơn vị, địa phương; có nhiều thành tích trong chỉ đạo, tham mưu nâng cao Chỉ số CCHC của cơ quan, đơn vị, địa phương.',
      source: 'Mục III.2.11',
      confidence: 'exact',
      appliesTo: ['CA_NHAN'],
      rule: {
        op: 'attest',
        key: 'BB-2.11-CN',
        text: 'Cách làm hay, mô hình mới, sáng kiến tiêu biểu trong CCHC; thành tích tham mưu, chỉ đạo nâng cao Chỉ số CCHC.',
      },
    },
  ]),
  fieldSet('TU_THIEN_NHAN_DAO', '12', { vi: 'Hoạt động từ thiện nhân đạo', en: 'Charity and humanitarian work' }, [
    {
      key: 'BB-2.12',
      title: { vi: 'Điển hình hoạt động từ thiện nhân đạo', en: 'Exemplary charity work' },
      sourceText:
        'Là phong trào, hoạt động từ thiện nhân đạo phát huy hiệu quả trong hoạt động cứu trợ; giúp đỡ được nhiều hoàn cảnh khó khăn, những mảnh đời kém may mắn, yếu thế vượt qua khó khăn vươn lên trong cuộc sống.',
      source: 'Mục III.2.12',
      confidence: 'exact',
      appliesTo: ['TAP_THE', 'CA_NHAN', 'HO_GIA_DINH'],
      rule: {
        op: 'attest',
        key: 'BB-2.12',
        text: 'Phong trào, hoạt động từ thiện nhân đạo phát huy hiệu quả trong hoạt động cứu trợ; giúp đỡ được nhiều hoàn cảnh khó khăn vượt qua khó khăn vươn lên trong cuộc sống.',
      },
    },
  ]),
];

