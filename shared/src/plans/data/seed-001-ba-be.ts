import type { PlanDocument } from '../plan';
import { ORIGINAL_001 } from './original-001';

/**
 * Seed 001: Ủy ban nhân dân huyện Ba Bể (Bắc Kạn), Kế hoạch số …/KH-UBND tháng 9/2021, xây dựng, nhân
 * rộng mô hình, gương điển hình tiên tiến giai đoạn 2021 – 2025 (implements 458/KH-UBND of Bắc Kạn).
 * Three yearly quotas (communes ≥ 10, police/army/education/health ≥ 5 per sector, other agencies ≥ 3
 * each), interim reviews Q1 2023 (education: early Q2 2023), a conference in Q2 2023, the final review Q2 2025.
 *
 * Generated once from the seed text by line reference (texts are verbatim, markdown emphasis markers
 * removed); edit by hand from now on. Interpretations are in `note` fields.
 */
export const SEED_PLAN_001_BA_BE: PlanDocument = {
  version: 1,
  code: 'SEED-001-BA-BE',
  number: {
    value: null,
    pattern: '/KH-UBND',
  },
  title: 'Xây dựng, nhân rộng mô hình, gương điển hình tiên tiến giai đoạn 2021 - 2025',
  titleEn: 'Building and replicating exemplary models, 2021–2025',
  documentType: 'KE_HOACH',
  field: null,
  issuer: {
    text: 'Ủy ban nhân dân huyện Ba Bể',
    organization: 'BACKAN.BABE.UBND',
  },
  signer: {
    title: 'TM. ỦY BAN NHÂN DÂN – CHỦ TỊCH',
    name: 'Lưu Quốc Trung',
  },
  place: 'Ba Bè',
  issueDate: {
    year: 2021,
    month: 9,
    day: null,
  },
  effectiveDate: null,
  period: {
    from: 2021,
    to: 2025,
  },
  status: 'ISSUED',
  parentPlans: [
    {
      key: 'KH-458-BACKAN',
      relation: 'IMPLEMENTS',
      kind: 'EXTERNAL',
      document: {
        documentType: 'KE_HOACH',
        number: '458/KH-UBND',
        date: {
          year: 2021,
          month: 7,
          day: 19,
        },
        issuer: {
          text: 'Ủy ban nhân dân tỉnh Bắc Kạn',
          organization: 'BACKAN.UBND',
        },
        title: 'về xây dựng, nhân rộng mô hình, gương điển hình tiên tiến giai đoạn 2021 - 2025',
      },
      text: 'Thực hiện Kế hoạch số 458/KH-UBND ngày 19 tháng 7 năm 2021 của Ủy ban nhân dân tỉnh Bắc Kạn về xây dựng, nhân rộng mô hình, gương điển hình tiên tiến giai đoạn 2021 - 2025. Để tiếp tục phát huy vai trò của các mô hình, gương điển hình tiên tiến trong việc phát triển kinh tế - xã hội, bảo đảm an ninh, trật tự trên địa bàn huyện, Ủy ban nhân dân huyện ban hành Kế hoạch xây dựng, nhân rộng mô hình, gương điển hình tiên tiến trên địa bàn huyện, giai đoạn 2021 - 2025 với những nội dung sau:',
    },
  ],
  legalBases: [],
  objectives: [
    {
      key: 'BB-MD-1',
      label: '1.',
      text: 'Nâng cao nhận thức, trách nhiệm của cấp ủy, chính quyền các cấp, người đứng đầu và toàn thể cán bộ, công chức, viên chức, người lao động về vị trí, vai trò, ý nghĩa, hiệu quả thiết thực của việc xây dựng, nhân rộng mô hình, gương điển hình tiên tiến (sau đây gọi chung là điển hình tiên tiến) trong các phong trào thi đua yêu nước góp phần thực hiện thắng lợi các mục tiêu phát triển kinh tế - xã hội, bảo đảm quốc phòng - an ninh của huyện giai đoạn 2021 - 2025.',
    },
    {
      key: 'BB-MD-2',
      label: '2.',
      text: 'Thủ trưởng các cơ quan, đơn vị, địa phương phải quan tâm lãnh đạo, chỉ đạo xây dựng kế hoạch nhân rộng điển hình tiên tiến một cách cụ thể và triển khai thực hiện mang lại hiệu quả thiết thực; chủ động phát hiện, bình chọn những điển hình tiêu biểu để tuyên dương, động viên, khen thưởng kịp thời; tiếp tục tuyên truyền, phổ biến những sáng kiến, kinh nghiệm, mô hình mới, cách làm hay... để góp phần nhân rộng điển hình tiên tiến. Xây dựng, nhân rộng điển hình tiên tiến phải được coi là nhiệm vụ trọng tâm của các phong trào thi đua của cơ quan, đơn vị, địa phương.',
    },
  ],
  requirements: [],
  contentItems: [
    {
      key: 'BB-ND-1',
      label: '1.',
      section: 'II.1',
      text: 'Trong quá trình tổ chức thực hiện các phong trào thi đua, kịp thời phát hiện, lựa chọn những mô hình, gương điển hình tiên tiến là những tập thể, cá nhân, hộ gia đình có thành tích tiêu biểu, xuất sắc trong học tập, công tác, lao động sản xuất, kinh doanh và chiến đấu, phục vụ chiến đấu; là nhân tố tích cực, dẫn đầu trong các phong trào thi đua, gương mẫu chấp hành chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước.',
      stages: ['DISCOVER'],
    },
    {
      key: 'BB-ND-2',
      label: '2.',
      section: 'II.2',
      text: 'Trong quá trình xây dựng điển hình tiên tiến, các cơ quan, đơn vị, địa phương cần quan tâm phát hiện, giúp các mô hình xác định đúng đắn động cơ phấn đấu, nâng cao năng lực về chuyên môn, nghiệp vụ, kinh nghiệm công tác, sản xuất, kinh doanh; tạo các điều kiện cụ thể về tinh thần, vật chất, cơ chế, chính sách và môi trường thuận lợi để các mô hình, gương điển hình phát huy vai trò của mình.',
      stages: ['NURTURE'],
    },
    {
      key: 'BB-ND-3',
      label: '3.',
      section: 'II.3',
      text: 'Xây dựng các tiêu chí điển hình tiên tiến của tập thể và cá nhân phù hợp với đặc điểm, tính chất, nhiệm vụ của từng cơ quan, đơn vị, địa phương. Xác định rõ tiêu chí điển hình tiên tiến toàn diện và điển hình tiên tiến trên một số lĩnh vực; lồng ghép nội dung, tiêu chí xây dựng điển hình tiên tiến của các cuộc vận động, các phong trào thi đua hướng vào thực hiện thắng lợi nhiệm vụ chính trị của cơ quan, đơn vị, địa phương.',
      stages: ['DISCOVER'],
    },
    {
      key: 'BB-ND-4',
      label: '4.',
      section: 'II.4',
      text: 'Thường xuyên quan tâm kiểm tra, giám sát, đánh giá tác dụng, hiệu quả, khả năng phát triển của từng mô hình, việc ảnh hưởng của các điển hình trong mỗi cơ quan, đơn vị, địa phương qua đó phát hiện những khó khăn, vướng mắc để kịp thời có các biện pháp giúp đỡ để điển hình ngày càng hoàn thiện.',
      stages: ['NURTURE'],
    },
    {
      key: 'BB-ND-5',
      label: '5.',
      section: 'II.5',
      text: 'Thực hiện định kỳ sơ kết, đánh giá kết quả của các mô hình, điển hình tiên tiến hằng năm hoặc giữa giai đoạn, để kịp thời rút kinh nghiệm trong công tác chỉ đạo xây dựng, đồng thời lựa chọn những mô hình, gương điển hình thật sự xuất sắc tiêu biểu, có sức lan tỏa rộng để giới thiệu, biểu dương trên các phương tiện thông tin, truyền thông.',
      stages: ['REVIEW', 'PUBLICISE', 'HONOUR'],
      frequency: 'ANNUAL',
    },
    {
      key: 'BB-ND-6',
      label: '6.',
      section: 'II.6',
      text: 'Các cơ quan, đơn vị, địa phương quan tâm tổ chức tham quan các mô hình điển hình trong học tập, công tác, lao động sản xuất, kinh doanh và chiến đấu để trao đổi học tập kinh nghiệm về phương pháp, cách làm của các điển hình tiên tiến tiêu biểu. Thực hiện tốt công tác tuyên truyền nhân tố mới, gương điển hình tiên tiến và các phong trào thi đua yêu nước nhằm tạo sức lan tỏa mạnh mẽ, góp phần cổ vũ động viên cán bộ, công chức, viên chức và Nhân dân hằng hái thi đua lao động, sản xuất thúc đẩy phát triển kinh tế - xã hội.',
      stages: ['REPLICATE', 'PUBLICISE'],
    },
    {
      key: 'BB-LT-1',
      label: '-',
      section: 'IV.1',
      text: 'Căn cứ các nội dung tại Kế hoạch này, các đơn vị, địa phương ban hành Kế hoạch xây dựng điển hình tiên tiến của đơn vị mình cho cả giai đoạn và kế hoạch cụ thể từng năm (trong đó cụ thể hóa các tiêu chí về mô hình, gương điển hình tiên tiến cho phù hợp với chức năng, nhiệm vụ của cơ quan, đơn vị); thực hiện đồng bộ cả 4 khâu: Phát hiện - Bồi dưỡng - Tổng kết - Nhân rộng điển hình tiên tiến; kế hoạch cần xác định cụ thể chỉ tiêu xây dựng điển hình tiên tiến của đơn vị, địa phương.',
      stages: ['DISCOVER', 'NURTURE', 'REVIEW', 'REPLICATE'],
    },
  ],
  subjects: [
    {
      key: 'BB-DT',
      kinds: ['TAP_THE', 'CA_NHAN', 'HO_GIA_DINH'],
      description: 'những tập thể, cá nhân, hộ gia đình có thành tích tiêu biểu, xuất sắc trong học tập, công tác, lao động sản xuất, kinh doanh và chiến đấu, phục vụ chiến đấu',
      selector: {
        units: [
          {
            gsoCode: '061',
            validOn: '2021-09-01',
          },
        ],
        description: 'trên địa bàn huyện',
      },
    },
  ],
  criteriaSets: [
    {
      key: 'BB-TC-HOC_TAP_LAM_THEO_BAC',
      code: 'SEED-001-BA-BE-HOC_TAP_LAM_THEO_BAC',
      scope: 'FIELD',
      field: 'HOC_TAP_LAM_THEO_BAC',
      note: 'Mục III.1 (tiêu chí chung) và III.2.1',
    },
    {
      key: 'BB-TC-NONG_THON_MOI',
      code: 'SEED-001-BA-BE-NONG_THON_MOI',
      scope: 'FIELD',
      field: 'NONG_THON_MOI',
      note: 'Mục III.1 (tiêu chí chung) và III.2.2',
    },
    {
      key: 'BB-TC-SAN_XUAT_KINH_DOANH',
      code: 'SEED-001-BA-BE-SAN_XUAT_KINH_DOANH',
      scope: 'FIELD',
      field: 'SAN_XUAT_KINH_DOANH',
      note: 'Mục III.1 (tiêu chí chung) và III.2.3',
    },
    {
      key: 'BB-TC-KINH_TE_HO_GIA_DINH',
      code: 'SEED-001-BA-BE-KINH_TE_HO_GIA_DINH',
      scope: 'FIELD',
      field: 'KINH_TE_HO_GIA_DINH',
      note: 'Mục III.1 (tiêu chí chung) và III.2.4',
    },
    {
      key: 'BB-TC-KDC_GIA_DINH_VAN_HOA',
      code: 'SEED-001-BA-BE-KDC_GIA_DINH_VAN_HOA',
      scope: 'FIELD',
      field: 'KDC_GIA_DINH_VAN_HOA',
      note: 'Mục III.1 (tiêu chí chung) và III.2.5',
    },
    {
      key: 'BB-TC-CO_QUAN_KIEU_MAU',
      code: 'SEED-001-BA-BE-CO_QUAN_KIEU_MAU',
      scope: 'FIELD',
      field: 'CO_QUAN_KIEU_MAU',
      note: 'Mục III.1 (tiêu chí chung) và III.2.6',
    },
    {
      key: 'BB-TC-GIAO_DUC_DAO_TAO',
      code: 'SEED-001-BA-BE-GIAO_DUC_DAO_TAO',
      scope: 'FIELD',
      field: 'GIAO_DUC_DAO_TAO',
      note: 'Mục III.1 (tiêu chí chung) và III.2.7',
    },
    {
      key: 'BB-TC-Y_TE',
      code: 'SEED-001-BA-BE-Y_TE',
      scope: 'FIELD',
      field: 'Y_TE',
      note: 'Mục III.1 (tiêu chí chung) và III.2.8',
    },
    {
      key: 'BB-TC-AN_NINH_TRAT_TU',
      code: 'SEED-001-BA-BE-AN_NINH_TRAT_TU',
      scope: 'FIELD',
      field: 'AN_NINH_TRAT_TU',
      note: 'Mục III.1 (tiêu chí chung) và III.2.9',
    },
    {
      key: 'BB-TC-XAY_DUNG_DANG_DOAN_THE',
      code: 'SEED-001-BA-BE-XAY_DUNG_DANG_DOAN_THE',
      scope: 'FIELD',
      field: 'XAY_DUNG_DANG_DOAN_THE',
      note: 'Mục III.1 (tiêu chí chung) và III.2.10',
    },
    {
      key: 'BB-TC-CAI_CACH_HANH_CHINH',
      code: 'SEED-001-BA-BE-CAI_CACH_HANH_CHINH',
      scope: 'FIELD',
      field: 'CAI_CACH_HANH_CHINH',
      note: 'Mục III.1 (tiêu chí chung) và III.2.11',
    },
    {
      key: 'BB-TC-TU_THIEN_NHAN_DAO',
      code: 'SEED-001-BA-BE-TU_THIEN_NHAN_DAO',
      scope: 'FIELD',
      field: 'TU_THIEN_NHAN_DAO',
      note: 'Mục III.1 (tiêu chí chung) và III.2.12',
    },
  ],
  quotaRules: [
    {
      key: 'BB-Q-XA',
      text: 'UBND các xã, thị trấn hằng năm lựa chọn, giới thiệu ít nhất 10 mô hình, điển hình tiên tiến tiêu biểu về Hội đồng thi đua - Khen thưởng huyện để tuyên truyền.',
      nominators: {
        kinds: ['UBND'],
        units: [
          {
            gsoCode: '061',
            validOn: '2021-09-01',
          },
        ],
        unitLevel: 'commune',
        description: 'UBND các xã, thị trấn',
      },
      per: 'UNIT',
      count: {
        bound: 'MIN',
        value: 10,
      },
      every: 'YEAR',
      subjectKinds: [],
      item: 'mô hình, điển hình tiên tiến tiêu biểu',
      receiver: {
        text: 'Hội đồng thi đua - Khen thưởng huyện',
        organization: 'BACKAN.BABE.HDTDKT',
      },
      purpose: 'để tuyên truyền',
    },
    {
      key: 'BB-Q-NGANH',
      text: 'Các ngành Công an, Quân đội, Giáo dục và Y tế hằng năm lựa chọn, giới thiệu ít nhất 5 mô hình, điển hình tiên tiến tiêu biểu về Hội đồng thi đua - Khen thưởng huyện để tuyên truyền.',
      nominators: {
        sectors: ['CONG_AN', 'QUAN_SU', 'GIAO_DUC', 'Y_TE'],
        units: [
          {
            gsoCode: '061',
            validOn: '2021-09-01',
          },
        ],
        description: 'Các ngành Công an, Quân đội, Giáo dục và Y tế',
      },
      per: 'SECTOR',
      count: {
        bound: 'MIN',
        value: 5,
      },
      every: 'YEAR',
      subjectKinds: [],
      item: 'mô hình, điển hình tiên tiến tiêu biểu',
      receiver: {
        text: 'Hội đồng thi đua - Khen thưởng huyện',
        organization: 'BACKAN.BABE.HDTDKT',
      },
      purpose: 'để tuyên truyền',
      note: 'Counted per sector as a whole (the sentence has no "mỗi đơn vị", unlike the next one).',
    },
    {
      key: 'BB-Q-CO_QUAN',
      text: 'Các cơ quan, ban, ngành; Ủy ban MTTQ Việt Nam; các tổ chức hội, đoàn thể hằng năm lựa chọn, giới thiệu mỗi đơn vị ít nhất 03 mô hình, gương điển hình tiên tiến tiêu biểu về Hội đồng thi đua - Khen thưởng huyện để tuyên truyền.',
      nominators: {
        kinds: ['UBND', 'PHONG', 'VAN_PHONG', 'DON_VI_TRUC_THUOC', 'TRUNG_TAM', 'MAT_TRAN', 'DOAN_THE'],
        excludeSectors: ['CONG_AN', 'QUAN_SU', 'GIAO_DUC', 'Y_TE'],
        units: [
          {
            gsoCode: '061',
            validOn: '2021-09-01',
          },
        ],
        unitLevel: 'district',
        description: 'Các cơ quan, ban, ngành; Ủy ban MTTQ Việt Nam; các tổ chức hội, đoàn thể',
      },
      per: 'UNIT',
      count: {
        bound: 'MIN',
        value: 3,
      },
      every: 'YEAR',
      subjectKinds: [],
      item: 'mô hình, gương điển hình tiên tiến tiêu biểu',
      receiver: {
        text: 'Hội đồng thi đua - Khen thưởng huyện',
        organization: 'BACKAN.BABE.HDTDKT',
      },
      purpose: 'để tuyên truyền',
      note: 'Interpreted: district-level agencies, the Front and the mass organisations, other than the police, army, education and health sectors (which have their own rule); "mỗi đơn vị" = per unit.',
    },
  ],
  submissionWindows: [],
  milestones: [
    {
      key: 'BB-M-SK-2023',
      kind: 'INTERIM_REVIEW',
      text: 'Các cơ quan, đơn vị, địa phương tổ chức sơ kết công tác xây dựng điển hình tiên tiến trong Quý I năm 2023.',
      actor: {
        text: 'Các cơ quan, đơn vị, địa phương',
        organization: null,
      },
      due: {
        kind: 'QUARTER',
        year: 2023,
        quarter: 1,
      },
      dueText: 'trong Quý I năm 2023',
      stages: ['REVIEW'],
    },
    {
      key: 'BB-M-SK-2023-GD',
      kind: 'INTERIM_REVIEW',
      text: 'Riêng đối với ngành Giáo dục và Đào tạo thực hiện tổ chức sơ kết vào đầu quý II năm 2023;',
      actor: {
        text: 'ngành Giáo dục và Đào tạo',
        organization: 'BACKAN.BABE.PHONG_GDDT',
      },
      due: {
        kind: 'QUARTER',
        year: 2023,
        quarter: 2,
        part: 'EARLY',
      },
      dueText: 'vào đầu quý II năm 2023',
      stages: ['REVIEW'],
      note: '"Đầu quý" read as the first month of the quarter (April 2023).',
    },
    {
      key: 'BB-M-HN-2023',
      kind: 'CONFERENCE',
      text: 'Ủy ban nhân dân huyện tổ chức Hội nghị sơ kết hoặc Hội nghị biểu dương điển hình tiên tiến trong Quý II năm 2023.',
      actor: {
        text: 'Ủy ban nhân dân huyện',
        organization: 'BACKAN.BABE.UBND',
      },
      due: {
        kind: 'QUARTER',
        year: 2023,
        quarter: 2,
      },
      dueText: 'trong Quý II năm 2023',
      stages: ['REVIEW', 'HONOUR'],
    },
    {
      key: 'BB-M-TK-2025',
      kind: 'FINAL_REVIEW',
      text: 'Quý II năm 2025, tiến hành tổng kết 5 năm công tác xây dựng mô hình, gương điển hình tiên tiến và lựa chọn những điển hình tiên tiến, tiêu biểu để biểu dương, khen thưởng tại Hội nghị điển hình tiên tiến. Hội đồng Thi đua - Khen thưởng huyện tham mưu tổng kết công tác xây dựng điển hình tiên tiến giai đoạn 2021 - 2025.',
      actor: {
        text: 'Hội đồng Thi đua - Khen thưởng huyện',
        organization: 'BACKAN.BABE.HDTDKT',
      },
      due: {
        kind: 'QUARTER',
        year: 2025,
        quarter: 2,
      },
      dueText: 'Quý II năm 2025',
      stages: ['REVIEW', 'HONOUR'],
      note: 'The final review is held with a conference (Hội nghị điển hình tiên tiến) where models are honoured.',
    },
  ],
  responsibilities: [
    {
      key: 'BB-TN-NOI_VU',
      lead: {
        text: 'Phòng Nội vụ',
        organization: 'BACKAN.BABE.PHONG_NOI_VU',
      },
      with: [
        {
          text: 'các cơ quan, đơn vị liên quan',
          organization: null,
        },
      ],
      duties: [
        'Phối hợp với các cơ quan, đơn vị liên quan căn cứ lộ trình, nội dung của Kế hoạch này tham mưu Hội đồng Thi đua - Khen thưởng huyện triển khai kế hoạch, tổ chức sơ kết, lựa chọn giới thiệu các điển hình tiên tiến để tuyên truyền, nhân rộng vào năm 2023; tham mưu tổ chức tổng kết giai đoạn 2021 - 2025 vào năm 2025;',
        'Hằng năm tham mưu cho Hội đồng Thi đua - Khen thưởng huyện, UBND huyện ban hành Kế hoạch tuyên truyền các phong trào thi đua, các điển hình tiên tiến trên các phương tiện thông tin đại chúng;',
        'Hàng năm tổng hợp danh sách các điển hình của các cơ quan, đơn vị, địa phương trình Hội đồng Thi đua - Khen thưởng huyện xem xét công nhận và tuyên truyền nhân rộng.',
        'Hướng dẫn các cơ quan, đơn vị, địa phương công nhận các mô hình, gương điển hình tiên tiến của đơn vị;',
        'Kiểm tra, theo dõi, đôn đốc các cơ quan, đơn vị, địa phương triển khai, tổ chức thực hiện Kế hoạch này.',
      ],
      frequency: 'ANNUAL',
      frequencyText: 'Hằng năm',
      standing: true,
    },
    {
      key: 'BB-TN-VHTT',
      lead: {
        text: 'Phòng Văn hóa và Thông tin huyện',
        organization: 'BACKAN.BABE.PHONG_VHTT',
      },
      with: [
        {
          text: 'Ban Tuyên giáo Huyện ủy',
          organization: 'BACKAN.BABE.HUYEN_UY.BAN_TUYEN_GIAO',
        },
      ],
      duties: [
        'Phối hợp với Ban Tuyên giáo Huyện ủy hướng dẫn, chỉ đạo hệ thống thông tin cơ sở, Trung tâm Văn hóa, Thể thao và Truyền thông huyện để kịp thời phát hiện, tuyên truyền, mở các chuyên trang, chuyên mục phổ biến kinh nghiệm, cách làm hay, sáng tạo, hiệu quả của các điển hình xuất sắc tiêu biểu; đẩy mạnh việc tuyên truyền việc đổi mới các hoạt động thi đua, khen thưởng.',
      ],
    },
    {
      key: 'BB-TN-THU_TRUONG',
      lead: {
        text: 'Thủ trưởng các cơ quan, đơn vị, địa phương, doanh nghiệp, Hợp tác xã trên địa bàn huyện',
        organization: null,
      },
      with: [],
      duties: [
        'Xây dựng kế hoạch thực hiện và tổ chức xây dựng, phát hiện, bồi dưỡng, nhân rộng các mô hình, điển hình tiên tiến của đơn vị mình theo nội dung, lộ trình của Kế hoạch này gửi về UBND huyện (qua Phòng Nội vụ) tổng hợp theo dõi.',
      ],
    },
  ],
  kpis: [],
  recipients: [
    {
      key: 'BB-NN-01',
      line: 'Ban TĐKT tỉnh (B/c);',
      organization: 'BACKAN.BAN_TDKT',
      delivery: 'ELECTRONIC',
      purpose: 'REPORT',
    },
    {
      key: 'BB-NN-02',
      line: 'TT HU, HUBND huyện (B/c);',
      organization: 'BACKAN.BABE.HUYEN_UY',
      delivery: 'ELECTRONIC',
      purpose: 'REPORT',
    },
    {
      key: 'BB-NN-03',
      line: 'LĐ UBND huyện;',
      organization: 'BACKAN.BABE.UBND',
      delivery: 'ELECTRONIC',
      purpose: 'INFORM',
    },
    {
      key: 'BB-NN-04',
      line: 'Thành viên HĐTĐKT huyện;',
      organization: 'BACKAN.BABE.HDTDKT',
      delivery: 'ELECTRONIC',
      purpose: 'IMPLEMENT',
    },
    {
      key: 'BB-NN-05',
      line: 'Ủy ban MTTQ Việt Nam huyện;',
      organization: 'BACKAN.BABE.UBMTTQ',
      delivery: 'ELECTRONIC',
      purpose: 'IMPLEMENT',
    },
    {
      key: 'BB-NN-06',
      line: 'Phòng Nội vụ;',
      organization: 'BACKAN.BABE.PHONG_NOI_VU',
      delivery: 'ELECTRONIC',
      purpose: 'IMPLEMENT',
    },
    {
      key: 'BB-NN-07',
      line: 'Các CQ, ban, ngành, đoàn thể;',
      organization: null,
      delivery: 'ELECTRONIC',
      purpose: 'IMPLEMENT',
    },
    {
      key: 'BB-NN-08',
      line: 'UBND các xã, các trường học;',
      organization: null,
      delivery: 'ELECTRONIC',
      purpose: 'IMPLEMENT',
    },
    {
      key: 'BB-NN-09',
      line: 'Công thông tin điện tử huyện;',
      organization: null,
      delivery: 'ELECTRONIC',
      purpose: 'PUBLISH',
    },
    {
      key: 'BB-NN-10',
      line: 'TT Văn hóa TT&TT đưa tin;',
      organization: 'BACKAN.BABE.TT_VHTTTT',
      delivery: 'ELECTRONIC',
      purpose: 'PUBLISH',
    },
    {
      key: 'BB-NN-11',
      line: 'Ban CHQS huyện;',
      organization: 'BACKAN.BABE.BCHQS',
      delivery: 'PAPER',
      purpose: 'IMPLEMENT',
    },
    {
      key: 'BB-NN-12',
      line: 'Lưu: VT.',
      organization: 'BACKAN.BABE.UBND',
      delivery: 'PAPER',
      purpose: 'ARCHIVE',
    },
  ],
  council: {
    name: 'Hội đồng Thi đua - Khen thưởng huyện',
    organization: 'BACKAN.BABE.HDTDKT',
    standing: {
      text: 'Phòng Nội vụ',
      organization: 'BACKAN.BABE.PHONG_NOI_VU',
    },
  },
  unknownParts: [
    {
      path: 'number.value',
      reason: 'BLANK',
      note: 'Số: /KH-UBND — the number is left blank in the document.',
    },
    {
      path: 'issueDate.day',
      reason: 'BLANK',
      note: '"ngày tháng 9 năm 2021" — the day is left blank.',
    },
  ],
  notes: 'Place printed "Ba Bè" (and "Ba Bê" in the closing line): misspellings of Ba Bể kept verbatim. "TT HU, HUBND huyện" (Thường trực Huyện ủy, HĐND huyện) is linked to the district Party committee only.',
  original: ORIGINAL_001,
};
