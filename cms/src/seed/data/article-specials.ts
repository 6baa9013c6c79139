import type { ArticleForm } from '../types';
import type { Story, Topic } from './article-templates';

/**
 * Articles at fixed positions that later tests search for: "Đô thị văn minh" in a title, "Vũng
 * Tàu" in a title, and "UBND thành phố" with "Quyết định 8083/QĐ-UBND" in a body. Their index is
 * below 300, so every scale produces them.
 */
export interface SpecialArticle {
  index: number;
  /** 'ward-7' falls back to the first ward when the sites have no Phường 7. */
  site: 'city' | 'ward-7';
  topic: Topic;
  form: ArticleForm;
  featured: boolean;
  /** Units whose name matches are preferred. */
  unitHint?: RegExp;
  /** Fixed date for an article about a dated event; used only when it is before `now`. */
  postedAt?: string;
  /** A demo video (with captions) or audio (with a transcript) shown with it. */
  recording?: 'video' | 'audio';
  story: Story;
}

export const SPECIAL_ARTICLES: readonly SpecialArticle[] = [
  {
    index: 0,
    site: 'ward-7',
    topic: 'civility',
    form: 'tin',
    featured: true,
    recording: 'video',
    story: {
      titles: ['{area} ra quân xây dựng “Đô thị văn minh”'],
      lede: 'Cán bộ, đoàn viên và người dân {area} đồng loạt ra quân chỉnh trang các tuyến hẻm, xóa quảng cáo rao vặt, chung tay xây dựng “Đô thị văn minh”.',
      body: [
        '{when}, {actor} tổ chức lễ ra quân xây dựng “Đô thị văn minh” năm {year} tại {hamlet}, với sự tham gia của {people} cán bộ, đoàn viên, hội viên và người dân.',
        'Theo kế hoạch, {area} tập trung chỉnh trang các tuyến hẻm, lắp đặt đèn chiếu sáng, trồng cây xanh, vận động hộ kinh doanh không lấn chiếm vỉa hè và phân loại rác tại nguồn. Mỗi khu phố đăng ký ít nhất một tuyến hẻm “sáng - xanh - sạch - đẹp”.',
        'Phát biểu tại lễ ra quân, {leader} đề nghị các đoàn thể, tổ dân phố phát huy vai trò nòng cốt, để mỗi người dân là một tuyên truyền viên, chung tay giữ gìn hình ảnh “Thành phố Vũng Tàu - Thành phố du lịch sạch ASEAN”.',
        'Ngay sau lễ ra quân, các lực lượng đã thu gom hàng chục mét khối rác thải, xóa hơn 200 quảng cáo rao vặt trái phép trên tường rào, cột điện.',
      ],
      caption: 'Lực lượng ra quân chỉnh trang hẻm tại {hamlet}',
      tags: ['Văn minh đô thị', 'Môi trường'],
    },
  },
  {
    index: 1,
    site: 'city',
    topic: 'tourism',
    form: 'bai',
    featured: true,
    unitHint: /Văn hóa/,
    recording: 'audio',
    story: {
      titles: ['Vũng Tàu đẩy mạnh quảng bá hình ảnh “thành phố du lịch, thành phố sự kiện”'],
      lede: 'Thành phố Vũng Tàu tăng cường truyền thông, quảng bá tiềm năng du lịch, gắn với xây dựng môi trường du lịch an toàn, thân thiện, văn minh.',
      body: [
        '{when}, {actor} tổ chức hội nghị triển khai kế hoạch truyền thông, quảng bá du lịch năm {year}, với sự tham gia của các phòng, ban, UBND các phường, xã và đại diện doanh nghiệp du lịch trên địa bàn.',
        'Theo kế hoạch, thành phố tập trung giới thiệu các tour, tuyến khám phá thành phố, các loại hình du lịch nghỉ dưỡng, du lịch biển, du lịch sinh thái, du lịch tâm linh; quảng bá các lễ hội định kỳ như Lễ hội Nghinh Ông Thắng Tam cùng các sự kiện văn hóa, thể thao lớn.',
        'Cổng thông tin điện tử thành phố mở chuyên mục “Du lịch địa phương” và tích hợp Trang du lịch 360 độ, giúp du khách tìm hiểu điểm đến, lịch sự kiện ngay trên điện thoại.',
        'Các phường, xã được giao đẩy mạnh tuyên truyền Bộ quy tắc ứng xử nơi công cộng, xử lý nghiêm tình trạng chèo kéo khách, nâng giá dịch vụ, góp phần giữ gìn hình ảnh “Thành phố Vũng Tàu - Thành phố du lịch sạch ASEAN”.',
        'Phát biểu tại hội nghị, {leader} đề nghị các đơn vị phối hợp chặt chẽ với các cơ quan báo chí trong và ngoài tỉnh, khai thác hiệu quả các nền tảng số để hình ảnh thành phố biển ngày càng lan tỏa.',
      ],
      caption: 'Du khách tham quan khu vực Bãi Sau',
      tags: ['Du lịch', 'Văn minh đô thị'],
    },
  },
  {
    index: 2,
    site: 'city',
    topic: 'general',
    form: 'tin',
    featured: false,
    unitHint: /Văn hóa và Thông tin/,
    postedAt: '2023-12-12T02:40:00.000Z',
    story: {
      titles: ['Ban hành Quy chế tổ chức, quản lý hoạt động của Cổng thông tin điện tử thành phố và các Trang thông tin điện tử thành phần'],
      lede: 'UBND thành phố ban hành Quy chế mới về tổ chức, quản lý hoạt động của Cổng thông tin điện tử thành phố Vũng Tàu và các Trang thông tin điện tử thành phần của 17 phường, xã.',
      body: [
        'Ngày 01/12/2023, UBND thành phố Vũng Tàu ban hành Quyết định 8083/QĐ-UBND về việc ban hành Quy chế tổ chức, quản lý hoạt động của Cổng thông tin điện tử thành phố Vũng Tàu và các Trang thông tin điện tử thành phần. Quyết định thay thế Quyết định 834/QĐ-UBND ngày 04/02/2021 về việc ban hành Quy chế tổ chức và hoạt động của Cổng thông tin điện tử thành phố Vũng Tàu.',
        'Quy chế được xây dựng trên cơ sở Nghị định 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng. Trách nhiệm của Ban biên tập được quy định tại Điều 17; trách nhiệm của các thành viên Ban biên tập được quy định tại Điều 18, Điều 19 và Điều 20 của Quy chế.',
        'Ngày 04/12/2023, Chủ tịch UBND thành phố ký Quyết định 8137/QĐ-UBND kiện toàn Ban biên tập Cổng thông tin điện tử thành phố, thay thế Quyết định 11114/QĐ-UBND.',
        'Cùng với việc nâng cấp Cổng thông tin điện tử thành phố để tích hợp các Trang thông tin điện tử thành phần, Chủ tịch UBND các phường, xã chịu trách nhiệm thành lập Ban biên tập Trang thông tin điện tử thành phần, ban hành quy chế hoạt động, kế hoạch viết tin, bài và duy trì việc đăng tin, bài; đối với các sự kiện lớn diễn ra tại địa phương thì phân công cộng tác viên viết tin, bài gửi về Ban biên tập Cổng thông tin điện tử thành phố.',
      ],
      caption: 'Giao diện Cổng thông tin điện tử thành phố Vũng Tàu',
      tags: ['Chuyển đổi số', 'Cải cách hành chính'],
    },
  },
];
