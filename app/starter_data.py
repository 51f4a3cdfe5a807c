"""What a new station database starts with: the directive's topics, the directive, the station, sample bulletins.

The sample bulletins stay: a new operator can try reading one aloud, scheduling it and printing a report before
writing their own. They are marked as samples (`is_sample`: "Mẫu" in the list, a note in the editor; editing one
makes it the station's own), and the first start opens on the welcome (ui/welcome.py) with no bulletin chosen,
not on a sample."""

from __future__ import annotations

from sqlite_utils import Database

from app.rows import inserted_id
from app.settings import DEFAULTS, set_settings
from app.station_time import format_timestamp, now_local

DIRECTIVE = {
    "number": "1283/UBND-VHTT",
    "date": "2023-08-30",
    "issuer": "UBND thị xã Mỹ Hào",
    "summary": "Về việc tăng cường công tác tuyên truyền trên không gian mạng",
}

TOPICS: list[tuple[str, str]] = [
    ("Phòng chống lừa đảo qua mạng", "#d62728"),
    ("Văn hóa ứng xử trên mạng xã hội", "#1f77b4"),
    ("Bảo vệ bí mật nhà nước trên không gian mạng", "#9467bd"),
    ("An toàn thông tin", "#2ca02c"),
    ("Nghị quyết 35-NQ/TW", "#ff7f0e"),
]

SAMPLE_BULLETINS: list[tuple[str, str, str]] = [
    (
        "Cảnh giác với cuộc gọi giả danh công an, ngân hàng đề nghị cung cấp mã OTP",
        "Phòng chống lừa đảo qua mạng",
        "Thời gian gần đây, trên địa bàn thị xã Mỹ Hào xuất hiện nhiều cuộc gọi giả danh cán bộ công an, "
        "nhân viên ngân hàng, nhân viên nhà mạng. Các đối tượng thông báo người dân có liên quan đến một vụ án, "
        "tài khoản ngân hàng bị khóa hoặc số thuê bao sắp bị cắt, rồi yêu cầu đọc mã OTP, cài ứng dụng lạ "
        'hoặc chuyển tiền vào tài khoản do chúng chỉ định để "xác minh".\n\n'
        "Đài Truyền thanh phường khuyến cáo bà con: cơ quan công an không làm việc qua điện thoại, không yêu cầu "
        "chuyển tiền để điều tra; ngân hàng không bao giờ hỏi mã OTP hay mật khẩu của khách hàng. Tuyệt đối không "
        "đọc mã OTP cho bất kỳ ai, không bấm vào đường link lạ. Khi nghi ngờ, hãy gác máy, gọi lại tổng đài chính "
        "thức của ngân hàng hoặc báo ngay cho Công an phường, hoặc gọi số 113.",
    ),
    (
        "Lừa đảo đầu tư tài chính, việc nhẹ lương cao trên mạng",
        "Phòng chống lừa đảo qua mạng",
        'Nhiều người dân đã bị mất tiền vì tin lời mời "đầu tư chứng khoán, tiền ảo lợi nhuận 30% mỗi tháng" '
        'hoặc "việc nhẹ lương cao, làm cộng tác viên chốt đơn tại nhà". Thủ đoạn chung là cho nạn nhân nhận '
        "tiền hoa hồng nhỏ ở vài nhiệm vụ đầu để tạo lòng tin, sau đó yêu cầu nạp số tiền ngày càng lớn rồi "
        "chiếm đoạt toàn bộ.\n\n"
        "Không có công việc nào chỉ cần bấm thích, chốt đơn mà được trả lương cao, càng không có khoản đầu tư nào "
        "chắc chắn lãi lớn. Bà con không nạp tiền, không chuyển khoản theo yêu cầu của người lạ trên Zalo, "
        "Facebook, Telegram. Nếu đã lỡ chuyển tiền, hãy giữ lại tin nhắn, biên lai và đến ngay "
        "Công an phường trình báo.",
    ),
    (
        "Cảnh báo đường link giả mạo shipper giao hàng",
        "Phòng chống lừa đảo qua mạng",
        "Các đối tượng lừa đảo giả danh nhân viên giao hàng, gọi điện báo có đơn hàng cần thanh toán phí "
        'hoặc nhận hàng hoàn, rồi gửi đường link qua tin nhắn để người dân "xác nhận đơn". Khi bấm vào link '
        "và nhập thông tin thẻ, tài khoản ngân hàng của người dân lập tức bị rút sạch tiền.\n\n"
        "Bà con lưu ý: chỉ thanh toán khi đã nhận và kiểm tra hàng; không bấm vào đường link do người lạ gửi; "
        "không cài ứng dụng ngoài kho ứng dụng chính thức; không cung cấp số thẻ, mật khẩu, mã OTP cho bất kỳ ai.",
    ),
    (
        "Phòng tránh bị chiếm đoạt tài khoản Zalo, Facebook",
        "An toàn thông tin",
        "Khi chiếm được tài khoản Zalo, Facebook của một người, kẻ gian nhắn tin cho người thân, bạn bè của họ "
        "để vay tiền, nhờ chuyển khoản gấp, thậm chí dùng video giả mạo khuôn mặt để gọi điện cho thêm tin tưởng.\n\n"
        "Để bảo vệ tài khoản, bà con hãy đặt mật khẩu mạnh, bật xác thực hai lớp, không đăng nhập trên máy lạ, "
        "không chia sẻ mã xác nhận. Khi người quen nhắn tin vay tiền, hãy gọi điện trực tiếp theo số điện thoại "
        "đã biết để kiểm tra trước khi chuyển tiền. Khi mất tài khoản, hãy báo ngay cho bạn bè, người thân biết.",
    ),
    (
        "Không chia sẻ tài liệu bí mật nhà nước lên mạng xã hội",
        "Bảo vệ bí mật nhà nước trên không gian mạng",
        "Cán bộ, công chức, viên chức và người dân cần nâng cao ý thức bảo vệ bí mật nhà nước trên không gian mạng. "
        "Tuyệt đối không chụp ảnh, sao chép, đăng tải, chia sẻ tài liệu có đóng dấu mật lên Zalo, Facebook hay các "
        "nhóm trò chuyện; không soạn thảo, lưu trữ tài liệu mật trên máy tính có kết nối Internet.\n\n"
        "Làm lộ, mất bí mật nhà nước là hành vi vi phạm pháp luật, có thể bị xử lý kỷ luật hoặc truy cứu trách nhiệm "
        "hình sự. Khi phát hiện tài liệu mật bị đưa lên mạng, hãy báo ngay cho cơ quan có thẩm quyền.",
    ),
    (
        "Văn hóa ứng xử văn minh trên mạng xã hội",
        "Văn hóa ứng xử trên mạng xã hội",
        "Mạng xã hội mang lại nhiều tiện ích nhưng cũng là nơi lan truyền thông tin sai sự thật, lời lẽ xúc phạm "
        "danh dự, nhân phẩm người khác. Thực hiện Bộ Quy tắc ứng xử trên mạng xã hội, mỗi người dân hãy tôn trọng, "
        "tuân thủ pháp luật; chỉ chia sẻ thông tin từ nguồn chính thống; không đăng tải, bình luận, chia sẻ tin chưa "
        "được kiểm chứng; không dùng lời lẽ thô tục, kích động.\n\n"
        "Mỗi lượt chia sẻ tin giả có thể gây hoang mang dư luận và ảnh hưởng đến an ninh, trật tự ở địa phương. "
        "Hãy là người dùng mạng xã hội văn minh, có trách nhiệm.",
    ),
    (
        "Tiếp tục quán triệt Nghị quyết 35-NQ/TW về bảo vệ nền tảng tư tưởng của Đảng",
        "Nghị quyết 35-NQ/TW",
        "Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị về tăng cường bảo vệ nền tảng tư tưởng của Đảng, "
        "đấu tranh phản bác các quan điểm sai trái, thù địch trong tình hình mới tiếp tục được quán triệt sâu rộng.\n\n"
        "Các thế lực thù địch lợi dụng mạng xã hội để xuyên tạc, chống phá Đảng, Nhà nước. Mỗi cán bộ, đảng viên và "
        "người dân cần tỉnh táo nhận diện thông tin sai trái, không tiếp tay lan truyền, tích cực lan tỏa thông tin "
        "tích cực, người tốt, việc tốt trên không gian mạng.",
    ),
]


def seed_starter_data(db: Database) -> None:
    """Fill a brand-new database. Runs once, in one transaction."""
    stamp = format_timestamp(now_local())
    with db.atomic():
        directive_id = inserted_id(db.table("directives").insert(DIRECTIVE))
        topic_ids: dict[str, int] = {}
        for name, colour in TOPICS:
            topic_ids[name] = inserted_id(
                db.table("topics").insert({"name": name, "colour": colour, "active": 1, "directive_id": directive_id})
            )
        db.table("bulletins").insert_all(
            {
                "title": title,
                "topic_id": topic_ids[topic],
                "directive_id": directive_id,
                "body": body,
                "notes": "Bản tin mẫu do phần mềm tạo sẵn, có thể sửa hoặc xóa.",
                "is_sample": 1,
                "created_at": stamp,
                "updated_at": stamp,
            }
            for title, topic, body in SAMPLE_BULLETINS
        )
        set_settings(db, {**DEFAULTS, "welcome_pending": "on"})  # the first start shows ui/welcome.py
