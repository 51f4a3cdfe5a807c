# ruff: noqa: E501  (the tables quote whole sentences of real texts)
"""The normaliser on real published Vietnamese texts, case by case (tables), and on the examples of issue 13.

REAL_CLAUSES and REAL_PIECES are sentences and pieces of the real passages in tests/data/real_passages*.txt
(police, ward and commune portals, newspapers, law sites), each group under the address of the page it quotes.
A case was kept only when the output holds every reading we annotated for that passage
(tests/data/real_passages*.txt, written by us before the rules), so these tables pin down the exact words and
punctuation of readings that were judged independently. ISSUE_CASES are the failures the issue lists, one or more
per category, with readings written by us; SOUTH_CASES the Southern variants the normaliser supports.
"""

from __future__ import annotations

import pytest

from audio.normalizer import Normalizer

REAL_CLAUSES: list[tuple[str, str]] = [
    # https://hethongphapluat.vn/ke-hoach-115-kh-ubnd-nam-2022-ve-nang-cao-hieu-qua-cong-tac-trang-tri-tuyen-truyen-co-dong-truc-quan-phuc-vu-nhiem-vu-chinh-tri-tren-dia-ban-thanh-pho-ha-noi-giai-doan-2021-2025.html
    ("Hà Nội, ngày 08 tháng 4 năm 2022", "Hà Nội, ngày tám tháng tư năm hai nghìn không trăm hai mươi hai"),
    (
        "Thực hiện Chương trình số 06-CTr/TU ngày 17/3/2021 của Thành ủy Hà Nội về “Phát triển văn hóa, nâng cao chất lượng nguồn nhân lực, xây dựng người Hà Nội thanh lịch, văn minh giai đoạn 2021- 2025”;",
        "Thực hiện Chương trình số sáu ngày mười bảy tháng ba năm hai nghìn không trăm hai mươi mốt của Thành ủy Hà Nội về Phát triển văn hóa, nâng cao chất lượng nguồn nhân lực, xây dựng người Hà Nội thanh lịch, văn minh giai đoạn hai nghìn không trăm hai mươi mốt đến hai nghìn không trăm hai mươi lăm;",
    ),
    (
        "Nghị quyết số 09-NQ/TU ngày 22/02/2022 của Thành ủy Hà Nội về phát triển công nghiệp văn hóa trên địa bàn Thủ đô, giai đoạn 2021- 2025, định hướng đến năm 2030, tầm nhìn đến năm 2045;",
        "Nghị quyết số chín ngày hai mươi hai tháng hai năm hai nghìn không trăm hai mươi hai của Thành ủy Hà Nội về phát triển công nghiệp văn hóa trên địa bàn Thủ đô, giai đoạn hai nghìn không trăm hai mươi mốt đến hai nghìn không trăm hai mươi lăm, định hướng đến năm hai nghìn không trăm ba mươi, tầm nhìn đến năm hai nghìn không trăm bốn mươi lăm;",
    ),
    (
        "Kế hoạch số 176/KH-UBND ngày 30/7/2021 của Ủy ban nhân dân Thành phố",
        "Kế hoạch số một trăm bảy mươi sáu ngày ba mươi tháng bảy năm hai nghìn không trăm hai mươi mốt của Ủy ban nhân dân Thành phố",
    ),
    # https://phapluatcongdong.vn/van-ban/quyet-dinh-575-qd-ubnd-ban-hanh-tinh-kon-tum-nam-2020-p47551.htm
    (
        "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;",
        "Căn cứ Nghị định số sáu mươi mốt năm hai nghìn không trăm mười tám ngày hai mươi ba tháng tư năm hai nghìn không trăm mười tám của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;",
    ),
    (
        "Theo đề nghị của Giám đốc Sở Ngoại vụ tại Tờ trình số 04/TTr-SNgV ngày 04 tháng 8 năm 2020,",
        "Theo đề nghị của Giám đốc Sở Ngoại vụ tại Tờ trình số bốn ngày bốn tháng tám năm hai nghìn không trăm hai mươi",
    ),
    # https://dulieuphapluat.vn/van-ban/the-thao-y-te-van-ban/ke-hoach-54kh-ubnd-nam-2020-ve-hanh-dong-thuc-hien-chuong-trinh-cham-soc-dinh-duong-1000-ngay-dau-doi-nham-phong-chong-suy-dinh-duong-ba-me-tre-em-nang-cao-tam-voc-nguoi-viet-nam-den-nam-2025-tam-nhin-den-nam-2030-tinh-lang-son-1153913.html
    (
        "- Đến năm 2030: tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi dưới 22%;",
        "Đến năm hai nghìn không trăm ba mươi: tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới năm tuổi dưới hai mươi hai phần trăm;",
    ),
    (
        "tỷ lệ suy dinh dưỡng thể nhẹ cân ở trẻ em dưới 5 tuổi dưới 13,5%",
        "tỷ lệ suy dinh dưỡng thể nhẹ cân ở trẻ em dưới năm tuổi dưới mười ba phẩy năm phần trăm",
    ),
    # https://test.vnptigate.vn/dichvucong/home/set-home?ma-don-vi=262&return-url=dichvucong%2Fbothutuc%2FchiTietThuTuc%3FmaThuTuc%3D12789
    (
        "Bước 2: Nộp hồ sơ tại Bộ phận tiếp nhận và trả kết quả của UBND xã, phường, thị trấn.",
        "Bước hai: Nộp hồ sơ tại Bộ phận tiếp nhận và trả kết quả của Ủy ban nhân dân xã, phường, thị trấn.",
    ),
    (
        "Thời gian tiếp nhận hồ sơ và trả kết quả: Sáng từ 07 giờ đến 11 giờ 30, chiều từ 13 giờ 30 đến 17 giờ từ thứ hai đến thứ sáu hàng tuần (trừ ngày lễ, tết).",
        "Thời gian tiếp nhận hồ sơ và trả kết quả: Sáng từ bảy giờ đến mười một giờ ba mươi, chiều từ mười ba giờ ba mươi đến mười bảy giờ từ thứ hai đến thứ sáu hàng tuần (trừ ngày lễ, tết).",
    ),
    # https://vietnammoi.vn/lich-cup-dien-23-5-tai-ha-noi-va-ben-tre-2019052115044086.htm
    (
        "EVN HANOI đã có thông báo về lịch cúp điện ngày 22/5 tại Hà Nội, cụ thể như sau",
        "e vê en Hà Nội đã có thông báo về lịch cúp điện ngày hai mươi hai tháng năm tại Hà Nội, cụ thể như sau",
    ),
    (
        "Tây Hồ | 23/05/2019 | 07:30 | 10:30 | Ngõ 545, 562 Thuỵ khuê.",
        "Tây Hồ, ngày hai mươi ba tháng năm năm hai nghìn không trăm mười chín, bảy giờ ba mươi phút, mười giờ ba mươi phút, Ngõ năm trăm bốn mươi lăm, năm trăm sáu mươi hai Thuỵ khuê.",
    ),
    ("Số 471 đến 575 Thuỵ Khuê |", "Số bốn trăm bảy mươi mốt đến năm trăm bảy mươi lăm Thuỵ Khuê"),
    (
        "Long Biên | 23/05/2019 | 04:00 | 06:00 | Toàn bộ phố Sài Đồng;",
        "Long Biên, ngày hai mươi ba tháng năm năm hai nghìn không trăm mười chín, bốn giờ, sáu giờ, Toàn bộ phố Sài Đồng;",
    ),
    ("Tổ 13+16+17 Phường Sài Đồng |", "Tổ mười ba, mười sáu và mười bảy Phường Sài Đồng"),
    # https://amp.doisongphapluat.com.vn/thong-bao-lich-cat-dien-ha-noi-ngay-mai-25-5-2023-cap-nhat-moi-nhat-a576433.html
    (
        "Theo thông tin mới nhất từ trang web chính thức của Tổng công ty Điện lực Hà Nội (EVNHANOI), ngày 25/5 sẽ diễn ra kế hoạch cắt điện tại nhiều địa điểm trên toàn thành phố.",
        "Theo thông tin mới nhất từ trang oép chính thức của Tổng công ty Điện lực Hà Nội (e vê en Hà Nội), ngày hai mươi lăm tháng năm sẽ diễn ra kế hoạch cắt điện tại nhiều địa điểm trên toàn thành phố.",
    ),
    (
        "Trong khoảng thời gian từ 7h đến 17h, các khu vực như quận Đống Đa, Long Biên, Nam Từ Liêm sẽ tạm ngừng cung cấp điện.",
        "Trong khoảng thời gian từ bảy giờ đến mười bảy giờ, các khu vực như quận Đống Đa, Long Biên, Nam Từ Liêm sẽ tạm ngừng cung cấp điện.",
    ),
    (
        "từ số nhà 9 đến số nhà 127, từ số nhà 56 đến số nhà 138 phố Khương Trung, toàn bộ ngõ 102 phố Hoàng Văn Thái (quận Thanh Xuân) sẽ mất điện từ 5h đến 13h",
        "từ số nhà chín đến số nhà một trăm hai mươi bảy, từ số nhà năm mươi sáu đến số nhà một trăm ba mươi tám phố Khương Trung, toàn bộ ngõ một trăm linh hai phố Hoàng Văn Thái (quận Thanh Xuân) sẽ mất điện từ năm giờ đến mười ba giờ",
    ),
    (
        "hạn chế việc sử dụng các thiết bị tiêu thụ nhiều điện trong khoảng thời gian cao điểm hàng ngày từ 11h đến 14h và từ 18h đến 23h.",
        "hạn chế việc sử dụng các thiết bị tiêu thụ nhiều điện trong khoảng thời gian cao điểm hàng ngày từ mười một giờ đến mười bốn giờ và từ mười tám giờ đến hai mươi ba giờ.",
    ),
    # http://phongcachsong.net/song-khoe/lich-cat-dien-ha-noi-ngay-mai-196-ngay-dau-tuan-se-cat-dien-nhung-dau-nam-lich-de-co-ke-hoach-sinh-hoat-12266.html
    (
        "Theo lịch cắt điện ngày 19/6 của Tổng Công ty Điện lực TP.",
        "Theo lịch cắt điện ngày mười chín tháng sáu của Tổng Công ty Điện lực thành phố",
    ),
    (
        "Hà Nội (EVNHANOI), do thời tiết đã xuất hiện nhiều mưa, tại Hà Nội chỉ có 1 huyện ngoại thành nằm trong kế hoạch cắt điện.",
        "Hà Nội (e vê en Hà Nội), do thời tiết đã xuất hiện nhiều mưa, tại Hà Nội chỉ có một huyện ngoại thành nằm trong kế hoạch cắt điện.",
    ),
    (
        "hạn chế sử dụng các thiết bị tiêu thụ nhiều điện trong giờ cao điểm của hệ thống điện (khung giờ 11-14h và 18-23h hàng ngày)",
        "hạn chế sử dụng các thiết bị tiêu thụ nhiều điện trong giờ cao điểm của hệ thống điện (khung giờ mười một đến mười bốn giờ và mười tám đến hai mươi ba giờ hàng ngày)",
    ),
    # https://baophapluat.vn/lich-cat-dien-ngay-72-tag228401.html
    (
        "Lịch cắt điện một số tỉnh ngày mai - 7/2 (PLVN) - Ngày mai (7/2 ), theo kế hoạch một số đơn vị cung cấp điện thông báo, ngừng cấp điện một số khu vực thuộc các tỉnh thành như Hà Nội, Bình Định, Đà Nẵng, Khánh Hòa.",
        "Lịch cắt điện một số tỉnh ngày mai - ngày bảy tháng hai (Pháp luật Việt Nam) - Ngày mai (ngày bảy tháng hai), theo kế hoạch một số đơn vị cung cấp điện thông báo, ngừng cấp điện một số khu vực thuộc các tỉnh thành như Hà Nội, Bình Định, Đà Nẵng, Khánh Hòa.",
    ),
    # https://hanoi.vnpt.vn/tin-tuc/tin-hoat-dong-vnpt-10606/goi-8011035-de-biet-lich-cat-dien-luan-phien-266.html
    (
        "Giúp người dân Thủ đô nắm được lịch cắt điện của Điện lực thành phố để chủ động sắp xếp công việc trong cuộc sống, Công ty Dịch vụ Viễn Thông Hà Nội đã đọc lịch cắt điện trên hộp thư Thông tin điện nước – 8011035.",
        "Giúp người dân Thủ đô nắm được lịch cắt điện của Điện lực thành phố để chủ động sắp xếp công việc trong cuộc sống, Công ty Dịch vụ Viễn Thông Hà Nội đã đọc lịch cắt điện trên hộp thư Thông tin điện nước - tám không một một không ba năm.",
    ),
    # https://dantri.com.vn/phap-luat/nhan-vien-ngan-hang-va-cong-an-kip-thoi-ngan-chan-mot-vu-lua-dao-20241206113753092.htm
    (
        "Ngày 6/12, Công an thành phố Đà Nẵng thông báo về việc Công an phường Mỹ An (quận Ngũ Hành Sơn) đã kịp thời ngăn chặn một vụ lừa đảo chuyển tiền cho người lạ.",
        "Ngày sáu tháng mười hai, Công an thành phố Đà Nẵng thông báo về việc Công an phường Mỹ An (quận Ngũ Hành Sơn) đã kịp thời ngăn chặn một vụ lừa đảo chuyển tiền cho người lạ.",
    ),
    (
        "Vụ việc xảy ra vào lúc 16h ngày 5/12 khi công an nhận được thông báo từ chi nhánh ngân hàng trên đường Ngũ Hành Sơn về một phụ nữ có biểu hiện bất thường khi đến chuyển tiền cho người lạ.",
        "Vụ việc xảy ra vào lúc mười sáu giờ ngày năm tháng mười hai khi công an nhận được thông báo từ chi nhánh ngân hàng trên đường Ngũ Hành Sơn về một phụ nữ có biểu hiện bất thường khi đến chuyển tiền cho người lạ.",
    ),
    (
        '(52 tuổi, trú phường Hòa Hải) đang làm thủ tục chuyển tiền cho một người có tài khoản Zalo tên "Nguyễn Hữu Trung".',
        "(năm mươi hai tuổi, trú phường Hòa Hải) đang làm thủ tục chuyển tiền cho một người có tài khoản Da lô tên Nguyễn Hữu Trung.",
    ),
    (
        "(66 tuổi, trú quận Thanh Khê) có ý định chuyển 300 triệu đồng cho kẻ lừa đảo.",
        "(sáu mươi sáu tuổi, trú quận Thanh Khê) có ý định chuyển ba trăm triệu đồng cho kẻ lừa đảo.",
    ),
    # https://nld.com.vn/nhan-cuoc-goi-la-xung-cong-an-2-nguoi-suyt-mat-820-trieu-dong-196240411142457103.htm
    (
        "Ngày 11-4, tin từ Công an tỉnh Thanh Hóa cho biết Công an huyện Bá Thước, tỉnh Thanh Hóa vừa kịp thời ngăn chặn 2 vụ giả danh cán bộ công an lừa đảo trên không gian mạng, giúp người dân giữ được số tiền 820 triệu đồng.",
        "Ngày mười một tháng tư, tin từ Công an tỉnh Thanh Hóa cho biết Công an huyện Bá Thước, tỉnh Thanh Hóa vừa kịp thời ngăn chặn hai vụ giả danh cán bộ công an lừa đảo trên không gian mạng, giúp người dân giữ được số tiền tám trăm hai mươi triệu đồng.",
    ),
    (
        "Lo sợ, chiều 4-4, ông M. đã chuẩn bị tiền rồi đến Bưu điện xã Điền Trung làm thủ tục mở tài khoản ngân hàng.",
        "Lo sợ, chiều bốn tháng tư, ông em-mờ đã chuẩn bị tiền rồi đến Bưu điện xã Điền Trung làm thủ tục mở tài khoản ngân hàng.",
    ),
    # https://hatinh24h.com.vn/chu-tich-xa-truong-cong-an-xa-co-tham-quyen-xu-phat-hanh-chinh-the-nao-a189981.html
    (
        "Nghị định này có hiệu lực từ ngày 1-7-2025.",
        "Nghị định này có hiệu lực từ ngày một tháng bảy năm hai nghìn không trăm hai mươi lăm.",
    ),
    (
        "Điều 24 Luật Xử lý vi phạm hành chính quy định về mức phạt tiền tối đa trong các lĩnh vực: 1.",
        "Điều hai mươi tư Luật Xử lý vi phạm hành chính quy định về mức phạt tiền tối đa trong các lĩnh vực: một.",
    ),
    (
        "Mức phạt tiền tối đa trong các lĩnh vực quản lý nhà nước đối với cá nhân được quy định như sau: a) Phạt tiền đến 30.000.000 đồng: hôn nhân và gia đình;",
        "Mức phạt tiền tối đa trong các lĩnh vực quản lý nhà nước đối với cá nhân được quy định như sau: a) Phạt tiền đến ba mươi triệu đồng: hôn nhân và gia đình;",
    ),
    (
        "c) Phạt tiền đến 50.000.000 đồng: phòng cháy, chữa cháy;",
        "c) Phạt tiền đến năm mươi triệu đồng: phòng cháy, chữa cháy;",
    ),
    ("phòng, chống HIV/AIDS;", "phòng, chống hát i vê ết;"),
    # https://vanbanphapluat.co/quyet-dinh-119-qd-ubnd-bo-sung-thu-tuc-hanh-chinh
    (
        "Căn cứ Luật Tổ chức HĐND và UBND ngày 26 tháng 11 năm 2003;",
        "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày hai mươi sáu tháng mười một năm hai nghìn không trăm linh ba;",
    ),
    (
        "Căn cứ Công văn 285/CCTTHC ngày 08 tháng 9 năm 2009 của Tổ công tác chuyên trách cải cách thủ tục hành chính của Thủ tướng Chính phủ về chuẩn bị công bố cơ sở dữ liệu quốc gia về thủ tục hành chính;",
        "Căn cứ Công văn hai trăm tám mươi lăm ngày tám tháng chín năm hai nghìn không trăm linh chín của Tổ công tác chuyên trách cải cách thủ tục hành chính của Thủ tướng Chính phủ về chuẩn bị công bố cơ sở dữ liệu quốc gia về thủ tục hành chính;",
    ),
    (
        "Bổ sung 04 thủ tục hành chính (TTHC) vào Bộ Thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Thông tin và Truyền thông được công bố kèm theo Quyết định số 81/QĐ-UBND ngày 17/8/2009 của UBND tỉnh Bắc Giang.",
        "Bổ sung bốn thủ tục hành chính (thủ tục hành chính) vào Bộ Thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Thông tin và Truyền thông được công bố kèm theo Quyết định số tám mươi mốt ngày mười bảy tháng tám năm hai nghìn không trăm linh chín của Ủy ban nhân dân tỉnh Bắc Giang.",
    ),
    # https://thuvienphapluat.vn/van-ban/Van-hoa-Xa-hoi/Ke-hoach-135-KH-UBND-2022-ra-soat-ho-ngheo-ho-can-ngheo-Soc-Trang-531460.aspx
    (
        "Căn cứ Quyết định số 24/2021/QĐ-TTg ngày 16/7/20 21 của Thủ tướng Chính phủ quy định quy trình rà soát hộ nghèo, hộ cận nghèo hằng năm",
        "Căn cứ Quyết định số hai mươi tư năm hai nghìn không trăm hai mươi mốt ngày mười sáu tháng bảy năm hai nghìn không trăm hai mươi mốt của Thủ tướng Chính phủ quy định quy trình rà soát hộ nghèo, hộ cận nghèo hằng năm",
    ),
    (
        "Căn cứ Thông tư số 07/2021/TT-BLĐTBXH ngày 18/7/2021 của Bộ Lao động - Thương binh và Xã hội hướng dẫn phương pháp rà soát, phân loại hộ nghèo, hộ cận nghèo;",
        "Căn cứ Thông tư số bảy năm hai nghìn không trăm hai mươi mốt ngày mười tám tháng bảy năm hai nghìn không trăm hai mươi mốt của Bộ Lao động - Thương binh và Xã hội hướng dẫn phương pháp rà soát, phân loại hộ nghèo, hộ cận nghèo;",
    ),
    (
        "Căn cứ Quyết định số 2212/QĐ-UBND ngày 27/8/2021 của Chủ tịch Ủy ban nhân dân tỉnh Sóc Trăng về việc thành lập Ban Chỉ đạo rà soát hộ nghèo, hộ cận nghèo giai đoạn 2021 - 2025, tỉnh Sóc Trăng;",
        "Căn cứ Quyết định số hai nghìn hai trăm mười hai ngày hai mươi bảy tháng tám năm hai nghìn không trăm hai mươi mốt của Chủ tịch Ủy ban nhân dân tỉnh Sóc Trăng về việc thành lập Ban Chỉ đạo rà soát hộ nghèo, hộ cận nghèo giai đoạn hai nghìn không trăm hai mươi mốt đến hai nghìn không trăm hai mươi lăm, tỉnh Sóc Trăng;",
    ),
    # http://congan.daklak.gov.vn/-/nguoi-dan-gap-van-e-ve-an-ninh-trat-tu-hay-goi-canh-sat-113
    (
        "Sử dụng điện thoại cố định hoặc điện thoại di động gọi trực tiếp đến số điện thoại khẩn cấp 113 (không cần phải bấm mã vùng) và không tính cước cuộc gọi.",
        "Sử dụng điện thoại cố định hoặc điện thoại di động gọi trực tiếp đến số điện thoại khẩn cấp một một ba (không cần phải bấm mã vùng) và không tính cước cuộc gọi.",
    ),
    (
        "Tổng đài Chỉ huy Cảnh sát 113 đảm và hoạt động tiếp nhận tin báo 24/24 giờ các ngày trong tuần (kể cả thứ Bảy, Chủ nhật và các ngày lễ, tết).",
        "Tổng đài Chỉ huy Cảnh sát một một ba đảm và hoạt động tiếp nhận tin báo hai mươi tư trên hai mươi tư giờ các ngày trong tuần (kể cả thứ Bảy, Chủ nhật và các ngày lễ, tết).",
    ),
    # http://conganbacgiang.gov.vn/huong-dan-goi-cs113-khong-nen-goi-cs113.html
    ("Thứ sáu, 29/03/2024", "Thứ sáu, ngày hai mươi chín tháng ba năm hai nghìn không trăm hai mươi tư"),
    (
        "Số điện thoại 113 là số điện thoại miễn phí, có thể bấm số 113 từ bất kỳ máy điện thoại nào, khi có tín hiệu trả lời bạn hãy làm theo hướng dẫn của trực ban CS113.",
        "Số điện thoại một một ba là số điện thoại miễn phí, có thể bấm số một một ba từ bất kỳ máy điện thoại nào, khi có tín hiệu trả lời bạn hãy làm theo hướng dẫn của trực ban Cảnh sát một một ba.",
    ),
    # https://mobo.vn/goi-113-co-can-ma-vung
    (
        "Lực lượng Cảnh sát phản ứng nhanh (CS113) – Công an tỉnh Quảng Bình có trụ sở thường trực tại số 02 – đường Tố Hữu – phường Nam Lý – thành phố Đồng Hới và số điện thoại khẩn cấp là 113.",
        "Lực lượng Cảnh sát phản ứng nhanh (Cảnh sát một một ba) - Công an tỉnh Quảng Bình có trụ sở thường trực tại số hai - đường Tố Hữu - phường Nam Lý - thành phố Đồng Hới và số điện thoại khẩn cấp là một một ba.",
    ),
    (
        "Để nâng cao hiệu quả các mặt công tác, phát huy những kết quả đã đạt được, giải quyết nhanh chóng kịp thời các vụ, việc liên quan đến ANTT Công an tỉnh Quảng Bình hướng dẫn cách gọi vào số máy CS113 như sau:",
        "Để nâng cao hiệu quả các mặt công tác, phát huy những kết quả đã đạt được, giải quyết nhanh chóng kịp thời các vụ, việc liên quan đến an ninh trật tự Công an tỉnh Quảng Bình hướng dẫn cách gọi vào số máy Cảnh sát một một ba như sau:",
    ),
    # https://baogialai.com.vn/duong-day-nong-tiep-nhan-phan-anh-to-giac-ve-toi-pham-va-te-nan-ma-tuy-post568959.html
    (
        "Thiếu tướng Ngô Thanh Bình, Cục trưởng Cục Cảnh sát điều tra tội phạm về ma túy (C04, Bộ Công an) công khai đường dây nóng nhằm tiếp nhận phản ánh về tội phạm, tệ nạn ma túy.",
        "Thiếu tướng Ngô Thanh Bình, Cục trưởng Cục Cảnh sát điều tra tội phạm về ma túy (xê không bốn, Bộ Công an) công khai đường dây nóng nhằm tiếp nhận phản ánh về tội phạm, tệ nạn ma túy.",
    ),
    (
        "Ngày 10-10, Thiếu tướng Ngô Thanh Bình - Cục trưởng Cục Cảnh sát điều tra tội phạm về ma túy công khai đường dây nóng",
        "Ngày mười tháng mười, Thiếu tướng Ngô Thanh Bình - Cục trưởng Cục Cảnh sát điều tra tội phạm về ma túy công khai đường dây nóng",
    ),
    (
        "Số điện thoại đường dây nóng 0769.04.04.04 duy trì hoạt động 24 giờ trong ngày, 7 ngày trong tuần (24/7), bắt đầu từ 10 giờ ngày 10-10-2025.",
        "Số điện thoại đường dây nóng không bảy sáu chín, không bốn, không bốn, không bốn duy trì hoạt động hai mươi tư giờ trong ngày, bảy ngày trong tuần (hai mươi tư trên bảy), bắt đầu từ mười giờ ngày mười tháng mười năm hai nghìn không trăm hai mươi lăm.",
    ),
    (
        "Số điện thoại nhận thông tin qua cuộc gọi thoại (cuộc gọi thông thường và cuộc gọi qua ứng dụng Zalo) cũng như tin nhắn (tin nhắn SMS và tin nhắn Zalo).",
        "Số điện thoại nhận thông tin qua cuộc gọi thoại (cuộc gọi thông thường và cuộc gọi qua ứng dụng Da lô) cũng như tin nhắn (tin nhắn ét em ét và tin nhắn Da lô).",
    ),
    # https://vietbao.vn/mao-danh-cong-an-tinh-tra-vinh-goi-dien-lua-lanh-dao-dia-phuong-467956.html
    (
        "Cần phản ánh đến cơ quan chức năng bằng cách soạn tin nhắn (miễn phí) theo cú pháp: V (Nguồn phát tán)(Nội dung cuộc gọi rác) gửi 5656.",
        "Cần phản ánh đến cơ quan chức năng bằng cách soạn tin nhắn (miễn phí) theo cú pháp: vê (Nguồn phát tán)(Nội dung cuộc gọi rác) gửi năm sáu năm sáu.",
    ),
    (
        'Ví dụ: soạn "V(0812341213) lua dao" gởi 5656 hoặc gọi trực tiếp vào số tổng đài 156 để phản ánh về cuộc gọi rác, cuộc gọi có dấu hiệu lừa đảo.',
        "Ví dụ: soạn vê(không tám một hai, ba bốn một, hai một ba) lua dao gởi năm sáu năm sáu hoặc gọi trực tiếp vào số tổng đài một năm sáu để phản ánh về cuộc gọi rác, cuộc gọi có dấu hiệu lừa đảo.",
    ),
    # https://dantri.com.vn/phap-luat/giam-doc-cong-an-ha-noi-keu-goi-dan-to-giac-nguoi-nhap-canh-trai-phep-20210521083817634.htm
    (
        "Chỉ tính riêng địa bàn Hà Nội, từ ngày 1/5 đến ngày 18/5/2021, các đơn vị chức năng Công an Thành phố đã phát hiện, xử lý 7 vụ với 66 đối tượng nhập cảnh trái phép.",
        "Chỉ tính riêng địa bàn Hà Nội, từ ngày một tháng năm đến ngày mười tám tháng năm năm hai nghìn không trăm hai mươi mốt, các đơn vị chức năng Công an Thành phố đã phát hiện, xử lý bảy vụ với sáu mươi sáu đối tượng nhập cảnh trái phép.",
    ),
    (
        "phục vụ bầu cử đại biểu Quốc hội khóa XV và đại biểu Hội đồng nhân dân các cấp, nhiệm kỳ 2021 - 2026",
        "phục vụ bầu cử đại biểu Quốc hội khóa mười lăm và đại biểu Hội đồng nhân dân các cấp, nhiệm kỳ hai nghìn không trăm hai mươi mốt đến hai nghìn không trăm hai mươi sáu",
    ),
    (
        "số điện thoại đường dây nóng Công an Thành phố: 069.2196.777.",
        "số điện thoại đường dây nóng Công an Thành phố: không sáu chín, hai một chín sáu, bảy bảy bảy.",
    ),
    # https://tcanninhmang.vn/canh-bao-lua-dao/202511/ngan-chan-kip-thoi-vu-lua-dao-truc-tuyen-bao-ve-250-trieu-dong-cho-nguoi-dan-8242b62
    (
        "Khi bà đang thực hiện giao dịch chuyển 250 triệu đồng tại ngân hàng, nhân viên ngân hàng đã phát hiện dấu hiệu bất thường",
        "Khi bà đang thực hiện giao dịch chuyển hai trăm năm mươi triệu đồng tại ngân hàng, nhân viên ngân hàng đã phát hiện dấu hiệu bất thường",
    ),
    # https://baohatinh.vn/an-ninh-trat-tu/vu-xe-buyt-va-cham-xe-dau-keo-o-ha-tinh-trich-xuat-camera-dieu-tra-nguyen-nhan/237745.htm
    (
        "Sau va chạm mạnh với xe đầu kéo, xe buýt bị lật nghiêng giữa đường, 12 người trên xe khách bị thương.",
        "Sau va chạm mạnh với xe đầu kéo, xe buýt bị lật nghiêng giữa đường, mười hai người trên xe khách bị thương.",
    ),
    # https://cafef.vn/vu-xe-khach-lao-xuong-ruong-o-quang-ngai-nguoi-dieu-khien-xe-may-co-uong-ruou-bia-188230328201857223.chn
    (
        "Trước đó, vào lúc 14h20 ngày 27/3, xe khách mang BKS 73B-007.84 do tài xế xế Đ.T.H (37 tuổi, trú tỉnh Quảng Bình) điều khiển, chở 44 hành khách, lưu thông trên Quốc lộ 1A theo hướng Bắc - Nam.",
        "Trước đó, vào lúc mười bốn giờ hai mươi phút ngày hai mươi bảy tháng ba, xe khách mang biển kiểm soát bảy ba bê, không không bảy tám bốn do tài xế xế đê tê hát (ba mươi bảy tuổi, trú tỉnh Quảng Bình) điều khiển, chở bốn mươi tư hành khách, lưu thông trên Quốc lộ một A theo hướng Bắc - Nam.",
    ),
    (
        "Khi đến Km1073+600 bên trái Quốc lộ 1A (đoạn qua xã Đức Chánh, huyện Mộ Đức) thì xảy ra va chạm với xe máy mang BKS 76G-221.17 do ông Nguyễn Văn An (63 tuổi, trú thôn 5, xã Đức Chánh) điều khiển đang băng qua đường.",
        "Khi đến ki lô mét một nghìn không trăm bảy mươi ba cộng sáu trăm bên trái Quốc lộ một A (đoạn qua xã Đức Chánh, huyện Mộ Đức) thì xảy ra va chạm với xe máy mang biển kiểm soát bảy sáu gờ, hai hai một một bảy do ông Nguyễn Văn An (sáu mươi ba tuổi, trú thôn năm, xã Đức Chánh) điều khiển đang băng qua đường.",
    ),
    # http://giadinh.net.vn/xa-hoi/quang-nam-o-to-cho-go-tong-duoi-xe-tai-2-nguoi-thuong-vong-20170522105822015.htm
    (
        "Thông tin ban đầu, khoảng 5h30, ngày 22/5, xe ô tô 16 chỗ BKS: 43B - 002.21, chở theo một khối lượng gỗ, do tài xế Phan Vinh Thân (34 tuổi) và phụ xe là anh Phan Công Q.",
        "Thông tin ban đầu, khoảng năm giờ ba mươi phút, ngày hai mươi hai tháng năm, xe ô tô mười sáu chỗ biển kiểm soát: bốn ba bê, không không hai hai một, chở theo một khối lượng gỗ, do tài xế Phan Vinh Thân (ba mươi tư tuổi) và phụ xe là anh Phan Công quy.",
    ),
    (
        "(36 tuổi), cả hai cùng trú thị trấn Trà My, huyện Bắc Trà My, Quảng Nam, đang lưu thông trên quốc lộ 1A theo hướng Nam – Bắc.",
        "(ba mươi sáu tuổi), cả hai cùng trú thị trấn Trà My, huyện Bắc Trà My, Quảng Nam, đang lưu thông trên quốc lộ một A theo hướng Nam - Bắc.",
    ),
    (
        "Khi đến Km 967+400, đoạn qua xã Bình Nguyên (huyện Thăng Bình, Quảng Nam) thì bất ngờ tông vào đuôi xe tải mang BKS: 51C-428.49 (chưa rõ danh tính tài xế) lưu thông cùng chiều",
        "Khi đến ki lô mét chín trăm sáu mươi bảy cộng bốn trăm, đoạn qua xã Bình Nguyên (huyện Thăng Bình, Quảng Nam) thì bất ngờ tông vào đuôi xe tải mang biển kiểm soát: năm một xê, bốn hai tám bốn chín (chưa rõ danh tính tài xế) lưu thông cùng chiều",
    ),
    # https://baohatinh.vn/an-ninh-trat-tu/xe-ban-tai-lat-nghieng-tren-ql-1a-doan-qua-ha-tinh-sau-cu-tong-cua-xe-khach/196266.htm
    (
        "Ngay sau khi xảy ra tai nạn, lực lượng CSGT của Công an tỉnh và huyện Kỳ Anh đã có mặt điều tiết giao thông",
        "Ngay sau khi xảy ra tai nạn, lực lượng cảnh sát giao thông của Công an tỉnh và huyện Kỳ Anh đã có mặt điều tiết giao thông",
    ),
    # https://dantri.com.vn/thoi-su/mien-bac-co-noi-ret-hai-duoi-6-do-c-20251214221216605.htm
    (
        "Dự báo nhiệt độ thấp nhất trong đợt không khí lạnh này ở khu vực vùng núi và trung du Bắc Bộ phổ biến 8-11 độ C, vùng núi cao có nơi dưới 6 độ C;",
        "Dự báo nhiệt độ thấp nhất trong đợt không khí lạnh này ở khu vực vùng núi và trung du Bắc Bộ phổ biến tám đến mười một độ xê, vùng núi cao có nơi dưới sáu độ xê;",
    ),
    (
        "khu vực đồng bằng Bắc Bộ phổ biến 12-15 độ C, khu vực Bắc Trung Bộ phổ biến 13-16 độ C.",
        "khu vực đồng bằng Bắc Bộ phổ biến mười hai đến mười lăm độ xê, khu vực Bắc Trung Bộ phổ biến mười ba đến mười sáu độ xê.",
    ),
    ("TP Hà Nội: Có mây, đêm không mưa, ngày nắng.", "thành phố Hà Nội: Có mây, đêm không mưa, ngày nắng."),
    ("nhiệt độ cao nhất 22-24 độ C.", "nhiệt độ cao nhất hai mươi hai đến hai mươi tư độ xê."),
    # https://thanhnien.vn/100-huyen-thanh-pho-mien-bac-nguy-co-cao-lu-quet-sat-lo-dat-185230928155809438.htm
    ("Thanh Lương (Hòa Bình) 216,4 mm;", "Thanh Lương (Hòa Bình) hai trăm mười sáu phẩy bốn mi li mét;"),
    ("Tà Si Láng (Yên Bái) 221 mm...", "Tà Si Láng (Yên Bái) hai trăm hai mươi mốt mi li mét"),
    (
        "Nước lũ tại H.Mù Cang Chải (Yên Bái) hồi tháng 8 vừa qua",
        "Nước lũ tại huyện Mù Cang Chải (Yên Bái) hồi tháng tám vừa qua",
    ),
    (
        "Cơ quan khí tượng cho biết, từ chiều tối 28.9 đến sáng 29.9 khu vực đồng bằng, trung du, Đông Bắc bộ và Thanh Hóa có mưa vừa, mưa to, có nơi mưa rất to với lượng mưa phổ biến 30 - 70 mm, có nơi trên 100 mm.",
        "Cơ quan khí tượng cho biết, từ chiều tối hai mươi tám tháng chín đến sáng hai mươi chín tháng chín khu vực đồng bằng, trung du, Đông Bắc bộ và Thanh Hóa có mưa vừa, mưa to, có nơi mưa rất to với lượng mưa phổ biến ba mươi đến bảy mươi mi li mét, có nơi trên một trăm mi li mét.",
    ),
    # https://baogialai.com.vn/channel/1601/202009/cay-do-de-chet-1-nguoi-29-nguoi-bi-thuong-do-bao-so-5-5700608/
    (
        "Theo Trung tâm dự báo khí tượng thủy văn quốc gia, trong ngày và đêm 18-9, ở các tỉnh từ Hà Tĩnh đến Quảng Ngãi có mưa to đến rất to với lượng mưa phổ biến 100-200mm, có nơi trên 250mm.",
        "Theo Trung tâm dự báo khí tượng thủy văn quốc gia, trong ngày và đêm mười tám tháng chín, ở các tỉnh từ Hà Tĩnh đến Quảng Ngãi có mưa to đến rất to với lượng mưa phổ biến một trăm đến hai trăm mi li mét, có nơi trên hai trăm năm mươi mi li mét.",
    ),
    (
        "Các tỉnh Nam Trung Bộ, Bắc Tây Nguyên có mưa vừa, mưa to với lượng mưa phổ biến 50-100mm/đợt.",
        "Các tỉnh Nam Trung Bộ, Bắc Tây Nguyên có mưa vừa, mưa to với lượng mưa phổ biến năm mươi đến một trăm mi li mét một đợt.",
    ),
    (
        "Từ 18 đến 20-9 ở các tỉnh đồng bằng Bắc Bộ, Thanh Hóa, Nghệ An có mưa vừa, mưa to với lượng mưa phổ biến 100-150mm.",
        "Từ ngày mười tám đến hai mươi tháng chín ở các tỉnh đồng bằng Bắc Bộ, Thanh Hóa, Nghệ An có mưa vừa, mưa to với lượng mưa phổ biến một trăm đến một trăm năm mươi mi li mét.",
    ),
    # https://hatinh24h.com.vn/mien-trung-ung-pho-ap-thap-nhiet-doi-a175131.html
    (
        "Từ nay đến ngày 28-9, khu vực từ Thanh Hóa đến Quảng Bình có mưa to đến rất to với lượng mưa phổ biến từ 200-400 mm, có nơi trên 450 mm.",
        "Từ nay đến ngày hai mươi tám tháng chín, khu vực từ Thanh Hóa đến Quảng Bình có mưa to đến rất to với lượng mưa phổ biến từ hai trăm đến bốn trăm mi li mét, có nơi trên bốn trăm năm mươi mi li mét.",
    ),
    (
        "đã gần bão hòa (trên 95%) hoặc đạt trạng thái bão hòa",
        "đã gần bão hòa (trên chín mươi lăm phần trăm) hoặc đạt trạng thái bão hòa",
    ),
    # https://vtcnews.vn/mua-xoi-xa-nhieu-gio-14-tinh-thanh-tren-ca-nuoc-nguy-co-lu-quet-va-sat-lo-dat-ar959877.html
    (
        "Trung tâm Dự báo khí tượng thuỷ văn quốc gia cho biết, đêm qua và sáng sớm nay (15/8), Bắc Bộ, Thanh Hóa, Nghệ An và cao nguyên Trung Bộ có mưa, mưa vừa và dông, cục bộ mưa to đến rất to.",
        "Trung tâm Dự báo khí tượng thuỷ văn quốc gia cho biết, đêm qua và sáng sớm nay (ngày mười lăm tháng tám), Bắc Bộ, Thanh Hóa, Nghệ An và cao nguyên Trung Bộ có mưa, mưa vừa và dông, cục bộ mưa to đến rất to.",
    ),
    (
        "Lượng mưa từ 19h ngày 14/8 đến 3h ngày 15/8 có nơi trên 90mm như: trạm Khuôn Hà (Tuyên Quang) 115,4mm;",
        "Lượng mưa từ mười chín giờ ngày mười bốn tháng tám đến ba giờ ngày mười lăm tháng tám có nơi trên chín mươi mi li mét như: trạm Khuôn Hà (Tuyên Quang) một trăm mười lăm phẩy bốn mi li mét;",
    ),
    ("trạm Lãng Ngâm (Bắc Ninh) 103,2mm;", "trạm Lãng Ngâm (Bắc Ninh) một trăm linh ba phẩy hai mi li mét;"),
    # https://vietbao.vn/nhiet-do-xuong-1-do-c-dinh-fansipan-xuat-hien-bang-gia-521934.html
    (
        "Sáng sớm 23/12, nhiệt độ tại đỉnh Fansipan, thị xã Sa Pa, tỉnh Lào Cai xuống -1 độ C nên đã xuất hiện một lớp băng mỏng trên mặt đất, cây cỏ.",
        "Sáng sớm hai mươi ba tháng mười hai, nhiệt độ tại đỉnh Fansipan, thị xã Sa Pa, tỉnh Lào Cai xuống âm một độ xê nên đã xuất hiện một lớp băng mỏng trên mặt đất, cây cỏ.",
    ),
    (
        "Lớp băng mỏng xuất hiện dày khoảng 1cm, phủ trắng trên sàn gỗ, cột kèo, cây cỏ.",
        "Lớp băng mỏng xuất hiện dày khoảng một xăng ti mét, phủ trắng trên sàn gỗ, cột kèo, cây cỏ.",
    ),
    (
        "Đến khoảng 7h30, khi nắng lên lúc này băng có dấu hiệu tan.",
        "Đến khoảng bảy giờ ba mươi phút, khi nắng lên lúc này băng có dấu hiệu tan.",
    ),
    (
        "Nhiệt độ đo được lúc 5h ngày 23/12 tại đỉnh Fansipan là -1 độ C (Ảnh: Trần Huy).",
        "Nhiệt độ đo được lúc năm giờ ngày hai mươi ba tháng mười hai tại đỉnh Fansipan là âm một độ xê (Ảnh: Trần Huy).",
    ),
    # https://vnexpress.net/du-khach-thich-thu-khi-thay-tuyet-roi-day-o-sa-pa-4843638.html
    (
        "Lý Văn Chung, làm du lịch tại Sa Pa, cho hay nhiệt độ ở Fansipan sáng 26/1 khoảng âm 3 độ C.",
        "Lý Văn Chung, làm du lịch tại Sa Pa, cho hay nhiệt độ ở Fansipan sáng hai mươi sáu tháng một khoảng âm ba độ xê.",
    ),
    (
        "Đến chiều tuyết mới rơi, khi nhiệt độ quanh mốc 0 độ C.",
        "Đến chiều tuyết mới rơi, khi nhiệt độ quanh mốc không độ xê.",
    ),
    (
        "Cùng lúc, ở trung tâm thị xã Sa Pa, nhiệt độ khoảng 3-4 độ C.",
        "Cùng lúc, ở trung tâm thị xã Sa Pa, nhiệt độ khoảng ba đến bốn độ xê.",
    ),
    # http://phuocloc.tuyphuoc.binhdinh.gov.vn/Index.aspx?L=VN&M=21&P=A02
    (
        "Ngày 16/04/2025, Hội đồng NVQS xã Phước Lộc đã tổ chức đăng ký NVQS lần đầu cho các nam công dân đủ 17 tuổi tại địa phương.",
        "Ngày mười sáu tháng tư năm hai nghìn không trăm hai mươi lăm, Hội đồng nghĩa vụ quân sự xã Phước Lộc đã tổ chức đăng ký nghĩa vụ quân sự lần đầu cho các nam công dân đủ mười bảy tuổi tại địa phương.",
    ),
    (
        "Theo đó, nam công dân đủ 17 tuổi, sinh từ ngày 01/01/2008 đến ngày 31/12/2008, có hộ khẩu thường trú tại địa phương chưa đăng ký NVQS lần đầu phải đăng ký NVQS theo luật định.",
        "Theo đó, nam công dân đủ mười bảy tuổi, sinh từ ngày một tháng một năm hai nghìn không trăm linh tám đến ngày ba mươi mốt tháng mười hai năm hai nghìn không trăm linh tám, có hộ khẩu thường trú tại địa phương chưa đăng ký nghĩa vụ quân sự lần đầu phải đăng ký nghĩa vụ quân sự theo luật định.",
    ),
    (
        "Năm nay, xã Phước Lộc có 145 công dân đủ 17 tuổi trên địa bàn tham gia đăng ký NVQS lần đầu.",
        "Năm nay, xã Phước Lộc có một trăm bốn mươi lăm công dân đủ mười bảy tuổi trên địa bàn tham gia đăng ký nghĩa vụ quân sự lần đầu.",
    ),
    (
        "có 145 thanh niên trên địa bàn xã đủ điều kiện đăng ký đúng theo Luật định, đạt 100%,",
        "có một trăm bốn mươi lăm thanh niên trên địa bàn xã đủ điều kiện đăng ký đúng theo Luật định, đạt một trăm phần trăm",
    ),
    # https://hondat.kiengiangportal.gov.vn/hon-dat-3589-cong-dan-du-dieu-kien-dieu-dong-so-tuyen-kham-suc-khoe-thuc-hien-nvqs-nam-2025
    (
        "thông qua danh sách 609 công dân được miễn, hoãn gọi nhập ngũ và 5.186 công dân hoãn gọi do hoàn cảnh gia đình khó khăn",
        "thông qua danh sách sáu trăm linh chín công dân được miễn, hoãn gọi nhập ngũ và năm nghìn một trăm tám mươi sáu công dân hoãn gọi do hoàn cảnh gia đình khó khăn",
    ),
    # https://kinhtedothi.vn/tp-ho-chi-minh-hang-nghin-thanh-nien-tham-gia-kham-so-tuyen-nghia-vu-quan-su.866117.html
    (
        "Trong 2 ngày 4 và 5/10, nhiều phường trên địa bàn TP Hồ Chí Minh đã đồng loạt tổ chức khám sơ tuyển sức khỏe nghĩa vụ quân sự (NVQS) cho công dân trong độ tuổi thực hiện NVQS.",
        "Trong hai ngày bốn và năm tháng mười, nhiều phường trên địa bàn thành phố Hồ Chí Minh đã đồng loạt tổ chức khám sơ tuyển sức khỏe nghĩa vụ quân sự (nghĩa vụ quân sự) cho công dân trong độ tuổi thực hiện nghĩa vụ quân sự.",
    ),
    ("Khám NVQS tại phường Hòa Lợi sáng 5/10.", "Khám nghĩa vụ quân sự tại phường Hòa Lợi sáng năm tháng mười."),
    (
        "Hội đồng NVQS phường đã tiến hành khám sơ tuyển cho hơn 520 thanh niên.",
        "Hội đồng nghĩa vụ quân sự phường đã tiến hành khám sơ tuyển cho hơn năm trăm hai mươi thanh niên.",
    ),
    (
        "các địa phương tổ chức sơ tuyển theo Thông tư 106/2025 của Bộ Quốc phòng, có hiệu lực từ ngày 30/9, sửa đổi Thông tư 105 về tiêu chuẩn và quy trình khám sức khỏe NVQS.",
        "các địa phương tổ chức sơ tuyển theo Thông tư một trăm linh sáu năm hai nghìn không trăm hai mươi lăm của Bộ Quốc phòng, có hiệu lực từ ngày ba mươi tháng chín, sửa đổi Thông tư một trăm linh năm về tiêu chuẩn và quy trình khám sức khỏe nghĩa vụ quân sự.",
    ),
    # http://45.76.102.104/2024/11/08/da-co-thoi-gian-di-nghia-vu-quan-su-nam-2025-chinh-thuc
    (
        "Tại Hướng dẫn 4705/HD-BQP, Bộ Quốc phòng đã nêu cụ thể mốc thời gian nhập ngũ năm 2025 như sau:",
        "Tại Hướng dẫn bốn nghìn bảy trăm linh năm, Bộ Quốc phòng đã nêu cụ thể mốc thời gian nhập ngũ năm hai nghìn không trăm hai mươi lăm như sau:",
    ),
    (
        "Năm 2025 tiến hành tuyển chọn và gọi công dân nhập ngũ 01 đợt.",
        "Năm hai nghìn không trăm hai mươi lăm tiến hành tuyển chọn và gọi công dân nhập ngũ một đợt.",
    ),
    (
        "Thời gian giao nhận quân từ ngày 13 đến hết ngày 15/02 năm 2025 ( tức từ ngày 16 đến hết ngày 18 tháng Giêng năm Ất Tỵ).",
        "Thời gian giao nhận quân từ ngày mười ba đến hết ngày mười lăm tháng hai năm hai nghìn không trăm hai mươi lăm (tức từ ngày mười sáu đến hết ngày mười tám tháng Giêng năm Ất Tỵ).",
    ),
    # https://www.sggp.org.vn/bi-thu-thanh-uy-tphcm-tran-luu-quang-tiep-xuc-cu-tri-cung-cac-ung-cu-vien-dbqh-post840621.html
    (
        "Đỗ Đức Hiển, ĐBQH khóa XV hoạt động chuyên trách tại Ủy ban Pháp luật và Tư pháp của Quốc hội;",
        "Đỗ Đức Hiển, đại biểu Quốc hội khóa mười lăm hoạt động chuyên trách tại Ủy ban Pháp luật và Tư pháp của Quốc hội;",
    ),
    (
        "Vương Thanh Liễu, Chủ tịch UBND phường Bình Tiên;",
        "Vương Thanh Liễu, Chủ tịch Ủy ban nhân dân phường Bình Tiên;",
    ),
    # https://phunuvietnam.vn/print/hoi-lhpn-tphcm-phat-huy-vai-tro-xay-dung-khoi-dai-doan-ket-toan-dan-toc-20241002142018854.htm
    (
        "Sáng 2/10, Đại hội đại biểu Mặt trận Tổ quốc (MTTQ) Việt Nam TPHCM lần thứ XII, nhiệm kỳ 2024 - 2029, đã khai mạc trọng thể với sự tham dự của 426 đại biểu đại diện cho các tầng lớp Nhân dân TPHCM.",
        "Sáng hai tháng mười, Đại hội đại biểu Mặt trận Tổ quốc (Mặt trận Tổ quốc) Việt Nam Thành phố Hồ Chí Minh lần thứ mười hai, nhiệm kỳ hai nghìn không trăm hai mươi tư đến hai nghìn không trăm hai mươi chín, đã khai mạc trọng thể với sự tham dự của bốn trăm hai mươi sáu đại biểu đại diện cho các tầng lớp Nhân dân Thành phố Hồ Chí Minh.",
    ),
    (
        "Trong đó có 157 đại biểu nữ (chiếm 36,8%) tham dự Đại hội.",
        "Trong đó có một trăm năm mươi bảy đại biểu nữ (chiếm ba mươi sáu phẩy tám phần trăm) tham dự Đại hội.",
    ),
    (
        "Là tổ chức thành viên tích cực của MTTQ, Hội LHPN TPHCM đã có nhiều chương trình phối hợp với Mặt trận",
        "Là tổ chức thành viên tích cực của Mặt trận Tổ quốc, Hội Liên hiệp Phụ nữ Thành phố Hồ Chí Minh đã có nhiều chương trình phối hợp với Mặt trận",
    ),
    # https://www.sggp.org.vn/soi-noi-cong-tac-hoi-va-phong-trao-phu-nu-tai-phuong-tan-thoi-hiep-tphcm-post837934.html
    (
        "Chiều 9-2, Hội LHPN phường Tân Thới Hiệp tổ chức buổi họp mặt cán bộ hội mừng Xuân Bính Ngọ 2026.",
        "Chiều chín tháng hai, Hội Liên hiệp Phụ nữ phường Tân Thới Hiệp tổ chức buổi họp mặt cán bộ hội mừng Xuân Bính Ngọ hai nghìn không trăm hai mươi sáu.",
    ),
    (
        "Với các hoạt động chăm lo Tết Nguyên đán Bính Ngọ, hội đã phối hợp cùng các đơn vị tổ chức nhiều chương trình ý nghĩa như: siêu thị mini 0 đồng;",
        "Với các hoạt động chăm lo Tết Nguyên đán Bính Ngọ, hội đã phối hợp cùng các đơn vị tổ chức nhiều chương trình ý nghĩa như: siêu thị mini không đồng;",
    ),
    (
        "trao tặng quà đến 100 nữ công nhân lao động không có điều kiện về quê đón tết;",
        "trao tặng quà đến một trăm nữ công nhân lao động không có điều kiện về quê đón tết;",
    ),
    (
        "Tổng kinh phí chăm lo Tết Nguyên đán hơn 766 triệu đồng.",
        "Tổng kinh phí chăm lo Tết Nguyên đán hơn bảy trăm sáu mươi sáu triệu đồng.",
    ),
    # https://longxuyen.angiang.gov.vn/phuong-my-binh-hop-mat-ky-niem-ngay-phu-nu-viet-nam-2010-va-truyen-thong-hoi-lien-hiep-thanh-nien
    (
        "Tại buổi họp mặt, các đại biểu đã được ôn lại ý nghĩa lịch sử ngày Phụ nữ Việt Nam 20-10 và truyền thống Hội Liên hiệp thanh niên Việt Nam 15/10",
        "Tại buổi họp mặt, các đại biểu đã được ôn lại ý nghĩa lịch sử ngày Phụ nữ Việt Nam ngày hai mươi tháng mười và truyền thống Hội Liên hiệp thanh niên Việt Nam ngày mười lăm tháng mười",
    ),
    # https://voh.com.vn/chinh-tri-xa-hoi/pho-chu-tich-mttq-thanh-pho-luong-bach-van-du-ngay-hoi-dai-doan-ket-tai-khu-pho-2-phuong-2-quan-4-113646.html
    (
        "Tối qua 12/11, Phó Chủ tịch MTTQ Thành phố Lương Bạch Vân đã đến dự ngày hội Đại đoàn kết tại Khu phố 2, phường 2, quận 4.",
        "Tối qua ngày mười hai tháng mười một, Phó Chủ tịch Mặt trận Tổ quốc Thành phố Lương Bạch Vân đã đến dự ngày hội Đại đoàn kết tại Khu phố hai, phường hai, quận bốn.",
    ),
    (
        "Ngày hội Đại đoàn kết diễn ra trong không khí cả nước cùng hướng về kỷ niệm 80 năm ngày thành lập Mặt trận dân tộc thống nhất Việt Nam (18/11/1930 - 18/11/2010).",
        "Ngày hội Đại đoàn kết diễn ra trong không khí cả nước cùng hướng về kỷ niệm tám mươi năm ngày thành lập Mặt trận dân tộc thống nhất Việt Nam (ngày mười tám tháng mười một năm một nghìn chín trăm ba mươi đến ngày mười tám tháng mười một năm hai nghìn không trăm mười).",
    ),
    # https://daidoanket.vn/print/10005544.html
    ("Ngày 16-4, tại TP.", "Ngày mười sáu tháng tư, tại thành phố"),
    (
        "Đây là chương trình do MTTQ TP.HCM đứng ra tổ chức",
        "Đây là chương trình do Mặt trận Tổ quốc Thành phố Hồ Chí Minh đứng ra tổ chức",
    ),
    # https://www.vietnamplus.vn/nhieu-luat-quan-trong-co-hieu-luc-tu-ngay-112026-post1085931.vnp
    (
        "Ngoài ra, Kỳ họp thứ 10, Quốc hội đã xem xét, thông qua 51 luật, 8 nghị quyết quy phạm pháp luật, trong đó, nhiều Luật sẽ có hiệu lực ngay từ ngày 1/1/2026.",
        "Ngoài ra, Kỳ họp thứ mười, Quốc hội đã xem xét, thông qua năm mươi mốt luật, tám nghị quyết quy phạm pháp luật, trong đó, nhiều Luật sẽ có hiệu lực ngay từ ngày một tháng một năm hai nghìn không trăm hai mươi sáu.",
    ),
    ("Luật Nhà giáo có 9 chương, 42 điều.", "Luật Nhà giáo có chín chương, bốn mươi hai điều."),
    # https://www.vietnamplus.vn/cong-bo-lenh-cua-chu-tich-nuoc-ve-14-luat-va-1-phap-lenh-post1086025.vnp
    (
        "Chiều 31/12, tại Phủ Chủ tịch, Văn phòng Chủ tịch nước tổ chức họp báo công bố Lệnh của Chủ tịch nước công bố các luật, pháp lệnh đã được Quốc hội, Ủy ban Thường vụ Quốc hội khóa XV thông qua.",
        "Chiều ba mươi mốt tháng mười hai, tại Phủ Chủ tịch, Văn phòng Chủ tịch nước tổ chức họp báo công bố Lệnh của Chủ tịch nước công bố các luật, pháp lệnh đã được Quốc hội, Ủy ban Thường vụ Quốc hội khóa mười lăm thông qua.",
    ),
    (
        "14 luật và 1 pháp lệnh này gồm: Luật An ninh mạng;",
        "mười bốn luật và một pháp lệnh này gồm: Luật An ninh mạng;",
    ),
    ("Luật An ninh mạng có 8 chương, 45 điều.", "Luật An ninh mạng có tám chương, bốn mươi lăm điều."),
    # https://nghean24h.vn/can-biet-huong-dan-dang-ky-va-kich-hoat-tai-khoan-dinh-danh-dien-tu-vneid-a701640.html
    (
        "Tải và cài đặt ứng dụng VNeID di động: Vào kho ứng dụng App Store với thiết bị Iphone hoặc Google Play với thiết bị Android đểtải ứng dụng VNeID.",
        "Tải và cài đặt ứng dụng vê en e ai đi di động: Vào kho ứng dụng áp Store với thiết bị Iphone hoặc Gu gồ Play với thiết bị Android đểtải ứng dụng vê en e ai đi.",
    ),
    (
        "Đăng ký tài khoản định danh điện tử mức 1 thông qua ứng dụng VNeID di động:",
        "Đăng ký tài khoản định danh điện tử mức một thông qua ứng dụng vê en e ai đi di động:",
    ),
    (
        "Nếu kết quả Đạt, bạn sẽ nhận được tin nhắn SMS gửi đến số điện thoại đã đăng ký.",
        "Nếu kết quả Đạt, bạn sẽ nhận được tin nhắn ét em ét gửi đến số điện thoại đã đăng ký.",
    ),
    (
        'Nội dung tin nhắn mẫu như sau: "Cuc Canh sat QLHC ve TTXH thong bao: Ho so dang ky tai khoan dinh danh dien tu cua cong dan **** da duoc phe duyet.',
        "Nội dung tin nhắn mẫu như sau: Cuc Canh sat quản lý hành chính ve trật tự xã hội thong bao: Ho so dang ky tai khoan dinh danh dien tu cua cong dan da duoc phe duyet.",
    ),
    (
        'De nghi truy cap ung dung VNeID hoac dia chi https://vneid.gov.vn de kich hoat tai khoan".',
        "De nghi truy cap ung dung vê en e ai đi hoac dia chi vê en e ai đi chấm gốp chấm vê en de kich hoat tai khoan.",
    ),
    # https://www.thitruonghanghoa.com/tin-tuc/xuat-hien-hang-loat-tin-nhan-lua-dao-tu-sms-brand-ngan-hang-149694.html
    (
        "Ngân hàng ACB mới đây phát cảnh báo có các tin nhắn SMS mạo danh ACB gửi đến khách hàng nhằm mục đích lừa đảo.",
        "Ngân hàng a xê bê mới đây phát cảnh báo có các tin nhắn ét em ét mạo danh a xê bê gửi đến khách hàng nhằm mục đích lừa đảo.",
    ),
    (
        "Các yêu cầu cung cấp thông tin hoặc số OTP hoặc mời bấm link đều là giả mạo.",
        "Các yêu cầu cung cấp thông tin hoặc số ô tê pê hoặc mời bấm linh đều là giả mạo.",
    ),
    (
        "ACB đề nghị khách hàng cảnh giác và chỉ giao dịch với ACB qua các kênh chính thức: ứng dụng ACB, website online.acb.com.vn .",
        "a xê bê đề nghị khách hàng cảnh giác và chỉ giao dịch với a xê bê qua các kênh chính thức: ứng dụng a xê bê, oép sai on lai chấm a xê bê chấm com chấm vê en.",
    ),
    (
        '"Neu khong phai ban dang tieu dung vui long nhap vao http://v-acb.com đe huy thanh toan"',
        "Neu khong phai ban dang tieu dung vui long nhap vao vê gạch ngang a xê bê chấm com đe huy thanh toan",
    ),
    (
        '"vui long dang nhap https://vn-sacombank.com de xac nhan thong tin va thay doi mat khau"',
        "vui long dang nhap vê en gạch ngang sacombank chấm com de xac nhan thong tin va thay doi mat khau",
    ),
    # https://thanhnien.vn/canh-bao-chieu-moi-cuop-quyen-dieu-khien-dien-thoai-185250821234247009.htm
    (
        "Báo cáo qua tổng đài Chongluadao.vn, nhiều người dùng cho biết thời gian gần đây thường xuyên nhận được cuộc gọi từ số điện thoại hiển thị tên",
        "Báo cáo qua tổng đài chống lừa đảo chấm vê en, nhiều người dùng cho biết thời gian gần đây thường xuyên nhận được cuộc gọi từ số điện thoại hiển thị tên",
    ),
    (
        "thu thập thông tin cá nhân như số CCCD, thông tin tài khoản ngân hàng",
        "thu thập thông tin cá nhân như số căn cước công dân, thông tin tài khoản ngân hàng",
    ),
    (
        "Kết quả phân tích từ website Chongluadao.vn cho thấy, cuộc gọi đến từ số điện thoại di động 0782359439, 0765011538 với tên hiển thị",
        "Kết quả phân tích từ oép sai chống lừa đảo chấm vê en cho thấy, cuộc gọi đến từ số điện thoại di động không bảy tám hai, ba năm chín, bốn ba chín, không bảy sáu năm, không một một, năm ba tám với tên hiển thị",
    ),
    # https://baotravinh.vn/an-ninh-quoc-phong/mat-tien-vi-lam-cong-tac-vien-mua-ban-hang-23302.html
    (
        "Vào ngày 19/7/2022, tài khoản Facebook tên “U02 - Yody Tuyển dụng CTV Onl” nhắn vào tài khoản Facebook của chị N (huyện Châu Thành, tỉnh Trà Vinh) hỏi “có muốn kiếm tiền qua mạng không”, chị N trả lời “có”.",
        "Vào ngày mười chín tháng bảy năm hai nghìn không trăm hai mươi hai, tài khoản Phây búc tên u không hai - Yody Tuyển dụng cộng tác viên Onl nhắn vào tài khoản Phây búc của chị en-nờ (huyện Châu Thành, tỉnh Trà Vinh) hỏi có muốn kiếm tiền qua mạng không, chị en-nờ trả lời có.",
    ),
    (
        "Theo đó, một đối tượng tự xưng là Hoàng Anh Tú, sử dụng số điện thoại 0922.368.801 liên lạc, kết bạn zalo với chị N và hướng dẫn chị N làm các thủ tục đăng ký làm cộng tác viên.",
        "Theo đó, một đối tượng tự xưng là Hoàng Anh Tú, sử dụng số điện thoại không chín hai hai, ba sáu tám, tám không một liên lạc, kết bạn Da lô với chị en-nờ và hướng dẫn chị en-nờ làm các thủ tục đăng ký làm cộng tác viên.",
    ),
    (
        "03 đơn hàng đầu tiên, chị N được nhận tiền gốc và tiền hoa hồng như đã thỏa thuận.",
        "ba đơn hàng đầu tiên, chị en-nờ được nhận tiền gốc và tiền hoa hồng như đã thỏa thuận.",
    ),
    (
        "Đến đơn hàng thứ 4, chị N đã chuyển thanh toán đơn hàng trị giá 4,85 triệu đồng vào tài khoản số 67910000550414, chủ tài khoản: Nguyễn Phương Mai Quyên thuộc ngân hàng BIDV nhưng không nhận được tiền trả lại.",
        "Đến đơn hàng thứ tư, chị en-nờ đã chuyển thanh toán đơn hàng trị giá bốn phẩy tám mươi lăm triệu đồng vào tài khoản số sáu bảy chín một, không không không không, năm năm không bốn, một bốn, chủ tài khoản: Nguyễn Phương Mai Quyên thuộc ngân hàng bê i đê vê nhưng không nhận được tiền trả lại.",
    ),
    # https://laws.com.vn/canh-bao-sap-bay-lua-dao-viec-nhe-luong-cao-tu-nhiem-vu-online-nhan-hoa-hong
    (
        "Thời gian gần đây, hình thức lừa đảo tuyển cộng tác viên (CTV) làm nhiệm vụ online để nhận hoa hồng đang nở rộ và diễn biến phức tạp trên không gian mạng.",
        "Thời gian gần đây, hình thức lừa đảo tuyển cộng tác viên (cộng tác viên) làm nhiệm vụ on lai để nhận hoa hồng đang nở rộ và diễn biến phức tạp trên không gian mạng.",
    ),
    (
        "Chúng đăng tin tuyển CTV trên mạng xã hội (Facebook, Zalo…), gửi tin nhắn SMS, hoặc thậm chí gọi điện trực tiếp.",
        "Chúng đăng tin tuyển cộng tác viên trên mạng xã hội (Phây búc, Da lô), gửi tin nhắn ét em ét, hoặc thậm chí gọi điện trực tiếp.",
    ),
    (
        "Khi có người liên hệ, kẻ lừa đảo sẽ yêu cầu kết bạn Zalo, Telegram và thêm vào các nhóm chat.",
        "Khi có người liên hệ, kẻ lừa đảo sẽ yêu cầu kết bạn Da lô, Tê lê gram và thêm vào các nhóm chat.",
    ),
    # https://kenh14.vn/cong-an-ra-canh-bao-nong-tat-ca-nguoi-dan-khi-nhan-duoc-tin-nhan-nay-dac-biet-chu-y-215260106092431584.chn
    (
        "Các đối tượng đánh vào tâm lý ham lợi, tạo áp lực về thời gian, dẫn dụ nạn nhân truy cập website giả mạo có giao diện giống cơ quan, doanh nghiệp chính thống, sau đó yêu cầu nhập thông tin ngân hàng, mật khẩu và mã OTP.",
        "Các đối tượng đánh vào tâm lý ham lợi, tạo áp lực về thời gian, dẫn dụ nạn nhân truy cập oép sai giả mạo có giao diện giống cơ quan, doanh nghiệp chính thống, sau đó yêu cầu nhập thông tin ngân hàng, mật khẩu và mã ô tê pê.",
    ),
    # https://cafef.vn/xuat-hien-hang-loat-thu-doan-lua-dao-moi-lien-quan-den-chuyen-tien-nguoi-dan-dac-biet-chu-y-188260212123436413.chn
    (
        "Chúng cam kết hỗ trợ lấy lại tiền nhanh chóng, từ đó yêu cầu nạn nhân sử dụng ứng dụng ngân hàng quét mã QR với lý do xác minh thông tin, truy cập đường link lạ hoặc cung cấp mã OTP.",
        "Chúng cam kết hỗ trợ lấy lại tiền nhanh chóng, từ đó yêu cầu nạn nhân sử dụng ứng dụng ngân hàng quét mã kiu a với lý do xác minh thông tin, truy cập đường linh lạ hoặc cung cấp mã ô tê pê.",
    ),
    (
        "Sau khi nạn nhân quét mã QR sẽ thực hiện lệnh chuyển toàn bộ số dư hiện có.",
        "Sau khi nạn nhân quét mã kiu a sẽ thực hiện lệnh chuyển toàn bộ số dư hiện có.",
    ),
    (
        "Điển hình là vụ án Lê Thanh Vũ bị Công an tỉnh Hà Tĩnh khởi tố cuối năm 2024 về hành vi lừa đảo chiếm đoạt tài sản qua mạng.",
        "Điển hình là vụ án Lê Thanh Vũ bị Công an tỉnh Hà Tĩnh khởi tố cuối năm hai nghìn không trăm hai mươi tư về hành vi lừa đảo chiếm đoạt tài sản qua mạng.",
    ),
    # https://soha.vn/giat-minh-tin-nhan-khoa-tai-khoan-ngay-tet-cu-lua-tien-ty-chi-sau-mot-cu-cham-198260217083246368.htm
    (
        'điện thoại của nhiều người bất ngờ nhận được tin nhắn từ đầu số (Brandname) của ngân hàng với nội dung đầy tính đe dọa: "Tài khoản của Quý khách sẽ bị khóa sau 24h do chưa cập nhật định danh/sinh trắc học.',
        "điện thoại của nhiều người bất ngờ nhận được tin nhắn từ đầu số (Brandname) của ngân hàng với nội dung đầy tính đe dọa: Tài khoản của Quý khách sẽ bị khóa sau hai mươi tư giờ do chưa cập nhật định danh hoặc sinh trắc học.",
    ),
    (
        "Mới đây nhất, cơ quan công an đã ghi nhận nhiều trường hợp nạn nhân tại các thành phố lớn như Hà Nội và TP.HCM bị chiếm đoạt hàng trăm triệu đồng",
        "Mới đây nhất, cơ quan công an đã ghi nhận nhiều trường hợp nạn nhân tại các thành phố lớn như Hà Nội và Thành phố Hồ Chí Minh bị chiếm đoạt hàng trăm triệu đồng",
    ),
    (
        "Các đường link này (thường có đuôi lạ như .top, .vip, .xyz...) dẫn đến một trang web có giao diện giống hệt website ngân hàng, dụ người dùng nhập tên đăng nhập, mật khẩu và quan trọng nhất là mã OTP.",
        "Các đường linh này (thường có đuôi lạ như chấm top, chấm vip, chấm ích i dài dét) dẫn đến một trang oép có giao diện giống hệt oép sai ngân hàng, dụ người dùng nhập tên đăng nhập, mật khẩu và quan trọng nhất là mã ô tê pê.",
    ),
    # http://doanhnghiephoinhap.vn/bo-cong-an-canh-bao-tin-nhan-gia-mao-ngan-hang-de-lua-chiem-doat-tien-trong-tai-khoan.html
    (
        "Thứ bảy 31/01/2026 12:31",
        "Thứ bảy ngày ba mươi mốt tháng một năm hai nghìn không trăm hai mươi sáu, mười hai giờ ba mươi mốt phút",
    ),
    ("Hotline: 024.355.63.010", "hót lai: không hai bốn, ba năm năm, sáu ba, không một không"),
    ("Email: banbientap.dnhn@gmail.com", "i meo: ban biên tập chấm đê en-nờ hát en-nờ a còng gờ meo chấm com"),
    (
        "Theo Bộ Công an, thời gian qua, đã có nhiều người dân bị các đối tượng phạm tội dùng thủ đoạn giả mạo tin nhắn thương hiệu (SMS Brand Name) để chiếm đoạt tài sản với số tiền lớn.",
        "Theo Bộ Công an, thời gian qua, đã có nhiều người dân bị các đối tượng phạm tội dùng thủ đoạn giả mạo tin nhắn thương hiệu (ét em ét Brand Name) để chiếm đoạt tài sản với số tiền lớn.",
    ),
    # https://congan.daklak.gov.vn/savefile/lich-su-truyen-thong/ang-ky-tai-khoan-inh-danh-ien-tu-muc-o-2-oi-voi-cong-dan-viet-nam-tai-cong-an-cap-xa-8827.html
    (
        "Trang thông tin điện tử Công an tỉnh Đắk Lắk [banbientap@congan.daklak.gov.vn]",
        "Trang thông tin điện tử Công an tỉnh Đắk Lắk [ban biên tập a còng công an chấm đắk lắk chấm gốp chấm vê en]",
    ),
    # https://www.24h.com.vn/an-ninh-xa-hoi/cong-an-tphcm-cuu-nu-sinh-bi-cong-an-dom-ban-online-qua-campuchia-c51a1686067.html
    (
        "Từ những vụ việc này, Công an TP.HCM khuyến cáo không có cơ quan chức năng nào làm việc qua mạng xã hội hay yêu cầu công dân chuyển tiền phục vụ điều tra.",
        "Từ những vụ việc này, Công an Thành phố Hồ Chí Minh khuyến cáo không có cơ quan chức năng nào làm việc qua mạng xã hội hay yêu cầu công dân chuyển tiền phục vụ điều tra.",
    ),
    (
        "“Bất kỳ cuộc gọi nào tự xưng công an, yêu cầu chuyển tiền, cài app, rời khỏi nhà đều là lừa đảo.",
        "Bất kỳ cuộc gọi nào tự xưng công an, yêu cầu chuyển tiền, cài áp, rời khỏi nhà đều là lừa đảo.",
    ),
    # https://baoxaydung.vn/print/tphcm-ngung-nhan-ho-so-thu-tuc-hanh-chinh-tai-so-nganh-tu-ngay-27-12-192251223160445285.htm
    (
        "TP.HCM: Ngừng nhận hồ sơ thủ tục hành chính tại sở, ngành từ ngày 27/12",
        "Thành phố Hồ Chí Minh: Ngừng nhận hồ sơ thủ tục hành chính tại sở, ngành từ ngày hai mươi bảy tháng mười hai",
    ),
    (
        "23/12/2025, 16:29",
        "ngày hai mươi ba tháng mười hai năm hai nghìn không trăm hai mươi lăm, mười sáu giờ hai mươi chín phút",
    ),
    (
        "UBND TP.HCM vừa có thông báo về việc kết thúc tiếp nhận hồ sơ thủ tục hành chính tại sở, ban, ngành và thực hiện tiếp nhận, trả kết quả hồ sơ hành chính tại Trung tâm Phục vụ hành chính công TP.HCM.",
        "Ủy ban nhân dân Thành phố Hồ Chí Minh vừa có thông báo về việc kết thúc tiếp nhận hồ sơ thủ tục hành chính tại sở, ban, ngành và thực hiện tiếp nhận, trả kết quả hồ sơ hành chính tại Trung tâm Phục vụ hành chính công Thành phố Hồ Chí Minh.",
    ),
    # https://evn.com.vn/vi-VN/news-l/Thong-bao-va-khuyen-nghi-60-134
    ("08:22, 12/02/2025", "tám giờ hai mươi hai phút, ngày mười hai tháng hai năm hai nghìn không trăm hai mươi lăm"),
    # https://amp.vtcnews.vn/bat-nhom-quai-xe-mang-hung-khi-nao-loan-duong-pho-ar966085.html
    (
        "Ngày 18/9, Cơ quan CSĐT Công an tỉnh Nghệ An cho biết vừa ra quyết định khởi tố vụ án, khởi tố bị can và bắt tạm giam 8 đối tượng về tội Gây rối trật tự công cộng.",
        "Ngày mười tám tháng chín, Cơ quan cảnh sát điều tra Công an tỉnh Nghệ An cho biết vừa ra quyết định khởi tố vụ án, khởi tố bị can và bắt tạm giam tám đối tượng về tội Gây rối trật tự công cộng.",
    ),
    (
        "Tang vật thu giữ gồm 2 xe mô tô, 2 thanh kiếm và một số đồ vật khác.",
        "Tang vật thu giữ gồm hai xe mô tô, hai thanh kiếm và một số đồ vật khác.",
    ),
    # https://1022.tphcm.gov.vn/gop-y-pa/moduleId/467/phananhID/PHA230300003416/controller/Portal/action/Detail
    (
        "Nhờ Cơ quan chức năng đến xử lý giúp, Tại địa chỉ: Hát tại Công viên Hoa Phượng, KCN Tân Bình, Đường C7 P.Tây Thạnh Tân Phú.",
        "Nhờ Cơ quan chức năng đến xử lý giúp, Tại địa chỉ: Hát tại Công viên Hoa Phượng, khu công nghiệp Tân Bình, Đường xê bảy phường Tây Thạnh Tân Phú.",
    ),
    # https://247news.vn/hon-3-900-thanh-nien-o-dai-loc-du-dieu-kien-goi-kham-tuyen-nghia-vu-quan-su/
    (
        "Hội đồng Nghĩa vụ quân sự (NVQS) huyện Đại Lộc vừa hội nghị xét duyệt thực lực công dân sẵn sàng nhập ngũ năm 2022.",
        "Hội đồng Nghĩa vụ quân sự (nghĩa vụ quân sự) huyện Đại Lộc vừa hội nghị xét duyệt thực lực công dân sẵn sàng nhập ngũ năm hai nghìn không trăm hai mươi hai.",
    ),
    (
        "Trong đó có 180 thanh niên được miễn làm NVQS;",
        "Trong đó có một trăm tám mươi thanh niên được miễn làm nghĩa vụ quân sự;",
    ),
    (
        "có 2.669 thanh niên được tạm hoãn thực hiện NVQS theo quy định và 3.976 thanh niên đủ điều kiện gọi khám chính thức.",
        "có hai nghìn sáu trăm sáu mươi chín thanh niên được tạm hoãn thực hiện nghĩa vụ quân sự theo quy định và ba nghìn chín trăm bảy mươi sáu thanh niên đủ điều kiện gọi khám chính thức.",
    ),
    (
        "Hội đồng NVQS huyện và các xã/thị trấn cần tập trung nắm chắc nguồn thanh niên trong độ tuổi thi hành NVQS",
        "Hội đồng nghĩa vụ quân sự huyện và các xã hoặc thị trấn cần tập trung nắm chắc nguồn thanh niên trong độ tuổi thi hành nghĩa vụ quân sự",
    ),
    # https://quandoantanbinh.vn/phuong-3-thuc-hien-duong-co-to-quoc/
    (
        "Kỷ niệm 131 năm ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890-19/5/2021).",
        "Kỷ niệm một trăm ba mươi mốt năm ngày sinh Chủ tịch Hồ Chí Minh (ngày mười chín tháng năm năm một nghìn tám trăm chín mươi đến ngày mười chín tháng năm năm hai nghìn không trăm hai mươi mốt).",
    ),
    # https://www.quanlynhanuoc.vn/?p=50982
    (
        "Ngày 16/02/1947, Chủ tịch Hồ Chí Minh đã ký Sắc lệnh số 20-SL quy định chế độ hưu bổng thương tật, tiền tuất cho thân nhân tử sĩ.",
        "Ngày mười sáu tháng hai năm một nghìn chín trăm bốn mươi bảy, Chủ tịch Hồ Chí Minh đã ký Sắc lệnh số hai mươi quy định chế độ hưu bổng thương tật, tiền tuất cho thân nhân tử sĩ.",
    ),
    (
        "Đến tháng 6/1947, Người ra chỉ thị cho các ban, ngành chọn một ngày trong năm làm Ngày Thương binh.",
        "Đến tháng sáu năm một nghìn chín trăm bốn mươi bảy, Người ra chỉ thị cho các ban, ngành chọn một ngày trong năm làm Ngày Thương binh.",
    ),
    (
        "cùng thống nhất lấy ngày 27/7 hằng năm là Ngày Thương binh toàn quốc.",
        "cùng thống nhất lấy ngày hai mươi bảy tháng bảy hằng năm là Ngày Thương binh toàn quốc.",
    ),
    (
        "Giai đoạn từ 1947 – 1954, Đảng lãnh đạo Nhà nước ban hành 24 văn bản dưới hình thức sắc lệnh, nghị định, thông tư hướng dẫn về thực hiện chính sách, chế độ đối với người có công.",
        "Giai đoạn từ một nghìn chín trăm bốn mươi bảy đến một nghìn chín trăm năm mươi tư, Đảng lãnh đạo Nhà nước ban hành hai mươi tư văn bản dưới hình thức sắc lệnh, nghị định, thông tư hướng dẫn về thực hiện chính sách, chế độ đối với người có công.",
    ),
    # https://mekongasean.vn/de-bao-chi-la-chien-si-tien-phong-tren-mat-tran-bao-ve-nen-tang-tu-tuong-cua-dang-post34960.html
    (
        "Ngày 22/10/2018, Bộ Chính trị khoá XII đã ban hành Nghị q",
        "Ngày hai mươi hai tháng mười năm hai nghìn không trăm mười tám, Bộ Chính trị khoá mười hai đã ban hành Nghị q",
    ),
    # https://vtv.vn/xa-hoi/gia-tang-so-vu-gia-danh-can-bo-dien-luc-doi-tien-dien-trong-mua-dich-20210622142704369.htm
    (
        '"Tuy nhiên, tôi có đăng ký trích nợ tự động qua ngân hàng, nên tôi đã báo cho Điện lực Đông Hòa xác minh" - ông Huỳnh Kim Sinh (KP Phú Thọ 2, phường Hòa Hiệp Trung, TX.',
        "Tuy nhiên, tôi có đăng ký trích nợ tự động qua ngân hàng, nên tôi đã báo cho Điện lực Đông Hòa xác minh - ông Huỳnh Kim Sinh (khu phố Phú Thọ hai, phường Hòa Hiệp Trung, thị xã",
    ),
    (
        "Ông Sinh chỉ là 1 trong 4 trường hợp bị các đối tượng giả danh cán bộ điện lực để đòi tiền điện ở thị xã Đông Hòa trong vòng 1 tháng qua.",
        "Ông Sinh chỉ là một trong bốn trường hợp bị các đối tượng giả danh cán bộ điện lực để đòi tiền điện ở thị xã Đông Hòa trong vòng một tháng qua.",
    ),
    (
        "Chỉ trong tháng 5, trên địa bàn tỉnh đã có 11 trường hợp giả danh được khách hàng phản ánh về tổng đài 19001909 và hàng chục trường hợp phản ánh trực tiếp với điện lực các huyện.",
        "Chỉ trong tháng năm, trên địa bàn tỉnh đã có mười một trường hợp giả danh được khách hàng phản ánh về tổng đài một chín không không một chín không chín và hàng chục trường hợp phản ánh trực tiếp với điện lực các huyện.",
    ),
    # https://cafef.vn/tong-cong-ty-dien-luc-tp-hcm-co-thong-bao-quan-trong-voi-khach-hang-188250917141649475.chn
    (
        "Ngày 17-9, Tổng Công ty Điện lực TP HCM cho biết đã có thông báo gửi đến khách hàng về chiêu lừa của tội phạm công nghệ cao.",
        "Ngày mười bảy tháng chín, Tổng Công ty Điện lực thành phố Hồ Chí Minh cho biết đã có thông báo gửi đến khách hàng về chiêu lừa của tội phạm công nghệ cao.",
    ),
    (
        "đồng thời liên hệ ngay tổng đài 1900545454 hoặc email cskh@hcmpc.com.vn;",
        "đồng thời liên hệ ngay tổng đài một chín không không, năm bốn năm, bốn năm bốn hoặc i meo xê ét ca hát a còng hát xê em-mờ pê xê chấm com chấm vê en;",
    ),
    # https://tinmoi.org/cong-nghe/mot-nguoi-dan-ong-binh-dinh-bat-ngo-tranh-duoc-bay-lua-dao-nho-tai-khoan-ngan-hang-khong-con-tien-de-chuyen
    (
        "Nếu khách hàng làm sớm sẽ được hoàn 15% tiền điện.",
        "Nếu khách hàng làm sớm sẽ được hoàn mười lăm phần trăm tiền điện.",
    ),
    (
        "Ông T cho biết đã kết bạn Zalo, cài app từ một đường link do người tự xưng nhân viên điện lực hướng dẫn thông qua video call.",
        "Ông tê cho biết đã kết bạn Da lô, cài áp từ một đường linh do người tự xưng nhân viên điện lực hướng dẫn thông qua video call.",
    ),
    (
        "Khi thao tác thì màn hình hiện lên mã chuyển tiền QR nhưng do tài khoản ông T không còn tiền để chuyển nên không bị mất.",
        "Khi thao tác thì màn hình hiện lên mã chuyển tiền kiu a nhưng do tài khoản ông tê không còn tiền để chuyển nên không bị mất.",
    ),
    (
        "Còn ông Đ.H.S trú thành phố Quy Nhơn nhận điện thoại từ số máy 0917896904 do một người đàn ông tự giới thiệu tên là Nam làm ở điện lực",
        "Còn ông đê hát ét trú thành phố Quy Nhơn nhận điện thoại từ số máy không chín một bảy, tám chín sáu, chín không bốn do một người đàn ông tự giới thiệu tên là Nam làm ở điện lực",
    ),
    (
        "Sau khi thực hiện xong thao tác trên thì tài khoản của ông S đã mất hơn 114 triệu đồng.",
        "Sau khi thực hiện xong thao tác trên thì tài khoản của ông ét đã mất hơn một trăm mười bốn triệu đồng.",
    ),
    (
        "Anh T kể, vừa qua có hai người đàn ông mặc đồ nhân viên điện lực đến chào bán 02 cây thang nhôm.",
        "Anh tê kể, vừa qua có hai người đàn ông mặc đồ nhân viên điện lực đến chào bán hai cây thang nhôm.",
    ),
    # https://vietnamnet.vn/tai-khoan-bi-tru-gan-700-trieu-sau-cuoc-goi-cua-nhan-vien-dien-luc-2377889.html
    (
        "Tháng 2/2025, chị P.T.H (trú phường Nghi Hương, TP Vinh) nhận được cuộc gọi từ số điện thoại lạ tự xưng là nhân viên điện lực, thông báo gia đình chị đang nợ tiền điện.",
        "tháng hai năm hai nghìn không trăm hai mươi lăm, chị pê tê hát (trú phường Nghi Hương, thành phố Vinh) nhận được cuộc gọi từ số điện thoại lạ tự xưng là nhân viên điện lực, thông báo gia đình chị đang nợ tiền điện.",
    ),
    (
        "Đối tượng này thúc giục chị H. phải nhanh chóng đóng tiền điện thông qua ứng dụng được gửi vào tài khoản Zalo, nếu không sẽ bị cắt điện.",
        "Đối tượng này thúc giục chị hát phải nhanh chóng đóng tiền điện thông qua ứng dụng được gửi vào tài khoản Da lô, nếu không sẽ bị cắt điện.",
    ),
    (
        "Lo ngại việc cắt điện sẽ ảnh hưởng đến công việc cũng như sinh hoạt của gia đình, chị H. đã đăng nhập vào liên kết mà đối tượng gửi.",
        "Lo ngại việc cắt điện sẽ ảnh hưởng đến công việc cũng như sinh hoạt của gia đình, chị hát đã đăng nhập vào liên kết mà đối tượng gửi.",
    ),
    (
        "Ngay lập tức, tài khoản ngân hàng của chị H. bị trừ gần 700 triệu đồng.",
        "Ngay lập tức, tài khoản ngân hàng của chị hát bị trừ gần bảy trăm triệu đồng.",
    ),
    # https://vietnamdaily.kienthuc.net.vn/tuyet-doi-khong-lam-theo-yeu-cau-nay-neu-gap-doi-tuong-gia-danh-can-bo-dien-luc-post1555176.html
    (
        "Trong cuộc gọi, đối tượng tự nhận là nhân viên chăm sóc khách hàng và đưa ra thông tin sai lệch rằng từ tháng 7/2025, toàn bộ mã khách hàng cũ sẽ bị hủy, thay bằng mã mới.",
        "Trong cuộc gọi, đối tượng tự nhận là nhân viên chăm sóc khách hàng và đưa ra thông tin sai lệch rằng từ tháng bảy năm hai nghìn không trăm hai mươi lăm, toàn bộ mã khách hàng cũ sẽ bị hủy, thay bằng mã mới.",
    ),
    (
        "Trước đó, tổng công ty Điện lực TP Hà Nội (EVNHANOI) cũng cảnh báo tình trạng gia tăng các vụ giả mạo nhân viên điện lực để lừa đảo chiếm đoạt tài sản khách hàng",
        "Trước đó, tổng công ty Điện lực thành phố Hà Nội (e vê en Hà Nội) cũng cảnh báo tình trạng gia tăng các vụ giả mạo nhân viên điện lực để lừa đảo chiếm đoạt tài sản khách hàng",
    ),
    # https://ngoquyen.haiphong.gov.vn/Phong-chong-dich/Sang-ngay-1752022-tai-Tram-Y-Te-Phuong-Dang-Giang-phu-huynh-cac-be-5-tuoi-Truong-Mau-giao-Sao-Sang-7-da-dua-con-den-Tram-Y-Te-de-tiem-vacxin-phong-Cov-93535.html
    (
        "Thời gian: 17/05/2022 10:12",
        "Thời gian: ngày mười bảy tháng năm năm hai nghìn không trăm hai mươi hai, mười giờ mười hai phút",
    ),
    (
        "Thực hiện Kế hoạch số 141/KH-UBND ngày 21 tháng 7 năm 2021 Ủy ban nhân dân Quận Ngô Quyền triển khai chiến dịch tiêm vắc xin phòng Covid- 19 giai đoạn 2021-2022 trên địa bàn Quận Ngô Quyền;",
        "Thực hiện Kế hoạch số một trăm bốn mươi mốt ngày hai mươi mốt tháng bảy năm hai nghìn không trăm hai mươi mốt Ủy ban nhân dân Quận Ngô Quyền triển khai chiến dịch tiêm vắc xin phòng Cô-vít mười chín giai đoạn hai nghìn không trăm hai mươi mốt đến hai nghìn không trăm hai mươi hai trên địa bàn Quận Ngô Quyền;",
    ),
    (
        "Địa chỉ: Số 19 Đà Nẵng - Ngô Quyền - Thành phố Hải Phòng",
        "Địa chỉ: Số mười chín Đà Nẵng - Ngô Quyền - Thành phố Hải Phòng",
    ),
    (
        "Trưởng ban biên tập: Vũ Phi Tùng - Chánh Văn phòng HĐND & UBND quận",
        "Trưởng ban biên tập: Vũ Phi Tùng - Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân quận",
    ),
    ("Điện thoại: 02253.836.786", "Điện thoại: không hai hai năm ba, tám ba sáu, bảy tám sáu"),
    # https://congan.com.vn/doi-song/bao-yagi-co-the-manh-len-toi-cap-14-giat-cap-17_166799.html
    ("Thứ Tư, 04/09/2024 09:04", "Thứ Tư, ngày bốn tháng chín năm hai nghìn không trăm hai mươi tư, chín giờ bốn phút"),
    (
        "Theo Trung tâm Dự báo khí tượng thủy văn Quốc gia, hồi 4 giờ ngày 4/9, vị trí tâm bão ở vào khoảng 18,9 độ Vĩ Bắc;",
        "Theo Trung tâm Dự báo khí tượng thủy văn Quốc gia, hồi bốn giờ ngày bốn tháng chín, vị trí tâm bão ở vào khoảng mười tám phẩy chín độ Vĩ Bắc;",
    ),
    (
        "118 độ Kinh Đông trên vùng biển phía Đông khu vực Bắc Biển Đông.",
        "một trăm mười tám độ Kinh Đông trên vùng biển phía Đông khu vực Bắc Biển Đông.",
    ),
    (
        "Sức gió mạnh nhất vùng gần tâm bão mạnh cấp 11 (103-117 km/h), giật cấp 13, bão di chuyển theo hướng Tây Tây Bắc với tốc độ khoảng 10 km/h.",
        "Sức gió mạnh nhất vùng gần tâm bão mạnh cấp mười một (một trăm linh ba đến một trăm mười bảy ki lô mét trên giờ), giật cấp mười ba, bão di chuyển theo hướng Tây Tây Bắc với tốc độ khoảng mười ki lô mét trên giờ.",
    ),
    (
        "Dự báo đến 4 giờ ngày 5/9, bão di chuyển theo hướng Tây với tốc độ khoảng 10 km/h, cách đảo Hải Nam (Trung Quốc) khoảng 560km về phía Đông.",
        "Dự báo đến bốn giờ ngày năm tháng chín, bão di chuyển theo hướng Tây với tốc độ khoảng mười ki lô mét trên giờ, cách đảo Hải Nam (Trung Quốc) khoảng năm trăm sáu mươi ki lô mét về phía Đông.",
    ),
    # https://amp.mangyte.vn/news-bao-so-8-co-kha-nang-manh-them-chuyen-huong-phuc-tap-396927.html
    (
        "Theo Trung tâm Dự báo khí tượng thủy văn quốc gia, hồi 4h ngày (21/10), vị trí tâm bão ở khoảng 16,2 độ Vĩ Bắc;",
        "Theo Trung tâm Dự báo khí tượng thủy văn quốc gia, hồi bốn giờ ngày (hai mươi mốt tháng mười), vị trí tâm bão ở khoảng mười sáu phẩy hai độ Vĩ Bắc;",
    ),
    (
        "119,4 độ Kinh Đông, cách quần đảo Hoàng Sa khoảng 770km về phía Đông Đông Nam.",
        "một trăm mười chín phẩy bốn độ Kinh Đông, cách quần đảo Hoàng Sa khoảng bảy trăm bảy mươi ki lô mét về phía Đông Đông Nam.",
    ),
    (
        "Sức gió mạnh nhất vùng gần tâm bão mạnh cấp 8 (60-75km/giờ), giật cấp 10.",
        "Sức gió mạnh nhất vùng gần tâm bão mạnh cấp tám (sáu mươi đến bảy mươi lăm ki lô mét một giờ), giật cấp mười.",
    ),
    (
        "Dự báo trong 24 giờ tới, bão di chuyển theo hướng tây, mỗi giờ đi được 10-15km và có khả năng mạnh thêm.",
        "Dự báo trong hai mươi tư giờ tới, bão di chuyển theo hướng tây, mỗi giờ đi được mười đến mười lăm ki lô mét và có khả năng mạnh thêm.",
    ),
    (
        "Vùng nguy hiểm do bão trên Biển Đông trong 24 giờ tới (gió mạnh cấp 6 trở lên, giật từ cấp 8 trở lên): từ vĩ tuyến 14,5 đến 18,5 độ Vĩ Bắc;",
        "Vùng nguy hiểm do bão trên Biển Đông trong hai mươi tư giờ tới (gió mạnh cấp sáu trở lên, giật từ cấp tám trở lên): từ vĩ tuyến mười bốn phẩy năm đến mười tám phẩy năm độ Vĩ Bắc;",
    ),
    (
        "từ kinh tuyến 114,5 đến 120,0 độ Kinh Đông.",
        "từ kinh tuyến một trăm mười bốn phẩy năm đến một trăm hai mươi phẩy không độ Kinh Đông.",
    ),
    # https://duclinh.binhthuan.gov.vn/xa-tan-ha/tan-ha-to-chuc-tiem-vaccine-phong-chong-covid-19-605916
    (
        "Đây là lần đầu tiên xã Tân Hà tổ chức tiêm vaccine phòng, chống Covid-19 tại Trạm Y tế xã với 582 liều tiêm an toàn tuyệt đối",
        "Đây là lần đầu tiên xã Tân Hà tổ chức tiêm vaccine phòng, chống Cô-vít mười chín tại Trạm Y tế xã với năm trăm tám mươi hai liều tiêm an toàn tuyệt đối",
    ),
    # https://mongcai.gov.vn/vi-vn/tin/ubnd-phuong-tran-phu-trien-khai-tiem-vaccine-phong-covid-19-dien-rong-mui-2--dot-xv--nam-2021/50984-73575-905290
    (
        "UBND Phường Trần Phú triển khai tiêm Vaccine phòng COVID-19 diện rộng mũi 2, đợt XV, năm 2021",
        "Ủy ban nhân dân Phường Trần Phú triển khai tiêm Vaccine phòng Cô-vít mười chín diện rộng mũi hai, đợt mười lăm, năm hai nghìn không trăm hai mươi mốt",
    ),
    (
        "11/10/2021 14:39",
        "ngày mười một tháng mười năm hai nghìn không trăm hai mươi mốt, mười bốn giờ ba mươi chín phút",
    ),
    (
        "Ngày 10/10/2021 UBND Phường Trần Phú triển khai tiêm Vaccine diện rộng mũi 2, đợt XV , năm 2021 trên địa bàn phường tại Trường Tiểu học Đào Phúc Lộc, phường Trần Phú, TP Móng Cái cho các đối tượng từ 18 tuổi trở lên",
        "Ngày mười tháng mười năm hai nghìn không trăm hai mươi mốt Ủy ban nhân dân Phường Trần Phú triển khai tiêm Vaccine diện rộng mũi hai, đợt mười lăm, năm hai nghìn không trăm hai mươi mốt trên địa bàn phường tại Trường Tiểu học Đào Phúc Lộc, phường Trần Phú, thành phố Móng Cái cho các đối tượng từ mười tám tuổi trở lên",
    ),
    (
        "đến nay tỷ lệ tiêm Vaccine của phường Trần Phú đạt 97,4%, tương đương 2325/2385 liều.",
        "đến nay tỷ lệ tiêm Vaccine của phường Trần Phú đạt chín mươi bảy phẩy bốn phần trăm, tương đương hai nghìn ba trăm hai mươi lăm trên hai nghìn ba trăm tám mươi lăm liều.",
    ),
    # https://p2.sadec.dongthap.gov.vn/giao-duc-y-te/phuong-2-tiem-chung-vac-xin-phong-covid-19-cho-nguoi-lon-tuoi.html?Entries_page=63
    (
        "Theo đó, Ban Chỉ đạo đã tổ chức 03 điểm tiêm gồm: tại Trường Mầm non Hoa Sen, Trạm Y tế Phường 2 và Trường tiểu học Phú Mỹ",
        "Theo đó, Ban Chỉ đạo đã tổ chức ba điểm tiêm gồm: tại Trường Mầm non Hoa Sen, Trạm Y tế Phường hai và Trường tiểu học Phú Mỹ",
    ),
    (
        "- Ngày thế giới về an toàn và sức khỏe tại nơi làm việc (28/4) (26/04/2023)",
        "Ngày thế giới về an toàn và sức khỏe tại nơi làm việc (ngày hai mươi tám tháng tư) (ngày hai mươi sáu tháng tư năm hai nghìn không trăm hai mươi ba)",
    ),
    # http://donre.hochiminhcity.gov.vn/tintuc/default.aspx?ItemID=9281&Mode=1
    (
        "Ngày 11/9/2024, Ủy ban nhân dân Thành phố Hồ Chí Minh ban hành Kế hoạch số 5325/KH-UBND về triển khai chiến dịch tiêm chủng vắc xin phòng, chống dịch Sởi trên địa bàn Thành phố năm 2024.",
        "Ngày mười một tháng chín năm hai nghìn không trăm hai mươi tư, Ủy ban nhân dân Thành phố Hồ Chí Minh ban hành Kế hoạch số năm nghìn ba trăm hai mươi lăm về triển khai chiến dịch tiêm chủng vắc xin phòng, chống dịch Sởi trên địa bàn Thành phố năm hai nghìn không trăm hai mươi tư.",
    ),
]

REAL_PIECES: list[tuple[str, str]] = [
    # https://hethongphapluat.vn/ke-hoach-115-kh-ubnd-nam-2022-ve-nang-cao-hieu-qua-cong-tac-trang-tri-tuyen-truyen-co-dong-truc-quan-phuc-vu-nhiem-vu-chinh-tri-tren-dia-ban-thanh-pho-ha-noi-giai-doan-2021-2025.html
    ("Số: 115/KH-UBND", "Số: một trăm mười lăm của Ủy ban nhân dân"),
    ("ngày 08 tháng 4 năm 2022", "ngày tám tháng tư năm hai nghìn không trăm hai mươi hai"),
    ("ngày 17/3/2021 của", "ngày mười bảy tháng ba năm hai nghìn không trăm hai mươi mốt của"),
    ("2021- 2025", "hai nghìn không trăm hai mươi mốt đến hai nghìn không trăm hai mươi lăm"),
    ("ngày 22/02/2022", "ngày hai mươi hai tháng hai năm hai nghìn không trăm hai mươi hai"),
    ("2021- 2025,", "hai nghìn không trăm hai mươi mốt đến hai nghìn không trăm hai mươi lăm"),
    ("năm 2030", "năm hai nghìn không trăm ba mươi"),
    ("năm 2045", "năm hai nghìn không trăm bốn mươi lăm"),
    # https://phapluatcongdong.vn/van-ban/quyet-dinh-575-qd-ubnd-ban-hanh-tinh-kon-tum-nam-2020-p47551.htm
    ("ngày 04 tháng 8 năm 2020", "ngày bốn tháng tám năm hai nghìn không trăm hai mươi"),
    # https://phapluatcongdong.vn/van-ban/van-ban-khac-155-kh-ubnd-ban-hanh-tinh-bac-ninh-nam-2017-p121216.htm
    ("năm 2014", "năm hai nghìn không trăm mười bốn"),
    ("2017 - 2024", "hai nghìn không trăm mười bảy đến hai nghìn không trăm hai mươi tư"),
    # https://dulieuphapluat.vn/van-ban/the-thao-y-te-van-ban/ke-hoach-54kh-ubnd-nam-2020-ve-hanh-dong-thuc-hien-chuong-trinh-cham-soc-dinh-duong-1000-ngay-dau-doi-nham-phong-chong-suy-dinh-duong-ba-me-tre-em-nang-cao-tam-voc-nguoi-viet-nam-den-nam-2025-tam-nhin-den-nam-2030-tinh-lang-son-1153913.html
    ("1.000 ngày", "một nghìn ngày"),
    ("UBND tỉnh", "Ủy ban nhân dân tỉnh"),
    ("năm 2025:", "năm hai nghìn không trăm hai mươi lăm:"),
    ("dưới 5 tuổi", "dưới năm tuổi"),
    ("24%1;", "hai mươi tư phần trăm;"),
    ("15%2;", "mười lăm phần trăm;"),
    ("2.500 gram", "hai nghìn năm trăm gram"),
    ("13,5%", "mười ba phẩy năm phần trăm"),
    # https://test.vnptigate.vn/dichvucong/home/set-home?ma-don-vi=262&return-url=dichvucong%2Fbothutuc%2FchiTietThuTuc%3FmaThuTuc%3D12789
    ("Bước 2:", "Bước hai:"),
    ("UBND xã", "Ủy ban nhân dân xã"),
    ("07 giờ", "bảy giờ"),
    ("11 giờ 30", "mười một giờ ba mươi"),
    ("13 giờ 30", "mười ba giờ ba mươi"),
    ("17 giờ", "mười bảy giờ"),
    # https://vietnammoi.vn/lich-cup-dien-23-5-tai-ha-noi-va-ben-tre-2019052115044086.htm
    ("EVN HANOI", "e vê en Hà Nội"),
    ("ngày 22/5", "ngày hai mươi hai tháng năm"),
    ("23/05/2019", "ngày hai mươi ba tháng năm năm hai nghìn không trăm mười chín"),
    ("07:30", "bảy giờ ba mươi phút"),
    ("10:30", "mười giờ ba mươi phút"),
    ("Ngõ 545, 562", "Ngõ năm trăm bốn mươi lăm, năm trăm sáu mươi hai"),
    ("Số 471 đến 575", "Số bốn trăm bảy mươi mốt đến năm trăm bảy mươi lăm"),
    ("04:00", "bốn giờ"),
    ("06:00", "sáu giờ"),
    ("Tổ 13+16+17", "Tổ mười ba, mười sáu và mười bảy"),
    # https://amp.doisongphapluat.com.vn/thong-bao-lich-cat-dien-ha-noi-ngay-mai-25-5-2023-cap-nhat-moi-nhat-a576433.html
    ("(EVNHANOI)", "(e vê en Hà Nội)"),
    ("ngày 25/5", "ngày hai mươi lăm tháng năm"),
    ("từ 7h đến 17h", "từ bảy giờ đến mười bảy giờ"),
    ("số nhà 9 đến số nhà 127", "số nhà chín đến số nhà một trăm hai mươi bảy"),
    ("số nhà 56 đến số nhà 138", "số nhà năm mươi sáu đến số nhà một trăm ba mươi tám"),
    ("ngõ 102", "ngõ một trăm linh hai"),
    ("từ 5h đến 13h", "từ năm giờ đến mười ba giờ"),
    ("từ 11h đến 14h", "từ mười một giờ đến mười bốn giờ"),
    ("từ 18h đến 23h", "từ mười tám giờ đến hai mươi ba giờ"),
    # http://phongcachsong.net/song-khoe/lich-cat-dien-ha-noi-ngay-mai-196-ngay-dau-tuan-se-cat-dien-nhung-dau-nam-lich-de-co-ke-hoach-sinh-hoat-12266.html
    ("ngày 19/6", "ngày mười chín tháng sáu"),
    ("TP. Hà Nội", "thành phố Hà Nội"),
    ("1 huyện", "một huyện"),
    ("11-14h", "mười một đến mười bốn giờ"),
    ("18-23h", "mười tám đến hai mươi ba giờ"),
    # https://baophapluat.vn/lich-cat-dien-ngay-72-tag228401.html
    ("ngày mai - 7/2", "ngày mai - ngày bảy tháng hai"),
    ("(PLVN)", "(Pháp luật Việt Nam)"),
    ("(7/2 )", "(ngày bảy tháng hai)"),
    # https://dantri.com.vn/phap-luat/nhan-vien-ngan-hang-va-cong-an-kip-thoi-ngan-chan-mot-vu-lua-dao-20241206113753092.htm
    ("Ngày 6/12,", "Ngày sáu tháng mười hai"),
    ("lúc 16h ngày 5/12", "lúc mười sáu giờ ngày năm tháng mười hai"),
    ("52 tuổi", "năm mươi hai tuổi"),
    ("tài khoản Zalo", "tài khoản Da lô"),
    ("ngày 2/7,", "ngày hai tháng bảy"),
    ("300 triệu đồng", "ba trăm triệu đồng"),
    # https://nld.com.vn/nhan-cuoc-goi-la-xung-cong-an-2-nguoi-suyt-mat-820-trieu-dong-196240411142457103.htm
    ("Ngày 11-4,", "Ngày mười một tháng tư"),
    ("820 triệu đồng", "tám trăm hai mươi triệu đồng"),
    ("ngày 3-4,", "ngày ba tháng tư"),
    ("ông T.X.M.", "ông tê ích em-mờ"),
    ("(SN 1949;", "(sinh năm một nghìn chín trăm bốn mươi chín;"),
    ("Công an TP Hà Nội", "Công an thành phố Hà Nội"),
    ("4 đối tượng", "bốn đối tượng"),
    ("chiều 4-4,", "chiều bốn tháng tư"),
    ("ông M. đã", "ông em-mờ đã"),
    ("sáng 4-4,", "sáng bốn tháng tư"),
    ("ông H.H.C.", "ông hát hát xê"),
    ("(SN 1959;", "(sinh năm một nghìn chín trăm năm mươi chín;"),
    # https://hatinh24h.com.vn/chu-tich-xa-truong-cong-an-xa-co-tham-quyen-xu-phat-hanh-chinh-the-nao-a189981.html
    ("ngày 1-7-2025", "ngày một tháng bảy năm hai nghìn không trăm hai mươi lăm"),
    ("Điều 24", "Điều hai mươi tư"),
    ("1. Mức", "một. Mức"),
    ("30.000.000 đồng", "ba mươi triệu đồng"),
    ("50.000.000 đồng", "năm mươi triệu đồng"),
    ("HIV/AIDS", "hát i vê ết"),
    # https://vanbanphapluat.co/quyet-dinh-119-qd-ubnd-bo-sung-thu-tuc-hanh-chinh
    ("HĐND và UBND", "Hội đồng nhân dân và Ủy ban nhân dân"),
    ("ngày 26 tháng 11 năm 2003", "ngày hai mươi sáu tháng mười một năm hai nghìn không trăm linh ba"),
    ("ngày 08 tháng 9 năm 2009", "ngày tám tháng chín năm hai nghìn không trăm linh chín"),
    ("Điều 1.", "Điều một."),
    ("04 thủ tục", "bốn thủ tục"),
    ("(TTHC)", "(thủ tục hành chính)"),
    (
        "ngày 17/8/2009 của UBND tỉnh",
        "ngày mười bảy tháng tám năm hai nghìn không trăm linh chín của Ủy ban nhân dân tỉnh",
    ),
    # https://thuvienphapluat.vn/van-ban/Van-hoa-Xa-hoi/Ke-hoach-135-KH-UBND-2022-ra-soat-ho-ngheo-ho-can-ngheo-Soc-Trang-531460.aspx
    ("2021 - 2025;", "hai nghìn không trăm hai mươi mốt đến hai nghìn không trăm hai mươi lăm;"),
    # http://congan.daklak.gov.vn/-/nguoi-dan-gap-van-e-ve-an-ninh-trat-tu-hay-goi-canh-sat-113
    ("1. Sử dụng", "một. Sử dụng"),
    ("khẩn cấp 113", "khẩn cấp một một ba"),
    ("2. Tổng đài", "hai. Tổng đài"),
    ("Cảnh sát 113", "Cảnh sát một một ba"),
    ("24/24 giờ", "hai mươi tư trên hai mươi tư giờ"),
    # http://conganbacgiang.gov.vn/huong-dan-goi-cs113-khong-nen-goi-cs113.html
    ("(CS113)", "(Cảnh sát một một ba)"),
    ("Số điện thoại 113", "Số điện thoại một một ba"),
    ("bấm số 113", "bấm số một một ba"),
    ("trực ban CS113.", "trực ban Cảnh sát một một ba."),
    # https://mobo.vn/goi-113-co-can-ma-vung
    ("số 02 –", "số hai"),
    ("khẩn cấp là 113.", "khẩn cấp là một một ba."),
    ("số máy CS113", "số máy Cảnh sát một một ba"),
    # https://baogialai.com.vn/duong-day-nong-tiep-nhan-phan-anh-to-giac-ve-toi-pham-va-te-nan-ma-tuy-post568959.html
    ("(C04,", "(xê không bốn"),
    ("Ngày 10-10,", "Ngày mười tháng mười"),
    ("0769.04.04.04", "không bảy sáu chín, không bốn, không bốn, không bốn"),
    ("24 giờ", "hai mươi tư giờ"),
    ("7 ngày", "bảy ngày"),
    ("(24/7),", "(hai mươi tư trên bảy)"),
    ("10 giờ ngày 10-10-2025", "mười giờ ngày mười tháng mười năm hai nghìn không trăm hai mươi lăm"),
    ("ứng dụng Zalo", "ứng dụng Da lô"),
    ("tin nhắn SMS", "tin nhắn ét em ét"),
    ("tin nhắn Zalo", "tin nhắn Da lô"),
    # https://vietbao.vn/mao-danh-cong-an-tinh-tra-vinh-goi-dien-lua-lanh-dao-dia-phuong-467956.html
    ("V (Nguồn", "vê (Nguồn"),
    ("gửi 5656.", "gửi năm sáu năm sáu."),
    ("V(0812341213)", "vê(không tám một hai, ba bốn một, hai một ba)"),
    ("gởi 5656", "gởi năm sáu năm sáu"),
    ("tổng đài 156", "tổng đài một năm sáu"),
    # https://dantri.com.vn/phap-luat/giam-doc-cong-an-ha-noi-keu-goi-dan-to-giac-nguoi-nhap-canh-trai-phep-20210521083817634.htm
    (
        "từ ngày 1/5 đến ngày 18/5/2021",
        "từ ngày một tháng năm đến ngày mười tám tháng năm năm hai nghìn không trăm hai mươi mốt",
    ),
    ("7 vụ với 66 đối tượng", "bảy vụ với sáu mươi sáu đối tượng"),
    ("khóa XV", "khóa mười lăm"),
    ("2021 - 2026", "hai nghìn không trăm hai mươi mốt đến hai nghìn không trăm hai mươi sáu"),
    ("Cảnh sát 113;", "Cảnh sát một một ba;"),
    ("069.2196.777", "không sáu chín, hai một chín sáu, bảy bảy bảy"),
    # https://tcanninhmang.vn/canh-bao-lua-dao/202511/ngan-chan-kip-thoi-vu-lua-dao-truc-tuyen-bao-ve-250-trieu-dong-cho-nguoi-dan-8242b62
    ("bà H (cư", "bà hát (cư"),
    ("250 triệu đồng", "hai trăm năm mươi triệu đồng"),
    # https://baohatinh.vn/an-ninh-trat-tu/vu-xe-buyt-va-cham-xe-dau-keo-o-ha-tinh-trich-xuat-camera-dieu-tra-nguyen-nhan/237745.htm
    ("lúc 7h21 ngày 19/9", "lúc bảy giờ hai mươi mốt phút ngày mười chín tháng chín"),
    ("BKS 38B - 004.12", "biển kiểm soát ba tám bê, không không bốn một hai"),
    ("(SN 1980,", "(sinh năm một nghìn chín trăm tám mươi"),
    ("quốc lộ 1 theo", "quốc lộ một theo"),
    ("TX Kỳ Anh", "thị xã Kỳ Anh"),
    ("BKS 37C - 2993", "biển kiểm soát ba bảy xê, hai chín chín ba"),
    ("TP Vinh", "thành phố Vinh"),
    ("12 người", "mười hai người"),
    # https://cafef.vn/vu-xe-khach-lao-xuong-ruong-o-quang-ngai-nguoi-dieu-khien-xe-may-co-uong-ruou-bia-188230328201857223.chn
    ("lúc 14h20 ngày 27/3", "lúc mười bốn giờ hai mươi phút ngày hai mươi bảy tháng ba"),
    ("BKS 73B-007.84", "biển kiểm soát bảy ba bê, không không bảy tám bốn"),
    ("Đ.T.H (37", "đê tê hát (ba mươi bảy"),
    ("44 hành khách", "bốn mươi tư hành khách"),
    ("Quốc lộ 1A theo", "Quốc lộ một A theo"),
    ("Km1073+600", "ki lô mét một nghìn không trăm bảy mươi ba cộng sáu trăm"),
    ("Quốc lộ 1A (đoạn", "Quốc lộ một A (đoạn"),
    ("BKS 76G-221.17", "biển kiểm soát bảy sáu gờ, hai hai một một bảy"),
    ("(63 tuổi", "(sáu mươi ba tuổi"),
    ("thôn 5,", "thôn năm"),
    # http://giadinh.net.vn/xa-hoi/quang-nam-o-to-cho-go-tong-duoi-xe-tai-2-nguoi-thuong-vong-20170522105822015.htm
    ("khoảng 5h30, ngày 22/5,", "khoảng năm giờ ba mươi phút, ngày hai mươi hai tháng năm"),
    ("16 chỗ", "mười sáu chỗ"),
    ("BKS: 43B - 002.21,", "biển kiểm soát: bốn ba bê, không không hai hai một"),
    ("(34 tuổi)", "(ba mươi tư tuổi)"),
    ("anh Phan Công Q. (36", "anh Phan Công quy (ba mươi sáu"),
    ("quốc lộ 1A theo", "quốc lộ một A theo"),
    ("Km 967+400", "ki lô mét chín trăm sáu mươi bảy cộng bốn trăm"),
    ("BKS: 51C-428.49", "biển kiểm soát: năm một xê, bốn hai tám bốn chín"),
    # https://baohatinh.vn/an-ninh-trat-tu/xe-ban-tai-lat-nghieng-tren-ql-1a-doan-qua-ha-tinh-sau-cu-tong-cua-xe-khach/196266.htm
    ("QL 1A", "quốc lộ một A"),
    ("BKS 37B 017.04", "biển kiểm soát ba bảy bê, không một bảy không bốn"),
    ("(SN 1979)", "(sinh năm một nghìn chín trăm bảy mươi chín)"),
    ("BKS 28D 001.19", "biển kiểm soát hai tám đê, không không một một chín"),
    ("(SN 1989)", "(sinh năm một nghìn chín trăm tám mươi chín)"),
    ("lực lượng CSGT", "lực lượng cảnh sát giao thông"),
    # https://dantri.com.vn/thoi-su/mien-bac-co-noi-ret-hai-duoi-6-do-c-20251214221216605.htm
    ("8-11 độ C", "tám đến mười một độ xê"),
    ("dưới 6 độ C", "dưới sáu độ xê"),
    ("12-15 độ C", "mười hai đến mười lăm độ xê"),
    ("13-16 độ C", "mười ba đến mười sáu độ xê"),
    ("từ tối 14/12 đến ngày 15/12", "từ tối mười bốn tháng mười hai đến ngày mười lăm tháng mười hai"),
    ("10-30mm", "mười đến ba mươi mi li mét"),
    ("trên 60mm", "trên sáu mươi mi li mét"),
    ("TP Hà Nội:", "thành phố Hà Nội:"),
    ("13-15 độ C;", "mười ba đến mười lăm độ xê;"),
    ("22-24 độ C", "hai mươi hai đến hai mươi tư độ xê"),
    # https://thanhnien.vn/100-huyen-thanh-pho-mien-bac-nguy-co-cao-lu-quet-sat-lo-dat-185230928155809438.htm
    ("24 giờ qua", "hai mươi tư giờ qua"),
    ("từ 14 giờ ngày 27.9", "từ mười bốn giờ ngày hai mươi bảy tháng chín"),
    ("đến 14 giờ ngày 28.9", "đến mười bốn giờ ngày hai mươi tám tháng chín"),
    ("148,8 mm", "một trăm bốn mươi tám phẩy tám mi li mét"),
    ("216,4 mm", "hai trăm mười sáu phẩy bốn mi li mét"),
    ("221 mm", "hai trăm hai mươi mốt mi li mét"),
    ("H.Mù Cang Chải", "huyện Mù Cang Chải"),
    ("tháng 8", "tháng tám"),
    ("từ chiều tối 28.9 đến sáng 29.9", "từ chiều tối hai mươi tám tháng chín đến sáng hai mươi chín tháng chín"),
    ("30 - 70 mm", "ba mươi đến bảy mươi mi li mét"),
    ("trên 100 mm", "trên một trăm mi li mét"),
    # https://baogialai.com.vn/channel/1601/202009/cay-do-de-chet-1-nguoi-29-nguoi-bi-thuong-do-bao-so-5-5700608/
    ("đêm 18-9,", "đêm mười tám tháng chín"),
    ("100-200mm", "một trăm đến hai trăm mi li mét"),
    ("250mm", "hai trăm năm mươi mi li mét"),
    ("50-100mm/đợt", "năm mươi đến một trăm mi li mét một đợt"),
    ("Từ 18 đến 20-9", "Từ ngày mười tám đến hai mươi tháng chín"),
    ("100-150mm", "một trăm đến một trăm năm mươi mi li mét"),
    # https://hatinh24h.com.vn/mien-trung-ung-pho-ap-thap-nhiet-doi-a175131.html
    ("(26-9)", "(ngày hai mươi sáu tháng chín)"),
    ("100-200 mm", "một trăm đến hai trăm mi li mét"),
    ("200 mm.", "hai trăm mi li mét."),
    ("đến ngày 28-9,", "đến ngày hai mươi tám tháng chín"),
    ("200-400 mm", "hai trăm đến bốn trăm mi li mét"),
    ("450 mm", "bốn trăm năm mươi mi li mét"),
    ("(trên 95%)", "(trên chín mươi lăm phần trăm)"),
    # https://vtcnews.vn/mua-xoi-xa-nhieu-gio-14-tinh-thanh-tren-ca-nuoc-nguy-co-lu-quet-va-sat-lo-dat-ar959877.html
    ("(15/8),", "(ngày mười lăm tháng tám)"),
    (
        "từ 19h ngày 14/8 đến 3h ngày 15/8",
        "từ mười chín giờ ngày mười bốn tháng tám đến ba giờ ngày mười lăm tháng tám",
    ),
    ("115,4mm", "một trăm mười lăm phẩy bốn mi li mét"),
    ("103,2mm", "một trăm linh ba phẩy hai mi li mét"),
    # https://vietbao.vn/nhiet-do-xuong-1-do-c-dinh-fansipan-xuat-hien-bang-gia-521934.html
    ("Sáng sớm 23/12,", "Sáng sớm hai mươi ba tháng mười hai"),
    ("xuống -1 độ C", "xuống âm một độ xê"),
    ("khoảng 1cm", "khoảng một xăng ti mét"),
    ("khoảng 7h30", "khoảng bảy giờ ba mươi phút"),
    ("lúc 5h ngày 23/12", "lúc năm giờ ngày hai mươi ba tháng mười hai"),
    ("là -1 độ C", "là âm một độ xê"),
    # https://vnexpress.net/du-khach-thich-thu-khi-thay-tuyet-roi-day-o-sa-pa-4843638.html
    ("sáng 26/1", "sáng hai mươi sáu tháng một"),
    ("âm 3 độ C", "âm ba độ xê"),
    ("0 độ C", "không độ xê"),
    ("3-4 độ C", "ba đến bốn độ xê"),
    # http://phuocloc.tuyphuoc.binhdinh.gov.vn/Index.aspx?L=VN&M=21&P=A02
    ("Ngày 16/04/2025,", "Ngày mười sáu tháng tư năm hai nghìn không trăm hai mươi lăm"),
    ("Hội đồng NVQS", "Hội đồng nghĩa vụ quân sự"),
    ("đăng ký NVQS lần", "đăng ký nghĩa vụ quân sự lần"),
    ("đủ 17 tuổi", "đủ mười bảy tuổi"),
    (
        "từ ngày 01/01/2008 đến ngày 31/12/2008",
        "từ ngày một tháng một năm hai nghìn không trăm linh tám đến ngày ba mươi mốt tháng mười hai năm hai nghìn không trăm linh tám",
    ),
    ("có 145 công dân", "có một trăm bốn mươi lăm công dân"),
    ("đạt 100%", "đạt một trăm phần trăm"),
    # https://hondat.kiengiangportal.gov.vn/hon-dat-3589-cong-dan-du-dieu-kien-dieu-dong-so-tuyen-kham-suc-khoe-thuc-hien-nvqs-nam-2025
    ("từ 18 đến 27", "từ mười tám đến hai mươi bảy"),
    ("9.384 thanh niên", "chín nghìn ba trăm tám mươi tư thanh niên"),
    ("3.589 công dân", "ba nghìn năm trăm tám mươi chín công dân"),
    ("NVQS năm 2025", "nghĩa vụ quân sự năm hai nghìn không trăm hai mươi lăm"),
    ("609 công dân", "sáu trăm linh chín công dân"),
    ("5.186 công dân", "năm nghìn một trăm tám mươi sáu công dân"),
    # https://kinhtedothi.vn/tp-ho-chi-minh-hang-nghin-thanh-nien-tham-gia-kham-so-tuyen-nghia-vu-quan-su.866117.html
    ("2 ngày 4 và 5/10", "hai ngày bốn và năm tháng mười"),
    ("TP Hồ Chí Minh", "thành phố Hồ Chí Minh"),
    ("(NVQS)", "(nghĩa vụ quân sự)"),
    ("sáng 5/10", "sáng năm tháng mười"),
    ("hơn 520 thanh niên", "hơn năm trăm hai mươi thanh niên"),
    ("Thông tư 106/2025 của", "Thông tư một trăm linh sáu năm hai nghìn không trăm hai mươi lăm của"),
    ("từ ngày 30/9,", "từ ngày ba mươi tháng chín"),
    ("Thông tư 105 về", "Thông tư một trăm linh năm về"),
    # http://45.76.102.104/2024/11/08/da-co-thoi-gian-di-nghia-vu-quan-su-nam-2025-chinh-thuc
    ("Hướng dẫn 4705/HD-BQP, Bộ Quốc phòng", "Hướng dẫn bốn nghìn bảy trăm linh năm, Bộ Quốc phòng"),
    ("nhập ngũ 01 đợt", "nhập ngũ một đợt"),
    (
        "từ ngày 13 đến hết ngày 15/02 năm 2025",
        "từ ngày mười ba đến hết ngày mười lăm tháng hai năm hai nghìn không trăm hai mươi lăm",
    ),
    ("từ ngày 16 đến hết ngày 18 tháng Giêng", "từ ngày mười sáu đến hết ngày mười tám tháng Giêng"),
    # https://www.sggp.org.vn/bi-thu-thanh-uy-tphcm-tran-luu-quang-tiep-xuc-cu-tri-cung-cac-ung-cu-vien-dbqh-post840621.html
    ("Sáng 2-3,", "Sáng hai tháng ba"),
    ("Ủy ban MTTQ Việt Nam", "Ủy ban Mặt trận Tổ quốc Việt Nam"),
    ("(TPHCM)", "(Thành phố Hồ Chí Minh)"),
    ("(ĐBQH)", "(đại biểu Quốc hội)"),
    ("khóa XVI,", "khóa mười sáu"),
    ("2026-2031", "hai nghìn không trăm hai mươi sáu đến hai nghìn không trăm ba mươi mốt"),
    ("ĐBQH khóa XV", "đại biểu Quốc hội khóa mười lăm"),
    ("UBND phường", "Ủy ban nhân dân phường"),
    # https://plo.vn/thoi-su/to-dai-bieu-qh-tphcm-don-vi-4-doi-lich-tiep-xuc-cu-tri-911788.html
    ("Quốc hội TP.HCM dời", "Quốc hội Thành phố Hồ Chí Minh dời"),
    ("đơn vị 4 với", "đơn vị bốn với"),
    ("quận 5, quận 10 và quận 11", "quận năm, quận mười và quận mười một"),
    ("8 giờ sáng 18-5,", "tám giờ sáng mười tám tháng năm"),
    ("(268 Bình Thới, phường 10, quận 11)", "(hai trăm sáu mươi tám Bình Thới, phường mười, quận mười một)"),
    ("kỳ họp thứ 9 -", "kỳ họp thứ chín"),
    ("khóa XIV", "khóa mười bốn"),
    ("8 giờ sáng 16-5.", "tám giờ sáng mười sáu tháng năm."),
    # https://phunuvietnam.vn/print/hoi-lhpn-tphcm-phat-huy-vai-tro-xay-dung-khoi-dai-doan-ket-toan-dan-toc-20241002142018854.htm
    ("Sáng 2/10,", "Sáng hai tháng mười"),
    ("(MTTQ)", "(Mặt trận Tổ quốc)"),
    ("Việt Nam TPHCM lần", "Việt Nam Thành phố Hồ Chí Minh lần"),
    ("lần thứ XII", "lần thứ mười hai"),
    ("2024 - 2029", "hai nghìn không trăm hai mươi tư đến hai nghìn không trăm hai mươi chín"),
    ("426 đại biểu", "bốn trăm hai mươi sáu đại biểu"),
    ("157 đại biểu", "một trăm năm mươi bảy đại biểu"),
    ("(chiếm 36,8%)", "(chiếm ba mươi sáu phẩy tám phần trăm)"),
    ("của MTTQ,", "của Mặt trận Tổ quốc"),
    ("Hội LHPN TPHCM", "Hội Liên hiệp Phụ nữ Thành phố Hồ Chí Minh"),
    # https://www.sggp.org.vn/soi-noi-cong-tac-hoi-va-phong-trao-phu-nu-tai-phuong-tan-thoi-hiep-tphcm-post837934.html
    ("Chiều 9-2,", "Chiều chín tháng hai"),
    ("Hội LHPN phường", "Hội Liên hiệp Phụ nữ phường"),
    ("Bính Ngọ 2026", "Bính Ngọ hai nghìn không trăm hai mươi sáu"),
    ("0 đồng", "không đồng"),
    ("100 nữ công nhân", "một trăm nữ công nhân"),
    ("766 triệu đồng", "bảy trăm sáu mươi sáu triệu đồng"),
    # https://longxuyen.angiang.gov.vn/phuong-my-binh-hop-mat-ky-niem-ngay-phu-nu-viet-nam-2010-va-truyen-thong-hoi-lien-hiep-thanh-nien
    ("Chiều ngày 17-10,", "Chiều ngày mười bảy tháng mười"),
    ("93 năm", "chín mươi ba năm"),
    (
        "(20/10/1930-20/10/2023)",
        "(ngày hai mươi tháng mười năm một nghìn chín trăm ba mươi đến ngày hai mươi tháng mười năm hai nghìn không trăm hai mươi ba)",
    ),
    ("13 năm", "mười ba năm"),
    (
        "(20/10/2010 -20/10/2023)",
        "(ngày hai mươi tháng mười năm hai nghìn không trăm mười đến ngày hai mươi tháng mười năm hai nghìn không trăm hai mươi ba)",
    ),
    (
        "(15/10/1956-15/10/2023)",
        "(ngày mười lăm tháng mười năm một nghìn chín trăm năm mươi sáu đến ngày mười lăm tháng mười năm hai nghìn không trăm hai mươi ba)",
    ),
    ("Việt Nam 20-10", "Việt Nam ngày hai mươi tháng mười"),
    ("Việt Nam 15/10", "Việt Nam ngày mười lăm tháng mười"),
    # https://voh.com.vn/chinh-tri-xa-hoi/pho-chu-tich-mttq-thanh-pho-luong-bach-van-du-ngay-hoi-dai-doan-ket-tai-khu-pho-2-phuong-2-quan-4-113646.html
    ("Tối qua 12/11,", "Tối qua ngày mười hai tháng mười một"),
    ("MTTQ Thành phố", "Mặt trận Tổ quốc Thành phố"),
    ("Khu phố 2, phường 2, quận 4.", "Khu phố hai, phường hai, quận bốn."),
    ("80 năm", "tám mươi năm"),
    (
        "(18/11/1930 - 18/11/2010)",
        "(ngày mười tám tháng mười một năm một nghìn chín trăm ba mươi đến ngày mười tám tháng mười một năm hai nghìn không trăm mười)",
    ),
    # https://daidoanket.vn/print/10005544.html
    ("Ngày 16-4,", "Ngày mười sáu tháng tư"),
    ("TP. HCM", "Thành phố Hồ Chí Minh"),
    ("MTTQ TP.HCM", "Mặt trận Tổ quốc Thành phố Hồ Chí Minh"),
    # https://www.vietnamplus.vn/nhieu-luat-quan-trong-co-hieu-luc-tu-ngay-112026-post1085931.vnp
    ("Từ ngày 1/1/2026,", "Từ ngày một tháng một năm hai nghìn không trăm hai mươi sáu"),
    ("Luật Việc làm 2025;", "Luật Việc làm hai nghìn không trăm hai mươi lăm;"),
    ("Kỳ họp thứ 10,", "Kỳ họp thứ mười"),
    ("51 luật, 8 nghị quyết", "năm mươi mốt luật, tám nghị quyết"),
    ("ngày 1/1/2026.", "ngày một tháng một năm hai nghìn không trăm hai mươi sáu."),
    ("9 chương, 42 điều", "chín chương, bốn mươi hai điều"),
    # https://www.vietnamplus.vn/cong-bo-lenh-cua-chu-tich-nuoc-ve-14-luat-va-1-phap-lenh-post1086025.vnp
    ("Chiều 31/12,", "Chiều ba mươi mốt tháng mười hai"),
    ("14 luật và 1 pháp lệnh", "mười bốn luật và một pháp lệnh"),
    ("8 chương, 45 điều", "tám chương, bốn mươi lăm điều"),
    # https://nghean24h.vn/can-biet-huong-dan-dang-ky-va-kich-hoat-tai-khoan-dinh-danh-dien-tu-vneid-a701640.html
    ("1. Tải", "một. Tải"),
    ("ứng dụng VNeID di động", "ứng dụng vê en e ai đi di động"),
    ("Google Play", "Gu gồ Play"),
    ("2.1. Đăng ký", "hai chấm một. Đăng ký"),
    ("mức 1", "mức một"),
    ("QLHC ve TTXH", "quản lý hành chính ve trật tự xã hội"),
    ("https://vneid.gov.vn", "vê en e ai đi chấm gốp chấm vê en"),
    # https://www.thitruonghanghoa.com/tin-tuc/xuat-hien-hang-loat-tin-nhan-lua-dao-tu-sms-brand-ngan-hang-149694.html
    ("Ngân hàng ACB", "Ngân hàng a xê bê"),
    ("số OTP", "số ô tê pê"),
    ("bấm link", "bấm linh"),
    ("website online.acb.com.vn", "oép sai on lai chấm a xê bê chấm com chấm vê en"),
    ("http://v-acb.com", "vê gạch ngang a xê bê chấm com"),
    ("https://vn-sacombank.com", "vê en gạch ngang sacombank chấm com"),
    # https://thanhnien.vn/canh-bao-chieu-moi-cuop-quyen-dieu-khien-dien-thoai-185250821234247009.htm
    ("Chongluadao.vn,", "chống lừa đảo chấm vê en"),
    ("số CCCD", "số căn cước công dân"),
    ("website Chongluadao.vn", "oép sai chống lừa đảo chấm vê en"),
    (
        "0782359439, 0765011538",
        "không bảy tám hai, ba năm chín, bốn ba chín, không bảy sáu năm, không một một, năm ba tám",
    ),
    # https://baotravinh.vn/an-ninh-quoc-phong/mat-tien-vi-lam-cong-tac-vien-mua-ban-hang-23302.html
    ("ngày 19/7/2022", "ngày mười chín tháng bảy năm hai nghìn không trăm hai mươi hai"),
    ("tài khoản Facebook tên", "tài khoản Phây búc tên"),
    ("CTV Onl", "cộng tác viên Onl"),
    ("chị N (huyện", "chị en-nờ (huyện"),
    ("0922.368.801", "không chín hai hai, ba sáu tám, tám không một"),
    ("kết bạn zalo", "kết bạn Da lô"),
    ("03 đơn hàng", "ba đơn hàng"),
    ("đơn hàng thứ 4,", "đơn hàng thứ tư"),
    ("4,85 triệu đồng", "bốn phẩy tám mươi lăm triệu đồng"),
    (
        "tài khoản số 67910000550414",
        "tài khoản số sáu bảy chín một, không không không không, năm năm không bốn, một bốn",
    ),
    ("ngân hàng BIDV", "ngân hàng bê i đê vê"),
    # https://laws.com.vn/canh-bao-sap-bay-lua-dao-viec-nhe-luong-cao-tu-nhiem-vu-online-nhan-hoa-hong
    ("(CTV)", "(cộng tác viên)"),
    ("nhiệm vụ online", "nhiệm vụ on lai"),
    ("tuyển CTV", "tuyển cộng tác viên"),
    ("(Facebook, Zalo…)", "(Phây búc, Da lô)"),
    ("kết bạn Zalo, Telegram", "kết bạn Da lô, Tê lê gram"),
    # https://kenh14.vn/cong-an-ra-canh-bao-nong-tat-ca-nguoi-dan-khi-nhan-duoc-tin-nhan-nay-dac-biet-chu-y-215260106092431584.chn
    ("truy cập website", "truy cập oép sai"),
    ("mã OTP", "mã ô tê pê"),
    # https://cafef.vn/xuat-hien-hang-loat-thu-doan-lua-dao-moi-lien-quan-den-chuyen-tien-nguoi-dan-dac-biet-chu-y-188260212123436413.chn
    ("quét mã QR với", "quét mã kiu a với"),
    ("đường link lạ", "đường linh lạ"),
    ("mã OTP.", "mã ô tê pê."),
    ("quét mã QR sẽ", "quét mã kiu a sẽ"),
    ("năm 2024", "năm hai nghìn không trăm hai mươi tư"),
    # https://soha.vn/giat-minh-tin-nhan-khoa-tai-khoan-ngay-tet-cu-lua-tien-ty-chi-sau-mot-cu-cham-198260217083246368.htm
    ("sau 24h", "sau hai mươi tư giờ"),
    ("Hà Nội và TP.HCM", "Hà Nội và Thành phố Hồ Chí Minh"),
    ("đường link này", "đường linh này"),
    (".top, .vip, .xyz", "chấm top, chấm vip, chấm ích i dài dét"),
    ("website ngân hàng", "oép sai ngân hàng"),
    # http://doanhnghiephoinhap.vn/bo-cong-an-canh-bao-tin-nhan-gia-mao-ngan-hang-de-lua-chiem-doat-tien-trong-tai-khoan.html
    ("Thứ bảy 31/01/2026", "Thứ bảy ngày ba mươi mốt tháng một năm hai nghìn không trăm hai mươi sáu"),
    ("12:31", "mười hai giờ ba mươi mốt phút"),
    ("banbientap.dnhn@gmail.com", "ban biên tập chấm đê en-nờ hát en-nờ a còng gờ meo chấm com"),
    ("(SMS Brand Name)", "(ét em ét Brand Name)"),
    # https://congan.daklak.gov.vn/savefile/lich-su-truyen-thong/ang-ky-tai-khoan-inh-danh-ien-tu-muc-o-2-oi-voi-cong-dan-viet-nam-tai-cong-an-cap-xa-8827.html
    ("banbientap@congan.daklak.gov.vn", "ban biên tập a còng công an chấm đắk lắk chấm gốp chấm vê en"),
    # https://www.24h.com.vn/an-ninh-xa-hoi/cong-an-tphcm-cuu-nu-sinh-bi-cong-an-dom-ban-online-qua-campuchia-c51a1686067.html
    ("Công an TP.HCM khuyến", "Công an Thành phố Hồ Chí Minh khuyến"),
    ("cài app,", "cài áp"),
    # https://baoxaydung.vn/print/tphcm-ngung-nhan-ho-so-thu-tuc-hanh-chinh-tai-so-nganh-tu-ngay-27-12-192251223160445285.htm
    ("TP.HCM:", "Thành phố Hồ Chí Minh:"),
    ("từ ngày 27/12", "từ ngày hai mươi bảy tháng mười hai"),
    ("23/12/2025,", "ngày hai mươi ba tháng mười hai năm hai nghìn không trăm hai mươi lăm"),
    ("16:29", "mười sáu giờ hai mươi chín phút"),
    ("UBND TP.HCM", "Ủy ban nhân dân Thành phố Hồ Chí Minh"),
    ("Kể từ ngày 27/12,", "Kể từ ngày hai mươi bảy tháng mười hai"),
    ("(số 43 đường", "(số bốn mươi ba đường"),
    # https://evn.com.vn/vi-VN/news-l/Thong-bao-va-khuyen-nghi-60-134
    ("08:22,", "tám giờ hai mươi hai phút"),
    ("12/02/2025", "ngày mười hai tháng hai năm hai nghìn không trăm hai mươi lăm"),
    # https://amp.vtcnews.vn/bat-nhom-quai-xe-mang-hung-khi-nao-loan-duong-pho-ar966085.html
    ("Ngày 18/9,", "Ngày mười tám tháng chín"),
    ("Cơ quan CSĐT", "Cơ quan cảnh sát điều tra"),
    ("8 đối tượng", "tám đối tượng"),
    ("18h ngày 4/9,", "mười tám giờ ngày bốn tháng chín"),
    ("10 đối tượng", "mười đối tượng"),
    ("từ 14 đến 18.", "từ mười bốn đến mười tám."),
    ("2 xe mô tô, 2 thanh kiếm", "hai xe mô tô, hai thanh kiếm"),
    ("Hoàng L. (SN 2008,", "Hoàng e-lờ (sinh năm hai nghìn không trăm linh tám"),
    # https://danviet.vn/om-luu-dan-co-thu-trong-nha.html
    ("(11.10),", "(ngày mười một tháng mười)"),
    ("Công an TP.Vinh cho", "Công an thành phố Vinh cho"),
    ("Công an TP.Vinh đã", "Công an thành phố Vinh đã"),
    ("(SN 1985)", "(sinh năm một nghìn chín trăm tám mươi lăm)"),
    ("(SN 1987)", "(sinh năm một nghìn chín trăm tám mươi bảy)"),
    # https://1022.tphcm.gov.vn/gop-y-pa/moduleId/467/phananhID/PHA230300003416/controller/Portal/action/Detail
    ("1 tuần", "một tuần"),
    ("đến 22h .", "đến hai mươi hai giờ."),
    ("KCN Tân Bình", "khu công nghiệp Tân Bình"),
    ("Đường C7", "Đường xê bảy"),
    ("P.Tây Thạnh", "phường Tây Thạnh"),
    # https://247news.vn/hon-3-900-thanh-nien-o-dai-loc-du-dieu-kien-goi-kham-tuyen-nghia-vu-quan-su/
    ("năm 2022", "năm hai nghìn không trăm hai mươi hai"),
    ("6.970 thanh niên", "sáu nghìn chín trăm bảy mươi thanh niên"),
    ("làm NVQS.", "làm nghĩa vụ quân sự."),
    ("180 thanh niên", "một trăm tám mươi thanh niên"),
    ("2.669 thanh niên", "hai nghìn sáu trăm sáu mươi chín thanh niên"),
    ("3.976 thanh niên", "ba nghìn chín trăm bảy mươi sáu thanh niên"),
    ("Hội đồng NVQS huyện", "Hội đồng nghĩa vụ quân sự huyện"),
    ("các xã/thị trấn", "các xã hoặc thị trấn"),
    # https://quandoantanbinh.vn/phuong-3-thuc-hien-duong-co-to-quoc/
    ("46 năm", "bốn mươi sáu năm"),
    (
        "(30/4/1975-30/4/2021);",
        "(ngày ba mươi tháng tư năm một nghìn chín trăm bảy mươi lăm đến ngày ba mươi tháng tư năm hai nghìn không trăm hai mươi mốt);",
    ),
    (
        "(15-5-1941 – 15-5-2021);",
        "(ngày mười lăm tháng năm năm một nghìn chín trăm bốn mươi mốt đến ngày mười lăm tháng năm năm hai nghìn không trăm hai mươi mốt);",
    ),
    ("131 năm", "một trăm ba mươi mốt năm"),
    (
        "(19/5/1890-19/5/2021)",
        "(ngày mười chín tháng năm năm một nghìn tám trăm chín mươi đến ngày mười chín tháng năm năm hai nghìn không trăm hai mươi mốt)",
    ),
    # https://qcn.hcma.vn/Content/bao-dam-an-ninh-con-nguoi-trong-nghi-quyet-dai-hoi-xiii-va-mot-so-ket-qua-dat-duoc-2021-2024-24339
    ("Đại hội XIII", "Đại hội mười ba"),
    ("(ANCN)", "(an ninh con người)"),
    ("năm 2021", "năm hai nghìn không trăm hai mươi mốt"),
    ("COVID-19", "Cô-vít mười chín"),
    ("về ANCN,", "về an ninh con người"),
    ("(UNDP)", "(u en-nờ đê pê)"),
    ("Đại hội XIII,", "Đại hội mười ba"),
    # https://www.quanlynhanuoc.vn/?p=50982
    ("Ngày 16/02/1947,", "Ngày mười sáu tháng hai năm một nghìn chín trăm bốn mươi bảy"),
    ("Sắc lệnh số 20-SL quy định", "Sắc lệnh số hai mươi quy định"),
    ("tháng 6/1947,", "tháng sáu năm một nghìn chín trăm bốn mươi bảy"),
    ("ngày 27/7 hằng năm", "ngày hai mươi bảy tháng bảy hằng năm"),
    ("năm 1955", "năm một nghìn chín trăm năm mươi lăm"),
    ("(27/7).", "(ngày hai mươi bảy tháng bảy)."),
    ("từ 1947 – 1954,", "từ một nghìn chín trăm bốn mươi bảy đến một nghìn chín trăm năm mươi tư"),
    ("24 văn bản", "hai mươi tư văn bản"),
    # https://mekongasean.vn/de-bao-chi-la-chien-si-tien-phong-tren-mat-tran-bao-ve-nen-tang-tu-tuong-cua-dang-post34960.html
    ("hơn 90 năm", "hơn chín mươi năm"),
    ("(tháng 1/2016)", "(tháng một năm hai nghìn không trăm mười sáu)"),
    ("nhân dân ta”[1].", "nhân dân ta."),
    ("Ngày 22/10/2018,", "Ngày hai mươi hai tháng mười năm hai nghìn không trăm mười tám"),
    ("khoá XII", "khoá mười hai"),
    # https://demo.baosonla.org.vn/bao-ve-nen-tang-tu-tuong-cua-dang/ban-chat-tot-dep-cua-xa-hoi-xa-hoi-chu-nghia-hien-huu-sinh-dong-RCbhgpVIg.html
    ("1% dân số", "một phần trăm dân số"),
    ("3/4 nguồn", "ba phần tư nguồn"),
    ("toàn xã hội”(1).", "toàn xã hội."),
    # https://vtv.vn/xa-hoi/gia-tang-so-vu-gia-danh-can-bo-dien-luc-doi-tien-dien-trong-mua-dich-20210622142704369.htm
    ("(KP Phú Thọ 2,", "(khu phố Phú Thọ hai"),
    ("TX. Đông Hòa", "thị xã Đông Hòa"),
    ("1 trong 4 trường hợp", "một trong bốn trường hợp"),
    ("1 tháng qua", "một tháng qua"),
    ("tháng 5,", "tháng năm"),
    ("11 trường hợp", "mười một trường hợp"),
    ("tổng đài 19001909", "tổng đài một chín không không một chín không chín"),
    # https://cafef.vn/tong-cong-ty-dien-luc-tp-hcm-co-thong-bao-quan-trong-voi-khach-hang-188250917141649475.chn
    ("Ngày 17-9,", "Ngày mười bảy tháng chín"),
    ("Điện lực TP HCM cho", "Điện lực thành phố Hồ Chí Minh cho"),
    ("từ ngày 1-7-2025.", "từ ngày một tháng bảy năm hai nghìn không trăm hai mươi lăm."),
    ("tổng đài 1900545454", "tổng đài một chín không không, năm bốn năm, bốn năm bốn"),
    ("email cskh@hcmpc.com.vn", "i meo xê ét ca hát a còng hát xê em-mờ pê xê chấm com chấm vê en"),
    # https://tinmoi.org/cong-nghe/mot-nguoi-dan-ong-binh-dinh-bat-ngo-tranh-duoc-bay-lua-dao-nho-tai-khoan-ngan-hang-khong-con-tien-de-chuyen
    ("ông T.M.T (trú", "ông tê em-mờ tê (trú"),
    ("15% tiền điện", "mười lăm phần trăm tiền điện"),
    ("Ông T cho biết", "Ông tê cho biết"),
    ("kết bạn Zalo, cài app", "kết bạn Da lô, cài áp"),
    ("đường link do", "đường linh do"),
    ("mã chuyển tiền QR", "mã chuyển tiền kiu a"),
    ("ông T không", "ông tê không"),
    ("ông Đ.H.S trú", "ông đê hát ét trú"),
    ("số máy 0917896904", "số máy không chín một bảy, tám chín sáu, chín không bốn"),
    ("ông S đã", "ông ét đã"),
    ("114 triệu đồng", "một trăm mười bốn triệu đồng"),
    ("Anh T kể", "Anh tê kể"),
    ("02 cây", "hai cây"),
    # https://vietnamnet.vn/tai-khoan-bi-tru-gan-700-trieu-sau-cuoc-goi-cua-nhan-vien-dien-luc-2377889.html
    ("Tháng 2/2025,", "tháng hai năm hai nghìn không trăm hai mươi lăm"),
    ("chị P.T.H (trú", "chị pê tê hát (trú"),
    ("TP Vinh)", "thành phố Vinh)"),
    ("chị H. phải", "chị hát phải"),
    ("chị H. đã", "chị hát đã"),
    ("700 triệu đồng", "bảy trăm triệu đồng"),
    ("tháng 2/2025,", "tháng hai năm hai nghìn không trăm hai mươi lăm"),
    ("(TP Vinh)", "(thành phố Vinh)"),
    # https://vietnamdaily.kienthuc.net.vn/tuyet-doi-khong-lam-theo-yeu-cau-nay-neu-gap-doi-tuong-gia-danh-can-bo-dien-luc-post1555176.html
    ("1. Thủ đoạn", "một. Thủ đoạn"),
    ("từ tháng 7/2025,", "từ tháng bảy năm hai nghìn không trăm hai mươi lăm"),
    ("TP Hà Nội (EVNHANOI)", "thành phố Hà Nội (e vê en Hà Nội)"),
    # https://ngoquyen.haiphong.gov.vn/Phong-chong-dich/Sang-ngay-1752022-tai-Tram-Y-Te-Phuong-Dang-Giang-phu-huynh-cac-be-5-tuoi-Truong-Mau-giao-Sao-Sang-7-da-dua-con-den-Tram-Y-Te-de-tiem-vacxin-phong-Cov-93535.html
    ("17/05/2022", "ngày mười bảy tháng năm năm hai nghìn không trăm hai mươi hai"),
    ("10:12", "mười giờ mười hai phút"),
    ("Covid- 19", "Cô-vít mười chín"),
    ("2021-2022", "hai nghìn không trăm hai mươi mốt đến hai nghìn không trăm hai mươi hai"),
    ("ngày 04/4/2022 của UBND", "ngày bốn tháng tư năm hai nghìn không trăm hai mươi hai của Ủy ban nhân dân"),
    (
        "Kế hoạch số 43/KH-SYT ngày05/4/2022",
        "Kế hoạch số bốn mươi ba ngày năm tháng tư năm hai nghìn không trăm hai mươi hai của Sở Y tế",
    ),
    ("Covid-19 cho", "Cô-vít mười chín cho"),
    ("đến 11 tuổi", "đến mười một tuổi"),
    ("Số 19 Đà Nẵng", "Số mười chín Đà Nẵng"),
    ("HĐND & UBND quận", "Hội đồng nhân dân và Ủy ban nhân dân quận"),
    ("02253.836.786", "không hai hai năm ba, tám ba sáu, bảy tám sáu"),
    # https://congan.com.vn/doi-song/bao-yagi-co-the-manh-len-toi-cap-14-giat-cap-17_166799.html
    ("Thứ Tư, 04/09/2024", "Thứ Tư, ngày bốn tháng chín năm hai nghìn không trăm hai mươi tư"),
    ("09:04", "chín giờ bốn phút"),
    ("từ ngày 5-6/9,", "từ ngày năm đến sáu tháng chín"),
    ("(bão số 3)", "(bão số ba)"),
    ("cấp 14, giật cấp 17", "cấp mười bốn, giật cấp mười bảy"),
    ("hồi 4 giờ ngày 4/9,", "hồi bốn giờ ngày bốn tháng chín"),
    ("18,9 độ Vĩ Bắc", "mười tám phẩy chín độ Vĩ Bắc"),
    ("118 độ Kinh Đông", "một trăm mười tám độ Kinh Đông"),
    ("(103-117 km/h)", "(một trăm linh ba đến một trăm mười bảy ki lô mét trên giờ)"),
    ("10 km/h.", "mười ki lô mét trên giờ."),
    ("đến 4 giờ ngày 5/9,", "đến bốn giờ ngày năm tháng chín"),
    ("560km", "năm trăm sáu mươi ki lô mét"),
    # https://amp.mangyte.vn/news-bao-so-8-co-kha-nang-manh-them-chuyen-huong-phuc-tap-396927.html
    ("hồi 4h ngày (21/10),", "hồi bốn giờ ngày (hai mươi mốt tháng mười)"),
    ("16,2 độ Vĩ Bắc", "mười sáu phẩy hai độ Vĩ Bắc"),
    ("119,4 độ Kinh Đông", "một trăm mười chín phẩy bốn độ Kinh Đông"),
    ("770km", "bảy trăm bảy mươi ki lô mét"),
    ("(60-75km/giờ)", "(sáu mươi đến bảy mươi lăm ki lô mét một giờ)"),
    ("24 giờ tới", "hai mươi tư giờ tới"),
    ("10-15km", "mười đến mười lăm ki lô mét"),
    ("cấp 6 trở lên", "cấp sáu trở lên"),
    ("từ vĩ tuyến 14,5 đến 18,5 độ", "từ vĩ tuyến mười bốn phẩy năm đến mười tám phẩy năm độ"),
    ("114,5 đến 120,0 độ", "một trăm mười bốn phẩy năm đến một trăm hai mươi phẩy không độ"),
    # https://duclinh.binhthuan.gov.vn/xa-tan-ha/tan-ha-to-chuc-tiem-vaccine-phong-chong-covid-19-605916
    ("3 ngày", "ba ngày"),
    (
        "từ 23/9 đến 25/9/2021,",
        "từ ngày hai mươi ba tháng chín đến ngày hai mươi lăm tháng chín năm hai nghìn không trăm hai mươi mốt",
    ),
    ("65 tuổi", "sáu mươi lăm tuổi"),
    ("582 liều", "năm trăm tám mươi hai liều"),
    # https://mongcai.gov.vn/vi-vn/tin/ubnd-phuong-tran-phu-trien-khai-tiem-vaccine-phong-covid-19-dien-rong-mui-2--dot-xv--nam-2021/50984-73575-905290
    ("UBND Phường", "Ủy ban nhân dân Phường"),
    ("mũi 2,", "mũi hai"),
    ("đợt XV,", "đợt mười lăm"),
    ("11/10/2021", "ngày mười một tháng mười năm hai nghìn không trăm hai mươi mốt"),
    ("14:39", "mười bốn giờ ba mươi chín phút"),
    ("Ngày 10/10/2021", "Ngày mười tháng mười năm hai nghìn không trăm hai mươi mốt"),
    ("đợt XV ,", "đợt mười lăm"),
    ("TP Móng Cái", "thành phố Móng Cái"),
    ("18 tuổi", "mười tám tuổi"),
    ("97,4%", "chín mươi bảy phẩy bốn phần trăm"),
    ("2325/2385 liều", "hai nghìn ba trăm hai mươi lăm trên hai nghìn ba trăm tám mươi lăm liều"),
    # https://p2.sadec.dongthap.gov.vn/giao-duc-y-te/phuong-2-tiem-chung-vac-xin-phong-covid-19-cho-nguoi-lon-tuoi.html?Entries_page=63
    ("ngày 09/8 và 10/8/2021,", "ngày chín tháng tám và mười tháng tám năm hai nghìn không trăm hai mươi mốt"),
    ("Phường 2 phối hợp", "Phường hai phối hợp"),
    ("03 điểm", "ba điểm"),
    (
        "(28/4) (26/04/2023)",
        "(ngày hai mươi tám tháng tư) (ngày hai mươi sáu tháng tư năm hai nghìn không trăm hai mươi ba)",
    ),
    # http://donre.hochiminhcity.gov.vn/tintuc/default.aspx?ItemID=9281&Mode=1
    ("Ngày 11/9/2024,", "Ngày mười một tháng chín năm hai nghìn không trăm hai mươi tư"),
]

ISSUE_CASES: list[tuple[str, str]] = [
    # Dates written day-month with a hyphen or a dot, ranges of days; real ranges and scores stay ranges.
    ("ngày 7-5 người dân đi bầu cử", "ngày bảy tháng năm người dân đi bầu cử"),
    ("sáng 14.8 có mưa rào", "sáng mười bốn tháng tám có mưa rào"),
    ("trong hai ngày 22 - 23/1", "trong hai ngày hai mươi hai đến hai mươi ba tháng một"),
    ("tỷ số 2-1 nghiêng về đội chủ nhà", "tỷ số hai - một nghiêng về đội chủ nhà"),
    ("trong 5-7 ngày làm việc", "trong năm đến bảy ngày làm việc"),
    ("mức phạt 10-20 triệu đồng", "mức phạt mười đến hai mươi triệu đồng"),
    ("nhiệt độ 12-15 độ C", "nhiệt độ mười hai đến mười lăm độ xê"),
    # Document numbers: number, letter suffix, year, issuer as "của ...", never "trên <code> - <code>".
    (
        "Kế hoạch số 45/KH-UBND ngày 10/01/2024 của UBND phường",
        "Kế hoạch số bốn mươi lăm ngày mười tháng một năm hai nghìn không trăm hai mươi tư của Ủy ban nhân dân phường",
    ),
    ("Quyết định số 12a/QĐ-UBND của UBND xã", "Quyết định số mười hai a của Ủy ban nhân dân xã"),
    ("theo Quyết định 12a/QĐ- UBND", "theo Quyết định mười hai a của Ủy ban nhân dân"),
    (
        "Kế hoạch số 45/KH- UBND về việc tuyên truyền",
        "Kế hoạch số bốn mươi lăm của Ủy ban nhân dân về việc tuyên truyền",
    ),
    (
        "Nghị định số 30/2020/NĐ - CP quy định",
        "Nghị định số ba mươi năm hai nghìn không trăm hai mươi của Chính phủ quy định",
    ),
    ("theo 45/KH-UBND, các tổ dân phố", "theo Kế hoạch số bốn mươi lăm của Ủy ban nhân dân, các tổ dân phố"),
    (
        "Thông tư số 01/2024/TT-BCA ngày 10/1/2024",
        "Thông tư số một năm hai nghìn không trăm hai mươi tư ngày mười tháng một năm hai nghìn không trăm hai mươi tư "
        "của Bộ Công an",
    ),
    ("Luật số 24/2018/QH14", "Luật số hai mươi tư năm hai nghìn không trăm mười tám của Quốc hội khóa mười bốn"),
    (
        "Chỉ thị số 21/CT-TTg ngày 1/6/2023",
        "Chỉ thị số hai mươi mốt ngày một tháng sáu năm hai nghìn không trăm hai mươi ba của Thủ tướng Chính phủ",
    ),
    ("Công văn số 15/2023 của phường", "Công văn số mười lăm năm hai nghìn không trăm hai mươi ba của phường"),
    ("Số: 115/KH-UBND", "Số: một trăm mười lăm của Ủy ban nhân dân"),
    # Abbreviations and place prefixes, with or without a dot or a space, words kept intact around them.
    ("TP.Vinh", "thành phố Vinh"),
    ("P.3, Q.1, TP.HCM", "phường ba, quận một, Thành phố Hồ Chí Minh"),
    ("tại TT. Xuân Mai, H. Chương Mỹ", "tại thị trấn Xuân Mai, huyện Chương Mỹ"),
    ("X. Tả Thanh Oai, H. Thanh Oai", "xã Tả Thanh Oai, huyện Thanh Oai"),
    ("TX Mỹ Hào", "thị xã Mỹ Hào"),
    ("lực lượng CSGT và CSĐT", "lực lượng cảnh sát giao thông và cảnh sát điều tra"),
    ("ĐBQH tiếp xúc cử tri", "đại biểu Quốc hội tiếp xúc cử tri"),
    ("nhà nước XHCN", "nhà nước xã hội chủ nghĩa"),
    ("đăng ký NVQS", "đăng ký nghĩa vụ quân sự"),
    ("Hội LHPN phường", "Hội Liên hiệp Phụ nữ phường"),
    ("Phòng QLHC về TTXH", "Phòng quản lý hành chính về trật tự xã hội"),
    ("BCH Đoàn phường", "Ban Chấp hành Đoàn phường"),
    ("UBMTTQVN phường", "Ủy ban Mặt trận Tổ quốc Việt Nam phường"),
    ("đ/c Hùng, ĐT: 0912345678", "đồng chí Hùng, điện thoại: không chín một hai, ba bốn năm, sáu bảy tám"),
    # Brand and tech words by their common Vietnamese readings.
    ("cài Zalo, Facebook", "cài Da lô, Phây búc"),
    ("lấy mã OTP qua SMS", "lấy mã ô tê pê qua ét em ét"),
    ("quét mã QR bằng SIM", "quét mã kiu a bằng sim"),
    ("thiết bị IoT và AI", "thiết bị ai ô ti và ây ai"),
    ("mạng 5G, Wi-Fi miễn phí", "mạng năm gờ, oai phai miễn phí"),
    ("AI ĐÃ GỌI CHO BẠN?", "ai đã gọi cho bạn?"),
    # Letters and initials.
    ("Bà L. bị lừa", "Bà e-lờ bị lừa"),
    ("ông N.V.A khai", "ông en-nờ vê a khai"),
    ("bà H (trú tại xã)", "bà hát (trú tại xã)"),
    ("Nguyễn Quốc Th. (SN 2008)", "Nguyễn Quốc thờ (sinh năm hai nghìn không trăm linh tám)"),
    ("khu B, nhà C", "khu bê, nhà xê"),
    # Digit strings: hotlines, emergency numbers, short codes, accounts, leading zeros, codes.
    ("đầu số 8088", "đầu số tám không tám tám"),
    ("gọi 113, 114, 115 khi cần", "gọi một một ba, một một bốn, một một năm khi cần"),
    ("Đường dây nóng 111 bảo vệ trẻ em", "Đường dây nóng một một một bảo vệ trẻ em"),
    ("tổng đài 1900 1234", "tổng đài một chín không không, một hai ba bốn"),
    ("đường dây nóng 18001567", "đường dây nóng một tám không không một năm sáu bảy"),
    ("soạn tin gửi 5656.", "soạn tin gửi năm sáu năm sáu."),
    ("số tài khoản 0123456789", "số tài khoản không một hai ba, bốn năm sáu, bảy tám chín"),
    (
        "tài khoản số 1903456789012",
        "tài khoản số một chín không ba, bốn năm sáu bảy, tám chín không, một hai",
    ),
    ("mã số 00", "mã số không không"),
    ("Phòng PC02 Công an tỉnh", "Phòng pê xê không hai Công an tỉnh"),
    ("Cục C02 Bộ Công an", "Cục xê không hai Bộ Công an"),
    ("Có 113 hộ dân", "Có một trăm mười ba hộ dân"),
    # Web addresses and e-mail.
    ("Truy cập https://dichvucong.gov.vn để nộp hồ sơ", "Truy cập dịch vụ công chấm gốp chấm vê en để nộp hồ sơ"),
    ("gửi email về hotro@congan.gov.vn", "gửi i meo về hỗ trợ a còng công an chấm gốp chấm vê en"),
    ("xem www.canhbao.vn/tin-moi", "xem cảnh báo chấm vê en gạch chéo tin gạch ngang moi"),
    ("liên hệ abc.xyz@gmail.com", "liên hệ a bê xê chấm ích i dài dét a còng gờ meo chấm com"),
    # Plates, km posts, units with or without a space, negatives.
    ("nhiệt độ -3°C", "nhiệt độ âm ba độ xê"),
    ("nhiệt độ xuống -3 độ C", "nhiệt độ xuống âm ba độ xê"),
    ("tại km15+200 quốc lộ 5", "tại ki lô mét mười lăm cộng hai trăm quốc lộ năm"),
    ("xe 29A-123.45 vượt đèn đỏ", "xe hai chín a, một hai ba bốn năm vượt đèn đỏ"),
    ("diện tích 2ha lúa", "diện tích hai héc ta lúa"),
    ("100m2 đất", "một trăm mét vuông đất"),
    ("thu hoạch 5 tấn, 200kg", "thu hoạch năm tấn, hai trăm ki lô gam"),
    # Footnote markers dropped.
    ("bài viết đã nêu[1].", "bài viết đã nêu."),
    ("Độc lập[2] là mục tiêu", "Độc lập là mục tiêu"),
    ("toàn xã hội”(1).", "toàn xã hội."),
    ("chiếm 24%1; còn lại", "chiếm hai mươi tư phần trăm; còn lại"),
    # A zero-width space between two words is a space, and old encodings become Unicode first.
    ("phường\u200bBạch Sam", "phường Bạch Sam"),
    ("Céng hoµ x· héi chñ nghÜa ViÖt Nam §éc lËp", "Cộng hoà xã hội chủ nghĩa Việt Nam Độc lập"),
    ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam Ñoäc laäp", "Cộng hòa xã hội chủ nghĩa Việt Nam Độc lập"),
]

SOUTH_CASES: list[tuple[str, str]] = [
    ("Kế hoạch số 105/KH-UBND", "Kế hoạch số một trăm lẻ năm của Ủy ban nhân dân"),
    ("ngày 7-5", "ngày bảy tháng năm"),
    ("nhận 1.500 đồng", "nhận một ngàn năm trăm đồng"),
    ("tại km105+200", "tại ki lô mét một trăm lẻ năm cộng hai trăm"),
    ("năm 2009", "năm hai ngàn không trăm lẻ chín"),
]


@pytest.fixture(scope="module")
def north() -> Normalizer:
    return Normalizer()


def test_there_are_at_least_300_cases_most_from_real_texts() -> None:
    real = len(REAL_CLAUSES) + len(REAL_PIECES)
    assert real + len(ISSUE_CASES) + len(SOUTH_CASES) >= 300
    assert real > 2 * (len(ISSUE_CASES) + len(SOUTH_CASES))


@pytest.mark.parametrize(("text", "expected"), REAL_CLAUSES + REAL_PIECES)
def test_real_texts(north: Normalizer, text: str, expected: str) -> None:
    assert north.normalize(text) == expected


@pytest.mark.parametrize(("text", "expected"), ISSUE_CASES)
def test_issue_examples(north: Normalizer, text: str, expected: str) -> None:
    assert north.normalize(text) == expected


@pytest.mark.parametrize(("text", "expected"), SOUTH_CASES)
def test_southern_readings(text: str, expected: str) -> None:
    assert Normalizer(dialect="south").normalize(text) == expected
