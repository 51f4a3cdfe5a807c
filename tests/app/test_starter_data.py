from app.settings import read_settings


def test_new_station_has_directive_topics_samples_and_identity(station):
    db = station.db
    directive = db["directives"].get(1)
    assert directive["number"] == "1283/UBND-VHTT"
    assert directive["date"] == "2023-08-30"
    assert directive["issuer"] == "UBND thị xã Mỹ Hào"
    topics = {row["name"] for row in db["topics"].rows}
    assert {
        "Phòng chống lừa đảo qua mạng",
        "Văn hóa ứng xử trên mạng xã hội",
        "Bảo vệ bí mật nhà nước trên không gian mạng",
        "An toàn thông tin",
    } <= topics

    samples = list(db.query("SELECT b.*, t.name AS topic FROM bulletins b JOIN topics t ON t.id = b.topic_id"))
    assert len(samples) >= 6
    assert all(row["is_sample"] == 1 and row["directive_id"] == 1 for row in samples)
    assert all(len(row["body"]) > 300 for row in samples)
    text = " ".join(row["title"] + " " + row["body"] for row in samples)
    for subject in ("OTP", "đầu tư", "việc nhẹ lương cao", "shipper", "Zalo", "bí mật nhà nước", "ứng xử"):
        assert subject in text, subject
    # Every directive topic except the resolution gets at least one sample.
    assert {row["topic"] for row in samples} >= topics - {"Nghị quyết 35-NQ/TW"}

    settings = read_settings(db)
    assert settings.station_name == "Đài Truyền thanh phường Bạch Sam"
    assert settings.timezone == "Asia/Ho_Chi_Minh"


def test_settings_are_editable(station):
    station.update_settings({"station_name": "Đài Truyền thanh phường Phùng Chí Kiên"})
    assert station.settings.station_name == "Đài Truyền thanh phường Phùng Chí Kiên"
