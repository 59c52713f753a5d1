import type { PlanDocument } from '../plan';
import { ORIGINAL_000 } from './original-000';

/**
 * Seed 000: Sở Lao động - Thương binh và Xã hội tỉnh Hà Giang, Kế hoạch số …/KH-SLĐTBXH tháng 5/2023,
 * tuyên truyền, biểu dương và nhân rộng gương điển hình tiên tiến giai đoạn 2023-2025 (implements
 * 153/KH-UBND of Hà Giang). No quota, no window; interim review with the first half of 2023.
 *
 * Generated once from the seed text by line reference (texts are verbatim, markdown emphasis markers
 * removed); edit by hand from now on. Interpretations are in `note` fields.
 */
export const SEED_PLAN_000_HA_GIANG: PlanDocument = {
  version: 1,
  code: 'SEED-000-HA-GIANG',
  number: {
    value: null,
    pattern: '/KH-SLĐTBXH',
  },
  title: 'Tuyên truyền, biểu dương và nhân rộng gương điển hình tiên tiến giai đoạn 2023-2025',
  titleEn: 'Publicising, commending and replicating exemplary models, 2023–2025',
  documentType: 'KE_HOACH',
  field: null,
  issuer: {
    text: 'Sở Lao động - Thương binh và Xã hội',
    organization: 'HG.SO_LDTBXH',
  },
  signer: {
    title: 'GIÁM ĐỐC',
    name: 'Sùng Đại Hùng',
  },
  place: 'Hà Giang',
  issueDate: {
    year: 2023,
    month: 5,
    day: null,
  },
  effectiveDate: null,
  period: {
    from: 2023,
    to: 2025,
  },
  status: 'ISSUED',
  parentPlans: [
    {
      key: 'KH-153-HAGIANG',
      relation: 'IMPLEMENTS',
      kind: 'EXTERNAL',
      document: {
        documentType: 'KE_HOACH',
        number: '153/KH-UBND',
        date: {
          year: 2023,
          month: 5,
          day: 12,
        },
        issuer: {
          text: 'UBND tỉnh Hà Giang',
          organization: 'HG.UBND',
        },
        title: 'về xây dựng, tuyên truyền gương điển hình tiên tiến, giai đoạn 2022-2025 trên địa bàn tỉnh Hà Giang',
      },
      text: 'Thực hiện Kế hoạch số 153/KH-UBND, ngày 12 tháng 5 năm 2023 của UBND tỉnh Hà Giang về xây dựng, tuyên truyền gương điển hình tiên tiến, giai đoạn 2022-2025 trên địa bàn tỉnh Hà Giang.',
    },
  ],
  legalBases: [
    {
      key: 'NQ-DH-XVII-HAGIANG',
      relation: 'BASED_ON',
      kind: 'EXTERNAL',
      document: {
        documentType: 'NGHI_QUYET',
        number: null,
        date: null,
        issuer: {
          text: 'Đại hội Đảng bộ tỉnh Hà Giang lần thứ XVII',
          organization: 'HG.TINH_UY',
        },
        title: 'Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII',
      },
    },
    {
      key: 'NQ-DH-IX-SO-LDTBXH',
      relation: 'BASED_ON',
      kind: 'EXTERNAL',
      document: {
        documentType: 'NGHI_QUYET',
        number: null,
        date: null,
        issuer: {
          text: 'Đại hội Đảng bộ Sở Lao động - Thương binh và Xã hội lần thứ IX',
          organization: 'HG.SO_LDTBXH.DANG_BO',
        },
        title: 'Nghị quyết Đại hội Đảng bộ Sở Lao động - Thương binh và Xã hội lần thứ IX',
      },
    },
    {
      key: 'CT-05-TW',
      relation: 'BASED_ON',
      kind: 'EXTERNAL',
      document: {
        documentType: 'CHI_THI',
        number: '05-CT/TW',
        date: {
          year: 2016,
          month: 5,
          day: 15,
        },
        issuer: {
          text: 'Bộ Chính trị khóa XII',
          organization: 'TW.BO_CHINH_TRI',
        },
        title: 'Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
      },
      text: 'cited by the criteria for individuals (mục III.2)',
    },
  ],
  objectives: [
    {
      key: 'HG-MD-1',
      label: '-',
      text: 'Kịp thời phát hiện các mô hình mới, nhân tố mới, gương người tốt, việc tốt, những tập thể, cá nhân có những sáng kiến, giải pháp công tác, cách làm hay, sáng tạo, hiệu quả, đạt được nhiều thành tích tiêu biểu nổi bật trong các phong trào thi đua; xây dựng, bồi dưỡng, phát triển những điển hình tiên tiến toàn diện, làm nòng cốt thúc đẩy hiệu quả các phong trào thi đua, góp phần thúc đẩy hoàn thành xuất sắc các nhiệm vụ chính trị được giao hàng năm và cả giai đoạn 2023-2025 của cơ quan; kịp thời tôn vinh, biểu dương, nhân rộng các điển hình tiên tiến với các hình thức phù hợp.',
    },
    {
      key: 'HG-MD-2',
      label: '-',
      text: 'Tạo sự chuyển biến tích cực trong nhận thức, trách nhiệm của công chức, viên chức, người lao động, người đứng đầu các Phòng, đơn vị thuộc và trực thuộc Sở; ý nghĩa, hiệu quả thiết thực của việc xây dựng, bồi dưỡng, nhân rộng điển hình tiên tiến trong các phong trào thi đua; khơi dậy tinh thần thi đua sáng tạo, nỗ lực hoàn thành xuất sắc nhiệm vụ được giao.',
    },
    {
      key: 'HG-MD-3',
      label: '-',
      text: 'Thông qua công tác xây dựng, bồi dưỡng, nhân rộng, tuyên truyền gương điển hình tiên tiến, rút ra những bài học kinh nghiệm để tiếp tục đổi mới nội dung, hình thức, phương thức đánh giá phong trào thi đua, công tác khen thưởng trong giai đoạn mới đảm bảo hiệu quả, thiết thực và chất lượng.',
    },
  ],
  requirements: [
    {
      key: 'HG-YC-1',
      label: '-',
      text: 'Việc phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến phải được coi là nhiệm vụ trọng tâm trong đổi mới phương pháp tổ chức chỉ đạo thực hiện các phong trào thi đua và phải được thực hiện thường xuyên, liên tục, đồng bộ ở cả bốn khâu: Phát hiện, bồi dưỡng, tổng kết và nhân rộng điển hình tiên tiến; gắn với tổ chức triển khai thực hiện, sơ kết, tổng kết các phong trào thi đua, thực hiện nhiệm vụ công tác hàng năm và giai đoạn 2023 - 2025.',
    },
    {
      key: 'HG-YC-2',
      label: '-',
      text: 'Các điển hình tiên tiến được phát hiện, lựa chọn, biểu dương, khen thưởng, nhân rộng phải là những tập thể, cá nhân thực sự tiêu biểu, nổi bật, gương mẫu chấp hành đường lối, chủ trương của Đảng, chính sách, pháp luật của Nhà nước; có cách làm hay, sáng tạo, hiệu quả trong thực hiện nhiệm vụ và trong các phong trào thi đua; là tấm gương tiêu biểu có tác động tích cực, lan tỏa mạnh mẽ trong cơ quan, đơn vị, cộng đồng để các tập thể, cá nhân khác tham khảo, học tập, làm theo.',
    },
    {
      key: 'HG-YC-3',
      label: '-',
      text: 'Việc biểu dương, khen thưởng, nhân rộng điển hình tiên tiến phải thực hiện công khai, minh bạch, kịp thời, đúng người, đúng thành tích. Tạo môi trường thuận lợi để các điển hình tiên tiến phát huy được vai trò, tầm ảnh hưởng trong tập thể, tạo sức lan tỏa trên các lĩnh vực công tác, trong toàn Ngành và đời sống xã hội.',
    },
  ],
  contentItems: [
    {
      key: 'HG-ND-1.1',
      label: '1.1.',
      section: 'IV.1.1',
      text: 'Phát hiện, lựa chọn những tập thể, cá nhân có thành tích tiêu biểu trong phong trào thi đua để xây dựng điển hình tiên tiến: Qua quá trình tổ chức triển khai, kết quả thực hiện các phong trào thi đua hàng năm; vào dịp Kỷ niệm 75 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc (11/6/1948 - 11/6/2023) kỷ niệm các ngày lễ lớn của quê hương, đất nước do Sở, ngành, tỉnh phát động và cả giai đoạn 2021 - 2025; phản ánh, đưa tin của cơ quan thông tin truyền thông, căn cứ tình hình thực tiễn, các Phòng, đơn vị, lựa chọn tập thể, cá nhân có cách làm hay, sáng tạo, hiệu quả hoặc có thành tích tiêu biểu nổi bật, là nhân tố tích cực, dẫn đầu trong phong trào thi đua, có ảnh hưởng lớn để tập trung xây dựng, bồi dưỡng điển hình tiên tiến.',
      stages: ['DISCOVER'],
      responsibleText: 'Trách nhiệm tham mưu, thực hiện: Văn phòng, Các Phòng, đơn vị trực thuộc Sở; các CBCCVV và người lao động theo thẩm quyền, trách nhiệm để tham mưu, giới thiệu cho Hội đồng Thi đua-Khen thưởng Sở tổ chức đánh giá, lựa chọn.',
      timingText: 'Thời gian thực hiện: Hàng năm đến năm 2025.',
      frequency: 'ANNUAL',
    },
    {
      key: 'HG-ND-1.2a',
      label: '-',
      section: 'IV.1.2',
      text: 'Trên cơ sở các tập thể, cá nhân là nhân tố điển hình mới đã được lựa chọn, tạo điều kiện thuận lợi để các nhân tố điển hình này phát huy tính sáng tạo, vai trò, tầm ảnh hưởng tích cực trong cơ quan, cộng đồng; tập trung bồi dưỡng, xây dựng thành điển hình tiên tiến toàn diện theo Kế hoạch cụ thể ở cấp cơ sở.',
      stages: ['NURTURE'],
      responsibleText: 'Trách nhiệm tham mưu, thực hiện: Văn phòng Sở chủ trì, phối hợp với các Phòng, đơn vị thuộc Sở tham mưu kịp thời cho Hội đồng Thi đua-Khen thưởng.',
      timingText: 'Thời gian thực hiện: Hàng năm đến năm 2025.',
      frequency: 'ANNUAL',
    },
    {
      key: 'HG-ND-1.2b',
      label: '-',
      section: 'IV.1.2',
      text: 'Tăng cường theo dõi, kiểm tra, đánh giá để điều chỉnh, bổ sung nhân tố phù hợp với tình hình thực tiễn; thường xuyên theo dõi, kịp thời động viên, hỗ trợ, tạo môi trường thuận lợi cho điển hình tiên tiến tiếp tục phát huy hết khả năng, sáng tạo, đồng thời có biện pháp cụ thể khắc phục những mặt còn tồn tại, hạn chế để từng bước được hoàn thiện, bồi dưỡng, phát triển trở thành điển hình tiên tiến xuất sắc là những tấm gương lan tỏa trong đơn vị và cao hơn (Ngành, Tỉnh, Bộ, toàn quốc).',
      stages: ['NURTURE'],
      responsibleText: 'Trách nhiệm tham mưu, thực hiện: Văn phòng Sở chủ trì, phối hợp với các Phòng, đơn vị thuộc Sở tham mưu kịp thời cho Hội đồng Thi đua-Khen thưởng.',
      timingText: 'Thời gian thực hiện: Thường xuyên (hàng tháng/quý các phòng, đơn vị trực thuộc thông qua phát hiện, giới thiệu gương người tốt, việc tốt, các nhân tố điển hình của cơ quan, đơn vị để bồi dưỡng kịp thời).',
      frequency: 'REGULAR',
    },
    {
      key: 'HG-ND-1.3a',
      label: '-',
      section: 'IV.1.3',
      text: 'Thường xuyên tuyên truyền việc bồi dưỡng, nhân rộng điển hình tiên tiến với các hình thức đa dạng, phong phú, linh hoạt, phù hợp với thực tiễn, kết hợp giữa hình thức truyền thông và trực tuyến. Thực hiện tốt các hình thức, biện pháp tuyên truyền, phổ biến, giới thiệu phù hợp về những kinh nghiệm, cách làm hay, sáng tạo, hiệu quả, gương người tốt, việc tốt trước hết ngay tại đơn vị (qua đọc báo đầu tuần, sinh hoạt định kỳ, Cổng Thông tin điện tử, Bản tin, hệ thống Hồ sơ công việc,... nội bộ cơ quan, đơn vị); từ đó đề xuất, giới thiệu trên các phương tiện truyền thông: Báo Hà Giang, Đài Phát thanh và Truyền hình tỉnh,... Công tác tuyên truyền này phải gắn chặt chẽ với việc triển khai các phong trào thi đua theo chiều sâu, hiệu quả thiết thực.',
      stages: ['PUBLICISE', 'REPLICATE'],
      responsibleText: 'Trách nhiệm tham mưu, thực hiện: Văn phòng Sở chủ trì, phối hợp với các Phòng, đơn vị thuộc Sở.',
      timingText: 'Thời gian thực hiện: Thường xuyên.',
      frequency: 'REGULAR',
    },
    {
      key: 'HG-ND-1.3b',
      label: '-',
      section: 'IV.1.3',
      text: 'Tạo điều kiện giao lưu, học tập điển hình tiên tiến, nghe điển hình báo cáo, chia sẻ kinh nghiệm, phương pháp, cách làm hay đạt hiệu quả, thành tích cao trong các phong trào gắn với các giải pháp đẩy mạnh hoạt động thi đua, tạo sức lan tỏa lớn, đảm bảo chất lượng nhân rộng điển hình tiên tiến.',
      stages: ['REPLICATE', 'PUBLICISE'],
      responsibleText: 'Trách nhiệm tham mưu, thực hiện: Văn phòng Sở chủ trì, phối hợp với các Phòng, đơn vị thuộc Sở.',
      timingText: 'Thời gian thực hiện: Thường xuyên.',
      frequency: 'REGULAR',
    },
    {
      key: 'HG-ND-1.4a',
      label: '-',
      section: 'IV.1.4',
      text: 'Định kỳ hàng năm và kết thúc giai đoạn 2021 - 2025, tổ chức đánh giá, lựa chọn những điển hình tiêu biểu xuất sắc có hiệu quả cao, có sức lan tỏa rộng trên các lĩnh vực công tác và qua các phong trào thi đua để có hình thức động viên, tôn vinh, khen thưởng kịp thời với các hình thức phù hợp. Nhất là vào dịp tổ chức Đại hội Thi đua yêu nước lần thứ VI và Kỷ niệm 80 năm ngày Truyền thống Ngành Lao động - Thương binh và Xã hội năm 2025.',
      stages: ['HONOUR', 'REVIEW'],
      responsibleText: 'Trách nhiệm tham mưu, thực hiện: Văn phòng Sở.',
      timingText: 'Thời gian thực hiện: Hàng năm; theo hướng dẫn sơ kết, tổng kết của Bộ LĐTBXH, UBND tỉnh (qua Ban Thi đua - Khen thưởng tỉnh).',
      frequency: 'ANNUAL',
    },
    {
      key: 'HG-ND-1.4b',
      label: '-',
      section: 'IV.1.4',
      text: 'Biểu dương, tôn vinh các điển hình (hoặc lồng ghép tại Hội nghị tổng kết); xem xét, lựa chọn điển hình để báo cáo, giao lưu, chia sẻ kinh nghiệm tại Bộ, tỉnh khi có yêu cầu.',
      stages: ['HONOUR', 'REPLICATE'],
      responsibleText: 'Trách nhiệm tham mưu, thực hiện: Văn phòng Sở.',
      timingText: 'Thời gian thực hiện: Hàng năm.',
      frequency: 'ANNUAL',
    },
    {
      key: 'HG-ND-1.5a',
      label: '-',
      section: 'IV.1.5',
      text: 'Việc đánh giá công tác phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến được thực hiện cùng với việc sơ kết, tổng kết đánh giá kết quả thực hiện phong trào thi đua hàng năm, tổng kết phong trào thi đua giai đoạn 2021 - 2025.',
      stages: ['REVIEW'],
    },
    {
      key: 'HG-ND-1.5b',
      label: '-',
      section: 'IV.1.5',
      text: 'Định kỳ tham mưu báo cáo, đánh giá kết quả xây dựng các điển hình, kịp thời rút kinh nghiệm, tiếp tục rà soát, bổ sung các nhân tố điển hình mới cho phù hợp với tình hình thực tiễn, đảm bảo thực hiện thành công Kế hoạch đã đề ra; lựa chọn, nhân rộng những mô hình tiêu biểu toàn diện, có tác động, sức lan tỏa rộng trên các lĩnh vực công tác, đời sống xã hội. Qua đó, tổ chức tốt các hình thức, biện pháp tuyên truyền, phổ biến, giới thiệu về những kinh nghiệm, cách làm hay, việc làm sáng tạo, hiệu quả, gương người tốt, việc tốt. Công nhận, đề nghị cấp có thẩm quyền công nhận, biểu dương điển hình của từng năm.',
      stages: ['REVIEW', 'REPLICATE', 'PUBLICISE', 'HONOUR'],
      responsibleText: 'Trách nhiệm tham mưu, thực hiện: Văn phòng Sở.',
      timingText: 'Thời gian thực hiện: Hàng năm; dịp sơ kết, tổng kết.',
      frequency: 'ANNUAL',
    },
    {
      key: 'HG-ND-1.5c',
      label: '-',
      section: 'IV.1.5',
      text: 'Tổ chức sơ kết gắn với sơ kết phong trào thi đua yêu nước 06 tháng đầu năm 2023; tổng kết, đánh giá công tác xây dựng, bồi dưỡng nhân rộng điển hình tiên tiến gắn với tổng kết phong trào thi đua yêu nước giai đoạn 2022 - 2025.',
      stages: ['REVIEW'],
    },
  ],
  subjects: [
    {
      key: 'HG-DT-TT',
      kinds: ['TAP_THE'],
      description: 'Tập thể: Các phòng, đơn vị thuộc và trực thuộc Sở Lao động - Thương binh và Xã hội.',
      selector: {
        within: 'HG.SO_LDTBXH',
        kinds: ['PHONG', 'VAN_PHONG', 'DON_VI_TRUC_THUOC', 'TRUNG_TAM'],
        description: 'Các phòng, đơn vị thuộc và trực thuộc Sở',
      },
    },
    {
      key: 'HG-DT-CN',
      kinds: ['CA_NHAN'],
      description: 'Cá nhân: Cán bộ, công chức, chuyên viên, người lao động khối Văn phòng (thuộc Sở) và cán bộ, viên chức, người lao động công tác tại các đơn vị trực thuộc Sở Lao động - Thương binh và Xã hội.',
      selector: {
        within: 'HG.SO_LDTBXH',
        description: 'khối Văn phòng (thuộc Sở) và các đơn vị trực thuộc Sở',
      },
    },
  ],
  criteriaSets: [
    {
      key: 'HG-TC',
      code: 'SEED-000-HA-GIANG',
      scope: 'GENERAL',
      subjectKinds: ['TAP_THE', 'CA_NHAN'],
      note: 'Mục II.2 (tiêu chí chung) và III (tiêu chí cụ thể)',
    },
    {
      key: 'HG-TC-CHUC_VU',
      code: 'SEED-000-HA-GIANG',
      scope: 'ROLE',
      roleGroups: ['LANH_DAO_SO', 'LANH_DAO_PHONG_DON_VI', 'CBCCVC_NLD'],
      note: 'Mục III.2: Giám đốc, Phó Giám đốc; Trưởng, Phó phòng, lãnh đạo đơn vị trực thuộc; cán bộ, công chức, viên chức, người lao động',
    },
  ],
  quotaRules: [],
  submissionWindows: [],
  milestones: [
    {
      key: 'HG-M-SK-2023',
      kind: 'INTERIM_REVIEW',
      text: 'Tổ chức sơ kết gắn với sơ kết phong trào thi đua yêu nước 06 tháng đầu năm 2023',
      actor: {
        text: 'Văn phòng Sở',
        organization: 'HG.SO_LDTBXH.VAN_PHONG',
      },
      due: {
        kind: 'HALF',
        year: 2023,
        half: 1,
      },
      dueText: '06 tháng đầu năm 2023',
      stages: ['REVIEW'],
      note: 'The review of the first half-year; the document gives no date for the meeting itself.',
    },
    {
      key: 'HG-M-TK-2025',
      kind: 'FINAL_REVIEW',
      text: 'tổng kết, đánh giá công tác xây dựng, bồi dưỡng nhân rộng điển hình tiên tiến gắn với tổng kết phong trào thi đua yêu nước giai đoạn 2022 - 2025',
      actor: {
        text: 'Văn phòng Sở',
        organization: 'HG.SO_LDTBXH.VAN_PHONG',
      },
      due: {
        kind: 'YEAR',
        year: 2025,
      },
      stages: ['REVIEW', 'HONOUR'],
      note: 'No date given: read as the last year of the period.',
    },
    {
      key: 'HG-M-75-NAM',
      kind: 'EVENT',
      text: 'Kỷ niệm 75 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc (11/6/1948 - 11/6/2023)',
      actor: {
        text: 'Sở, ngành, tỉnh',
        organization: null,
      },
      due: {
        kind: 'DATE',
        date: '2023-06-11',
      },
      stages: ['DISCOVER'],
    },
    {
      key: 'HG-M-DH-VI',
      kind: 'EVENT',
      text: 'Đại hội Thi đua yêu nước lần thứ VI',
      actor: {
        text: 'UBND tỉnh Hà Giang',
        organization: 'HG.UBND',
      },
      due: {
        kind: 'YEAR',
        year: 2025,
      },
      stages: ['HONOUR'],
      note: 'The document gives only the year (2025).',
    },
    {
      key: 'HG-M-80-NAM',
      kind: 'EVENT',
      text: 'Kỷ niệm 80 năm ngày Truyền thống Ngành Lao động - Thương binh và Xã hội năm 2025',
      actor: {
        text: 'Ngành Lao động - Thương binh và Xã hội',
        organization: null,
      },
      due: {
        kind: 'YEAR',
        year: 2025,
      },
      stages: ['HONOUR'],
      note: 'The document gives only the year (2025).',
    },
  ],
  responsibilities: [
    {
      key: 'HG-TN-1',
      lead: {
        text: 'Các phòng, đơn vị thuộc và Trực thuộc Sở',
        organization: null,
      },
      with: [],
      duties: [
        'Các phòng, đơn vị thuộc và Trực thuộc Sở quán triệt Kế hoạch này đến từng cán bộ, công chức, viên chức, người lao động và tổ chức thực hiện có hiệu quả, đảm bảo Kế hoạch hoàn thành đúng tiến độ, đạt kết quả cao.',
      ],
    },
    {
      key: 'HG-TN-2',
      lead: {
        text: 'Các tổ chức, đoàn thể',
        organization: null,
      },
      with: [],
      duties: [
        'Các tổ chức, đoàn thể vận động đoàn viên, hội viên tích cực tham gia hưởng ứng và phối hợp chặt chẽ với chuyên môn trong việc triển khai, tổ chức thực hiện Kế hoạch này.',
      ],
    },
    {
      key: 'HG-TN-3',
      lead: {
        text: 'Văn phòng Sở (Thường trực Hội đồng Ban Thi đua - Khen thưởng)',
        organization: 'HG.SO_LDTBXH.VAN_PHONG',
      },
      with: [
        {
          text: 'các phòng, đơn vị',
          organization: null,
        },
      ],
      duties: [
        'Giao Văn phòng Sở (Thường trực Hội đồng Ban Thi đua - Khen thưởng) chủ trì, phối hợp với các phòng, đơn vị triển khai, kiểm tra, đôn đốc việc tổ chức thực hiện Kế hoạch này; tham mưu, đề xuất Giám đốc Sở các biện pháp tổ chức học tập kinh nghiệm, nhân rộng mô hình, gương điển hình tiên tiến; đề xuất biểu dương, động viên, khen thưởng kịp thời các mô hình, gương điển hình tiên tiến; định kỳ, đột xuất tổng hợp, báo cáo Ban Giám đốc và các cấp, các ngành theo quy định./.',
      ],
      frequency: 'PERIODIC',
      frequencyText: 'định kỳ, đột xuất',
      standing: true,
    },
  ],
  kpis: [],
  recipients: [
    {
      key: 'HG-NN-1',
      line: 'Ban TĐ-TK tỉnh;',
      organization: 'HG.BAN_TDKT',
      delivery: 'UNSPECIFIED',
      purpose: 'REPORT',
    },
    {
      key: 'HG-NN-2',
      line: 'Khối thi đua VHXX;',
      organization: 'HG.KHOI_THI_DUA_VHXH',
      delivery: 'UNSPECIFIED',
      purpose: 'REPORT',
    },
    {
      key: 'HG-NN-3',
      line: 'Ban Giám đốc;',
      organization: 'HG.SO_LDTBXH',
      delivery: 'UNSPECIFIED',
      purpose: 'IMPLEMENT',
    },
    {
      key: 'HG-NN-4',
      line: 'Các phòng, đơn vị trực thuộc;',
      organization: null,
      delivery: 'UNSPECIFIED',
      purpose: 'IMPLEMENT',
    },
    {
      key: 'HG-NN-5',
      line: 'Phòng LĐ-TBXH các huyện, Tp;',
      organization: null,
      delivery: 'UNSPECIFIED',
      purpose: 'COORDINATE',
    },
    {
      key: 'HG-NN-6',
      line: 'Cổng Thông tin điện tử Sở;',
      organization: null,
      delivery: 'UNSPECIFIED',
      purpose: 'PUBLISH',
    },
    {
      key: 'HG-NN-7',
      line: 'Lưu: VT, VP (Đức).',
      organization: 'HG.SO_LDTBXH.VAN_PHONG',
      delivery: 'UNSPECIFIED',
      purpose: 'ARCHIVE',
    },
  ],
  council: {
    name: 'Hội đồng Thi đua-Khen thưởng Sở',
    organization: 'HG.SO_LDTBXH.HDTDKT',
    standing: {
      text: 'Văn phòng Sở (Thường trực Hội đồng Ban Thi đua - Khen thưởng)',
      organization: 'HG.SO_LDTBXH.VAN_PHONG',
    },
  },
  unknownParts: [
    {
      path: 'number.value',
      reason: 'BLANK',
      note: 'Số: /KH-SLĐTBXH — the number is left blank.',
    },
    {
      path: 'issueDate.day',
      reason: 'BLANK',
      note: '"ngày tháng 5 năm 2023" — the day is left blank.',
    },
  ],
  notes: 'The document mixes periods: 2023–2025 (title), 2021–2025 (criteria, commendation) and 2022–2025 (final review); the plan period is the title\'s. "Khối thi đua VHXX" is read as the Văn hóa - Xã hội emulation bloc.',
  original: ORIGINAL_000,
};
