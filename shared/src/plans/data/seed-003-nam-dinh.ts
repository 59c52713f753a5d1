import type { PlanDocument } from '../plan';
import { ORIGINAL_003 } from './original-003';

/**
 * Seed 003: Ủy ban nhân dân tỉnh Nam Định, Kế hoạch số 60/KH-UBND ngày 05/4/2023, tuyên truyền, bồi dưỡng
 * và nhân rộng điển hình tiên tiến giai đoạn 2022 - 2025 (implements 1526/QĐ-TTg). TRUNCATED: quotas,
 * windows, milestones, responsibilities, recipients and the council are lost, kept unknown.
 *
 * Generated once from the seed text by line reference (texts are verbatim, markdown emphasis markers
 * removed); edit by hand from now on. Interpretations are in `note` fields.
 */
export const SEED_PLAN_003_NAM_DINH: PlanDocument = {
  version: 1,
  code: 'SEED-003-NAM-DINH',
  number: {
    value: '60',
    pattern: '/KH-UBND',
  },
  title: 'TUYÊN TRUYỀN, BỒI DƯỠNG VÀ NHÂN RỘNG ĐIỂN HÌNH TIÊN TIẾN TRÊN ĐỊA BÀN TỈNH NAM ĐỊNH, GIAI ĐOẠN 2022 - 2025',
  titleEn: 'Publicising, nurturing and replicating exemplary models in Nam Định province, 2022–2025',
  documentType: 'KE_HOACH',
  field: 'Văn hóa - Xã hội',
  issuer: {
    text: 'Ủy ban nhân dân tỉnh Nam Định',
    organization: 'NAMDINH.UBND',
  },
  signer: {
    title: null,
    name: 'Phạm Đình Nghị',
  },
  place: 'Nam Định',
  issueDate: {
    year: 2023,
    month: 4,
    day: 5,
  },
  effectiveDate: '2023-04-05',
  period: {
    from: 2022,
    to: 2025,
  },
  status: 'ISSUED',
  parentPlans: [
    {
      key: 'QD-1526-TTG',
      relation: 'IMPLEMENTS',
      kind: 'EXTERNAL',
      document: {
        documentType: 'QUYET_DINH',
        number: '1526/QĐ-TTg',
        date: {
          year: 2022,
          month: 12,
          day: 9,
        },
        issuer: {
          text: 'Thủ tướng Chính phủ',
          organization: 'TW.THU_TUONG',
        },
        title: 'về phê duyệt Đề án “Tuyên truyền gương điển hình tiên tiến giai đoạn 2022 - 2025”',
      },
      text: 'Thực hiện Quyết định số 1526/QĐ-TTg ngày 09/12/2022 của Thủ tướng Chính phủ về phê duyệt Đề án “Tuyên truyền gương điển hình tiên tiến giai đoạn 2022 - 2025”.',
    },
  ],
  legalBases: [
    {
      key: 'CT-34-TW',
      relation: 'BASED_ON',
      kind: 'EXTERNAL',
      document: {
        documentType: 'CHI_THI',
        number: '34/CT-TW',
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
      text: 'Chỉ thị số 34/CT-TW ngày 07/4/2014 của Bộ Chính trị (written "34/CT-TW" in this document; the directive is 34-CT/TW)',
    },
  ],
  objectives: [
    {
      key: 'ND-MD-a',
      label: 'a)',
      text: 'Quán triệt, triển khai kịp thời chủ trương, chính sách của Đảng, pháp luật của Nhà nước về đổi mới công tác thi đua, khen thưởng với trọng tâm là phát hiện, tuyên truyền, bồi dưỡng và nhân rộng điển hình tiên tiến. Xác định đây là nhiệm vụ thường xuyên trong công tác đổi mới nội dung, phương pháp tổ chức chỉ đạo các phong trào thi đua trên địa bàn tỉnh Nam Định trong giai đoạn hiện nay, góp phần thực hiện thắng lợi các mục tiêu, nhiệm vụ phát triển kinh tế - xã hội, bảo đảm quốc phòng - an ninh của tỉnh.',
    },
    {
      key: 'ND-MD-b',
      label: 'b)',
      text: 'Nâng cao nhận thức, trách nhiệm của cấp ủy, chính quyền, Ủy ban Mặt trận Tổ quốc và đoàn thể các cấp, các tổ chức, doanh nghiệp trên địa bàn tỉnh (sau đây gọi là các cơ quan, đơn vị, địa phương) nhằm tạo sự lan tỏa các điển hình tiên tiến, gương người tốt, việc tốt, góp phần tạo động lực, động viên, khuyến khích, cổ vũ các tập thể, cá nhân học tập gương điển hình tiên tiến với phương châm cả hệ thống chính trị làm công tác tuyên truyền, nhân rộng điển hình tiên tiến theo chức năng, nhiệm vụ, quyền hạn được giao, có sự phối hợp, phân công chặt chẽ, dưới sự lãnh đạo của các cấp ủy Đảng.',
    },
    {
      key: 'ND-MD-c',
      label: 'c)',
      text: 'Thông qua các phong trào thi đua yêu nước, khơi dậy tinh thần tự giác, tự lực, tự cường, nỗ lực vươn lên hoàn thành xuất sắc nhiệm vụ được giao, từ đó rút ra bài học kinh nghiệm trong triển khai và tổ chức phong trào thi đua, tạo tiền đề tiếp tục đổi mới nội dung, hình thức, chất lượng công tác thi đua, khen thưởng theo Chỉ thị số 34/CT-TW ngày 07/4/2014 của Bộ Chính trị về tiếp tục đổi mới công tác thi đua, khen thưởng.',
    },
    {
      key: 'ND-MD-d',
      label: 'd)',
      text: 'Các cơ quan, đơn vị, địa phương thường xuyên bám sát các phong trào thi đua; thực hiện công tác tuyên truyền điển hình tiên tiến với nhiều hình thức, phương pháp đổi mới, kết hợp giữa hình thức truyền thống với hình thức trực tuyến, sử dụng công nghệ hiện đại, phương tiện truyền thông đại chúng để các nội dung tuyên truyền điển hình tiên tiến có sức lan tỏa rộng rãi; từ đó tích cực phát hiện những sáng kiến hay, những nhân tố, mô hình mới trên tất cả các lĩnh vực của đời sống xã hội để bồi dưỡng, nhân rộng điển hình và nêu gương cho nhiều nơi, nhiều người học tập làm theo.',
    },
  ],
  requirements: [
    {
      key: 'ND-YC-a',
      label: 'a)',
      text: 'Các cấp ủy Đảng, chính quyền cần tập trung lãnh đạo, chỉ đạo chặt chẽ việc xây dựng kế hoạch, đề ra tiêu chí cụ thể, triển khai và thực hiện tốt quy trình: Phát hiện, bồi dưỡng, tổng kết và nhân rộng điển hình tiên tiến một cách thiết thực, hiệu quả.',
    },
    {
      key: 'ND-YC-b',
      label: 'b)',
      text: 'Các cơ quan, đơn vị, địa phương chủ động phát hiện, xây dựng và lựa chọn mô hình, điển hình tiêu biểu, toàn diện trên từng lĩnh vực của đời sống xã hội nhằm tuyên truyền, phổ biến kinh nghiệm, phương pháp, cách làm hay để nêu gương và nhân rộng trong toàn tỉnh.',
    },
    {
      key: 'ND-YC-c',
      label: 'c)',
      text: 'Công tác phát hiện, bồi dưỡng và nhân rộng điển hình tiên tiến gắn liền với việc sơ kết, tổng kết các phong trào thi đua, các cuộc vận động của mỗi cơ quan, đơn vị, địa phương trong từng giai đoạn nhất định. Các gương điển hình được nhân rộng phải thực sự tiêu biểu, đảm bảo các tiêu chuẩn, có sức lan tỏa, tác động tích cực để mọi người học tập, làm theo.',
    },
  ],
  contentItems: [
    {
      key: 'ND-ND-1',
      label: '1.',
      section: 'II.1',
      text: 'Thường xuyên quan tâm việc phát hiện, bồi dưỡng điển hình tiên tiến; giúp các điển hình tiên tiến xác định động lực phấn đấu, nâng cao năng lực toàn diện cho tập thể, cá nhân về nhận thức, chuyên môn, nghiệp vụ, kinh nghiệm công tác; tạo điều kiện về tinh thần, vật chất, cơ chế chính sách và môi trường thuận lợi để các điển hình thực hiện và phát huy hiệu quả.',
      stages: ['DISCOVER', 'NURTURE'],
    },
    {
      key: 'ND-ND-2',
      label: '2.',
      section: 'II.2',
      text: 'Xây dựng các tiêu chí điển hình tiên tiến của tập thể, cá nhân phù hợp với đặc điểm, tính chất, nhiệm vụ của từng cơ quan, đơn vị, địa phương. Xác định rõ tiêu chí điển hình tiên tiến toàn diện và trên một số mặt công tác; lồng ghép nội dung, tiêu chí vào các cuộc vận động, các phong trào thi đua hướng đến thực hiện thắng lợi nhiệm vụ chính trị trọng tâm của cơ quan, đơn vị, địa phương.',
      stages: ['DISCOVER'],
    },
    {
      key: 'ND-ND-3',
      label: '3.',
      section: 'II.3',
      text: 'Tuyên truyền sâu rộng, kịp thời có hiệu quả những nhân tố, mô hình mới, điển hình tiên tiến trong các phong trào thi đua. Tiếp tục đổi mới nội dung, hình thức và biện pháp tuyên truyền, nhân rộng điển hình tiên tiến theo hướng thiết thực, phù hợp với thực tiễn của cơ quan, đơn vị, địa phương và yêu cầu nhiệm vụ chính trị.',
      stages: ['PUBLICISE', 'REPLICATE'],
    },
    {
      key: 'ND-ND-4',
      label: '4.',
      section: 'II.4',
      text: 'Thường xuyên kiểm tra, đánh giá tác dụng, tính hiệu quả và xác định khả năng phát triển của từng điển hình, mức độ ảnh hưởng của các điển hình ở mỗi cơ quan, đơn vị, địa phương và trong xã hội, từ đó rút kinh nghiệm để điều chỉnh và bổ sung hoàn thiện. Phát hiện những khó khăn, hạn chế, kịp thời có biện pháp giúp đỡ điển hình tiên tiến phấn đấu, rèn luyện, tiếp tục duy trì thành tích và phát huy hiệu quả.',
      stages: ['NURTURE'],
    },
    {
      key: 'ND-ND-5',
      label: '5.',
      section: 'II.5',
      text: 'Định kỳ sơ kết, đánh giá kết quả đạt được trong công tác tuyên truyền, bồi dưỡng, nhân rộng điển hình và mức độ phấn đấu, lan tỏa của các điển hình để kịp thời rút kinh nghiệm trong công tác lãnh đạo, chỉ đạo; đồng thời lựa chọn những mô hình thực sự tiêu biểu, đem lại giá trị kinh tế cao, ý nghĩa xã hội lớn, có sức lan tỏa trên các lĩnh vực của đời sống xã hội, tổ chức tôn vinh, học tập và nhân rộng các mô hình, điển hình tiên tiến trong phạm vi từng cơ quan, đơn vị, địa phương trên địa bàn tỉnh.',
      stages: ['REVIEW', 'HONOUR', 'REPLICATE'],
      frequency: 'PERIODIC',
    },
    {
      key: 'ND-ND-6',
      label: '6.',
      section: 'II.6',
      text: 'Tổ chức tham quan các mô hình, các điển hình tiên tiến để trao đổi học tập kinh nghiệm, phương pháp, cách làm hay, hiệu quả của các điển hình đạt thành tích trong thực hiện các phong trào thi đua.',
      stages: ['REPLICATE'],
    },
  ],
  subjects: [
    {
      key: 'ND-DT',
      kinds: ['TAP_THE', 'CA_NHAN', 'HO_GIA_DINH'],
      description: 'Tập thể, cá nhân, hộ gia đình thuộc tỉnh có thành tích tiêu biểu, xuất sắc trong lao động, sản xuất, kinh doanh, học tập, công tác, huấn luyện, sẵn sàng chiến đấu, chiến đấu và phục vụ chiến đấu, là nhân tố nổi trội, dẫn đầu trong các phong trào thi đua do Ủy ban nhân dân tỉnh, các cơ quan, đơn vị, địa phương phát động, được tập thể ghi nhận, suy tôn; có khả năng cổ vũ, lôi cuốn, nêu gương.',
      selector: {
        units: [
          {
            gsoCode: '36',
            validOn: '2023-04-05',
          },
        ],
        description: 'thuộc tỉnh',
      },
    },
  ],
  criteriaSets: [
    {
      key: 'ND-TC',
      code: 'SEED-003-NAM-DINH',
      scope: 'GENERAL',
      subjectKinds: ['TAP_THE', 'CA_NHAN', 'HO_GIA_DINH'],
      note: 'Mục III.2 (tiêu chuẩn chung a–d); the specific criteria after it are lost (truncated) and kept unknown in the set.',
    },
  ],
  quotaRules: [],
  submissionWindows: [],
  milestones: [],
  responsibilities: [],
  kpis: [],
  recipients: [],
  council: null,
  unknownParts: [
    {
      path: 'signer.title',
      reason: 'TRUNCATED',
      note: 'The signature block is lost; the signer\'s name comes from the register header (Người ký).',
    },
    {
      path: 'quotaRules',
      reason: 'TRUNCATED',
    },
    {
      path: 'submissionWindows',
      reason: 'TRUNCATED',
    },
    {
      path: 'milestones',
      reason: 'TRUNCATED',
    },
    {
      path: 'responsibilities',
      reason: 'TRUNCATED',
    },
    {
      path: 'kpis',
      reason: 'TRUNCATED',
    },
    {
      path: 'recipients',
      reason: 'TRUNCATED',
    },
    {
      path: 'council',
      reason: 'TRUNCATED',
    },
    {
      path: 'original.text',
      reason: 'TRUNCATED',
      note: 'The text ends after mục III.2.d ("[...]"): everything after it is lost.',
    },
  ],
  notes: 'The text is cut off after the general standards (III.2). Lost parts are empty and listed in unknownParts; nothing is invented. Date, effective date, type, field and signer\'s name come from the register header of the source.',
  original: ORIGINAL_003,
};
