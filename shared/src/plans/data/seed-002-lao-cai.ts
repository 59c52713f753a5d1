import type { PlanDocument } from '../plan';
import { ORIGINAL_002 } from './original-002';

/**
 * Seed 002: Văn phòng UBND tỉnh Lào Cai, Kế hoạch số 07/KH-VPUBND ngày 17/02/2020, xây dựng và nhân rộng
 * gương điển hình tiên tiến năm 2020. Each division nominates exactly 1 individual per quarter between day
 * 20 and 25 of the quarter's last month; the council selects 1 exemplar for the province.
 *
 * Generated once from the seed text by line reference (texts are verbatim, markdown emphasis markers
 * removed); edit by hand from now on. Interpretations are in `note` fields.
 */
export const SEED_PLAN_002_LAO_CAI: PlanDocument = {
  version: 1,
  code: 'SEED-002-LAO-CAI',
  number: {
    value: '07',
    pattern: '/KH-VPUBND',
  },
  title: 'Xây dựng và nhân rộng gương điển hình tiên tiến năm 2020',
  titleEn: 'Building and replicating exemplary models in 2020',
  documentType: 'KE_HOACH',
  field: null,
  issuer: {
    text: 'Văn phòng UBND tỉnh Lào Cai',
    organization: 'LAOCAI.VP_UBND',
  },
  signer: {
    title: 'CHÁNH VĂN PHÒNG',
    name: 'Hoàng Chí Hiến',
  },
  place: 'Lào Cai',
  issueDate: {
    year: 2020,
    month: 2,
    day: 17,
  },
  effectiveDate: null,
  period: {
    from: 2020,
    to: 2020,
  },
  status: 'ISSUED',
  parentPlans: [
    {
      key: 'KH-125-LAOCAI',
      relation: 'IMPLEMENTS',
      kind: 'EXTERNAL',
      document: {
        documentType: 'KE_HOACH',
        number: '125/KH-UBND',
        date: {
          year: 2017,
          month: 5,
          day: 28,
        },
        issuer: {
          text: 'UBND tỉnh Lào Cai',
          organization: 'LAOCAI.UBND',
        },
        title: 'về việc tuyên truyền các phong trào thi đua yêu nước, gương điển hình tiên tiến, mô hình mới, nhân tố mới góp phần thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội giai đoạn 2017 – 2020',
      },
      text: 'Thực hiện Kế hoạch số 125/KH-UBND ngày 28/5/2017 của UBND tỉnh Lào Cai về việc tuyên truyền các phong trào thi đua yêu nước, gương điển hình tiên tiến, mô hình mới, nhân tố mới góp phần thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội giai đoạn 2017 – 2020. Văn phòng UBND tỉnh Lào Cai ban hành kế hoạch xây dựng và nhân rộng gương điển hình tiên tiến năm 2020 với nội dung như sau:',
    },
  ],
  legalBases: [
    {
      key: 'CT-34-TW',
      relation: 'BASED_ON',
      kind: 'EXTERNAL',
      document: {
        documentType: 'CHI_THI',
        number: '34-CT/TW',
        date: {
          year: 2014,
          month: 4,
          day: 7,
        },
        issuer: {
          text: 'Bộ Chính trị',
          organization: 'TW.BO_CHINH_TRI',
        },
        title: null,
      },
    },
    {
      key: 'LUAT-TDKT',
      relation: 'BASED_ON',
      kind: 'EXTERNAL',
      document: {
        documentType: 'LUAT',
        number: null,
        date: null,
        issuer: {
          text: 'Quốc hội',
          organization: 'TW.QUOC_HOI',
        },
        title: 'Luật Thi đua, khen thưởng',
      },
    },
  ],
  objectives: [
    {
      key: 'LC-MD-1',
      label: '1.',
      text: 'Tiếp tục nâng cao nhận thức về vị trí, vai trò, ý nghĩa to lớn và hiệu quả thiết thực của việc xây dựng và nhân rộng gương điển hình tiên tiến, nhằm đẩy mạnh các phong trào thi đua yêu nước, hoàn thành mọi nhiệm vụ được giao, xây dựng cơ quan, đơn vị vững mạnh, góp phần thực hiện thắng lợi các mục tiêu của cơ quan, đơn vị đề ra.',
    },
    {
      key: 'LC-MD-2',
      label: '2.',
      text: 'Các phòng, ban, đơn vị thuộc Văn phòng, lựa chọn những điển hình tiêu biểu, toàn diện hoặc trên từng lĩnh vực của cơ quan, đơn vị nhằm tuyên truyền, phổ biến kinh nghiệm, phương pháp, cách làm hay và tôn vinh, nêu gương học tập nhân rộng trong cơ quan, đơn vị.',
    },
    {
      key: 'LC-MD-3',
      label: '3.',
      text: 'Thông qua công tác phát hiện, bồi dưỡng, tổng kết và nhân rộng điển hình tiên tiến, tiếp tục đổi mới nội dung, hình thức, chất lượng công tác thi đua, khen thưởng nhằm thực hiện tốt tinh thần Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị và Luật Thi đua, khen thưởng.',
    },
  ],
  requirements: [],
  contentItems: [
    {
      key: 'LC-BD-1',
      label: '1.',
      section: 'IV.1',
      text: 'Các gương điển hình tiên tiến, tiêu biểu được biểu dương, tôn vinh tại Hội nghị tổng kết phong trào thi đua của Văn phòng hoặc được tôn vinh, tuyên truyền trên các phương tiện thông tin đại chúng.',
      stages: ['HONOUR', 'PUBLICISE'],
    },
    {
      key: 'LC-BD-2',
      label: '2.',
      section: 'IV.2',
      text: 'Tập thể, cá nhân là gương điển hình tiên tiến, tiêu biểu được Hội đồng sáng kiến; thi đua, khen thưởng; đánh giá, phân xếp loại; nâng bậc lương thường xuyên, trước thời hạn công chức, viên chức Văn phòng (sau đây viết tắt là Hội đồng) tham mưu Chánh Văn phòng khen thưởng, trình cấp trên khen thưởng trong các phong trào thi đua hoặc tổng kết công tác thi đua khen thưởng Văn phòng năm 2020.',
      stages: ['HONOUR'],
    },
    {
      key: 'LC-TC-3',
      label: '-',
      section: 'V',
      text: 'Việc lựa chọn cá nhân là Lãnh đạo Văn phòng, tập thể phòng, ban, đơn vị tiêu biểu do Hội đồng xem xét, giới thiệu.',
      stages: ['DISCOVER'],
    },
  ],
  subjects: [
    {
      key: 'LC-DT-TT',
      kinds: ['TAP_THE'],
      description: 'Tập thể các phòng, ban đơn vị và toàn thể công chức, viên chức người lao động thuộc Văn phòng là những nhân tố mới, năng động, sáng tạo, luôn dẫn đầu cơ quan, đơn vị trong việc thực hiện nhiệm vụ được giao.',
      selector: {
        within: 'LAOCAI.VP_UBND',
        kinds: ['PHONG', 'DON_VI_TRUC_THUOC'],
        description: 'Tập thể các phòng, ban đơn vị',
      },
    },
    {
      key: 'LC-DT-CN',
      kinds: ['CA_NHAN'],
      description: 'Tập thể các phòng, ban đơn vị và toàn thể công chức, viên chức người lao động thuộc Văn phòng là những nhân tố mới, năng động, sáng tạo, luôn dẫn đầu cơ quan, đơn vị trong việc thực hiện nhiệm vụ được giao.',
      selector: {
        within: 'LAOCAI.VP_UBND',
        description: 'toàn thể công chức, viên chức người lao động thuộc Văn phòng',
      },
    },
  ],
  criteriaSets: [
    {
      key: 'LC-TC',
      code: 'SEED-002-LAO-CAI',
      scope: 'GENERAL',
      subjectKinds: ['TAP_THE', 'CA_NHAN'],
      note: 'Mục II.2 (tiêu chí chung) và III (tiêu chí cụ thể)',
    },
    {
      key: 'LC-TC-CHUC_VU',
      code: 'SEED-002-LAO-CAI',
      scope: 'ROLE',
      roleGroups: ['LANH_DAO_QUAN_LY', 'CCVC_NLD'],
      note: 'Mục III.2.1 (lãnh đạo, quản lý) và III.2.2 (công chức, viên chức, người lao động)',
    },
  ],
  quotaRules: [
    {
      key: 'LC-Q-QUY',
      text: 'Hàng Quý các phòng, ban, đơn vị lựa chọn, giới thiệu 01 cá nhân điển hình tiêu biểu, gửi danh sách kèm trích ngang thành tích (kèm theo mẫu trích ngang giới thiệu điển hình tiên tiến) về phòng Tổ chức Hành chính (Thường trực Hội đồng TĐKT Văn phòng) từ ngày 20 đến ngày 25 tháng cuối Quý để theo dõi, tổng hợp.',
      nominators: {
        within: 'LAOCAI.VP_UBND',
        kinds: ['PHONG', 'DON_VI_TRUC_THUOC'],
        description: 'các phòng, ban, đơn vị',
      },
      per: 'UNIT',
      count: {
        bound: 'EXACT',
        value: 1,
      },
      every: 'QUARTER',
      subjectKinds: ['CA_NHAN'],
      item: 'cá nhân điển hình tiêu biểu',
      receiver: {
        text: 'phòng Tổ chức Hành chính (Thường trực Hội đồng TĐKT Văn phòng)',
        organization: 'LAOCAI.VP_UBND.PHONG_TCHC',
      },
      windowKeys: ['LC-W-QUY'],
      purpose: 'để theo dõi, tổng hợp',
      attachments: ['danh sách', 'trích ngang thành tích (kèm theo mẫu trích ngang giới thiệu điển hình tiên tiến)'],
    },
    {
      key: 'LC-Q-HOI_DONG',
      text: 'Hội đồng xem xét, lựa chọn 01 điển hình tiên tiến tham mưu Chánh Văn phòng nhân rộng tại cơ quan và giới thiệu Hội đồng Thi đua, Khen thưởng tỉnh xem xét, nhân rộng trên phạm vi toàn tỉnh.',
      nominators: {
        organizations: ['LAOCAI.VP_UBND.HOI_DONG'],
        description: 'Hội đồng',
      },
      per: 'UNIT',
      count: {
        bound: 'EXACT',
        value: 1,
      },
      every: 'PLAN',
      subjectKinds: [],
      item: 'điển hình tiên tiến',
      receiver: {
        text: 'Hội đồng Thi đua, Khen thưởng tỉnh',
        organization: 'LAOCAI.HDTDKT',
      },
      purpose: 'xem xét, nhân rộng trên phạm vi toàn tỉnh',
      note: '"01 điển hình" read as one for the plan (the year 2020); the sentence states no rhythm.',
    },
  ],
  submissionWindows: [
    {
      key: 'LC-W-QUY',
      text: 'từ ngày 20 đến ngày 25 tháng cuối Quý',
      rule: {
        every: 'QUARTER',
        month: 'LAST',
        days: {
          from: 20,
          to: 25,
        },
      },
    },
  ],
  milestones: [
    {
      key: 'LC-M-TK-2020',
      kind: 'FINAL_REVIEW',
      text: 'tổng kết công tác thi đua khen thưởng Văn phòng năm 2020',
      actor: {
        text: 'Văn phòng UBND tỉnh Lào Cai',
        organization: 'LAOCAI.VP_UBND',
      },
      due: {
        kind: 'YEAR',
        year: 2020,
      },
      dueText: 'năm 2020',
      stages: ['REVIEW', 'HONOUR'],
      note: 'No date given: the year of the plan.',
    },
    {
      key: 'LC-M-HN-2020',
      kind: 'CONFERENCE',
      text: 'Hội nghị tổng kết phong trào thi đua của Văn phòng',
      actor: {
        text: 'Văn phòng UBND tỉnh Lào Cai',
        organization: 'LAOCAI.VP_UBND',
      },
      due: {
        kind: 'YEAR',
        year: 2020,
      },
      stages: ['HONOUR'],
      note: 'The conference where exemplars are honoured (IV.1); no date given.',
    },
  ],
  responsibilities: [
    {
      key: 'LC-TN-TRUONG_PHONG',
      lead: {
        text: 'Trưởng các phòng, ban, đơn vị',
        organization: null,
      },
      with: [],
      duties: [
        'Trưởng các phòng, ban, đơn vị tổ chức quán triệt nội dung Kế hoạch này đến toàn thể công chức, viên chức và người lao động thuộc Văn phòng.',
        'Hàng Quý các phòng, ban, đơn vị lựa chọn, giới thiệu 01 cá nhân điển hình tiêu biểu, gửi danh sách kèm trích ngang thành tích (kèm theo mẫu trích ngang giới thiệu điển hình tiên tiến) về phòng Tổ chức Hành chính (Thường trực Hội đồng TĐKT Văn phòng) từ ngày 20 đến ngày 25 tháng cuối Quý để theo dõi, tổng hợp.',
      ],
      frequency: 'QUARTERLY',
      frequencyText: 'Hàng Quý',
    },
    {
      key: 'LC-TN-TCHC',
      lead: {
        text: 'phòng Tổ chức Hành chính (Thường trực Hội đồng TĐKT Văn phòng)',
        organization: 'LAOCAI.VP_UBND.PHONG_TCHC',
      },
      with: [],
      duties: ['theo dõi, tổng hợp'],
      frequency: 'QUARTERLY',
      standing: true,
    },
    {
      key: 'LC-TN-HOI_DONG',
      lead: {
        text: 'Hội đồng',
        organization: 'LAOCAI.VP_UBND.HOI_DONG',
      },
      with: [],
      duties: [
        'Việc lựa chọn cá nhân là Lãnh đạo Văn phòng, tập thể phòng, ban, đơn vị tiêu biểu do Hội đồng xem xét, giới thiệu.',
        'Hội đồng xem xét, lựa chọn 01 điển hình tiên tiến tham mưu Chánh Văn phòng nhân rộng tại cơ quan và giới thiệu Hội đồng Thi đua, Khen thưởng tỉnh xem xét, nhân rộng trên phạm vi toàn tỉnh.',
      ],
    },
  ],
  kpis: [],
  recipients: [
    {
      key: 'LC-NN-1',
      line: 'Hội đồng TĐKT tỉnh (Ban TĐKT tỉnh);',
      organization: 'LAOCAI.HDTDKT',
      delivery: 'UNSPECIFIED',
      purpose: 'REPORT',
    },
    {
      key: 'LC-NN-2',
      line: 'Trường Khó T.MTH (Ban Dân tộc);',
      organization: 'LAOCAI.BAN_DAN_TOC',
      delivery: 'UNSPECIFIED',
      purpose: 'INFORM',
    },
    {
      key: 'LC-NN-3',
      line: 'Lãnh đạo VP;',
      organization: 'LAOCAI.VP_UBND',
      delivery: 'UNSPECIFIED',
      purpose: 'IMPLEMENT',
    },
    {
      key: 'LC-NN-4',
      line: 'Các phòng, ban, đơn vị thuộc Văn phòng;',
      organization: null,
      delivery: 'UNSPECIFIED',
      purpose: 'IMPLEMENT',
    },
    {
      key: 'LC-NN-5',
      line: 'Lưu: VT, TCHC.',
      organization: 'LAOCAI.VP_UBND.PHONG_TCHC',
      delivery: 'UNSPECIFIED',
      purpose: 'ARCHIVE',
    },
  ],
  council: {
    name: 'Hội đồng sáng kiến; thi đua, khen thưởng; đánh giá, phân xếp loại; nâng bậc lương thường xuyên, trước thời hạn công chức, viên chức Văn phòng',
    organization: 'LAOCAI.VP_UBND.HOI_DONG',
    standing: {
      text: 'phòng Tổ chức Hành chính',
      organization: 'LAOCAI.VP_UBND.PHONG_TCHC',
    },
  },
  unknownParts: [],
  notes: '"Trường Khó T.MTH (Ban Dân tộc)" is garbled in the source; linked to Ban Dân tộc only. The window is materialised for 2020 as 20–25 March, June, September and December.',
  original: ORIGINAL_002,
};
