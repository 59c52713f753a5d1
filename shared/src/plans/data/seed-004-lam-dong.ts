import type { PlanDocument } from '../plan';
import { ORIGINAL_004 } from './original-004';

/**
 * Seed 004: Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh Lâm Đồng, Kế hoạch (no number, no date)
 * xây dựng, bồi dưỡng, tuyên truyền và nhân rộng gương điển hình tiên tiến, mô hình mới giai đoạn 2023-2025
 * (implements 4466/KH-UBND of Lâm Đồng). One KPI: 100 % of the centre's unions have specific criteria.
 *
 * Generated once from the seed text by line reference (texts are verbatim, markdown emphasis markers
 * removed); edit by hand from now on. Interpretations are in `note` fields.
 */
export const SEED_PLAN_004_LAM_DONG: PlanDocument = {
  version: 1,
  code: 'SEED-004-LAM-DONG',
  number: {
    value: null,
    pattern: null,
  },
  title: 'Xây dựng, bồi dưỡng, tuyên truyền và nhân rộng gương điển hình tiên tiến, mô hình mới giai đoạn 2023-2025',
  titleEn: 'Building, nurturing, publicising and replicating exemplary and new models, 2023–2025',
  documentType: 'KE_HOACH',
  field: null,
  issuer: {
    text: 'Trung tâm xúc tiến Đầu tư, Thương mại và Du lịch tỉnh Lâm Đồng',
    organization: 'LAMDONG.TTXT',
  },
  signer: {
    title: 'GIÁM ĐỐC',
    name: 'Dương Quốc Anh',
  },
  place: null,
  issueDate: null,
  effectiveDate: null,
  period: {
    from: 2023,
    to: 2025,
  },
  status: 'ISSUED',
  parentPlans: [
    {
      key: 'KH-4466-LAMDONG',
      relation: 'IMPLEMENTS',
      kind: 'EXTERNAL',
      document: {
        documentType: 'KE_HOACH',
        number: '4466/KH-UBND',
        date: {
          year: 2023,
          month: 5,
          day: 23,
        },
        issuer: {
          text: 'Ủy ban nhân dân tỉnh Lâm Đồng',
          organization: 'LAMDONG.UBND',
        },
        title: 'về xây dựng, bồi dưỡng, tuyên truyền và nhân rộng gương điển hình tiên tiến, mô hình mới trên địa bàn tỉnh Lâm Đồng giai đoạn 2023-2025',
      },
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
        title: 'về tiếp tục đổi mới công tác thi đua, khen thưởng',
      },
    },
    {
      key: 'NQ-CHI-BO',
      relation: 'BASED_ON',
      kind: 'EXTERNAL',
      document: {
        documentType: 'NGHI_QUYET',
        number: null,
        date: null,
        issuer: {
          text: 'Chi bộ Trung tâm',
          organization: 'LAMDONG.TTXT.CHI_BO',
        },
        title: null,
      },
      text: 'Nghị quyết Chi bộ',
    },
    {
      key: 'NQ-DH-XI-LAMDONG',
      relation: 'BASED_ON',
      kind: 'EXTERNAL',
      document: {
        documentType: 'NGHI_QUYET',
        number: null,
        date: null,
        issuer: {
          text: 'Đại hội Đảng bộ tỉnh Lâm Đồng lần thứ XI',
          organization: 'LAMDONG.TINH_UY',
        },
        title: 'Nghị quyết Đại hội Đảng bộ tỉnh Lâm Đồng lần thứ XI',
      },
    },
  ],
  objectives: [
    {
      key: 'LD-MD-a',
      label: 'a)',
      text: 'Đẩy mạnh tuyên truyền tư tưởng của Chủ tịch Hồ Chí Minh về thi đua, yêu nước; quán triệt các chủ trương, chính sách của Đảng, pháp luật của Nhà nước về thi đua, khen thưởng đến toàn thể viên chức, người lao động (VC-NLĐ); tiếp tục nâng cao nhận thức, trách nhiệm của cấp ủy đảng, chính quyền, các đoàn thể về vị trí, vai trò và ý nghĩa của công tác phát hiện, bồi dưỡng, tổng kết và nhân rộng điển hình tiên tiến đối với phong trào thi đua yêu nước, nhất là trong giai đoạn hiện nay.',
    },
    {
      key: 'LD-MD-b',
      label: 'b)',
      text: 'Phát huy truyền thống thi đua yêu nước của tập thể VC-NLĐ tại Trung tâm; khơi dậy tinh thần, tự giác, tự lực, tự cường, linh động, sự sáng tạo của tập thể, VC-NLĐ để hoàn thành tốt các nhiệm vụ được Ủy ban nhân dân tỉnh giao.',
    },
    {
      key: 'LD-MD-c',
      label: 'c)',
      text: 'Phát hiện, xây dựng, bồi dưỡng, tuyên truyền và nhân rộng điển hình tiên tiến, gương “Người tốt, việc tốt”, mô hình mới, nhân tố mới, những sáng kiến, giải pháp mới, cách làm hay, sáng tạo, hiệu quả, đạt được nhiều thành tích tiêu biểu nổi bật trong các phong trào thi đua trên các lĩnh vực xúc tiến đầu tư, thương mại và du lịch; kịp thời ghi nhận, biểu dương, tôn vinh, qua đó tạo sự lan tỏa mạnh mẽ, khuyến khích, cổ vũ, tạo động lực để toàn thể VC-NLĐ hăng hái hưởng ứng các phong trào thi đua yêu nước, góp phần thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội, đảm bảo an ninh - quốc phòng, xây dựng Đảng, xây dựng hệ thống chính trị trong giai đoạn mới.',
    },
  ],
  requirements: [
    {
      key: 'LD-YC-a',
      label: 'a)',
      text: 'Công tác phát hiện, xây dựng, bồi dưỡng, tuyên truyền và nhân rộng điển hình tiên tiến phải được xác định là nhiệm vụ trọng tâm trong đổi mới nội dung, hình thức, phương pháp tổ chức chỉ đạo các phong trào thi đua trong toàn thể VC-NLĐ; phải được thực hiện thường xuyên, liên tục, đa chiều, phù hợp với đặc điểm và nhiệm vụ của từng phòng chuyên môn trong cơ quan; qua đó, rút ra những bài học kinh nghiệm để tiếp tục đổi mới nội dung, hình thức, phương pháp tổ chức thực hiện đảm bảo hiệu quả, thiết thực và chất lượng.',
    },
    {
      key: 'LD-YC-b',
      label: 'b)',
      text: '100% các đoàn thể thuộc Trung tâm xây dựng các tiêu chí cụ thể gương điển hình tiên tiến; xác định nội dung, hình thức thông tin, tuyên truyền nhân rộng gương điển hình tiên tiến, mô hình mới, nhân tố mới trong các phong trào thi đua; triển khai thực hiện kế hoạch phù hợp với đặc điểm, tính chất nhiệm vụ của Trung tâm; phát hiện, xây dựng và lựa chọn những điển hình tiêu biểu, từ các tập thể, cá nhân có nhiều sáng tạo, sáng kiến từ đó nhân rộng phương pháp, cách làm hiệu quả để tôn vinh, tuyên truyền sâu rộng trong toàn thể VC-NLĐ.',
    },
    {
      key: 'LD-YC-c',
      label: 'c)',
      text: 'Công tác tuyên truyền phải đảm bảo khách quan, trung thực; những điển hình tiên tiến, nhân tố mới được lựa chọn để tuyên truyền nhân rộng, biểu dương, tôn vinh phải thực sự tiêu biểu, xuất sắc, có sức lan tỏa và là những tấm gương có tác dụng cổ vũ, nêu gương cho toàn thể VC-NLĐ học tập và làm theo.',
    },
    {
      key: 'LD-YC-d',
      label: 'd)',
      text: 'Thông qua công tác phát hiện, xây dựng, bồi dưỡng, tuyên truyền và nhân rộng điển hình tiên tiến rút ra những bài học kinh nghiệm về tổ chức triển khai, thực hiện các phong trào thi đua, về xây dựng và nhân rộng các điển hình tiên tiến nhằm tiếp tục đổi mới nội dung, hình thức, chất lượng của phong trào thi đua và công tác khen thưởng trong giai đoạn mới.',
    },
  ],
  contentItems: [
    {
      key: 'LD-ND-1b-1',
      label: '-',
      section: 'II.1.b',
      text: 'Hàng năm phát động các phong trào thi đua đảm bảo thiết thực, hiệu quả, tập trung giải quyết các nhiệm vụ trọng tâm, những vấn đề cấp bách của cơ quan, hướng đến thực hiện thắng lợi các mục tiêu, nhiệm vụ theo Nghị quyết Chi bộ, Nghị quyết Đại hội Đảng bộ tỉnh Lâm Đồng lần thứ XI đã đề ra. Thông qua các phong trào thi đua phát hiện các gương điển hình tiên tiến; đặc biệt là gương điển hình tiên tiến trong thực hiện cải cách hành chính, chuyển đổi số, các lĩnh vực xúc tiến đầu tư, thương mại và du lịch... qua đó cần tiếp tục theo dõi, tạo môi trường thuận lợi, để gương điển hình phát huy các thành tích đạt được; đồng thời, cần động viên, khích lệ, tạo điều kiện cho các điển hình tiên tiến phấn đấu đạt được nhiều thành tích cao hơn.',
      stages: ['DISCOVER', 'NURTURE'],
      frequency: 'ANNUAL',
    },
    {
      key: 'LD-ND-1b-2',
      label: '-',
      section: 'II.1.b',
      text: 'Chủ động, tích cực phát hiện các nhân tố mới để bồi dưỡng trở thành điển hình tiên tiến; tạo điều kiện hỗ trợ về vật chất, tinh thần để xây dựng, bồi dưỡng các nhân tố mới phát huy hết khả năng, sáng tạo, đồng thời có biện pháp cụ thể để khắc phục những mặt còn tồn tại, hạn chế, từng bước hoàn thiện, phát triển trở thành những tấm gương lan tỏa trong cơ quan và toàn tỉnh.',
      stages: ['DISCOVER', 'NURTURE'],
    },
    {
      key: 'LD-ND-1b-3',
      label: '-',
      section: 'II.1.b',
      text: 'Đối với những điển hình tiên tiến đã được Trung tâm và cơ quan có thẩm quyền công nhận, biểu dương, khen thưởng, cần tiếp tục theo dõi, tạo môi trường thuận lợi, hỗ trợ để điển hình phát huy các thành tích đã đạt được; đồng thời, cần động viên, khích lệ, tạo điều kiện cho các điển hình tiên tiến phấn đấu đạt được nhiều thành tích cao hơn, từ đó nâng cao tỷ lệ khen thưởng cấp tỉnh, cấp Nhà nước đối với các tập thể, cá nhân, gia đình điển hình tiên tiến.',
      stages: ['NURTURE', 'HONOUR'],
    },
    {
      key: 'LD-ND-1c-1',
      label: '-',
      section: 'II.1.c',
      text: 'Đẩy mạnh tuyên truyền về tư tưởng thi đua yêu nước của Chủ tịch Hồ Chí Minh, chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước về thi đua, khen thưởng.',
      stages: ['PUBLICISE'],
    },
    {
      key: 'LD-ND-1c-2',
      label: '-',
      section: 'II.1.c',
      text: 'Tuyên truyền các phong trào thi đua yêu nước do Trung ương, tỉnh Lâm Đồng, Cơ quan phát động; kết quả đạt được của các phong trào thi đua yêu nước và tác động của các phong trào thi đua góp phần vào việc thực hiện các nhiệm vụ chính trị của cơ quan nói riêng và của tỉnh nói chung.',
      stages: ['PUBLICISE'],
    },
    {
      key: 'LD-ND-1c-3',
      label: '-',
      section: 'II.1.c',
      text: 'Tuyên truyền về những điển hình tiên tiến tiêu biểu trên các lĩnh vực của đời sống xã hội; vai trò của các điển hình tiên tiến trong việc thúc đẩy sự phát triển của các phong trào thi đua; nhất là các điển hình tiên tiến đã được ghi nhận, được Đảng, Nhà nước, tỉnh biểu dương, khen thưởng.',
      stages: ['PUBLICISE', 'REPLICATE'],
    },
    {
      key: 'LD-NV-a',
      label: 'a)',
      section: 'II.2.a',
      text: 'Tiếp tục nâng cao nhận thức, trách nhiệm và tăng cường sự chỉ đạo của cấp ủy, chính quyền và người đứng đầu cơ quan về công tác tuyên truyền các điển hình tiên tiến, mô hình mới, nhân tố mới, gương “Người tốt, việc tốt” trên các lĩnh vực đời sống xã hội theo Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị về tiếp tục đổi mới công tác thi đua, khen thưởng, nhằm nhân rộng, lan tỏa trong xã hội tạo động lực thúc đẩy mạnh mẽ các phong trào thi đua yêu nước góp phần thực hiện thắng lợi nhiệm vụ chính trị của cơ quan, của tỉnh: Cấp ủy, chính quyền, đặc biệt là người đứng đầu cơ quan nhận thức rõ vai trò, trách nhiệm và gương mẫu, làm tốt công tác nêu gương; trực tiếp lãnh đạo, chỉ đạo và chịu trách nhiệm về chất lượng, hiệu quả công tác thi đua, khen thưởng và công tác phát hiện, xây dựng, bồi dưỡng, tuyên truyền, nhân rộng điển hình tiên tiến. Các đoàn thể cơ quan tăng cường vận động, giáo dục đoàn viên nhận thức sâu sắc về vị trí, vai trò, tầm quan trọng của thi đua yêu nước và cộng tác phát hiện, xây dựng, bồi dưỡng, tuyên truyền nhân rộng điển hình tiên tiến. Xây dựng các chương trình, kế hoạch, đề ra các nội dung, mục tiêu, tiêu chí cụ thể để tổ chức thực hiện tốt các phong trào thi đua và tuyên truyền, phổ biến nhân rộng các gương điển hình tiên tiến, mô hình mới, cách làm hay trong các Cuộc vận động. Tích cực phối hợp với các cơ quan tuyên giáo, thông tin, truyền thông, báo chí và các tổ chức đoàn thể để làm tốt công tác phát hiện, xây dựng phát hiện, xây dựng, bồi dưỡng, tuyên truyền và nhân rộng điển hình tiên tiến; kịp thời đề xuất khen thưởng để ghi nhận, biểu dương, tôn vinh các điển hình tiên tiến.',
      stages: ['PUBLICISE', 'REPLICATE', 'DISCOVER'],
    },
    {
      key: 'LD-NV-b',
      label: 'b)',
      section: 'II.2.b',
      text: 'Chủ động, tích cực phát hiện, kịp thời biểu dương, khen thưởng theo thẩm quyền và đề xuất cấp trên khen thưởng các điển hình có thành tích xuất sắc, tiêu biểu trên các lĩnh vực; quan tâm biểu dương, khen thưởng thành tích đột xuất, khen thưởng chuyên đề, đặc biệt khen thưởng đối với các tập thể, cá nhân, gia đình điển hình tiên tiến được phát hiện thông qua các phong trào thi đua yêu nước.',
      stages: ['DISCOVER', 'HONOUR'],
    },
    {
      key: 'LD-NV-c',
      label: 'c)',
      section: 'II.2.c',
      text: 'Đổi mới nội dung, hình thức, phương pháp tuyên truyền, phổ biến điển hình tiên tiến trong các phong trào thi đua và các lĩnh vực của đời sống xã hội.',
      stages: ['PUBLICISE'],
    },
    {
      key: 'LD-NV-d',
      label: 'd)',
      section: 'II.2.d',
      text: 'Tăng cường công tác kiểm tra, giám sát các phong trào thi đua yêu nước; trong đó đặc biệt chú trọng công tác phát hiện, xây dựng, bồi dưỡng, tuyên truyền, nhân rộng điển hình tiên tiến.',
      stages: ['REVIEW'],
    },
    {
      key: 'LD-NV-dd',
      label: 'Đ)',
      section: 'II.2.đ',
      text: 'Nâng cao chất lượng đội ngũ VC-NLĐ làm công tác thi đua, khen thưởng, công tác tuyên truyền.',
      stages: ['NURTURE'],
    },
    {
      key: 'LD-NV-e',
      label: 'e)',
      section: 'II.2.e',
      text: 'Căn cứ tiêu chuẩn chung của điển hình tiên tiến, hàng năm xây dựng quy định về đối tượng, chủ động giới thiệu gương điển hình, định kỳ đánh giá, biểu dương, khen thưởng...theo quy định.',
      stages: ['DISCOVER', 'REVIEW', 'HONOUR'],
      frequency: 'ANNUAL',
    },
  ],
  subjects: [
    {
      key: 'LD-DT',
      kinds: ['TAP_THE', 'CA_NHAN', 'HO_GIA_DINH'],
      description: 'Điển hình tiên tiến là tập thể, cá nhân đạt thành tích xuất sắc trong quá trình thực hiện nhiệm vụ chuyên môn cũng như các hoạt động phong trào, phải là người dẫn đầu trong các phong trào thi đua, gương người tốt, việc tốt trong đời sống xã hội.',
      selector: {
        within: 'LAMDONG.TTXT',
        description: 'tập thể, cá nhân (VC-NLĐ), gia đình của Trung tâm',
      },
    },
  ],
  criteriaSets: [
    {
      key: 'LD-TC',
      code: 'SEED-004-LAM-DONG',
      scope: 'GENERAL',
      subjectKinds: ['TAP_THE', 'CA_NHAN', 'HO_GIA_DINH'],
      note: 'Mục II.1.a (tiêu chuẩn chung)',
    },
  ],
  quotaRules: [],
  submissionWindows: [],
  milestones: [
    {
      key: 'LD-M-BC',
      kind: 'REPORT',
      text: 'Định kỳ báo cáo kết quả gương điển hình tiêu biểu gửi đơn vị liên quan để tôn vinh, khen thưởng theo thời gian quy định.',
      actor: {
        text: 'Phòng Tổ chức - Hành chính',
        organization: 'LAMDONG.TTXT.PHONG_TCHC',
      },
      due: {
        kind: 'RECURRING',
        every: 'PERIODIC',
      },
      dueText: 'Định kỳ … theo thời gian quy định',
      stages: ['REVIEW', 'HONOUR'],
      note: 'No rhythm stated ("theo thời gian quy định").',
    },
  ],
  responsibilities: [
    {
      key: 'LD-TN-TCHC',
      lead: {
        text: 'Phòng Tổ chức - Hành chính',
        organization: 'LAMDONG.TTXT.PHONG_TCHC',
      },
      with: [
        {
          text: 'Công đoàn cơ sở',
          organization: 'LAMDONG.TTXT.CONG_DOAN',
        },
        {
          text: 'Chi đoàn Thanh niên',
          organization: 'LAMDONG.TTXT.CHI_DOAN',
        },
        {
          text: 'các phòng thuộc Trung tâm',
          organization: null,
        },
      ],
      duties: [
        'Công đoàn cơ sở và Chi đoàn Thanh niên tuyên truyền và nhân rộng gương điển hình tiên tiến, mô hình mới; phối hợp với các phòng thuộc Trung tâm tham mưu Lãnh đạo Trung tâm triển khai thực hiện các nội dung liên quan đến Kế hoạch số 4466/KH-UBND ngày 23/5/2023 của Ủy ban nhân dân tỉnh Lâm Đồng về xây dựng, bồi dưỡng, tuyên truyền và nhân rộng gương điển hình tiên tiến, mô hình mới trên địa bàn tỉnh Lâm Đồng giai đoạn 2023-2025,',
        'Tham mưu Hội đồng Thi đua khen thưởng Trung tâm tổng hợp, đánh giá, bình xét thi đua khen thưởng theo quy định.',
        'Định kỳ báo cáo kết quả gương điển hình tiêu biểu gửi đơn vị liên quan để tôn vinh, khen thưởng theo thời gian quy định.',
      ],
      frequency: 'PERIODIC',
      frequencyText: 'Định kỳ',
      standing: true,
    },
    {
      key: 'LD-TN-PHONG_DOAN_THE',
      lead: {
        text: 'Các phòng, các tổ chức đoàn thể thuộc Trung tâm',
        organization: null,
      },
      with: [],
      duties: [
        '2. Có trách nhiệm theo dõi phát hiện gương điển hình tiên tiến, gương “Người tốt, việc tốt”, mô hình mới, nhân tố mới, những sáng kiến, giải pháp mới, cách làm hay giới thiệu để Chi bộ, cơ quan biểu dương, khen thưởng và xem đây là một tấm gương cần nhân rộng trong hoạt động tại đơn vị.',
      ],
      frequency: 'REGULAR',
    },
  ],
  kpis: [
    {
      key: 'LD-KPI-TIEU_CHI_DOAN_THE',
      text: '100% các đoàn thể thuộc Trung tâm xây dựng các tiêu chí cụ thể gương điển hình tiên tiến',
      indicator: 'ORGANIZATIONS_WITH_CRITERIA',
      population: {
        within: 'LAMDONG.TTXT',
        kinds: ['DOAN_THE'],
        description: 'các đoàn thể thuộc Trung tâm',
      },
      target: 100,
      unit: 'PERCENT',
    },
  ],
  recipients: [
    {
      key: 'LD-NN-1',
      line: 'Ban TĐKT tỉnh (Sở Nội vụ);',
      organization: 'LAMDONG.BAN_TDKT',
      delivery: 'UNSPECIFIED',
      purpose: 'REPORT',
    },
    {
      key: 'LD-NN-2',
      line: 'Ban Giám đốc;',
      organization: 'LAMDONG.TTXT',
      delivery: 'UNSPECIFIED',
      purpose: 'IMPLEMENT',
    },
    {
      key: 'LD-NN-3',
      line: 'Các đoàn thể thuộc TTXT;',
      organization: null,
      delivery: 'UNSPECIFIED',
      purpose: 'IMPLEMENT',
    },
    {
      key: 'LD-NN-4',
      line: 'Các phòng, TTTT;',
      organization: null,
      delivery: 'UNSPECIFIED',
      purpose: 'IMPLEMENT',
    },
    {
      key: 'LD-NN-5',
      line: 'Đăng tải Website TTXT;',
      organization: null,
      delivery: 'UNSPECIFIED',
      purpose: 'PUBLISH',
    },
    {
      key: 'LD-NN-6',
      line: 'Lưu: VT, TC-HC.',
      organization: 'LAMDONG.TTXT.PHONG_TCHC',
      delivery: 'UNSPECIFIED',
      purpose: 'ARCHIVE',
    },
  ],
  council: {
    name: 'Hội đồng Thi đua khen thưởng Trung tâm',
    organization: 'LAMDONG.TTXT.HDTDKT',
    standing: {
      text: 'Phòng Tổ chức - Hành chính',
      organization: 'LAMDONG.TTXT.PHONG_TCHC',
    },
  },
  unknownParts: [
    {
      path: 'number',
      reason: 'NOT_STATED',
      note: 'The document as kept has no header: no number line.',
    },
    {
      path: 'issueDate',
      reason: 'NOT_STATED',
      note: 'No date line (after 23/5/2023, the date of 4466/KH-UBND it implements).',
    },
    {
      path: 'place',
      reason: 'NOT_STATED',
    },
  ],
  notes: 'The issuer abbreviates itself "TTXT". The criteria are the general standards of II.1.a; "Đ)" is printed upper-case in the source.',
  original: ORIGINAL_004,
};
