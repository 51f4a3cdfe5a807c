<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="vi_VN">
<context>
    <name>BulletinsPage</name>
    <message>
        <location filename="../bulletins_page.py" line="18" />
        <source>Bản tin</source>
        <translation>Bulletins</translation>
    </message>
    <message>
        <location filename="../bulletins_page.py" line="19" />
        <source>Thư viện bản tin tuyên truyền và các bản ghi âm của đài.</source>
        <translation>The station's library of awareness bulletins and recordings.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../application.py" line="37" />
        <source>Có lỗi</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../application.py" line="54" />
        <source>Lỗi không mong đợi</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../application.py" line="55" />
        <source>Phần mềm gặp lỗi không mong đợi nhưng vẫn tiếp tục chạy.

{error}

Chi tiết đã được ghi vào tệp nhật ký:
{path}</source>
        <translation>The program hit an unexpected error but keeps running.

{error}

Details were written to the log file:
{path}</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <location filename="../log_page.py" line="18" />
        <source>Nhật ký phát sóng</source>
        <translation>Airtime log</translation>
    </message>
    <message>
        <location filename="../log_page.py" line="19" />
        <source>Mỗi lần phát thật được ghi lại một dòng.</source>
        <translation>Every real airing is recorded as one row.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="33" />
        <source>Truyền Thanh Phường — {name}</source>
        <translation>Ward Radio — {name}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="72" />
        <source>Bản tin</source>
        <translation>Bulletins</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="73" />
        <source>Lịch phát</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="74" />
        <source>Phát sóng</source>
        <translation>On air</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="75" />
        <source>Nhật ký</source>
        <translation>Log</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="76" />
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="77" />
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="103" />
        <source>Giọng Google: đang kiểm tra…</source>
        <translation>Google voice: checking…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="126" />
        <source>ĐANG PHÁT: {title}</source>
        <translation>ON AIR: {title}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="128" />
        <source>Không phát</source>
        <translation>Off air</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="139" />
        <source>Giọng Google: sẵn sàng</source>
        <translation>Google voice: ready</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="141" />
        <source>Giọng Google: không kết nối (dùng giọng offline)</source>
        <translation>Google voice: unreachable (offline voice in use)</translation>
    </message>
</context>
<context>
    <name>OnAirPage</name>
    <message>
        <location filename="../on_air_page.py" line="18" />
        <source>Phát sóng</source>
        <translation>On air</translation>
    </message>
    <message>
        <location filename="../on_air_page.py" line="19" />
        <source>Danh sách phát trong ngày, tiết mục đang phát và tiết mục tiếp theo.</source>
        <translation>Today's rundown, what is playing and what is next.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../reports_page.py" line="18" />
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../reports_page.py" line="19" />
        <source>Báo cáo tần suất và thời lượng phát sóng theo chủ đề.</source>
        <translation>Reports of broadcast frequency and duration by topic.</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <location filename="../schedule_page.py" line="18" />
        <source>Lịch phát</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location filename="../schedule_page.py" line="19" />
        <source>Khung giờ phát và các tiết mục trong từng khung giờ.</source>
        <translation>Broadcast windows and the items in each.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../settings_page.py" line="27" />
        <source>Tên đài</source>
        <translation>Station name</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="28" />
        <source>Cơ quan (dòng trên cùng bên trái báo cáo)</source>
        <translation>Issuing body (top left line of reports)</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="29" />
        <source>Phường</source>
        <translation>Ward</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="30" />
        <source>Thị xã / quận / huyện</source>
        <translation>Town / district</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="31" />
        <source>Tỉnh / thành phố</source>
        <translation>Province / city</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="32" />
        <source>Chức vụ người ký</source>
        <translation>Signer's title</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="33" />
        <source>Họ tên người ký</source>
        <translation>Signer's name</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="34" />
        <source>Người lập biểu</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="35" />
        <source>Cán bộ vận hành đài</source>
        <translation>Station operator</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="38" />
        <source>Tự động (Google khi có mạng, offline khi mất mạng)</source>
        <translation>Automatic (Google when online, offline voice otherwise)</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="39" />
        <source>Google</source>
        <translation>Google</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="40" />
        <source>Offline (có sẵn trong máy)</source>
        <translation>Offline (built in)</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="43" />
        <source>Miền Bắc</source>
        <translation>Northern</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="44" />
        <source>Miền Trung</source>
        <translation>Central</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="45" />
        <source>Miền Nam</source>
        <translation>Southern</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="48" />
        <source>Miền Bắc (nghìn, linh)</source>
        <translation>Northern (nghìn, linh)</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="49" />
        <source>Miền Nam (ngàn, lẻ)</source>
        <translation>Southern (ngàn, lẻ)</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="59" />
        <source>Thông tin đài và người ký báo cáo</source>
        <translation>Station and report signer</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="67" />
        <source>Giọng đọc mặc định</source>
        <translation>Default voice</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="83" />
        <source>Giọng đọc</source>
        <translation>Voice</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="84" />
        <source>Vùng miền giọng offline</source>
        <translation>Offline voice accent</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="85" />
        <source>Cách đọc số</source>
        <translation>Number reading</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="86" />
        <source>Tốc độ đọc</source>
        <translation>Reading speed</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="87" />
        <source>Số lần đọc bản tin</source>
        <translation>Times each bulletin is read</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="88" />
        <source>Khoảng lặng giữa hai lần đọc</source>
        <translation>Pause between readings</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="89" />
        <source>Độ lớn chuẩn</source>
        <translation>Loudness target</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="91" />
        <source>Âm thanh ra loa và ngôn ngữ</source>
        <translation>Audio output and language</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="95" />
        <source>Thiết bị mặc định của máy</source>
        <translation>System default device</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="104" />
        <source>en</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../settings_page.py" line="105" />
        <source>Thiết bị phát</source>
        <translation>Output device</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="106" />
        <source>Âm lượng</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="107" />
        <source>Ngôn ngữ giao diện</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="109" />
        <source>Lưu cài đặt</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="118" />
        <location filename="../settings_page.py" line="184" />
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="119" />
        <source>Thông tin dưới đây được in trên báo cáo gửi lãnh đạo phường.</source>
        <translation>The details below are printed on reports for the ward's leaders.</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="177" />
        <source>Thiếu thông tin</source>
        <translation>Missing information</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="177" />
        <source>Tên đài không được để trống.</source>
        <translation>The station name cannot be empty.</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="181" />
        <source>Đã lưu cài đặt.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="183" />
        <source>Ngôn ngữ mới có hiệu lực khi mở lại phần mềm.</source>
        <translation>The new language takes effect when the program is reopened.</translation>
    </message>
</context>
</TS>